"""Combine the BM25 and dense rankings into one: reciprocal rank fusion or weighted scores."""

from __future__ import annotations

# Cormack, Clarke & Buettcher (2009) found k = 60 near-best across collections: large enough that
# rank 1 does not drown out agreement further down, small enough that the top still matters.
# Our ranks start at 1, so the best a single list gives is 1/61 (Haystack writes k=61 with
# 0-based ranks for the same reason).
RRF_K = 60
# Equal weight: neither retriever dominates on the evaluation sets, and no weight was tuned.
DENSE_WEIGHT = 0.5


def reciprocal_rank_fusion(rankings: list[list[int]], k: int = RRF_K) -> list[tuple[int, float]]:
    """Rows by the sum of 1 / (k + rank) over the rankings that hold them, best first."""
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, row in enumerate(ranking, start=1):
            fused[row] = fused.get(row, 0.0) + 1.0 / (k + rank)
    return sorted(fused.items(), key=lambda item: (-item[1], item[0]))


def _min_max(scored: list[tuple[int, float]]) -> dict[int, float]:
    """Scale scores to [0, 1] within one list; a list of equal scores maps to 1."""
    if not scored:
        return {}
    values = [s for _, s in scored]
    low, span = min(values), max(values) - min(values)
    return {row: (s - low) / span if span > 0 else 1.0 for row, s in scored}


def weighted_fusion(
    bm25: list[tuple[int, float]],
    dense: list[tuple[int, float]],
    dense_weight: float = DENSE_WEIGHT,
) -> list[tuple[int, float]]:
    """Rows by dense_weight x normalised dense + (1 - dense_weight) x normalised BM25 score."""
    if not 0.0 <= dense_weight <= 1.0:
        raise ValueError(f"dense_weight must be between 0 and 1, got {dense_weight}")
    lexical, semantic = _min_max(bm25), _min_max(dense)
    fused = {
        row: (1 - dense_weight) * lexical.get(row, 0.0) + dense_weight * semantic.get(row, 0.0)
        for row in lexical.keys() | semantic.keys()
    }
    return sorted(fused.items(), key=lambda item: (-item[1], item[0]))
