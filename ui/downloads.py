"""Files behind the page's Download buttons: a comparison or an answer, rendered by
`assistant.export`, written where Gradio can serve them.

Names carry a hash of the content, so two visitors downloading different views of one story
(another filter) never overwrite each other's file, and the same view is written once.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from functools import cache
from pathlib import Path

import gradio as gr

from assistant.compare import Comparison
from assistant.export import Format, export_answer, export_comparisons
from assistant.models import Answer


@cache
def _folder() -> Path:
    """One scratch folder per server process (Gradio copies served files into its cache)."""
    return Path(tempfile.mkdtemp(prefix="newsqa-downloads-"))


def _write(stem: str, suffix: str, text: str) -> Path:
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    path = _folder() / f"{stem}-{digest}.{suffix}"
    if not path.exists():
        partial = path.with_suffix(f".{suffix}.part")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)  # a visitor never downloads a half-written file
    return path


def comparison_files(comparison: Comparison) -> tuple[Path, Path, Path]:
    """The story as Markdown, JSON and CSV."""
    formats: tuple[Format, Format, Format] = ("md", "json", "csv")
    md, json, csv = (
        _write(comparison.id, fmt, export_comparisons([comparison], fmt)) for fmt in formats
    )
    return md, json, csv


def answer_files(answer: Answer) -> tuple[Path, Path]:
    """An answer as Markdown and JSON."""
    return _write("answer", "md", export_answer(answer, "md")), _write(
        "answer", "json", export_answer(answer, "json")
    )


def shown(path: Path) -> gr.DownloadButton:
    """A download button offering this file."""
    return gr.DownloadButton(value=str(path), visible=True)


def hidden() -> gr.DownloadButton:
    """A download button with nothing to offer (no story, no answer yet)."""
    return gr.DownloadButton(value=None, visible=False)
