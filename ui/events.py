"""What the Ask tab does when the user acts: ask, re-ask, pick an answer, clear.

A conversation lives in one `gr.State` per browser session (Gradio copies the initial value for
each session), so simultaneous users never see or feed each other's history.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from typing import TYPE_CHECKING, Any, Protocol, TypedDict

import gradio as gr

from assistant.errors import QuestionError
from assistant.models import Answer
from assistant.question import EMPTY_QUESTION
from index.options import Fusion, Mode
from ui import downloads, render, tables
from ui.compare_events import ComparingQA, last_answer
from ui.filters import filter_arguments

if TYPE_CHECKING:  # layout imports this module for the conversation's initial value
    from ui.layout import Widgets

logger = logging.getLogger(__name__)

Message = dict[str, str]


class QA(ComparingQA, Protocol):
    """What the page needs from `assistant.core.Assistant` (a fake can stand in for tests):
    the Compare tab's `documents` and `compare`, and asking (the Corpus tab needs more, see
    `ui.corpus_events.Library`)."""

    def ask(
        self,
        question: str,
        history: list[Message] | None,
        k: int,
        mode: Mode,
        fusion: Fusion,
        *,
        sources: list[str] | None = None,
        published_after: dt.date | None = None,
        published_before: dt.date | None = None,
    ) -> Answer: ...


class Conversation(TypedDict):
    """One session's conversation: what is displayed, what the assistant is told, and, for each
    answer bubble (by message index), its sources panel, rewritten question and hits table,
    and the Answer itself (for the download buttons)."""

    chat: list[Message]
    history: list[Message]
    panels: dict[int, tuple[str, str, str]]
    answers: dict[int, Answer]


def new_conversation() -> Conversation:
    return {"chat": [], "history": [], "panels": {}, "answers": {}}


def _unchanged(n: int) -> tuple[Any, ...]:
    return tuple(gr.skip() for _ in range(n))


def wire(w: Widgets, qa: QA) -> None:
    """Connect events. Turns are exposed to API clients as `/ask` and `/ask_again`."""

    def respond(
        question: str,
        conv: Conversation,
        mode: Mode,
        k: float,
        fusion: Fusion,
        outlets: list[str] | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> tuple:
        question = (question or "").strip()
        if not question:
            # Nothing to put in the chat, but the visitor must see why nothing happened.
            gr.Warning(EMPTY_QUESTION)
            return ("", *_unchanged(5))
        chat, history = [*conv["chat"]], [*conv["history"]]
        panels, answers = dict(conv["panels"]), dict(conv["answers"])
        chat.append({"role": "user", "content": render.question_html(question)})
        started = time.perf_counter()
        try:
            only = filter_arguments(outlets, date_from, date_to)
            answer = qa.ask(question, history=history, k=int(k), mode=mode, fusion=fusion, **only)
        except QuestionError as err:
            chat.append({"role": "assistant", "content": render.notice_html(str(err))})
            kept: Conversation = {
                "chat": chat,
                "history": history,
                "panels": panels,
                "answers": answers,
            }
            return ("", chat, kept, *_unchanged(3))
        logger.info("answered in %.0f ms: %r", 1000 * (time.perf_counter() - started), question)
        docs = {d.id: d for d in qa.documents}
        chat.append({"role": "assistant", "content": render.answer_html(answer, docs)})
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.text},
        ]
        panel = (
            render.sources_html(answer, docs),
            answer.rewritten_question or "(asked as typed: not a follow-up)",
            tables.hits_html(answer.hits, docs),
        )
        panels[len(chat) - 1] = panel
        answers[len(chat) - 1] = answer
        return (
            "",
            chat,
            {"chat": chat, "history": history, "panels": panels, "answers": answers},
            *panel,
        )

    def again(conv: Conversation, mode: Mode, k: float, fusion: Fusion, *only: Any) -> tuple:
        """Re-ask the last question with the current settings, replacing its turn."""
        if len(conv["history"]) < 2 or len(conv["chat"]) < 2:
            return ("", *_unchanged(5))
        kept = len(conv["chat"]) - 2
        shorter: Conversation = {
            "chat": conv["chat"][:-2],
            "history": conv["history"][:-2],
            "panels": {i: p for i, p in conv["panels"].items() if i < kept},
            "answers": {i: a for i, a in conv["answers"].items() if i < kept},
        }
        return respond(conv["history"][-2]["content"], shorter, mode, k, fusion, *only)

    def show(conv: Conversation, evt: gr.SelectData) -> tuple:
        """Clicking an earlier answer brings its sources back into the panel."""
        panel = conv["panels"].get(evt.index if isinstance(evt.index, int) else -1)
        return panel if panel else _unchanged(3)

    def clear() -> tuple:
        empty = render.sources_html(None, {})
        return [], new_conversation(), empty, "", tables.hits_html([], {})

    settings = w.settings
    turn_in = [w.question, w.conversation, settings.mode, settings.k, settings.fusion]
    turn_in += w.filters.inputs
    turn_out = [w.question, w.chat, w.conversation, w.sources, settings.rewritten, w.hits]
    files = [w.answer_downloads.markdown, w.answer_downloads.json]

    def then_files(event: Any) -> None:
        """After a turn or a clear, the download buttons offer the last answer (or hide), and
        the way to the Compare tab shows when that answer names a disagreement."""
        event.then(_answer_files, w.conversation, files, api_visibility="private").then(
            _compare_shown, w.conversation, w.to_compare, api_visibility="private"
        )

    then_files(w.ask.click(respond, turn_in, turn_out, api_name="ask"))
    then_files(w.question.submit(respond, turn_in, turn_out, api_visibility="private"))
    for picked in (
        w.chat.example_select(_picked_example, None, w.question, api_visibility="private"),
        w.examples.click(_example_text, w.examples, w.question, api_visibility="private"),
    ):
        then_files(picked.then(respond, turn_in, turn_out, api_visibility="private"))
    # The empty chat shows the examples itself; after that they must stay within reach.
    w.chat.change(
        lambda chat: gr.Dataset(visible=bool(chat)),
        w.chat,
        w.examples,
        api_visibility="private",
        show_progress="hidden",
    )
    then_files(settings.again.click(again, turn_in[1:], turn_out, api_name="ask_again"))
    panel = [w.sources, settings.rewritten, w.hits]
    w.chat.select(show, w.conversation, panel, api_visibility="private")
    cleared = [w.chat, w.conversation, *panel]
    then_files(w.clear.click(clear, None, cleared, api_visibility="private"))
    then_files(w.chat.clear(clear, None, cleared, api_visibility="private"))
    settings.mode.change(_fusion_enabled, settings.mode, settings.fusion, api_visibility="private")


def _compare_shown(conv: Conversation) -> gr.Button:
    """The "Compare these sources" button, shown when the last answer names a disagreement."""
    answer = last_answer(conv)
    return gr.Button(visible=bool(answer and answer.conflicts))


def _answer_files(conv: Conversation) -> tuple[gr.DownloadButton, gr.DownloadButton]:
    """The download buttons offer the conversation's last answer (none: hidden)."""
    if not conv["answers"]:
        return downloads.hidden(), downloads.hidden()
    markdown, json = downloads.answer_files(conv["answers"][max(conv["answers"])])
    return downloads.shown(markdown), downloads.shown(json)


def _fusion_enabled(mode: str) -> gr.Radio:
    """Fusion only means something when two rankings are fused."""
    return gr.Radio(interactive=mode == "hybrid")


def _picked_example(evt: gr.SelectData) -> str:
    """The question of a clicked example card in the empty chat (given as {"text": ...})."""
    return evt.value["text"] if isinstance(evt.value, dict) else str(evt.value)


def _example_text(sample: list[str] | str) -> str:
    """The question of a clicked example (a Dataset passes the sample's values, one here)."""
    return sample[0] if isinstance(sample, list) else sample
