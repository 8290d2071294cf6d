"""The words questions are read by: question words, pronouns, and a question's words as names.

One place for them, so that "which words ask" and "which words point back" mean the same in
question typing, topic parsing, follow-ups and the person a question names.
"""

from __future__ import annotations

import re

from index.analysis.entities import name_tokens

QUESTION_WORDS = frozenset({"who", "whom", "whose", "what", "when", "where", "which", "why", "how"})
# The question words as a regular-expression alternation (bracket it where it is used; each
# alternative is a whole word, so their order does not change what matches).
QUESTION_WORD_PATTERN = "|".join(sorted(QUESTION_WORDS))
# Nouns of what a figure measures. A question asks a figure by them ("What was the height of
# the turbine?"), and they only frame its focus: an article gives the figure beside the thing
# measured, not beside the word ("the 140-metre turbine", "a 4.6 million jackpot").
MEASURED = frozenset(
    {"height", "size", "width", "depth", "weight", "distance", "speed", "value", "clearance"}
)
MEASURED_PATTERN = "|".join(sorted(MEASURED))
# "When will the villagers be allowed back?", "When is the trial due to start?", "By when does
# it have to make a firm offer?": a plan or a deadline.
PLAN_ASKED = re.compile(
    r"\b(?:will|shall|due\s+to|expected\s+to|scheduled|set\s+to|deadline|by\s+when)\b"
    r"|\bwhen\b.*\b(?:(?:has|have)\s+to|must)\b",  # not "How long does it have to appeal?"
    re.I,
)
# Pronouns that point back to someone or something earlier, by what they stand for.
PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
THING_PRONOUNS = frozenset({"it", "its"})
# Every pronoun-like word: none of them names a topic.
PRONOUNS = (
    PERSONAL_PRONOUNS
    | PLURAL_PRONOUNS
    | THING_PRONOUNS
    | frozenset({"i", "me", "my", "you", "your", "we", "us", "our", "this", "that", "these"})
    | frozenset({"those", "there", "anyone", "someone", "something", "anything", "everyone"})
    | frozenset({"nobody"})
)
_NOT_NAME = re.compile(r"['\u2019]s\b|[^\w\s'-]")


def question_name_tokens(text: str) -> list[str]:
    """A question's words as name tokens, possessives and punctuation dropped: "al-Masoud's?"
    -> al, masoud (so they compare with the index's person keys)."""
    return name_tokens(_NOT_NAME.sub(" ", text.casefold()))


_CAPITALISED = re.compile(r"[A-Za-z]+")
# "How old is Bosco?", "how old was Ivo Brandtner": the name whose age is asked.
_AGE_OF_NAME = re.compile(r"\b(?i:how\s+old\s+(?:is|was|are|were))\s+((?:[A-Z][\w'-]*\s*)+)")
_POSSESSIVE = re.compile(r"['\u2019]s?\s*$")


def capitalised_words(question: str) -> list[str]:
    """The question's capitalised words after its first: the names it may give ("Who won the
    Maddersby marathon?" -> Maddersby), as `assistant.spelling` reads them too."""
    return [
        m.group(0)
        for m in _CAPITALISED.finditer(question)
        if m.start() > 0 and m.group(0)[0].isupper()
    ]


def aged_names(question: str) -> list[str]:
    """The name tokens of whom "How old is <Name>?" asks about; none for "How old was the
    woman who died in the Skarvik fire?", which names a place, not her, nor for "How old is
    Castrovinha's new signing?", which names his club."""
    found = _AGE_OF_NAME.search(question)
    if found is None or _POSSESSIVE.search(found.group(1)):
        return []
    return question_name_tokens(found.group(1))
