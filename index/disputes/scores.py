"""Scores and tallies: "beating Lindhaven 3-2", "approved by 29 votes to 26".

A score is two numbers that only mean something together, so the NER's two cardinals (or one
"3-2" read as a date) cannot be compared as counts: "3-2" and "2-1" disagree on the result
while both have a 2. Each is read here as one value, the larger number first ("lost 0-3" is
the 3-0 of the winner's report).
"""

from __future__ import annotations

import re

from index.analysis.entities import SMALL_NUMBERS, normalize_number

# "3-2", "3 - 2" (or with an en dash) near words of a match or a vote; never a season
# ("2016-17") or a range of years.
_PAIR = re.compile(r"(?<![\d.,/-])(\d{1,2})\s*[-\u2013]\s*(\d{1,2})(?![\d.,/-]|\s*(?:%|per))")
# What may follow a tally: "votes", "with", a stop, "against", "in", "for", "to <a verb>".
_TALLY_ENDS = (r"votes?\b", r"with\b", ",", r"\.", ";", "$", r"against\b", r"in\b", r"for\b")
_AFTER_TALLY = r"\b(?=\s*(?:" + "|".join((*_TALLY_ENDS, r"to\s+[a-z]")) + "))"
# "by 31 votes to 24", "29 votes to 26", "by a vote of 12 to 9", "by 14 to 3"; in words only
# with "votes" ("by six votes to one", "by 38 votes to five"): "from one to two" is no tally.
_TALLIED = r"\d{1,4}|" + "|".join(SMALL_NUMBERS)
# A tally written with "votes" may go on to when or why it was cast: "by seven votes to four on
# Wednesday", "by eight votes to three and ...".
_AFTER_VOTES = (
    r"\b(?=\s*(?:" + "|".join((*_TALLY_ENDS, r"on\b", r"at\b", r"and\b", r"to\s+[a-z]")) + "))"
)
_VOTES = re.compile(
    r"\b(?:by\s+(?:a\s+vote\s+of\s+)?)?(?:(\d{1,4})\s+to\s+(\d{1,4})"
    + _AFTER_TALLY
    + rf"|({_TALLIED})\s+votes?\s+to\s+({_TALLIED})"
    + _AFTER_VOTES
    + ")",
    re.IGNORECASE,
)
_VOTING = re.compile(r"\bvot(?:e|es|ed|ing)\b|\bballot", re.IGNORECASE)
# Words that make "3-2" a result: a match or a vote.
_CONTESTS = re.compile(
    r"\b(?:win|wins|won|winning|beat|beats|beating|victory|defeat|defeated|lost|lose|loses|"
    r"draw|drew|drawn|final|match|game|score|scored|scoreline|thrashing|drubbing|hammering|"
    r"triumph|semi-final|derby|vot(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)


def scores(text: str) -> list[tuple[int, int, str]]:
    """The scores of a sentence as (start, end, normal form "3-2")."""
    found: list[tuple[int, int, str]] = []
    if _VOTING.search(text):
        for match in _VOTES.finditer(text):
            first, second = match.group(1) or match.group(3), match.group(2) or match.group(4)
            found.append((match.start(), match.end(), _normal(first, second)))
    if _CONTESTS.search(text):
        for match in _PAIR.finditer(text):
            if not any(start <= match.start() < end for start, end, _ in found):
                found.append((match.start(), match.end(), _normal(match.group(1), match.group(2))))
    return sorted(found)


def _normal(first: str, second: str) -> str:
    high, low = sorted((int(normalize_number(first)), int(normalize_number(second))), reverse=True)
    return f"{high}-{low}"
