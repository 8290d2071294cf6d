"""Write uploaded articles in a corpus folder safely: added, corrected and removed atomically."""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path

from corpus.errors import ArticleError
from corpus.frontmatter import FrontMatterError, with_front_matter
from corpus.loader import ARTICLE_SUFFIXES, MAX_ARTICLE_BYTES, decode_article, document_from_text
from corpus.models import Document

# File systems cap a name at 255 bytes and the temporary name adds ~40; stay well under.
MAX_NAME_BYTES = 200


def _safe_name(filename: str) -> str:
    """The file name itself; anything that could point outside the corpus folder is refused.

    Control and format characters are refused too: a name with a newline or a right-to-left
    override reads differently from what is on disk.
    """
    name = filename.strip()
    if (
        not name
        or name != os.path.basename(name)
        or "\\" in name
        or name.startswith(".")
        or any(unicodedata.category(c).startswith("C") for c in name)
    ):
        raise ArticleError(
            repr(filename),
            "the file name must be a plain name without folders or control characters",
            "Rename the file, e.g. 'article.txt'.",
        )
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        raise ArticleError(
            name[:40] + "…",
            f"the file name is over {MAX_NAME_BYTES} bytes long",
            "Give the file a shorter name.",
        )
    if Path(name).suffix.lower() not in ARTICLE_SUFFIXES:
        raise ArticleError(
            name,
            "only .txt and .md articles can be added",
            "Save the article as a .txt or .md file.",
        )
    return name


def _same_id(folder: Path, name: str) -> str | None:
    """An article already in `folder` that would get the same id ("a.md" beside "a.txt").

    The loader names articles by file name without suffix, so two such files would make the whole
    corpus fail to load next time.
    """
    stem = Path(name).stem
    with os.scandir(folder) as entries:
        for entry in entries:
            path = Path(entry.name)
            if path.stem == stem and path.suffix.lower() in ARTICLE_SUFFIXES:
                return entry.name
    return None


def _refuse_known(document: Document, known: Iterable[Document]) -> None:
    """An upload whose id or text is already in the corpus would be shadowed or answered twice."""
    for other in known:
        if other.id == document.id:
            raise ArticleError(
                document.id,
                f"an article with the id {other.id!r} is already in the corpus",
                "Rename the file to add it as a new article.",
            )
        if other.text == document.text:
            raise ArticleError(
                document.id,
                f"the same text is already in the corpus as {other.id!r}",
                "There is nothing to add; the article is already searchable.",
            )


def save_article(
    folder: Path, filename: str, content: bytes, known: Iterable[Document] = ()
) -> Document:
    """Check the upload as an article, then write it into `folder` without overwriting anything.

    `known` are the corpus's articles, wherever they are stored: the upload may repeat none of
    their ids or texts.
    """
    name = _safe_name(filename)
    if len(content) > MAX_ARTICLE_BYTES:
        raise ArticleError(
            name,
            f"the file is {len(content):,} bytes, over the {MAX_ARTICLE_BYTES:,}-byte limit",
            "Split it into smaller articles.",
        )
    raw = decode_article(content, name, "Save it as UTF-8 text and upload it again.")
    target = folder / name
    # Errors name the upload as the user knows it, not the server's folder.
    document = document_from_text(raw, Path(name).stem, name).model_copy(
        update={"path": str(target)}
    )
    folder.mkdir(parents=True, exist_ok=True)
    existing = _same_id(folder, name)
    if existing is not None:
        raise ArticleError(
            name,
            f"an article with this name is already in the corpus ({existing})",
            "Rename the file to add it as a new article.",
        )
    _refuse_known(document, known)
    tmp = folder / f".{name}.{uuid.uuid4().hex}.tmp"
    tmp.write_bytes(content)
    try:
        os.link(tmp, target)  # unlike a rename, fails instead of replacing an existing article
    except FileExistsError as exc:
        raise ArticleError(
            name,
            "an article with this name is already in the corpus",
            "Rename the file to add it as a new article.",
        ) from exc
    finally:
        tmp.unlink()
    return document


def _replace_atomically(path: Path, text: str) -> None:
    """Write `text` over `path` so a reader or a crash sees the old file or the new, never half."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def rewrite_metadata(path: Path, changes: Mapping[str, str | dt.date | None]) -> Document:
    """Set front matter keys of an article file (None removes one) and return it re-read.

    The article's text is kept byte for byte, so the index and every citation stay valid.
    """
    where = path.name
    raw = decode_article(path.read_bytes(), where, "Save it as UTF-8 text.")
    try:
        text = with_front_matter(raw, changes)
    except FrontMatterError as exc:
        raise ArticleError(where, str(exc), "Fix the front matter in the file.") from exc
    document = document_from_text(text, path.stem, str(path))  # refuses what would not load
    _replace_atomically(path, text)
    return document


def delete_article(path: Path) -> None:
    """Remove an article file; one that is already gone is not an error (nothing to remove)."""
    path.unlink(missing_ok=True)
