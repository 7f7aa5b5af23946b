"""Time the support lists and the commander's overview: `python benchmarks/support_load.py --persons 5300000`.

A city of N persons (drill.city, not timed) and --requests open help requests (100,000 by default) spread
over the city: every kind, deadlines from two hours ago to ten hours ahead (about a fifth overdue), a
share already accepted, a few medical emergencies, the demo compound's team. The requests are written
set-based (one INSERT ... SELECT, not timed) with the escalation sweep run once, as the running platform
keeps them. Then, --rounds times each, through the support service with the demo accounts:
  overview (commander: open / overdue / escalated per district, with the sweep),
  commander_list, district_list, grid_list, team_list (the 100 most urgent open requests of each scope,
  with their persons' cards), emergencies (the commander's live emergencies). The clock moves 30 s a
  round, so the lists' escalation sweep (at most once a platform minute) raises the requests whose
  deadlines pass, about 140 a minute per level with this spread.
The last line printed is one JSON object: {"persons", "open_requests", "p50_ms", "p95_ms", "per_query", ...}.

Without --database a temporary SQLite file is used. A PostgreSQL --database is WIPED first.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from benchdb import database_url, wipe
from sqlalchemy import func, literal, select, text

NOW = datetime(2022, 12, 5, 10, 0)


def _seed_requests(url: str, count: int) -> tuple[int, int]:
    """`count` open requests of persons spread evenly over the city, in one INSERT ... SELECT; returns the
    city's persons and the requests written."""
    from fangkong.core.db import transaction
    from fangkong.registry.models import Person
    from fangkong.support.models import KINDS, HelpRequest

    with transaction(url) as db:
        persons = db.scalar(select(func.count()).select_from(Person)) or 0
        step = max(1, persons // count)
        n = Person.id
        kinds = list(KINDS)
        # Deterministic spread: kind by id, deadline offset from -120 to +600 minutes by id.
        kind_case = _case_by_mod(n, kinds)
        offset = (n % 720) - 120
        due = _plus_minutes(db, offset)
        state = _case_by_mod(n // 7, ["open", "open", "accepted", "in_progress"])
        columns = ["person_id", "kind", "priority", "channel", "text", "sealed", "state", "escalation", "filed_by",
                   "filed_at", "ack_due", "fulfil_due", "due_at", "fulfilment_note", "hospital", "district_id",
                   "street_id", "community_id", "grid_id", "compound_id", "building_id", "unit_id"]
        source = (select(Person.id, kind_case, (n % 3) + 1, literal("self"), literal(""), literal(False), state,
                         literal(0), literal("bench"), literal(NOW - timedelta(hours=3)), due, due, due, literal(""),
                         literal(""), Person.district_id, Person.street_id, Person.community_id, Person.grid_id,
                         Person.compound_id, Person.building_id, Person.unit_id)
                  .where((n % step) == 0).order_by(Person.id).limit(count))
        db.execute(HelpRequest.__table__.insert().from_select(columns, source))
        return persons, db.scalar(select(func.count()).select_from(HelpRequest)) or 0


def _clear_support(url: str) -> None:
    from sqlalchemy import delete

    from fangkong.core.db import transaction
    from fangkong.support.models import AccessUse, HelpEscalation, HelpRequest

    with transaction(url) as db:
        for model in (AccessUse, HelpEscalation, HelpRequest):
            db.execute(delete(model))


def _case_by_mod(column: Any, values: list[str]) -> Any:
    from sqlalchemy import case

    return case(*[((column % len(values)) == i, literal(v)) for i, v in enumerate(values)], else_=literal(values[0]))


def _plus_minutes(db: Any, minutes: Any) -> Any:
    """NOW + minutes as a timestamp expression on either database."""
    if db.bind.dialect.name == "sqlite":
        # SQLAlchemy stores SQLite datetimes as text with microseconds: write them the same way.
        return func.datetime(literal(NOW.strftime("%Y-%m-%d %H:%M:%S")), func.printf("%+d minutes", minutes)) \
            .concat(".000000")
    return literal(NOW) + func.make_interval(0, 0, 0, 0, 0, minutes)


def _time(fn: Any) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the support lists and overview on a generated city.")
    parser.add_argument("--persons", type=int, required=True, help="residents of the city")
    parser.add_argument("--requests", type=int, default=100_000, help="open help requests (100,000)")
    parser.add_argument("--rounds", type=int, default=20, help="timed runs of each query")
    parser.add_argument("--database", default=None, help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--seed", type=int, default=2022)
    parser.add_argument("--existing", action="store_true",
                        help="reuse the city already in --database (only the support tables are cleared)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="fangkong-bench-") as workdir:
        url = database_url(args.database, Path(workdir), "city.db")
        if not args.existing:
            wipe(url)
        os.environ["FANGKONG_DATABASE_URL"] = url

        from fangkong.core import clock
        from fangkong.core.config import get_settings
        from fangkong.core.db import get_engine, transaction
        from fangkong.core.migrate import upgrade
        from fangkong.core.models import Account
        from fangkong.drill.city import generate_city
        from fangkong.registry.service import actor_for
        from fangkong.support import service

        get_settings.cache_clear()
        started = time.perf_counter()
        upgrade(url)
        if args.existing:
            _clear_support(url)
        else:
            generate_city(url, population=args.persons, seed=args.seed, replace=False, progress=False)
        city_seconds = time.perf_counter() - started
        clock.set_clock(NOW)
        seeded = time.perf_counter()
        persons, open_requests = _seed_requests(url, args.requests)
        with transaction(url) as db:
            raised = service.escalate_overdue(db, NOW)  # the running platform's sweep has seen them
        # Statistics and no dead index entries from the bulk load and first sweep, as PostgreSQL's autovacuum
        # keeps a running table (on SQLite: `ANALYZE` once after loading).
        with get_engine(url).connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            if url.startswith("postgresql"):
                connection.execute(text("VACUUM ANALYZE help_request"))
                connection.execute(text("VACUUM ANALYZE help_escalation"))
            else:
                connection.execute(text("ANALYZE"))
        seed_seconds = time.perf_counter() - seeded

        with transaction(url) as db:
            accounts = {a.username: a for a in db.scalars(select(Account).where(
                Account.username.in_(["commander", "district", "grid", "property"])))}
            actors = {name: actor_for(db, account) for name, account in accounts.items()}
        queries = {
            "overview": lambda db: service.overview(db, actors["commander"]),
            "commander_list": lambda db: service.requests_in_scope(db, actors["commander"]),
            "district_list": lambda db: service.requests_in_scope(db, actors["district"]),
            "grid_list": lambda db: service.requests_in_scope(db, actors["grid"]),
            "team_list": lambda db: service.requests_in_scope(db, actors["property"]),
            "emergencies": lambda db: service.live_emergencies(db, actors["commander"]),
        }
        samples: dict[str, list[float]] = {name: [] for name in queries}
        for round_ in range(args.rounds + 1):
            clock.set_clock(NOW + timedelta(seconds=30 * round_))  # the clock moves: the sweep runs each time
            for name, query in queries.items():
                with transaction(url) as db:  # committed, as a page's request is (sweep and audit entries)
                    elapsed = _time(lambda q=query, d=db: q(d))
                if round_:  # the first round warms the caches
                    samples[name].append(elapsed)
        get_engine(url).dispose()

    every = sorted(ms for values in samples.values() for ms in values)

    def pct(values: list[float], p: float) -> float:
        return round(sorted(values)[min(len(values) - 1, int(round(p * (len(values) - 1))))], 1)

    result = {
        "persons": persons,
        "open_requests": open_requests,
        "p50_ms": round(statistics.median(every), 1),
        "p95_ms": pct(every, 0.95),
        "per_query": {name: {"p50_ms": round(statistics.median(v), 1), "p95_ms": pct(v, 0.95)}
                      for name, v in samples.items()},
        "escalated_at_seed": raised,
        "rounds": args.rounds,
        "database": "postgresql" if url.startswith("postgresql") else "sqlite",
        "city_seconds": round(city_seconds, 1),
        "seed_seconds": round(seed_seconds, 1),
    }
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
