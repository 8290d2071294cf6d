"""The hand-written "regional" halves: valid, cleanly split, counted exactly.

The set was written blind to the assistant to measure disagreement and near-miss handling on
stories it has never seen; a mislabelled or leaked item would silently bias every figure, so the
counts and story assignments below are the ones written by hand in the files' header.
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
DEV = DATA / "regional-dev.yaml"
TEST = DATA / "regional-test.yaml"
REGIONAL = DATA / "regional"

# The story of every article, written once here rather than in the schema (which has no field).
STORY = {
    "osprey-wire-2026-06-08": "fire",
    "verdell-sentinel-2026-06-08": "fire",
    "radio-azimuth-2026-06-11": "fire",
    "pennant-press-2026-06-17": "mine",
    "kiruma-observer-2026-06-17": "mine",
    "osprey-wire-2026-06-20": "mine",
    "osprey-wire-2026-06-22": "prison",
    "flashpoint-daily-2026-06-22": "prison",
    "kiruma-observer-2026-06-25": "prison",
    "kiruma-observer-2026-06-30": "election",
    "osprey-wire-2026-06-30": "election",
    "pennant-press-2026-07-03": "strike",
    "flashpoint-daily-2026-07-03": "strike",
    "radio-azimuth-2026-07-11": "plane",
    "pennant-press-2026-07-12": "plane",
}
# The 22 planted disagreements (the `about` of their gold conflicts) and the story of each.
PLANTED = {
    "date the Serrat fire started": "fire",
    "where the Serrat fire started": "fire",
    "cause of the Serrat fire": "fire",
    "what became of Ettore Pellacani": "fire",
    "Ettore Pellacani's age": "fire",
    "Usanzi mine death toll": "mine",
    "cause of the Usanzi mine disaster": "mine",
    "Kaseno's compensation for the mine victims": "mine",
    "Rutendo Amasi's title": "mine",
    "date of the Kobelo prison escape": "prison",
    "inmates who escaped from Kobelo": "prison",
    "Selemani Ruhinda's age": "prison",
    "how Rehema Wambari left her post": "prison",
    "Ayuko's deputy governor": "election",
    "Ayuko's winning margin": "election",
    "length of the Salvenna dock strike": "strike",
    "Livia Ghezzani's title": "strike",
    "daily cost of the dock strike": "strike",
    "passengers on flight OZ418": "plane",
    "cause of the OZ418 emergency": "plane",
    "Elsbeth Marrone's role": "plane",
    "how long OZ418 circled before landing": "plane",
}
# Both halves were written to the same plan: 22 disagreements, 9 agreements, 5 facts and 2
# multi-part questions, 9 near misses and 2 off-topic questions, 6 follow-ups.
CATEGORIES = {
    "conflict": 22,
    "fact": 7,
    "paraphrase": 2,
    "keyword": 2,
    "agreement": 9,
    "unanswerable": 11,
    "followup": 6,
}
NAMES = {DEV: "regional-dev", TEST: "regional-test"}


_items = checks.items


@cache
def _regional() -> tuple[Document, ...]:
    return tuple(load_corpus(REGIONAL))


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_each_half_loads_and_validates_against_its_corpus(path: Path) -> None:
    evaluation_set = load_dataset(path)
    assert evaluation_set.name == NAMES[path]
    assert evaluation_set.corpus is not None
    assert (path.parent / evaluation_set.corpus).resolve() == REGIONAL.resolve()
    validate_dataset(evaluation_set.items, _regional())


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_every_evidence_quote_is_verbatim_in_its_document(path: Path) -> None:
    assert checks.quotes_not_found(_items(path), _regional()) == []


def test_the_corpus_has_fifteen_articles_on_six_stories() -> None:
    documents = _regional()
    assert sorted(d.id for d in documents) == sorted(STORY)
    assert all(d.title and d.published for d in documents)
    assert all(300 <= len(d.text.split()) <= 550 for d in documents)
    per_story, _ = checks.outlets_per_story(documents, STORY)
    assert per_story == {
        "fire": 3,
        "mine": 3,
        "prison": 3,
        "election": 2,
        "strike": 2,
        "plane": 2,
    }


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_items_per_category(path: Path) -> None:
    assert Counter(item.category for item in _items(path)) == CATEGORIES


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_each_half_asks_every_planted_disagreement(path: Path) -> None:
    asked = {item.conflict.about for item in _items(path) if item.conflict}
    assert asked == set(PLANTED)


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
