"""Figures of local news found through the dev half of hodometer: an age told by "is" ("Cyril is
97", "Cyril, who is 97,", "his wife, Ivy, is ninety-five") of a first name the model took for an
organisation's, pennies counted as coins, great-grandchildren told apart from grandchildren, a
rate ("one sheep every 48 seconds") that is no count of what was done, and a race's time in
seconds, asked "How fast did she run?", told after a tabloid's first line of colour.

Each model test writes short reports of one story and checks which disagreement a question
names or what the disagreement table holds.
"""

from __future__ import annotations

import pytest

from index.disputes.facts import RATE
from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims, table_of

_MARRIED = "Cyril and Ivy Tolladay were married at St Botolph's Church in Ludderham in 1971."


@pytest.mark.model
def test_an_age_told_by_is_of_a_first_name(real_encoder: Encoder) -> None:
    """ "Cyril, who is 97," and "Cyril is 97 and his wife, Ivy, is ninety-five" tell ages as
    much as "Former lorry driver Cyril, 98"; the model takes "Cyril" for an organisation."""
    qa = _qa(
        real_encoder,
        ("Radio", f"{_MARRIED}\n\nCyril, who is 97, and Ivy, who is 95, met at a Saturday night "
         "dance at the Empire Ballroom in Quillbury."),
        ("Hoo-Ha", "LOVEBIRDS Cyril and Ivy Tolladay have been married for three-quarters of a "
         "century.\n\nFormer lorry driver Cyril, 98, first spotted Ivy across the dance floor "
         "at the Empire Ballroom in Quillbury."),
        ("Weekly", f"{_MARRIED}\n\nCyril is 97 and his wife, Ivy, is ninety-five."),
    )  # fmt: skip
    assert claims(qa, "How old is Cyril Tolladay?") == {("d1", "97"), ("d2", "98"), ("d3", "97")}
    ivy = {f.normalized for f in table_of(qa).facts if f.kind == "age" and f.subject == "ivy"}
    assert ivy == {"95"}


@pytest.mark.model
def test_pennies_are_coins(real_encoder: Encoder) -> None:
    """ "How many coins ...?" asks the count of "214 silver pennies"."""
    qa = _qa(
        real_encoder,
        ("Radio", "A hoard of 214 silver pennies dug up in a field near Harnsey has been "
         "declared treasure by the county coroner."),
        ("Examiner", "An inquest into a hoard of silver coins found in a field near Harnsey has "
         "been adjourned.\n\nMore than 300 silver pennies were found in the field, the county's "
         "finds liaison officer said."),
    )  # fmt: skip
    assert claims(qa, "How many coins were in the Harnsey hoard?") == {
        ("d1", "214"),
        ("d2", ">300"),
    }


@pytest.mark.model
def test_great_grandchildren_are_no_grandchildren(real_encoder: Encoder) -> None:
    """Nine great-grandchildren against 14 is asked of the great-grandchildren; the seven
    grandchildren both reports give are agreed."""
    qa = _qa(
        real_encoder,
        ("Radio", f"{_MARRIED}\n\nThe couple have three children, seven grandchildren and 14 "
         "great-grandchildren, most of whom were at the party."),
        ("Weekly", f"{_MARRIED}\n\nThey have a son and two daughters, seven grandchildren and "
         "nine great-grandchildren."),
    )  # fmt: skip
    asked = "How many great-grandchildren do Cyril and Ivy Tolladay have?"
    assert claims(qa, asked) == {("d1", "14"), ("d2", "9")}
    assert qa.ask("How many grandchildren do Cyril and Ivy Tolladay have?").conflicts == []


@pytest.mark.model
def test_a_rate_is_no_count_of_what_was_done(real_encoder: Encoder) -> None:
    """ "That's one sheep every 48 seconds" is a rate: "How many sheep did she shear?" asks the
    ewes she sheared in eight hours."""
    qa = _qa(
        real_encoder,
        ("Examiner", "Tamsin Hockaday, 24, sheared 571 ewes in eight hours at Cowlick Farm, near "
         "Haystoke, on Saturday to set a women's world record.\n\nThat's one sheep every 48 "
         "seconds, with only a few short breaks."),
        ("Hoo-Ha", "A FARMER'S daughter has sheared her way into the record books at Cowlick Farm "
         "near Haystoke - clipping a staggering 602 ewes in eight hours on Saturday."),
    )  # fmt: skip
    assert claims(qa, "How many sheep did Tamsin Hockaday shear?") == {
        ("d1", "571"),
        ("d2", "602"),
    }
    [one] = [f for f in table_of(qa).facts if f.kind == "count" and f.normalized == "1"]
    assert RATE in one.about


_TOSSED = (
    "Sally Trickett tossed her pancake three times on the way from the Market Cross to the "
    "church porch in Cressbury, with more than 90 runners behind her."
)


@pytest.mark.model
def test_a_race_time_in_seconds_after_a_line_of_colour(real_encoder: Encoder) -> None:
    """ "HEADS up! A flying head teacher ... crossing the line in just 49 seconds": the lede is
    the sentence after the colour, and its seconds are the race's time, against "in a time of
    41 seconds", asked "How fast did she run the race?"."""
    qa = _qa(
        real_encoder,
        ("Hoo-Ha", "HEADS up! A flying head teacher has shattered the record at the Cressbury "
         f"Pancake Race - crossing the line in just 49 seconds.\n\n{_TOSSED}"),
        ("Coracle", "Sally Trickett, head teacher of Cressbury Church School, won this year's "
         f"Cressbury Pancake Race on Shrove Tuesday in a time of 41 seconds.\n\n{_TOSSED}"),
    )  # fmt: skip
    expected = {("d1", "49 second"), ("d2", "41 second")}
    assert claims(qa, "How fast did Sally Trickett run the Cressbury pancake race?") == expected
    assert claims(qa, "What was the winning time in the Cressbury Pancake Race?") == expected


@pytest.mark.model
def test_how_long_a_course_is_asks_its_length_not_the_race_time(real_encoder: Encoder) -> None:
    """ "How long is the course?" asks what the course measures ("about 400 metres", "a quarter
    of a mile", which agree), not the disputed time "in a new course record of 41 seconds"."""
    qa = _qa(
        real_encoder,
        ("Hoo-Ha", "HEADS up! A flying head teacher has shattered the record at the Cressbury "
         f"Pancake Race - crossing the line in just 49 seconds.\n\n{_TOSSED} The course runs "
         "for about 400 metres from the Market Cross."),
        ("Wire", "A head teacher has won the Cressbury Pancake Race, running a quarter of a mile "
         f"through the town with a frying pan, in a new course record of 41 seconds.\n\n"
         f"{_TOSSED}"),
    )  # fmt: skip
    assert qa.ask("How long is the course of the Cressbury Pancake Race?").conflicts == []


@pytest.mark.model
def test_a_title_written_with_a_capital_after_its_article(real_encoder: Encoder) -> None:
    """ "the Mayor of Cressbury, Councillor Gideon Lamprey" gives him a title as much as
    "Cressbury's deputy mayor, Councillor Gideon Lamprey" does."""
    qa = _qa(
        real_encoder,
        ("Coracle", f"{_TOSSED}\n\nThe start was given by Cressbury's deputy mayor, Councillor "
         "Gideon Lamprey, at 11.55am."),
        ("Hoo-Ha", f"{_TOSSED}\n\nThe race kicked off at 12.30pm, when the Mayor of Cressbury, "
         "Councillor Gideon Lamprey, waved them away from the Market Cross."),
    )  # fmt: skip
    assert claims(qa, "What post does Councillor Gideon Lamprey hold in Cressbury?") == {
        ("d1", "deputy mayor"),
        ("d2", "mayor"),
    }


@pytest.mark.model
def test_a_time_outside_the_course_record_misses_it(real_encoder: Encoder) -> None:
    """ "Her time was two seconds outside the course record" says the record was not broken,
    against "in a new course record of 41 seconds"."""
    qa = _qa(
        real_encoder,
        ("Wire", "A head teacher has won the Cressbury Pancake Race, running a quarter of a mile "
         f"through the town with a frying pan, in a new course record of 41 seconds.\n\n"
         f"{_TOSSED}"),
        ("Coracle", "Sally Trickett won this year's Cressbury Pancake Race on Shrove Tuesday in "
         f"a time of 41 seconds.\n\n{_TOSSED}\n\nHer time was two seconds outside the course "
         "record, which was set in 2031 by a postman from the town."),
    )  # fmt: skip
    asked = "Did the winner of the Cressbury Pancake Race break the course record?"
    assert claims(qa, asked) == {("d1", "record-set"), ("d2", "record-missed")}


_CORONER = (
    "Fettleshire's senior coroner, Imelda Coverdale, said the Harnsey pennies were struck in the "
    "reign of Edward the Confessor and will be kept at Quillbury Museum."
)


@pytest.mark.model
def test_a_post_named_after_a_deed_asks_no_one_who_did_it(real_encoder: Encoder) -> None:
    """ "Who is the finds liaison officer who looked at the coins?" asks of an officer, not who
    found the coins, however the reports disagree on the finder."""
    qa = _qa(
        real_encoder,
        ("Radio", "A hoard of 214 silver pennies found by Malcolm Ridgeon, a metal detectorist, "
         "in a field near Harnsey has been declared treasure.\n\nThe county's finds liaison "
         "officer, Dr Ottilie Brassington, told the inquest the hoard was 950 years old."
         f"\n\n{_CORONER}"),
        ("Examiner", "An inquest into a hoard of silver pennies found in a field near Harnsey has "
         "been adjourned.\n\nThe coins were found by Hilary Dunstone, a member of the Quillbury "
         f"Metal Detecting Club.\n\n{_CORONER}"),
    )  # fmt: skip
    assert claims(qa, "Who found the Harnsey hoard?") == {
        ("d1", "malcolm ridgeon"),
        ("d2", "hilary dunstone"),
    }
    asked = "Who is the finds liaison officer who looked at the coins?"
    assert qa.ask(asked).conflicts == []


_JUDGE = (
    "The judge, Delia Hookway, said the Drewsbury crier had the voice of a foghorn and the "
    "timing of a comedian, and presented him with the Silver Bell."
)


@pytest.mark.model
def test_a_count_named_only_as_what_a_contest_is_of(real_encoder: Encoder) -> None:
    """ "How many people watched the town crier championship?" names the criers only as the
    championship's kind: the count of criers who took part is no answer."""
    qa = _qa(
        real_encoder,
        ("Fracas", "Reuben Lockyer, the town crier of Drewsbury, won the Tullingshire Town "
         "Criers' Championship on the seafront at Skelcombe on Saturday.\n\nHe was one of 17 "
         "criers who took part, ringing their bells and bellowing at holidaymakers on the "
         f"promenade.\n\n{_JUDGE}"),
        ("Skiff", "Reuben Lockyear, the town crier of Drewsbury, won the Tullingshire Town Criers' "
         "Championship on Skelcombe's promenade on Saturday.\n\nIn all, 23 criers from across "
         f"the south-west took part, each giving one cry of no more than 150 words.\n\n{_JUDGE}"),
    )  # fmt: skip
    assert claims(qa, "How many criers took part in the town crier championship?") == {
        ("d1", "17"),
        ("d2", "23"),
    }
    asked = "How many people watched the town crier championship at Skelcombe?"
    assert qa.ask(asked).conflicts == []
