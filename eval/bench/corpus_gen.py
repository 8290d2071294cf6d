"""Deterministic benchmark corpora of a given passage count, written from real public text.

No news corpus of 100,000 passages can be downloaded here, so articles are assembled from real
sentences: the SQuAD paragraphs and QACC web snippets in ../shared/data. Real sentences keep what
costs time realistic (word lengths, vocabulary, named entities for spaCy); numbers are re-drawn
and some names replaced so that repeated sentences still differ and the vocabulary has a long
tail. The eight SQuAD articles are included verbatim, so SQuAD questions have their answers
(and 100,000 passages of distractors) in every generated corpus. Same seed, same files.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

import nupunkt

from eval.bench.squad import load_squad

_DIGITS = re.compile(r"\d+")
_NAME = re.compile(r"\b[A-Z][a-z]{3,}\b")
_SYLLABLES = ("ka", "lo", "mer", "vin", "dra", "sel", "tor", "ba", "nu", "qui", "ren", "zo")


@dataclass(frozen=True)
class SentencePool:
    """Real sentences to draw from, and the ready-made SQuAD articles."""

    sentences: list[str]
    squad_articles: list[tuple[str, str]]


def load_pool(data_dir: Path) -> SentencePool:
    """Sentences of every QACC snippet and SQuAD paragraph (split with the project's splitter)."""
    sentences: list[str] = []
    with (data_dir / "qacc-train-dev.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            for context in json.loads(line)["contexts"]:
                sentences.extend(_split(context))
    squad = load_squad(data_dir / "squad-v2-dev-a.json")
    articles = []
    for title, paragraphs in squad.articles.items():
        for paragraph in paragraphs:
            sentences.extend(_split(paragraph.text))
        articles.append((title, "\n\n".join(p.text for p in paragraphs)))
    return SentencePool(sentences=sorted(set(sentences)), squad_articles=articles)


def _split(text: str) -> list[str]:
    # Plain strings (no return_confidence); the check tells the type checker so.
    sentences = [t.strip() for t in nupunkt.sent_tokenize(text) if isinstance(t, str)]
    return [s for s in sentences if len(s.split()) >= 4]


def _fake_name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _vary(sentence: str, rng: random.Random) -> str:
    """The sentence with its numbers re-drawn and, sometimes, one name replaced."""
    text = _DIGITS.sub(lambda m: str(rng.randint(1, 10 ** len(m.group()))), sentence)
    if rng.random() < 0.3:
        names = _NAME.findall(text)
        if names:
            text = text.replace(rng.choice(names), _fake_name(rng), 1)
    return text


def _article(rng: random.Random, pool: SentencePool, number: int) -> tuple[str, int]:
    """One article (title line, dateline, paragraphs) and its paragraph count."""
    paragraphs = []
    for _ in range(rng.randint(4, 9)):
        words, sentences = 0, []
        while words < rng.randint(50, 100):
            sentence = _vary(rng.choice(pool.sentences), rng)
            if words + len(sentence.split()) > 115:
                break
            sentences.append(sentence)
            words += len(sentence.split())
        if sentences:
            paragraphs.append(" ".join(sentences))
    title = " ".join(paragraphs[0].split()[:8]).rstrip(".,;:")
    published = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    header = f"---\ntitle: {json.dumps(title)}\nsource: Wire {number % 97}\n"
    return f"{header}published: {published}\n---\n" + "\n\n".join(paragraphs) + "\n", len(
        paragraphs
    )


def write_corpus(
    target: Path, passages: int, pool: SentencePool, *, seed: int = 6, squad: bool = True
) -> int:
    """Write about `passages` passages of articles into `target`; return the article count.

    Paragraphs stay under the chunker's 120 words, so one generated paragraph is one passage;
    the SQuAD articles (longer paragraphs, sometimes two passages each) count approximately.
    """
    target.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    written = 0
    count = 0
    if squad:
        for title, text in pool.squad_articles:
            (target / f"squad_{count:03d}.txt").write_text(
                f"---\ntitle: {json.dumps(title)}\nsource: Wikipedia\n---\n{text}\n",
                encoding="utf-8",
            )
            written += text.count("\n\n") + 1
            count += 1
    number = 0
    while written < passages:
        text, paragraphs = _article(rng, pool, number)
        (target / f"gen_{number:06d}.txt").write_text(text, encoding="utf-8")
        written += paragraphs
        number += 1
    return count + number
