"""Sources that give incompatible values for what was asked: a date, a number, a name.

Each document's best sentence holding the asked-for kind of value is its evidence, if it scores
near the best evidence overall. Documents are grouped by compatible values (compared at the
precision both give, and at most at the precision asked); two or more groups are a conflict.
A document that gives any value compatible with another's is on its side: a false conflict is as
bad as a missed one, so only clean disagreements count.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from assistant.counting import unit_of
from assistant.question_type import QuestionType
from assistant.selection import Candidate
from assistant.values import at_precision, clash_field, compatible, is_comparable
from corpus.models import Document
from index.analysis import OUTCOME
from index.analysis.dates import date_fields
from index.analysis.tokens import tokenize
from index.content import IndexContent
from index.models import Kind, Mention

# A document's evidence takes part only when its score is within this of the best evidence's:
# the two bundled articles' raid-date sentences score 1.10 and 1.02 for "When did the US raid
# on Dumayr take place?", but 0.87 and 0.55 for "Which day of October was al-Masoud shot?".
CONFLICT_WINDOW = 0.35
# Two sentences tell of the same event above this cosine. Measured: the bundled articles'
# raid-date sentences 0.50, their killing sentences 0.76; QACC's conflicting snippets 0.43 at the
# 10th percentile, 0.65 median; SQuAD sentences of unrelated Wikipedia articles that a
# question happened to match, 0.30-0.41 (every false conflict on 400 SQuAD questions).
SAME_EVENT_ABOVE = 0.45
# Articles about the same story (document vectors above this cosine: the bundled pair 0.83;
# different Wikipedia articles at most 0.58) may tell one event in less similar sentences.
SAME_STORY_ABOVE = 0.7
SAME_STORY_EVENT_ABOVE = 0.3
# Evidence that holds the asked-for kind only weakly (a month for "which day", a nationality
# for "who") cannot disagree; a month for "when" can (LESS_PRECISE_DATE in selection).
FULL_STRENGTH = 0.75
MAX_SIDES = 4
# A disagreement is claimed only on a question the best evidence answers clearly: the bundled
# raid-date questions' best sentences score 0.80-1.10; "Which news agency reported the story?"
# is matched by nothing better than 0.64 (an AP mention in passing, a CENTCOM sentence).
MIN_ANCHOR_SCORE = 0.7
ANCHOR_WITHIN = 0.2


@dataclass(frozen=True)
class Side:
    """One document's evidence: its sentence and the values of the compared kind it gives."""

    candidate: Candidate
    values: tuple[Mention, ...]
    support: tuple[Mention, ...] = ()

    @property
    def doc_id(self) -> str:
        return self.candidate.doc_id

    @property
    def value(self) -> Mention:
        return self.values[0]


def _same_unit(a: Side, b: Side, texts: dict[str, str]) -> bool:
    """Numbers disagree only when they count the same thing ("5 daughters" vs "4 daughters")."""
    unit_a = set(tokenize(unit_of(a.value, texts[a.doc_id])))
    unit_b = set(tokenize(unit_of(b.value, texts[b.doc_id])))
    return bool(unit_a & unit_b) or (not unit_a and not unit_b)


def _corroborates(value: Mention, other: Side, clash: int | None, kind: Kind) -> bool:
    """Whether the other document also gives this value somewhere in its evidence, at least as
    precisely as the disagreement ("October" does not back "October 28" against "19/10")."""
    for mention in other.support:
        if not compatible(kind, value.normalized, mention.normalized):
            continue
        fields = date_fields(mention.normalized) if kind == "date" else None
        if clash is None or fields is None or fields[clash] is not None:
            return True
    return False


def _agree(a: Side, b: Side, kind: Kind, precision: str | None, texts: dict[str, str]) -> bool:
    if kind == "number" and not _same_unit(a, b, texts):
        return True  # different things counted: no claim about the same quantity
    if any(
        compatible(kind, at_precision(x, precision), at_precision(y, precision))
        for x in a.values
        for y in b.values
    ):
        return True
    clash = clash_field(a.value.normalized, b.value.normalized) if kind == "date" else None
    return _corroborates(a.value, b, clash, kind) or _corroborates(b.value, a, clash, kind)


def _comparable(mention: Mention) -> bool:
    """Whether a value can be set against another: normalised, and not a nationality or creed
    ("Huguenot", "Syrian"), which names a group loosely enough to describe different people."""
    return mention.label != "NORP" and is_comparable(mention.kind, mention.normalized)


def _document_values(doc_id: str, kind: Kind, content: IndexContent) -> tuple[Mention, ...]:
    """Every comparable value of `kind` a document gives, anywhere in its text."""
    return tuple(
        m
        for row in content.lookups.document_rows.get(doc_id, [])
        for m in content.mentions_at(row)
        if m.kind == kind and m.label != OUTCOME and is_comparable(kind, m.normalized)
    )


def evidence_sides(
    ranked: list[Candidate], kind: Kind, window: float, content: IndexContent
) -> list[Side]:
    """The best sentence giving a full-strength value of `kind`, then for each other document
    its sentence closest in meaning to that one, among those scoring near it.

    Closest in meaning, not best scoring: for "On what date did the operation happen?" a
    document's "revealed on 5/12" may score as well as its "a raid on 19/10", but only the
    second tells of the same event as "The operation took place on October 28". A document with
    no sentence about the same event (see SAME_EVENT_ABOVE) takes no side.
    A side's `support` is every value of `kind` its document gives anywhere: a document that
    also states the other side's value somewhere is not in clean disagreement with it.
    """
    typed = [
        (c, tuple(m for m in c.answers if m.kind == kind and _comparable(m)))
        for c in ranked
        if c.strength >= FULL_STRENGTH
    ]
    # A sentence naming two different people or groups ("Curly Putman wrote it for George
    # Jones") does not say which one answers: no disagreement can be claimed from it. (Places
    # come in nests, "al-Dumayr, near Damascus", and are compared pairwise instead.)
    typed = [(c, values) for c, values in typed if values]
    if kind in ("person", "organization"):
        typed = [(c, values) for c, values in typed if len({m.normalized for m in values}) == 1]
    if not typed or typed[0][0].score < MIN_ANCHOR_SCORE:
        return []
    # The anchor is the best evidence, the most exact one among those scoring near the best:
    # "the October raid" must not stand for a document that also says "a raid on 19/10".
    near = [pair for pair in typed if pair[0].score >= typed[0][0].score - ANCHOR_WITHIN]
    anchor, anchor_values = max(near, key=lambda pair: (pair[0].strength, pair[0].score))
    vectors = content.sentence_vectors
    pivot = vectors[anchor.row].astype(np.float32)
    stories = content.lookups.document_vectors
    chosen: dict[str, tuple[float, Side]] = {anchor.doc_id: (1.0, Side(anchor, anchor_values))}
    for candidate, values in typed[1:]:
        if candidate.score < anchor.score - window or candidate.doc_id == anchor.doc_id:
            continue
        similarity = float(vectors[candidate.row].astype(np.float32) @ pivot)
        same_story = float(stories[candidate.doc_id] @ stories[anchor.doc_id]) > SAME_STORY_ABOVE
        needed = SAME_STORY_EVENT_ABOVE if same_story else SAME_EVENT_ABOVE
        held = chosen.get(candidate.doc_id)
        if similarity > needed and (held is None or similarity > held[0]):
            chosen[candidate.doc_id] = (similarity, Side(candidate, values))
    return [
        replace(side, support=_document_values(doc, kind, content))
        for doc, (_, side) in chosen.items()
    ]


def compared_kind(ranked: list[Candidate]) -> Kind | None:
    """The kind of value the best typed evidence gives: what a disagreement would be about."""
    for candidate in ranked:
        if candidate.answers and candidate.strength >= FULL_STRENGTH:
            return candidate.answers[0].kind
    return None


def value_groups(
    ranked: list[Candidate],
    qtype: QuestionType,
    content: IndexContent,
    documents: dict[str, Document],
) -> tuple[Kind, list[list[Side]]] | None:
    """Documents grouped by the value they give, when at least two groups disagree."""
    if not qtype.wants:
        return None
    kind = compared_kind(ranked)
    if kind is None:
        return None
    sides = evidence_sides(ranked, kind, CONFLICT_WINDOW, content)[:MAX_SIDES]
    if len(sides) < 2:
        return None
    texts = {doc_id: documents[doc_id].text for doc_id in {s.doc_id for s in sides}}
    groups: list[list[Side]] = []
    for side in sides:
        # A side agreeing with several groups joins them: A~B and B~C is no disagreement.
        agreeing = [
            g for g in groups if any(_agree(side, o, kind, qtype.precision, texts) for o in g)
        ]
        merged = [side, *(o for g in agreeing for o in g)]
        groups = [g for g in groups if g not in agreeing]
        groups.append(sorted(merged, key=lambda s: sides.index(s)))
    if len(groups) < 2:
        return None
    return kind, sorted(groups, key=lambda g: sides.index(g[0]))
