"""Recognise the parts of an article's text that are not prose: headings, bylines, image residue.

Articles arrive as plain text scraped from web pages. Headings, bylines and the remains of images
and captions (`![]() |`, `*Photo: AP* |`) are not statements of the article, so they must not be
quoted as answers; but offsets must still refer to the original text, so this module only labels
line spans and never rewrites the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["prose", "heading", "byline", "residue"]

# A line that ends a sentence ends with one of these (closing quotes/brackets allowed after it).
_SENTENCE_END = re.compile(r"[.!?…][\"'\u201d\u2019)\]]*$")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+\S")
_IMAGE_OR_TABLE = re.compile(r"!\[[^\]]*\]\([^)]*\)|^\s*\||\|\s*$")
_BYLINE_PREFIX = re.compile(r"^(?:by|reporting by|written by)\s+(?=\S)", re.IGNORECASE)
_HAS_LETTER = re.compile(r"[^\W\d_]")
_MAX_SHORT_LINE_WORDS = 12


@dataclass(frozen=True)
class Block:
    """A non-empty line of the text, as a [start, end) span, with what kind of line it is."""

    kind: BlockKind
    start: int
    end: int


def _is_title_case(words: list[str]) -> bool:
    """Headings capitalise most of their longer words; sentences do not."""
    long_words = [w for w in words if len(w) > 3]
    if not long_words:
        return True
    return sum(w[0].isupper() for w in long_words) / len(long_words) >= 0.6


def _classify(line: str, *, is_first: bool, is_last: bool) -> BlockKind:
    """Label one stripped line; the rules are generic, not tied to any outlet's layout."""
    if _IMAGE_OR_TABLE.search(line) or not _HAS_LETTER.search(line):
        return "residue"
    if _MARKDOWN_HEADING.match(line):
        return "heading"
    words = line.split()
    short = len(words) <= _MAX_SHORT_LINE_WORDS
    if short and _BYLINE_PREFIX.match(line) and (is_first or is_last or len(words) <= 6):
        return "byline"
    if short and not _SENTENCE_END.search(line):
        if is_last:
            return "byline"
        if _is_title_case(words):
            return "heading"
    return "prose"


def split_blocks(text: str) -> list[Block]:
    """Split `text` into its non-empty lines, each labelled, with offsets into `text`."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        line_start, line_end = pos, pos + len(raw.rstrip("\r\n"))
        pos += len(raw)
        stripped = text[line_start:line_end]
        if stripped.strip():
            lead = len(stripped) - len(stripped.lstrip())
            trail = len(stripped) - len(stripped.rstrip())
            spans.append((line_start + lead, line_end - trail))
    blocks = []
    for i, (start, end) in enumerate(spans):
        kind = _classify(text[start:end], is_first=i == 0, is_last=i == len(spans) - 1)
        blocks.append(Block(kind=kind, start=start, end=end))
    return blocks


def byline(text: str) -> str | None:
    """The article's byline as written, if the text has one (used as its source)."""
    for block in split_blocks(text):
        if block.kind == "byline":
            line = text[block.start : block.end]
            return _BYLINE_PREFIX.sub("", line).strip() or None
    return None


def heading_title(text: str) -> str | None:
    """The first line when it is a heading (a title written into the text), else None."""
    blocks = split_blocks(text)
    if blocks and blocks[0].kind == "heading":
        return text[blocks[0].start : blocks[0].end].lstrip("#").strip()
    return None
