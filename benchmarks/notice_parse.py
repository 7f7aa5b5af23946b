"""Time the notice parser on long lists: `python benchmarks/notice_parse.py --places 2400`.

Parses synthetic notices of N invented places in four layouts a real office uses for long lists — one sentence
joined by 、 ("将A、B…调整为高风险区"), a label with places separated by ";", numbered lines with brackets, and runs of
building numbers ("锦绣1小区1、2、1号楼") — at N/4, N/2 and N places, and checks each reads N places. Growth
from N/2 to N near 2 means time linear in the list's length (a copy of the text or a search from its start at
every separator once made a 2,400-place sentence take 12 s).

With --corpus, it also parses every real notice of the test corpus (tests/fixtures/notices/real) once and reports
the slowest: a short notice whose pattern backtracks badly is as bad for the commander who pastes it as a long list
(one of 1,630 bytes once took 56 s).

The parser touches no database: --persons and --database are taken for the benchmarks' common interface and
unused. The last line is one JSON object: {"places", "seconds": {layout: seconds at N}, "growth": {layout:
seconds at N / seconds at N/2}, "read_all": bool}, with --corpus also "corpus": {"notices", "total_seconds",
"median_seconds", "slowest_seconds", "slowest"}.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from fangkong.areas.parser import parse_notice


def _layouts(n: int) -> dict[str, str]:
    return {
        "sentence": "将" + "、".join(f"明月花园{i}号楼(除{i}单元外)" for i in range(1, n + 1)) + "调整为高风险区。",
        "semicolons": "封控区:" + ";".join(f"城东区金桥街道春晓苑{i}号楼" for i in range(1, n + 1)) + "。",
        "numbered_lines": "一、高风险区\n" + "\n".join(f"{i}.春晓苑{i}栋(含{i}号商铺)" for i in range(1, n + 1)),
        "building_runs": "高风险区:" + "、".join(f"锦绣{i}小区1、2、{i + 2}号楼" for i in range(1, n + 1)) + "。",
    }


def _time(text: str) -> tuple[float, int]:
    start = time.perf_counter()
    parsed = parse_notice(text, fallback=False)
    return time.perf_counter() - start, sum(len(change["places"]) for change in parsed["changes"])


CORPUS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "notices" / "real"


def _corpus_timings(corpus: Path) -> dict[str, object]:
    timings = {}
    paths = sorted(corpus.glob("*.txt"))
    for i, path in enumerate(paths, 1):
        timings[path.stem] = _time(path.read_text(encoding="utf-8"))[0]
        if i % 250 == 0 or i == len(paths):
            print(f"[notice_parse] corpus: {i}/{len(paths)} notices", flush=True)
    slowest = sorted(timings, key=timings.__getitem__, reverse=True)[:5]
    for name in slowest:
        print(f"[notice_parse] slow: {name} {timings[name]:.3f} s", flush=True)
    return {"notices": len(timings), "total_seconds": round(sum(timings.values()), 1),
            "median_seconds": round(statistics.median(timings.values()), 4),
            "slowest_seconds": round(timings[slowest[0]], 3), "slowest": slowest[0]}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Time the notice parser on long lists.")
    parser.add_argument("--places", type=int, default=2400, help="places in the longest list (default 2400)")
    parser.add_argument("--corpus", action="store_true", help="also time every notice of the real corpus")
    parser.add_argument("--persons", type=int, default=0, help="unused: the parser reads text only")
    parser.add_argument("--database", default=None, help="unused: the parser touches no database")
    args = parser.parse_args(argv)
    n = args.places
    seconds: dict[str, float] = {}
    growth: dict[str, float] = {}
    read_all = True
    for layout in _layouts(n):
        timings = {}
        for size in (n // 4, n // 2, n):
            elapsed, found = _time(_layouts(size)[layout])
            read_all &= found == size
            timings[size] = elapsed
            print(f"[notice_parse] {layout}: {size} places in {elapsed:.3f} s ({found} read)", flush=True)
        seconds[layout] = round(timings[n], 3)
        growth[layout] = round(timings[n] / timings[n // 2], 2)
    result: dict[str, object] = {"places": n, "seconds": seconds, "growth": growth, "read_all": read_all}
    if args.corpus:
        result["corpus"] = _corpus_timings(CORPUS)
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
