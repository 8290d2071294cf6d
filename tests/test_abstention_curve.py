"""The abstention curve: what each threshold would have done on an evaluated set."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.abstention_curve import curve, has_curve, plot, point, section
from eval.metrics import Outcome
from eval.results import QuestionResult


def _result(n: int, answerable: bool, score: float | None, abstained: bool) -> QuestionResult:
    return QuestionResult(
        id=f"q{n}",
        category="fact" if answerable else "unanswerable",
        question=f"Question {n}?",
        answerable=answerable,
        evidence_docs=[],
        query=f"Question {n}?",
        retrieval={},
        answer="",
        best_score=score,
        cited_passages=[],
        conflicts=[],
        outcome=Outcome(answerable=answerable, gold_conflict=False, abstained=abstained),
    )


SHIPPED = 0.45
# Answerable: two answered (0.9, 0.6), one abstained on for its low score (0.3). Unanswerable:
# one abstained on for its score (0.2), one answered (0.5), one abstained on by a rule though
# its score passed (0.7), one with nothing ranked.
SET = [
    _result(1, True, 0.9, False),
    _result(2, True, 0.6, False),
    _result(3, True, 0.3, True),
    _result(4, False, 0.2, True),
    _result(5, False, 0.5, False),
    _result(6, False, 0.7, True),
    _result(7, False, None, True),
]


def test_a_point_counts_what_the_threshold_would_abstain_on() -> None:
    shipped = point(SET, SHIPPED, SHIPPED)  # q3, q4 by score; q6, q7 by their rules
    assert (shipped.recall, shipped.precision, shipped.false_rate) == (
        0.75,
        0.75,
        pytest.approx(1 / 3),
    )
    lower = point(SET, 0.25, SHIPPED)  # q4, q6, q7
    assert (lower.recall, lower.precision, lower.false_rate) == (0.75, 1.0, 0.0)
    higher = point(SET, 0.55, SHIPPED)  # q3, q4, q5, q6, q7
    assert (higher.recall, higher.precision, higher.false_rate) == (
        1.0,
        0.8,
        pytest.approx(1 / 3),
    )


def test_a_rule_abstains_at_every_threshold_and_the_curve_spans_them() -> None:
    points = curve(SET, SHIPPED)
    assert [p.threshold for p in points[:3]] == [0.0, 0.01, 0.02]
    assert points[0].recall == 0.5  # only the rules' abstentions
    assert points[-1].recall == 1.0 and points[-1].false_rate == 1.0


def test_the_curve_needs_both_kinds_of_question_and_a_score() -> None:
    assert has_curve(SET)
    assert not has_curve([q for q in SET if q.answerable])
    assert not has_curve([_result(1, True, None, False), _result(2, False, None, True)])


def test_the_report_section_marks_the_shipped_threshold_and_the_plot_is_written(
    tmp_path: Path,
) -> None:
    lines = section(SET, SHIPPED)
    assert "| 0.45 (shipped) | 0.750 | 0.750 | 0.333 |" in lines
    plot(SET, SHIPPED, "tiny", tmp_path / "abstention.png")
    assert (tmp_path / "abstention.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
