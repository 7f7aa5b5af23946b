"""Resolver: match each place a notice names to the registry, with a confidence.

Notices name places the way the office's staff write them, not the way the registry keeps them:
"光社街道太钢东门海友酒店" (street + venue), "坞城中路47号煤校宿舍2号楼" (road address + compound),
"清源镇孔村" (town + village), "营村小区1栋1单元", "路泽苑7号楼" for a compound the registry calls
"路泽苑小区". The resolver tries, per place, a ladder of readings, strongest first:

1. exact     the normalised text is a registry name (compound and below are kept with the compound's
             name in front, so "保利东郡2期11号楼2单元" is one key) .................. 1.00
2. normalised the same after dropping the street / town / community written in front, or "小区",
             "全域", "整栋" and the like; or a venue of the district by name ............... 0.95
3. road      the same after dropping a road address in front ("坞城中路47号") ............. 0.90
4. partial   only a containing place matches (the compound of a building we do not know) .. 0.60
5. fuzzy     a similar compound or community name in the district ....................... ≤ 0.80

Readings 1-3 apply automatically when they give one place (several equally good places go to
review); 4-5 wait in the review queue with their candidates, where a person picks one, creates the
place, or keeps it as a free-form block. Nothing is dropped: a place with no reading waits too.

All lookups are set-based: the keys of every place of a change are looked up in one query.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from fangkong.registry import service as registry
from fangkong.registry.address import normalize
from fangkong.registry.service import PlaceRef, VenueRef

AUTO_CONFIDENCE = 0.9
LEVEL_DEPTH = {"district": 0, "street": 1, "community": 2, "grid": 3, "compound": 4, "building": 5, "unit": 6}

# "(1号楼2单元除外)", "(除1号楼、2号楼外)", "(除…以外)"
_EXCEPT_RE = re.compile(r"\((?:除)?(?P<inner>[^()]*?)(?:除外|以外|外)\)")
_EXCEPT_LEADING_RE = re.compile(r"^除")
# A sub-place list in brackets: "旱西门小区(7号楼、8号楼)" names those buildings of the compound.
_SUBLIST_RE = re.compile(r"^(?P<base>.+?)\((?P<inner>[^()]*(?:号楼|栋|幢|单元|座|号院)[^()]*)\)$")
_SUB_PLACE_RE = re.compile(r"^(?:(?:[A-Z甲乙丙丁]?\d+|[A-Z])(?:号楼|号院|栋|幢|座|单元|号))+$")
# A road address written in front of the place: "坞城中路47号", "平阳路44-4号", "王村南街", "上马街89号".
_ROAD_PREFIX_RE = re.compile(
    r"^[\u4e00-\u9fff]{1,8}?(?:大街|大道|路|街|巷|道|条)(?:[东南西北中]段)?(?:\d+(?:-\d+)?号(?:院)?)?"
)
# Words that say "the whole of it" or describe the place rather than name it.
_WHOLE_SUFFIXES = ("全域", "整栋楼", "整栋", "全部", "及周边", "区域")
_LOOSE_WORDS = ("小区", "住宅区", "家属院", "家属楼")


def split_exceptions(text: str) -> tuple[str, list[str]]:
    """'西吴御龙庭小区(1号楼2单元除外)' -> ('西吴御龙庭小区', ['1号楼2单元'])."""
    exceptions: list[str] = []

    def take(match: re.Match[str]) -> str:
        inner = _EXCEPT_LEADING_RE.sub("", match["inner"]).strip()
        exceptions.extend(part for part in re.split(r"[、,;，；]", inner) if part.strip())
        return ""

    base = _EXCEPT_RE.sub(take, text)
    return base.strip(), exceptions


_RUN_HEAD_RE = re.compile(r"^(?P<base>.*?[^\d])(?P<num>[A-Z甲乙丙丁]?\d+|[A-Z])(?P<unit>号楼|号院|栋|幢|座|单元|号)?$")
_RUN_PART_RE = re.compile(r"^(?P<num>[A-Z甲乙丙丁]?\d+|[A-Z])(?P<unit>号楼|号院|栋|幢|座|单元|号)$")


def expand_run(text: str) -> list[str]:
    """'北张住宅小区C区4号楼、5号楼' -> [..C区4号楼, ..C区5号楼]; '煤干院小区18、19号院' -> [..18号院, ..19号院]."""
    parts = text.split("、")
    if len(parts) < 2 or "(" in text:
        return [text]
    head = _RUN_HEAD_RE.match(parts[0])
    rest = [_RUN_PART_RE.match(p) for p in parts[1:]]
    if head is None or not all(rest):
        return [text]
    unit = head["unit"] or rest[-1]["unit"]  # type: ignore[index]
    return [head["base"] + head["num"] + unit] + [head["base"] + p for p in parts[1:]]


def expand_sublist(text: str) -> list[str]:
    """'旱西门小区(7号楼、8号楼)' -> ['旱西门小区7号楼', '旱西门小区8号楼']; a run '…4号楼、5号楼' likewise;
    other texts unchanged."""
    if "、" in text and "(" not in text:
        return expand_run(text)
    match = _SUBLIST_RE.match(text)
    if not match or "除" in match["inner"] or match["inner"].endswith("外"):
        return [text]
    parts = [p.strip() for p in re.split(r"[、,;，；]", match["inner"]) if p.strip()]
    if not parts or not all(_SUB_PLACE_RE.match(normalize(p)) for p in parts):
        return [text]
    return [match["base"] + part for part in parts]


def compound_prefix(norm: str) -> str | None:
    """The compound part of a normalised place ('北张住宅小区C区4号楼' -> '北张住宅小区C区'), if any."""
    match = re.search(r"(?:[A-Z甲乙丙丁]?\d+号楼|[A-Z]座|\d+单元|\d+号院).*$", norm)
    if match and match.start() > 0:
        return norm[: match.start()]
    return None


def is_bare_subplace(norm: str) -> bool:
    """'5号楼', '2单元', 'C座': a place written without its compound (the previous place's compound)."""
    return bool(_SUB_PLACE_RE.match(norm)) and compound_prefix(norm) is None


def _loose(text: str) -> str:
    for word in _LOOSE_WORDS:
        text = text.replace(word, "")
    return text


def _strip_whole(text: str) -> str:
    for suffix in _WHOLE_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[: -len(suffix)]
    return text


@dataclass
class Candidate:
    place: PlaceRef | None
    venue: VenueRef | None
    kind: str
    score: float
    diff: str = ""  # for a fuzzy candidate: how the notice's name differs ("花庭 → 华庭")

    def as_json(self, labels: dict[int, str]) -> dict[str, object]:
        if self.venue is not None:
            return {"place_id": None, "venue_id": self.venue.id, "label": self.venue.name, "level": "venue",
                    "kind": self.kind, "score": round(self.score, 2), "diff": self.diff}
        assert self.place is not None
        return {"place_id": self.place.id, "label": labels.get(self.place.id, self.place.name),
                "level": self.place.level, "kind": self.kind, "score": round(self.score, 2), "diff": self.diff}


@dataclass
class Resolution:
    text: str  # as written
    base_text: str  # without exceptions, compound filled in for a bare "5号楼"
    exceptions: list[str]
    state: str  # matched | review
    match: Candidate | None
    candidates: list[Candidate] = field(default_factory=list)
    exclusions: list[tuple[str, PlaceRef | None]] = field(default_factory=list)
    note: str = ""


@dataclass
class _DistrictIndex:
    """What the ladder needs of one district: names of streets and communities (to strip), the
    compounds and communities (partial and fuzzy matching), and the venues."""

    district_id: int | None
    prefixes: list[tuple[str, PlaceRef]]  # (normalised name, place), longest first
    areas: list[PlaceRef]  # communities and compounds
    venues: dict[str, list[VenueRef]]
    loose_areas: dict[str, list[PlaceRef]] = field(default_factory=dict)  # compound names without "小区"

    @classmethod
    def load(cls, db: Session, district_id: int | None) -> _DistrictIndex:
        if district_id is None:
            return cls(None, [], [], {})
        upper = registry.places_at_levels(db, district_id, ("street", "community", "compound"))
        prefixes = sorted(((normalize(p.name), p) for p in upper if p.level in ("street", "community")),
                          key=lambda item: -len(item[0]))
        venues: dict[str, list[VenueRef]] = {}
        for venue in registry.venues_in_district(db, district_id):
            venues.setdefault(normalize(venue.name), []).append(venue)
        areas = [p for p in upper if p.level in ("community", "compound")]
        loose_areas: dict[str, list[PlaceRef]] = {}
        for area in areas:
            if area.level == "compound" and len(_loose(area.name_norm)) >= 2:
                loose_areas.setdefault(_loose(area.name_norm), []).append(area)
        return cls(district_id, [(n, p) for n, p in prefixes if n], areas, venues, loose_areas)


def _readings(norm: str, index: _DistrictIndex) -> list[tuple[str, str, float, PlaceRef | None]]:
    """Keys to look up for one place, strongest first: (key, kind, confidence, prefix place it implies)."""
    readings: list[tuple[str, str, float, PlaceRef | None]] = [(norm, "exact", 1.0, None)]
    seen = {norm}

    def add(key: str, kind: str, score: float, within: PlaceRef | None) -> None:
        if key and key not in seen:
            seen.add(key)
            readings.append((key, kind, score, within))

    # Drop any run of street / town / community names written in front ("东湖街道春苑社区…").
    stripped, within = norm, None
    for _round in range(3):
        for prefix, place in index.prefixes:
            if stripped.startswith(prefix) and len(stripped) > len(prefix):
                stripped, within = stripped[len(prefix):], place
                add(stripped, "normalised", 0.95, within)
                break
        else:
            break
    for text, base_score in ((norm, 0.95), (stripped, 0.95)):
        whole = _strip_whole(text)
        add(whole, "normalised", base_score, within)
        road = _ROAD_PREFIX_RE.match(whole)
        if road and road.end() < len(whole) - 1:
            add(whole[road.end():], "road", 0.9, within)
    return readings


def _with_loose_compounds(readings: list[tuple[str, str, float, PlaceRef | None]],
                          index: _DistrictIndex) -> list[tuple[str, str, float, PlaceRef | None]]:
    """Add keys that spell the compound as the registry does: "路泽苑7号楼" -> "路泽苑小区7号楼"."""
    extra: list[tuple[str, str, float, PlaceRef | None]] = []
    seen = {key for key, *_ in readings}
    for key, _kind, _score, within in readings:
        loose_key = _loose(key)
        for end in range(len(loose_key), 1, -1):
            for area in index.loose_areas.get(loose_key[:end], []):
                candidate = area.name_norm + loose_key[end:]
                if candidate not in seen and _inside(area, within):
                    seen.add(candidate)
                    extra.append((candidate, "normalised", 0.95, within))
            if extra:
                break
    return readings + extra


def _inside(place: PlaceRef, within: PlaceRef | None) -> bool:
    if within is None:
        return True
    column = {"street": place.street_id, "community": place.community_id}.get(within.level)
    return column == within.id


OUTSIDE_NOTE = "不在本市登记范围 / not in this city's registry"


NO_DISTRICT_NOTE = "通告未写明区县,登记册中有多个同名地点 / the notice names no district; several places have this name"


def outside_city(district: str, texts: list[str]) -> list[Resolution]:
    """Places of a district this city does not have (a pasted notice of another city): each waits in review
    as "not in this city's registry", with no candidate: nothing is guessed."""
    note = f"{district}{OUTSIDE_NOTE}"
    return [Resolution(text=t, base_text=t, exceptions=[], state="review", match=None, note=note) for t in texts]


def resolve(db: Session, district_id: int | None, texts: list[str]) -> list[Resolution]:
    """Resolve the places of one change (one district) in one pass. A text that is the district's own
    name ("对迎泽区实行临时静默管理") is the district."""
    district = registry.place_refs(db, {district_id}).get(district_id) if district_id is not None else None
    if district is not None and any(normalize(t) == district.name_norm for t in texts):
        whole = [Resolution(text=t, base_text=t, exceptions=[], state="matched",
                            match=Candidate(district, None, "exact", 1.0))
                 for t in texts if normalize(t) == district.name_norm]
        rest = [t for t in texts if normalize(t) != district.name_norm]
        return whole + (resolve(db, district_id, rest) if rest else [])
    index = _DistrictIndex.load(db, district_id)
    prepared: list[tuple[str, str, list[str], str]] = []  # (text, base, exceptions, note)
    previous_compound: str | None = None
    for text in texts:
        for item in expand_sublist(text):
            base, exceptions = split_exceptions(item)
            norm = normalize(base)
            note = ""
            if is_bare_subplace(norm) and previous_compound:
                # "北张住宅小区C区4号楼、5号楼": the notice meant the same compound's 5号楼.
                base, note = previous_compound + base, f"沿用上一处的小区 {previous_compound}"
                norm = normalize(base)
            previous_compound = compound_prefix(norm) or previous_compound
            prepared.append((text, base, exceptions, note))

    all_readings = [_with_loose_compounds(_readings(normalize(base), index), index) for _t, base, _e, _n in prepared]
    keys = {key for readings in all_readings for key, *_ in readings}
    # Exception keys: "<compound>1号楼2单元" and "1号楼2单元" alone.
    exception_keys: dict[int, list[list[str]]] = {}
    for i, (_text, base, exceptions, _note) in enumerate(prepared):
        norm = normalize(base)
        exception_keys[i] = [[normalize(norm + normalize(e)), normalize(e)] for e in exceptions]
        keys.update(k for pair in exception_keys[i] for k in pair)
    levels = ("street",) + registry.MATCHABLE_LEVELS
    found = registry.places_by_norm(db, district_id, keys, levels) if keys else {}

    labels_needed: set[int] = set()
    results: list[Resolution] = []
    for i, (text, base, exceptions, note) in enumerate(prepared):
        resolution = _resolve_one(text, base, exceptions, note, all_readings[i], found, index)
        for e_text, (with_base, alone) in zip(exceptions, exception_keys[i], strict=True):
            place = _pick_exclusion(found.get(with_base, []) + found.get(alone, []), resolution)
            resolution.exclusions.append((e_text, place))
        if any(place is None for _t, place in resolution.exclusions) and resolution.state == "matched":
            resolution.state = "review"
            resolution.note = "例外地点未能匹配 / an exception could not be matched"
        results.append(resolution)
        labels_needed.update(c.place.id for c in resolution.candidates if c.place)
    _misspelt_compounds(db, district_id, results, index)
    return results


def _difference(written: str, registered: str) -> str:
    """ "花庭 → 华庭": the differing parts of a misspelt name and the registry's."""
    parts = [(written[i1:i2], registered[j1:j2]) for tag, i1, i2, j1, j2 in
             difflib.SequenceMatcher(None, written, registered).get_opcodes() if tag != "equal"]
    return ", ".join(f"{a or '∅'} → {b or '∅'}" for a, b in parts)


def _likeness(written: str, registered: str) -> str:
    """How a notice's name is like a registry name, as the difference to show; "" when it is not:
    misspelt ("花庭小区" for 华庭小区), shortened ("华庭小区" for 阳光华庭) or reordered ("XX小区东区" for
    东区XX小区)."""
    if written == registered:
        return ""
    loose_w, loose_r = _loose(written), _loose(registered)
    if len(loose_w) >= 2 and len(loose_r) >= 2:
        if sorted(loose_w) == sorted(loose_r) and loose_w != loose_r:
            return f"语序不同 / reordered: {written} ↔ {registered}"
        if loose_w in loose_r or loose_r in loose_w:
            return _difference(written, registered)
    if abs(len(registered) - len(written)) <= 2 and \
            difflib.SequenceMatcher(None, written, registered).ratio() >= 0.75:
        return _difference(written, registered)
    return ""


def _misspelt_compounds(db: Session, district_id: int | None, results: list[Resolution],
                        index: _DistrictIndex) -> None:
    """A waiting place whose compound name is one or two characters off ("花庭小区3号楼" for 华庭小区): the
    same building or unit of the similar compound, as a candidate with the difference shown. One query for
    every such place of the change."""
    wanted: dict[str, list[tuple[Resolution, str, PlaceRef]]] = {}
    names = [(area.name_norm, area) for area in index.areas if area.level == "compound" and area.name_norm]
    for resolution in results:
        if resolution.state != "review":
            continue
        norm = normalize(resolution.base_text)
        prefix = compound_prefix(norm)
        if not prefix:
            continue
        rest = norm[len(prefix):]
        for name, area in names:
            diff = _likeness(prefix, name)
            if diff:
                wanted.setdefault(name + rest, []).append((resolution, diff, area))
    if not wanted:
        return
    found = registry.places_by_norm(db, district_id, set(wanted), registry.MATCHABLE_LEVELS)
    for key, hits in wanted.items():
        for place in found.get(key, []):
            for resolution, diff, _area in hits:
                if all(c.place is None or c.place.id != place.id for c in resolution.candidates):
                    resolution.candidates.insert(0, Candidate(place, None, "fuzzy", 0.8, diff))


def _pick_exclusion(places: list[PlaceRef], resolution: Resolution) -> PlaceRef | None:
    target = resolution.match.place if resolution.match else None
    if target is None:
        return places[0] if len(places) == 1 else None
    column = f"{target.level}_id"
    inside = [p for p in places if getattr(p, column, None) == target.id and p.id != target.id]
    return inside[0] if len(inside) == 1 else None


def _most_specific(places: list[PlaceRef]) -> list[PlaceRef]:
    deepest = max(LEVEL_DEPTH[p.level] for p in places)
    chosen = [p for p in places if LEVEL_DEPTH[p.level] == deepest]
    # A village is a community and a compound of the same name: one place for the resolver.
    return chosen


def _resolve_one(text: str, base: str, exceptions: list[str], note: str,
                 readings: list[tuple[str, str, float, PlaceRef | None]],
                 found: dict[str, list[PlaceRef]], index: _DistrictIndex) -> Resolution:
    resolution = Resolution(text=text, base_text=base, exceptions=exceptions, state="review", match=None, note=note)
    candidates: list[Candidate] = []
    for key, kind, score, within in readings:
        places = [p for p in found.get(key, []) if _inside(p, within)]
        if places:
            best = _most_specific(places)
            candidates.extend(Candidate(p, None, kind, score if len(best) == 1 else 0.6) for p in best)
            break
        venues = index.venues.get(key, [])
        if venues and kind != "exact" or len(venues) == 1:
            candidates.extend(Candidate(None, v, kind if kind != "exact" else "normalised",
                                        0.95 if len(venues) == 1 else 0.6) for v in venues)
            break
    if not candidates:
        candidates = _partial_and_fuzzy(readings, found, index)
    resolution.candidates = sorted(candidates, key=lambda c: -c.score)[:6]
    top = resolution.candidates[0] if resolution.candidates else None
    if top is not None and top.score >= AUTO_CONFIDENCE and (
        len(resolution.candidates) == 1 or resolution.candidates[1].score < AUTO_CONFIDENCE
    ):
        resolution.state, resolution.match = "matched", top
    return resolution


def _partial_and_fuzzy(readings: list[tuple[str, str, float, PlaceRef | None]],
                       found: dict[str, list[PlaceRef]], index: _DistrictIndex) -> list[Candidate]:
    """Review candidates: a compound the text starts with (its building unknown), or similar names."""
    candidates: list[Candidate] = []
    seen: set[int] = set()
    for key, _kind, _score, within in readings:
        loose_key = _loose(key)
        for area in index.areas:
            loose_name = _loose(area.name_norm)
            if loose_name and loose_key.startswith(loose_name) and area.id not in seen and _inside(area, within):
                seen.add(area.id)
                candidates.append(Candidate(area, None, "partial", 0.6))
    if candidates:
        return candidates
    names = {_loose(a.name_norm): a for a in index.areas if a.name_norm}
    venue_names = {_loose(n): v[0] for n, v in index.venues.items()}
    for key, *_ in readings[:3]:
        # Shortened or reordered names ("华庭小区" for 阳光华庭, "XX小区东区" for 东区XX小区), with the difference
        for area in index.areas:
            if area.id in seen or not area.name_norm or area.level not in ("compound", "community"):
                continue
            diff = _likeness(key, area.name_norm)
            if diff and len(candidates) < 5 and (diff.startswith("语序") or _loose(key) in _loose(area.name_norm)
                                                 or _loose(area.name_norm) in _loose(key)):
                seen.add(area.id)
                candidates.append(Candidate(area, None, "fuzzy", 0.7, diff))
        for name in difflib.get_close_matches(_loose(key), list(names), n=4, cutoff=0.6):
            area = names[name]
            if area.id not in seen:
                seen.add(area.id)
                ratio = difflib.SequenceMatcher(None, _loose(key), name).ratio()
                candidates.append(Candidate(area, None, "fuzzy", min(0.8, ratio * 0.8),
                                            _difference(_loose(key), name)))
        for name in difflib.get_close_matches(_loose(key), list(venue_names), n=2, cutoff=0.6):
            ratio = difflib.SequenceMatcher(None, _loose(key), name).ratio()
            candidates.append(Candidate(None, venue_names[name], "fuzzy", min(0.8, ratio * 0.8)))
    return candidates


def labels_for(db: Session, resolutions: list[Resolution]) -> dict[int, str]:
    ids = {c.place.id for r in resolutions for c in r.candidates if c.place}
    return registry.place_labels(db, ids) if ids else {}
