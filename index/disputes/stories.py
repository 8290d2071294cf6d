"""Stories: documents that report the same event, found from their vectors and the names they share.

A disagreement is only ever claimed between documents of one story, so two unrelated articles
that both give a death toll never contradict each other. Two documents are linked when a
logistic model over (cosine of their mean passage vectors, share of the names they mention that
they share) says so; stories are the connected groups of links.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
from scipy import sparse

# Intercept, weight of the document-vector cosine, weight of the shared-name Jaccard index.
# Fitted by `python -m eval.fit stories` (logistic regression, seed 0, C=0.3) on the 3,606
# article pairs, 402 of one story, of eval/data/stories-train/ (24 invented articles, 11 stories,
# with different fires, floods and transfers in the same month) and of the 28 hand-written
# corpora of eval/data/story-labels.yaml but the blind one (`eval.fit.stories.BLIND`). C was
# chosen by the stories made with each folder left out of the fit in turn: no two stories put in
# one, two pairs of one story left apart (C=0.5 and up merged two stories one outlet reported a
# week apart). The constants before (-6.73 / 7.73 / 4.94, fitted on 22 corpora, before compass,
# keystone, lodestar, sextant, astrolabe and quadrant) left a tabloid's report of gnomon's
# collapsed jogger, which names few of the names the others do, apart from its story; gnomon,
# blind and out of both fits, is grouped right by these (its labels only were read). A fourth
# feature, log(1 + days between the reports' publication), was fitted and measured: it merged a
# bus crash and a storm reported a day apart and left a weekly's report 11 days later apart. The
# share of the fewer names that are shared (instead of, or beside, the Jaccard index) merged
# stories of the left-out folders (3 to 12 pairs). Neither taken.
STORY_INTERCEPT = -7.23
STORY_COSINE_WEIGHT = 8.35
STORY_NAMES_WEIGHT = 5.46
# The least cosine the model links two documents at, with every name shared (Jaccard 1).
COSINE_FLOOR = -(STORY_INTERCEPT + STORY_NAMES_WEIGHT) / STORY_COSINE_WEIGHT


def same_story_probability(cosine: float, names_jaccard: float) -> float:
    """The model's probability that two documents report one story."""
    z = STORY_INTERCEPT + STORY_COSINE_WEIGHT * cosine + STORY_NAMES_WEIGHT * names_jaccard
    return 1.0 / (1.0 + math.exp(-z))


def pair_features(
    vectors: Mapping[str, np.ndarray], names: dict[str, frozenset[str]], a: str, b: str
) -> tuple[float, float]:
    """(cosine of the document vectors, Jaccard index of the names they mention)."""
    cosine = float(vectors[a] @ vectors[b])
    union = names[a] | names[b]
    jaccard = len(names[a] & names[b]) / len(union) if union else 0.0
    return cosine, jaccard


# How far below the model's decision (z = 0, probability 0.5) a pair computed in blocks may be
# and still be checked one by one: the blocks' float32 rounding is ~1e-6 of z, so no pair the
# exact test links is ever left out.
_MARGIN = 0.01
# Pairs scored at once: a block of documents against all of them makes ~7 float32 arrays of this
# many entries. A fixed 1,024 documents per block made them ~600 MB each at 150,000 documents
# (a million passages), ~4 GB at once (~1 GB at 30,000); this keeps them ~32 MB each.
_BLOCK_PAIRS = 2**23


def _candidate_pairs(
    doc_ids: list[str], vectors: Mapping[str, np.ndarray], names: dict[str, frozenset[str]]
) -> list[tuple[int, int]]:
    """Pairs the model may link, for the exact test (`pair_features`) to decide.

    Every pair is scored at once, in blocks of matrix products: cosines from the vectors, shared
    names from a sparse document-by-name matrix. Only pairs within `_MARGIN` of being linked
    are kept; scoring every pair one by one in Python was quadratic (1.1M pairs, 10 s, for
    1,516 documents; 113M pairs for 15,000, more than the memory to hold them as a list).
    """
    if len(doc_ids) < 2:
        return []
    matrix = np.stack([vectors[d] for d in doc_ids]).astype(np.float32)
    columns: dict[str, int] = {}
    rows = [[columns.setdefault(name, len(columns)) for name in names[d]] for d in doc_ids]
    indptr = np.cumsum([0] + [len(r) for r in rows])
    indices = np.array([c for r in rows for c in r], dtype=np.int64)
    named = sparse.csr_matrix(
        (np.ones(len(indices), dtype=np.float32), indices, indptr),
        shape=(len(doc_ids), max(len(columns), 1)),
    )
    sizes = np.diff(indptr).astype(np.float32)
    pairs: list[tuple[int, int]] = []
    block = max(1, min(1024, _BLOCK_PAIRS // len(doc_ids)))
    for start in range(0, len(doc_ids), block):
        stop = min(start + block, len(doc_ids))
        cosines = matrix[start:stop] @ matrix.T
        shared = (named[start:stop] @ named.T).toarray()
        union = sizes[start:stop, None] + sizes[None, :] - shared
        jaccard = np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)
        z = STORY_INTERCEPT + STORY_COSINE_WEIGHT * cosines + STORY_NAMES_WEIGHT * jaccard
        # The cosine floor is the earlier filter's, kept so that the same pairs are linked.
        found_rows, found_cols = np.nonzero((z >= -_MARGIN) & (cosines >= COSINE_FLOOR))
        pairs.extend(
            (int(r) + start, int(c))
            for r, c in zip(found_rows, found_cols, strict=True)
            if c > r + start
        )
    return pairs


def group_stories(
    doc_ids: list[str], vectors: Mapping[str, np.ndarray], names: dict[str, frozenset[str]]
) -> list[list[str]]:
    """Documents grouped into stories (connected components of likely same-story pairs)."""
    parent = list(range(len(doc_ids)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _candidate_pairs(doc_ids, vectors, names):
        if same_story_probability(*pair_features(vectors, names, doc_ids[i], doc_ids[j])) >= 0.5:
            parent[root(j)] = root(i)
    groups: dict[int, list[str]] = {}
    for i, doc_id in enumerate(doc_ids):
        groups.setdefault(root(i), []).append(doc_id)
    return list(groups.values())
