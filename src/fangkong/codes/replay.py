"""Replayed codes at venues (docs/security.md, "Codes at venues"): a screenshot of a green code passed
around, or one code shown at venues across the city within its five minutes.

A token is "seen" by its signature. It is flagged when, within its lifetime, it is shown
- at another venue than the one it was first shown at (one phone cannot be in two places; two doors of the
  same mall are one venue), or
- REPEAT_LIMIT times or more within REPEAT_WINDOW_S at any venue (a queue passing one screenshot back).
A flagged check is not refused outright (a person may be asked to scan again at the same door): the answer
says `result: "check"` and `replay: true`, the scan is stored with result "replay", and the sentinel asks for
the live code on the holder's own phone and an identity card (docs/security.md).

In memory, per server process, checked with no database read: a replay across two worker processes is seen
by each process only for the checks it answered; the scan log (result "replay", and the same subject at two
venues) shows the rest afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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

__all__ = ["REPEAT_LIMIT", "ReplayWatch", "watch"]
