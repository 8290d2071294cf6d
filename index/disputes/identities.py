"""Facts that say which thing of its kind something was: its make, its kind or its name.

"A Vespa scooter stolen in 1972" against "The scooter, a pale blue Lambretta, belonged to ...";
"A garden snail called Lightning Len has won" against "Her snail, Sir Trailalot, beat the
rest": the reports disagree on which scooter, which snail, as plainly as on a date. Only four
constructions tie a name to a thing, and only to a thing (people have their own facts):
- an apposition: "the scooter, a pale blue Lambretta," "the tree, a larch,";
- a naming participle: "a snail called Lightning Len", "a horse named Blue Thunder", "a boat
  known as the Sea Wren";
- a capitalised word before the noun, which is no place nor body: "a Vespa scooter";
- a name written before "the" and the noun: "Crumpet the wallaby", "Bosun the parrot".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from index.analysis.lexicon import OFFICE_WORDS
from index.disputes import lexicon
from index.disputes.people import SAID_OF_A_PERSON
from index.models import Mention

IDENTITY = "identity"
# The marker of a name given ("called Lightning Len", "Her snail, Sir Trailalot,"), against a
# kind or a make ("a Vespa scooter", "a larch"): a snail's name and its kind are two things.
NAME_GIVEN = "name-given"


class Identity(NamedTuple):
    """A name or a kind given to a thing, with offsets in its sentence."""

    start: int
    end: int
    normal: str
    thing: Any  # the thing's noun in the parse
    noun: str  # ... as the thing is asked after: a breed of dog is a dog
    named: bool  # a name given, not a kind


# Things named as people are: animals, craft, a storm ("a snail called Lightning Len", "the
# lifeboat, the Grace Darling", "Storm Agnes").
_NAMED_AS_PEOPLE = lexicon.NAMED_ANIMALS | frozenset(
    ["snail", "hen", "chicken", "duck", "goose", "sheep", "lamb", "calf", "bird", "fish",
     "animal", "pet", "boat", "yacht", "ship", "vessel", "barge", "narrowboat", "lifeboat",
     "locomotive", "engine", "tractor", "balloon", "bell", "statue", "robot", "storm"]
)  # fmt: skip
# Participles that give a thing its name: "called", "named", "known as".
_NAMING = frozenset(["call", "name", "know", "dub", "nickname"])
# Groups, and the kin and friends news names beside someone ("her twin sister, Morag"), besides
# those a name may be written after (`people.SAID_OF_A_PERSON`).
_COMPANY = frozenset(
    ["couple", "family", "pair", "household", "crew", "gang", "group", "sister", "brother",
     "twin", "aunt", "uncle", "partner", "fiance", "fiancee", "girlfriend", "boyfriend",
     "friend", "colleague", "pal", "mate"]
)  # fmt: skip
# Nouns of people, whose names have facts of their own (`people`, `spellings`).
_PEOPLE = SAID_OF_A_PERSON | lexicon.JOBS | OFFICE_WORDS | lexicon.CLERGY_RANKS | _COMPANY
# Nouns of places, whose names are places' facts (`named`): "the town, Drewsbury", "the pub,
# the Drovers Arms".
_PLACES = lexicon.PLACE_NOUNS | lexicon.BUILDINGS | frozenset(
    ["town", "village", "city", "hamlet", "parish", "county", "country", "region", "district",
     "area", "island", "street", "road", "lane", "river", "valley", "moor", "hill", "lake"]
)  # fmt: skip
# What an apposition may be and still say which thing, not what else it is: "a larch", "a
# Douglas fir", "a pale blue Lambretta" (colours and a name); not "a former vicarage", "a
# Grade II-listed building", which describe.
_INDEFINITE = frozenset(["a", "an"])
_ARTICLES = _INDEFINITE | {"the"}
# Sentences that may hold such a construction, for the parse to read (`facts.parse_inputs`).
IDENTITY_CUE = re.compile(
    r"\b(?:called|named|dubbed|nicknamed|known\s+as)\s+[A-Z]|,\s+an?\s+[\w -]+,"
)


def identities(doc: Any, mentions: Sequence[Mention]) -> list[Identity]:
    """The names and kinds one parsed sentence gives things, offsets in the sentence as its
    `mentions`' are."""
    found = []
    for token in doc:
        if (beside := _name_before_the_thing(token)) is not None:
            if (identity := _named_before(token, beside, mentions)) is not None:
                found.append(identity)
            continue
        thing = _named_thing(token.head)
        if not _a_thing(thing) or token.i == thing.i:
            continue
        if token.dep_ == "appos":
            name = _appositive(token)
        elif token.dep_ == "acl" and token.lemma_.casefold() in _NAMING:
            name = _named(token)
        elif token.dep_ == "compound" and token.i == thing.i - 1:
            name = _capitalised_before(token)
        else:
            name = None
        if name is None:
            continue
        start, end = name[0].idx, name[-1].idx + len(name[-1])
        told = [m for m in mentions if m.start < end and start < m.end]
        if token.dep_ == "compound" and any(m.kind != "person" for m in told):
            continue  # "the Saltonstall House puzzle", "the Christmas market": whose, when
        normal = " ".join(t.lower_ for t in name if t.lower_ not in _ARTICLES)
        noun = _DOGS.get(thing.lemma_.casefold(), thing.lemma_.casefold())
        named = token.dep_ == "acl" or (token.dep_ == "appos" and not _indefinite(name))
        if normal != noun and not _someone_named(token, thing, told):  # not "Snail names"
            found.append(Identity(start, end, normal, thing, noun, named))
    return found


# Dogs by their breed: "her guide dog, a black Labrador called Pipkin" names the dog.
_DOGS = {
    breed: "dog"
    for breed in ["puppy", "collie", "spaniel", "terrier", "labrador", "retriever", "alsatian",
                  "whippet", "greyhound", "lurcher", "sheepdog", "poodle", "beagle", "dachshund"]
}  # fmt: skip


def _named_thing(token: Any) -> Any:
    """The thing a name is given: of "her guide dog, a black Labrador called Pipkin", the dog
    the Labrador stands beside."""
    if token.dep_ == "appos" and token.head.pos_ == "NOUN":
        return token.head
    return token


def _name_before_the_thing(token: Any) -> Any | None:
    """The thing a capitalised name is written before with "the": "Crumpet the wallaby is
    back", "Bosun the parrot was found" (the parse makes the name and the noun two subjects of
    one verb, or the noun the name's apposition)."""
    doc = token.doc
    if token.i + 2 >= len(doc) or not token.text[:1].isupper() or token.dep_ == "compound":
        return None
    the, noun = doc[token.i + 1], doc[token.i + 2]
    if the.lower_ != "the" or noun.pos_ != "NOUN" or token.pos_ not in ("PROPN", "NOUN"):
        return None
    parallel = noun.dep_ == token.dep_ and noun.head.i == token.head.i != token.i
    return noun if parallel or (noun.dep_ == "appos" and noun.head.i == token.i) else None


def _named_before(token: Any, thing: Any, mentions: Sequence[Mention]) -> Identity | None:
    """The name a token gives the thing written after it with "the" ("Crumpet the wallaby"),
    unless the thing is a person's or a place's, or the name is a mention of something else
    ("Tuesday the council voted")."""
    name = _name_words(token)
    start, end = name[0].idx, name[-1].idx + len(name[-1])
    if not _a_thing(thing) or any(m.start < end and start < m.end for m in mentions):
        return None
    normal = " ".join(t.lower_ for t in name)
    return Identity(start, end, normal, thing, thing.lemma_.casefold(), True)


def _indefinite(name: list[Any]) -> bool:
    return name[0].lower_ in _INDEFINITE


def _a_thing(token: Any) -> bool:
    """Whether a noun is of a thing, which a name may say which of its kind it is: not a
    person ("her husband, John"), a job (of those the lexicon knows: "-er" makes a job of a
    "scooter" too) or a place."""
    noun = token.lemma_.casefold()
    if noun in lexicon.NAMED_ANIMALS:
        return True  # "her loyal black Labrador, Pipkin", a breed capitalised
    return (
        token.pos_ == "NOUN"
        and token.dep_ != "compound"
        and noun not in _PEOPLE | _PLACES
        and not token.text[:1].isupper()  # "Ivy Tolladay": a surname the tagger took for a noun
    )


def _someone_named(token: Any, thing: Any, told: list[Mention]) -> bool:
    """Whether a name the model takes for a person's is one, given to a noun of someone the
    lexicon does not know ("the surveyor, Owain Roscoe,", "his friend Raj Trotman"): only an
    animal or a craft is named as people are ("Her snail, Sir Trailalot,"). A capitalised word
    before a noun is as often a make ("a Vespa scooter")."""
    if token.dep_ == "compound" or not any(m.kind == "person" for m in told):
        return False
    return thing.lemma_.casefold() not in _NAMED_AS_PEOPLE


def _appositive(token: Any) -> list[Any] | None:
    """The words of an apposition that say which thing its noun is: a name ("Her snail, Sir
    Trailalot,"), or an indefinite noun with no describing adjective ("the tree, a larch,")."""
    words = _name_words(token)
    if token.pos_ == "PROPN":
        return words
    determiners = [c.lower_ for c in token.children if c.dep_ == "det"]
    # "a painting of a Victorian Christmas market", "a former vicarage": what it is besides
    described = any(c.dep_ in ("amod", "prep", "relcl", "acl") for c in token.children)
    if token.pos_ != "NOUN" or determiners[:1] not in ([d] for d in _INDEFINITE) or described:
        return None
    if token.lemma_.casefold() in _PEOPLE:
        return None  # "the owner, a retired teacher": who, not which
    return words


def _named(participle: Any) -> list[Any] | None:
    """The name a naming participle gives its noun: "a snail called Lightning Len", "known as
    the Sea Wren"."""
    for child in participle.children:
        if child.dep_ in ("oprd", "attr", "dobj", "xcomp") and child.text[:1].isupper():
            return _name_words(child)
        if child.dep_ == "prep" and child.lower_ == "as":
            named = [c for c in child.children if c.dep_ == "pobj" and c.text[:1].isupper()]
            return _name_words(named[0]) if named else None
    return None


def _capitalised_before(token: Any) -> list[Any] | None:
    """The capitalised words right before a thing's noun, inside its sentence: "a Vespa
    scooter" (the caller leaves out those that name a place, a body or a time)."""
    thing, start = token.head, token.i
    while start > token.sent.start and _capitalised_compound(token.doc[start - 1], thing):
        start -= 1
    words = list(token.doc[start : token.i + 1])
    if start == token.sent.start or not all(_capitalised_compound(t, thing) for t in words):
        return None
    if token.doc[start - 1].pos_ == "PROPN":
        return None  # "The Saltonstall House puzzle": a longer name, whose the thing is
    return words


def _capitalised_compound(token: Any, thing: Any) -> bool:
    """Whether a token is a word of a name before a thing's noun: capitalised, not shouted
    ("PENSIONER couple")."""
    capitalised = token.text[:1].isupper() and not token.text.isupper()
    return token.dep_ == "compound" and token.head.i == thing.i and capitalised


def _name_words(token: Any) -> list[Any]:
    """A name's words: the token with the compounds and colours written right before it ("Sir
    Trailalot", "Douglas fir", "a pale blue Lambretta")."""
    start = token.i
    while start > 0 and _part_of_name(token.doc[start - 1], token):
        start -= 1
    return list(token.doc[start : token.i + 1])


def _part_of_name(token: Any, name: Any) -> bool:
    """Whether a token before a name is written as part of it: its article, a colour, a first
    word ("a pale blue Lambretta", "Sir Trailalot")."""
    return token.head.i == name.i and token.dep_ in ("compound", "amod", "det")
