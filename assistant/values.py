"""When two normalised values of the same kind can both be true, and at what precision.

A false conflict is as bad as a missed one, so every comparison leans towards "compatible":
values are compared only at the precision both sources give, and names only clash when they
share nothing at all.
"""

from __future__ import annotations

import re

from index.analysis.dates import date_fields, dates_compatible, readable_date
from index.analysis.entities import name_tokens
from index.analysis.lexicon import NAME_PARTICLES
from index.models import Kind, Mention

# Two approximate figures ("about 50", "some 60") are the same claim within this relative margin.
APPROXIMATE_MARGIN = 0.2
# Words of a name that identify nothing alone: its particles ("al-", "bin") and articles.
_FILLER = NAME_PARTICLES | {"the", "of", "and"}
_PRECISION_FIELDS = {"year": 1, "month": 2, "day": 3}
_NUMBER = re.compile(r"^(~?)(\d+(?:\.\d+)?)$")


def _number(normalized: str) -> tuple[bool, float] | None:
    match = _NUMBER.match(normalized)
    if match is None:
        return None
    return bool(match.group(1)), float(match.group(2))


def numbers_compatible(first: str, second: str) -> bool:
    """Equal counts agree; an approximate count agrees with anything within the margin."""
    a, b = _number(first), _number(second)
    if a is None or b is None:
        return True  # a value that is not a plain count contradicts nothing
    (approx_a, value_a), (approx_b, value_b) = a, b
    if approx_a or approx_b:
        return abs(value_a - value_b) <= APPROXIMATE_MARGIN * max(value_a, value_b)
    return value_a == value_b


def names_compatible(first: str, second: str) -> bool:
    """Names agree when one's significant words are among the other's ("al-Dumayr", "Dumayr").

    "Khaled al-Masoud" and "al-Masoud" are one man; "Damascus" and "Idlib" are two places.
    """
    a = {w.replace(".", "") for w in name_tokens(first) if w not in _FILLER}
    b = {w.replace(".", "") for w in name_tokens(second) if w not in _FILLER}
    if not a or not b:
        return True
    return a <= b or b <= a


def compatible(kind: Kind, first: str, second: str) -> bool:
    """Whether two sources giving these normalised values of one kind can both be right."""
    if kind == "date":
        return dates_compatible(first, second)
    if kind == "number":
        return numbers_compatible(first, second)
    if kind in ("person", "organization", "place"):
        return names_compatible(first, second)
    return first == second


def is_comparable(kind: Kind, normalized: str) -> bool:
    """Whether a value was normalised far enough to be compared with another at all.

    An unparsed date ("last fall") or a count written in words nobody parsed says too little
    for a disagreement to be claimed on it.
    """
    if kind == "date":
        return readable_date(normalized) != normalized
    if kind == "number":
        return _number(normalized) is not None
    return kind in ("person", "organization", "place")


def at_precision(mention: Mention, precision: str | None) -> str:
    """A date cut to the precision the question asks for: months agree for "which month"."""
    fields = date_fields(mention.normalized)
    keep = _PRECISION_FIELDS.get(precision or "")
    if mention.kind != "date" or fields is None or keep is None:
        return mention.normalized
    year, month, day = (*fields[:keep], None, None, None)[:3]
    if year is None and month is None:
        return mention.normalized
    head = f"{year:04d}" if year is not None else "-"
    parts = [head, *(f"{p:02d}" for p in (month, day) if p is not None)]
    return "-".join(parts)


def clash_field(x: str, y: str) -> int | None:
    """Index of the first date field (year, month, day) where two dates differ, if any."""
    a, b = date_fields(x), date_fields(y)
    if a is None or b is None:
        return None
    return next((i for i, (p, q) in enumerate(zip(a, b, strict=True)) if p and q and p != q), None)
