"""Causes: what a sentence says brought its event about, as the noun phrase that names it.

Outlets disagree on why things happen as often as on numbers ("brake failure" against "black
ice"), and tell it in a handful of constructions: a phrase after "caused by", "blamed ... on",
"pointed to"; the subject of "caused"; "X was the cause" or "was to blame"; what a vehicle
skidded on; what came just before a breakdown ("gave way after days of torrential rain", "went
under after soaring rents ate into profits"); what a thing was trapped, flattened or
brought down by, or what struck or tore it ("lightning struck the cupola"); what made it
happen ("the heat had made the steel swell"); and a part that seized or snapped. Each cause is
read as the noun phrase its words head ("a costly and troubled relaunch of its website", not four
words cut at "and"), so two causes are compared by what they are, not by the words around them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple

from index.disputes.lexicon import NOT_JOBS, REPORTING, SUBJECTS
from index.disputes.people import PERSON_NOUNS
from index.disputes.values import is_job

_NOUNS = frozenset({"NOUN", "PROPN"})

# The words that introduce a cause; the cause is the noun phrase right after them.
_CAUSE = re.compile(
    r"\b(?:caused\s+by|blamed\s+(?:\w+\s+){0,4}on|due\s+to|because\s+of|result\s+of|"
    r"sparked\s+by|started\s+by|triggered\s+by|(?:attributed|traced)\s+(?:\w+\s+){0,4}to|"
    r"point(?:s|ed)?\s+to|(?<!\bto\s)blam(?:e|es|ed|ing)|"
    # "The delay came down to granite", "the closure was down to a staffing shortage"
    r"(?:came|comes|come|was|were|is|are|put)\s+down\s+to|"
    r"treat(?:s|ed|ing)?\s+(?:\w+\s+){0,3}as|"
    r"(?:the\s+)?(?:cause|explanation|reason|problem|fault)\s+(?:of\s+(?:\w+\s+){0,4})?"
    r"(?:was|is|as))\s+"
    r"((?:an?\s+|the\s+)?[\w'-]+(?:\s+[\w'-]+){0,3})",
    re.IGNORECASE,
)
# Where the words after an introduction stop being its cause, when the parse finds no noun.
_CAUSE_STOP = re.compile(
    r"(?:\s+(?:in|on|at|and|but|which|that|who|after|when|provided|by|for)\b|,).*$", re.IGNORECASE
)
# Verbs whose subject is a cause: "a build-up of methane gas had caused the blast"; "set" with
# "off" too ("A car that had stopped after hitting a deer is thought to have set off the
# pile-up").
_CAUSING = frozenset(["cause", "trigger", "spark"])
# Verbs whose agent, in the passive, is what did the harm: "trapped by a flash flood",
# "flattened by a falling tree". (Who did a piece of work is `named.event_of_agent`'s.)
_HARMING = frozenset(
    ["trap", "damage", "destroy", "flatten", "hit", "block", "strike", "flood", "crush",
     "bury", "engulf", "topple", "overturn", "wreck", "sever", "breach", "cut", "knock",
     "wash", "undermine", "erode", "tear", "rip", "kill"]
)  # fmt: skip
# Verbs that stop or hold up an event, whose agent in the passive is what did: "The final was
# halted for about 15 minutes by a hailstorm", "play was interrupted by rain".
_STOPPING = frozenset(["halt", "stop", "interrupt", "suspend", "disrupt"])
# Of them, those whose subject is what did the harm: "a rockfall blocked the way out", "a
# falling tree crushed two cars" ("hit", "struck" and "cut" are as often what crashed into what).
_HARMING_ACTIVE = frozenset(
    ["trap", "damage", "destroy", "flatten", "block", "crush", "bury", "engulf", "topple", "wreck",
     "wash", "undermine", "erode", "tear", "rip"]
)  # fmt: skip
# Of the colliding verbs, those whose subject, when it is no vehicle, is what did the harm:
# "lightning struck the cupola", "a gust knocked the scaffolding over" (a car that struck a
# cyclist is the crash, `_VEHICLES`; "hit" is as often a shot or a blow).
_STRIKING = frozenset(["strike", "knock"])
# What is struck without harm: "the clock struck the hour", "struck a deal"; and the places a
# storm or a quake strikes, which is the story's event told again, not its cause ("a violent
# hailstorm struck the town").
_STRUCK_UNHARMED = frozenset(
    ["hour", "midnight", "noon", "deal", "agreement", "bargain", "chord", "note", "balance",
     "tone", "pose", "match", "gold", "town", "city", "village", "province", "region", "area",
     "country", "coast", "island", "county", "district", "state"]
)  # fmt: skip
# A fire and its smoke: what a fire story tells happened, never its cause ("destroyed by fire").
_BURNING = frozenset(["fire", "blaze", "flame", "smoke", "inferno"])
# Who acts in a story, never what caused it: "was hit by police", "blocked by protesters".
_NOT_CAUSES = PERSON_NOUNS | frozenset(["police", "authority", "government", "people", "crowd"])
# What a vehicle or its driver was hit or struck by is what crashed into it ("a lorry braked
# hard and was hit from behind by a car"), a part of the crash, not its cause (a crane's base
# "hit by a lorry" is).
_COLLIDING = frozenset(["hit", "strike", "knock"])
_VEHICLES = frozenset(
    ["car", "van", "lorry", "truck", "bus", "coach", "train", "tram", "vehicle", "motorbike",
     "motorcycle", "bike", "bicycle", "taxi", "tractor", "ship", "boat", "vessel"]
)  # fmt: skip
# Sentences worth parsing for a cause even with no value in them.
_TELLS_CAUSE = re.compile(
    _CAUSE.pattern
    + r"|\b(?:caus|trigger|spark)(?:e|es|ed|ing)?\b|\b(?:explanation|reason|culprit)\b"
    + r"|\bset(?:s|ting)?\s+off\b"
    + r"|\bbrought\s+down\s+by\b"
    # what people were punished for (`_causes_punished`)
    + r"|\b(?:sen[dt]|sending|exclud|suspend|expel|bann|sack|punish|disciplin|reprimand)"
    + r"\w*\b.*\bfor\s+\w+ing\b"
    + r"|\b(?:trapped|damaged|destroyed|flattened|hit|blocked|struck|flooded|crushed|buried|"
    r"engulfed|toppled|overturned|wrecked|severed|breached|cut|knocked)\s+by\b"
    r"|\b(?:skid|slip|slid|aquaplan)\w*\s+on\b|\b(?:patch|sheet)\s+of\b"
    # a "when" clause of what went wrong (`_set_off_by`), not every "when"
    r"|\bwhen\b.*\b(?:leak|pour|spill|escap|burst|cut|sever|spread|ignit|fail|collaps|"
    r"overflow|seep|snap|brak|struck|strik)\w*"
    r"|\bout\s+of\s+control\b|\bwhen\b.*\b(?:blew|blow\w*)\s+out\b"
    # "a worn brake ... had failed" (`_faults`)
    r"|\b(?:cracked|loose|worn|corroded|frayed|rusted)\b.*\b(?:fail|snap)\w*"
    # "swerved to avoid a deer" (`_causes_avoided`)
    r"|\b(?:swerv|veer|brak)\w*\s+to\s+avoid\b"
    r"|\b(?:trapped|damaged|destroyed|flattened|blocked|crushed|buried|engulfed|toppled|"
    r"wrecked|washed|undermined|eroded|tore|torn|ripped|struck|knocked)\b"
    r"|\b(?:seized|jammed|overheated|snapped|malfunctioned)\b"
    # "where a build-up of soot caught fire" (`_causes_caught_fire`)
    r"|\bcaught\s+fire\b"
    # "the heat had made the steel swell" (`_causes_making`)
    r"|\b(?:made|makes|making|forced|forces|forcing)\b"
    # "had sent thousands of litres of water pouring into the underpass"
    r"|\b(?:sent|sends|sending)\s+(?:[\w'-]+\s+){1,6}?\w+ing\b"
    # "got in through an unlocked window", "squeezed through a gap" (`_causes_way_in`)
    r"|\b(?:in|out|into|onto|inside|way)\b.*\bthrough\b|\b(?:squeez|sneak|escap|enter)\w*\s+through\b",
    re.I,
)
# ... and with a breakdown told before an "after" or a "because" (`_causes_after`).
_TELLS_BREAKDOWN = re.compile(
    r"\b(?:collaps|crash|sank|sink|sunk|capsiz|derail|explod|fail|overturn|fell|fall|burst|"
    r"escap|out|down|under|cave|gave|give)\w*\b.*\b(?:after|because)\b"
    r"|\b(?:off|cancel|abandon|postpon|scrap|suspend|evacuat)\w*\b.*\bbecause\b"
    r"|\b(?:clos|shut)\w*\b.*\b(?:after|because)\b",
    re.I,
)
_LONGEST_CAUSE = 8  # words; a longer subject is a clause, not a cause to compare
# Nouns that name a cause when something is said to be one: "a gas explosion in the basement
# was the most likely cause".
_CAUSE_NOUNS = frozenset(["cause", "explanation", "reason", "culprit"])
# Breakdowns whose "after" tells why they happened: "the tunnel came down after a roof support
# gave way", "the chain went under after soaring rents ate into profits", "the slope gave way
# after days of torrential rain". Other events' "after" mostly tells what came before ("sacked
# two days after a 4-0 defeat", "forced from their homes after the river burst its banks").
_BREAKDOWNS = frozenset(
    ["collapse", "crash", "sink", "capsize", "derail", "explode", "fail", "overturn", "fall",
     "escape", "burst"]
)  # fmt: skip
_PHRASAL_BREAKDOWNS = frozenset(
    [("come", "down"), ("go", "under"), ("go", "down"), ("shut", "down"), ("break", "down"),
     ("cave", "in"), ("give", "way"), ("get", "out"), ("break", "out"), ("go", "out")]
)  # fmt: skip
# Events whose "when" clause tells what set them off, when what it tells went wrong: "the
# lights went out when a digger cut through the main supply cable", "the blaze started when a
# controlled burn got out of control", "12,000 fish died when whey poured into the river",
# "31 passengers were stuck mid-river when one of the chains snapped". ("The trouble started
# when fans confronted ..." is people acting, not a cause; "died when the car hit a tree" tells
# the crash.)
_SET_OFF = frozenset(["start", "begin", "die", "stop", "halt", "strand", "stick"])
_WENT_WRONG = frozenset(
    ["leak", "pour", "spill", "escape", "burst", "cut", "sever", "spread", "ignite", "fail",
     "collapse", "overflow", "seep", "snap", "brake"]
)  # fmt: skip
# Falls told in verbs of their own, whose "when" clause tells what set them off as a
# breakdown's does ("residents plunged 12 floors when a steel cable snapped"); not breakdowns
# for an "after" ("shares plunged after the warning" tells what came before).
_FELL = frozenset(["plunge", "plummet", "drop", "hurtle"])
_OUT_OF_CONTROL = frozenset(["get", "go", "run", "spin", "burn"])
# "The crash happened ... when a front tyre blew out": an event said to happen, when it is a
# breakdown (`_EVENT_NOUNS`), is set off as one is.
_HAPPENING = frozenset(["happen", "occur"])
# Swerving or braking to avoid something: what was avoided set off the crash ("swerved to avoid
# a deer and rolled onto its side").
_AVOIDING = frozenset(["swerve", "veer", "brake"])
# Verbs of losing grip, whose "on" names what caused it: "the coach skidded on black ice".
_SLIPS = frozenset(["skid", "slip", "slide", "aquaplane"])
# ... and what a patch of something met on the road is of: "hit a patch of black ice".
_PATCHES = frozenset(["patch", "sheet", "slick"])
# Moments an "after" dates by, which cause nothing: "shut down an engine after take-off".
_MOMENTS = frozenset(
    ["midnight", "dawn", "dark", "dusk", "nightfall", "sunset", "sunrise", "take-off",
     "takeoff", "landing", "departure", "launch", "kick-off", "lunch", "dinner", "breakfast"]
)  # fmt: skip
# "after days of torrential rain": a stretch of time is no cause, what filled it is.
_SPELLS = frozenset(["day", "week", "month", "hour", "night", "year", "minute", "weekend"])
# Words before a noun that belong to its phrase: "a costly and troubled relaunch".
_LEFT_OF_NOUN = frozenset(
    ["det", "amod", "compound", "nummod", "poss", "advmod", "cc", "conj", "quantmod", "case",
     "nmod", "npadvmod"]
)  # fmt: skip

# Where a gerund stands as a noun: "blamed quarry blasting".
_NOUN_SLOTS = frozenset(["dobj", "pobj", "nsubj", "nsubjpass"])
# Slots of a verb's, not a noun's: a noun found in one is a misparse, and the words after the
# introduction are read up to where the cause stops instead (`_CAUSE_STOP`).
_MISPARSED = frozenset(["xcomp", "ccomp", "advcl", "aux"])

Span = tuple[int, int, Any]  # a cause's start and end in the sentence, and the word it is of


# Faults, which are causes wherever they are told: "had suffered a steering failure", "the
# investigators' early focus: a hydraulic fault", "tests had found a faulty thermostat". A fault
# noun needs a word for what failed ("a failure" alone may be of a policy); a worn or cracked
# part is a fault only in a sentence that tells a cause ("blamed the breach on water seeping
# through a cracked outlet pipe"), as a cracked wall is as often what an event left behind.
_FAULT_NOUNS = frozenset(
    ["failure", "fault", "malfunction", "defect", "error", "glitch", "leak", "flaw", "blockage"]
)
_FAULTY = frozenset(["faulty", "defective", "malfunctioning"])
_WORN = frozenset(["cracked", "loose", "worn", "corroded", "frayed", "leaking", "leaky", "rusted"])
# Words that say how bad, how likely or how often a fault was, not what failed: "a
# catastrophic error", "the common fault" is no cause.
_HOW_BAD = frozenset(
    ["catastrophic", "fatal", "critical", "serious", "grave", "terrible", "major", "minor",
     "huge", "big", "small", "simple", "basic", "costly", "tragic", "deadly", "obvious",
     "fundamental", "massive", "total", "complete", "possible", "apparent", "alleged",
     "common", "same", "known", "new", "other", "similar", "main", "only", "rare", "likely"]
)  # fmt: skip
# Words over a fault that deny it: "ruled out a mechanical failure", "denied any fault".
_DENYING = frozenset(["rule", "deny", "reject", "dismiss", "exclude", "doubt"])
_FAULT_WORDS = re.compile(
    r"\b(?:" + "|".join(sorted(_FAULT_NOUNS | _FAULTY)) + r")s?\b", re.IGNORECASE
)


def tells_cause(text: str) -> bool:
    """Whether a sentence with no value in it is worth parsing for a cause."""
    return bool(
        _TELLS_CAUSE.search(text) or _TELLS_BREAKDOWN.search(text) or _FAULT_WORDS.search(text)
    )


class Cause(NamedTuple):
    """A cause a sentence tells: where it stands in the sentence, the word it is the cause of,
    and whether it is a way in or out (`WAY_IN`)."""

    start: int
    end: int
    anchor: Any
    way_in: bool


def causes(doc: Any, anchor_of: Callable[[Any], Any | None]) -> list[Cause]:
    """Every cause a parsed sentence tells. `anchor_of` finds the word it is the cause of for a
    cause introduced by words ("blamed on", "due to")."""
    ways = _causes_way_in(doc)
    found = [
        *_causes_as_subjects(doc),
        *_causes_making(doc),
        *_causes_after(doc),
        *_causes_slipped_on(doc),
        *_causes_punished(doc),
        *_causes_avoided(doc),
        *_causes_named(doc),
        *_causes_harming(doc),
        *_causes_broken(doc),
        *_causes_caught_fire(doc),
        *ways,
        *_causes_introduced(doc, anchor_of),
    ]
    # A fault inside a cause already read ("a faulty crane cable was the most likely cause")
    # is that cause, not a second one.
    found += [
        fault
        for fault in _faults(doc)
        if not any(fault[0] < end and start < fault[1] for start, end, _ in found)
    ]
    return [
        Cause(*span, span in ways)
        for span in found
        if not _pointer(doc, span) and not _a_time(doc, span)
    ]


def _pointer(doc: Any, span: Span) -> bool:
    """Whether a cause only points back ("This was the cause", "it"): it names nothing."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    return words is None or words.root.pos_ == "PRON"


def _a_time(doc: Any, span: Span) -> bool:
    """Whether a cause is a time ("the night of October 10", "the first day"): it dates what
    happened, whatever construction put it where a cause stands."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not (words.root.lower_ in _WHEN or words.root.lower_ in _WEEKDAYS):
        return False
    # "days of heavy rain" is the rain; "the night of October 10" a night
    of = [g for c in words.root.children if c.lower_ == "of" for g in c.children]
    return all(g.pos_ == "PROPN" or g.like_num or g.lower_ in _WHEN for g in of)


# What follows a noun without naming it: a clause about it ("gusts ... that swept in from the
# sea") or an aside.
_NOT_OF_PHRASE = frozenset(["relcl", "acl", "advcl", "punct", "appos", "cc", "conj"])


def _phrase(head: Any) -> tuple[int, int] | None:
    """The noun phrase a noun heads, with its "of" phrase ("a flock of birds", "gusts of up to
    110km/h") and without what follows (a clause, a place), as character offsets; None when too
    long to be one cause."""
    of = [c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"]
    last = max(t.i for t in _pruned(of[0])) if of else head.i
    return _bounds([t for t in head.subtree if t.i <= last])


def _pruned(word: Any) -> list[Any]:
    """A word and what depends on it, without the clauses and asides hung on its nouns."""
    kept = [word]
    for child in word.children:
        if child.dep_ not in _NOT_OF_PHRASE:
            kept.extend(_pruned(child))
    return kept


def _bounds(words: list[Any]) -> tuple[int, int] | None:
    """The character offsets of a cause's words; None when too many to be one cause."""
    words = [w for w in words if not w.is_space]  # a dateline blanked before the parse
    if not words or len(words) > _LONGEST_CAUSE:
        return None
    return words[0].idx, words[-1].idx + len(words[-1])


def _noun_at(doc: Any, start: int) -> Any | None:
    """The noun whose phrase begins at a character: "a costly and troubled relaunch" ->
    relaunch; None when the words there are not a noun phrase ("due to appear")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    token = span[0]
    for _ in range(4):
        if token.dep_ not in _LEFT_OF_NOUN or token.head.i <= token.i:
            break
        token = token.head
    if token.dep_ in _MISPARSED:
        return None  # "pointed to brake failure" parsed as "to brake" with "failure" its object
    if token.pos_ in _NOUNS or (token.tag_ == "VBG" and token.dep_ in _NOUN_SLOTS):
        return token  # "quarry blasting" is a noun phrase the parse heads with a gerund
    return None


# A time after "due to" and one word: what was due to happen then ("due to headline on
# Saturday night"), not what something was due to.
_SCHEDULED = re.compile(
    r"\s+(?:(?:on|at|by)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)"
    r"|next\b|this\b|later\b|tomorrow\b|today\b|tonight\b)",
    re.IGNORECASE,
)


def _causes_introduced(doc: Any, anchor_of: Callable[[Any], Any | None]) -> list[Span]:
    """Causes after the words that introduce one: "caused by", "blamed ... on", "pointed to"."""
    found = []
    for match in _CAUSE.finditer(doc.text):
        start = match.start(1)
        noun = _noun_at(doc, start)
        bounds = _phrase(noun) if noun is not None else None
        if bounds is None:
            phrase = _CAUSE_STOP.sub("", match.group(1)).strip()
            bounds = (start, start + len(phrase))
        span = doc.char_span(*bounds, alignment_mode="expand")
        if span is None or (noun is None and span[0].tag_ in ("VB", "VBP", "VBZ", "VBG", "MD")):
            continue  # "due to appear before magistrates" schedules; it gives no cause
        if _SCHEDULED.match(doc.text, bounds[1]) and match.group(0).casefold().startswith("due"):
            continue  # "was due to end on Sunday night": a timetable, whatever the tagger read
        if noun is None and span[0].pos_ == "ADP":
            continue  # "the model blamed for a string of fires": what it is blamed for
        if noun is None and span.root.pos_ == "ADJ":
            continue  # "the fire was not being treated as suspicious": a judgement, no cause
        found.append((*bounds, anchor_of(span)))
    return found


def _causes_named(doc: Any) -> list[Span]:
    """Causes told as the subject of "was the cause" or "was to blame", as (start, end, the
    word that names it a cause)."""
    found = []
    for noun in doc:
        lemma = noun.lemma_.casefold()
        named = lemma in _CAUSE_NOUNS and noun.dep_ == "attr"
        to_blame = lemma == "blame" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in noun.children
        )
        if not (named or to_blame) or noun.head.lemma_ != "be":
            continue
        if _own_reason(noun):
            continue  # "The tree was the reason we bought the house": a speaker's own motive
        subjects = [c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        subject = subjects[0] if subjects else _noun_before(noun.head)
        if subject is not None and (bounds := _phrase(subject)) is not None:
            found.append((*bounds, noun))
    return found


def _own_reason(noun: Any) -> bool:
    """Whether a cause noun is the reason for what the speaker did: "the reason we bought the
    house" (a relative clause with a first-person subject), not the story's event."""
    clauses = [c for c in noun.children if c.dep_ == "relcl"]
    return any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("i", "we")
        for clause in clauses
        for s in clause.children
    )


def _noun_before(verb: Any) -> Any | None:
    """The noun whose phrase ends right before a verb, when the parse has not made it the
    verb's subject: "According to Colonel Vantanen, brake failure on the long descent was the
    most likely cause" hangs "brake failure" on the colonel's name."""
    if verb.i == 0:
        return None
    token = verb.doc[verb.i - 1]
    while token.dep_ == "pobj" and token.head.dep_ == "prep":
        token = token.head.head  # "failure on the long descent" -> failure
    if token.pos_ != "NOUN" or token.lemma_.casefold() in _NOT_CAUSES:
        return None
    return token


def _causes_as_subjects(doc: Any) -> list[Span]:
    """Causes told as the subject of an active causing verb, as (start, end, what was caused)."""
    found = []
    for verb in doc:
        set_off = verb.lemma_.casefold() == "set" and any(
            c.dep_ == "prt" and c.lower_ == "off" for c in verb.children
        )
        if not (verb.lemma_.casefold() in _CAUSING or set_off) or verb.pos_ != "VERB":
            continue
        if any(c.dep_ == "auxpass" for c in verb.children):
            continue  # "caused by X" is read as introduced
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in _NOUNS]
        if not subjects and verb.dep_ == "xcomp":  # "X is thought to have set off the crash"
            subjects = [c for c in verb.head.children if c.dep_ in SUBJECTS and c.pos_ in _NOUNS]
        if not subjects and verb.dep_ == "acl":
            subjects = _misread_subject(verb)
        if not subjects:
            subjects = _relative_subject(verb)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects:
            continue
        if subjects:
            words = list(subjects[0].subtree)
            if len(words) > _LONGEST_CAUSE:
                words = _core(subjects[0])
        elif (reduced := _reduced_subject(verb)) is not None:
            words = reduced
        else:
            continue
        if (bounds := _bounds(words)) is not None:
            found.append((*bounds, objects[0]))
    return found


def _relative_subject(verb: Any) -> list[Any]:
    """The noun a relative clause's "which" or "that" stands for, as the subject of a verb of
    that clause or one joined to it: "several days of heavy rain, which soaked into the clay
    cliff and caused a large section to slump" (the rain)."""
    clause = verb.head if verb.dep_ == "conj" else verb
    relative = any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in clause.children)
    if clause.dep_ != "relcl" or not relative or clause.head.pos_ != "NOUN":
        return []
    return [clause.head]


# Verbs that make something happen to what follows them: "the heat had made the steel swell",
# "the flood forced the bridge to close".
_MAKING = frozenset(["make", "force", "send"])
# Names of who or what acts, never a cause: "the council made the firm repaint it".
_ACTORS = frozenset(["PERSON", "ORG", "GPE", "NORP"])


def _causes_making(doc: Any) -> list[Span]:
    """Causes told as what made something happen: the subject of "made" or "forced" with a
    clause of what followed ("the sweltering heat had made the steel swell so much that the
    bridge wedged itself stuck"), as (start, end, what it made happen). Not who made someone
    do something ("the council made the firm repaint it"), nor a thing made ("made a cake")."""
    found = []
    for verb in doc:
        if verb.lemma_.casefold() not in _MAKING or verb.pos_ != "VERB":
            continue
        # what followed is a happening told after what it happened to ("the steel swell"),
        # not a state ("made the rescue one of the hardest") nor a deed ("forced open")
        # ("a burst water main had sent water pouring into the underpass": what it sent did so)
        sent = verb.lemma_.casefold() == "send"
        done = [
            c
            for c in verb.children
            if (c.dep_ in ("ccomp", "xcomp") or (sent and c.dep_ == "advcl" and c.tag_ == "VBG"))
            and c.pos_ in ("VERB", "NOUN")
            and c.i > verb.i + 1
        ]
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        if not done or not subjects:
            continue
        subject = subjects[0]
        lemma = subject.lemma_.casefold()
        if lemma in _NOT_CAUSES or subject.ent_type_ in _ACTORS or is_job(lemma):
            continue
        if (bounds := _bounds(list(subject.subtree))) is not None:
            found.append((*bounds, done[0]))
    return found


def _misread_subject(verb: Any) -> list[Any]:
    """The subject of a verb the parser took for a participle of the noun before it:
    "Investigators believe a spark from welding work on a tank set off the explosion" hangs
    "set off" on "tank". A causing participle has no object ("a fire started by arson"), so
    with one the verb is the clause's, and its subject the first noun of the phrase "tank"
    ends (`_causes_broken` reads "a gearbox in the drive station seized" so)."""
    noun = verb.head
    while noun.dep_ in ("pobj", "dobj") and noun.head.dep_ in ("prep", "pcomp"):
        noun = noun.head.head
        while noun.dep_ == "pcomp" or noun.pos_ == "ADP":
            noun = noun.head
    return [noun] if noun.pos_ in _NOUNS and noun.i < verb.head.i else []


def _core(noun: Any) -> list[Any]:
    """A long subject cut to its noun and the phrase right after it: "a leak from a gas main
    [beneath the Ferrandine Coatings factory in Wexholme]" caused the explosion. Where the thing
    was tells more about it, but is not what the outlets disagree on."""
    words = [t for t in noun.subtree if t.i <= noun.i]
    after = [c for c in noun.rights if c.dep_ == "prep"][:1]
    for prep in after:
        words.append(prep)
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            words.extend(t for t in obj.subtree if t.i <= obj.i)
        for gerund in (c for c in prep.children if c.dep_ == "pcomp"):  # "from welding work"
            words.append(gerund)
            for obj in (c for c in gerund.children if c.dep_ == "dobj"):
                words.extend(t for t in obj.subtree if t.i <= obj.i)
    return sorted(words, key=lambda t: t.i)


def _reduced_subject(verb: Any) -> list[Any] | None:
    """The subject the parser misses when a participle follows it: in "Diesel spilled on the
    road by a support vehicle caused the crash", "spilled" is taken for the verb and "caused"
    for a second one joined to it, with no "and" between. The cause is the noun with its
    participle ("Diesel spilled"); where it was spilled, and by whom, only tell more."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ != "VERB" or head.i >= verb.i:
        return None
    if any(t.dep_ == "cc" or t.text in ",;" for t in verb.doc[head.i : verb.i]):
        return None  # "Rain fell and caused floods": two verbs of one subject
    subjects = [c for c in head.children if c.dep_ == "nsubj" and c.pos_ in _NOUNS]
    if not subjects:
        return None
    return [*subjects[0].subtree, head]


def _causes_harming(doc: Any) -> list[Span]:
    """What a thing was trapped, flattened or brought down by, as (start, end, the verb), in
    the passive ("trapped by a flash flood") or the active ("a rockfall blocked the way out").
    In the active, only a thing is a cause: "protesters blocked the road" tells who acted, and
    "the lorry hit a wall" what crashed."""
    found = []
    for verb in doc:
        lemma = verb.lemma_.casefold()
        brought_down = lemma == "bring" and any(c.lower_ == "down" for c in verb.children)
        stopped = lemma in _STOPPING
        if not (lemma in _HARMING or brought_down or stopped):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl"
        if passive:  # "a tree brought down by the storm" is passive without an auxiliary
            agents = [c for c in verb.children if c.dep_ == "agent"]
            nouns = [c for a in agents for c in a.children if c.dep_ == "pobj"]
            if stopped:  # "halted by a hailstorm"; "stopped by a steward" tells who acted
                nouns = [n for n in nouns if not _someone(n)]
        elif _may_be(verb):
            continue  # "warned that the structure could damage the oak": no harm done yet
        elif (lemma in _HARMING_ACTIVE or lemma in _STRIKING) and _harmed(verb):
            # "the crane toppled" harms nothing; "its jib crushed a van" is the crane again
            nouns = [
                c for c in verb.children if c.dep_ == "nsubj" and not _someone(c) and not _owned(c)
            ]
        else:
            continue
        nouns = [
            n
            for n in nouns
            if n.pos_ == "NOUN"
            and n.lemma_.casefold() not in _NOT_CAUSES
            # "destroyed by a fire", "damaged by smoke": the fire the story tells, or what it
            # did, never what set it off
            and n.lemma_.casefold() not in _BURNING
            # "brought down by Sunday morning" tells when ("days of heavy rain" is rain)
            and (n.lower_ not in _WHEN or n.lemma_.casefold() in _SPELLS)
            and not _the_event(n)
            # "killed by a dog" tells what killed the sheep; "killed by a gunman" who did
            and not (lemma == "kill" and _someone(n))
            and not (
                lemma in _COLLIDING
                and (_vehicle_hit(verb) or not passive)
                and n.lemma_.casefold() in _VEHICLES
            )
        ]
        if nouns and (bounds := _phrase(nouns[0])) is not None:
            found.append((*bounds, verb))
    return found


_MODALS = frozenset(["could", "might", "may", "would", "will", "can", "should"])


def _may_be(verb: Any) -> bool:
    """Whether a verb tells what may happen, not what did ("could damage the oak")."""
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def _harmed(verb: Any) -> bool:
    """Whether an active verb has something it harmed: an object, and for a striking verb one
    struck to harm ("lightning struck the cupola", not "the clock struck the hour")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.casefold() in _STRIKING:
        return any(o.lemma_.casefold() not in _STRUCK_UNHARMED and not o.like_num for o in objects)
    return bool(objects)


# Verbs a part breaks down by, whose subject is a cause wherever it is told: "a gearbox in the
# drive station seized", "a cable had snapped". ("Failed" is as often talks or a bid.)
_BROKE = frozenset(["seize", "jam", "overheat", "snap", "malfunction"])


def _causes_broken(doc: Any) -> list[Span]:
    """Parts said to seize, jam, overheat or snap, as (start, end, the verb)."""
    found = []
    for verb in doc:
        if verb.lemma_.casefold() not in _BROKE or verb.pos_ != "VERB":
            continue
        if any(c.dep_ in ("auxpass", "dobj") for c in verb.children):
            continue  # "police seized the drugs", "seized by a gang"
        nouns = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        if not nouns and verb.dep_ == "acl" and not any(c.dep_ == "agent" for c in verb.children):
            # "A gearbox in the drive station of the cable car seized": the verb taken for a
            # participle of "car" (not "the drugs seized at the port", a participle of its own)
            nouns = [n for n in _misread_subject(verb) if n is not verb.head]
        nouns = [n for n in nouns if not _someone(n) and not _the_event(n)]
        if nouns and (bounds := _phrase(nouns[0])) is not None:
            found.append((*bounds, verb))
    return found


# Verbs of getting in or out of somewhere, whose "through" names the way ("got in through an
# unlocked window", "came in through a skylight", "squeezed through a gap in her paddock
# fence"), and of forcing a way in, whose object names it ("forced the back door").
_GETTING_THROUGH = frozenset(
    ["get", "come", "climb", "break", "smash", "squeeze", "crawl", "enter", "escape", "slip",
     "force", "sneak"]
)  # fmt: skip
# ... of them those that say so alone; the others only with "in", "out" or "their way" ("Three
# men came in through a skylight"), not "Firefighters cut through the roof", "the meteorite
# smashed through the farmhouse roof".
_GETTING_IN = frozenset(["squeeze", "enter", "escape", "sneak"])
_IN_OR_OUT = frozenset(["in", "out", "into", "onto", "inside", "way"])
_FORCING = frozenset(["force", "smash", "jemmy", "prise", "prize", "kick"])
# What a way in or out is: an opening or a barrier got through.
_OPENINGS = frozenset(
    ["door", "window", "skylight", "gate", "fence", "hedge", "wall", "gap", "hole", "vent",
     "flap", "lock", "shutter", "grille", "fanlight", "entrance"]
)  # fmt: skip


# What a cause that is a way in or out is about besides its verb's words: such causes are an
# aspect of their own ("How did the thieves get in?" is not "What caused the fire?").
WAY_IN = "way-in"


def _causes_way_in(doc: Any) -> list[Span]:
    """How someone or something got in or out, as (start, end, the verb): the opening "through"
    which ("The thieves got in through an unlocked window at the back", "came in through a
    skylight") or that was forced ("forced the back door of the town hall"). Outlets disagree
    on it as on any cause, and "How did the thieves get in?" asks it (`WAY_IN`)."""
    return [
        (*bounds, verb)
        for verb in doc
        for way in _ways(verb)
        if (bounds := _phrase(way)) is not None
    ]


def _ways(verb: Any) -> list[Any]:
    """The openings a verb tells someone got in or out through, or forced (`_causes_way_in`)."""
    lemma = verb.lemma_.casefold()
    if verb.pos_ != "VERB" or lemma not in _GETTING_THROUGH | _FORCING:
        return []
    getting_in = lemma in _GETTING_IN or any(c.lower_ in _IN_OR_OUT for c in verb.children)
    ways = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "through" and lemma in _GETTING_THROUGH
        for o in p.children
        if o.dep_ == "pobj" and getting_in
    ]
    if lemma in _FORCING:
        ways += [c for c in verb.children if c.dep_ == "dobj"]
    return [way for way in ways if way.lemma_.casefold() in _OPENINGS]


def _causes_caught_fire(doc: Any) -> list[Span]:
    """What caught fire in a clause telling where or when a fire began, as (start, end, the
    sentence's main verb): "the blaze began in the flue of the bread oven, where a build-up of
    soot caught fire", "the fire started when a tumble dryer caught fire". Said as the
    sentence's own news ("The bakery caught fire on Monday") it is what burned, no cause."""
    found = []
    for verb in doc:
        fire = any(c.dep_ == "dobj" and c.lemma_.casefold() == "fire" for c in verb.children)
        if verb.lemma_.casefold() != "catch" or not fire or verb.dep_ not in ("relcl", "advcl"):
            continue
        nouns = [
            c
            for c in verb.children
            if c.dep_ == "nsubj" and c.pos_ in _NOUNS and not _someone(c) and not _the_event(c)
        ]
        if nouns and (bounds := _phrase(nouns[0])) is not None:
            found.append((*bounds, verb.sent.root))
    return found


def _vehicle_hit(verb: Any) -> bool:
    """Whether what a passive verb tells was hit is a vehicle or someone in one."""
    patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "conj" and not patients:  # "a lorry braked hard ... and was hit"
        patients = [c for c in verb.head.children if c.dep_ in SUBJECTS]
    return any(p.lemma_.casefold() in _VEHICLES | PERSON_NOUNS for p in patients)


# Events a story is about: "homes were damaged by the flood", "the main was damaged by the
# collapse" tell what the story's own event did, not what caused it.
_EVENT_NOUNS = frozenset(
    ["collapse", "explosion", "blast", "fire", "blaze", "flood", "flooding", "earthquake",
     "quake", "tremor", "storm", "tornado", "hurricane", "avalanche", "eruption", "landslide",
     "crash", "collision", "derailment", "leak", "spill", "attack", "riot", "violence"]
)  # fmt: skip


def _the_event(noun: Any) -> bool:
    """Whether a noun is the story's event told again ("the flood"), not a new thing."""
    definite = any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in noun.children)
    return definite and noun.lemma_.casefold() in _EVENT_NOUNS


def _owned(noun: Any) -> bool:
    """Whether a noun is a part of something already told ("its jib", "their roof")."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _someone(noun: Any) -> bool:
    """Whether a noun names people or an organisation, which act rather than cause."""
    lemma = noun.lemma_.casefold()
    return (
        noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or lemma in PERSON_NOUNS
        or lemma in NOT_JOBS
        or is_job(lemma)
    )


def _breakdown(verb: Any, after: Any | None = None) -> bool:
    """Whether a verb tells a breakdown; the parse may hang its particle on the "after" that
    follows ("gave way after": "way" on "after")."""
    lemma = verb.lemma_.casefold()
    return lemma in _BREAKDOWNS or any(
        (lemma, p) in _PHRASAL_BREAKDOWNS for p in _particles(verb, after)
    )


def _particles(verb: Any, after: Any | None = None) -> list[str]:
    """The words that make a phrasal verb of a verb ("gave way", "broke down"); the parse may
    hang them on the "after" that follows ("gave way after": "way" on "after"), or call the
    "out" of "got out of her enclosure" a preposition."""
    holders = [verb, after] if after is not None else [verb]
    return [
        c.lower_
        for h in holders
        for c in h.children
        if c.dep_ in ("prt", "dobj", "advmod") or (c.dep_ == "prep" and c.lower_ == "out")
    ] or [""]


# Breakdowns that are escapes, whose "after" clause may tell what someone did that let them
# happen: "got out of her enclosure after a visitor left a gate open".
_ESCAPES = frozenset(["escape"])
_PHRASAL_ESCAPES = frozenset([("get", "out"), ("break", "out")])


def _escaped(verb: Any) -> bool:
    """Whether a verb tells an escape (`_ESCAPES`, "got out", "broke out")."""
    lemma = verb.lemma_.casefold()
    return lemma in _ESCAPES or any((lemma, p) in _PHRASAL_ESCAPES for p in _particles(verb))


# What an "after" names when it tells the time, not what came before: "after 1 p.m.", "after
# midnight" ("after days of torrential rain" names the rain, `_what_filled`).
_WHEN = frozenset(
    ["a.m.", "p.m.", "am", "pm", "noon", "midday", "midnight", "dawn", "dusk", "hour", "hours",
     "minute", "minutes", "morning", "afternoon", "evening", "night", "day", "days", "week",
     "weeks", "month", "months", "year", "years"]
)  # fmt: skip


def _causes_after(doc: Any) -> list[Span]:
    """Causes told as what came just before a breakdown or why it came, as (start, end, the
    breakdown): the subject of the "after" or "because" clause, or its object when the
    subject only points back ("shut down the engine after it ingested a flock of birds"); or
    what an "after" names ("gave way after days of torrential rain": the rain)."""
    found = []
    for verb in doc:
        if verb.dep_ == "prep" and verb.lower_ == "after" and _breakdown(verb.head, verb):
            nouns = [c for c in verb.children if c.dep_ == "pobj" and c.pos_ in _NOUNS]
            cause = _what_filled(nouns[0]) if nouns else None
            if cause is not None and cause.lower_ in _WHEN:
                continue  # "came down shortly after 1 p.m." tells when, not why
            if cause is not None and (bounds := _phrase(cause)) is not None:
                found.append((*bounds, verb.head))
            continue
        event = _clause_event(verb)
        if event is None:
            continue
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"} | {
            c.lower_ for c in verb.children if c.dep_ == "advmod" and c.tag_ == "WRB"
        }
        told = _state_or_shortage(verb)
        closed = bool(marks & {"after", "because"}) and event.lemma_.casefold() in _CLOSING
        if marks & {"after", "because"}:
            called_off = ("because" in marks and _called_off(event)) or _delayed(event)
            ran_out = told is not None and verb.lemma_.casefold() == "run"
            if not (_breakdown(event) or called_off or ran_out or closed):
                continue
        elif not ("when" in marks and _set_off_by(verb, event)):
            continue
        if verb.lemma_.casefold() in REPORTING:
            continue
        if told is not None:
            found.append((*told, event))
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subjects and subjects[0].pos_ == "PRON":
            subjects = [c for c in verb.children if c.dep_ == "dobj"]
        if subjects and subjects[0].pos_ == "NUM":  # "when one of the chains snapped"
            subjects = [o for p in subjects[0].children if p.lower_ == "of" for o in p.children]
        let_out = bool(marks & {"after", "because"}) and _escaped(event)
        # "after a terrier ran on to the ring": a subject the tagger took for an adjective
        nounlike = bool(subjects) and (
            subjects[0].pos_ in _NOUNS
            or (subjects[0].pos_ == "ADJ" and subjects[0].dep_ == "nsubj")
        )
        someone = nounlike and _someone(subjects[0])
        if (closed or let_out) and someone:
            # "after visitors trampled thousands of flowers", "after a visitor left a gate open"
            if deed := _deed(subjects[0], verb):
                found.append((*deed, event))
            continue
        if not nounlike or _someone(subjects[0]):
            continue  # not "fell in moments after its driver had got in"
        if bounds := _phrase(subjects[0]):
            found.append((*bounds, event))
    return found


def _deed(subject: Any, verb: Any) -> tuple[int, int] | None:
    """What people did, as a cause: the subject, its verb and the verb's object ("visitors
    trampled thousands of flowers"), without where or why they did it; None when too long."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    last = max(t.i for t in _pruned(objects[0])) if objects else verb.i
    return _bounds([t for t in subject.doc[subject.left_edge.i : last + 1]])


_WEEKDAYS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)


# Events called off or cut short, whose "because" clause tells why: "The Greyling Festival was
# called off ... because the site was waterlogged" (an "after" tells as often what came before).
_CALLING_OFF = frozenset(["cancel", "abandon", "postpone", "scrap", "suspend", "evacuate"])
# Verbs that put an event back, alone or with a particle ("put back", "held up").
_DELAYING = frozenset(["delay", "postpone", "defer"])
_PHRASAL_DELAYS = frozenset([("put", "back"), ("hold", "up"), ("push", "back")])
# Places shut, whose "after" or "because" tells why, whoever's deed it was: "have closed their
# sunflower field to the public after visitors trampled thousands of flowers", "has shut its
# field after an ambulance was held up" ("the shop closed after 40 years" tells a time).
_CLOSING = frozenset(["close", "shut"])


def _delayed(verb: Any) -> bool:
    """Whether a verb holds its event back, whose "after" or "because" clause tells why: "The
    start was put back by an hour after fog lay over the fen", "was held up for an hour after
    a crack was found in the ice" (the parse may call the particle an adverb)."""
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    lemma = verb.lemma_.casefold()
    return lemma in _DELAYING or any((lemma, p) in _PHRASAL_DELAYS for p in particles)


def _called_off(verb: Any) -> bool:
    """Whether a verb calls its event off (`_CALLING_OFF`, "called off")."""
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    lemma = verb.lemma_.casefold()
    return lemma in _CALLING_OFF or (lemma == "call" and "off" in particles)


# A dash or a comma, where an aside the parse took into a phrase begins.
_ASIDE = re.compile(r"\s+[-\u2013\u2014]\s+|,")


def _state_or_shortage(clause: Any) -> tuple[int, int] | None:
    """A cause a clause tells by what state its subject was in or what ran out, as the clause's
    words: "because the site was waterlogged" (not "the site"), "after it ran out of fuel" (not
    "it"); None for a clause of any other kind."""
    if clause.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in clause.children):
        subjects = [c for c in clause.children if c.dep_ == "nsubjpass" and c.pos_ in _NOUNS]
        subject = _phrase(subjects[0]) if subjects else None
        # with its particle: "an ambulance was held up"
        last = max([clause, *(c for c in clause.children if c.dep_ == "prt")], key=lambda t: t.i)
        return (subject[0], last.idx + len(last)) if subject else None
    outs = [c for c in clause.children if c.lower_ == "out" and c.dep_ in ("prep", "prt")]
    if clause.lemma_.casefold() != "run" or not outs:
        return None
    of = [c for o in (outs[0], clause) for c in o.children if c.lower_ == "of"]
    things = [c for p in of for c in p.children if c.dep_ == "pobj" and c.pos_ in _NOUNS]
    fuel = _phrase(things[0]) if things else None
    if fuel is None:
        return None
    aside = _ASIDE.search(clause.doc.text, clause.idx, fuel[1])  # "of fuel - missing families"
    return (clause.idx, aside.start() if aside else fuel[1])


def _clause_event(clause: Any) -> Any | None:
    """The event an adverbial clause is of: its head; or, for a "when" clause the parser hung
    on the time before it as a relative clause ("happened shortly after 3am, when a front tyre
    blew out"), the verb that time is of. None for any other word."""
    if clause.dep_ == "advcl":
        return clause.head
    time = clause.head
    # "on Wednesday when a cable snapped", "stopped in 1985, when lightning struck"
    timed = time.lower_ in _WHEN or time.lower_ in _WEEKDAYS or time.like_num
    if clause.dep_ == "relcl" and timed and time.dep_ == "pobj":
        return time.head.head if time.head.head.pos_ == "VERB" else None
    return None


def _set_off_by(clause: Any, event: Any) -> bool:
    """Whether a "when" clause tells what set its event off: the event breaks down, starts or
    kills, and what the clause tells went wrong (`_WENT_WRONG`, or got out of control)."""
    happened = event.lemma_.casefold() in _HAPPENING and any(
        c.dep_ in SUBJECTS and c.lemma_.casefold() in _EVENT_NOUNS for c in event.children
    )
    fell = event.lemma_.casefold() in _FELL
    if not (_breakdown(event) or event.lemma_.casefold() in _SET_OFF or happened or fell):
        return False
    lemma = clause.lemma_.casefold()
    if (lemma in _STRIKING or lemma in _HARMING_ACTIVE) and _harmed(clause):
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]  # "when lightning struck"
        return bool(subjects) and subjects[0].lemma_.casefold() not in _VEHICLES
    if lemma in _WENT_WRONG or (
        lemma == "blow" and any(c.lower_ == "out" for c in clause.children)
    ):
        return True
    return lemma in _OUT_OF_CONTROL and "out of control" in " ".join(
        t.lower_ for t in clause.subtree
    )


def _causes_avoided(doc: Any) -> list[Span]:
    """What a vehicle swerved or braked to avoid, as (start, end, the verb): "the lorry
    swerved to avoid a deer". A person avoided is who was there, not a cause."""
    found = []
    for verb in doc:
        if verb.lemma_.casefold() not in _AVOIDING:
            continue
        avoid = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_ == "avoid"]
        nouns = [c for a in avoid for c in a.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        # (not `_someone`: a "deer" ends as a volunteer's job does)
        people = nouns and (nouns[0].ent_type_ or nouns[0].lemma_.casefold() in PERSON_NOUNS)
        if nouns and not people and (bounds := _phrase(nouns[0])) is not None:
            found.append((*bounds, verb))
    return found


# Punishments, whose "for" and a gerund tells what for: "were sent home ... for wearing
# trainers", "was suspended for posting the video". Sending is one only when home. Read by the
# verb's form, not its lemma. Not "fined": the model lemmatises it "fin" or "fine" by batch,
# so the words a cause of a fine is about would differ between two builds of one corpus.
_PUNISHING = re.compile(
    r"(?:exclud(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|expel(?:s|led|ling)?|ban(?:s|ned|ning)?|"
    r"sack(?:s|ed|ing)?|punish(?:es|ed|ing)?|disciplin(?:e|es|ed|ing)|reprimand(?:s|ed|ing)?)",
    re.IGNORECASE,
)
_SENDING = frozenset(["send", "sends", "sent", "sending"])
# What a deed was done in place of, which is no part of it.
_INSTEAD = re.compile(r"\s+(?:instead\s+of|rather\s+than)\b", re.IGNORECASE)


def _causes_punished(doc: Any) -> list[Span]:
    """What people were punished for, as the gerund and its object ("wearing trainers"):
    two reports of one punishment that give different deeds disagree on its cause."""
    found = []
    for prep in (t for t in doc if t.dep_ == "prep" and t.lower_ == "for"):
        verb = prep.head
        while verb.pos_ != "VERB" and verb.dep_ in ("pobj", "prep", "npadvmod"):
            verb = verb.head  # "sent home on the first day of term for wearing": on "term"
        sent_home = verb.lower_ in _SENDING and any(c.lower_ == "home" for c in verb.children)
        if not (_PUNISHING.fullmatch(verb.text) or sent_home):
            continue
        for gerund in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
            objects = [c for c in gerund.children if c.dep_ == "dobj"]
            thing = _phrase(objects[0]) if objects else None
            end = thing[1] if thing else gerund.idx + len(gerund)
            if instead := _INSTEAD.search(doc.text, gerund.idx, end):
                end = instead.start()  # "wearing trainers instead of black leather shoes"
            if len(doc.text[gerund.idx : end].split()) <= _LONGEST_CAUSE:
                found.append((gerund.idx, end, verb))
    return found


def _causes_slipped_on(doc: Any) -> list[Span]:
    """What a vehicle or a person lost grip on, as (start, end, the verb): "the coach skidded
    on black ice", "the coach had hit a patch of black ice"."""
    found = []
    for word in doc:
        if word.dep_ == "prep" and word.lower_ == "on" and word.head.lemma_ in _SLIPS:
            nouns = [c for c in word.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
        elif word.lemma_.casefold() in _PATCHES and word.dep_ == "dobj" and _met(word.head):
            of = [c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"]
            nouns = [c for p in of for c in p.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
        else:
            continue
        if nouns and (bounds := _phrase(nouns[0])) is not None:
            found.append((*bounds, word.head))
    return found


# Verbs by which a vehicle or a person came on a patch of something: "had hit a patch of black
# ice" (not "an animal crossing a patch of snow").
_MEETING = frozenset(["hit", "strike", "meet", "encounter"])


def _met(verb: Any) -> bool:
    """Whether a verb says its subject came on what it has as object (`_MEETING`, `_SLIPS`)."""
    return verb.lemma_.casefold() in _MEETING | _SLIPS


def _what_filled(noun: Any) -> Any | None:
    """The cause an "after" names: the noun itself, or for a stretch of time what it was "of"
    ("days of torrential rain"); None for a bare time ("after midnight", "after two hours")."""
    if noun.lemma_.casefold() not in _SPELLS:
        left = [t for t in noun.subtree if t.i <= noun.i and t.dep_ != "det"]
        words = "".join(t.text_with_ws for t in left).strip()
        return None if words.casefold() in _MOMENTS else noun  # "take-off" is two words
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    objects = [c for p in of for c in p.children if c.dep_ == "pobj" and c.pos_ in _NOUNS]
    return objects[0] if objects else None


def _faults(doc: Any) -> list[Span]:
    """Faults told anywhere in a sentence, as (start, end, the fault's head noun), unless the
    sentence denies them ("no sign of a mechanical failure", "ruled out a software error").
    A fault noun needs a word for what failed ("a steering failure", not "a catastrophic
    error")."""
    worn_told = bool(_TELLS_CAUSE.search(doc.text))
    found = []
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.dep_ == "compound" or _denied(noun):
            continue  # "a faulty crane cable" is read from its head, the cable
        compounds = [c for c in noun.children if c.dep_ == "compound"]
        modifiers = [
            c for w in (noun, *compounds) for c in w.children if c.dep_ in ("amod", "compound")
        ]
        adjectives = {c.lemma_.casefold() for c in modifiers} | {c.lower_ for c in modifiers}
        what_failed = [m for m in modifiers if m.lower_ not in _HOW_BAD]
        if any(m.tag_ == "JJS" for m in modifiers):
            continue  # "the worst dam failure since 1998" ranks failures; it causes nothing
        # "intelligence failures" in the plural are failures in general, not this event's
        fault = noun.lemma_.casefold() in _FAULT_NOUNS and bool(what_failed) and noun.tag_ != "NNS"
        if noun.lemma_.casefold() in _EVENT_NOUNS and not worn_told:
            fault = False  # "a day after a chlorine gas leak sent 31 children to hospital"
        # "a worn brake on the lift's motor had failed": a worn part said to fail is a fault
        worn_failed = noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_ in _WENT_WRONG
        faulty = bool(adjectives & _FAULTY) or (
            (worn_told or worn_failed) and bool(adjectives & _WORN)
        )
        if (fault or faulty) and (bounds := _phrase(noun)) is not None:
            found.append((*bounds, noun))
    return found


def _denied(noun: Any) -> bool:
    """Whether a noun phrase is negated ("no sign of a fault") or what a denial is of."""
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in noun.children):
        return True
    for word in noun.ancestors:
        if word.lemma_.casefold() in _DENYING or any(c.dep_ == "neg" for c in word.children):
            return True
        if any(c.dep_ == "det" and c.lower_ == "no" for c in word.children):
            return True
    return False
