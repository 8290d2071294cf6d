"""Adding or removing an article changes the disagreement table of its own story, not the others.

A story is a connected group of same-story links, and a link depends only on its two documents
(their vectors and names), so an added article can only join or merge the stories it links to,
and a removed one can only split its own. Facts are kept per document, in document order, so the
added article's facts go last and a removed one's leave a gap the later indices close. The
result equals `build_table` on the new corpus (tests/test_index_changes.py): stories, facts and
aspects in the same order, with the same numbers.

The changed table is columns (index.disputes.columns), changed by the article's rows only: its
facts are appended or cut out of the fact columns, the story name sets reordered as bytes, and
only the facts of the regrouped story (and of unchanged person aspects, whose names are chosen
again) are made into objects. Making every fact an object and every column again at the save
cost ~0.6 s an add at 10,000 passages.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from corpus.chunking import document_of
from corpus.models import Document
from index.disputes.aspects import Aspect, aspect_name, build_aspects
from index.disputes.columns import DocumentNames, FactColumns, NameSets, TextFacts
from index.disputes.facts import document_facts
from index.disputes.stories import (
    COSINE_FLOOR,
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
    sentence_similarity,
    story_tokens,
)

_PERSON_KINDS = frozenset({"age", "role", "outcome"})


class UnchangeableTable(ValueError):
    """The table cannot be changed in place (saved without per-document names, or two articles
    share one text): the caller builds it again, reusing its facts."""


def _named(names: Mapping[str, frozenset[str]], docs: Sequence[str]) -> dict[str, frozenset[str]]:
    """The names of `docs` only (the stories a change regroups), read from the table's."""
    return {doc: names[doc] for doc in docs if doc in names}


def _linked(
    vectors: Mapping[str, np.ndarray], names: Mapping[str, frozenset[str]], doc: str
) -> set[str]:
    """The documents `doc` is linked to (the same test as `group_stories`, against one); only
    the names of documents near enough by vector are read."""
    others = [d for d in vectors if d != doc]
    if not others:
        return set()
    sims = np.stack([vectors[d] for d in others]).astype(np.float32) @ vectors[doc]
    near = [other for other, sim in zip(others, sims.tolist(), strict=True) if sim >= COSINE_FLOOR]
    named = _named(names, [*near, doc])
    return {
        other
        for other in near
        if same_story_probability(*pair_features(vectors, named, other, doc)) >= 0.5
    }


def _members(facts: FactColumns, by_key: TextFacts, docs: list[str], content: Any) -> list[int]:
    """The rows of the facts of `docs`, in order: each document's text's run, unless two
    articles share a text (a build keeps only the last one's run under the text); then every
    fact's sentence is read, as `build_aspects` reads every fact without them."""
    shared = {key for key, count in Counter(content.doc_keys.values()).items() if count > 1}
    keys = [content.doc_keys[doc] for doc in docs]
    if any(key in shared or key not in by_key for key in keys):
        wanted = set(docs)
        sentences = facts.strings["sentence"]
        return [row for row, sentence in enumerate(sentences) if document_of(sentence) in wanted]
    return sorted(row for key in keys for row in by_key[key])


def _renamed(aspect: Aspect, story: int, facts: FactColumns, people: dict[str, str]) -> Aspect:
    """An unchanged story's aspect under its new story number, with a person's name as the
    corpus now spells it most (an added article can change that for every story)."""
    if aspect.kind in _PERSON_KINDS and aspect.subject:
        name = aspect_name(aspect.kind, [facts[i] for i in aspect.facts], people, aspect.subject)
        return dataclasses.replace(aspect, story=story, name=name)
    return dataclasses.replace(aspect, story=story) if aspect.story != story else aspect


def _assembled(
    stories: list[tuple[list[str], int | None]],
    old: DisputeTable,
    facts: FactColumns,
    by_key: TextFacts,
    names: DocumentNames,
    content: Any,
    moved: Any = None,
) -> DisputeTable:
    """The table of `stories` in order: (documents, the old story it is unchanged from or None).

    Unchanged stories keep their aspects (renumbered; fact indices through `moved`) and name
    sets; the others are computed as `build_table` computes them.
    """
    people = content.lookups.person_names
    similarity = sentence_similarity(content, facts)
    by_story: dict[int, list[Aspect]] = {}
    for aspect in old.aspects:
        by_story.setdefault(aspect.story, []).append(aspect)
    aspects: list[Aspect] = []
    old_names = NameSets.of(old.story_names)
    fresh_names: list[frozenset[str]] = []
    name_rows: list[int] = []  # each story's name set: a row of old_names, then of fresh_names
    for number, (docs, was) in enumerate(stories):
        if was is None:
            named = _named(names, docs)
            members = _members(facts, by_key, docs, content)
            words = name_words(docs, named)
            aspects += build_aspects(number, docs, facts, people, words, members, similarity)
            name_rows.append(len(old_names) + len(fresh_names))
            fresh_names.append(story_tokens(docs, named))
            continue
        for aspect in by_story.get(was, []):
            if moved is not None:
                aspect = dataclasses.replace(aspect, facts=tuple(moved(aspect.facts)))
            aspects.append(_renamed(aspect, number, facts, people))
        name_rows.append(was)
    story_names = old_names.appended(NameSets.of(fresh_names)).picked(name_rows)
    return DisputeTable([docs for docs, _ in stories], facts, aspects, story_names, by_key, names)


def with_document(
    table: DisputeTable,
    doc: Document,
    content: Any,
    finder: FactFinder = document_facts,
) -> DisputeTable:
    """The table once `doc`, the last document of `content`, is added."""
    if table.names is None:
        raise UnchangeableTable("the table was saved without each document's names")
    names = DocumentNames.of(table.names).added(doc.id, named_in(content, doc.id))
    linked = _linked(content.lookups.document_vectors, names, doc.id)
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
    found, _ = facts_of([doc], content, table, finder, False)
    facts = FactColumns.of(table.facts).appended(FactColumns.of(found))
    own = range(len(table.facts), len(facts))
    by_key = TextFacts.of(table.facts_by_key).added(content.doc_keys[doc.id], own)
    return _assembled(stories, table, facts, by_key, names, content)


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
    names = DocumentNames.of(table.names).without(doc_id)
    own = table.story_of[doc_id]
    rest = [d for d in table.stories[own] if d != doc_id]
    vectors = content.lookups.document_vectors
    parts = group_stories(rest, vectors, _named(names, rest)) if rest else []
    position = {d: i for i, d in enumerate(content.doc_keys)}
    kept = [(docs, n) for n, docs in enumerate(table.stories) if n != own]
    stories: list[tuple[list[str], int | None]] = [*kept, *((docs, None) for docs in parts)]
    stories.sort(key=lambda story: position[story[0][0]])
    width = hi - lo
    facts = FactColumns.of(table.facts).without(lo, hi)
    by_key = TextFacts.of(table.facts_by_key).without(key, lo, hi)

    def moved(indices: tuple[int, ...]) -> list[int]:
        return [i - width if i >= hi else i for i in indices]

    return _assembled(stories, table, facts, by_key, names, content, moved)
