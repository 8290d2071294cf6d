"""Comparing sources on the multi-story newswire corpus: stories never mix, filters hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import Assistant
from index.encoder import Encoder
from index.options import Mode

pytestmark = pytest.mark.model

NEWSWIRE = Path(__file__).resolve().parents[1] / "eval" / "data" / "newswire"
# The six stories as the corpus's authors wrote them (eval/data/newswire-dev.yaml's header).
STORIES = {
    "ferry": {"harbor-wire-2025-10-15", "coastal-times-2025-10-15", "daily-ledger-2025-10-15"},
    "court": {"northern-courier-2025-10-15", "metro-dispatch-2025-10-15"},
    "fire": {"northern-courier-2025-10-23", "harbor-wire-2025-10-22", "metro-dispatch-2025-10-23"},
    "flood": {"harbor-wire-2025-10-28", "coastal-times-2025-10-28", "northern-courier-2025-10-29"},
    "bridge": {"metro-dispatch-2025-11-05", "daily-ledger-2025-11-05"},
    "transfer": {
        "coastal-times-2026-01-09",
        "northern-courier-2026-01-09",
        "metro-dispatch-2026-01-10",
    },
}


@pytest.fixture(scope="module")
def newswire(tmp_path_factory: pytest.TempPathFactory, real_encoder: Encoder) -> Assistant:
    return Assistant.from_corpus(
        NEWSWIRE, tmp_path_factory.mktemp("newswire-index"), encoder=real_encoder
    )


def test_each_comparison_is_one_written_story_and_no_aspect_mixes_stories(
    newswire: Assistant,
) -> None:
    found = newswire.compare()
    assert sorted(sorted(d.doc_id for d in c.documents) for c in found) == sorted(
        sorted(s) for s in STORIES.values()
    )
    for comparison in found:
        members = {d.doc_id for d in comparison.documents}
        for aspect in comparison.aspects:
            assert {c.doc_id for c in aspect.claims} <= members, aspect.name
            assert {d for group in aspect.groups for d in group} <= members, aspect.name
        for citation in comparison.citations:
            text = newswire.get_document(citation.doc_id).text
            assert text[citation.start : citation.end] == citation.quote
        published = [d.published for d in comparison.documents if d.published is not None]
        assert len(published) == len(comparison.documents)
        assert published == sorted(published)  # columns in publication order


def test_every_disagreement_sets_sources_of_one_story_against_each_other(
    newswire: Assistant,
) -> None:
    story_of = {doc: name for name, docs in STORIES.items() for doc in docs}
    for conflict in newswire.disagreements():
        assert len({story_of[c.doc_id] for c in conflict.claims}) == 1, conflict.about
        assert len({c.doc_id for c in conflict.claims}) >= 2, conflict.about


def test_a_topic_compares_the_story_it_is_about_first(newswire: Assistant) -> None:
    found = newswire.compare("Marisol Star ferry capsized in the Kestrel Strait")
    assert {d.doc_id for d in found[0].documents} == STORIES["ferry"]
    found = newswire.compare("Halvorsen Plastics fire in Brenmoor")
    assert {d.doc_id for d in found[0].documents} == STORIES["fire"]


def test_as_of_a_date_only_what_was_published_by_then_is_compared(newswire: Assistant) -> None:
    # Everything published by 15 October: the ferry and court stories, all on that day.
    found = newswire.compare(published_before="2025-10-16")
    assert sorted(sorted(d.doc_id for d in c.documents) for c in found) == sorted(
        [sorted(STORIES["court"]), sorted(STORIES["ferry"])]
    )
    # The fire as of 22 October: only Harbor Wire had reported, so nothing to compare ...
    fire = "How many people died in the Brenmoor fire?"
    (first, *_) = newswire.compare(fire, published_before="2025-10-23")
    assert [d.doc_id for d in first.documents] == ["harbor-wire-2025-10-22"]
    assert not first.disputed
    answer = newswire.ask(fire, published_before="2025-10-23")
    assert answer.conflicts == []
    assert {c.doc_id for c in answer.citations} <= {
        d.id for d in newswire.documents if d.published and d.published.isoformat() < "2025-10-23"
    }


def test_leaving_out_the_dissenting_outlet_leaves_no_ferry_death_toll_dispute(
    newswire: Assistant,
) -> None:
    topic = "How many people died when the Marisol Star ferry capsized?"
    agreeing = newswire.compare(topic, sources=["Harbor Wire", "The Daily Ledger"])[0]
    dissenting = newswire.compare(topic, sources=["Harbor Wire", "Coastal Times"])[0]
    assert {d.outlet for d in agreeing.documents} == {"Harbor Wire", "The Daily Ledger"}
    assert {d.outlet for d in dissenting.documents} == {"Harbor Wire", "Coastal Times"}
    toll = "the death toll"
    assert not next(a for a in agreeing.aspects if a.name == toll).disagree
    assert next(a for a in dissenting.aspects if a.name == toll).disagree


@pytest.mark.parametrize("mode", ["hybrid", "bm25", "dense"])
def test_a_filter_ranks_within_the_admitted_articles_in_every_mode(
    newswire: Assistant, mode: Mode
) -> None:
    question = "How many people died?"
    every_outlet = sorted({d.source for d in newswire.documents if d.source})
    assert newswire.retrieve(question, k=8, mode=mode, sources=every_outlet) == (
        newswire.retrieve(question, k=8, mode=mode)
    )
    hits = newswire.retrieve(question, k=8, mode=mode, sources=["metro dispatch"])
    assert {newswire.get_document(h.doc_id).source for h in hits} == {"Metro Dispatch"}
    if mode == "hybrid":  # fused scores are normalised over the candidates, so only the count
        assert len(hits) == 8
        return
    # One retriever ranks the admitted passages as it ranks them among all (BM25 leaves out
    # passages sharing no word with the question, so it may return fewer than k).
    ranked = [h.passage.id for h in newswire.retrieve(question, k=200, mode=mode)]
    admitted = [p for p in ranked if p.startswith("metro-dispatch-")]
    assert [h.passage.id for h in hits] == admitted[:8]
