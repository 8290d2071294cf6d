"""The chat page in a real headless browser: Debian's chromium driven by Playwright.

Playwright cannot download its own browser here, so the system chromium is used (installed by
`make browser`, or by this module's setup when run as root). Screenshots are saved under
artifacts/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Dialog, Page, expect, sync_playwright

from tests.ui_server import REPO, Server, copy_corpus, serve

pytestmark = [pytest.mark.browser, pytest.mark.model]

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
expect.set_options(timeout=TIMEOUT_MS)

# An article that tries to run code from its title, its byline and its body.
HOSTILE = """---
title: "Footbridge vote <script>window.__pwned = 1</script>"
source: "<img src=x onerror=\\"window.__pwned = 2\\">"
---
The town council voted 7 to 2 to rebuild the Tamar footbridge <script>window.__pwned = 3</script> \
before the summer.
The contractor said <img src=x onerror="window.__pwned = 4"> work starts in March.
"""


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


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("ui-browser")
    corpus = copy_corpus(root / "corpus", extra={"footbridge.md": HOSTILE})
    with serve(corpus, root / "index") as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = chromium_path()
    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=executable, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser, server: Server) -> Iterator[Page]:
    """A fresh page (its own Gradio session) that fails the test if anything opens a dialog."""
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    opened = context.new_page()
    opened.set_default_timeout(TIMEOUT_MS)
    dialogs: list[str] = []

    def dismiss(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    opened.on("dialog", dismiss)
    opened.goto(server.url)
    expect(opened.locator("#nqa-question textarea")).to_be_visible()
    yield opened
    context.close()
    assert not dialogs, f"the page opened dialogs: {dialogs}"


def ask(page: Page, question: str) -> None:
    """Type a question and click Ask, as a person does; wait for the answer bubble."""
    before = page.locator(".nqa-answer").count()
    page.locator("#nqa-question textarea").click()
    page.keyboard.type(question)
    page.locator("#nqa-ask").click()
    expect(page.locator(".nqa-answer")).to_have_count(before + 1)


def screenshot(page: Page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=True)
    return path


def test_a_first_visitor_asks_and_sees_the_answer_with_its_sources(page: Page) -> None:
    expect(page).to_have_title("News Assistant")
    expect(page.get_by_text("When did the US raid in Dumayr take place?")).to_be_visible()
    screenshot(page, "ui-first-visit.png")
    ask(page, "What did Wassim Nasr say about the raid?")
    answer = page.locator(".nqa-answer").last
    expect(answer.locator("a.nqa-cite").first).to_be_visible()
    expect(answer).to_contain_text("Nasr")
    cards = page.locator("#nqa-sources .nqa-card")
    expect(cards.first.locator("mark").first).to_be_visible()
    expect(cards.first.locator(".nqa-card-title")).not_to_be_empty()
    assert cards.count() >= 1
    assert screenshot(page, "ui-answer.png").stat().st_size > 10_000


def test_clicking_an_example_shows_the_conflict_callout(page: Page) -> None:
    page.get_by_text("When did the US raid in Dumayr take place?").click()
    callout = page.locator(".nqa-answer .nqa-conflict")
    expect(callout).to_be_visible()
    expect(callout).to_contain_text("October 28, 2025")
    expect(callout).to_contain_text("19/10")
    screenshot(page, "ui-conflict.png")


def test_a_follow_up_shows_how_it_was_understood(page: Page) -> None:
    ask(page, "Who was killed in the raid?")
    ask(page, "Who is his mother?")
    answer = page.locator(".nqa-answer").last
    expect(answer.locator(".nqa-rewrite")).to_contain_text("Searched as:")
    expect(answer).to_contain_text("Sabah al-Sheikh al-Kilani")
    rewritten = page.get_by_label("Follow-up rewritten as")
    expect(rewritten).not_to_have_value("(asked as typed: not a follow-up)")
    screenshot(page, "ui-follow-up.png")


def test_article_markup_is_shown_as_text_and_never_runs(page: Page) -> None:
    ask(page, "How did the town council vote on the Tamar footbridge?")
    expect(page.locator("#nqa-sources")).to_contain_text("<script>window.__pwned = 3</script>")
    page.get_by_role("tab", name="Corpus").click()
    expect(page.locator("#nqa-corpus")).to_contain_text("Footbridge vote <script>")
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#nqa-sources script, #nqa-corpus script, #nqa-chat script").count() == 0
    assert page.locator("#nqa-sources img, #nqa-corpus img").count() == 0


def test_an_uploaded_article_appears_in_the_corpus(page: Page, tmp_path: Path) -> None:
    article = tmp_path / "orchard.txt"
    article.write_text(
        "# Apple harvest in Kent is the largest in a decade\n\n"
        "Growers in Kent picked 40,000 tonnes of apples this autumn.\n",
        encoding="utf-8",
    )
    page.get_by_role("tab", name="Corpus").click()
    page.locator("#nqa-upload input[type=file]").set_input_files(str(article))
    expect(page.locator("#nqa-upload-status .nqa-ok")).to_contain_text("It is searchable now.")
    expect(page.locator("#nqa-corpus")).to_contain_text("Apple harvest in Kent")


def test_an_empty_question_is_explained_not_sent(page: Page) -> None:
    page.locator("#nqa-question textarea").fill("   ")
    page.locator("#nqa-ask").click()
    expect(
        page.get_by_text("The question is empty. Type a question about the articles.")
    ).to_be_visible()
    expect(page.locator(".nqa-answer")).to_have_count(0)
