"""Follow-up questions: resolve "he", "it", "them", "what about X" and bare "When?" from history.

A question is rewritten only when it needs the conversation: a third-person pronoun, a "what
about ...", or a question of a word or two. Otherwise it is left exactly as asked. Names come
from the index's own mentions (the people the articles name), so "his" after an answer about
Khaled al-Masoud becomes "Khaled al-Masoud's" without running a model on article text; the
question and the previous turn are parsed by spaCy (about 5 ms each), only for follow-ups.
"""

from __future__ import annotations

import re
from typing import Any

from assistant import antecedents as ante
from assistant.lexicon import (
    PERSONAL_PRONOUNS,
    PLURAL_PRONOUNS,
    QUESTION_WORD_PATTERN,
    THING_PRONOUNS,
    capitalised_words,
)
from assistant.models import Turn
from assistant.topic import parse
from index.content import IndexContent

# "What about the SFA?", "And the SFA?" (a bare noun phrase: no question word, verb or pronoun).
_WHAT_ABOUT = re.compile(
    r"^(?:and\s+|but\s+|so\s+)?(?:what|how)\s+about\s+(.+?)\s*\??$|"
    rf"^and\s+(?!(?:{QUESTION_WORD_PATTERN}|is|are|was|were|did|does|do|"
    r"has|have|had|can|could|will|would|he|she|it|they)\b)((?:\S+\s*){1,3}?)\s*\??$",
    re.IGNORECASE,
)
_WH = re.compile(rf"^({QUESTION_WORD_PATTERN})\b", re.IGNORECASE)
_FILLER = frozenset({"and", "so", "but", "then", "also", "ok", "okay"})
# "how many" with no noun after it: "And how many had stranded in all?"
_BARE_HOW_MANY = re.compile(
    r"\bhow\s+many(?=\s+(?:are|were|is|was|had|have|has|did|do|does|will|would|could)\b)",
    re.IGNORECASE,
)
# Words that open a question carrying the conversation on.
_CARRYING_ON = frozenset({"and", "so", "then", "also"})
# A question of at most this many words (fillers aside) says too little to be asked alone.
SHORT_WORDS = 2
_THIRD_PERSON = PERSONAL_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS
_DEMONSTRATIVE = frozenset({"that", "this"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_TIME_LINKS = frozenset({"before", "after", "since", "until", "despite"})
# "how long was the bypass shut that time?" after "What did a lorry shed there in 2021?": the
# time the previous question named, its year ("in 2021"), not the story's news.
_THAT_TIME = re.compile(r"\b(?:(?:at|on|in)\s+)?that\s+(?:time|year|occasion)\b", re.IGNORECASE)
_IN_A_YEAR = re.compile(r"\b(?:in|during)\s+(?:1[6-9]|20)\d\d\b", re.IGNORECASE)


def _points_back(token: Any) -> bool:
    """Whether a token refers into the conversation: a third-person pronoun, a demonstrative
    standing for a whole statement ("Was that done on purpose?", "before that"), or a "there"
    of place (not the "there" of "were there")."""
    word = token.lower_
    if word in _THIRD_PERSON:
        return token.tag_ in ("PRP", "PRP$")
    if word in _DEMONSTRATIVE:
        return token.dep_ in ("nsubj", "nsubjpass", "dobj") or (
            token.dep_ == "pobj" and token.head.lower_ in _TIME_LINKS
        )
    return word == "there" and token.dep_ == "advmod" and token.head.lower_ not in _BE


def _references(doc: Any) -> list[Any]:
    """Tokens that point back into the conversation."""
    return [token for token in doc if _points_back(token)]


def _words(question: str) -> list[str]:
    return [w for w in re.findall(r"[\w'-]+", question.casefold()) if w not in _FILLER]


def needs_rewrite(question: str) -> bool:
    """Whether a question depends on the conversation (cheap checks first, then the parse)."""
    if _WHAT_ABOUT.match(question.strip()) or len(_words(question)) <= SHORT_WORDS:
        return True
    if _THAT_TIME.search(question) or _carried_on(question):
        return True
    lowered = set(_words(question))
    if not lowered & (_THIRD_PERSON | _DEMONSTRATIVE | {"there"}):
        return False
    return bool(_references(parse(question)))


def _carried_on(question: str) -> bool:
    """Whether a how-many question carries the conversation on with nothing of its own to say
    what it counts: "And how many had stranded in all?" (an opening "and" or "so", no noun
    after "how many", and no name: a capital after the first word)."""
    words = question.split()
    return (
        len(words) > 1
        and words[0].casefold().strip(",") in _CARRYING_ON
        and _BARE_HOW_MANY.search(question) is not None
        and not capitalised_words(question)
    )


def _previous(history: list[Turn]) -> tuple[str, str, list[Turn]] | None:
    """The last user question, the answer after it, and the history before that question."""
    for i in range(len(history) - 1, -1, -1):
        if history[i].role == "user":
            answer = next((t.content for t in history[i + 1 :] if t.role == "assistant"), "")
            return history[i].content, answer, history[:i]
    return None


def _substitute(question: str, replacements: dict[int, str]) -> str:
    """The question with the tokens at these indices replaced (whitespace kept)."""
    doc = parse(question)
    parts = []
    for token in doc:
        parts.append(replacements.get(token.i, token.text) + token.whitespace_)
    return "".join(parts).strip()


def _resolve_pronouns(question: str, context: ante.Context) -> str:
    doc = parse(question)
    tokens = _references(doc)
    plural_object = any(t.lower_ in ("them", "their") for t in tokens)
    replacements: dict[int, str] = {}
    named: set[str] = set()
    for token in tokens:
        word = token.lower_
        if word in PERSONAL_PRONOUNS:
            target = context.person
        elif word in PLURAL_PRONOUNS:
            if word == "they" and plural_object:
                continue  # "Did they catch any of them?": two groups; name the one asked about
            target = context.group
        elif word in THING_PRONOUNS:
            target = context.thing
        elif word in _DEMONSTRATIVE:
            target = context.statement
        else:
            target = context.place
        if target is None or target in named:
            continue  # "What did she say she never wants?": the name once, then "she" reads
        if word == "their" and _plural_before(token):
            continue  # "How many homes lost their supply?": the homes' own
        named.add(target)
        possessive = token.tag_ == "PRP$" or (word == "her" and token.dep_ == "poss")
        replacements[token.i] = f"{target}'s" if possessive else target
    return _substitute(question, replacements) if replacements else question


def _plural_before(token: Any) -> bool:
    """Whether a plural noun comes before a pronoun in its question, which the pronoun may
    stand for ("How many homes lost their supply?")."""
    return any(t.tag_ in ("NNS", "NNPS") for t in token.doc[: token.i])


def _what_about(subject: str, previous: str, context: ante.Context) -> str:
    """The previous question asked of something else: its topic replaced by `subject`."""
    subject = _resolve_pronouns(subject, context)
    target = ante.replaceable_span(previous, subject)
    if target is None:
        return f"{subject.rstrip('?')}: {previous}"
    start, end = target
    return previous[:start] + subject + previous[end:]


def _short(question: str, previous: str, context: ante.Context) -> str:
    """A bare "When?" or "And where?" asked of the previous question."""
    asked = _WH.search(" ".join(_words(question)))
    if asked is None:
        return f"{previous.rstrip('?')} {question.strip()}"
    return ante.reask(previous, asked.group(1), context.answer_entity)


def rewrite(question: str, history: list[Turn], content: IndexContent) -> str | None:
    """The question made standalone from the history, or None when it needs no rewriting."""
    if not history or not needs_rewrite(question):
        return None
    previous_turn = _previous(history)
    if previous_turn is None:
        return None
    previous, answer, earlier = previous_turn
    previous = rewrite(previous, earlier, content) or previous
    context = ante.find(previous, answer, content)
    text = question.strip()
    about = _WHAT_ABOUT.match(text)
    if about:
        subject = (about.group(1) or about.group(2)).strip().rstrip("?").strip()
        rewritten = _what_about(subject, previous, context)
    elif len(_words(text)) <= SHORT_WORDS:
        rewritten = _short(text, previous, context)
    else:
        rewritten = _resolve_pronouns(_at_that_time(text, previous), context)
        if rewritten == text and _carried_on(text):
            rewritten = _of_the_previous(text, previous)
    return rewritten if rewritten != text else None


def _of_the_previous(question: str, previous: str) -> str:
    """A how-many question that carries on counts what the previous one counted: "And how many
    had stranded in all?" after "How many whales died in the Esterhythe stranding?" is "And
    how many whales had stranded in all?" (a count names what it counts, or none answers it).
    Its names are not carried over: the passages a question retrieves stay on its story, and
    "(Marisol Star)" after "And how many are still missing?" only drew passages away from the
    figure."""
    bare = _BARE_HOW_MANY.search(question)
    counted = _counted_in(previous) if bare else None
    if bare is None or counted is None:
        return question
    return f"{question[: bare.end()]} {counted}{question[bare.end() :]}"


def _counted_in(question: str) -> str | None:
    """The noun a how-many question counts ("whales" of "How many whales died ...?")."""
    for token in parse(question):
        if token.lower_ == "many" and token.head.pos_ == "NOUN":
            return str(token.head.text)
    return None


def _at_that_time(question: str, previous: str) -> str:
    """The question with "that time" (or year, or occasion) replaced by the year the previous
    question named ("in 2021"); as asked when it named none."""
    year = _IN_A_YEAR.search(previous)
    return _THAT_TIME.sub(year.group(0), question) if year else question
