"""When two sources' normalised values can both be true, and how a reading is shown."""

from __future__ import annotations

import pytest

from assistant.values import compatible, is_comparable, names_compatible, reading


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


def test_readings_for_people() -> None:
    assert reading("date", "--10-19") == "19 October"
    assert reading("number", "~50") == "50"
    assert reading("person", "khaled al-masoud") == "khaled al-masoud"
