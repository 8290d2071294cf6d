"""The Assistant: the one object users hold. Opens a corpus, retrieves, answers, adds articles."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from assistant import answer as composer
from assistant import deeper, followup
from assistant.compare import Comparison, comparisons
from assistant.config import default_index_dir
from assistant.disagreements import disagreements, overview_answer
from assistant.errors import ReadOnlyCorpusError
from assistant.filters import Scope, article_filter, scope
from assistant.models import Answer, Conflict, Turn
from assistant.parts import merge, split_parts
from assistant.question import clean_question
from assistant.question_type import inner_question
from assistant.spelling import correct_question
from corpus.articles import Articles
from corpus.loader import BUNDLED_CORPUS, read_article
from corpus.models import Document, Passage
from corpus.overrides import (
    OVERRIDES_FILE,
    MetadataEdit,
    apply_edit,
    apply_overrides,
    edit_from_form,
    front_matter_changes,
    load_overrides,
    save_overrides,
)
from corpus.snapshot import SNAPSHOT_FILE, read_corpus
from corpus.writer import delete_article, rewrite_metadata, save_article
from index.backends import BackendName, RetrievalBackend
from index.backends.opening import collection_name, open_backend, refreshed
from index.changes import UnchangeableIndex, with_document, without_document
from index.encoder import Encoder, load_encoder
from index.hybrid import HybridIndex
from index.loading import build_index, load_or_build, save_index
from index.models import Hit
from index.options import DEFAULT_FUSION, DEFAULT_K, DEFAULT_MODE, Fusion, Mode

logger = logging.getLogger(__name__)


class Assistant:
    """Question answering over one corpus. Safe to share between threads.

    The local index holds the passages' analysis and computes vectors and BM25 weights; the
    retrieval backend (the embedded index by default, or Qdrant) ranks the passages.
    """

    def __init__(
        self,
        documents: list[Document] | Articles,
        index: HybridIndex,
        corpus_dir: Path | None = None,
        index_dir: Path | None = None,
        added_dir: Path | None = None,
        backend: RetrievalBackend | None = None,
    ) -> None:
        # By id; a snapshot's articles stay in its file until read (corpus.articles).
        articles = documents if isinstance(documents, Articles) else Articles.of(documents)
        self._documents = articles
        # One attribute, replaced whole, so a question never pairs an index with another's backend.
        self._current = (index, backend or open_backend("embedded", index, articles))
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
        if index_dir is not None:
            root = Path(index_dir)
        else:  # the index belongs to the combined corpus, so an added folder gets its own
            root = default_index_dir(added if added is not None else corpus_dir)
        # An unchanged corpus is not read again: its parsed articles are kept beside the index.
        documents = read_corpus(
            corpus_dir, added, root / SNAPSHOT_FILE, lenient=lenient, progress=progress
        )
        documents = apply_overrides(documents, load_overrides(root / OVERRIDES_FILE))
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

    def verify(self) -> None:
        """Wait for the check of every index file's checksum that opening started.

        Opening checks sizes and the manifest only, and hashes the files in the background;
        this raises IndexCorruptError (naming the file) if one was altered, after which every
        question raises it too and the next open rebuilds the index. Nothing to wait for when
        the index was built in this process.
        """
        verification = self._index.content.verification
        if verification is not None:
            verification.wait()

    @property
    def documents(self) -> list[Document]:
        return list(self._documents.values())

    @property
    def passages(self) -> Sequence[Passage]:
        """Every passage of the index, read-only, each `Passage` made only when it is read.

        Not a list of them: at a million passages that list took ~1.6 GB and ~25 s to make,
        and `len(qa.passages)` (the CLI's index summary, the benchmark's serve worker) paid it
        for a count the index knows already; it was 1.6 of the 4.3 GB serving peak measured.
        """
        return self._index.passages

    def get_document(self, doc_id: str) -> Document:
        try:
            return self._documents[doc_id]
        except KeyError:
            raise KeyError(f"no article with id {doc_id!r}") from None

    def _scope(
        self,
        index: HybridIndex,
        sources: Iterable[str] | None,
        published_after: dt.date | str | None,
        published_before: dt.date | str | None,
    ) -> Scope:
        """What a request filtered by outlet and publication date may use (assistant.filters).

        Every question passes here, so none is answered from index files found damaged.
        """
        index.content.check_intact()
        chosen = article_filter(sources, published_after, published_before)
        return scope(index.content, self._documents.outlets_and_dates, chosen)

    def retrieve(
        self,
        question: str,
        k: int = DEFAULT_K,
        mode: Mode = DEFAULT_MODE,
        fusion: Fusion = DEFAULT_FUSION,
        *,
        sources: Iterable[str] | None = None,
        published_after: dt.date | str | None = None,
        published_before: dt.date | str | None = None,
    ) -> list[Hit]:
        """The `k` passages that best match the question, among the articles the filter admits.

        `sources` are outlets (an article's `source`, any case); the dates are strict bounds
        on its publication date (ISO strings accepted), and leave undated articles out.
        """
        index, backend = self._current
        seen = self._scope(index, sources, published_after, published_before)
        text = clean_question(question)
        vector = index.encode_query(text) if mode != "bm25" else None
        return backend.search(text, vector, k=k, mode=mode, fusion=fusion, filters=seen.filter)

    def ask(
        self,
        question: str,
        history: list[dict[str, Any]] | list[Turn] | None = None,
        k: int = DEFAULT_K,
        mode: Mode = DEFAULT_MODE,
        fusion: Fusion = DEFAULT_FUSION,
        *,
        sources: Iterable[str] | None = None,
        published_after: dt.date | str | None = None,
        published_before: dt.date | str | None = None,
    ) -> Answer:
        """Answer from the articles: quoted, cited sentences, or an honest abstention.

        `history` is the conversation so far (oldest first, as Turns or {"role", "content"}
        dicts); a follow-up that needs it ("Who was his mother?") is rewritten into a standalone
        question, which the Answer shows as `rewritten_question`. `sources`, `published_after`
        and `published_before` limit the answer to some articles, as for `retrieve`: nothing
        else is quoted, and a disagreement is only named between admitted articles ("as of
        28 October" is `published_before="2025-10-29"`).
        """
        text = clean_question(question)
        # One consistent snapshot even if an article is added meanwhile.
        index, backend = self._current
        seen = self._scope(index, sources, published_after, published_before)
        corrected = correct_question(text, index.content)  # shown as "Searched as" when made
        typed = corrected or text
        rewritten = followup.rewrite(typed, _turns(history), seen.content) or corrected
        asked = rewritten or text
        parts = split_parts(asked)
        if len(parts) > 1:  # "How long ... and what will it cost?": a quote for each part
            first = self._answer(parts[0], parts[0], None, (index, backend), seen, k, mode, fusion)
            # A later part may point back to the first, as a follow-up does: "When was a
            # rubythroat last seen in the county, and how many people saw it?"
            before = [
                Turn(role="user", content=parts[0]),
                Turn(role="assistant", content=first.text),
            ]
            answers = [first]
            for part in parts[1:]:
                alone = followup.rewrite(part, before, seen.content)
                answers.append(
                    self._answer(
                        part, alone or part, alone, (index, backend), seen, k, mode, fusion
                    )
                )
            return merge(text, rewritten, answers)
        return self._answer(text, asked, rewritten, (index, backend), seen, k, mode, fusion)

    def _answer(
        self,
        text: str,
        asked: str,
        rewritten: str | None,
        current: tuple[HybridIndex, RetrievalBackend],
        seen: Scope,
        k: int,
        mode: Mode,
        fusion: Fusion,
    ) -> Answer:
        """One question answered: searched, then composed (or answered from the table)."""
        documents = self._documents
        index, backend = current
        searched = inner_question(asked)  # not "What do the reports say about ..."
        vector = index.encode_query(searched)

        def search(depth: int) -> list[Hit]:
            return backend.search(
                searched, vector, k=depth, mode=mode, fusion=fusion, filters=seen.filter
            )

        hits = deeper.with_focus(searched, search(k), search)
        # "What do the sources disagree about?" is answered from the table, not composed.
        overview = overview_answer(
            text, asked, hits, index.content, documents, admitted=seen.doc_ids, rewritten=rewritten
        )
        if overview is not None:
            return overview
        return composer.compose(
            text,
            vector,
            hits,
            seen.content,
            documents,
            rewritten=rewritten,
            # Through the index's lock: the model's tokenizer is not safe to share across threads.
            embed=lambda texts: [index.encode_query(t) for t in texts],
        )

    def compare(
        self,
        topic: str | None = None,
        *,
        sources: Iterable[str] | None = None,
        published_after: dt.date | str | None = None,
        published_before: dt.date | str | None = None,
    ) -> list[Comparison]:
        """Each story's sources side by side: per aspect ("the date of the raid"), what each
        source says, with quotes and offsets, and whether they disagree.

        `topic` (a question or a few words) compares the stories of the passages it retrieves,
        best first; None compares every story with two or more sources. Filters as for
        `retrieve`. Without a topic nothing is computed: it reads the table stored with the index.
        """
        index, backend = self._current
        seen = self._scope(index, sources, published_after, published_before)
        hits = None
        if topic is not None:
            asked = clean_question(topic)
            vector = index.encode_query(asked)
            hits = backend.search(
                asked,
                vector,
                k=DEFAULT_K,
                mode=DEFAULT_MODE,
                fusion=DEFAULT_FUSION,
                filters=seen.filter,
            )
        return comparisons(index.content, self._documents, admitted=seen.doc_ids, hits=hits)

    def disagreements(
        self,
        *,
        sources: Iterable[str] | None = None,
        published_after: dt.date | str | None = None,
        published_before: dt.date | str | None = None,
    ) -> list[Conflict]:
        """Every point on which sources of one story disagree, as an answer names them.

        A claim's `citation` numbers its quote across the list (equal numbers, same sentence).
        """
        index = self._index
        seen = self._scope(index, sources, published_after, published_before)
        found, _ = disagreements(index.content, self._documents, admitted=seen.doc_ids)
        return found

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
        """Write an uploaded article into the corpus and index it: only its rows are computed
        and saved (index.changes), unless the index predates that and is rebuilt once.

        The article is refused, and nothing written, when its name, id or text is already there.
        """
        with self._write_lock:
            document = save_article(
                self._writable_dir(), filename, content, known=self._documents.values()
            )
            articles = self._documents.with_article(document)
            previous, backend = self._current
            try:
                index = with_document(previous, document)
            except UnchangeableIndex as exc:
                logger.info("rebuilding the index for the new article: %s", exc)
                index = build_index(list(articles.values()), previous.encoder, previous.content)
            if self.index_dir is not None:
                save_index(index, articles, self.index_dir, share=True)
            backend = refreshed(backend, index, articles)
            self._documents = articles
            self._current = (index, backend)
        logger.info("added %s (%s)", document.id, document.title)
        return document

    def is_uploaded(self, doc_id: str) -> bool:
        """Whether the article lives in the added folder, the only files the page may change.

        Articles of the corpus folder itself (the shipped ones, or a reader's own folder) are
        never rewritten or deleted from here; their corrections go to the overrides file.
        """
        path = self.get_document(doc_id).path
        if self.added_dir is None or path is None:
            return False
        return Path(path).resolve().is_relative_to(self.added_dir.resolve())

    def remove_article(self, doc_id: str) -> Document:
        """Delete an uploaded article and drop its rows from the index (nothing is computed
        again; the save writes the rows after it)."""
        with self._write_lock:
            document = self.get_document(doc_id)
            if not self.is_uploaded(doc_id) or document.path is None:
                raise ReadOnlyCorpusError(
                    f"{document.title!r} is part of the corpus folder, not an uploaded article; "
                    "only articles added from the page can be removed here."
                )
            articles = self._documents.without(doc_id)
            previous, backend = self._current
            try:
                index = without_document(previous, doc_id)
            except UnchangeableIndex as exc:
                logger.info("rebuilding the index without the article: %s", exc)
                index = build_index(list(articles.values()), previous.encoder, previous.content)
            delete_article(Path(document.path))
            if self.index_dir is not None:
                save_index(index, articles, self.index_dir, share=True)
            backend = refreshed(backend, index, articles)  # a Qdrant collection drops it too
            self._documents = articles
            self._current = (index, backend)
        logger.info("removed %s (%s)", document.id, document.title)
        return document

    def update_metadata(
        self, doc_id: str, title: str | None, source: str | None, published: dt.date | None
    ) -> Document:
        """Fill in or correct an article's title, outlet and date; blank means "as written".

        An uploaded article gets them as front matter in its own file; any other article is
        never written, so the correction goes to the overrides file beside the index.
        """
        with self._write_lock:
            current = self.get_document(doc_id)
            if current.path is None or self.index_dir is None:
                raise ReadOnlyCorpusError(
                    "This assistant was built from documents in memory; "
                    "open a folder with Assistant.from_corpus to correct articles."
                )
            original = read_article(Path(current.path), doc_id)  # without any correction
            if self.is_uploaded(doc_id):
                changes = front_matter_changes(original, title, source, published)
                updated = rewrite_metadata(Path(current.path), changes)
            else:
                updated = self._override(
                    original, edit_from_form(original, title, source, published)
                )
            articles = self._documents.with_article(updated)
            # The backend filters by outlet and date, so it must know the corrected ones.
            index, backend = self._current
            backend = refreshed(backend, index, articles)
            self._documents = articles
            self._current = (index, backend)
        logger.info(
            "corrected %s: %r, %r, %s", doc_id, updated.title, updated.source, updated.published
        )
        return updated

    def _override(self, original: Document, edit: MetadataEdit) -> Document:
        """Store a correction in the overrides file (none left: its entry is dropped)."""
        assert self.index_dir is not None  # checked by the caller
        path = self.index_dir / OVERRIDES_FILE
        overrides = load_overrides(path)
        if edit.model_dump(exclude_none=True):
            overrides[original.id] = edit
        else:
            overrides.pop(original.id, None)
        save_overrides(path, overrides)
        return apply_edit(original, edit)


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
