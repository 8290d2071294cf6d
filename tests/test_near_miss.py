"""Near misses: the articles speak of what is asked about but never give its name or figure.

A small invented corpus of its own, so that the rules are checked on text other than the
evaluation sets they were chosen on.
"""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.abstention import asks_instructions
from corpus.models import Document
from index.encoder import Encoder

_FERRY = (
    "The ferry Northern Lark ran aground off Tarrow Point on Sunday night. Its captain was among "
    "the crew rescued by a lifeboat, the operator said. The harbour master, Edda Voss, said the "
    "tide had turned early. Repairs to the hull will cost $2.4 million, according to the "
    "operator. The ship's owner has paid a fine before, inspectors said. Two passengers were "
    'treated in hospital; one of the patients was a nurse from Tarrow. "We were lucky," said '
    "a deckhand who asked not to be named. A boy was winched to safety from the rocks. "
    "Salvage experts say the wreck is worth $8 million."
)
_CLUB = (
    "Arlen Town have appointed a new head coach. The club named Piet Haldane, a former "
    "goalkeeper, as head coach on Monday. Haldane said the squad had 26 players fit for the "
    "opening match. His wife, Mira Haldane, is a teacher in the town. The former coach, Jonas "
    "Kessler, has sued the club; Kessler's lawyer, Edgar Lindqvist, said the contract was clear. "
    "Anna Haldane, the new coach's mother, watched the first training session. The man who "
    "scored the winner in the last match, Tomas Berg, has left the club. The squad trains at "
    "Millbrook Stadium. Father Benedikt Arvo blessed the new pitch before the session."
)


@pytest.fixture(scope="module")
def qa(real_encoder: Encoder) -> Assistant:
    documents = [
        Document(id="ferry", title="Ferry aground", source="Tarrow Post", text=_FERRY),
        Document(id="club", title="New coach", source="Arlen Echo", text=_CLUB),
    ]
    return Assistant.from_documents(documents, encoder=real_encoder)


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "mentioned"),
    [
        ("What is the name of the ferry's captain?", "the ferry's captain"),
        ("How much damage did the grounding cause?", None),
        ("Who is the ship's owner?", "the ship's owner"),
        # Kessler's lawyer is named, Haldane's is not.
        ("Who is Piet Haldane's lawyer?", "Piet Haldane's lawyer"),
        ("What were the names of the patients treated in hospital?", "the patients"),
        ("What is the name of the boy winched to safety?", "the boy"),
        # The sums told are a cost and a value: none is said to be paid.
        ("How much did the operator pay the salvage experts?", None),
        # "in hospital": no hospital's name is given.
        ("Which hospital were the passengers treated in?", "the hospital"),
        # A priest called "Father" is nobody's father; Kessler's lawyer is not Haldane's.
        ("Who is Piet Haldane's father?", None),
        ("What's Piet Haldane's father called?", None),
        ("What is Piet Haldane's lawyer's name?", None),
    ],
)
def test_a_role_or_figure_mentioned_but_never_given_is_not_guessed(
    qa: Assistant, question: str, mentioned: str | None
) -> None:
    answer = qa.ask(question)
    assert answer.abstained
    if mentioned is not None:
        assert f"They mention {mentioned} but never give" in answer.text


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "answer_words"),
    [
        ("Who is the harbour master?", "Edda Voss"),  # name after the role, in apposition
        ("Who is Arlen Town's head coach?", "Piet Haldane"),  # "named X ... as head coach"
        ("What is the name of Haldane's wife?", "Mira Haldane"),
        ("How much will the hull repairs cost?", "$2.4 million"),
        ("How much is the wreck worth?", "$8 million"),
        ("How many players are fit?", "26 players"),
        ("Who is Jonas Kessler's lawyer?", "Edgar Lindqvist"),
        ("Who is Piet Haldane's mother?", "Anna Haldane"),  # "the new coach's" may be his
        # A describing noun is named anywhere in its sentence.
        ("What is the name of the man who scored the winner?", "Tomas Berg"),
        ("Which stadium does the squad train at?", "Millbrook Stadium"),
    ],
)
def test_a_name_or_figure_tied_to_what_is_asked_is_answered(
    qa: Assistant, question: str, answer_words: str
) -> None:
    answer = qa.ask(question)
    assert not answer.abstained
    assert answer_words in answer.text


@pytest.mark.model
def test_a_question_about_a_name_no_article_uses_is_not_answered(qa: Assistant) -> None:
    """ "Who won the Maddersby regatta?" shares "won" and nothing else: no article names
    Maddersby, so no sentence answers it, however well the rest of the question matches."""
    answer = qa.ask("When did the Maddersby ferry run aground?")
    assert answer.abstained
    assert "No article mentions Maddersby." in answer.text


@pytest.mark.model
def test_a_misspelled_or_common_name_is_not_called_absent(qa: Assistant) -> None:
    """A slip in a name the articles use ("Haldan") and words English uses every day
    ("American") are no reason to abstain."""
    assert not qa.ask("Who did Arlen Town name as head coach, Haldan?").abstained
    assert "No article mentions" not in qa.ask("Did the American operator pay a fine?").text


@pytest.mark.model
def test_a_question_asking_what_to_do_is_not_answered_by_news(qa: Assistant) -> None:
    """ "How do I ...?" asks for instructions, which no report gives, though a sentence shares
    its words ("Repairs to the hull will cost ..."); a question about what happened is
    answered as before."""
    answer = qa.ask("How do I get repairs to a boat hull paid for?")
    assert answer.abstained
    assert "give no instructions" in answer.text
    assert answer.related  # the closest passages are still shown
    assert not qa.ask("How did the ferry's captain get off the ship?").abstained


@pytest.mark.parametrize(
    ("question", "instructions"),
    [("How do I renew my passport?", True),
     ("how can we claim compensation for the delay", True),
     ("How to bake sourdough bread?", True),
     ("How did the ferry run aground?", False),
     ("How would one create an empire by means of Imperialism?", False),  # SQuAD, answerable
     ("How do the two reports differ?", False)],
)  # fmt: skip
def test_instructions_are_asked_in_the_first_person(question: str, instructions: bool) -> None:
    assert asks_instructions(question) is instructions


@pytest.mark.model
def test_a_name_said_to_be_withheld_is_not_guessed(qa: Assistant) -> None:
    """ "a deckhand who asked not to be named": the article says it does not give the name."""
    answer = qa.ask("What is the name of the deckhand who spoke about the rescue?")
    assert answer.abstained


@pytest.mark.model
def test_an_age_is_not_answered_with_another_ones(real_encoder: Encoder) -> None:
    text = (
        "A chimpanzee called Bosco climbed the fence of the Tarrow wildlife park on Monday. "
        "The park's director, Ivo Brandtner, 61, said: \"He was back in his enclosure within "
        'the hour."'
    )
    zoo = Assistant.from_documents(
        [Document(id="zoo", title="Chimp escapes", source="Tarrow Post", text=text)],
        encoder=real_encoder,
    )
    assert zoo.ask("How old is Bosco?").abstained
    answer = zoo.ask("How old is Ivo Brandtner?")
    assert not answer.abstained
    assert "61" in answer.text
