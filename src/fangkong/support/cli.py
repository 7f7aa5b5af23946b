"""`fangkong support ...`: the escalation sweep (run every minute by the operator's scheduler; pages run it
too), the overview, compounds without an emergency access plan."""

from __future__ import annotations

import typer

from fangkong.core import clock
from fangkong.core.cli import DatabaseOption, actor, console, moment, session
from fangkong.support import service

app = typer.Typer(help="Support for residents: escalation sweep, overview, access plans", no_args_is_help=True)
COMMANDS = {"support": app}


@app.command("sweep")
def sweep(at: str | None = typer.Option(None, "--at", help="Moment, ISO (default: now)"),
          database: str | None = DatabaseOption) -> None:
    """Escalate overdue help requests and turn missed daily checks into community tasks (idempotent)."""
    with session(database) as db:
        now = moment(at) if at else clock.now()
        raised = service.escalate_overdue(db, now)
        missed = service.sweep_missed_checks(db, now)
    console.print(f"升级 escalated: {raised} · 漏探访 missed checks: {missed}")


@app.command("overview")
def overview(database: str | None = DatabaseOption) -> None:
    """Open, overdue and escalated requests per district, and sealed compounds without an access plan."""
    with session(database) as db:
        who = actor("support overview")
        figures = service.overview(db, who)
        unplanned = service.compounds_without_plan(db, who)
    for f in figures:
        console.print(f"{f.name}: 未办结 open {f.open} · 超时 overdue {f.overdue} · 街道 street {f.street} · "
                      f"区 district {f.district} · 急危重症 emergencies {f.emergencies}")
    console.print(f"缺生命通道方案 compounds without an access plan: {len(unplanned)}")
    for u in unplanned:
        console.print(f"  {u.label}")


@app.command("import-categories")
def import_categories(file: str = typer.Argument(..., help="CSV or .xlsx: 身份证号, 类别[, 下次治疗日期, 备注]"),
                      database: str | None = DatabaseOption) -> None:
    """Import a community's list of vulnerable residents: every row or none (wrong rows are listed)."""
    from pathlib import Path

    path = Path(file)
    with session(database) as db:
        report = service.import_categories(db, actor("vulnerable import"), content=path.read_bytes(),
                                           filename=path.name)
    console.print(f"已导入 imported: {report.rows} · 新增 added {report.added} · 更新 updated {report.updated}")
