"""The Corpus tab: the articles answered from, and (unless read-only) correcting their details,
adding articles and removing uploaded ones.

Everything shown here is computed from the assistant when the page loads and after each
change, never kept from when the page was built, so a reload always shows the corpus as it is.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import gradio as gr

from assistant.errors import ReadOnlyCorpusError
from corpus.errors import CorpusError
from corpus.models import Document
from corpus.overrides import MetadataError
from ui import tables
from ui.events import QA
from ui.passages import esc
from ui.render import notice_html

logger = logging.getLogger(__name__)

UPLOAD_HELP = """<div id="nqa-upload-help" class="nqa-help">
<h3>Add an article</h3>
<p>A UTF-8 <code>.txt</code> or <code>.md</code> file, searchable as soon as it is added. Its
title, source and date are read from the text: a heading, a byline ("By Jane Roe"), a dateline
("PARIS, Oct. 30, 2025 (AFP) &mdash;"). To give them yourself, start the file with <b>front
matter</b>: <code>key: value</code> lines between two <code>---</code> lines, each optional.</p>
<pre>---
title: Floods in the valley
source: Valley Gazette
published: 2025-10-28
url: https://example.org/floods
---
Heavy rain flooded the valley on Monday...</pre></div>"""

EDIT_HELP = """<div class="nqa-help"><h3>Correct an article's details</h3>
<p>Fill in or correct an article's title, outlet and date; a blank field uses what the article
gives. Shipped articles are never changed (corrections are kept beside the index); an uploaded
article gets them as front matter in its file.</p></div>"""


class Library(QA, Protocol):
    """What the Corpus tab needs beyond answering: changing the corpus."""

    def add_article(self, filename: str, content: bytes) -> Document: ...

    def remove_article(self, doc_id: str) -> Document: ...

    def update_metadata(
        self, doc_id: str, title: str | None, source: str | None, published: dt.date | None
    ) -> Document: ...

    def is_uploaded(self, doc_id: str) -> bool: ...


@dataclass(frozen=True)
class CorpusWidgets:
    """Handles on the Corpus tab's components; the editing ones are None when read-only."""

    table: gr.HTML
    article: gr.Dropdown | None = None
    title: gr.Textbox | None = None
    source: gr.Textbox | None = None
    published: gr.Textbox | None = None
    save: gr.Button | None = None
    editor_status: gr.HTML | None = None
    upload: gr.UploadButton | None = None
    upload_status: gr.HTML | None = None


def build_corpus_tab(read_only: bool) -> CorpusWidgets:
    """The tab's components, inside the current `gr.Tab`; filled in on each page load."""
    table = gr.HTML(
        '<div class="nqa-empty">Loading the articles…</div>',
        label="Corpus",
        elem_id="nqa-corpus",
        js_on_load=None,
    )
    if read_only:
        gr.HTML(
            '<div class="nqa-help">This page is read-only: articles cannot be added or '
            "changed here.</div>",
            js_on_load=None,
        )
        return CorpusWidgets(table=table)
    with gr.Row(equal_height=False, elem_id="nqa-corpus-tools"):
        with gr.Column(scale=1, min_width=300):
            gr.HTML(UPLOAD_HELP, js_on_load=None)
            upload = gr.UploadButton(
                "Add an article (.txt or .md)",
                file_types=[".txt", ".md"],
                file_count="single",
                type="filepath",
                elem_id="nqa-upload",
            )
            upload_status = gr.HTML("", label="Upload status", elem_id="nqa-upload-status")
        with gr.Column(scale=1, min_width=300, elem_id="nqa-editor"):
            gr.HTML(EDIT_HELP, js_on_load=None)
            article = gr.Dropdown(label="Article", choices=[], value=None, interactive=True)
            title = gr.Textbox(label="Title", max_lines=2)
            with gr.Row():
                source = gr.Textbox(label="Outlet", max_lines=1, scale=2, min_width=160)
                published = gr.Textbox(
                    label="Published", placeholder="YYYY-MM-DD", max_lines=1, min_width=120
                )
            save = gr.Button("Save details", variant="secondary", size="sm")
            editor_status = gr.HTML("", elem_id="nqa-editor-status", js_on_load=None)
    return CorpusWidgets(
        table, article, title, source, published, save, editor_status, upload, upload_status
    )


def _choices(documents: list[Document]) -> list[tuple[str, str]]:
    return [(d.title, d.id) for d in documents]


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


_HEADER = (
    '<div class="nqa-header"><div><h1>News Assistant</h1><p>Answers are quoted word for '
    "word from the articles, with every quote shown in context. When sources disagree, you "
    "are told who says what; when they don't answer, you are told that too.</p></div>"
    '<div class="nqa-stats">{stats}</div></div>'
)


def header_html_empty() -> str:
    """The header before the page has loaded the corpus figures (a moment, on load)."""
    return _HEADER.format(stats="&nbsp;<br>&nbsp;")


def header_html(documents: list[Document]) -> str:
    """Title, what the tool promises, and the size of the corpus it answers from.

    An article counts under its own source, else under the outlet whose report it relays (the
    Corpus tab lists each article's, so the count can be checked).
    """
    names = {d.named_source for d in documents if d.named_source}
    stats = (
        f"<b>{len(documents)}</b> article{'s' * (len(documents) != 1)}"
        f"<br><b>{len(names)}</b> named source{'s' * (len(names) != 1)}"
    )
    return _HEADER.format(stats=stats)


def corpus_views(qa: QA) -> tuple[str, str]:
    """The header and the Corpus table, as the corpus is now."""
    docs = qa.documents
    return header_html(docs), tables.corpus_html(docs)


def wire_corpus_tab(w: CorpusWidgets, qa: Library, header: gr.HTML, demo: gr.Blocks) -> None:
    """Fill the header and the tab on every page load; connect the editor and the upload,
    whose changes refresh them too (exposed as `/correct_article` and `/add_article`).

    Computed per load, not when the page was built: after an upload and a reload, a visitor
    must see the corpus the answers come from.
    """

    def on_load() -> tuple:
        head, table = corpus_views(qa)
        if w.article is None:
            return head, table
        return head, table, gr.Dropdown(choices=_choices(qa.documents), value=None)

    loaded = [header, w.table] + ([w.article] if w.article is not None else [])
    demo.load(on_load, None, loaded, api_name=False, show_progress="hidden")
    if w.article is None:  # read-only: nothing to change
        return
    assert w.title and w.source and w.published and w.save and w.editor_status
    assert w.upload and w.upload_status

    def pick(doc_id: str | None) -> tuple[str, str, str, str]:
        return (*_fields(qa, doc_id), "")

    def save(doc_id: str | None, title: str, source: str, published: str) -> tuple:
        if not doc_id:
            return notice_html("Choose an article first."), *_unchanged(3)
        try:
            doc = qa.update_metadata(doc_id, title, source, _date(published))
        except (CorpusError, ReadOnlyCorpusError) as err:
            logger.info("correction refused: %s", err)
            return notice_html(str(err)), *_unchanged(3)
        head, table = corpus_views(qa)
        msg = f'<div class="nqa-ok">Saved the details of <b>{esc(doc.title)}</b>.</div>'
        return msg, head, table, gr.Dropdown(choices=_choices(qa.documents), value=doc_id)

    def upload(path: str | None) -> tuple:
        if not path:
            return _unchanged(4)
        try:
            doc = qa.add_article(Path(path).name, Path(path).read_bytes())
        except (CorpusError, ReadOnlyCorpusError) as err:
            logger.info("upload refused: %s", err)
            return notice_html(str(err)), gr.skip(), gr.skip(), None
        head, table = corpus_views(qa)
        msg = (
            f'<div class="nqa-ok">Added <b>{esc(doc.title)}</b> '
            f"({len(doc.text.split()):,} words). It is searchable now.</div>"
        )
        return msg, table, head, None

    def choices() -> gr.Dropdown:
        return gr.Dropdown(choices=_choices(qa.documents))

    w.article.change(
        pick, w.article, [w.title, w.source, w.published, w.editor_status], api_name=False
    )
    w.save.click(
        save,
        [w.article, w.title, w.source, w.published],
        [w.editor_status, header, w.table, w.article],
        api_name="correct_article",
    )
    w.upload.upload(
        upload, w.upload, [w.upload_status, w.table, header, w.upload], api_name="add_article"
    ).then(choices, None, w.article, api_name=False)


def _unchanged(n: int) -> tuple[Any, ...]:
    return tuple(gr.skip() for _ in range(n))
