"""Quoted passages shown in context: the article text around a quote, with the quote marked.

Pure functions from domain objects to HTML strings. Every piece of article text goes through
`html.escape` exactly once, here, so an article holding `<script>` is displayed, never run.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from assistant.models import Citation
from corpus.models import Document

logger = logging.getLogger(__name__)

# Enough text around a quote to judge it (about two sentences each side) without turning the
# sources panel into the whole article.
CONTEXT_CHARS = 280


def esc(text: str) -> str:
    """Escape text for HTML element content and attribute values."""
    return html.escape(text, quote=True)


def format_date(published: dt.date | None) -> str:
    """A date as a reader writes it ("28 Oct 2025"), and plainly "date not given" when it is not."""
    return published.strftime("%-d %b %Y") if published else "date not given"


def origin(doc: Document | None, source: str | None = None) -> str:
    """Who an article comes from as the text names it ("Nguyen Tien, according to AP, AFP")."""
    named = doc.attribution if doc else source
    return (named[0].upper() + named[1:]) if named else "Source not named"


def safe_url(url: str | None) -> str | None:
    """Only http(s) links are rendered: a `javascript:` URL in front matter must not be one."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def document_meta(doc: Document | None, source: str | None = None) -> str:
    """The byline of a source card: who, date and a link to the original when there is one."""
    parts = [esc(origin(doc, source))]
    parts.append(esc(format_date(doc.published if doc else None)))
    url = safe_url(doc.url if doc else None)
    if url:
        parts.append(f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">original</a>')
    return '<span class="nqa-dot">·</span>'.join(parts)


@dataclass(frozen=True)
class Mark:
    """A highlighted range of a document's text, labelled with the citation number it belongs to."""

    start: int
    end: int
    number: int | None = None


def context_bounds(text: str, start: int, end: int, limit: int = CONTEXT_CHARS) -> tuple[int, int]:
    """The enclosing paragraph of [start, end), cut at a word boundary `limit` chars each side.

    A paragraph is what a reader would look at to check a quote; very long paragraphs are cut so
    the quote stays visible without scrolling.
    """
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right == -1 else right
    if start - left > limit:
        cut = text.find(" ", start - limit, start)
        left = cut + 1 if cut != -1 else start - limit
    if right - end > limit:
        cut = text.rfind(" ", end, end + limit)
        right = cut if cut != -1 else end + limit
    return left, right


def highlight(text: str, marks: Sequence[Mark], limit: int = CONTEXT_CHARS) -> str:
    """HTML of the context around `marks` with each marked range in `<mark>`, all text escaped.

    Offsets are Python string indices into the document text, as the citations give them.
    Overlapping marks are merged so the markup stays well nested.
    """
    if not marks:
        return ""
    ordered = sorted(marks, key=lambda m: (m.start, m.end))
    merged: list[Mark] = [ordered[0]]
    for mark in ordered[1:]:
        last = merged[-1]
        if mark.start < last.end:
            merged[-1] = Mark(last.start, max(last.end, mark.end), last.number)
        else:
            merged.append(mark)
    left, right = context_bounds(text, merged[0].start, merged[-1].end, limit)
    out = ["…" if left > 0 and text[left - 1] != "\n" else ""]
    cursor = left
    for mark in merged:
        out.append(esc(text[cursor : mark.start]))
        label = f'<sup class="nqa-mark-num">{mark.number}</sup>' if mark.number else ""
        out.append(f"<mark>{esc(text[mark.start : mark.end])}</mark>{label}")
        cursor = mark.end
    out.append(esc(text[cursor:right]))
    out.append("…" if right < len(text) and text[right] != "\n" else "")
    return "".join(out)


def located(citation: Citation, doc: Document | None) -> bool:
    """Whether the citation's offsets point at its quote; the panel says so when they do not."""
    ok = doc is not None and doc.text[citation.start : citation.end] == citation.quote
    if not ok:
        logger.warning("citation %s does not match %s text", citation.number, citation.doc_id)
    return ok


def _excerpt(citations: Sequence[Citation], doc: Document | None, anchored: bool) -> str:
    """One quoted passage of an article: its number badges and the quotes in context.

    Each citation number gets an anchor here, so a marker in the answer leads to its own quote
    even when it shares the passage with another.
    """
    badges = "".join(f'<span class="nqa-num">{c.number}</span>' for c in citations)
    if doc and all(located(c, doc) for c in citations):
        body = highlight(doc.text, [Mark(c.start, c.end, c.number) for c in citations])
    else:
        # The offsets are wrong: show the quote itself rather than highlight the wrong words.
        quotes = " ".join(f"<mark>{esc(c.quote)}</mark>" for c in citations)
        warn = '<span class="nqa-warn"> (could not locate this quote in the article)</span>'
        body = quotes + warn
    anchors = (
        "".join(f'<span class="nqa-anchor" id="nqa-src-{c.number}"></span>' for c in citations)
        if anchored
        else ""
    )
    return (
        f'<div class="nqa-excerpt">{anchors}<span class="nqa-badges">{badges}</span>'
        f'<p class="nqa-context">{body}</p></div>'
    )


def source_card(
    passages: Sequence[Sequence[Citation]],
    doc: Document | None,
    kind: str = "cite",
    anchored: bool = True,
) -> str:
    """One card per article: its title and byline once, then each quoted passage in context.

    Only the cards of the sources panel are `anchored` (targets of the answer's markers): the
    page holds one panel, but a copy of the cards under every answer on a phone.
    """
    first = passages[0][0]
    title = esc(doc.title if doc else first.title)
    excerpts = "".join(_excerpt(group, doc, anchored and kind == "cite") for group in passages)
    return (
        f'<article class="nqa-card nqa-card-{kind}">'
        f'<header class="nqa-card-head"><div class="nqa-card-title">{title}</div>'
        f'<div class="nqa-meta">{document_meta(doc, first.source)}</div></header>'
        f"{excerpts}</article>"
    )


def source_cards(
    citations: Sequence[Citation],
    documents: Mapping[str, Document],
    kind: str = "cite",
    anchored: bool = True,
) -> str:
    """Cards grouped by article, in the order the answer first cites each.

    Quotes of one article sit under one title, so a reader sees at a glance how many sources an
    answer rests on; one passage quoted twice is shown once, with both numbers.
    """
    by_doc: dict[str, dict[str, list[Citation]]] = {}
    for citation in citations:
        passages = by_doc.setdefault(citation.doc_id, {})
        passages.setdefault(citation.passage_id, []).append(citation)
    return "".join(
        source_card(list(passages.values()), documents.get(doc_id), kind, anchored)
        for doc_id, passages in by_doc.items()
    )
