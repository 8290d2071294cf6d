"""Maps over an index's lists that answering needs: rows by id and document, people, topics.

They are derived from the stored content alone, so they are built once per index (the
`IndexContent.lookups` property) and never per question; adding an article makes a new content
and so new lookups.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from index.analysis.entities import name_key

if TYPE_CHECKING:
    from index.content import IndexContent


@dataclass(frozen=True)
class Lookups:
    """Rows of the index by passage id and by document, the people the articles name, and a
    vector per document."""

    passage_rows: dict[str, int]
    sentence_rows: dict[str, int]
    document_rows: dict[str, list[int]]
    document_passages: dict[str, list[str]]
    people: list[str]
    person_names: dict[str, str]
    document_vectors: dict[str, np.ndarray]


def build_lookups(content: IndexContent) -> Lookups:
    """One pass over the index; `IndexContent.lookups` keeps the result with the index."""
    document_rows: dict[str, list[int]] = {}
    for row, sentence in enumerate(content.sentences):
        document_rows.setdefault(sentence.doc_id, []).append(row)
    document_passages: dict[str, list[str]] = {}
    for passage in content.passages:
        document_passages.setdefault(passage.doc_id, []).append(passage.id)
    spellings: dict[str, Counter[str]] = {}
    for mentions in content.mentions:
        for m in mentions:
            if m.kind == "person":
                counts = spellings.setdefault(m.normalized, Counter())
                if name_key(m.text) == m.normalized:
                    counts[m.text] += 1
    vectors: dict[str, list[np.ndarray]] = {}
    for passage, vector in zip(content.passages, content.passage_vectors, strict=True):
        vectors.setdefault(passage.doc_id, []).append(vector)
    centroids = {doc: np.mean(v, axis=0).astype(np.float32) for doc, v in vectors.items()}
    return Lookups(
        passage_rows={p.id: i for i, p in enumerate(content.passages)},
        sentence_rows={s.id: i for i, s in enumerate(content.sentences)},
        document_rows=document_rows,
        document_passages=document_passages,
        # Longest first, so a full name is found before a surname it contains.
        people=sorted(spellings, key=lambda k: (-len(k), k)),
        person_names={
            key: counts.most_common(1)[0][0] if counts else key.title()
            for key, counts in spellings.items()
        },
        # What a document is about as a whole: the normalised mean of its passages' vectors.
        document_vectors={doc: c / (np.linalg.norm(c) or 1.0) for doc, c in centroids.items()},
    )
