"""Wordings found through new phrasings of vernier's and ombrometer's questions
(eval/data/*-rephrased.yaml, training sets written blind), each asking a disagreement the table
holds in words the question side did not read:

- "For how long was the wallaby at large?", "wallaby time on the run": a length of time ("at
  large" is no size, "on the run" no thing's length), not a date;
- "fernacre wallaby name", "By what name is the runaway wallaby known?": the wallaby's name;
- "maunder war work", "What did Edith Maunder do in the war?": her wartime job;
- "What time limit does each competitor get?", "plot time limit": a length of time, not a time
  of day;
- "When was the chip shop founded?" of "opened the shop in 1994" and "The shop opened in 1987"
  (a beginning told with no object, which the table now reads), and the keyword query
  "ploughing match founded year" of "has been held since 1871";
- "How much did Joan Pagett pay for ...?" is not answered by sums no sentence of hers gives;
- "How old is the pea shooting champion Oswin Gullick?" asks his age: "pea shooting" is a
  sport's name before his title, not someone known by what they were doing ("the man driving
  X's bus", "the maypole dancing in Lumbry").

Each model test writes short reports of one story and checks which disagreement a question names.
"""

from __future__ import annotations

import pytest

from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims

_PARK = (
    "The wallaby escaped from Fernacre Wildlife Park, near Hobbingford, and was seen in gardens "
    "across the town before keepers caught her in a churchyard."
)


@pytest.mark.model
def test_a_time_at_large_and_a_name_asked_in_other_words(real_encoder: Encoder) -> None:
    """ "after nine days on the loose" against "after a fortnight on the run", and "Jellybean"
    against "Crumpet the wallaby": asked in words the reports do not use, each is named."""
    qa = _qa(
        real_encoder,
        ("Wire", "The wallaby, called Jellybean, was caught on Thursday after nine days on the "
                 f"loose.\n\n{_PARK}"),
        ("Sackbut", "Crumpet the wallaby was caught on Thursday after a fortnight on the run."
                    f"\n\n{_PARK}"),
    )  # fmt: skip
    lengths = {("d1", "9 day"), ("d2", "2 week")}
    assert claims(qa, "For how long was the Fernacre wallaby at large?") == lengths
    assert claims(qa, "wallaby time on the run") == lengths
    names = {("d1", "jellybean"), ("d2", "crumpet")}
    assert claims(qa, "fernacre wallaby name") == names
    assert claims(qa, "By what name is the runaway wallaby from Fernacre known?") == names


_LANE = "Hobbingford Town Council has voted to rename Gallows Lane as Maunder Way."


@pytest.mark.model
def test_a_wartime_job_asked_as_war_work(real_encoder: Encoder) -> None:
    """ "worked as a codebreaker" against "was a ferry pilot": asked what she did in the war."""
    qa = _qa(
        real_encoder,
        ("Sackbut", "The street will be named after Edith Maunder, who worked as a codebreaker "
                    f"at Bletchley Park during the Second World War.\n\n{_LANE}"),
        ("Wire", "Edith Maunder, who was born on the lane in 1921, was a ferry pilot with the Air "
                 f"Transport Auxiliary during the Second World War.\n\n{_LANE}"),
    )  # fmt: skip
    jobs = {("d1", "codebreaker"), ("d2", "pilot")}
    assert claims(qa, "maunder war work") == jobs
    assert claims(qa, "What did Edith Maunder do in the war?") == jobs


_MATCH = (
    "Megan Stanier won the Quarleshire County Ploughing Match at Langrigg Farm on Saturday, "
    "with her two Shire horses."
)


@pytest.mark.model
def test_a_time_limit_and_a_founding_year_in_keywords(real_encoder: Encoder) -> None:
    """ "given four hours to plough their plots" against "had three and a half hours to plough a
    plot": the time limit, not a time of day; "has been held since 1871" against "has been held
    every autumn since 1889": the year the match was founded, asked in keywords."""
    qa = _qa(
        real_encoder,
        ("Wire", f"{_MATCH}\n\nCompetitors are given four hours to plough their plots.\n\nThe "
                 "match has been held every autumn since 1889."),
        ("Radio", f"{_MATCH}\n\nEach competitor had three and a half hours to plough a plot."
                  "\n\nThe Quarleshire County Ploughing Match has been held since 1871."),
    )  # fmt: skip
    limits = {("d1", "4 hour"), ("d2", "3.5 hour")}
    assert claims(qa, "What time limit does each competitor get to plough a plot?") == limits
    assert claims(qa, "ploughing plot time limit") == limits
    assert claims(qa, "ploughing match founded year") == {("d1", "1889"), ("d2", "1871")}


_SHOP = (
    "Frizzell's Fish Bar in Stavebridge has been named the best fish and chip shop in the "
    "country by the Guild of Chip Friers."
)


@pytest.mark.model
def test_a_shop_founded_is_a_shop_opened(real_encoder: Encoder) -> None:
    """ "opened the shop in 1994" against "opened in 1987": asked when the shop was founded."""
    qa = _qa(
        real_encoder,
        ("Chronicle", f"{_SHOP}\n\nStanley Frizzell opened the shop in 1994, after twenty years "
                      "at sea."),
        ("Drummer", f"{_SHOP}\n\nThe shop opened in 1987 and is now run by his son Ryan."),
    )  # fmt: skip
    assert claims(qa, "When was Frizzell's Fish Bar founded?") == {("d1", "1994"), ("d2", "1987")}


_AUCTION = (
    "Tansley's Buses has auctioned the unclaimed contents of its lost property office in "
    "Hobbingford for charity."
)


@pytest.mark.model
def test_a_sum_paid_by_someone_no_side_names(real_encoder: Encoder) -> None:
    """The reports disagree on what the auction raised (£6,300 against £3,600); asked what Joan
    Pagett paid for her husband's walking stick, which neither sum is, none is named."""
    stick = (
        "Joan Pagett, 77, spotted her late husband's walking stick among the lots and was "
        "handed it free of charge."
    )
    qa = _qa(
        real_encoder,
        ("Sackbut", f"{_AUCTION} The sale raised £6,300.\n\n{stick}"),
        ("Shemozzle", f"{_AUCTION} The sale raised £3,600.\n\n{stick}"),
    )  # fmt: skip
    assert claims(qa, "How much did the lost property sale raise?") == {
        ("d1", "6300 GBP"),
        ("d2", "3600 GBP"),
    }
    question = "How much did Joan Pagett pay for her late husband's walking stick?"
    assert qa.ask(question).conflicts == []


@pytest.mark.model
def test_a_title_with_a_sport_in_it_before_the_name(real_encoder: Encoder) -> None:
    """ "Oswin Gullick, 71," against "Oswin Gullick, 64,": asked the age of "the pea shooting
    champion Oswin Gullick", his; the schoolgirl he beat, 15 in both, is no side."""
    qa = _qa(
        real_encoder,
        ("Wire", "Oswin Gullick, 71, beat a 15-year-old schoolgirl, Dilys Hackworth, to win the "
                 "Thrumble Pea Shooting Championship on the green at Little Thrumble."),
        ("Radio", "Oswin Gullick, 64, beat a 15-year-old schoolgirl, Dilys Hackworth, to win the "
                  "Thrumble Pea Shooting Championship on the green at Little Thrumble."),
    )  # fmt: skip
    question = "How old is the pea shooting champion Oswin Gullick?"
    assert claims(qa, question) == {("d1", "71"), ("d2", "64")}
