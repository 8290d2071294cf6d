"""Who may change the corpus through `newsqa serve`: the page can add, correct and remove
articles, so a page other machines can reach must ask for a login or be read-only.
"""

from __future__ import annotations

import ipaddress


class AccessError(ValueError):
    """`serve` options that would expose the corpus to changes, or an unusable --auth."""


def is_loopback(host: str) -> bool:
    """Whether only this machine can reach an address ("localhost", 127.0.0.0/8, ::1)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[] ")).is_loopback
    except ValueError:  # a host name: it may resolve to anything
        return False


def parse_auth(text: str) -> tuple[str, str]:
    """`--auth USER:PASSWORD` as (user, password); the password may itself hold colons."""
    user, colon, password = text.partition(":")
    if not (user and colon and password):
        raise AccessError(
            f"--auth must be USER:PASSWORD, both non-empty (got {text!r}). "
            "Example: --auth ana:correct-horse"
        )
    return user, password


def check_access(host: str, *, read_only: bool, auth: tuple[str, str] | None) -> None:
    """Refuse to serve a changeable corpus to other machines without a login.

    Checked before anything is loaded, so the refusal comes at once, in one line.
    """
    if read_only or auth is not None or is_loopback(host):
        return
    raise AccessError(
        f"--host {host} lets other machines reach the page, and anyone reaching it could add "
        "or change articles. Add --auth USER:PASSWORD to ask for a login, or --read-only."
    )
