"""Constructions of local news found through the dev half of barograph: a weekday that comes
round, a count in words the model took for a name or missed after a dateline, what a farm
keeps beside how many escaped, two kinds of place, a mistake "rumbled" by someone, and the
year a thing was built when the reports give it; prize money asked with a title, and a
contest's day asked by its name alone.

"played every Sunday until 2040" beside "a service of rededication on Sunday"; "Twelve
alpacas escaped" (a PRODUCT to the small model) and "FOTHERCOTE, England, March 18 (Dotterel
Wire) - A dozen alpacas escaped"; "The farm keeps 40 alpacas"; "found on the playing field"
against "found in the car park"; "The mistake was rumbled by a cornet player"; "When was the
organ built?" of "The organ was built in 1884" against "in 1878". Each model test writes short
reports of one story and checks what the disagreement table holds or which disagreement a
question names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims, dated_assistant_of, disputed_values

_ORGAN = "The organ at St Cuthman's Church in Ibbotsfield was restored by Hartigan and Lowe."


@pytest.mark.model
def test_a_weekday_that_comes_round_dates_nothing(real_encoder: Encoder) -> None:
    """ "played every Sunday until 2040", in a weekly published on a Saturday, is no Sunday of
    its week: the service on Sunday 5 July that both reports date is one day, not two."""
    qa = dated_assistant_of(
        real_encoder,
        ("Weekly", dt.date(2043, 7, 18), f"{_ORGAN} Built in 1884, it played every Sunday until "
         "2040. On Sunday 5 July, it was played at a service of rededication."),
        ("Wire", dt.date(2043, 7, 7), f"{_ORGAN} It was played at a service of rededication on "
         "Sunday."),
    )  # fmt: skip
    assert disputed_values(qa, "date") == []
    assert qa.ask("What day was the Ibbotsfield organ rededicated?").conflicts == []


@pytest.mark.model
def test_counts_in_words_the_model_misreads_and_what_a_farm_keeps(real_encoder: Encoder) -> None:
    """ "A dozen alpacas escaped" after a dateline (no entity to the small model) and "Twelve
    alpacas escaped" (a PRODUCT) count the alpacas as "Nine alpacas which escaped" does; "The
    farm keeps 40 alpacas" is how many it has, no count of the escape."""
    nine = (
        "Nine alpacas which escaped from Brambletop Alpacas near Fothercote on Tuesday have "
        "been rounded up. The farm keeps 40 alpacas and offers walks."
    )
    qa = _qa(
        real_encoder,
        ("Wire", "FOTHERCOTE, England, March 18 (Dotterel Wire) - A dozen alpacas escaped from "
         "Brambletop Alpacas near Fothercote on Tuesday, their owner said."),
        ("Radio", nine),
        ("Post", "Twelve alpacas escaped from Brambletop Alpacas near Fothercote on Tuesday."),
    )  # fmt: skip
    assert claims(qa, "How many alpacas escaped from Brambletop Alpacas?") == {
        ("d1", "12"),
        ("d2", "9"),
        ("d3", "12"),
    }


@pytest.mark.model
def test_a_field_against_a_car_park_and_a_mistake_rumbled(real_encoder: Encoder) -> None:
    """ "found on the playing field of Fothercote Primary School" and "found grazing in the car
    park of a village pub" are two places, though a field could be anywhere in a town;
    "rumbled by" a player is who found the mistake, as "spotted by" the secretary is."""
    escaped = "Nine alpacas escaped from Brambletop Alpacas near Fothercote on Tuesday"
    qa = _qa(
        real_encoder,
        ("Radio", f"{escaped}. The nine alpacas were found on the playing field of Fothercote "
         "Primary School. The mistake in the feed order was spotted by Wendy Harbottle."),
        ("Wire", f"{escaped} and were found grazing in the car park of a village pub, their "
         "owner said. The mistake in the feed order was rumbled by Ollie Swindlehurst."),
    )  # fmt: skip
    assert disputed_values(qa, "place") == [
        {("d1", "playing field of fothercote primary school"), ("d2", "car park")}
    ]
    assert claims(qa, "Who found the mistake in the feed order?") == {
        ("d1", "wendy harbottle"),
        ("d2", "ollie swindlehurst"),
    }


@pytest.mark.model
def test_the_year_a_thing_was_built_when_the_reports_disagree_on_it(
    real_encoder: Encoder,
) -> None:
    """ "When was the organ built?" asks background the table seldom holds; here both reports
    give the year, and disagree."""
    qa = _qa(
        real_encoder,
        ("Radio", f"{_ORGAN} The organ was built in 1884 by Royds and Sons."),
        ("Wire", f"{_ORGAN} The organ was built in 1878 by Royds and Sons, a local firm."),
    )
    assert claims(qa, "When was the organ at St Cuthman's Church built?") == {
        ("d1", "1884"),
        ("d2", "1878"),
    }


@pytest.mark.model
def test_prize_money_asked_with_a_title_and_a_contest_day_by_its_ledes(
    real_encoder: Encoder,
) -> None:
    """ "How much prize money comes with the title?" asks a sum, not anyone's title, and "a
    prize of £2,000" against "a £1,200 cheque" is the prize money, no one's salary; "On what day
    was the Brindleshire Brass Band Championship held?" asks the day the ledes give, not that of
    a meeting told later, which reads as close."""
    qa = _qa(
        real_encoder,
        ("Radio", "Heddlesworth Colliery Band were named champions at the end of the "
         "Brindleshire Brass Band Championship at Ossenthwaite Corn Exchange on Saturday. The "
         "winners take home the Ferrers Shield and a prize of £2,000. After a meeting on "
         "Tuesday night, the committee decided that the two bands will share the title."),
        ("Uproar", "Heddlesworth Colliery Band were cheered when they were named champions of "
         "the Brindleshire Brass Band Championship at Ossenthwaite Corn Exchange on Sunday. "
         "Sandwyke have now been handed the trophy, along with a £1,200 cheque."),
    )  # fmt: skip
    answer = qa.ask("How much prize money comes with the title?")
    assert [c.about for c in answer.conflicts] == ["the prize money"]
    assert claims(qa, "How much prize money comes with the title?") == {
        ("d1", "2000 GBP"),
        ("d2", "1200 GBP"),
    }
    day = claims(qa, "On what day was the Brindleshire Brass Band Championship held?")
    assert {doc for doc, _ in day} == {"d1", "d2"}
    assert len({value for _, value in day}) == 2


@pytest.mark.model
def test_an_organiser_takes_no_side_between_a_chairwoman_and_a_mayor(
    real_encoder: Encoder,
) -> None:
    """ "the organiser, Bev Pinchbeck" is what she was at the sandcastle, which the chairwoman
    of the Chamber of Trade and the mayor may both be: it must not join the two posts into an
    agreement."""
    built = "The sandcastle on South Beach was finished on Saturday."
    qa = _qa(
        real_encoder,
        ("Semaphore", f"{built} That made it a new British record, said the organiser, Bev "
         "Pinchbeck."),
        ("Uproar", f"{built} Organiser Bev Pinchbeck, chairwoman of the Sandwyke Chamber of "
         "Trade, said they had been called mad."),
        ("Wire", f"{built} It took nine hours to build, said Bev Pinchbeck, the mayor of "
         "Sandwyke, who organised the attempt."),
    )  # fmt: skip
    assert claims(qa, "What is Bev Pinchbeck's position in the town?") == {
        ("d2", "chairwoman"),
        ("d3", "mayor"),
    }


@pytest.mark.model
def test_a_build_year_question_asks_no_other_date(real_encoder: Encoder) -> None:
    """ "When was the swing bridge built?" of reports that date its building once and disagree
    on the day it reopened asks the building, not the reopening."""
    qa = _qa(
        real_encoder,
        ("Wire", "The Orrick Haven swing bridge reopened on Tuesday after a refurbishment. The "
         "bridge was built in 1902."),
        ("Radio", "The Orrick Haven swing bridge reopened on Monday after a refurbishment."),
    )  # fmt: skip
    assert qa.ask("When was the Orrick Haven swing bridge built?").conflicts == []
    assert qa.ask("When did the Orrick Haven swing bridge reopen?").conflicts != []
