"""What an evaluation run records, per question and overall, and how it compares with the last."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from eval.metrics import AnswerScores, Outcome, Ratio

FORMAT_VERSION = 1
MISSING = "not found"


class ModeResult(BaseModel):
    """One retrieval mode on one question: the judged top passages and their scores."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    ranking: list[str]  # passage ids, or "evidence:<doc_id>" where evidence was first found
    first_relevant: int | None = None
    scores: dict[str, float] = {}


class ReportedConflict(BaseModel):
    """A conflict as the assistant reported it, reduced to what the evaluation checks."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    about: str
    docs: list[str]
    values: list[str]


class QuestionResult(BaseModel):
    """Everything the report needs to explain one question's outcome."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    category: str
    question: str
    history_turns: int = 0
    answerable: bool
    evidence_docs: list[str]
    query: str  # what retrieval searched for (the rewritten question of a follow-up)
    retrieval: dict[str, ModeResult]
    answer: str
    best_score: float | None = None  # the best sentence's score, which abstention thresholds
    cited_passages: list[str]
    conflicts: list[ReportedConflict]
    outcome: Outcome
    error: str | None = None  # what the assistant raised instead of answering

    def checks(self) -> dict[str, str]:
        """Pass/fail per check, in words, for comparing runs question by question."""
        o = self.outcome
        checks = {
            "answer": _word(o.answer_correct if o.answerable else o.abstained),
            "conflict": _word(
                o.conflict_reported and o.sources_named
                if o.gold_conflict
                else not o.conflict_reported
            ),
        }
        if o.answerable:
            checks["citation"] = "abstained" if o.abstained else _word(o.citation_correct)
        for mode, result in self.retrieval.items():
            if o.answerable:
                rank = result.first_relevant
                checks[f"rank/{mode}"] = MISSING if rank is None else str(rank)
        return checks


def _word(ok: bool) -> str:
    return "pass" if ok else "fail"


class EvalSummary(BaseModel):
    """The headline figures of one run."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    dataset: str
    limit: int | None = None
    created: str
    commit: str | None
    questions: int
    errors: int = 0
    by_category: dict[str, int]
    modes: list[str]
    k: int
    retrieval_questions: int
    retrieval: dict[str, dict[str, float]]
    recall_curves: dict[str, list[float]]
    answers: AnswerScores
    accuracy_by_category: dict[str, Ratio]
    seconds: float


class Change(BaseModel):
    """One question whose check went from one state to another between runs."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    check: str
    before: str
    after: str
    question: str


class Comparison(BaseModel):
    """How this run differs from the previous one, question by question."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    previous_created: str
    previous_commit: str | None
    common: int
    added: int
    removed: int
    regressions: list[Change]
    fixes: list[Change]


class RunRecord(BaseModel):
    """results.json: the summary, the comparison, and every question's result."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format_version: int = FORMAT_VERSION
    summary: EvalSummary
    comparison: Comparison | None = None
    questions: list[QuestionResult]


def _worse(check: str, before: str, after: str) -> bool | None:
    """True for a regression, False for a fix, None when the change is neither."""
    if check.startswith("rank/"):
        rank_before = float("inf") if before == MISSING else int(before)
        rank_after = float("inf") if after == MISSING else int(after)
        return rank_after > rank_before if rank_after != rank_before else None
    if {before, after} == {"pass", "fail"}:
        return after == "fail"
    return after != "pass" if "pass" in (before, after) else None


def compare(previous: RunRecord, questions: Sequence[QuestionResult]) -> Comparison:
    """Per-question regressions and fixes against the previous run (questions in both runs)."""
    before = {q.id: q for q in previous.questions}
    now = {q.id: q for q in questions}
    regressions: list[Change] = []
    fixes: list[Change] = []
    for qid, result in now.items():
        if qid not in before:
            continue
        old_checks = before[qid].checks()
        for check, after in result.checks().items():
            old = old_checks.get(check)
            if old is None or old == after:
                continue
            worse = _worse(check, old, after)
            if worse is None:
                continue
            change = Change(id=qid, check=check, before=old, after=after, question=result.question)
            (regressions if worse else fixes).append(change)
    return Comparison(
        previous_created=previous.summary.created,
        previous_commit=previous.summary.commit,
        common=len(now.keys() & before.keys()),
        added=len(now.keys() - before.keys()),
        removed=len(before.keys() - now.keys()),
        regressions=regressions,
        fixes=fixes,
    )
