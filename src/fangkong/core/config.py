"""Settings, read from the environment once. One setting chooses the database."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

DEFAULT_DATABASE_URL = "sqlite:///fangkong.db"
SECRET_FILE_NAME = "fangkong-secret.key"
# Rotation (docs/security.md, "Rotating the platform secret"): secrets rotated out, one a line, newest first.
PREVIOUS_FILE_NAME = "fangkong-secret.previous"  # still verify device keys and audit MACs
RETIRED_FILE_NAME = "fangkong-secret.retired"  # verify old audit MACs only
MIN_SECRET_CHARS = 32
# Secrets that were ever printed in code or docs: a server must never run on one of them.
PUBLIC_SECRETS = frozenset({"fangkong-demo-secret-change-me", "change-me", "secret", "changeme"})
SECRET_HOWTO = (
    "Set FANGKONG_SECRET_KEY to a random value of at least 32 characters in the server's environment, e.g.\n"
    "  export FANGKONG_SECRET_KEY=\"$(python3 -c 'import secrets; print(secrets.token_urlsafe(48))')\"\n"
    "and keep it: it signs venue device keys and derives health-code pseudonyms (docs/security.md). "
    "For a local demo run `fangkong demo`, which generates one per installation.")


class SecretMissing(RuntimeError):
    """No secret of real strength: the server refuses to start rather than run on a guessable one."""


def _sqlite_path(database_url: str) -> Path | None:
    prefix = "sqlite:///"
    if database_url.startswith(prefix) and database_url[len(prefix):] not in ("", ":memory:"):
        return Path(database_url[len(prefix):].split("?")[0])
    return None


def normalize_database_url(url: str) -> str:
    """Accept plain `postgresql://` URLs and point them at psycopg 3."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


@dataclass(frozen=True)
class Settings:
    database_url: str
    timezone: str
    session_hours: int
    scan_retention_days: int
    # Health-code tokens and the venue sentinel (codes/tokens.py, codes/scanlog.py; README "Settings").
    code_token_validity_s: int = 300
    # The longest lifetime a token may carry: the verifier refuses longer ones (a stolen signing service or a
    # "10-year green code" is not honoured). Offline scans must reach the server within the tolerance.
    code_token_max_s: int = 600
    offline_tolerance_s: int = 3600
    device_revocation_refresh_s: float = 2.0
    code_signing_key_file: str = ""
    # Keys rotated out (PEM files, comma-separated): they still verify, so codes issued just before a rotation
    # keep working until they expire; remove them once the longest lifetime has passed (docs/security.md).
    code_signing_previous: tuple[str, ...] = ()
    key_dir: str = ""
    sentinel_scan_write: bool = True
    # Replay detection shared by every server process through the database (codes.replay); 0: per process only
    # (a single-process server loses nothing and saves one indexed upsert per check).
    replay_shared: bool = True
    sentinel_batch_ms: float = 0.0
    sentinel_batch_max: int = 512
    sentinel_queue_max: int = 4096
    sentinel_max_test_age_h: int = 72

    # Request bodies (web.limits): JSON and forms, and multipart uploads (CSV / xlsx), checked before login.
    max_body_bytes: int = 2 * 1024 * 1024
    max_upload_bytes: int = 50 * 1024 * 1024
    # Reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed (web.proxy); none by default.
    trusted_proxies: frozenset[str] = frozenset()
    demo: bool = False
    secret_env: str = field(default="", repr=False)  # never in a log line
    # Rotation: FANGKONG_SECRET_KEY_PREVIOUS / _RETIRED (comma-separated), else the files beside the secret file.
    secret_previous_env: str = field(default="", repr=False)
    secret_retired_env: str = field(default="", repr=False)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def key_directory(self) -> Path:
        """Where generated keys live: FANGKONG_KEY_DIR, else beside the SQLite database, else the user's
        data directory (PostgreSQL)."""
        if self.key_dir:
            return Path(self.key_dir)
        sqlite = _sqlite_path(self.database_url)
        if sqlite is not None:
            return sqlite.resolve().parent
        return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "fangkong"

    @cached_property
    def secret_key(self) -> str:
        """The platform secret: FANGKONG_SECRET_KEY (checked for strength), else this installation's generated
        file (created by the demo, mode 0600). Raises SecretMissing otherwise."""
        if self.secret_env:
            return check_secret_strength(self.secret_env)
        path = self.key_directory / SECRET_FILE_NAME
        if not path.exists() and self.demo:
            _create_secret_file(path)
        if not path.exists():
            raise SecretMissing("FANGKONG_SECRET_KEY is not set.\n" + SECRET_HOWTO)
        if path.stat().st_mode & 0o077:
            raise SecretMissing(f"{path} is readable by other users: run `chmod 600 {path}`.")
        return check_secret_strength(path.read_text().strip())


    def _listed(self, env: str, name: str) -> tuple[str, ...]:
        if env:
            return tuple(part.strip() for part in env.split(",") if part.strip())
        path = self.key_directory / name
        if not path.exists():
            return ()
        if path.stat().st_mode & 0o077:
            raise SecretMissing(f"{path} is readable by other users: run `chmod 600 {path}`.")
        return tuple(line.strip() for line in path.read_text().splitlines() if line.strip())

    @cached_property
    def previous_secrets(self) -> tuple[str, ...]:
        """Secrets rotated out that still verify what they signed: venue device keys (bound to logins of at
        most `session_hours`) and audit MACs. The newest secret always signs."""
        return self._listed(self.secret_previous_env, PREVIOUS_FILE_NAME)

    @cached_property
    def retired_secrets(self) -> tuple[str, ...]:
        """Secrets past their device keys' lifetime: only `fangkong audit verify` reads them (old entries)."""
        return self._listed(self.secret_retired_env, RETIRED_FILE_NAME)


def require_secret() -> str:
    """The platform secret, or SecretMissing saying how to set one: called when a server starts."""
    return get_settings().secret_key


def check_secret_strength(secret: str) -> str:
    if len(secret) < MIN_SECRET_CHARS or secret.lower() in PUBLIC_SECRETS or len(set(secret)) < 12:
        raise SecretMissing(f"FANGKONG_SECRET_KEY is too weak (at least {MIN_SECRET_CHARS} random characters).\n"
                            + SECRET_HOWTO)
    return secret


def rotate_secret_files(directory: Path) -> None:
    """Rotate an installation's generated secret (the demo's files, mode 0600): the current secret goes to the
    top of the previous list, a new random one becomes current. Servers pick it up when restarted."""
    current = directory / SECRET_FILE_NAME
    if not current.exists():
        raise SecretMissing(f"{current} does not exist: nothing to rotate")
    old = current.read_text().strip()
    previous = directory / PREVIOUS_FILE_NAME
    listed = previous.read_text().split() if previous.exists() else []
    _write_private(previous, "\n".join([old, *listed]) + "\n")
    _write_private(current, secrets.token_urlsafe(48) + "\n")


def retire_previous_files(directory: Path) -> int:
    """Move the previous secrets to the retired list (audit verification only); returns how many moved."""
    previous, retired = directory / PREVIOUS_FILE_NAME, directory / RETIRED_FILE_NAME
    moving = previous.read_text().split() if previous.exists() else []
    kept = retired.read_text().split() if retired.exists() else []
    if moving:
        _write_private(retired, "\n".join([*moving, *kept]) + "\n")
        previous.unlink()
    return len(moving)


def _write_private(path: Path, text: str) -> None:
    """Replace a key file atomically, owner-only from its first byte."""
    temporary = path.with_name(path.name + ".new")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)
    os.replace(temporary, path)


def _create_secret_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return  # another process created it first: use that one
    with os.fdopen(fd, "w") as handle:
        handle.write(secrets.token_urlsafe(48) + "\n")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings(
        database_url=normalize_database_url(os.environ.get("FANGKONG_DATABASE_URL", DEFAULT_DATABASE_URL)),
        # No fallback: see Settings.secret_key (the demo generates one per installation).
        secret_env=os.environ.get("FANGKONG_SECRET_KEY", ""),
        secret_previous_env=os.environ.get("FANGKONG_SECRET_KEY_PREVIOUS", ""),
        secret_retired_env=os.environ.get("FANGKONG_SECRET_KEY_RETIRED", ""),
        max_body_bytes=int(os.environ.get("FANGKONG_MAX_BODY_BYTES", str(2 * 1024 * 1024))),
        max_upload_bytes=int(os.environ.get("FANGKONG_MAX_UPLOAD_BYTES", str(50 * 1024 * 1024))),
        trusted_proxies=frozenset(p.strip() for p in os.environ.get("FANGKONG_TRUSTED_PROXIES", "").split(",")
                                  if p.strip()),
        demo=os.environ.get("FANGKONG_DEMO", "") in ("1", "true", "yes"),
        timezone=os.environ.get("FANGKONG_TIMEZONE", "Asia/Shanghai"),
        session_hours=int(os.environ.get("FANGKONG_SESSION_HOURS", "12")),
        scan_retention_days=int(os.environ.get("FANGKONG_SCAN_RETENTION_DAYS", "28")),
        code_token_validity_s=int(os.environ.get("FANGKONG_CODE_TOKEN_VALIDITY_S", "300")),
        code_token_max_s=int(os.environ.get("FANGKONG_CODE_TOKEN_MAX_S", "600")),
        offline_tolerance_s=int(os.environ.get("FANGKONG_OFFLINE_TOLERANCE_S", "3600")),
        device_revocation_refresh_s=float(os.environ.get("FANGKONG_DEVICE_REVOCATION_REFRESH_S", "2")),
        code_signing_key_file=os.environ.get("FANGKONG_CODE_SIGNING_KEY", ""),
        code_signing_previous=tuple(p.strip() for p in os.environ.get("FANGKONG_CODE_SIGNING_KEY_PREVIOUS", "")
                                    .split(",") if p.strip()),
        key_dir=os.environ.get("FANGKONG_KEY_DIR", ""),
        sentinel_scan_write=os.environ.get("FANGKONG_SENTINEL_SCAN_WRITE", "1") not in ("0", "false", "no"),
        replay_shared=os.environ.get("FANGKONG_REPLAY_SHARED", "1") not in ("0", "false", "no"),
        sentinel_batch_ms=float(os.environ.get("FANGKONG_SENTINEL_BATCH_MS", "0")),
        sentinel_batch_max=int(os.environ.get("FANGKONG_SENTINEL_BATCH_MAX", "512")),
        sentinel_queue_max=int(os.environ.get("FANGKONG_SENTINEL_QUEUE_MAX", "4096")),
        sentinel_max_test_age_h=int(os.environ.get("FANGKONG_SENTINEL_MAX_TEST_AGE_H", "72")),
    )
