"""Qdrant behind the RetrievalBackend protocol: dense vectors plus our own BM25 as sparse vectors.

Each passage is a point with two named vectors and its passage as payload:
- "dense": the MiniLM vector, compared by dot product. The vectors are unit length already;
  Qdrant's cosine would normalise them again, changing their last bits, so dot keeps the very
  numbers FAISS's inner product sees.
- "bm25": the passage's BM25 weight per term, precomputed by index.bm25 over the whole corpus,
  queried with each query term's count; the dot product is then exactly our BM25 score (rounded
  to float32). We store precomputed weights rather than term frequencies under Qdrant's IDF
  modifier because that modifier computes idf as ln(1 + (N - n + 0.5) / (n + 0.5)) (Lucene's),
  while ours is rank_bm25's ln((N - n + 0.5) / (n + 0.5)) with negative values floored at a
  quarter of the mean: the two rank differently, and the top-5 sets must be identical. The
  saturation tf(k1 + 1) / (tf + k1(1 - b + b dl / avgdl)) depends on the mean length, another
  corpus statistic, so with either choice a changed corpus re-uploads the weights that moved.
Term ids are the first 32 bits of the term's BLAKE2b (Qdrant's sparse indices are u32), the same
in every process, so the collection can be queried without our vocabulary.

Passage analysis (sentences, mentions, the disagreement table) is not stored here: the answer
layer reads it per passage from the local index store, which every assistant process opens
anyway. With several assistant servers behind one cluster and no shared disk, it would go into
the payload.

Hybrid fusion is done here, client-side, with the embedded index's rules (index.ranking, the
weighted default; RRF with k=60), not Qdrant's RRF, whose default k is 2.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Any

import numpy as np
from qdrant_client import QdrantClient, models

from corpus.models import Passage
from index.analysis.tokens import tokenize
from index.backends import PassageRecord, SearchFilters, Stored
from index.backends.errors import CollectionMismatchError
from index.backends.qdrant_location import Connection
from index.backends.qdrant_points import (
    field_is,
    filter_of,
    payload_of,
    point_id,
    query_request,
    ranked_candidates,
    record_sparse,
    sparse_vector,
    term_id,
)
from index.models import Hit
from index.options import Fusion, Mode
from index.ranking import check_backend_search, ranked_hits

DENSE = "dense"
SPARSE = "bm25"
_SCROLL_PAGE = 1000


def create_collection(
    client: QdrantClient,
    name: str,
    dim: int,
    *,
    shards: int | None = None,
    replicas: int | None = None,
    payload_indexes: bool = True,
) -> None:
    """The collection this backend expects. Unset counts take the server's defaults (a shard
    per node, one copy); a cluster meant to survive a lost node wants replicas=2
    (docs/scale-out.md). Local mode has no payload indexes (it warns when asked for them)."""
    client.create_collection(
        name,
        vectors_config={DENSE: models.VectorParams(size=dim, distance=models.Distance.DOT)},
        sparse_vectors_config={SPARSE: models.SparseVectorParams()},
        shard_number=shards,
        replication_factor=replicas,
    )
    if not payload_indexes:
        return
    # Without them a filtered search, or deleting a document, scans every point.
    for field, schema in (
        ("doc_id", models.PayloadSchemaType.KEYWORD),
        ("outlet", models.PayloadSchemaType.KEYWORD),
        ("published", models.PayloadSchemaType.DATETIME),
    ):
        client.create_payload_index(name, field, schema, wait=True)


class QdrantBackend:
    """One collection of passage points; searches are safe to run from several threads."""

    def __init__(self, connection: Connection, collection: str, dim: int) -> None:
        self._client = connection.client
        self._name = collection
        self.description = f"{connection.where}, collection {collection!r}"
        # Local mode is plain Python over shared lists: one call at a time. A server client
        # is thread-safe and concurrent searches are what a server is for.
        self._lock: AbstractContextManager[Any] = (
            nullcontext() if connection.remote else threading.Lock()
        )
        if not self._client.collection_exists(collection):
            create_collection(self._client, collection, dim, payload_indexes=connection.remote)
        self._check_vectors(dim)

    def _check_vectors(self, dim: int) -> None:
        params = self._client.get_collection(self._name).config.params
        dense = params.vectors.get(DENSE) if isinstance(params.vectors, dict) else None
        if (
            dense is None
            or dense.size != dim
            or dense.distance != models.Distance.DOT
            or SPARSE not in (params.sparse_vectors or {})
        ):
            found = f"{dense.size}-d {dense.distance.value}" if dense else "no 'dense' vector"
            raise CollectionMismatchError(
                f"{self.description} holds other vectors ({found}; this index needs {dim}-d Dot "
                f"and a '{SPARSE}' sparse vector): delete the collection or use another index "
                "folder (the collection is named after it)"
            )

    def upsert(self, records: Sequence[PassageRecord]) -> None:
        """Write the records as points; acknowledged (wait=True) before this returns."""
        points = [
            models.PointStruct(
                id=point_id(r.passage.id),
                vector={DENSE: r.vector.astype(np.float32).tolist(), SPARSE: record_sparse(r)},
                payload=payload_of(r),
            )
            for r in records
        ]
        with self._lock:
            self._client.upsert(self._name, points, wait=True)

    def delete_document(self, doc_id: str) -> None:
        selector = models.FilterSelector(filter=field_is("doc_id", doc_id))
        with self._lock:
            self._client.delete(self._name, points_selector=selector, wait=True)

    def stored(self) -> dict[str, Stored]:
        """Every point's passage id, document and key, page by page (no vectors)."""
        found: dict[str, Stored] = {}
        offset = None
        while True:
            with self._lock:
                points, offset = self._client.scroll(
                    self._name,
                    limit=_SCROLL_PAGE,
                    offset=offset,
                    with_payload=["passage_id", "doc_id", "key"],
                    with_vectors=False,
                )
            for point in points:
                payload = point.payload or {}
                found[payload["passage_id"]] = Stored(payload["doc_id"], payload["key"])
            if offset is None:
                return found

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
        """Both retrievers in one round trip, then the embedded index's ranking rules."""
        depth = check_backend_search(k, mode, fusion, vector)
        where = filter_of(filters)
        requests: dict[str, models.QueryRequest] = {}
        counts = Counter(term_id(t) for t in tokenize(query))
        if mode != "dense" and counts:
            query_terms = sparse_vector({i: float(n) for i, n in counts.items()})
            requests[SPARSE] = query_request(query_terms, SPARSE, depth, where)
        if mode != "bm25" and vector is not None:
            requests[DENSE] = query_request(vector.astype(np.float32).tolist(), DENSE, depth, where)
        if not requests:  # bm25 for a question with no indexed term: nothing can match
            return []
        with self._lock:
            answers = self._client.query_batch_points(self._name, list(requests.values()))
        passages: dict[int, Passage] = {}
        found = {
            name: ranked_candidates(answer.points, passages, positive_only=name == SPARSE)
            for name, answer in zip(requests, answers, strict=True)
        }
        return ranked_hits(
            found.get(SPARSE, []),
            found.get(DENSE, []),
            k=k,
            mode=mode,
            fusion=fusion,
            passage_at=passages.__getitem__,
        )

    def count(self) -> int:
        with self._lock:
            return self._client.count(self._name, exact=True).count

    def flush(self) -> None:
        """Nothing is pending: every write waited for the server's acknowledgement."""

    def close(self) -> None:
        """Release the client (in local mode, the folder's lock)."""
        self._client.close()
