"""Comparison -> HTML for the Compare tab: a row per aspect, a column per source; the articles.

Pure functions, no Gradio. Each cell gives a source's values as written, their reading when it
differs ("19/10 → 19 October") and, on expand, the quotes; a quote's link jumps to it in the
full article below, where every quoted sentence is marked (CSS `:target` lights the one asked
for). Every string from an article goes through `esc` once, here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from assistant.compare import ComparedAspect, Comparison, Said
from assistant.models import Citation
from corpus.models import Document
from ui.passages import esc, format_date

# Scoped to the Compare tab's HTML component (gr.HTML's css_template): disputed rows stand out
# as the chat's disagreement callout does (orange), quotes are marked as in the sources panel.
COMPARE_CSS = """
.nqa-cmp-summary { color: #4b5563; font-size: 14px; margin: 2px 0 10px; }
.nqa-cmp-summary b { color: #9a3412; }
table.nqa-cmp { width: 100%; border-collapse: collapse; background: #fff; font-size: 14px;
  border: 1px solid #dfe3ea !important; }
table.nqa-cmp th, table.nqa-cmp td { border: none !important;
  border-bottom: 1px solid #eef0f3 !important; }
table.nqa-cmp th { text-align: left; vertical-align: bottom; background: #f9fafb; color: #374151;
  font-size: 13px; padding: 8px 10px; border-bottom: 1px solid #dfe3ea; }
table.nqa-cmp th .nqa-cmp-when { display: block; font-weight: 400; color: #6b7280;
  font-size: 12px; }
table.nqa-cmp td { vertical-align: top; padding: 8px 10px; border-bottom: 1px solid #eef0f3;
  color: #1f2937; }
tr.nqa-cmp-disputed td { background: #fff7ed; }
tr.nqa-cmp-disputed td:first-child { border-left: 5px solid #ea580c !important; }
.nqa-cmp-aspect { font-weight: 600; }
.nqa-cmp-kind { display: inline-block; margin-left: 6px; font-size: 11px; color: #6b7280;
  border: 1px solid #d1d5db; border-radius: 8px; padding: 0 6px; font-weight: 400; }
.nqa-cmp-flag { display: inline-block; margin-top: 3px; font-size: 12px; font-weight: 700;
  color: #9a3412; }
.nqa-cmp-silent { color: #9ca3af; }
.nqa-cmp-cell details { margin: 0 0 4px; }
.nqa-cmp-cell summary { cursor: pointer; }
.nqa-cmp-value { font-weight: 600; }
tr.nqa-cmp-disputed .nqa-cmp-value { color: #c2410c; }
.nqa-cmp-reading { color: #6b7280; }
.nqa-cmp-quote { margin: 4px 0 6px 14px; font-size: 13px; line-height: 1.5; color: #374151; }
.nqa-cmp-quote a { color: #1d4ed8; font-size: 12px; white-space: nowrap; }
.nqa-cmp-articles { display: flex; gap: 12px; margin-top: 14px; align-items: stretch; }
.nqa-cmp-article { flex: 1 1 0; min-width: 0; background: #fff; border: 1px solid #dfe3ea;
  border-radius: 10px; padding: 10px 12px; }
.nqa-cmp-article h4 { margin: 0 0 2px; font-size: 14.5px; }
.nqa-cmp-article .nqa-cmp-when { color: #6b7280; font-size: 12px; margin-bottom: 6px; }
.nqa-cmp-text { max-height: 360px; overflow-y: auto; white-space: pre-wrap; font-size: 13.5px;
  line-height: 1.55; color: #4b5563; }
.nqa-cmp-text mark { background: #fef9c3; color: #111827; scroll-margin: 80px; }
.nqa-cmp-text mark:target { background: #fdba74; outline: 2px solid #ea580c; }
.nqa-cmp-empty { color: #6b7280; padding: 16px; border: 1px dashed #cbd5e1; border-radius: 10px; }
"""


def source_label(comparison: Comparison, doc_id: str) -> str:
    """A column's name: the outlet, else the article's title."""
    doc = next(d for d in comparison.documents if d.doc_id == doc_id)
    return doc.outlet or doc.title


def quote_anchor(comparison: Comparison, number: int) -> str:
    """The id of a quoted sentence in the articles view (unique per story)."""
    return f"nqa-cmp-{comparison.id}-q{number}"


def _quote_html(comparison: Comparison, citation: Citation, value: str) -> str:
    """The quoted sentence with the value in bold, and a link to it in its article."""
    quote, at = citation.quote, citation.quote.find(value)
    body = (
        f"{esc(quote[:at])}<b>{esc(value)}</b>{esc(quote[at + len(value) :])}"
        if at >= 0
        else esc(quote)
    )
    link = f'<a href="#{quote_anchor(comparison, citation.number)}">in the article ↓</a>'
    return f'<div class="nqa-cmp-quote">[{citation.number}] “{body}” {link}</div>'


def _said_html(comparison: Comparison, said: Said) -> str:
    reading = f' <span class="nqa-cmp-reading">→ {esc(said.reading)}</span>' if said.reading else ""
    quotes = "".join(
        _quote_html(comparison, comparison.citations[n - 1], said.value) for n in said.citations
    )
    return (
        f'<details><summary><span class="nqa-cmp-value">{esc(said.value)}</span>{reading}'
        f"</summary>{quotes}</details>"
    )


def _row_html(comparison: Comparison, aspect: ComparedAspect) -> str:
    flag = '<div class="nqa-cmp-flag">⚠ sources disagree</div>' if aspect.disagree else ""
    head = (
        f'<td><span class="nqa-cmp-aspect">{esc(aspect.name)}</span>'
        f'<span class="nqa-cmp-kind">{esc(aspect.kind)}</span>{flag}</td>'
    )
    cells = []
    for doc in comparison.documents:
        said = aspect.said_by(doc.doc_id)
        inner = "".join(_said_html(comparison, s) for s in said)
        cells.append(
            f'<td class="nqa-cmp-cell">{inner}</td>'
            if said
            else '<td class="nqa-cmp-cell nqa-cmp-silent" title="not reported">—</td>'
        )
    css = ' class="nqa-cmp-disputed"' if aspect.disagree else ""
    return f'<tr{css} data-aspect="{esc(aspect.name)}">{head}{"".join(cells)}</tr>'


def _article_html(comparison: Comparison, doc: Document, quoted: Sequence[Citation]) -> str:
    """The whole article, each quoted sentence marked and addressable."""
    text, out, cursor = doc.text, [], 0
    for c in sorted(quoted, key=lambda c: c.start):
        out.append(esc(text[cursor : c.start]))
        out.append(
            f'<mark id="{quote_anchor(comparison, c.number)}">{esc(text[c.start : c.end])}</mark>'
            f"<sup>{c.number}</sup>"
        )
        cursor = c.end
    out.append(esc(text[cursor:]))
    return (
        f'<div class="nqa-cmp-article"><h4>{esc(doc.title)}</h4>'
        f'<div class="nqa-cmp-when">{esc(doc.source or "source unknown")} · '
        f"{esc(format_date(doc.published))}</div>"
        f'<div class="nqa-cmp-text">{"".join(out)}</div></div>'
    )


def table_html(comparison: Comparison) -> str:
    """One story's table: a summary line, then a row per aspect and a column per source."""
    disputed = len(comparison.disputed)
    summary = (
        f'<div class="nqa-cmp-summary"><b>{disputed} of {len(comparison.aspects)}</b> points '
        f"disputed between {len(comparison.documents)} sources. Open a cell for its quotes.</div>"
    )
    heads = "".join(
        f"<th>{esc(source_label(comparison, d.doc_id))}"
        f'<span class="nqa-cmp-when">{esc(format_date(d.published))}</span></th>'
        for d in comparison.documents
    )
    rows = "".join(_row_html(comparison, a) for a in comparison.aspects)
    if not rows:
        rows = (
            f'<tr><td colspan="{len(comparison.documents) + 1}">No date, figure, title or '
            "outcome is reported here to compare.</td></tr>"
        )
    return (
        f'{summary}<table class="nqa-cmp"><thead><tr><th>What is reported</th>{heads}</tr>'
        f"</thead><tbody>{rows}</tbody></table>"
    )


def articles_html(comparison: Comparison, documents: Mapping[str, Document]) -> str:
    """The story's articles side by side, every quoted sentence marked (cells link here)."""
    articles = "".join(
        _article_html(
            comparison,
            documents[d.doc_id],
            [c for c in comparison.citations if c.doc_id == d.doc_id],
        )
        for d in comparison.documents
        if d.doc_id in documents
    )
    return f'<div class="nqa-cmp-articles">{articles}</div>'


def empty_html(message: str) -> str:
    """What the tab shows instead of a table (no story to compare, a filter that admits none)."""
    return f'<div class="nqa-cmp-empty">{esc(message)}</div>'


def story_label(comparison: Comparison) -> str:
    """A story in the picker: its title, how many sources, how many disputed points."""
    return (
        f"{comparison.title} ({len(comparison.documents)} sources, "
        f"{len(comparison.disputed)} disputed)"
    )
