"""When the articles do not answer: the asked-for kind of value is absent, or a model fitted on
data says the best sentences are unlikely to answer.

The model is a logistic regression over the signals of the question's ranking
(`assistant.answer_signals`), fitted by `python -m eval.fit answerability --write` on training
data only: the "fit" half of the SQuAD 2.0 file, QACC's train rows, our dev and training sets
(eval/data/newswire-dev, bundled-phrasings, datelines-train, wires-dev, beats-dev, regional-dev)
and each corpus's questions asked of the others as off-topic ones. Its weights and threshold are
stored in `answerability.json` beside this module, with the data they were fitted on. The
threshold is the highest at which, fitted without the group a question came from, false
abstentions stay within 10% on every kind of data (news, SQuAD, web snippets).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from assistant.answer_signals import FEATURES
from assistant.question_type import QuestionType
from assistant.selection import Candidate

MODEL_FILE = Path(__file__).with_name("answerability.json")
# The asked-for kind must appear among this many best sentences; further down it is a value
# of something else that merely shares the passage.
KIND_WITHIN = 5


@dataclass(frozen=True)
class Model:
    """Standardisation, weights and the abstention threshold of the fitted model."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    intercept: float
    threshold: float

    def probability(self, features: np.ndarray) -> float:
        """The probability that the ranked sentences answer the question."""
        z = float(((features - self.mean) / self.scale) @ self.weights) + self.intercept
        return 1.0 / (1.0 + math.exp(-z))


@cache
def model() -> Model:
    """The fitted model, read once. Its features must be the ones computed here, in order."""
    raw = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    if tuple(raw["features"]) != FEATURES:
        raise ValueError(
            f"{MODEL_FILE} was fitted on other features: refit it with "
            "`python -m eval.fit answerability --write`"
        )
    return Model(
        mean=np.array(raw["mean"], dtype=np.float64),
        scale=np.array(raw["scale"], dtype=np.float64),
        weights=np.array(raw["weights"], dtype=np.float64),
        intercept=float(raw["intercept"]),
        threshold=float(raw["threshold"]),
    )


def reason(ranked: list[Candidate], qtype: QuestionType, answerability: float | None) -> str | None:
    """Why to abstain ('nothing', 'kind', 'weak'), or None when the best sentence answers.

    `answerability` is the model's probability for this question (None when nothing ranked).
    """
    if not ranked or answerability is None:
        return "nothing"
    if kind_absent(ranked, qtype):
        return "kind"
    if answerability < model().threshold:
        return "weak"
    return None


def kind_absent(ranked: list[Candidate], qtype: QuestionType) -> bool:
    """Whether the question asks for a kind of value that none of the best sentences holds."""
    return bool(qtype.wants) and not any(c.strength > 0 for c in ranked[:KIND_WITHIN])
