"""The hand-written "harbor" halves: valid, cleanly split, counted exactly.

The set was written blind to the assistant to measure disagreement and near-miss handling on
stories it has never seen, two of them told by one outlet only (where nothing can disagree); a
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
DEV = DATA / "harbor-dev.yaml"
TEST = DATA / "harbor-test.yaml"
HARBOR = DATA / "harbor"

# The story of every article, written once here rather than in the schema (which has no field).
STORY = {
    "graudenholm-courant-2026-11-06": "heist",
    "daily-rattle-2026-11-07": "heist",
    "bellwether-wire-2026-11-16": "ransomware",
    "radio-orlanza-2026-11-16": "ransomware",
    "graudenholm-courant-2026-11-17": "ransomware",
    "bellwether-wire-2026-11-19": "pension",
    "bellwether-wire-2026-11-24": "takeover",
    "graudenholm-courant-2026-11-25": "takeover",
    "daily-rattle-2026-11-26": "takeover",
    "radio-orlanza-2026-11-30": "doping",
    "casmira-gazette-2026-12-01": "doping",
    "daily-rattle-2026-12-02": "doping",
    "bellwether-wire-2026-12-10": "cave",
    "radio-orlanza-2026-12-10": "cave",
    "casmira-gazette-2026-12-11": "cave",
    "casmira-gazette-2026-12-14": "blackout",
}
# The 24 planted disagreements (the `about` of their gold conflicts) and the story of each. The
# one-outlet stories (pension, blackout) have none.
PLANTED = {
    "date of the A7 cash van robbery": "heist",
    "robbers in the A7 gang": "heist",
    "cash taken in the A7 robbery": "heist",
    "what happened to the Vaktmann guard": "heist",
    "date the Graudenholm hospital attack began": "ransomware",
    "patients whose data was stolen in the hospital attack": "ransomware",
    "ransom demanded from Graudenholm General": "ransomware",
    "group behind the hospital attack": "ransomware",
    "what became of Henrike Sollmann": "ransomware",
    "value of Brantvik's offer for Solvarra": "takeover",
    "Solvarra board vote on Brantvik's offer": "takeover",
    "Marthe Ekdal's post": "takeover",
    "deadline for Solvarra shareholders to accept": "takeover",
    "jobs to go if Brantvik takes over Solvarra": "takeover",
    "length of Noelia Castrejon's ban": "doping",
    "substance found in Castrejon's sample": "doping",
    "Noelia Castrejon's age": "doping",
    "date Castrejon's positive sample was taken": "doping",
    "Castrejon's response to her ban": "doping",
    "pupils trapped in the Sarnal caves": "cave",
    "how long the Sarnal group was trapped": "cave",
    "first rescuer to reach the Sarnal group": "cave",
    "where the Sarnal group was found": "cave",
    "what trapped the Sarnal group": "cave",
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
NAMES = {DEV: "harbor-dev", TEST: "harbor-test"}
# Each invented outlet and the number of stories it reports.
OUTLETS = {
    "Bellwether Wire": 4,
    "Graudenholm Courant": 3,
    "Daily Rattle": 3,
    "Radio Orlanza": 3,
    "Casmira Gazette": 3,
}
# Invented names that must be new to this repository: an outlet or place seen in another corpus
# would let its earlier articles leak into what is meant as an unseen measure.
INVENTED = [
    *OUTLETS,
    "Sorvenland",
    "Aldaria",
    "Graudenholm",
    "Casmira",
    "Velsborg",
    "Sterndal",
    "Ekerholt",
    "Sarnal",
    "Torrelba",
    "Vaktmann",
    "Brantvik",
    "Solvarra",
    "Redelsa",
    "Havnekant",
    "Castrejon",
]


_items = checks.items


@cache
def _harbor() -> tuple[Document, ...]:
    return tuple(load_corpus(HARBOR))


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_each_half_loads_and_validates_against_its_corpus(path: Path) -> None:
    evaluation_set = load_dataset(path)
    assert evaluation_set.name == NAMES[path]
    assert evaluation_set.corpus is not None
    assert (path.parent / evaluation_set.corpus).resolve() == HARBOR.resolve()
    validate_dataset(evaluation_set.items, _harbor())


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_every_evidence_quote_is_verbatim_in_its_document(path: Path) -> None:
    assert checks.quotes_not_found(_items(path), _harbor()) == []


def test_the_corpus_has_sixteen_articles_on_seven_stories() -> None:
    documents = _harbor()
    assert sorted(d.id for d in documents) == sorted(STORY)
    assert all(d.title and d.published for d in documents)
    assert all(250 <= len(d.text.split()) <= 700 for d in documents)
    per_story, per_outlet = checks.outlets_per_story(documents, STORY)
    assert per_story == {
        "heist": 2,
        "ransomware": 3,
        "pension": 1,
        "takeover": 3,
        "doping": 3,
        "cave": 3,
        "blackout": 1,
    }
    assert per_outlet == OUTLETS


def test_no_other_readable_corpus_uses_the_invented_outlets_or_places() -> None:
    assert checks.names_in_other_corpora(DATA, HARBOR, INVENTED) == []


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
