"""Render an Answer as plain text for a terminal: answer, conflicts, then numbered sources."""

from __future__ import annotations

import textwrap

from assistant.models import Answer, Citation

_WIDTH = 88


def _source_line(citation: Citation) -> str:
    outlet = f" — {citation.source}" if citation.source else ""
    return f"[{citation.number}] {citation.title}{outlet}  (chars {citation.start}-{citation.end})"


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(text, width=_WIDTH, initial_indent=indent, subsequent_indent=indent)


def format_answer(answer: Answer) -> str:
    """What a person reads at a glance: the answer first, any disagreement, then the sources."""
    lines = []
    if answer.rewritten_question:
        lines.append(f"(understood as: {answer.rewritten_question})")
    lines.append(_wrap(answer.text))
    for conflict in answer.conflicts:
        lines.append("")
        lines.append(f"!! The sources disagree on {conflict.about}:")
        for claim in conflict.claims:
            lines.append(
                _wrap(f"- {claim.source}: {claim.value!r} (read as {claim.normalized})", "   ")
            )
    listed = answer.related if answer.abstained else answer.citations
    if listed:
        lines.append("")
        lines.append("Related passages:" if answer.abstained else "Sources:")
        for citation in listed:
            lines.append(_source_line(citation))
            lines.append(_wrap(f"“{citation.quote}”", "    "))
    return "\n".join(lines)
