"""The Corpus tab's components and the page header: the articles answered from, and (unless
read-only) adding articles, correcting their details and removing uploaded ones.

No behaviour here (that is `ui.corpus_events`); the header and the table start empty and are
filled in on each page load.
"""

from __future__ import annotations

from dataclasses import dataclass

import gradio as gr

from corpus.models import Document

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


@dataclass(frozen=True)
class Editor:
    """Handles on the components that change the corpus (absent from a read-only page)."""

    upload: gr.UploadButton
    upload_status: gr.HTML
    article: gr.Dropdown
    title: gr.Textbox
    source: gr.Textbox
    published: gr.Textbox
    save: gr.Button
    remove: gr.Button
    status: gr.HTML


@dataclass(frozen=True)
class CorpusWidgets:
    """Handles on the Corpus tab's components; `editor` is None on a read-only page."""

    table: gr.HTML
    editor: Editor | None


def build_corpus_tab(read_only: bool) -> CorpusWidgets:
    """The tab's components, inside the current `gr.Tab`."""
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
        return CorpusWidgets(table=table, editor=None)
    return CorpusWidgets(table=table, editor=_editor())


def _editor() -> Editor:
    """Adding an article beside correcting one (stacked on a narrow screen)."""
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
            with gr.Row():
                save = gr.Button("Save details", variant="secondary", size="sm")
                remove = gr.Button("Remove article", variant="stop", size="sm", visible=False)
            status = gr.HTML("", elem_id="nqa-editor-status", js_on_load=None)
    return Editor(upload, upload_status, article, title, source, published, save, remove, status)


_HEADER = (
    '<div class="nqa-header"><div><h1>News Assistant</h1><p>Answers are quoted word for '
    "word from the articles, with every quote shown in context. When sources disagree, you "
    "are told who says what; when they don't answer, you are told that too.</p></div>"
    '<div class="nqa-stats">{stats}</div></div>'
)


def header_html_empty() -> str:
    """The header before the page has loaded the corpus figures (a moment, on load)."""
    return _HEADER.format(stats="<span>&nbsp;</span><span>&nbsp;</span>")


def header_html(documents: list[Document]) -> str:
    """Title, what the tool promises, and the size of the corpus it answers from.

    An article counts under its own source, else under the outlet whose report it relays (the
    Corpus tab lists each article's, so the count can be checked).
    """
    names = {d.named_source for d in documents if d.named_source}
    stats = (
        f"<span><b>{len(documents)}</b> article{'s' * (len(documents) != 1)}</span>"
        f"<span><b>{len(names)}</b> named source{'s' * (len(names) != 1)}</span>"
    )
    return _HEADER.format(stats=stats)
