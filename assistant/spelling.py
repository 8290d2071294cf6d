"""Misspelled question words corrected against the corpus before search ("pasengers")."""

from __future__ import annotations

import re

from symspellpy.editdistance import DistanceAlgorithm, EditDistance

from index.analysis.spelling import COMMON_WORD, english_counts
from index.analysis.tokens import tokenize
from index.content import IndexContent

_WORD = re.compile(r"[A-Za-z]+")  # "mother's": the word is "mother"
# A question word's "is" typed without its apostrophe ("whats the score"): no corpus word, and
# one edit from several.
_APOSTROPHE = re.compile(r"\b(what|who|where|when|how|why)s\b", re.IGNORECASE)
# Shorter words are left alone: too many real words lie one edit from them.
MIN_LENGTH = 4
# The words a question opens with, which a hurried reader mistypes ("wen was the raid") and no
# corpus need hold: a question's first word one edit from exactly one of them, and no common
# English word ("were", "then"), is that question word.
_QUESTION_WORDS = ("what", "when", "where", "which", "who", "whom", "whose", "why", "how")
_FIRST = re.compile(r"^\W*([A-Za-z]+)")
_EDITS = EditDistance(DistanceAlgorithm.DAMERAU_OSA)


def _question_word(question: str) -> str:
    """The question with its first word read as the question word it mistypes, if it does:
    "wen was the US raid?" -> "when was the US raid?" ("hwo", as near "how" as "who", stays)."""
    first = _FIRST.match(question)
    if first is None:
        return question
    word = first.group(1).casefold()
    if word in _QUESTION_WORDS or english_counts().get(word, 0) >= COMMON_WORD:
        return question
    near = [w for w in _QUESTION_WORDS if _EDITS.compare(word, w, 1) == 1]
    if len(near) != 1:
        return question
    typed = near[0].capitalize() if first.group(1)[0].isupper() else near[0]
    return question[: first.start(1)] + typed + question[first.end(1) :]


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

    corrected = _WORD.sub(fix, _APOSTROPHE.sub(r"\1's", _question_word(question)))
    return corrected if corrected != question else None
