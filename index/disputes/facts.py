"""Facts: each value of a sentence attached to what it is about, by spaCy's dependency parse.

"The operation took place on October 28" gives a date about (operation, take, place); "during
the 19/10 raid" a date about (raid); "7 people were killed" a count about (people, kill);
"Smith, the deputy governor" a role of Smith; "he later died" an outcome of the man the sentence
before names. Only sentences holding a value are parsed, once, at index time. What a fact is
about is kept as lemmas; `index.disputes.aspects` decides which facts speak of the same thing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from corpus.attribution import dateline_length
from corpus.chunking import passage_number
from corpus.models import Sentence
from index.analysis import OUTCOME
from index.analysis.dates import WEEKDAYS, calendar_day, date_fields, holiday_date
from index.analysis.entities import AGE_WORD, name_key, name_tokens
from index.analysis.lexicon import TITLES
from index.analysis.mentions import THE_AGE_OF, load_nlp, run_pipes
from index.analysis.outcomes import (
    BACKED_DOWN,
    CAPTURED,
    CUT_SHORT,
    DECISIONS,
    EVENT_OUTCOMES,
    FINISHED,
    NOT_YET_RATIFIED,
    RATIFIED,
    RECORD_MISSED,
    RECORD_SET,
    STOOD_FIRM,
)
from index.analysis.spelling import english_counts
from index.disputes import lexicon, values
from index.disputes.causes import WAY_IN, causes, tells_cause
from index.disputes.holders import HOLDER, held_by_one, post_owner
from index.disputes.identities import IDENTITY, IDENTITY_CUE, NAME_GIVEN, identities
from index.disputes.lexicon import REPORTING, SUBJECTS
from index.disputes.named import (
    BOUGHT,
    DECIDED,
    MAKING,
    RAISED_FOR,
    SOLD,
    bought_from,
    claims_a_deed,
    comes_across,
    common_places,
    decides,
    event_of_agent,
    event_of_place,
    found_noun,
    infinitive_of,
    named_as,
    names_the_deed,
    organised,
    organises,
    participle_as_adjective,
    post_of,
    raised_for,
    sold_to,
)
from index.disputes.people import KIN, PERSON_NOUNS, SAID_OF_A_PERSON, parsed_people, roles
from index.disputes.scores import scores
from index.disputes.spellings import NAME
from index.models import Mention

# Dependencies that lead from a value up to the word it qualifies without being that word.
_CLIMB = frozenset(
    [
        "prep",
        "pobj",
        "nummod",
        "quantmod",
        "compound",
        "appos",
        "npadvmod",
        "advmod",
        "punct",
        "amod",
        "nmod",
        "det",
        "case",
        "pcomp",
        "conj",
        "cc",
    ]
)
_CONTENT = frozenset({"NOUN", "VERB", "PROPN", "ADJ"})
_PRONOUNS = frozenset(["he", "she", "him", "his", "her", "they", "them", "their", "it", "its"])
_ONE_PERSON = frozenset(["he", "she", "him", "his", "her"])
# Which of them a man and a woman are called by: "She was flown to hospital" is not the guide
# the article has called "he".
_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_GENDERED = re.compile(rf"\b(?:{'|'.join(_GENDER)})\b", re.IGNORECASE)
# "The board dismissed its chief executive": "its" is the board's, never a person's.
_THINGS = frozenset(["it", "its"])
# "Teodora Vix, 34,": a number of one to three digits after a name, below this, is an age.
_BARE_AGE = re.compile(r"\d{1,3}")
_NUMBER_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?", re.IGNORECASE)  # "nine", "twenty-one"
_OLDEST = 120
# A count of others than someone told beside them: "beat 39 other finalists" is no count of the
# finalists (40, with the winner).
_OTHERS_AFTER = re.compile(r"\s+other\b", re.IGNORECASE)
# A count of others as the subject of its clause ("Two other dogs were taken ill", "four other
# residents were treated"): a count of its own, never of all who were ("Five people were
# injured" may hold the four).
OTHERS = "other"
# The nouns that name who did something, counted: a count of them after "by" is no margin.
_SOMEONE = PERSON_NOUNS | {"people", "person"}
_VOTES_WORD = re.compile(r"\bvotes?\b", re.IGNORECASE)
# "four of them seriously", "one of three ferries", "two of the victims", "one of tens of
# thousands of holidaymakers": a part of a count.
_PART_OF = re.compile(
    r"\s+of\s+(?:them|whom|those|these|the|its|their|his|her|all|[\d,]+|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|dozens|scores|tens|hundreds|thousands|millions)\b",
    re.IGNORECASE,
)
# "about ten cars back from the front", "two seats behind him": where someone was, not a count.
_OF = re.compile(r"\s+of\b", re.IGNORECASE)
_PLACED_BY = re.compile(r"\s+[a-z]+\s+(?:back|behind|ahead|away)\b", re.IGNORECASE)
_AGED = re.compile(r"^aged\s+", re.IGNORECASE)
_AGED_BEFORE = re.compile(r"\baged\s+$", re.IGNORECASE)
# "has died at the age of 112": the age someone died at is their age as the news is told (at
# the age someone did anything else, "took over the forge at the age of 19", it was not).
_AT_THE_AGE_OF = re.compile(rf"\bat\s+{THE_AGE_OF}\s+$", re.IGNORECASE)
_DYING = frozenset(["die", "succumb"])
_THE_AGE_OF = re.compile(rf"{THE_AGE_OF}\s+\S+$", re.IGNORECASE)
_AT_BEFORE = re.compile(r"\bat\s+$", re.IGNORECASE)
# The noun of an age that stands for the person itself ("A 16-year-old ... made a break").
AGED_PERSON = "person"
# A person noun "of" a number is a person of that age ("a retired midwife of 59", "A SCHOOLGIRL
# of nine", "a gran of 87"); a parent's or a grandparent's counts their children ("a
# grandmother of five") unless the number can only be an age.
_NOUN_OF_BEFORE = re.compile(r"\b([a-z-]+)\s+of\s+$", re.IGNORECASE)
# A court by its name: "Kestwick Crown Court", "Selby Magistrates' Court".
_COURT = re.compile(r"\sCourt$", re.IGNORECASE)
# What a court's place fact is about beside its verb: where its case was heard and sentenced,
# whatever a report says was done there (`aspects` names such places "the court").
COURT_WORDS = ("court", "sentence")
# The youngest or oldest of a group with the age it is at: "Maisie Whiteley, the youngest at
# eight", "The eldest, at just 14".
_SUPERLATIVE_AT = re.compile(
    r"\bthe\s+(?:youngest|oldest|eldest)\s*,?\s+at\s+(?:just\s+|only\s+)?$", re.IGNORECASE
)
_CHILDREN_AT_MOST = 20
_YOUNG = frozenset(["schoolgirl", "schoolboy", "lad", "lass", "toddler", "youngster", "child"])
# A hyphen and a letter right after a value: its last word begins a compound ("day-trippers").
_COMPOUND = re.compile(r"-[a-z]", re.IGNORECASE)
# The scale the NER leaves out of a sum it took for a date: the "m" of "6.5m".
_SCALE_AFTER = re.compile(r"(?:bn|mn|m)\b|\s(?:million|billion)\b")
# Between a name and its age: ", " or " (", and "aged" when the NER leaves it out of the number,
# or a clause saying it ("Mr Pennycuick, who is 71, has been growing"), or a sentence saying
# only that ("Ivy is 101.").
_AGE_AFTER_NAME = re.compile(
    r"(?:, | \()(?:aged\s+|who\s+(?:is|was)\s+)?| (?:is|was) ", re.IGNORECASE
)
# An age, as told approximately too: "about 500 years old", "some 500 years old"; and of the
# young in months or weeks ("an 18-month-old Texel ram", "a six-week-old foal"), which is
# compared in years with another report's "two-year-old" (`_in_years`).
_AGE = re.compile(
    r"^((?:(?:about|some|around|nearly|almost|over|roughly|more\s+than|at\s+least)\s+)?"
    r"(?:\d+|[a-z]+(?:-[a-z]+)?))[\s-](year|month|week)s?[\s-]old$"
    rf"|^(?:aged|at\s+{THE_AGE_OF})\s+(\S+)$",
    re.IGNORECASE,
)
# Of a year, what a month and a week are.
_YEAR_PARTS = {"year": 1, "month": 12, "week": 52}
# Times of day and calendar units say when, not what happened; currencies and measures say in
# what unit ("four million dollars"): neither is ever what a value is about. ("guineas" twice:
# the tagger may take it for a name and keep its plural as its lemma.)
_UNITS = frozenset(
    ["dollar", "euro", "pound", "sterling", "yen", "franc", "rupee", "yuan", "rand", "cent",
     "crown", "krona", "krone", "guinea", "guineas", "m", "mn", "bn", "million", "billion",
     "percent", "kilometre", "kilometer", "km", "mile", "metre", "meter", "tonne", "ton", "lb",
     "oz", "ounce", "ft"]
)  # fmt: skip
_NEVER_ABOUT = _UNITS | frozenset(
    [
        "morning",
        "afternoon",
        "evening",
        "night",
        "day",
        "week",
        "month",
        "year",
        "weekend",
        "today",
        "yesterday",
        "hour",
        "time",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "spring",
        "summer",
        "autumn",
        "winter",
    ]
)
# "400,000 passengers a year" is a rate, not the number on board one crossing; "€900,000 a day"
# is a rate of loss, not a one-off payment.
_RATE = re.compile(
    # "one sheep every 48 seconds", "twice a week"
    r"^\W*(?:\w+\W+){0,2}(?:a|per|each|every)\s+(?:\d[\d,.]*\s+|(?:two|three|few)\s+)?"
    r"(?:year|day|week|month|hour|minute|second)s?\b|"
    r"^\W*(?:\w+\W+){0,2}(?:annually|daily|weekly|monthly)\b",
    re.IGNORECASE,
)
RATE = "per-period"
# "410 pence in cash for each Sollace share", "£2 apiece": a price of one of many, no more a
# whole sum than one per period is ("£120 per person" is a menu's price, as "costs £95" is).
_PER_UNIT = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:for\s+each|per\s+share|a\s+share)\b|^\W*(?:each|apiece)\b",
    re.IGNORECASE,
)
# "About 60,000 people were at the festival", "were inside the park": a count of those present
# (the lexicon's attendance).
THERE = frozenset(["at", "inside"])
PRESENT = "present"
# A date told of something still to come ("will reopen on Monday", `planned`): a plan, never the
# same event as a date the story tells of what has happened.
PLANNED = "planned"
# "beat Bartholomew Keddle by 312 votes", "won by just 12": a margin, not a count of votes cast.
_BY = re.compile(r"\bby\s+(?:just\s+|only\s+|some\s+|about\s+)?$", re.IGNORECASE)
MARGIN = "margin"
# "reported the pothole 27 times", "had been reported 14 times": how often something was done,
# whoever did it or was done to (a count of times, not of the villagers or the pothole).
TIMES = "times"


def _times(span: Any) -> bool:
    """Whether a number counts the times something was done: "27 times" (not "27 people")."""
    return span.root.head.lower_ == "times" and span.root.head.i == span.end


# What a run, a parade or a march finished or was cut short is told of: its route.
ROUTE = "the route"
# Whose stand in a row a backing down is told of: one per story, whoever a report says backed
# down or refused to ("The academy", "the school", its chief executive).
STAND = "the stand"
# What an attempt's record set or missed is told of: one per story, whoever made the attempt
# ("the tower", "Wren", "the team").
RECORD = "the record"
# Whether that record is official yet, told apart from whether it was set: a record "officially
# confirmed" and one that "will not be official until" the paperwork is checked were both set.
RATIFICATION = "the record's ratification"
# What plans put to a council came to: one per story, whatever each report calls them ("plans
# for a skatepark", "its decision on a skatepark").
DECISION = "the decision"
# How long until something happened again: "found ... for the first time in 61 years", "had not
# been seen in the county for 61 years", "had not been recorded for 43 years" tell one gap.
GAP = "gap"
# Marks a length of time between events, which tells how often ("held every five years").
EVERY = "every"
_FIRST_TIME_IN = re.compile(
    r"\bfirst\s+time\s+in\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|over\s+)?$",
    re.IGNORECASE,
)
# Who did something, as the active subject of its verb ("X handed Cllr R a petition"): who did
# what is told by the verb, so "X lifted the trophy" and "Y presented the trophy" are two deeds.
DONE_BY_SUBJECT = "done-by-subject"
# Such a deed done to something not yet known to the reader ("offered the town a grant"): two
# of them may be two things ("Sollace's chief offered a grant", "Ambrecht's chief offered a
# grant"), one told known ("the petition was handed in by X") is what the other did too.
DONE_TO_ONE = "done-to-one"
# A length told as how far it is from a place, each word of the place so marked ("half a mile
# from the home" is about "from:home").
DISTANCE_FROM = "from:"
# Units a count may be followed by that the NER leaves out, each with where it ends and the
# value it makes: "three" of "three-and-a-half-year", "1,200" of "1,200 tonnes".
_UNIT_AFTER = (
    (values.half_end, values.duration_form, "duration"),
    (values.measure_end, values.measure_form, "measure"),
)


@dataclass(frozen=True)
class Fact:
    """One value a sentence gives, what it is about, and where it is written.

    `kind` is date, time (of day), count, amount, age, duration, measure, role, outcome, cause,
    place, agent or score.
    `about` holds lemmas of the words the value is attached to; `subject` is the person key
    for facts about a person (age, role, outcome), "" otherwise. Offsets are into the
    document text.
    `lede` marks a date in the article's first sentence that is before the day it was
    published: the day of the event the report leads with (a date equal to it is the report's
    "now": "the toll stood at seven on Wednesday"); of another kind, a figure told in the first
    sentence that tells anything when a sentence of colour comes before it (a figure of the
    very first sentence is the lede's by where it stands, `aspects._in_lede`).
    """

    kind: str
    value: str
    normalized: str
    start: int
    end: int
    about: tuple[str, ...]
    subject: str
    sentence: str
    noun: str = ""
    lede: bool = False


# The pipes the parse needs: the shared token vectors, tags, dependencies, POS and lemmas.
PARSE_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


def parsed_docs(texts: list[str]) -> Any:
    """The dependency parse of `texts`, by the model the entities come from (loaded once)."""
    return (_lemmas_mended(doc) for doc in run_pipes(texts, PARSE_PIPES))


def _lemmas_mended(doc: Any) -> Any:
    """The doc with two kinds of lemma mended:
    - a verb in "-ed" whose "e" the lemmatizer cut: "fined" is "fine", not "fin" ("the bank was
      fined"), when English uses the word with the "e" far more (symspellpy's frequencies:
      "fine" 200M, "fin" 0.4M);
    - an irregular past form the tagger took for a base form, which the lemmatizer then keeps:
      "Mabel Cotterill swam the first length" (a base form with a subject and no auxiliary
      is no base form), or a participle it took for an adjective ("was swum by"). The
      lemmatizer's own table of irregular verbs gives the lemma."""
    english = english_counts()
    irregular = _irregular_verbs()
    for token in doc:
        lemma = token.lemma_
        with_e = f"{lemma}e"
        cut = token.pos_ == "VERB" and token.lower_ == f"{lemma}ed"
        if cut and english.get(with_e, 0) > _E_RESTORED * english.get(lemma, 0):
            token.lemma_ = with_e
        elif lemma.casefold() == token.lower_ in irregular and _past_misread(token):
            token.lemma_ = irregular[token.lower_]
    return doc


@cache
def _irregular_verbs() -> dict[str, str]:
    """Irregular verb forms and their lemma ("swam" -> "swim"), from spaCy's lemmatizer, the
    forms that are their own lemma left out."""
    table = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]
    return {form: lemmas[0] for form, lemmas in table.items() if lemmas and lemmas[0] != form}


def _past_misread(token: Any) -> bool:
    """Whether a token is a past form the tagger misread: a base form ("VB") with a subject and
    no auxiliary, or an adjective after "was" with a "by" phrase (`participle_as_adjective`)."""
    if token.tag_ == "VB":
        children = [c.dep_ for c in token.children]
        return "nsubj" in children and not {"aux", "auxpass"} & set(children)
    return token.pos_ == "ADJ" and participle_as_adjective(token.head) == token


# How much more common the word with its "e" must be to be the lemma.
_E_RESTORED = 10


def _anchor(span: Any) -> Any | None:
    """The first content word above the value that is not part of it."""
    inside = range(span.start, span.end)
    token = span.root
    for _ in range(8):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.i in inside or token.lemma_.casefold() in _NEVER_ABOUT or token.text == "a.m.":
            continue  # "on the afternoon of October 13": the afternoon is not the event
        if _site_dated(token, span):
            continue  # "stolen from outside a cinema in 1968": the theft's year, not the cinema's
        if token.pos_ in _CONTENT and token.dep_ not in ("prep",):
            return token
        if token.dep_ not in _CLIMB and token.pos_ not in ("ADP", "DET", "PUNCT", "NUM"):
            return token
        if token.pos_ == "AUX" and any(c.dep_ in ("acomp", "attr") for c in token.children):
            return token  # "..., and the pole was upright at 3.15pm": its clause's, not the first
    return None


# What an event's outcome is told of when it is one per story, whoever a report says it befell:
# a run's route, a stand in a row, a record set or missed and whether it is official, a
# decision on plans or a case (other outcomes are told of the event they befell).
_HELD_BY = {
    FINISHED: ROUTE,
    CUT_SHORT: ROUTE,
    BACKED_DOWN: STAND,
    STOOD_FIRM: STAND,
    RECORD_SET: RECORD,
    RECORD_MISSED: RECORD,
    RATIFIED: RATIFICATION,
    NOT_YET_RATIFIED: RATIFICATION,
    **dict.fromkeys(DECISIONS, DECISION),
}
# A record named in a sentence telling it is official or not yet: no other event's ratification.
_RECORD = re.compile(r"\brecords?\b", re.IGNORECASE)


# What a race's time is said of, whatever verb carries it: how long to the finish.
FINISHED_IN = "finish"
# Words that make a time a race's: "The winning time was ...", "a finishing time of ...".
_RACE_TIMES = frozenset(["winning", "finishing", "record"])


def _race_time(anchor: Any) -> bool:
    """Whether a length is a race's time, told by "time" with a word of winning or finishing
    ("The winning time was 2 minutes 51 seconds"), as the subject of its verb or the noun it
    is of."""
    times = [anchor, *(c for c in anchor.children if c.dep_ in SUBJECTS)]
    return any(
        t.lemma_.casefold() == "time" and any(c.lower_ in _RACE_TIMES for c in t.children)
        for t in times
    )


def _superlative(anchor: Any) -> str | None:
    """The dimension a superlative of the value's clause names ("the tallest": height), as
    what a length is of when no dimension word follows the figure."""
    for token in anchor.subtree:
        if token.tag_ == "JJS" and token.lemma_.casefold() in values.DIMENSION_WORDS:
            return values.DIMENSION_WORDS[token.lemma_.casefold()]
    return None


def _site_dated(token: Any, value: Any) -> bool:
    """Whether a year is hung on a site where something happened ("stolen from outside a
    cinema in 1968"): the parse gives the year to the place, which dates no event."""
    site = token.lemma_.casefold() in lexicon.PLACE_NOUNS | lexicon.BUILDINGS
    year = re.fullmatch(r"\d{4}", value.text) is not None
    return site and year and token.dep_ == "pobj" and token.head.pos_ == "ADP"


def _noun_words(noun: Any) -> list[str]:
    """A noun with its compounds, 'death toll' -> [death, toll], and the ordinal that says which
    of several it is: 'Friday's fifth stage' -> [fifth, stage]."""
    parts = [
        c.lemma_.casefold()
        for c in noun.children
        if c.dep_ == "compound" or (c.dep_ == "amod" and c.lower_ in lexicon.ORDINALS)
    ]
    return [*parts, noun.lemma_.casefold(), *_aboard(noun)]


def _aboard(noun: Any) -> list[str]:
    """'board' when the noun says its people were on board: "the 27 pensioners on board",
    "the crew aboard" (the word the class of people on board is known by)."""
    for child in noun.children:
        on_board = child.lower_ == "on" and any(g.lower_ == "board" for g in child.children)
        if child.dep_ in ("prep", "advmod") and (on_board or child.lower_ == "aboard"):
            return ["board"]
    return []


# Verbs that, with "alive", tell a rescue: "pulled alive from", "dug out alive".
_PULLED_OUT = frozenset(["pull", "drag", "dig", "lift", "haul", "winch", "free", "cut"])


# What someone is pulled or dug out of when they are rescued: "was pulled from the rubble by".
_PERILS = frozenset(
    ["rubble", "wreckage", "debris", "ruins", "water", "river", "sea", "mud", "snow", "flames",
     "ice", "sand", "quicksand", "bog", "shaft", "well", "hole", "car", "vehicle"]
)  # fmt: skip


def _rescued(verb: Any, said_as: list[str]) -> list[str]:
    """'rescue' when a verb says its subject was brought out alive: "Three children were
    pulled alive from the reservoir" counts the rescued, as "Four children were rescued" does;
    "was pulled from the rubble by Lee Uttley" and "was dug out by his neighbour" tell who
    rescued him."""
    if verb.lemma_.casefold() not in _PULLED_OUT:
        return []
    out = any(c.dep_ == "prt" and c.lower_ in ("out", "free") for c in verb.children)
    peril = any(o.lemma_.casefold() in _PERILS for o in _objects_of(verb, "from"))
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    return ["rescue"] if "alive" in said_as or (passive and (out or peril)) else []


def _objects_of(verb: Any, preposition: str) -> list[Any]:
    """The objects of a verb's phrases with this preposition ("top" of "came out on top")."""
    return [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == preposition
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _to_clauses(verb: Any) -> list[Any]:
    """The "to" clauses hung on a verb: "to park" of "paid £4.50 a day to park", "to row" of
    "It had taken them 52 days to row"."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp")
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
    ]


def _to_victory(verb: Any) -> bool:
    """Whether a verb tells a win by where it went: "stormed to victory", "cruised to the
    title" (whatever the verb says elsewhere: a storm, a cruise)."""
    won = lexicon.EVENTS["win"]
    return any(o.lemma_.casefold() in won for o in _objects_of(verb, "to"))


def _first_seen(verb: Any) -> bool:
    """Whether "seen" tells a sighting: "The birds were first seen by a postman" is who
    spotted them (not "was last seen on Friday", nor "seen by a doctor")."""
    first = any(c.dep_ == "advmod" and c.lower_ == "first" for c in verb.children)
    return verb.lemma_.casefold() == "see" and first


def _on_display(verb: Any) -> list[str]:
    """The display a verb puts something on: "will go on show at Quillbury Library" is where
    it will be shown, as "will be displayed at Quillbury Museum" is."""
    shown = lexicon.members("display")
    return [o.lemma_.casefold() for o in _objects_of(verb, "on") if o.lemma_.casefold() in shown]


def _on_top(verb: Any) -> bool:
    """Whether a verb ends "on top" ("came out on top", "finished on top"): it won."""
    return any(g.lower_ == "top" for g in _objects_of(verb, "on"))


# What is paid to do something is its price, not a wage: "have paid £4.50 a day to park at the
# hospital" against "costing them £7 a day just to turn up for work".
_PRICE = "cost"


def _paid_to_do(verb: Any) -> bool:
    """Whether a verb of paying says what was paid for by a "to" clause ("paid £4.50 a day to
    park"): the sum is a price. Not "was paid £900 a week" (a wage, with no such clause), nor
    a sum paid to someone ("will pay him $900,000 to leave", a payoff)."""
    if verb.lemma_.casefold() != "pay" or any(c.dep_ == "dative" for c in verb.children):
        return False
    return bool(_to_clauses(verb))


def about_words(anchor: Any) -> tuple[str, ...]:
    """What the anchor word says the value is about: the event, the counted thing, its verb."""
    words: list[str] = []
    if anchor.pos_ in ("VERB", "AUX"):
        claimed = "claim-responsibility" if claims_a_deed(anchor) else None  # a deed, no saying
        died = "die" if _passed_away(anchor) else None  # "passed away in X Hospital"
        done = participle_as_adjective(anchor)  # "was swum by": the swimming, not the being
        verb = (done or anchor).lemma_.casefold()
        price = _PRICE if _paid_to_do(anchor) else None  # "paid £4.50 a day to park"
        won = "win" if _to_victory(anchor) else None  # "stormed to victory": no storm
        seen = "spot" if _first_seen(anchor) else None  # "were first seen by a postman"
        words.append(_instructing(anchor) or claimed or died or price or won or seen or verb)
        words.extend(_had_to(anchor))
        if _on_top(anchor):
            words.append("win")  # "it was Thorncastle who came out on top"
        for child in anchor.children:
            if child.dep_ in SUBJECTS and child.lemma_.casefold() not in _PRONOUNS:
                if child.pos_ in ("NOUN", "PROPN"):
                    words.extend(_noun_words(child))
            elif child.dep_ in ("dobj", "prt") and child.pos_ in ("NOUN", "ADP", "ADV"):
                ordinal = [c.lower_ for c in child.children if c.lower_ in lexicon.ORDINALS]
                words.extend([*ordinal, child.lemma_.casefold()])  # "pulling the first pint"
                words.extend(_left_as(child))
                names = [c for c in child.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
                for name in names:  # "sold their top scorer Tomas Elvander"
                    words.extend(_noun_words(name))
            elif child.dep_ == "dobj" and child.pos_ == "PROPN":  # "signed Tomas Elvander"
                words.extend(_noun_words(child))
        for subject in _controllers(anchor):
            words.extend(_noun_words(subject))  # "the notice is likely to remain in place"
        # what a verb says its subject was: "spent 11 days adrift", "stayed closed for a week"
        said_as = [
            c.lemma_.casefold()
            for c in anchor.children
            if c.dep_ in ("oprd", "acomp") and c.pos_ in ("ADJ", "ADV")
        ]
        words.extend([*said_as, *_rescued(anchor, said_as), *_gone_without(anchor)])
        words.extend(_under_the_hammer(anchor))
        words.extend(_what_took_the_time(anchor))
        if decides(anchor):  # "ordered the race to be stopped": what was decided, and that it was
            words.append(DECIDED)
            for clause in (c for c in anchor.children if c.dep_ in ("ccomp", "xcomp")):
                words.append(clause.lemma_.casefold())
                words.extend(c.lemma_.casefold() for c in clause.children if c.dep_ in _OBJECTS)
        if (noun := _clause_noun(anchor)) is not None:
            words.extend(_noun_words(noun))
        words.extend(_moved_as(anchor))
        words.extend(_on_display(anchor))
    else:
        words.extend(_noun_words(anchor))
        if (event := _event_of_a_moment(anchor)) is not None:
            words.extend(_noun_words(event))  # "at the end of a short inquest on Tuesday"
        # what a participle right after the noun says befell it: "a pod of 62 whales stranded"
        after = anchor.doc[anchor.i + 1] if anchor.i + 1 < len(anchor.doc) else None
        if after is not None and after.dep_ == "acl" and after.head == anchor:
            words.append(after.lemma_.casefold())
        if anchor.dep_ in (*SUBJECTS, "dobj") and anchor.head.pos_ == "VERB":
            words.append(anchor.head.lemma_.casefold())
            words.extend(_had_to(anchor.head))
            words.extend(_left_as(anchor))
            if anchor.dep_ in SUBJECTS and anchor.head.lemma_.casefold() in _UNDERGONE:
                # "Four people needed hospital treatment": what they needed says what they are
                for thing in (c for c in anchor.head.children if c.dep_ == "dobj"):
                    words.extend(_noun_words(thing))
            if anchor.dep_ in SUBJECTS:  # "three volunteers fell seriously ill" (an advmod)
                said_as = [
                    c.lemma_.casefold()
                    for c in anchor.head.children
                    if c.dep_ in ("acomp", "oprd", "advmod") and c.pos_ == "ADJ"
                ]
                words.extend([*said_as, *_rescued(anchor.head, said_as)])
            words.extend(_moved_as(anchor.head))
        elif anchor.dep_ in SUBJECTS and anchor.head.lemma_ == "be":
            # "Six people are dead", "two were missing": what the counted are is told by "be"
            words.extend(c.lemma_.casefold() for c in anchor.head.children if c.dep_ == "acomp")
            if any(c.dep_ == "prep" and c.lower_ in THERE for c in anchor.head.children):
                words.append(PRESENT)  # "48,000 people were inside the park": were there
        elif (
            anchor.dep_ == "pobj"
            and anchor.head.dep_ == "agent"
            and anchor.head.head.dep_ == "acl"
            and anchor.head.head.head.pos_ == "NOUN"
        ):
            # "a petition signed by 14,000 people": the counted did what the participle tells,
            # to the noun it is said of (not "was boarded by about a dozen armed men", who are
            # no one on board)
            done = anchor.head.head
            words.extend([done.lemma_.casefold(), *_noun_words(done.head)])
        elif anchor.dep_ == "pobj" and anchor.head.dep_ == "agent" and _signed(anchor.head.head):
            # "A petition ... was signed by more than 8,000 people"
            done = anchor.head.head
            subjects = [c for c in done.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"]
            words.extend([done.lemma_.casefold(), *(w for c in subjects for w in _noun_words(c))])
        elif anchor.dep_ == "pobj" and anchor.head.dep_ == "prep":
            if not _said_at(anchor):
                words.extend(_owner_words(anchor.head.head))
        elif anchor.lower_ == "worth":
            words.extend(_what_is_worth(anchor))
    return tuple(
        dict.fromkeys(w for w in words if (w.isalpha() or "-" in w) and w not in _NEVER_ABOUT)
    )


# A post someone held before is not the one held now ("Its previous mayor, Gerardo Palmira").
_FORMER = re.compile(r"\b(?:former|previous|ex|late|outgoing|then)\b", re.IGNORECASE)


# Verbs of having to, whose clause says what happened: "had to be treated", "needed rescuing".
_OBLIGED = frozenset(["have", "need"])


def _had_to(verb: Any) -> list[str]:
    """What a verb of having to says befell its subject, when it says what happened to people
    (`lexicon.HAPPENED`): "about 30 bathers had to be treated". ("22 patients had to be
    transferred" tells no such thing: a transfer is a fee to the lexicon.)"""
    if verb.lemma_.casefold() not in _OBLIGED:
        return []
    done = [c.lemma_.casefold() for c in verb.children if c.dep_ == "xcomp"]
    return [d for d in done if lexicon.classes((d,)) & lexicon.HAPPENED]


# Verbs whose object says what befell their subject: "needed hospital treatment", "suffered
# burns", "received treatment", "developed a rare nerve disorder", "caught the stomach bug".
_UNDERGONE = frozenset(
    ["need", "require", "receive", "undergo", "suffer", "sustain", "develop", "contract", "catch"]
)


def _what_took_the_time(verb: Any) -> list[str]:
    """What a "take" says took the time it tells: "It had taken them 52 days to row from La
    Gomera" (the rowing)."""
    if verb.lemma_.casefold() != "take":
        return []
    return [c.lemma_.casefold() for c in _to_clauses(verb)]


def _under_the_hammer(verb: Any) -> list[str]:
    """'hammer' when a verb says its subject went "under the hammer": it was auctioned."""
    return ["hammer" for thing in _objects_of(verb, "under") if thing.lemma_.casefold() == "hammer"]


def _signed(verb: Any) -> bool:
    """Whether a verb is a passive "signed" or "backed", whose agent counts who signed."""
    return verb.pos_ == "VERB" and verb.lemma_.casefold() in ("sign", "back", "support")


# Verbs of going without something: "were left without water", "went without power", "have
# been without heating" (not "released without charge", which is an outcome).
_GOING_WITHOUT = frozenset(["go", "leave", "be", "live", "spend", "cope", "manage"])


def _gone_without(verb: Any) -> list[str]:
    """What a verb says its subject went without: "families were left without water for 30
    hours", "The town went without running water" ("without" and the thing)."""
    if verb.lemma_.casefold() not in _GOING_WITHOUT:
        return []
    things = [t for t in _objects_of(verb, "without") if t.pos_ == "NOUN"]
    return [word for thing in things for word in ("without", thing.lemma_.casefold())]


def _left_as(obj: Any) -> list[str]:
    """What a verb left its object: "left 146 passengers ill", "leaving more than 300
    holidaymakers sick" (the adjective hung on the verb, or on the noun it follows)."""
    if obj.dep_ != "dobj":
        return []
    told = [c for c in obj.head.children if c.dep_ == "oprd" and c.i > obj.i]
    told += [c for c in obj.children if c.dep_ == "amod" and c.i > obj.i]
    return [c.lemma_.casefold() for c in told if c.pos_ == "ADJ"]


# Words that say how likely or when, not what the subject does: its subject is the next verb's.
_RAISING = frozenset(
    ["likely", "unlikely", "expect", "set", "due", "continue", "seem", "appear", "certain",
     "schedule", "bind", "go", "plan", "think", "believe", "estimate", "understand"]
)  # fmt: skip


def _controllers(verb: Any) -> list[Any]:
    """The subject of a verb whose own subject the parse leaves with the verb it depends on:
    "the notice is likely to remain", "the bridge is expected to stay closed"."""
    if verb.dep_ != "xcomp" or any(c.dep_ in SUBJECTS for c in verb.children):
        return []
    if verb.head.lemma_.casefold() not in _RAISING:
        return []  # "the hospice was forced to shut its helpline": what it did, not what it is
    head = verb.head.head if verb.head.dep_ == "acomp" else verb.head
    return [
        c
        for c in head.children
        if c.dep_ in SUBJECTS
        and c.pos_ in ("NOUN", "PROPN")
        and c.lemma_.casefold() not in _PRONOUNS
    ]


def _instructing(verb: Any) -> str | None:
    """ "Told customers to boil their water" is an order, not a saying: "order" for a verb of
    saying with a "to" clause of what to do, so the date is of an event like any other."""
    if verb.lemma_ in ("tell", "ask", "warn", "advise") and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children
    ):
        return "order"
    return None


# Where people are taken that says what befell them: "Six people were admitted to hospital",
# "five were taken to hospital" are the number hospitalised, as "treated in hospital" is.
_CARE = frozenset(["hospital", "infirmary"])
# Verbs that, "in" or "at" hospital, say so too: "treated in hospital", "kept in hospital".
_KEPT_IN_CARE = frozenset(["treat", "keep", "detain"])


def _moved_as(verb: Any) -> list[str]:
    """What a verb moving people says they are: evacuated when it moves them from their homes
    (`_from_homes`: "2,000 people were forced from their homes"), hospitalised when it takes
    them to hospital ("Six people were admitted to hospital") or they are treated there, and
    what with ("five volunteers were admitted to hospital with a rare nerve disorder" were
    taken ill)."""
    if _from_homes(verb):
        return ["evacuate"]
    preps = [c for c in verb.children if c.dep_ == "prep"]
    objects = {p.lower_: [o for o in p.children if o.dep_ == "pobj"] for p in preps}
    cared = [o for p in ("to", "into") for o in objects.get(p, ())]
    if verb.lemma_.casefold() in _KEPT_IN_CARE:  # "Eleven people were treated in hospital"
        cared += [o for p in ("in", "at") for o in objects.get(p, ())]
    treatment = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_ in ("treatment", "care")]
    cared += [c for o in treatment for c in o.children if c.dep_ == "compound"]  # "hospital care"
    if not any(o.lemma_.casefold() in _CARE and not _another(o) for o in cared):
        return []  # "22 patients had to be transferred to other hospitals" were in one
    return ["hospitalise", *(o.lemma_.casefold() for o in objects.get("with", ()))]


def _another(noun: Any) -> bool:
    """Whether a noun is said to be another than one before ("other hospitals", "the others
    were unhurt")."""
    return noun.lower_ == "others" or any(c.lower_ in ("other", "another") for c in noun.children)


def _from_homes(verb: Any) -> bool:
    """Whether a verb tells people leaving their homes ("2,000 people were forced from their
    homes", "6,000 residents have been moved out of the villages"): a count of the displaced,
    as "evacuated" is."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "from" and any(
            obj.dep_ == "pobj" and obj.lemma_ == "home" for obj in prep.children
        ):
            return True
        if verb.lemma_ == "move" and verb.tag_ == "VBN" and prep.lower_ in ("from", "out"):
            return True  # people "moved from" or "moved out of" where they live
    return False


def _measured_from(span: Any) -> Any | None:
    """The place a length is measured from, when "from" follows it ("half a mile from the
    home"), or None."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or after.lower_ != "from":
        return None
    places = (c for c in after.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN"))
    return next(places, None)


def _measured_of(span: Any) -> Any | None:
    """What a length of time or a measure is of, when its unit says so: "nine days of
    walkouts", "six years of war" (not "a day of rest" alone: only a noun of the parse), "20FT
    of freezing water" (the water's depth, whatever fell into it)."""
    for prep in span.root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            nouns = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if nouns and nouns[0].lemma_.casefold() not in _NEVER_ABOUT:
                return nouns[0]
    return None


# Prepositions of where something happened.
_WHERE = frozenset(["in", "at", "on", "inside", "around", "across", "near", "outside"])


def _done_there(span: Any, anchor: Any) -> Any | None:
    """The verb or state a length of time is of, when the parse hangs its "for" on the place
    where that happened ("loose in the grounds for nearly six hours"): a place does not last
    (a "48-hour walkout" or "a deal" it is said of does)."""
    prep, held = anchor.head, span.root.head
    if held.lower_ != "for" or held.head.i != anchor.i or span.root.dep_ != "pobj":
        return None
    if anchor.pos_ != "NOUN" or anchor.dep_ != "pobj" or prep.lower_ not in _WHERE:
        return None
    done = prep.head
    return done if done.pos_ in ("VERB", "AUX", "ADJ") and done.i != prep.i else None


# A deed done "for the first time" ("saw her gritter for the first time on Tuesday"): a moment
# the story tells, though its verb is as light as "see".
FIRST_TIME = "first-time"


def _for_the_first_time(verb: Any) -> bool:
    """Whether a verb is said to be done "for the first time" (`FIRST_TIME`)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(
            t.dep_ == "pobj"
            and t.lemma_ == "time"
            and any(m.dep_ == "amod" and m.lower_ == "first" for m in t.children)
            for t in c.children
        )
        for c in verb.children
    )


def _done_as_subject(verb: Any) -> Any | None:
    """The deed a "be" has for its subject, which a date of the "be" dates: "The last player to
    take all ten wickets ... was Arthur Midgley, in 1974" tells when the wickets were taken."""
    if verb.lemma_ != "be":
        return None
    return next((c for c in verb.children if c.dep_ == "csubj" and c.pos_ == "VERB"), None)


def _done_while(verb: Any) -> str | None:
    """The deed a participle's length of time is part of: "rode the wave ..., staying on his
    board for 70 minutes" tells how long the ride lasted as much as the stay, and "He rode it
    for 70 minutes" is that length too."""
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB":
        return verb.head.lemma_.casefold()
    return None


def _spent_in(span: Any, anchor: Any | None) -> list[str]:
    """Where a length of time was spent, as its noun: "were in the water for ten minutes",
    "after some ten minutes in the freezing water" (an "in" phrase of the value or its verb),
    "had been on strike for five weeks"; and the state it was spent in: "after spending 40
    minutes adrift", "spent six hours trapped" (what "spend" says nothing of), or what a
    participle on the length says it was: "after three days sealed in a cardboard box"."""
    participles = [c for c in span.root.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    heads = [span.root, *participles, *([anchor] if anchor is not None else [])]
    being = anchor is not None and anchor.lemma_ == "be"
    places = [
        noun.lemma_.casefold()
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep"
        and (prep.lower_ in ("in", "inside") or (being and prep.lower_ == "on"))
        for noun in prep.children
        if noun.dep_ == "pobj"
        and noun.pos_ == "NOUN"
        and noun.lemma_.casefold() not in _NEVER_ABOUT
        and not (prep.lower_ == "in" and noun.lower_ == "row")  # "five weeks in a row"
    ]
    places += [p.lemma_.casefold() for p in participles]
    if anchor is None or anchor.lemma_.casefold() != "spend":
        return places
    states = [
        c.lemma_.casefold()
        for c in anchor.children
        if c.dep_ in ("ccomp", "xcomp", "acomp", "oprd") and (c.pos_ == "ADJ" or c.tag_ == "VBN")
    ]
    return [*places, *states]


def _clause_noun(verb: Any) -> Any | None:
    """The noun a relative clause is about: "the blaze, which broke out on ...", "Scarrow Moor,
    which belongs to the Aldwark Trust" (a name's last word: moor). A participle
    right after a noun is that noun's ("by a clear majority in the referendum held on 24/4"
    is the referendum's, though the parse may hang it on the majority); so is one held after a
    comma (`_held_after_a_comma`)."""
    if (held := _held_after_a_comma(verb)) is not None:
        return held
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if verb.tag_ == "VBN" and before is not None and before.pos_ == "NOUN":
        return before
    return verb.head


# Participles that say where or when an event took place: "the national awards, held at a
# hotel in Birmingham".
_HOSTING = frozenset(["hold", "stage", "host"])


def _held_after_a_comma(verb: Any) -> Any | None:
    """The event a participle after a comma says was held, which the parse may hang on the
    sentence's verb: "was crowned ... at the Guild's national awards, held at a hotel in
    Birmingham" tells where the awards were held."""
    if verb.tag_ != "VBN" or verb.lemma_.casefold() not in _HOSTING or verb.i < 2:
        return None
    comma, noun = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    return noun if comma.text == "," and noun.pos_ == "NOUN" else None


def _what_is_worth(worth: Any) -> list[str]:
    """What a sum is the worth of: "The budget, worth 386 million francs", "The satellite was
    worth £84 million" are the budget's and the satellite's."""
    if worth.dep_ == "amod" and worth.head.pos_ == "NOUN":
        return _noun_words(worth.head)
    if worth.dep_ == "acomp" and worth.head.lemma_ == "be":
        subjects = [c for c in worth.head.children if c.dep_ in SUBJECTS and c.pos_ == "NOUN"]
        return _noun_words(subjects[0]) if subjects else []
    return []


def _what_the_sum_is(anchor: Any, start: int, end: int) -> list[str]:
    """What a sum of money is given as, when the lexicon knows it: "promised 2.4 million dollars
    in compensation", "would pay $4.2m in compensation" (on the verb or on its object, as the
    parse hangs it); not "seized in the raid", which says where, not what the sum is. And what
    a cost or a price is of: "the cost of parking" (not "a budget of 412 million francs",
    whose "of" is the sum itself, between `start` and `end`)."""
    holders = [anchor, *(c for c in anchor.children if c.dep_ == "dobj")]
    given_as = [
        obj.lemma_.casefold()
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "as")
        for obj in prep.children
        if obj.dep_ == "pobj" and lexicon.attribute_name((obj.lemma_.casefold(),)) is not None
    ]
    # "raise the cost of parking from 2 francs to 3 francs": the cost is parking's
    of = [
        obj
        for holder in holders
        if holder.pos_ == "NOUN" and lexicon.attribute_name((holder.lemma_.casefold(),))
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and not start <= obj.idx < end
    ]
    return given_as + [word for obj in of for word in _noun_words(obj)]


def _said_at(occasion: Any) -> bool:
    """Whether a noun is the occasion a saying was made at: "At the inquest in Quillbury on
    Monday 15 January, the coroner said ..." dates the inquest, not what she said."""
    preposition = occasion.head
    return preposition.lower_ == "at" and preposition.head.lemma_.casefold() in REPORTING


def _owner_words(owner: Any) -> list[str]:
    """What a prepositional phrase holding the value hangs on: "packets ... with a street value
    of £1.3 million" is the value of what was seized, as "medicines worth £3.1 million" is."""
    if owner.pos_ == "VERB":
        return [owner.lemma_.casefold()]
    if owner.pos_ == "ADJ" and owner.dep_ == "appos":
        owner = owner.head  # "60 aftershocks ..., the strongest of magnitude 4.1"
    if owner.pos_ not in ("NOUN", "PROPN"):
        return []
    words = _noun_words(owner)
    if owner.dep_ in (*SUBJECTS, "dobj") and owner.head.pos_ == "VERB":
        words.append(owner.head.lemma_.casefold())
    return words


# Who or what an order is given to: the race "to be stopped", the trial "to stop".
_OBJECTS = frozenset(["nsubj", "nsubjpass", "dobj"])


def _shared_subject(verb: Any) -> Any | None:
    """The noun subject a verb shares with the verb it is joined to, when it has none of its
    own: "The tornado struck on Thursday and stayed on the ground for nearly 40 minutes"."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    subjects = [c for c in verb.head.children if c.dep_ in SUBJECTS and c.pos_ == "NOUN"]
    return subjects[0] if subjects else None


def _indefinite(noun: Any) -> bool:
    """Whether a noun is introduced, not known: "a grant", "worst-hit streets" (no article,
    possessive or name before it), not "the petition", "his daughter", "Lorimer's factory"."""
    known = ("the", "this", "that", "these", "those")
    return not any(
        (c.dep_ == "det" and c.lower_ in known) or c.dep_ == "poss" or c.pos_ == "PROPN"
        for c in noun.children
    )


def _party(verb: Any, start: int, end: int, verb_of: Callable[[Any], Any | None]) -> bool:
    """Whether the name at characters start..end is the party `verb_of` finds the verb of:
    who a verb of buying bought from (`bought_from`), or who a verb of selling sold to
    (`sold_to`). The name is looked for in the whole sentence: the parse may hang it beside
    the verb's phrase ("put a bucket out for donations of £5 for Larkrise Children's Hospice")."""
    names = [t for t in verb.doc if t.idx < end and start < t.idx + len(t)]
    return any(verb_of(t) == verb for t in names)


# What a verb of running or organising tells of its agent, in the lexicon's word.
RUN_BY = "organise"


def _doer(verb: Any, start: int, end: int) -> Any | None:
    """The subject of a verb that the name at characters start..end is, or is in apposition
    to ("the leader of the campaign, Jemima Stallard, handed ..."), if it is."""
    for subject in (c for c in verb.children if c.dep_ in SUBJECTS):
        names = [subject, *(c for c in subject.children if c.dep_ == "appos")]
        if any(n.idx < end and start < n.idx + len(n) for n in names):
            return subject
    return None


def _owned_thing(verb: Any) -> str:
    """What an active "own" says is owned ("which owns the lake"), as its noun; "" otherwise."""
    if verb.lemma_.casefold() != "own":
        return ""
    owned = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    return owned[0].lemma_.casefold() if owned else ""


# Nouns that name a moment of an event rather than the event: "at the end of a short inquest
# ... on Tuesday" dates the inquest, as "the start of the race" dates the race.
_MOMENTS_OF = frozenset(["end", "start", "beginning", "close", "conclusion", "middle", "opening"])


def _event_of_a_moment(noun: Any) -> Any | None:
    """The event a moment belongs to: 'inquest' of "the end of a short inquest"."""
    if noun.lemma_.casefold() not in _MOMENTS_OF:
        return None
    events = [g for g in _objects_of(noun, "of") if g.pos_ == "NOUN"]
    return events[0] if events else None


def head_noun(anchor: Any) -> str:
    """The thing a value is about as a noun: 'raid' for "the 19/10 raid", 'operation' for "the
    operation took place on ...", 'blaze' for "the blaze, which broke out on ..."."""
    if anchor.pos_ in ("NOUN", "PROPN"):
        anchor = _event_of_a_moment(anchor) or anchor
        noun = anchor.lemma_.casefold()
        if anchor.i > 1 and anchor.doc[anchor.i - 2 : anchor.i].text.casefold() == "great-":
            return f"great-{noun}"  # "nine great-grandchildren" are no grandchildren
        return "" if noun in _NEVER_ABOUT else noun
    for child in anchor.children:
        if child.dep_ in SUBJECTS and child.pos_ == "NOUN":
            return child.lemma_.casefold()
    for subject in _controllers(anchor):
        if subject.pos_ == "NOUN":  # "The tree ... was thought to be about 500 years old"
            return str(subject.lemma_.casefold())
    if (noun := _clause_noun(anchor)) is not None:
        return str(noun.lemma_.casefold())
    for child in anchor.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN":
            noun = child.lemma_.casefold()
            return "" if noun in _NEVER_ABOUT else noun  # "promised 2.4 million dollars"
    return ""


# When in a day, around its weekday: "Tuesday afternoon", "late on Sunday", "in the early
# hours of Saturday", "early on the morning of last Tuesday" all name that day.
_PART_OF_DAY = re.compile(
    r"^(?:(?:(?:in\s+)?the\s+(?:early|small|late)\s+hours\s+of|(?:late|early)(?:\s+on)?|on|last"
    r"|the\s+(?:morning|afternoon|evening|night)\s+of)\s+)+"
    r"|\s+(?:morning|afternoon|evening|night)$"
)


def weekday_date(text: str, published: dt.date | None, planned: bool = False) -> str | None:
    """'Tuesday' in an article published on a Thursday is that week's Tuesday (ISO date); so
    is 'Tuesday afternoon' (the time of day says when in the day, not which day). Told of
    something `planned` ("will fly a drone on Tuesday"), it is the next Tuesday."""
    word = _weekday(text)
    if published is None or word is None:
        return None
    if planned:
        ahead = (WEEKDAYS.index(word) - published.weekday() - 1) % 7 + 1
        return (published + dt.timedelta(days=ahead)).isoformat()
    back = (published.weekday() - WEEKDAYS.index(word)) % 7
    return (published - dt.timedelta(days=back)).isoformat()


def _weekday(text: str) -> str | None:
    """The weekday a date mention names, whatever part of the day it adds ("Friday night")."""
    word = _PART_OF_DAY.sub("", text.strip().casefold()).removeprefix("the ")
    return word if word in WEEKDAYS else None


# "the" before a weekday: "On the Friday night", "On the Saturday", told looking back.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# A weekday that comes round: "played every Sunday until 2040" dates no one day.
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)


_DAY_OF_MONTH = re.compile(r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$")


def day_of_month_date(text: str, published: dt.date | None, planned: bool = False) -> str | None:
    """'the 14th' in an article published on June 20 is June 14 (ISO date); in one published on
    June 10, May 14: the latest such day on or before publication, as a reader takes it. Told
    of something `planned` ("exams due to begin on the 14th"), the first such day after it."""
    match = _DAY_OF_MONTH.match(_PART_OF_DAY.sub("", text.strip().casefold()))
    if published is None or match is None:
        return None
    year, month, day = published.year, published.month, int(match.group(1))
    if planned and day <= published.day:
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    elif not planned and day > published.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:  # "the 31st" of a month with 30 days
        return None


# Words above a verb that make what it tells a plan: "due to visit", "set to open", "expected to".
_PLANNING = frozenset(["due", "set", "expect", "schedule", "plan", "intend", "go"])


def planned(anchor: Any) -> bool:
    """Whether the event a value is attached to is still to come when the article was written:
    "will fly a drone on Tuesday", "who was due to visit the island on Thursday"."""
    if anchor is None:
        return False
    if any(c.dep_ == "aux" and c.lemma_.casefold() in ("will", "shall") for c in anchor.children):
        return True
    if anchor.lemma_ == "have" and any(c.dep_ == "xcomp" for c in anchor.children):
        return True  # a deadline: "Ambrecht has until June 9 to make a firm offer"
    return anchor.dep_ == "xcomp" and anchor.head.lemma_.casefold() in _PLANNING


def _value_fact(
    mention: Mention, published: dt.date | None, plan: bool = False, before: str = ""
) -> tuple[str, str] | None:
    """(kind, normal form) of a date or number mention; None when it cannot be compared.
    `plan`: the value is told of something still to come (`planned`); `before`: the sentence's
    text before it. A weekday after "the" ("On the Friday night, the first night of the
    festival", in a weekly published a fortnight later) is told without its week: its normal
    form is the weekday alone."""
    text = mention.text
    if age := _AGE.match(text.strip()):
        count = values.count_form(age.group(1) or age.group(3))
        return ("age", _in_years(count, age.group(2) or "year")) if count else None
    if mention.kind == "date" and mention.label == "TIME" and (time := values.time_form(text)):
        return "time", time  # "The quake hit at 4:12 a.m." ("for 36 hours" is a duration)
    if mention.kind == "date":
        # A year alone dates something else more often than the event told ("since 2011").
        if re.fullmatch(r"-?-?\d{2}-\d{2}|\d{4}-\d{2}(?:-\d{2})?", mention.normalized):
            return "date", mention.normalized
        if _EVERY_BEFORE.search(before) and _weekday(text):
            return None
        told_back = _THE_BEFORE.search(before) or text.casefold().startswith("the ")
        if told_back and not plan and (weekday := _weekday(text)):
            return "date", weekday
        if weekday := weekday_date(text, published, plan):
            return "date", weekday
        if holiday := holiday_date(text, published, plan):
            return "date", holiday  # "on Christmas Eve", "on Easter Monday"
        if day := day_of_month_date(text, published, plan):
            return "date", day
        if duration := values.duration_form(text) or values.ago_form(text):
            return "duration", duration
        return None
    if mention.kind == "number":
        # The model labels "12 per cent" MONEY and "18%" PERCENT: the words decide.
        if share := values.percent_form(text):
            return "amount", share
        if mention.label == "PERCENT":
            return None
        if amount := values.amount_form(text):
            return "amount", amount
        if duration := values.duration_form(text):
            return "duration", duration
        if measure := values.measure_form(text):
            return "measure", measure
        count = values.count_form(text)
        return ("count", count) if count else None
    return None


# "The death toll rose to eight on Tuesday": a figure that grew, so any lower one another report
# gave was true when told; it contradicts only a higher one.
_RISEN_TO = re.compile(
    r"\b(?:rose|risen|rising|climbed|increased|jumped|grown|grew|gone\s+up)\s+to\s+$", re.I
)


def _year_of_a_thing(mention: Mention, span: Any) -> tuple[str, str] | None:
    """A year alone as a date when it dates what a clause tells of a thing: "the Coralline, a
    brig that sank off Skelmouth in 1847" (against "the brig that went down ... in 1851"),
    "the bridge, which opened in 1932". Elsewhere a year alone dates another event more often
    than the story's ("since 2011", "the worst flood since 1998"), and is no fact."""
    part = _PART_OF_A_YEAR.fullmatch(mention.text)  # "the spring of 1986"
    year = part[1] if part else mention.normalized
    if mention.kind != "date" or not re.fullmatch(r"\d{4}", year):
        return None
    anchor = _anchor(span)
    if anchor is not None and _began(anchor, span):
        return ("date", year)  # "The factory was opened in 1921"
    if _went_missing(span) is not None and _IN_OR_SINCE.search(span.doc.text[: span.start_char]):
        return ("date", year)  # "went missing from a garden in 1991", "missing since 1984"
    if last_done(span):
        return ("date", year)  # "was last re-chalked in 1998"
    if held_since(span):
        return ("date", year)  # "The route has run since 1958"
    if _thing_of_a_year(span) is not None:
        return ("date", year)  # "the Fosbridge Carnival of 1962"
    if anchor is None or anchor.dep_ not in ("relcl", "acl"):
        return None
    return ("date", year) if anchor.head.pos_ in ("NOUN", "PROPN") else None


def _thing_of_a_year(span: Any) -> Any | None:
    """The thing a year is written after with "of", which the year dates whatever the clause
    around them tells: "A film of the Fosbridge Carnival of 1962 was shown", "the Great Flood of
    1953". Not a part of a year ("the spring of 1986")."""
    of = span.root.head
    if span.root.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return None if _PART_OF_A_YEAR.search(f"{of.head.text} of {span.text}") else of.head


# Verbs by which a thing came to be or was put in place: its year is its own, wherever the
# clause stands ("The factory was opened in 1921", "opened the restaurant in 2021", "The clock
# was built in 1871", "The time capsule had been buried in the spring of 1986").
BEGINNINGS = frozenset(
    ["open", "found", "build", "establish", "launch", "create", "start", "bury", "plant"]
)


def set_up(words: tuple[str, ...]) -> bool:
    """Whether a fact's words begin with "set up", a beginning as "founded" is ("The café was
    set up in 2038")."""
    return words[:1] == ("set",) and "up" in words


# What may stand between "in" and a year, in the mention or before it: "in the spring of
# 1986", "in early 1986".
_PARTS_OF_A_YEAR = r"(?:the\s+)?(?:early|late|spring|summer|autumn|winter|fall)\s+(?:of\s+)?"
_IN_PART_OF_A_YEAR = re.compile(
    rf"\b(?:in|in\s+about|around|circa)\s+(?:{_PARTS_OF_A_YEAR})?$", re.IGNORECASE
)  # "around 1530"
_PART_OF_A_YEAR = re.compile(rf"{_PARTS_OF_A_YEAR}(\d{{4}})", re.IGNORECASE)


# When something was last done, as news tells it: "The giant was last re-chalked in 1998", "the
# first time the figure has been re-chalked since 1987", "The last time anyone did was in 1998",
# "It was the village's first giant pie since 1987", "The last was baked in 1994".
LAST_DONE = "last-done"
# "the first time the figure has been re-chalked since", "the first sound of Wistlebury's bells
# since": what is done again was last done then.
_FIRST_TIME_SINCE = re.compile(
    r"\b(?:the|its|their|his|her|[\w-]+['\u2019]s)\s+first\s+(?:[\w'\u2019-]+\s+){0,7}?since\s+$",
    re.IGNORECASE,
)
# "was last re-chalked in", "had last won the cup in", "last flooded in" (the parse may call
# "last" an adjective of "was").
_LAST_IN = re.compile(
    r"(?:\b(?:was|were|is|are|had|has|have|been)\s+last\s+(?:[\w'-]+\s+){1,5}|\blast\s+\w+ed\s+"
    # "The last was baked in 1994", "The last one was held in"
    r"|\bthe\s+last\s+(?:one\s+)?(?:was|were)\s+(?:[\w'-]+\s+){1,3})in\s+$",
    re.IGNORECASE,
)


def last_done(span: Any) -> bool:
    """Whether a year is when something was last done (`LAST_DONE`): one date of the story's
    past that reports may give differently, whatever words each uses for it."""
    before = span.doc.text[: span.start_char]
    if _FIRST_TIME_SINCE.search(before) or _LAST_IN.search(before):
        return True
    anchor = _anchor(span)
    if anchor is None or not before.endswith(("in ", "In ")):
        return False
    # "The last time anyone did was in 1998"; "The last player to take all ten wickets ... was
    # Arthur Midgley, in 1974", whose "to take" the parse may make the subject, with its own
    told = [
        c
        for c in anchor.children
        if c.dep_ in SUBJECTS
        and (c.lemma_ == "time" or any(a.dep_ in ("acl", "relcl") for a in c.children))
    ]
    told += [
        s for c in anchor.children if c.dep_ == "csubj" for s in c.children if s.dep_ in SUBJECTS
    ]
    return any(any(m.dep_ == "amod" and m.lower_ == "last" for m in c.children) for c in told)


# The year a state that still holds began: "The route has run since 1958", "where she had lived
# since 1958", "has owned the pier since 2009". Reports may give it differently, whatever verb
# each tells the state by.
SINCE = "since"
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_TIMES = frozenset(["once", "twice", "times"])


def held_since(span: Any) -> bool:
    """Whether a year is when a state that still holds began (`SINCE`): "since" it, of a verb in
    the perfect. Not "has not won since 2011", which dates the last win, nor "the worst flood
    since 1998", which ranks floods."""
    if not _SINCE_BEFORE.search(span.doc.text[: span.start_char]):
        return False
    verb = _anchor(span)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    children = list(verb.children)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)
    if not perfect or any(c.dep_ == "neg" for c in children):
        return False
    # "11 biscuit factories have closed since 2020", "has risen twice since 2023": a count over
    # a time, no state that began then
    counted = any(
        c.dep_ in SUBJECTS and any(n.dep_ == "nummod" for n in c.children) for c in children
    )
    return not counted and not any(c.lower_ in _TIMES for c in verb.subtree)


# "started by" before a cause: a name after it tells who began something ("started by a
# discarded cigarette" is a cause).
_STARTED_BY = re.compile(r"\bstarted\s+by\s+$", re.IGNORECASE)


# Verbs by which a thing went missing; "went missing", "had been missing" tell it too.
_VANISHING = frozenset(["vanish", "disappear"])
MISSING = "missing"
_IN_OR_SINCE = re.compile(rf"\b(?:in|since)\s+(?:{_PARTS_OF_A_YEAR})?$", re.IGNORECASE)


def _went_missing(span: Any) -> Any | None:
    """The word by which what a year dates went missing ("A tortoise that went missing from a
    garden in Gildersby in 1991", "Mortimer vanished ... in the summer of 1991", "it had been
    missing since 1984"): a year of a thing's own past, as its building is. None otherwise."""
    token = _anchor(span)
    while token is not None and token.dep_ == "pobj" and token.head.dep_ == "prep":
        token = token.head.head  # "from a garden in Gildersby": what went missing from it
    if token is None:
        return None
    missing = token.lower_ == MISSING or any(
        c.dep_ == "acomp" and c.lower_ == MISSING for c in token.children
    )
    return token if missing or token.lemma_.casefold() in _VANISHING else None


# Verbs of making a thing, whose year is the thing's own as its building is; not "make", which
# tells a deed as often ("The previous holder ... made his break in 2008"), unless the thing is
# what was made (`_began`).
_MADE_IN = MAKING - {"make"}


# Verbs of beginning whose subject may be what began, with no object: "The shop opened in 1987".
_OPENING = frozenset(["open", "start", "launch"])


def _began(verb: Any, span: Any) -> bool:
    """Whether a year says when a thing began: "in" that year, of a verb of beginning or making
    with the thing as its object or passive subject ("it was probably painted in about 1480"), or
    as the subject of one that takes no object ("The shop opened in 1987"); not "since 1998", nor
    "started work in 1990")."""
    # "The violin was made in 1734", "a violin made in 1734": a thing made, no deed
    made = verb.lemma_.casefold() == "make" and (
        verb.dep_ == "acl" or any(c.dep_ == "nsubjpass" for c in verb.children)
    )
    beginning = verb.lemma_.casefold() in BEGINNINGS | _MADE_IN
    beginning = beginning or set_up(
        (verb.lemma_.casefold(), *(c.lower_ for c in verb.children if c.dep_ == "prt"))
    )
    if not (beginning or made) or verb.pos_ != "VERB":
        return False
    if not _IN_PART_OF_A_YEAR.search(span.doc.text[: span.start_char]):
        return False
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not things and verb.lemma_.casefold() in _OPENING:
        things = [c for c in verb.children if c.dep_ == "nsubj"]  # "The shop opened in 1987"
    if verb.dep_ == "acl":
        things.append(verb.head)  # "the painting, done in 1480"
    elif verb.dep_ == "advcl" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        # "It was St George, painted ... in about 1480": the main clause's subject was painted
        things += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        (t.pos_ in ("NOUN", "PROPN") or t.lower_ == "it") and t.lemma_.casefold() != "work"
        for t in things
    )


def _in_years(count: str, unit: str) -> str:
    """An age told in `unit` (year, month or week) as a count of years, to two places: "18"
    months is "1.5"; a bound or "about" stays on it."""
    parts = _YEAR_PARTS[unit.casefold()]
    if parts == 1:
        return count
    bound = count.rstrip("0123456789.")
    return f"{bound}{round(float(count[len(bound) :]) / parts, 2):g}"


def _apposed_age(text: str, value: Mention, people: list[Mention]) -> tuple[str, str] | None:
    """Whose age a number set off by commas after a name is, and the age ("said Teodora Vix,
    34, a nurse", "Corin Maddox, aged 36, of no fixed address", "Ruby Hainsworth, nine, a
    pupil"): news's commonest way of giving an age, which the NER reads as a date or a count."""
    number = _AGED.sub("", value.text)
    if not _BARE_AGE.fullmatch(number):
        number = (values.count_form(number) or "") if _NUMBER_WORD.fullmatch(number) else ""
    if not number.isdigit() or not 0 < int(number) < _OLDEST:
        return None
    closed = text[value.end : value.end + 1] in (",", ")", ";", ".", "")
    # "Mr Gleadall, who is 71 and drove buses": a clause saying the age goes on after it
    clause_goes_on = text.startswith(" and ", value.end)
    if not (closed or clause_goes_on):
        return None
    for person in people:
        between = _AGE_AFTER_NAME.fullmatch(text[person.end : value.start])
        if between and (closed or "who" in between[0].casefold()):
            return person.normalized, number
    return None


# Words before a bare number that make it an age at death: "When she died in June, at 97,".
_DIED_AT = re.compile(r"\b(?:died|passed\s+away)\b[^.;]{0,30}?,?\s+at\s+$")


def _age_at_death(span: Any, text_before: str, people: list[Mention], before: Before) -> str | None:
    """Whose age a bare number after "died ... at" is: the subject of the dying ("When she
    died in June, at 97"), which the parse may hang on another verb."""
    if not _DIED_AT.search(text_before) or not _BARE_AGE.fullmatch(span.text):
        return None
    if not 0 < int(span.text) < _OLDEST:
        return None
    died = [t for t in span.doc[: span.start] if t.lemma_ in ("die", "pass")]
    subjects = [c for c in died[-1].children if c.dep_ in SUBJECTS] if died else []
    return _named(subjects[0], people, before) if subjects else None


def _age_said(span: Any, people: list[Mention], before: Before, names: list[Mention]) -> str | None:
    """Whose age a bare number is in a sentence saying only that: "Maisie is 10.", "She was
    71." (a feature's way of giving an age). The subject is a person named, a pronoun for one,
    a first name the model did not tag, of someone named earlier in the article, or a name it
    took for an organisation's (`names`: the sentence's, offsets into it)."""
    number, verb = span.root, span.root.head
    if number.dep_ != "attr" or verb.lemma_ != "be":
        return None
    age = span.text if _BARE_AGE.fullmatch(span.text) else values.count_form(span.text)
    if not (age or "").isdigit() or not 0 < int(age or 0) < _OLDEST or _goes_on(verb, number):
        return None  # "Maisie was 10 when she ...": the clause goes on; not an age alone
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ == "who" and verb.dep_ == "relcl":
        subject = verb.head  # "Cyril, who is 97, and Ivy, who is 95, met at a dance"
    if subject is None:
        return None
    named = [c for c in subject.children if c.dep_ == "appos" and _a_name(c, names)]
    if named:
        subject = named[0]  # "his wife, Ivy, is ninety-five": Ivy's age, not his
    if (who := _named(subject, people, before)) is not None:
        return who
    if subject.n_lefts and not named:
        return None  # "The boy is 10.": no first name
    known = [n for n in (before.lead, *before.people) if n]
    found = next((n for n in known if n.split()[0] == subject.lower_), None)
    if found is None and _a_name(subject, names):
        # "Cyril is 97": a first name the model took for an organisation's
        return name_key(subject.text)
    return found


def _a_name(token: Any, names: list[Mention]) -> bool:
    """Whether a word the NER gave no person may still be one's name: written with a capital,
    and a proper noun to the parse or a name of the NER's (`names`)."""
    if not token.text[:1].isupper():
        return False
    return token.pos_ == "PROPN" or any(m.start <= token.idx < m.end for m in names)


# The kinds of mention that may be a person's name the NER mistook: "Cyril" as an organisation.
_NAMED_KINDS = frozenset(["person", "organization"])


def _goes_on(verb: Any, number: Any) -> bool:
    """Whether a clause saying what someone "is" goes on after the number ("Maisie was 10
    when she ..."); another clause joined to it does not ("Cyril is 97 and his wife, Ivy, is
    ninety-five")."""
    joined: set[int] = set()
    for child in [*verb.children, *number.children]:
        if child.i > number.i and child.dep_ in ("cc", "conj", "punct"):
            joined.update(t.i for t in child.subtree)
    return any(t.i > number.i and t.i not in joined for t in verb.subtree)


@dataclass(frozen=True)
class Before:
    """Who the sentences before one named: the people of the last sentence that named any
    (first named first), and the article's lead person (the first its first sentence names)."""

    people: list[str]
    lead: str | None
    # Whether each person is "he" or "she", as the article first calls them (`_note_gender`).
    genders: dict[str, str] = field(default_factory=dict)


# Verbs that give a noun its name: "a boy called Toby", "a man named Oswin Tregarth".
_CALLING = frozenset(["call", "name"])


def _named(token: Any, people: list[Mention], before: Before) -> str | None:
    """The person a token stands for; None when it names nobody ("a high-ranking member").

    A name it is part of; for "life", "body" or "death" their possessor ("al-Masoud's life");
    for "the man killed was X" the X; for a pronoun the last person named before it in the
    sentence, else the one person the sentence before named; for "the 27-year-old" the person
    the article is about, whom its first sentence names (news calls its subject by age, and
    the judge quoted just before is not "the 27-year-old").
    """
    named = [p for p in people if p.start <= token.idx < p.end]
    if named:
        return named[0].normalized
    if token.lower_ in ("who", "whom") and token.head.dep_ == "relcl":
        return _named(token.head.head, people, before)  # "Rehema Wambari, who resigned"
    if token.dep_ == "appos":  # "Ettore Pellacani, 55, the firefighter who died"
        head = [p for p in people if p.start <= token.head.idx < p.end]
        # "Her son Harwin, a 44-year-old joiner": the name set beside the same noun
        head += [
            p
            for sibling in token.head.children
            if sibling.dep_ == "appos" and sibling.i != token.i
            for p in people
            if p.start <= sibling.idx < p.end
        ]
        if head:
            return head[0].normalized
    # "The owner of the warehouse, Dario Feltham, was charged"; "the hospital's chief executive,
    # Henrike Sollmann, resigned" is Sollmann, not the hospital her title is possessed by.
    for child in token.children:
        if child.dep_ == "appos" and (who := _named(child, people, before)) is not None:
            return who
    for child in token.children:
        if child.dep_ == "poss":
            return _named(child, people, before)
    for called in (c for c in token.children if c.dep_ == "acl" and c.lemma_ in _CALLING):
        # "an 11-year-old boy called Toby Catchpole"
        names = [c for c in called.children if c.dep_ in ("oprd", "dobj", "attr")]
        if names and (who := _named(names[0], people, before)) is not None:
            return who
    if token.dep_ in SUBJECTS and token.head.lemma_ == "be":
        attrs = [c for c in token.head.children if c.dep_ == "attr"]
        if attrs:
            return _named(attrs[0], people, before)
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return None  # "a 27-year-old woman" is someone new, not the person named before
    if _unnamed_role(token):
        return f"the {token.lemma_.casefold()}"
    previous = before.people
    if _years_old(token) or any(c.dep_ == "amod" and _years_old(c) for c in token.children):
        # "The 27-year-old said", "The 17-year-old amateur saw off ...": whom the article is
        # about, its lead person
        return before.lead or (previous[0] if previous else None)
    if token.lemma_.casefold() in PERSON_NOUNS:
        if token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in token.children):
            return None  # "The two dead workers were named as ..." are not the one named before
        return previous[0] if len(previous) == 1 else None
    if token.lemma_.casefold() in _PRONOUNS and token.lower_ not in _THINGS:
        if _said_of_a_group(token):
            return None  # "The couple, whose children are Isla, ..., said they would appeal"
        earlier = [p for p in people if p.end <= token.idx]
        if earlier:
            return earlier[-1].normalized
        if (antecedent := _antecedent_in_sentence(token)) is not None:
            return _named(antecedent, people, before)  # "A 74-year-old man ..., where he is"
        if len(previous) == 1 or (previous and token.lower_ in _ONE_PERSON):
            known = before.genders.get(previous[0], _GENDER.get(token.lower_))
            if known != _GENDER.get(token.lower_, known):
                return None  # "She was flown to hospital" after "He had been leading"
            return previous[0]  # "he" is who the sentence before named first, its subject
    return None


def _note_gender(text: str, named: list[Mention], before: Before) -> None:
    """Note whether a person is "he" or "she" from a sentence's first such word: of the one
    person named before it in the sentence, or, in a sentence naming nobody, of the one the
    sentence before named. The first word an article uses for someone decides."""
    word = _GENDERED.search(text)
    if word is None:
        return
    earlier = list(dict.fromkeys(p.normalized for p in named if p.end <= word.start()))
    who = earlier if named else before.people
    if len(who) == 1:
        before.genders.setdefault(who[0], _GENDER[word.group(0).casefold()])


# The parts people play in an event that news often never names them in ("the driver", "the
# gunman"). Other person nouns ("the winger", "the lawyer") mostly refer back to someone named.
_EVENT_ROLES = frozenset(
    ["driver", "pilot", "gunman", "attacker", "shooter", "victim", "hostage", "motorist",
     "cyclist", "pedestrian", "suspect", "assailant", "intruder", "kidnapper"]
)  # fmt: skip


_YEARS_OLD = re.compile(r"(\d+)-year-old$")


_AGE_IN_ANY_FORM = re.compile(AGE_WORD + "$", re.IGNORECASE)


def _years_old(token: Any) -> bool:
    """Whether the token is "the 41-year-old" (one token, or "old" with "41-year" before it)."""
    if token.text.endswith("-old"):
        return True
    before = token.doc.text[: token.idx + 3]
    return token.lower_ == "old" and bool(_AGE_IN_ANY_FORM.search(before))


def _unnamed_role(token: Any) -> bool:
    """Whether a token is "the <role>" of one person the story may never name: "the driver".
    Every outlet calls such a person by the role, so what happened to them is compared under
    it ("the driver died at the scene" against "the driver was arrested")."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    return definite and token.tag_ == "NN" and token.lemma_.casefold() in _EVENT_ROLES


# "at the fourth attempt", "on her second try", "at his ninth go"
_AT_THE = re.compile(r"\b(?:at|on)\s+(?:the|her|his|their|its|my|our|your)\s+$", re.IGNORECASE)
_ATTEMPT_AFTER = re.compile(
    rf"\s+(?:{'|'.join(sorted(lexicon.ATTEMPT_WORDS))})\b(?!-)", re.IGNORECASE
)


def _attempts(text: str, local: Any) -> tuple[str, str, int] | None:
    """(what is written, how many, where it ends) when an ordinal says at which attempt
    something was done ("at the fourth attempt": 4); None when it does not."""
    word = text[local.start : local.end].casefold()
    after = _ATTEMPT_AFTER.match(text, local.end)
    if after is None or not _AT_THE.search(text[: local.start]):
        return None
    if word in lexicon.ORDINAL_WORDS:
        number = lexicon.ORDINAL_WORDS.index(word) + 1
    elif (digits := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", word)) is not None:
        number = int(digits.group(1))
    else:
        return None
    return text[local.start : after.end()], str(number), after.end()


def _aged_subject(doc: Any) -> str:
    """The key of the unnamed person known by their age whom a sentence is about, its main
    verb's subject ("A 34-year-old man from Pitchley was arrested"); "" when it has none."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subjects = [] if root is None else [c for c in root.children if c.dep_ in SUBJECTS]
    return _aged_person(subjects[0]) if subjects else ""


def _unnamed_roles(doc: Any) -> list[str]:
    """The people a sentence tells of only by their role ("the driver"), as keys."""
    return list(dict.fromkeys(f"the {t.lemma_.casefold()}" for t in doc if _unnamed_role(t)))


# Verbs whose subject undergoes what their object names ("faces no action", "escaped jail").
_UNDERGOING = frozenset(["face", "suffer", "sustain", "receive", "avoid", "escape"])


# Vehicles and craft, which are towed or "taken away" and never captured.
_CRAFT = lexicon.PEOPLE_COUNTED["vehicles"] | lexicon.PEOPLE_COUNTED["vessels"] | {"double-decker"}


def _craft(noun: Any) -> bool:
    """Whether a noun names a vehicle or a vessel ("the bus", "the double-decker")."""
    return noun.lemma_.casefold() in _CRAFT


def _undergoer(token: Any) -> Any | None:
    """Who undergoes what a token tells, by the parse: the object of "they shot him", the
    subject of "he was wounded" and "he died", the possessor of "al-Masoud's death", the noun
    of "the man killed"; None when the clause has none. The subject of a verb of undergoing
    undergoes its object: "the driver will face no action", "he suffered a broken wrist"."""
    for _ in range(4):
        deps = {child.dep_: child for child in token.children}
        if "nsubj" in deps and token.lemma_.casefold() in _UNDERGOING:
            return deps["nsubj"]
        for dep in ("dobj", "nsubjpass", "poss", "nsubj"):
            if dep in deps and not (dep == "nsubj" and "dobj" in deps):
                return deps[dep]
        if token.dep_ == "acl" and token.head.pos_ == "NOUN":  # "the man killed was X"
            return token.head
        if token.head.i == token.i or token.dep_ in ("ccomp", "advcl", "relcl"):
            return None
        token = token.head
    return None


def _given_to(span: Any) -> Any | None:
    """Who was given what an outcome names, when a passive's object names it: the subject of
    "Wayne Ledsham was handed a jail term of 16 months, suspended" (the term is no one)."""
    token = span.root
    while token.dep_ in ("amod", "acl", "prep", "pobj", "compound", "appos"):
        token = token.head
    verb = token.head
    if token.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _against(span: Any) -> Any | None:
    """Whom an outcome is "against": "to take no further action against Mrs Plumtree"."""
    for token in span:
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "against"):
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def aged_key(age: str) -> str:
    """The key of someone unnamed known by their age (`_aged_undergoer`): "the 79-year-old"."""
    return f"the {age}-year-old"


def is_aged_key(key: str) -> bool:
    """Whether a subject is someone unnamed known by their age (`aged_key`)."""
    return key.startswith("the ") and key.endswith("-year-old")


def _said_of_a_group(pronoun: Any) -> bool:
    """Whether "they" is the speakers of the clause it stands in: "The couple ... said they
    would appeal" (the couple, named by no one, not a child named in between)."""
    clause = pronoun.head
    if pronoun.lower_ not in ("they", "them") or clause.dep_ != "ccomp":
        return False
    speakers = [c for c in clause.head.children if c.dep_ == "nsubj"]
    return bool(speakers) and speakers[0].pos_ == "NOUN"


def _antecedent_in_sentence(pronoun: Any) -> Any | None:
    """The person noun a pronoun in a clause stands for when the clause hangs from a verb whose
    subject that noun is: "A 74-year-old man who collapsed ... was flown to hospital, where he
    is in a stable condition" (he is the man, not someone named in the sentence before)."""
    clause = pronoun.head
    if pronoun.lower_ not in _ONE_PERSON or clause.dep_ not in ("relcl", "advcl", "conj"):
        return None
    for verb in clause.ancestors:  # the first verb above the clause that has a subject
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.pos_ in ("VERB", "AUX") and subjects:
            noun = subjects[0]
            person = noun.pos_ == "NOUN" and noun.lemma_.casefold() in PERSON_NOUNS
            return noun if person else None
    return None


def _aged_undergoer(span: Any) -> str:
    """ "the 79-year-old" when who undergoes an outcome is someone unnamed called by their age
    ("a 79-year-old grandfather ... died in hospital", "A 79-year-old man ... was said to be
    recovering"): outlets that never name them agree on who they are by the age, so what
    befell them is compared as one person's. "" when not so called."""
    token = _undergoer(span.root)
    if token is not None and token.pos_ == "PRON":
        token = _antecedent_in_sentence(token)
    return "" if token is None else _aged_person(token)


def _aged_person(token: Any) -> str:
    """ "the 79-year-old" when a noun is someone unnamed called by their age ("a 79-year-old
    grandfather", "A man, 34,"); "" when it is not."""
    for noun in (token, *(c for c in token.children if c.dep_ == "appos")):
        for child in noun.children:
            if child.dep_ == "amod" and _years_old(child):
                text = token.doc.text[noun.left_edge.idx : child.idx + len(child)]
                if aged := _YEARS_OLD.search(text):  # the parse splits "79-year-old" in five
                    return aged_key(aged.group(1))
    # "A man, 34, who was arrested ...", "a woman aged 61": the age set after the noun
    after = _AGED_AFTER_NOUN.match(token.doc.text, token.idx + len(token))
    if token.lemma_.casefold() in PERSON_NOUNS and after:
        return aged_key(after.group(1) or after.group(2))
    return ""


# An age set after a person noun, between commas or after "aged": "A man, 34, who ...".
_AGED_AFTER_NOUN = re.compile(r"(?:,\s+(?:aged\s+)?(\d{1,3}),|\s+aged\s+(\d{1,3})\b)")


# Words for a part of an event: "the rest of the display" was cancelled, not the rest.
_PART_OF_EVENT = frozenset(["rest", "remainder", "part", "second", "half"])


def _common_undergoer(span: Any) -> Any | None:
    """Who or what undergoes an outcome, when a common noun tells it (not a name or a pronoun)."""
    token = _undergoer(span.root)
    return token if token is not None and token.pos_ == "NOUN" else None


def _thing_pointed_back_to(token: Any) -> Any | None:
    """The object of the clause a pronoun object points back to: "halved the parking charges
    ..., but has stopped short of scrapping them" (the charges). None when no verb above the
    pronoun's has a noun object."""
    verb = token.head
    for _ in range(4):
        if verb.head.i == verb.i:
            break
        verb = verb.head
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        if objects:
            return objects[0]
    return None


def _event_undergoing(span: Any) -> str:
    """'the display' for "The rest of the display was cancelled" or "the display resumed": the
    event an event's outcome is told of, as a key like a person's; "" when it is no common noun
    (a person, a pronoun: "He abandoned the car" is no event called off). A thing an object
    pronoun points back to counts: "halved the charges, but stopped short of scrapping them"."""
    token = _common_undergoer(span)
    pronoun = _undergoer(span.root)
    if token is None and pronoun is not None and pronoun.lower_ in ("them", "it"):
        token = _thing_pointed_back_to(pronoun)
    if token is None:
        return ""
    if token.lemma_.casefold() in _PART_OF_EVENT:
        of = [g for c in token.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if not of or of[0].pos_ != "NOUN":
            return ""
        token = of[0]
    return f"the {_hyphenated(token) or token.lemma_.casefold()}"


def _hyphenated(token: Any) -> str:
    """The hyphenated word a token is part of, lower-cased ("switch-on", which the parse splits
    into "switch", "-" and "on"), or "" when it stands alone."""
    doc, first, last = token.doc, token.i, token.i

    def joined(left: int) -> bool:  # doc[left], "-" and the token after, with no space between
        return doc[left + 1].text == "-" and not (
            doc[left].whitespace_ or doc[left + 1].whitespace_
        )

    while first >= 2 and joined(first - 2):
        first -= 2
    while last + 2 < len(doc) and joined(last):
        last += 2
    return doc[first : last + 1].text.casefold() if last > first else ""


def _someone_introduced(span: Any) -> str:
    """The noun of the unnamed someone an outcome befalls, when introduced as "a" or "an"
    ("An Ebbingford schoolboy remains in intensive care"): a lede's way of bringing in a person
    it names next. "" otherwise."""
    token = _common_undergoer(span)
    if token is None:
        return ""
    lemma = str(token.lemma_.casefold())
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return lemma
    # "The mountain guide who was leading the group was pulled out alive": a job told with
    # "the" is as much the one person whom the story names with it (`aspects._titled_once`)
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    return lemma if the and token.tag_ == "NN" and values.is_job(lemma) else ""


# An outcome told of nobody: "No arrests were made", "no one was hurt", "None of the crew".
NOBODY = re.compile(r"(?:no|nobody|none|no[\s-]one)\b", re.IGNORECASE)


def _subject_person(span: Any, people: list[Mention], before: Before) -> str:
    """The person a value or outcome is told of: who undergoes it, by the parse.

    For "they shot him" that is the object, for "he was wounded" and "he died" the subject, for
    "al-Masoud's death" the possessor. A patient that names nobody ("captured a high-ranking
    member") is nobody we know: "". With no structure to go by, the one person the sentence names.
    """
    token = span.root
    if _years_old(token) and token.dep_ not in ("amod", "compound"):
        return _named(token, people, before) or ""  # "The 21-year-old passed a medical"
    noun = token.head.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and _ages_of(noun.lower_):
        # "Patricia Bamforth, a retired midwife of 59": the age of whoever the noun is
        return _named(noun, people, before) or ""
    aged_subject = _years_old(token) and token.dep_ == "amod" and token.head.dep_ in SUBJECTS
    if aged_subject and (who := _named(token.head, people, before)) is not None:
        return who  # "The 17-year-old amateur saw off ...": the aged noun, not whom it beat
    if token.dep_ in ("amod", "compound") and (
        token.head.dep_ == "appos" or any(c.dep_ == "appos" for c in token.head.children)
    ):
        # "Esmond Kenward, the 64-year-old owner of the yacht, had been rationing water": the
        # age of the noun set beside a name is that person's, whatever the verb does; a name
        # after "a" is a kind ("Bankfoot Warlord, a two-year-old Texel": a breed), so the age is
        # of the name it is set beside
        noun = token.head
        kind = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        if noun.dep_ == "appos" and noun.pos_ == "PROPN" and kind:
            noun = noun.head
        who = _named(noun, people, before)
        if who is not None:
            return who
    if (who := _aged_and_named(token, people, before)) is not None:
        return who
    aged_word = token if token.lower_ == "aged" else token.head
    if aged_word.lower_ == "aged" and aged_word.dep_ in ("advcl", "acomp", "oprd", "advmod"):
        # "Edith Cawthra, who died in June aged 93": the age of whoever died
        subject = next((c for c in aged_word.head.children if c.dep_ in SUBJECTS), None)
        if subject is not None and (who := _named(subject, people, before)) is not None:
            return who
    undergoer = _undergoer(token)
    if undergoer is not None:
        return _named(undergoer, people, before) or ""
    aged = token.head  # a noun the age is said of, not part of a name ("apprentice Jori X")
    said_of_a_noun = aged.pos_ == "NOUN" and aged.dep_ != "compound"
    if _years_old(token) and token.dep_ in ("amod", "compound") and said_of_a_noun:
        # "The carcass of the 12-year-old stag was found ... by the gamekeeper, Dougal Drysdale",
        # "Ivo Dran said his 12-year-old son ...": the age of the noun (a person's only if it
        # names one), not of whoever else is named
        person = aged.lemma_.casefold() in PERSON_NOUNS
        return (_named(aged, people, before) or "") if person else ""
    keys = list(dict.fromkeys(p.normalized for p in people))
    if len(keys) == 1:
        return keys[0]
    return before.people[0] if not keys and len(before.people) == 1 else ""


def _aged_and_named(token: Any, people: list[Mention], before: Before) -> str | None:
    """Whose an age is when what it is said of gives a name: the name itself ("won by
    eight-year-old Maisie Tranter"), a noun that is the name's title ("nine-year-old schoolboy
    Toby Catchpole") or one called by it ("an 11-year-old boy called Toby Catchpole"); None
    when it does not, whatever the verb does to anyone else."""
    aged = token.head
    if not _years_old(token) or token.dep_ not in ("amod", "compound"):
        return None
    names = [c.i for c in aged.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    name_starts = min([aged.i, *names])
    if aged.pos_ == "PROPN" and name_starts == token.i + 1:
        return _named(aged, people, before)  # "was won by eight-year-old Maisie Tranter"
    if aged.dep_ == "compound" and aged.head.pos_ == "PROPN":
        return _named(aged.head, people, before)
    if any(c.dep_ == "acl" and c.lemma_ in _CALLING for c in aged.children):
        return _named(aged, people, before)
    return None


# A full name set off by a comma ("Orsola Crabtree, the airport's managing director, said", "The
# airport's operations director, Orsola Crabtree, apologised"): a person with a post beside
# them, whom the small model may not tag at all, so the sentence has no value to be parsed for.
_NAME_BY_COMMA = re.compile(
    r"(?:^|,\s+)[A-Z][a-z'\u2019-]+\s+[A-Z][\w'\u2019-]+,|,\s+[A-Z][a-z'\u2019-]+\s+[A-Z][\w'\u2019-]+"
    r"(?:,|\s+(?:said|says|told|added))"
)
# A full name after a title ("Superintendent Thomasina Askwith, who is in charge"): the title
# is the value, and the small model may tag no one.
_TITLED_NAME = re.compile(
    r"\b(?i:" + "|".join(sorted(TITLES)) + r")\s+[A-Z][a-z'\u2019-]+\s+[A-Z][a-z'\u2019-]+"
)


# A name after a passive's "by" ("The lift is maintained by Purslow Lifts"): who did the deed,
# which the small model may not tag at all.
_BY_A_NAME = re.compile(r"\w(?:ed|en)\s+by\s+(?:the\s+(?:\w+\s+)?)?[A-Z][a-z]")


def parse_inputs(
    sentences: list[Sentence], mentions: list[list[Mention]]
) -> tuple[list[int], list[str]]:
    """The sentences of one document the parse reads (those with a value, or telling a cause)
    and their texts as it reads them (a build parses many documents' at once, see
    index.analysis_job)."""
    wanted = [
        i
        for i, ms in enumerate(mentions)
        if ms
        or tells_cause(sentences[i].text)
        or _NAME_BY_COMMA.search(sentences[i].text)
        or _TITLED_NAME.search(sentences[i].text)
        or _BY_A_NAME.search(sentences[i].text)
        or IDENTITY_CUE.search(sentences[i].text)
    ]
    # The dateline ("VELDEN, March 19 (Fenwick Chronicle) - ") says when and where the article
    # was filed: it dates no event of the lead, and parsed with the sentence it makes the lead's
    # subject a conjunct of the town. It is blanked (offsets kept) before parsing.
    dateline = dateline_length(sentences[0].text) if sentences else 0
    texts = [sentence_case(sentences[i].text) for i in wanted]
    if wanted and wanted[0] == 0:
        texts[0] = " " * dateline + texts[0][dateline:]
    return wanted, texts


def document_facts(
    sentences: list[Sentence], mentions: list[list[Mention]], published: dt.date | None
) -> list[Fact]:
    """The facts of one document's sentences, in reading order."""
    wanted, texts = parse_inputs(sentences, mentions)
    dateline = dateline_length(sentences[0].text) if sentences else 0
    parsed = dict(zip(wanted, parsed_docs(texts), strict=True))
    result: list[Fact] = []
    before = Before(people=[], lead=None)
    dated = False  # whether an earlier sentence wrote a date (the lede's, if any)
    followed: frozenset[str] = frozenset()  # the lead's events its dated news came after
    filed = sentences[0].start + dateline if sentences else 0
    keys = {m.normalized for ms in mentions for m in ms if m.kind == "person"}
    known = sorted(keys, key=lambda k: (-len(name_tokens(k)), k))  # a surname's fullest name
    lede_named = False  # whether the lede's first sentence names anyone (its dateline aside)
    span_ends: set[int] = set()  # where times that end a span start ("shut until midnight")
    told_before = 0  # earlier sentences telling anything: a tabloid's colour tells nothing
    for i, sentence in enumerate(sentences):
        facts: list[Fact] = []
        doc = parsed.get(i)
        people = [_local(m, sentence) for m in mentions[i] if m.kind == "person"]
        told = [m for m in mentions[i] if m.start >= filed]
        if doc is not None:
            people += parsed_people(doc, people, known)
            if i == 1 and not lede_named and not any(p.start == 0 for p in people):
                people += _opening_name(doc)  # after a lede naming no one
            first = told_before == 0  # "MOVE over, boy racers!" before it tells nothing
            facts = _sentence_facts(doc, sentence, told, people, before, published, first)
            if first and i and passage_number(sentence.id) == 0:
                # "HEADS up! A flying head teacher has shattered the record ... in just 49
                # seconds": the lede's figures follow a first sentence of colour
                facts = [_as_lede_figure(f) for f in facts]
            inside: list[Fact] = []
            if not dated and told_before < LEDE_SENTENCES:
                followed |= _followed_events(doc)
                # "after a cloud of gas leaked ... during a gala on Saturday": that Saturday
                # dates the event the news came after, not the news
                after = _after_phrases(doc, sentence.start)
                inside = [f for f in facts if any(a <= f.start < b for a, b in after)]
                sequels = [f for f in facts if _dates_a_sequel(f, followed) and f not in inside]
                # "from that moment until late on Wednesday": when a span ended, not the event
                facts = [
                    f if f in sequels or _ends_a_span(f, sentence) else _as_lede(f, published)
                    for f in facts
                ]
            elif followed:
                facts = [_as_lede(f, published) if _dates_event(f, followed) else f for f in facts]
            if any(f.lede and (set(f.about) & followed or f in inside) for f in facts):
                followed = frozenset()  # the event is dated
        if i == 1 and not lede_named:
            result = _named_after_the_lede(result, people)
        lede_named = lede_named or any(_names_someone(m, sentence) for m in told)
        # a date told, not a length or an age the parser also calls one ("closing it for nine
        # hours", "An 11-year-old boy who found £18,000")
        dated = dated or any(m.kind == "date" for m in told if not _no_date(m, facts))
        told_before += bool(told)
        _note_gender(sentence.text, people, before)
        named = list(dict.fromkeys(p.normalized for p in sorted(people, key=lambda p: p.start)))
        lead = before.lead if i else (named[0] if named else None)
        if not named and doc is not None and len(unnamed := _unnamed_roles(doc)) == 1:
            # "The driver, 51, ... was cut free. He was arrested": "he" is the driver, not
            # whoever a sentence further back named
            named = unnamed
        if not named and doc is not None and (aged := _aged_subject(doc)):
            # "A 34-year-old man from Pitchley was arrested ... He was charged on Friday": "he"
            # is the man, not the town a sentence further back named
            named = [aged]
        before = Before(people=named or before.people, lead=lead, genders=before.genders)
        result.extend(facts)
        span_ends.update(f.start for f in facts if f.kind == "time" and _ends_a_span(f, sentence))
    return _one_identity_each(_lede_time(result, span_ends)) + name_facts(sentences, mentions)


def _one_identity_each(facts: list[Fact]) -> list[Fact]:
    """The facts but the identities of a noun the document gives two of that cannot both be
    right: "a snail called Lightning Len won, ahead of a snail called Slimer": two
    snails, of which the noun alone does not say which is asked."""
    given: dict[tuple[str, bool], set[str]] = {}
    for fact in facts:
        if fact.kind == IDENTITY:
            given.setdefault(_identity_of(fact), set()).add(fact.normalized)
    several = {key for key, told in given.items() if not values.consistent(IDENTITY, [*told])}
    return [f for f in facts if f.kind != IDENTITY or _identity_of(f) not in several]


def _identity_of(fact: Fact) -> tuple[str, bool]:
    """What an identity says: of which noun, and whether a name or a kind."""
    return fact.noun, NAME_GIVEN in fact.about


# The kinds of mention whose names are spelled (a nationality is no name: "Ardovian").
_SPELLED = frozenset({"person", "place", "organization"})


def name_facts(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[Fact]:
    """One fact per name a document gives (a person, a place, a body: how it is spelled,
    `spellings`), at the first mention writing it in full (the most words the document gives
    it), in reading order."""
    first: dict[str, tuple[Sentence, Mention]] = {}
    for sentence, found in zip(sentences, mentions, strict=True):
        for mention in found:
            if mention.kind not in _SPELLED or mention.label == "NORP":
                continue
            if not name_tokens(mention.normalized):
                continue  # a title alone ("Mr. ---"): no name to spell
            held = first.get(mention.normalized)
            if held is None or len(name_tokens(mention.text)) > len(name_tokens(held[1].text)):
                first[mention.normalized] = (sentence, mention)
    ordered = sorted(first.items(), key=lambda item: item[1][1].start)
    return [
        Fact(
            kind=NAME,
            value=mention.text,
            normalized=key,
            start=mention.start,
            end=mention.end,
            about=(),
            subject="",  # a name is no value told of a person (its key is `normalized`)
            sentence=sentence.id,
        )
        for key, (sentence, mention) in ordered
    ]


def _age_phrase_start(
    text: str, start: int, value: str, span: Any, lede: bool = False
) -> int | None:
    """Where an age written before its number starts ("aged 52"; "died at the age of 112",
    whose "the age of 112" may be the NER's date), None when the number has no such words.
    "at the age of" tells an age now only of a death or in an article's first sentence, where
    the deed is the news ("after leaping out of a plane at the age of 101"); further on it is
    as often an earlier deed's ("passed his driving test at the age of 17")."""
    before = text[:start]
    if aged := _AGED_BEFORE.search(before):
        return aged.start()
    if not (lede or _died_at(span)):
        return None
    if at := _AT_THE_AGE_OF.search(before):
        return at.start()
    if _THE_AGE_OF.match(value) and (at := _AT_BEFORE.search(before)):
        return at.start()
    return None


def _died_at(span: Any) -> bool:
    """Whether the value is told of a death: "died ... at the age of 112", "passed away at the
    age of 96" (not "passed his driving test at the age of 17")."""
    token = span.root
    for _ in range(4):
        token = token.head
        if token.lemma_.casefold() in _DYING or _passed_away(token):
            return True
    return False


def _passed_away(verb: Any) -> bool:
    """Whether a verb is "passed away", which is dying."""
    return verb.lemma_.casefold() == "pass" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in verb.children
    )


# What a name is written after when it names what the noun before is ("A gritter called
# Thawbin Hood", "a girl called Ruby Hainsworth").
_CALLED = re.compile(r"(\w+)\s+(?:called|named|dubbed|nicknamed)\s+$", re.IGNORECASE)


def _names_someone(mention: Mention, sentence: Sentence) -> bool:
    """Whether a mention the model calls a person's names someone: not a word alone, which may
    be a place ("on Brantdale's roads"), nor a thing's name ("A gritter called Thawbin Hood";
    "a girl called Ruby Hainsworth" is someone's)."""
    if mention.kind != "person" or len(name_tokens(mention.normalized)) < _NAME_WORDS:
        return False
    called = _CALLED.search(sentence.text[: mention.start - sentence.start])
    return called is None or called[1].casefold() in _LEDE_AGED


# The nouns an age in a lede is told of when the lede names no one: "A 19-year-old swimmer",
# "a gran of 87", "An 81-year-old".
_LEDE_AGED = PERSON_NOUNS | KIN | _YOUNG | {AGED_PERSON}


def _named_after_the_lede(facts: list[Fact], people: list[Mention]) -> list[Fact]:
    """The lede's facts, the age of someone it introduces unnamed (and what befell someone
    introduced as "a" or "an") given to the person the next sentence opens with: "A
    19-year-old swimmer from Portmellick has set a new record ...", then "Maeve Fenwarren set
    off from the island ...". News leads with who someone is and names them next; a sentence
    opening with another word ("Police named him as ...", "Detective Inspector Jane Doe said")
    names nobody so (`_opening_name` reads a name the small model leaves untagged)."""
    opener = next((p.normalized for p in people if p.start == 0), None)
    if opener is None:
        return facts
    return [
        dataclasses.replace(f, subject=opener)
        if (f.kind == "age" and f.noun in _LEDE_AGED and not f.subject)
        or (f.kind == "outcome" and f.noun and not f.subject)
        else f
        for f in facts
    ]


# A name opening a sentence has at least two words: one alone is as often a place or a club.
_NAME_WORDS = 2


def _opening_name(doc: Any) -> list[Mention]:
    """The name a sentence opens with as its subject, which the small model may leave untagged
    ("Winifred Trebilcock was sitting on a bench ..."): two or more proper nouns, none of them a
    place's or a body's to the model."""
    name = list(itertools.takewhile(lambda t: t.pos_ == "PROPN" and t.text.istitle(), doc))
    if len(name) < _NAME_WORDS or name[-1].dep_ not in SUBJECTS:
        return []
    if any(t.lower_ in SAID_OF_A_PERSON for t in name):
        return []  # "Granddaughter Chloe Pybus said": someone else than the lede's
    if any(t.ent_type_ in ("GPE", "LOC", "ORG", "FAC", "NORP") for t in name):
        return []
    end = name[-1].idx + len(name[-1])
    text = doc.text[:end]
    return [
        Mention(
            kind="person", label="PERSON", text=text, start=0, end=end, normalized=name_key(text)
        )
    ]


# A report tells its main event's time of day in its first passages ("The road gave way at 7:15
# a.m.", "The hole appeared in Brantock Street at 6:40 a.m."), in words another outlet need not
# share; times further down are of other moments (a service held at 11, a helpline open till 10).
# Three, not two: a tabloid may open with two paragraphs of colour and time the event in its
# third ("Just before noon their day out turned into a nightmare", lantern-dev); on the dev
# corpora three loses no time aspect two held, once times a span lasted until are set aside.
LEDE_PASSAGES = 3


# A time a span lasted up to: "the runway stayed shut until shortly before midnight", "did
# not reopen until after 6am".
_UNTIL = re.compile(
    r"\b(?:until|till)(?:\s+(?:after|about|around|just|shortly|late|early)(?:\s+on)?)?\s+$", re.I
)


def _ends_a_span(fact: Fact, sentence: Sentence) -> bool:
    """Whether a time is when something that lasted ended, not a moment of the event."""
    return bool(_UNTIL.search(sentence.text[: fact.start - sentence.start]))


def _lede_time(facts: list[Fact], span_ends: set[int]) -> list[Fact]:
    """The facts, the time of day marked as the lead event's when it is the only one a report
    gives in its first passages (two such times may be two moments of the event), times that
    end a span (`span_ends`, their starts) aside."""
    early = [
        n
        for n, f in enumerate(facts)
        if f.kind == "time"
        and passage_number(f.sentence) < LEDE_PASSAGES
        and not set(f.about) & REPORTING
        and f.start not in span_ends
    ]
    if len(early) != 1:
        return facts
    (at,) = early
    return [*facts[:at], dataclasses.replace(facts[at], lede=True), *facts[at + 1 :]]


_SHOUTED = re.compile(r"^\W*(?:[A-Z][A-Z'-]+\b\W*)+")
_WORD_IN_CAPS = re.compile(r"[A-Z][A-Z'-]+")


def sentence_case(text: str) -> str:
    """A tabloid's shouted opening words in sentence case ("SIX people are dead" -> "Six
    people are dead"), offsets kept: the parser reads "SIX" as a name, which left the death
    toll with nothing it counts. Acronyms ("NHS", "US") are no English words and stay."""
    shouted = _SHOUTED.match(text)
    if shouted is None:
        return text
    english = english_counts()
    first = _WORD_IN_CAPS.search(text)

    def case(word: re.Match[str]) -> str:
        lowered = word.group(0).casefold()
        if len(lowered) < 3 or lowered not in english:
            return word.group(0)
        return lowered.capitalize() if first and word.start() == first.start() else lowered

    return _WORD_IN_CAPS.sub(case, shouted.group(0)) + text[shouted.end() :]


# The lead event's date is the first an article gives, in its first sentences: a tabloid opens
# with its shouted summary ("GUN-TOTING thugs blasted their way into a cash van") and dates the
# raid in the next ("The gang of four struck on Wednesday night"). Sentences that name nothing
# and give no figure ("IT was the great escape - with feathers. Well, plastic ones.") are
# colour, not counted.
LEDE_SENTENCES = 2


# What times a later development from the event it followed: "a day after", "hours after".
_SPANS = frozenset(
    ["minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
     "year", "years"]
)  # fmt: skip


def _followed_events(doc: Any) -> frozenset[str]:
    """What a lede says its news came after ("resigned on Monday evening, after a cyber attack
    that crippled the hospital"): a follow-up report leads with the latest development and
    dates the story's event further down ("The attack began in the small hours of 14/11").
    A clause timed from it names it by its subject: "resigned on Sunday, a day after a gas leak
    at the pool sent 31 children to hospital" ("six people are dead after a train hurtled off
    the tracks" tells the event itself). A lede that tells a state, not news ("A ten-year-old
    girl is Tullingshire's spelling champion after a final ..."), came after the event itself,
    and "after more than three hours of spelling" is a length, not an event."""
    if doc[:].root.lemma_ == "be":
        return frozenset()
    clauses = [
        t.head
        for t in doc
        if t.lower_ == "after" and t.dep_ == "mark" and t.i and t.nbor(-1).lower_ in _SPANS
    ]
    return frozenset(
        t.lemma_.casefold()
        for t in doc
        if t.pos_ == "NOUN"
        and (
            (t.dep_ == "pobj" and t.head.lower_ == "after" and t.lower_ not in _SPANS)
            or (t.dep_ in ("nsubj", "nsubjpass") and t.head in clauses)
        )
    )


def _after_phrases(doc: Any, offset: int) -> list[tuple[int, int]]:
    """Where a lede's "after" phrases and clauses are, as document offsets (`offset`: the
    sentence's): "after a cyber attack", "after a cloud of gas leaked during a gala"."""
    found = []
    for word in doc:
        if word.lower_ != "after" or word.dep_ not in ("prep", "mark"):
            continue
        words = list((word if word.dep_ == "prep" else word.head).subtree)
        found.append((offset + words[0].idx, offset + words[-1].idx + len(words[-1].text)))
    return found


def _no_date(mention: Mention, facts: list[Fact]) -> bool:
    """Whether a date mention is read as a length of time ("nine hours") or an age ("An
    11-year-old boy"), not a date."""
    return any(f.kind in ("duration", "age") and f.start == mention.start for f in facts)


def _dates_a_sequel(fact: Fact, followed: frozenset[str]) -> bool:
    """Whether a lede's date is of the development that came after the story's event, not of
    the event itself ("a stabbing on Sunday" dates the stabbing it follows)."""
    return fact.kind == "date" and bool(followed) and not set(fact.about) & followed


def _dates_event(fact: Fact, followed: frozenset[str]) -> bool:
    """Whether a later date is the one of the event the lede said its news came after."""
    return fact.kind == "date" and fact.noun in followed and not set(fact.about) & REPORTING


def _as_lede_figure(fact: Fact) -> Fact:
    """A figure of the first sentence that tells anything marked as its lede's (`Fact.lede`);
    a date is marked by when it falls (`_as_lede`)."""
    return fact if fact.kind in ("date", "time") else dataclasses.replace(fact, lede=True)


def _as_lede(fact: Fact, published: dt.date | None) -> Fact:
    """The first dated sentence's date marked as its lead event's when before publication."""
    if fact.kind != "date" or published is None:
        return fact
    if fact.normalized in WEEKDAYS:
        return dataclasses.replace(fact, lede=True)  # "on the Friday night": looking back
    day = calendar_day(fact.normalized, published.year)
    return fact if day is None else dataclasses.replace(fact, lede=day < published)


def _aged_noun(before: str, count: str) -> str | None:
    """The person noun a count written after its "of" is the age of ("midwife" of "a retired
    midwife of 59"), None when the count is no age."""
    noun = _NOUN_OF_BEFORE.search(before)
    figure = re.fullmatch(r"\d+", count)
    if noun is None or figure is None:
        return None
    word = noun.group(1).casefold()
    if word in KIN:
        return word if int(figure.group()) > _CHILDREN_AT_MOST else None
    return word if _ages_of(word) else None


def _ages_of(word: str) -> bool:
    """Whether a noun is one whose "of" a number tells a person's age ("a midwife of 59")."""
    return word in PERSON_NOUNS or word in _YOUNG or word in KIN or values.is_job(word)


def _count_of_a_noun(mention: Mention) -> str | None:
    """The number of a QUANTITY that is a number in words and a plain word ("FOUR beavers",
    "Five beavers"), which is no unit: what the number counts. (A figure in digits with its
    noun, "its 14 cabins", is left as the model reads it.)"""
    figure, _, noun = mention.text.rpartition(" ")
    words = figure.replace("-", "").replace(" ", "")
    if not words.isalpha() or not noun.isalpha() or values.measure_form(f"1 {noun}"):
        return None  # "eight inches": a unit, which measures
    return figure if values.count_form(figure) else None


def _recut(
    mention: Mention,
    local: Mention,
    sentence: Sentence,
    start: int | None = None,
    end: int | None = None,
    **changes: str,
) -> tuple[Mention, Mention]:
    """A mention and its sentence-offset copy (`_local`) cut anew at `start`..`end` of the
    sentence (either kept when not given), its text what it then covers: where the NER's span
    is mended with the unit, bound or words it left out. `changes` are other fields to set."""
    start = local.start if start is None else start
    end = local.end if end is None else end
    text = sentence.text[start:end]
    return (
        mention.model_copy(update={"text": text, **changes}),
        local.model_copy(update={"start": start, "end": end}),
    )


def _local(mention: Mention, sentence: Sentence) -> Mention:
    """The mention with offsets into its sentence (spaCy parsed the sentence alone)."""
    return Mention(
        kind=mention.kind,
        label=mention.label,
        text=mention.text,
        start=mention.start - sentence.start,
        end=mention.end - sentence.start,
        normalized=mention.normalized,
    )


def _town_like(place: Mention) -> bool:
    """Whether a place the model calls a LOC (seas, straits, ranges: "the Mallachy Sound",
    "the Alps") is more likely a town it does not know: one word, written without "the"
    ("at a school in Hexworth")."""
    return len(place.text.split()) == 1 and place.text[:1].isupper()


def _named_whole(place: Any, facts: list[Fact], sentence: Sentence) -> Fact | None:
    """The named place a common one is part of, as a place fact of the sentence: "the playing
    field of Fothercote Primary School", "the north gate of Parque Miravel". Told apart, the
    part and the whole are two values of one where, and neither alone says it all."""
    for owner in _owners(place):
        name = _owner_name(owner)
        first, last = name.start_char, name.end_char
        for fact in facts:
            local = fact.start - sentence.start
            if fact.kind == "place" and fact.sentence == sentence.id and first <= local < last:
                return fact
    return None


def _owners(place: Any) -> list[Any]:
    """The nouns a common place is "of": "the playing field of [Fothercote Primary School]"."""
    return [
        c
        for p in place.root.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for c in p.children
        if c.dep_ == "pobj"
    ]


def _proper_owner(place: Any) -> Any | None:
    """The name a common place is "of", as a span, when the parse reads it as a proper noun:
    "the car park of the Fox and Fiddle" names the pub the car park belongs to."""
    return next((_owner_name(o) for o in _owners(place) if o.pos_ == "PROPN"), None)


def _proper_possessor(place: Any) -> Any | None:
    """The name a common place is written after with "'s", as a span: "St Milburga's church
    hall" is the hall of St Milburga's, which names it as "the Temperance Hall" does."""
    owners = [c for c in place.root.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    return place.doc[owners[0].left_edge.i : owners[0].i + 1] if owners else None


def _owner_name(owner: Any) -> Any:
    """The words that name what a place is "of", as a span: the noun with the words before it
    and any it is joined to ("the Fox and Fiddle"), not what follows ("the loft of a house in
    Dunvaig" is no part of Dunvaig)."""
    joined = [c.i for c in owner.children if c.dep_ in ("cc", "conj") and c.i > owner.i]
    return owner.doc[owner.left_edge.i : max([owner.i, *joined]) + 1]


def _agents_by_name(doc: Any) -> list[Mention]:
    """Names the parse shows doing a passive's deed ("maintained by Purslow Lifts", "by the
    firm Maddock and Rendall"): the proper nouns after "by", or those the noun after it is in
    apposition with, joined by "and" when the parse splits a firm's name; and names money
    raised goes to ("raised more than £9,000 for the Fettleshire Air Ambulance", a charity the
    NER often misses). Sentence offsets."""
    found = []
    for by in doc:
        if by.pos_ == "PROPN" and raised_for(by) is not None:
            by = by.head  # the "for" or "to" of the charity's name, as the "by" of an agent
        elif by.dep_ != "agent":
            continue
        head = next((c for c in by.children if c.dep_ == "pobj"), None)
        if head is not None and head.pos_ != "PROPN":
            head = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), head)
        if head is None or head.pos_ != "PROPN":
            continue
        words = [*(t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"), head]
        end = head
        conjunct = next((c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
        if conjunct is not None and any(c.lower_ == "and" for c in head.children):
            end = conjunct  # "Maddock and Rendall"
        start, stop = words[0].idx, end.idx + len(end)
        text = doc.text[start:stop]
        found.append(
            Mention(kind="organization", label="ORG", text=text, start=start, end=stop,
                    normalized=name_key(text))
        )  # fmt: skip
    return found


def _covered(person: Mention, mentions: list[Mention], sentence: Sentence) -> bool:
    """Whether a person (sentence offsets) is one of the sentence's mentions (document offsets)."""
    start, end = person.start + sentence.start, person.end + sentence.start
    return any(m.start < end and start < m.end for m in mentions)


# Kinds of figure that belong to an event (not to a person, as an age or a title does).
_OF_EVENTS = frozenset({"count", "amount", "duration", "measure"})


# A bound written before a figure, which the NER may leave out of it ("under 50 metres"). Not
# "up to": "hailstones up to 7cm across" tells the largest, a size as plain as "4cm".
_BOUND_BEFORE = re.compile(
    r"\b(?:under|over|below|above|more\s+than|less\s+than|fewer\s+than|at\s+least)\s+$",
    re.IGNORECASE,
)
# A course "raced over three miles" is three miles long: its "over" is no bound.
_RACED = re.compile(r"\b(?:raced|run|swum|skated|ridden|rowed|held|contested)\s+$", re.IGNORECASE)
_OVER = re.compile(r"over\s+", re.IGNORECASE)


# One unit and a half, before the "half" the NER reads as the number: "a mile and a ".
_UNIT_AND_A = re.compile(r"\b(?:an?|one)\s+[a-z]+\s+and\s+a\s+$", re.IGNORECASE)


# A past told by how long ago it was: "two years ago", "a decade ago". (Not "last year": "a pay
# packet of 6.2 million guilders last year" is what the story's chief earns.)
_YEARS_BACK = re.compile(r"\b(?:years?|decades?)\s+ago\b", re.IGNORECASE)


def _earlier_years(
    doc: Any, sentence: Sentence, mentions: list[Mention], published: dt.date | None
) -> list[Any]:
    """The spans of a sentence's dates of an earlier year than its article's, or told as
    years ago ("another sold for £340,000 two years ago")."""
    if published is None:
        return []
    found = []
    for mention in mentions:
        fields = date_fields(mention.normalized) if mention.kind == "date" else None
        earlier = mention.kind == "date" and _YEARS_BACK.search(mention.text) is not None
        if not earlier and (fields is None or fields[0] is None or fields[0] >= published.year):
            continue
        local = _local(mention, sentence)
        span = doc.char_span(local.start, local.end, alignment_mode="expand")
        if span is not None:
            found.append(span)
    return found


# How a name hangs on the noun it names: "Dunsevern Central station", "the Coopers' Rest pub".
_NAMING = frozenset(["compound", "amod", "poss", "nmod"])


# Last words of a name that make it a building or grounds, where things happen: "Ebbingford
# Royal Hospital", "Larchfield House", "Callowmere Wildlife Park".
_BUILDING_NAMES = lexicon.BUILDINGS | frozenset(
    ["house", "hall", "home", "infirmary", "cathedral", "chapel", "arena", "park", "castle"]
)


def _building_named(span: Any) -> Any | None:
    """The building a name stands before ("at Dunsevern Central station": station) or is
    ("in Ebbingford Royal Hospital"), as a span, or None when the name names no building."""
    token = span.root
    if token.lemma_.casefold() in _BUILDING_NAMES and token.pos_ == "PROPN":
        return span
    for _ in range(2):
        if token.dep_ not in _NAMING or token.head.i == token.i:
            return None
        token = token.head
        if token.lemma_.casefold() in lexicon.BUILDINGS:
            return token.doc[token.i : token.i + 1]
    return None


def _past_events(doc: Any, years: list[Any]) -> set[int]:
    """The tokens of what a sentence tells of an earlier year than its article's: news gives
    background ("The valley last flooded in 1997, when 11 people died") beside the story, and
    that event's figures are not the story's. The background is what the year's event word
    (the verb or noun it dates) governs, so "the chain founded in 1932 collapsed on Monday,
    putting 1,140 jobs at risk" keeps its 1,140."""
    found: set[int] = set()
    for span in years:
        event = span.root
        if event.dep_ == "nummod" and span.start > 0 and doc[span.start - 1].lower_ == "in":
            # "In 2019 part of a car park collapsed": the parse takes the year for a count of
            # the noun after it; the event is what "in 2019" dates
            event = doc[span.start - 1]
        while event.head.i != event.i and (
            event.i in range(span.start, span.end) or event.pos_ not in ("VERB", "NOUN")
        ):
            event = event.head
        if event.lemma_.casefold() in REPORTING:
            continue  # the parse hung the year on "said": it dates no event of the sentence
        if event.dep_ == "acl" and event.tag_ == "VBN" and event.head.pos_ == "NOUN":
            event = event.head  # "the 12,000 guineas paid at the mart in 2011": that sum
        found.update(t.i for t in event.subtree if not _told_now(t, event))
        found.update(_when_then(doc, span.end))
    return found


def _part_counted(span: Any) -> Any | None:
    """The plural a figure counts part of, when the figure is what a verb tells of ("68 of the
    little buildings were damaged" counts damaged buildings); not a part of a number ("four of
    the 14 injured"), of a pronoun ("four of them"), or one a verb "be" says what it is ("two of
    the victims were children")."""
    root = span.root
    verb = root.head
    if root.dep_ not in SUBJECTS or verb.pos_ != "VERB" or verb.lemma_ == "be":
        return None
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is None or whole.tag_ != "NNS" or any(c.dep_ == "nummod" for c in whole.children):
        return None
    return whole


# Verbs whose object names the event: "made a forced landing", "had a crash".
_LIGHT_VERBS = frozenset(["make", "have", "take", "suffer"])


def _fronted(span: Any, anchor: Any) -> list[str]:
    """What the clauses joined to the anchor's verb tell, when the value's phrase stands before
    both ("At 7pm a flag dropped and the race began"): each joined verb and its subject's
    nouns. A phrase after the first verb is that clause's alone."""
    phrase = span.root.head if span.root.dep_ == "pobj" else span.root
    if anchor.pos_ != "VERB" or phrase.head.i != anchor.i or phrase.i > anchor.i:
        return []
    words = []
    for verb in (c for c in anchor.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        words.append(verb.lemma_.casefold())
        for subject in (c for c in verb.children if c.dep_ in SUBJECTS and c.pos_ == "NOUN"):
            words.extend(_noun_words(subject))
    return words


def _happened_then(span: Any) -> list[str]:
    """What a "when" clause on a date tells happened that day ("on 19/4, when a drilling crew
    broke into an old working and water poured into the gallery"): its verbs and their
    subjects' nouns, and the object a light verb makes the event ("February 1944, when it
    made a forced landing")."""
    clauses = [
        c
        for c in span.root.children
        if c.dep_ == "relcl" and c.pos_ == "VERB" and any(w.lower_ == "when" for w in c.children)
    ]
    words = []
    for verb in (v for c in clauses for v in (c, *(j for j in c.children if j.dep_ == "conj"))):
        if verb.pos_ != "VERB":
            continue
        words.append(verb.lemma_.casefold())
        for subject in (c for c in verb.children if c.dep_ in SUBJECTS and c.pos_ == "NOUN"):
            words.extend(_noun_words(subject))
        if verb.lemma_.casefold() in _LIGHT_VERBS:
            words.extend(c.lemma_.casefold() for c in verb.children if c.dep_ == "dobj")
    return words


def _a_gap(span: Any, before: str) -> bool:
    """Whether a length of time is how long until something happened again: "for the first
    time in 61 years", or "for" a time under a negated verb ("had not been seen for 61
    years")."""
    if _FIRST_TIME_IN.search(before):
        return True
    preposition = span.root.head
    verb = preposition.head
    return (
        span.root.dep_ == "pobj"
        and preposition.lower_ == "for"
        and verb.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "neg" for c in verb.children)
    )


def _while_doing(verb: Any) -> bool:
    """Whether a verb is what someone was doing when the main clause's event happened ("lost
    her ring while weeding her patch"): its time is that event's."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("while", "when", "as") for c in verb.children
    )


# Verbs that tell a thing's lasting size, not an event of its past.
_MEASURING = frozenset(["weigh", "measure"])


def _told_now(token: Any, event: Any) -> bool:
    """Whether a token is in a present-tense clause joined to a past event ("which opened in
    1861 and now has 31 pupils"): that clause tells the story's present, not the year's; so
    does a thing's measure, in whatever tense ("was put up in 1953 and weighed about 800
    kilograms")."""
    while token.i != event.i:
        joined = token.dep_ == "conj" and token.head.i == event.i
        if joined and (token.tag_ in ("VBZ", "VBP") or token.lemma_.casefold() in _MEASURING):
            return True
        token = token.head
    return False


def _when_then(doc: Any, after: int) -> set[int]:
    """The tokens of a "when" clause right after a year ("the Belmira disaster of 1994, when
    8,000 tonnes of oil came ashore"): what happened that year, wherever the parse hangs it."""
    at = after
    while at < len(doc) and doc[at].is_punct:
        at += 1
    if at == len(doc) or doc[at].lower_ != "when" or doc[at].head.pos_ not in ("VERB", "AUX"):
        return set()
    found = {t.i for t in doc[at].head.subtree}
    # "since 2014, when a train derailed at Gorsey Junction, killing two people and injuring
    # 19": the parse hangs what the clause's event did on the sentence's verb
    end = max(found) + 1
    while end < len(doc) and doc[end].is_punct and doc[end].text != ".":
        end += 1
    if end < len(doc) and doc[end].tag_ == "VBG" and doc[end].dep_ == "advcl":
        found |= {t.i for t in doc[end].subtree}
    return found


def _sentence_facts(
    doc: Any,
    sentence: Sentence,
    mentions: list[Mention],
    people: list[Mention],
    before: Before,
    published: dt.date | None,
    lede: bool = False,
) -> list[Fact]:
    """The facts one sentence tells; `lede`: it is its article's first that tells anything."""
    facts: list[Fact] = []
    years = _earlier_years(doc, sentence, mentions, published)
    background = _past_events(doc, years)
    # What happened "when" an earlier year's event did; a cause dated by a year may still be
    # the story's ("pointed to a costly relaunch of its website in 2024").
    recalled = {i for span in years for i in _when_then(doc, span.end)}

    def add(kind: str, text: str, normal: str, start: int, end: int, anchor: Any, who: str) -> None:
        about = about_words(anchor) if anchor is not None else ()
        noun = head_noun(anchor) if anchor is not None else ""
        if not noun and kind in _OF_EVENTS and anchor is not None:
            # "The tornado struck ... and stayed on the ground for nearly 40 minutes"
            shared = _shared_subject(anchor)
            noun = shared.lemma_.casefold() if shared is not None else ""
        if kind == "agent" and anchor is not None and (post := post_of(anchor)):
            noun, about = post, (*about, post)  # who was chosen is told by the post
        elif kind == "agent" and anchor is not None and _party(anchor, start, end, raised_for):
            # "raised £4,200 for the hospice", "all of which will go to Blood Bikes": who the
            # money is for, whichever verb gives it
            about = (RAISED_FOR, *(w for w in about if w != anchor.lemma_.casefold()))
        elif kind == "agent" and anchor is not None and (found := found_noun(anchor)) is not None:
            noun = found  # "his wife Marjorie found her": she found the dog, not the wife
            if comes_across(anchor) or anchor.lemma_.casefold() == "notice":
                # "stumbled across the orchid", "It was first noticed by X": finding it
                about = ("find", *(w for w in about if w != anchor.lemma_.casefold()))
        elif kind == "agent" and anchor is not None and _party(anchor, start, end, bought_from):
            about = (SOLD, *about)  # "bought the inn from Cressington Inns": who sold it
            sold = [c for c in anchor.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
            noun = sold[0].lemma_.casefold() if sold else noun
        elif kind == "agent" and anchor is not None and organises(anchor):
            # "The syndicate is run by driver Trevor Capstick", "which runs the ferry", "has
            # launched an appeal": who organises it ("run" alone is no class: "ran 26 miles",
            # "pacers ran with her")
            about = (RUN_BY, *about)  # the verb kept: "Which company ran the bus ...?"
            run = [
                t
                for t in organised(anchor)
                if t.pos_ == "NOUN" and t.lemma_.casefold() not in _NEVER_ABOUT  # "every autumn"
            ]
            noun = run[0].lemma_.casefold() if run else noun
            if any(_indefinite(t) for t in run):
                about = (*about, DONE_TO_ONE)  # "set up a fund": nothing says it is one fund
        elif kind == "agent" and anchor is not None and _party(anchor, start, end, sold_to):
            # "sold ... to Greystone Farming": who bought it, as "bought by" tells
            about = (BOUGHT, *(w for w in about if w != SOLD))
            sold = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
            noun = sold[0].lemma_.casefold() if sold and sold[0].pos_ == "NOUN" else noun
        elif kind == "agent" and anchor is not None and (doer := _doer(anchor, start, end)):
            # "the campaign's leader, Jemima Stallard, handed Cllr R a petition": about the
            # petition and its handing, not the leader the name is
            own = set(_noun_words(doer))
            about = tuple(w for w in about if w not in own)
            about = (*about, DONE_BY_SUBJECT) if names_the_deed(anchor) else about
            # of two objects ("handed the council a petition") the second is what was handed
            done = [c for c in anchor.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
            noun = done[-1].lemma_.casefold() if done else noun
            about = (*about, DONE_TO_ONE) if done and _indefinite(done[-1]) else about
        if kind == "agent" and anchor is not None and (owned := _owned_thing(anchor)):
            noun = owned  # "The Hollinmere Estate, which owns the lake": the lake's owner
        if kind == "agent" and anchor is not None and infinitive_of(anchor.head) == anchor:
            # "The first person to find the damage was X": the first person is X, not what
            # was found
            doer = set(_noun_words(anchor.head))
            about = tuple(w for w in about if w not in doer)
        if kind == "amount" and anchor is not None:
            about = tuple(dict.fromkeys((*about, *_what_the_sum_is(anchor, start, end))))
        if kind == "measure" and normal.endswith(f" {values.MAGNITUDE}"):
            # A magnitude is of the quake or aftershock it measures, whichever the word for it
            about, noun = lexicon.measured(about), next(iter(lexicon.measured((noun,))), "")
        if kind == "count" and normal == "1" and set(about) & REPORTING:
            return  # "One passenger told the Trumpet": someone who spoke, not a count
        if kind == "count" and about[:1] == ("dial",):
            return  # "dialled 999": a number called, not a count
        at = sentence.start
        facts.append(Fact(kind, text, normal, at + start, at + end, about, who, sentence.id, noun))

    def about_also(*words: str) -> None:
        """Adds words to what the fact just added is about (a marker, or a word of it)."""
        facts[-1] = dataclasses.replace(facts[-1], about=(*facts[-1].about, *words))

    unit_read_to = 0  # where the last unit read after a figure ended ("7lb 2oz": the 2 is in it)
    # names an age told by "is" may be of, whatever the model took them for (`_age_said`)
    names = [_local(m, sentence) for m in mentions if m.kind in _NAMED_KINDS]
    for mention in mentions:
        local = _local(mention, sentence)
        span = doc.char_span(local.start, local.end, alignment_mode="expand")
        if span is None or local.start < unit_read_to:
            continue
        if mention.label == "ORDINAL" and (tries := _attempts(sentence.text, local)):
            # "passed at the fourth attempt", "at her second attempt": how many it took
            add("count", tries[0], tries[1], local.start, tries[2], _anchor(span), "")
            # the ordinal is the value, not which attempt a report tells of
            about = tuple(w for w in facts[-1].about if w not in lexicon.ORDINALS)
            facts[-1] = dataclasses.replace(facts[-1], about=about, noun="attempt")
            continue
        if mention.label == OUTCOME and mention.normalized in EVENT_OUTCOMES:
            # "The rest of the display was cancelled": what became of the display, told of it;
            # how far a run went, of its route, whoever went it ("the tractors completed the
            # full route", "the convoy was cut short")
            held = _HELD_BY.get(mention.normalized)
            if held == RATIFICATION and not _RECORD.search(sentence.text):
                held = None  # a ratification told of no record: whatever event it befell
            if held := held or _event_undergoing(span):
                text, normal = mention.text, mention.normalized
                add("outcome", text, normal, local.start, local.end, None, held)
            continue
        if mention.label == OUTCOME:
            # "was handed a jail term": who was handed it; "take no further action against
            # Mrs Plumtree": whom the action would have been against
            given = _given_to(span) or _against(span)
            who = _named(given, people, before) if given is not None else None
            if NOBODY.match(mention.text):
                who = ""  # "there were no arrests", "Nobody was hurt": told of no one named
            else:
                who = who or _subject_person(span, people, before) or _aged_undergoer(span)
            undergoer = _undergoer(span.root) if not who else None
            if undergoer is not None and undergoer.pos_ == "NOUN" and _another(undergoer):
                continue  # "The other two boys were allowed home": not who the story follows
            if mention.normalized == CAPTURED and undergoer is not None and _craft(undergoer):
                continue  # "the bus was lifted onto a recovery lorry and taken away"
            add("outcome", mention.text, mention.normalized, local.start, local.end, None, who)
            if not who and (someone := _someone_introduced(span)):
                facts[-1] = dataclasses.replace(facts[-1], noun=someone)
            continue
        scale = None
        if mention.kind in ("number", "date"):
            # The entity may leave out "£" and "m" of "£25m", or "euros" after "4.2 million";
            # the model even reads the "2.4" of "$2.4m" as a date.
            start, end = values.amount_span(sentence.text, local.start, local.end)
            if values.amount_form(sentence.text[start:end]):
                mention, local = _recut(mention, local, sentence, start, end, kind="number")
                span = doc.char_span(start, end, alignment_mode="expand") or span
            elif mention.kind == "date" and (
                scale := _SCALE_AFTER.match(sentence.text[local.end :])
            ):
                # "6.5m dalers", in a currency no list knows, is 6.5 million of it, not 6 May
                end = local.end + scale.end()
                mention, local = _recut(mention, local, sentence, end=end, kind="number")
                span = doc.char_span(local.start, local.end, alignment_mode="expand") or span
            elif mention.kind == "date" and (measured := values.leading_measure(mention.text)):
                # "A 40ft Christmas tree": the model's date "40ft Christmas" is a height
                end = local.start + measured
                mention, local = _recut(mention, local, sentence, end=end, kind="number")
                span = doc.char_span(local.start, local.end, alignment_mode="expand") or span
        if mention.kind in ("number", "date") and (
            (aged := _age_phrase_start(sentence.text, local.start, mention.text, span, lede))
            is not None
        ):
            # "who is aged 52": the NER leaves "aged" out of the number
            mention, local = _recut(mention, local, sentence, start=aged)
        if mention.text.casefold() == "half" and (
            unit_and_a := _UNIT_AND_A.search(sentence.text[: local.start])
        ):
            # "raced over a mile and a half": the NER's number is the "half" alone; the figure
            # hangs where its unit does ("a mile", which the parse puts after "over")
            mention, local = _recut(mention, local, sentence, start=unit_and_a.start())
            unit_stop = unit_and_a.start() + len(unit_and_a[0].rsplit(" and ", 1)[0])
            span = doc.char_span(local.start, unit_stop, alignment_mode="expand") or span
        raced = _RACED.search(sentence.text[: local.start]) is not None
        over = _OVER.match(mention.text) if raced else None
        if mention.kind == "number" and over is not None:
            # "the final, raced over three miles": the course's length, no more than it
            mention, local = _recut(mention, local, sentence, start=local.start + over.end())
        elif (
            mention.kind == "number"
            and (bound := _BOUND_BEFORE.search(sentence.text[: local.start]))
            and not (
                bound[0].casefold().startswith("over")
                and _RACED.search(bound.string, 0, bound.start())
            )
        ):
            # "visibility was under 50 metres": the NER leaves the bound out of the figure
            mention, local = _recut(mention, local, sentence, start=bound.start())
        if mention.kind == "number" and (
            (ounces := values.ounces_end(sentence.text, local.start, local.end)) > local.end
        ):
            unit_read_to = ounces  # "8lb 4oz", the NER's number ending before "oz"
            mention, local = _recut(mention, local, sentence, end=ounces, label="QUANTITY")
        plan = mention.kind == "date" and planned(_anchor(span))  # only a day is read ahead
        before_it = sentence.text[: local.start]
        typed = _value_fact(mention, published, plan, before_it) or _year_of_a_thing(mention, span)
        compound = _COMPOUND.match(sentence.text, local.end)
        if typed is not None and typed[0] == "duration" and compound:
            # "more than 45 day-trippers": the unit begins a compound noun, and counts it
            figure = mention.text.rsplit(" ", 1)[0]
            local = local.model_copy(update={"end": local.start + len(figure)})
            mention = mention.model_copy(update={"text": figure})
            count = values.count_form(figure)
            typed = ("count", count) if count else None
        if typed is None and mention.label == "QUANTITY" and (number := _count_of_a_noun(mention)):
            # "setting FOUR beavers free": a number and what it counts, a QUANTITY to the model
            mention, local = _recut(mention, local, sentence, end=local.start + len(number))
            span = doc.char_span(local.start, local.end, alignment_mode="expand") or span
            count = values.count_form(number)
            typed = ("count", count) if count else None
        if typed and typed[0] == "count" and _aged_noun(sentence.text[: local.start], typed[1]):
            typed = ("age", typed[1])  # "a retired midwife of 59", "A SCHOOLGIRL of nine"
        if typed and typed[0] == "count" and _SUPERLATIVE_AT.search(sentence.text[: local.start]):
            typed = ("age", typed[1])  # "Maisie Whiteley, the youngest at eight"
        if scale is not None and (count := values.scaled_count(mention.text)):
            typed = ("count", count)
        if (
            typed is not None
            and typed[0] == "count"
            and (other := values.other_currency_sum(sentence.text, local.start, local.end))
        ):
            # "TLV 5.2m", "3 million talvers": a sum in a currency no list knows
            mention, local = _recut(mention, local, sentence, other[0], other[1])
            span = doc.char_span(other[0], other[1], alignment_mode="expand") or span
            typed = ("amount", other[2])
        for unit_end, form, kind in _UNIT_AFTER:
            # "a three-and-a-half-year deal", "1,200 tonnes": the NER labels the number alone;
            # the unit written after it makes it a duration or a measure
            end = unit_end(sentence.text, local.end)
            counted = typed is not None and typed[0] == "count"
            pending = values.a_fraction(mention.text) or values.unit_at_end(mention.text)
            if not (counted or pending) or end == local.end:
                continue  # ("a quarter" of "a quarter of a mile" counts nothing by itself, nor
                # "a mile" of "a mile and a half")
            text = sentence.text[local.start : end]
            if value := form(text):
                unit_read_to = end
                mention, local = _recut(mention, local, sentence, end=end)
                span = doc.char_span(local.start, end, alignment_mode="expand") or span
                typed = (kind, value)
        if typed and typed[0] == "duration":
            end = values.smaller_unit_end(sentence.text, local.start, local.end)
            longer = values.duration_form(sentence.text[local.start : end])
            if end > local.end and longer:
                unit_read_to = end  # "five hours and 47 minutes": one length, not two
                mention, local = _recut(mention, local, sentence, end=end)
                span = doc.char_span(local.start, end, alignment_mode="expand") or span
                typed = ("duration", longer)
        scaled = (
            typed
            and typed[0] == "count"
            and values.scale_before(sentence.text, local.start, typed[1])
        )
        if scaled:
            typed = ("measure", scaled)  # "a magnitude 5.8 earthquake"
        if typed and typed[0] == "count" and _RISEN_TO.search(sentence.text[: local.start]):
            typed = ("count", values.at_most(typed[1]))  # "The death toll rose to eight"
        if (apposed := _apposed_age(sentence.text, local, people)) is not None:
            add("age", mention.text, apposed[1], local.start, local.end, None, apposed[0])
            continue
        # "Maisie is 10.", "When she died in June, at 97,": ages the NER reads as a count or a date
        whose = _age_at_death(span, sentence.text[: local.start], people, before)
        if whose is None and (typed is None or typed[0] == "count"):
            # "Cyril is 97": a "DATE" to the model, of a first name it took for an organisation
            whose = _age_said(span, people, before, names)
        if whose is not None:
            age = values.count_form(mention.text) or mention.text  # "ninety-five": 95
            add("age", mention.text, age, local.start, local.end, None, whose)
            continue
        where = mention.kind == "place" and (mention.label != "LOC" or _town_like(mention))
        # "began at Dunsevern Central station": the NER's organisation names a building
        building = _building_named(span) if mention.kind == "organization" else None
        if building is not None:
            where, span = True, building  # where the building is, the name says
        if typed is None and where and (event := event_of_place(span)):
            if span.root.i not in background:  # not "an earthquake in 1987 centred on X"
                add("place", mention.text, mention.normalized, local.start, local.end, event, "")
                if _COURT.search(mention.text):
                    about_also(*COURT_WORDS)
            continue
        # "a gang known as Copperhand": the name given, whatever the NER took it for
        # (a body the model calls a facility, "a helicopter of the Skerrin Coastguard", too)
        by = mention.kind in ("organization", "person") or mention.label == "FAC"
        by = by or named_as(span.root) is not span.root
        # a year the NER misread as a name ("caused by the winter storms of 2040") did nothing
        by = by and any(ch.isalpha() for ch in mention.text)
        a_person, body = mention.kind == "person", mention.kind == "organization"
        if typed is None and by and (event := event_of_agent(span, a_person, body)):
            add("agent", mention.text, mention.normalized, local.start, local.end, event, "")
            continue
        if typed is None:
            continue
        kind, normal = typed
        since = kind == "duration" and values.ago_form(mention.text) is not None
        if since and span.root.head.pos_ != "VERB":
            continue  # "the last dock strike, five years ago, went on": when that strike was
        often = kind == "duration" and values.how_often(mention.text)  # "held every five years"
        if span.root.i in background and kind in _OF_EVENTS and not (since or often):
            continue  # "the 2011 sinking, which killed 17": another event's figure
        whole = _part_counted(span) if kind == "count" else None
        if kind == "count" and whole is None and _PART_OF.match(sentence.text, local.end):
            continue  # "14 injured, four of them seriously": a part, not the number injured
        if kind == "count" and normal == "1" and _OF.match(sentence.text, local.end):
            continue  # "The Dabchick, one of Kingcup Boat Hire's fleet": one of many, no count
        if kind == "count" and _PLACED_BY.match(sentence.text, local.end):
            continue  # "was about ten cars back from the front": where, not how many
        others = kind == "count" and _OTHERS_AFTER.match(sentence.text, local.end) is not None
        if others and span.root.head.dep_ not in SUBJECTS:
            continue  # "beat 39 other finalists": the others, not "one of 40 finalists"
        who = _subject_person(span, people, before) if kind == "age" else ""
        anchor = _anchor(span)
        if since and anchor is not None and _while_doing(anchor):
            anchor = anchor.head  # "lost her ring while weeding 16 years ago": since the loss
        if kind == "date" and anchor is not None and (deed_as_subject := _done_as_subject(anchor)):
            anchor = deed_as_subject  # "The last player to take all ten wickets ... was X, in 1974"
        if kind == "duration" and anchor is not None and (doing := _done_there(span, anchor)):
            anchor = doing  # "were loose in the grounds for six hours": the grounds did not last
        add(kind, mention.text, normal, local.start, local.end, anchor, who)
        if kind == "date" and anchor is not None and _for_the_first_time(anchor):
            about_also(FIRST_TIME)
        if others:  # "Two other dogs were taken ill": the others, counted as the story's own
            about_also(OTHERS)
        if kind == "duration" and anchor is not None and (deed := _done_while(anchor)):
            about_also(deed)
        if kind == "age" and span.root.dep_ in SUBJECTS:
            # "A 16-year-old from Harrowdene made a maximum break": the age is the person
            facts[-1] = dataclasses.replace(facts[-1], noun=AGED_PERSON)
        if kind == "age" and (aged_noun := _aged_noun(sentence.text[: local.start], normal)):
            facts[-1] = dataclasses.replace(facts[-1], noun=aged_noun)  # "a gran of 87": the gran's
        if kind == "date" and plan:
            about_also(PLANNED)
        if kind == "date" and len(normal) == 4 and _went_missing(span) is not None:
            # "vanished", "went missing", "missing since": one event, the lexicon's "missing"
            about_also(MISSING)
        if kind in ("date", "time") and anchor is not None and (both := _fronted(span, anchor)):
            # "At 7pm ..., a flag dropped in a field ..., and the Lawnmower Race began": the
            # time fronted before both clauses is the race's start too
            about_also(*both)
        if kind == "date" and (then := _happened_then(span)):
            # "The first alarm sounded ... on 19/4, when ... water poured into the gallery":
            # the day the water broke in, as another report tells it
            about = tuple(dict.fromkeys((*facts[-1].about, *then)))
            facts[-1] = dataclasses.replace(facts[-1], about=about)
        if kind == "date" and re.fullmatch(r"\d{4}", normal) and last_done(span):
            about_also(LAST_DONE)
        elif (
            kind == "date"
            and len(normal) == 4
            and MISSING not in facts[-1].about
            and held_since(span)
        ):
            about_also(SINCE)
        if kind == "duration" and _a_gap(span, sentence.text[: local.start]):
            about_also(GAP)
        if often:
            about_also(EVERY)  # "held every five years": how often, not how long it lasts
        if kind == "duration" and anchor is not None and _race_time(anchor):
            about_also(FINISHED_IN)  # "The winning time was 2 minutes 51 seconds"
        if kind == "date" and len(normal) == 4 and (thing := _thing_of_a_year(span)) is not None:
            words = tuple(_noun_words(thing))  # the carnival's year, not the film's showing
            facts[-1] = dataclasses.replace(facts[-1], about=words, noun=words[-1])
        if kind == "duration" and (of := _measured_of(span)) is not None:
            # "After nine days of walkouts, union bosses signed a deal": the walkouts' length
            words = tuple(_noun_words(of))
            facts[-1] = dataclasses.replace(facts[-1], about=words, noun=words[-1])
        elif kind == "duration" and (spent := _spent_in(span, anchor)):
            # "in the water for nearly 20 minutes", "after some ten minutes in the water"
            about_also(*spent)
        if kind == "measure" and (of := _measured_of(span)) is not None:
            # "plunged into 20FT of freezing water": the water's depth, not the car's (what
            # was done stays: "cover 140 hectares of fields" is "covering 90 hectares of
            # farmland")
            words = tuple(_noun_words(of))
            about = (*facts[-1].about, *words)
            facts[-1] = dataclasses.replace(facts[-1], about=about, noun=words[-1])
        if kind == "measure" and (origin := _measured_from(span)) is not None:
            # "about half a mile from the home he walked out of", "a mile and a half from Mrs
            # Ellerker's old home": how far from one place, whatever verb each report uses
            origins = tuple(f"{DISTANCE_FROM}{w}" for w in _noun_words(origin))
            about_also(*origins)
        if kind == "measure" and (dimension := values.dimension_after(sentence.text, local.end)):
            about_also(dimension)
        elif kind == "measure" and anchor is not None and (dimension := _superlative(anchor)):
            about_also(dimension)  # "at 86 feet, they believe is the tallest in the country"
        if kind == "measure" and normal.endswith(f" {values.OUNCE}"):
            # "the 8lb 4oz bundle of joy": pounds and ounces weigh a body, whatever the verb
            about_also("weight")
        rated = kind in ("count", "amount", "duration")  # "spend twelve hours a week" on it
        after = sentence.text[local.end : local.end + 40]
        per_unit = kind == "amount" and _PER_UNIT.search(after)
        if (rated and _RATE.search(after)) or per_unit:
            about_also(RATE)
        if whole is not None:  # "68 of the little buildings were damaged": buildings
            words = tuple(_noun_words(whole))
            about = (*facts[-1].about, *words)
            facts[-1] = dataclasses.replace(facts[-1], about=about, noun=words[-1])
        if kind == "count" and _times(span):
            facts[-1] = dataclasses.replace(facts[-1], noun=TIMES)
        # "won by 312 votes"; not "a petition signed by 14,000 people", who signed it
        after_by = kind == "count" and _BY.search(sentence.text[: local.start]) is not None
        if after_by and facts[-1].noun not in _SOMEONE:
            about_also(MARGIN)
    named = [(m.start - sentence.start, m.end - sentence.start) for m in mentions]
    for place in common_places(doc):
        start, end = place.start_char, place.end_char
        if any(s < end and start < e for s, e in named) or place.root.i in background:
            continue  # "at the Drovers Arms": the name is the place
        # "north gate", "car park" (of "car parks"), "playing field" (the words before as written)
        normal = " ".join(t.lower_ for t in place[:-1]) + " " + place.root.lemma_.casefold()
        normal = normal.strip()
        if (event := event_of_place(place)) is None:
            continue
        if (whole := _named_whole(place, facts, sentence)) is not None:
            # "on the playing field of Fothercote Primary School": one place, told whole
            text = sentence.text[start : whole.end - sentence.start]
            merged = f"{normal} of {whole.normalized}"
            at = sentence.start + start
            facts[facts.index(whole)] = dataclasses.replace(
                whole, value=text, normalized=merged, start=at
            )
            continue
        if (name := _proper_owner(place)) is not None:
            # "the car park of the Fox and Fiddle", a name the NER gave no place
            owner = name.text.casefold().removeprefix("the ")
            end, normal = name.end_char, f"{normal} of {owner}"
        elif (name := _proper_possessor(place)) is not None:
            # "in St Milburga's church hall": the hall of a church the NER took for a body
            start, normal = name.start_char, f"{normal} of {name.text.casefold()}"
        add("place", sentence.text[start:end], normal, start, end, event, "")
    # Names only the parse found ("Cyril Vandermolen, the detective who ...") can be chosen too.
    unmentioned = [p for p in people if not _covered(p, mentions, sentence)]
    unmentioned += [
        n
        for n in _agents_by_name(doc)
        if not _covered(n, mentions, sentence)
        and not any(p.start < n.end and n.start < p.end for p in people)
    ]
    for person in unmentioned:
        span = doc.char_span(person.start, person.end, alignment_mode="expand")
        if span is not None and (event := event_of_agent(span, person=True)) is not None:
            add("agent", person.text, person.normalized, person.start, person.end, event, "")
    for start, end, normal in scores(sentence.text):
        span = doc.char_span(start, end, alignment_mode="expand")
        # not "lost 3-0 in 2019"; a tally of votes is the story's own decision, however long
        # ago it was taken ("in 2027 the town council voted by 11 votes to four to lease it")
        tally = _VOTES_WORD.search(sentence.text, start, end) is not None
        if span is not None and (span.root.i not in background or tally):
            add("score", sentence.text[start:end], normal, start, end, _anchor(span), "")
    for person, role, start, end in roles(doc, people):
        add("role", doc.text[start:end], role, start, end, None, person.normalized)
        post = doc.char_span(start, end, alignment_mode="expand")
        if held_by_one(role) and post is not None and not _FORMER.search(post.text):
            # who the mayor is: the name, about the post and whose post it is, when written
            add(HOLDER, person.text, person.normalized, person.start, person.end, None, "")
            about = (*role.split(), *post_owner(post[-1]))
            facts[-1] = dataclasses.replace(facts[-1], about=about, noun=role)
    for start, end, anchor, way_in in causes(doc, _anchor):
        if anchor is not None and anchor.i in recalled:
            continue  # "since 1998, when the Pellworth Dam burst after a storm"
        named = doc.char_span(start, end, alignment_mode="expand")
        if (
            _STARTED_BY.search(doc.text[:start])
            and named is not None
            and named.root.pos_ == "PROPN"
        ):
            continue  # "A petition started by Imogen Tate": who began it (an agent), no cause
        phrase = doc.text[start:end]
        add("cause", phrase, phrase.casefold(), start, end, anchor, "")
        if way_in:
            about_also(WAY_IN)
    named_in = [_local(m, sentence) for m in mentions] + people  # people the parse found too
    for identity in identities(doc, named_in):
        start, end = identity.start, identity.end
        add(IDENTITY, doc.text[start:end], identity.normal, start, end, identity.thing, "")
        written = set(identity.normal.split())  # "a Vespa scooter" is of the scooter, no Vespa
        kept = [w for w in facts[-1].about if w not in written]
        kept += [NAME_GIVEN] if identity.named else []
        facts[-1] = dataclasses.replace(facts[-1], about=tuple(kept), noun=identity.noun)
    return facts
