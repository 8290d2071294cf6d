"""Constructions of local news found through the dev half of pantograph: an age in the lede, a
weekday told without its week, a vehicle taken away, a name the model missed before an age, a
charity the model missed, a driver asked through a passenger, and a length told per week; the
sums two ledes give, whom money was raised for asked by another deed, a bridge's clearance, a
festival "run every autumn by" a body, and "Which farm ...?" answered by a farm's name.

"An 11-year-old boy who found £18,000 ..." before "Alfie found the bag on Sunday afternoon";
"On the Friday night, the first night of the festival" in a weekly published a fortnight later;
"the bus was lifted onto a recovery lorry and taken away" beside "no arrests had been made";
"Rosalind Tapsel, 78," against "Rosalind Tapsell, 74,"; "raised £14,500 for the Caddonshire
Carers' Trust"; "What happened to the man driving Harvey Ogunleye's school bus?"; "spend twelve
hours a week plugged into a machine" beside "spend four hours at a time". Each model test writes
short reports of one story and checks what the disagreement table holds or which disagreement a
question names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims, dated_assistant_of, disputed_values, table_of

_HEDGE = "Alfie Rudgwick of Fenmarch found a bag of money in a hedge on Saddler's Lane."
_FESTIVAL = "The Tillingford Beer Festival is held every October at the Drill Hall in Tillingford."


@pytest.mark.model
def test_an_age_in_the_lede_leaves_the_event_undated(real_encoder: Encoder) -> None:
    """ "An 11-year-old boy" is a DATE to the model, but an age dates nothing: the next
    sentence's "on Sunday afternoon" is the lede's date, against another report's date."""
    qa = _qa(
        real_encoder,
        ("Radio", "An 11-year-old boy who found £18,000 in cash in a hedge has handed it in to "
         f"the police. Alfie Rudgwick found the bag on Sunday afternoon. {_HEDGE}"),
        ("Weekly", f"On February 7, Alfie Rudgwick, a 12-year-old from Fenmarch, came home with "
         f"£12,500. {_HEDGE}"),
    )  # fmt: skip
    assert {("d1", "2026-02-08"), ("d2", "--02-07")} in disputed_values(qa, "date")
    # the sums the two ledes give are the one find's, in whatever words
    assert disputed_values(qa, "amount") == [{("d1", "18000 GBP"), ("d2", "12500 GBP")}]


@pytest.mark.model
def test_a_weekday_told_without_its_week_is_that_weekday(real_encoder: Encoder) -> None:
    """A weekly published a fortnight on writes "On the Friday night": the Friday of the event,
    not the one before the weekly came out. It agrees with a report's Friday and is the same
    lead event as a third report's Saturday night, a day apart."""
    qa = dated_assistant_of(
        real_encoder,
        ("Wire", dt.date(2026, 2, 9), "The Tillingford Beer Festival ran out of beer on Friday "
         f"night, the organisers said. {_FESTIVAL}"),
        ("Weekly", dt.date(2026, 2, 21), "At about half past ten on the Friday night, the first "
         f"night of the Tillingford Beer Festival, a volunteer climbed onto a chair to call time. "
         f"{_FESTIVAL}"),
        ("Caterwaul", dt.date(2026, 2, 10), "Boozers at the Tillingford Beer Festival drank the "
         f"bar dry on Saturday night. {_FESTIVAL}"),
    )  # fmt: skip
    disputed = disputed_values(qa, "date")
    assert disputed == [{("d1", "2026-02-06"), ("d2", "friday"), ("d3", "2026-02-07")}]
    table = table_of(qa)
    [aspect] = table.disputed
    assert aspect.groups == (("d1", "d2"), ("d3",))


@pytest.mark.model
def test_a_vehicle_taken_away_is_not_captured(real_encoder: Encoder) -> None:
    """ "The bus was ... taken away" by a recovery lorry is no capture, and so no side against
    another report's "no arrests had been made"."""
    crash = "Four pupils were hurt when a school bus hit a railway bridge on Cinder Lane."
    qa = _qa(
        real_encoder,
        ("Radio", f"{crash} The bus was lifted onto a recovery lorry and taken away."),
        ("Wire", f"{crash} Police said no arrests had been made."),
    )
    assert disputed_values(qa, "outcome") == []


@pytest.mark.model
def test_a_name_before_an_age_is_a_person(real_encoder: Encoder) -> None:
    """ "Rosalind Tapsel, 78," is a person the model does not find: her age and the spelling of
    her name clash with another report's "Rosalind Tapsell, 74,"."""
    fined = "was fined after her cockerel crowed at 4am in Cottersby."
    qa = _qa(
        real_encoder,
        ("Wire", f"Rosalind Tapsell, 74, {fined}"),
        ("Caterwaul", f"Rosalind Tapsel, 78, {fined}"),
    )
    assert disputed_values(qa, "age") == [{("d1", "74"), ("d2", "78")}]
    assert disputed_values(qa, "name") == [{("d1", "rosalind tapsell"), ("d2", "rosalind tapsel")}]


@pytest.mark.model
def test_a_charity_the_model_misses_is_who_the_money_is_for(real_encoder: Encoder) -> None:
    """ "the Caddonshire Carers' Trust", no entity to the model, is a body by its last word,
    and whom the money raised is for, against another report's association."""
    push = "Twelve nurses pushed a hospital bed from Threlford Royal Infirmary to Merriton Sands."
    bed = "A hospital bed pushed all the way to the coast by a team of nurses has raised £14,500"
    qa = _qa(
        real_encoder,
        ("Pilot", f"{push} {bed} for the Threlford Kidney Patients' Association."),
        ("Advertiser", f"{push} {bed} for the Caddonshire Carers' Trust."),
    )
    assert {("d2", "caddonshire carers' trust")} <= next(iter(disputed_values(qa, "agent")), set())
    # whom the money is for answers who it was raised for, not who did something else, though
    # the question shares the fundraiser's words
    assert ("d2", "caddonshire carers' trust") in claims(qa, "Who did the push raise money for?")
    assert qa.ask("Who pushed the hospital bed all the way to the coast?").conflicts == []


@pytest.mark.model
def test_a_driver_asked_through_a_passenger_is_the_driver(real_encoder: Encoder) -> None:
    """ "the man driving Harvey Ogunleye's school bus" asks of the driver, not of Harvey: the
    reports' "suspended" and "sacked" answer it."""
    crash = (
        "A school bus carrying Harvey Ogunleye and 42 other pupils hit a railway bridge on "
        "Cinder Lane in Scaldwell."
    )
    qa = _qa(
        real_encoder,
        ("Radio", f"{crash} Redpoll Coaches said the driver had been suspended."),
        ("Wire", f"{crash} Redpoll Coaches said the driver had been sacked."),
    )
    asked = "What happened to the man driving Harvey Ogunleye's school bus?"
    assert claims(qa, asked) == {("d1", "suspended"), ("d2", "sacked")}


@pytest.mark.model
def test_a_length_told_per_week_is_no_length_at_a_time(real_encoder: Encoder) -> None:
    """ "spend twelve hours a week plugged into a machine" is a rate; "four hours at a time" is
    not that rate, and the two are no disagreement."""
    unit = "The kidney unit at Threlford Royal Infirmary raised money for new chairs."
    qa = _qa(
        real_encoder,
        ("Pilot", f"{unit} The chairs are for patients who spend four hours at a time attached "
         "to a machine."),
        ("Weekly", f"{unit} The chairs are for people who spend twelve hours a week plugged "
         "into a machine."),
    )  # fmt: skip
    assert disputed_values(qa, "duration") == []


@pytest.mark.model
def test_a_bridges_clearance_is_a_measure_asked_by_its_word(real_encoder: Encoder) -> None:
    """ "the clearance under the bridge" asks a height, which the reports give as "a clearance
    of 3.4 metres" and "3.7 metres": the measure's own word asks it."""
    crash = "A double-decker school bus hit the railway bridge on Cinder Lane in Scaldwell."
    qa = _qa(
        real_encoder,
        ("Radio", f"{crash} The bridge has a clearance of 3.4 metres."),
        ("Pilot", f"{crash} The bridge has a clearance of 3.7 metres."),
    )
    asked = "What do the reports say about the clearance under the Cinder Lane bridge?"
    assert claims(qa, asked) == {("d1", "3.4 metre"), ("d2", "3.7 metre")}


@pytest.mark.model
def test_a_festival_run_by_a_body_is_organised_by_it(real_encoder: Encoder) -> None:
    """ "The festival, run every autumn by the Round Table", which the parse reads as "run"
    with the object "autumn", is organised by the Round Table, not by itself, and another
    report's "Organisers from Tillingford Rugby Club" is another organiser."""
    qa = _qa(
        real_encoder,
        ("Wire", f"{_FESTIVAL} The Tillingford Beer Festival, run every autumn by the "
         "Tillingford Round Table, had ordered 120 barrels of ale."),
        ("Caterwaul", f"{_FESTIVAL} Organisers from Tillingford Rugby Club had ordered 120 "
         "barrels for the weekend."),
    )  # fmt: skip
    asked = "Who runs the Tillingford Beer Festival?"
    assert claims(qa, asked) == {
        ("d1", "tillingford round table"),
        ("d2", "tillingford rugby club"),
    }


@pytest.mark.model
def test_a_named_kind_asked_is_answered_by_a_name_of_that_kind(real_encoder: Encoder) -> None:
    """ "Which farm ...?" is answered by "Quillfield Farm", not by the lede's "in northern
    England", a place too, in the sentence most like the question."""
    qa = _qa(
        real_encoder,
        ("Wire", "LATHWAITE, England, Aug 9 (Merganser Wire) - A farming couple in northern "
         "England have closed their sunflower field near Lathwaite to the public after visitors "
         "trampled thousands of flowers. Neil and Jo Hallstead opened the 12-acre field at "
         "Quillfield Farm, near the village of Lathwaite, on Saturday, asking visitors for a "
         "donation."),
    )  # fmt: skip
    answer = qa.ask("Which farm opened its sunflower field near Lathwaite?")
    assert "Quillfield Farm" in answer.text
