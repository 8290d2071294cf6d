"""The command line, run in-process (the model is already loaded by the session)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.cli import main
from assistant.models import Answer

pytestmark = pytest.mark.model


def test_index_then_ask_json_returns_the_full_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], real_encoder: object
) -> None:
    index_dir = str(tmp_path / "index")
    assert main(["index", "--index-dir", index_dir]) == 0
    assert capsys.readouterr().out.startswith("Indexed 2 articles (19 passages, ")
    question = "Who was killed in the raid?"
    assert main(["ask", question, "--index-dir", index_dir, "--json"]) == 0
    printed = Answer.model_validate_json(capsys.readouterr().out)
    assert printed == Assistant.from_corpus(index_dir=index_dir).ask(question)


def test_ask_prints_answer_then_numbered_sources(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], real_encoder: object
) -> None:
    assert main(["ask", "What did Wassim Nasr say?", "--index-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.index("Sources:") > out.index("[1]")
    assert "\n[1] US soldiers mistakenly shot an undercover agent in a raid on Dumayr" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["ask", "   "], "error: The question is empty."),
        (["ask", "who?", "--corpus", "/no/such/folder"], "error: /no/such/folder: no such folder."),
    ],
)
def test_user_errors_are_one_line_and_exit_2(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*argv, "--index-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(message)
    assert len(err.strip().splitlines()) == 1


def test_json_output_is_machine_readable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], real_encoder: object
) -> None:
    main(["ask", "Where did the raid take place?", "--index-dir", str(tmp_path), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"question", "text", "citations", "conflicts", "abstained"}


def test_eval_takes_the_evaluation_options_and_reports_bad_datasets(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["eval", "--dataset", "/no/such/set.json"]) == 2
    assert capsys.readouterr().err.startswith("error: /no/such/set.json: no such dataset.")
    with pytest.raises(SystemExit):
        main(["ask", "who?", "--dataset", "x"])  # only eval forwards options
