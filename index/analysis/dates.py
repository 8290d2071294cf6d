"""Dates as written in news text -> ISO strings at the precision the text gives.

A date is normalised only when the text fixes it on the calendar: a month name, a numeric date or
a four-digit year. Relative expressions ("last fall", "Monday", "three days") are left alone,
because resolving them against today's date (dateparser's default) would invent a value.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache
from typing import Any

from dateutil.easter import easter

from index.analysis.entities import SMALL_NUMBERS

DMY = "DMY"
MDY = "MDY"
# "19/10" or "5/12/2025": spaCy calls these numbers; in news text they are dates.
# "for a fortnight": two weeks, as British news writes it; the small model gives it no entity.
FORTNIGHT = re.compile(r"\b(?:a|one)\s+fortnight\b", re.IGNORECASE)
# "19/4", "5/12", "11.01": with a dot the month takes two digits, for "5.8" is a decimal (an
# earthquake's magnitude), not the 5th of August.
# A time of day on the clock, which the small model may call a plain number: "at 4.15pm",
# "about 3.40pm", "10:52 a.m.".
CLOCK_TIME = re.compile(r"\b\d{1,2}[.:]\d{2}\s?[ap]\.?\s?m\b\.?", re.IGNORECASE)
# A time of day in words, with the part of the day that fixes its half: "half past four in the
# afternoon", "a quarter to nine", "ten o'clock at night". The small model calls it a DATE, or
# nothing.
_HOUR_WORDS = SMALL_NUMBERS[1:13]  # "one" to "twelve"
_HOUR = "|".join(_HOUR_WORDS)
WORD_CLOCK = re.compile(
    rf"\b(?:(?P<minutes>(?:a\s+)?quarter|half)\s+(?P<side>past|to)\s+"
    rf"(?P<hour>{_HOUR})|(?P<whole>{_HOUR})\s+o['\u2019]clock)\b"
    r"(?:\s+(?:in\s+the\s+(?P<part>morning|afternoon|evening)|at\s+(?P<night>night)))?",
    re.IGNORECASE,
)
# Not "ten to one" nor "five past": odds and scores are written so too.
_PAST_HOUR = {"quarter": 15, "a quarter": 15, "half": 30}


def word_clock(text: str) -> str | None:
    """'half past four in the afternoon' -> '16:30'; '04:30/16:30' when nothing says which half
    of the day ("at half past four"); None when the text is no time in words."""
    found = WORD_CLOCK.fullmatch(text.strip())
    if found is None:
        return None
    hour = _HOUR_WORDS.index((found["hour"] or found["whole"]).casefold()) + 1
    minute = 0
    if found["minutes"]:
        minute = _PAST_HOUR[re.sub(r"\s+", " ", found["minutes"].casefold())]
        if found["side"].casefold() == "to":
            hour, minute = hour - 1 or 12, 60 - minute
    part = (found["part"] or found["night"] or "").casefold()
    if part == "morning":
        return f"{hour % 12:02d}:{minute:02d}"
    if part in ("afternoon", "evening") or (part == "night" and hour >= 6):
        return f"{hour % 12 + 12:02d}:{minute:02d}"
    if part == "night":
        return f"{hour % 12:02d}:{minute:02d}"  # "two o'clock at night"
    return f"{hour % 12:02d}:{minute:02d}/{hour % 12 + 12:02d}:{minute:02d}"


# Words that make a time of day approximate: "shortly after 10.30am", "just before noon".
TIME_APPROXIMATELY = (
    r"about|around|approximately|roughly|shortly\s+(?:after|before)|just\s+(?:after|before)|"
    r"soon\s+after"
)
NUMERIC_DATE = re.compile(r"^(\d{1,2})(?:/|\.(?=\d\d))(\d{1,2})(?:[/.](\d{2}|\d{4}))?$")
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_YEAR = re.compile(r"\b(1[0-9]\d\d|20\d\d)\b")
# A month's name, short or long ("Sept.", "October"), as a pattern to write into others.
MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_MONTH = re.compile(rf"\b{MONTH_NAME}(?![\w'])", re.IGNORECASE)
# Words that make a written date approximate: "late October" names no day, "early 2020" no month.
_VAGUE = re.compile(
    r"\b(?:early|mid|late|around|about|approximately|roughly|circa|"
    r"the (?:end|start|beginning|middle) of)\b-?\s*",
    re.IGNORECASE,
)
_PREPOSITION = re.compile(r"^(?:on|in|by|since|of|from)\s+", re.IGNORECASE)
# Decades, centuries, ranges and seasons are not one calendar value at any precision.
_UNFIXED = re.compile(
    r"\d0s\b|centur|millenni|\b(?:between|from|until|spring|summer|fall|autumn|winter)\b|"
    r"\d\s*[-\u2013\u2014]\s*\d|\bago\b|\b(?:last|next|this)\s+(?:year|month|week)\b",
    re.IGNORECASE,
)
# An ISO form at some precision: year, year-month, year-month-day, --month, --month-day.
_NORMALIZED = re.compile(r"^(?:(\d{4})|-)(?:-(\d{2}))?(?:-(\d{2}))?$")


def infer_date_order(texts: list[str]) -> str:
    """'DMY' or 'MDY' from a document's unambiguous numeric dates ("19/10" must be day/month).

    With no unambiguous date the order is unknown; day/month is the most common order worldwide.
    """
    votes = {DMY: 0, MDY: 0}
    for text in texts:
        for first, second in re.findall(r"\b(\d{1,2})/(\d{1,2})\b", text):
            if int(first) > 12 >= int(second):
                votes[DMY] += 1
            elif int(second) > 12 >= int(first):
                votes[MDY] += 1
    return MDY if votes[MDY] > votes[DMY] else DMY


@cache
def _date_parser(order: str) -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"DATE_ORDER": order})


# An ordinal the model labels ORDINAL that is a day of the month: "on the afternoon of the 9th",
# "since the 14th". After it comes no noun it would number ("the 9th floor", "the 3rd round").
_DAY_ORDINAL = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:$|[^\w\s]|(?:and|or|but|when|as|at|in|on|after|before|until|while|with|by)\b)"
)


def is_day_ordinal(sentence: str, start: int, end: int) -> bool:
    """Whether the ordinal at sentence[start:end] is a day of the month ("the 9th")."""
    return bool(
        _DAY_ORDINAL.fullmatch(sentence[start:end])
        and _THE_BEFORE.search(sentence[:start])
        and _NO_NOUN_AFTER.match(sentence, end)
    )


def is_fixed_date(text: str) -> bool:
    """Whether the words pin a calendar value (month name, numeric date or year), unrelatively."""
    cleaned = text.strip()
    if _UNFIXED.search(cleaned):
        return False
    return bool(
        _MONTH.search(cleaned)
        or NUMERIC_DATE.match(cleaned)
        or _ISO_DATE.search(cleaned)
        or _YEAR.search(cleaned)
    )


@lru_cache(maxsize=50_000)
def normalize_date(text: str, order: str) -> str | None:
    """ISO form at the precision written: '2025-10-28', '2025-10', '2025', or '--10-19' (no year).

    Vague words ("late October") lower the precision to the month; None when not a fixed date.
    """
    written = _PREPOSITION.sub("", text.strip())
    cleaned = _VAGUE.sub("", written).strip()
    vague = cleaned != written
    if not cleaned or not is_fixed_date(cleaned):
        return None
    numeric = NUMERIC_DATE.match(cleaned)
    if numeric:
        parts = sorted(int(part) for part in numeric.groups()[:2])
        if parts[0] > 12 or parts[1] > 31:
            return None  # "11.40" is a time, no day of any month
        if numeric.group(3) is None:
            cleaned = cleaned.replace(".", "/")  # dateparser reads "11.01" as 11:01 today
    data = _date_parser(order).get_date_data(cleaned)
    if data.date_obj is None:
        return None
    date: dt.date = data.date_obj.date()
    has_year = bool(_YEAR.search(cleaned) or _ISO_DATE.search(cleaned)) or bool(
        numeric and numeric.group(3)
    )
    has_month = bool(_MONTH.search(cleaned) or numeric or _ISO_DATE.search(cleaned))
    period = data.period
    if vague and period == "day":
        period = "month"
    if period == "year" or not has_month:
        return f"{date.year:04d}" if has_year else None
    month_day = f"{date.month:02d}" if period == "month" else f"{date.month:02d}-{date.day:02d}"
    return f"{date.year:04d}-{month_day}" if has_year else f"--{month_day}"


def date_fields(normalized: str) -> tuple[int | None, int | None, int | None] | None:
    """(year, month, day) of a normalised date, None for each part not written; None if no date."""
    match = _NORMALIZED.match(normalized)
    if match is None:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    if year is None and month is None:
        return None
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
        return None
    return year, month, day


def calendar_day(normalized: str, year: int) -> dt.date | None:
    """The day a normalised date names, in `year` when it is written without one ("Sunday,
    March 8"); None unless it gives a month and a day that exist ("April 31" does not)."""
    fields = date_fields(normalized)
    if fields is None or fields[1] is None or fields[2] is None:
        return None
    try:
        return dt.date(fields[0] or year, fields[1], fields[2])
    except ValueError:
        return None


# The normal form of a weekday told without its week: "On the Friday night" in a feature looking
# back on an event (`index.disputes.facts`), which may be any week before the article's date.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def dates_compatible(first: str, second: str) -> bool:
    """Whether two normalised dates can both be true, compared at the precision both give.

    "2025-10" and "2025-10-28" agree (one is only less precise); "2025-10-28" and "--10-19"
    disagree on the day; a weekday alone ("friday") agrees with that weekday's dates only; a
    value that is not a normalised date contradicts nothing.
    """
    if first in WEEKDAYS or second in WEEKDAYS:
        return _weekdays_compatible(first, second)
    a, b = date_fields(first), date_fields(second)
    if a is None or b is None:
        return True
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


def _weekdays_compatible(first: str, second: str) -> bool:
    """Whether two dates, one or both a weekday alone, may be one day: a date without its year
    or its day may fall on any weekday."""
    a, b = weekday_of(first), weekday_of(second)
    return a is None or b is None or a == b


def weekday_of(normalized: str) -> int | None:
    """The weekday (Monday 0) of a weekday alone or of a full date; None for a date without
    its year or its day, which may fall on any."""
    if normalized in WEEKDAYS:
        return WEEKDAYS.index(normalized)
    fields = date_fields(normalized)
    if fields is None or fields[0] is None:
        return None
    day = calendar_day(normalized, fields[0])
    return day.weekday() if day is not None else None


# Days news names by their holiday: "turned away on Christmas Eve", "won on Easter Monday".
# Each is a month and a day, or a number of days from Easter Sunday. Not "May Day", which is
# the first of May or the bank holiday Monday after it, nor "Christmas", a season.
_FIXED_HOLIDAYS = {
    "new year's day": (1, 1), "burns night": (1, 25), "valentine's day": (2, 14),
    "st patrick's day": (3, 17), "st george's day": (4, 23), "midsummer day": (6, 24),
    "midsummer's day": (6, 24), "halloween": (10, 31), "hallowe'en": (10, 31),
    "bonfire night": (11, 5), "guy fawkes night": (11, 5), "armistice day": (11, 11),
    "christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26),
    "new year's eve": (12, 31), "hogmanay": (12, 31),
}  # fmt: skip
_FROM_EASTER = {
    "shrove tuesday": -47, "pancake day": -47, "ash wednesday": -46, "mothering sunday": -21,
    "palm sunday": -7, "maundy thursday": -3, "good friday": -2, "easter sunday": 0,
    "easter day": 0, "easter monday": 1, "ascension day": 39, "whit sunday": 49,
    "whit monday": 50,
}  # fmt: skip
_HOLIDAY_NAMES = sorted([*_FIXED_HOLIDAYS, *_FROM_EASTER], key=len, reverse=True)
# A holiday as a sentence writes it, with the year if one follows ("Christmas Day 1914").
HOLIDAY = re.compile(
    r"\b(?P<name>"
    + "|".join(re.escape(name).replace("'", "['\u2019]") for name in _HOLIDAY_NAMES)
    + r")(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+(?P<year>\d{4}))?\b",
    re.IGNORECASE,
)
_ON_THE = re.compile(r"^(?:on\s+)?(?:the\s+)?", re.IGNORECASE)


def holiday_date(text: str, published: dt.date | None, planned: bool = False) -> str | None:
    """The day a holiday names, as an ISO date: in the year written ("Christmas Day 1914"),
    else the latest on or before `published` (the next after it, told of something
    `planned`): "Christmas Eve" in an article of 14 March 2048 is 24 December 2047, "Easter
    Monday" in one of 20 April 2048 is 6 April 2048. None for any other words."""
    found = HOLIDAY.fullmatch(_ON_THE.sub("", text.strip()))
    if found is None:
        return None
    name = found["name"].casefold().replace("\u2019", "'")
    if found["year"]:
        return _holiday_in(name, int(found["year"])).isoformat()
    if published is None:
        return None
    years = [published.year - 1, published.year, published.year + 1]
    days = [_holiday_in(name, year) for year in years]
    if planned:
        return min(day for day in days if day > published).isoformat()
    return max(day for day in days if day <= published).isoformat()


def _holiday_in(name: str, year: int) -> dt.date:
    """The holiday's day in one year: fixed, or so many days from that year's Easter."""
    if name in _FIXED_HOLIDAYS:
        return dt.date(year, *_FIXED_HOLIDAYS[name])
    return easter(year) + dt.timedelta(days=_FROM_EASTER[name])


def readable_date(normalized: str) -> str:
    """'19 October', 'October 2025', '28 October 2025', '2025': how the reader is told a reading."""
    fields = date_fields(normalized)
    if fields is None:
        return normalized
    year, month, day = fields
    parts = []
    if day is not None:
        parts.append(str(day))
    if month is not None:
        parts.append(dt.date(2000, month, 1).strftime("%B"))
    if year is not None:
        parts.append(str(year))
    return " ".join(parts)
