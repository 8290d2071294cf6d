"""How abstention trades answered questions for honest silence: the curve over its threshold.

The assistant abstains when its best sentence scores below `assistant.abstention.MIN_SCORE`
(and on rules that need no threshold: nothing retrieved, the asked-for kind absent, a near
miss). This curve shows every other choice of that threshold on the evaluated set: the share of
unanswerable questions abstained on (recall), the share of abstentions that were right
(precision) and the share of answerable questions abstained on (false abstentions), with the
shipped threshold marked.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from eval.figures import line_plot
from eval.results import QuestionResult

PLOT = "abstention.png"
TABLE_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


@dataclass(frozen=True)
class Point:
    """The set's abstentions had the model abstained below `threshold`."""

    threshold: float
    recall: float  # unanswerable questions abstained on
    precision: float  # abstentions on unanswerable questions
    false_rate: float  # answerable questions abstained on


def _verdict(q: QuestionResult, shipped: float) -> float:
    """The score compared with the threshold. An abstention on a best sentence that scored at or
    above the shipped threshold was a rule's, made at every threshold; an answer that ranked no
    sentence (the disagreement overview) is made at every threshold too."""
    if q.best_score is None:
        return -math.inf if q.outcome.abstained else math.inf
    if q.outcome.abstained and q.best_score >= shipped:
        return -math.inf
    return q.best_score


def point(questions: list[QuestionResult], threshold: float, shipped: float) -> Point:
    """Recall, precision and false abstentions at one threshold."""
    abstained = [q for q in questions if _verdict(q, shipped) < threshold]
    unanswerable = sum(not q.answerable for q in questions)
    answerable = len(questions) - unanswerable
    right = sum(not q.answerable for q in abstained)
    return Point(
        threshold=threshold,
        recall=right / unanswerable if unanswerable else 0.0,
        precision=right / len(abstained) if abstained else 1.0,
        false_rate=(len(abstained) - right) / answerable if answerable else 0.0,
    )


def curve(questions: list[QuestionResult], shipped: float) -> list[Point]:
    """Points at thresholds 0.00..1.00 in steps of 0.01 (questions that raised no error)."""
    asked = [q for q in questions if not q.error]
    return [point(asked, t / 100, shipped) for t in range(101)]


def has_curve(questions: list[QuestionResult]) -> bool:
    """Whether the set has both kinds of question and scored sentences at all."""
    kinds = {q.answerable for q in questions}
    return kinds == {True, False} and any(q.best_score is not None for q in questions)


def plot(questions: list[QuestionResult], shipped: float, name: str, path: Path) -> None:
    """Precision against recall of abstention, the shipped threshold marked."""
    points = curve(questions, shipped)
    chosen = point([q for q in questions if not q.error], shipped, shipped)
    with line_plot(path, f"Abstention: {name}") as ax:
        recall = [p.recall for p in points]
        ax.plot(recall, [p.precision for p in points], label="precision")
        ax.plot(recall, [p.false_rate for p in points], label="false abstentions")
        ax.axvline(chosen.recall, color="grey", linestyle=":", label=f"shipped ({shipped:.2f})")
        ax.set(xlabel="unanswerable questions abstained on (recall)", xlim=(0, 1), ylim=(0, 1.02))


def section(questions: list[QuestionResult], shipped: float) -> list[str]:
    """report.md's abstention section: the plot and a table at a few thresholds."""
    asked = [q for q in questions if not q.error]
    rows = sorted({*TABLE_THRESHOLDS, shipped})
    lines = [
        "## Abstention curve",
        "",
        "Had the assistant abstained below each threshold on its best sentence's score "
        "(abstentions by rules that need no threshold count at every one); the shipped "
        "threshold (`assistant.abstention.MIN_SCORE`) is marked.",
        "",
        f"![Abstention precision and recall]({PLOT})",
        "",
        "| threshold | unanswerable abstained | precision | false abstentions |",
        "|---|---|---|---|",
    ]
    for t in rows:
        p = point(asked, t, shipped)
        mark = " (shipped)" if t == shipped else ""
        lines.append(f"| {t:.2f}{mark} | {p.recall:.3f} | {p.precision:.3f} | {p.false_rate:.3f} |")
    return lines
