"""Compose an extractive answer: quoted, cited sentences, a named disagreement, or an abstention.

The steps live in their own modules: `question_type` (what is asked for), `selection` (which
sentences answer), `counting` (how-many questions), `abstention` (when nothing answers),
`conflicts` and `accounts` (where sources disagree), `wording` (the words around the quotes).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal, NamedTuple

import numpy as np

from assistant import abstention, accounts, conflicts, counting, topic, wording
from assistant.models import Answer, Citation, Claim, Conflict
from assistant.question_type import QuestionType, detect
from assistant.selection import Candidate, candidates, choose, document_candidates
from corpus.models import Document
from index.content import IndexContent
from index.models import Hit, Kind

RELATED = 3
# Passages searched for sources that might disagree (the answer quotes only from the top k).
EVIDENCE_DEPTH = 20
_UNNAMED_ABOUT = "whether the target was caught"


def _citation(number: int, candidate: Candidate, doc: Document) -> Citation:
    sentence = candidate.sentence
    return Citation(
        number=number,
        doc_id=doc.id,
        title=doc.title,
        source=doc.source,
        passage_id=sentence.passage_id,
        quote=sentence.text,
        start=sentence.start,
        end=sentence.end,
    )


class _Found(NamedTuple):
    """A disagreement found, before its quotes are numbered: each side's sentence and value."""

    about: str
    kind: Kind | Literal["account"]
    sides: list[tuple[Candidate, str, str]]  # (sentence, value as written, normalised value)


def _claim(side: tuple[Candidate, str, str], kind: str, doc: Document, citation: int) -> Claim:
    candidate, value, normalized = side
    sentence = candidate.sentence
    return Claim(
        doc_id=doc.id,
        source=wording.source_name(doc),
        value=value,
        normalized=normalized,
        quote=sentence.text,
        start=sentence.start,
        end=sentence.end,
        citation=citation,
        reading=wording.reading(kind, value, normalized),
    )


def _distinct(sentences: list[Candidate]) -> list[Candidate]:
    """Each sentence once, in order (the same sentence may be scored for two purposes)."""
    seen: dict[int, Candidate] = {}
    for candidate in sentences:
        seen.setdefault(candidate.row, candidate)
    return list(seen.values())


def _about(kind: Kind, question: str) -> str:
    """What a value disagreement is about, from the question's subject when it has one."""
    noun = {"date": "the date", "number": "the figure", "place": "the place"}.get(kind, "the name")
    if kind == "number" and (counted := counting.counted_noun(question)):
        return f"the number of {counted}"
    found = topic.subject(question)
    return f"{noun} of {found}" if found else f"{noun} asked for"


def _value_conflict(
    ranked: list[Candidate],
    qtype: QuestionType,
    asked: str,
    content: IndexContent,
    documents: dict[str, Document],
) -> _Found | None:
    grouped = conflicts.value_groups(ranked, qtype, content, documents)
    if grouped is None:
        return None
    kind, groups = grouped
    sides = [(s.candidate, s.value.text, s.value.normalized) for group in groups for s in group]
    return _Found(_about(kind, asked), kind, sides)


def _account_conflict(
    asked: str,
    qtype: QuestionType,
    query_vector: np.ndarray,
    hits: list[Hit],
    content: IndexContent,
    documents: dict[str, Document],
) -> _Found | None:
    person = accounts.person_asked_about(asked, content)
    doc_ids = list(dict.fromkeys(h.doc_id for h in hits))[: conflicts.MAX_SIDES]
    whole = document_candidates(asked, qtype, query_vector, doc_ids, content)
    told = accounts.told_outcomes(whole, person, content)
    pairs = accounts.disagreements(told, named=person is not None)
    if not pairs:
        return None
    involved = list(dict.fromkeys(t for pair in pairs for t in pair))
    involved.sort(key=lambda t: list(told).index(t.candidate.doc_id))
    by_sentence: dict[int, list[accounts.Told]] = {}
    for item in involved:
        by_sentence.setdefault(item.candidate.row, []).append(item)
    sides = []
    for items in by_sentence.values():
        names = ", ".join(dict.fromkeys(t.outcome.normalized for t in items))
        sides.append((items[0].candidate, items[0].outcome.text, names))
    if person is not None:
        name = accounts_name(person, content)
        about = f"what happened to {name}"
    else:
        about = _UNNAMED_ABOUT
    return _Found(about, "account", sides)


def accounts_name(person: str, content: IndexContent) -> str:
    """A person key as the articles write the name."""
    return content.lookups.person_names.get(person, person.title())


def _abstain(
    question: str,
    rewritten: str | None,
    why: str,
    qtype: QuestionType,
    ranked: list[Candidate],
    hits: list[Hit],
    documents: dict[str, Document],
) -> Answer:
    related: list[Citation] = []
    passages: set[str] = set()
    for candidate in ranked:
        if len(related) == RELATED:
            break
        if candidate.sentence.passage_id in passages:
            continue
        passages.add(candidate.sentence.passage_id)
        related.append(_citation(len(related) + 1, candidate, documents[candidate.doc_id]))
    missing = qtype.prefers if why == "kind" else None
    lead = wording.abstention(missing)
    return Answer(
        question=question,
        rewritten_question=rewritten,
        text=lead,
        lead=lead,
        abstained=True,
        related=related,
        hits=hits,
    )


def compose(
    question: str,
    query_vector: np.ndarray,
    hits: list[Hit],
    content: IndexContent,
    documents: dict[str, Document],
    *,
    rewritten: str | None = None,
    embed: Callable[[list[str]], Sequence[np.ndarray]] | None = None,
    evidence: list[Hit] | None = None,
) -> Answer:
    """Quote the sentences that answer, name any disagreement, or abstain with related passages.

    `rewritten` is the question made standalone from the conversation (None when asked as
    typed); `embed` encodes short texts, used only to check what a how-many number counts;
    `evidence` is a deeper ranking than `hits`, searched for sources that disagree.
    """
    asked = rewritten or question
    qtype = detect(asked)
    ranked = candidates(asked, qtype, query_vector, hits, content)
    if embed is not None and "number" in qtype.wants:
        ranked = counting.refine(ranked, asked, lambda doc_id: documents[doc_id].text, embed)
    why = abstention.reason(ranked, qtype)
    if why is not None:
        return _abstain(question, rewritten, why, qtype, ranked, hits, documents)
    deep = evidence or hits
    found = None
    if qtype.account:
        found = _account_conflict(asked, qtype, query_vector, deep, content, documents)
    elif qtype.wants:
        wider = candidates(asked, qtype, query_vector, deep, content) if evidence else ranked
        if embed is not None and "number" in qtype.wants and evidence:
            wider = counting.refine(wider, asked, lambda d: documents[d].text, embed)
        found = _value_conflict(wider, qtype, asked, content, documents)
    chosen = choose(ranked, qtype, content)
    # With a disagreement, the sides' sentences are quoted, after the best answer if that is
    # none of them ("The exact circumstances of al-Masoud's death remain unclear").
    cited = _distinct([chosen[0], *(side[0] for side in found.sides)]) if found else chosen
    citations = [_citation(n, c, documents[c.doc_id]) for n, c in enumerate(cited, start=1)]
    conflict_list: list[Conflict] = []
    if found:
        number = {c.row: n for n, c in enumerate(cited, start=1)}
        claims = [
            _claim(side, found.kind, documents[side[0].doc_id], number[side[0].row])
            for side in found.sides
        ]
        conflict_list.append(Conflict(about=found.about, kind=found.kind, claims=claims))
    lead = " ".join(wording.disagreement(c) for c in conflict_list)
    quoted = wording.quotes(citations)
    return Answer(
        question=question,
        rewritten_question=rewritten,
        text=f"{lead} {quoted}" if lead else quoted,
        lead=lead,
        citations=citations,
        conflicts=conflict_list,
        hits=hits,
    )
