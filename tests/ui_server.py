"""Start the chat page the way users do (`python -m assistant serve`) on a free local port.

Shared by the gradio_client and browser tests. The server is a child process so the test
exercises the real command, its printed URL and its warm-up; it is stopped by its own pid.
"""

from __future__ import annotations

import os
import queue
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
READY = re.compile(r"ready at (http://127\.0\.0\.1:\d+/?)")
START_TIMEOUT_S = 240.0  # the first index build embeds the corpus on a slow CI machine


def free_port() -> int:
    """A port nobody listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    """A running `serve` process: its URL, how long it took to be ready, everything it printed."""

    url: str
    ready_after_s: float
    output: list[str] = field(default_factory=list)


def _drain(stream: object, lines: queue.Queue[str], keep: list[str]) -> None:
    """Read the child's output until it exits, so a full pipe can never block the server."""
    for line in stream:  # type: ignore[attr-defined]
        keep.append(line)
        lines.put(line)


@contextmanager
def serve(corpus: Path | None, index_dir: Path, *options: str) -> Iterator[Server]:
    """Run the page on `corpus` (None: the bundled articles) with its index in `index_dir`,
    with more `serve` options if given; stop it afterwards.

    Without a corpus, uploads go to the folder for added articles, kept beside `index_dir`
    (through NEWSQA_INDEX_DIR) so a test never writes into the repository.
    """
    port = free_port()
    cmd = [sys.executable, "-m", "assistant", "serve", *options]
    cmd += ["--corpus", str(corpus)] if corpus is not None else []
    cmd += ["--index-dir", str(index_dir), "--port", str(port)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    if corpus is None:
        env["NEWSQA_INDEX_DIR"] = str(index_dir.parent / "index-root")
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    lines: queue.Queue[str] = queue.Queue()
    output: list[str] = []
    threading.Thread(target=_drain, args=(proc.stdout, lines, output), daemon=True).start()
    try:
        url = _wait_ready(proc, lines, output, port)
        yield Server(url=url, ready_after_s=time.perf_counter() - started, output=output)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


def _wait_ready(
    proc: subprocess.Popen[str], lines: queue.Queue[str], output: list[str], port: int
) -> str:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.5)
        except queue.Empty:
            if proc.poll() is not None:
                break
            continue
        match = READY.search(line)
        if match:
            assert match.group(1).rstrip("/").endswith(f":{port}"), line
            return match.group(1)
    raise RuntimeError(
        f"the chat server did not print its URL (exit code {proc.poll()}):\n" + "".join(output)
    )


def copy_corpus(target: Path, extra: dict[str, str] | None = None) -> Path:
    """A writable copy of the bundled articles (uploads must not touch the repository)."""
    from corpus.loader import BUNDLED_CORPUS

    target.mkdir(parents=True, exist_ok=True)
    for path in BUNDLED_CORPUS.iterdir():
        if path.is_file():
            (target / path.name).write_bytes(path.read_bytes())
    for name, text in (extra or {}).items():
        (target / name).write_text(text, encoding="utf-8")
    return target
