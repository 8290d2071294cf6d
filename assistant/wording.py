"""The words of an answer: quotes with their markers, a disagreement named, an abstention.

Every sentence of an answer that states a fact is a quote followed by its `[n]` marker. The
only sentences in the assistant's own words say what it is doing: that the sources disagree (and
who says what, in their own words), or that the articles do not say.
"""

from __future__ import annotations

from assistant.models import Citation, Claim, Conflict
from assistant.values import reading
from corpus.models import Document
from index.dates import NUMERIC_DATE

ABSTAIN_TEXT = "The articles don't say."
RELATED_TEXT = "The closest passages are shown as related, not as an answer."
_KIND_NOUN = {
    "date": "a date",
    "number": "a figure",
    "person": "a name",
    "organization": "a name",
    "place": "a place",
}
# How an outcome class is said in a sentence about what a source reports.
OUTCOME_WORDS = {
    "killed": "killed in the event",
    "wounded": "wounded",
    "captured": "captured or taken away",
    "died-later": "died later",
    "died": "died",
    "unharmed": "unharmed",
    "escaped": "escaped",
    "missed": "the target missed",
    "released": "released",
}


def outcome_words(names: list[str]) -> str:
    """Outcome classes said in the order events happen: wounded, taken away, died later."""
    order = list(OUTCOME_WORDS)
    known = sorted(dict.fromkeys(names), key=lambda n: order.index(n) if n in order else len(order))
    return ", ".join(OUTCOME_WORDS.get(n, n) for n in known)


def source_name(document: Document) -> str:
    """How the reader is told which article: its title in quotes, and its outlet when known."""
    title = f"“{document.title}”"
    return f"{title} ({document.source})" if document.source else title


def quotes(citations: list[Citation]) -> str:
    """The quoted sentences, each followed by its marker."""
    return " ".join(f"“{c.quote}” [{c.number}]" for c in citations)


def abstention(kind_missing: str | None) -> str:
    """What the reader is told when nothing answers the question."""
    if kind_missing:
        missing = _KIND_NOUN.get(kind_missing, "an answer")
        return f"{ABSTAIN_TEXT} No passage gives {missing} for this. {RELATED_TEXT}"
    return f"{ABSTAIN_TEXT} {RELATED_TEXT}"


def _needs_reading(claim: Claim, kind: str) -> bool:
    """Whether the reader should be told how a value was read: '19/10' -> '19 October'."""
    if kind == "date":
        return bool(NUMERIC_DATE.match(claim.value.strip()))
    if kind == "number":
        return not any(ch.isdigit() for ch in claim.value)
    return False


def _side_words(claims: list[Claim], kind: str, markers: str) -> str:
    """What one source says: its value (and how it was read), or its account of what happened."""
    first = claims[0]
    if kind == "account":
        said = outcome_words([n for c in claims for n in c.normalized.split(", ")])
        return f"{first.source} reports: {said} {markers}"
    read = (
        f", which reads as {reading(kind, first.normalized)}" if _needs_reading(first, kind) else ""
    )
    return f"{first.source} gives {first.value}{read} {markers}"


def disagreement(conflict: Conflict, markers: dict[tuple[str, int], int]) -> str:
    """One sentence naming the disagreement and each source with its claim and marker.

    `markers` maps (doc_id, quote start) to the citation number of that quote.
    """
    by_source: dict[str, list[Claim]] = {}
    for claim in conflict.claims:
        by_source.setdefault(claim.doc_id, []).append(claim)
    parts = []
    for doc_id, claims in by_source.items():
        starts = {c.start for c in claims}
        numbers = sorted(
            {n for (doc, start), n in markers.items() if doc == doc_id and start in starts}
        )
        parts.append(_side_words(claims, conflict.kind, "".join(f"[{n}]" for n in numbers)))
    listed = "; ".join(parts[:-1]) + ", while " + parts[-1]
    return f"The sources disagree on {conflict.about}: {listed}."
