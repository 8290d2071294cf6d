"""Fit the story model (index/disputes/stories.py) on articles labelled with their story.

Training data: eval/data/stories-train/ (invented articles with hard negatives, different fires
or floods in the same month, and hard positives, one event told very differently), labelled in
its stories.yaml. Every pair of its articles is one example: features as the index computes them
(cosine of mean passage vectors, Jaccard index of the names they mention), label whether they
report one story. The articles of the hand-written corpora, labelled in
eval/data/story-labels.yaml, are scored as data the model was not fitted on. No question of any
set is read.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import numpy as np
import yaml

from assistant import Assistant
from corpus.loader import load_corpus
from eval.suite import EVAL_DIR
from index.disputes import stories
from index.disputes.table import document_names
from index.encoder import Encoder, load_encoder

DATA = EVAL_DIR / "data"
TRAINING = DATA / "stories-train"
LABELS = DATA / "story-labels.yaml"
SEED = 0
C = 10.0  # inverse regularisation strength


def _pairs(folder: Path, labels: dict[str, str], encoder: Encoder) -> tuple[np.ndarray, np.ndarray]:
    """Features and labels of every pair of one folder's labelled articles."""
    qa = Assistant.from_documents(load_corpus(folder), encoder=encoder)
    content = qa._index.content
    vectors, names = content.lookups.document_vectors, document_names(content)
    x, y = [], []
    for a, b in combinations(sorted(labels), 2):
        x.append(stories.pair_features(vectors, names, a, b))
        y.append(labels[a] == labels[b])
    return np.array(x), np.array(y)


def pairs() -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Each labelled folder's pairs: stories-train's and each corpus's."""
    encoder = load_encoder()
    train = yaml.safe_load((TRAINING / "stories.yaml").read_text(encoding="utf-8"))["stories"]
    found = {"stories-train": _pairs(TRAINING, train, encoder)}
    corpora = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    for name, labels in corpora.items():
        found[name] = _pairs(DATA / name, labels, encoder)
    return found


def _links(y: np.ndarray, said: np.ndarray) -> str:
    tp, fp, fn = int((said & y).sum()), int((said & ~y).sum()), int((~said & y).sum())
    return f"linked {tp} right, {fp} wrong, missed {fn}"


def main() -> None:
    """Fit on stories-train, print the coefficients to put in index/disputes/stories.py, and the
    links they and the current constants make in every labelled folder."""
    from sklearn.linear_model import LogisticRegression

    found = pairs()
    x, y = found["stories-train"]
    # Unweighted: a false link sets two stories against each other, a missed one only hides a
    # disagreement, so the rarer "same story" class is not weighted up.
    model = LogisticRegression(C=C, random_state=SEED)
    model.fit(x, y)
    intercept, (cosine, names) = float(model.intercept_[0]), model.coef_[0]
    print(f"{len(y)} training pairs, {int(y.sum())} of one story")
    print(f"STORY_INTERCEPT = {intercept:.2f}")
    print(f"STORY_COSINE_WEIGHT = {cosine:.2f}")
    print(f"STORY_NAMES_WEIGHT = {names:.2f}")
    for name, (xs, ys) in found.items():
        current = np.array([stories.same_story_probability(c, j) >= 0.5 for c, j in xs.tolist()])
        role = "fitted on" if name == "stories-train" else "not fitted on"
        print(f"{name} ({role}): fit {_links(ys, model.predict(xs))}; "
              f"current constants {_links(ys, current)}")  # fmt: skip
