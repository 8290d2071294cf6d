"""A spelling dictionary of the corpus's own words, so misspelled question words can be fixed.

Built from the words of the indexed passages with their counts (SymSpell: lookups by symmetric
deletes, far faster than comparing a word with every word of the corpus). Built on the first
question that holds a word the corpus does not have, and kept with the index.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache, cached_property
from importlib import resources

from symspellpy import SymSpell, Verbosity
from symspellpy.suggest_item import SuggestItem

# Words of a question that are not in the corpus but are spelled right (question words, which
# articles rarely use, and the auxiliaries of questions): counted as if the corpus had them.
_QUESTION_VOCABULARY = (
    "who whom whose what when where which why how many much old long did does do was were is "
    "are has have had will would could should can date day year month name number"
)
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
MAX_EDITS = 2
# A word English knows is changed only for a corpus word this many times more common in
# English: "manger" (0.7M in symspellpy's frequency list) -> "manager" (87M), but "raid" (8M)
# stays "raid" in a corpus that only has "rain" (26M).
REAL_WORD_RATIO = 20
# A word this common in English is never a slip for another ("them" is not "the").
COMMON_WORD = 5_000_000


@cache
def english_counts() -> dict[str, int]:
    """symspellpy's English word frequencies (82,765 words), read once per process."""
    text = (resources.files("symspellpy") / "frequency_dictionary_en_82_765.txt").read_text()
    counts = {}
    for line in text.splitlines():
        word, _, count = line.partition(" ")
        counts[word] = int(count)
    return counts


class Speller:
    """Corrects words not in the corpus to the most frequent corpus word within MAX_EDITS."""

    def __init__(self, counts: Mapping[str, int]) -> None:
        self.counts = counts

    @cached_property
    def _symspell(self) -> SymSpell:
        """Built on the first word to correct, not with the speller: most questions have none,
        and at 100,000 passages building it takes ~1.5 s of the first question's time."""
        symspell = SymSpell(max_dictionary_edit_distance=MAX_EDITS, prefix_length=7)
        for word, count in self.counts.items():
            symspell.create_dictionary_entry(word, count)
        return symspell

    def known(self, word: str) -> bool:
        return word in self.counts

    def near(self, word: str) -> list[SuggestItem]:
        """The corpus words a word may be a slip for, English or not ("barack" for a corpus's
        "barrack").

        Short words may differ by one edit, longer ones by two ("pasengers" -> "passengers",
        "evacuted" -> "evacuated"); the first letter must match, since people rarely mistype it
        and names often differ from common words there.
        """
        allowed = 1 if len(word) <= 5 else MAX_EDITS
        found = self._symspell.lookup(word, Verbosity.CLOSEST, max_edit_distance=allowed)
        return [s for s in found if s.term[:1] == word[:1] and s.term != word]

    def correct(self, word: str) -> str | None:
        """The corpus word a misspelled word stands for, or None when none is close enough or
        the word is itself English (`near`, filtered by English word frequencies)."""
        found = self.near(word)
        english = english_counts()
        if english.get(word, 0) >= COMMON_WORD:
            return None
        if word in english:
            # A real word: only an obvious slip ("plant manger") is changed, one edit from a
            # far more common word; two edits make another word ("seamen" is not "same").
            found = [
                s
                for s in found
                if s.distance == 1 and english.get(s.term, 0) >= REAL_WORD_RATIO * english[word]
            ]
        return max(found, key=lambda s: s.count).term if found else None


def passage_words(texts: Iterable[str]) -> Counter[str]:
    """The words of these passages with their counts (what an added article brings)."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(_WORD.findall(text.casefold()))
    return counts


def word_counts(texts: Iterable[str]) -> Counter[str]:
    """The words of a corpus's passages with their counts (and the words questions use): what
    a speller is made of, computed when the index is built and stored with it."""
    counts = passage_words(texts)
    counts.update({w: 1 for w in _QUESTION_VOCABULARY.split()})
    return counts


def build_speller(texts: Iterable[str]) -> Speller:
    """The speller for a corpus, from its passages' texts."""
    return Speller(word_counts(texts))
