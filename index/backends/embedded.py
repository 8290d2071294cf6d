"""The embedded index (BM25 matrix + FAISS in this process) behind the RetrievalBackend protocol.

The default backend, and the fastest on one machine: it wraps the HybridIndex the assistant
already built, without copying it, and searches it as before; filters become a boolean mask over
the rows. Writes (upsert, delete) are rare here, since the embedded index is rebuilt from the
corpus, reusing earlier work (index.loading); they turn the index into records once, edit them,
and rebuild the search structures at `flush`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from corpus.articles import Articles, outlets_and_dates
from corpus.models import Document
from index.backends import PassageRecord, SearchFilters, Stored
from index.backends.records import passage_records
from index.bm25 import BM25Index
from index.content import IndexContent
from index.encoder import Encoder
from index.hybrid import HybridIndex
from index.models import Hit
from index.options import Fusion, Mode
from index.ranking import check_backend_search


@dataclass(frozen=True)
class _Searchable:
    """One consistent state to search: the index and each row's document (for filters)."""

    index: HybridIndex | None
    doc_of_row: np.ndarray
    outlet_and_date: list[tuple[str | None, dt.date | None]]

    @classmethod
    def of(
        cls, index: HybridIndex | None, metadata: dict[str, tuple[str | None, dt.date | None]]
    ) -> _Searchable:
        """Rows are mapped to documents once, so a filter costs one test per document."""
        if index is None:
            return cls(index, np.zeros(0, dtype=np.int32), [])
        # The codes of the stored doc id column are such a numbering already: no passage is
        # read (reading 100,000 of them took 2 s of a cold start).
        doc_ids = index.content.passages.coded("doc_id")
        values = [doc_ids.value(code) for code in range(len(doc_ids.values))]
        return cls(index, np.asarray(doc_ids.codes), [metadata[doc_id] for doc_id in values])

    def mask(self, filters: SearchFilters) -> np.ndarray:
        admitted = np.array([filters.matches(*meta) for meta in self.outlet_and_date], dtype=bool)
        return admitted[self.doc_of_row] if admitted.size else np.zeros(0, dtype=bool)


class EmbeddedBackend:
    """A HybridIndex plus each document's outlet and date; searches are thread-safe reads."""

    description = "embedded index (BM25 + FAISS in this process)"

    def __init__(self, index: HybridIndex, documents: Iterable[Document] | Articles) -> None:
        # Articles (corpus.articles) are kept as they are: a snapshot's stay in their file.
        self._documents = documents if isinstance(documents, Articles) else list(documents)
        self._encoder: Encoder = index.encoder
        self._state = _Searchable.of(index, outlets_and_dates(self._documents))
        self._records: dict[str, PassageRecord] | None = None  # made on the first write

    def _editable(self) -> dict[str, PassageRecord]:
        """The records by passage id, made from the index the first time they are needed."""
        if self._records is None:
            index = self._state.index
            made = passage_records(index.content, self._documents) if index else []
            self._records = {record.passage.id: record for record in made}
        return self._records

    def upsert(self, records: Sequence[PassageRecord]) -> None:
        """Add or replace passages; searches see them after `flush`."""
        editable = self._editable()
        for record in records:
            editable[record.passage.id] = record

    def delete_document(self, doc_id: str) -> None:
        """Remove a document's passages; searches stop seeing them after `flush`."""
        editable = self._editable()
        for passage_id in [pid for pid, r in editable.items() if r.passage.doc_id == doc_id]:
            del editable[passage_id]

    def stored(self) -> dict[str, Stored]:
        return {pid: Stored(r.passage.doc_id, r.key) for pid, r in self._editable().items()}

    def flush(self) -> None:
        """Rebuild the search structures from the edited records (nothing to do if unedited)."""
        if self._records is None:
            return
        records = sorted(self._records.values(), key=lambda r: r.position)
        metadata = {r.passage.doc_id: (r.source, r.published) for r in records}
        self._state = _Searchable.of(_index_of(records, self._encoder), metadata)

    def search(
        self,
        query: str,
        vector: np.ndarray | None,
        *,
        k: int,
        mode: Mode,
        fusion: Fusion,
        filters: SearchFilters | None = None,
    ) -> list[Hit]:
        """The best `k` passages, by the HybridIndex's own search, limited to `filters`."""
        check_backend_search(k, mode, fusion, vector)
        state = self._state
        if state.index is None:
            return []
        allowed = state.mask(filters) if filters is not None else None
        return state.index.search(
            query, k=k, mode=mode, fusion=fusion, query_vector=vector, allowed=allowed
        )

    def count(self) -> int:
        index = self._state.index
        return len(index.passages) if index is not None else 0

    def close(self) -> None:
        """Nothing to release: the index is memory this process owns."""


def _index_of(records: list[PassageRecord], encoder: Encoder) -> HybridIndex | None:
    """A HybridIndex over the records: their BM25 weights as the matrix, their vectors in FAISS.

    Its content holds what search reads (passages, vectors, BM25); the analysis of sentences
    stays with the assistant's own index, which this backend only searches for.
    """
    if not records:
        return None
    terms = sorted({term for record in records for term in record.terms})
    column = {term: i for i, term in enumerate(terms)}
    lengths = [len(record.terms) for record in records]
    rows = np.repeat(np.arange(len(records)), lengths)
    cols = np.fromiter((column[t] for r in records for t in r.terms), np.int64, sum(lengths))
    values = np.fromiter((w for r in records for w in r.terms.values()), np.float64, sum(lengths))
    weights = sparse.csc_matrix((values, (rows, cols)), shape=(len(records), len(terms)))
    content = IndexContent.of(
        passages=[record.passage for record in records],
        sentences=[],
        mentions=[],
        passage_vectors=np.stack([record.vector for record in records]).astype(np.float16),
        sentence_vectors=np.zeros((0, encoder.dim), dtype=np.float16),
        bm25=BM25Index(vocabulary=column, given_weights=weights),
        passage_terms=[],
        doc_keys={},
        date_orders={},
    )
    return HybridIndex(content, encoder)
