"""When two sources' normalised values can both be true, and how a value's reading is said."""

from __future__ import annotations

import pytest

from assistant.answer_values import WEAKER_KIND, is_length, strength
from assistant.question_type import detect
from assistant.values import compatible, is_comparable, names_compatible
from assistant.wording import reading
from corpus.models import Sentence
from index.models import Mention


@pytest.mark.parametrize(
    ("kind", "first", "second", "expected"),
    [
        ("date", "2025-10-28", "--10-19", False),
        ("date", "2025-10", "--10-19", True),
        ("number", "5", "5", True),
        ("number", "5", "4", False),
        ("number", "~50", "55", True),  # "about 50" agrees with 55 (within 20%)
        ("number", "~50", "80", False),
        ("number", "12%", "15", True),  # not plain counts: no claim to compare
        ("place", "al-dumayr", "dumayr", True),  # the same town, with and without "al-"
        ("place", "damascus", "idlib", False),
        ("person", "khaled al-masoud", "al-masoud", True),
        ("person", "wassim nasr", "tom barrack", False),
        ("place", "u.s.", "us", True),
    ],
)
def test_compatibility(kind: str, first: str, second: str, expected: bool) -> None:
    assert compatible(kind, first, second) is expected  # type: ignore[arg-type]
    assert compatible(kind, second, first) is expected  # type: ignore[arg-type]


def test_names_agree_when_one_adds_detail() -> None:
    assert names_compatible("hayat tahrir al-sham", "tahrir al-sham")
    assert not names_compatible("syrian free army", "islamic state")


def test_only_normalised_values_can_disagree() -> None:
    assert is_comparable("date", "--10-19")
    assert not is_comparable("date", "last fall")
    assert is_comparable("number", "~50")
    assert not is_comparable("number", "a dozen or so")


@pytest.mark.parametrize(
    ("kind", "value", "normalized", "expected"),
    [
        ("date", "19/10", "--10-19", "19 October"),
        ("date", "5/12/2025", "2025-12-05", "5 December 2025"),
        ("date", "October 28, 2025", "2025-10-28", None),  # the words already say it
        ("number", "about fifty", "~50", "about 50"),
        ("number", "at least nine", ">=9", "at least 9"),  # never the internal '>=9'
        ("number", "more than twenty", ">20", "more than 20"),
        ("number", "about 50", "~50", None),
        ("number", "eight", "<=8", "8"),  # "rose to eight": the bound is the table's, not said
        ("person", "Khaled al-Masoud", "khaled al-masoud", None),  # never the internal key
        ("account", "later died", "died-later", "died later"),
        ("account", "wounded him", "captured, wounded", "wounded, captured or taken away"),
    ],
)
def test_a_reading_is_plain_words_and_only_when_the_value_needs_one(
    kind: str, value: str, normalized: str, expected: str | None
) -> None:
    assert reading(kind, value, normalized) == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Drummock leaves after 18 months in charge.", "18 months", True),
        ("The line will close for 18 weeks.", "18", True),  # a count before its unit
        ("In 2009, 40 skiers were stuck for three hours after a power cut.", "three hours", True),
        ("The ban was lifted two days after the hearing.", "two days", False),  # when, not long
        ("The mine closed five years ago.", "five years", False),
        ("He walks away with a $400,000 pay-off.", "400,000", False),
    ],
)
def test_a_length_of_time_is_told_from_a_point_in_time(
    text: str, value: str, expected: bool
) -> None:
    start = text.index(value)
    sentence = Sentence(id="d#0.0", doc_id="d", passage_id="d#0", start=0, end=len(text),
                        text=text)  # fmt: skip
    mention = Mention(kind="number", label="CARDINAL", text=value, normalized=value,
                      start=start, end=start + len(value))  # fmt: skip
    assert is_length(mention, sentence) is expected


@pytest.mark.parametrize(("text", "expected"), [("4.15pm", 1.0), ("14 hours", WEAKER_KIND)])
def test_at_what_time_is_answered_by_a_time_on_the_clock(text: str, expected: float) -> None:
    """spaCy labels "closed for 14 hours" a TIME as it does "at 4.15pm"."""
    qtype = detect("At what time did the lorry overturn?")
    mention = Mention(kind="date", label="TIME", text=text, normalized=text, start=0,
                      end=len(text))  # fmt: skip
    assert strength(mention, qtype) == expected
