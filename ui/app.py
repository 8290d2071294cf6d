"""The chat page: build it for an assistant, and `launch` it for `newsqa serve`."""

from __future__ import annotations

import importlib
import logging
import time
from pathlib import Path
from typing import Protocol

import gradio as gr

from assistant.errors import QuestionError
from corpus.models import Document
from index.backends import BackendName
from index.options import DEFAULT_FUSION, DEFAULT_K, DEFAULT_MODE
from ui import render, tables
from ui.compare_events import ComparingQA, wire_compare_tab
from ui.events import QA, wire
from ui.layout import build_layout, example_questions

logger = logging.getLogger(__name__)

CSS_PATH = Path(__file__).with_name("theme.css")
# Gradio refuses bigger uploads before they reach the assistant; the corpus layer's own, smaller
# limit (2 MB) is the one readers meet, with its precise message.
UPLOAD_HARD_LIMIT = "20mb"


def header_html(documents: list[Document]) -> str:
    """Title, what the tool promises, and the size of the corpus it answers from."""
    sources = len({d.source for d in documents if d.source})
    return (
        '<div class="nqa-header"><div><h1>News Assistant</h1><p>Answers are quoted word for '
        "word from the articles, with every quote shown in context. When sources disagree, you "
        "are told who says what; when they don't answer, you are told that too.</p></div>"
        f'<div class="nqa-stats"><b>{len(documents)}</b> article{"s" * (len(documents) != 1)}'
        f"<br><b>{sources}</b> named source{'s' * (sources != 1)}</div></div>"
    )


class PageQA(QA, ComparingQA, Protocol):
    """What the whole page needs: the chat's questions and the Compare tab's comparisons."""


def build(qa: PageQA, examples: list[str] | None = None) -> gr.Blocks:
    """The page for one assistant. Separate from `launch` so tests can serve it in-process."""
    docs = qa.documents
    with gr.Blocks(title="News Assistant", analytics_enabled=False) as demo:
        widgets = build_layout(
            header_html(docs),
            tables.corpus_html(docs),
            examples or example_questions(docs),
            render.sources_html(None, {}),
        )
        wire(widgets, qa, header_html)
        wire_compare_tab(widgets.compare, widgets.filters, qa, demo)
    return demo


def theme() -> gr.themes.Base:
    """A quiet, paper-like theme; its fonts ship with Gradio, so nothing is fetched online.

    Light only: the highlight, callout and card colours in theme.css are chosen for a light
    page, so a reader whose system prefers dark must not get dark Gradio parts around them.
    """
    # Regular and Bold only: Gradio's bundled IBM Plex Sans SemiBold file lacks some letters.
    sans = gr.themes.LocalFont("IBM Plex Sans", weights=(400, 700))
    base = gr.themes.Base(
        primary_hue="blue",
        neutral_hue="slate",
        radius_size="md",
        font=[sans, "ui-sans-serif", "system-ui", "sans-serif"],
    ).set(
        body_background_fill="#f5f6f8",
        block_background_fill="#ffffff",
    )
    for name in list(vars(base)):
        light = name.removesuffix("_dark")
        if name.endswith("_dark") and hasattr(base, light):
            setattr(base, name, getattr(base, light))
    return base


def serve(demo: gr.Blocks, host: str, port: int) -> str:
    """Start serving in the background and return the local URL (used by `launch` and tests)."""
    demo.queue(default_concurrency_limit=8)
    _, url, _ = demo.launch(
        server_name=host,
        server_port=port,
        prevent_thread_lock=True,
        quiet=True,
        ssr_mode=False,
        footer_links=[],
        max_file_size=UPLOAD_HARD_LIMIT,
        theme=theme(),
        css=CSS_PATH.read_text(encoding="utf-8"),
    )
    return url


def launch(
    corpus: str | None,
    host: str,
    port: int,
    index_dir: str | None,
    backend: BackendName = "embedded",
    qdrant: str | None = None,
) -> None:
    """Load the assistant, warm it up, serve the page and print its URL; blocks until stopped.

    Everything slow (index, embedding model, spaCy) happens before the URL is printed, so the
    first visitor's question is answered as fast as every later one.
    """
    from assistant.config import default_added_dir
    from assistant.core import Assistant  # the heavy import, only when serving

    started = time.perf_counter()
    # The bundled articles are shipped data: uploads to them go to a folder of their own.
    added_dir = default_added_dir() if corpus is None else None
    qa = Assistant.from_corpus(
        path=corpus, index_dir=index_dir, added_dir=added_dir, backend=backend, qdrant=qdrant
    )
    warm_up(qa)
    # Gradio switches matplotlib (installed for the evaluation plots) to its "agg" backend
    # around every event, which imports pyplot on the first one: half a second the first
    # visitor would wait. Import it now instead.
    importlib.import_module("matplotlib.pyplot")
    demo = build(qa)
    url = serve(demo, host, port)
    elapsed = time.perf_counter() - started
    print(
        f"News Assistant is ready at {url}  (loaded in {elapsed:.1f} s; Ctrl+C stops it)",
        flush=True,
    )
    print(
        f"Answering from {len(qa.documents)} articles in {corpus or 'the bundled corpus'}.",
        flush=True,
    )
    try:
        demo.block_thread()
    finally:
        demo.close()


def warm_up(qa: QA) -> None:
    """Ask a question and a follow-up now, so every lazy load happens before the URL is shown.

    The first question loads the embedding model's runtime; the follow-up goes through the
    rewriting path, which loads spaCy's parser (about a second) that conflict answers also use.
    Only the public `ask` is used, so this works for any corpus.
    """
    started = time.perf_counter()
    probe = qa.documents[0].title if qa.documents else "news"
    history = [{"role": "user", "content": probe}, {"role": "assistant", "content": probe}]
    try:
        for question, turns in ((probe, None), ("When did it happen?", history)):
            qa.ask(question, history=turns, k=DEFAULT_K, mode=DEFAULT_MODE, fusion=DEFAULT_FUSION)
    except QuestionError:
        logger.warning("warm-up question refused; the first visitor may wait for loading")
    logger.info("warm-up took %.2f s", time.perf_counter() - started)
