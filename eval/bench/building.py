"""Index build and incremental add, timed phase by phase (run inside a worker process)."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from corpus.chunking import DEFAULT_MAX_WORDS
from corpus.loader import load_corpus
from eval.bench import real_vectors
from eval.bench.standins import (
    GeneratedEncoder,
    TimedAnalyzer,
    TimedEncoder,
    VectorShape,
    stand_in_analyze,
)
from index import analysis
from index.hybrid import HybridIndex, build_content
from index.loading import save_index


class CallLog(TimedEncoder):
    """A TimedEncoder that also keeps (texts, words, seconds) per call: passages, sentences."""

    def __init__(self, inner: Any) -> None:
        super().__init__(inner)
        self.calls: list[tuple[int, int, float]] = []

    def encode(self, texts: list[str], *, progress: bool = False) -> Any:
        before = self.seconds
        vectors = super().encode(texts, progress=progress)
        words = sum(len(t.split()) for t in texts)
        self.calls.append((len(texts), words, self.seconds - before))
        return vectors


def build_and_save(corpus: Path, root: Path, *, real: bool, data: Path) -> dict[str, Any]:
    """Build from scratch with the real models (`real`) or the stand-ins, then persist.

    The stand-in vectors are shaped like the real model's vectors of passages from `data`.
    """
    started = time.perf_counter()
    documents = load_corpus(corpus)
    loaded = time.perf_counter()
    if real:
        from index.encoder import load_encoder

        inner: Any = load_encoder()
        analysis.load_nlp()
    else:
        inner = GeneratedEncoder(VectorShape.fitted(real_vectors.passage_vectors(data)))
    models = time.perf_counter()
    encoder = CallLog(inner)
    analyzer = TimedAnalyzer(analysis.analyze if real else stand_in_analyze)
    content = build_content(documents, encoder, max_words=DEFAULT_MAX_WORDS, analyzer=analyzer)
    built = time.perf_counter()
    index = HybridIndex(content, encoder)
    faiss_done = time.perf_counter()
    shutil.rmtree(root, ignore_errors=True)
    save_index(index, documents, root)
    saved = time.perf_counter()
    build_s = built - models
    return {
        "documents": len(documents),
        "passages": len(content.passages),
        "sentences": len(content.sentences),
        "words": sum(len(s.text.split()) for s in content.sentences),
        "load_corpus_s": loaded - started,
        "load_models_s": models - loaded,
        "build_s": build_s,
        "encode_s": encoder.seconds,
        "encode_calls": encoder.calls,
        "analysis_s": analyzer.seconds,
        "analysis_words": analyzer.words,
        "other_s": build_s - encoder.seconds - analyzer.seconds,
        "faiss_s": faiss_done - built,
        "save_s": saved - faiss_done,
        "index_mb": sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) / 2**20,
        "real_models": real,
    }


def add_articles(corpus: Path, root: Path, articles: list[str]) -> dict[str, Any]:
    """Open a copy of an index and add each article in turn, as a user's upload would."""
    from assistant import Assistant
    from index.encoder import load_encoder

    with tempfile.TemporaryDirectory(prefix="bench-add-") as tmp:
        corpus_copy, root_copy = Path(tmp) / "corpus", Path(tmp) / "index"
        shutil.copytree(corpus, corpus_copy)
        shutil.copytree(root, root_copy)
        encoder = TimedEncoder(load_encoder())
        qa = Assistant.from_corpus(corpus_copy, root_copy, encoder=encoder)
        before = len(qa.passages)
        adds = []
        for number, text in enumerate(articles):
            texts_before = encoder.texts
            started = time.perf_counter()
            document = qa.add_article(f"bench_added_{number}.txt", text.encode("utf-8"))
            seconds = time.perf_counter() - started
            new_passages = [p for p in qa.passages if p.doc_id == document.id]
            adds.append(
                {
                    "seconds": seconds,
                    "embedded": encoder.texts - texts_before,
                    "new_passages": len(new_passages),
                    "new_texts": len(new_passages) + _sentence_count(qa, document.id),
                }
            )
        started = time.perf_counter()
        save_index(qa._index, qa.documents, Path(tmp) / "save-only")
        save_s = time.perf_counter() - started
    return {"passages_before": before, "adds": adds, "save_only_s": save_s}


def _sentence_count(qa: Any, doc_id: str) -> int:
    return sum(1 for s in qa._index.content.sentences if s.doc_id == doc_id)
