"""Transport (送): sealed tubes packed in boxes, sent to a lab in batches and received there; what a
site has to pack and send."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, or_, select, update
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound
from fangkong.core.roles import Permission, require_any
from fangkong.core.scope import Actor
from fangkong.testing.common import new_code, normalize_barcode
from fangkong.testing.models import Lab, SamplingSite, TransportBatch, TransportBox, Tube
from fangkong.testing.sampling import TubeView, tube_view
from fangkong.testing.sites import lab_for_actor, site_for

# ---- transport -----------------------------------------------------------------------------


def box_tubes(db: Session, actor: Actor, *, site_id: int, barcodes: Sequence[str], code: str | None = None
              ) -> TransportBox:
    """Pack sealed tubes of a site into a transport box (转运箱)."""
    require_any(actor, Permission.TESTING_SAMPLE)
    site = site_for(db, actor, site_id)
    wanted = sorted({normalize_barcode(b) for b in barcodes})
    if not wanted:
        raise InvalidInput("转运箱不能为空", "a box needs tubes")
    found = {t.barcode: t for t in db.scalars(select(Tube).where(Tube.barcode.in_(wanted)))}
    problems = [b for b in wanted if b not in found or found[b].site_id != site.id or found[b].state != "sealed"]
    if problems:
        raise InvalidInput(f"这些试管不能装箱(未封管、已装箱或不属于本点): {', '.join(problems[:20])}",
                           f"these tubes cannot be boxed (not sealed, boxed already or another site's): "
                           f"{', '.join(problems[:20])}")
    box = TransportBox(code=(code or new_code("BOX")).strip(), site_id=site.id, tubes=len(wanted),
                       created_by=actor.username, created_at=clock.now())
    if db.scalar(select(TransportBox.id).where(TransportBox.code == box.code)) is not None:
        raise InvalidInput(f"转运箱编号 {box.code} 已存在", f"box {box.code} already exists")
    db.add(box)
    db.flush()
    db.execute(update(Tube).where(Tube.id.in_([found[b].id for b in wanted])).values(box_id=box.id, state="boxed"))
    audit.record(db, actor, "write", "transport_box", box.id, {"tubes": len(wanted), "site": site.id})
    return box


def send_batch(db: Session, actor: Actor, *, lab_id: int, box_ids: Sequence[int] = (),
               tubes: Select[Any] | None = None, code: str | None = None, sent_at: datetime | None = None
               ) -> TransportBatch:
    """送检: send boxes (or, for bulk work, a SELECT of tube ids of sealed/boxed tubes) to a lab."""
    require_any(actor, Permission.TESTING_SAMPLE, Permission.TESTING_MANAGE)
    lab = db.get(Lab, lab_id)
    if lab is None or not lab.active:
        raise NotFound("实验室不存在", "No such lab")
    if not box_ids and tubes is None:
        raise InvalidInput("请选择转运箱", "choose the boxes to send")
    boxes = list(db.scalars(select(TransportBox).where(TransportBox.id.in_(list(box_ids))))) if box_ids else []
    if len(boxes) != len(set(box_ids)):
        raise NotFound("转运箱不存在", "No such box")
    for box in boxes:
        if box.batch_id is not None:
            raise InvalidInput(f"转运箱 {box.code} 已送出", f"box {box.code} was already sent")
        site_for(db, actor, box.site_id)
    sent_at = sent_at or clock.now()
    batch = TransportBatch(code=(code or new_code("T")).strip(), lab_id=lab.id, state="sent", sent_at=sent_at,
                           sent_by=actor.username)
    db.add(batch)
    db.flush()
    conditions = []
    if boxes:
        conditions.append(Tube.box_id.in_([b.id for b in boxes]))
        db.execute(update(TransportBox).where(TransportBox.id.in_([b.id for b in boxes])).values(batch_id=batch.id))
    if tubes is not None:
        conditions.append(Tube.id.in_(tubes))
    count = db.execute(update(Tube).where(or_(*conditions), Tube.state.in_(("sealed", "boxed")))
                       .values(batch_id=batch.id, lab_id=lab.id, sent_at=sent_at, state="sent")
                       .execution_options(synchronize_session=False)).rowcount or 0
    if count == 0:
        raise InvalidInput("没有可送检的试管", "no sealed tubes to send")
    batch.tubes = count
    db.flush()
    audit.record(db, actor, "write", "transport_batch", batch.id, {"lab": lab.id, "tubes": count,
                                                                   "boxes": [b.id for b in boxes]})
    return batch


def receive_batch(db: Session, actor: Actor, batch_id: int, *, received_at: datetime | None = None) -> int:
    """The lab signs for a batch: its tubes are received (the 'test' clock starts). Returns tubes."""
    batch = db.get(TransportBatch, batch_id)
    if batch is None:
        raise NotFound("送检批次不存在", "No such transport batch")
    lab_for_actor(db, actor, batch.lab_id)
    if batch.state != "sent":
        raise InvalidInput("该批次已签收", "this batch was already received")
    received_at = received_at or clock.now()
    if received_at < batch.sent_at:
        raise InvalidInput("签收时间早于送出时间", "received before it was sent")
    count = db.execute(update(Tube).where(Tube.batch_id == batch.id, Tube.state == "sent")
                       .values(state="received", received_at=received_at)
                       .execution_options(synchronize_session=False)).rowcount or 0
    batch.state, batch.received_at, batch.received_by = "received", received_at, actor.username
    db.flush()
    audit.record(db, actor, "write", "transport_batch", batch.id, {"op": "receive", "tubes": count})
    return count


def batches(db: Session, actor: Actor, *, lab_id: int | None = None, state: str | None = None,
            limit: int = 100) -> list[TransportBatch]:
    """Transport batches, newest first; a lab account sees its own."""
    if actor.role == "lab":
        lab_id = lab_for_actor(db, actor).id
    else:
        require_any(actor, Permission.TESTING_READ, Permission.TESTING_MANAGE, Permission.TESTING_SAMPLE)
    statement = select(TransportBatch)
    if lab_id is not None:
        statement = statement.where(TransportBatch.lab_id == lab_id)
    if state:
        statement = statement.where(TransportBatch.state == state)
    return list(db.scalars(statement.order_by(TransportBatch.id.desc()).limit(limit)))


def batch_sites(db: Session, batch_ids: Sequence[int]) -> dict[int, list[str]]:
    """The sampling sites whose boxes travel in each batch (the lab calls them when a tube is missing)."""
    if not batch_ids:
        return {}
    rows = db.execute(select(TransportBox.batch_id, SamplingSite.name).join(SamplingSite,
                                                                           SamplingSite.id == TransportBox.site_id)
                      .where(TransportBox.batch_id.in_(list(batch_ids))).distinct()
                      .order_by(TransportBox.batch_id, SamplingSite.name))
    found: dict[int, list[str]] = {}
    for batch_id, name in rows:
        found.setdefault(batch_id, []).append(name)
    return found


# ---- transport reads for a site's page (送) ------------------------------------------------


@dataclass(frozen=True)
class SiteTransport:
    sealed_total: int  # sealed tubes of the site not yet in a box
    sealed: list[TubeView]  # the oldest `limit` of them
    boxes: list[TransportBox]  # packed and not yet sent
    batches: list[TransportBatch]  # recently sent from the site, newest first


def site_transport(db: Session, actor: Actor, site_id: int, *, limit: int = 200, last: int = 10) -> SiteTransport:
    """What a site has to pack and send: sealed un-boxed tubes, boxes waiting, batches sent."""
    require_any(actor, Permission.TESTING_SAMPLE)
    site = site_for(db, actor, site_id)
    waiting = (Tube.site_id == site.id, Tube.state == "sealed", Tube.box_id.is_(None))
    total = db.scalar(select(func.count()).select_from(Tube).where(*waiting)) or 0
    oldest = select(Tube).where(*waiting).order_by(Tube.sealed_at, Tube.id).limit(limit)
    tubes = [tube_view(t) for t in db.scalars(oldest)]
    boxes = list(db.scalars(select(TransportBox).where(TransportBox.site_id == site.id, TransportBox.batch_id.is_(None))
                            .order_by(TransportBox.id)))
    sent = select(TransportBox.batch_id).where(TransportBox.site_id == site.id, TransportBox.batch_id.is_not(None))
    recent = list(db.scalars(select(TransportBatch).where(TransportBatch.id.in_(sent))
                             .order_by(TransportBatch.id.desc()).limit(last)))
    return SiteTransport(total, tubes, boxes, recent)


def unboxable(db: Session, actor: Actor, site_id: int, barcodes: Sequence[str]) -> list[tuple[str, str]]:
    """Why tubes cannot go into a box of the site: (barcode, reason) with reason one of unknown,
    other_site, open (not sealed), boxed, sent (already on its way or tested). Empty when all can."""
    require_any(actor, Permission.TESTING_SAMPLE)
    site = site_for(db, actor, site_id)
    wanted = sorted({normalize_barcode(b) for b in barcodes})
    found = {row.barcode: row for row in db.execute(select(Tube.barcode, Tube.site_id, Tube.state, Tube.box_id)
                                                    .where(Tube.barcode.in_(wanted)))}
    reasons = []
    for barcode in wanted:
        row = found.get(barcode)
        if row is None:
            reasons.append((barcode, "unknown"))
        elif row.site_id != site.id:
            reasons.append((barcode, "other_site"))
        elif row.state == "open":
            reasons.append((barcode, "open"))
        elif row.state == "boxed" or (row.state == "sealed" and row.box_id is not None):
            reasons.append((barcode, "boxed"))
        elif row.state != "sealed":
            reasons.append((barcode, "sent"))
    return reasons
