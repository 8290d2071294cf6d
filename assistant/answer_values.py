"""Which values of a sentence could answer a question, and how well.

A value answers when it is of a kind the question asks for (a date for "when"), is not already
named by the question ("al-Dumayr" does not answer "Which city is Dumayr near?"), and is as
exact as asked (a month does not answer "which day").
"""

from __future__ import annotations

import re

from assistant.lexicon import question_name_tokens
from assistant.question_type import NAMED, QuestionType
from corpus.attribution import dateline_length
from corpus.models import Sentence
from index.analysis import OUTCOME
from index.analysis.dates import date_fields
from index.analysis.entities import name_tokens
from index.analysis.lexicon import NAME_PARTICLES
from index.analysis.tokens import tokenize
from index.disputes.values import (
    DIMENSION_WORDS,
    DIMENSIONS,
    UNIT_PATTERN,
    amount_form,
    amount_span,
    dimension_of,
    duration_form,
    measure_end,
    measure_form,
    scale_before,
    time_form,
)
from index.models import Mention

# An acceptable but not preferred kind (a place for "who", a month for "which day") counts less.
WEAKER_KIND = 0.5
# For "when" with no precision asked: a month or a year answers, a day answers better.
LESS_PRECISE_DATE = 0.75


def named_in_question(mention: Mention, question: str) -> bool:
    """Whether the question already names this value: then it cannot be the answer."""
    words = set(question_name_tokens(question))
    value = name_tokens(mention.text.casefold()) + name_tokens(mention.normalized)
    significant = [w for w in value if len(w) > 2 and w not in NAME_PARTICLES] or value
    return bool(significant) and all(w in words for w in significant)


def strength(mention: Mention, qtype: QuestionType) -> float:
    """How well a value of this kind answers: 1 for the preferred kind and precision, less else."""
    if mention.kind not in qtype.wants or mention.label == OUTCOME:
        return 0.0
    if mention.label == "NORP" and not (qtype.nationality or qtype.wants == NAMED):
        return 0.0  # "Syrian officials" may answer "who", never "which hospital"
    if mention.kind == "date" and qtype.precision == "time":
        # "At what time ...?": "11:40 a.m.", "shortly after 3am"; not "14 hours", a TIME too
        return 1.0 if time_form(mention.text) is not None else WEAKER_KIND
    if mention.kind == "date":
        fields = date_fields(mention.normalized)
        if fields is None:
            return WEAKER_KIND
        needed = {"year": 0, "month": 1, "day": 2}.get(qtype.precision or "")
        if needed is not None:
            return 1.0 if fields[needed] is not None else WEAKER_KIND
        # "When?" asks for a date as exact as the articles give: a day beats a month.
        return 1.0 if fields[2] is not None else LESS_PRECISE_DATE
    return 1.0 if qtype.prefers in (None, mention.kind) else WEAKER_KIND


# "How high is the dam?": a figure with a unit of measure answers, "four people" does not.
# "How far did the shares fall?" asks a change, in per cent.
# "What did the bomb weigh?" and "How many miles did she swim?" ask a measure too.
_MEASURE_ASKED = re.compile(
    r"\b(?:temperature|magnitude|clearance|distance)s?\b"
    r"|\bhow\s+(?:deep|tall|high|heavy|wide|fast|hot|warm|cold|strong|powerful|loud|noisy"
    r"|far\b(?!.*\b(?:fall|fell|rise|rose|drop|dropped|climb|climbed|slump|slumped|sink|sank)\b)"
    r"|long(?=\s+an?\s))\b"  # "How long a stretch of the river ...?"
    r"|\bweigh(?:s|ed)?\b|\bhow\s+(?:many|much)\s+(?:square\s+|cubic\s+)?"
    rf"(?:{UNIT_PATTERN})\b",
    re.IGNORECASE,
)


_PLACE_OR_TIME_ASKED = re.compile(r"^\W*(?:where|when|who|whom|whose|why)\b", re.IGNORECASE)


# How a question asks a measure's quantity: "How tall was the crane?" asks a length, "What did
# the bomb weigh?" a mass. A length is asked by its dimension too ("10 metres deep").
MEASURE_CUES = {
    "length": ("tall", "high", "deep", "wide", "far", "distance", "clearance",
               *DIMENSION_WORDS, *DIMENSIONS),
    "mass": ("weigh", "weighed", "weight", "heavy"),
    "temperature": ("temperature", "hot", "warm", "cold", "heat"),
    "area": ("area",),
    "speed": ("fast", "speed"),
    "loudness": ("loud", "loudness", "noisy", "noise"),
}  # fmt: skip
_CUE_STEMS = {
    name: {t for cue in cues for t in tokenize(cue)} for name, cues in MEASURE_CUES.items()
}
_UNIT_ASKED = re.compile(rf"\b(?:{UNIT_PATTERN})\b", re.I)


def asked_dimension(question: str) -> str | None:
    """What a measure question asks: 'mass' for "What did the bomb weigh?", 'length' for
    "How tall ...?" or "How many miles ...?"; None when it does not say."""
    terms = set(tokenize(question))
    found = next((name for name, stems in _CUE_STEMS.items() if stems & terms), None)
    unit = _UNIT_ASKED.search(question)
    return found or (dimension_of(unit.group(0)) if unit else None)


def _in_dimension(mention: Mention, sentence: Sentence, dimension: str) -> bool:
    """Whether a measure may be of the asked dimension: "24 tonnes" is no speed; a unit the
    list does not know may be anything."""
    start, end = mention.start - sentence.start, mention.end - sentence.start
    form = measure_form(sentence.text[start : measure_end(sentence.text, end)])
    # a unit without a figure still says what it measures: "a few yards" is no weight
    told = dimension_of(form or mention.text)
    return told is None or told == dimension


def asks_measure(question: str) -> bool:
    """Whether a question asks a measure (a height, depth, distance, weight, speed, a
    temperature or a quake's magnitude). "Where was the rubbish weighed?" asks a place."""
    return bool(_MEASURE_ASKED.search(question)) and not _PLACE_OR_TIME_ASKED.match(question)


def is_measure(mention: Mention, sentence: Sentence) -> bool:
    """Whether a number is a measure: labelled so, or written with its unit after it ("1,200
    tonnes", which the NER may label a plain number)."""
    if mention.label == "QUANTITY":
        return True
    start, end = mention.start - sentence.start, mention.end - sentence.start
    if scale_before(sentence.text, start, mention.text) is not None:
        return True  # "a magnitude 5.8 earthquake"
    return measure_form(sentence.text[start : measure_end(sentence.text, end)]) is not None


def is_money(mention: Mention, sentence: Sentence) -> bool:
    """Whether a number is a sum of money: labelled so, or written with its currency around it
    ("2 million crowns", which the NER labels a plain number)."""
    return mention.label == "MONEY" or written_as_money(mention, sentence)


def written_as_money(mention: Mention, sentence: Sentence) -> bool:
    """Whether a number is written with its currency around it: the NER's MONEY label alone
    also takes "about 150 million years ago" for a sum."""
    start, end = mention.start - sentence.start, mention.end - sentence.start
    wide_start, wide_end = amount_span(sentence.text, start, end)
    return amount_form(sentence.text[wide_start:wide_end]) is not None


# The word after a figure, which may be its unit of time ("18" + "months") or make it a point
# in time ("five years" + "ago").
_NEXT_WORD = re.compile(r"[\s-]+[\w'-]+")


# "for three hours after a power cut": a length, though "three hours after" alone is a time.
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)


def is_length(mention: Mention, sentence: Sentence) -> bool:
    """Whether a value is a length of time ("18 months", "for nine hours", "a six-week
    closure"), not a point in time ("five years ago") or a figure of something else."""
    start, end = mention.start - sentence.start, mention.end - sentence.start
    after = _NEXT_WORD.match(sentence.text, end)
    if duration_form(sentence.text[start : after.end() if after else end]) is not None:
        return True
    alone = duration_form(sentence.text[start:end]) is not None
    return alone and bool(_FOR_BEFORE.search(sentence.text[:start]))


def _as_long_as_asked(strength_: float, mention: Mention, sentence: Sentence) -> float:
    """A "how long" question's strength: a length of time answers best; any other figure or
    date ("closed until March", "opened in 1987") answers weakly."""
    return 1.0 if is_length(mention, sentence) else min(strength_, WEAKER_KIND)


# Places whose names carry their kind: "Which farm opened its field?" is answered by "Quillfield
# Farm" before "England" in the same sentence; "Which court ...?" by "Kestwick Crown Court". Not
# rivers, lakes or hills: "the Amazon Basin" is the largest river basin.
_NAMED_KIND_ASKED = re.compile(
    r"^\W*(?:(?:in|at|from|to|near)\s+)?(?:what|which)\s+(farm|school|academy|college|hotel|"
    r"station|church|museum|theatre|bridge|road|street|court|prison|airport)\b",
    re.IGNORECASE,
)


def _words(mention: Mention) -> list[str]:
    return re.findall(r"[a-z]+", mention.text.casefold())


def named_kind(question: str) -> str | None:
    """The kind of place a question asks by its noun ("farm" of "Which farm ...?"), if any."""
    asked = _NAMED_KIND_ASKED.match(question)
    return asked[1].casefold() if asked else None


def names_kind(mention: Mention, noun: str) -> bool:
    """Whether a value's name holds the kind's noun ("Quillfield Farm" of "farm")."""
    return noun in _words(mention)


def answer_mentions(
    mentions: list[Mention], qtype: QuestionType, question: str, sentence: Sentence
) -> tuple[tuple[Mention, ...], float]:
    """Mentions of `sentence` that could answer (wanted kind, not named by the question), best
    first."""
    if not qtype.wants:
        return (), 0.0
    # "THRUSHCOMBE, June 15 (Roskelly Bugle) - ": when and by whom the article was filed
    filed = sentence.start + dateline_length(sentence.text)
    mentions = [m for m in mentions if m.start >= filed]
    if qtype.money:
        mentions = [m for m in mentions if m.kind != "number" or is_money(m, sentence)]
    if asks_measure(question):
        mentions = [m for m in mentions if m.kind != "number" or is_measure(m, sentence)]
        if dimension := asked_dimension(question):
            mentions = [
                m for m in mentions if m.kind != "number" or _in_dimension(m, sentence, dimension)
            ]
    scored = [(strength(m, qtype), m) for m in mentions]
    if (noun := named_kind(question)) is not None:
        scored = [(s if names_kind(m, noun) else min(s, WEAKER_KIND), m) for s, m in scored]
    if qtype.precision == "length":
        scored = [(_as_long_as_asked(s, m, sentence) if s else s, m) for s, m in scored]
    kept = [(s, m) for s, m in scored if s > 0 and not named_in_question(m, question)]
    kept.sort(key=lambda pair: -pair[0])
    return tuple(m for _, m in kept), max((s for s, _ in kept), default=0.0)
