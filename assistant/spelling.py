"""Misspelled question words corrected against the corpus before search ("pasengers")."""

from __future__ import annotations

import re

from index.analysis.tokens import tokenize
from index.content import IndexContent

_WORD = re.compile(r"[A-Za-z]+")  # "mother's": the word is "mother"
# A question word's "is" typed without its apostrophe ("whats the score"): no corpus word, and
# one edit from several.
_APOSTROPHE = re.compile(r"\b(what|who|where|when|how|why)s\b", re.IGNORECASE)
# Shorter words are left alone: too many real words lie one edit from them.
MIN_LENGTH = 4


def correct_question(question: str, content: IndexContent) -> str | None:
    """The question with words the corpus does not know replaced by the corpus word they
    misspell, or None when nothing was changed. Capitalised words after the first are names
    and stay as typed."""
    speller = content.speller

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        lowered = word.casefold()
        named = word[0].isupper() and match.start() > 0  # a capital inside the question: a name
        if len(word) < MIN_LENGTH or named or speller.known(lowered) or _inflected(lowered):
            return word
        better = speller.correct(lowered)
        if better is None:
            return word
        return better.capitalize() if word[0].isupper() else better

    def _inflected(word: str) -> bool:
        """Another form of a word the corpus has ("fined" where articles say "fine"): the
        question's word is spelled right, whatever English word lies one edit away."""
        stems = tokenize(word)
        return bool(stems) and content.bm25.document_frequency(stems[0]) > 0

    corrected = _WORD.sub(fix, _APOSTROPHE.sub(r"\1's", question))
    return corrected if corrected != question else None
