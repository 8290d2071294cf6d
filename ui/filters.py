"""The page's article filter: outlets and a publication date range, for the Ask and Compare tabs.

The page speaks in inclusive days ("published from 15 to 28 October"), the assistant in strict
bounds (after the 14th, before the 29th); the conversion is made once, here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import gradio as gr

from assistant.errors import QuestionError
from corpus.models import Document

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class FilterWidgets:
    """The filter's controls, in the order events take them as inputs."""

    outlets: gr.Dropdown
    date_from: gr.DateTime
    date_to: gr.DateTime

    @property
    def inputs(self) -> list[Any]:
        return [self.outlets, self.date_from, self.date_to]


def build_filters() -> FilterWidgets:
    """The filter bar, above the tabs since it applies to both; outlets are filled on load."""
    with (
        gr.Accordion(
            "Filter the articles by outlet and publication date (applies to Ask and Compare)",
            open=False,
            elem_id="nqa-filters",
        ),
        gr.Row(),
    ):
        outlets = gr.Dropdown(
            choices=[],
            value=[],
            multiselect=True,
            label="Outlets (none chosen: every outlet)",
            elem_id="nqa-filter-outlets",
            scale=3,
        )
        date_from = gr.DateTime(
            include_time=False,
            type="string",
            label="Published on or after",
            elem_id="nqa-filter-from",
            scale=1,
        )
        date_to = gr.DateTime(
            include_time=False,
            type="string",
            label="Published on or before (“as of”)",
            elem_id="nqa-filter-to",
            scale=1,
        )
    return FilterWidgets(outlets=outlets, date_from=date_from, date_to=date_to)


def outlet_choices(documents: Sequence[Document]) -> list[str]:
    """Every outlet the corpus names, once, alphabetically."""
    return sorted({d.source for d in documents if d.source}, key=str.casefold)


def _day(text: str | None, label: str) -> dt.date | None:
    if text is None or not str(text).strip():
        return None
    try:
        return dt.date.fromisoformat(str(text).strip()[:10])
    except ValueError:
        raise QuestionError(
            f"“{text}” is not a date for “{label}”: pick one or write YYYY-MM-DD."
        ) from None


def filter_arguments(
    outlets: Sequence[str] | None, date_from: str | None, date_to: str | None
) -> dict[str, Any]:
    """The assistant's keyword arguments for what the filter bar shows, only those set (so
    no filter asks nothing more of the assistant than before)."""
    first = _day(date_from, "Published on or after")
    last = _day(date_to, "Published on or before")
    if first is not None and last is not None and first > last:
        raise QuestionError(
            f"The date range ends ({last}) before it starts ({first}): swap the two dates."
        )
    chosen: dict[str, Any] = {}
    if outlets:
        chosen["sources"] = list(outlets)
    if first is not None:
        chosen["published_after"] = first - ONE_DAY
    if last is not None:
        chosen["published_before"] = last + ONE_DAY
    return chosen
