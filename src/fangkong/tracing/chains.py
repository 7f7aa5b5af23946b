"""Transmission chains (传播链): infector -> infectee links between cases, clusters (聚集性疫情) with
names, and the chain table (size, generations, first and last case, found under control vs community).

A chain is a connected set of linked cases; its root is the case without an infector."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.tracing import service
from fangkong.tracing.models import Case, Cluster, TransmissionLink


def link(db: Session, actor: Actor, *, infector_case_id: int, infectee_case_id: int, reason: str) -> TransmissionLink:
    """Link two cases (by the flow when a confirmed contact becomes a case; by hand with a reason).
    One infector per infectee; no cycles."""
    service._write(actor)
    if not reason.strip():
        raise InvalidInput("关联传播链须填写理由", "A link needs a reason")
    if infector_case_id == infectee_case_id:
        raise InvalidInput("病例不能传染自己", "A case cannot infect itself")
    service.get_case(db, actor, infector_case_id)
    service.get_case(db, actor, infectee_case_id)
    existing = db.scalar(select(TransmissionLink).where(TransmissionLink.infectee_case_id == infectee_case_id))
    if existing is not None:
        raise InvalidInput(f"该病例已关联传染源 病例 #{existing.infector_case_id}",
                           f"This case already has an infector (case #{existing.infector_case_id})")
    parents = _parents(db)
    ancestor: int | None = infector_case_id
    while ancestor is not None:
        if ancestor == infectee_case_id:
            raise InvalidInput("这样关联会形成环", "This link would make a cycle")
        ancestor = parents.get(ancestor)
    row = TransmissionLink(infector_case_id=infector_case_id, infectee_case_id=infectee_case_id,
                           reason=reason.strip()[:200], recorded_by=actor.username, recorded_at=clock.now())
    db.add(row)
    db.flush()
    audit.record(db, actor, "write", "transmission_link", row.id,
                 {"infector": infector_case_id, "infectee": infectee_case_id, "reason": reason})
    return row


def _parents(db: Session) -> dict[int, int]:
    return {infectee: infector for infector, infectee in
            db.execute(select(TransmissionLink.infector_case_id, TransmissionLink.infectee_case_id))}


def create_cluster(db: Session, actor: Actor, name: str, case_ids: list[int]) -> Cluster:
    service._write(actor)
    name = name.strip()
    if not name:
        raise InvalidInput("聚集性疫情须有名称", "A cluster needs a name")
    if db.scalar(select(Cluster.id).where(Cluster.name == name)) is not None:
        raise InvalidInput(f"已有名为「{name}」的聚集性疫情", f"A cluster named '{name}' exists")
    cluster = Cluster(name=name[:100], created_by=actor.username, created_at=clock.now())
    db.add(cluster)
    db.flush()
    for case_id in case_ids:
        service.get_case(db, actor, case_id).cluster_id = cluster.id
    audit.record(db, actor, "write", "case_cluster", cluster.id, {"name": name, "cases": case_ids})
    return cluster


def clusters(db: Session) -> dict[int, str]:
    return {cid: name for cid, name in db.execute(select(Cluster.id, Cluster.name))}


@dataclass(frozen=True)
class Chain:
    root: int
    cases: list[int]
    size: int
    generations: int
    first: datetime
    last: datetime
    under_control: int
    community: int
    cluster: str


@dataclass(frozen=True)
class ChainGraph:
    chains: list[Chain]
    nodes: list[dict[str, object]]
    links: list[dict[str, object]]


def chains(db: Session, actor: Actor) -> ChainGraph:
    """Every chain of linked cases (a single case is a chain of one) with its figures, plus the nodes and
    links of the network graph. Cases only: no names (the graph labels are case numbers)."""
    service._read(actor)
    cases = {c.id: c for c in db.scalars(select(Case).order_by(Case.reported_at))}
    parents = {k: v for k, v in _parents(db).items() if k in cases and v in cases}
    children: dict[int, list[int]] = defaultdict(list)
    for child, parent in parents.items():
        children[parent].append(child)
    names = clusters(db)
    found = []
    for root in (cid for cid in cases if cid not in parents):
        members, depth = _walk(root, children)
        rows = [cases[m] for m in members]
        cluster = next((names.get(c.cluster_id or 0, "") for c in rows if c.cluster_id), "")
        found.append(Chain(root, members, len(members), depth, min(c.reported_at for c in rows),
                           max(c.reported_at for c in rows), sum(c.how_found == "under_control" for c in rows),
                           sum(c.how_found == "community" for c in rows), cluster))
    found.sort(key=lambda chain: (-chain.size, chain.first))
    audit.record(db, actor, "read", "case", None, {"op": "chains", "cases": len(cases)})
    nodes = [{"id": str(c.id), "name": f"#{c.id}", "onset": (c.onset_date or c.reported_at.date()).isoformat(),
              "kind": c.kind, "how_found": c.how_found} for c in cases.values()]
    links = [{"source": str(parent), "target": str(child)} for child, parent in parents.items()]
    audit.record(db, actor, "read", "transmission_link", None, {"links": len(links)})
    return ChainGraph(found, nodes, links)


def openable_cases(db: Session, actor: Actor, case_ids: set[int]) -> set[int]:
    """The cases among `case_ids` whose page the actor may open (the person lives in their jurisdiction; every
    case for city-wide readers): the chain list links only those (issue 17, item 8)."""
    service._read(actor)
    if actor.city_wide or not case_ids:
        return set(case_ids)
    persons = dict(db.execute(select(Case.id, Case.person_id).where(Case.id.in_(sorted(case_ids)))).all())
    homes = registry.locations_of(db, actor, set(persons.values()), purpose="which case pages to link")
    return {cid for cid, pid in persons.items() if pid in homes and actor.covers(homes[pid])}


def _walk(root: int, children: dict[int, list[int]]) -> tuple[list[int], int]:
    members, depth, level = [], 0, [root]
    while level:
        depth += 1
        members.extend(level)
        level = [child for node in level for child in children.get(node, [])]
    return members, depth
