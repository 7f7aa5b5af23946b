"""Time the synthetic-city generator: `python benchmarks/city_generate.py --persons 1000000`.

Builds into a fresh database: a new SQLite file in a temporary directory (deleted afterwards)
unless --database is given. A PostgreSQL URL is wiped first: its `public` schema is dropped and
recreated, so never point it at a database you want to keep. Then the schema is migrated and
generate_city runs with the progress bar off. The last line printed is one JSON object:
{"persons", "seconds", "persons_per_s", "database", "households", "places", "grids", "venues", ...}.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from benchdb import database_url, wipe


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Time fangkong's synthetic city generator on a fresh database.",
        epilog="WARNING: a PostgreSQL --database is wiped first (DROP SCHEMA public CASCADE; "
               "CREATE SCHEMA public). Without --database a temporary SQLite file is used and deleted "
               "afterwards.",
    )
    parser.add_argument("--persons", type=int, required=True, help="residents to generate")
    parser.add_argument("--database", default=None,
                        help="database URL (default: a new SQLite file in a temporary directory)")
    parser.add_argument("--seed", type=int, default=2022, help="random seed (default 2022)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="fangkong-bench-") as workdir:
        url = database_url(args.database, Path(workdir), "city.db")
        wipe(url)
        os.environ["FANGKONG_DATABASE_URL"] = url  # so every module reads the same database

        from fangkong.core.config import get_settings
        from fangkong.core.db import get_engine
        from fangkong.core.migrate import upgrade
        from fangkong.drill.city import generate_city

        get_settings.cache_clear()
        migrate_started = time.perf_counter()
        upgrade(url)
        migrate_seconds = time.perf_counter() - migrate_started
        report = generate_city(url, population=args.persons, seed=args.seed, replace=False, progress=False)
        database = "sqlite" if url.startswith("sqlite") else "postgresql"
        size = None
        if database == "sqlite":
            size = Path(url.removeprefix("sqlite:///")).stat().st_size
        get_engine(url).dispose()
        result = {
            "persons": report.persons,
            "seconds": round(report.seconds, 2),
            "persons_per_s": round(report.persons / report.seconds) if report.seconds else None,
            "database": database,
            "households": report.households,
            "places": report.places,
            "grids": report.grids,
            "venues": report.venues,
            "accounts": report.accounts,
            "seed": args.seed,
            "migrate_seconds": round(migrate_seconds, 2),
            "sqlite_bytes": size,
            "python": sys.version.split()[0],
        }
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
