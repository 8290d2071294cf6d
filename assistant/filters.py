"""Which articles a question, a search or a comparison may use: by outlet and publication date.

A filter is applied twice. Retrieval only ranks passages of admitted articles (the retrieval
backend applies it, index.backends), and the disagreement table is seen through it: an aspect
keeps only the admitted articles' facts and its sources are grouped again, so a question
filtered to one outlet never names another outlet's claim, and a question asked "as of" a date
never uses a later one.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from pydantic import ValidationError

from assistant.errors import QuestionError
from corpus.articles import OutletAndDate
from corpus.models import Document
from index.backends import SearchFilters
from index.content import IndexContent
from index.disputes.aspects import Aspect, precision, value_groups
from index.disputes.facts import Fact
from index.disputes.table import DisputeTable


class NoArticleError(QuestionError):
    """No article of the corpus passes the filter, so nothing can be searched or compared."""


class ArticleFilter(SearchFilters):
    """Articles by outlet and publication date (the fields and their rules: SearchFilters,
    which retrieval backends receive), as the answer layer uses them."""

    def admits(self, document: Document) -> bool:
        """Whether the article may be used."""
        return self.matches(document.source, document.published)

    def describe(self) -> str:
        """The filter in words, for messages: "from Harbor Wire, published before 2025-10-29"."""
        parts = []
        if self.sources is not None:
            parts.append("from " + " or ".join(self.sources))
        if self.published_after is not None:
            parts.append(f"published after {self.published_after.isoformat()}")
        if self.published_before is not None:
            parts.append(f"published before {self.published_before.isoformat()}")
        return ", ".join(parts)


def article_filter(
    sources: Iterable[str] | None = None,
    published_after: dt.date | str | None = None,
    published_before: dt.date | str | None = None,
) -> ArticleFilter | None:
    """The filter the keyword arguments ask for, or None when they ask for none.

    Dates may be given as ISO strings ("2025-10-28"). An empty list of sources is no filter on
    the outlet, as a page whose outlet picker is left empty means "any outlet".
    """
    chosen = tuple(s for s in (sources or ()) if s.strip()) or None
    if chosen is None and published_after is None and published_before is None:
        return None
    try:
        return ArticleFilter.model_validate(
            {
                "sources": chosen,
                "published_after": published_after,
                "published_before": published_before,
            }
        )
    except ValidationError as err:
        problems = "; ".join(_problem(e["loc"], e["msg"]) for e in err.errors())
        raise QuestionError(f"The article filter is not valid: {problems}.") from None


def _problem(location: tuple[int | str, ...], message: str) -> str:
    """One validation error in words: the field named, pydantic's own prefix dropped."""
    message = message.removeprefix("Value error, ")
    return f"{location[0]}: {message}" if location else message


def admitted(articles: Mapping[str, OutletAndDate], chosen: ArticleFilter) -> frozenset[str]:
    """Ids of the articles the filter admits, from each article's outlet and date
    (corpus.articles: no article is read); none at all is an error that says what exists."""
    ids = frozenset(doc_id for doc_id, meta in articles.items() if chosen.matches(*meta))
    if ids:
        return ids
    outlets = sorted({source for source, _ in articles.values() if source})
    dated = sorted(published for _, published in articles.values() if published is not None)
    known = f"Outlets: {', '.join(outlets) if outlets else 'none named'}; "
    known += f"dates {dated[0]} to {dated[-1]}." if dated else "no article is dated."
    raise NoArticleError(f"No article is {chosen.describe()}. {known} Widen the filter.")


def fact_document(fact: Fact, content: IndexContent) -> str:
    """The article a fact was read from."""
    return content.sentences[content.lookups.sentence_rows[fact.sentence]].doc_id


def _regrouped(
    aspect: Aspect, kept: list[int], table: DisputeTable, content: IndexContent
) -> Aspect:
    """The aspect with only some of its facts, its sources grouped again by value.

    Grouping is redone rather than filtered: a source that agreed with two others joined them
    into one group, and without it those two may disagree.
    """
    by_doc: dict[str, list[Fact]] = {}
    for f in kept:
        by_doc.setdefault(fact_document(table.facts[f], content), []).append(table.facts[f])
    if aspect.kind != "outcome":  # each source by its most precise values, as the table does
        by_doc = {
            d: [f for f in fs if precision(f) == max(precision(g) for g in fs)]
            for d, fs in by_doc.items()
        }
    groups = value_groups(aspect.kind, by_doc, named=bool(aspect.subject))
    return dataclasses.replace(aspect, facts=tuple(kept), groups=tuple(tuple(g) for g in groups))


def restricted_table(content: IndexContent, doc_ids: frozenset[str]) -> DisputeTable:
    """The corpus's disagreement table as if only the admitted articles existed.

    Story numbers are kept (aspects refer to them); a story may be left with no article.
    """
    table = content.disputes
    if table is None:
        raise ValueError("the index has no disagreement table yet; build the index first")
    # Each fact's article (`fact_document`), for all facts in one pass over the sentence
    # columns: an id looked up one at a time is a binary search (~5 s for 400k facts at 100k).
    sentences = table.fact_sentences()
    wanted = set(sentences)
    ids, documents = content.sentences.strings("id"), content.sentences.coded("doc_id")
    doc_of = {s: d for s, d in zip(ids, documents, strict=True) if s in wanted}
    fact_docs = [doc_of[sentence] for sentence in sentences]
    aspects = []
    for aspect in table.aspects:
        kept = [f for f in aspect.facts if fact_docs[f] in doc_ids]
        if len(kept) == len(aspect.facts):
            aspects.append(aspect)
        elif kept:
            aspects.append(_regrouped(aspect, kept, table, content))
    stories = [[d for d in story if d in doc_ids] for story in table.stories]
    return DisputeTable(stories, table.facts, aspects, table.story_names, table.facts_by_key)


def filtered_content(content: IndexContent, doc_ids: frozenset[str]) -> IndexContent:
    """The index content with its disagreement table restricted to the admitted articles.

    A shallow copy: passages, vectors and the lookups already built are shared, not copied.
    """
    seen = copy.copy(content)
    seen.disputes = restricted_table(content, doc_ids)
    return seen


class Scope(NamedTuple):
    """What one filtered request sees: the content (its table restricted), the filter the
    retrieval backend applies, and the admitted article ids (None: no filter, everything)."""

    content: IndexContent
    filter: ArticleFilter | None
    doc_ids: frozenset[str] | None


def scope(
    content: IndexContent, articles: Mapping[str, OutletAndDate], chosen: ArticleFilter | None
) -> Scope:
    """The content, filter and article ids a request with this filter works on (`articles`:
    each article's outlet and date)."""
    if chosen is None:
        return Scope(content, None, None)
    ids = admitted(articles, chosen)
    return Scope(filtered_content(content, ids), chosen, ids)
