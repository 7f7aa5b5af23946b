"""Time the registry search (decision 0015): `python benchmarks/search.py --persons 5300000 [--database URL]`.

Builds a generated city (or, with --reuse, keeps the one in --database if it has exactly --persons
persons), then times `registry.search.search` as a page calls it (one committed transaction each, its
audit entry included) for a grid worker, a street, a district and the commander, with queries taken from
persons and households of each one's jurisdiction: the last 4 and 6 digits of an identity number, the
last 4 of a phone, a whole identity number, pinyin initials, a name, a door ("502"), a full address
("3号楼2单元502") and its short form ("3-2-502"). The first pass warms the caches and is not counted.
A PostgreSQL --database is wiped first unless --reuse finds the city. The last line printed is one JSON
object: {"persons", "p50_ms", "p95_ms", "per_kind", "per_actor", "searches", "database", ...}.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchdb import prepared_city, reuse_or_wipe
from sqlalchemy import select, text

ACTORS = ("grid", "street", "district", "commander")


def _targets(db: Any, actor: Any, rng: random.Random, count: int) -> list[tuple[str, str]]:
    """(kind, query) pairs from persons and households in the actor's jurisdiction."""
    from fangkong.registry.models import Household, Person, Place
    from fangkong.registry.search import SMALL_SCOPES  # noqa: F401 - the same module the pages use
    from fangkong.registry.service import scope_clause

    low, high = db.execute(select(text("min(id)"), text("max(id)")).select_from(Person)
                           .where(scope_clause(actor, Person))).one()
    queries: list[tuple[str, str]] = []
    while len(queries) < count * 9:
        start = rng.randint(low, high)
        person = db.scalars(select(Person).where(Person.id >= start, scope_clause(actor, Person))
                            .order_by(Person.id).limit(1)).first()
        if person is None:
            continue
        household = db.get(Household, person.household_id)
        unit = db.get(Place, household.unit_id)
        building = db.get(Place, unit.building_id)
        queries += [("id_last4", person.id_number[-4:]), ("id_last6", person.id_number[-6:]),
                    ("id_full", person.id_number), ("initials", person.name_initials or "zs"),
                    ("name", person.name)]
        if unit.name.endswith("号"):  # a village house: "后街55号"
            queries.append(("address", f"{building.name}{unit.name}"))
        else:
            door, unit_no, building_no = household.door_key.split("-")[:3]
            queries += [("door", household.door), ("address", f"{building.name}{unit.name}{household.door}"),
                        ("address_short", f"{building_no}-{unit_no}-{door}")]
        if person.phone:
            queries.append(("phone_last4", person.phone[-4:]))
    return queries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the registry search on a generated city.")
    parser.add_argument("--persons", type=int, required=True, help="residents of the city")
    parser.add_argument("--database", default=None, help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--reuse", action="store_true", help="keep the city in --database if it has --persons")
    parser.add_argument("--targets", type=int, default=12, help="persons drawn per actor (9 queries each)")
    parser.add_argument("--seed", type=int, default=2022)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="fangkong-bench-") as workdir:
        url, reused = reuse_or_wipe(args.database, Path(workdir), "city.db", args.persons, args.reuse)
        city_seconds = prepared_city(url, reused, args.persons, args.seed)

        from fangkong.core.db import get_engine, transaction
        from fangkong.core.models import Account
        from fangkong.registry import search
        from fangkong.registry.service import actor_for

        rng = random.Random(args.seed)
        with transaction(url) as db:
            accounts = {a.username: a for a in db.scalars(select(Account).where(Account.username.in_(ACTORS)))}
            actors = {name: actor_for(db, accounts[name]) for name in ACTORS if name in accounts}
            work = [(name, kind, q) for name, actor in actors.items()
                    for kind, q in _targets(db, actor, rng, args.targets)]
        rng.shuffle(work)
        samples: list[tuple[str, str, float, int]] = []
        for pass_ in range(2):
            for name, kind, q in work:
                with transaction(url) as db:  # committed, as a page's request is (its audit entry)
                    begin = time.perf_counter()
                    result = search.search(db, actors[name], q)
                    elapsed = (time.perf_counter() - begin) * 1000
                if pass_:  # the first pass warms the caches
                    samples.append((name, kind, elapsed, len(result.persons) + len(result.households)))
        persons = 0
        with transaction(url) as db:
            persons = db.scalar(text("SELECT count(*) FROM person")) or 0
        get_engine(url).dispose()

    def pct(values: list[float], p: float) -> float:
        ordered = sorted(values)
        return round(ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))], 1)

    every = [ms for _n, _k, ms, _f in samples]
    by_kind: dict[str, list[float]] = {}
    by_actor: dict[str, list[float]] = {}
    for name, kind, ms, _found in samples:
        by_kind.setdefault(kind, []).append(ms)
        by_actor.setdefault(name, []).append(ms)
    empty = sum(1 for *_rest, found in samples if found == 0)
    result = {
        "persons": persons,
        "p50_ms": round(statistics.median(every), 1),
        "p95_ms": pct(every, 0.95),
        "max_ms": round(max(every), 1),
        "per_kind": {k: {"p50_ms": round(statistics.median(v), 1), "p95_ms": pct(v, 0.95)} for k, v in by_kind.items()},
        "per_actor": {k: {"p50_ms": round(statistics.median(v), 1), "p95_ms": pct(v, 0.95)}
                      for k, v in by_actor.items()},
        "searches": len(samples),
        "found_nothing": empty,
        "database": "postgresql" if url.startswith("postgresql") else "sqlite",
        "city_seconds": round(city_seconds, 1),
        "reused_city": reused,
    }
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
