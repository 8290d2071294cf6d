"""Names a question asks about that no article mentions: "Who won the Maddersby marathon?".

Such a question still shares words with the corpus ("won", "marathon"), so retrieval finds an
on-topic sentence and the scores alone would answer it with another race. A name the corpus
never uses, and that is no misspelling of a word it does use, says the articles are about
something else: the honest answer is that they never mention it.

A name is a capitalised word after the question's first, as `assistant.spelling` reads one.
Words common in English are left out, proper or not: articles write "the US" where a question
says "American", and "Ottawa" asks about Canada. Month and weekday names are dates, not names:
"What happened on Monday?" asks about a day the articles may write as a date.
"""

from __future__ import annotations

import calendar

from assistant.lexicon import PRONOUNS, QUESTION_WORDS, capitalised_words
from index.analysis.spelling import COMMON_WORD, english_counts
from index.analysis.tokens import tokenize
from index.content import IndexContent

_CALENDAR = frozenset(
    name.casefold() for name in [*calendar.month_name, *calendar.day_name] if name
)
# Shorter capitalised words are initials and abbreviations ("US", "Mr"), which articles spell
# out in other ways.
MIN_LENGTH = 4


def absent_names(question: str, content: IndexContent) -> list[str]:
    """The question's names that no article uses, in the question's order."""
    found: list[str] = []
    for word in capitalised_words(question):
        lowered = word.casefold()
        if len(word) < MIN_LENGTH:
            continue
        if lowered in QUESTION_WORDS or lowered in PRONOUNS or lowered in _CALENDAR:
            continue
        if english_counts().get(lowered, 0) >= COMMON_WORD:
            continue
        if _used(lowered, content):
            continue
        found.append(word)
    return list(dict.fromkeys(found))


def _used(word: str, content: IndexContent) -> bool:
    """The corpus has the word, another form of it, or a word it misspells ("Masood" for
    "Masoud")."""
    if content.speller.known(word):
        return True
    stems = tokenize(word)
    if stems and content.bm25.document_frequency(stems[0]) > 0:
        return True
    return bool(content.speller.near(word))
