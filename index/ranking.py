"""From the two retrievers' candidates to ranked Hits: one rule for every retrieval backend.

The embedded index and Qdrant both produce, per retriever, (row, score) candidates best first;
what a mode keeps, how the lists are fused and which rank each retriever gave a passage is
decided here, so the backends cannot drift apart on it.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from corpus.models import Passage
from index.fusion import reciprocal_rank_fusion, weighted_fusion
from index.models import Hit
from index.options import FUSIONS, MODES, Fusion, Mode

# Each retriever contributes this many candidates to fusion (or k, if larger): deep enough that
# a passage ranked moderately by both retrievers can still win.
CANDIDATE_DEPTH = 50

Candidates = list[tuple[int, float]]


def check_search(k: int, mode: str, fusion: str) -> int:
    """The candidate depth for a search, after checking its settings; errors name the value."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, got {mode!r}")
    if fusion not in FUSIONS:
        raise ValueError(f"fusion must be one of {', '.join(FUSIONS)}, got {fusion!r}")
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    return max(k, CANDIDATE_DEPTH)


def check_backend_search(k: int, mode: str, fusion: str, vector: np.ndarray | None) -> int:
    """`check_search` for a retrieval backend, which cannot encode the query itself: dense and
    hybrid search need the query's vector."""
    depth = check_search(k, mode, fusion)
    if vector is None and mode != "bm25":
        raise ValueError(f"mode {mode!r} needs the query's vector; only 'bm25' works without")
    return depth


def ranked_hits(
    lexical: Candidates,
    semantic: Candidates,
    *,
    k: int,
    mode: Mode,
    fusion: Fusion,
    passage_at: Callable[[int], Passage],
) -> list[Hit]:
    """The best `k` hits of a mode, with the rank each retriever gave them (1-based)."""
    if mode == "bm25":
        ranked = lexical
    elif mode == "dense":
        ranked = semantic
    elif fusion == "rrf":
        ranked = reciprocal_rank_fusion([[r for r, _ in lexical], [r for r, _ in semantic]])
    else:
        ranked = weighted_fusion(lexical, semantic)
    bm25_rank = {row: i for i, (row, _) in enumerate(lexical, start=1)}
    dense_rank = {row: i for i, (row, _) in enumerate(semantic, start=1)}
    return [
        Hit(
            passage=passage_at(row),
            score=score,
            bm25_rank=bm25_rank.get(row),
            dense_rank=dense_rank.get(row),
        )
        for row, score in ranked[:k]
    ]
