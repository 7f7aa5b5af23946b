"""`fangkong codes ...` commands."""

from __future__ import annotations

import typer

app = typer.Typer(help="Health codes: recompute, keys, overrides, scan retention", no_args_is_help=True)
scans_app = typer.Typer(help="Venue scans (场所码) from other systems", no_args_is_help=True)
COMMANDS = {"codes": app, "scans": scans_app}


# ---- rules engine: recompute


@app.command("recompute")
def recompute_command(
    at: str | None = typer.Option(None, "--at", help="Moment to compute for, ISO (default: now)"),
    database: str | None = typer.Option(None, "--database", help="Database URL (default FANGKONG_DATABASE_URL)"),
) -> None:
    """Recompute every person's health code under the policy in force (set-based); run after a policy
    change and daily, so reasons that ended by days leave the stored table."""
    import time

    from fangkong.codes import service as codes
    from fangkong.core import clock
    from fangkong.core.db import transaction
    from fangkong.core.scope import system_actor

    url = _sentinel_database(database)
    moment = clock.parse_moment(at) if at else clock.now()
    started = time.perf_counter()
    with transaction(url) as db:
        stored = codes.recompute(db, now=moment)
        counts = codes.colour_counts(db, system_actor("codes cli"))
    typer.echo(f"{stored} persons with a stored code at {moment.isoformat(sep=' ')} "
               f"(red {counts['red']}, yellow {counts['yellow']}, pop-up {counts['popup']}); "
               f"everyone else green; {time.perf_counter() - started:.2f} s")


# ---- sentinel: scan retention and the public key (codes/fastpath.py, codes/api.py, codes/scanlog.py)


def _sentinel_database(url: str | None) -> str:
    import os

    from fangkong.core.config import get_settings

    if url:
        os.environ["FANGKONG_DATABASE_URL"] = url
        get_settings.cache_clear()
    return get_settings().database_url


@app.command("purge-scans")
def purge_scans(
    days: int | None = typer.Option(None, "--days", min=1,
                                    help="Keep this many days (default FANGKONG_SCAN_RETENTION_DAYS, 28)"),
    database: str | None = typer.Option(None, "--database", help="Database URL (default FANGKONG_DATABASE_URL)"),
) -> None:
    """Delete venue scans past the retention period (one set-based DELETE); run daily, e.g. from cron."""
    from fangkong.codes.scanlog import purge_scans as purge
    from fangkong.core import clock
    from fangkong.core.config import get_settings
    from fangkong.core.db import transaction

    url = _sentinel_database(database)
    keep = days or get_settings().scan_retention_days
    with transaction(url) as db:
        deleted = purge(db, now=clock.now(), retention_days=keep)
    typer.echo(f"deleted {deleted} scans older than {keep} days")


@scans_app.command("retention")
def scans_retention(
    days: int | None = typer.Option(None, "--days", min=1,
                                    help="Keep this many days (default FANGKONG_SCAN_RETENTION_DAYS, 28)"),
    ahead: int = typer.Option(7, "--ahead", min=0, max=366, help="PostgreSQL: prepare this many days' partitions"),
    database: str | None = typer.Option(None, "--database", help="Database URL (default FANGKONG_DATABASE_URL)"),
) -> None:
    """Retention of the venue scan log and tracing's copy; run daily (cron). PostgreSQL: drops the day
    partitions past the period (whole days) and prepares the days ahead; SQLite: deletes by time."""
    from fangkong.codes import partitions
    from fangkong.codes.scanlog import purge_scans as purge
    from fangkong.core import clock
    from fangkong.core.config import get_settings
    from fangkong.core.db import transaction

    url = _sentinel_database(database)
    keep = days or get_settings().scan_retention_days
    with transaction(url) as db:
        connection = db.connection()
        if partitions.partitioned(connection):
            report = partitions.retention(connection, now=clock.now(), days=keep, ahead=ahead)
            typer.echo(f"dropped {len(report.dropped)} partitions ({report.scans} scans, {report.visits} copies) "
                       f"older than {keep} days; {len(report.created)} partitions prepared ahead")
        else:
            deleted = purge(db, now=clock.now(), retention_days=keep)
            typer.echo(f"deleted {deleted} scans older than {keep} days")


@app.command("public-key")
def public_key(
    database: str | None = typer.Option(None, "--database", help="Database URL (the key file sits beside SQLite)"),
) -> None:
    """Print the city's Ed25519 public key (PEM): anyone with it verifies health-code tokens offline."""
    from fangkong.codes import tokens

    _sentinel_database(database)
    typer.echo(tokens.public_key_pem(), nl=False)


# ---- scans from other systems


@scans_app.command("import")
def scans_import(
    file: str = typer.Argument(..., help="CSV or .xlsx: 身份证号, 场所码, 扫码时间"),
    database: str | None = typer.Option(None, "--database", help="Database URL (default FANGKONG_DATABASE_URL)"),
) -> None:
    """Load venue scans from another system: all rows or none (per-row report); importing the same file
    twice changes nothing."""
    import time
    from pathlib import Path

    from fangkong.codes import scanimport
    from fangkong.core.cli import print_refusal, session
    from fangkong.core.scope import system_actor

    path = Path(file)
    if not path.is_file():
        typer.echo(f"错误 error: no such file {file}", err=True)
        raise typer.Exit(1)
    started = time.perf_counter()
    with session(database) as db:
        try:
            report = scanimport.import_scans(db, system_actor("scans import"), content=path.read_bytes(),
                                             filename=path.name)
        except scanimport.ScanFileRefused as exc:
            print_refusal(exc)
            raise typer.Exit(1) from None
    seconds = time.perf_counter() - started
    typer.echo(f"{report.rows} rows: {report.inserted} imported, {report.skipped} already present; "
               f"{seconds:.1f} s")
