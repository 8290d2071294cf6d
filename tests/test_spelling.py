"""Misspelled question words are corrected against the corpus's words, real words kept."""

from __future__ import annotations

import pytest

from assistant.spelling import correct_question
from index.analysis.spelling import build_speller
from index.analysis.tokens import tokenize
from index.bm25 import BM25Index

TEXTS = [
    "The ferry carried 212 passengers when it capsized, the plant manager said.",
    "Heavy rain flooded the valley; 1,200 residents were evacuated.",
    "Divers hope to find the four still missing; the operator paid a fine in 2019.",
    "The same crew had sailed the route for years.",
]


class _Content:
    """Stands in for an index's content: only its speller and BM25 terms are read."""

    speller = build_speller(TEXTS)
    bm25 = BM25Index.build([tokenize(text) for text in TEXTS])


@pytest.mark.parametrize(
    ("question", "corrected"),
    [
        ("How many pasengers were on board?", "How many passengers were on board?"),
        ("Who is the plant manger?", "Who is the plant manager?"),
        ("How many residents were evacuted?", "How many residents were evacuated?"),
        ("Whne did the ferry capsize?", "When did the ferry capsize?"),
        ("whats the fine the operator paid", "what's the fine the operator paid"),
        ("wen was the ferry fined", "when was the ferry fined"),  # "wen": no corpus word
        ("Wat did the operator pay?", "What did the operator pay?"),
    ],
)
def test_misspelled_words_are_corrected(question: str, corrected: str) -> None:
    assert correct_question(question, _Content()) == corrected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "question",
    [
        "When was the raid?",  # a real word the corpus lacks ("rain" is near) stays
        "What did Marisol say?",  # a name stays as typed
        "How many passengers were on board?",  # nothing to correct
        "Did they catch any of them?",  # common words are never slips ("them" is not "the")
        "How much was the operator fined?",  # a form of a corpus word ("fine"), not "find"
        "Were the residents evacuated?",  # a common word one edit from "where" stays
        "hwo many passengers were on board?",  # as near "how" as "who": left as typed
        "How many seamen were on board?",  # a real word two edits from "same" is no slip
    ],
)
def test_real_words_and_names_are_kept(question: str) -> None:
    assert correct_question(question, _Content()) is None  # type: ignore[arg-type]
