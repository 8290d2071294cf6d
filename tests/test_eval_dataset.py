"""The evaluation set and its validator: the real set passes; each kind of mistake is named."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from corpus.loader import load_corpus
from corpus.models import Document
from eval.dataset import (
    DatasetError,
    DatasetFileError,
    EvalItem,
    contains_answer,
    load_dataset,
    parse_dataset,
    validate_dataset,
)
from eval.suite import BUNDLED_SET

A, B = "000_f5be0e313111c47b", "002_b71361dace5457b4"
DOCS = [
    Document(id="d1", title="One", text="The bridge opened on 3 May.\nIt cost 4 million."),
    Document(id="d2", title="Two", text="The bridge opened on 9 May."),
]
VALID: dict[str, Any] = {
    "name": "tiny",
    "items": [
        {
            "id": "q1",
            "question": "When did the bridge open?",
            "category": "conflict",
            "answerable": True,
            "evidence": [
                {"doc_id": "d1", "quote": "opened on 3 May"},
                {"doc_id": "d2", "quote": "opened on 9 May"},
            ],
            "answers": ["3 May", "9 May"],
            "conflict": {
                "about": "opening date",
                "kind": "date",
                "values": [{"doc_id": "d1", "value": "3 May"}, {"doc_id": "d2", "value": "9 May"}],
            },
        },
        {"id": "q2", "question": "Who built it?", "category": "unanswerable", "answerable": False},
        {
            "id": "q3",
            "question": "What did it cost?",
            "category": "fact",
            "answerable": True,
            "evidence": [{"doc_id": "d1", "quote": "It cost 4 million."}],
            "answers": ["4 million"],
        },
    ],
}


def _items(raw: dict[str, Any]) -> list[EvalItem]:
    return parse_dataset(raw, "test").items


def _broken(path: str, value: Any) -> dict[str, Any]:
    """A copy of VALID with one field (dotted path into items) replaced."""
    raw = copy.deepcopy(VALID)
    target: Any = raw["items"]
    *parents, last = path.split(".")
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    target[int(last) if last.isdigit() else last] = value
    return raw


def test_the_tiny_valid_set_passes() -> None:
    validate_dataset(_items(VALID), DOCS)


def test_the_bundled_set_passes_against_the_bundled_articles() -> None:
    evalset = load_dataset(BUNDLED_SET)
    validate_dataset(evalset.items, load_corpus())
    assert evalset.name == "bundled"


def test_the_bundled_set_has_the_required_mix() -> None:
    items = load_dataset(BUNDLED_SET).items
    unanswerable = [i for i in items if not i.answerable]
    followups = [i for i in items if i.history]
    categories = {i.category for i in items}
    assert len(items) >= 80
    assert len(unanswerable) / len(items) >= 0.15
    assert len(followups) >= 10
    assert categories == {
        "fact",
        "paraphrase",
        "keyword",
        "agreement",
        "conflict",
        "unanswerable",
        "followup",
    }
    agreement = [i for i in items if i.category == "agreement"]
    assert all(set(i.evidence_docs) == {A, B} for i in agreement)


def test_the_labelled_conflicts_are_the_date_how_he_died_and_the_target() -> None:
    """The three disagreements of the bundled articles, each with both sides' values."""
    labelled: dict[str, list[tuple[str, str]]] = {}
    counts: dict[str, int] = {}
    for item in load_dataset(BUNDLED_SET).items:
        if item.conflict:
            labelled[item.conflict.about] = [(v.doc_id, v.value) for v in item.conflict.values]
            counts[item.conflict.about] = counts.get(item.conflict.about, 0) + 1
    assert labelled == {
        "date of the raid": [(A, "October 28, 2025"), (B, "19/10")],
        "how al-Masoud died": [(A, "the man killed was Khaled al-Masoud"), (B, "He later died")],
        "what became of the raid's target": [
            (A, "not the senior Islamic State group official it was targeting"),
            (B, "captured a high-ranking IS member"),
        ],
    }
    assert counts == {
        "date of the raid": 7,
        "how al-Masoud died": 2,
        "what became of the raid's target": 2,
    }


def test_every_paragraph_of_both_articles_has_evidence() -> None:
    """Every line of prose (ending like a sentence); headings and the image line are not asked."""
    items = load_dataset(BUNDLED_SET).items
    quotes = [(e.doc_id, e.quote) for i in items for e in i.evidence]
    uncovered = [
        (doc.id, paragraph[:40])
        for doc in load_corpus()
        for paragraph in doc.text.split("\n")
        if paragraph.rstrip().endswith((".", '"', ")"))
        and not any(d == doc.id and q in paragraph for d, q in quotes)
    ]
    assert uncovered == []


def test_a_quote_not_in_the_document_names_the_question_and_field() -> None:
    raw = _broken("0.evidence.1.quote", "opened on 19 May")
    with pytest.raises(DatasetError) as caught:
        validate_dataset(_items(raw), DOCS)
    assert (caught.value.item_id, caught.value.field) == ("q1", "evidence.1.quote")


def test_an_unknown_document_is_named() -> None:
    raw = _broken("2.evidence.0.doc_id", "d9")
    with pytest.raises(DatasetError) as caught:
        validate_dataset(_items(raw), DOCS)
    assert (caught.value.item_id, caught.value.field) == ("q3", "evidence.0.doc_id")


def test_a_duplicate_id_is_named() -> None:
    raw = _broken("1.id", "q1")
    with pytest.raises(DatasetError) as caught:
        validate_dataset(_items(raw), DOCS)
    assert (caught.value.item_id, caught.value.field) == ("q1", "id")


def test_a_conflict_value_not_in_its_document_is_named() -> None:
    raw = _broken("0.conflict.values.1.value", "3 June")
    with pytest.raises(DatasetError) as caught:
        validate_dataset(_items(raw), DOCS)
    assert (caught.value.item_id, caught.value.field) == ("q1", "conflict.values.1.value")


def test_an_answer_outside_the_evidence_is_named_unless_values_are_not_verbatim() -> None:
    items = _items(_broken("0.answers", ["4 million"]))
    with pytest.raises(DatasetError) as caught:
        validate_dataset(items, DOCS)
    assert (caught.value.item_id, caught.value.field) == ("q1", "answers.0")
    validate_dataset(items, DOCS, verbatim_values=False)


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        ("0.category", "opinion", "category"),
        ("0.answerable", "sometimes", "answerable"),
        ("0.evidence.0.quote", " opened on 3 May", "evidence.0.quote"),
        ("0.conflict.kind", "colour", "conflict.kind"),
        ("0.conflict.values", [{"doc_id": "d1", "value": "3 May"}], "conflict.values"),
        ("0.answer", ["3 May"], "answer"),  # a typo for "answers": extra fields are refused
        ("0.conflict.values.1.doc_id", "d3", "conflict"),  # a side without evidence
        ("0.conflict", None, "conflict"),  # category 'conflict' without one
        ("1.evidence", [{"doc_id": "d1", "quote": "opened"}], "evidence"),
        ("1.category", "fact", "answerable"),
        ("2.answers", [], "answers"),
        ("2.answers", ["  "], "answers"),
        ("2.evidence", [], "evidence"),
        ("2.question", "", "question"),
    ],
)
def test_a_malformed_field_is_named(path: str, value: Any, field: str) -> None:
    with pytest.raises(DatasetError) as caught:
        parse_dataset(_broken(path, value), "test")
    expected_id = VALID["items"][int(path.split(".")[0])]["id"]
    assert (caught.value.item_id, caught.value.field) == (expected_id, field)


def test_a_bad_id_is_named_by_the_bad_id() -> None:
    with pytest.raises(DatasetError) as caught:
        parse_dataset(_broken("0.id", "q 1"), "test")
    assert (caught.value.item_id, caught.value.field) == ("q 1", "id")


def test_a_followup_needs_history_and_only_a_followup_has_one() -> None:
    with pytest.raises(DatasetError, match="history"):
        parse_dataset(_broken("1.category", "followup"), "test")
    turns = [{"role": "user", "content": "Hi"}]
    with pytest.raises(DatasetError, match="history"):
        parse_dataset(_broken("1.history", turns), "test")


def test_a_yaml_syntax_error_is_its_own_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("name: x\nitems: [\n", encoding="utf-8")
    with pytest.raises(DatasetFileError, match=r"bad\.yaml"):
        load_dataset(path)


def test_a_yaml_file_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "set.yaml"
    path.write_text(yaml.safe_dump(VALID), encoding="utf-8")
    assert load_dataset(path).items == _items(VALID)


@pytest.mark.parametrize(
    ("text", "answer", "expected"),
    [
        ("Photo: AP |", "ap", True),
        ("it was captured", "AP", False),
        ("lived with 15 daughters", "5 daughters", False),
        ("lived with his wife and 5\n daughters", "5 daughters", True),
        ("a raid on 19/10 in Dumayr", "19/10", True),
        ("the town of al-Dumayr", "Dumayr", True),
    ],
)
def test_answers_match_whole_words_ignoring_case_and_spacing(
    text: str, answer: str, expected: bool
) -> None:
    assert contains_answer(text, answer) is expected
