"""A build's spaCy work, run in a second process while this one encodes.

spaCy's NER was a fifth of a real-model build, run after chunking and before encoding with one
core idle (it is single-threaded). Started in a second process before the encoder, it runs
beside it; the mentions are collected once the vectors are done. The disagreement table's
dependency parse (index.disputes.facts), which needs the mentions, runs there too, right after
each document's entities and by the same loaded model: it was a second spaCy pass in this
process after the encoder, as long again as the NER. The functions and their inputs are the
same either way, so the content and table are identical (tests/test_analysis_job.py).

A few documents (an upload) are analysed here: a second process must first import spaCy and
load its model, seconds that only a large build wins back.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from types import TracebackType

from tqdm import tqdm

from corpus.models import Sentence
from index.analysis.mentions import ENTITY_PIPES, analyze, prepared
from index.disputes.facts import PARSE_PIPES, Fact, document_facts, parse_inputs
from index.disputes.table import FactFinder
from index.models import Mention
from index.reuse import Analyzer

# From about this many sentences (~25,000 words, ~5 s of NER here) a second process, which
# spends ~2-3 s loading spaCy, finishes before the encoder and so costs nothing.
BACKGROUND_FROM_SENTENCES = 1_000
# Sentences per task sent to the second process: results come back while it works, and neither
# process holds a whole large corpus's mentions twice in pickled form.
BATCH_SENTENCES = 2_000

# One document's sentences (rows of the build's sentence columns), its date order and its
# publication date. The rows, not the Sentence objects: a build held every fresh sentence as an
# object until the analysis (~70% of what it held before encoding; ~7 GB at 1M passages).
Work = list[tuple[range, str, dt.date | None]]
# Each document's sentences as the analyzer and the fact finder take them.
Batch = list[tuple[list[Sentence], str, dt.date | None]]
# One document's mentions per sentence, and its facts (None when no finder was given).
Analysed = tuple[list[list[Mention]], list[Fact] | None]


def _analyze_batch(analyzer: Analyzer, finder: FactFinder | None, batch: Batch) -> list[Analysed]:
    """The analyzer, then the fact finder, over a batch of documents (in the second process).

    spaCy's (`mentions.analyze`, `facts.document_facts`) first run over every sentence of the
    batch in one call each (`mentions.prepared`): the same docs, made in larger batches."""
    if analyzer is not analyze:
        return [_analyze(analyzer, finder, *document) for document in batch]
    texts = [s.text for sentences, _, _ in batch for s in sentences]
    with prepared(texts, ENTITY_PIPES):
        found = [analyzer(sentences, order) for sentences, order, _ in batch]
    if finder is not document_facts:
        return [
            (mentions, None if finder is None else finder(sentences, mentions, day))
            for mentions, (sentences, _, day) in zip(found, batch, strict=True)
        ]
    parsed = [
        text
        for mentions, (sentences, _, _) in zip(found, batch, strict=True)
        for text in parse_inputs(sentences, mentions)[1]
    ]
    with prepared(parsed, PARSE_PIPES):
        return [
            (mentions, finder(sentences, mentions, day))
            for mentions, (sentences, _, day) in zip(found, batch, strict=True)
        ]


def _analyze(
    analyzer: Analyzer,
    finder: FactFinder | None,
    sentences: list[Sentence],
    order: str,
    published: dt.date | None,
) -> Analysed:
    mentions = analyzer(sentences, order)
    return mentions, None if finder is None else finder(sentences, mentions, published)


def _batches(work: Work, sentences: Sequence[Sentence]) -> Iterator[Batch]:
    """Consecutive documents, about BATCH_SENTENCES sentences per batch, their sentences made."""
    batch: Batch = []
    size = 0
    for rows, order, published in work:
        batch.append((_sentences(sentences, rows), order, published))
        size += len(rows)
        if size >= BATCH_SENTENCES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _sentences(sentences: Sequence[Sentence], rows: range) -> list[Sentence]:
    return [sentences[row] for row in rows]


class AnalysisJob:
    """The mentions of each document of `work` (rows of `sentences`), and its facts by `finder`
    (when given), analysed meanwhile in a second process when `background` (None: when there
    are at least BACKGROUND_FROM_SENTENCES sentences). In this process, each document's
    sentences are made only when it is analysed.

    Use as a context manager: leaving it stops the second process, even after an error.
    """

    def __init__(
        self,
        analyzer: Analyzer,
        work: Work,
        sentences: Sequence[Sentence],
        *,
        finder: FactFinder | None = None,
        background: bool | None = None,
    ) -> None:
        self._analyzer = analyzer
        self._finder = finder
        self._work = work
        self._sentences = sentences
        if background is None:
            background = sum(len(item[0]) for item in work) >= BACKGROUND_FROM_SENTENCES
        self._pool: ProcessPoolExecutor | None = None
        self._futures: list[Future[list[Analysed]]] = []
        if background and work:
            # fork, not spawn: a spawned process imports the caller's main module again, which
            # breaks any script that builds an index without an `if __name__ == "__main__"`
            # guard. The forked process runs only spaCy (no torch, no tokenizers, no progress
            # bars), so the locks of this process's other threads that a fork copies are never
            # taken there.
            context = multiprocessing.get_context("fork")
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=context)
            self._futures = [
                self._pool.submit(_analyze_batch, analyzer, finder, batch)
                for batch in _batches(work, sentences)
            ]

    def __enter__(self) -> AnalysisJob:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def each(self, *, progress: bool = False) -> Iterator[Analysed]:
        """Each document's mentions per sentence and facts, in the order of `work`, as they
        arrive: a build stores them meanwhile instead of holding every document's at once."""
        with tqdm(
            total=len(self._work), desc="analysing", unit="article", disable=not progress
        ) as bar:
            if self._pool is None:
                for rows, order, published in self._work:
                    own = _sentences(self._sentences, rows)
                    found = _analyze(self._analyzer, self._finder, own, order, published)
                    bar.update()  # before handing it over: the taker may not ask for more
                    yield found
                return
            for future in self._futures:
                batch = future.result()
                bar.update(len(batch))
                yield from batch
