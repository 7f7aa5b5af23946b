"""Retention of the venue scan log and tracing's copy (decision 0013), both databases. PostgreSQL: the log
and the copy are partitioned by day; scans land in their day's partition, a scan of a day without one
waits in the default partition and moves when the day's partition is made; `fangkong scans retention`
drops whole days of both tables past the period (a day not wholly past is kept) and prepares the days
ahead. SQLite: the same command deletes the scans and copies before the cutoff."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from fangkong.cli import app
from fangkong.codes import partitions
from fangkong.codes.models import Scan, ScanVisit
from fangkong.codes.scanlog import ScanRow, insert_rows
from fangkong.codes.scantrace import catch_up
from fangkong.core import clock
from fangkong.core.db import get_engine, transaction

NOW = datetime(2022, 11, 30, 12, 0)


def scans_on(days_ago: list[float]) -> list[ScanRow]:
    return [ScanRow(venue_id=7, checked_at=NOW - timedelta(days=d), received_at=NOW, colour="green", result="pass",
                    method="id", person_id=100 + i) for i, d in enumerate(days_ago)]


def test_retention_drops_whole_days_of_the_log_and_the_copy(db_url: str) -> None:
    clock.set_clock(NOW)
    ages = [0.1, 1.2, 3.5, 9.9, 10.2, 10.6, 12.0, 20.0]
    with transaction(db_url) as db:
        connection = db.connection()
        made = partitions.ensure_days(connection, {(NOW - timedelta(days=d)).date() for d in ages if d != 3.5})
        insert_rows(db, scans_on(ages[:-1]))
        catch_up(db)
        assert db.scalar(select(func.count()).select_from(ScanVisit)) == len(ages) - 1
        insert_rows(db, scans_on(ages[-1:]))
        catch_up(db)  # copies the new scan only (PostgreSQL: the copied ones skipped by their key)
        assert db.scalar(select(func.count()).select_from(ScanVisit)) == len(ages)
        is_pg = partitions.partitioned(connection)
        if is_pg:
            assert made and partitions.name_of("scan_visit", (NOW - timedelta(days=20)).date()) in made
            rows = partitions.partition_rows(connection)
            assert rows["scan_default"] == 1  # 3.5 days ago: no partition for that day yet
            assert rows[partitions.name_of("scan", (NOW - timedelta(days=20)).date())] == 1
            created = partitions.ensure_days(connection, [(NOW - timedelta(days=3.5)).date()])
            assert created == [partitions.name_of(t, (NOW - timedelta(days=3.5)).date()) for t in partitions.TABLES]
            rows = partitions.partition_rows(connection)
            assert rows.get("scan_default", 0) == 0 and rows[created[0]] == 1  # moved out of the default
            assert partitions.partition_rows(connection, "scan_visit")[created[1]] == 1
    result = CliRunner().invoke(app, ["scans", "retention", "--days", "10", "--database", db_url])
    assert result.exit_code == 0, result.output
    with Session(get_engine(db_url)) as db:
        left = sorted(round((NOW - at).total_seconds() / 86400, 1) for at in db.scalars(select(Scan.checked_at)))
        copies = db.scalar(select(func.count()).select_from(ScanVisit))
        if is_pg:
            # whole days: 10.2 days ago is 2022-11-20 07:12, a day that ends after the cutoff (11-20 12:00):
            # kept until it has wholly passed; 11-19, 11-18 and 11-10 go, in both tables
            assert left == [0.1, 1.2, 3.5, 9.9, 10.2]
            assert "dropped 6 partitions (3 scans, 3 copies)" in result.output, result.output
            days = partitions.day_partitions(db.connection())["scan"]
            assert (NOW - timedelta(days=12)).date() not in days and NOW.date() + timedelta(days=7) in days
            assert set(partitions.day_partitions(db.connection())["scan_visit"]) == set(days)
        else:
            assert left == [0.1, 1.2, 3.5, 9.9] and "deleted 4 scans" in result.output
        assert copies == len(left)
