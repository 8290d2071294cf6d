"""`python -m eval.bench.approximate N`: flat against HNSW search at N generated passage vectors.

Measures what switching FAISS to an approximate index would give: one query on the flat index
and on an HNSW graph (one thread, as the index searches), the graph's build time, and its
recall@10 against the flat index, with real questions encoded by the real model. Generated
vectors (`standins.GeneratedEncoder`) stand for passages: no corpus of a million passages can
be encoded here in reasonable time. They are clumped (each near one of 4,096 basis vectors), so
their recall is a worst case, not the recall real embeddings would get.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import time
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from eval.bench.measure import REPO
from eval.bench.squad import load_squad
from eval.bench.standins import GeneratedEncoder

K = 10
HNSW_M = 32
EF_CONSTRUCTION = 40


def _questions(data: Path, count: int) -> np.ndarray:
    from index.encoder import load_encoder

    found = [q for q, _ in load_squad(data / "squad-v2-dev-a.json").questions()]
    return load_encoder().encode(found[:: max(1, len(found) // count)][:count])


def _timed(index: Any, queries: np.ndarray, params: Any = None) -> tuple[float, list[set[int]]]:
    """Median ms per query on one thread and each query's top-K rows."""
    faiss.omp_set_num_threads(1)
    times, tops = [], []
    for query in queries:
        started = time.perf_counter()
        _, rows = index.search(query.reshape(1, -1), K, params=params)
        times.append((time.perf_counter() - started) * 1000)
        tops.append({int(r) for r in rows[0]})
    return statistics.median(times), tops


def measure(passages: int, queries: np.ndarray, ef_values: list[int]) -> dict[str, object]:
    """Flat and graph search over `passages` generated vectors."""
    texts = [f"generated passage {n}" for n in range(passages)]
    vectors = GeneratedEncoder().encode(texts).astype(np.float32)
    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(vectors)
    flat_ms, truth = _timed(flat, queries)
    faiss.omp_set_num_threads(os.cpu_count() or 1)  # the build may use every core
    started = time.perf_counter()
    graph = faiss.IndexHNSWFlat(vectors.shape[1], HNSW_M, faiss.METRIC_INNER_PRODUCT)
    graph.hnsw.efConstruction = EF_CONSTRUCTION
    graph.add(vectors)
    build_s = time.perf_counter() - started
    by_ef = {}
    for ef in ef_values:
        params = faiss.SearchParametersHNSW(efSearch=ef)  # type: ignore[attr-defined]
        ms, tops = _timed(graph, queries, params)
        recall = statistics.mean(len(t & f) / K for t, f in zip(tops, truth, strict=True))
        by_ef[ef] = {"p50_ms": ms, "recall_at_10": recall}
    return {
        "passages": passages,
        "flat_p50_ms": flat_ms,
        "hnsw_m": HNSW_M,
        "hnsw_ef_construction": EF_CONSTRUCTION,
        "hnsw_build_s": build_s,
        "hnsw": by_ef,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m eval.bench.approximate", description=__doc__)
    parser.add_argument("passages", type=int, nargs="+", help="sizes, e.g. 100000 1000000")
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--ef", default="16,32,64,128", help="efSearch values to try")
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "data"))
    args = parser.parse_args()
    queries = _questions(Path(args.data), args.questions)
    ef_values = [int(v) for v in args.ef.split(",")]
    for passages in args.passages:
        print(json.dumps(measure(passages, queries, ef_values)), flush=True)


if __name__ == "__main__":
    main()
