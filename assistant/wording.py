"""The words of an answer: quotes with their markers, a disagreement named, an abstention.

Every sentence of an answer that states a fact is a quote followed by its `[n]` marker. The
only sentences in the assistant's own words say what it is doing: that the sources disagree (and
who says what, in their own words), or that the articles do not say.
"""

from __future__ import annotations

from assistant.models import Answer, Citation, Claim, Conflict
from corpus.models import Document
from index.analysis.dates import NUMERIC_DATE, readable_date
from index.disputes.facts import NOBODY
from index.disputes.values import count_form
from index.models import Hit

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
    "in-hospital": "still in hospital",
    "discharged": "discharged from hospital",
    "hospitalised": "kept in hospital",
    "taken-to-hospital": "taken to hospital",
    "first-win": "won for the first time",
    "won-before": "had won before",
    "treated-at-scene": "treated at the scene",
    "captured": "captured or taken away",
    "died-later": "died later",
    "died": "died",
    "unharmed": "survived",
    "unhurt": "unhurt",
    "none-hurt": "no one hurt",
    "alive": "alive",
    "escaped": "escaped",
    "missed": "the target missed",
    "released": "released",
    "charged": "charged",
    "died-at-scene": "died at the scene",
    "released-uncharged": "released without charge",
    "warned": "given a warning",
    "sacked": "dismissed",
    "resigned": "resigned",
    "suspended": "suspended",
    "banned": "banned",
    "convicted": "found guilty",
    "acquitted": "acquitted",
    "jailed": "jailed",
    "spared-jail": "spared jail",
    "appealing": "to appeal",
    "accepted": "accepted the ruling",
    "conceded": "conceded",
    "contested": "did not concede",
    "in-service": "back in service",
    "out-of-service": "out of action",
    "finished": "went the full route",
    "cut-short": "cut short",
    "backed-down": "backed down",
    "stood-firm": "refused to back down",
    "record-set": "a new record",
    "record-missed": "short of the record",
    "ratified": "officially confirmed",
    "not-yet-ratified": "not yet official",
    "approved": "approved",
    "rejected": "rejected",
    "deferred": "decision deferred",
    "extended": "extended",
    "scrapped": "scrapped",
    "ruled": "a judge ruled",
    "settled": "settled out of court",
}


def outcome_words(names: list[str]) -> str:
    """Outcome classes said in the order events happen: wounded, taken away, died later."""
    order = list(OUTCOME_WORDS)
    known = sorted(dict.fromkeys(names), key=lambda n: order.index(n) if n in order else len(order))
    return ", ".join(OUTCOME_WORDS.get(n, n) for n in known)


def source_name(document: Document) -> str:
    """How the reader is told which article: its title in quotes, and who it comes from as the
    article names it ("Nguyen Tien, according to AP, AFP"), when it does."""
    title = f"“{document.title}”"
    return f"{title} ({document.attribution})" if document.attribution else title


def quotes(citations: list[Citation]) -> str:
    """The quoted sentences, each followed by its marker."""
    return " ".join(f"“{c.quote}” [{c.number}]" for c in citations)


def abstention(
    kind_missing: str | None,
    mentioned: str | None = None,
    absent: list[str] | None = None,
    instructions: bool = False,
    withheld: str | None = None,
) -> str:
    """What the reader is told when nothing answers the question; `mentioned` is what the
    articles do speak of ("his wife") when they never give its value (a name, a figure);
    `absent` the question's names that no article uses ("Maddersby"); `instructions` whether
    it asks how to do something ("How do I renew my passport?"); `withheld` the sentence of an
    article saying the value is not given ("The fees were not disclosed"), the first related."""
    missing = _KIND_NOUN.get(kind_missing or "", "an answer")
    if instructions:
        return f"{ABSTAIN_TEXT} The articles report news and give no instructions. {RELATED_TEXT}"
    if withheld:
        return f"{ABSTAIN_TEXT} One says so: “{withheld}” [1] {RELATED_TEXT}"
    if absent:
        return f"{ABSTAIN_TEXT} No article mentions {_listed(absent)}. {RELATED_TEXT}"
    if mentioned:
        return f"{ABSTAIN_TEXT} They mention {mentioned} but never give {missing}. {RELATED_TEXT}"
    if kind_missing:
        return f"{ABSTAIN_TEXT} No passage gives {missing} for this. {RELATED_TEXT}"
    return f"{ABSTAIN_TEXT} {RELATED_TEXT}"


def _listed(words: list[str]) -> str:
    """ "A", "A or B", "A, B or C"."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"


def reading(kind: str, value: str, normalized: str) -> str | None:
    """How a value was read, in plain words, when the value as written does not say it plainly.

    A numeric date ('19/10' -> '19 October') and a count in words ('fifty' -> '50') are read
    out; an account is said as its outcomes in order ('wounded, died later'); anything else
    reads as written (None).
    """
    if kind == "account":
        return outcome_words(normalized.split(", "))
    if kind == "date" and NUMERIC_DATE.match(value.strip()):
        return readable_date(normalized)
    if kind == "number" and not any(ch.isdigit() for ch in value) and " " not in normalized:
        # a count alone: "every ten years" reads plainly as written, not as "10 year"
        # as the value itself writes it: "rose to eight" is read "8", its bound the table's
        written = count_form(value)
        same = written is not None and written.lstrip("<>=~") == normalized.lstrip("<>=~")
        return _count_words(written if same and written else normalized)
    return None


# How a count's bound is said ('>=9' is the table's form of "at least nine").
_BOUNDS = (
    (">=", "at least "),
    ("<=", "at most "),
    (">", "more than "),
    ("<", "fewer than "),
    ("~", "about "),
)


def _count_words(normalized: str) -> str:
    """A count's normal form in words: '>=9' -> 'at least 9', '~50' -> 'about 50'."""
    for sign, words in _BOUNDS:
        if normalized.startswith(sign):
            return words + normalized[len(sign) :]
    return normalized


def sides(conflict: Conflict) -> list[list[Claim]]:
    """The claims grouped by source, in the order the sources first appear."""
    by_source: dict[str, list[Claim]] = {}
    for claim in conflict.claims:
        by_source.setdefault(claim.doc_id, []).append(claim)
    return list(by_source.values())


def markers(claims: list[Claim]) -> str:
    """The `[n]` markers of the quotes behind some claims, each once, in number order."""
    return "".join(f"[{n}]" for n in sorted({c.citation for c in claims}))


def side_outcomes(claims: list[Claim]) -> str:
    """What one source's sentences together report happened, in the order events happen; an
    outcome told of no one in the report's own words ("No arrests have been made" is no one
    captured, which its class alone would call an escape)."""
    return outcome_words(
        [
            c.value.casefold() if NOBODY.match(c.value) else n
            for c in claims
            for n in c.normalized.split(", ")
        ]
    )


def _side_words(claims: list[Claim], kind: str) -> str:
    """What one source says: its value (and how it was read), or its account of what happened."""
    first = claims[0]
    if kind == "account":
        return f"{first.source} reports: {side_outcomes(claims)} {markers(claims)}"
    read = f", which reads as {first.reading}" if first.reading else ""
    return f"{first.source} gives {first.value}{read} {markers(claims)}"


def disagreement(conflict: Conflict) -> str:
    """One sentence naming the disagreement and each source with its claim and markers."""
    parts = [_side_words(claims, conflict.kind) for claims in sides(conflict)]
    listed = "; ".join(parts[:-1]) + ", while " + parts[-1]
    return f"The sources disagree on {conflict.about}: {listed}."


def assemble(
    question: str,
    rewritten: str | None,
    lead: str,
    citations: list[Citation],
    conflicts: list[Conflict],
    hits: list[Hit],
) -> Answer:
    """An Answer whose text is its lead (the assistant's own words, may be empty) and then the
    quoted sentences with their markers: the one way every answer's text is put together."""
    quoted = quotes(citations)
    return Answer(
        question=question,
        rewritten_question=rewritten,
        text=" ".join(part for part in (lead, quoted) if part),
        lead=lead,
        citations=citations,
        conflicts=conflicts,
        hits=hits,
    )
