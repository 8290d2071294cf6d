"""Readings found through the dev halves (their false disagreements among them) and the dev half
of vernier: lengths in decades, clergy by their style and rank, a day named Ascension Day, people
no currency, a name written before "the wallaby", a named thing's length, a rate asked by its own
verb, whose name a "What is the ...'s name?" question asks, and two questions that ask no
disagreement the story holds (a town, a material).

- "has kept koi for three decades" is the "30 years" another report gives, not a length the table
  leaves out (which set a fish's "20 years" against the 30).
- "What is the grandson's name?" asks of the grandson: a sentence naming him beside his
  grandfather, whose surname the reports spell two ways, answers without that spelling; "What's
  the name of the surfer who rode the bore?" still asks of the one the reports say rode it, though
  none calls him a surfer beside his name (a guard: the possessive and "What's" forms are now read
  as "What is the name of the ..." is).
- "would save £1.4 million a year" answers "How much money will switching the lights off save?"
  though it asks no rate in so many words; a cost asked is still no saving a year.
- "the Bishop of Tolverton, the Right Reverend Anselm Pridmore" against "the Archdeacon of
  Tolverton, the Venerable Anselm Pridmore": his post, the style no part of his name; "on
  Ascension Day" is the day it names; "112 ploughmen" is a count, not a sum in "ploughmen".
- "Crumpet the wallaby is back" names the wallaby; "How long is Gallows Lane?" asks its length.
- "In which town ...?" asks a town by its name, not where in it ("in a bus shelter"); "What are
  the pictures made from?" asks a material, no figure of the pictures.

Each model test writes short reports of one story and checks which disagreement a question names;
the unit tests read one written value (`index.disputes.values`, `index.analysis.dates`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.question_type import detect
from index.analysis.dates import holiday_date
from index.disputes.values import ago_form, duration_form, other_currency_sum
from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("three decades", "30 year"),
        ("a decade", "10 year"),
        ("more than two decades", ">20 year"),
        ("nearly four decades", "~40 year"),
    ],
)
def test_a_decade_is_ten_years(text: str, normal: str) -> None:
    assert duration_form(text) == normal


def test_decades_ago_are_years_ago_and_decades_alone_no_length() -> None:
    """ "two decades ago" dates a past as "20 years ago" does; "for decades" gives no figure."""
    assert ago_form("two decades ago") == ago_form("20 years ago") == "20 year"
    assert duration_form("decades") is None


_KOI = (
    "An otter has eaten the koi carp in a garden pond in Cragwick, on the River Cawder. "
    "The fish were worth about £6,000, and some of them had lived in the pond for more than 20 "
    "years."
)


@pytest.mark.model
def test_three_decades_agree_with_thirty_years(real_encoder: Encoder) -> None:
    """ "who has kept koi for three decades" and "has kept koi for 30 years" agree: asked how
    long he has kept koi, no disagreement; against "for 20 years" there is one."""
    question = "How long has Raymond Ashurst kept koi?"
    agreeing = _qa(
        real_encoder,
        ("Informer", f"Raymond Ashurst, 71, who has kept koi for three decades, is heartbroken."
                     f"\n\n{_KOI}"),
        ("Wire", f"Raymond Ashurst has kept koi for 30 years.\n\n{_KOI}"),
    )  # fmt: skip
    assert agreeing.ask(question).conflicts == []
    differing = _qa(
        real_encoder,
        ("Informer", f"Raymond Ashurst, 71, who has kept koi for three decades, is heartbroken."
                     f"\n\n{_KOI}"),
        ("Wire", f"Raymond Ashurst has kept koi for 20 years.\n\n{_KOI}"),
    )  # fmt: skip
    assert claims(differing, question) == {("d1", "30 year"), ("d2", "20 year")}


@pytest.mark.model
def test_the_name_of_a_grandson_is_not_his_grandfathers_spelling(real_encoder: Encoder) -> None:
    """Asked "What is the grandson's name?", the sentence naming Liam beside his grandfather
    Desmond Aukett (Awkett in one report) answers without the grandfather's spelling; asked who
    was reunited with the scooter, the spelling disagreement is named."""
    qa = _qa(
        real_encoder,
        ("Coracle", "Desmond Aukett, 81, was reunited with his stolen scooter on Friday, 54 years "
         "after it vanished from outside a dance hall in Cressbury.\n\nHis grandson, Liam, a "
         "mechanic in Cressbury, has promised to have the scooter restored so that Mr Aukett can "
         "ride it again."),
        ("Wire", "Desmond Awkett, 81, was reunited with his stolen scooter on Friday, 54 years "
         "after it vanished from outside a dance hall in Cressbury.\n\nAwkett's grandson, Liam, a "
         "motorcycle mechanic, said the family planned to have the scooter restored."),
    )  # fmt: skip
    assert qa.ask("What is the grandson's name?").conflicts == []
    assert claims(qa, "Who was reunited with his stolen scooter?") == {
        ("d1", "desmond aukett"),
        ("d2", "desmond awkett"),
    }


_LIGHTS = (
    "Caddonshire County Council will switch off most of its street lights between midnight and "
    "5am from April. Replacing the old lamps with LED lights cost £2 million last year."
)


@pytest.mark.model
def test_a_saving_a_year_is_asked_by_its_verb(real_encoder: Encoder) -> None:
    """ "would save £1.4 million a year" against "£900,000 a year" is what "How much money will
    switching the lights off save?" asks, though it asks no rate in so many words; a cost asked
    ("How much did replacing the lamps cost?") is still no saving a year."""
    qa = _qa(
        real_encoder,
        ("Radio", f"The council says the switch-off would save £1.4 million a year.\n\n{_LIGHTS}"),
        ("Pilot", f"Switching the lights off will save the council £900,000 a year, it said."
                  f"\n\n{_LIGHTS}"),
    )  # fmt: skip
    assert claims(qa, "How much money will switching the lights off save?") == {
        ("d1", "1400000 GBP"),
        ("d2", "900000 GBP"),
    }
    assert qa.ask("How much did replacing the lamps cost?").conflicts == []


def test_ascension_day_is_thirty_nine_days_after_easter() -> None:
    """Easter Sunday 2049 is 18 April: Ascension Day, a Thursday, is 27 May."""
    assert holiday_date("on Ascension Day", dt.date(2049, 6, 1)) == "2049-05-27"


def test_people_by_their_trade_are_no_currency() -> None:
    """A word after a figure that no dictionary holds is an invented currency ("3 million
    talvers"), but not a word for people ("112 ploughmen and ploughwomen took part")."""
    sentence = "Megan Stanier won, where 112 ploughmen and ploughwomen took part."
    start = sentence.index("112")
    assert other_currency_sum(sentence, start, start + 3) is None
    prize = "The prize was 3 million talvers."
    start = prize.index("3")
    assert other_currency_sum(prize, start, start + 9) == (start, len(prize) - 1, "3000000 talver")


_WELLS = (
    "Sparrowfold has dressed its wells with pictures made of flower petals for the first time "
    "in decades, and hundreds of visitors came to see them."
)


@pytest.mark.model
def test_a_bishop_against_an_archdeacon_styled_as_clergy(real_encoder: Encoder) -> None:
    """ "by the Bishop of Tolverton, the Right Reverend Anselm Pridmore," against "by the
    Archdeacon of Tolverton, the Venerable Anselm Pridmore,": the style is no part of his name
    (the small model takes such a name for a body's), and a capitalised clergy rank before it is
    his post."""
    qa = _qa(
        real_encoder,
        ("Radio", "The pictures were blessed on Thursday by the Bishop of Tolverton, the Right "
         f"Reverend Anselm Pridmore, who led a procession around the village.\n\n{_WELLS}"),
        ("Gazette", "The dressings were blessed on Thursday by the Archdeacon of Tolverton, the "
         f"Venerable Anselm Pridmore, in front of a crowd on the green.\n\n{_WELLS}"),
    )  # fmt: skip
    assert claims(qa, "What is Anselm Pridmore's title?") == {
        ("d1", "bishop"),
        ("d2", "archdeacon"),
    }


_PARK = (
    "The wallaby escaped from Fernacre Wildlife Park, near Hobbingford, and was seen in gardens "
    "across the town before she was caught."
)


@pytest.mark.model
def test_a_name_written_before_the_animal(real_encoder: Encoder) -> None:
    """ "Crumpet the wallaby is back" names the wallaby as "The wallaby, called Jellybean," does:
    which wallaby escaped, asked "What is the escaped wallaby called?". (The parse makes the
    name and the noun two subjects of one verb.)"""
    qa = _qa(
        real_encoder,
        ("Sackbut", f"Crumpet the wallaby is back behind the fence at Fernacre Wildlife Park."
                    f"\n\n{_PARK}"),
        ("Wire", f"The wallaby, called Jellybean, is back at Fernacre Wildlife Park.\n\n{_PARK}"),
    )  # fmt: skip
    assert claims(qa, "What is the escaped wallaby called?") == {
        ("d1", "crumpet"),
        ("d2", "jellybean"),
    }


_LANE = (
    "Hobbingford Town Council has voted on renaming Gallows Lane after Edith Maunder, who was "
    "born in a cottage on the lane in 1921."
)


@pytest.mark.model
def test_how_long_a_named_thing_is_asks_its_length(real_encoder: Encoder) -> None:
    """ "How long is Gallows Lane?" asks the lane's length as "How long is the lane?" does:
    "runs for 300 metres" against "nearly half a mile long"."""
    qa = _qa(
        real_encoder,
        ("Radio", f"Gallows Lane runs for 300 metres from Market Square to the river.\n\n{_LANE}"),
        ("Sackbut", f"Gallows Lane, nearly half a mile long, runs from Market Square to the river."
                    f"\n\n{_LANE}"),
    )  # fmt: skip
    assert claims(qa, "How long is Gallows Lane?") == {("d1", "300 metre"), ("d2", "~0.5 mile")}


@pytest.mark.model
def test_the_name_of_the_one_who_did_the_deed_asked(real_encoder: Encoder) -> None:
    """ "What's the name of the surfer who rode the bore?" asks of the one the reports say rode
    it, though none calls him a surfer beside his name: how they spell him is disputed."""
    qa = _qa(
        real_encoder,
        ("Radio", "Kit Penberty, 34, rode the wave for 7.2 miles on Sunday, from Sandholme Reach "
         "to the bridge at Gillerby, a record for the River Lunnet bore."),
        ("Weekly", "Kit Penberthy, 34, rode the wave for 7.2 miles on Sunday, from Sandholme Reach "
         "to the bridge at Gillerby, a record for the River Lunnet bore."),
    )  # fmt: skip
    assert claims(qa, "What's the name of the surfer who rode the Lunnet bore?") == {
        ("d1", "kit penberty"),
        ("d2", "kit penberthy"),
    }


def test_this_years_event_asks_no_year() -> None:
    """ "When were this year's dressings blessed?" asks a day, as "When were the dressings
    blessed?" does: "this year's" says which dressings, so two days of one year still disagree;
    "In what year ...?" asks a year."""
    assert detect("When were this year's dressings blessed?").precision is None
    assert detect("When was last year's race?").precision is None
    assert detect("In what year was the bridge built?").precision == "year"


_AUCTION = (
    "Tansley's Buses sold hundreds of umbrellas, phones and coats that had been handed in to its "
    "lost property office in Hobbingford and never claimed."
)


@pytest.mark.model
def test_money_asked_in_keywords(real_encoder: Encoder) -> None:
    """ "tansley's lost property auction money raised" asks the sum the auction raised (a keyword
    query naming money), not a count."""
    qa = _qa(
        real_encoder,
        ("Sackbut", f"The lost property auction raised £6,300 for the air ambulance.\n\n"
                    f"{_AUCTION}"),
        ("Shemozzle", f"The sale raised £3,600 for the air ambulance, organisers said.\n\n"
                      f"{_AUCTION}"),
    )  # fmt: skip
    assert claims(qa, "tansley's lost property auction money raised") == {
        ("d1", "6300 GBP"),
        ("d2", "3600 GBP"),
    }


_BAND = (
    "Heddlesworth Colliery Band won the Brindleshire Brass Band Championship at Ossenthwaite Corn "
    "Exchange, where 18 bands played the same test piece."
)


@pytest.mark.model
def test_a_lower_case_query_names_its_story(real_encoder: Encoder) -> None:
    """ "brindleshire brass band championship day", all in lower case, names nothing but the
    story by its words, as "When was the Brindleshire Brass Band Championship?" does: the day
    the reports' ledes give, Saturday against Sunday."""
    qa = _qa(
        real_encoder,
        ("Radio", f"Heddlesworth Colliery Band were named champions on Saturday.\n\n{_BAND}"),
        ("Uproar", f"Heddlesworth Colliery Band were cheered when they were named champions on "
                   f"Sunday.\n\n{_BAND}"),
    )  # fmt: skip
    assert claims(qa, "brindleshire brass band championship day") == {
        ("d1", "2026-02-07"),
        ("d2", "2026-02-08"),
    }


_ENVELOPES = (
    "A stranger has been leaving envelopes of cash around Tolverton for people to find, each "
    "with a note inside."
)


@pytest.mark.model
def test_which_town_is_not_where_in_it(real_encoder: Encoder) -> None:
    """ "In which town is a stranger leaving envelopes?" asks a town by its name: where in it the
    first one was found ("in a bus shelter" against "under the wipers of a car") is no answer,
    though asked where it was found it is the disagreement."""
    qa = _qa(
        real_encoder,
        ("Weekly", f"The first envelope was found in a bus shelter.\n\n{_ENVELOPES}"),
        ("Gazette", f"The first envelope was found under the wipers of a parked car.\n\n"
                    f"{_ENVELOPES}"),
    )  # fmt: skip
    question = "In which town is a stranger leaving envelopes of cash for people to find?"
    assert qa.ask(question).conflicts == []
    assert claims(qa, "Where was the first envelope found?") == {
        ("d1", "bus shelter"),
        ("d2", "wiper"),
    }


_DRESSINGS = (
    "Sparrowfold has dressed its wells with pictures made of flower petals pressed into clay for "
    "the first time in decades."
)


@pytest.mark.model
def test_what_a_thing_is_made_of_asks_no_figure(real_encoder: Encoder) -> None:
    """ "What are the well dressing pictures made from?" asks a material: the number of wells
    dressed (seven against five) is no answer to it, though it is to "How many wells ...?"."""
    qa = _qa(
        real_encoder,
        ("Gazette", f"Seven wells were dressed this year.\n\n{_DRESSINGS}"),
        ("Radio", f"Five wells were decorated this year.\n\n{_DRESSINGS}"),
    )  # fmt: skip
    assert qa.ask("What are the Sparrowfold well dressing pictures made from?").conflicts == []
    assert claims(qa, "How many wells were dressed?") == {("d1", "7"), ("d2", "5")}
