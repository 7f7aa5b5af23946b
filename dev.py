#!/usr/bin/env python3
"""The project's two commands, for a fresh machine with Python 3.11+ and the package registries.

    python3 dev.py demo   # virtualenv, install, demo city into SQLite, serve http://127.0.0.1:8000
    python3 dev.py test   # virtualenv, test tools, ruff, import contracts, the whole suite on SQLite,
                          # then the integration tests on PostgreSQL (TESTING.md); extra args go to pytest

Only the standard library is used here: this file must run before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / "bin"
PG_TEST_URL = "postgresql://postgres@127.0.0.1:5432/test"
NO_TESTS_COLLECTED = 5  # pytest's exit code when the selection is empty
# Debian packages the browser tests need: the browser itself and a font with Chinese glyphs.
SYSTEM_PACKAGES = {"chromium": Path("/usr/bin/chromium"), "fonts-noto-cjk": Path("/usr/share/fonts/opentype/noto")}


def say(text: str) -> None:
    print(f"\033[1;36m[dev]\033[0m {text}", flush=True)


def run(*args: str | Path, env: dict[str, str] | None = None, check: bool = True) -> int:
    result = subprocess.run([str(a) for a in args], cwd=ROOT, env=env)
    if check and result.returncode != 0:
        sys.exit(result.returncode)
    return result.returncode


def ensure_venv(extras: str = "") -> None:
    if not (BIN / "python").exists():
        say("creating .venv")
        run(sys.executable, "-m", "venv", VENV)
        run(BIN / "python", "-m", "pip", "install", "-q", "--upgrade", "pip")
    # Reinstall only when pyproject.toml changed since the last install with these extras.
    stamp = VENV / f".installed{extras}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text() != digest:
        say(f"installing fangkong{extras} into .venv")
        run(BIN / "python", "-m", "pip", "install", "-q", "-e", f".{extras}")
        stamp.write_text(digest)


def ensure_system_packages() -> None:
    missing = [name for name, path in SYSTEM_PACKAGES.items() if not path.exists()]
    if not missing:
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        sys.exit(f"missing Debian packages {missing}: install them with apt-get (root needed)")
    say(f"installing Debian packages {missing}")
    run("apt-get", "update", "-qq")
    run("apt-get", "install", "-y", "-qq", *missing,
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def postgres_reachable() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=2):
            return True
    except OSError:
        return False


def ensure_postgres() -> bool:
    """Start the local PostgreSQL cluster when it is not running; report whether it answers."""
    if postgres_reachable():
        return True
    versions = sorted(Path("/etc/postgresql").glob("*")) if Path("/etc/postgresql").exists() else []
    if versions and shutil.which("pg_ctlcluster"):
        say("starting PostgreSQL")
        run("pg_ctlcluster", "--skip-systemctl-redirect", versions[-1].name, "main", "start", check=False)
        for _ in range(30):
            if postgres_reachable():
                return True
            time.sleep(1)
    return False


def cmd_demo(args: list[str]) -> None:
    ensure_venv()
    os.execv(str(BIN / "fangkong"), [str(BIN / "fangkong"), "demo", *args])


def cmd_test(args: list[str]) -> None:
    ensure_venv("[test]")
    ensure_system_packages()
    say("ruff")
    run(BIN / "ruff", "check", "src", "tests", "benchmarks", "tools", "dev.py")
    say("import contracts (pages/api -> service -> models)")
    run(BIN / "lint-imports")
    pg_url = os.environ.get("FANGKONG_TEST_POSTGRES_URL", PG_TEST_URL)
    have_pg = ensure_postgres()
    if not have_pg and os.environ.get("CI", "").lower() == "true":
        sys.exit("PostgreSQL at 127.0.0.1:5432 cannot be reached: with CI=true that is a failure")
    failures = 0
    # Unit and browser tests do not depend on the backend: they run once, on SQLite; the integration
    # tests run on both. A `-m` among the extra arguments comes later and so replaces ours.
    runs = [("SQLite", "sqlite", [])] + ([("PostgreSQL", pg_url, ["-m", "integration"])] if have_pg else [])
    for label, url, selection in runs:
        say(f"pytest on {label}{' (' + ' '.join(selection) + ')' if selection else ''}")
        env = {**os.environ, "FANGKONG_TEST_DATABASE_URL": url}
        code = run(BIN / "python", "-m", "pytest", "-p", "no:cacheprovider", *selection, *args, env=env,
                   check=False)
        if code == NO_TESTS_COLLECTED and selection:
            code = 0  # the extra arguments chose only tests that run once (say, a unit test file)
        failures += code != 0
        say(f"pytest on {label}: {'passed' if code == 0 else f'FAILED (exit {code})'}")
    if not have_pg:
        say("WARNING: PostgreSQL not reachable here, so the tests ran on SQLite only (CI fails instead)")
    sys.exit(1 if failures else 0)


def main() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this file runs on whatever python3 the machine has
        sys.exit("Python 3.11 or newer is required")
    commands = {"demo": cmd_demo, "test": cmd_test}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    main()
