"""Answer -> HTML for the chat page: answer text, conflict callout, abstention, sources panel.

Pure functions, no Gradio. The chat shows what these return, so this is where inertness lives:
every string that came from an article or a user is escaped with `html.escape` before it is
placed in markup, and only markup built here reaches the page.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from assistant.models import Answer, Claim, Conflict
from corpus.models import Document
from index.models import Hit
from ui.passages import Mark, esc, format_date, highlight, source_cards

_MARKER = re.compile(r"\[(\d+)\]")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def question_html(question: str) -> str:
    """The user's bubble: their words as text (Markdown and HTML in a question stay literal)."""
    return f'<div class="nqa-q">{esc(question)}</div>'


def notice_html(message: str) -> str:
    """A reply that is not an answer (an unusable question): visibly different from an answer."""
    return f'<div class="nqa-notice">{esc(message)}</div>'


def _inline(line: str, numbers: set[int]) -> str:
    """Escape one line, then turn `**bold**` and known `[n]` markers into markup."""
    out = _BOLD.sub(r"<strong>\1</strong>", esc(line))

    def marker(match: re.Match[str]) -> str:
        n = int(match.group(1))
        if n not in numbers:
            return match.group(0)
        return f'<a class="nqa-cite" href="#nqa-src-{n}" title="Source {n}">{n}</a>'

    return _MARKER.sub(marker, out)


def text_html(text: str, numbers: set[int]) -> str:
    """The small Markdown subset the core writes (paragraphs, lists, quotes, bold, markers).

    Written by hand instead of handing Markdown to the browser so that quoted article text,
    which may hold `*`, `_` or `[x](y)`, is shown exactly as the article has it.
    """
    blocks = []
    for para in re.split(r"\n\s*\n", text.strip()):
        lines = [ln.rstrip() for ln in para.splitlines() if ln.strip()]
        if lines and all(re.match(r"\s*[-*] ", ln) for ln in lines):
            items = "".join(f"<li>{_inline(ln.strip()[2:], numbers)}</li>" for ln in lines)
            blocks.append(f"<ul>{items}</ul>")
        elif lines and all(ln.lstrip().startswith(">") for ln in lines):
            inner = "<br>".join(_inline(ln.lstrip()[1:].strip(), numbers) for ln in lines)
            blocks.append(f"<blockquote>{inner}</blockquote>")
        elif lines:
            blocks.append(f"<p>{'<br>'.join(_inline(ln, numbers) for ln in lines)}</p>")
    return "".join(blocks)


def normalized_label(kind: str, normalized: str) -> str:
    """A reader's reading of a normalised value ("--10-19" -> "19 Oct, year not given")."""
    if kind == "date":
        m = re.fullmatch(r"(\d{4}|-)-(\d{2})(?:-(\d{2}))?", normalized)
        if m and 1 <= int(m.group(2)) <= 12:
            year, month, day = m.group(1), _MONTHS[int(m.group(2)) - 1], m.group(3)
            text = f"{int(day)} {month}" if day else month
            return f"{text} {year}" if year != "-" else f"{text}, year not given"
    return normalized


def claim_html(claim: Claim, kind: str) -> str:
    """One source's side of a conflict: who, what value, and the sentence it comes from."""
    quote = claim.quote
    at = quote.find(claim.value)
    marks = [Mark(at, at + len(claim.value))] if at >= 0 else []
    body = highlight(quote, marks, limit=len(quote)) if marks else esc(quote)
    reading = normalized_label(kind, claim.normalized)
    note = f' <span class="nqa-reading">(read as {esc(reading)})</span>' if reading else ""
    return (
        f'<li class="nqa-claim"><span class="nqa-claim-source">{esc(claim.source)}</span>'
        f' says <strong class="nqa-claim-value">{esc(claim.value)}</strong>{note}'
        f'<q class="nqa-claim-quote">{body}</q></li>'
    )


def conflict_html(conflict: Conflict) -> str:
    """The callout: impossible to miss, names every source and what it says."""
    claims = "".join(claim_html(c, conflict.kind) for c in conflict.claims)
    return (
        f'<div class="nqa-conflict" role="alert">'
        f'<div class="nqa-conflict-head"><span class="nqa-icon">⚠</span>'
        f" Sources disagree on {esc(conflict.about)}</div>"
        f'<ul class="nqa-claims">{claims}</ul></div>'
    )


def answer_html(answer: Answer) -> str:
    """The assistant's bubble: rewritten question, conflicts first, then the quoted answer."""
    parts = ['<div class="nqa-answer">']
    if answer.rewritten_question:
        parts.append(
            f'<div class="nqa-rewrite">Searched as: <q>{esc(answer.rewritten_question)}</q></div>'
        )
    if answer.abstained:
        parts.append(
            f'<div class="nqa-abstain"><div class="nqa-abstain-head">Not in the articles</div>'
            f"{text_html(answer.text, set())}"
        )
        if answer.related:
            parts.append(related_list(answer))
        parts.append("</div>")
    else:
        parts.extend(conflict_html(c) for c in answer.conflicts)
        numbers = {c.number for c in answer.citations}
        parts.append(f'<div class="nqa-text">{text_html(answer.text, numbers)}</div>')
        docs = {c.doc_id for c in answer.citations}
        if answer.citations:
            parts.append(
                f'<div class="nqa-foot">{_count(len(answer.citations), "quote")} from '
                f"{_count(len(docs), 'article')} · checked in context under Sources</div>"
            )
    parts.append("</div>")
    return "".join(parts)


def related_list(answer: Answer) -> str:
    """The closest passages, named in the reply itself; Sources shows them in context."""
    items = "".join(
        f'<li><span class="nqa-num">{c.number}</span> <b>{esc(c.title)}</b>: '
        f"<q>{esc(_clip(c.quote, 110))}</q></li>"
        for c in answer.related
    )
    return (
        '<div class="nqa-related"><div class="nqa-related-head">Closest passages (related, '
        f"not an answer; in context under Sources)</div><ul>{items}</ul></div>"
    )


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: text.rfind(" ", 0, limit)].rstrip(",;:") + "…"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def sources_html(answer: Answer | None, documents: Mapping[str, Document]) -> str:
    """The sources panel: each cited passage in context, or the closest passages on abstention."""
    if answer is None:
        return (
            '<div class="nqa-empty">Sources appear here: every quoted sentence is shown in its '
            "article, highlighted, with the title, outlet and date.</div>"
        )
    if answer.abstained:
        head = "Related passages · not an answer"
        cards = source_cards(answer.related, documents, kind="related")
        if not cards:
            cards = '<div class="nqa-empty">No passage came close.</div>'
    else:
        head = f"Sources · {_count(len(answer.citations), 'quote')}"
        cards = source_cards(answer.citations, documents) or (
            '<div class="nqa-empty">This answer cites nothing.</div>'
        )
    return f'<div class="nqa-sources"><div class="nqa-panel-head">{head}</div>{cards}</div>'


def hits_html(hits: Sequence[Hit], documents: Mapping[str, Document]) -> str:
    """The retrieval table: what each retriever ranked, so settings changes can be compared."""
    if not hits:
        return '<div class="nqa-empty">Ask a question to see the passages retrieval found.</div>'
    rows = []
    for i, hit in enumerate(hits, 1):
        doc = documents.get(hit.doc_id)
        snippet = hit.passage.text[:140] + ("…" if len(hit.passage.text) > 140 else "")
        rows.append(
            f"<tr><td>{i}</td><td>{hit.score:.4f}</td><td>{hit.bm25_rank or '&ndash;'}</td>"
            f"<td>{hit.dense_rank or '&ndash;'}</td>"
            f"<td><b>{esc(doc.title if doc else hit.doc_id)}</b><br>{esc(snippet)}</td></tr>"
        )
    return (
        '<table class="nqa-table"><thead><tr><th>#</th><th>Score</th><th>BM25</th>'
        f"<th>Dense</th><th>Passage</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def corpus_html(documents: Sequence[Document]) -> str:
    """The corpus view: every article with title, source, date and length."""
    rows = "".join(
        f"<tr><td><b>{esc(d.title)}</b></td><td>{esc(d.source or 'unknown')}</td>"
        f"<td>{esc(format_date(d.published))}</td>"
        f"<td class='nqa-n'>{len(d.text.split()):,} words</td></tr>"
        for d in documents
    )
    return (
        f'<div class="nqa-panel-head">{_count(len(documents), "article")}</div>'
        '<table class="nqa-table"><thead><tr><th>Title</th><th>Source</th><th>Published</th>'
        f"<th>Length</th></tr></thead><tbody>{rows}</tbody></table>"
    )
