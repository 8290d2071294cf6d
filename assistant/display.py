"""Render an Answer as plain text for a terminal: answer, conflicts, then numbered sources.

Laid out to be read at a glance: what the question was taken to mean (for a follow-up), the
answer, a boxed-off disagreement with one line per source (its value as written, how it was
read, the marker of its quote), then the numbered sources with their quotes.
"""

from __future__ import annotations

import textwrap

from assistant.models import Answer, Citation, Claim, Conflict
from assistant.values import reading
from assistant.wording import outcome_words

_WIDTH = 88


def _wrap(text: str, indent: str = "", first: str | None = None) -> str:
    return textwrap.fill(
        text,
        width=_WIDTH,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_on_hyphens=False,
    )


def _source_line(citation: Citation) -> str:
    outlet = f" — {citation.source}" if citation.source else ""
    return f"[{citation.number}] {citation.title}{outlet}  (chars {citation.start}-{citation.end})"


def _markers(claims: list[Claim], citations: list[Citation]) -> str:
    numbers = sorted(
        {c.number for c in citations for k in claims if (c.doc_id, c.start) == (k.doc_id, k.start)}
    )
    return "".join(f"[{n}]" for n in numbers)


def _claim_line(conflict: Conflict, claims: list[Claim], citations: list[Citation]) -> str:
    """One source's side: what it says, and how the assistant read it."""
    first = claims[0]
    if conflict.kind == "account":
        said = outcome_words([n for c in claims for n in c.normalized.split(", ")])
        words = "; ".join(f"“{c.value}”" for c in claims)
        return f"{first.source}: {said} ({words}) {_markers(claims, citations)}"
    read = reading(conflict.kind, first.normalized)
    shown = f"“{first.value}”" + ("" if read == first.value else f", read as {read}")
    return f"{first.source}: {shown} {_markers(claims, citations)}"


def _conflict_lines(conflict: Conflict, citations: list[Citation]) -> list[str]:
    lines = ["", f"!! The sources disagree on {conflict.about}:"]
    by_source: dict[str, list[Claim]] = {}
    for claim in conflict.claims:
        by_source.setdefault(claim.doc_id, []).append(claim)
    for claims in by_source.values():
        lines.append(_wrap(_claim_line(conflict, claims, citations), "     ", "   - "))
    return lines


def format_answer(answer: Answer) -> str:
    """What a person reads at a glance: the answer first, any disagreement, then the sources."""
    lines = []
    if answer.rewritten_question:
        lines.append(f"(understood as: {answer.rewritten_question})")
    lines.append(_wrap(answer.text))
    for conflict in answer.conflicts:
        lines.extend(_conflict_lines(conflict, answer.citations))
    listed = answer.related if answer.abstained else answer.citations
    if listed:
        lines.append("")
        lines.append("Related passages (not an answer):" if answer.abstained else "Sources:")
        for citation in listed:
            lines.append(_source_line(citation))
            lines.append(_wrap(f"“{citation.quote}”", "    "))
    return "\n".join(lines)
