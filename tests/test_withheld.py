"""Near misses the articles spell out: "The fees were not disclosed", "who has not been named".

An invented corpus of its own (no evaluation set's wording), with each withheld value beside
values of the same kind that answer other questions, so that a rule that abstained on the kind
alone, or on any sentence saying "not", fails here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant import Assistant
from assistant.question_type import detect
from assistant.withheld import asked_kinds, withheld
from corpus.models import Document
from index.analysis.tokens import tokenize
from index.encoder import Encoder

_MILL = (
    "The Brackwater paper mill will close in March, its owner Harlow Fibre said on Monday. "
    "The mill employs 412 people and has made paper in Brackwater since 1921. Harlow Fibre "
    "did not say how much closing the mill would cost the company. The mill was sold to a property "
    "developer for an undisclosed sum. A Harlow Fibre supervisor, who has not been named, said "
    "staff had been told by email. Marta Oyelaran, the chief executive of Harlow Fibre, announced "
    "the closure. The works manager, Ilse Brandauer, said the decision was a shock. "
    "Harlow Fibre paid 3 million crowns for new boilers in 2023. The union said it was too "
    "early to say when the last shift would be. The mill's old looms were auctioned on "
    "Friday. The buyer, who bid by telephone, was not identified."
)
_BRIDGE = (
    "The Corran footbridge reopened on Friday after eight weeks of repairs that cost 640,000 "
    "crowns, the county council said. The council has not said why the deck cracked. The "
    "bridge, which is 85 metres long, carries about 3,000 walkers a day. Its engineer, Petra "
    "Lund, said the new deck would last 40 years. The council did not say which contractor "
    "had repaired the deck."
)


@pytest.fixture(scope="module")
def qa(real_encoder: Encoder) -> Assistant:
    documents = [
        Document(id="mill", title="Mill to close", source="Brackwater Gazette", text=_MILL),
        Document(id="bridge", title="Bridge reopens", source="Corran Times", text=_BRIDGE),
    ]
    return Assistant.from_documents(documents, encoder=real_encoder)


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("How much will closing the mill cost Harlow Fibre?", "did not say how much closing"),
        ("What price did the developer pay for the mill?", "for an undisclosed sum"),
        ("Who is the supervisor who told staff about the closure?", "who has not been named"),
        ("When will the mill's last shift be?", "too early to say when the last shift"),
        ("Why did the Corran footbridge deck crack?", "has not said why the deck cracked"),
        ("Which contractor repaired the Corran footbridge?", "did not say which contractor"),
        # "bought" is the buyer's deed, though no stem says so
        ("Who bought the looms?", "The buyer, who bid by telephone"),
    ],
)
def test_a_value_the_articles_say_they_do_not_give_is_not_guessed(
    qa: Assistant, question: str, reason: str
) -> None:
    answer = qa.ask(question)
    assert answer.abstained
    assert reason in answer.related[0].quote
    assert f"One says so: “{answer.related[0].quote}” [1]" in answer.text


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "answer_words"),
    [
        # The same sentences withhold other things: the cost of the closure, not the boilers'.
        ("How much did Harlow Fibre pay for new boilers?", "3 million crowns"),
        ("How many people work at the Brackwater mill?", "412 people"),
        ("Who is the works manager at the mill?", "Ilse Brandauer"),
        # The supervisor's sentence names the company asked about, but withholds another name.
        ("Who is Harlow Fibre's chief executive?", "Marta Oyelaran"),
        ("When will the Brackwater mill close?", "March"),
        ("How much did the footbridge repairs cost?", "640,000"),
        ("Who is the footbridge's engineer?", "Petra Lund"),
    ],
)
def test_a_value_given_beside_a_withheld_one_is_answered(
    qa: Assistant, question: str, answer_words: str
) -> None:
    answer = qa.ask(question)
    assert not answer.abstained
    assert answer_words in answer.text


@pytest.mark.parametrize(
    ("sentence", "kinds", "about", "not_about"),
    [
        ("The fees were not disclosed.", {"money"}, "fees", ""),
        ("Lumo declined to say how many jobs would go.", {"count"}, "jobs", "Lumo"),
        ("How many jobs will go when the plant shuts, Lumo did not say.", {"count"}, "jobs", ""),
        ("It did not say how old the coach was.", {"age"}, "coach", ""),
        ("A driver, whose name has not been released, was freed.", {"name"}, "driver", ""),
        # the one who does not name is not the one unnamed
        (
            "The ship's master, whose name the company has not released, was safe.",
            {"name"},
            "master",
            "company",
        ),
        ("The dead have not been named.", {"name"}, "dead", ""),
        ("The bank has not identified the employee.", {"name"}, "employee", "bank"),
        ("The ministry has not yet chosen a builder.", {"name"}, "builder", "ministry"),
        ("The club needs a new sponsor but has not found one.", {"name"}, "sponsor", ""),
        ("A guard who asked not to be named said it was quiet.", {"name"}, "guard", ""),
        ("No date for the hearing has been set.", {"date"}, "hearing", ""),
        ("No date has yet been set for the appeal to be heard.", {"date"}, "appeal", ""),
        ("The cause of the fire is still under investigation.", {"cause"}, "fire", ""),
        # "It is not known how ...": the question after a passive phrase is what is withheld.
        ("It is not known how many workers were inside.", {"count"}, "workers", ""),
        ("It was not immediately clear why the bridge shut.", {"cause"}, "bridge", ""),
        # "two banks it has not named": a clause with no "which" withholds what stands before it
        ("It is advised by two banks it has not named.", {"name"}, "banks", ""),
        # relative clauses joined by "and" are about one antecedent, the driver
        (
            "A driver who was kidnapped with her, and whose name has not been released, is free.",
            {"name"},
            "driver",
            "kidnapped",
        ),
        # a sum named by what it is
        ("The deficit, which the board described only as large, grew.", {"money"}, "deficit", ""),
        # Nothing of a kind a question asks for is withheld.
        ("She has not said whether she will return.", set(), "", ""),
        # "did not say which ..." withholds which one; a relative "which" says nothing of it.
        ("The council did not say which contractor had repaired it.", {"which"}, "contractor", ""),
    ],
)
def test_what_a_sentence_withholds_is_read_from_the_words_around_it(
    sentence: str, kinds: set[str], about: str, not_about: str
) -> None:
    found = withheld(sentence)
    if not kinds:
        assert found == []
        return
    ((withheld_kinds, stems),) = found
    assert withheld_kinds >= kinds
    assert set(tokenize(about)) <= stems
    assert not set(tokenize(not_about)) & stems


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("How much was the club fined?", {"money"}),
        ("How many tickets were sold?", {"count"}),
        ("How old is the mayor?", {"age"}),
        ("Who bought the painting?", {"name"}),
        ("When will the court hear the case?", {"date"}),
        ("Why did the tower fall?", {"cause"}),
        ("What made the balloon crash?", {"cause"}),
        ("What did the minister say?", set()),
        ("Which tractor won the prize for the best lights?", {"which"}),
    ],
)
def test_what_a_question_asks_is_named_in_the_words_a_withholding_uses(
    question: str, kinds: set[str]
) -> None:
    assert asked_kinds(question, detect(question)) == kinds


_SACKED_A = (
    "Rovers have sacked their manager, Dario Pelt, after a 5-0 defeat, and will pay him "
    "$900,000 to leave, the club said on Sunday. Their January signing, the striker Ivo "
    "Marsh, has scored once since joining from Albion for an undisclosed fee."
)
_SACKED_B = (
    "Rovers will hand sacked manager Dario Pelt a $1.2 million payoff, the Evening Star "
    "understands. Pelt was dismissed on Sunday after his side lost 5-0 at home."
)


@pytest.fixture(scope="module")
def club(real_encoder: Encoder) -> Assistant:
    documents = [
        Document(id="a", title="Rovers sack Pelt", source="Rovers Echo", text=_SACKED_A,
                 published=dt.date(2026, 3, 2)),
        Document(id="b", title="Pelt payoff", source="Evening Star", text=_SACKED_B,
                 published=dt.date(2026, 3, 2)),
    ]  # fmt: skip
    return Assistant.from_documents(documents, encoder=real_encoder)


@pytest.mark.model
def test_a_withheld_value_is_not_answered_by_another_disagreement_of_its_story(
    club: Assistant,
) -> None:
    # The sources disagree on the manager's payoff, not on the striker's fee, which the
    # sentence ranked first says was not disclosed.
    answer = club.ask("What fee did Rovers pay Albion for the striker Ivo Marsh?")
    assert answer.abstained
    assert answer.conflicts == []
    assert "undisclosed fee" in answer.related[0].quote
    # Asked of the payoff, the disagreement stands.
    payoff = club.ask("How much will Rovers pay Dario Pelt to leave?")
    assert [sorted(c.normalized for c in k.claims) for k in payoff.conflicts] == [
        ["1200000 USD", "900000 USD"]
    ]


_CRASH = (
    ("Quayside Press", "Three people died when a Dolwyn Coaches bus overturned on the Vittra "
     "Pass near Dolwyn on Tuesday. The driver, Ansel Kirby, was arrested. Initial findings "
     "pointed to brake failure on the long descent, police said."),
    ("Ridgeway Tribune", "Three people died when a Dolwyn Coaches bus overturned on the Vittra "
     "Pass near Dolwyn on Tuesday. The driver, Ansel Kirby, was arrested. Police said the "
     "coach had hit a patch of black ice on the bend."),
    ("Lantern Wire", "Three people died when a Dolwyn Coaches bus overturned on the Vittra "
     "Pass near Dolwyn on Tuesday. The driver, Ansel Kirby, was arrested. Police have not "
     "said what caused the crash."),
)  # fmt: skip


@pytest.mark.model
def test_an_outlet_saying_a_cause_is_unknown_does_not_hide_a_cause_disagreement(
    real_encoder: Encoder,
) -> None:
    """A story's causes are one aspect, so a cause disagreement is never over another value:
    the third outlet's "have not said what caused the crash" is an account beside the two."""
    documents = [
        Document(id=f"d{n}", title=f"Crash {n}", source=outlet, text=text,
                 published=dt.date(2026, 3, 18))
        for n, (outlet, text) in enumerate(_CRASH, start=1)
    ]  # fmt: skip
    qa = Assistant.from_documents(documents, encoder=real_encoder)
    answer = qa.ask("What caused the coach crash on the Vittra Pass?")
    assert [sorted(c.normalized for c in k.claims) for k in answer.conflicts] == [
        ["black ice", "brake failure"]
    ]


_RESIGNED = (
    "Ana Velt resigned as director of the Corran Museum on Monday after a row over its budget. "
    "The museum's board has not said who will replace her. Its chairman, Tomas Rii, thanked "
    "Velt for eleven years of work. No successor has been named at the Brill library either, "
    "where the head librarian, Ivo Sandt, retired in May."
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("Who is the Corran Museum's new director?", "has not said who will replace her"),
        ("Who has taken over from Ana Velt at the museum?", "has not said who will replace her"),
        ("Who succeeded Ivo Sandt as head librarian?", "No successor has been named"),
    ],
)
def test_a_successor_not_yet_named_is_not_guessed(
    real_encoder: Encoder, question: str, reason: str
) -> None:
    """'New', 'taken over from' and 'succeeded' ask who comes next in a post, which a sentence
    saying no successor is named, or not who will replace her, withholds: the one who left (or
    the chairman beside her) is no answer."""
    documents = [Document(id="m", title="Velt resigns", source="Corran Post", text=_RESIGNED)]
    qa = Assistant.from_documents(documents, encoder=real_encoder)
    answer = qa.ask(question)
    assert answer.abstained
    assert reason in answer.related[0].quote
    assert "Tomas Rii" in qa.ask("Who chairs the museum's board?").text


@pytest.mark.model
def test_what_another_story_withholds_is_no_reason_to_abstain(real_encoder: Encoder) -> None:
    """ "It did not say how many people had been working on the burn" is a moor fire's; it
    withholds nothing of the diver the question names, whose depth another article gives."""
    documents = [
        Document(id="moor", title="Moor fire", source="Fellbeck Post", text=(
            "A fire burned Scarrow Moor on Saturday after a controlled heather burn got out of "
            "control. The estate said the burn had been planned for weeks. It did not say how "
            "many people had been working on the burn.")),
        Document(id="bell", title="Bell raised", source="Skelmouth Times", text=(
            "Divers raised the bell of the brig Coralline off Skelmouth on Monday. The firm's "
            "divers, led by Ffion Cadwallon, worked at a depth of 38 metres in strong "
            "currents.")),
    ]  # fmt: skip
    qa = Assistant.from_documents(documents, encoder=real_encoder)
    answer = qa.ask("At what depth was Ffion Cadwallon working?")
    assert [c.doc_id for c in answer.citations][:1] == ["bell"]
    assert "38 metres" in answer.text
