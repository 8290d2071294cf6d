"""Ages, former posts and crossing times, read from tiny reports.

Each test writes two short reports of one story as outlets word it (found through the blind
corpus sundial's dev half) and checks what the disagreement table holds, whichever question
later asks for it.
"""

from __future__ import annotations

import pytest

from index.disputes import values
from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import disputed_values, table_of


@pytest.mark.model
def test_a_person_noun_of_a_number_is_an_age(real_encoder: Encoder) -> None:
    """ "Patricia Bamforth, a retired midwife of 59" gives her age, which another report gives
    as "Patricia Bamforth, 61"."""
    qa = _qa(
        real_encoder,
        (
            "Squawk",
            "Patricia Bamforth, a retired midwife of 59, rowed the Atlantic with three friends "
            "from Kittiwick.",
        ),
        (
            "Dunmorrow TV",
            "Patricia Bamforth, 61, rowed the Atlantic with three friends from Kittiwick.",
        ),
    )
    assert disputed_values(qa, "age") == [{("d1", "59"), ("d2", "61")}]


@pytest.mark.model
def test_a_name_the_model_leaves_untagged_after_an_unnamed_lede(real_encoder: Encoder) -> None:
    """ "An 81-year-old woman broke her wrist ...", then "Winifred Trebilcock was sitting on a
    bench": the name opening the sentence after the lede is the woman's, though the small
    model tags no one in it."""
    qa = _qa(
        real_encoder,
        (
            "Squawk",
            "KITTIWICK, England (Squawk) - An 81-year-old woman broke her wrist when a gull "
            "swooped on her in Kittiwick on Saturday. Winifred Trebilcock was sitting on a bench "
            "on the harbour wall when the bird struck.",
        ),
        (
            "Dunmorrow TV",
            "Winifred Trebilcock, 87, was eating a pasty on the harbour wall in Kittiwick when "
            "the gull struck.",
        ),
    )
    assert disputed_values(qa, "age") == [{("d1", "81"), ("d2", "87")}]
    assert [c.about for c in qa.disagreements()] == ["the age of Winifred Trebilcock"]


@pytest.mark.model
def test_how_long_a_crossing_took(real_encoder: Encoder) -> None:
    """ "reaching Antigua after 47 days at sea" and "It had taken them 52 days to row from La
    Gomera" are one crossing's time: what a "take" says took it is read with it."""
    qa = _qa(
        real_encoder,
        (
            "Squawk",
            "Four women from Kittiwick have rowed across the Atlantic, reaching Antigua after 47 "
            "days at sea.",
        ),
        (
            "Dunmorrow TV",
            "The four women from Kittiwick reached Antigua on Tuesday. It had taken them 52 days "
            "to row from La Gomera.",
        ),
    )
    assert disputed_values(qa, "duration") == [{("d1", "47 day"), ("d2", "52 day")}]
    assert [c.about for c in qa.disagreements()] == ["the time the journey took"]


def test_a_retired_librarian_is_a_former_one() -> None:
    """ "a 62-year-old retired librarian" and "a former librarian" agree, a job being said to
    be past or not; a former office is another fact than the office, and a retired police
    officer is no firefighter."""
    retired, former = values.role_form("retired librarian"), values.role_form("former librarian")
    assert values.roles_compatible(retired, former)
    assert not values.roles_compatible(values.role_form("former mayor"), "mayor")
    assert not values.roles_compatible(values.role_form("retired police officer"), "firefighter")


@pytest.mark.model
def test_who_first_noticed_it_found_it(real_encoder: Encoder) -> None:
    """ "It was first noticed by Gail Hinchliffe" tells who found it, as "was the first to
    spot the sewage" does, though "it" names nothing."""
    qa = _qa(
        real_encoder,
        (
            "Squawk",
            "Sewage came up into the cellar of the Lunnet Arms in Gillerby on Saturday. It was "
            "first noticed by Gail Hinchliffe, who runs a shoe shop.",
        ),
    )
    found = [f for f in table_of(qa).facts if f.kind == "agent"]
    assert [(f.normalized, f.about[:1]) for f in found] == [("gail hinchliffe", ("find",))]


def test_a_council_leader_is_no_mayor() -> None:
    """ "The deputy leader of the town council, Councillor Ruth Dunwell" and "the mayor of
    Kittiwick" give two posts one person does not hold together."""
    assert not values.roles_compatible(values.role_form("deputy leader"), "mayor")
    assert values.roles_compatible(values.role_form("deputy leader"), "councillor")


def test_a_cabinet_member_is_not_the_council_leader() -> None:
    """ "cabinet member for highways" and "council leader" are two seats of one council, which
    one person does not hold together (as five dev halves plant them); a cabinet member is a
    member, and a councillor too."""
    cabinet = values.role_form("cabinet member")
    assert cabinet == "cabinet member"
    assert not values.roles_compatible(cabinet, values.role_form("Council leader"))
    assert not values.roles_compatible(cabinet, "highways head")
    assert values.roles_compatible(cabinet, values.role_form("member"))
    assert values.roles_compatible(cabinet, "councillor")
