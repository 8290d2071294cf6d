"""Exports of answers and comparisons, and `newsqa compare` / `ask` with filters and formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from pydantic import TypeAdapter

from assistant import Assistant
from assistant.cli import main
from assistant.compare import Comparison
from assistant.export import (
    CSV_COLUMNS,
    answer_markdown,
    comparisons_csv,
    comparisons_json,
    comparisons_markdown,
    export_answer,
)
from assistant.models import Answer

pytestmark = pytest.mark.model

SECOND = "002_b71361dace5457b4"
SECOND_OUTLET = "Nguyen Tien (According to AP, AFP)"
COMPARISONS = TypeAdapter(list[Comparison])


def test_comparison_json_parses_back_to_the_same_models(bundled_qa: Assistant) -> None:
    found = bundled_qa.compare()
    assert COMPARISONS.validate_json(comparisons_json(found)) == found


def test_comparison_csv_has_a_row_per_claim_whose_offsets_match_the_articles(
    bundled_qa: Assistant,
) -> None:
    found = bundled_qa.compare()
    rows = list(csv.DictReader(io.StringIO(comparisons_csv(found))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == sum(len(a.claims) for c in found for a in c.aspects)
    for row in rows:
        text = bundled_qa.get_document(row["doc_id"]).text
        assert text[int(row["start"]) : int(row["end"])] == row["quote"]
    date = [r for r in rows if r["aspect"] == "the date of the raid"]
    assert [(r["value"], r["reading"], r["disagree"]) for r in date] == [
        ("October 28, 2025", "", "True"),
        ("19/10", "19 October", "True"),
        ("19/10", "19 October", "True"),
    ]


def test_comparison_markdown_has_a_column_per_source_and_marks_the_disputed_row(
    bundled_qa: Assistant,
) -> None:
    (story,) = bundled_qa.compare()
    text = comparisons_markdown([story])
    header = next(line for line in text.splitlines() if line.startswith("| Aspect"))
    assert header.count("|") == 2 + 2 + 1  # aspect, kind, two sources
    date_row = next(line for line in text.splitlines() if "the date of the raid" in line)
    date = next(a for a in story.aspects if a.name == "the date of the raid")
    first, second = (c.citation for c in date.claims[:2])
    third = date.claims[2].citation
    assert date_row == (
        f"| **the date of the raid** ⚠ disputed | date | October 28, 2025 [{first}] | "
        f"19/10 → 19 October [{second}][{third}] |"
    )
    for citation in story.citations:
        assert (
            f"{citation.number}. “{citation.quote}”" in text
            and f"`{citation.doc_id}` characters {citation.start}-{citation.end}" in text
        )


def test_an_answer_exports_with_its_disagreement_and_quotes(bundled_qa: Assistant) -> None:
    answer = bundled_qa.ask("When did the raid take place?")
    assert Answer.model_validate_json(export_answer(answer, "json")) == answer
    text = answer_markdown(answer)
    assert text.startswith("# When did the raid take place?\n")
    assert "## Where the sources disagree" in text and "- **the date of the raid**" in text
    assert "“19/10” → 19 October" in text
    for c in answer.citations:
        assert f"{c.number}. “{c.quote}”" in text and f"characters {c.start}-{c.end}" in text


def test_cli_compare_json_and_csv_are_the_api_s_comparisons(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bundled_qa: Assistant
) -> None:
    index = ["--index-dir", str(tmp_path)]
    assert main(["compare", *index, "--json"]) == 0
    assert COMPARISONS.validate_json(capsys.readouterr().out) == bundled_qa.compare()
    assert main(["compare", "raid date", *index, "--format", "csv"]) == 0
    assert capsys.readouterr().out == comparisons_csv(bundled_qa.compare("raid date"))
    assert main(["compare", *index]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Sources compared: 1 story, ")
    assert "| **the date of the raid** ⚠ disputed | date | October 28, 2025" in out


def test_cli_ask_with_an_outlet_answers_from_it_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], real_encoder: object
) -> None:
    argv = ["ask", "When did the raid take place?", "--index-dir", str(tmp_path)]
    assert main([*argv, "--source", SECOND_OUTLET, "--format", "json"]) == 0
    answer = Answer.model_validate_json(capsys.readouterr().out)
    assert {c.doc_id for c in answer.citations} == {SECOND} and answer.conflicts == []
    assert main([*argv, "--format", "md"]) == 0
    assert "## Where the sources disagree" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["compare", "--before", "2026-01-01"], "error: No article is published before 2026-01"),
        (["ask", "when?", "--source", "Reuters"], "error: No article is from Reuters."),
    ],
)
def test_cli_filters_that_admit_nothing_are_one_line_errors(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*argv, "--index-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(message) and len(err.strip().splitlines()) == 1


def test_cli_a_date_that_is_not_a_date_is_refused_by_the_parser(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["compare", "--after", "last week"])
    assert raised.value.code == 2
    assert "not a date: 'last week' (write it as YYYY-MM-DD)" in capsys.readouterr().err


def test_json_exports_are_plain_json(bundled_qa: Assistant) -> None:
    data = json.loads(comparisons_json(bundled_qa.compare()))
    assert set(data[0]) == {"id", "title", "documents", "aspects", "citations"}
