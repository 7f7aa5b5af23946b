"""Sections turned into changes (action, levels, district, places), with districts of zones and lists lifted."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from fangkong.areas.notice_parsing.dates import _org_only
from fangkong.areas.notice_parsing.divisions import _city_short_districts, _divisions, _site_area
from fangkong.areas.notice_parsing.metadata import _LABEL_ORDINAL, _MUNICIPALITIES, _issuer_district, _title_district
from fangkong.areas.notice_parsing.places import (
    _GENERIC_ZONE,
    _ONE_CHARACTER_ON_SHORT,
    _ZONE,
    _ZONE_NOT,
    _compounds_and,
    _counts_agree,
    _districts_of_cities,
    _front_districts,
    _Group,
    _is_blanket,
    _one_comma_list,
    _split_area_then_whole,
    _split_bare_buildings,
    _split_final_and,
    _split_groups_and,
    _split_place_then_branch,
    _split_run_on_buildings,
    _split_run_on_repeats,
    _split_whole_and,
    _strip_enum,
)
from fangkong.areas.notice_parsing.sections import (
    _HOUSE_RUN,
    _OWN_NAME,
    _blocks,
    _has_keyword,
    _heading_town,
    _match_heading,
    _scan,
)
from fangkong.areas.notice_parsing.sentences import _Section
from fangkong.areas.notice_parsing.terms import (
    _CJK,
    _CN_NUM,
    _COUNT,
    _LEVEL,
    _MEASURE_PHRASE,
    _NUMBER_RE,
    _ORG_BODY,
    _RANK,
    _compact,
    _level_name,
)

_LIFT_TAIL = re.compile(r"(?<=[^、,;]{2})(?:均|已|予以|正式|全部|一并)*(?:解除(?:封控|管控|封闭|防范|静默|静态)"
                        r"(?:、?(?:封控|管控|封闭|防范))?(?:管理|措施|管控)?|解封|解控)$")
_ETC_END = re.compile(r"(?<=[^、,;]{2})(?<![一二三四五六七八九十同])等$")

# "A区两条街道划定为中风险地区", "两街道" (a report's lead and headline over the notice's "将A区B街道、C街道划定为…"):
# a count of a kind of place (两 or a count with its measure word, 个, 条, 处), the places left unnamed; no place
# ("八一社区", "2栋", "三村" keep their number: a name, not a count)
_COUNTED_KIND = re.compile(rf"(?:(?:\d{{1,4}}|[{_CN_NUM}]{{1,5}})[个条处]|两)"
                           r"(?:街道|镇|乡|村|社区|小区|乡镇|镇街|街镇|区域|地区|片区)")


# "高风险区2:甲街道乙社区丙街11、13号,丁巷40、41号": a level's area with its own number as the label, its one line
# house numbers on neighbouring streets and lanes between commas (no compound, shop or village named after a comma):
# the numbered area is one place, as a numbered item of house runs is ("(三)A街:B路5、7号,八巷5号"). ("封控区1:
# A小区3栋,B花园5栋" names compounds of their own: places.)
_NUMBERED_LEVEL_LABEL = re.compile(rf"{_LEVEL}(?:[一二三四五六七八九十\d]{{1,3}}|\([一二三四五六七八九十\d]{{1,3}}\))")


def _numbered_area_of_houses(heading: str, block: str) -> bool:
    if not _NUMBERED_LEVEL_LABEL.fullmatch(heading) or "\n" in block.strip():
        return False
    pieces = block.strip().rstrip("。;").split(",")
    return len(pieces) > 1 and all(_HOUSE_RUN.fullmatch(p) for p in pieces) \
        and not any(_OWN_NAME.search(p) for p in pieces[1:])


def _counted_sentences_below(sections: list[_Section]) -> None:
    """ "一、新增高风险区(10个)" (a heading with no list of its own) over "将A区B小区,以及C区D1栋、2栋,…划定为高风险
    区": the sentences below at its level hold its places; when they read one fewer each way the count allows, the
    count says each bare building after 、 is a place (as under a heading's own list)."""
    for k, head in enumerate(sections):
        h = head.heading
        if h.total is None or head.places is not None or head.lines:
            continue
        below = []
        for section in sections[k + 1:]:
            if section.places is None or section.heading.level_to != h.level_to or section.heading.total is not None:
                break
            below.append(section)
        if not below or sum(len(s.places or []) for s in below) == h.total:
            continue
        split = [[q for p in s.places or [] for q in _split_bare_buildings(p)] for s in below]
        if sum(map(len, split)) == h.total:
            for section, places in zip(below, split, strict=True):
                section.places = places


def _counted_bare_buildings(groups: list[_Group], total: int | None) -> list[_Group]:
    """ "高风险区(10个)" over "…,花果园一期1栋、2栋,…" read as 9: the count says each building after 、 is a place."""
    if not groups or total is None or _counts_agree(groups, total):
        return groups
    split = [_Group(g.district, g.count, g.labelled, [q for p in g.places for q in _split_bare_buildings(p)])
             for g in groups]
    return split if _counts_agree(split, total) else groups


def _compounds_rejoined(places: list[str], line: str) -> list[str]:
    """Two housing compounds joined by 及 in a sentence's run of places, read as two (places._compounds_and),
    joined again as its line writes them ("A小区及B小区"): one area, where the count the notice states says so."""
    out: list[str] = []
    for place in places:
        if out and f"{out[-1]}及{place}" in line and _compounds_and(f"{out[-1]}及{place}") == [out[-1], place]:
            out[-1] = f"{out[-1]}及{place}"
            continue
        out.append(place)
    return out


def _changes(sections: list[_Section], warnings: list[str],
             lines: list[str] | None = None) -> tuple[list[dict[str, Any]], list[_Section]]:
    """One change per (section, district), count checks as warnings; also the sections that had places (``lines``:
    the notice's lines the sections index)."""
    changes: list[dict[str, Any]] = []
    used: list[_Section] = []
    _counted_sentences_below(sections)
    for section in sections:
        h = section.heading
        if section.places is not None:
            groups = [_Group(h.district, places=section.places)]
            # ("新增中风险区3个,分别为A公司、B小区及C小区、D村": the count says the compounds joined by 及 are one area
            # (review rv70a), as a section's list under a counted heading reads them)
            if lines and h.total is not None and 0 <= section.index < len(lines) \
                    and not _counts_agree(groups, h.total) and _counts_agree(
                        joined := [_Group(h.district, places=_compounds_rejoined(section.places,
                                                                                 lines[section.index]))], h.total):
                groups = joined
        else:
            groups = _scan(_blocks(section.lines), h.district) if section.lines else []
            if groups and _numbered_area_of_houses(h.text, _blocks(section.lines)):
                groups = _scan(_blocks(section.lines), h.district, whole_items=True)
            if groups and h.total is not None and not _counts_agree(groups, h.total) and _counts_agree(
                    joined := _scan(_blocks(section.lines), h.district, compounds=False), h.total):
                # "中风险区(3个):A公司、B小区及C小区、D村": the count says the two compounds joined by 及 are one area
                # (review rv70a; as the pair alone is)
                groups = joined
            if groups and not _counts_agree(groups, h.total):
                # "高风险区(3个)" over three numbered items, one holding "A小区1号楼、B苑": the counts the
                # notice states show that each numbered item is one place
                whole = _scan(_blocks(section.lines), h.district, whole_items=True)
                if _counts_agree(whole, h.total):
                    groups = whole
                elif h.total is not None and _counts_agree(
                        by_line := _scan(_blocks(section.lines, by_line=True), h.district, whole_items=True), h.total):
                    # "高风险区 3 个" over three unnumbered lines, one "A路甲店、乙店、丙店": read inline, the 、 join
                    # the lines; the count says each line is one place
                    groups = by_line
                elif h.total is not None and _one_comma_list(block := _blocks(section.lines)) and _counts_agree(
                        by_comma := _scan(block, h.district, comma_groups=True), h.total):
                    # "将以下8个高风险区降为中风险区:A社区B楼、C小区(7栋、11栋),D镇E村、F村,…": the total counts
                    # the pieces between commas, each one place with its 、 inside
                    groups = by_comma
        # "中风险区(7个)" over "…、河西村、虎狼城村及中川街道": the count says 及 separates two places
        if groups and not _counts_agree(groups, h.total) and (
                split := [_Group(g.district, g.count, g.labelled, [q for p in g.places
                                                                    for q in _split_whole_and(p)])
                          for g in groups]) and _counts_agree(split, h.total):
            groups = split
        # "管控区域" over "A社区(东至B路,…)和C镇全域": a bounded area and a town's whole, two areas whatever the count
        if groups:
            groups = [_Group(g.district, g.count, g.labelled, [r for p in g.places for q in _split_area_then_whole(p)
                                                               for r in _split_place_then_branch(q)])
                      for g in groups]
        # "高风险区3个,即A、B和C": the count says the last 和 of a 、 list separates two places, whatever they end with
        if groups and not _counts_agree(groups, h.total) and (
                split := [_Group(g.district, g.count, g.labelled, _split_final_and(g.places))
                          for g in groups]) and _counts_agree(split, h.total):
            groups = split
        # "高风险区5个,A、B,C村13组和18组,D": the count says a village's groups joined by 和 are two places, wherever
        # the piece stands in the list
        if groups and not _counts_agree(groups, h.total) and (
                split := [_Group(g.district, g.count, g.labelled, [q for p in g.places for q in _split_groups_and(p)])
                          for g in groups]) and _counts_agree(split, h.total):
            groups = split
        # "高风险区(6个)" over "A花园22栋B广场B区9栋C街道D时代1栋…": a copy that lost the list's line breaks;
        # the count says each numbered building ends a place
        if groups and not _counts_agree(groups, h.total) and (
                split := [_Group(g.district, g.count, g.labelled, [q for p in g.places
                                                                    for q in _split_run_on_buildings(p)])
                          for g in groups]) and _counts_agree(split, h.total):
            groups = split
        # "高风险区(2个):A乡B村C组D区域A乡B村E组F区域": the count says each repeat of the first place's town starts
        # a place the copy wrote on without a separator
        if groups and not _counts_agree(groups, h.total) and (
                split := [_Group(g.district, g.count, g.labelled, [q for p in g.places
                                                                    for q in _split_run_on_repeats(p)])
                          for g in groups]) and _counts_agree(split, h.total):
            groups = split
        groups = _counted_bare_buildings(groups, h.total)
        merged: dict[str | None, _Group] = {}
        for g in groups:
            known = merged.get(g.district)
            if known is None:
                merged[g.district] = _Group(g.district, g.count, g.labelled, list(g.places))
            else:
                known.places.extend(g.places)
                if known.count is not None and g.count is not None:
                    known.count += g.count
                else:
                    known.count = None
        groups = _front_districts(list(merged.values()), silent="silent" in (h.level_from, h.level_to))
        # ("Ag1*.t", "#L[-WC]1y": noise a copy left in a list, a place names itself in CJK; "严格社会面管控": a part's
        # heading of measures read under a list, no place)
        for g in groups:
            # ("解除A公司等高风险区管理", "将A、B小区等调整为…": 等 says there are others the notice does not name
            # here; no part of the last place)
            g.places = [_ETC_END.sub("", p) for p in g.places if re.search(f"[{_CJK}]", p)
                        and not _MEASURE_PHRASE.search(p) and not _COUNTED_KIND.fullmatch(p)]
            if h.action == "lift" and g.places:
                # "解封的5个小区分别是:A、B、C解除封闭管控。": the list's last place followed by the lift its heading
                # said, the verb no part of the place
                g.places[-1] = _LIFT_TAIL.sub("", g.places[-1])
        if not any(g.places for g in groups):
            continue  # a summary line ("我市新增高风险区42个,调整为低风险区33个,具体如下:")
        used.append(section)
        name = h.text[-30:]
        found = sum(len(g.places) for g in groups)
        if h.total is not None and h.total != found:
            warnings.append(f"「{name}」声明{h.total}个,识别到{found}个"
                            f" / heading states {h.total}, found {found}")
        for g in groups:
            if g.count is not None and g.count != len(g.places):
                warnings.append(f"「{name}」{g.district or ''}声明{g.count}个,识别到{len(g.places)}个"
                                f" / {g.district}: stated {g.count}, found {len(g.places)}")
            if g.places:
                changes.append({
                    "action": h.action, "level_from": h.level_from, "level_to": h.level_to,
                    "district": g.district, "stated_count": g.count, "places": g.places,
                    # ("封控区一:", "封控区2:": a lift's lists numbered under one level are bare labels too)
                    # ("封控区清单(14)": the list's word after the level, a bare label still)
                    # ("临时管控区一:" under "对A街道临时管控区域予以解除:": the temporary kind, a bare label too)
                    "_bare": h.action == "set" and bool(re.fullmatch(rf"(?:临时性?)?{_LEVEL}{_LABEL_ORDINAL}"
                                                                     r"(?:名单|清单|列表)?"
                                                                     r"(?:\(.*\))?", h.text)
                                                        or _heading_town(h.text)),
                    "_at": section.index,
                    "_told": section.places is not None,  # a sentence's places, not a list's
                })
    return changes, used


# "宜良县…指挥部办公室通告,自9月7日22时起,对县城全域实行临时性静态管理": a report rounding up several offices'
# notices, a paragraph opening with the office whose notice it tells (通告 / 发布通告称 / 消息 after its name)
# ("20日,A县指挥部发布通知,…": the day in front, a roundup's paragraph on another office)
_LINE_OFFICE = re.compile(rf"^(?:\d{{1,2}}日,)?(?:根据|据|来自)?(?P<org>{_ORG_BODY})"
                          r"(?:\d{1,2}日|今天|今日|近日|日前)?(?:发布|发出)?(?:通告|公告|通报|消息|通知)称?[,:]")


def _line_office_districts(changes: list[dict[str, Any]], lines: list[str]) -> None:
    """A change without a district takes that of the office its own line opens with (a roundup's paragraph)."""
    for change in changes:
        at = change.get("_at")
        if change["district"] is None and at is not None and at < len(lines) \
                and (m := _LINE_OFFICE.match(_compact(lines[at]))):
            change["district"] = _issuer_district(m["org"])


def _title_over_reported_office(changes: list[dict[str, Any]], lines: list[str]) -> None:
    """ "关于划定甲区…的通告" over "据乙区指挥部消息,…" (m73b): a notice whose title names its district and whose lead
    quotes another district's office (the one office the notice quotes, named nowhere else but in its own line and a
    signature): the places are the title's district's, as with a city's office quoted ("据A市指挥部消息"). (Not a
    roundup of several offices, each paragraph its own office's, nor a title naming the office's district too.)"""
    compact = [_compact(line) for line in lines]
    offices = [(i, d) for i, line in enumerate(compact[:12])
               if (m := _LINE_OFFICE.match(line)) and (d := _issuer_district(m["org"]))]
    if not offices or len({d for _, d in offices}) != 1:
        return
    at, office = offices[0]
    titled = _title_district(compact[:at]) if at else None
    if not titled or titled == office or any(office in line for line in compact[:at]):
        return
    own = {i for i, _ in offices}
    if any(compact[i].count(office) > 1 for i in own):
        return  # ("据乙区指挥部消息,将乙区A小区划为…": the office's line names its district with a place: review rv73b)
    if any(office in line for i, line in enumerate(compact) if i not in own and not _org_only(line)):
        return
    for change in changes:
        if change["district"] == office:
            change["district"] = titled


def _own_named_zones(changes: list[dict[str, Any]], district: str | None, text: str) -> None:
    """ "A区关于…的通告" over "A经济开发区B厂区、C路3号": a district's notice names its own development zone after
    itself (the district's name without 区 / 县 / 市, then the zone's kind): a part of the district, no district of
    its own. The places go back to the notice's district, each keeping the zone only where it is written on it (the
    places after it, "C路3号", were carried to the zone as to a district written once)."""
    if not district or district not in _divisions()[0] or len(district) < 3:
        return
    stem = district[:-1]
    for change in changes:
        zone = change["district"]
        if not zone or zone == district or not zone.startswith(stem) \
                or not _GENERIC_ZONE.fullmatch(zone[len(stem):]):
            continue
        change["places"] = [zone + place if zone + place in text else place for place in change["places"]]
        change["district"] = district


# "嘉兴经开区关于解除…" beside "嘉兴经济技术开发区(国际商务区)…领导小组": a development zone written short (经开区,
# 高新区), bare or after its prefecture city, and in full with its city elsewhere in the notice (its office, its
# signature): one zone, named as the notice names it in full.
_ZONE_IN_FULL = {"经开区": "经济技术开发区", "高新区": "高新技术产业开发区"}


# (the full name as the notice's own office or signature: its office's word, or the date after it; not another
# city's zone named in passing, "参照苏州高新技术产业开发区做法")
_ZONE_OWN_OFFICE = re.compile(r"(?:\([^()]*\))?(?:管委会|管理委员会|党工委|工委|新型冠状|新冠|疫情|应对|防控"
                              r"|领导小组|指挥部|\d{4}年|$)")


def _zones_in_full(changes: list[dict[str, Any]], text: str) -> None:
    """Each change's district written short as a development zone (see _ZONE_IN_FULL) takes the zone's full name
    when the notice writes exactly one zone of that kind in full after a prefecture city (the same city as the
    short name's, when it has one), and writes it as its own office or signature (see _ZONE_OWN_OFFICE)."""
    for change in changes:
        short = change["district"] or ""
        kind = next((k for k in _ZONE_IN_FULL if short.endswith(k)), None)
        if kind is None:
            continue
        city = short[:-len(kind)].removesuffix("市")
        if city and city not in _divisions()[1]:
            continue
        full = {(text[m.start() - n:m.start()], bool(_ZONE_OWN_OFFICE.match(text, m.end())))
                for m in re.finditer(_ZONE_IN_FULL[kind], text) for n in (4, 3, 2)
                if text[max(0, m.start() - n):m.start()] in _divisions()[1]}
        own = {name for name, office in full if office}
        full = {name for name, _office in full}
        if len(full) == 1 and own == full and (not city or full == {city}):
            change["district"] = full.pop() + _ZONE_IN_FULL[kind]


# "东城区", "西城区", "城南区": a part of a county-level city's or county's town named by its side, which a
# prefecture's district may share the name of (北京's 东城区).
_SIDE_OF_TOWN = re.compile(r"[东西南北中新老]城区|城[东西南北中]区")


def _own_town_sides(changes: list[dict[str, Any]], district: str | None, text: str) -> None:
    """ "永城市…" over "东城区A小区" beside "B街道C店": a county-level city's (or county's) notice names a part of
    its own town by its side; a district of that name in another prefecture is not meant. The places go back to
    the notice's district, each keeping the part only where it is written on it."""
    if not district or district not in _divisions()[0] or district[-1] not in "市县" \
            or (district[-1] == "市" and district[:-1] in _divisions()[1]):
        return
    cities = _districts_of_cities()
    own_city = {d for names in cities.values() if district in names for d in names}
    for change in changes:
        side = change["district"]
        if not side or side == district or not _SIDE_OF_TOWN.fullmatch(side) or side in own_city:
            continue
        change["places"] = [side + place if side + place in text else place for place in change["places"]]
        change["district"] = district


def _city_run_zone(zone: str, text: str) -> bool:
    """ "…、郑州新郑教育园区温莎城堡" (金水区's place before it): a park named with its prefecture city in front, in a
    list after a place written with its district, is a unit the city runs at a district's rank (as the city writes
    its districts in front of their places), not a place of the district before it; once is enough. (Only after
    "、" or "," that follows a known district's place: "A区B街道C小区、郑州D园区E公寓".)"""
    city = re.match(rf"[{_CJK}]{{2,3}}?(?=[{_CJK}]{{4}})", zone)
    if not city or city.group() not in _divisions()[1] or len(zone) - city.end() < 4:
        return False
    for m in re.finditer(rf"(?<=[、,]){re.escape(zone)}", text):
        before = re.split(r"[,、;:。将对]", text[:m.start() - 1])[-1]
        if any(before.startswith(d) for d in _districts_in(before[:8])):
            return True
    return False


def _districts_in(front: str) -> list[str]:
    return [front[:n] for n in range(3, len(front) + 1) if front[:n] in _divisions()[0]]


def _zone_districts(changes: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    def zone_of(place: str) -> str | None:
        m = _ZONE.match(place)
        rest = place[m.end():] if m else ""
        if not m or _ZONE_NOT.search(m.group()) or len(rest) < 4 or re.match(r"[\dA-Za-z一二三四五六七八九十]", rest):
            return None
        return m.group()

    fronts = [zone for change in changes for place in change["places"] if (zone := zone_of(place))]
    named = {zone for zone in fronts if fronts.count(zone) >= 2 or re.search(rf"{re.escape(zone)}(?:、|部分|等)", text)
             or _city_run_zone(zone, text)}
    # (not an industrial area written as the label of its places, "A工业区(3个):B厂、C公司、D仓库": a site, no
    # district (divisions._SITE_AREA), joined in front of each of its places as a park's label is)
    named = {zone for zone in named
             if not (_site_area(zone) and re.search(rf"{re.escape(zone)}(?:{_COUNT})?:", text))}
    if not named:
        return changes
    out: list[dict[str, Any]] = []
    for change in changes:
        by_zone: dict[str | None, list[str]] = {}
        for place in change["places"]:
            zone = zone_of(place)
            if zone in named:
                by_zone.setdefault(zone, []).append(place[len(zone):])  # type: ignore[arg-type]
            else:
                by_zone.setdefault(None, []).append(place)
        for zone, places in by_zone.items():
            out.append({**change, "district": zone or change["district"], "places": places})
    return out


# "一、高风险区 冷水江布溪街道A社区12组B园、C对面;新化县D餐吧" (娄底, summer 2022): a prefecture city's list over
# two counties, one written in full (新化县), the other short in front of its first place (冷水江 for 冷水江市): the
# short name is the district of that place and of the places after it. Only the issuing city's own counties and
# county-level cities (县 / 市: "冷水江", "涟源", "新化"), before three characters or more that open no road, town or
# water of the same name ("新化路", "涟源镇", "冷水江边" stay places).
_SHORT_COUNTY_REST = re.compile(rf"[{_CJK}A-Za-z\d]{{3}}")
_SHORT_COUNTY_NOT_REST = re.compile(r"(?:[路街道巷弄桥镇乡村区县市河江湖山边畔岸沿]|社区|大道|大街"
                                    r"|[东西南北中][路街]|流域|以[东南西北])")
# (a rest of a name of its own, "冷水江蔡九哥馄饨店", "冷水江布溪街道A社区"; not a shop, hotel or hospital named after
# the county, its rest only the kind of site or a public one's word, "新化米粉店", "涟源大酒店", "新化人民医院")
_SHORT_COUNTY_NAMED_REST = re.compile(r"(?!人民|中医|妇幼|第[一二三四五六七八九十\d]|实验|职业|公共|汽车|火车|客运)"
                                      r"[^()\n]{4}")


def _short_county_fronts(changes: list[dict[str, Any]], issuer: str | None) -> list[dict[str, Any]]:
    city = re.match(rf"([{_CJK}]{{2,4}}?)市", issuer or "")
    counties = _districts_of_cities().get(city.group(1), frozenset()) if city else frozenset()
    if not city or f"{city.group(1)}市" in _divisions()[0] or not counties:
        return changes

    def front(place: str) -> tuple[str, str] | None:
        for county in counties:
            short = county[:-1]
            if county[-1] in "市县" and len(short) >= 2 and place.startswith(short) \
                    and not place.startswith(county) and _SHORT_COUNTY_REST.match(place, len(short)) \
                    and not _SHORT_COUNTY_NOT_REST.match(place, len(short)) \
                    and _SHORT_COUNTY_NAMED_REST.match(place, len(short)) \
                    and not _ONE_CHARACTER_ON_SHORT.match(place, len(short)):
                return county, place[len(short):]
        return None

    out: list[dict[str, Any]] = []
    for change in changes:
        if change["district"] not in (None, city.group()) or not change["places"] \
                or front(change["places"][0]) is None:
            out.append(change)
            continue
        for place in change["places"]:
            found = front(place)
            if found:
                out.append({**change, "district": found[0], "places": []})
                place = found[1]
            out[-1]["places"].append(place)
    return out


# "新增中风险地区:铜官区A小区2栋、郊区B小区30栋" (铜陵, 2022): a two-character district ("郊区", "城区", "矿区") is a
# word anywhere else; written in front of a place where the notice's other places lie in the districts of the one
# city that has a district of that name, it is that sibling district (not its whole area or the word's own phrases,
# "城区范围内", "郊区的", "城区所有小区", nor the area's own sites, "矿区职工宿舍", "城区人民医院": a name of its own
# after it, as _SHORT_COUNTY_NAMED_REST; nor the word before a kind of place or a part of the area, "郊区农村地区",
# "城区各居民小区", "城区周边村庄", "城区北部片区", "城区老旧小区", "城区沿街门面房", "矿区生活区3号楼").
_SIBLING_SHORT_REST = re.compile(rf"(?!范围|全域|全部|所有|部分|职工|家属|宿舍|以[东南西北外内]|[的内外及和与、各]"
                                 r"|主要|主干|周边|周围|附近|沿[街线路河江]|老旧|农村|乡村|城中村|城乡|居民|小区|村庄"
                                 r"|商铺|门面|生活区|片区|[东南西北中]部|[东南西北]侧|一带|区域|地区|其[他它余]|内外)"
                                 rf"[{_CJK}]{{2}}")


def _sibling_short_district_fronts(changes: list[dict[str, Any]], text: str = "") -> list[dict[str, Any]]:
    """``text``: the notice's compacted text, where a later place written with its own district in front
    ("4.郊区A村", "5.铜官区B小区") is seen to be that district's, not the sibling's before it."""
    named = {c["district"] for c in changes if c["district"] in _divisions()[0]}
    cities = {city for city, districts in _districts_of_cities().items() if city and named & districts}
    if len(cities) != 1:
        return changes
    shorts = {d for city, d in _city_short_districts() if city in cities}

    def front(place: str) -> str | None:
        return place[:2] if place[:2] in shorts and _SIBLING_SHORT_REST.match(place, 2) \
            and _SHORT_COUNTY_NAMED_REST.match(place, 2) else None

    out: list[dict[str, Any]] = []
    for change in changes:
        if change["district"] not in named | shorts | {None} or not any(map(front, change["places"])):
            out.append(change)
            continue
        out.append({**change, "places": []})
        written = ""  # (the place before, as written)
        for place in change["places"]:
            if (short := front(place)) is not None:
                # (the places after it are that district's, as after any district written in front)
                out.append({**change, "district": short, "places": []})
                written, place = place, place[2:]
            elif out[-1]["district"] != change["district"] and change["district"] \
                    and _written_next(text, written, change["district"] + place):
                out.append({**change, "places": []})  # (written with its own district again: that district's)
                written = change["district"] + place
            else:
                written = place
            out[-1]["places"].append(place)
    return [change for change in out if change["places"]]


# "阳泉市城区A街道B小区调整为中风险区", "郊区C镇D村" in 阳泉's notice: a two-character district ("城区", "矿区", "郊区")
# in front of a place, where the notice's city (its office's, or the one such city the text writes with its 市) has
# a district of that name and a named street or town follows it ("义井街道", "河底镇"), is the place's district (not
# "城区范围内", "郊区农村", "城区人民医院": the word or a site; nor another city's urban area, "荆门市城区"). A label's
# colon after it ("城区:A街道B小区") goes with it.
_SHORT_FRONT_STREET = re.compile(rf":?(?:(?!社区|小区|范围|所有|部分)[{_CJK}]){{2,6}}?(?:街道办事处|街道|办事处|镇|乡)"
                                 rf"(?!办)[{_CJK}A-Za-z\d]")


def _own_city_short_district_fronts(changes: list[dict[str, Any]], issuer: str | None,
                                     text: str) -> list[dict[str, Any]]:
    pairs = _city_short_districts()
    written = {city for city, _ in pairs if f"{city}市" in text}
    issuing = re.match(rf"(?:[{_CJK}]{{2,7}}?省)?([{_CJK}]{{2,4}}?)市", issuer or "")
    cities = {issuing[1]} & {city for city, _ in pairs} if issuing and issuing[1] in {c for c, _ in pairs} \
        else written
    if len(cities) != 1:
        return changes
    city = next(iter(cities))
    shorts = {d for c, d in pairs if c == city}
    # (not in the notice of a county of the city, "阳泉市盂县…办公室", "盂县…办公室": its "城区" is the county's own
    # town, "城区秀水镇" one of its towns; review rv64b)
    own = _issuer_district(issuer) if issuer else None
    if own and own.removeprefix(f"{city}市") not in shorts:
        return changes

    def front(place: str) -> tuple[str, str] | None:
        for head in (f"{city}市", ""):
            d = place[len(head):len(head) + 2]
            if place.startswith(head) and d in shorts and _SHORT_FRONT_STREET.match(place, len(head) + 2):
                return d, place[len(head) + 2:].removeprefix(":")
        return None

    return _split_at_fronts(changes, front, lambda change: change["district"] in (None, f"{city}市"))


def _split_at_fronts(changes: list[dict[str, Any]], front: Callable[[str], tuple[str, str] | None],
                     applies: Callable[[dict[str, Any]], bool] = lambda change: True) -> list[dict[str, Any]]:
    """Each change whose places ``front`` finds a district in split there: that district, with the front taken off,
    for the place and the places after it in its list (until the next front)."""
    out: list[dict[str, Any]] = []
    for change in changes:
        if not applies(change) or not any(map(front, change["places"])):
            out.append(change)
            continue
        out.append({**change, "places": []})
        for place in change["places"]:
            if (found := front(place)) is not None:
                out.append({**change, "district": found[0], "places": []})
                place = found[1]
            out[-1]["places"].append(place)
    return [change for change in out if change["places"]]


# "房山窦店镇于庄村、窦店镇A小区" (a reworded report, 北京, spring 2022): a district of one of the four municipalities
# written without its 区 ("房山" for 房山区, "浦东" for 浦东新区), maybe after the municipality, straight before a
# named town or street, in a notice that names the municipality ("北京市", "北京朝阳区"): the place's district, and
# that of the places after it in its list. (Only there: a short name elsewhere, "东城金华镇A村" in a notice of no
# municipality, may open a town's or a village's own name, and is kept whole.)
@functools.cache
def _municipal_districts() -> dict[str, str]:
    """The short name of each district of the municipalities (divisions.tsv's districts of no city ending in 区, all
    the municipalities' but 神农架林区): "房山" -> "房山区", "浦东" -> "浦东新区"."""
    out: dict[str, str] = {}
    for name in _districts_of_cities().get("", frozenset()):
        if name.endswith("区") and not name.endswith("林区") and len(name) >= 3:
            out[name[:-2] if name.endswith("新区") else name[:-1]] = name
    return out


def _longer_division_front(place: str, short: str) -> bool:
    """Whether the place opens with a prefecture whose name only starts like the municipal district's short name
    ("大兴安岭新林镇A村" in a notice naming 北京市: 大兴安岭's town, not 大兴区's; review rv69b)."""
    cities = _divisions()[1]
    return any(place[:k] in cities for k in range(len(short) + 1, 6))


def _municipal_short_district_fronts(changes: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    if not any(town in text for town in ("镇", "乡", "街道")):
        return changes
    shorts = _municipal_districts()
    if not re.search(rf"(?:{'|'.join(_MUNICIPALITIES)})(?:市|{'|'.join(shorts.values())})", text):
        return changes

    def front(place: str) -> tuple[str, str] | None:
        for city in ("", *(c + "市" for c in _MUNICIPALITIES), *_MUNICIPALITIES):
            if not place.startswith(city):
                continue
            for length in (2, 3):
                short = place[len(city):len(city) + length]
                if short in shorts and not place.startswith(shorts[short], len(city)) \
                        and not _longer_division_front(place[len(city):], short) \
                        and _SHORT_FRONT_STREET.match(place, len(city) + length):
                    return shorts[short], place[len(city) + length:]
        return None

    return _split_at_fronts(changes, front)


# The separators between two places of a list, as written: "、", a line's end and the next item's number ("\n4."),
# after a note of the place before ("(含底商)")
_NEXT_PLACE = r"(?:\([^()\n]{0,60}\))?[、,;。\n]*(?:[(]?[\d一二三四五六七八九十]{1,3}[.、)])?"


def _written_next(text: str, before: str, place: str) -> bool:
    """``place`` written right after ``before`` in ``text`` ("2.郊区A村\n3.铜官区B小区", "郊区A村、铜官区B小区"): not
    a place that begins so elsewhere in the notice ("铜官区B小区6栋" in another sentence or list, when the list holds
    "郊区A村、B小区")."""
    return bool(before) and re.search(rf"{re.escape(before)}{_NEXT_PLACE}{re.escape(place)}", text) is not None


def _short_counties(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "较低风险降为低风险(6个):西湖、江干、鹿城": a province's 2020 county list written short, each county without
    区 / 县 / 市 (as a province's press release does); each is a place with itself as district, as a county listed
    in full is. Only a change without a district whose places (two or more) are all bare names of two to four
    characters, at least three in four of them known counties (a county merged since, "江干", is not known)."""
    districts = _divisions()[0]

    def bare(place: str) -> bool:
        return 2 <= len(place) <= 4 and place not in districts and re.fullmatch(rf"[{_CJK}]+", place) is not None

    def known(place: str) -> bool:
        return any(place + kind in districts for kind in ("区", "县", "市", "旗"))

    out: list[dict[str, Any]] = []
    for change in changes:
        places = change["places"]
        if change["district"] is None and len(places) >= 2 and all(map(bare, places)) \
                and 4 * sum(map(known, places)) >= 3 * len(places):
            out.extend({**change, "district": place, "places": [place]} for place in change["places"])
        else:
            out.append(change)
    return out


# A zone or island a province lists among its counties, each of which is its own place and district: "涵江区、湄洲湾北
# 岸经济开发区、湄洲岛、梅列区", "泉港区、泉州台商投资区", "平潭综合实验区" (administered as a county is).
_COUNTY_LIKE_ZONE = re.compile(rf"[{_CJK}]{{2,10}}(?:开发区|投资区|实验区|试验区|示范区|合作区|保税区"
                               r"|新区|园区|度假区|管理区|基地|岛)")
_COUNTY_LIST_MIN = 4


def _listed_county_zones(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """In a notice that lists whole counties (each a place with itself as district, three in four of its places and
    at least four), a zone written whole after a county is one more of them, its own district, not a part of the
    county before it."""
    whole = sum(change["places"].count(change["district"]) for change in changes)
    if whole < _COUNTY_LIST_MIN or 4 * whole < 3 * sum(len(change["places"]) for change in changes):
        return changes
    out: list[dict[str, Any]] = []
    for change in changes:
        places = change["places"]
        if len(places) < 2 or places[0] != change["district"]:
            out.append(change)
            continue
        kept = [place for place in places if not _COUNTY_LIKE_ZONE.fullmatch(place) or place == change["district"]]
        out.append({**change, "places": kept})
        out.extend({**change, "district": place, "places": [place]} for place in places if place not in kept)
    return out


# "实施区域管控,解除时间将随疫情形势变化确定", "解封条件另行通知": the lead says when the areas will be lifted,
# it lifts nothing now.
_WHEN_LIFTED = re.compile(r"(?:解除|解封|撤销)(?:管控|封控|封闭)?的?(?:时间|时限|期限|日期|条件|标准)")


# "三、对我区现有封控区、管控区、防范区进行调整,明确如下:", "调整后的风险区如下:": a line between the lead and a
# list that restates the areas as they now stand; the lists under it keep their levels.
# (also "封控管控区域最新情况(4月3日发布):": the lists as they stood when published, under a later lift on the page)
# ("二、调整后A街道“三区”范围" (浙江, spring 2022): a heading of the zones standing after the lift of item 一; one
# that names zones and no lift: not "调整后解除管控的区域范围", "调整后的解封名单", the areas lifted)
_RESTATED_LISTS = re.compile(r"进行调整|调整如下|明确如下|调整后(?:的|现有)?(?:[^,。;:]{0,12}(?:如下|为|:)"
                             r"|(?![^,。;:]{0,12}?(?:解除|解封|撤销|取消))(?=[^,。;:]{0,12}?(?:三区|风险|封控|管控|防范|区域))"
                             r"[^,。;:]{0,12}(?:范围|名单)$)"
                             r"|最新情况|\((?:\d{4}年)?\d{1,2}月\d{1,2}日(?:发布|公布)\):?$")


# "目前,A市共有中风险地区1个,封控区18个,管控区14个。" under lists headed by their lift (安徽, spring 2022): the count
# of the areas standing after the lifts, then (in an appendix) their lists; lists after it, headed by a level only,
# are the areas in force, not lifted by the lead's lift.
_STANDING_TALLY = re.compile(rf"^(?:目前|截至目前|现|当前)[,,]?[^,。;:]{{0,12}}?(?:共有|现有|尚有|还有|共)"
                             rf"(?:{_LEVEL})(?:\d{{1,4}}|[{_CN_NUM}]{{1,4}})个")
# ("目前,全市共有管控区2个符合解除条件,予以解除:", "…已达到解除条件": a count of the areas the notice lifts next, no
# tally of those standing; "尚有封控区2个未解除" stands)
_TALLY_LIFTED = re.compile(r"(?<![未待尚])(?:解除|解封|撤销|撤除)|达到|符合|满足|降为|降级|调整为|予以")


def _standing_tally(line: str) -> bool:
    m = _STANDING_TALLY.search(line)
    return m is not None and not _TALLY_LIFTED.search(re.split(r"[。;:]", line[m.end():], maxsplit=1)[0])


def _tally_over(lines: list[str], start: int, at: int) -> bool:
    """A standing tally between lines ``start`` and ``at`` with no lift told after it ("目前,全市共有封控区2个。\n
    经研判,决定解除以下区域的管控措施:" or "二、以下区域解除管控措施:" lifts the lists under it again)."""
    tally = max((k for k in range(start, at) if _standing_tally(_compact(lines[k]))), default=None)
    return tally is not None and not any(_lifting([re.sub(r"“[^“”]*”", "", _compact(line))])
                                         for line in lines[tally + 1:at])


def _lifting(lead: list[str]) -> bool:
    # (a cited document's title, "《…区域划定和解除工作指引》", is not what this notice does)
    text = _WHEN_LIFTED.sub("", re.sub(r"《[^《》]*》", "", "".join(lead)))
    return bool(re.search(r"解封|解除|撤销", text)) and not re.search(r"新增|划定(?!的)|调整为|升级|降为|降级", text)


def _intro_above(lines: list[str], at: int, spans: list[tuple[int, int]]) -> list[str]:
    """The introduction right above the run of lists that holds line ``at``, under an earlier list: its lines back
    to the first that closes a sentence or belongs to a list ("…现通告如下:" and "解除管控区名单" over "(一)A镇辖区内
    管控区:…", under a report's paragraph on another place's change: "B小区1号楼解除中风险地区,下调为低风险地区。
    该区域调整为低风险地区后,…。"). Empty where no list stands above the run (the notice's lead is its intro)."""
    listed = {i for first, last in spans for i in range(first, last + 1)}
    start = at
    while start - 1 in listed:
        start -= 1
    if not any(last < start for _, last in spans):
        return []
    intro: list[str] = []
    for i in range(start - 1, -1, -1):
        line = _compact(lines[i])
        if i in listed or line.endswith("。"):
            break
        intro.insert(0, line)
    return intro


# The introduction of a run of lists under an earlier list lifts them where its last clause that names a lift is
# the lift itself ("解除A镇、B镇部分管控区管理", "解除管控区名单"), with nothing after it but the words that bring
# the lists ("现通告如下"): not a lift told on the way to lists of another kind ("解除A村的封控,同时公布以下区域",
# "解除李家村封控,以下区域继续管理"), a time or a condition ("解除前", "解除封控后", "解除封控以后仍然保留的区域"),
# nor a lift in brackets ("现将全区风险区域公布如下(解除区域不再列出)").
_LIFT_CLAUSE = re.compile(r"(?<![在待未已满足达到])(?:解除|解封|撤销)"
                          r"(?!.*(?:前|后|之外|以外|条件|标准|不再|继续|仍|保留))")
_BRINGS_LISTS = re.compile(r"(?:现|特此)?(?:将?有关事项|将?相关事项)?(?:予以)?(?:通告|公告|公布|通知|明确)?"
                           r"(?:具体|详细)?(?:名单|区域|情况)?如下")


def _lifting_intro(intro: list[str]) -> bool:
    text = re.sub(r"\([^()]*\)", "", "\n".join(intro).replace("\uff08", "(").replace("\uff09", ")"))
    clauses = [c for c in re.split(r"[,;:。\n\uff0c\uff1b\uff1a]", text) if c]
    at = next((i for i in range(len(clauses) - 1, -1, -1) if re.search(r"解除|解封|撤销", clauses[i])), None)
    return at is not None and _lifting(intro) and bool(_LIFT_CLAUSE.search(clauses[at])) \
        and all(_BRINGS_LISTS.fullmatch(c) for c in clauses[at + 1:])


def _lists_lifted(changes: list[dict[str, Any]], lead: list[str], lines: list[str] | None = None,
                  spans: list[tuple[int, int]] | None = None) -> None:
    """ "…予以解除,具体如下:" or "全面解封" above lists headed by a level only ("封控区:A;管控区:B")
    lifts those levels (not lists under a line that restates the areas kept, _RESTATED_LISTS). ``spans``: the lines
    (first, last) of the lists read; a run of bare lists under an earlier list is lifted by its own introduction
    (_intro_above), where the notice's lead lifts nothing."""
    lifting = _lifting(lead)
    # (the first list headed by its own lift, "一、解除封控区名单(3个)": a tally of the areas standing after it heads
    # the lists in force, not lifted)
    told_lift = min((c["_at"] for c in changes if c["action"] == "lift" and not c.get("_bare")
                     and c.get("_at") is not None), default=None)
    for change in changes:
        at = change.pop("_at", None)
        restated = lines is not None and at is not None and (any(
            _RESTATED_LISTS.search(_compact(line)) for line in lines[:at])
            or (told_lift is not None and _tally_over(lines, told_lift + 1, at)))
        lifted = lifting or (lines is not None and at is not None and spans is not None
                             and _lifting_intro(_intro_above(lines, at, spans)))
        if change.pop("_bare", False) and lifted and not restated:
            change.update(action="lift", level_from=change["level_to"], level_to=None)


# "解除管控后,以上区域转为防范区管理", "上述区域解封后统一调整为低风险区": under lists the notice lifts, the level
# the lifted places go to.
_LIFTED_TO = re.compile(rf"(?:^|[,。;:])(?:(?:解除|解封|撤销)[^,。;:]{{0,12}}?后,?)?(?:以上|上述|前述|这些|该)"
                        rf"(?:[\d{_CN_NUM}]+个)?(?:区域|地区|小区|点位|地点|场所|村|社区|风险区)?"
                        # ("上述区域管控措施解除后,按照防范区标准进行管理": the measures named before 解除)
                        rf"(?:(?:[{_CJK}]{{0,4}}?(?:措施|管理))?(?:解除|解封)[^,。;:]{{0,8}}?后,?)?"
                        # ("上述区域解除封控、管控后,继续严格执行社会面管控措施,实行防范区管理": the measures kept in a
                        # clause of their own before the level)
                        rf"(?:[^,。;:]{{0,20}}?(?:措施|要求),)?(?:均|全部|统一|一律|一并)?"
                        rf"(?:转为|转入|调整为|降为|纳入|按照?|列为|实行)(?P<level>{_LEVEL})")


# "同时,将以上封控区和管控区确定为中风险地区": under the zone lists, the zones named take a risk level too; each
# of their places is listed at both levels
_ZONES_AS_RISK = re.compile(r"(?:将|把)?(?:以上|上述|前述)(?P<zones>(?:封控|管控|防范)区(?:域)?(?:(?:[、和及与]|以及)"
                            r"(?:封控|管控|防范)区(?:域)?)*)(?:均|统一|全部)?(?:确定|划定|认定|列|定|调整|划)为"
                            r"(?P<level>[高中低]风险)(?:地区|区域|区)")


# "临时管控区参照中风险区进行管理", "封控区按高风险区管理" under the lists: the kind of area the lists gave (its level)
# managed as a risk level, said of the kind itself (its own sentence, the kind its subject): the places are at that
# level. (Not "按照高风险区管控要求" after a list's own verb: no kind before it.)
_KIND_MANAGED_AS = re.compile(r"^(?:[^,。;:]{0,6}[,:])?(?:以上|上述|前述)?(?:临时)?(?P<kind>封控|管控|防范)区(?:域)?"
                              r"(?:均|统一|一律)?(?:参照|比照|按照?)(?P<level>[高中低]风险)(?:地区|区域|区)(?:进行|实行)?(?:管理|管控)")


def _kind_managed_as(changes: list[dict[str, Any]], tail: list[str]) -> None:
    """The places of a kind of area the lines under the lists manage as a risk level are at that level."""
    for m in (m for line in tail[:12] if (m := _KIND_MANAGED_AS.search(_strip_enum(line)[0]))):
        kind, to = _level_name(m["kind"] + "区"), _level_name(m["level"] + "区")
        for change in changes:
            if change["level_to"] == kind and change["action"] in ("set", "add"):
                change["level_to"] = to


def _zones_as_risk(changes: list[dict[str, Any]], tail: list[str]) -> None:
    m = next((m for line in tail[:12] if (m := _ZONES_AS_RISK.search(line))), None)
    if m is None:
        return
    to = _level_name(m["level"] + "区")
    zones = {_level_name(z) for z in re.findall(r"(?:封控|管控|防范)区", m["zones"])}
    changes += [{**change, "action": "set", "level_from": None, "level_to": to, "stated_count": None,
                 "places": list(change["places"])}
                for change in list(changes) if change["level_to"] in zones and change["places"]]


def _set_then_lifted(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A place the notice both puts under a level and lifts from that very level ("2月1日,…对A大楼实施封闭式管理。
    …6月9日,…A大楼正式解封。", a report telling the closure's history up to its end): the lift is what the notice
    decides, the designation what happened before; the place is lifted only. (Both told in sentences: lists under
    "划定为高风险区:" and "解除高风险区:" are two of the notice's decisions, each kept.)"""
    told = [change.pop("_told", False) for change in changes]
    lifted = {(place, c["level_from"]) for c, t in zip(changes, told, strict=True)
              if t and c["action"] == "lift" and c["level_from"] for place in c["places"]}
    if not lifted:
        return changes
    out = []
    for change, t in zip(changes, told, strict=True):
        if t and change["action"] in ("set", "add", "upgrade") and change["level_to"]:
            change["places"] = [p for p in change["places"] if (p, change["level_to"]) not in lifted]
            if not change["places"]:
                continue
        out.append(change)
    return out


# "长宁镇除中风险区以外的其他区域": the rest of a place after its areas of a level.
_REST_OF = re.compile(r"除[^,。;]{2,30}?(?:以外|之外|外)的?(?:其他|其余|其它)?(?:区域|地区|范围)$")


def _silent_lift_relevelled(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "解除A镇静态管理" then "中风险区(A镇B小区、A镇C路65号)…;低风险区(A镇除中风险区以外的其他区域)…" (四川,
    autumn 2022): a place's silent management lifted and the whole place given new levels at once, its parts one
    level and its rest another; the new levels stand for the lift, which names no place of its own. The lifted place
    goes only when the notice names its rest ("A镇除…以外的其他区域") with a level: a lift of A镇 with one compound
    of it made high keeps its lifted line."""
    rests = {place for c in changes if c["action"] in ("set", "add") and c["level_to"]
             for place in c["places"] if _REST_OF.search(place)}
    if not rests:
        return changes
    out = []
    for change in changes:
        if change["action"] == "lift" and change["level_from"] == "silent":
            change["places"] = [p for p in change["places"]
                                if not any(r.startswith(p) and _REST_OF.fullmatch(r[len(p):]) for r in rests)]
            if not change["places"]:
                continue
        out.append(change)
    return out


def _moved_then_lifted(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "A已于5月26日20时从封控区降为管控区,…现就A解除管控有关事宜通告如下:…自5月30日起,A解除管控" (北京, 2022): a
    place the notice's sentences first move to a level (what happened before: its lead recalls it), then lift from that
    very level: the lift is what the notice decides; the place is lifted only. (_set_then_lifted reads a designation so;
    this a downgrade or upgrade, told before the lift.)"""
    out: list[dict[str, Any]] = []
    for k, change in enumerate(changes):
        if change.get("_told") and change["action"] in ("downgrade", "upgrade") and change["level_to"]:
            lifted = {place for later in changes[k + 1:] if later.get("_told") and later["action"] == "lift"
                      and later["level_from"] == change["level_to"] for place in later["places"]}
            change["places"] = [place for place in change["places"] if place not in lifted]
            if not change["places"]:
                continue
        out.append(change)
    return out


# A line that opens with a day (an hour maybe), as a report's paragraph does: "1月23日,A小区出现一例确诊病例。",
# "2月7日8时,B解除管控。" (the lift's line may open with its start: "自2月7日8时起,…").
_DAY_OPENING = re.compile(r"^(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:[^,;。:起]{0,10}?(?:时|点|分))?,")
_START_OPENING = re.compile(r"^(?:自|从|于)?(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日")


def _day_of(match: re.Match[str]) -> tuple[int, int, int]:
    return (int(match["y"] or 0), int(match["m"]), int(match["d"]))


def _earlier(day: tuple[int, int, int], than: tuple[int, int, int]) -> bool:
    """Whether a day is before another; a day without its year is of the other's year."""
    return day < than if day[0] and than[0] else day[1:] < than[1:]


def _history_before_lift(changes: list[dict[str, Any]], lines: list[str]) -> list[dict[str, Any]]:
    """ "2月7日8时,A小区3段解除管控。…1月23日,A小区3段出现一例确诊病例。…将小区27号楼划定为封控区;将27号楼以外的区域
    划定为管控区" (a report of a lift, 北京, 2022): the paragraph that opens with an earlier day and names the place
    lifted tells the place's history; the areas it drew then (parts of that place) are no level of this report. The
    lift is the report's news. (Only sentences, the lift's line opening with its later day; a notice's items that each
    open with their own start, "一、自11月21日起,划定A…", "二、自11月25日起,解除B…", are decisions, and name no lifted
    place in the earlier item's line.)"""
    lifts = [(_day_of(day), change) for change in changes
             if change.get("_told") and change["action"] == "lift" and (at := change.get("_at")) is not None
             and at < len(lines) and (day := _START_OPENING.match(_strip_enum(_compact(lines[at]))[0]))]
    if not lifts:
        return changes
    out: list[dict[str, Any]] = []
    for change in changes:
        at = change.get("_at")
        if change.get("_told") and change["action"] in ("set", "add", "upgrade", "downgrade") and at is not None:
            opening = next(((j, m) for j in range(min(at, len(lines) - 1), -1, -1)
                            if (m := _DAY_OPENING.match(_compact(lines[j])))), None)
            if opening is not None:
                told = re.sub(r"\([^()]*\)", "", _compact("".join(lines[opening[0]:at + 1])))
                # (the lift's own line inside that run is no earlier paragraph: "11月20日,记者获悉:" over
                # "自11月21日起,A小区解除封控。" and "将B苑划为封控区。", one report's dated lead over its later day)
                if any(_earlier(_day_of(opening[1]), lift_day) and any(place in told for place in lift["places"])
                       and not opening[0] <= lift["_at"] <= at for lift_day, lift in lifts):
                    continue
        out.append(change)
    return out


# "A市于2022年3月15日将B区C小区、D小区调整为疫情中风险地区,于3月23日将E区F街道调整为疫情高风险地区。…自4月15日
# 0时起,将B区C小区、D小区及E区F街道调整为低风险地区" (沈阳, a report of a lowering, 2022): a change told with a past
# day after 于 (no 起: when it was done, not from when), its places changed again by another sentence of the notice
# to another level: the earlier level is the places' history, the other change the news. (Not "决定于4月15日将A…",
# "拟于", "将于": a day still to come.)
# ("西宁市于11月2日14时,将A,B划定为高风险区;将C,D划定为中风险区。11月7日8时,将E由高风险区调整为中风险区。"
# (西宁, autumn 2022): the hour and a comma after the day, the places between commas, the next clause's 将 under the
# same day; in such a report a sentence that opens with a day and no 起 tells the history too (_PAST_DAY_OPENING))
_PAST_DAY = r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}时(?:\d{1,2}分)?)?(?![^,;。]{0,10}?起),?"
_PAST_OBJECT = rf"(?:将|把)(?P<obj>[^;。]{{2,300}}?)(?:由{_LEVEL})?(?:调整|划定|确定|列|升级|降)为"
_PAST_DAY_CHANGE = re.compile(rf"(?<![决拟定将计划])于{_PAST_DAY}{_PAST_OBJECT}")
_PAST_DAY_OPENING = re.compile(rf"^{_PAST_DAY}{_PAST_OBJECT}")
_PAST_NEXT_CLAUSE = re.compile(rf"{_LEVEL}[^;。]{{0,6}};{_PAST_OBJECT}")
# "2021年5月18日,沈阳市和平区A,于洪区B和于洪区C被调整为疫情中风险区。…从5月31日11时起,将…A,…B和…C调整为低风险
# 区" (沈阳, a report of a lowering, 2021): a past day (no 起) opening a clause, then the places done to (被) at that
# day: their earlier level, history, where a later change of the notice moves them to another level (as 于 does).
# (Not "自5月18日起,A被调整为…", nor a day of its own sentence without the others: the news.)
_PAST_DAY_PASSIVE = re.compile(rf"(?:^|(?<=[,:]))(?<!起,){_PAST_DAY}(?P<obj>[^;。]{{2,300}}?)"
                               r"被(?:调整|划定|划|确定|列|升级|降)为")
# "2021年1月12日15时,A区B小区实行封闭管理,至今已连续14天以上无新增确诊病例…,将A区B小区调整为低风险地区" (长春, a
# report of a lift, 2021): a past day (no 起) opening a clause, the place closed (put at a level) on that day, then
# 至今 (up to now) telling how it has gone since: its earlier state, history, where the notice's change moves it to
# another level (as a past day's 被 does)
_PAST_DAY_TILL_NOW = re.compile(rf"(?:^|(?<=[,:]))(?<!起,){_PAST_DAY}(?:将|把|对)?(?P<obj>[^,;。]{{2,200}}?)"
                                rf"(?:(?:由{_LEVEL})?(?:调整|划定|划|确定|列|升级|降)为{_LEVEL}"
                                r"|(?:实行|实施|进行)了?(?:封闭|封控|静默|静态)(?:管理|管控))"
                                r"[^,;。]{0,8},(?:至今|到目前为止|截至目前)")


# "11月1日,B村划为高风险区,11月5日调整为中风险区。" over "现决定B村调整为低风险区" (a notice that tells the place's
# earlier levels first): a past day (no 起) opening a clause, the place the subject of the change on that day, is its
# history where the notice's present decision (现决定) moves it to another level (as a past day's 被 does).
_PAST_DAY_SUBJECT = re.compile(rf"(?:^|(?<=[,:]))(?<!起,){_PAST_DAY}(?P<obj>[^,;。]{{2,100}}?)"
                               rf"(?:由{_LEVEL})?(?:调整|划定|划|确定|列|升级|降)为")
_DECIDED_NOW = re.compile(r"(?:^|[,。:])(?:经研究|经研判)?,?现决定")
# "2021年1月18日,A社区调整为中风险地区,…。经市疾控中心评估,…自2021年1月20日起,调整A社区为高风险地区" (北京, a 2021
# report): the decision told from a day on (自…起) in another sentence of the notice, the same present decision as
# 现决定, against which a past day's subject is history
_DECIDED_FROM_DAY = re.compile(r"(?:^|[,。:])自(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}时(?:\d{1,2}分)?|零时)?起,?"
                               r"(?:将|把|调整|对)")


def _history_before_change(changes: list[dict[str, Any]], lines: list[str]) -> list[dict[str, Any]]:
    """Drop the places of a change told with a past day (see _PAST_DAY_CHANGE) that another told change of the
    notice, told without such a day, moves to another level."""
    past: list[set[str]] = []
    passive: list[set[str]] = []  # the places found only as done to (被) on their past day
    reported = any(_PAST_DAY_CHANGE.search(_compact(line)) for line in lines)
    decided_now = any(_DECIDED_NOW.search(_compact(line)) or _DECIDED_FROM_DAY.search(_compact(line))
                      for line in lines)
    for change in changes:
        at = change.get("_at")
        told = change.get("_told") and change["level_to"] and at is not None and at < len(lines)
        line = _compact(lines[at]) if told else ""
        found = [*_PAST_DAY_CHANGE.finditer(line), *(_PAST_DAY_OPENING.finditer(line) if reported else [])]
        objects = [m["obj"] for m in found]
        for m in found:
            end = m.end()
            while nxt := _PAST_NEXT_CLAUSE.match(line, end):  # "…为高风险区;将C,D划定为中风险区"
                objects.append(nxt["obj"])
                end = nxt.end()
        done_to = [m["obj"] for m in _PAST_DAY_PASSIVE.finditer(line)] if "被" in line else []
        done_to += [m["obj"] for m in _PAST_DAY_TILL_NOW.finditer(line)]
        done_to += [m["obj"] for m in _PAST_DAY_SUBJECT.finditer(line)] if decided_now else []
        past.append({place for place in change["places"] if any(place in obj for obj in objects + done_to)})
        passive.append({place for place in past[-1] if not any(place in obj for obj in objects)})
    if not any(past):
        return changes
    out: list[dict[str, Any]] = []
    for k, change in enumerate(changes):
        if past[k]:
            news = {place for j, other in enumerate(changes) if j != k and other.get("_told")
                    and other["level_to"] and other["level_to"] != change["level_to"]
                    for place in other["places"] if place not in past[j]
                    # (a later day's change of the report is the news over an earlier day's: "于11月2日将A划定为高
                    # 风险区。11月7日,将A由高风险区调整为低风险区")
                    or (other.get("_at") or 0) > (change.get("_at") or 0)}
            # ("西宁市于10月27日1时,将A划定为中风险区。10月31日0时,将B由高风险区调整为中风险区。…决定自11月3日12时
            # 起,将C调整为中风险区" (西宁, autumn 2022): the notice's whole telling of days past, its decision (a told
            # change of no past day) coming after: the past changes are history, whatever their level, as 1435)
            # (not places only done to (被) on their day, named by no other change: "10月12日,A被划定为高风险区。
            # 自10月13日起,B由高风险区调整为低风险区" (a report's news of the day, then another's lowering): A the
            # news too; review rv68a)
            if all(place in past[k] and place not in passive[k] for place in change["places"]) and any(
                    j != k and other.get("_told") and other["level_to"] and not past[j]
                    and (other.get("_at") or 0) > (change.get("_at") or 0) for j, other in enumerate(changes)):
                news = set(change["places"])
            change["places"] = [place for place in change["places"] if not (place in past[k] and place in news)]
            if not change["places"]:
                continue
        out.append(change)
    return out


# "(燕郊高新区、燕郊镇、高楼镇)", "(含A镇、B街道)": what a place holds, listed in brackets at its end (not what it
# leaves out: "(1号楼、2号楼除外)", "(不含A村、B村)")
_HELD_IN_BRACKETS = re.compile(r"\((?!除|不含|不包括)(?![^()]*(?:除外|以外|之外)\))[^()]*[、,][^()]*\)$")


# "封控范围:A街道行政区划(东至B路,西至C桥,南至D村,北至E路)": a place the lead names bare, restated as its whole area
# ("行政区划", "行政区域", "辖区", "全域") with its bounds in brackets: the bounds say where the place lies, no other
# area (not "A小区(1号楼除外)", nor a bounded area without the place's whole-area word, "A村(B路以东区域)").
_RESTATED_WITH_BOUNDS = re.compile(r"(?P<base>.+?)的?(?:所辖|管辖)?(?:行政区划|行政区域|辖区范围|辖区|全域|全部区域)"
                                   r"(?:范围)?\((?=[^()]*[东南西北](?:至|到|临|靠|邻))[^()]*\)$")


def _restated_with_bounds(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a place restated at the same level as its whole area with its bounds (see _RESTATED_WITH_BOUNDS) where
    the place is listed bare too."""
    bare = {(c["action"], c["level_to"], place) for c in changes for place in c["places"]}
    for change in changes:
        change["places"] = [p for p in change["places"] if not (
            (m := _RESTATED_WITH_BOUNDS.fullmatch(p)) and (change["action"], change["level_to"], m["base"]) in bare)]
    return [change for change in changes if change["places"]]


# "中风险区降低风险区(1个):A社区(其他未降级的区域)。说明:截至10月21日0时A社区全域降为低风险区。" (拉萨, autumn
# 2022): the rest of a place lowered in the list, then the place's whole area (全域, 全境) told at the same level
# after it: the whole is the state once its rest is lowered, the same place again, no second one. (Only the rest
# written as such, in brackets or with 其他 / 其余 / 剩余: "A社区3号楼" listed, then "A社区全域" is a wider area.)
_WHOLE_AFTER_REST = re.compile(r"(?P<base>.{2,40}?)(?:全域|全境)(?:范围)?$")
_REST_OF_BASE = re.compile(r"\((?:其他|其余|其它|剩余|剩下)[^()]*\)|(?:内|的)?(?:其他|其余|其它|剩余)[^、,()]{0,8}"
                           r"(?:区域|地区|范围|部分)")


def _whole_after_rest(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a place's whole area told after its rest at the same level (see _WHOLE_AFTER_REST)."""
    for k, change in enumerate(changes):
        rests = {(c["level_to"], p) for c in changes[:k] for p in c["places"]}
        change["places"] = [p for p in change["places"] if not (
            (m := _WHOLE_AFTER_REST.fullmatch(p)) and change["action"] != "lift" and any(
                level == change["level_to"] and rest.startswith(m["base"])
                and _REST_OF_BASE.fullmatch(rest[len(m["base"]):]) for level, rest in rests))]
    return [change for change in changes if change["places"]]


def _labelled_district_rests(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "徂汶景区:A镇B村划定为高风险区。徂汶景区除高风险区以外的其他区域为低风险区。" (泰安, late 2022): the rest of a
    division the notice's lists are labelled with (a scenic area run as a district, which the rules of rests take
    for a site) is the rest of a district, a blanket, no place (as "A区除高风险区以外的其他区域" is)."""
    labels = {change["district"] for change in changes if change["district"] and change["places"]
              and any(place != change["district"] for place in change["places"])}
    if not labels:
        return changes
    for change in changes:
        change["places"] = [place for place in change["places"] if not any(
            place.startswith(label) and len(place) > len(label) and change["district"] in (None, label)
            and _is_blanket(place[len(label):]) for label in labels)]
    return [change for change in changes if change["places"]]


# "沙坡头区主城区实行临时静默管控。…一、临时静默管控区域:A大道以东、B大道以西、C以南、D以北区域。" (宁夏, summer
# 2022): the main town (主城区, 中心城区, 城区, 县城) named generally in the lead, then drawn in a labelled item
# ("…区域:", "…范围为") as an area by its bounds at the same level: one area, the bounded one; the general name is
# no second place. (Not a main town beside a bounded area another sentence sets, unlabelled: both are places.)
_GENERAL_TOWN = re.compile(r"(?:主|中心|老)?城区|县城")
_BOUNDED_AREA = re.compile(r"(?:以[东南西北]|[东南西北](?:至|到))")


def _general_town_bounded(changes: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """Drop the general main town of a change (see _GENERAL_TOWN) where an area by its bounds at the same level is
    the labelled area of the notice; ``text``: the notice's lines, compacted."""
    def labelled_bounds(place: str) -> bool:
        return len(_BOUNDED_AREA.findall(place)) >= 2 and re.search(
            rf"(?:区域|范围)(?:为|是)?:?{re.escape(place)}", text) is not None

    bounded = {(c["action"], c["level_to"]) for c in changes for p in c["places"] if labelled_bounds(p)}
    if not bounded:
        return changes
    for change in changes:
        if (change["action"], change["level_to"]) in bounded:
            change["places"] = [p for p in change["places"] if not _GENERAL_TOWN.fullmatch(p)]
    return [change for change in changes if change["places"]]


def _restated_with_contents(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "一、西市区继续执行静态管理。西市区(A镇、B镇、C街道)继续执行静态管理": a place written bare in an item's first
    sentence, then again, at the same level, with what it holds listed in brackets: one place, the one that says what
    it holds (not a place with an exception, "A小区(1号楼除外)", which is another area than A小区)."""
    held = {(c["action"], c["level_to"], place[:m.start()]) for c in changes for place in c["places"]
            if (m := _HELD_IN_BRACKETS.search(place))}
    if not held:
        return changes
    for change in changes:
        change["places"] = [p for p in change["places"] if (change["action"], change["level_to"], p) not in held]
    return [change for change in changes if change["places"]]


# "一、对A小区解除封控管控管理。二、解封后,调整为重点防范区,实行挂牌管理" (厦门, autumn 2021): the item under the
# lift opens with the lift done ("解封后", "解除封控后"), the places unnamed again, and gives the level they go to.
_AFTER_LIFT_TO = re.compile(r"^(?:解除|解封|撤销)[^,。;:]{0,12}?后,?(?:均|全部|统一|一律|一并)?"
                            rf"(?:转为|转入|调整为|降为|纳入|按照?|列为)(?P<level>{_LEVEL})")


def _lifted_to(changes: list[dict[str, Any]], tail: list[str]) -> None:
    """Give the lifts without a level the level a sentence under the lists sends their places to."""
    lifts = [c for c in changes if c["action"] == "lift" and c["level_to"] is None]
    m = next((m for line in tail[:12] if (m := _LIFTED_TO.search(line) or _AFTER_LIFT_TO.match(_strip_enum(line)[0]))),
             None) if lifts else None
    if m is None:
        return
    to = _level_name(m["level"])
    # ("解除后,按照低风险区管理" (重庆, late 2022): managed as low, where every lifted place goes; a lift of no named
    # level stays lifted, as "解除管控,按低风险区实施管理" in a lead is)
    managed_low = to == "low" and re.search(r"按照?(?:[高中低]风险)", m.group()) is not None
    for change in lifts:
        frm = change["level_from"]
        if managed_low and frm is None:
            continue
        diff = _RANK[to] - _RANK[frm] if frm else -1
        change.update(action="upgrade" if diff > 0 else "downgrade" if diff < 0 else "set", level_to=to)


def _lead_and_tail(lines: list[str], used: list[_Section]) -> tuple[list[str], list[str]]:
    """The lines above the first list back to the headline, without list lines; the lines after the lists."""
    compact = [_compact(line) for line in lines]
    if not used:
        return compact[:12], []
    first = used[0].index
    listed = {i for s in used for i in range(s.index + 1, s.last + 1)}
    # The notice starts at its headline: the farthest line naming a 通告 shortly above the first list.
    titled = [i for i in range(max(0, first - 12), first + 1) if re.search(r"通告|公告|通知", compact[i])]
    start = titled[0] if titled else max(0, first - 6)
    while start > 0 and (_org_only(compact[start - 1]) or _NUMBER_RE.search(compact[start - 1])):
        start -= 1  # the office's name or the number on their own lines above the title
    lead = [compact[i] for i in range(start, first + 1) if i not in listed]
    last = max(s.last for s in used)
    return lead, compact[last + 1:last + 26]


def _unread(lines: list[str]) -> str:
    """The warning of a notice that yields no place: which part names a level but could not be read."""
    named = [_compact(line) for line in lines if _has_keyword(_compact(line))]
    if not named:
        return "未识别到风险区域名单:正文中没有风险等级用语 / no risk-area lists found: no risk level is named"
    part = named[1] if len(named) > 1 and _match_heading(_compact(named[0])) else named[0]
    part = part if len(part) <= 60 else part[:57] + "…"
    return f"未识别到风险区域名单,未能读出:「{part}」 / no risk-area lists found; could not read: «{part}»"


# "城东区:A。" / "城西区:B、C。" / "城南区:D、E。": a line written as the list's lines are (a division's label, a
# colon, its places), right after the last line a section read, that gave no place: part of the list the rules could not
# read (a label they do not take for a district). Said in a warning, never dropped silently.
_LABELLED_LINE = re.compile(rf"^[{_CJK}]{{1,8}}(?:区|县|市|旗|镇|乡|街道|社区|村):(?=[^:]*[{_CJK}])")


def _unread_list_lines(sections: list[_Section], lines: list[str], changes: list[dict[str, Any]]) -> list[str]:
    places = [place for change in changes for place in change["places"]]
    read = {i for s in sections for i in range(s.index, s.last + 1)}
    warnings = []
    for section in sections:
        after = section.last + 1
        if after >= len(lines) or after in read or len(section.lines) < 2 \
                or not all(_LABELLED_LINE.match(_compact(line)) for line in section.lines):
            continue
        line = _compact(lines[after])
        if not _LABELLED_LINE.match(line):
            continue
        first = re.split(r"[、,;。]", line.split(":", 1)[1])[0]
        if len(first) >= 2 and not any(first in place for place in places):
            shown = line if len(line) <= 60 else line[:57] + "…"
            warnings.append(f"名单后一行未能读出,请核对:「{shown}」 / "
                            f"a line after the list could not be read: «{shown}»")
    return warnings


# "一,以下区域调整为高风险区域" over "1,夏都街道," and "2,A村,B村。": a repost that wrote every separator as a comma.
_COMMA_NUMBER = re.compile(r"\s*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3}),(?![\d,、])")


# Words of ordinary wording read into a place, found by reviewers on invented notices:
# "专家组划定A小区为封控区" (the agent and verb of the designation in front of the place), "一、A县即刻起实行静默管理"
# (the time word read as the place of the whole division), "解除甲镇临时管控" (the kind the lift names written onto
# the place as "甲镇临时管控区"), and lines that are no place at all: people ("外来人员"), a label ("核酸检测点位",
# "温馨提示", "附件:…"), a rule for people ("村民不得离开院子").
_AGENT_DREW = re.compile(r"^(?:经|由)?(?:专家组?|专班|指挥部|防控办|工作组)(?:研判|评估|会商)?(?:后|,)?"
                         r"(?:划定|认定|确定|判定|研判|评估)(?=.{2})")
_TIME_ONLY = re.compile(r"(?:自|从)?(?:即刻|即日|今日|今天|当日|当天|明日|明天|立即|立刻|马上)起?")
_LIFTED_TEMPORARY_KIND = re.compile(r"(?P<place>.+?(?:镇|乡|街道|村|社区|小区|县|区|市|旗)(?<=.{2}))"
                                    r"临时(?:管控|封控)区?(?:域)?$")
_OWN_WHOLE = re.compile(r"(?:我|本)(?P<kind>[县区市旗])全(?:域|境)")
_NO_PLACE_LINE = re.compile(
    r"^(?:(?:外来|外地|返乡|返岗|流动|入境|来返|所有|全体|相关|涉疫|密接|次密接)?(?:人员|人群|群众|居民|村民|市民)"
    r"|温馨提示|特别提示|附件\d?(?::.*)?|(?:核酸)?(?:检测|采样|采集)(?:点位|点|站点|地点|场所)(?:信息|名单)?"
    # ("临时管控区域:以下楼栋及所在小区。": a lead's pointer to the list below, and what it takes in with it)
    r"|(?:以下|下列|如下)(?:区域|地区|地点|场所|点位|楼栋|小区|范围)"
    r"(?:(?:及|和|与|以及)其?(?:所在|所属)?(?:区域|地区|楼栋|小区|单元|范围))?)$")
# (a rule for people or units anywhere in it: "村民不得离开院子", "A街各小区须严格管理")
_RULE_IN_PLACE = re.compile(r"(?:居民|村民|市民|群众|人员|住户)[^()、]{0,12}?"
                            r"(?:不得|严禁|禁止|一律|必须|务必|不准|不能)"
                            r"|(?:各(?![庄家])|全体|所有|广大)[^()、]{0,10}?"
                            r"(?:单位|小区|社区|村组?|居民|村民|市民|群众|人员|住户|商户|门店|商铺|场所|部门|企业|学校|家庭|楼栋)"
                            r"(?:都|均|也)?(?:要|应当?|须|必须|务必|不得|严禁|禁止)")
# (reviewer rv54c: the rule's people or units named before its verb: "王各庄村应急安置点", "马各庄村要道口3号院",
# "广大花园须弥路12号" are places)


def _plain_wording_mended(changes: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """The places of ``changes`` with the words of ordinary wording above taken out (a change left with no place
    is dropped); ``text`` the notice's compact text (a lifted "A镇临时管控区域" the notice wrote stays: the areas)."""
    kept = []
    for change in changes:
        places = []
        for written in change["places"]:
            place = _AGENT_DREW.sub("", written)
            if _TIME_ONLY.fullmatch(place):
                # (the whole division the sentence names, else nothing)
                place = change["district"] or ""
            if (m := _OWN_WHOLE.fullmatch(place)):
                # ("将我县全域划为低风险区": the office's own division as a whole)
                place = change["district"] if change["district"] and change["district"].endswith(m["kind"]) else ""
            if change["action"] == "lift" and (m := _LIFTED_TEMPORARY_KIND.fullmatch(place)) and place not in text:
                place = m["place"]
            # (a place the list names twice stays twice; one a mended place repeats is said once)
            if place and not (place != written and place in places) \
                    and not (_NO_PLACE_LINE.fullmatch(place) or _RULE_IN_PLACE.search(place)):
                places.append(place)
        if places or not change["places"]:
            kept.append({**change, "places": places})
    return kept
