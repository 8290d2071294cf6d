"""Noun phrases of short texts (questions, earlier answers), from spaCy's parse.

Used only when a question needs rewriting from the conversation or a conflict must be named:
parsing a question costs about 5 ms, which the plain path never pays. Article text is never
parsed here; that happens once, at index time.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from assistant.lexicon import PRONOUNS, QUESTION_WORDS
from index.analysis import SPACY_MODEL

_PARSE_LOCK = threading.Lock()
# Nouns that only carry a verb ("take place", "make a statement") and name no topic.
# Phrases that belong to the noun they hang on: "the raid [on Dumayr]", "information [provided...]".
_ATTACHED = frozenset({"prep", "acl"})
_LIGHT = frozenset({"place", "part", "statement", "way", "thing", "anything", "something"})


@cache
def _nlp() -> Any:
    """The full small English pipeline (with the parser), loaded once, on first need."""
    import spacy

    return spacy.load(SPACY_MODEL, exclude=["lemmatizer"])


@lru_cache(maxsize=1024)
def parse(text: str) -> Any:
    """spaCy's Doc for a short text; repeated texts (the history) are parsed once.

    One parse at a time: spaCy does not promise that a pipeline is safe to share across the
    chat page's threads, and a parse takes only milliseconds.
    """
    nlp = _nlp()
    with _PARSE_LOCK:
        return nlp(text)


def _is_topic(chunk: Any) -> bool:
    root = chunk.root
    words = {t.lower_ for t in chunk}
    return not (
        words & QUESTION_WORDS
        or root.lower_ in PRONOUNS
        or root.pos_ == "PRON"
        or (root.lower_ in _LIGHT and root.dep_ in ("dobj", "attr", "pobj"))
        or all(t.ent_type_ in ("DATE", "TIME") for t in chunk)
    )


def phrase(chunk: Any) -> str:
    """A noun chunk with the phrases hanging on it ("the US raid" + "on Dumayr")."""
    end = chunk.end
    for child in chunk.root.rights:
        if child.i >= chunk.end and child.dep_ in _ATTACHED:
            end = max(end, max(t.i for t in child.subtree) + 1)
    return chunk.doc[chunk.start : end].text.rstrip(" ,;:?.!")


@dataclass(frozen=True)
class Phrase:
    """A topical noun phrase of a short text, with what the parse says about it."""

    text: str
    start: int
    end: int
    plural: bool
    subject: bool
    label: str


def phrases(text: str) -> list[Phrase]:
    """Topic noun phrases of a text in reading order (no question words, pronouns, light nouns)."""
    found = []
    for chunk in parse(text).noun_chunks:
        if not _is_topic(chunk):
            continue
        words = phrase(chunk)
        start = chunk.start_char
        found.append(
            Phrase(
                text=words,
                start=start,
                end=start + len(words),
                plural=chunk.root.tag_ in ("NNS", "NNPS"),
                subject=chunk.root.dep_ in ("nsubj", "nsubjpass"),
                label=next((t.ent_type_ for t in chunk if t.ent_type_), ""),
            )
        )
    return found


def noun_phrases(text: str) -> list[str]:
    """The texts of `phrases`."""
    return [p.text for p in phrases(text)]


def subject(text: str) -> str | None:
    """What a sentence is about: its subject's noun phrase, if it has a topical one."""
    for chunk in parse(text).noun_chunks:
        if chunk.root.dep_ in ("nsubj", "nsubjpass") and _is_topic(chunk):
            return phrase(chunk)
    return None
