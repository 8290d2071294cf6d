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

import numpy as np

from corpus.models import Sentence
from index.disputes.facts import Fact
from index.encoder import Encoder
from index.encoder_export import int8_name
from index.models import Kind, Mention
from index.reuse import Analyzer

DIM = 384
_BASIS = np.random.default_rng(6).standard_normal((4096, DIM)).astype(np.float32)
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_CANDIDATE = re.compile(r"\b\d[\d,.]*\b|\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}")


class GeneratedEncoder:
    """Deterministic unit vectors from each text's hash: same text, same vector, no model.

    Retrieval quality on generated vectors means nothing; their cost and memory are the real
    ones (float32, 384 dimensions), which is all the large sizes measure.
    """

    def __init__(self) -> None:
        self.name = int8_name()  # the real encoder's, so a generated index opens with it
        self.dim = DIM
        self.texts = 0

    def encode(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        self.texts += len(texts)
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        digests = [hashlib.blake2b(t.encode(), digest_size=8).digest() for t in texts]
        keys = np.frombuffer(b"".join(digests), dtype=np.uint64)
        vectors = _BASIS[keys % 4096] + 0.5 * _BASIS[(keys >> np.uint64(20)) % 4096]
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


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
