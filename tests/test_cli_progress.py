"""`newsqa index` shows its phases on a terminal, stays quiet elsewhere, and ends in one line."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.cli import main

pytestmark = pytest.mark.model

PHASES = ("reading", "analysing", "encoding", "finding facts", "saving")


class Terminal(io.StringIO):
    """stderr as a person's terminal: what `isatty` says is what the CLI decides on."""

    def isatty(self) -> bool:
        return True


def _summary(qa: Assistant) -> str:
    return (
        f"Indexed 2 articles (19 passages, {len(qa.compare())} story, "
        f"{len(qa.disagreements())} disagreements) in "
    )


def test_a_build_on_a_terminal_shows_each_phase_with_counts(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    real_encoder: object,
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["index", "--index-dir", str(tmp_path / "index")]) == 0
    shown = terminal.getvalue()
    for phase in PHASES:
        assert f"{phase}: 100%" in shown, phase
    assert "2/2 [" in shown  # articles read, analysed and searched for facts
    out = capsys.readouterr().out
    qa = Assistant.from_corpus(index_dir=tmp_path / "index")
    assert out.startswith(_summary(qa))
    assert out.rstrip().endswith(f" s into {tmp_path / 'index'}")
    assert len(out.splitlines()) == 1


@pytest.mark.parametrize(("tty", "argv"), [(True, ["-q"]), (False, [])])
def test_quiet_with_q_or_when_stderr_is_not_a_terminal(
    tty: bool,
    argv: list[str],
    bundled_qa: Assistant,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    stderr = Terminal() if tty else io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)
    assert main([*argv, "index", "--index-dir", str(bundled_qa.index_dir)]) == 0
    assert stderr.getvalue() == ""
    assert capsys.readouterr().out.startswith(_summary(bundled_qa))
