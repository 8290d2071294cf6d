"""Where passages are searched: the RetrievalBackend protocol, the records it stores, filters.

Two backends implement it: the embedded index (BM25 matrix + FAISS in this process, the
default and the fastest on one machine; index.backends.embedded) and Qdrant (a folder or memory
in-process for tests, a server or cluster in production; index.backends.qdrant). Both store what
the local build computed, passage by passage (dense vector, BM25 weights, outlet and date), and
rank with the same rules (index.ranking), so they return the same Hits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple, Protocol

import numpy as np
from pydantic import BaseModel, ConfigDict, model_validator

from corpus.models import Passage
from index.models import Hit
from index.options import Fusion, Mode

BackendName = Literal["embedded", "qdrant"]
BACKENDS: tuple[BackendName, ...] = ("embedded", "qdrant")


@dataclass(frozen=True)
class PassageRecord:
    """One passage as a backend stores it.

    `terms` holds the passage's BM25 weight per term, computed over the whole corpus (idf and
    mean length are corpus statistics), so a backend only adds up weights: see index.bm25.
    `position` is the passage's place in the corpus; equal scores are ranked by it, as the
    embedded index ranks them by row. `key` is a content hash of all of the above: a stored
    passage with the same key needs no upload.
    """

    passage: Passage
    vector: np.ndarray
    terms: Mapping[str, float]
    source: str | None
    published: dt.date | None
    position: int
    key: str


class Stored(NamedTuple):
    """What a backend holds for a passage id: its document and its record's key."""

    doc_id: str
    key: str


def outlet_key(source: str | None) -> str:
    """An outlet as filters compare it: case and surrounding space do not count."""
    return (source or "").strip().casefold()


class SearchFilters(BaseModel):
    """Which passages a search may return: by their article's outlet and publication date.

    `sources` match an article's outlet (`Document.source`) ignoring case. The dates are strict
    bounds: published after one day, before another ("as of 28 October" is before the 29th).
    An article without a date is left out when either bound is set: it cannot be shown to fit.
    (assistant.filters.ArticleFilter adds what the answer layer needs on top.)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    sources: tuple[str, ...] | None = None
    published_after: dt.date | None = None
    published_before: dt.date | None = None

    @model_validator(mode="after")
    def _bounds_leave_a_day(self) -> SearchFilters:
        after, before = self.published_after, self.published_before
        if after is not None and before is not None and before - after < dt.timedelta(days=2):
            raise ValueError(
                f"no day is after {after} and before {before}: "
                "published_before must be at least two days after published_after"
            )
        return self

    def matches(self, source: str | None, published: dt.date | None) -> bool:
        """Whether an article with this outlet and publication date passes."""
        if self.sources is not None and outlet_key(source) not in {
            outlet_key(s) for s in self.sources
        }:
            return False
        if self.published_after is not None and (
            published is None or published <= self.published_after
        ):
            return False
        return self.published_before is None or (
            published is not None and published < self.published_before
        )


class RetrievalBackend(Protocol):
    """Stores passage records and searches them; the answer layer sees only Hits.

    Writes are visible to searches after `flush`. `search` takes the query text (tokenised
    here, with index.analysis.tokens, for BM25) and its vector (required unless mode is "bm25").
    """

    description: str

    def upsert(self, records: Sequence[PassageRecord]) -> None: ...

    def delete_document(self, doc_id: str) -> None: ...

    def stored(self) -> dict[str, Stored]: ...

    def search(
        self,
        query: str,
        vector: np.ndarray | None,
        *,
        k: int,
        mode: Mode,
        fusion: Fusion,
        filters: SearchFilters | None = None,
    ) -> list[Hit]: ...

    def count(self) -> int: ...

    def flush(self) -> None: ...

    def close(self) -> None: ...
