"""How reports date and measure the one event they lead with, found through the dev halves of
anemometer, almanac and compass: a feature's first sentence dates the event in its own words, a
lede telling a state ("is the county's spelling champion after a final ...") or a length ("after
more than three hours of spelling") names no earlier event its news came after, a date "until
late on Wednesday" ends a span and dates no event, a question asking when something was held
asks no year it "has been held since", and a dispute and an argument are one quarrel.

Each model test writes short reports of one story and checks what the disagreement table holds
or which disagreement a question names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims, dated_assistant_of, disputed_values

_WON = "Elsie Foxcroft won the final on Saturday by spelling chrysanthemum correctly."


@pytest.mark.model
def test_a_features_lede_and_a_state_after_a_final_date_the_one_final(
    real_encoder: Encoder,
) -> None:
    """A feature dates the final by the silence that fell over the hall; a report leading
    "after more than three hours of spelling" and one leading with who "is" champion "after a
    final" date that final further down. "When was the final held?" asks its day, not that the
    competition "has been held every spring since 2009"."""
    qa = _qa(
        real_encoder,
        ("Radio", "A ten-year-old from Skelcombe has won the Tullingshire Schools Spelling Bee, "
         f"after more than three hours of spelling at the Drewsbury Guildhall.\n\n{_WON}"),
        ("Informer", "A ten-year-old girl is Tullingshire's spelling champion after a final of "
         "forty-two children that lasted more than three hours.\n\nElsie Foxcroft took the "
         "Tullingshire Schools Spelling Bee title at the Drewsbury Guildhall on Saturday 7 "
         "February."),
        ("Weekly", "There is a particular silence that falls over a hall when a child is spelling "
         "a long word, and on February 6 it fell over the Drewsbury Guildhall for the last time "
         "that evening.\n\nWith that Elsie Foxcroft won the Tullingshire Schools Spelling Bee, a "
         "competition that has been held every spring since 2009."),
    )  # fmt: skip
    question = "When was the final of the Tullingshire Schools Spelling Bee held?"
    assert claims(qa, question) == {
        ("d1", "2026-02-07"),
        ("d2", "--02-07"),
        ("d3", "--02-06"),
    }


@pytest.mark.model
def test_the_end_of_a_span_in_a_lede_dates_no_event(real_encoder: Encoder) -> None:
    """ "from that moment until late on Wednesday the whole town seemed to hold its breath" ends
    a wait; it is no account of the day a later report's rescued miners "were at home" on (a
    lede telling a state "after a rescue": the rescue is its event, not news it came after)."""
    qa = dated_assistant_of(
        real_encoder,
        ("Highlander", dt.date(2027, 4, 22), "The water broke into the lower gallery of the "
         "Holmgarth mine early on the morning of last Tuesday, and from that moment until late "
         "on Wednesday the whole of Dunmarrow seemed to hold its breath."),
        ("Courier", dt.date(2027, 4, 23), "Fourteen miners who were trapped by floodwater in the "
         "Holmgarth zinc mine earlier this week were all at home with their families on "
         "Thursday, after a rescue that the Prime Minister called a credit to the country."),
    )  # fmt: skip
    assert disputed_values(qa, "date") == []


_HEDGE = (
    "Clifford Swaffield's leylandii hedge on Vicarage Lane, Hobwick, was cut down by tree "
    "surgeons on Saturday after his neighbour, Bronwen Culshaw, complained to the council."
)


@pytest.mark.model
def test_a_dispute_and_an_argument_are_one_quarrel(real_encoder: Encoder) -> None:
    """ "an eleven-year dispute between neighbours" and "had been arguing about it for seven
    years" are two lengths of one quarrel, in the table whichever question asks."""
    qa = _qa(
        real_encoder,
        ("Radio", "A leylandii hedge 14 metres high at the centre of an eleven-year dispute "
         "between neighbours in Hobwick has been cut down on the orders of the council."
         f"\n\n{_HEDGE}"),
        ("Weekly", f"{_HEDGE}\n\nMr Swaffield planted it in 2004.\n\nThe two neighbours had been "
         "arguing about it for seven years."),
    )  # fmt: skip
    assert disputed_values(qa, "duration") == [{("d1", "11 year"), ("d2", "7 year")}]
