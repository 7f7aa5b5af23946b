"""Round coverage on a generated city: counts per level from district down to household, door notes,
home-sampling requests, exemptions, and a grid worker kept to their grid. Both databases.

Personas are the demo accounts; the round, the site and the samples are made through the testing
service, as a commander and a sampler would."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fangkong.core import clock
from fangkong.core.errors import InvalidInput, PermissionDenied
from fangkong.core.models import AuditEntry
from fangkong.registry import service as registry
from fangkong.testing import coverage
from fangkong.testing import service as testing
from fangkong.testing.models import CoverageNote
from tests.helpers import demo_cast

NOW = datetime(2022, 11, 30, 10, 0)


@pytest.fixture(autouse=True)
def _now() -> None:
    clock.set_clock(NOW)


def setup_round(db: Session) -> dict[str, Any]:
    """A district round over the grid worker's community; three of the grid's households: A fully
    sampled, B partly, C not at all."""
    who = demo_cast(db)
    commander, sampler, grid = who["commander"], who["sampler"], who["grid"]
    grid_place = registry.get_place(db, commander, grid.jurisdiction_id)  # type: ignore[arg-type]
    community_id = grid_place.community_id
    assert community_id is not None
    rnd = testing.create_round(db, commander, name="光华街社区全员核酸", kind="district",
                               starts_at=NOW - timedelta(hours=2), ends_at=NOW + timedelta(hours=10),
                               place_ids=[community_id])
    site = testing.create_site(db, commander, name="光华街社区采样点", place_id=community_id,
                               venue_id=sampler.venue_id)
    _total, households = registry.households_of(db, commander, grid_place.id, limit=200)
    full = next(h for h in households if len(h.members) >= 2)
    partly = next(h for h in households if len(h.members) >= 2 and h.id != full.id)
    none = next(h for h in households if h.members and h.id not in (full.id, partly.id))
    testing.open_tube(db, sampler, barcode="COV0001", site_id=site.id, round_id=rnd.id, pool_size=10)
    for person in [*full.members, partly.members[0]]:
        testing.add_sample(db, sampler, barcode="COV0001", person_id=person.id)
    community_persons = registry.count_persons_under(db, commander, community_id)
    return {"round": rnd, "site": site, "who": who, "grid": grid_place, "community": community_id,
            "A": full, "B": partly, "C": none, "sampled": len(full.members) + 1, "persons": community_persons}


def test_counts_per_level_from_district_to_household(db: Session) -> None:
    w = setup_round(db)
    commander, rnd = w["who"]["commander"], w["round"]
    total, districts = coverage.coverage(db, commander, rnd.id)
    assert len(districts) == 1 and districts[0].level == "district"
    assert total.target == w["persons"] and total.sampled == w["sampled"]
    assert total.missing == w["persons"] - w["sampled"]
    place_id = districts[0].id
    # Down the chain: every level's rows add up to their parent's figures.
    for level in ("street", "community", "grid", "building", "unit", "household"):
        parent_total, rows = coverage.coverage(db, commander, rnd.id, place_id)
        assert rows and {r.level for r in rows} == {level}
        assert sum(r.target for r in rows) == parent_total.target
        assert sum(r.sampled for r in rows) == parent_total.sampled
        if level == "grid":
            own = next(r for r in rows if r.id == w["grid"].id)
            assert own.sampled == w["sampled"]
            place_id = own.id
            continue
        if level == "household":
            by_id = {r.id: r for r in rows}
            break
        # follow the branch holding household A
        a_place = registry.get_place(db, commander, w["A"].unit_id)
        place_id = getattr(a_place, f"{level}_id")
        assert place_id in {r.id for r in rows}
    household_a = by_id[w["A"].id]
    assert household_a.target == household_a.sampled == len(w["A"].members)
    assert household_a.households == household_a.households_done == 1
    assert "室" in household_a.name


def test_door_notes_exemptions_and_home_sampling(db: Session) -> None:
    w = setup_round(db)
    grid, rnd = w["who"]["grid"], w["round"]
    before, _rows = coverage.coverage(db, grid, rnd.id)
    assert before.id == w["grid"].id and before.sampled == w["sampled"]

    # 门上纸条 on A ("N people, all sampled" and the system agrees) and on C (it does not).
    coverage.record_door_note(db, grid, rnd.id, w["A"].id, persons_on_note=len(w["A"].members),
                              note="全家已完成核酸采样")
    coverage.record_door_note(db, grid, rnd.id, w["C"].id, persons_on_note=len(w["C"].members))
    status = {h.id: h for h in coverage.households_status(db, grid, rnd.id, w["grid"].id, only_missing=False)}
    assert status[w["A"].id].door_note_matches is True
    assert status[w["C"].id].door_note_matches is False
    assert status[w["B"].id].door_note is None
    assert [m.status for m in status[w["B"].id].members].count("sampled") == 1

    # C is away: exempt, leaves the missing count; B's unsampled members wait for home sampling.
    coverage.record_exemption(db, grid, rnd.id, w["C"].id, reason="away", note="外出探亲")
    b_missing = [m.id for m in w["B"].members[1:]]
    coverage.request_home_sampling(db, grid, rnd.id, w["B"].id, reason="bedridden", person_ids=b_missing)
    after, _rows = coverage.coverage(db, grid, rnd.id)
    assert after.exempt == len(w["C"].members)
    assert after.missing == before.missing - len(w["C"].members)
    assert after.home_requested == len(b_missing)
    assert after.door_notes == 2
    assert after.households_done == before.households_done + 1  # C is accounted for now
    home = set(db.scalars(coverage.home_sampling_persons(db, grid, rnd.id)))
    assert home == set(b_missing)

    missing = {h.id for h in coverage.households_status(db, grid, rnd.id, w["grid"].id)}
    assert w["A"].id not in missing and w["C"].id not in missing and w["B"].id in missing

    # Every write is audited with the household.
    notes = db.scalar(select(func.count()).select_from(AuditEntry).where(
        AuditEntry.subject_type == "coverage_note", AuditEntry.username == "grid")) or 0
    assert notes == 4


def test_bad_input_writes_nothing(db: Session) -> None:
    w = setup_round(db)
    grid, rnd = w["who"]["grid"], w["round"]
    count = db.scalar(select(func.count()).select_from(CoverageNote))
    with pytest.raises(InvalidInput):
        coverage.record_door_note(db, grid, rnd.id, w["C"].id, persons_on_note=0)
    with pytest.raises(InvalidInput):
        coverage.record_exemption(db, grid, rnd.id, w["C"].id, reason="bored")
    with pytest.raises(InvalidInput):
        coverage.record_exemption(db, grid, rnd.id, w["C"].id, reason="other")  # "other" needs words
    with pytest.raises(InvalidInput):  # everyone in A is sampled already
        coverage.request_home_sampling(db, grid, rnd.id, w["A"].id, reason="elderly")
    with pytest.raises(InvalidInput):  # a person of another household
        coverage.record_exemption(db, grid, rnd.id, w["C"].id, reason="away", person_ids=[w["A"].members[0].id])
    assert db.scalar(select(func.count()).select_from(CoverageNote)) == count


def test_grid_worker_is_kept_to_their_grid(db: Session) -> None:
    w = setup_round(db)
    who, rnd = w["who"], w["round"]
    other = who["grid2"]
    assert other.jurisdiction_id != w["grid"].id
    with pytest.raises(PermissionDenied):
        coverage.record_door_note(db, other, rnd.id, w["A"].id, persons_on_note=2)
    with pytest.raises(PermissionDenied):
        coverage.coverage(db, other, rnd.id, w["grid"].id)
    with pytest.raises(PermissionDenied):
        coverage.households_status(db, other, rnd.id, w["grid"].id)
    # Their own view counts only their grid's persons.
    total, _rows = coverage.coverage(db, other, rnd.id)
    commander_rows = coverage.coverage(db, who["commander"], rnd.id, w["community"])[1]
    expected = next((r.target for r in commander_rows if r.id == other.jurisdiction_id), 0)
    assert total.target == expected and total.sampled == 0
    # Samplers and labs have no coverage view; residents even less.
    for username in ("sampler", "lab", "resident"):
        with pytest.raises(PermissionDenied):
            coverage.coverage(db, who[username], rnd.id)


def test_withdrawn_note_no_longer_counts(db: Session) -> None:
    w = setup_round(db)
    grid, rnd = w["who"]["grid"], w["round"]
    note = coverage.record_exemption(db, grid, rnd.id, w["C"].id, reason="hospitalised")
    assert coverage.coverage(db, grid, rnd.id)[0].exempt == len(w["C"].members)
    coverage.withdraw_note(db, grid, note.id, reason="登记错了")
    assert coverage.coverage(db, grid, rnd.id)[0].exempt == 0
    with pytest.raises(InvalidInput):
        coverage.withdraw_note(db, grid, note.id)
