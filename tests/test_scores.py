"""Scores and tallies read as one value each: the result of a match or a vote."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant import Assistant
from corpus.models import Document
from index.disputes.scores import scores
from index.encoder import Encoder


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("beating Lindhaven 3-2 after extra time", ["3-2"]),
        ("a 4-0 home defeat by Stennet", ["4-0"]),
        ("they lost 0-3 at home", ["3-0"]),  # the winner's number first
        ("approved the budget by 29 votes to 26, after a debate", ["29-26"]),
        ("Councillors voted by 31 votes to 24 for the budget", ["31-24"]),
        ("the council voted 12 to 9 in favour", ["12-9"]),
        ("voted by 15 votes to 6 to suspend the mayor", ["15-6"]),
        ("The board had voted by six votes to one to order the recount", ["6-1"]),
        # No match or vote: a season, opening hours, a change in price.
        ("the 2016-17 season", []),
        ("open from 9-5 daily", []),
        ("parking will go from 2 to 3 francs", []),
        ("the votes counted rose from one to two, officials said", []),  # in words: "votes to"
    ],
)
def test_a_score_is_one_value(text: str, normal: list[str]) -> None:
    assert [found for _, _, found in scores(text)] == normal


@pytest.mark.model
def test_two_outlets_giving_different_results_disagree(real_encoder: Encoder) -> None:
    published = dt.date(2026, 9, 27)
    documents = [
        Document(id="d1", title="Cup report", source="Valley Post", published=published,
                 text="Elmsford won the county cup on Saturday, beating Marlow 3-2 after extra "
                 "time. Elmsford lost the 2019 final 4-0."),
        Document(id="d2", title="Cup final", source="River Times", published=published,
                 text="Elmsford are county cup winners after a 2-1 victory over Marlow on "
                 "Saturday."),
    ]  # fmt: skip
    qa = Assistant.from_documents(documents, encoder=real_encoder)
    [conflict] = qa.ask("What was the score in the county cup final?").conflicts
    assert {(c.doc_id, c.normalized) for c in conflict.claims} == {("d1", "3-2"), ("d2", "2-1")}
