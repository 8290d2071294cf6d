"""Lexical tokens for BM25: case-folded words, English stop words removed, Snowball-stemmed."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

from index.analysis.stopwords import STOP_WORDS

# Letters and digits of any script; hyphens and apostrophes split words ("al-Masoud" -> al, masoud).
_WORD = re.compile(r"[^\W_]+")
_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    """Stemming dominates tokenizing time; news vocabularies repeat, so cache per word."""
    return _STEMMER.stemWord(word)


def tokenize(text: str) -> list[str]:
    """The BM25 terms of `text`, in order, repeated as often as they occur.

    An all-capitals word is an acronym, not a stop word: "US" is the country, "IS" the group.
    """
    words = _WORD.findall(unicodedata.normalize("NFKC", text))
    return [
        _stem(w.casefold())
        for w in words
        if (len(w) > 1 and w.isupper()) or w.casefold() not in STOP_WORDS
    ]
