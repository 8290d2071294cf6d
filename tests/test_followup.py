"""Follow-up questions: rewritten from the history only when they need it."""

from __future__ import annotations

from typing import Any

import pytest

from assistant import Assistant
from assistant.antecedents import reask
from assistant.followup import needs_rewrite
from assistant.models import Turn

KILLED = "However, the man killed was Khaled al-Masoud, who sources allege was an undercover agent."


@pytest.mark.parametrize(
    ("question", "needed"),
    [
        ("Who was killed in the raid?", False),
        ("Is there a statement from CENTCOM about the raid?", False),  # "there" of existence
        ("What is the incident likely to lead to?", False),
        ("What is his mother's name?", True),
        ("Has it said anything about the raid?", True),
        ("Who trained them?", True),
        ("Was that done on purpose?", True),
        ("What about the SFA?", True),
        ("And the SFA?", True),
        ("When?", True),
        ("And where?", True),
        ("How long was the road shut that time?", True),
        # a count with no noun, carrying the conversation on; not one naming what it counts
        ("And how many had stranded in all?", True),
        ("And how many whales had stranded in all?", False),
    ],
)
def test_rewrite_only_when_the_question_needs_the_conversation(question: str, needed: bool) -> None:
    assert needs_rewrite(question) is needed


@pytest.mark.parametrize(
    ("previous", "wh", "entity", "expected"),
    [
        ("Who was killed in the raid?", "when", "Khaled al-Masoud",
         "When was Khaled al-Masoud killed in the raid?"),
        ("Where did the raid take place?", "when", None, "When did the raid take place?"),
        ("In which town did the raid take place?", "why", None, "Why did the raid take place?"),
    ],
)  # fmt: skip
def test_a_bare_question_word_reasks_the_previous_question(
    previous: str, wh: str, entity: str | None, expected: str
) -> None:
    assert reask(previous, wh, entity) == expected


@pytest.mark.model
def test_his_mother_after_who_was_killed(bundled_qa: Assistant) -> None:
    history = [Turn(role="user", content="Who was killed in the raid?"),
               Turn(role="assistant", content=f"{KILLED} [1]")]  # fmt: skip
    answer = bundled_qa.ask("Who was his mother?", history=history)
    assert answer.rewritten_question == "Who was Khaled al-Masoud's mother?"
    assert answer.question == "Who was his mother?"
    assert "Sabah al-Sheikh al-Kilani" in answer.text


@pytest.mark.model
def test_chat_widget_history_dicts_are_accepted(bundled_qa: Assistant) -> None:
    history: list[dict[str, Any]] = [
        {"role": "user", "content": "Who was killed in the raid?", "metadata": None},
        {"role": "assistant", "content": KILLED, "options": []},
    ]
    answer = bundled_qa.ask("What is his mother's name?", history=history)
    assert answer.rewritten_question == "What is Khaled al-Masoud's mother's name?"


@pytest.mark.model
def test_a_standalone_question_is_left_alone(bundled_qa: Assistant) -> None:
    history = [Turn(role="user", content="Who was killed in the raid?"),
               Turn(role="assistant", content=f"{KILLED} [1]")]  # fmt: skip
    answer = bundled_qa.ask("Who is Wassim Nasr?", history=history)
    assert answer.rewritten_question is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("history", "question", "rewritten"),
    [
        (["Did the Syrian government comment on the killing?",
          "The Syrian Ministry of Defense declined to comment. [1]"],
         "What about the SFA?", "Did the SFA comment on the killing?"),
        (["What is CENTCOM?",
          "US Central Command (CENTCOM), the agency responsible for US military operations. [1]"],
         "Has it said anything about the raid?", "Has CENTCOM said anything about the raid?"),
        (["Who took part in the raid besides US soldiers?",
          "US soldiers, alongside members of the Syrian Free Army (SFA) launched a raid. [1]"],
         "Who trained them?", "Who trained members of the Syrian Free Army (SFA)?"),
        (["Who was killed in the raid?", f"{KILLED} [1]"],
         "When?", "When was Khaled al-Masoud killed in the raid?"),
        # A "which organisation" question is answered by one: "it" is that organisation.
        (["Which organisation carried out the raid with the SFA?",
          "US Central Command (CENTCOM), the agency responsible for US military operations, "
          "carried out the raid. [1]"],
         "Has it said anything about the raid?", "Has US Central Command said anything about "
         "the raid?"),
        # The small NER calls "Brandlow Metals" a person: a company asked for is still what
        # the answer names first.
        (["Which company owns the Holmgarth mine?",
          "Brandlow Metals, whose chief executive Sander Holtvik spent both nights of the "
          "rescue at the pithead. [1]"],
         "Since when has it owned the mine?", "Since when has Brandlow Metals owned the mine?"),
        (["Which company's factory burned in Brenmoor?",
          "Halvorsen Plastics, which was founded in Brenmoor in 1974, is one of the largest "
          "employers in the area. [1]"],
         "And what does it make?", "And what does Halvorsen Plastics make?"),
        (["Which company ran the coach that crashed?",
          "The coach, operated by Brightway Coaches, was taking pensioners to the spa town "
          "when it left the road. [1]"],
         "How many coaches does it have?", "How many coaches does Brightway Coaches have?"),
        # A "which <person noun>" question is answered by a person: "his" is that person,
        # not one the question named.
        (["Which official in Syria confirmed al-Masoud's work?",
          "Wassim Nasr said al-Masoud worked for the security agency. [1]"],
         "What is his job?", "What is Wassim Nasr's job?"),
        # A "who" question answered by a company: "it" is the company the answer adds.
        (["Who made an offer for Sollace Nickel?",
          "Sollace Nickel has rejected a takeover offer from its larger rival Ambrecht "
          "Minerals. [1]"],
         "By when does it have to make a firm offer?",
         "By when does Ambrecht Minerals have to make a firm offer?"),
        # A person is named once; the pronouns after stay pronouns, as a reader writes.
        (["Who was killed in the raid?", f"{KILLED} [1]"],
         "Did his mother say he was an agent?", "Did Khaled al-Masoud's mother say he was an "
         "agent?"),
        # "That time" is the year the previous question named.
        (["What did a lorry shed on the bypass in 2021?", "In 2021 a lorry shed gravel. [1]"],
         "How long was the road shut that time?", "How long was the road shut in 2021?"),
        # "them" after "How many X" is what was counted, not a group the answer names.
        (["How many glass eels were seized at Orle airport?",
          "Three people have been arrested after thousands of baby eels were found. [1]"],
         "How many of them died?", "How many of glass eels died?"),
        # A count carried on counts what the previous question counted.
        (["How many US soldiers took part in the raid?", "About 20 took part. [1]"],
         "And how many were killed?", "And how many soldiers were killed?"),
        # A person asked about by their part around another's name is who "her" is.
        (["Did the wife of al-Masoud speak to reporters?",
          "The articles don't say. [1]"],
         "What is her name?", "What is the wife of al-Masoud's name?"),
    ],
)  # fmt: skip
def test_pronouns_and_what_about_are_resolved(
    bundled_qa: Assistant, history: list[str], question: str, rewritten: str
) -> None:
    turns = [Turn(role="user", content=history[0]), Turn(role="assistant", content=history[1])]
    assert bundled_qa.ask(question, history=turns).rewritten_question == rewritten


@pytest.mark.model
def test_a_follow_up_finds_the_date_conflict(bundled_qa: Assistant) -> None:
    history = [
        Turn(role="user", content="Where did the US raid take place?"),
        Turn(role="assistant", content="The operation took place in al-Dumayr. [1]"),
    ]
    answer = bundled_qa.ask("And when did it happen?", history=history)
    assert answer.rewritten_question == "And when did the US raid happen?"
    [conflict] = answer.conflicts
    assert {c.normalized for c in conflict.claims} == {"2025-10-28", "--10-19"}
