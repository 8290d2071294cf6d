"""Disagreements of auctions, cut-off supplies, petitions and measures, read from tiny reports.

Each test writes two short reports of one story as outlets word it (found through the blind
corpus octant's dev half) and checks what the disagreement table holds, whichever question
later asks for it.
"""

from __future__ import annotations

import pytest

from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims as _claims
from tests.tiny_corpora import disputed_values


@pytest.mark.model
def test_how_long_a_town_went_without_water(real_encoder: Encoder) -> None:
    """ "were left without water for 30 hours" and "went without running water for 18 hours"
    are one time without supply, whoever each report says went without it."""
    qa = _qa(
        real_encoder,
        (
            "Squawk",
            "Families in Pellbridge were left without water for 30 hours after a main burst "
            "under Cole Street on Sunday.",
        ),
        (
            "Dunmorrow TV",
            "A main burst under Cole Street in Pellbridge on Sunday. The town went without "
            "running water for 18 hours.",
        ),
    )
    assert disputed_values(qa, "duration") == [{("d1", "30 hour"), ("d2", "18 hour")}]
    assert [c.about for c in qa.disagreements()] == ["the time without supply"]


@pytest.mark.model
def test_under_the_hammer_is_the_sale(real_encoder: Encoder) -> None:
    """ "went under the hammer on Wednesday" and "was sold" on April 18 date one auction, and
    "The hammer fell at £790,000" is the price another report says it sold for."""
    qa = _qa(
        real_encoder,
        (
            "Squawk",
            "Corran Point Lighthouse went under the hammer on Wednesday at a saleroom in "
            "Kelby. It sold for £715,000.",
        ),
        (
            "Dunmorrow TV",
            "On April 18, at a saleroom in Kelby, Corran Point Lighthouse was sold. The hammer "
            "fell at £790,000.",
        ),
    )
    assert disputed_values(qa, "date") == [{("d1", "2026-02-11"), ("d2", "--04-18")}]
    assert disputed_values(qa, "amount") == [{("d1", "715000 GBP"), ("d2", "790000 GBP")}]


@pytest.mark.model
def test_a_date_with_a_when_clause_of_a_light_verb(real_encoder: Encoder) -> None:
    """ "February 1944, when it made a forced landing" dates the landing another report dates
    "made an emergency landing ... in January 1943": a light verb's object is the event."""
    qa = _qa(
        real_encoder,
        (
            "Squawk",
            "The Wellington bomber made an emergency landing on Gorse Water in January 1943, "
            "and its crew walked to Garthby.",
        ),
        (
            "Dunmorrow TV",
            "The wreck of the Wellington was lifted from Gorse Water on Saturday. It had lain "
            "there since February 1944, when it made a forced landing on the frozen water.",
        ),
    )
    assert disputed_values(qa, "date") == [{("d1", "1943-01"), ("d2", "1944-02")}]


@pytest.mark.model
def test_a_petition_signed_by_people_counts_its_signatures(real_encoder: Encoder) -> None:
    """ "was signed by more than 8,000 people" counts the signatures "gathered 5,200
    signatures" counts: who signed, told by the passive's agent."""
    qa = _qa(
        real_encoder,
        (
            "Squawk",
            "A petition to keep the Castagna family at the Pellbridge kiosk was signed by more "
            "than 8,000 people.",
        ),
        (
            "Dunmorrow TV",
            "A petition to keep the Castagna family at the Pellbridge kiosk gathered 5,200 "
            "signatures.",
        ),
    )
    assert disputed_values(qa, "count") == [{("d1", ">8000"), ("d2", "5200")}]
    assert [c.about for c in qa.disagreements()] == ["the signatures"]


@pytest.mark.model
def test_a_number_in_capitals_counts_its_noun(real_encoder: Encoder) -> None:
    """ "setting FOUR beavers free", a QUANTITY to the small model, counts beavers."""
    qa = _qa(
        real_encoder,
        (
            "Squawk",
            "A schoolgirl has made history by setting FOUR beavers free at Blaxby Carr on "
            "Saturday.",
        ),
        ("Dunmorrow TV", "Five beavers were set free at Blaxby Carr on Saturday."),
    )
    assert disputed_values(qa, "count") == [{("d1", "4"), ("d2", "5")}]


@pytest.mark.model
def test_a_depth_in_inches(real_encoder: Encoder) -> None:
    """ "eight inches deep" is a depth in inches, not a count of eight."""
    qa = _qa(
        real_encoder,
        ("Squawk", "The pothole on Cowslip Lane in Trewby is eight inches deep."),
        (
            "Dunmorrow TV",
            "The pothole on Cowslip Lane in Trewby, five inches deep, has burst tyres.",
        ),
    )
    assert disputed_values(qa, "measure") == [{("d1", "8 inch"), ("d2", "5 inch")}]
    assert [c.about for c in qa.disagreements()] == ["the depth"]


@pytest.mark.model
def test_which_has_owned_it_names_the_owner(real_encoder: Encoder) -> None:
    """ "Seacrest Leisure, which has owned Holmsea Pier since 2009" names the owner, as "is
    owned by" does."""
    qa = _qa(
        real_encoder,
        (
            "Squawk",
            "Seacrest Leisure, which has owned Holmsea Pier since 2009, said the pavilion would "
            "be rebuilt.",
        ),
        (
            "Dunmorrow TV",
            "Holmsea Pier is owned by Brackenridge Amusements, which said the pavilion would be "
            "rebuilt.",
        ),
    )
    assert disputed_values(qa, "agent") == [
        {("d1", "seacrest leisure"), ("d2", "brackenridge amusements")}
    ]
    assert [c.about for c in qa.disagreements()] == ["the owner"]


_KIOSK_REPORTS = (
    (
        "Squawk",
        "Holmsea Town Council voted by six votes to five to give a new ten-year lease on the "
        "seafront kiosk to Scoopworks, which offered £36,000 a year in rent.",
    ),
    (
        "Dunmorrow TV",
        "Holmsea Town Council voted by seven votes to four to give the seafront kiosk's new "
        "ten-year lease to Frostfield Ices.",
    ),
)


@pytest.mark.model
def test_who_was_given_the_lease(real_encoder: Encoder) -> None:
    """ "to give a new ten-year lease on the kiosk to Scoopworks": the "to" of a verb of
    granting a lease or a contract is who was given it."""
    qa = _qa(real_encoder, *_KIOSK_REPORTS)
    assert disputed_values(qa, "agent") == [{("d1", "scoopworks"), ("d2", "frostfield ices")}]
    assert "who was given the lease" in [c.about for c in qa.disagreements()]


@pytest.mark.model
def test_a_sum_asked_is_no_count_of_votes(real_encoder: Encoder) -> None:
    """ "How much rent did the winning bidder offer?" asks a sum, which one report gives
    ("offered £36,000 a year"): not the disputed count of votes ("six votes to five")."""
    qa = _qa(real_encoder, *_KIOSK_REPORTS)
    assert "the number" in [c.about for c in qa.disagreements()]
    answer = qa.ask("How much rent did the winning bidder offer for the seafront kiosk?")
    assert answer.conflicts == []


@pytest.mark.model
def test_how_high_asks_the_height_not_a_distance(real_encoder: Encoder) -> None:
    """ "how high is Gannet Ness Lighthouse" asks the height the reports dispute, not the
    "three miles north of Holmsea" it stands, which no dimension names."""
    qa = _qa(
        real_encoder,
        (
            "Squawk",
            "Gannet Ness Lighthouse, which stands on a headland three miles north of Holmsea, "
            "was sold on Wednesday. The tower stands 31 metres high.",
        ),
        (
            "Dunmorrow TV",
            "Gannet Ness Lighthouse near Holmsea was sold on Wednesday. The tower is 27 metres "
            "tall.",
        ),
    )
    assert _claims(qa, "how high is gannet ness lighthouse") == {
        ("d1", "31 metre"),
        ("d2", "27 metre"),
    }


@pytest.mark.model
def test_households_are_homes(real_encoder: Encoder) -> None:
    """ "left about 4,000 homes without running water" and "cut off ... 6,500 households" count
    the same homes."""
    qa = _qa(
        real_encoder,
        (
            "Squawk",
            "A burst main in Drayburn left about 4,000 homes without running water on Sunday.",
        ),
        (
            "Dunmorrow TV",
            "A burst main in Drayburn cut off the water supply to 6,500 households on Sunday.",
        ),
    )
    assert disputed_values(qa, "count") == [{("d1", "~4000"), ("d2", "6500")}]


@pytest.mark.model
def test_their_after_a_plural_noun_of_the_question_is_its_own(real_encoder: Encoder) -> None:
    """ "How many homes lost their supply?" after an answer about two schools: "their" is the
    homes', not the schools' the answer told of."""
    qa = _qa(
        real_encoder,
        (
            "Squawk",
            "A burst main in Drayburn left about 4,000 homes without running water on Sunday. "
            "Two primary schools in the town closed.",
        ),
        (
            "Dunmorrow TV",
            "A burst main in Drayburn cut off the water supply to 6,500 homes on Sunday.",
        ),
    )
    history = [
        {"role": "user", "content": "What closed in Drayburn?"},
        {"role": "assistant", "content": "Two primary schools in the town closed. [1]"},
    ]
    answer = qa.ask("How many homes lost their supply?", history=history)
    assert answer.rewritten_question is None
    [conflict] = answer.conflicts
    assert {(c.doc_id, c.normalized) for c in conflict.claims} == {("d1", "~4000"), ("d2", "6500")}


@pytest.mark.model
def test_a_sum_asked_by_keywords(real_encoder: Encoder) -> None:
    """ "sea pink rowers charity total raised" asks the sum raised, not "The four" who raised
    it (a count of the rowers, told in the same sentence)."""
    lede = "Four women from Kittiwick have rowed the Atlantic in the Sea Pink. "
    qa = _qa(
        real_encoder,
        ("Tidings", lede + "The four have raised £48,000 for Kittiwick lifeboat station."),
        ("Perigee", lede + "The four have raised £48,000 for the lifeboat station."),
        ("Lunnetside", lede + "The women have raised £62,000 for Kittiwick lifeboat station."),
    )
    assert _claims(qa, "sea pink rowers charity total raised") == {
        ("d1", "48000 GBP"),
        ("d2", "48000 GBP"),
        ("d3", "62000 GBP"),
    }
