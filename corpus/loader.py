"""Read a folder of articles (.txt, .md) into Documents, with clear errors for unreadable files."""

from __future__ import annotations

import hashlib
import logging
import os
import re
from pathlib import Path

from tqdm import tqdm

from corpus.attribution import read_attribution
from corpus.errors import ArticleError, CorpusNotFoundError, EmptyArticleError, EmptyCorpusError
from corpus.frontmatter import FrontMatterError, split_front_matter
from corpus.models import Document
from corpus.structure import heading_title, split_blocks

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
        raise EmptyArticleError(where, "the article has no text", "Add the article's text.")
    if not any(block.kind == "prose" for block in split_blocks(body)):
        # Nothing would be indexed: a file of headings or captions can never answer a question.
        raise EmptyArticleError(
            where,
            "the article has no sentences of prose, only headings, bylines or captions",
            "Add the article's text.",
        )
    origin = read_attribution(body, meta.source, meta.reported_by)
    return Document(
        id=doc_id,
        title=meta.title or _title_from_text(body, fallback=doc_id),
        source=origin.source,
        reported_by=origin.reported_by,
        published=meta.published or origin.published,
        url=meta.url,
        path=path,
        text=body,
    )


def decode_article(data: bytes, where: str, fix: str) -> str:
    """The text of an article file's bytes; ArticleError when they are not UTF-8 text.

    NUL bytes are valid UTF-8 but never occur in text: they mean a binary file (a PDF or an
    image renamed .txt), whose "text" would be indexed as noise.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(where, "the file is UTF-16 text, not UTF-8", fix)
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(where, f"the file is not UTF-8 text (byte {exc.start})", fix) from exc
    if "\0" in raw:
        raise ArticleError(
            where, f"the file is binary, not text (NUL byte at {raw.index(chr(0)):,})", fix
        )
    return raw.removeprefix("\ufeff")


def read_article(path: Path, doc_id: str) -> Document:
    """Read one article file; raise ArticleError naming the file and the fix."""
    where = os.fsdecode(path).encode("utf-8", "backslashreplace").decode("utf-8")
    skip = "Save it as UTF-8 text, or pass lenient=True (--lenient) to skip it."
    unreadable = "Check that it can be read, or pass lenient=True (--lenient) to skip it."
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        raise ArticleError(
            where, f"'{path.suffix}' files are not articles", "Use .txt or .md files."
        )
    if where != os.fsdecode(path):
        # The id comes from the name, and an id that is not text cannot be saved in the index.
        raise ArticleError(where, "the file name is not UTF-8", "Rename the file.")
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(
                where,
                f"the file is {size:,} bytes, over the {MAX_ARTICLE_BYTES:,}-byte limit",
                "Split it into separate articles.",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(where, f"the file cannot be read ({exc.strerror})", unreadable) from exc
    return document_from_text(decode_article(data, where, skip), doc_id, where)


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
            logger.warning("skipping %s: only .txt and .md files are read", path)
    return paths


def load_corpus(
    path: str | Path | None = None, *, lenient: bool = False, progress: bool = False
) -> list[Document]:
    """Every article in a folder (default: the bundled corpus), ids = relative paths sans suffix.

    With `lenient`, an unreadable article is skipped with a warning instead of stopping the load.
    Empty files (blank, front matter only, no prose) and exact duplicates of an earlier article
    are skipped with a warning either way: neither adds anything to answer from. `progress`
    shows a bar on stderr (reading 100,000 articles takes tens of seconds).
    """
    root = Path(path) if path is not None else BUNDLED_CORPUS
    if not root.exists():
        raise CorpusNotFoundError(f"{root}: no such folder. Give the path of a folder of articles.")
    if not root.is_dir():
        raise CorpusNotFoundError(f"{root}: not a folder. Give a folder holding .txt/.md articles.")
    documents: list[Document] = []
    seen: dict[str, str] = {}
    ids: set[str] = set()
    for file in tqdm(_article_paths(root), desc="reading", unit="article", disable=not progress):
        doc_id = file.relative_to(root).with_suffix("").as_posix()
        try:
            document = read_article(file, doc_id)
        except EmptyArticleError as exc:
            logger.warning("skipping empty article: %s", exc)
            continue
        except ArticleError as exc:
            if not lenient:
                raise
            logger.warning("skipping unreadable article: %s", exc)
            continue
        if doc_id in ids:
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
        ids.add(doc_id)
        documents.append(document)
    if not documents:
        raise EmptyCorpusError(f"{root}: no readable .txt or .md article. Add articles there.")
    return documents
