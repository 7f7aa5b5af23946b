"""Parser of risk-area notices (风险区域通告) of a prevention office.

``parse_notice`` takes the text of one notice, either as the office published it or embedded in a
newspaper report among unrelated articles, and returns a plain dict::

    {"issuer": str | None, "number": str | None, "published": str | None, "effective": str | None,
     "changes": [{"action", "level_from", "level_to", "district", "stated_count", "places"}, ...],
     "warnings": [str, ...]}

Styles understood: district groups "小店区(8个):A,B。" (full- or half-width brackets and colons,
"小店区8个:", "小店区:", several districts in one paragraph "长安区:A、B;裕华区:C"); district headings
on their own line ("(一)小店区", "一、小店区", "小店区(8个)") over numbered items ("1." "1、" "(1)" "①")
or one place per line; street groups ("凤阳街:A、B"); table rows ("1<TAB>小店区<TAB>A"); section
headings "一、新增高风险区(42个)", "…分别是:", "即日起将以下区域划定为高风险区:", "以下区域由高风险区调整为
低风险区:", "解除…" and sentences with the places inside ("将A、B调整为低风险区。"); a district above
its own sections ("(一)小店区" then "1.新增高风险区:…"). Unrelated text around the notice is skipped:
it starts at the first list heading (meta data is read from there back to the "…通告" headline) and
each list ends at measures, appeals, signature or date ("高风险区实行…", "请广大市民…").

Decisions callers rely on:

* The whole text goes through OpenCC t2s first (an identity on simplified text), so keywords of
  traditional notices are found and every output string is simplified, like the registry.
  Full-width ASCII forms are folded to half-width: "（Ａ座）" comes out as "(A座)".
* Places are otherwise kept as written, with all whitespace and line breaks inside removed. An
  exception in brackets stays with its place: "西吴御龙庭小区(1号楼、2号楼除外)" is one place. A line
  break is a separator only in lists of one place per line; in lists written inline (separators on
  the lines) and inside numbered items it is a newspaper's wrap and is removed ("怡\\n佳" -> "怡佳").
* A listed item is one place when its form says so: an area written as its bounds ("A路以东、B大道以南、
  C大道,D街以西(除中风险区外)", "A村,东至B路,南至C街"), a numbered item of house numbers on streets and
  lanes after a street's label ("(四)江高镇:A村B街4、6号,B街一巷1、4号"), bare parts after 、 ("1组、2组",
  "第四、六安居园片区", "A1-A2、B-D栋、5-7栋区域", "4队、5队以及D山庄(除…外)"), and the items of a list whose
  stated counts agree only with reading each numbered item (or each piece between commas) as one place.
  "A镇B村除封控区以外的地区" is a place; the rest of a whole district or city is not.
* A sub-district group ("凤阳街:A、B") is not a district: its name is prefixed to each of its
  places ("凤阳街A") unless the place already contains it; the district stays the enclosing one.
* Places outside any district group take the district of the title ("关于海珠区部分区域…的通告") or
  of a district office ("北京市朝阳区…办公室"), else None.
* "解除…" / "解封" gives action "lift" with level_to None (the area leaves the list); level_from is the
  level named ("解除封控" names sealed), else None. "解除…,调整为Y" is a downgrade to Y.
* "调整为X" with no stated origin is a downgrade for low/precaution, an upgrade for high/sealed and
  "set" for medium/controlled, which can be reached from either side.
* Dates are ISO 8601: "2022-12-02" for a day, "2022-12-03T00:00:00" when an hour is given. The
  published date is the one in the sentence reporting the notice ("12月2日,市疫情防控办发布…"), else
  the date under the signature; "即日起" makes the effective date the published one. A date without
  a year takes it from a full date in the notice, else from ``default_year``; with neither it is
  left None and a warning says so. ``number`` is "2022年第198号", or "第198号" when no year is known.
* A drill notice (应急演练 as the purpose of its headline or lead) is read as any other, its drill's places at the
  level it names, with a warning (DRILL_WARNING) that the areas are a drill's, to be confirmed before publishing.
* Warnings (Chinese / English) report stated counts, in headings and per district, that differ
  from the places found; the places found are kept.

Beyond these, the forms real notices of more than 150 cities use are read (each with tests in
tests/unit/test_notice_forms_*.py on notices written for them, and the real ones in
tests/fixtures/notices/real): tables with a level column, notices saved as web pages or copied out of PDFs,
places tagged with their level, sentences with counts, back-references and restated lists, boundary
descriptions, the rest of a town (a place) or of a district (none), and districts known by name: the
county-level divisions of mainland China in divisions.tsv (decision 0020).

Known limits: a place written without its compound ("XX小区1号楼、2号楼") stays "2号楼"; on notices of
cities it was not tuned on the rules read about three places in four (the corpus README has the held-out
figures), and a notice they cannot read at all says so in a warning. Where the rules find no list at all, a
statistical tagger (a CRF trained on the real-notice corpus, ``notice_parsing.tagger``, decision 0024) can be asked
to guess (``fallback=True``); a second warning says the places are its guesses, to be checked one by one.

The rules live in stages, ``fangkong.areas.notice_parsing``: ``terms`` (the words every stage reads by),
``divisions``, ``dates``, ``places`` (an object split into places), ``normalizing`` (text rewritten before reading),
``tables``, ``sentences``, ``sections`` (headings and their lists), ``metadata`` (issuer, number, district,
dates), ``changes`` and ``lines``; each imports only those before it (an import contract in pyproject.toml,
decision 0023). This module runs them in order.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from fangkong.areas.notice_parsing.changes import (
    _changes,
    _general_town_bounded,
    _history_before_change,
    _history_before_lift,
    _kind_managed_as,
    _labelled_district_rests,
    _lead_and_tail,
    _lifted_to,
    _line_office_districts,
    _listed_county_zones,
    _lists_lifted,
    _moved_then_lifted,
    _municipal_short_district_fronts,
    _own_city_short_district_fronts,
    _own_named_zones,
    _own_town_sides,
    _plain_wording_mended,
    _restated_with_bounds,
    _restated_with_contents,
    _set_then_lifted,
    _short_counties,
    _short_county_fronts,
    _sibling_short_district_fronts,
    _silent_lift_relevelled,
    _title_over_reported_office,
    _unread,
    _unread_list_lines,
    _whole_after_rest,
    _zone_districts,
    _zones_as_risk,
    _zones_in_full,
)
from fangkong.areas.notice_parsing.dates import _Date, _date_only, _interpreting_org
from fangkong.areas.notice_parsing.divisions import _divisions
from fangkong.areas.notice_parsing.lines import (
    _NEXT_HEADING,
    _comma_numbered,
    _drop_headlines,
    _join_levels,
    _number_runs,
    _restates,
    _split_glued_districts,
    _split_runon,
    _split_signature,
    _without_inserted_fronts,
)
from fangkong.areas.notice_parsing.metadata import (
    _bare_office_named_district,
    _dates_of,
    _issuer,
    _issuer_district,
    _lead_district,
    _lead_street_district,
    _number,
    _office_district,
    _only_named_division,
    _own_zone_district,
    _resolve_year,
    _self_named_district,
    _short_left_division,
    _signature,
    _team_office_district,
    _title_district,
)
from fangkong.areas.notice_parsing.normalizing import (
    _ONE_PLACE_AND,
    _ONE_PLACE_HE,
    _T2S,
    _drill_notice,
    _garbled_back,
    _normalize,
)
from fangkong.areas.notice_parsing.places import (
    _GENERIC_ZONE,
    _PROVINCE,
    _city_fronts,
    _glued_listed_apart,
    _new_areas_named_bare,
    _runs_restated_apart,
    _title_counted_and,
)
from fangkong.areas.notice_parsing.sections import _find_sections, _has_keyword, _mend_breaks
from fangkong.areas.notice_parsing.sentences import (
    _name_whole_own,
    _name_whole_own_lift,
    _name_whole_own_town,
    _whole_own_lockdown_lifted,
)
from fangkong.areas.notice_parsing.tables import _stem_fronts, _tables, _tagged_levels
from fangkong.areas.notice_parsing.tagger import tagged_changes
from fangkong.areas.notice_parsing.terms import _ITEM_DIGITS_MARK, _MEASURE_PHRASE, _compact
from fangkong.core.documents import text_of_document

_TAGGED_MIN_LINES = 3

# A drill notice (应急演练: its headline or lead has the drill as its purpose) lists real places under real control for
# the drill's day: read as any notice, with this warning, so that the official reviewing the draft confirms it.
DRILL_WARNING = ("本通告为应急演练通告,所列区域为演练区域,请确认是否发布 / a drill notice: the areas are a drill's, "
                 "confirm before publishing")


def _tagged(text: str, lines: list[str], warnings: list[str]) -> list[dict[str, Any]]:
    """The statistical tagger's places of a notice the rules read nothing in (decision 0024), if it names a level
    at all, with a warning that says so: a reviewer checks each."""
    # (a sentence or two the rules decline, "…尚未达到解除封控的标准", is their decision, not a list to guess at)
    if len(lines) < _TAGGED_MIN_LINES or not any(_has_keyword(_compact(line)) for line in lines):
        return []
    # (its guesses pass the guard the rules' places pass: a phrase of measures or policy is never a place)
    changes = [{**change, "places": places} for change in tagged_changes(text)
               if (places := [p for p in change["places"] if not _MEASURE_PHRASE.search(p)])]
    if changes:
        count = sum(len(change["places"]) for change in changes)
        warnings.append(f"规则未能读出名单,以下{count}处地点由统计模型读出,请逐一核对 / the rules read no list: "
                        f"{count} place{'s' if count > 1 else ''} read by the statistical tagger, check each")
    return changes


# "经区疫情防控工作领导小组研究决定", "我区", "全区": the office speaks of its own district (county, banner), bare.
_OWN_KIND = re.compile(r"(?:我|本|全)(?P<kind>[区县旗])(?![城委长])"
                       r"|(?:^|(?<=[\n,。;:)由经向]))(?P<bare>[区县旗])(?=内|域内|疫情|新冠|应对|防控|指挥部|委|政府)")


def _own_listed_district(changes: list[dict[str, Any]], lines: list[str], raw: str) -> str | None:
    """ "将北仑区A列为中风险地区…将B合围区域划为管控区": the one district the notice's lists name, when the notice
    speaks of its own district of that kind ("经区…研究决定", "我区") or names no other division: a list written
    without it is that district's."""
    named = {c["district"] for c in changes if c["district"]}
    if len(named) != 1 or all(c["district"] for c in changes):
        return None
    district = next(iter(named))
    # (a county-level city as well, "博乐市…划定风险区如下" over "博乐市A楼": not one named as its prefecture is)
    if district not in _divisions()[0] or district[-1] not in "区县旗市" \
            or (district[-1] == "市" and district[:-1] in _divisions()[1]):
        return None
    text = "\n".join(lines)
    kinds = {m["kind"] or m["bare"] for m in _OWN_KIND.finditer(text)}
    if kinds == {district[-1]}:
        return district
    # "A区B街道C村34号划定为封控区" beside "D镇南至E路,…合围区域划定为封控区", "▶北京A区封控区:" over a roundup's
    # paragraphs: the district written at a clause's start (its city or municipality before it) in front of a place
    # or a level, and no other division named anywhere: the notice's own
    fronted = re.search(rf"(?:^|[\n;。:,▶])[ \t]*(?:[^\W\d_]{{2,4}}?市|北京|天津|上海|重庆)?{re.escape(district)}"
                        r"(?=[^\W\d_])", text) \
        or (_listed_once(district, text, raw) and not any(district in c["places"] for c in changes))
    others = {d for d in _divisions()[0] if d != district and d in text and d not in district}
    return district if fronted and not others else None


def _listed_once(district: str, text: str, raw: str) -> bool:
    """ "高风险区9个:A、B、江宁区C、D": the district written once in front of one item of a list (after 、), the
    office's own, the others written without it (once in the whole text: "将和平区A、和平区B…" writes it on each).
    Not in a city's notice ("将荆州市A、沙市区B、C…列为…": a city names one item's district, the others' unknown;
    looked for in the text as written, since "将荆州市A" loses its city before the lines are read), nor before 城区
    ("勐腊县城区": the county's seat, named by its county, says nothing of the list's other items); the caller
    leaves out a district listed whole ("对青石村、乌达区实施静默管理")."""
    if text.count(district) != 1 \
            or not re.search(rf"、[ \t]*{re.escape(district)}(?=[^\W\d_])(?!城区(?:[、,;。]|$))", text, re.M):
        return False
    raw = _T2S.convert(raw)
    return not any(raw[max(0, m.start() - k):m.start()] in _divisions()[1]
                   for m in re.finditer("市", raw) for k in (2, 3, 4)) and not _ABOVE_COUNTY_OFFICE.search(raw)


# ("伊犁州疫情防控指挥部通告", "喀什地区…", "江苏省…", "新疆维吾尔自治区…", "上海市…", "北京疫情防控工作领导小组"
# at a line's start, the title or the signature: an office above the county, a prefecture written without 市 (州,
# 地区, 盟), a province or a municipality; one item's district says nothing of the others' either. (Not a province
# cited inside a sentence, "根据江苏省疫情防控指挥部要求", in a county's own notice.)
_ABOVE_COUNTY_OFFICE = re.compile(rf"(?m)^[ \t]*(?:{_PROVINCE[:-len('(?:省|自治区)?')]}[^\W\d_]{{0,6}}?(?:省|自治区)"
                                  r"|[^\W\d_]{1,8}?(?<!风险)(?<!风险区)(?:州|地区|盟)(?=[^\W\d_]{0,14}?(?:指挥部|领导小组"
                                  r"|委员会|卫健委|人民政府|行政公署|办公室))"
                                  r"|(?:北京|上海|天津|重庆)(?:市|(?=[^\W\d_]{0,14}?(?:指挥部|领导小组|委员会|卫健委"
                                  r"|人民政府|办公室))))")


_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市", "北京", "天津", "上海", "重庆")


# "乐东黎族自治县(以下称乐东县)": the short name a notice gives its own district, of the same kind, its stem at the
# start of the full name: the notice's name for it (as the office's other notices write it). (Not a document's short
# title, "《…方案》(以下简称《方案》)", nor a short name that is no part of the full one.)
# (full-width brackets too, and a traditional copy's "(以下稱樂東縣)", read in simplified characters)
_DEFINED_SHORT_NAME = re.compile(r"(?P<full>[^\W\d_]{3,12}?[区县旗市])[(\uff08]以下(?:简称|称)[“\"「]?"
                                 r"(?P<short>[^\W\d_]{2,6})[”\"」]?[)\uff09]")


def _defined_short_district(district: str | None, raw: str) -> str | None:
    if not district or "以下" not in raw:
        return district
    for m in _DEFINED_SHORT_NAME.finditer(_T2S.convert(raw)):
        full, short = m["full"], m["short"]
        if full.endswith(district) and short != district and short[-1] == district[-1] \
                and district.startswith(short[:-1]) and len(short) < len(district):
            return short
    return district


def _county_after_city(district: str | None) -> str | None:
    """ "唐山乐亭县", "北京通州区" (a label over a roundup's notice, a heading): the prefecture city (or municipality),
    without 市, before the county; the county. ("常州经济开发区" stays: a zone by its kind alone is the city's.)"""
    if not district or district in _divisions()[0]:
        return district
    # ("新疆伊宁市划定高风险区3个" in a report: the province, short, before the county)
    if (province := re.match(_PROVINCE, district)) and district[province.end():] in _divisions()[0]:
        return district[province.end():]
    # ("定西市岷县…领导小组办公室": the city with its 市 before a county of one character, which the issuer's pattern
    # takes whole, needing two characters before 县; the county)
    return next((district[k:] for n in (2, 3, 4) for k in (n, n + 1)
                 if (district[:n] in _divisions()[1] or district[:n] in _MUNICIPALITIES)
                 and (k == n or district[n:n + 1] == "市")
                 and district[k:] in _divisions()[0] and not _GENERIC_ZONE.fullmatch(district[k:])), district)


def _zone_kept_where_written(zone: str, places: list[str], text: str) -> list[str]:
    """A county's own development zone (named by its kind alone) carried as a district over a list goes back onto
    the places: "A县…" over "将高新区甲园3号楼、高新区乙园5号楼、丙镇丁店…": the zone is kept on the places it
    is written on and on those a label or heading carried it to ("经济开发区:甲小区、乙小区"); a place that names
    its own town or street ("丙镇丁店", "戊街道己小区") and is written without the zone does not get it."""
    kept = []
    for place in places:
        # ("A县经济开发区" listed whole: the zone is the place, not written twice)
        # ("A开发区B项目1区划定为管控区;C路—D路合围区域划定为防范区": a place that opens a clause of its own, the
        # subject of its own verb, is not the zone's by the clause before it)
        if place.startswith(zone) or (zone + place not in text and (
                _OWN_TOWN_FRONT.match(place) or re.search(rf"[;。]{re.escape(place)}{_OWN_CLAUSE_VERB}", text))):
            kept.append(place)
        else:
            kept.append(zone + place)
    return kept


# A clause's own verb of designation after its subject: "…划定为防范区", "…列为管控区"
_OWN_CLAUSE_VERB = r"(?:划定|划分|划|调整|列|确定|认定|设定|设置)为"


# A place that opens with its own town or street: "丙镇丁店", "戊街道己小区", "庚乡辛村".
_OWN_TOWN_FRONT = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:街道|镇|乡)(?!村|街|路|政府|中心|派出所)(?=.)")


def _own_short_fronts(changes: list[dict[str, Any]]) -> None:
    """ "A市…" over "A乙街道丙小区": a place's own county (county-level city, district) written in front of it by its
    short name, without 市 / 县 / 区, then a town or street of its own, is no part of the place, as the district
    written whole is not ("南湖街道" under 南湖区 keeps its name: no name of a street's own follows)."""
    for change in changes:
        district = change["district"]
        if not district or len(district) < 3 or district[-1] not in "市县区旗":
            continue
        stem = district[:-1]
        change["places"] = [place[len(stem):] if place.startswith(stem) and not place.startswith(district)
                            and _OWN_TOWN_FRONT.match(place[len(stem):])
                            and not _NAME_GOES_ON.match(place[len(stem):]) else place for place in change["places"]]


# After a district's short name, a word that goes on with the name of a road, bridge or gate ("中原西路街道",
# "安宁西路街道", "A门街道"): the street is named after the road, the short name is part of it.
_NAME_GOES_ON = re.compile(r"[东西南北中]?(?:路|街|大道|大街|巷|里|湾|新村|门|桥)")


# "\"A小区\"": a place written whole in one pair of straight quotes, none inside it; the quotes are no part of its
# name (a quoted part, "C路\"D饭店\"", stays as written; curly quotes, an area drawn in an earlier notice, too)
_WHOLE_QUOTED = re.compile(r'"(?P<q>[^"“”]+)"')


def _unquoted(place: str) -> str:
    m = _WHOLE_QUOTED.fullmatch(place)
    return place if m is None else m["q"]


def parse_notice(text: str, *, default_year: int | None = None, fallback: bool = False) -> dict[str, Any]:
    """Parse one risk-area notice; see the module docstring for the result and the decisions. ``fallback``: let
    the statistical tagger guess in a notice the rules find no list in (decision 0024: asked for by the commander,
    never by default)."""
    # One sentence a line: a paragraph may hold several lists ("…:A、B。解除高风险区1个:C。").
    normalized = _normalize(text)
    pieces = (s.strip() for line in _join_levels(_tagged_levels(_tables(normalized))).split("\n")
              for s in re.split(rf"(?<=。)(?!(?:具体|分别)?(?:名单)?(?:为|是|如下):)|;(?={_NEXT_HEADING})", line))
    lines = _without_inserted_fronts(_number_runs(_comma_numbered(_mend_breaks([part for piece in pieces if piece
                                                       for item in _split_runon(piece)
                                                       for glued in _split_glued_districts(item)
                                                       for part in _split_signature(glued)]))))
    warnings: list[str] = []
    if _drill_notice(normalized):  # (its places are a drill's: an official confirms before they are published)
        warnings.append(DRILL_WARNING)
    sections = _find_sections(lines)
    if len(sections) > 1 and sections[0].index == 0 and sections[0].last == 0 and len(lines) > 1 \
            and not re.search(r"[。:;]$", lines[0]) and _restates(sections[0], sections[1:]):
        sections = sections[1:]  # a news headline restating the notice ("8日起石家庄藁城全域调整为中风险地区")
    sections = _drop_headlines(sections, lines)
    changes, used = _changes(sections, warnings, lines)
    changes = _listed_county_zones(_short_counties(_zone_districts(changes, "\n".join(lines))))
    _line_office_districts(changes, lines)
    _title_over_reported_office(changes, lines)
    _stem_fronts(changes, "\n".join(lines))
    _city_fronts(changes, "\n".join(lines))
    _new_areas_named_bare(changes, "\n".join(lines))
    # ("雨花区调整二个区域为中风险地区的通告" over "将A中学及B学校区域确定为…": the title's count splits at 及)
    _title_counted_and(changes, lines[:used[0].index + 1] if used else [])
    _runs_restated_apart(changes)
    for change in changes:
        change["places"] = [_unquoted(_garbled_back(place.replace(_ONE_PLACE_AND, "、").replace(_ONE_PLACE_HE, "和")
                                                     .replace(_ITEM_DIGITS_MARK, "")))
                            for place in change["places"]]
    warnings += _unread_list_lines(sections, lines, changes)
    if not changes:
        warnings.append(_unread(lines))
        # (only where the rules found no list at all: a list they read as no place is their decision)
        changes = _tagged(text, lines, warnings) if fallback and not sections else []
    changes = _history_before_lift(changes, lines)  # (a report's earlier paragraph on the place it lifts)
    changes = _history_before_change(changes, lines)  # (a report's earlier level of the places it changes again)
    lead, tail = _lead_and_tail(lines, used)
    _lists_lifted(changes, lines[:used[0].index] if used else [], lines, [(s.index, s.last) for s in used])
    _lifted_to(changes, tail)
    _zones_as_risk(changes, tail)
    _kind_managed_as(changes, tail)
    changes = _restated_with_bounds(_restated_with_contents(_set_then_lifted(_moved_then_lifted(changes))))
    changes = _labelled_district_rests(_whole_after_rest(_silent_lift_relevelled(changes)))
    changes = _general_town_bounded(changes, "\n".join(map(_compact, lines)))
    for change in changes:
        if (county := _county_after_city(change["district"])) != change["district"]:
            # ("北京通州区封控区:" over "通州区A小区3号楼": the county written again in front of its place)
            change["district"] = county
            change["places"] = [place[len(county):] if place.startswith(county) and len(place) > len(county) + 2
                                else place for place in change["places"]]

    # ("决定自5月14日8时起县域内有序解除封控管理": the notice's whole territory lifted, when it lists no place)
    whole_lift = _whole_own_lockdown_lifted(lines) if not changes else None
    changes = [whole_lift] if whole_lift else changes  # (named below, as the notice's district)
    # ("金桃市新冠肺炎疫情" over "防控指挥部办公室": a signature broken over two lines, the whole name)
    issuer = (_issuer(lead) or _signature(tail)
              or next((o for o in map(_interpreting_org, tail) if o), None))
    changes = _short_county_fronts(changes, issuer)  # ("冷水江A街道B社区" in 娄底市's notice: 冷水江市's)
    # ("铜官区A、郊区B": 铜陵's 郊区)
    changes = _sibling_short_district_fronts(changes, "\n".join(map(_compact, lines)))
    # ("阳泉市城区A街道B小区", "郊区C镇D村" in 阳泉's notice: the city's two-character district)
    changes = _own_city_short_district_fronts(changes, issuer, "\n".join(map(_compact, lines)))
    # ("北京朝阳区A街道B小区,房山C镇D村、C镇E小区": a municipality's district written short before a town)
    changes = _municipal_short_district_fronts(changes, "\n".join(map(_compact, lines)))
    above = [_compact(line) for line in lines[:used[0].index + 1]] if used else []
    district = (_title_district(lead) or (_issuer_district(issuer) if issuer else None)
                or _title_district(above) or _office_district(above + tail) or _lead_district(above)
                or _lead_street_district(above, changes) or (_self_named_district(lines) if changes else None)
                # (a district closed as a whole, "对A县所有小区村屯实行封闭管理", is its own place: the notice's other
                # places are still the district's)
                or (_only_named_division(lines, [p for c in changes for p in c["places"] if p != c["district"]])
                    if changes and not any(c["district"] and c["places"] != [c["district"]] for c in changes)
                    else None)
                or _own_listed_district(changes, lines, text)
                or (_own_zone_district(lines) if changes and not any(c["district"] for c in changes) else None)
                # ("非必要不离界": the division by its one-character short name only)
                or (_short_left_division(lines) if changes and not any(c["district"] for c in changes) else None)
                # ("城西区指挥部成立中高风险区工作专班": the office running the areas, in the body only)
                or (_team_office_district(lines) if changes and not any(c["district"] for c in changes) else None)
                # ("和区…指挥部研究" in the lead, "执行A区…指挥部《…》" in a measure: the own office named once)
                or (_bare_office_named_district(lines) if changes and not any(c["district"] for c in changes)
                    else None))
    district = _defined_short_district(_county_after_city(district), text)
    if whole_lift and not _name_whole_own_lift(whole_lift, district if district in _divisions()[0] else None):
        changes = []
    all_text = _compact("".join(lines))
    if district:
        for change in changes:
            change["district"] = change["district"] or district
            # "江夏区…的通告" over "1.经济开发区A小区": a county's notice lists its own development zone, a part of
            # the county (a zone without a name of its own), no district; the place keeps it as written
            # (a district named like a prefecture city, "朝阳区" of 北京 beside 朝阳市, is a county's all the same)
            if district in _divisions()[0] and not (district.endswith("市") and district[:-1] in _divisions()[1]) \
                    and change["district"] != district and _GENERIC_ZONE.fullmatch(change["district"]):
                change["places"] = _zone_kept_where_written(change["district"], change["places"], all_text)
                change["district"] = district
    _own_short_fronts(changes)
    _own_named_zones(changes, district, _compact("".join(lines)))
    _zones_in_full(changes, _compact("".join(lines)))
    _own_town_sides(changes, district, _compact("".join(lines)))
    _name_whole_own(changes, district)
    _name_whole_own_town(changes, "\n".join(map(_compact, lines)))

    changes = _plain_wording_mended(changes, all_text)
    _glued_listed_apart(changes)  # ("A镇B园C园" with "A镇C园" listed apart: two estates run together)

    tail_date = next((d for d in map(_date_only, tail) if d), None)
    published, effective, effective_now, others = _dates_of(lead)
    if effective is None and not effective_now:  # "本通告自2022年4月8日起执行" under the lists
        _published, effective, effective_now, _others = _dates_of(tail)
    published = published or tail_date or (others[0] if others else None)
    number = _number(lead)
    # Dates without a year take it from a full date of the notice, else from default_year.
    full = [d for d in [tail_date, published, effective, *others] if d and d.year]
    reference = full[0] if full else (_Date(number[1], 6, 30) if number and number[1] else None)
    published_iso = None
    if published:
        year = _resolve_year(published, reference, default_year)
        published_iso = published.iso(year)
        if year is None:
            warnings.append("发布日期没有年份,也未给出 default_year"
                            " / published date has no year and no default_year")
        elif reference is None:
            reference = _Date(year, published.month, published.day)
    effective_iso = published_iso if effective_now else None
    if effective:
        effective_iso = effective.iso(_resolve_year(effective, reference, default_year))
        if effective_iso is None:
            warnings.append("生效日期没有年份 / effective date has no year")

    number_text = None
    if number:
        year = number[1] or (int(published_iso[:4]) if published_iso else None)
        number_text = f"{year}年第{number[0]}号" if year else f"第{number[0]}号"

    # (the mark between an item's number and a name's digits is no part of anything read)
    for change in changes:
        change["places"] = [place.replace(_ITEM_DIGITS_MARK, "") for place in change["places"]]
        if change["district"]:
            change["district"] = change["district"].replace(_ITEM_DIGITS_MARK, "")
    warnings = [warning.replace(_ITEM_DIGITS_MARK, "") for warning in warnings]
    return {
        "issuer": issuer,
        "number": number_text,
        "published": published_iso,
        "effective": effective_iso,
        "effective_now": effective_now and effective is None,  # "即日起": from the moment of publication
        "changes": changes,
        "warnings": warnings,
    }


def parse_file(path: str | Path, default_year: int | None = None) -> dict[str, Any]:
    """Parse a notice file as offices send it: text in any encoding (UTF-8 with or without BOM, GB18030,
    UTF-16), a Word document (.docx), a PDF with text, a saved web page."""
    return parse_notice(text_of_document(Path(path).read_bytes()), default_year=default_year)

__all__ = ["DRILL_WARNING", "parse_file", "parse_notice"]
