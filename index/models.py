"""Domain types of the index layer: ranked hits and the analysis stored with an index."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from corpus.models import Passage

# Coarse kinds of things a question can ask for; spaCy's labels map onto these (index.analysis).
Kind = Literal["date", "number", "person", "organization", "place", "other"]


class Hit(BaseModel):
    """A retrieved passage with its fused score and the rank each retriever gave it (1-based)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    passage: Passage
    score: float
    bm25_rank: int | None = None
    dense_rank: int | None = None

    @property
    def doc_id(self) -> str:
        return self.passage.doc_id


class Mention(BaseModel):
    """A typed value found in a sentence: its words, offsets in the document, and normal form.

    `normalized` makes values comparable across articles: an ISO date at the precision the text
    gives ("2025-10", "2025-10-28", "--10-19" when the year is not written), a number as digits,
    a name in a canonical case-folded form.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Kind
    label: str
    text: str
    start: int
    end: int
    normalized: str
