"""The grid worker's phone book: the phones of the households of their own grid, shown in full without a
reason typed per person — the grid assignment is the reason (issue 17). Still audited: one row per list
shown, naming every person whose number was shown (set-based, one query per 900 persons)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from fangkong.core import audit
from fangkong.core.idsets import chunked
from fangkong.core.roles import Permission, require_any
from fangkong.core.scope import Actor
from fangkong.registry.models import Person

GRID_PHONE_REASON = "网格员联系本网格住户 / the grid worker contacts the households of their grid"


def grid_phones(db: Session, actor: Actor, person_ids: Iterable[int], *, purpose: str) -> dict[int, str]:
    """{person id: full phone} of those persons who live in the actor's own grid, for a grid worker;
    nothing for any other role or any person outside the grid (they stay masked)."""
    if actor.role != "grid_worker" or actor.jurisdiction_level != "grid" or actor.jurisdiction_id is None:
        return {}
    require_any(actor, Permission.REGISTRY_READ)
    found: dict[int, str] = {}
    for chunk in chunked(sorted(set(person_ids))):
        for pid, phone in db.execute(select(Person.id, Person.phone)
                                     .where(Person.id.in_(chunk), Person.grid_id == actor.jurisdiction_id)):
            if phone:
                found[pid] = phone
    if found:
        audit.record(db, actor, "read_full", "person", None,
                     {"op": "grid_phones", "purpose": purpose, "grid": actor.jurisdiction_id,
                      "persons": sorted(found)}, reason=GRID_PHONE_REASON)
    return found
