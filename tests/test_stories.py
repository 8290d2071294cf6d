"""Stories: documents linked by vector cosine and shared names, grouped transitively."""

from __future__ import annotations

import numpy as np

from index.disputes.stories import group_stories, same_story_probability


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
