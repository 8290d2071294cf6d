"""The Assistant: the one object users hold. Opens a corpus, retrieves, answers, adds articles."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from assistant import answer as composer
from assistant import followup
from assistant.config import DEFAULT_K, default_index_dir
from assistant.errors import ReadOnlyCorpusError
from assistant.models import Answer, Turn
from assistant.question import clean_question
from corpus.errors import EmptyCorpusError
from corpus.loader import BUNDLED_CORPUS, load_corpus
from corpus.models import Document, Passage
from corpus.writer import save_article
from index.backends import BackendName, RetrievalBackend, SearchFilters
from index.backends.opening import collection_name, open_backend, refreshed
from index.encoder import Encoder, load_encoder
from index.fusion import DEFAULT_FUSION
from index.hybrid import HybridIndex
from index.loading import build_index, load_or_build, save_index
from index.models import Fusion, Hit, Mode

logger = logging.getLogger(__name__)


class Assistant:
    """Question answering over one corpus. Safe to share between threads.

    The local index holds the passages' analysis and computes vectors and BM25 weights; the
    retrieval backend (the embedded index by default, or Qdrant) ranks the passages.
    """

    def __init__(
        self,
        documents: list[Document],
        index: HybridIndex,
        corpus_dir: Path | None = None,
        index_dir: Path | None = None,
        added_dir: Path | None = None,
        backend: RetrievalBackend | None = None,
    ) -> None:
        self._documents = {doc.id: doc for doc in documents}
        # One attribute, replaced whole, so a question never pairs an index with another's backend.
        self._current = (index, backend or open_backend("embedded", index, documents))
        self.corpus_dir = corpus_dir
        self.index_dir = index_dir
        self.added_dir = added_dir
        self._write_lock = threading.Lock()

    @classmethod
    def from_corpus(
        cls,
        path: str | Path | None = None,
        index_dir: str | Path | None = None,
        *,
        lenient: bool = False,
        progress: bool = False,
        encoder: Encoder | None = None,
        added_dir: str | Path | None = None,
        backend: BackendName = "embedded",
        qdrant: str | None = None,
    ) -> Assistant:
        """Open a folder of articles (default: the bundled corpus) with its persisted index.

        `added_dir` is a second folder for articles added later (uploads); it is searched with
        the corpus and receives new articles. Without it, new articles go into the corpus
        folder, except for the bundled corpus, which is shipped data and never written to.

        `backend="qdrant"` ranks passages with Qdrant at `qdrant`: a folder (local mode),
        ":memory:", or a server URL (API key from $QDRANT_API_KEY). The collection is named
        after the index folder; only passages it does not hold yet are uploaded.
        """
        corpus_dir = Path(path) if path is not None else BUNDLED_CORPUS
        added = Path(added_dir) if added_dir is not None else None
        documents = load_corpus(corpus_dir, lenient=lenient)
        if added is not None and added.is_dir():
            try:
                documents += load_corpus(added, lenient=lenient)
            except EmptyCorpusError:
                logger.info("no articles added in %s yet", added)
        if index_dir is not None:
            root = Path(index_dir)
        else:  # the index belongs to the combined corpus, so an added folder gets its own
            root = default_index_dir(added if added is not None else corpus_dir)
        index = load_or_build(documents, encoder or load_encoder(), root, progress=progress)
        retrieval = open_backend(
            backend,
            index,
            documents,
            qdrant=qdrant,
            collection=collection_name(root.name),
            progress=progress,
        )
        return cls(documents, index, corpus_dir, root, added, retrieval)

    @classmethod
    def from_documents(
        cls,
        documents: list[Document],
        *,
        encoder: Encoder | None = None,
        progress: bool = False,
    ) -> Assistant:
        """An in-memory assistant over documents built in code (evaluation adapters, tests)."""
        index = build_index(documents, encoder or load_encoder(), progress=progress)
        return cls(documents, index)

    @property
    def _index(self) -> HybridIndex:
        return self._current[0]

    @property
    def backend(self) -> RetrievalBackend:
        """Where passages are ranked (its `description` says which and where)."""
        return self._current[1]

    def close(self) -> None:
        """Release the backend (a Qdrant local folder stays locked until then)."""
        self.backend.close()

    @property
    def documents(self) -> list[Document]:
        return list(self._documents.values())

    @property
    def passages(self) -> list[Passage]:
        return list(self._index.passages)

    def get_document(self, doc_id: str) -> Document:
        try:
            return self._documents[doc_id]
        except KeyError:
            raise KeyError(f"no article with id {doc_id!r}") from None

    def retrieve(
        self,
        question: str,
        k: int = DEFAULT_K,
        mode: Mode = "hybrid",
        fusion: Fusion = DEFAULT_FUSION,
        filters: SearchFilters | None = None,
    ) -> list[Hit]:
        """The `k` passages that best match the question (among those `filters` admits)."""
        text = clean_question(question)
        index, backend = self._current
        vector = index.encode_query(text) if mode != "bm25" else None
        return backend.search(text, vector, k=k, mode=mode, fusion=fusion, filters=filters)

    def ask(
        self,
        question: str,
        history: list[dict[str, Any]] | list[Turn] | None = None,
        k: int = DEFAULT_K,
        mode: Mode = "hybrid",
        fusion: Fusion = DEFAULT_FUSION,
        filters: SearchFilters | None = None,
    ) -> Answer:
        """Answer from the articles: quoted, cited sentences, or an honest abstention.

        `history` is the conversation so far (oldest first, as Turns or {"role", "content"}
        dicts); a follow-up that needs it ("Who was his mother?") is rewritten into a standalone
        question, which the Answer shows as `rewritten_question`. `filters` limits the passages
        answers are quoted from to some outlets or publication dates.
        """
        text = clean_question(question)
        # One consistent snapshot even if an article is added meanwhile.
        index, backend = self._current
        documents = self._documents
        rewritten = followup.rewrite(text, _turns(history), index.content)
        asked = rewritten or text
        vector = index.encode_query(asked)
        # One search deep enough for the conflict check, which looks past the k passages
        # quoted from: a source that disagrees may rank just below them.
        depth = max(k, composer.EVIDENCE_DEPTH)
        ranked = backend.search(asked, vector, k=depth, mode=mode, fusion=fusion, filters=filters)
        return composer.compose(
            text,
            vector,
            ranked[:k],
            index.content,
            documents,
            rewritten=rewritten,
            # Through the index's lock: the model's tokenizer is not safe to share across threads.
            embed=lambda texts: [index.encode_query(t) for t in texts],
            evidence=ranked,
        )

    def _writable_dir(self) -> Path:
        """Where a new article is written: the added folder, else a corpus folder not shipped."""
        if self.added_dir is not None:
            return self.added_dir
        if self.corpus_dir is None:
            raise ReadOnlyCorpusError(
                "This assistant was built from documents in memory; "
                "open a folder with Assistant.from_corpus to add articles."
            )
        if self.corpus_dir.resolve() == BUNDLED_CORPUS:
            raise ReadOnlyCorpusError(
                "The bundled articles are shipped with the package and are not changed; "
                "open your own folder, or pass added_dir= (the chat page does) to add articles."
            )
        return self.corpus_dir

    def add_article(self, filename: str, content: bytes) -> Document:
        """Write an uploaded article into the corpus and index it (only it is embedded).

        The article is refused, and nothing written, when its name, id or text is already there.
        """
        with self._write_lock:
            document = save_article(
                self._writable_dir(), filename, content, known=list(self._documents.values())
            )
            documents = [*self._documents.values(), document]
            previous, backend = self._current
            index = build_index(documents, previous.encoder, previous.content)
            if self.index_dir is not None:
                save_index(index, documents, self.index_dir)
            backend = refreshed(backend, index, documents)
            self._documents = {doc.id: doc for doc in documents}
            self._current = (index, backend)
        logger.info("added %s (%s)", document.id, document.title)
        return document


def _turns(history: list[dict[str, Any]] | list[Turn] | None) -> list[Turn]:
    """The conversation as Turns; chat widgets' extra keys and non-text messages are skipped."""
    turns: list[Turn] = []
    for item in history or []:
        if isinstance(item, Turn):
            turns.append(item)
        elif isinstance(item, dict) and item.get("role") in ("user", "assistant"):
            content = item.get("content")
            if isinstance(content, str) and content.strip():
                turns.append(Turn(role=item["role"], content=content))
    return turns
