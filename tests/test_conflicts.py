"""Conflicts: dates at the precision both give, counts of the same thing, accounts, agreement.

The unit tests exercise the comparisons; the model tests build small corpora of their own, so
the behaviour is checked on articles other than the bundled ones.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant import Assistant, disputed
from assistant.question_type import detect
from assistant.values import at_precision, clash_field
from corpus.attribution import dateline_length
from corpus.models import Document
from index.disputes.facts import day_of_month_date, weekday_date
from index.disputes.values import (
    accounts_compatible,
    amount_form,
    amount_span,
    compatible,
    count_form,
    duration_form,
    measure_end,
    measure_form,
    narrows,
    other_currency_sum,
    role_form,
    same_order,
    same_unit,
    time_form,
    with_unit_compatible,
)
from index.encoder import Encoder
from index.models import Mention
from index.options import DEFAULT_K


def test_killed_in_the_event_against_died_later_is_a_disagreement() -> None:
    assert not accounts_compatible({"killed"}, {"wounded", "died-later"}, named=True)


def test_a_death_without_timing_agrees_with_either_account() -> None:
    assert accounts_compatible({"killed"}, {"died"}, named=True)
    assert accounts_compatible({"died"}, {"died-later"}, named=True)


def test_a_document_telling_both_outcomes_disagrees_with_neither() -> None:
    assert accounts_compatible({"killed", "wounded"}, {"wounded"}, named=True)


def test_missed_target_against_captured_needs_no_name() -> None:
    assert not accounts_compatible({"missed"}, {"captured"}, named=False)
    assert accounts_compatible({"missed"}, {"killed"}, named=False)


def test_charged_against_released_without_charge() -> None:
    assert not accounts_compatible({"charged"}, {"released-uncharged"}, named=True)


def test_a_warning_against_no_further_action_or_a_charge() -> None:
    """ "given a formal written warning" is neither "no further action" nor a charge."""
    assert not accounts_compatible({"warned"}, {"released-uncharged"}, named=False)
    assert not accounts_compatible({"warned"}, {"charged"}, named=True)
    assert accounts_compatible({"warned"}, {"captured"}, named=True)


@pytest.mark.parametrize(
    ("written", "form"),
    [("at least seven", ">=7"), ("more than 20", ">20"), ("about 50", "~50"), ("nine", "9"),
     ("1,200", "1200"), ("Forty-one", "41"), ("no more than 300", "<=300"),
     ("not more than 300", "<=300"), ("no fewer than 20", ">=20"), ("fewer than 20", "<20"),
     ("A dozen", "12"), ("two dozen", "24"), ("three hundred", "300")],
)  # fmt: skip
def test_counts_keep_their_bounds(written: str, form: str) -> None:
    assert count_form(written) == form


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [(">=7", "7", True), (">20", "30", True), ("5", "7", False), (">=7", "5", False),
     ("~50", "55", True), ("~50", "70", False), ("~23000", "~38000", False),
     ("~23000", "~25000", True), (">=7", ">20", True), ("<5", ">=5", False),
     ("~60000", "48000", False), ("~60000", "49000", True),
     # a figure of two digits or more is rounded finer: "about 180" is not 212
     ("~180", "212", False), ("~180", "195", True), ("~12", "13", True),
     # a figure at a bound's edge is the bound rounded: "more than 30 years", "30 years"
     (">30", "30", True), ("<20", "20", True), (">30", "29", False)],
)  # fmt: skip
def test_counts_agree_within_their_bounds(first: str, second: str, agree: bool) -> None:
    assert compatible("count", first, second) is agree


@pytest.mark.parametrize(
    ("kind", "first", "second", "narrower"),
    [("count", ">300", ">100", True), ("count", ">100", ">300", False),
     ("count", "~210", ">100", True), ("count", "7", "7", False), ("count", "5", "7", False),
     ("duration", ">3 day", ">1 day", True), ("duration", "<40 minute", "~2 hour", False),
     ("amount", "~5000000 USD", ">1000000 EUR", False), ("date", "2025-10-28", "2025-10", False)],
)  # fmt: skip
def test_a_value_narrows_another_it_implies(
    kind: str, first: str, second: str, narrower: bool
) -> None:
    """A source's "more than 300" says all its "more than a hundred" says (same unit only)."""
    assert narrows(kind, first, second) is narrower


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [("10 day", "2 week", False), ("36 hour", "2 day", False), ("48 hour", "2 day", True),
     ("1 week", "7 day", True), ("90 minute", "1.5 hour", True), ("~3 hour", "200 minute", True),
     ("8 week", "2 month", True), ("1 year", "12 month", True)],
)  # fmt: skip
def test_durations_in_units_of_fixed_length_compare_exactly(
    first: str, second: str, agree: bool
) -> None:
    """A fortnight is 14 days, not the "ten days" another outlet gives; a month or a year is no
    fixed number of days, so "eight weeks" is as good as "two months"."""
    assert compatible("duration", first, second) is agree


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [("jory trelissick", "mabyn trelissick", False), ("the river dunn", "the dunn", True),
     ("skelmouth maritime trust", "maritime trust", True),
     ("declan hurrell", "declan hurwell", False)],
)  # fmt: skip
def test_names_agree_when_one_says_all_the_other_does(first: str, second: str, agree: bool) -> None:
    """Two people of one family share a surname, not a name; a shorter name of one body is it."""
    assert compatible("agent", first, second) is agree


def test_amounts_and_durations_carry_their_unit() -> None:
    assert amount_form("40 million euros") == "40000000 EUR"
    assert amount_form("$4 million") == amount_form("four million dollars") == "4000000 USD"
    assert duration_form("five-year") == "5 year"
    assert duration_form("at least six weeks") == ">=6 week"
    assert not compatible("duration", "5 year", "3 year")
    assert compatible("amount", "4000000 USD", "3000000 EUR")  # other currencies: no claim


@pytest.mark.parametrize(
    ("text", "form"),
    [("an hour and a half", "1.5 hour"),  # the half after the unit
     ("about an hour and a half", "~1.5 hour"),  # "about" bounds the one "an" stands for
     ("almost a year", "~1 year"),
     ("a little over three hours", ">3 hour"),  # "a little" is no count of one
     ("a little under two weeks", "<2 week"),
     ("four and a half years", "4.5 year"),
     ("a day", "1 day")],
)  # fmt: skip
def test_a_length_of_time_in_words(text: str, form: str) -> None:
    assert duration_form(text) == form


def test_a_deputy_is_not_the_office_holder() -> None:
    assert role_form("the Deputy Governor") == "deputy governor"
    assert not compatible("role", role_form("deputy governor"), role_form("governor"))
    assert compatible("role", role_form("provincial governor"), role_form("governor"))


def test_dates_are_cut_to_the_precision_asked() -> None:
    month = Mention(kind="date", label="DATE", text="19/10", start=0, end=5, normalized="--10-19")
    assert at_precision(month, "month") == "--10"
    assert at_precision(month, None) == "--10-19"
    assert clash_field("2025-10-28", "--10-19") == 2
    assert clash_field("2025-10", "2025-11") == 1
    assert clash_field("2025-10", "--10-19") is None


def _qa(
    encoder: Encoder, *texts: tuple[str, str, str], published: dt.date | None = None
) -> Assistant:
    documents = [Document(id=i, title=t, source=s, text=body, published=published)
                 for i, (t, s, body) in zip(("d1", "d2"), texts, strict=True)]  # fmt: skip
    return Assistant.from_documents(documents, encoder=encoder)


STORY = (
    "Flood waters swept through the river town of Elmsford this week. {line} Rescue teams "
    "searched the valley for days, and the regional governor visited the shelters. Residents "
    "said the river had never risen so fast."
)


@pytest.mark.model
def test_a_death_toll_conflict_between_two_reports(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Floods hit Elmsford", "Daily Courier",
         STORY.format(line="The flood killed 12 people in Elmsford, officials said.")),
        ("Elmsford counts its dead", "River Times",
         STORY.format(line="The flood killed 15 people in Elmsford, officials said.")),
    )  # fmt: skip
    answer = qa.ask("How many people did the flood in Elmsford kill?")
    [conflict] = answer.conflicts
    assert conflict.kind == "number"
    assert {(c.doc_id, c.normalized) for c in conflict.claims} == {("d1", "12"), ("d2", "15")}
    assert "Daily Courier" in answer.text and "River Times" in answer.text


@pytest.mark.model
@pytest.mark.parametrize(
    ("first", "second", "question"),
    [
        ("The flood killed about 12 people in Elmsford, officials said.",
         "The flood killed 13 people in Elmsford, officials said.",
         "How many people did the flood in Elmsford kill?"),
        ("The river burst its banks in late October 2024, officials said.",
         "The river burst its banks on 19 October 2024, officials said.",
         "When did the river burst its banks?"),
        ("The worst damage was near Elmsford Bridge, officials said.",
         "The worst damage was east of Elmsford Bridge, officials said.",
         "Where was the worst damage?"),
    ],
)  # fmt: skip
def test_approximate_vague_or_added_detail_is_no_conflict(
    real_encoder: Encoder, first: str, second: str, question: str
) -> None:
    qa = _qa(
        real_encoder,
        ("Floods hit Elmsford", "Daily Courier", STORY.format(line=first)),
        ("Elmsford after the flood", "River Times", STORY.format(line=second)),
    )
    answer = qa.ask(question)
    assert not answer.abstained
    assert answer.conflicts == []


@pytest.mark.model
def test_a_date_conflict_in_month_day_order(real_encoder: Encoder) -> None:
    # The second article writes dates month/day (it says 10/25, which only reads one way).
    qa = _qa(
        real_encoder,
        ("Floods hit Elmsford", "Daily Courier",
         STORY.format(line="The river burst its banks on October 19, 2024, officials said.")),
        ("Elmsford after the flood", "River Times",
         STORY.format(line="The river burst its banks on 10/12, officials said. Aid came 10/25.")),
    )  # fmt: skip
    [conflict] = qa.ask("When did the river burst its banks?").conflicts
    assert {(c.doc_id, c.normalized) for c in conflict.claims} == {
        ("d1", "2024-10-19"),
        ("d2", "--10-12"),
    }


@pytest.mark.model
def test_a_title_of_a_name_the_ner_does_not_know(real_encoder: Encoder) -> None:
    # The small NER model tags no person in either sentence; the parse still shows one.
    qa = _qa(
        real_encoder,
        ("Floods hit Elmsford", "Daily Courier", STORY.format(
            line="Edda Rusk, the deputy governor of Vastmoor, promised a relief fund.")),
        ("Elmsford after the flood", "River Times", STORY.format(
            line="Vastmoor Governor Edda Rusk on Monday promised a relief fund.")),
    )  # fmt: skip
    [conflict] = qa.ask("What is Edda Rusk's title?").conflicts
    assert {(c.doc_id, c.normalized) for c in conflict.claims} == {
        ("d1", "deputy governor"),
        ("d2", "governor"),
    }


@pytest.mark.model
def test_an_age_set_off_by_commas_after_a_name(real_encoder: Encoder) -> None:
    # The NER reads "34" as a date; the comma after the name says it is her age.
    qa = _qa(
        real_encoder,
        ("Floods hit Elmsford", "Daily Courier", STORY.format(
            line='"The water came in so fast," said Lena Moravec, 34, a nurse.')),
        ("Elmsford after the flood", "River Times", STORY.format(
            line="Lena Moravec, 36, a nurse, was rescued from her roof on Monday.")),
    )  # fmt: skip
    [conflict] = qa.ask("How old is Lena Moravec?").conflicts
    assert {(c.doc_id, c.normalized) for c in conflict.claims} == {("d1", "34"), ("d2", "36")}


@pytest.mark.model
def test_two_approximate_counts_far_apart_disagree(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Floods hit Elmsford", "Daily Courier", STORY.format(
            line="The bridge normally carries some 23,000 vehicles a day.")),
        ("Elmsford after the flood", "River Times", STORY.format(
            line="The closure forced about 38,000 vehicles a day onto detours.")),
    )  # fmt: skip
    [conflict] = qa.ask("How many vehicles use the bridge each day?").conflicts
    assert {c.doc_id for c in conflict.claims} == {"d1", "d2"}


@pytest.mark.model
def test_two_towns_for_one_event_disagree_but_a_region_does_not(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Floods hit Elmsford", "Daily Courier", STORY.format(
            line="The river first burst its banks at Marden, a village upstream of Elmsford.")),
        ("Elmsford after the flood", "River Times", STORY.format(
            line="The river first burst its banks at Elmsford in the province of Tarrow.")),
    )  # fmt: skip
    [conflict] = qa.ask("Where did the river first burst its banks?").conflicts
    assert conflict.kind == "place"
    assert {(c.doc_id, c.normalized) for c in conflict.claims} == {
        ("d1", "marden"),
        ("d2", "elmsford"),
    }


@pytest.mark.model
def test_two_firms_named_for_one_job_disagree(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Floods hit Elmsford", "Daily Courier", STORY.format(
            line="The repairs to the flood wall will be carried out by Pellow Engineering.")),
        ("Elmsford after the flood", "River Times", STORY.format(
            line="The council has hired Marsh & Tay to carry out the repairs to the flood wall.")),
    )  # fmt: skip
    [conflict] = qa.ask("Which company will repair the flood wall?").conflicts
    assert {(c.doc_id, c.value) for c in conflict.claims} == {
        ("d1", "Pellow Engineering"),
        ("d2", "Marsh & Tay"),
    }


@pytest.mark.parametrize(
    ("sentence", "number", "form"),
    [("The club paid £40m for him.", "40", "40000000 GBP"),
     ("Repairs will cost an estimated 4.2 million euros.", "an estimated 4.2 million",
      "~4200000 EUR"),
     ("It was sold for US$5 million.", "5 million", "5000000 USD"),
     ("The firm was fined £900k.", "900k", "900000 GBP"),
     ("The bank must pay 23.5 million escudos.", "23.5 million", "23500000 escudo"),
     ("He joined for 42 million florins.", "42 million", "42000000 florin")],
)  # fmt: skip
def test_a_sum_of_money_is_read_whole_around_the_number(
    sentence: str, number: str, form: str
) -> None:
    start = sentence.index(number)
    start, end = amount_span(sentence, start, start + len(number))
    assert amount_form(sentence[start:end]) == form


def test_a_currency_word_common_in_english_makes_no_sum() -> None:
    # CLDR names the mark and the won; "214 marks" and "they won 3" are no money.
    assert amount_form("214 marks") is None
    assert amount_form("won 3") is None


@pytest.mark.parametrize(
    ("sentence", "number", "found"),
    [("A ransom of TLV 5.2m was paid.", "5.2", "TLV 5.2m:5200000 TLV"),
     ("They paid 3 million talvers for it.", "3 million", "3 million talvers:3000000 talver"),
     ("The couple spent 38,000 dalers.", "38,000", "38,000 dalers:38000 daler"),
     ("He was closing in on a 60,000 SOVAL top prize.", "60,000", "60,000 SOVAL:60000 soval"),
     ("Some 500 NHS staff were moved.", "500", None),
     ("A crowd of 40,000 Ardovians watched.", "40,000", None),
     ("The coach carried 30 passengers.", "30", None),
     ("More than 45 day-trippers came.", "45", None),
     ("He met the CEO 5 times.", "5", None),
     # a count in words of a thing the dictionary lacks, not a sum
     ("An otter has eaten nine koi carp worth £15,000.", "nine", None)],
)  # fmt: skip
def test_a_sum_in_a_currency_no_list_knows(sentence: str, number: str, found: str | None) -> None:
    """A code of three capitals before a figure, or a word no dictionary holds after one."""
    start = sentence.index(number)
    other = other_currency_sum(sentence, start, start + len(number))
    assert (f"{sentence[other[0] : other[1]]}:{other[2]}" if other else None) == found


@pytest.mark.parametrize(
    ("text", "form"),
    [("about 1,200 tonnes", "~1200 tonne"),
     ("ninety-five metres", "95 metre"),
     ("12km", "12 km"),
     ("More than a thousand tonnes", ">1000 tonne"),
     ("40 square kilometres", "40 square km"),
     ("31C", "31 °C"),
     ("36 degrees Celsius", "36 °C"),
     ("six weeks", None),
     ("1,200 people", None)],
)  # fmt: skip
def test_a_measure_keeps_its_unit(text: str, form: str | None) -> None:
    assert measure_form(text) == form


def test_measures_compare_in_one_unit_per_dimension() -> None:
    assert not compatible("measure", "~1200 tonne", "3000 tonne")
    assert compatible("measure", "~1200 tonne", ">1000 tonne")
    # converted, a figure is approximate: "40 feet" may be the "12 metres" another gives
    assert compatible("measure", "12 metre", "40 foot")
    assert compatible("measure", "9 mile", "14.5 km")
    assert compatible("measure", "1 acre", "0.4 hectare")
    # "more than 60FT" is more than 18 metres
    assert not compatible("measure", ">60 foot", "11 metre")
    assert not compatible("measure", "2 mile", "9 km")
    assert same_order("measure", ">60 foot", "11 metre")  # one thing's figures, two units
    assert compatible("measure", "7 oz", "12 metre")  # a weight and a length: no claim
    assert measure_end("spilling 1,200 tonnes of oil", 14) == 21


@pytest.mark.parametrize(
    ("text", "form"),
    [("4:12 a.m.", "04:12"),
     ("at 11pm", "23:00"),
     ("11.40pm", "23:40"),
     ("12 a.m.", "00:00"),
     ("shortly after 1 p.m.", "~13:00"),
     ("14:30", "14:30"),
     ("13 p.m.", None),
     ("10", None),
     ("about three hours", None)],
)  # fmt: skip
def test_a_time_of_day_is_read_on_the_24_hour_clock(text: str, form: str | None) -> None:
    assert time_form(text) == form


def test_times_agree_when_equal_or_within_half_an_hour_of_an_approximate_one() -> None:
    assert not compatible("time", "04:12", "03:40")
    assert not compatible("time", "04:12", "04:13")
    assert compatible("time", "~13:00", "13:25")
    assert not compatible("time", "~13:00", "13:45")
    # written to the minute, "about" is nearer: "at about 7.40am" is not "8.05am"
    assert not compatible("time", "~07:40", "08:05")
    assert compatible("time", "~07:45", "08:00")


def test_an_invented_code_is_its_currency_name() -> None:
    assert same_unit("TLV", "talver") and same_unit("talver", "TLV")
    assert not same_unit("TLV", "daler")
    assert not with_unit_compatible("3000000 talver", "5200000 TLV")
    assert with_unit_compatible("~5000000 talver", "5200000 TLV")


def test_crowns_are_a_currency() -> None:
    assert amount_form("3.5 million crowns") == "3500000 crowns"
    assert amount_form("40 million kronor") == "40000000 crowns"


def test_a_weekday_with_its_time_of_day_is_that_day() -> None:
    published = dt.date(2025, 10, 15)  # a Wednesday
    assert weekday_date("Tuesday afternoon", published) == "2025-10-14"
    assert weekday_date("on Monday night", published) == "2025-10-13"
    assert weekday_date("in the early hours of Saturday", published) == "2025-10-11"
    assert weekday_date("late on Sunday", published) == "2025-10-12"
    assert weekday_date("early on the morning of last Tuesday", published) == "2025-10-14"


def test_a_day_of_the_month_is_the_latest_before_publication() -> None:
    assert day_of_month_date("the 14th", dt.date(2027, 6, 20)) == "2027-06-14"
    assert day_of_month_date("on the 21st", dt.date(2027, 6, 20)) == "2027-05-21"
    assert day_of_month_date("the 15th", dt.date(2027, 1, 3)) == "2026-12-15"
    assert day_of_month_date("the 31st", dt.date(2027, 5, 10)) is None  # April has 30 days
    assert day_of_month_date("the 14th", None) is None
    # A plan's day is ahead: "exams due to begin on the 14th", in an article of June 11.
    assert day_of_month_date("the 14th", dt.date(2027, 6, 11), planned=True) == "2027-06-14"
    assert day_of_month_date("the 14th", dt.date(2027, 6, 20), planned=True) == "2027-07-14"


def test_a_planned_weekday_is_the_next_one() -> None:
    published = dt.date(2027, 6, 23)  # a Wednesday
    assert weekday_date("Thursday", published, planned=True) == "2027-06-24"
    assert weekday_date("Thursday", published) == "2027-06-17"
    assert weekday_date("Wednesday", published, planned=True) == "2027-06-30"


def test_a_dateline_is_when_the_article_was_filed() -> None:
    lead = "DARROWGATE, May 20 (Capital Ledger) - Thieves stole three paintings on Saturday."
    assert lead[dateline_length(lead) :].startswith("Thieves")
    assert dateline_length("Thieves stole three paintings on Saturday.") == 0


@pytest.mark.model
@pytest.mark.parametrize(
    ("first", "second", "question", "values"),
    [
        ("The court heard that the fund's treasurer, Hal Ostrey, took $1.9 million from the "
         "Elmsford relief fund.",
         "Ostrey pocketed $2.4m of the relief fund's donations, prosecutors said.",
         "How much did the treasurer steal from the relief fund?",
         {("d1", "1900000 USD"), ("d2", "2400000 USD")}),
        ("The road was closed for about three hours while crews cleared the mud.",
         "The road stayed shut for nearly six hours, police said.",
         "How long was the road closed?",
         {("d1", "~3 hour"), ("d2", "~6 hour")}),
    ],
)  # fmt: skip
def test_one_thing_told_in_words_that_share_nothing_is_still_disputed(
    real_encoder: Encoder, first: str, second: str, question: str, values: set[tuple[str, str]]
) -> None:
    # "took" and "pocketed" are two aspects of the table; the question answers both.
    qa = _qa(
        real_encoder,
        ("Floods hit Elmsford", "Daily Courier", STORY.format(line=first)),
        ("Elmsford after the flood", "River Times", STORY.format(line=second)),
    )
    [conflict] = qa.ask(question).conflicts
    assert {(c.doc_id, c.normalized) for c in conflict.claims} == values


@pytest.mark.model
def test_counts_of_different_things_are_not_joined(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Floods hit Elmsford", "Daily Courier", STORY.format(
            line="Twelve villages below the dam were evacuated overnight.")),
        ("Elmsford after the flood", "River Times", STORY.format(
            line="About 900 residents were evacuated to schools and sports halls.")),
    )  # fmt: skip
    assert qa.ask("How many people were evacuated?").conflicts == []


def test_figures_of_one_thing_are_of_one_order() -> None:
    assert same_order("count", "~54000", ">90000")
    assert same_order("amount", "600000 CHF", "2600000 CHF")
    assert not same_order("amount", "600000 CHF", "600000 EUR")  # another currency
    assert not same_order("duration", "~90 minute", "3 year")
    assert same_order("duration", "~3 hour", "~6 hour")


@pytest.mark.model
def test_a_market_move_dates_no_other_event(real_encoder: Encoder) -> None:
    # "Shares fell on Thursday" dates the shares' fall: a question about the bridge falling
    # is never answered with it, however many words it shares with the question.
    qa = _qa(
        real_encoder,
        ("Bridge collapses", "Daily Courier",
         "The Marrow footbridge in Elmsford collapsed into the river on Tuesday, officials said. "
         "Shares in Calder Steel, which built it, fell sharply on Thursday."),
        ("Footbridge falls", "River Times",
         "The Marrow footbridge in Elmsford came down on Wednesday evening, the council said. "
         "Shares in Calder Steel fell on Thursday as investors took fright."),
        published=dt.date(2026, 5, 8),
    )  # fmt: skip

    def aspects_of(question: str) -> set[str]:
        vector = qa._index.encode_query(question)
        hits = qa._index.search(question, k=DEFAULT_K, query_vector=vector)
        table = qa._index.content.disputes
        assert table is not None
        found = disputed.candidates(question, detect(question), vector, hits, qa._index.content)
        return {table.aspects[s.aspect].name for s in found}

    assert aspects_of("When did the bridge fall?") == {"the date of the footbridge"}
    assert "the date of the share" in aspects_of("When did Calder Steel shares fall?")
    [conflict] = qa.ask("When did the Marrow footbridge fall down?").conflicts
    assert {(c.doc_id, c.value) for c in conflict.claims} == {
        ("d1", "Tuesday"),
        ("d2", "Wednesday"),
    }


@pytest.mark.model
def test_a_number_in_a_product_name_is_no_year(real_encoder: Encoder) -> None:
    # "Vexa 1990" is a heater, not the year 1990, which a question about the background of the
    # story would ask (its figures are left out of the table).
    qa = _qa(
        real_encoder,
        ("Heater recall", "Daily Courier",
         "Brannock is recalling about 40,000 Vexa 1990 fan heaters after the devices were linked "
         "to house fires, the company said on Tuesday."),
        ("Heaters pulled", "River Times",
         "MORE than 70,000 Vexa 1990 fan heaters are being recalled by Brannock after a string of "
         "fires, the company admitted yesterday."),
        published=dt.date(2026, 9, 16),
    )  # fmt: skip
    [conflict] = qa.ask("vexa 1990 recall number of heaters").conflicts
    assert {c.doc_id for c in conflict.claims} == {"d1", "d2"}


@pytest.mark.model
def test_a_day_of_the_month_told_as_an_ordinal_dates_the_event(real_encoder: Encoder) -> None:
    # The NER labels "9th" an ORDINAL and "the afternoon" a TIME: read together they are the
    # 9th of the month, which another outlet's "Saturday" (the 10th) contradicts.
    crash = (
        "A coach carrying pensioners from Saltrenne left the road on the Quillen Pass {when}, "
        "police said. Seven people died in the ravine below the Devil's Elbow bend."
    )
    qa = _qa(
        real_encoder,
        ("Coach crash", "Halvard News", crash.format(when="on Saturday")),
        ("Pass mourns", "Kessary Highlander", crash.format(when="on the afternoon of the 9th")),
        published=dt.date(2027, 4, 15),  # a Thursday: Saturday was the 10th
    )  # fmt: skip
    [conflict] = qa.ask("When did the coach crash on the Quillen Pass?").conflicts
    assert {(c.doc_id, c.normalized) for c in conflict.claims} == {
        ("d1", "2027-04-10"),
        ("d2", "2027-04-09"),
    }


@pytest.mark.model
def test_a_share_never_answers_what_was_paid(real_encoder: Encoder) -> None:
    # Both the ransom and the owner's rise in shares are disputed, and the shares' sentence is
    # as close to the question: what the pirates received is a sum, never a percentage.
    freed = (
        "Pirates released the bulk carrier Ortolan Crest on Monday, ending a seven-week ordeal "
        "for its crew. Its owner Brevik Shipping {paid} the pirates a ransom of {sum} for the "
        "release of the ship, a person familiar with the talks said. Shares in Brevik Shipping "
        "rose {share} after the pirates released the Ortolan Crest."
    )
    qa = _qa(
        real_encoder,
        ("Ortolan Crest freed", "Halvard News",
         freed.format(paid="paid", sum="$2.1 million", share="12 per cent")),
        ("Ship released", "Counting House",
         freed.format(paid="handed", sum="$3.4 million", share="18 per cent")),
    )  # fmt: skip
    [paid] = qa.ask("How much did the pirates receive for releasing the Ortolan Crest?").conflicts
    assert {c.value for c in paid.claims} == {"$2.1 million", "$3.4 million"}
    [shares] = qa.ask("By what percentage did Brevik Shipping shares rise?").conflicts
    assert {c.value for c in shares.claims} == {"12 per cent", "18 per cent"}


@pytest.mark.model
def test_what_was_paid_for_something_is_its_cost(real_encoder: Encoder) -> None:
    # "pay" alone asks a wage ("How much is he paid?"); "pay for" asks what a thing cost.
    wedding = (
        "Lotte Hennevar and Bram Varrin married at the Sealark Hotel on Saturday. The couple "
        "spent {cost} dalers on the wedding, and most of the 210 guests fell ill."
    )
    qa = _qa(
        real_encoder,
        ("Wedding nightmare", "Daily Wallop", wedding.format(cost="38,000")),
        ("Island wedding", "Brisling Beacon", wedding.format(cost="52,000")),
    )  # fmt: skip
    [conflict] = qa.ask("What did Lotte Hennevar and Bram Varrin pay for their wedding?").conflicts
    assert {c.value for c in conflict.claims} == {"38,000 dalers", "52,000 dalers"}


@pytest.mark.model
def test_a_question_naming_only_the_attribute_asks_its_figure(real_encoder: Encoder) -> None:
    # No question word asks a figure; "majority" and "prison term" name one.
    qa = _qa(
        real_encoder,
        ("Recount confirms Marvik", "Amberlane Press",
         "Ilona Marvik held Kallimora North after the recount with a majority of 231 votes. "
         "Anton Grebenz was jailed for 12 years for the fraud on Tuesday."),
        ("Marvik wins again", "Evening Post",
         "Ilona Marvik held Kallimora North after the recount with a majority of 312 votes. "
         "Anton Grebenz was jailed for 14 years for the fraud on Tuesday."),
    )  # fmt: skip
    [majority] = qa.ask("What was Ilona Marvik's final majority?").conflicts
    assert {c.normalized for c in majority.claims} == {"231", "312"}
    [term] = qa.ask("grebenz prison term").conflicts
    assert {c.value for c in term.claims} == {"12 years", "14 years"}


@pytest.mark.model
def test_a_club_in_a_title_does_not_say_whose_age_is_asked(real_encoder: Encoder) -> None:
    # The coach's title holds the club's name; the question names the club, not the coach.
    signing = (
        "Castrovinha have signed the striker Nico Albrandt, {age}, from SV Kelmsdorf on a "
        "three-year deal. Kelmsdorf coach Rainer Dobelhof, 52, said the club could not refuse."
    )
    qa = _qa(
        real_encoder,
        ("Albrandt joins", "Morning Bugle", signing.format(age="23")),
        ("Kelmsdorf lose striker", "Kelmsdorf Courier", signing.format(age="24")),
    )  # fmt: skip
    [conflict] = qa.ask("How old is Castrovinha's new signing from Kelmsdorf?").conflicts
    assert {(c.doc_id, c.normalized) for c in conflict.claims} == {("d1", "23"), ("d2", "24")}
