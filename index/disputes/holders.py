"""Who holds a post, when the reports of one story name different people to it.

"The mayor, Councillor Ewart Lightowler" in one report and "Ebbingham's mayor, Councillor
Henrietta Cheverell" in another give no value about either person that disagrees: each has the
title the other report gives nobody. What disagrees is who the mayor is. A post one person holds
at a time (`HELD_BY_ONE`) given in a report to someone makes a `HOLDER` fact (the name, about the
post: `index.disputes.facts`); the reports of a story naming different people to one post make
an aspect, unless a report names two people to it (then the story has two such posts: two
towns' mayors), the reports write whose post it is and differ ("Sollace's chief executive",
"Ambrecht's chief executive"), or the names are one name spelled two ways
(`index.disputes.spellings`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from corpus.chunking import document_of
from index.analysis.entities import name_tokens
from index.disputes.spellings import alike

if TYPE_CHECKING:  # facts.py gives the HOLDER facts and imports this module
    from index.disputes.facts import Fact

HOLDER = "holder"
# Marks the owner's words among a holder fact's `about`, after the post's own words.
OWNER_MARK = "of:"
# Posts one person holds at a time in whatever a story is about (its town, court, school,
# company). Not a president (of a country and of a club in one story), a minister, a manager or a
# captain, of which a story may tell two.
HELD_BY_ONE = frozenset(
    ["mayor", "governor", "judge", "coroner", "sheriff", "headteacher", "headmaster",
     "headmistress", "principal", "chairman", "chairwoman", "chief executive", "ceo"]
)  # fmt: skip


def post_owner(post: Any) -> tuple[str, ...]:
    """Whose a post is, as written with it ("Sollace's chief executive", "the mayor of Puerto
    Alcina"): the owner's words, lower case; none when not written."""
    owner = next((c for c in post.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None:
        of = next((c for c in post.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if owner is None or owner.pos_ != "PROPN":
        return ()
    words = [*(t for t in owner.lefts if t.dep_ == "compound"), owner]
    return tuple(OWNER_MARK + w.lower_ for w in words)


def held_by_one(post: str) -> bool:
    """Whether a post (a role's normal form, `values.role_form`) is one person's at a time: its
    head, or the whole of it ("chief executive"), without a rank ("deputy mayor" is another)."""
    return post in HELD_BY_ONE


class Holding(NamedTuple):
    """A post the reports of a story give to different people: the post, each report's fact
    naming its holder, and the reports naming each holder, the most first."""

    post: str
    facts: tuple[int, ...]
    groups: tuple[tuple[str, ...], ...]


def holdings(facts: Sequence[Fact], members: list[int]) -> list[Holding]:
    """The posts of one story (its facts `members`) that its reports give to different people."""
    by_post: dict[str, dict[str, dict[str, int]]] = {}  # post -> report -> holder -> fact
    for i in members:
        fact = facts[i]
        if fact.kind == HOLDER:
            named = by_post.setdefault(fact.noun, {}).setdefault(document_of(fact.sentence), {})
            named.setdefault(fact.normalized, i)
    found = []
    for post, reports in by_post.items():
        if any(len(holders) > 1 for holders in reports.values()):
            continue  # one report names two: two such posts (or a former holder and this one)
        owners = {_owner(facts[i]) for holders in reports.values() for i in holders.values()}
        if len(owners - {()}) > 1:
            continue  # "Sollace's chief executive" and "Ambrecht's chief executive"
        by_holder: dict[str, list[str]] = {}
        for report, holders in reports.items():
            by_holder.setdefault(next(iter(holders)), []).append(report)
        last = [name_tokens(h)[-1] for h in by_holder]
        if len(by_holder) < 2 or any(alike(a, b) for a in last for b in last):
            continue  # one holder, or one name spelled two ways
        order = sorted(by_holder, key=lambda h: (-len(by_holder[h]), h))
        found.append(
            Holding(
                post=post,
                facts=tuple(sorted(next(iter(reports[r].values())) for r in reports)),
                groups=tuple(tuple(sorted(by_holder[h])) for h in order),
            )
        )
    return found


def _owner(fact: Fact) -> tuple[str, ...]:
    return tuple(w for w in fact.about if w.startswith(OWNER_MARK))
