"""SQuAD 2.0 and QACC files become exactly the expected documents and items; the command runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.models import Document
from eval.abstention_curve import PLOT as ABSTENTION_PLOT
from eval.adapters import AdapterError, load_qacc, load_squad, spread
from eval.dataset import ConflictValue, EvalItem, Evidence, GoldConflict
from eval.report import PLOT, REPORT, RESULTS
from eval.results import RunRecord
from eval.runner import run_evaluation
from eval.suite import load_suite
from tests.fakes import HashingEncoder

FIXTURES = Path(__file__).parent / "fixtures"
SQUAD = FIXTURES / "squad_tiny.json"
QACC = FIXTURES / "qacc_tiny.jsonl"

LIGHTHOUSE_1 = (
    "The Harbour Lighthouse stands on a granite point at the mouth of the bay. "
    "It was first lit in 1871 and was automated in 1964."
)
LIGHTHOUSE_2 = (
    "Its first keeper was Martha Quill, who kept the lamp burning through the great storm of 1889."
)
MARSH = (
    "Salt marshes are coastal wetlands that the tides flood and drain twice a day. "
    "Their grasses trap sediment and slow the waves."
)


def test_squad_articles_become_documents_of_their_paragraphs() -> None:
    (group,) = load_squad(SQUAD)
    assert group.documents == [
        Document(
            id="Harbour_Lighthouse",
            title="Harbour Lighthouse",
            source="Wikipedia",
            text=f"{LIGHTHOUSE_1}\n\n{LIGHTHOUSE_2}",
        ),
        Document(id="Salt_marsh", title="Salt marsh", source="Wikipedia", text=MARSH),
    ]


def test_squad_questions_become_items_with_their_paragraph_as_evidence() -> None:
    (group,) = load_squad(SQUAD)
    lit = EvalItem(
        id="lh-lit",
        question="When was the Harbour Lighthouse first lit?",
        category="fact",
        answerable=True,
        evidence=[Evidence(doc_id="Harbour_Lighthouse", quote=LIGHTHOUSE_1)],
        answers=["1871", "in 1871"],  # the repeated crowd answer appears once
    )
    demolished = EvalItem(
        id="lh-demolished",
        question="When was the Harbour Lighthouse demolished?",
        category="unanswerable",
        answerable=False,
    )
    assert group.items[:2] == [lit, demolished]
    assert [i.id for i in group.items] == [
        "lh-lit",
        "lh-demolished",
        "lh-keeper",
        "sm-trap",
        "sm-europe",
    ]
    assert group.items[2].evidence == [Evidence(doc_id="Harbour_Lighthouse", quote=LIGHTHOUSE_2)]


def test_a_limit_spreads_over_the_file() -> None:
    assert spread(5, 2) == [0, 2]
    assert spread(10, 3) == [0, 3, 6]
    assert spread(3, None) == [0, 1, 2]
    (group,) = load_squad(SQUAD, limit=2)
    assert [i.id for i in group.items] == ["lh-lit", "lh-keeper"]


def test_a_squad_half_keeps_every_article_but_only_its_articles_questions() -> None:
    """The first half of the articles fits, the rest tests; retrieval still sees them all."""
    (fit,) = load_squad(SQUAD, half="fit")
    (test,) = load_squad(SQUAD, half="test")
    assert [d.id for d in fit.documents or []] == ["Harbour_Lighthouse", "Salt_marsh"]
    assert fit.documents == test.documents
    assert [i.id for i in fit.items] == ["lh-lit", "lh-demolished", "lh-keeper"]
    assert [i.id for i in test.items] == ["sm-trap", "sm-europe"]


def test_a_half_names_the_suite_and_is_refused_for_our_own_sets() -> None:
    assert load_suite(str(SQUAD), half="test").name == "squad_tiny-test"
    fit = load_suite(str(QACC), half="fit")  # QACC's own split: its train rows
    assert [i.question for g in fit.groups for i in g.items] == [
        "Who founded the Ashford choir?",
        "What colour is the Fenwick ferry?",
    ]
    with pytest.raises(AdapterError, match="--half applies to SQuAD and QACC files only"):
        load_suite("bundled", half="fit")


def test_a_qacc_row_without_second_answer_is_a_plain_fact_over_its_snippets() -> None:
    groups = load_qacc(QACC)
    first = groups[0]
    assert first.documents == [
        Document(
            id="qacc-dev-0-A",
            title="millbrook.example (A)",
            source="millbrook.example",
            text="The Millbrook bridge opened in 1932 after four years of work.",
        ),
        Document(
            id="qacc-dev-0-B",
            title="en.wikipedia.org (B)",
            source="en.wikipedia.org",
            text="Millbrook is a small town on the river Ash.",
        ),
        Document(
            id="qacc-dev-0-C",
            title="localhistory.example (C)",
            source="localhistory.example",
            text="Tolls on the bridge were abolished in 1950 ...",
        ),
    ]
    assert first.items == [
        EvalItem(
            id="qacc-dev-0",
            question="When did the Millbrook bridge open?",
            category="fact",
            answerable=True,
            evidence=[Evidence(doc_id="qacc-dev-0-A", quote=first.documents[0].text)],
            answers=["1932"],
        )
    ]


def test_a_qacc_row_with_a_second_answer_is_a_conflict_naming_both_sides() -> None:
    (item,) = load_qacc(QACC)[1].items
    assert item.category == "conflict"
    assert item.evidence_docs == ["qacc-dev-1-A", "qacc-dev-1-D", "qacc-dev-1-B"]
    assert item.conflict == GoldConflict(
        about="How tall is the Arden tower?",
        kind="other",
        values=[
            ConflictValue(doc_id="qacc-dev-1-A", value="120 metres"),
            ConflictValue(doc_id="qacc-dev-1-D", value="120 metres"),
            ConflictValue(doc_id="qacc-dev-1-B", value="118 metres"),
        ],
    )
    assert item.conflict.sides() == [{"qacc-dev-1-A", "qacc-dev-1-D"}, {"qacc-dev-1-B"}]


def test_a_second_answer_equal_to_the_first_is_no_conflict() -> None:
    (item,) = load_qacc(QACC)[2].items
    assert (item.id, item.category, item.conflict) == ("qacc-train-0", "fact", None)


def test_a_third_answer_is_a_third_side() -> None:
    (item,) = load_qacc(QACC)[3].items
    assert item.conflict is not None
    assert [(v.doc_id, v.value) for v in item.conflict.values] == [
        ("qacc-train-7-A", "green"),
        ("qacc-train-7-B", "blue"),
        ("qacc-train-7-C", "red"),
    ]


def test_qacc_split_and_limit_select_rows() -> None:
    assert [g.items[0].id for g in load_qacc(QACC, split="train")] == [
        "qacc-train-0",
        "qacc-train-7",
    ]
    assert [g.items[0].id for g in load_qacc(QACC, limit=2)] == ["qacc-dev-0", "qacc-train-0"]


def test_a_broken_qacc_line_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    row = json.loads(QACC.read_text(encoding="utf-8").splitlines()[0])
    del row["contexts"]
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(AdapterError, match=r"bad\.jsonl:1: not a QACC row \('contexts'\)"):
        load_qacc(path)
    path.write_text(QACC.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    with pytest.raises(AdapterError, match=r"bad\.jsonl:5: not a JSON line"):
        load_qacc(path)


def test_the_dataset_argument_picks_the_adapter_by_format() -> None:
    assert load_suite(str(SQUAD)).name == "squad_tiny"
    assert len(load_suite(str(QACC)).groups) == 4
    bundled = load_suite("bundled", limit=5)
    assert (bundled.name, len(bundled.groups[0].items), bundled.groups[0].corpus) == (
        "bundled",
        5,
        None,
    )
    with pytest.raises(FileNotFoundError, match="no such dataset"):
        load_suite("missing.yaml")


@pytest.mark.parametrize("fixture", [SQUAD, QACC])
def test_the_command_writes_a_report_and_compares_with_the_last_run(
    fixture: Path, tmp_path: Path
) -> None:
    encoder = HashingEncoder()
    first = run_evaluation(str(fixture), out_dir=tmp_path, echo=False, encoder=encoder)
    second = run_evaluation(str(fixture), out_dir=tmp_path, echo=False, encoder=encoder)
    record = RunRecord.model_validate_json((tmp_path / RESULTS).read_bytes())
    # SQuAD's unanswerable questions give the abstention curve; QACC's rows are all answerable.
    curve = {ABSTENTION_PLOT} if fixture == SQUAD else set()
    assert {p.name for p in tmp_path.iterdir()} == {RESULTS, REPORT, PLOT} | curve
    assert ("## Abstention curve" in (tmp_path / REPORT).read_text(encoding="utf-8")) == bool(curve)
    assert first.questions == second.questions == len(record.questions)
    assert first.answers == second.answers  # the fake encoder is deterministic
    assert record.comparison is not None
    assert (record.comparison.regressions, record.comparison.fixes) == ([], [])
    assert "## Changes since the previous run" in (tmp_path / REPORT).read_text(encoding="utf-8")
