"""Domain types of the corpus layer: an article and the passages cut from it."""

from __future__ import annotations

import datetime as dt
import hashlib

from pydantic import BaseModel, ConfigDict, model_validator

# The size of a `text_key` as bytes, as a snapshot keeps it (corpus.snapshot).
TEXT_KEY_BYTES = hashlib.sha1().digest_size


def text_key(text: str) -> str:
    """Content hash: the same text is never embedded twice, whatever its id or position; the
    index's corpus fingerprint is made of the articles' ones (index.content)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class Document(BaseModel):
    """One article. `text` is the article body exactly as in its file (front matter removed)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    title: str
    source: str | None = None  # who wrote or published it: outlet or byline
    reported_by: str | None = None  # whose reporting it relays ("AP, AFP"), when it says so
    published: dt.date | None = None
    url: str | None = None
    path: str | None = None
    text: str

    @property
    def attribution(self) -> str | None:
        """Who the reader is told the article comes from, in words; None when nothing says.

        "Nguyen Tien, according to AP, AFP"; "according to Associated Press" for an article
        that names no outlet of its own but relays another's report.
        """
        relayed = f"according to {self.reported_by}" if self.reported_by else None
        named = [part for part in (self.source, relayed) if part]
        return ", ".join(named) or None

    @property
    def named_source(self) -> str | None:
        """The one name to count this article under: its own source, else the one it relays."""
        return self.source or self.reported_by

    @property
    def label(self) -> str:
        """How the reader is told which article this is: title, and its origin when known."""
        return f"{self.title} ({self.attribution})" if self.attribution else self.title


class Span(BaseModel):
    """A [start, end) character range in a document's text, with the text it covers."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    doc_id: str
    text: str
    start: int
    end: int

    @model_validator(mode="after")
    def _check_range(self) -> Span:
        if not 0 <= self.start <= self.end or self.end - self.start != len(self.text):
            raise ValueError(f"span [{self.start}, {self.end}) does not match its text")
        return self


class Passage(Span):
    """The unit of retrieval: consecutive sentences of one paragraph.

    Invariant (checked by `corpus.chunking`): `document.text[start:end] == text`.
    """

    id: str


class Sentence(Span):
    """One sentence of article prose, inside exactly one passage."""

    id: str
    passage_id: str
