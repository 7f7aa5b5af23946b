"""The `fangkong` command line: database, demo city, server, imports, notices."""

from __future__ import annotations

import json
import os
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from fangkong.codes import cli as codes_cli
from fangkong.testing import cli as testing_cli

app = typer.Typer(help="Fangkong 防控 — city epidemic prevention and control platform", no_args_is_help=True)
db_app = typer.Typer(help="Database schema (Alembic)", no_args_is_help=True)
city_app = typer.Typer(help="The synthetic demo city", no_args_is_help=True)
import_app = typer.Typer(help="Import persons and places from CSV or .xlsx", no_args_is_help=True)
notices_app = typer.Typer(help="Risk-area notices (通告)", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(city_app, name="city")
app.add_typer(import_app, name="import")
app.add_typer(notices_app, name="notices")
app.add_typer(testing_cli.app, name="testing")
app.add_typer(codes_cli.app, name="codes")
console = Console()

DatabaseOption = typer.Option(None, "--database", help="Database URL (default: FANGKONG_DATABASE_URL or ./fangkong.db)")


def _use_database(url: str | None) -> str:
    """Point the whole process at one database URL (the setting every module reads)."""
    from fangkong.core.config import get_settings

    if url:
        os.environ["FANGKONG_DATABASE_URL"] = url
        get_settings.cache_clear()
    return get_settings().database_url


@db_app.command("upgrade")
def db_upgrade(database: str | None = DatabaseOption) -> None:
    """Create or upgrade the schema to the newest migration."""
    from fangkong.core.migrate import upgrade

    upgrade(_use_database(database))
    console.print("[green]schema is at head[/green]")


@city_app.command("generate")
def city_generate(
    population: int = typer.Option(20000, "--population", "-n", min=1, help="Number of persons"),
    seed: int = typer.Option(2022, "--seed", help="Random seed: the same seed builds the same city"),
    database: str | None = DatabaseOption,
    replace: bool = typer.Option(False, "--replace", help="Empty the registry first if it holds a city"),
) -> None:
    """Build the synthetic Taiyuan: districts, streets, communities, grids, compounds, people, venues."""
    from fangkong.drill.city import generate_city

    report = generate_city(_use_database(database), population=population, seed=seed, replace=replace,
                           progress=True)
    console.print(f"[green]{report.persons:,} persons in {report.households:,} households, "
                  f"{report.grids:,} grids, {report.venues:,} venues — {report.seconds:.1f} s[/green]")


@app.command("serve")
def serve(
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port"),
    database: str | None = DatabaseOption,
) -> None:
    """Serve the platform (pages and JSON API)."""
    import uvicorn

    _use_database(database)
    uvicorn.run("fangkong.web.app:create_app", factory=True, host=host, port=port, log_level="info")


@app.command("demo")
def demo(
    population: int = typer.Option(20000, "--population", "-n", help="Persons in the demo city"),
    seed: int = typer.Option(2022, "--seed"),
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port"),
    database: str | None = DatabaseOption,
    no_serve: bool = typer.Option(False, "--no-serve", help="Build the demo city and exit"),
) -> None:
    """Migrate, build the demo city if the database has none, print the logins, serve."""
    from fangkong.core.migrate import upgrade
    from fangkong.drill.city import city_exists, generate_city
    from fangkong.drill.demo import DEMO_PASSWORD, demo_logins

    url = _use_database(database)
    upgrade(url)
    if not city_exists(url):
        generate_city(url, population=population, seed=seed, replace=False, progress=True)
    table = Table(title=f"演示账号 Demo logins (password 密码: {DEMO_PASSWORD})")
    for column in ("角色 role", "用户名 username", "辖区 jurisdiction"):
        table.add_column(column)
    for login in demo_logins(url):
        table.add_row(login.role_label, login.username, login.jurisdiction)
    console.print(table)
    console.print(f"[bold green]Fangkong 防控平台: http://{host}:{port}/[/bold green]  (API docs: /docs)")
    if not no_serve:
        serve(host=host, port=port, database=None)


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

    url = _use_database(database)
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


@notices_app.command("parse")
def notices_parse(
    file: Path = typer.Argument(..., exists=True, readable=True),
    as_json: bool = typer.Option(False, "--json", help="Print JSON"),
    year: int | None = typer.Option(None, "--year", help="Year for dates written without one"),
) -> None:
    """Parse the text of a risk-area notice into structured changes."""
    from fangkong.areas.parser import parse_file

    result = parse_file(file, default_year=year)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    console.print(f"[bold]{result.get('issuer') or ''} {result.get('number') or ''}[/bold] "
                  f"published {result.get('published')} effective {result.get('effective')}")
    for change in result["changes"]:
        console.print(f"- {change['action']} {change['level_from']}→{change['level_to']} "
                      f"{change['district'] or ''} ({len(change['places'])}): {'、'.join(change['places'])}")
    for warning in result.get("warnings", []):
        console.print(f"[yellow]warning: {warning}[/yellow]")


if __name__ == "__main__":
    app()
