"""Testing tables: sites, labs, rounds and their targets, key groups and routine schedules, tubes,
samples, transport boxes and batches, result files and rows, recalls; coverage notes (0007) below.

States and times follow 采、送、检、报 (sample, send, test, report):

    tube.state  open -> sealed -> boxed -> sent -> received -> tested -> reported
                 (a tube is "tested" when a result row arrived without a report time and
                  "reported" when the lab stated one; results are read from tested/reported tubes)

Only fangkong.testing.service writes these tables. Persons are referred to by id; where a list must
be scoped without joining the registry (recalls for grid workers) the person's ancestor ids are
copied at creation, as the registry itself does.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from fangkong.core.db import Base

ROUND_KINDS = ("city_wide", "district", "key_group", "sealed_area", "home_sampling", "landing")
TUBE_STATES = ("open", "sealed", "boxed", "sent", "received", "tested", "reported")
RESULTS = ("negative", "positive")
RECALL_STATES = ("open", "sampled", "closed")


class SamplingSite(Base):
    """采样点. Scope columns copied from its place so lists filter without a join."""

    __tablename__ = "sampling_site"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(32), unique=True)
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id"), index=True)  # registry venue, if any
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id"), index=True)
    district_id: Mapped[int | None] = mapped_column(Integer, index=True)
    street_id: Mapped[int | None] = mapped_column(Integer)
    community_id: Mapped[int | None] = mapped_column(Integer)
    grid_id: Mapped[int | None] = mapped_column(Integer)
    default_pool_size: Mapped[int] = mapped_column(Integer, default=10)
    allowed_pool_sizes: Mapped[str] = mapped_column(String(32), default="1,5,10,20")  # comma list
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Daily opening hours, "HH:MM" (migration 0020); NULL: not stated (shown as "hours not given").
    opens: Mapped[str | None] = mapped_column(String(5))
    closes: Mapped[str | None] = mapped_column(String(5))


class Lab(Base):
    """检测机构 / 气膜实验室, with the tubes it can test per day (seed 002: 100,000)."""

    __tablename__ = "lab"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(32), unique=True)
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id"), index=True)  # lab accounts' venue
    district_id: Mapped[int | None] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(16), default="lab")  # lab | air_film
    daily_capacity: Mapped[int] = mapped_column(Integer)  # tubes per day
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class TestRound(Base):
    """A round: who (targets below, or the whole city) must be sampled within a window."""

    __tablename__ = "test_round"
    __test__ = False  # not a pytest class

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16), index=True)  # ROUND_KINDS
    whole_city: Mapped[bool] = mapped_column(Boolean, default=False)
    key_group: Mapped[str | None] = mapped_column(String(32))  # members of this key group are targets
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    pool_size: Mapped[int] = mapped_column(Integer, default=10)
    turnaround_hours: Mapped[int] = mapped_column(Integer, default=24)
    # A member not sampled by ends_at is overdue (yellow code) until sampled; False for optional rounds.
    enforced: Mapped[bool] = mapped_column(Boolean, default=True)
    series: Mapped[str | None] = mapped_column(String(64), index=True)  # e.g. the 3 days of a sealed area
    state: Mapped[str] = mapped_column(String(16), default="active")  # active | cancelled
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class RoundPlace(Base):
    """A place a round targets: everyone living under it (any level district..unit)."""

    __tablename__ = "round_place"
    __table_args__ = (UniqueConstraint("round_id", "place_id", name="uq_round_place_round_place"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("test_round.id"), index=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id"), index=True)
    level: Mapped[str] = mapped_column(String(16))  # the place's level, to pick the person column


class RoundPerson(Base):
    """A person a round targets by name (home-sampling lists, landing tests)."""

    __tablename__ = "round_person"
    __table_args__ = (UniqueConstraint("round_id", "person_id", name="uq_round_person_round_person"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("test_round.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)


class KeyGroupMember(Base):
    """A person in a key group (重点人群: high-exposure jobs, returning students, ...) from `since`."""

    __tablename__ = "key_group_member"
    __table_args__ = (
        UniqueConstraint("person_id", "group", name="uq_key_group_member_person_group"),
        Index("ix_key_group_member_group", "group", "person_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    group: Mapped[str] = mapped_column(String(32))
    since: Mapped[datetime] = mapped_column(DateTime)
    until: Mapped[datetime | None] = mapped_column(DateTime)
    assigned_by: Mapped[str] = mapped_column(String(64))


class TestSchedule(Base):
    """Routine testing of a key group.

    count NULL: recurring, one sample every `every_days` days (daily for high-exposure jobs).
    count N:   a series from the member's `since` day, one sample on each of N days (三天三检).
    """

    __tablename__ = "test_schedule"
    __test__ = False

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group: Mapped[str] = mapped_column(String(32), unique=True)
    name_zh: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    every_days: Mapped[int] = mapped_column(Integer, default=1)
    count: Mapped[int | None] = mapped_column(Integer)
    pool_size: Mapped[int] = mapped_column(Integer, default=1)
    turnaround_hours: Mapped[int] = mapped_column(Integer, default=6)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class TransportBatch(Base):
    """送检: boxes (or tubes) sent together to one lab."""

    __tablename__ = "transport_batch"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    lab_id: Mapped[int] = mapped_column(ForeignKey("lab.id"), index=True)
    tubes: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(16), default="sent")  # sent | received
    sent_at: Mapped[datetime] = mapped_column(DateTime)
    sent_by: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime | None] = mapped_column(DateTime)
    received_by: Mapped[str | None] = mapped_column(String(64))


class TransportBox(Base):
    """转运箱: sealed tubes of one site packed together."""

    __tablename__ = "transport_box"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sampling_site.id"), index=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("transport_batch.id"), index=True)
    tubes: Mapped[int] = mapped_column(Integer, default=0)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ResultFile(Base):
    """A lab's uploaded result file; the digest makes a re-upload of the same bytes a no-op."""

    __tablename__ = "result_file"
    __table_args__ = (UniqueConstraint("lab_id", "digest", name="uq_result_file_lab_digest"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lab_id: Mapped[int] = mapped_column(ForeignKey("lab.id"), index=True)
    digest: Mapped[str] = mapped_column(String(64), index=True)  # sha256 of the bytes
    filename: Mapped[str] = mapped_column(String(200), default="")
    rows: Mapped[int] = mapped_column(Integer)
    applied: Mapped[int] = mapped_column(Integer, default=0)  # rows that set a tube's result
    positives: Mapped[int] = mapped_column(Integer, default=0)
    uploaded_by: Mapped[str] = mapped_column(String(64))
    uploaded_at: Mapped[datetime] = mapped_column(DateTime)


class Tube(Base):
    """试管: a pool of `pool_size` swabs (1 = single tube, 单采单检), with its 采送检报 times."""

    __tablename__ = "tube"
    __table_args__ = (
        Index("ix_tube_state_site", "state", "site_id"),
        Index("ix_tube_result", "result", "pool_size"),
        Index("ix_tube_lab_received", "lab_id", "received_at"),
        # The live queue estimate (migration 0020): a site's tubes sealed in the last half hour or still open.
        Index("ix_tube_site_sealed", "site_id", "sealed_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    barcode: Mapped[str] = mapped_column(String(40), unique=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sampling_site.id"), index=True)
    round_id: Mapped[int | None] = mapped_column(ForeignKey("test_round.id"), index=True)
    district_id: Mapped[int | None] = mapped_column(Integer, index=True)  # the site's, for scoped lists
    purpose: Mapped[str] = mapped_column(String(16), default="round")  # round | routine | recall
    pool_size: Mapped[int] = mapped_column(Integer)  # capacity
    members: Mapped[int] = mapped_column(Integer, default=0)
    target_hours: Mapped[int] = mapped_column(Integer, default=24)  # sampling -> result target
    state: Mapped[str] = mapped_column(String(16), default="open")
    sampler: Mapped[str] = mapped_column(String(64))
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    sampled_at: Mapped[datetime | None] = mapped_column(DateTime)  # first swab in the tube
    sealed_at: Mapped[datetime | None] = mapped_column(DateTime)
    box_id: Mapped[int | None] = mapped_column(ForeignKey("transport_box.id"), index=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("transport_batch.id"), index=True)
    lab_id: Mapped[int | None] = mapped_column(ForeignKey("lab.id"))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    received_at: Mapped[datetime | None] = mapped_column(DateTime)
    tested_at: Mapped[datetime | None] = mapped_column(DateTime)
    reported_at: Mapped[datetime | None] = mapped_column(DateTime)
    result: Mapped[str | None] = mapped_column(String(16))  # RESULTS
    ct_orf1ab: Mapped[float | None] = mapped_column(Float)
    ct_n: Mapped[float | None] = mapped_column(Float)
    result_file_id: Mapped[int | None] = mapped_column(ForeignKey("result_file.id"), index=True)


class Sample(Base):
    """One person's swab in a tube. One per person and round (NULL round: routine or recall)."""

    __tablename__ = "sample"
    __table_args__ = (
        UniqueConstraint("round_id", "person_id", name="uq_sample_round_person"),
        UniqueConstraint("tube_id", "person_id", name="uq_sample_tube_person"),
        Index("ix_sample_person_at", "person_id", "sampled_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # No foreign keys on the three ids (decision 0006: a whole-city round inserts millions of rows at
    # once); testing.service, the only writer, takes them from rows it has just read or created.
    tube_id: Mapped[int] = mapped_column(Integer)  # leading column of uq_sample_tube_person
    person_id: Mapped[int] = mapped_column(Integer)  # leading column of ix_sample_person_at
    round_id: Mapped[int | None] = mapped_column(Integer)  # leading column of uq_sample_round_person
    recall_id: Mapped[int | None] = mapped_column(Integer)  # the recall this re-test answers
    sampled_at: Mapped[datetime] = mapped_column(DateTime)
    sampler: Mapped[str] = mapped_column(String(64))


class ResultRow(Base):
    """A row of a result file as the lab sent it, typed; `applied` when it set the tube's result
    (a later file repeating a known result is stored, not applied)."""

    __tablename__ = "result_row"
    __table_args__ = (UniqueConstraint("file_id", "barcode", name="uq_result_row_file_barcode"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("result_file.id"))
    row_no: Mapped[int] = mapped_column(Integer)
    barcode: Mapped[str] = mapped_column(String(40), index=True)
    tube_id: Mapped[int | None] = mapped_column(Integer, index=True)
    result: Mapped[str] = mapped_column(String(16))
    ct_orf1ab: Mapped[float | None] = mapped_column(Float)
    ct_n: Mapped[float | None] = mapped_column(Float)
    tested_at: Mapped[datetime] = mapped_column(DateTime)
    reported_at: Mapped[datetime | None] = mapped_column(DateTime)
    applied: Mapped[bool] = mapped_column(Boolean, default=False)


class Recall(Base):
    """复采: a member of a positive pool called back for a single-tube re-test (单采单检).

    open -> sampled (a single tube taken) -> closed (outcome negative | positive)."""

    __tablename__ = "recall"
    __table_args__ = (
        UniqueConstraint("person_id", "source_tube_id", name="uq_recall_person_source_tube"),
        Index("ix_recall_state_grid", "state", "grid_id"),
        Index("ix_recall_person_state", "person_id", "state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    source_tube_id: Mapped[int] = mapped_column(ForeignKey("tube.id"), index=True)
    round_id: Mapped[int | None] = mapped_column(Integer)
    # The person's place when the recall was made: grid workers' lists and scope without a join.
    district_id: Mapped[int | None] = mapped_column(Integer, index=True)
    street_id: Mapped[int | None] = mapped_column(Integer)
    community_id: Mapped[int | None] = mapped_column(Integer)
    grid_id: Mapped[int | None] = mapped_column(Integer)
    compound_id: Mapped[int | None] = mapped_column(Integer)
    building_id: Mapped[int | None] = mapped_column(Integer)
    unit_id: Mapped[int | None] = mapped_column(Integer)
    household_id: Mapped[int | None] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    retest_tube_id: Mapped[int | None] = mapped_column(Integer)
    sampled_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    outcome: Mapped[str | None] = mapped_column(String(16))  # negative | positive
    note: Mapped[str] = mapped_column(Text, default="")


class SamplingNotice(Base):
    """The office's notice of the day for residents going to be sampled (seed 000: "市民出门做核酸采样时，
    记得添衣保暖"): one per day for the city (place_id NULL) or per district. Migration 0020."""

    __tablename__ = "sampling_notice"
    __table_args__ = (Index("ix_sampling_notice_day_place", "day", "place_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"))  # a district; NULL: the whole city
    text: Mapped[str] = mapped_column(String(300))
    set_by: Mapped[str] = mapped_column(String(64))
    set_at: Mapped[datetime] = mapped_column(DateTime)


# ---- coverage (migration 0007) ------------------------------------------------------------
# Written only by fangkong.testing.coverage: what grid workers record going door to door.
COVERAGE_KINDS = ("door_note", "home_sampling", "exemption")


class CoverageNote(Base):
    """One household visit in a round: a door note (门上纸条, "3 people, all sampled"), a request
    for home sampling (上门采样) or an exemption with a reason. Append-only; a withdrawn note
    keeps its row with `withdrawn_at` set."""

    __tablename__ = "coverage_note"
    __table_args__ = (
        Index("ix_coverage_note_round_household", "round_id", "household_id"),
        Index("ix_coverage_note_round_grid", "round_id", "grid_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("test_round.id"))
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"))
    kind: Mapped[str] = mapped_column(String(16))  # one of COVERAGE_KINDS
    reason: Mapped[str] = mapped_column(String(32), default="")  # away, hospitalised, housebound, ...
    note: Mapped[str] = mapped_column(String(200), default="")
    persons_on_note: Mapped[int | None] = mapped_column(Integer)  # door note: "全家3个人已完成核酸采样" -> 3
    members: Mapped[int] = mapped_column(Integer)  # round members of the household when recorded
    sampled: Mapped[int] = mapped_column(Integer)  # of them, sampled when recorded
    # The household's place, copied so scope checks and grouped counts need no join.
    district_id: Mapped[int | None] = mapped_column(Integer)
    street_id: Mapped[int | None] = mapped_column(Integer)
    community_id: Mapped[int | None] = mapped_column(Integer)
    grid_id: Mapped[int | None] = mapped_column(Integer)
    compound_id: Mapped[int | None] = mapped_column(Integer)
    building_id: Mapped[int | None] = mapped_column(Integer)
    unit_id: Mapped[int | None] = mapped_column(Integer)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    account_id: Mapped[int | None] = mapped_column(Integer)
    recorded_by: Mapped[str] = mapped_column(String(64))
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime)
    withdrawn_by: Mapped[str | None] = mapped_column(String(64))


class CoverageNotePerson(Base):
    """The persons a home-sampling request or an exemption is for."""

    __tablename__ = "coverage_note_person"

    note_id: Mapped[int] = mapped_column(ForeignKey("coverage_note.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True, index=True)


# ---- sample removals (migration 0019) -------------------------------------------------------


class SampleRemoval(Base):
    """A wrong scan taken out of an open tube (扫错了): what the sample was, who removed it and why."""

    __tablename__ = "sample_removal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tube_id: Mapped[int] = mapped_column(ForeignKey("tube.id"), index=True)
    person_id: Mapped[int] = mapped_column(Integer, index=True)
    round_id: Mapped[int | None] = mapped_column(Integer)
    recall_id: Mapped[int | None] = mapped_column(Integer)
    sampled_at: Mapped[datetime] = mapped_column(DateTime)
    sampler: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(32))  # sampling.REMOVAL_REASONS
    note: Mapped[str] = mapped_column(String(200), default="")
    removed_at: Mapped[datetime] = mapped_column(DateTime)
    removed_by: Mapped[str] = mapped_column(String(64))
