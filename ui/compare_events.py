"""What the Compare tab does: list the stories, show the one picked, follow the filter bar.

Each refresh calls `compare()`, which reads the table stored with the index (a millisecond on
the bundled corpus), so nothing is cached per session and a filter change is always current.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

import gradio as gr

from assistant.compare import Comparison
from assistant.errors import QuestionError
from assistant.models import Answer
from corpus.models import Document
from ui import compare_render, downloads
from ui.compare_tab import CompareWidgets
from ui.filters import FilterWidgets, filter_arguments, outlet_choices
from ui.timeline import timeline_figure


class ComparingQA(Protocol):
    """What the tab needs from `assistant.core.Assistant`."""

    @property
    def documents(self) -> list[Document]: ...

    def compare(
        self,
        topic: str | None = None,
        *,
        sources: Iterable[str] | None = None,
        published_after: dt.date | str | None = None,
        published_before: dt.date | str | None = None,
    ) -> list[Comparison]: ...


def _nothing(message: str) -> tuple[Any, ...]:
    empty = compare_render.empty_html(message)
    hide = downloads.hidden()
    return gr.Dropdown(choices=[], value=None), empty, None, "", hide, hide, hide


def refresh_view(
    qa: ComparingQA,
    story_id: str | None,
    outlets: Sequence[str] | None,
    date_from: str | None,
    date_to: str | None,
) -> tuple[Any, ...]:
    """The tab for the filter shown: the stories to pick from, and the picked one (or the
    first) as table, timeline, articles and files."""
    try:
        found = qa.compare(None, **filter_arguments(outlets, date_from, date_to))
    except QuestionError as err:
        return _nothing(str(err))
    if not found:
        filtered = outlets or date_from or date_to
        return _nothing(
            "No story is reported by two or more of the articles"
            + (" the filter admits." if filtered else ".")
        )
    chosen = next((c for c in found if c.id == story_id), found[0])
    documents = {d.id: d for d in qa.documents}
    md, json, csv = downloads.comparison_files(chosen)
    return (
        gr.Dropdown(
            choices=[(compare_render.story_label(c), c.id) for c in found], value=chosen.id
        ),
        compare_render.table_html(chosen),
        timeline_figure(chosen),
        compare_render.articles_html(chosen, documents),
        downloads.shown(md),
        downloads.shown(json),
        downloads.shown(csv),
    )


def last_answer(conv: Mapping[str, Any]) -> Answer | None:
    """A page conversation's latest answer, if any (its answers are kept by message index)."""
    answers: dict[int, Answer] = conv["answers"]
    return answers[max(answers)] if answers else None


def story_of_answer(found: Sequence[Comparison], answer: Answer) -> str | None:
    """The comparison holding the answer's first disagreement: the story whose articles give
    its claims, with an aspect of the same name."""
    if not answer.conflicts:
        return None
    conflict = answer.conflicts[0]
    docs = {claim.doc_id for claim in conflict.claims}
    for comparison in found:
        ids = {d.doc_id for d in comparison.documents}
        if docs <= ids and any(a.name == conflict.about for a in comparison.aspects):
            return comparison.id
    return None


def wire_answer_to_compare(
    button: gr.Button,
    tabs: gr.Tabs,
    conversation: gr.State,
    w: CompareWidgets,
    filters: FilterWidgets,
    qa: ComparingQA,
) -> None:
    """ "Compare these sources" opens the Compare tab on the story of the disagreement the last
    answer named, its row among the others."""

    def open_story(conv: Any, *shown: Any) -> tuple[Any, ...]:
        answer = last_answer(conv)
        try:
            found = qa.compare(None, **filter_arguments(*shown))
        except QuestionError:
            found = []
        story = story_of_answer(found, answer) if answer else None
        return (gr.Tabs(selected="compare"), *refresh_view(qa, story, *shown))

    inputs = [conversation, *filters.inputs]
    button.click(open_story, inputs, [tabs, *w.outputs], api_visibility="private")


# The tab's refreshes run one at a time, in the order asked: the page's first, unfiltered view
# takes longest (the first comparison reads the table), and run beside a filter's refresh it
# could finish last and show what the filter excludes (seen once in CI under load).
_ONE_VIEW_AT_A_TIME: dict[str, Any] = {"concurrency_id": "compare-view", "concurrency_limit": 1}


def wire_compare_tab(
    w: CompareWidgets, filters: FilterWidgets, qa: ComparingQA, demo: gr.Blocks
) -> None:
    """Fill the tab when a page loads, and again when a story is picked or the filter changes."""

    def refresh(
        story_id: str | None, outlets: list[str] | None, date_from: str | None, date_to: str | None
    ) -> tuple[Any, ...]:
        return refresh_view(qa, story_id, outlets, date_from, date_to)

    inputs = [w.story, *filters.inputs]
    demo.load(refresh, inputs, w.outputs, api_visibility="private", **_ONE_VIEW_AT_A_TIME)
    demo.load(
        lambda: gr.Dropdown(choices=outlet_choices(qa.documents)),
        None,
        filters.outlets,
        api_visibility="private",
    )
    # `input`, not `change`: the refresh itself sets the picker, which must not refresh again.
    w.story.input(refresh, inputs, w.outputs, api_visibility="private", **_ONE_VIEW_AT_A_TIME)
    for control in filters.inputs:
        control.change(refresh, inputs, w.outputs, api_visibility="private", **_ONE_VIEW_AT_A_TIME)
