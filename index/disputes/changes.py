"""Adding or removing an article changes the disagreement table of its own story, not the others.

A story is a connected group of same-story links, and a link depends only on its two documents
(their vectors and names), so an added article can only join or merge the stories it links to,
and a removed one can only split its own. Facts are kept per document, in document order, so the
added article's facts go last and a removed one's leave a gap the later indices close. The
result equals `build_table` on the new corpus (tests/test_index_changes.py): stories, facts and
aspects in the same order, with the same numbers.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

import numpy as np

from corpus.models import Document
from index.disputes.aspects import Aspect, aspect_name, build_aspects
from index.disputes.facts import Fact, document_facts
from index.disputes.stories import (
    STORY_COSINE_WEIGHT,
    STORY_INTERCEPT,
    STORY_NAMES_WEIGHT,
    group_stories,
    pair_features,
    same_story_probability,
)
from index.disputes.table import (
    DisputeTable,
    FactFinder,
    facts_of,
    name_words,
    named_in,
    story_tokens,
)

_PERSON_KINDS = frozenset({"age", "role", "outcome"})


class UnchangeableTable(ValueError):
    """The table cannot be changed in place (saved without per-document names, or two articles
    share one text): the caller builds it again, reusing its facts."""


class _DocOf(dict[str, str]):
    """Sentence id -> document id for the sentences of the documents being regrouped; any other
    sentence belongs to no document of theirs (build_aspects asks about every fact)."""

    def __missing__(self, key: str) -> str:
        return ""


def _doc_of(content: Any, doc_ids: Sequence[str]) -> _DocOf:
    rows, ids = content.lookups.document_rows, content.sentences.strings("id")
    return _DocOf({ids[r]: doc for doc in doc_ids for r in rows.get(doc, ())})


def _linked(vectors: dict[str, np.ndarray], named: dict[str, frozenset[str]], doc: str) -> set[str]:
    """The documents `doc` is linked to (the same test as `group_stories`, against one)."""
    others = [d for d in vectors if d != doc]
    if not others:
        return set()
    floor = -(STORY_INTERCEPT + STORY_NAMES_WEIGHT) / STORY_COSINE_WEIGHT
    sims = np.stack([vectors[d] for d in others]).astype(np.float32) @ vectors[doc]
    return {
        other
        for other, sim in zip(others, sims.tolist(), strict=True)
        if sim >= floor
        and same_story_probability(*pair_features(vectors, named, other, doc)) >= 0.5
    }


def _renamed(aspect: Aspect, story: int, facts: list[Fact], people: dict[str, str]) -> Aspect:
    """An unchanged story's aspect under its new story number, with a person's name as the
    corpus now spells it most (an added article can change that for every story)."""
    if aspect.kind in _PERSON_KINDS and aspect.subject:
        name = aspect_name(aspect.kind, [facts[i] for i in aspect.facts], people, aspect.subject)
        return dataclasses.replace(aspect, story=story, name=name)
    return dataclasses.replace(aspect, story=story) if aspect.story != story else aspect


def _assembled(
    stories: list[tuple[list[str], int | None]],
    old: DisputeTable,
    facts: list[Fact],
    by_key: dict[str, list[int]],
    named: dict[str, frozenset[str]],
    content: Any,
    moved: Any = None,
) -> DisputeTable:
    """The table of `stories` in order: (documents, the old story it is unchanged from or None).

    Unchanged stories keep their aspects (renumbered; fact indices through `moved`); the others
    are computed as `build_table` computes them.
    """
    people = content.lookups.person_names
    by_story: dict[int, list[Aspect]] = {}
    for aspect in old.aspects:
        by_story.setdefault(aspect.story, []).append(aspect)
    aspects: list[Aspect] = []
    story_names = []
    for number, (docs, was) in enumerate(stories):
        if was is None:
            doc_of = _doc_of(content, docs)
            words = name_words(docs, named)
            aspects += build_aspects(number, docs, facts, doc_of, people, words)
            story_names.append(story_tokens(docs, named))
            continue
        for aspect in by_story.get(was, []):
            if moved is not None:
                aspect = dataclasses.replace(aspect, facts=tuple(moved(aspect.facts)))
            aspects.append(_renamed(aspect, number, facts, people))
        story_names.append(old.story_names[was])
    return DisputeTable([docs for docs, _ in stories], facts, aspects, story_names, by_key, named)


def with_document(
    table: DisputeTable,
    doc: Document,
    content: Any,
    finder: FactFinder = document_facts,
) -> DisputeTable:
    """The table once `doc`, the last document of `content`, is added."""
    if table.names is None:
        raise UnchangeableTable("the table was saved without each document's names")
    named = {**table.names, doc.id: named_in(content, doc.id)}
    linked = _linked(content.lookups.document_vectors, named, doc.id)
    touched = sorted({table.story_of[d] for d in linked})
    merged = [d for i in touched for d in table.stories[i]]
    position = {d: i for i, d in enumerate(content.doc_keys)}
    merged = sorted([*merged, doc.id], key=position.__getitem__)
    stories: list[tuple[list[str], int | None]] = []
    for number, docs in enumerate(table.stories):
        if number == (touched[0] if touched else None):
            stories.append((merged, None))
        elif number not in touched:
            stories.append((docs, number))
    if not touched:
        stories.append((merged, None))
    found, keys = facts_of([doc], content, table, finder, False)
    facts = [*table.facts, *found]
    by_key = {**table.facts_by_key}
    by_key |= {key: [i + len(table.facts) for i in rows] for key, rows in keys.items()}
    return _assembled(stories, table, facts, by_key, named, content)


def without_document(table: DisputeTable, doc_id: str, key: str, content: Any) -> DisputeTable:
    """The table once the document `doc_id` (text key `key`) is gone; `content` is without it."""
    if table.names is None:
        raise UnchangeableTable("the table was saved without each document's names")
    if key in content.doc_keys.values():
        raise UnchangeableTable("another article has the same text, and shares its facts")
    gone = table.facts_by_key[key]
    lo, hi = (gone[0], gone[-1] + 1) if gone else (0, 0)
    if gone != list(range(lo, hi)):
        raise UnchangeableTable("the article's facts are not in one run")
    named = {d: n for d, n in table.names.items() if d != doc_id}
    own = table.story_of[doc_id]
    rest = [d for d in table.stories[own] if d != doc_id]
    parts = group_stories(rest, content.lookups.document_vectors, named) if rest else []
    position = {d: i for i, d in enumerate(content.doc_keys)}
    kept = [(docs, n) for n, docs in enumerate(table.stories) if n != own]
    stories: list[tuple[list[str], int | None]] = [*kept, *((docs, None) for docs in parts)]
    stories.sort(key=lambda story: position[story[0][0]])
    width = hi - lo
    facts = table.facts[:lo] + table.facts[hi:]
    by_key = {
        k: [i - width if i >= hi else i for i in rows]
        for k, rows in table.facts_by_key.items()
        if k != key
    }

    def moved(indices: tuple[int, ...]) -> list[int]:
        return [i - width if i >= hi else i for i in indices]

    return _assembled(stories, table, facts, by_key, named, content, moved)
