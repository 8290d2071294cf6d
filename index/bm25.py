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

import math
from array import array
from dataclasses import dataclass

import numpy as np
from scipy import sparse

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
    """Okapi BM25 weights for each (passage, term), as a CSC matrix for fast column access."""

    vocabulary: dict[str, int]
    weights: sparse.csc_matrix

    @classmethod
    def build(cls, token_lists: list[list[str]]) -> BM25Index:
        """The weights of these passages' tokens (see `of_terms`)."""
        terms = PassageTerms()
        for tokens in token_lists:
            terms.add(tokens)
        return cls.of_terms(terms)[0]

    @classmethod
    def of_terms(cls, terms: PassageTerms) -> tuple[BM25Index, np.ndarray]:
        """The weights, with rank_bm25's statistics, and each token's column, passage by passage.

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
        rows, first_ids = pairs // len(words), pairs % len(words)
        idf = _okapi_idf(np.bincount(first_ids, minlength=len(words)), passages)
        # Columns in sorted term order, as before: the persisted vocabulary does not change.
        order = sorted(range(len(words)), key=words.__getitem__)
        column = np.empty(len(words), dtype=np.int64)
        column[order] = np.arange(len(words))
        avgdl = int(lengths.sum()) / passages
        norm = K1 * (1 - B + B * lengths / avgdl)
        # Same expression and order as BM25Okapi.get_scores, for bit-identical scores.
        values = idf[first_ids] * (tf * (K1 + 1) / (tf + norm[rows]))
        shape = (passages, len(words))
        matrix = sparse.csc_matrix((values, (rows, column[first_ids])), shape=shape)
        index = cls(vocabulary={words[i]: c for c, i in enumerate(order)}, weights=matrix)
        return index, column[tokens].astype(np.int32)

    @property
    def size(self) -> int:
        return self.weights.shape[0]

    def document_frequency(self, term: str) -> int:
        """How many passages contain `term` (0 for a term the corpus never uses)."""
        column = self.vocabulary.get(term)
        if column is None:
            return 0
        return int(self.weights.indptr[column + 1] - self.weights.indptr[column])

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

    def top(
        self, query_tokens: list[str], k: int, allowed: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """The best `k` passages with a positive score, best first, ties broken by position.

        `allowed`, a boolean per passage, keeps the others out (a filter on outlet or date).
        """
        scores = self.scores(query_tokens)
        if allowed is not None:
            scores[~allowed] = 0.0
        matched = np.flatnonzero(scores > 0)
        if matched.size > k:
            # Sorting every match costs ~10 ms at 100,000 passages; keep those >= the k-th best.
            kth = np.partition(scores[matched], matched.size - k)[matched.size - k]
            matched = matched[scores[matched] >= kth]
        if matched.size == 0:
            return []
        order = np.lexsort((matched, -scores[matched]))[:k]
        return [(int(matched[i]), float(scores[matched[i]])) for i in order]
