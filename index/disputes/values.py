"""Normal forms of the values a fact can hold, and when two of them can both be true.

A false disagreement is as bad as a missed one, so comparisons lean towards "compatible": counts
with a bound ("at least 7", "more than 20") agree with any count inside the bound, approximate
counts agree within a margin, dates are compared at the precision both give, and free text (a
cause, a role) only clashes when the two share no content word.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import cache

from index.analysis.dates import FORTNIGHT, TIME_APPROXIMATELY, dates_compatible, word_clock
from index.analysis.entities import SITE_WORDS, normalize_number
from index.analysis.lexicon import TITLES
from index.analysis.spelling import COMMON_WORD, english_counts
from index.analysis.tokens import tokenize
from index.disputes.lexicon import (
    JOB_ENDING,
    JOBS,
    NO_ONE,
    NOT_JOBS,
    PLACE_NOUNS,
    POSTS_HELD_ALONE,
    SAME_JOB,
)

# Two approximate counts ("about 50", "some 60") are one claim within this relative margin.
APPROXIMATE_MARGIN = 0.2
# Negated bounds before the bounds they negate: "no more than 300" is at most 300.
_BOUND_WORDS = (
    (re.compile(r"\b(?:at\s+least|no[t]?\s+(?:fewer|less)\s+than|a\s+minimum\s+of)\b"), ">="),
    (re.compile(r"\b(?:at\s+most|up\s+to|no[t]?\s+more\s+than|a\s+maximum\s+of)\b"), "<="),
    (re.compile(r"\b(?:more\s+than|over|upwards\s+of|in\s+excess\s+of|above)\b"), ">"),
    (re.compile(r"\b(?:fewer\s+than|less\s+than|under|below)\b"), "<"),
)
_COUNT = re.compile(r"^(>=|<=|>|<|~)?(\d+(?:\.\d+)?)$")
CURRENCIES = {
    "$": "USD", "dollar": "USD", "usd": "USD", "€": "EUR", "euro": "EUR", "eur": "EUR",
    "£": "GBP", "pound": "GBP", "gbp": "GBP", "sterling": "GBP", "¥": "JPY", "yen": "JPY",
    "franc": "CHF", "rupee": "INR", "yuan": "CNY", "rand": "ZAR", "peso": "MXN",
    # Crowns are Swedish, Norwegian, Danish, Czech or Icelandic: one currency per story.
    "crown": "crowns", "krona": "crowns", "kronor": "crowns", "krone": "crowns",
    "kroner": "crowns",
    # Guineas (£1.05) still price livestock and bloodstock at British auctions: "sold for a
    # record 21,000 guineas". Plural only: "two guinea pigs" is no sum.
    "guineas": "guineas",
}  # fmt: skip
# The common currencies' names as written after a number ("4.2 million euros"), and with their
# symbols and codes wherever a sum may name its currency.
_CURRENCY_NAMES = (
    r"dollars?|euros?|pounds?|yen|francs?|rupees?|yuan|rand|pesos?|crowns?|kron(?:a|or|e|er)"
    r"|guineas"
)
_NAMED_CURRENCIES = rf"[$€£¥]|\b(?:usd|eur|gbp|sterling|{_CURRENCY_NAMES})\b"


@cache
def currency_words() -> dict[str, str]:
    """Every other currency's name in English, as CLDR gives it (babel), singular and plural
    -> its singular: "escudos" -> "escudo", "guilders", "zlotys", "florins". Words common in
    English ("won", "real", "marks", "gold", "units") are left out: "214 marks" is no sum of
    money; CURRENCIES names the common currencies itself."""
    from babel.numbers import get_currency_name, list_currencies

    counts = english_counts()
    found: dict[str, str] = {}
    for code in sorted(list_currencies()):
        one = get_currency_name(code, count=1, locale="en").split()[-1].casefold()
        other = get_currency_name(code, count=2, locale="en").split()[-1].casefold()
        for word in {one, other, f"{one}s"}:
            if word.isalpha() and counts.get(word, 0) < COMMON_WORD and word not in CURRENCIES:
                found.setdefault(word, one)
    return found


@cache
def _other_currencies() -> str:
    """`currency_words` as one regular-expression alternative, longest first."""
    return "|".join(sorted(currency_words(), key=len, reverse=True))


@cache
def _currency() -> re.Pattern[str]:
    """A currency written beside a number: a symbol, a common currency or any CLDR names."""
    return re.compile(rf"{_NAMED_CURRENCIES}|\b(?:{_other_currencies()})\b", re.IGNORECASE)


_UNITS = {
    "day": "day", "week": "week", "month": "month", "year": "year", "hour": "hour",
    "minute": "minute", "second": "second", "night": "night",
}  # fmt: skip
# "in a time of 41 seconds" (a race's); a "second" alone is no length ("her second attempt").
_DURATION = re.compile(r"\b(day|week|month|year|hour|minute|second|night)s?\b", re.IGNORECASE)


# A fraction of one unit, as written before it: "half a mile", "a quarter of a mile",
# "three-quarters of an hour".
_FRACTIONS = (
    (re.compile(r"^(?:a |one )?half (?:of )?an?$"), "0.5"),
    (re.compile(r"^(?:a |one )?quarter of an?$"), "0.25"),
    (re.compile(r"^three quarters of an?$"), "0.75"),
)


_ROUGHLY = re.compile(r"(?:about|around|nearly|almost|roughly|some|approximately) ")


def count_form(text: str) -> str | None:
    """'at least seven' -> '>=7', 'about 50' -> '~50', '1,200' -> '1200', 'half a' (mile) ->
    '0.5'; None if no count."""
    lowered = " ".join(text.casefold().replace("-", " ").split())
    lowered = lowered.removeprefix("the ")  # "covering the 26 miles"
    bound = next((sign for pattern, sign in _BOUND_WORDS if pattern.search(lowered)), "")
    for pattern, _ in _BOUND_WORDS:
        lowered = pattern.sub(" ", lowered)
    bare = " ".join(lowered.split())
    roughly = _ROUGHLY.match(bare)
    bare = bare[roughly.end() :] if roughly else bare
    fraction = next((value for pattern, value in _FRACTIONS if pattern.match(bare)), None)
    if fraction is not None:
        return f"{bound or ('~' if roughly else '')}{fraction}"
    digits = normalize_number(_currency().sub(" ", lowered).strip())
    match = _COUNT.match(digits)
    if match is None:
        return None
    return f"{bound or match.group(1) or ''}{match.group(2)}"


def at_most(count: str) -> str:
    """A count's form made an upper bound ("8" -> "<=8"): a figure that has risen to it. One
    already bounded or approximate keeps its form."""
    match = _COUNT.match(count)
    return f"<={match.group(2)}" if match and not match.group(1) else count


# "12 per cent", "18%", "about 40 percent": a share, compared as an amount in the unit "percent".
_PERCENT = re.compile(r"\s*(?:per\s*cent|percent|%)\s*$", re.IGNORECASE)
PERCENT = "percent"


def percent_form(text: str) -> str | None:
    """'nearly 50 per cent' -> '~50 percent'; None when the text is no share. A share is set
    against another like a sum in one currency: "a 12 per cent pay claim" against "an 18% pay
    hike" is a disagreement, 12 against "about 12%" none."""
    if not _PERCENT.search(text):
        return None
    count = count_form(_PERCENT.sub("", text))
    return f"{count} {PERCENT}" if count else None


# "US$5 million", "NZ$4m": the country letters before a symbol only say whose dollar.
_PREFIXED_SYMBOL = re.compile(r"\b[A-Z]{1,3}([$€£¥])")
_SHORT_SCALES = (("bn", "billion"), ("mn", "million"), ("m", "million"), ("k", "thousand"))
# What the NER leaves out of a sum of money: the symbol before ("£" of "£40m"), the scale and
# the currency after ("40" of "£40m"; "4.2 million" of "4.2 million euros").
_BEFORE_AMOUNT = re.compile(r"(?:\b[A-Z]{1,3})?[$€£¥]\s?$")


@cache
def _after_amount() -> re.Pattern[str]:
    """What may follow a sum's number: a scale, then a currency ("m", " million euros")."""
    return re.compile(
        r"^(?:\s?(?:bn|mn|m|k)\b)?"
        rf"(?:\s+(?:pounds?\s+sterling|{_CURRENCY_NAMES}|{_other_currencies()})\b)?",
        re.IGNORECASE,
    )


def amount_span(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The span of a number in a sentence widened to the whole sum of money around it."""
    before = _BEFORE_AMOUNT.search(sentence[:start])
    after = _after_amount().match(sentence[end:])
    return (before.start() if before else start), end + (after.end() if after else 0)


def names_currency(words: str) -> bool:
    """Whether words name a currency ("dollars", "million escudos"): a count of it is a sum."""
    return _currency().search(words) is not None


# Pence, a hundredth of a pound, as British prices are written: "Visitors pay 20p", "80 pence"
# (the model takes "50p" for a date).
_PENCE = re.compile(r"([^$€£¥]+?)\s?(?:p|pence)", re.IGNORECASE)
_HUNDREDTH = 0.01


def amount_form(text: str) -> str | None:
    """'40 million euros' -> '40000000 EUR', '$4m' -> '4000000 USD', '50p' -> '0.5 GBP'; None
    without a currency."""
    if pence := _PENCE.fullmatch(text.strip()):
        count = count_form(pence.group(1))
        return f"{_scaled(count, _HUNDREDTH)} GBP" if count else None
    found = _currency().search(text)
    if found is None:
        return None
    written = found.group(0).casefold()
    word = written.rstrip("s") if len(written) > 1 else written
    currency = CURRENCIES.get(word, CURRENCIES.get(written, "")) or currency_words().get(
        written, ""
    )
    count = scaled_count(_PREFIXED_SYMBOL.sub(r"\1", text))
    return f"{count} {currency}" if count and currency else None


# A currency no list knows, as invented countries' are written: a code of three capitals before
# a figure ("TLV 5.2m"), or a word no English dictionary holds after one ("3 million talvers",
# "38,000 dalers"). A code names its currency itself; a word its singular.
_CODE_BEFORE = re.compile(r"\b([A-Z]{3})\s?$")
# The word after a figure, in lower case or in a tabloid's capitals ("a 60,000 SOVAL prize"); a
# capitalised word after a figure is a name more often than a currency ("40,000 Euston"), and
# capitals shorter than five letters an acronym ("500 NHS staff", "20 UN peacekeepers").
_WORD_AFTER = re.compile(
    r"^(?:\s?(?i:bn|mn|m|k)\b|\s+(?i:thousand|million|billion)\b)?\s+([a-z]{3,}|[A-Z]{5,})\b(?![-'])"
)


# Words for people by what they do, which a dictionary may lack ("ploughmen", "linesmen",
# "ploughwomen"): no currency ends so.
_PEOPLE_BY_TRADE = re.compile(r"(?:men|man|women|woman|folk|people)$", re.IGNORECASE)


def _unknown_word(word: str) -> bool:
    """Whether no English dictionary holds the word, nor its singular."""
    counts = english_counts()
    return word not in counts and word.removesuffix("s") not in counts


def other_currency_sum(sentence: str, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, normal form) of the sum of money a figure at `start:end` is in a currency
    CURRENCIES and CLDR do not name: 'TLV 5.2m' -> '5200000 TLV', '3 million talvers' ->
    '3000000 talver'; None when the figure has no such currency beside it."""
    if (code := _CODE_BEFORE.search(sentence[:start])) and _unknown_word(code.group(1).lower()):
        scale = _after_amount().match(sentence[end:])
        end += scale.end() if scale else 0
        count = scaled_count(sentence[start:end])
        # A sum has a scale, a fraction or two digits; "the CEO 5" is none.
        if count is None or not re.search(r"[.\d]\d|m|bn", sentence[start:end]):
            return None
        return code.start(1), end, f"{count} {code.group(1)}"
    word = _WORD_AFTER.match(sentence[end:])
    if word is None or not _unknown_word(word.group(1).lower()):
        return None
    if _PEOPLE_BY_TRADE.search(word.group(1)):
        return None  # "112 ploughmen and ploughwomen took part": people, whatever the dictionary
    figure = sentence[start : end + word.start(1)]
    if not re.search(r"\d|million|billion|thousand", figure, re.IGNORECASE):
        return None  # "nine koi carp": a count in words, of a thing the dictionary lacks
    count = scaled_count(figure)
    unit = word.group(1).lower().removesuffix("s")
    return (start, end + word.end(), f"{count} {unit}") if count else None


def same_unit(first: str, second: str) -> bool:
    """Whether two amounts' units are one currency: the same, or a code and the name it is
    made from ("TLV" and "talver": the code's letters in order, from the name's first)."""
    if first == second:
        return True
    code, name = sorted((first, second), key=str.islower)
    if len(code) != 3 or not code.isupper() or not name.islower() or name[0] != code[0].lower():
        return False
    rest = iter(name[1:])
    return all(letter in rest for letter in code[1:].lower())


def scaled_count(text: str) -> str | None:
    """`count_form` with the short scales of sums spelled out: '6.5m' -> '6500000'."""
    for short, scale in _SHORT_SCALES:
        text = re.sub(rf"(\d)\s*{short}\b", rf"\1 {scale}", text)
    return count_form(text)


# "another six months", "a further two weeks": the length that is left, a duration like any;
# "the past two years" the length so far.
_FURTHER = re.compile(
    r"^\s*(?:another|a\s+further|an\s+additional|(?:the\s+)?(?:past|last|next|previous))\s+",
    re.IGNORECASE,
)
# Words that say which kind of unit, not how many: "two academic years", "three full days".
_UNIT_KIND = re.compile(
    r"\s+(?:academic|school|full|calendar|financial|working|whole|straight|consecutive)"
    r"(?=\s+(?:day|week|month|year|hour|minute)s?\b)",
    re.IGNORECASE,
)


# "four and a half years", "two-and-a-half months": a count and a half.
_AND_A_HALF = re.compile(r"[\s-]+and[\s-]+a[\s-]+half\b", re.IGNORECASE)
# "a little over three hours" is more than three ("a little" is no count of one).
_A_LITTLE = re.compile(r"\ba\s+(?:little|bit)\s+(?=over\b|under\b|more\b|less\b)", re.IGNORECASE)


# "five years ago", "a day earlier", "two weeks later": when something happened, not how long
# anything lasted.
_RELATIVE = re.compile(r"\b(?:ago|earlier|later|before|after|afterwards|previously)\W*$", re.I)


# How long ago something happened, which is how long it has been so since: "lost her ring 16
# years ago" against "for 21 years the ring lay in the soil".
_AGO = re.compile(r"^(.*\b(?:day|week|month|year|decade)s?)\s+ago\W*$", re.IGNORECASE)


def ago_form(text: str) -> str | None:
    """'16 years ago' -> '16 year': the time since the event a value of "ago" dates."""
    match = _AGO.match(text.strip())
    return duration_form(match.group(1)) if match else None


# A length told in two units, "17 hours 51 minutes", "two days and six hours": how many of the
# smaller unit there are in the larger, to tell it in the smaller ("18 hours 4 minutes" and
# "18 hours 20 minutes" are two lengths, not both "18 hours").
_IN_SMALLER = {("hour", "minute"): 60, ("day", "hour"): 24, ("year", "month"): 12,
               ("week", "day"): 7, ("minute", "second"): 60}  # fmt: skip
_TWO_UNITS = re.compile(
    r"^(.*?\b(day|week|year|hour|minute)s?)\s*,?\s+(?:and\s+)?(\S+)\s+(hour|day|month|minute|second)s?\b",
    re.IGNORECASE,
)


def _in_smaller_unit(text: str) -> str | None:
    """'17 hours 51 minutes' -> '1071 minute'; None unless a length in two units."""
    two = _TWO_UNITS.match(text)
    factor = two and _IN_SMALLER.get((two[2].casefold(), two[4].casefold()))
    if not two or not factor:
        return None
    larger, smaller = duration_form(two[1]), count_form(two[3])
    whole = _count(_split_unit(larger)[0]) if larger else None
    if whole is None or not smaller or not smaller.isdigit():
        return None
    bound, value = whole
    return f"{bound}{value * factor + int(smaller):g} {two[4].casefold()}"


# The smaller unit written after a length, which the NER labels a length of its own: "and 47
# minutes" of "five hours and 47 minutes".
_SMALLER_AFTER = re.compile(
    r"\s*,?\s+(?:and\s+)?\S+\s+(?:hour|day|month|minute|second)s?\b", re.IGNORECASE
)


def smaller_unit_end(sentence: str, start: int, end: int) -> int:
    """Where a length at `start`..`end` ends with the smaller unit written after it ("five
    hours" of "five hours and 47 minutes"): `end` when none follows. Read as one length, it is
    not the "seven hours and ten minutes" of another report, nor as long as "five hours"."""
    after = _SMALLER_AFTER.match(sentence, end)
    if after and _in_smaller_unit(sentence[start : after.end()]):
        return after.end()
    return end


# A decade is ten years: "has kept koi for three decades" is the "30 years" another report gives.
_DECADE = re.compile(r"\bdecades?\b", re.IGNORECASE)


# How often, as a length of time between two: "held every five years", "every year".
_EVERY = re.compile(r"(?:every|each)\s+", re.IGNORECASE)


def how_often(text: str) -> bool:
    """Whether a length of time is one between two events ("every five years")."""
    return _EVERY.match(text) is not None


def duration_form(text: str) -> str | None:
    """'five-year' -> '5 year', 'at least six weeks' -> '>=6 week', 'four and a half years' ->
    '4.5 year', '17 hours 51 minutes' -> '1071 minute', 'three decades' -> '30 year'; None if
    not a duration (a time told relative to another: "five years ago")."""
    if _RELATIVE.search(text):
        return None
    if every := _EVERY.match(text):  # "every five years": the length between two
        rest = re.sub(r"^other\s+", "two ", text[every.end() :], flags=re.IGNORECASE)
        text = rest if _DURATION.match(rest) is None else f"one {rest}"
    if two_units := _in_smaller_unit(text):
        return two_units
    text = FORTNIGHT.sub("two weeks", _UNIT_KIND.sub("", _FURTHER.sub("", text)))
    unit = _DURATION.search(text)
    if unit is None and (decade := _DECADE.search(text)):
        decades = _count_of_unit(text, decade, one_unit=True)
        return f"{_scaled(decades, 10)} year" if decades else None
    if unit is None:
        return None
    count = _count_of_unit(text, unit, one_unit=True)
    return f"{count} {_UNITS[unit.group(1).casefold()]}" if count else None


_BOUND_A = re.compile(
    r"\b(?:nearly|almost|about|around|roughly|over|under|more\s+than|less\s+than)\s+an?\s*$",
    re.IGNORECASE,
)


def _count_of_unit(text: str, unit: re.Match[str], one_unit: bool) -> str | None:
    """The count of a unit written in `text` at `unit`, halves included: "four and a half
    years" -> '4.5', "an hour and a half" -> '1.5', "about half a mile" -> '~0.5'. "a" or
    "an" alone is one unit only when `one_unit` ("about an hour": lengths of time are told so;
    "a mile from the shore" measures nothing)."""
    before, half = _A_LITTLE.sub("", text[: unit.start()]), False
    if _AND_A_HALF.search(before):
        before, half = _AND_A_HALF.sub("", before), True
    elif _AND_A_HALF.match(text, unit.end()):  # "an hour and a half"
        half = True
    if written := re.search(r"\bhalf\s+an?\s*$", before, re.IGNORECASE):  # "half a year"
        before, half = before[: written.start()], True
    # "a day", "about an hour": one, with any bound written before it; a measure only with
    # a bound ("weighs nearly a tonne", not "a mile from the shore")
    a_unit = re.search(r"\ban?\s*$", before) and (one_unit or half or _BOUND_A.search(before))
    one = re.sub(r"\ban?\s*$", "one", before) if a_unit else None
    count = count_form(before) or (count_form(one) or "1" if one is not None else None)
    if count is None and half and not before.strip():
        count, half = "0.5", False
    elif count is None and half and (bound := count_form(f"{before} 1")):
        count, half = _scaled(bound, 0.5), False  # "about half a mile", "over half an hour"
    if count and half:
        match = _COUNT.match(count)
        count = f"{match.group(1) or ''}{float(match.group(2)) + 0.5:g}" if match else None
    return count


STONE = "stone"
# Units of measure as news writes them -> one name each: "1,200 tonnes of oil", "ninety-five
# metres tall", "a 12km slick", "temperatures reached 31C". Two sources in different units are
# compared in one unit per dimension, a converted figure as approximate (`_in_base_unit`: "about
# 40 feet" and "12 metres" may both be right); units of no listed dimension make no claim.
_MEASURES = {
    "tonne": "tonne", "tonnes": "tonne", "ton": "ton", "tons": "ton", "kilogram": "kg",
    "kilograms": "kg", "kg": "kg", "kilo": "kg", "kilos": "kg", "metre": "metre",
    "metres": "metre", "meter": "metre", "meters": "metre", "kilometre": "km",
    "kilometres": "km", "kilometer": "km", "kilometers": "km", "km": "km", "mile": "mile",
    "miles": "mile", "foot": "foot", "feet": "foot", "ft": "foot", "hectare": "hectare",
    "hectares": "hectare", "acre": "acre", "acres": "acre", "litre": "litre",
    "litres": "litre", "liter": "litre", "liters": "litre", "gallon": "gallon",
    "gallons": "gallon", "barrel": "barrel", "barrels": "barrel", "degrees celsius": "°C",
    "celsius": "°C", "°c": "°C", "c": "°C", "degrees fahrenheit": "°F", "fahrenheit": "°F",
    "°f": "°F", "f": "°F", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm",
    "centimeters": "cm", "cm": "cm", "millimetre": "mm", "millimetres": "mm",
    "millimeter": "mm", "millimeters": "mm", "mm": "mm", "lb": "lb", "lbs": "lb", "oz": "oz",
    "ounce": "oz", "ounces": "oz", "yard": "yard", "yards": "yard", "yd": "yard",
    "mph": "mph", "km/h": "km/h", "kph": "km/h", "stone": "stone", "inch": "inch",
    "inches": "inch", "decibel": "dB", "decibels": "dB", "db": "dB",
}  # fmt: skip
# "80 miles an hour", "110 kilometres per hour": a speed, not a distance.
_PER_HOUR = re.compile(r"\s+(?:an|per|a)\s+hour\b", re.IGNORECASE)
_SPEEDS = {"mile": "mph", "km": "km/h"}
# Parts of a metre, read in metres: "70cm wide" against "1.2 metres wide" is one width.
_IN_METRES = {"cm": 0.01, "mm": 0.001}
# A weight in pounds and ounces ("weighed 7lb 2oz", "an 8lb baby") is read in ounces, the
# ounces written after the pounds included. ("Pounds" spelled out is money more often.)
_OUNCES_AFTER = re.compile(r"\s*(\d{1,2})\s?(?:oz|ounces?)\b", re.IGNORECASE)
_POUNDS_BEFORE = re.compile(r"\d\s?lbs?$", re.IGNORECASE)
_OUNCES_IN_A_POUND = 16
OUNCE = "oz"
# What each unit measures: a question asking a mass is not answered by a length.
_QUANTITY_OF_UNIT = {
    "tonne": "mass", "ton": "mass", "kg": "mass", "metre": "length", "km": "length",
    "mile": "length", "foot": "length", "hectare": "area", "acre": "area", "litre": "volume",
    "gallon": "volume", "barrel": "volume", "°C": "temperature", "°F": "temperature",
    "cm": "length", "mm": "length", "oz": "mass", "yard": "length", "mph": "speed",
    "km/h": "speed", "stone": "mass", "inch": "length", "dB": "loudness",
}  # fmt: skip


def dimension_of(unit: str) -> str | None:
    """What a unit word or a measure's form measures ('tonnes', '24 tonne' -> 'mass'; a
    'square' length is an area), None for a unit the list does not know."""
    words = unit.split()
    name = _MEASURES.get(words[-1].casefold(), words[-1]) if words else ""
    dimension = _QUANTITY_OF_UNIT.get(name)
    if dimension == "length" and "square" in words:
        return "area"
    if dimension == "length" and "cubic" in words:
        return "volume"
    return dimension


# The units' words as a question may write them ("How many miles ...?", "tonnes of oil").
# (Not "yard" alone, which a question writes of a place far more often: "the livery yard".)
# Nor "stone", which is more often what a thing is built of: "Which stone bridge ...?".
UNIT_PATTERN = "|".join(
    sorted(
        unit
        for unit in _MEASURES
        if unit.isalpha() and len(unit) > 1 and unit not in ("yard", STONE)
    )
)
# The unit words, longest first, as one alternation. A stone is a weight only where no noun
# follows it ("tipped the scales at four stone, and", "a 15-stone man"), not in "three stone
# arches".
_STONE = (
    r"(?<=-)stone|stone(?=\s*(?:[^\w\s-]|$|\d|(?:and|or|but|when|in|of|to|at|by|with|after|"
    r"before|as|than|lighter|heavier|more|less)\b))"
)
_UNIT_WORDS = "|".join(
    [*sorted((unit for unit in _MEASURES if unit != STONE), key=len, reverse=True), _STONE]
)
_MEASURE = re.compile(rf"(?:\b|(?<=\d))(square\s+|cubic\s+)?({_UNIT_WORDS})\b", re.IGNORECASE)


# A scale named before its figure: "a magnitude 5.8 earthquake", "a magnitude of 6.4".
MAGNITUDE = "magnitude"
_SCALE_BEFORE = re.compile(rf"\b{MAGNITUDE}(?:\s+of)?\s+$", re.IGNORECASE)


def scale_before(sentence: str, start: int, count: str) -> str | None:
    """The measure of a figure whose scale is written before it ('5.8 magnitude'), or None."""
    return f"{count} {MAGNITUDE}" if _SCALE_BEFORE.search(sentence[:start]) else None


def measure_form(text: str) -> str | None:
    """'about 1,200 tonnes' -> '~1200 tonne', 'ninety-five metres' -> '95 metre', '12km' ->
    '12 km'; None without a unit of `_MEASURES` or a count before it."""
    unit = _MEASURE.search(text)
    if unit is None:
        return None
    count = _count_of_unit(text, unit, one_unit=False)
    shape = (unit.group(1) or "").split()
    unit_name = _MEASURES[unit.group(2).casefold()]
    if unit_name in _SPEEDS and _PER_HOUR.match(text, unit.end()):
        unit_name = _SPEEDS[unit_name]  # "gusts of 80 miles an hour"
    if count and unit_name in _IN_METRES and not shape:
        count, unit_name = _scaled(count, _IN_METRES[unit_name]), "metre"
    if count and unit_name == "lb":
        ounces = _OUNCES_AFTER.match(text, unit.end())
        extra = float(ounces.group(1)) if ounces else 0.0
        count, unit_name = _scaled(count, _OUNCES_IN_A_POUND, extra), OUNCE
    name = " ".join([*shape, unit_name])
    return f"{count} {name}" if count else None


def _scaled(count: str, factor: float, plus: float = 0.0) -> str:
    """A count form ('~70') multiplied (and `plus` added), its bound kept ('~0.7')."""
    match = _COUNT.match(count)
    return f"{match.group(1) or ''}{float(match.group(2)) * factor + plus:g}" if match else count


# What a length measures, when written right after it: "15 metres across", "10 metres deep", "a
# 15-metre-wide hole", "ninety-five metres tall", "40 km long".
DIMENSION_WORDS = {
    "wide": "width", "across": "width", "broad": "width", "deep": "depth", "high": "height",
    "tall": "height", "long": "length",
}  # fmt: skip
DIMENSIONS = frozenset(DIMENSION_WORDS.values())
_DIMENSION_AFTER = re.compile(
    r"[\s-]*(" + "|".join(DIMENSION_WORDS) + r")\b(?![\s-]+(?:as|than)\b)", re.IGNORECASE
)


def dimension_after(sentence: str, end: int) -> str | None:
    """The dimension a length ending at `end` measures ("width" of "15 metres across"), or None
    when no dimension word follows it ("as long as a bus" compares, it measures nothing)."""
    written = _DIMENSION_AFTER.match(sentence, end)
    return DIMENSION_WORDS[written.group(1).casefold()] if written else None


_HALF_OF_UNIT = re.compile(
    _AND_A_HALF.pattern + r"[\s-]+(?:day|week|month|year|hour|minute)s?\b", re.IGNORECASE
)


def half_end(sentence: str, end: int) -> int:
    """Where a count ending at `end` ends with "and a half" and its unit ("three" of
    "three-and-a-half-year deal", which the NER labels a number): `end` when none follows."""
    half = _HALF_OF_UNIT.match(sentence, end)
    return half.end() if half else end


_POUNDS_AND_A_FIGURE = re.compile(r"\d\s?lbs?\s+\d{1,2}$", re.IGNORECASE)
_OUNCE_UNIT = re.compile(r"\s?(?:oz|ounces?)\b", re.IGNORECASE)


def ounces_end(sentence: str, start: int, end: int) -> int:
    """Where a weight the NER cut before its ounces ends ("8lb 4" of "8lb 4oz"): `end` when
    the figure at start..end is no such weight."""
    if not _POUNDS_AND_A_FIGURE.search(sentence, start, end):
        return end
    unit = _OUNCE_UNIT.match(sentence, end)
    return unit.end() if unit else end


_FIGURE_FIRST = re.compile(r"\d[\d,.]*")


def leading_measure(text: str) -> int | None:
    """Where a measure a text begins with ends ("40ft" of "40ft Christmas", which the NER took
    for a date); None when it begins with none."""
    figure = _FIGURE_FIRST.match(text)
    if figure is None:
        return None
    end = measure_end(text, figure.end())
    return end if end > figure.end() and measure_form(text[:end]) else None


_FRACTION_BEFORE = re.compile(r"\b(?:quarters?|half)$", re.IGNORECASE)


def a_fraction(text: str) -> bool:
    """Whether a figure is a fraction written in words ("a quarter", "half"), a measure only
    with the unit after it."""
    return bool(_FRACTION_BEFORE.search(text))


_OF_A = re.compile(r"\s+(?:of\s+)?an?\s+", re.IGNORECASE)  # "a quarter of a", "half a"
# A unit the NER ended a measure at, with "and a half" after it: "a mile" of "a mile and a half".
_UNIT_AT_END = re.compile(rf"\b(?:{_UNIT_WORDS})$", re.IGNORECASE)


def unit_at_end(text: str) -> bool:
    """Whether a mention ends with a unit of measure ("a mile"): a measure, if anything after it
    ("and a half") makes it one."""
    return bool(_UNIT_AT_END.search(text))


def measure_end(sentence: str, end: int) -> int:
    """Where a figure ending at `end` ends with the unit of measure written after it ("1,200"
    of "1,200 tonnes", which the NER may label a plain number): `end` when no unit follows.
    "and a half" after a unit is read with it ("a mile" of "a mile and a half")."""
    if _POUNDS_BEFORE.search(sentence, 0, end) and (ounces := _OUNCES_AFTER.match(sentence, end)):
        return ounces.end()  # the NER's "8lb" of "8lb 4oz"
    if _UNIT_AT_END.search(sentence, 0, end) and (half := _AND_A_HALF.match(sentence, end)):
        return half.end()
    at = end + (sentence[end : end + 1] == " ")
    if _FRACTION_BEFORE.search(sentence, 0, end) and (of := _OF_A.match(sentence, end)):
        at = of.end()  # the NER's "a quarter" of "a quarter of a mile"
    unit = _MEASURE.match(sentence, at)
    if unit is None:
        return end if (per_hour := _PER_HOUR.match(sentence, end)) is None else per_hour.end()
    if (per_hour := _PER_HOUR.match(sentence, unit.end())) is not None:
        return per_hour.end()  # "80" of "80 miles an hour"
    ounces = _OUNCES_AFTER.match(sentence, unit.end())
    return ounces.end() if ounces and _MEASURES[unit.group(2).casefold()] == "lb" else unit.end()


def _count(form: str) -> tuple[str, float] | None:
    match = _COUNT.match(form)
    return (match.group(1) or "", float(match.group(2))) if match else None


def _one_digit(value: float) -> bool:
    """Whether a figure is written to one significant digit (50, 60,000, 7), not more (180,
    23,000, 4.5)."""
    return value == int(value) and len(str(int(value)).strip("0")) <= 1


def _interval(bound: str, value: float, as_written: bool = True) -> tuple[float, float, bool, bool]:
    """The values a count admits, as (low, high, low is open, high is open). `as_written`:
    the figure is the one the text gives, not one converted from another unit."""
    if bound == ">=":
        return value, math.inf, False, True
    if bound == ">":
        return value, math.inf, True, True
    if bound == "<=":
        return -math.inf, value, True, False
    if bound == "<":
        return -math.inf, value, True, True
    if bound == "~":
        # Open: "about 60,000" is within a fifth of 60,000, so 48,000 (a fifth below) is not it;
        # a figure written to two digits or more is rounded finer, within half that: "about
        # 180" is not 212, "about 12" is 13
        finer = as_written and not _one_digit(value)
        half = value * APPROXIMATE_MARGIN / (2 if finer else 1)
        return value - half, value + half, True, True
    return value, value, False, False


def counts_compatible(first: str, second: str, as_written: bool = True) -> bool:
    """Two counts agree when some value satisfies both: "at least 7" and 9, "about 50" and 55,
    "more than 20" and "at least 30"; "about 23,000" and "about 38,000" do not, nor "about
    180" and 212. A figure at a bound's edge agrees with it ("more than 30 years" and "kept
    chickens for 30 years"): one report rounds what the other bounds. `as_written`: as
    `_interval`'s."""
    a, b = _count(first), _count(second)
    if a is None or b is None:
        return True
    if {a[0], b[0]} in ({">", ""}, {"<", ""}) and a[1] == b[1]:
        return True
    return _overlap(_interval(*a, as_written), _interval(*b, as_written))


def _overlap(
    first: tuple[float, float, bool, bool], second: tuple[float, float, bool, bool]
) -> bool:
    """Whether two intervals (low, high, low is open, high is open) share a value."""
    low_a, high_a, open_low_a, open_high_a = first
    low_b, high_b, open_low_b, open_high_b = second
    # The tighter end of each side; on a tie the open end, which admits less.
    low, open_low = max((low_a, open_low_a), (low_b, open_low_b))
    high, closed_high = min((high_a, not open_high_a), (high_b, not open_high_b))
    return low < high or (low == high and not open_low and closed_high)


def _narrows_count(first: str, second: str) -> bool:
    """Whether every count `first` admits `second` admits too, and not the reverse: "more than
    300" narrows "more than a hundred"."""
    a, b = _count(first), _count(second)
    if a is None or b is None:
        return False
    low_a, high_a, *_ = _interval(*a)
    low_b, high_b, *_ = _interval(*b)
    return low_b <= low_a and high_a <= high_b and (low_a, high_a) != (low_b, high_b)


def narrows(kind: str, first: str, second: str) -> bool:
    """Whether one value of a source says all another of its values says, and more ("more
    than 300 passengers" beside "more than a hundred"): the wider then tells nothing of its
    own, and must not make the source agree with a third ("about 210")."""
    if kind in ("count", "age"):
        return _narrows_count(first, second)
    if kind in ("amount", "duration", "measure"):
        (count_a, unit_a), (count_b, unit_b) = _split_unit(first), _split_unit(second)
        return same_unit(unit_a, unit_b) and _narrows_count(count_a, count_b)
    return False


def _split_unit(form: str) -> tuple[str, str]:
    count, _, unit = form.partition(" ")
    return count, unit


# Units in days, so that "about three weeks" can be set against "two months", and "about 40
# minutes" against "nearly two hours".
_DAYS = {
    "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
    "month": 30.44, "year": 365.25,
}  # fmt: skip


# Units of no fixed length in days: "eight weeks" is as good as "two months".
_CALENDAR_UNITS = frozenset(["month", "year"])


def _in_days(count: str, unit: str) -> str | None:
    """A duration's count in days: exact for a unit of fixed length ("a fortnight" is 14 days,
    so not the "ten days" another outlet gives; "36 hours" is not "two days"), approximate for
    a month or a year ("8 month" -> "~243.52")."""
    parsed = _count(count)
    if parsed is None or unit not in _DAYS:
        return None
    bound, value = parsed
    if unit in _CALENDAR_UNITS:
        bound = bound or "~"
    return f"{bound}{value * _DAYS[unit]:g}"


# Units of length, mass and area in the one each dimension is compared in: "more than 60FT"
# (18 metres or more) is not the "11 metres" the water dropped by another report.
_IN_BASE_UNIT = {
    "metre": ("metre", 1.0), "km": ("metre", 1000.0), "mile": ("metre", 1609.344),
    "yard": ("metre", 0.9144), "foot": ("metre", 0.3048), "kg": ("kg", 1.0),
    "tonne": ("kg", 1000.0), "lb": ("kg", 0.45359237), "oz": ("kg", 0.028349523),
    "stone": ("kg", 6.35029318),
    "hectare": ("square metre", 10_000.0), "acre": ("square metre", 4046.8564),
}  # fmt: skip


def _in_base_unit(count: str, unit: str) -> tuple[str, str] | None:
    """A measure's count in its dimension's one unit (`_IN_BASE_UNIT`), and that unit; a
    figure converted from another unit is approximate ("about 40 feet" is 12 metres)."""
    parsed = _count(count)
    if parsed is None or unit not in _IN_BASE_UNIT:
        return None
    bound, value = parsed
    base, factor = _IN_BASE_UNIT[unit]
    if base != unit:
        bound = bound or "~"
    return f"{bound}{value * factor:.12g}", base


def _base_interval(count: str, unit: str) -> tuple[float, float, bool, bool] | None:
    """The values a measure admits in its dimension's one unit (`_IN_BASE_UNIT`). A figure
    written with no bound is as exact as it is written, converted or not: "1.2 tonnes" is
    1,150 to 1,250kg, not the "around 900kg" another outlet gives; "40 feet" is 36 to 44 feet
    (`ROUNDED_WITHIN`), so it may be the "12 metres" of another. A bounded one is as
    `_interval` reads it."""
    parsed = _count(count)
    if parsed is None or unit not in _IN_BASE_UNIT:
        return None
    bound, value = parsed
    base, factor = _IN_BASE_UNIT[unit]
    if bound or base == unit:
        return _interval(bound, value * factor, as_written=base == unit)
    half = min(_written_step(count) / 2, value * ROUNDED_WITHIN) * factor
    return value * factor - half, value * factor + half, False, False


# How far a figure ending in zeros may have been rounded, at most, as a share of it: "40 feet"
# may be 36 to 44 feet (12 metres fits), "20FT" 18 to 22 feet (not "about four metres").
ROUNDED_WITHIN = 0.1


def _written_step(figure: str) -> float:
    """The place of a figure's last written digit: 0.1 for "1.2", 10 for "40", 1 for "12"."""
    whole, _, decimals = figure.partition(".")
    if decimals:
        return 10.0 ** -len(decimals)
    return 10.0 ** (len(whole) - len(whole.rstrip("0"))) if whole.strip("0") else 1.0


def with_unit_compatible(first: str, second: str) -> bool:
    """Amounts, durations and measures: the same unit and compatible counts; calendar
    durations in different units compared in days, lengths, masses and areas in one unit each
    (other units: no claim)."""
    (count_a, unit_a), (count_b, unit_b) = _split_unit(first), _split_unit(second)
    if same_unit(unit_a, unit_b):
        return counts_compatible(count_a, count_b)
    based_a, based_b = _in_base_unit(count_a, unit_a), _in_base_unit(count_b, unit_b)
    if based_a and based_b and based_a[1] != based_b[1]:
        return True
    spans_a, spans_b = _base_interval(count_a, unit_a), _base_interval(count_b, unit_b)
    if spans_a and spans_b:
        return _overlap(spans_a, spans_b)
    days_a, days_b = _in_days(count_a, unit_a), _in_days(count_b, unit_b)
    return days_a is None or days_b is None or counts_compatible(days_a, days_b, False)


def magnitude(kind: str, normalized: str) -> tuple[str, float] | None:
    """A count, amount or duration as (unit, size): the currency of an amount, a duration in
    days (nights in nights: "two nights" may be a three-day trip); None for other kinds or
    values that do not parse."""
    with_unit = kind in ("amount", "duration", "measure")
    count, unit = _split_unit(normalized) if with_unit else (normalized, "")
    if kind == "duration" and unit != "night":
        count, unit = _in_days(count, unit) or "", ""
    if kind == "measure" and (based := _in_base_unit(count, unit)):
        count, unit = based
    parsed = _count(count) if kind in ("count", "amount", "duration", "measure") else None
    return (unit, parsed[1]) if parsed else None


# How far apart two sources' figures for one thing may lie: the widest planted disagreement of
# the training sets' dev halves is 600,000 against 2.6 million francs (4.3 times).
ONE_THING_RATIO = 5.0


def same_order(kind: str, first: str, second: str, ratio: float = ONE_THING_RATIO) -> bool:
    """Whether two values are of one unit and within `ratio` of each other: how far apart two
    outlets' figures for one thing lie, when they disagree ("about 54,000" against "more than
    90,000"), unlike a story's figures for different things ("a crossing of about 90 minutes",
    "the past three years")."""
    a, b = magnitude(kind, first), magnitude(kind, second)
    if a is None or b is None or not same_unit(a[0], b[0]) or min(a[1], b[1]) <= 0:
        return False
    return max(a[1], b[1]) / min(a[1], b[1]) <= ratio


# Words that change which office a title names: a deputy governor is not the governor.
_RANK_WORDS = frozenset(
    [
        "deputy",
        "vice",
        "assistant",
        "acting",
        "former",
        "interim",
        "associate",
        "lieutenant",
        "chief",
        "senior",
        "junior",
        "co",
        "ex",
    ]
)


# Rank words that say the top of a post: "the chief arbiter" is the arbiter an outlet names as
# "arbiter Mireille Qualen" (a deputy governor is not the governor).
_ABOVE = frozenset(["chief", "senior"])


# Posts a company has one of per department: "operations director" and "managing director"
# are two posts, which the word before the head tells ("+operations" in the comparable form);
# "head of entertainment" is read as "entertainment head" (`people.roles`).
DEPARTMENT_HEADS = frozenset(["director", "manager", "officer", "editor", "head"])
# Words before such a head that name no department: where the post is, or how high.
_NO_DEPARTMENT = frozenset(
    ["the", "a", "an", "s", "its", "his", "her", "their", "provincial", "regional", "national",
     "local", "county", "city", "state", "district", "new", "former", "general"]
) | _RANK_WORDS  # fmt: skip


def role_form(words: str) -> str:
    """A title in comparable form: its rank words, the department a director or manager heads
    ('operations director') or the body a member sits on ('cabinet member'), a job it is a
    grade of ('consultant toxicologist'), and its head noun ('Deputy Governor' -> 'deputy
    governor'); adjectives of place ('provincial') are dropped."""
    tokens = [w for w in re.findall(r"[a-z]+", words.casefold())]
    ranks = sorted({w for w in tokens if w in _RANK_WORDS})
    head = tokens[-1] if tokens else ""
    before = tokens[-2] if len(tokens) > 1 else ""
    # the body a seat is in, as a department ("cabinet member", "board member")
    headed = head in DEPARTMENT_HEADS or head == "member"
    department = [before] if headed and before not in _NO_DEPARTMENT else []
    if before in JOBS and before != head and not department:
        department = [before]
    return " ".join([*ranks, *department, head]).strip()


# Posts a person holds one of at a time: "chief executive" and "finance director" of one company
# cannot both be what she is now, while "governor" and "spokesman", or "mayor" and "lawyer", can.
_POSTS = TITLES | POSTS_HELD_ALONE | frozenset(["executive", "ceo", "manager", "coach", "chair"])
# Offices one is elected or appointed to beside a profession: a mayor may be a lawyer too.
_ELECTED = frozenset(
    ["governor", "mayor", "president", "minister", "senator", "chancellor", "secretary",
     "councillor", "mp", "chairman", "chairwoman", "chair", "sheriff"]
)  # fmt: skip
# The top posts of a company that one person often holds together ("president and chief
# executive"): one outlet naming each is no contradiction. A chairman is not the chief executive
# (the hand-written corpora's authors, writing blind, all set the two against each other).
_JOINT_POSTS = frozenset(["president", "executive", "ceo"])


def is_job(head: str) -> bool:
    """Whether a role's head noun is a job (`lexicon.JOBS`), not an office or what else a
    person is ("a father of two")."""
    if head in NOT_JOBS or head in NO_ONE:
        return False
    return head in JOBS or bool(re.search(JOB_ENDING, head))


def _held_alone(head: str, departments: set[str]) -> bool:
    """Whether a post is one a person holds one of at a time (`_POSTS`), a department's head
    among them: "Solvarra's chairwoman" is not its "chief financial officer"; and a seat in a
    named body, which its leader's post is not: a council's "cabinet member" is not its
    "leader"."""
    seat = head == "member" and bool(departments)
    return head in _POSTS or seat or (head in DEPARTMENT_HEADS and bool(departments))


def holds_a_post(form: str) -> bool:
    """Whether a title (`role_form`) is a post or a job, not only what someone was in a story
    ("organiser", "campaigner"), which a mayor or a chairwoman may be too."""
    *ranks, head = form.split() or [""]
    return _held_alone(head, set(ranks) - _RANK_WORDS) or head in _ELECTED or is_job(head)


def roles_compatible(first: str, second: str) -> bool:
    """Same head noun and the same rank words (or one leaving out "chief"), or posts that can
    be held together.

    Different head nouns are different facts ("governor" and "spokesman" can both be true of a
    person, as can "mayor" and "lawyer") unless both are posts held one at a time, or both are
    jobs or posts that are not one job in other words ("harbour master" and "coastguard
    commander", a museum's director and its curator) and neither is an office held beside a
    profession; a former post never clashes with another. Heads of departments are told apart
    by the department ("director of programmes" and "head of entertainment" clash, "head of
    finance" is the "finance director"), and a title holding the other's noun as a grade is
    that job too ("consultant toxicologist", "consultant").
    """
    *ranks_a, head_a = first.split() or [""]
    *ranks_b, head_b = second.split() or [""]
    departments_a = set(ranks_a) - _RANK_WORDS
    departments_b = set(ranks_b) - _RANK_WORDS
    # "operations director" and "managing director" of one company; "director of programmes"
    # and "head of entertainment"; but "head of finance" is its "finance director"
    departed = departments_a and departments_b and departments_a != departments_b
    if departed and (head_a == head_b or {head_a, head_b} <= DEPARTMENT_HEADS):
        return False
    same_department = departments_a and departments_a == departments_b and head_a != head_b
    if same_department and {head_a, head_b} <= DEPARTMENT_HEADS:
        return True
    ranks_a = [r for r in ranks_a if r in _RANK_WORDS]
    ranks_b = [r for r in ranks_b if r in _RANK_WORDS]
    if head_a == head_b:
        above_a, above_b = set(ranks_a) & _ABOVE, set(ranks_b) & _ABOVE
        same_above = above_a == above_b or not (above_a and above_b)
        others = (set(ranks_a) ^ set(ranks_b)) - _ABOVE
        if others == {"former"} and is_job(head_a) and head_a not in _POSTS | _ELECTED:
            return same_above  # a "retired librarian" is a "former librarian" (not an office)
        return set(ranks_a) - _ABOVE == set(ranks_b) - _ABOVE and same_above
    if "former" in ranks_a or "former" in ranks_b:
        return True
    if head_a in departments_b or head_b in departments_a:
        return True  # "a consultant in clinical toxicology" and a "consultant toxicologist"
    if head_a in _JOINT_POSTS and head_b in _JOINT_POSTS:
        return True
    if _held_alone(head_a, departments_a) and _held_alone(head_b, departments_b):
        return False
    jobs = all(is_job(head) or head in _POSTS for head in (head_a, head_b))
    if jobs and not (head_a in _ELECTED or head_b in _ELECTED):
        return any(head_a in same and head_b in same for same in SAME_JOB)
    return True


def causes_compatible(first: str, second: str) -> bool:
    """Causes agree as free texts do (`texts_compatible`), but a figure is never a cause's head:
    "the winter storms of 2040" is storms, as "storms" is."""
    words = [[w for w in tokenize(value) if not w.isdigit()] for value in (first, second)]
    return _heads_shared(*words)


def texts_compatible(first: str, second: str) -> bool:
    """Free-text values agree when each one's head word (its last content word) is a word of
    the other: "brake failure" and "failure of the brakes" agree, "contaminated water" and "a
    stagnant hot-water pipe" do not (the pipe is not the water)."""
    return _heads_shared(tokenize(first), tokenize(second))


def _heads_shared(words_a: list[str], words_b: list[str]) -> bool:
    """Whether each value's last word is among the other's (no words: nothing to clash)."""
    if not words_a or not words_b:
        return True
    return words_a[-1] in words_b and words_b[-1] in words_a


def names_compatible(first: str, second: str) -> bool:
    """Names agree when one says all the other does, or more ("the Skelmouth Maritime Trust"
    and "the Maritime Trust", "the River Dunn" and "the Dunn"), not when each says something
    the other does not: "Mabyn Trelissick" and "Jory Trelissick" are two people of one family,
    though both end in the same word."""
    words_a, words_b = set(tokenize(first)), set(tokenize(second))
    if len(words_a) > 1 and len(words_b) > 1 and not (words_a <= words_b or words_b <= words_a):
        return False
    return texts_compatible(first, second)


# A figure with its unit written on, as a thing's size is given ("a 14-inch telescope", "a 58ft
# narrowboat"), not "200 miles" driven nor "about six miles north of" a town.
_UNIT_ON = re.compile(r"\d-?[a-zA-Z]+$")


def unit_written_on(value: str) -> bool:
    """Whether a measure is written with its unit on the figure (`_UNIT_ON`)."""
    return bool(_UNIT_ON.search(value))


def places_compatible(first: str, second: str) -> bool:
    """Places agree when one names the other (`names_compatible`: "the River Dunn" is "the
    Dunn"), or when one is a site and the other a town, a name of one word: "the Lanterne Quay
    development" lies in the city of Corrinford, the turbine that fell "on Grennock Fell" stood
    "near Tollery". Two sites ("Pinfold Lock", "Tanpit Lock", "Gorrach Cove") or two towns are
    two places."""
    words = [re.findall(r"[\w'-]+", place.casefold()) for place in (first, second)]
    sites = [bool(set(w[-1:]) & SITE_WORDS) for w in words]
    # a word that names a kind of place ("field", "loft") is no town, however short
    towns = [len(w) == 1 and not (set(w) & (SITE_WORDS | PLACE_NOUNS)) for w in words]
    site_in_town = (sites[0] and towns[1]) or (sites[1] and towns[0])
    return site_in_town or names_compatible(first, second)


# A time of day as news writes it: "4:12 a.m.", "3.40am", "at 11pm", "shortly after 1 p.m.",
# "14:30"; a word before it may make it approximate.
_TIME = re.compile(
    rf"^(?:(?P<near>{TIME_APPROXIMATELY})\s+)?(?:(?P<hour>\d{{1,2}})(?:[:.](?P<minute>\d{{2}}))?\s*"
    r"(?:(?P<half>[ap])\.?\s?m\b\.?|(?<=\d\d)(?=$))|(?P<named>noon|midday|midnight)\b)",
    re.IGNORECASE,
)
# Two times of one event "about" or "shortly after" one another agree within this many minutes;
# within half that when the approximate time is written to the minute ("at about 7.40am" is not
# "8.05am"), as a count written to two digits is rounded finer (`_interval`).
NEAR_MINUTES = 30


def time_form(text: str) -> str | None:
    """'4:12 a.m.' -> '04:12', 'shortly after 1 p.m.' -> '~13:00', '14:30' -> '14:30', 'just
    before noon' -> '~12:00', 'half past four in the afternoon' -> '16:30'; None for anything
    else (a time must be written with a.m./p.m., as hours:minutes, as noon, midday or midnight,
    or in words: `dates.word_clock`)."""
    text = text.strip().removeprefix("at ").strip()
    if (in_words := word_clock(text)) is not None:
        return in_words
    found = _TIME.match(text)
    if found is not None and found["named"]:
        hour = 0 if found["named"].casefold() == "midnight" else 12
        return f"{'~' if found['near'] else ''}{hour:02d}:00"
    if found is None or (found["half"] is None and found["minute"] is None):
        return None
    hour, minute = int(found["hour"]), int(found["minute"] or 0)
    if found["half"] is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if found["half"].casefold() == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{'~' if found['near'] else ''}{hour:02d}:{minute:02d}"


def times_compatible(first: str, second: str) -> bool:
    """Two times of day agree when equal, or within NEAR_MINUTES when either is approximate
    (half that for one written to the minute); a time in words that does not say which half of
    the day ("half past four") is either."""
    if "/" in first or "/" in second:
        return any(times_compatible(a, b) for a in first.split("/") for b in second.split("/"))

    def minutes(form: str) -> int:
        hour, minute = form.lstrip("~").split(":")
        return int(hour) * 60 + int(minute)

    apart = abs(minutes(first) - minutes(second))
    margins = [
        NEAR_MINUTES / (2 if minutes(form) % 60 else 1)
        for form in (first, second)
        if form.startswith("~")
    ]
    return apart <= max(margins) if margins else apart == 0


def compatible(kind: str, first: str, second: str) -> bool:
    """Whether two sources giving these normal forms of one kind of fact can both be right."""
    if kind == "date":
        return dates_compatible(first, second)
    if kind == "time":
        return times_compatible(first, second)
    if kind in ("count", "age"):
        return counts_compatible(first, second)
    if kind in ("amount", "duration", "measure"):
        return with_unit_compatible(first, second)
    if kind == "role":
        return roles_compatible(first, second)
    if kind == "cause":
        return causes_compatible(first, second)
    if kind == "place":
        return places_compatible(first, second)
    if kind in ("agent", "identity"):  # who did it, which thing it was (`identities`)
        return names_compatible(first, second)
    return first == second


def consistent(kind: str, forms: Sequence[str]) -> bool:
    """Whether one source can give all these values of one thing (each pair `compatible`):
    "22 years" and "at least 22 years" can, "38,000" and "4,300" cannot."""
    return all(compatible(kind, a, b) for n, a in enumerate(forms) for b in forms[n + 1 :])


# What became of an event: called off, put back, or held after all.
_EVENTS_EXCLUSIVE = [
    ("cancelled", "went-ahead"),
    ("postponed", "went-ahead"),
    ("completed", "fell-through"),
    ("cancelled", "postponed"),
    ("in-service", "out-of-service"),
    ("finished", "cut-short"),
    ("finished", "cancelled"),
    ("backed-down", "stood-firm"),
]
# "No one was hurt" against anyone hurt or killed, named or not.
_NONE_HURT_EXCLUSIVE = [
    ("none-hurt", hurt)
    for hurt in (
        "wounded",
        "killed",
        "died",
        "died-later",
        "died-at-scene",
        "in-hospital",
        "taken-to-hospital",
    )
]
# Outcomes that clash whether or not the person they are told of is named.
_EXCLUSIVE_OF_ANYONE = [
    ("captured", "escaped"),
    ("charged", "released-uncharged"),
    ("warned", "released-uncharged"),  # "a formal written warning" / "no further action"
    ("warned", "charged"),
    ("sacked", "resigned"),
    ("died-at-scene", "died-later"),
    ("died-at-scene", "wounded"),  # died where he fell, or "in a serious condition" in hospital
    ("wounded", "unhurt"),  # "appeared to be unhurt" against "had a deep cut on one flipper"
    ("treated-at-scene", "hospitalised"),  # "checked over at the scene" / "kept in overnight"
    ("treated-at-scene", "in-hospital"),
    ("treated-at-scene", "taken-to-hospital"),  # "did not need to go to hospital"
    ("record-set", "record-missed"),
    ("ratified", "not-yet-ratified"),
    ("approved", "rejected"),
    ("approved", "deferred"),
    ("rejected", "deferred"),
    ("extended", "scrapped"),
    ("ruled", "settled"),
    ("banned", "released-uncharged"),  # "banned for three years" / "no further action"
    ("first-win", "won-before"),
    ("appealing", "accepted"),  # "the family intended to appeal" / "rather than fighting"
    ("in-hospital", "discharged"),  # "A cricket umpire remains in intensive care" / "discharged"
    *_EVENTS_EXCLUSIVE,
]
# Outcomes that cannot both be true of one person ("killed" in the raid vs "died later").
_EXCLUSIVE_FOR_A_PERSON = [
    ("killed", "died-later"),
    ("killed", "wounded"),
    ("killed", "captured"),
    ("killed", "unharmed"),
    ("killed", "unhurt"),
    ("died", "unhurt"),
    ("died-later", "unhurt"),
    ("died-at-scene", "unhurt"),
    ("killed", "escaped"),
    ("died", "unharmed"),
    ("died-later", "unharmed"),
    ("died-at-scene", "captured"),
    ("died", "resigned"),
    ("killed", "resigned"),
    ("died-at-scene", "escaped"),
    ("died-at-scene", "unharmed"),
    ("killed", "alive"),
    ("died", "alive"),
    ("died-later", "alive"),
    ("died-at-scene", "alive"),
    ("suspended", "resigned"),
    ("suspended", "sacked"),
    ("acquitted", "convicted"),
    ("jailed", "spared-jail"),
    ("released-uncharged", "convicted"),
    ("conceded", "contested"),
    ("in-hospital", "killed"),
    ("in-hospital", "died"),
    ("in-hospital", "died-at-scene"),
    ("discharged", "killed"),
    ("discharged", "died"),
    ("discharged", "died-later"),
    ("discharged", "died-at-scene"),
    *_EXCLUSIVE_OF_ANYONE,
]
# Outcomes that clash when told of an unnamed target: "not the official it was targeting"
# against "captured a high-ranking member".
_EXCLUSIVE_UNNAMED = [("missed", "captured"), *_NONE_HURT_EXCLUSIVE, *_EXCLUSIVE_OF_ANYONE]
EXCLUSIVE = {
    True: {frozenset(pair) for pair in _EXCLUSIVE_FOR_A_PERSON},
    False: {frozenset(pair) for pair in _EXCLUSIVE_UNNAMED},
}


def accounts_compatible(first: set[str], second: set[str], named: bool) -> bool:
    """Two sources' outcomes for one person agree unless one tells an outcome that the other's
    excludes and neither tells both (one source saying "wounded" then "died" is one account)."""
    exclusive = EXCLUSIVE[named]
    return not any(
        frozenset((x, y)) in exclusive and y not in first and x not in second
        for x in first
        for y in second
    )
