"""Optional YAML front matter at the top of an article: title, source, published date, url."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import yaml

logger = logging.getLogger(__name__)

# "---" on the first line, the YAML, then "---" alone on a line; the body starts after it.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE)
KNOWN_KEYS = ("title", "source", "reported_by", "published", "url")
_ALIASES = {"date": "published", "author": "source", "byline": "source", "outlet": "source"}
# "---" then a known "key:" line but no closing "---": front matter that was meant but left open.
# Anything else after a leading "---" (a Markdown rule, say) stays article text.
_UNCLOSED = re.compile(
    r"\A---[ \t]*\r?\n[ \t]*(?:" + "|".join((*KNOWN_KEYS, *_ALIASES)) + r")[ \t]*:",
    re.IGNORECASE,
)


# libyaml's loader when PyYAML was built with it (the wheels are): the same safe constructors,
# parsing ~5x faster, which is most of reading 15,000 articles at an index's open.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load(text: str) -> Any:
    try:
        return yaml.load(text, Loader=_LOADER)
    except (yaml.YAMLError, ValueError):
        # libyaml's messages are terser ("did not find expected ','"); PyYAML's own loader reads
        # the same YAML and says what it expected and what it got, so a bad file is re-read by
        # it for the error the user sees (a rare, small cost).
        return yaml.safe_load(text)


class FrontMatterError(ValueError):
    """The front matter is present but cannot be used; the message says which part and why."""


@dataclass(frozen=True)
class Metadata:
    """What the front matter says; None where it says nothing."""

    title: str | None = None
    source: str | None = None
    reported_by: str | None = None
    published: dt.date | None = None
    url: str | None = None


def _as_date(value: object) -> dt.date:
    """YAML gives dates as date objects when written as 2025-10-28; accept ISO strings too."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise FrontMatterError(f"'published' must be a date written as YYYY-MM-DD, got {value!r}")


def _as_text(key: str, value: object) -> str:
    if not isinstance(value, str | int | float) or not str(value).strip():
        raise FrontMatterError(f"'{key}' must be a non-empty text, got {value!r}")
    return _joined_surrogates(key, str(value).strip())


def _joined_surrogates(key: str, text: str) -> str:
    """The text with YAML's escaped surrogate pairs joined ("\\ud806\\udc16", as JSON writes a
    character beyond U+FFFF, is one character): YAML reads each half alone, and a lone
    surrogate is no UTF-8, so the corpus snapshot could not be saved. A half without its pair
    is an error."""
    try:
        return text.encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeDecodeError as exc:
        raise FrontMatterError(f"'{key}' holds half of an escaped character: {text!r}") from exc


def _yaml_problem(exc: Exception) -> str:
    """One line naming the file line of a YAML error (the YAML starts on the file's line 2).

    PyYAML's own message spans several lines with a snippet; the corpus error must be one line.
    """
    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem_mark is not None:
        return f"{exc.problem} (line {exc.problem_mark.line + 2} of the file)"
    return " ".join(str(exc).split())


def _canonical(key: object) -> str:
    """The known name of a front matter key, whatever its case or alias ("Date" -> published)."""
    name = str(key).lower()
    return _ALIASES.get(name, name)


def split_front_matter(raw: str) -> tuple[Metadata, str]:
    """Separate the front matter from the body; the body is returned exactly as in the file."""
    match = _FRONT_MATTER.match(raw)
    if not match:
        if _UNCLOSED.match(raw):
            raise FrontMatterError(
                "the front matter opened by '---' on line 1 is never closed by a '---' line"
            )
        return Metadata(), raw
    try:
        data = _load(match.group(1))
    except (yaml.YAMLError, ValueError) as exc:
        # ValueError: PyYAML builds "2025-13-45" as a date and fails outside its own error type.
        raise FrontMatterError(f"the front matter is not valid YAML: {_yaml_problem(exc)}") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FrontMatterError("the front matter must be 'key: value' lines")
    fields: dict[str, Any] = {}  # each value made a date or text for its key just below
    for key, value in data.items():
        name = _canonical(key)
        if name not in KNOWN_KEYS:
            logger.warning("ignoring front matter key %r (known: %s)", key, ", ".join(KNOWN_KEYS))
        elif value is not None:
            fields[name] = _as_date(value) if name == "published" else _as_text(name, value)
    return Metadata(**fields), raw[match.end() :]


def with_front_matter(raw: str, changes: Mapping[str, str | dt.date | None]) -> str:
    """The file's text with these front matter keys set (None removes one).

    The body is kept byte for byte, so every offset into it stays valid; keys not changed
    (`url`, keys this program does not know) are kept, and an alias of a changed key ("date"
    for "published") is dropped so the file does not say two things.
    """
    match = _FRONT_MATTER.match(raw)
    data = (_load(match.group(1)) if match else None) or {}
    if not isinstance(data, dict):
        raise FrontMatterError("the front matter must be 'key: value' lines")
    body = raw[match.end() :] if match else raw
    kept = {k: v for k, v in data.items() if _canonical(k) not in changes}
    kept.update({key: value for key, value in changes.items() if value is not None})
    if not kept:
        return body
    text = yaml.safe_dump(kept, sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{text}---\n{body}"
