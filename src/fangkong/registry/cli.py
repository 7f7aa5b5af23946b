"""`fangkong import ...`: persons and places from CSV or .xlsx."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from fangkong.core.cli import DatabaseOption, console, use_database

import_app = typer.Typer(help="Import persons and places from CSV or .xlsx", no_args_is_help=True)
COMMANDS = {"import": import_app}


@import_app.command("persons")
def import_persons(
    file: Path = typer.Argument(..., exists=True, readable=True, help=".csv or .xlsx"),
    database: str | None = DatabaseOption,
) -> None:
    """Import persons (all rows or none); prints a per-row, per-field error report."""
    _run_import("persons", file, database)


@import_app.command("places")
def import_places(
    file: Path = typer.Argument(..., exists=True, readable=True, help=".csv or .xlsx"),
    database: str | None = DatabaseOption,
) -> None:
    """Import places (all rows or none); prints a per-row, per-field error report."""
    _run_import("places", file, database)


def _run_import(kind: str, file: Path, database: str | None) -> None:
    from fangkong.core.db import transaction
    from fangkong.core.scope import system_actor
    from fangkong.registry import imports

    url = use_database(database)
    with transaction(url) as db:
        result = imports.import_file(db, system_actor("import"), kind, file.name, file.read_bytes())
        if not result.ok:
            db.rollback()
    if result.ok:
        console.print(f"[green]{result.imported} rows imported[/green]")
        return
    table = Table(title=f"{len(result.errors)} errors — nothing was written 有错误,未写入任何数据")
    for column in ("row 行", "field 字段", "value 值", "error 错误"):
        table.add_column(column)
    for error in result.errors[:200]:
        table.add_row(str(error.row), error.field, error.value, error.message)
    console.print(table)
    raise typer.Exit(1)
