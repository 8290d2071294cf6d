"""Readings found through the dev halves of vernier and micrometer and new wordings of vernier's
and ombrometer's questions (eval/data/*-rephrased.yaml): what let an animal escape, who found the
first of many things, a job a "who" clause tells after a birth, a title written with capitals, a
year something was set up, a hall named by whose it is, organisers "from" a body, and an age asked
of someone's animal.

- "got out of her enclosure after a visitor left a gate open" tells why she escaped, as "after a
  storm blew down part of the fence" does: the parse calls the "out" of "got out of" a
  preposition, and a person's deed is a cause of an escape as it is of a closure. "How did the
  wallaby escape?" and "... about how the wallaby got out" ask it.
- "Darren Merrifield found that first one" says who found the first envelope, as "The first was
  found by Priya Lakhani" does ("one" the thing found, a clause after "that" to the parse).
- "Edith Maunder, who was born at number 12 in 1921 and worked as a codebreaker" gives her job,
  as "who was a ferry pilot" does: the clause's second verb tells it.
- "the High Steward of Brockhaven, Crispin Yeandle," gives him a post as "the town clerk, Crispin
  Yeandle," does: a job written with capitals after its article is a title.
- "was set up in 2038" dates the café's beginning as "was founded in 2036" does, and the two
  are one aspect however each report words the beginning.
- "in St Milburga's church hall" names the hall by the church's name, as "in the Temperance
  Hall" names its hall: two named places, not a site in a town.
- "Organisers from the village Women's Institute said ..." makes the institute the organiser,
  as "organised by Little Thrumble Cricket Club" makes the club.
- "How old are Megan Stanier's horses?" asks the horses' age, not the disputed age of their
  owner.

Each test writes short reports of one story and checks which disagreement a question names.
"""

from __future__ import annotations

import pytest

from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims

_PARK = (
    "She was seen in back gardens across Hobbingford for nine days before keepers caught her "
    "in a churchyard."
)


@pytest.mark.model
def test_what_let_an_animal_escape(real_encoder: Encoder) -> None:
    """A visitor's deed against a storm, each told after "got out of": asked how the wallaby
    escaped, in two wordings, both are named."""
    qa = _qa(
        real_encoder,
        ("Sackbut", "The wallaby got out of her enclosure on the edge of Dummerton after a "
                    f"visitor left a gate open, the park has admitted.\n\n{_PARK}"),
        ("Wire", "The wallaby got out of Fernacre Wildlife Park, near the village of Dummerton, "
                 f"after a storm blew down part of the fence around her enclosure.\n\n{_PARK}"),
    )  # fmt: skip
    sides = {("d1", "a visitor left a gate open"), ("d2", "a storm")}
    assert claims(qa, "How did the wallaby escape?") == sides
    assert claims(qa, "What do the reports say about how the wallaby got out?") == sides


_ENVELOPES = (
    "Envelopes of cash, each holding a note, have been turning up around Tolverton since May "
    "10, and nobody knows who is leaving them, Inspector Owain Cadwallader of Quarleshire Police "
    "said.\n\nMore than thirty envelopes have been found on benches and in bus shelters in "
    "Tolverton."
)


@pytest.mark.model
def test_who_found_the_first_one(real_encoder: Encoder) -> None:
    """ "Darren Merrifield ... found that first one" against "The first was found by Priya
    Lakhani": who found the first envelope."""
    qa = _qa(
        real_encoder,
        ("Shemozzle", "Window cleaner Darren Merrifield, 38, found that first one on his way to "
                      f"work.\n\n{_ENVELOPES}"),
        ("Gazette", "The first was found by Priya Lakhani, a 21-year-old student nurse, on a "
                    f"bench in Abbey Gardens.\n\n{_ENVELOPES}"),
    )  # fmt: skip
    assert claims(qa, "Who found the first envelope?") == {
        ("d1", "darren merrifield"),
        ("d2", "priya lakhani"),
    }


_LANE = "Hobbingford Town Council has voted to rename Gallows Lane as Maunder Way."


@pytest.mark.model
def test_a_job_told_after_a_birth(real_encoder: Encoder) -> None:
    """ "who was born at number 12 in 1921 and worked as a codebreaker" against "who was born on
    the lane in 1921, was a ferry pilot": her wartime job."""
    qa = _qa(
        real_encoder,
        ("Sackbut", "The street will be named after Edith Maunder, who was born at number 12 in "
                    "1921 and worked as a codebreaker at Bletchley Park during the Second World "
                    f"War.\n\n{_LANE}"),
        ("Wire", "Edith Maunder, who was born on the lane in 1921, was a ferry pilot with the Air "
                 f"Transport Auxiliary during the Second World War.\n\n{_LANE}"),
    )  # fmt: skip
    assert claims(qa, "What was Edith Maunder's wartime job?") == {
        ("d1", "codebreaker"),
        ("d2", "pilot"),
    }


@pytest.mark.model
def test_the_age_of_someones_horses_is_not_theirs(real_encoder: Encoder) -> None:
    """Two reports disagree on Megan Stanier's age (23 against 19); asked how old her horses
    are, neither age answers, and no disagreement is named."""
    match = (
        "Her two Shire horses, Duke and Blossom, pulled the plough at Langrigg Farm, and the "
        "judges praised how straight her furrows were."
    )
    qa = _qa(
        real_encoder,
        ("Weekly", f"The 23-year-old, Megan Stanier, won the county ploughing match.\n\n{match}"),
        ("Radio", f"Megan Stanier, 19, won the county ploughing match.\n\n{match}"),
    )  # fmt: skip
    assert claims(qa, "How old is Megan Stanier?") == {("d1", "23"), ("d2", "19")}
    assert qa.ask("How old are Megan Stanier's horses, Duke and Blossom?").conflicts == []


_CUSTOM = (
    "Marjorie Lettsome drove the sheep over Brockhaven Bridge on Sunday, using a right given to "
    "the freemen of the town."
)


@pytest.mark.model
def test_a_title_written_with_capitals(real_encoder: Encoder) -> None:
    """ "the town clerk, Crispin Yeandle," against "the High Steward of Brockhaven, Crispin
    Yeandle,": his title."""
    qa = _qa(
        real_encoder,
        ("Radio", "She was accompanied by the town clerk, Crispin Yeandle, who walked beside her "
                  f"carrying the town's mace.\n\n{_CUSTOM}"),
        ("Argus", "She was joined by the High Steward of Brockhaven, Crispin Yeandle, who walked "
                  f"beside her carrying the town's mace.\n\n{_CUSTOM}"),
    )  # fmt: skip
    assert claims(qa, "What is Crispin Yeandle's title?") == {("d1", "clerk"), ("d2", "steward")}


_CAFE = (
    "The Brockhaven Repair Café mended its 10,000th item on Saturday, and its volunteers say "
    "they have kept tonnes of goods out of landfill."
)


@pytest.mark.model
def test_the_year_a_cafe_was_set_up(real_encoder: Encoder) -> None:
    """ "was founded in 2036" against "was set up in 2038": when the café began, asked "When was
    the repair café founded?"."""
    qa = _qa(
        real_encoder,
        ("Crumhorn", f"{_CAFE}\n\nThe café was founded in 2036 by Hector Trubshaw, a retired "
                     "electrician."),
        ("Rigmarole", f"{_CAFE}\n\nThe café was set up in 2038 by Hector Trubshaw and meets "
                      "once a month."),
    )  # fmt: skip
    assert claims(qa, "When was the repair café founded?") == {("d1", "2036"), ("d2", "2038")}


@pytest.mark.model
def test_a_hall_named_by_whose_it_is(real_encoder: Encoder) -> None:
    """ "in the Temperance Hall" against "in St Milburga's church hall": where the café meets,
    two named halls."""
    qa = _qa(
        real_encoder,
        ("Rigmarole", f"{_CAFE}\n\nThe café meets once a month in the Temperance Hall."),
        ("Argus", f"{_CAFE}\n\nThe café meets on the first Saturday of each month in St "
                  "Milburga's church hall."),
    )  # fmt: skip
    assert claims(qa, "Where does the repair café meet?") == {
        ("d1", "temperance hall"),
        ("d2", "church hall of st milburga"),
    }


_SHOOT_OFF = (
    "Oswin Gullick, 71, won the Thrumble Pea Shooting Championship on the green at Little "
    "Thrumble, beating a schoolgirl, Dilys Hackworth, in a shoot-off."
)


@pytest.mark.model
def test_organisers_from_a_body(real_encoder: Encoder) -> None:
    """ "organised by Little Thrumble Cricket Club" against "Organisers from the village Women's
    Institute said ...": who organises the championship."""
    qa = _qa(
        real_encoder,
        ("Wire", f"{_SHOOT_OFF}\n\nMore than 90 competitors took part in the championship, "
                 "which is organised by Little Thrumble Cricket Club."),
        ("Rigmarole", f"{_SHOOT_OFF}\n\nOrganisers from the village Women's Institute said it "
                      "was the closest final they had ever seen."),
    )  # fmt: skip
    assert claims(qa, "Who organises the Thrumble Pea Shooting Championship?") == {
        ("d1", "little thrumble cricket club"),
        ("d2", "women's institute"),
    }
