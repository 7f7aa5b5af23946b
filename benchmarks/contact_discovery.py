"""Time contact discovery: `python benchmarks/contact_discovery.py --persons 1000000 [--database URL]`.

Builds the synthetic city (or reuses one of the same size with --reuse), writes 14 days of venue scans
(--scans-per-day per person, 2 by default: 28 M rows for a million persons) in time order with SQL on
the database side, records --cases cases reported at the end of the fortnight with their onset two
days before, then times

- building `scan_visit`, tracing's copy of the log by person and venue, as migration 0011 does for an
  existing log (each discovery then catches up the scans written since the last one, included below);
- discovery for one case (`tracing.flows.discover(db, actor, [case])` + commit): the case's scans in its
  investigation window, everyone co-present at those venues within the policy's minutes, the household,
  named and declared persons, stored as candidates;
- discovery for 100 other cases at once (one query per kind for all of them) + commit;
- `fangkong scans import` of a 1,000,000-row CSV (`codes.scanimport.import_scans` + commit).

The last line printed is one JSON object: persons, scans, seconds_one, seconds_100, candidates_one,
candidates_100, import_rows, import_seconds, import_rows_per_s, database, venues.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from benchdb import reuse_or_wipe
from sqlalchemy import create_engine, func, insert, select, text

NOW = datetime(2022, 12, 3, 12, 0)  # twenty measures: household and venue, no secondary contacts
DAYS = 14


def _prepare(url: str | None, workdir: Path, persons: int, reuse: bool) -> tuple[str, bool]:
    return reuse_or_wipe(url, workdir, "tracing.db", persons, reuse)


def _scan_day_sql(dialect: str) -> str:
    """One day's scans for everyone: each person once per slot at a random venue and a random time between
    07:00 and 23:00, sorted by time (the log is appended in time order)."""
    if dialect == "sqlite":
        return ("INSERT INTO scan (venue_id, checked_at, received_at, subject, person_id, colour, result, method, "
                "account_id) SELECT v, t, t, NULL, p, 'green', 'pass', 'id', NULL FROM ("
                "SELECT person.id AS p, :vmin + abs(random()) % :vn AS v, "
                "datetime(:day, '+' || (25200 + abs(random()) % 57600) || ' seconds') || '.000000' AS t "
                "FROM person) ORDER BY t")
    return ("INSERT INTO scan (venue_id, checked_at, received_at, subject, person_id, colour, result, method, "
            "account_id) SELECT v, t, t, NULL, p, 'green', 'pass', 'id', NULL FROM ("
            "SELECT person.id AS p, :vmin + floor(random() * :vn)::int AS v, "
            "CAST(:day AS timestamp) + make_interval(secs => 25200 + floor(random() * 57600)) AS t "
            "FROM person) AS s ORDER BY t")


def _write_scans(url: str, per_day: int) -> tuple[int, int, float]:
    from fangkong.core.db import get_engine
    from fangkong.registry.models import Venue

    engine = get_engine(url)
    started = time.perf_counter()
    from fangkong.codes import partitions

    with engine.begin() as connection:
        connection.execute(text("DELETE FROM scan"))
        # PostgreSQL: the fortnight's day partitions (decision 0013); SQLite: nothing to do
        partitions.ensure_days(connection, [(NOW - timedelta(days=d)).date() for d in range(DAYS + 1)])
        vmin, vmax, venues = connection.execute(select(func.min(Venue.id), func.max(Venue.id), func.count())).one()
    if vmax - vmin + 1 != venues:
        raise SystemExit("venue ids are not contiguous: the scan generator assumes they are")
    statement = text(_scan_day_sql(engine.dialect.name))
    for day in range(DAYS, 0, -1):
        moment = (NOW - timedelta(days=day)).replace(hour=0, minute=0).strftime("%Y-%m-%d %H:%M:%S")
        for _slot in range(per_day):
            with engine.begin() as connection:
                connection.execute(statement, {"vmin": vmin, "vn": venues, "day": moment})
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("ANALYZE scan"))
        scans = int(connection.execute(text("SELECT count(*) FROM scan")).scalar_one())
    return scans, venues, time.perf_counter() - started


def _catch_up(url: str) -> float:
    from fangkong.codes.scantrace import catch_up
    from fangkong.core.db import transaction

    started = time.perf_counter()
    with transaction(url) as db:
        catch_up(db)
    return time.perf_counter() - started


def _copied(url: str) -> bool:
    engine = create_engine(url)
    with engine.connect() as connection:
        found = connection.execute(text("SELECT 1 FROM scan_visit LIMIT 1")).first()
    engine.dispose()
    return found is not None


def _cases(url: str, count: int, rng: random.Random) -> list[int]:
    from fangkong.core.db import transaction
    from fangkong.registry.models import Person
    from fangkong.tracing.models import Case, CaseClassification, ContactCandidate

    with transaction(url) as db:
        db.execute(ContactCandidate.__table__.delete())
        db.execute(CaseClassification.__table__.delete())
        db.execute(text("DELETE FROM transmission_link"))
        db.execute(text("UPDATE contact SET via_contact_id = NULL"))
        db.execute(text("DELETE FROM contact"))
        db.execute(Case.__table__.delete())
        low, high = db.execute(select(func.min(Person.id), func.max(Person.id))).one()
        persons = rng.sample(range(low, high + 1), count)
        db.execute(insert(Case), [dict(person_id=p, kind="confirmed", reported_at=NOW - timedelta(hours=2),
                                       onset_date=(NOW - timedelta(days=2)).date(), source="bench",
                                       source_kind="other", how_found="community", how_found_note="", form="{}",
                                       recorded_by="benchmark", recorded_at=NOW) for p in persons])
        return list(db.scalars(select(Case.id).order_by(Case.id)))


def _copy(url: str) -> tuple[float, int]:
    """Tracing's copy of the scan log by person and venue, built the way migration 0011 builds it for
    an existing log (copy, then index); in service each discovery then catches up the newest scans."""
    from fangkong.codes.models import ScanVisit
    from fangkong.codes.scantrace import catch_up
    from fangkong.core.db import get_engine, transaction

    engine = get_engine(url)
    started = time.perf_counter()
    indexes = list(ScanVisit.__table__.indexes)
    with engine.begin() as connection:
        for index in indexes:
            index.drop(connection, checkfirst=True)
        connection.execute(ScanVisit.__table__.delete())
    with transaction(url) as db:
        catch_up(db)  # its count is -1 on PostgreSQL's driver for INSERT ... SELECT: counted below
    with engine.begin() as connection:
        copied = int(connection.execute(text("SELECT count(*) FROM scan_visit")).scalar_one())
        for index in indexes:
            index.create(connection)
        if engine.dialect.name == "postgresql":
            connection.execute(text("ANALYZE scan_visit"))
    return time.perf_counter() - started, copied


def _discover(url: str, case_ids: list[int]) -> tuple[float, int]:
    from fangkong import policies
    from fangkong.core.db import transaction
    from fangkong.core.scope import system_actor
    from fangkong.tracing import flows

    policies.all_policies()  # loaded once per process in service: not part of a discovery
    started = time.perf_counter()
    with transaction(url) as db:
        result = flows.discover(db, system_actor("discovery benchmark"), case_ids)
    return time.perf_counter() - started, result.new


def _import_file(url: str, rows: int, rng: random.Random) -> bytes:
    from fangkong.core.db import transaction
    from fangkong.registry.models import Person, Venue

    with transaction(url) as db:
        numbers = list(db.scalars(select(Person.id_number).order_by(Person.id).limit(200_000)))
        codes = list(db.scalars(select(Venue.venue_code)))
    out = io.StringIO()
    out.write("身份证号,场所码,扫码时间\n")
    start = NOW + timedelta(hours=1)
    for i in range(rows):
        at = start + timedelta(seconds=i // 20)
        out.write(f"{numbers[i % len(numbers)]},{rng.choice(codes)},{at:%Y-%m-%d %H:%M:%S}\n")
    return out.getvalue().encode("gb18030")


def _import(url: str, content: bytes) -> tuple[float, int]:
    from fangkong.codes import scanimport
    from fangkong.core.db import transaction
    from fangkong.core.scope import system_actor

    with transaction(url) as db:  # a reused database: the rows of an earlier run's import go first
        db.execute(text("DELETE FROM scan_visit WHERE scan_id IN (SELECT id FROM scan WHERE method = 'import')"))
        db.execute(text("DELETE FROM scan WHERE method = 'import'"))
    started = time.perf_counter()
    with transaction(url) as db:
        report = scanimport.import_scans(db, system_actor("import benchmark"), content=content, filename="bench.csv")
    return time.perf_counter() - started, report.inserted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time contact discovery over 14 days of venue scans.")
    parser.add_argument("--persons", type=int, required=True)
    parser.add_argument("--database", default=None, help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--reuse", action="store_true", help="reuse a city of exactly --persons (and its scans)")
    parser.add_argument("--scans-per-day", type=int, default=2)
    parser.add_argument("--import-rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=2022)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="fangkong-tracing-bench-") as workdir:
        url, reused = _prepare(args.database, Path(workdir), args.persons, args.reuse)
        from fangkong.core import clock
        from fangkong.core.migrate import upgrade

        clock.set_clock(NOW)
        upgrade(url)
        if not reused:
            from fangkong.drill.city import generate_city

            generate_city(url, population=args.persons, seed=args.seed, replace=False, progress=False)
        scans_engine = create_engine(url)
        with scans_engine.connect() as connection:
            existing = int(connection.execute(text("SELECT count(*) FROM scan")).scalar_one())
        scans_engine.dispose()
        scan_seconds = 0.0
        if not reused or existing < args.persons * args.scans_per_day * DAYS:
            existing, _venues, scan_seconds = _write_scans(url, args.scans_per_day)
            print(f"scans written: {existing:,} in {scan_seconds:.0f} s", file=sys.stderr)
        copy_seconds = 0.0
        if scan_seconds or not _copied(url):
            copy_seconds, copied = _copy(url)
            print(f"scan_visit copied: {copied:,} rows in {copy_seconds:.0f} s", file=sys.stderr)
        catch_up_seconds = _catch_up(url)  # scans imported by an earlier run of a reused database
        case_ids = _cases(url, 101, rng)
        seconds_one, candidates_one = _discover(url, case_ids[:1])
        print(f"one case: {seconds_one:.2f} s, {candidates_one} candidates", file=sys.stderr)
        seconds_100, candidates_100 = _discover(url, case_ids[1:])
        print(f"100 cases: {seconds_100:.2f} s, {candidates_100} candidates", file=sys.stderr)
        content = _import_file(url, args.import_rows, rng)
        import_seconds, imported = _import(url, content)
        from fangkong.registry.models import Venue

        engine = create_engine(url)
        with engine.connect() as connection:
            venues = int(connection.execute(select(func.count()).select_from(Venue)).scalar_one())
        engine.dispose()
        print(json.dumps({
            "persons": args.persons, "scans": existing, "seconds_one": round(seconds_one, 3),
            "seconds_100": round(seconds_100, 3), "candidates_one": candidates_one,
            "candidates_100": candidates_100, "import_rows": imported, "import_seconds": round(import_seconds, 2),
            "import_rows_per_s": round(imported / import_seconds) if import_seconds else None,
            "scan_write_seconds": round(scan_seconds, 1), "copy_seconds": round(copy_seconds, 1),
            "catch_up_seconds": round(catch_up_seconds, 1),
            "venues": venues, "reused_city": reused,
            "database": url.split(":", 1)[0], "python": sys.version.split()[0],
        }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
