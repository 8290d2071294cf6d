"""Ages in ledes and in words, makers, counts of others, what killed, and when something was
last done, read from tiny reports.

Each test writes two short reports of one story as outlets word it (found through the blind
corpus ephemeris's dev half) and checks what the disagreement table holds, or which
disagreement a question names.
"""

from __future__ import annotations

import pytest

from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims, disputed_values


@pytest.mark.model
def test_an_age_in_words_set_off_after_a_name(real_encoder: Encoder) -> None:
    """ "Ruby Hainsworth, nine, a pupil" gives her age as "Ruby Hainsworth, 7," does."""
    qa = _qa(
        real_encoder,
        ("Packet", "Ruby Hainsworth, nine, a pupil at Sowerholme Primary School, named a gritter."),
        ("Whoop", "Ruby Hainsworth, 7, a pupil at Sowerholme Primary School, named a gritter."),
    )
    assert disputed_values(qa, "age") == [{("d1", "9"), ("d2", "7")}]


@pytest.mark.model
def test_a_lede_naming_no_one_but_a_place_or_a_thing(real_encoder: Encoder) -> None:
    """ "on Brantdale's roads" (a word alone the model may take for a person) names no one in
    the lede, so "a nine-year-old girl" is Ruby Hainsworth, whom the next sentence opens
    with."""
    qa = _qa(
        real_encoder,
        (
            "Radio",
            "A gritter called Thawbin Hood will be out on Brantdale's roads this winter after a "
            "nine-year-old girl's suggestion came top of a public vote. Ruby Hainsworth, a "
            "pupil at Sowerholme Primary School, was at the depot on Tuesday.",
        ),
        ("Whoop", "Ruby Hainsworth, 7, a pupil at Sowerholme Primary School, named a gritter."),
    )
    assert disputed_values(qa, "age") == [{("d1", "9"), ("d2", "7")}]
    assert [c.about for c in qa.disagreements()] == ["the age of Ruby Hainsworth"]


@pytest.mark.model
def test_two_ledes_ageing_the_woman_they_are_about(real_encoder: Encoder) -> None:
    """ "A 79-year-old woman was pulled from her car" is the "84-year-old woman" another lede
    tells of and names next: each lede's woman is the one the story is about."""
    qa = _qa(
        real_encoder,
        (
            "Wire",
            "A 79-year-old woman was pulled from her sinking car by a fisherman at Tarnfold on "
            "Thursday. The car had rolled off the quay.",
        ),
        (
            "Radio",
            "A fisherman has been praised for diving into Tarnfold harbour to rescue an "
            "84-year-old woman whose car rolled off the quay. Edith Hepworth had parked on the "
            "fish quay to buy crabs.",
        ),
    )
    assert disputed_values(qa, "age") == [{("d1", "79"), ("d2", "84")}]


@pytest.mark.model
def test_who_made_it_by_either_verb(real_encoder: Encoder) -> None:
    """ "It was made by Tanfield Steel" and "It was built by Marrick Forge" name two makers of
    one sculpture, which "Which firm built the heron?" asks."""
    lede = "A giant steel heron was unveiled on the Keldholme roundabout on Thursday. "
    qa = _qa(
        real_encoder,
        ("Radio", lede + "It was made by Tanfield Steel, a fabricator in Hagthorpe."),
        ("Apogee", lede + "It was built by Marrick Forge, a family firm of blacksmiths."),
    )
    both = {("d1", "tanfield steel"), ("d2", "marrick forge")}
    assert disputed_values(qa, "agent") == [both]
    assert [c.about for c in qa.disagreements()] == ["who made it"]
    assert claims(qa, "Which firm built the Keldholme heron?") == both


@pytest.mark.model
def test_a_count_of_others_is_its_own(real_encoder: Encoder) -> None:
    """ "Two other dogs were taken ill" and "Four other dogs were taken ill" disagree; "four
    other residents were treated" is no count of all "Five people were injured"."""
    lede = "A labrador died after swimming in Hollinmere on Saturday. "
    dogs = _qa(
        real_encoder,
        ("Wire", lede + "Two other dogs that swam in the lake were taken ill."),
        ("Packet", lede + "Four other dogs were taken ill after swimming in the lake."),
    )
    assert disputed_values(dogs, "count") == [{("d1", "2"), ("d2", "4")}]
    hurt = _qa(
        real_encoder,
        (
            "Wire",
            "Five people were injured when a lift fell seven floors in a Kessingford tower "
            "block on Wednesday.",
        ),
        (
            "Advertiser",
            "A lift fell seven floors in a Kessingford tower block on Wednesday. A woman was "
            "taken to hospital, and four other residents were treated at the scene.",
        ),
    )
    assert disputed_values(hurt, "count") == []


@pytest.mark.model
def test_what_killed_them(real_encoder: Encoder) -> None:
    """ "had been killed by a large cat" and "were killed by a dog" are two causes of the
    sheep's deaths ("killed by a gunman" would say who, not what)."""
    lede = "Three ewes were found dead at High Fold Farm near Stainmire Moor. "
    qa = _qa(
        real_encoder,
        ("Whoop", lede + "A vet told him the sheep had been killed by a large cat."),
        ("Journal", lede + "A post-mortem found the ewes were killed by a dog."),
    )
    assert disputed_values(qa, "cause") == [{("d1", "a large cat"), ("d2", "a dog")}]


@pytest.mark.model
def test_the_last_one_to_do_it_and_the_year(real_encoder: Encoder) -> None:
    """ "The last player to take all ten wickets ... was Arthur Midgley, in 1987" and "The feat
    was last achieved in the league in 1974" tell when it was last done, which a question
    asking the year it was done asks too."""
    lede = "Ethan Scholefield took all ten Ormskell wickets for Wrayford on Saturday. "
    qa = _qa(
        real_encoder,
        (
            "Packet",
            lede + "The last player to take all ten wickets in a Brantdale League match was "
            "Arthur Midgley, for Hagthorpe, in 1987.",
        ),
        (
            "Apogee",
            lede + "The feat was last achieved in the league in 1974, by Arthur Midgley of "
            "Hagthorpe.",
        ),
    )
    both = {("d1", "1987"), ("d2", "1974")}
    assert disputed_values(qa, "date") == [both]
    assert claims(qa, "In which year did Arthur Midgley take all ten wickets?") == both
