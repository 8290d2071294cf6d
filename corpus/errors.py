"""Errors raised while reading a corpus; each message says what was wrong and what to do."""

from __future__ import annotations


class CorpusError(Exception):
    """Base class: the corpus could not be read as asked."""


class CorpusNotFoundError(CorpusError):
    """The corpus path does not exist or is not a folder of articles."""


class EmptyCorpusError(CorpusError):
    """The folder holds no readable article."""


class ArticleError(CorpusError):
    """One article file cannot be read (encoding, front matter, size, type)."""

    def __init__(self, path: str, problem: str, fix: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}. {fix}")


class EmptyArticleError(ArticleError):
    """The file holds no article text to answer from (blank, front matter only, headings only).

    A separate type because a corpus load skips such files with a warning even when not lenient:
    they add nothing to answer from, and one stray blank file should not stop the whole load.
    """
