"""Time the review's place picker (`registry.service.search_places`), one call per keystroke:
`python benchmarks/place_picker.py --persons 5300000 [--database URL] [--reuse]`.

Builds a generated city (or, with --reuse, keeps the one in --database if it has exactly --persons persons),
then types, as a commander fixing a notice's place would, parts of real compound names: two characters from
the middle, the whole name, the name with a building ("阳光华庭3号楼"), with a unit, and a name with one
character wrong (no result is fine; it must still be quick). The first pass warms the caches and is not
counted. The last line printed is one JSON object: {"persons", "places", "p50_ms", "p95_ms", "per_kind", ...}.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from benchdb import prepared_city, reuse_or_wipe
from sqlalchemy import func, select


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the place picker on a generated city.")
    parser.add_argument("--persons", type=int, required=True, help="residents of the city")
    parser.add_argument("--database", default=None, help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--reuse", action="store_true", help="keep the city in --database if it has --persons")
    parser.add_argument("--compounds", type=int, default=40, help="compounds drawn (5 queries each)")
    parser.add_argument("--seed", type=int, default=2022)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="fangkong-bench-") as workdir:
        url, reused = reuse_or_wipe(args.database, Path(workdir), "city.db", args.persons, args.reuse)
        city_seconds = prepared_city(url, reused, args.persons, args.seed)

        from fangkong.core.db import transaction
        from fangkong.registry.models import Place
        from fangkong.registry.service import search_places

        rng = random.Random(args.seed)
        with transaction(url) as db:
            places = db.scalar(select(func.count()).select_from(Place))
            compounds = db.execute(select(Place.id, Place.name).where(Place.level == "compound")
                                   .order_by(Place.id)).all()
            work: list[tuple[str, str]] = []
            for compound_id, name in rng.sample(compounds, min(args.compounds, len(compounds))):
                building = db.scalar(select(Place.name).where(Place.parent_id == compound_id).limit(1)) or ""
                middle = rng.randrange(max(1, len(name) - 1))
                typo = name[:middle] + "甲" + name[middle + 1:]
                work += [("part", name[middle:middle + 2]), ("name", name), ("building", name + building),
                         ("unit", f"{name}{building}1单元"), ("typo", typo)]
        rng.shuffle(work)
        samples: list[tuple[str, float, int]] = []
        for pass_ in range(2):
            for kind, q in work:
                with transaction(url) as db:
                    t0 = time.perf_counter()
                    found = search_places(db, q, limit=63)
                    elapsed = (time.perf_counter() - t0) * 1000
                if pass_:
                    samples.append((kind, elapsed, len(found)))

    def p95(values: list[float]) -> float:
        return round(statistics.quantiles(values, n=20)[-1], 1) if len(values) > 1 else round(values[0], 1)

    times = [s[1] for s in samples]
    per_kind = {kind: {"p50_ms": round(statistics.median([s[1] for s in samples if s[0] == kind]), 1),
                       "p95_ms": p95([s[1] for s in samples if s[0] == kind]),
                       "found_median": statistics.median([s[2] for s in samples if s[0] == kind])}
                for kind in sorted({s[0] for s in samples})}
    print(json.dumps({"persons": args.persons, "places": places, "searches": len(samples),
                      "p50_ms": round(statistics.median(times), 1), "p95_ms": p95(times), "per_kind": per_kind,
                      "database": url.split("@")[-1] if "@" in url else "sqlite",
                      "city_seconds": round(city_seconds, 1), "reused_city": reused}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
