"""Constructions of local news found through the dev half of hygrometer (and one of
barograph's): a place told as a part of a named one, a finder one report says "found" and
another "rescued", a thing "made in" a year, a weight told beside the year a thing was put up,
"No arrests have been made" against an arrest when a thing was "taken away", and a cleft
sentence whose name stands beside what the person was; a record set or missed; and a thing's
year asked by "made" and not asked by another event of it.

"found on the playing field of Fothercote Primary School" against "in the car park of the Fox
and Fiddle"; "found at 6.30pm by Kieran Dallimore" against "rescued shortly after 8pm by head
gardener Alun Gwillim"; "The violin was made in 1734"; "was put up in 1953 and weighed about 800
kilograms"; "a lorry was used to take it away"; "It was a paper boy, Jacob Minchin, 14, who
first noticed it was missing". Each model test writes short reports of one story and checks
what the disagreement table holds or which disagreement a question names.
"""

from __future__ import annotations

import pytest

from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims, disputed_values, outcome_names


@pytest.mark.model
def test_a_place_told_as_part_of_a_named_one_is_one_place(real_encoder: Encoder) -> None:
    """ "the playing field of Wexcombe Primary School" is one place, not a field anywhere beside
    a school somewhere else; and "the car park of the Black Swan" keeps the pub's name, which
    the model gives no place."""
    escaped = "Seven goats escaped from Hollin Bank Farm near Wexcombe on Monday"
    qa = _qa(
        real_encoder,
        ("Radio", f"{escaped}. The goats were found on the playing field of Wexcombe Primary "
         "School."),
        ("Wire", f"{escaped}, and were found in the car park of the Black Swan, a pub in the "
         "village."),
    )  # fmt: skip
    assert disputed_values(qa, "place") == [
        {("d1", "playing field of wexcombe primary school"), ("d2", "car park of black swan")}
    ]


@pytest.mark.model
def test_who_found_them_is_who_rescued_them(real_encoder: Encoder) -> None:
    """In a story of people lost, "found at 6.30pm by" one man and "rescued shortly after 8pm
    by" another answer who found them; a gap "spotted by" the pilot is no rescue of the
    aircraft another report says was "dragged clear"."""
    lost = "A couple and their two sons were locked in the hedge maze at Tollard Park on Sunday."
    qa = _qa(
        real_encoder,
        ("Weekly", f"{lost} They were found at 6.30pm by Marcus Deverill, a security guard."),
        ("Uproar", f"{lost} They were finally rescued shortly after 8pm by head gardener Owen "
         "Pritchard."),
    )  # fmt: skip
    assert claims(qa, "Who found the family in the Tollard Park maze?") == {
        ("d1", "marcus deverill"),
        ("d2", "owen pritchard"),
    }
    landed = "A light aircraft landed on the beach at Corrow on Saturday."
    plane = _qa(
        real_encoder,
        ("Wire", f"{landed} A gap between the rocks was spotted by the pilot, Declan Fairweather. "
         "The aircraft was towed clear of the tide by a farmer, Joe Ashby."),
        ("Daily", f"{landed} The aircraft was dragged clear of the tide by Kev Stanway."),
    )  # fmt: skip
    assert claims(plane, "Who towed the aircraft clear of the tide at Corrow?") == {
        ("d1", "joe ashby"),
        ("d2", "kev stanway"),
    }


@pytest.mark.model
def test_the_year_a_thing_was_made_in(real_encoder: Encoder) -> None:
    """ "The violin was made in 1734" dates the violin as "built in" would ("made" of a deed,
    "made her debut in 2008", dates no thing, so it is read only of the thing made); that year
    is no answer to when she got the violin back, though the question names the violin."""
    lent = "The violinist Clara Wendover left her violin on the last train to Hadleigh on Friday."
    back = "She got the violin back on Monday."
    qa = _qa(
        real_encoder,
        ("Radio", f"{lent} The violin was made in 1734 by Matteo Sorelli. She made her debut in "
         f"2008. {back}"),
        ("Palaver", f"{lent} The precious violin was made in 1719 by Matteo Sorelli. {back}"),
    )  # fmt: skip
    assert claims(qa, "When was Clara Wendover's violin made?") == {
        ("d1", "1734"),
        ("d2", "1719"),
    }
    assert qa.ask("When did Clara Wendover get her violin back?").conflicts == []


@pytest.mark.model
def test_a_painting_made_in_a_year_is_painted_in_it(real_encoder: Encoder) -> None:
    """ "What year was the wall painting made?" asks the year it was painted: "made" stands
    for every verb of making."""
    found = "Builders found a medieval wall painting at the Plough in Ashcombe on Tuesday."
    qa = _qa(
        real_encoder,
        ("Radio", f"{found} Experts believe it was painted in about 1480."),
        ("Post", f"{found} Experts believe the painting was painted in about 1530."),
    )  # fmt: skip
    assert claims(qa, "What year was the Ashcombe wall painting made?") == {
        ("d1", "1480"),
        ("d2", "1530"),
    }


def test_a_record_set_or_missed() -> None:
    """ "a new British record" and "beat the championship record" set one; "fell short of the
    British record" and "12 short of the championship record" did not; what someone plans "to
    beat" and when the old record "was set" tell neither."""
    assert outcome_names(
        "Organisers said the tower was a new British record.",
        "Her total beat the championship record, set by a team from Cobbleigh in 2038.",
        "It stood 5.9 metres tall but fell short of the British record.",
        "Her total left her 12 short of the championship record of 330.",
        "They are planning to try to beat their own record next year.",
        "The previous record was set in 2030.",
    ) == [["record-set"], ["record-set"], ["record-missed"], ["record-missed"], [], []]


@pytest.mark.model
def test_whether_the_record_was_set(real_encoder: Encoder) -> None:
    """ "Did the Kelby sandcastle break the British record?" asks what became of the attempt,
    which one report calls a new record and another says fell short of it."""
    built = "Volunteers in Kelby built a sandcastle 5.9 metres tall on South Beach on Saturday"
    qa = _qa(
        real_encoder,
        ("Wire", f"{built}, but fell short of the British record for the tallest sandcastle."),
        ("Semaphore", f"{built}. Organisers said the tower was a new British record."),
    )  # fmt: skip
    assert claims(qa, "Did the Kelby sandcastle break the British record?") == {
        ("d1", "record-missed"),
        ("d2", "record-set"),
    }


@pytest.mark.model
def test_a_weight_beside_the_year_a_thing_was_put_up(real_encoder: Encoder) -> None:
    """ "was put up in 1953 and weighed about 800 kilograms": the year dates the putting up,
    not the weight, which is the shelter's today as "it weighs about two tonnes" is."""
    stolen = "The bus shelter in Ambridge Row was stolen on Sunday night."
    qa = _qa(
        real_encoder,
        ("Enquirer", f"{stolen} The shelter was put up in 1953 and weighed about 800 kilograms, "
         "the parish council said."),
        ("Radio", f"{stolen} Made of oak with a slate roof, it weighs about two tonnes."),
    )  # fmt: skip
    assert claims(qa, "How heavy was the Ambridge Row bus shelter?") == {
        ("d1", "~800 kg"),
        ("d2", "~2 tonne"),
    }


def test_a_thing_taken_away_is_no_one_captured() -> None:
    """ "a lorry was used to take it away" tells of a thing taken, not of anyone arrested, as
    "Police took the man away" does."""
    assert outcome_names(
        "The council believes a lorry was used to take it away.",
        "Police took the man away.",
    ) == [[], ["captured"]]


@pytest.mark.model
def test_no_arrests_against_two_men_arrested(real_encoder: Encoder) -> None:
    """ "No arrests have been made" against "two men had been arrested", when the report that
    denies it also says a lorry was used "to take it away"; said as the report says it, and
    asked as whether the police "caught" anyone."""
    stolen = "The bus shelter in Ambridge Row was stolen on Sunday night."
    qa = _qa(
        real_encoder,
        ("Radio", f"{stolen} Police said two men from Felsham had been arrested on suspicion of "
         "theft."),
        ("Enquirer", f"{stolen} A lorry with a lifting arm was used to take it away. No arrests "
         "have been made."),
    )  # fmt: skip
    answer = qa.ask("Has anyone been arrested over the Ambridge Row bus shelter?")
    [conflict] = answer.conflicts
    assert {c.doc_id for c in conflict.claims} == {"d1", "d2"}
    assert "reports: no arrests have been made" in answer.text  # not "escaped"
    caught = qa.ask("did the police catch whoever took the ambridge row shelter").conflicts
    assert [{c.doc_id for c in conflict.claims} for conflict in caught] == [{"d1", "d2"}]


@pytest.mark.model
def test_a_cleft_sentence_names_who_noticed(real_encoder: Encoder) -> None:
    """ "It was a paper boy, Jacob Fennell, 14, who first noticed it was missing": the name the
    parse hangs beside the cleft's "a paper boy" noticed it, as "first noticed by" would say."""
    stolen = "The bus shelter in Ambridge Row was stolen on Sunday night."
    qa = _qa(
        real_encoder,
        ("Enquirer", f"{stolen} It was a paper boy, Jacob Fennell, 14, who first noticed it was "
         "missing."),
        ("Radio", f"{stolen} Its loss was first noticed by a bus driver, Delia Morcombe."),
    )  # fmt: skip
    assert claims(qa, "Who first noticed the Ambridge Row bus shelter was missing?") == {
        ("d1", "jacob fennell"),
        ("d2", "delia morcombe"),
    }


@pytest.mark.model
def test_who_someone_is_asks_their_title(real_encoder: Encoder) -> None:
    """ "who is iris tanworth", a name and nothing else, asks what she is: the title the
    reports give her, which they do not agree on."""
    banned = "The winner of the Victoria sponge class at the Elmsby show has been disqualified."
    qa = _qa(
        real_encoder,
        ("Radio", f"{banned} The chairman of the show committee, Iris Tanworth, said the cake "
         "had been bought."),
        ("Palaver", f"{banned} Iris Tanworth, president of Elmsby Horticultural Society, said "
         "the cake had been bought."),
    )  # fmt: skip
    assert claims(qa, "who is iris tanworth") == {("d1", "chairman"), ("d2", "president")}


def test_banned_and_no_further_action() -> None:
    """ "had been banned for three years" keeps someone out; "decided to take no further action
    against" her drops the matter; a council that "banned cars" bans no one."""
    assert outcome_names(
        "The chairman said Mrs Kemble had been banned for three years from entering.",
        "The committee has decided to take no further action against Mrs Kemble.",
        "The council banned cars from the square.",
    ) == [["banned"], ["released-uncharged"], []]


@pytest.mark.model
def test_banned_against_no_further_action_against_her(real_encoder: Encoder) -> None:
    """ "take no further action against Mrs Kemble" is told of Mrs Kemble, against another
    report's "Mrs Kemble had been banned for three years"."""
    stripped = "The winner of the Victoria sponge class at the Elmsby show, Jean Kemble, has been "
    qa = _qa(
        real_encoder,
        ("Radio", f"{stripped}disqualified. The chairman said Mrs Kemble had been banned for three "
         "years."),
        ("Enquirer", f"{stripped}disqualified. The committee decided to take no further action "
         "against Mrs Kemble."),
    )  # fmt: skip
    assert claims(qa, "Has Jean Kemble been banned from the Elmsby show?") == {
        ("d1", "banned"),
        ("d2", "released-uncharged"),
    }
