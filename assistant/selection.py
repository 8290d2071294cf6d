"""Score the sentences of the retrieved passages against the question and pick what to quote.

A sentence's score adds three signals, all read from the index (nothing runs on article text per
question): its embedding's cosine with the question, the idf-weighted share of the question's
terms it contains, and whether it holds a value of the kind the question asks for (a date for
"when", a person for "who"...). Chosen sentences never restate each other.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from assistant.answer_values import answer_mentions
from assistant.question_type import QuestionType
from assistant.values import compatible
from corpus.models import Passage, Sentence
from index.analysis.tokens import tokenize
from index.content import IndexContent
from index.models import Hit, Mention

# Lexical overlap counts about half as much as the cosine: MiniLM misses exact names and
# numbers, overlap misses paraphrases; on the evaluation set the sum beats either alone.
LEXICAL_WEIGHT = 0.5
# A sentence holding the asked-for kind of value is preferred over a slightly closer one without:
# "The operation took place on October 28" must beat "the raid near Damascus" for "when".
TYPE_BONUS = 0.2
# A sentence is read in its paragraph: "He later died" is about the man the sentence before
# names. The passage's cosine and overlap count this much of a sentence's own.
CONTEXT_WEIGHT = 0.3
# A sentence whose cosine with an already chosen one exceeds this says the same thing again.
SAME_CLAIM_ABOVE = 0.8
MAX_QUOTES = 3
# A further quote must score within this of the best one to be worth the reader's time.
FURTHER_WITHIN = 0.15


@dataclass(frozen=True)
class Candidate:
    """A sentence of a retrieved passage with the signals that rank it."""

    row: int
    sentence: Sentence
    cosine: float
    overlap: float
    answers: tuple[Mention, ...]
    strength: float
    score: float
    hit_rank: int

    @property
    def doc_id(self) -> str:
        return self.sentence.doc_id

    @classmethod
    def of(cls, row: int, content: IndexContent) -> Candidate:
        """A sentence quoted for what it says rather than for how it scored (a side of a
        disagreement read from the corpus's table): no signals."""
        return cls(row, content.sentences[row], 0.0, 0.0, (), 0.0, 0.0, -1)


def idf(content: IndexContent, term: str) -> float:
    """Rarity of a term over the passages; a term the corpus never uses is rarest of all."""
    frequency = content.bm25.document_frequency(term)
    return math.log((content.bm25.size + 1) / (frequency + 0.5))


def question_terms(question: str, content: IndexContent) -> dict[str, float]:
    """The question's BM25 terms with their idf weights."""
    return {term: idf(content, term) for term in dict.fromkeys(tokenize(question))}


def term_share(terms: dict[str, float], sentence_terms: set[str]) -> float:
    """The idf-weighted share of the question's terms that a text holds."""
    total = sum(terms.values())
    if total <= 0:
        return 0.0
    return sum(w for t, w in terms.items() if t in sentence_terms) / total


# A sentence that is itself a question, closing quotes or brackets aside.
_ASKS = re.compile(r"\?[\W_]*$")


def _scored(
    question: str,
    qtype: QuestionType,
    query_vector: np.ndarray,
    passages: list[Passage],
    content: IndexContent,
) -> list[Candidate]:
    """Every sentence of these passages (in rank order), best first."""
    query = query_vector.astype(np.float32)
    terms = question_terms(question, content)
    rows_of = content.lookups.passage_rows
    found = []
    for rank, passage in enumerate(passages):
        rows = content.sentences_of.get(passage.id, [])
        if not rows:
            continue
        cosines = (content.sentence_vectors_at(rows) @ query).tolist()
        passage_cosine = float(content.passage_vectors[rows_of[passage.id]] @ query)
        passage_overlap = term_share(terms, set(tokenize(passage.text)))
        for row, own_cosine in zip(rows, cosines, strict=True):
            sentence = content.sentences[row]
            if _ASKS.search(sentence.text):
                continue  # "What caused the crash?" in an article asks; it answers nothing
            cosine = (1 - CONTEXT_WEIGHT) * own_cosine + CONTEXT_WEIGHT * passage_cosine
            own_overlap = term_share(terms, set(tokenize(sentence.text)))
            overlap = (1 - CONTEXT_WEIGHT) * own_overlap + CONTEXT_WEIGHT * passage_overlap
            answers, best = answer_mentions(content.mentions_at(row), qtype, question, sentence)
            score = cosine + LEXICAL_WEIGHT * overlap + TYPE_BONUS * best
            found.append(Candidate(row, sentence, cosine, overlap, answers, best, score, rank))
    return sorted(found, key=lambda c: (-c.score, c.row))


def candidates(
    question: str,
    qtype: QuestionType,
    query_vector: np.ndarray,
    hits: list[Hit],
    content: IndexContent,
) -> list[Candidate]:
    """Every sentence of the retrieved passages, best first."""
    return _scored(question, qtype, query_vector, [h.passage for h in hits], content)


def document_candidates(
    question: str,
    qtype: QuestionType,
    query_vector: np.ndarray,
    doc_ids: list[str],
    content: IndexContent,
) -> list[Candidate]:
    """Every sentence of whole documents, best first: an account may be told far from the
    passage that retrieval found ("He later died." two paragraphs below the shooting)."""
    rows_of = content.lookups.document_passage_rows
    passages = [content.passages[row] for doc_id in doc_ids for row in rows_of.get(doc_id, [])]
    return _scored(question, qtype, query_vector, passages, content)


def restates(a: Candidate, b: Candidate, content: IndexContent) -> bool:
    """Whether two sentences say the same thing (near-identical embeddings)."""
    va = content.sentence_vector(a.row)
    vb = content.sentence_vector(b.row)
    return float(va @ vb) > SAME_CLAIM_ABOVE


def _confirms(candidate: Candidate, best: Candidate) -> bool:
    """Whether a sentence gives a value compatible with one the best sentence gives."""
    if not best.answers:
        return bool(candidate.answers)
    return any(
        a.kind == b.kind and compatible(a.kind, a.normalized, b.normalized)
        for a in candidate.answers
        for b in best.answers
    )


def choose(ranked: list[Candidate], qtype: QuestionType, content: IndexContent) -> list[Candidate]:
    """One to three quotes: the best, then close runners-up that add something new.

    When the question asks for a kind of value, a further quote must give the same value (a
    second source confirming it); one giving another value answers something else.
    """
    if not ranked:
        return []
    best = ranked[0]
    chosen = [best]
    for candidate in ranked[1:]:
        if len(chosen) == MAX_QUOTES or candidate.score < best.score - FURTHER_WITHIN:
            break
        if qtype.wants and not _confirms(candidate, best):
            continue
        if any(restates(candidate, c, content) for c in chosen):
            continue
        chosen.append(candidate)
    return chosen
