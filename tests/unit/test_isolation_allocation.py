"""Room allocation's rules with hypothesis generating households, sites and rooms: households
together at one site and never with another household, accessible rooms for those who need them,
minors with an adult of their household, cases never with non-cases, every unplaced person with a
reason; and the site order (nearer first, an open site filled before another opens)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.isolation.allocation import REASONS, Candidate, FreeRoom, SiteInfo, propose

person_shape = st.tuples(st.integers(0, 90), st.booleans(), st.booleans())  # age, needs accessible, case
households = st.lists(st.lists(person_shape, min_size=1, max_size=6), min_size=1, max_size=25)
room_shape = st.tuples(st.integers(1, 3), st.booleans(), st.booleans())  # beds, accessible, family
sites_shape = st.lists(st.tuples(st.integers(1, 3), st.booleans(), st.lists(room_shape, max_size=15)),
                       min_size=0, max_size=4)


def _build(household_list, site_list):
    persons, next_id = [], 1
    for household_id, members in enumerate(household_list, start=1):
        for age, needs, case in members:
            persons.append(Candidate(id=next_id, household_id=household_id, age=age, needs_accessible=needs,
                                     is_case=case, district_id=household_id % 3 + 1))
            next_id += 1
    sites, rooms, room_id = [], [], 1
    for site_id, (district, for_cases, room_list) in enumerate(site_list, start=1):
        sites.append(SiteInfo(site_id, district, None, False, for_cases))
        for beds, accessible, family in room_list:
            rooms.append(FreeRoom(room_id, site_id, beds, accessible, family))
            room_id += 1
    return persons, sites, rooms


@settings(max_examples=300, deadline=None)
@given(households, sites_shape)
def test_allocation_keeps_its_rules(household_list, site_list) -> None:
    persons, sites, rooms = _build(household_list, site_list)
    plan = propose(persons, sites, rooms)
    by_id = {p.id: p for p in persons}
    room_by_id = {r.id: r for r in rooms}
    placed = plan.placed
    assert set(placed) | set(plan.unplaced) == set(by_id)
    assert not set(placed) & set(plan.unplaced)
    assert all(reason in REASONS for reason in plan.unplaced.values())
    site_of_party: dict[tuple[int | None, bool], int] = {}
    for room_id, members in plan.rooms.items():
        room = room_by_id[room_id]
        assert 1 <= len(members) <= room.beds
        people = [by_id[m] for m in members]
        assert len({p.household_id for p in people}) == 1, "households never share a room"
        assert len({p.is_case for p in people}) == 1, "cases never with non-cases"
        if any(p.accessible for p in people):
            assert room.accessible, "elderly, disabled and pregnant persons get accessible rooms"
        if any(p.minor for p in people):
            assert any(not p.minor for p in people), "a minor shares a room with an adult of the household"
        for p in people:
            key = (p.household_id, p.is_case)
            assert site_of_party.setdefault(key, room.site_id) == room.site_id, "a household stays at one site"
    for party_key in {(p.household_id, p.is_case) for p in persons}:
        members = [p for p in persons if (p.household_id, p.is_case) == party_key]
        assert len({m.id in placed for m in members}) == 1, "a household is placed whole or not at all"


def test_family_room_for_household_and_a_lone_minor_is_refused() -> None:
    persons = [Candidate(1, 10, 40), Candidate(2, 10, 38), Candidate(3, 10, 8), Candidate(4, 20, 15)]
    sites = [SiteInfo(1, 1, None, False, False)]
    rooms = [FreeRoom(1, 1, 1, False, False), FreeRoom(2, 1, 3, False, True), FreeRoom(3, 1, 2, False, False)]
    plan = propose(persons, sites, rooms)
    assert plan.rooms == {2: [1, 2, 3]}
    assert plan.unplaced == {4: "minor_without_guardian"}


def test_nearer_site_first_then_fill_before_opening() -> None:
    near = [Candidate(i, i, 30, district_id=1) for i in range(1, 5)]
    far = [Candidate(10, 10, 30, district_id=9)]
    sites = [SiteInfo(1, 2, None, False, False), SiteInfo(2, 1, None, False, False), SiteInfo(3, 1, None, False, False)]
    rooms = [FreeRoom(i, site, 1, False, False) for i, site in [(1, 1), (2, 1), (3, 2), (4, 2), (5, 2), (6, 3)]]
    plan = propose(near + far, sites, rooms)
    sites_used = {plan.site_of_room[room] for room in plan.rooms}
    site_of = {p: plan.site_of_room[r] for p, r in plan.placed.items()}
    assert [site_of[i] for i in range(1, 4)] == [2, 2, 2]  # the district's first site fills first
    assert site_of[4] == 3  # then its second
    assert site_of[10] in (1, 2, 3) and sites_used >= {2, 3}


def test_elderly_without_accessible_room_is_unplaced_with_reason() -> None:
    plan = propose([Candidate(1, 1, 80)], [SiteInfo(1, 1, None, False, False)], [FreeRoom(1, 1, 2, False, False)])
    assert plan.unplaced == {1: "no_accessible_room"}
