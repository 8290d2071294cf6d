"""Real-browser helpers shared by the page tests: Debian's chromium driven by Playwright.

Playwright cannot download its own browser here, so the system chromium is used (installed by
`make browser`, or by `chromium_path` when run as root). Screenshots go under artifacts/
(git-ignored) for a person to look at.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Dialog,
    Locator,
    Page,
    expect,
    sync_playwright,
)

from tests.ui_server import REPO

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = REPO / "artifacts"
TIMEOUT_MS = 30_000
DESKTOP = {"width": 1400, "height": 900}
PHONE = {"width": 420, "height": 900}
expect.set_options(timeout=TIMEOUT_MS)


def chromium_path() -> str:
    """Debian's chromium, installed with apt-get when missing and allowed (root, apt present)."""
    if not Path(CHROMIUM).exists() and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], env=env, check=False)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], env=env, check=False)
    if Path(CHROMIUM).exists():
        return CHROMIUM
    if os.environ.get("CI"):
        pytest.fail("chromium is missing and could not be installed; CI must run browser tests")
    pytest.skip("chromium is not installed: run `make browser` (apt-get install chromium)")


@contextmanager
def launched_browser() -> Iterator[Browser]:
    """A headless chromium for the duration of a test module; closed afterwards."""
    executable = chromium_path()
    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=executable, args=ARGS)
        try:
            yield launched
        finally:
            launched.close()


@contextmanager
def opened_page(
    browser: Browser, url: str, viewport: dict[str, int], console: list[str] | None = None
) -> Iterator[Page]:
    """A fresh page (its own Gradio session) at `url`, ready for a question.

    Fails the test if anything opens a dialog; collects console messages into `console`.
    """
    context = browser.new_context(viewport=viewport)  # type: ignore[arg-type]
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    dialogs: list[str] = []

    def dismiss(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    def record(message: ConsoleMessage) -> None:
        if console is not None:
            console.append(f"{message.type}: {message.text}")

    page.on("dialog", dismiss)
    page.on("console", record)
    page.goto(url)
    expect(page.locator("#nqa-question textarea")).to_be_visible()
    try:
        yield page
    finally:
        context.close()
    assert not dialogs, f"the page opened dialogs: {dialogs}"


def ask(page: Page, question: str) -> None:
    """Type a question and click Ask, as a person does; wait for the answer bubble."""
    before = page.locator(".nqa-answer").count()
    page.locator("#nqa-question textarea").click()
    page.keyboard.type(question)
    page.locator("#nqa-ask").click()
    expect(page.locator(".nqa-answer")).to_have_count(before + 1)


def screenshot(page: Page, name: str, *, full_page: bool = True) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=full_page)
    return path


def drawn_on_top(element: Locator, x: float, y: float) -> bool:
    """Whether `element` (or its content) is what is drawn at viewport point (x, y).

    What a reader sees or clicks there: False when something else covers it at that point.
    """
    return bool(
        element.evaluate(
            "(el, [x, y]) => { const hit = document.elementFromPoint(x, y);"
            " return !!hit && el.contains(hit); }",
            [x, y],
        )
    )


def upload(page: Page, path: Path) -> None:
    """Add an article from the Corpus tab as a person does: the button, then the file dialog."""
    page.get_by_role("tab", name="Corpus").click()
    with page.expect_file_chooser() as chooser:
        page.locator("#nqa-upload").click()
    chooser.value.set_files(str(path))


def widths_by_tab(page: Page, tabs: tuple[str, ...] = ("Ask", "Corpus")) -> dict[str, float]:
    """The page's width with each tab shown: a reader switching tabs must not see it change."""
    widths = {}
    for tab in (*tabs[1:], tabs[0]):
        page.get_by_role("tab", name=tab).click()
        expect(page.get_by_role("tab", name=tab)).to_have_attribute("aria-selected", "true")
        widths[tab] = float(
            page.locator(".gradio-container").evaluate("e => e.getBoundingClientRect().width")
        )
    return widths
