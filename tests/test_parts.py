"""Questions in several parts are split at "and <question word>" and answered part by part."""

from __future__ import annotations

import pytest

from assistant.models import Answer, Citation
from assistant.parts import merge, split_parts


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "How long will the bridge be closed and what will the repair cost?",
            ["How long will the bridge be closed?", "what will the repair cost?"],
        ),
        (
            "When did the ferry capsize, and how many people died?",
            ["When did the ferry capsize?", "how many people died?"],
        ),
        (
            "Who owns the mill, and in which year was it built?",
            ["Who owns the mill?", "in which year was it built?"],
        ),
        ("Who were killed and wounded?", ["Who were killed and wounded?"]),
        ("Who built the mill, and in what year?", ["Who built the mill, and in what year?"]),
        ("What did the mayor and what did the governor say?", ["What did the mayor?",
                                                             "what did the governor say?"]),
        ("Tom and what he said", ["Tom and what he said"]),  # the first part is no question
    ],
)  # fmt: skip
def test_split_parts(question: str, parts: list[str]) -> None:
    assert split_parts(question) == parts


def _citation(number: int, start: int) -> Citation:
    return Citation(number=number, doc_id="d", title="T", source=None, passage_id="d#0",
                    quote="x" * 5, start=start, end=start + 5)  # fmt: skip


def test_merge_numbers_quotes_in_order_and_quotes_a_shared_sentence_once() -> None:
    first = Answer(question="a?", text="", citations=[_citation(1, 0), _citation(2, 10)])
    second = Answer(question="b?", text="", citations=[_citation(1, 10), _citation(2, 20)])
    merged = merge("a and b?", None, [first, second])
    assert [(c.number, c.start) for c in merged.citations] == [(1, 0), (2, 10), (3, 20)]
    assert merged.text == "“xxxxx” [1] “xxxxx” [2] “xxxxx” [3]"


def test_a_part_nothing_answers_is_said() -> None:
    answered = Answer(question="a?", text="", citations=[_citation(1, 0)])
    nothing = Answer(question="b?", text="", abstained=True)
    merged = merge("a and b?", None, [answered, nothing])
    assert merged.lead == "For “b?” the articles don't say."
    assert not merged.abstained
