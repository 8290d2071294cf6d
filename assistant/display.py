"""Render an Answer as plain text for a terminal: answer, conflicts, then numbered sources.

Laid out to be read at a glance: what the question was taken to mean (for a follow-up), the
answer, a boxed-off disagreement with one line per source (its value as written, how it was
read, the marker of its quote), then the numbered sources with their quotes.
"""

from __future__ import annotations

import textwrap

from assistant.models import Answer, Citation, Claim, Conflict
from assistant.wording import markers, side_outcomes, sides

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


def _claim_line(kind: str, claims: list[Claim]) -> str:
    """One source's side: what it says, how the assistant read it, and its quotes' markers."""
    first = claims[0]
    if kind == "account":
        words = "; ".join(f"“{c.value}”" for c in claims)
        return f"{first.source}: {side_outcomes(claims)} ({words}) {markers(claims)}"
    read = f", read as {first.reading}" if first.reading else ""
    return f"{first.source}: “{first.value}”{read} {markers(claims)}"


def _conflict_lines(conflict: Conflict) -> list[str]:
    lines = ["", f"!! The sources disagree on {conflict.about}:"]
    for claims in sides(conflict):
        lines.append(_wrap(_claim_line(conflict.kind, claims), "     ", "   - "))
    return lines


def format_answer(answer: Answer) -> str:
    """What a person reads at a glance: the answer first, any disagreement, then the sources."""
    lines = []
    if answer.rewritten_question:
        lines.append(f"(understood as: {answer.rewritten_question})")
    lines.append(_wrap(answer.text))
    for conflict in answer.conflicts:
        lines.extend(_conflict_lines(conflict))
    listed = answer.related if answer.abstained else answer.citations
    if listed:
        lines.append("")
        lines.append("Related passages (not an answer):" if answer.abstained else "Sources:")
        for citation in listed:
            lines.append(_source_line(citation))
            lines.append(_wrap(f"“{citation.quote}”", "    "))
    return "\n".join(lines)
