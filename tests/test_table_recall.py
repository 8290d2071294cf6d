"""The table's recall of planted disagreements: each stage told apart, and the bundled corpus's
three disagreements diagnosed on its real index."""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.compare import ComparedAspect, ComparedSource, Comparison
from assistant.models import Claim
from eval.suite import load_suite
from eval.table_recall import Span, diagnose, diagnosed

# Planted values: "7" at characters 10-11 of d1, "9" at 20-21 of d2.
SIDES: list[list[Span]] = [[("d1", 10, 11)], [("d2", 20, 21)]]


def _claim(doc_id: str, start: int, value: str) -> Claim:
    """A claim whose quote begins at `start` with its value."""
    quote = f"{value} people died."
    return Claim(
        doc_id=doc_id, source=doc_id, value=value, normalized=value, quote=quote,
        start=start, end=start + len(quote), citation=1,
    )  # fmt: skip


def _aspect(groups: list[list[str]], *claims: Claim) -> ComparedAspect:
    return ComparedAspect(
        name="the death toll", kind="count", disagree=len(groups) > 1, groups=groups,
        claims=list(claims),
    )  # fmt: skip


def _story(*aspects: ComparedAspect, documents: tuple[str, ...] = ("d1", "d2")) -> Comparison:
    sources = [
        ComparedSource(doc_id=d, name=d, title=d, outlet=None, published=None) for d in documents
    ]
    return Comparison(id="s", title="t", documents=sources, aspects=list(aspects), citations=[])


SEVEN, NINE = _claim("d1", 10, "7"), _claim("d2", 20, "9")
# The value written twice in its quote, the planted one second: "9 May: 9 people died."
DATED = Claim(
    doc_id="d2", source="d2", value="9", normalized="9", quote="9 May: 9 people died.",
    start=13, end=34, citation=1,
)  # fmt: skip
ELSEWHERE = _claim("d2", 40, "9")  # a value of d2 written elsewhere than the planted one


@pytest.mark.parametrize(
    ("stories", "stage"),
    [
        ([_story(_aspect([["d1"], ["d2"]], SEVEN, NINE))], "held"),
        ([_story(_aspect([["d1"]], SEVEN), documents=("d1", "d3"))], "story"),
        ([_story(_aspect([["d1"], ["d2"]], SEVEN, ELSEWHERE))], "extraction"),
        ([_story(_aspect([["d1"]], SEVEN), _aspect([["d2"]], NINE))], "split"),
        ([_story(_aspect([["d1", "d2"]], SEVEN, NINE))], "merged"),
        ([_story(_aspect([["d1"], ["d2"]], SEVEN, DATED))], "held"),
    ],
    ids=["held", "story", "extraction", "split", "merged", "value-written-twice"],
)
def test_each_stage_a_planted_disagreement_can_stand_at(
    stories: list[Comparison], stage: str
) -> None:
    assert diagnose(SIDES, stories) == stage


@pytest.mark.model
def test_the_bundled_disagreements_on_the_real_index(bundled_qa: Assistant) -> None:
    """The raid's date and the target's fate are held; how al-Masoud died is told in two
    aspects the answer joins when asked (see the module docstring)."""
    (group,) = load_suite("bundled").groups
    stages = {d.about: d.stage for d in diagnosed(group.items, bundled_qa)}
    assert stages == {
        "date of the raid": "held",
        "how al-Masoud died": "split",
        "what became of the raid's target": "held",
    }
