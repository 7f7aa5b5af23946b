"""Sampling (采): tubes opened at a site, one swab at a time or a whole round in bulk, sealed when full."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from sqlalchemy import Select, String, cast, delete, exists, func, insert, literal, select, text, update
from sqlalchemy.orm import Session
from sqlalchemy.types import DateTime

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound
from fangkong.core.roles import Permission, require_any
from fangkong.core.scope import Actor
from fangkong.registry import idnumber
from fangkong.registry import service as registry
from fangkong.testing.common import POOL_SIZES, analyze, normalize_barcode, testing_policy
from fangkong.testing.models import Recall, Sample, SampleRemoval, SamplingSite, TestRound, Tube
from fangkong.testing.rounds import is_member, round_members
from fangkong.testing.sites import parse_pool_sizes, site_for

# ---- sampling ------------------------------------------------------------------------------

# round: a round open now; late: 补采 for a round whose window closed earlier today (counts for it);
# routine: a single test outside any round (单人单检, key-group routine tests); recall: 复采.
PURPOSES = ("round", "late", "routine", "recall")
REMOVAL_REASONS = ("wrong_person", "scanned_twice", "wrong_tube", "other")


def day_start(moment: datetime) -> datetime:
    return datetime.combine(moment.date(), time())


def _check_late(rnd: TestRound, now: datetime) -> None:
    """A late sample (补采) counts for a round whose window closed earlier the same day."""
    if rnd.starts_at <= now <= rnd.ends_at:
        raise InvalidInput(f"轮次「{rnd.name}」正在采样，无需补采",
                           f"round '{rnd.name}' is open: no late sample needed")
    if not day_start(now) <= rnd.ends_at < now:
        raise InvalidInput(f"轮次「{rnd.name}」不是今天结束的轮次，不能补采",
                           f"round '{rnd.name}' did not close earlier today: no late sample for it")


def late_rounds(db: Session, actor: Actor, now: datetime | None = None) -> list[TestRound]:
    """Rounds whose window closed earlier today: what a sample taken now may be a late sample for."""
    require_any(actor, Permission.TESTING_SAMPLE, Permission.TESTING_READ)
    now = now or clock.now()
    return list(db.scalars(select(TestRound).where(TestRound.state == "active", TestRound.ends_at < now,
                                                   TestRound.ends_at >= day_start(now))
                           .order_by(TestRound.ends_at.desc(), TestRound.id.desc()).limit(20)))


class SampledToday(InvalidInput):
    """The person was already sampled earlier today: a warning, not a refusal; the sampler decides."""

    def __init__(self, person: registry.PersonView, at: datetime, site: str) -> None:
        # The masked name with sex and age, so the sampler can tell whom the warning is about.
        zh = f"{person.name}（{'男' if person.sex == 'M' else '女'}，{person.age}岁）"
        en = f"{person.name} ({'male' if person.sex == 'M' else 'female'}, {person.age})"
        super().__init__(f"{zh}今天 {at:%H:%M} 已在{site}采样。确定要再采一次吗？",
                         f"{en} was already sampled today at {at:%H:%M} ({site}). Sample again?")
        self.person, self.at, self.site = person, at, site


def _sampled_today(db: Session, person_id: int, now: datetime) -> tuple[datetime, str] | None:
    row = db.execute(select(Sample.sampled_at, SamplingSite.name).join(Tube, Tube.id == Sample.tube_id)
                     .join(SamplingSite, SamplingSite.id == Tube.site_id)
                     .where(Sample.person_id == person_id, Sample.sampled_at >= day_start(now),
                            Sample.sampled_at <= now)
                     .order_by(Sample.sampled_at.desc()).limit(1)).first()
    return (row[0], row[1]) if row is not None else None



@dataclass(frozen=True)
class TubeView:
    id: int
    barcode: str
    state: str
    pool_size: int
    members: int
    site_id: int
    round_id: int | None
    purpose: str
    target_hours: int
    sampled_at: datetime | None
    sealed_at: datetime | None
    result: str | None

    @property
    def full(self) -> bool:
        return self.members >= self.pool_size

    @property
    def free(self) -> int:
        return max(self.pool_size - self.members, 0)


def tube_view(tube: Tube) -> TubeView:
    return TubeView(tube.id, tube.barcode, tube.state, tube.pool_size, tube.members, tube.site_id, tube.round_id,
                    tube.purpose, tube.target_hours, tube.sampled_at, tube.sealed_at, tube.result)


def open_tube(db: Session, actor: Actor, *, barcode: str, site_id: int, round_id: int | None = None,
              pool_size: int | None = None, purpose: str | None = None) -> TubeView:
    """A sampler scans a new tube at a site. purpose: 'round' (needs round_id, a round open now),
    'late' (补采: needs round_id, a round whose window closed earlier today; its samples count for
    that round), 'routine' (a single test or key-group routine test, no round), or 'recall'
    (single-tube re-tests). Pool size: the given one, else the round's, else the site's default; it
    must be allowed by the policy and the site; recalls are single."""
    require_any(actor, Permission.TESTING_SAMPLE)
    barcode = normalize_barcode(barcode)
    site = site_for(db, actor, site_id)
    now = clock.now()
    purpose = purpose or ("round" if round_id is not None else "routine")
    if purpose not in PURPOSES:
        raise InvalidInput("用途应为 round / late / routine / recall", "purpose must be round, late, routine or recall")
    rnd = None
    if purpose == "late":
        if round_id is None:
            raise InvalidInput("请选择要补采的轮次", "Choose the round this late sample is for")
        rnd = db.get(TestRound, round_id)
        if rnd is None or rnd.state != "active":
            raise NotFound("核酸轮次不存在", "No such testing round")
        _check_late(rnd, now)
    elif purpose == "round":
        if round_id is None:
            raise InvalidInput("请选择核酸轮次", "choose a testing round")
        rnd = db.get(TestRound, round_id)
        if rnd is None or rnd.state != "active":
            raise NotFound("核酸轮次不存在", "No such testing round")
        if not rnd.starts_at <= now <= rnd.ends_at:
            raise InvalidInput(f"轮次「{rnd.name}」不在采样时间内", f"round '{rnd.name}' is not open for sampling now")
    elif round_id is not None:
        raise InvalidInput("复采和常态检测不属于轮次", "recall and routine tubes belong to no round")
    policy = testing_policy(now)
    size = pool_size or (rnd.pool_size if rnd else (1 if purpose == "recall" else site.default_pool_size))
    if purpose == "recall" and size != 1:
        raise InvalidInput("复采必须单采单检(1人1管)", "recalls are single tubes (pool size 1)")
    if size not in policy["pool_sizes"] or size not in parse_pool_sizes(site.allowed_pool_sizes):
        raise InvalidInput(f"本采样点不允许 {size}合1", f"{size}-in-1 pools are not allowed at this site")
    if db.scalar(select(Tube.id).where(Tube.barcode == barcode)) is not None:
        raise InvalidInput(f"条码 {barcode} 已使用过,请换一支试管",
                           f"barcode {barcode} was used before: take a new tube")
    keyish = purpose not in ("round", "late") or size == 1
    target = rnd.turnaround_hours if rnd else (policy["key_group_hours"] if keyish else policy["default_hours"])
    tube = Tube(barcode=barcode, site_id=site.id, round_id=rnd.id if rnd else None, district_id=site.district_id,
                purpose=purpose, pool_size=size, members=0, target_hours=target, state="open",
                sampler=actor.username, opened_at=now)
    db.add(tube)
    db.flush()
    audit.record(db, actor, "write", "tube", barcode, {"op": "open", "site": site.id, "pool": size,
                                                       "round": round_id, "purpose": purpose})
    return tube_view(tube)


@dataclass(frozen=True)
class SampleAdded:
    tube: TubeView
    person_id: int
    masked_name: str
    sealed: bool  # this swab filled the tube, which is now sealed
    recall_id: int | None  # the recall this single-tube re-test answers


def add_sample(db: Session, actor: Actor, *, barcode: str, person_id: int | None = None, id_number: str | None = None,
               token: str | None = None, resolve_token: Callable[[Session, str], int] | None = None,
               confirm_repeat: bool = False) -> SampleAdded:
    """Put one person's swab in an open tube. The person is given by id, identity number, or a
    health-code token with `resolve_token(db, token) -> person_id` (from the codes domain).

    Refused with a clear message, storing nothing: unknown tube or person, a sealed or full tube,
    a person already sampled in the round (or already in this tube), a person outside the round's
    targets, a person with an open recall in a pooled tube. A person already sampled earlier today
    raises SampledToday (a warning: the sampler decides, and confirms with `confirm_repeat`), except
    in a recall tube answering their open recall. The tube seals itself when full."""
    require_any(actor, Permission.TESTING_SAMPLE)
    barcode = normalize_barcode(barcode)
    tube = db.scalar(select(Tube).where(Tube.barcode == barcode))
    if tube is None:
        raise NotFound(f"条码 {barcode} 未开管,请先扫描新试管", f"tube {barcode} is not open: scan a new tube first")
    site_for(db, actor, tube.site_id)
    if tube.state != "open":
        raise InvalidInput(f"试管 {barcode} 已封管,请换一支试管", f"tube {barcode} is sealed: take a new tube")
    if tube.members >= tube.pool_size:
        raise InvalidInput(f"试管 {barcode} 已满({tube.pool_size}人)", f"tube {barcode} is full ({tube.pool_size})")
    row = _find_person(db, person_id=person_id, id_number=id_number, token=token, resolve_token=resolve_token)
    pid = row.id
    now = clock.now()
    if db.scalar(select(Sample.id).where(Sample.tube_id == tube.id, Sample.person_id == pid)) is not None:
        raise InvalidInput("此人已在本管中", "this person is already in this tube")
    rnd = db.get(TestRound, tube.round_id) if tube.round_id else None
    if rnd is not None:
        if tube.purpose == "late":
            _check_late(rnd, now)
        elif not rnd.starts_at <= now <= rnd.ends_at:
            raise InvalidInput(f"轮次「{rnd.name}」不在采样时间内", f"round '{rnd.name}' is not open for sampling now")
        if db.scalar(select(Sample.id).where(Sample.round_id == rnd.id, Sample.person_id == pid)) is not None:
            raise InvalidInput("此人本轮已采样,无需重复采样", "this person was already sampled in this round")
        if not is_member(db, rnd, row):
            raise InvalidInput(f"此人不在「{rnd.name}」的检测范围内", f"this person is not a target of '{rnd.name}'")
    recall_id = db.scalar(select(Recall.id).where(Recall.person_id == pid, Recall.state == "open")
                          .order_by(Recall.id).limit(1))
    if recall_id is not None and tube.pool_size != 1:
        raise InvalidInput("此人待复采,须单采单检(1人1管)", "this person is recalled: use a single tube")
    if recall_id is not None and tube.purpose != "recall" and rnd is not None:
        recall_id = None  # a round's single tube does not answer the recall; a recall tube does
    repeat = None if (recall_id is not None and tube.purpose == "recall") else _sampled_today(db, pid, now)
    if repeat is not None and not confirm_repeat:
        raise SampledToday(registry.person_views(db, [pid])[pid], *repeat)
    # Guarded increment: two samplers racing for the last place cannot overfill a tube.
    filled = db.execute(update(Tube).where(Tube.id == tube.id, Tube.state == "open", Tube.members < Tube.pool_size)
                        .values(members=Tube.members + 1,
                                sampled_at=func.coalesce(Tube.sampled_at, now))
                        .execution_options(synchronize_session=False)).rowcount
    if filled != 1:
        raise InvalidInput(f"试管 {barcode} 已满或已封管", f"tube {barcode} is full or sealed")
    db.execute(insert(Sample).values(tube_id=tube.id, person_id=pid, round_id=tube.round_id, recall_id=recall_id,
                                     sampled_at=now, sampler=actor.username))
    if recall_id is not None:
        db.execute(update(Recall).where(Recall.id == recall_id).values(
            state="sampled", retest_tube_id=tube.id, sampled_at=now))
    db.refresh(tube)
    sealed = tube.members >= tube.pool_size
    if sealed:
        tube.state, tube.sealed_at = "sealed", now
        db.flush()
    audit.record(db, actor, "write", "sample", pid, {"tube": barcode, "round": tube.round_id, "recall": recall_id,
                                                     "members": tube.members, "sealed": sealed,
                                                     "purpose": tube.purpose,
                                                     **({"repeat_today": True} if repeat is not None else {})})
    return SampleAdded(tube_view(tube), pid, registry.person_views(db, [pid])[pid].name, sealed, recall_id)


def _find_person(db: Session, *, person_id: int | None, id_number: str | None, token: str | None,
                 resolve_token: Callable[[Session, str], int] | None) -> Any:
    if token:
        if resolve_token is None:
            raise InvalidInput("暂不支持扫健康码,请输入身份证号",
                               "codes cannot be scanned here: type the identity number")
        person_id = resolve_token(db, token)
    if person_id is None and id_number:
        try:
            number = idnumber.validate(id_number)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from None
        person_id = registry.person_by_id_number(db, number)
        if person_id is None:
            raise NotFound("查无此人,请先到社区登记", "Unknown person: register with the community first")
    elif person_id is None:
        raise InvalidInput("请扫码或输入身份证号", "scan the code or type the identity number")
    home = registry.locations_selectable()
    row = db.execute(select(home).where(home.c.id == person_id)).first()
    if row is None:
        raise NotFound("查无此人,请先到社区登记", "Unknown person: register with the community first")
    return row


def remove_sample(db: Session, actor: Actor, *, barcode: str, person_id: int, reason: str,
                  note: str = "") -> TubeView:
    """Take a wrong scan out of a tube still open (扫错了): the sample row goes, a SampleRemoval row
    keeps what it was and why, the tube has a place free again, a recall the swab answered is open
    again. Audited with the reason. A sealed tube cannot be changed (its swabs are in the liquid)."""
    require_any(actor, Permission.TESTING_SAMPLE)
    tube = _tube(db, barcode)
    site_for(db, actor, tube.site_id)
    if tube.state != "open":
        raise InvalidInput(f"试管 {tube.barcode} 已封管，不能再移除",
                           f"tube {tube.barcode} is sealed: nothing can be removed")
    if reason not in REMOVAL_REASONS:
        raise InvalidInput("请选择移除原因", "Choose why the scan is removed")
    note = note.strip()[:200]
    if reason == "other" and not note:
        raise InvalidInput("选择“其他”时请写明原因", "Say why when choosing 'other'")
    sample = db.scalar(select(Sample).where(Sample.tube_id == tube.id, Sample.person_id == person_id))
    if sample is None:
        raise NotFound("此人不在本管中", "This person is not in this tube")
    now = clock.now()
    db.add(SampleRemoval(tube_id=tube.id, person_id=person_id, round_id=sample.round_id, recall_id=sample.recall_id,
                         sampled_at=sample.sampled_at, sampler=sample.sampler, reason=reason, note=note,
                         removed_at=now, removed_by=actor.username))
    db.execute(delete(Sample).where(Sample.id == sample.id))
    if sample.recall_id is not None:
        db.execute(update(Recall).where(Recall.id == sample.recall_id, Recall.retest_tube_id == tube.id)
                   .values(state="open", retest_tube_id=None, sampled_at=None))
    left = db.scalar(select(func.count()).select_from(Sample).where(Sample.tube_id == tube.id)) or 0
    first = db.scalar(select(func.min(Sample.sampled_at)).where(Sample.tube_id == tube.id))
    tube.members, tube.sampled_at = left, first
    db.flush()
    audit.record(db, actor, "write", "sample", person_id, {"op": "remove", "tube": tube.barcode, "reason": reason,
                                                           "note": note, "sampled_at": sample.sampled_at,
                                                           "round": sample.round_id, "members": left})
    return tube_view(tube)


def _tube(db: Session, barcode: str) -> Tube:
    barcode = normalize_barcode(barcode)
    tube = db.scalar(select(Tube).where(Tube.barcode == barcode))
    if tube is None:
        raise NotFound(f"没有试管 {barcode}", f"No tube {barcode}")
    return tube


def seal_tube(db: Session, actor: Actor, barcode: str) -> TubeView:
    """Close a tube early (the queue ended before it was full). An empty tube cannot be sealed."""
    require_any(actor, Permission.TESTING_SAMPLE)
    tube = _tube(db, barcode)
    barcode = tube.barcode
    site_for(db, actor, tube.site_id)
    if tube.state != "open":
        raise InvalidInput(f"试管 {barcode} 已封管", f"tube {barcode} is already sealed")
    if tube.members == 0:
        raise InvalidInput("空管不能封管", "an empty tube cannot be sealed")
    tube.state, tube.sealed_at = "sealed", clock.now()
    db.flush()
    audit.record(db, actor, "write", "tube", barcode, {"op": "seal", "members": tube.members})
    return tube_view(tube)


def get_tube(db: Session, actor: Actor, barcode: str) -> TubeView:
    require_any(actor, Permission.TESTING_SAMPLE, Permission.TESTING_READ, Permission.TESTING_RESULTS)
    return tube_view(_tube(db, barcode))


def open_tubes(db: Session, actor: Actor, site_id: int) -> list[TubeView]:
    """The site's tubes still open (a sampler's page shows them to continue filling)."""
    require_any(actor, Permission.TESTING_SAMPLE)
    site = site_for(db, actor, site_id)
    return [tube_view(t) for t in db.scalars(select(Tube).where(Tube.site_id == site.id, Tube.state == "open")
                                         .order_by(Tube.id))]


def tube_members(db: Session, actor: Actor, barcode: str) -> list[registry.PersonView]:
    """The persons in a tube, masked, in sampling order. Audited as a list read."""
    require_any(actor, Permission.TESTING_SAMPLE, Permission.TESTING_READ)
    tube = _tube(db, barcode)
    if actor.role == "sampler":
        site_for(db, actor, tube.site_id)
    in_order = list(db.scalars(select(Sample.person_id).where(Sample.tube_id == tube.id).order_by(Sample.id)))
    views = registry.person_views(db, in_order, within=None if actor.role == "sampler" else actor)
    persons = [views[pid] for pid in in_order if pid in views]
    audit.record(db, actor, "read", "tube_members", tube.barcode, {"persons": [p.id for p in persons]})
    return persons


@dataclass(frozen=True)
class BulkRegistration:
    tubes: int
    samples: int
    first_tube_id: int | None
    barcode_prefix: str


def register_samples_bulk(db: Session, actor: Actor, *, round_id: int, site_id: int, sampled_at: datetime,
                          barcode_prefix: str, persons: Select[Any] | None = None,
                          pool_size: int | None = None) -> BulkRegistration:
    """Register a whole round's samples at once (drills, benchmarks, importing a sampling system's
    export), set-based: persons (a SELECT of person ids; default every member of the round not yet
    sampled), ordered by id so households share tubes, go into sealed tubes of `pool_size`; barcodes
    are `barcode_prefix` + tube number. The sampling page does not use this: it adds one swab at a time."""
    require_any(actor, Permission.TESTING_MANAGE)
    rnd = db.get(TestRound, round_id)
    if rnd is None:
        raise NotFound("核酸轮次不存在", "No such testing round")
    site = db.get(SamplingSite, site_id)
    if site is None:
        raise NotFound("采样点不存在", "No such sampling site")
    size = pool_size or rnd.pool_size
    if size not in POOL_SIZES:
        raise InvalidInput(f"混采规格只能是 {POOL_SIZES}", f"pool size must be one of {POOL_SIZES}")
    prefix = normalize_barcode(barcode_prefix)
    if db.scalar(select(Tube.id).where(Tube.barcode.like(f"{prefix}%")).limit(1)) is not None:
        raise InvalidInput(f"条码前缀 {prefix} 已用过", f"barcode prefix {prefix} was used before")
    source = (persons if persons is not None else
              (registry.every_person_id() if rnd.whole_city else round_members(round_id))).subquery("chosen")
    pid = source.c[source.c.keys()[0]]
    numbered = (select(pid.label("person_id"), (func.row_number().over(order_by=pid) - 1).label("n"))
                .where(~exists(select(Sample.id).where(Sample.round_id == round_id, Sample.person_id == pid)))
                .subquery("numbered"))
    base = db.scalar(select(func.coalesce(func.max(Tube.id), 0))) or 0
    number = numbered.c.n // size
    tube_rows = (select((number + base + 1).label("id"), (literal(prefix) + cast(number, String))
                        .label("barcode"), func.count().label("members"))
                 .group_by(number))
    counts = tube_rows.subquery("tube_rows")
    db.execute(insert(Tube).from_select(
        ["id", "barcode", "members", "site_id", "round_id", "district_id", "purpose", "pool_size", "target_hours",
         "state", "sampler", "opened_at", "sampled_at", "sealed_at"],
        select(counts.c.id, counts.c.barcode, counts.c.members, literal(site.id), literal(round_id),
               literal(site.district_id), literal("round"), literal(size), literal(rnd.turnaround_hours),
               literal("sealed"), literal(actor.username), literal(sampled_at, DateTime()),
               literal(sampled_at, DateTime()), literal(sampled_at, DateTime()))))
    in_round = select(func.count()).select_from(Sample).where(Sample.round_id == round_id)
    before = db.scalar(in_round) or 0
    db.execute(insert(Sample).from_select(
        ["tube_id", "person_id", "round_id", "sampled_at", "sampler"],
        select(number + base + 1, numbered.c.person_id, literal(round_id), literal(sampled_at, DateTime()),
               literal(actor.username))))
    samples = (db.scalar(in_round) or 0) - before
    tubes = -(-samples // size)
    if db.get_bind().dialect.name == "postgresql":
        db.execute(text("SELECT setval(pg_get_serial_sequence('tube', 'id'), (SELECT max(id) FROM tube))"))
    analyze(db, "tube", "sample")
    audit.record(db, actor, "write", "sample", None, {"op": "bulk", "round": round_id, "site": site_id,
                                                      "samples": samples, "tubes": tubes, "prefix": prefix})
    return BulkRegistration(tubes, samples, base + 1 if samples else None, prefix)


def samples_of(db: Session, actor: Actor, person_id: int, *, start: datetime, end: datetime,
               purpose: str) -> list[tuple[int, datetime, str]]:
    """(sample id, sampled at, sampling site) of one person between two moments: the sampling records of
    a trajectory (an investigation reads them for a case; audited with its purpose)."""
    registry.resident_location(db, actor, person_id, purpose=purpose)  # exists, in scope, audited
    rows = db.execute(select(Sample.id, Sample.sampled_at, SamplingSite.name)
                      .join(Tube, Tube.id == Sample.tube_id).join(SamplingSite, SamplingSite.id == Tube.site_id)
                      .where(Sample.person_id == person_id, Sample.sampled_at >= start, Sample.sampled_at <= end)
                      .order_by(Sample.sampled_at))
    return [(int(i), at, name) for i, at, name in rows]
