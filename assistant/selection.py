"""Score the sentences of the retrieved passages against the question and pick what to quote.

A sentence's score adds four signals, all read from the index (nothing runs on article text per
question): its embedding's cosine with the question, the idf-weighted share of the question's
terms it contains, whether it holds a value of the kind the question asks for (a date for
"when", a person for "who"...), and whether it says what the question asks about (the owning of
"Who owns ...?"). Chosen sentences never restate each other.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from assistant import focus
from assistant.answer_values import answer_mentions, named_kind, names_kind, strength
from assistant.lexicon import PLAN_ASKED
from assistant.question_type import QuestionType
from assistant.values import compatible
from corpus.articles import OutletAndDate
from corpus.models import Passage, Sentence
from index.analysis.dates import date_fields
from index.analysis.lexicon import TITLES
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


# A sentence that says what the question asks about (`focus.asked_term`: "own" of "Who owns the
# Lamb and Flag?", said as "The pub's owners, Heather and Robert Fernihough") is preferred over
# one sharing only the names of the story ("It was St George, painted on the wall of the Lamb
# and Flag in Ellerdine"): the names fill the overlap whatever the sentence says of them. Fitted
# on training data (session 43) over 0.1, 0.15, 0.2 and 0.3 (with the question's focus alone),
# answers right against none:
#   47 dev sets (2,708 questions):  +11, +20, +19     SQuAD part, fit half:  +3, -1, -5, -9
#   QACC, fit half:                 -1, -2 (0.1 and 0.15 only)
# 0.1 is the one that gains on SQuAD as well. With the deed of "Who <did> ...?" as the term
# (final): 47 dev sets +12 answers right and one more disagreement named, SQuAD fit +3
# (citations 436 -> 433), QACC fit -1 (citations 200 -> 196). Not counting a focus asked as the
# kind of answer ("Which firm ...?") gained less everywhere.
FOCUS_BONUS = 0.1


def _says(term: str, terms: set[str]) -> bool:
    """Whether a sentence's terms say the focus term, or a word made from it ("own" ->
    "owner"; a stem of three letters or more)."""
    return term in terms or (len(term) >= 3 and any(t.startswith(term) for t in terms))


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


# A sentence opening with a pronoun ("He is accused of ignoring gas readings.") is about someone
# or something the sentence before it names.
_PRONOUN_OPENING = re.compile(r"^\W*(?:He|She|They|It|His|Her|Their|Its)\b")
_CAPITALISED = re.compile(r"\b[A-Z][\w'\u2019-]*")
# Two or more capitalised words in a row: a full name the question gives ("Ansel Drummock").
_FULL_NAME = re.compile(r"\b[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)+")
# Words that may stand before a surname without being another person's first name.
_BEFORE_SURNAME = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir"}) | TITLES


def _full_names(question: str) -> list[tuple[str, set[str]]]:
    """The question's full names, each as (its last word, its terms)."""
    return [
        (found.group(0).split()[-1], set(tokenize(found.group(0))))
        for found in _FULL_NAME.finditer(question)
    ]


def _by_surname(text: str, surname: str) -> bool:
    """Whether a text calls someone by this surname alone ("Drummock, 52, leaves ...", "Mr
    Drummock"), not by another first name ("his brother, Eliud Tindikwa")."""
    for found in re.finditer(rf"\b{re.escape(surname)}\b", text):
        before = re.search(r"([\w'\u2019-]+)\W*$", text[: found.start()])
        word = before.group(1) if before else ""
        # A sentence's first word is capitalised whatever it is: "Now Castrejon, 31, ...".
        another_name = word[:1].isupper() and bool(tokenize(word))
        if not another_name or word.casefold() in _BEFORE_SURNAME:
            return True
    return False


def sentence_terms(row: int, content: IndexContent, names: list[tuple[str, set[str]]]) -> set[str]:
    """A sentence's terms as a reader takes them: with the names of the sentence before when it
    opens with a pronoun, and with a person's full name when it calls them by surname alone
    (`names`, from `_full_names`). Overlap alone would prefer any sentence naming Ansel
    Drummock in full to "Drummock, 52, leaves after 18 months in charge"."""
    sentence = content.sentences[row]
    terms = set(tokenize(sentence.text))
    if _PRONOUN_OPENING.match(sentence.text) and row > 0:
        before = content.sentences[row - 1]
        if before.doc_id == sentence.doc_id:
            terms |= set(tokenize(" ".join(_CAPITALISED.findall(before.text))))
    for surname, full in names:
        if not full <= terms and _by_surname(sentence.text, surname):
            terms |= full
    return terms


# A sentence that is itself a question, closing quotes or brackets aside.
_ASKS = re.compile(r"\?[\W_]*$")


# A sentence that speaks of what is to come: the only kind whose date answers "When will ...?"
# ("The inquiry will report by March", "It voted to rebuild the bridge before winter"), not
# "As of early December, the inquiry continues".
_FUTURE = re.compile(
    r"\b(?:will|would|shall|expect(?:s|ed)?|due|schedul(?:e|es|ed)|set\s+to|plan(?:s|ned)?|"
    r"next|until|by\s+the\s+end\s+of)\b|"
    r"\b(?:vot(?:e|es|ed)|agreed|promised|pledged|vowed|aims?|intends?|decided|hopes?)\s+to\b",
    re.IGNORECASE,
)
# A question that names a year or an earlier event asks about the past an article recalls.
_PAST_ASKED = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|previous|prior|earlier|before|last|history|first|ago|since|"
    r"founded|built|opened|established)\b",
    re.IGNORECASE,
)


def _asks_the_past(question: str, qtype: QuestionType) -> bool:
    """Whether a question may be answered by what an article tells of an earlier year: it asks
    a date, names a year, or asks about an earlier event."""
    return "date" in qtype.wants or bool(_PAST_ASKED.search(question))


# What follows a year to tell what happened then: "in 2017, when 9,000 hectares burned", "a
# blackout in 2022 that left 80,000 homes without power".
_THEN = re.compile(r"\s*,?\s*(?:when|that|which)\b", re.IGNORECASE)
# A sentence opening on an earlier year tells that year's event whole ("In 2019, 12 sperm whales
# stranded at Wrackness Point").
_IN_THE_YEAR = re.compile(r"\s*(?:back\s+)?in\s+(?:(?:early|late|mid-?)\s*)?", re.IGNORECASE)


def _recalled_from(
    mentions: list[Mention], sentence: Sentence, published: dt.date | None
) -> int | None:
    """Where (a document offset) a sentence starts telling of a year before its article's:
    news recalls an earlier event ("The hills last burned in 2017, when 9,000 hectares were
    lost"; "In 2009, 40 skiers were stuck"), whose figures do not answer a question about the
    news. None when it tells of none, or its article is undated (an encyclopaedia's years are
    what it is about)."""
    if published is None:
        return None
    for mention in mentions:
        fields = date_fields(mention.normalized) if mention.kind == "date" else None
        if not (fields and fields[0] and fields[0] < published.year):
            continue
        if _THEN.match(sentence.text, mention.end - sentence.start):
            return mention.end
        if _IN_THE_YEAR.fullmatch(sentence.text[: mention.start - sentence.start]):
            return sentence.start  # "In 2009, 40 skiers were stuck on a chairlift": all of it
    return None


def _strongest(answers: tuple[Mention, ...], qtype: QuestionType) -> float:
    """The type strength the answers a rule left give their sentence."""
    return max((strength(m, qtype) for m in answers), default=0.0)


def _scored(
    question: str,
    qtype: QuestionType,
    query_vector: np.ndarray,
    passages: list[Passage],
    content: IndexContent,
    published: Mapping[str, OutletAndDate] | None = None,
) -> list[Candidate]:
    """Every sentence of these passages (in rank order), best first. With the articles'
    `published` dates, a value of an earlier year than its article's gets no type bonus."""
    query = query_vector.astype(np.float32)
    terms = question_terms(question, content)
    names = _full_names(question)
    rows_of = content.lookups.passage_rows
    dated = None if published is None or _asks_the_past(question, qtype) else published
    plan = "date" in qtype.wants and bool(PLAN_ASKED.search(question))
    found = []
    asked = focus.asked_term(question)
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
            said = sentence_terms(row, content, names)
            own_overlap = term_share(terms, said)
            overlap = (1 - CONTEXT_WEIGHT) * own_overlap + CONTEXT_WEIGHT * passage_overlap
            mentions = content.mentions_at(row)
            answers, best = answer_mentions(mentions, qtype, question, sentence)
            if best and plan and not _FUTURE.search(sentence.text):
                answers = tuple(m for m in answers if m.kind != "date")  # "As of December"
                best = _strongest(answers, qtype)
            if best and dated:
                recalled = _recalled_from(mentions, sentence, dated[sentence.doc_id][1])
                if recalled is not None:  # "a blackout in 2022 that left 80,000 homes dark"
                    answers = tuple(m for m in answers if m.start < recalled)
                    best = _strongest(answers, qtype)
            score = cosine + LEXICAL_WEIGHT * overlap + TYPE_BONUS * best
            if asked is not None and _says(asked, said):
                score += FOCUS_BONUS
            found.append(Candidate(row, sentence, cosine, overlap, answers, best, score, rank))
    if (noun := named_kind(question)) is not None:
        found = _of_the_kind_named(found, noun, qtype)
    return sorted(found, key=lambda c: (-c.score, c.row))


def _of_the_kind_named(found: list[Candidate], noun: str, qtype: QuestionType) -> list[Candidate]:
    """When some sentence names a place of the kind asked ("Quillfield Farm" for "Which farm
    ...?"), a place not so named is no answer: "in northern England" in the lede beside it
    answers nothing. When none does, every place stays an answer of the weaker kind (a road
    may be "Mill Brow")."""
    if not any(names_kind(m, noun) for c in found for m in c.answers):
        return found
    kept = []
    for c in found:
        answers = tuple(m for m in c.answers if names_kind(m, noun))
        best = _strongest(answers, qtype)
        score = c.score + TYPE_BONUS * (best - c.strength)
        kept.append(dataclasses.replace(c, answers=answers, strength=best, score=score))
    return kept


def candidates(
    question: str,
    qtype: QuestionType,
    query_vector: np.ndarray,
    hits: list[Hit],
    content: IndexContent,
    published: Mapping[str, OutletAndDate] | None = None,
) -> list[Candidate]:
    """Every sentence of the retrieved passages, best first (see `_scored` for `published`)."""
    passages = [h.passage for h in hits]
    return _scored(question, qtype, query_vector, passages, content, published)


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
