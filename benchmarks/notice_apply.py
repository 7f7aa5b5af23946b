"""Time applying a notice of 200 places: `python benchmarks/notice_apply.py --persons 1000000`.

Uses (or builds) a synthetic city of N persons: the database is reused when it already holds exactly
N persons, otherwise it is wiped and rebuilt (SQLite: the file is deleted; PostgreSQL: the `public`
schema is dropped and recreated — never point it at a database you want to keep). The default is
the SQLite file /tmp/fangkong-notice-bench-<N>.db, kept between runs.

Then it picks 200 places that exist across the districts (units, buildings, compounds — a few with an
exception clause), writes the notice text in the city's format (``areas.render.render_notice``) and
times, each in its own transaction as the CLI would run them:

* draft: parse the text, resolve every place against the registry, store the draft;
* publish: (places needing review are settled first, untimed, so that publishing is possible);
* affected: ``areas.service.persons_affected`` — every resident the notice touches, with their level.

Progress lines go to stdout; the last line is one JSON object:
{"persons", "places", "persons_affected", "review", "seconds", "seconds_draft", "seconds_publish",
"seconds_affected", "database"} where seconds = draft + publish + affected.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time

from benchdb import wipe
from sqlalchemy import create_engine, text
from sqlalchemy.orm import configure_mappers


def _log(message: str) -> None:
    print(f"[notice_apply] {message}", flush=True)


def _person_count(url: str) -> int | None:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT COUNT(*) FROM person")).scalar() or 0)
    except Exception:  # no database or no schema yet
        return None
    finally:
        engine.dispose()


def _city(url: str, persons: int, seed: int) -> None:
    from fangkong.core.db import get_engine
    from fangkong.core.migrate import upgrade
    from fangkong.drill.city import generate_city

    if _person_count(url) == persons:
        upgrade(url)  # a newer schema than the one the city was built with
        _log(f"reusing the city of {persons:,} persons")
    else:
        _log(f"building a city of {persons:,} persons (seed {seed})")
        wipe(url)
        upgrade(url)
        started = time.perf_counter()
        generate_city(url, population=persons, seed=seed, replace=False, progress=False)
        _log(f"city built in {time.perf_counter() - started:.1f} s")
    _statistics(url)
    get_engine(url).dispose()


def _statistics(url: str) -> None:
    """Planner statistics after the bulk load, as a live database has them. Without them (autovacuum
    may be off, or not yet run) PostgreSQL estimates most of a million persons per IN list and scans
    the whole table instead of the indexes."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        if url.startswith("sqlite"):
            missing = conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).first() is None
        else:
            missing = conn.execute(text("SELECT 1 FROM pg_stat_user_tables WHERE relname = 'person' AND "
                                        "last_analyze IS NULL AND last_autoanalyze IS NULL")).first() is not None
        if missing:
            started = time.perf_counter()
            conn.execute(text("ANALYZE"))
            _log(f"planner statistics (ANALYZE) in {time.perf_counter() - started:.1f} s")
    engine.dispose()


def _pick_places(url: str, count: int, seed: int) -> list[dict[str, object]]:
    """About 60% units, 30% buildings, 10% compounds, spread over the districts that have them; a few
    compounds carry an exception ("(1号楼除外)"). Places with residents, so the notice touches people."""
    from fangkong.core.db import transaction

    rng = random.Random(seed)
    with transaction(url) as db:
        districts = dict(db.execute(text("SELECT id, name FROM place WHERE level = 'district'")).all())
        rows = db.execute(text("SELECT id, level, name_norm, district_id FROM place "
                               "WHERE level IN ('unit', 'building', 'compound') ORDER BY id")).all()
        inhabited: set[int] = set()
        for unit_id, building_id, compound_id in db.execute(text(
                "SELECT DISTINCT unit_id, building_id, compound_id FROM person")):
            inhabited.update((unit_id, building_id, compound_id))
    by_level: dict[str, list[tuple[int, str, int]]] = {"unit": [], "building": [], "compound": []}
    for place_id, level, norm, district_id in rows:
        by_level[level].append((place_id, norm, district_id))
    wanted = {"unit": count * 6 // 10, "building": count * 3 // 10}
    wanted["compound"] = count - wanted["unit"] - wanted["building"]
    chosen: list[dict[str, object]] = []
    names: set[tuple[int, str]] = set()
    for level, n in wanted.items():
        pool = by_level[level]
        rng.shuffle(pool)
        for place_id, norm, district_id in pool:
            if len([c for c in chosen if c["level"] == level]) >= n:
                break
            if (district_id, norm) in names or place_id not in inhabited:
                continue
            names.add((district_id, norm))
            chosen.append({"id": place_id, "level": level, "text": norm, "district": districts[district_id]})
    for item in [c for c in chosen if c["level"] == "compound"][:5]:
        item["text"] = f"{item['text']}(1号楼除外)"
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time drafting, publishing and the persons affected of a notice "
                                                 "of 200 places on a synthetic city.")
    parser.add_argument("--persons", type=int, required=True, help="residents of the city")
    parser.add_argument("--database", default=None,
                        help="database URL (default: sqlite:////tmp/fangkong-notice-bench-<N>.db, reused); "
                             "a PostgreSQL database is WIPED when it does not hold N persons")
    parser.add_argument("--places", type=int, default=200, help="places in the notice (default 200)")
    parser.add_argument("--seed", type=int, default=2022)
    args = parser.parse_args(argv)

    from fangkong.core.config import normalize_database_url

    url = normalize_database_url(args.database or f"sqlite:////tmp/fangkong-notice-bench-{args.persons}.db")
    os.environ["FANGKONG_DATABASE_URL"] = url
    from fangkong.core.config import get_settings

    get_settings.cache_clear()
    from fangkong.areas import service
    from fangkong.areas.render import render_notice
    from fangkong.core.db import transaction
    from fangkong.core.scope import system_actor

    _city(url, args.persons, args.seed)
    places = _pick_places(url, args.places, args.seed)
    changes: dict[str, list[str]] = {}
    for place in places:
        changes.setdefault(str(place["district"]), []).append(str(place["text"]))
    serial = random.Random().randrange(1000, 9999)  # a new number each run: no "already loaded"
    notice_text = render_notice({
        "issuer": "太原市新冠肺炎疫情防控工作领导组办公室", "number": f"2022年第{serial}号",
        "published": "2022-12-10", "effective": "2022-12-10T00:00:00",
        "changes": [{"action": "add", "level_from": None, "level_to": "high", "district": district,
                     "places": texts} for district, texts in changes.items()]})
    _log(f"notice of {len(places)} places in {len(changes)} districts ({len(notice_text):,} characters)")
    actor = system_actor("benchmark")
    configure_mappers()  # once per process, as a server does at start: not part of applying a notice

    started = time.perf_counter()
    with transaction(url) as db:
        notice = service.draft_notice(db, actor, notice_text, default_year=2022)
        notice_id = notice.id
        review = len(service.review_queue(db, actor, notice_id))
    seconds_draft = time.perf_counter() - started
    _log(f"draft + resolve: {seconds_draft:.3f} s ({review} places wait for review)")

    if review:  # settle them (untimed) the way a reviewer would: the best candidate, else a block
        with transaction(url) as db:
            for row in service.review_queue(db, actor, notice_id):
                best = row.options[0] if row.options else None
                if best and (best.get("place_id") or best.get("venue_id")):
                    service.resolve_place(db, actor, row.id, place_id=best.get("place_id"),
                                          venue_id=best.get("venue_id"))
                else:
                    service.resolve_place(db, actor, row.id, block=True)

    started = time.perf_counter()
    with transaction(url) as db:
        service.publish(db, actor, notice_id)
    seconds_publish = time.perf_counter() - started
    _log(f"publish: {seconds_publish:.3f} s")

    started = time.perf_counter()
    with transaction(url) as db:
        impact = service.persons_affected(db, actor, notice_id)
    seconds_affected = time.perf_counter() - started
    _log(f"persons affected: {len(impact.persons):,} in {seconds_affected:.3f} s")

    result = {
        "persons": args.persons,
        "places": impact.places,
        "persons_affected": len(impact.persons),
        "review": review,
        "seconds": round(seconds_draft + seconds_publish + seconds_affected, 3),
        "seconds_draft": round(seconds_draft, 3),
        "seconds_publish": round(seconds_publish, 3),
        "seconds_affected": round(seconds_affected, 3),
        "database": "sqlite" if url.startswith("sqlite") else "postgresql",
    }
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
