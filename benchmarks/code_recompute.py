"""Time the health-code recompute: `python benchmarks/code_recompute.py --persons 1000000 [--database URL]`.

Builds the synthetic city (or reuses one of the same size with --reuse), seeds facts — the seed notice
第198号 plus a notice of high-risk compounds (through the areas service: draft, review, publish),
cases, close and secondary contacts, quarantine stays, declared arrivals, approved overrides, and
overdue tests when the testing domain schedules them — then times

- a full recompute of every person (`codes.service.recompute(db, now=...)` + commit), and
- a single person after one new fact (a close contact recorded, then `recompute(person_ids=[id])` + commit).

Facts are bulk-inserted the way the city generator writes its rows (a benchmark of the engine, not
of the recording services). A PostgreSQL --database is wiped first unless --reuse finds a city of
the size asked for. The last line printed is one JSON object:
{"persons", "seconds_full", "ms_single", "database", "non_green", ...}.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from benchdb import reuse_or_wipe
from sqlalchemy import delete, func, insert, select, text

NOW = datetime(2022, 12, 3, 12, 0)
SEED_NOTICE = Path(__file__).parents[1] / "tests" / "fixtures" / "notices" / "seed_198_newspaper.txt"


def _prepare(url: str | None, workdir: Path, persons: int, reuse: bool) -> tuple[str, bool]:
    return reuse_or_wipe(url, workdir, "codes.db", persons, reuse)


def _clear_facts(db) -> None:  # type: ignore[no-untyped-def]
    from fangkong.areas.models import Notice, NoticeChange, NoticeExclusion, NoticePlace
    from fangkong.codes.models import CodeOverride, CodeReason, CodeRun, Declaration, HealthCode
    from fangkong.isolation.models import QuarantineStay
    from fangkong.tracing.models import Case, Contact

    for model in (CodeReason, HealthCode, CodeRun, CodeOverride, Declaration, QuarantineStay):
        db.execute(delete(model))
    db.execute(text("UPDATE contact SET via_contact_id = NULL"))
    for model in (Contact, Case, NoticeExclusion, NoticePlace, NoticeChange, Notice):
        db.execute(delete(model))


def _publish(db, actor, notice_id: int) -> None:  # type: ignore[no-untyped-def]
    from fangkong.areas import service as areas

    for row in areas.review_queue(db, actor, notice_id):
        best = row.options[0] if row.options else None
        if best:
            areas.resolve_place(db, actor, row.id, place_id=best.get("place_id"), venue_id=best.get("venue_id"))
        else:
            areas.resolve_place(db, actor, row.id, block=True)
    areas.publish(db, actor, notice_id)


def _seed(url: str, rng: random.Random, compounds: int) -> dict[str, int]:
    from fangkong.areas import service as areas
    from fangkong.codes.models import CodeOverride, Declaration
    from fangkong.core.db import transaction
    from fangkong.core.scope import system_actor
    from fangkong.isolation.models import QuarantineStay
    from fangkong.registry.models import Person, Place
    from fangkong.tracing.models import Case, Contact

    actor = system_actor("code benchmark")
    with transaction(url) as db:
        _clear_facts(db)
    with transaction(url) as db:
        seed = areas.draft_notice(db, actor, SEED_NOTICE.read_text(encoding="utf-8"), default_year=2022)
        _publish(db, actor, seed.id)
        districts = {d.id: d.name for d in __import__("fangkong.registry.service", fromlist=["x"]).districts(db)}
        rows = db.execute(select(Place.name, Place.district_id).where(Place.level == "compound")
                          .order_by(Place.id)).all()
        picked = rng.sample(rows, min(compounds, len(rows)))
        by_district: dict[str, list[str]] = {}
        for name, district_id in picked:
            by_district.setdefault(districts.get(district_id, ""), []).append(name)
        changes = [{"action": "add", "level_to": "high", "district": d, "places": sorted(set(names))}
                   for d, names in by_district.items() if d]
        extra = areas.draft_from_changes(db, actor, {"number": "2022年第199号", "effective": "2022-12-02T00:00",
                                                     "published": "2022-12-01", "changes": changes})
        _publish(db, actor, extra.id)
    with transaction(url) as db:
        low, high = db.execute(select(func.min(Person.id), func.max(Person.id))).one()

        def people(n: int) -> list[int]:
            return [rng.randint(low, high) for _ in range(n)]

        stamp = dict(recorded_by="benchmark", recorded_at=NOW)
        infected = people(2000)
        db.execute(insert(Case), [dict(person_id=p, kind=rng.choice(("confirmed", "asymptomatic")),
                                       reported_at=NOW - timedelta(days=rng.randint(0, 20)), source="bench", **stamp)
                                  for p in infected])
        case_ids = list(db.scalars(select(Case.id)))
        db.execute(insert(Contact), [dict(person_id=p, kind="close", case_id=rng.choice(case_ids),
                                          exposure_at=NOW - timedelta(days=rng.randint(0, 10)), note="", **stamp)
                                     for p in people(20000)])
        close_ids = list(db.scalars(select(Contact.id).limit(5000)))
        db.execute(insert(Contact), [dict(person_id=p, kind="secondary", via_contact_id=rng.choice(close_ids),
                                          exposure_at=NOW - timedelta(days=rng.randint(0, 10)), note="", **stamp)
                                     for p in people(20000)])
        kinds = ("centralised", "home_quarantine", "home_monitoring")
        stays = []
        for p in people(30000):
            start = NOW - timedelta(days=rng.randint(0, 12))
            stays.append(dict(person_id=p, kind=rng.choice(kinds), start_at=start,
                              end_at=start + timedelta(days=rng.choice((5, 7, 10))), site="隔离酒店", reason="bench",
                              **stamp))
        db.execute(insert(QuarantineStay), stays)
        db.execute(insert(Declaration), [dict(person_id=p, from_city="西安", from_risk_area=rng.random() < 0.6,
                                              arrival_at=NOW - timedelta(hours=rng.randint(1, 72)), note="",
                                              declared_by="benchmark", declared_at=NOW) for p in people(5000)])
        db.execute(insert(CodeOverride), [dict(person_id=p, colour=rng.choice(("green", "yellow", "red")),
                                               reason="bench", expires_at=NOW + timedelta(days=3), state="approved",
                                               requested_by="a", requested_at=NOW, decided_by="b", decided_at=NOW,
                                               decision_note="") for p in people(100)])
    return {"cases": 2000, "close_contacts": 20000, "secondary_contacts": 20000, "stays": 30000,
            "declarations": 5000, "overrides": 100, "notice_compounds": len(picked)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the set-based health-code recompute.")
    parser.add_argument("--persons", type=int, required=True)
    parser.add_argument("--database", default=None, help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--reuse", action="store_true", help="reuse a city of exactly --persons in --database")
    parser.add_argument("--compounds", type=int, default=150, help="compounds in the benchmark's high-risk notice")
    parser.add_argument("--singles", type=int, default=20, help="single-person updates to time")
    parser.add_argument("--seed", type=int, default=2022)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="fangkong-codes-") as workdir:
        url, reused = _prepare(args.database, Path(workdir), args.persons, args.reuse)
        os.environ["FANGKONG_DATABASE_URL"] = url

        from fangkong.codes import service as codes
        from fangkong.codes.models import HealthCode
        from fangkong.core import clock
        from fangkong.core.config import get_settings
        from fangkong.core.db import get_engine, transaction
        from fangkong.core.migrate import upgrade
        from fangkong.drill.city import generate_city
        from fangkong.registry.models import Person
        from fangkong.tracing.models import Contact

        get_settings.cache_clear()
        upgrade(url)
        generate_seconds = None
        if not reused:
            report = generate_city(url, population=args.persons, seed=args.seed, replace=False, progress=False)
            generate_seconds = round(report.seconds, 1)
        clock.set_clock(NOW)
        rng = random.Random(args.seed)
        seeded = _seed(url, rng, args.compounds)
        if url.startswith("postgresql"):
            with get_engine(url).connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.execute(text("VACUUM ANALYZE"))

        started = time.perf_counter()
        with transaction(url) as db:
            codes.recompute(db, now=NOW)
        seconds_full = time.perf_counter() - started
        with transaction(url) as db:
            non_green = db.scalar(select(func.count()).select_from(HealthCode).where(
                (HealthCode.severity > 0) | HealthCode.popup)) or 0
            stored = db.scalar(select(func.count()).select_from(HealthCode)) or 0
            low, high = db.execute(select(func.min(Person.id), func.max(Person.id))).one()
            case_id = db.scalar(select(func.min(Contact.case_id)))

        timings = []
        for _ in range(args.singles):
            pid = rng.randint(low, high)
            with transaction(url) as db:  # the new fact, written as a service would
                db.add(Contact(person_id=pid, kind="close", case_id=case_id, exposure_at=NOW - timedelta(hours=2),
                               note="", recorded_by="benchmark", recorded_at=NOW))
            one = time.perf_counter()
            with transaction(url) as db:
                codes.recompute(db, now=NOW, person_ids=[pid])
            timings.append((time.perf_counter() - one) * 1000)
            with transaction(url) as db:
                colour = codes.stored_reasons(db, [pid], NOW)[pid].colour
            assert colour == "red", (pid, colour)
        database = "sqlite" if url.startswith("sqlite") else "postgresql"
        get_engine(url).dispose()
        result = {
            "persons": args.persons, "seconds_full": round(seconds_full, 2),
            "ms_single": round(statistics.median(timings), 1), "ms_single_max": round(max(timings), 1),
            "database": database, "non_green": non_green, "stored_codes": stored, "facts": seeded,
            "city_generate_seconds": generate_seconds, "reused_city": reused, "python": sys.version.split()[0],
            "note": "2-core machine shared with other work: rough figures",
        }
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
