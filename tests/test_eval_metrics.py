"""Evaluation maths and wiring: tiny runs with known ranks give the values the formulas say."""

from __future__ import annotations

import math

import pytest

from assistant.models import Answer, Citation, Claim, Conflict
from corpus.models import Passage
from eval import metrics
from eval.dataset import parse_dataset
from eval.results import RunRecord, compare
from eval.runner import evaluate_item, score_retrieval, summarize
from eval.suite import Suite
from index.models import Hit

TEXT = "Alpha one. Beta two. Gamma three.\n\nDelta four."


def _passage(pid: str, start: int, end: int, doc_id: str = "d1", text: str = TEXT) -> Passage:
    return Passage(id=pid, doc_id=doc_id, text=text[start:end], start=start, end=end)


P_ALPHA = _passage("d1#0", 0, 10)  # "Alpha one."
P_BETA_GAMMA = _passage("d1#1", 11, 33)  # "Beta two. Gamma three."
P_DELTA = _passage("d1#2", 35, 46)  # "Delta four."
P_OTHER = _passage("d2#0", 0, 10, doc_id="d2", text="Other doc.")


@pytest.mark.parametrize(
    ("passage", "span", "expected"),
    [
        ((11, 33), (11, 19), True),  # the passage contains the quote
        ((11, 19), (0, 46), True),  # the passage lies inside a long quote (a paragraph)
        ((0, 10), (8, 20), False),  # 2 of 10 characters: a graze, not the evidence
        ((0, 10), (4, 16), True),  # a quote cut by the chunker: 6 of its 12 characters here
        ((0, 10), (10, 20), False),  # touching is not overlapping
    ],
)
def test_a_passage_covers_a_span_when_they_share_half_the_shorter(
    passage: tuple[int, int], span: tuple[int, int], expected: bool
) -> None:
    assert metrics.covers(*passage, *span) is expected


def test_each_evidence_document_counts_once_at_its_first_passage() -> None:
    spans = {"u1": [("d1", 11, 19), ("d1", 35, 46)], "u2": [("d2", 0, 5)]}
    ranking = metrics.judged_ranking([P_ALPHA, P_BETA_GAMMA, P_DELTA, P_OTHER], spans)
    assert ranking == ["d1#0", "u1", "d1#2", "u2"]


def test_retrieval_scores_for_known_ranks() -> None:
    rankings = {"q1": ["x", "u1", "u2"], "q2": ["u3", "y"], "q3": []}
    relevant = {"q1": ["u1", "u2"], "q2": ["u3"], "q3": ["u4"]}
    scores = metrics.retrieval_scores(rankings, relevant)
    ndcg_q1 = (1 / math.log2(3) + 1 / math.log2(4)) / (1 + 1 / math.log2(3))
    assert scores["q1"] == pytest.approx(
        {"R@1": 0.0, "R@3": 1.0, "R@5": 1.0, "MRR@10": 1 / 2, "nDCG@10": ndcg_q1}
    )
    assert scores["q2"] == pytest.approx(dict.fromkeys(metrics.MEASURES, 1.0))
    assert scores["q3"] == dict.fromkeys(metrics.MEASURES, 0.0)  # nothing found still counts
    mean = metrics.mean_scores(scores)
    assert mean["R@1"] == pytest.approx(1 / 3)
    assert mean["MRR@10"] == pytest.approx((1 / 2 + 1) / 3)
    assert mean["nDCG@10"] == pytest.approx((ndcg_q1 + 1) / 3)


def test_recall_curve_and_first_relevant_rank() -> None:
    rankings = {"q1": ["x", "u1", "y", "u2"], "q2": ["u3"]}
    relevant = {"q1": ["u1", "u2"], "q2": ["u3"]}
    curve = metrics.recall_curve(rankings, relevant, depth=4)
    assert curve == pytest.approx([1 / 2, (1 / 2 + 1) / 2, (1 / 2 + 1) / 2, 1.0])
    assert metrics.first_relevant_rank(rankings["q1"], relevant["q1"]) == 2
    assert metrics.first_relevant_rank(["x"], ["u1"]) is None


def test_sources_named_needs_a_document_from_every_side() -> None:
    sides = [{"a"}, {"b", "c"}]
    assert metrics.sources_named(["a", "c"], sides) is True
    assert metrics.sources_named(["b", "c"], sides) is False


def _outcome(**flags: bool) -> metrics.Outcome:
    base = {"answerable": True, "gold_conflict": False, "abstained": False}
    return metrics.Outcome(**(base | flags))


OUTCOMES = [
    _outcome(answer_correct=True, citation_correct=True),
    _outcome(answer_correct=False, citation_correct=True, conflict_reported=True),
    _outcome(abstained=True),
    _outcome(gold_conflict=True, answer_correct=True, conflict_reported=True, sources_named=True),
    _outcome(gold_conflict=True, answer_correct=True),
    _outcome(answerable=False, abstained=True),
    _outcome(answerable=False),
]


@pytest.mark.parametrize(
    ("name", "hits", "total"),
    [
        ("answer_accuracy", 3, 5),
        ("citation_correctness", 2, 4),
        ("conflict_precision", 1, 2),
        ("conflict_recall", 1, 2),
        ("conflict_sources_named", 1, 1),
        ("abstention_precision", 1, 2),
        ("abstention_recall", 1, 2),
        ("false_conflict_rate", 1, 5),
    ],
)
def test_answer_metrics_count_the_right_questions(name: str, hits: int, total: int) -> None:
    assert getattr(metrics, name)(OUTCOMES) == metrics.Ratio(hits=hits, total=total)


def test_an_empty_ratio_has_no_value() -> None:
    assert metrics.conflict_precision([_outcome()]).value is None


# ---- wiring: a fake assistant with known hits and answers, through evaluate_item + summarize

DOC_TEXTS = {"d1": TEXT, "d2": "Other doc."}
PASSAGES = {p.id: p for p in (P_ALPHA, P_BETA_GAMMA, P_DELTA, P_OTHER)}
ITEMS = parse_dataset(
    {
        "name": "wiring",
        "items": [
            {
                "id": "found-second",
                "question": "What is beta?",
                "category": "fact",
                "answerable": True,
                "evidence": [{"doc_id": "d1", "quote": "Beta two."}],
                "answers": ["two"],
            },
            {
                "id": "conflict",
                "question": "Alpha or other?",
                "category": "conflict",
                "answerable": True,
                "evidence": [
                    {"doc_id": "d1", "quote": "Alpha one."},
                    {"doc_id": "d2", "quote": "Other doc."},
                ],
                "answers": ["one"],
                "conflict": {
                    "about": "x",
                    "kind": "other",
                    "values": [{"doc_id": "d1", "value": "one"}, {"doc_id": "d2", "value": "doc"}],
                },
            },
            {"id": "none", "question": "Zeta?", "category": "unanswerable", "answerable": False},
        ],
    },
    "test",
).items


def _citation(passage: Passage) -> Citation:
    return Citation(
        number=1,
        doc_id=passage.doc_id,
        title="t",
        source=None,
        passage_id=passage.id,
        quote=passage.text,
        start=passage.start,
        end=passage.end,
    )


def _claim(passage: Passage) -> Claim:
    return Claim(
        doc_id=passage.doc_id,
        source="s",
        value=passage.text,
        normalized=passage.text,
        quote=passage.text,
        start=passage.start,
        end=passage.end,
        citation=1,
    )


RANKS = {
    "What is beta?": [P_ALPHA, P_BETA_GAMMA, P_DELTA],
    "Alpha or other?": [P_OTHER, P_DELTA, P_ALPHA],
    "Zeta?": [P_DELTA],
}


class FakeAssistant:
    """Returns fixed rankings (RANKS) and answers, so every figure below follows from them."""

    def retrieve(self, question: str, k: int, mode: str) -> list[Hit]:
        return [Hit(passage=p, score=1.0) for p in RANKS[question][:k]]

    def ask(self, question: str, history: list, k: int) -> Answer:
        if question == "What is beta?":
            return Answer(question=question, text="Beta two. [1]", citations=[_citation(P_ALPHA)])
        if question == "Alpha or other?":
            conflict = Conflict(about="x", kind="other", claims=[_claim(P_ALPHA), _claim(P_OTHER)])
            return Answer(
                question=question,
                text="Alpha one. [1]",
                citations=[_citation(P_ALPHA)],
                conflicts=[conflict],
            )
        return Answer(question=question, text="Delta four. [1]", citations=[_citation(P_DELTA)])


def _run() -> list:
    qa = FakeAssistant()
    results = [evaluate_item(qa, i, DOC_TEXTS, PASSAGES, ["bm25"]) for i in ITEMS]
    return score_retrieval(results, ["bm25"])


def test_the_wiring_gives_the_figures_the_fake_ranks_imply() -> None:
    results = _run()
    by_id = {r.id: r for r in results}
    assert by_id["found-second"].retrieval["bm25"].ranking == ["d1#0", "evidence:d1", "d1#2"]
    assert by_id["found-second"].retrieval["bm25"].scores["MRR@10"] == 1 / 2
    assert by_id["conflict"].retrieval["bm25"].scores["R@1"] == 1 / 2  # d2 first, d1 third
    assert by_id["conflict"].retrieval["bm25"].scores["R@3"] == 1.0
    assert by_id["found-second"].outcome.citation_correct is False  # cited "Alpha one."
    assert by_id["conflict"].outcome.sources_named is True

    summary = summarize(Suite("wiring", "test", [], True), results, ["bm25"], seconds=0.0)
    assert summary.retrieval_questions == 2
    assert summary.retrieval["bm25"]["MRR@10"] == pytest.approx((1 / 2 + 1) / 2)
    assert summary.recall_curves["bm25"][:3] == pytest.approx([1 / 4, (1 + 1 / 2) / 2, 1.0])
    assert summary.answers.accuracy == metrics.Ratio(hits=2, total=2)
    assert summary.answers.citation_correctness == metrics.Ratio(hits=1, total=2)
    assert summary.answers.conflict_recall == metrics.Ratio(hits=1, total=1)
    assert summary.answers.abstention_recall == metrics.Ratio(hits=0, total=1)
    assert summary.accuracy_by_category["unanswerable"] == metrics.Ratio(hits=0, total=1)


def test_comparison_lists_a_regression_and_a_fix_question_by_question() -> None:
    before = _run()
    summary = summarize(Suite("wiring", "test", [], True), before, ["bm25"], seconds=0.0)
    previous = RunRecord(summary=summary, questions=before)
    worse = before[0].model_copy(
        update={"outcome": before[0].outcome.model_copy(update={"answer_correct": False})}
    )
    better = before[2].model_copy(
        update={"outcome": before[2].outcome.model_copy(update={"abstained": True})}
    )
    comparison = compare(previous, [worse, before[1], better])
    assert [(c.id, c.check, c.before, c.after) for c in comparison.regressions] == [
        ("found-second", "answer", "pass", "fail")
    ]
    assert [(c.id, c.check, c.before, c.after) for c in comparison.fixes] == [
        ("none", "answer", "fail", "pass")
    ]
    assert (comparison.common, comparison.added, comparison.removed) == (3, 0, 0)


class RaisingAssistant(FakeAssistant):
    """Fails to answer, as a core bug would; retrieval still works."""

    def ask(self, question: str, history: list, k: int) -> Answer:
        raise ValueError("month must be in 1..12")


def test_an_error_in_the_assistant_is_recorded_and_fails_the_question() -> None:
    result = evaluate_item(RaisingAssistant(), ITEMS[0], DOC_TEXTS, PASSAGES, ["bm25"])
    assert result.error == "ValueError: month must be in 1..12"
    assert (result.answer, result.outcome.answer_correct) == ("", False)
    assert result.retrieval["bm25"].first_relevant == 2
    assert result.checks()["answer"] == "fail"
