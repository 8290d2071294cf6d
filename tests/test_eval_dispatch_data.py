"""The hand-written "dispatch" halves: valid, cleanly split, counted exactly.

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
DEV = DATA / "dispatch-dev.yaml"
TEST = DATA / "dispatch-test.yaml"
DISPATCH = DATA / "dispatch"

# The story of every article, written once here rather than in the schema (which has no field).
STORY = {
    "amberlane-press-2027-01-12": "tanker",
    "kallimora-evening-post-2027-01-13": "tanker",
    "radio-kestmere-2027-01-14": "tanker",
    "mercantile-tribune-2027-01-21": "turbine",
    "kallimora-evening-post-2027-01-22": "turbine",
    "daily-wallop-2027-01-25": "wedding",
    "radio-kestmere-2027-01-26": "wedding",
    "brisling-beacon-2027-01-28": "wedding",
    "amberlane-press-2027-02-05": "recount",
    "kallimora-evening-post-2027-02-05": "recount",
    "daily-wallop-2027-02-06": "recount",
    "amberlane-press-2027-02-09": "eggs",
    "brisling-beacon-2027-02-11": "eggs",
    "mercantile-tribune-2027-02-12": "auction",
    "radio-kestmere-2027-02-16": "hostage",
    "daily-wallop-2027-02-17": "hostage",
}
# The 24 planted disagreements (the `about` of their gold conflicts) and the story of each. The
# one-outlet story (auction) has none.
PLANTED = {
    "date of the Vennel Strait collision": "tanker",
    "crude oil spilled in the Vennel Strait collision": "tanker",
    "what happened to the Aldermoss's cook": "tanker",
    "Ebba Marrack's post": "tanker",
    "cause of the Vennel Strait collision": "tanker",
    "date the Grennock Fell turbine collapsed": "turbine",
    "height of the fallen Grennock Fell turbine": "turbine",
    "maker of the Grennock Fell turbine": "turbine",
    "cost of the fallen Grennock Fell turbine": "turbine",
    "wedding guests taken ill at the Sealark Hotel": "wedding",
    "dish blamed for the Sealark wedding outbreak": "wedding",
    "Lotte Hennevar's age": "wedding",
    "cost of the Hennevar-Varrin wedding": "wedding",
    "Marvik's winning margin after the recount": "recount",
    "Election Board vote to order the Kallimora North recount": "recount",
    "Pellicott's response to the recount result": "recount",
    "date the recount result was declared": "recount",
    "eggs seized at the Port Aske ferry terminal": "eggs",
    "age of the man caught with the eggs": "eggs",
    "what happened to the man caught with the eggs": "eggs",
    "date of the egg seizure": "eggs",
    "how long Ragna Framnes was held": "hostage",
    "group that held Ragna Framnes": "hostage",
    "where Ragna Framnes was held": "hostage",
}
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
NAMES = {DEV: "dispatch-dev", TEST: "dispatch-test"}
# Each invented outlet and the number of stories it reports.
OUTLETS = {
    "Amberlane Press": 3,
    "Kallimora Evening Post": 3,
    "Daily Wallop": 3,
    "Radio Kestmere": 3,
    "Mercantile Tribune": 2,
    "Brisling Beacon": 2,
}
# Invented names that must be new to this repository: an outlet or place seen in another corpus
# would let its earlier articles leak into what is meant as an unseen measure.
INVENTED = [
    *OUTLETS,
    "Tarvenia",
    "Ravensk",
    "Kallimora",
    "Brisling",
    "Port Aske",
    "Vennel",
    "Qandera",
    "Corvina Spirit",
    "Aldermoss",
    "Tallack",
    "Grennock",
    "Tollery",
    "Brennick",
    "Haverlund",
    "Sealark",
    "Hennevar",
    "Pellicott",
    "Marvik",
    "Kazimar Dolt",
    "Framnes",
    "Sable Banner",
    "Zell Amar",
    "Hollack",
    "Marwood & Greve",
]


_items = checks.items


@cache
def _dispatch() -> tuple[Document, ...]:
    return tuple(load_corpus(DISPATCH))


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_each_half_loads_and_validates_against_its_corpus(path: Path) -> None:
    evaluation_set = load_dataset(path)
    assert evaluation_set.name == NAMES[path]
    assert evaluation_set.corpus is not None
    assert (path.parent / evaluation_set.corpus).resolve() == DISPATCH.resolve()
    validate_dataset(evaluation_set.items, _dispatch())


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_every_evidence_quote_is_verbatim_in_its_document(path: Path) -> None:
    assert checks.quotes_not_found(_items(path), _dispatch()) == []


def test_the_corpus_has_sixteen_articles_on_seven_stories() -> None:
    documents = _dispatch()
    assert sorted(d.id for d in documents) == sorted(STORY)
    assert all(d.title and d.published for d in documents)
    assert all(350 <= len(d.text.split()) <= 650 for d in documents)
    per_story, per_outlet = checks.outlets_per_story(documents, STORY)
    assert per_story == {
        "tanker": 3,
        "turbine": 2,
        "wedding": 3,
        "recount": 3,
        "eggs": 2,
        "hostage": 2,
        "auction": 1,
    }
    assert per_outlet == OUTLETS


def test_no_other_readable_corpus_uses_the_invented_outlets_or_places() -> None:
    assert checks.names_in_other_corpora(DATA, DISPATCH, INVENTED) == []


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


def test_the_halves_share_no_question() -> None:
    assert checks.shared_questions(_items(DEV), _items(TEST)) == set()
