"""Shared fixtures. The real model and the bundled index are built once per test session."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant import Assistant
from index.encoder import Encoder, load_encoder
from tests.fakes import CountingEncoder, HashingEncoder

# ---- real model and bundled index --------------------------------------------------------


@pytest.fixture(scope="session")
def real_encoder() -> Encoder:
    """The packaged all-MiniLM-L6-v2, loaded once."""
    return load_encoder()


@pytest.fixture(scope="session")
def bundled_qa(tmp_path_factory: pytest.TempPathFactory, real_encoder: Encoder) -> Assistant:
    """The assistant on the bundled corpus with a real index in a session temp folder."""
    return Assistant.from_corpus(index_dir=tmp_path_factory.mktemp("bundled-index"))


@pytest.fixture
def counting_encoder(real_encoder: Encoder) -> Iterator[CountingEncoder]:
    yield CountingEncoder(real_encoder)


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled corpus."""
    from corpus.loader import BUNDLED_CORPUS

    target = tmp_path / "corpus"
    target.mkdir()
    for path in BUNDLED_CORPUS.iterdir():
        (target / path.name).write_bytes(path.read_bytes())
    return target


# ---- end of real model and bundled index -------------------------------------------------


# ---- fake encoder, shared fake-index assistant, no network -----------------------------------


@pytest.fixture
def fake_encoder() -> HashingEncoder:
    """A fresh deterministic encoder (no model), so `calls` counts only this test's work."""
    return HashingEncoder()


@pytest.fixture(scope="session")
def fake_qa(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The bundled corpus indexed with the fake encoder, shared read-only by fast tests."""
    from corpus.loader import BUNDLED_CORPUS

    index_dir = tmp_path_factory.mktemp("fake-index")
    return Assistant.from_corpus(BUNDLED_CORPUS, index_dir, encoder=HashingEncoder())


def is_loopback(host: object) -> bool:
    """Whether a socket address or host name stays on this machine (127.0.0.0/8, ::1, a path)."""
    if host is None or isinstance(host, bytes):
        return True  # a passive lookup (for binding), or an AF_UNIX path: never leaves here
    if not isinstance(host, str):
        return False
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


class NetworkUsedError(AssertionError):
    """A test opened a connection to somewhere other than this machine."""


@pytest.fixture
def forbid_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Fail on any connection or name lookup not on loopback; yields the attempts refused.

    Patches the Python-level entry points (`socket.socket.connect`, `connect_ex`,
    `socket.create_connection`, `socket.getaddrinfo`). tests/test_no_network.py also runs the
    whole program under an audit hook, which sees C-level connects too.
    """
    refused: list[str] = []

    def check(host: object, what: str) -> None:
        if not is_loopback(host):
            refused.append(f"{what} {host!r}")
            raise NetworkUsedError(f"network access during a test: {what} {host!r}")

    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_create, real_getaddrinfo = socket.create_connection, socket.getaddrinfo

    def connect(self: socket.socket, address: Any) -> None:
        check(address[0] if isinstance(address, tuple) else address, "connect")
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        check(address[0] if isinstance(address, tuple) else address, "connect")
        return real_connect_ex(self, address)

    def create_connection(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        check(address[0], "connect")
        return real_create(address, *args, **kwargs)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        check(host.decode() if isinstance(host, bytes) else host, "lookup")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield refused


# ---- end of fake encoder, fake-index assistant, no network ----------------------------------


# ---- evaluation items of the bundled set ----------------------------------------------------


@pytest.fixture(scope="session")
def bundled_eval_items() -> list[Any]:
    """Every question of the hand-written evaluation set (eval/data/bundled.yaml)."""
    from eval.dataset import load_dataset

    return list(load_dataset(Path(__file__).parent.parent / "eval/data/bundled.yaml").items)


# ---- end of evaluation items ----------------------------------------------------------------
