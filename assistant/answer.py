"""Compose an extractive answer: quoted, cited sentences, a named disagreement, or an abstention.

The steps live in their own modules: `question_type` (what is asked for), `selection` (which
sentences answer), `counting` (how-many questions), `abstention` (when nothing answers),
`disputed` (where sources disagree, from the corpus's table), `wording` (the words around the
quotes).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Literal, NamedTuple

import numpy as np

from assistant import abstention, counting, disputed, near_miss, withheld, wording
from assistant.absent import absent_names
from assistant.models import Answer, Citation, Claim, Conflict
from assistant.question_type import QuestionType, detect
from assistant.selection import Candidate, candidates, choose
from corpus.articles import Articles, outlets_and_dates
from corpus.models import Document
from index.analysis.lemmas import irregular_forms
from index.analysis.tokens import tokenize
from index.content import IndexContent
from index.disputes.aspects import SIZED, Aspect
from index.models import Hit, Kind

RELATED = 3


def _citation(number: int, candidate: Candidate, doc: Document) -> Citation:
    return Citation.quoting(number, candidate.sentence, doc)


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


def _table_conflict(found: disputed.Found, content: IndexContent) -> _Found:
    """The disagreement the corpus's table records for the aspect asked about."""
    kind = disputed.CONFLICT_KINDS.get(found.aspect.kind, "other")
    claims = []
    for _, facts in disputed.sides(found):
        for fact in facts:
            row = content.lookups.sentence_rows[fact.sentence]
            claims.append((Candidate.of(row, content), fact.value, fact.normalized))
    if kind == "account":  # one source's outcomes in one sentence are one claim
        merged: dict[int, tuple[Candidate, str, list[str]]] = {}
        for candidate, value, normalized in claims:
            held = merged.setdefault(candidate.row, (candidate, value, []))
            held[2].append(normalized)
        claims = [(c, v, ", ".join(dict.fromkeys(ns))) for c, v, ns in merged.values()]
    return _Found(found.aspect.name, kind, _by_source(claims))  # type: ignore[arg-type]


def _by_source(claims: list[tuple[Candidate, str, str]]) -> list[tuple[Candidate, str, str]]:
    """Claims grouped by article (in the order articles first appear), each article's in the
    order it tells them. Renderers show one side per source, and the quotes are numbered in
    this order, so the markers a reader meets run 1, 2, 3."""
    first_seen: dict[str, int] = {}
    for n, (candidate, _, _) in enumerate(claims):
        first_seen.setdefault(candidate.doc_id, n)
    return sorted(claims, key=lambda side: (first_seen[side[0].doc_id], side[0].sentence.start))


def _abstain(
    question: str,
    rewritten: str | None,
    why: str,
    qtype: QuestionType,
    ranked: list[Candidate],
    hits: list[Hit],
    documents: Mapping[str, Document],
    mentioned: str | None = None,
    absent: list[str] | None = None,
    reason: Candidate | None = None,
) -> Answer:
    related: list[Citation] = []
    passages: set[str] = set()
    # The sentence saying the value is not given is the reason, so it is shown first.
    first = [reason] if reason is not None else []
    for candidate in [*first, *(c for c in ranked if c is not reason)]:
        if len(related) == RELATED:
            break
        if candidate.sentence.passage_id in passages:
            continue
        passages.add(candidate.sentence.passage_id)
        related.append(_citation(len(related) + 1, candidate, documents[candidate.doc_id]))
    missing = qtype.prefers if why in ("kind", "unmatched", "untied") else None
    if why == "untied" and missing == "place":
        missing = "organization"  # "Which hospital ...?" mentioned but unnamed: its name
    said_not = reason.sentence.text if reason is not None else None
    lead = wording.abstention(missing, mentioned, absent, why == "instructions", said_not)
    return Answer(
        question=question,
        rewritten_question=rewritten,
        text=lead,
        lead=lead,
        abstained=True,
        related=related,
        hits=hits,
    )


def ranked_sentences(
    asked: str,
    qtype: QuestionType,
    query_vector: np.ndarray,
    hits: list[Hit],
    content: IndexContent,
    documents: Mapping[str, Document],
    embed: Callable[[list[str]], Sequence[np.ndarray]] | None,
) -> list[Candidate]:
    """Every sentence of the retrieved passages, best first; for a how-many question, numbers
    that count something else are moved down (`counting`). Shared with `eval.fit
    answerability`, which measures learned abstention on the very ranking the rules judge."""
    # The articles' dates, read without reading any shelved article (`corpus.articles`).
    shelved = documents if isinstance(documents, Articles) else documents.values()
    ranked = candidates(asked, qtype, query_vector, hits, content, outlets_and_dates(shelved))
    if embed is not None and "number" in qtype.wants:
        ranked = counting.refine(ranked, asked, lambda doc_id: documents[doc_id].text, embed)
    return ranked


def _withholds_the_disputed(question: str, statement: Candidate, aspect: Aspect) -> bool:
    """Whether a statement that a figure is not known names what the question asks and the
    disputed figures are of (a word of all three): one outlet not knowing what two others give.
    Figures only: "hired a cybersecurity firm, which it did not name" withholds a firm, not who
    claimed the attack the question also names."""
    if aspect.kind not in SIZED:
        return False
    aspect_terms = set(tokenize(" ".join(aspect.words)))
    shared = set(tokenize(question)) & set(tokenize(statement.sentence.text)) & aspect_terms
    return bool(shared)


def _paid_otherwise(question: str, statement: Candidate, found: _Found) -> bool:
    """Whether the disputed sums are of another payment than the one withheld: the statement
    says the question's word of paying and no side's sentence does. "Mrs Catlow would not say
    how much the society had paid the Gothards for the building" answers "How much did the
    Lindersby villagers pay the Gothards for the shop building?", beside the disputed sums the
    shop "raised" from shares."""
    paying = frozenset(tokenize(question)) & near_miss.paying_terms(question)
    paying |= irregular_forms(paying)  # "pay" is said "paid"
    said = set(tokenize(statement.sentence.text))
    sides = set().union(*(tokenize(side[0].sentence.text) for side in found.sides))
    return bool(paying & said) and not paying & sides


def compose(
    question: str,
    query_vector: np.ndarray,
    hits: list[Hit],
    content: IndexContent,
    documents: Mapping[str, Document],
    *,
    rewritten: str | None = None,
    embed: Callable[[list[str]], Sequence[np.ndarray]] | None = None,
) -> Answer:
    """Quote the sentences that answer, name any disagreement, or abstain with related passages.

    `rewritten` is the question made standalone from the conversation (None when asked as
    typed); `embed` encodes short texts, used only to check what a how-many number counts.
    A disagreement is read from the corpus's table (`assistant.disputed`), never worked out
    from the sentences this question happened to retrieve.
    """
    asked = rewritten or question
    qtype = detect(asked)
    ranked = ranked_sentences(asked, qtype, query_vector, hits, content, documents, embed)
    best = ranked[0].score if ranked else None
    if abstention.asks_instructions(asked):
        abstained = _abstain(question, rewritten, "instructions", qtype, ranked, hits, documents)
        return abstained.model_copy(update={"best_score": best})
    # A question about something no article names is answered by none of their sentences,
    # however many of its other words they share.
    absent = absent_names(asked, content)
    if absent:
        abstained = _abstain(
            question, rewritten, "absent", qtype, ranked, hits, documents, None, absent
        )
        return abstained.model_copy(update={"best_score": best})
    aspect = disputed.find_aspect(asked, qtype, query_vector, hits, content)
    found = _table_conflict(aspect, content) if aspect and aspect.aspect.disputed else None
    if found is None:  # "What is the name of the Hatchmoor mother ...?", spelled two ways
        titled = disputed.spelling_titled(asked, qtype, query_vector, hits, content)
        found = _table_conflict(titled, content) if titled else None
    # "The fees were not disclosed": the articles say they do not give what is asked. A
    # disagreement the table records for the question still answers it (one outlet may not
    # know what another reports), unless the statement ranks above all its sides: then the
    # disagreement is over another value of the story (a manager's payoff, not a striker's fee).
    # A story's causes are one aspect, so a cause disagreement is never over another value:
    # "police have not said what caused the crash" is a third outlet's account beside it.
    # Nor when the statement withholds the very thing the question and the disagreement are
    # about: "has not said how large [the emergency fund] will be" beside "a €5 million
    # emergency fund" and "€8 million".
    said_not = withheld.statement(asked, qtype, ranked, lambda doc_id: documents[doc_id].text)
    if said_not is not None and found is not None and aspect is not None:
        rank = {c.row: n for n, c in enumerate(ranked)}
        first_side = min(rank.get(side[0].row, len(ranked)) for side in found.sides)
        if (
            rank[said_not.row] > first_side
            or aspect.aspect.kind == "cause"
            or _withholds_the_disputed(asked, said_not, aspect.aspect)
        ) and not _paid_otherwise(asked, said_not, found):
            said_not = None
    if said_not is not None:
        abstained = _abstain(
            question, rewritten, "withheld", qtype, ranked, hits, documents, reason=said_not
        )
        return abstained.model_copy(update={"best_score": best})
    why = abstention.reason(ranked, qtype)
    # A near miss says what the articles mention but never give, even where the score alone
    # would abstain ("They mention the ferry's captain but never give a name").
    tie = near_miss.tie(asked, qtype, ranked) if why in (None, "weak", "unmatched") else None
    # "How old is Bosco?" is not answered by another's age ("Ferris Aldwinckle, 39").
    another = why is None and near_miss.of_another(asked, qtype, ranked, content)
    if (tie is not None and not tie.tied) or another:
        why = "untied"
    elif tie is not None and why is None:
        ranked = near_miss.tied_first(ranked, tie)
    # A near miss is answered from the table only by a value of what it asks about.
    about = tie.term if tie is not None and why == "untied" else None
    agreed = disputed.agreed_sentences(aspect, content, about) if aspect and why else []
    if why is not None and found is None and not agreed:
        mentioned = tie.phrase if tie is not None and tie.mentioned else None
        abstained = _abstain(question, rewritten, why, qtype, ranked, hits, documents, mentioned)
        return abstained.model_copy(update={"best_score": best})
    # The table knows a value the sentence scores missed ("The 23-year-old" is no number to
    # spaCy): the sources that give it are quoted, as agreeing.
    chosen = [Candidate.of(row, content) for row in agreed] or choose(ranked, qtype, content)
    if found is None:  # the person the answer names may be spelled two ways by its sources
        spelled = disputed.spelling_answered(asked, qtype, [c.row for c in chosen], content)
        found = _table_conflict(spelled, content) if spelled else None
    # A disagreement is told by its sides' sentences alone, in the order the sides are named:
    # a best-scoring sentence that is none of them only matched the question's words.
    cited = _distinct([side[0] for side in found.sides]) if found else chosen
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
    answer = wording.assemble(question, rewritten, lead, citations, conflict_list, hits)
    return answer.model_copy(update={"best_score": best})
