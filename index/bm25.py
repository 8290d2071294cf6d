"""BM25 over passages: rank_bm25's Okapi statistics, scored as one sparse matrix.

`rank_bm25.BM25Okapi.get_scores` loops in Python over every passage for every query term; at
100,000 passages that is ~100 ms a query. Here the term counts are a sparse passage x term
matrix, and a query weights and adds one column per query term: the idf of every term and the
length norm of every passage are computed once per corpus, a column's weights when it is read.
No matrix of weights is kept or stored: every weight depends on the whole corpus (idf, mean
length), so after an added article a stored one was written again whole, while the counts only
gain the article's rows. The per-term weights use the same float64 operations in the same order
as rank_bm25, and columns are added in query order, so the scores are identical to rank_bm25's,
not just close (tests/test_bm25.py checks it).

About idf (the trap DESIGN.md names): Okapi's idf, log((N - n + 0.5) / (n + 0.5)), is zero for a
term in exactly half the passages and negative beyond; rank_bm25 floors negative values at
`epsilon` x the mean idf. We keep that choice deliberately: it matches the reference
implementation bit for bit, and on a two-article corpus a term found in most passages ("raid")
still counts a little instead of subtracting from the score.
"""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from scipy import sparse

from index.bm25_top import PrunedTop, Sums, SumsPool, term_peaks
from index.columns.strings import RaggedRows

K1 = 1.5
B = 0.75
EPSILON = 0.25


def _okapi_idf(containing: np.ndarray, passages: int) -> np.ndarray:
    """rank_bm25's idf per term (terms in first-occurrence order), negatives floored.

    log((N - n + 0.5) / (n + 0.5)) is 0 for a term in exactly half the passages and negative
    beyond; rank_bm25 replaces negatives by EPSILON x the mean idf (see the module docstring).
    """
    idf = [math.log(passages - n + 0.5) - math.log(n + 0.5) for n in containing.tolist()]
    total = 0.0
    for value in idf:  # sequential, in rank_bm25's order: the mean must match to the last bit
        total += value
    floor = EPSILON * (total / len(idf))
    return np.array([floor if value < 0 else value for value in idf], dtype=np.float64)


# `first` of a term no passage holds any more (its passages were removed): after every other.
_GONE = np.iinfo(np.int64).max


def _idf(counts: sparse.csc_matrix, first: np.ndarray) -> np.ndarray:
    """Each column's idf, summed for the floor over the terms in order of first occurrence in the
    corpus, as rank_bm25 does (a term no passage holds any more has none)."""
    containing = np.diff(counts.indptr)
    live = np.flatnonzero(containing)
    order = live[np.argsort(first[live], kind="stable")]
    idf = np.zeros(counts.shape[1], dtype=np.float64)
    idf[order] = _okapi_idf(containing[order], counts.shape[0])
    return idf


def passage_lengths(counts: sparse.spmatrix) -> np.ndarray:
    """Each passage's number of tokens (its row's counts summed)."""
    return np.asarray(counts.sum(axis=1)).ravel().astype(np.int64)


def _norms_at(lengths: np.ndarray, avgdl: float) -> np.ndarray:
    """Each passage's length term of the Okapi denominator, K1 * (1 - B + B * length / avgdl)."""
    return K1 * (1 - B + B * lengths / avgdl)


def _okapi(idf: float, tf: np.ndarray, norm: np.ndarray) -> np.ndarray:
    """Okapi weights of one term in the passages with counts `tf` and length terms `norm`:
    BM25Okapi.get_scores' expression, in its order, for bit-identical scores."""
    return idf * (tf * (K1 + 1) / (tf + norm))


def _counted(token_lists: list[list[str]], vocabulary: dict[str, int], offset: int) -> tuple:
    """Rows of term counts for `token_lists`, as (rows, columns, counts, new terms' first
    occurrences); terms not in `vocabulary` are added to it in order of first occurrence, their
    first occurrence counted from `offset` tokens into the corpus."""
    known = len(vocabulary)
    flat = np.fromiter(
        (vocabulary.setdefault(t, len(vocabulary)) for tokens in token_lists for t in tokens),
        dtype=np.int64,
    )
    lengths = np.fromiter(map(len, token_lists), dtype=np.int64, count=len(token_lists))
    rows = np.repeat(np.arange(len(token_lists), dtype=np.int64), lengths)
    width = max(len(vocabulary), 1)
    pairs, tf = np.unique(rows * width + flat, return_counts=True)
    ids, where = np.unique(flat, return_index=True)
    fresh = ids >= known  # ids are given in order of first occurrence: the new ones follow
    return pairs // width, pairs % width, tf, offset + where[fresh]


def _within(sizes: np.ndarray) -> np.ndarray:
    """0, 1, ... within each of consecutive groups of these sizes."""
    starts = np.repeat(np.cumsum(sizes) - sizes, sizes)
    return np.arange(int(sizes.sum()), dtype=np.int64) - starts


class PassageTerms:
    """Passages' tokens as ids numbered by first occurrence, added passage by passage.

    A build adds each document's passages as it goes; ints in arrays take ~10x less memory than
    the lists of token strings they replace (~300 MB at 100,000 passages).
    """

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.flat = array("q")
        self.lengths = array("q")

    def add(self, tokens: list[str]) -> None:
        ids = self.ids
        self.flat.extend([ids.setdefault(token, len(ids)) for token in tokens])
        self.lengths.append(len(tokens))


@dataclass(frozen=True)
class BM25Index:
    """Okapi BM25 over term counts per (passage, term), a CSC matrix for fast column access.

    `counts` and `first` (where each term first occurs in the corpus's token stream) are all the
    index holds: the weights follow from them (see the module docstring), and adding or removing
    passages changes only the counts' rows and the new terms' `first`. An index of a backend's
    records has their weights alone (`given_weights`): it can be searched, not changed.
    """

    vocabulary: dict[str, int]
    counts: sparse.csc_matrix | None = None
    first: np.ndarray | None = None
    given_weights: sparse.csc_matrix | None = None
    # Each passage's token count, when stored with the counts (index.content): an opened index
    # then reads only the postings of the terms it is asked for, never every count.
    lengths: np.ndarray | None = None
    # Each term's highest count and shortest passage's length (index.bm25_top.term_peaks), when
    # stored with the counts: an opened index bounds a term's weights without reading them all.
    peaks: tuple[np.ndarray, np.ndarray] | None = None

    def __post_init__(self) -> None:
        if (self.counts is None or self.first is None) == (self.given_weights is None):
            raise ValueError("a BM25 index is made from counts and first occurrences, or weights")

    @cached_property
    def _idf(self) -> np.ndarray:
        assert self.counts is not None and self.first is not None  # by __post_init__
        return _idf(self.counts, self.first)

    @cached_property
    def _norms(self) -> np.ndarray:
        return _norms_at(self._lengths, self._mean_length)

    @cached_property
    def _lengths(self) -> np.ndarray:
        assert self.counts is not None  # by __post_init__
        return self.lengths if self.lengths is not None else passage_lengths(self.counts)

    @cached_property
    def _peaks(self) -> tuple[np.ndarray, np.ndarray]:
        """Given when stored; computed from every count otherwise (a build, an older index)."""
        assert self.counts is not None  # by __post_init__
        return self.peaks if self.peaks is not None else term_peaks(self.counts, self._lengths)

    def _bound(self, column: int) -> float:
        """The highest weight the term at `column` can have in a passage: Okapi's weight is
        higher with a higher count and lower with a longer passage (see `term_peaks`)."""
        max_count, min_length = self._peaks
        count, length = np.array([max_count[column]]), np.array([min_length[column]])
        return float(_okapi(self._idf[column], count, _norms_at(length, self._mean_length))[0])

    @cached_property
    def _mean_length(self) -> float:
        return int(self._lengths.sum()) / self._lengths.shape[0]

    @cached_property
    def weights(self) -> sparse.csc_matrix:
        """Every (passage, term) weight: for a backend's records (queries weight one column)."""
        if self.given_weights is not None:
            return self.given_weights
        counts = self.counts
        assert counts is not None  # by __post_init__
        columns = np.repeat(np.arange(counts.shape[1]), np.diff(counts.indptr))
        values = _okapi(self._idf[columns], counts.data, self._norms[counts.indices])
        return sparse.csc_matrix((values, counts.indices, counts.indptr), shape=counts.shape)

    @classmethod
    def build(cls, token_lists: list[list[str]]) -> BM25Index:
        """The weights of these passages' tokens (see `of_terms`)."""
        terms = PassageTerms()
        for tokens in token_lists:
            terms.add(tokens)
        return cls.of_terms(terms)[0]

    @classmethod
    def of_terms(cls, terms: PassageTerms) -> tuple[BM25Index, np.ndarray]:
        """The index, with rank_bm25's statistics, and each token's column, passage by passage.

        Vectorised (rank_bm25's constructor loops in Python: ~20 s at 100,000 passages), but
        with rank_bm25's arithmetic: the idf uses `math.log` (numpy's log may differ in the last
        bit), the mean idf is summed in rank_bm25's order (first occurrence), and the weights use
        only + - * /, which numpy rounds exactly as Python does.
        """
        passages = len(terms.lengths)
        if not passages:
            raise ValueError("BM25 needs at least one passage")
        tokens = np.frombuffer(terms.flat, dtype=np.int64)
        words = list(terms.ids)  # in order of first occurrence, as rank_bm25's `nd`
        flat, lengths = tokens, np.frombuffer(terms.lengths, dtype=np.int64)
        if not flat.size:
            # rank_bm25 divides by the mean length; an all-stop-word corpus would make that zero.
            words, flat, lengths = ["\0"], np.zeros(passages, np.int64), np.ones(passages, np.int64)
        rows = np.repeat(np.arange(passages, dtype=np.int64), lengths)
        pairs, tf = np.unique(rows * len(words) + flat, return_counts=True)
        # Ids are numbered by first occurrence, so the sorted ids' first positions are in id order.
        first_at = np.unique(flat, return_index=True)[1]
        # Columns in sorted term order, as before: the persisted vocabulary does not change.
        order = sorted(range(len(words)), key=words.__getitem__)
        column = np.empty(len(words), dtype=np.int64)
        column[order] = np.arange(len(words))
        shape = (passages, len(words))
        counts = sparse.csc_matrix((tf, (pairs // len(words), column[pairs % len(words)])), shape)
        first = np.empty(len(words), dtype=np.int64)
        first[column] = first_at
        vocabulary = {words[i]: c for c, i in enumerate(order)}
        return cls(vocabulary, counts, first), column[tokens].astype(np.int32)

    def _changeable(self) -> tuple[sparse.csc_matrix, np.ndarray]:
        if self.counts is None or self.first is None:
            raise ValueError("this BM25 index holds weights only; rebuild it to change it")
        if self.counts.nnz == 0:
            raise ValueError("a BM25 index of passages without terms is rebuilt, not changed")
        return self.counts, self.first

    def appended(self, token_lists: list[list[str]]) -> BM25Index:
        """The index with passages added after the last: new terms get new columns at the end."""
        counts, first = self._changeable()
        vocabulary = dict(self.vocabulary)
        total = int(counts.data.sum())
        rows, columns, tf, fresh = _counted(token_lists, vocabulary, total)
        shape = (counts.shape[0] + len(token_lists), len(vocabulary))
        added = sparse.csc_matrix((tf, (rows, columns)), shape=(len(token_lists), shape[1]))
        # Each column's new rows follow its old ones: the merge keeps rows sorted per column.
        old_n, new_n = np.diff(counts.indptr), np.diff(added.indptr)
        old_n = np.concatenate([old_n, np.zeros(shape[1] - old_n.size, dtype=old_n.dtype)])
        indptr = np.zeros(shape[1] + 1, dtype=np.int64)
        np.cumsum(old_n + new_n, out=indptr[1:])
        old_at = np.repeat(indptr[:-1], old_n) + _within(old_n)
        new_at = np.repeat(indptr[:-1] + old_n, new_n) + _within(new_n)
        indices = np.empty(indptr[-1], dtype=np.int64)
        data = np.empty(indptr[-1], dtype=counts.data.dtype)
        indices[old_at], data[old_at] = counts.indices, counts.data
        indices[new_at], data[new_at] = added.indices + counts.shape[0], added.data
        merged = sparse.csc_matrix((data, indices, indptr), shape=shape)
        return BM25Index(vocabulary, merged, np.concatenate([first, fresh]))

    def without(self, start: int, stop: int, terms: RaggedRows) -> BM25Index:
        """The index without passages `start:stop`; `terms` are the remaining passages' term
        columns (to find where a term first occurs when its first passage is gone)."""
        counts, first = self._changeable()
        if not 0 <= start < stop <= counts.shape[0]:
            raise ValueError(f"passages {start}:{stop} are not rows of {counts.shape[0]}")
        if stop - start == counts.shape[0]:
            raise ValueError("BM25 needs at least one passage")
        lengths = passage_lengths(counts)
        gone_from, gone = int(lengths[:start].sum()), int(lengths[start:stop].sum())
        columns = np.repeat(np.arange(counts.shape[1]), np.diff(counts.indptr))
        keep = (counts.indices < start) | (counts.indices >= stop)
        indptr = np.zeros(counts.shape[1] + 1, dtype=np.int64)
        np.cumsum(np.bincount(columns[keep], minlength=counts.shape[1]), out=indptr[1:])
        indices = counts.indices[keep]
        indices = np.where(indices >= stop, indices - (stop - start), indices)
        shape = (counts.shape[0] - (stop - start), counts.shape[1])
        remaining = sparse.csc_matrix((counts.data[keep], indices, indptr), shape=shape)
        first = first.copy()
        first[(first >= gone_from + gone) & (first != _GONE)] -= gone
        left = np.concatenate([lengths[:start], lengths[stop:]])
        row_starts = np.concatenate([[0], np.cumsum(left)[:-1]])
        for column in np.flatnonzero((first >= gone_from) & (first < gone_from + gone)).tolist():
            lo, hi = indptr[column], indptr[column + 1]
            if lo == hi:
                first[column] = _GONE
                continue
            row = int(indices[lo])  # rows are sorted in each column: the first one holding it
            where = int(np.flatnonzero(np.asarray(terms[row]) == column)[0])
            first[column] = int(row_starts[row]) + where
        return BM25Index(dict(self.vocabulary), remaining, first)

    @property
    def size(self) -> int:
        return self._matrix.shape[0]

    @property
    def _matrix(self) -> sparse.csc_matrix:
        """The counts, or a backend's weights: either has a row per passage, a column per term."""
        matrix = self.counts if self.counts is not None else self.given_weights
        assert matrix is not None  # by __post_init__
        return matrix

    def document_frequency(self, term: str) -> int:
        """How many passages contain `term` (0 for a term the corpus never uses)."""
        column = self.vocabulary.get(term)
        if column is None:
            return 0
        return int(self._matrix.indptr[column + 1] - self._matrix.indptr[column])

    def _postings(self, column: int) -> tuple[np.ndarray, np.ndarray]:
        """A term's passages and weights: Okapi's from the counts, or a backend's given ones."""
        matrix = self._matrix
        lo, hi = matrix.indptr[column], matrix.indptr[column + 1]
        rows = matrix.indices[lo:hi]
        if self.counts is None:
            return rows, matrix.data[lo:hi]
        return rows, _okapi(self._idf[column], matrix.data[lo:hi], self._norms[rows])

    def _columns(self, query_tokens: list[str]) -> list[int]:
        """The query's terms the corpus holds, as columns, in query order (repeats kept)."""
        return [c for c in map(self.vocabulary.get, query_tokens) if c is not None]

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """BM25 score of every passage for the query (0 for passages sharing no term)."""
        total = np.zeros(self.size, dtype=np.float64)
        for column in self._columns(query_tokens):
            rows, weights = self._postings(column)
            total[rows] += weights
        return total

    @cached_property
    def _sums(self) -> SumsPool:
        return SumsPool(self.size)

    def top(
        self, query_tokens: list[str], k: int, allowed: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """The best `k` passages with a positive score, best first, ties broken by position.

        `allowed`, a boolean per passage, keeps the others out (a filter on outlet or date).
        Only the passages that can be in the top k are scored when the terms' bounds show which
        (index.bm25_top), otherwise those the query's terms reach; the scores and ranking are
        those of scoring every passage (`scores`).
        """
        columns = self._columns(query_tokens)
        with self._sums.sums() as sums:
            pruned = self._pruned(columns, k, allowed, sums)
            rows, scores = pruned if pruned is not None else self._reached(columns, sums)
        if allowed is not None:
            scores[~allowed[rows]] = 0.0
        matched = np.flatnonzero(scores > 0)
        if matched.size > k:
            # Sorting every match costs ~10 ms at 100,000 passages; keep those >= the k-th best.
            kth = np.partition(scores[matched], matched.size - k)[matched.size - k]
            matched = matched[scores[matched] >= kth]
        if matched.size == 0:
            return []
        order = np.lexsort((rows[matched], -scores[matched]))[:k]
        return [(int(rows[matched[i]]), float(scores[matched[i]])) for i in order]

    def _reached(self, columns: list[int], sums: Sums) -> tuple[np.ndarray, np.ndarray]:
        """Every passage a query term is in, and its score (`scores`' sums, in its order)."""
        for column in columns:
            sums.add(*self._postings(column))
        return sums.rows(), sums.totals()

    def _pruned(
        self, columns: list[int], k: int, allowed: np.ndarray | None, sums: Sums
    ) -> tuple[np.ndarray, np.ndarray] | None:
        """The rows that can be in the top k and their exact scores, or None when the bounds
        do not narrow them (or the index holds weights only), `sums` then left cleared."""
        if self.counts is None or k < 1:
            return None
        top = PrunedTop(self.counts, self._idf, self._norms, _okapi)
        bounds = {c: self._bound(c) for c in set(columns)}
        whole = top.candidates(columns, bounds, k, allowed, sums)
        if whole is None:
            sums.clear()
            return None
        return top.scores(columns, whole, sums)
