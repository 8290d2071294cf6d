"""The hand-written "beats" halves: valid, cleanly split, counted exactly, every disagreement asked.

The set was written blind to the assistant, to measure disagreement and abstention on a corpus and
wordings the code was never tuned on; a mislabelled, leaked or silently dropped item would bias
every figure measured on it, so the counts below are the ones written by hand.
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

DATA = Path(__file__).resolve().parent.parent / "eval" / "data"
DEV = DATA / "beats-dev.yaml"
TEST = DATA / "beats-test.yaml"
BEATS = DATA / "beats"

# The story of every article, written once here rather than in the schema (which has no field).
STORY = {
    "amberline-wire-2026-04-13": "retail",
    "maddersby-evening-post-2026-04-14": "retail",
    "gadfly-daily-2026-04-15": "retail",
    "palisade-news-2026-04-16": "outbreak",
    "amberline-wire-2026-04-17": "outbreak",
    "larkspur-standard-2026-04-22": "fraud",
    "gadfly-daily-2026-04-22": "fraud",
    "palisade-news-2026-04-27": "coach",
    "maddersby-evening-post-2026-04-28": "coach",
    "gadfly-daily-2026-04-28": "coach",
    "maddersby-evening-post-2026-05-01": "byelection",
    "amberline-wire-2026-05-01": "byelection",
    "larkspur-standard-2026-05-11": "theft",
    "palisade-news-2026-05-12": "theft",
}
# The 20 planted disagreements (the `about` of their gold conflicts) and the story of each.
PLANTED = {
    "jobs at risk at Pennifold's": "retail",
    "Pennifold's debts": "retail",
    "cause of Pennifold's collapse": "retail",
    "Legionnaires' outbreak death toll": "outbreak",
    "where the Legionnaires' outbreak started": "outbreak",
    "cause of the Legionnaires' outbreak": "outbreak",
    "Solveig Ambrose-Tate's title": "outbreak",
    "Quillfeather's prison sentence": "fraud",
    "money Quillfeather took from the hospice": "fraud",
    "Garnet Quillfeather's age": "fraud",
    "date Quillfeather was sentenced": "fraud",
    "whether Ansel Drummock was sacked or resigned": "coach",
    "Ansel Drummock's age": "coach",
    "Drummock's pay-off": "coach",
    "who took interim charge of the Corsairs": "coach",
    "Mbatha-Crewe's winning margin": "byelection",
    "why the Brackenholt seat fell vacant": "byelection",
    "date of the Orrery Gallery theft": "theft",
    "value of The Salt Gatherers": "theft",
    "people arrested over the gallery theft": "theft",
}
# The halves differ only in how many conflict questions they hold (every disagreement is in both).
_OTHER_CATEGORIES = {
    "fact": 6,
    "paraphrase": 3,
    "keyword": 3,
    "agreement": 8,
    "unanswerable": 11,
    "followup": 6,
}
CATEGORIES = {
    DEV: {"conflict": 22, **_OTHER_CATEGORIES},
    TEST: {"conflict": 21, **_OTHER_CATEGORIES},
}
NAMES = {DEV: "beats-dev", TEST: "beats-test"}
OUTLETS = {
    "Amberline Wire": 3,
    "Maddersby Evening Post": 3,
    "Gadfly Daily": 3,
    "Palisade News": 3,
    "Larkspur Standard": 2,
}
HALVES = [DEV, TEST]


_items = checks.items


@cache
def _beats() -> tuple[Document, ...]:
    return tuple(load_corpus(BEATS))


@pytest.mark.parametrize("path", HALVES, ids=lambda p: p.stem)
def test_each_half_loads_and_validates_against_the_beats_corpus(path: Path) -> None:
    dataset = load_dataset(path)
    assert (dataset.name, dataset.corpus) == (NAMES[path], "beats")
    validate_dataset(dataset.items, _beats())


@pytest.mark.parametrize("path", HALVES, ids=lambda p: p.stem)
def test_every_evidence_quote_is_verbatim_in_its_own_document(path: Path) -> None:
    assert checks.quotes_not_found(_items(path), _beats()) == []


def test_the_corpus_has_fourteen_articles_on_six_stories_by_five_outlets() -> None:
    documents = _beats()
    assert sorted(d.id for d in documents) == sorted(STORY)
    assert all(d.title and d.published for d in documents)
    assert all(300 <= len(d.text.split()) <= 550 for d in documents)
    per_story, per_outlet = checks.outlets_per_story(documents, STORY)
    assert per_story == {
        "retail": 3,
        "outbreak": 2,
        "fraud": 2,
        "coach": 3,
        "byelection": 2,
        "theft": 2,
    }
    assert per_outlet == OUTLETS


def test_no_other_readable_corpus_uses_the_invented_outlets_or_country() -> None:
    names = [*OUTLETS, "Corrisande", "Maddersby"]
    assert checks.names_in_other_corpora(DATA, BEATS, names) == []


@pytest.mark.parametrize("path", HALVES, ids=lambda p: p.stem)
def test_items_per_category(path: Path) -> None:
    assert Counter(item.category for item in _items(path)) == CATEGORIES[path]


@pytest.mark.parametrize("path", HALVES, ids=lambda p: p.stem)
def test_each_half_asks_every_planted_disagreement_as_a_conflict_question(path: Path) -> None:
    asked = {item.conflict.about for item in _items(path) if item.conflict}
    direct = {item.conflict.about for item in _items(path) if item.conflict and not item.history}
    assert asked == direct == set(PLANTED)


@pytest.mark.parametrize("path", HALVES, ids=lambda p: p.stem)
def test_each_half_has_two_multipart_questions_and_six_followups(path: Path) -> None:
    assert checks.multipart_and_followups(_items(path)) == (2, True, 6, 5)
    multipart = [item for item in _items(path) if item.id.startswith("multi-")]
    assert all(item.category == "fact" for item in multipart)


@pytest.mark.parametrize("path", HALVES, ids=lambda p: p.stem)
def test_each_half_has_at_least_eight_near_misses_and_two_absent_questions(path: Path) -> None:
    unanswerable = [item for item in _items(path) if item.category == "unanswerable"]
    absent = [item for item in unanswerable if item.id.startswith("unans-absent-")]
    assert len(absent) == 2
    assert len(unanswerable) - len(absent) >= 8


def test_a_disagreement_has_the_same_sides_in_both_halves() -> None:
    assert checks.labels_per_disagreement(_items(DEV) + _items(TEST)) == dict.fromkeys(PLANTED, 1)


def test_every_conflict_sets_documents_of_one_story_against_each_other() -> None:
    assert checks.conflicts_across_stories(_items(DEV) + _items(TEST), STORY, PLANTED) == []


@pytest.mark.parametrize("path", HALVES, ids=lambda p: p.stem)
def test_agreements_quote_several_documents_of_one_story_and_name_no_conflict(
    path: Path,
) -> None:
    assert checks.agreements_amiss(_items(path), STORY) == []


def test_the_halves_share_no_question() -> None:
    assert checks.shared_questions(_items(DEV), _items(TEST)) == set()
