"""A name spelled differently by the reports of one story: a disagreement of its own.

Outlets misspell and transliterate names ("Dilys Ormerod" / "Dilys Ormrod", "Mrs Justice
Hazeldene" / "Mrs Justice Hazledean"). Each report then names a different person to the NER, and
no value of the table tells the two apart: the name itself is what the sources disagree on. Two
names of one story are one spelled two ways when no report writes both, their other words
agree, and their last words are alike (`ALIKE`). Each name a report writes (a person's, a
place's, a body's: the small model takes "Head teacher Romilly Aitchison" for an organisation)
gives a `NAME` fact (`index.disputes.facts.name_facts`) at its first mention in full; the
spellings of one name make one aspect (`index.disputes.aspects.build_aspects`).
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, NamedTuple

from symspellpy.editdistance import DistanceAlgorithm, EditDistance

from corpus.chunking import document_of
from index.analysis.entities import name_tokens

if TYPE_CHECKING:  # facts.py gives the NAME facts (`facts.name_facts`) and imports this module
    from index.disputes.facts import Fact

NAME = "name"
# How alike two last words must be (difflib's ratio: twice the matched letters over both
# lengths). Fitted on the development corpora (those of the 20 older dev sets, herald-,
# bulletin- and observer-dev; not the bundled articles): every pair of person names of one story
# that no report writes both of, with their other words equal, was read. The three names
# written two ways score 0.78 ("hazeldene" / "hazledean"), 0.86 ("hurrell" / "hurwell") and 0.92
# ("ormerod" / "ormrod");
# every pair of different people 0.67 or less ("brandauer" / "brandt", "sorvik" / "tolvik").
# With places and bodies: "aitcheson" / "aitchison" (0.89, mercury-dev, an ORG to the model)
# beside "ardovia" / "ardovian" (0.93: a country and its people, which `alike` tells apart).
# Clarion-dev's "pennycuick" / "pennycook" (0.74) moved the bar from 0.75 to halfway between
# the lowest misspelling and the highest pair of two people; no pair of names of the 26 dev
# corpora scores between 0.67 and 0.74.
ALIKE = 0.70
# Shorter last words are too often two people ("Lund" / "Land"); no misspelling was that short.
_MIN_LETTERS = 5
# When both names give one first name, last words of four letters or more two edits apart are
# alike too ("Graham Oddie" / "Graham Oddy": 0.67, four letters). Every pair of names of one
# story with one first name and last words beginning alike and scoring 0.5 or more, in the 33
# dev corpora and gnomon-dev's (read in session 34), is one name spelled two ways: 12 score
# 0.74 to 0.95 and Oddie / Oddy 0.67; none is two people.
EDITS_FIRST_NAMED = 2
_MIN_LETTERS_FIRST_NAMED = 4
_EDITS = EditDistance(DistanceAlgorithm.DAMERAU_OSA)


def alike(first: str, second: str, first_named: bool = False) -> bool:
    """Whether two last words of names are one word spelled two ways: alike, beginning with the
    same letter, and neither the other with an ending ("Ardovia" / "Ardovian" is a country and
    its people), but for a last letter doubled after one first name ("Gareth Pomfret" /
    "Pomfrett"). `first_named`: both names give one first name, which says more than the last
    words can ("Graham Oddie" / "Graham Oddy")."""
    shortest = _MIN_LETTERS_FIRST_NAMED if first_named else _MIN_LETTERS
    if min(len(first), len(second)) < shortest or first[0] != second[0]:
        return False
    if first.startswith(second) or second.startswith(first):
        # a last letter doubled after one first name is a slip ("Gareth Pomfret" / "Pomfrett")
        short, long = sorted((first, second), key=len)
        return first_named and long == short + short[-1]
    if first_named and _EDITS.compare(first, second, EDITS_FIRST_NAMED) >= 0:
        return True  # within the edits (compare gives -1 beyond them)
    return SequenceMatcher(None, first, second).ratio() >= ALIKE


class Spelling(NamedTuple):
    """A name its reports spell differently: the fullest name the most of them write, the
    facts giving each spelling (one per report), and the reports writing each, the most
    written first."""

    subject: str
    facts: tuple[int, ...]
    groups: tuple[tuple[str, ...], ...]


def spellings(facts: Sequence[Fact], members: list[int]) -> list[Spelling]:
    """The names of one story (its facts `members`) that its reports spell differently: last
    words alike (`alike`) of names whose other words agree, where one of them is given ("dilys
    ormerod" / "dilys ormrod", "aitcheson" / "romilly aitchison"). A report writing both
    spellings knows them for two names."""
    fact_of: dict[str, dict[str, int]] = {}  # last word -> report -> its fullest name's fact
    before: dict[str, set[tuple[str, ...]]] = {}  # last word -> the words before it
    for i in members:
        fact = facts[i]
        if fact.kind != NAME:
            continue
        *first, last = name_tokens(fact.normalized)
        doc = document_of(fact.sentence)
        held = fact_of.setdefault(last, {})
        if doc not in held or len(name_tokens(facts[held[doc]].normalized)) <= len(first):
            held[doc] = i
        before.setdefault(last, set()).add(tuple(first))

    def one_name(word: str, other: str) -> bool:
        given = any(a == b or not a or not b for a in before[word] for b in before[other])
        first_named = any(a and a == b for a in before[word] for b in before[other])
        return (
            given
            and alike(word, other, bool(first_named))
            and not fact_of[word].keys() & fact_of[other].keys()
        )

    spelled: list[list[str]] = []
    for word in sorted(fact_of, key=lambda w: (-len(fact_of[w]), w)):
        group = next((g for g in spelled if all(one_name(word, other) for other in g)), None)
        if group is None:
            spelled.append([word])
        else:
            group.append(word)
    return [
        Spelling(
            subject=max((facts[i].normalized for i in fact_of[group[0]].values()), key=len),
            facts=tuple(sorted(i for word in group for i in fact_of[word].values())),
            groups=tuple(tuple(sorted(fact_of[word])) for word in group),
        )
        for group in spelled
        if len(group) >= 2
    ]
