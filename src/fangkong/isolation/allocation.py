"""Room allocation: a proposal staff change and confirm. Pure, so hypothesis can check its rules:

- a household stays together (one site; family rooms where they exist), never sharing a room with
  another household;
- elderly (65+), disabled and pregnant persons get accessible (无障碍) rooms, with their household;
- a minor shares a room with an adult of their household, or is not placed;
- cases never share a room with non-cases (a household's cases and non-cases are two parties);
- sites nearer the persons' homes first (same street, same district, elsewhere), and within the same
  distance a site already in use fills before another opens, so staff are not spread thin;
- every person it cannot place comes with a reason.

Free rooms are kept in buckets by (accessible, family, beds) per site, so placing a party costs a few
dictionary look-ups per candidate site: 10,000 persons over 50 sites take well under a second.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

ELDERLY_AGE = 65
ADULT_AGE = 18

REASONS = {
    "minor_without_guardian": ("未成年人没有同户成年人一同隔离", "a minor without an adult of their household"),
    "no_accessible_room": ("没有空闲的无障碍房间", "no free accessible room"),
    "no_room": ("没有能容纳该户的空闲房间", "no free rooms for the household"),
    "no_site": ("没有启用的隔离场所", "no site in use"),
    "unknown_person": ("人员不在登记册或不在管辖范围", "person not in the registry or outside jurisdiction"),
}


@dataclass(frozen=True)
class Candidate:
    id: int
    household_id: int | None
    age: int
    needs_accessible: bool = False  # disabled, pregnant (staff tick it); elderly by age
    is_case: bool = False
    district_id: int | None = None
    street_id: int | None = None

    @property
    def minor(self) -> bool:
        return self.age < ADULT_AGE

    @property
    def accessible(self) -> bool:
        return self.needs_accessible or self.age >= ELDERLY_AGE


@dataclass(frozen=True)
class FreeRoom:
    id: int
    site_id: int
    beds: int
    accessible: bool
    family: bool


@dataclass(frozen=True)
class SiteInfo:
    id: int
    district_id: int | None
    street_id: int | None
    in_use: bool  # already has guests
    for_cases: bool  # fangcang or designated hospital


@dataclass
class Plan:
    rooms: dict[int, list[int]] = field(default_factory=dict)  # room id -> person ids
    site_of_room: dict[int, int] = field(default_factory=dict)
    unplaced: dict[int, str] = field(default_factory=dict)  # person id -> reason key

    @property
    def placed(self) -> dict[int, int]:
        return {person: room for room, persons in self.rooms.items() for person in persons}


RoomKey = tuple[bool, bool, int]  # accessible, family, beds


def _preferences(size: int, accessible: bool) -> list[RoomKey]:
    """Room types to try for a room-group, best first: the smallest that fits, family rooms for
    families, accessible rooms kept for those who need them."""
    keys: list[RoomKey] = []
    access_options = (True,) if accessible else (False, True)
    for acc in access_options:
        families = (True, False) if size > 1 else (False, True)
        for fam in families:
            keys.extend((acc, fam, beds) for beds in range(max(size, 1), 4))
    return keys


def _split(party: list[Candidate], count: int) -> list[list[Candidate]] | None:
    """The party in `count` room-groups of at most three, each minor with an adult; None if impossible.
    Adults spread first so every group with a minor has one."""
    adults = [p for p in party if not p.minor]
    minors = [p for p in party if p.minor]
    if count > len(party) or (minors and count > len(adults)) or len(party) > 3 * count:
        return None
    groups: list[list[Candidate]] = [[] for _ in range(count)]
    for index, adult in enumerate(adults):
        groups[index % count].append(adult)
    for minor in minors:
        target = min((g for g in groups if len(g) < 3 and g), key=len, default=None)
        if target is None:
            return None
        target.append(minor)
    return groups if all(groups) and all(len(g) <= 3 for g in groups) else None


def _splits(party: list[Candidate]) -> list[list[list[Candidate]]]:
    """The ways to room a party, fewest rooms first (a family room for three before three single rooms)."""
    found = []
    for count in range(max(1, -(-len(party) // 3)), len(party) + 1):
        groups = _split(party, count)
        if groups is not None:
            found.append(groups)
    return found


def _parties(persons: list[Candidate]) -> list[list[Candidate]]:
    """Households split into cases and non-cases; persons without a household alone."""
    grouped: dict[tuple[object, bool], list[Candidate]] = defaultdict(list)
    for person in persons:
        key = (person.household_id if person.household_id is not None else ("self", person.id), person.is_case)
        grouped[key].append(person)
    # larger households first: they need the scarce family rooms
    return sorted(grouped.values(), key=lambda party: (-len(party), party[0].id))


def _distance(site: SiteInfo, person: Candidate) -> int:
    if site.street_id is not None and site.street_id == person.street_id:
        return 0
    if site.district_id is not None and site.district_id == person.district_id:
        return 1
    return 2


def propose(persons: list[Candidate], sites: list[SiteInfo], rooms: list[FreeRoom]) -> Plan:
    plan = Plan()
    buckets: dict[int, dict[RoomKey, list[FreeRoom]]] = defaultdict(lambda: defaultdict(list))
    for room in sorted(rooms, key=lambda r: r.id, reverse=True):  # pop() takes the lowest id first
        buckets[room.site_id][(room.accessible, room.family, room.beds)].append(room)
    opened = {site.id for site in sites if site.in_use}
    order = {site.id: index for index, site in enumerate(sites)}
    for party in _parties(persons):
        splits = _splits(party)
        if not splits:
            plan.unplaced.update({p.id: "minor_without_guardian" for p in party})
            continue
        if not sites:
            plan.unplaced.update({p.id: "no_site" for p in party})
            continue
        head = party[0]
        ranked = sorted(sites, key=lambda s: (s.for_cases != head.is_case, _distance(s, head),
                                              s.id not in opened, order[s.id]))
        if not _place_party(plan, buckets, ranked, splits, opened):
            reason = "no_accessible_room" if any(p.accessible for p in party) else "no_room"
            plan.unplaced.update({p.id: reason for p in party})
    return plan


def _place_party(plan: Plan, buckets: dict[int, dict[RoomKey, list[FreeRoom]]], ranked: list[SiteInfo],
                 splits: list[list[list[Candidate]]], opened: set[int]) -> bool:
    """The first site (in rank order) that can room the whole party, in its fewest rooms there."""
    for site in ranked:
        for groups in splits:
            taken = _take(buckets[site.id], groups)
            if taken is not None:
                opened.add(site.id)
                for room, group in zip(taken, groups, strict=True):
                    plan.rooms[room.id] = [p.id for p in group]
                    plan.site_of_room[room.id] = site.id
                return True
    return False


def _take(site_buckets: dict[RoomKey, list[FreeRoom]], groups: list[list[Candidate]]) -> list[FreeRoom] | None:
    """Rooms for every group of a party at one site, or none (then nothing is taken)."""
    taken: list[tuple[RoomKey, FreeRoom]] = []
    accessible = any(p.accessible for group in groups for p in group)  # the household stays together
    for group in groups:
        for key in _preferences(len(group), accessible and any(p.accessible for p in group)):
            bucket = site_buckets.get(key)
            if bucket:
                taken.append((key, bucket.pop()))
                break
        else:
            for key, room in reversed(taken):
                site_buckets[key].append(room)
            return None
    return [room for _key, room in taken]
