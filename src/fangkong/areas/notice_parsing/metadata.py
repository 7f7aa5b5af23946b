"""The notice's issuer, number, own district and dates."""

from __future__ import annotations

import re
from typing import Any

from fangkong.areas.notice_parsing.dates import _Date, _dates_in, _org_broken, _org_only
from fangkong.areas.notice_parsing.divisions import (
    _LONG_DISTRICT,
    _city_short_districts,
    _divisions,
    _known_front,
    _site_area,
    _title_line_district,
)
from fangkong.areas.notice_parsing.divisions import (
    _district_ok as _division_ok,
)
from fangkong.areas.notice_parsing.places import _GOVERNMENT_ANNOUNCING, _PROVINCE, _districts_of_cities
from fangkong.areas.notice_parsing.terms import (
    _CJK,
    _CN_NUM,
    _ENUM,
    _LEVEL,
    _NUMBER_RE,
    _ORG_BODY,
    _ORG_KEYWORD,
    _TARGET_VERB,
    _cn_int,
    _compact,
)


def _district_ok(name: str, strict: bool = False) -> bool:
    """A district by its name (divisions._district_ok), not a scenic area, campus or works written with 区
    ("调整后的东湖景区风险区域如下", "根据望江校区疫情防控工作需要": a site's own areas, no district's)."""
    return _division_ok(name, strict) and not _site_area(name)


# ("现将东丽区疫情防控指挥部关于调整封管控区通告如下:": the lead's "now … hereby" (现将, 兹将, 特将) before the office
# that issues the notice is no part of its name)
_ORG_IN_LINE = re.compile(
    rf"(?:^|(?<=[,。;:)\]》”\"、日讯]))(?:根据|据|来自|现将|兹将|特将)?(?P<org>{_ORG_BODY})"
    # ("据A市疫情防控指挥部最新消息,自11月1日起…": a report's lead citing the office's latest news)
    r"(?=关于|发布|印发|第|通告|公告|通知|通报|(?:最新)?消息|\(|〔|$)"
)
# "5月29日,佛山市南海区…指挥部宣布,A小区…调整为中风险": an office that announces, leading its line (after a
# date at most) and before a comma or colon; not one named in passing ("此前,西湖区…指挥部宣布对A实行封控")
_ORG_ANNOUNCING = re.compile(
    rf"(?:^|(?<=日,)|(?<=日))[ \t]*(?:据)?(?P<org>{_ORG_BODY})(?=宣布[,:])", re.M
)
_EFFECTIVE_NOW = re.compile(r"即日起|自即日|(?:发布|公布|印发)之日起")
# "各镇(街道)疫情防控领导小组,开发区疫情防控领导小组(指挥部),指挥部各工作组:": an internal notice's line of
# addressees, the offices it is sent to, none of them its issuer
_ADDRESSEES = re.compile(r"^各[^:]{2,120}:$")


def _issuer(lines: list[str]) -> str | None:
    lines = [line for line in lines if not _ADDRESSEES.match(line)]
    for k, line in enumerate(lines):
        for m in [*_ORG_IN_LINE.finditer(line), *_ORG_ANNOUNCING.finditer(line)]:
            if _ORG_KEYWORD.search(m["org"]):
                return _signature_joined(lines[k - 1] if k else "", line) or m["org"]
    for line in lines:
        if m := _GOVERNMENT_ANNOUNCING.search(line):
            return m["org"]
    return None


def _signature_joined(before: str, line: str) -> str | None:
    """ "金桃市新冠肺炎疫情" over "防控指挥部办公室": the whole office's name of a signature broken over two lines
    (dates._org_broken), when the second line alone reads as an office; None else."""
    before, line = _compact(before), _compact(line)
    # (not a whole office's name under a line of the epidemic's words, "疫情防控" over "A区疫情防控指挥部": the second
    # part names no division of its own; review rv68b)
    # (nor a sentence ending in the epidemic's words, "请广大市民共同做好疫情" over "防控指挥部办公室": the first part
    # of a signature names its division before them; review rv69a)
    if before and _org_only(line) and _org_broken(before, line) and not re.search(r"[省市区县州旗盟]", line) \
            and _DIVISION_END.search(_SIGNATURE_EPIDEMIC_WORDS.sub("", before, count=1)):
        return _org_only(before + line)
    return None


# (the epidemic's, the virus's and the work's words a broken signature's first line ends with, "金桃市新冠肺炎疫情",
# "A市应对新型冠状病毒感染", "阿里地区应对新冠肺炎疫情联防联控", and the division's kind before them)
_SIGNATURE_EPIDEMIC_WORDS = re.compile(r"(?:应对|抗击)?(?:新型冠状病毒感染的?肺炎|新型冠状病毒肺炎|新冠肺炎|新冠病毒"
                                       r"|(?:新型)?冠状病毒(?:感染)?|新冠)?(?:疫情)?(?:联防联控|防控|防治|应对)?"
                                       r"(?:工作)?$")
_DIVISION_END = re.compile(r"(?:[省市区县州旗盟]|地区|街道|镇|乡|管委会|委员会)$")


def _signature(lines: list[str]) -> str | None:
    """The first line that is an office's name alone (dates._org_only), joined to the line before when that is the
    first part of a signature broken over two lines (_signature_joined); None when no line is one."""
    return next((_signature_joined(lines[k - 1] if k else "", line) or org
                 for k, line in enumerate(lines) if (org := _org_only(line))), None)


def _number(lines: list[str]) -> tuple[int, int | None] | None:
    matches = [m for line in lines for m in _NUMBER_RE.finditer(line)]
    matches.sort(key=lambda m: not re.match(r"(?:通告|公告)", m.string[m.end():]))
    for m in matches:
        value = _cn_int(m["n"] or m["n2"])
        if value:
            year = m["y1"] or m["y2"] or m["y3"]
            return value, int(year) if year else None
    return None


def _title_district(lines: list[str]) -> str | None:
    # A title may be broken over two lines ("海珠区关于部分区域风险\n等级调整的通告").
    for alone, line in [(a, a + b) for a, b in zip(lines, [*lines[1:], ""], strict=False)]:
        if named := _title_line_district(line):
            return named
        stem = _city_stem_district(line) if re.search(r"通告|公告", line) else None
        if stem:
            return stem
        if headline := _headline_district(alone) or _street_title_district(alone):
            return headline
    if own := _own_stem_title_district(lines):
        return own
    # (broken over two lines too: "A县新型冠状病毒肺炎\n防控工作应急指挥部通告")
    # ("江阴发布 2022-05-03 14:01《江阴市疫情防控通告(2022年第23号)》:": a repost's lead line ending with the
    # notice's title in book-title marks, the title read as a title line)
    quoted = [m[1] for line in lines if (m := _QUOTED_TITLE_END.search(line.strip()))]
    quoted += [m[1] for line in lines if (m := _ISSUED_QUOTED_TITLE.search(line))]
    for line in [*lines, *(a.strip() + b.strip() for a, b in zip(lines, lines[1:], strict=False)), *quoted]:
        # "南浔区新冠肺炎疫情防控工作通告(2022年第13号)": no 关于
        # ("[杭州市A区…指挥部2022年第8号公报]", "【…通告】": a repost's title in square brackets, the brackets no part
        # of it)
        m = _OFFICE_TITLE.match(re.sub(r"^[\[【](.+)[\]】]$", r"\1", line.strip()))
        if m and (m["d"] in _divisions()[0] if m["d"][-1] == "市" or len(m["d"]) > 6
                  else _district_ok(m["d"], strict=True)):
            return m["d"]
    return None


# A title that is the office's name and "通告" with its number, the district in front.
# ("莫力达瓦达斡尔族自治旗…指挥部第六十四号通告": a long name, an autonomous county or banner, when it is a known one)
# (布告, a public notice posted, is a word some offices title their notices with; 公报, a bulletin, the word of
# reworded copies for 通告)
# ("杭州市A区新冠肺炎疫情防控指挥部2022年3号通告": the city before the district, the number before 通告)
_OFFICE_TITLE = re.compile(rf"(?:[{_CJK}]{{2,4}}?市(?=[{_CJK}]{{2,16}}?(?:区|县|旗)))?"
                           rf"(?P<d>[{_CJK}]{{2,16}}?(?:区|县|旗|市))(?=[{_CJK}]{{0,20}}?(?:疫情|肺炎|防控|指挥部))"
                           rf"[{_CJK}]{{2,40}}?(?:(?:\d{{4}}年)?第?[\d{_CN_NUM}]+号)?(?:通告|公告|布告|公报)"
                           rf"(?:\(?(?:\d{{4}}年)?第?[\d{_CN_NUM}]+(?:号|期)\)?)?$")


_QUOTED_TITLE_END = re.compile(r"《(?P<title>[^《》]{4,60})》[:]?$")
# "11月10日,东凤镇发布《中山市东凤镇…指挥部办公室通告(2022年第8号)》,通告中提到:": a report's lead that names the
# notice it quotes by its title after the verb that issued it (发布, 印发, 公布), the lead going on after it; the title
# read as a title line (not "根据《…通告》": a notice only referred to is another office's)
_ISSUED_QUOTED_TITLE = re.compile(r"(?:发布|印发|公布|发出)了?《(?P<title>[^《》]{4,60}(?:通告|公告)"
                                  r"(?:\((?:\d{4}年)?第?[\d〇零一二三四五六七八九十百]+号\))?)》")

_MUNICIPALITIES = ("北京", "天津", "上海", "重庆")

# "邯郸邱县11月30日调整风险等级的通告", "黑龙江鸡东县三地调整为中风险地区" (a news headline): a title that starts
# with the district, maybe after its province and its city written short, then the day, the verb or a count of
# the places ("三地", "5处").
# ("7月6日霞浦县划定中高风险地区": a news headline may start with the day)
# ("白银平川区最新风险等级": a site's risk-query heading over the district's list, the levels it holds now)
# ("2022甲市乙县封控区、管控区、防范区最新消息": a site's running page, its year bare, the district then the zones'
# names)
_HEADLINE_FRONT = re.compile(rf"(?:(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日|\d{{4}}年?)?"
                             rf"(?:{_PROVINCE}|[{_CJK}]{{2,3}}省)?(?P<words>[{_CJK}]{{2,12}}?)"
                             rf"(?=\d{{1,2}}月\d{{1,2}}日|关于|发布|调整|划定|解除|新增|公布|(?:最新|当前|今日)?风险等级"
                             r"|(?:封控|管控|防范)区[、和及与](?:重点)?(?:封控|管控|防范)区"
                             # ("5月5日起北京朝阳区临时管控区域及措施": a temporary zone's area the headline names)
                             r"|临时(?:封控|管控)(?:区域|范围)"
                             # ("重庆A区临时管控区名单+管控措施": a site's headline over its temporary zones' list)
                             r"|临时(?:封控|管控)区(?:名单|范围)"
                             rf"|[\d{_CN_NUM}]{{1,3}}(?:地|处|个)[^,。;:]{{0,12}}?(?:调整|划定|解除|列为|升|降))")


# "5月3日12时起,A县调整“三区”管控范围" (a news headline): the day and hour the change starts from, then a comma,
# before the district
# (or no comma: "2022年5月5日起北京朝阳区临时管控区域及措施")
_HEADLINE_START = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}(?:时|点)(?:\d{1,2}分)?)?(?:起|开始)[,,]?")


def _headline_district(line: str) -> str | None:
    """The district a one-line title or headline starts with (see _HEADLINE_FRONT): a known division, alone or
    after its own city ("邯郸邱县" gives 邱县, a county of 邯郸), in a line without a sentence's punctuation that
    speaks of risk areas."""
    line = _HEADLINE_START.sub("", line.strip(), count=1)
    if re.search(r"[,。;:]", line) or not re.search(r"风险|封控|管控|防范|静默|通告|公告", line):
        return None
    m = _HEADLINE_FRONT.match(line.strip())
    if m is None:
        return None
    words, table = m["words"], _districts_of_cities()
    if words in _divisions()[0] and (len(words) > 2 or words.endswith("县")):
        return words
    for cut in (2, 3, 4):
        city, rest = words[:cut], words[cut:].removeprefix("市")
        if rest in table.get("" if city in _MUNICIPALITIES else city, ()):
            return rest
    return _city_new_area(words) or _short_county_after_city(words, table)


def _short_county_after_city(words: str, table: dict[str, frozenset[str]]) -> str | None:
    """ "3月13日杭州余杭新增封控管控区" (a news headline): the city written short, then its county written short too,
    without 区 / 县 / 市 / 旗: the one division of that city the short name stands for (invented: "甲州乙城新增…" for
    乙城区 of 甲州市)."""
    for cut in (2, 3):
        city, rest = words[:cut], words[cut:]
        if city in _MUNICIPALITIES or len(rest) < 2:
            continue
        found = [rest + kind for kind in "区县市旗" if rest + kind in table.get(city, ())]
        if len(found) == 1:
            return found[0]
    return None


# "甲市乙新区11月30日划定7个高风险区": a prefecture city's new area (a 功能区 of county rank that governs towns of
# its own, no division in the divisions' list) after the city's name in a headline is the notice's district, as
# the headline names it.
_CITY_NEW_AREA = re.compile(rf"(?P<city>[{_CJK}]{{2,4}}?)市?(?P<area>[{_CJK}]{{2,4}}新区)")


def _city_new_area(words: str) -> str | None:
    m = _CITY_NEW_AREA.fullmatch(words)
    return m["area"] if m and m["city"] in _divisions()[1] else None


# "西渡街住宅小区启封公告" after its district: a street (town) of the district, then what the notice is about
_STREET_TITLE_REST = re.compile(rf"[{_CJK}]{{1,8}}?(?:街道|街|镇|乡)[{_CJK}]{{0,16}}?(?:通告|公告)")


def _street_title_district(line: str) -> str | None:
    """ "奉贤区西渡街住宅小区启封公告": a one-line title that starts with a known division (maybe after its city), then
    one of its streets or towns and the notice's subject: the division."""
    front = _known_front(line.strip())
    return front[0] if front and _STREET_TITLE_REST.fullmatch(front[1]) else None


def _own_stem_title_district(lines: list[str]) -> str | None:
    """ "亭湖关于划定高风险区通告" over "我区新发现…": a title that starts with the district's name without its
    kind (区, 县, 旗), then 关于, and a lead that speaks of its own district of that kind ("我区", "本县"): the stem
    and that kind, when the divisions list holds it."""
    title = next((line.strip() for line in lines if line.strip()), "")
    m = re.match(rf"([{_CJK}]{{2,3}}?)关于", title)
    if m is None:
        return None
    text = "\n".join(lines)
    kinds = {k for k in "区县旗" if re.search(rf"(?:我|本){k}", text) and m[1] + k in _divisions()[0]}
    return m[1] + kinds.pop() if len(kinds) == 1 else None


# "…,越秀区发布通告" (a news report): the district that issues the notice, at a clause's start (as _lead_district
# reads it)
_ISSUING_DISTRICT = re.compile(rf"(?<=[,:讯])(?:[{_CJK}]{{2,4}}?市)?([{_CJK}]县|[{_CJK}]{{2,6}}?(?:区|县|旗))"
                               r"(?=(?:今天|今日|近日|日前|\d{1,2}日)?(?:发布|印发|发出)了?(?:通告|公告|通知))")


def _city_stem_district(line: str) -> str | None:
    """ "12月2日重庆大渡口关于调整风险区等级和范围的通告": a title that names its city, then the district
    without its suffix, in front of 关于. Taken only when city and stem + suffix make a district the
    divisions list holds for that city (a municipality's districts for 北京, 天津, 上海, 重庆)."""
    m = re.search(rf"([{_CJK}]{{4,14}}?)(?::?关于|发布)", line)  # also "12月2日,重庆大渡口发布…通告"
    if m is None:
        return None
    # ("据“广州天河发布”消息,越秀区发布通告": a report quoting another district's channel; the notice is the
    # office's that the report says issued it)
    if line[m.end():m.end() + 1] in "”\"" and m.end() < len(line) \
            and any(d != m[1] for d in _ISSUING_DISTRICT.findall(line[m.end():]) if _district_ok(d)):
        return None
    head, table = m[1], _districts_of_cities()
    for start in range(len(head) - 3):
        for city in {head[start:start + n] for n in (2, 3, 4)}:
            known = table.get("" if city in _MUNICIPALITIES else city)
            stem = head[start + len(city):].removeprefix("市")
            if not known or not 2 <= len(stem) <= 5:
                continue
            for suffix in ("区", "县", "市", "旗", "新区", "自治县"):
                if stem + suffix in known:
                    return stem + suffix
    return None


# "4月28日,天台县发现4例…感染者", "3日,A区新增1例本土确诊病例": a clause that starts with a district, which
# found or reported cases (a count of 例 or 名 follows).
# ("杭州市余杭区在仁和街道发现…", "我市A区…": the city and the street around it are no part of it)
_NOT_CITY = rf"(?:(?!市)[{_CJK}])"
_OUTBREAK_DISTRICT = re.compile(rf"(?:(?<=[,:。])|(?<=日)|(?<=时)|^)(?:[{_CJK}]{{2,7}}?(?:省|自治区))?"
                                rf"(?:我市|本市|[{_CJK}]{{2,4}}?市)?"
                                rf"({_NOT_CITY}县|{_NOT_CITY}{{2,6}}?(?:区|县|旗))"
                                rf"(?=(?:境内|辖区内?|在[{_CJK}]{{2,8}}?(?:街道|镇|乡))?"
                                rf"(?:新?发现|报告|出现|新增|排查出|检测出)[^,。;]{{0,6}}?[\d{_CN_NUM}]+(?:例|名))")

# (the county-level cities of _OUTBREAK_DISTRICT's form: "A市发现1例", a known division checked by the caller)
_OUTBREAK_COUNTY_CITY = re.compile(rf"(?:(?<=[,:。])|(?<=日)|(?<=时)|^)(?:[{_CJK}]{{2,7}}?(?:省|自治区))?"
                                   rf"(?:[{_CJK}]{{2,4}}?市)?([{_CJK}]{{2,4}}市)"
                                   rf"(?=(?:境内|辖区内?)?(?:新?发现|报告|出现|新增|排查出|检测出)[^,。;]{{0,6}}?"
                                   rf"[\d{_CN_NUM}]+(?:例|名))")


# "高、中风险区及临时管控区划定如下", "封控区、管控区范围如下": the levels (each maybe temporary) a lead names, then
# the word pointing to the list below
_LEVEL_OR_GRADE = rf"(?:临时)?(?:{_LEVEL}|[高中低](?=[、和及与]))"
_LEVELS_DRAWN_BELOW = (rf"{_LEVEL_OR_GRADE}(?:(?:、|和|及|与|以及){_LEVEL_OR_GRADE})*的?"
                       r"(?:划定|调整|范围|名单|区域)*(?:具体)?如下")


def _pointed_district(line: str) -> str | None:
    """ "现将东港区新划定…如下", "对顺义区如下地区…", "现将城南“三区”范围通知如下": the district the lead points
    from to the list below."""
    for m in re.finditer(rf"(?<=[将对在])([{_CJK}]{{2,6}}?(?:区|县|旗))"
                         # ("将A区相关区域调整为中风险区。" over the list: 相关 points to it as 部分 does)
                         rf"(?=新|部分|以下|如下|下列|下述|范围|内|划定|(?:相关|有关)(?:区域|地区)"
                         # ("对A区高、中风险区及临时管控区划定如下:": the levels the district's list below draws)
                         rf"|{_LEVELS_DRAWN_BELOW})", line):
        if _district_ok(m[1]):
            return m[1]
    # "现将城南“三区”范围通知如下": the district written short (without 区, 县 or 旗), as people say it, in front
    # of the 三区 (or the range) it draws; its full name when exactly one kind makes a known division
    for m in re.finditer(rf"(?<=[将对在])([{_CJK}]{{2,4}}?)(?=“三区”|\"三区\"|三区范围|三区划定)", line):
        known = [m[1] + kind for kind in ("区", "县", "旗") if m[1] + kind in _divisions()[0]]
        if len(known) == 1:
            return known[0]
    return None


def _lead_district(lines: list[str]) -> str | None:
    """ "现将东港区新划定高、中风险区相关事宜通告如下": the district the lead sentence names. "对顺义区如下地区
    进行…等级调整" and "对X区下列区域…" point from the district to the list below."""
    # (the district the lead points from goes before one it mentions in an earlier sentence: "A区发现一例…。现将B区
    # “三区”范围通知如下", the case found in one district, the areas drawn in another)
    if pointed := next((d for d in map(_pointed_district, lines) if d), None):
        return pointed
    for line in lines:
        # "自3月3日起,苍南县在灵溪镇划定…": the district at a clause's start, then the town in it where the areas lie
        # ("曲靖市X区在辖区内新增划定高风险区", "11月28日,X区划定高风险区如下": the district drawing areas in its own
        # area, or drawing them at a clause's start)
        for m in re.finditer(rf"(?:(?<=[,:])|^)([{_CJK}]{{2,6}}?(?:区|县|旗))"
                             rf"(?=在[{_CJK}]{{2,8}}?(?:街道|镇|乡)(?:范围内|辖区内?)?(?:新)?划定"
                             r"|(?:在(?:辖区|全区|全县|全旗|本区|本县|区域|县域)(?:范围)?内?)?(?:新增|新)?划定)", line):
            if _district_ok(m[1]):
                return m[1]
        # "石景山区严格落实《…方案》要求,划定风险区2个。" (a statement as news): the district, first in its sentence,
        # the subject of the designation a later clause of that sentence makes
        for m in re.finditer(rf"(?:(?<=[。:])|^)([{_CJK}]县|[{_CJK}]{{2,6}}?(?:区|县|旗))"
                             rf"(?=[^,。;:]{{2,60}},(?:[^,。;:]{{0,12}},)?(?:现|新|共|新增)?划定)", line):
            if m[1] in _divisions()[0]:  # (a known name: no "根据当前A区" read as one)
                return m[1]
        # "12月12日6时起,A区主动在全区范围开展大规模核酸检测": the district at a clause's start acting over its own
        # whole (全区 / 全县 / 全旗 of its kind) in the lead
        for m in re.finditer(rf"(?:(?<=[,:])|(?<=起)|^)([{_CJK}]{{2,6}}?(?P<kind>区|县|旗))"
                             r"(?=[^,。;:]{0,8}?在全(?P=kind))", line):
            if _district_ok(m[1]) and (len(m[1]) > 2 or m[1] in _divisions()[0]):
                return m[1]
        # "自6月3日零时起,和平区解除参照防范区和部分防范区管理", "6月2日和平区解除…" (a headline): the district
        # that lifts its areas at a clause's start (after a date)
        for m in re.finditer(rf"(?:(?<=[,:])|^)(?:\d{{1,2}}月\d{{1,2}}日)?([{_CJK}]{{2,6}}?(?:区|县|旗))"
                             r"(?=(?:全面|有序|逐步)?(?:解除|解封))", line):
            if _district_ok(m[1]):
                return m[1]
        # "对叙州区南岸街道A等风险地区进行风险地区调整": the district in front of the place the lead sums up
        for m in re.finditer(rf"(?<=[将对])([{_CJK}]县|[{_CJK}]{{2,6}}?(?:区|县|旗))"
                             rf"(?=[^,。;:]{{2,60}}?等[^,。;:]{{0,12}}调整)", line):
            if _district_ok(m[1]) and (len(m[1]) > 2 or m[1] in _divisions()[0]):  # "杞县", not "全县"
                return m[1]
        # "根据太谷区疫情防控工作需要,…区疫情防控工作领导小组决定,划定…": the district whose prevention work the
        # lead says the notice serves
        # ("根据当前海南乐东县疫情防控工作需要": the time word and the province in front are no part of it)
        # ("…精神,结合宁明县实际,现就…通告如下": the district whose circumstances the lead says it takes into account)
        for m in re.finditer(rf"(?:(?<=根据)|(?<=按照)|(?<=结合)|(?<=为做好))(?:当前|目前|近期)?(?:{_PROVINCE})?"
                             rf"([{_CJK}]县|[{_CJK}]{{2,6}}?(?:区|县|旗))"
                             rf"(?=(?:当前|目前|近期)?(?:疫情|新冠|新型冠状病毒)|实际(?:情况)?,)", line):
            if _district_ok(m[1]) and (len(m[1]) > 2 or m[1] in _divisions()[0]):
                return m[1]
        # "自2022年11月26日0时起,阳江滨海新区(阳江高新区)调整风险区域。": the district whose areas the lead
        # says change (with its other name in brackets when written)
        # ("12月4日6时起重庆开州区部分高风险区调整为低风险区": a headline, its city in front and the areas whose
        # level changes after the district)
        for m in re.finditer(rf"(?:(?<=起,)|(?<=起)|^)(?:{_PROVINCE})?(?:[{_CJK}]{{2,4}}?市|北京|天津|上海|重庆)?"
                             rf"([{_CJK}]{{2,8}}?(?:区|县|旗))(\([{_CJK}]{{2,8}}(?:区|县|市)\))?"
                             rf"(?=(?:调整|划定)(?:部分)?(?:[高中低])?风险(?:区域|地区|区)"
                             # ("自3月10日起,A区动态调整社区管控范围": the range of its control areas adjusted)
                             rf"|(?:动态|再次|进一步)?(?:调整|划定)(?:社区|小区)?(?:封控|管控|封控管控|“三区”|三区)(?:范围|区域)"
                             rf"|部分(?:[高中低]风险|封控|管控|防范)(?:区域|地区|区)(?:{_TARGET_VERB}|调整)"
                             # ("自11月16日24:00时起,A区部分区域划定为高风险区": its areas drawn as the level)
                             rf"|部分(?:区域|地区)(?:划定|调整|划分|列)为(?:[高中低]风险|封控|管控|防范))", line):
            if _district_ok(m[1]) and (len(m[1]) > 2 or m[1] in _divisions()[0]):
                return _without_city(m[1]) + (m[2] or "")
        # "11月29日中午,广州市从化区发布通告,…以下区域调整为低风险区" (a news report): the district that issues the
        # notice, at a clause's start or after a report's dateline ("本报讯") (its province and city in front)
        for m in re.finditer(rf"(?:(?<=[,:讯])|^)(?:{_PROVINCE})?(?:[{_CJK}]{{2,4}}?市|北京|天津|上海|重庆)?"
                             rf"([{_CJK}]县|[{_CJK}]{{2,6}}?(?:区|县|旗))"
                             r"(?=(?:今天|今日|近日|日前|\d{1,2}日)?(?:发布|印发|发出)了?(?:通告|公告|通知))", line):
            if _district_ok(m[1]) and (len(m[1]) > 2 or m[1] in _divisions()[0]):
                return _without_city(m[1])
        # "2022年4月28日,天台县发现4例新冠肺炎阳性感染者": the district where the lead says the cases were found
        for m in _OUTBREAK_DISTRICT.finditer(line):
            if _district_ok(m[1]) and (len(m[1]) > 2 or m[1] in _divisions()[0]):
                return m[1]
        # "2022年4月20日,海安市发现1例…阳性": a county-level city (a known division, no prefecture) where the cases were
        # found, its own notice
        for m in _OUTBREAK_COUNTY_CITY.finditer(line):
            if m[1] in _divisions()[0] and m[1][:-1] not in _divisions()[1]:
                return m[1]
        # "据浙江金华永康市官方微信公众号“永康发布”消息" (a news report): the county-level city whose own channel
        # the report quotes, a known division after its province and city written short
        for m in re.finditer(rf"据([{_CJK}]{{3,10}}?市)(?=官方|发布|融媒|政府|新冠|疫情|应对|防控)", line):
            known = next((m[1][i:] for i in range(len(m[1]) - 2) if m[1][i:] in _divisions()[0]), None)
            if known:
                return known
        # "“广州花都发布”微信公众号11月10日消息" (a repost): the district's own channel, its city and its name
        # written short, then 发布; the one division of that city the short name stands for
        for m in re.finditer(rf"“([{_CJK}]{{4,6}})发布”(?=(?:官方)?(?:微信公众号|公众号|微信|微博))", line):
            if short := _short_county_after_city(m[1], _districts_of_cities()):
                return short
        # "朝阳区人民政府副区长通报:…" (a report of a press conference): the district whose head announces
        for m in _DISTRICT_HEAD.finditer(line):
            if _district_ok(m["d"]):
                return m["d"]
        # "武都区…领导小组研究决定": the office that decides, at a clause's start
        for m in _ORG_DECIDES.finditer(line):
            district = _issuer_district(m["org"]) if _ORG_KEYWORD.search(m["org"]) else None
            if district:
                return district
        # "调整后的A区疫情防控“三区”如下:", "B县风险区域如下": the district whose zones (risk areas) the lead
        # says are listed below
        for m in _ZONES_BELOW_DISTRICT.finditer(line):
            if _district_ok(m[1]) and (len(m[1]) > 2 or m[1] in _divisions()[0]):
                return m[1]
        # "决定…划定格尔木市高风险区范围": a county-level city (a known division) the lead names
        # ("将肇东市如下地区调整为高风险区": pointing to the list below, as a district's lead does)
        for m in re.finditer(rf"(?:(?<=[将对在])|(?<=划定))([{_CJK}]{{2,6}}?市)"
                             rf"(?=新|部分|以下|如下|下列|下述|范围|内|划定|[高中低]风险|封控|管控)", line):
            if m[1] in _divisions()[0]:
                return m[1]
        if counted := _counted_areas_district(line):
            return counted
    return None


# "决定…新增划定甲县3个区域为高风险区" (over "新增划定高风险区(3个)" and its items): the district whose areas the
# lead's verb draws, counted, then the level they are given; a known division.
_COUNTED_AREAS_OF_DISTRICT = re.compile(rf"(?:(?<=划定)|(?<=确定)|(?<=认定)|(?<=将))(?:{_PROVINCE})?"
                                        rf"(?:[{_CJK}]{{2,4}}?市)?([{_CJK}]县|[{_CJK}]{{2,6}}?(?:区|县|旗|市))"
                                        rf"(?=[\d{_CN_NUM}]{{1,4}}[个处](?:区域|地区|地点|点位|场所)?"
                                        rf"(?:{_TARGET_VERB}|为)(?:临时)?(?:[高中低]风险|封控|管控|防范))")


def _counted_areas_district(line: str) -> str | None:
    return next((m[1] for m in _COUNTED_AREAS_OF_DISTRICT.finditer(line) if m[1] in _divisions()[0]), None)


# "调整后的婺城区疫情防控“三区”如下", "A县新冠肺炎疫情风险区域如下": a district's zones (三区, risk areas),
# the district at a clause's start or after 的, the list below.
# ("自10月30日0时起调整A区风险区域如下", "现公布A区风险区域如下": the object of the verb that changes or publishes
# them, the verb no part of its name; nor what follows the verb, "调整后城区风险区域如下": no district "后城区")
# ("2022年3月20日起A新区新冠肺炎疫情社区防控新增区域如下": after the day the areas start from, the district whose
# community control adds the areas below)
_ZONES_BELOW_DISTRICT = re.compile(rf"(?:(?<=[,。:的])|(?<=调整)(?![后为过])|(?<=公布)(?![了后])|(?<=\d日起)|^)"
                                   rf"(?:现将?|目前|当前)?"
                                   rf"([{_CJK}]县|(?:(?!的|调整|公布)[{_CJK}]){{2,6}}?(?:区|县|旗))"
                                   r"(?=(?:新冠肺炎|新型冠状病毒肺炎|新冠)?(?:疫情)?(?:防控)?[“\"]?(?:三区|风险区域|风险区)[”\"]?"
                                   r"(?:范围|名单|划定情况)?(?:具体)?如下"
                                   r"|(?:新冠肺炎|新型冠状病毒肺炎|新冠)?(?:疫情)?社区防控新增(?:风险)?区域(?:具体)?如下)")


# "朝阳区人民政府副区长通报", "A县县长介绍", "B区常务副区长表示": a district's head (or deputy) speaking in office.
_DISTRICT_HEAD = re.compile(rf"(?P<d>[{_CJK}]{{2,6}}?(?:区|县|旗))(?:人民政府|政府)?(?:常务)?副?(?:区|县|旗)长"
                            r"(?=[^,。;:]{0,6}?(?:通报|发布|宣布|介绍|表示|通告))")


def _without_city(name: str) -> str:
    """ "成都武侯区" (a headline's city written without 市 in front): the known district after the city."""
    table = _districts_of_cities()
    for cut in (2, 3, 4):
        if name[:cut] in table and name[cut:] in table[name[:cut]]:
            return name[cut:]
    return name


def _lead_street_district(lines: list[str], changes: list[dict[str, Any]]) -> str | None:
    """ "4月3日凌晨,如皋市城北街道发现1例…阳性感染者": the lead names a known district with one of its streets or
    towns, and places without a district of their own lie in that street ("城北街道A公司厂区"): their district."""
    places = [p for c in changes if c["district"] is None for p in c["places"]]
    for line in lines:
        # ("4月24日凌晨,如皋市在A街道…中发现2例…": the street after 在, where the case was found)
        for m in re.finditer(rf"(?=([{_CJK}]{{2,6}}?(?:区|县|市|旗))在?([{_CJK}]{{2,6}}?(?:街道|镇|乡)))", line):
            if m[1] in _divisions()[0] and any(m[2] in p for p in places):  # ("古楼街道" holds 楼: no _sub_ok)
                return m[1]
    return None


# "据万宁市…指挥部消息", "记者从A县…指挥部获悉", "经A区…指挥部研究决定": a news report names the office
# as its source.
# ("经A县…指挥部审定,B小区5栋调整为高风险区": the office that approves the change)
# ("经专家研判和县…指挥部决定": the experts' judgement joined to the office by 和 is no part of its name;
# "经伊犁州、伊宁市疫情防控工作指挥部研判决定": offices of a prefecture and of its county-level city deciding
# together, the last one is the district's)
_JUDGED_AND = r"(?:[^,。;:]{0,8}?(?:研判|研究|分析|评估|会商|论证)(?:和|及|并|、))?"
_ORG_SOURCE = re.compile(rf"(?<=[据从经]){_JUDGED_AND}(?:[{_CJK}]{{2,8}}?(?:州|市|地区|盟)、)?(?P<org>{_ORG_BODY})"
                         r"(?=消息|获悉|了解到|研究决定|研判决定|决定|发布|通报|审定)")
# "…,A区…领导小组研究决定,", "甘肃省B市A区…办公室今天(21日)发布通告": the office that decides or issues, at a
# clause's start in the lead (with a time word before 发布 in a report).
_ORG_DECIDES = re.compile(rf"(?:(?<=[,。:])|^)(?![据从经])(?P<org>{_ORG_BODY})"
                          # ("A市…总指挥部12月4日发布通告": the day written as a date)
                          # ("A区…办公室刚刚发布通告:": a report's "just now")
                          rf"(?=(?:今天|今日|近日|日前|昨天|昨日|刚刚|刚才|(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日)?"
                          r"(?:\(\d{1,2}日\))?"
                          # ("A区…指挥部刚刚连续发布今年第1号、第2号通告": several notices one after another)
                          r"(?:连续|相继|先后|接连|陆续)?"
                          # ("A区…指挥部根据疫情防控形势,经综合研判,…": the office as the subject of the lead)
                          rf"(?:研究决定|决定|发布|根据|依据|按照))")


def _office_district(lines: list[str]) -> str | None:
    """The district of an office named anywhere around the lists, also broken over two lines
    ("杭州市余杭区\n新冠肺炎疫情防控指挥部", "来源:忻州市忻府区…指挥部")."""
    lines = [line for line in lines if not _ADDRESSEES.match(line)]
    for line in [*lines, *(a + b for a, b in zip(lines, lines[1:], strict=False))]:
        for m in [*_ORG_IN_LINE.finditer(line), *_ORG_ANNOUNCING.finditer(line), *_ORG_SOURCE.finditer(line)]:
            district = _issuer_district(m["org"]) if _ORG_KEYWORD.search(m["org"]) else None
            if district:
                return district
    for line in lines:
        # "慈溪市新型冠状病毒感染的肺炎" alone: a signature cut after its first line (a page stored in part), the
        # office's kind lost; the district in front is still the office's
        if (m := _SIGNATURE_CUT.fullmatch(line.strip())) and (district := _issuer_district(m["org"])):
            return district
    return None


def _team_office_district(lines: list[str]) -> str | None:
    """("期间,城西区指挥部成立中高风险区工作专班,…" (西宁, autumn 2022): a district's office at a clause's start
    setting up the team that runs the risk areas, anywhere in the text, when nothing else names a district: the
    areas are that district's, as a title's district is (1435); the office must be a district's by
    ``_issuer_district``."""
    for line in lines:
        for m in _ORG_TEAM.finditer(_compact(line)):
            if district := _issuer_district(m["org"]):
                return district
    return None


_ORG_TEAM = re.compile(rf"(?:^|(?<=[,。;:]))(?:期间|同时|随后|其间)?,?(?P<org>[{_CJK}]{{2,8}}?(?:区|县|旗|市)"
                      rf"(?:疫情防控|新冠肺炎疫情防控|防控)?(?:工作)?(?:领导小组|指挥部))"
                      r"(?=(?:第一时间|迅速|立即)?(?:成立|组建)[^,。;]{0,16}?(?:工作专班|专班|工作组))")


# "经专家研判和区新冠肺炎疫情防控指挥部研究" (重庆, late 2022): the notice's own office spoken of by its kind alone
# (区 / 县 / 旗, after a conjunction or a clause's start), and "执行A区新型冠状病毒肺炎疫情防控指挥部《…》" in a
# measure: the office of that kind named in full, a known division.
_OFFICE_TAIL = (r"(?:新冠肺炎|新型冠状病毒肺炎|新型冠状病毒感染|新冠病毒|新冠)?(?:疫情)?(?:防控|应对)(?:工作)?"
                r"(?:领导小组|指挥部)")
_BARE_OWN_OFFICE = re.compile(rf"(?:^|(?<=[\n,。;:和经由及与]))(?P<kind>区|县|旗){_OFFICE_TAIL}")
_KIND_OFFICE = re.compile(rf"(?<=[{_CJK}])(?P<kind>区|县|旗){_OFFICE_TAIL}")


def _bare_office_named_district(lines: list[str]) -> str | None:
    """The one known district of the kind the notice's own office is spoken of by alone ("区…指挥部"), named in
    full before an office of that kind elsewhere in the text ("A区…指挥部"); two such names are no answer."""
    text = "\n".join(_compact(line) for line in lines)
    kinds = {m["kind"] for m in _BARE_OWN_OFFICE.finditer(text)}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    named = set()
    for m in _KIND_OFFICE.finditer(text):
        if m["kind"] != kind:
            continue
        end = m.start() + 1
        start = next((start for start in range(max(0, end - 7), end - 2) if text[start:end] in _divisions()[0]), None)
        name = text[start:end] if start is not None else None
        # (not another division's office the areas come from or people go to, "对来自B区…指挥部通报的风险区域人员";
        # review rv69a)
        if name and not re.search(r"(?:来自|从|赴)$", text[:start]):
            named.add(name)
    return named.pop() if len(named) == 1 else None


# The first line of an office's name broken before its kind: the district, then the disease's name.
_SIGNATURE_CUT = re.compile(rf"(?P<org>[{_CJK}]{{2,16}}?(?:区|县|市|旗))(?:新型冠状病毒感染的?肺炎|新型冠状病毒肺炎"
                            r"|新冠肺炎|新冠病毒|新型冠状病毒)(?:疫情)?(?:防控|防治)?(?:工作)?")


# "解除全旗静默管理", "确需离开我旗的" … "按照《察右后旗复工复产工作方案》要求": a county's or banner's own notice
# speaks of itself as 我旗 / 全县 / 本县 and names itself once, in full or short (a document's title in 《》, a
# clause's start); 区 and 市 are left out ("我区" is also an autonomous region's, "我市" a prefecture's).
# (a county's notice may say 县 alone for its own: "(三)县内…的人员可正常流动", "由县疫情防控指挥部审批")
_SELF_KIND = re.compile(r"(?:我|本|全)(?P<kind>旗|县)(?![城委长])"
                        r"|(?:^|(?<=[\n,。;:)由经向]))(?P<bare>县|旗)(?=内|域内|疫情|新冠|应对|防控|指挥部)")
_VERB_BEFORE_NAME = re.compile(r"^[将对把在由经从于为]")
_NOT_OWN_NAME = re.compile(r"^(?:我|本|全|各|该|外|邻|其他|周边|所在|所属|相关|根据|据|来自)")


def _self_named_district(lines: list[str]) -> str | None:
    """The one county or banner a notice that speaks of 我旗 / 全县 names (a known division anywhere, another name
    of that kind after a bracket, 《 or a clause's start), else None; two names of the kind are no answer."""
    text = "\n".join(lines)
    kinds = {m["kind"] or m["bare"] for m in _SELF_KIND.finditer(text)}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    named: set[str] = set()
    known: set[str] = set()
    for m in re.finditer(kind, text):
        end = m.end()
        # (a known county of two characters too, "据夏县…": the report's 据 is no part of a name)
        for start in range(max(0, end - 8), end - 1):
            name = text[start:end]
            if not re.fullmatch(rf"[{_CJK}]+", name) or _NOT_OWN_NAME.match(name):
                continue
            if _VERB_BEFORE_NAME.match(name) and name not in _divisions()[0]:
                continue  # "将清徐县A小区划为…": the verb before the name is no part of it (将乐县 is a county)
            bounded = start == 0 or not re.match(rf"[{_CJK}]", text[start - 1])
            if name in _divisions()[0] or (bounded and len(name) > 2 and _district_ok(name, strict=True)):
                named.add(name)
                if name in _divisions()[0]:
                    known.add(name)
                break
    # (one known county against a name only shaped like one, "南重县职业中学" in a copy's misread bounds: the known)
    if len(known) == 1:
        return known.pop()
    return named.pop() if len(named) == 1 else None


# "…向全区人民公开通报高新区防控情况": a development zone's office speaks of its own zone (我区 / 全区) and names it by
# its kind, bare ("高新区", "经开区") or after its prefecture city ("A高新区")
_OWN_ZONE_SPOKEN = re.compile(r"(?:我|本|全)区(?![城委长域内])")
_ZONE_NAMED = re.compile(r"经济技术开发区|高新技术产业开发区|高新区|经开区")


def _own_zone_district(lines: list[str]) -> str | None:
    """The one development zone a notice that speaks of 我区 / 全区 names, as named; two names are no answer."""
    text = "\n".join(lines)
    if not _OWN_ZONE_SPOKEN.search(text):
        return None
    names = set()
    for m in _ZONE_NAMED.finditer(text):
        city = next((text[m.start() - n:m.start()] for n in (4, 3, 2)
                     if text[max(0, m.start() - n):m.start()] in _divisions()[1]), "")
        names.add(city + m[0])
    return names.pop() if len(names) == 1 else None


# "居民在临时管控期间非必要不离界、非必要不外出" (界首市, autumn 2022): a county-level division's one-character short
# name after "不离" (not to leave it), the notice's own division when it is the first character of exactly one
# county-level division and of no prefecture city, municipality or province (京, 沪, 苏, 宁, …: their short names),
# and the notice speaks of its own division of that kind (我市, 全市, 本市 for a 市).
_LEFT_SHORT = re.compile(r"不离(?:开)?(?P<short>[\u4e00-\u9fff])(?=[、,。;”\"’)]|$)")
_REGION_SHORTS = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀贵黔云滇陕秦甘陇青宁新藏桂蒙港澳台"
# (nor a prefecture city's short name that is not its first character, "不离邕" (南宁), "不离榕" (福州), nor a plain
# word, "党员干部不离岗", "不离家", "不离校": a county beginning with it (邕宁区, 岗巴县) is not meant)
_CITY_SHORTS = "邕榕甬穗蓉筑鹭鹏锡并"
_PLAIN_LEFT = "岗家校位院户城乡村镇区线境市县省"


def _short_left_division(lines: list[str]) -> str | None:
    """The notice's own county-level division named only by its one-character short name after 不离 (see
    _LEFT_SHORT), else None."""
    text = "\n".join(lines)
    districts, cities = _divisions()
    found = set()
    for m in _LEFT_SHORT.finditer(text):
        short = m["short"]
        if short in _REGION_SHORTS + _CITY_SHORTS + _PLAIN_LEFT or any(city.startswith(short) for city in cities):
            return None
        named = [d for d in districts if d.startswith(short)]
        if len(named) != 1 or not re.search(rf"(?:我|全|本){named[0][-1]}", text):
            return None
        found.add(named[0])
    return found.pop() if len(found) == 1 else None


def _only_named_division(lines: list[str], places: list[str]) -> str | None:
    """The one county-level division a notice names, when nothing says whose it is otherwise and it names it more than
    once: a county's or county-level city's notice copied without its title and signature still speaks of itself
    ("根据A州疫情防控形势…A州市防外溢管控措施延长4天", "倡导非必要不离开B区…B区域餐饮场所取消堂食"; the name short or in
    full). Not a name written once (an appeal to follow another office's reports, a case found elsewhere), two
    names, a name inside a place ("金新城北区" holds 城北区, "C市D科技有限公司") or a town's ("E县镇"); written once it
    is the notice's own where it holds the rest of the areas ("F市除高风险区以外的区域为低风险区")."""
    text = "\n".join(lines)
    named = {d for d in _divisions()[0] if d in text}
    named = {d for d in named if not any(d != other and d in other for other in named)}  # "A区" in "B市A区"
    if len(named) != 1:
        return None
    name = named.pop()
    short = name[:-1] if len(name) > 2 and name[-1] in "区县市旗" else name
    # (once is enough where the name holds the rest of the areas, low: "A市除高风险区以外的区域为低风险区", "A县其他区域
    # 为低风险区": only the notice's own district is the rest of its list)
    own_rest = re.search(rf"{re.escape(name)}(?:范围内|全域|域内|辖区内?)?(?:除|其他|其余|其它)[^,;。:\n]{{0,30}}?"
                         r"(?:为|划为|调整为|划定为|降为)低风险", text)
    # (once is enough where the name is the office of a document the notice carries out, "按照《A市B区新型冠状病毒
    # 疫情防控指挥部关于…的通告》持续做好…": a county-level office's notice follows its own office's orders)
    own_office = re.search(rf"(?:按照|根据|依照|依据|落实|执行)《(?:[{_CJK}]{{2,7}}(?:省|市))?{re.escape(name)}"
                           rf"[^《》]{{0,30}}?(?:指挥部|领导小组|人民政府|工作组)", text)
    if any(name in place for place in places) or re.search(rf"{re.escape(name)}(?:镇|乡|街道|村)", text) \
            or (text.count(short) < 2 and not own_rest and not own_office and not _own_bare_office(name, text)
                and not _own_rest_under_low(name, text)):
        return None
    return name


def _own_rest_under_low(name: str, text: str) -> bool:
    """ "二、低风险区" over "A市除中风险区外的其他区域。" (泉州, summer 2022): the rest of the division listed as
    the item of a low (or precaution) heading, no verb; only the notice's own division is the rest of its list:
    once is enough, as "A市除…以外的区域为低风险区" is."""
    return bool(re.search(rf"(?:低风险(?:地区|区域|区)|防范区)(?:\(?\d{{1,3}}个\)?)?:?[ \t]*\n[ \t]*"
                          rf"(?:{_ENUM.pattern})?[ \t]*{re.escape(name)}(?:范围内|全域|域内|辖区内?)?"
                          rf"(?:除|其他|其余|其它)[^,;。:\n]{{0,30}}?"
                          r"(?:区域|地区|范围)[。;]?[ \t]*(?:\n|$)", text))


def _own_bare_office(name: str, text: str) -> bool:
    """ "经区疫情防控工作领导小组办公室研究决定,…调整全区…" over "所有人员不进出A矿区": a notice whose office names
    itself by its kind alone (区 / 县 / 旗, no name) and speaks of its whole (全区) names its own division once, a
    division of that kind (a measure that closes its bounds): once is enough."""
    kind = name[-1]
    if kind not in "区县旗":
        return False
    bare = re.search(rf"(?:^|(?<=[\n,。;:由经向]))(?:{kind})(?=疫情|新冠|应对|防控|指挥部|联防联控)", text)
    return bool(bare) and f"全{kind}" in text


def _issuer_district(issuer: str) -> str | None:
    """The district of a district office ("北京市朝阳区…领导小组办公室" gives 朝阳区)."""
    # ("中共汶上县委统筹疫情防控…领导小组办公室": the Party's committee of the county, 中共 no part of its name)
    issuer = re.sub(r"^(?:中共|中国共产党)", "", issuer)
    # "德州经济技术开发区…办公室": a prefecture city's development zone by its kind alone (a zone the divisions' list
    # has not, or no longer has, as a county-level division), the office's district as it names it
    # (before the pattern below, which would take the bare kind "经济开发区" after "A市" for the district)
    front = re.sub(rf"^(?:{_PROVINCE}|[{_CJK}]{{2,7}}?(?:省|自治区))", "", issuer)
    m = re.match(rf"([{_CJK}]{{2,4}}?)市?(?:经济技术|经济|高新技术产业|高新技术)开发区", front)
    if m and m[1] in _divisions()[1]:
        return m[0]
    # "西咸新区沣东新城疫情防控指挥部": a new area's 新城 with an office of its own (its streets its own) is the
    # office's district, not the new area around it (before the pattern below, which would take the 新区)
    m = re.match(rf"(?:{_PROVINCE}|[{_CJK}]{{2,7}}?(?:省|自治区))?(?:[{_CJK}]{{2,4}}?市)?[{_CJK}]{{2,4}}?新区"
                 rf"([{_CJK}]{{2}}新城)(?=疫情|防控|新冠|新型|应对|指挥部|管委会|管理委员会)", issuer)
    if m:
        return m[1]
    # ("内蒙古包头市九原区…指挥部": a province may be written without 省 / 自治区)
    m = re.match(rf"(?:{_PROVINCE}|[{_CJK}]{{2,7}}?(?:省|自治区))?(?:[{_CJK}]{{2,4}}?市)?"
                 rf"([{_CJK}]{{2,6}}?(?:新区|区|县|旗))", issuer)
    # ("曹县县委统筹疫情防控…领导小组": a two-character county's Party committee, 县委, no part of its name)
    if m and m[1][-1] == m[1][-2] and issuer.startswith("委", m.end()) and m[1][:-1] in _divisions()[0]:
        return m[1][:-1]
    if m and _district_ok(m[1]):
        return m[1]
    # "郑州经济技术开发区…指挥部办公室": a development zone with district powers, its name too long for the pattern
    # above; taken when the office starts with a known zone (the longest one), maybe after its province
    for end in range(min(len(front), 16), 6, -1):
        if _LONG_DISTRICT.search(front[:end]) and front[:end] in _divisions()[0]:
            return front[:end]
    # "阳泉市城区…领导小组办公室": a two-character district ("城区", "郊区", "矿区") is a word anywhere else; after
    # the name of its own city it is the office's district
    m = re.match(rf"(?:{_PROVINCE}|[{_CJK}]{{2,7}}?(?:省|自治区))?([{_CJK}]{{2,4}}?)市([{_CJK}]区)", issuer)
    if m and (m[1], m[2]) in _city_short_districts():
        return m[2]
    m = re.match(rf"(?:[{_CJK}]{{2,7}}?(?:省|自治区))?(?:[{_CJK}]{{2,4}}?市)?([{_CJK}]县)", issuer)
    if m and m[1] in _divisions()[0]:
        return m[1]  # "杞县…指挥部": a county of two characters
    # "格尔木市…指挥部": the office of a county-level city (a known division) is its district's
    # ("辽宁大连庄河市…指挥部": its prefecture city written without 市 in front)
    m = re.match(rf"(?:{_PROVINCE}|[{_CJK}]{{2,7}}?(?:省|自治区))?([{_CJK}]{{2,6}}?市)", issuer)
    return (m[1] if m[1] in _divisions()[0] else _known_or_none(_without_city(m[1]))) if m else None


def _known_or_none(name: str) -> str | None:
    return name if name in _divisions()[0] else None


# "自2020年2月4日上午10:00起,我县对A区域全面实施封闭管理。封闭管理实施以来,…。自2020年2月20日8:00起,解除对A区域的…":
# a lift's notice recalls when the measure began (its time since, "以来", told after it), then when the lift takes
# effect; the recalled start is not the notice's.
_SINCE = re.compile(r"(?:实施|实行|管理|管控|封控|封闭)以来")


def _recalled_start(sentences: list[str]) -> int | None:
    """The index of the first sentence with a start ("自…起") when it only recalls a measure begun earlier: no
    lift in it, its time since told after it, and a later sentence lifting from a start of its own."""
    starts = [k for k, sentence in enumerate(sentences) if any(is_start for _when, is_start in _dates_in(sentence))]
    if len(starts) < 2 or "解除" in sentences[starts[0]]:
        return None
    first = starts[0]
    if not any(_SINCE.search(sentence) for sentence in sentences[first + 1:]):
        return None
    return first if any("解除" in sentences[k] for k in starts[1:]) else None


def _dates_of(region: list[str]) -> tuple[_Date | None, _Date | None, bool, list[_Date]]:
    """Published date (one in a sentence that reports the notice), effective date ("自…起"),
    whether it takes effect at once ("即日起"), and the other dates of the lead text."""
    published: _Date | None = None
    effective: _Date | None = None
    now = False
    others: list[_Date] = []
    sentences = [sentence for line in region for sentence in line.split("。")]
    recalled = _recalled_start(sentences)
    for k, sentence in enumerate(sentences):
        dates = _dates_in(sentence)
        if effective is None and not now and k != recalled:
            immediate = _EFFECTIVE_NOW.search(sentence)
            starts = [when for when, is_start in dates if is_start]
            if immediate and (not starts or immediate.start() < sentence.find("起")):
                now = True
            elif starts:
                effective = starts[0]
        plain = [when for when, is_start in dates if not is_start]
        if published is None and plain and re.search(r"发布|通告|公告|印发|公布", sentence):
            published = plain[0]
        others.extend(plain)
    return published, effective, now, others


def _resolve_year(when: _Date, reference: _Date | None, default_year: int | None) -> int | None:
    if when.year:
        return when.year
    if reference and reference.year:
        year = reference.year
        if when.month - reference.month > 6:  # a December date in a January notice
            year -= 1
        elif reference.month - when.month > 6:
            year += 1
        return year
    return default_year


# ---------------------------------------------------------------------------------------------------
# public API


_LABEL_ORDINAL = r"(?:[一二三四五六七八九十\d]{1,3}|\([一二三四五六七八九十\d]{1,3}\))?"
