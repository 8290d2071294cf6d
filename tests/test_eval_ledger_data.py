"""The hand-written "ledger" halves: valid, cleanly split, counted exactly.

The set was written blind to the assistant to measure disagreement and near-miss handling on
long, number-dense articles it has never seen (background figures beside the planted ones,
numbers in words, a weekly magazine that gives its figures late); a mislabelled or leaked item
would silently bias every figure, so the counts and story assignments below are the ones written
by hand in the files' header.
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
DEV = DATA / "ledger-dev.yaml"
TEST = DATA / "ledger-test.yaml"
LEDGER = DATA / "ledger"

# The story of every article, written once here rather than in the schema (which has no field).
STORY = {
    "cormorant-wire-2026-11-04": "bank",
    "castrovinha-correio-2026-11-05": "bank",
    "cormorant-wire-2026-11-06": "strike",
    "castrovinha-correio-2026-11-07": "strike",
    "morning-bugle-2026-11-07": "strike",
    "halcyon-radio-2026-11-17": "verdict",
    "cormorant-wire-2026-11-18": "verdict",
    "bellwether-weekly-2026-11-27": "verdict",
    "cormorant-wire-2026-11-30": "landslide",
    "morning-bugle-2026-12-01": "landslide",
    "bellwether-weekly-2026-12-11": "landslide",
    "halcyon-radio-2026-12-09": "fossil",
    "kelmsdorf-courier-2026-12-10": "fossil",
    "kelmsdorf-courier-2026-12-22": "transfer",
    "morning-bugle-2026-12-23": "transfer",
}
# The 24 planted disagreements (the `about` of their gold conflicts) and the story of each.
PLANTED = {
    "size of the Valdeserra fine": "bank",
    "what became of Henrique Lobato": "bank",
    "suspicious transactions Valdeserra failed to report": "bank",
    "how long Valdeserra's reporting failures lasted": "bank",
    "date the Aerovessa strike began": "strike",
    "Aerovessa flights cancelled in the strike": "strike",
    "length of the Aerovessa strike": "strike",
    "Joana Ribeiral's post in the union": "strike",
    "jury vote in the Grebenz trial": "verdict",
    "Anton Grebenz's sentence": "verdict",
    "age of Viktor Leitl": "verdict",
    "what became of Stefan Mauk": "verdict",
    "date of the Miradoura landslide": "landslide",
    "Miradoura landslide death toll": "landslide",
    "cause of the Miradoura landslide": "landslide",
    "homes buried at Miradoura": "landslide",
    "age of the Zirnitzia fossil": "fossil",
    "who found the Zirnitzia skeleton": "fossil",
    "where the Zirnitzia skeleton was found": "fossil",
    "when the Zirnitzia skeleton was found": "fossil",
    "Albrandt transfer fee": "transfer",
    "Nico Albrandt's age": "transfer",
    "length of Albrandt's contract": "transfer",
    "score of Albrandt's last Kelmsdorf match": "transfer",
}
# Both halves were written to the same plan: 24 disagreements, 8 agreements, 5 facts and 3
# multi-part questions, 2 paraphrases, 2 keyword queries, 9 near misses and 2 off-topic
# questions, 6 follow-ups (one of them unanswerable).
CATEGORIES = {
    "conflict": 24,
    "fact": 8,
    "paraphrase": 2,
    "keyword": 2,
    "agreement": 8,
    "unanswerable": 11,
    "followup": 6,
}
NAMES = {DEV: "ledger-dev", TEST: "ledger-test"}
# Each invented outlet and the number of stories it reports.
OUTLETS = {
    "Cormorant Wire": 4,
    "Castrovinha Correio": 2,
    "Morning Bugle": 3,
    "Halcyon Radio": 2,
    "Kelmsdorf Courier": 2,
    "Bellwether Weekly": 2,
}
# Invented names that must be new to this repository: an outlet or place seen in another corpus
# would let its earlier articles leak into what is meant as an unseen measure.
INVENTED = [
    *OUTLETS,
    "Carvessa",
    "Ostrevia",
    "Castrovinha",
    "Valdeserra",
    "Aerovessa",
    "Brastova",
    "Kelmsdorf",
    "Miradoura",
    "Zirnitz",
    "Oberlenz",
]
# The articles are long on purpose (background figures around the planted values).
WORDS = range(450, 701)


_items = checks.items


@cache
def _ledger() -> tuple[Document, ...]:
    return tuple(load_corpus(LEDGER))


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_each_half_loads_and_validates_against_its_corpus(path: Path) -> None:
    evaluation_set = load_dataset(path)
    assert evaluation_set.name == NAMES[path]
    assert evaluation_set.corpus is not None
    assert (path.parent / evaluation_set.corpus).resolve() == LEDGER.resolve()
    validate_dataset(evaluation_set.items, _ledger())


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_every_evidence_quote_is_verbatim_in_its_document(path: Path) -> None:
    assert checks.quotes_not_found(_items(path), _ledger()) == []


def test_the_corpus_has_fifteen_long_articles_on_six_stories() -> None:
    documents = _ledger()
    assert sorted(d.id for d in documents) == sorted(STORY)
    assert all(d.title and d.published for d in documents)
    assert all(len(d.text.split()) in WORDS for d in documents)
    per_story, per_outlet = checks.outlets_per_story(documents, STORY)
    assert per_story == {
        "bank": 2,
        "strike": 3,
        "verdict": 3,
        "landslide": 3,
        "fossil": 2,
        "transfer": 2,
    }
    assert per_outlet == OUTLETS


def test_no_other_readable_corpus_uses_the_invented_outlets_or_places() -> None:
    assert checks.names_in_other_corpora(DATA, LEDGER, INVENTED) == []


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_items_per_category(path: Path) -> None:
    assert Counter(item.category for item in _items(path)) == CATEGORIES


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_each_half_asks_every_planted_disagreement_as_a_conflict_question(path: Path) -> None:
    asked = {item.conflict.about for item in _items(path) if item.conflict}
    direct = {item.conflict.about for item in _items(path) if item.conflict and not item.history}
    assert asked == direct == set(PLANTED)


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
