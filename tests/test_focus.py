"""The question's focus: what it asks about, by the shapes questions take (tagger only)."""

from __future__ import annotations

import pytest

from assistant.focus import Focus, find


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("What was the name of his wife?", Focus("wife", "his wife", True)),
        ("How much compensation did the US pay?", Focus("compens", "compensation", True)),
        ("What is the name of the company's owner?", Focus("owner", "the company's owner", True)),
        ("Who is the governor of the province?", Focus("governor", "the governor", True)),
        ("How old were al-Masoud's daughters?", Focus("daughter", "al-Masoud's daughters", True)),
        ("Where was the minister buried?", Focus("buri", "buried", False)),
        ("What's the captain's name?", Focus("captain", "the captain", True)),
        ("What is his wife's name?", Focus("wife", "his wife", True)),
        ("How many of the soldiers were there?", Focus("soldier", "the soldiers", True)),
        # What is measured, not the measure: the height of a tower is told as "the 90-metre tower".
        ("What was the height of the tower?", Focus("tower", "the tower", True)),
    ],
)
def test_the_focus_is_what_the_question_asks_about(question: str, focus: Focus) -> None:
    assert find(question) == focus


def test_finding_a_focus_imports_no_torch() -> None:
    """The tagger's spaCy would import torch through thinc; serving must not pay for it."""
    import subprocess
    import sys

    probe = (
        "import sys; from assistant import focus; focus.find('Who is the captain?'); "
        "print('torch' in sys.modules); import torch"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
