"""Who may change the corpus: `serve --read-only`, `--auth user:password`, and the refusal to
listen beyond this machine without either (issue 14). Servers here listen on 127.0.0.1 only.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from gradio_client import Client
from playwright.sync_api import expect

from assistant.access import AccessError, check_access, parse_auth
from tests.browser import DESKTOP, launched_browser, opened_page, widths_by_tab
from tests.ui_server import REPO, Server, copy_corpus, free_port, serve

REFUSAL = (
    "error: --host 0.0.0.0 lets other machines reach the page, and anyone reaching it could "
    "add or change articles. Add --auth USER:PASSWORD to ask for a login, or --read-only."
)
CHANGES = {"/add_article", "/correct_article", "/remove_article"}


def test_serving_beyond_this_machine_unprotected_is_refused_in_one_line(tmp_path: Path) -> None:
    # A corpus folder that does not exist: were the check missing or late, the command would
    # fail on the folder instead, and never get to listen on 0.0.0.0.
    cmd = [sys.executable, "-m", "assistant", "serve", "--host", "0.0.0.0"]
    cmd += ["--port", str(free_port()), "--corpus", str(tmp_path / "missing")]
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr, done.stdout) == (2, REFUSAL + "\n", "")


@pytest.mark.parametrize(
    ("host", "read_only", "auth"),
    [
        ("127.0.0.1", False, None),
        ("localhost", False, None),
        ("::1", False, None),
        ("0.0.0.0", True, None),
        ("192.168.1.20", False, ("ana", "s3cret")),
    ],
)
def test_these_ways_to_serve_are_allowed(
    host: str, read_only: bool, auth: tuple[str, str] | None
) -> None:
    check_access(host, read_only=read_only, auth=auth)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "example.org"])
def test_other_hosts_need_auth_or_read_only(host: str) -> None:
    with pytest.raises(AccessError, match=rf"^--host {host} lets other machines reach the page"):
        check_access(host, read_only=False, auth=None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ana:s3cret", ("ana", "s3cret")), ("ana:pa:ss", ("ana", "pa:ss"))],
)
def test_auth_is_user_colon_password(text: str, expected: tuple[str, str]) -> None:
    assert parse_auth(text) == expected


@pytest.mark.parametrize("text", ["ana", ":s3cret", "ana:", ""])
def test_a_malformed_auth_is_refused_with_the_form_to_use(text: str) -> None:
    with pytest.raises(AccessError, match=r"^--auth must be USER:PASSWORD"):
        parse_auth(text)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("ui-access")
    return copy_corpus(root / "corpus"), root / "index"


@pytest.fixture(scope="module")
def read_only(served: tuple[Path, Path]) -> Iterator[Server]:
    with serve(*served, "--read-only") as running:
        yield running


@pytest.mark.model
def test_a_read_only_page_registers_no_endpoint_that_changes_the_corpus(
    read_only: Server,
) -> None:
    api = Client(read_only.url, verbose=False).view_api(print_info=False, return_format="dict")
    assert isinstance(api, dict)
    endpoints = set(api["named_endpoints"])
    assert "/ask" in endpoints
    assert not endpoints & CHANGES, endpoints


@pytest.mark.model
@pytest.mark.browser
def test_a_read_only_page_shows_no_upload_or_editor(read_only: Server) -> None:
    with launched_browser() as browser, opened_page(browser, read_only.url, DESKTOP) as page:
        page.get_by_role("tab", name="Corpus").click()
        expect(page.locator("#nqa-corpus")).to_contain_text("2 articles")
        expect(page.get_by_text("This page is read-only")).to_be_visible()
        expect(page.locator("#nqa-upload")).to_have_count(0)
        expect(page.locator("#nqa-editor")).to_have_count(0)
        widths = widths_by_tab(page)  # the short read-only tab must not narrow the page
        assert widths["Ask"] == widths["Corpus"], widths


@pytest.mark.model
def test_with_auth_the_page_asks_for_the_login(served: tuple[Path, Path]) -> None:
    with serve(*served, "--auth", "ana:s3cret") as running:
        with pytest.raises(ValueError, match="login"):
            Client(running.url, verbose=False)
        client = Client(running.url, auth=("ana", "s3cret"), verbose=False)
        api = client.view_api(print_info=False, return_format="dict")
        assert isinstance(api, dict) and set(api["named_endpoints"]) >= CHANGES
