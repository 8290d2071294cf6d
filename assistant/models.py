"""Domain types of the answer layer: what `Assistant.ask` returns."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from corpus.models import Document, Sentence
from index.models import Hit, Kind


class Turn(BaseModel):
    """One earlier message of the conversation."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    role: Literal["user", "assistant"]
    content: str


class Citation(BaseModel):
    """A quote shown to the reader as `[number]`; `document.text[start:end] == quote`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    number: int
    doc_id: str
    title: str
    source: str | None
    passage_id: str
    quote: str
    start: int
    end: int

    @classmethod
    def quoting(cls, number: int, sentence: Sentence, document: Document) -> Citation:
        """The citation `[number]` of one sentence of a document."""
        return cls(
            number=number,
            doc_id=document.id,
            title=document.title,
            source=document.source,
            passage_id=sentence.passage_id,
            quote=sentence.text,
            start=sentence.start,
            end=sentence.end,
        )


class Claim(BaseModel):
    """What one source says about the disputed point, as written and normalised.

    `citation` is the number of the answer's citation that quotes this sentence, and `reading`
    says in plain words how the value was read ("19 October") when that is not plain from the
    value as written (None then). Both are set once, by the composer, so every renderer shows
    the same link and the same reading.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    doc_id: str
    source: str
    value: str
    normalized: str
    quote: str
    start: int
    end: int
    citation: int
    reading: str | None = None


class Conflict(BaseModel):
    """Sources that give incompatible values for what was asked."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    about: str
    kind: Kind | Literal["account"]
    claims: list[Claim] = Field(min_length=2)


class Answer(BaseModel):
    """An extractive answer: every sentence of `text` is a quote followed by its `[n]` marker.

    `text` is the whole answer as one string (for history, exports and the evaluation); renderers
    build their view from the structured fields instead: `lead` (the assistant's own words before
    the quotes: a disagreement named, or why it abstains; empty for a plain answer), then each
    citation's quote with its number, and the conflicts' claims with theirs.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    question: str
    rewritten_question: str | None = None
    text: str
    lead: str = ""
    citations: list[Citation] = []
    conflicts: list[Conflict] = []
    abstained: bool = False
    related: list[Citation] = []
    hits: list[Hit] = []
    # The best sentence's combined score (assistant.selection), which abstention compares with
    # its threshold (assistant.abstention.MIN_SCORE); None when no sentence was ranked, the
    # answer came from the disagreement overview, or it joins the answers of several parts.
    best_score: float | None = None
