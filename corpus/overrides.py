"""A reader's corrections to articles' metadata that cannot be written into the articles.

The bundled articles are shipped data and never written; when a reader fills in or corrects
the title, outlet or date of one, the correction is kept in a small JSON file of its own (under
the index folder) and laid over the article's own metadata every time the corpus is opened.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from corpus.articles import Articles
from corpus.errors import CorpusError
from corpus.models import Document

OVERRIDES_FILE = "metadata-overrides.json"


class MetadataEdit(BaseModel):
    """The fields a reader may set for one article; None leaves the article's own value."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str | None = None
    source: str | None = None
    published: dt.date | None = None


class MetadataError(CorpusError):
    """A correction cannot be used or stored; the message names what and the fix."""


def load_overrides(path: Path) -> dict[str, MetadataEdit]:
    """The corrections stored at `path` by article id; none when the file does not exist."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("the file must hold an object of article ids")
        return {str(doc_id): MetadataEdit.model_validate(edit) for doc_id, edit in data.items()}
    except (FileNotFoundError, NotADirectoryError):  # none stored (or no index folder at all)
        return {}
    except (OSError, ValueError, ValidationError) as exc:
        problem = " ".join(str(exc).split())
        raise MetadataError(
            f"{path}: the metadata corrections cannot be read ({problem}). "
            "Fix the file, or delete it to drop the corrections."
        ) from exc


def save_overrides(path: Path, overrides: Mapping[str, MetadataEdit]) -> None:
    """Write all corrections atomically: a crash leaves the previous file, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        doc_id: edit.model_dump(mode="json", exclude_none=True)
        for doc_id, edit in sorted(overrides.items())
    }
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def apply_edit(document: Document, edit: MetadataEdit) -> Document:
    """The document with the edit's fields laid over its own."""
    update = edit.model_dump(exclude_none=True)
    return document.model_copy(update=update) if update else document


def apply_overrides(articles: Articles, overrides: Mapping[str, MetadataEdit]) -> Articles:
    """Every article with its corrections, if any (corrections of absent ids are kept unused);
    only the corrected articles are read."""
    edited = [apply_edit(articles[i], edit) for i, edit in overrides.items() if i in articles]
    return articles.with_articles(edited) if edited else articles


MAX_FIELD_CHARS = 300  # a headline or an outlet's name; longer is a paste gone wrong


def _field(name: str, value: str | None) -> str | None:
    """A submitted text field on one line; blank means "as the article gives it"."""
    text = " ".join((value or "").split())
    if len(text) > MAX_FIELD_CHARS:
        raise MetadataError(
            f"The {name} is {len(text):,} characters long. Keep it under {MAX_FIELD_CHARS}."
        )
    return text or None


def edit_from_form(
    original: Document, title: str | None, source: str | None, published: dt.date | None
) -> MetadataEdit:
    """The correction a reader asked for, relative to what the article itself gives.

    A field left blank, or equal to the article's own value, is no correction: the article's
    value shows (and follows the file if it changes). Raises MetadataError naming a bad field.
    """
    wanted = {"title": _field("title", title), "source": _field("outlet", source)}
    return MetadataEdit(
        title=wanted["title"] if wanted["title"] != original.title else None,
        source=wanted["source"] if wanted["source"] != original.source else None,
        published=published if published != original.published else None,
    )


def front_matter_changes(
    original: Document, title: str | None, source: str | None, published: dt.date | None
) -> dict[str, str | dt.date | None]:
    """The front matter keys to set (a value) or remove (None) in an article's own file.

    A field equal to the article's value is left alone; a blank one removes its key, so the
    value comes from the text again. A credit split out of the source ("(According to AP)") is
    kept as `reported_by` when the source is rewritten, or it would be lost with the old text.
    """
    wanted: dict[str, str | dt.date | None] = {
        "title": _field("title", title),
        "source": _field("outlet", source),
        "published": published,
    }
    changes = {key: value for key, value in wanted.items() if value != getattr(original, key)}
    if "source" in changes and original.reported_by:
        changes["reported_by"] = original.reported_by
    return changes
