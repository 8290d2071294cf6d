"""Hybrid retrieval on the real model and a real index over the bundled articles."""

from __future__ import annotations

import pytest

from assistant import Assistant
from index.fusion import RRF_K, reciprocal_rank_fusion, weighted_fusion
from index.options import MODES, Mode

pytestmark = pytest.mark.model

KILLED = "However, the man killed was Khaled al-Masoud"
MOTHER = "Sabah al-Sheikh al-Kilani"


@pytest.mark.parametrize("mode", MODES)
def test_the_passage_naming_who_was_killed_ranks_first(bundled_qa: Assistant, mode: Mode) -> None:
    top = bundled_qa.retrieve("Who was killed in the raid?", k=3, mode=mode)[0]
    assert top.passage.id == "000_f5be0e313111c47b#1"
    assert KILLED in top.passage.text


@pytest.mark.parametrize("mode", MODES)
def test_a_name_query_finds_both_articles_first(bundled_qa: Assistant, mode: Mode) -> None:
    hits = bundled_qa.retrieve("al-Masoud's mother Sabah al-Sheikh al-Kilani", k=2, mode=mode)
    assert {h.doc_id for h in hits} == {"000_f5be0e313111c47b", "002_b71361dace5457b4"}
    assert all(MOTHER in h.passage.text for h in hits)


def test_dense_finds_a_paraphrase_bm25_misses(bundled_qa: Assistant) -> None:
    question = "who suggested a direct phone line between Washington and Damascus?"
    hotline = "002_b71361dace5457b4#10"  # "The US needs to establish a hotline with Syria..."
    assert bundled_qa.retrieve(question, k=1, mode="bm25")[0].passage.id != hotline
    assert bundled_qa.retrieve(question, k=1, mode="dense")[0].passage.id == hotline


def test_hybrid_records_each_retrievers_rank_and_rrf_score(bundled_qa: Assistant) -> None:
    question = "Who was killed in the raid?"
    bm25 = [h.passage.id for h in bundled_qa.retrieve(question, k=50, mode="bm25")]
    dense = [h.passage.id for h in bundled_qa.retrieve(question, k=50, mode="dense")]
    for hit in bundled_qa.retrieve(question, k=5, mode="hybrid", fusion="rrf"):
        pid = hit.passage.id
        assert hit.bm25_rank == (bm25.index(pid) + 1 if pid in bm25 else None)
        assert hit.dense_rank == dense.index(pid) + 1
        expected = sum(1 / (RRF_K + r) for r in (hit.bm25_rank, hit.dense_rank) if r)
        assert hit.score == pytest.approx(expected)


def test_retrieve_returns_pydantic_hits_with_exact_offsets(bundled_qa: Assistant) -> None:
    texts = {d.id: d.text for d in bundled_qa.documents}
    hits = bundled_qa.retrieve("Who was his mother?", k=5)
    assert len(hits) == 5
    for hit in hits:
        assert texts[hit.doc_id][hit.passage.start : hit.passage.end] == hit.passage.text


@pytest.mark.parametrize(
    ("k", "mode", "fusion"), [(0, "hybrid", "rrf"), (3, "sparse", "rrf"), (3, "hybrid", "mean")]
)
def test_bad_settings_name_the_value(bundled_qa: Assistant, k: int, mode: str, fusion: str) -> None:
    with pytest.raises(
        ValueError,
        match=repr(mode) if mode == "sparse" else (repr(fusion) if fusion == "mean" else "got 0"),
    ):
        bundled_qa.retrieve("raid", k=k, mode=mode, fusion=fusion)  # type: ignore[arg-type]


def test_rrf_formula() -> None:
    fused = dict(reciprocal_rank_fusion([[7, 3], [3, 9]]))
    assert fused == {7: 1 / 61, 3: 1 / 62 + 1 / 61, 9: 1 / 62}


def test_weighted_fusion_formula() -> None:
    fused = dict(weighted_fusion([(1, 4.0), (2, 2.0)], [(2, 0.9), (3, 0.5)], dense_weight=0.25))
    assert fused == {1: 0.75 * 1.0, 2: 0.75 * 0.0 + 0.25 * 1.0, 3: 0.0}
