"""Aspects: the facts of one story grouped by what they are about, and sources grouped by value.

Facts about a person (age, role, what happened to them) form one aspect per person. Other facts
join when their attachment words fall in one class of `index.disputes.lexicon` ("killed" and
"death toll") or they are about the same noun ("the 19/10 raid", "a raid on 19/10"). In
each aspect, each document keeps its most precise values, and documents are grouped by
compatible values; two or more groups are a disagreement.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from corpus.chunking import document_of
from index.analysis.dates import WEEKDAYS, calendar_day, date_fields, weekday_of
from index.analysis.entities import name_tokens
from index.analysis.outcomes import (
    CAPTURED,
    CHARGED,
    RELEASED_UNCHARGED,
    TAKEN_TO_HOSPITAL,
    WARNED,
    WOUNDED,
)
from index.disputes import lexicon, values
from index.disputes.causes import WAY_IN
from index.disputes.facts import (
    BEGINNINGS,
    COURT_WORDS,
    DECISION,
    DISTANCE_FROM,
    DONE_BY_SUBJECT,
    DONE_TO_ONE,
    EVERY,
    FIRST_TIME,
    LAST_DONE,
    MISSING,
    OTHERS,
    PLANNED,
    RATE,
    RATIFICATION,
    RECORD,
    RUN_BY,
    SINCE,
    STAND,
    Fact,
    set_up,
)
from index.disputes.holders import HOLDER, holdings
from index.disputes.identities import IDENTITY, NAME_GIVEN
from index.disputes.lexicon import HAPPENED, REPORTING
from index.disputes.named import (
    BODY_ROLES,
    CAMPAIGNS,
    GRANTING,
    GRANTS,
    MAKING,
    RAISED_FOR,
    SENDING,
    chosen_name,
)
from index.disputes.people import PERSON_NOUNS
from index.disputes.spellings import NAME, Spelling, spellings

_PERSON_KINDS = frozenset({"age", "role", "outcome"})


@dataclass(frozen=True, slots=True)
class Aspect:
    """Facts of one story about one thing, and the documents grouped by compatible values.

    Slotted: an opened table at a million passages holds ~a million of them."""

    story: int
    kind: str
    name: str
    subject: str
    words: tuple[str, ...]
    facts: tuple[int, ...]
    groups: tuple[tuple[str, ...], ...]

    @property
    def disputed(self) -> bool:
        return len(self.groups) >= 2


# Nouns that count anything: "7 people were killed" and "9 died" count the same thing.
GENERIC_NOUNS = frozenset(["people", "person", "number", "total", "toll", "figure"])


# Verbs too common to say that two values are about the same thing.
_LIGHT_WORDS = frozenset(["be", "have", "do", "make", "take", "get", "go", "give", "put", "see"])
# Markers a fact's words may hold that say how its value is told, never what it is of: two facts
# sharing one are not linked by it ("a day", "since", "for the first time", a plan).
_MARKERS = frozenset({RATE, PLANNED, SINCE, FIRST_TIME, EVERY})


def _share(fact: Fact) -> bool:
    """Whether an amount is a percentage ("12 per cent"), not a sum of money."""
    return fact.kind == "amount" and fact.normalized.endswith(values.PERCENT)


def same_thing(a: Fact, b: Fact) -> bool:
    """Counts of different things never share an aspect ("23,000 vehicles", "four lanes"), nor
    a share and a sum ("15 per cent of any future sale" beside the £18 million fee)."""
    if _share(a) != _share(b):
        return False
    if a.kind == "measure" and len(_dimensions(a) | _dimensions(b)) > 1:
        return False  # "15 metres across and 10 metres deep": a width and a depth
    if a.kind != "count" or not a.noun or not b.noun or a.noun == b.noun:
        return True
    if _counts_things(a) != _counts_things(b) and {a.noun, b.noun} & _PERSONS:
        return False  # "47 people on board" and "the dozen cars on board"
    if a.noun in GENERIC_NOUNS or b.noun in GENERIC_NOUNS:
        return True
    shared = _attribute_classes(a) & _attribute_classes(b)
    if "margin" in shared:
        return True  # "a majority of 231" and "by 312 votes" (two firefighters and nine
        # residents who died are two counts, though both are of deaths)
    if "on board" in shared and not _NOT_ABOARD & lexicon.counted_classes((a.noun, b.noun)):
        return True  # "carrying 31 passengers" and "the 27 pensioners on board"; not the crew
    classes_a, classes_b = lexicon.counted_classes((a.noun,)), lexicon.counted_classes((b.noun,))
    if classes_a | classes_b in _OVERLAPPING:
        return True  # "About 40 pupils were sent home", "150 kids were sent home"
    return bool(classes_a & classes_b)


# Classes of people one report may count under either name: a school's pupils are its children.
_OVERLAPPING = frozenset([frozenset(["pupils", "children"])])
# The classes of counted things that are not people (homes, vessels, vehicles, seats).
_THINGS_COUNTED = frozenset(lexicon.PEOPLE_COUNTED) - lexicon.PEOPLE_CLASSES
# Who or what is on board and is not who a count of people on board numbers: the crew, and the
# things a ferry carries ("47 passengers ... along with a dozen cars").
_NOT_ABOARD = frozenset(["crew"]) | _THINGS_COUNTED
# Who a count may number as people: the person nouns and the lexicon's counted people (not
# its homes, craft, vehicles or seats); and with "people" itself, every noun that counts people.
_PEOPLE_NOUNS = PERSON_NOUNS.union(*(lexicon.PEOPLE_COUNTED[c] for c in lexicon.PEOPLE_CLASSES))
_PERSONS = _PEOPLE_NOUNS | {"people", "person"}


def _counts_things(fact: Fact) -> bool:
    """Whether a count's noun numbers things, not people ("a dozen cars", "300 vehicles")."""
    return bool(lexicon.counted_classes((fact.noun,)) & _THINGS_COUNTED)


def _dimensions(fact: Fact) -> set[str]:
    """The dimensions a length is said to measure (`values.dimension_after`)."""
    return set(fact.about) & values.DIMENSIONS


def _in_lede(fact: Fact) -> bool:
    """Whether a fact is told in its report's first sentence, where news counts the people its
    story is about ("About 900 people on the island ... have been without telephone"): a
    vague count there is kept when another report's lede counts them too (`build_aspects`).
    After a tabloid's first sentence of colour, the next is its lede (`Fact.lede`)."""
    return fact.sentence.endswith("#0.0") or (fact.lede and fact.kind not in ("date", "time"))


def _vague_count(fact: Fact) -> bool:
    """A count of "people" doing something no lexicon class names ("260 people work there")
    says too little about what is counted to be set against another count."""
    return fact.kind == "count" and fact.noun in GENERIC_NOUNS and not lexicon.classes(fact.about)


# Kinds whose facts are about an event, not about who took part: two dates share "Selvik" when
# the minister visited Selvik and the river burst its banks at Selvik, yet are two events.
_EVENT_KINDS = frozenset({"date", "place"})


# Who acts again and again in a story ("police set up roadblocks on Monday", "police released
# photographs on Sunday"): sharing one says nothing about which event a date is of.
_ACTORS = frozenset(
    ["police", "official", "authority", "government", "spokesman", "spokeswoman",
     "spokesperson", "statement", "source", "investigator", "minister", "ministry", "council",
     "court", "company", "firm", "agency", "officer", "detective", "prosecutor"]
)  # fmt: skip


# Events that say nothing of what was counted: "won with a majority of 231", "31 teams battled
# it out" (a contest, not a fight whose toll is counted).
_NOT_WHAT_WAS_COUNTED = frozenset({"win", "struggle"})


def counted_classes(words: tuple[str, ...], nouns: set[str]) -> frozenset[str]:
    """The classes of what happened to those a count counts: its words but the counted nouns."""
    return lexicon.classes(tuple(w for w in words if w not in nouns)) - _NOT_WHAT_WAS_COUNTED


def attribute_classes(kind: str, words: tuple[str, ...], nouns: set[str]) -> frozenset[str]:
    """The lexicon classes of what values are about. The nouns of a count name who is counted,
    its other words what happened to them: "three passengers were killed" is a death toll, and
    only "44 passengers" with no such word is the number on board. (The noun of an amount is
    what it is: "a salary of $148,000 when he starts" is a salary.)"""
    if kind == "duration":
        return lexicon.classes(words) - lexicon.SUMS | lexicon.length_classes(words)
    if kind == "amount" and words[:1] == ("make",) and not nouns - {""}:
        # "he had made 18,000 guineas", "made 21,000 guineas": a sum made, and nothing named
        # it is ("made a profit of" names a profit), is what was fetched, as "sold for" says
        return lexicon.classes(words) | {"fee"}
    if kind == "amount" and (
        sums := {lexicon.SUM_NOUNS[w] for w in words if w in lexicon.SUM_NOUNS}
    ):
        return lexicon.classes(words) | sums  # "a £1,200 cheque": the prize
    if kind != "count":
        return lexicon.classes(words)
    told = counted_classes(words, nouns)
    every = lexicon.classes(words) - _NOT_WHAT_WAS_COUNTED
    if nouns & _PERSONS:  # "More than 300 volunteers spent the weekend": no sum of money
        told, every = told - lexicon.SUMS, every - lexicon.SUMS
    if "signatures" in every:  # "gathered 8,200 signatures": names on a petition, no crowd
        told, every = told - {"attendance"}, every - {"attendance"}
    if "hospitalised" in told:
        told -= {"injuries"}  # "Eleven people were treated in hospital": not all who were hurt
    return told or every


def _attribute_classes(fact: Fact) -> frozenset[str]:
    return attribute_classes(fact.kind, fact.about, {fact.noun})


def _told(fact: Fact) -> frozenset[str]:
    """The classes of what happened to who was counted, the counted noun left out."""
    return lexicon.classes(tuple(w for w in fact.about if w != fact.noun)) & HAPPENED


def _something_else_happened(a: Fact, b: Fact) -> bool:
    """Whether one count says what happened to who was counted ("Nine miners died") and the
    other says, in words of no class, that something else did ("27 miners were brought out"):
    the same noun counts them, but not the same thing."""
    told_a, told_b = _told(a), _told(b)
    if bool(told_a) == bool(told_b):
        return False
    other = b if told_a else a
    return bool(set(other.about) - {other.noun} - _LIGHT_WORDS - GENERIC_NOUNS - {RATE})


# Verbs whose object is what someone has all the time, not what a story's event befell (not
# "house": a fact's words hold nouns too, and houses are what a landslide buries).
_HOLDING = frozenset(["keep", "own", "employ"])


def _held(fact: Fact) -> bool:
    """Whether a count is of what someone keeps or employs ("keeps 40 alpacas")."""
    return not _HOLDING.isdisjoint(fact.about)


def _counted_alike(a: Fact, b: Fact) -> bool:
    """Whether two counts' nouns name the same people (`lexicon.PEOPLE_COUNTED`)."""
    people = [names for names in lexicon.PEOPLE_COUNTED.values() if a.noun in names]
    return any(b.noun in names for names in people)


def _first_sentences(a: Fact, b: Fact) -> bool:
    """Whether two facts are told in two reports' first sentences: news leads with its main
    figures, as it does with its main event's date (`_ledes_linked`)."""
    different = document_of(a.sentence) != document_of(b.sentence)
    return different and _in_lede(a) and _in_lede(b)


def _lede_people(a: Fact, b: Fact) -> bool:
    """Whether two reports' first sentences count the people their story is about, in other
    nouns and with nothing told of what happened to them: "an exam that 38,000 pupils were due
    to sit" and "forced about 52,000 teenagers to prepare for a resit"."""
    if not _first_sentences(a, b) or _told(a) or _told(b):
        return False
    return a.noun in _PERSONS and b.noun in _PERSONS


def _lede_lengths(a: Fact, b: Fact) -> bool:
    """Whether two reports' first sentences tell a length of time, or a sum, with no class
    that sets them apart: "finishing the 18-mile swim ... in 9 hours 42 minutes" and "covering
    the 26 miles ... in 11 hours and 5 minutes" are the one crossing's time; "An 11-year-old
    boy who found £18,000 in cash" and "came home with £12,500" the one find."""
    if not _first_sentences(a, b):
        return False
    classes_a, classes_b = _attribute_classes(a), _attribute_classes(b)
    return not (classes_a and classes_b and not classes_a & classes_b)


def reported(fact: Fact) -> bool:
    """Whether a value is attached to a saying ("police said on Monday"), not to what was
    said; the thing a value is of is no saying even when named like one ("a 12 per cent pay
    claim"). A count of something named is of that thing whatever verb it hangs from:
    "19 cases were confirmed among its 420 pupils" counts pupils, confirmed or not."""
    if fact.kind == "count" and fact.noun and fact.noun not in GENERIC_NOUNS:
        return False
    if fact.kind == "agent" and fact.noun in BODY_ROLES:
        return False  # "The developer, Brightfield Renewables, says ...": who the developer is
    return bool((set(fact.about) - {fact.noun}) & REPORTING)


def _linked(a: Fact, b: Fact, names: frozenset[str]) -> bool:
    if a.kind == IDENTITY:  # which scooter: told of "the scooter", whatever befell it
        return a.noun == b.noun and (NAME_GIVEN in a.about) == (NAME_GIVEN in b.about)
    if (PLANNED in a.about) != (PLANNED in b.about):
        return False  # "due to begin on the 14th" is no account of "erupted on Sunday"
    if a.kind == "date" and (a.noun in lexicon.MARKET) != (b.noun in lexicon.MARKET):
        return False  # "shares rose on Monday as the ship was released": the rise has its date
    if a.kind == "date" and year_alone(a) != year_alone(b):
        return False  # "the chain, founded in 1932" and "went into administration on Monday"
    if a.kind == "date" and (SINCE in a.about) != (SINCE in b.about):
        other = b if SINCE in a.about else a
        if other.about[:1] and other.about[0] not in BEGINNINGS:
            return False  # "had held the title since 2024" is no year of the last title fight
    if _ledes_linked(a, b):
        return True
    if not a.about or not b.about:
        return False
    if a.kind == "place" and named_place(a) != named_place(b):
        return False  # "in his garage" is where in a town "at Mardenby" tells nothing of
    ordinals = _ordinals(a) != _ordinals(b) and a.kind != "cause"  # "the first race was held up"
    if ordinals and (a.kind != "date" or a.noun == b.noun):
        return False  # "the stage was won by X", "Friday's fifth stage was won by Y" (a date
        # of another thing is not: "The first alarm sounded on 19/4, when water poured in")
    if year_alone(a) and year_alone(b) and _began(a) and _began(b) and _one_noun(a, b):
        # "founded in 2036", "which started in 2038", "set up in 2038": one start; not "The
        # first repair cafés opened in Amsterdam in 2009"
        return not ordinals
    if (RATE in a.about) != (RATE in b.about) and not (
        lexicon.is_pay(a.about) and lexicon.is_pay(b.about)
    ):
        return False  # "€900,000 a day" is not a one-off sum; a salary is one "a year" or not
    if a.kind == "duration" and (EVERY in a.about) != (EVERY in b.about):
        return False  # "held every five years" is no race that "lasted three hours"
    if a.kind == "count" and (OTHERS in a.about) != (OTHERS in b.about):
        return False  # "four other residents were treated" are not all "Five people injured"
    if a.kind == "count" and _lede_people(a, b):
        return True
    if a.kind in ("duration", "amount") and _lede_lengths(a, b):
        return True
    if not same_thing(a, b):
        return False
    if reported(a) or reported(b):
        return set(a.about) == set(b.about)
    origins_a, origins_b = _origins(a.about), _origins(b.about)
    if origins_a and origins_b and not origins_a & origins_b:
        return False  # "two miles from Skerrholm" is not "Skerrholm lies nine miles from" shore
    if a.kind == "cause" and (WAY_IN in a.about) != (WAY_IN in b.about):
        return False  # how the thieves got in is not what caused the fire
    if a.kind in ("cause", "score"):
        return True  # a story's causes are the causes of its event, its score its result
    if _phrasal_apart(a, b):
        return False  # "dropped out at about 3am" is not when "a flag dropped" at 7pm
    if a.kind == "agent" and (_two_deeds(a, b) or _two_parties(a, b)):
        return False
    if a.kind == "agent" and _owners_of_two(a, b):
        return False  # "which owns the lake" and "a labrador belonging to Kirsty Pennington"
    if a.kind == "agent" and _employer(a) and _employer(b):
        return True  # "They work for Grendon Waste Services", "are employed by Cleanstream"
    if (
        a.kind == "agent"
        and _made(a)
        and _made(b)
        and (a.noun == b.noun or not a.noun or not b.noun)
    ):
        return True  # "It was made by Tanfield Steel", "It was built by Marrick Forge"
    if a.kind == "agent" and ((_made(a) and _ceremony(b)) or (_made(b) and _ceremony(a))):
        return False  # who "made" the memorial is not who "unveiled" it
    two_nouns = a.noun != b.noun and (a.kind == "agent" or (a.noun and b.noun))
    if chosen_name(a.about) and chosen_name(b.about) and two_nouns:
        # "named as coach" and "named as captain" are two choices; "was elected ... at its
        # annual meeting on Tuesday" and "was chosen ... on Wednesday" one
        return False
    if _how_far(a) and _how_far(b):
        return True  # "walked a quarter of a mile", "covered half a mile": how far they went
    if a.kind == "place" and _sent(a) and _sent(b):
        return True  # "The card was posted in Naples", "It was sent from Alexandria"
    if a.kind == "place" and _where_found(a) and _where_found(b):
        return True  # "was lying at the foot of ... Sorrelby Ghyll", "was found ... near X"
    if a.kind == "agent" and _finder(a) and _finder(b) and _done_to_one(a, b):
        return True  # "found at 6.30pm by Kieran Dallimore", "rescued ... by Alun Gwillim"
    classes_a, classes_b = _attribute_classes(a), _attribute_classes(b)
    if classes_a and classes_b:  # the lexicon knows what both are about: it decides
        return bool(classes_a & classes_b)
    deeds = (classes_a | classes_b) & lexicon.ATTRIBUTES.keys()
    if a.kind == "agent" and deeds and not _alike(a.about[0], b.about[0]):
        return False  # who found the medals is not who "won" them, whatever both are of
    if a.kind == "count" and _something_else_happened(a, b):
        return False
    if a.kind == "count" and _held(a) != _held(b):
        return False  # "The farm keeps 40 alpacas" is not how many "escaped" or were "found"
    if a.kind == "count" and not _told(a) and not _told(b) and _counted_alike(a, b):
        return True  # "31,400 spectators" and "a crowd of more than 35,000"
    # Otherwise the words decide: "burst its banks" (no class) and "broke its banks" (a start).
    light = _LIGHT_WORDS
    if FIRST_TIME in a.about and FIRST_TIME in b.about:
        light = light - {a.about[0]}  # "saw it for the first time": one moment, "see" its deed
    shared = set(a.about) & set(b.about) - light - GENERIC_NOUNS - _MARKERS
    if a.kind in _EVENT_KINDS:
        shared -= names | _ACTORS
    return bool(shared) or (bool(a.noun) and a.noun == b.noun)


def _ordinals(fact: Fact) -> set[str]:
    """The ordinal words a fact is about ("Friday's fifth stage"); not the unit of a length in
    seconds ("crossing the line in just 49 seconds")."""
    words = set(fact.about) & lexicon.ORDINALS
    if fact.kind == "duration" and fact.normalized.endswith(" second"):
        words.discard("second")
    return words


def _origins(words: tuple[str, ...]) -> set[str]:
    """The words of the place a distance is told from (`facts.DISTANCE_FROM`)."""
    return {w for w in words if w.startswith(DISTANCE_FROM)}


def _where_found(fact: Fact) -> bool:
    """Whether a place is where someone or something was found, or lay until found: a story
    of a search tells the one place as either."""
    verb = fact.about[:1]
    turned_up = "found" in lexicon.phrasal_classes(fact.about)  # "The piece turned up in ..."
    return verb == ("lie",) or "found" in lexicon.classes(verb) or turned_up


def _sent(fact: Fact) -> bool:
    """Whether a place is where something was sent or posted from, whichever verb of sending
    says it (`named.SENDING`; "sent" is too common a verb to join other facts by: "sent home")."""
    return fact.about[:1] != () and fact.about[0] in SENDING


# What a story of a search tells its finder by: who "found" the lost "rescued" them, as the
# other reports may say.
_FINDING = frozenset(["found", "rescued"])


def _finder(fact: Fact) -> bool:
    """Whether an agent found or rescued what its story's search was for (passive: "found by",
    "rescued by"; a subject who did it is told by `DONE_BY_SUBJECT` and left to the words)."""
    return DONE_BY_SUBJECT not in fact.about and bool(lexicon.classes(fact.about[:1]) & _FINDING)


# A date of an attribute whose name does not read after "the date of": a death's, not the
# death toll's.
_DATES_OF = {lexicon.ATTRIBUTES["deaths"][1]: "the date of death"}


def _rescuer(fact: Fact) -> bool:
    """Whether an agent's deed is a rescue: its verb says so ("towed the aircraft clear") or
    what it did ("was pulled from the rubble by", `facts._rescued`)."""
    return "rescued" in lexicon.classes(fact.about[:1]) or "rescue" in fact.about


def _made(fact: Fact) -> bool:
    """Whether an agent made the thing it is told of, by whichever verb of making ("built by",
    "made by", `named.MAKING`)."""
    return fact.about[:1] != () and fact.about[0] in MAKING


# Deeds of a ceremony, whose doer made nothing: "unveiled by Brigadier Rupert Allingham".
_CEREMONIES = frozenset(["unveil", "dedicate", "bless", "inaugurate", "christen"])


def _ceremony(fact: Fact) -> bool:
    """Whether an agent performed a ceremony (`_CEREMONIES`) over the thing told of."""
    return fact.about[:1] != () and fact.about[0] in _CEREMONIES


def _how_far(fact: Fact) -> bool:
    """Whether a measure is a length that says how far someone or something went, or how far
    from a place it is (`lexicon.TRAVELLED`, `facts.DISTANCE_FROM`): not the "140 hectares"
    a solar farm will cover."""
    if fact.kind != "measure" or values.dimension_of(fact.normalized) != "length":
        return False
    return bool(lexicon.TRAVELLED.intersection(fact.about) or _origins(fact.about))


def named_place(fact: Fact) -> bool:
    """Whether a place is told by its name ("Mardenby", "the Jolly Tanner"), not by a common
    noun ("his loft", "the north gate"; `named.common_places`): a site in a town agrees with
    any town, so a common noun beside two towns would make one side of them. A common noun
    of a name ("the playing field of Fothercote Primary School") is a site told by the noun,
    one of the common places where something was found ("the car park of the Fox and Fiddle").
    """
    words = fact.value.split()
    first = words[1] if len(words) > 1 and words[0].casefold() == "the" else words[0]
    return first[:1].isupper()


def _two_deeds(a: Fact, b: Fact) -> bool:
    """Whether two agents, one of them the active subject of its verb, did two different
    things: another deed to one thing ("Skarvik lifted the trophy", "the minister presented the
    trophy"), one deed to two ("sent condolences", "sent a team"), or one deed to things each
    report only introduces (`DONE_TO_ONE`). A verb comes first of what a fact is about; two
    words are one when the lexicon puts them in one class."""
    if RUN_BY in a.about and RUN_BY in b.about:
        if DONE_TO_ONE in a.about and DONE_TO_ONE in b.about:
            return True  # "set up a fund" twice: nothing says it is one fund
        return (a.noun in CAMPAIGNS) != (b.noun in CAMPAIGNS)  # the fund is not the coach run
    if DONE_BY_SUBJECT not in a.about and DONE_BY_SUBJECT not in b.about:
        return False
    if DONE_TO_ONE in a.about and DONE_TO_ONE in b.about:
        return True  # "offered a grant" twice: nothing says it is one grant
    return not _alike(a.about[0], b.about[0]) or not _done_to_one(a, b)


def _done_to_one(a: Fact, b: Fact) -> bool:
    """Whether two deeds were done to one thing: their nouns are one, or the one whose noun
    the parse left out names the other's ("Ulgarth Village Hall was opened up by ...")."""
    if bool(a.noun) != bool(b.noun):
        return a.noun in b.about or b.noun in a.about
    return _alike(a.noun, b.noun)


# The parties a name may be to what a story tells of, each as one word: who bought ("bought
# by", "sold to"), who sold ("sold by", "bought from"), and whom its people work for.
_PARTIES = {
    "buy": "buy",
    "purchase": "buy",
    "acquire": "buy",
    "sell": "sell",
    "work": "work",
    "employ": "work",
}


def _two_parties(a: Fact, b: Fact) -> bool:
    """Whether two agents are not one party: the buyer and the seller, or one of them and
    whoever did something else to what was sold ("bred by Owen Tattersall", "bought by
    Hollybank Texels": the breeder is not the buyer); an employer and whoever runs the group
    its people formed."""
    sides = [_PARTIES.get(f.about[0]) if f.about else None for f in (a, b)]
    return sides[0] != sides[1]


def _owners_of_two(a: Fact, b: Fact) -> bool:
    """Whether two owners own two things: each fact's noun is what is owned ("which owns the
    lake", "a labrador belonging to ..."), and the nouns differ."""
    owners = all("owner" in lexicon.classes(f.about[:1]) for f in (a, b))
    return owners and bool(a.noun) and bool(b.noun) and not _alike(a.noun, b.noun)


def _employer(fact: Fact) -> bool:
    """Whether an agent is whom the story's people work for, however the report says it
    ("work for", "employed by": `_PARTIES`)."""
    return bool(fact.about) and _PARTIES.get(fact.about[0]) == "work"


# Particles that make a verb its undoing or its end: "switched off", "dropped out".
_UNDOING = frozenset(["off", "out"])


def _phrasal_apart(a: Fact, b: Fact) -> bool:
    """Whether two facts' deeds are one verb with different particles: who "painted the mural"
    made it, who "painted over" it did not (who "opened up" the hall opened it); a team that
    "dropped out" at 3am is no flag that "dropped" at 7pm."""
    verb = a.about[:1]
    if verb != b.about[:1] or verb == (RUN_BY,):
        return False  # who "set up" the appeal organised it, as who "launched" it did
    particles = [
        {p for p in set(f.about) & lexicon.PARTICLES if (verb[0], p) not in lexicon.STRESSED}
        for f in (a, b)
    ]
    if a.kind == "agent":
        return particles[0] != particles[1]
    # of other facts only the particles that undo or end the deed: "the route has run up the
    # valley since 1964" is the route that "has run since 1958"
    return bool((particles[0] ^ particles[1]) & _UNDOING)


def _alike(first: str, second: str) -> bool:
    """Whether two words are one: the same, or of one lexicon class."""
    return first == second or bool(lexicon.classes((first,)) & lexicon.classes((second,)))


def _began(fact: Fact) -> bool:
    """Whether a fact tells when something began, by a verb of beginning (`facts.BEGINNINGS`,
    "set up")."""
    return fact.about[0] in BEGINNINGS or set_up(fact.about)


def _one_noun(a: Fact, b: Fact) -> bool:
    """Whether two facts are of one noun, or one or both of none ("it was founded")."""
    return a.noun == b.noun or not a.noun or not b.noun


def year_alone(fact: Fact) -> bool:
    """Whether a date is a year alone: the year of a thing's past (`facts._year_of_a_thing`),
    never the date of the days a report tells."""
    return len(fact.normalized) == 4 and fact.normalized.isdigit()


def _clusters(facts: list[int], table: Sequence[Fact], names: frozenset[str]) -> list[list[int]]:
    """Facts of one kind and story joined when linked (single linkage)."""
    clusters: list[list[int]] = []
    for index in facts:
        joined = [c for c in clusters if any(_linked(table[index], table[o], names) for o in c)]
        merged = [index, *(o for c in joined for o in c)]
        clusters = [c for c in clusters if c not in joined]
        clusters.append(sorted(merged))
    return clusters


# Two outlets' dates of one event differ by a day at most when they disagree in their ledes
# ("burst on Monday" against "broke through early Sunday"); further apart, the ledes of a story's
# later reports tell later events (a court appearance days after the raid).
LEDE_DAYS_APART = 1


def _ledes_linked(a: Fact, b: Fact) -> bool:
    """Whether two dates are the same event told in the ledes of two reports: news puts its
    main event first, and outlets name it in unrelated words ("the dam burst", "floodwaters broke
    through the embankment"), so their attachment words cannot link them. Events the lexicon
    tells apart stay apart, and a date of saying is no event."""
    if not (a.lede and b.lede) or a.sentence == b.sentence:
        return False
    if set(a.about) & REPORTING or set(b.about) & REPORTING:
        return False
    if a.kind == "time":  # each report's one early time (`facts.LEDE_PASSAGES`)
        return document_of(a.sentence) != document_of(b.sentence)
    if a.normalized in WEEKDAYS or b.normalized in WEEKDAYS:  # "On the Friday night"
        days = weekday_of(a.normalized), weekday_of(b.normalized)
        if days[0] is None or days[1] is None:
            return False
        apart = abs(days[0] - days[1])
        return min(apart, 7 - apart) <= LEDE_DAYS_APART and _classes_agree(a, b)
    # A date written without its year ("Sunday, March 8") is taken in the other's year.
    years = [f[0] for f in (date_fields(a.normalized), date_fields(b.normalized)) if f and f[0]]
    year = years[0] if years else 2000
    day_a, day_b = calendar_day(a.normalized, year), calendar_day(b.normalized, year)
    if day_a is None or day_b is None or abs((day_a - day_b).days) > LEDE_DAYS_APART:
        return False
    return _classes_agree(a, b)


def _classes_agree(a: Fact, b: Fact) -> bool:
    """Whether two facts may be of one event by the lexicon: not of two classes it tells
    apart."""
    classes_a, classes_b = _attribute_classes(a), _attribute_classes(b)
    return not (classes_a and classes_b and not classes_a & classes_b)


def precision(fact: Fact) -> int:
    """How exact a value is: dates by the fields written, counts exact over bounded, an
    account of someone hurt below one of where they are ("seriously injured" fits "allowed
    home from hospital" and "remains in a serious condition" alike, and joins neither), as is
    one taken to hospital (who may have died there or be in a stable condition), and a title
    that is no post below one that is."""
    if fact.kind == "date":
        fields = date_fields(fact.normalized)
        return sum(f is not None for f in fields) if fields else 0
    if fact.kind == "outcome":
        return 0 if fact.normalized in (WOUNDED, TAKEN_TO_HOSPITAL) else 1
    if fact.kind == "role":  # "the organiser" fits "the mayor" and "the chairwoman" alike
        return 1 if values.holds_a_post(fact.normalized) else 0
    return 0 if fact.normalized[:1] in "<>~" else 1


def document_values(facts: list[Fact]) -> list[Fact]:
    """A document's most precise values in an aspect: "October 28, 2025" over "late October",
    "more than 300" over the "more than a hundred" it implies."""
    best = max(precision(f) for f in facts)
    kept = [f for f in facts if precision(f) == best]
    return [
        f for f in kept if not any(values.narrows(g.kind, g.normalized, f.normalized) for g in kept)
    ]


def _agree(kind: str, first: list[Fact], second: list[Fact], named: bool) -> bool:
    if kind == "outcome":
        return values.accounts_compatible(
            {f.normalized for f in first}, {f.normalized for f in second}, named
        )
    return any(values.compatible(kind, a.normalized, b.normalized) for a in first for b in second)


def _precision_of(kind: str, facts: list[Fact], named: bool) -> int:
    """How precise a document is in an aspect: its most precise value's (`precision`), or for
    the account of one person the number of things it tells (what befell no one in particular
    is told of many)."""
    if kind == "outcome" and named:
        return len({f.normalized for f in facts})
    return max(precision(f) for f in facts)


def value_groups(kind: str, by_doc: dict[str, list[Fact]], named: bool) -> list[list[str]]:
    """Documents grouped by compatible values: the sides of a disagreement when two or more.

    The most precise documents are grouped first; one agreeing with several groups joins them
    (A~B and B~C is no disagreement: a false conflict is as bad as a missed one). A vaguer
    document then joins the one group it fits, stands alone when it fits none ("more than 20"
    against 12), and takes no side when it fits several: "at least four" says nothing between
    "four" and "six", and must not join them into an agreement. One person's account is the
    more precise the more it tells: "A man was detained" says nothing between "arrested and
    charged" and "arrested and released without charge".
    """
    best = {d: _precision_of(kind, facts, named) for d, facts in by_doc.items()}
    top = max(best.values(), default=0)
    groups: list[list[str]] = []
    for doc_id in (d for d in by_doc if best[d] == top):
        agreeing = [g for g in groups if _fits(kind, by_doc, doc_id, g, named)]
        groups = [g for g in groups if g not in agreeing]
        groups.append([doc_id, *(d for g in agreeing for d in g)])
    # Vaguer documents that fit no group stand alone first, so that one fitting both a precise
    # side and such a document ("injured": "allowed home" and "in a serious condition") takes
    # no side, whichever comes first; then each other joins the one group it fits with every
    # document of it.
    vaguer = [d for d in by_doc if best[d] < top]
    fitting_any = []
    for doc_id in vaguer:
        if any(_fits_all(kind, by_doc, doc_id, g, named) for g in groups):
            fitting_any.append(doc_id)
        else:
            groups.append([doc_id])
    for doc_id in fitting_any:
        fitting = [g for g in groups if _fits_all(kind, by_doc, doc_id, g, named)]
        if len(fitting) == 1:
            fitting[0].append(doc_id)
    return _of_one_thing(kind, by_doc, groups)


# Kinds whose values are figures with a size (`values.magnitude`).
SIZED = frozenset({"count", "amount", "duration", "measure"})
# ... and of them those that never count people; the classes that name people counted.
_NOT_PEOPLE = SIZED - {"count"}
OF_PEOPLE = HAPPENED | {"on board", "children"}


def _of_one_thing(
    kind: str, by_doc: dict[str, list[Fact]], groups: list[list[str]]
) -> list[list[str]]:
    """The groups whose figures lie within `values.ONE_THING_RATIO` of another group's: two
    sources disagreeing on one thing give figures of one order, so a figure many times every
    other side's counts something else (a share price of "42 guilders" beside a salary of "6.2
    million guilders", 56,000 passengers of a strike beside 9.8 million of a year) and takes no
    side, as a vague one fitting several sides takes none. With fewer than two such groups
    nothing is disputed: the largest group stays, the first of equals."""
    if kind not in SIZED or len(groups) < 2:
        return groups

    def near(first: list[str], second: list[str]) -> bool:
        return any(
            values.same_order(kind, a.normalized, b.normalized)
            for d in first
            for e in second
            for a in by_doc[d]
            for b in by_doc[e]
        )

    kept = [g for g in groups if any(near(g, h) for h in groups if h is not g)]
    return kept if len(kept) >= 2 else [max(groups, key=len)]


def _by_order(kind: str, cluster: list[int], facts: Sequence[Fact]) -> list[list[int]]:
    """A cluster of figures split into those of one order (`values.same_order`, single
    linkage): "a budget of 412 million francs" and "parking from 2 francs to 3 francs" share
    the words of a cost, yet are two things, as `_of_one_thing` says of two sources' figures.
    A figure of no parsed size stays with the first part."""
    parts: list[list[int]] = []
    for index in cluster:
        value = facts[index].normalized
        near = [
            p for p in parts if any(values.same_order(kind, value, facts[o].normalized) for o in p)
        ]
        if not near and values.magnitude(kind, value) is None and parts:
            near = [parts[0]]
        parts = [p for p in parts if p not in near]
        parts.append(sorted([index, *(o for p in near for o in p)]))
    return parts


def _two_things(kind: str, cluster: list[int], facts: Sequence[Fact]) -> list[list[int]]:
    """A cluster of figures split in two when every source tells two or more and all give one
    of them alike: "Volunteers refloated 19 whales after 47 pilot whales beached" and
    "Nineteen whales were returned to the sea after a pod of 62 ... stranded" tell the 19 saved
    and how many stranded, and the 19 both give must not make them agree on the stranded."""
    by_doc: dict[str, list[int]] = {}
    for index in cluster:
        by_doc.setdefault(document_of(facts[index].sentence), []).append(index)
    told = [
        {f.normalized for f in document_values([facts[i] for i in ours])}
        for ours in by_doc.values()
    ]
    if len(told) < 2 or any(len(values_of) < 2 for values_of in told):
        return [cluster]
    for value in sorted(told[0]):
        if all(any(values.compatible(kind, value, v) for v in other) for other in told[1:]):
            alike = [i for i in cluster if values.compatible(kind, value, facts[i].normalized)]
            rest = [i for i in cluster if i not in alike]
            return [alike, rest] if rest else [cluster]
    return [cluster]


def source_groups(kind: str, cluster: Sequence[Fact], named: bool) -> list[list[str]]:
    """The documents of an aspect's facts grouped by value, each by its most precise values
    (an account by all it tells)."""
    by_doc: dict[str, list[Fact]] = {}
    for fact in cluster:
        by_doc.setdefault(document_of(fact.sentence), []).append(fact)
    if kind != "outcome":
        by_doc = {d: document_values(fs) for d, fs in by_doc.items()}
    return value_groups(kind, by_doc, named)


def joined(first: Aspect, others: Sequence[Aspect], facts: Sequence[Fact]) -> Aspect:
    """`first` with the facts of `others` (aspects of its kind and story), sources regrouped:
    one thing told in each source's own words ("took $1.9 million", "pocketed $2.4m"). It is
    named as the part that holds most facts ("the distance" two reports give, not "the
    quantity of the arm" of the third's sentence)."""
    indices = tuple(sorted({*first.facts, *(f for other in others for f in other.facts)}))
    named = max([first, *others], key=lambda aspect: len(aspect.facts))
    return replace(with_facts(first, indices, facts), name=named.name)


def with_facts(aspect: Aspect, indices: tuple[int, ...], facts: Sequence[Fact]) -> Aspect:
    """`aspect` holding the facts `indices` (into `facts`) instead, its sources regrouped."""
    cluster = [facts[i] for i in indices]
    words = tuple(dict.fromkeys(w for f in cluster for w in f.about))
    groups = source_groups(aspect.kind, cluster, named=bool(aspect.subject))
    return replace(aspect, facts=indices, words=words, groups=tuple(tuple(g) for g in groups))


def _fits(
    kind: str, by_doc: dict[str, list[Fact]], doc_id: str, group: list[str], named: bool
) -> bool:
    return any(_agree(kind, by_doc[doc_id], by_doc[other], named) for other in group)


def _fits_all(
    kind: str, by_doc: dict[str, list[Fact]], doc_id: str, group: list[str], named: bool
) -> bool:
    """Whether a document agrees with every document of a group: "injured" fits "allowed
    home" and "in a serious condition" alike, and must not bring them into one group."""
    return all(_agree(kind, by_doc[doc_id], by_doc[other], named) for other in group)


# Nouns of events (`lexicon.EVENTS`): "the date of the raid" names an aspect by its event.
_EVENT_NOUNS = frozenset().union(*lexicon.EVENTS.values())


def _named_noun(kind: str, nouns: Counter[str], names: frozenset[str]) -> str:
    """The noun an aspect is named by: an event's first ("raid" over "warehouse"), then the
    most common. For what is not a count, never one of a story's recurring actors ("officers
    raided the warehouse on Monday" is not "the date of the officer") nor a word of its names
    ("the date of the vidal"); a count is of what it counts ("the number of officers")."""
    ranked = [noun for noun, _ in nouns.most_common()]
    events = [noun for noun in ranked if noun in _EVENT_NOUNS]
    if events:
        return events[0]
    if kind != "count":
        ranked = [noun for noun in ranked if noun not in _ACTORS and noun not in names]
    return ranked[0] if ranked else ""


def aspect_name(
    kind: str,
    cluster: list[Fact],
    person_names: dict[str, str],
    subject: str = "",
    names: frozenset[str] = frozenset(),
) -> str:
    """How the aspect is named to a reader: "the date of the raid", "the death toll"; an
    aspect of a person by the person's name (`subject`). `names` are the words of the names
    the story gives, which name no aspect."""
    if kind in _PERSON_KINDS:
        if not subject:
            return {"age": "the age", "role": "the title"}.get(kind, "what happened to the target")
        if subject == STAND:
            return "whether they backed down"
        if subject == RECORD:
            return "whether the record was set"
        if subject == RATIFICATION:
            return "whether the record is official"
        if subject == DECISION:
            return "what was decided"
        who = person_names.get(subject) or (
            subject if subject.startswith("the ") else subject.title()
        )
        return {"age": f"the age of {who}", "role": f"the title of {who}"}.get(
            kind, f"what happened to {who}"
        )
    if kind == IDENTITY:  # one noun (`_linked`), though a name holds it ("Snail Racing")
        noun = cluster[0].noun
        if NAME_GIVEN in cluster[0].about:
            return f"the {noun}'s name"
        return f"what kind of {noun} it was"
    words = tuple(w for f in cluster for w in f.about)
    noun = _named_noun(kind, Counter(f.noun for f in cluster if f.noun), names)
    # A length or a sum is never a number of people: "serving a life sentence of at least 22
    # years for the murder" is the sentence, not the death toll.
    skip = OF_PEOPLE if kind in _NOT_PEOPLE else frozenset()
    if kind == "count" and noun in _PERSONS:
        skip = lexicon.SUMS  # "More than 300 volunteers spent the weekend": no cost
    if kind == "count" and "signatures" in lexicon.classes(words):
        skip = skip | {"attendance"}  # "gathered 8,200 signatures": no crowd
    attribute = lexicon.attribute_name(words, skip | lexicon.SUMS if kind == "duration" else skip)
    if kind in SIZED and attribute == lexicon.ATTRIBUTES["start"][1]:
        attribute = None  # "a 72-hour strike, which began on Tuesday" is a length, not a start
    if kind in SIZED - {"duration"} and attribute == lexicon.ATTRIBUTES["found"][1]:
        attribute = None  # "fish were found dead along six miles": a stretch, not the search
    if kind == "duration" and (length := lexicon.length_name(words)):
        attribute = length  # "spent 11 days adrift" is how long, not what was spent
    if kind in SIZED and attribute:
        return attribute
    if any(_how_far(f) for f in cluster):
        return "the distance"  # "half a mile from the home", "walked a quarter of a mile"
    if kind == "place" and all(f.about[-2:] == COURT_WORDS for f in cluster):
        return "the court"  # "pleaded guilty at Kestwick Crown Court" (`facts.COURT_WORDS`)
    if kind == "date" and any(year_alone(f) and MISSING in f.about for f in cluster):
        return "the year it went missing"  # "vanished in 1991", "missing since 1984"
    if kind == "date" and any(LAST_DONE in f.about for f in cluster):
        return "when it was last done"  # "was last re-chalked in 1998", "since 1987"
    if kind == "date" and any(SINCE in f.about for f in cluster):
        return "the year it began"  # "The route has run since 1958"
    if kind == "count" and noun:
        return f"the number of {plural(noun)}"
    if kind == "agent" and all(_rescuer(f) for f in cluster):
        return "who came to the rescue"  # "towed the aircraft clear", "dragged it clear"
    if kind == "agent" and all(_finder(f) for f in cluster):
        return f"who found the {noun}" if noun else "who found them"  # no number rescued
    if not noun and attribute and kind != "place":  # a place of deaths is no death toll
        if kind != "date":
            return attribute
        return _DATES_OF.get(attribute, f"the date of {attribute.removeprefix('the ')}")
    if kind == "cause" and WAY_IN in words:
        return "the way in or out"
    if kind in ("cause", "score"):  # one aspect per story, whatever each is attached to
        return "the cause" if kind == "cause" else "the result"
    if kind == "agent":
        if chosen := chosen_name(words):
            return chosen
        if noun in BODY_ROLES:
            return f"the {noun}"  # "Morwick Construction, the council's contractor"
        if attribute in (lexicon.ATTRIBUTES["owner"][1], lexicon.ATTRIBUTES["seller"][1]):
            return f"{attribute} of the {noun}" if noun else attribute
        if attribute == lexicon.ATTRIBUTES["found"][1]:
            return f"who found the {noun}" if noun else "who found it"
        if RAISED_FOR in words:
            return "who the money raised is for"
        if noun in GRANTS and all(f.about[:1] and f.about[0] in GRANTING for f in cluster):
            return f"who was given the {noun}"  # "to give the kiosk's new lease to X"
        if words[:1] == ("win",) or "win" in (f.about[0] for f in cluster if f.about):
            return "who won"  # "Ollerby won its tug-of-war", "Thorncastle came out on top"
        if all(_employer(f) for f in cluster):
            return "the employer"
        if all(_made(f) for f in cluster):
            return f"who made the {noun}" if noun else "who made it"
        return f"who is responsible for the {noun}" if noun else "who is responsible"
    measured = set().union(*(_dimensions(f) for f in cluster)) if kind == "measure" else set()
    if len(measured) == 1:  # "The hole, eight inches deep": the depth
        dimension = f"the {next(iter(measured))}"
        return f"{dimension} of the {noun}" if noun and noun not in measured else dimension
    units = {values.dimension_of(f.normalized) for f in cluster} if kind == "measure" else set()
    if len(units) == 1 and (named := _NAMED_BY_UNIT.get(next(iter(units)) or "")):
        # "98 decibels": the loudness; "weighed about 800 kilograms": the weight
        return f"the {named} of the {noun}" if noun else f"the {named}"
    lengths = units == {"length"}
    if lengths and all(_how_far(f) for f in cluster):
        return "the distance"  # "walked a quarter of a mile": how far they went
    if lengths and all(values.unit_written_on(f.value) for f in cluster):
        # "a 14-inch telescope": a length told by no dimension is the thing's size
        return f"the size of the {noun}" if noun else "the size"
    if kind == "duration" and all(EVERY in f.about for f in cluster):
        return f"how often the {noun} is held" if noun else "how often"  # "every five years"
    shares = kind == "amount" and all(_share(f) for f in cluster)
    label = {
        "date": "the date",
        "time": "the time",
        "count": "the number",
        "amount": "the percentage" if shares else "the amount",
        "duration": "the length",
        "measure": "the quantity",
        "cause": "the cause",
        "place": "the place",
    }.get(kind, kind)
    return f"{label} of the {noun}" if noun else label


# What a measure is called by what its unit measures (a length by its dimension, above).
_NAMED_BY_UNIT = {
    "mass": "weight",
    "area": "area",
    "volume": "volume",
    "temperature": "temperature",
    "speed": "speed",
    "loudness": "loudness",
}


def plural(noun: str) -> str:
    """A counted noun's plural, as an aspect names it: "miners", "men", "firemen", "people",
    "entries", "sheep", "coaches", "grandchildren"."""
    if noun.endswith("s") or noun in _SAME_IN_THE_PLURAL:
        return noun
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("child"):
        return noun + "ren"
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if noun.endswith(("x", "z", "ch", "sh")):
        return noun + "es"
    return {"person": "people", "people": "people"}.get(noun, noun + "s")


# Nouns counted as they are: "seven sheep", "12 deer".
_SAME_IN_THE_PLURAL = frozenset(
    ["sheep", "deer", "fish", "cattle", "aircraft", "salmon", "trout", "species", "offspring"]
)


def full_subjects(subjects: set[str], spelled: dict[str, str] | None = None) -> dict[str, str]:
    """Surnames a story's outlets use alone ("quillfeather") -> the one full name of the story
    they end ("garnet quillfeather"): an outlet may never give the full name the NER needs. A
    longer name ending in a story's full name is that name too ("furious jurek pellicott").
    `spelled` maps each name the story's reports spell differently to the one spelling that
    keys it (`spelled_as`), so "Ewart Pennycook"'s age and "Ewart Pennycuick"'s are one
    person's. A first name alone that ends no name is the one full name it begins: a tabloid
    calls its subject "Ewart, 67"."""
    spelled = spelled or {}
    names = [s for s in subjects if len(name_tokens(s)) > 1 and not s.startswith("the ")]
    found: dict[str, str] = {}
    for name in names:  # "furious jurek pellicott": a shouted word the parse took for a name's
        tokens = name_tokens(name)
        shorter = [n for n in names if 1 < len(name_tokens(n)) < len(tokens)
                   and tokens[-len(name_tokens(n)):] == name_tokens(n)]  # fmt: skip
        if len(shorter) == 1:
            found[name] = shorter[0]
        elif name in spelled:
            found[name] = spelled[name]

    def key(name: str) -> str:
        full = found.get(name, name)
        return spelled.get(full, full)

    for subject in subjects:
        tokens = name_tokens(subject)
        if len(tokens) != 1 or subject.startswith("the "):
            continue
        matches = {key(n) for n in names if name_tokens(n)[-1] == tokens[0]}
        if not matches:
            matches = {key(n) for n in names if name_tokens(n)[0] == tokens[0]}
        if len(matches) == 1:
            found[subject] = matches.pop()
    return found


def spelled_as(spelled: list[Spelling], facts: Sequence[Fact]) -> dict[str, str]:
    """Each spelling of a name its reports spell differently -> the spelling that keys the
    name (`Spelling.subject`), for the names that are not it and give no other first name: a
    report naming "Arnold Kettelwell, whose father Wilberforce Kettelwell" does not make the
    father of another's "Wilberforce Kettlewell" the son."""
    return {
        facts[i].normalized: s.subject
        for s in spelled
        for i in s.facts
        if facts[i].normalized != s.subject
        and name_tokens(facts[i].normalized)[:-1] in ([], name_tokens(s.subject)[:-1])
    }


# Two sums (or measures) of one story are one told in each source's own words when their
# sentences are at least this close in meaning (cosine of the index's sentence vectors). Fitted
# by `python -m eval.fit sums` on the planted disagreements of the training sets' corpora
# (newswire, datelines, wires, beats, regional, civic, transit, harbor, ledger, dispatch,
# almanac): 0.46-0.48 find 6 more of them than never joining (127 against 121) and make no false
# one; 0.45 and below one false one, above 0.48 fewer found (5 at 0.50, none from 0.78).
# The largest of the best is kept.
SAME_SUM_COSINE = 0.48
# Fact indices -> the cosine of their sentences' vectors.
Similarity = Callable[[int, int], float]


def sources(aspect: Aspect, facts: Sequence[Fact]) -> frozenset[str]:
    """The documents that tell the aspect's facts."""
    return frozenset(document_of(facts[f].sentence) for f in aspect.facts)


# Kinds of figure a source tells once, joined across sources by their sentences' meaning: sums
# ("escaped with 3.2 million guilders") and measures ("spilling 1,200 tonnes of oil").
TOLD_ONCE_KINDS = frozenset({"amount", "measure"})


def _told_once(aspect: Aspect, facts: Sequence[Fact]) -> bool:
    """Whether each source gives the aspect one sum (repeated or not): a source giving two
    ("£48m" for the satellite, "about £310m" for the programme) holds two things in it already,
    and which of them another source's sum is told of, the cosine cannot say."""
    by_doc: dict[str, list[str]] = {}
    for f in aspect.facts:
        by_doc.setdefault(document_of(facts[f].sentence), []).append(facts[f].normalized)
    return all(values.consistent(aspect.kind, told) for told in by_doc.values())


def _a_thing_aged(aspect: Aspect) -> bool:
    """Whether an aspect is the age of something unnamed that is no person: "the mare" one
    outlet ages is "the horse" of another when their sentences tell one rescue."""
    if aspect.kind != "age" or not aspect.subject.startswith("the "):
        return False
    return aspect.subject.removeprefix("the ") not in _ANYONE_AGED | PERSON_NOUNS


def same_sum_pairs(
    aspects: Sequence[Aspect], facts: Sequence[Fact], similarity: Similarity
) -> list[tuple[float, int, int]]:
    """(cosine, i, j) for each pair of a story's sums or measures (`aspects[i]`, `aspects[j]`,
    of one kind of `TOLD_ONCE_KINDS`), or ages of unnamed things (`_a_thing_aged`), that may be
    one in other words, closest first: each source gives each one figure, no source tells both
    (a source tells a figure once), and their figures could be of one thing (one unit, one
    order of size, a sum per day or year only beside another; ages are of one thing when
    their sentences say so). Whether they are is the cosine's to say (`SAME_SUM_COSINE`)."""
    sums = [
        i
        for i, a in enumerate(aspects)
        if ((a.kind in TOLD_ONCE_KINDS and not a.subject) or _a_thing_aged(a))
        and _told_once(a, facts)
    ]
    told = {i: sources(aspects[i], facts) for i in sums}
    pairs = []
    for x, i in enumerate(sums):
        for j in sums[x + 1 :]:
            first, second = aspects[i], aspects[j]
            if first.kind != second.kind or told[i] & told[j]:
                continue
            if (RATE in first.words) != (RATE in second.words):
                continue
            ours, theirs = [facts[f] for f in first.facts], [facts[f] for f in second.facts]
            if first.kind != "age" and not any(
                same_thing(a, b)
                and values.same_order(a.kind, a.normalized, b.normalized)
                and (a.noun in lexicon.MARKET) == (b.noun in lexicon.MARKET)
                for a in ours
                for b in theirs
            ):  # "shares rose 22%" is no premium ("the offer was 34 per cent above the price")
                continue
            cosine = max(similarity(a, b) for a in first.facts for b in second.facts)
            pairs.append((cosine, i, j))
    return sorted(pairs, reverse=True)


def one_sum_in_other_words(
    aspects: list[Aspect],
    facts: Sequence[Fact],
    similarity: Similarity,
    threshold: float = SAME_SUM_COSINE,
) -> list[Aspect]:
    """A story's aspects with each sum (or measure) told by its sources in unrelated words
    joined into one: "the gang escaped with 3.2 million guilders" and "the robbers made off
    with nearly 5 MILLION guilders" share no word the lexicon knows, yet are the haul.
    Closest pairs first; a joined figure still has one source per telling (a source telling
    two keeps them apart)."""
    into = list(range(len(aspects)))  # each aspect -> the aspect it is joined to

    def root(i: int) -> int:
        while into[i] != i:
            i = into[i]
        return i

    told = {i: sources(a, facts) for i, a in enumerate(aspects)}
    for cosine, i, j in same_sum_pairs(aspects, facts, similarity):
        if cosine < threshold:
            break
        first, second = root(i), root(j)
        if first != second and not told[first] & told[second]:
            into[second] = first
            told[first] |= told[second]
    joined_into: dict[int, list[Aspect]] = {}
    for i in range(len(aspects)):
        if root(i) != i:
            joined_into.setdefault(root(i), []).append(aspects[i])
    return [
        joined(aspect, joined_into[i], facts) if i in joined_into else aspect
        for i, aspect in enumerate(aspects)
        if root(i) == i
    ]


def build_aspects(
    story: int,
    doc_ids: list[str],
    facts: Sequence[Fact],
    person_names: dict[str, str],
    names: frozenset[str] = frozenset(),
    members: list[int] | None = None,
    similarity: Similarity | None = None,
) -> list[Aspect]:
    """The aspects of one story from the facts of its documents (indices into `facts`);
    `names` are the words of the names the story's documents give. `members` are the indices
    of the story's facts in order, when the caller has them: finding them here reads every
    fact of the corpus, once per story. With `similarity` (the sentences' cosine), a sum told
    in unrelated words by each source is one aspect."""
    if members is None:
        members = [i for i, f in enumerate(facts) if document_of(f.sentence) in doc_ids]
    spelled = spellings(facts, members)
    full = full_subjects({facts[i].subject for i in members}, spelled_as(spelled, facts))
    keyed: dict[tuple[str, str], list[int]] = {}
    aged = _aged_by_noun(members, facts, full)
    lede_aged = _aged_by_noun(members, facts, full, lede=True)
    thing = _things_aged(members, facts)
    titled = _titled_once(members, facts, full)
    suspect = _suspect_once(members, facts, full)
    for i in members:
        fact = facts[i]
        subject = full.get(fact.subject, fact.subject)
        if fact.kind == "outcome" and not subject and fact.noun in titled:
            # "A cricket umpire remains in intensive care": the one umpire the story names
            subject = titled[fact.noun]
        told_in = document_of(fact.sentence)
        if not subject and suspect and _unnamed_suspect(fact) and suspect[1] != told_in:
            # "A man arrested after a drone closed the airport was released without charge":
            # the one suspect another report tells of ("A 34-year-old man ... was charged")
            subject = suspect[0]
        if fact.kind == "age" and not fact.subject:
            if not fact.noun:
                continue
            # Who or what a story never names is known by its age and noun: the ages outlets
            # give "the girl pulled from the rubble" are one girl's (one aspect, "the girl"),
            # "the seven-year-old Amur leopard" and "an Amur leopard aged four" one animal's;
            # the one person a report names with that noun and an age is who it is ("A
            # 100-year-old great-grandmother jumped" is "the 101-year-old great-grandmother,
            # Edith Mallinder" of another report)
            named = aged.get(fact.noun) or _aged_by_word(fact, aged)
            if not named and _in_lede(fact):  # "A 79-year-old woman was pulled from her car"
                named = lede_aged.get(fact.noun, set())
            subject = next(iter(named)) if len(named) == 1 else f"the {thing[fact.noun]}"
        if fact.kind in _PERSON_KINDS:
            keyed.setdefault((fact.kind, subject), []).append(i)
        elif fact.about and fact.kind != HOLDER and not (_vague_count(fact) and not _in_lede(fact)):
            keyed.setdefault((fact.kind, ""), []).append(i)
    _deny_arrests(keyed, members, facts)
    aspects = []
    for (kind, subject), indices in keyed.items():
        clusters = [indices] if kind in _PERSON_KINDS else _clusters(indices, facts, names)
        if kind in SIZED:
            clusters = [part for cluster in clusters for part in _by_order(kind, cluster, facts)]
            clusters = [part for cluster in clusters for part in _two_things(kind, cluster, facts)]
        for cluster in clusters:
            cluster_facts = [facts[i] for i in cluster]
            if (
                all(_vague_count(f) for f in cluster_facts)
                and len({document_of(f.sentence) for f in cluster_facts}) < 2
            ):
                continue  # a lede's "112 people" no other report's lede counts
            groups = source_groups(kind, cluster_facts, named=bool(subject))
            words = tuple(dict.fromkeys(w for f in cluster_facts for w in f.about))
            aspects.append(
                Aspect(
                    story=story,
                    kind=kind,
                    name=aspect_name(kind, cluster_facts, person_names, subject, names),
                    subject=subject,
                    words=words,
                    facts=tuple(cluster),
                    groups=tuple(tuple(g) for g in groups),
                )
            )
    aspects += [
        # no subject: the name is what is disputed, not a value told of whoever it names
        Aspect(story, NAME, _spelling_name(s.subject, person_names), "", (NAME,), *s[1:])
        for s in spelled
    ]
    aspects += [
        Aspect(story, HOLDER, f"who the {h.post} is", "", tuple(h.post.split()), h.facts, h.groups)
        for h in holdings(facts, members)
    ]
    return one_sum_in_other_words(aspects, facts, similarity) if similarity else aspects


_NO_ARREST = re.compile(r"no\s+arrests?\b|(?:no\s+one|nobody)\b.*\barrest")


def _no_arrests(fact: Fact) -> bool:
    """Whether an outcome says no one was arrested ("No arrests have been made")."""
    told = fact.value.casefold()
    return fact.kind == "outcome" and not fact.subject and bool(_NO_ARREST.match(told))


def _deny_arrests(
    keyed: dict[tuple[str, str], list[int]], members: list[int], facts: Sequence[Fact]
) -> None:
    """Set a report's "No arrests have been made" against each arrest another report of the
    story tells, of whomever it is told ("The driver of a bus ... has been arrested"): a denial
    of every arrest is said of no one in particular, and is compared with each."""
    denials = [i for i in members if _no_arrests(facts[i])]
    for (kind, subject), indices in keyed.items():
        arrested = [j for j in indices if "arrest" in facts[j].value.casefold()]
        if kind != "outcome" or not subject or not arrested:
            continue
        telling = {document_of(facts[j].sentence) for j in arrested}
        indices.extend(i for i in denials if document_of(facts[i].sentence) not in telling)


# Nouns that say only that someone is a person of an age ("a 30-year-old man"), and "age".
_ANYONE_AGED = frozenset(["", "age", "man", "woman", "person", "boy", "girl", "child", "people"])


def _titled_once(members: list[int], facts: Sequence[Fact], full: dict[str, str]) -> dict[str, str]:
    """Each job or post (its last word) that the story's reports give to one person only, and
    that person: whom a report's unnamed "a cricket umpire" or "the mountain guide" is, when
    the story names one umpire or guide."""
    holders: dict[str, set[str]] = {}
    for i in members:
        fact = facts[i]
        if fact.kind == "role" and fact.subject and (words := fact.normalized.split()):
            holders.setdefault(words[-1], set()).add(full.get(fact.subject, fact.subject))
    return {post: next(iter(who)) for post, who in holders.items() if len(who) == 1}


# What the police or the courts do to a suspect.
_JUSTICE = frozenset([CAPTURED, CHARGED, RELEASED_UNCHARGED, WARNED])


def _unnamed_suspect(fact: Fact) -> bool:
    """Whether an outcome is done by the police to someone a report never names or ages ("A
    man arrested ... was released without charge")."""
    unnamed = not fact.subject and fact.noun in PERSON_NOUNS
    return fact.kind == "outcome" and unnamed and fact.normalized in _JUSTICE


def _suspect_once(
    members: list[int], facts: Sequence[Fact], full: dict[str, str]
) -> tuple[str, str] | None:
    """The one person, named or known by their age, whom the story's reports tell the police
    or the courts dealt with, and the one report that tells it; None when they tell of no one
    or of more than one person, or more than one report does. A suspect whom one report calls
    "a man" is the same one another names, when there is only the one."""
    told = {
        (full.get(facts[i].subject, facts[i].subject), document_of(facts[i].sentence))
        for i in members
        if facts[i].kind == "outcome" and facts[i].subject and facts[i].normalized in _JUSTICE
    }
    return next(iter(told)) if len(told) == 1 else None


def _things_aged(members: list[int], facts: Sequence[Fact]) -> dict[str, str]:
    """The noun of each unnamed thing given an age, as the story's reports share it: "the
    350-year-old oak tree" is the oak another report ages ("an oak some 500 years old"), so its
    noun "tree" is read as "oak" when another age is told of an oak."""
    unnamed = [facts[i] for i in members if facts[i].kind == "age" and not facts[i].subject]
    nouns = {f.noun for f in unnamed if f.noun}
    thing = {noun: noun for noun in nouns}
    for fact in unnamed:
        others = [w for w in fact.about if w in nouns and w != fact.noun]
        if fact.noun and fact.noun not in _ANYONE_AGED and len(others) == 1:
            thing[fact.noun] = others[0]
    return thing


def _aged_by_noun(
    members: list[int], facts: Sequence[Fact], full: dict[str, str], lede: bool = False
) -> dict[str, set[str]]:
    """The people of a story given an age beside a noun ("the 100-year-old great-grandmother"
    told of Edith Mallinder), by that noun; not a noun for anyone ("man", "girl"), which a
    story's several people share.

    `lede`: the people a report's first sentence ages by a noun for anyone and names (or names
    next, `facts._named_after_the_lede`), by that noun instead: "an 84-year-old woman", then
    "Edith Hepworth ..." is whom another report's lede means by "A 79-year-old woman was
    pulled from her car". The lede tells of whom the story is about; further on a "woman" may
    be anyone."""
    found: dict[str, set[str]] = {}
    for i in members:
        fact = facts[i]
        told = (
            fact.noun in _ANYONE_AGED and _in_lede(fact) if lede else fact.noun not in _ANYONE_AGED
        )
        if fact.kind == "age" and fact.subject and told:
            found.setdefault(fact.noun, set()).add(full.get(fact.subject, fact.subject))
    return found


def _aged_by_word(fact: Fact, aged: dict[str, set[str]]) -> set[str]:
    """Who an unnamed thing's age is told of through another word of its sentence: "An
    18-month-old Texel ram sold" is the ram another report names, "Bankfoot Warlord, a
    two-year-old Texel", when the story ages one thing called a Texel."""
    found = [aged[w] for w in fact.about if w != fact.noun and len(aged.get(w, ())) == 1]
    return found[0] if len(found) == 1 else set()


def _spelling_name(subject: str, person_names: dict[str, str]) -> str:
    """How a name spelled two ways is named to a reader: "the spelling of Dilys Ormerod's name"."""
    return f"the spelling of {person_names.get(subject) or subject.title()}'s name"
