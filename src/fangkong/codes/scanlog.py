"""The scan log's group-commit writer: many venue checks, one INSERT and one commit.

A check is answered only after its scan is committed. Requests put their row on a bounded
in-memory queue and await a future; one flusher task per event loop takes up to `batch_max` rows
(after one turn of the event loop, or `batch_ms` if set, for company when the queue is short),
inserts them with one executemany and one COMMIT in a dedicated thread, then resolves every future
of the batch. While one batch commits the next one gathers, so the commit rate adapts to the load without tuning.

Durable means: the COMMIT returned. On PostgreSQL that is the WAL flushed to disk (synchronous_commit
on, the default). On SQLite the writer's own connection runs `PRAGMA synchronous=FULL` in WAL mode:
the WAL is fsynced at every commit, so an acknowledged scan survives a crash of the process and of
the machine (power loss). With the platform's default NORMAL it would survive a process crash only.
The cost of the fsync is paid once per batch, not once per scan.

Overload: when `queue_max` rows are waiting (queued or being written), new checks are refused at
once with `ScanLogOverloaded` (HTTP 503 with Retry-After) instead of queueing without bound; an
acknowledged scan is never dropped. A failed batch fails every request in it (none is acknowledged).
"""

from __future__ import annotations

import asyncio
import fcntl
import sys
import threading
import weakref
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from fangkong.codes import partitions
from fangkong.codes.models import Scan, ScanVisit
from fangkong.codes.replay import Sighting, record_sightings
from fangkong.core.config import get_settings
from fangkong.core.db import get_engine
from fangkong.core.errors import FangkongError, InvalidInput

METHODS = ("qr", "id", "offline")
SWITCH_INTERVAL_S = 0.0002  # measured: 0.5 ms gave ~7,600 durable checks/s, 0.2 ms ~8,900 (2 cores)
RESULTS = ("pass", "deny")


class ScanLogOverloaded(FangkongError):
    status_code = 503
    retry_after_s = 2

    def __init__(self) -> None:
        super().__init__("验码服务繁忙，请稍后重试或改用离线核验",
                         "The check service is busy: retry shortly or verify offline")


class ScanWriteFailed(FangkongError):
    status_code = 503
    retry_after_s = 2

    def __init__(self) -> None:
        super().__init__("扫码记录未能保存，请重试", "The scan could not be saved: retry")


@dataclass(slots=True)
class ScanRow:
    venue_id: int
    checked_at: datetime
    received_at: datetime
    colour: str
    result: str
    method: str
    subject: str | None = None
    person_id: int | None = None
    account_id: int | None = None


def insert_rows(connection: Connection | Session, rows: Sequence[ScanRow]) -> None:
    """One executemany INSERT (SQLAlchemy batches it into multi-row VALUES on PostgreSQL)."""
    if rows:
        connection.execute(insert(Scan), [asdict(row) for row in rows])


_COLUMNS = ("venue_id", "checked_at", "received_at", "subject", "person_id", "colour", "result", "method",
            "account_id")


def _raw_insert(connection: Connection, rows: Sequence[ScanRow]) -> None:
    """The writer's INSERT: one multi-row VALUES statement over plain tuples. One statement, not an
    executemany: the driver releases the GIL around each step, and a writer thread that must win the
    GIL back from a busy event loop once per row would crawl. SQLite gets times in the text form
    SQLAlchemy itself stores ('YYYY-MM-DD HH:MM:SS.ffffff'); psycopg takes datetimes."""
    dialect = connection.dialect
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    one = "(" + ", ".join([mark] * len(_COLUMNS)) + ")"
    statement = (f"INSERT INTO {Scan.__tablename__} ({', '.join(_COLUMNS)}) VALUES "
                 + ", ".join([one] * len(rows)))
    values: list[Any] = []
    if dialect.name == "sqlite":
        for r in rows:
            values += (r.venue_id, r.checked_at.isoformat(" ", "microseconds"),
                       r.received_at.isoformat(" ", "microseconds"), r.subject, r.person_id, r.colour, r.result,
                       r.method, r.account_id)
    else:
        for r in rows:
            values += (r.venue_id, r.checked_at, r.received_at, r.subject, r.person_id, r.colour, r.result,
                       r.method, r.account_id)
    connection.exec_driver_sql(statement, tuple(values))


class ScanWriter:
    """Group commit for one database on one event loop."""

    def __init__(self, url: str, loop: asyncio.AbstractEventLoop, *, batch_ms: float, batch_max: int,
                 queue_max: int) -> None:
        self.url = url
        self.loop = loop
        self.batch_s = batch_ms / 1000
        self.batch_max = max(1, batch_max)
        self.queue_max = queue_max
        self.pending: list[tuple[ScanRow, Sighting | None, asyncio.Future[str | None]]] = []
        self.outstanding = 0  # queued + being written
        self.flushing = False
        self.batches = 0
        self.rows_written = 0
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="scanlog")
        # The writer thread waits for the GIL after each commit while the event loop verifies signatures;
        # with Python's default 5 ms switch interval every batch's answer would wait that long.
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self._connection: Connection | None = None
        self._lock = threading.Lock()
        self._lock_file: Any = None

    async def write(self, row: ScanRow, sighting: Sighting | None = None) -> str | None:
        """Returns once the row is committed; raises ScanLogOverloaded at once when the queue is full. With a
        sighting of a token, the answer is why it looks replayed (codes.replay, shared by every process) or None,
        and a replayed scan is stored with result "replay"."""
        if self.outstanding >= self.queue_max:
            raise ScanLogOverloaded()
        future: asyncio.Future[str | None] = self.loop.create_future()
        self.pending.append((row, sighting, future))
        self.outstanding += 1
        if not self.flushing:
            self.flushing = True
            self.loop.create_task(self._flush_loop())
        return await future

    async def _flush_loop(self) -> None:
        try:
            while self.pending:
                if len(self.pending) < self.batch_max:
                    # Let checks that arrived in the same turn of the loop (or within batch_ms) join this
                    # commit. By default 0: while one batch commits the next gathers by itself, and a
                    # fixed wait would only add latency for a closed-loop client.
                    await asyncio.sleep(self.batch_s)
                batch = self.pending[:self.batch_max]
                del self.pending[:self.batch_max]
                try:
                    verdicts = await self.loop.run_in_executor(
                        self._executor, self._insert, [row for row, _s, _f in batch], [s for _r, s, _f in batch])
                except Exception:
                    for _row, _sighting, future in batch:
                        if not future.done():
                            future.set_exception(ScanWriteFailed())
                else:
                    for (_row, _sighting, future), verdict in zip(batch, verdicts, strict=True):
                        if not future.done():  # a client that went away still has its scan stored
                            future.set_result(verdict)
                finally:
                    self.outstanding -= len(batch)
        finally:
            self.flushing = False

    def _connect(self) -> Connection:
        if self._connection is None or self._connection.closed:
            connection = get_engine(self.url).connect()
            if connection.dialect.name == "sqlite":
                # This connection's commits are the acknowledgements: fsync the WAL at each one.
                connection.exec_driver_sql("PRAGMA synchronous=FULL")
                database = connection.engine.url.database
                if database and database != ":memory:" and self._lock_file is None:
                    self._lock_file = open(f"{database}-scanlock", "a+b")  # noqa: SIM115 (held for the writer's life)
            self._connection = connection
        return self._connection

    def _insert(self, rows: list[ScanRow], sightings: list[Sighting | None] | None = None) -> list[str | None]:
        verdicts: list[str | None] = [None] * len(rows)
        with self._lock:
            connection = self._connect()
            # Server workers in other processes write the same SQLite file. SQLite's own busy wait sleeps
            # 1, 2, 5 ... ms between tries, which at hundreds of commits a second costs more than the
            # commits; an exclusive flock queues the writers in the kernel and wakes the next at once.
            if self._lock_file is not None:
                fcntl.flock(self._lock_file, fcntl.LOCK_EX)
            try:
                seen = [(i, s) for i, s in enumerate(sightings or ()) if s is not None]
                if seen:  # one upsert for the batch's tokens, in the scans' own commit (codes.replay)
                    for (index, _s), verdict in zip(seen, record_sightings(connection, [s for _i, s in seen]),
                                                    strict=True):
                        verdicts[index] = verdict
                        if verdict:
                            rows[index].result = "replay"
                _raw_insert(connection, rows)
                connection.commit()
            except Exception:
                connection.rollback()
                connection.close()  # a broken connection is not reused
                raise
            finally:
                if self._lock_file is not None:
                    fcntl.flock(self._lock_file, fcntl.LOCK_UN)
            self.batches += 1
            self.rows_written += len(rows)
        return verdicts

    def close(self) -> None:
        self._executor.shutdown(wait=True)
        if self._connection is not None and not self._connection.closed:
            if self._connection.dialect.name == "sqlite":
                self._connection.exec_driver_sql("PRAGMA synchronous=NORMAL")  # back to the pool's default
            self._connection.close()
        if self._lock_file is not None:
            self._lock_file.close()
            self._lock_file = None


_writers: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, ScanWriter]] = weakref.WeakKeyDictionary()


def writer_for(url: str) -> ScanWriter:
    """The writer of `url` on the running event loop (one per loop: futures belong to their loop)."""
    loop = asyncio.get_running_loop()
    per_loop = _writers.setdefault(loop, {})
    found = per_loop.get(url)
    if found is None:
        settings = get_settings()
        found = per_loop[url] = ScanWriter(url, loop, batch_ms=settings.sentinel_batch_ms,
                                           batch_max=settings.sentinel_batch_max,
                                           queue_max=settings.sentinel_queue_max)
    return found


def close_writers() -> None:
    """On shutdown (and between tests): finish every writer's in-flight batch and close its connection."""
    for per_loop in list(_writers.values()):
        for found in per_loop.values():
            found.close()
        per_loop.clear()


# ---- reading and retention


def count_scans(db: Session | Connection, *, venue_id: int | None = None) -> int:
    statement = select(func.count()).select_from(Scan)
    if venue_id is not None:
        statement = statement.where(Scan.venue_id == venue_id)
    return int(db.execute(statement).scalar_one())


def recent_scans(db: Session, venue_id: int, *, now: datetime, hours: int = 12, limit: int = 20) -> list[Any]:
    """The venue's latest checks within `hours` (read through the time index, like every scan query)."""
    return list(db.execute(select(Scan).where(Scan.checked_at >= now - timedelta(hours=hours),
                                              Scan.venue_id == venue_id)
                           .order_by(Scan.checked_at.desc(), Scan.id.desc()).limit(limit)).scalars())


def purge_scans(db: Session, *, now: datetime, retention_days: int | None = None) -> int:
    """Delete scans checked before now - retention (default FANGKONG_SCAN_RETENTION_DAYS) and tracing's
    copy of them. PostgreSQL: whole day partitions dropped, a day kept until it has wholly passed
    (codes.partitions, decision 0013); SQLite: one set-based DELETE on the checked_at index. Returns how
    many scans went."""
    days = get_settings().scan_retention_days if retention_days is None else retention_days
    if days < 1:
        raise InvalidInput("保留期至少 1 天", "The retention period is at least one day")
    connection = db.connection()
    if partitions.partitioned(connection):
        return partitions.retention(connection, now=now, days=days).scans
    cutoff = now - timedelta(days=days)
    db.execute(delete(ScanVisit).where(ScanVisit.checked_at < cutoff))  # tracing's copy goes with them
    result = db.execute(delete(Scan).where(Scan.checked_at < cutoff))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
