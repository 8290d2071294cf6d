"""The hand-written "civic" halves: valid, cleanly split, counted exactly.

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
DEV = DATA / "civic-dev.yaml"
TEST = DATA / "civic-test.yaml"
CIVIC = DATA / "civic"

# The story of every article, written once here rather than in the schema (which has no field).
STORY = {
    "tidewater-wire-2026-09-07": "collapse",
    "brekkevik-herald-2026-09-08": "collapse",
    "skylark-radio-2026-09-11": "collapse",
    "lodestar-press-2026-09-10": "university",
    "mareval-echo-2026-09-11": "university",
    "tidewater-wire-2026-09-16": "recall",
    "skylark-radio-2026-09-17": "recall",
    "daily-scorcher-2026-09-18": "recall",
    "tidewater-wire-2026-09-26": "final",
    "skylark-radio-2026-09-27": "final",
    "daily-scorcher-2026-09-28": "final",
    "lodestar-press-2026-10-02": "budget",
    "canal-lente-2026-10-02": "budget",
    "canal-lente-2026-10-13": "hoard",
    "mareval-echo-2026-10-14": "hoard",
}
# The 24 planted disagreements (the `about` of their gold conflicts) and the story of each.
PLANTED = {
    "date the Tollgata 14 block collapsed": "collapse",
    "Brekkevik collapse death toll": "collapse",
    "cause of the Brekkevik collapse": "collapse",
    "age of the girl rescued from Tollgata 14": "collapse",
    "Odile Ferrand's post": "university",
    "students whose marks were raised at Mareval": "university",
    "how long the Mareval marks scheme ran": "university",
    "what became of Bastien Royer": "university",
    "Lumo 2000 heaters recalled": "recall",
    "fault behind the Lumo 2000 recall": "recall",
    "what Lumo 2000 owners are offered": "recall",
    "who ordered the Lumo 2000 recall": "recall",
    "score of the Kjellmark Cup final": "final",
    "who scored Skarvik's winning goal in the final": "final",
    "attendance at the Kjellmark Cup final": "final",
    "what happened to Jonas Heggem in the final": "final",
    "date of the Port-Aubrac budget vote": "budget",
    "Port-Aubrac budget vote tally": "budget",
    "size of Port-Aubrac's 2027 budget": "budget",
    "which library Port-Aubrac will close": "budget",
    "date the Saint-Ivry hoard was found": "hoard",
    "coins in the Saint-Ivry hoard": "hoard",
    "who found the Saint-Ivry hoard": "hoard",
    "value of the Saint-Ivry hoard": "hoard",
}
# Both halves were written to the same plan: 24 disagreements, 9 agreements, 5 facts and 2
# multi-part questions, 9 near misses and 2 off-topic questions, 6 follow-ups.
CATEGORIES = {
    "conflict": 24,
    "fact": 7,
    "paraphrase": 2,
    "keyword": 2,
    "agreement": 9,
    "unanswerable": 11,
    "followup": 6,
}
NAMES = {DEV: "civic-dev", TEST: "civic-test"}
# Each invented outlet and the number of stories it reports.
OUTLETS = {
    "Tidewater Wire": 3,
    "Skylark Radio": 3,
    "Daily Scorcher": 2,
    "Brekkevik Herald": 1,
    "Lodestar Press": 2,
    "Mareval Echo": 2,
    "Canal Lente": 2,
}
# Invented names that must be new to this repository: an outlet or place seen in another corpus
# would let its earlier articles leak into what is meant as an unseen measure.
INVENTED = [*OUTLETS, "Kjellmark", "Havrenne", "Brekkevik", "Mareval", "Port-Aubrac", "Saint-Ivry"]


_items = checks.items


@cache
def _civic() -> tuple[Document, ...]:
    return tuple(load_corpus(CIVIC))


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_each_half_loads_and_validates_against_its_corpus(path: Path) -> None:
    evaluation_set = load_dataset(path)
    assert evaluation_set.name == NAMES[path]
    assert evaluation_set.corpus is not None
    assert (path.parent / evaluation_set.corpus).resolve() == CIVIC.resolve()
    validate_dataset(evaluation_set.items, _civic())


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_every_evidence_quote_is_verbatim_in_its_document(path: Path) -> None:
    assert checks.quotes_not_found(_items(path), _civic()) == []


def test_the_corpus_has_fifteen_articles_on_six_stories() -> None:
    documents = _civic()
    assert sorted(d.id for d in documents) == sorted(STORY)
    assert all(d.title and d.published for d in documents)
    assert all(250 <= len(d.text.split()) <= 600 for d in documents)
    per_story, per_outlet = checks.outlets_per_story(documents, STORY)
    assert per_story == {
        "collapse": 3,
        "university": 2,
        "recall": 3,
        "final": 3,
        "budget": 2,
        "hoard": 2,
    }
    assert per_outlet == OUTLETS


def test_no_other_readable_corpus_uses_the_invented_outlets_or_places() -> None:
    assert checks.names_in_other_corpora(DATA, CIVIC, INVENTED) == []


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_items_per_category(path: Path) -> None:
    assert Counter(item.category for item in _items(path)) == CATEGORIES


@pytest.mark.parametrize("path", [DEV, TEST], ids=lambda p: p.stem)
def test_each_half_asks_every_planted_disagreement_as_a_conflict_question(path: Path) -> None:
    asked = {item.conflict.about for item in _items(path) if item.conflict}
    direct = {item.conflict.about for item in _items(path) if item.conflict and not item.history}
    assert asked == direct == set(PLANTED)


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
