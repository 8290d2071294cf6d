"""Open the retrieval backend a user chose over a built index, and keep it in step after a rebuild.

The local build always runs first (it holds the passage analysis the answer layer reads, and
computes the vectors and BM25 weights); the embedded backend then searches it in place, while
Qdrant receives whatever it does not hold yet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus.articles import Articles
from corpus.models import Document
from index.backends import BACKENDS, RetrievalBackend
from index.backends.embedded import EmbeddedBackend
from index.backends.errors import BackendLocationError
from index.backends.records import passage_records
from index.backends.sync import sync
from index.hybrid import HybridIndex

# Qdrant collection names: letters, digits, "-" and "_" are safe on every platform it runs on.
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def collection_name(index_folder: str) -> str:
    """The collection for an index folder's name ("articles-1a2b3c4d"), one per corpus."""
    return _UNSAFE.sub("_", index_folder).strip("_") or "newsqa"


def open_backend(
    name: str,
    index: HybridIndex,
    documents: Sequence[Document] | Articles,
    *,
    qdrant: str | None = None,
    collection: str = "newsqa",
    progress: bool = False,
) -> RetrievalBackend:
    """The backend `name` over `index`: "embedded" searches it, "qdrant" is synced from it."""
    if name not in BACKENDS:
        raise ValueError(f"backend must be one of {', '.join(BACKENDS)}, got {name!r}")
    if name == "embedded":
        if qdrant is not None:
            raise ValueError(f"a Qdrant location ({qdrant!r}) needs backend='qdrant'")
        return EmbeddedBackend(index, documents)
    if qdrant is None:
        raise BackendLocationError(
            'backend "qdrant" needs a location: a folder (local mode), ":memory:", or a '
            "server URL such as http://localhost:6333 (--qdrant LOCATION, or qdrant=...)"
        )
    # Imported here: qdrant-client (and its HTTP/gRPC stack) loads only when chosen.
    from index.backends.qdrant import QdrantBackend
    from index.backends.qdrant_location import connect

    backend = QdrantBackend(connect(qdrant), collection, index.encoder.dim)
    try:
        sync(backend, passage_records(index.content, documents), progress=progress)
    except BaseException:
        backend.close()  # a local folder stays locked while its client is open
        raise
    return backend


def refreshed(
    backend: RetrievalBackend,
    index: HybridIndex,
    documents: Sequence[Document] | Articles,
    *,
    progress: bool = False,
) -> RetrievalBackend:
    """The backend after the index was rebuilt (an article added): the embedded one wraps the
    new index, any other receives the passages that changed."""
    if isinstance(backend, EmbeddedBackend):
        return EmbeddedBackend(index, documents)
    sync(backend, passage_records(index.content, documents), progress=progress)
    return backend
