"""Whether the articles answer a question: a logistic model over the signals of its best sentences.

Hand thresholds on the best sentence's score abstained on 2% of SQuAD 2.0's unanswerable
questions: those are written to look answerable (a swapped name, an added negation, a detail
the paragraph never gives). The model reads a handful of cheap signals that each catch some of
them (a rare question word that no retrieved sentence has, a negation, retrievers that disagree)
and weighs them as fitted on training data by `python -m eval.fit answerability`, which writes
`answerability.json` beside this module: the weights, the threshold at the operating point, and
the data they were fitted on.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from assistant.question_type import QuestionType
from assistant.selection import Candidate, question_terms
from index.analysis.tokens import tokenize
from index.content import IndexContent
from index.models import Hit

MODEL_FILE = Path(__file__).with_name("answerability.json")

# The few best sentences whose words together should cover the question (an answer may take
# the subject from one sentence and the value from the next).
COVER_WITHIN = 3
_NEGATION = re.compile(r"\b(?:not|never|no|none|without|neither|nor)\b|n't\b", re.IGNORECASE)

FEATURES = (
    "score",  # the best sentence's combined score (assistant.selection)
    "cosine",  # its blended cosine with the question
    "overlap",  # its blended idf-weighted share of the question's words
    "sentence_overlap",  # the same share in the sentence alone
    "cover",  # the share covered by the best few sentences together
    "missing_rare",  # rarity of the rarest question word absent from the best few sentences
    "unknown",  # share of the question's weight in words the corpus never uses
    "kind_wanted",  # the question asks for a kind of value (a date, a number, a person...)
    "kind_found",  # the best sentence holds a value of that kind (its strength)
    "gap",  # how far the best sentence leads the second
    "negated",  # the question holds a negation ("Who did not...", "never")
    "retrievers_agree",  # BM25 and the dense index both rank the best passage first
)


@dataclass(frozen=True)
class Model:
    """A standardised logistic regression and the probability below which to abstain."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float

    def probability(self, features: np.ndarray) -> float:
        """The probability that the articles answer, from a question's features."""
        z = float(((features - self.mean) / self.scale) @ self.coef) + self.intercept
        return 1.0 / (1.0 + math.exp(-z))


class ModelFileError(RuntimeError):
    """The fitted model file is missing or does not match this code's features."""


@cache
def model() -> Model:
    """The fitted model, read once from `answerability.json`."""
    try:
        raw = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelFileError(
            f"{MODEL_FILE}: cannot read the answerability model ({exc}); "
            "refit it with `python -m eval.fit answerability`."
        ) from exc
    if tuple(raw.get("features", ())) != FEATURES:
        raise ModelFileError(
            f"{MODEL_FILE} was fitted on other features than assistant.answerability.FEATURES; "
            "refit it with `python -m eval.fit answerability`."
        )
    return Model(
        mean=np.array(raw["mean"], dtype=np.float64),
        scale=np.array(raw["scale"], dtype=np.float64),
        coef=np.array(raw["coef"], dtype=np.float64),
        intercept=float(raw["intercept"]),
        threshold=float(raw["threshold"]),
    )


def _share(terms: dict[str, float], present: set[str]) -> float:
    total = sum(terms.values())
    return sum(w for t, w in terms.items() if t in present) / total if total > 0 else 0.0


def features(
    question: str,
    qtype: QuestionType,
    ranked: list[Candidate],
    hits: list[Hit],
    content: IndexContent,
) -> np.ndarray:
    """The question's signals, in the order of FEATURES (`ranked` is not empty)."""
    best = ranked[0]
    terms = question_terms(question, content)
    rarest = math.log((content.bm25.size + 1) / 0.5)  # the idf of a word no passage has
    best_words = set(tokenize(best.sentence.text))
    covered = set().union(*(tokenize(c.sentence.text) for c in ranked[:COVER_WITHIN]))
    missing = [w for t, w in terms.items() if t not in covered]
    unknown = {t for t in terms if content.bm25.document_frequency(t) == 0}
    second = ranked[1].score if len(ranked) > 1 else 0.0
    top = hits[0] if hits else None
    agree = top is not None and top.bm25_rank == 1 and top.dense_rank == 1
    return np.array(
        [
            best.score,
            best.cosine,
            best.overlap,
            _share(terms, best_words),
            _share(terms, covered),
            max(missing, default=0.0) / rarest,
            _share(terms, unknown),
            float(bool(qtype.wants)),
            best.strength,
            best.score - second,
            float(bool(_NEGATION.search(question))),
            float(agree),
        ],
        dtype=np.float64,
    )


def probability(
    question: str,
    qtype: QuestionType,
    ranked: list[Candidate],
    hits: list[Hit],
    content: IndexContent,
) -> float:
    """The fitted model's probability that these sentences answer the question."""
    return model().probability(features(question, qtype, ranked, hits, content))
