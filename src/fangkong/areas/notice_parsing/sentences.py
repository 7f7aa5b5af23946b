"""Sentences that carry their places inside ("将A、B调整为低风险区", "对A实行封控管理")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from fangkong.areas.notice_parsing.divisions import _district_ok, _divisions, _site_area
from fangkong.areas.notice_parsing.places import (
    _BOUND_PART,
    _BOUND_RUN,
    _EXCEPTION_NOTE,
    _RESIDENTS_OF,
    _STREET_FIRST,
    _comma_items,
    _complete_place,
    _counted_object,
    _described_class,
    _district_items,
    _district_runs,
    _division_from_hour,
    _division_only,
    _front_district,
    _is_boilerplate,
    _object_ok,
    _semicolon_items,
    _split_enclosed,
    _strip_enum,
    _unclosed,
    _unit_run_items,
    _whole_division,
    _without_summary,
)
from fangkong.areas.notice_parsing.terms import (
    _AREA_COUNT,
    _CJK,
    _CN_NUM,
    _COUNT,
    _DATE_RE,
    _DIST_SUFFIX,
    _LEVEL,
    _LEVEL_GRADE,
    _LEVEL_RE,
    _ORG_SUFFIX,
    _RANK,
    _REPORT_SAYS,
    _SUMMARY_KIND,
    _TARGET_RE,
    _TARGET_VERB,
    _cn_int,
    _compact,
    _level_name,
    _top_level_seps,
)

# "由新冠肺炎疫情防控中风险地区调整为低风险地区": the disease and the prevention named before the level left.
_FROM_SCALE = r"(?:(?:新冠肺炎|新型冠状病毒肺炎|新冠病毒|新冠)?疫情(?:防控)?(?:风险等级)?的?)?"
# ("A和B由按照封控区管理降为管控区管理": the level left, as the management the places were under)
_FROM_MANAGED = r"(?:按照?)?"
_FROM_RE = re.compile(rf"(?:由|从){_FROM_MANAGED}{_FROM_SCALE}(?P<level>{_LEVEL})")
_LIFT_RE = re.compile(r"解除|解封|撤销|取消")
# "解除封控" names the sealed level without saying 封控区.
_LIFTED_RE = re.compile(rf"(?:解除|撤销|取消)(?:以下区域|以下|下列区域|该区域)?的?(?P<level>{_LEVEL}|封控)")
# "高风险区(3个)", "3个高风险区", "解除管控区名单(3个)": the total a heading states.
_TOTAL_RE = re.compile(
    rf"{_LEVEL}(?:名单|清单|名录|范围)?\(?(?:共|计|共计|合计)?(?P<a>\d{{1,4}}|[{_CN_NUM}]{{1,5}})[个处]"
    rf"|(?P<b>\d{{1,4}}|[{_CN_NUM}]{{1,5}})[个处]{_LEVEL}"
    # "划定以下3个区域为高风险区:", "将下列4个地点调整为中风险区": the count of the areas the pointer points to
    rf"|(?:以下|下列)(?P<c>\d{{1,4}}|[{_CN_NUM}]{{1,5}})[个处](?:区域|地区|地点|场所|点位)(?=由|为|{_TARGET_VERB})"
)


# ---------------------------------------------------------------------------------------------------
# headings


@dataclass
class _Heading:
    action: str
    level_from: str | None
    level_to: str | None
    total: int | None
    district: str | None
    text: str
    rest: str = ""


def _analyze(text: str) -> tuple[str, str | None, str | None]:
    """Action, level_from, level_to of a heading or sentence."""
    target = _TARGET_RE.search(text)
    lift = _LIFT_RE.search(text)
    levels = list(_LEVEL_RE.finditer(text))
    if "新增" in text and not lift:
        to = target["level"] if target else (levels[0].group() if levels else None)
        return "add", None, _level_name(to) if to else None
    if target:
        to = _level_name(target["level"])
        origin = _FROM_RE.search(text) or _LIFTED_RE.search(text)
        before = [m for m in levels if m.end() <= target.start()]
        frm = origin["level"] if origin else (before[-1].group() if before else None)
        level_from = _level_name(frm) if frm else None
        if level_from:
            diff = _RANK[to] - _RANK[level_from]
            return ("upgrade" if diff > 0 else "downgrade" if diff < 0 else "set"), level_from, to
        verb = target["verb"]
        if verb.startswith(("降", "下调", "调降")):
            return "downgrade", None, to
        if verb.startswith(("升", "上调", "调升")):
            return "upgrade", None, to
        if verb.startswith(("调整", "转", "改", "变更")):
            return ("downgrade" if _RANK[to] == 1 else "upgrade" if _RANK[to] == 3 else "set"), None, to
        return "set", None, to
    if lift:
        lifted = _LIFTED_RE.search(text)
        if lifted:
            return "lift", _level_name(lifted["level"]), None
        after = [m for m in levels if m.start() >= lift.start()] or levels
        return "lift", _level_name(after[0].group()) if after else None, None
    if downgraded := _downgraded_unnamed(text):
        return downgraded
    return "set", None, _level_name(levels[0].group()) if levels else None


# "一、高风险区降级39处:" (西宁, autumn 2022) over its places: the level's areas downgraded, the level they go to not
# named (no "降级为X"); they leave the level: read as a lift of it (invented: "二、中风险区下调5处:"). (Not "降级为",
# "降为中风险区": a level named after the verb is the target's form, read before this.)
_DOWNGRADED_UNNAMED = re.compile(rf"(?P<level>{_LEVEL})(?:降级|下调|调降|降低等级)(?![为至成]|{_LEVEL}|[高中低]风险)"
                                 rf"(?:[\d{_CN_NUM}]{{1,4}}[个处]|\(|:|$)")


def _downgraded_unnamed(text: str) -> tuple[str, str | None, str | None] | None:
    m = _DOWNGRADED_UNNAMED.search(text)
    return ("lift", _level_name(m["level"]), None) if m else None


# (a county of one character and 县 too: "二、勉县新增划定高风险区(2个)")
# ("二、甲区新划定的高风险区(4)": 新划定, newly drawn, after the district as 新增)
# (a district with its other name in brackets: "调整后阳江滨海新区(阳江高新区)现有4个高风险区")
_HEADING_DISTRICT = re.compile(rf"(?![在于对])([{_CJK}]县|[{_CJK}]{{2,14}}?{_DIST_SUFFIX})"
                               rf"(?P<alias>\([{_CJK}]{{2,8}}(?:区|县|市)\))?"
                               rf"(?=新增|新划定|新划为|现有|有|决定|解除|解封|调整|将|以下|降|升|划|所辖|在|[高中低]风险|封控|管控|防范"
                               # ("秀英区的管控区包括:": the district's 的 before its level, 海口 2022)
                               r"|的(?:[高中低]风险|封控|管控|防范)"
                               # ("麒麟区静默管理区域包括:A,B": a silent level's heading names its district so too)
                               r"|(?:临时性?)?静默管理|(?:临时性?)?静态管理)")
# ("甲于区新增高风险区1个": a known district whose name starts with 于 / 在 / 对 (于洪区, 于都县) is the district all
# the same; only a known name so read, "于A区新增…" (at A) keeps the rule above)
_HEADING_KNOWN_DISTRICT = re.compile(_HEADING_DISTRICT.pattern.removeprefix("(?![在于对])"))


def _heading_district(text: str) -> str | None:
    """ "小店区新增高风险区…", "…,将海珠区以下区域调整为高风险区", "调整后高新区有高风险区6个" name the
    district of the whole list."""
    starts = [0, *(i + 1 for i, ch in enumerate(text) if ch in ",将对在后")]
    for start in starts:
        m = _HEADING_DISTRICT.match(text, start)
        if not m and (known := _HEADING_KNOWN_DISTRICT.match(text, start)) and known[1] in _divisions()[0]:
            m = known
        # (not "现有市区管控区域如下": 现有 (now there are) and 市区 (the city's urban area) name no district)
        if m and _district_ok(m[1]) and not m[1].startswith(("现有", "目前", "当前")):
            if m[1].startswith("关于") and _district_ok(m[1][2:]):
                return m[1][2:]  # "关于化州市划定…的通告": the title's 关于 is no part of the district
            cut = max(m[1].rfind("将"), m[1].rfind("起"))
            if cut >= 0 and m[1] not in _divisions()[0] and _district_ok(m[1][cut + 1:]):
                return m[1][cut + 1:]  # "将金川区…", "即日起将离石区以下…" (but 将乐县 is a county)
            return m[1] + (m["alias"] or "")
    return None


def _total(text: str) -> int | None:
    m = _TOTAL_RE.search(text)
    return _cn_int(m["a"] or m["b"] or m["c"]) if m else None


# Sentence style with the places inside: "将A小区、B小区调整为低风险区。", "A、B由中风险地区调整为高风险
# 地区", "确定A为封控区;B为管控区", "A、B仍为防范区". The object runs back from the verb to the nearest
# 将 / 把 / 确定 / colon / "…起," / the end of the previous target / the start of the line.
# "…、郭营村8队新增为高风险区", "新划为", "新增列入": the 新(增) goes with the verb, not with the last place.
# How a lift proceeds, before its verb: "有序解除", "全县分区分级解除管控措施" (by zones and grades), "分批解除";
# the words are no part of the object. ("解除部分区域…", "将部分区域解除…": 部分, some, owns its 分; the areas left
# unnamed, no place)
# ("分期分片区解除": by phases and by areas, 海南 2022)
_LIFT_MANNER = r"(?:有序|全面|逐步|(?<!部)分(?:区分级|区分类|区域|批次?|阶段|步骤?|期|片区?))*"
# ("新增A、B为新冠肺炎疫情风险等级低风险地区": the disease and "风险等级" (risk grade) named before the level)
# ("将A区B街道划定为全国新冠肺炎疫情中风险地区" (满洲里, 2020): the country's scale, 全国, before the disease)
_SCALE_NAMED = r"(?:(?:全国)?(?:新冠肺炎|新型冠状病毒肺炎|新冠病毒|新冠)?疫情(?:风险等级)?|风险等级)?"
# ("A小区由中风险区被调整为高风险区": 被 after the level left, as "A小区被由中风险区调整为…")
_SENTENCE_TARGET = re.compile(rf"(?:由{_FROM_MANAGED}{_FROM_SCALE}{_LEVEL}(?:管理)?被?)?(?:(?:新增|新(?=[划列纳]))?"
                              rf"(?:{_TARGET_VERB}|为|列入|纳入|划入|实行|实施|(?:继续|仍然|仍)?(?:保持|维持)为?"
                              # "A村、B村,继续按封控区管理": the places keep their level
                              rf"|(?:继续|仍然|仍|依然)(?:按照?|执行|参照)"
                              # ("沙头街道(高风险区除外)继续低风险区管控" (深圳, late 2022): the verb left out
                              # before the level and its 管控 / 管理; not of people, "群众继续低风险区管控要求")
                              rf"|(?<!人员)(?<!人群)(?<!群众)(?<!居民)(?:继续|仍然|仍|依然)"
                              rf"(?={_SCALE_NAMED}{_LEVEL}(?:管控|管理))"
                              # "A镇镇直及B村参照防范区管理": managed as the level (参照 / 比照, then 管理)
                              rf"|(?<!人员)(?<!人群)(?:参照|比照)(?={_SCALE_NAMED}{_LEVEL}(?:管理|管控))"
                              # "A镇其他区域临时按照管控区管理": managed as the level for the time being
                              rf"|(?<!人员)(?<!人群)(?:临时|暂时?)按照?(?={_SCALE_NAMED}{_LEVEL}(?:管理|管控))"
                              rf"|(?P<lift>{_LIFT_MANNER}解除)){_SCALE_NAMED}(?(lift)|(?:(?<=为)(?:新增|新划定|新确定)的?)?{_LEVEL_GRADE})(?P<level>{_LEVEL})"
                              # ("解除封控区、管控区以外A镇内其他区域防范管理": levels that open the lift's object, the
                              # exception of a rest, are not what it lifts)
                              r"(?(lift)(?![^,;。:]{0,12}?(?:以外|之外)))"
                              # ("将A解除临时性管控措施": a temporary control lifted, the same form)
                              rf"|(?P<lift2>{_LIFT_MANNER}解除)(?:临时性?)?(?P<managed>封控|管控|防范)"
                              # "对A解除封控、管控。": the levels alone, ending the clause
                              # (not "A封控区解除封控,由封控区调整为防范区": the change follows, it names the level)
                              rf"(?:管理|措施(?=[,;。]|$)|(?:、(?:封控|管控|防范)区?)+(?:管理|措施)?(?=[,;。]|$)|(?=[,;。]|$))(?!,由))")
# The clause after a lift that names where the places go: ",与海州区(除高风险地区以外)其他区域同为低风险区",
# ",调整为低风险区", ",均降为防范区" (no object of its own: at most "与…" the places share the level with).
# (",解除管控区管理,转为防范区管理": the lift's 管理 before the comma)
# (",并调整为低风险区": 并 / 同时 joining the clause to the lift)
# (",解除封控区管理措施,转为管控区": 管理措施 both)
_LIFT_THEN = re.compile(rf"(?:管理措施|管理|措施)?,(?:并且?|同时|并同时)?(?:与[^,;。:]{{1,40}}?)?"
                        # (",全镇域调整为防范区": the lifted towns' whole territory, the places themselves)
                        rf"(?:全[镇乡]域)?"
                        rf"(?:同|均|一并|统一|全部|一同|共同)?"
                        # (",继续纳入管控区管理": the level the places keep after the lift)
                        rf"(?:继续)?"
                        # (",由高风险区降为低风险区": the level the lift leaves, said again before the verb)
                        rf"(?:由{_LEVEL})?"
                        # (",纳入管控区管理", ",转入防范区", ",按管控区管理": the level the places are put under)
                        rf"(?:{_TARGET_VERB}|为|纳入|列入|转入|划入|按照?(?={_LEVEL}(?:管理|管控)))(?P<level>{_LEVEL})")
# (",按低风险区域管理": managed as low, the level every place not named at a level has)
_MANAGED_AS_LOW = re.compile(r",(?:并且?|同时|并同时)?(?:统一|全部|一律)?按照?低风险(?:区域|地区|区)$")
# "对A小区(封控区),对B区(管控区),对C区、D县等8个防范区解除封控、管控": clauses of a lift, each object with its
# level in brackets, in front of the last one
# "划定为高风险区和低风险区二类区域", "划分为封控区、管控区、防范区": several levels after the verb divide the
# object into areas of those levels; the object itself gets none of them.
_DIVIDED_INTO = re.compile(rf"(?:[、和及与]|以及)(?:{_LEVEL}|[高中低]风险|封控|管控|防范)")
_LIFT_CHAIN = re.compile(rf"(?:(?<=[,:])|^)(?:对[^,;。]+?\({_LEVEL}\),)+$")
_LIFT_CLAUSE = re.compile(rf"对(?P<obj>[^,;。]+?)\((?P<level>{_LEVEL})\),")
# "A小区(封控区)": the level the place leaves; "B村(封控区9)", "C社区(管控区第3号)": with the area's number under its
# level, no part of the place either
_LEVEL_NOTES = re.compile(rf"\((?:{_LEVEL})(?:第?[\d{_CN_NUM}]{{1,4}}号?)?\)(?=[、,;]|$)")
_LEVEL_NOTE = re.compile(rf"\((?P<level>{_LEVEL})(?:第?[\d{_CN_NUM}]{{1,4}}号?)?\)$")
# (not a colon before bounds: "对A广场:北至B路、东至C路;D小区:…解除防范区管理" lists places with their bounds)
# (not a stretch's start: "A商业街东起B路西至C路的两侧门面房" is one place, its 起 starts no object)
# ("经研判,决定划定A为高风险区", "新划定A为…": 划定 after 决定 or with 新 starts the object too)
# "A小区、B大厦划为管控区,其中C路1号、B大厦第13层划为封控区": 其中 (among them) after the comma opens the next
# clause's object, places named by themselves inside the ones before (not a bare building, "其中3号楼…", whose
# compound normalizing names; nor a count, "其中14个为封控区")
_AMONG_START = (r"|(?<=,)其中(?!第?[\dA-Za-z一二三四五六七八九十两]{1,4}(?:号楼|栋|幢|座|号院|个|处))"
                r"(?=[^\W\d_])")
# ("…起,A街道将军桥社区B小区、将军路C房…调整为低风险区": 将军, a general, names roads, bridges and villages; the 将
# of "将军" right before the kind of a road, bridge, village or community opens no object (but "将军山街道A社区…" is
# 将 before 军山街道, a street of that name: 将军 before a name's other words is read as the verb still)
_OBJECT_START = re.compile(r"将(?!军(?:路|街|大街|大道|巷|桥|村|社区))|把|确定"
                           r"|(?:^|(?<=[,:])|(?<=决定))(?:新增|新)?划定(?!的)|目前,|现有"
                           # ("记者获悉,甲市已划定乙区A、B为封控区" (a report): the city (district) that draws the
                           # areas, the subject of 划定 at a clause's start, no part of the first place)
                           # (a district named …园区, "梁园区划定A为…", "绿园区划定…": 园区 right before the verb)
                           r"|(?:^|(?<=[,:]))(?:(?!风险|封控|管控|防范|小区|社区|园区(?!(?:已|现|今天|今日|也)?(?:新增|新)?划定))"
                           r"[\u4e00-\u9fff]){1,8}?[市区县旗]"
                           r"(?:已|现|今天|今日|也)?(?:新增|新)?划定(?![的为])"
                           r"|:(?![东南西北]{1,2}至)"
                           # (起 with no comma after only after a time's last word, "…0时起将A…", "即日起", "今起",
                           # "自本通告下发起A小区…", "自凌晨起…", "自此起…", "自解封起…": not the 起 inside a name,
                           # "A栋、凤起小区131号等7个高风险区调整为低风险区")
                           r"|(?<![东南西北])起,|(?<=[日时時分秒点點刻今天晚早明即现号布在周月年\d\s)发發出晨午夜此封])起(?=[^\d,])"
                           r"|调整后,|此外,"
                           # ("近日,A区卫健委发布通告,称B小区调整为低风险区" (a report): the office and the notice
                           # it issued, then what it says; the places start after its comma or 称. Not a notice named
                           # by its title, "发布关于A的通告,…", whose report restates what the text below holds; nor
                           # a vague subject after it, "发布公告称,多地调整为高风险地区")
                           r"|(?:发布|发出|印发)了?(?:(?!关于)[^,;。:《》]){0,30}?(?:通告|公告|通报|通知|消息)"
                           r"(?:,称|称,?|,)(?!,?(?:多地|多个|部分|相关|有关|以下|下列|一批|若干|一些))"
                           # ("A市从1月29日起分区分级管控调整,同时,B市继续执行高风险地区的管控措施" (河北, 2021):
                           # 同时 set off by commas, at the same time, opens the next clause; the one before names
                           # no place)
                           r"|(?<=[,;])(?:与此)?同时,"
                           # ("…,经A市…指挥部专家组调查后判定,B村、C山庄被划分为管控区": the finding's clause ends the
                           # reasons, however many go before it; the places follow)
                           r"|(?<=[^\W\d_]{2})判定,"
                           # ("通告如下:对A村继续列为封控区": 对 after a colon too, a space maybe between)
                           r"|(?:^|(?<=[,:])|(?<=:[ \t]))对"
                           # ("…,同时对B村解除封控": 对 after 同时 (at the same time) opening the clause; not an
                           # area told only by where it lies, "同时对周边小区解除管控", no place named (rv70b))
                           r"|(?:(?<=[,;、]同时)|(?<=与此同时))对(?=[^\W\d_])"
                           r"(?!周边|周围|附近|邻近|相邻|其余|其他|其它|相关|上述|以上|该|此|其|全|各|所有|本)"
                           # "决定对A实行静默管理", "关于对全县实施临时静默管控的通告": 对 after the verb or 关于
                           r"|(?<=决定|关于)对"
                           # "定于6月8日8时对A全域解除管控措施", "于5月3日对B村解除封控": 对 right after the day
                           # or hour the change takes effect (no comma between). (Not yet after "…起": a report's
                           # lead "自当日20时起对A解除封控" restating the notice below would be read as a list too.)
                           rf"|(?<=[\d{_CN_NUM}][日时点分])对"
                           # "决定在A主城区(B区、C区)自8月18日18时至20日24时实行静默管理": 在 after 决定 as well
                           r"|(?<=决定)在"
                           # "…,中风险市县12个,仅武汉为高风险": the one place of a level, named after 仅 / 只有
                           r"|仅有?(?!限)|只有|唯有"
                           # "…低风险地区14个,经评估,新增A市、B县为低风险地区": 新增 after a clause opens the object of
                           # "为" (the verb in front of its object, no part of the first place)
                           # (also after 现 / a day / 决定: "经研判,现新增A为高风险区", "8月27日新增A为…")
                           r"|(?:^|(?<=,)|(?<=现)|(?<=日)|(?<=今天)|(?<=决定))新增(?=[^,;。:]+$)"
                           # ("新增调整A,B,C为封控区": a reworded copy's list with commas, 新增 opening it all the same,
                           # each piece short, the verb and its level right after the last)
                           r"|(?:^|(?<=,))新增(?:调整)?(?=(?:[^,;。:]{2,30},){1,60}[^,;。:]{2,30}$)"
                           # "一、解除1个高风险区域管控,A村由高风险区降为低风险区": a clause that counts the areas
                           r"|(?:^|(?<=、))(?:解除|撤销|取消|新增|调整)[\d一二三四五六七八九十两]+个"
                           r"(?:[高中低]风险|封控|管控|防范)(?:区域|地区|区)(?:管控|管理)?,"
                           # "二、调整A园区高风险区域范围,A园区除…以外区域由高风险区降为低风险区": what range changes
                           r"|(?:^|(?<=、))(?:调整|缩小|扩大)[^,;。:]{0,20}?(?:[高中低]风险|封控|管控|防范)(?:区域|地区|区)的?范围,"
                           # "三、调整部分高风险区域A小区23栋降为低风险": the clause names what is adjusted
                           r"|^(?:调整|调减|下调)(?:部分|以下|下列)?(?:[高中低]风险|封控|管控|防范)(?:区域|地区|区),?"
                           + _AMONG_START)


# "对甲起县实行静态管理", "将乙县甲将县A小区划为高风险区": a known district whose name holds a word that opens
# an object (将, 起: 将乐县, 吴起县) is one name; the word inside it starts nothing (the object is the whole
# district, not "乐县" or "县"). Only a name found whole around the word counts: "即日起将A…" has none.
def _inside_division(head: str, start: int, end: int) -> bool:
    """Whether head[start:end] lies inside a known district's name written there (but not the whole of it)."""
    districts = _divisions()[0]
    return any(head[a:b] in districts for a in range(max(0, start - 12), start + 1)
               for b in range(max(end, a + 3), min(len(head), a + 16) + 1) if b - a > end - start)


# "增加A村B厝:C路以东、D路以西、E渠以南区域;F小区为封控区": a place's name, then its colon and the bounds of the
# area it names: the colon opens no object (a place "X:bounds" keeps its label, as "X:北至…" does); not a list's
# heading ("具体如下:", "范围为:", "高风险区:")
_LABEL_OF_BOUNDS = re.compile(rf"(?:^|(?<=[,、;:(]))(?:增加|新增)?(?P<name>[{_CJK}]{{2,14}})$")
_NOT_LABEL_OF_BOUNDS = re.compile(r"如下|具体|分别|包括|范围|区域|名单|以下|下列|通告|公告|风险|封控|管控|防范"
                                  r"|静默|静态|[为是含]$")


def _label_of_bounds(head: str, colon: int) -> bool:
    m = _LABEL_OF_BOUNDS.search(head, 0, colon)
    return bool(m) and not _NOT_LABEL_OF_BOUNDS.search(m["name"])


# (the district as the whole subject before 将 / 把: "北辰区将A划定为封控区", "B县现将C小区…")
_DIVISION_SUBJECT = re.compile(r"(?:^|(?<=[,:;。]))(?P<name>[^,:;。]{2,10}?)(?:已|现|今天|今日|也|决定)?$")
# (the district at the start of "东丽区划定A为封控区", an object start of _OBJECT_START)
_DRAWING_DIVISION = re.compile(r"(?P<name>[^,:;。]{2,10}?)(?:已|现|今天|今日|也)?(?:新增|新)?划定")


# "1.A路以北,B小区以东合围区域:调整为中风险区", "C村:由高风险区调整为低风险区": a place, its colon, then the verb
# right after it (nothing between): the colon sets the place off from what is done to it and opens no object (not a
# list's heading, "具体如下:", "以下区域:", "高风险区:", whose list follows)
_HEADING_BEFORE_COLON = re.compile(r"(?:如下|具体|分别|包括|名单|以下|下列|通告|公告|范围|调整|[为是含有]"
                                   r"|(?:风险|封控|管控|防范)(?:区域|地区|区)?)$")


def _place_colon_before_verb(head: str, colon: int, end: int) -> bool:
    """Whether the colon at head[colon] ends a place the verb right after it acts on."""
    label = re.split(r"[,;:。]", head[:colon])[-1].strip()
    return not head[end:].strip() and len(label) >= 2 and not _HEADING_BEFORE_COLON.search(label)


# (the level left, then 被: "A小区在1月1日由中风险区被调整为…", passive as with 被 before 由)
_PASSIVE_AFTER_FROM = re.compile(r"由[^被]*?被")
# (history still: a day in its clause before 由 or 曾 (once) right before it, "A小区于3月1日由…被调整为…",
# "A小区曾由…"; or a clause of what is set now after it, "…被调整为高风险区(3月1日),现调整为低风险区")
# (",11月10日解除。", ",现解除管控。": a lift with no object after a change told as history, of its place)
_LIFTED_AFTER_TOLD = re.compile(r"\s*[,;]\s*(?:现已|现|已|(?:于|自)?(?:\d{4}年)?\d{1,2}月\d{1,2}日"
                                r"(?:\d{1,2}(?:时|点)(?:\d{1,2}分)?)?起?,?)(?:已|予以|正式|全面)?(?:解除|解封|解控)"
                                r"(?:封控|管控|防范|管理|措施|风险区|区)*[。;]?\s*")
_PASSIVE_PAST_BEFORE = re.compile(r"\d+月\d+日|曾经?$")
_NOW_AFTER = re.compile(r"[^,;。,;]{0,12}?[,;,;]\s*现")
# (the clause of 现 itself, its verb next, no object: ",现调整为低风险区", ",现将其调整为…")
# (or a reason between 现 and the verb, read as the clause's object: ",现已连续7天无新增,调整为…", ",现经专家研判,调整
# 为…"; review rv71b)
_NOW_CLAUSE = re.compile(r"(?:\s*\([^()]{0,12}\))?\s*[,;,;]\s*现(?:已|决定|予以|将其|将)?\s*"
                         r"(?:(?:经|连续|无|满|符合|达到|根据)[^,;。,;()]{1,20}[,;,;]\s*)?")
# "A小区、B路1号,以上区域由中风险区调整为低风险区": a list, then the clause that refers back to it before the
# verb ("上述3个地点", "以上点位的风险等级均"); the list is the object.
# (the places named, then 等 and a count of the level's areas; a list after it, in its sentence)
_SOME_OF_LEVEL = re.compile(rf"等(?:共计|共|计)?[\d{_CN_NUM}]{{1,4}}[个处](?:临时|原有|原)?(?P<lv>{_LEVEL})$")
_LIST_FOLLOWS = re.compile(r"[^。\n]*?(?:如下|具体为|具体是|分别为|分别是|包括|:)")
_LIST_THEN_REFERENCE = re.compile(r"(?<=[^,、;:]{2}),(?:以上|上述|前述)(?:[\d一二三四五六七八九十两]+个)?"
                                  r"(?:区域|地区|地点|场所|点位|小区|社区|村|楼栋|风险区)(?:的?(?:疫情)?风险等级)?"
                                  r"(?:均|统一|全部|一并|已)?$")
# "第37号通告中划定的中风险区A小区": the reference to the earlier notice is no part of the place.
_REFERENCE = re.compile(rf"^(?:[^,、]{{0,20}}?第[\d{_CN_NUM}]+号)?[^,、]{{0,6}}?(?:通告|公告)中?"
                        rf"(?:划定|公布|确定|认定)?的{_LEVEL}(?:中的)?")
# ("A小区整体列为管控区": 整体, as a whole, says the whole place is meant; no part of its name)
# (依旧, as before, is 依然's other word: "A区全域依旧为低风险区")
# ("A、B暂继续按照封控区管理": 暂, for now, before the verb too)
# ("A小区17幢正式调整为低风险地区" (a 2021 report): 正式, formally, the same)
_OBJECT_TAIL = re.compile(r"(?:仍|均|现|继续|已经|已|也|依然|依旧|同时|整体|暂时?|正式|,?被"
                          r"|已?于(?:今日|即日|今天|(?:\d{4}年)?\d{1,2}月\d{1,2}日\S{0,8}?)起?"
                          # ("A区域自4月29日12时起解除封控区管理措施": the time the lift takes effect, after the place)
                          r"|(?:自|从)(?:今日|即日|今天|(?:\d{4}年)?\d{1,2}月\d{1,2}日\S{0,8}?)起"
                          # ("A村5巷3号11月15日起划定为高风险区": a summary line's day, 自 left out, straight
                          # after the place's number)
                          r"|(?<!\d)(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}(?:时|点)(?:\d{1,2}分)?)?起)+$")
# "将A、B封控区解封,由封控区调整为防范区", "C管控区解控,由管控区…": the level left, said again after the comma.
_LEFT_LEVEL = re.compile(rf"(?<=.)的?(?:{_LEVEL}|封控|管控)?(?:已|予以|正式)?(?:解封|解控|解除|撤销)"
                         rf"(?:封控|管控)?(?:管理|措施)?$")


@dataclass
class _Section:
    heading: _Heading
    index: int
    lines: list[str] = field(default_factory=list)
    last: int = -1
    places: list[str] | None = None  # sentence style: the places are in the sentence itself
    past: bool = False  # "2022年3月4日9时划定A为封控区": a designation of an earlier day, restated


# (为 opening a clause of purpose, "为此", "为了", "为进一步做好…": no list follows)
_PURPOSE_AFTER_FOR = (r"此|了|进一步|切实|全力|有效|更好|做好|确保|保障|防止|加强|巩固|尽快|最大限度"
                      # (review rv71b: "为方便群众,设置…", "为保护群众健康,…")
                      r"|方便|便于|保护|防范|避免|减少|维护|落实|满足|严防|全面|坚决|科学|精准|筑牢|守护")
# "兴庆区10个高风险区下调为中风险区,分别为A、B", "金凤区1个中风险区下调为低风险区,为C"
# "截至目前,全市共有中风险地区6个,分别为A、B": a list restated as it stands (the 截至 clause in front).
# "调整后,我省有中风险地区1个,为A": 有 alone after the province, city or district the notice speaks for
# ("全市有高风险地区1个,为A;有中风险地区3个,为B、C" (北京, a 2021 report): the next level's clause after ";" opens a
# line of its own with 有 alone, its city the clause before's)
_HAS = r"(?:现有|共有|尚有|还有|(?<=[省市区县旗])有|^有)"
# ("目前为止,我市一共有高风险区6个,为A、B": "so far", as 截至目前)
_POST_OBJECT = re.compile(rf"^"
                          # ("针对近段时间疫情防控,经专家组综合评估研判,A市以下三个地区划分为中风险区域,分别是B;C;D" (a
                          # report, 2021): what the decision answers and the experts' assessment, each its own clause
                          # before the head, no part of it)
                          rf"(?:(?:针对|根据|按照|依据|鉴于)[^,。:;]{{2,30}},)?"
                          rf"(?:经[^,。:;]{{2,30}}?(?:研判|评估|研究|会商),)?"
                          rf"(?:(?:截至|截止)[^,。:]{{0,16}},|调整后,|(?:到|截至)?目前(?:为止)?,"
                          # "据A县指挥部通报,自10月26日15时起,划定5个中风险区,为B、C" (a report of an office's
                          # notice): the office reported, then the time the list starts; the office names the district
                          rf"|(?:据(?P<source>[^,。:;]{{2,40}}?)(?:通报|消息|发布|通告|公告),)?"
                          rf"(?:(?:自|从|于)?(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}[日号](?:\d{{1,2}}[时点](?:\d{{1,2}}分)?)?"
                          rf"|(?:自|从)?即日)起,)?"
                          rf"(?P<head>[^,。:]{{0,30}}?(?:{_TARGET_VERB}{_LEVEL}"
                          rf"|{_HAS}{_LEVEL}[\d{_CN_NUM}]+[个处]"
                          # "全区现有12个高风险区,为A,B": the count may come before the level
                          rf"|{_HAS}[\d{_CN_NUM}]+[个处]{_LEVEL}"
                          # "东海县划定高风险区3个,分别是A,B,C", "新增中风险区2个,分别为D、E": the verb of a
                          # designation straight before the level, then the count
                          rf"|(?:划定|新增|确定|认定|设定|划分|新划定|新设)(?:{_LEVEL_GRADE}){_LEVEL}"
                          rf"[\d{_CN_NUM}]+[个处]"
                          # "新增2个高风险区,分别为A、B": the count between the verb and the level
                          rf"|(?:划定|新增|确定|认定|新划定|新设)[\d{_CN_NUM}]+[个处]{_LEVEL}))"
                          # "广东省共有7个中风险地区,除了上述佛山一地,其余6个均在广州,分别是A、B" (a report restating a
                          # province's list): the areas named before set apart, the rest counted where they are; the
                          # list is of the rest, its count
                          rf"(?:(?:,除了?(?:上述|前述|以上)[^,。:;]{{1,16}}?(?:以外|之外|外)?)?"
                          rf",(?:其余|其他|其它|剩余|另外)(?P<rest>[\d{_CN_NUM}]+)[个处](?:均|都|全部)?"
                          rf"(?:在|位于|分布在|集中在)[^,。:;]{{2,12}})?"
                          # (not 为此 / 为了, "for this", "in order to": "现有中风险区2个,为此,请广大市民…" opens
                          # a clause of its own, no list; _PURPOSE_AFTER_FOR; nor 为期, "for a term of":
                          # "…划分为中风险区域,为期14天" says how long)
                          rf",(?:分别为|分别是|具体为|包括|为(?!{_PURPOSE_AFTER_FOR}|期)"
                          # "全市共有高风险区2个,A和B": the list straight after the comma (no word before it); read
                          # only when its places are as many as the count and each a whole place (_bare_standing)
                          rf"|(?P<bare>(?=[^,;。:]{{2}})))"
                          # the list ends where a clause of another level starts: ";其余124个县均为低风险地区"
                          rf"(?P<obj>.+?)(?=[;。][^;。]*{_LEVEL}|$)")


# "解除甲街道A社区B花园1号楼,C社区D路8号;乙街道E社区F小区2栋高风险区管理" (December 2022 深圳): the places lifted
# grouped by street, ";" between the groups, "," between places of one street; the ";" goes on with the object when
# the group after it is more places (a street, community or village first; no verb of a clause of its own, as in
# "解除A封控;将B划为高风险区").
_LIFTED_STREET_GROUP = (rf";(?=[{_CJK}]{{2,8}}?(?:街道|镇|乡|社区|村)[^,;。:]{{2,200}}?(?:[,;]|{_LEVEL}))"
                        r"(?![^,;。:]*?(?:将|把|划|调整|实行|实施|执行|解除|纳入|列为|降为|升为))")


# "解除A小区封控管理", "解除B村3组高风险区管理": the places between 解除 and the level they leave.
# ("即日起解除A、B2个封控区": a time before 解除; a count of the places before their level, "等9个" when the
# notice names only some of them)
_LIFT_OBJECT = re.compile(
    r"(?:^|(?<=[,;:。]))(?:自[^,]{4,30}起,?|(?:自|从)?[^,;。:解]{2,24}?起,?"
    # ("研究决定:于2022年12月7日上午8:00解除A村临时管控": the decision and the hour the lift takes effect)
    r"|[^,;。:解]{0,20}?决定(?=解除)"
    r"|(?:[^,;。:解]{0,20}?决定)?(?:于|在)?(?:\d{4}年)?\d{1,2}月[^,;。解]{1,20}?(?:时|分|\d:\d{2}|日),?)?"
    # ("…,同步解除A街道低风险区管控措施": the lift done together with the one before it)
    r"(?:并同步|并同时|同步|同时|一并|随之|并)?(?:有序|全面|逐步)?"
    # ("…起,第四批解除A…临时性社会面管控", "分批解除B…": a lift in phases, the phase before 解除)
    r"(?:(?:第[一二三四五六七八九十\d]{1,3}|首|分|再)批(?:次)?)?"
    # (not "解除管控后,A小区按防范区管理": the time after a lift, no object)
    r"解除(?!(?:封控|管控|防范|静默|静态|封闭)?(?:管理|措施)?(?:后|之后),)"
    # (nor "解除的临时管控区域,按照低风险区落实…" (重庆, autumn 2022): 的 makes the lift a description, "the areas
    # lifted", the subject of their measures; no object)
    r"(?!的)"
    # (nor a level lifted and a lower one given, "对进出人员,解除管控并调整为防范": the level's words are no place;
    # a place before them is read by _LIFTED_AND_LOWERED)
    r"(?!(?:封控|管控)区?(?:管理|措施)?,?并?(?:调整|转|降|下调)为)"
    # ("解除对A、B的高风险区防控管理": 对 opens the object, no part of its first place)
    r"(?:对(?=[^,;。:]{2}))?"
    r"(?P<obj>[^,;。:]{2,200}?(?:(?:,|" + _LIFTED_STREET_GROUP + r")[^,;。:解]{2,200}?)*?)"
    # ("解除A、B等36个管控区管控管理", "解除C村2个封控区": a count of the areas before their level, no part of the
    # last place (read by _lift_counted); the level's kind said again before 管理)
    rf"(?P<count>{_AREA_COUNT})?"
    # ("解除A村东至B路,南至C路交汇区域的管控管理措施": 的 before the level, 管理措施 after it)
    # ("解除A街道现有临时管控区域": the level written as 区域)
    r"的?(?P<lv>封控|管控|防范|[高中低]风险)(?P<zone>区域|地区|区)?(?:、(?:封控|管控|防范|[高中低]风险)(?:区域|地区|区)?"
    # ("解除A街道封控区和管控区的临时封闭管理措施": two zones joined by 和, each with its zone word)
    r"|(?:和|及|与)(?:封控|管控|防范|[高中低]风险)(?:区域|地区|区))*"
    # ("解除A,B、C等11个封控区的封控管理": 的 between the zone and its management; "的临时封闭管理措施", "圈层管理":
    # the kind of the management, temporary closure or circles of control)
    # ("的高风险区防控管理" (珠海, December 2022): the prevention and control, 防控, of the zone)
    r"(?:的?(?:临时性?)?(?:封控|管控|防范|封闭|圈层|防控)?(?:管理措施|管理|措施))?"
    # ("解除A村临时管控区(北至B路,南至C路;以实际管控区域为准)": the area's bounds or notes in brackets after its
    # level, commas and semicolons inside them; the note is part of the place)
    r"(?P<note>\((?:[^()]|\([^()]*\)){2,200}\))?(?=[,;。]|$)")


# "一类临时管控区域[A、B(…)、C]", "中风险区【D、E】": a level (the one the places leave), then the places in brackets,
# the whole object of the verb after it (a place's own note in brackets inside)
_LEVEL_BRACKETED = re.compile(rf"(?:原来?的?|现有?的?)?{_LEVEL_GRADE}(?P<level>{_LEVEL})"
                              r"[\[【(](?P<obj>(?:[^()\[\]【】]|\([^()]*\))+)[\]】)]")


# "封控区、管控区全部解封后,防范区(A;B;C)同步解除": a level with its places in brackets, lifted after them.
_LEVEL_LIST_LIFTED = re.compile(rf"(?:^|(?<=[,;:。]))(?P<level>{_LEVEL})\((?P<obj>[^()]{{2,600}})\)"
                                r"(?:也|均|亦|同步|同时|一并|一同|随之|全部|予以)*(?:解除|解封|撤销)"
                                r"(?:封控|管控|防范)?(?:管理|措施)?(?=[,;。]|$)")


# "解除A、B2个封控区以及C等9个管控区": lifts of two levels joined by 以及 (及, 和, 与), the second without its
# own 解除; read as "解除A、B2个封控区,解除C等9个管控区".
_LIFTS_JOINED = re.compile(r"(?P<lv>(?:封控|管控|防范|[高中低]风险)(?:区域|地区|区)(?:管理|措施)?)"
                           r"(?:以及|及|和|与)(?!解除)"
                           r"(?=[^,;。:]{2,200}?(?:封控|管控|防范|[高中低]风险)(?:区域|地区|区)(?:管理|措施)?(?:[,;。]|$))")


# "解除“A”高风险区管控措施,解除后,该区域降为中风险区域": the clause after a lift that names the level the lifted
# area goes down (or up) to, its subject a back-reference to the lift's object; read with the lift as a change of level.
_LIFTED_THEN = re.compile(rf",(?:解除|解封|解控)(?:管控|封控)?(?:措施)?后,?"
                          rf"(?:该|此|以上|上述)?(?:区域|地区|区|地点|点位)?"
                          rf"(?:均|统一|全部|一并|将)?(?:{_TARGET_VERB}|为)(?P<level>{_LEVEL})(?:区域|地区|区)?"
                          rf"(?=[,;。]|$)")
# "解除A相关封控区、管控区圈层管理,风险等级由中风险调整为低风险" (2021 成都 reports): the lifted area's grade
# written after the lift with its old level and no zone word ("低风险"), the object not repeated
_LIFTED_GRADE_THEN = re.compile(rf",(?:该|此)?(?:区域|地区|小区)?的?风险等级"
                                rf"(?:由[高中低]风险(?:等级)?(?:区域|地区|区)?)?(?:{_TARGET_VERB})(?P<level>[高中低]风险)(?:区域|地区|区)?(?=[,;。]|$)")


# "解除A街道风险区域的临时性管控措施", "解除B网格区域临时性社会面管控", "解除C小区社会面临时管控": 临时性 (temporary),
# 的临时 and 社会面 (the public space) qualify the control, no zone's name and no part of the last place
_TEMPORARY_PUBLIC = re.compile(r"(?:的?(?:临时性?)?社会面(?:临时性?)?|的临时性?|临时性)$")
# ("解除A路合围区内的B网格区域临时管控": an area, a grid's or a range's, is a whole place before 临时 too)
_AREA_END = re.compile(r"(?<=[^\W\d_]{2})(?:区域|范围|网格)$")


def _lift_counted(obj: str, count: str, level: str, after: str) -> str:
    """The places of a lift's object written before their count ("A、B2个", "C等9个"): with 等 the places named
    (the others are not named; not when a list follows, "等42个封控区,具体如下:", which the list names), else
    the places the count agrees with (digits may run on from the last place: "C栋13个" is "C栋1" and 3)."""
    if count.startswith("等"):
        return obj if not re.match(r",?(?:具体|分别|名单)?(?:如下|为|是)?:", after) else ""
    counted = _counted_object(obj + count + level)
    return counted[0] if counted else obj


# "将逐日研判、逐日调整,直至全部解除管控", "将动态评估,直到解除封控": the office's way of working (judging,
# adjusting, assessing day by day) until a lift to come: an object that opens with such a verb or holds "直至" (until)
# after a comma names no place.
_PROCESS_BEFORE_LIFT = re.compile(r"^(?:逐日|逐步|每日|每天|动态|持续|及时|科学|综合|进一步)?"
                                  r"(?:研判|评估|调整|分析|会商)"
                                  r"|(?:^|[,、])(?:直至|直到|待)[^,、;]*$")

# (people or vehicles a lift's measure was for name no place; "居民小区", "居民楼" are places of residents)
# (a lift's "object" that is the notice's own territory (县域内, 域内: read by _whole_own_lockdown_lifted), a plan's
# word (拟, 计划) or a measure's point (卡口, 检查站, 交通) names no place lifted)
_NO_LIFTED_OBJECT = re.compile(r"(?:全|本)?[县区旗市]域(?:范围)?内|域内|(?:计划|拟|准备|预计|争取|力争|将)"
                               r"|(?:[县区旗市]内|所有|全部|各)?(?:卡口|检查站|交通|道口|路口|执勤点|查验点)")
_LIFTED_PEOPLE = re.compile(r"人员|人群|(?<!小区)居民(?!小区|楼|住宅|区|点|组)|群众|市民|旅客|车辆"
                            r"|密接|密切接触者|感染者|隔离")
# ("解除对各村、社区的封控措施": every division of a kind, none named)
_EVERY_OF_KIND = re.compile(r"对?(?:各|所有|全部)(?:个|类)?"
                            r"(?:、?(?:村|村组|乡镇|乡|镇|街道|社区|小区|单位|场所|企业|村居))+")


# "A里、B小区范围内" (within named places) before a lift's zones or measures
_NAMED_WITHIN = re.compile(r"(?P<places>[^,;:]{2,200}?)(?:范围|区域)内")
_BOUNDED_WITHIN = re.compile(r"[至起]|以[东南西北]|[东南西北][侧面边]|合围|围合|周边|周围|附近|米|中心|区间|隔断"
                             r"|沿线|之间")


def _lift_sections(body: str, index: int, outer: str | None) -> list[_Section]:
    """ "解除福保街道众孚新村第2栋封控、管控。", "解除石厦东村第260-262栋、第271栋管控区管理": the places come
    between 解除 and the level they leave."""
    sections: list[_Section] = []
    for m in _LEVEL_LIST_LIFTED.finditer(body):
        obj = m["obj"].strip(",、;")
        if not _object_ok(obj):
            continue
        items = _unit_run_items(obj) or _semicolon_items(obj) or _split_enclosed(obj)
        for district, places in _district_runs(items, outer):
            heading = _Heading("lift", _level_name(m["level"]), None, None, district, m.group())
            sections.append(_Section(heading, index, last=index, places=places))
    for m in _LIFT_OBJECT.finditer(_LIFTS_JOINED.sub(r"\g<lv>,解除", body)):
        obj = m["obj"].strip(",、")
        if m["count"]:
            obj = _lift_counted(obj, m["count"], m["lv"] + (m["zone"] or "区"), body[m.end():])
        obj = _without_summary(obj)
        if len(obj) > 4:
            obj = obj.removesuffix("相关")  # "解除A小区相关封控区、管控区": the zones related to the place
        if (within := _NAMED_WITHIN.fullmatch(obj)) and not _BOUNDED_WITHIN.search(within["places"]) \
                and all(_complete_place(p) for p in within["places"].split("、")):
            # "解除A里、B小区范围内封控、管控、防范措施": within (范围内) whole named places is those places (not an
            # area by its bounds, "C路以东…合围的D街范围内", "E小区周边50米范围内", whose range is the place)
            obj = within["places"]
        # ("解除A村、B村部分区域临时管控措施": the temporary control's 临时 is no part of the last place, so the
        # object is judged without it, as it is read below)
        bare_temporary = obj.removesuffix("临时").removesuffix("的") if m["lv"] in ("封控", "管控") else obj
        if not obj or not (_object_ok(obj) or (bare_temporary != obj and _object_ok(bare_temporary))) \
                or re.fullmatch(r"[^,、]{0,6}(?:区域|地区)", obj) or _NO_LIFTED_OBJECT.fullmatch(obj):
            continue
        if _division_only(obj):
            continue  # "从3月26日零时起解除柳江区全域管控": the whole district, a blanket
        if _LIFTED_PEOPLE.search(obj) or _EVERY_OF_KIND.fullmatch(obj):
            continue  # "解除对返乡人员的管控措施", "解除对密切接触者的集中隔离管控措施": people's measures, no place
        if m["lv"] in ("封控", "管控") and (bare := re.sub(_TEMPORARY_PUBLIC, "", obj)) != obj and len(bare) > 2:
            # "解除A街道风险区域的临时性管控措施": 临时性 (temporary) or 的临时 qualifies the control, no zone's name
            obj = bare
        if m["lv"] == "管控" and not m["zone"] and obj.endswith("封闭") and len(obj) > 6 \
                and m.group().endswith(("措施", "管理")):
            # "解除A市场一区、二区及沿街商铺临时封闭管控措施": 封闭管控 (closed and controlled) the measure's name
            obj = obj[:-2] if obj.endswith("临时封闭") else obj[:-2].removesuffix("的")
        if (zones := _THREE_ZONES_END.search(obj)) and m["lv"] in ("封控", "管控") and not m["zone"] \
                and _three_zones_of_all(obj[:zones.start()].removesuffix("的"), quoted=zones[0] != "三区"):
            # "解除A小区、B花园、C村三区管控措施": the three zones (封控区, 管控区, 防范区) of every place lifted
            obj = obj[:zones.start()].removesuffix("的")
        if obj.endswith("临时") and m["lv"] in ("封控", "管控") and len(obj) > 4 \
                and ((not m["zone"]
                      and (_complete_place(last := re.split(r"[,、;]", obj[:-2])[-1]) or _AREA_END.search(last)
                           or (m.group().endswith("措施") and not re.search(r"(?:防外溢|防扩散)临时$", obj))))
                     or (m["zone"] == "区域" and re.search(r"[,、;]", obj)
                         and not re.search(r"(?:防外溢|防扩散|现有|的)临时$", obj))):
            # ("解除A城B店,C市场D店临时管控区域" (重庆, 2022-09): after a list of places, 临时管控区域 is the control
            # lifted from each, no zone's name of the last)
            # ("解除A,B,C烧烤店临时管控措施": the temporary control's measures lifted, whatever the last place's kind)
            obj = obj[:-2]  # "解除A村临时管控": a temporary control (a measure) lifted, the place is the village
            # ("解除A镇B小区的临时管控措施": 的 between the place and the measure, no part of the place)
            obj = obj.removesuffix("的")
        elif re.search(r"(?:临时|防外溢|防扩散|现有)$", obj) and m["lv"] in ("封控", "管控"):
            obj += m["lv"] + (m["zone"] or "区")  # "解除二七区防外溢临时管控区": the zone's name ends with its level
        if m["note"]:
            obj += m["note"]
        if re.fullmatch(r"“[^“”]+”", obj):
            obj = obj[1:-1]  # "解除“A站”高风险区管控措施": the quotation marks set the object off, no part of it
        analysed: tuple[str, str | None, str | None] = ("lift", _level_name(m["lv"] + "区"), None)
        if (then := _LIFTED_THEN.match(body, m.end()) or _LIFTED_GRADE_THEN.match(body, m.end())) and analysed[1]:
            to = _level_name(then["level"] + ("区" if then["level"].endswith("风险") else ""))
            diff = _RANK[to] - _RANK[analysed[1]]
            analysed = ("upgrade" if diff > 0 else "downgrade" if diff < 0 else "set", analysed[1], to)
        for district, places in _district_runs(_unit_run_items(obj) or _split_enclosed(obj), outer):
            heading = _Heading(*analysed, None, district, m.group())
            sections.append(_Section(heading, index, last=index, places=places))
    return sections


# "三区" (the three zones: sealed, controlled, precaution) after a lift's places, before their control
_THREE_ZONES_END = re.compile(r"(?:“三区”|\"三区\"|三区)$")


def _three_zones_of_all(run: str, quoted: bool) -> bool:
    """Whether "三区" after run stands for the zones of all its places: quoted, or after two or more whole places
    listed with 、 none of which is a numbered part ("A市场一区、二区、三区" lists the market's parts; "A小区三区"
    alone may be the estate's third part)."""
    pieces = run.split("、")
    if not run or not all(pieces):
        return False
    if quoted:
        return True
    return len(pieces) >= 2 and all(_complete_place(p) for p in pieces) \
        and not any(re.search(r"[一二三四五六七八九十\d]区$", p) for p in pieces)


# what an area widened to may be that names no place: around it, a distance, the whole of a kind ("周边500米",
# "整个小区", "全小区", "全村") (rv62b)
_EXTENDED_UNNAMED = re.compile(r"(?:其|该|本)?(?:周边|周围|附近|相邻|邻近"
                               r"|(?:全|整个?)(?=[村镇乡组域楼栋幢区]|小区|社区|街道|单元))")
_EXTEND = re.compile(rf"(?P<level>{_LEVEL})(?:\([^()]*\))?的?(?:范围|区域)?(?:扩大|扩展|延伸)(?:至|为|到)"
                     rf"(?P<obj>[^,;。]+)")


# A news report's sentence on an earlier notice ("此前,根据…"; not "此前划定的A…", which the notice changes).
_EARLIER = re.compile(r"^(?:此前|之前|在此之前|早前|此外,此前)(?:一天|一日|\d{1,2}月\d{1,2}日)?,")


# A whole city or district at a level it keeps or is left at: "调整后,荆州市全域为低风险区" (after the changes),
# "惠州大亚湾开发区全域仍为低风险区(高风险区除外)" (仍, 依然: it stays; an exception after the level: its rest).
# The rest of the city, no place; a whole district the notice changes ("将藁城区全域调整为中风险地区") is one.
# ("解除A市整个防范区的管理": 整个, the whole of it, as 全域; "调整后,A县整个区域降为低风险": 整个区域 alike)
_WHOLE_OF_DIVISION = re.compile(r"^(?P<head>[^,、;]*?)(?:全域|全境|整个(?:区域|辖区|地区)?)(?:范围)?内?"
                                r"(?P<tail>(?:仍然|仍|依然|依旧|继续|也|均|都)*)$")
_STAYS = re.compile(r"仍|依然|依旧|继续")
# Every division of a province or city at once: "陕西省所有县(市、区)均为低风险地区", "全省各区县", "其余
# 所有乡镇(街道)": a blanket over the divisions, no place.
_DIVISION_WORD = r"(?:县|区|市|旗|乡|镇|街道|乡镇|镇街|区县|县区|县市|市县)"
_DIVISIONS_NOTE = rf"\((?:{_DIVISION_WORD}|[、/])+\)"  # "(市、区)"
# (各 with a pair or a note only: "A花园各区" may be a compound's parts)
_ALL_DIVISIONS = re.compile(rf"(?:(?:所有|全部)的?{_DIVISION_WORD}(?:[、/]?{_DIVISION_WORD})*(?:{_DIVISIONS_NOTE})?"
                            rf"|各{_DIVISION_WORD}(?:(?:[、/]?{_DIVISION_WORD})+|{_DIVISIONS_NOTE}))"
                            r"(?:均|已|全部|都|也|仍|仍然|依然|依旧)*$"
                            # "全省117个县(市、区)全部为低风险地区": the divisions counted, then 全部 / 均 (all of them)
                            rf"|[\d{_CN_NUM}]{{1,4}}个{_DIVISION_WORD}(?:[、/]?{_DIVISION_WORD})*(?:{_DIVISIONS_NOTE})?"
                            r"(?:均|已|全部|都|全都|也|仍)*(?:均|全部|都|全都)$"
                            # "全国有4个乡镇为高风险地区,1个县区为中风险地区": a summary counting divisions, the list
                            # follows
                            rf"|(?:^|(?<=,))(?:(?:全|本|我)(?:国|省|市|区|县))?(?:共有|现有|有|共)?"
                            rf"[\d{_CN_NUM}]{{1,4}}个{_DIVISION_WORD}(?:[、/]?{_DIVISION_WORD})*(?:{_DIVISIONS_NOTE})?$")
# "境外(除澳门为低风险外)仍全部为高风险地区": abroad as a whole, no place of a notice's list
_ABROAD = re.compile(r"^(?:境外|国外|海外)(?:地区)?(?:\([^()]*\))?(?:仍然|仍|均|全部|都|也|依然|依旧)*$")


def _whole_state(obj: str, after_changes: bool, after_level: str) -> bool:
    whole = _WHOLE_OF_DIVISION.match(obj)
    if whole is None or not _whole_division(whole["head"]):
        return False
    return after_changes or bool(_STAYS.search(whole["tail"])) or bool(re.match(_EXCEPTION_NOTE, after_level))


# "A镇“B村”,C镇“D店”、“E街”", "A镇“B村、C村”": an object of several parts in quotation marks, each part
# (or the list it holds) after a town written once or after a separator.
_QUOTED_PARTS = re.compile(r"(?:\s*[^“”,、;:\s]*\s*“[^“”]+”\s*[,、;]?)+")


# The measures a level's clause ends with, before the next clause's object: "A划定为高风险区,实行“足不出户、上门
# 服务”管控措施;B、C为中风险区" (also "采取…措施", "落实…要求").
# ("A列为封控区,做到“里不出、外不进、内不动”;B列为管控区": 做到, what the people are to do, a measure as well)
_MEASURES_CLAUSE = re.compile(r"^,(?:并|严格|继续|依规|依法|统一)*(?:实行|实施|采取|落实|执行|做到)[^;。]*[;。]")


# "A镇、B镇、C街道3个镇街共75个封控区、27个管控区,达到解除条件,已经全部解除封控管控": places (here towns) named
# by a list that closes with a count of them and the counts of the areas they hold, lifted by a later clause of the
# same sentence; each place is lifted (a town stands for the areas in it). The count of the places, when given,
# must be the number named.
_COUNTED_AREAS = re.compile(
    rf"(?:^|(?<=[,:;。]))(?P<obj>[^,;。:]{{2,400}}?)"
    rf"(?:等?(?P<n>[\d{_CN_NUM}]{{1,3}})[个处](?:{_SUMMARY_KIND}|镇街|街镇|村街|村社|社区\(村\)))?的?"
    rf"(?P<total>共有|共计|合计|共|计)?"
    rf"(?P<counts>[\d{_CN_NUM}]{{1,4}}[个处](?:临时)?(?P<level>{_LEVEL})"
    rf"(?:(?:[、和及与,]|以及)[\d{_CN_NUM}]{{1,4}}[个处](?:临时)?{_LEVEL})*)(?=[,;。]|$|已|均|全部|现)")
# the clause that lifts them: "已经全部解除封控管控", "于4月2日起全部解除", "现已解封" (not "达到解除…的标准和条件",
# "尚未解除": a condition, a negation)
_COUNTED_AREAS_LIFTED = re.compile(r"^(?:截至|截止|自|于|从)?[^,;。]{0,16}?(?<![未不没])"
                                   r"(?:已经|已|均|都|全部|全面|一并|同步|同时|予以|正式|有序|现|依次)*"
                                   r"(?:解除|解封)(?:封控|管控|防范|[高中低]风险|、|和|及|与)*(?:区域?|管理|措施)*$")


# "A、B社区划定的", "7月15日划定的": who drew the areas or when, before the areas named
_DRAWN_BY = re.compile(r"^[^,;。:的]{2,40}?(?:划定|划分|划设|确定|认定|设定|划出)的(?=[^,;。:]{2})")


def _counted_areas_lift(body: str, index: int, outer: str | None) -> list[_Section]:
    """Sections of "A镇、B镇2个镇街共75个封控区、27个管控区,…,已经全部解除封控管控" (see _COUNTED_AREAS)."""
    for m in _COUNTED_AREAS.finditer(body):
        # ("锡林、西城、额仁社区划定的A、B6个封控区": the divisions that drew the areas are no places of their own)
        obj = _DRAWN_BY.sub("", m["obj"])
        items = _split_enclosed(obj)
        n = _cn_int(m["n"]) if m["n"] else None
        if n is not None and n != len(items):
            continue
        if n is None and not m["total"] and len(m["counts"].split("个")) == 2 \
                and _cn_int(re.match(rf"[\d{_CN_NUM}]+", m["counts"])[0]) != len(items):
            continue  # "A、B2个封控区": without 共 a lone count is that of the places named
        if not _object_ok(obj) or _TARGET_RE.search(obj):
            continue
        rest = body[m.end():].split("。")[0]
        clauses = re.split(r"[,;]", rest)
        if not any(_COUNTED_AREAS_LIFTED.match(c) for c in clauses) or _TARGET_RE.search(rest):
            continue
        return [_Section(_Heading("lift", _level_name(m["level"]), None, None, district, m.group()),
                         index, last=index, places=places)
                for district, places in _district_runs(items, outer)]
    return []


# "副区长通报:依据最新流调排查和核酸检测结果,经综合评估,A楼划定为封控区": clauses giving the grounds (依据 /
# 根据 / 按照 / 经 … 结果 / 评估 / 研判 / 决定 …) between the object's start and its places are no places.
# ("经指挥部评估确认,": the assessment confirmed; "相比昨天发布的风险列表,", "与上期相比,": what the notice
# compares its list with, no place either)
# ("经A市…指挥部专家组调查后判定,": the experts' investigation (调查) and finding (判定), 2021)
# "…,同时B村调整为低风险区", "…;与此同时,B村…": a clause joined at the same time (同时), its place after the word
# (nor a name 同时 opens before a kind of place alone, "同时家园", "同时小区1号楼": what is left would be the bare kind;
# "同时花园街道A社区" (a street named 花园街道) still drops it; review rv69b)
_SAME_TIME_FRONT = re.compile(r"^[,、;\s]*(?:与此)?同时(?:[,\s]+|(?!(?:小区|花园|家园|新村|大厦|广场|公寓|商场|市场"
                              r"|公园|医院|酒店|宾馆|小学|中学|宿舍|公司|大院|山庄)(?![\u4e00-\u9fff])))"
                              r"(?=[^\W\d_])(?![村镇乡屯庄街路巷里湾社组园苑区])")
# "10月5日A小区被划定为高风险区": a day (maybe its hour) at the sentence's start, glued to the place with no comma
# (not a part of the day or a span after it: "10月5日晚", "10月5日以来", "10月5日至…"; nor a verb after it,
# "3月4日9时划定A为封控区", the day's designation told (_PAST_DESIGNATION))
_DAY_GLUED_FRONT = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}(?:时|点)(?:\d{1,2}分)?)?"
                              r"(?=[^\W\d_])(?![早晚上下中凌午夜傍深前后以至到起当零时点左内已被划确认列新将把对在于公发])")


_REASONS_FIRST = re.compile(r"^(?:(?:(?:依据|根据|按照|结合|基于|经)[^,;:。]{0,40}?"
                            r"(?:结果|规定|要求|需要|评估|研判|研究|决定|同意|批准|意见|情况|形势|分析|会商|论证|调查|判定"
                            # ("经市防控办审定,A小区5栋调整为高风险区": the office's approval (审定, 审核), the comma
                            # maybe left out after 审定: "经市防控办审定A小区…")
                            r"|审定|审核)"
                            r"(?:确认|认定|决定)?后?"
                            r"|(?:相比|相较|相对|对比|比较)于?[^,;:。]{1,30}|(?:与|和|同)[^,;:。]{1,30}?(?:相比|相较|比较)"
                            r"(?:而言)?)(?:,|(?<=审定)(?=[^\W\d_])))+")


# "现决定B村调整为低风险区": the decision (决定, after 现 / 特 / 经研究 maybe) glued to the place it changes, no comma
# and no 将 between (those the object's start reads); the place is its subject.
_DECIDED_FRONT = re.compile(r"^(?:现|特|经研究|研究)?决定(?![将把对在自从于即今明定])(?=[^\W\d_]{2})")


# A title, maybe after its issuer: "关于解除A小区封控的通告", "兰山区关于解除封控区、管控区、防范区的通告"
# (the issuer a district or office, no punctuation before 关于; a site's day may go first: "11月11日A市B县关于解除
# 中风险区管控措施的通告").
_ISSUER_TITLE = re.compile(rf"^(?:(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日)?"
                           rf"(?:[{_CJK}()]{{0,30}}?(?:{_DIST_SUFFIX}|{_ORG_SUFFIX}))?关于")


# A clause that refers back to the list above ("将上述解除中风险区管理,", "解除以上区域管控措施,"), before another.
_REFERENCE_CLAUSE = re.compile(r"^(?:(?:自|从)?[^,;。]{2,24}?起,?)?(?:现)?(?:将|把|对|解除)?(?:上述|以上|前述)"
                               r"[^,;。]{0,30}[,;]")


# "A内创建成功的村(社区)、小区优先纳入分期分片区解除临时静态管理的范围" (海南, 2022): places of a kind that qualify
# later are put into (纳入 / 列入) the range (范围, 名单) of a lift, a noun after 的; nothing is lifted now.
_INTO_LIFT_SCOPE = re.compile(r"(?:纳入|列入|进入)$")
_LIFT_SCOPE_AFTER = re.compile(r"[^,;。]{0,8}?的(?:范围|名单|序列|行列|批次)")


_AFTER_LIFT_TIME = re.compile(r"(?:解除|解封|撤销)[^,;。]{0,12}?后")


# "…,解除A街道封控区和管控区的临时封闭管理措施,将B、C从中风险区域调整为低风险区域", "…解除D小区相关封控区、管控区
# 圈层管理,风险等级由中风险调整为低风险。调整后,全域均为低风险区" (2021 reports): a lift in a clause of its own,
# beside a change of level in another clause or sentence; the clause's places are lifted as well
_CLAUSE_AROUND = re.compile(r"[^,;。]*")
# (not "解除A封控区管理,调整为低风险区": the clause after it changes the lifted place's level, without an object)
_LEVEL_OF_LIFTED_AFTER = re.compile(rf"^[,;](?:并|同时|随后|后)?(?:{_TARGET_VERB}|为|按)")
# (nor "…降为防范区管理,解除居民小区封控管理": a kind of place, none named; nor "解除封控及管控措施": the levels)
_KIND_WORD_ONLY = re.compile(r"(?:居民|住宅|其他|其余|相关)?(?:小区|楼栋|楼院|村屯|村组|村|屯|社区|区域|地区|单位|场所)"
                             r"(?:\([^()]*\))?"
                             r"|(?:(?:封控|管控|防范|静默|[高中低]风险)(?:区域|地区|区)?[、和及与]?)+")


# (nor "解除各类管控措施", "解除前期临时管控措施", "解除原有封控措施": which measures, or when they began, no place)
_MEASURES_QUALIFIED = re.compile(r"各[类项种]|原有?|相应|相关|前期|此前|之前|先前|一切|全部|所有|现有|既有")


def _sentence_sections(line: str, index: int, outer: str | None, before: str = "") -> list[_Section]:
    """Sections of a sentence (``_sentence_read``), with a lift written in a clause of its own beside a change
    of level in another."""
    found = _sentence_read(line, index, outer, before)
    if "解除" not in line or _EARLIER.match(line):
        return _earlier_start_told(found, line)
    seen = {place for section in found for place in section.places}
    for section in _lift_sections(line, index, outer):
        at = line.find(section.heading.text)
        if at < 0 or not section.places or any(place in seen or _KIND_WORD_ONLY.fullmatch(place)
                                               or _MEASURES_QUALIFIED.match(place) for place in section.places):
            continue
        start = max(line.rfind(mark, 0, at + section.heading.text.find("解除")) for mark in ",;。") + 1
        clause = _CLAUSE_AROUND.match(line, start).group()
        end = start + len(clause)
        if _SENTENCE_TARGET.search(clause) or (section.heading.action == "lift"
                                               and _LEVEL_OF_LIFTED_AFTER.match(line[end:])):
            continue
        found.append(section)
        seen.update(section.places)
    return _earlier_start_told(found, line)


# "A村自2020年12月29日起调整为中风险地区,该地区近14天内无新增确诊病例,…自2021年1月12日起将A村调整为低风险地区"
# (a report, 北京, 2021): a place's level from an earlier day, then its change from a later day in the same sentence;
# the earlier is its history, the later the news
_START_DAY = re.compile(r"(?:自|从|于)(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日[^,;。]{0,8}?起?")


def _earlier_start_told(found: list[_Section], line: str) -> list[_Section]:
    """The sections of a sentence less the places it gives a level from a day before another change of theirs."""
    days: list[tuple[int, tuple[int, int, int] | None]] = []
    for section in found:
        at = line.find(section.heading.text, max((line.find(p) for p in section.places), default=0)) \
            if section.places and section.heading.action != "lift" else -1
        start = max(line.rfind(mark, 0, at) for mark in ",;。") + 1 if at >= 0 else -1
        day = list(_START_DAY.finditer(line[start:at])) if at >= 0 else []
        days.append((at, (int(day[-1]["y"] or 0), int(day[-1]["m"]), int(day[-1]["d"])) if day else None))
    out: list[_Section] = []
    for k, section in enumerate(found):
        at, day = days[k]
        later = {place for j, other in enumerate(found) if j != k and days[j][1] and day and days[j][0] > at
                 and (days[j][1] > day if days[j][1][0] and day[0] else days[j][1][1:] > day[1:])
                 for place in other.places}
        if day and later and (kept := [place for place in section.places if place not in later]) != section.places:
            if kept:
                out.append(_Section(section.heading, section.index, last=section.last, places=kept))
            continue
        out.append(section)
    return out


# (an office reported on: "据A县新冠肺炎疫情防控指挥部通报")
_OFFICE_WORD = re.compile(r"指挥部|办公室|领导小组|委员会")
# "为A镇(2个)的B、C;D街道(3个)的E、F和G" (福州, autumn 2022): the places grouped by town or street between ";", each
# group its town, its count in brackets and 的 before its places; the town goes in front of each of its places
_TOWN_COUNTED_GROUP = re.compile(rf"(?P<town>[{_CJK}]{{2,8}}?(?:镇|乡|街道))"
                                 rf"(?:\((?:共|计)?(?P<n>[\d{_CN_NUM}]{{1,3}})个\))?的(?P<places>[^;]+)")
# (a place's note in brackets may hold 、 or 和: "B小区(含东区、西区)和C小区" (m73b))
_LAST_ITEM_AND = re.compile(r"(?P<a>(?:[^、,;和()]|\([^()]*\)){2,})和(?P<b>(?:[^、,;和()]|\([^()]*\)){2,})")


def _town_counted_groups(obj: str) -> list[str] | None:
    """The places of "A镇(2个)的B、C;D街道(3个)的E", each after its town; None when the object is not all such groups
    (one group at least with its count, so that "A镇的B" alone is left as written)."""
    matched = [_TOWN_COUNTED_GROUP.fullmatch(group.strip()) for group in obj.split(";")]
    groups = [group for group in matched if group]
    if len(groups) < len(matched) or not any(group["n"] for group in groups):
        return None
    out: list[str] = []
    for group in groups:
        items = _split_enclosed(group["places"])
        last_and = _LAST_ITEM_AND.fullmatch(items[-1]) if items else None
        if group["n"] and last_and and len(items) + 1 == _cn_int(group["n"]):
            # ("…(3个)的E、F和G": the count agrees only with the last two parted at 和)
            items = [*items[:-1], last_and["a"], last_and["b"]]
        out += [group["town"] + place for place in items]
    return out


def _bare_standing(head: str, obj: str) -> bool:
    """Whether "共有高风险区2个,A和B" lists its places straight after the comma: a standing list (有, not a new
    designation: "新增高风险区1处,位于B街道" says where it lies), one sentence, as many whole places as the count (not
    "现有中风险区1个,请市民…", "共有高风险区2个,中风险区3个")."""
    count = _total(head)
    if count is None or not re.search(_HAS, head) or re.search(r"[;。:]", obj) \
            or re.match(r"位于|分布|在|涉及|均|都|其中|分别", obj):
        return False
    items = [part for item in _split_enclosed(obj) for part in re.split(r"[和及与]", item)]
    return len(items) == count and all(_complete_place(item) and not _LEVEL_RE.search(item) for item in items)


def _sentence_read(line: str, index: int, outer: str | None, before: str = "") -> list[_Section]:
    """Sections of a sentence that holds its places: one per target level and district named in front
    (``before``: the sentence above it, which "以上区域" may point back to)."""
    # (its number after it: "关于解除高风险区的通告(第53号)")
    if _ISSUER_TITLE.match(line) and re.sub(r"\(第?[\d〇零一二三四五六七八九十百]+号\)$", "", line.rstrip("。"))\
            .endswith(("通告", "公告", "通知")):
        return []  # a title names what the notice is about; its lists follow
    body, numbered = _strip_enum(line)
    if _EARLIER.match(body):
        return []  # "此前,…决定自8月10日0时起,将A由中风险地区调整为低风险地区": what an earlier notice did
    extended = _EXTEND.search(body)
    # (not "高风险区范围扩大至周边区域": the area around it, no place named)
    # (written without 范围 or 区域, "A村高风险区扩大至A村全域", only an area that names its place: not "扩大到周边
    # 500米", "扩展为整个小区", "扩大至全小区" (rv62b))
    if extended and _object_ok(extended["obj"]) \
            and not re.fullmatch(r"(?:其|该区域|该小区)?(?:周边|周围|附近|相邻|邻近)(?:区域|地区|范围)?",
                                 extended["obj"]) \
            and not (re.fullmatch(r"(?:\([^()]*\))?的?(?:扩大|扩展|延伸)(?:至|为|到)",
                                  body[extended.end("level"):extended.start("obj")])
                     and _EXTENDED_UNNAMED.match(extended["obj"])):
        # "将划定的高风险地区(A、B)范围扩大至同安区新民镇": the area it grows to takes the level
        return [_Section(_Heading("set", None, _level_name(extended["level"]), None, d or outer, extended.group()),
                         index, last=index, places=places)
                for d, places in _district_runs(_split_enclosed(extended["obj"]),
                                                _heading_district(body[:extended.end("level")]) or outer)]
    if "解" in body and (counted := _counted_areas_lift(body, index, outer)):
        return counted
    ref = _REFERENCE_CLAUSE.match(body)
    if ref and "解除" in (rest := body[ref.end():]) and not _SENTENCE_TARGET.search(_LIFTED_THEN.sub("", rest)) \
            and (lifted := _lift_sections(rest, index, outer)):
        # "解除上述中风险区管控措施,同步解除A街道低风险区管控措施": the first clause lifts the list above (read
        # there); the lift after it names its own places
        return lifted
    if not _SENTENCE_TARGET.search(_LIFTED_GRADE_THEN.sub("", _LIFTED_THEN.sub("", body))) and "解除" in body:
        return _lift_sections(body, index, outer)
    subjects = _subject_sections(body, index, outer)
    if subjects:
        return subjects
    after = _POST_OBJECT.search(body)
    if after:
        head, obj = after["head"], after["obj"].strip(",、;。")
        found = _front_district(head + "X")
        if not found and after["source"] and _OFFICE_WORD.search(after["source"]):
            found = _front_district(after["source"] + "X")  # ("据A县指挥部通报,…": the office's district)
        district = found[0] if found else (_heading_district(head) or outer)
        if obj and _object_ok(obj) and (after["bare"] is None or _bare_standing(head, obj)):
            items, stated = _town_counted_groups(obj) or _split_enclosed(obj), _total(head)
            if stated is not None and len(items) > stated and len(by_comma := _comma_items(obj)) == stated:
                # "划定高风险区3个,分别是A村3组自B路向东320米、C路向南80米区间范围内,D店": the count agrees only
                # with the pieces between commas, each one place with its 、 inside
                items = by_comma
            runs = _district_runs(items, district)
            total = _total(head) if len(runs) == 1 else None  # a total over several districts is no run's count
            if after["rest"] and len(runs) == 1:
                total = _cn_int(after["rest"])  # "共有7个…,其余6个均在广州,分别是": the list is of the rest
            return [_Section(_Heading(*_analyze(head), total, d or district, head), index, last=index,
                             places=places) for d, places in runs]
    sections: list[_Section] = []
    start = 0
    # "将南岗区A调整为中风险区;B调整为低风险区": within one sentence the district named holds on
    said: str | None = None
    then_end = -1  # the end of the clause after a lift that gave its places their level
    told = ""  # the place of a change told as history, for the clause of 现 right after it
    for m in _SENTENCE_TARGET.finditer(body):
        if _unclosed(body[:m.start()]):
            continue  # "于庄村(原中风险调整为高风险)": a remark in brackets
        if re.search(r"除[^,;。:除]{0,60}$", body[:m.start()]) and re.match(r"(?:以外|之外|外)", body[m.end():]):
            continue  # "…所围合除划入封控区以外的区域仍为管控区": an exception inside the place, no target
        if m.start() < then_end:
            start = m.end()
            continue  # ",并调整为低风险区" after "A解除封控管理": read with the lift, it names no place
        head = body[start:m.start()]
        if start and (measures := _MEASURES_CLAUSE.match(head)):
            head = head[measures.end():]  # "A为高风险区,实行…管控措施;B为中风险区": B starts after the measures
        elif start and (managed := re.match(r"(?:管理|管控|措施)[,;]", head)):
            head = head[managed.end():]  # "A调整为管控区管理,B调整为防范区管理": the word ends the clause before
        # not inside brackets: "黄河街七中九小段(南起平安东路,北至…)" is one place, its 起 starts nothing
        starts = [s for s in _OBJECT_START.finditer(head) if not _unclosed(head[:s.start()])
                  and not _inside_division(head, s.start(), s.end())
                  and not (s.group() == ":" and _label_of_bounds(head, s.start())
                           and _BOUND_RUN.match(head, s.end()))
                  and not (s.group() == ":" and _place_colon_before_verb(head, s.start(), s.end()))]
        starts = [s for k, s in enumerate(starts) if not _will_inside_name(head, s, starts[:k])]
        obj = _REASONS_FIRST.sub("", head[starts[-1].end():] if starts else head)
        if not starts:
            obj = _DECIDED_FRONT.sub("", obj)  # "现决定B村调整为低风险区": the decision, no part of the place
        # "…为中风险区,同时B村调整为低风险区": 同时 (at the same time) opens the clause, no part of its place
        # (not a name after 将, "将同时村…", nor one 同时 opens: "同时村调整为…")
        if (same := _SAME_TIME_FRONT.match(obj)) and not (starts and starts[-1].group() in ("将", "把", "对")):
            obj = obj[same.end():]
        if not starts and (day := _DAY_GLUED_FRONT.match(obj)) and _listed_first(obj[day.end():].removesuffix("被")):
            obj = obj[day.end():]  # "10月5日A小区被划定为高风险区": the day (no comma, no 起) no part of the place
        if starts and starts[-1].group() == "起," and not obj.strip(" ,") and _conditioned_subject(head):
            # "A村已连续3天无新增感染者,自7月15日15时起,由中风险区域降级为低风险区域": the day's 起 and its comma
            # right before the verb open no object; the places are the condition's subject before them
            obj = head
        if starts and starts[-1].group() == "起" and obj.startswith(("对", "在")) \
                and m.group().startswith(("实行", "实施")):
            obj = obj[1:]  # "自10月1日起对A村、B村实施静默管理": the 对 after 起 is no part of the place
        if starts and starts[-1].group() == "对" and (again := _OBJECT_VERB_AGAIN.sub("、", obj)) != obj \
                and len(_split_enclosed(again)) == len(_split_enclosed(obj)) == obj.count("对") + 1:
            obj = again  # "对A小区、对B小区解除管控": the verb's 对 written again before each place, no part of it
        if starts and starts[-1].group() == "调整后," and (state := list(_LEVELS_STATE.finditer(obj))):
            obj = obj[state[-1].end():]  # "调整后,高风险区已全部解除,C小区为中风险区": the levels' state, then C小区
        if obj.rstrip().endswith(":") and _place_colon_before_verb(obj, len(obj.rstrip()) - 1, len(obj)):
            obj = obj.rstrip()[:-1]  # "A合围区域:调整为中风险区": the place's colon no part of it
        if starts and starts[-1].group() == "将" and (earlier := _parallel_will_start(head, starts)) is not None:
            obj = _PARALLEL_WILL.sub(r"\g<sep>", head[earlier:])
        # "…在A区自8月18日18时至20日24时实行静默管理": when (and how long) the place is under the level, not the place
        obj = _SPAN_END.sub("", obj) if starts and starts[-1].group() in ("在", "对") else obj
        if starts and starts[-1].group() == "将" and _WILL_AT_TIME.fullmatch(obj):
            # "海甸岛将于8月28日10时至29日凌晨1时实行静态管理": 将 says "will" before a time; the place is the
            # subject in front of it (the clause before the comma)
            obj = re.split(r"[,:;]", head[:starts[-1].start()])[-1]
        if (as_of := _AS_OF_FRONT.match(obj)) and (_listed_first(obj[as_of.end():])
                                                   or _whole_divisions_after(obj[as_of.end():])):
            # "说明:截至10月21日0时A社区全域降为低风险区": the hour it stands at, no place; so "截止3月5日24时,A区、
            # B县等2个县(市、区)由中风险调整至低风险等级" (黑龙江, 2020), whole counties the places after it
            obj = obj[as_of.end():]
        chain = _LIFT_CHAIN.search(head, 0, starts[-1].start()) if (
            (m["lift"] or m["lift2"]) and starts and starts[-1].group() == "对") else None
        start = m.end()
        # ("二、解除封控后,转为防范区": the time after a lift, the places the lift's)
        if _WILL_AT_TIME.fullmatch(obj.strip(" ,")) or _AFTER_LIFT_TIME.fullmatch(obj.strip(" ,")):
            continue  # "静态管理时间:从10月8日20时起实行静态管理": a time before the verb, no place
        if re.fullmatch(r"(?:已|将|也|均)?不再(?:单独)?", obj.strip(" ,")):
            continue  # "经研究,不再列为管控区": no longer (不再) put at the level, of no place named
        if _OF_PEOPLE_AFTER.match(body, m.end()):
            continue  # "提高警惕,调整为中风险地区的人员要报备": people from areas of the level, no place set
        if m.group().startswith("为") and _GIVEN_STATE.match(body, body.rfind("。", 0, m.start()) + 1, m.start()):
            continue  # "鉴于A区还有散发病例,A区全域为防范区,…。经研判,决定…": the state given as the reason
        if _RESPONSE_GRADE.search(obj):
            # "将应急响应级别调整为三级,A小区调整为中风险地区": the response grade's clause is no part of the places
            obj = _RESPONSE_GRADE_CLAUSE.sub("", obj)
            if _RESPONSE_GRADE.search(obj):
                continue  # "将A县应急响应级别调整为中风险": the grade raised, no place
        if starts and starts[-1].group() in ("将", "把") and (measure := _MEASURE_CHANGED_CLAUSE.match(obj)) \
                and _listed_first(obj[measure.end():].strip()):
            # "将核酸检测频次提升为每日一次,A小区由中风险区提升为高风险区": 将's own change (of a measure, to no
            # level) ends at its comma; the places after it are the subject of the next clause
            obj = obj[measure.end():]
        if (m["lift"] or m["lift2"]) and _INTO_LIFT_SCOPE.search(body, 0, m.start()) \
                and _LIFT_SCOPE_AFTER.match(body, m.end()):
            continue  # "创建成功的小区优先纳入解除临时静态管理的范围": put into the lift's scope later, none lifted now
        if re.match(r"(?:管理|管控|措施)?(?:以来|期间)", body[m.end():]):
            continue  # "自全县实行静态管理以来,…": since (or while) it was, a time, no place set
        if re.fullmatch(r"(?:[\d一二三四五六七八九十]+[.、.])?在", obj.strip(" ,")) \
                and re.match(r"(?:管理|管控|措施)?的?(?:区域|范围|地区)内", body[m.end():]):
            continue  # "1.在实施静态管理区域内,停止一切非必要流动": inside the areas under the level, a measure
        if _COUNTED_IN_DIVISIONS.search(obj) or _DEMONSTRATIVE.fullmatch(obj.strip(" ,")):
            continue  # "对A区、B区的19个乡镇(街道)分区分片解除…" counts what sections name; "此次解除…的区域"
        if not (m["lift"] or m["lift2"]) and _DIVIDED_INTO.match(body, m.end()):
            continue  # "将A镇划定为高风险区和低风险区二类区域": A is divided into areas of those levels
        if not (m["lift"] or m["lift2"]) and (tally := _TALLY_AFTER.match(body, m.end())) and (
                _RISK_AREAS_WORD.search(obj) or _cn_int(tally["n"]) != len(_split_enclosed(obj))):
            continue  # "X指挥部划定风险区域为封控区2个,管控区15个": counts of the levels, no place given one
        if re.search(r"(?:全域|全境|(?:所有|全部)(?:区域|地区))(?:均|已|全部|都)+$", obj) \
                or _ALL_DIVISIONS.search(obj) or _ABROAD.match(obj.strip()):
            continue  # "调整后,成都东部新区全域均为低风险地区", "宿迁市所有区域均为…": the state after the notice
        if _whole_state(obj, bool(starts) and starts[-1].group() == "调整后,", body[m.end():]):
            continue
        if _OWN_AREA_WHOLE.fullmatch(obj.strip(" ,、")) and (level := _LEVEL_RE.search(m.group())) \
                and _level_name(level.group()) in ("precaution", "low") \
                and not (starts and starts[-1].group() in ("将", "把", "对")):
            continue  # "A区划定B为封控区,…,辖区全域为防范区": the office's whole area at the rest's level, a blanket
        # "截至目前,A市均为低风险区": a whole division, all of it (均, 都) at the level, is the state after the
        # notice, a blanket (no 将 or 对 makes it the object of a change)
        every = re.fullmatch(r"(?P<head>[^,、;]+?)(?:均|都|全部|全都)", obj.strip())
        if (not starts or starts[-1].group() in ("目前,", "调整后,")) and every \
                and _whole_division(every["head"].strip()):
            continue  # "调整后,荆州市全域为低风险区", "A开发区全域仍为低风险区(高风险区除外)": the state
        if (m["lift"] or m["lift2"]) and (whole := _WHOLE_OF_DIVISION.match(obj.strip(",、"))) \
                and _whole_division(whole["head"]):
            continue  # "不再将柳江区全域设为防范区" (read as a lift): a whole district leaves its level, a blanket
        # "将“A县B镇C村”划为高风险区", "将A县B镇“C村、D村”2个村划分为中风险区": the quotation marks set the
        # object off (no part of a place), a count of the kind after them counts the places named
        # ("“A村三社、B镇C村”2个村(社)调整为中风险区": a second kind in brackets, the villages' groups (社, 组) or
        # communities (社区, 居) counted with them)
        # (a clause after the first, its comma left in front: ", “C村、D村”2个村调整为中风险区")
        quoted = re.fullmatch(rf"[\s,]*(?P<pre>[^“”,、;]*)“(?P<inner>[^“”]+)”(?:(?P<n>[\d{_CN_NUM}]+)[个处]"
                              r"(?:村居|村组|村|组|社|小区|社区|区域|地区|地点|场所|点位|楼栋|单位|街道|乡镇|镇)?"
                              r"(?:\((?:社区|社|居|组|村|小区|居委会)\))?)?", obj)
        if quoted and (not quoted["n"] or _cn_int(quoted["n"]) == len(_split_enclosed(quoted["inner"]))):
            obj = quoted["pre"] + quoted["inner"]
        elif _QUOTED_PARTS.fullmatch(obj):
            # "A镇“B村”,C镇“D店”、“E村、F村”": each part set off
            # ("将“A”“B”划为中风险区": quotes one after another, each a place: a separator between them)
            obj = re.sub(r"\s*[“”]\s*", "", re.sub(r"”\s*“", "”;“", obj))
        # "一类临时管控区域[A、B、C]调整为二类临时管控区域", "中风险区(D、E)调整为低风险区", "二类临时管控区域(F,G)
        # 解除管控措施": the level the places leave, then the places in brackets; the brackets set the object off
        bracketed = _LEVEL_BRACKETED.fullmatch(obj.strip(" ,"))
        if bracketed:
            obj = bracketed["obj"]
        counted = _counted_object(obj)
        summed = None if counted else _LIST_COUNTED.search(obj)
        origin, by_comma, kept_whole = "", False, False
        if counted:
            # "A、B等2个高风险区降为中风险区": the places and where they come from ("A、B等42个封控区…"
            # with two places named is a summary of a list below)
            obj, origin, by_comma, kept_whole = counted
        else:
            obj = _without_summary(obj)
            # "对A等34个封控区解除封控,调整为管控区(详见附表)": a lift of one (or a few) named, 等 and the count of
            # the level's areas, the others only in an annex: the places named, as a lift's object with 等 reads (not
            # when the list follows: "…等42个封控区…,具体如下:", where the example is a summary of it; nor a move
            # without a lift, "A、B等42个封控区调整为管控区。这42个区域包括:", a summary of the list below)
            # (so a move after 将, "将A等222个管控区调整为防范区" (a report, 庄河, 2021), the others unnamed; not
            # without 将, "A、B等42个封控区调整为管控区" over "这42个区域包括:", the summary of the list below)
            some = _SOME_OF_LEVEL.search(obj) if m["lift"] or m["lift2"] or (
                starts and starts[-1].group() in ("将", "把")) else None
            if some and some.start() > 0 and not _LIST_FOLLOWS.search(body, m.end()):
                obj, origin = obj[:some.start()], "由" + some["lv"]
        if not origin and starts and (starts[-1].group() in ("将", "把") or (
                (m["lift"] or m["lift2"]) and starts[-1].group() == "对")) and (
                former := _former_level_front(obj) or _former_level_back(obj)):
            # "将丰润区高风险区A村调降为中风险区": the level A leaves, no part of it; so in a lift, "对中风险区“B镇”解除
            # 管控", "对C村封控区解除封控"
            obj, origin = former
        if not origin and bracketed:
            origin = "由" + bracketed["level"]
        if (m["lift"] or m["lift2"]) and (levels := _FORMER_LEVELS_BACK.search(obj)) and levels.start() >= 2 \
                and not _whole_division(obj[:levels.start()]):
            # "对A封控区、管控区解除封控、管控": the levels the place leaves, both lifted (not "解除B区封控区、管控区、
            # 防范区的管控措施", every area of a whole district lifted, a blanket)
            obj = obj[:levels.start()]
        # ("A镇除封控区、管控区外,均为防范区": the comma before the tail's 均 ends the object too)
        obj = _REFERENCE.sub("", _OBJECT_TAIL.sub("", obj.strip(",、;。")).rstrip(",、;"))
        # "A、B,以上区域由中风险区调整为低风险区": the list, then a reference back to it, in one sentence
        listed_before = _LIST_THEN_REFERENCE.search(obj)
        if listed_before and not _listed_first(obj[:listed_before.start()]):
            listed_before = None  # "解除管控后,以上区域转为防范区": a time, not a list, before the reference
        if listed_before:
            obj = obj[:listed_before.start()]
        if m.group().startswith("由"):
            obj = _LEFT_LEVEL.sub("", obj)
        obj = _OFF_SCALE_FROM.sub("", obj)  # "A镇由较低风险转为低风险": a level of the five-colour scale left
        # "2022年3月4日9时划定A为封控区": the date and the verb are no part of the place; the date (no 起)
        # tells of an earlier day.
        past = _PAST_DESIGNATION.match(obj)
        if past:
            obj = obj[past.end():]
        else:  # "划定A为封控区", "新增A为中风险地区" (not "将新增病例所在的A小区调整为…": there 新增 is no verb)
            # ("调整A村为低风险区", "下调B社区为低风险区": the verb of adjusting in front of its object, then 为)
            # ("新划定A、B为高风险区", "新认定A为…", "新划A为…": newly drawn, 新 with the verb)
            # ("增加A:B路以东、…区域;C小区为封控区": 增加, "add", as 新增)
            verbs = ("新增|增加|新?(?:划定|确定|认定)|新划(?![定区])|调整|[上下]调" if m.group().startswith("为")
                     else "新?(?:划定|确定|认定)")
            obj = re.sub(rf"^(?:{verbs})(?=.)", "", obj)
        if starts and starts[-1].group() in ("将", "把"):
            obj = re.sub(r"(?<=.)新增$", "", obj)  # "将A新增为中风险地区"
        if (home := _CASE_HOME.match(obj)) and _complete_place(_split_enclosed(obj[home.end():] or "")[0]):
            obj = obj[home.end():]  # "病例居住地A小区1幢划定为封控区": why the place is drawn, no part of it
        conditioned = _conditioned_subject(obj)
        if conditioned:
            obj = conditioned  # "A、B,C连续7日无新增本土病例,即日起降为中风险区": the places the condition is about
        if (back := _LEVEL_BACK_REFERENCE.fullmatch(obj.strip(" ,"))) \
                and (named := _named_at_level(before, _level_name(back["lv"]), index, outer)):
            # "A小区划定为中风险区。经研判,该中风险区自…起调整为低风险区": the places the sentence above put at
            # the level the reference names
            obj = "、".join(named)
        if _BACK_REFERENCE.fullmatch(obj) and (subject := _subject(body) or _subject(before)):
            # "A村近14天内无新增病例,…,该地区调整为低风险地区"; "截至12月3日,A、B连续5天无新增感染者。现将以上
            # 区域由高风险区调整为低风险区。": the places the sentence (or the one above it) is about
            obj = subject
        if not (starts or numbered or sections or listed_before or conditioned or past) and "," in obj:
            # "3月3日进行动态评估,相较于3月1日,A镇由较低风险转为低风险": without a start the object runs back
            # over the pieces between commas that name places, not over the clauses of time before them
            obj = _places_at_end(obj)
        elif numbered and not (starts or sections or listed_before or conditioned) and "," in obj:
            # "2.县内全域分区域有序恢复生产生活,县城区域调整为防范区": a numbered item's clauses of what resumes
            # before the one with the places; the object starts after the last of them
            pieces = _comma_items(obj)
            prose = [k for k, piece in enumerate(pieces) if _PROSE_PIECE.search(piece)]
            if prose and prose[-1] < len(pieces) - 1:
                obj = ",".join(pieces[prose[-1] + 1:])
        explicit = (bool(starts) or numbered or bool(sections) or bool(listed_before) or bool(bracketed)
                    or _front_district(obj) is not None or bool(conditioned))
        # "A楼,B楼、…、C村8队新增为高风险区": a long list with its verb after it, each part a whole place
        items = _split_enclosed(obj)
        explicit = explicit or (len(items) >= 3 and all(_complete_place(item) for item in items))
        # ("A、B、…、O等15个区域划定为中风险区": closed by 等 and a count of areas that is the number of its parts, a
        # list of places, though a name may end in no kind word, "亚太城市月光"; most parts whole places still)
        explicit = explicit or (summed is not None and _cn_int(summed["n"]) == len(items) >= 3
                                and 2 * sum(_complete_place(item) for item in items) > len(items))
        passive = body[max(0, m.start() - 1):m.start()] == "被" or bool(_PASSIVE_AFTER_FROM.match(m.group()))
        lifted_after = _LIFTED_AFTER_TOLD.fullmatch(body, m.end())
        if lifted_after and m["level"] and not (m["lift"] or m["lift2"]) and obj.strip(" ,") \
                and (passive or (re.search(r"\d+月\d+日", head) and "起" not in head
                                 and not (starts and starts[-1].group() in ("将", "把", "对")))) \
                and _object_ok(obj.strip(" ,")):
            # "11月3日,A小区由低风险区被调整为中风险区,11月10日解除。", "A小区于10月5日由…被调整为高风险区,现解除
            # 管控。": a change told as history (passive, or its day with no 起 or 将), then the lift of the same
            # place with no object of its own (its day or 现): the place is lifted from the level it was put at
            # (not "从…起,将A调整为低风险区,并解除管控措施": the notice's own change, its measures lifted with it)
            for district, places in _district_runs(_split_enclosed(obj.strip(" ,")), said or outer):
                heading = _Heading("lift", _level_name(m["level"]), None, None, district, m.group())
                sections.append(_Section(heading, index, last=index, places=places))
            then_end = len(body)
            continue
        if passive and _NOW_AFTER.match(body, m.end()) and obj.strip(" ,") \
                and _PASSIVE_PAST_BEFORE.search(re.split(r"[,;。,;]", body[:m.start()])[-1]):
            # "A小区于11月3日被调整为高风险区,现调整为低风险区": the day's change is history (its day was taken
            # off the place as a tail); the clause of 现 after it, with no object of its own, is the place's now
            told = obj
            continue
        if passive and re.search(r"\d+月\d+日", obj):
            continue  # "…在2021年1月1日被调整为中风险区": what happened before, not what this notice sets
        if _PASSIVE_AFTER_FROM.match(m.group()) and (
                _PASSIVE_PAST_BEFORE.search(re.split(r"[,;。,;]", body[:m.start()])[-1])
                or _NOW_AFTER.match(body, m.end())):
            told = obj if _NOW_AFTER.match(body, m.end()) else ""
            continue  # "A小区于3月1日由中风险区被调整为高风险区,现调整为低风险区": history (review rv69c)
        if told and _NOW_CLAUSE.fullmatch(head) and (not (bare := re.sub(r"\([^()]{0,12}\)", "", obj).strip(" ,"))
                                                     or _NOW_CLAUSE.fullmatch(f",{bare},")):
            obj = told  # (the clause of 现 after the history above: its place)
        told = ""
        # (a sentence may list hundreds of places after its 将; without such a start, a long text is prose)
        if (m["lift"] or m["lift2"]) and not starts and _division_only(obj) \
                and not (m["level"] and _level_name(m["level"]) == "silent"):
            # "辽宁大连庄河市解除封控区、管控区" (a headline): the city lifts its areas, a blanket; but a district
            # silenced as a whole lifts its own silent management ("小店区已于…有序解除临时静默管理")
            continue
        if (m["lift"] or m["lift2"]) and (not starts or starts[-1].group() == ":") \
                and _division_from_hour(obj.strip(" ,")) and not (m["level"] and _level_name(m["level"]) == "silent"):
            continue  # "原标题:江苏宜兴今日18时起解除管控措施": the division lifts from that hour, a blanket
        if _WHOLE_OWN.fullmatch(obj) and m["level"] and _level_name(m["level"]) in _WHOLE_OWN_LEVELS \
                and (not m["lift"] or _level_name(m["level"]) == "silent"):
            # "全县实行静默管理": the notice's whole district, named once it is known (_name_whole_own)
            # ("解除全县静态管理": the whole district's silent management lifted, the district as much)
            pass
        elif not obj or len(obj) > (200_000 if explicit else 600) or not (explicit or len(obj) < 60) \
                or not _object_ok(obj):
            continue
        elif (m["lift"] or m["lift2"]) and _PROCESS_BEFORE_LIFT.search(obj.strip(" ,")):
            continue  # "接下来,将逐日研判、逐日调整,直至全部解除管控": how the office will go on, no place lifted
        elif (m["lift"] or m["lift2"]) and _NO_LIFTED_OBJECT.fullmatch(obj.strip(" ,、")):
            continue  # "…起县域内有序解除封控管理", "…起拟解除封控管理": the territory, a plan or a measure, no place
        elif re.match(r"解除|解封", obj) and _LIFTED_PEOPLE.search(obj):
            continue  # "解除居民封控,纳入管控区管理": a lift of people's measures left unread is no place
        elif (m["lift"] or m["lift2"]) and (people := _PEOPLE_OBJECT.search(obj.strip(" ,、"))) \
                and not _complete_place(obj.strip(" ,、")[:people.start()]):
            continue  # "对外来务工人员,解除临时管控措施": people let go of measures, no place ("A小区居民" is A小区's)
        if m["lift2"]:
            analysed: tuple[str, str | None, str | None] = ("lift", _level_name(m["managed"] + "区"), None)
            obj = _RESIDENTS_OF.sub("", obj)
            # "原标题:A小区解除封控": the levels alone need the object their 对 introduces, or a numbered item
            # that is the object ("1、A楼;B楼;C层解除封控;")
            whole_item = (numbered and not starts and head == body[:m.start()]) or bool(bracketed)
            # "自3月31日起,A路13号、B街84号C公寓解除封控,调整为管控区": the places the subject of the lift (after a
            # time at most), the clause after it naming their new level; each a whole place of its own
            whole_item = whole_item or (
                (not starts or starts[-1].group() in ("起,", "起")) and bool(_LIFT_THEN.match(body, m.end()))
                and bool(subject := _split_enclosed(obj.strip(" ,、"))) and "," not in obj.strip(" ,、")
                and all(_complete_place(item) and not _PEOPLE.search(item) for item in subject))
            if not starts and not whole_item:
                continue
            if not whole_item and not m.group().endswith(("管理", "措施")) \
                    and starts[-1].group() not in ("对", "将", "把"):
                continue
        elif m["lift"]:
            analysed = ("lift", _level_name(m["level"]), None)
        else:
            analysed = _analyze(m.group() if m.group().startswith("由") else origin + m.group())
        then = _LIFT_THEN.match(body, m.end()) if analysed[0] == "lift" and analysed[1] else None
        if then and m["lift2"] and _MANAGED_AS_LOW.search(then.group()):
            # "解除A小区封控措施,按低风险区域管理": sealed or controlled measures lifted, the place then managed as
            # any low area is: a lift (the corpus's convention, as "解除…临时管控措施,按低风险区域管理")
            then = None
        if then:
            then_end = then.end()
            # "将A、B解除高风险区,与海州区其他区域同为低风险区", "…解除封控,调整为防范区": the clause after
            # the lift gives the level the places go to
            to = _level_name(then["level"])
            diff = _RANK[to] - _RANK[analysed[1]]
            analysed = ("upgrade" if diff > 0 else "downgrade" if diff < 0 else "set", analysed[1], to)
            # "对A村(封控区9)、B社区(封控区14)解除封控,纳入管控区管理": each place's note names the level it leaves
            # (and its number there), which the change says; no part of the place
            obj = _LEVEL_NOTES.sub("", obj)
        managed = re.fullmatch(r"(?:实行|实施)[高中低]风险(?:地区|区域|区)", m.group()) \
            and body.startswith(("管理", "管控"), m.end()) and not _PEOPLE.search(obj)
        if m.group().startswith(("实行", "实施")) and analysed[2] != "silent" and not managed:
            continue  # "实行…措施" is no designation; only silent management and "实施低风险区管理" are "实行"
        if m.group().startswith(("实行", "实施")) and _DURING.match(body, m.end()):
            continue  # "在实行临时静默管理期间,…": a time the sentence speaks of, no place put under it
        if m.group().startswith(("实行", "实施")) and _PEOPLE_OBJECT.search(obj):
            continue  # "对全县所有人员实行静默管理", "对进出人员实行…": people kept at home, no place
        if starts and (drawer := _DRAWING_DIVISION.fullmatch(starts[-1].group())) \
                and (found := _front_district(drawer["name"] + "X")) and found[1] == "X":
            # "…北辰区划定A为封控区。东丽区划定B、C为封控区" (a report over two districts): the district that draws
            # the areas, the subject before 划定, is its places' district
            said = found[0]
        elif starts and starts[-1].group() in ("将", "把") \
                and (subject := _DIVISION_SUBJECT.search(head, 0, starts[-1].start())) \
                and (found := _front_district(subject["name"] + "X")) and found[1] == "X":
            # "北辰区将A小区,B小区划定为封控区" (a report over districts): the district that draws the areas, the
            # subject of 将 at its clause's start, as before 划定
            said = found[0]
        if analysed[0] == "lift":
            # the level each object leaves: in brackets after it ("对A小区(封控区)", "对A(封控区)、B(管控区)"),
            # else in its count ("对B、C等2个防范区解除封控、管控"), else the level the verb names
            if origin:
                analysed = ("lift", _level_name(origin.removeprefix("由")), None)
            clauses = _LIFT_CLAUSE.finditer(chain.group()) if chain else []
            noted = [(_level_name(c["level"]), c["obj"]) for c in clauses]
            items = _split_enclosed(obj)
            if any(_LEVEL_NOTE.search(item) for item in items):
                for item in items:
                    note = _LEVEL_NOTE.search(item)
                    noted.append((_level_name(note["level"]), item[:note.start()]) if note else (analysed[1], item))
                obj = ""
            for level_from, part in noted:
                if not _object_ok(part):
                    continue
                runs = _district_runs(_split_enclosed(part), said or outer)
                for district, places in runs:
                    heading = _Heading("lift", level_from, None, None, district, m.group())
                    sections.append(_Section(heading, index, last=index, places=places))
                if runs and runs[-1][0]:
                    said = runs[-1][0]
            if not obj:
                continue
        items = _comma_items(obj) if by_comma else (_described_class(obj) or _district_items(obj)
                                                      or _unit_run_items(obj) or _semicolon_items(obj)
                                                      or _split_enclosed(obj))
        runs = _district_runs(items, said or outer, own_street=not kept_whole, counted=by_comma)
        if (excepted := _EXCEPTION_AFTER.match(body, m.end())) and _complete_place(excepted["place"]) \
                and not _NOT_EXCEPTED_PLACE.search(excepted["place"]):
            # "A县、B县由中风险调整为低风险,C小区除外": the exception after the clause is kept on its places, as
            # written ("…,区域内337国道除外" is kept so); places of one district before one exception are one place
            # (as the corpus keeps "A镇、B镇除…以外的其他区域"), each whole district its own
            # (an exception that names one of the districts is that district's alone: ",B县C小区除外"; review rv71b)
            owners = {d for d, _places in runs if d and excepted["place"].startswith(d)}
            runs = [(district, [f"{'、'.join(places)},{excepted['ex']}"] if not owners or district in owners
                     else places) for district, places in runs]
        for district, places in runs:
            heading = _Heading(*analysed, None, district, m.group())
            sections.append(_Section(heading, index, last=index, places=places, past=past is not None))
        if runs and runs[-1][0]:
            said = runs[-1][0]
    return sections


# "对A小区、 对B小区解除临时管控管理措施" (南昌, spring 2022): the 对 that opens the object written again after each
# 、, the objects' verb repeated (only when every place after the first has it: "对A、对江村" keeps a name of 对 else)
_OBJECT_VERB_AGAIN = re.compile(r"、[ \t]*对(?=[^\W\d_]{2})")


# "辖区全域", "本辖区内所有区域": the whole area the office governs, by no name; at the lowest level, after the
# areas of the others, it is the district's rest, a blanket (only the whole object: a list's "A镇、B乡辖区全域" is
# read as before, and so is a whole district silenced or sealed; and so is the object of a change, "将辖区全域调整为
# 低风险区", the whole area lifted)
_OWN_AREA_WHOLE = re.compile(r"(?:本|我|该)?辖区(?:范围)?内?的?(?:全域|全境|所有区域|全部区域|所有地区|全部地区)")


# "调整后,高风险区已全部解除,C小区为中风险区", "调整后,全县无高风险区,C小区…": a clause of the state of the levels
# (lifted, none left) before the places the sentence gives a level; no part of them
_LEVELS_STATE = re.compile(r"[^,;]*(?:(?:风险|封控|管控|防范)(?:区域|地区|区)[^,;]{0,8}?(?:解除|撤销|取消|清零)"
                           r"|(?:无|没有)(?:[高中低]风险|封控|管控|防范)(?:区域|地区|区))[^,;]{0,6},")


# "鉴于A区社会面还有散发病例,A区全域为防范区,按…管理。": a sentence of 鉴于 (given that) states why the notice
# decides; a level it says a place is (为, no verb of a change) before any decision ("经研判", "决定", "将", "对",
# "现将") is the state it starts from
_GIVEN_STATE = re.compile(r"\s*鉴于(?![^。]*(?:决定|研判|研究|评估|将|把|对|现(?:将|决定|对|把|划)|划|纳入|同意))"
                          r"[^。]*$")


# "…划定风险区域为封控区2个,管控区15个,防范区2个(具体名单见附件)": a count after the level tallies the areas of
# each level; the subject (the risk areas, not the places counted) takes none
_TALLY_AFTER = re.compile(rf"(?:共|计|共计)?(?P<n>[\d{_CN_NUM}]{{1,4}})[个处](?=[,;。、]|$)")
_RISK_AREAS_WORD = re.compile(r"(?:风险|封控|管控|防范)(?:区域|地区|区)$")


# "对全县所有人员实行静默管理", "对在A镇工作的人员实行…": the object is people, not a place
_PEOPLE_OBJECT = re.compile(r"(?:人员|人群|群众|市民|居民|旅客)$")
# "调整为中风险地区的人员", "调整为高风险地区的返乡人员": the level describes where people come from
_OF_PEOPLE_AFTER = re.compile(r"(?:区域|地区|区)?的[^,;。:]{0,6}?(?:人员|人群|群众|旅客)")
# "应急响应级别", "应急响应等级": the emergency response grade, no place
_RESPONSE_GRADE = re.compile(r"响应(?:级别|等级)")
# "将核酸检测频次提升为每日一次,": a clause of 将 whose change is of a measure (its 为 names no level: the level's
# would be read as a change of its own), closed by its comma
_MEASURE_CHANGED_CLAUSE = re.compile(r"^[^,;()]{2,30}?(?:调整|提升|提高|降低|下调|上调|改|增加|减少|延长|缩短)"
                                     r"(?:为|至|到)[^,;()]{1,20}[,;]")
_RESPONSE_GRADE_CLAUSE = re.compile(r"^[^,;]*响应(?:级别|等级)[^,;]*[,;]")


# A report's lead counting the towns of the districts it names ("对A区、B区、C区的19个乡镇(街道)分区分片逐步解除
# 静默管理"): the districts' sections name the places, the lead none; nor does a demonstrative ("此次解除…的区域").
# ("将A区、B区(C区)的34个高风险区调整为中风险区" (乌鲁木齐, summer 2022): the districts' areas of a level counted, the
# district's other name in brackets before 的; the lists below name them)
_COUNTED_IN_DIVISIONS = re.compile(rf"(?:区|县|市|旗)(?:\([{_CJK}]{{2,8}}\))?的(?:共|计)?[\d{_CN_NUM}]{{1,4}}个"
                                   rf"(?:{_SUMMARY_KIND}|{_LEVEL})")
_DEMONSTRATIVE = re.compile(r"此次|本次|这次|该次|此轮|本轮|上述|以上")


# "将A区B、C等42个小区、村;D区E、F等33个小区、村;将G区H等40个小区、村;…,调整划定为高风险区" (呼和浩特, autumn 2022):
# clauses of 将 one after another, separated by ";", sharing the one verb after the last; the object runs from the
# first 将 (invented: "将甲区A村;将乙区B村,划为中风险区"). Only where the clauses before the last name no level and
# no verb of their own (a clause "将A调整为高风险区;将B…" is its own sentence, read before).
_PARALLEL_WILL = re.compile(r"(?P<sep>;)[ \t]*将")


def _parallel_will_start(head: str, starts: list[re.Match[str]]) -> int | None:
    earlier = None
    for s in reversed(starts[:-1]):
        if s.group() != "将":
            break
        between = head[s.end():starts[-1].start()]
        if ";" not in between or re.search(rf"。|:|{_LEVEL}|{_TARGET_VERB}|解除|实行|实施", between) \
                or not re.search(r";[ \t]*$", head[:starts[-1].start()]):
            break
        earlier = s.end()
    return earlier


# "将甲社区将军路3号划为高风险区", "将将军苑小区划为…", "对乙村将台路5号实行封控": the verb 将 (把, 对) opens its
# object once; a later 将 inside that object (no clause break since) starts a name (将军路, 将军苑), no second
# object. (Not "将于8月1日起将A…" nor "对A将实行…": a 将 of "will" before a time or a verb opens nothing, and is
# no name either.)
_WILL_NOT_NAME = re.compile(r"将(?:于|自|从|在|按|根据|依|进一步|继续|会|要|适时|及时|全面|严格|对|把|由"
                            rf"|以下|下列|上述|以上|{_TARGET_VERB}|解除|解封|实行|实施|采取|纳入|列为|确定|划|设为|升|降|不再|[^{_CJK}])")
# a place below a town written right before the 将 (the office that designates is a city, district or town: "兰州市将
# A街道…", "调整管控区域将B…" keep their verb)
_BELOW_TOWN_END = re.compile(rf"[{_CJK}](?:社区|小区|村|组|路|街|巷|弄|号|楼|栋|幢|苑|园|院|庄|屯)$")
_PLACE_KIND_END = re.compile(r"(?:镇|乡|街道|区|县|市|旗|[)）])$")
_CLAUSE_BREAK = re.compile(r"[,;:。]|解除|实行|实施|采取|纳入")


def _will_inside_name(head: str, will: re.Match[str], before: list[re.Match[str]]) -> bool:
    """Whether a 将 start is a name's: right after a place below a town, or inside the object of an earlier 将, 把
    or 对 of its clause."""
    if will.group() != "将" or _WILL_NOT_NAME.match(head, will.start()) or will.end() >= len(head):
        return False
    if not _complete_place(re.split(r"[,;:。、]", head[will.start():])[0]):
        return False  # ("A小区将被划定为…", "B村将恢复为…": 将 before a verb, "will", no name's start)
    if _BELOW_TOWN_END.search(head, 0, will.start()):
        return True  # "甲社区将军路3号划为…": no community, compound or road designates areas; its name goes on
    # (inside the object, the 将 comes right after the verb, a 、 or a place's kind: "将A、将军苑", "将A镇将军村";
    # not "将决定将A…", a copy's doubled verb)
    if not (re.search(r"[、(]$", head[:will.start()]) or _PLACE_KIND_END.search(head, 0, will.start())
            or any(s.end() == will.start() for s in before)):
        return False
    for s in reversed(before):
        if _CLAUSE_BREAK.search(head, s.end(), will.start()) and not _comma_list_of_places(head[s.end():will.start()]):
            return False
        if s.group() in ("将", "把", "对") and not _WILL_NOT_NAME.match(head, s.start()):
            return True
    return False


def _comma_list_of_places(between: str) -> bool:
    """Whether the text from an earlier verb's 将 up to a later 将 is a list of whole places split at "," (the
    last piece the place the later 将 goes on in): "将A市B街道C社区,A市B街道将军湖社区…" (大连, 2021)."""
    if re.search(r"[;:。]|解除|实行|实施|采取|纳入", between):
        return False
    pieces = between.split(",")
    return len(pieces) >= 2 and all(_complete_place(p.strip()) for p in pieces[:-1])


# The time after 将 meaning "will": "将于8月28日10时至29日凌晨1时", "将自11月3日起", "将从今日18时起".
_TIME_POINT = (r"(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|今日|今天|明日|明天|即日)(?:[上下]午|凌晨|晚上?|早上?)?"
               r"(?:\d{1,2}(?::\d{2}|时|点)(?:\d{1,2}分)?)?")
_SPAN_END = re.compile(rf"(?<=.)(?:自|从|于){_TIME_POINT}(?:(?:至|到|—|-|~){_TIME_POINT})?(?:起|止)?,?$")
_WILL_AT_TIME = re.compile(rf"(?:于|自|从|在)?{_TIME_POINT}"
                           rf"(?:(?:至|到|-|—){_TIME_POINT}|(?:至|到|-|—)?(?:凌晨|晚上?)?\d{{1,2}}(?:时|点))?"
                           r"(?:起|开始|期间)?")


# "将丰润区高风险区A村调降为中风险区", "将高风险区B小区调整为低风险区": the level the place leaves written in front
# of it (after its district, if any), as "将A村由高风险区调降为中风险区".
# ("将原中风险区A小区5号楼调整为高风险区": 原 / 原来的 / 现 before the level it leaves)
# ("将高风险区域调整为低风险区": the level written with 区域 is the whole object, its 域 no place)
_FORMER_LEVEL_FRONT = re.compile(rf"(?:原来?的?|现有?的?|原定的?)?"
                                 rf"(?P<level>[高中低]风险(?:地区|区域|区)|(?:封控|管控|防范)区域?)"
                                 rf"(?!域|内|外|以外|之外|所在|周边|范围|等|的|中|人员|[、,;]|[和及与](?:[高中低]风险|封控|管控|防范))"
                                 rf"(?=[{_CJK}A-Za-z\d])")


# "…、O等15个区域": 等 and a count of areas closing a list (the count's digits, to check against the parts)
_LIST_COUNTED = re.compile(rf"等(?P<n>[\d{_CN_NUM}]{{1,4}})[个处](?:区域|地区|点位|地点|场所|小区)$")


def _former_level_front(obj: str) -> tuple[str, str] | None:
    """(the object without it, "由" + the level) when a level stands in front of the object's first place."""
    m = _FORMER_LEVEL_FRONT.search(obj)
    if m is None:
        return None
    pre = obj[:m.start()]
    if pre and not ((found := _front_district(pre + "甲")) and found[1] == "甲"):
        return None  # only the district may come before it: "A村高风险区以外" is something else
    return pre + obj[m.end():], "由" + m["level"]


# "将东城街道A小区6幢高风险区降为低风险区", "将B村、C村封控区调整为管控区": the level the places leave written
# after them, right before the verb, as "将A由高风险区降为低风险区" (not after 的, 等 or a count: "A的高风险区",
# "A等2个高风险区" are read elsewhere; not a part of a place: "A小区内高风险区").
# ("将A街道、B街道临时管控区解除管控": a temporary level, 临时 no part of the last place)
_FORMER_LEVEL_BACK = re.compile(r"(?<=[\u4e00-\u9fff\dA-Za-z)])(?<![的等个内外中和及与])(?:临时(?=管控|封控|防范))?"
                                r"(?P<level>[高中低]风险(?:地区|区域|区)|封控区|管控区|防范区)$")

# ("对A社89号、A社90号封控区、管控区解除封控、管控": two levels after the places, which a lift leaves both of)
_FORMER_LEVEL_WORD = r"(?:[高中低]风险(?:地区|区域|区)|(?:封控|管控|防范)区域?)"
_FORMER_LEVELS_BACK = re.compile(rf"(?<=[\u4e00-\u9fff\dA-Za-z)])(?<![的等个内外中和及与除])"
                                 rf"{_FORMER_LEVEL_WORD}(?:(?:[、和及与]|以及){_FORMER_LEVEL_WORD})+$")


def _former_level_back(obj: str) -> tuple[str, str] | None:
    """(the object without it, "由" + the level) when a level closes the object after its last place."""
    m = _FORMER_LEVEL_BACK.search(obj)
    if m is None or m.start() < 2:
        return None
    return obj[:m.start()], "由" + m["level"]


# "全县实行静默管理", "全区实施临时静默管理": the whole district (county, banner, county-level city) the notice
# speaks for; its place is the district itself ("对迎泽区实行临时静默管理").
# ("市域范围", "县域范围内": the territory of the city or county, written with 域 after its kind, the same; not
# "区域范围", an area's range)
_WHOLE_OWN = re.compile(r"(?:全|(?=[县旗市]域))(?P<kind>县|区|旗|市)(?:范围内?|域(?:范围内?)?|境|辖区)?")
# ("对全旗实行封控管理措施": a whole banner sealed, as one silenced; 管控 over a whole county is a regime, no level)
_WHOLE_OWN_LEVELS = ("silent", "sealed")


# "鲁甸县 县内全域", "A区 区内所有区域": the whole of the district written in front, told by its own kind word
# (县内, 区域内, 市域内) and a word of all of it: the district itself, at any level, in any notice's list.
_WITHIN_OWN_KIND = re.compile(r"(?:全|本)?(?P<kind>县|区|旗|市)(?:内|域内?|境内?|范围内)的?"
                              r"(?:全域|全境|所有区域|全部区域|所有地区|全部地区)")
# ("行政管辖区域", "行政区域", "管辖区域内": the area a district governs, written after its name)
_GOVERNED_AREA = re.compile(r"(?:(?:行政管辖|行政|管辖)区域|辖区)(?:范围)?内?")
# "武安市所有区域" in 武安市's own notice: all its areas, the district as its 全域 is.
_ALL_AREAS = r"|(?:所有|全部)(?:区域|地区)"


# "决定自5月14日8时起县域内有序解除封控管理", "自2022年4月6日20时起,有序解除封控状态", "决定自3月30日起有序
# 解除县域内封控管理" (河北, spring 2022): a county's own office lifts the lockdown of its whole territory, in the
# decision's one sentence (its time or 决定 before), the territory written as 县域内 (全县, 域内, 全域) or not at all,
# no new level: the notice's district itself, lifted, when the notice lists no place (else a blanket over its
# list). (Not a hedge or plan, "如…", "待…", "拟…"; not a time since, "自…实施封控管理以来"; nor a lift of a measure
# (交通管制, 卡口): only the lockdown (封控, 封闭, 静态, 静默) itself, the clause naming nothing else.)
_WHOLE_OWN_LOCKDOWN_LIFTED = re.compile(
    r"(?:^|(?<=[,;。:]))(?P<pre>[^,;。:]{0,40}?)"
    r"(?P<own1>(?:全|本)?(?:县|区|旗|市)域(?:范围)?内?|全(?:县|区|旗|市)(?:范围)?内?|域内|全域)?"
    r"(?:有序|全面|逐步|正式|依法)?(?:解除|解封)"
    r"(?P<own2>(?:(?:全|本)?(?:县|区|旗|市)域(?:范围)?内?|全(?:县|区|旗|市)(?:范围)?内?|域内|全域)的?)?"
    r"(?:全域)?(?:临时性?)?(?:封控|封闭|静态|静默)(?:管理|管控)?(?:措施|状态)?(?=[,;。]|$)")
_WHOLE_OWN_LIFT_START = re.compile(r"起|决定")
# (a hedge or plan opening any clause of the sentence before; in the lift's own clause, a time since or after, a
# reason, or anything named: a place's kind, people, traffic)
_WHOLE_OWN_LIFT_HEDGE = re.compile(r"(?:^|[,;:])(?:如果|如若|假如|倘若|若|如(?!下)|一旦|待|拟|计划|预计|争取|力争|视情)"
                                   # (a place named before: "由于A村连续7天无新增,决定…解除封控管理" is A村's)
                                   r"|[^,;:]{2}(?:村|社区|小区|街道|[镇乡](?!村))(?:[,;:]|$)"
                                   r"|(?:由于|因为|鉴于|因)[^,;:。]*?(?:村|社区|小区|街道|镇|乡)")
_WHOLE_OWN_LIFT_CLAUSE = re.compile(r"以来|以后|之后|由于|因为|鉴于|将|计划|拟|准备|预计|争取|力争|视情"
                                    r"|[镇乡村路街]|社区|小区|交通|卡口|道口|人员")


# (the lift's clause, or the time's clause just before it, is the decision and its time alone: "决定自5月14日8时起",
# "经研究决定,5月14日起"; not a subject of its own, "A医院决定自…起解除封闭管理", "各学校自…起", "邻县B县决定…",
# "决定自…起对下列小区解除封控管理" over the places listed)
_WHOLE_OWN_LIFT_TIME = (r"(?:[\d零〇一二三四五六七八九十两]+(?:年|月|日|号|时|点|分|:)?|整|即日|即刻|今日|今天"
                        r"|明日|当日|凌晨|上午|下午|晚上|早上|中午|本?(?:通告|公告)(?:发布|公布)(?:之日)?|发布之日|公布之日|[-—至到])*")
_WHOLE_OWN_LIFT_LEAD = re.compile(rf"(?:经研究|研究)?(?:现|特)?(?:决定)?(?:自|从|于)?{_WHOLE_OWN_LIFT_TIME}"
                                  r"(?:起|开始)?")
# (the notice before the lift names no smaller place or unit whose lockdown it may be: "东风小区已连续14天无新增阳性。
# 经研究,决定自…起解除封控管理", "关于A村解除封控管理的通告", "高风险区连续7天无新增…")
_WHOLE_OWN_LIFT_OTHER = re.compile(r"[村镇乡]|社区|小区|街道|楼|栋|单元|学校|[中小]学|幼儿园|医院|卫生院|工厂|厂区|企业"
                                   r"|公司|机构|养老|收费站|风险区|封控区|管控区|防范区")


def _whole_own_lift_matches(sentence: str) -> Iterator[re.Match[str]]:
    """The lifts of the notice's whole territory's lockdown in one sentence (_WHOLE_OWN_LOCKDOWN_LIFTED, guarded)."""
    for m in _WHOLE_OWN_LOCKDOWN_LIFTED.finditer(sentence):
        # ("自2022年4月6日20时起,有序解除封控状态": the time may be a clause of its own just before)
        before = re.split(r"[,;:]", sentence[:m.start()].rstrip(",;:"))[-1] if not m["pre"] else ""
        clause = m["pre"] or (before if re.search(r"起$", before) else "")
        if not _WHOLE_OWN_LIFT_START.search(clause) or not _WHOLE_OWN_LIFT_LEAD.fullmatch(clause) \
                or _WHOLE_OWN_LIFT_HEDGE.search(sentence[:m.start()] + m["pre"]) \
                or _WHOLE_OWN_LIFT_CLAUSE.search(clause):
            continue
        yield m


def _whole_own_lockdown_lifted(lines: list[str]) -> dict[str, Any] | None:
    """The lift of the notice's whole territory's lockdown (see _WHOLE_OWN_LOCKDOWN_LIFTED) as a change with no place
    yet (its district is named once the notice's own is known), or None."""
    earlier = ""
    for line in lines:
        for sentence in re.split(r"(?<=。)", _compact(line)):
            for m in _whole_own_lift_matches(sentence):
                if _WHOLE_OWN_LIFT_OTHER.search(earlier + sentence[:m.start()]):
                    return None
                kinds = {w[0] if w[0] != "全" else w[1] for w in (m["own1"], m["own2"]) if w and w[0] in "全县区旗市"}
                kinds = {k for k in kinds if k in "县区旗市"}
                silent = re.search(r"解[除封][^,;。]*?(?:静态|静默)", m.group())
                return {"action": "lift", "level_from": "silent" if silent else "sealed", "level_to": None,
                        "district": None,
                        "stated_count": None, "places": [], "kinds": kinds}
            earlier += sentence
    return None


def _name_whole_own_lift(change: dict[str, Any], district: str | None) -> bool:
    """Names the whole territory lifted by _whole_own_lockdown_lifted as the notice's own district (a county, a
    district, a banner or a county-level city, of the kind the sentence wrote if it wrote one); False when the
    notice has no such district."""
    kinds = change.pop("kinds")
    if not district or district[-1] not in "县区旗市" or (kinds and district[-1] not in kinds):
        return False
    change["district"] = district
    change["places"] = [district]
    return True


def _name_whole_own(changes: list[dict[str, Any]], own: str | None = None) -> None:
    """ "全县" under silent management (or lifted from it, when the notice lists no other place) is the notice's
    district when that is a county (区, 旗, 市 alike). ``own``: the notice's own district; "封控范围:A县全域" in A县's
    notice (the district taken off in front, "全域" left) is the whole county at any level, the county itself (a
    province's or city's list of districts keeps "全域")."""
    blankets = []
    for change in changes:
        district = change["district"]
        silent_lifted = change["action"] == "lift" and change["level_from"] == "silent" and not change["level_to"]
        if silent_lifted and any(c is not change and c["places"] for c in changes):
            # ("解除全旗静默管理措施" beside a list of places given levels: the lift of the whole is a blanket, the
            # lists say where each area stands; alone it is the notice's one area, the district itself)
            change["places"] = [p for p in change["places"] if not _WHOLE_OWN.fullmatch(p)]
            if not change["places"]:
                blankets.append(change)
        if (change["level_to"] in _WHOLE_OWN_LEVELS or silent_lifted) and district:
            # ("静默管理区域:A区全域": the district's 全域 under silent management is the district as well)
            change["places"] = [district if ((w := _WHOLE_OWN.fullmatch(p)) and district.endswith(w["kind"]))
                                or ((change["level_to"] == "silent" or silent_lifted) and p in ("全域", "全境"))
                                else p
                                for p in change["places"]]
        if district and change["level_to"] in _WHOLE_OWN_LEVELS:
            # "对A县行政管辖区域实行相对封闭管理" (the county taken off in front): the area it governs, the county
            change["places"] = [district if _GOVERNED_AREA.fullmatch(p) else p for p in change["places"]]
        if own and district == own and change["level_to"]:
            change["places"] = [district if re.fullmatch(rf"(?:全域|全境)(?:范围内?)?{_ALL_AREAS}", p) else p
                                for p in change["places"]]
        if district and change["level_to"] and _district_ok(district):
            # ("辖区全域为管控区", "A县辖区全域实行管控区管理" (the county taken off in front): the whole area the
            # district's office governs, at a level, is the district itself; the rest at the lowest level after the
            # others' areas is a blanket, dropped before this)
            change["places"] = [district if _OWN_AREA_WHOLE.fullmatch(p) else p for p in change["places"]]
        elif not district and change["level_to"] not in (None, "low", "silent") \
                and any(_OWN_AREA_WHOLE.fullmatch(p) for p in change["places"]):
            # ("辖区全域实行管控区管理" in a notice whose district is not known: the whole area of an office not
            # named, no place; a blanket when it is the change's only one. Not silent management: "辖区全域实行静默
            # 管理" stays the place 辖区全域, for the reviewer to name, as before)
            change["places"] = [p for p in change["places"] if not _OWN_AREA_WHOLE.fullmatch(p)]
            if not change["places"]:
                blankets.append(change)
        if district and change["level_to"]:
            change["places"] = [district if (w := _WITHIN_OWN_KIND.fullmatch(p)) and district.endswith(w["kind"])
                                else p for p in change["places"]]
        elif change["level_to"]:
            # (the district not known: the whole written as offices write it, "全市", not the rewrite's "市域内全域")
            change["places"] = [f"全{w['kind']}" if (w := _WITHIN_OWN_KIND.fullmatch(p)) else p
                                for p in change["places"]]
    changes[:] = [change for change in changes if all(change is not b for b in blankets)]
    if not own:
        _whole_own_restated(changes)


def _whole_own_restated(changes: list[dict[str, Any]]) -> None:
    """ "新余高新区全区继续实施静态管理" over "继续对全区实施静态管理" (a zone's notice that writes itself 我区, its
    district not known): a bare whole (全区) at the level one named whole of its kind holds (a division or zone that
    is its own place) is that whole, written again; named so. (Two such wholes, or none: left as written.)"""
    emptied = []
    for change in changes:
        if change["district"] or change["level_to"] not in _WHOLE_OWN_LEVELS:
            continue
        renamed = set()
        for at, place in enumerate(change["places"]):
            if not (w := _WHOLE_OWN.fullmatch(place)) or not place.startswith("全"):
                continue
            named = {c["district"] for c in changes if c["district"] and c["places"] == [c["district"]]
                     and c["level_to"] == change["level_to"] and c["district"].endswith(w["kind"])}
            if len(named) == 1:
                change["places"][at] = change["district"] = named.pop()
                renamed.add(at)
        # (the whole once: the named whole's own change holds it already)
        change["places"] = [p for at, p in enumerate(change["places"]) if at not in renamed
                            or not any(c is not change and c["places"] == [p] for c in changes)]
        if renamed and not change["places"]:
            emptied.append(change)
    changes[:] = [c for c in changes if all(c is not e for e in emptied)]


# "对全镇域实行最严格的封控措施" (吉林, January 2021: a town office's report): the whole of the notice's own town
# (乡, 街道) as the place, named where the notice names its one town: a known district's town in its headline or
# lead ("吉林省甲市乙镇实行…"), or the town in front of its office ("乙镇疫情防控指挥部"); read as "乙镇全域".
# (Two towns named, or none: left as written.)
_WHOLE_OWN_TOWN = re.compile(r"全(?P<kind>镇|乡|街道)(?:域|境)(?:范围内?)?")
_TOWN_OF_OFFICE = re.compile(rf"(?m)(?:(?<=[省市区县旗])|^)(?P<town>[{_CJK}]{{2,6}}?(?:镇|乡|街道))"
                             r"(?:人民政府|党委|办事处|新冠|新型冠状|疫情|联防联控|防控)")
_TOWN_LISTED = re.compile(rf"(?<=[镇乡道][、和及])(?P<town>[{_CJK}]{{2,5}}?(?:镇|乡|街道))")
_TOWN_AFTER = re.compile(rf"(?<=[市区县旗])(?P<town>[{_CJK}]{{2,5}}?(?:镇|乡|街道))")


def _name_whole_own_town(changes: list[dict[str, Any]], text: str) -> None:
    """ "全镇域" (全乡域, 全街道域) given a level is the notice's one town's whole area ("乙镇全域"); ``text``: the
    notice's lines, compacted, one a line."""
    if not any(_WHOLE_OWN_TOWN.fullmatch(p) for c in changes if c["level_to"] for p in c["places"]):
        return
    districts = _divisions()[0]

    def after_district(m: re.Match[str]) -> bool:
        # (after a known district, or opening the title's line or the next, a line with no sentence's marks:
        # "吉林省公主岭市范家屯镇", "甲镇疫情防控指挥部通告"; not "…市场镇…" inside a name, nor
        # "未经镇疫情防控指挥部同意", the town's office unnamed)
        line = text[text.rfind("\n", 0, m.start()) + 1:].split("\n")[0]
        return (m.start() == 0 or text[m.start() - 1] == "\n") and text.count("\n", 0, m.start()) < 2 \
            and not re.search(r"[,。;:]", line) \
            or any(text[max(0, m.start() - n):m.start()] in districts for n in range(2, 9))

    def own_name(town: str) -> str:
        # ("宁远县柏家坪镇" after "湖南省": the district in front of the town is no part of its name)
        return next((town[n:] for n in range(len(town) - 3, 1, -1) if town[:n] in districts), town)

    towns = {own_name(m["town"]) for m in _TOWN_OF_OFFICE.finditer(text) if after_district(m)}
    towns |= {m["town"] for m in _TOWN_AFTER.finditer(text) if after_district(m)}
    # ("甲镇、乙镇实行…": a town listed after another is named too)
    towns |= {m["town"] for m in _TOWN_LISTED.finditer(text)}
    towns = {t for t in towns if len(t) >= 3 and not re.search(r"全|各|本|该|我|乡镇|城镇", t)}
    if len(towns) != 1:
        return
    town = towns.pop()
    for change in changes:
        if change["level_to"]:
            change["places"] = [town + "全域" if (w := _WHOLE_OWN_TOWN.fullmatch(p)) and town.endswith(w["kind"])
                                else p for p in change["places"]]


# "实行临时静默管理期间", "实施静默管理后": the management as a time, not a designation.
_DURING = re.compile(r"(?:管理|管控)?(?:期间|时期|过程中|结束后|解除后|之后|后)")


# "封控区为A;管控区为B、C,防范区为D。", "经研判,封控区为A,实行…": each level is the subject of its places; the
# object ends at the next level's clause, at a measure after a comma, or at the sentence's end.
# ("截至28日24时,湖北全省低风险地区为A、B等11个,占…;中风险地区为C等34个": the province or the whole of the
# office's area in front of the level, the places of all of it; the share after the count no place)
_WHOLE_AREA_FRONT = (rf"(?:[{_CJK}]{{2,3}}?(?:全省|省|自治区|全市)|全(?:省|市|州|县|区|盟|旗)"
                     r"|[我本](?:省|市|州|县|区|盟|旗))?")
_SHARE_AFTER_COUNT = re.compile(rf"(?:,|(?<=[个处]))占[^,;。:]{{0,20}}?(?:\d+(?:\.\d+)?%|百分之[\d{_CN_NUM}点]+)$")
_SUBJECT_LEVEL = re.compile(rf"(?:^|(?<=[,;:。])){_WHOLE_AREA_FRONT}(?:新划定的|划定的|新增的)?(?P<level>{_LEVEL})"
                            rf"(?:{_COUNT})?(?:范围)?"
                            rf"(?:为|是|包括)(?![:期指])(?P<obj>[^;。]+?)(?=[;。]|,{_LEVEL}|$)")


# "根据通告,封控区包括甲区A、B;乙区C。" (海口, 2022): the object written district by district, each district's places
# after a ";": the clauses after the first that open with a district of their own (and name no level) go on with it.
# (Only a clause whose last piece is a place: not "乙区不涉及", "乙区全域实行常态化防控", a district's measure or none;
# review rv72a.)
_DISTRICT_CLAUSE = re.compile(r";(?P<clause>[^;。]{3,200})(?=[;。]|$)")


def _district_clauses_after(body: str, end: int, obj: str) -> str:
    if not _front_district(obj.strip()):
        return ""
    more = ""
    while (m := _DISTRICT_CLAUSE.match(body, end)) and (front := _front_district(m["clause"].strip())) \
            and not _LEVEL_RE.search(m["clause"]) and _clause_names_places(front[1]):
        more, end = more + m.group(), m.end()
    return more


def _clause_names_places(rest: str) -> bool:
    last = re.split(r"[、,]", rest.strip(",、"))[-1]
    return _complete_place(last) and not _is_boilerplate(last)


def _subject_sections(body: str, index: int, outer: str | None) -> list[_Section]:
    """Sections of a sentence whose levels are the subjects of their places ("封控区为A;管控区为B")."""
    sections: list[_Section] = []
    for m in _SUBJECT_LEVEL.finditer(body):
        obj = _SHARE_AFTER_COUNT.sub("", m["obj"]) + _district_clauses_after(body, m.end(), m["obj"])
        measure = next((p for p in _top_level_seps(obj) if obj[p] == "," and _is_boilerplate(obj[p + 1:])), None)
        obj = obj[:measure].strip(",、") if measure is not None else obj.strip(",、")
        if _QUOTED_PARTS.fullmatch(obj):
            obj = re.sub(r"\s*[“”]\s*", "", obj)  # "高风险区是“A区B街道C小区”": the quotation marks set the places off
        if not obj or not _object_ok(obj) or not _looks_listed(obj):
            continue
        for district, places in _district_runs(_district_items(obj) or _split_enclosed(obj), outer):
            heading = _Heading(*_analyze(m["level"]), None, district, m["level"])
            sections.append(_Section(heading, index, last=index, places=places))
    return sections


# What the object of "封控区为…" is when it tells a measure or a rule, not places: "封控区为居民提供上门服务".
_NOT_LISTED = re.compile(r"^(?:零|无|暂无|没有|对|向|给|按|以|居民|人员|群众|市民|所有|全体|禁止|严禁|暂停|限制|不得"
                         r"|提供|开展|加强|做好|确保|保障|[\d一二三四五六七八九十]+天)|提供|不出户|不出区|不出|不进")


_OFF_SCALE_FROM = re.compile(r"由较[高低]风险(?:区|地区|区域)?$")


# What a clause of measures or of life resuming says, which no place's name does.
_PROSE_PIECE = re.compile(r"恢复|生产生活|有序|分区域|分区分级|分批|逐步|开展|流动|出行|营业|复工|复产|复学")


# "…发布会上,北京市疾控中心副主任介绍,A村自…起调整为中风险地区" (a report of a press conference): the speaker (an
# office's title) and the word of saying end a piece that names no place
_SPEAKER_SAYS = re.compile(r"(?:介绍|表示|指出|透露|通报|宣布|说|称|获悉|了解到)$")

# "低风险的A县等11个县(市、区)全部位于鄂西地区,B区等34个县(市、区)为中风险": a clause about the places of another
# level (the level as their attribute, 的) before the comma; its places are no part of this level's object
_OTHER_LEVEL_CLAUSE = re.compile(r"^(?:较?[高中低]风险|封控|管控|防范)(?:等级)?(?:区|地区|区域)?的")


_SIDE_BOUND_PIECE = re.compile(r"(?:[东南西北]、)?[东南西北]{1,2}(?:分别|均)?(?:至|到|抵)")
_SIDE_BOUND_IN = re.compile(r"[东南西北]{1,2}(?:分别|均)?(?:至|到|抵)")


def _places_at_end(obj: str) -> str:
    """The pieces between commas at the end of an object that name places (none dated, each a place by form)."""
    pieces = _comma_items(obj)

    def place_piece(piece: str) -> bool:
        return bool(piece) and not _DATE_RE.search(piece) and not _is_boilerplate(piece) \
            and not _SPEAKER_SAYS.search(piece) and _listed_first(piece) and not _OTHER_LEVEL_CLAUSE.match(piece)

    k = len(pieces)
    while k > 0 and place_piece(pieces[k - 1]):
        k -= 1
    # "A路与B道交口以东,C公路以西,D道以南,E道以北区域(除封控区、管控区外)为防范区": an area written as its bounds,
    # each piece before the last one bound ("…以东"), is one place back to its first bound
    j = k if k < len(pieces) or not pieces else k - 1
    while j > 0 and _BOUND_PART.search(pieces[j - 1]) and not _DATE_RE.search(pieces[j - 1]):
        j -= 1
    if j < k and _BOUND_RUN.fullmatch(",".join(pieces[j:])):
        k = j
    # "A村B店东至C,西、北至D,南至E合围区划为中风险区" (福州, autumn 2022): bounds by sides after commas, the last
    # closed by 合围区 (a place by form alone); the area is one place back to the piece of its first bound
    i = k
    while 0 < i < len(pieces) and _SIDE_BOUND_PIECE.match(pieces[i]):
        i -= 1
    # (the piece it goes back to holds the first bound, "A村B店东至C"; a place before the bounds' commas, "A小区,B花园,
    # 东至C路,西至D河合围区", is its own, the area starts at 东至; review rv71a)
    if i < k and not _SIDE_BOUND_IN.search(pieces[i]):
        i += 1
    if i < k and _BOUND_RUN.fullmatch(",".join(pieces[i:])):
        k = i
        while k > 0 and place_piece(pieces[k - 1]):
            k -= 1  # (and the places listed before the area's first bound)
    return ",".join(pieces[k:])


# "A区、B县、C市等3个县(市、区)": whole counties and districts listed by name, then (maybe) their count by kind
_DIVISIONS_COUNTED = re.compile(rf"等?(?:共|计)?[\d{_CN_NUM}]{{1,3}}个"
                                r"(?:(?:旗县|县)\([^()]{1,6}\)|县市区|县区|区县|市县|旗县|县|区|市|旗)$")


def _whole_divisions_after(text: str) -> bool:
    """Whether a clause lists whole counties or districts only ("A区、B县等2个县(市、区)"): each a place, the
    district itself (not "全区", "我市", a scenic area or a works' 厂区)."""
    items = _split_enclosed(_DIVISIONS_COUNTED.sub("", text.strip()))
    return bool(items) and all(_district_ok(item) and not _site_area(item) for item in items)


def _listed_first(text: str) -> bool:
    """Whether a list's first item is a place by its form: a district or a street in front, or a whole name."""
    first = _split_enclosed(text)[0] if text else ""
    return bool(first) and bool(_front_district(first) or _STREET_FIRST.match(first) or _complete_place(first))


# "高风险地区为1个,较高风险的县(市、区)为12个": the level's count (a map's figures, 2020's five-colour scale), no
# place; the object starts with the count (a list's count after its places, "为A、B等2个", is read elsewhere)
_COUNT_ONLY = re.compile(rf"^(?:\d{{1,4}}|[{_CN_NUM}两]{{1,5}})[个处](?:[,,]|$)")


def _looks_listed(obj: str) -> bool:
    """Whether the object of "封控区为…" can be places, not a measure."""
    return not _NOT_LISTED.search(obj) and not _COUNT_ONLY.search(obj)


# "病例居住地A小区1幢划定为封控区", "阳性感染者的住所B村": the case (病例, 感染者) whose home or workplace the place
# is, before the place: why it is drawn, no part of it (as "(确诊病例居住地)" after a place is a note)
_CASE_HOME = re.compile(r"^(?:(?:确诊|阳性|无症状)?(?:病例|感染者|患者|阳性人员)[^,、;。]{0,4}?)的?"
                        r"(?:居住地|住所|居所|住处|工作地|工作单位|活动地|所在地)(?:为|是|:)?")


# "对返乡人员实行中风险管理": people managed as a level are no place.
_PEOPLE = re.compile(r"人员|人群|居民|群众|旅客|返乡|来返|车辆|货物|密接|感染者")


_PAST_DESIGNATION = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}(?:时|点)(?:\d{1,2}分)?)?,?(?:已|被)?"
                               r"(?:划定|确定|认定|列为)的?")  # ("将7月15日划定的A…": the A of that day)
# "截至10月21日0时A社区全域降为低风险区" (拉萨, autumn 2022, a note under the list): the hour the state is told at,
# in front of the place after a colon with no comma (or with one), no part of the place.
_AS_OF_FRONT = re.compile(r"^[ \t]*(?:截至|截止)到?(?:\d{4}年)?\d{1,2}月\d{1,2}日"
                          r"(?:(?:凌晨|上午|中午|下午|晚上)?\d{1,2}(?:时|点)(?:\d{1,2}分)?|24:00|\d{1,2}:\d{2})?,?")
# "该地区调整为低风险地区" refers back to the subject of its sentence.
_BACK_REFERENCE = re.compile(r"(?:该|此|上述|以上|前述)(?:[\d一二三四五六七八九十两]+个)?"
                             r"(?:地区|区域|社区|村|小区|地点|场所|点位)")
# "A市疫情防控指挥部发布通告:", "B县发布公告称,": a report's office announcing what follows.
# ("刚刚,A市卫健委发布通告,称截至5月27日,B、C…" (a report, 安徽 2021): the report's time word before the office, and
# 称 after the comma)
_REPORT_LEAD = re.compile(rf"^(?:(?:刚刚|刚才|今天|今日|近日|日前|昨天|昨日|\d{{1,2}}月\d{{1,2}}日[^,:;。\d]{{0,4}}),)?"
                          rf"[^,:;。]{{2,40}}?{_REPORT_SAYS}[:,](?:称|指出)?")
_SUBJECT_END = re.compile(r"近\d|近[一二三四五六七八九十]+[天日]|连续|已连续|已满|已有|无新增"
                          r"|未(?:发现|出现|新增|报告)|累计")


# ",C小区除外" right after a change's level, ending the sentence: a place left out of the places before it
_EXCEPTION_AFTER = re.compile(r"(?:管理)?[ \t]*,[ \t]*(?P<ex>(?P<place>[^,;。:()\n]{2,40}?)除外)[ \t]*(?=[。;]|$)")
# (people, needs or cases excepted from a measure are no place: ",就医等特殊情况除外")
_NOT_EXCEPTED_PLACE = re.compile(r"人员|情况|需求|需要|车辆|就医|特殊|必要|紧急|等")
# "该中风险区", "上述高风险区", "此封控区": a reference back to the areas of a level named just before
_LEVEL_BACK_REFERENCE = re.compile(rf"(?:该|此|上述|以上|前述)(?:[\d{_CN_NUM}]+个)?(?P<lv>{_LEVEL})")


def _named_at_level(sentence: str, level: str, index: int, outer: str | None) -> list[str]:
    """The places a sentence puts at a level (not those it lifts from it): what "该中风险区" after it points to."""
    if not sentence or not _LEVEL_RE.search(sentence):
        return []
    return [place for section in _sentence_read(sentence, index, outer)
            if section.heading.level_to == level and section.heading.action != "lift" and not section.past
            for place in section.places]


def _subject(sentence: str) -> str | None:
    """The place a sentence is about: "顺义区南法信镇西杜兰村近14天内无新增确诊病例,…" gives the village."""
    # "截至12月3日,A、B连续5天…": the clause of the day is no subject; a subject may be a list of places
    # ("4月16日,营口市新冠肺炎疫情防控指挥部发布通告:A、B已连续14天…" (a report, 辽宁, spring 2022): the office
    # announcing, before a colon, is no subject either; the subject follows it)
    # ("记者28日晚获悉,A区B、C,D市E已连续14天…" (a news flash, 辽宁, 2021): the reporter's lead is no subject either)
    # ("辽宁大连市…总指挥部发布,大连市严格落实…措施,至11月26日24时,A和B已连续14天…" (a report quoting the office,
    # 发布 with no object): the office's clause first, then the day's after it)
    lead = _REPORTER_LEAD.sub("", _REPORT_LEAD.sub("", _AS_OF.sub("", sentence)))
    lead = _AS_OF.sub("", _OFFICE_RELEASED.sub("", lead))
    pieces = re.split(r"[,:;]", lead)
    first = pieces[0]
    end = _SUBJECT_END.search(first)
    subject = first[:end.start()] if end else ""
    parts = _split_enclosed(subject) if subject else []
    if parts and all(_front_district(p) or _complete_place(p) or _street_then_site(p) for p in parts):
        return subject
    # "A区B、C,D市E已连续14天内无新增…": the subject's places grouped by district between commas, each group after
    # the first opening with its own district (a clause of time or reasons between them is no group)
    for k in range(1, min(len(pieces), _SUBJECT_GROUPS)):
        end = _SUBJECT_END.search(pieces[k])
        if end is None:
            if not _front_district(pieces[k]):
                return None
            continue
        groups = [*pieces[:k], pieces[k][:end.start()]]
        if not all(groups) or not all(_front_district(g) for g in groups[1:]) or not _front_district(groups[0]):
            return None
        every = [p for g in groups for p in _split_enclosed(g)]
        return ",".join(groups) if every and all(_front_district(p) or _complete_place(p) for p in every) else None
    return None


_SUBJECT_GROUPS = 8


def _street_then_site(part: str) -> bool:
    """"A街道B服装厂": a street (town) written first, then a works, shop or station named after it (one part of a
    list of places, its ending no kind word of a place). (Not the street's people, its whole or its parts:
    "A街道全体居民", "A街道辖区内", "A街道各社区".)"""
    street = _STREET_FIRST.match(part)
    site = part[street.end():] if street else ""
    return len(site) >= 3 and bool(_SITE_END.search(site)) and not _NO_SITE.search(site)


# The kinds of a works, a shop or a station a site's name ends with (a place, though no kind word of one).
_SITE_END = re.compile(r"(?:厂|店|站|馆|库|车间|超市|商行|门市|工地|基地)$")
_NO_SITE = re.compile(r"[,:;。、]|全体|全部|所有|辖区|各|居民|人员|群众|相关|有关|结果|工作")


# "辽宁大连市新冠肺炎疫情防控总指挥部发布,": an office's name and 发布 (published) alone, a report's lead.
_OFFICE_RELEASED = re.compile(r"^[^,:;。、]{2,40}?(?:指挥部|领导小组|办公室|工作组)(?:\([^()]{1,12}\))?"
                              r"(?:今天|今日|近日)?(?:发布|通报|宣布|公布)[,:]")
# "记者28日晚获悉,", "记者从市疫情防控指挥部获悉,", "本报讯(记者…)": a news report's lead, the reporter's hearing of it.
_REPORTER_LEAD = re.compile(r"^(?:本报讯|据悉)?[^,:;。]{0,6}?记者[^,:;。]{0,30}?(?:获悉|了解到|得知)[,:]")


# "截至8月21日24时,乃东区A小区、B,琼结县C连续7日无新增本土病例,即日起降为中风险区": the condition a list
# of places meets, then "…起" and the verb; the places run back over the pieces between commas that name places.
# (also "…14天内无新增病例,经专家组研判,自即日起调整为…": a clause of the assessment before the day)
# (and "平遥县已连续14天无新增确诊病例,符合低风险区标准,于3月10日0时,由中风险区调整为…": the standard it meets,
# the hour without 起)
# ("A村近14天累计报告6例本土确诊病例,即日起由中风险地区升级为高风险地区" (a report, 北京, spring 2022): the cases
# the place had in the days before, counted, a condition as much as none; "A、B近14天各累计报告5例…", each)
# ("…,B小区、C小区近14天均无报告本土确诊病例,即日起…": none in any of them, 均 (各, 都) before 无)
# ("A组连续多日无新增本土病例,从9月15日12时起,降为低风险区" (西藏, autumn 2022): "many days", no number, after 连续)
_DAYS_CONDITION = (r"(?:(?:(?:已?连续|近|已满)?[\d一二三四五六七八九十]{1,3}|已?连续多)(?:天|日)内?(?:均|各|都)?"
                   r"(?:无|未)[^,;。:]{0,16}"
                   r"|近[\d一二三四五六七八九十]{1,3}(?:天|日)内?(?:各|均|共)?累计(?:报告|新增|发现)?"
                   rf"[\d{_CN_NUM}]{{1,4}}例[^,;。:\d]{{0,12}}?(?:病例|感染者|阳性))")
_CONDITION = re.compile(rf"{_DAYS_CONDITION}"
                        r"(?:,(?:经[^,;。:]{2,20}(?:研判|评估|研究)|(?:自?即日|自?[^,;。:]{2,24})起"
                        r"|(?:已|均)?(?:符合|达到)[^,;。:]{2,16}(?:标准|条件)"
                        # ("…无新增本土病例,根据相关工作要求,调整为低风险地区" (a report, 大连, 2021): the rule the
                        # change follows, a clause of the assessment)
                        r"|根据[^,;。:“”《》]{2,30}?(?:要求|规定|标准|意见)"
                        # ("…连续3天无新增感染者,且第3天风险区域内所有人员完成一轮核酸筛查均为阴性,由中风险区降级为…":
                        # the tests the area's people passed, a second condition)
                        r"|(?:且|并且|同时|并)?[^,;。:]{0,30}?(?:核酸|筛查|检测)[^,;。:]{0,20}?(?:均为|均呈|结果为|全部为|均)"
                        r"阴性(?:结果)?"
                        r"|(?:于|在)(?:\d{4}年)?\d{1,2}月\d{1,2}日[^,;。:]{0,10}?)){0,3},?$")


_CONDITIONED_COUNT = re.compile(rf"(?:(?<=[^\W\d_])|(?<=\)))(?:等|共|计|共计)?(?P<n>[\d{_CN_NUM}]{{1,3}})[个处]"
                                rf"(?:{_SUMMARY_KIND})?$")


def _conditioned_subject(head: str) -> str | None:
    m = _CONDITION.search(head)
    if m is None:
        return None
    text = re.split(r"[;:。]", head[:m.start()])[-1]
    # ("A区B,C镇D以及E2个区域连续3天无新增感染者": the count of the places before their condition, when it agrees)
    if (tally := _CONDITIONED_COUNT.search(text)) and text[:tally.start()] \
            and _cn_int(tally["n"]) == len(_split_enclosed(text[:tally.start()])):
        text = text[:tally.start()]
    pieces = _comma_items(text)
    k = len(pieces)
    kept: list[str] = []
    while k > 0:
        piece = pieces[k - 1]
        # "A村近14天累计报告1例本土确诊病例,B村近14天无报告本土确诊病例,即日起…": each place with its own
        # condition, in clauses joined by commas; the condition no part of the place
        if (own := _PIECE_CONDITION.search(piece)) and own.start() > 0:
            piece = piece[:own.start()]
        first = _split_enclosed(piece)[0] if piece else ""
        if not first or _is_boilerplate(piece) or _DATE_RE.search(piece) or not (
                _front_district(first) or _STREET_FIRST.match(first) or _complete_place(first)):
            break
        kept.insert(0, piece)
        k -= 1
    return ",".join(kept) or None


_PIECE_CONDITION = re.compile(rf"{_DAYS_CONDITION}$")


# ("大连市严格落实各项防控措施,至11月23日24时,A、B…已连续14天…": a clause of what the office does before the
# day; only with 截至/至 in front of the day, and the clause without a place's count or a condition of its own)
_AS_OF = re.compile(r"^(?:[^,:;。、\d]{2,40},(?=(?:截至|截止|截至到|至)(?:\d{4}年)?\d{1,2}月\d{1,2}日))?"
                    r"(?:截至|截止|截至到|到|至)?(?:\d{4}年)?(?:\d{1,2}月\d{1,2}日|目前)(?:\d{1,2}(?:时|点))?"
                    r"(?:以来)?,")
