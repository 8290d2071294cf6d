"""Real-model passage and question vectors, encoded once and cached outside the repository.

Generated vectors (`standins.GeneratedEncoder`) stand in for a million passages, but recall of
an approximate index depends on how the vectors are spread. These are the real model's vectors
of passages the benchmark's own generator writes (real sentences), so the stand-in can be
fitted to them and recall can be checked on them. Encoding takes minutes on two cores, hence
the cache (under the system's temporary folder, never committed).
"""

from __future__ import annotations

import logging
import random
import tempfile
from pathlib import Path

import numpy as np

from eval.bench.corpus_gen import _article, load_pool
from eval.bench.squad import load_squad

logger = logging.getLogger(__name__)

CACHE = Path(tempfile.gettempdir()) / "newsqa-bench"
PASSAGES = 4_000
QUESTIONS = 200
# Another seed than the benchmark corpora's: these passages fit the distribution, not its rows.
_SEED = 77


def _cached(path: Path, make: object) -> np.ndarray:
    if path.is_file():
        return np.load(path, allow_pickle=False)
    vectors = make()  # type: ignore[operator]
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp.npy")
    np.save(tmp, vectors, allow_pickle=False)
    tmp.replace(path)
    return vectors


def passage_vectors(data_dir: Path, count: int = PASSAGES) -> np.ndarray:
    """The real model's unit vectors of `count` generated passages (paragraphs of real text)."""

    def make() -> np.ndarray:
        from index.encoder import load_encoder

        pool, rng = load_pool(data_dir), random.Random(_SEED)
        texts: list[str] = []
        while len(texts) < count:
            text, _ = _article(rng, pool, len(texts))
            texts += text.split("\n---\n", 1)[1].strip().split("\n\n")
        logger.info("encoding %d real passages once (cached in %s)", count, CACHE)
        return load_encoder().encode(texts[:count]).astype(np.float32)

    return _cached(CACHE / f"real-passages-{count}.npy", make)


def question_vectors(data_dir: Path, count: int = QUESTIONS) -> np.ndarray:
    """The real model's vectors of `count` SQuAD questions spread over the file."""

    def make() -> np.ndarray:
        from index.encoder import load_encoder

        found = [q for q, _ in load_squad(data_dir / "squad-v2-dev-a.json").questions()]
        return load_encoder().encode(found[:: max(1, len(found) // count)][:count])

    return _cached(CACHE / f"real-questions-{count}.npy", make)
