"""The hybrid index: build from documents (reusing earlier work), and search in three modes."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import replace

import faiss
import numpy as np
from tqdm import tqdm

from corpus.chunking import chunk_document
from corpus.models import Document, Passage, Sentence
from index import analysis, approximate
from index.analysis.tokens import tokenize
from index.analysis_job import AnalysisJob, Work
from index.approximate import ADD_BLOCK, APPROXIMATE_FROM, build_approximate
from index.bm25 import BM25Index, PassageTerms
from index.columns.builders import GroupedRowsBuilder, ModelRowsBuilder
from index.columns.strings import RaggedRows
from index.content import MENTION_CODED, PASSAGE_CODED, SENTENCE_CODED, IndexContent, text_key
from index.disputes.facts import Fact
from index.disputes.table import FactFinder, build_table
from index.encoder import Encoder
from index.models import Hit, Mention
from index.options import DEFAULT_FUSION, DEFAULT_K, DEFAULT_MODE, Fusion, Mode
from index.ranking import check_search, ranked_hits
from index.reuse import Analyzer, DocumentParts, embed_reusing, unchanged_parts, vector_cache

logger = logging.getLogger(__name__)


def _document_stream(
    documents: list[Document], previous: IndexContent | None, max_words: int, progress: bool
) -> Iterator[tuple[DocumentParts, bool]]:
    """Each document's passages, sentences and tokens, one document at a time, and whether it is
    fresh: reused (with its mentions) when its text is unchanged, otherwise chunked and tokenized
    now, its mentions left for the analysis (index.analysis_job)."""
    reused = unchanged_parts(documents, previous)
    logger.info("%d of %d documents reused from the previous build", len(reused), len(documents))
    for doc in tqdm(documents, desc="chunking", unit="article", disable=not progress):
        if doc.id in reused:
            yield reused.pop(doc.id), False  # dropped here: the builders keep its rows from now on
            continue
        passages, sentences = chunk_document(doc, max_words=max_words)
        yield (
            DocumentParts(
                passages=passages,
                sentences=sentences,
                tokens=[tokenize(p.text) for p in passages],
                date_order=analysis.infer_date_order([s.text for s in sentences]),
            ),
            True,
        )


def document_parts(
    documents: list[Document], previous: IndexContent | None, max_words: int, progress: bool
) -> tuple[list[DocumentParts], list[int]]:
    """Every document's parts at once (as `_document_stream` makes them), and the positions of
    the fresh ones, whose mentions are left for the analysis: for a few documents (an added
    article, index.changes), where holding them all costs nothing."""
    parts: list[DocumentParts] = []
    fresh: list[int] = []
    for part, is_fresh in _document_stream(documents, previous, max_words, progress):
        if is_fresh:
            fresh.append(len(parts))
        parts.append(part)
    return parts, fresh


def build_content(
    documents: list[Document],
    encoder: Encoder,
    previous: IndexContent | None = None,
    *,
    max_words: int,
    progress: bool = False,
    analyzer: Analyzer | None = None,
    finder: FactFinder | None = None,
    background: bool | None = None,
) -> IndexContent:
    """Chunk, analyse, embed and BM25-weight the documents, reusing `previous` where unchanged;
    with a fact `finder` (`facts.document_facts`), also the disagreement table.

    Each document's rows go into columns as soon as they are made (index.columns.builders), so
    a build holds one document's models at a time, except the sentences of fresh documents,
    which wait for the analysis. That (and the finder's parse, which needs the mentions) runs
    in a second process while the encoder runs (`background`, None: when large enough to pay
    for the second process, see index.analysis_job); the content is the same either way.
    `analyzer` replaces `index.analysis.analyze` (the benchmark times it separately, and uses a
    stand-in at 100,000 passages, where spaCy alone would take most of an hour).
    """
    passages = ModelRowsBuilder(Passage, PASSAGE_CODED)
    sentences = ModelRowsBuilder(Sentence, SENTENCE_CODED)
    terms = PassageTerms()
    date_orders: dict[str, str] = {}
    work: Work = []
    # The facts of each fresh document, found beside its mentions (with a finder).
    found_facts: dict[str, list[Fact]] = {}
    # Per document in order: its mentions when reused, None when the analysis gives them.
    kept: list[list[list[Mention]] | None] = []
    stream = _document_stream(documents, previous, max_words, progress)
    for doc, (part, fresh) in zip(documents, stream, strict=True):
        passages.extend(part.passages)
        sentences.extend(part.sentences)
        for tokens in part.tokens:
            terms.add(tokens)
        date_orders[doc.id] = str(part.date_order)
        if fresh:
            rows = range(sentences.rows - len(part.sentences), sentences.rows)
            work.append((rows, part.date_order, doc.published))
        kept.append(None if fresh else part.mentions)
    passage_rows, sentence_rows = passages.finish(), sentences.finish()
    mentions = GroupedRowsBuilder(Mention, MENTION_CODED)
    with AnalysisJob(
        analyzer or analysis.analyze, work, sentence_rows, finder=finder, background=background
    ) as job:
        # One call for both: a sentence that is a whole passage (or repeats one) is encoded once.
        passage_vectors, sentence_vectors = embed_reusing(
            [passage_rows.strings("text"), sentence_rows.strings("text")],
            [np.float16, np.float16],
            encoder,
            vector_cache(previous),
            progress,
        )
        found = job.each(progress=progress)
        # In document order: a reused document's mentions wait for the fresh ones before it.
        for doc, own in zip(documents, kept, strict=True):
            if own is not None:
                mentions.extend(own)
                continue
            analysed, facts = next(found)
            mentions.extend(analysed)
            if facts is not None:
                found_facts[doc.id] = facts
    bm25, columns = BM25Index.of_terms(terms)
    offsets = np.zeros(len(terms.lengths) + 1, dtype=np.int64)
    np.cumsum(np.frombuffer(terms.lengths, dtype=np.int64), out=offsets[1:])
    content = IndexContent.of_columns(
        passages=passage_rows,
        sentences=sentence_rows,
        mentions=mentions.finish(),
        passage_vectors=passage_vectors,
        sentence_vectors=sentence_vectors,
        bm25=bm25,
        passage_terms=RaggedRows(columns, offsets),
        doc_keys={doc.id: text_key(doc.text) for doc in documents},
        date_orders=date_orders,
    )
    if finder is not None:
        earlier = previous.disputes if previous is not None else None
        content.disputes = build_table(
            documents, content, earlier, progress=progress, finder=finder, found=found_facts
        )
    return content


def approximate_wanted(passages: int) -> bool:
    """Whether an index of this many passages searches approximately (index.approximate)."""
    return passages >= APPROXIMATE_FROM


class _FaissStorage:
    """Exposes an exact FAISS index's half-precision vectors to numpy and keeps the index alive
    meanwhile.

    An array made from this object has it as `base`, so the FAISS memory it points into can
    never be freed while any view of the vectors exists.
    """

    def __init__(self, index: faiss.IndexScalarQuantizer) -> None:
        self.index = index
        raw = faiss.rev_swig_ptr(index.codes.data(), index.ntotal * index.code_size)
        self.__array_interface__ = {
            "shape": (index.ntotal, index.d),
            "typestr": "<f2",
            "data": (raw.__array_interface__["data"][0], True),  # read-only
            "version": 3,
        }


def _vectors_of(index: faiss.IndexScalarQuantizer) -> np.ndarray:
    if index.ntotal == 0:
        return np.zeros((0, index.d), dtype=np.float16)
    return np.asarray(_FaissStorage(index))


def exact_index(vectors: np.ndarray, dim: int) -> faiss.IndexScalarQuantizer:
    """Exact inner-product search over half-precision vectors (FAISS's fp16 scalar quantiser,
    no training). A question reads every vector: in half precision that is half the memory
    traffic of float32, and at 100,000 passages search took 5.6 ms against 9.1 (one thread,
    this machine) with the same top 10. The vectors are stored in half precision, so nothing
    is rounded here. Added in blocks (`ADD_BLOCK`)."""
    index = faiss.IndexScalarQuantizer(
        dim, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT
    )
    for start in range(0, len(vectors), ADD_BLOCK):
        index.add(np.ascontiguousarray(vectors[start : start + ADD_BLOCK], dtype=np.float32))
    return index


@contextmanager
def _one_faiss_thread() -> Iterator[None]:
    """FAISS on one OpenMP thread for one search, then as the caller had it.

    One query scans the vectors once; OpenMP workers would only spin against torch's threads on
    a 2-core machine (measured 34 -> 14 ms at 100,000 passages under load). OpenMP's thread
    count belongs to the calling thread, so restoring it here leaves other searches alone.
    """
    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(before)


# Where hybrid searches run their dense half, beside BM25 in the calling thread: the encoder
# and FAISS release the GIL, so on two cores BM25 (~3 ms at a million passages) no longer adds
# to the dense search (~21 ms). Threads, not FAISS's OpenMP pool (see `_one_faiss_thread`):
# a worker that waits sleeps; ThreadPoolExecutor's default count, made as searches need them.
_DENSE_SEARCHES = ThreadPoolExecutor(thread_name_prefix="dense-search")


class HybridIndex:
    """BM25 and FAISS over the same passages; searches are thread-safe reads."""

    def __init__(self, content: IndexContent, encoder: Encoder) -> None:
        if not content.passages:
            raise ValueError("the corpus has no prose passages to index")
        self.encoder = encoder
        self._faiss: faiss.Index
        if content.approximate is not None:
            self._faiss = content.approximate
            self.content = content
        elif approximate_wanted(len(content.passages)):
            # Trained once here, then saved with the content (never again at open).
            self._faiss = build_approximate(content.passage_vectors)
            self.content = replace(content, approximate=self._faiss)
        else:
            exact = exact_index(content.passage_vectors, encoder.dim)
            # FAISS keeps its own copy; the index's content holds a view of it instead of a
            # second copy (77 MB less at 100,000 passages). The caller's content is unchanged.
            self.content = replace(content, passage_vectors=_vectors_of(exact))
            self._faiss = exact
        self._encode_lock = threading.Lock()

    @property
    def passages(self) -> Sequence[Passage]:
        return self.content.passages

    def encode_query(self, query: str) -> np.ndarray:
        """One query vector; the tokenizer behind the model is not safe to share across threads."""
        with self._encode_lock:
            return self.encoder.encode([query])[0]

    def search(
        self,
        query: str,
        k: int = DEFAULT_K,
        mode: Mode = DEFAULT_MODE,
        fusion: Fusion = DEFAULT_FUSION,
        query_vector: np.ndarray | None = None,
        allowed: np.ndarray | None = None,
    ) -> list[Hit]:
        """The best `k` passages for the query, with the rank each retriever gave them.

        `allowed` (a boolean per passage row) restricts both retrievers to those rows: a
        filter on the outlet or date, applied before ranking so `k` hits still come back.
        """
        depth = check_search(k, mode, fusion)
        if mode == "dense":
            lexical, semantic = [], self._dense(query, depth, query_vector, allowed)
        elif mode == "bm25":
            lexical, semantic = self.content.bm25.top(tokenize(query), depth, allowed), []
        else:  # BM25 here while the dense search runs beside it (`_DENSE_SEARCHES`)
            dense = _DENSE_SEARCHES.submit(self._dense, query, depth, query_vector, allowed)
            lexical = self.content.bm25.top(tokenize(query), depth, allowed)
            semantic = dense.result()
        return ranked_hits(
            lexical,
            semantic,
            k=k,
            mode=mode,
            fusion=fusion,
            passage_at=self.content.passages.__getitem__,
        )

    def _dense(
        self, query: str, depth: int, query_vector: np.ndarray | None, allowed: np.ndarray | None
    ) -> list[tuple[int, float]]:
        """The `depth` nearest passages to the query's vector, best first, ties by row."""
        vector = self.encode_query(query) if query_vector is None else query_vector
        params = self._params(allowed)
        with _one_faiss_thread():
            if self.content.approximate is not None:
                found = approximate.search(
                    self.content.approximate, self.content.passage_vectors, vector, depth, params
                )
            else:
                found = _flat_search(self._faiss, vector, depth, params)
        if allowed is not None and len(found) < depth and self.content.approximate is not None:
            # The lists probed held too few allowed passages: those are scored exactly.
            found = _exact_among(self.content.passage_vectors, vector, allowed, depth)
        # FAISS's heap leaves equal scores (a paragraph two outlets both printed) in no set
        # order; by row, as BM25 ranks them, every backend returns the same passages.
        return sorted(found, key=lambda item: (-item[1], item[0]))

    def _params(self, allowed: np.ndarray | None) -> faiss.SearchParameters | None:
        """Search parameters: the rows `allowed` (a filter), the lists to probe (approximate)."""
        if allowed is None:
            return None
        # The keyword keeps the selector alive with the parameters (faiss's stubs lack it).
        selector = faiss.IDSelectorBatch(np.flatnonzero(allowed))
        if self.content.approximate is not None:
            nprobe = self.content.approximate.nprobe
            return faiss.SearchParametersIVF(sel=selector, nprobe=nprobe)  # type: ignore[call-arg]
        return faiss.SearchParameters(sel=selector)  # type: ignore[call-arg]


def _flat_search(
    index: faiss.Index, query: np.ndarray, depth: int, params: faiss.SearchParameters | None
) -> list[tuple[int, float]]:
    """The `depth` best rows of an exact index, with their scores."""
    scores, rows = index.search(query.reshape(1, -1).astype(np.float32), depth, params=params)
    return [(int(r), float(s)) for r, s in zip(rows[0], scores[0], strict=True) if r >= 0]


def _exact_among(
    vectors: np.ndarray, query: np.ndarray, allowed: np.ndarray, depth: int
) -> list[tuple[int, float]]:
    """The `depth` best allowed rows by exact inner product (float32, as FAISS scores them)."""
    rows = np.flatnonzero(allowed)
    scores = np.asarray(vectors[rows], dtype=np.float32) @ query.astype(np.float32)
    best = np.argsort(-scores, kind="stable")[:depth]
    return [(int(rows[i]), float(scores[i])) for i in best]
