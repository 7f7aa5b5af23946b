"""Time the capacity board and forecast: `python benchmarks/capacity_board.py --persons 5300000 --stays 50000`.

A generated city of N persons (drill.city, not timed), 100 open quarantine hotels with rooms for the
stays and 20 in reserve, S open centralised stays of persons spread over the city with planned ends over
the coming week, and 2,000 waiting quarantine requests (all written in bulk, not timed). Timed: the
capacity board (isolation.service.board) and the 7-day forecast (isolation.service.forecast), each the
median of 5 runs. The last line printed is one JSON object:
{"persons", "stays", "sites", "rooms", "seconds_board", "seconds_forecast", "database"}.

Without --database a temporary SQLite file is used; a PostgreSQL --database is WIPED first unless
--existing is given (then the city there is reused and only the isolation tables are refilled).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from benchdb import database_url, wipe
from sqlalchemy import delete, func, insert, select

NOW = datetime(2022, 11, 28, 10, 0)


def _fill(url: str, stays: int) -> tuple[int, int]:
    from fangkong.core.db import transaction
    from fangkong.isolation import models as m
    from fangkong.registry.models import Person

    with transaction(url) as db:
        for model in (m.TransferMember, m.TransferBatch, m.IsolationTask, m.DailyCheck, m.StayTest,
                      m.CheckpointArrival, m.QuarantineRequest, m.QuarantineStay, m.Room, m.SiteEvent,
                      m.QuarantineSite):
            db.execute(delete(model))
        per_site = stays // 100 + 50
        for index in range(120):
            db.execute(insert(m.QuarantineSite).values(
                name=f"基准酒店{index:03d}", kind="hotel", state="in_use" if index < 100 else "reserve", state_at=NOW,
                readiness={}, created_by="bench", created_at=NOW, address="", operator="", staff_team=""))
        site_ids = list(db.scalars(select(m.QuarantineSite.id).order_by(m.QuarantineSite.id)))
        rows = [{"site_id": site, "number": str(1000 + n), "floor": 1 + n // 50, "beds": 1, "accessible": False,
                 "family": False, "state": "free", "state_at": NOW} for site in site_ids for n in range(per_site)]
        for start in range(0, len(rows), 20_000):
            db.execute(insert(m.Room), rows[start:start + 20_000])
        total = db.scalar(select(func.count()).select_from(Person))
        step = max(1, total // stays)
        persons = list(db.scalars(select(Person.id).where(Person.id % step == 0).order_by(Person.id).limit(stays)))
        rooms = list(db.execute(select(m.Room.id, m.Room.site_id).where(m.Room.site_id.in_(site_ids[:100]))
                                .order_by(m.Room.site_id, m.Room.id)))
        stay_rows = []
        for index, person in enumerate(persons):
            room_id, site_id = rooms[index]
            start = NOW - timedelta(days=index % 5, hours=1)
            stay_rows.append({"person_id": person, "kind": "centralised", "start_at": start, "end_at": None,
                              "site": "基准酒店", "reason": "bench", "recorded_by": "bench", "recorded_at": NOW,
                              "policy_key": "twenty_measures", "group": "close_contact", "phase": 0,
                              "planned_days": 5, "test_days": "1,2,3,5", "day_zero": start.date() - timedelta(days=1),
                              "planned_end_at": datetime.combine(start.date() + timedelta(days=5), datetime.min.time()),
                              "state": "active", "site_id": site_id, "room_id": room_id, "mood_check": False})
        for start in range(0, len(stay_rows), 10_000):
            db.execute(insert(m.QuarantineStay), stay_rows[start:start + 10_000])
        occupied = [room_id for room_id, _site in rooms[:len(persons)]]
        for start in range(0, len(occupied), 20_000):
            db.execute(m.Room.__table__.update().where(m.Room.id.in_(occupied[start:start + 20_000]))
                       .values(state="occupied"))
        db.execute(insert(m.QuarantineRequest), [
            {"person_id": persons[i % len(persons)], "reason": "close_contact", "case_id": i % 100, "note": "",
             "state": "waiting", "requested_by": "bench", "requested_at": NOW - timedelta(hours=i % 100)}
            for i in range(2000)])
        return len(persons), len(rows)


def _median(run: object, repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the isolation capacity board and forecast.")
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--stays", type=int, default=50_000)
    parser.add_argument("--database", default=None)
    parser.add_argument("--existing", action="store_true", help="reuse the city already in --database")
    parser.add_argument("--seed", type=int, default=2022)
    args = parser.parse_args(argv)
    from fangkong.core.db import transaction
    from fangkong.core.migrate import upgrade
    from fangkong.core.scope import system_actor
    from fangkong.drill.city import generate_city
    from fangkong.isolation import service

    with tempfile.TemporaryDirectory(prefix="fangkong-bench-") as workdir:
        url = database_url(args.database, Path(workdir), "city.db")
        if not args.existing:
            wipe(url)
            upgrade(url)
            generate_city(url, population=args.persons, seed=args.seed, replace=False, progress=False)
        else:
            upgrade(url)
        stays, rooms = _fill(url, args.stays)
        actor = system_actor("benchmark")
        with transaction(url) as db:
            seconds_board = _median(lambda: service.board(db, actor, now=NOW))
            seconds_forecast = _median(lambda: service.forecast(db, actor, now=NOW))
            board = service.board(db, actor, now=NOW)
            db.rollback()
        print(json.dumps({"persons": args.persons, "stays": stays, "sites": 120, "rooms": rooms,
                          "guests": board.city.guests, "seconds_board": round(seconds_board, 4),
                          "seconds_forecast": round(seconds_forecast, 4),
                          "database": "postgresql" if url.startswith("postgresql") else "sqlite"}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
