"""Errors of the answer layer, written for the person who asked."""

from __future__ import annotations


class QuestionError(ValueError):
    """The question cannot be answered as given (empty, too long, no words)."""


class ReadOnlyCorpusError(RuntimeError):
    """Articles can only be added to an assistant opened on a folder."""
