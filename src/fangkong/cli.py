"""The `fangkong` command line: database, demo city, server, imports, notices, areas, cases.

Commands act as the system actor (``core.scope.system_actor``); the services audit every write.
A service's refusal (FangkongError) prints its message in red and exits with code 1, no traceback."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
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
areas_app = typer.Typer(help="Risk areas (风险区域) at any moment, and each place's history", no_args_is_help=True)
cases_app = typer.Typer(help="Case reports (病例): infections that delay area lifting", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(city_app, name="city")
app.add_typer(import_app, name="import")
app.add_typer(notices_app, name="notices")
app.add_typer(areas_app, name="areas")
app.add_typer(cases_app, name="cases")
app.add_typer(testing_cli.app, name="testing")
app.add_typer(codes_cli.app, name="codes")
console = Console()

DatabaseOption = typer.Option(None, "--database", help="Database URL (default: FANGKONG_DATABASE_URL or ./fangkong.db)")


@contextmanager
def _clean_errors() -> Iterator[None]:
    """A refusal of the platform is an answer, not a crash: red message (zh / en), exit code 1."""
    from fangkong.core.errors import FangkongError

    try:
        yield
    except FangkongError as exc:
        message = exc.zh if exc.en == exc.zh else f"{exc.zh} / {exc.en}"
        Console(stderr=True).print(f"[red]错误 error: {message}[/red]", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None


def _moment(value: str) -> datetime:
    """"2022-12-02", "2022-12-02T12:00" or "2022-12-02 12:00" as a naive local moment."""
    from fangkong.core.errors import InvalidInput

    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(f"时间格式不对:{value}(例:2022-12-02T12:00)",
                           f"not a moment: {value!r} (e.g. 2022-12-02T12:00)") from None
    return moment.replace(tzinfo=None)


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

    with _clean_errors():
        report = generate_city(_use_database(database), population=population, seed=seed, replace=replace,
                               progress=True)
    console.print(f"[green]{report.persons:,} persons in {report.households:,} households, "
                  f"{report.grids:,} grids, {report.venues:,} venues — {report.seconds:.1f} s[/green]")


@app.command("serve")
def serve(
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port"),
    database: str | None = DatabaseOption,
    workers: int = typer.Option(1, "--workers", help="Server processes; more than 1 runs Granian (one a core)"),
) -> None:
    """Serve the platform (pages and JSON API), with the venue-check fast path in front (codes.sentinel)."""
    import uvicorn

    _use_database(database)
    served = "fangkong.codes.sentinel:create_served_app"
    if workers > 1:  # production-like: Granian's worker processes share the port
        granian = Path(sys.executable).parent / "granian"
        os.execv(granian, [str(granian), "--interface", "asgi", "--factory", "--host", host, "--port", str(port),
                           "--workers", str(workers), "--no-ws", served])
    uvicorn.run(served, factory=True, host=host, port=port, log_level="info")


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
    from fangkong.drill.demo import DEMO_PASSWORD, demo_logins, load_history, seed_today

    url = _use_database(database)
    upgrade(url)
    with _clean_errors():
        if not city_exists(url):
            generate_city(url, population=population, seed=seed, replace=False, progress=True)
        # Both are no-ops on a database that has them (a demo city built by an earlier version).
        history = load_history(url)
        today = seed_today(url)
    if today is not None:
        console.print(f"[green]采样点 {today.sites} sampling sites, 检测机构 {today.labs} labs, "
                      f"重点人群 {today.key_group_members} key-group members, 今日区域核酸 today's round "
                      f"#{today.round_id}; 非绿码 {today.coded} persons not green[/green]")
    if history.notices:
        console.print(f"[green]2022年通告 {history.published}/{history.notices} 份已发布 notices published, "
                      f"{history.cases} 例病例 case reports[/green]")
        for skipped in history.skipped:
            console.print(f"[yellow]演示历史未载入 not loaded: {skipped}[/yellow]")
    table = Table(title=f"演示账号 Demo logins (password 密码: {DEMO_PASSWORD})")
    for column in ("角色 role", "用户名 username", "辖区 jurisdiction"):
        table.add_column(column)
    for login in demo_logins(url):
        table.add_row(login.role_label, login.username, login.jurisdiction)
    console.print(table)
    console.print(f"[bold green]Fangkong 防控平台: http://{host}:{port}/[/bold green]  (API docs: /docs)")
    if not no_serve:
        serve(host=host, port=port, database=None, workers=1)


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

    try:
        result = parse_file(file, default_year=year)
    except ValueError as exc:  # an unreadable encoding: say so, no traceback
        console.print(f"[red]{file}: {exc}[/red]", highlight=False)
        raise typer.Exit(1) from None
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


def _notice_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(p for p in path.rglob("*.txt") if p.is_file()) if path.is_dir() else [path])
    return files


@notices_app.command("load")
def notices_load(
    paths: list[Path] = typer.Argument(..., exists=True, readable=True, help="Notice .txt files or folders of them"),
    publish: bool = typer.Option(False, "--publish", help="Publish each notice with no place left to review"),
    year: int | None = typer.Option(None, "--year", help="Year for dates written without one"),
    database: str | None = DatabaseOption,
) -> None:
    """Draft notices from text files (UTF-8, UTF-8 with BOM or GB18030), resolve their places, print the
    matched and review counts; with --publish, publish them in date order when nothing waits for review."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from fangkong.areas.publish import date_order, load_notice
    from fangkong.core.db import transaction
    from fangkong.core.scope import system_actor
    from fangkong.core.textio import decode_bytes

    url = _use_database(database)
    actor = system_actor("notices load")
    texts: list[tuple[str, str]] = []
    failed = 0
    for file in _notice_files(paths):
        try:
            texts.append((str(file), decode_bytes(file.read_bytes())))
        except ValueError:
            console.print(f"[red]{file}: 无法识别的编码 unreadable encoding (UTF-8 / GB18030 expected)[/red]")
            failed += 1
    if not texts and not failed:
        console.print("[yellow]没有 .txt 通告文件 no .txt notice files[/yellow]")
        raise typer.Exit(1)
    totals = {"notices": 0, "published": 0, "review": 0}
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=console, transient=True, disable=len(texts) < 3) as progress:
        task = progress.add_task("载入通告 loading notices", total=len(texts))
        for name, text in date_order(texts, default_year=year):
            try:
                with _clean_errors(), transaction(url) as db:
                    loaded = load_notice(db, actor, name, text, default_year=year, publish=publish)
            except typer.Exit:
                failed += 1
                progress.console.print(f"[red]  ↑ {name}[/red]")
                progress.advance(task)
                continue
            effective = loaded.effective.isoformat(sep=" ", timespec="minutes") if loaded.effective else "?"
            if loaded.skipped:
                state = f"[dim]{loaded.skipped}[/dim]"
            elif loaded.published:
                state = "[green]已发布 published[/green]"
            elif loaded.review:
                state = "[yellow]草稿,待核对 draft, review first[/yellow]"
            else:
                state = "草稿 draft"
            counts = "" if loaded.skipped else (f"匹配 matched {loaded.matched}, 待核对 review {loaded.review}, "
                                                 f"自由区域 block {loaded.block} ")
            progress.console.print(f"{Path(name).name}: #{loaded.notice_id} {loaded.number} 生效 effective "
                                   f"{effective}; {counts}→ {state}", highlight=False, soft_wrap=True)
            for warning in loaded.warnings:
                progress.console.print(f"[yellow]  {warning}[/yellow]", highlight=False, soft_wrap=True)
            if not loaded.skipped:
                totals["notices"] += 1
                totals["published"] += loaded.published
                totals["review"] += loaded.review
            progress.advance(task)
    if totals["published"]:  # the codes follow the published notices: one set-based recompute
        from fangkong.codes import service as codes
        from fangkong.core import clock

        with transaction(url) as db:
            coded = codes.recompute(db, now=clock.now())
        console.print(f"健康码已重算 codes recomputed: {coded} 人非绿码 persons not green", highlight=False)
    console.print(f"[bold]{totals['notices']} 份通告已载入 notices drafted, {totals['published']} 已发布 published, "
                  f"{totals['review']} 处待核对 places wait for review[/bold]", highlight=False, soft_wrap=True)
    if failed:
        raise typer.Exit(1)


@notices_app.command("list")
def notices_list(
    state: str | None = typer.Option(None, "--state", help="draft, published or withdrawn"),
    as_json: bool = typer.Option(False, "--json", help="Print JSON"),
    database: str | None = DatabaseOption,
) -> None:
    """The notices of the database, newest effective first."""
    from fangkong.areas import service
    from fangkong.core.db import transaction
    from fangkong.core.scope import system_actor

    url = _use_database(database)
    with _clean_errors(), transaction(url) as db:
        notices = service.list_notices(db, system_actor("notices list"), state=state, limit=1000)
        rows = [{"id": n.id, "number": n.number, "issuer": n.issuer, "title": n.title,
                 "published": n.published.isoformat() if n.published else None,
                 "effective": n.effective.isoformat(), "state": n.state, "policy": n.policy_key} for n in notices]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{len(rows)} 份通告 notices")
    for column in ("id", "number 文号", "issuer 发布机关", "effective 生效", "state 状态", "policy 政策"):
        table.add_column(column)
    for row in rows:
        table.add_row(str(row["id"]), row["number"], row["issuer"], row["effective"].replace("T", " ")[:16],
                      row["state"], row["policy"])
    console.print(table)


def _area_json(area: object, at: datetime) -> dict[str, object]:
    from fangkong.areas.service import Area

    assert isinstance(area, Area)
    current = area.current
    return {
        "district": area.district, "label": area.label, "text": area.text, "place_id": area.place_id,
        "place_level": area.place_level, "venue_id": area.venue_id, "level": area.level,
        "since": current.at.isoformat() if current else None, "cause": current.cause if current else None,
        "notice_id": current.notice_id if current else None,
        "notice_number": current.notice_number if current else None, "active": area.active_at(at),
        "exceptions": [place_id for place_id, _level in area.exclusions],
        "lift_expected": area.lift_due.isoformat() if area.lift_due else None,
    }


@areas_app.command("at")
def areas_at(
    moment: str = typer.Argument(..., help="2022-12-02T12:00 (or a day: 2022-12-02, its 0:00)"),
    district: str | None = typer.Option(None, "--district", help="Only this district, e.g. 小店区"),
    as_json: bool = typer.Option(False, "--json", help="Print JSON"),
    include_all: bool = typer.Option(False, "--all", help="Also areas lifted to a level that is no risk area"),
    database: str | None = DatabaseOption,
) -> None:
    """Risk areas in force at a moment, by district, with their level and since when."""
    from fangkong.areas import service
    from fangkong.core.db import transaction
    from fangkong.policies import level_names

    url = _use_database(database)
    with _clean_errors():
        at = _moment(moment)
        with transaction(url) as db:
            found = service.areas_at(db, at, district=district, include_inactive=include_all)
            rows = [_area_json(area, at) for area in found]
    if as_json:
        typer.echo(json.dumps({"at": at.isoformat(), "district": district, "count": len(rows), "areas": rows},
                              ensure_ascii=False, indent=2))
        return
    names = level_names()
    by_district: dict[str, list[dict[str, object]]] = {}
    for row in rows:
        by_district.setdefault(str(row["district"] or "—"), []).append(row)
    console.print(f"[bold]{at.isoformat(sep=' ', timespec='minutes')}  {len(rows)} 个风险区域 areas[/bold]")
    for name, items in by_district.items():
        table = Table(title=f"{name}({len(items)}个)", title_justify="left")
        for column in ("level 等级", "since 自", "area 区域", "by 依据"):
            table.add_column(column)
        for row in items:
            level = str(row["level"])
            label = names.get(level, (level, level))[0] + ("" if row["active"] else " (不列入 not listed)")
            cause = f"通告 {row['notice_number']}" if row["cause"] == "notice" else "自动降级 lifting rule"
            table.add_row(label, str(row["since"]).replace("T", " ")[:16], str(row["label"]), cause)
        console.print(table)


@areas_app.command("history")
def areas_history(
    place_id: int = typer.Argument(..., help="Registry place id (see the place pages or `areas at --json`)"),
    at: str | None = typer.Option(None, "--at", help="Up to this moment (default: now)"),
    as_json: bool = typer.Option(False, "--json", help="Print JSON"),
    database: str | None = DatabaseOption,
) -> None:
    """Every step of the areas that are this place or contain it: level, when, and why."""
    from fangkong.areas import service
    from fangkong.core.db import transaction
    from fangkong.registry import service as registry

    url = _use_database(database)
    with _clean_errors():
        moment = _moment(at) if at else None
        with transaction(url) as db:
            steps = service.place_history(db, place_id, moment)
            label = registry.place_labels(db, {place_id}).get(place_id, str(place_id))
    rows = [{"at": s.at.isoformat(), "level": s.level, "cause": s.cause, "notice_id": s.notice_id,
             "notice_number": s.notice_number, "reason_zh": s.reason_zh, "reason_en": s.reason_en} for s in steps]
    if as_json:
        typer.echo(json.dumps({"place_id": place_id, "label": label, "steps": rows}, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{label} (#{place_id})")
    for column in ("at 时间", "level 等级", "cause 原因"):
        table.add_column(column)
    for row in rows:
        table.add_row(row["at"].replace("T", " ")[:16], row["level"] or "解除 lifted", row["reason_zh"])
    console.print(table if rows else f"{label}: 从未列入风险区域 never in a risk area")


@cases_app.command("record")
def cases_record(
    person_id: int = typer.Argument(..., help="Registry person id"),
    kind: str = typer.Option(..., "--kind", help="confirmed (确诊) or asymptomatic (无症状感染者)"),
    at: str = typer.Option(..., "--at", help="When it was reported, e.g. 2022-12-05T09:00"),
    source: str = typer.Option("", "--source", help="Where the report came from"),
    database: str | None = DatabaseOption,
) -> None:
    """Record an infection of a registered person; it restarts the lifting count of the areas they live in."""
    from fangkong.codes import flows
    from fangkong.core.db import transaction
    from fangkong.core.scope import system_actor

    url = _use_database(database)
    with _clean_errors():
        reported = _moment(at)
        with transaction(url) as db:  # the person's code follows in the same transaction
            case = flows.record_case(db, system_actor("cases record"), person_id=person_id, kind=kind,
                                     reported_at=reported, source=source)
            case_id = case.id
    console.print(f"[green]病例 case #{case_id} recorded: person {person_id}, {kind}, {reported.isoformat()}[/green]")


@cases_app.command("discharge")
def cases_discharge(
    case_id: int = typer.Argument(..., help="Case id (printed by `cases record`)"),
    at: str = typer.Option(..., "--at", help="When the person was discharged, e.g. 2022-12-15T10:00"),
    database: str | None = DatabaseOption,
) -> None:
    """Record a cure and discharge (治愈出院): the infection stops making the person's code red."""
    from fangkong.codes import flows
    from fangkong.core.db import transaction
    from fangkong.core.scope import system_actor

    url = _use_database(database)
    with _clean_errors():
        moment = _moment(at)
        with transaction(url) as db:
            case = flows.discharge_case(db, system_actor("cases discharge"), case_id, at=moment)
            person_id = case.person_id
    console.print(f"[green]病例 case #{case_id} discharged 已出院: person {person_id}, {moment.isoformat()}[/green]")


if __name__ == "__main__":
    app()
