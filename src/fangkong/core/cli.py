"""What every domain's command line shares: the console, the --database option, the system actor, moments
typed as text, and refusals printed in red with exit code 1 (no traceback).

A domain's `cli.py` defines COMMANDS, {group name: typer.Typer}; `fangkong.cli` mounts them all."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

import typer
from rich.console import Console
from sqlalchemy.orm import Session

from fangkong.core.errors import FangkongError, InvalidInput
from fangkong.core.scope import Actor, system_actor

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


def moment(value: str) -> datetime:
    """"2022-12-02", "2022-12-02T12:00" or "2022-12-02 12:00" as a naive local moment."""
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(f"时间格式不对:{value}(例:2022-12-02T12:00)",
                           f"not a moment: {value!r} (e.g. 2022-12-02T12:00)") from None
    return parsed.replace(tzinfo=None)
