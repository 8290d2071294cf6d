"""Accounts that disagree about what happened: killed in the raid vs wounded and died later.

Only for outcome questions ("What happened to X?", "Did X survive?", "Did they capture the
target?"). Each document's best sentences near the top are read for outcome phrases (found at
index time by `index.analysis.outcomes`), each attributed to the person the sentence names, or
to the one the sentence before names when it only says "he". Two documents disagree when one
tells an outcome for the person asked about that the other's account excludes, and neither tells
both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.lexicon import PERSONAL_PRONOUNS, PLURAL_PRONOUNS, question_name_tokens, surname
from assistant.selection import Candidate
from assistant.values import names_compatible
from index.analysis import OUTCOME
from index.analysis import outcomes as o
from index.content import IndexContent
from index.models import Mention

# A document's outcome sentences count when they score within this of its best one: an account
# is often told over sentences ("they shot him." ... "He later died."), the later ones scoring
# lower (0.88 and 0.50 for "Did Khaled al-Masoud survive the raid?").
ACCOUNT_WINDOW = 0.45
# A document takes part only if its best sentence is within this of the best overall. Wide,
# because a question worded after one source scores the other low ("Did the US capture a
# high-ranking IS member?": 1.31 for the source that says so, 0.61 for the one that says the
# raid missed its target); the outcome pairs and the person check keep this safe.
DOCUMENT_WINDOW = 0.9
# Outcomes that cannot both be true of the same named person.
_SAME_PERSON = {
    frozenset(pair)
    for pair in [
        (o.KILLED, o.DIED_LATER),
        (o.KILLED, o.WOUNDED),
        (o.KILLED, o.CAPTURED),
        (o.KILLED, o.UNHARMED),
        (o.KILLED, o.ESCAPED),
        (o.DIED, o.UNHARMED),
        (o.DIED_LATER, o.UNHARMED),
        (o.CAPTURED, o.ESCAPED),
    ]
}
# Outcomes that clash when told of an unnamed target: "not the official it was targeting"
# against "captured a high-ranking member".
_UNNAMED = {frozenset((o.MISSED, o.CAPTURED)), frozenset((o.CAPTURED, o.ESCAPED))}
_PRONOUN = re.compile(
    rf"\b(?:{'|'.join(sorted(PERSONAL_PRONOUNS | PLURAL_PRONOUNS))})\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Told:
    """An outcome a document tells, of whom (a person key, or None when unnamed), and where."""

    outcome: Mention
    person: str | None
    candidate: Candidate


def person_asked_about(question: str, content: IndexContent) -> str | None:
    """The person a question names, by their surname: 'al-Masoud' -> 'khaled al-masoud'."""
    words = set(question_name_tokens(question))
    for person in content.lookups.people:
        found_by = surname(person)
        if found_by and found_by in words:
            return person
    return None


def _people_of(row: int, content: IndexContent) -> list[str]:
    """People a sentence is about: those it names, or for "He later died." the sentence before's."""
    named = [m.normalized for m in content.mentions_at(row) if m.kind == "person"]
    if named or not _PRONOUN.search(content.sentences[row].text):
        return named
    for back in (row - 1, row - 2):
        if back < 0 or content.sentences[back].passage_id != content.sentences[row].passage_id:
            break
        named = [m.normalized for m in content.mentions_at(back) if m.kind == "person"]
        if named:
            return named[:1]
    return []


def told_outcomes(
    ranked: list[Candidate], person: str | None, content: IndexContent
) -> dict[str, list[Told]]:
    """Per document, the outcomes its most relevant outcome sentences tell of `person` (or, when
    the question names no one, of no one named).

    `ranked` holds the sentences of whole documents. A document takes part when its best
    sentence is within DOCUMENT_WINDOW of the best overall; its outcome sentences count when
    within ACCOUNT_WINDOW of its best outcome sentence, each outcome once (the first telling).
    """
    if not ranked:
        return {}
    floor = ranked[0].score - DOCUMENT_WINDOW
    relevant = {c.doc_id for c in ranked if c.score >= floor}
    told: dict[str, list[Told]] = {}
    best_of: dict[str, float] = {}
    for candidate in ranked:
        if candidate.doc_id not in relevant:
            continue
        outcomes = [m for m in content.mentions_at(candidate.row) if m.label == OUTCOME]
        if not outcomes:
            continue
        people = _people_of(candidate.row, content)
        about = next((p for p in people if person and names_compatible(p, person)), None)
        if (person is not None and about is None) or (person is None and people):
            continue  # about someone else than the person asked about (or a named one)
        best = best_of.setdefault(candidate.doc_id, candidate.score)
        if candidate.score < best - ACCOUNT_WINDOW:
            continue
        seen = {t.outcome.normalized for t in told.get(candidate.doc_id, [])}
        for mention in outcomes:
            if mention.normalized not in seen:
                told.setdefault(candidate.doc_id, []).append(Told(mention, about, candidate))
    return told


def _clashes(first: str, second: str, named: bool) -> bool:
    pair = frozenset((first, second))
    return pair in (_SAME_PERSON if named else _UNNAMED)


def disagreements(told: dict[str, list[Told]], named: bool) -> list[tuple[Told, Told]]:
    """Pairs of outcomes from two documents that exclude each other, neither document telling both.

    "Killed" against "later died" is a disagreement; against "died" (no timing) it is not.
    """
    found = []
    documents = list(told)
    for i, first_doc in enumerate(documents):
        own_first = {t.outcome.normalized for t in told[first_doc]}
        for second_doc in documents[i + 1 :]:
            own_second = {t.outcome.normalized for t in told[second_doc]}
            for a in told[first_doc]:
                for b in told[second_doc]:
                    x, y = a.outcome.normalized, b.outcome.normalized
                    if _clashes(x, y, named) and y not in own_first and x not in own_second:
                        found.append((a, b))
    return found
