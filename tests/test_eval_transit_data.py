"""The hand-written "transit" halves: valid, cleanly split, counted exactly.

The set was written blind to the assistant as an unseen-corpus measure of how it finds
disagreements between outlets, answers and abstains; a mislabelled or leaked item would silently
bias every figure, so the counts and story assignments below are the ones written by hand in the
files' header.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from corpus.loader import load_corpus
from corpus.models import Document
from eval.dataset import load_dataset, validate_dataset
from tests import dataset_checks as checks

DATA = Path(__file__).resolve().parents[1] / "eval" / "data"
DEV = DATA / "transit-dev.yaml"
TEST = DATA / "transit-test.yaml"
TRANSIT = DATA / "transit"

# The story of every article, written once here rather than in the schema (which has no field).
STORY = {
    "tideline-press-2026-08-06": "derail",
    "callowmere-chronicle-2026-08-06": "derail",
    "daily-klaxon-2026-08-07": "derail",
    "velmont-broadcasting-2026-08-12": "zoo",
    "callowmere-chronicle-2026-08-13": "zoo",
    "daily-klaxon-2026-08-13": "zoo",
    "sanluca-tribune-2026-08-24": "crush",
    "tideline-press-2026-08-24": "crush",
    "velmont-broadcasting-2026-08-26": "crush",
    "tideline-press-2026-09-08": "launch",
    "velmont-broadcasting-2026-09-08": "launch",
    "callowmere-chronicle-2026-09-15": "vaccine",
    "lodestar-explains-2026-09-17": "vaccine",
    "sanluca-tribune-2026-09-22": "mayor",
    "tideline-press-2026-09-24": "mayor",
}
# The 25 planted disagreements (the `about` of their gold conflicts) and the story of each.
PLANTED = {
    "date of the Thessock derailment": "derail",
    "Thessock derailment death toll": "derail",
    "cause of the Thessock derailment": "derail",
    "passengers on the Thessock train": "derail",
    "what became of driver Gideon Farrow": "derail",
    "Gideon Farrow's age": "derail",
    "chimpanzees that escaped": "zoo",
    "how long the chimpanzees were loose": "zoo",
    "what became of Bosco": "zoo",
    "cause of the chimpanzee escape": "zoo",
    "where the Ondaluz crush happened": "crush",
    "Festival Ondaluz attendance": "crush",
    "security firm at Festival Ondaluz": "crush",
    "performer on stage when the crush began": "crush",
    "when the Skylark-2 rocket failed": "launch",
    "cost of the Tern-1 satellite": "launch",
    "cause of the Skylark-2 failure": "launch",
    "Harriet Vossbridge's title": "launch",
    "trial volunteers who fell ill": "vaccine",
    "who halted the MB-217 trial": "vaccine",
    "date the MB-217 trial was halted": "vaccine",
    "lead investigator of the MB-217 trial": "vaccine",
    "bribes Benaventa is accused of taking": "mayor",
    "whether Benaventa was charged": "mayor",
    "council vote to suspend Benaventa": "mayor",
}
# Both halves were written to the same plan: 25 disagreements, 8 agreements, 5 facts and 2
# multi-part questions, 9 near misses and 2 off-topic questions, 6 follow-ups.
CATEGORIES = {
    "conflict": 25,
    "fact": 7,
    "paraphrase": 2,
    "keyword": 2,
    "agreement": 8,
    "unanswerable": 11,
    "followup": 6,
}
NAMES = {DEV: "transit-dev", TEST: "transit-test"}


_items = checks.items


@cache
def _transit() -> tuple[Document, ...]:
    return tuple(load_corpus(TRANSIT))


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_each_half_loads_and_validates_against_its_corpus(path: Path) -> None:
    evaluation_set = load_dataset(path)
    assert evaluation_set.name == NAMES[path]
    assert evaluation_set.corpus is not None
    assert (path.parent / evaluation_set.corpus).resolve() == TRANSIT.resolve()
    validate_dataset(evaluation_set.items, _transit())


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_every_evidence_quote_is_verbatim_in_its_document(path: Path) -> None:
    assert checks.quotes_not_found(_items(path), _transit()) == []


def test_the_corpus_has_fifteen_articles_on_six_stories() -> None:
    documents = _transit()
    assert sorted(d.id for d in documents) == sorted(STORY)
    assert all(d.title and d.published for d in documents)
    assert all(300 <= len(d.text.split()) <= 550 for d in documents)
    per_story, _ = checks.outlets_per_story(documents, STORY)
    assert per_story == {
        "derail": 3,
        "zoo": 3,
        "crush": 3,
        "launch": 2,
        "vaccine": 2,
        "mayor": 2,
    }


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_items_per_category(path: Path) -> None:
    assert Counter(item.category for item in _items(path)) == CATEGORIES


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_each_half_asks_every_planted_disagreement(path: Path) -> None:
    asked = {item.conflict.about for item in _items(path) if item.conflict}
    assert asked == set(PLANTED)


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_each_half_asks_about_every_story(path: Path) -> None:
    asked = {STORY[doc] for item in _items(path) for doc in item.evidence_docs}
    assert asked == set(STORY.values())


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_each_half_has_two_multipart_questions_and_six_followups(path: Path) -> None:
    assert checks.multipart_and_followups(_items(path)) == (2, True, 6, 5)


def test_a_disagreement_has_the_same_sides_in_both_halves() -> None:
    assert checks.labels_per_disagreement(_items(DEV) + _items(TEST)) == dict.fromkeys(PLANTED, 1)


def test_every_conflict_sets_documents_of_one_story_against_each_other() -> None:
    assert checks.conflicts_across_stories(_items(DEV) + _items(TEST), STORY, PLANTED) == []


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_agreements_quote_several_documents_of_one_story_and_name_no_conflict(
    path: Path,
) -> None:
    assert checks.agreements_amiss(_items(path), STORY) == []


def test_the_halves_share_no_question() -> None:
    assert checks.shared_questions(_items(DEV), _items(TEST)) == set()
