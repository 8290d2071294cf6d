"""Who says what, per story: the disagreement table turned into one comparison per story.

Read from the table stored with the index (`index.disputes`): stories, and in each story its
aspects ("the date of the raid") with every source's facts. No model is called and nothing is
parsed here, so comparing every story of a corpus costs a few milliseconds. The same
comparisons feed `Assistant.compare`, `newsqa compare`, the page's Compare tab, its timeline
and the exports.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from typing import Literal, NamedTuple, cast

from pydantic import BaseModel, ConfigDict

from assistant import wording
from assistant.disputed import CONFLICT_KINDS
from assistant.filters import fact_document, restricted_table
from assistant.models import Citation, Claim
from corpus.models import Document
from index.content import IndexContent
from index.disputes.aspects import Aspect
from index.disputes.facts import Fact
from index.disputes.table import DisputeTable
from index.models import Hit

AspectKind = Literal[
    "date",
    "time",
    "count",
    "amount",
    "age",
    "duration",
    "measure",
    "role",
    "outcome",
    "cause",
    "place",
    "agent",
    "score",
    "name",
    "holder",
    "identity",
]


class ComparedSource(BaseModel):
    """One article of a story: how it is named, its outlet and when it was published."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    doc_id: str
    name: str  # as the reader is told ("title" (outlet)), the same as Claim.source
    title: str
    outlet: str | None
    published: dt.date | None


class Said(NamedTuple):
    """One value a source gives in an aspect, how it reads, and the quotes that give it."""

    value: str
    reading: str | None
    citations: list[int]


class ComparedAspect(BaseModel):
    """One thing a story's sources report ("the date of the raid"), and what each says.

    `claims` holds every fact each source gives about it, sources in the comparison's order,
    facts in text order; a claim's `citation` is the number of its quote in
    `Comparison.citations`. `groups` are the doc ids grouped by compatible values: two or more
    groups are a disagreement (`disagree`).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    kind: AspectKind
    disagree: bool
    groups: list[list[str]]
    claims: list[Claim]

    def said_by(self, doc_id: str) -> list[Said]:
        """What one source says here, each distinct value once with all its quotes' numbers:
        the cell of this aspect's row in that source's column (empty: the source is silent)."""
        cell: dict[tuple[str, str | None], list[int]] = {}
        for claim in self.claims:
            if claim.doc_id == doc_id:
                numbers = cell.setdefault((claim.value, claim.reading), [])
                if claim.citation not in numbers:
                    numbers.append(claim.citation)
        return [Said(value, reading, numbers) for (value, reading), numbers in cell.items()]


class Comparison(BaseModel):
    """One story's sources side by side: an aspect per row, what each source says in it.

    `id` is stable for the same set of articles (a hash of their ids). `citations` lists every
    quoted sentence once; `document.text[start:end] == quote` for each, and for each claim.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    title: str
    documents: list[ComparedSource]
    aspects: list[ComparedAspect]
    citations: list[Citation]

    @property
    def disputed(self) -> list[ComparedAspect]:
        return [a for a in self.aspects if a.disagree]


def story_id(doc_ids: Sequence[str]) -> str:
    """A story's id: the same articles give the same id, whatever order they come in."""
    digest = hashlib.sha1("\n".join(sorted(doc_ids)).encode("utf-8")).hexdigest()
    return f"story-{digest[:10]}"


def _published_order(doc: Document) -> tuple[int, dt.date]:
    """Dated articles first, earliest first; undated ones after, in corpus order (stable sort)."""
    return (0, doc.published) if doc.published is not None else (1, dt.date.min)


def story_documents(
    story: Sequence[str], documents: Mapping[str, Document], admitted: frozenset[str] | None
) -> list[Document]:
    """A story's admitted articles in reading order: dated ones earliest first, then undated."""
    kept = [documents[d] for d in story if admitted is None or d in admitted]
    return sorted(kept, key=_published_order)


def _aspect_order(aspect: Aspect) -> tuple[bool, int]:
    """Disputed aspects first, then those more sources report (sorting is stable otherwise)."""
    return (not aspect.disputed, -sum(len(g) for g in aspect.groups))


class Quotes:
    """Claims with their quotes, each quoted sentence numbered once in order of first use.

    The numbers are the `citation` of each claim; `citations` lists the sentences by number,
    as an Answer's do, so renderers and exports show a quote once however many claims it holds.
    """

    def __init__(self, content: IndexContent, documents: Mapping[str, Document]) -> None:
        self._content = content
        self._documents = documents
        self.citations: list[Citation] = []
        self._numbers: dict[str, int] = {}

    def _number(self, sentence_id: str) -> int:
        if sentence_id not in self._numbers:
            sentence = self._content.sentences[self._content.lookups.sentence_rows[sentence_id]]
            doc = self._documents[sentence.doc_id]
            self._numbers[sentence_id] = len(self.citations) + 1
            self.citations.append(Citation.quoting(len(self.citations) + 1, sentence, doc))
        return self._numbers[sentence_id]

    def claim(self, aspect_kind: str, fact: Fact) -> Claim:
        """What a fact says, read as the answers read it ("19/10" reads as "19 October")."""
        quote = self.citations[self._number(fact.sentence) - 1]
        kind = CONFLICT_KINDS.get(aspect_kind, aspect_kind)
        return Claim(
            doc_id=quote.doc_id,
            source=wording.source_name(self._documents[quote.doc_id]),
            value=fact.value,
            normalized=fact.normalized,
            quote=quote.quote,
            start=quote.start,
            end=quote.end,
            citation=quote.number,
            reading=wording.reading(kind, fact.value, fact.normalized),
        )


def _source(doc: Document) -> ComparedSource:
    return ComparedSource(
        doc_id=doc.id,
        name=wording.source_name(doc),
        title=doc.title,
        outlet=doc.source,
        published=doc.published,
    )


def _compared(
    aspect: Aspect,
    table: DisputeTable,
    content: IndexContent,
    order: Mapping[str, int],
    quotes: Quotes,
) -> ComparedAspect:
    """An aspect's row: every fact of every source, sources in column order, then by position."""
    facts = [table.facts[f] for f in aspect.facts]
    facts.sort(key=lambda fact: (order[fact_document(fact, content)], fact.start))
    return ComparedAspect(
        name=aspect.name,
        kind=cast(AspectKind, aspect.kind),  # the table's kinds are AspectKind's
        disagree=aspect.disputed,
        groups=[list(g) for g in aspect.groups],
        claims=[quotes.claim(aspect.kind, fact) for fact in facts],
    )


def compare_story(
    number: int,
    story: Sequence[str],
    table: DisputeTable,
    content: IndexContent,
    documents: Mapping[str, Document],
    admitted: frozenset[str] | None,
) -> Comparison | None:
    """Story `number` (its article ids: `story`) compared from `table`, the corpus's table or
    one restricted to the admitted articles; None when none of its articles is admitted."""
    kept = story_documents(story, documents, admitted)
    if not kept:
        return None
    order = {doc.id: i for i, doc in enumerate(kept)}
    quotes = Quotes(content, documents)
    aspects = sorted((a for a in table.aspects if a.story == number), key=_aspect_order)
    return Comparison(
        id=story_id(story),  # of the whole story, so a filtered view keeps the story's id
        title=kept[0].title,
        documents=[_source(doc) for doc in kept],
        aspects=[_compared(a, table, content, order, quotes) for a in aspects],
        citations=quotes.citations,
    )


def stories_retrieved(hits: Sequence[Hit], table: DisputeTable) -> list[int]:
    """The stories of the retrieved passages, the one with the highest summed score first."""
    totals: dict[int, float] = {}
    for hit in hits:
        story = table.story_of.get(hit.doc_id)
        if story is not None:
            totals[story] = totals.get(story, 0.0) + max(hit.score, 1e-6)
    return sorted(totals, key=lambda s: -totals[s])


def comparisons(
    content: IndexContent,
    documents: Mapping[str, Document],
    *,
    admitted: frozenset[str] | None = None,
    hits: Sequence[Hit] | None = None,
) -> list[Comparison]:
    """The stories of `hits` compared, or (no hits given) every story with two or more sources.

    `admitted` limits the comparison to some articles (a filter): others' facts are left out
    and each aspect's sources are grouped again without them.
    """
    table = content.disputes
    if table is None:
        raise ValueError("the index has no disagreement table yet; build the index first")
    seen = restricted_table(content, admitted) if admitted is not None else table
    if hits is not None:
        numbers = stories_retrieved(hits, table)
    else:
        numbers = [
            n
            for n, story in enumerate(table.stories)
            if sum(admitted is None or d in admitted for d in story) > 1
        ]
    found = (
        compare_story(n, table.stories[n], seen, content, documents, admitted) for n in numbers
    )
    return [c for c in found if c is not None]
