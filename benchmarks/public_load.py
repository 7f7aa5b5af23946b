"""The public risk-area page under a crowd (issue 16): requests per second for anonymous readers of
`/public/areas`, served by Granian (default) or Uvicorn as a subprocess on loopback and driven by Debian's `wrk`
(`apt-get install -y wrk`). The city is generated and the demo's 2022 notices are published first, so the page
lists real risk areas.

    python benchmarks/public_load.py --persons 20000 --duration 15

Last line: JSON with requests_per_s, p99_ms, errors (non-2xx answers, socket errors and timeouts)."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchdb import database_url, wipe
from sentinel_load import Server

PATH = "/public/areas"
_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()  # type: ignore[union-attr]
    return float(number) * _UNITS_MS[unit]


def _wrk(port: int, seconds: int, connections: int, threads: int) -> dict[str, float]:
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s", "--latency",
               f"http://127.0.0.1:{port}{PATH}"]
    out = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60).stdout
    per_s = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"99%\s+([\d.]+\w+)", out).group(1))  # type: ignore[union-attr]
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"per_s": per_s, "p99_ms": p99, "errors": errors + (int(non_2xx.group(1)) if non_2xx else 0)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--persons", type=int, default=20000)
    parser.add_argument("--database", default=None, help="database URL (default: a new SQLite file, deleted after)")
    parser.add_argument("--server", choices=("granian", "uvicorn"), default="granian")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--duration", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--wrk-threads", type=int, default=1)
    parser.add_argument("--seed", type=int, default=2022)
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        print("wrk is missing: apt-get install -y wrk", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="fangkong-public-") as workdir:
        url = database_url(args.database, Path(workdir), "public.db")
        wipe(url)
        env = {**os.environ, "FANGKONG_DATABASE_URL": url, "FANGKONG_KEY_DIR": workdir}
        os.environ.update({k: env[k] for k in ("FANGKONG_DATABASE_URL", "FANGKONG_KEY_DIR")})
        from fangkong.core.config import get_settings
        from fangkong.core.migrate import upgrade
        from fangkong.drill.city import generate_city
        from fangkong.drill.demo import load_history

        get_settings.cache_clear()
        upgrade(url)
        generate_city(url, population=args.persons, seed=args.seed, replace=False, progress=False)
        history = load_history(url)
        server = Server(args.server, args.workers, env)
        try:
            _wrk(server.port, args.warmup, args.connections, args.wrk_threads)
            result = _wrk(server.port, args.duration, args.connections, args.wrk_threads)
        finally:
            server.stop()
    print(json.dumps({"requests_per_s": round(result["per_s"]), "p99_ms": round(result["p99_ms"], 2),
                      "errors": result["errors"], "path": PATH, "notices_published": history.published,
                      "server": f"{args.server} ({args.workers} workers)", "connections": args.connections,
                      "duration_s": args.duration, "persons": args.persons,
                      "load_average_1m": round(os.getloadavg()[0], 2), "cpus": os.cpu_count()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
