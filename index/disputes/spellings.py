"""A person's name spelled differently by the reports of one story: a disagreement of its own.

Outlets misspell and transliterate names ("Dilys Ormerod" / "Dilys Ormrod", "Mrs Justice
Hazeldene" / "Mrs Justice Hazledean"). Each report then names a different person to the NER, and
no value of the table tells the two apart: the name itself is what the sources disagree on. Two
names of one story are one person spelled two ways when no report writes both, their other words
agree, and their last words are alike (`ALIKE`). Each report writing a name gives a `NAME` fact
(`index.disputes.facts.name_facts`) at the first sentence naming that person in full; the
spellings of one name make one aspect (`index.disputes.aspects.build_aspects`).
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, NamedTuple

from corpus.chunking import document_of
from index.analysis.entities import name_tokens

if TYPE_CHECKING:  # facts.py gives the NAME facts (`facts.name_facts`) and imports this module
    from index.disputes.facts import Fact

NAME = "name"
# How alike two last words must be (difflib's ratio: twice the matched letters over both
# lengths). Fitted on the development sets (the 20 training sets, herald-, bulletin- and
# observer-dev, bundled.yaml): every pair of person names of one story that no report writes
# both of, with their other words equal, was read. The three names written two ways score 0.78
# ("hazeldene" / "hazledean"), 0.86 ("hurrell" / "hurwell") and 0.92 ("ormerod" / "ormrod");
# every pair of different people 0.67 or less ("brandauer" / "brandt", "sorvik" / "tolvik").
ALIKE = 0.75
# Shorter last words are too often two people ("Lund" / "Land"); no misspelling was that short.
_MIN_LETTERS = 5


def alike(first: str, second: str) -> bool:
    """Whether two different name keys are one name spelled two ways: the same words but the
    last (or one is the last word alone), which are alike and begin with the same letter
    ("dilys ormerod" / "dilys ormrod", "hazeldene" / "hazledean")."""
    a, b = name_tokens(first), name_tokens(second)
    if a == b or (a[:-1] != b[:-1] and min(len(a), len(b)) > 1):
        return False
    last_a, last_b = a[-1], b[-1]
    if min(len(last_a), len(last_b)) < _MIN_LETTERS or last_a[0] != last_b[0]:
        return False
    return SequenceMatcher(None, last_a, last_b).ratio() >= ALIKE


class Spelling(NamedTuple):
    """A name its reports spell differently: the key most of them write, the facts giving each
    spelling, and the reports writing each, the most written first."""

    subject: str
    facts: tuple[int, ...]
    groups: tuple[tuple[str, ...], ...]


def spellings(facts: Sequence[Fact], members: list[int]) -> list[Spelling]:
    """The names of one story (its facts `members`) that its reports spell differently. A
    report writing both spellings knows them for two people."""
    docs_of: dict[str, set[str]] = {}
    fact_of: dict[tuple[str, str], int] = {}
    for i in members:
        fact = facts[i]
        if fact.kind == NAME:
            doc = document_of(fact.sentence)
            docs_of.setdefault(fact.normalized, set()).add(doc)
            fact_of.setdefault((doc, fact.normalized), i)
    spelled: list[list[str]] = []
    for key in sorted(docs_of, key=lambda k: (-len(docs_of[k]), k)):
        group = next(
            (
                g
                for g in spelled
                if all(alike(key, other) and not docs_of[key] & docs_of[other] for other in g)
            ),
            None,
        )
        if group is None:
            spelled.append([key])
        else:
            group.append(key)
    return [
        Spelling(
            subject=group[0],
            facts=tuple(sorted(fact_of[(doc, key)] for key in group for doc in docs_of[key])),
            groups=tuple(tuple(sorted(docs_of[key])) for key in group),
        )
        for group in spelled
        if len(group) >= 2
    ]
