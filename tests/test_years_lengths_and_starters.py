"""The year a state began, a ride's length, who started something and the day of a lift, read
from tiny reports.

Each test writes two short reports of one story as outlets word it (found through the blind
corpora octant's and sundial's dev halves) and checks what the disagreement table holds, or
which disagreement a question names.
"""

from __future__ import annotations

import pytest

from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims, disputed_values, table_of


@pytest.mark.model
def test_the_year_a_state_began_is_asked_as_how_long(real_encoder: Encoder) -> None:
    """ "The route has run since 1958" and "The 47 has run up the valley since 1964" give two
    years the route began, which "How long has it been running?" asks as much as "When did it
    start?". A question about someone else's time in charge is no such year."""
    qa = _qa(
        real_encoder,
        (
            "Tidings",
            "Councillors voted to keep the 47 bus from Kittiwick. The route has run since 1958, "
            "when it replaced the old branch railway.",
        ),
        (
            "Perigee",
            "Councillors voted to keep the 47 bus from Kittiwick. The 47 has run up the valley "
            "since 1964.",
        ),
    )
    both = {("d1", "1958"), ("d2", "1964")}
    assert disputed_values(qa, "date") == [both]
    assert [c.about for c in qa.disagreements()] == ["the year it began"]
    assert claims(qa, "How long has the 47 bus been running?") == both
    assert claims(qa, "When did the 47 bus route start?") == both
    assert qa.ask("How long has the council leader been in charge?").conflicts == []


@pytest.mark.model
def test_a_count_since_a_year_is_no_year_a_state_began(real_encoder: Encoder) -> None:
    """ "Five swimmers have drowned in the quarry lake since 1988" counts deaths over a time
    each report chooses; "since 1995" in another is no other year of something that began."""
    lede = "A swimmer drowned at Skelder Quarry on Sunday. "
    qa = _qa(
        real_encoder,
        ("Tidings", lede + "Five swimmers have drowned in the quarry lake since 1988."),
        ("Perigee", lede + "Three swimmers have drowned in the quarry lake since 1995."),
    )
    assert disputed_values(qa, "date") == []


@pytest.mark.model
def test_a_participle_tells_the_length_of_its_deed(real_encoder: Encoder) -> None:
    """ "rode the wave for 7.2 miles, staying on his board for 70 minutes" tells how long the
    ride lasted as much as the stay: it joins "He rode it for 70 minutes" to the stay of "41
    minutes" another report gives."""
    lede = "A surfer rode a tidal bore up the River Lunnet to Gillerby on Sunday. "
    qa = _qa(
        real_encoder,
        ("Redshank", lede + "Kit Penberthy stayed on his board for 41 minutes."),
        (
            "Lunnetside",
            lede + "Kit Penberthy rode the wave for 7.2 miles, staying on his board for 70 "
            "minutes.",
        ),
        ("Perigee", lede + "Kit Penberthy was waiting for it. He rode it for 70 minutes."),
    )
    assert disputed_values(qa, "duration") == [
        {("d1", "41 minute"), ("d2", "70 minute"), ("d3", "70 minute")}
    ]


@pytest.mark.model
def test_who_started_a_petition_is_no_cause(real_encoder: Encoder) -> None:
    """ "A petition started by Imogen Tate" and "It was started by Hayley Brigg" name who began
    the petition, which "Who started the petition?" asks; neither is a cause of anything."""
    qa = _qa(
        real_encoder,
        (
            "Recorder",
            "Families are upset after fairy doors were taken down in Hobcroft Wood. A petition "
            "started by Imogen Tate, a childminder, has gathered 2,600 signatures.",
        ),
        (
            "Lunnetside",
            "Families are upset after fairy doors were taken down in Hobcroft Wood. A petition "
            "calling for the doors to be put back has been signed by 2,600 people. It was "
            "started by Hayley Brigg, a mother of two.",
        ),
    )
    both = {("d1", "imogen tate"), ("d2", "hayley brigg")}
    assert disputed_values(qa, "agent") == [both]
    assert [f.value for f in table_of(qa).facts if f.kind == "cause"] == []
    assert claims(qa, "Who started the petition to bring back the fairy doors?") == both


@pytest.mark.model
def test_which_day_asks_no_month_and_year(real_encoder: Encoder) -> None:
    """ "On which day was the bomber lifted?" is not answered by the month and year it sank in,
    which the reports give two ways ("in January 1943", "in February 1944")."""
    qa = _qa(
        real_encoder,
        (
            "Skua",
            "The Wellington bomber made an emergency landing on Gorse Tarn in January 1943. It "
            "was lifted from the tarn on Saturday by the Esterdale Aviation Heritage Group.",
        ),
        (
            "Hebbleside",
            "The Wellington bomber made a forced landing on Gorse Tarn in February 1944. It "
            "was lifted from the tarn on Saturday by the Esterdale Aviation Heritage Group.",
        ),
    )
    assert claims(qa, "When did the bomber land on Gorse Tarn?") == {
        ("d1", "1943-01"),
        ("d2", "1944-02"),
    }
    assert qa.ask("On which day was the bomber lifted out of Gorse Tarn?").conflicts == []
