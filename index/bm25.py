"""BM25 over passages: rank_bm25's Okapi statistics, scored as one sparse matrix.

`rank_bm25.BM25Okapi.get_scores` loops in Python over every passage for every query term; at
100,000 passages that is ~100 ms a query. The same weights are precomputed here into a sparse
passage x term matrix, so a query adds one column per query term. The per-term weights use the
same float64 operations in the same order as rank_bm25, and columns are added in query order, so
the scores are identical to rank_bm25's, not just close (tests/test_bm25.py checks it).

About idf (the trap DESIGN.md names): Okapi's idf, log((N - n + 0.5) / (n + 0.5)), is zero for a
term in exactly half the passages and negative beyond; rank_bm25 floors negative values at
`epsilon` x the mean idf. We keep that choice deliberately: it matches the reference
implementation bit for bit, and on a two-article corpus a term found in most passages ("raid")
still counts a little instead of subtracting from the score.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from rank_bm25 import BM25Okapi
from scipy import sparse

K1 = 1.5
B = 0.75
EPSILON = 0.25


@dataclass(frozen=True)
class BM25Index:
    """Okapi BM25 weights for each (passage, term), as a CSC matrix for fast column access."""

    vocabulary: dict[str, int]
    weights: sparse.csc_matrix

    @classmethod
    def build(cls, token_lists: list[list[str]]) -> BM25Index:
        """Compute the weights with rank_bm25's statistics (idf, passage lengths, mean length)."""
        if not token_lists:
            raise ValueError("BM25 needs at least one passage")
        # rank_bm25 divides by the mean length; an all-stop-word corpus would make that zero.
        safe = token_lists if any(token_lists) else [["\0"] for _ in token_lists]
        okapi = BM25Okapi(safe, k1=K1, b=B, epsilon=EPSILON)
        vocabulary = {term: i for i, term in enumerate(sorted(okapi.idf))}
        rows, cols, values = [], [], []
        for row, (freqs, length) in enumerate(zip(okapi.doc_freqs, okapi.doc_len, strict=True)):
            norm = K1 * (1 - B + B * length / okapi.avgdl)
            for term, tf in freqs.items():
                rows.append(row)
                cols.append(vocabulary[term])
                # Same expression and order as BM25Okapi.get_scores, for bit-identical scores.
                values.append(okapi.idf[term] * (tf * (K1 + 1) / (tf + norm)))
        shape = (len(token_lists), len(vocabulary))
        matrix = sparse.csc_matrix((values, (rows, cols)), shape=shape, dtype=np.float64)
        return cls(vocabulary=vocabulary, weights=matrix)

    @property
    def size(self) -> int:
        return self.weights.shape[0]

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """BM25 score of every passage for the query (0 for passages sharing no term)."""
        total = np.zeros(self.size, dtype=np.float64)
        csc = self.weights
        for term in query_tokens:
            col = self.vocabulary.get(term)
            if col is None:
                continue
            lo, hi = csc.indptr[col], csc.indptr[col + 1]
            total[csc.indices[lo:hi]] += csc.data[lo:hi]
        return total

    def top(self, query_tokens: list[str], k: int) -> list[tuple[int, float]]:
        """The best `k` passages with a positive score, best first, ties broken by position."""
        scores = self.scores(query_tokens)
        matched = np.flatnonzero(scores > 0)
        if matched.size == 0:
            return []
        order = np.lexsort((matched, -scores[matched]))[:k]
        return [(int(matched[i]), float(scores[matched[i]])) for i in order]
