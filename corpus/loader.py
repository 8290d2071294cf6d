"""Read a folder of articles (.txt, .md) into Documents, with clear errors for unreadable files."""

from __future__ import annotations

import hashlib
import logging
import re
from pathlib import Path

from corpus.errors import ArticleError, CorpusNotFoundError, EmptyCorpusError
from corpus.frontmatter import FrontMatterError, split_front_matter
from corpus.models import Document
from corpus.structure import byline, heading_title

logger = logging.getLogger(__name__)

BUNDLED_CORPUS = Path(__file__).resolve().parent / "articles"
ARTICLE_SUFFIXES = (".txt", ".md")
MAX_ARTICLE_BYTES = 2_000_000  # ~300,000 words: far beyond any news article; guards memory
_TITLE_WORDS = 12


def _title_from_text(body: str, fallback: str) -> str:
    """A heading on the first line, else the opening words of the first sentence."""
    heading = heading_title(body)
    if heading:
        return heading
    words = body.split()
    if not words:
        return fallback
    first_sentence = re.split(r"(?<=[.!?])\s", " ".join(words[: _TITLE_WORDS * 3]), maxsplit=1)[0]
    cut = first_sentence.split()
    return " ".join(cut[:_TITLE_WORDS]) + ("…" if len(cut) > _TITLE_WORDS else "")


def document_from_text(raw: str, doc_id: str, path: str | None = None) -> Document:
    """Build a Document from an article's file text (front matter optional)."""
    where = path or doc_id
    try:
        meta, body = split_front_matter(raw)
    except FrontMatterError as exc:
        raise ArticleError(where, str(exc), "Fix the front matter or remove it.") from exc
    if not body.strip():
        raise ArticleError(where, "the article has no text", "Add the article's text.")
    return Document(
        id=doc_id,
        title=meta.title or _title_from_text(body, fallback=doc_id),
        source=meta.source or byline(body),
        published=meta.published,
        url=meta.url,
        path=path,
        text=body,
    )


def read_article(path: Path, doc_id: str) -> Document:
    """Read one article file; raise ArticleError naming the file and the fix."""
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        raise ArticleError(
            str(path), f"'{path.suffix}' files are not articles", "Use .txt or .md files."
        )
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(
            str(path),
            f"the file is {size:,} bytes, over the {MAX_ARTICLE_BYTES:,}-byte limit",
            "Split it into separate articles.",
        )
    try:
        raw = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            str(path),
            f"the file is not UTF-8 text (byte {exc.start})",
            "Save it as UTF-8, or pass lenient=True (--lenient) to skip it.",
        ) from exc
    return document_from_text(raw.removeprefix("\ufeff"), doc_id, str(path))


def _article_paths(root: Path) -> list[Path]:
    """Article files under `root`, in a stable order; hidden files and folders are skipped."""
    paths = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        if path.suffix.lower() in ARTICLE_SUFFIXES:
            paths.append(path)
        else:
            logger.warning("skipping %s: only .txt and .md files are read", relative)
    return paths


def load_corpus(path: str | Path | None = None, *, lenient: bool = False) -> list[Document]:
    """Every article in a folder (default: the bundled corpus), ids = relative paths sans suffix.

    With `lenient`, an unreadable article is skipped with a warning instead of stopping the load.
    Empty files and exact duplicates of an earlier article are skipped with a warning either way:
    neither adds anything to answer from.
    """
    root = Path(path) if path is not None else BUNDLED_CORPUS
    if not root.exists():
        raise CorpusNotFoundError(f"{root}: no such folder. Give the path of a folder of articles.")
    if not root.is_dir():
        raise CorpusNotFoundError(f"{root}: not a folder. Give a folder holding .txt/.md articles.")
    documents: list[Document] = []
    seen: dict[str, str] = {}
    for file in _article_paths(root):
        doc_id = file.relative_to(root).with_suffix("").as_posix()
        if file.stat().st_size == 0:
            logger.warning("skipping %s: the file is empty", file)
            continue
        try:
            document = read_article(file, doc_id)
        except ArticleError as exc:
            if not lenient:
                raise
            logger.warning("skipping unreadable article: %s", exc)
            continue
        if any(d.id == doc_id for d in documents):
            raise ArticleError(
                str(file),
                f"another file already has the id {doc_id!r}",
                "Rename one of the two files.",
            )
        digest = hashlib.sha256(document.text.encode()).hexdigest()
        if digest in seen:
            logger.warning("skipping %s: same text as %s", file, seen[digest])
            continue
        seen[digest] = str(file)
        documents.append(document)
    if not documents:
        raise EmptyCorpusError(f"{root}: no readable .txt or .md article. Add articles there.")
    return documents
