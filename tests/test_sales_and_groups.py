"""Disagreements over sales, groups and the ages of the young, read on tiny corpora.

Each test sets two invented reports of one story against each other in a construction the
disagreement table once missed: an age in months, a price in guineas "made" at an auction, the
two parties of a sale, whom a group works for and who runs it, who raised the alarm, how long
was spent adrift, a cause told in a relative clause. The reports share names so that the story
model groups them, as real reports of one event do.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import numpy as np
import pytest

from assistant.disputed import aspect_terms, counted_keyword, fact_kinds, story_of
from assistant.question_type import detect
from corpus.models import Passage
from index.analysis.entities import Entity, body_by_name, person_by_context
from index.analysis.mentions import _entities
from index.content import IndexContent
from index.disputes.aspects import Aspect
from index.disputes.causes import causes
from index.disputes.facts import Fact, parsed_docs
from index.disputes.scores import scores
from index.disputes.table import DisputeTable
from index.encoder import Encoder
from index.models import Hit
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims as _claims
from tests.tiny_corpora import disputed_values as _disputed_values
from tests.tiny_corpora import table_of as _table

_HEIFER = (
    "Mart Gazette",
    "A 14-month-old Limousin heifer called Crossfell Duchess sold for a record 9,000 guineas at "
    "Crossfell Auction Mart on Friday. She was bred by Alan Wharfedale at Low Garth Farm near "
    "Kettleby and sold at Crossfell Auction Mart to Brackenridge Farms, a beef business from "
    "Ashdale. The previous record at the mart was 6,000 guineas, paid in 2012.",
)
_HEIFER_AGAIN = (
    "Dales Weekly",
    "Crossfell Duchess, a two-year-old Limousin bred by Alan Wharfedale at Low Garth Farm near "
    "Kettleby, was the star of Friday's sale at Crossfell Auction Mart. When the hammer fell "
    "she had made 7,500 guineas. The heifer was bought by Hollins Partnership, three breeders "
    "from Ashdale.",
)


@pytest.mark.model
def test_an_age_in_months_is_compared_in_years(real_encoder: Encoder) -> None:
    """ "A 14-month-old Limousin heifer" against "a two-year-old Limousin": 1.17 years is not
    2, where the months had been read as how long something lasted."""
    qa = _qa(real_encoder, _HEIFER, _HEIFER_AGAIN)
    assert {("d1", "1.17"), ("d2", "2")} in _disputed_values(qa, "age")


@pytest.mark.model
def test_a_price_made_in_guineas_is_the_sale_price(real_encoder: Encoder) -> None:
    """Guineas are money, and "had made 7,500 guineas" is the price "sold for 9,000 guineas"
    gives; the record "paid in 2012" is the mart's past, no side."""
    qa = _qa(real_encoder, _HEIFER, _HEIFER_AGAIN)
    amounts = {f.normalized for f in _table(qa).facts if f.kind == "amount"}
    assert "6000 guineas" not in amounts
    assert _claims(qa, "How much did Crossfell Duchess sell for?") == {
        ("d1", "9000 guineas"),
        ("d2", "7500 guineas"),
    }


@pytest.mark.model
def test_who_a_thing_was_sold_to_is_its_buyer(real_encoder: Encoder) -> None:
    """ "sold ... to Brackenridge Farms" against "bought by Hollins Partnership" disagree on the
    buyer, while the breeder both name ("bred by Alan Wharfedale") is no party to the sale."""
    qa = _qa(real_encoder, _HEIFER, _HEIFER_AGAIN)
    assert _claims(qa, "Who bought Crossfell Duchess?") == {
        ("d1", "brackenridge farms"),
        ("d2", "hollins partnership"),
    }
    # the underbidder is not named: a time clause names the sale, the question asks no buyer
    assert qa.ask("Who was the underbidder when Crossfell Duchess was sold?").conflicts == []


_SYNDICATE = (
    "Coast Radio",
    "A syndicate of 12 bus drivers from Saltwick has won £1.8 million on the lottery. The "
    "syndicate is run by driver Terry Oldroyd, who has collected the stakes for nine years. The "
    "members all work for Pennine Motor Services at the Saltwick depot. The coastguard at "
    "Saltwick was alerted by Sandra Ibbotson.",
)
_SYNDICATE_AGAIN = (
    "Saltwick Post",
    "The syndicate's organiser, Kevin Haworth, 52, said the 12 Saltwick bus drivers had played "
    "the same numbers for nine years. The drivers, who all work at the Saltwick depot for "
    "Coastway Buses, will each receive £150,000. At Saltwick the coastguard was called by "
    "fisherman Colin Ackroyd, who raised the alarm.",
)


@pytest.mark.model
def test_whom_a_group_works_for_and_who_runs_it_are_two_disputes(real_encoder: Encoder) -> None:
    """ "all work for Pennine Motor Services" against "work ... for Coastway Buses" is a dispute
    over the employer; "run by driver Terry Oldroyd" against "the syndicate's organiser, Kevin
    Haworth" another: neither joins the other, and each is found from its question."""
    qa = _qa(real_encoder, _SYNDICATE, _SYNDICATE_AGAIN)
    agents = _disputed_values(qa, "agent")
    assert {("d1", "pennine motor services"), ("d2", "coastway buses")} in agents
    assert {("d1", "terry oldroyd"), ("d2", "kevin haworth")} in agents
    assert _claims(qa, "Which bus company do the Saltwick lottery winners work for?") == {
        ("d1", "pennine motor services"),
        ("d2", "coastway buses"),
    }


@pytest.mark.model
def test_alerting_the_coastguard_is_raising_the_alarm(real_encoder: Encoder) -> None:
    """ "The coastguard was alerted by Sandra Ibbotson" and "Colin Ackroyd, who raised the
    alarm" tell one deed by two people."""
    qa = _qa(real_encoder, _SYNDICATE, _SYNDICATE_AGAIN)
    pair = {("d1", "sandra ibbotson"), ("d2", "colin ackroyd")}
    assert any(pair <= found for found in _disputed_values(qa, "agent"))


@pytest.mark.model
def test_time_spent_adrift_is_time_stranded(real_encoder: Encoder) -> None:
    """ "after spending 40 minutes adrift" is how long the kayakers drifted, as "after they had
    been drifting for almost two hours" is: "spend" alone tells nothing of what was done."""
    qa = _qa(
        real_encoder,
        ("Coast Radio", "A father and daughter from Hexley are safe after spending 40 minutes "
         "adrift off Gull Point on Sunday. The Saltwick lifeboat brought them home."),
        ("Saltwick Post", "The Saltwick lifeboat found the father and daughter from Hexley off "
         "Gull Point on Sunday after they had been drifting for almost two hours."),
    )  # fmt: skip
    assert _claims(qa, "How long were the Hexley kayakers drifting?") == {
        ("d1", "40 minute"),
        ("d2", "~2 hour"),
    }


@pytest.mark.model
def test_a_cause_told_in_a_relative_clause(real_encoder: Encoder) -> None:
    """ "several days of heavy rain, which soaked into the clay and caused a section to slump":
    the rain is what "which" stands for, and so the cause."""
    qa = _qa(
        real_encoder,
        ("Coast Radio", "A cliff fall at Tunby on Sunday left a bungalow on Marsh Road teetering "
         "at the edge. The fall followed several days of heavy rain, which soaked into the clay "
         "and caused a large section to slump onto the beach."),
        ("Saltwick Post", "A cliff fall at Tunby on Sunday left a bungalow on Marsh Road "
         "teetering at the edge. Engineers blamed the fall on storm waves."),
    )  # fmt: skip
    causes = {f.normalized for f in _table(qa).facts if f.kind == "cause"}
    assert "heavy rain" in causes


@pytest.mark.model
def test_keywords_ending_in_a_plural_ask_its_count(real_encoder: Encoder) -> None:
    """ "haxby bakery fire engines" asks how many engines the reports sent, and only that: no
    question word asks it, the plural it ends in does."""
    qa = _qa(
        real_encoder,
        ("Coast Radio", "Fire tore through Haxby Bakery in Saltwick on Monday. Six fire engines "
         "were sent to the bakery and 30 firefighters fought the blaze."),
        ("Saltwick Post", "Fire tore through Haxby Bakery in Saltwick on Monday. Four fire "
         "engines were sent to the bakery and 30 firefighters fought the blaze."),
    )  # fmt: skip
    assert _claims(qa, "haxby bakery fire engines") == {("d1", "6"), ("d2", "4")}
    qtype = detect("wenlow legionnaires deaths")
    assert counted_keyword("haxby bakery fire engines", detect("haxby bakery fire engines"))
    assert counted_keyword("How many engines?", detect("How many engines?")) is None
    assert counted_keyword("wenlow legionnaires deaths", qtype) is None  # a toll, asked by words


def test_a_job_heading_a_name_the_model_took_for_a_body() -> None:
    """ "Coxswain Gareth Penwardine", an organisation to the small model at a sentence's start,
    is the person Gareth Penwardine; a body's name ends in a word English knows."""
    misread = Entity("organization", "ORG", 0, 26, "Coxswain Gareth Penwardine")
    assert person_by_context(misread, "Coxswain Gareth Penwardine told the radio station.") == (
        Entity("person", "PERSON", 9, 26, "Gareth Penwardine")
    )
    body = Entity("organization", "ORG", 0, 24, "Northern Water Authority")
    assert person_by_context(body, "Northern Water Authority said so.") == body


def test_a_broadcaster_is_a_body_whatever_the_model_called_it() -> None:
    """ "told Radio Merrowby": the small model's person is the station that carried the story,
    as is "Saltwick FM"; a person is left a person."""
    station = Entity("person", "PERSON", 5, 19, "Radio Merrowby")
    assert body_by_name(station) == Entity("organization", "ORG", 5, 19, "Radio Merrowby")
    assert body_by_name(Entity("place", "GPE", 0, 11, "Saltwick FM")).kind == "organization"
    person = Entity("person", "PERSON", 0, 11, "Radia Moore")
    assert body_by_name(person) == person


@pytest.mark.model
def test_a_figure_before_a_plural_is_a_count_whatever_the_model_called_it(
    real_encoder: Encoder,
) -> None:
    """The small model calls the "210" of "The academy's 210 pupils went back" a product: a
    bare figure before a plural noun counts it, and the reports' pupils disagree."""
    qa = _qa(
        real_encoder,
        ("Coast Radio", "The roof of the hall at Hexley Academy fell in on Monday. The "
         "academy's 210 pupils went back on Thursday."),
        ("Saltwick Post", "The roof of the hall at Hexley Academy fell in on Monday. Its 180 "
         "pupils come from the village of Hexley and the farms around it."),
    )  # fmt: skip
    assert {("d1", "210"), ("d2", "180")} in _disputed_values(qa, "count")


@pytest.mark.model
def test_who_did_a_deed_is_not_asking_how_another_is_spelled(real_encoder: Encoder) -> None:
    """ "Who called the coastguard?" asks of the dog walker, not how the reports spell the
    coxswain whose sentences tell no call."""
    qa = _qa(
        real_encoder,
        ("Coast Radio", "Two kayakers were rescued off Gull Point near Saltwick on Sunday. Dog "
         "walker Sandra Ibbotson saw them and called the coastguard. The coxswain, Gareth "
         "Penwarden, said the two kayakers had been lucky that the coastguard was told."),
        ("Saltwick Post", "Two kayakers were rescued off Gull Point near Saltwick on Sunday. "
         "Lifeboat coxswain Gareth Penwardine said the two kayakers had been lucky that the "
         "coastguard was told."),
    )  # fmt: skip
    assert [a.kind for a in _table(qa).disputed] == ["name"]
    assert qa.ask("Who called the coastguard about the Gull Point kayakers?").conflicts == []
    assert len(qa.ask("What is the name of the Saltwick lifeboat coxswain?").conflicts) == 1


@pytest.mark.model
def test_a_collapse_is_asked_in_its_phrasal_verbs(real_encoder: Encoder) -> None:
    """ "When did the cliff give way?" asks the date of the collapse both reports give, not the
    disputed date of the vote that followed it; "the roof came down" answers "When did the roof
    fall in?"; and "one of Saltwick Leisure's venues" counts nothing."""
    cliff = _qa(
        real_encoder,
        ("Coast Radio", "A cliff fall at Tunby on Sunday left a bungalow on Marsh Road "
         "teetering at the edge. The collapse followed days of heavy rain. The council's "
         "cabinet voted at an emergency meeting on Monday to demolish the bungalow."),
        ("Saltwick Post", "A cliff fall at Tunby on Sunday left a bungalow on Marsh Road "
         "teetering at the edge. The council's cabinet voted at an emergency meeting on "
         "Tuesday to demolish the bungalow."),
    )  # fmt: skip
    assert cliff.ask("When did the cliff give way at Tunby?").conflicts == []
    roof = _qa(
        real_encoder,
        ("Coast Radio", "The roof of the Hexley Arena stand came down on Saturday, crashing "
         "onto empty seats. The arena, one of Saltwick Leisure's venues, is closed."),
        ("Saltwick Post", "The roof of the Hexley Arena stand came down on Friday night, "
         "crashing onto empty seats. The arena, one of Saltwick Leisure's venues, is closed."),
    )  # fmt: skip
    assert _claims(roof, "What date did the roof fall in at the Hexley Arena?") == {
        ("d1", "2026-02-07"),
        ("d2", "2026-02-06"),
    }
    assert "1" not in {f.normalized for f in _table(roof).facts if f.kind == "count"}


def test_a_phrasal_collapse_is_a_collapse_to_the_question() -> None:
    """An aspect dated by "the roof came down" is what "When did it collapse?" asks (the words
    a question's "fall in" or "give way" add); a match played is no collapse."""
    fact = Fact("date", "Friday", "2027-03-05", 0, 6, ("come", "roof", "down"), "roof", "d1#0.0")
    table = DisputeTable(
        stories=[["d1"]],
        facts=[fact],
        aspects=[Aspect(0, "date", "the date of the roof", "", fact.about, (0,), (("d1",),))],
        story_names=[frozenset()],
    )
    assert "collaps" in aspect_terms(table.aspects[0], table)
    other = Aspect(0, "date", "the date of the match", "", ("play", "match"), (0,), (("d1",),))
    assert "collaps" not in aspect_terms(other, table)


@pytest.mark.model
def test_a_broadcaster_stays_a_body_beside_a_one_word_person(real_encoder: Encoder) -> None:
    """ "The Saltwick lifeboat" makes the small model's person "Saltwick"; "told Radio Saltwick"
    is still the station, not a Mr Saltwick's full name, and what befell the crew is not what
    befell a radio station."""
    qa = _qa(
        real_encoder,
        ("Coast Radio", "The Saltwick lifeboat launched within ten minutes on Sunday. Coxswain "
         "Gareth Penwardine told Radio Saltwick they had been lucky. The crew found the pair "
         "cold but unhurt."),
    )  # fmt: skip
    index, _ = qa._current
    people = {m.normalized for row in index.content.mentions for m in row if m.kind == "person"}
    assert "radio saltwick" not in people
    assert "gareth penwardine" in people


@pytest.mark.model
def test_an_age_set_beside_a_name_as_a_kind_is_the_names(real_encoder: Encoder) -> None:
    """ "Lowther Baron, a two-year-old Limousin": a name after "a" is a kind (the breed, which
    the small model calls a person), so the age is Lowther Baron's, and "How old is Lowther
    Baron?" finds the reports' disagreement."""
    qa = _qa(
        real_encoder,
        ("Mart Gazette", "Lowther Baron, a two-year-old Limousin bred by Alan Wharfedale at Low "
         "Garth Farm, made 7,500 guineas at Crossfell Auction Mart on Friday."),
        ("Dales Weekly", "The bull in the ring at Crossfell Auction Mart on Friday was Lowther "
         "Baron, an 18-month-old Limousin bred by Alan Wharfedale at Low Garth Farm."),
    )  # fmt: skip
    assert _claims(qa, "How old is Lowther Baron?") == {("d1", "2"), ("d2", "1.5")}


def test_a_name_only_one_retrieved_story_gives_picks_that_story() -> None:
    """ "Which company is building the Ropewalk Bridge?" is the footbridge's story when its
    passage matched the question's words best: no other story retrieved gives the name
    "Ropewalk", though a swing bridge's article is nearer "a company building a bridge" as a
    whole (its document vector wins otherwise)."""
    table = DisputeTable(
        stories=[["d1"], ["d2"]],
        facts=[],
        aspects=[],
        story_names=[frozenset({"orrick", "bridg"}), frozenset({"ropewalk", "bridg"})],
    )
    content = cast(
        IndexContent,
        SimpleNamespace(
            lookups=SimpleNamespace(document_vectors={"d1": np.ones(2), "d2": np.zeros(2)})
        ),
    )

    def hit(doc: str, bm25_rank: int) -> Hit:
        passage = Passage(id=f"{doc}#0", doc_id=doc, start=0, end=1, text="x")
        return Hit(passage=passage, score=1.0, bm25_rank=bm25_rank)

    hits = [hit("d2", 1), hit("d1", 2)]
    query = np.ones(2)
    question = "Which company is building the Ropewalk Bridge?"
    assert story_of(hits, query, content, table, question) == 1
    assert story_of(hits, query, content, table, "Which company is building the bridge?") == 0
    assert story_of([hit("d1", 1), hit("d2", 2)], query, content, table, question) == 0


@pytest.mark.model
def test_what_caught_fire_where_a_fire_began_is_its_cause(real_encoder: Encoder) -> None:
    """ "the blaze began in the flue, where a build-up of soot caught fire" against "sparked by
    an electrical fault": two causes. "Destroyed by fire" is the fire itself and "not treated
    as suspicious" a judgement: neither is a cause that could agree with another."""
    qa = _qa(
        real_encoder,
        ("Coast Radio", "Haxby Bakery in Saltwick was destroyed by fire on Monday. Fire chiefs "
         "believe the blaze was sparked by an electrical fault in a proving cabinet. Police said "
         "the fire was not being treated as suspicious."),
        ("Saltwick Post", "Haxby Bakery in Saltwick was destroyed by fire on Monday. "
         "Investigators have concluded that the blaze began in the flue of the bread oven, where "
         "a build-up of soot caught fire and spread into the roof."),
    )  # fmt: skip
    assert _claims(qa, "What caused the fire at Haxby Bakery?") == {
        ("d1", "an electrical fault"),
        ("d2", "a build-up of soot"),
    }


@pytest.mark.model
def test_a_time_is_never_a_cause() -> None:
    """What someone slipped on or something slid on is a cause, but not the night or the day
    it happened on; "days of heavy rain" is rain, not a time."""
    texts = [
        "On the night of October 10, a slab of boulder clay slid down onto the beach below.",
        "One boy broke his ankle when he slipped on the rocks on the first day.",
        "Days of heavy rain had washed away the river bank.",
    ]
    found = [
        [text[start:end] for start, end, *_ in causes(doc, lambda span: None)]
        for text, doc in zip(texts, parsed_docs(texts), strict=True)
    ]
    assert found == [[], ["the rocks"], ["Days of heavy rain"]]


_CARETAKER_FOUND_IT = (
    "Coast Radio",
    "The roof of the hall at Hexley Primary School fell in on Tuesday. The damage was found by "
    "the school caretaker, Malcolm Frith, when he arrived to unlock the building.",
)


@pytest.mark.model
def test_who_first_saw_it_asks_who_found_it(real_encoder: Encoder) -> None:
    """ "who was first to see the damage" asks who found it, in words the stop list drops:
    "The damage was found by the school caretaker" against "The damage was discovered by the
    headteacher"."""
    qa = _qa(
        real_encoder,
        _CARETAKER_FOUND_IT,
        ("Saltwick Post", "The roof of the hall at Hexley Primary School fell in on Tuesday. "
         "The damage was discovered by the headteacher, Joanne Stirk, who had come in early."),
    )  # fmt: skip
    assert _claims(qa, "who was first to see the damage at hexley school") == {
        ("d1", "malcolm frith"),
        ("d2", "joanne stirk"),
    }


@pytest.mark.model
def test_the_first_to_do_a_deed_is_its_agent(real_encoder: Encoder) -> None:
    """ "The first person to find the damage was the headteacher, Joanne Stirk, who ... found
    the doors blocked" tells who found the damage (what else the clause after her name tells
    she did comes after); "the first person" is her, not what was found."""
    qa = _qa(
        real_encoder,
        _CARETAKER_FOUND_IT,
        ("Saltwick Post", "The roof of the hall at Hexley Primary School fell in on Tuesday. "
         "The first person to find the damage was the headteacher, Joanne Stirk, who had come "
         "in early and found the double doors blocked by fallen plasterboard."),
    )  # fmt: skip
    stirk = [f for f in _table(qa).facts if f.kind == "agent" and f.normalized == "joanne stirk"]
    assert [f.about for f in stirk] == [("find", "damage")]
    assert {("d1", "malcolm frith"), ("d2", "joanne stirk")} in _disputed_values(qa, "agent")


@pytest.mark.model
def test_police_ranks_depths_and_the_night_of_a_day(real_encoder: Encoder) -> None:
    """ "Police Constable Dale Featherstone" against "Inspector Dale Featherstone" is a rank
    disagreement; "about four metres of water" and "20FT of freezing water" are the water's
    depth (not the car's); "on the night of June 7" is a day, which the small model cut at
    "of"."""
    qa = _qa(
        real_encoder,
        ("Coast Radio", "An 84-year-old woman was rescued after her car rolled off the fish "
         "quay at Tarnfold on Tuesday. It landed in about four metres of water and began to "
         "sink. Police Constable Dale Featherstone said she was safe. The cattle were taken "
         "from a field known as Low Pasture at Birkby Farm on the night of June 7, and the "
         "theft was discovered the next morning by the farmer, Ann Dowson."),
        ("Saltwick Post", "PLUCKY gran Edith Hepworth, 84, cheated death when her car shot off "
         "the fish quay at Tarnfold on Tuesday and plunged into 20FT of freezing water. "
         "Inspector Dale Featherstone said she was safe. Cattle were also taken from Low "
         "Pasture at Birkby Farm, the farmer, Ann Dowson, said."),
    )  # fmt: skip
    assert {("d1", "constable"), ("d2", "inspector")} in _disputed_values(qa, "role")
    assert {("d1", "~4 metre"), ("d2", "20 foot")} in _disputed_values(qa, "measure")


def test_a_time_cut_at_of_runs_on_to_its_day() -> None:
    """The small model may end a time at "of" ("the night of" | "June 7", or nothing after):
    the day after it is part of it, and read once."""
    sentence = "The sheep were taken on the night of June 7, police said."
    start = sentence.index("the night of")

    def entity(label: str, text: str) -> SimpleNamespace:
        at = sentence.index(text)
        return SimpleNamespace(label_=label, text=text, start_char=at, end_char=at + len(text))

    doc = SimpleNamespace(ents=[entity("TIME", "the night of"), entity("DATE", "June 7")])
    assert _entities(doc, sentence, {}) == [
        Entity("date", "DATE", start, start + len("the night of June 7"), "the night of June 7")
    ]


def test_what_the_reports_say_about_a_bill_asks_a_sum() -> None:
    """ "What do the reports say about the bill for fixing the green?" names the bill, as "What
    was the bill for fixing the green?" does: the wrapper asks no kind of its own."""
    wrapped = "What do the reports say about the bill for fixing the green the badgers dug up?"
    assert "amount" in fact_kinds(wrapped, detect(wrapped))


@pytest.mark.model
def test_how_heavy_asks_the_weight_beside_a_firm_called_heavy(real_encoder: Encoder) -> None:
    """ "how heavy is the tollhouse" asks its weight though the story names a firm "Heavy"
    (names say which story, not which aspect, but a measure's word still asks its measure)."""
    qa = _qa(
        real_encoder,
        ("Coast Radio", "Sedgethorpe Tollhouse was rolled 40 metres on Saturday by Pennine "
         "Heavy Haulage. The brick building weighs 180 tonnes."),
        ("Saltwick Post", "Sedgethorpe Tollhouse was rolled along steel rails on Saturday by "
         "Pennine Heavy Haulage. It weighs about 95 tonnes."),
    )  # fmt: skip
    assert _claims(qa, "how heavy is the sedgethorpe tollhouse") == {
        ("d1", "180 tonne"),
        ("d2", "~95 tonne"),
    }


def test_a_tally_in_figures_and_words() -> None:
    """ "voted by 38 votes to five" is the tally 38-5, as "by 31 votes to 12" is 31-12; "from
    one to two" is no tally."""
    assert [s[2] for s in scores("members voted by 38 votes to five to pay for a fence")] == [
        "38-5"
    ]
    assert [s[2] for s in scores("members voted by 31 votes to 12 to spend it")] == ["31-12"]
    assert scores("they voted to move from one to two sessions") == []


def test_a_measure_the_model_called_a_product_is_a_quantity() -> None:
    """ "the whopping 150FT spiral": the small model's product is a measure."""
    sentence = "He spotted the whopping 150FT spiral in his field."
    at = sentence.index("150FT")
    ent = SimpleNamespace(label_="PRODUCT", text="150FT", start_char=at, end_char=at + 5)
    assert _entities(SimpleNamespace(ents=[ent]), sentence, {}) == [
        Entity("number", "QUANTITY", at, at + 5, "150FT")
    ]


@pytest.mark.model
def test_how_big_asks_a_width(real_encoder: Encoder) -> None:
    """ "How big is the crop circle?" asks its size, which "80 metres across" and "a 150ft
    spiral ... across" give, not the 200 miles an expert drove to see it."""
    qa = _qa(
        real_encoder,
        ("Coast Radio", "A crop circle appeared at Hobthwaite on Sunday. The spiral measures "
         "about 80 metres across. Crop circle expert Morwenna Lowthian drove 200 miles to see "
         "the field at Hobthwaite."),
        ("Saltwick Post", "A crop circle appeared at Hobthwaite on Sunday. The spiral is 150ft "
         "across. Expert Morwenna Lowthian said it was a work of art."),
    )  # fmt: skip
    assert _claims(qa, "How big is the crop circle at Hobthwaite?") == {
        ("d1", "~80 metre"),
        ("d2", "150 foot"),
    }
