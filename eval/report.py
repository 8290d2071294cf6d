"""Write a run's report: results.json, report.md, the plots, and the terminal table.

The previous results.json in the output folder is read first, so every report says what changed
since the last saved run, question by question.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from pydantic import ValidationError

from assistant import abstention
from eval import abstention_curve
from eval.figures import line_plot
from eval.metrics import MEASURES, Ratio
from eval.results import Comparison, EvalSummary, QuestionResult, RunRecord, compare

logger = logging.getLogger(__name__)

RESULTS = "results.json"
REPORT = "report.md"
PLOT = "recall.png"
MAX_ROWS = 40  # per list in report.md; results.json always has every question
ANSWER_ROWS = (
    ("accuracy", "answer accuracy"),
    ("citation_correctness", "citation correctness"),
    ("conflict_precision", "conflict precision"),
    ("conflict_recall", "conflict recall"),
    ("conflict_sources_named", "conflict names both sides"),
    ("abstention_precision", "abstention precision"),
    ("abstention_recall", "abstention recall"),
    ("false_conflict_rate", "false-conflict rate (lower is better)"),
)


def _write_atomic(path: Path, data: bytes) -> None:
    """Write via a temp file and os.replace, so a killed run never leaves half a report."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_previous(out: Path) -> RunRecord | None:
    """The last saved run in `out`, or None (no file, or one from an older format: logged)."""
    path = out / RESULTS
    if not path.is_file():
        return None
    try:
        return RunRecord.model_validate_json(path.read_bytes())
    except ValidationError as exc:
        logger.warning("not comparing with %s: it is not a readable results file (%s)", path, exc)
        return None


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _ratio(r: Ratio) -> str:
    return f"{_fmt(r.value)} ({r.hits}/{r.total})"


def _delta(now: float | None, before: float | None) -> str:
    if now is None or before is None or abs(now - before) < 5e-4:
        return ""
    return f" ({now - before:+.3f})"


def format_table(record: RunRecord) -> str:
    """The compact terminal summary."""
    s = record.summary
    lines = [
        f"{s.name}: {s.questions} questions ({s.retrieval_questions} answerable), "
        f"{s.seconds:.1f} s, commit {s.commit or 'unknown'}",
        f"{'retrieval':<10}" + "".join(f"{name:>9}" for name in MEASURES),
    ]
    for mode, scores in s.retrieval.items():
        lines.append(f"{mode:<10}" + "".join(f"{scores.get(n, 0.0):>9.3f}" for n in MEASURES))
    for field, label in ANSWER_ROWS:
        lines.append(f"{label:<40}{_ratio(getattr(s.answers, field))}")
    if s.errors:
        lines.append(f"{'questions where the assistant raised':<40}{s.errors} (see {REPORT})")
    c = record.comparison
    if c is not None:
        lines.append(
            f"vs previous run ({c.previous_created}, {c.previous_commit or 'unknown'}): "
            f"{len(c.regressions)} regressions, {len(c.fixes)} fixes"
        )
    return "\n".join(lines)


def plot_recall(record: RunRecord, path: Path) -> None:
    """Recall@k for k = 1..10, one line per retrieval mode."""
    with line_plot(path, f"Recall@k: {record.summary.name}") as ax:
        for mode, curve in record.summary.recall_curves.items():
            ax.plot(range(1, len(curve) + 1), curve, marker="o", label=mode)
        ax.set(xlabel="k (passages retrieved)", ylabel="Recall@k", ylim=(0, 1.02))


def _cell(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split()).replace("|", "\\|")
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    shown = rows[:MAX_ROWS]
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in shown]
    if len(rows) > len(shown):
        out.append(f"\n… and {len(rows) - len(shown)} more in {RESULTS}.")
    return out


def _section(title: str, header: list[str], rows: list[list[str]]) -> list[str]:
    return ["", f"### {title} ({len(rows)})", ""] + (_table(header, rows) if rows else ["None."])


def _failures(questions: list[QuestionResult]) -> list[str]:
    """The questions an engineer should look at, grouped by what went wrong."""
    wrong, answered, missed, false = [], [], [], []
    errors = [[q.id, q.category, q.question, q.error] for q in questions if q.error]
    for q in questions:
        o = q.outcome
        row = [q.id, q.category, q.question, q.answer]
        if o.answerable and not o.answer_correct:
            wrong.append(row)
        if not o.answerable and not o.abstained:
            answered.append(row)
        if o.gold_conflict and not (o.conflict_reported and o.sources_named):
            missed.append(row)
        if not o.gold_conflict and o.conflict_reported:
            about = "; ".join(f"{c.about}: {', '.join(c.values)}" for c in q.conflicts)
            false.append([q.id, q.category, q.question, about])
    header = ["id", "category", "question", "answer"]
    return [
        *_section("The assistant raised an error", [*header[:3], "error"], errors),
        *_section("Answerable, but no acceptable answer (incl. abstentions)", header, wrong),
        *_section("Unanswerable, but answered", header, answered),
        *_section("Conflict missed (or a side not named)", header, missed),
        *_section("Conflict reported where the sources agree", [*header[:3], "reported"], false),
    ]


def _comparison(c: Comparison | None) -> list[str]:
    if c is None:
        return ["", "No previous run in this folder: nothing to compare."]
    header = ["id", "check", "before", "after", "question"]
    lines = [
        "",
        f"Against the run of {c.previous_created} (commit {c.previous_commit or 'unknown'}): "
        f"{c.common} questions in both, {c.added} new, {c.removed} dropped.",
    ]
    for title, changes in (("Regressions", c.regressions), ("Fixes", c.fixes)):
        rows = [[x.id, x.check, x.before, x.after, x.question] for x in changes]
        lines += _section(title, header, rows)
    return lines


def _command(s: EvalSummary) -> str:
    dataset = s.name if s.name == "bundled" else s.dataset
    limit = f" --limit {s.limit}" if s.limit is not None else ""
    return f"python -m eval --dataset {dataset}{limit} --modes {' '.join(s.modes)}"


def render_markdown(record: RunRecord, previous: RunRecord | None) -> str:
    """report.md: headline tables with deltas, the plot, changes, then the failures."""
    s = record.summary
    old = previous.summary if previous else None
    lines = [
        f"# Evaluation report: {s.name}",
        "",
        f"Dataset `{s.dataset}`: {s.questions} questions "
        f"({', '.join(f'{c} {n}' for c, n in sorted(s.by_category.items()))}). "
        f"Commit `{s.commit or 'unknown'}`, {s.created}, {s.seconds:.1f} s. "
        f"Answers from the top {s.k} hybrid passages.",
        "",
        f"Reproduce: `{_command(s)}`",
        "",
        f"## Retrieval ({s.retrieval_questions} answerable questions)",
        "",
        "A passage is relevant when it holds an evidence quote; each evidence document counts "
        "once (its first such passage). Deltas are against the previous run.",
        "",
        "| mode | " + " | ".join(MEASURES) + " |",
        "|---|" + "---|" * len(MEASURES),
    ]
    for mode, scores in s.retrieval.items():
        before = old.retrieval.get(mode, {}) if old else {}
        cells = [
            f"{scores.get(n, 0.0):.3f}{_delta(scores.get(n), before.get(n))}" for n in MEASURES
        ]
        lines.append(f"| {mode} | " + " | ".join(cells) + " |")
    lines += ["", f"![Recall@k per mode]({PLOT})", "", "## Answers", ""]
    lines += ["| metric | value | previous |", "|---|---|---|"]
    for field, label in ANSWER_ROWS:
        now = getattr(s.answers, field)
        was = _ratio(getattr(old.answers, field)) if old else "n/a"
        lines.append(f"| {label} | {_ratio(now)} | {was} |")
    lines += ["", "Accuracy by category (unanswerable: abstained):", ""]
    lines += ["| category | correct |", "|---|---|"]
    lines += [f"| {c} | {_ratio(r)} |" for c, r in s.accuracy_by_category.items()]
    if abstention_curve.has_curve(record.questions):
        shipped = abstention.MIN_SCORE
        lines += ["", *abstention_curve.section(record.questions, shipped)]
    lines += ["", "## Changes since the previous run", *_comparison(record.comparison)]
    lines += ["", "## Failures in this run", *_failures(record.questions), ""]
    return "\n".join(lines)


def write_report(record: RunRecord, out: Path) -> RunRecord:
    """Compare with the previous run in `out`, then write results.json, report.md and the plot."""
    out.mkdir(parents=True, exist_ok=True)
    previous = load_previous(out)
    if previous is not None:
        record = record.model_copy(update={"comparison": compare(previous, record.questions)})
    _write_atomic(out / RESULTS, record.model_dump_json(indent=1).encode("utf-8"))
    _write_atomic(out / REPORT, render_markdown(record, previous).encode("utf-8"))
    plot_recall(record, out / PLOT)
    if abstention_curve.has_curve(record.questions):
        shipped = abstention.MIN_SCORE
        name = record.summary.name
        abstention_curve.plot(record.questions, shipped, name, out / abstention_curve.PLOT)
    logger.info("wrote %s, %s and %s to %s", RESULTS, REPORT, PLOT, out)
    return record
