"""The one way a page handles a refused service call: roll the request's transaction back and keep the
refusal for the page to show, instead of an error page.

    with refusal(db) as refused:
        opened = service.open_tube(db, actor, ...)
    if refused:
        return _sampler_response(..., message=refused.message(lang), error=True)

Only refusals (FangkongError, or the kinds named) are caught; anything else propagates as before."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.orm import Session

from fangkong.core.errors import FangkongError

__all__ = ["Refusal", "refusal"]


@dataclass
class Refusal:
    """What the service refused (None: nothing was refused). True when something was."""

    error: FangkongError | None = None

    def __bool__(self) -> bool:
        return self.error is not None

    def message(self, lang: str) -> str:
        return self.error.message(lang) if self.error is not None else ""

    @property
    def status_code(self) -> int:
        return self.error.status_code if self.error is not None else 200


@contextmanager
def refusal(db: Session, *kinds: type[FangkongError]) -> Iterator[Refusal]:
    """Run the block; a refusal of one of `kinds` (default: any FangkongError) rolls `db` back, so nothing
    half-written stays, and is kept in the yielded Refusal."""
    refused = Refusal()
    caught = kinds or (FangkongError,)
    try:
        yield refused
    except caught as exc:
        db.rollback()
        refused.error = exc
