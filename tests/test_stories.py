"""Stories: documents linked by vector cosine and shared names, grouped transitively."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import numpy as np
import pytest

from assistant.disputed import story_of
from corpus.models import Passage
from index.content import IndexContent
from index.disputes import stories
from index.disputes.stories import group_stories, same_story_probability
from index.disputes.table import DisputeTable
from index.models import Hit


def _unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_close_documents_sharing_names_are_one_story_and_others_stay_apart() -> None:
    vectors = {
        "wire": _unit(1, 0.1, 0),
        "paper": _unit(1, 0.2, 0),
        "followup": _unit(1, 0.35, 0.1),
        "other-fire": _unit(0.6, 0.8, 0),
    }
    names = {
        "wire": frozenset({"brenmoor", "halvorsen"}),
        "paper": frozenset({"brenmoor", "halvorsen", "ruth calloway"}),
        "followup": frozenset({"brenmoor", "ruth calloway"}),
        "other-fire": frozenset({"oakhaven"}),
    }
    assert group_stories(list(vectors), vectors, names) == [
        ["wire", "paper", "followup"],
        ["other-fire"],
    ]


def test_shared_names_make_a_link_likelier_at_the_same_cosine() -> None:
    assert same_story_probability(0.8, 0.5) > same_story_probability(0.8, 0.0)
    assert same_story_probability(0.3, 0.0) < 0.5 < same_story_probability(0.95, 0.5)


def test_blocks_of_any_size_find_the_same_stories(monkeypatch: pytest.MonkeyPatch) -> None:
    # A large corpus scores fewer documents per block (the blocks' memory stays bounded).
    rng = np.random.default_rng(3)
    centres = rng.standard_normal((6, 8)).astype(np.float32)
    doc_ids = [f"d{i}" for i in range(60)]
    vectors = {
        d: _unit(*(centres[i % 6] + 0.2 * rng.standard_normal(8))) for i, d in enumerate(doc_ids)
    }
    names = {d: frozenset({f"name{i % 6}", f"other{i}"}) for i, d in enumerate(doc_ids)}
    whole = group_stories(doc_ids, vectors, names)
    assert 1 < len(whole) < len(doc_ids)
    monkeypatch.setattr(stories, "_BLOCK_PAIRS", 7 * len(doc_ids))
    assert group_stories(doc_ids, vectors, names) == whole


def _hit(doc_id: str, bm25_rank: int | None) -> Hit:
    passage = Passage(id=f"{doc_id}#0", doc_id=doc_id, text="x", start=0, end=1)
    return Hit(passage=passage, score=1.0, bm25_rank=bm25_rank, dense_rank=1)


def test_the_story_asked_about_is_one_a_passage_shares_words_with() -> None:
    """A passage found by meaning alone may belong to an article nearer the question as a
    whole than the story the question names: the story of the passages sharing its words is
    the one asked about; with no such passage, the nearest article's."""
    table = SimpleNamespace(story_of={"crash": 0, "pumpkin": 1}, stories=[["crash"], ["pumpkin"]])
    lookups = SimpleNamespace(document_vectors={"crash": _unit(1, 0), "pumpkin": _unit(0.6, 0.8)})
    content = cast(IndexContent, SimpleNamespace(lookups=lookups))
    query = _unit(0.5, 0.9)  # nearer the pumpkin article
    worded = [_hit("crash", 1), _hit("pumpkin", None)]
    assert story_of(worded, query, content, cast(DisputeTable, table)) == 0
    by_meaning = [_hit("crash", None), _hit("pumpkin", None)]
    assert story_of(by_meaning, query, content, cast(DisputeTable, table)) == 1
