"""`fangkong isolation ...` commands: sites, a site's room list from .xlsx / CSV, the capacity board and
forecast. Commands act as the system actor; the services check and audit as for anyone."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from fangkong.core.cli import DatabaseOption, actor, console, session

app = typer.Typer(help="Isolation: quarantine sites, rooms, capacity (隔离管控)", no_args_is_help=True)
COMMANDS = {"isolation": app}


@app.command("sites")
def sites(database: str | None = DatabaseOption) -> None:
    """List the sites with their state and rooms."""
    from fangkong.core import clock
    from fangkong.isolation import service

    with session(database) as db:
        board = service.board(db, actor("isolation sites"), now=clock.now())
        console.print("id\t场所 site\t类型 kind\t状态 state\t房间 rooms\t空闲 free\t入住 occupied")
        for row in board.sites:  # tab-separated: readable, and a pipe into other tools keeps whole names
            console.print(f"{row.site_id}\t{row.name}\t{row.kind}\t{row.state}\t{row.rooms}\t{row.free}\t"
                          f"{row.occupied}", highlight=False, soft_wrap=True)


@app.command("add-site")
def add_site(name: str, kind: str = typer.Option("hotel", help="hotel | fangcang | hospital"),
             address: str = "", state: str = typer.Option("reserve", help="reserve | requisitioned"),
             database: str | None = DatabaseOption) -> None:
    """Add a quarantine site (储备 by default)."""
    from fangkong.isolation import service

    with session(database) as db:
        site = service.create_site(db, actor("isolation add-site"), name=name, kind=kind, address=address,
                                   state=state)
        console.print(f"site {site.id}: {site.name} ({site.state})")


@app.command("import-rooms")
def import_rooms(site_id: int, path: Path, database: str | None = DatabaseOption) -> None:
    """Import a site's room list (.xlsx or CSV in UTF-8 / GB18030): all rows or none."""
    from fangkong.isolation import service

    with session(database) as db:
        report = service.import_rooms(db, actor("isolation import-rooms"), site_id, content=path.read_bytes(),
                                      filename=path.name)
        if report.errors:
            db.rollback()
            table = Table("行 row", "列 column", "值 value", "问题 problem")
            for row, column, value, zh, en in report.errors[:200]:
                table.add_row(str(row), column, value, f"{zh} / {en}")
            console.print(table)
            console.print(f"[red]{len(report.errors)} 处错误,未导入 / errors: nothing imported[/red]")
            raise typer.Exit(1)
        console.print(f"{report.created} rooms imported")


@app.command("forecast")
def forecast(database: str | None = DatabaseOption) -> None:
    """The city's rooms and the 7-day forecast of room demand, with its assumptions and alert."""
    from fangkong.core import clock
    from fangkong.isolation import service

    with session(database) as db:
        result = service.forecast(db, actor("isolation forecast"), now=clock.now())
        table = Table("日期 day", "需求 demand", "可用 available")
        for day in result.days:
            table.add_row(day.day.isoformat(), str(day.demand), str(day.available) + (" !" if day.short else ""))
        console.print(table)
        console.print(result.assumptions)
        if result.alert_day:
            console.print(f"[red]预警 alert: rooms short from {result.alert_day}[/red]")


@app.command("home-sampling")
def home_sampling(database: str | None = DatabaseOption) -> None:
    """Ask the testing side to sample at home everyone in home quarantine whose test day is today (run
    each morning; persons already asked for today are skipped)."""
    from fangkong.isolation import flows

    with session(database) as db:
        made = flows.request_home_sampling(db, actor("isolation home-sampling"))
        console.print(f"{sum(made.values())} persons requested in {len(made)} home-sampling rounds")
