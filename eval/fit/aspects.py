"""Fit how questions are matched to the disagreement table's aspects (assistant/disputed.py).

Four constants decide whether a question names a disagreement: WORDS_WEIGHT (the share of the
question's words among an aspect's words against its best sentence cosine), CONTEXT_WEIGHT (a
word found only elsewhere in the aspect's sentences against one among its words),
MIN_ASPECT_SCORE (below it no aspect answers) and JOIN_SCORE (another aspect of the best one's
kind, from other sources, joins it from this score). The first three are chosen here by grid
search with JOIN_SCORE as shipped, then JOIN_SCORE at those three, each for the best
question-level conflict F1 (a disagreement named exactly when the gold item has one) on the
training sets: eval/data/newswire-dev.yaml, bundled-phrasings.yaml, datelines-train.yaml,
wires-dev.yaml, beats-dev.yaml, regional-dev.yaml, civic-dev.yaml, transit-dev.yaml,
harbor-dev.yaml, ledger-dev.yaml, dispatch-dev.yaml and almanac-dev.yaml. The held-out sets
(newswire-test, wires-test, beats-test, regional-test, civic-test, transit-test, harbor-test,
ledger-test, dispatch-test, almanac-test, heldout) are never read here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from assistant import Assistant, disputed
from assistant.question import clean_question
from assistant.question_type import detect
from corpus.loader import load_corpus
from eval.dataset import EvalItem, load_dataset
from eval.suite import EVAL_DIR
from index.disputes.table import DisputeTable
from index.encoder import Encoder, load_encoder
from index.options import DEFAULT_K

TRAINING_SETS = (
    "newswire-dev.yaml",
    "bundled-phrasings.yaml",
    "datelines-train.yaml",
    "wires-dev.yaml",
    "beats-dev.yaml",
    "regional-dev.yaml",
    "civic-dev.yaml",
    "transit-dev.yaml",
    "harbor-dev.yaml",
    "ledger-dev.yaml",
    "dispatch-dev.yaml",
    "almanac-dev.yaml",
)
WEIGHTS = np.round(np.arange(0.0, 1.01, 0.1), 2)
CONTEXT_WEIGHTS = np.round(np.arange(0.0, 1.01, 0.25), 2)
THRESHOLDS = np.round(np.arange(0.2, 0.701, 0.01), 2)
TIE = 0.005  # F1 this close to the best is as good: one or two of the training questions
JOIN_SCORES = (*np.round(np.arange(0.3, 0.801, 0.05), 2), np.inf)  # inf: never join


@dataclass(frozen=True, eq=False)  # one per asked question, hashed by identity
class Question:
    """One training question: its aspects' signals, its table and whether it has a gold
    disagreement."""

    text: str
    signals: list[disputed.Signals]
    table: DisputeTable
    gold: bool


def _questions(qa: Assistant, items: list[EvalItem]) -> list[Question]:
    index = qa._index
    content = index.content
    found = []
    for item in items:
        if item.history:  # unanswerable questions stay: any disagreement named is false
            continue
        text = clean_question(item.question)
        vector = index.encode_query(text)
        hits = index.search(text, k=DEFAULT_K, query_vector=vector)
        signals = disputed.candidates(text, detect(text), vector, hits, content)
        table = content.disputes
        assert table is not None
        found.append(Question(text, signals, table, item.conflict is not None))
    return found


def collect(encoder: Encoder) -> list[Question]:
    """The training questions of every training set, each on its own corpus."""
    questions: list[Question] = []
    for name in TRAINING_SETS:
        path = EVAL_DIR / "data" / name
        evalset = load_dataset(path)
        folder = None if evalset.corpus is None else path.parent / evalset.corpus
        qa = Assistant.from_documents(load_corpus(folder), encoder=encoder)
        questions += _questions(qa, list(evalset.items))
    return questions


@cache
def _best(question: Question, weight: float, context: float, join: float) -> tuple[float, bool]:
    """The best aspect's score and whether it is disputed once joined (as find_aspect does)."""

    def score(signals: disputed.Signals) -> float:
        return signals.score(weight, context)

    best = max(question.signals, key=score)
    aspect = disputed.with_other_wordings(best, question.signals, question.table, join, score)
    return score(best), aspect.disputed


def named(question: Question, weight: float, context: float, threshold: float, join: float) -> bool:
    """Whether the question names a disagreement with these constants."""
    if not question.signals:
        return False
    best, disputed_ = _best(question, weight, context, join)
    return best >= threshold and disputed_


def f1(
    questions: list[Question], weight: float, context: float, threshold: float, join: float
) -> tuple[float, int, int, int]:
    """Conflict F1 with true positives, false positives and false negatives."""
    tp = fp = fn = 0
    for q in questions:
        said = named(q, weight, context, threshold, join)
        tp += said and q.gold
        fp += said and not q.gold
        fn += q.gold and not said
    return (2 * tp / (2 * tp + fp + fn) if tp else 0.0), tp, fp, fn


def main() -> None:
    """Grid search; print the best constants with their figures and the current ones'."""
    questions = collect(load_encoder())
    join = disputed.JOIN_SCORE
    grid = [
        (f1(questions, w, c, t, join), w, c, t)
        for w in WEIGHTS
        for c in CONTEXT_WEIGHTS
        for t in THRESHOLDS
    ]
    # Ties go to the largest threshold (fewer disagreements claimed), then the smaller context
    # weight (words outside the attachment are the weaker evidence), then the larger weight.
    _, weight, context, threshold = max(grid, key=lambda g: (g[0][0], g[3], -g[2], g[1]))
    # Then the join: the largest score (fewer aspects joined, fewer false disagreements) whose
    # F1 is within TIE of the best; one question moves F1 by about 0.003 here.
    joins = [(f1(questions, weight, context, threshold, j), j) for j in JOIN_SCORES]
    top = max(f[0] for f, _ in joins)
    (score, tp, fp, fn), join = max((g for g in joins if g[0][0] >= top - TIE), key=lambda g: g[1])
    current = f1(
        questions,
        disputed.WORDS_WEIGHT,
        disputed.CONTEXT_WEIGHT,
        disputed.MIN_ASPECT_SCORE,
        disputed.JOIN_SCORE,
    )
    print(f"{len(questions)} training questions, {sum(q.gold for q in questions)} with a conflict")
    for (f, t_, p_, n_), j in joins:
        print(f"  JOIN_SCORE={j}: F1={f:.3f} (tp {t_}, fp {p_}, fn {n_})")
    print(f"best: WORDS_WEIGHT={weight} CONTEXT_WEIGHT={context} MIN_ASPECT_SCORE={threshold} "
          f"JOIN_SCORE={join}  F1={score:.3f} (tp {tp}, fp {fp}, fn {fn})")  # fmt: skip
    print(f"current: WORDS_WEIGHT={disputed.WORDS_WEIGHT} CONTEXT_WEIGHT="
          f"{disputed.CONTEXT_WEIGHT} MIN_ASPECT_SCORE={disputed.MIN_ASPECT_SCORE} JOIN_SCORE="
          f"{disputed.JOIN_SCORE}  F1={current[0]:.3f} (tp {current[1]}, fp {current[2]}, "
          f"fn {current[3]})")  # fmt: skip
