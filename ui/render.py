"""Answer -> HTML for the chat page: answer text, conflict callout, abstention, sources panel.

Pure functions, no Gradio. The chat shows what these return, so this is where inertness lives:
every string that came from an article or a user is escaped with `html.escape` before it is
placed in markup, and only markup built here reaches the page.
"""

from __future__ import annotations

from collections.abc import Mapping

from assistant.models import Answer, Citation, Claim, Conflict
from corpus.models import Document
from ui.passages import Mark, esc, highlight, source_cards


def question_html(question: str) -> str:
    """The user's bubble: their words as text (Markdown and HTML in a question stay literal)."""
    return f'<div class="nqa-q">{esc(question)}</div>'


def notice_html(message: str) -> str:
    """A reply that is not an answer (an unusable question): visibly different from an answer."""
    return f'<div class="nqa-notice">{esc(message)}</div>'


def _marker(n: int) -> str:
    return f'<a class="nqa-cite" href="#nqa-src-{n}" title="Source {n}">{n}</a>'


def claim_html(claim: Claim) -> str:
    """One source's side of a conflict: who, what value, and the sentence it comes from."""
    quote = claim.quote
    at = quote.find(claim.value)
    marks = [Mark(at, at + len(claim.value))] if at >= 0 else []
    body = highlight(quote, marks, limit=len(quote)) if marks else esc(quote)
    note = (
        f' <span class="nqa-reading">(read as {esc(claim.reading)})</span>' if claim.reading else ""
    )
    return (
        f'<li class="nqa-claim"><span class="nqa-claim-source">{esc(claim.source)}</span>'
        f' says <strong class="nqa-claim-value">{esc(claim.value)}</strong>{note}'
        f'<div class="nqa-claim-quote"><q>{body}</q> {_marker(claim.citation)}</div></li>'
    )


def conflict_html(conflict: Conflict) -> str:
    """The callout: impossible to miss, names every source, what it says, and its citation."""
    claims = "".join(claim_html(c) for c in conflict.claims)
    return (
        f'<div class="nqa-conflict" role="alert">'
        f'<div class="nqa-conflict-head"><span class="nqa-icon">⚠</span>'
        f" Sources disagree on {esc(conflict.about)}</div>"
        f'<ul class="nqa-claims">{claims}</ul></div>'
    )


def _quotes_html(citations: list[Citation]) -> str:
    """Quoted sentences, each followed by the link to its source card."""
    quotes = " ".join(f"“{esc(c.quote)}” {_marker(c.number)}" for c in citations)
    return f'<div class="nqa-text"><p>{quotes}</p></div>'


def _body(answer: Answer) -> str:
    """The quoted answer under any callout.

    With a conflict, the answer's lead restates the disagreement and its quotes include what
    each side says; the callout already shows both, with their markers. So only the quotes no
    claim covers are listed here, instead of saying everything twice.
    """
    claimed = {claim.citation for k in answer.conflicts for claim in k.claims}
    rest = [c for c in answer.citations if c.number not in claimed]
    return _quotes_html(rest) if rest else ""


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
            f"<p>{esc(answer.lead)}</p>"
        )
        if answer.related:
            parts.append(related_list(answer))
        parts.append("</div>")
    else:
        parts.extend(conflict_html(c) for c in answer.conflicts)
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
