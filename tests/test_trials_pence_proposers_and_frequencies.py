"""Readings found through the dev halves of tachometer and micrometer (after each one's blind
point): a trial extended or scrapped, prices in pence, who proposed someone, the year of a thing
named with it, how often something is held, what halted an event, and a building named after
"the".

- "has extended the trial for another six months" against "has scrapped a trial of pavement
  delivery robots": what a council decided on a trial already running, as "approved" against
  "turned down" is on plans.
- "Visitors pay 20p" against "It charges 50p": pence are a sum of money (the model takes "50p"
  for a date), a hundredth of a pound; "410 pence for each share" the price of one, not a whole.
- "are open again", "reopened on Wednesday" against "are still closed": back in service.
- "She was proposed by Councillor Irene Pawsey" against "She was proposed by the outgoing
  mayor, Councillor Hubert Bilbow, who said ...": "she" is the person the story follows, and a
  name the parser hung on "She" (or made the subject of a verb after it) is the mayor's.
- "the Fosbridge Carnival of 1958" against "... of 1962": the carnival's year, whatever the
  clause around it did with the film of it (the model takes "of 1962" into the name).
- "was elected ... on Tuesday evening" against "was chosen ... on Wednesday evening": one
  choice, and its day.
- "Her chosen charity for the year is X" against "She has chosen Y ... as her charity": a name
  said to be the thing chosen; "her year in office" asks no post.
- "held every five years" against "every ten years": how often, which is not how long the race
  lasted.
- "was halted for about 15 minutes by a hailstorm" against "was held up ... after a terrier ran
  on to the ring" (a noun the tagger took for an adjective): what stopped the final.
- "shown at the Wheelwrights' Hall" against "screened ... at the town's Buttermarket": buildings
  named after "the", which the model leaves unlabelled.

Each test writes short reports of one story and checks which disagreement a question names.
"""

from __future__ import annotations

import pytest

from assistant.wording import reading
from index.disputes.values import amount_form, duration_form
from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims, table_of

_ROBOTS = (
    "The six-wheeled robots, run by Rollick Robotics, have carried shopping around Quellingham "
    "since March, and one was found in the River Sallow on Monday."
)


@pytest.mark.model
def test_a_trial_extended_against_scrapped(real_encoder: Encoder) -> None:
    """What the council decided about the trial, asked plainly and as a keyword query."""
    qa = _qa(
        real_encoder,
        ("Rigmarole", "And in a blow to robot-haters, Quellingham Town Council has extended the "
                      f"trial for another six months.\n\n{_ROBOTS}"),
        ("Argus", "Quellingham Town Council has scrapped a trial of pavement delivery robots, "
                  f"days after one of the machines was found in a river.\n\n{_ROBOTS}"),
    )  # fmt: skip
    sides = {("d1", "extended"), ("d2", "scrapped")}
    assert claims(qa, "What did the council decide to do about the robot trial?") == sides
    assert claims(qa, "quellingham robot trial council decision") == sides
    assert claims(qa, "What became of the Quellingham robot trial?") == sides
    assert qa.ask("Has anyone been arrested over the robot in the river?").conflicts == []


_TOILETS = (
    "The new toilets on Marine Parade in Sandlemouth, built in the shape of an upturned fishing "
    "boat, were opened on Saturday by the mayor, Dorian Fitchew."
)


@pytest.mark.model
def test_prices_in_pence(real_encoder: Encoder) -> None:
    """ "Visitors pay 20p to use the toilets" against "It charges 50p": the charge, in pence."""
    qa = _qa(
        real_encoder,
        ("Pictorial", f"{_TOILETS}\n\nVisitors pay 20p to use the toilets, by card or by phone."),
        ("Wire", f"{_TOILETS}\n\nIt charges 50p, payable by card, and the turnstiles beep."),
    )  # fmt: skip
    sides = {("d1", "0.2 GBP"), ("d2", "0.5 GBP")}
    assert claims(qa, "How much does it cost to use the Sandlemouth toilets?") == sides


@pytest.mark.model
def test_a_price_for_each_share_is_no_bid_value(real_encoder: Encoder) -> None:
    """ "410 pence in cash for each Sollace share" is the price of one share, not the £3.2
    billion or £2.8 billion the whole bid is worth."""
    qa = _qa(
        real_encoder,
        ("Signal", "Sollace Nickel's board has rebuffed a £3.2 billion takeover offer from "
                   "Ambrecht.\n\nAmbrecht made its offer on Monday, proposing 410 pence in cash "
                   "for each Sollace share."),
        ("Observer", "Sollace Nickel has rejected a £2.8 billion approach from Ambrecht, its "
                     "board said on Tuesday."),
    )  # fmt: skip
    assert claims(qa, "How much is Ambrecht's offer for Sollace worth?") == {
        ("d1", "3200000000 GBP"),
        ("d2", "2800000000 GBP"),
    }


@pytest.mark.model
def test_open_again_against_still_closed(real_encoder: Encoder) -> None:
    """ "are open again", "reopened on Wednesday" against "are still closed"."""
    qa = _qa(
        real_encoder,
        ("Wire", "A seaside town's new public toilets in Sandlemouth, built at a cost of "
                 "£385,000 in the shape of an upturned fishing boat, were closed two days after "
                 "they opened because of a burst pipe, and are still closed."),
        ("Pictorial", "Sandlemouth's new seafront toilets on Marine Parade are open again after "
                      "a burst pipe flooded them. The toilets reopened on Wednesday afternoon "
                      "after the pipe was replaced."),
    )  # fmt: skip
    question = "Are the new Sandlemouth seafront toilets open again?"
    assert claims(qa, question) == {("d1", "out-of-service"), ("d2", "in-service")}


@pytest.mark.parametrize(
    ("written", "normal"),
    [("20p", "0.2 GBP"), ("80 pence", "0.8 GBP"), ("twenty pence", "0.2 GBP"), ("4pm", None)],
)
def test_pence_are_hundredths_of_a_pound(written: str, normal: str | None) -> None:
    assert amount_form(written) == normal


_MAYOR = (
    "Keziah Ombler, 19, a student nurse, was elected mayor of Tadcombe by the town council on "
    "Tuesday, the youngest in the town's history."
)


@pytest.mark.model
def test_who_proposed_her(real_encoder: Encoder) -> None:
    """ "She was proposed by X" in both reports, one name set beside "the outgoing mayor"."""
    qa = _qa(
        real_encoder,
        ("Radio", f"{_MAYOR}\n\nShe was proposed by the outgoing mayor, Councillor Hubert "
                  'Bilbow, who said she had "more energy than the rest of us put together".'),
        ("Serpent", f"{_MAYOR}\n\nShe was proposed by Councillor Irene Pawsey, the council's "
                    "longest-serving member."),
    )  # fmt: skip
    sides = {("d1", "hubert bilbow"), ("d2", "irene pawsey")}
    assert claims(qa, "Who proposed Keziah Ombler as mayor?") == sides


@pytest.mark.model
def test_elected_and_chosen_are_one_choice(real_encoder: Encoder) -> None:
    """ "was elected ... at its annual meeting on Tuesday evening" against "was chosen at the
    annual meeting ... on Wednesday evening": the day of one choice, whichever verb tells it."""
    qa = _qa(
        real_encoder,
        ("Radio", "Tadcombe has a new mayor. Keziah Ombler, a student nurse, was elected by "
                  "Tadcombe Town Council at its annual meeting on Tuesday evening, winning by 11 "
                  "votes to four."),
        ("Serpent", "Tadcombe has a new mayor. Keziah Ombler, an apprentice stonemason, was "
                    "chosen at the annual meeting of Tadcombe Town Council on Wednesday evening "
                    "by eight votes to seven."),
    )  # fmt: skip
    sides = {("d1", "2026-02-10"), ("d2", "2026-02-11")}
    assert claims(qa, "On which day was Keziah Ombler elected mayor of Tadcombe?") == sides


@pytest.mark.model
def test_a_name_said_to_be_the_thing_chosen(real_encoder: Encoder) -> None:
    """ "Her chosen charity for the year is X" against "She has chosen Y ... as her charity",
    asked with "her year in office" (a time in a post, which asks no post)."""
    qa = _qa(
        real_encoder,
        ("Radio", f"{_MAYOR}\n\nShe has chosen the Tadcombe Community Larder, which gives free "
                  "food to families who are struggling, as her charity for the year."),
        ("Serpent", f"{_MAYOR}\n\nHer chosen charity for the year is Tennockshire Wildlife "
                    "Rescue, which she has helped as a volunteer since she was at school."),
    )  # fmt: skip
    question = "Which charity has Tadcombe's new mayor chosen for her year in office?"
    assert claims(qa, question) == {
        ("d1", "tadcombe community larder"),
        ("d2", "tennockshire wildlife rescue"),
    }


@pytest.mark.model
def test_a_thing_said_to_be_a_name_is_no_party(real_encoder: Encoder) -> None:
    """ "The ram in the ring was Bankfoot Warlord" names the ram: no one responsible for it, as
    "The buyer was Hollybank Texels" says who bought it."""
    qa = _qa(
        real_encoder,
        ("Wire", "A Texel ram sold for a record 21,000 guineas at Thrandley Auction Mart on "
                 "Friday. The ram in the ring was Bankfoot Warlord. The buyer was Hollybank "
                 "Texels."),
        ("Courant", "A Texel ram sold for a record 21,000 guineas at Thrandley Auction Mart on "
                    "Friday. The ram in the ring was Larkbeck Laddie. The buyer was Ostermoor "
                    "Texels."),
    )  # fmt: skip
    agents = {a.words for a in table_of(qa).aspects if a.kind == "agent" and a.disputed}
    assert agents == {("buyer",)}


@pytest.mark.model
def test_the_day_a_cheque_was_handed_over_is_no_day_of_the_win(real_encoder: Encoder) -> None:
    """A cheque is prize money beside "a prize of £2,000" (tests/test_barograph_constructions),
    but the day it was handed over is not the day of the draw."""
    qa = _qa(
        real_encoder,
        ("Radio", "Eight Merrowby bus drivers won the lottery jackpot in Saturday's draw. The "
                  "winners were handed their cheque on Monday at a hotel in Merrowby."),
        ("Rumpus", "Eight Merrowby bus drivers scooped the lottery jackpot on Saturday, the "
                   "lottery operator said."),
    )  # fmt: skip
    assert qa.ask("When were the Merrowby winners handed their cheque?").conflicts == []


_FILM = (
    "The reel had lain forgotten in a biscuit tin in a loft in Fosbridge for decades before "
    "Gwenda Pocock found it."
)


@pytest.mark.model
def test_the_year_of_a_thing_named_with_it(real_encoder: Encoder) -> None:
    """ "the Fosbridge Carnival of 1958" against "of 1962", and where the film was shown."""
    qa = _qa(
        real_encoder,
        ("Serpent", "Footage of the Fosbridge Carnival of 1958 was screened at the town's "
                    f"Buttermarket on Saturday.\n\n{_FILM}"),
        ("Pictorial", "A cine film of the Fosbridge Carnival of 1962 was shown on Saturday at "
                      f"the Wheelwrights' Hall in Fosbridge.\n\n{_FILM}"),
    )  # fmt: skip
    assert claims(qa, "What year was the carnival in the Fosbridge film?") == {
        ("d1", "1958"),
        ("d2", "1962"),
    }
    assert claims(qa, "Where was the Fosbridge carnival film shown?") == {
        ("d1", "buttermarket"),
        ("d2", "wheelwrights' hall in fosbridge"),
    }


_RACE = (
    "Fergus Nankervis, a bicycle courier, won the Brockhaven Great Penny-Farthing Race on Sunday, "
    "three hours round a half-mile circuit in the town centre."
)


@pytest.mark.model
def test_how_often_a_race_is_held(real_encoder: Encoder) -> None:
    """ "held every ten years" against "every five years": asked how often, not how long."""
    qa = _qa(
        real_encoder,
        ("Wire", f"{_RACE}\n\nThe race has been held every ten years since 1990."),
        ("Crumhorn", f"{_RACE}\n\nThe race, held every five years since 1990, is exactly as "
                     "dangerous as it sounds."),
    )  # fmt: skip
    sides = {("d1", "10 year"), ("d2", "5 year")}
    assert claims(qa, "How often is the Brockhaven penny-farthing race held?") == sides
    assert qa.ask("How long did the Brockhaven penny-farthing race last?").conflicts == []


@pytest.mark.parametrize(
    ("written", "normal"),
    [("every five years", "5 year"), ("each year", "1 year"), ("every other year", "2 year")],
)
def test_how_often_is_a_length_between_two(written: str, normal: str) -> None:
    assert duration_form(written) == normal
    assert reading("number", written, normal) is None  # plain as written, never "5 year"


_MARBLES = (
    "Tabitha Esslemont won the Tennockshire Marbles Championship final on Good Friday outside "
    "the Tumbril Inn in the village of Crickmere."
)


@pytest.mark.model
def test_what_halted_the_final(real_encoder: Encoder) -> None:
    """A hailstorm by which the final was halted, against a terrier after which it was held
    up."""
    qa = _qa(
        real_encoder,
        ("Wire", f"{_MARBLES}\n\nThe final was halted for about 15 minutes by a hailstorm, and "
                 "the organisers swept the ring."),
        ("Radio", f"{_MARBLES}\n\nThe final was held up for a quarter of an hour after a "
                  "terrier ran on to the ring and scattered the marbles."),
    )  # fmt: skip
    sides = {("d1", "a hailstorm"), ("d2", "a terrier")}
    assert claims(qa, "Why was the marbles final stopped?") == sides
