"""Add an uploaded article to a corpus folder safely: validated first, written atomically."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from corpus.errors import ArticleError
from corpus.loader import ARTICLE_SUFFIXES, MAX_ARTICLE_BYTES, document_from_text
from corpus.models import Document


def _safe_name(filename: str) -> str:
    """The file name itself; anything that could point outside the corpus folder is refused."""
    name = filename.strip()
    if not name or name != os.path.basename(name) or "\\" in name or name.startswith("."):
        raise ArticleError(
            filename,
            "the file name must be a plain name without folders",
            "Rename the file, e.g. 'article.txt'.",
        )
    if Path(name).suffix.lower() not in ARTICLE_SUFFIXES:
        raise ArticleError(
            filename,
            "only .txt and .md articles can be added",
            "Save the article as a .txt or .md file.",
        )
    return name


def save_article(folder: Path, filename: str, content: bytes) -> Document:
    """Check the upload as an article, then write it into `folder` without overwriting anything."""
    name = _safe_name(filename)
    if len(content) > MAX_ARTICLE_BYTES:
        raise ArticleError(
            name,
            f"the file is {len(content):,} bytes, over the {MAX_ARTICLE_BYTES:,}-byte limit",
            "Split it into smaller articles.",
        )
    try:
        raw = content.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            name,
            f"the file is not UTF-8 text (byte {exc.start})",
            "Save it as UTF-8 and upload it again.",
        ) from exc
    target = folder / name
    document = document_from_text(raw, Path(name).stem, str(target))
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
