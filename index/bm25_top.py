"""BM25's exact top k without scoring every passage of a long posting list (MaxScore).

At a million passages a question word like "year" is in ~100,000 passages; scoring them all,
in an array of a million scores, was 6-8 ms of a 31 ms retrieve. A passage's weight for a term
is at most the term's bound (its idf with its highest count in its shortest passage, see
`term_peaks`), so once the rarer terms' passages hold k scores above what the common terms'
bounds add up to, no passage outside them can reach the top k: only those candidates are
scored, and the common terms' postings are read where they hold a candidate (a binary search),
not whole. The candidates' scores are then the sums `BM25Index.scores` makes, term by term in
query order, so the scores and the top k are bit-identical to scoring every passage; when the
bounds prune nothing the caller scores every passage as before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import numpy as np
from scipy import sparse

# A term's postings read whole to find the candidates stop at this share of the passages: past
# it, pruning costs about what scoring every passage does.
_READ_WHOLE_SHARE = 0.1
# Okapi's weights of one term: (idf, counts, length terms) -> weights (index.bm25).
Weigh = Callable[[float, np.ndarray, np.ndarray], np.ndarray]
# Bounds and partial sums are float64 sums in another order than the scores: a relative slack
# far above their rounding keeps the test strict.
_SLACK = 1e-9


def term_peaks(counts: sparse.csc_matrix, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each term's highest count and the length of its shortest passage (0, 0 for a term no
    passage holds): its weight in any passage is at most Okapi's with these two, whatever the
    corpus's idf and mean length, so they stay true bounds when the statistics change."""
    sizes = np.diff(counts.indptr)
    held = np.flatnonzero(sizes)
    max_count = np.zeros(counts.shape[1], dtype=np.int32)
    min_length = np.zeros(counts.shape[1], dtype=np.int64)
    if held.size:
        starts = np.asarray(counts.indptr[:-1])[held]
        max_count[held] = np.maximum.reduceat(np.asarray(counts.data), starts)
        min_length[held] = np.minimum.reduceat(np.asarray(lengths)[counts.indices], starts)
    return max_count, min_length


class PrunedTop:
    """One query's exact BM25 scores over the only passages that can be in its top k."""

    def __init__(
        self,
        counts: sparse.csc_matrix,
        idf: np.ndarray,
        norms: np.ndarray,
        weigh: Weigh,
    ) -> None:
        self._counts = counts
        self._idf = idf
        self._norms = norms
        self._weigh = weigh

    def _weights(self, column: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """A term's passages, counts and Okapi weights (BM25Index.scores' expression)."""
        lo, hi = self._counts.indptr[column], self._counts.indptr[column + 1]
        rows = np.asarray(self._counts.indices[lo:hi])
        tf = np.asarray(self._counts.data[lo:hi])
        return rows, tf, self._weigh(self._idf[column], tf, self._norms[rows])

    def candidates(
        self, columns: list[int], bounds: dict[int, float], k: int, allowed: np.ndarray | None
    ) -> tuple[np.ndarray, set[int]] | None:
        """The passages that alone can be in the top k, and the terms whose postings were read
        whole to find them; None when the common terms' bounds leave every passage possible.
        `bounds` holds each term's highest possible weight in a passage."""
        uses = Counter(columns)
        if len(uses) < 2 or any(self._idf[c] <= 0 for c in uses):
            return None  # one term ranks all its passages; a weight below 0 breaks the bounds
        indptr = self._counts.indptr
        size = {c: int(indptr[c + 1] - indptr[c]) for c in uses}
        order = sorted(uses, key=lambda c: (size[c], c))
        rest = sum(bounds[c] * uses[c] for c in order)
        limit = _READ_WHOLE_SHARE * self._counts.shape[0]
        rows_read, weights_read = [], []
        read = 0
        for position, column in enumerate(order[:-1]):
            read += size[column]
            if read > limit:
                return None
            rows, _, weights = self._weights(column)
            rows_read.append(rows)
            weights_read.append(weights * uses[column])
            rest -= bounds[column] * uses[column]
            found, where = np.unique(np.concatenate(rows_read), return_inverse=True)
            partial = np.bincount(where, weights=np.concatenate(weights_read))
            if allowed is not None:
                partial = partial[allowed[found]]
            if partial.size < k:
                continue
            kth = float(np.partition(partial, partial.size - k)[partial.size - k])
            if rest * (1 + _SLACK) < kth * (1 - _SLACK):
                return found, set(order[: position + 1])
        return None

    def scores(self, columns: list[int], found: np.ndarray, whole: set[int]) -> np.ndarray:
        """The candidates' scores, added term by term in query order as `BM25Index.scores`
        adds them (so bit-identical); a term not read whole is looked up per candidate."""
        total = np.zeros(found.size, dtype=np.float64)
        for column in columns:
            if column in whole:
                rows, _, weights = self._weights(column)
                total[np.searchsorted(found, rows.astype(found.dtype))] += weights
                continue
            lo, hi = int(self._counts.indptr[column]), int(self._counts.indptr[column + 1])
            postings = self._counts.indices[lo:hi]
            at = np.searchsorted(postings, found.astype(postings.dtype))  # no converted copy
            inside = np.flatnonzero(at < hi - lo)
            inside = inside[np.asarray(postings[at[inside]]) == found[inside]]
            tf = np.asarray(self._counts.data[lo:hi][at[inside]])
            rows = found[inside]
            total[inside] += self._weigh(self._idf[column], tf, self._norms[rows])
        return total
