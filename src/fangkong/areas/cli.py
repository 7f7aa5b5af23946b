"""`fangkong notices ...` and `fangkong areas ...`: risk-area notices and the areas in force."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import typer
from rich.table import Table

from fangkong.core.cli import DatabaseOption, clean_errors, console, use_database
from fangkong.core.cli import moment as parse_moment

notices_app = typer.Typer(help="Risk-area notices (通告)", no_args_is_help=True)
areas_app = typer.Typer(help="Risk areas (风险区域) at any moment, and each place's history", no_args_is_help=True)
COMMANDS = {"notices": notices_app, "areas": areas_app}


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


NOTICE_SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm")


def _notice_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in NOTICE_SUFFIXES)
                     if path.is_dir() else [path])
    return files


@notices_app.command("load")
def notices_load(
    paths: list[Path] = typer.Argument(..., exists=True, readable=True,
                                       help="Notice files (.txt, .docx, .pdf) or folders of them"),
    publish: bool = typer.Option(False, "--publish", help="Publish each notice with no place left to review"),
    year: int | None = typer.Option(None, "--year", help="Year for dates written without one"),
    database: str | None = DatabaseOption,
) -> None:
    """Draft notices from files (text in UTF-8, UTF-8 with BOM or GB18030; .docx; PDF; saved web pages),
    resolve their places, print the matched and review counts; with --publish, publish them in date order
    when nothing waits for review."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from fangkong.areas.flows import date_order, load_notice
    from fangkong.core.db import transaction
    from fangkong.core.documents import text_of_document
    from fangkong.core.errors import InvalidInput
    from fangkong.core.scope import system_actor

    url = use_database(database)
    actor = system_actor("notices load")
    texts: list[tuple[str, str]] = []
    failed = 0
    for file in _notice_files(paths):
        try:
            texts.append((str(file), text_of_document(file.read_bytes())))
        except InvalidInput as exc:
            console.print(f"[red]{file}: {exc.message('zh')} / {exc.message('en')}[/red]")
            failed += 1
    if not texts and not failed:
        console.print("[yellow]没有通告文件(.txt/.docx/.pdf) no notice files (.txt/.docx/.pdf)[/yellow]")
        raise typer.Exit(1)
    totals = {"notices": 0, "published": 0, "review": 0}
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=console, transient=True, disable=len(texts) < 3) as progress:
        task = progress.add_task("载入通告 loading notices", total=len(texts))
        for name, text in date_order(texts, default_year=year):
            try:
                with clean_errors(), transaction(url) as db:
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
    if totals["published"]:  # each notice was published with its codes recomputed, in one transaction
        console.print("健康码已随每份通告重算 codes recomputed with each published notice", highlight=False)
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

    url = use_database(database)
    with clean_errors(), transaction(url) as db:
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

    url = use_database(database)
    with clean_errors():
        at = parse_moment(moment)
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

    url = use_database(database)
    with clean_errors():
        moment = parse_moment(at) if at else None
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
