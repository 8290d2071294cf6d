"""Where things were found and shown, and what a record and a hearing came to, found through the
dev half of hodometer: an inquest dated "at the end of" it and "At the inquest ... on Monday, the
coroner said"; a lost thing found in a place told by whose it is ("the cat's basket"), not in a
thing told where it stands ("a skip in Throstle Lane"); where a thing goes "on show"; a charity
the NER misses; a year the parse hangs on the cinema a scooter was stolen from; "his wife, Ivy,
is ninety-five" as Ivy's age; "Cyril worked as a signalman" as his job; and a record "officially
confirmed" against one that "will not be official" until the paperwork is checked.

Each model test writes short reports of one story and checks what the disagreement table holds
or which disagreement a question names.
"""

from __future__ import annotations

import pytest

from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims, disputed_values, table_of

_CORONER = (
    "The finds liaison officer, Dr Ottilie Brassington, told the coroner that the 214 silver "
    "pennies from the field near Harnsey were struck in the reign of Edward the Confessor."
)


@pytest.mark.model
def test_an_inquest_dated_at_its_end_and_where_the_coroner_spoke(real_encoder: Encoder) -> None:
    """ "declared treasure ... at the end of a short inquest ... on Tuesday" dates the inquest,
    not its end; "At the inquest in Quillbury on Monday 15 January, the coroner said ..." dates
    the inquest, not what she said."""
    qa = _qa(
        real_encoder,
        ("Radio", "The Harnsey coins were declared treasure by the senior coroner, Imelda "
         "Coverdale, at the end of a short inquest at the coroner's court in Quillbury on "
         f"Tuesday.\n\n{_CORONER}"),
        ("Examiner", "At the inquest in Quillbury on Monday 9 February, the senior coroner, Imelda "
         "Coverdale, said she could not yet rule on whether the Harnsey coins were treasure."
         f"\n\n{_CORONER}"),
    )  # fmt: skip
    assert claims(qa, "On what day was the inquest into the Harnsey hoard held?") == {
        ("d1", "2026-02-10"),
        ("d2", "--02-09"),
    }


_CARERS = (
    "Residents of Saltonstall House, a care home in Quillbury, have finished a 40,000-piece "
    "jigsaw of a Victorian Christmas market after 14 months, when the missing last piece was "
    "found and pressed into place by Walter Eames, 94."
)


@pytest.mark.model
def test_where_a_lost_piece_turned_up_told_by_whose_place_it_is(real_encoder: Encoder) -> None:
    """ "discovered in the cat's basket" and "turned up ... in the bag of the vacuum cleaner" are
    two places a lost piece was found, though neither is a room or a building; and "Where will
    the jigsaw be put on show?" asks where it "will go on show", against "will be displayed"."""
    qa = _qa(
        real_encoder,
        ("Radio", f"{_CARERS}\n\nThe piece was eventually discovered in the cat's basket, "
         "underneath the home's cat, Marmaduke.\n\nThe finished jigsaw will go on show at "
         "Quillbury Library for the rest of the year."),
        ("Weekly", f"{_CARERS}\n\nThe missing piece turned up, in the end, in the bag of the "
         "vacuum cleaner, which a carer emptied onto a sheet of newspaper.\n\nThe finished jigsaw "
         "will be displayed at Quillbury Museum over the winter."),
    )  # fmt: skip
    assert claims(qa, "Where was the missing piece of the Saltonstall House jigsaw found?") == {
        ("d1", "basket"),
        ("d2", "bag"),
    }
    assert claims(qa, "Where will the finished Saltonstall House jigsaw be put on show?") == {
        ("d1", "quillbury library"),
        ("d2", "quillbury museum"),
    }


@pytest.mark.model
def test_a_thing_told_where_it_stands_is_no_place_it_was_found(real_encoder: Encoder) -> None:
    """ "found in a skip in Throstle Lane": the lane is where, the skip is what it lay in, and
    no report's "skip" stands against another's "Brantingby Cemetery"."""
    qa = _qa(
        real_encoder,
        ("Radio", "The Mayor of Brantingby's chain of office was found on Monday afternoon in a "
         "skip in Throstle Lane by a builder, hours after it was stolen from the town hall."),
        ("Chronicle", "The Mayor of Brantingby's chain of office was found the next day lying in "
         "long grass in Brantingby Cemetery by a dog walker, after it was stolen from the town "
         "hall."),
    )  # fmt: skip
    places = {f.normalized for f in table_of(qa).facts if f.kind == "place"}
    assert "skip" not in places
    assert claims(qa, "Where was the Brantingby mayor's chain found?") == {
        ("d1", "throstle lane"),
        ("d2", "brantingby cemetery"),
    }


_SHEARED = (
    "Tamsin Hockaday, 24, sheared 571 ewes in eight hours at Cowlease Farm, Haystoke, on "
    "Saturday, setting a new world record for a woman shearing alone."
)


@pytest.mark.model
def test_a_charity_the_ner_misses_is_who_the_money_went_to(real_encoder: Encoder) -> None:
    """ "The day raised more than £9,000 for the Fettleshire Air Ambulance", a name the model
    tags as nothing, against "goes to the Fettleshire Farmers' Benevolent Fund"."""
    qa = _qa(
        real_encoder,
        ("Hoo-Ha", f"{_SHEARED}\n\nThe day raised more than £9,000 for the Fettleshire Air "
         "Ambulance, which flew her father to hospital after a tractor accident."),
        ("Weekly", f"{_SHEARED}\n\nEvery penny of the money raised on the day goes to the "
         "Fettleshire Farmers' Benevolent Fund, which helped the family after the accident."),
    )  # fmt: skip
    assert claims(qa, "Which charity did Tamsin Hockaday's record raise money for?") == {
        ("d1", "fettleshire air ambulance"),
        ("d2", "fettleshire farmers' benevolent fund"),
    }


@pytest.mark.model
def test_a_record_officially_confirmed_against_one_not_yet_official(
    real_encoder: Encoder,
) -> None:
    """ "The record was officially confirmed by the judges" against "The record will not be
    official until the judges' paperwork has been checked": whether it is official, which
    "Did she set a new record?" does not ask (both say she did)."""
    qa = _qa(
        real_encoder,
        ("Hoo-Ha", f"{_SHEARED}\n\nThe record was officially confirmed by the judges at the end "
         "of the day."),
        ("Weekly", f"{_SHEARED}\n\nThe record will not be official until the judges' paperwork "
         "has been checked, which can take several weeks."),
    )  # fmt: skip
    assert claims(qa, "Has Tamsin Hockaday's shearing record been made official?") == {
        ("d1", "ratified"),
        ("d2", "not-yet-ratified"),
    }
    assert qa.ask("Did Tamsin Hockaday set a new world record?").conflicts == []


_POND = (
    "Volunteers from the Friends of Cressbury Mill found the scooter on Monday, while the mill "
    "pond was being drained."
)


@pytest.mark.model
def test_a_year_the_parse_hangs_on_a_cinema_dates_the_theft(real_encoder: Encoder) -> None:
    """ "A scooter stolen from outside a cinema in 1968": the parse gives the year to the
    cinema, but it is the year of the theft, against "stolen in Cressbury in 1972"."""
    qa = _qa(
        real_encoder,
        ("Wire", "A Lambretta scooter stolen from outside a cinema in 1968 has been found at the "
         f"bottom of a mill pond in Cressbury.\n\n{_POND}"),
        ("Examiner", "A Vespa scooter stolen in Cressbury in 1972 has been found in the town's "
         f"mill pond.\n\n{_POND}"),
    )  # fmt: skip
    assert claims(qa, "In what year was the Cressbury mill pond scooter stolen?") == {
        ("d1", "1968"),
        ("d2", "1972"),
    }


@pytest.mark.model
def test_his_wife_named_beside_her_age_is_who_is_that_age(real_encoder: Encoder) -> None:
    """ "Cyril is 97 and his wife, Ivy, is ninety-five": 95 is Ivy's age, not Cyril's (whom
    "his" points back to), so it stands against no other report's age of Cyril."""
    qa = _qa(
        real_encoder,
        ("Radio", "Cyril and Ivy Tolladay, of Ludderham, celebrated their 75th wedding "
         "anniversary on Saturday.\n\nCyril is 97 and his wife, Ivy, is ninety-five."),
        ("Hoo-Ha", "Cyril and Ivy Tolladay, of Ludderham, celebrated their 75th wedding "
         "anniversary on Saturday.\n\nCyril, who is 97, met Ivy at a dance in 1969."),
    )  # fmt: skip
    ages = {(f.subject, f.normalized) for f in table_of(qa).facts if f.kind == "age"}
    assert ("ivy", "95") in ages
    assert ("cyril", "95") not in ages
    assert disputed_values(qa, "age") == []


@pytest.mark.model
def test_a_post_told_by_the_clause_a_name_is_the_subject_of(real_encoder: Encoder) -> None:
    """ "Cyril worked as a signalman at Cressbury station for 41 years" and "For forty-one
    years Cyril was a signalman" give Cyril his job, as "Cyril, a retired signalman," does."""
    qa = _qa(
        real_encoder,
        ("Radio", "Cyril and Ivy Tolladay, of Ludderham, celebrated their 75th wedding "
         "anniversary on Saturday.\n\nCyril worked as a signalman at Cressbury station for 41 "
         "years."),
        ("Weekly", "Cyril and Ivy Tolladay, of Ludderham, celebrated their 75th wedding "
         "anniversary on Saturday.\n\nFor forty-one years Cyril was a signalman at Cressbury "
         "station."),
    )  # fmt: skip
    facts = table_of(qa).facts
    roles = {(f.sentence.split("#")[0], f.subject, f.normalized) for f in facts if f.kind == "role"}
    assert {("d1", "cyril", "signalman"), ("d2", "cyril", "signalman")} <= roles
