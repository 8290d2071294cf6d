"""Where a Qdrant collection lives: ":memory:", a folder (local mode), or a server URL.

Local mode runs Qdrant's engine inside this process (no network, nothing to install), for tests
and small corpora; a URL reaches a server or a cluster with the same client API. The server's API
key, if it has one, comes from the environment, never from the command line (shell history).
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

from qdrant_client import QdrantClient
from qdrant_client.http.exceptions import ResponseHandlingException, UnexpectedResponse

from index.backends.errors import BackendLocationError

logger = logging.getLogger(__name__)

API_KEY_ENV = "QDRANT_API_KEY"
MEMORY = ":memory:"
WHAT_TO_PASS = (
    'pass a folder (local mode), ":memory:", or a server URL such as http://localhost:6333'
)
_HOST_PORT = re.compile(r"[A-Za-z0-9.-]+:\d+/?")
# Seconds a server request may take; an upload batch to a busy cluster can take a few.
TIMEOUT_S = 30


@dataclass(frozen=True)
class Connection:
    """An open client, and whether it reaches a server (payload indexes matter only there)."""

    client: QdrantClient
    remote: bool
    where: str


def connect(location: str) -> Connection:
    """A client for `location`; errors name the location and what to pass instead."""
    if not location or not location.strip():
        raise BackendLocationError(f"no Qdrant location given: {WHAT_TO_PASS}")
    if location == MEMORY:
        return Connection(QdrantClient(location=MEMORY), remote=False, where="Qdrant in memory")
    if location.startswith(("http://", "https://")):
        return _server(location)
    if "://" in location:
        scheme = location.split("://", 1)[0]
        raise BackendLocationError(
            f"Qdrant location {location!r}: {scheme}:// is not supported; {WHAT_TO_PASS}"
        )
    if _HOST_PORT.fullmatch(location):  # would otherwise become a folder named "host:6333"
        raise BackendLocationError(
            f"Qdrant location {location!r} looks like a server address: write http://{location}"
            f"; or {WHAT_TO_PASS}"
        )
    return _folder(Path(location))


def _server(url: str) -> Connection:
    """A server client, checked with one request so a wrong URL or key fails here, clearly."""
    api_key = os.environ.get(API_KEY_ENV) or None
    # The version check would warn on every start against a server of another minor version;
    # the request below already proves the server answers with this client's API.
    client = QdrantClient(url=url, api_key=api_key, timeout=TIMEOUT_S, check_compatibility=False)
    try:
        client.get_collections()
    except UnexpectedResponse as exc:
        client.close()
        hint = f"set {API_KEY_ENV} to the server's API key" if exc.status_code in (401, 403) else ""
        raise BackendLocationError(
            f"Qdrant at {url} refused the request (HTTP {exc.status_code})"
            f"{': ' + hint if hint else ''}; or {WHAT_TO_PASS}"
        ) from exc
    except (ResponseHandlingException, OSError) as exc:
        client.close()
        raise BackendLocationError(
            f"cannot reach Qdrant at {url} ({type(exc).__name__}): start the server or check the "
            f"URL; or {WHAT_TO_PASS}"
        ) from exc
    return Connection(client, remote=True, where=f"Qdrant at {url}")


def _folder(path: Path) -> Connection:
    """Local mode in a folder, which one process at a time may open (Qdrant locks it)."""
    if path.exists() and not path.is_dir():
        raise BackendLocationError(f"Qdrant location {str(path)!r} is a file; {WHAT_TO_PASS}")
    try:
        client = QdrantClient(path=str(path))
    except RuntimeError as exc:  # local mode's lock: another client holds this folder
        raise BackendLocationError(
            f"Qdrant folder {str(path)!r} is in use by another client (another process, or an "
            "assistant not closed); stop it, use another folder, or run a Qdrant server and "
            "pass its URL (http://host:6333)"
        ) from exc
    except OSError as exc:
        raise BackendLocationError(
            f"Qdrant folder {str(path)!r} cannot be used ({exc.strerror or exc}); {WHAT_TO_PASS}"
        ) from exc
    return Connection(client, remote=False, where=f"Qdrant local mode in {path}")
