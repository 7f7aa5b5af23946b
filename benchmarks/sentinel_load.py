"""Venue checks at peak load: `python benchmarks/sentinel_load.py --persons 1000`.

What it measures: POST /api/codes/verify (an Ed25519-signed token, the scan written durably through
the group-commit writer and acknowledged only after its commit) against the real application served
by Granian (default) or Uvicorn as a subprocess on loopback, driven by Debian's `wrk` with
benchmarks/sentinel_verify.lua. Two runs on the same fresh database:

1. durable: scans written (FANGKONG_SENTINEL_SCAN_WRITE=1);
2. verify-only: the same server with the scan write switched off (=0), the ceiling to compare with.

Tokens are signed in advance for random residents of a fresh city of --persons persons, valid for
the whole run. Each connection stops sending checks 0.5 s before wrk's clock ends (it sends GET
/healthz for the rest), so no check is in flight when wrk stops and the scans stored can be compared
exactly with the 2xx answers counted: `scans_stored == scans_sent` means not one acknowledged scan
was lost (and none stored without its answer). wrk's latency percentiles include those few /healthz
requests of the last half second (about 2% of requests at most).

The last line printed is one JSON object: checks_per_s, p99_ms, verify_only_per_s,
ratio_to_verify_only, scans_sent, scans_stored, database, server, and more.
Needs `wrk` (`apt-get install -y wrk`). A PostgreSQL --database is wiped first (DROP SCHEMA public).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from benchdb import database_url, wipe
from sqlalchemy import create_engine, func, select

HERE = Path(__file__).resolve().parent
LUA = HERE / "sentinel_verify.lua"
GRACE_S = 0.5
# The platform app behind the verify front (web/served.py, codes/fastpath.py): what a production server runs.
APP = "fangkong.web.served:create_served_app"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _server_command(server: str, port: int, workers: int) -> list[str]:
    bin_dir = Path(sys.executable).parent
    if server == "granian":
        return [str(bin_dir / "granian"), "--interface", "asgi", "--factory", "--host", "127.0.0.1",
                "--port", str(port), "--workers", str(workers), "--loop", "uvloop", "--http", "1", "--no-ws",
                "--log-level", "warning", "--no-access-log", "--backlog", "2048", APP]
    return [str(bin_dir / "uvicorn"), "--factory", APP, "--host", "127.0.0.1",
            "--port", str(port), "--workers", str(workers), "--loop", "uvloop", "--http", "httptools",
            "--no-access-log", "--log-level", "warning", "--backlog", "2048"]


class Server:
    def __init__(self, server: str, workers: int, env: dict[str, str]) -> None:
        self.port = _free_port()
        self.process = subprocess.Popen(_server_command(server, self.port, workers), env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                        start_new_session=True)
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=1) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the server did not start: " + (self.process.stderr.read() or b"").decode()[-2000:])
            time.sleep(0.2)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)  # its own session: the workers go too
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


def _wrk(port: int, seconds: float, connections: int, threads: int, env: dict[str, str]) -> dict[str, float]:
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{int(seconds)}s", "--timeout", "5s", "--latency",
               "-s", str(LUA), f"http://127.0.0.1:{port}"]
    run_env = {**env, "FK_VERIFY_SECONDS": str(max(0.5, seconds - GRACE_S))}
    completed = subprocess.run(command, env=run_env, capture_output=True, text=True, timeout=seconds + 60)
    for line in completed.stdout.splitlines():
        if line.startswith("FKRESULT "):
            return json.loads(line.removeprefix("FKRESULT "))
    raise RuntimeError("wrk gave no result:\n" + completed.stdout + completed.stderr)


def _count_scans(url: str) -> int:
    from fangkong.codes.models import Scan

    engine = create_engine(url)
    with engine.connect() as connection:
        found = int(connection.execute(select(func.count()).select_from(Scan)).scalar_one())
    engine.dispose()
    return found


def _run(mode: str, args: argparse.Namespace, env: dict[str, str], url: str) -> dict[str, float]:
    write = "1" if mode == "durable" else "0"
    server = Server(args.server, args.workers, {**env, "FANGKONG_SENTINEL_SCAN_WRITE": write})
    try:
        _wrk(server.port, args.warmup, args.connections, args.wrk_threads, env)  # warm-up: connections, caches
        before = _count_scans(url)
        result = _wrk(server.port, args.duration, args.connections, args.wrk_threads, env)
        result["stored"] = _count_scans(url) - before
    finally:
        server.stop()
    answered = result["ok"] + result["denied"]
    result["per_s"] = answered / result["window_s"] if result["window_s"] > 0 else 0.0
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Venue checks per second with durable scans, against wrk.")
    parser.add_argument("--persons", type=int, default=1000, help="residents of the fresh city (default 1000)")
    parser.add_argument("--database", default=None, help="database URL (default: a new SQLite file, deleted after)")
    parser.add_argument("--server", choices=("granian", "uvicorn"), default="granian")
    parser.add_argument("--workers", type=int, default=2, help="server worker processes (default 2: one a core)")
    parser.add_argument("--duration", type=int, default=20, help="seconds per measured run (default 20)")
    parser.add_argument("--warmup", type=int, default=3, help="seconds of warm-up per run (default 3)")
    parser.add_argument("--connections", type=int, default=64, help="wrk connections (default 64)")
    parser.add_argument("--wrk-threads", type=int, default=1, help="wrk threads (default 1: it shares 2 cores)")
    parser.add_argument("--tokens", type=int, default=5000, help="distinct pre-signed tokens (default 5000)")
    parser.add_argument("--seed", type=int, default=2022)
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        print("wrk is missing: apt-get install -y wrk", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="fangkong-sentinel-") as workdir:
        url = database_url(args.database, Path(workdir), "sentinel.db")
        wipe(url)
        env = {**os.environ, "FANGKONG_DATABASE_URL": url, "FANGKONG_KEY_DIR": workdir,
               "FANGKONG_CODE_SIGNING_KEY": ""}
        os.environ.update({k: env[k] for k in ("FANGKONG_DATABASE_URL", "FANGKONG_KEY_DIR",
                                               "FANGKONG_CODE_SIGNING_KEY")})

        from fangkong.codes import tokens
        from fangkong.core.config import get_settings
        from fangkong.core.db import get_engine
        from fangkong.core.migrate import upgrade
        from fangkong.drill.city import generate_city
        from fangkong.registry.models import Person, Venue

        get_settings.cache_clear()
        upgrade(url)
        generate_city(url, population=args.persons, seed=args.seed, replace=False, progress=False)
        engine = get_engine(url)
        with engine.connect() as connection:
            person_ids = list(connection.execute(select(Person.id)).scalars())
            venue_id = connection.execute(select(func.min(Venue.id))).scalar_one() or 1
        engine.dispose()
        rng = random.Random(args.seed)
        validity = int(2 * (args.warmup + args.duration) + 300)
        # Tokens live through the run: the verifier's lifetime cap (docs/security.md) is raised to match.
        os.environ["FANGKONG_CODE_TOKEN_MAX_S"] = env["FANGKONG_CODE_TOKEN_MAX_S"] = str(validity)
        get_settings.cache_clear()
        colours = ["green"] * 90 + ["yellow"] * 6 + ["red"] * 2 + ["popup"] * 2
        token_file = Path(workdir) / "tokens.txt"
        token_file.write_text("\n".join(
            tokens.issue_token(tokens.subject_of(rng.choice(person_ids)), rng.choice(colours), validity_s=validity)
            for _ in range(args.tokens)) + "\n")
        env.update({"FK_TOKENS": str(token_file), "FK_DEVICE_KEY": tokens.issue_device_key(0, venue_id)})

        durable = _run("durable", args, env, url)
        verify_only = _run("verify_only", args, env, url)

    figures = {
        "checks_per_s": round(durable["per_s"]),
        "p99_ms": round(durable["p99_us"] / 1000, 2),
        "p50_ms": round(durable["p50_us"] / 1000, 2),
        "verify_only_per_s": round(verify_only["per_s"]),
        "verify_only_p99_ms": round(verify_only["p99_us"] / 1000, 2),
        "ratio_to_verify_only": round(durable["per_s"] / verify_only["per_s"], 3) if verify_only["per_s"] else 0,
        "scans_sent": int(durable["ok"] + durable["denied"]),
        "scans_stored": int(durable["stored"]),
        "shed_503": int(durable["shed"]),
        "errors": int(durable["other"] + durable["unauthorized"] + durable["socket_errors"]),
        "database": "postgresql" if url.startswith("postgresql")
        else "sqlite (WAL, synchronous=FULL on the scan writer)",
        "server": f"{args.server} ({args.workers} worker{'s' if args.workers > 1 else ''})",
        "connections": args.connections,
        "duration_s": args.duration,
        "persons": args.persons,
        "load_average_1m": round(os.getloadavg()[0], 2),
        "cpus": os.cpu_count(),
    }
    print(json.dumps({"durable": durable, "verify_only": verify_only}))
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
