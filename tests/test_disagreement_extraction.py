"""What the disagreement table reads from news prose: ledes, background years, vague sides, ages.

Each model test builds a small corpus of its own (invented towns and people), so the rules are
checked on text other than the evaluation sets they were found on.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest

from assistant import Assistant, disputed
from assistant.disputed import as_told, figures_given, given_by_the_question
from assistant.lexicon import PLAN_ASKED
from assistant.question_type import detect
from index.analysis.entities import by_surname
from index.analysis.outcomes import find_outcomes
from index.analysis.tokens import tokenize
from index.disputes.aspects import (
    Aspect,
    aspect_name,
    full_subjects,
    source_groups,
    value_groups,
)
from index.disputes.facts import PLANNED, Fact, sentence_case
from index.disputes.table import DisputeTable
from index.disputes.values import (
    ago_form,
    duration_form,
    is_job,
    measure_form,
    role_form,
    roles_compatible,
    with_unit_compatible,
)
from index.encoder import Encoder
from index.options import DEFAULT_K
from tests.corpus_specs import DATA
from tests.tiny_corpora import WEDNESDAY
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims as _claims
from tests.tiny_corpora import disputed_values as _disputed_values
from tests.tiny_corpora import table_of as _table


def _values(qa: Assistant) -> set[tuple[str, str]]:
    """Every fact the table holds, as (kind, normal form)."""
    table = _table(qa)
    return {(table.facts[i].kind, table.facts[i].normalized) for i in range(len(table.facts))}


def _count(doc: str, normalized: str) -> Fact:
    return Fact("count", normalized, normalized, 0, 1, ("kill",), "", f"{doc}#0.0", "people")


def test_a_vaguer_value_that_fits_both_sides_takes_neither() -> None:
    """'At least four' fits four and six: it must not join them into an agreement."""
    by_doc = {
        "d1": [_count("d1", "4")],
        "d2": [_count("d2", "6")],
        "d3": [_count("d3", ">=4")],
    }
    assert value_groups("count", by_doc, named=False) == [["d1"], ["d2"]]


def test_a_vaguer_value_joins_the_one_side_it_fits_or_stands_alone() -> None:
    fits_one = {"d1": [_count("d1", "4")], "d2": [_count("d2", "6")], "d3": [_count("d3", ">5")]}
    assert value_groups("count", fits_one, named=False) == [["d1"], ["d2", "d3"]]
    fits_none = {"d1": [_count("d1", "4")], "d2": [_count("d2", ">20")]}
    assert value_groups("count", fits_none, named=False) == [["d1"], ["d2"]]


def test_a_value_a_source_implies_by_another_takes_no_side() -> None:
    """ "More than 300 on board" beside "more than a hundred" (of another count) in one
    report: the wider value must not make it agree with "about 210"."""
    by_doc = {
        "d1": [_count("d1", ">300"), _count("d1", ">100")],
        "d2": [_count("d2", "~210")],
    }
    assert source_groups("count", [f for fs in by_doc.values() for f in fs], named=False) == [
        ["d1"],
        ["d2"],
    ]


def _sum(doc: str, normalized: str) -> Fact:
    return Fact("amount", normalized, normalized, 0, 1, ("pay",), "", f"{doc}#0.0", "salary")


def test_a_figure_many_times_every_other_sides_takes_no_side() -> None:
    """Two outlets' figures for one thing are of one order: a share price of 42 guilders set
    beside a salary of 6.2 million is two things merged, not a disagreement."""
    far = {"d1": [_sum("d1", "42 guilder")], "d2": [_sum("d2", "6200000 guilder")]}
    assert value_groups("amount", far, named=False) == [["d1"]]
    near = far | {"d3": [_sum("d3", "4500000 guilder")]}
    assert value_groups("amount", near, named=False) == [["d2"], ["d3"]]


def _dated(noun: str, about: tuple[str, ...]) -> Fact:
    return Fact("date", "Monday", "2026-02-09", 0, 6, about, "", "d1#0.0", noun)


def test_a_date_is_named_by_its_event_not_by_who_acted() -> None:
    """ "Officers raided the warehouse on Monday": the date of the raid, never "the date of
    the officer"; a count of officers is still the number of officers."""
    raid = [_dated("officer", ("raid", "officer")), _dated("raid", ("raid", "warehouse"))]
    assert aspect_name("date", raid, {}) == "the date of the raid"
    assert aspect_name("date", [_dated("police", ("release", "police"))], {}) == "the date"
    assert aspect_name("date", [_dated("dam", ("burst", "dam"))], {}) == "the date of the dam"
    vidal = [_dated("vidal", ("plough", "vidal", "field"))]  # "ploughing Vidal's field"
    assert aspect_name("date", vidal, {}, names=frozenset({"vidal"})) == "the date"
    officers = Fact("count", "40", "40", 0, 2, ("deploy",), "", "d1#0.0", "officer")
    assert aspect_name("count", [officers], {}) == "the number of officers"


def test_parts_of_a_metre_are_read_in_metres() -> None:
    """ "70cm wide" against "1.2 metres wide": one width, compared in one unit."""
    assert measure_form("70cm") == "0.7 metre"
    assert measure_form("about 15 millimetres") == "~0.015 metre"
    assert not with_unit_compatible(measure_form("70cm") or "", measure_form("1.2 metres") or "")


def test_a_fraction_of_a_unit_keeps_its_bound() -> None:
    """ "about half a mile" is roughly 0.5 miles, "more than a quarter of a mile" over 0.25;
    "half a million" is no fraction of a unit."""
    assert measure_form("about half a mile") == "~0.5 mile"
    assert measure_form("more than a quarter of a mile") == ">0.25 mile"
    assert measure_form("three-quarters of a mile") == "0.75 mile"
    assert measure_form("half a million") is None


def test_yards_are_a_length_but_a_yard_alone_is_a_place() -> None:
    """ "150 yards away" and "300 yards down the hill" are lengths; "the livery yard" no
    figure, and a question about it asks for none."""
    assert measure_form("150 yards") == "150 yard"
    assert measure_form("a 300-yard") == "300 yard"
    assert measure_form("the yard") is None
    assert "number" not in detect("bellstone livery yard gate").wants


def test_a_time_told_from_another_is_no_duration() -> None:
    """ "five years ago" dates something; how long since, `ago_form` reads."""
    assert duration_form("five years ago") is None
    assert ago_form("five years ago") == "5 year"
    assert ago_form("about 18 months ago") == "~18 month"
    assert ago_form("two weeks later") is None
    assert duration_form("a day earlier") is None
    assert duration_form("two weeks later") is None
    assert duration_form("11-day") == "11 day"


def test_a_length_in_two_units_is_told_in_the_smaller() -> None:
    """ "18 hours 4 minutes" and "18 hours 20 minutes" are two lengths, not both 18 hours."""
    assert duration_form("17 hours 51 minutes") == "1071 minute"
    assert duration_form("about 18 hours and 20 minutes") == "~1100 minute"
    assert duration_form("two days and six hours") == "54 hour"
    assert duration_form("18 hours") == "18 hour"
    assert not with_unit_compatible("1084 minute", "1100 minute")


def test_posts_held_together_or_in_the_past_do_not_clash() -> None:
    assert not roles_compatible("chief executive", "director")
    assert roles_compatible("president", "chief executive")  # often held together
    assert not roles_compatible("chairman", "chief executive")
    assert roles_compatible("former mayor", "governor")
    assert roles_compatible("governor", "spokesman")  # not a post held one at a time
    assert not roles_compatible("deputy minister", "minister")
    assert roles_compatible("chief arbiter", "arbiter")  # "arbiter Mireille Qualen"
    assert not roles_compatible("chief arbiter", "deputy arbiter")


def test_a_director_or_manager_is_told_apart_by_the_department_named() -> None:
    assert role_form("The airport's operations director") == "operations director"
    assert role_form("provincial governor") == "governor"  # a place says no department
    assert not roles_compatible("operations director", "managing director")
    assert roles_compatible("finance director", "director")  # one says less
    assert roles_compatible(role_form("general manager"), "manager")


def test_two_jobs_clash_unless_one_job_in_other_words() -> None:
    """A person does one job at a time: a harbour master is no coastguard commander. A club's
    skipper is its captain, and "father" or "member" says no job at all."""
    assert not roles_compatible("master", "commander")
    assert not roles_compatible("guard", "contractor")
    assert roles_compatible("skipper", "captain")
    assert roles_compatible("father", "engineer")
    assert roles_compatible("mayor", "lawyer")  # an office beside a job
    assert not roles_compatible("curator", "director")  # a museum's, not one held beside
    assert roles_compatible("inspector", "detective")
    assert not is_job("tanker")  # "the oil tanker Corvina Spirit" is a ship


def test_the_time_that_is_left_is_a_duration() -> None:
    assert duration_form("another six months") == "6 month"
    assert duration_form("a further two weeks") == "2 week"


def test_a_kind_of_unit_or_a_look_back_is_still_a_duration() -> None:
    assert duration_form("the past two academic years") == "2 year"
    assert duration_form("three full days") == "3 day"


def test_a_count_and_a_half_is_a_duration() -> None:
    assert duration_form("four and a half years") == "4.5 year"
    assert duration_form("two-and-a-half months") == "2.5 month"
    assert duration_form("half a year") == "0.5 year"


def test_a_fortnight_is_two_weeks() -> None:
    assert duration_form("a fortnight") == "2 week"
    assert duration_form("the closing fortnight") is None  # no count


@pytest.mark.model
def test_ledes_that_date_one_event_in_unrelated_words_disagree(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Valley Post", "The dam above Elmsford burst on Monday, flooding the lower town, "
         "officials said. Rescue teams searched the valley for days."),
        ("River Times", "Floodwaters broke through the embankment above Elmsford early on "
         "Sunday, sweeping through the lower town. Rescue teams searched the valley for days."),
    )  # fmt: skip
    assert _claims(qa, "When did the dam burst?") == {("d1", "2026-02-09"), ("d2", "2026-02-08")}


@pytest.mark.model
def test_a_lede_may_date_its_event_in_the_second_sentence(real_encoder: Encoder) -> None:
    """A tabloid opens with its summary and dates the event in the next sentence."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The dam above Elmsford burst on Monday, flooding the lower town, "
         "officials said. Rescue teams searched the valley for days."),
        ("Daily Shout", "TERRIFIED families fled as a wall of water smashed through the lower "
         "town. Floodwaters broke through the embankment above Elmsford early on Sunday. "
         "Rescue teams searched the valley for days."),
    )  # fmt: skip
    assert _claims(qa, "When did the dam burst?") == {("d1", "2026-02-09"), ("d2", "2026-02-08")}


@pytest.mark.model
def test_the_day_something_was_said_is_not_when_it_happened(real_encoder: Encoder) -> None:
    """ "Officials said on Tuesday that the dam had burst" dates the saying: it answers when
    officials said so, not when the dam burst."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Officials said on Tuesday that the dam above Elmsford had burst, "
         "flooding the lower town. Rescue teams searched the valley for days."),
        ("River Times", "Floodwaters broke through the embankment above Elmsford early on "
         "Sunday, sweeping through the lower town. Rescue teams searched the valley for days."),
    )  # fmt: skip

    def dates_of_candidates(question: str) -> set[str]:
        index = qa._index
        vector = index.encode_query(question)
        hits = index.search(question, k=DEFAULT_K, query_vector=vector)
        table = _table(qa)
        found = disputed.candidates(question, detect(question), vector, hits, index.content)
        return {table.facts[f].value for s in found for f in table.aspects[s.aspect].facts}

    assert dates_of_candidates("When did the dam burst?") == {"Sunday"}
    assert "Tuesday" in dates_of_candidates("When did officials say the dam burst?")


@pytest.mark.model
def test_a_later_reports_lede_tells_a_later_event(real_encoder: Encoder) -> None:
    """Three days after the raid, a report's lede is about the court: no date disagreement."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Police raided a warehouse in Elmsford's dock district on February 8 "
         "and seized fake medicines, officials said. Six people were arrested."),
        ("River Times", "Six men appeared in court in Elmsford on Wednesday over the raid on a "
         "dock warehouse. The raid on February 8 found fake medicines."),
    )  # fmt: skip
    answer = qa.ask("When did police raid the warehouse?")
    assert answer.conflicts == []
    assert "February 8" in answer.text


@pytest.mark.model
def test_a_figure_of_an_earlier_year_is_background(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Valley Post", "The flood killed 12 people in Elmsford, officials said. Rescue teams "
         "searched the valley for days."),
        ("River Times", "The flood killed 15 people in Elmsford, officials said. The town last "
         "flooded in 1997, when the river killed 30 people."),
    )  # fmt: skip
    assert _claims(qa, "How many people did the flood kill?") == {("d1", "12"), ("d2", "15")}


@pytest.mark.model
def test_a_when_clause_after_a_year_is_background(real_encoder: Encoder) -> None:
    """ "The beaches blackened in the disaster of 1994, when 8,000 tonnes came ashore": the
    parse hangs the "when" clause on "blackened", yet it tells what happened in 1994."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The tanker Corvina spilled about 1,200 tonnes of crude oil off Tarrow "
         "on Tuesday, the coastguard said."),
        ("River Times", "More than 3,000 tonnes of crude oil escaped from the tanker Corvina "
         "off Tarrow on Tuesday. The slick is near the beaches that were blackened in the "
         "Belmira disaster of 1994, when 8,000 tonnes of oil came ashore."),
    )  # fmt: skip
    facts = {_table(qa).facts[i].value for i in range(len(_table(qa).facts))}
    assert "8,000 tonnes" not in facts
    assert "More than 3,000 tonnes" in facts


@pytest.mark.model
def test_a_relative_of_a_person_is_not_that_person(real_encoder: Encoder) -> None:
    """ "How old is Tomas Brenner's widow?" or "... Brenner's grieving business partner?" asks
    about someone else: Brenner's disputed age is no answer to it."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Tomas Brenner, 49, was shot dead outside his pharmacy in Elmsford on "
         "Monday. His widow spoke to reporters."),
        ("River Times", "Pharmacist Tomas Brenner, 52, was shot dead outside his shop in "
         "Elmsford on Monday. His widow spoke to reporters."),
    )  # fmt: skip
    assert _claims(qa, "How old was Tomas Brenner?") == {("d1", "49"), ("d2", "52")}
    assert qa.ask("How old is Tomas Brenner's widow?").conflicts == []
    assert qa.ask("How old is Brenner's grieving business partner?").conflicts == []


@pytest.mark.model
def test_a_part_of_a_count_is_not_the_count(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Valley Post", "The coach overturned near Elmsford on Monday. Fourteen people were "
         "injured, four of them seriously, the ambulance service said."),
        ("River Times", "The coach overturned near Elmsford on Monday. Fourteen people were "
         "injured, the ambulance service said."),
    )  # fmt: skip
    answer = qa.ask("How many people were injured when the coach overturned?")
    assert answer.conflicts == []
    assert "Fourteen" in answer.text


@pytest.mark.model
def test_an_age_given_as_aged_after_a_name(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Valley Post", "The flood hit Elmsford on Monday. Lena Moravec, aged 36, of Mill "
         "Lane, was rescued from her roof."),
        ("River Times", "The flood hit Elmsford on Monday. \"The water came in so fast,\" said "
         "Lena Moravec, 34, a nurse."),
    )  # fmt: skip
    assert _claims(qa, "How old is Lena Moravec?") == {("d1", "36"), ("d2", "34")}


@pytest.mark.model
def test_an_age_on_the_noun_set_beside_a_name_is_that_persons(real_encoder: Encoder) -> None:
    """ "Esmond Kenward, the 64-year-old owner of the yacht, had been rationing water": the age
    is Kenward's, though the verb's object is the water; his post is "owner", not "old owner"."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A sailor was rescued off Kessary on Monday. Esmond Kenward, the "
         "64-year-old owner of the yacht Marram Grace, had been rationing a few litres of "
         "water."),
        ("River Times", "A sailor was rescued off Kessary on Monday. Esmond Kenward, 58, was "
         "picked up by a trawler."),
    )  # fmt: skip
    assert _disputed_values(qa, "age") == [{("d1", "64"), ("d2", "58")}]
    table = _table(qa)
    roles = {table.facts[i].value for i in range(len(table.facts)) if table.facts[i].kind == "role"}
    assert roles == {"owner"}


@pytest.mark.model
def test_a_name_the_ner_misses_is_a_person_by_its_role_or_what_befalls_it(
    real_encoder: Encoder,
) -> None:
    """Invented names are often no PERSON to the small model. A person noun before the name
    ("Harriers boss Ysolde Marrack") or a verb only people undergo ("Ysolde Marrack resigned")
    shows a person; "the 47-year-old" and "who is aged 45" then refer back to her."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Under-fire Quarrington Harriers boss Ysolde Marrack has been sacked "
         "after a 5-1 home defeat. The 47-year-old was told on Tuesday that her contract would "
         "end."),
        ("River Times", "Ysolde Marrack resigned as manager of Quarrington Harriers on Tuesday. "
         "The former Dunmere coach, who is aged 45, thanked the supporters."),
    )  # fmt: skip
    assert _claims(qa, "How old is Ysolde Marrack?") == {("d1", "47"), ("d2", "45")}
    assert _claims(qa, "Was Ysolde Marrack sacked or did she resign?") == {
        ("d1", "sacked"),
        ("d2", "resigned"),
    }


@pytest.mark.model
def test_a_breakdown_after_something_gives_its_cause(real_encoder: Encoder) -> None:
    """ "The roof came down after a beam gave way": what came just before a collapse is
    its cause, set against another outlet's; what came before a sacking is not read."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The roof of the Elmsford sports hall came down after a steel beam "
         "gave way on Monday. The caretaker was sacked after an inquiry."),
        ("River Times", "Investigators said a build-up of snow had caused the collapse of the "
         "Elmsford sports hall roof on Monday."),
    )  # fmt: skip
    assert _claims(qa, "Why did the sports hall roof collapse?") == {
        ("d1", "a steel beam"),
        ("d2", "a build-up of snow"),
    }


@pytest.mark.model
def test_causes_named_as_the_cause_or_told_with_because(real_encoder: Encoder) -> None:
    """ "X was the most likely cause", "findings point to X" and a breakdown "because" of
    something are causes; a reason for something else ("declined to comment because...")
    is not."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A freight train derailed near Elmsford on Monday. The fire chief "
         "said a broken axle was the most likely cause. The operator declined to comment "
         "because the inquiry had begun."),
        ("River Times", "A freight train derailed near Elmsford on Monday because it took the "
         "curve too fast, a rail worker said."),
        ("Mill Gazette", "A freight train came off the rails near Elmsford on Monday. "
         "\"Our findings point to a cracked sleeper,\" the investigator said."),
    )  # fmt: skip
    assert _disputed_values(qa, "cause") == [
        {("d1", "a broken axle"), ("d2", "the curve"), ("d3", "a cracked sleeper")}
    ]


@pytest.mark.model
def test_a_fault_is_a_cause_wherever_it_is_told(real_encoder: Encoder) -> None:
    """ "had suffered a steering failure" and "tests found a faulty thermostat" tell causes in
    no cause construction; a denied fault, a fault by how bad or common it was, what a thing
    is blamed for and a moment after which something happened ("after departure") are none."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A ferry hit a pier in Elmsford on Monday. The harbour master said the "
         "ferry had suffered a steering failure. Investigators ruled out a hydraulic fault. "
         "The ferry was blamed for a string of near misses; the common fault was known."),
        ("River Times", "A ferry crashed into a pier in Elmsford on Monday shortly after departure "
         "from the quay. Tests found a faulty thermostat; the captain admitted a terrible error."),
    )  # fmt: skip
    assert _disputed_values(qa, "cause") == [
        {("d1", "a steering failure"), ("d2", "a faulty thermostat")}
    ]


@pytest.mark.model
def test_what_a_vehicle_met_or_what_blocked_the_way_is_a_cause(real_encoder: Encoder) -> None:
    """ "hit a patch of black ice" names what the coach skidded on, "a rockfall blocked the
    road" what did the harm; "protesters blocked the road" tells who acted, not a cause."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Six passengers were hurt when a coach from Elmsford crashed on the "
         "Vittra Pass on Monday. Police said the coach had hit a patch of black ice."),
        ("River Times", "Six passengers were hurt when a coach from Elmsford crashed on the "
         "Vittra Pass on Monday. A rockfall had blocked the road minutes earlier, police said. "
         "Protesters blocked the road to Elmsford on Tuesday."),
    )  # fmt: skip
    assert _disputed_values(qa, "cause") == [{("d1", "black ice"), ("d2", "a rockfall")}]


@pytest.mark.model
def test_what_struck_tore_or_seized_is_a_cause(real_encoder: Encoder) -> None:
    """ "stopped ... when lightning struck the tower", "a floating branch had torn the net",
    "a gearbox in the drive station seized" (parsed as a participle of "station") and "a spark
    from welding work on a tank set off the blast" (parsed as a participle of "tank") tell
    causes; a clock that "struck the hour" and what was "brought down by Sunday morning" do
    not."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The Elmsford cable car stopped on Monday, when lightning struck the "
         "upper station. The clock on the station struck the hour as the cabins were brought "
         "down by Tuesday morning."),
        ("River Times", "A gearbox in the drive station of the Elmsford cable car seized on "
         "Monday, stopping the cabins in mid-air."),
        ("Mill Gazette", "The Elmsford cable car stopped on Monday after a floating branch had "
         "torn the cable."),
    )  # fmt: skip
    assert _disputed_values(qa, "cause") == [
        {("d1", "lightning"), ("d2", "a gearbox"), ("d3", "a floating branch")}
    ]
    blast = _qa(
        real_encoder,
        ("Valley Post", "Investigators believe a spark from welding work on a storage tank set "
         "off the explosion at the Elmsford factory on Monday."),
        ("River Times", "Fire investigators said a leak from a gas main caused the explosion at "
         "the Elmsford factory on Monday."),
    )  # fmt: skip
    assert _disputed_values(blast, "cause") == [
        {("d1", "a spark from welding work"), ("d2", "a leak from a gas main")}
    ]


@pytest.mark.model
def test_a_length_and_a_half_is_one_duration(real_encoder: Encoder) -> None:
    """ "a three-and-a-half-year deal": the NER labels "three" alone, a count of nothing."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Nico Albrandt has signed a five-year contract with Castrovinha FC."),
        ("River Times", "Nico Albrandt put pen to paper on a three-and-a-half-year deal with "
         "Castrovinha FC."),
    )  # fmt: skip
    assert ("duration", "3.5 year") in _values(qa)
    assert ("count", "3") not in _values(qa)


@pytest.mark.model
def test_a_sum_told_as_worth_is_of_the_thing_it_is_worth(real_encoder: Encoder) -> None:
    """ "The budget, worth 386 million francs" is the budget's sum, as "a budget of 412
    million francs" is."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Port-Aubrac's city council approved a budget of 412 million francs "
         "for 2027 on Tuesday, closing a public library."),
        ("River Times", "Port-Aubrac's city council voted on Tuesday for its 2027 budget. The "
         "budget, worth 386 million francs, will cut 140 jobs at the city hall and raise the "
         "cost of parking in the old town from 2 francs to 3 francs."),
    )  # fmt: skip
    # The parking charges share the words of a cost, not the order of the budget's sums.
    assert _disputed_values(qa, "amount") == [{("d1", "412000000 CHF"), ("d2", "386000000 CHF")}]
    assert qa.ask("How much more will parking cost in Port-Aubrac?").conflicts == []


@pytest.mark.model
def test_a_participle_after_a_noun_dates_that_noun(real_encoder: Encoder) -> None:
    """ "by a clear majority in the referendum held on 24/4": the date is the referendum's,
    though the parse hangs "held" on the majority."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Ostvale voters backed the Quillen tunnel, the electoral commission "
         "said. The Quillen tunnel referendum on Sunday drew a turnout of 61 per cent."),
        ("River Times", "Ostvale voters backed the Quillen tunnel by a clear majority in the "
         "referendum held on 5/2, the electoral commission said. Turnout was 61 per cent."),
    )  # fmt: skip
    assert _disputed_values(qa, "date") == [{("d1", "2026-02-08"), ("d2", "--02-05")}]


@pytest.mark.model
def test_a_sum_asked_in_any_words_for_money_finds_its_disagreement(
    real_encoder: Encoder,
) -> None:
    """ "What sum ...?" and "How much money ... hand over?" ask for the ransom: "sum" and
    "money" name no attribute of a sum, and "hospital" no number injured. The sentence is a
    length, never "the death toll", though it was for a murder."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Hackers who crippled Marlow General Hospital on Sunday are demanding a "
         "ransom of 2 million dollars, the hospital said. Two patients were hurt when a lift "
         "failed. The gang leader is serving a sentence of 22 years for a murder."),
        ("River Times", "Hackers who crippled Marlow General Hospital on Sunday are demanding a "
         "ransom of 5 million dollars, police said. The gang leader is serving a sentence of "
         "28 years for a murder."),
    )  # fmt: skip
    expected = {("d1", "2000000 USD"), ("d2", "5000000 USD")}
    assert _claims(qa, "What sum are the hackers demanding from Marlow General?") == expected
    assert _claims(qa, "How much money do the hackers want the hospital to hand over?") == expected
    [length] = [a for a in _table(qa).disputed if a.kind == "duration"]
    assert length.name == "the sentence"


@pytest.mark.model
def test_workers_counted_by_their_job_are_asked_as_men_or_workers(real_encoder: Encoder) -> None:
    """ "How many men ...?" and "How many workers ...?" ask for the miners, whom the articles
    count by their job."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Water flooded the Holmgarth zinc mine near Dunmarrow on Monday. Nine "
         "miners were trapped underground before rescuers reached them. The mine's owner, "
         "Brandlow Metals, said Anna Kessel led the rescue."),
        ("River Times", "Water flooded the Holmgarth zinc mine near Dunmarrow on Monday. Twelve "
         "miners were trapped underground before rescuers reached them. The mine's owner, "
         "Brandlow Metals, said Anna Kessel led the rescue."),
    )  # fmt: skip
    expected = {("d1", "9"), ("d2", "12")}
    assert _claims(qa, "How many men were stuck underground at Holmgarth?") == expected
    assert _claims(qa, "How many workers were trapped in the Holmgarth mine?") == expected
    [count] = [a for a in _table(qa).disputed if a.kind == "count"]
    assert count.name == "the number of miners"


@pytest.mark.model
def test_what_the_counted_are_is_told_by_be(real_encoder: Encoder) -> None:
    """ "SIX people are dead": the count is a death toll (told by "are dead", not a verb),
    though shouted in capitals."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Four people died when a train derailed near Elmsford on Monday."),
        ("Daily Siren", "SIX people are dead after a packed train flew off the tracks near "
         "Elmsford."),
    )  # fmt: skip
    assert _claims(qa, "How many people died in the Elmsford derailment?") == {
        ("d1", "4"),
        ("d2", "6"),
    }


@pytest.mark.model
def test_people_counted_at_a_place_are_its_attendance(real_encoder: Encoder) -> None:
    """ "48,000 people were inside the park" and "About 60,000 people were at the festival" both
    count who was there ("about 60,000" admits less than a fifth either side), and "How many
    people were at ...?" asks that count."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A crush at the Harbour Lights festival in Elmsford injured 14 people on "
         "Saturday. Police estimated that 48,000 people were inside the park on Saturday."),
        ("River Times", "Fourteen people were hurt in a crush at the Harbour Lights festival on "
         "Saturday night. About 60,000 people were at the festival in Mill Park, the organisers "
         "said."),
    )  # fmt: skip
    assert _claims(qa, "How many people were at the Harbour Lights festival?") == {
        ("d1", "48000"),
        ("d2", "~60000"),
    }


@pytest.mark.model
def test_people_forced_from_their_homes_are_the_evacuated(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Valley Post", "One man died and 900 residents were evacuated after the River Elm "
         "burst its banks at Elmsford on Monday."),
        ("River Times", "About 2,500 people were forced from their homes in Elmsford after the "
         "River Elm broke its banks on Monday, officials said."),
    )  # fmt: skip
    assert _claims(qa, "How many people were evacuated in the Elmsford floods?") == {
        ("d1", "900"),
        ("d2", "~2500"),
    }
    # asked in the words of leaving home, too
    assert _claims(qa, "How many people had to leave their homes in Elmsford?") == {
        ("d1", "900"),
        ("d2", "~2500"),
    }


@pytest.mark.model
def test_a_bus_crammed_with_day_trippers_has_them_on_board(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Valley Post", "Five people were killed when a coach carrying 31 passengers left the "
         "road near Elmsford on Monday."),
        ("Daily Siren", "The bus was crammed with more than 40 day-trippers from Elmsford when it "
         "careered off the road on Monday."),
    )  # fmt: skip
    assert _claims(qa, "How many passengers were on the Elmsford coach?") == {
        ("d1", "31"),
        ("d2", ">40"),
    }


@pytest.mark.model
def test_a_length_of_something_is_that_things_length(real_encoder: Encoder) -> None:
    """ "After nine days of walkouts, union bosses signed a deal": the length is the walkouts',
    not the deal's, so it disputes an "11-day strike" in the table itself."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Dockworkers at Elmsford returned to work on Friday, ending an 11-day "
         "strike over pay."),
        ("Daily Siren", "After nine days of walkouts that shut the port of Elmsford, union bosses "
         "signed a deal on Thursday."),
    )  # fmt: skip
    assert _disputed_values(qa, "duration") == [{("d1", "11 day"), ("d2", "9 day")}]


@pytest.mark.model
def test_a_count_of_something_named_is_no_saying(real_encoder: Encoder) -> None:
    """ "cases were confirmed among its 420 pupils" counts the school's pupils: "confirmed"
    hangs the count on a verb of saying, yet the count is of pupils."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Health officials closed Elmsford Primary School on Monday after 12 cases "
         "of measles were confirmed among its 420 pupils."),
        ("Daily Siren", "Letters went home to the parents of all 380 pupils at Elmsford Primary "
         "School last week."),
    )  # fmt: skip
    assert {("d1", "420"), ("d2", "380")} in _disputed_values(qa, "count")


@pytest.mark.model
def test_people_moved_out_of_where_they_live_are_the_evacuated(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Valley Post", "About 3,000 people were evacuated after the volcano above Elmsford "
         "erupted on Sunday."),
        ("River Times", "More than 5,000 residents have been moved out of the villages around "
         "Elmsford since the volcano began erupting on Sunday."),
    )  # fmt: skip
    assert {("d1", "~3000"), ("d2", ">5000")} in _disputed_values(qa, "count")


def test_a_tabloids_shouted_opening_is_read_in_sentence_case() -> None:
    assert sentence_case("SIX people are dead after a train") == "Six people are dead after a train"
    assert sentence_case("NHS bosses said") == "NHS bosses said"  # an acronym stays


@pytest.mark.model
def test_spectators_and_a_crowd_are_the_same_people_counted(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Valley Post", "Elmsford won the county final 2-1 in front of 12,400 spectators at "
         "Mill Park on Saturday."),
        ("River Times", "A sell-out crowd of more than 15,000 packed the Mill Park stadium on "
         "Saturday to watch Elmsford win the county final."),
    )  # fmt: skip
    assert _disputed_values(qa, "count") == [{("d1", "12400"), ("d2", ">15000")}]


@pytest.mark.model
def test_a_post_in_apposition_is_a_title_after_its_of_phrases(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Valley Post", "The university's registrar, Lise Amundtorp, was suspended on Monday."),
        ("River Times", "The bursar of the college of music, Lise Amundtorp, was suspended on "
         "Monday."),
    )  # fmt: skip
    assert _disputed_values(qa, "role") == [{("d1", "registrar"), ("d2", "bursar")}]


@pytest.mark.model
def test_an_outcome_told_of_a_name_in_apposition(real_encoder: Encoder) -> None:
    """ "The owner of the shop, Ivo Brask, was charged": the charge is Brask's, not the
    person the sentence before named."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Police raided a shop in Elmsford on Monday. Its manager, Tomas "
         "Grell, was arrested. The owner of the shop, Ivo Brask, 61, was charged with fraud."),
        ("River Times", "Police raided a shop in Elmsford on Monday. Ivo Brask, 61, who owns "
         "the shop, was released without charge on Tuesday, his lawyer said."),
    )  # fmt: skip
    assert _claims(qa, "Was Ivo Brask charged?") == {
        ("d1", "charged"),
        ("d2", "released-uncharged"),
    }


@pytest.mark.model
def test_who_was_counted_does_not_say_what_was_counted(real_encoder: Encoder) -> None:
    """ "Three passengers were killed" is a death toll; "38 passengers" the number on board."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A coach carrying 38 passengers overturned near Elmsford on Monday, "
         "killing three passengers, police said."),
        ("River Times", "A coach overturned near Elmsford on Monday, killing three passengers. "
         "The coach had 44 passengers on board, police said."),
    )  # fmt: skip
    assert _claims(qa, "How many passengers were on the coach?") == {("d1", "38"), ("d2", "44")}
    assert qa.ask("How many passengers were killed?").conflicts == []


@pytest.mark.model
def test_a_wire_leads_subject_is_read_past_its_dateline(real_encoder: Encoder) -> None:
    """Who was appointed is a fact, in the passive as in the active, and a wire's dateline
    ("MARLOW, Feb 11 (Valley Post) - ") does not hide the lead's subject from the parse."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "MARLOW, Feb 11 (Valley Post) - Oskar Tennant, the detective who led "
         "the city's fraud squad, has been appointed Marlow's police commissioner, the council "
         "announced on Tuesday."),
        ("River Times", "Marlow city council on Tuesday appointed Ada Lindqvist, the force's "
         "deputy commissioner, as the city's next police commissioner, the council announced. "
         "Oskar Tennant, the detective who led the city's fraud squad, lost the vote."),
    )  # fmt: skip
    assert _claims(qa, "Who was appointed police commissioner in Marlow?") == {
        ("d1", "oskar tennant"),
        ("d2", "ada lindqvist"),
    }


@pytest.mark.model
def test_two_posts_held_one_at_a_time_clash(real_encoder: Encoder) -> None:
    """ "Chief executive" and "finance director" of one company cannot both be her post."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Brelling Foods will close its Marlow plant. Chief executive Nadia "
         "Oster told staff the site had lost money for years."),
        ("River Times", "Brelling Foods will close its Marlow plant, Nadia Oster, the "
         "company's finance director, told reporters."),
    )  # fmt: skip
    assert _claims(qa, "What is Nadia Oster's job at Brelling Foods?") == {
        ("d1", "chief executive"),
        ("d2", "finance director"),
    }


@pytest.mark.model
def test_a_job_told_before_a_name_is_the_persons_title(real_encoder: Encoder) -> None:
    """ "coastguard commander Ebba Marrack" against "the harbour master, Ebba Marrack": one
    outlet's job for her before her name, the other's in apposition. "Union boss" says she
    leads the union, not her post in it, and takes no side."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A tanker and a ferry collided off Kallimora on Tuesday. Kallimora's "
         "harbour master, Ebba Marrack, said the ferry's steering had failed."),
        ("River Times", "A tanker and a ferry collided off Kallimora on Tuesday, said "
         "coastguard commander Ebba Marrack, who led the rescue."),
        ("Daily Blare", "A tanker and a ferry collided off Kallimora on Tuesday. Port boss "
         "Ebba Marrack said it was a miracle nobody died. CROOKED Kallimora coastguard "
         "commander Ebba Marrack said nothing."),
    )  # fmt: skip
    assert _disputed_values(qa, "role") == [
        {("d1", "master"), ("d2", "commander"), ("d3", "commander")}
    ]
    table = _table(qa)
    told = {table.facts[i].value for i in range(len(table.facts)) if table.facts[i].kind == "role"}
    assert told == {"harbour master", "coastguard commander"}


@pytest.mark.model
def test_a_charge_told_with_its_day_is_a_charge(real_encoder: Encoder) -> None:
    """ "was charged on Wednesday with corruption" against "released without charge"."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Police raided the faculty in Elmsford on Monday. Its registrar, "
         "Bastien Royer, 47, was charged on Tuesday with forgery."),
        ("River Times", "Police raided the faculty in Elmsford on Monday. Its registrar, "
         "Bastien Royer, 47, was released without charge on Tuesday."),
    )  # fmt: skip
    assert _claims(qa, "Was Bastien Royer charged?") == {
        ("d1", "charged"),
        ("d2", "released-uncharged"),
    }


@pytest.mark.model
def test_an_unnamed_persons_fate_is_compared_under_their_role(real_encoder: Encoder) -> None:
    """Outlets that never name the driver both call him "the driver"."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A bus overturned near Marlow on Monday, killing two passengers. "
         "Police said the driver, a 51-year-old man, died at the scene."),
        ("River Times", "A bus overturned near Marlow on Monday, killing two passengers. "
         "The driver was arrested on suspicion of dangerous driving."),
    )  # fmt: skip
    assert _claims(qa, "What happened to the bus driver?") == {
        ("d1", "died-at-scene"),
        ("d2", "captured"),
    }


def test_durations_in_other_units_agree_within_a_margin() -> None:
    assert with_unit_compatible("8 week", "2 month")
    assert with_unit_compatible("1 month", "4 week")
    assert not with_unit_compatible("~3 week", "2 month")
    assert not with_unit_compatible("3 day", "1 week")
    assert not with_unit_compatible("~40 minute", "~2 hour")
    assert with_unit_compatible("90 minute", "1.5 hour")
    assert with_unit_compatible("3 year", "40 USD")  # no unit in common: no claim


@pytest.mark.model
def test_durations_in_other_calendar_units_are_compared(real_encoder: Encoder) -> None:
    """ "About three weeks" is not "two months"; "eight weeks" is."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A landslide hit the Marlow road on Monday. The road will stay closed "
         "for about three weeks while the wall is rebuilt."),
        ("River Times", "A landslide hit the Marlow road on Monday. The road will be closed "
         "for two months, the roads agency said."),
        ("Hill News", "A landslide hit the Marlow road on Monday. The road is expected to be "
         "closed for eight weeks."),
    )  # fmt: skip
    assert _claims(qa, "How long will the Marlow road be closed?") == {
        ("d1", "~3 week"),
        ("d2", "2 month"),
        ("d3", "8 week"),
    }


@pytest.mark.model
def test_findings_that_point_to_a_cause_give_it(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Valley Post", "A lorry crashed into a wall in Marlow on Monday. Initial findings "
         "pointed to brake failure, police said."),
        ("River Times", "A lorry crashed into a wall in Marlow on Monday. Police said the crash "
         "was caused by black ice on the bridge."),
    )  # fmt: skip
    assert _claims(qa, "What caused the lorry crash in Marlow?") == {
        ("d1", "brake failure"),
        ("d2", "black ice"),
    }


@pytest.mark.model
def test_an_earlier_year_dates_only_what_it_governs(real_encoder: Encoder) -> None:
    """ "The chain, founded in 1932, collapsed on Monday, putting 1,140 jobs at risk": the
    founding year makes none of the lede's figures background."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Harlow's, the store chain founded in Marlow in 1932, collapsed on "
         "Monday, putting 1,140 jobs at risk across its stores."),
        ("River Times", "Harlow's, the Marlow store chain, collapsed on Monday. The chain's "
         "administrators said 1,400 jobs were at risk across its stores in Marlow."),
    )  # fmt: skip
    assert _claims(qa, "How many jobs are at risk at Harlow's?") == {
        ("d1", "1140"),
        ("d2", "1400"),
    }


def _hospice(encoder: Encoder) -> Assistant:
    """A treasurer jailed for fraud, his age given once with his full name and once with his
    surname alone (58 against 61)."""
    return _qa(
        encoder,
        ("Valley Post", "A former treasurer of the Marlow Children's Hospice has been jailed "
         "for fraud. Garnet Vell, 58, of Mill Lane, Marlow, admitted taking money from the "
         "Marlow Children's Hospice."),
        ("River Times", "A greedy treasurer who took money from the Marlow Children's Hospice "
         "has been jailed for fraud at Marlow Crown Court. Vell, aged 61, showed no emotion."),
    )  # fmt: skip


@pytest.mark.model
def test_a_surname_with_an_age_is_the_storys_person(real_encoder: Encoder) -> None:
    """An outlet that never gives the full name in a form the NER reads as a person still
    gives the age of the story's Garnet Vell."""
    qa = _hospice(real_encoder)
    assert _claims(qa, "How old is Garnet Vell?") == {("d1", "58"), ("d2", "61")}


@pytest.mark.model
def test_a_title_asked_beside_a_company_the_ner_calls_a_person(real_encoder: Encoder) -> None:
    """ "Its chief executive, Rutendo Vale," gives a title (the name in apposition to it), and
    the company named in the question is not taken for the person asked about."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Nine miners died when a tunnel collapsed at the Usk mine, which is run "
         "by Kaseno Minerals. Kaseno chairman Rutendo Vale flew to the mine on Tuesday."),
        ("River Times", "Nine miners died when a tunnel collapsed at the Usk mine. Its chief "
         "executive, Rutendo Vale, said Kaseno Minerals would pay compensation."),
    )  # fmt: skip
    assert _claims(qa, "What is Rutendo Vale's role at Kaseno Minerals?") == {
        ("d1", "chairman"),
        ("d2", "chief executive"),
    }


@pytest.mark.model
def test_inmates_and_prisoners_are_one_count(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Valley Post", "Twenty-three inmates escaped from Marlow prison on Sunday, police said. "
         "Roadblocks were set up around Marlow."),
        ("River Times", "More than 30 prisoners escaped from Marlow prison on Sunday. Police set "
         "up roadblocks around Marlow."),
    )  # fmt: skip
    assert _claims(qa, "How many prisoners escaped from Marlow prison?") == {
        ("d1", "23"),
        ("d2", ">30"),
    }


@pytest.mark.model
def test_ships_and_vessels_are_one_count(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Valley Post", "Hackers shut the container port of Marlow on Tuesday. At the height of "
         "the shutdown, 41 ships were waiting to unload, port officials said."),
        ("River Times", "A cyberattack shut the container port of Marlow on Tuesday. More than 60 "
         "vessels were queued off the coast at the peak, shipping agents said."),
    )  # fmt: skip
    assert _disputed_values(qa, "count") == [{("d1", "41"), ("d2", ">60")}]
    # A keyword query naming what is counted asks how many.
    assert _claims(qa, "marlow port hack ships") == {("d1", "41"), ("d2", ">60")}


@pytest.mark.model
def test_how_many_people_asks_for_passengers_too(real_encoder: Encoder) -> None:
    """ "People" is the word for anyone: it asks for the passengers a count names, though not
    for the cabins beside them."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The Brill cable car stopped on Saturday evening, leaving 86 passengers "
         "trapped in its 14 cabins overnight, police said."),
        ("River Times", "A gearbox seized on the Brill cable car on Saturday, stopping all 14 "
         "cabins in mid-air and leaving 112 passengers stranded overnight."),
    )  # fmt: skip
    assert _claims(qa, "How many people were stuck in the Brill cabins overnight?") == {
        ("d1", "86"),
        ("d2", "112"),
    }
    # "on the cable car" asks who was aboard, in words no lexicon class holds
    assert _claims(qa, "How many people were on the Brill cable car?") == {
        ("d1", "86"),
        ("d2", "112"),
    }


def _mine(encoder: Encoder) -> Assistant:
    """A mine collapse told by two outlets that disagree on the death toll only."""
    return _qa(
        encoder,
        ("Valley Post", "Nine miners died on Tuesday when a tunnel collapsed at the Usk copper "
         "mine near Marlow, and 27 of their colleagues were brought out alive. The miners were "
         "working 400 metres underground."),
        ("River Times", "A tunnel collapse at the Usk copper mine near Marlow killed 11 miners on "
         "Tuesday, and 27 others were brought out alive, the mine's owner said."),
    )  # fmt: skip


@pytest.mark.model
def test_a_death_toll_answers_only_what_asks_it(real_encoder: Encoder) -> None:
    """The toll is named for a question about the dead, whatever its words, and for no other
    count or measure of the same miners."""
    qa = _mine(real_encoder)
    assert _claims(qa, "How many miners were killed at the Usk mine?") == {
        ("d1", "9"),
        ("d2", "11"),
    }
    assert _claims(qa, "usk mine deaths") == {("d1", "9"), ("d2", "11")}
    assert qa.ask("How many miners were underground when the Usk tunnel collapsed?").conflicts == []
    assert qa.ask("How deep underground were the Usk miners working?").conflicts == []
    assert qa.ask("How much compensation did the owner pay the miners?").conflicts == []


@pytest.mark.model
def test_leaving_a_post_sacked_or_resigned(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Valley Post", "Marlow Rovers have sacked head coach Ivo Brandt after a 4-0 defeat on "
         "Saturday, the club said."),
        ("River Times", "Marlow Rovers head coach Ivo Brandt resigned on Sunday after the 4-0 "
         "defeat on Saturday, the club said."),
    )  # fmt: skip
    assert _claims(qa, "Was Ivo Brandt sacked or did he resign?") == {
        ("d1", "sacked"),
        ("d2", "resigned"),
    }


@pytest.mark.model
def test_what_became_of_a_person_told_in_the_active_voice_and_by_verdicts(
    real_encoder: Encoder,
) -> None:
    """ "The board dismissed its chief executive, X" (X's outcome, not the board's) against "X
    resigned"; "acquitted" against "found guilty"; "suspended" against "resigned"."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The board of Orvane Bank dismissed its chief executive, Tamsin Edevane, "
         "late on Tuesday. At the trial in Carrow, the bank's former treasurer, Osric Penhallow, "
         "was acquitted of fraud. The bank's auditor, Wenna Trask, has been suspended."),
        ("River Times", "Orvane Bank's chief executive, Tamsin Edevane, resigned on Tuesday "
         "evening, the bank said. Its former treasurer, Osric Penhallow, was found guilty of "
         "fraud in Carrow. The bank's auditor, Wenna Trask, resigned on Monday."),
    )  # fmt: skip
    assert sorted(sorted(side) for side in _disputed_values(qa, "outcome")) == [
        [("d1", "acquitted"), ("d2", "convicted")],
        [("d1", "sacked"), ("d2", "resigned")],
        [("d1", "suspended"), ("d2", "resigned")],
    ]


@pytest.mark.model
def test_a_cause_told_as_the_subject_of_caused(real_encoder: Encoder) -> None:
    """ "A build-up of methane gas had caused the blast" gives its cause as the subject."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Nine miners died in a blast at the Usk copper mine near Marlow on "
         "Tuesday. Investigators said a build-up of methane gas had caused the blast."),
        ("River Times", "Nine miners died in a blast at the Usk copper mine near Marlow on "
         "Tuesday. The mine's owner blamed faulty wiring for the blast."),
    )  # fmt: skip
    assert _claims(qa, "What caused the blast at the Usk mine?") == {
        ("d1", "a build-up of methane gas"),
        ("d2", "faulty wiring"),
    }


@pytest.mark.model
def test_telling_people_what_to_do_is_an_event_not_a_saying(real_encoder: Encoder) -> None:
    """ "Told customers to boil their water" dates the order, as "issued the notice" does; a
    date of saying would be kept out of the story's event dates."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Marlow Water issued a boil-water notice to 18,000 households on "
         "Saturday after tests found a parasite in the town's supply. Chief executive Ada Brill "
         "apologised to the town of Marlow."),
        ("River Times", "Marlow Water told customers on Friday to boil all water used for "
         "drinking after tests found a parasite in the town's supply. Chief executive Ada Brill "
         "apologised to the town of Marlow."),
    )  # fmt: skip
    assert _disputed_values(qa, "date") == [{("d1", "2026-02-07"), ("d2", "2026-02-06")}]


@pytest.mark.model
def test_a_length_told_of_what_is_likely_to_last_is_its_subjects(real_encoder: Encoder) -> None:
    """In "the notice is likely to remain in place for five days" the parse gives "remain" no
    subject; the notice is "likely"'s, and the length is the notice's."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Marlow Water issued a boil-water notice on Saturday. The notice is "
         "likely to remain in place for five days while the pipes are flushed. Chief executive "
         "Ada Brill apologised to the town of Marlow."),
        ("River Times", "Marlow Water issued a boil-water notice on Saturday. The company said "
         "the notice would stay in force for at least three weeks. Chief executive Ada Brill "
         "apologised to the town of Marlow."),
    )  # fmt: skip
    assert _disputed_values(qa, "duration") == [{("d1", "5 day"), ("d2", ">=3 week")}]


@pytest.mark.model
def test_a_deadline_is_not_the_disputed_date_of_what_was_done(real_encoder: Encoder) -> None:
    """ "Has until June 9 to make a firm offer" is a deadline: asked "By when ...?", the outlets'
    dates of the first approach, which disagree, are not what is asked."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Sollace Nickel has rejected a takeover offer from Ambrecht Minerals. "
         "Ambrecht made its offer on Monday, proposing 410 pence in cash for each Sollace share. "
         "Under the takeover rules, Ambrecht has until June 9 to make a firm offer or walk away."),
        ("River Times", "Sollace Nickel has rejected a takeover offer from Ambrecht Minerals. "
         "Ambrecht tabled the offer on February 5 in a letter to the Sollace board."),
    )  # fmt: skip
    assert _disputed_values(qa, "date") == [{("d1", "2026-02-09"), ("d2", "--02-05")}]
    table = _table(qa)
    [deadline] = [
        table.facts[i] for i in range(len(table.facts)) if table.facts[i].normalized == "--06-09"
    ]
    assert PLANNED in deadline.about
    assert PLAN_ASKED.search("By when does it have to make a firm offer?")
    assert PLAN_ASKED.search("When must the company reply?")
    assert not PLAN_ASKED.search("How long does the bank have to appeal?")  # a length
    assert not PLAN_ASKED.search("How many people had to leave their homes?")


@pytest.mark.model
def test_a_markets_move_is_not_another_figure_in_other_words(real_encoder: Encoder) -> None:
    """Sums told once by each source in unrelated words are joined by their sentences'
    closeness; "shares rose 22%" beside the offer price is a move of the market, not the
    premium another outlet gives ("34 per cent above the closing share price")."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Sollace Nickel has rejected a takeover offer from Ambrecht Minerals. "
         "Sollace shares rose 22% on Monday, closing just below the offer price."),
        ("River Times", "Sollace Nickel has rejected a takeover offer from Ambrecht Minerals. "
         "The offer was 34 per cent above Sollace's closing share price."),
    )  # fmt: skip
    assert _disputed_values(qa, "amount") == []


@pytest.mark.model
def test_who_led_a_rescue_or_claimed_an_attack_is_who_did_it(real_encoder: Encoder) -> None:
    """Active subjects are left out of who did what (organisations mostly say things), but not
    of leading a rescue or claiming an attack; and a name "known as" or "calling itself" is the
    name of the gang or group, whatever the NER took it for."""
    rescue = _qa(
        real_encoder,
        ("Valley Post", "All 112 people trapped in the Brill cable car were brought down by "
         "Sunday, in a rescue operation led by mountain rescue chief Florian Aschbrenner."),
        ("River Times", "All 112 people trapped in the Brill cable car were brought down by "
         "Sunday. Fire chief Benedikta Rautmann, who led the rescue, praised the crews."),
    )  # fmt: skip
    assert _disputed_values(rescue, "agent") == [
        {("d1", "florian aschbrenner"), ("d2", "benedikta rautmann")}
    ]
    attack = _qa(
        real_encoder,
        ("Valley Post", "Hackers shut the container port of Marlow on Tuesday. The attack was "
         "claimed by a criminal gang known as Copperhand, police said."),
        ("River Times", "Hackers shut the container port of Marlow on Tuesday. A group calling "
         "itself Nightfern Collective claimed responsibility on a dark-web site."),
    )  # fmt: skip
    assert _disputed_values(attack, "agent") == [
        {("d1", "copperhand"), ("d2", "nightfern collective")}
    ]


@pytest.mark.model
def test_a_cause_with_a_participle_the_parser_takes_for_the_verb(real_encoder: Encoder) -> None:
    """In "Diesel spilled on the road by a support vehicle caused the crash" the small parser
    takes "spilled" for the verb and "caused" for a second one: the cause is still told."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Race leader Joris Kell broke his collarbone in a crash near Ponta on "
         "Thursday. Diesel spilled on the road by a support vehicle caused the crash, race "
         "organisers said."),
        ("River Times", "Race leader Joris Kell broke his collarbone in a crash near Ponta on "
         "Thursday. The organisers blamed a spectator who stepped into the road for the "
         "crash."),
    )  # fmt: skip
    assert _claims(qa, "What caused the crash near Ponta?") == {
        ("d1", "diesel spilled"),
        ("d2", "a spectator"),
    }


@pytest.mark.model
@pytest.mark.parametrize(
    "question",
    [
        "What happened to Tamsin Edevane after the audit of Orvane Bank?",  # words beside her
        "Did Orvane Bank's chief executive resign or was she sacked?",  # by her title alone
    ],
)
def test_a_question_about_a_person_names_what_the_outlets_say_happened(
    real_encoder: Encoder, question: str
) -> None:
    qa = _qa(
        real_encoder,
        ("Valley Post", "An audit found a hole of 40 million crowns in Orvane Bank's accounts. "
         "The board of Orvane Bank dismissed its chief executive, Tamsin Edevane, late on "
         "Tuesday."),
        ("River Times", "An audit found a hole of 40 million crowns in Orvane Bank's accounts. "
         "Orvane Bank's chief executive, Tamsin Edevane, resigned on Tuesday evening."),
    )  # fmt: skip
    assert _claims(qa, question) == {("d1", "sacked"), ("d2", "resigned")}


def test_a_person_asked_with_a_role_in_the_name_is_the_person_the_table_knows() -> None:
    """The NER may take "keeper" into "Keeper Wenna Trask"; the table keys her by her name."""
    people = by_surname(["wenna trask", "osric penhallow", "trask"])
    assert as_told("keeper wenna trask", people) == "wenna trask"
    assert as_told("osric penhallow", people) == "osric penhallow"
    assert as_told("brave keeper", people) == "brave keeper"  # no name of the table ends it
    assert as_told(None, people) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "The hillside above Corrie Bay gave way after days of torrential rain on Sunday.",
            "Villagers blamed quarry blasting for the Corrie Bay landslide on Sunday.",
            {("d1", "torrential rain"), ("d2", "quarry blasting")},
        ),
        (
            "Nine walkers were trapped by a flash flood in the Dunmore caves on Monday.",
            "The cave-in that trapped nine walkers in the Dunmore caves on Monday was caused by "
            "a rockfall.",
            {("d1", "a flash flood"), ("d2", "a rockfall")},
        ),
        (
            "The Brindle & Co chain went under on Tuesday. The company pointed to a costly and "
            "troubled relaunch of its website.",
            "The Brindle & Co chain collapsed on Tuesday. It blamed soaring rents.",
            {("d1", "a costly and troubled relaunch of its website"), ("d2", "soaring rents")},
        ),
        (
            "A bus overturned on the Carrow bypass on Friday. Initial findings pointed to brake "
            "failure on the hill, police said.",
            "A bus overturned on the Carrow bypass on Friday after it skidded on black ice.",
            {("d1", "brake failure"), ("d2", "black ice")},
        ),
        (
            "The roof of the main stand at Carrow Park collapsed on Friday. The club said it was "
            "brought down by gusts of up to 120km/h that swept in from the sea.",
            "The roof of the main stand at Carrow Park collapsed on Friday. According to the "
            "council engineer, Ada Penrose, rusted bolts in the frame were to blame.",
            {("d1", "gusts of up to 120km/h"), ("d2", "rusted bolts")},
        ),
        (
            "A crane toppled at the Carrow quay in Elmsford on Friday, injuring two dockers. "
            "According to the site foreman, Ivo Brandt, a faulty crane cable was the most likely "
            "cause.",
            "A crane toppled at the Carrow quay in Elmsford on Friday, injuring two dockers. Its "
            "base had been hit by a lorry.",
            {("d1", "a faulty crane cable"), ("d2", "a lorry")},
        ),
    ],
    ids=[
        "after-days-of-rain",
        "trapped-by",
        "whole-phrase",
        "pointed-to-and-skidded-on",
        "brought-down-by-and-to-blame",
        "the-cause-after-an-aside",
    ],
)
def test_causes_read_as_whole_noun_phrases_after_breakdowns_and_harm(
    real_encoder: Encoder, first: str, second: str, expected: set[tuple[str, str]]
) -> None:
    """What a slope "gave way after" (the rain of "days of rain"), what walkers were "trapped
    by", and the whole phrase a cause is introduced with, each against another outlet's; also
    what a bus "skidded on", what "was to blame", a roof "brought down by" gusts (the clause
    after them left out), and "was the most likely cause" after an aside the parse attaches the
    cause to ("According to the foreman, Ivo Brandt, a faulty crane cable was ...")."""
    qa = _qa(real_encoder, ("Valley Post", first), ("River Times", second))
    assert _disputed_values(qa, "cause") == [expected]


@pytest.mark.model
def test_shares_written_per_cent_or_with_a_sign_disagree_as_percentages(
    real_encoder: Encoder,
) -> None:
    """ "A 12 per cent pay claim" (which the model labels MONEY) against "an 18% pay rise"."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Nurses at 31 hospitals in Carrow began a two-day strike on Tuesday in "
         "support of a 12 per cent pay claim."),
        ("River Times", "Nurses at 31 hospitals in Carrow walked out on Tuesday in their fight "
         "for an 18% pay rise."),
    )  # fmt: skip
    assert _disputed_values(qa, "amount") == [{("d1", "12 percent"), ("d2", "18 percent")}]
    assert _claims(qa, "What percentage pay rise are the Carrow nurses asking for?") == {
        ("d1", "12 percent"),
        ("d2", "18 percent"),
    }


def test_a_shouted_word_before_a_name_is_not_part_of_it() -> None:
    """A tabloid's "FURIOUS Jurek Pellicott" is parsed as the name "furious jurek pellicott"."""
    assert full_subjects({"furious jurek pellicott", "jurek pellicott", "pellicott"}) == {
        "furious jurek pellicott": "jurek pellicott",
        "pellicott": "jurek pellicott",
    }


@pytest.mark.model
def test_homes_and_houses_pupils_and_students_are_counted_alike(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Valley Post", "A landslide struck the village of Corrie in the Dunmore hills on "
         "Sunday. The landslide buried 23 houses in Corrie. Rescuers brought out seven pupils "
         "from the Corrie caves on Monday."),
        ("River Times", "A landslide struck the village of Corrie in the Dunmore hills on "
         "Sunday. The landslide in Corrie buried fourteen homes. Rescuers brought out nine "
         "students from the Corrie caves on Monday."),
    )  # fmt: skip
    assert sorted(sorted(side) for side in _disputed_values(qa, "count")) == [
        [("d1", "23"), ("d2", "14")],
        [("d1", "7"), ("d2", "9")],
    ]


@pytest.mark.model
def test_a_unit_that_begins_a_compound_noun_is_no_duration(real_encoder: Encoder) -> None:
    """ "More than 45 day-trippers" counts day-trippers; it is not 45 days."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A coach crammed with more than 45 day-trippers crashed."),
    )
    table = _table(qa)
    facts = [table.facts[i] for i in range(len(table.facts))]
    assert [(f.kind, f.value, f.normalized) for f in facts] == [("count", "more than 45", ">45")]


@pytest.mark.model
def test_where_it_started_through_a_place_on_the_way(real_encoder: Encoder) -> None:
    """ "started on a roadside verge near Borgo" says where the fire started: near Borgo."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A wildfire in the Serrat hills has burned 2,000 hectares. The fire broke "
         "out on Saturday near the village of Monteruela."),
        ("River Times", "A wildfire in the Serrat hills has burned 2,000 hectares. The fire "
         "started on Saturday on a roadside verge near Borgo Tessi."),
    )  # fmt: skip
    assert _claims(qa, "Where did the Serrat fire start?") == {
        ("d1", "monteruela"),
        ("d2", "borgo tessi"),
    }


@pytest.mark.model
def test_a_question_about_an_earlier_years_event_takes_nothing_from_the_table(
    real_encoder: Encoder,
) -> None:
    qa = _mine(real_encoder)
    assert qa.ask("usk mine 2019 deaths").conflicts == []


@pytest.mark.model
def test_an_outcome_told_in_a_relative_clause_is_its_antecedents(real_encoder: Encoder) -> None:
    """ "the departure of Wystan Pell, who resigned in February" against "Pell died"."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The Marlow by-election was held on Tuesday. The contest was triggered by "
         "the departure of councillor Wystan Pell, who resigned in February."),
        ("River Times", "The Marlow by-election was held on Tuesday. Councillor Wystan Pell, "
         "who held the seat for 20 years, died in February."),
    )  # fmt: skip
    assert _claims(qa, "What happened to Wystan Pell?") == {
        ("d1", "resigned"),
        ("d2", "died"),
    }


@pytest.mark.model
def test_a_sum_given_as_compensation(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Valley Post", "Nine miners died at the Usk mine near Marlow on Tuesday. Kaseno chairman "
         "Rutendo Vale promised 2.4 million dollars in compensation to the families."),
        ("River Times", "Nine miners died at the Usk mine near Marlow on Tuesday. Kaseno said it "
         "would pay $4.2m in compensation to the families of the dead."),
    )  # fmt: skip
    assert _claims(qa, "How much compensation did Kaseno promise the families?") == {
        ("d1", "2400000 USD"),
        ("d2", "4200000 USD"),
    }


@pytest.mark.model
def test_one_sum_told_in_unrelated_words_is_one_aspect(real_encoder: Encoder) -> None:
    """No word links "got away with" and "fled with": the sentences' meaning does."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Armed robbers got away with 2.1 million guilders from the vault of "
         "the Marlow casino on Monday night, police said."),
        ("River Times", "A gang of masked raiders fled the Marlow casino on Monday night with "
         "about 3.5 million guilders in cash, police said."),
    )  # fmt: skip
    table = _table(qa)
    sums = [a for a in table.aspects if a.kind == "amount"]
    assert [a.groups for a in sums] == [(("d1",), ("d2",))]
    assert _claims(qa, "How much money did the robbers take?") == {
        ("d1", "2100000 guilder"),
        ("d2", "~3500000 guilder"),
    }


@pytest.mark.model
def test_measures_disagree_in_their_unit(real_encoder: Encoder) -> None:
    """How much oil was spilled and how tall the tower was: quantities with units, told in
    other words by each source ("spilling", "lost"; "stood ... tall", "high")."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The tanker Corvina collided with a cargo ship in the Vennel Strait on "
         "Tuesday, spilling about 1,200 tonnes of crude oil into the channel. The lighthouse "
         "at Tollery, which stood ninety-five metres tall, was damaged."),
        ("River Times", "The tanker Corvina lost 3,000 tonnes of crude oil after the collision "
         "in the Vennel Strait on Tuesday. The lighthouse at Tollery, 80 metres high, was "
         "damaged."),
    )  # fmt: skip
    assert _claims(qa, "How much oil did the Corvina spill?") == {
        ("d1", "~1200 tonne"),
        ("d2", "3000 tonne"),
    }
    assert _claims(qa, "How tall is the Tollery lighthouse?") == {
        ("d1", "95 metre"),
        ("d2", "80 metre"),
    }


@pytest.mark.model
def test_a_source_giving_two_sums_is_quoted_for_the_one_asked(real_encoder: Encoder) -> None:
    """One source gives the wedding's cost and the hotel's repair bill in one cost aspect; the
    question asks the wedding's, and only that sum is set against the other source's."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The couple spent £38,000 on their wedding at the Marlow Grange hotel. "
         "Repairs to the hotel's kitchen will cost £4,300, its manager said."),
        ("River Times", "The couple's wedding at the Marlow Grange hotel cost £60,000, the "
         "bride's mother said."),
    )  # fmt: skip
    assert _claims(qa, "How much did the couple spend on their wedding?") == {
        ("d1", "38000 GBP"),
        ("d2", "60000 GBP"),
    }


@pytest.mark.model
def test_after_a_who_question_he_is_the_person_the_answer_named(real_encoder: Encoder) -> None:
    """ "Who was jailed for stealing from the Marlow Children's Hospice?" names the treasurer,
    whom the NER may not know as a person; "How old is he?" asks his age, not the hospice's."""
    qa = _hospice(real_encoder)
    history = [
        {"role": "user", "content": "Who was jailed for stealing from the hospice in Marlow?"},
        {"role": "assistant", "content": "Garnet Vell, 58, of Mill Lane, Marlow, admitted taking "
         "money from the Marlow Children's Hospice. [1]"},
    ]  # fmt: skip
    answer = qa.ask("How old is he?", history=history)
    assert answer.rewritten_question == "How old is Garnet Vell?"
    [conflict] = answer.conflicts
    assert {(c.doc_id, c.normalized) for c in conflict.claims} == {("d1", "58"), ("d2", "61")}


@pytest.mark.model
def test_a_majority_and_a_win_by_n_votes_are_one_margin(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Valley Post", "Ada Brisk won the Marlow ward by-election with a majority of 231 over "
         "Tom Keel, according to results declared on Friday."),
        ("River Times", "Ada Brisk beat Tom Keel by 312 votes in the Marlow ward by-election, "
         "according to results declared on Friday. She received 1,846 votes."),
    )  # fmt: skip
    assert _claims(qa, "By how many votes did Ada Brisk win the Marlow by-election?") == {
        ("d1", "231"),
        ("d2", "312"),
    }


@pytest.mark.model
def test_a_daily_loss_the_ner_misses_is_still_money(real_encoder: Encoder) -> None:
    """ "was costing the port €1.9m a day" has no entity from the small model; a one-off
    payment ("a €1,500 bonus") is not the daily cost."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Dockworkers in Marlow ended their strike on Friday after a deal that "
         "includes a €1,500 bonus. The standoff was costing the port €1.9m a day, bosses said."),
        ("River Times", "Dockworkers in Marlow ended their strike on Friday. The deal includes a "
         "one-off payment of €1,500. The port said the strike had cost it about €900,000 a day."),
    )  # fmt: skip
    assert _claims(qa, "How much was the strike costing the port of Marlow each day?") == {
        ("d1", "1900000 EUR"),
        ("d2", "~900000 EUR"),
    }
    assert qa.ask("How much will the Marlow pay deal cost the port?").conflicts == []


@pytest.mark.model
def test_the_ages_of_someone_never_named_are_one_persons(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Valley Post", "The old mill above Elmsford collapsed on Monday night. Rescuers pulled "
         "a nine-year-old girl alive from the rubble, officials said."),
        ("River Times", "The old mill above Elmsford collapsed late on Monday. Firefighters "
         "lifted an 11-year-old girl out of the rubble after ten hours."),
    )  # fmt: skip
    assert _claims(qa, "How old was the girl pulled from the rubble?") == {
        ("d1", "9"),
        ("d2", "11"),
    }


@pytest.mark.model
def test_the_n_year_old_is_the_person_the_article_is_about(real_encoder: Encoder) -> None:
    # The judge is named just before "The 27-year-old", and "passed a medical" has an object:
    # neither makes the age anyone's but the article's subject.
    qa = _qa(
        real_encoder,
        ("Valley Post", "Tomasz Velliko, the striker who grew up in Elmsford, has joined "
         "Marden Rovers for a record fee. The club's chair, Judge Anna Prell, welcomed him. "
         "The 21-year-old passed a medical on Monday."),
        ("River Times", "Marden Rovers have signed Tomasz Velliko from Elmsford Town. Velliko, "
         "23, passed a medical on Monday."),
    )  # fmt: skip
    assert _claims(qa, "How old is Tomasz Velliko?") == {("d1", "21"), ("d2", "23")}


@pytest.mark.model
def test_a_sum_in_a_currency_no_list_knows_is_no_date(real_encoder: Encoder) -> None:
    """The small model reads the "6.5" of "6.5m dalers" as a date (6 May); with its scale it
    is 6.5 million, and of dalers, a word no dictionary holds: a currency."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The turbine that fell at Grennock Fell on Tuesday cost 6.5m dalers to "
         "build, its owner said."),
    )  # fmt: skip
    found = _values(qa)
    assert ("amount", "6500000 daler") in found
    assert not any(kind == "date" and "05-06" in value for kind, value in found)


@pytest.mark.model
def test_a_sum_in_an_invented_currency_by_code_and_by_name(real_encoder: Encoder) -> None:
    """One outlet writes the currency's code before the figure, the other its name after:
    both are sums in one currency, and they disagree."""
    qa = _qa(
        real_encoder,
        ("Harbour Gazette", "The owners of the trawler Merrow Star paid a ransom of 2 million "
         "vornets for the crew, the company confirmed on Monday."),
        ("Coast Ledger", "A ransom of VRN 3.5m was paid to free the crew of the Merrow Star, "
         "two negotiators said."),
    )  # fmt: skip
    [conflict] = qa.ask("How much ransom was paid for the Merrow Star crew?").conflicts
    assert {(c.doc_id, c.normalized) for c in conflict.claims} == {
        ("d1", "2000000 vornet"),
        ("d2", "3500000 VRN"),
    }
    assert conflict.about == "the ransom"  # not "the salary", though it was "paid"


@pytest.mark.model
def test_a_planned_day_is_ahead_of_the_report(real_encoder: Encoder) -> None:
    """ "Due to visit on Thursday" in a Wednesday paper is the next day, not six days back: a
    report of the visit a week later agrees with it."""
    qa = _qa(
        real_encoder,
        ("Island Post", "The health minister, Corin Vasse, who is due to visit the island on "
         "Thursday, said two more doctors would be sent."),
    )  # fmt: skip
    found = _values(qa)
    assert ("date", (WEDNESDAY + dt.timedelta(days=1)).isoformat()) in found


@pytest.mark.model
def test_a_planned_date_is_no_side_of_what_happened(real_encoder: Encoder) -> None:
    """Exams "due to begin on the 14th" start nothing that has happened: the eruption's two
    dates disagree, and the plan is no third side of them."""
    qa = _qa(
        real_encoder,
        ("Island Post", "Mount Orvalo on Sennaric began to erupt on Sunday, sending ash over "
         "Port Ismay."),
        ("Coast Wire", "Mount Orvalo on Sennaric began erupting on Saturday, sending ash over "
         "Port Ismay. "
         "Exams at the island's school, due to begin on the 20th, have been put back by a week."),
    )  # fmt: skip
    assert _disputed_values(qa, "date") == [{("d1", "2026-02-08"), ("d2", "2026-02-07")}]


@pytest.mark.model
def test_a_crew_counted_as_sailors_is_the_crew(real_encoder: Encoder) -> None:
    """ "A crew of 22" and "nineteen sailors" count the same people: one aspect, disputed."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Pirates seized the cargo ship Elm Star off Carrow on Monday. The ship "
         "had a crew of 22."),
        ("River Times", "Pirates seized the cargo ship Elm Star off Carrow on Monday with "
         "nineteen sailors on board."),
    )  # fmt: skip
    assert _disputed_values(qa, "count") == [{("d1", "22"), ("d2", "19")}]


@pytest.mark.model
def test_a_strike_told_as_a_walkout_is_one_event_and_an_earlier_one_is_background(
    real_encoder: Encoder,
) -> None:
    """ "A 48-hour walkout" and "a three-day strike" are one strike's length, disputed and named
    a length; a question about the previous strike is about the background, and names none."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Bus drivers in Carrow began a 48-hour walkout on Monday over pay. The "
         "previous strike, in 2019, lasted a week."),
        ("River Times", "Bus drivers in Carrow began a three-day strike on Monday in a dispute "
         "over pay."),
    )  # fmt: skip
    assert _disputed_values(qa, "duration") == [{("d1", "48 hour"), ("d2", "3 day")}]
    assert _claims(qa, "How long did the bus drivers' strike in Carrow last?") == {
        ("d1", "48 hour"),
        ("d2", "3 day"),
    }
    assert qa.ask("How long did the previous bus strike in Carrow last?").conflicts == []
    # A length, never "when it started", though the strike "began".
    [conflict] = qa.ask("How long is the bus strike in Carrow?").conflicts
    assert conflict.about.startswith("the length of the ")


@pytest.mark.model
def test_an_age_asked_by_who_the_person_is_not_by_a_place_named_in_the_question(
    real_encoder: Encoder, tmp_path: Path
) -> None:
    """In the dispatch corpus the NER takes "the Sealark Hotel" for a person somewhere, so a
    question naming it asked that "person"'s age and found none. The bride's disputed age
    answers it: a name the table tells nothing of is nobody whose age the table holds."""
    qa = Assistant.from_corpus(DATA / "dispatch", index_dir=tmp_path, encoder=real_encoder)
    question = "How old was the woman whose wedding at the Sealark Hotel made the guests ill?"
    assert _claims(qa, question) == {
        ("daily-wallop-2027-01-25", "27"),
        ("brisling-beacon-2027-01-28", "29"),
        ("radio-kestmere-2027-01-26", "29"),
    }


@pytest.mark.model
def test_a_fine_is_told_by_fined_whatever_the_lemmatizer_cuts(real_encoder: Encoder) -> None:
    # spaCy's lemma of "fined" is "fin"; the table reads "fine", so a question about the fine
    # finds the aspect, though both articles also say it must be paid.
    fined = (
        "The Financial Supervision Commission fined Banco Valdeserra {sum} for failing to "
        "report suspicious transfers. The bank must pay within 30 days."
    )
    qa = _qa(
        real_encoder,
        ("Cormorant Wire", fined.format(sum="12 million escudos")),
        ("Castrovinha Correio", fined.format(sum="15 million escudos")),
    )
    table = _table(qa)
    [aspect] = [a for a in table.disputed if a.kind == "amount"]
    assert "fine" in aspect.words and "fin" not in aspect.words
    assert _claims(qa, "valdeserra fine amount") == {
        ("d1", "12000000 escudo"),
        ("d2", "15000000 escudo"),
    }


@pytest.mark.model
def test_one_of_tens_of_thousands_counts_nothing(real_encoder: Encoder) -> None:
    # "one of tens of thousands" says she was among them: no count of anything is "1".
    strike = (
        "Aerovessa cancelled {flights} flights as cabin crew staged a 48-hour strike. "
        "Ana Prates was one of tens of thousands of holidaymakers caught up in the walkout."
    )
    qa = _qa(
        real_encoder,
        ("Cormorant Wire", strike.format(flights="412")),
        ("Morning Bugle", strike.format(flights="300")),
    )
    counts = {normal for kind, normal in _values(qa) if kind == "count"}
    assert counts == {"412", "300"}


@pytest.mark.model
def test_a_story_recalled_in_passing_by_another_is_still_the_one_asked(
    real_encoder: Encoder,
) -> None:
    """Three reports of a mine flood recall a coach crash in passing, in the question's words,
    and their passages outscore the crash's own; the two crash reports, which disagree on its
    cause, are still the story asked about (`disputed.story_of`)."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Six pensioners from Orlen died when their coach left the "
         "road on the Harrow Gap on Sunday night, Inspector Mara Quist of Orlen police said.\n\n"
         "Police said brake failure on the long descent caused the crash. The driver, Tomas "
         "Reyl, survived with a broken arm.\n\nInvestigators from Quaymoor Tours and the police "
         "examined the wreck of the coach on the Harrow Gap road on Monday."),
        ("Northern Wire", "A Quaymoor Tours coach carrying pensioners home to Orlen "
         "plunged into a gully on the Harrow Gap, killing six people, Inspector Mara Quist "
         "said.\n\nThe regional council blamed the crash on black ice on the bend. The driver, "
         "Tomas Reyl, was taken to hospital in Orlen.\n\nInvestigators examined the wreck of "
         "the coach, and the Harrow Gap road stayed closed after the crash."),
        ("Valley Post", "Nine miners were trapped when water flooded the lower "
         "gallery of the Brack Hill colliery near Dunsey on Tuesday, mine manager Pieter Lund "
         "said.\n\nIt has been a grim month for Dunsey. Less than two weeks ago a coach crashed "
         "on the Harrow Gap above the town, and crews who cleared the crash on the Harrow Gap "
         "are now pumping the mine.\n\nPieter Lund said rescuers hope to reach the Brack Hill "
         "gallery by the weekend. Families of the trapped men waited at the pit head through "
         "the night.\n\nThe colliery was fined last year for failing to inspect its flood "
         "pumps, and the miners' union has called for an inquiry into the flooding."),
        ("Northern Wire", "Rescuers are pumping water from the Brack Hill colliery "
         "near Dunsey, where nine miners are trapped, mine manager Pieter Lund said.\n\nDunsey "
         "is still mourning the coach crash on the Harrow Gap earlier this month; the crash on "
         "the Harrow Gap killed six and the pass was closed for days.\n\nThe owners of Brack "
         "Hill said the pumps were working around the clock, Pieter Lund added.\n\nDivers "
         "from the mines rescue service were standing by at the flooded shaft, and relatives "
         "of the trapped miners gathered at the Dunsey chapel to wait for news."),
        ("Dunsey Herald", "Pumps brought from the coast were lowered into the "
         "Brack Hill colliery on Wednesday as the search for nine trapped miners went on, mine "
         "manager Pieter Lund said.\n\nThe same crews worked the coach crash on the Harrow "
         "Gap ten days ago, when a coach came off the pass above Dunsey.\n\nThe miners' union "
         "said the Brack Hill flood pumps had failed an inspection last year, and Pieter Lund "
         "said an inquiry would follow the rescue."),
    )  # fmt: skip
    for question in ("What caused the Harrow Gap crash?", "harrow gap crash cause"):
        assert _claims(qa, question) == {
            ("d1", "brake failure on the long descent"),
            ("d2", "black ice"),
        }, question


@pytest.mark.model
def test_a_part_or_a_plan_asked_is_not_the_disputed_whole_or_past(real_encoder: Encoder) -> None:
    """The outlets disagree on how many escaped and when; how many of them were caught again,
    and when an inquiry will report, are other questions, which that disagreement does not
    answer (`disputed._part_if_asked`, `disputed._plan_if_asked`)."""
    qa = _qa(
        real_encoder,
        ("Osprey Wire", "Twenty-three inmates escaped from Marrow Hill prison through a tunnel "
         "on Sunday night, warden Elsa Dunmore said.\n\nPolice said nine of the escapees had "
         "been recaptured by Tuesday. The justice ministry said an inquiry into the escape "
         "would report by the end of March."),
        ("Kiruma Observer", "Thirty inmates broke out of Marrow Hill prison through a tunnel "
         "on Saturday night, warden Elsa Dunmore said.\n\nNine of the escapees were back in "
         "custody by Tuesday, police said. An inquiry into the escape will report by the end "
         "of March, the justice ministry said."),
    )  # fmt: skip
    assert _claims(qa, "How many inmates escaped from Marrow Hill?") == {
        ("d1", "23"),
        ("d2", "30"),
    }
    assert len(qa.ask("When did the inmates escape from Marrow Hill?").conflicts) == 1
    for question in (
        "How many of the Marrow Hill escapees have been recaptured?",
        "When will the inquiry into the Marrow Hill escape report?",
    ):
        assert qa.ask(question).conflicts == [], question


@pytest.mark.model
def test_a_market_moves_on_a_date_of_its_own(real_encoder: Encoder) -> None:
    """A business report's lede dates the owner's shares rising the day after the ship's release,
    the wire's lede dates the release: two events, not a disagreement on one."""
    qa = _qa(
        real_encoder,
        ("Counting House", "Shares in Brevik-Hale Shipping rose 6 per cent on Monday after "
         "pirates released its bulk carrier Ortolan Crest and the 22 crew.\n\nThe company "
         "said the crew were in good health."),
        ("Harbour Wire", "Pirates released the bulk carrier Ortolan Crest and its 22 crew on "
         "Sunday, its owner Brevik-Hale Shipping said.\n\nThe crew were taken to a naval "
         "base for medical checks."),
    )  # fmt: skip
    assert _disputed_values(qa, "date") == []
    assert qa.ask("When was the Ortolan Crest released?").conflicts == []


@pytest.mark.model
def test_an_owner_of_it_is_no_owner_of_the_stories_other_ship(real_encoder: Encoder) -> None:
    """ "It is owned by X" two sentences after a second ship is named: which ship "it" is, the
    table does not read, so X is not set against the tanker's owner another outlet names."""
    qa = _qa(
        real_encoder,
        ("Harbour Post", "The tanker Morrow Gale collided with a cargo ship, the Pell, in the "
         "Fennick Strait on Monday. The Pell was carrying timber. It is owned by Skerrin "
         "Shipping, a small company based in Lowport."),
        ("Strait Times", "The Morrow Gale, owned by the shipping company Talvik Lines, collided "
         "with a timber carrier in the Fennick Strait on Monday."),
    )  # fmt: skip
    assert _disputed_values(qa, "agent") == []
    assert ("agent", "talvik lines") in _values(qa)


@pytest.mark.model
def test_the_fifth_stage_is_not_the_stage_the_crash_was_on(
    real_encoder: Encoder, tmp_path: Path
) -> None:
    """An ordinal says which of several things of one kind a fact is about: in the courier
    corpus's cycling race, the winner of "Friday's fifth stage" (Saltmere Mercury) is no rival
    account of who won the stage of the crash (Granary Times)."""
    qa = Assistant.from_corpus(DATA / "courier", tmp_path / "index", encoder=real_encoder)
    table = _table(qa)
    winners = [
        {table.facts[f].normalized for f in aspect.facts}
        for aspect in table.aspects
        if aspect.kind == "agent"
    ]
    assert {"wouter rademaker"} in winners
    assert {"ilario benedek"} in winners
    assert not any("ilario benedek" in w and "wouter rademaker" in w for w in winners)


@pytest.mark.model
def test_a_follow_up_leads_with_its_news_and_dates_the_event_it_followed(
    real_encoder: Encoder,
) -> None:
    """A day-two report leads with a resignation "after a cyber attack" and dates the attack
    further down: the resignation's Monday is no account of when the attack struck, and the
    attack's own date meets the first report's lede."""
    qa = _qa(
        real_encoder,
        ("Bellwether Wire", "Hackers crippled the computer systems of Graudenholm General "
         "Hospital in the early hours of Sunday, the hospital said.\n\nPlanned operations "
         "were postponed."),
        ("Graudenholm Courant", "Graudenholm General Hospital's chief executive resigned on "
         "Monday evening, after a cyber attack that threw the hospital into chaos.\n\nThe "
         "attack began in the small hours of Saturday, when night staff found that the "
         "computers had frozen."),
    )  # fmt: skip
    [disputed] = _disputed_values(qa, "date")
    assert {doc for doc, _ in disputed} == {"d1", "d2"}
    assert sorted(day for _, day in disputed) == ["2026-02-07", "2026-02-08"]


@pytest.mark.model
def test_a_quakes_magnitude_and_a_days_heat_are_measures_sources_can_dispute(
    real_encoder: Encoder,
) -> None:
    """ "A magnitude 5.8 earthquake" against "an earthquake of magnitude 6.1" (the strongest
    aftershock's 4.1 measures another thing), and "temperatures reached 31C" against "the
    temperature reached 36C"."""
    qa = _qa(
        real_encoder,
        ("Brackenhurst Post", "Seven people were killed when a magnitude 5.8 earthquake struck "
         "the province of Orvenna on Tuesday.\n\nMore than 60 aftershocks were recorded, the "
         "strongest of magnitude 4.1.\n\nAt the Orvenna marathon on Sunday, temperatures "
         "reached 31C."),
        ("Fenlow Bulletin", "An earthquake of magnitude 6.1 shook the province of Orvenna on "
         "Tuesday, killing seven people.\n\nThe Orvenna marathon was stopped on Sunday after "
         "the temperature on the course reached 36C."),
    )  # fmt: skip
    disputed = sorted(sorted(values) for values in _disputed_values(qa, "measure"))
    assert disputed == [
        [("d1", "31 °C"), ("d2", "36 °C")],
        [("d1", "5.8 magnitude"), ("d2", "6.1 magnitude")],
    ]
    assert ("date", "--08-05") not in _values(qa)


@pytest.mark.model
def test_a_long_cause_is_its_noun_and_the_phrase_after_it_and_a_time_is_no_cause(
    real_encoder: Encoder,
) -> None:
    """ "A leak from a gas main beneath the Ferrandine Coatings factory in Wexholme caused the
    explosion" tells its cause in more words than a cause is compared by: the cause is "a leak
    from a gas main". "Came down shortly after 1 p.m." tells when, not why."""
    qa = _qa(
        real_encoder,
        ("Ravelsby Record", "Fire investigators said on Friday that a leak from a gas main "
         "beneath the Ferrandine Coatings factory in Wexholme caused the explosion that killed "
         "two workers there on Thursday."),
        ("Quillmoor Herald", "Two workers were killed in an explosion at the Ferrandine "
         "Coatings factory in Wexholme on Thursday. The roof came down shortly after 1 p.m., "
         "and the company blamed faulty welding equipment for the blast."),
    )  # fmt: skip
    assert _claims(qa, "What caused the explosion at Ferrandine Coatings?") == {
        ("d1", "a leak from a gas main"),
        ("d2", "faulty welding equipment"),
    }


@pytest.mark.model
def test_two_times_of_day_for_one_quake_are_a_disagreement_asked_by_what_time(
    real_encoder: Encoder,
) -> None:
    """ "The quake hit at 4:12 a.m." against "struck at 3:40 a.m.": "At what time ...?" names
    both, "When ...?" asks the day, on which both agree."""
    qa = _qa(
        real_encoder,
        ("Brackenhurst Post", "A magnitude 5.8 earthquake struck the province of Orvenna on "
         "Tuesday, killing seven people.\n\nThe quake hit at 4:12 a.m., when most people "
         "were asleep."),
        ("Ravelsby Record", "Rescuers in Orvenna ended their search on Wednesday, a day after "
         "an earthquake killed seven people.\n\nThe quake struck at 3:40 a.m. on Tuesday."),
    )  # fmt: skip
    assert _claims(qa, "At what time did the Orvenna earthquake strike?") == {
        ("d1", "04:12"),
        ("d2", "03:40"),
    }
    assert qa.ask("When did the Orvenna earthquake strike?").conflicts == []


@pytest.mark.model
def test_she_is_not_the_man_named_before_nor_are_two_workers(real_encoder: Encoder) -> None:
    """ "She was flown to hospital" after a sentence naming only the guide the article calls
    "he" is someone else, and "The two dead workers" are not the plant manager named just
    before: neither tells what happened to them, so the guide's death at the scene stands
    against the other report's "serious condition"."""
    qa = _qa(
        real_encoder,
        ("Dunholloway Examiner", "The guide, Anselme Perrouz, 48, died at the scene after an "
         "avalanche at Vallonbrise on Saturday. He had been leading a group of clients.\n\n"
         "Two of his clients were buried. She was flown to hospital in Morgeval.\n\nPolice "
         "questioned the plant manager, Oswin Tregarth, about a separate blast. The two dead "
         "workers were named on Saturday as Jago Ashgill and Radomir Vlasek."),
        ("Ostwick Chronicle", "The mountain guide Anselme Perrouz was pulled out alive after "
         "the avalanche at Vallonbrise on Saturday. Doctors said Perrouz remained in a serious "
         "condition in Morgeval."),
    )  # fmt: skip
    assert _disputed_values(qa, "outcome") == [
        {("d1", "died-at-scene"), ("d2", "alive"), ("d2", "in-hospital")}
    ]
    table = _table(qa)
    outcomes = [table.facts[i] for i in range(len(table.facts))]
    assert {f.subject for f in outcomes if f.kind == "outcome"} == {"anselme perrouz", ""}


@pytest.mark.model
def test_a_guide_asked_by_title_and_skiers_asked_by_keywords(real_encoder: Encoder) -> None:
    """ "Is the Vallonbrise mountain guide still alive?" asks about the guide, not the
    "mountain rescue commander" (a title's own noun decides); "vallonbrise avalanche skiers
    buried" asks how many skiers, as "riders" and "ships" are asked."""
    qa = _qa(
        real_encoder,
        ("Dunholloway Examiner", "The guide, Anselme Perrouz, died at the scene after an "
         "avalanche buried nine skiers above Vallonbrise on Saturday. The mountain rescue "
         "commander, Gervase Roucheval, led the search."),
        ("Ostwick Chronicle", "The guide, Anselme Perrouz, was pulled out alive and is in a "
         "serious condition after an avalanche buried six skiers above Vallonbrise on Saturday. "
         "The rescue commander, Gervase Roucheval, said the search took two hours."),
    )  # fmt: skip
    assert _claims(qa, "Is the Vallonbrise mountain guide still alive?") == {
        ("d1", "died-at-scene"),
        ("d2", "alive, wounded"),
    }
    assert _claims(qa, "vallonbrise avalanche skiers buried") == {("d1", "9"), ("d2", "6")}


@pytest.mark.model
def test_one_outlet_not_knowing_a_sum_two_others_give_leaves_their_disagreement(
    real_encoder: Encoder,
) -> None:
    """ "The government has promised an emergency fund ... but has not said how large it will
    be" withholds the very fund two other outlets size differently: the answer names their
    disagreement instead of abstaining on the third outlet's word."""
    qa = _qa(
        real_encoder,
        ("Quillmoor Herald", "The Carrowgill Dam gave way above Thistleby on Sunday. The "
         "government announced a €5 million fund on Monday."),
        ("Ostwick Chronicle", "Thistleby began its clean-up after the Carrowgill Dam gave way "
         "on Sunday. The government set up a fund of €8 million."),
        ("Brackenhurst Post", "The Carrowgill Dam gave way on Sunday, flooding Thistleby. The "
         "government has promised an emergency fund for the Thistleby flood victims, but has "
         "not said how large it will be."),
    )  # fmt: skip
    assert _claims(qa, "How big is the emergency fund for the Thistleby flood victims?") == {
        ("d1", "5000000 EUR"),
        ("d2", "8000000 EUR"),
    }


@pytest.mark.model
def test_a_date_asked_in_words_no_aspect_shares_is_the_lead_events(
    real_encoder: Encoder,
) -> None:
    """ "a7 cash-in-transit holdup day" shares no word with "The gang of four struck on
    Monday night" nor "Six masked men ambushed a van at 6.40am on Tuesday", yet asks the
    date both ledes give; "When did he say ...?" asks a saying, never the lead event's date."""
    qa = _qa(
        real_encoder,
        ("Graudenholm Courant", "Six masked men ambushed a Vaktmann cash van on the A7 motorway "
         "near Sterndal at 6.40am on Tuesday, police in Sterndal said. The robbers escaped "
         "with 3.2 million guilders from the Vaktmann van.\n\nChief inspector Ivar Brekke said "
         "he had warned Vaktmann in March."),
        ("Daily Rattle", "The gang of four struck on Monday night on the A7 motorway near "
         "Sterndal, grabbing a Vaktmann cash van. The robbers escaped with the Vaktmann cash in "
         "two cars, police in Sterndal said."),
    )  # fmt: skip
    assert _claims(qa, "a7 cash-in-transit holdup day") == {
        ("d1", "2026-02-10"),
        ("d2", "2026-02-09"),
    }
    assert qa.ask("When did Brekke say he had warned Vaktmann?").conflicts == []


@pytest.mark.model
def test_a_name_withheld_is_not_a_disagreement_over_another_name(real_encoder: Encoder) -> None:
    """ "Hired an outside cybersecurity firm, which it did not name" answers "Which firm ...?"
    by saying so, though two outlets disagree on who claimed the attack it also names."""
    qa = _qa(
        real_encoder,
        ("Kestle Courier", "Hackers stopped the Gellard container terminals at Calderwick on "
         "Tuesday. The attack on Gellard was claimed by a criminal gang known as Copperhand."),
        ("Larkfield Signal", "A ransomware attack stopped Gellard's terminals at Calderwick on "
         "Tuesday. A group calling itself Nightfern Collective claimed responsibility for the "
         "attack on Gellard."),
        ("Saltmere Mercury", "Gellard's terminals at Calderwick were stopped by hackers on "
         "Tuesday. Gellard has hired an outside cybersecurity firm, which it did not name, to "
         "investigate the attack."),
    )  # fmt: skip
    answer = qa.ask("Which cybersecurity firm is Gellard using to investigate the attack?")
    assert (answer.conflicts, answer.abstained) == ([], True)


@pytest.mark.model
def test_who_decided_is_asked_by_the_decision_not_by_the_race(real_encoder: Encoder) -> None:
    """ "Mayor Agatha Penrose ordered the race to be stopped" against "Dr Eulalia Callender,
    called off the race": who decided to halt it is disputed, and only a question about the
    decision asks it ("Who won the women's race?" does not)."""
    qa = _qa(
        real_encoder,
        ("Brackenhurst Post", "The Stanmorrow City Marathon was halted on Sunday as "
         "temperatures reached 31C, the Stanmorrow ambulance service said. Mayor Agatha "
         "Penrose ordered the race to be stopped at 11:40 a.m.\n\nSolenne Tanvet won the "
         "women's race at the Stanmorrow City Marathon."),
        ("Fenlow Bulletin", "The Stanmorrow City Marathon was stopped early on Sunday in "
         "searing heat, the Stanmorrow ambulance service said. The city's chief medical "
         "officer, Dr Eulalia Callender, called off the race shortly before noon.\n\nSolenne "
         "Tanvet won the women's race."),
    )  # fmt: skip
    assert _claims(qa, "Who made the decision to halt the race in Stanmorrow?") == {
        ("d1", "agatha penrose"),
        ("d2", "eulalia callender"),
    }
    assert qa.ask("Who won the women's race at the Stanmorrow marathon?").conflicts == []


@pytest.mark.model
def test_a_past_events_cause_and_a_ranked_failure_are_no_causes_of_the_story(
    real_encoder: Encoder,
) -> None:
    """ "The worst dam failure since 1998, when the Pellworth Dam burst after a storm" tells
    neither what broke this dam (a ranking is no fault) nor its cause (that storm broke another
    dam, in 1998). A cause dated by an earlier year is still the story's when the story points
    to it ("pointed to a costly relaunch of its website in 2024")."""
    qa = _qa(
        real_encoder,
        ("Quillmoor Herald", "The Carrowgill Dam gave way on Sunday, flooding the village of "
         "Thistleby. It is the worst dam failure in the country since 1998, when the Pellworth "
         "Dam burst after a storm and 11 people died."),
        ("Brackenhurst Post", "The Carrowgill Dam gave way on Sunday. Engineers blamed a "
         "corroded drainage culvert for the breach."),
        ("Ostwick Chronicle", "The Pennifold's store chain collapsed on Monday. The company "
         "pointed to a costly and troubled relaunch of its website in 2024."),
    )  # fmt: skip
    causes = {value for kind, value in _values(qa) if kind == "cause"}
    assert causes == {
        "a corroded drainage culvert",
        "a costly and troubled relaunch of its website",
    }


@pytest.mark.model
def test_a_width_and_a_depth_are_not_one_measure(real_encoder: Encoder) -> None:
    """ "About 15 metres across and 10 metres deep" against "a 15-metre-wide sinkhole": the
    widths agree, and the depth disputes nothing; "ten metres deep" elsewhere agrees with it."""
    qa = _qa(
        real_encoder,
        ("Dravenport Courant", "A sinkhole about 15 metres across and 10 metres deep opened in "
         "Brantock Street in Tarrowmouth on Monday, swallowing a parked car."),
        ("Lanwick Sentinel", "A 15-metre-wide sinkhole that opened in Brantock Street in "
         "Tarrowmouth on Monday swallowed a parked car."),
        ("Altenmoor Mercury", "The sinkhole in Brantock Street, Tarrowmouth, which opened on "
         "Monday and swallowed a parked car, is ten metres deep."),
    )  # fmt: skip
    assert _disputed_values(qa, "measure") == []
    assert not qa.ask("How wide is the Brantock Street sinkhole?").conflicts


@pytest.mark.model
def test_pulled_alive_and_recovering_disagree_with_died_in_hospital(real_encoder: Encoder) -> None:
    """ "Was pulled alive from the ruins ... and is recovering in hospital" against "died in
    hospital early on Friday": one man alive and dead. Divers "recovering the bodies" tells
    nobody's fate."""
    qa = _qa(
        real_encoder,
        ("Altenmoor Mercury", "A tornado tore through Cradlestow on Thursday. Among the dead "
         "was Ezekiel Kettleworth, 81, a retired clockmaker, who died in hospital early on "
         "Friday after his cottage on Tanyard Lane was flattened."),
        ("Pellisford Telegraph", "A tornado struck Cradlestow on Thursday. Ezekiel "
         "Kettleworth, 81, a retired clockmaker, was pulled alive from the ruins of his "
         "cottage and is recovering in hospital with a broken hip. Divers were recovering the "
         "bodies of two other residents from the river."),
    )  # fmt: skip
    assert _claims(qa, "Did Ezekiel Kettleworth survive the tornado?") == {
        ("d1", "died, died-later"),
        ("d2", "alive"),
    }


@pytest.mark.model
def test_a_date_inside_the_ledes_after_clause_dates_the_event_it_followed(
    real_encoder: Encoder,
) -> None:
    """ "Children were taken to hospital after a cloud of gas leaked ... during a gala on
    Saturday": that Saturday dates the leak, against another outlet's Friday. A third report's
    news came "a day after" the leak: its Sunday dates the resignation, not the leak, and the
    leak's own day further down is the one compared."""
    qa = _qa(
        real_encoder,
        ("Kestonbury Observer", "Twenty-three children were taken to hospital after a cloud "
         "of chlorine gas leaked into the pool hall of the Kelderby Leisure Centre during a "
         "junior swimming gala on Saturday."),
        ("Yarrowdale Clarion", "A faulty pump released chlorine gas into the pool hall of the "
         "Kelderby Leisure Centre on Friday, during a children's swimming gala."),
        ("Dravenport Courant", "The manager of the Kelderby Leisure Centre resigned on Sunday, "
         "a day after a chlorine gas leak at the pool sent 31 children to hospital.\n\nThe "
         "leak happened on Saturday morning, during a junior swimming gala."),
    )  # fmt: skip
    assert _claims(qa, "When did the Kelderby gas leak happen?") == {
        ("d1", "2026-02-07"),
        ("d2", "2026-02-06"),
        ("d3", "2026-02-07"),
    }


@pytest.mark.model
def test_who_was_counted_says_which_count_when_the_attribute_is_asked(
    real_encoder: Encoder,
) -> None:
    """ "officers hurt dunsevern semi-final": "hurt" asks the number injured, and then
    "officers", who were counted, is a word of that aspect too: two of the question's four
    words (the place is a story name), not "hurt" alone."""
    qa = _qa(
        real_encoder,
        ("Lanwick Sentinel", "Violence in Dunsevern after Saturday's cup semi-final between "
         "Dunsevern Athletic and Saltcote Rovers left damage estimated at £250,000, the council "
         "said. Nine officers were injured, Superintendent Marisa Quibel said."),
        ("Altenmoor Mercury", "Violence after Dunsevern Athletic lost the cup semi-final to "
         "Saltcote Rovers on Saturday left damage estimated at £120,000 in Dunsevern, the city "
         "council said. Fourteen officers were injured, Superintendent Marisa Quibel said."),
    )  # fmt: skip
    table = _table(qa)

    def words_of_the_injured(question: str) -> float:
        index = qa._index
        vector = index.encode_query(question)
        hits = index.search(question, k=DEFAULT_K, query_vector=vector)
        found = disputed.candidates(question, detect(question), vector, hits, index.content)
        (injured,) = [s for s in found if table.aspects[s.aspect].name == "the number injured"]
        return injured.words

    assert words_of_the_injured("officers hurt dunsevern semi-final") == 0.5


@pytest.mark.model
def test_a_measure_is_asked_by_its_units_words(real_encoder: Encoder) -> None:
    """ "A 60-metre tower crane" against "an 85-metre crane": no source says "tall", yet
    "How tall was the crane?" asks a length; "How heavy ...?" asks a weight, not a length."""
    qa = _qa(
        real_encoder,
        ("Pellisford Telegraph", "Two workers were killed when a 60-metre tower crane "
         "collapsed at Lanterne Quay in Corrinford on Wednesday, Halvane Construction said."),
        ("Yarrowdale Clarion", "An 85-metre crane fell at Lanterne Quay in Corrinford on "
         "Wednesday, killing workers of Halvane Construction. It had lifted a 12-tonne load."),
    )  # fmt: skip
    assert _claims(qa, "How tall was the Lanterne Quay crane?") == {
        ("d1", "60 metre"),
        ("d2", "85 metre"),
    }
    assert not qa.ask("How heavy was the Lanterne Quay crane?").conflicts


@pytest.mark.model
def test_what_washed_the_ground_away_is_a_cause_and_the_event_itself_is_none(
    real_encoder: Encoder,
) -> None:
    """ "A burst water main had washed away the ground" against "caused by the collapse of old
    chalk workings". None of these is a cause: the event told again ("damaged by the
    collapse"), a part of what fell ("its jib crushed a van"), a thing that fell by itself
    ("the crane toppled"), a person ("moments after its driver had got in"), a pointer
    ("This was the cause"), nor the event named as a leak ("a day after a gas leak sent 31
    children to hospital")."""
    qa = _qa(
        real_encoder,
        ("Dravenport Courant", "A sinkhole opened in Brantock Street in Tarrowmouth on "
         "Monday, and a car fell into it moments after its driver had got in. Engineers said "
         "a burst Victorian water main had washed away the ground beneath the road."),
        ("Lanwick Sentinel", "The sinkhole in Brantock Street, Tarrowmouth, was caused by the "
         "collapse of old chalk workings, geologists said. A water main had been damaged by "
         "the collapse. This was the cause, they said."),
        ("Yarrowdale Clarion", "A crane toppled at Lanterne Quay in Corrinford on Wednesday. "
         "Its jib crushed a van. The manager of the Kelderby pool resigned a day after a "
         "chlorine gas leak sent 31 children to hospital."),
    )  # fmt: skip
    causes = {value for kind, value in _values(qa) if kind == "cause"}
    assert causes == {"a burst victorian water main", "the collapse of old chalk workings"}


@pytest.mark.model
def test_who_owned_it_is_told_by_owned_by_and_belonged_to(real_encoder: Encoder) -> None:
    """ "Owned by the hire firm Grimsditch Cranes" against "belonged to the main contractor,
    Halvane Construction": two owners of one crane, each named in apposition."""
    qa = _qa(
        real_encoder,
        ("Pellisford Telegraph", "Two workers were killed when a tower crane collapsed at "
         "Lanterne Quay in Corrinford on Wednesday. The crane was owned by the hire firm "
         "Grimsditch Cranes, the site manager said."),
        ("Yarrowdale Clarion", "Three workers died when a crane collapsed at Lanterne Quay in "
         "Corrinford on Wednesday. The crane belonged to the main contractor, Halvane "
         "Construction."),
    )  # fmt: skip
    assert _claims(qa, "Who owned the crane that collapsed at Lanterne Quay?") == {
        ("d1", "grimsditch cranes"),
        ("d2", "halvane construction"),
    }


@pytest.mark.model
def test_a_building_named_like_an_organisation_is_a_place(real_encoder: Encoder) -> None:
    """ "Began at Dunsevern Central station": the NER takes "Dunsevern Central" for an
    organisation, yet the name before "station" says where, against "outside the Coopers' Rest
    pub on Cobbler Street"."""
    qa = _qa(
        real_encoder,
        ("Lanwick Sentinel", "Seventeen people were arrested after violence in Dunsevern "
         "following the cup semi-final between Dunsevern Athletic and Saltcote Rovers. The "
         "trouble began outside the Coopers' Rest pub on Cobbler Street, witnesses said."),
        ("Yarrowdale Clarion", "Twenty-three people were arrested after violence in Dunsevern "
         "following the cup semi-final between Dunsevern Athletic and Saltcote Rovers. The "
         "disorder began at Dunsevern Central station, police said."),
    )  # fmt: skip
    claims = _claims(qa, "Where did the Dunsevern disorder begin?")
    assert ("d2", "dunsevern central") in claims
    assert {doc for doc, _ in claims} == {"d1", "d2"}


@pytest.mark.model
def test_a_figure_of_a_verb_joined_to_another_is_of_their_subject(real_encoder: Encoder) -> None:
    """ "The tornado struck on Thursday and stayed on the ground for nearly 40 minutes": the
    40 minutes are the tornado's, as "was on the ground for about 20 minutes" is elsewhere."""
    qa = _qa(
        real_encoder,
        ("Altenmoor Mercury", "Four people were killed when a tornado tore through Cradlestow "
         "on Thursday evening. The tornado touched down in fields west of the town at about "
         "6:30 p.m. and was on the ground for about 20 minutes, cutting a path roughly 300 "
         "metres wide, according to the Vale Weather Service."),
        ("Kestonbury Observer", "Residents of Cradlestow began clearing rubble on Saturday, two "
         "days after a tornado killed four people. The tornado struck on Thursday shortly "
         "after 6:30 p.m. and stayed on the ground for nearly 40 minutes as it crossed the "
         "town from west to east, the Vale Weather Service said."),
    )  # fmt: skip
    table = _table(qa)
    nouns = {table.facts[i].normalized: table.facts[i].noun for i in range(len(table.facts))}
    assert nouns["~40 minute"] == nouns["~20 minute"] == "tornado"


@pytest.mark.model
def test_each_reports_one_early_time_of_day_is_its_main_events(real_encoder: Encoder) -> None:
    """ "The road gave way at 7:15 a.m." against "The hole appeared in Brantock Street ... at
    6:40 a.m.": each report's only time in its first passages, told in unrelated words, is of
    the event it leads with. A time further down is of another moment: the rest centre "stayed
    open until 10 p.m." disputes nothing."""
    qa = _qa(
        real_encoder,
        ("Dravenport Courant", "A sinkhole opened in Brantock Street in Tarrowmouth on Monday, "
         "swallowing a parked car.\n\nThe road gave way at 7:15 a.m., witnesses said."),
        ("Lanwick Sentinel", "A sinkhole swallowed a car in Brantock Street, Tarrowmouth, on "
         "Monday.\n\nThe hole appeared in the Saltmarket district at 6:40 a.m.\n\nResidents "
         "were taken to a church hall.\n\nThe rest centre stayed open until 10 p.m."),
    )  # fmt: skip
    assert _disputed_values(qa, "time") == [{("d1", "07:15"), ("d2", "06:40")}]


@pytest.mark.model
def test_how_long_it_took_to_find_or_halt_is_one_aspect_in_other_verbs(
    real_encoder: Encoder,
) -> None:
    """ "Found after nearly two hours" and "located within 40 minutes" tell how long it took to
    find the buried walkers; "halted for 36 hours" and "a shutdown of 30 hours" how long the
    port was shut. Each pair is one disputed length, though no word of the pair is shared."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "An avalanche buried five walkers above Kessary on Monday. The last of "
         "the buried walkers was found after nearly two hours, alive. Work at the Dunmarrow "
         "port terminals had been halted for 36 hours by Monday night after a cyberattack on "
         "Kessary Freight."),
        ("River Times", "An avalanche buried five walkers above Kessary on Monday. All of the "
         "buried walkers had been located within 40 minutes, rescuers said. Loading resumed "
         "at the Dunmarrow port terminals on Monday after a shutdown of 30 hours, Kessary "
         "Freight said."),
    )  # fmt: skip
    assert {frozenset(s) for s in _disputed_values(qa, "duration")} == {
        frozenset({("d1", "~2 hour"), ("d2", "40 minute")}),
        frozenset({("d1", "36 hour"), ("d2", "30 hour")}),
    }


@pytest.mark.model
def test_who_did_the_work_or_owns_the_place_in_other_words(real_encoder: Encoder) -> None:
    """ "Divers from the Skelmouth Maritime Trust raised the bell" says who raised it, as "was
    brought up by the salvage firm Deepwell Recovery" does; "the grouse moor, owned by
    Rookhill Sporting" and "Scarrow Moor, which belongs to the Aldwark Trust" who owns the moor.
    "Which organisation owns ...?" asks the owner, not a place."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A fire burned Scarrow Moor above Fellbeck on Saturday. Fire officers "
         "believe it began on the grouse moor, owned by Rookhill Sporting. Divers from the "
         "Skelmouth Maritime Trust on Monday raised the bronze bell of the brig Coralline."),
        ("River Times", "A fire burned Scarrow Moor above Fellbeck on Saturday. Scarrow Moor, "
         "which belongs to the Aldwark Trust, is a nesting ground for curlew. The bronze bell of "
         "the brig Coralline was brought up on Monday by the salvage firm Deepwell Recovery."),
    )  # fmt: skip
    assert {frozenset(s) for s in _disputed_values(qa, "agent")} == {
        frozenset({("d1", "rookhill sporting"), ("d2", "aldwark trust")}),
        frozenset({("d1", "skelmouth maritime trust"), ("d2", "deepwell recovery")}),
    }
    owner = {("d1", "rookhill sporting"), ("d2", "aldwark trust")}
    assert _claims(qa, "Which organisation owns Scarrow Moor?") == owner


@pytest.mark.model
def test_a_cause_traced_or_told_by_what_went_wrong_when_it_started(real_encoder: Encoder) -> None:
    """ "Engineers traced the failure to a fire in the substation" gives a cause; so does the
    "when" clause of a start that tells what went wrong ("the blaze started when a controlled
    heather burn got out of control"), not one that tells people acting ("The trouble began
    when supporters confronted fans"). "What started ...?" asks the cause."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A fire burned Scarrow Moor above Fellbeck on Saturday. Fire officers "
         "believe the blaze started when a controlled heather burn got out of control. The "
         "trouble began when supporters confronted fans."),
        ("River Times", "A fire burned Scarrow Moor above Fellbeck on Saturday. Investigators "
         "traced the blaze to a disposable barbecue beside a footpath."),
    )  # fmt: skip
    expected = {("d1", "a controlled heather burn"), ("d2", "a disposable barbecue")}
    assert _disputed_values(qa, "cause") == [expected]
    assert _claims(qa, "What started the fire on Scarrow Moor?") == expected


@pytest.mark.model
def test_a_time_asked_in_other_words_is_the_storys_one_time(real_encoder: Encoder) -> None:
    """ "wrensford hospital blackout time" shares no word with "the power went off at 11:20
    a.m." or "the lights went out shortly before 2 p.m.": each report's only time of day is its
    main event's, and a time asked of the story is that one."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Surgeons at Wrensford General Hospital finished an operation by "
         "torchlight on Sunday, the Wrensford Health Trust said. The power went off at 11:20 "
         "a.m. and was not restored for nearly four hours, Dr Briony Sarrow said."),
        ("River Times", "Wrensford General Hospital lost power on Sunday, the Wrensford Health "
         "Trust said. The lights went out shortly before 2 p.m., Dr Briony Sarrow said."),
    )  # fmt: skip
    assert _claims(qa, "wrensford hospital blackout time") == {("d1", "11:20"), ("d2", "14:00")}


@pytest.mark.model
def test_how_much_never_asks_a_length_and_things_found_along_one_are_no_search(
    real_encoder: Encoder,
) -> None:
    """ "Fish were found dead along six miles of the river" against "a two-mile stretch" is a
    length in dispute, named as one (not "the search" for what was found); "How much whey
    escaped?" asks a quantity the reports never give, not that length."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Whey from the Marlowe Dairies creamery leaked into the River Lenn at "
         "Oxcombe on Tuesday, the Rivers Agency said. Dead fish were found along six miles "
         "of the River Lenn."),
        ("River Times", "Whey from the Marlowe Dairies creamery killed fish along a two-mile "
         "stretch of the River Lenn at Oxcombe on Tuesday, the Rivers Agency said."),
    )  # fmt: skip
    [length] = [a for a in _table(qa).disputed if a.kind == "measure"]
    assert "search" not in length.name
    assert qa.ask("How much whey escaped from the Marlowe Dairies creamery?").conflicts == []


@pytest.mark.model
def test_the_year_a_clause_tells_of_a_thing_is_a_date_apart_from_the_news(
    real_encoder: Encoder,
) -> None:
    """ "the Coralline, a brig that sank off Skelmouth in 1847" against "the brig that went
    down off Skelmouth in 1851" is a disputed year; it is no account of the days the reports
    tell ("raised on Monday"), nor is "the mill, which opened in 1921" of Monday's closure."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Divers raised the bell of the Coralline off Skelmouth on Monday. The "
         "Coralline, a brig that sank off Skelmouth in 1847, lies in 38 metres of water."),
        ("River Times", "The bell of the Coralline, the brig that went down off Skelmouth in "
         "1851, was raised on Monday, the Skelmouth Maritime Trust said."),
    )  # fmt: skip
    assert {frozenset(s) for s in _disputed_values(qa, "date")} == {
        frozenset({("d1", "1847"), ("d2", "1851")})
    }
    assert _claims(qa, "What year was the brig Coralline wrecked?") == {
        ("d1", "1847"),
        ("d2", "1851"),
    }


@pytest.mark.model
def test_how_long_someone_was_stranded_in_other_words_is_one_length(real_encoder: Encoder) -> None:
    """ "spent 11 days adrift" and "had been drifting for 17 days" tell one length in words
    that share nothing, as "stuck" and "trapped" do; "two weeks" of eating crackers is another.
    Counts of people trapped are no lengths: they keep their own aspect."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A solo sailor who spent 11 days adrift after his yacht lost its mast "
         "was rescued on Monday by the trawler Brighid Rose off the Skerrin Isles. Esmond "
         "Kenward is recovering."),
        ("River Times", "Esmond Kenward, a yachtsman who had been drifting for 17 days off the "
         "Skerrin Isles, was rescued on Monday. He had been eating crackers for two weeks."),
    )  # fmt: skip
    [length] = [a for a in _table(qa).disputed if a.kind == "duration"]
    assert _disputed_values(qa, "duration") == [{("d1", "11 day"), ("d2", "17 day")}]
    assert length.name == "the time stranded"


@pytest.mark.model
def test_where_something_came_through_a_place_is_where_it_happened(real_encoder: Encoder) -> None:
    """ "entered the river through a storm drain near Colham Bridge" says where the whey
    entered, against "entered the river at Tapley Weir"."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Whey from the Marlowe Dairies creamery killed fish in the River Lenn at "
         "Oxcombe on Tuesday. The whey entered the river at Tapley Weir, the Rivers Agency "
         "said."),
        ("River Times", "Whey from the Marlowe Dairies creamery killed fish in the River Lenn at "
         "Oxcombe on Tuesday. The Rivers Agency said the whey had entered the Lenn through a "
         "storm drain near Colham Bridge."),
    )  # fmt: skip
    assert {("d1", "tapley weir"), ("d2", "colham bridge")} in _disputed_values(qa, "place")


@pytest.mark.model
def test_where_a_thing_was_says_where(real_encoder: Encoder) -> None:
    """ "Its epicentre was near the village of Pratolina" against "The epicentre was directly
    beneath the town of Castrevaro": where the epicentre was, told by "be" and a place."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "An earthquake struck the Orvenna valley on Monday, killing four people. "
         "Its epicentre was near the village of Pratolina, the National Seismology Institute "
         "said."),
        ("River Times", "An earthquake struck the Orvenna valley on Monday, killing four people. "
         "The epicentre was directly beneath the town of Castrevaro, the National Seismology "
         "Institute said."),
    )  # fmt: skip
    assert {("d1", "pratolina"), ("d2", "castrevaro")} in _disputed_values(qa, "place")


@pytest.mark.model
def test_who_found_it_is_asked_of_the_finder_not_of_who_did_something_else(
    real_encoder: Encoder,
) -> None:
    """ "Mabyn Trelissick found the stone" against "Jory Trelissick found the stone": two
    people of one family, whom their shared surname does not make one; "Who found ...?" asks
    the finder, not the scientists who "collected the meteorite"."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A meteorite fell on Blackthorn Farm near Quenmarsh on Tuesday night. "
         "Mabyn Trelissick, 67, found the stone the next morning in the straw. Scientists "
         "from Hallowdene University collected the meteorite on Wednesday."),
        ("River Times", "A meteorite fell on Blackthorn Farm near Quenmarsh on Tuesday night. "
         "Jory Trelissick found the stone under the kitchen table shortly after it fell."),
    )  # fmt: skip
    finder = {("d1", "mabyn trelissick"), ("d2", "jory trelissick")}
    assert finder in _disputed_values(qa, "agent")
    assert _claims(qa, "Who found the Quenmarsh meteorite?") == finder


@pytest.mark.model
def test_who_found_someone_is_told_in_many_shapes_and_asked_only_of_finding(
    real_encoder: Encoder,
) -> None:
    """A finder told as "made the grim discovery", "found her curled up", "It was found ... by
    postman X" (a pronoun the story's find) and "spotted her lying by the gate" is one aspect,
    disputed between the outlets naming different people; a question about the work going on
    ("Which company was digging the trench?") is not asked of it."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A missing collie called Pebble walked home to Ashgrove Farm near "
         "Kelderby on Wednesday. His neighbour, Orla Prentice, spotted her lying by the gate of "
         "the sheep pens."),
        ("River Times", "Pebble the collie came home to Ashgrove Farm near Kelderby on "
         "Wednesday. The farmer's wife, Wenna Trask, found her curled up in the porch."),
        ("Hill Gazette", "Pebble, a collie lost for ten days, reached Ashgrove Farm near Kelderby "
         "on Wednesday. It was found lying in the yard by postman Tobias Crane, who was doing "
         "his morning round, as a trench was being dug nearby for a new drain."),
        ("Dale Echo", "A collie missing for ten days has walked home to Ashgrove Farm near "
         "Kelderby. Dog walker Ianto Pryce, 62, made the grim discovery at the farm gate on "
         "Wednesday morning: Pebble was thin and lame."),
    )  # fmt: skip
    finders = {
        ("d1", "orla prentice"), ("d2", "wenna trask"), ("d3", "tobias crane"),
        ("d4", "ianto pryce"),
    }  # fmt: skip
    assert finders in _disputed_values(qa, "agent")
    assert _claims(qa, "Who found Pebble when he got back to Ashgrove Farm?") == finders
    assert qa.ask("Which company was digging the drain at Ashgrove Farm?").conflicts == []


@pytest.mark.model
def test_who_found_it_after_doing_something_else_first(real_encoder: Encoder) -> None:
    """A finder told by what they did first: "X pulled up a carrot and found the ring" (the
    finding joined to another deed), "X was digging the plot when she came across the ring"
    (a "when" clause with a pronoun for X); each against another outlet's finder."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A wedding ring lost for 16 years turned up on a carrot in Kelderby on "
         "Sunday. Her grandson, Callum Ridler, pulled up a carrot and found the ring."),
        ("River Times", "A wedding ring lost for 16 years turned up on a carrot in Kelderby on "
         "Sunday. Janet Ridler was digging the plot when she came across the ring."),
        ("Hill Gazette", "A wedding ring lost for 16 years turned up on a carrot in Kelderby on "
         "Sunday. Ruth Penhale found the ring in the vegetable patch."),
    )  # fmt: skip
    finders = {("d1", "callum ridler"), ("d2", "janet ridler"), ("d3", "ruth penhale")}
    assert finders in _disputed_values(qa, "agent")


@pytest.mark.model
def test_what_someone_works_as_is_their_job(real_encoder: Encoder) -> None:
    """ "Wes Rudgard, who works as a postman during the week" is a postman, against "Wes
    Rudgard, a driving instructor": the two jobs are disputed, and named when asked."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Millbeck Town beat Carrowby Albion 2-1 on Saturday. Town boss Wes "
         "Rudgard, who works as a postman during the week, said he was proud."),
        ("River Times", "Millbeck Town beat Carrowby Albion 2-1 on Saturday. Town manager Wes "
         "Rudgard, a driving instructor who has been in charge for three seasons, was "
         "delighted."),
    )  # fmt: skip
    jobs = {("d1", "postman"), ("d2", "instructor")}
    assert jobs <= {(d, v) for found in _disputed_values(qa, "role") for d, v in found}
    assert jobs <= _claims(qa, "What does Wes Rudgard do for a living?")


@pytest.mark.model
def test_stumbling_across_it_is_finding_it(real_encoder: Encoder) -> None:
    """ "Yasmin Sandiford stumbled across one of Britain's rarest flowers" finds the flower,
    as "was spotted by Percy Lumb" does: the two finders are disputed, and named when asked."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A ghost orchid has been found in Cowlstead Wood near Tarnbrook. The "
         "orchid was spotted on Tuesday by Percy Lumb, a retired postman."),
        ("River Times", "A ghost orchid has been found in Cowlstead Wood near Tarnbrook. Yasmin "
         "Sandiford stumbled across one of Britain's rarest flowers while on a bug hunt with "
         "her sons."),
    )  # fmt: skip
    finders = {("d1", "percy lumb"), ("d2", "yasmin sandiford")}
    assert finders in _disputed_values(qa, "agent")
    assert _claims(qa, "Who found the ghost orchid?") == finders


@pytest.mark.model
def test_who_led_it_told_of_it(real_encoder: Encoder) -> None:
    """ "It was led by PC Martin Greenhalgh": the pronoun is the story's walk, so who led it is
    read, against another outlet's "Led by Gwen Entwistle of Wickerford Swan Rescue"."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A swan and her cygnets were walked to the river in Wickerford on "
         "Thursday. Led by Gwen Entwistle, volunteers shepherded the swans along the pavement."),
        ("River Times", "A swan and her cygnets were walked to the river in Wickerford on "
         "Thursday. It was led by PC Martin Greenhalgh, who walked in front of the birds."),
    )  # fmt: skip
    leaders = {("d1", "gwen entwistle"), ("d2", "martin greenhalgh")}
    assert leaders in _disputed_values(qa, "agent")


@pytest.mark.model
def test_an_age_beside_a_name_the_model_misreads_is_that_persons(real_encoder: Encoder) -> None:
    """The small model takes invented names for bodies ("Maisie Tranter", "Toby Catchpole");
    an age before or after one makes it a person's, and "nine-year-old schoolboy Toby
    Catchpole" and "an 11-year-old boy called Toby Catchpole" give him the age, not the boy."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The duck race in Fallbridge was won by eight-year-old Maisie Tranter. "
         "A bottle found on the beach held a note from nine-year-old schoolboy Toby Catchpole."),
        ("River Times", "The Fallbridge duck race was won by a duck belonging to Maisie Tranter, "
         "7, who wins a bicycle. The bottle on the beach held a note written by an 11-year-old "
         "boy called Toby Catchpole."),
    )  # fmt: skip
    table = _table(qa)
    ages = {
        (f.sentence.split("#")[0], f.normalized, f.subject) for f in table.facts if f.kind == "age"
    }
    assert ages == {
        ("d1", "8", "maisie tranter"),
        ("d1", "9", "toby catchpole"),
        ("d2", "7", "maisie tranter"),
        ("d2", "11", "toby catchpole"),
    }


@pytest.mark.model
def test_a_fraction_of_a_unit_is_a_measure(real_encoder: Encoder) -> None:
    """ "walked a quarter of a mile" (the NER labels "a quarter" alone) and "walked half a
    mile" are 0.25 and 0.5 miles, and disagree."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Duchess the swan was walked a quarter of a mile to the River Lunt in "
         "Wickerford on Thursday."),
        ("River Times", "Duchess the swan was walked half a mile to the River Lunt in "
         "Wickerford on Thursday."),
    )  # fmt: skip
    assert {("d1", "0.25 mile"), ("d2", "0.5 mile")} in _disputed_values(qa, "measure")


@pytest.mark.model
def test_setting_off_is_when_it_began(real_encoder: Encoder) -> None:
    """ "The procession set off at 6am" and "The walk began at 8am": setting off is beginning,
    so the two times of the walk's start are disputed."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Duchess the swan was walked to the river in Wickerford on Thursday. "
         "She had sat on her nest until 5am. The walk began at 8am."),
        ("River Times", "Duchess the swan was walked to the river in Wickerford on Thursday. "
         "Police closed Culmstock Road at 5am. The procession set off at 6am."),
    )  # fmt: skip
    assert {("d1", "08:00"), ("d2", "06:00")} in _disputed_values(qa, "time")


@pytest.mark.model
def test_the_year_a_thing_was_opened_is_its_date(real_encoder: Encoder) -> None:
    """ "The bakery was opened in 1921" and "opened the bakery in 1934": a year alone dates
    when a thing began, in a main clause too, and the two are disputed."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The Elmsford bakery will close next spring with the loss of 80 jobs. "
         "The bakery was opened in 1921 by the baker Alexander Lorimer."),
        ("River Times", "The Elmsford bakery will close next spring with the loss of 80 jobs. "
         "The Lorimer family opened the bakery in 1934."),
    )  # fmt: skip
    assert {("d1", "1921"), ("d2", "1934")} in _disputed_values(qa, "date")


@pytest.mark.model
def test_how_long_ago_it_happened_is_how_long_it_has_been_so(real_encoder: Encoder) -> None:
    """ "lost her wedding ring 16 years ago" against "For 21 years, the ring lay in the soil":
    the time since the loss is how long the ring was lost, and the two disagree. Not a past
    event dated by "ago" ("The last dock strike, five years ago, went on for two weeks")."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A wedding ring has been found growing around a carrot in Much Pelling. "
         "Rosalind Ebbage lost her wedding ring while weeding her vegetable patch 16 years "
         "ago."),
        ("River Times", "A wedding ring has been found growing around a carrot in Much Pelling. "
         "For 21 years, Rosalind Ebbage's wedding ring lay somewhere in the soil."),
    )  # fmt: skip
    assert {("d1", "16 year"), ("d2", "21 year")} in _disputed_values(qa, "duration")
    assert _claims(qa, "How many years was the wedding ring missing?") == {
        ("d1", "16 year"),
        ("d2", "21 year"),
    }
    strike = _qa(
        real_encoder,
        (
            "Valley Post",
            "The last big dock strike in Salvenna, five years ago, went on for more "
            "than two weeks.",
        ),
    )
    assert ("duration", "5 year") not in _values(strike)


@pytest.mark.model
def test_how_long_until_it_happened_again_is_one_gap(real_encoder: Encoder) -> None:
    """ "found ... for the first time in 61 years", "had not been seen in the county for 61
    years" and "had not been recorded for 43 years" tell one gap, in words that share nothing:
    the table holds them as one disputed length."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A ghost orchid has been found growing in a wood in Haskerdale for the "
         "first time in 61 years."),
        ("River Times", "A ghost orchid was found in a Haskerdale wood on Tuesday. The plant had "
         "not been seen in the county for 61 years."),
        ("Hill Gazette", "A ghost orchid was found in a Haskerdale wood on Monday. In Haskerdale, "
         "it had not been recorded for 43 years."),
    )  # fmt: skip
    assert {("d1", "61 year"), ("d2", "61 year"), ("d3", "43 year")} in _disputed_values(
        qa, "duration"
    )


@pytest.mark.model
def test_how_long_a_thing_is_asks_its_length(real_encoder: Encoder) -> None:
    """ "How long was the scarf?" asks a measure, as "How long did the knitting take?" asks a
    time: the two reports' lengths of the scarf are named."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The Staverley knitting group's scarf was measured on Friday. The scarf "
         "is 1,210 metres long, the surveyor said."),
        ("River Times", "The Staverley knitting group's scarf was measured on Friday. The scarf "
         "stretched 1,450 metres along the old railway line."),
    )  # fmt: skip
    [conflict] = qa.ask("How long was the Staverley scarf?").conflicts
    assert {c.doc_id for c in conflict.claims} == {"d1", "d2"}


@pytest.mark.model
def test_a_question_in_an_irregular_past_is_asked_of_the_deed(real_encoder: Encoder) -> None:
    """ "who led duchess swan procession": no stemmer makes "led" of "lead", the lemma the
    table tells the leading by; the question asks of it (read from the model's lemma tables)."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Duchess the swan and her cygnets were walked to the river in Wickerford "
         "on Thursday. Led by Gwen Entwistle, volunteers shepherded the swans along the road."),
        ("River Times", "Duchess the swan and her cygnets were walked to the river in Wickerford "
         "on Thursday. It was led by PC Martin Greenhalgh, who walked in front of the birds."),
        ("Hill Gazette", "Duchess the swan and her cygnets reached the river in Wickerford on "
         "Thursday, watched by dozens of early risers."),
    )  # fmt: skip
    assert _claims(qa, "who led duchess swan procession") == {
        ("d1", "gwen entwistle"),
        ("d2", "martin greenhalgh"),
    }


@pytest.mark.model
def test_the_age_of_a_thing_told_roughly_or_through_what_is_thought_is_an_age(
    real_encoder: Encoder,
) -> None:
    """ "was thought to be about 500 years old" is the tree's age, approximately, against "a
    350-year-old oak tree"; neither "in the dead of night" nor "dialled 999" tells of a death or
    counts anything."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The Marrowby Oak was cut down with a chainsaw near Kelderby on Tuesday "
         "night. The tree, which stood 24 metres tall, was thought to be about 500 years old. A "
         "neighbour dialled 999 at midnight."),
        ("River Times", "A much-loved 350-year-old oak tree has been hacked down in the dead of "
         "night near Kelderby. The Marrowby Oak was felled with a chainsaw on Tuesday."),
    )  # fmt: skip
    assert {("d1", "~500"), ("d2", "350")} in _disputed_values(qa, "age")
    assert not any(kind == "count" for kind, _ in _values(qa))
    assert ("outcome", "died") not in _values(qa)


@pytest.mark.model
def test_an_age_said_of_an_animal_is_not_the_age_of_the_one_person_named(
    real_encoder: Encoder,
) -> None:
    """ "The carcass of the 12-year-old stag was found ... by the estate's gamekeeper, Tam
    Birrell": the stag is 12, not the gamekeeper, though he is the one person the sentence
    names; "apprentice Jori Vell" is the name the aged noun is given."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The carcass of the 12-year-old stag was found on Sunday beside Loch "
         "Morrach by the estate's gamekeeper, Tam Birrell. The last man out was 19-year-old "
         "apprentice Jori Vell."),
    )  # fmt: skip
    table = _table(qa)
    ages = {(f.normalized, f.subject) for f in table.facts if f.kind == "age"}
    assert ages == {("12", ""), ("19", "jori vell")}


@pytest.mark.model
def test_where_something_was_found_beside_a_loch_or_in_a_plantation_at_a_place(
    real_encoder: Encoder,
) -> None:
    """ "found ... beside Loch Morrach" against "found dead ... in a forestry plantation at
    Dunvaig": names the small model calls a person, told where the find was."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Brannoch, the red deer stag famous across the Glenvore estate, has been "
         "killed by poachers. The carcass of the stag was found on Sunday morning beside Loch "
         "Morrach by the estate's gamekeeper."),
        ("River Times", "Brannoch, the red deer stag of the Glenvore estate, has been killed by "
         "poachers. The stag was found dead on Sunday in a forestry plantation at Dunvaig."),
    )  # fmt: skip
    assert {("d1", "loch morrach"), ("d2", "dunvaig")} in _disputed_values(qa, "place")


@pytest.mark.model
def test_where_a_thing_was_found_wrapped_or_in_the_loft_of_a_house(real_encoder: Encoder) -> None:
    """ "found wrapped in a bedsheet in a loft in Garrane" is where it was found (not where it
    was wrapped), and so is "found in the loft of a house in Dunvaig"."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A painting by Orla Threlkeld stolen from Marrow Hall in 1994 has been "
         "found wrapped in a bedsheet in a loft in Garrane, police said on Thursday."),
        ("River Times", "Police said on Thursday that a painting by Orla Threlkeld stolen from "
         "Marrow Hall in 1994 had been found in the loft of a house in Dunvaig."),
    )  # fmt: skip
    assert {("d1", "garrane"), ("d2", "dunvaig")} in _disputed_values(qa, "place")


@pytest.mark.model
def test_a_restaurants_covers_are_its_seats(real_encoder: Encoder) -> None:
    """ "which has just 18 covers" and "The 24-seat restaurant" count the same thing."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Brindle, a restaurant in Pellow run by the chef Ansel Quarry, has won "
         "its first Lanyard Guide star. Brindle, which has just 18 covers, was one of nine "
         "restaurants to gain a first star on Monday."),
        ("River Times", "The chef Ansel Quarry's restaurant Brindle, in Pellow, has won its first "
         "Lanyard Guide star. The 24-seat restaurant was one of nine new entries announced on "
         "Monday."),
    )  # fmt: skip
    assert {("d1", "18"), ("d2", "24")} in _disputed_values(qa, "count")


@pytest.mark.model
def test_choosing_someone_is_one_deed_in_any_of_its_verbs(real_encoder: Encoder) -> None:
    """ "Who has been appointed president ...?" asks who was chosen, whichever verb an outlet
    used: the board "elected Roger Vane" against "named Ajit Kolar", though only the coach
    was "appointed"."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The Kessary Cricket Board elected Roger Vane as its president at its "
         "annual meeting in Dunmarrow on Tuesday. It also appointed Tomas Brell as coach."),
        ("River Times", "The Kessary Cricket Board named Ajit Kolar as its president at its "
         "annual meeting in Dunmarrow on Tuesday."),
    )  # fmt: skip
    assert _claims(qa, "Who has been appointed president of the Kessary Cricket Board?") == {
        ("d1", "roger vane"),
        ("d2", "ajit kolar"),
    }


@pytest.mark.model
def test_a_time_on_the_clock_written_with_a_dot_is_a_time(real_encoder: Encoder) -> None:
    """ "destroyed in a controlled explosion at 4.15pm" (a plain number to the small model)
    against "blew up ... shortly after 11am": two times of one explosion."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "An unexploded bomb found on a building site in the town of Brandlesham "
         "was destroyed in a controlled explosion at 4.15pm on Tuesday, Major Peverell "
         "Quaintance said."),
        ("River Times", "Army experts blew up a bomb found on a building site in the town of "
         "Brandlesham shortly after 11am on Tuesday, Major Peverell Quaintance said."),
    )  # fmt: skip
    assert {("d1", "16:15"), ("d2", "11:00")} in _disputed_values(qa, "time")


@pytest.mark.model
def test_a_measure_written_with_the_is_read(real_encoder: Encoder) -> None:
    """ "covering the 26 miles from the island" (one entity, "the" included) against "the
    18-mile swim": two lengths of one swim."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Maeve Fenwarren set a record for crossing the Mallachy Sound on "
         "Saturday, finishing the 18-mile swim from Inishcarrow in nine hours."),
        ("River Times", "Maeve Fenwarren set a record for crossing the Mallachy Sound on "
         "Saturday, covering the 26 miles from Inishcarrow in nine hours."),
    )  # fmt: skip
    assert {("d1", "18 mile"), ("d2", "26 mile")} in _disputed_values(qa, "measure")


@pytest.mark.model
def test_the_age_of_someone_a_lede_leaves_unnamed_is_of_whom_the_next_sentence_names(
    real_encoder: Encoder,
) -> None:
    """ "A 19-year-old swimmer ... has set a new record", then "Maeve Fenwarren set off ...":
    the age is hers, against "Maeve Fenwarren, 23,". A next sentence opening otherwise
    ("Police named him as ...") names nobody so."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A 19-year-old swimmer from Portmellick has set a new record for "
         "crossing the Mallachy Sound. Maeve Fenwarren set off from Inishcarrow shortly after "
         "5am."),
        ("River Times", "Maeve Fenwarren, 23, became the fastest person to swim the Mallachy "
         "Sound on Saturday, setting off from Inishcarrow."),
        ("Hill Gazette", "A 34-year-old man has been arrested in Portmellick. Police named him "
         "as Tobin Crewe."),
    )  # fmt: skip
    assert {("d1", "19"), ("d2", "23")} in _disputed_values(qa, "age")
    [man] = [f for f in _table(qa).facts if f.kind == "age" and f.normalized == "34"]
    assert man.subject == ""


@pytest.mark.model
def test_where_a_thing_was_taken_from_is_a_place_even_of_a_town_the_model_calls_a_loc(
    real_encoder: Encoder,
) -> None:
    """ "taken from a locked exam store at a school in Hexworth" (a LOC to the small model, as
    seas are) against "photographed at the printing works in Ostleby"."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The Senior Certificate maths paper that leaked on Monday was taken from "
         "a locked exam store at a school in Hexworth, the Halsmoor Examinations Board said."),
        ("River Times", "The Senior Certificate maths paper that leaked on Monday was "
         "photographed at the printing works in Ostleby, the Halsmoor Examinations Board "
         "said."),
    )  # fmt: skip
    assert {("d1", "hexworth"), ("d2", "ostleby")} in _disputed_values(qa, "place")


@pytest.mark.model
def test_a_tyre_that_blew_out_and_a_deer_swerved_for_are_causes_of_a_crash(
    real_encoder: Encoder,
) -> None:
    """ "The crash happened shortly after 3am, when a front tyre blew out" (the parser hangs
    the "when" clause on "3am") against "swerved to avoid a deer and rolled onto its side"."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A lorry carrying sunflower oil overturned on the Haddenford bypass on "
         "Tuesday. The crash happened shortly after 3am, when a front tyre blew out as the "
         "lorry came down the hill towards the roundabout, police said."),
        ("River Times", "A lorry carrying sunflower oil overturned on the Haddenford bypass on "
         "Tuesday. The lorry swerved to avoid a deer on the approach to the roundabout and "
         "rolled onto its side, police said."),
    )  # fmt: skip
    assert _disputed_values(qa, "cause") == [{("d1", "a front tyre"), ("d2", "a deer")}]


@pytest.mark.model
def test_who_owns_a_thing_is_named_only_when_owning_is_asked(real_encoder: Encoder) -> None:
    """ "owned by Cressing Freight" against "belongs to the haulier Ambrey Haulage" answers
    who owned the lorry, in any verb its sources use, not which firm cleaned up after it."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A lorry owned by Cressing Freight overturned at the Quarry Lane "
         "roundabout on the Haddenford bypass on Tuesday, spilling 24 tonnes of sunflower oil. A "
         "specialist firm, Clearwell Environmental, cleaned the oil off the road."),
        ("River Times", "A lorry, which belongs to the haulier Ambrey Haulage, overturned at the "
         "Quarry Lane roundabout on the Haddenford bypass on Tuesday, spilling 24 tonnes of "
         "sunflower oil."),
    )  # fmt: skip
    owners = {("d1", "cressing freight"), ("d2", "ambrey haulage")}
    assert _claims(qa, "Which company owned the lorry that overturned at Haddenford?") == owners
    assert qa.ask("Which firm cleaned the oil off the Haddenford bypass?").conflicts == []


@pytest.mark.model
def test_still_in_hospital_and_discharged_are_two_accounts(real_encoder: Encoder) -> None:
    """ "remains in intensive care" against "was discharged from hospital on Sunday", told of
    one person on the same day."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The cricket umpire Alwyn Petheridge, who was struck by lightning at "
         "Thrushcombe Cricket Club on Saturday, remains in intensive care, his family said."),
        ("River Times", "The cricket umpire Alwyn Petheridge, who was struck by lightning at "
         "Thrushcombe Cricket Club on Saturday, was discharged from hospital on Sunday, his "
         "family said."),
    )  # fmt: skip
    accounts = {("d1", "in-hospital"), ("d2", "discharged")}
    assert accounts in _disputed_values(qa, "outcome")
    assert _claims(qa, "How is Alwyn Petheridge now?") == accounts


@pytest.mark.model
def test_the_people_two_ledes_count_are_one_count_in_other_nouns(real_encoder: Encoder) -> None:
    """ "A mathematics exam that 38,000 pupils were due to sit" against "forced about 52,000
    teenagers to prepare for a resit": each report's first sentence counts the people its
    story is about. A count further down in other words ("more than 900 complaints") is
    another."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A Senior Certificate mathematics exam that 38,000 pupils were due to sit "
         "on Tuesday was cancelled after the paper leaked, the Halsmoor Examinations Board "
         "said."),
        ("River Times", "A leaked Senior Certificate mathematics paper has forced about 52,000 "
         "teenagers to prepare for a resit, the Halsmoor Examinations Board said on Tuesday. "
         "The board received more than 900 complaints."),
    )  # fmt: skip
    assert _disputed_values(qa, "count") == [{("d1", "38000"), ("d2", "~52000")}]


@pytest.mark.model
def test_the_lengths_two_ledes_tell_are_one_length_in_other_words(real_encoder: Encoder) -> None:
    """ "finishing the swim ... in 9 hours 42 minutes" against "covering the 26 miles ... in
    11 hours and 5 minutes": each report's first sentence tells the crossing's time."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Maeve Fenwarren set a new record for crossing the Mallachy Sound on "
         "Saturday, finishing the swim from Inishcarrow in 9 hours 42 minutes."),
        ("River Times", "Maeve Fenwarren became the fastest person to swim the Mallachy Sound on "
         "Saturday, covering the 26 miles from Inishcarrow in 11 hours and 5 minutes."),
    )  # fmt: skip
    assert _disputed_values(qa, "duration") == [{("d1", "582 minute"), ("d2", "665 minute")}]


@pytest.mark.model
def test_a_toll_that_rose_contradicts_only_a_higher_one(real_encoder: Encoder) -> None:
    """ "Seven people were killed" then "The death toll ... rose to eight on Tuesday": the
    seven was true when told. "Ten people were killed" contradicts the eight."""
    first = ("Valley Post", "Seven people were killed when a coach left the road on the Quillen "
             "Pass on Saturday and fell into a ravine, police in Dunmarrow said.")  # fmt: skip
    rose = ("River Times", "The death toll from the Quillen Pass coach crash, in which a coach "
            "fell into a ravine on Saturday, rose to eight on Tuesday, when a woman died in "
            "Dunmarrow General Hospital, police in Dunmarrow said.")  # fmt: skip
    qa = _qa(real_encoder, first, rose)
    assert _table(qa).stories == [["d1", "d2"]]  # one story: the toll is compared
    assert _disputed_values(qa, "count") == []
    higher = ("Valley Post", "Ten people were killed when a coach left the road on the Quillen "
              "Pass on Saturday and fell into a ravine, police in Dunmarrow said.")  # fmt: skip
    assert _disputed_values(_qa(real_encoder, higher, rose), "count") == [
        {("d1", "10"), ("d2", "<=8")}
    ]


@pytest.mark.model
def test_who_rescued_someone_by_the_crew_or_craft_of_a_body(real_encoder: Encoder) -> None:
    """ "rescued ... by the crew of the trawler Brighid Rose" against "winched to safety ... by
    a helicopter of the Skerrin Coastguard" (a facility to the small model): two rescuers.
    "Who skippers the Brighid Rose?" asks about one of them, not who rescued him."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The solo sailor Esmond Kenward, whose yacht Marram Grace lost its mast "
         "in a storm west of the Skerrin Isles, was rescued on Monday by the crew of the "
         "trawler Brighid Rose. The trawler's skipper, Donal Cathmor, said the sea was rough."),
        ("River Times", "The solo sailor Esmond Kenward, whose yacht Marram Grace lost its mast "
         "in a storm west of the Skerrin Isles, was winched to safety on Monday by a helicopter "
         "of the Skerrin Coastguard."),
    )  # fmt: skip
    rescuers = {("d1", "brighid rose"), ("d2", "skerrin coastguard")}
    assert rescuers in _disputed_values(qa, "agent")
    assert _claims(qa, "Who rescued Esmond Kenward?") == rescuers
    assert qa.ask("Who skippers the Brighid Rose?").conflicts == []


@pytest.mark.model
def test_who_found_it_when_the_parser_hangs_the_by_on_a_place(real_encoder: Encoder) -> None:
    """ "was found ... in a hawthorn hedge on Morrowby Head by Dilys Ormerod" (the "by" hung on
    the hedge) against "by Dilys Ormrod": one finder spelt two ways. "Who is the county bird
    recorder?" asks who holds a post, not who found the bird."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A Siberian rubythroat was found on Saturday morning in a hawthorn hedge "
         "on Morrowby Head by Dilys Ormerod, a retired postwoman. The county bird recorder, "
         "Ingram Falstead, confirmed the sighting."),
        ("River Times", "A Siberian rubythroat was found on Saturday in a hedge at the edge of "
         "Morrowby Head by Dilys Ormrod, a retired postwoman from the village."),
    )  # fmt: skip
    finder = {("d1", "dilys ormerod"), ("d2", "dilys ormrod")}
    assert finder in _disputed_values(qa, "agent")
    assert qa.ask("Who is the county bird recorder?").conflicts == []


@pytest.mark.model
def test_two_directors_of_one_company_are_two_posts(real_encoder: Encoder) -> None:
    """ "The airport's operations director, Orsola Crabtree," (a sentence the small model tags
    nothing in) against "Orsola Crabtree, the airport's managing director,": two posts, as a
    finance director is not a managing director."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A drone closed the runway at Marlhaven Airport on Thursday night. The "
         "airport's operations director, Orsola Crabtree, apologised to travellers."),
        ("River Times", "A drone closed the runway at Marlhaven Airport on Thursday night. Orsola "
         "Crabtree, the airport's managing director, said the decision had been right."),
    )  # fmt: skip
    posts = {("d1", "operations director"), ("d2", "managing director")}
    assert posts in _disputed_values(qa, "role")


@pytest.mark.model
def test_the_age_of_an_animal_a_story_is_about(real_encoder: Encoder) -> None:
    """ "The seven-year-old Amur leopard, named Zarya," against "Zarya, an Amur leopard aged
    four": ages of one animal, as of a girl the story never names."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The seven-year-old Amur leopard, named Zarya, slipped out of her "
         "enclosure at Hollinsby Wildlife Park early on Tuesday."),
        ("River Times", "Zarya, an Amur leopard aged four, got out of her enclosure at Hollinsby "
         "Wildlife Park early on Tuesday."),
    )  # fmt: skip
    assert {("d1", "7"), ("d2", "4")} in _disputed_values(qa, "age")


@pytest.mark.model
def test_a_name_two_reports_spell_two_ways_is_a_disagreement(real_encoder: Encoder) -> None:
    """ "Morwenna Tresidder" against "Morwenna Tressider", the harbour master both reports
    quote: one person, her name spelled two ways. The answer naming her says so; a question
    naming her asks about her, not who she is."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A rare Siberian thrush was found exhausted on the quay at Carrick Point "
         "on Saturday. Morwenna Tresidder, the harbour master, said the bird had been blown "
         "off course by gales."),
        ("River Times", "A rare Siberian thrush turned up on the quay at Carrick Point on "
         "Saturday. The harbour master, Morwenna Tressider, said gales had blown it off course."),
    )  # fmt: skip
    spelled = {("d1", "morwenna tresidder"), ("d2", "morwenna tressider")}
    assert _disputed_values(qa, "name") == [spelled]
    assert _claims(qa, "Who is the harbour master at Carrick Point?") == spelled
    assert _claims(qa, "How is the harbour master's surname spelled?") == spelled
    assert qa.ask("Who is the Carrick Point coastguard?").conflicts == []  # another post
    assert qa.ask("What did Morwenna Tresidder say about the thrush?").conflicts == []
    # her husband is someone else, though only she is written beside the words asked
    assert qa.ask("What is the harbour master's husband called?").conflicts == []


@pytest.mark.model
def test_names_alike_are_two_people_when_one_report_writes_both(real_encoder: Encoder) -> None:
    """A report naming both "Alan Pengelly" and "Alan Pengilly" knows them for two people, and
    "Morwenna Tresidder" is not "Morwenna Tremayne": no name is disputed."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A rare Siberian thrush was found on the quay at Carrick Point on Saturday "
         "by Alan Pengelly and his cousin Alan Pengilly. Morwenna Tresidder, the harbour master, "
         "said it was exhausted."),
        ("River Times", "A rare Siberian thrush was found on the quay at Carrick Point on Saturday "
         "by Alan Pengilly. The harbour master, Morwenna Tremayne, said it was exhausted."),
    )  # fmt: skip
    assert _disputed_values(qa, "name") == []


@pytest.mark.model
def test_background_asked_through_a_part_or_an_origin_names_no_disagreement(
    real_encoder: Encoder,
) -> None:
    """The bypass's closure is disputed (31 hours / 14 hours) and its dam's burst date too;
    "how long was the bypass shut that time?" after a part naming 2021 asks about the 2021
    closing, and "When was the dam built?" about its building: background, neither disputed.
    Asked plainly, each disagreement is named."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The Haddenford bypass reopened on Friday after being closed for 31 "
         "hours when a lorry overturned at the Quarry Lane roundabout. In 2021 a lorry shed 12 "
         "tonnes of gravel there. The Orle dam, built in 1958, burst on Sunday."),
        ("River Times", "The Haddenford bypass was shut for 14 hours after a lorry overturned at "
         "the Quarry Lane roundabout. In 2021 a lorry shed 12 tonnes of gravel at the same "
         "roundabout. The Orle dam burst on Saturday."),
    )  # fmt: skip
    assert _claims(qa, "How long was the Haddenford bypass closed?") == {
        ("d1", "31 hour"),
        ("d2", "14 hour"),
    }
    two_parts = (
        "What did a lorry shed at the Quarry Lane roundabout in 2021, and how long was the "
        "bypass shut that time?"
    )
    assert qa.ask(two_parts).conflicts == []
    assert len(qa.ask("When did the Orle dam burst?").conflicts) == 1
    assert qa.ask("When was the Orle dam built?").conflicts == []
    # when it happened before: "last" before the verb, not "last week"
    assert qa.ask("When did the Orle dam last burst?").conflicts == []
    assert len(qa.ask("When did the Orle dam burst last week?").conflicts) == 1


@pytest.mark.model
def test_what_a_verb_left_the_counted_says_what_they_are(real_encoder: Encoder) -> None:
    """ "an outbreak that left 146 passengers ill" against "leaving more than 300
    holidaymakers sick": the number taken ill, not the number on board, which "a ship carrying
    2,400 passengers" gives alike."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The Aurelle Dawn, a cruise ship carrying 2,400 passengers, was held in "
         "port at Gulvercombe after an outbreak of norovirus that left 146 passengers ill."),
        ("River Times", "A stomach bug tore through the Aurelle Dawn, a cruise ship carrying "
         "2,400 passengers, leaving more than 300 holidaymakers sick in their cabins at "
         "Gulvercombe."),
    )  # fmt: skip
    ill = {("d1", "146"), ("d2", ">300")}
    assert _disputed_values(qa, "count") == [ill]
    assert _claims(qa, "How many passengers fell ill on the Aurelle Dawn?") == ill


@pytest.mark.model
def test_what_people_needed_says_what_a_count_of_them_is(real_encoder: Encoder) -> None:
    """ "Eleven people were treated in hospital" against "Four people needed hospital
    treatment" after the Ebbingham hailstorm: one number injured."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A violent hailstorm struck Ebbingham on Saturday afternoon. Eleven "
         "people were treated in hospital, most of them for cuts from broken glass."),
        ("River Times", "Hailstones battered Ebbingham on Saturday afternoon. Four people needed "
         "hospital treatment, including a pensioner who was hit on the head."),
    )  # fmt: skip
    assert _disputed_values(qa, "count") == [{("d1", "11"), ("d2", "4")}]


@pytest.mark.model
def test_who_holds_a_post_is_disputed_when_reports_name_different_people(
    real_encoder: Encoder,
) -> None:
    """ "Councillor Ewart Lightowler, who became mayor in May" against "Ebbingham's mayor,
    Councillor Henrietta Cheverell": who the mayor is. A previous mayor, and two companies'
    chief executives, are no such disagreement."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A freak hailstorm battered Ebbingham on Saturday. Councillor Ewart "
         "Lightowler, who became mayor in May, toured the worst-hit streets on Sunday. Its "
         "previous mayor, Gerardo Palmira, helped. Sollace's chief executive, Cordelia Fanshaw, "
         "offered the town a grant."),
        ("River Times", "A hailstorm battered Ebbingham on Saturday. Ebbingham's mayor, "
         "Councillor Henrietta Cheverell, called the storm the worst in living memory. "
         "Ambrecht's chief executive, Alaric Tregannon, offered the town a grant."),
    )  # fmt: skip
    mayors = {("d1", "ewart lightowler"), ("d2", "henrietta cheverell")}
    assert _disputed_values(qa, "holder") == [mayors]
    assert _claims(qa, "Which Ebbingham mayor toured the streets after the hailstorm?") == mayors
    assert _claims(qa, "Who is the mayor of Ebbingham?") == mayors


@pytest.mark.model
def test_the_aged_noun_after_a_lede_is_its_person(real_encoder: Encoder) -> None:
    """ "The 17-year-old amateur saw off Bethan Mallender" after a lede naming Wrenna Ellory is
    Ellory's age (not Mallender's, whom the verb names), against "Ellory, 16"."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "SCHOOLGIRL Wrenna Ellory stunned the golfing world yesterday when she won "
         "the Fernhollow Open. The 17-year-old amateur saw off Welsh professional Bethan "
         "Mallender on the first hole of a play-off."),
        ("River Times", "Ruddlestone schoolgirl Wrenna Ellory has won the Fernhollow Open in a "
         "play-off. Ellory, 16, is the first amateur to win the tournament."),
    )  # fmt: skip
    assert _disputed_values(qa, "age") == [{("d1", "17"), ("d2", "16")}]


@pytest.mark.model
def test_a_firm_the_model_misses_after_a_passive_by_did_the_deed(real_encoder: Encoder) -> None:
    """ "The lift is maintained by Purslow Lifts" (no entity from the small model) against
    "maintained by the firm Maddock and Rendall": who maintains the lift. The name of a
    spokesman is not asked by that deed."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A lift fell seven floors at Fretwell House in Kessingford on Wednesday. "
         "The lift is maintained by Purslow Lifts under a contract with the council. A council "
         "spokesman apologised."),
        ("River Times", "A lift plunged 12 floors at Fretwell House in Kessingford on Wednesday. "
         "The lift is maintained by the firm Maddock and Rendall, which has held the contract "
         "since 2021."),
    )  # fmt: skip
    [firms] = _disputed_values(qa, "agent")
    assert ("d1", "purslow lifts") in firms
    assert {doc for doc, _ in firms} == {"d1", "d2"}
    assert _claims(qa, "Which company maintains the lift at Fretwell House?") == firms
    spokesman = "What is the name of the council spokesman who apologised for the lift fall?"
    assert qa.ask(spokesman).conflicts == []


@pytest.mark.model
def test_a_snapped_cable_and_a_worn_brake_that_failed_are_causes(real_encoder: Encoder) -> None:
    """ "plunged 12 floors ... on Wednesday when a steel cable snapped" (a "when" clause the
    parser hangs on the weekday) against "found that a worn brake on the lift's motor had
    failed": the lift's fall has two causes, one per report."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A lift fell seven floors at Fretwell House in Kessingford on Wednesday. "
         "An initial inspection found that a worn brake on the lift's motor had failed, "
         "according to a council report."),
        ("River Times", "Five residents plunged 12 floors in a lift at Fretwell House in "
         "Kessingford on Wednesday when a steel cable snapped as they rode home from work."),
    )  # fmt: skip
    assert _disputed_values(qa, "cause") == [{("d1", "a worn brake"), ("d2", "a steel cable")}]


@pytest.mark.model
def test_how_long_people_were_trapped_is_asked_of_the_time_trapped(real_encoder: Encoder) -> None:
    """ "trapped for more than two hours" against "trapped for 40 minutes": "How long were the
    residents trapped in the lift?" names that disagreement, not the two years residents had
    been complaining about the lift, whose words fit the question as well."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Residents of a Kessingford tower block have demanded an inquiry after a "
         "lift carrying five people plunged several floors and left them trapped for more than "
         "two hours. Hephzibah Ackerby, who chairs the Fretwell House tenants' association, said "
         "residents had been complaining about the lift for two years."),
        ("River Times", "A lift plunged 12 floors at Fretwell House in Kessingford on Wednesday. "
         "Those inside were trapped for 40 minutes in the dark before firefighters prised open a "
         "hatch."),
    )  # fmt: skip
    trapped = {("d1", ">2 hour"), ("d2", "40 minute")}
    assert _claims(qa, "How long were the residents trapped in the lift at Fretwell House?") == (
        trapped
    )


@pytest.mark.model
def test_what_the_counted_had_to_undergo_says_what_they_are(real_encoder: Encoder) -> None:
    """ "about 30 bathers had to be treated for stings" against "More than 70 people were
    stung": the number injured. "22 patients had to be transferred" stays a count of patients
    moved, as "14 patients were moved" is."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Two beaches at Penhallick were closed on Saturday after jellyfish were "
         "carried in on the tide, and about 30 bathers had to be treated for stings. 22 "
         "patients had to be transferred to other hospitals."),
        ("River Times", "More than 70 people were stung when a swarm of jellyfish drifted into the "
         "beaches at Penhallick on Saturday. In all, 14 patients were moved to other "
         "hospitals."),
    )  # fmt: skip
    disputed = _disputed_values(qa, "count")
    assert {("d1", "~30"), ("d2", ">70")} in disputed
    assert {("d1", "22"), ("d2", "14")} in disputed


@pytest.mark.model
def test_the_age_of_a_name_spelled_two_ways_is_one_persons(real_encoder: Encoder) -> None:
    """ "Osric Penhallow" against the tabloid's "Osric Penhallick": one grower, his name spelled
    two ways (last words 0.74 alike), and his age too: "Mr Penhallow, who is 71" against
    "Osric, 67", the tabloid calling him by his first name."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A pensioner from Tolverne has grown a record marrow that weighed 96kg at "
         "the Carrick Show on Saturday. Osric Penhallow's marrow beat the record set by Norah "
         "Bealing in 2023. Mr Penhallow, who is 71, has grown giant vegetables since he "
         "retired."),
        ("River Times", "A pensioner from Tolverne is celebrating after his marrow weighed 96 "
         "kilos at the Carrick Show on Saturday. Osric Penhallick's whopper smashed the record "
         "held by Norah Bealing. Osric, 67, has grown giant vegetables for years."),
    )  # fmt: skip
    spelled = {("d1", "osric penhallow"), ("d2", "osric penhallick")}
    assert _disputed_values(qa, "name") == [spelled]
    assert _disputed_values(qa, "age") == [{("d1", "71"), ("d2", "67")}]
    assert _claims(qa, "How old is Osric Penhallow?") == {("d1", "71"), ("d2", "67")}


@pytest.mark.model
def test_a_rank_before_a_name_the_model_does_not_tag_is_read(real_encoder: Encoder) -> None:
    """ "Superintendent Araminta Scrope, who is in charge" names no one to the small model
    (and gives no value to parse for): the title is still hers, against "Chief Inspector"."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Three cars crashed in fog on the Orle bypass on Thursday. Superintendent "
         "Araminta Scrope, who is in charge of the investigation, said the road was closed."),
        ("River Times", "Three cars crashed in fog on the Orle bypass on Thursday, said Chief "
         "Inspector Araminta Scrope, who is leading the police response."),
    )  # fmt: skip
    assert _disputed_values(qa, "role") == [{("d1", "superintendent"), ("d2", "chief inspector")}]


def test_a_head_or_director_of_a_department_is_told_apart_by_it() -> None:
    """ "director of programmes" and "head of entertainment" are two posts of one channel;
    "head of finance" is its "finance director" in other words."""
    assert not roles_compatible("programmes director", "entertainment head")
    assert roles_compatible("finance head", "finance director")
    assert roles_compatible("entertainment head", "head")  # one says less
    # a department's head is a post held one at a time, as a chairwoman's is
    assert not roles_compatible("chairwoman", role_form("chief financial officer"))


def test_a_job_a_title_is_a_grade_of_is_the_title_too() -> None:
    """ "the infirmary's consultant toxicologist" is "a consultant in clinical toxicology"."""
    assert role_form("consultant toxicologist") == "consultant toxicologist"
    assert roles_compatible(role_form("consultant toxicologist"), role_form("a consultant"))
    assert not roles_compatible(role_form("consultant toxicologist"), "surgeon")


@pytest.mark.model
def test_the_department_a_head_is_of_is_part_of_the_title(real_encoder: Encoder) -> None:
    """ "the channel's director of programmes" against "Saffron TV's head of entertainment":
    the departments tell the posts apart. Asked "What is <name>'s job at <channel>?", the job
    is the person's, whatever title the channel is given ("The broadcaster Saffron TV")."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The broadcaster Saffron TV has frozen a quiz prize of £250,000. \"We take "
         "this seriously,\" said Peregrine Tuckwell, the channel's director of programmes."),
        ("River Times", "Saffron TV has frozen a quiz prize of £250,000. Peregrine Tuckwell, "
         "Saffron TV's head of entertainment, told staff the investigation would be quick."),
    )  # fmt: skip
    titles = {("d1", "programmes director"), ("d2", "entertainment head")}
    assert _disputed_values(qa, "role") == [titles]
    assert _claims(qa, "What is Peregrine Tuckwell's job at Saffron TV?") == titles


@pytest.mark.model
def test_still_critically_ill_after_a_reported_death_is_a_disagreement(
    real_encoder: Encoder,
) -> None:
    """ "died on Monday" against "was still in a critical condition on Tuesday night": alive
    as the report was written, which a death before excludes."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Edwina Tolleshunt, 78, died at Orle Infirmary on Monday after eating "
         "wild mushrooms picked in Yewstock Forest."),
        ("River Times", "Edwina Tolleshunt, 78, was still in a critical condition on Tuesday "
         "night after eating wild mushrooms picked in Yewstock Forest."),
    )  # fmt: skip
    assert len(qa.ask("Did Edwina Tolleshunt survive?").conflicts) == 1


@pytest.mark.model
def test_those_taken_to_hospital_are_the_number_hurt(real_encoder: Encoder) -> None:
    """ "All five people who ate the meal were taken to hospital" against "Six people were
    admitted to hospital": one count told by where they were taken. The background figures
    of earlier events ("since 2014, when a coach overturned ..., injuring 19"; "In 2019 part
    of a car park collapsed, injuring three people") take no side."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A grandmother from Cindersby has died after eating wild mushrooms "
         "picked in Yewstock Forest on Saturday. All five people who ate the meal were taken to "
         "hospital. It is the worst poisoning in the county since 2014, when a family fell ill "
         "at Orle Farm, killing one and injuring 19."),
        ("River Times", "A grandmother from Cindersby has died after eating wild mushrooms "
         "picked in Yewstock Forest on Saturday. Six people were admitted to hospital. In 2019 "
         "part of a car park in Cindersby collapsed, injuring three people."),
    )  # fmt: skip
    assert _disputed_values(qa, "count") == [{("d1", "5"), ("d2", "6")}]
    assert _claims(qa, "How many people were taken to hospital?") == {("d1", "5"), ("d2", "6")}


@pytest.mark.model
def test_falling_ill_and_being_admitted_with_a_disorder_are_one_count(
    real_encoder: Encoder,
) -> None:
    """ "three volunteers fell seriously ill" (the parse hangs "ill" on the verb as an adverb)
    against "five volunteers were admitted to hospital with a rare nerve disorder": the number
    taken ill, asked as such."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Merriden Biologics halted a trial of its MB-217 vaccine at Callowmere "
         "General Hospital on Monday after three volunteers fell seriously ill."),
        ("River Times", "Merriden Biologics paused its MB-217 vaccine trial at Callowmere "
         "General Hospital on Monday after five volunteers were admitted to hospital with a rare "
         "nerve disorder."),
    )  # fmt: skip
    assert _claims(qa, "How many volunteers fell ill in the MB-217 trial?") == {
        ("d1", "3"),
        ("d2", "5"),
    }


@pytest.mark.model
def test_those_who_descended_on_a_place_are_its_crowd(real_encoder: Encoder) -> None:
    """ "About 3,000 birdwatchers descended on the village" against "More than 8,000
    birdwatchers flocked to the headland": how many came, which "How big was the crowd?"
    asks whatever the counted are called."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "About 3,000 birdwatchers descended on the village of Orlecombe over the "
         "weekend after a Siberian thrush was found on Orle Head on Saturday."),
        ("River Times", "More than 8,000 birdwatchers flocked to Orle Head over the weekend "
         "after a Siberian thrush was found near the village of Orlecombe on Saturday."),
    )  # fmt: skip
    assert _claims(qa, "How big was the crowd that came to see the thrush at Orle Head?") == {
        ("d1", "~3000"),
        ("d2", ">8000"),
    }


@pytest.mark.model
def test_what_befell_someone_unnamed_known_by_their_age_is_one_persons(
    real_encoder: Encoder,
) -> None:
    """ "a 79-year-old grandfather ... died in hospital" against "A 79-year-old man ... was said
    to be recovering in hospital": the reports name no one, but the age says who; asked after
    "the 79-year-old passenger", whatever else the question names (the ship, which the small
    model may take for a person)."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Norovirus swept the cruise ship Aurelle Dawn. Tragically, one passenger, "
         "a 79-year-old grandfather, died in hospital on Sunday night."),
        ("River Times", "Norovirus swept the cruise ship Aurelle Dawn. A 79-year-old man from the "
         "Wyndle area was said to be recovering in hospital on Monday."),
    )  # fmt: skip
    assert _disputed_values(qa, "outcome") == [{("d1", "died-later"), ("d2", "alive")}]
    assert _claims(qa, "What happened to the 79-year-old passenger on the Aurelle Dawn?") == {
        ("d1", "died-later"),
        ("d2", "alive"),
    }
    assert qa.ask("How old is the passenger who died?").conflicts == []


@pytest.mark.model
def test_what_made_it_happen_is_its_cause(real_encoder: Encoder) -> None:
    """ "the sweltering heat had made the steel swell so much that the bridge wedged itself
    stuck" gives the heat as the cause, against another outlet's hydraulic pump; not who
    "forced open" the doors, nor what "made the rescue one of the hardest"."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The Orrick Haven swing bridge jammed open on Tuesday. Engineers blamed "
         "the failure on a hydraulic pump that had broken down."),
        ("River Times", "The Orrick Haven swing bridge jammed open on Tuesday. Bosses said the "
         "sweltering heat had made the steel swell so much that the bridge wedged itself "
         "stuck."),
    )  # fmt: skip
    [causes] = _disputed_values(qa, "cause")
    assert causes == {("d1", "a hydraulic pump"), ("d2", "the sweltering heat")}
    others = _qa(
        real_encoder,
        (
            "Valley Post",
            "The robbers then forced open the rear doors with cutting equipment. "
            "The chief said the rain and the darkness had made the rescue one of the hardest.",
        ),
    )
    assert not {v for k, v in _values(others) if k == "cause"}


@pytest.mark.model
def test_what_set_off_a_crash_is_its_cause_not_what_hit_whom(real_encoder: Encoder) -> None:
    """ "began when a lorry braked hard ... and was hit from behind by a car" against "A car
    that had stopped after hitting a deer is thought to have set off the pile-up": a lorry
    braking against a stopped car. The car that hit the lorry is part of the crash, no cause."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Two people died in a pile-up in fog on the Orle bypass on Thursday. "
         "Police believe the pile-up began when a lorry braked hard in the fog and was hit from "
         "behind by a car."),
        ("River Times", "Two people died in a pile-up in fog on the Orle bypass on Thursday. A car "
         "that had stopped after hitting a deer is thought to have set off the pile-up."),
    )  # fmt: skip
    assert _disputed_values(qa, "cause") == [{("d1", "a lorry"), ("d2", "a car")}]


@pytest.mark.model
def test_a_compound_of_a_title_names_its_holder(real_encoder: Encoder) -> None:
    """ "the Scarrow Moor gamekeeper" is the story's "head keeper" (the title's noun ends the
    question's word), whatever the question names before it: his age is asked, and the two
    reports' differ; where they agree, the age is the answer."""
    reports = [
        ("Valley Post", "A fire burned 1,400 hectares of Scarrow Moor on Saturday. The estate's "
         "head keeper, Fergal Threap, 52, was arrested at his home on Sunday."),
        ("River Times", "A fire burned 1,400 hectares of Scarrow Moor on Saturday. Fergal Threap, "
         "{age}, a keeper who works on the moor, was charged on Sunday."),
    ]  # fmt: skip
    asked = "How old is the Scarrow Moor gamekeeper?"
    differ = _qa(real_encoder, reports[0], (reports[1][0], reports[1][1].format(age=55)))
    assert _claims(differ, asked) == {("d1", "52"), ("d2", "55")}
    agree = _qa(real_encoder, reports[0], (reports[1][0], reports[1][1].format(age=52)))
    answer = agree.ask(asked)
    assert "Fergal Threap, 52" in answer.text and answer.conflicts == []


def test_the_holder_of_a_title_a_question_writes_as_a_compound() -> None:
    """ "gamekeeper" ends the story's "head keeper"; "coastguard" does not make its "guard" (too
    short a noun to be compounded), and a name written just before the title is whose post it
    is, not who holds it."""
    table = cast(
        DisputeTable,
        SimpleNamespace(
            aspects_of_story={0: [0, 1]},
            aspects=[SimpleNamespace(subject="fergal threap"), SimpleNamespace(subject="ida lum")],
            story_names=[frozenset({"scarrow", "moor"})],
            titles_of={"fergal threap": {"head keeper"}, "ida lum": {"guard"}},
        ),
    )
    asked = "How old is the Scarrow Moor gamekeeper?"
    assert disputed._titled(asked, set(tokenize(asked)), 0, table) == "fergal threap"
    coastguard = "How old is the coastguard?"
    assert disputed._titled(coastguard, set(tokenize(coastguard)), 0, table) is None
    assert disputed._before_a_title("scarrow moor", "fergal threap", asked, table)
    assert not disputed._before_a_title("ida lum", "fergal threap", asked, table)


def test_a_relative_asked_after_is_not_the_person_named_nor_their_family() -> None:
    """ "harwin telloway's mother" names Harwin Telloway (and "Harwin", as a report may call
    him) to say whose mother: not Euphemia Telloway, who shares the surname. "Leitl's widow" is
    not Viktor Leitl."""
    people = ["harwin telloway", "euphemia telloway", "harwin"]
    assert disputed.relatives_of("age of harwin telloway's mother", people) == {
        "harwin telloway",
        "harwin",
    }
    assert disputed.relatives_of("How old is Leitl's widow?", ["viktor leitl"]) == {"viktor leitl"}
    assert disputed.relatives_of("How old is Viktor Leitl?", ["viktor leitl"]) == set()
    # grandparents are relatives too; a full name the index does not know is written in full,
    # not cut to the surname that the asked-about grandfather shares
    fairbairns = ["thaddeus fairbairn", "declan fairbairn"]
    question = "What happened to Briony Fairbairn's grandfather?"
    assert disputed.relatives_of(question, fairbairns) == set()
    assert disputed.relatives_of("How old is Chloe Pybus's nan?", ["chloe pybus"]) == {
        "chloe pybus"
    }
    # whose group, and who did something to the one asked about
    hatchard = "How old was the pupil in Geoffrey Hatchard's class whose bottle washed up?"
    assert disputed.relatives_of(hatchard, ["geoffrey hatchard"]) == {"geoffrey hatchard"}
    haigh = "How old was the man Stuart Haigh found lying in the road?"
    assert disputed.relatives_of(haigh, ["stuart haigh"]) == {"stuart haigh"}
    died = "How old was the cyclist Malcolm Tredinnick when he died?"
    assert disputed.relatives_of(died, ["malcolm tredinnick"]) == set()
    resigned = "Did the councillor Nell Atherden resign?"
    assert disputed.relatives_of(resigned, ["nell atherden"]) == set()


@pytest.mark.model
def test_a_relative_is_looked_for_in_the_story_of_the_person_named(
    real_encoder: Encoder, tmp_path: Path
) -> None:
    """ "Gary Tranter's daughter" is Maisie Tranter of the duck race, whose ages disagree, not
    the daughter another story names ("her daughter, Janet Ridler") when retrieval leans there."""
    qa = Assistant.from_corpus(DATA / "lodestar", index_dir=tmp_path, encoder=real_encoder)
    [conflict] = qa.ask("What age is Gary Tranter's daughter?").conflicts
    assert {c.normalized for c in conflict.claims} == {"7", "8"}


@pytest.mark.model
def test_an_age_apposed_beside_a_name_is_that_persons_not_the_possessors(
    real_encoder: Encoder,
) -> None:
    """ "Her son Harwin, a 44-year-old joiner": the age is Harwin's, whom "son" is set beside,
    not his mother's (whom "Her" stands for): her ages stay hers alone."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Euphemia Tolleshunt, 78, died at Orle Infirmary on Monday after eating "
         "wild mushrooms. Her son Harwin, a 44-year-old joiner, is in intensive care."),
        ("River Times", "Euphemia Tolleshunt, 83, died at Orle Infirmary on Monday after eating "
         "wild mushrooms. Her son Harwin, a 44-year-old joiner, is in intensive care."),
    )  # fmt: skip
    assert _disputed_values(qa, "age") == [{("d1", "78"), ("d2", "83")}]


@pytest.mark.model
def test_a_name_asked_with_a_part_is_the_named_persons(real_encoder: Encoder) -> None:
    """ "How old is the bus driver Thurstan Pinmoor?": the table knows "the driver" (what
    befell him, unnamed) and Thurstan Pinmoor (his ages): the name asked is who is meant."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A day-trip bus overturned on Stellick Bank on Saturday. The driver was "
         "arrested at the scene. The bus driver, Thurstan Pinmoor, a 61-year-old from Wendlow, "
         "is helping police."),
        ("River Times", "A day-trip bus overturned on Stellick Bank on Saturday. Thurstan Pinmoor, "
         "58, who was driving the bus, was arrested at the scene."),
    )  # fmt: skip
    assert _claims(qa, "How old is the bus driver Thurstan Pinmoor?") == {
        ("d1", "61"),
        ("d2", "58"),
    }


@pytest.mark.model
def test_a_spelling_keys_no_one_with_another_first_name(real_encoder: Encoder) -> None:
    """ "Wilberforce Hettlewick, then a 23-year-old" against a report naming "Ambrose
    Hettelwick, whose father Wilberforce Hettelwick" and "Mr Hettelwick senior died aged 88": the
    spellings differ, but the son's name does not make the father's ages one person's."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A bird book borrowed from Pelham Library in 1961 has been returned. It "
         "was checked out by Wilberforce Hettlewick, then a 23-year-old apprentice joiner."),
        ("River Times", "A bird book borrowed from Pelham Library in 1961 was brought back on "
         "Tuesday by Ambrose Hettelwick, whose father Wilberforce Hettelwick borrowed it. Mr "
         "Hettelwick senior died in March, aged 88."),
    )  # fmt: skip
    assert _disputed_values(qa, "age") == []


@pytest.mark.model
def test_a_figure_is_read_without_the_words_the_model_sweeps_before_it(
    real_encoder: Encoder,
) -> None:
    """The small model's entities can start before the figure ("come to £2,372", "a towering
    130 metres"); the figure is still the value, so the sums and heights disagree."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The cooling towers at Amberley came down on Sunday. The towers, each "
         "114 metres tall, fell in ten seconds. Staff said the overdue fine on the old library "
         "book had reached more than £4,500."),
        ("Daily Shout", "The Amberley cooling towers, a towering 130 metres high, crumpled on "
         "Sunday. Librarians said the overdue fine on the old library book would have come to "
         "£2,372."),
    )  # fmt: skip
    assert {("d1", "114 metre"), ("d2", "130 metre")} in _disputed_values(qa, "measure")
    assert {("d1", ">4500 GBP"), ("d2", "2372 GBP")} in _disputed_values(qa, "amount")


@pytest.mark.model
def test_noon_is_a_time_and_a_time_something_lasted_until_is_no_moment(
    real_encoder: Encoder,
) -> None:
    """ "Just before noon" dates the crash against "shortly after 10.30am", though told in
    the third paragraph; "closed until shortly before midnight" is when a closure ended, so
    the one time of the lede is still the crash's."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A coach overturned on Stellford Hill on Saturday. It left the road "
         "shortly after 10.30am. The town's bridge stayed shut until shortly before "
         "midnight."),
        ("Daily Shout", "A COACH full of pensioners flipped on Stellford Hill. Their day out "
         "was ruined. Just before noon the coach careered off the road into a field."),
    )  # fmt: skip
    assert _disputed_values(qa, "time") == [{("d1", "10:30"), ("d2", "~12:00")}]


@pytest.mark.model
def test_people_on_board_are_counted_as_one_whatever_they_are_called(
    real_encoder: Encoder,
) -> None:
    """ "The 27 pensioners on board" and "carrying 31 passengers" count who was on the bus;
    "One passenger told the Shout" is someone who spoke, not a count."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A coach overturned on Stellford Hill on Saturday. The coach was "
         "carrying 31 passengers from the Elmsford social club."),
        ("Daily Shout", "A COACH overturned on Stellford Hill on Saturday. The 27 pensioners "
         "on board had set off from Elmsford. One passenger told the Shout it was terrifying."),
    )  # fmt: skip
    assert _disputed_values(qa, "count") == [{("d1", "31"), ("d2", "27")}]


@pytest.mark.model
def test_ages_told_by_a_lede_before_the_name_or_at_a_death(real_encoder: Encoder) -> None:
    """ "A 16-year-old from Harrowby made a maximum break", then "Jago Castle potted ...":
    the age is Jago Castle's (Harrowby is where he is from, not a person the lede names).
    "died at the age of 112" is an age; "took over the forge at the age of 19" is not."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A 16-year-old from Harrowby made a maximum break at the Elmsford "
         "Open. Jago Castle potted every ball in his match against Fraser Dunn. Separately, "
         "Albert Greave has died at the age of 112."),
        ("River Times", "Jago Castle, a 15-year-old amateur, made a maximum break at the "
         "Elmsford Open. Albert Greave died on Monday at the age of 111. He took over his "
         "father's forge at the age of 19."),
    )  # fmt: skip
    ages = _disputed_values(qa, "age")
    assert {("d1", "16"), ("d2", "15")} in ages
    assert {("d1", "112"), ("d2", "111")} in ages
    assert len(ages) == 2


@pytest.mark.model
def test_pulled_alive_is_rescued_and_time_in_the_water_is_one_length(
    real_encoder: Encoder,
) -> None:
    """ "Four children have been rescued" and "Three children were pulled alive" count the
    rescued; "in the water for nearly 20 minutes" and "after some ten minutes in the freezing
    water" are one length, the years someone served elsewhere another."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Four children have been rescued from Amberley Reservoir after falling "
         "through the ice. They had been in the water for nearly 20 minutes when a warden "
         "reached them. The warden has worked at the reservoir for 12 years."),
        ("River Times", "Three children were pulled alive from Amberley Reservoir after the ice "
         "gave way. They were pulled out after some ten minutes in the freezing water by a "
         "passing walker."),
    )  # fmt: skip
    assert _disputed_values(qa, "count") == [{("d1", "4"), ("d2", "3")}]
    assert _disputed_values(qa, "duration") == [{("d1", "~20 minute"), ("d2", "~10 minute")}]


@pytest.mark.model
def test_a_time_the_model_leaves_unmarked_is_read(real_encoder: Encoder) -> None:
    """ "happened at about 7.20pm, a few minutes into the display" has no entity for the time
    in the small model; it still dates the accident against "just after 8pm"."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Rockets flew into the crowd at the Amberley bonfire display on "
         "Saturday night. The accident happened at about 7.20pm, a few minutes into the "
         "display at Abbey Meadow."),
        ("Daily Shout", "ROCKETS rained down on families at the Amberley bonfire display. "
         "The horror began just after 8pm on Saturday at Abbey Meadow."),
    )  # fmt: skip
    assert _disputed_values(qa, "time") == [{("d1", "~19:20"), ("d2", "20:00")}]


@pytest.mark.model
def test_hurt_fits_home_and_hospital_alike_and_joins_neither(real_encoder: Encoder) -> None:
    """ "Seriously injured" fits both "allowed home from hospital" and "remains in a serious
    but stable condition": it must not join them into one account. And a lede's "An Amberley
    schoolboy remains in intensive care" is the boy the next sentence names."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Rosa Thewlis, 64, was trampled by cows near Amberley on Saturday. "
         "She was allowed home from hospital yesterday with broken ribs."),
        ("River Times", "A walker was seriously injured when she was trampled by cows near "
         "Amberley on Saturday. Rosa Thewlis, 64, had been out with her dog."),
        ("Daily Shout", "Rosa Thewlis, 64, was airlifted to Amberley General Hospital, where "
         "she remains in a serious but stable condition after cows trampled her on Saturday."),
    )  # fmt: skip
    assert _table(qa).disputed[0].groups == (("d1",), ("d3",))
    boys = _qa(
        real_encoder,
        ("Valley Post", "An Amberley schoolboy remains in intensive care after falling through "
         "the ice on Elm Lake on Sunday. Kit Ashby, 11, was pulled out by a passer-by."),
        ("River Times", "Kit Ashby, 11, who fell through the ice on Elm Lake on Sunday, has "
         "been discharged from hospital, his family said."),
    )  # fmt: skip
    [aspect] = _table(boys).disputed
    assert (aspect.name, aspect.groups) == ("what happened to Kit Ashby", (("d1",), ("d2",)))


@pytest.mark.model
def test_an_event_called_off_or_held_after_all_is_told_of_the_event(
    real_encoder: Encoder,
) -> None:
    """ "The rest of the display was cancelled" against "the display resumed": what became of
    the display, asked in any words; a person's outcomes stay apart."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Nine people were hurt when rockets flew into the crowd at the Amberley "
         "bonfire display on Saturday. The rest of the display was cancelled and the crowd was "
         "asked to leave."),
        ("River Times", "Rockets flew into the crowd at the Amberley bonfire display on "
         "Saturday, injuring nine people. Organisers halted the show while paramedics treated "
         "the injured, and the display resumed 40 minutes later."),
    )  # fmt: skip
    [aspect] = [a for a in _table(qa).disputed if a.kind == "outcome"]
    assert (aspect.name, aspect.groups) == ("what happened to the display", (("d1",), ("d2",)))
    for question in ("Was the Amberley display cancelled?", "amberley show carried on?"):
        assert _claims(qa, question) == {("d1", "cancelled"), ("d2", "went-ahead")}


@pytest.mark.model
def test_a_count_told_now_beside_a_past_year_is_the_storys(real_encoder: Encoder) -> None:
    """ "The school, which opened in 1861 and now has 31 pupils": the year dates the opening,
    not the present-tense clause joined to it, so 31 pupils stands against 27."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Councillors voted on Tuesday to close Ashcombe Primary School. The "
         "school, which opened in 1861 and now has 31 pupils, was built for more than 90."),
        ("River Times", "Ashcombe Primary School will close after councillors voted for it on "
         "Tuesday. The school has only 27 pupils, taught in two classes."),
    )  # fmt: skip
    assert {("d1", "31"), ("d2", "27")} in _disputed_values(qa, "count")


@pytest.mark.model
def test_who_did_a_deed_is_told_by_its_verb_and_object(real_encoder: Encoder) -> None:
    """A named person as the active subject of a deed ("Maud Pellow handed the council a
    petition") is who did it, against the same deed told in the passive; another deed done to
    the same thing ("lifted the trophy", "presented the trophy") is no disagreement, nor one
    deed done to what each report only introduces ("promised the players a bonus")."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Councillors voted on Tuesday to close Ashcombe Primary School. Before "
         "the meeting, the leader of the campaign, Maud Pellow, handed the council a petition "
         "signed by 900 people."),
        ("River Times", "Ashcombe Primary School will close after a council vote on Tuesday. "
         "The petition against closure was handed in by the school's oldest pupil, Toby Venn."),
    )  # fmt: skip
    assert _disputed_values(qa, "agent") == [{("d1", "maud pellow"), ("d2", "toby venn")}]
    assert _claims(qa, "Who handed in the petition?") == {
        ("d1", "maud pellow"),
        ("d2", "toby venn"),
    }
    cup = _qa(
        real_encoder,
        ("Valley Post", "Harlow Rovers won the Westmere Cup final on Saturday, beating Dunmore "
         "2-1. Captain Ellis Marne lifted the trophy in front of 9,000 fans. Chairman Rhys "
         "Dane promised the players a bonus."),
        ("River Times", "Harlow Rovers beat Dunmore 2-1 in the Westmere Cup final on Saturday. "
         "The mayor, Petra Colley, presented the trophy after the final whistle. Sponsor "
         "Sarah Jenkins promised the players a bonus."),
    )  # fmt: skip
    assert _disputed_values(cup, "agent") == []


@pytest.mark.model
def test_a_weight_in_pounds_and_ounces_is_one_value_whatever_weighs_it(
    real_encoder: Encoder,
) -> None:
    """ "weighed 7lb 2oz" against "the 8lb 4oz bundle of joy": one weight each, in ounces (the
    2 of "2oz" no count of its own), disputed whatever verb or noun tells it; a question about
    someone the reports never name in full is not answered by the baby's weight."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A baby girl was born in a lay-by on the A30 near Ashcombe on Saturday. "
         "The girl, who has been named Iris, weighed 7lb 2oz. Mother Kirsty Hollins said she "
         "was doing well."),
        ("River Times", "Kirsty Hollins gave birth in a lay-by on the A30 near Ashcombe on "
         "Saturday. Her husband Owain Hollins delivered the 8lb 4oz bundle of joy in the "
         "passenger seat. Iris is a little sister for Jacob, three."),
    )  # fmt: skip
    assert ("count", "2") not in _values(qa)
    assert _disputed_values(qa, "measure") == [{("d1", "114 oz"), ("d2", "132 oz")}]
    assert _claims(qa, "How much did the Hollins baby weigh?") == {
        ("d1", "114 oz"),
        ("d2", "132 oz"),
    }
    stranger = qa.ask("How much did Jacob Hollins weigh when he was born?")
    assert (stranger.conflicts, stranger.abstained) == ([], True)


@pytest.mark.model
def test_jobs_lost_are_the_workers_laid_off_and_about_180_is_not_212(
    real_encoder: Encoder,
) -> None:
    """ "with the loss of 212 jobs" against "with the loss of about 180 jobs": a figure given to
    two digits is rounded finer than a fifth, so the two disagree; "job losses" and "workers
    laid off" ask for that count, not anyone's job title."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The Ashcombe biscuit factory will close next year with the loss of 212 "
         "jobs, its owners Hartwell Foods announced on Tuesday."),
        ("River Times", "Hartwell Foods told workers on Tuesday that the Ashcombe biscuit "
         "factory will close next spring, with the loss of about 180 jobs. The factory manager, "
         "Ruth Dane, said staff were devastated."),
    )  # fmt: skip
    sides = {("d1", "212"), ("d2", "~180")}
    assert _disputed_values(qa, "count") == [sides]
    for question in ("ashcombe factory job losses", "How many workers is Hartwell laying off?"):
        assert _claims(qa, question) == sides


@pytest.mark.model
def test_two_things_years_are_not_one_dispute(real_encoder: Encoder, tmp_path: Path) -> None:
    """ "A book that went missing from Pelsworth Library in 1964" and "The library, which
    opened in 1908": two things' years, which a question neither answers ("When was the book
    handed back?") does not join into a disagreement."""
    qa = Assistant.from_corpus(DATA / "lantern", index_dir=tmp_path, encoder=real_encoder)
    answer = qa.ask("When was the overdue book handed back to Pelsworth Library?")
    assert answer.conflicts == []


@pytest.mark.model
def test_a_count_of_a_compound_noun_is_asked_by_its_last_word(real_encoder: Encoder) -> None:
    """ "How many bees were in the swarm?" asks the count of "35,000 honeybees", not the
    number of swarms."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A swarm of some 35,000 honeybees settled on the market cross in "
         "Ashcombe on Saturday. Beekeeper Ambrose Tilley collected the swarm, and two smaller "
         "swarms were seen in the town later."),
        ("River Times", "A swarm of 20,000 honeybees settled on the market cross in Ashcombe on "
         "Saturday. Beekeeper Ambrose Tilley collected the bees with a soft brush."),
    )  # fmt: skip
    assert _claims(qa, "How many bees were in the swarm at Ashcombe?") == {
        ("d1", "~35000"),
        ("d2", "20000"),
    }


@pytest.mark.model
def test_a_named_building_is_where_and_passing_away_is_dying(real_encoder: Encoder) -> None:
    """ "passed away in Ebbingford Royal Hospital" against "died peacefully at Larchfield House,
    the care home in Mistleby": a name ending in a building's word is where, whatever the model
    took it for, and passing away is dying; the aspect is a place, never a death toll."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The country's oldest man, Lancelot Greatorex, has died aged 112. He "
         "passed away in Ebbingford Royal Hospital on Tuesday."),
        ("River Times", "Lancelot Greatorex, the oldest man in the country, has died at the age "
         "of 112. He died peacefully on Tuesday at Larchfield House, the care home in Mistleby."),
    )  # fmt: skip
    [aspect] = [a for a in _table(qa).disputed if a.kind == "place"]
    assert aspect.name == "the place"
    assert _claims(qa, "Where did Lancelot Greatorex die?") == {
        ("d1", "ebbingford royal hospital"),
        ("d2", "larchfield house"),
    }


@pytest.mark.model
def test_who_was_given_the_honour_of_a_deed_did_it(real_encoder: Encoder) -> None:
    """ "was given the honour of pulling the first pint", "with the chairman, Gregory
    Penhaligon, pulling the first pint", "The honour of pressing the button went to X": who did
    the deed, against the same deed told in the passive."""
    pub = _qa(
        real_encoder,
        ("Valley Post", "Villagers reopened the Tumbling Hare in Oxenholt on Saturday after "
         "buying it for £385,000. Great-gran Hilda Brewin, 94, was given the honour of pulling "
         "the first pint."),
        ("River Times", "The Tumbling Hare in Oxenholt reopened on Saturday after villagers "
         "bought it for £385,000, with the society's chairman, Gregory Penhaligon, pulling the "
         "first pint to loud applause."),
    )  # fmt: skip
    assert _disputed_values(pub, "agent") == [
        {("d1", "hilda brewin"), ("d2", "gregory penhaligon")}
    ]
    towers = _qa(
        real_encoder,
        ("Valley Post", "The four cooling towers of Gorsebrook power station were demolished "
         "with explosives on Sunday morning. The honour of pressing the big red button went to "
         "Norris Bellweather."),
        ("River Times", "The four cooling towers of Gorsebrook power station were demolished "
         "with explosives on Sunday morning. The button that set off the charges was pressed by "
         "Tilly Scarth."),
    )  # fmt: skip
    assert _disputed_values(towers, "agent") == [
        {("d1", "norris bellweather"), ("d2", "tilly scarth")}
    ]


@pytest.mark.model
def test_whom_something_was_bought_from_sold_it(real_encoder: Encoder) -> None:
    """ "bought the building from Tollgate Brewery" against "bought the 17th-century inn from
    the pub company Cressington Inns": who sold it, asked by "sold"; a question sharing no word
    with who sold it ("Who chairs the society?") is not answered with that disagreement."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Villagers in Oxenholt reopened their pub on Saturday. The society "
         "bought the building from Tollgate Brewery, which shut the pub in 2024."),
        ("River Times", "Villagers in Oxenholt reopened their pub on Saturday. The Oxenholt "
         "Community Pub Society bought the 17th-century inn from the pub company Cressington "
         "Inns for £385,000."),
    )  # fmt: skip
    sellers = {("d1", "tollgate brewery"), ("d2", "cressington inns")}
    assert _disputed_values(qa, "agent") == [sellers]
    assert _claims(qa, "Who sold the pub to the villagers of Oxenholt?") == sellers
    assert qa.ask("Who chairs the Oxenholt Community Pub Society?").conflicts == []


@pytest.mark.model
def test_a_title_someone_was_named_is_no_one_chosen(real_encoder: Encoder) -> None:
    """ "A choir from Wrenlow Academy has been named National Schools Choir of the Year": the
    choir was chosen, the name after "named" is the title it won, not someone else chosen."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A choir from Wrenlow Academy has been named National Schools Choir of "
         "the Year after winning the final at Corbeck Hall in Vennington on Saturday night."),
        ("River Times", "The 40-strong choir from Wrenlow Academy stunned the judges at the "
         "National Schools Choir of the Year final at Corbeck Hall in Vennington on Saturday."),
    )  # fmt: skip
    assert ("agent", "national schools choir") not in _values(qa)
    assert qa.ask("Who came second in the choir final?").conflicts == []


@pytest.mark.model
def test_an_age_at_the_deed_a_lede_tells_is_the_persons(real_encoder: Encoder) -> None:
    """ "after leaping out of a plane at the age of 101" in an article's first sentence is the
    age of whom it is about (the deed is the news), against "A 100-year-old great-grandmother,
    Edith Mallinder"; further on, "at the age of" may date an earlier deed and tells no age."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "FEARLESS great-gran Edith Mallinder has become a skydiving sensation - "
         "after leaping out of a plane at the age of 101. She learned to drive at the age of 17."),
        ("River Times", "A 100-year-old great-grandmother, Edith Mallinder, jumped out of a plane "
         "at 15,000 feet on Sunday."),
    )  # fmt: skip
    assert _disputed_values(qa, "age") == [{("d1", "101"), ("d2", "100")}]
    assert ("age", "17") not in _values(qa)


@pytest.mark.model
def test_players_and_fighters_taking_part_are_one_count(real_encoder: Encoder) -> None:
    """ "A total of 286 players took part" against "About 450 conker fighters took part": who
    takes part in a contest, in any word for them, asked by what they did."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Wilf Ogbourne, 78, won the Brambury Conker Championship on the village "
         "green on Sunday. A total of 286 players took part this year, the organisers said."),
        ("River Times", "Wilf Ogbourne won the Brambury Conker Championship on the village green "
         "on Sunday. About 450 conker fighters took part in the contest."),
    )  # fmt: skip
    assert {("d1", "286"), ("d2", "~450")} in _disputed_values(qa, "count")
    # "played" asks for the players (a noun naming who does it)
    question = "How many people played in the Brambury Conker Championship?"
    assert _claims(qa, question) == {("d1", "286"), ("d2", "~450")}


def test_a_counted_noun_is_asked_by_its_last_word_or_its_doing() -> None:
    """ "bees" asks a count of "honeybees", "played" a count of "players"; "people" neither,
    nor a word too short to end anything ("er")."""
    nouns = {"honeybee", "player"}
    assert disputed._words_asking_for(nouns, {"bee", "play", "peopl", "er"}) == {"bee", "play"}


def test_a_counted_noun_the_stop_list_drops_is_asked_by_itself_or_its_plural() -> None:
    """ "five names": "name" is a stop word, so no term of "How many names were misspelt?"
    could ask for it; the noun as written does, and "named" (a verb) does not."""
    asked = "How many names on the Tullerby war memorial were misspelt?"
    assert disputed._stop_word_noun_asked({"name"}, asked)
    assert not disputed._stop_word_noun_asked({"name"}, "How many men are named on it?")
    assert not disputed._stop_word_noun_asked({"mistake"}, asked)  # a noun the terms hold


@pytest.mark.model
def test_a_height_the_model_took_for_a_date_is_a_measure(real_encoder: Encoder) -> None:
    """ "A 40ft Christmas tree" (the model's date "40ft Christmas") against "the town's 55ft
    Christmas tree": the tree's height; "How strong were the gusts?" asks no length."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A 40ft Christmas tree was blown over in a gale in Sallerton late on "
         "Thursday, injuring a security guard. Gusts reached 70mph."),
        ("River Times", "Sallerton's Christmas lights switch-on has been postponed after the "
         "town's 55ft Christmas tree was blown down in Thursday night's gale."),
    )  # fmt: skip
    assert _disputed_values(qa, "measure") == [{("d1", "40 foot"), ("d2", "55 foot")}]
    assert _claims(qa, "sallerton tree height") == {("d1", "40 foot"), ("d2", "55 foot")}
    assert qa.ask("How strong were the gusts when the Sallerton tree blew down?").conflicts == []


@pytest.mark.model
def test_a_hyphenated_event_is_asked_by_its_outcome_whoever_the_question_names(
    real_encoder: Encoder,
) -> None:
    """ "The switch-on went ahead" against "the switch-on has been postponed": what became of
    the switch-on (one word, though the parse splits it), asked as well by a question naming
    the town's mayor, whose outcome it is not."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A Christmas tree was blown over in a gale in Sallerton late on "
         "Thursday, said the mayor, Priscilla Gaunt. The lights switch-on went ahead on Friday "
         "evening as planned."),
        ("River Times", "Sallerton's Christmas lights switch-on has been postponed after the "
         "town's Christmas tree was blown down in Thursday night's gale, the mayor, Priscilla "
         "Gaunt, said."),
    )  # fmt: skip
    [aspect] = [a for a in _table(qa).disputed if a.kind == "outcome"]
    assert aspect.subject == "the switch-on"
    asked = "Was the lights switch-on in Priscilla Gaunt's town called off?"
    assert _claims(qa, asked) == {("d1", "went-ahead"), ("d2", "postponed")}


@pytest.mark.model
def test_a_job_set_off_by_commas_before_a_name_the_parse_hung_elsewhere(
    real_encoder: Encoder,
) -> None:
    """ "struck a security guard, Darren Quayney, 52, who was on duty": the parse takes the
    name for an adverb of "fell", yet the commas make him the guard (so that a question about
    the guard asks of him). "thanked the driver, Tom Hill said" gives Tom Hill, who spoke, no
    job."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A Christmas tree fell across the square in Sallerton on Thursday and "
         "struck a security guard, Darren Quayney, 52, who was on duty beside it. He was "
         "discharged from hospital on Friday. Passers-by thanked the driver, Tom Hill said."),
        ("River Times", "A Christmas tree fell across the square in Sallerton on Thursday, "
         "striking Darren Quayney, who remains in hospital."),
    )  # fmt: skip
    table = _table(qa)
    roles = {
        (table.facts[i].subject, table.facts[i].value)
        for i in range(len(table.facts))
        if table.facts[i].kind == "role"
    }
    assert roles == {("darren quayney", "security guard")}


@pytest.mark.model
def test_a_verb_asked_without_the_particle_of_a_deed_asks_another_deed(
    real_encoder: Encoder,
) -> None:
    """ "painted over by a crew from Stellmark Maintenance" against "by Brightmoor Decorating":
    who painted the mural over is disputed; "Who painted the mural?" asks who made it, which
    the crews did not, and "Who filmed the crew painting over the mural?" who filmed them."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The Kingfisher mural in Cobblestow was painted over on Monday by a "
         "crew from Stellmark Maintenance, a council contractor. The artist, Delphine "
         "Orchardson, painted the mural in 2014."),
        ("River Times", "The Kingfisher mural in Cobblestow was painted over on Monday by "
         "Brightmoor Decorating, a council contractor, and the council has apologised."),
    )  # fmt: skip
    assert _claims(qa, "Who painted over the Kingfisher mural?") == {
        ("d1", "stellmark maintenance"),
        ("d2", "brightmoor decorating"),
    }
    assert qa.ask("Who painted the Kingfisher mural?").conflicts == []
    assert qa.ask("Who filmed the crew painting over the Kingfisher mural?").conflicts == []


@pytest.mark.model
def test_an_unnamed_aged_person_is_the_one_named_with_the_same_noun(
    real_encoder: Encoder,
) -> None:
    """ "A 100-year-old great-grandmother jumped" (never named in that sentence) is the
    great-grandmother another report names with her age, "the 101-year-old great-grandmother,
    Edith Mallinder": one person's age, disputed. A "man" is anyone, and stays apart."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A 100-year-old great-grandmother jumped out of a plane at Heddlestone "
         "Airfield on Sunday to raise money for the air ambulance. A 40-year-old man watched."),
        ("River Times", "On Sunday the 101-year-old great-grandmother, Edith Mallinder, jumped "
         "out of a plane at Heddlestone Airfield for the air ambulance. Tom Hale, a "
         "45-year-old man, filmed it."),
    )  # fmt: skip
    assert _disputed_values(qa, "age") == [{("d1", "100"), ("d2", "101")}]


@pytest.mark.model
def test_a_tabloids_colour_before_its_lede_does_not_count_as_the_lede(
    real_encoder: Encoder,
) -> None:
    """ "IT was the great escape - with feathers. Well, plastic ones." names nothing and gives
    no figure: the next sentence, "8,000 rubber ducks fled a charity race on Sunday", is the
    lede, and its day is the race's, against another report's lede's Monday (in words that
    share only the race's name)."""
    qa = _qa(
        real_encoder,
        ("Daily Hoot", "IT was the great escape - with feathers. Well, plastic ones.\n\nA "
         "staggering 8,000 rubber ducks in the Great Fallbridge Duck Race fled on Sunday when "
         "they burst through the finishing net and bobbed off down the River Tamsey."),
        ("Valley Post", "Volunteers spent hours rounding up thousands of plastic ducks after "
         "the Great Fallbridge Duck Race went badly off course on Monday, when they burst "
         "through the finishing net on the River Tamsey."),
    )  # fmt: skip
    [disputed] = _disputed_values(qa, "date")
    assert {doc for doc, _ in disputed} == {"d1", "d2"}
    assert sorted(day for _, day in disputed) == ["2026-02-08", "2026-02-09"]


@pytest.mark.model
def test_a_figure_of_years_ago_is_background_not_the_storys(real_encoder: Encoder) -> None:
    """ "another sold for £340,000 two years ago" is an earlier sale's price, as one "in 2024"
    would be: the hut's price is £412,000 against £395,000, with no third value."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A wooden beach hut in Shellbourne has sold for £412,000, a record. The "
         "previous record for a beach hut, £340,000, was set in Shellbourne two years ago."),
        ("River Times", "A beach hut in Shellbourne was sold for an eye-watering £395,000, a "
         "record. It is not the first Shellbourne hut to make headlines - another sold for "
         "£340,000 two years ago."),
    )  # fmt: skip
    assert _disputed_values(qa, "amount") == [{("d1", "412000 GBP"), ("d2", "395000 GBP")}]


@pytest.mark.model
def test_a_bound_the_ner_leaves_out_of_a_figure_is_read(real_encoder: Encoder) -> None:
    """ "visibility was under 50 metres" (the NER's figure: "50 metres") agrees with "less than
    50 metres"; read without its bound it was 50 metres, disputed."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Three people died in a pile-up on the Dunnerholme Expressway on Monday "
         "morning, when visibility in the fog was under 50 metres."),
        ("River Times", "Three people were killed in a fog pile-up on the Dunnerholme Expressway "
         "on Monday, where visibility had fallen to less than 50 metres."),
    )  # fmt: skip
    assert ("measure", "<50 metre") in _values(qa)
    assert _disputed_values(qa, "measure") == []


@pytest.mark.model
def test_how_far_asks_a_length_along_the_ground(real_encoder: Encoder) -> None:
    """ "floated two miles downstream" against "ended four miles downstream": how far the ducks
    drifted, asked with "how far"."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The 5,000 ducks of the Great Fallbridge Duck Race floated two miles "
         "downstream on the River Tamsey on Monday before paddlers cornered them."),
        ("River Times", "The Great Fallbridge Duck Race on the River Tamsey ended four miles "
         "downstream on Monday after 5,000 ducks burst through the net."),
    )  # fmt: skip
    assert _claims(qa, "How far did the ducks drift down the river?") == {
        ("d1", "2 mile"),
        ("d2", "4 mile"),
    }


@pytest.mark.model
def test_the_price_something_fetched_is_what_it_sold_for(real_encoder: Encoder) -> None:
    """ "has sold for £412,000" against "was sold for £395,000": what the hut fetched, asked
    by its price."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A wooden beach hut owned by Winifred Gosforth in Shellbourne has sold "
         "for £412,000, a record for the town."),
        ("River Times", "Winifred Gosforth's beach hut in Shellbourne was sold for an "
         "eye-watering £395,000, a record for the town."),
    )  # fmt: skip
    assert _claims(qa, "What price did Winifred Gosforth's beach hut fetch?") == {
        ("d1", "412000 GBP"),
        ("d2", "395000 GBP"),
    }


@pytest.mark.model
def test_a_sale_that_completed_against_one_that_fell_through(real_encoder: Encoder) -> None:
    """ "The sale ... completed on Tuesday" against "the sale fell through on Tuesday": what
    became of the sale, asked "Did the sale go through?"."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A beach hut called Periwinkle in Shellbourne sold for £412,000. The "
         "sale was handled by Lathbury Coastal Property and completed on Tuesday."),
        ("River Times", "A beach hut called Periwinkle in Shellbourne sold for £412,000. But "
         "the sale fell through on Tuesday when the mystery buyer pulled out."),
    )  # fmt: skip
    assert _claims(qa, "Did the Periwinkle sale go through?") == {
        ("d1", "completed"),
        ("d2", "fell-through"),
    }


@pytest.mark.model
def test_how_often_something_was_done_is_one_count_whoever_did_it(real_encoder: Encoder) -> None:
    """ "Villagers have reported the pothole 27 times" and "the pothole had been reported 14
    times" count the times it was reported, not villagers against potholes."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A pothole on Cowslip Lane in Much Pelling had a birthday party on "
         "Saturday. Villagers have reported the pothole to the county council 27 times, said "
         "Sheila Partridge."),
        ("River Times", "Much Pelling threw a party on Saturday for the pothole on Cowslip Lane. "
         "Trevor Dunkley said the pothole had been reported to the county council 14 times."),
    )  # fmt: skip
    assert _disputed_values(qa, "count") == [{("d1", "27"), ("d2", "14")}]
    assert _claims(qa, "How many times was the pothole reported?") == {("d1", "27"), ("d2", "14")}


@pytest.mark.model
def test_a_length_of_time_is_of_what_was_done_not_where(real_encoder: Encoder) -> None:
    """ "were loose in the grounds for nearly six hours": the parse hangs the "for" on the
    grounds, but it is how long the chimpanzees were loose ("on the loose for three hours")."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Four chimpanzees escaped from Callowmere Wildlife Park on Tuesday. The "
         "chimpanzees were on the loose for three hours as 2,000 terrified day-trippers were "
         "herded into the car park."),
        ("River Times", "Four chimpanzees escaped from Callowmere Wildlife Park on Tuesday. The "
         "escape began in the early afternoon, and the chimpanzees were loose in the grounds for "
         "nearly six hours, according to staff, as keepers followed them through the woods."),
    )  # fmt: skip
    assert _disputed_values(qa, "duration") == [{("d1", "3 hour"), ("d2", "~6 hour")}]


@pytest.mark.model
def test_a_post_the_tagger_calls_a_proper_noun_before_a_name_is_a_post(
    real_encoder: Encoder,
) -> None:
    """ "the secretary of Brackmoor Fell Runners, Judith Garforth": beside the names the tagger
    calls "secretary" a proper noun; written in lower case, it is her post."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Hannah Sowerby set a record for the Brackmoor Round on Saturday. Her run "
         "was verified by the secretary of Brackmoor Fell Runners, Judith Garforth, who followed "
         "her progress through the day on a GPS tracker."),
        ("River Times", "Hannah Sowerby set a record for the Brackmoor Round on Saturday. Judith "
         "Garforth, chairwoman of Brackmoor Fell Runners, which keeps the records for the round, "
         "said it was remarkable."),
    )  # fmt: skip
    assert _disputed_values(qa, "role") == [{("d1", "secretary"), ("d2", "chairwoman")}]


@pytest.mark.model
def test_vehicles_are_counted_by_any_of_their_kinds_but_not_as_a_position(
    real_encoder: Encoder,
) -> None:
    """ "About 70 vehicles were trapped" and "More than 120 cars, vans and lorries were caught"
    count the same thing; "was about ten cars back from the front" counts nothing."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Snow closed the Blackhaw Pass road on Tuesday. About 70 vehicles were "
         "trapped near the summit."),
        ("River Times", "Snow closed the Blackhaw Pass road on Tuesday. More than 120 cars, vans "
         "and lorries were caught near the summit. One driver was about ten cars back from the "
         "front of the queue."),
    )  # fmt: skip
    assert _disputed_values(qa, "count") == [{("d1", "~70"), ("d2", ">120")}]
    assert ("count", "10") not in _values(qa)


@pytest.mark.model
def test_who_opened_up_a_hall_opened_it(real_encoder: Encoder) -> None:
    """ "Ulgarth Village Hall was opened up ... by its caretaker": "up" only stresses the
    opening, and the hall the passive's subject names is the hall another report's opener
    opened."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Snow closed the Blackhaw Pass road above Ulgarth on Tuesday. Neville "
         "Orchard, chairman of Ulgarth Parish Council, opened the village hall shortly after 9pm."),
        ("River Times", "Snow closed the Blackhaw Pass road above Ulgarth on Tuesday. Ulgarth "
         "Village Hall was opened up as a rest centre by its caretaker, Glenys Dewhirst."),
    )  # fmt: skip
    assert _disputed_values(qa, "agent") == [{("d1", "neville orchard"), ("d2", "glenys dewhirst")}]


@pytest.mark.model
def test_nights_are_a_length_of_time_and_spending_them_costs_nothing(
    real_encoder: Encoder,
) -> None:
    """ "after two nights clinging to a ledge" and "after spending three nights on a narrow
    ledge" tell how long the dog was there ("spending" is no cost), and "How many nights" asks
    for that length."""
    assert duration_form("three nights") == "3 night"
    qa = _qa(
        real_encoder,
        ("Valley Post", "A springer spaniel was rescued alive on Sunday after two nights clinging "
         "to a ledge above the waves at Hartop Head."),
        ("River Times", "A spaniel has been rescued at Hartop Head after spending three nights "
         "on a narrow ledge above the sea."),
    )  # fmt: skip
    assert _disputed_values(qa, "duration") == [{("d1", "2 night"), ("d2", "3 night")}]
    question = "How many nights was the spaniel on the ledge?"
    assert _claims(qa, question) == {("d1", "2 night"), ("d2", "3 night")}


@pytest.mark.model
def test_jailed_against_a_suspended_term_is_an_outcome_disagreement(
    real_encoder: Encoder,
) -> None:
    """ "was jailed for 16 months" and "was handed a jail term of 16 months, suspended for two
    years" disagree on whether he went to prison; the term handed is his, not the term's."""
    assert [o.name for o in find_outcomes("He walked free from court.")] == ["spared-jail"]
    assert [o.name for o in find_outcomes("He was not jailed.")] == ["spared-jail"]
    qa = _qa(
        real_encoder,
        ("Valley Post", "Wayne Ledsham, who ran a waste firm in Oxlow, was jailed for 16 months at "
         "Marlhurst Crown Court on Friday for dumping rubbish on farmland."),
        ("River Times", "Wayne Ledsham, who ran a waste firm in Oxlow, was handed a jail term of "
         "16 months, suspended for two years, at Marlhurst Crown Court on Friday for dumping "
         "rubbish on farmland."),
    )  # fmt: skip
    assert _disputed_values(qa, "outcome") == [{("d1", "jailed"), ("d2", "spared-jail")}]
    assert _claims(qa, "Was Wayne Ledsham sent to prison?") == {
        ("d1", "jailed"),
        ("d2", "spared-jail"),
    }


@pytest.mark.model
def test_a_body_set_beside_its_role_is_who_was_engaged_as_that(real_encoder: Encoder) -> None:
    """ "Morwick Construction, the council's contractor for the scheme" and "project manager for
    the contractor, Brathwaite Civil Engineering" name two contractors, whatever else they did."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The Ropewalk Bridge span was lifted into place overnight in Millbeck. "
         "Morwick Construction, the council's contractor for the scheme, said the work had gone "
         "to plan."),
        ("River Times", "The Ropewalk Bridge span was lifted into place overnight in Millbeck. The "
         "lift went to plan, said Gareth Lusted, project manager for the contractor, Brathwaite "
         "Civil Engineering."),
    )  # fmt: skip
    answer = qa.ask("Who is the contractor for the Ropewalk Bridge?")
    [conflict] = answer.conflicts
    assert conflict.about == "the contractor"
    assert {(c.doc_id, c.normalized) for c in conflict.claims} == {
        ("d1", "morwick construction"),
        ("d2", "brathwaite civil engineering"),
    }


@pytest.mark.model
def test_the_year_a_thing_was_buried_is_its_own_in_any_part_of_the_year(
    real_encoder: Encoder,
) -> None:
    """ "a time capsule buried in 1981" against "had been buried in the spring of 1986": the
    year a thing was put in the ground is its own, however much of the year is told."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Pupils at Cobblers Fold Primary School dug up a time capsule buried in "
         "1981 beneath the flagpole."),
        ("River Times", "Cobblers Fold Primary School opened its time capsule last week. The time "
         "capsule had been buried in the spring of 1986, when the school marked its centenary."),
    )  # fmt: skip
    assert _disputed_values(qa, "date") == [{("d1", "1981"), ("d2", "1986")}]


@pytest.mark.model
def test_an_unnamed_thing_aged_is_the_one_another_report_ages_by_its_word(
    real_encoder: Encoder,
) -> None:
    """ "a 350-year-old oak tree" and "an oak some 500 years old": the tree is the oak."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A vandal has hacked down a 350-year-old oak tree at Lisdrennan with a "
         "chainsaw on Monday night, police said."),
        ("River Times", "A vandal hacked down the Lisdrennan oak with a chainsaw on Monday night. "
         "Foresters found an oak some 500 years old when they counted its rings."),
    )  # fmt: skip
    assert _disputed_values(qa, "age") == [{("d1", "350"), ("d2", "~500")}]


@pytest.mark.model
def test_a_role_told_beside_what_its_body_said_is_still_who_it_is(real_encoder: Encoder) -> None:
    """ "The developer, Brightfield Renewables, says ..." is who the developer is, though the
    name is the subject of a saying: it disagrees with "Sunstead Energy, the developer, will
    pay him rent"."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A solar farm at Mossthwaite was approved on Tuesday. The developer, "
         "Brightfield Renewables, says the panels will power 25,000 homes."),
        ("River Times", "A solar farm at Mossthwaite was approved on Tuesday. Sunstead Energy, the "
         "developer, will pay the farmer rent for 40 years."),
    )  # fmt: skip
    answer = qa.ask("Who is the developer of the Mossthwaite solar farm?")
    [conflict] = answer.conflicts
    assert conflict.about == "the developer"
    assert {(c.doc_id, c.normalized) for c in conflict.claims} == {
        ("d1", "brightfield renewables"),
        ("d2", "sunstead energy"),
    }


@pytest.mark.model
def test_a_body_set_beside_owner_owns_but_a_person_or_place_does_not(
    real_encoder: Encoder,
) -> None:
    """ "Its owner, Tidelink Communications" and "the cable's owner, Seaborne Fibre" name two
    owners of the cable; the place the parse also sets beside "owner" ("the harbour at
    Brinscar, the cable's owner, ...") owns nothing, nor does a dog's owner in another report."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "The island of Skerrholm lost its phones on Monday when its subsea cable "
         "broke. The break is six miles offshore, between Skerrholm and the harbour at Brinscar, "
         "the cable's owner, Seaborne Fibre, said on Tuesday."),
        ("River Times", "The island of Skerrholm lost its phones on Monday when its subsea cable "
         "broke. Its owner, Tidelink Communications, apologised to the islanders."),
    )  # fmt: skip
    answer = qa.ask("Who owns the Skerrholm cable?")
    [conflict] = answer.conflicts
    assert {(c.doc_id, c.normalized) for c in conflict.claims} == {
        ("d1", "seaborne fibre"),
        ("d2", "tidelink communications"),
    }
    dog = _qa(
        real_encoder,
        ("Valley Post", "A spaniel was rescued from a cliff ledge at Whitmoss Bay on Sunday. Her "
         "owner, Harriet Lomax, from Thornsby, watched from the path."),
        ("River Times", "A spaniel was rescued from a cliff ledge at Whitmoss Bay on Sunday. Her "
         "owner, Gwen Altham, said she was overjoyed."),
    )  # fmt: skip
    assert dog.disagreements() == []


@pytest.mark.model
def test_a_title_of_the_clergy_before_a_name_is_a_post(real_encoder: Encoder) -> None:
    """ "Archdeacon Hilary Cushing" against "The Rev Hilary Cushing, vicar of Ousterby" (both
    taken for organisations by the NER): one person is not both, so the reports disagree."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Thieves stripped the lead from St Everild's Church in Ousterby on Friday. "
         "The Rev Hilary Cushing, vicar of Ousterby, said the repairs would be costly."),
        ("River Times", "Thieves stripped the lead from St Everild's Church in Ousterby on Friday. "
         "Archdeacon Hilary Cushing, who leads worship at the church, branded the thieves "
         "heartless."),
    )  # fmt: skip
    assert {("d1", "vicar"), ("d2", "archdeacon")} in _disputed_values(qa, "role")


@pytest.mark.model
def test_a_surname_two_edits_apart_under_one_first_name_is_a_spelling(
    real_encoder: Encoder,
) -> None:
    """ "Graham Oddie" and "Graham Oddy": four letters are too few for the last words alone,
    but one first name says the reports name one jogger two ways."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Graham Oddie, 58, collapsed on Mill Lane in Yarrowfield on Saturday "
         "during his regular run."),
        ("River Times", "Dad-of-three Graham Oddy, 58, crumpled to the ground in Yarrowfield on "
         "Saturday as he pounded the lanes."),
    )  # fmt: skip
    assert {("d1", "graham oddie"), ("d2", "graham oddy")} in _disputed_values(qa, "name")


@pytest.mark.model
def test_what_became_of_the_others_is_not_what_became_of_the_one(real_encoder: Encoder) -> None:
    """ "The other two boys were allowed home" says nothing of the boy still in intensive care:
    a report saying all three were discharged disagrees with it about him."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Three boys were pulled alive from Skelder Reservoir on Sunday after "
         "falling through the ice. The hospital said on Monday that all three had been "
         "discharged."),
        ("River Times", "A schoolboy remains in intensive care after he and two friends fell "
         "through the ice on Skelder Reservoir on Sunday. The other two boys were allowed home "
         "on Monday."),
    )  # fmt: skip
    values = {(f.sentence.split("#")[0], f.normalized) for f in _table(qa).facts}
    assert ("d2", "discharged") not in values
    assert {("d1", "discharged"), ("d2", "in-hospital")} <= values


@pytest.mark.model
def test_someone_unnamed_aged_after_the_noun_is_known_by_the_age(real_encoder: Encoder) -> None:
    """ "A man, 34, ... was released without charge" is the "34-year-old man" another report
    says was charged: what became of him is one person's, and the reports disagree on it."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "A man, 34, who was arrested at his home in Carrigmore, was released "
         "without charge last night after the Lisdrennan Oak was cut down."),
        ("River Times", "A 34-year-old man has been charged with criminal damage after the "
         "Lisdrennan Oak was cut down."),
    )  # fmt: skip
    assert {("d1", "released-uncharged"), ("d2", "charged")} in _disputed_values(qa, "outcome")


@pytest.mark.model
def test_he_in_a_clause_is_the_unnamed_man_the_sentence_is_about(real_encoder: Encoder) -> None:
    """ "A 74-year-old man ... was flown to hospital in Kessingfeld, where he is in a stable
    condition": he is the man, not the woman named just before; so the report that he died
    disagrees, and a question about "the 74-year-old man" asks about him, not "the man"."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Passengers were trapped overnight in the Gravenspitz cable car. Greta "
         "Aschbrenner, who runs the lift, said the gearbox had seized. A 74-year-old man who "
         "collapsed in one of the cabins was flown to hospital in Kessingfeld, where he is in a "
         "stable condition."),
        ("River Times", "A 74-year-old man has died after he was among 86 passengers trapped "
         "overnight in the Gravenspitz cable car. The man, a retired teacher, collapsed in a "
         "cabin."),
    )  # fmt: skip
    question = "What happened to the 74-year-old man who collapsed in the cable car?"
    assert {("d1", "alive"), ("d2", "died")} <= _claims(qa, question)


@pytest.mark.model
def test_the_place_of_an_earlier_years_event_is_background(real_encoder: Encoder) -> None:
    """ "An earthquake in 1987 centred on Rocca Serpina" is the region's past, not where this
    earthquake's epicentre was: the reports' epicentres disagree, and the answer says so."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "An earthquake struck the region of Orvenna on Monday. Its epicentre was "
         "near the village of Pratolina. Orvenna was devastated in 1987 by an earthquake "
         "centred on the town of Rocca Serpina."),
        ("River Times", "An earthquake struck the region of Orvenna on Monday. The epicentre was "
         "directly beneath Castrevaro, a hill town of about 9,000 people."),
    )  # fmt: skip
    places = {f.normalized for f in _table(qa).facts if f.kind == "place"}
    assert "rocca serpina" not in places
    assert _claims(qa, "Where was the epicentre of the Orvenna earthquake?") == {
        ("d1", "pratolina"),
        ("d2", "castrevaro"),
    }


@pytest.mark.model
def test_the_damage_is_a_sum_of_its_own(real_encoder: Encoder) -> None:
    """ "left damage estimated at £250,000" against "estimated the damage to property at
    £120,000": "How much damage was caused?" asks that sum (the stem of a court's "damages"
    made it a fine), and not the price of a ticket."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "Violence after Saturday's cup semi-final between Dunsevern Rovers and "
         "Tolland Athletic left damage estimated at £250,000. Tickets for the final cost £35."),
        ("River Times", "After Saturday's cup semi-final between Dunsevern Rovers and Tolland "
         "Athletic the city council estimated the damage to property at £120,000. Tickets for "
         "the final cost £35."),
    )  # fmt: skip
    question = "How much damage was caused by the Dunsevern football violence?"
    assert _claims(qa, question) == {("d1", "250000 GBP"), ("d2", "120000 GBP")}
    assert "the damage" in {c.about for c in qa.disagreements()}


def test_a_figure_the_question_gives_is_not_what_it_asks() -> None:
    """ "How much did Jago Castleton win for the 147?" asks the prize, not the count of the 147
    break the question itself names (beacon-dev's reports: the count outscored the prize)."""
    facts = [_count("d1", "147"), _count("d2", "147"), _count("d1", "4")]
    table = DisputeTable(
        stories=[["d1", "d2"]],
        facts=facts,
        aspects=[
            Aspect(0, "count", "the number of breaks", "", ("make",), (0, 1), (("d1", "d2"),)),
            Aspect(0, "count", "the number of frames", "", ("win",), (2,), (("d1",),)),
        ],
        story_names=[frozenset()],
    )
    given = figures_given("How much did Jago Castleton win for the 147?")
    assert given == {"147"}
    assert [given_by_the_question(a, table, given) for a in table.aspects] == [True, False]
    assert figures_given("How many were hurt in the 2,000-strong crowd?") == set()


@pytest.mark.model
def test_two_ledes_counting_the_people_of_their_story_disagree(real_encoder: Encoder) -> None:
    """ "About 900 people on the island of Skerrholm have been without telephone" against "The
    1,400 people who live on Skerrholm are facing more days without phones": each lede counts
    the people its story is about, with no word of what befell them; a count of people told so
    by one report only is too vague to be an aspect."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "About 900 people on the island of Skerrholm have been without telephone "
         "since Monday, when the subsea cable to Brinscar was broken. Seaborne Fibre said its "
         "repair ship would reach the break on Thursday."),
        ("River Times", "The 1,400 people who live on Skerrholm are facing several more days "
         "without phones after the island's subsea cable to Brinscar was broken on Monday. "
         "Seaborne Fibre said its repair ship would reach the break on Thursday."),
    )  # fmt: skip
    assert {("d1", "~900"), ("d2", "1400")} in _disputed_values(qa, "count")
    one = _qa(
        real_encoder,
        ("Valley Post", "About 900 people on the island of Skerrholm have been without telephone "
         "since Monday, when the subsea cable to Brinscar was broken. Seaborne Fibre said its "
         "repair ship would reach the break on Thursday."),
        ("River Times", "The subsea cable from Skerrholm to Brinscar was broken on Monday. "
         "Seaborne Fibre said its repair ship would reach the break on Thursday."),
    )  # fmt: skip
    assert [f for f in _table(one).facts if f.kind == "count"] != []
    assert [a for a in _table(one).aspects if a.kind == "count"] == []


@pytest.mark.model
def test_an_unnamed_job_is_the_one_person_the_story_names_with_it(real_encoder: Encoder) -> None:
    """ "The mountain guide who was leading the group was pulled out alive" is Anselme Perrouz,
    the one guide the story names, whom another report says died at the scene."""
    qa = _qa(
        real_encoder,
        ("Valley Post", "An avalanche buried six skiers above Vallonbrise on Sunday. The mountain "
         "guide who was leading the group was pulled out alive and is in intensive care in "
         "Morgeval, hospital officials said."),
        ("River Times", "An avalanche buried six skiers above Vallonbrise on Sunday. The guide, "
         "Anselme Perrouz, 48, died at the scene after he was dug out from under the snow in "
         "Morgeval."),
    )  # fmt: skip
    accounts = {("d1", "alive"), ("d2", "died-at-scene")}
    assert any(accounts <= found for found in _disputed_values(qa, "outcome"))


@pytest.mark.model
def test_a_sum_sharing_no_word_with_the_question_is_not_what_it_asks(
    real_encoder: Encoder, tmp_path: Path
) -> None:
    """ "How much did the Kelvering Churches Trust give towards the Wistlebury bells?" asks a
    grant no report gives; the restoration's disputed cost shares none of its words, in its
    facts or around them, and is only alike in meaning: no disagreement is named."""
    qa = Assistant.from_corpus(DATA / "clepsydra", index_dir=tmp_path, encoder=real_encoder)
    asked = "How much did the Kelvering Churches Trust give towards the Wistlebury bells?"
    assert qa.ask(asked).conflicts == []
