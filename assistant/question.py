"""Check and clean a question before it reaches retrieval."""

from __future__ import annotations

import re
import unicodedata

from assistant.errors import QuestionError

MAX_QUESTION_CHARS = 1_000
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_HAS_WORD = re.compile(r"[^\W_]")


def clean_question(question: str) -> str:
    """The question without control characters and with white space collapsed.

    Raises QuestionError for an empty question, one with no letters or digits, and one longer
    than MAX_QUESTION_CHARS (a pasted article is not a question; its cost would be unbounded).
    """
    if not isinstance(question, str):
        raise QuestionError(f"The question must be text, not {type(question).__name__}.")
    text = " ".join(_CONTROL.sub(" ", unicodedata.normalize("NFC", question)).split())
    if not text:
        raise QuestionError("The question is empty. Type a question about the articles.")
    if len(text) > MAX_QUESTION_CHARS:
        raise QuestionError(
            f"The question is {len(text):,} characters long; please ask in at most "
            f"{MAX_QUESTION_CHARS:,} characters."
        )
    if not _HAS_WORD.search(text):
        raise QuestionError("The question has no words. Ask about something in the articles.")
    return text
