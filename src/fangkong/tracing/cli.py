"""`fangkong cases ...`: case reports."""

from __future__ import annotations

import typer

from fangkong.core.cli import DatabaseOption, clean_errors, console, use_database
from fangkong.core.cli import moment as parse_moment

cases_app = typer.Typer(help="Case reports (病例): infections that delay area lifting", no_args_is_help=True)
COMMANDS = {"cases": cases_app}


@cases_app.command("record")
def cases_record(
    person_id: int = typer.Argument(..., help="Registry person id"),
    kind: str = typer.Option(..., "--kind", help="confirmed (确诊) or asymptomatic (无症状感染者)"),
    at: str = typer.Option(..., "--at", help="When it was reported, e.g. 2022-12-05T09:00"),
    source: str = typer.Option("", "--source", help="Where the report came from"),
    database: str | None = DatabaseOption,
) -> None:
    """Record an infection of a registered person; it restarts the lifting count of the areas they live in."""
    from fangkong.core.db import transaction
    from fangkong.core.scope import system_actor
    from fangkong.tracing import flows

    url = use_database(database)
    with clean_errors():
        reported = parse_moment(at)
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
    from fangkong.core.db import transaction
    from fangkong.core.scope import system_actor
    from fangkong.tracing import flows

    url = use_database(database)
    with clean_errors():
        moment = parse_moment(at)
        with transaction(url) as db:
            case = flows.discharge_case(db, system_actor("cases discharge"), case_id, at=moment)
            person_id = case.person_id
    console.print(f"[green]病例 case #{case_id} discharged 已出院: person {person_id}, {moment.isoformat()}[/green]")
