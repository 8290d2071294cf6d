"""The chat page: build it for an assistant, and `launch` it for `newsqa serve`."""

from __future__ import annotations

import importlib
import logging
import time
from pathlib import Path

import gradio as gr

from assistant.errors import QuestionError
from index.backends import BackendName
from index.options import DEFAULT_FUSION, DEFAULT_K, DEFAULT_MODE
from ui import render
from ui.compare_events import wire_answer_to_compare, wire_compare_tab
from ui.corpus_events import Library, wire_corpus_tab
from ui.events import QA, wire
from ui.layout import FOCUS_QUESTION_JS, build_layout, example_questions

logger = logging.getLogger(__name__)

CSS_PATH = Path(__file__).with_name("theme.css")
# Gradio refuses bigger uploads before they reach the assistant; the corpus layer's own, smaller
# limit (2 MB) is the one readers meet, with its precise message.
UPLOAD_HARD_LIMIT = "20mb"


def build(qa: Library, examples: list[str] | None = None, *, read_only: bool = False) -> gr.Blocks:
    """The page for one assistant. Separate from `launch` so tests can serve it in-process.

    `qa` is everything the page asks of the assistant: answers and comparisons (`QA`), and
    changes to the corpus (`Library`); `read_only` leaves out everything that changes the
    corpus, endpoints included.
    """
    with gr.Blocks(title="News Assistant", analytics_enabled=False) as demo:
        widgets = build_layout(
            examples or example_questions(qa.documents),
            render.sources_html(None, {}),
            read_only=read_only,
        )
        wire(widgets, qa)
        wire_corpus_tab(widgets.corpus, qa, widgets.header, demo)
        wire_compare_tab(widgets.compare, widgets.filters, qa, demo)
        wire_answer_to_compare(
            widgets.to_compare,
            widgets.tabs,
            widgets.conversation,
            widgets.compare,
            widgets.filters,
            qa,
        )
        demo.load(None, None, None, js=FOCUS_QUESTION_JS, api_visibility="private")
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


def serve(demo: gr.Blocks, host: str, port: int, auth: tuple[str, str] | None = None) -> str:
    """Start serving in the background and return the local URL (used by `launch` and tests).

    With `auth`, Gradio asks every visitor (and API client) for that user name and password.
    """
    demo.queue(default_concurrency_limit=8)
    _, url, _ = demo.launch(
        server_name=host,
        server_port=port,
        auth=auth,
        auth_message="Log in to ask the articles." if auth else None,
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
    *,
    read_only: bool = False,
    auth: tuple[str, str] | None = None,
    backend: BackendName = "embedded",
    qdrant: str | None = None,
) -> None:
    """Load the assistant, warm it up, serve the page and print its URL; blocks until stopped.

    Everything slow (index, embedding model, spaCy) happens before the URL is printed, so the
    first visitor's question is answered as fast as every later one. Who may reach the page
    was checked by the caller (`assistant.access.check_access`).
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
    demo = build(qa, read_only=read_only)
    url = serve(demo, host, port, auth)
    elapsed = time.perf_counter() - started
    print(
        f"News Assistant is ready at {url}  (loaded in {elapsed:.1f} s; Ctrl+C stops it)",
        flush=True,
    )
    print(
        f"Answering from {len(qa.documents)} articles in {corpus or 'the bundled corpus'}"
        + ("; read-only: articles cannot be added or changed." if read_only else "."),
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
