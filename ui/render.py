"""Answer -> HTML for the chat page: answer text, conflict callout, abstention, sources panel.

Pure functions, no Gradio. The chat shows what these return, so this is where inertness lives:
every string that came from an article or a user is escaped with `html.escape` before it is
placed in markup, and only markup built here reaches the page.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.models import Answer, Claim, Conflict
from corpus.models import Document
from ui.passages import Mark, esc, highlight, source_cards

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


def _reading(kind: str, claim: Claim) -> str:
    """How the value was read, when that is not plain from the value ("19/10" -> 19 Oct)."""
    reading = normalized_label(kind, claim.normalized)
    if kind == "date":
        return "" if re.search(r"[A-Za-z]", claim.value) else reading
    return "" if reading.casefold() == claim.value.casefold() else reading


def _marker(n: int) -> str:
    return f'<a class="nqa-cite" href="#nqa-src-{n}" title="Source {n}">{n}</a>'


def claim_html(claim: Claim, kind: str, number: int | None = None) -> str:
    """One source's side of a conflict: who, what value, and the sentence it comes from."""
    quote = claim.quote
    at = quote.find(claim.value)
    marks = [Mark(at, at + len(claim.value))] if at >= 0 else []
    body = highlight(quote, marks, limit=len(quote)) if marks else esc(quote)
    reading = _reading(kind, claim)
    note = f' <span class="nqa-reading">(read as {esc(reading)})</span>' if reading else ""
    cite = f" {_marker(number)}" if number else ""
    return (
        f'<li class="nqa-claim"><span class="nqa-claim-source">{esc(claim.source)}</span>'
        f' says <strong class="nqa-claim-value">{esc(claim.value)}</strong>{note}'
        f'<div class="nqa-claim-quote"><q>{body}</q>{cite}</div></li>'
    )


def conflict_html(conflict: Conflict, numbers: Mapping[tuple[str, int, int], int]) -> str:
    """The callout: impossible to miss, names every source, what it says, and its citation."""
    claims = "".join(
        claim_html(c, conflict.kind, numbers.get((c.doc_id, c.start, c.end)))
        for c in conflict.claims
    )
    return (
        f'<div class="nqa-conflict" role="alert">'
        f'<div class="nqa-conflict-head"><span class="nqa-icon">⚠</span>'
        f" Sources disagree on {esc(conflict.about)}</div>"
        f'<ul class="nqa-claims">{claims}</ul></div>'
    )


def _body(answer: Answer) -> str:
    """The quoted answer under any callout.

    With a conflict, the core's text opens with a sentence restating the disagreement and then
    quotes what each side says; the callout already shows both, with their markers. So only
    the quotes no claim covers are listed here, instead of saying everything twice.
    """
    numbers = {c.number for c in answer.citations}
    if not answer.conflicts:
        return f'<div class="nqa-text">{text_html(answer.text, numbers)}</div>'
    claimed = {(c.doc_id, c.start, c.end) for k in answer.conflicts for c in k.claims}
    rest = [c for c in answer.citations if (c.doc_id, c.start, c.end) not in claimed]
    if not rest:
        return ""
    quotes = " ".join(f"“{esc(c.quote)}” {_marker(c.number)}" for c in rest)
    return f'<div class="nqa-text"><p>{quotes}</p></div>'


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
        by_span = {(c.doc_id, c.start, c.end): c.number for c in answer.citations}
        parts.extend(conflict_html(c, by_span) for c in answer.conflicts)
        parts.append(_body(answer))
        docs = {c.doc_id for c in answer.citations}
        if answer.citations:
            parts.append(
                f'<div class="nqa-foot">{count(len(answer.citations), "quote")} from '
                f"{count(len(docs), 'article')} · checked in context under Sources</div>"
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


def count(n: int, noun: str) -> str:
    """A count with its noun: 1 quote, 2 quotes."""
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
        head = f"Sources · {count(len(answer.citations), 'quote')}"
        cards = source_cards(answer.citations, documents) or (
            '<div class="nqa-empty">This answer cites nothing.</div>'
        )
    return f'<div class="nqa-sources"><div class="nqa-panel-head">{head}</div>{cards}</div>'
