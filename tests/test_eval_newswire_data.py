"""The hand-written newswire halves and bundled rephrasings: valid, cleanly split, counted exactly.

These sets are what the disagreement and answerability work is measured on, so a mislabelled or
leaked item would silently bias every figure; the counts below are the ones written by hand.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from corpus.loader import load_corpus
from corpus.models import Document
from eval.dataset import validate_dataset
from eval.suite import BUNDLED_SET, load_suite
from tests import dataset_checks as checks

DATA = BUNDLED_SET.parent
DEV = DATA / "newswire-dev.yaml"
TEST = DATA / "newswire-test.yaml"
PHRASINGS = DATA / "bundled-phrasings.yaml"
NEWSWIRE = DATA / "newswire"

# The story of every article, written once here rather than in the schema (which has no field).
STORY = {
    "harbor-wire-2025-10-15": "ferry",
    "coastal-times-2025-10-15": "ferry",
    "daily-ledger-2025-10-15": "ferry",
    "northern-courier-2025-10-15": "court",
    "metro-dispatch-2025-10-15": "court",
    "northern-courier-2025-10-23": "fire",
    "harbor-wire-2025-10-22": "fire",
    "metro-dispatch-2025-10-23": "fire",
    "harbor-wire-2025-10-28": "flood",
    "coastal-times-2025-10-28": "flood",
    "northern-courier-2025-10-29": "flood",
    "metro-dispatch-2025-11-05": "bridge",
    "daily-ledger-2025-11-05": "bridge",
    "coastal-times-2026-01-09": "transfer",
    "northern-courier-2026-01-09": "transfer",
    "metro-dispatch-2026-01-10": "transfer",
}
# The 15 planted disagreements (the `about` of their gold conflicts) and the story of each.
PLANTED = {
    "ferry death toll": "ferry",
    "passengers on board the Marisol Star": "ferry",
    "date the Marisol Star capsized": "ferry",
    "whether Dorran Pike was charged": "court",
    "Celia Vantongeren's bail": "court",
    "date the Halvorsen Plastics fire broke out": "fire",
    "cause of the Halvorsen Plastics fire": "fire",
    "how the forklift driver died": "fire",
    "where the River Dunn first burst its banks": "flood",
    "people evacuated in the Ostvale floods": "flood",
    "Ilse Marrow's title": "flood",
    "daily traffic on the Tolland Street Bridge": "bridge",
    "firm repairing the Tolland Street Bridge": "bridge",
    "Elvander's transfer fee": "transfer",
    "length of Elvander's contract": "transfer",
}
CATEGORIES = {
    DEV: {
        "conflict": 17,
        "fact": 16,
        "paraphrase": 5,
        "keyword": 2,
        "agreement": 6,
        "unanswerable": 9,
        "followup": 7,
    },
    TEST: {
        "conflict": 18,
        "fact": 18,
        "paraphrase": 5,
        "keyword": 2,
        "agreement": 6,
        "unanswerable": 9,
        "followup": 7,
    },
    PHRASINGS: {"conflict": 29, "agreement": 10, "unanswerable": 9},
}
NAMES = {DEV: "newswire-dev", TEST: "newswire-test", PHRASINGS: "bundled-phrasings"}
# Bundled item whose evidence, answers and conflict each rephrasing copies, and how many wordings.
PHRASED_FROM = {
    "date of the raid": ("conflict-what-date", 11),
    "how al-Masoud died": ("fact-died-later", 9),
    "what became of the raid's target": ("fact-captured", 9),
}


_items = checks.items


@cache
def _newswire() -> tuple[Document, ...]:
    return tuple(load_corpus(NEWSWIRE))


@pytest.mark.parametrize("path", [DEV, TEST, PHRASINGS], ids=lambda p: p.stem)
def test_each_set_loads_through_the_suite_and_validates_against_its_corpus(path: Path) -> None:
    suite = load_suite(str(path))
    assert suite.name == NAMES[path]
    assert suite.verbatim_values
    [group] = suite.groups
    expected_corpus = None if path == PHRASINGS else str(NEWSWIRE.resolve())
    assert group.corpus == expected_corpus
    validate_dataset(group.items, load_corpus(group.corpus))


def test_the_corpus_has_sixteen_articles_on_six_stories_by_reused_outlets() -> None:
    documents = _newswire()
    assert sorted(d.id for d in documents) == sorted(STORY)
    assert all(d.title and d.published for d in documents)
    assert all(250 <= len(d.text.split()) <= 550 for d in documents)
    per_story, stories_per_outlet = checks.outlets_per_story(documents, STORY)
    assert per_story == {
        "ferry": 3,
        "court": 2,
        "fire": 3,
        "flood": 3,
        "bridge": 2,
        "transfer": 3,
    }
    assert stories_per_outlet == {
        "Harbor Wire": 3,
        "Coastal Times": 3,
        "The Daily Ledger": 2,
        "Northern Courier": 4,
        "Metro Dispatch": 4,
    }


@pytest.mark.parametrize("path", [DEV, TEST, PHRASINGS], ids=lambda p: p.stem)
def test_items_per_category(path: Path) -> None:
    assert Counter(item.category for item in _items(path)) == CATEGORIES[path]


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_each_half_asks_every_planted_disagreement(path: Path) -> None:
    asked = Counter(item.conflict.about for item in _items(path) if item.conflict)
    assert set(asked) == set(PLANTED)


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_each_half_has_three_multipart_questions_and_seven_followups(path: Path) -> None:
    items = _items(path)
    multipart = [item for item in items if item.id.startswith("multi-")]
    assert len(multipart) == 3
    assert all(len(item.answers) >= 2 and len(item.evidence) >= 2 for item in multipart)
    followups = [item for item in items if item.history]
    assert (len(followups), sum(item.answerable for item in followups)) == (7, 6)


def test_a_disagreement_has_the_same_sides_in_both_halves() -> None:
    assert checks.labels_per_disagreement(_items(DEV) + _items(TEST)) == dict.fromkeys(PLANTED, 1)


def test_every_conflict_sets_documents_of_one_story_against_each_other() -> None:
    assert checks.conflicts_across_stories(_items(DEV) + _items(TEST), STORY, PLANTED) == []


@pytest.mark.parametrize("path", [DEV, TEST, PHRASINGS], ids=lambda p: p.stem)
def test_agreements_quote_several_documents_of_one_story_and_name_no_conflict(
    path: Path,
) -> None:
    # The rephrasings are of the bundled articles, whose documents STORY does not list.
    assert checks.agreements_amiss(_items(path), None if path == PHRASINGS else STORY) == []


def test_the_halves_share_no_question() -> None:
    assert checks.shared_questions(_items(DEV), _items(TEST)) == set()


def test_each_bundled_disagreement_has_its_wordings_with_the_bundled_labels() -> None:
    bundled = {item.id: item for item in _items(BUNDLED_SET)}
    phrased = [item for item in _items(PHRASINGS) if item.conflict]
    counts = Counter(item.conflict.about for item in phrased if item.conflict)
    assert counts == {about: n for about, (_, n) in PHRASED_FROM.items()}
    for item in phrased:
        assert item.conflict is not None
        source = bundled[PHRASED_FROM[item.conflict.about][0]]
        assert (item.evidence, item.answers, item.conflict) == (
            source.evidence,
            source.answers,
            source.conflict,
        ), item.id


def test_the_rephrasings_are_new_questions() -> None:
    assert checks.shared_questions(_items(BUNDLED_SET), _items(PHRASINGS)) == set()
