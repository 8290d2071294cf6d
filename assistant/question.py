"""Check and clean a question before it reaches retrieval."""

from __future__ import annotations

import re
import unicodedata

from assistant.errors import QuestionError

EMPTY_QUESTION = "The question is empty. Type a question about the articles."
MAX_QUESTION_CHARS = 1_000
# Past this many raw characters the question is refused before any work is done on it, so the
# cost of a refusal stays bounded whatever is pasted (white space could otherwise shrink a
# 10 MB paste to under the limit only after normalising all of it).
_MAX_RAW_CHARS = 10 * MAX_QUESTION_CHARS
# Replaced by a space: C0/C1 control characters; lone surrogates (from JSON like "\ud800": they
# cannot be encoded as UTF-8, so the model's tokenizer and JSON output would fail on them); and
# bidirectional embeddings, overrides and isolates, which carry no meaning for search but would
# reorder how the question is displayed back. Marks that RTL text needs (U+200E/F) are kept.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
_HAS_WORD = re.compile(r"[^\W_]")


def _too_long(length: int) -> QuestionError:
    return QuestionError(
        f"The question is {length:,} characters long; please ask in at most "
        f"{MAX_QUESTION_CHARS:,} characters."
    )


def clean_question(question: str) -> str:
    """The question without control characters and with white space collapsed.

    Raises QuestionError for an empty question, one with no letters or digits (only punctuation
    or emoji), and one longer than MAX_QUESTION_CHARS (a pasted article is not a question; its
    cost would be unbounded). Markup such as `<script>` is kept as typed: it is text to search
    for, and every display of it escapes it.
    """
    if not isinstance(question, str):
        raise QuestionError(f"The question must be text, not {type(question).__name__}.")
    if len(question) > _MAX_RAW_CHARS:
        raise _too_long(len(question))
    text = " ".join(_CONTROL.sub(" ", unicodedata.normalize("NFC", question)).split())
    if not text:
        raise QuestionError(EMPTY_QUESTION)
    if len(text) > MAX_QUESTION_CHARS:
        raise _too_long(len(text))
    if not _HAS_WORD.search(text):
        raise QuestionError("The question has no words. Ask about something in the articles.")
    return text
