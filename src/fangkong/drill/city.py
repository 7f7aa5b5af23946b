"""The synthetic city: Taiyuan's places, households, residents, grids, venues and demo accounts.

``generate_city(url, population=N, seed=S)`` fills an empty, migrated database with a city of
exactly N residents. The same seed and population always give the same rows (ids, names,
identity numbers, places); only ``created_at`` follows the platform clock (freeze it with
``clock.set_clock`` for byte-identical builds).

How the city is laid out
* Districts are the 10 divisions of Taiyuan with their GB/T 2260 codes plus the two development
  zones (see ``taiyuan.DEVELOPMENT_ZONES``). Households are shared out by ``District.weight``.
* The real places of the seeds (streets, communities, compounds, buildings, units, venues) are
  always built, whatever N, under their district; generated streets, communities (社区/村),
  grids, compounds, buildings and units are added until the district can house its share.
* A grid is planned for about 300 households (``GRID_HOUSEHOLDS``); doors are built for it at
  ~93 % occupancy. When N is small the seed places alone hold more doors than there are
  households: then every grid gets the same fraction of its plan, so all grids stay populated.
* Codes: a street extends its district's code by 3 digits (140105001), a community by 3 more
  (140105001001), then G01 (grid), C001 (compound), B001 (building), U001 (unit).
* ``name_norm`` is ``registry.address.normalize`` of the full name from the compound down
  ("老军营小区北区7号楼2单元"); above the compound, of the name itself.
* Villages (村): the compound carries the village's name, its buildings are lanes (后街) and its
  units are house numbers (55号), so the unit's name_norm reads "丈子头村后街55号" as a notice
  writes it. Door "1" (a second household in the courtyard: "2").
* Residents: household sizes follow the 2020 census (mean ≈ 2.6), ages a 2020-like pyramid up to
  95, counted back from ``taiyuan.REFERENCE_DATE``; identity numbers are valid GB 11643 numbers
  (as ``registry.idnumber.make_number`` builds them) with the district's region prefix, made
  unique by a counter per (region, birth day, sex); phones use the segment 154, which no Chinese
  carrier has been assigned (as of 2022), so no synthetic number can be a real subscriber's.

Loading is set-based: rows are built as tuples in Python and written with executemany on
SQLite (synchronous=OFF, foreign-key checks off for the load: ids are assigned here and are
consistent by construction) and with COPY on PostgreSQL. The secondary indexes of person and
household are dropped for the load and recreated from their own stored definitions.
"""

from __future__ import annotations

import math
import random
import time
from array import array
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Date, bindparam, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.db import get_engine
from fangkong.core.errors import InvalidInput
from fangkong.core.idsets import chunked
from fangkong.core.scope import system_actor
from fangkong.drill import demo, taiyuan
from fangkong.registry.address import normalize
from fangkong.registry.searchkeys import door_key, door_text, name_initials

__all__ = ["CITY_NAMES", "CITY_NAME", "CityExists", "GenerateReport", "city_exists", "generate_city"]

CITY_NAMES = taiyuan.CITY_NAMES
CITY_NAME = CITY_NAMES["zh"]

GRID_HOUSEHOLDS = 300  # a grid worker's load (网格: ~300 households)
OCCUPANCY = 0.93  # share of built doors that are lived in, for generated grids
_CHUNK = 50_000  # rows per executemany / COPY batch

# China's 2020 census, households by size (1..6+): mean ≈ 2.6.
_HOUSEHOLD_SIZES = ((1, 25.4), (2, 29.7), (3, 20.9), (4, 13.2), (5, 6.2), (6, 4.6))
# China's 2020 census, residents by 5-year age group (0-4 ... 90-95), percent.
_AGE_PYRAMID = (5.4, 6.4, 6.1, 5.2, 5.3, 6.6, 8.9, 7.1, 6.7, 8.3, 8.6, 7.2, 5.2, 5.2, 3.5, 2.2, 1.5, 0.8, 0.3)
_MAX_AGE = 95

# GB 11643: weights of the 17 digits and the check characters (ISO 7064 MOD 11-2).
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_NDAYS = (_MAX_AGE + 1) * 366  # birth days counted back from the reference date

_PERSON_COLUMNS = ("id", "id_number", "name", "sex", "birth_date", "phone", "household_id", "unit_id",
                   "created_at", "district_id", "street_id", "community_id", "grid_id", "compound_id",
                   "building_id", "name_initials", "id_rev", "phone_rev")
_HOUSEHOLD_COLUMNS = ("id", "unit_id", "door", "phone", "district_id", "street_id", "community_id", "grid_id",
                      "compound_id", "building_id", "door_key")
_PLACE_COLUMNS = ("id", "parent_id", "level", "kind", "name", "name_norm", "code", "created_at",
                  "district_id", "street_id", "community_id", "grid_id", "compound_id", "building_id",
                  "unit_id")
_VENUE_COLUMNS = ("id", "name", "kind", "venue_code", "place_id", "district_id", "street_id", "community_id",
                  "grid_id", "address")
_ACCOUNT_COLUMNS = ("id", "username", "password_hash", "role", "display_name", "jurisdiction_id", "person_id",
                    "venue_id", "active", "created_at")
# Tables the generator fills, children first (the order to empty them in).
_REGISTRY_TABLES = ("person", "household", "venue", "place")


class CityExists(InvalidInput):
    """The database already holds a city and replace was not asked for."""


@dataclass
class GenerateReport:
    persons: int
    households: int
    places: int
    grids: int
    venues: int
    accounts: int
    seconds: float


def city_exists(url: str) -> bool:
    """Does the registry hold any place (a generated or imported city)?"""
    with get_engine(url).connect() as conn:
        return conn.execute(text("SELECT 1 FROM place LIMIT 1")).first() is not None


# ---- planning: which streets, communities and grids each district gets ------------------------------


@dataclass
class _Unit:
    name: str
    doors: tuple[str, ...]


@dataclass
class _Building:
    name: str
    units: list[_Unit]


@dataclass
class _Compound:
    name: str
    buildings: list[_Building]

    @property
    def doors(self) -> int:
        return sum(len(u.doors) for b in self.buildings for u in b.units)


@dataclass
class _Grid:
    target: int  # households the grid is planned for
    compounds: list[_Compound] = field(default_factory=list)  # seed compounds; others built later
    households: int = 0


@dataclass
class _Community:
    name: str
    village: bool
    grids: list[_Grid] = field(default_factory=list)
    lanes_used: set[str] = field(default_factory=set)


@dataclass
class _Street:
    name: str
    communities: list[_Community] = field(default_factory=list)


def _place_kind(level: str, name: str, district: taiyuan.District) -> str:
    if level == "district":
        return district.kind
    if level == "street":
        return "街道" if name.endswith("街道") else ("镇" if name.endswith("镇") else "乡")
    if level == "community":
        return "村" if name.endswith("村") else "社区"
    return ""


class _Builder:
    """Draws the parts of the city that are not in the seeds, from one random stream."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._labels: dict[tuple[int, int], tuple[str, ...]] = {}

    def door_labels(self, floors: int, doors: int) -> tuple[str, ...]:
        key = (floors, doors)
        labels = self._labels.get(key)
        if labels is None:  # 502 = 5th floor, door 2; shared tuples keep memory flat at 5.3 million
            labels = tuple(f"{f}{d:02d}" for f in range(1, floors + 1) for d in range(1, doors + 1))
            self._labels[key] = labels
        return labels

    def flat_unit_doors(self, floors: int | None = None, doors: int | None = None) -> tuple[str, ...]:
        rng = self.rng
        if floors is None:
            floors = rng.choices((2, 3, 4, 5, 6), (1, 2, 3, 5, 5))[0]
        if doors is None:
            doors = rng.choices((2, 3, 4), (6, 3, 1))[0]
        return self.door_labels(floors, doors)

    def house_doors(self) -> tuple[str, ...]:
        return ("1", "2") if self.rng.random() < 0.15 else ("1",)

    def units(self, count: int, floors: int | None, doors: int | None) -> list[_Unit]:
        return [_Unit(f"{u}单元", self.flat_unit_doors(floors, doors)) for u in range(1, count + 1)]

    def unit_count(self) -> int:
        return self.rng.choices((1, 2, 3, 4, 5, 6), (2, 4, 4, 3, 1, 1))[0]

    def seed_compound(self, spec: taiyuan.SeedCompound) -> _Compound:
        buildings: dict[str, _Building] = {}
        for item in spec.buildings:
            name, _, count = item.partition("/")
            names: list[str]
            if ".." in name:
                first, last = name.split("..")
                names = [f"{n}号楼" for n in range(int(first), int(last) + 1)]
            elif name.isdigit() or (name.startswith("甲") and name[1:].isdigit()):
                names = [f"{name}号楼"]
            elif len(name) == 1 and name.isascii() and name.isalpha():
                names = [f"{name}座"]
            else:
                names = [name]
            for building in names:
                units = int(count) if count else self.unit_count()
                buildings[building] = _Building(building, self.units(units, spec.floors, spec.doors))
        return _Compound(spec.name, list(buildings.values()))

    def village_compound(self, village: str, lanes: Sequence[tuple[str, int]]) -> _Compound:
        buildings = [_Building(lane, [_Unit(f"{n}号", self.house_doors()) for n in range(1, houses + 1)])
                     for lane, houses in lanes]
        # The compound carries the village's name: a unit's full name reads "丈子头村后街55号".
        return _Compound(village, buildings)

    def village_lanes(self, community: _Community, doors_wanted: int) -> list[tuple[str, int]]:
        """Lanes of 20-60 houses until about doors_wanted doors; lane names unique in the village."""
        lanes: list[tuple[str, int]] = []
        doors = 0
        names = [n for n in taiyuan.VILLAGE_LANES if n not in community.lanes_used]
        index = 0
        while doors < doors_wanted:
            if index < len(names):
                name = names[index]
            else:  # a very large village: number further lanes
                name = f"{index - len(names) + 1}巷"
                while name in community.lanes_used:
                    index += 1
                    name = f"{index - len(names) + 1}巷"
            index += 1
            houses = self.rng.randint(20, 60)
            houses = max(1, min(houses, math.ceil((doors_wanted - doors) / 1.15)))
            community.lanes_used.add(name)
            lanes.append((name, houses))
            doors += round(houses * 1.15)
        return lanes

    def grid_target(self) -> int:
        return self.rng.randint(GRID_HOUSEHOLDS - 40, GRID_HOUSEHOLDS + 40)


class _Names:
    """Unique generated names within one district (never clashing with a seed name)."""

    def __init__(self, rng: random.Random, taken: set[str]) -> None:
        self.rng = rng
        self.taken = set(taken)

    def _unique(self, make: Callable[[], str], fallback: Callable[[int], str]) -> str:
        for _ in range(40):
            name = make()
            if name not in self.taken:
                self.taken.add(name)
                return name
        n = 2
        while fallback(n) in self.taken:
            n += 1
        self.taken.add(fallback(n))
        return fallback(n)

    def street(self) -> str:
        prefix = self.rng.choice(taiyuan.STREET_PREFIXES)
        return self._unique(lambda: self.rng.choice(taiyuan.STREET_PREFIXES) + "街道",
                            lambda n: f"{prefix}{n}街道")

    def community(self) -> str:
        prefix = self.rng.choice(taiyuan.COMMUNITY_PREFIXES)
        return self._unique(lambda: self.rng.choice(taiyuan.COMMUNITY_PREFIXES) + "社区",
                            lambda n: f"{prefix}{n}社区")

    def village(self) -> str:
        rng = self.rng

        def make() -> str:
            if rng.random() < 0.3:
                return rng.choice(taiyuan.SURNAMES)[0] + rng.choice(taiyuan.VILLAGE_FAMILY_SUFFIXES) + "村"
            return rng.choice(taiyuan.VILLAGE_HEADS) + rng.choice(taiyuan.VILLAGE_STEMS) + "村"

        stem = rng.choice(taiyuan.VILLAGE_STEMS)
        return self._unique(make, lambda n: f"{stem}{n}村")

    def compound(self) -> str:
        rng = self.rng

        def make() -> str:
            roll = rng.random()
            if roll < 0.18:
                return rng.choice(taiyuan.EMPLOYERS) + rng.choice(taiyuan.EMPLOYER_KINDS)
            name = rng.choice(taiyuan.COMPOUND_STEMS) + rng.choice(taiyuan.COMPOUND_KINDS)
            if roll > 0.85:
                name += rng.choice(taiyuan.COMPOUND_SECTIONS)
            return name

        stem = rng.choice(taiyuan.COMPOUND_STEMS)
        return self._unique(make, lambda n: f"{stem}苑{n}期")


def _seed_names(district: taiyuan.District) -> set[str]:
    names = set(district.streets)
    for street in district.seeds:
        for community in street.communities:
            names.add(community.name)
            names.update(c.name for c in community.compounds)
    return names


def _plan_district(district: taiyuan.District, households: int, builder: _Builder) -> list[_Street]:
    """Streets, communities and grids (with targets) for one district; seed places first."""
    rng = builder.rng
    names = _Names(rng, _seed_names(district))
    streets: dict[str, _Street] = {}

    def street(name: str) -> _Street:
        if name not in streets:
            streets[name] = _Street(name)
        return streets[name]

    # 1. The seeds: compounds packed into grids of about 300 households.
    for seed_street in district.seeds:
        target_street = street(seed_street.name)
        for seed in seed_street.communities:
            village = seed.name.endswith("村")
            community = _Community(seed.name, village)
            target_street.communities.append(community)
            compounds = [builder.seed_compound(spec) for spec in seed.compounds]
            if village:
                lanes = [(lane, int(houses)) for lane, _, houses in (s.partition(":") for s in seed.lanes)]
                community.lanes_used.update(lane for lane, _ in lanes)
                if not lanes and not compounds:
                    lanes = builder.village_lanes(community, round(builder.grid_target() / OCCUPANCY))
                if lanes:
                    compounds.append(builder.village_compound(seed.name, lanes))
            elif seed.lanes:  # houses on a road in a town community: 春苑社区晋夏公路南段39号
                lanes = [(lane, int(houses)) for lane, _, houses in (s.partition(":") for s in seed.lanes)]
                compounds.append(builder.village_compound(seed.name, lanes))
            grid = _Grid(0)
            limit = 1.35 * GRID_HOUSEHOLDS
            for compound in compounds:
                if grid.compounds and sum(c.doors for c in grid.compounds) + compound.doors > limit:
                    community.grids.append(grid)
                    grid = _Grid(0)
                grid.compounds.append(compound)
            if grid.compounds:
                community.grids.append(grid)
            for grid in community.grids:
                grid.target = min(GRID_HOUSEHOLDS + 30, round(sum(c.doors for c in grid.compounds) * 0.95))
            while len(community.grids) < seed.min_grids:
                community.grids.append(_Grid(builder.grid_target()))

    # 2. Streets that hold a seed venue get at least one community.
    required = [v.street for v in district.venues] + [_checkpoint_street(district)] * bool(
        district.highway_checkpoints)
    for name in district.streets:
        if name in required and not street(name).communities:
            _add_community(street(name), district, names, builder, grids=1)
    if not any(s.communities for s in streets.values()):  # every district: at least one of each level
        _add_community(street(district.streets[0]), district, names, builder, grids=1)

    # 3. Generated grids for the rest of the district's households.
    planned = sum(g.target for s in streets.values() for c in s.communities for g in c.grids)
    targets: list[int] = []
    while planned + sum(targets) < households:
        targets.append(builder.grid_target())
    if targets:
        count = len(targets)
        real = list(district.streets)
        used = min(len(real), max(1, math.ceil(count / 30)))
        if count > 150 * len(real):  # more grids than the real streets can sensibly hold
            used = math.ceil(count / 150)
        street_names = real[:used]
        while len(street_names) < used:
            street_names.append(names.street())
        share, extra = divmod(count, used)
        position = 0
        for index, name in enumerate(street_names):
            quota = share + (index < extra)
            _fill_street(street(name), district, names, builder, targets[position:position + quota])
            position += quota

    # Streets in the district's own order (seed and real streets first, generated after).
    order = {name: i for i, name in enumerate(district.streets)}
    return sorted((s for s in streets.values() if s.communities), key=lambda s: order.get(s.name, len(order)))


def _checkpoint_street(district: taiyuan.District) -> str:
    # Highway checkpoints stand at the edge of town: the district's first town (镇/乡), else its last street.
    towns = [s for s in district.streets if not s.endswith("街道")]
    return towns[0] if towns else district.streets[-1]


def _add_community(street: _Street, district: taiyuan.District, names: _Names, builder: _Builder,
                   grids: int, village: bool | None = None) -> _Community:
    if village is None:
        village = _next_is_village(street, district, builder.rng)
    community = _Community(names.village() if village else names.community(), village)
    community.grids.extend(_Grid(builder.grid_target()) for _ in range(grids))
    street.communities.append(community)
    return community


def _next_is_village(street: _Street, district: taiyuan.District, rng: random.Random) -> bool:
    if street.name.endswith("街道"):
        return rng.random() < 0.05  # urban villages (城中村)
    if street.name.endswith("乡"):
        return True
    # a town (镇): its seat is a community, the rest mostly villages
    return bool(street.communities) and rng.random() < max(district.villages, 0.5)


def _fill_street(street: _Street, district: taiyuan.District, names: _Names, builder: _Builder,
                 targets: list[int]) -> None:
    rng = builder.rng
    position = 0
    while position < len(targets):
        village = _next_is_village(street, district, rng)
        size = rng.choice((1, 1, 2)) if village else rng.randint(3, 6)
        community = _add_community(street, district, names, builder, grids=0, village=village)
        for target in targets[position:position + size]:
            community.grids.append(_Grid(target))
        position += size


def _share(total: int, weights: Sequence[float]) -> list[int]:
    """Split total in proportion to weights (largest remainder, ties to the earlier)."""
    weight_sum = sum(weights)
    if total <= 0 or weight_sum <= 0:
        return [0] * len(weights)
    exact = [total * w / weight_sum for w in weights]
    parts = [math.floor(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


# ---- emission: places and venues as rows with ids -------------------------------------------------


@dataclass
class _GridRows:
    id: int
    households: int
    region: int  # index into the id-region table
    # id, ancestors, doors, the door_key's tail ("-2-3" for 3号楼2单元: searchkeys.door_key)
    units: list[tuple[int, tuple[int, int, int, int, int, int], tuple[str, ...], str]]


@dataclass
class _Skeleton:
    places: list[tuple[Any, ...]] = field(default_factory=list)
    venues: list[tuple[Any, ...]] = field(default_factory=list)
    grids: list[_GridRows] = field(default_factory=list)
    grid_accounts: list[tuple[int, str, str]] = field(default_factory=list)  # grid id, code, name
    ids: dict[tuple[str, ...], int] = field(default_factory=dict)  # (district, level, name) -> id
    venue_ids: dict[str, int] = field(default_factory=dict)  # venue name -> id (first of that name)


class _Emitter:
    def __init__(self, builder: _Builder, created_at: Any, regions: list[str]) -> None:
        self.builder = builder
        self.created_at = created_at
        self.regions = regions
        self.out = _Skeleton()
        self.next_place = 1
        self.next_venue = 1

    def place(self, parent: int | None, level: str, kind: str, name: str, norm: str, code: str,
              ancestors: tuple[int | None, ...]) -> int:
        """One place row; ancestors lists the ids from the district down to the parent."""
        pid = self.next_place
        self.next_place += 1
        chain = (*ancestors, pid) + (None,) * (7 - len(ancestors) - 1)
        self.out.places.append((pid, parent, level, kind, name, norm, code, self.created_at, *chain))
        return pid

    def venue(self, name: str, kind: str, code: str, place: int, chain: tuple[int | None, ...],
              address: str = "") -> int:
        vid = self.next_venue
        self.next_venue += 1
        district, street, community, grid = (*chain, None, None, None, None)[:4]
        self.out.venues.append((vid, name, kind, code, place, district, street, community, grid, address))
        self.out.venue_ids.setdefault(name, vid)
        return vid

    def district(self, district: taiyuan.District, streets: list[_Street]) -> None:
        builder = self.builder
        names = _Names(builder.rng, _seed_names(district) | _planned_names(streets))
        did = self.place(None, "district", district.kind, district.name, normalize(district.name),
                         district.code, ())
        self.out.ids[(district.name, "district", district.name)] = did
        region = self.regions.index(district.id_region)
        venue_seq = [0]

        def venue_code() -> str:
            venue_seq[0] += 1
            return f"V{district.code}{venue_seq[0]:05d}"

        street_grids: dict[str, tuple[int, ...]] = {}
        community_grids: dict[tuple[str, str], tuple[int, ...]] = {}
        for s_index, street in enumerate(streets, start=1):
            s_code = f"{district.code}{s_index:03d}"
            sid = self.place(did, "street", _place_kind("street", street.name, district), street.name,
                             normalize(street.name), s_code, (did,))
            self.out.ids[(district.name, "street", street.name)] = sid
            for c_index, community in enumerate(street.communities, start=1):
                c_code = f"{s_code}{c_index:03d}"
                cid = self.place(sid, "community", "村" if community.village else "社区", community.name,
                                 normalize(community.name), c_code, (did, sid))
                self.out.ids[(district.name, "community", community.name)] = cid
                self.venue(f"{community.name}核酸采样点", "sampling_site", venue_code(), cid, (did, sid, cid),
                           f"{street.name}{community.name}")
                for g_index, grid in enumerate(community.grids, start=1):
                    g_code = f"{c_code}G{g_index:02d}"
                    g_name = f"{community.name}第{g_index}网格"
                    gid = self.place(cid, "grid", "", g_name, normalize(g_name), g_code, (did, sid, cid))
                    self.out.ids[(district.name, "grid", g_name)] = gid
                    community_grids.setdefault((street.name, community.name), (did, sid, cid, gid))
                    street_grids.setdefault(street.name, (did, sid, cid, gid))
                    self.out.grid_accounts.append((gid, g_code, g_name))
                    compounds = grid.compounds or self._generated_compounds(community, grid, names)
                    rows = _GridRows(gid, grid.households, region, [])
                    for m_index, compound in enumerate(compounds, start=1):
                        self._compound(compound, f"{g_code}C{m_index:03d}", (did, sid, cid, gid), rows,
                                       district.name)
                    self.out.grids.append(rows)
        self._venues(district, streets, street_grids, community_grids, venue_code)

    def _compound(self, compound: _Compound, code: str, chain: tuple[int, int, int, int], rows: _GridRows,
                  district: str) -> None:
        gid = chain[3]
        mid = self.place(gid, "compound", "", compound.name, normalize(compound.name), code, chain)
        self.out.ids.setdefault((district, "compound", compound.name), mid)
        for b_index, building in enumerate(compound.buildings, start=1):
            b_code = f"{code}B{b_index:03d}"
            full = compound.name + building.name
            bid = self.place(mid, "building", "", building.name, normalize(full), b_code, (*chain, mid))
            ancestors = (*chain, mid, bid)
            for u_index, unit in enumerate(building.units, start=1):
                uid = self.place(bid, "unit", "", unit.name, normalize(full + unit.name),
                                 f"{b_code}U{u_index:03d}", ancestors)
                rows.units.append((uid, ancestors, unit.doors, door_key(building.name, unit.name, "")))

    def _generated_compounds(self, community: _Community, grid: _Grid, names: _Names) -> list[_Compound]:
        builder = self.builder
        doors_wanted = max(1, round(grid.target / OCCUPANCY))
        if community.village:
            return [builder.village_compound(community.name, builder.village_lanes(community, doors_wanted))]
        rng = builder.rng
        compounds: list[_Compound] = []
        doors = 0
        while doors < doors_wanted:
            name = names.compound()
            lettered = rng.random() < 0.1  # A座, B座 ... in some newer compounds
            buildings: list[_Building] = []
            for b in range(1, rng.randint(2, 16) + 1):
                if doors >= doors_wanted:
                    break
                units = builder.units(builder.unit_count(), None, None)
                buildings.append(_Building(f"{chr(64 + b)}座" if lettered and b <= 26 else f"{b}号楼", units))
                doors += sum(len(u.doors) for u in units)
            compounds.append(_Compound(name, buildings))
        return compounds

    def _venues(self, district: taiyuan.District, streets: list[_Street],
                street_grids: dict[str, tuple[int, ...]],
                community_grids: dict[tuple[str, str], tuple[int, ...]],
                venue_code: Callable[[], str]) -> None:
        rng = self.builder.rng
        for venue in district.venues:
            chain = street_grids[venue.street]
            if venue.community is not None:
                chain = community_grids[(venue.street, venue.community)]
            self.venue(venue.name, venue.kind, venue_code(), chain[3], chain, venue.address)
        for name in district.highway_checkpoints:
            chain = street_grids[_checkpoint_street(district)]
            self.venue(name, "highway_checkpoint", venue_code(), chain[3], chain, f"{district.name}{name}")
        for street in streets:
            chain = street_grids[street.name]
            stem = street.name.removesuffix("街道").removesuffix("镇").removesuffix("乡")
            address = f"{district.name}{street.name}"
            self.venue(f"{stem}农贸市场", "market", venue_code(), chain[3], chain, address)
            chain_name = rng.choice(taiyuan.SUPERMARKET_CHAINS)
            self.venue(f"{chain_name}({stem}店)", "supermarket", venue_code(), chain[3], chain, address)
            self.venue(f"{stem}小学", "school", venue_code(), chain[3], chain, address)
            if street.name.endswith("街道") and len(street.communities) >= 3:
                self.venue(f"{stem}中学", "school", venue_code(), chain[3], chain, address)
        chain = street_grids[streets[0].name]
        hospital = f"{district.name}人民医院" if district.kind != "开发区" else f"{district.name}医院"
        self.venue(hospital, "hospital", venue_code(), chain[3], chain, district.name)
        self.venue(f"{district.name}疾病预防控制中心实验室", "lab", venue_code(), chain[3], chain,
                   district.name)
        for stem in rng.sample(taiyuan.HOTEL_STEMS, 2):
            street = rng.choice(streets)
            chain = street_grids[street.name]
            self.venue(f"{stem}宾馆({district.name}集中隔离点)", "quarantine_hotel", venue_code(), chain[3],
                       chain, f"{district.name}{street.name}")


def _planned_names(streets: list[_Street]) -> set[str]:
    return {c.name for s in streets for c in s.communities} | {
        m.name for s in streets for c in s.communities for g in c.grids for m in g.compounds}


# ---- residents --------------------------------------------------------------------------------------


def _table(pairs: Sequence[tuple[Any, float]], size: int = 2000) -> list[Any]:
    """A lookup list in which each value appears in proportion to its weight: table[int(random() * len)]."""
    total = sum(w for _, w in pairs)
    out: list[Any] = []
    for value, weight in pairs:
        out.extend([value] * max(1, round(size * weight / total)))
    return out


def _age_weights(low: int, high: int, bias: Callable[[int], float] = lambda age: 1.0
                 ) -> list[tuple[int, float]]:
    """(age, weight) from the census pyramid, times a bias for the kind of household member."""
    return [(age, _AGE_PYRAMID[min(age // 5, len(_AGE_PYRAMID) - 1)] / 5 * bias(age))
            for age in range(low, high + 1)]


class _People:
    """Households and their members as rows, vectorised through lookup tables (no per-row objects)."""

    def __init__(self, rng: random.Random, regions: list[str], created_at: Any, phone_offset: int) -> None:
        self.rng = rng
        self.regions = regions
        self.created_at = created_at
        reference = taiyuan.REFERENCE_DATE
        self.date_iso: list[str] = []
        self.date_part: list[int] = []
        self.date_digits: list[str] = []
        for back in range(_NDAYS):
            day = reference - timedelta(days=back)
            digits = f"{day:%Y%m%d}"
            self.date_iso.append(day.isoformat())
            self.date_digits.append(digits)
            self.date_part.append(sum(int(c) * w for c, w in zip(digits, _ID_WEIGHTS[6:14], strict=True)))
        self.region_part = [sum(int(c) * w for c, w in zip(r, _ID_WEIGHTS[:6], strict=True)) for r in regions]
        self.seq_text = [f"{s:03d}" for s in range(1000)]
        self.seq_part = [sum(int(c) * w for c, w in zip(f"{s:03d}", _ID_WEIGHTS[14:], strict=True))
                         for s in range(1000)]
        self.counters = array("H", bytes(2 * len(regions) * _NDAYS * 2))
        self.phone_count = 0
        self.phone_offset = phone_offset
        # Ages: singles lean old and young, couples without children old (empty nests).
        self.single_ages = _table(_age_weights(18, _MAX_AGE,
                                               lambda a: 1.3 if a >= 65 else 1.6 if a < 30 else 1.0))
        self.couple_ages = _table(_age_weights(22, 90, lambda a: 2.0 if a >= 50 else 0.7))
        # Children living with their parents: mostly minors, fewer grown-up ones.
        self.child_ages = _table(_age_weights(0, 30, lambda a: 1.0 if a < 18 else 0.45 if a < 25 else 0.15))
        self.surnames = _table(taiyuan.SURNAMES, 4000)
        self.sizes = _table(_HOUSEHOLD_SIZES, 10000)
        # Phone ownership by age: none for small children, most adults, fewer of the very old.
        self.phone_share = [0.0 if a < 12 else 0.4 if a < 18 else 0.97 if a < 65 else 0.8 if a < 80 else 0.4
                            for a in range(_MAX_AGE + 1)]
        self.given = {
            (era, male): chars
            for era, (m, f) in enumerate(((taiyuan.GIVEN_MALE_YOUNG, taiyuan.GIVEN_FEMALE_YOUNG),
                                          (taiyuan.GIVEN_MALE_MID, taiyuan.GIVEN_FEMALE_MID),
                                          (taiyuan.GIVEN_MALE_OLD, taiyuan.GIVEN_FEMALE_OLD)))
            for male, chars in ((True, m), (False, f))
        }

    def household_sizes(self, population: int) -> list[int]:
        rnd = self.rng.random
        table = self.sizes
        n = len(table)
        sizes: list[int] = []
        total = 0
        while total < population:
            size = table[int(rnd() * n)]
            sizes.append(size)
            total += size
        sizes[-1] -= total - population  # the last household is cut to reach exactly N
        return sizes

    def members(self, size: int) -> list[tuple[int, bool, int]]:
        """(age, male, surname source) of each member; surname source: -1 own, else the member index."""
        rnd = self.rng.random
        if size == 1:
            age = self.single_ages[int(rnd() * len(self.single_ages))]
            return [(age, rnd() < (0.45 if age >= 70 else 0.5), -1)]
        if size == 2 and rnd() < 0.2:  # a parent and a grown or young child
            child = self.child_ages[int(rnd() * len(self.child_ages))]
            parent = min(_MAX_AGE, child + 22 + int(rnd() * 14))
            return [(parent, rnd() < 0.4, -1), (child, rnd() < 0.5, 0)]
        roll = rnd()
        children = {2: 0, 3: 0 if roll < 0.15 else 1, 4: 2 if roll < 0.55 else 1, 5: 1 if roll < 0.5 else 2,
                    6: 2}[size]
        child = 0
        if children:  # the eldest child first, the parents' ages from it (no spike of newborns)
            child = self.child_ages[int(rnd() * len(self.child_ages))]
            head = child + 24 + int(rnd() * 10)
        elif size == 2:
            head = self.couple_ages[int(rnd() * len(self.couple_ages))]
        else:  # a couple living with an elderly parent
            head = 30 + int(rnd() * 30)
        male = rnd() < 0.5
        spouse = min(_MAX_AGE, max(20, head + int(rnd() * 9) - 4))
        father = 0 if male else 1
        out = [(head, male, -1), (spouse, not male, -1)]
        for index in range(children):
            if index:
                younger = child - 1 - int(rnd() * 6)
                child = younger if younger >= 0 else child + 1 + int(rnd() * 6)
            out.append((child, rnd() < 0.515, father))
        for index in range(size - 2 - children):
            elder = min(_MAX_AGE, head + 24 + int(rnd() * 11))
            elder_male = index == 0 if size - 2 - children == 2 else rnd() < 0.4
            out.append((elder, elder_male, father if elder_male else -1))
        return out

    def phone(self) -> str:
        # A bijection of the counter (the multiplier is prime to 10^8): unique, not sequential-looking.
        self.phone_count += 1
        return f"154{(self.phone_count * 61_803_399 + self.phone_offset) % 100_000_000:08d}"

    def rows(self, grids: list[_GridRows], sizes: list[int], person_start: int, household_start: int
             ) -> Iterator[tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]]:
        """Yield (households, persons) row batches, grid by grid, in id order."""
        rng = self.rng
        rnd = rng.random
        sample = rng.sample
        surnames = self.surnames
        n_surnames = len(surnames)
        date_iso, date_part, date_digits = self.date_iso, self.date_part, self.date_digits
        seq_text, seq_part = self.seq_text, self.seq_part
        counters = self.counters
        phone_share = self.phone_share
        given = self.given
        created = self.created_at
        members_of = self.members
        make_phone = self.phone
        initials = name_initials
        household_rows: list[tuple[Any, ...]] = []
        person_rows: list[tuple[Any, ...]] = []
        hid = household_start
        pid = person_start
        size_index = 0
        for grid in grids:
            if grid.households <= 0:
                continue
            region = self.regions[grid.region]
            region_part = self.region_part[grid.region]
            region_base = grid.region * _NDAYS
            doors = [(unit, door) for unit in grid.units for door in unit[2]]
            for index in sorted(sample(range(len(doors)), grid.households)):
                (uid, ancestors, _, key_tail), door = doors[index]
                hid += 1
                members = members_of(sizes[size_index])
                size_index += 1
                names: list[str] = []
                household_phone = None
                for age, male, source in members:
                    if source >= 0:
                        surname = names[source][0]
                    else:
                        surname = surnames[int(rnd() * n_surnames)]
                    chars = given[(0 if age < 22 else 1 if age < 52 else 2, male)]
                    name = surname + chars[int(rnd() * len(chars))]
                    if rnd() < 0.7:
                        name += chars[int(rnd() * len(chars))]
                    names.append(name)
                    back = age * 365 + int(rnd() * 365)
                    while True:  # at most 500 numbers per (region, day, sex): move a day if one is full
                        key = ((region_base + back) << 1) | male
                        k = counters[key]
                        if k < 500:
                            break
                        back += 1
                    counters[key] = k + 1
                    seq = ((k * 173 + back * 31) % 500) * 2 + male  # odd: male, even: female
                    check = _ID_CHECK[(region_part + date_part[back] + seq_part[seq]) % 11]
                    phone = make_phone() if rnd() < phone_share[age] else None
                    if household_phone is None:
                        household_phone = phone
                    pid += 1
                    number = region + date_digits[back] + seq_text[seq] + check
                    person_rows.append((pid, number, name, "M" if male else "F", date_iso[back], phone, hid, uid,
                                        created, *ancestors, initials(name), number[::-1],
                                        phone[::-1] if phone else None))
                household_rows.append((hid, uid, door, household_phone, *ancestors, door_text(door) + key_tail))
                if len(person_rows) >= _CHUNK:
                    yield household_rows, person_rows
                    household_rows, person_rows = [], []
        if person_rows or household_rows:
            yield household_rows, person_rows


# ---- database writers -----------------------------------------------------------------------------------


class _Loader:
    """Bulk writes on one connection, inside the caller's transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.raw: Any = conn.connection.dbapi_connection
        self.sqlite = conn.dialect.name == "sqlite"
        self._indexes: list[str] = []
        self._constraints: list[tuple[str, str, str]] = []

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if self.sqlite:
            cursor = self.raw.cursor()
            marks = ",".join("?" * len(columns))
            for batch in chunked(rows, _CHUNK):
                cursor.executemany(f"INSERT INTO {table} ({','.join(columns)}) VALUES ({marks})", batch)
            cursor.close()
            return
        statement = f"COPY {table} ({','.join(columns)}) FROM STDIN"
        with self.raw.cursor() as cursor, cursor.copy(statement) as copy:
            write = copy.write_row
            for row in rows:
                write(row)

    def drop_indexes(self, tables: Sequence[str]) -> None:
        """Drop the secondary indexes (and on PostgreSQL the unique constraints) of tables; remember them."""
        if self.sqlite:
            found = self.conn.execute(
                text("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                     "AND tbl_name IN (" + ",".join(f"'{t}'" for t in tables) + ") ORDER BY name")).all()
            for name, sql in found:
                self.conn.exec_driver_sql(f'DROP INDEX "{name}"')
                self._indexes.append(sql)
            return
        found = self.conn.execute(text(
            "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
            "JOIN pg_class i ON i.oid = x.indexrelid "
            "JOIN pg_class t ON t.oid = x.indrelid WHERE t.relname = ANY(:tables) "
            "AND t.relnamespace = current_schema()::regnamespace "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid) ORDER BY i.relname"),
            {"tables": list(tables)}).all()
        for name, definition in found:
            self.conn.exec_driver_sql(f'DROP INDEX "{name}"')
            self._indexes.append(definition)
        constraints = self.conn.execute(text(
            "SELECT t.relname, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
            "JOIN pg_class t ON t.oid = c.conrelid "
            "WHERE t.relname = ANY(:tables) AND c.contype IN ('u', 'f') "
            "AND t.relnamespace = current_schema()::regnamespace ORDER BY c.contype DESC, c.conname"),
            {"tables": list(tables)}).all()
        for table, name, definition in constraints:
            self.conn.exec_driver_sql(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"')
            self._constraints.append((table, name, definition))

    def restore_indexes(self) -> None:
        # Unique constraints first (their indexes), foreign keys after, then the plain indexes.
        for table, name, definition in self._constraints:
            self.conn.exec_driver_sql(f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}')
        for sql in self._indexes:
            self.conn.exec_driver_sql(sql)
        self._indexes.clear()
        self._constraints.clear()

    def fix_sequences(self, tables: Sequence[str]) -> None:
        """PostgreSQL: ids were given explicitly, so move each serial past the largest."""
        if self.sqlite:
            return
        for table in tables:
            self.conn.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"))


@contextmanager
def _bulk_session(url: str) -> Iterator[Connection]:
    """One connection and one transaction for the whole build; SQLite tuned for a bulk load."""
    engine = get_engine(url)
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        saved: dict[str, Any] = {}
        if sqlite:
            # Pragmas must be set outside a transaction; they are restored before the connection
            # goes back to the pool. Ids are consistent by construction, so the load skips FK checks.
            tuning = (("foreign_keys", "OFF"), ("synchronous", "OFF"), ("cache_size", "-1000000"))
            for pragma, value in tuning:
                saved[pragma] = conn.exec_driver_sql(f"PRAGMA {pragma}").scalar()
                conn.exec_driver_sql(f"PRAGMA {pragma}={value}")
            conn.connection.dbapi_connection.execute("BEGIN")  # type: ignore[union-attr]
        else:
            conn.exec_driver_sql("SET LOCAL synchronous_commit = off")
            conn.exec_driver_sql("SET LOCAL maintenance_work_mem = '512MB'")
        try:
            yield conn
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        finally:
            for pragma, value in saved.items():
                conn.exec_driver_sql(f"PRAGMA {pragma}={value}")


def _clear_registry(conn: Connection) -> None:
    """Empty the registry and what hangs on it; the audit log stays (it is append-only).

    Accounts go when they are generated ones (grid workers, demo logins) or answer for a place,
    person or venue of the old city; city-wide accounts made by hand are kept.
    """
    from sqlalchemy import inspect

    generated = ("(username LIKE :grid_prefix OR username IN :demo_usernames OR jurisdiction_id IS NOT NULL "
                 "OR person_id IS NOT NULL OR venue_id IS NOT NULL)")
    params = {"grid_prefix": "grid-%", "demo_usernames": list(demo.DEMO_USERNAMES)}

    def run(sql: str) -> None:
        statement = text(sql)
        if ":demo_usernames" in sql:
            statement = statement.bindparams(bindparam("demo_usernames", expanding=True))
            conn.execute(statement, params)
        else:
            conn.execute(statement)

    inspector = inspect(conn)
    tables = set(inspector.get_table_names())
    for table in sorted(tables - {"account", "audit_log", *_REGISTRY_TABLES}):
        for fk in inspector.get_foreign_keys(table):
            if fk["referred_table"] == "account":
                column = fk["constrained_columns"][0]
                run(f'DELETE FROM "{table}" WHERE "{column}" IN (SELECT id FROM account WHERE {generated})')
    # Other domains' tables that refer (directly or not) to registry rows go whole, children first.
    for table in _dependants(inspector, tables, set(_REGISTRY_TABLES)):
        run(f'DELETE FROM "{table}"')
    run(f"DELETE FROM account WHERE {generated}")
    for table in _REGISTRY_TABLES:
        run(f'DELETE FROM "{table}"')


def _dependants(inspector: Any, tables: set[str], roots: set[str]) -> list[str]:
    """Tables that reference roots through foreign keys (not account, not the audit log), deepest first."""
    refers = {t: {fk["referred_table"] for fk in inspector.get_foreign_keys(t)} for t in tables}
    found: list[str] = []
    frontier = set(roots)
    while True:
        new = {t for t in tables - set(found) - roots - {"account", "audit_log"} if refers[t] & frontier}
        if not new:
            break
        found.extend(sorted(new))
        frontier |= new
    return list(reversed(found))


# ---- the build ------------------------------------------------------------------------------------------


def _progress(enabled: bool, total: int) -> Any:
    if not enabled:
        return None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn())
    progress.start()
    progress.add_task("生成居民 residents", total=total)
    return progress


def generate_city(url: str, *, population: int, seed: int, replace: bool = False,
                  progress: bool = True) -> GenerateReport:
    """Build the synthetic Taiyuan with exactly `population` residents (see the module docstring)."""
    if population < 1:
        raise InvalidInput("人口数至少为 1", "population must be at least 1")
    started = time.perf_counter()
    if city_exists(url) and not replace:
        raise CityExists("数据库中已有城市数据;如需重建请使用 --replace",
                         "The database already holds a city; use --replace to rebuild it")
    rng = random.Random(seed)
    moment = clock.now()
    regions = sorted({d.id_region for d in taiyuan.DISTRICTS})
    people = _People(rng, regions, None, phone_offset=rng.randrange(100_000_000))
    sizes = people.household_sizes(population)
    builder = _Builder(rng)
    shares = _share(len(sizes), [d.weight for d in taiyuan.DISTRICTS])
    plans = [_plan_district(d, h, builder) for d, h in zip(taiyuan.DISTRICTS, shares, strict=True)]
    # Every grid gets the same fraction of its plan: all of it once the district has grown to its share.
    for plan, households in zip(plans, shares, strict=True):
        grids = [g for s in plan for c in s.communities for g in c.grids]
        for grid, count in zip(grids, _share(households, [g.target for g in grids]), strict=True):
            grid.households = count

    bar = _progress(progress, population)
    try:
        with _bulk_session(url) as conn:
            loader = _Loader(conn)
            created = _timestamp(conn, moment)
            people.created_at = created
            emitter = _Emitter(builder, created, regions)
            for district, plan in zip(taiyuan.DISTRICTS, plans, strict=True):
                emitter.district(district, plan)
            skeleton = emitter.out
            if replace:
                _clear_registry(conn)
            loader.drop_indexes(("person", "household"))
            loader.insert("place", _PLACE_COLUMNS, skeleton.places)
            loader.insert("venue", _VENUE_COLUMNS, skeleton.venues)
            # Ids follow any persons already registered without a place (an import of persons alone).
            first_person, first_household = (
                conn.execute(text(f"SELECT COALESCE(MAX(id), 0) FROM {table}")).scalar() or 0
                for table in ("person", "household"))
            persons = households = 0
            batches = people.rows(skeleton.grids, sizes, first_person, first_household)
            for household_rows, person_rows in batches:
                loader.insert("household", _HOUSEHOLD_COLUMNS, household_rows)
                loader.insert("person", _PERSON_COLUMNS, person_rows)
                households += len(household_rows)
                persons += len(person_rows)
                if bar is not None:
                    bar.update(bar.task_ids[0], completed=persons)
            loader.restore_indexes()
            with Session(bind=conn) as db:
                accounts = demo.create_demo_accounts(db, _demo_targets(conn, skeleton))
                db.flush()
                last_account = conn.execute(text("SELECT COALESCE(MAX(id), 0) FROM account")).scalar() or 0
                account_rows = [
                    (last_account + 1 + i, f"grid-{code}", demo.password_hash(), "grid_worker",
                     f"网格员（{name}）", gid, None, None, True, created)
                    for i, (gid, code, name) in enumerate(skeleton.grid_accounts)
                ]
                loader.insert("account", _ACCOUNT_COLUMNS, account_rows)
                accounts += len(account_rows)
                loader.fix_sequences(("place", "venue", "household", "person", "account"))
                seconds = time.perf_counter() - started
                report = GenerateReport(persons=persons, households=households, places=len(skeleton.places),
                                        grids=len(skeleton.grids), venues=len(skeleton.venues),
                                        accounts=accounts, seconds=seconds)
                audit.record(db, system_actor("city-generate"), "generate", "city", CITY_NAME,
                             {"seed": seed, "population": population, "replace": replace,
                              "persons": persons, "households": households, "places": report.places,
                              "grids": report.grids, "venues": report.venues, "accounts": accounts})
                db.flush()
    finally:
        if bar is not None:
            bar.stop()
    _analyze(url)
    report.seconds = time.perf_counter() - started
    return report


def _analyze(url: str) -> None:
    """Planner statistics for the freshly loaded tables: without them (autovacuum may be off or late)
    PostgreSQL scans all persons for a query that an index answers in milliseconds."""
    with get_engine(url).begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA analysis_limit=1000")  # sampled: fast even at 5 million persons
            conn.exec_driver_sql("ANALYZE")
        else:
            conn.exec_driver_sql("ANALYZE place, venue, household, person, account")


def _timestamp(conn: Connection, moment: datetime) -> Any:
    """created_at as the driver stores it: SQLAlchemy's SQLite text form; a datetime for COPY."""
    if conn.dialect.name == "sqlite":
        from sqlalchemy import DateTime

        processor = DateTime().dialect_impl(conn.dialect).bind_processor(conn.dialect)
        return processor(moment) if processor else moment.isoformat(sep=" ")
    return moment


def _demo_targets(conn: Connection, skeleton: _Skeleton) -> demo.DemoTargets:
    ids = skeleton.ids
    venues = skeleton.venue_ids
    grid1 = ids[("万柏林区", "grid", "光华街社区第1网格")]
    compound = ids[("万柏林区", "compound", "电子二所家属楼")]
    # The demo resident lives in the demo property company's compound (in the first grid), so the support
    # pages show the resident's request on the volunteer's list.
    adult = text("SELECT id FROM person WHERE grid_id = :grid AND birth_date <= :adult "
                 "ORDER BY CASE WHEN compound_id = :compound THEN 0 ELSE 1 END, id LIMIT 1")
    born_by = taiyuan.REFERENCE_DATE - timedelta(days=18 * 366)
    resident = conn.execute(adult.bindparams(bindparam("adult", type_=Date)),
                            {"grid": grid1, "adult": born_by, "compound": compound}).scalar()
    if resident is None:  # a tiny city: anyone will do
        resident = conn.execute(text("SELECT MIN(id) FROM person")).scalar()
    quarantine = next(v[0] for v in skeleton.venues if v[2] == "quarantine_hotel" and v[5] == ids[
        ("万柏林区", "district", "万柏林区")])
    return demo.DemoTargets(
        district=ids[("万柏林区", "district", "万柏林区")],
        street=ids[("杏花岭区", "street", "杨家峪街道")],
        community=ids[("万柏林区", "community", "光华街社区")],
        grid=grid1,
        grid2=ids[("万柏林区", "grid", "光华街社区第2网格")],
        compound=compound,
        sampling_site=venues["光华街社区核酸采样点"],
        lab=venues[taiyuan.AIR_FILM_LAB_NAME],
        quarantine_hotel=quarantine,
        checkpoint=venues["阳曲高速口"],
        resident=int(resident),
    )
