"""BM25's exact top k without scoring every passage of a long posting list (MaxScore).

At a million passages a question word like "year" is in ~100,000 passages; scoring them all,
in an array of a million scores, was 6-8 ms of a 31 ms retrieve. A passage's weight for a term
is at most the term's bound (its idf with its highest count in its shortest passage, see
`term_peaks`), so once the rarer terms' passages hold k scores above what the common terms'
bounds add up to, no passage outside them can reach the top k: only those candidates are
scored, and the common terms' weights are computed for the candidates only. The candidates'
scores are then the sums `BM25Index.scores` makes, term by term in query order, so the scores
and the top k are bit-identical to scoring every passage; when the bounds prune nothing the
caller scores every passage the query's terms reach.

Sums are kept only for the passages a search reaches (`Sums`), found through an array of one
position per passage that is kept between searches. Merging the rarer terms' postings by
sorting (`np.unique` after each term), binary searches of the common terms' long postings, and
a fresh million-entry array per unpruned query took most of BM25's ~6 ms at a million passages
(eval/reports/bench/million-s22).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

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
# A term's rows (or their positions in `Sums`) and their weights.
Postings = tuple[np.ndarray, np.ndarray]


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


class Sums:
    """Per-passage sums of one search, held only for the passages it reaches.

    Each passage reached gets the next position in a short array of sums (`add`), found through
    an array of one position per passage that outlives the search: a term's rows are looked up
    there once, and sums are added where they are close together. Adding into an array of one
    sum per passage touched a cache line of a million-entry array for every posting, twice.
    `add` is `total[rows] += weights` on a total of zeros, so sums added in the same order are
    bit-identical to it; `clear` resets only the entries written since the last clear.
    """

    def __init__(self, passages: int) -> None:
        self._position = np.full(passages, -1, dtype=np.int32)
        self._rows: list[np.ndarray] = []
        self._count = 0
        self._total = np.zeros(1024, dtype=np.float64)

    def add(self, rows: np.ndarray, weights: np.ndarray) -> np.ndarray:
        """Add `weights` at `rows` (distinct rows, as one term's postings are); their positions."""
        at = self._position[rows]
        fresh = np.flatnonzero(at < 0)
        if fresh.size:
            new = np.arange(self._count, self._count + fresh.size)
            at[fresh] = new
            self._position[rows[fresh]] = new
            self._rows.append(rows[fresh])
            self._count += fresh.size
            if self._count > self._total.size:
                grown = np.zeros(max(2 * self._total.size, self._count), dtype=np.float64)
                grown[: self._total.size] = self._total
                self._total = grown
        self.add_at(at, weights)
        return at

    def positions(self, rows: np.ndarray) -> np.ndarray:
        """Each row's position, -1 for a row not added to."""
        return self._position[rows]

    def add_at(self, at: np.ndarray, weights: np.ndarray) -> None:
        """Add `weights` at the positions `at` (distinct) that `add` gave."""
        self._total[at] += weights

    def rows(self) -> np.ndarray:
        """Every row added to since the last clear, in the order of their positions."""
        if len(self._rows) != 1:
            self._rows = [np.concatenate(self._rows)] if self._rows else [np.zeros(0, np.int64)]
        return self._rows[0]

    def totals(self) -> np.ndarray:
        """The sums of `rows`, in that order (a copy)."""
        return self._total[: self._count].copy()

    def restart(self) -> None:
        """Sums back to zero, each row keeping its position."""
        self._total[: self._count] = 0.0

    def clear(self) -> None:
        self.restart()
        self._position[self.rows()] = -1
        self._rows, self._count = [], 0


class SumsPool:
    """`Sums` for concurrent searches: one per search in flight, made when none is free.

    Each holds 4 bytes per passage (4 MB at a million) and 8 per passage a search reached, so a
    pool holds as many as searches ever ran at once rather than one per thread.
    """

    def __init__(self, passages: int) -> None:
        self._passages = passages
        self._free: list[Sums] = []
        self._lock = threading.Lock()

    @contextmanager
    def sums(self) -> Iterator[Sums]:
        """Cleared sums for one search, cleared again and given back after it."""
        with self._lock:
            sums = self._free.pop() if self._free else Sums(self._passages)
        try:
            yield sums
        finally:
            sums.clear()
            with self._lock:
                self._free.append(sums)


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

    def _weights(self, column: int) -> Postings:
        """A term's passages and Okapi weights (BM25Index.scores' expression)."""
        lo, hi = self._counts.indptr[column], self._counts.indptr[column + 1]
        rows = np.asarray(self._counts.indices[lo:hi])
        tf = np.asarray(self._counts.data[lo:hi])
        return rows, self._weigh(self._idf[column], tf, self._norms[rows])

    def candidates(
        self,
        columns: list[int],
        bounds: dict[int, float],
        k: int,
        allowed: np.ndarray | None,
        sums: Sums,
    ) -> dict[int, Postings] | None:
        """Add into cleared `sums` the partial scores of the passages that alone can be in the
        top k (then its `rows`), and give the terms read whole to find them, each with its
        rows' positions in `sums` and weights; None when the common terms' bounds leave every
        passage possible. `bounds` holds each term's highest possible weight in a passage."""
        uses = Counter(columns)
        if len(uses) < 2 or any(self._idf[c] <= 0 for c in uses):
            return None  # one term ranks all its passages; a weight below 0 breaks the bounds
        indptr = self._counts.indptr
        size = {c: int(indptr[c + 1] - indptr[c]) for c in uses}
        order = sorted(uses, key=lambda c: (size[c], c))
        rest = sum(bounds[c] * uses[c] for c in order)
        limit = _READ_WHOLE_SHARE * self._counts.shape[0]
        whole: dict[int, Postings] = {}
        read = 0
        for column in order[:-1]:
            read += size[column]
            if read > limit:
                return None
            rows, weights = self._weights(column)
            whole[column] = sums.add(rows, weights * uses[column]), weights
            rest -= bounds[column] * uses[column]
            partial = sums.totals()
            if allowed is not None:
                partial = partial[allowed[sums.rows()]]
            if partial.size < k:
                continue
            kth = float(np.partition(partial, partial.size - k)[partial.size - k])
            if rest * (1 + _SLACK) < kth * (1 - _SLACK):
                return whole
        return None

    def scores(
        self, columns: list[int], whole: dict[int, Postings], sums: Sums
    ) -> tuple[np.ndarray, np.ndarray]:
        """The candidates `candidates` left in `sums` and their scores, added term by term in
        query order as `BM25Index.scores` adds them (so bit-identical); a term not read whole
        is looked up for the candidates (`_looked_up`)."""
        sums.restart()
        found = sums.rows()
        for column in columns:
            sums.add_at(*(whole[column] if column in whole else self._looked_up(column, sums)))
        return found, sums.totals()

    def _looked_up(self, column: int, sums: Sums) -> Postings:
        """The positions in `sums` of the candidates that hold the term, and its weights there.

        Whichever reads fewer entries: every posting's position (one read each), or a binary
        search of the postings for every candidate (log2 of their number each). At a million
        passages the first was ~1.5 ms faster per question than always searching.
        """
        lo, hi = int(self._counts.indptr[column]), int(self._counts.indptr[column + 1])
        postings = self._counts.indices[lo:hi]
        found = sums.rows()
        if hi - lo <= found.size * np.log2(hi - lo + 1):
            at = sums.positions(postings)
            held = np.flatnonzero(at >= 0)
            rows, positions = postings[held], at[held]
        else:
            held = np.searchsorted(postings, found.astype(postings.dtype))  # no converted copy
            positions = np.flatnonzero(held < hi - lo)
            positions = positions[np.asarray(postings[held[positions]]) == found[positions]]
            rows, held = found[positions], held[positions]
        tf = np.asarray(self._counts.data[lo:hi][held])
        return positions, self._weigh(self._idf[column], tf, self._norms[rows])
