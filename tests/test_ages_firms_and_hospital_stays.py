"""Disagreements over an age told in a clause, the firm that runs a thing, when something was
last heard, whether someone was kept in hospital, a price paid and a title won before.

Each test sets two invented reports of one story against each other in a construction the
disagreement table once missed: "Mr Gleadhill, who is 71 and drove buses" against "Norris
Gleadhill, 67"; car parks "run for the trust by" one firm and "managed for the trust by"
another; "the first sound of Wistlebury's bells since 1983" against "last rung in 1976"; a family
"checked over by paramedics at the scene" against children "kept in overnight"; "paid £4.50 a
day to park" against "costing them £7 a day"; and "the first time he has won the title" against
"retained the title he won last year". The reports share names so that the story model groups
them, as real reports of one event do.
"""

from __future__ import annotations

import pytest

from index.disputes.values import measure_form
from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims as _claims
from tests.tiny_corpora import disputed_values as _disputed_values
from tests.tiny_corpora import outcome_names as _outcome_names
from tests.tiny_corpora import table_of as _table_of


def test_a_bounded_unit_is_one_of_it() -> None:
    """ "nearly a tonne" and "more than a mile" measure; "a mile from the shore" alone does
    not (it places, and a unit with no figure is as often no measure)."""
    assert measure_form("nearly a tonne") == "~1 tonne"
    assert measure_form("more than a mile") == ">1 mile"
    assert measure_form("a mile") is None


def test_a_stay_in_hospital_or_at_the_scene() -> None:
    """ "kept in overnight" and "admitted to hospital" are a stay in hospital; "checked over by
    paramedics at the scene" is none."""
    names = _outcome_names(
        "The kids were taken to Mallowgate Infirmary and kept in overnight.",
        "He was admitted to hospital with burns.",
        "The family were checked over by paramedics at the scene and allowed home.",
    )
    assert names == [["hospitalised"], ["hospitalised"], ["treated-at-scene"]]


@pytest.mark.model
def test_an_age_told_in_a_clause_that_goes_on(real_encoder: Encoder) -> None:
    """ "Mr Gleadhill, who is 71 and drove buses in Mallowgate" gives his age, though the clause
    goes on past it."""
    qa = _qa(
        real_encoder,
        (
            "Radio Lenningdale",
            "Norris Gleadhill, 67, won the National Pub Quiz Championship in Corvedon on "
            "Saturday. Norris Gleadhill drove buses in Mallowgate.",
        ),
        (
            "Nocturne Weekly",
            "Norris Gleadhill won the National Pub Quiz Championship in Corvedon on Saturday. "
            "Mr Gleadhill, who is 71 and drove buses in Mallowgate for 31 years, is a regular.",
        ),
    )
    assert {("d1", "67"), ("d2", "71")} in _disputed_values(qa, "age")


@pytest.mark.model
def test_car_parks_run_by_one_firm_and_managed_by_another(real_encoder: Encoder) -> None:
    """ "run for the trust by Kerbwise Parking" against "managed for the trust by Parkwell
    Services": managing a thing is running it."""
    qa = _qa(
        real_encoder,
        (
            "Mallowgate Pioneer",
            "Parking charges at Mallowgate Infirmary are to be scrapped, the Kelvering Hospitals "
            "Trust said. The car parks at Mallowgate Infirmary are run for the trust by "
            "Kerbwise Parking.",
        ),
        (
            "Kelvering Chronicle",
            "Parking charges at Mallowgate Infirmary are to be halved, the Kelvering Hospitals "
            "Trust said. The car parks at Mallowgate Infirmary are managed for the trust by "
            "Parkwell Services.",
        ),
    )
    expected = {("d1", "kerbwise parking"), ("d2", "parkwell services")}
    assert expected in _disputed_values(qa, "agent")


@pytest.mark.model
def test_the_first_sound_since_a_year_is_when_it_was_last_heard(real_encoder: Encoder) -> None:
    """ "the first sound of Wistlebury's bells since 1983" against "last rung in 1976"."""
    qa = _qa(
        real_encoder,
        (
            "Radio Lenningdale",
            "The bells of St Wenfrith's church in Wistlebury rang out on Sunday. The six bells "
            "of St Wenfrith's were last rung in 1976.",
        ),
        (
            "Nocturne Weekly",
            "The bells of St Wenfrith's church in Wistlebury rang out on Sunday. It was the "
            "first sound of Wistlebury's bells since 1983.",
        ),
    )
    assert {("d1", "1976"), ("d2", "1983")} in _disputed_values(qa, "date")


@pytest.mark.model
def test_checked_over_at_the_scene_and_kept_in_overnight(real_encoder: Encoder) -> None:
    """ "The family were checked over by paramedics at the scene and allowed home" against
    "The kids were ... kept in overnight": one report has them in hospital, the other not."""
    qa = _qa(
        real_encoder,
        (
            "Sanderling Wire",
            "A mother and her two children were rescued from their car in the flooded Sawpit "
            "Lane underpass in Mallowgate on Tuesday. The family were checked over by "
            "paramedics at the scene and allowed home.",
        ),
        (
            "Daily Hubbub",
            "A mum and her two kids were rescued from their car in the flooded Sawpit Lane "
            "underpass in Mallowgate on Tuesday. The kids were taken to Mallowgate Infirmary "
            "with mild hypothermia and kept in overnight.",
        ),
    )
    assert {("d1", "treated-at-scene"), ("d2", "hospitalised")} in _disputed_values(qa, "outcome")


@pytest.mark.model
def test_a_price_paid_to_park_against_a_charge_costing(real_encoder: Encoder) -> None:
    """ "have paid £4.50 a day to park" is a price, as "costing them £7 a day" is, not a wage
    ("pay" had made it one: where a story tells other sums, the two were not compared)."""
    qa = _qa(
        real_encoder,
        (
            "Mallowgate Pioneer",
            "Parking charges at Mallowgate Infirmary are to be scrapped. Since September, staff "
            "at Mallowgate Infirmary have paid £4.50 a day to park at the hospital.",
        ),
        (
            "Daily Hubbub",
            "Parking charges at Mallowgate Infirmary are to be scrapped. The charges at "
            "Mallowgate Infirmary were costing nurses £7 a day just to turn up for work.",
        ),
    )
    assert {("d1", "4.5 GBP"), ("d2", "7 GBP")} in _disputed_values(qa, "amount")
    [paid] = [f for f in _table_of(qa).facts if f.normalized == "4.5 GBP"]
    assert paid.about[0] == "cost"  # the price paid, as "costing" tells it


@pytest.mark.model
def test_a_first_title_against_one_retained(real_encoder: Encoder) -> None:
    """ "the first time he has won the title" against "retained the title he won last year",
    and "Has he won the title before?" asks it (a title there is no post)."""
    qa = _qa(
        real_encoder,
        (
            "Radio Lenningdale",
            "Norris Gleadhill won the National Pub Quiz Championship in Corvedon on Saturday. "
            "It is the first time he has won the title, at his ninth attempt.",
        ),
        (
            "Nocturne Weekly",
            "Norris Gleadhill won the National Pub Quiz Championship in Corvedon on Saturday. "
            "He retained the title he won last year.",
        ),
    )
    assert {("d1", "first-win"), ("d2", "won-before")} in _disputed_values(qa, "outcome")
    assert _claims(qa, "Has Norris Gleadhill won the national title before?") == {
        ("d1", "first-win"),
        ("d2", "won-before"),
    }


@pytest.mark.model
def test_others_counted_beside_someone_are_no_count_of_all(real_encoder: Encoder) -> None:
    """ "beat 39 other finalists" and "one of 40 finalists" agree: the others are not all of
    them, so no count of finalists is disputed."""
    qa = _qa(
        real_encoder,
        (
            "Radio Lenningdale",
            "Norris Gleadhill won the National Pub Quiz Championship in Corvedon on Saturday. "
            "Norris Gleadhill beat 39 other finalists to win the title.",
        ),
        (
            "Nocturne Weekly",
            "Norris Gleadhill won the National Pub Quiz Championship in Corvedon on Saturday. "
            "Norris Gleadhill was one of 40 finalists who sat down to ten rounds of questions.",
        ),
    )
    assert _disputed_values(qa, "count") == []


@pytest.mark.model
def test_signatures_gathered_and_a_petition_signed_by_people(real_encoder: Encoder) -> None:
    """ "a petition ..., which gathered 8,200 signatures" against "a petition signed by 14,000
    people": the signatures are no crowd ("gathered"), and the people who signed are no
    margin ("by")."""
    qa = _qa(
        real_encoder,
        (
            "Kelvering Chronicle",
            "Kelvering Hospitals Trust has halved parking charges at Mallowgate Infirmary. The "
            "decision follows a petition started by staff nurse Yvonne Rigglesworth, which "
            "gathered 8,200 signatures.",
        ),
        (
            "Daily Hubbub",
            "Kelvering Hospitals Trust has scrapped parking charges at Mallowgate Infirmary. "
            "Bosses caved in after an angry petition signed by 14,000 people. Nurse Yvonne "
            "Rigglesworth started it.",
        ),
    )
    assert {("d1", "8200"), ("d2", "14000")} in _disputed_values(qa, "count")
