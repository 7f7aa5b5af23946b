"""`fangkong cases ...` (case reports) and `fangkong tracing ...` (contact discovery and decisions)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import typer

from fangkong.core.cli import DatabaseOption, clean_errors, console, use_database
from fangkong.core.cli import moment as parse_moment

cases_app = typer.Typer(help="Case reports (病例): infections that delay area lifting", no_args_is_help=True)
tracing_app = typer.Typer(help="Contact tracing (流调): discovery, confirmation, assistance requests",
                          no_args_is_help=True)
COMMANDS = {"cases": cases_app, "tracing": tracing_app}


def _date(text: str | None) -> date | None:
    return parse_moment(text).date() if text else None


@cases_app.command("record")
def cases_record(
    person_id: int = typer.Argument(..., help="Registry person id"),
    kind: str = typer.Option(..., "--kind", help="confirmed (确诊) or asymptomatic (无症状感染者)"),
    at: str = typer.Option(..., "--at", help="When it was reported, e.g. 2022-12-05T09:00"),
    source: str = typer.Option("", "--source", help="Where the report came from (free text)"),
    source_kind: str = typer.Option("other", "--source-kind",
                                    help="tube | hospital | fever_clinic | antigen | assistance | other"),
    severity: str | None = typer.Option(None, "--severity", help="mild | moderate | severe | critical (confirmed)"),
    onset: str | None = typer.Option(None, "--onset", help="Symptom onset date, e.g. 2022-12-03"),
    sampled: str | None = typer.Option(None, "--sampled", help="Date of the positive sample"),
    database: str | None = DatabaseOption,
) -> None:
    """Record an infection of a registered person; it restarts the lifting count of the areas they live in,
    turns their code red, and says how it was found (under control or in the community)."""
    from fangkong.core.db import transaction
    from fangkong.core.scope import system_actor
    from fangkong.tracing import flows

    url = use_database(database)
    with clean_errors():
        reported = parse_moment(at)
        with transaction(url) as db:  # the person's code follows in the same transaction
            case = flows.record_case(db, system_actor("cases record"), person_id=person_id, kind=kind,
                                     reported_at=reported, source=source, source_kind=source_kind,
                                     severity=severity, onset_date=_date(onset), sampled_date=_date(sampled))
            case_id, found = case.id, case.how_found
    console.print(f"[green]病例 case #{case_id} recorded: person {person_id}, {kind}, {reported.isoformat()}, "
                  f"found {found}[/green]")


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


def _split(values: list[str] | None) -> list[str]:
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


@tracing_app.command("contacts")
def tracing_contacts(
    case_id: int = typer.Argument(..., help="Case id"),
    as_json: bool = typer.Option(False, "--json", help="Print JSON"),
    database: str | None = DatabaseOption,
) -> None:
    """Run contact discovery for a case, store the new candidates, print all of them."""
    from fangkong.core.db import transaction
    from fangkong.core.scope import system_actor
    from fangkong.tracing import discovery, flows, service

    url = use_database(database)
    actor = system_actor("tracing contacts")
    with clean_errors(), transaction(url) as db:
        result = flows.discover(db, actor, [case_id])
        start, end = service.window_of(service.get_case(db, actor, case_id))
        found = discovery.candidates(db, actor, case_id)
        rows = [{"person_id": c.person_id, "kinds": c.kinds.split(","), "last_exposure": c.last_exposure.isoformat(),
                 "evidence": discovery.evidence_of(c), "state": c.state} for c in found]
    if as_json:
        typer.echo(json.dumps({"case": case_id, "window": {"from": start.isoformat(), "to": end.isoformat()},
                               "candidates": rows}, ensure_ascii=False))
        return
    console.print(f"病例 case #{case_id}: window {start:%Y-%m-%d %H:%M} – {end:%Y-%m-%d %H:%M}; "
                  f"{result.new} new, {len(rows)} candidates")
    for row in rows:
        console.print(f"  person {row['person_id']}  {','.join(row['kinds'])}  last {row['last_exposure']}  "
                      f"{row['state']}", highlight=False)


@tracing_app.command("confirm")
def tracing_confirm(
    case_id: int = typer.Argument(..., help="Case id"),
    kinds: list[str] = typer.Option(None, "--kinds", help="Confirm the pending candidates of these kinds, "
                                    "e.g. household,venue"),
    persons: list[int] = typer.Option(None, "--person", help="Confirm this person (repeatable)"),
    database: str | None = DatabaseOption,
) -> None:
    """Confirm pending candidates as contacts: codes change and quarantine requests are created.
    Without --kinds or --person: every pending candidate."""
    from fangkong.core.db import transaction
    from fangkong.core.scope import system_actor
    from fangkong.tracing import flows

    url = use_database(database)
    with clean_errors(), transaction(url) as db:
        confirmed = flows.confirm(db, system_actor("tracing confirm"), case_id, kinds=_split(kinds) or None,
                                  person_ids=list(persons or []) or None)
        summary = [(c.person_id, c.kind) for c in confirmed.contacts]
    console.print(f"[green]病例 case #{case_id}: {len(summary)} contacts confirmed, "
                  f"{confirmed.requests} quarantine requests[/green]")
    for person_id, kind in summary:
        console.print(f"  person {person_id}  {kind}", highlight=False)


@tracing_app.command("dismiss")
def tracing_dismiss(
    case_id: int = typer.Argument(..., help="Case id"),
    reason: str = typer.Option(..., "--reason", help="Why (kept with each candidate)"),
    kinds: list[str] = typer.Option(None, "--kinds", help="Dismiss the pending candidates of these kinds"),
    persons: list[int] = typer.Option(None, "--person", help="Dismiss this person (repeatable)"),
    database: str | None = DatabaseOption,
) -> None:
    """Dismiss pending candidates with a reason."""
    from fangkong.core.db import transaction
    from fangkong.core.scope import system_actor
    from fangkong.tracing import flows

    url = use_database(database)
    with clean_errors(), transaction(url) as db:
        count = flows.dismiss(db, system_actor("tracing dismiss"), case_id, reason=reason,
                              kinds=_split(kinds) or None, person_ids=list(persons or []) or None)
    console.print(f"[green]病例 case #{case_id}: {count} candidates dismissed[/green]")


@tracing_app.command("assistance")
def tracing_assistance(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="协查函 list: CSV or .xlsx"),
    database: str | None = DatabaseOption,
) -> None:
    """Import an assistance request (协查函) from another city: rows matched to the registry, the rest
    queued for review; nothing dropped."""
    from fangkong.core.db import transaction
    from fangkong.core.scope import system_actor
    from fangkong.tracing import assistance

    url = use_database(database)
    with clean_errors(), transaction(url) as db:
        report = assistance.import_assistance(db, system_actor("tracing assistance"), content=file.read_bytes(),
                                           filename=file.name)
    console.print(f"[green]{report.rows} rows: {report.matched} matched, {report.review} for review[/green]")
