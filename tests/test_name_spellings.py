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
