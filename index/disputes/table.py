"""The disagreement table of a corpus: stories, facts, aspects and who says what, built once.

Built at index time from the stored analysis (sentences, mentions, vectors) and saved with the
index; answering a question only looks it up. Facts are kept per document text hash, so a
rebuild parses only new or changed articles.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from tqdm import tqdm

from corpus.models import Document
from index.analysis.tokens import tokenize
from index.disputes.aspects import Aspect, build_aspects
from index.disputes.facts import Fact, document_facts
from index.disputes.stories import group_stories

# Bump when what the table holds or how it is computed changes: older indexes rebuild it.
TABLE_VERSION = 5
_NAMED = frozenset({"person", "place", "organization"})


@dataclass
class DisputeTable:
    """Stories (lists of doc ids), facts, and aspects with their sources grouped by value."""

    stories: list[list[str]]
    facts: list[Fact]
    aspects: list[Aspect]
    story_names: list[frozenset[str]]
    facts_by_key: dict[str, list[int]] = field(default_factory=dict)
    story_of: dict[str, int] = field(init=False)
    # The titles the corpus gives each person ("undercover agent"), so a question can name a
    # person by title; built once with the table, not scanned for per question.
    titles_of: dict[str, set[str]] = field(init=False)

    def __post_init__(self) -> None:
        self.story_of = {d: i for i, docs in enumerate(self.stories) for d in docs}
        self.titles_of = {}
        for fact in self.facts:
            if fact.kind == "role":
                self.titles_of.setdefault(fact.subject, set()).add(fact.value)

    @property
    def disputed(self) -> list[Aspect]:
        return [a for a in self.aspects if a.disputed]

    def to_json(self) -> dict[str, Any]:
        return {
            "version": TABLE_VERSION,
            "stories": self.stories,
            "facts": [dataclasses.astuple(f) for f in self.facts],
            "facts_by_key": self.facts_by_key,
            "aspects": [dataclasses.astuple(a) for a in self.aspects],
            "story_names": [sorted(names) for names in self.story_names],
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> DisputeTable:
        """The table `to_json` wrote (a table of another version is refused: rebuild)."""
        if raw.get("version") != TABLE_VERSION:
            raise ValueError(f"disagreement table version {raw.get('version')}")
        facts = [dataclasses.replace(Fact(*row), about=tuple(row[5])) for row in raw["facts"]]
        aspects = [
            Aspect(a[0], a[1], a[2], a[3], tuple(a[4]), tuple(a[5]), tuple(map(tuple, a[6])))
            for a in raw["aspects"]
        ]
        names = [frozenset(n) for n in raw["story_names"]]
        return cls(raw["stories"], facts, aspects, names, raw["facts_by_key"])


def document_names(content: Any) -> dict[str, frozenset[str]]:
    """The people, places and organisations each document names (normalised keys)."""
    found: dict[str, set[str]] = {}
    for sentence, mentions in zip(content.sentences, content.mentions, strict=True):
        keys = found.setdefault(sentence.doc_id, set())
        keys.update(m.normalized for m in mentions if m.kind in _NAMED and m.label != "NORP")
    return {doc: frozenset(keys) for doc, keys in found.items()}


def _facts(
    documents: Sequence[Document], content: Any, previous: DisputeTable | None, progress: bool
) -> tuple[list[Fact], dict[str, list[int]]]:
    """Every document's facts, reused from the previous table when its text is unchanged."""
    rows = content.lookups.document_rows
    facts: list[Fact] = []
    by_key: dict[str, list[int]] = {}
    # The dependency parse of every sentence with a value: the build's second spaCy pass.
    for doc in tqdm(documents, desc="finding facts", unit="article", disable=not progress):
        key = content.doc_keys[doc.id]
        if previous is not None and key in previous.facts_by_key:
            found = [previous.facts[i] for i in previous.facts_by_key[key]]
            found = [dataclasses.replace(f, sentence=_rehome(f.sentence, doc.id)) for f in found]
        else:
            sentences = [content.sentences[r] for r in rows.get(doc.id, [])]
            mentions = [content.mentions[r] for r in rows.get(doc.id, [])]
            found = document_facts(sentences, mentions, doc.published)
        by_key[key] = list(range(len(facts), len(facts) + len(found)))
        facts.extend(found)
    return facts, by_key


def _rehome(sentence_id: str, doc_id: str) -> str:
    """A sentence id moved to the document's current id (the same text under another name)."""
    return f"{doc_id}#{sentence_id.split('#', 1)[1]}"


def _name_words(story: list[str], named: dict[str, frozenset[str]]) -> frozenset[str]:
    """The words of every name the story's documents give ("river irna" -> river, irna)."""
    return frozenset(w for doc in story for name in named.get(doc, ()) for w in name.split())


def build_table(
    documents: Sequence[Document],
    content: Any,
    previous: DisputeTable | None = None,
    *,
    progress: bool = False,
) -> DisputeTable:
    """Stories, facts and aspects of the corpus (no model call: the vectors are the index's)."""
    doc_ids = [doc.id for doc in documents]
    named = document_names(content)
    stories = group_stories(doc_ids, content.lookups.document_vectors, named)
    facts, by_key = _facts(documents, content, previous, progress)
    doc_of = {s.id: s.doc_id for s in content.sentences}
    names = content.lookups.person_names
    aspects = [
        aspect
        for number, story in enumerate(stories)
        for aspect in build_aspects(number, story, facts, doc_of, names, _name_words(story, named))
    ]
    story_names = [
        frozenset(t for doc in story for name in named.get(doc, ()) for t in tokenize(name))
        for story in stories
    ]
    return DisputeTable(stories, facts, aspects, story_names, by_key)
