"""Day partitions of the venue scan log on PostgreSQL (docs/decisions/0013).

On PostgreSQL `scan` and tracing's copy `scan_visit` are range-partitioned by `checked_at`, one partition
per day and table in the schema `scan_partitions` (`scan_p20221118`, `scan_visit_p20221118`), with a
DEFAULT partition each that catches a row of a day without its partition (an offline device with a
wrong clock, a day not yet prepared), so a venue check is never refused for want of a partition.

- `ensure_days` creates the partitions of some days (the days of an imported file, the days ahead); a
  day whose rows went to the default partition meanwhile has them moved into its new partition.
- `retention` drops every partition whose day ended before the cutoff, for both tables together, and
  deletes the default partitions' rows before the cutoff: whole days go, no row-by-row DELETE; a day is
  kept until it has wholly passed the retention period.
- SQLite keeps one plain table of each: every function here is a no-op there (`partitioned` is False)
  and retention is the DELETE of `scanlog.purge_scans`.

Partition DDL takes a short exclusive lock on the parent; concurrent callers queue on an advisory lock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy.engine import Connection

SCHEMA = "scan_partitions"
TABLES = ("scan", "scan_visit")
AHEAD_DAYS = 7  # partitions prepared ahead of today by `fangkong scans retention` (run daily)
_LOCK = 0x5CA9  # advisory lock key for partition DDL


def partitioned(connection: Connection) -> bool:
    """Is the scan log partitioned here (PostgreSQL after migration 0016)?"""
    if connection.dialect.name != "postgresql":
        return False
    kind = connection.exec_driver_sql("SELECT relkind FROM pg_class WHERE oid = to_regclass('scan')").scalar()
    return kind in ("p", b"p")


def name_of(table: str, day: date) -> str:
    return f"{table}_p{day:%Y%m%d}"


def _bound(day: date) -> str:
    return f"'{day.isoformat()} 00:00:00'"


def day_partitions(connection: Connection) -> dict[str, dict[date, str]]:
    """The day partitions of each table: {table: {day: partition name}} (the defaults left out)."""
    found: dict[str, dict[date, str]] = {table: {} for table in TABLES}
    rows = connection.exec_driver_sql(
        "SELECT parent.relname, child.relname FROM pg_inherits i "
        "JOIN pg_class parent ON parent.oid = i.inhparent JOIN pg_class child ON child.oid = i.inhrelid "
        "JOIN pg_namespace n ON n.oid = child.relnamespace "
        f"WHERE n.nspname = '{SCHEMA}' AND parent.relname IN ('scan', 'scan_visit')")
    for parent, child in rows:
        suffix = child.rsplit("_p", 1)[-1]
        if child.startswith(f"{parent}_p") and len(suffix) == 8 and suffix.isdigit():
            found[parent][datetime.strptime(suffix, "%Y%m%d").date()] = child
    return found


def create_parents(connection: Connection) -> None:
    """The schema and the default partitions (the partitioned parents are the migration's)."""
    connection.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
    for table in TABLES:
        connection.exec_driver_sql(f"CREATE TABLE IF NOT EXISTS {SCHEMA}.{table}_default PARTITION OF {table} DEFAULT")


def ensure_days(connection: Connection, days: Iterable[date]) -> list[str]:
    """Create the missing partitions of these days for both tables, moving any of their rows out of the
    default partitions first. Returns the names created. No-op unless partitioned."""
    wanted = sorted(set(days))
    if not wanted or not partitioned(connection):
        return []
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_LOCK})")
    existing = day_partitions(connection)
    created = []
    for day in wanted:
        low, high = _bound(day), _bound(day + timedelta(days=1))
        for table in TABLES:
            name = name_of(table, day)
            if day in existing[table]:
                continue
            stray = connection.exec_driver_sql(
                f"SELECT 1 FROM {SCHEMA}.{table}_default WHERE checked_at >= {low} AND checked_at < {high} "
                "LIMIT 1").first()
            if stray is None:
                connection.exec_driver_sql(f"CREATE TABLE {SCHEMA}.{name} PARTITION OF {table} "
                                           f"FOR VALUES FROM ({low}) TO ({high})")
            else:  # the day's rows wait in the default partition: move them into the new one, then attach it
                connection.exec_driver_sql(f"CREATE TABLE {SCHEMA}.{name} (LIKE {table} INCLUDING DEFAULTS)")
                connection.exec_driver_sql(
                    f"WITH moved AS (DELETE FROM {SCHEMA}.{table}_default WHERE checked_at >= {low} "
                    f"AND checked_at < {high} RETURNING *) INSERT INTO {SCHEMA}.{name} SELECT * FROM moved")
                connection.exec_driver_sql(f"ALTER TABLE {table} ATTACH PARTITION {SCHEMA}.{name} "
                                           f"FOR VALUES FROM ({low}) TO ({high})")
            created.append(name)
    return created


def ensure_ahead(connection: Connection, today: date, ahead: int = AHEAD_DAYS) -> list[str]:
    """Yesterday's, today's and the next `ahead` days' partitions."""
    return ensure_days(connection, [today + timedelta(days=n) for n in range(-1, ahead + 1)])


@dataclass
class Retention:
    cutoff: datetime
    dropped: list[str] = field(default_factory=list)  # partitions dropped (both tables)
    scans: int = 0  # scan rows that went (dropped partitions and the default's)
    visits: int = 0  # scan_visit rows that went
    created: list[str] = field(default_factory=list)  # partitions prepared ahead


def retention(connection: Connection, *, now: datetime, days: int, ahead: int = AHEAD_DAYS) -> Retention:
    """Drop the day partitions of both tables whose day ended at or before now - days; delete the default
    partitions' rows before the cutoff; prepare the days ahead."""
    cutoff = now - timedelta(days=days)
    report = Retention(cutoff=cutoff)
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_LOCK})")
    for table, partitions in day_partitions(connection).items():
        for day, name in sorted(partitions.items()):
            if datetime.combine(day + timedelta(days=1), datetime.min.time()) > cutoff:
                continue
            rows = int(connection.exec_driver_sql(f"SELECT count(*) FROM {SCHEMA}.{name}").scalar() or 0)
            connection.exec_driver_sql(f"DROP TABLE {SCHEMA}.{name}")
            report.dropped.append(name)
            if table == "scan":
                report.scans += rows
            else:
                report.visits += rows
        deleted = connection.exec_driver_sql(
            f"DELETE FROM {SCHEMA}.{table}_default WHERE checked_at < '{cutoff.isoformat(' ')}'").rowcount or 0
        if table == "scan":
            report.scans += max(0, deleted)
        else:
            report.visits += max(0, deleted)
    report.created = ensure_ahead(connection, now.date(), ahead)
    return report


def partition_rows(connection: Connection, table: str = "scan") -> dict[str, int]:
    """Rows per partition of a table (for tests and the operator): {partition name: rows}."""
    rows = connection.exec_driver_sql(f"SELECT tableoid::regclass::text, count(*) FROM {table} GROUP BY 1")
    return {str(name).split(".")[-1]: int(n) for name, n in rows}
