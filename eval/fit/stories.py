"""Fit the story model (index/disputes/stories.py) on articles labelled with their story.

Training data: eval/data/stories-train/ (invented articles with hard negatives, different fires
or floods in the same month, and hard positives, one event told very differently), labelled in
its stories.yaml. Every pair of its articles is one example: features as the index computes
them (cosine of mean passage vectors, Jaccard index of the names they mention), label whether
they report one story. Nothing held out is read.
"""

from __future__ import annotations

from itertools import combinations

import numpy as np
import yaml

from assistant import Assistant
from corpus.loader import load_corpus
from eval.suite import EVAL_DIR
from index.disputes import stories
from index.disputes.table import document_names
from index.encoder import load_encoder

TRAINING = EVAL_DIR / "data" / "stories-train"
SEED = 0


def pairs() -> tuple[np.ndarray, np.ndarray]:
    """Features and labels of every pair of training articles."""
    labels = yaml.safe_load((TRAINING / "stories.yaml").read_text(encoding="utf-8"))["stories"]
    qa = Assistant.from_documents(load_corpus(TRAINING), encoder=load_encoder())
    content = qa._index.content
    vectors, names = content.lookups.document_vectors, document_names(content)
    x, y = [], []
    for a, b in combinations(sorted(labels), 2):
        x.append(stories.pair_features(vectors, names, a, b))
        y.append(labels[a] == labels[b])
    return np.array(x), np.array(y)


def main() -> None:
    """Fit, print the coefficients to put in index/disputes/stories.py and their figures."""
    from sklearn.linear_model import LogisticRegression

    x, y = pairs()
    # Unweighted: a false link sets two stories against each other, a missed one only hides a
    # disagreement, so the rarer "same story" class is not weighted up.
    model = LogisticRegression(C=10.0, random_state=SEED)
    model.fit(x, y)
    intercept, (cosine, names) = float(model.intercept_[0]), model.coef_[0]
    said = model.predict(x)
    tp, fp, fn = int((said & y).sum()), int((said & ~y).sum()), int((~said & y).sum())
    print(f"{len(y)} pairs, {int(y.sum())} of one story")
    print(f"STORY_INTERCEPT = {intercept:.2f}")
    print(f"STORY_COSINE_WEIGHT = {cosine:.2f}")
    print(f"STORY_NAMES_WEIGHT = {names:.2f}")
    print(f"training pairs: linked {tp} right, {fp} wrong, missed {fn}")
    current = [stories.same_story_probability(float(c), float(j)) >= 0.5 for c, j in x.tolist()]
    now = np.array(current)
    print(
        f"current constants: linked {int((now & y).sum())} right, {int((now & ~y).sum())} "
        f"wrong, missed {int((~now & y).sum())}"
    )
