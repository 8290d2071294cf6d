"""Open the persisted index for a corpus: reuse it when it matches, otherwise rebuild and save."""

from __future__ import annotations

import logging
from pathlib import Path

from corpus.chunking import DEFAULT_MAX_WORDS
from corpus.models import Document
from index import bm25
from index.analysis import SPACY_MODEL
from index.content import IndexContent, corpus_fingerprint
from index.encoder import Encoder
from index.errors import IndexLoadError, IndexMissingError
from index.hybrid import HybridIndex, build_content
from index.store import IndexStore

logger = logging.getLogger(__name__)

# Anything that changes what is stored belongs here: a different value makes old builds stale.
SETTINGS = {
    "max_words": DEFAULT_MAX_WORDS,
    "bm25": {"k1": bm25.K1, "b": bm25.B, "epsilon": bm25.EPSILON},
    "tokenizer": "casefold-stopwords-snowball-v1",
    "analysis": f"{SPACY_MODEL}-v1",
}


def _settings() -> dict[str, object]:
    return dict(SETTINGS)


def build_index(
    documents: list[Document],
    encoder: Encoder,
    previous: IndexContent | None = None,
    *,
    progress: bool = False,
) -> HybridIndex:
    """A new in-memory index (nothing written)."""
    content = build_content(
        documents, encoder, previous, max_words=DEFAULT_MAX_WORDS, progress=progress
    )
    return HybridIndex(content, encoder)


def save_index(index: HybridIndex, documents: list[Document], root: Path) -> None:
    arrays, payload = index.content.to_files()
    IndexStore(root).save(
        arrays,
        payload,
        model=index.encoder.name,
        corpus_fingerprint=corpus_fingerprint(documents),
        settings=_settings(),
    )


def load_or_build(
    documents: list[Document], encoder: Encoder, root: Path, *, progress: bool = False
) -> HybridIndex:
    """The index for these documents from `root`, rebuilt (and saved) when missing or unusable.

    A stale index still lends its vectors and analysis, so only changed text is processed again.
    """
    store = IndexStore(root)
    fingerprint = corpus_fingerprint(documents)
    try:
        arrays, payload = store.load(
            model=encoder.name, corpus_fingerprint=fingerprint, settings=_settings()
        )
        return HybridIndex(IndexContent.from_files(arrays, payload), encoder)
    except IndexMissingError:
        logger.info("no index at %s yet; building it", root)
    except IndexLoadError as exc:
        logger.warning("rebuilding the index at %s: %s", root, exc)
    previous = _reusable(store, encoder)
    index = build_index(documents, encoder, previous, progress=progress)
    save_index(index, documents, root)
    return index


def _reusable(store: IndexStore, encoder: Encoder) -> IndexContent | None:
    """The current build's content whatever corpus it was made for, if intact and compatible."""
    try:
        arrays, payload = store.load(
            model=encoder.name, corpus_fingerprint="", settings=_settings(), check=False
        )
        return IndexContent.from_files(arrays, payload)
    except IndexLoadError:
        return None
