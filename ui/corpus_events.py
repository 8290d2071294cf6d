"""What the Corpus tab does: fill the header and the table on every page load; add, correct
and remove articles.

Everything shown is computed from the assistant when the page loads and after each change,
never kept from when the page was built: after an upload and a reload, a visitor must see the
corpus the answers come from.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any, Protocol

import gradio as gr

from assistant.errors import ReadOnlyCorpusError
from corpus.errors import CorpusError
from corpus.models import Document
from corpus.overrides import MetadataError
from ui import tables
from ui.corpus_tab import CorpusWidgets, Editor, header_html
from ui.events import QA
from ui.passages import esc
from ui.render import notice_html

logger = logging.getLogger(__name__)


class Library(QA, Protocol):
    """What the Corpus tab needs beyond answering: changing the corpus."""

    def add_article(self, filename: str, content: bytes) -> Document: ...

    def remove_article(self, doc_id: str) -> Document: ...

    def update_metadata(
        self, doc_id: str, title: str | None, source: str | None, published: dt.date | None
    ) -> Document: ...

    def is_uploaded(self, doc_id: str) -> bool: ...


def corpus_views(qa: QA) -> tuple[str, str]:
    """The header and the Corpus table, as the corpus is now."""
    docs = qa.documents
    return header_html(docs), tables.corpus_html(docs)


def wire_corpus_tab(w: CorpusWidgets, qa: Library, header: gr.HTML, demo: gr.Blocks) -> None:
    """Fill the header and the table (and the editor's list) whenever a page loads."""
    outputs = [header, w.table] + ([w.editor.article] if w.editor else [])

    def on_load() -> tuple[Any, ...]:
        views = corpus_views(qa)
        return (*views, _article_list(qa, None)) if w.editor else views

    demo.load(on_load, None, outputs, api_visibility="private", show_progress="hidden")
    if w.editor is not None:
        _wire_editor(w.editor, w.table, qa, header)


def _fields(qa: QA, doc_id: str | None) -> tuple[str, str, str]:
    """The editor's fields for one article: its title, outlet and date as shown now."""
    doc = next((d for d in qa.documents if d.id == doc_id), None)
    if doc is None:
        return "", "", ""
    return doc.title, doc.source or "", doc.published.isoformat() if doc.published else ""


def _date(text: str | None) -> dt.date | None:
    """The Published field as a date; blank is no date. Refused with the format to use."""
    value = (text or "").strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise MetadataError(
            f"'{value}' is not a date. Write it as YYYY-MM-DD, like 2025-10-28."
        ) from None


def _wire_editor(e: Editor, table: gr.HTML, qa: Library, header: gr.HTML) -> None:
    """Upload, correct, remove; each refreshes the header, the table and the list.

    Exposed to API clients as `/add_article`, `/correct_article` and `/remove_article` (none of
    them exists on a read-only page).
    """

    def pick(doc_id: str | None) -> tuple[Any, ...]:
        """Fill the fields with the chosen article's details; offer removal for uploads.

        Choosing an article clears the last message; the list emptied by a removal or a
        save does not (it would race the "Removed ..." message away before a reader sees it).
        """
        ids = {d.id for d in qa.documents}
        uploaded = doc_id is not None and doc_id in ids and qa.is_uploaded(doc_id)
        status = "" if doc_id else gr.skip()
        return (*_fields(qa, doc_id), gr.Button(visible=uploaded), status)

    def save(doc_id: str | None, title: str, source: str, published: str) -> tuple[Any, ...]:
        if not doc_id:
            return notice_html("Choose an article first."), *_unchanged(3)
        try:
            doc = qa.update_metadata(doc_id, title, source, _date(published))
        except (CorpusError, ReadOnlyCorpusError) as err:
            logger.info("correction refused: %s", err)
            return notice_html(str(err)), *_unchanged(3)
        msg = f'<div class="nqa-ok">Saved the details of <b>{esc(doc.title)}</b>.</div>'
        return msg, *corpus_views(qa), _article_list(qa, doc_id)

    def remove(doc_id: str | None) -> tuple[Any, ...]:
        if not doc_id:
            return notice_html("Choose an article first."), *_unchanged(3)
        try:
            doc = qa.remove_article(doc_id)
        except KeyError:  # removed meanwhile, from another page
            return (
                notice_html("That article is no longer in the corpus."),
                *corpus_views(qa),
                (_article_list(qa, None)),
            )
        except (CorpusError, ReadOnlyCorpusError) as err:
            logger.info("removal refused: %s", err)
            return notice_html(str(err)), *_unchanged(3)
        msg = (
            f'<div class="nqa-ok">Removed <b>{esc(doc.title)}</b>. It is no longer searched.</div>'
        )
        return msg, *corpus_views(qa), _article_list(qa, None)

    def upload(path: str | None) -> tuple[Any, ...]:
        if not path:
            return _unchanged(4)
        try:
            doc = qa.add_article(Path(path).name, Path(path).read_bytes())
        except (CorpusError, ReadOnlyCorpusError) as err:
            logger.info("upload refused: %s", err)
            return notice_html(str(err)), gr.skip(), gr.skip(), None
        head, corpus = corpus_views(qa)
        msg = (
            f'<div class="nqa-ok">Added <b>{esc(doc.title)}</b> '
            f"({len(doc.text.split()):,} words). It is searchable now.</div>"
        )
        return msg, corpus, head, None

    fields = [e.title, e.source, e.published, e.remove, e.status]
    e.article.change(pick, e.article, fields, api_visibility="private")
    changed = [e.status, header, table, e.article]
    e.save.click(
        save, [e.article, e.title, e.source, e.published], changed, api_name="correct_article"
    )
    e.remove.click(remove, e.article, changed, api_name="remove_article")
    # The list is refreshed after the upload's own outputs, which API clients already rely on.
    e.upload.upload(
        upload, e.upload, [e.upload_status, table, header, e.upload], api_name="add_article"
    ).then(lambda: _article_list(qa, None), None, e.article, api_visibility="private")


def _article_list(qa: QA, doc_id: str | None) -> gr.Dropdown:
    """The editor's list of articles, as the corpus is now, with `doc_id` chosen."""
    return gr.Dropdown(choices=[(d.title, d.id) for d in qa.documents], value=doc_id)


def _unchanged(n: int) -> tuple[Any, ...]:
    return tuple(gr.skip() for _ in range(n))
