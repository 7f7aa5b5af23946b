"""Where to be tested (issue 17, item 9): the cost of the live queue estimate and of the public sampling page.

    python benchmarks/sampling_sites.py --persons 100000 [--database URL]

A city of N persons (drill.city, not timed); in every district SITES sampling sites at its streets; a
whole-city round whose every member is sampled (testing.service.register_samples_bulk, not timed), spread over
the sites of the person's district and over the three hours before "now", so a sixth of the samples fall in the
last half hour. Timed, REPS times each:
  - queue_ms: finder.queue_estimates for one district's sites (the one GROUP BY of the half hour);
  - page_ms: GET /public/sampling?place=<a street> through the app, with a fresh query each time so the public
    cache never answers (the cost of a cache miss; a hit is served from memory).
Last line: JSON {"persons", "samples", "sites", "queue_p50_ms", "queue_p95_ms", "page_p50_ms", "page_p95_ms"}.
A PostgreSQL --database is WIPED first."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from benchdb import database_url, wipe
from sqlalchemy import func, select

SITES = 12
SLOTS = 18  # ten-minute slots over three hours


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--database", default=None, help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--reps", type=int, default=40)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="fangkong-bench-") as workdir:
        url = database_url(args.database, Path(workdir), "city.db")
        wipe(url)
        os.environ["FANGKONG_DATABASE_URL"] = url

        from fastapi.testclient import TestClient

        from fangkong.core import clock
        from fangkong.core.config import get_settings
        from fangkong.core.db import get_engine, transaction
        from fangkong.core.migrate import upgrade
        from fangkong.core.scope import system_actor
        from fangkong.drill.city import generate_city
        from fangkong.registry import service as registry
        from fangkong.registry.models import Person
        from fangkong.testing import finder
        from fangkong.testing import service as testing
        from fangkong.testing.models import Sample
        from fangkong.web.app import create_app

        get_settings.cache_clear()
        upgrade(url)
        generate_city(url, population=args.persons, seed=2022, replace=False, progress=False)
        actor = system_actor("benchmark")
        now = datetime(2022, 11, 30, 12, 0)
        clock.set_clock(now - timedelta(hours=4))
        district_sites: dict[int, list[int]] = {}
        with transaction(url) as db:
            rnd = testing.create_round(db, actor, name="全员核酸检测", kind="city_wide", whole_city=True,
                                       starts_at=now - timedelta(hours=4), ends_at=now + timedelta(hours=6))
            for district in registry.districts(db):
                streets = registry.places_at_levels(db, district.id, ("street",))
                for index in range(SITES):
                    site = testing.create_site(db, actor, name=f"{district.name}采样点{index + 1}",
                                               place_id=streets[index % len(streets)].id, opens="07:00",
                                               closes="21:00")
                    district_sites.setdefault(district.id, []).append(site.id)
            round_id = rnd.id
        for district_id, site_ids in district_sites.items():
            for index, site_id in enumerate(site_ids):
                for slot in range(SLOTS):
                    chosen = select(Person.id).where(Person.district_id == district_id,
                                                     Person.id % (SITES * SLOTS) == index * SLOTS + slot)
                    with transaction(url) as db:
                        testing.register_samples_bulk(
                            db, actor, round_id=round_id, site_id=site_id, persons=chosen,
                            sampled_at=now - timedelta(minutes=10 * slot + 5),
                            barcode_prefix=f"B{district_id}-{site_id}-{slot}-")
        get_engine(url).dispose()
        clock.set_clock(now)
        with transaction(url) as db:
            samples = db.scalar(select(func.count()).select_from(Sample)) or 0
            persons = db.scalar(select(func.count()).select_from(Person)) or 0
            busiest = max(district_sites, key=lambda d: len(district_sites[d]))
            street = registry.places_at_levels(db, busiest, ("street",))[0].id
            finder.queue_estimates(db, district_sites[busiest], now)  # warm-up, not timed
            queue_ms = []
            for _ in range(args.reps):
                started = time.perf_counter()
                estimates = finder.queue_estimates(db, district_sites[busiest], now)
                queue_ms.append((time.perf_counter() - started) * 1000)
            in_window = sum(e.sampled for e in estimates.values())
        client = TestClient(create_app(url))
        client.get(f"/public/sampling?place={street}&r=warm-up")  # templates compiled, first version check
        page_ms = []
        for rep in range(args.reps):
            started = time.perf_counter()
            answer = client.get(f"/public/sampling?place={street}&r={rep}")
            page_ms.append((time.perf_counter() - started) * 1000)
            assert answer.status_code == 200 and "近半小时采样" in answer.text
        result = {"persons": persons, "samples": samples, "sites": sum(len(s) for s in district_sites.values()),
                  "district_sampled_last_30min": in_window, "queue_p50_ms": _p(queue_ms, 0.5),
                  "queue_p95_ms": _p(queue_ms, 0.95), "page_p50_ms": _p(page_ms, 0.5),
                  "page_p95_ms": _p(page_ms, 0.95), "page_mean_ms": round(statistics.mean(page_ms), 2),
                  "database": url.split(":")[0]}
        print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
