"""BM25Index against the reference: the same scores as rank_bm25.BM25Okapi, bit for bit.

The speed of index.bm25 comes from precomputing rank_bm25's weights; these tests prove the
shortcut changes nothing, on a generated corpus of a few thousand passages with a Zipf-like
vocabulary (so some terms are in most passages and get rank_bm25's floored idf).
"""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from index.bm25 import EPSILON, BM25Index

_VOCABULARY = [f"w{i}" for i in range(3_000)]
_WEIGHTS = [1.0 / (i + 1) for i in range(len(_VOCABULARY))]


def _corpus(passages: int, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    corpus = []
    for _ in range(passages):
        words = rng.choices(_VOCABULARY, weights=_WEIGHTS, k=rng.randint(5, 90))
        # A handful of terms in nearly every passage: their Okapi idf is negative.
        if rng.random() < 0.9:
            words.append("said")
        corpus.append(words)
    corpus.append([])  # a passage with no terms (all stop words) scores 0 everywhere
    return corpus


@pytest.fixture(scope="module")
def corpus() -> list[list[str]]:
    return _corpus(3_000, seed=6)


@pytest.fixture(scope="module")
def indexes(corpus: list[list[str]]) -> tuple[BM25Index, BM25Okapi]:
    return BM25Index.build(corpus), BM25Okapi(corpus)


def _queries(corpus: list[list[str]], count: int) -> list[list[str]]:
    rng = random.Random(7)
    queries = [rng.choice([p for p in corpus if p])[:6] for _ in range(count)]
    queries += [["said"], ["said", "said", "w0"], ["unknown", "w1"], ["unknown"], []]
    queries += [rng.choices(_VOCABULARY, k=rng.randint(1, 12)) for _ in range(count)]
    return queries


def test_scores_equal_bm25okapi_bit_for_bit(
    corpus: list[list[str]], indexes: tuple[BM25Index, BM25Okapi]
) -> None:
    ours, reference = indexes
    for query in _queries(corpus, 150):
        expected = reference.get_scores(query)
        got = ours.scores(query)
        assert got.dtype == expected.dtype == np.float64
        assert np.array_equal(got, expected), query


def test_top_is_the_reference_ranking(
    corpus: list[list[str]], indexes: tuple[BM25Index, BM25Okapi]
) -> None:
    ours, reference = indexes
    for query in _queries(corpus, 40):
        expected = reference.get_scores(query)
        order = sorted(
            (i for i in range(len(expected)) if expected[i] > 0), key=lambda i: (-expected[i], i)
        )[:10]
        assert ours.top(query, 10) == [(i, float(expected[i])) for i in order]


def test_incremental_corpora_match_too() -> None:
    """Adding passages changes every idf; a rebuilt index still equals the reference."""
    small, large = _corpus(500, seed=1), _corpus(800, seed=1)
    for corpus in (small, large):
        assert np.array_equal(
            BM25Index.build(corpus).scores(["w3", "w10", "said"]),
            BM25Okapi(corpus).get_scores(["w3", "w10", "said"]),
        )


def _okapi_idf(passages: int, containing: int) -> float:
    """The formula rank_bm25 uses, written out: log((N - n + 0.5) / (n + 0.5))."""
    return math.log(passages - containing + 0.5) - math.log(containing + 0.5)


def test_idf_on_a_tiny_corpus_documents_the_okapi_floor() -> None:
    """Six passages: "raid" in five, "syria" in exactly three (half), four words in one each.

    "syria", in exactly half, gets idf log(3.5 / 3.5) = 0 and adds nothing to any score. "raid"
    would get log(1.5 / 5.5) < 0; rank_bm25 floors it at epsilon x the mean idf instead, so a
    term found almost everywhere still counts a little rather than pushing passages down.
    """
    corpus = [
        ["raid", "syria", "dumayr"],
        ["raid", "syria", "agent"],
        ["raid", "syria", "soldier"],
        ["raid", "damascus"],
        ["raid"],
        ["unrelated"],
    ]
    reference = BM25Okapi(corpus)
    unique = _okapi_idf(6, 1)
    mean = (_okapi_idf(6, 5) + _okapi_idf(6, 3) + 5 * unique) / 7
    assert reference.idf["syria"] == 0.0
    assert reference.idf["dumayr"] == unique > 0
    assert _okapi_idf(6, 5) < 0
    assert reference.idf["raid"] == EPSILON * mean > 0
    index = BM25Index.build(corpus)
    assert np.array_equal(index.scores(["syria"]), np.zeros(6))
    assert index.top(["syria"], 5) == []
    assert np.array_equal(index.scores(["raid"]), reference.get_scores(["raid"]))
    assert [row for row, _ in index.top(["raid"], 10)] == [4, 3, 0, 1, 2]
    assert index.top(["raid", "dumayr"], 5)[0][0] == 0
    # A term's passage count is read from the index, zero-weight terms ("syria") included.
    counts = {t: index.document_frequency(t) for t in ("raid", "syria", "dumayr", "absent")}
    assert counts == {"raid": 5, "syria": 3, "dumayr": 1, "absent": 0}


def test_the_floor_is_negative_when_common_terms_dominate() -> None:
    """With mostly common terms the mean idf is negative, and so is the floor: rank_bm25 then
    lets "raid" (in every passage) lower scores. We keep the reference's behaviour and `top`
    only returns passages with a positive score."""
    corpus = [["raid", "syria", "dumayr"], ["raid", "syria"], ["raid", "agent"], ["raid"]]
    reference = BM25Okapi(corpus)
    mean = (_okapi_idf(4, 4) + _okapi_idf(4, 2) + 2 * _okapi_idf(4, 1)) / 4
    assert reference.idf["raid"] == EPSILON * mean < 0
    index = BM25Index.build(corpus)
    assert np.array_equal(index.scores(["raid"]), reference.get_scores(["raid"]))
    assert index.top(["raid"], 5) == []


def test_empty_corpus_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one passage"):
        BM25Index.build([])


def test_pruned_top_k_is_the_reference_ranking_and_prunes() -> None:
    """MaxScore (index.bm25_top) scores only the passages that can be in the top k: its
    ranking and scores are the reference's, with or without a filter, and it does prune."""
    corpus = [p for p in _corpus(5_000, seed=11) if p]
    corpus = [[w for w in p if w != "said"] or ["w1"] for p in corpus]  # every idf above 0
    ours, reference = BM25Index.build(corpus), BM25Okapi(corpus)
    rng = random.Random(12)
    allowed = np.array([rng.random() < 0.6 for _ in corpus])
    pruned = 0
    for query in _queries(corpus, 60):
        expected = reference.get_scores(query)
        for mask in (None, allowed):
            kept = expected if mask is None else np.where(mask, expected, 0.0)
            order = sorted(
                (i for i in range(len(kept)) if kept[i] > 0), key=lambda i: (-kept[i], i)
            )
            assert ours.top(query, 10, mask) == [(i, float(kept[i])) for i in order[:10]], query
            with ours._sums.sums() as sums:
                pruned += ours._pruned(ours._columns(query), 10, mask, sums) is not None
    assert pruned > 20  # of 250: queries of rare terms only, or of one, are not pruned
