"""`python -m eval.bench.approximate`: flat against approximate search, recall@10, time per query.

Measures what `index.approximate` chose: for each size, the flat index's top 10 for real
questions (encoded by the real model) is the truth, and the IVF index (as the index builds and
searches it, re-scoring included) is timed and scored at several probe counts. Vectors are the
real model's passage vectors (`real` sizes, up to the few thousand encoded once) or drawn from a
Gaussian with their mean and covariance (`standins.VectorShape`), for sizes no corpus here can be
encoded at. The two are compared at the same size, so the report says how far the stand-in's
recall is from real text.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from eval.bench import real_vectors
from eval.bench.measure import REPO
from eval.bench.standins import VectorShape
from index.approximate import build_approximate, lists_for, search

K = 10


def _timed(
    top: Callable[[np.ndarray], np.ndarray], queries: np.ndarray
) -> tuple[float, np.ndarray]:
    """Median ms per query on one thread (as the index searches) and each query's top-K rows."""
    faiss.omp_set_num_threads(1)
    times, tops = [], []
    for query in queries:
        started = time.perf_counter()
        tops.append(top(query))
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), np.array(tops)


def _flat_top(index: faiss.Index) -> Callable[[np.ndarray], np.ndarray]:
    return lambda query: index.search(query.reshape(1, -1), K)[1][0]


def _approximate_top(
    index: faiss.IndexIVFPQFastScan, vectors: Any
) -> Callable[[np.ndarray], np.ndarray]:
    """The index's top K as dense search gives it: its candidates re-scored from `vectors`."""
    return lambda query: np.array([row for row, _ in search(index, vectors, query, K)])


def recall_at_k(found: np.ndarray, truth: np.ndarray) -> float:
    """Mean share of the true top K found, per query."""
    return statistics.mean(
        len(set(f.tolist()) & set(t.tolist())) / K for f, t in zip(found, truth, strict=True)
    )


def measure(vectors: np.ndarray, queries: np.ndarray, probes: list[int], label: str) -> dict:
    """Flat and approximate search over `vectors`; recall of each probe count against flat."""
    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(vectors)
    flat_ms, truth = _timed(_flat_top(flat), queries)
    del flat
    faiss.omp_set_num_threads(2)  # the build may use both cores, as a real build does
    started = time.perf_counter()
    ivf = build_approximate(vectors)
    build_s = time.perf_counter() - started
    by_probes = {}
    for nprobe in probes:
        if nprobe > ivf.nlist:
            continue
        ivf.nprobe = nprobe
        ms, found = _timed(_approximate_top(ivf, vectors), queries)
        by_probes[nprobe] = {"p50_ms": round(ms, 3), "recall_at_10": recall_at_k(found, truth)}
    return {
        "vectors": label,
        "passages": len(vectors),
        "flat_p50_ms": round(flat_ms, 3),
        "lists": ivf.nlist,
        "build_s": round(build_s, 1),
        "index_mb": round(faiss.serialize_index(ivf).nbytes / 2**20, 1),
        "ivf_fast_scan": by_probes,
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m eval.bench.approximate", description=__doc__)
    parser.add_argument(
        "sizes", nargs="+", help="'real' (the encoded passages) or a count of generated vectors"
    )
    parser.add_argument("--probes", default="4,8,16,32,64,128", help="nprobe values to try")
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "data"))
    args = parser.parse_args()
    data = Path(args.data)
    real = real_vectors.passage_vectors(data)
    queries = real_vectors.question_vectors(data)
    shape = VectorShape.fitted(real)
    probes = [int(v) for v in args.probes.split(",")]
    for size in args.sizes:
        if size == "real":
            vectors, label = real, "real model"
        else:
            vectors, label = shape.draw(np.arange(int(size), dtype=np.uint64)), "generated"
        print(json.dumps(measure(vectors, queries, probes, label)), flush=True)
    print(json.dumps({"lists_rule": {n: lists_for(n) for n in (10**4, 10**5, 10**6)}}))


if __name__ == "__main__":
    main()


def stored_recall(root: Path, questions: list[str]) -> dict[str, Any]:
    """Recall@10 of a stored index's approximate search against flat search over its vectors.

    Run by the benchmark on every index large enough to have an approximate index: the
    questions are encoded by the real model, as they are when answering.
    """
    from index.approximate import read_stored
    from index.content import APPROXIMATE_FILE
    from index.encoder import load_encoder
    from index.store import IndexStore

    build = IndexStore(root).current_build()
    path = build / f"{APPROXIMATE_FILE}.npy"
    if not path.is_file():
        return {}
    queries = load_encoder().encode(questions)
    ivf = read_stored(path)
    vectors = np.load(build / "passage_vectors.npy", mmap_mode="r")
    approximate_ms, found = _timed(_approximate_top(ivf, vectors), queries)
    del ivf
    flat = faiss.IndexFlatIP(queries.shape[1])
    for start in range(0, len(vectors), 65_536):
        flat.add(np.ascontiguousarray(vectors[start : start + 65_536], dtype=np.float32))
    flat_ms, truth = _timed(_flat_top(flat), queries)
    return {
        "recall_at_10": recall_at_k(found, truth),
        "approximate_p50_ms": approximate_ms,
        "flat_p50_ms": flat_ms,
        "questions": len(questions),
    }
