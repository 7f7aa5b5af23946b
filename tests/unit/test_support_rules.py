"""Support rules without a database: priority from kind and categories, the policy's targets, whether a
home lies in a sealed area (exceptions honoured), a gate shift's status at a moment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from fangkong import policies
from fangkong.support.common import SealedArea, is_sealed, support_policy
from fangkong.support.gates import status_of
from fangkong.support.models import CATEGORIES, KINDS, GateShift
from fangkong.support.requests import priority_for

RAISING = frozenset({"living_alone", "disabled", "disabled_elderly", "pregnant", "regular_treatment", "infant"})


@given(kind_priority=st.integers(1, 3), categories=st.sets(st.sampled_from(CATEGORIES)))
def test_a_raising_category_lifts_priority_by_one_and_never_above_one(kind_priority: int,
                                                                     categories: set[str]) -> None:
    got = priority_for("x", categories, (kind_priority, 30, 60), RAISING)
    expected = max(1, kind_priority - 1) if categories & RAISING else kind_priority
    assert got == expected and 1 <= got <= kind_priority


def test_every_policy_has_a_target_for_every_kind_and_emergencies_come_first() -> None:
    for policy in policies.all_policies():
        found = support_policy(policy.effective)
        assert set(found.targets) == set(KINDS), policy.key
        assert set(found.sealed_levels) <= {level.key for level in policy.levels}
        emergency = found.target("medical_emergency")
        assert emergency[0] == 1 and all(emergency[1] <= found.target(k)[1] for k in KINDS)
        assert all(ack < fulfil for _p, ack, fulfil in found.targets.values())
    assert support_policy(datetime(2022, 4, 10)).sealed_levels == ("sealed",)
    assert support_policy(datetime(2022, 12, 5)).sealed_levels == ("high",)


@dataclass
class Home:
    district_id: int = 1
    street_id: int = 2
    community_id: int = 3
    grid_id: int = 4
    compound_id: int = 5
    building_id: int = 6
    unit_id: int = 7


def test_a_home_is_sealed_by_any_containing_area_unless_an_exception_takes_it_out() -> None:
    home = Home()
    assert is_sealed(home, [SealedArea(6, "building", (), 1)])
    assert is_sealed(home, [SealedArea(3, "community", (), 1)])
    assert not is_sealed(home, [SealedArea(8, "building", (), 1)])
    assert not is_sealed(home, [SealedArea(5, "compound", ((6, "building"),), 1)])  # "(6号楼除外)"
    assert is_sealed(home, [SealedArea(5, "compound", ((9, "building"),), 1), SealedArea(7, "unit", (), 2)])
    assert not is_sealed(home, [])


@given(offset=st.integers(-600, 600), checked=st.booleans())
def test_a_shift_is_planned_on_duty_done_or_missed(offset: int, checked: bool) -> None:
    start = datetime(2022, 12, 5, 8)
    shift = GateShift(starts_at=start, ends_at=start + timedelta(hours=4),
                      checked_in_at=start if checked else None)
    now = start + timedelta(minutes=offset)
    status = status_of(shift, now)
    if offset < 0:
        assert status == "planned"
    elif offset < 240:
        assert status == "on_duty"
    else:
        assert status == ("done" if checked else "missed")
