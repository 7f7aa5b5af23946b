"""Time a whole-city testing round: `python benchmarks/testing_round.py --persons 1000000`.

A city of N persons (drill.city, not timed), one whole-city round in 10-in-1 tubes:
  1. register every sample (testing.service.register_samples_bulk), send the tubes to one lab
     and receive them (seconds_register);
  2. the lab's result file, a CSV of N/10 tubes with 0.1% positive pools, written to /tmp (not timed),
     imported through the path labs use (testing.flows.import_result_file): validation, tube
     results, recalls for every member of a positive pool, code recomputation (seconds_import).
`seconds` = register + import. The last line printed is one JSON object:
{"persons", "tubes", "positive_pools", "recalls", "seconds", "seconds_register", "seconds_import", "database", ...}.

Without --database a temporary SQLite file is used. A PostgreSQL --database is WIPED first
(DROP SCHEMA public CASCADE) unless --existing is given, which reuses the city already there and
only clears the testing tables.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from benchdb import database_url, wipe
from sqlalchemy import delete, select, text

RESULTS_CSV = Path(tempfile.gettempdir()) / "fangkong_bench_results.csv"


def _clear_testing(url: str) -> None:
    from fangkong.core.db import transaction
    from fangkong.testing import models as m
    from fangkong.tracing.models import Case

    with transaction(url) as db:
        for model in (m.Recall, m.ResultRow, m.Sample, m.Tube, m.ResultFile, m.TransportBox, m.TransportBatch,
                      m.RoundPerson, m.RoundPlace, m.TestRound, m.Lab, m.SamplingSite, m.KeyGroupMember):
            db.execute(delete(model))
        db.execute(delete(Case).where(Case.source.like("核酸单管阳性%")))


def _write_results(url: str, round_id: int, tested: datetime, rng: random.Random, rate: float) -> tuple[int, int]:
    """The lab's file: every tube of the round, a share `rate` of them positive (ORF1ab/N Ct)."""
    from fangkong.core.db import transaction
    from fangkong.testing.models import Tube

    with transaction(url) as db:
        barcodes = list(db.scalars(select(Tube.barcode).where(Tube.round_id == round_id).order_by(Tube.id)))
    positives = set(rng.sample(range(len(barcodes)), max(1, round(len(barcodes) * rate))))
    stamp = tested.strftime("%Y-%m-%d %H:%M")
    report = (tested + timedelta(minutes=30)).strftime("%Y/%m/%d %H:%M")
    with RESULTS_CSV.open("w", encoding="utf-8-sig", newline="") as out:
        out.write("试管条码,检测结果,ORF1ab Ct,N Ct,检测时间,报告时间\r\n")
        for index, barcode in enumerate(barcodes):
            if index in positives:
                out.write(f"{barcode},阳性,{rng.uniform(22, 35):.2f},{rng.uniform(22, 35):.2f},{stamp},{report}\r\n")
            else:
                out.write(f"{barcode},阴性,,,{stamp},{report}\r\n")
    return len(barcodes), len(positives)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time a whole-city testing round on a generated city.")
    parser.add_argument("--persons", type=int, required=True, help="residents of the city")
    parser.add_argument("--database", default=None, help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--existing", action="store_true",
                        help="reuse the city already in --database (only the testing tables are cleared)")
    parser.add_argument("--seed", type=int, default=2022)
    parser.add_argument("--positive-rate", type=float, default=0.001, help="share of positive pools (0.001)")
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
        from fangkong.core.scope import system_actor
        from fangkong.drill.city import generate_city
        from fangkong.registry.models import Person, Place
        from fangkong.testing import flows
        from fangkong.testing import service as testing
        from fangkong.testing.models import Tube

        get_settings.cache_clear()
        started = time.perf_counter()
        upgrade(url)
        if args.existing:
            _clear_testing(url)
        else:
            generate_city(url, population=args.persons, seed=args.seed, replace=False, progress=False)
        city_seconds = time.perf_counter() - started
        actor = system_actor("benchmark")
        day = datetime(2022, 11, 30)
        clock.set_clock(day + timedelta(hours=6))
        with transaction(url) as db:
            persons = db.scalar(select(text("count(*)")).select_from(Person)) or 0
            district = db.scalar(select(Place.id).where(Place.level == "district").order_by(Place.id))
            site = testing.create_site(db, actor, name="全市核酸采样(汇总)", place_id=district, code="BENCH-SITE")
            lab = testing.create_lab(db, actor, name="气膜方舱实验室", daily_capacity=max(100_000, persons // 10),
                                     code="BENCH-LAB", kind="air_film")
            rnd = testing.create_round(db, actor, name="全员核酸检测", kind="city_wide", whole_city=True,
                                       starts_at=day + timedelta(hours=6), ends_at=day + timedelta(hours=18))
            site_id, lab_id, round_id = site.id, lab.id, rnd.id

        # 1. sampling, sending, receiving
        t0 = time.perf_counter()
        with transaction(url) as db:
            bulk = testing.register_samples_bulk(db, actor, round_id=round_id, site_id=site_id,
                                                 sampled_at=day + timedelta(hours=9), barcode_prefix="TY1130-")
            batch = testing.send_batch(db, actor, lab_id=lab_id, tubes=select(Tube.id).where(Tube.round_id == round_id),
                                       sent_at=day + timedelta(hours=11))
            received = testing.receive_batch(db, actor, batch.id, received_at=day + timedelta(hours=12))
        seconds_register = time.perf_counter() - t0
        assert received == bulk.tubes, (received, bulk.tubes)

        # 2. the lab's file (not timed), then the import with its consequences
        t1 = time.perf_counter()
        tubes, positive_pools = _write_results(url, round_id, day + timedelta(hours=15), random.Random(args.seed),
                                               args.positive_rate)
        seconds_write = time.perf_counter() - t1
        clock.set_clock(day + timedelta(hours=16))
        t2 = time.perf_counter()
        with transaction(url) as db:
            done = flows.import_result_file(db, actor, content=RESULTS_CSV.read_bytes(), filename=RESULTS_CSV.name,
                                            lab_id=lab_id)
        seconds_import = time.perf_counter() - t2
        database = "sqlite" if url.startswith("sqlite") else "postgresql"
        get_engine(url).dispose()
        result = {
            "persons": persons,
            "tubes": tubes,
            "positive_pools": positive_pools,
            "recalls": done.recalls_created,
            "seconds": round(seconds_register + seconds_import, 2),
            "seconds_register": round(seconds_register, 2),
            "seconds_import": round(seconds_import, 2),
            "database": database,
            "samples": bulk.samples,
            "results_applied": done.file.applied,
            "codes_recomputed": done.codes_recomputed,
            "seconds_write_file": round(seconds_write, 2),
            "seconds_city": round(city_seconds, 2),
            "file_bytes": RESULTS_CSV.stat().st_size,
            "python": sys.version.split()[0],
        }
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
