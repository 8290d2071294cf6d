"""The page's components and their arrangement; no behaviour (that is wired in `ui.events`)."""

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
    "source, shown in context on the right.</p></div>"
)


@dataclass(frozen=True)
class Widgets:
    """Handles on the components that events read or write."""

    header: gr.HTML
    chat: gr.Chatbot
    conversation: gr.State
    question: gr.Textbox
    ask: gr.Button
    again: gr.Button
    clear: gr.Button
    mode: gr.Radio
    k: gr.Slider
    fusion: gr.Radio
    rewritten: gr.Textbox
    sources: gr.HTML
    hits: gr.HTML
    corpus: gr.HTML
    upload: gr.File
    upload_status: gr.HTML
    filters: FilterWidgets
    compare: CompareWidgets
    answer_downloads: AnswerDownloads


def example_questions(documents: Sequence[Document]) -> list[str]:
    """Curated questions for the bundled articles; for another folder, ask about its titles."""
    ids = {d.id for d in documents}
    for doc_id, questions in BUNDLED_EXAMPLES.items():
        if doc_id in ids:
            return questions
    return [f"What happened: {d.title}?" for d in documents[:3]]


def build_layout(header: str, corpus: str, examples: Sequence[str], sources: str) -> Widgets:
    """Create the components inside the current `gr.Blocks` context.

    Labels are set even where hidden: they name the endpoints' outputs for API clients.
    """
    header_html = gr.HTML(header, label="Header", elem_id="nqa-header-block", js_on_load=None)
    filters = build_filters()
    with gr.Tabs():
        with gr.Tab("Ask", id="ask"), gr.Row(equal_height=False):
            with gr.Column(scale=7, min_width=420):
                chat = gr.Chatbot(
                    label="Conversation",
                    show_label=False,
                    elem_id="nqa-chat",
                    height=600,
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
                        placeholder="Ask about the news… (follow-ups use the conversation)",
                        lines=1,
                        max_lines=4,
                        scale=8,
                        autofocus=True,
                    )
                    ask = gr.Button("Ask", variant="primary", scale=1, elem_id="nqa-ask")
                with gr.Row(elem_id="nqa-actions"):
                    again = gr.Button(
                        "Ask again with these settings", size="sm", scale=0, min_width=230
                    )
                    clear = gr.Button("New conversation", size="sm", scale=0, min_width=160)
                    answer_downloads = build_answer_downloads()
                with gr.Accordion("Retrieval settings", open=True, elem_id="nqa-settings"):
                    with gr.Row():
                        mode = gr.Radio(list(MODES), value=DEFAULT_MODE, label="Retrieval")
                        fusion = gr.Radio(
                            list(FUSIONS), value=DEFAULT_FUSION, label="Fusion (hybrid only)"
                        )
                    with gr.Row():
                        k = gr.Slider(1, 10, value=DEFAULT_K, step=1, label="Passages retrieved")
                        rewritten = gr.Textbox(
                            label="Follow-up rewritten as", interactive=False, max_lines=2
                        )
            with gr.Column(scale=5, min_width=360):
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
            corpus_html = gr.HTML(corpus, label="Corpus", elem_id="nqa-corpus", js_on_load=None)
            upload = gr.File(
                label="Add an article (.txt or .md, UTF-8)",
                file_types=[".txt", ".md"],
                file_count="single",
                type="filepath",
                height=120,
                elem_id="nqa-upload",
            )
            upload_status = gr.HTML(
                "", label="Upload status", elem_id="nqa-upload-status", js_on_load=None
            )
        with gr.Tab("Compare", id="compare"):
            compare_tab = build_compare_tab()
    return Widgets(
        header=header_html,
        chat=chat,
        conversation=gr.State(new_conversation()),
        question=question,
        ask=ask,
        again=again,
        clear=clear,
        mode=mode,
        k=k,
        fusion=fusion,
        rewritten=rewritten,
        sources=sources_html,
        hits=hits,
        corpus=corpus_html,
        upload=upload,
        upload_status=upload_status,
        filters=filters,
        compare=compare_tab,
        answer_downloads=answer_downloads,
    )
