"""What every domain's command line shares: the console, the --database option, the system actor, moments
typed as text, and refusals printed in red with exit code 1 (no traceback).

A domain's `cli.py` defines COMMANDS, {group name: typer.Typer}; `fangkong.cli` mounts them all."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.console import Console
from sqlalchemy.orm import Session

from fangkong.core.clock import parse_moment as moment  # moments typed on the command line
from fangkong.core.errors import FangkongError
from fangkong.core.scope import Actor, system_actor

__all__ = ["DatabaseOption", "actor", "clean_errors", "console", "moment", "print_refusal", "session",
           "use_database"]

console = Console()
DatabaseOption = typer.Option(None, "--database", help="Database URL (default: FANGKONG_DATABASE_URL or ./fangkong.db)")


def use_database(url: str | None) -> str:
    """Point the whole process at one database URL (the setting every module reads)."""
    from fangkong.core.config import get_settings

    if url:
        os.environ["FANGKONG_DATABASE_URL"] = url
        get_settings.cache_clear()
    return get_settings().database_url


def print_refusal(exc: FangkongError) -> None:
    message = exc.zh if exc.en == exc.zh else f"{exc.zh} / {exc.en}"
    Console(stderr=True).print(f"[red]错误 error: {message}[/red]", highlight=False, soft_wrap=True)


@contextmanager
def clean_errors() -> Iterator[None]:
    """A refusal of the platform is an answer, not a crash: red message (zh / en), exit code 1."""
    try:
        yield
    except FangkongError as exc:
        print_refusal(exc)
        raise typer.Exit(1) from None


@contextmanager
def session(database: str | None) -> Iterator[Session]:
    """One transaction on the chosen database; refusals become a red message and exit code 1."""
    from fangkong.core.db import transaction

    url = use_database(database)
    with clean_errors(), transaction(url) as db:
        yield db


def actor(purpose: str) -> Actor:
    """Commands act as the system actor; the services check and audit as for anyone."""
    return system_actor(purpose)
