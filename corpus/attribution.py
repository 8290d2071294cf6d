"""Who an article is by and whose reporting it relays, read from what its text itself says.

Readers judge a quote by where it comes from, so the page must name a source wherever the
article does: a byline ("By Jane Roe"), a credit ("Nguyen Tien (According to AP, AFP)"), a
dateline ("BEIRUT, Oct. 30, 2025 (Reuters) -"), or a lead that relays another outlet's report
("..., according to an Associated Press report."). Nothing is guessed: a field the text does not
give stays None, and a date is only taken when the text gives its year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from corpus.structure import Block, byline, split_blocks

# "Name (According to AP, AFP)", "(via Reuters)": a credit to the outlets reported from.
_CREDIT = re.compile(
    r"^(?P<name>.*?)\s*\(\s*(?:according to|via|source|sources)\s*:?\s+(?P<who>[^()]+?)\s*\)$",
    re.IGNORECASE,
)
# A dateline opening the first paragraph: a place in capitals (more place or a date after
# commas), maybe the outlet in brackets, then a dash. "WASHINGTON (AP) —", "PARIS, Oct. 30 -".
_DASH = "(?:\u2014|\u2013|--|-)"  # em dash, en dash, or hyphens as typed
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,40})(?P<rest>(?:,\s*[^,()\n\u2014\u2013]{2,30}){0,3}?)\s*"
    rf"(?:\((?P<who>[A-Z][\w .&'/-]{{0,40}})\))?\s*{_DASH}\s+\S"
)
# "according to an Associated Press report", "according to a report by the BBC".
_NAME = r"(?P<name>(?:[A-Z][\w&.'-]*)(?:\s+(?:of\s+)?[A-Z][\w&.'-]*){0,4})"
_REPORT_WORDS = r"(?:report|investigation|story|article|analysis|dispatch)"
_RELAYED = [
    re.compile(rf"\baccording to (?:an?|the) {_NAME}(?:'s)? {_REPORT_WORDS}\b"),
    re.compile(rf"\baccording to (?:an?|the) {_REPORT_WORDS} (?:by|from) (?:the )?{_NAME}"),
]
_DATE_FORMATS = ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d")


@dataclass(frozen=True)
class Attribution:
    """What the text says about its origin; None where it says nothing."""

    source: str | None = None
    reported_by: str | None = None
    published: dt.date | None = None


def split_credit(line: str) -> tuple[str | None, str | None]:
    """A byline or source as (who wrote it, whose reporting it relays).

    "Nguyen Tien (According to AP, AFP)" -> ("Nguyen Tien", "AP, AFP"); "Jane Roe" -> ("Jane
    Roe", None); "(via Reuters)" -> (None, "Reuters").
    """
    text = line.strip()
    match = _CREDIT.match(text)
    if not match:
        return (text or None), None
    return (match.group("name").strip(" ,;-") or None), match.group("who").strip()


def _date_with_year(text: str) -> dt.date | None:
    """A date written out with its year ("Oct. 30, 2025", "30 October 2025"), else None."""
    cleaned = re.sub(r"(?<=[A-Za-z])\.", "", text).replace(",", " ")
    cleaned = " ".join(cleaned.split())
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def _first_prose(text: str, blocks: list[Block]) -> str:
    return next((text[b.start : b.end] for b in blocks if b.kind == "prose"), "")


def dateline(lead: str) -> tuple[str | None, dt.date | None]:
    """The outlet and the dated year of a dateline opening `lead`, when it has them."""
    match = _DATELINE.match(lead)
    if not match:
        return None, None
    # The date is the last comma-separated parts ("Lebanon, Oct. 30, 2025": try from each part).
    parts = match.group("rest").split(",")[1:]
    candidates = (_date_with_year(",".join(parts[i:])) for i in range(len(parts)))
    published = next((d for d in candidates if d), None)
    who = match.group("who")
    return (who.strip() if who else None), published


def dateline_length(lead: str) -> int:
    """How many characters of `lead` its dateline takes ("DARROWGATE, May 20 (Ledger) - "),
    0 without one: the date there is when the article was filed, not when anything happened."""
    match = _DATELINE.match(lead)
    return match.end() - 1 if match else 0


def relayed_report(lead: str) -> str | None:
    """The outlet whose report the lead says it relays ("according to an AP report")."""
    for pattern in _RELAYED:
        match = pattern.search(lead)
        if match:
            return match.group("name").rstrip(".,;:'")  # the sentence's full stop is not its name
    return None


def read_attribution(
    body: str, source: str | None = None, reported_by: str | None = None
) -> Attribution:
    """Source, relayed outlet and date from the metadata given and the article's own text.

    `source` and `reported_by` come from front matter and win over the text; a credit inside
    the source ("X (According to AP)") is split into the two fields. Only the lead (the first
    paragraph of prose) is read for a dateline or a relayed report: further down, "according to
    a report" is about the story, not about where the article comes from.
    """
    given_name, given_credit = split_credit(source or "")
    text_name, text_credit = split_credit(byline(body) or "")
    lead = _first_prose(body, split_blocks(body))
    agency, published = dateline(lead)
    name = given_name or text_name
    relayed = reported_by or given_credit or text_credit or agency or relayed_report(lead)
    if relayed and name and relayed.casefold() == name.casefold():
        relayed = None  # "OKEBY, Feb 11 (Quayside Press)" in Quayside Press's own article
    return Attribution(source=name, reported_by=relayed, published=published)
