"""Constructions of local news found through the dev half of dioptra: why a place was shut, what
pupils were sent home for, a post the tagger took for an adjective, a lede that gives a length but
no date, a date question that names only its story, a relative parsed beside a parent, whom a
donation is for, a school's pupils counted as kids, a stand in a row, two firms said to run a line,
a date question asked by a background event, the entrants of a contest under other names, and a
length told by what it was spent as.

"have closed their sunflower field ... after visitors trampled thousands of flowers" against "has
shut its sunflower field ... after an ambulance was held up"; "sent home ... for wearing trainers"
against "for wearing their OLD BLAZERS"; "The headteacher, Adrian Whitelock, said" against "Adrian
Whitelock, chief executive of the Hatchmoor Learning Trust"; a lede "closing it for nine hours"
whose next sentence dates the event; "On what day was the Hindwater Stone Skimming Championship
held?"; "Kerry Gabbitas, whose son Jayden, 13, ..."; "a £5 donation to Larkrise Children's Hospice"
against "a £5 donation to the Hollinshire Air Ambulance"; "About 40 pupils" against "150 kids";
"backed down" against "refused to back down", "reopened the field" against "closed for good"; "X,
which runs services on the line" against "Y, which runs trains on the route"; "When was the line
through Scarthwaite electrified?" beside "was electrified in 2031"; "more than 300 entrants" against
"about 180 skimmers"; "after three days sealed in a cardboard box" against "spent five days inside
the box". Each model test writes short reports of one story and checks what the disagreement table
holds or which disagreement a question names.
"""

from __future__ import annotations

import pytest

from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims, disputed_values, outcome_names, table_of

_FIELD = "Neil and Jo Hallstead opened their sunflower field at Quillfield Farm on Saturday."
_RUN = "The Hindwater Stone Skimming Championship is run by the Brantwick Rotary Club."
_SCHOOL = "Hatchmoor Grange Academy in Hatchmoor brought in a new uniform this term."


@pytest.mark.model
def test_what_a_place_was_shut_after_is_its_cause(real_encoder: Encoder) -> None:
    """A place closed or shut "after" something was shut because of it, whoever's deed it was:
    what the visitors did, or what happened to the ambulance (with its particle, "held up")."""
    qa = _qa(
        real_encoder,
        ("Wire", f"{_FIELD} The Hallsteads have closed their sunflower field at Quillfield Farm "
         "to the public after visitors trampled thousands of flowers in a weekend scramble."),
        ("Despatch", f"{_FIELD} The Hallsteads have shut their sunflower field at Quillfield "
         "Farm to visitors after an ambulance was held up by parked cars in the lane."),
    )  # fmt: skip
    assert disputed_values(qa, "cause") == [
        {("d1", "visitors trampled thousands of flowers"), ("d2", "an ambulance was held up")}
    ]


@pytest.mark.model
def test_what_pupils_were_sent_home_for_is_a_cause(real_encoder: Encoder) -> None:
    """ "sent home ... for wearing trainers" tells why, as far from the verb as the parse hangs
    the "for" (on "term" in "on the first day of term for wearing"), and without what they
    wore instead of: two reports naming different clothes disagree."""
    qa = _qa(
        real_encoder,
        ("Radio", f"{_SCHOOL} About 40 pupils were sent home from Hatchmoor Grange Academy on "
         "Tuesday for wearing trainers instead of black leather shoes."),
        ("Bawl", f"{_SCHOOL} FURIOUS parents have slammed Hatchmoor Grange Academy after 150 kids "
         "were sent home on the first day of term for wearing their OLD BLAZERS."),
    )  # fmt: skip
    assert disputed_values(qa, "cause") == [
        {("d1", "wearing trainers"), ("d2", "wearing their old blazers")}
    ]


@pytest.mark.model
def test_a_post_tagged_an_adjective_is_a_post(real_encoder: Encoder) -> None:
    """ "The headteacher, Adrian Whitelock, said": the tagger calls "headteacher" an
    adjective, but a word with its own article is a noun, and the post clashes with another
    report's "chief executive"."""
    qa = _qa(
        real_encoder,
        ("Radio", f"{_SCHOOL} The headteacher, Adrian Whitelock, said parents had been told "
         "about the rules in June."),
        ("Bawl", f"{_SCHOOL} Adrian Whitelock, chief executive of the Hatchmoor Learning Trust, "
         "refused to back down."),
    )  # fmt: skip
    assert disputed_values(qa, "role") == [{("d1", "headteacher"), ("d2", "chief executive")}]


@pytest.mark.model
def test_a_length_in_the_lede_leaves_the_event_undated(real_encoder: Encoder) -> None:
    """ "closing it for nine hours" is a length the entity model calls a date: a lede that
    gives one still leaves the event to be dated by the next sentence ("was picked up ... on
    Sunday afternoon"), which sides with the other lede's Sunday against "Saturday night"."""
    qa = _qa(
        real_encoder,
        ("Radio", "A garden trampoline blown onto the wires of the Brantwick to Orbury railway "
         "brought trains to a standstill as Storm Odalys swept across Hollinshire on Sunday."),
        ("Bawl", "The giant garden trampoline soared over a fence in Scarthwaite and wrapped "
         "itself around the wires of the Brantwick to Orbury railway on Saturday night."),
        ("Tatler", "A Scarthwaite mother has told how her family's trampoline was carried off by "
         "Storm Odalys and dropped onto the Brantwick to Orbury railway, closing it for nine "
         "hours. Her trampoline was picked up from her back garden on Sunday afternoon."),
    )  # fmt: skip
    assert disputed_values(qa, "date") == [
        {("d1", "2026-02-08"), ("d2", "2026-02-07"), ("d3", "2026-02-08")}
    ]


@pytest.mark.model
def test_a_date_question_naming_only_the_story_asks_its_lead_date(real_encoder: Encoder) -> None:
    """A date question whose every word but its question words names the story asks when the
    story's event happened, though no aspect shares a word with it ("held")."""
    qa = _qa(
        real_encoder,
        ("Tatler", "A Brantwick schoolgirl broke the record at the Hindwater Stone Skimming "
         f"Championship on Sunday with a stone that made 38 bounces across the lake. {_RUN}"),
        ("Weekly", "On February 7, at the north end of Hindwater, Amber Tullis bent down and "
         f"picked up a flat stone. {_RUN}"),
    )  # fmt: skip
    asked = "On what day was the Hindwater Stone Skimming Championship held?"
    assert claims(qa, asked) == {("d1", "2026-02-08"), ("d2", "--02-07")}


@pytest.mark.model
def test_whose_son_is_no_post_of_the_parent(real_encoder: Encoder) -> None:
    """ "Kerry Gabbitas, whose son Jayden, 13, was sent home": the parse hangs "son" beside
    her name, but the son is Jayden; she is the other report's "mother", and no son."""
    qa = _qa(
        real_encoder,
        ("Radio", f"{_SCHOOL} Kerry Gabbitas, whose son Jayden, 13, was among those sent home, "
         "said the rules were unfair."),
        ("Wire", f"{_SCHOOL} Kerry Gabbitas, a mother who helped to organise the protest, said "
         "the change had come too late."),
    )  # fmt: skip
    table = table_of(qa)
    facts = [table.facts[i] for i in range(len(table.facts))]
    posts = {(f.subject, f.normalized) for f in facts if f.kind == "role"}
    assert posts == {("kerry gabbitas", "mother"), ("jayden", "son")}


@pytest.mark.model
def test_who_a_donation_is_for_is_who_the_money_is_for(real_encoder: Encoder) -> None:
    """ "asking visitors for a £5 donation to X", "put a bucket out for donations of £5 for X"
    (the parse hangs that "for" on the verb) and "in return for a £5 donation to Y": whom the
    money goes to, as "raised £4,200 for X" tells it."""
    qa = _qa(
        real_encoder,
        ("Wire", f"{_FIELD} The Hallsteads asked visitors for a £5 donation to Larkrise "
         "Children's Hospice."),
        ("Weekly", f"{_FIELD} They would put a bucket out for donations of £5 for Larkrise "
         "Children's Hospice, and let people wander."),
        ("Despatch", f"{_FIELD} People could take photographs in return for a £5 donation to "
         "the Hollinshire Air Ambulance."),
    )  # fmt: skip
    [disputed] = disputed_values(qa, "agent")
    assert {doc for doc, _ in disputed} == {"d1", "d2", "d3"}
    assert ("d3", "hollinshire air ambulance") in disputed


@pytest.mark.model
def test_a_schools_pupils_and_its_kids_are_one_count(real_encoder: Encoder) -> None:
    """ "About 40 pupils were sent home" and "150 kids were sent home": a school's pupils are
    its children, whichever word a report counts them by (the crew and the passengers of a
    ferry stay two counts)."""
    qa = _qa(
        real_encoder,
        ("Radio", f"{_SCHOOL} About 40 pupils were sent home from Hatchmoor Grange Academy on "
         "Tuesday."),
        ("Bawl", f"{_SCHOOL} FURIOUS parents have slammed Hatchmoor Grange Academy after 150 kids "
         "were sent home on Tuesday."),
    )  # fmt: skip
    assert disputed_values(qa, "count") == [{("d1", "~40"), ("d2", "150")}]


def test_backing_down_reopening_and_closing_for_good_are_outcomes() -> None:
    """A body's stand in a row, and whether a place reopened or closed for good."""
    assert outcome_names(
        "The academy backed down on Wednesday evening.",
        "The academy refused to back down on Wednesday, saying the rules would stay.",
        "On Thursday they reopened the field, this time with timed tickets.",
        "The field has now closed for good, the couple said.",
    ) == [["backed-down"], ["stood-firm"], ["in-service"], ["out-of-service"]]


@pytest.mark.model
def test_whether_they_backed_down_is_one_aspect_of_the_story(real_encoder: Encoder) -> None:
    """ "The academy backed down", "A school has backed down" and "Adrian Whitelock ... refused
    to back down" are the one stand of the row, whoever each report says took it, and a
    question asks it though "back down" is two stop words."""
    qa = _qa(
        real_encoder,
        ("Wire", f"{_SCHOOL} A school has backed down over its new uniform rules. The academy "
         "backed down on Wednesday evening."),
        ("Radio", f"{_SCHOOL} The academy refused to back down on Wednesday, saying the rules "
         "would stay."),
        ("Bawl", f"{_SCHOOL} Adrian Whitelock, who runs the academy, refused to back down "
         "yesterday."),
    )  # fmt: skip
    assert claims(qa, "Did the academy back down over its new uniform rules?") == {
        ("d1", "backed-down"),
        ("d2", "stood-firm"),
        ("d3", "stood-firm"),
    }


@pytest.mark.model
def test_two_firms_said_to_run_the_line_answer_who_runs_it(real_encoder: Encoder) -> None:
    """ "Northlight Trains, which runs services on the line" and "Fellway Rail, which runs
    trains on the route" are two aspects (services, trains), but a question naming the deed
    of their one class (running) asks both, as two answers to who runs the trains."""
    line = (
        "A garden trampoline blown onto the wires of the Brantwick to Orbury railway stopped "
        "the trains at Scarthwaite."
    )
    qa = _qa(
        real_encoder,
        ("Radio", f"{line} Northlight Trains, which runs services on the line, said 40 trains "
         "were cancelled."),
        ("Bawl", f"{line} Fellway Rail, which runs trains on the route, said it would send the "
         "owner a bill."),
    )  # fmt: skip
    asked = "Which company runs the trains on the Brantwick to Orbury line?"
    assert claims(qa, asked) == {("d1", "northlight trains"), ("d2", "fellway rail")}


@pytest.mark.model
def test_a_date_question_asked_by_a_background_event_asks_its_year(real_encoder: Encoder) -> None:
    """ "When was the line electrified?" asks the year "The line ... was electrified in 2031"
    gives, not the story's disputed day, though its other words ("line") are found around
    that day: the verb it asks by is told beside another year."""
    qa = _qa(
        real_encoder,
        ("Radio", "A garden trampoline landed on the wires of the Brantwick to Orbury line at "
         "Scarthwaite on Sunday, closing the line."),
        ("Bawl", "A garden trampoline landed on the wires of the Brantwick to Orbury line at "
         "Scarthwaite on Saturday night, closing the line. The line through Scarthwaite was "
         "electrified in 2019, and residents say nothing like this has happened since."),
    )  # fmt: skip
    answer = qa.ask("When was the line through Scarthwaite electrified?")
    assert answer.conflicts == []
    assert "electrified in 2019" in answer.text
    assert claims(qa, "When did the trampoline land on the line?") == {
        ("d1", "2026-02-08"),
        ("d2", "2026-02-07"),
    }


@pytest.mark.model
def test_entrants_and_skimmers_are_one_count(real_encoder: Encoder) -> None:
    """Who takes part in a sporting contest is counted under many names: "beat more than 300
    entrants" and "drew about 180 skimmers" disagree on how many took part."""
    qa = _qa(
        real_encoder,
        ("Tatler", f"{_RUN} Amber Tullis, 14, beat more than 300 entrants to lift the cup."),
        ("Weekly", f"{_RUN} This year the championship drew about 180 skimmers, and Amber "
         "Tullis, 14, won the cup."),
    )  # fmt: skip
    assert disputed_values(qa, "count") == [{("d1", ">300"), ("d2", "~180")}]


@pytest.mark.model
def test_a_length_spent_sealed_in_a_box_is_the_time_spent_inside_it(
    real_encoder: Encoder,
) -> None:
    """ "after three days sealed in a cardboard box" tells how long the cat was in the box, as
    "spent five days inside the box" does: the participle on the length says what it was."""
    home = "Dumpling the cat from Hatchmoor is home."
    qa = _qa(
        real_encoder,
        ("Despatch", f"{home} A Hatchmoor family's cat has been reunited with them after three "
         "days sealed in a cardboard box that was sent through the post."),
        ("Weekly", f"{home} Dumpling spent five days inside the box before a depot worker "
         "heard her."),
    )  # fmt: skip
    assert disputed_values(qa, "duration") == [{("d1", "3 day"), ("d2", "5 day")}]
