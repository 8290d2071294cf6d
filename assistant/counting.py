"""How-many questions: a number answers only if it counts the thing asked about.

"How many soldiers took part?" is not answered by "his wife and 5 daughters". The word after a
number in the article (its unit) is compared with the noun after "how many", by the same
embedding model (one extra short encoding, only for how-many questions); a shared word stem
also counts, and so does a number of people whose sentence says what the noun names happened
to them ("How many casualties?" of "Seven people were hurt"). "How old" wants an age
("35-year-old", "aged 35").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from difflib import SequenceMatcher

import numpy as np

from assistant.answer_values import written_as_money
from assistant.selection import TYPE_BONUS, Candidate
from index.analysis.stopwords import STOP_WORDS
from index.analysis.tokens import tokenize
from index.disputes import lexicon
from index.disputes.aspects import HAPPENED
from index.disputes.people import PERSON_NOUNS
from index.disputes.values import names_currency
from index.models import Mention

Embed = Callable[[list[str]], Sequence[np.ndarray]]

# Cosine of all-MiniLM-L6-v2 between a counted noun and a number's unit above which they name
# the same kind of thing: children/daughters 0.62, troops/soldiers 0.89, people/individuals 0.82,
# but soldiers/daughters 0.39, soldiers/officials 0.39, children/officials 0.30.
SAME_THING_ABOVE = 0.5
# Two words this alike (difflib's ratio) are one word mistyped: "daugthers"/"daughters" 0.89.
SAME_SPELLING_ABOVE = 0.85
_UNIT_WORDS = 3
_HOW_MANY = re.compile(r"\bhow\s+many\s+((?:[\w'-]+\s*){1,3})", re.IGNORECASE)
_BEFORE_HOW_MANY = re.compile(r"([\w'-]+)\s+how\s+many\b", re.IGNORECASE)
_HOW_OLD = re.compile(r"\bhow\s+old\b", re.IGNORECASE)
_AGE = re.compile(r"\d+[\s-]years?[\s-]old|\baged\s+\d+|\b\d+,\s*$", re.IGNORECASE)
_UNIT = re.compile(
    r"^\s*(?:of\s+(?:the|these|those|them|his|her|their)\s+)?((?:[A-Za-z'-]+\s*){1,3})"
)


def _content_words(text: str, limit: int) -> str:
    """The first words of `text` up to the first function word (not counting leading ones)."""
    words: list[str] = []
    for word in text.split():
        if word.casefold() in STOP_WORDS:
            if words:
                break
            continue
        words.append(word.strip("?.,!'\""))
        if len(words) == limit:
            break
    return " ".join(w for w in words if w)


def counted_noun(question: str) -> str | None:
    """What a how-many question counts: 'US soldiers', 'children'; None when it does not say."""
    match = _HOW_MANY.search(question)
    noun = _content_words(match.group(1), 2) if match else ""
    if not noun and (before := _BEFORE_HOW_MANY.search(question)):
        noun = before.group(1)  # keyword form: "daughters how many"
    return noun or None


def unit_of(mention: Mention, text: str) -> str:
    """The words after a number in its document: '5 daughters' -> 'daughters'."""
    words = re.sub(r"[\d.,%$~]", " ", mention.text).strip()
    if words and mention.label != "CARDINAL":
        return words
    match = _UNIT.match(text[mention.end : mention.end + 60])
    return _content_words(match.group(1), _UNIT_WORDS) if match else ""


def _is_age(mention: Mention, text: str) -> bool:
    return bool(_AGE.search(text[mention.start : mention.end + 12])) or bool(
        re.match(r"\s*(?:years?\s+old|-year-old)", text[mention.end : mention.end + 12])
    )


def refine(
    ranked: list[Candidate], question: str, text_of: Callable[[str], str], embed: Embed
) -> list[Candidate]:
    """Drop numbers that count something else, and rescore; other questions pass unchanged."""
    if _HOW_OLD.search(question):
        keep = {id(m) for c in ranked for m in c.answers if _is_age(m, text_of(c.doc_id))}
        return _rescored(ranked, keep)
    noun = counted_noun(question)
    if noun is None:
        return ranked
    numbers = [(c, m) for c in ranked for m in c.answers if m.kind == "number"]
    if not numbers:
        return ranked
    units = [unit_of(m, text_of(c.doc_id)) for c, m in numbers]
    stems = set(tokenize(noun))
    distinct = list(dict.fromkeys(u for u in units if u))
    vectors = np.stack(list(embed([noun, *distinct])))
    cosine_of = dict(zip(distinct, (vectors[1:] @ vectors[0]).tolist(), strict=True))
    similar = [cosine_of.get(u, 0.0) for u in units]
    happened = _happened_to(stems)
    keep = {
        id(m)
        for (c, m), unit, cosine in zip(numbers, units, similar, strict=True)
        if unit
        and (
            _same_word(noun, unit, stems)
            or cosine > SAME_THING_ABOVE
            or (happened and _of_people(unit) and happened & set(tokenize(c.sentence.text)))
        )
    }
    if not names_currency(noun):  # "How many homes ...?" is not "$1,500 to every home"
        keep -= {id(m) for c, m in numbers if written_as_money(m, c.sentence)}
    keep |= {id(m) for c in ranked for m in c.answers if m.kind != "number"}
    return _rescored(ranked, keep)


# Words for people as a number counts them ("seven people", "the six others").
_PEOPLE = frozenset(
    t
    for w in ["people", "person", "persons", "individual", "other", "men", "women", "adult",
              *PERSON_NOUNS]
    for t in tokenize(w)
)  # fmt: skip


def _happened_to(stems: set[str]) -> frozenset[str]:
    """The stems of what happened to people (`HAPPENED`: deaths, injuries, arrests ...) that
    the counted noun names: "casualties" are the injured, "fatalities" the dead."""
    classes = [lexicon.member_stems(n) for n in HAPPENED if stems & lexicon.member_stems(n)]
    return frozenset().union(*classes)


def _of_people(unit: str) -> bool:
    """Whether a number's unit counts people ("people", "others", "workers")."""
    return bool(_PEOPLE & set(tokenize(unit)))


def _same_word(noun: str, unit: str, stems: set[str]) -> bool:
    """A shared stem, or a misspelling of one ("daugthers" for "daughters")."""
    words = set(tokenize(unit))
    return bool(stems & words) or any(
        SequenceMatcher(None, a, b).ratio() >= SAME_SPELLING_ABOVE for a in stems for b in words
    )


def _rescored(ranked: list[Candidate], keep: set[int]) -> list[Candidate]:
    result = []
    for candidate in ranked:
        answers = tuple(m for m in candidate.answers if id(m) in keep)
        if len(answers) == len(candidate.answers):
            result.append(candidate)
            continue
        strength = 1.0 if answers else 0.0
        score = candidate.score - TYPE_BONUS * (candidate.strength - strength)
        result.append(replace(candidate, answers=answers, strength=strength, score=score))
    return sorted(result, key=lambda c: (-c.score, c.row))
