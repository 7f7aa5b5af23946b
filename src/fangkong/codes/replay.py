"""Replayed codes at venues (docs/security.md, "Codes at venues"): a screenshot of a green code passed
around, or one code shown at venues across the city within its five minutes.

A token is "seen" by its signature. It is flagged when, within its lifetime, it is shown
- at another venue than the one it was first shown at (one phone cannot be in two places; two doors of the
  same mall are one venue), or
- REPEAT_LIMIT times or more within REPEAT_WINDOW_S at any venue (a queue passing one screenshot back).
A flagged check is not refused outright (a person may be asked to scan again at the same door): the answer
says `result: "check"` and `replay: true`, the scan is stored with result "replay", and the sentinel asks for
the live code on the holder's own phone and an identity card (docs/security.md).

Shared by every server process (`fangkong serve --workers N`): the sightings live in `code_sighting`, written
by the scan writer's batch in the same commit as its scans (`record_sightings`: one upsert per batch, RETURNING
what each token's row holds), so a token shown at two workers' venues is flagged whichever worker answers. A
token's lifetime is at most 600 s = REPEAT_WINDOW_S, so "within the window" is "since it was first seen".
`ReplayWatch` (in memory, per process) is what a server that does not store scans uses
(FANGKONG_SENTINEL_SCAN_WRITE=0).

Distance: venues carry no coordinates in the registry, so "too far apart for the time between" is judged as
"another venue", whatever the distance.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from fangkong.codes.models import CodeSighting

REPEAT_LIMIT = 3
REPEAT_WINDOW_S = 600
MAX_TOKENS = 500_000  # about 5,000 checks/s over a token's 300 s, with room


@dataclass(slots=True)
class _Sighting:
    venue_id: int
    expires_epoch: int
    times: list[int] = field(default_factory=list)


class ReplayWatch:
    def __init__(self) -> None:
        self.seen: dict[str, _Sighting] = {}
        self.pruned_at = 0

    def check(self, signature: str, venue_id: int, now_epoch: int, expires_epoch: int) -> str | None:
        """Record a sighting; returns why it looks replayed ("other_venue", "repeated") or None."""
        self._prune(now_epoch)
        key = signature[:22]  # 128 bits of the signature: unique enough, a third of the memory
        found = self.seen.get(key)
        if found is None:
            self.seen[key] = _Sighting(venue_id, expires_epoch, [now_epoch])
            return None
        found.times = [t for t in found.times if now_epoch - t < REPEAT_WINDOW_S] + [now_epoch]
        if found.venue_id != venue_id:
            return "other_venue"
        if len(found.times) >= REPEAT_LIMIT:
            return "repeated"
        return None

    def _prune(self, now_epoch: int) -> None:
        if now_epoch - self.pruned_at < 10 and len(self.seen) < MAX_TOKENS:
            return
        self.pruned_at = now_epoch
        self.seen = {k: v for k, v in self.seen.items() if v.expires_epoch > now_epoch}
        if len(self.seen) >= MAX_TOKENS:  # past any real load: start afresh rather than grow without bound
            self.seen.clear()


watch = ReplayWatch()


def signature_key(token: str) -> str:
    """128 bits of the token's signature: unique enough, and a third of the row."""
    return token.strip().rpartition(".")[2][:22]


@dataclass(frozen=True, slots=True)
class Sighting:
    signature: str  # signature_key(token)
    venue_id: int
    expires_epoch: int
    seen_epoch: int  # when it was shown (core.clock, as Unix seconds)


PRUNE_EVERY_S = 30.0
_pruned = [0.0]


def record_sightings(connection: Connection | Session, sightings: Sequence[Sighting]) -> list[str | None]:
    """Record a batch of sightings (in the caller's transaction) and say, for each in order, why it looks
    replayed ("other_venue", "repeated") or None. One upsert for the batch: a token already seen keeps its first
    venue and counts up; RETURNING gives each token's first venue and its count after the batch, from which the
    k-th of n sightings of one token in the batch had count - n + k. On PostgreSQL the upsert locks the rows it
    updates, and on SQLite the writers queue for the file, so concurrent workers count every sighting once."""
    if not sightings:
        return []
    groups: dict[str, list[int]] = {}
    for index, sighting in enumerate(sightings):
        groups.setdefault(sighting.signature, []).append(index)
    bind = connection.connection() if isinstance(connection, Session) else connection
    mark = "?" if bind.dialect.paramstyle == "qmark" else "%s"
    table = CodeSighting.__tablename__
    statement = (f"INSERT INTO {table} (signature, venue_id, seen, expires_epoch) VALUES "
                 + ", ".join([f"({mark}, {mark}, {mark}, {mark})"] * len(groups))
                 + f" ON CONFLICT (signature) DO UPDATE SET seen = {table}.seen + excluded.seen "
                   "RETURNING signature, venue_id, seen")
    values: list[Any] = []
    for signature, indexes in groups.items():
        first = sightings[indexes[0]]
        values += (signature, first.venue_id, len(indexes), first.expires_epoch)
    stored = {row[0]: (row[1], row[2]) for row in bind.exec_driver_sql(statement, tuple(values)).fetchall()}
    if time.monotonic() - _pruned[0] > PRUNE_EVERY_S:
        _pruned[0] = time.monotonic()
        prune_sightings(bind, max(s.seen_epoch for s in sightings))
    verdicts: list[str | None] = [None] * len(sightings)
    for signature, indexes in groups.items():
        first_venue, count = stored[signature]
        for k, index in enumerate(indexes, start=1):
            if sightings[index].venue_id != first_venue:
                verdicts[index] = "other_venue"
            elif count - len(indexes) + k >= REPEAT_LIMIT:
                verdicts[index] = "repeated"
    return verdicts


def prune_sightings(connection: Connection | Session, now_epoch: int) -> None:
    """Forget tokens that have expired (a token past its lifetime is refused anyway)."""
    connection.execute(delete(CodeSighting).where(CodeSighting.expires_epoch < now_epoch))


__all__ = ["REPEAT_LIMIT", "ReplayWatch", "Sighting", "prune_sightings", "record_sightings", "signature_key",
           "watch"]
