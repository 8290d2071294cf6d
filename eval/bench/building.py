"""Index build and incremental add, timed phase by phase (run inside a worker process)."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from corpus import snapshot
from corpus.chunking import DEFAULT_MAX_WORDS
from corpus.loader import load_corpus
from corpus.models import Document
from eval.bench import real_vectors
from eval.bench.standins import (
    GeneratedEncoder,
    TimedAnalyzer,
    TimedEncoder,
    TimedFinder,
    VectorShape,
    stand_in_analyze,
    stand_in_facts,
)
from index import analysis
from index.content import IndexContent
from index.disputes.facts import document_facts
from index.disputes.table import build_table
from index.hybrid import HybridIndex, build_content
from index.loading import build_index, save_index


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

    The stand-in vectors are shaped like the real model's vectors of passages from `data`. The
    parsed corpus is kept beside the index, as `newsqa index` keeps it, so that a cold start
    opens an unchanged corpus the way a user's would.
    """
    # The corpus was generated moments ago; a snapshot is only kept of files settled for longer.
    time.sleep(snapshot.RACY_NS / 1e9)
    stamp = snapshot.corpus_stamp([corpus], lenient=False)
    started = time.perf_counter()
    documents = load_corpus(corpus)
    loaded = time.perf_counter()
    if real:
        from index.encoder import load_encoder

        inner: Any = load_encoder()
    else:
        inner = GeneratedEncoder(VectorShape.fitted(real_vectors.passage_vectors(data)))
    models = time.perf_counter()
    # Before spaCy is loaded here: the second process loads it itself, as in `newsqa index`.
    overlapped = _overlapped_build(documents, inner) if real else None
    started_spacy = time.perf_counter()
    if real:
        analysis.load_nlp()
    started_components = time.perf_counter()
    encoder = CallLog(inner)
    analyzer = TimedAnalyzer(analysis.analyze if real else stand_in_analyze)
    # In turn, in this process: each phase's own time (the overlapped build hides the analysis).
    content = build_content(
        documents, encoder, max_words=DEFAULT_MAX_WORDS, analyzer=analyzer, background=False
    )
    analysed = time.perf_counter()
    finder = TimedFinder(document_facts if real else stand_in_facts)
    content.disputes = build_table(documents, content, finder=finder)
    built = time.perf_counter()
    if overlapped is not None:
        overlapped["same_content"] = _same_files(overlapped.pop("content"), content)
    index = HybridIndex(content, encoder)
    faiss_done = time.perf_counter()
    shutil.rmtree(root, ignore_errors=True)
    save_index(index, documents, root)
    saved = time.perf_counter()
    if not snapshot.save_snapshot(root / snapshot.SNAPSHOT_FILE, stamp, documents):
        raise RuntimeError(f"no corpus snapshot kept for {corpus}: cold starts would read it")
    build_s = built - started_components
    return {
        "overlapped": overlapped,
        "documents": len(documents),
        "passages": len(content.passages),
        "sentences": len(content.sentences),
        "words": sum(len(s.text.split()) for s in content.sentences),
        "load_corpus_s": loaded - started,
        "load_models_s": models - loaded + started_components - started_spacy,
        "build_s": build_s,
        "encode_s": encoder.seconds,
        "encode_calls": encoder.calls,
        "analysis_s": analyzer.seconds,
        "analysis_words": analyzer.words,
        # The table: its parse (the finder; spaCy's second pass, run beside the encoder in the
        # second process by `newsqa index`) and the rest (stories, aspects) after the encoder.
        "disputes_s": built - analysed,
        "facts_s": finder.seconds,
        "other_s": build_s - encoder.seconds - analyzer.seconds - (built - analysed),
        "faiss_s": faiss_done - built,
        "save_s": saved - faiss_done,
        "index_mb": sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) / 2**20,
        "real_models": real,
        "encoder": inner.name,
    }


def _overlapped_build(documents: list[Document], encoder: Any) -> dict[str, Any]:
    """The build as `newsqa index` runs it (spaCy's entities and the table's parse in a second
    process while the encoder runs, then the table and FAISS), timed as a whole: what a person
    waits for, but for the save."""
    started = time.perf_counter()
    index = build_index(documents, encoder)
    return {"build_s": time.perf_counter() - started, "content": index.content, "table": True}


def _same_files(first: IndexContent, second: IndexContent) -> bool:
    """Whether two builds hold the same content, file for file."""
    (arrays, payload), (other_arrays, other_payload) = first.to_files(), second.to_files()
    return (
        payload == other_payload
        and arrays.keys() == other_arrays.keys()
        and all(np.array_equal(arrays[name], other_arrays[name]) for name in arrays)
    )


class _Timed:
    """Wraps a function of the add path (saving, analysing, the table) and adds up its time."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.seconds = 0.0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return self.inner(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - started


def add_articles(corpus: Path, root: Path, articles: list[str], removals: int) -> dict[str, Any]:
    """Open a copy of an index, add each article in turn as a user's upload would, then remove
    `removals` of them (the first added first: the rows after it are saved again).

    Each add is timed whole and by phase: encoding its texts, spaCy's entity analysis, the
    disagreement table's change (the article's dependency parse included) and saving; the
    rest is chunking, BM25 and the columns. The phases are timed by wrapping the functions the
    add calls; what they do is unchanged.
    """
    from assistant import Assistant, core
    from index import changes
    from index.encoder import load_encoder

    with tempfile.TemporaryDirectory(prefix="bench-add-") as tmp:
        corpus_copy, root_copy = Path(tmp) / "corpus", Path(tmp) / "index"
        shutil.copytree(corpus, corpus_copy)
        shutil.copytree(root, root_copy)
        encoder = TimedEncoder(load_encoder())
        added_dir = Path(tmp) / "added"
        qa = Assistant.from_corpus(corpus_copy, root_copy, encoder=encoder, added_dir=added_dir)
        before = len(qa.passages)
        timers = {
            "save_s": (core, "save_index"),
            "analysis_s": (analysis, "analyze"),
            "table_s": (changes.table_changes, "with_document"),
            "table_remove_s": (changes.table_changes, "without_document"),
        }
        wrapped = {name: _Timed(getattr(owner, attr)) for name, (owner, attr) in timers.items()}
        for name, (owner, attr) in timers.items():
            setattr(owner, attr, wrapped[name])
        adds, removes, ids = [], [], []
        for number, text in enumerate(articles):
            texts_before, encoded_before = encoder.texts, encoder.seconds
            phases_before = {name: timer.seconds for name, timer in wrapped.items()}
            started = time.perf_counter()
            document = qa.add_article(f"bench_added_{number}.txt", text.encode("utf-8"))
            seconds = time.perf_counter() - started
            ids.append(document.id)
            new_passages = [p for p in qa.passages if p.doc_id == document.id]
            phases = {name: t.seconds - phases_before[name] for name, t in wrapped.items()}
            adds.append(
                {
                    "seconds": seconds,
                    "encode_s": encoder.seconds - encoded_before,
                    "save_s": phases["save_s"],
                    "analysis_s": phases["analysis_s"],
                    "table_s": phases["table_s"],
                    "embedded": encoder.texts - texts_before,
                    "new_passages": len(new_passages),
                    "new_texts": len(new_passages) + _sentence_count(qa, document.id),
                }
            )
        for doc_id in ids[:removals]:
            phases_before = {name: timer.seconds for name, timer in wrapped.items()}
            started = time.perf_counter()
            qa.remove_article(doc_id)
            removes.append(
                {
                    "seconds": time.perf_counter() - started,
                    "save_s": wrapped["save_s"].seconds - phases_before["save_s"],
                    "table_s": wrapped["table_remove_s"].seconds - phases_before["table_remove_s"],
                    "passages_after": len(qa._index.content.passages),
                }
            )
        for name, (owner, attr) in timers.items():
            setattr(owner, attr, wrapped[name].inner)
        started = time.perf_counter()
        save_index(qa._index, qa.documents, Path(tmp) / "save-only")
        save_s = time.perf_counter() - started
    return {"passages_before": before, "adds": adds, "removes": removes, "save_only_s": save_s}


def _sentence_count(qa: Any, doc_id: str) -> int:
    return sum(1 for s in qa._index.content.sentences if s.doc_id == doc_id)
