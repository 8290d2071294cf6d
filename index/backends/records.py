"""An index's passages as backend records: vector, BM25 weights, outlet, date, and a content key.

The weights come from the local build's BM25 matrix, computed over the whole corpus; a record's
key hashes everything stored with it, so syncing an unchanged corpus uploads nothing, and a
change of the corpus statistics (idf moves whenever an article is added) re-uploads exactly the
passages whose weights moved.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import struct
from collections.abc import Iterable, Mapping

import numpy as np

from corpus.articles import Articles, outlets_and_dates
from corpus.models import Document, Passage
from index.backends import PassageRecord
from index.content import IndexContent


def passage_records(
    content: IndexContent, documents: Iterable[Document] | Articles
) -> list[PassageRecord]:
    """One record per passage of `content`, in row order (so position == row)."""
    outlets = outlets_and_dates(documents)
    terms = list(content.bm25.vocabulary)  # the vocabulary is in column order
    rows = content.bm25.weights.tocsr()
    records = []
    for row, passage in enumerate(content.passages):
        lo, hi = rows.indptr[row], rows.indptr[row + 1]
        cells = zip(rows.indices[lo:hi], rows.data[lo:hi], strict=True)
        weights = {terms[column]: float(weight) for column, weight in cells}
        source, published = outlets[passage.doc_id]
        vector = content.passage_vectors[row]
        key = record_key(passage, vector, weights, source, published, row)
        records.append(PassageRecord(passage, vector, weights, source, published, row, key))
    return records


def record_key(
    passage: Passage,
    vector: np.ndarray,
    terms: Mapping[str, float],
    source: str | None,
    published: dt.date | None,
    position: int,
) -> str:
    """SHA-1 of what a backend stores for a passage; vector and weights are hashed bit for bit."""
    digest = hashlib.sha1(passage.model_dump_json().encode())
    digest.update(np.ascontiguousarray(vector, dtype=np.float32).tobytes())
    for term in sorted(terms):
        digest.update(term.encode() + b"\0" + struct.pack("<d", terms[term]))
    digest.update(f"\0{source}\0{published}\0{position}".encode())
    return digest.hexdigest()
