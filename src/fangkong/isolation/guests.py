"""Whose records quarantine staff may read (docs/security.md, "Role scopes"): the persons with a stay at their
own site, or in a transfer batch bound for it. Isolation knows stays and arrivals; the registry, a lower layer,
knows neither and asks this predicate (`registry.get_person(..., site_scope=...)`)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from fangkong.core.scope import Actor
from fangkong.isolation.models import QuarantineSite, QuarantineStay, TransferBatch, TransferMember


def site_guests(db: Session, actor: Actor) -> Callable[[int], bool]:
    """A predicate: is this person a guest of the actor's site (a stay there, past or present, or an arrival in
    a batch bound for it)? One EXISTS query per person asked; nobody when the actor answers for no site."""
    sites = select(QuarantineSite.id).where(QuarantineSite.venue_id == actor.venue_id)

    def is_guest(person_id: int) -> bool:
        if actor.venue_id is None:
            return False
        stay = exists().where(QuarantineStay.person_id == person_id, QuarantineStay.site_id.in_(sites))
        arrival = (exists().where(TransferMember.person_id == person_id, TransferMember.batch_id == TransferBatch.id,
                                  TransferBatch.site_id.in_(sites)))
        return bool(db.scalar(select(or_(stay, arrival))))

    return is_guest


def batch_vouch(db: Session, actor: Actor, site_id: int) -> Callable[[int], bool]:
    """For a transfer batch typed by identity numbers: the persons named become arrivals bound for the site, so
    isolation vouches for them when — and only when — the site is the actor's own (a transfer team batching for
    its own site reads the masked record of whom it picks up; for another site it reads nobody)."""
    own = actor.venue_id is not None and db.scalar(
        select(QuarantineSite.id).where(QuarantineSite.id == site_id, QuarantineSite.venue_id == actor.venue_id))
    return lambda _person_id: bool(own)


__all__ = ["batch_vouch", "site_guests"]
