"""The Compare tab's components: story picker, downloads, table, timeline, articles.

Layout only; `ui.compare_events` fills them when a page loads, a story is picked or the filter
changes. Also the download buttons under the chat, which offer the last answer as a file.
"""

from __future__ import annotations

from dataclasses import dataclass

import gradio as gr

from ui.compare_render import COMPARE_CSS, empty_html


@dataclass(frozen=True)
class CompareWidgets:
    """Handles on the Compare tab's components."""

    story: gr.Dropdown
    download_md: gr.DownloadButton
    download_json: gr.DownloadButton
    download_csv: gr.DownloadButton
    table: gr.HTML
    timeline: gr.Plot
    articles: gr.HTML

    @property
    def outputs(self) -> list[gr.components.Component]:
        """Everything a refresh rewrites, in the order `ui.compare_events` returns it."""
        return [
            self.story,
            self.table,
            self.timeline,
            self.articles,
            self.download_md,
            self.download_json,
            self.download_csv,
        ]


@dataclass(frozen=True)
class AnswerDownloads:
    """The last answer as Markdown or JSON (hidden until there is an answer)."""

    markdown: gr.DownloadButton
    json: gr.DownloadButton


def _download(label: str, elem_id: str, min_width: int = 160) -> gr.DownloadButton:
    return gr.DownloadButton(
        label, visible=False, size="sm", elem_id=elem_id, scale=0, min_width=min_width
    )


def build_compare_tab() -> CompareWidgets:
    """Create the tab's components inside the current `gr.Tab`."""
    with gr.Row(equal_height=True):
        story = gr.Dropdown(
            choices=[],
            value=None,
            label="Story (every story two or more sources report)",
            elem_id="nqa-cmp-story",
            scale=4,
        )
        with gr.Column(scale=1, min_width=200):
            download_md = _download("Download Markdown", "nqa-cmp-md")
            download_json = _download("Download JSON", "nqa-cmp-json")
            download_csv = _download("Download CSV", "nqa-cmp-csv")
    table = gr.HTML(
        empty_html("Loading the stories…"),
        label="Comparison",
        elem_id="nqa-compare",
        css_template=COMPARE_CSS,
        js_on_load=None,
    )
    timeline = gr.Plot(label="Timeline", elem_id="nqa-timeline", format="png")
    articles = gr.HTML(
        "", label="Articles", elem_id="nqa-cmp-articles", css_template=COMPARE_CSS, js_on_load=None
    )
    return CompareWidgets(
        story=story,
        download_md=download_md,
        download_json=download_json,
        download_csv=download_csv,
        table=table,
        timeline=timeline,
        articles=articles,
    )


def build_answer_downloads() -> AnswerDownloads:
    """Buttons for the last answer, placed by the layout in the chat's action row."""
    return AnswerDownloads(
        markdown=_download("Answer .md", "nqa-answer-md", min_width=100),
        json=_download("Answer .json", "nqa-answer-json", min_width=100),
    )
