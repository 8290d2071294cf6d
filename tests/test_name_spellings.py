"""Which last words of names are one word spelled two ways (index.disputes.spellings.alike)."""

from __future__ import annotations

import pytest

from index.disputes.spellings import alike


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("ormerod", "ormrod", True),
        ("hurrell", "hurwell", True),
        ("hazeldene", "hazledean", True),
        ("aitcheson", "aitchison", True),
        ("ardovia", "ardovian", False),  # a country and its people
        ("brandauer", "brandt", False),
        ("sorvik", "tolvik", False),  # another first letter
        ("lund", "land", False),  # too short to tell a misspelling from another name
    ],
)
def test_last_words_alike(first: str, second: str, same: bool) -> None:
    assert alike(first, second) is same


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("oddie", "oddy", True),  # "Graham Oddie" / "Graham Oddy": two edits
        ("brandauer", "brandt", False),  # four edits, 0.67 alike
        ("hartley", "hartigan", False),
        ("sorvik", "tolvik", False),  # another first letter
        ("ardovia", "ardovian", False),
        ("pomfret", "pomfrett", True),  # "Gareth Pomfret" / "Gareth Pomfrett": a doubled letter
        ("robert", "roberts", False),  # an ending, not a letter doubled
    ],
)
def test_last_words_alike_when_both_give_one_first_name(
    first: str, second: str, same: bool
) -> None:
    assert alike(first, second, first_named=True) is same
    assert not alike("oddie", "oddy")  # without a first name, four letters are too few
    assert not alike("pomfret", "pomfrett")  # nor is a letter more, which may be an ending
