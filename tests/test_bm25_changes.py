"""Adding and removing passages updates BM25 without a rebuild, still bit-identical to rank_bm25.

Every weight depends on the whole corpus (idf, mean length, and the floor of negative idf on the
mean idf summed in order of first occurrence), so each change is compared with a reference built
from scratch on the resulting corpus, including removals of the passages where terms first occur.
"""

from __future__ import annotations

import random

import numpy as np
from rank_bm25 import BM25Okapi

from index.bm25 import BM25Index
from index.columns.strings import RaggedRows

_VOCABULARY = [f"w{i}" for i in range(2_000)]
_WEIGHTS = [1.0 / (i + 1) for i in range(len(_VOCABULARY))]


def _passages(count: int, seed: int, fresh: str = "") -> list[list[str]]:
    """Zipf-like passages, most with "said" (negative idf: the floor matters); `fresh` words
    are in no other passage (new terms)."""
    rng = random.Random(seed)
    out = []
    for number in range(count):
        words = rng.choices(_VOCABULARY, weights=_WEIGHTS, k=rng.randint(3, 60))
        if rng.random() < 0.9:
            words.append("said")
        if fresh:
            words.insert(rng.randint(0, len(words)), f"{fresh}{number % 3}")
        out.append(words)
    return out


def _queries(corpus: list[list[str]]) -> list[list[str]]:
    rng = random.Random(3)
    queries = [rng.choice(corpus)[:5] for _ in range(60)]
    return [*queries, ["said"], ["new0", "w1"], ["new2"], ["first0"], ["unknown"]]


def _assert_equal(ours: BM25Index, corpus: list[list[str]]) -> None:
    reference = BM25Okapi(corpus)
    for query in _queries(corpus):
        assert np.array_equal(ours.scores(query), reference.get_scores(query)), query


def _terms(index: BM25Index, corpus: list[list[str]]) -> RaggedRows:
    rows = [np.array([index.vocabulary[t] for t in p], dtype=np.int32) for p in corpus]
    return RaggedRows.of(rows, np.int32)


def test_appended_passages_equal_a_build_of_the_whole_corpus() -> None:
    corpus = _passages(1_500, seed=1)
    index = BM25Index.build(corpus)
    for step in range(3):
        added = _passages(4, seed=10 + step, fresh="new")
        index = index.appended(added)
        corpus = corpus + added
        _assert_equal(index, corpus)
    assert index.size == len(corpus) == 1_512
    assert index.document_frequency("new0") == sum("new0" in p for p in corpus)


def test_removed_passages_equal_a_build_of_the_rest() -> None:
    # The first passages hold the first occurrence of most terms, and `first0` only there.
    corpus = _passages(3, seed=5, fresh="first") + _passages(1_500, seed=2)
    index = BM25Index.build(corpus)
    for start, stop in [(0, 3), (700, 705), (1_487, 1_492)]:
        corpus = corpus[:start] + corpus[stop:]
        index = index.without(start, stop, _terms(index, corpus))
        _assert_equal(index, corpus)
    assert index.document_frequency("first0") == 0
    assert index.size == len(corpus) == 1_490


def test_add_then_remove_returns_to_the_same_scores() -> None:
    corpus = _passages(800, seed=4)
    index = BM25Index.build(corpus)
    added = _passages(5, seed=6, fresh="new")
    grown = index.appended(added)
    back = grown.without(800, 805, _terms(grown, corpus))
    for query in _queries(corpus):
        assert np.array_equal(back.scores(query), index.scores(query)), query
