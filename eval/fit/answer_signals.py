"""The signals of a question's ranking that a learned abstention would read.

Measured by `python -m eval.fit answerability` against the rule the assistant ships
(`assistant.abstention`): none of them, alone or weighed together, tells SQuAD 2.0's on-topic
unanswerable questions from answerable ones on articles the weights were not fitted on.
"""

from __future__ import annotations

import math
import re

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
