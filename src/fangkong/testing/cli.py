"""`fangkong testing ...` commands: sites, labs, rounds, result files, recalls, turnaround.

Commands act as the system actor; the services check and audit as for anyone. A refusal prints its
message (zh / en) in red and exits with code 1; a refused result file prints its per-row report."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy.orm import Session

from fangkong.core.cli import DatabaseOption, actor, console, moment, session

app = typer.Typer(help="Nucleic-acid testing: rounds, sampling, results, recalls, coverage", no_args_is_help=True)
site_app = typer.Typer(help="Sampling sites (采样点)", no_args_is_help=True)
lab_app = typer.Typer(help="Labs (检测机构) and their load", no_args_is_help=True)
round_app = typer.Typer(help="Testing rounds (全员核酸, key groups, sealed areas, home sampling)", no_args_is_help=True)
results_app = typer.Typer(help="Lab result files (CSV / .xlsx)", no_args_is_help=True)
app.add_typer(site_app, name="site")
app.add_typer(lab_app, name="lab")
app.add_typer(round_app, name="round")
app.add_typer(results_app, name="results")
COMMANDS = {"testing": app}


@contextmanager
def _session(database: str | None) -> Iterator[Session]:
    """core.cli.session, with a refused result file's per-row report printed above the refusal."""
    from fangkong.testing.service import ResultFileRefused

    with session(database) as db:
        try:
            yield db
        except ResultFileRefused as exc:
            table = Table("行 row", "列 column", "值 value", "问题 problem")
            for error in exc.errors[:200]:
                table.add_row(str(error.row), error.column, error.value, f"{error.zh} / {error.en}")
            Console(stderr=True).print(table)
            raise


def _lab_id(db: Session, text: str) -> int:
    from sqlalchemy import select

    from fangkong.core.errors import NotFound
    from fangkong.testing.models import Lab

    found = db.scalar(select(Lab.id).where(Lab.code == text))
    if found is None and text.isdigit():
        found = db.scalar(select(Lab.id).where(Lab.id == int(text)))
    if found is None:
        raise NotFound(f"没有实验室 {text}", f"No lab {text!r} (give its code or id)")
    return int(found)


@site_app.command("create")
def site_create(name: str = typer.Option(..., "--name"), place: int = typer.Option(..., "--place", help="place id"),
                pool: int = typer.Option(10, "--pool", help="default pool size: 1, 5, 10 or 20"),
                code: str | None = typer.Option(None, "--code"),
                opens: str | None = typer.Option(None, "--opens", help="daily opening time, e.g. 07:00"),
                closes: str | None = typer.Option(None, "--closes", help="daily closing time, e.g. 19:00"),
                database: str | None = DatabaseOption) -> None:
    """Create a sampling site at a place (the page: /testing/manage)."""
    from fangkong.testing import service

    with _session(database) as db:
        site = service.create_site(db, actor("testing cli"), name=name, place_id=place, code=code,
                                   default_pool_size=pool, opens=opens, closes=closes)
        hours = f", {site.opens}-{site.closes}" if site.opens else ""
        typer.echo(f"site {site.id} {site.code} {site.name} (pool {site.default_pool_size}{hours})")


@lab_app.command("create")
def lab_create(name: str = typer.Option(..., "--name"), capacity: int = typer.Option(..., "--capacity",
                                                                                       help="tubes per day"),
               kind: str = typer.Option("lab", "--kind", help="lab or air_film"),
               code: str | None = typer.Option(None, "--code"), database: str | None = DatabaseOption) -> None:
    """Create a lab with its daily capacity in tubes."""
    from fangkong.testing import service

    with _session(database) as db:
        lab = service.create_lab(db, actor("testing cli"), name=name, daily_capacity=capacity, kind=kind,
                                 code=code)
        typer.echo(f"lab {lab.id} {lab.code} {lab.name} ({lab.daily_capacity} tubes/day)")


@lab_app.command("load")
def lab_load(day: str | None = typer.Option(None, "--day", help="YYYY-MM-DD (default today)"),
             database: str | None = DatabaseOption) -> None:
    """Tubes received and tested per lab on a day against its capacity, and the backlog."""
    from fangkong.testing import service

    with _session(database) as db:
        loads = service.lab_load(db, actor("testing cli"), moment(day).date() if day else None)
    table = Table("lab", "capacity", "received", "tested", "pending", "load")
    for load in loads:
        table.add_row(load.name, str(load.daily_capacity), str(load.received), str(load.tested), str(load.pending),
                      f"{load.load:.0%}")
    console.print(table)


@round_app.command("create")
def round_create(
    name: str = typer.Option(..., "--name"),
    kind: str = typer.Option("district", "--kind",
                             help="city_wide, district, key_group, sealed_area, home_sampling, landing"),
    starts: str = typer.Option(..., "--from", help="window start, e.g. 2022-11-30T07:00"),
    ends: str = typer.Option(..., "--to", help="window end"),
    place: list[int] = typer.Option([], "--place", help="target place id (repeat for several)"),
    whole_city: bool = typer.Option(False, "--whole-city"),
    group: str | None = typer.Option(None, "--group", help="key group whose members are targets"),
    pool: int | None = typer.Option(None, "--pool", help="pool size (default 10; 1 for key groups)"),
    hours: int | None = typer.Option(None, "--hours", help="turnaround target in hours (default 24; 6 key groups)"),
    database: str | None = DatabaseOption,
) -> None:
    """Create a testing round: who must be sampled in which window."""
    from fangkong.testing import service

    with _session(database) as db:
        rnd = service.create_round(db, actor("testing cli"), name=name, kind=kind,
                                   starts_at=moment(starts), ends_at=moment(ends), place_ids=place,
                                   whole_city=whole_city, key_group=group, pool_size=pool, turnaround_hours=hours)
        typer.echo(f"round {rnd.id} 「{rnd.name}」 {rnd.starts_at:%Y-%m-%d %H:%M} – {rnd.ends_at:%Y-%m-%d %H:%M}, "
                   f"{rnd.pool_size}-in-1, results within {rnd.turnaround_hours} h")


@round_app.command("close")
def round_close(round_id: int = typer.Argument(..., help="round id"),
                reason: str = typer.Option("", "--reason"), database: str | None = DatabaseOption) -> None:
    """End a round's window now (the page: /testing/manage)."""
    from fangkong.testing import service

    with _session(database) as db:
        rnd = service.close_round(db, actor("testing cli"), round_id, reason=reason)
        typer.echo(f"round {rnd.id} 「{rnd.name}」 closed at {rnd.ends_at:%Y-%m-%d %H:%M}")


@round_app.command("list")
def round_list(database: str | None = DatabaseOption) -> None:
    """Rounds, newest first."""
    from fangkong.testing import service

    with _session(database) as db:
        rounds = service.list_rounds(db, actor("testing cli"))
        table = Table("id", "name", "kind", "window", "pool", "target h")
        for rnd in rounds:
            table.add_row(str(rnd.id), rnd.name, rnd.kind, f"{rnd.starts_at:%m-%d %H:%M} – {rnd.ends_at:%m-%d %H:%M}",
                          str(rnd.pool_size), str(rnd.turnaround_hours))
    console.print(table)


@results_app.command("import")
def results_import(path: Path = typer.Argument(..., exists=True, dir_okay=False, readable=True),
                   lab: str = typer.Option(..., "--lab", help="lab code or id"),
                   database: str | None = DatabaseOption) -> None:
    """Import a lab's result file: validated whole (a per-row report if refused), idempotent; positive
    pools become recalls, positive single tubes cases, and the members' codes are recomputed."""
    import time

    from fangkong.testing import flows

    started = time.perf_counter()
    with _session(database) as db:
        done = flows.import_result_file(db, actor("testing cli"), content=path.read_bytes(),
                                        filename=path.name, lab_id=_lab_id(db, lab))
    report = done.file
    if report.duplicate:
        typer.echo(f"already imported (file {report.file_id}, {report.rows} rows): nothing changed")
        return
    typer.echo(f"file {report.file_id}: {report.rows} rows, {report.applied} results applied, "
               f"{report.unchanged} unchanged, {report.positive_tubes} positive tubes; "
               f"{done.recalls_created} recalls, {done.recalls_closed} recalls closed, {done.cases} cases, "
               f"{done.codes_recomputed} codes recomputed; {time.perf_counter() - started:.2f} s")


@app.command("recalls")
def recalls_list(grid: int | None = typer.Option(None, "--grid", help="grid id"),
                 state: str = typer.Option("open", "--state", help="open, sampled, closed or all"),
                 limit: int = typer.Option(50, "--limit"), database: str | None = DatabaseOption) -> None:
    """Persons recalled for a single-tube re-test (单采单检), masked."""
    from fangkong.testing import service

    with _session(database) as db:
        total, rows = service.recalls(db, actor("testing cli"), grid_id=grid,
                                      state=None if state == "all" else state, limit=limit)
    table = Table("id", "person", "id number", "grid", "state", "since", "pool tube", "re-test", "outcome")
    for r in rows:
        table.add_row(str(r.id), r.person.name, r.person.id_number, str(r.grid_id or ""), r.state,
                      f"{r.created_at:%m-%d %H:%M}", r.source_barcode, r.retest_barcode or "", r.outcome or "")
    console.print(table)
    typer.echo(f"{total} recalls ({state})")


@app.command("turnaround")
def turnaround_command(round_id: int | None = typer.Option(None, "--round", help="round id"),
                       group: str | None = typer.Option(None, "--group", help="key, other or a key group"),
                       database: str | None = DatabaseOption) -> None:
    """Time from sampling to result (采、送、检、报) and tubes past their target."""
    from fangkong.testing import service

    with _session(database) as db:
        staff = actor("testing cli")
        summary = service.turnaround(db, staff, round_id, group)
        late, rows = service.overdue_results(db, staff, round_id=round_id, group=group, limit=20)
    steps = summary.steps

    def hours(value: float | None) -> str:
        return "-" if value is None else f"{value:.2f} h"

    typer.echo(f"tubes {summary.tubes} (persons {summary.persons}); with result {summary.with_result}, "
               f"pending {summary.pending}; within target {summary.within_target} tubes / "
               f"{summary.persons_within_target} persons")
    typer.echo(f"sampling → result: median {hours(summary.median_hours)}, p90 {hours(summary.p90_hours)}, "
               f"max {hours(summary.max_hours)}")
    typer.echo(f"steps: sample→send {hours(steps.sample_to_send)}, send→receive {hours(steps.send_to_receive)}, "
               f"receive→test {hours(steps.receive_to_test)}, test→report {hours(steps.test_to_report)}")
    typer.echo(f"{late} tubes without a result past their target")
    for row in rows:
        typer.echo(f"  {row.barcode} {row.state} {row.members}/{row.pool_size} sampled {row.sampled_at:%m-%d %H:%M} "
                   f"waiting {row.hours_waiting:.1f} h (target {row.target_hours} h)")
