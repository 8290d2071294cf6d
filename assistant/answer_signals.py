"""The signals of a question's ranking, and the learned abstention that weighs them.

A logistic regression over these signals (fitted by `python -m eval.fit answerability`, which
writes WEIGHTS) says how likely the best sentences are to answer. Cross-validated on the
training data (each SQuAD article, QACC and each of our sets predicted by a model fitted without
it), at the threshold that keeps false abstentions within 10% on every kind of data, it abstains
on 88 of 153 unanswerable news questions (35 of 382 answerable ones falsely) where the rules
alone abstain on 67 (26 falsely), and on 128 of 793 of SQuAD's (30 of 523 falsely) where the
rules abstain on 44 (2). It adds to `assistant.abstention`'s rules, never overrides them.
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
from assistant.selection import Candidate, question_terms, term_share
from index.analysis.tokens import tokenize
from index.content import IndexContent
from index.models import Hit

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
            term_share(terms, best_words),
            term_share(terms, covered),
            max(missing, default=0.0) / rarest,
            term_share(terms, unknown),
            float(bool(qtype.wants)),
            best.strength,
            best.score - second,
            float(bool(_NEGATION.search(question))),
            float(agree),
        ],
        dtype=np.float64,
    )


WEIGHTS = Path(__file__).with_name("answerability.json")


@dataclass(frozen=True)
class Answerability:
    """The fitted model: features standardised by `mean` and `scale`, then weighed."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float  # below this probability of answering, abstain

    def probability(self, signals: np.ndarray) -> float:
        """How likely the best sentences are to answer the question."""
        z = float(((signals - self.mean) / self.scale) @ self.coef + self.intercept)
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> str:
        fields = {
            "features": list(FEATURES),
            "mean": self.mean.tolist(),
            "scale": self.scale.tolist(),
            "coef": self.coef.tolist(),
            "intercept": self.intercept,
            "threshold": self.threshold,
        }
        return json.dumps(fields, indent=1) + "\n"


@cache
def learned() -> Answerability:
    """The shipped model, read once."""
    raw = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    if tuple(raw["features"]) != FEATURES:
        raise ValueError(
            f"{WEIGHTS}: fitted on other features; run python -m eval.fit answerability"
        )
    return Answerability(
        mean=np.array(raw["mean"]),
        scale=np.array(raw["scale"]),
        coef=np.array(raw["coef"]),
        intercept=float(raw["intercept"]),
        threshold=float(raw["threshold"]),
    )
