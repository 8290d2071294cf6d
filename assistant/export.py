"""Answers and comparisons as files: Markdown to read, JSON and CSV to check and reuse.

Every exported quote carries its article id and the character offsets of the quoted sentence,
so `document.text[start:end] == quote` can be checked against the articles. JSON is the models'
own dump; Markdown and CSV only render fields the answer layer already set (values, readings,
citation numbers), as the terminal and the page do.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Literal

from pydantic import TypeAdapter

from assistant.compare import ComparedAspect, Comparison, Said
from assistant.models import Answer, Citation, Conflict
from assistant.wording import sides

Format = Literal["md", "json", "csv"]
ANSWER_FORMATS: tuple[Format, ...] = ("md", "json")
COMPARISON_FORMATS: tuple[Format, ...] = ("md", "json", "csv")
CSV_COLUMNS = (
    "story_id",
    "story_title",
    "aspect",
    "kind",
    "disagree",
    "doc_id",
    "source",
    "value",
    "reading",
    "normalized",
    "citation",
    "quote",
    "start",
    "end",
)
_COMPARISONS = TypeAdapter(list[Comparison])


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell: no pipe ends the cell, no newline the row."""
    return " ".join(text.split()).replace("|", "\\|")


def said_text(said: Said) -> str:
    """A value as written, its reading when that differs, its quotes: "19/10 → 19 October [2]"."""
    read = f" → {said.reading}" if said.reading else ""
    return f"{said.value}{read} " + "".join(f"[{n}]" for n in said.citations)


def _quote_lines(citations: Sequence[Citation]) -> list[str]:
    """The numbered quotes with where each is in its article."""
    lines = []
    for c in citations:
        outlet = f" ({c.source})" if c.source else ""
        lines.append(
            f"{c.number}. “{c.quote}” — *{c.title}*{outlet}, `{c.doc_id}` "
            f"characters {c.start}-{c.end}"
        )
    return lines


def _conflict_lines(conflict: Conflict) -> list[str]:
    lines = [f"- **{conflict.about}**"]
    for claims in sides(conflict):
        values = "; ".join(
            f"“{c.value}”" + (f" → {c.reading}" if c.reading else "") + f" [{c.citation}]"
            for c in claims
        )
        lines.append(f"  - {claims[0].source}: {values}")
    return lines


def answer_markdown(answer: Answer) -> str:
    """An answer to read: the question, the answer, who disagrees on what, the numbered quotes."""
    lines = [f"# {answer.question}", ""]
    if answer.rewritten_question:
        lines += [f"*Searched as:* {answer.rewritten_question}", ""]
    lines += [answer.text, ""]
    if answer.conflicts:
        lines += ["## Where the sources disagree", ""]
        for conflict in answer.conflicts:
            lines += _conflict_lines(conflict)
        lines.append("")
    listed = answer.related if answer.abstained else answer.citations
    if listed:
        lines += ["## Related passages (not an answer)" if answer.abstained else "## Quotes", ""]
        lines += _quote_lines(listed)
    return "\n".join(lines).rstrip() + "\n"


def answer_json(answer: Answer) -> str:
    """The whole Answer model (citations, conflicts, hits) as JSON."""
    return answer.model_dump_json(indent=2) + "\n"


def _row(aspect: ComparedAspect, comparison: Comparison) -> str:
    name = f"**{aspect.name}** ⚠ disputed" if aspect.disagree else aspect.name
    cells = [
        "; ".join(said_text(s) for s in aspect.said_by(doc.doc_id)) or "—"
        for doc in comparison.documents
    ]
    return "| " + " | ".join(_cell(c) for c in [name, aspect.kind, *cells]) + " |"


def comparison_markdown(comparison: Comparison) -> str:
    """One story: a row per aspect, a column per source, disputed rows marked, then quotes."""
    lines = [f"## {comparison.title}", "", f"Story `{comparison.id}`; sources:", ""]
    for doc in comparison.documents:
        when = f", published {doc.published.isoformat()}" if doc.published else ", undated"
        lines.append(f"- {doc.name}{when} (`{doc.doc_id}`)")
    headers = ["Aspect", "Kind", *(d.outlet or d.title for d in comparison.documents)]
    lines += ["", "| " + " | ".join(_cell(h) for h in headers) + " |"]
    lines.append("|" + "---|" * len(headers))
    lines += [_row(aspect, comparison) for aspect in comparison.aspects]
    if not comparison.aspects:
        lines.append(
            "| (no dated, counted or named facts to compare) |" + " |" * (len(headers) - 1)
        )
    lines += ["", "### Quotes", ""]
    lines += _quote_lines(comparison.citations)
    return "\n".join(lines) + "\n"


def comparisons_markdown(comparisons: Sequence[Comparison]) -> str:
    """Every story compared, one section each."""
    if not comparisons:
        return "No story has more than one source to compare.\n"
    disputed = sum(len(c.disputed) for c in comparisons)
    stories = f"{len(comparisons)} stor{'ies' if len(comparisons) != 1 else 'y'}"
    points = f"{disputed} disputed point{'s' * (disputed != 1)}"
    head = f"# Sources compared: {stories}, {points}\n\n"
    return head + "\n".join(comparison_markdown(c) for c in comparisons)


def comparisons_json(comparisons: Sequence[Comparison]) -> str:
    """The Comparison models as a JSON list."""
    return _COMPARISONS.dump_json(list(comparisons), indent=2).decode("utf-8") + "\n"


def comparisons_csv(comparisons: Sequence[Comparison]) -> str:
    """One row per claim (story, aspect, source, value, quote with its offsets): a long table
    that a spreadsheet can pivot into the side-by-side view."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for comparison in comparisons:
        for aspect in comparison.aspects:
            for claim in aspect.claims:
                writer.writerow(
                    [
                        comparison.id,
                        comparison.title,
                        aspect.name,
                        aspect.kind,
                        aspect.disagree,
                        claim.doc_id,
                        claim.source,
                        claim.value,
                        claim.reading or "",
                        claim.normalized,
                        claim.citation,
                        claim.quote,
                        claim.start,
                        claim.end,
                    ]
                )
    return out.getvalue()


def export_answer(answer: Answer, fmt: Format) -> str:
    """An answer in one of ANSWER_FORMATS."""
    if fmt == "md":
        return answer_markdown(answer)
    if fmt == "json":
        return answer_json(answer)
    raise ValueError(f"an answer exports as {' or '.join(ANSWER_FORMATS)}, not {fmt!r}")


def export_comparisons(comparisons: Sequence[Comparison], fmt: Format) -> str:
    """Comparisons in one of COMPARISON_FORMATS."""
    if fmt == "md":
        return comparisons_markdown(comparisons)
    if fmt == "json":
        return comparisons_json(comparisons)
    if fmt == "csv":
        return comparisons_csv(comparisons)
    raise ValueError(f"a comparison exports as {', '.join(COMPARISON_FORMATS)}, not {fmt!r}")
