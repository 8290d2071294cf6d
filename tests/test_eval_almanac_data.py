"""The hand-written "almanac" halves: valid, cleanly split, counted exactly.

The set was written blind to the assistant to measure disagreement and near-miss handling on
stories it has never seen, one of them told by one outlet only (where nothing can disagree); a
mislabelled or leaked item would silently bias every figure, so the counts and story assignments
below are the ones written by hand in the files' header.
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
DEV = DATA / "almanac-dev.yaml"
TEST = DATA / "almanac-test.yaml"
ALMANAC = DATA / "almanac"

# The story of every article, written once here rather than in the schema (which has no field).
STORY = {
    "halvard-news-agency-2027-04-11": "coach",
    "daily-clang-2027-04-12": "coach",
    "kessary-highlander-2027-04-15": "coach",
    "merzhaven-courier-2027-04-14": "strike",
    "daily-clang-2027-04-16": "strike",
    "skyvale-tv-2027-04-22": "mine",
    "kessary-highlander-2027-04-22": "mine",
    "merzhaven-courier-2027-04-23": "mine",
    "halvard-news-agency-2027-04-26": "referendum",
    "skyvale-tv-2027-04-26": "referendum",
    "merzhaven-courier-2027-04-27": "referendum",
    "halvard-news-agency-2027-05-03": "hijack",
    "counting-house-2027-05-04": "hijack",
    "daily-clang-2027-05-06": "lottery",
    "counting-house-2027-05-07": "lottery",
    "kessary-highlander-2027-05-13": "orchestra",
}
# The 24 planted disagreements (the `about` of their gold conflicts) and the story of each. The
# one-outlet story (orchestra) has none.
PLANTED = {
    "date of the Quillen Pass coach crash": "coach",
    "passengers on the coach that crashed on the Quillen Pass": "coach",
    "what happened to the coach driver Teodor Barsk": "coach",
    "operator of the coach that crashed on the Quillen Pass": "coach",
    "cause of the Quillen Pass coach crash": "coach",
    "pay rise claimed by the striking nurses": "strike",
    "length of the nurses' strike": "strike",
    "how Annika Rosk left the health ministry": "strike",
    "Hedda Solvang's age": "strike",
    "date the Holmgarth mine flooded": "mine",
    "miners trapped by the Holmgarth flood": "mine",
    "Jori Orrelby's age": "mine",
    "cause of the Holmgarth mine flood": "mine",
    "date of the Quillen tunnel referendum": "referendum",
    "share of the vote for the Quillen tunnel": "referendum",
    "Assembly vote to hold the Quillen tunnel referendum": "referendum",
    "region that voted against the Quillen tunnel": "referendum",
    "crew of the Ortolan Crest": "hijack",
    "where the Ortolan Crest was seized": "hijack",
    "group that hijacked the Ortolan Crest": "hijack",
    "ransom paid for the Ortolan Crest": "hijack",
    "Star Draw jackpot Casimir Dray rigged": "lottery",
    "Casimir Dray's job": "lottery",
    "verdict on Wendel Froy": "lottery",
}
# At least eight of the disagreements are categorical (who, what, where, what happened to a
# person, a post, a cause): the kinds below, as the header lists them.
CATEGORICAL_KINDS = {"account", "organization", "place", "person", "other"}
CATEGORICAL = 10
# Both halves were written to the same plan: 24 disagreements, 8 agreements, 5 facts and 3
# multi-part questions, 2 paraphrases, 2 keyword queries, 10 near misses and 1 off-topic
# question, 6 follow-ups.
CATEGORIES = {
    "conflict": 24,
    "fact": 8,
    "paraphrase": 2,
    "keyword": 2,
    "agreement": 8,
    "unanswerable": 11,
    "followup": 6,
}
NAMES = {DEV: "almanac-dev", TEST: "almanac-test"}
# Each invented outlet and the number of stories it reports.
OUTLETS = {
    "Halvard News Agency": 3,
    "Daily Clang": 3,
    "Kessary Highlander": 3,
    "Merzhaven Courier": 3,
    "Skyvale TV": 2,
    "The Counting House": 2,
}
# Invented names that must be new to this repository: an outlet or place seen in another corpus
# would let its earlier articles leak into what is meant as an unseen measure.
INVENTED = [
    *OUTLETS,
    "Ardovia",
    "talver",
    "Merzhaven",
    "Saltrenne",
    "Kessary",
    "Quillen",
    "Dunmarrow",
    "Devil's Elbow",
    "Ostrel Coaches",
    "Vantry Travel",
    "Teodor Barsk",
    "Annika Rosk",
    "Hedda Solvang",
    "Davor Kestrin",
    "Holmgarth",
    "Brandlow",
    "Jori Orrelby",
    "Ortolan Crest",
    "Brevik-Hale",
    "Cape Dorrada",
    "Qesh Marin",
    "Salt Brothers",
    "Ninth Wave",
    "Lumenta",
    "Star Draw",
    "Casimir Dray",
    "Wendel Froy",
    "Vossberg",
    "Vellmark",
]


_items = checks.items


@cache
def _almanac() -> tuple[Document, ...]:
    return tuple(load_corpus(ALMANAC))


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_each_half_loads_and_validates_against_its_corpus(path: Path) -> None:
    evaluation_set = load_dataset(path)
    assert evaluation_set.name == NAMES[path]
    assert evaluation_set.corpus is not None
    assert (path.parent / evaluation_set.corpus).resolve() == ALMANAC.resolve()
    validate_dataset(evaluation_set.items, _almanac())


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_every_evidence_quote_is_verbatim_in_its_document(path: Path) -> None:
    assert checks.quotes_not_found(_items(path), _almanac()) == []


def test_the_corpus_has_sixteen_articles_on_seven_stories() -> None:
    documents = _almanac()
    assert sorted(d.id for d in documents) == sorted(STORY)
    assert all(d.title and d.published for d in documents)
    assert all(350 <= len(d.text.split()) <= 650 for d in documents)
    per_story, per_outlet = checks.outlets_per_story(documents, STORY)
    assert per_story == {
        "coach": 3,
        "strike": 2,
        "mine": 3,
        "referendum": 3,
        "hijack": 2,
        "lottery": 2,
        "orchestra": 1,
    }
    assert per_outlet == OUTLETS


def test_no_other_readable_corpus_uses_the_invented_outlets_or_places() -> None:
    assert checks.names_in_other_corpora(DATA, ALMANAC, INVENTED) == []


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_items_per_category(path: Path) -> None:
    assert Counter(item.category for item in _items(path)) == CATEGORIES


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_each_half_asks_every_planted_disagreement_as_a_conflict_question(path: Path) -> None:
    asked = {item.conflict.about for item in _items(path) if item.conflict}
    direct = {item.conflict.about for item in _items(path) if item.conflict and not item.history}
    assert asked == direct == set(PLANTED)


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_each_half_asks_about_every_story(path: Path) -> None:
    asked = {STORY[doc] for item in _items(path) for doc in item.evidence_docs}
    assert asked == set(STORY.values())


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_each_half_has_three_multipart_questions_and_six_followups(path: Path) -> None:
    assert checks.multipart_and_followups(_items(path)) == (3, True, 6, 5)


def test_a_disagreement_has_the_same_sides_in_both_halves() -> None:
    assert checks.labels_per_disagreement(_items(DEV) + _items(TEST)) == dict.fromkeys(PLANTED, 1)


def test_every_conflict_sets_documents_of_one_story_against_each_other() -> None:
    assert checks.conflicts_across_stories(_items(DEV) + _items(TEST), STORY, PLANTED) == []


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_agreements_quote_several_documents_of_one_story_and_name_no_conflict(
    path: Path,
) -> None:
    assert checks.agreements_amiss(_items(path), STORY) == []


def test_enough_disagreements_are_categorical() -> None:
    kinds = {i.conflict.about: i.conflict.kind for i in _items(DEV) if i.conflict}
    assert sum(kind in CATEGORICAL_KINDS for kind in kinds.values()) == CATEGORICAL


def test_the_halves_share_no_question() -> None:
    assert checks.shared_questions(_items(DEV), _items(TEST)) == set()
