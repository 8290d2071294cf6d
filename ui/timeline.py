"""A story's timeline as a matplotlib figure: when each source published, which dates it reports.

One row per source. A diamond is the day the article was published; a dot is a date the article
gives for an event, coloured by what it dates ("the date of the raid"), so two sources giving
that event different days stand apart on the same colour. A date given only to the month or the
year is drawn as a bar over that month or year. A date written without its year ("19/10") is
placed in the year the article was published, or else the year the story's other dates give,
and drawn hollow, labelled "year assumed": the chart never claims more than the text says.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import NamedTuple

import matplotlib.dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from assistant.compare import Comparison
from index.analysis.dates import date_fields

_ROW_HEIGHT = 0.75
_OTHER = "#9ca3af"
_COLOURS = ("#1d4ed8", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0e7490", "#a16207")


class Placed(NamedTuple):
    """One date placed on the chart: its span (a day, a month or a year), and whether its year
    was assumed."""

    start: dt.date
    end: dt.date
    year_assumed: bool


def _end_of(start: dt.date, month: int | None, day: int | None) -> dt.date:
    if day is not None:
        return start
    if month is not None:
        following = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(start.year, 12, 31)


def place(normalized: str, year: int | None) -> Placed | None:
    """Where a normalised date goes; `year` is used when the date has none (None: not placed)."""
    fields = date_fields(normalized)
    if fields is None:
        return None
    written, month, day = fields
    chosen = written if written is not None else year
    if chosen is None:
        return None
    try:
        start = dt.date(chosen, month or 1, day or 1)
    except ValueError:  # 31/02 and the like: a date no calendar has
        return None
    return Placed(start, _end_of(start, month, day), written is None)


def _story_year(comparison: Comparison) -> int | None:
    """The year a date without one most likely means: the most common year the story writes."""
    years: Counter[int] = Counter(d.published.year for d in comparison.documents if d.published)
    for aspect in comparison.aspects:
        if aspect.kind == "date":
            for claim in aspect.claims:
                fields = date_fields(claim.normalized)
                if fields and fields[0] is not None:
                    years[fields[0]] += 1
    return years.most_common(1)[0][0] if years else None


def _colours(comparison: Comparison) -> dict[str, str]:
    """A colour per date aspect two or more sources give (those a reader compares); the dates
    only one source gives share a grey."""
    colours: dict[str, str] = {}
    for aspect in comparison.aspects:
        if aspect.kind == "date" and len({c.doc_id for c in aspect.claims}) > 1:
            colours[aspect.name] = _COLOURS[len(colours) % len(_COLOURS)]
    return colours


def _axis(axes: Axes, first: dt.date, last: dt.date) -> None:
    """Days on the axis for a story of a few weeks (never hours), months or years beyond."""
    span = (last - first).days
    pad = dt.timedelta(days=max(1, span // 20))
    axes.set_xlim(mdates.date2num(first - pad), mdates.date2num(last + pad))
    if span <= 45:
        axes.xaxis.set_major_locator(mdates.DayLocator(interval=max(1, span // 8)))
        axes.xaxis.set_major_formatter(mdates.DateFormatter("%-d %b\n%Y"))
    else:
        locator = mdates.AutoDateLocator(minticks=3, maxticks=9)
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def timeline_figure(comparison: Comparison) -> Figure:
    """The story's timeline; a figure that says so when there is no date to draw."""
    docs = comparison.documents
    figure = Figure(figsize=(10, 1.5 + _ROW_HEIGHT * len(docs)), layout="constrained")
    axes = figure.subplots()
    story_year = _story_year(comparison)
    colours = _colours(comparison)
    days: list[dt.date] = []
    for row, doc in enumerate(docs):
        if doc.published is not None:
            axes.plot(_x(doc.published), [row], marker="D", color="#111827", ms=8, ls="", zorder=3)
            days.append(doc.published)
        year = doc.published.year if doc.published else story_year
        told = 0
        for aspect in comparison.aspects:
            if aspect.kind != "date":
                continue
            colour = colours.get(aspect.name, _OTHER)
            for said in aspect.said_by(doc.doc_id):
                claim = next(c for c in aspect.claims if c.citation == said.citations[0])
                placed = place(claim.normalized, year)
                if placed is None:
                    continue
                days += [placed.start, placed.end]
                if placed.end > placed.start:
                    axes.plot(
                        _x(placed.start, placed.end), [row, row], color=colour, lw=6, alpha=0.4
                    )
                face = "white" if placed.year_assumed else colour
                axes.plot(_x(placed.start), [row], marker="o", ms=9, mfc=face, mec=colour, ls="")
                label = said.value + (" (year assumed)" if placed.year_assumed else "")
                # Labels alternate above and below the row, so dates a day apart stay legible.
                axes.annotate(
                    label,
                    (mdates.date2num(placed.start), row),
                    xytext=(4, 8 if told % 2 == 0 else -15),
                    textcoords="offset points",
                    fontsize=8,
                    color=colour,
                )
                told += 1
    for name, colour in colours.items():
        disputed = any(a.disagree for a in comparison.aspects if a.name == name)
        label = name + (" — sources disagree" if disputed else "")
        axes.plot([], [], marker="o", ls="", color=colour, label=label)
    if any(aspect.kind == "date" and aspect.name not in colours for aspect in comparison.aspects):
        axes.plot([], [], marker="o", ls="", color=_OTHER, label="other dates (one source)")
    if any(doc.published for doc in docs):
        axes.plot([], [], marker="D", ls="", color="#111827", label="published")
    axes.set_yticks(range(len(docs)), [_short(d.outlet or d.title) for d in docs])
    axes.set_ylim(len(docs) - 0.4, -0.7)
    axes.grid(axis="x", color="#e5e7eb")
    axes.spines[["top", "right"]].set_visible(False)
    if days:
        _axis(axes, min(days), max(days))
        axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    else:
        axes.set_xticks([])
        axes.text(
            0.5,
            0.5,
            "No publication date or dated event to show",
            ha="center",
            va="center",
            transform=axes.transAxes,
            color="#6b7280",
        )
    axes.set_title("Who reported what, and when", loc="left", fontsize=11)
    return figure


def _x(*days: dt.date) -> list[float]:
    """Days as matplotlib's date numbers (what a date axis plots)."""
    return [float(mdates.date2num(day)) for day in days]


def _short(label: str, limit: int = 34) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"
