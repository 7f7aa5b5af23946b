"""County-level divisions of mainland China known by name (divisions.tsv, decision 0020), and whether a label names a
district or a street."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from fangkong.areas.notice_parsing.terms import (
    _BAD_NAME,
    _BAD_SUB,
    _CJK,
    _DIST_SUFFIX,
    _DIVISIONS_FILE,
    _SUB_SUFFIX,
    _cn_int,
)

_LONG_DISTRICT = re.compile(r"(?:开发区|示范区|高新区|新区|自治县|实验区|试验区)$")


@functools.cache
def _divisions() -> tuple[frozenset[str], frozenset[str]]:
    """(district names, city names) of mainland China's county-level divisions (divisions.tsv, built by
    tools/divisions_build.py from the statistics bureau's codes): a name there is a district whatever its
    form ("船营区" holds 营区, "循环化工园区" 园区). Two-character names like "城区", "矿区", "东区" are left
    out: notices use them as words."""
    districts: set[str] = set()
    cities: set[str] = set()
    for line in (_DIVISIONS_FILE).read_text(encoding="utf-8").splitlines():
        city, _, district = line.partition("\t")
        if city:
            cities.add(city)
        if len(district) >= 3 or district.endswith("县"):
            districts.add(district)
    return frozenset(districts), frozenset(cities)


@functools.cache
def _short_districts() -> frozenset[str]:
    """The two-character districts _divisions leaves out ("郊区", "城区", "矿区", "东区")."""
    lines = (_DIVISIONS_FILE).read_text(encoding="utf-8").splitlines()
    return frozenset(d for line in lines if len(d := line.partition("\t")[2]) == 2 and d.endswith("区"))


@functools.cache
def _city_short_districts() -> frozenset[tuple[str, str]]:
    """(city, district) of the two-character districts: ("阳泉", "城区"), ("佳木斯", "郊区")."""
    lines = (_DIVISIONS_FILE).read_text(encoding="utf-8").splitlines()
    pairs = (line.partition("\t")[::2] for line in lines)
    return frozenset((city, d) for city, d in pairs if city and len(d) == 2 and d.endswith("区"))


def _known_front(place: str) -> tuple[str, str] | None:
    """(district, rest) when a place starts with a known district, maybe after its city ("吉林市船营区…",
    "船营区…"); the longest name wins."""
    districts, cities = _divisions()
    starts = [0]
    for length in (2, 3, 4):
        head = place[:length]
        if head in cities:
            starts += [length, length + 1] if place[length:length + 1] == "市" else [length]
    for start in starts:
        for end in range(min(len(place) - 1, start + 16), start + 1, -1):
            name = place[start:end]
            # (not "瑞金市场": a market named after a county-level city, its 市 the market's)
            if name in districts and _rest_ok(place[end:]) and not (name.endswith("市") and place[end] == "场"):
                return name, place[end:]
    return None


def _rest_ok(rest: str) -> bool:
    """What follows a district in front of a place is a name, not a building or a word ("金北区社区"), nor a
    number ("A街平房区49排、平房区50(2、4)排": a bungalow area's rows, its 区 no district's), save its count
    ("兴庆区10个高风险区…"). (A street or town named like an estate's word is a name: "爱辉区花园街道", "A县家园镇";
    so is one whose name starts with a building's or a village's word, "栾城区楼底镇东尹村", "A区村前镇", not
    "A县村镇银行")"""
    if re.match(rf"(?:花园|家园|[楼村里屯庄][{_CJK}]{{1,3}}?(?<!小))(?:街道|镇|乡)", rest):
        return True
    if re.match(r"(?:花园|家园|庄园)(?:小区|社区)", rest):
        return True  # "小店区庄园小区": an estate named 庄园 (花园, 家园) after its district, a name
    return bool(rest) and not re.match(r"(?:社区|小区|花园|家园|号|栋|楼|单元|[镇乡村街路巷里屯庄、,;。()]"
                                       r"|\d+(?![\d个处])"
                                       r"|[A-Za-z一二三四五六七八九十]+(?:号|栋|幢|座|单元|楼|期))", rest)


# The urban area of a county or city, written as a list's label: "主城区:", "中心城区:", "县城区:" (no district).
_URBAN_AREA = re.compile(r"(?:主|中心|主中心|县|市|县中心|老县|旧)城区")


# "武侯祠景区游客中心", "A大学望江校区", "B作业区C井": a scenic area, campus, works or site named with 区 is a place,
# no district (none of mainland China's divisions ends so; a listed name, "船营区", stays one)
_SITE_AREA = re.compile(r"(?:景区|风景区|旅游区|度假区|作业区|服务区|校区|厂区|片区|营区|生活区|办公区|宿舍区)$")


def _site_area(name: str) -> bool:
    return bool(_SITE_AREA.search(name)) and name not in _divisions()[0]


def _district_ok(name: str, strict: bool = False) -> bool:
    if name in _divisions()[0]:
        return True
    if _SITE_AREA.search(name):
        return False  # "东湖景区:A、B", "关于调整东湖景区风险区域的通告": a site, no district
    # ("市城乡一体化示范区", "市经济技术开发区": a city's own zone may be written with the 市 in front)
    # ("省夏县": a province's 省 before a county of one character, "山西省夏县", is no part of it)
    if (name[:1] in ("区", "县", "旗", "省")
            or (name[:1] == "市" and not (len(name) >= 6 and _LONG_DISTRICT.search(name)))
            or (len(name) == 2 and name.endswith("区"))):
        return False  # "区北区", "北区": part of a name broken across lines (China has no district "X区" of 2)
    # ("的围合区", "将荆州市": a particle or verb in front, or an area enclosed by roads, is no district's name;
    # a listed district that starts so, "将乐县", is returned above; 和 and 于 open names: "和林县", "于洪区")
    if re.match(r"[的将对把及或并]", name) or re.search(r"(?:围合|合围|围成)区$", name):
        return False
    if name.endswith("辖区"):
        return False  # "勐捧镇辖区": the area a town (district) governs, no district's name
    if (name.endswith("城区") and len(name) >= 4) or _URBAN_AREA.fullmatch(name):
        # "大乌兰浩特城区", "中心城区", "主城区": a city's or county's urban area (the districts "鹿城区", "东城区",
        # "老城区" are listed; "管城区", 管城回族区 written short, is a name)
        return False
    # "三塔集镇街区", "X乡老区": an area of a town (the 区 after a town's name), no district
    if name.endswith("街区") or re.fullmatch(rf"[{_CJK}]{{2,}}(?:镇|乡|街道)[{_CJK}]?区", name):
        return False
    if re.search(r"[一二三四五六七八九十]区$", name):
        return False  # "A市场一区", "B花园三区": a numbered section of a market or compound (二七区 is listed)
    # "徐庄子平房区(含中小区…)", "A村棚户区": a bungalow or shanty area of a village or estate, no district (the
    # one district 平房区, of 哈尔滨, is listed; here maybe after its city)
    if re.search(r"(?:平房|棚户|楼房|自建房)区$", name) and name[:-3].removesuffix("市") not in _divisions()[1]:
        return False
    if name.endswith("管理区"):
        return False  # "后湖管理区A小区": a management area is a town's level (the few districts are listed)
    if name.endswith("管区") and not name.endswith("托管区"):
        return False  # "东城管区A村第一网格": a town's management area (山东's 管区) over villages, no district
    # ("江门市", "荆门市": a prefecture city by its name holds no shop's word though "门市" is one)
    prefecture = name.endswith("市") and name[:-1] in _divisions()[1]
    if not re.fullmatch(rf"[{_CJK}]+{_DIST_SUFFIX}", name) or (_BAD_NAME.search(name) and not prefecture) \
            or name.endswith("自治区"):
        return False
    limit = 14 if _LONG_DISTRICT.search(name) else (6 if strict else 8)
    if not 2 <= len(name) <= limit:
        return False
    # "华峪南区", "宿舍北区" are parts of compounds; the real ones ("市北区", "城中区") are in the list.
    return name[-2:] not in ("北区", "南区", "东区", "西区", "中区")


# "(二)七里山场" over "新田村", "A林场" over "B工区": a state farm, forest or tea farm, a unit at a town's level in some
# counties (湖南, 江西, 黑龙江…), heading its villages as a town does (not "停车场", "市场", "养殖场": sites)
_FARM_UNIT = re.compile(rf"[{_CJK}]{{2,6}}(?:国有|国营)?(?:农场|林场|山场|茶场|牧场|渔场|园艺场|垦殖场|良种场|农垦场)")


def _sub_ok(name: str, strict: bool = False) -> bool:
    suffix = r"(?:街道办事处|街道|地区|镇|乡|苏木)" if strict else _SUB_SUFFIX
    if _FARM_UNIT.fullmatch(name) and len(name) <= 10 and not _BAD_SUB.search(name):
        return True
    return (bool(re.fullmatch(rf"[{_CJK}]+{suffix}", name)) and 2 <= len(name) <= 10
            and not _BAD_SUB.search(name))


@dataclass
class _Label:
    district: str | None
    sub: str | None
    count: int | None


def _classify_label(name: str, count: str | None, strict: bool) -> _Label | None:
    stated = _cn_int(count) if count else None
    if _district_ok(name, strict and count is None):
        return _Label(name, None, stated)
    if count is not None and name in _short_districts():
        return _Label(name, None, stated)  # "(三)郊区(2个)": a two-character district, labelled with its count
    if _sub_ok(name, strict and count is None):
        return _Label(None, name, stated)
    split = re.fullmatch(rf"(.{{2,8}}?{_DIST_SUFFIX})(.{{2,10}}{_SUB_SUFFIX})", name)
    if split and _district_ok(split[1]) and _sub_ok(split[2]):
        inner = _known_front(split[2])  # "六安市裕安区苏埠镇街道": the district is the one after the city
        if inner and _sub_ok(inner[1]):
            return _Label(inner[0], inner[1], stated)
        return _Label(split[1], split[2], stated)
    return None


def _without_prefecture(name: str) -> str:
    """ "关于甘南州夏河县调整…的公告": the prefecture (city, 州, 盟) written before its county is no part of the
    district's name, when what follows it is a known county-level division."""
    m = re.match(rf"[{_CJK}]{{2,5}}?(?:市|州|盟|地区)(?P<d>[{_CJK}]+(?:区|县|旗))$", name)
    return m["d"] if m and m["d"] in _divisions()[0] and name not in _divisions()[0] else name


# "关于调整A县新冠肺炎风险区域的通告": the disease's name between the district and the areas
_DISEASE = r"新冠|新型冠状|新型肺炎|肺炎"


# The verbs of a decision's title before the district it names: to draw, publish, lift, add, and to raise or lower
# the level (降低, 下调, 调低, 提高, 提升, 上调, 调高; traditional characters are simplified before)
# ("关于延长A县部分区域临时性管控措施的通告": a control prolonged; "关于延长县…" is still 延长县's, the verb optional)
_TITLE_VERB = "调整|划定|公布|解除|新增|发布|降低|下调|调低|降级|提高|提升|上调|调高|升级|延长|延续"


def _title_line_district(line: str) -> str | None:
    """The district a notice's title names: "海珠区关于调整风险区域等级的通告", "乐清市关于…的通告" (a county-level
    city), "关于划定信宜市部分区域…的通告"; None when the line is no such title."""
    # (also a 公告, and after a site's marks: ">>>武清区关于全部解除封控管控…的公告")
    m = re.match(rf"(?:[>»》·•\s]+)?([{_CJK}]{{2,6}}?(?:区|县|旗))关于", line)
    if m and re.search("通告|公告", line) and _district_ok(m[1]):
        return _without_prefecture(m[1])  # "晋中市平遥县关于…的通告": the city in front is no part of it
    # ("昌吉州阜康市关于…", "博州阿拉山口市关于…": a county-level city after its prefecture, which is no part of it)
    m = re.match(rf"(?:[{_CJK}]{{1,6}}?(?:州|盟|地区))?([{_CJK}]{{2,4}}?市)关于", line)
    if m and "通告" in line and m[1] in _divisions()[0]:
        return m[1]
    # ("关于在渭城区实施全域控制的公告", "关于对A县实行静默管理的通告": the district where a measure is taken)
    # (not "关于实施分区管控的通告": 分区, by zones, ends no district's name)
    # ("关于划定A区临时管控区域的通告": 临时, temporary, before the level)
    # ("关于降低爱辉区部分区域风险等级的通告", "关于提高A县…": a verb that raises or lowers the level, before
    # the district)
    # ("关于临沂市临沭县新划定风险区的公告" (山东, late 2022): the verb after the district, newly drawn, 新 with it)
    m = re.search(rf"关于(?:在|对)?(?:{_TITLE_VERB})?([{_CJK}]{{2,8}}?(?<!分)(?:区|县|旗))"
                  rf"(?=部分|以下|的|风险|[高中低]风险|临时|封控|管控|防范|疫情|{_DISEASE}|新增|调整|新?划定|解除|实施"
                  r"|实行)",
                  line)
    if m and re.search("通告|公告", line) and _district_ok(m[1]):
        return _without_prefecture(m[1])
    # "关于划定A区B街道临时管控区域的通告", "关于划定C市D县部分区域为…的通告": a known division named right after the
    # verb of a decision's title (its province or city may come first), whatever follows it
    m = re.search(rf"关于(?:在|对)?(?:{_TITLE_VERB})(?:[{_CJK}]{{2,4}}?[省市])?"
                  rf"(?:[{_CJK}]{{2,4}}?[市州盟])?([{_CJK}]{{2,8}}?(?:区|县|旗|市))", line)
    if m and re.search(r"通告|公告", line) and m[1] in _divisions()[0]:
        return m[1]
    # "关于化州市划定高、中、低风险区的通告": a county-level city after 关于, a known division
    m = re.search(rf"关于(?:{_TITLE_VERB})?([{_CJK}]{{2,4}}?市)"
                  rf"(?=部分|以下|的|风险|[高中低]风险|封控|管控|防范|疫情|{_DISEASE}|新增|调整|划定|解除)", line)
    if m and "通告" in line and m[1] in _divisions()[0]:
        return m[1]
    return None
