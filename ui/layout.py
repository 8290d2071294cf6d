"""The page's components and their arrangement; no behaviour (that is wired in `ui.events`
and `ui.corpus_tab`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import gradio as gr

from corpus.models import Document
from index.options import DEFAULT_FUSION, DEFAULT_K, DEFAULT_MODE, FUSIONS, MODES
from ui.compare_tab import (
    AnswerDownloads,
    CompareWidgets,
    build_answer_downloads,
    build_compare_tab,
)
from ui.corpus_tab import CorpusWidgets, build_corpus_tab, header_html_empty
from ui.events import new_conversation
from ui.filters import FilterWidgets, build_filters

# Written for the bundled articles (ids are their file stems): an answer, a disagreement,
# a quote, and a question they cannot answer, so a first visit shows every kind of reply.
BUNDLED_EXAMPLES = {
    "000_f5be0e313111c47b": [
        "When did the US raid in Dumayr take place?",
        "Who was killed in the raid?",
        "What did Wassim Nasr say about the raid?",
        "Who won the 2022 World Cup?",
    ],
}

INTRO = (
    '<div class="nqa-intro"><h3>Ask the articles</h3><p>Every answer is made of sentences '
    "quoted from the articles. Numbers like <span class='nqa-cite'>1</span> point to the "
    "source, shown in context. A follow-up question can build on the previous answers.</p></div>"
)


@dataclass(frozen=True)
class Settings:
    """The retrieval settings, folded away: a reader never needs them to get an answer."""

    mode: gr.Radio
    fusion: gr.Radio
    k: gr.Slider
    again: gr.Button
    rewritten: gr.Textbox


@dataclass(frozen=True)
class Widgets:
    """Handles on the components that events read or write."""

    header: gr.HTML
    corpus: CorpusWidgets
    chat: gr.Chatbot
    conversation: gr.State
    question: gr.Textbox
    ask: gr.Button
    examples: gr.Dataset
    clear: gr.Button
    settings: Settings
    sources: gr.HTML
    hits: gr.HTML
    filters: FilterWidgets
    compare: CompareWidgets
    tabs: gr.Tabs
    to_compare: gr.Button
    answer_downloads: AnswerDownloads


def example_questions(documents: Sequence[Document]) -> list[str]:
    """Curated questions for the bundled articles; for another folder, ask about its titles."""
    ids = {d.id for d in documents}
    for doc_id, questions in BUNDLED_EXAMPLES.items():
        if doc_id in ids:
            return questions
    return [f"What happened: {d.title}?" for d in documents[:3]]


def build_layout(examples: Sequence[str], sources: str, *, read_only: bool = False) -> Widgets:
    """Create the components inside the current `gr.Blocks` context.

    Labels are set even where hidden: they name the endpoints' outputs for API clients. The
    header and the Corpus tab are filled in when a page loads (`ui.corpus_tab`).
    """
    header_html = gr.HTML(
        header_html_empty(), label="Header", elem_id="nqa-header-block", js_on_load=None
    )
    filters = build_filters()
    with gr.Tabs(elem_id="nqa-tabs") as tabs:
        with gr.Tab("Ask", id="ask"), gr.Row(equal_height=False, elem_id="nqa-ask-row"):
            with gr.Column(scale=7, min_width=420, elem_id="nqa-main"):
                chat = gr.Chatbot(
                    label="Conversation",
                    show_label=False,
                    elem_id="nqa-chat",
                    height=540,  # the input stays in view on a 900 px high window
                    layout="bubble",
                    placeholder=INTRO,
                    examples=[{"text": q} for q in examples],
                    buttons=[],
                    feedback_options=None,
                    latex_delimiters=[],  # "$$" in a news story is money, not LaTeX
                    allow_tags=False,
                )
                with gr.Row(elem_id="nqa-input-row"):
                    question = gr.Textbox(
                        label="Question",
                        show_label=False,
                        elem_id="nqa-question",
                        placeholder="Ask a question about the articles…",
                        lines=1,
                        max_lines=4,
                        scale=8,
                    )
                    ask = gr.Button("Ask", variant="primary", scale=1, elem_id="nqa-ask")
                # The empty chat shows the examples; once it is not empty, they are here.
                example_list = gr.Dataset(
                    components=[question],
                    samples=[[q] for q in examples],
                    label="More questions to try",
                    elem_id="nqa-examples",
                    samples_per_page=len(examples) or 1,
                    visible=False,
                )
                with gr.Row(elem_id="nqa-actions"):
                    clear = gr.Button("New conversation", size="sm", scale=0, min_width=160)
                    # Shown when the last answer names a disagreement: its story, side by side.
                    to_compare = gr.Button(
                        "Compare these sources",
                        size="sm",
                        scale=0,
                        min_width=200,
                        visible=False,
                        elem_id="nqa-to-compare",
                    )
                    answer_downloads = build_answer_downloads()
                settings = _settings()
            with gr.Column(scale=5, min_width=360, elem_id="nqa-side"):
                sources_html = gr.HTML(
                    sources, label="Sources", elem_id="nqa-sources", js_on_load=None
                )
                with gr.Accordion("Retrieved passages", open=False, elem_id="nqa-hits"):
                    hits = gr.HTML(
                        '<div class="nqa-empty">Ask a question to see what retrieval found.</div>',
                        label="Retrieved passages",
                        js_on_load=None,
                    )
        with gr.Tab("Corpus", id="corpus"):
            corpus_tab = build_corpus_tab(read_only)
        with gr.Tab("Compare", id="compare"):
            compare_tab = build_compare_tab()
    return Widgets(
        header=header_html,
        corpus=corpus_tab,
        chat=chat,
        conversation=gr.State(new_conversation()),
        question=question,
        ask=ask,
        examples=example_list,
        clear=clear,
        settings=settings,
        sources=sources_html,
        hits=hits,
        filters=filters,
        compare=compare_tab,
        tabs=tabs,
        to_compare=to_compare,
        answer_downloads=answer_downloads,
    )


def _settings() -> Settings:
    """The "Advanced" section, closed: settings for comparing retrieval, and how a follow-up
    was rewritten (each answer also shows that in its bubble)."""
    with gr.Accordion("Advanced", open=False, elem_id="nqa-settings"):
        with gr.Row():
            mode = gr.Radio(list(MODES), value=DEFAULT_MODE, label="Retrieval")
            fusion = gr.Radio(list(FUSIONS), value=DEFAULT_FUSION, label="Fusion (hybrid only)")
        k = gr.Slider(1, 10, value=DEFAULT_K, step=1, label="Passages retrieved")
        again = gr.Button("Ask again with these settings", size="sm", elem_id="nqa-again")
        rewritten = gr.Textbox(
            label="Follow-up rewritten as", interactive=False, lines=1, max_lines=3
        )
    return Settings(mode=mode, fusion=fusion, k=k, again=again, rewritten=rewritten)


# Focus the question box on wide screens only, and without scrolling to it: Gradio's autofocus
# scrolls the page to the box, which on a phone jumps past the header on load.
FOCUS_QUESTION_JS = """() => {
  if (!window.matchMedia("(min-width: 861px)").matches) return;
  document.querySelector("#nqa-question textarea")?.focus({ preventScroll: true });
}"""
