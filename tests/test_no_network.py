"""No network: importing, indexing, answering and serving the page reach nothing but 127.0.0.1.

The full check runs the program in a child process under an audit hook installed before the
package is imported. Audit events fire inside CPython's socket module itself, so a connection
made by any library (Hugging Face hub, telemetry, Gradio's version check) is seen and blocked,
not only those that go through `socket.create_connection`. The child also runs with the offline
variables removed from its environment: the package must set them itself.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.cli import main
from tests.fakes import HashingEncoder

REPO = Path(__file__).resolve().parents[1]

_GUARD = textwrap.dedent(
    """
    import ipaddress, json, sys

    events = {"refused": [], "binds": [], "connects": []}

    def local(host):
        if host is None or isinstance(host, bytes) or host in ("localhost", ""):
            return True
        try:
            return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
        except ValueError:
            return False

    def hook(event, args):
        if event in ("socket.connect", "socket.sendto", "socket.bind"):
            address = args[1]
            host = address[0] if isinstance(address, tuple) else address
            if event == "socket.bind":
                events["binds"].append(repr(address))
            elif isinstance(address, tuple):
                events["connects"].append(repr(address))
        elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
            host = args[0]
        else:
            return
        if event != "socket.bind" and not local(host):
            events["refused"].append(f"{event} {host!r}")
            raise OSError(f"network access refused by the test: {event} {host!r}")

    sys.addaudithook(hook)
    """
)

_PROGRAM = textwrap.dedent(
    """
    import urllib.request
    import gradio as gr

    from assistant.cli import main

    fetched = {{}}

    def visit_then_stop(self):
        # Stands in for waiting on Ctrl+C: read the page and its API description, then return.
        for path in ("/", "/gradio_api/info"):
            with urllib.request.urlopen(self.local_url.rstrip("/") + path, timeout=30) as page:
                fetched[path] = page.status

    gr.Blocks.block_thread = visit_then_stop
    corpus, index = {corpus!r}, {index!r}
    codes = [
        main(["index", "--corpus", corpus, "--index-dir", index]),
        main(["ask", "When did the raid take place?", "--corpus", corpus, "--index-dir", index]),
        main(["serve", "--corpus", corpus, "--index-dir", index, "--port", "{port}"]),
    ]
    events["codes"], events["fetched"] = codes, fetched
    print("EVENTS " + json.dumps(events), flush=True)
    """
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.model
def test_index_ask_and_serve_open_no_connection_beyond_loopback(
    corpus_copy: Path, tmp_path: Path
) -> None:
    port = _free_port()
    program = _GUARD + _PROGRAM.format(corpus=str(corpus_copy), index=str(tmp_path), port=port)
    offline_vars = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "GRADIO_ANALYTICS_ENABLED")
    env = {k: v for k, v in os.environ.items() if k not in offline_vars}
    child = subprocess.run(
        [sys.executable, "-c", program],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = [line for line in child.stdout.splitlines() if line.startswith("EVENTS ")]
    assert child.returncode == 0 and lines, child.stdout[-3000:] + child.stderr[-3000:]
    events = json.loads(lines[-1].removeprefix("EVENTS "))
    assert events["refused"] == []
    assert events["codes"] == [0, 0, 0]
    assert events["fetched"] == {"/": 200, "/gradio_api/info": 200}
    # `serve` without --host listens on this machine only.
    assert f"('127.0.0.1', {port})" in events["binds"]
    assert all(b.startswith(("('127.0.0.1'", "('::1'", "''")) for b in events["binds"]), events
    assert "ready at http://127.0.0.1:" in child.stdout


def test_building_and_asking_need_no_network(
    corpus_copy: Path, tmp_path: Path, forbid_network: list[str]
) -> None:
    qa = Assistant.from_corpus(corpus_copy, tmp_path / "index", encoder=HashingEncoder())
    answer = qa.ask("When did the raid take place?")
    assert answer.question == "When did the raid take place?"
    assert forbid_network == []


@pytest.mark.parametrize(
    ("attempt", "refused"),
    [
        (lambda: socket.create_connection(("192.0.2.1", 80), timeout=1), "connect '192.0.2.1'"),
        (lambda: socket.getaddrinfo("example.org", 443), "lookup 'example.org'"),
        (lambda: socket.socket().connect(("2001:db8::1", 80)), "connect '2001:db8::1'"),
    ],
)
def test_the_guard_refuses_anything_but_loopback(
    forbid_network: list[str], attempt: object, refused: str
) -> None:
    """The fixture must fail a test that tries (the attempt is stopped before any packet)."""
    # NetworkUsedError, matched by its base class: conftest is imported under two module names.
    with pytest.raises(AssertionError, match=r"^network access during a test: "):
        attempt()  # type: ignore[operator]
    assert forbid_network == [refused]


def test_the_guard_allows_loopback(forbid_network: list[str]) -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.create_connection(server.getsockname(), timeout=5):
            pass
    assert forbid_network == []


def test_serve_listens_on_loopback_unless_told_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command passes 127.0.0.1 to the page unless --host says otherwise."""
    calls: list[dict[str, object]] = []
    monkeypatch.setattr("ui.app.launch", lambda **kwargs: calls.append(kwargs))
    assert main(["serve"]) == 0
    # Beyond loopback only with a login or read-only (tests/test_ui_access.py).
    assert main(["serve", "--host", "0.0.0.0", "--port", "8080", "--read-only"]) == 0
    assert [(c["host"], c["port"]) for c in calls] == [("127.0.0.1", 7860), ("0.0.0.0", 8080)]
