"""Time a room-allocation proposal: `python benchmarks/room_allocation.py --persons 10000 --sites 50`.

A generated city of N persons (drill.city, not timed) and S open quarantine hotels whose rooms (1-3 beds,
some family and accessible rooms) hold about 1.1 times the persons (not timed). Timed: the proposal the
staff page asks for, through isolation.service.propose_rooms — every person's profile from the registry,
every free room of the open sites, and the allocation itself — for all N persons at once. Then the
capacity board over the same sites (seconds_board). The last line printed is one JSON object:
{"persons", "sites", "rooms", "placed", "unplaced", "unplaced_reasons", "rooms_used", "seconds",
"seconds_board", "database"}.

Without --database a temporary SQLite file is used; a PostgreSQL --database is WIPED first.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

from benchdb import database_url, wipe
from sqlalchemy import insert, select


def _sites(url: str, sites: int, persons: int, rng: random.Random) -> int:
    from fangkong.core.db import transaction
    from fangkong.core.scope import system_actor
    from fangkong.isolation import service
    from fangkong.isolation.models import Room
    from fangkong.registry import service as registry

    actor = system_actor("benchmark")
    rooms = 0
    with transaction(url) as db:
        districts = [d.id for d in registry.districts(db)]
        per_site = int(persons * 1.1 / 1.6 / sites) + 1
        now = datetime(2022, 11, 25, 8)
        for index in range(sites):
            site = service.create_site(db, actor, name=f"基准隔离酒店{index + 1:02d}", kind="hotel",
                                       district_id=districts[index % len(districts)], state="requisitioned")
            rows = []
            for number in range(per_site):
                family = rng.random() < 0.2
                rows.append({"site_id": site.id, "number": f"{number // 40 + 2}{number % 40 + 1:02d}",
                             "floor": number // 40 + 2, "beds": 3 if family else rng.choice((1, 1, 2)),
                             "accessible": rng.random() < 0.08, "family": family, "state": "free", "state_at": now})
            db.execute(insert(Room), rows)
            rooms += len(rows)
    return rooms


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time a room-allocation proposal on a generated city.")
    parser.add_argument("--persons", type=int, default=10_000, help="persons to allocate (and the city's size)")
    parser.add_argument("--sites", type=int, default=50)
    parser.add_argument("--database", default=None, help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--seed", type=int, default=2022)
    args = parser.parse_args(argv)
    from fangkong.core.clock import set_clock
    from fangkong.core.db import transaction
    from fangkong.core.migrate import upgrade
    from fangkong.core.scope import system_actor
    from fangkong.drill.city import generate_city
    from fangkong.isolation import service
    from fangkong.registry.models import Person

    with tempfile.TemporaryDirectory(prefix="fangkong-bench-") as workdir:
        url = database_url(args.database, Path(workdir), "city.db")
        wipe(url)
        upgrade(url)
        generate_city(url, population=args.persons, seed=args.seed, replace=False, progress=False)
        rng = random.Random(args.seed)
        rooms = _sites(url, args.sites, args.persons, rng)
        set_clock(datetime(2022, 11, 25, 9))
        actor = system_actor("benchmark")
        with transaction(url) as db:
            person_ids = list(db.scalars(select(Person.id).order_by(Person.id).limit(args.persons)))
            needs = {pid for pid in person_ids if rng.random() < 0.02}
            started = time.perf_counter()
            proposal = service.propose_rooms(db, actor, person_ids=person_ids, needs_accessible=needs)
            seconds = time.perf_counter() - started
            started = time.perf_counter()
            service.board(db, actor, now=datetime(2022, 11, 25, 9))
            seconds_board = time.perf_counter() - started
        result = {"persons": len(person_ids), "sites": args.sites, "rooms": rooms,
                  "placed": len(proposal.plan.placed), "unplaced": len(proposal.plan.unplaced),
                  "unplaced_reasons": dict(Counter(proposal.plan.unplaced.values())),
                  "rooms_used": len(proposal.plan.rooms), "seconds": round(seconds, 3),
                  "seconds_board": round(seconds_board, 4),
                  "database": "postgresql" if url.startswith("postgresql") else "sqlite"}
        print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
