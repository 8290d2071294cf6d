"""Run an evaluation set against the Assistant: retrieval in every mode, then the full answer.

`run_evaluation` is the one entry point (used by `python -m eval` and `newsqa eval`); its
signature is kept stable for them.
"""

from __future__ import annotations

import datetime as dt
import logging
import subprocess
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from tqdm import tqdm

from assistant.core import Assistant
from assistant.models import Answer, Turn
from corpus.models import Passage
from eval import metrics
from eval.adapters import Group, Half
from eval.dataset import EvalItem, contains_answer, quote_spans, validate_dataset
from eval.report import format_table, write_report
from eval.results import EvalSummary, ModeResult, QuestionResult, ReportedConflict, RunRecord
from eval.suite import EVAL_DIR, Suite, load_suite
from index.encoder import Encoder, load_encoder
from index.models import Hit
from index.options import DEFAULT_K, MODES, Mode

logger = logging.getLogger(__name__)

REPORTS_DIR = EVAL_DIR / "reports"
UNIT_PREFIX = "evidence:"


class QA(Protocol):
    """What the evaluation asks of an assistant (`Assistant`, or a fake with fixed answers)."""

    def retrieve(self, question: str, k: int, mode: Mode) -> list[Hit]: ...

    def ask(self, question: str, history: list[Turn], k: int) -> Answer: ...


def _open(group: Group, encoder: Encoder) -> Assistant:
    if group.documents is not None:
        return Assistant.from_documents(group.documents, encoder=encoder)
    return Assistant.from_corpus(group.corpus, encoder=encoder)


def evidence_spans(item: EvalItem, texts: dict[str, str]) -> dict[str, list[tuple[str, int, int]]]:
    """Relevance units of a question: one per evidence document, with every quote occurrence."""
    spans: dict[str, list[tuple[str, int, int]]] = {}
    for evidence in item.evidence:
        unit = UNIT_PREFIX + evidence.doc_id
        for start, end in quote_spans(texts[evidence.doc_id], evidence.quote):
            spans.setdefault(unit, []).append((evidence.doc_id, start, end))
    return spans


def _outcome(item: EvalItem, answer: Answer, cited_units: list[str | None]) -> metrics.Outcome:
    reported_docs = {claim.doc_id for c in answer.conflicts for claim in c.claims}
    sides = item.conflict.sides() if item.conflict else []
    return metrics.Outcome(
        answerable=item.answerable,
        gold_conflict=item.conflict is not None,
        abstained=answer.abstained,
        answer_correct=not answer.abstained
        and any(contains_answer(answer.text, a) for a in item.answers),
        citation_correct=any(unit is not None for unit in cited_units),
        conflict_reported=bool(answer.conflicts),
        sources_named=bool(sides and reported_docs) and metrics.sources_named(reported_docs, sides),
    )


def _ask(qa: QA, item: EvalItem) -> tuple[Answer, str | None]:
    """The assistant's answer, or an empty one and the error it raised.

    One failing question must not end a run of hundreds, nor hide the others' results: the error
    is logged, stored with the question, counted in the summary and listed in the report, and the
    question scores as failed on every check.
    """
    try:
        return qa.ask(item.question, history=list(item.history), k=DEFAULT_K), None
    except Exception as exc:
        logger.warning("%s: the assistant raised %s: %s", item.id, type(exc).__name__, exc)
        return Answer(question=item.question, text=""), f"{type(exc).__name__}: {exc}"


def evaluate_item(
    qa: QA,
    item: EvalItem,
    texts: dict[str, str],
    passages: dict[str, Passage],
    modes: Sequence[Mode],
) -> QuestionResult:
    """Ask the question once (hybrid), then retrieve in every mode with the query it searched."""
    spans = evidence_spans(item, texts)
    answer, error = _ask(qa, item)
    query = answer.rewritten_question or item.question
    retrieval: dict[str, ModeResult] = {}
    for mode in modes:
        hits = qa.retrieve(query, k=metrics.DEPTH, mode=mode)
        ranking = metrics.judged_ranking([h.passage for h in hits], spans)
        retrieval[mode] = ModeResult(
            ranking=ranking, first_relevant=metrics.first_relevant_rank(ranking, spans)
        )
    cited = [metrics.unit_of(passages[c.passage_id], spans) for c in answer.citations]
    return QuestionResult(
        id=item.id,
        category=item.category,
        question=item.question,
        history_turns=len(item.history),
        answerable=item.answerable,
        evidence_docs=item.evidence_docs,
        query=query,
        retrieval=retrieval,
        answer=answer.text,
        best_score=answer.best_score,
        cited_passages=[c.passage_id for c in answer.citations],
        conflicts=[
            ReportedConflict(
                about=c.about,
                docs=[claim.doc_id for claim in c.claims],
                values=[claim.value for claim in c.claims],
            )
            for c in answer.conflicts
        ],
        outcome=_outcome(item, answer, cited),
        error=error,
    )


def _relevant(results: list[QuestionResult]) -> dict[str, list[str]]:
    """Relevance units per answerable question (unanswerable ones have none to find)."""
    return {r.id: [UNIT_PREFIX + d for d in r.evidence_docs] for r in results if r.evidence_docs}


def score_retrieval(results: list[QuestionResult], modes: Sequence[Mode]) -> list[QuestionResult]:
    """Attach each question's retrieval scores (computed for all questions at once)."""
    relevant = _relevant(results)
    scored: dict[str, dict[str, dict[str, float]]] = {}
    for mode in modes:
        rankings = {r.id: r.retrieval[mode].ranking for r in results}
        scored[mode] = metrics.retrieval_scores(rankings, relevant)
    return [
        r.model_copy(
            update={
                "retrieval": {
                    mode: m.model_copy(update={"scores": scored[mode].get(r.id, {})})
                    for mode, m in r.retrieval.items()
                }
            }
        )
        for r in results
    ]


def _commit() -> str | None:
    """The code version the run measured, or None outside a git checkout.

    "-dirty" marks uncommitted edits to tracked files: the figures then describe code that no
    commit holds, and the report should say so.
    """
    try:
        out = subprocess.run(
            ["git", "describe", "--always", "--dirty", "--abbrev=7"],
            cwd=EVAL_DIR,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError) as exc:
        logger.info("no git commit recorded: %s", exc)
        return None
    return out.stdout.strip() or None


def summarize(
    suite: Suite, results: list[QuestionResult], modes: Sequence[Mode], seconds: float
) -> EvalSummary:
    """The headline figures of a run."""
    relevant = _relevant(results)
    by_id = {r.id: r for r in results}
    outcomes = [r.outcome for r in results]
    by_category: dict[str, list[bool]] = {}
    for r in results:
        ok = r.outcome.answer_correct if r.answerable else r.outcome.abstained
        by_category.setdefault(r.category, []).append(ok)
    return EvalSummary(
        name=suite.name,
        dataset=suite.source,
        limit=suite.limit,
        created=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        commit=_commit(),
        questions=len(results),
        errors=sum(r.error is not None for r in results),
        by_category=dict(Counter(r.category for r in results)),
        modes=list(modes),
        k=DEFAULT_K,
        retrieval_questions=len(relevant),
        retrieval={
            mode: metrics.mean_scores({q: by_id[q].retrieval[mode].scores for q in relevant})
            for mode in modes
        },
        recall_curves={
            mode: metrics.recall_curve({r.id: r.retrieval[mode].ranking for r in results}, relevant)
            for mode in modes
        },
        answers=metrics.answer_scores(outcomes),
        accuracy_by_category={c: metrics.ratio(flags) for c, flags in sorted(by_category.items())},
        seconds=round(seconds, 1),
    )


def run_evaluation(
    dataset: str = "bundled",
    out_dir: str | Path | None = None,
    limit: int | None = None,
    modes: Sequence[Mode] = MODES,
    *,
    half: Half | None = None,
    echo: bool = True,
    encoder: Encoder | None = None,
) -> EvalSummary:
    """Evaluate retrieval (every mode) and answers on a dataset; write the report; return figures.

    `dataset` is "bundled" or a path; `half` picks half of a SQuAD or QACC file; the report goes
    to `out_dir` (default eval/reports/<dataset name>/), where the previous results.json is
    compared against.
    With `echo`, the compact table is printed; `encoder` replaces the packaged model (tests).
    """
    unknown = [m for m in modes if m not in MODES]
    if unknown:
        raise ValueError(f"unknown retrieval mode(s) {unknown}; choose from {list(MODES)}")
    started = time.perf_counter()
    suite = load_suite(dataset, limit, half)
    encoder = encoder or load_encoder()
    results: list[QuestionResult] = []
    total = sum(len(g.items) for g in suite.groups)
    with tqdm(total=total, desc=f"eval {suite.name}", unit="q") as bar:
        for group in suite.groups:
            qa = _open(group, encoder)
            validate_dataset(group.items, qa.documents, verbatim_values=suite.verbatim_values)
            texts = {d.id: d.text for d in qa.documents}
            passages = {p.id: p for p in qa.passages}
            for item in group.items:
                results.append(evaluate_item(qa, item, texts, passages, modes))
                bar.update()
    results = score_retrieval(results, modes)
    summary = summarize(suite, results, modes, time.perf_counter() - started)
    out = Path(out_dir) if out_dir is not None else REPORTS_DIR / suite.name
    record = write_report(RunRecord(summary=summary, questions=results), out)
    if echo:
        print(format_table(record))
    return summary
