"""Stand-ins for the two slow models at 10,000+ passages, and timers around the real ones.

At 100,000 passages the real encoder (~85 passages/s on 2 cores, plus every sentence) and spaCy
(~5,000-7,000 words/s) would take hours, so large builds use generated vectors and a regex
stand-in for the entity analysis; their real cost is measured on real text at the small sizes
and projected (the report says which figures are measured and which are projected).
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass

import numpy as np

from corpus.models import Sentence
from index.disputes.facts import Fact
from index.disputes.table import FactFinder
from index.encoder import Encoder
from index.encoder_export import int8_name
from index.models import Kind, Mention
from index.reuse import Analyzer

DIM = 384
# Standard normal rows; a generated vector sums four of them, picked by its text's hash.
_NOISE = np.random.default_rng(6).standard_normal((8192, DIM)).astype(np.float32)
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_CANDIDATE = re.compile(r"\b\d[\d,.]*\b|\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}")


def _mixed(keys: np.ndarray) -> np.ndarray:
    """splitmix64 of each key: every bit of the result depends on every bit of the key."""
    with np.errstate(over="ignore"):
        z = keys.astype(np.uint64) + np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


@dataclass(frozen=True)
class VectorShape:
    """The mean and covariance of real passage vectors (real_vectors), to draw look-alikes from.

    MiniLM's unit vectors are far from uniform on the sphere: they share a strong common
    direction and most of their variance lies in a few dozen directions. Drawn from a Gaussian
    with the same mean and covariance, generated vectors are spread the same way to second
    order, which is what an approximate index's recall depends on most.
    """

    mean: np.ndarray
    factor: np.ndarray  # lower-triangular: covariance = factor @ factor.T

    @classmethod
    def fitted(cls, vectors: np.ndarray) -> VectorShape:
        mean = vectors.mean(axis=0, dtype=np.float64)
        covariance = np.cov(vectors - mean, rowvar=False) + 1e-8 * np.eye(vectors.shape[1])
        return cls(mean.astype(np.float32), np.linalg.cholesky(covariance).astype(np.float32))

    def draw(self, keys: np.ndarray) -> np.ndarray:
        """One unit vector per 64-bit key, the same for the same key."""
        mixed = _mixed(keys)
        rows = [(mixed >> np.uint64(16 * i)) % np.uint64(len(_NOISE)) for i in range(4)]
        noise = (_NOISE[rows[0]] + _NOISE[rows[1]] + _NOISE[rows[2]] + _NOISE[rows[3]]) / 2
        vectors = self.mean + noise @ self.factor.T
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


class GeneratedEncoder:
    """Deterministic unit vectors from each text's hash: same text, same vector, no model.

    Drawn with the real model's spread (`VectorShape`), so an approximate index's recall on
    them says something about real text; their cost and memory are the real ones (float32, 384
    dimensions).
    """

    def __init__(self, shape: VectorShape) -> None:
        self.name = int8_name()  # the real encoder's, so a generated index opens with it
        self.dim = DIM
        self.texts = 0
        self.shape = shape

    def encode(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        self.texts += len(texts)
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        digests = [hashlib.blake2b(t.encode(), digest_size=8).digest() for t in texts]
        return self.shape.draw(np.frombuffer(b"".join(digests), dtype=np.uint64))


class TimedEncoder:
    """Wraps an encoder and adds up the time spent in it and the texts it embedded."""

    def __init__(self, inner: Encoder) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.seconds = 0.0
        self.texts = 0

    def encode(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        started = time.perf_counter()
        vectors = self.inner.encode(texts, progress=progress)
        self.seconds += time.perf_counter() - started
        self.texts += len(texts)
        return vectors


class TimedAnalyzer:
    """Wraps an analyzer and adds up its time and the words it read."""

    def __init__(self, inner: Analyzer) -> None:
        self.inner = inner
        self.seconds = 0.0
        self.words = 0

    def __call__(self, sentences: list[Sentence], order: str) -> list[list[Mention]]:
        started = time.perf_counter()
        mentions = self.inner(sentences, order)
        self.seconds += time.perf_counter() - started
        self.words += sum(len(s.text.split()) for s in sentences)
        return mentions


class TimedFinder:
    """Wraps a fact finder (the table's parse) and adds up its time."""

    def __init__(self, inner: FactFinder) -> None:
        self.inner = inner
        self.seconds = 0.0

    def __call__(
        self, sentences: list[Sentence], mentions: list[list[Mention]], published: object
    ) -> list[Fact]:
        started = time.perf_counter()
        try:
            return self.inner(sentences, mentions, published)
        finally:
            self.seconds += time.perf_counter() - started


def stand_in_analyze(sentences: list[Sentence], order: str) -> list[list[Mention]]:
    """Numbers and capitalised names by regex: about spaCy's mention density, at ~1% of its cost."""
    kinds: tuple[Kind, ...] = ("person", "organization", "place")
    result = []
    for sentence in sentences:
        mentions = []
        for match in _CANDIDATE.finditer(sentence.text):
            text = match.group()
            kind: Kind = "number" if text[0].isdigit() else kinds[len(text) % 3]
            mentions.append(
                Mention(
                    kind=kind,
                    label="CARDINAL" if kind == "number" else "PERSON",
                    text=text,
                    start=sentence.start + match.start(),
                    end=sentence.start + match.end(),
                    normalized=text.casefold(),
                )
            )
        result.append(mentions)
    return result


def stand_in_facts(
    sentences: list[Sentence], mentions: list[list[Mention]], published: object
) -> list[Fact]:
    """A count per number, about the word after it: the disagreement table of a generated corpus
    without spaCy's dependency parse (~0.2 s an article, 335 s at 10,000 passages)."""
    facts = []
    for sentence, found in zip(sentences, mentions, strict=True):
        for mention in found:
            if mention.kind != "number":
                continue
            after = _NEXT_WORD.match(sentence.text, mention.end - sentence.start)
            about = (after.group(1),) if after else ()
            facts.append(
                Fact("count", mention.text, mention.normalized, mention.start, mention.end,
                     about, "", sentence.id, about[0] if about else "")
            )  # fmt: skip
    return facts
