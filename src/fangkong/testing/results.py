"""Results (检): a lab's result file imported whole or refused with a per-row report, and the recalls it
opens and closes. The whole import with its consequences is `flows.import_result_file`."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    Column,
    MetaData,
    Select,
    String,
    Table,
    and_,
    case,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.types import DateTime, Float, Integer

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput
from fangkong.core.roles import Permission, require_any
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.testing import result_files
from fangkong.testing.common import analyze
from fangkong.testing.models import Recall, ResultFile, ResultRow, Sample, Tube
from fangkong.testing.sites import lab_for_actor

# ---- results -------------------------------------------------------------------------------


class ResultFileRefused(InvalidInput):
    """A result file with errors, refused whole; `errors` is the per-row report."""

    def __init__(self, errors: Sequence[result_files.RowError]) -> None:
        shown = errors[0] if errors else None
        where = f"第 {shown.row} 行 {shown.column}: " if shown and shown.row else ""
        where_en = f"row {shown.row} {shown.column}: " if shown and shown.row else ""
        super().__init__(f"结果文件有 {len(errors)} 处错误,整份未导入。{where}{shown.zh if shown else ''}",
                         f"the result file has {len(errors)} errors and was not imported. "
                         f"{where_en}{shown.en if shown else ''}")
        self.errors = list(errors)


@dataclass
class ImportReport:
    file_id: int
    lab_id: int
    rows: int
    applied: int  # rows that gave a tube its result
    unchanged: int  # rows repeating a result the tube already had
    positive_tubes: int
    duplicate: bool  # the same file was imported before: nothing changed
    digest: str
    errors: list[result_files.RowError] = field(default_factory=list)


MAX_RESULT_FILE_BYTES = 50 * 1024 * 1024  # the pages and the API refuse larger uploads before reading on
_ERROR_LIMIT = 1000  # a report longer than this helps nobody; the count says how many more


def import_results(db: Session, actor: Actor, *, content: bytes, filename: str = "", lab_id: int | None = None,
                   now: datetime | None = None) -> ImportReport:
    """Import a lab's result file (CSV or .xlsx, see testing.results), keyed by tube barcode.

    Every row is checked (format; barcode known; tube received by this lab; tested after sampling;
    no conflict with a result the tube already has). Any error: ResultFileRefused with the per-row
    report, and nothing is stored. The same bytes again: the earlier import is reported, nothing
    changes. Set-based: rows are staged and inserted once (_store_rows), tubes updated with one UPDATE.
    Consequences (recalls, cases, codes) are `flows.import_result_file`'s job."""
    lab = lab_for_actor(db, actor, lab_id)
    if actor.role != "lab":
        require_any(actor, Permission.TESTING_RESULTS, Permission.TESTING_MANAGE)
    now = now or clock.now()
    digest = hashlib.sha256(content).hexdigest()
    known = db.scalar(select(ResultFile).where(ResultFile.lab_id == lab.id, ResultFile.digest == digest))
    if known is not None:
        audit.record(db, actor, "write", "result_file", known.id, {"op": "reupload", "digest": digest})
        return ImportReport(known.id, lab.id, known.rows, 0, known.rows, known.positives, True, digest)
    parsed = result_files.parse_result_file(content, filename)
    if not parsed.rows:
        raise ResultFileRefused(parsed.errors[:_ERROR_LIMIT])
    file = ResultFile(lab_id=lab.id, digest=digest, filename=filename[:200], rows=len(parsed.rows),
                      uploaded_by=actor.username, uploaded_at=now)
    db.add(file)
    db.flush()
    _store_rows(db, file.id, parsed.rows)
    analyze(db, "result_row")
    # Rows that parsed are checked against the tubes too, so the lab gets the whole report at once.
    errors = sorted(parsed.errors + _check_rows(db, file.id, lab.id, now, parsed), key=lambda e: (e.row, e.column))
    if errors:
        # Nothing half-written even if the caller goes on to commit other work.
        db.execute(delete(ResultRow).where(ResultRow.file_id == file.id))
        db.execute(delete(ResultFile).where(ResultFile.id == file.id))
        db.expunge(file)
        raise ResultFileRefused(errors[:_ERROR_LIMIT])
    applied = db.scalar(select(func.count()).select_from(ResultRow).where(
        ResultRow.file_id == file.id, ResultRow.applied.is_(True))) or 0
    db.execute(update(Tube).where(Tube.id == ResultRow.tube_id, ResultRow.file_id == file.id,
                                  ResultRow.applied.is_(True))
               .values(result=ResultRow.result, ct_orf1ab=ResultRow.ct_orf1ab, ct_n=ResultRow.ct_n,
                       tested_at=ResultRow.tested_at, reported_at=ResultRow.reported_at,
                       state=case((ResultRow.reported_at.is_(None), "tested"), else_="reported"),
                       result_file_id=file.id)
               .execution_options(synchronize_session=False))
    # A repeated result may bring the report time the first file lacked.
    db.execute(update(Tube).where(Tube.id == ResultRow.tube_id, ResultRow.file_id == file.id,
                                  ResultRow.applied.is_(False), Tube.reported_at.is_(None),
                                  ResultRow.reported_at.is_not(None))
               .values(reported_at=ResultRow.reported_at, state="reported")
               .execution_options(synchronize_session=False))
    if applied > 5000:
        analyze(db, "tube")  # the consequences query tubes by result and file: plan them on fresh counts
    positives = db.scalar(select(func.count()).select_from(Tube).where(
        Tube.result_file_id == file.id, Tube.result == "positive")) or 0
    file.applied, file.positives = applied, positives
    db.flush()
    audit.record(db, actor, "write", "result_file", file.id,
                 {"op": "import", "lab": lab.id, "digest": digest, "rows": len(parsed.rows), "applied": applied,
                  "positives": positives, "filename": filename})
    return ImportReport(file.id, lab.id, len(parsed.rows), applied, len(parsed.rows) - applied, positives, False,
                        digest)


_STAGE = Table("result_stage", MetaData(), Column("row_no", Integer), Column("barcode", String(40)),
               Column("result", String(16)), Column("ct_orf1ab", Float), Column("ct_n", Float),
               Column("tested_at", DateTime), Column("reported_at", DateTime), prefixes=["TEMPORARY"])


def _store_rows(db: Session, file_id: int, rows: Sequence[result_files.ParsedRow]) -> None:
    """A file's rows into result_row, each written once with its tube (NULL: unknown barcode) and
    `applied` (the tube has no result yet): staged in a temporary table (COPY on PostgreSQL), then
    one INSERT ... SELECT joining the tubes by barcode."""
    connection = db.connection()
    _STAGE.create(connection)  # (a failure rolls the whole transaction back, the table with it)
    if connection.dialect.name == "postgresql":
        raw: Any = connection.connection.driver_connection
        with raw.cursor() as cursor, cursor.copy(f"COPY {_STAGE.name} FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    else:
        names = _STAGE.c.keys()  # the order of ParsedRow's fields
        connection.execute(insert(_STAGE), [dict(zip(names, row, strict=True)) for row in rows])
    stage = _STAGE.c
    db.execute(insert(ResultRow).from_select(
        ["file_id", "row_no", "barcode", "result", "ct_orf1ab", "ct_n", "tested_at", "reported_at", "tube_id",
         "applied"],
        select(literal(file_id), stage.row_no, stage.barcode, stage.result, stage.ct_orf1ab, stage.ct_n,
               stage.tested_at, stage.reported_at, Tube.id, and_(Tube.id.is_not(None), Tube.result.is_(None)))
        .select_from(_STAGE).outerjoin(Tube, Tube.barcode == stage.barcode)))
    _STAGE.drop(connection)


def _check_rows(db: Session, file_id: int, lab_id: int, now: datetime,
                parsed: result_files.ParsedFile) -> list[result_files.RowError]:
    """The rows of a staged file that the tubes contradict, in row order (set-based queries)."""
    r, t = ResultRow, Tube
    errors: list[result_files.RowError] = []
    for row_no, barcode in db.execute(select(r.row_no, r.barcode).where(r.file_id == file_id, r.tube_id.is_(None))
                                      .order_by(r.row_no).limit(_ERROR_LIMIT)):
        errors.append(result_files.RowError(row_no, parsed.header("barcode"), barcode, f"未知条码 {barcode}",
                                            f"unknown barcode {barcode}"))
    checks = (
        (or_(t.lab_id.is_(None), t.lab_id != lab_id), "barcode", "该试管未送到本实验室",
         "this tube was not sent to this lab"),
        (and_(t.lab_id == lab_id, t.received_at.is_(None)), "barcode", "该试管尚未签收,请先签收送检批次",
         "this tube was not received yet: receive its batch first"),
        (r.tested_at < t.sampled_at, "tested_at", "检测时间早于采样时间", "tested before it was sampled"),
        (and_(t.received_at.is_not(None), t.sampled_at <= r.tested_at, r.tested_at < t.received_at), "tested_at",
         "检测时间早于本实验室签收该管的时间，请核对检测时间",
         "the test time is before the lab received the tube: check it"),
        (r.tested_at > now + timedelta(hours=1), "tested_at", "检测时间在未来", "the test time is in the future"),
        (and_(t.result.is_not(None), or_(t.result != r.result, t.ct_orf1ab.is_distinct_from(r.ct_orf1ab),
                                         t.ct_n.is_distinct_from(r.ct_n))),
         "result", "与已导入的结果不一致", "conflicts with the result already imported"),
    )
    for condition, column, zh, en in checks:
        for row_no, barcode in db.execute(select(r.row_no, r.barcode).join(t, t.id == r.tube_id)
                                          .where(r.file_id == file_id, condition).order_by(r.row_no)
                                          .limit(_ERROR_LIMIT)):
            errors.append(result_files.RowError(row_no, parsed.header(column), barcode, zh, en))
    errors.sort(key=lambda e: e.row)
    return errors[:_ERROR_LIMIT]


def persons_of_file(file_id: int) -> Select[Any]:
    """SELECT person_id of everyone whose tube got its result from this file."""
    return (select(Sample.person_id.label("person_id")).join(Tube, Tube.id == Sample.tube_id)
            .where(Tube.result_file_id == file_id))


@dataclass(frozen=True)
class PositiveSingle:
    person_id: int
    barcode: str
    known_at: datetime  # reported, else tested
    recall_id: int | None


def positive_singles_of_file(db: Session, file_id: int) -> list[PositiveSingle]:
    """Persons alone in a positive tube of this file (a case each): few, listed one by one."""
    rows = db.execute(select(Sample.person_id, Tube.barcode, func.coalesce(Tube.reported_at, Tube.tested_at),
                             Sample.recall_id)
                      .join(Tube, Tube.id == Sample.tube_id)
                      .where(Tube.result_file_id == file_id, Tube.result == "positive", Tube.pool_size == 1)
                      .order_by(Sample.person_id))
    return [PositiveSingle(*row) for row in rows]


def create_recalls_for_file(db: Session, actor: Actor, file_id: int, *, now: datetime | None = None) -> int:
    """Every member of a positive pool (size > 1) from this file gets an open recall (单采单检),
    listed under their place for grid workers and samplers. Set-based INSERT ... SELECT; idempotent."""
    now = now or clock.now()
    home = registry.locations_selectable()
    source = (select(Sample.person_id, Tube.id, Tube.round_id, home.c.district_id, home.c.street_id,
                     home.c.community_id, home.c.grid_id, home.c.compound_id, home.c.building_id, home.c.unit_id,
                     home.c.household_id, literal("open"), literal(now, DateTime()), literal(""))
              .join(Tube, Tube.id == Sample.tube_id).join(home, home.c.id == Sample.person_id)
              .where(Tube.result_file_id == file_id, Tube.result == "positive", Tube.pool_size > 1,
                     ~exists(select(Recall.id).where(Recall.person_id == Sample.person_id,
                                                     Recall.source_tube_id == Tube.id))))
    of_file = (select(func.count()).select_from(Recall).join(Tube, Tube.id == Recall.source_tube_id)
               .where(Tube.result_file_id == file_id))
    before = db.scalar(of_file) or 0
    db.execute(insert(Recall).from_select(
        ["person_id", "source_tube_id", "round_id", "district_id", "street_id", "community_id", "grid_id",
         "compound_id", "building_id", "unit_id", "household_id", "state", "created_at", "note"], source))
    made = (db.scalar(of_file) or 0) - before
    audit.record(db, actor, "write", "recall", None, {"op": "create", "file": file_id, "recalls": made})
    return made


def close_recalls_for_file(db: Session, actor: Actor, file_id: int, *, now: datetime | None = None) -> int:
    """Close recalls answered by a single-tube result of this file taken after the pooled swab:
    negative clears the person's pool-positive fact, positive is a case. Set-based; returns count."""
    now = now or clock.now()
    s, t, source = aliased(Sample), aliased(Tube), aliased(Tube)
    answer = (select(t.result).select_from(s).join(t, t.id == s.tube_id)
              .join(source, source.id == Recall.source_tube_id)
              .where(s.person_id == Recall.person_id, t.result_file_id == file_id, t.pool_size == 1,
                     s.sampled_at > source.sampled_at)
              .order_by(case((t.result == "positive", 0), else_=1)).limit(1).scalar_subquery())
    singles = (select(Sample.person_id).join(Tube, Tube.id == Sample.tube_id)
               .where(Tube.result_file_id == file_id, Tube.pool_size == 1))
    if db.scalar(select(singles.exists())) is False:
        return 0  # a file of pools answers no recall
    # The semi-join first, so the per-recall answer runs only for persons re-tested in this file.
    closed = db.execute(update(Recall).where(Recall.state.in_(("open", "sampled")), Recall.person_id.in_(singles),
                                             answer.is_not(None))
                        .values(state="closed", outcome=answer, closed_at=now)
                        .execution_options(synchronize_session=False)).rowcount or 0
    if closed:
        audit.record(db, actor, "write", "recall", None, {"op": "close", "file": file_id, "recalls": closed})
    return closed
