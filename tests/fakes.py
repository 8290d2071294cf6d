"""Deterministic stand-ins for slow parts, so fast tests need no model weights.

`HashingEncoder` implements `index.encoder.Encoder`: each word is hashed (SHA-1, so the same in
every process, unlike `hash()`) into one of `dim` buckets with a sign, and the sum is normalised.
Texts sharing words get similar vectors, which is enough for retrieval to behave sensibly, and
every text, even an empty one, gets a unit vector, as the real model guarantees.
"""

from __future__ import annotations

import hashlib
import re
import threading

import numpy as np

from index.encoder import Encoder

_WORD = re.compile(r"[^\W_]+")


class HashingEncoder:
    """A fake sentence encoder: signed feature hashing of case-folded words, unit length."""

    def __init__(self, dim: int = 64, name: str = "hashing-fake-v1") -> None:
        self.name = name
        self.dim = dim
        self.calls = 0  # how many times encode ran: tests check work was skipped
        self.texts_encoded = 0
        self._count_lock = threading.Lock()

    def _vector(self, text: str) -> np.ndarray:
        vector = np.zeros(self.dim, dtype=np.float64)
        # surrogatepass: a lone surrogate must not crash the fake where the real model might not.
        for word in _WORD.findall(text.casefold()):
            digest = hashlib.sha1(word.encode("utf-8", "surrogatepass")).digest()
            bucket = int.from_bytes(digest[:4], "little") % self.dim
            vector[bucket] += 1.0 if digest[4] & 1 else -1.0
        norm = float(np.linalg.norm(vector))
        if norm == 0.0:
            # No words: a fixed unit vector, so similarity stays defined (the model does the same).
            vector[0], norm = 1.0, 1.0
        return vector / norm

    def encode(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        """Unit float32 vectors, one row per text (shape (0, dim) for no texts)."""
        with self._count_lock:
            self.calls += 1
            self.texts_encoded += len(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._vector(t) for t in texts]).astype(np.float32)


class CountingEncoder:
    """Wraps a real encoder and records every text it is asked to embed."""

    def __init__(self, inner: Encoder) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.seen: list[str] = []

    def encode(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        self.seen.extend(texts)
        return self.inner.encode(texts, progress=progress)
