"""Evaluation maths: relevance of passages, retrieval scores (via ir-measures), answer ratios.

Relevance is judged per evidence *document*: for each document that holds evidence, the first
retrieved passage covering one of its quotes counts as finding it, and later passages covering the
same document's evidence are duplicates. Scores therefore do not depend on chunk size (a paragraph
split into three passages would otherwise cap Recall@1 at 1/3), and a question that both articles
answer needs both of them retrieved to reach recall 1.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import ir_measures
from ir_measures import RR, R, nDCG
from pydantic import BaseModel, ConfigDict, computed_field, model_validator

from corpus.models import Passage

# The measures the report shows, in its column order.
MEASURES = {"R@1": R @ 1, "R@3": R @ 3, "R@5": R @ 5, "MRR@10": RR @ 10, "nDCG@10": nDCG @ 10}
DEPTH = 10  # passages retrieved per question: the deepest cutoff above

EvidenceSpans = Mapping[str, Sequence[tuple[str, int, int]]]  # unit -> [(doc_id, start, end)]


class Ratio(BaseModel):
    """A count out of a count, so the report can show "12/15" and not only 0.8."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    hits: int
    total: int

    @model_validator(mode="before")
    @classmethod
    def _drop_derived(cls, data: object) -> object:
        """results.json carries `value` for readers; it is recomputed, never trusted, on load."""
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if k != "value"}
        return data

    @computed_field  # type: ignore[prop-decorator]  # pydantic's documented form; mypy cannot see it
    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None


def ratio(flags: Iterable[bool]) -> Ratio:
    """How many of the flags are true."""
    values = list(flags)
    return Ratio(hits=sum(values), total=len(values))


def covers(start: int, end: int, span_start: int, span_end: int) -> bool:
    """Whether a passage [start, end) holds an evidence span.

    True when their overlap is at least half of the shorter of the two: a passage containing the
    quote, or lying inside a quote longer than itself (a SQuAD paragraph split into passages).
    The half keeps a quote that a chunker cut in two relevant to the part holding most of it.
    """
    overlap = min(end, span_end) - max(start, span_start)
    return overlap > 0 and 2 * overlap >= min(end - start, span_end - span_start)


def unit_of(passage: Passage, spans: EvidenceSpans) -> str | None:
    """The evidence unit a passage covers, or None when it is not relevant."""
    for unit, unit_spans in spans.items():
        for doc_id, start, end in unit_spans:
            if doc_id == passage.doc_id and covers(passage.start, passage.end, start, end):
                return unit
    return None


def judged_ranking(passages: Sequence[Passage], spans: EvidenceSpans) -> list[str]:
    """A ranking in which each unit appears once, at the rank of its first covering passage.

    Other passages keep their own ids, so ranks are unchanged and duplicates count as misses.
    """
    ranking, found = [], set()
    for passage in passages:
        unit = unit_of(passage, spans)
        if unit is not None and unit not in found:
            found.add(unit)
            ranking.append(unit)
        else:
            ranking.append(passage.id)
    return ranking


def retrieval_scores(
    rankings: Mapping[str, Sequence[str]],
    relevant: Mapping[str, Iterable[str]],
    measures: Mapping[str, Any] = MEASURES,  # ir-measures ships no types
) -> dict[str, dict[str, float]]:
    """Per question, each measure: question id -> measure name -> value.

    Every question in `relevant` gets every measure; one whose ranking finds nothing scores 0
    (ir-measures leaves such questions out, which would flatter the mean).
    """
    qrels = [
        ir_measures.Qrel(qid, unit, 1) for qid, units in relevant.items() for unit in set(units)
    ]
    run = [
        ir_measures.ScoredDoc(qid, doc, float(len(ranking) - rank))
        for qid, ranking in rankings.items()
        if qid in relevant
        for rank, doc in enumerate(ranking)
    ]
    names = {measure: name for name, measure in measures.items()}
    scores = {qid: dict.fromkeys(measures, 0.0) for qid in relevant}
    for metric in ir_measures.iter_calc(list(measures.values()), qrels, run):
        scores[metric.query_id][names[metric.measure]] = float(metric.value)
    return scores


def mean_scores(per_question: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    """The mean of each measure over questions (empty input gives no measures)."""
    if not per_question:
        return {}
    names = next(iter(per_question.values())).keys()
    return {n: sum(q[n] for q in per_question.values()) / len(per_question) for n in names}


def recall_curve(
    rankings: Mapping[str, Sequence[str]], relevant: Mapping[str, Iterable[str]], depth: int = DEPTH
) -> list[float]:
    """Mean Recall@k for k = 1..depth, for the recall plot."""
    measures = {f"R@{k}": R @ k for k in range(1, depth + 1)}
    means = mean_scores(retrieval_scores(rankings, relevant, measures))
    return [means.get(f"R@{k}", 0.0) for k in range(1, depth + 1)]


def first_relevant_rank(ranking: Sequence[str], relevant: Iterable[str]) -> int | None:
    """1-based rank of the first relevant entry, or None when none was retrieved."""
    units = set(relevant)
    return next((rank for rank, doc in enumerate(ranking, start=1) if doc in units), None)


def sources_named(reported_docs: Iterable[str], sides: Sequence[set[str]]) -> bool:
    """Whether the reported conflict cites at least one document from every side of the gold one."""
    reported = set(reported_docs)
    return all(side & reported for side in sides)


class Outcome(BaseModel):
    """What happened to one question, as the answer metrics need it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    answerable: bool
    gold_conflict: bool
    abstained: bool
    answer_correct: bool = False  # an acceptable string appears in a non-abstained answer
    citation_correct: bool = False  # some cited passage covers the evidence
    conflict_reported: bool = False
    sources_named: bool = False  # the reported conflict cites every side of the gold one


def answer_accuracy(outcomes: Sequence[Outcome]) -> Ratio:
    """Answerable questions whose answer contains an acceptable answer string."""
    return ratio(o.answer_correct for o in outcomes if o.answerable)


def citation_correctness(outcomes: Sequence[Outcome]) -> Ratio:
    """Answered, answerable questions where a cited passage holds the evidence."""
    return ratio(o.citation_correct for o in outcomes if o.answerable and not o.abstained)


def conflict_precision(outcomes: Sequence[Outcome]) -> Ratio:
    """Reported conflicts that are genuine."""
    return ratio(o.gold_conflict for o in outcomes if o.conflict_reported)


def conflict_recall(outcomes: Sequence[Outcome]) -> Ratio:
    """Genuine conflicts that were reported."""
    return ratio(o.conflict_reported for o in outcomes if o.gold_conflict)


def conflict_sources_named(outcomes: Sequence[Outcome]) -> Ratio:
    """Reported genuine conflicts that name a source on every side."""
    return ratio(o.sources_named for o in outcomes if o.gold_conflict and o.conflict_reported)


def abstention_precision(outcomes: Sequence[Outcome]) -> Ratio:
    """Abstentions on questions the documents do not answer."""
    return ratio(not o.answerable for o in outcomes if o.abstained)


def abstention_recall(outcomes: Sequence[Outcome]) -> Ratio:
    """Unanswerable questions on which the assistant abstained."""
    return ratio(o.abstained for o in outcomes if not o.answerable)


def false_conflict_rate(outcomes: Sequence[Outcome]) -> Ratio:
    """Questions without a genuine conflict on which one was reported anyway."""
    return ratio(o.conflict_reported for o in outcomes if not o.gold_conflict)


class AnswerScores(BaseModel):
    """The answer metrics of one run."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    accuracy: Ratio
    citation_correctness: Ratio
    conflict_precision: Ratio
    conflict_recall: Ratio
    conflict_sources_named: Ratio
    abstention_precision: Ratio
    abstention_recall: Ratio
    false_conflict_rate: Ratio


def answer_scores(outcomes: Sequence[Outcome]) -> AnswerScores:
    """Every answer metric over the same outcomes."""
    return AnswerScores(
        accuracy=answer_accuracy(outcomes),
        citation_correctness=citation_correctness(outcomes),
        conflict_precision=conflict_precision(outcomes),
        conflict_recall=conflict_recall(outcomes),
        conflict_sources_named=conflict_sources_named(outcomes),
        abstention_precision=abstention_precision(outcomes),
        abstention_recall=abstention_recall(outcomes),
        false_conflict_rate=false_conflict_rate(outcomes),
    )
