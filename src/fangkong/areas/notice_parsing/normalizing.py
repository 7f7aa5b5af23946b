"""Rewrites of a notice's text before it is read: web pages to text, traditional to simplified, pinyin glosses, junk,
and wordings turned into the forms the later stages read."""

from __future__ import annotations

import html
import re
from functools import lru_cache

import opencc

from fangkong.areas.notice_parsing.divisions import (
    _classify_label,
    _district_ok,
    _divisions,
    _known_front,
    _rest_ok,
    _sub_ok,
)
from fangkong.areas.notice_parsing.places import (
    _EXCEPTION_NOTE,
    _NAMED_ZONE,
    _OWN_DIVISION,
    _STREET_FIRST,
    _TO_LEVELS_REST,
    _complete_place,
    _front_district,
    _split_enclosed,
    _strip_enum,
)
from fangkong.areas.notice_parsing.terms import (
    _AREA_COUNT,
    _CJK,
    _CN_NUM,
    _COUNT,
    _ENUM,
    _FOLD,
    _ITEM_DIGITS_MARK,
    _LABEL_COLON,
    _LEVEL,
    _LEVEL_RE,
    _MEASURE_PHRASE,
    _NOT_IN_TOWN_NAME,
    _PLACE_KIND,
    _REPORT_SAYS,
    _SUMMARY_KIND,
    _TARGET_VERB,
    _cn_int,
    _level_name,
    _top_level_seps,
)

_T2S = opencc.OpenCC("t2s")
# Variant characters OpenCC's t2s keeps, written for the standard ones in place names of traditional-character
# copies ("瑯琊區" is 琅琊区, "峩眉" 峨眉, "衞" 卫, "隄" 堤, "厰" 厂, "陜西" 陕西 (陜 written for 陝), "澂江" 澄江, as
# s2t writes that city's name): read as the registry writes them.
_VARIANTS = str.maketrans("瑯衞峩嵒隄厰歳錬廐槪陜澂", "琅卫峨岩堤厂岁炼厩概陕澄")
# 乾 is simplified as well ("乾县", "乾安县"), but t2s writes 干 for it after some characters ("大乾村" → "大干村"):
# kept out of the conversion behind a private-use character.
_KEEP_QIAN, _RESTORE_QIAN = str.maketrans("乾", "\ue000"), str.maketrans("\ue000", "乾")


# ---------------------------------------------------------------------------------------------------
# small helpers


# "區(qū)", "號(hào)": pronunciations a web page printed after characters; neither exceptions nor inclusions.
_PINYIN = re.compile(r"\((?:[a-z\u00fc]*[\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec"
                     r"\u014d\u00f3\u01d2\u00f2\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc\u0144\u0148]"
                     r"[a-z\u00fc]*)\)")
# "城關(guan) 區", "農(nong) 場" (a spam copy, 2022): pronunciations printed after characters without tone marks, a
# space after the bracket; taken out (with the space) where the letters are a reading of the character before
# them (not "區(cut)", "3号楼(A)": a note or a label).
_BARE_PINYIN = re.compile(r"(?<=[\u3400-\u9fff])\((?P<syllable>[a-z\u00fc]{1,6})\)[ \t]?")


def _without_bare_pinyin(text: str) -> str:
    from pypinyin import Style, pinyin  # (only for a glossed copy: the dictionary loads once, when needed)

    def gone(m: re.Match[str]) -> str:
        readings = pinyin(m.string[m.start() - 1], style=Style.NORMAL, heteronym=True)[0]
        return "" if m["syllable"].replace("\u00fc", "v") in readings else m.group()

    return _BARE_PINYIN.sub(gone, text)


# "全市高风险区调整为291个,中风险区调整为75个【按照…规定,自8月22日起,将A由高风险区调整为中风险区,将B、C调整为
# 低风险区】,具体为:" (拉萨, summer 2022): a note in brackets inside the lead sentence holds changes of its own; read
# as a sentence of its own before the lead, which goes on to its list as written ("…75个,具体为:"). (Only a note
# inside a line, after words, with 将 and a new level: not a headline set in brackets, "【A区将…的通告】".)
_CHANGES_IN_LEAD_NOTE = re.compile(r"(?m)^(?P<pre>[ \t]*)(?P<before>[^\n【】]+)【(?P<note>[^【】\n]{4,600})】"
                                   r"(?P<after>[^\n【】]*)$")
_NOTE_CHANGE = re.compile(r"将[^【】\n]{1,400}?(?:调整|划定|划|调|降|升)为[^【】\n]{0,6}?"
                          r"(?:[高中低]风险|封控|管控|防范)")


def _changes_in_lead_note(m: re.Match[str]) -> str:
    # (a cited notice's title numbered, "【…的通告(第3号)】", is a headline too; another document's title, an
    # attachment's, "【详见附件:将A划为高风险区的说明】", no change and no part of the lead: dropped; review rv69b)
    if not re.search(r"[\u4e00-\u9fff\d]", m["before"]) \
            or re.search(r"(?:通告|公告|通知)(?:\(第?[\d一二三四五六七八九十]{1,4}号\))?$", m["note"]) \
            or not _NOTE_CHANGE.search(m["note"]):
        return m.group()
    # (so is a note opened by its own label, "【相关阅读:A区将B村调整为中风险区】", "【链接:…】": another story's
    # headline; review rv70a)
    if re.search(r"的(?:说明|决定|通报|公示|批复|报告|方案)(?:\(第?[\d一二三四五六七八九十]{1,4}号\))?$", m["note"]) \
            or re.match(r"(?:相关|延伸|推荐|往期)?(?:阅读|链接|报道|新闻|回顾)[::]", m["note"]):
        return f"{m['pre']}{m['before']}{m['after']}"
    return f"{m['pre']}{m['note']}。\n{m['pre']}{m['before']}{m['after']}"


# Reposts double punctuation: ",,", "一,、", ",。".
_DOUBLED = [(re.compile(r",+(?=[,、。;])|(?<=[、。;]),+"), ""), (re.compile(r"(?<=[一二三四五六七八九十]),(?=、)"), "")]


# "西市区继续执行静止管理" (河北, spring 2022): 静止管理, people kept still, is static (silent) management; read as
# "静态管理" (not "保持相对静止", a measure of it)
_STILL_AS_STATIC = re.compile(r"静止(?=管理|管控)")
# "对A合围区域进行临时应急管控" (南昌, spring 2022): 应急, in an emergency, qualifies the temporary control as 临时
# does; read as "临时管控".
# "目前A街道、B街道、C镇全域依旧为低风险区(除高风险区以外的其他区域)" (苏州, late 2022): the areas as they stand
# (目前, now) named as the sentence's subject with no comma after 目前; read as "目前,A街道、…", the object after the
# time. (Only named towns and streets at the level: not "目前全区为低风险区", "目前我区疫情形势为…", "目前共有…".)
_NOW_SUBJECT = re.compile(r"(?m)(?:(?<=^)|(?<=[。;]))(?P<lead>[ \t]*目前)"
                          r"(?!全[区市县旗域境部]|[我本各该其共已仍尚还均都]|疫情|风险)"
                          r"(?=[^\W\d_][^,,。;:\n、]{0,14}?(?:街道|镇|乡|社区|村|小区|片区)(?:全域|全境)?"
                          r"(?=[、和及]|(?:依旧|依然|仍然|仍|均|都)?为[高中低]风险)"
                          r"[^,。;:\n]{0,300}?(?:依旧|依然|仍然|仍|均|都)?为[高中低]风险(?:地)?区)")
# "結合德??h疫情防控形勢(shì)…將德??h都安鄉(xiāng)…" (a pinyin-glossed copy, 广西 2022): a county's last characters
# lost as "?" (a stray letter of a gloss after them), the county's short name written whole elsewhere in the notice
# ("維也納國際酒店(德保騰飛廣場店)"): the one registry county that starts with the characters before the marks,
# has one character for each mark and whose short name the notice writes ("德保县"); read as that county. (Only
# one such county: no guess between 德保县 and 德庆县 when the notice writes neither short name.)
_LOST_COUNTY = re.compile(r"(?<=[\u4e00-\u9fff])(?P<lost>[?\uff1f]{1,3})[a-z]?(?=[\u4e00-\u9fff])")


def _lost_county(text: str) -> str:
    def restored(m: re.Match[str]) -> str:
        lost, before = len(m["lost"]), text[max(0, m.start() - 3):m.start()]
        found = {name[size:] for size in range(1, 4)
                 if re.fullmatch(r"[\u4e00-\u9fff]+", head := before[-size:]) and len(head) == size
                 for name in _divisions()[0]
                 if len(name) == size + lost and name.startswith(head) and name[-1] in "县区旗"
                 and len(name) >= 3 and name[:-1] in text}
        return found.pop() if len(found) == 1 else m.group()

    return _LOST_COUNTY.sub(restored, text)


# (Named towns only, not kinds of area: "目前涉疫小区为低风险区", "目前城区和农村均为…", "目前乡镇和街道均为…",
# "目前元和街道及周边村为…", "目前居住小区、工作单位所在社区均为低风险区的,…".)
_NOW_SUBJECT_KIND = re.compile(r"涉疫|城区|农村|城乡|乡镇|镇街|居住|工作|单位|所在|封控|管控|防范|周边|附近|以外|外的"
                               r"|各|所有|全部|相关|其他|其它|其余|^(?:街道|镇|乡|社区|村|小区|片区)")


def _now_subject(m: re.Match[str]) -> str:
    subject = re.split(r"(?:依旧|依然|仍然|仍|均|都)?为[高中低]风险", m.string[m.end():], maxsplit=1)[0]
    return m.group() if _NOW_SUBJECT_KIND.search(subject) else f"{m['lead']},"


_EMERGENCY_CONTROL = re.compile(r"(?<=临时)应急(?=管控|封控)|应急(?=临时管控|临时封控)")
# "对A以及B,取消临时应急管控措施" (南昌, spring 2022): 取消 (cancel) or 撤销 (revoke) a temporary control's measures
# is its lift; read as "…,解除临时管控措施". (Only the temporary control's measures or management named after the
# verb, the clause ending there: not "暂不取消临时管控措施", "取消临时管控措施后,…" (a time), "取消堂食" (a measure).)
_CANCELLED_TEMPORARY = re.compile(r"(?<![不未])(?<!暂不)(?<!不得)(?:予以)?(?:取消|撤销)"
                                  r"(?=(?:临时性?|临时应急|应急临时)(?:封控|管控|封闭)(?:管理)?(?:措施)?(?:[。;,\n]|$))")


def _cancelled_temporary(m: re.Match[str]) -> str:
    # (not people's or vehicles' measures cancelled: "对外地来昌车辆,取消临时管控", "对进出人员,取消临时管控措施")
    clause = m.string[max(m.string.rfind("。", 0, m.start()), m.string.rfind(";", 0, m.start()),
                          m.string.rfind("\n", 0, m.start())) + 1:m.start()]
    return m.group() if _LIFTED_PEOPLE_WORDS.search(clause) else "解除"


_LIFTED_PEOPLE_WORDS = re.compile(r"人员|人群|(?<!小区)居民(?!小区|楼|住宅|区|点|组)|群众|市民|旅客|车辆"
                                  r"|密接|密切接触者|感染者|师生|学生|员工|职工")
# "A路以东、B路以南、C以西、D以北合围区域E路以东、…合围区域F小区8栋、9栋合围区域": a copy that lost the line breaks
# between bounded areas; an area's word run on into the next area's first bound (or the next area, closed by its
# own word before any separator) starts a place; read with a comma between. (Not "…合围区域及C路以南、…合围区域":
# the areas joined by 及 (以及, 和, 与), which the split at the join reads, the joining word no part of the next;
# a road named with 和 first, "…合围区域和平路以东、…", is the next area's bound.)
_AREA_RUN_ON = re.compile(r"(?<=合围区域|围合区域)(?!以及|及|与|和(?!平|谐|睦|美|顺|兴|悦|润|盛|园|苑|家|乐|泰|光|安))"
                          r"(?=[^\W\d_](?:[^,、;。:\n()]{0,20}?以[东南西北]、"
                          r"|[^,;。:\n()]{1,40}?(?:合围|围合)区域"
                          # (or the last place, run on into the sentence's verb: "…合围区域G小区进行临时管控")
                          r"|[^,、;。:\n]{1,40}?(?:进行|实行|实施)(?:临时)?(?:管控|封控)"
                          # (or a place of the next town or street, written with it, up to its own end before 的
                          # or a separator: "…合围区域B镇C小区的管控措施", a copy that lost the 、; not the area's
                          # own inside, "…合围区域内", "…合围区域范围", nor where it lies, "…合围区域位于B街道C社区")
                          r"|(?!内|范围|中|以内|周边)(?<![位属涉包所即为在系])[^,、;。:\n()的]{1,8}?(?:街道|镇|乡)"
                          r"(?!办|政府|党委|人民|卫生|中心)"
                          r"[^\W\d_][^,、;。:\n()的]{1,20}?(?:小区|社区|花园|家园|公寓|宿舍|大厦|村|苑|园|组|屯)"
                          r"(?=的|[,、;。\n]|$)))")
# "将荆门高新区・掇刀区团林铺镇调整为低风险区" (湖北, 2021): a development zone and the district it runs joined by a
# middle dot before the place: the district after the dot is the place's; the zone in front dropped, read as
# "将掇刀区团林铺镇…". (Only a zone's word before the dot and a district (区, 县, 旗) with a place after it.)
# (the zone's name starts after the verb: "将荆门高新区・掇刀区划为…" keeps its 将)
_ZONE_DOT_DISTRICT = re.compile(rf"(?![将对把])[{_CJK}]{{2,10}}?"
                                rf"(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|新区)"
                                rf"[ \t]*[・·•‧∙][ \t]*(?=[{_CJK}]{{1,6}}?(?:区|县|旗)[{_CJK}A-Za-z\d]{{2}})")
# "将荆州市A路以东,…的围合区划定为中风险地区", "将荆州市B广场、沙市区C市场…列为重点管控区域" (湖北, 2021): a
# prefecture city (one with districts) named straight after the verb, in front of a place with no district after
# it: where the place is, no district and no part of its name; dropped ("将A路以东…"). (Not a county-level city,
# a district; not a zone or company named with its city: "无锡市国家高新技术产业开发区…", "宁波市A有限公司"; not
# the city's own areas: "将荆州市中心城区…", "将A市全域…"; not an institution named with its city: "将保定市第三中学
# 西校区…", "将A市人民医院…".)
_CITY_OWN_AREA = r"国家|高新|经济|开发区|经开区|新区|中心城区|主城区|城区|市区|全|所有|各|辖区|部分|范围|境内|区域"
_INSTITUTION_END = r"(?:中学|小学|学校|学院|大学|医院|卫生院|幼儿园|图书馆|博物馆|体育馆|客运站|火车站|政府|局|中心)$"
_CITY_AFTER_VERB = re.compile(rf"(?<=[将对把])(?P<city>[{_CJK}]{{2,4}}?市)(?=[{_CJK}A-Za-z\d]{{2}})")
# "将我市奎文区翠湖小区3号楼划定为高风险区", "将本县A小区2号楼划为…": the office's own division (我市, 本县) after the
# verb, in front of the place it draws: no part of the place; dropped. (Not the whole or a part of it, "将我县全域…",
# "将我区其他区域…", "将本市所有小区…".)
_OWN_DIVISION_AFTER_VERB = re.compile(
    rf"(?<=[将把])[我本][市县区旗](?!域|内|全|各|所有|其他|其余|其它|部分|范围|辖区|境内|城区|的|现有|以外|之外)"
    rf"(?=[{_CJK}A-Za-z\d]{{2}}[^,。;:\n]{{0,80}}?(?:划定|划分|划|调整|列|确定|认定|升级|降级|降)为)")


def _city_after_verb(m: re.Match[str]) -> str:
    city, rest = m["city"], m.string[m.end():]
    first = re.split(r"[、,;。:\n和及]", rest, maxsplit=1)[0]
    # ("将宜昌市中心医院划为管控区": the place before its verb)
    first = re.split(r"(?:划定|划分|划|调整|列|确定|认定|纳入)为|实[行施]|进行", first, maxsplit=1)[0]
    if city[:-1] not in _divisions()[1] or city in _divisions()[0] \
            or _known_front(rest) or _district_ok(re.split(r"(?<=[区县旗])", first, maxsplit=1)[0]) \
            or re.match(_CITY_OWN_AREA, rest) \
            or re.search(r"公司|集团|有限", first) or rest.startswith("第") \
            or re.search(_INSTITUTION_END, re.sub(r"\([^()]*\)$", "", first)):
        # (an institution named with its city, "保定市第三中学西校区", "A市中心医院", keeps it)
        return m.group()
    return ""


# "三、A路、B路(内部路)、C路合围区域(封控区、管控区除外),解封防范区,一周内实施…" (深圳, spring 2022): the place
# as the subject, then 解封 (unseal) and the kind of area it was, measures after it: read as "…,解除防范,…", as
# "A,解除封控,…" is read. (Only the clause of the lift itself: not "解封防范区后", "解封防范区的居民".)
_UNSEALED_KIND = re.compile(r"(?<=,)解封(?P<kind>封控|管控|防范)区(?:域)?(?=[,。;]|$)", re.M)
_BARE_RISK = re.compile(r"(?<=[由为至])([高中低])风险(?![地区等)])")
# "西安调整2个中风险地为低风险地区" (a 2022 headline): a level's area written short, 风险地 for 风险地区, after a count
_COUNTED_RISK_GROUND = re.compile(rf"(?<=[\d{_CN_NUM}]个)([高中低])风险地(?![区域方带点段])")
# "同意将张北县本域划为低风险等级,按低风险地区管理" (a city's reply, 2020): the grade named as the level
# ("划为低风险等级", "调整为中风险等级区域") is the level's area, "划为低风险地区"; "本域" (its own area) after a
# district is the district itself.
_LEVEL_AS_GRADE = re.compile(r"(?<=[为至])([高中低])风险等级(?:区域|地区)?(?=[,。;\n]|$)")
_OWN_AREA_OF = re.compile(rf"(?<=[县区旗市])(?:本域|本辖区)(?={_TARGET_VERB}|划为|划定为|列为|确定为|定为)")
# "将A划为临时管控1区", "将B划为临时管控2区", "新增C镇为防外溢管控区": a sealed or control area the notice qualifies
# (temporary, against spill-over) or numbers among several of its kind is the level it names; read as "为管控区".
# ("新增D超市周边为临时重点管控区": a key (重点) one of the temporary kind, the same level)
# ("将E小区、F学院划定为疫情防控管控区": of the epidemic's prevention, a qualifier that names no other kind)
# ("将A广场、B市场等场所列为重点管控区域" (荆州, 2021): key (重点) alone, the same level)
_QUALIFIED_LEVEL = re.compile(r"(?<=为)(?:(?:临时性?|防外溢|防扩散|防溢出|疫情防控|疫情)+(?:重点)?|(?P<key>重点))"
                              r"(?P<kind>封控|管控)"
                              r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})?(?:号)?区(?:域)?")
# (key alone, not "学校、医院等场所作为重点管控区域" (as, 作为) nor "将农贸市场、商超等人员密集场所列为重点管控区域":
# kinds of sites kept under watch, no place named)
_KEY_KINDS_ONLY = re.compile(r"作为$|人员密集|公共场所|重点场所|各类|所有")


def _qualified_level(m: re.Match[str]) -> str:
    if m["key"]:
        clause = re.split(r"[,。;:\n]", m.string[:m.start()])[-1]
        if _KEY_KINDS_ONLY.search(clause):
            return m.group()
    return m["kind"] + "区"


# ("一、临时管控1区:A小区2栋", "封控2区:B小区": the same as a label over its places, qualified or numbered)
_QUALIFIED_LABEL = re.compile(rf"(?m)^(?P<enum>[ \t]*(?:{_ENUM.pattern})?[ \t]*)"
                              r"(?:(?:临时性?|防外溢|防扩散|防溢出)+(?P<kind>封控|管控)(?:\d{1,2}|[一二三四五六七八九十]{1,2})?"
                              r"|(?P<kind2>封控|管控)(?:\d{1,2}|[一二三四五六七八九十]{1,2}))号?区(?:域)?(?=(?:\(\d{1,4}个?\))?:)")
# "黄埠镇全域(除高风险区外)实施低风险管理": the place is run as a low-risk area, "实施低风险区管理".
_RISK_MANAGED = re.compile(r"(?<=实施|实行)([高中低])风险(?=管理|管控)")
# "将A社区,从高风险地区调整为中风险地区": 从 writes the origin as 由 does (only before a level and its verb).
# ("A小区,已经从疫情的高风险地区调整为低风险地区" (a machine-reworded copy): 疫情的, the epidemic's, before the level;
# 疫情防控的 the same, review rv70a)
_FROM_AS_BY = re.compile(rf"从(?=(?:疫情(?:防控)?的?)?(?:{_LEVEL}|[高中低]风险)(?:等级)?{_TARGET_VERB})")
# "我市A市B街道C小区、D乡E村三队2个中风险地区已连续14天无新增本土病例,…,将上述2个中风险地区调整为低风险地区"
# (大连, late 2021): the places as the subject, their count and old level after them before the days without cases,
# then the same count and level referred back to. The count with its level is no part of the last place (only when
# it counts the places listed before it); the reference back reads "上述2个地区".
# ("A、B、…、G等7个中风险地区已连续14天…,将上述地区调整为低风险地区" (大连, spring 2022): 等 closing the list before
# its count goes with it; a place's own 和, "C泰和构件有限公司宿舍", splits nothing when the 、 alone count them)
_COUNTED_LEVEL_SUBJECT = re.compile(rf"(?<=[^\W\d_])等?(?P<n>[\d{_CN_NUM}]{{1,3}})个[高中低]风险(?:地区|区域)"
                                    rf"(?=(?:均|都)?(?:已经?|现已)?(?:连续|近)[\d{_CN_NUM}]{{1,3}}(?:天|日))")
_COUNTED_LEVEL_REFERENCE = re.compile(rf"(?<=将|把)(?P<ref>上述|以上|前述)(?P<n>[\d{_CN_NUM}]{{1,3}}个)?[高中低]风险"
                                      r"(?P<kind>地区|区域)(?=(?:调整|降|下调|转)为?[高中低]风险)")


def _counted_level_subject(m: re.Match[str]) -> str:
    head = re.split(r"[,;。:\n]", m.string[:m.start()])[-1]
    items = [item for item in re.split(r"、|和|及", head) if item.strip()]
    listed = [item for item in head.split("、") if item.strip()]
    n = _cn_int(m["n"])
    return "" if len(items) >= 2 and n == len(items) or len(listed) >= 3 and n == len(listed) else m.group()


# "决定自11月5日12时起调整A街、B街、C街合围区域(区域内中高风险区除外)临时管控措施,按低风险区落实疫情防控措施"
# (哈尔滨, November 2022): an area under temporary control eased, its measures from now on a level's; read as
# "将A街、B街、C街合围区域(…)调整为低风险区". (Only of named places or an area the named roads enclose: "调整部分
# 区域临时管控措施", "调整全市临时管控措施" name none; nor a level's measures for people, "人员按低风险区管理".)
_EASED_TEMPORARY_CONTROL = re.compile(
    r"(?:(?<=^)|(?<=[,。;:\n起])|(?<=决定))[ \t]*调整(?P<obj>[^,;。:\n]{2,200}?)的?临时性?管控措施,"
    r"(?:并|同时)?(?:按照?|参照)"
    r"(?P<level>[高中低]风险(?:地区|区域|区))(?:落实|执行|实施|实行|进行)?(?:疫情)?(?:防控)?(?:措施|管理|管控)"
    rf"(?P<colon>:(?=\s*(?:{_ENUM.pattern})))?", re.M)
_ENCLOSED_BY_ROADS = re.compile(r"(?:合围|围合|围成|所围)的?(?:区域|范围|片区)$")
_ROAD_NAME = re.compile(r"[^\W\d_]{1,12}(?:大街|街|路|大道|道|巷|胡同|线|河|江)")
# (a kind of site or of area by its kind alone eases every such one, no place: "调整中小学校临时管控措施,按低风险区…",
# "调整农村地区…"; "进出城" is the traffic's)
_EASED_KIND = re.compile(r"(?:农村|乡村|城乡|城市|城镇)(?:地区|区域)?|(?:中小|大中小|中|小|高等|职业)?学校|高校"
                         r"|中小学校?")


def _eased_temporary_control(m: re.Match[str]) -> str:
    bare = re.sub(r"\([^()]*\)", "", m["obj"]).strip()
    enclosed = _ENCLOSED_BY_ROADS.search(bare)
    items = (bare[:enclosed.start()] if enclosed else bare).split("、")
    if re.search(r"部分|全部|所有|其他|其余|其它|相关|有关|人员|人群|车辆|场所|^全|风险|进出|出入", bare) or not all(
            _complete_place(item) or (enclosed and _ROAD_NAME.fullmatch(item)) for item in items) \
            or any(_GENERIC_SITE.fullmatch(item) or _EASED_KIND.fullmatch(item) for item in items):
        return m.group()
    # (the measures numbered after a colon are the level's, no list of places: the sentence ends there)
    return f"将{m['obj']}调整为{m['level']}" + ("。" if m["colon"] else "")


# "将A小区3栋的风险等级调整高风险区": 为 left out after the verb (a typo of "调整为"); written in.
# "由封控区管理调整为管控区管理": each level named with 管理 (the regime) after it; the levels as lists write them.
_LEVELS_MANAGED = re.compile(rf"(?<=由)(?P<old>(?:封控|管控|防范)区(?:域)?)[ \t]*管理"
                             rf"(?P<verb>[ \t]*{_TARGET_VERB}[ \t]*)(?P<new>(?:封控|管控|防范)区(?:域)?)[ \t]*管理")
# "A村由封控转为管控", "B小区由管控调整为防范": both levels written as their measures, without 区; read as the
# levels ("由封控区转为管控区"). (Only from 由 to the end of the clause: "由封控转为管控措施" alike.)
_MEASURES_CHANGED = re.compile(rf"(?<=由)(?P<old>封控|管控|防范)(?P<verb>{_TARGET_VERB})(?P<new>封控|管控|防范)"
                               r"(?:管理|措施)?(?=[,。;:\n]|$)")
# "将A小区(共8栋楼)的封控区调整为管控区", "将B路以东,C路以北的管控区调整为防范区": the place's area at its old level
# (A的封控区, "A's sealed area") moved to a new one; the old level is the origin, as "由封控区" writes it. (Not after
# a word that names no place: "将本次发布的封控区…", "将上述的…", "将其余的…": those are read as they stand; nor after
# a division, "将A街道的高风险地区降为…", "将B区的中风险区…": a street's, town's or district's areas of the level, which
# hold no place named, as "将A街道已列为高风险地区的区域…" reads.)
_OLD_LEVEL_OF_PLACE = re.compile(rf"(?<=[将把])(?P<obj>[^。;:\n的将把]{{2,200}}?)(?<!发布|划定|公布|确定|公告|通告|上述"
                                 rf"|以上|前期|此前|本次|其余|其他|其它|相关|所有|全部|现有|原有|涉及|新增"
                                 # ("将A小区由疫情的高风险地区调整为…": the epidemic's level after 由 or 从, the
                                 # origin already written; review rv70a)
                                 rf"|街道|疫情|防控)(?<![镇乡县旗])的"
                                 rf"(?P<old>(?:疫情)?{_LEVEL})(?=[ \t]*{_TARGET_VERB})")


# ("将辖区内的高风险区…", "将本辖区的…", "将剩余的封控区…", "将原来的…", "将城区的…": words for the office's own
# area or for what is left, no place named)
_OLD_LEVEL_NO_PLACE = re.compile(r"^(?:[本我全](?:辖区|区|县|市|镇|乡|街道|旗|域|部)|该|此|各|原(?:来|先|有)|剩"
                                 r"|目前|当前|现在|辖区|城区|市区|县城|区内|境内|其[余他它])|内$")


def _old_level_of_place(m: re.Match[str]) -> str:
    if _district_ok(m["obj"].strip()) or re.search(r"(?<![超门菜夜集])市$", m["obj"]) \
            or _OLD_LEVEL_NO_PLACE.search(m["obj"].strip()):
        return m.group()  # "将雨湖区的高风险区调整为低风险区": the district's (city's) areas of the level, no place
    return f"{m['obj']}由{m['old']}"


# "对于本轮未出现阳性感染者,全域管控满7天的A县、B县等2个县,全域解除管控": the condition the places meet,
# a clause ending in 的 before the list (telling of cases, tests or days), and "全域" (all over them) before
# the verb are no part of the object; "对于" in front of a list is "对".
_CONDITIONED_OBJECT = re.compile(r"(?:^|(?<=[,。;:\n]))(?P<lead>[ \t]*对)于?"
                                 r"(?:[^、。;:\n的]{2,60}?(?:感染者|病例|阳性|确诊|核酸|筛查|[\d一二三四五六七八九十]天)"
                                 r"[^、。;:\n的]{0,60}?的)?(?=[^,。;:\n的、]{2,20}?、)")
_WHOLE_BEFORE_LIFT = re.compile(r"(?<=,)全(?:域|境|部)(?=解除)")
# "仅有的1个高风险市县为武汉市城区", "唯一的高风险区为A": "the only one(s)" in front of a level's label is no
# part of it (the label then reads as "高风险市县为…", as the lists before it).
_ONLY_LEVEL = re.compile(rf"(?:(?<=[。;:,\n])|^)[ \t]*(?:仅有的?|只有的?|唯一的?|仅存的?)(?:[\d{_CN_NUM}]{{1,4}}个)?"
                         r"(?=[高中低]风险)")
_ADJUSTED_WITHOUT_TO = re.compile(rf"(?<=风险等级)(?:调整|下调|上调)(?=(?:{_LEVEL}))")
# ("将A小区风险等级划定为中风险地区": the grade drawn for the place, no part of it, as when it is changed)
# ("沈阳市A区新冠肺炎疫情防控风险等级由中风险调整为低风险": the disease and 防控 named before the grade, no part
# of the place either)
_RISK_OF = re.compile(r"(?<=[\u4e00-\u9fff\d)])(?<!肺炎)(?<!病毒)的?"
                      r"(?:(?:新冠肺炎|新型冠状病毒肺炎|新冠病毒)?疫情(?:防控)?)?"
                      r"风险等级(?=由|调整为|降为|升为|调整至|下调为|上调为"
                      r"|划定为|划为|列为|确定为|定为"
                      # "达茂联合旗A乡B村风险等级仍为中风险地区": the grade it keeps, as when it is changed
                      r"|(?:仍然|仍|依然|依旧)为(?:[高中低]风险))")
# "划定A镇B小区A区(3号楼除外)的区域为低风险区" (天津, summer 2022): the place's rest, its exception in brackets,
# then 的区域 (its area) before the level: the area is the place's, no part of its name; the brackets kept. (Only
# after an exception's brackets and straight before 为 and a level: "A路以北的区域为…" keeps its words, and so does
# "A小区(除8A栋外)区域" without 的, as written.)
_EXCEPT_THEN_AREA = re.compile(r"(?P<br>\((?:除|不含|不包括)[^()\n]{1,40}\)|\([^()\n]{1,40}(?:除外|以外|之外)\))"
                               r"的(?:区域|范围|地区)"
                               r"(?=(?:为|(?:划定|划|调整|列|确定|认定)为)(?:临时性?)?(?:[高中低]风险|封控|管控|防范))")
# "A村交通管制由控制区升级为封闭区": the traffic control (交通管制) of the place, whose zone moves from one level to
# another, is no part of the place; alone ("交通管制由…"), it names none.
_TRAFFIC_CONTROL_OF = re.compile(r"(?:(?<=[\u4e00-\u9fff\d)])的?|(?<![^\n,。;:]))(?:临时性?)?交通管制(?:措施)?"
                                 r"(?=由[^,。;:\n()]{1,8}?(?:升级|升|调整|降级|降|转|变更)为)")
# "将A小区一期、二期(含底商,7栋除外)等级由中风险调整为低风险" (成都, a report, 2022): 等级 (grade) alone for
# 风险等级, no part of the place. (Only before a risk level it goes from or to: "应急响应等级由Ⅲ级调整为Ⅳ级" and
# "防控等级" keep their words.)
# (Nor after 防范 / 疫情 ("A小区防范等级", "全县疫情等级": a grade named otherwise); "A小区的等级" loses its 的 with it)
_GRADE_OF = re.compile(r"(?<=[\u4e00-\u9fff\d)])(?<![风险响应防控范])(?<!疫情)(?<!疫情的)的?(?<![风险响应防控范])等级"
                       r"(?=由[高中低]风险|(?:调整|下调|降|降低|上调|升|提升)为[高中低]风险)")
# "将A村、B街、C村三个高风险区和D镇除高风险区域外的其他区域、E楼两个中风险区降为低风险区" (河北, November
# 2022): two lists under one verb, each closed by its count and the level it leaves; read as two changes, "将A、B、C
# 由高风险区降为低风险区。将D…、E由中风险区降为低风险区". (Only when each count is the number of its list's parts
# and the two levels differ.)
# (Not a lone division or part of one before "1个": "将城区1个高风险区和郊区1个中风险区…", "东城区1个…", "城关镇1个…"
# hold the area counted, they are none themselves.)
_COUNT_HOLDER = re.compile(rf"[我本全该各]?(?:[东南西北中主老新]?城区?|郊区|市区|县城|城镇|乡镇|农村|新区|开发区|高新区"
                           rf"|经开区|[县市区旗镇乡]|(?:(?!社区|小区)[{_CJK}]){{2,8}}?(?:街道|镇|乡))")
_TWO_COUNTED_OLD_LEVELS = re.compile(
    rf"(?<=[将把])(?P<a>[^,;。:\n将把]{{2,300}}?)(?P<na>[\d{_CN_NUM}]{{1,3}})个(?P<la>[高中低]风险(?:地区|区域|区))"
    rf"(?:和|及|以及|与)(?P<b>[^,;。:\n将把]{{2,300}}?)(?P<nb>[\d{_CN_NUM}]{{1,3}})个(?P<lb>[高中低]风险(?:地区|区域|区))"
    rf"(?P<verb>{_TARGET_VERB})(?=(?P<to>[高中低]风险(?:地区|区域|区)?))")


def _two_counted_old_levels(m: re.Match[str]) -> str:
    if m["la"][0] == m["lb"][0] or not all(
            _cn_int(m[n]) == len([item for item in m[part].split("、") if item.strip()]) >= 1
            for part, n in (("a", "na"), ("b", "nb"))) or _COUNT_HOLDER.fullmatch(m["a"]) \
            or _COUNT_HOLDER.fullmatch(m["b"]) or m["a"] in _divisions()[0] or m["b"] in _divisions()[0]:
        return m.group()
    return f"{m['a']}由{m['la']}{m['verb']}{m['to']}。将{m['b']}由{m['lb']}{m['verb']}"


# "将A街道B路以北,C路以西,D路以南,E路以东划定范围为封控区域" (广东, summer 2021): 划定范围 (draws the range) is
# the verb with its noun, no part of the place the bounds close; read as "…以东划定为封控区域". (Only straight
# before a level: "划定范围为:A小区" keeps its words.)
_DRAWN_AS_RANGE = re.compile(rf"(?<=[^\W\d_])(?:划定|划分|划)(?:范围|区域)(?=为(?:临时性?)?(?:{_LEVEL}|[高中低]风险))")
# "吉林市A区B小区3号楼、吉林市C区D小区2个区域将被调整为低风险地区" (a report, 2022): the places counted, then 将
# (will), 将被, 将会 straight before the verb and its level; read as "…2个区域调整为低风险地区". (Only after the
# count: "A小区将被划定为高风险区" alone stays a plan, read as before.)
_WILL_BE_ADJUSTED = re.compile(rf"(?P<count>(?<![\d{_CN_NUM}])[\d{_CN_NUM}]{{1,3}}个(?:区域|地区|地点|点位|场所|小区))"
                               rf"(?:将会?被?|会被)(?={_TARGET_VERB}(?:临时性?)?(?:{_LEVEL}))")
# "下调哈尔滨市南岗区、牡丹江市西安区风险等级,由中风险地区调整至低风险地区": the verb in front of the places
# whose level changes, the change itself after the comma; written as "将A、B由中风险地区调整至低风险地区".
# ("决定下调A小区风险等级,由…": the decision before the verb, the same)
_ADJUST_LEVEL_OF = re.compile(r"(?:^|(?<=[,:;。\n]|起)|(?<=决定))(?:下调|上调|调整|调低|调高|降低|提高|提升)"
                              r"(?P<obj>[^,:;。\n]{2,300}?)的?(?:疫情)?风险等级,?(?=由)")
# "将A花园由封控区、管控区调整为防范区" (深圳, spring 2022): the place's old levels both named (its parts were in
# either), the new one after 为; read as its first old level ("由封控区调整为防范区", as 158 reads it). (Only
# levels joined right after 由 and right before the verb of the change.) Three may be named, the last an area managed
# as a level: "将A村B路以东区域由封控区、管控区、参照管控区调整为防范区" (深圳 福田, spring 2022), the same.
_TWO_OLD_LEVELS = re.compile(rf"由(?P<first>{_LEVEL})(?:[ \t]*(?:、|和|及|与|或|/)[ \t]*(?:参照|比照|按照?)?{_LEVEL}"
                             r"(?:管理)?){1,2}"
                             r"(?=(?:统一|一并|均|全部)?(?:调整|降|下调|降低|改|转|变更)(?:为|至|成))")
# "调整17个高风险区为低风险区", "下调以下区域为低风险区:": the verb before what changes, the new level after 为;
# written as "将17个高风险区调整为低风险区". (Not when a verb of its own goes before 为: "调整部分高风险区域
# A小区23栋降为低风险", "调整以下封控区A楼调整为防范区" are read as written.)
# (not 调整后, "after the change": "调整后全市均为低风险地区" (a headline) names the state after it, no object)
_ADJUST_OBJECT_TO = re.compile(rf"(?:^|(?<=[,:;。\n、]|起))[ \t]*(?:调整|下调|上调|降级|升级|调低|调高|降低|提高|提升)"
                               rf"(?!后)(?P<obj>[^,:;。\n]{{1,200}}?)(?<![降升调划列定转改整级])(?:为|至|成)(?=(?:疫情)?(?:{_LEVEL}|[高中低]风险))")
# "我省有中风险县(市、区)1个", "全市高风险乡镇2个": a level given to whole divisions, written as "中风险地区".
# ("中风险街道(乡镇)(3个)": the other kind of division the list holds may follow in brackets)
# ("中风险的县(市、区)(2个):", "低风险的乡镇(街道)": 的 may join them; "较低风险的县", a five-colour level, is none)
# ("中风险的镇(街道)4个:" (嘉兴, 2020): the town alone, with the other kind in brackets after it)
_RISK_DIVISION = re.compile(r"(?<!较)([高中低])风险的?(?:县\((?:市、?区|区、?市|市|区)\)|县市区|县区|旗县|县|乡镇|街道"
                            r"|镇(?=\((?:街道|乡|街)\)))"
                            r"(?:\((?:乡镇|镇|乡|街道|镇街|街镇|乡镇街道|街道乡镇|社区|村|村社区|社区村)\))?")
# "决定将24个防范区调低风险等级。…\n具体名单如下(总计24个):": the areas of a level whose level is lowered with no new
# level named leave their list (a lift); the pointer line after the sentence's paragraph heads their list, written
# as "解除以下防范区" (not "在原有75个防范区调低风险等级的基础上": an earlier count, no verb of this notice; blank
# lines may stand between the two).
_LOWERED_THEN_LIST = re.compile(rf"将(?:[\d{_CN_NUM}]{{1,4}}个)?(?P<level>{_LEVEL})(?:的)?"
                                rf"(?:调低|降低|下调)(?:其)?风险等级"
                                rf"(?=[。,;])(?P<rest>[^\n]*\n[ \t\n]*)(?:具体|详细)?(?:名单|区域|清单)?如下(?=[(:])")
# "【以下区域划定为高风险区:】": a heading line set in brackets by a news site; the brackets are no part of it.
_BRACKETED_HEADING = re.compile(r"(?m)^[ \t]*[【〔\[][ \t]*([^【】〔〕\[\]\n]{2,80}?[::])[ \t]*[】〕\]][ \t]*$")
# A symbol a web page lost in front of a heading ("?高风险地区", "■中风险地区").
# "辽宁大连2个中风险地区调整为低风险地区 ©原创 2021-11-26 23:27 0 辽宁大连市…发布,…": a copy site's byline (its
# mark, the time, a count of readers) run in after the headline on one line; the headline ends there.
_COPY_BYLINE = re.compile(r"[ \t]*©[ \t]*原创[ \t]+\d{4}-\d{1,2}-\d{1,2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
                          r"(?:[ \t]+\d{1,7})?[ \t]*")
_LEADING_JUNK = re.compile(r"(?m)^[ \t]*[?■□●○◆◇▲△★☆▶►•·※▌]+")
# "…通告如下:?", "…防范措施。?": a character a repost lost at the end of its lines (a "?" after 。 or a heading);
# a notice asks no questions in its lists, and a stray "?" after a list's 。 would be read as a place.
_TRAILING_JUNK = re.compile(r"(?m)(?<=\S)[ \t]*[?■□]+[ \t]*$")
# Forum copies (after full-width folding) carry anti-copy strings of random ASCII: lines of their own
# ("O,(p><k$/", "PjriAlxD"), or after a space at the end or the start of a line ("…通告如下: H^cB?i",
# "+ X4 c2 C9 为快速…"). A run of ASCII with no CJK is noise when it has a lower-case letter or a symbol
# no list writes ("小区 B", "1. A村" and dates stay); a line without any CJK such a character is dropped.
_JUNK_CHAR = r"[a-z!\"#$%&'*+<=>?@\\^_`{}~]"
_JUNK_RUN = r"[\x21-\x7e](?:[\x21-\x7e \t]*[\x21-\x7e])?"
_JUNK_LINE = re.compile(rf"(?m)^(?![^\n]*[{_CJK}])(?=[^\n]*{_JUNK_CHAR})[^\n]*$")
_JUNK_TAIL = re.compile(rf"(?m)(?<=[{_CJK}。:;,)\]】”])[ \t]+(?={_JUNK_RUN}[ \t]*$)(?=[^\n]*{_JUNK_CHAR})[^\n]*$")
# A forum's (Discuz) anti-copy string set where the page broke its lines: 5 to 15 pairs, each a mark or digit
# (! to ;), a space, and a letter or mark (? to ~), pairs run together ("3 A$ Z7 {& {' a7 {3 t) _"; a pair's space
# for its mark may fold into the one after: "O( O ~"); glued to the text on either side ("…t) _2A区B街道": the "_"
# closes the string, "2" is the item's number; "A街道$ i& e4 T( x) }3 t- [( q"). Goes whole, before the text is
# read: a line's break where it stands between two pieces of text. (Full-width forms too, as a Word copy writes
# them.) A place's letters and numbers ("A座", "B区6号楼", "1, 2, 3号楼") never take that shape.
_JAMMER_A = r"[\x21-\x3b\uff01-\uff1b]"
_JAMMER_B = r"[\x3f-\x7e\uff1f-\uff5e]"
_JAMMER = re.compile(rf"[ \t]*{_JAMMER_A} {_JAMMER_B}(?:{_JAMMER_A}? {{1,2}}{_JAMMER_B}){{4,}}[ \t]*")


def _without_jammer(m: re.Match[str]) -> str:
    # (not letters listed with a comma and a space each, "A栋" over "A, B, C, D, E, F栋": an estate's buildings written
    # as an English list, no string of random marks; review rv69a)
    # (full-width commas too, "A， B， C栋", as a Word copy writes them)
    if re.fullmatch(r"(?:[,\uff0c、;\uff1b] [A-Za-z])+", m.group().strip(" \t")):
        return m.group()
    text = m.string
    between = m.start() > 0 and text[m.start() - 1] != "\n" and m.end() < len(text) and text[m.end()] != "\n"
    return "\n" if between else ""


# "…办公室" over "2022年11月26日关于调整高风险区的公告" (a forum copy of two notices run together, 唐山 2022): the first
# notice's date and the second's title on one line; read as two lines, the date closing the first notice, the title
# opening the next. (Only a line of the date and a title alone, after another line: "2022年11月26日关于A的通知精神…"
# goes on.)
_DATE_THEN_TITLE = re.compile(r"(?<=\n)(?P<date>[ \t]*(?:\d{4}|[〇零一二三四五六七八九]{4})年"
                              r"[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日)"
                              r"(?=关于[^\n。,;:]{2,60}?的?(?:通告|公告)[ \t]*\n)")
# ("* v2 G6 D( c7 j5 B    3、A社区…": before an item's number after the spaces too; the number and its 、 stay)
_JUNK_HEAD = re.compile(rf"(?m)^[ \t]*(?=[^\n{_CJK}]*{_JUNK_CHAR})(?:{_JUNK_RUN})[ \t]+"
                        rf"(?=[{_CJK}]|\d{{1,2}}、[{_CJK}])")
# "发布通告: 自2月10日0时起,…", "高风险区: A小区": a space after a sentence's colon, comma or stop before the words
# or the list's first number ("通告如下: 1.对A村…") says nothing (the rules read the words right after the mark); not
# after an ASCII run's mark (forum junk, "O,(p>< 为…", goes as a whole), not before other ASCII ("时间: 12:00").
# (not before a forum copy's junk that starts like a number, "高风险区: 0)<": the line's ASCII tail, no item's number,
# goes whole with the space before it)
_SPACE_AFTER_STOP = re.compile(rf"(?<=[{_CJK})”][:,;。])[ \t\u3000]+(?=[{_CJK}]|\d{{1,3}}[.、)](?!\d))"
                               rf"(?![\x21-\x7e \t]*{_JUNK_CHAR}[\x21-\x7e \t]*(?:\n|$))")
# "恒大名都14号楼 , 金星镇A区3号楼", "管控措施 。" (a content site's copy, 宁夏, late 2022): spaces before a mark
# of the sentence after the words say nothing either (the list is read as "…14号楼,金星镇…"); not tabs (a table's
# cells), not after ASCII (a forum copy's junk goes as a whole).
_SPACE_BEFORE_STOP = re.compile(rf"(?<=[{_CJK})”\d])[ \u3000]+(?=[,,。;;、:][ \u3000]*(?:[{_CJK}“(]|\n|$))", re.M)
# "一、高风险:A村", "二、中风险(2个):B、C": a level written without 区 as the label of its list.
# "12个中风险市县为:A县、B市", "低风险县(市、区)": a province's lists of counties by level (2020), the level of
# places like any other.
_COUNTY_LEVEL = re.compile(r"(?<=[高中低]风险)(?:市县|县市|区县|县区|县\((?:市、区|市区|区、市)\)|县份)")
# ("高风险(1)个": the number alone in brackets, the measure word after them)
_BARE_COUNT = rf"(?:\(?(?:共|计)?(?:\d{{1,4}}|[{_CN_NUM}]{{1,5}})[个处]\)?|\(\d{{1,4}}\)[个处]?)?"
# "一高风险地区" over its list, "二中风险地区:": a part's Chinese number run into its level's heading, the 、 lost
# (a forum copy of a list as a page laid it out); read as "一、高风险地区". Only a heading alone on its line (maybe
# counted, "(3个)"): "一中风险区人员…" is a sentence.
_GLUED_PART_LEVEL = re.compile(rf"(?m)^(?P<enum>[ \t]*(?:十?[一二三四五六七八九]|十))(?=(?:新增|现有)?[高中低]风险"
                               rf"(?:地区|区域|区){_BARE_COUNT}[ \t]*:?[ \t]*$)")
# (alone on its line only as a heading, "二、中风险": a newspaper's break after "属于高风险" is no label)
_BARE_LEVEL_LABEL = re.compile(rf"(?m)(?:(?<![{_CJK}])|(?<=新增|现有))[高中低]风险(?={_BARE_COUNT}[ \t]*:)"
                               rf"|^[ \t]*(?:{_ENUM.pattern})?[ \t]*(?:新增|现有)?[高中低]风险(?={_BARE_COUNT}[ \t]*$)")


# "中风险降为低风险(14个)", "2.高风险调整为中风险:": a heading that moves a list from one level to another, both
# levels written without 区 (the second is mended by _BARE_RISK after 为).
_BARE_FROM_LEVEL = re.compile(rf"(?m)^(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*(?:由|从)?)(?P<level>[高中低])风险"
                              rf"(?=(?:{_TARGET_VERB})(?:{_LEVEL}|[高中低]风险))")

# "从高风险区域到低风险区域" (a machine-reworded copy of "由高风险区调整为低风险区", 福州, late 2022): a heading alone
# on its line that moves its list from one level to another with 到 (至) for the verb; read as "由…调整为…". (Only a
# line of the two levels alone, maybe numbered, counted or closed by a colon: "从高风险区到低风险区的转变需要…",
# "从低风险区到高风险区务必报备" are sentences.)
_FROM_TO_LEVEL_HEADING = re.compile(rf"(?m)^(?P<head>[ \t]*(?:{_ENUM.pattern})?[ \t]*(?:由|从)(?:{_LEVEL}))(?:到|至)"
                                    rf"(?=(?:{_LEVEL}){_BARE_COUNT}[ \t]*[:]?[ \t]*$)")


# "怀宁县共有高风险区3个(A、B、C),中风险区2个(D,E)": a level's count with its places in brackets after it (a
# list restated as it stands). Read as the level's label over its list ("高风险区3个:A、B、C。") when the brackets
# hold as many places as the count says ("低风险地区74个(含某新区)" is a note, no list).
# ("调整后,A县共有": the words that say the list is restated go with it, also when broken over lines)
_COUNTED_LIST_IN_BRACKETS = re.compile(
    rf"(?:(?:(?:调整后|截至目前|截止目前|目前|现)[ \t]*,?[ \t]*\n?[ \t]*)?(?:[{_CJK}]{{2,10}}?(?:省|市|区|县|旗))?"
    rf"(?:共有|现有|尚有|还有|共)[ \t]*)?"
    rf"(?P<level>{_LEVEL})(?P<n>[\d{_CN_NUM}]{{1,4}})[个处][ \t]*\((?P<obj>(?:[^()\n]|\([^()\n]*\)){{2,600}}?)\)"
    r"[ \t]*(?P<end>[,;。]|$)", re.M)
# ("两个中风险区(A小区、B小区)": the count written before the level, the same list; only where the count opens its
# clause or line (maybe after 现有, 共有), not inside a sentence whose verb acts on it, "解除两个中风险区(A、B)")
_COUNT_FIRST_LIST_IN_BRACKETS = re.compile(
    rf"(?:^|(?<=[,;。:\n]))[ \t]*(?:{_ENUM.pattern})?[ \t]*"
    rf"(?:(?:[{_CJK}]{{1,10}}?(?:省|市|区|县|旗))?(?:共有|现有|尚有|还有|另有|共)[ \t]*)?"
    rf"(?P<n>[\d{_CN_NUM}]{{1,4}})[个处](?P<level>{_LEVEL})[ \t]*\((?P<obj>(?:[^()\n]|\([^()\n]*\)){{2,600}}?)\)"
    r"[ \t]*(?P<end>[,;。]|$)", re.M)


# "将我市A镇3个区域(1.B;2.C;3.D),从中风险地区调整为低风险地区": the verb's object a count of areas with the areas
# numbered in brackets after it, split by ";". Read as "将B;C;D从…" (the count and the division before it go: each
# item names its own place); only when the items are as many as the count.
_COUNTED_OBJECT_IN_BRACKETS = re.compile(
    rf"(?P<verb>将|把|对)(?:我市|我区|我县|本市|本区|本县)?(?:[{_CJK}]{{2,12}}?(?:镇|街道|乡|区|县|市))?"
    rf"(?P<n>[\d{_CN_NUM}]{{1,3}})[个处](?:区域|地方|地区|点位|场所|小区)[ \t]*"
    r"\((?P<obj>(?:[^()\n]|\([^()\n]*\)){2,800}?)\)[ \t]*,?")


def _counted_object_in_brackets(m: re.Match[str]) -> str:
    items = [_strip_enum(item.strip())[0].strip() for item in re.split(r"[;;]", m["obj"])]
    items = [item for item in items if item]
    if _cn_int(m["n"]) != len(items) or len(items) < 2:
        return m.group()
    return f"{m['verb']}{';'.join(items)}"


# "一、临时管控范围" over its area, "管控范围:A路以东、…围合区域": a level's range written without 区, as a heading
# (alone on its line or before a colon); read as "临时管控区范围". (Not "管控范围内的居民…", a measure.)
_RANGE_WITHOUT_ZONE = re.compile(
    r"(?m)^(?P<head>[ \t]*(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、])?[ \t]*"
    r"(?:临时性?)?(?:封控|管控|防范))范围(?=[ \t]*(?:[::]|$))")
# ("一、高风险区" right above "管控范围:A小区3栋": the range where the heading's level is managed (its measures'
# area), no level of its own: the heading's level holds, the label goes; only "管控范围" unnumbered under a heading of
# another level)
_RANGE_UNDER_OTHER_LEVEL = re.compile(
    rf"(?m)(?P<heading>^[ \t]*(?:{_ENUM.pattern})?[ \t]*"
    r"(?:[高中低]风险(?:区域|地区|区)|封控(?:区域|区)|防范(?:区域|区))"
    rf"(?:\([\d{_CN_NUM}]{{1,3}}[个处]\)|[\d{_CN_NUM}]{{1,3}}[个处])?[ \t]*[::]?[ \t]*\n[ \t]*)管控范围[ \t]*[::][ \t]*"
    r"(?=[^\s])")
# "二、实施范围:A市中心城区(B区、C区)。" (江西, spring 2022), "管控范围"'s kin written as the part's title, no
# level in it: "实施范围", "实行范围", "执行范围", "区域范围", "具体范围", "管理范围", the part of a notice whose title
# or lead names the one measure ("…实施临时静态管理的通告", "决定对A镇部分区域实施临时管控"); the places after the
# colon are the measure's; read as "二、对A市中心城区(B区、C区)实施临时静态管理。" (the measure named last above).
_INLINE_RANGE_PART = re.compile(
    rf"(?m)^(?P<enum>[ \t]*(?:{_ENUM.pattern})[ \t]*)"
    r"(?:具体(?:实施|实行|执行|管理|区域|管控区域)?|实施|实行|执行|管理|区域|管控区域)的?范围[ \t]*[::]"
    r"[ \t]*(?P<obj>[^\n。;:]{2,300}?)[ \t]*[。;]?[ \t]*$")
_MEASURE_ABOVE_RANGE = re.compile(r"(?:实施|实行|进行|开展)(?P<kind>(?:临时性?)?(?:静态管理|静默管理|静默|管控|封控)"
                                  r"|封闭管理|封控管理|管控管理)(?=措施|的|,|。|;|:|\n|$)")


def _inline_range_part(m: re.Match[str]) -> str:
    # (not people or a whole jurisdiction's every home: "全体居民", "所有小区")
    if re.match(r"(?:全体|所有|全部|各|本|我)", m["obj"]) or re.search(r"人员|居民|群众|车辆", m["obj"]):
        return m.group()
    # (not a measure recalled as done before, "前期已对A镇实施临时管控": a later notice's range, of testing, is
    # another's)
    kinds = [k["kind"] for k in _MEASURE_ABOVE_RANGE.finditer(m.string, 0, m.start())
             if not re.search(r"已|前期|此前|曾", m.string[max(m.string.rfind(stop, 0, k.start()) for stop in "。\n"):
                                                              k.start()])]
    return f"{m['enum']}对{m['obj']}实施{kinds[-1]}。" if kinds else m.group()


# "小区内的封(管)控单元、重点区域(附后)…逐步有序解除管控" over "附:重点区域范围" and its numbered areas after the
# signature (江苏, spring 2022): the body names its areas by a word and points to the list appended ("(附后)",
# "(名单附后)", "(见附件)", "(详见附表2)"); the appendix, titled by the same word ("附:重点区域范围", "附件1:重点区域
# 名单", "附件" alone over "重点区域清单"), lists them. The appendix's title is read as a heading of what the body
# does to them: "以下区域解除管控:", "以下区域划定为封控区:", "以下区域实行静默管理:".
_APPENDED_POINTER = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,8}?)(?:\((?:名单|具体名单|范围|具体范围|清单|详细名单)?"
                               r"(?:附后|后附|见附件[\d一二三]?|详见附件[\d一二三]?|见附表[\d一二三]?|详见附表[\d一二三]?)\))")
_APPENDIX_HEAD = r"(?m)^[ \t]*附(?:件|表)?[\d一二三]?[ \t]*[::]?[ \t]*(?:\n[ \t]*)?"
_APPENDIX_TITLE = re.compile(_APPENDIX_HEAD + r"(?P<title>[^\n:。,;]{2,20}?)[ \t]*[::]?[ \t]*$")
_APPENDED_LIFT = re.compile(r"(?<!未)(?:解除|解封)(?![前后时])(?P<lv>封控|管控|防范|静默管理|静态管理)?")
_APPENDED_MEASURE = re.compile(r"(?:实施|实行|采取)(?:临时性?)?(?P<lv>封控|管控|静默管理|静态管理|静默|静态)")


def _appended_list(text: str) -> str:
    pointer = _APPENDED_POINTER.search(text)
    if pointer is None:
        return text
    # (the word may follow a verb or a preposition, "将重点点位(名单附后)", "对相关区域(见附件)": the title holds
    # its end)
    head = _APPENDIX_TITLE.search(text, pointer.end())
    word = next((k for k in range(len(pointer["name"]) - 1) if pointer["name"][k:] in head["title"]), None) \
        if head else None
    if head is None or word is None:
        return text
    start = max(text.rfind("\n", 0, pointer.start()), text.rfind("。", 0, pointer.start())) + 1
    end = min(p for p in (text.find("。", pointer.end()), text.find("\n", pointer.end()), len(text)) if p >= 0)
    # (what is done to the areas pointed to follows them: "将A村划为高风险区,有关检测点(附后)照常开放" draws A村, the
    # points appended are no area of its level)
    sentence = text[pointer.start():end] if start < pointer.start() else text[start:end]
    if lift := _APPENDED_LIFT.search(sentence):
        heading = f"以下区域解除{lift['lv'] or '管控'}:"
    elif level := re.search(rf"(?:划定|划分|划|调整|确定|列|认定|升级)为(?P<lv>{_LEVEL})", sentence):
        heading = f"以下区域划定为{level['lv']}:"
    elif measure := _APPENDED_MEASURE.search(sentence):
        lv = measure["lv"]
        heading = f"以下区域划定为{lv}区:" if lv in ("封控", "管控") else f"以下区域实行{lv.removesuffix('管理')}管理:"
    else:
        return text
    # (the body's word names the appended areas, no place of its own: "将相关区域划定为封控区", as a clause that points
    # to a list elsewhere)
    return (f"{text[:pointer.start() + word]}相关区域{text[pointer.end():head.start()]}{heading}"
            f"{text[head.end():]}")


# "1. 管控筛查范围:", "二、封控核酸检测范围": the same range named by the screening done in it (上海, summer 2022: a
# temporary control with everyone tested); read as "管控区范围".
_SCREENED_RANGE = re.compile(
    rf"(?m)^(?P<head>[ \t]*(?:{_ENUM.pattern})?[ \t]*"
    r"(?:临时性?)?(?:封控|管控|防范))(?:核酸)?(?:筛查|检测)范围(?=[ \t]*(?:[::]|$))")


# "一、封控区:" over "范围:A村,北至B路,南至C河;D村,东至E江,实施封闭管理;" and "新增:F街道北至G路,…": a level's
# heading over lines labelled with what they hold, its range and the areas added to it (late 2021 浙江); the
# labels and the measure closing a line ("实施封闭管理") are no part of the places. Only lines right under the
# heading (a "范围:" under a named area's own line, "(1)A片区", is that area's content: left alone).
_LEVEL_HEADING_LINE = re.compile(
    rf"[ \t]*(?:[一二三四五六七八九十]{{1,3}}[、.]|\([一二三四五六七八九十\d]{{1,3}}\)|\d{{1,2}}[.、])?[ \t]*"
    rf"(?:{_LEVEL})(?:\(\d{{1,4}}个\))?[ \t]*[::]?[ \t]*")
_CONTENT_LABEL = re.compile(r"[ \t]*(?:新增|范围|新增范围|区域范围|具体范围)[ \t]*[::][ \t]*(?=\S)")
_CLOSING_MEASURE = re.compile(r",(?:实施|实行)(?:封闭|封控|管控)管理(?=[;。]|[ \t]*$)")


def _labelled_level_lines(text: str) -> str:
    lines = text.split("\n")
    under_heading = False
    for i, line in enumerate(lines):
        if _LEVEL_HEADING_LINE.fullmatch(line):
            under_heading = True
        elif under_heading and (label := _CONTENT_LABEL.match(line)) and not _LEVEL_RE.search(line[label.end():]):
            lines[i] = _CLOSING_MEASURE.sub("", line[label.end():])
        elif line.strip():
            under_heading = False
    return "\n".join(lines)


# "A镇南至B公路,东至C围墙,北至D厂北围墙,西至E厂西围墙合围区域划定为封控区;…": an area given by its bounds as the
# subject of its clause, no 将 in front; read as "将A镇…合围区域划定为封控区" (the bounds' commas no clause's end).
_BOUNDED_SUBJECT = re.compile(
    r"(?m)(?:^|(?<=[;。]))(?P<obj>[ \t]*[^;。:\n将把对]{0,30}?[东南西北]至"
    r"[^;。:\n将把对]{2,300}?(?:合围|围合|围成)(?:区域|范围))"
    rf"(?=(?:划定|划|确定|列|调整)为(?:{_LEVEL}))")


# "A街道B社区(C小区除外)及部分D社区(E路以南),解除管控。", "F社区、G社区,及部分D社区(H路以北),解封防范区。": the
# places as the subject of their clause, then a comma and the lift of the level they had (解封 / 解除 with the
# level's word); read as "将…解除管控管理。". Only where every place is whole (no sentence of measures or times).
_SUBJECT_COMMA_LIFTED = re.compile(
    r"(?m)(?:^|(?<=。))"
    rf"(?P<enum>[ \t]*(?:{_ENUM.pattern}))?"
    r"(?P<obj>(?![原对将把由该这此其上以])[^,;。:“”\n]{2,120}?(?:,及[^,;。:“”\n]{2,60}?)?)"
    r",(?:解除|解封)(?P<kind>封控|管控|防范)区?(?:管理|措施)?(?=。)")


def _subject_comma_lifted(m: re.Match[str]) -> str:
    # (each place without its bracket: "(A社区以东、B路以南)" says which part, its 、 no separator)
    pieces = [re.sub(r"^部分", "", piece) for piece in re.split(r"、|,?及", re.sub(r"\([^()]*\)", "", m["obj"]))]
    if re.search(r"封控|管控|防范|风险|疫情|人员|\d{1,2}[月日时]", m["obj"]) \
            or not all(_complete_place(piece) for piece in pieces):
        return m.group()
    return f"{m['enum'] or ''}将{m['obj']}解除{m['kind']}管理"


# "自2月7日16时起,A小区6号楼解除封控,A小区1-5号楼、7-14号楼解除管控,小区内其他区域解除防范。", "2月7日8时,B区C地区
# D园3段解除管控。" (北京, 2022): the day and hour first, then clauses each with its places as the subject and the lift
# of the kind of area they were (封控, 管控, 防范; 封闭 for 封控); read as "自…起,将A…解除封控管理,将…解除管控管理".
# Only where every clause is such a lift of whole places (a clause of anything else, ",调整为防范区", reads as before),
# the first naming a place of its own (the rest of the estate, "小区内其他区域", may follow it): not "自…起,全县解除
# 管控" (a blanket), "…,居民解除封控" (people), "…,该小区解除封控" (a reference), "高风险区解除管控" (levels).
_TIMED_SUBJECT_LIFT_CLAUSE = (r"(?!原|对|将|把|由|该|这|此|其|上述|以上|全[县区市旗镇乡域部境])[^,;。:“”\n]{2,80}?"
                              r"(?:已经?|现已|均已?|正式|予以|全面|全部|一并|同步|同时)*"
                              r"解除(?:封控|管控|防范|封闭)(?:管理|措施)?")
# ("…,A小区解除封控,同时,B村解除封控": 同时 (at the same time) with its own comma between two clauses; the word
# opening a clause, "同时B村解除封控", "同时对B村解除封控", is no part of its place (not a name it opens, "同时村"))
_SAME_TIME_JOIN = r",(?:(?:与此)?同时,)?"
# (nor a name with one character before its kind, "同时代广场", "同时兴小区": 同时 there is no word of its own, the
# place's name opens with it; review rv69c)
_SAME_TIME_NOT_NAME = (r"(?![^\W\d_](?:广场|小区|社区|花园|家园|大厦|公寓|市场|商场|新村|中心"
                       r"|[村镇乡屯庄街路巷里湾园苑城]))")
_SAME_TIME_OPENS = re.compile(r"(?:与此)?同时(?:对|将|把)?(?=[^\W\d_]{2})(?![村镇乡屯庄街路巷里湾社组园苑区])"
                              + _SAME_TIME_NOT_NAME)
_TIMED_SUBJECT_LIFTS = re.compile(
    rf"(?m)(?:^|(?<=[。;]))(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*)"
    r"(?P<time>(?:自|从|于)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[^,;。:\n起]{0,12}?(?:时|点|分|\d:\d{2}))?起?),"
    rf"(?P<clauses>{_TIMED_SUBJECT_LIFT_CLAUSE}(?:{_SAME_TIME_JOIN}{_TIMED_SUBJECT_LIFT_CLAUSE})*)(?=[。;]|[ \t]*$)")
_TIMED_LIFT_PARTS = re.compile(r"(?P<obj>.+?)(?:已经?|现已|均已?|正式|予以|全面|全部|一并|同步|同时)*"
                               r"解除(?P<kind>封控|管控|防范|封闭)(?:管理|措施)?$")
# The places lifted: a town, street or 地区 (北京's township-level 地区) written with a place in it, or a numbered part
# of one ("B区3段", "1至4号楼"), besides the whole places _complete_place knows.
_TIMED_LIFT_PLACE = re.compile(rf"[{_CJK}]{{2,8}}?(?:街道|镇|乡|地区)[{_CJK}A-Za-z\d]{{2,}}"
                               r"|.{2,}[A-Za-z\d](?:段|期|区|号楼|栋|幢|座|单元|号院|号)$")
# Not a lift of places: levels, people, a day ("…,居民解除封控"); every site of a kind ("各小区", "所有村"; "王各庄村"
# is a name).
_TIMED_LIFT_NOT_PLACES = re.compile(r"封控|管控|防范|风险|疫情|人员|人群|群众|居民|市民|车辆|\d{1,2}月\d{1,2}日"
                                    r"|(?:^|[、,])(?:各|所有|全部)")
# The rest of the estate (village, community) lifted after its parts: "小区内其他区域", "村内其余区域".
_TIMED_LIFT_REST = re.compile(r"(?:小区|社区|村|院|园区|大院)内?的?(?:其他|其它|其余)(?:区域|地区|楼栋|范围)")


def _timed_subject_lifts(m: re.Match[str]) -> str:
    parts = [_TIMED_LIFT_PARTS.fullmatch(clause) for clause in re.split(_SAME_TIME_JOIN, m["clauses"])]
    if not all(parts):
        return m.group()
    lifted = []
    for k, part in enumerate(parts):
        obj = part["obj"]
        if k > 0 and (same := _SAME_TIME_OPENS.match(obj)):
            obj = obj[same.end():]  # "…,同时B村解除封控": the clause's 同时 (and its 对) no part of the place
        if _TIMED_LIFT_NOT_PLACES.search(obj) or _no_lifted_place(obj):
            return m.group()  # (nor "农贸市场": a kind of site, no place named)
        first = re.split(r"[、,]", obj)[0]
        if not (_complete_place(first) or _TIMED_LIFT_PLACE.fullmatch(first)
                or (k > 0 and _TIMED_LIFT_REST.fullmatch(obj))):
            return m.group()
        lifted.append(f"将{obj}解除{part['kind'].replace('封闭', '封控')}管理")
    return f"{m['lead']}{m['time']}," + ",".join(lifted)


# "广州荔湾区、番禺区调整多地为高风险区", "A区新增多处中风险区", "将多个区域划定为…": a headline's or a lead's vague
# object, "several places" (多地, 多处, 多个区域, 若干区域), names no place, as "部分区域" names none: read as it.
# (only right after the verb and before the level's verb or word: "多地" inside a name is kept)
_VAGUE_MANY_OBJECT = re.compile(r"(?P<verb>调整|划定|划为|新增|将|把|对)(?:多地|多处|多个区域|多个地区|多区域|多片区域"
                                r"|多个点位|若干区域|若干地区|若干点位)(?=为|调整|划|列|纳入|(?:[高中低]风险|封控|管控|防范))")
# "江苏省徐州市多地调整为中风险地区" (a report's headline, spring 2022): the vague places as the subject, right after
# a division's name and before the verb that sets their level: read as "A市部分区域调整为…" (a division's name ends
# before it, so "多地" inside a name, "A多地村调整为…", is kept; a named site's or estate's 区 is no division's:
# "A社区多处调整为封控区", "B景区多处…", "C工业园区多处…" (the districts 梁园区, 绿园区, 下花园区 aside),
# "D片区多处…" keep the named place).
_VAGUE_MANY_SUBJECT = re.compile(r"(?:(?<=[省市县旗州])|(?<=区)(?<![社小景校片厂矿营院库街]区)(?<![^梁绿花]园区))"
                                 r"(?:多地|多处|多个区域|多个地区|若干区域|若干地区)"
                                 r"(?=(?:调整|划定|划|列|升级|降级?|降低)为(?:[高中低]风险|封控|管控|防范))")


# "对316国道沿线的A村、B村、…和C社区共计16个村(社区)实施临时管控": where the run of places lies, written once
# before its first place ("沿线的", "沿岸的", "一带的"), describes the whole run, no part of the first place: dropped.
# (only before a run, the first place closed by its kind and followed by "、"; "对A路沿线区域实施管控" keeps its area)
# (a town or street written first is where the run lies, kept: "将A镇沿河的B村、C村" reads "将A镇B村、C村")
_RUN_ALONG = re.compile(rf"(?P<verb>对|将|把)(?P<town>[{_CJK}]{{1,8}}?(?:街道|镇|乡)(?![路街巷道线桥河江]))?"
                        rf"[^、,;。()对将把]{{0,16}}?(?<=[{_CJK}\d]{{2}})(?:沿线|沿岸|沿途|沿江|沿河|一带)的"
                        rf"(?=[{_CJK}][^、,;。()]{{1,16}}?(?:村|社区|居委会|镇|乡|街道|小区|组)、)")


# "全局所有居民小区统一划分为六大片区,实行封闭管理,分别是A片区(…)、B片区(…)" (a 2020 closure of a forestry
# bureau's town): the whole divided into counted areas, closed, then the areas named after "分别是": read as
# "对以下六个片区实行封闭管理,分别是A…" (the whole divided, "全局所有居民小区", is no place of its own).
_DIVIDED_THEN_MANAGED = re.compile(
    r"(?:(?<=[\n:,。;、)])|^)[^,。;:、\n]{0,24}?(?:统一|共|重新)?(?:划分|分成|分)为(?P<n>[\d一二两三四五六七八九十]{1,3})(?:大|个)?"
    r"(?P<kind>片区|区域|网格|区块|责任区),?(?:统一|全部|全面)?(?P<verb>实行|实施|进行|采取)"
    r"(?P<measure>(?:封闭式?|封控|封锁式?|全封闭)管理|(?:封闭式?|封控)管控),?(?=分别(?:是|为):?)")


def _divided_then_managed(m: re.Match[str]) -> str:
    # (only a whole divided, "全镇", "所有居民小区": a place named as the whole, "将A小区划分为2个片区,…,分别为
    # 1号片区、2号片区", holds the parts, which are no places without it; left as written)
    if re.search(r"[将把对](?!全|所有|辖区|本|我)", m.group()):
        return m.group()
    return f"对以下{m['n']}个{m['kind']}{m['verb']}{m['measure']},"


# "对A小区及周边区域封控,封控范围分别为两部分,其中:第一部分为B路以北,…的区域,总面积23万平米;第二部分为C南区。"
# (北京, summer 2021, a report of a closure): the range of a level given as its numbered parts (第一部分为…), each a
# place; read as "封控区为:B…的区域;C南区" (an area's size after a part, "总面积23万平米", is no part of it). Only
# where the parts counted are the ones written.
_RANGE_PART = r"第[一二三四五六七八九十]{1,2}部分(?:为|是|:)"
_RANGE_IN_PARTS = re.compile(
    r"(?P<kind>封控|管控|防范)(?:区域?)?的?范围(?:分别|共)?(?:为|是|分为|包括)?(?P<n>[两二三四五六七八九十\d])个?部分"
    rf"[,:]?(?:其中|具体为|具体是|分别为|分别是)?[,:]?(?P<parts>{_RANGE_PART}[^;。\n]+(?:;{_RANGE_PART}[^;。\n]+)+)"
    r"(?=[。\n]|$)")
_PART_SIZE = re.compile(r",(?:总|占地|共)?面积(?:约|为|达)?[\d.]+(?:万|千)?(?:平方米|平米|平方公里|亩)$")


def _range_in_parts(m: re.Match[str]) -> str:
    parts = [_PART_SIZE.sub("", re.sub(rf"^{_RANGE_PART}", "", part)) for part in m["parts"].split(";")]
    if len(parts) != _cn_int(m["n"]):
        return m.group()
    return f"{m['kind']}区为:" + ";".join(parts)


# "3月8日消息:" on its own line (a roundup's label over the day's news of an office): no place, no heading; the
# paragraphs under it are read by their own sentences.
_DAY_NEWS_LABEL = re.compile(r"(?m)^[ \t]*(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:消息|讯|电|通报|发布)[ \t]*[::][ \t]*$")

# "北京共有4个高风险地区——A区B街道、C镇,D区E镇;37个中风险地区(涉及10个区),分别是:" (a news report of the
# national list): a counted level's places after a dash, as after a colon, and the next counted level after ";"
# opening a list of its own (its lines below).
# (Not a remark after the dash, "——这是本轮疫情以来首次出现高风险地区", "——均在A区": a pronoun, adverb or verb
# opening it, or a level named again in it.)
_DASHED_COUNTED_LEVEL = re.compile(rf"(?P<head>(?:\d{{1,4}}|[{_CN_NUM}两]{{1,5}})个{_LEVEL})[ \t]*(?:——|—|--)[ \t]*"
                                   r"(?=[^\n;。]{2})"
                                   r"(?![ \t]*(?:[—\-]|这|此|该|其|均|都|全部|主要|目前|已|请|将|为|是|系|即"
                                   r"|也|还|仍|并|但))"
                                   rf"(?![^\n;。]*{_LEVEL})")
_NEXT_COUNTED_LEVEL = re.compile(rf";(?=(?:另有|还有|共有|有)?(?:\d{{1,4}}|[{_CN_NUM}两]{{1,5}})个{_LEVEL}"
                                 r"(?:\([^()\n]{0,12}\))?,?(?:分别是|分别为|具体是|具体为|包括|如下|名单如下)?:)")
# "继A、B升级为高风险地区后,C再次新增2个高风险地区": the places of an earlier change named in a clause of time
# ("following A's upgrade"), told again where they are listed: the clause sets no level (not 继续, 继而).
_FOLLOWING_EARLIER = re.compile(rf"(?:^|(?<=[。,;:\n]))[ \t]*继(?![续而承])[^,。;:\n]{{2,80}}?"
                                rf"(?:升级|调整|升|调|列|划定|划|确定|认定|上调|下调)为?[^,。;:\n]{{0,6}}?{_LEVEL}"
                                r"(?:之)?后,")
# "最新!A县为低风险地区", "重磅!B区调整为中风险地区": a news site's tag before its headline (the line's opening word
# and "!"), no part of the place the headline names; the headline is then the restatement it is.
_HEADLINE_NEWS_TAG = re.compile(r"(?m)^[ \t]*[【\[]?(?:最新|重磅|刚刚|突发|紧急|速看|快讯|注意|提醒|紧急提醒|权威发布"
                                r"|官方|最新消息|最新通报|好消息)[】\]]?[ \t]*[!!][ \t]*")


# "对A区、B区、C区开展首轮全员核酸检测,按管控区管理,实行不出小区、严禁聚集" (江苏, spring 2022), "对D小区按管控区
# 管理": the places a clause of testing (or none) names, then "按<level>管理", managed as that level; read as
# "将A区、B区、C区划为管控区,实行…". (Not people or vehicles, "对返乡人员开展核酸检测,按管控区管理"; nor levels,
# "对封控区开展核酸检测,按…": their measures.)
_TESTED_THEN_MANAGED_AS_LEVEL = re.compile(
    r"(?:(?<=^)|(?<=[\n,。;:]))(?P<lead>[ \t]*(?:同时|并|另)?)对(?P<obj>[^,。;:\n对]{2,200}?)"
    r"(?:(?:开展|进行|实施|组织)[^,。;:\n]{0,16}?(?:核酸检测|核酸筛查|检测|筛查),?)?"
    r"(?:并|同时)?(?:按照?|参照)(?P<level>封控区|管控区|防范区)(?:进行)?管理(?=[,;。]|$)", re.M)


def _tested_then_managed_as_level(m: re.Match[str]) -> str:
    if _LEVEL_RE.search(m["obj"]) or re.search(r"人员|人群|居民|群众|车辆|旅客|师生|学生|员工|职工|病例|感染者|密接"
                                               r"|者$|出入口|卡口|以下|下列|上述|以上", m["obj"]):
        return m.group()
    return f"{m['lead']}将{m['obj']}划为{m['level']}"


# "A大厦、B小区3号楼,于5月21日24时解除封控,人员继续按管控区管理4天" (北京, spring 2022): the places leave the
# sealed level and their people stay under a lower level's management for some days: the places go to that level;
# read as "…解除封控,按管控区管理". (Not "解除管控,人员继续开展4天健康监测": a measure, the places lifted.)
_PEOPLE_KEPT_UNDER = re.compile(r"(?<=解除封控|解除管控|解除封闭)(?:管理|措施)?,(?:区域内|楼内)?的?(?:人员|居民|群众)"
                                r"(?:继续|仍然?|将|须|需)?(?:按照?|参照|实行)(?P<level>管控区|防范区|[中低]风险区)"
                                rf"(?:进行)?管理(?:[\d{_CN_NUM}]{{1,3}}天)?(?=[,;。]|$)", re.M)


# "A小区3号楼263单元、264单元自3月8日9:50解除封控管理。": the places, the day and hour the lift takes effect, then the
# lift; read as "自3月8日9:50起,将…解除封控管理。" (the time no part of the places).
_SUBJECT_TIMED_LIFT = re.compile(
    r"(?m)(?:^|(?<=[,。]))(?P<obj>(?![原对将把由该这此其上以具])[^,;。:()“”\n]{2,80}?)"
    r"(?P<time>自(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}(?::\d{2}|时(?:\d{1,2}分)?|点(?:\d{1,2}分)?)"
    # ("A小区自12月5日零时起解除封控。": the hour written in words)
    r"|零时|零点)?)起?"
    r"(?:起)?(?:解除|解封)(?P<kind>封控|管控)(?:管理|措施)?(?=[。;])")


def _subject_timed_lift(m: re.Match[str]) -> str:
    pieces = m["obj"].split("、")
    if re.search(r"封控|管控|防范|风险|疫情|人员|群众|居民", m["obj"]) or not _complete_place(pieces[0]):
        return m.group()
    return f"{m['time']}起,将{m['obj']}解除{m['kind']}管理"


# "将以下区域调整为低风险区:" (a lead whose verb sets the level of the items under it): the last such lead above
_VERB_LEAD = re.compile(rf"(?:{_TARGET_VERB}){_LEVEL}[^:\n]{{0,12}}:")


def _count_first_list_in_brackets(m: re.Match[str]) -> str:
    # (under a lead that moves its items to a level, "两个中风险区(A、B)" are the places of that level: the count's
    # level is the one they leave, no heading of its own; review rv71b)
    block = m.string[max(0, m.string.rfind("\n\n", 0, m.start())):m.start()]
    colon = block.rfind(":")
    if colon >= 0 and _VERB_LEAD.search(block[block.rfind("\n", 0, colon) + 1:colon + 1]):
        # (the list stays, the count and its level go: "A小区、B村"; a bare line of its own holds one item a line,
        # as an unnumbered list under a lead has them)
        obj = m["obj"].strip()
        bare_line = (m.start() == m.string.rfind("\n", 0, m.start()) + 1 and not m["end"]
                     and not m.string[m.start():m.start("n")].strip())
        if bare_line:
            cuts = [-1, *_top_level_seps(obj), len(obj)]
            obj = "\n".join(obj[a + 1:b].strip() for a, b in zip(cuts, cuts[1:], strict=False))
        return m.string[m.start():m.start("n")] + obj + m.string[m.end("obj") + 1:m.end()]
    return _counted_list_in_brackets(m)


def _counted_list_in_brackets(m: re.Match[str]) -> str:
    obj = m["obj"].strip()
    cuts = [-1, *_top_level_seps(obj), len(obj)]
    items = [obj[a + 1:b].strip() for a, b in zip(cuts, cuts[1:], strict=False)]
    if _cn_int(m["n"]) != len(items) or not all(items):
        return m.group()
    # ("中风险区1个(A村)": a list of one when the brackets name a place, no note: "低风险区1个(含B新区)", "(见附件)")
    if len(items) < 2 and (_NOTE_IN_BRACKETS.fullmatch(obj) or re.search(r"见|附件|附表|详|如下|其中|以下|等", obj)):
        return m.group()
    # (the list ends its sentence: the next level's list starts on a line of its own)
    return f"\n{m['level']}{m['n']}个:{obj}。\n"


# "1.高风险区(A小区)降为中风险区。", "决定将中风险区(B路—C路合围区域,除高风险区外)调整为低风险区": the level the places
# leave, then the places in brackets, then the verb and the level they go to. Read as "A小区由高风险区降为中风险区";
# a sentence of its own at the start of a line as the heading over its list ("中风险区降为低风险区:B…"), so that an
# exception after a comma stays with its place. (Not a count or a note in the brackets: "高风险区(3个)调整为…",
# "高风险区(含A)…"; "低风险区(…)保持不变" changes nothing.)
_LEVEL_THEN_PLACES = re.compile(
    rf"(?P<lead>(?:^|(?<=[,;。:\n]))(?P<enum>[ \t]*(?:{_ENUM.pattern})?[ \t]*)(?:[^,;。:\n]{{0,8}}?(?:将|把))?)"
    rf"(?P<level>{_LEVEL})"
    rf"\((?P<obj>(?:[^()\n]|\([^()\n]*\)){{2,600}}?)\)(?P<verb>{_TARGET_VERB})(?P<to>{_LEVEL})"
    r"(?P<end>[。;,]|$)", re.M)
_NOTE_IN_BRACKETS = re.compile(rf"(?:共|计|共计|合计)?[\d{_CN_NUM}]{{1,4}}[个处][{_CJK}]{{0,4}}|\d{{1,4}}"
                                r"|(?:含|包括|包含|以下|简称|即).*")


# "板泉镇封控区(A村、B村)调整为管控区,管控区(C、D、E、F4个村)调整为防范区;G街道封控区(H社区)继续封控": the
# town written once before the first level, its places in brackets listed without it (the town dropped, as the
# list has them); the count after the last place ("4个村", "等3个小区") no part of it; "继续封控" keeps the level.
_TOWN_BEFORE_LEVEL_BRACKETS = re.compile(
    rf"(?:^|(?<=[,;。:\n]))[^,;。:\n()]{{2,10}}?(?:镇|乡|街道)(?=(?:{_LEVEL})\([^()\n]{{2,600}}?\)"
    rf"(?:{_TARGET_VERB}|继续))", re.M)
_LEVEL_KEPT_BRACKETS = re.compile(
    rf"(?P<level>{_LEVEL})\((?P<obj>[^()\n]{{2,600}}?)\)继续(?:实行|实施|执行)?(?:封控|管控|防范|封闭)(?:管理|措施)?"
    r"(?=[。;,]|$)", re.M)
_COUNT_AFTER_LAST = re.compile(rf"(?<=[^\d{_CN_NUM}、])等?(?:\d{{1,3}}|[{_CN_NUM}]{{1,3}})个"
                               r"(?:村|社区|小区|自然村|村组|组|点位|区域)$")


# "…,其他区域恢复正常生产生活秩序;A社区、B社区继续为封控区": the clause of the rest resuming closes its sentence
# (read as "。"), else the places after it read as its own object's end.
_REST_RESUMES = re.compile(r"(?<=[,;])((?:其他|其它|其余)(?:区域|地区)[^,;。\n]{0,8}恢复正常[^,;。\n]{0,12})[,;]")


def _without_count_after_last(obj: str) -> str:
    return _COUNT_AFTER_LAST.sub("", obj) if "、" in obj else obj


def _level_kept_brackets(m: re.Match[str]) -> str:
    obj = _without_count_after_last(m["obj"].strip())
    return m.group() if _NOTE_IN_BRACKETS.fullmatch(obj) else f"{obj}继续为{m['level']}"


def _level_then_places(m: re.Match[str]) -> str:
    obj = _without_count_after_last(m["obj"].strip())
    if _NOTE_IN_BRACKETS.fullmatch(obj):
        return m.group()
    own_line = (m.start() == 0 or m.string[m.start() - 1] == "\n") and m["end"] in ("。", "")
    if own_line and "," in obj:
        return f"{m['enum']}{m['level']}{m['verb']}{m['to']}:{obj}{m['end']}"
    return f"{m['lead']}{obj}由{m['level']}{m['verb']}{m['to']}{m['end']}"


# "将高风险区A路6号1座、2座和B巷1号调整为低风险区": the level the places leave written straight after 将, before
# them, without brackets; read as "将A…由高风险区调整为低风险区". (Not "将高风险区内的A…", "将高风险区域调整为…",
# "将高风险区3个调整为…": what follows the level is no named place; not when the object names a level of its own.)
_LEVEL_BEFORE_PLACES = re.compile(
    rf"(?<=[将把])(?P<level>{_LEVEL})(?![内中里的等、和及与或范域名调降升划转以全所共\d{_CN_NUM}])"
    rf"(?P<obj>[^,;。:\n()]{{2,300}}?)(?P<verb>{_TARGET_VERB})(?P<to>{_LEVEL})")


def _level_before_places(m: re.Match[str]) -> str:
    if _LEVEL_RE.search(m["obj"]):
        return m.group()
    return f"{m['obj']}由{m['level']}{m['verb']}{m['to']}"


# "13个参照高风险区管理的临时管控区", "按中风险区管理的封控区域": an area kind the notice manages as a level (its
# measures are that level's, and "参照中风险区管理的" ones are set apart beside it): read as the level it is managed as.
_KIND_MANAGED_AS_LEVEL = re.compile(r"(?:参照|比照|按照?)(?P<level>[高中低]风险(?:地区|区域|区)|封控区|管控区|防范区)"
                                    r"(?:进行)?管理的(?:临时性?)?(?:封控|管控|防范)(?:区域|区)")
# A copy that ran a section's title into its text (the line break after it lost): "临时管控区域A街道、B镇全域。",
# "封控范围C村、D村", "临时管控措施对E路8号,F大道9号实施以下管控措施:…". The title (an area kind by its level,
# then 区域 / 范围, or its 措施, at a line's start or after a sentence's 。) goes on a line of its own: before a
# list of places (its first item a whole place, a 、 after it) or before 对 and the object of the measure.
_RUN_IN_TITLE = re.compile(rf"(?m)(?:^|(?<=。))(?P<title>[ \t]*(?:{_ENUM.pattern})?[ \t]*(?:临时)?(?:封控|管控|防范)"
                           # (not a verb after the title: "管控区域为A、B", "封控范围包括C、D" are read as such)
                           r"(?:区域|范围|措施))(?:(?<=域|围)(?![为是包涉内的即系指由按实执共])"
                           r"(?=(?P<first>[^、,;。:\n()]{2,30}?)、)"
                           r"|(?<=措施)(?=对[^,;。:\n]{2}))")


# A copy that lost its line breaks ran a section's title naming the zones together into the first zone's label:
# "二、封控管控区域封控区:A小区1栋。管控区:…", "风险区域划定高风险区:B村" (after a sentence's 。 or a colon). The
# title goes on a line of its own, so that the label is the first zone's alone.
_RUN_IN_ZONES_TITLE = re.compile(
    rf"(?m)(?:^|(?<=[。:]))(?P<title>[ \t]*(?:{_ENUM.pattern})?[ \t]*(?:(?:封控|管控|防范)[、和及与]?){{2,3}}"
    rf"(?:区域|范围|区)(?:划定|情况)?|[ \t]*(?:{_ENUM.pattern})?[ \t]*风险(?:区域|地区)(?:划定|情况)?)"
    r"(?=(?:划定)?(?:封控|管控|防范|[高中低]风险)(?:区域?|地区|范围):)")


def _run_in_title(m: re.Match[str]) -> str:
    if m["first"] is not None and not _complete_place(m["first"]):
        return m.group()
    return m["title"] + "\n"


# "A、B、C五个街道", "D、E两个村": bare names, then their count and the kind they share: the count goes, the kind
# stays on the item it is written on ("A、B、C街道", as "A、B村" is written); a kind that gathers several ("8个镇街",
# "3个村居") is no one item's and goes with the count. Names that carry their kind ("A镇、B镇两个镇") lose both: a
# summary. Only when the count is the number of names (else it counts what the list does not name), straight after
# the last name ("A、B等三个社区" names some of them, read elsewhere).
_COUNTED_SHARED_KIND = re.compile(rf"(?P<names>[^、,;。:\n()“”]{{2,12}}(?:、[^、,;。:\n()“”]{{1,8}}){{1,30}}?)"
                                  rf"(?<![等共计约\d{_CN_NUM}])(?P<n>[{_CN_NUM}\d]{{1,2}})个(?P<kind>(?P<many>乡镇|镇街|街镇|村居|村组)"
                                  r"|街道|镇|乡|村|社区|小区)(?!民|委|干部|级|庄|子|落|口|办|政府|卫生|居民|群众|人员|党)"
                                  # ("A街道、B镇、C乡3个乡镇(街道)辖区全域": the other kind in brackets and the whole
                                  # of each, shared by all, go with the count where the names carry their kinds)
                                  r"(?P<tail>(?:\((?:街道|乡镇|镇|乡|社区|村)\))?(?:辖区)?(?:全域|范围内?)?)")
_KIND_END = re.compile(r"(?:街道|镇|乡|村|社区|小区|居委会|区|县|市)$")


def _counted_shared_kind(m: re.Match[str]) -> str:
    names = m["names"].split("、")
    kinds = [bool(_KIND_END.search(name)) for name in names]
    # (not numbered parts, "8号、10号两个小区": the count there is of what they belong to)
    if _cn_int(m["n"]) != len(names) or (any(kinds) and not all(kinds)) \
            or any(re.search(r"[\dA-Za-z号栋幢楼组队元期]$", name) for name in names):
        return m.group()
    if all(kinds):
        return m["names"]
    return m["names"] + ("" if m["many"] else m["kind"]) + m["tail"]


# "谢家湾街道点位:A;B", "C镇涉及场所:D": a street's (town's) label that says its items are points (places) is the
# street's label ("谢家湾街道:"), joined to each item as street labels are (after its item number too).
_SUB_POINTS_LABEL = re.compile(rf"(?m)(?:^|(?<=[ \t;。)、.]))(?P<sub>[{_CJK}]{{2,10}}?(?:街道|镇|乡))"
                               rf"(?:涉及|风险|具体)?(?:点位|地点|场所)(?=(?:\(\d{{1,4}}个\))?:)")
# "高风险区1个:涉及A、B。", "中风险区:包括C小区": the verb that opens a level's list is no part of its first place.
_LEVEL_LABEL_VERB = re.compile(rf"(?P<label>{_LEVEL}(?:{_COUNT})?[ \t]*:[ \t]*)(?:具体)?(?:涉及|包括|包含)"
                               rf"(?=[{_CJK}A-Za-z\d])")

# A level's label in front of a sentence that changes its places itself: "中风险区:将四马路五十号大院由中风险区
# 调降为低风险区", "封控区:对A小区解除封控": the label names the level the places leave; the sentence's verb
# gives the level they go to, so the label goes (the places are the sentence's object, not the label's list).
_LABEL_BEFORE_CHANGE = re.compile(
    rf"(?m)^(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*){_LEVEL}(?:{_COUNT})?[ \t]*:[ \t]*"
    rf"(?=(?:将|把|对)[^。;:\n]*?(?:{_TARGET_VERB}|为|解除)(?:{_LEVEL}|封控|管控|防范))")

# Machine-reworded copies: content farms run notices through word-swappers, which write near-synonyms for the
# levels' words ("密封控制区" / "封闭控制区" for 封控区, "控制区域" for 管控区, "预防区" or "警戒区" for 防范区,
# "高危区" for 高风险区), "解散" for 解除, "二。" for "二、" and "还有" before a last item. The swapped words are read
# as the levels only where they stand as a level: a heading or a label, a verb's level, a run of levels before their
# management; never inside a place ("A社区除封闭控制区、B学校外的其他区域" is kept as written).
_SWAPPED_LEVELS = (
    # ("封闭区域:" for 封控区域 as well: a closed area)
    # ("关闭和控制的地区": 封控 split into its two words, closed and controlled)
    # ("封闭防治区域": closed prevention-and-treatment area)
    # ("封禁控制区为A市全境": 封禁, sealed and banned, for 封控 as well)
    ("封控区", r"(?:封闭|密封|密闭|封锁|闭锁|封禁)(?:控制|管控|管制|防治)?区(?:域)?|封锁区(?:域)?"
               r"|(?:关闭|封闭)和控制的?(?:地区|区域)"
               # (early 2020's "疫情风险预警区域名单:", the risk warning areas put under lockdown, before the levels)
               r"|疫情风险预警区域"),
    ("管控区", r"(?:管理)?控制区(?:域)?|管制区(?:域)?"),
    # ("划分为警戒区" under "三、预防区域": 警戒, on the alert, a thesaurus's word for 防范 as well)
    ("防范区", r"(?:预防|防备|防御|防护|警戒)区(?:域)?"),
    # ("划分为中风险性地域": 风险性 (of risk) for 风险 and 地域 (territory) for 地区)
    ("高风险区", r"高危(?:险)?(?:地区|区域|地域|区)|高度风险(?:地区|区域|区)|高风险性(?:地域|地区|区域|区)|高风险地域"),
    ("中风险区", r"中危(?:险)?(?:地区|区域|地域|区)|中等风险(?:地区|区域|区)|中风险性(?:地域|地区|区域|区)|中风险地域"),
    ("低风险区", r"低危(?:险)?(?:地区|区域|地域|区)|低度风险(?:地区|区域|区)|低风险性(?:地域|地区|区域|区)|低风险地域"),
)
_SWAPPED = "|".join(f"(?:{words})" for _level, words in _SWAPPED_LEVELS)
_SWAPPED_RE = [(level, re.compile(rf"(?:{words})$")) for level, words in _SWAPPED_LEVELS]
# "封控区 A路、B路区域内划为封控区。封控区内人员只进不出…警戒区 C路和D小区门口已划为警戒区,…" (中山, summer 2021):
# the areas run together in one paragraph, each sentence after its level's bare label and a space; the sentence
# gives the same level itself, so the label goes and the sentence starts a line of its own. (Only before a verb that
# draws the places as the very level the label names, within the sentence.)
_BARE_LABEL_BEFORE_ITS_SENTENCE = re.compile(
    rf"(?m)(?:^|(?<=[。;]))[ \t]*(?P<label>{_LEVEL}|{_SWAPPED})[ \t\u3000]+"
    rf"(?=[^。;:\s][^。;:\n]{{1,200}}?(?:已经?|已被)?(?:划为|划定为|划分为|列为|确定为|设为|设定为)[“\"]?"
    rf"(?P<target>{_LEVEL}|{_SWAPPED})[”\"]?(?![\u4e00-\u9fff]))")


def _bare_label_before_its_sentence(m: re.Match[str]) -> str:
    """A new line for the label when the sentence draws its places as the label's level (either word swapped)."""
    same = _as_level(m["label"]).removesuffix("域") == _as_level(m["target"]).removesuffix("域")
    return "\n" if same else m.group()

# A measure's words swapped: "对全旗实验封控办理法子" for "对全旗实行封控管理措施" ("实验" for 实行, "办理" for 管理,
# "法子" for 措施); read as the measure only when a swapped noun is there ("实验小学" is a school).
_SWAPPED_MEASURE = re.compile(r"(?:实行|实施|实验|施行)(?P<kind>封控|管控)(?:办理(?:法子|办法|措施)?|管理法子)")
# "实施全球封控管理", "实施临时性全球围堵控制管理" for 实施(临时性)全域封控管理: a thesaurus's 全球 (the whole
# globe) for 全域 (the whole area) and 围堵 (contain, hem in) for 封控; read as the notice's words only before a
# management ("全球" elsewhere, "围堵" of a fire or a flood, are left).
_SWAPPED_WHOLE = re.compile(r"全球(?=(?:封控|封锁|封闭|围堵|管控|静默|静态)(?:控制)?(?:管理|管控|措施))")
_SWAPPED_CONTAINED = re.compile(r"围堵(?:控制)?(?=管理|管控|措施|期间)")
# "解除时间另行通知封禁控制区为A市全境": a swapped sealed level (its 封 word and 控制) as the subject of its places,
# as "封控区为…" (a generic 控制区 alone before 为 may end a place's name and is left).
_SWAPPED_SUBJECT = re.compile(r"(?:封闭|密封|密闭|封锁|闭锁|封禁)(?:控制|管控|管制)区(?:域)?(?=为)")
# "增加了五个新的高风险领域:" (a reworded "新增5个高风险区域:"): 领域 (a field) for 区域 after a risk level, only at
# the end of a heading line before its colon ("高风险领域的从业人员" is left), a line that adds areas or counts them
# (not "一、高风险领域:" over fields of work, "冷链物流、医疗机构"; nor "加强以下高风险领域:")
_SWAPPED_FIELD = re.compile(r"(?m)^(?P<lead>[^\n:：]*?"
                            r"(?:增加|新增|划定|确定|(?:\d{1,3}|[一二三四五六七八九十两]{1,3})个)"
                            r"[^\n:：]{0,8}?[高中低]风险)领域(?=[ \t]*[:：][ \t]*$)")
# "二。密封控制区", "三。预防区域": a section numbered with a full stop after a Chinese numeral, as "二、"
_STOP_CN_NUMBER = re.compile(r"(?m)^(?P<n>[ \t]*(?:第)?[一二三四五六七八九十]{1,3})。(?=[ \t]*[\u4e00-\u9fff])")
# (a note with no lift's word: "(2个,解封时间另行通知)" tells when the new areas will be lifted, no lift now)
_COUNT_WITH_NOTE = rf"\((?:\d{{1,4}}|[{_CN_NUM}]{{1,5}})[个处][,,](?:(?!解除|解封|撤销|取消|解散)[^()\n]){{1,20}}\)"
# A heading or a label: "一、密封控制区", "二。控制区域(3个):", "新增预防区:"
# ("…结果,我镇封闭防治区域为:A、B": the office's own town (我镇) and 为 before the colon, after a clause's comma)
_SWAPPED_HEADING = re.compile(rf"(?m)(?P<lead>(?:^|(?<=[。;:])|(?<=,)(?=(?:我|本)(?:镇|乡|街道|区|县|市|旗)))[ \t]*"
                              rf"(?:{_ENUM.pattern})?[ \t]*(?:(?:我|本)(?:镇|乡|街道|区|县|市|旗))?"
                              # ("二。甲区新划定的高危区域(4)": a district, then its newly drawn areas)
                              rf"(?:[{_CJK}]{{2,8}}?[区县市旗](?=新增|新划定))?"
                              rf"(?:新增划定的?|新划定的?|新增|解除|解散|撤销|取消|调整|现有)?)(?P<words>{_SWAPPED})"
                              # ("一、新增封闭控制区(6个,均在A区)": the count with a note of where they lie)
                              rf"(?=[ \t]*(?:名单|清单|列表)?(?:{_COUNT}|{_COUNT_WITH_NOTE})?[ \t]*(?:为|是)?(?::|$))")
# A level given by a verb: "划定为密封控制区", "调整为预防区域"
# ("新增调整A,B为封闭控制区": 为 alone before a swapped word that keeps its 控制 / 管控, which no place's name does)
# ("划为临时封闭控制区": the temporary 临时 (临时性) between the verb and the swapped word stays, as before a level)
_SWAPPED_TARGET = re.compile(rf"(?P<lead>(?:{_TARGET_VERB}|划定为|列为)(?:临时性?)?"
                             r"|(?<=[^\s,。;:])为(?=(?:封闭|密封|密闭|封锁)(?:控制|管控)区))"
                             rf"(?P<words>{_SWAPPED})")
# Levels before their management: "解除A县封闭控制区、控制区、预防区管理", "取消预防区的管理" (a generic word
# alone, 控制区 or 预防区, only after the verb that lifts or applies it; a run of two or more levels is a run of
# levels).
_LEVEL_OR_SWAPPED = rf"(?:{_SWAPPED}|{_LEVEL})"
_SWAPPED_RUN = re.compile(rf"(?P<lead>(?:解除|解散|撤销|撤除|取消|实行|实施|执行|落实|参照|按照?)?)"
                          rf"(?P<words>{_LEVEL_OR_SWAPPED}(?:[、和及与]{_LEVEL_OR_SWAPPED})*)"
                          # ("按照预防区标准进行管理": by the level's standard)
                          # ("解除A社区封闭区、控制区的封控管理": the management named by its kind)
                          r"(?=的?(?:标准|规定|要求)?(?:进行|实行|实施)?(?:封控|管控|防控)?(?:管理|管控|措施))")
# "现决定新划定以下封闭控制区和控制区:" (a reworded "新划定以下封控区和管控区:"): swapped levels after 以下 (下列) and
# before the colon of a lead over the lists; a generic word alone ("以下控制区:") is a level there too, as no place
# is written after 以下.
_SWAPPED_LEAD_LEVELS = re.compile(rf"(?<=以下|下列)(?P<words>{_LEVEL_OR_SWAPPED}(?:[、和及与]{_LEVEL_OR_SWAPPED})*)"
                                  r"(?=[ \t]*(?:如下)?[ \t]*:)")


def _swapped_lead_levels(m: re.Match[str]) -> str:
    parts = re.split(r"([、和及与])", m["words"])
    return "".join(_as_level(p) if k % 2 == 0 else p for k, p in enumerate(parts))


# "A由封闭控制区调整为控制区" (a reworded "A由封控区调整为管控区", 佛山, spring 2022): a swapped word after 由 and
# right before the verb that moves the place is the level it leaves (any word, the generic 控制区 too: 由 sets it off)
_SWAPPED_FROM = re.compile(rf"(?<=由)(?P<words>{_SWAPPED})"
                           r"(?=被?(?:调整|调降|调升|降级|降|下调|升级|升|上调|转|变更|改|提级|提升)(?:为|至|成))")
# "3.撤除A公寓1、3控制区管理" (a reworded "3.解除A公寓1、3管控区管理"): a lift opening its item or clause, its
# object, then a swapped word right before the management that ends the clause: the level lifted (the generic word
# alone too, as it stands after the verb that lifts it with only the place between)
_SWAPPED_LIFTED = re.compile(rf"(?m)(?P<lead>(?:^|(?<=[。;,:]))[ \t]*(?:{_ENUM.pattern})?[ \t]*"
                             rf"(?:(?:同时|并)?(?:解除|撤销|取消))[^,;。:\n]{{2,120}}?)"
                             # (not a zone of traffic or works: "解除A小区的交通控制区管理"; review rv71b)
                             r"(?<!交通)(?<!停车)(?<!施工)(?<!道路)(?<!车辆)"
                             rf"(?P<words>{_SWAPPED})"
                             r"(?=的?(?:管理|管控)(?:措施)?[ \t]*(?:[,;。\n]|$))")

# "解散" (dissolve) for 解除 before a level, or opening a numbered item or a sentence of a lift ("1.解散A、B")
_DISSOLVED = re.compile(rf"(?m)(?:(?<=^)|(?<=[。;,:]))(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*)(?:解散|撤除)"
                        rf"|(?:解散|撤除)(?=(?:{_LEVEL}|{_SWAPPED}|封控|管控|防范))")


# "决定…解除A县封控区、管控区、防范区管理。\n1.解除B村5组、C服务区。\n2.解除D村1组等。": a lead lifting levels,
# then numbered items that each lift places without naming a level; an item reads as lifting its places from the
# levels the lead names ("1.解除B村5组、C服务区封控区、管控区、防范区管理", the closing 等 no part of the last place).
_LEAD_LIFTS_LEVELS = re.compile(rf"解除[^。;:\n]{{0,40}}?(?P<levels>{_LEVEL}(?:[、和及与]{_LEVEL})*)"
                                r"的?(?:管理|管控|措施)[。;]?[ \t]*$")
_LEVELLESS_LIFT_ITEM = re.compile(rf"(?P<lead>[ \t]*(?:{_ENUM.pattern})[ \t]*解除)(?P<obj>[^:;。\n]{{2,600}}?)"
                                  r"(?:等)?[。;]?[ \t]*$")


def _lift_items_under_lead(text: str) -> str:
    if "解除" not in text:
        return text
    lines = text.split("\n")
    levels: str | None = None
    for k, line in enumerate(lines):
        if levels and (m := _LEVELLESS_LIFT_ITEM.fullmatch(line)) and not re.search(
                rf"{_LEVEL}|封控|管控|防范|管理|措施|风险", m["obj"]):
            lines[k] = f"{m['lead']}{m['obj']}{levels}管理。"
            continue
        if line.strip() and not (levels and _ENUM.match(line.strip())):
            lead = _LEAD_LIFTS_LEVELS.search(line)
            levels = lead["levels"] if lead else None
    return "\n".join(lines)


# "将甲区A小区、B村,及其乙区C街道D院划分为中风险区": a reworded copy's 及其 ("and its") for 以及 after a comma,
# before the next district's places; read as 以及 only where a known district follows ("A小区及其周边" is kept).
_ITS_DISTRICT_JOINED = re.compile(rf"(?<=[,、;])及其(?=[{_CJK}]{{2,12}})")


def _its_district_joined(text: str) -> str:
    if "及其" not in text:
        return text
    return _ITS_DISTRICT_JOINED.sub(lambda m: "以及" if (found := _front_district(text[m.end():m.end() + 40]))
                                    and found[0] in _divisions()[0] and found[1] else m.group(), text)


# "降低A社区一个中危区为低危区": a reworded risk level (高危区, 中危区, 低危区…) after a count of areas or a bare 为
# (a level given with no verb in front of 为): the level the count's areas leave, the level they go to.
_SWAPPED_RISK = "|".join(f"(?:{words})" for level, words in _SWAPPED_LEVELS if "风险" in level)
# ("将A由中风险性地域提升为高危地域", "一共有高危地域6个,为…" (a reworded report, 北京, spring 2022): the level the
# place leaves, after 由, and the level a standing count's areas have, after 有, the same)
_SWAPPED_RISK_AFTER = re.compile(rf"(?:(?<=[为由有])|(?<=[\d{_CN_NUM}]个))(?P<words>{_SWAPPED_RISK})")

# "调整甲区A村,将1个高风险区降为低风险区" (a reworded copy of "将甲区A村由高风险区降为低风险区"): the verb of
# adjusting with the places as its object, then a clause that counts them by the level they leave and moves them;
# read as "将甲区A村1个高风险区降为低风险区" when the count agrees with the places named and each is a whole place
# (not "调整防控措施,将2个高风险区降为低风险区": measures, no place).
_ADJUSTED_THEN_COUNTED = re.compile(
    rf"(?:^|(?<=[\n。;:,]))(?:调整|下调|上调|调降|调升|降低)(?P<obj>[^,;。:\n]{{3,80}}?),(?:将|把)"
    rf"(?P<count>(?P<n>[\d{_CN_NUM}]{{1,3}})个(?:{_LEVEL}))(?=(?:降|升|调整|下调|上调|调降|调升)(?:级)?为)")


def _adjusted_then_counted(m: re.Match[str]) -> str:
    pieces = m["obj"].split("、")
    if _cn_int(m["n"]) != len(pieces) or not all(_complete_place(p) for p in pieces) \
            or _MEASURE_PHRASE.search(m["obj"]):
        return m.group()
    return f"将{m['obj']}{m['count']}"


# "将A镇B村肺炎疫情安全风险调节为低风险性" (a reworded "将A镇B村新冠肺炎疫情风险等级调整为低风险", 通辽, late
# 2021): the grade written "安全风险" (safety risk) or "风险级别", 调节 (regulate) for 调整 and 风险性 for 风险; read
# as "风险等级调整为低风险" after a place, the disease's words no part of it. (Only with a swapped word in it and a
# level ending the clause: "A村风险等级调整为低风险" is read as it stands; "安全风险调节机制" names no level.)
_SWAPPED_GRADE_CHANGE = re.compile(rf"(?<=[{_CJK}\d)])(?P<grade>(?:(?:新冠|新型冠状病毒)?肺炎)?(?:疫情)?(?:安全)?风险"
                                   r"(?:等级|级别)?)(?P<verb>调节|调整|调动)(?:为|至|成)(?P<level>[高中低])风险(?P<of>性)?"
                                   r"(?:地区|区域|地域|区)?(?=[,。;\n]|$)")


def _swapped_grade_change(m: re.Match[str]) -> str:
    if not ("安全" in m["grade"] or "级别" in m["grade"] or m["verb"] != "调整" or m["of"]):
        return m.group()
    return f"风险等级调整为{m['level']}风险"


def _as_level(words: str) -> str:
    return next((level for level, pattern in _SWAPPED_RE if pattern.match(words)), words)


def _swapped_run(m: re.Match[str]) -> str:
    parts = re.split(r"([、和及与])", m["words"])
    swapped = [k for k in range(0, len(parts), 2) if not _LEVEL_RE.fullmatch(parts[k])]
    if not swapped or (len(parts) == 1 and not m["lead"] and _as_level(parts[0]) in ("管控区", "防范区")):
        return m.group()  # (a generic word alone, "控制区管理", may end an office's or a place's name)
    return m["lead"] + "".join(_as_level(p) if k % 2 == 0 else p for k, p in enumerate(parts))


def _unswapped(text: str) -> str:
    """A machine-reworded copy's words read as the notice's own (see _SWAPPED_LEVELS)."""
    text = _its_district_joined(_STOP_CN_NUMBER.sub(r"\g<n>、", text))
    text = _DISSOLVED.sub(lambda m: (m["lead"] or "") + "解除", text)
    text = _SWAPPED_MEASURE.sub(r"实行\g<kind>管理措施", text)
    if "全球" in text or "围堵" in text:
        text = _SWAPPED_CONTAINED.sub("封控", _SWAPPED_WHOLE.sub("全域", text))
    text = _SWAPPED_SUBJECT.sub("封控区", text)
    text = _SWAPPED_GRADE_CHANGE.sub(_swapped_grade_change, text) if "风险" in text else text
    text = _SWAPPED_FIELD.sub(r"\g<lead>区域", text) if "领域" in text else text
    text = _SWAPPED_HEADING.sub(lambda m: m["lead"] + _as_level(m["words"]), text)
    text = _SWAPPED_TARGET.sub(lambda m: m["lead"] + _as_level(m["words"]), text)
    text = _SWAPPED_FROM.sub(lambda m: _as_level(m["words"]), text) if "由" in text else text
    text = _SWAPPED_LIFTED.sub(lambda m: m["lead"] + _as_level(m["words"]), text)
    text = _SWAPPED_LEAD_LEVELS.sub(_swapped_lead_levels, text)
    text = _SWAPPED_RISK_AFTER.sub(lambda m: _as_level(m["words"]), text) \
        if "危" in text or "风险性" in text or "地域" in text else text
    return _lift_items_under_lead(_SWAPPED_RUN.sub(_swapped_run, text))


# A notice saved from a web page: its paragraphs, line breaks and table cells become lines and tabs.
_HTML_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]*>")
_HTML_BREAK = re.compile(r"<\s*(?:br|/p|/div|/tr|/li|/h\d|/table)\b[^<>]*>", re.I)
_HTML_CELL = re.compile(r"<\s*/t[dh]\s*>", re.I)
_HTML_DROP = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)


def _plain(text: str) -> str:
    # a whole tag on one line, not forum noise such as "<P" at a line's end, nor "0<" and "BR>" on two lines
    if not re.search(r"<[ \t]*(?:p|br|div|td|span|table|li)\b[^<>\n]*>", text, re.I):
        return html.unescape(text) if "&" in text else text
    text = _HTML_DROP.sub("", text)
    text = _HTML_CELL.sub("\t", _HTML_BREAK.sub("\n", text.replace("\n", " ")))
    return html.unescape(_HTML_TAG.sub("", text))


# "壹、高风险区", "(贰)中风险区": financial numerals number sections like 一 二 三. Read as the plain ones only
# where they number (at the start of a line or sentence, before 、 . , or in brackets), since names use them
# ("壹号院", "拾光里").
_FINANCIAL = str.maketrans("壹贰叁参肆伍陆柒捌玖拾", "一二三三四五六七八九十")
_FINANCIAL_ENUM = re.compile(r"(?m)(?:^|(?<=[。:;]))[ \t]*(?:\([壹贰叁参肆伍陆柒捌玖拾]{1,3}\)"
                             r"|第?[壹贰叁参肆伍陆柒捌玖拾]{1,3}(?=[、.,]))")
# Copies typed with a Japanese input method number some headings with katakana that look like numerals ("ニ、" for
# "二、", "ー、" for "一、", "ハ、" for "八、"): read as the numerals where they number, as above.
_KANA_NUMERALS = str.maketrans("ニーハ", "二一八")
_KANA_ENUM = re.compile(r"(?m)(?:^|(?<=[。:;]))[ \t]*(?:\([一二三四五六七八九十ニーハ]{1,3}\)"
                        r"|第?[一二三四五六七八九十ニーハ]{1,3}(?=[、.,]))")


# "防范区:A路以东、B路以南…合围区域实行“…”管理措施": an enclosed area runs into its measures without a comma
_AREA_THEN_MEASURES = re.compile(r"(?<=合围区域|围合区域|围成区域|合围范围|围合范围)"
                                 r"(?=(?:严格)?(?:实行|实施|执行|采取)“)")

# "A小区10栋(B轩)实行“足不出区,错峰取物”", "C镇其他建筑(D轩除外)均采取了“…”的管理措施", "E小区3栋(F轩)经流调确认为
# 密切接触者的人员,要求…": a place closed by its note in brackets runs straight into its measures (quoted) or into
# what was found of its people; the place ends at its note
_NOTED_PLACE_THEN_MEASURES = re.compile(
    r"(?<=\))(?=(?:均|都|一律|全部)?(?:实行|实施|执行|采取了?)“"
    r"|经[^,。;:\n“”()]{0,12}?(?:确认|认定|判定)为(?:密切接触者|密接|次密接))")

# ("对上述疫情村(小区)实行“全封闭”管控": the bracket closes a reference back to the list, the object of 对, no place
# of its own: the sentence stays whole)
_REFERENCE_OBJECT_BEFORE = re.compile(r"(?:^|[,。;:\n])[ \t]*对(?:上述|以上|前述)[^,。;:\n()]{0,12}\([^()\n]{0,12}\)$")


def _noted_place_end(m: re.Match[str]) -> str:
    return "" if _REFERENCE_OBJECT_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) else "。"


# "恒大山水城1栋,11月6日(星期日)23时起。", "A小区3栋,自11月7日9时起;B村,11月8日起。": an item followed by the
# day (weekday, hour) its area takes effect from; the time is no place of the list (only after a place, not after a
# sentence with its level or verb, whose time the dates are read from).
# ("A楼,B宿舍楼,11月8日22:30起 。": several items of one line before their time, each a whole place; a copy's
# space before the stop)
# ("A街道B路1号C大厦A栋,D街道E小区7栋,从2022年11月7日8时起实施。" (重庆, autumn 2022): the time with the verb of its
# taking effect after 起)
_START_DAY = r"(?:自|从|于)?(?:\d{4}年)?[\d" + _CN_NUM + r"]{1,3}月[\d" + _CN_NUM + r"]{1,3}日"
_ITEM_THEN_START = re.compile(
    rf"(?m)(?:^|(?<=[;:]))(?P<item>[^,;。:\n]{{2,80}}?(?:,[^,;。:\n]{{2,80}}?){{0,8}}),[ \t]*{_START_DAY}"
    r"(?:\((?:星期|周|礼拜)[一二三四五六日天]\))?(?:凌晨|早上|上午|中午|下午|晚上)?"
    rf"(?:[\d{_CN_NUM}]{{1,3}}(?:时|点)(?:[\d{_CN_NUM}]{{1,2}}分|半|整)?|\d{{1,2}}:\d{{2}})?"
    r"(?:起|开始)(?:执行|实施|实行|生效)?(?=[ \t]*[;。]|[ \t]*$)")
_ITEM_NOT_PLACE = re.compile(r"将|把|对|实行|实施|执行|调整|划定|划为|解除|解封|决定|通告|公告|如下")

# "1. 甲开发区:A苑1幢;B花园3幢。(自4月2日起)" (昆山, spring 2022): the day an item's areas hold from, in brackets
# after the item's stop, at the end of its line; no place, and no line of its own (it would end the level's list).
_START_NOTE_AFTER_ITEM = re.compile(
    rf"(?<=[。;])[ \t]*\({_START_DAY}(?:凌晨|早上|上午|中午|下午|晚上)?"
    rf"(?:[\d{_CN_NUM}]{{1,3}}(?:时|点)(?:[\d{_CN_NUM}]{{1,2}}分|半|整)?|\d{{1,2}}:\d{{2}})?"
    r"(?:起|开始)(?:执行|实施|实行|生效)?\)[ \t]*(?=\n|$)")


def _without_start_note_after_item(text: str) -> str:
    return _START_NOTE_AFTER_ITEM.sub("", text) if "日" in text and ")" in text else text


def _item_then_start(m: re.Match[str]) -> str:
    item = _strip_enum(m["item"].strip())[0]
    if _LEVEL_RE.search(item) or (_ITEM_NOT_PLACE.search(item) and not _complete_place(item)):
        return m.group()
    if "," in item and not all(_complete_place(part.strip()) for part in item.split(",")):
        return m.group()  # (a clause of prose before the time, not a line of places)
    return m["item"]


# "1.A镇B小区6号楼由12月11日2时30分起生效;", "2.C镇D村1号截至12月11日5时;", "3.E花园15栋从12月11日6点开始;",
# "4.F村7号,截至12月11日上午9:30。" (a machine-reworded copy, 福州, late 2022): a numbered item's place with the hour
# its change holds from (or until) glued on after it, maybe after a comma; the hour is no part of the place. (Only at
# the end of a numbered item, an hour or 起/开始 given, and the words before it a place: "1.请于12月11日18时前完成
# 核酸检测;" and "2.全员核酸检测截至12月11日5时;" keep theirs.)
_NUMBERED_ITEM_THEN_TIME = re.compile(
    rf"(?m)^(?P<item>[ \t]*(?:{_ENUM.pattern})[ \t]*[^,;。:\n]{{2,80}}?(?<=[{_CJK}\dA-Za-z)]))[ \t]*,?[ \t]*"
    r"(?:由|自|从|于|截至|截止|截止到|截至到)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:凌晨|早上|上午|中午|下午|晚上|晚)?"
    r"(?:(?:\d{1,2}(?:时|点)(?:\d{1,2}分|半|整)?|\d{1,2}:\d{2})(?:起|开始)?|起|开始)"
    r"(?:生效|执行|实施|实行)?(?=[ \t]*[;。]?[ \t]*$)")


def _numbered_item_then_time(m: re.Match[str]) -> str:
    item = _strip_enum(m["item"].strip())[0]
    if _LEVEL_RE.search(item) or _ITEM_NOT_PLACE.search(item) or not (_complete_place(item) or _known_front(item)):
        return m.group()
    return m["item"]


# "…柴达木中路24号(老凤祥银楼)上述区域实行…管控措施。": a list that runs into its measures sentence without
# 。 ends where "上述区域/以上地区… 实行/实施/执行…" begins (not after 对/将…: "对上述区域实行封控").
_RUN_ON_MEASURES = re.compile(
    rf"(?<=[{_CJK}\dA-Za-z)\]】」”\"])(?<![对在将把于并和及为与从向由让使即])(?=(?:上述|以上|这些)(?:\d+个)?"
    rf"(?:{_LEVEL}|区域|地区|点位|场所|地点|范围|小区|楼栋)(?:内|均|全部|将|需|须|要|继续|统一|严格|一律|依法)*"
    r"(?:实行|实施|执行|落实|采取))")


# "【12月2日…关于调整风险区等级和范围的通告】春晖路街道(1个):…": a repost's headline in front of a line of
# the list is no part of it (alone on its line, or on the first line, it is the title and stays).
_HEADLINE_BEFORE = re.compile(r"(?<=\n)[ \t]*【[^【】\n]{4,80}(?:通告|公告|通知)】(?=[ \t]*\S)")
# "…现通告如下:【11月25日A区1个高风险区调为低风险区】": a content site's headline (a date and a change of level)
# set in brackets after the lead or on a line of its own; no place, no heading (a heading "【高风险区】" has no date).
_HEADLINE_INSERTED = re.compile(r"[ \t]*【[^【】\n]{0,30}\d{1,2}月\d{1,2}日[^【】\n]{0,40}?风险(?:区|地区)"
                                r"[^【】\n]{0,6}?(?:调为|调整为|降为|升为|划为|划定为?)[^【】\n]{0,30}】[ \t]*(?=\n|$)")


# "X区关于划分封控区…的通告 为切实做好…": a copy that lost its line breaks keeps the title on the lead's line,
# apart by a space; the title goes on a line of its own (else the lead reads as the title's list)
_TITLE_GLUED = re.compile(rf"(?m)^(?P<title>[ \t]*[{_CJK}()]{{0,30}}关于[^。,:;\n]{{2,60}}(?:通告|公告|通知|通报))"
                          rf"[ \t\u3000]+(?=[{_CJK}])")


# "二○二二年" (a circle or a letter O for 〇 in a signature's date): a year written in Chinese numerals.
_YEAR_ZERO = re.compile(r"(?<![\dA-Za-z])(?=[一二三四五六七八九〇零○OΟ0]{0,3}[○OΟ0])(?=\D{0,3}[一二三四五六七八九])"
                        r"[一二三四五六七八九〇零○OΟ0]{4}(?=年)")


# "对A小区、B小区实行封控管理", "对以下区域实施临时管控:": the measure names the level (2022 wording before
# 封控区/管控区 were the terms); read as "将A小区、B小区划为封控区".
# ("新增对A、B实行五天封控管理,继续对C实行新一轮五天封控管理": a verb saying new or kept before 对, and how
# long, are no part of the place; "对出入县境的道路…实行管控", a kind of road, names no place)
# ("对A村、B村继续封控": the measure kept on, 继续 for the verb)
# ("对A街道、B镇全域实施临时管控" (四川, late 2022), "对C街全域…" (广州, 2021): a town's or street's 全域 stays on the
# place it is written on, as 998 and 545 keep it; a district's ("对A县全域实施…") is the district itself)
# (not every town's or this town's, "对全镇全域实施临时管控", "对各村全域…": a blanket's 全域 goes with the verb)
# ("对A区、B区等区域实施临时性管控措施": 临时性, temporary, as 临时)
# ("一、对A实行临时封闭管控", "二、对B实行临时管控": the sentence as a numbered item, its number kept; 封闭管控, closed
# management, is the sealed level's as 封闭 is)
# ("自1月26日8时起,对A村、B居委会(东至…;西至…),C村的区域全面实行疫区封闭管理": 2020's closure of infected areas,
# the places separated by commas too, a bracket holding their bounds)
_MEASURE_AS_LEVEL = re.compile(r"(?:(?<=^)|(?<=[\n,。;:]|起))"
                               # (any list number: "1.", "1、", "(1)", "1)", "①", "一、")
                               rf"(?P<enum>[ \t]*(?:{_ENUM.pattern}))?"
                               # ("于10月24日至26日对A镇和B镇实施从严管控", "在10月24日0时至26日24时期间对…": the
                               # days it lasts before 对)
                               r"[ \t]*(?:(?:于|在|从|自)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}(?:时|点|:\d{2}))?"
                               r"(?:至|到|—|-)(?:\d{1,2}月)?\d{1,2}日(?:\d{1,2}(?:时|点|:\d{2}))?(?:期间)?,?)?"
                               # ("在A路以西-B路以南范围内(含C)实行社会面临时管控": an area by its bounds after 在,
                               # closed by 范围内 or 区域内; 社会面, the whole public space, before 临时)
                               # ("自10月27日起,我区对A楼宇临时管控7天" (广州, autumn 2022): the office's own
                               # division (我区, 我县) as the subject before 对)
                               # ("现对A小区临时管控7天;对B小区…": 现 (now), 现决定, before 对; not "现对七宝镇相关区域
                               # 实行临时管控措施", the areas concerned, told elsewhere or not at all: no place)
                               r"[ \t]*(?P<we>我(?:区|县|市|旗))?"
                               r"(?:现(?:决定)?(?!对[^,。;:\n]{0,40}?(?:相关|有关)(?:区域|地区)))?"
                               r"(?:新增|继续|再次|同时|并|决定)?"
                               r"(?:对|在(?=[^,。;:\n]{2,200}?(?:范围|区域)内))[ \t]*"
                               r"(?P<obj>(?!出入|进出|往来|来往|过往|所有|全部|各类|各个)(?:[^,。;:\n()]|\([^()\n]{0,300}\)"
                               # (a comma before the next place: "对A村、B居委会(…),C村的区域实行…封闭管理"; a house
                               # number or a building too: "对A路8号3栋,B大道东段17号实施…管控")
                               # (a semicolon between the places of two streets, the rest of an estate by its
                               # buildings: "对A街道B1期其他楼栋,C其他楼栋;D街道E3栋1-2单元临时管控3天")
                               r"|[,;](?=[^,。;:\n()]{1,40}?(?:村|社区|小区|居委会|组|区域|\d号|\d栋|单元|楼栋))"
                               r"(?![^,。;:\n()]{0,40}?(?:对|进行|开展|做好|加强))){2,300}?)[ \t]*"
                               # ("实施以下管控措施:实行“足不出户…”": the measures it names follow the colon)
                               # ("对A镇暂时实行“不进不出”管控措施": for the time being (暂时), no other measure; the
                               # town closed in and out (不进不出, 广西's border towns, early 2022), quoted, a control)
                               # ("对A超市、B药店采取封闭管理" (广东, summer 2021): 采取, to take a measure, as 实行)
                               r"(?:(?:暂时)?(?:全面|严格|(?:(?<![镇乡村街])(?<!街道)|(?<=[全各本该此][镇乡村街]|乡村|农村|城镇)|(?<=[全各本该此]街道))全域|一律)?"
                               # ("对A园启动临时封控" (北京's press conference, 2022): 启动, to start a measure)
                               r"(?:实行|实施|进行|启动|(?P<take>采取))[ \t]*(?:为期)?"
                               r"(?:新一轮|新一期|以下|如下)?(?:的)?"
                               # ("实行疫区封闭管理": an infected area closed, 2020; "全封闭", "封闭式" the same)
                               # ("实施从严管控", "实行临时严格封控", "实施最严格的封控措施": how strictly, no other
                               # level)
                               rf"(?:[\d{_CN_NUM}]{{1,3}}[ \t]*(?:天|日)的?)?"
                               # ("实行“全封闭”管控": the measure's word quoted)
                               # ("实施贴封条封闭管控": the doors sealed with paper strips (贴封条), 2021's closure)
                               r"(?:(?:最|更加|更为|最为)?(?:从严|严格)的?)?(?:社会面)?(?:临时性?|疫区|相对)?(?:从严|严格)?"
                               r"(?:贴封条的?)?[“\"]?(?:全|不进不出[”\"](?=管控))?"
                               # ("对A村、B村继续封控,时间暂定3天": the measure kept on, its verb left out)
                               r"|(?:继续|仍然?|依然|依旧)(?:临时)?(?=封控|封闭|管控)"
                               # ("对A村B屯和C小区及时封控" (绥化, January 2021): at once (及时, 立即), the verb
                               # left out)
                               r"|(?:及时|立即|立刻|迅速|紧急)(?:临时)?(?=封控|封闭)"
                               # ("对A其他楼栋,B其他楼栋;C临时管控3天" (成都, late 2022): 临时 for the verb, how long
                               # after the measure)
                               # (not a lift: "对A解除临时管控", "对A临时管控措施,现予以解除")
                               r"|(?<!解除)(?<!解封)(?<!撤销)(?<!取消)(?<!结束)(?<!停止)(?:暂时)?临时(?=封控|管控)"
                               r"(?!(?:封控|管控)(?:管理|措施)*的?,?(?:现|已|已经|均|全部|正式|即日起|自即日起|今起)*"
                               r"(?:予以|给予|进行|作)?(?:解除|解封|撤销|取消|结束|停止)))"
                               # ("对以上区域进行封锁管控": 2020's lockdown (封锁) of an area, the sealed level's;
                               # "实行封村管理": 2020's closing of a village, the sealed level as 封闭 is)
                               # ("实施封闭控制管理": 封控 written out, closed control)
                               r"(?P<kind>封控|封闭|封锁|管控|封村)(?:(?<=封闭)式)?(?:(?<=封闭)控制)?[”\"]?"
                               r"(?:管理措施|管理|措施|(?:(?<=封闭|封锁)|(?<=封闭”|封闭\"))管控)?"
                               # ("…管控(小区以幢或单元为单位):": a note on how the places are closed, no date in it)
                               r"(?:\([^()\d\n]{1,30}\))?"
                               rf"(?:[\d{_CN_NUM}]{{1,3}}[ \t]*(?:天|日)(?:时间)?)?(?:(?P<colon>:)|(?=[,。;\n]|$))")
# "市疫情防控应急指挥部研究决定对下列小区、村组、楼栋等区域实行封闭式管理,其它小区、村组等区域实行流动性管控" (a
# 2020 closure over a table of districts and their places): the areas below closed, the kinds of area listed before
# 等 and the area word; read as "将下列区域划为封控区", a pointer to the list below (the rest's looser control is no
# place). (Only the areas below: "对下列人员实行封闭管理" closes no place.)
_SITE_KIND = r"(?:小区|村组|村庄|村|组|楼栋|楼宇|社区|单位|场所|地点|点位|院落|自然村|商户|门店|企业)"
_CLOSED_BELOW = re.compile(rf"对(?:以下|下列|下述)(?:[\d{_CN_NUM}]{{1,4}}个)?"
                           rf"(?:区域|地区|地点|场所|点位|小区|村组|楼栋|(?:{_SITE_KIND}[、和及与]){{1,6}}{_SITE_KIND}等"
                           r"(?:区域|地区|地点|场所))?(?:全面|严格)?(?:实行|实施)(?:全面|严格)?的?"
                           r"(?:封闭式?|封锁式?|封控)(?:管理|管控)(?:措施)?(?=[,。;:\n]|$)")
# "一、从2020年2月19日0时起,A区B镇C社区D片区实行封闭式管理,每日…设立防控检测点" (early 2020): the place closed
# written as the sentence's subject (after when it starts), no 对; read as "…起,对A区B镇C社区D片区实行封闭式管理", the
# form above. (Only a place's ending before the verb: "所有小区实行封闭式管理", "居民实行…" name no place.)
_SUBJECT_CLOSED_SINCE = re.compile(
    rf"(?m)(?P<lead>(?:^|(?<=[。;]))[ \t]*(?:{_ENUM.pattern})?[ \t]*(?:(?:从|自|于)[^,。;:\n]{{2,30}}?(?:起|开始),?)?)"
    r"(?P<obj>(?![ \t]*(?:对|将|把|在|经|根据|按照|为|现|决定|全(?:县|区|市|旗|镇)|本|我|所有|全部|各))"
    r"[^,。;:\n()“”]{2,80}?(?:片区|小区|社区|村|居委会|苑|花园|家园|大院|院|楼|栋|单元|组|区域))"
    r"(?=(?:全面|严格|统一)?(?:实行|实施)(?:全面|严格)?的?封闭式?管理(?:措施)?[,。;\n])")


# "将A小区划为高风险区。A小区实行封闭管理,…" (a level drawn, then its measures): a place the text gave a level
# before, written again as the subject of a closure or a control, is told its measures, no second level; and a kind
# of site named by its kind alone ("农贸市场", "养老院", "各小区"), or what lies inside one ("小区内居民楼"), is a
# rule for every such site, no place.
_GENERIC_SITE = re.compile(r"(?:(?:辖区|城区|县城|镇区|全县|全市|全区|全镇|本地)(?:内的?)?)?(?:各类?|所有|全部)?"
                           r"(?:养老院|养老机构|敬老院|福利院|学校|中小学|幼儿园|医院|医疗机构|诊所|药店|农贸市场|集贸市场"
                           # ("对养老机构、福利院、老年公寓、精神病院等特殊场所实施封闭式管理": the kinds of site of
                           # vulnerable people closed to visitors, no place)
                           r"|老年公寓|精神病院|精神专科医院|精神卫生机构|儿童福利院|儿童福利机构|救助站|救助管理站"
                           r"|托育机构|托幼机构|监管场所|特殊场所"
                           r"|菜市场|市场|超市|商场|商超|居民楼|居民小区|住宅小区|小区|村庄|村组|社区|宾馆|酒店|监所|监狱"
                           r"|企业|工地|景区|场馆|楼栋|单元|院落)")
_KINDS_CLOSED = re.compile(r"等(?:各类|其他|其它)?(?:特殊|重点|人员密集|人员聚集|公共)?(?:场所|单位|机构)$")
_INSIDE_SITE = re.compile(r"(?:区|村|楼|院|镇|园|场|店)内")
# ("A县人民医院实行封闭式管理,暂停探视", "B中学实行封闭管理": an institution closed to visitors, its own regime, no
# sealed area)
_OWN_REGIME_SITE = re.compile(r"(?:医院|卫生院|卫生所|诊所|学校|中学|小学|幼儿园|大学|学院|养老院|敬老院|福利院|监狱"
                              r"|看守所|机关)$")


def _no_subject_place(text: str, obj: str, pos: int) -> bool:
    """Whether obj, written as the subject of a closure or control at pos, names no place to draw: a kind of site, a
    site's inside, or a place drawn at a level before (in a sentence naming a level)."""
    bare = obj.strip()
    # ("A、B等特殊场所": the kinds listed closed by what they are together, a kind of site too)
    parts = [part for part in re.split(r"[、和及与]", _KINDS_CLOSED.sub("", bare)) if part]
    if _INSIDE_SITE.search(bare) or all(_GENERIC_SITE.fullmatch(part) for part in parts):
        return True
    start = 0
    while (at := text.find(bare, start, pos)) >= 0:
        head = max(text.rfind(stop, 0, at) for stop in "。;\n") + 1
        ends = [e for e in (text.find(stop, at) for stop in "。;\n") if e >= 0]
        if _LEVEL_RE.search(text, head, min(ends) if ends else len(text)):
            return True
        start = at + len(bare)
    return False


def _subject_closed_since(m: re.Match[str]) -> str:
    # (the item's number left out of the lead is no part of the place: "二、对A小区实行…" is read above)
    if re.search(r"人员|人群|居民|群众|车辆|所有|全部|其他|其余|其它|以上|上述|该|期间|内的?$|^[ \t]*对", m["obj"]) \
            or _ENUM.match(m["obj"].strip()) or _LEVEL_RE.search(m["obj"]) \
            or _no_subject_place(m.string, m["obj"], m.start("obj")) \
            or _OWN_REGIME_SITE.search(re.sub(r"\([^()]*\)", "", m["obj"]).strip()):
        return m.group()
    return f"{m['lead']}对{m['obj']}"


# "五、A镇全域实施临时管控措施,人不出区、严禁聚集" (江苏, spring 2022), "11月27日零时起,B镇集镇及部分区域实施3天
# 临时性管控措施" (浙江, late 2022), "C镇暂时实行“不进不出”管控": a place under a temporary control written as the
# subject of its clause (no 对), at an item's or sentence's start (a time before it); read as "将A镇全域划为临时管控区".
# (Only a place by its kind's word, temporary (临时, 暂时) or closed in and out: "全市实施社会面临时管控措施",
# "中风险区域实行管控措施", "密接人员所在区域实施管控措施" name none.)
# (管制 of traffic, not of an area: "A路口区域实施临时管制,禁止车辆通行", a road closed for works or a race)
_NOT_TRAFFIC = r"(?![^。\n]{0,40}?(?:车辆|机动车|通行|行驶|绕行|交通|道路施工|比赛|赛事))"
_SUBJECT_TEMPORARY_CONTROL = re.compile(
    rf"(?m)(?:^|(?<=[。;]))(?P<enum>[ \t]*(?:{_ENUM.pattern})?[ \t]*)"
    r"(?P<time>(?:自|从|于)?(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|当日|当天|今日|今天)(?:零时|0时|\d{1,2}时)?(?:起|开始),?)?"
    rf"(?P<obj>(?![我本全各该此在]|{_ENUM.pattern})(?:(?!对|将|把)[^,。;:!?\n“”\"()《》]){{2,40}}?"
    # ("当日21时起,A区、B区、C高新区实行三天临时性管控措施" (黑龙江, summer 2022): whole districts, each a known
    # district or a development zone, at least one a district)
    r"(?:镇|乡|街道|全域|区域|集镇|片区|小区|村|社区|(?<![城市郊])区))"
    r"(?P<temp>暂时|临时)?(?:实施|实行)(?:为期)?(?:(?:\d{1,2}|[一二两三四五六七八九十]{1,2})(?:天|日)的?)?(?:社会面)?"
    # ("A镇全域实施临时管制" (a machine-reworded copy): 管制, control, for 管控 right after 临时)
    r"(?(temp)(?:临时性?|[“\"]不进不出[”\"])?|(?:临时性?|[“\"]不进不出[”\"]))(?:管控|(?:(?<=临时)|(?<=临时性))管制"
    + _NOT_TRAFFIC + ")"
    r"(?:措施|管理)?(?=[,。;\n]|$)")


# "东起A路、西至B路、北至C路的包围区域;东至D路、西至E路、南至F路、北至G路的围栏区域实施临时管制" (a machine-reworded
# copy, 江苏, late 2022): areas by their bounds, parted by ";", the subject of one temporary control (临时管控, 管制 for
# 管控); each area one place, read as "将A;B划为临时管控区". (Only areas whose every part is a side's bound and that
# end as an area: "A路以东区域;B小区实施…" is left to the rule above.)
_BOUNDED_AREA = (r"(?:[东西南北]{1,2}(?:起|至|到|临)[^,;。:\n、“”]{1,20}?[、,]){1,5}"
                 r"[东西南北]{1,2}(?:起|至|到|临)[^,;。:\n、“”]{1,20}?的?(?:包围|围栏|合围|围合|围成|闭合)?(?:区域|范围|片区)")
_BOUNDED_AREAS_TEMPORARY_CONTROL = re.compile(
    rf"(?m)(?:^|(?<=[,。;:]))(?P<enum>[ \t]*(?:{_ENUM.pattern})?[ \t]*)"
    rf"(?P<obj>{_BOUNDED_AREA}(?:;{_BOUNDED_AREA}){{0,8}})"
    r"(?:暂时|临时)?(?:实施|实行)(?:为期)?(?:(?:\d{1,2}|[一二两三四五六七八九十]{1,2})(?:天|日)的?)?临时性?(?:管控|管制"
    + _NOT_TRAFFIC + ")"
    r"(?:措施|管理)?(?=[,。;\n]|$)")


def _subject_temporary_control(m: re.Match[str]) -> str:
    if _LEVEL_RE.search(m["obj"]) or re.search(r"风险|人员|人群|居民|群众|车辆|场所|所在|相关|有关|以上|上述|其他|其余"
                                               r"|各|所有|全部", m["obj"]) \
            or _no_subject_place(m.string, m["obj"], m.start("obj")):
        return m.group()
    # (an area between or around the places listed before it is one area, no list: "南岗区、道里区交界区域")
    if "、" in m["obj"] and re.search(r"(?:交界|接壤|结合部?|接合部?|毗邻|周边|周围|附近|之间|中间)的?"
                                     r"(?:区域|地带|片区|地区)$", m["obj"]):
        return m.group()
    if m["obj"].endswith("区") and not m["obj"].endswith(("街道", "片区", "小区", "区域")):
        items, districts = m["obj"].split("、"), _divisions()[0]
        if not (any(item in districts for item in items)
                and all(item in districts or _WHOLE_ZONE.fullmatch(item) for item in items)):
            return m.group()
    return f"{m['enum']}{m['time'] or ''}将{m['obj']}划为临时管控区"


# a development (or other) zone named as a whole, beside districts: "高新区", "A经开区", "B边境经济合作区"
_WHOLE_ZONE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|新区|合作区|"
                         r"工业园区|产业园区)")


# "除以上封控区域外,A区B小区、C广场等区域也出现阳性感染者,已实施临时管控" (a report, late 2022): places where
# cases were found, named as the subject, then the temporary control already put on them in the next clause; read
# as "将A区B小区、C广场划为临时管控区" (what the cases were found in is the place, the 等 closes the list).
_CASES_THEN_CONTROLLED = re.compile(
    r"(?m)(?:^|(?<=[,。;:]))(?P<obj>(?![我本全各该此在对将把])[^,。;:!?\n“”\"()《》]{2,300}?)"
    r"(?:等(?:区域|地区|小区|地方|场所|点位|学校|单位|企业|村|社区|楼栋|市场|超市)?)?(?:也|亦|均|都|先后|相继)?"
    r"(?:出现|发现|报告)了?(?:新冠)?(?:阳性)?"
    r"(?:感染者|病例|确诊病例)(?:,)?(?:现|目前|均|都)?已(?:经)?(?:实施|实行|采取)了?临时性?管控(?:措施)?"
    r"(?=[,。;\n]|$)")


def _cases_then_controlled(m: re.Match[str]) -> str:
    if _LEVEL_RE.search(m["obj"]) or re.search(r"风险|人员|人群|居民|群众|车辆|以上|上述|其他|其余|其它|全[市区县]",
                                               m["obj"]) or _no_subject_place(m.string, m["obj"], m.start("obj")):
        return m.group()
    return f"将{m['obj']}划为临时管控区"


# "对A村自2月3日起实施封闭式管理", "对B村在14天内实行…": when (or how long) written between the place and the verb,
# no part of the place.
_OBJECT_TIME_END = re.compile(r"(?<=..)(?:(?:自|从|于)(?:\d{4}年)?\d{1,2}月\d{1,2}日[^,;。:()]{0,12}?(?:起|开始)"
                              r"|在[^,;。:()]{1,30}?(?:内|期间))$"
                              # "对A小区疫点实施封闭管理" (2020): the place called the outbreak spot (疫点) or
                              # infected area (疫区), a description, no part of its name
                              r"|(?<=..)的?(?:疫点|疫区)$")


# "A街道B村、C村和D镇E村继续实行封控政策": places kept under the measure of a level, written as its subject
# (no 对; "A小区继续封控管理至21天", no verb); read as "…继续为封控区". (Only what ends as a place does:
# "密接人员继续实行管控措施", "县域对外大交通仍实行封控管理" name none.)
_KEPT_MEASURE = re.compile(r"(?:(?<=^)|(?<=[\n,。;:]))[ \t]*(?P<obj>(?:(?!人员|人群|者|车辆)[^,。;:\n]){1,300}?"
                           r"(?:(?:村|屯|庄|寨|社区|居委会|小区|苑|园|院|楼|栋|单元|组|镇|乡|街道|片区)"
                           # ("A小区3号楼262单元(病例所在单元)继续封控管理至21天": a note after the place, the verb
                           # left out, how long it lasts)
                           r"(?:\([^()。,;:\n]{1,12}\))?"
                           # ("辖区内A街道(B社区、C社区…)继续实施管控,相应疫情防控措施…延期至…" (成都, 2022): a
                           # street's communities listed in its brackets, one place with them)
                           r"|(?:街道|镇|乡)\((?:[^()。,;:\n]{2,20}?(?:社区|村|小区)、)+[^()。,;:\n]{2,20}?(?:社区|村|小区)\)))"
                           r"(?:继续|仍然?|依然|依旧)(?:实行|实施|执行)?(?:临时)?"
                           # ("A社区、B村继续实行全域管控" (陕西, late 2022): the whole of each place, 全域)
                           r"(?:(?<=[行施])全域)?(?P<kind>封控|管控)"
                           # (the bare level, with 实行 (实施) before it: "A街道继续实施管控,…")
                           r"(?:政策|管理|(?:(?<=[行施]..)|(?<=[行施]全域..))(?:措施)?(?=[,。;\n]|$)"
                           # ("A镇、B镇继续封控暂定3天,实行区域封闭" (河北, spring 2022): the bare level kept on,
                           # without a verb, for a time it states)
                           r"|(?<=继续..)(?=(?:时间)?暂定\d{1,3}天))"
                           r"(?:至?\d{1,3}天|(?:时间)?暂定\d{1,3}天)?(?=[,。;:\n]|$)", re.M)


# (the bare level, "继续实施管控", only of an area: not of an institution, "养老院继续实施管控,谢绝探视")
_INSTITUTION_KEPT = re.compile(r"(?:养老|敬老|福利|医|学|法|检察|疗养|卫生|光荣|孤儿|影剧|电影|戏)院$|幼儿园$|校园$")


def _kept_measure(m: re.Match[str]) -> str:
    # (not a place the text gave a level before: "将A小区划为管控区。A小区继续实行管控政策" tells its measures)
    # ("辖区内A街道…": the office's own area in front is no part of the place)
    # ("我区A街道…", "本县B镇…": the office's own district in front alike)
    obj = re.sub(r"^(\s*)(?:本?辖区内?的?|区内|县内|市内|[我本][区县市旗](?!域))(?=[^\W\d_]{2})", r"\1", m["obj"])
    if _no_subject_place(m.string, obj, m.start("obj") + len(m["obj"]) - len(obj)) \
            or re.match(r"\s*(?:各|所有|全部|其他|其余|其它|以上|上述|该|全[县区市镇乡])", obj):
        return m.group()
    if not re.search(r"(?:政策|管理)(?:至?\d{1,3}天)?$", m.group()) and _INSTITUTION_KEPT.search(obj):
        return m.group()  # "A街道养老院继续实施管控": an institution's visits stopped, no area
    return f"{obj}继续为{m['kind']}区"


# "一、对封控区的A、B,C,继续实行“区域封闭、足不出户”等管控措施", "对管控区的D小区采取“7天居家隔离”管理": the
# measures of the places a level's areas are, the level named before them with 的; read as "对A、B,C继续为封控区,实行…"
# (not "对封控区的居民实行…": people, no place).
_MEASURES_FOR_LEVEL_OF = re.compile(rf"(?m)(?:^|(?<=[\n,。;:、]))(?P<lead>[ \t]*对)(?P<level>{_LEVEL})的"
                                    r"(?P<obj>[^;。:\n]{2,300}?),?(?P<keep>继续|仍然?|依然)?"
                                    r"(?=(?:实行|实施|采取|执行|落实)[^;。\n]{0,40}?(?:措施|管理|政策))")


def _measures_for_level_of(m: re.Match[str]) -> str:
    if _LEVEL_RE.search(m["obj"]) or re.search(r"人员|人群|居民|群众|者|车辆|所有|全部", m["obj"]):
        return m.group()
    return f"{m['lead']}{m['obj']}{m['keep'] or ''}为{m['level']},"


# "高风险区(7个):A、B(北至C路)实行封控措施,期间“足不出户、上门服务”": a level's list whose last place runs into the
# measures with no comma; a comma goes between them, so the measures are no part of the last place.
_MEASURES_RUN_ON = re.compile(rf"(?m)^(?P<label>[ \t]*(?:{_ENUM.pattern})?[ \t]*(?:{_LEVEL})"
                              rf"(?:\((?:共|计)?[\d{_CN_NUM}]{{1,4}}个?\))?:)(?P<list>[^\n:;。]*?(?:[^\W_]|\)))"
                              r"(?=(?:实行|实施|采取|执行|落实)(?:封控|管控|防范|“))")


def _measures_run_on(m: re.Match[str]) -> str:
    # (the last place's note in brackets, with its own 、, stays with it: "D夜市(E楼1号、南至F路)")
    last = re.sub(r"\([^()]*\)", "(注)", m["list"]).split("、")[-1].strip()
    return m.group() + "," if _complete_place(last) else m.group()


# "A花园3栋,继续实行“个人防护、避免聚集”管理措施" (广东, late 2022): a place given a level's standard measures of
# the ninth edition and no level word: the measures name the level ("个人防护、避免聚集" low, "足不出区、错峰取物"
# medium, "足不出户、上门服务" high; spring 2022's "区域封闭、足不出户、服务上门" is the sealed area's, other words);
# read as "将A花园3栋划为低风险区". (Only at a clause's start: "将B划为高风险区,实行“足不出户、上门服务”" names
# its level before the measures; "低风险区实行…" is the level's own rule.)
# (the same measures as offices write them: a comma between the two words, "足不出户,上门服务"; "人不出区" for
# 足不出区; a further measure of the level quoted with them, "人不出区、错峰取物、下楼核酸检测")
# (the ninth edition's (spring 2022) words of the controlled and precaution areas as well: "人不出区、严禁聚集",
# "强化社会面管控,严格限制人员聚集"; its sealed area's "足不出户、上门服务" reads as high, as above)
_STANDARD_MEASURE_WORDS = re.compile(r"(?P<low>个人防护[、,]避免聚集)|(?P<medium>(?:足|人)不出区[、,]错峰取物)"
                                     r"|(?P<high>足不出户[、,](?:上门(?:采样|检测|核酸)[、,])?上门服务)|(?P<controlled>人不出区[、,]严禁聚集)"
                                     r"|(?P<precaution>强化社会面管控[、,]严格限制人员聚集)")
# "对联和街以下区域实施临时管控:" over "一、A:实行“足不出户,上门服务”…", "二、B:实施“人不出区、错峰取物”…" (广州, late
# 2022): the areas of a temporary control the lead names, each given the measures of its degree; they are the
# control's areas (controlled), whichever of the high and medium measures they get; the low measures name low.
# (the lead read already by _MEASURE_AS_LEVEL: "将联和街以下区域划为管控区:")
# ("对A街道辖内以下区域采取临时管控,实行如下管理措施:" (佛山, autumn 2022): the measures announced after a comma;
# "一、对B小区11座,实行“足不出户、上门采样、上门服务”…": sampling at the door (上门采样) quoted among the high
# measures)
_TEMPORARY_CONTROL_BELOW = re.compile(r"(?:以下|下列|如下)(?:区域|地区|小区|楼栋|点位)?(?:(?:实施|实行|采取)(?:临时性?)"
                                      r"(?:管控|管理)(?:措施)?(?:,(?:实行|实施|采取|执行)(?:如下|以下)(?:管理|管控|防控)?措施)?"
                                      r"|划为(?:临时性?)?管控区)[::]")
_MEASURES_OF_LEVEL = re.compile(rf"(?:(?<=^)|(?<=[\n。;:])|(?<=措施,)|(?<=”,))"
                                rf"(?P<enum>[ \t]*(?:{_ENUM.pattern})?[ \t]*)"
                                # ("一、A小区8A、8B栋:实行“足不出户,上门服务”的管理措施": the item's place, a colon)
                                # ("A区B镇C小区、D大厦,E镇F小区,实行“人不出区、错峰取物”管理": places of two towns
                                # between commas, each piece a place; read by _measures_of_level)
                                # ("A小区1号楼,该区域实行 “足不出户、上门服务”封控措施": the item's place, then the
                                # measures of "the area" (该区域, 该小区, 此楼栋), a space before the quote)
                                r"(?:对|将)?(?P<obj>[^,。;:\n“”\"]{2,120}?(?:,[^,。;:\n“”\"]{2,120}?){0,6}?)"
                                r"(?:,[ \t]*(?:该|此)(?:区域|小区|楼栋|楼|片区|范围|地区|村|社区)内?|[,:])?[ \t]*"
                                r"(?:继续|仍然?|均|统一|一律)?"
                                r"(?:实行|实施|执行|落实|采取)[ \t]*[“\"]"
                                r"(?P<measures>(?:个人防护|足不出区|人不出区|足不出户|强化社会面管控)[、,]"
                                r"(?:(?<=足不出户、|足不出户,)上门(?:采样|检测|核酸)[、,])?"
                                r"(?:避免聚集|错峰取物|上门服务|严禁聚集|严格限制人员聚集)(?:、[^、,。”\"\n]{2,12}){0,3})"
                                r"[”\"]等?的?(?:管理|防范|防控|管控|封控)?(?:措施)?"
                                r"(?=[,。;\n]|$)", re.M)

# "高风险区(6个):" over "A镇B、C , D镇E、F , G镇H,采取“足不出户、上门服务”等管控措施。" (宁夏, late 2022): a level's
# list on the line under its label, places (or towns' groups of them) parted by commas, then the measures of the
# level after a last comma; the measures are a sentence of their own under the list, no place and no prose that
# ends the list (also 实行 / 实施 / 执行 / 落实, any quoted measures; not a sentence with its own verb or level,
# "对A,B,实行…", nor a time, "自…起,实行…").
_LIST_THEN_MEASURES = re.compile(
    r"(?m)(?<=:)(?P<gap>[ \t]*\n(?:[ \t]*\n){0,2})(?P<list>[ \t]*[^\n:;。“”]{2,400}?[^\W_)]\)?),"
    r"(?P<measures>(?:并|均|统一|一律)?(?:采取|实行|实施|执行|落实)了?[“\"][^”\"\n]{2,30}[”\"]等?的?"
    r"(?:(?:管控|管理|防控|防范|封控)?措施)?)(?=[。;]?[ \t]*$)")


# (that one line a place: not a time, "3月5日至3月11日", "封控7天"; the level's area, "区域内"; nor a description,
# "阳性病例所在楼栋", "密接者居住地"; nor every place of a kind, "各小区" (rv61b); a bounded area, "A路-B路-C路围合
# 区域内", one place)
_ONE_HEADED_DESCRIPTION = re.compile(r"所在|病例|阳性|确诊|密接|密切接触|感染者|涉疫|居住|^[ \t]*(?:各|每)")
_ONE_HEADED_BOUNDED = re.compile(r"[^\W\d_]{2}(?:路|道|街|巷|河|江)[^\n]*"
                                 r"(?:围合|合围|围成|以[东南西北]|[东南西北]至)[^\n]*(?:区域|范围|片区)内?$")


def _one_headed_place(body: str) -> bool:
    plain = re.sub(r"\([^()]*\)", "", body).strip()
    return (_complete_place(plain.split("、")[0]) or _ONE_HEADED_BOUNDED.search(plain) is not None) \
        and not _HEADED_MEASURES_NO_PLACE.search(plain) \
        and not _ONE_HEADED_DESCRIPTION.search(plain)


def _list_then_measures(m: re.Match[str]) -> str:
    head = m.string[m.string.rfind("\n", 0, m.start()) + 1:m.start()]
    # ("一、管控区:" over "A村东四坊(封控区除外),实行“人不出区,严禁聚集”" (深圳, spring 2022): an exception in
    # brackets names the levels the place leaves out, no level of its own)
    body = re.sub(_EXCEPTION_NOTE, "", m["list"])
    # (one place with no comma only under a heading that is a level and nothing else, "一、封控区:" (深圳, spring 2022:
    # "A第19-24栋、第26栋,实行“区域封闭,足不出户,上门服务”"): the measures of that level's one item)
    if not _LEVEL_RE.search(head) or ("," not in body and not (_LEVEL_HEADING.fullmatch(head.strip())
                                                               and _one_headed_place(body))) \
            or _LEVEL_RE.search(body) \
            or re.search(r"(?:^|[,、])[ \t]*(?:对|将|把|在|自|从|于|经|根据|按照|为)|起,|风险|人员|居民|期间", body):
        return m.group()
    return f"{m['gap']}{m['list']}。\n{m['measures']}"


# "一、A小区5街2栋实行“足不出户,上门服务”等临时管控措施。" "二、B街道A小区1期(除…外),实行“只进不出,除做核酸
# 外,非必要不出户;…”等临时管控措施。" (广东, late 2022): numbered items of a temporary control that names no level,
# each place given its degree by the measures quoted: nobody leaves home, served at the door, the sealed area's
# (封控区); only coming in, nobody going out but for need, the controlled area's (管控区). Read as "将A划为封控区".
# (Not under "以下区域实施临时管控:", read by _MEASURES_OF_LEVEL as the control's areas; not a place with a level or
# people in it, nor prose before it.)
_TEMPORARY_DEGREE_ITEM = re.compile(
    rf"(?m)^(?P<enum>[ \t\u3000]*(?:{_ENUM.pattern})[ \t]*)(?:对|将)?(?P<obj>[^,。;:\n“”\"]{{2,120}}?),?[ \t]*"
    r"(?:实行|实施|执行|落实|采取)[ \t]*[“\"](?P<measures>[^“”\"\n]{2,120})[”\"]等?的?临时性?(?:管控|管理)(?:措施)?"
    r"(?=[。;]?[ \t]*$)")
_SEALED_WORDS = re.compile(r"^(?:区域封闭[、,])?足不出户[、,](?:上门服务|服务上门)")
_CONTROLLED_WORDS = re.compile(r"^(?:原则上)?只进不出[、,;]?(?!.*足不出户)")


def _temporary_degree_item(m: re.Match[str]) -> str:
    obj = m["obj"].strip()
    if _TEMPORARY_CONTROL_BELOW.search(m.string, 0, m.start()) or _LEVEL_RE.search(obj) \
            or re.search(r"风险|人员|居民|群众|市民|车辆|期间|以来|区域内|范围内|辖区|所有|全部|全体", obj) \
            or not (_complete_place(_split_enclosed(obj)[0]) or _front_district(obj) or _STREET_FIRST.match(obj)):
        return m.group()
    level = "封控区" if _SEALED_WORDS.match(m["measures"]) else "管控区" if _CONTROLLED_WORDS.match(m["measures"]) \
        else None
    return m.group() if level is None else f"{m['enum']}将{obj}划为{level}。"


# "区域四:\n汤坑镇东至A村,南至B中学,西至C桥,北至D社区(E医院除外)。\n以上区域实行足不出户、上门服务防控措施" (autumn
# 2022, a county's strengthened measures): a paragraph that is only an area (its bounds, or a complete place), then
# "以上区域" (上述, 该) given the sealing measures with no level named anywhere: nobody leaves home, everything brought
# to the door, the sealed area's measures (as "区域封闭、足不出户、服务上门"); read as "将A划为封控区。" (Not where a
# level is named before: "A划为高风险区。以上区域实行“足不出户、上门服务”" keeps its level.)
_AREA_THEN_SEALING = re.compile(
    rf"(?m)^(?P<enum>[ \t]*(?:{_ENUM.pattern})?[ \t]*)(?P<area>[^\n:;。“”]{{2,300}}?)[。;]?[ \t]*\n(?:[ \t]*\n){{0,3}}"
    r"(?=[ \t]*(?:以上|上述|该)(?:区域|范围|片区|地区)内?(?:统一|一律|均|严格)?(?:实行|实施|执行|落实|采取)[“\"]?"
    r"(?:区域封闭[、,])?足不出户[、,](?:上门服务|服务上门)[”\"]?等?的?(?:防控|管控|封控|管理)?措施)")
_BOUNDS_WORDS = re.compile(r"[东南西北](?:至|到)|以[东南西北]")


def _area_then_sealing(m: re.Match[str]) -> str:
    area = m["area"].strip()
    if _LEVEL_RE.search(m.string) \
            or re.search(r"划|实行|实施|措施|人员|居民|群众|市民|通告|决定|如下|期间|风险", area) \
            or not (_BOUNDS_WORDS.search(area) or _complete_place(area)):
        return m.group()
    return f"{m['enum']}将{area}划为封控区。\n"


# "汤坑镇A村;\n\n汤西镇B村、C村;\n\n以上区域由“足不出户、上门服务”防控措施调整为“足不出区、错峰取物”管控措施"
# (autumn 2022, a county's eased measures, no level named anywhere): paragraphs that are only places (a town's,
# written once before its villages), then "以上区域" (上述) moved from the sealed area's measures (nobody leaves home)
# to the ninth edition's measures of a controlled area (nobody leaves the area, goods fetched at set times): the
# places are controlled; each paragraph read as "将A划为管控区。". (Not where a level is named:
# "A划为高风险区。以上区域由…" keeps its level; nor a paragraph of prose, a heading or a lead ending with a colon.)
_AREAS_THEN_EASED = re.compile(
    # (a line's text opens and ends on a character that is no space, so that a run of blank or space-only lines,
    # as under a signature, is split into lines one way only: "{2,300}?" with the spaces round it took 75 s on 1822)
    r"(?m)^(?P<block>(?:[ \t]*[^\s:;。“”][^\n:;。“”]{0,298}[^\s:;。“”][。;]?[ \t]*\n(?:[ \t]*\n){0,3}){1,8}?)"
    r"(?P<eased>[ \t]*(?:以上|上述)(?:区域|范围|片区|地区)均?由[“\"](?:区域封闭[、,])?足不出户[、,]"
    r"(?:上门服务|服务上门)[”\"]"
    r"等?的?(?:防控|管控|封控|管理)?措施?(?:调整|变更|降)为[“\"](?:足|人)不出(?:小?区|村)[、,]错峰取物[”\"]"
    r"等?的?(?:防控|管控|管理)?措施)")
_EASED_PROSE = re.compile(r"划|实行|实施|措施|人员|居民|群众|市民|通告|决定|如下|期间|风险|根据|按照|经|自|起|疫情")


def _areas_then_eased(m: re.Match[str]) -> str:
    if _LEVEL_RE.search(m.string.replace(m["eased"], "")):
        return m.group()
    # (the block may start at prose above: only its last run of place paragraphs is read, the rest kept as written)
    lines = m["block"].split("\n")
    start = len(lines)
    while start > 0 and not (lines[start - 1].strip() and (_EASED_PROSE.search(lines[start - 1])
                                                           or not _eased_place_line(lines[start - 1]))):
        start -= 1
    places = [_ENUM_LEAD.match(line.strip().rstrip("。;")) for line in lines[start:] if line.strip()]
    if not places:
        return m.group()
    return "".join(f"{line}\n" for line in lines[:start]) \
        + "".join(f"{p['enum']}将{p['place']}划为管控区。\n" for p in places if p) + m["eased"]


# (a paragraph read as places: numbered maybe ("一、A村;"), its first place complete once its brackets and "部分区域"
# are set aside; not a clause of prose with none of the words above, "为巩固防控成果")
_ENUM_LEAD = re.compile(rf"(?P<enum>(?:{_ENUM.pattern})?[ \t]*)(?P<place>.*)")


def _eased_place_line(line: str) -> bool:
    led = _ENUM_LEAD.match(line.strip().rstrip("。;"))
    first = re.sub(r"\([^()]*\)", "", led["place"] if led else line).split("、")[0]
    first = re.sub(r"(?:的?部分区域|部分|片区)$", "", first)
    return bool(_complete_place(first) or _front_district(first))


_LEVEL_HEADING = re.compile(rf"(?:{_ENUM.pattern})?[ \t]*(?:{_LEVEL})(?:\(?[\d{_CN_NUM}]{{1,3}}个\)?)?[::]?")


# (under a heading that is only a level, a line whose subject is the level's area, its people, its time or a manner
# of doing names no place: "区域内实行…", "所有人员实行…", "该区域实行…", "期间实行…", "统一实行…" (rv45))
_HEADED_MEASURES_NO_PLACE = re.compile(
    rf"{_LEVEL}|风险|人员|居民|群众|市民|车辆|期间|以来|全体"
    r"|^[ \t]*(?:以上|上述|前述|所述|该|此|这|本|其他|其余|其它|全部|所有|按|依|根据|统一|严格|继续|均|一律|同时|并)"
    r"|^(?:区域|范围|辖区|地区|小区|区)?内?$")


# a street's or town's numbered heading alone on its line ("(一)秀全街", "(二)狮岭镇")
_SUB_HEADING_LINE = re.compile(rf"\([一二三四五六七八九十]{{1,3}}\)[ \t]*[{_CJK}]{{2,8}}?(?:街道|街|镇|乡)[:]?")
# (prose among commas: a clause with its own verb, a time, people; not a list of places)
_COMMA_LIST_PROSE = re.compile(r"(?:^|,)[ \t]*(?:对|将|把|在|自|从|于|经|根据|按照|为|如|请|因)|起,|风险|人员|居民"
                               r"|群众|期间|以来|[实执]行|实施|要求|需要")


# a part's heading that lifts a control or a level's measures: "三、解除区域临时管控措施", "二、解除临时管控区域",
# "(三)解除以下区域管控措施"
_LIFT_HEADING = re.compile(rf"(?:{_ENUM.pattern})?[ \t]*(?:解除|撤销|取消)(?:以下|下列)?(?:区域|部分区域)?的?"
                           r"(?:临时)?(?:封控|管控|静默|封闭|防范)(?:区域?|管理)?的?(?:防控|管控|管理)?(?:措施)?[::]?")


# "一、封控区" over "调整为A县B村C小区11号楼。" (信阳, spring 2022, a county's "三区" adjusted): under a heading that is
# only a level, the line says what the level's area is now, the verb 调整为 (变更为) first and the place its object;
# the verb no part of the place. (Not when a level or a measure follows the verb: "调整为管控区", "调整为居家办公".)
_ADJUSTED_UNDER_LEVEL_HEADING = re.compile(rf"(?m)(?P<head>^[ \t]*(?:{_ENUM.pattern})?[ \t]*(?:{_LEVEL})"
                                           r"[ \t]*:?[ \t]*\n(?:[ \t]*\n){0,3}[ \t]*)(?:调整为|变更为|调整至)"
                                           r"(?P<obj>[^\n。;:,]{2,120}?)(?=[。;]?[ \t]*(?:\n|$))")


# "三、继续实行防范区管理防范区为A县县域。" (a report's copy, the line break lost): a part's heading that keeps a
# level's management, run together with the sentence that says what the level's area is, the same level as its subject;
# the heading ends before the level's word again.
_MANAGED_HEADING_GLUED = re.compile(rf"(?P<head>(?:继续|仍然?|仍旧)?(?:实行|实施|执行)(?P<lv>{_LEVEL})管理)"
                                    r"(?=(?P=lv)(?:范围)?为)")


# "我市A区、B区和C县部分区域实行临时静态管理,具体范围为A区:D,E;B区:F、G;C县:H。" (朝阳 of 辽宁, autumn 2022): a
# sentence that puts parts of districts under a level, then its range, each district labelled with a colon over its
# places; read as the level's label over the districts' lists ("…实行临时静态管理。\n临时静态管理区域:A区:D,E;…").
# (Only where a known district and its colon follow straight after "具体范围为": not "具体范围为A小区、B小区".)
_LEVEL_THEN_DISTRICT_RANGES = re.compile(rf"(?P<lead>(?:实行|实施|执行)(?P<lv>{_LEVEL})),(?:其|具体)?(?:范围|区域)"
                                         rf"(?:为|是|如下)?:?(?=(?P<d>[{_CJK}]{{2,8}}?[区县市旗]):)")


def _level_then_district_ranges(m: re.Match[str]) -> str:
    if m["d"] not in _divisions()[0]:
        return m.group()
    label = m["lv"] + ("区域" if not m["lv"].endswith(("区", "区域")) else "")
    return f"{m['lead']}。\n{label}:"


def _adjusted_under_level_heading(m: re.Match[str]) -> str:
    first = re.sub(r"\([^()]*\)", "", m["obj"]).split("、")[0]
    if _LEVEL_RE.search(m["obj"]) or not (_complete_place(first) or _front_district(first)):
        return m.group()
    return m["head"] + m["obj"]


# a part's heading that gives the measures of the areas listed in an earlier part: "二、临时管控措施", "二、防控措施"
_MEASURES_PART_HEADING = re.compile(r"[一二三四五六七八九十]{1,3}[、.][ \t]*(?:临时)?(?:管控|防控|封控|管理)?措施[::]?")


def _under_measures_part(text: str, start: int) -> bool:
    """Whether text[start:] lies in a part headed by its measures ("二、临时管控措施" over "(一)A小区5栋,实行
    “足不出户,上门服务”"): the measures of degree within the areas the notice's earlier part lists, no level of
    their own (重庆, late 2022)."""
    for line in reversed(text[:start].split("\n")):
        if re.match(r"[ \t\u3000]*[一二三四五六七八九十]{1,3}、", line):
            return _MEASURES_PART_HEADING.fullmatch(line.strip()) is not None
    return False


def _sub_heading_above(text: str, start: int) -> bool:
    """Whether the line above text[start:] is a street's or town's numbered heading with a level's heading above it
    (other sub-headings and their lines between)."""
    if start > 0 and text[start - 1] != "\n":
        return False  # (not the rest of a heading's own line: "(二)A街:东至B路,…,实行“…”措施")
    lines = [ln.strip() for ln in text[:start].split("\n") if ln.strip()]
    if not lines or not _SUB_HEADING_LINE.fullmatch(lines[-1]):
        return False
    return any(_LEVEL_HEADING.fullmatch(ln.replace("临时", "", 1)) for ln in lines[:-1])  # ("二、临时管控区")


# "A划为高风险区,严格执行“足不出户、上门服务”管理措施,B镇除高风险区外的其他区域继续执行“个人防护、避免聚集”管理措施"
# (中山, late 2022): a clause of measures after the comma that ends another clause of quoted measures starts as a
# sentence would (not after any other comma: "根据要求,A小区实行…" is prose before the place)
_MEASURES_CLAUSE_BEFORE = re.compile(r"(?:实行|实施|执行|落实|采取)[ \t]*[“\"][^“”\"\n]{2,40}[”\"]等?的?"
                                     r"(?:管理|防范|防控|管控|封控)?(?:措施)?,$")
# (review rv72b: the clause's subject a named place or division, "B镇除…外的其他区域", "C村其他区域"; not a time,
# "7天内实行…", kinds of site, "学校、商超等场所执行…", "公共场所…", nor every village, "全镇各村…")
_MEASURES_CLAUSE_SUBJECT = re.compile(rf"(?!全|各|所有|本|该|其|此)[{_CJK}]{{2,10}}?"
                                      r"(?:镇|乡|街道|村|社区|小区|区|县|市)")


# (a span of days, "7天内", "解封后14日内", "三天之内"; a list of kinds of site closed by 等 and their kind,
# "学校、商超等场所", "各类公共场所")
_MEASURES_SPAN_OR_KINDS = re.compile(rf"[\d{_CN_NUM}]{{1,3}}(?:天|日|周|个月|小时)(?:之?内|以内)?$"
                                     r"|等(?:各类|其他|其它)?(?:特殊|重点|人员密集|人员聚集|公共|经营性?)?"
                                     r"(?:场所|单位|机构|地方)$|^(?:各类)?(?:公共|经营性?|营业性?)场所$")


def _measures_level_of_label(label: str, measures: str) -> bool:
    """Whether the quoted measures are those of the level the label names (or of no standard level)."""
    words = _STANDARD_MEASURE_WORDS.match(measures)
    if words is None or "临时" in label:  # (a temporary control's measures of any degree)
        return True
    names = {"low": "低风险", "medium": "中风险", "high": "高风险", "controlled": "管控区", "precaution": "防范区"}
    return names[words.lastgroup] in label or (words.lastgroup == "high" and "封控区" in label)


def _measures_of_level(m: re.Match[str]) -> str:
    if m.start() > 0 and m.string[m.start() - 1] == "," \
            and not (_MEASURES_CLAUSE_BEFORE.search(m.string, max(0, m.start() - 80), m.start())
                     and _MEASURES_CLAUSE_SUBJECT.match(m["obj"].strip())):
        return m.group()
    obj = re.sub(r"除[^除]*?(?:以外|之外|外)", "", m["obj"])  # ("A街道除高风险区外的其他区域": its exception's level)
    # ("火炬开发区高风险以外其他区域" (中山, late 2022): the exception written without 除, a level's word after the
    # area's name, then 以外; the level is the exception's, as above)
    obj = re.sub(r"(?<=[^\W\d_])[高中低]风险(?:区域?|地区)?(?:以外|之外)(?=的?(?:其他|其余|其它))", "", obj)
    # ("二、临时管控区" over "(一)A街" over "B村C队,D岭,E公司(高风险区除外),落实“人不出区、错峰取物”措施" (广州,
    # autumn 2022): under a street's or town's numbered heading below a level's, a line of places parted by commas,
    # then the level's measures; the places a list, the measures a sentence of their own)
    plain = re.sub(r"\([^()]*\)", "", obj)
    if "," in obj and not m["enum"].strip() and _sub_heading_above(m.string, m.start()) \
            and not _COMMA_LIST_PROSE.search(plain) and not _HEADED_MEASURES_NO_PLACE.search(plain):
        # (the measures of this heading's places only, when the next heading of a street or town follows: dropped,
        # no sentence that ends the level's lists)
        after = m.string[m.end():].lstrip("。; \t\n")
        if _SUB_HEADING_LINE.fullmatch(after[:after.find("\n")] if "\n" in after else after):
            return f"{m['enum']}{m['obj']}"
        return f"{m['enum']}{m['obj']}。\n{m.group()[m.end('obj') - m.start():].lstrip(',: ')}"
    if "," in obj and not all(_complete_place(first := _split_enclosed(piece)[0]) or _front_district(first)
                              or _STREET_FIRST.match(first) for piece in obj.split(",")):
        return m.group()  # (a clause of prose before the places, "根据要求,A小区实行…": not a list of places)
    # ("二、管控区:A小区,实行“足不出区、错峰取物”": the label before the colon names the level, the measures are its)
    label = m.string[m.string.rfind("\n", 0, m.start()) + 1:m.start()]
    if label.endswith(":") and _LEVEL_RE.search(label):
        return m.group()
    # ("一、高风险区:(一)A;(二)B,实行“足不出户、上门服务”等防控措施" (阳江, autumn 2022): the last of the items a
    # level's label opens the line with, then the measures of that level, a sentence of their own)
    # (review rv72b: only the label's own level's measures; "一、高风险区:A小区3栋;A小区其他楼栋实行“人不出区、错峰
    # 取物”" gives the last piece the medium level its measures name)
    other_level = False
    if label.endswith(";") and _LEVEL_HEADING.fullmatch(label[:label.find(":") + 1].strip()):
        if _measures_level_of_label(label[:label.find(":")], m["measures"]):
            return f"{m['enum']}{m['obj']}。{m.group()[m.end('obj') - m.start():].lstrip(',: ')}"
        other_level = True  # (a sentence of its own, on its own line, out of the label's list)
    # ("二、管控区" over "A路以北…合围区域,实行“足不出区、错峰取物”管理措施" (广州, spring 2022): a heading that is
    # only a level, on the line above, names the level; the measures are its, a sentence of their own)
    if not label.strip() and "," not in m["obj"]:
        before = m.string[:m.start()].rstrip()  # (blank lines between, as pages copied by paragraph have them)
        above = before[before.rfind("\n") + 1:].strip()
        if above and _LEVEL_HEADING.fullmatch(above) and not _HEADED_MEASURES_NO_PLACE.search(obj):
            return f"{m['enum']}{m['obj']}。{m.group()[m.end('obj') - m.start():].lstrip(',: ')}"
    # ("临时管控区1:区域内实行…": the area a label names, no place; nor people, times, or a level's own rule)
    # ("高危地区实行“足不出户,上门服务”" (a machine-reworded copy, 江苏, late 2022): a level's word swapped, the
    # level's own rule as "高风险区实行…" is)
    # (nor, after a sentence's 。 as after a comma, a span of days, "7天内实行“个人防护、避免聚集”", or kinds of
    # site, "学校、商超等场所执行“…”": the measures of a time or of every such site, no place)
    if _LEVEL_RE.search(obj) or re.search(r"风险|人员|居民|群众|市民|车辆|期间|以来", obj) \
            or re.fullmatch(rf"(?:{_SWAPPED})", obj.strip()) \
            or _MEASURES_SPAN_OR_KINDS.search(obj.strip()) \
            or all(_GENERIC_SITE.fullmatch(part) for part in re.split(r"[、和及与]", obj.strip())) \
            or re.fullmatch(r"(?:该|本|此|上述|以上|其他|其余|其它|全部|所有)?(?:区域|范围|辖区|地区|小区|区)?内?",
                            obj):
        return m.group()  # ("管控要求:区内实行“人不出区、严禁聚集”": the area the level's rules speak of, no place)
    # (nor no object at all, only the item's indent: "  执行“个人防护,避免聚集”等防范措施" under a level's heading;
    # nor the areas listed above, "对以上5个区域严格落实“人不出区、错峰取物”")
    # (nor a kind of site as an item's label, "(三)学校:实行“个人防护、避免聚集”": a rule for every school)
    if len(obj.strip()) < 2 or re.match(r"[ \t]*(?:以上|上述|前述|所述|该|此|这)", obj) \
            or _GENERIC_SITE.fullmatch(obj.strip()):
        return m.group()
    # ("三、解除区域临时管控措施" over "A街B花园(…除外),落实“个人防护、避免聚集”防范措施" (广州, autumn 2022): under a
    # part that lifts a control, the low measures are what the lifted place keeps, no level given it; the place is
    # the part's, the measures a sentence of their own)
    if not label.strip() and not m["enum"].strip():
        before = m.string[:m.start()].rstrip()
        above = before[before.rfind("\n") + 1:].strip()
        if _LIFT_HEADING.fullmatch(above) and "," not in m["obj"]:
            return f"{m['enum']}{m['obj']}。\n{m.group()[m.end('obj') - m.start():].lstrip(',: ')}"
    words = _STANDARD_MEASURE_WORDS.match(m["measures"])
    if words is None or _under_measures_part(m.string, m.start()):
        return m.group()
    kind = words.lastgroup
    level = {"low": "低风险区", "medium": "中风险区", "high": "高风险区", "controlled": "管控区",
             "precaution": "防范区"}[kind]
    if kind in ("medium", "high") and _TEMPORARY_CONTROL_BELOW.search(m.string, 0, m.start()):
        level = "临时管控区"
    return f"{chr(10) if other_level else ''}{m['enum']}将{m['obj']}划为{level}"


# "除A、B仍保持为封控区外,C调整为管控区,全市其他区域为防范区": the places kept at their level written as the
# exception of the sentence that changes the others; they are places of that level as much as the rest, read as
# "A、B仍为封控区,C…" (only at a clause's start, so "A除B仍为封控区外其他区域" keeps its exception).
_KEPT_EXCEPT = re.compile(rf"(?:(?<=[,:;。\n])|^)[ \t]*除(?P<obj>[^,;。:除\n]{{2,300}}?)"
                          rf"(?:仍然?|依然|继续)(?:保持|维持|划定|确定|作)?(?:为|是)(?P<level>{_LEVEL})(?:以外|之外|外),",
                          re.M)


# "A继续保持封控区不变,B继续保持管控区不变" (天津, spring 2022): a level kept "unchanged" (不变) is the level the
# place holds; the 不变 is no place of the next clause (read as "A继续保持为封控区,B继续保持为管控区").
# ("A小区4幢为封控区不变,B路、C路合围区域划定为管控区" (杭州, 2022): 为 alone before the level, the same)
_KEPT_UNCHANGED = re.compile(rf"(?:(?<=保持|维持)为?|(?<=[^\W_)])为)(?P<level>{_LEVEL})(?:管理)?不变(?=[,;。\n]|$)")
# "(一)A小区原封控区(全域40幢)不变,B路、C路、D路合围区域划定为管控区" (南通, spring 2022): a named place's former
# level (原封控区) kept unchanged, its extent in brackets after the level word: the level the place holds, the extent
# its own (read as "A小区(全域40幢)为封控区"); only a named place at a clause's start (not "其他原封控区不变",
# "原封控区、管控区不变": the rest, or levels alone).
_FORMER_LEVEL_UNCHANGED = re.compile(
    r"(?m)(?P<pre>(?:^|[,;。:])[ \t]*(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十\d]{1,3}[、.])?"
    r"[ \t]*)"
    r"(?!其他|其它|其余|全|所有|各|上述|以上|前述|该|此|本|部分|相关|有关)"
    r"(?P<place>[^,;。:\n()、]{2,40}?)原(?P<level>封控区|管控区|防范区|[高中低]风险(?:地区|区域|区))"
    r"(?P<extent>\([^()]{1,30}\))?(?:保持|维持)?不变(?=[,;。\n]|$)")


def _former_level_unchanged(m: re.Match[str]) -> str:
    if not _complete_place(m["place"]):
        return m.group()
    return f"{m['pre']}{m['place']}{m['extent'] or ''}为{m['level']}"

# "A封控区、B管控区于4月8日22:30解除管控", "C封控区、D封控区解除封控,继续纳入管控区管理" (天津, spring 2022): places
# as the subject of a lift, each with its old level written after it as a label, the time between; read as
# "对A、B解除管控" (the labels left off). Only where every item is a named place with its label (not "封控区、管控区
# 解除…", levels alone, nor "全区"/"其他"… a blanket).
# (no 对 or 将 in an item: "对A封控区解除封控" is read as it stands; no count: "A等34个封控区"; not
# "…解除管控措施后", the time after a lift, a condition)
# (no qualifier before the label: "本次划定的封控区于4月20日解除封控", "居民小区内的管控区解除管控" name no place)
_LABELLED_ITEM = (r"(?!全|所有|其他|其它|其余|部分|各|该|上述|以上|原|本次|此次|本轮|这次|新划定|新增|划定)"
                  r"[^,;。:、\s对将等]{2,60}?(?<![的内中])"
                  r"(?:封控|管控|防范)区\d{0,2}")
_LABELLED_SUBJECTS_LIFTED = re.compile(
    rf"(?:(?<=[,:;。\n])|^)(?P<obj>{_LABELLED_ITEM}(?:、{_LABELLED_ITEM})*)"
    r"(?:于|自|从)?(?:\d{4}年)?(?:\d{1,2}月\d{1,2}日)?(?:\d{1,2}(?::\d{2}|时(?:\d{1,2}分)?|点))?(?:起)?"
    r"(?=(?:全面|有序)?解除(?:封控|管控|防范)(?!(?:区|管理|措施)*后))", re.M)


def _labelled_subjects_lifted(m: re.Match[str]) -> str:
    items = [re.sub(r"(?:封控|管控|防范)区\d{0,2}$", "", item) for item in m["obj"].split("、")]
    return "对" + "、".join(items)


# "A县除现有高风险区(B镇P1、P2,C乡Q1)继续落实静态管理措施外,其他乡镇、村(社区)有序解除静态管理" (繁峙, autumn
# 2022, a report of a lift): the standing areas of a level (现有 / 目前 / 当前) listed in brackets as the lift's
# exception, kept as they are; read as "A县B镇P1、P2,C乡Q1仍为高风险区," (the rest a blanket, as _KEPT_EXCEPT
# reads its exception). Only places in the brackets: no count ("共5个"), people or measures.
# (a whole county's (全县) exception names the places alone: "全县除现有高风险区(B镇P村)外" is "B镇P村仍为…", not
# "全县B镇P村"; and the brackets' places are named ones: not "(包括城区)", "(县城区)", a part of the county by its kind)
_STANDING_EXCEPT = re.compile(rf"(?P<whole>全(?:县|市|区|旗|镇|乡|域))?"
                              rf"除(?:现有|现存|目前|当前|现)的?(?P<level>{_LEVEL})[((](?P<obj>[^()()\n]{{2,300}}?)[))]"
                              r"(?:(?:继续|仍然?|依然)[^,。;()()\n]{0,20}?)?(?:以外|之外|外),")
_GENERIC_PART = re.compile(r"(?:[县市区旗]|本|全)?(?:[主老新]?城区|中心城区|县城|市区|城镇|农村|乡村|集镇)")


def _standing_except(m: re.Match[str]) -> str:
    parts = [p for p in re.split(r"[、,,;]", m["obj"]) if p]
    if _LEVEL_RE.search(m["obj"]) or re.search(r"人员|居民|群众|措施|共|等|个|包括|包含|^含", m["obj"]) \
            or not all(len(p) <= 30 and _AREA_END.search(p) and not _GENERIC_PART.fullmatch(p) for p in parts):
        return m.group()
    return f"{m['obj']}仍为{m['level']},"

# "解除静态管理后,中风险区(A镇B小区、A镇C路三段65号)严格落实“人不出区、错峰取物”的防范措施;低风险区(A镇除中风险
# 区以外的其他区域)严格落实…" (四川, autumn 2022): a level's areas listed in brackets after its name, the measures
# of the level after them; read as "将A镇B小区、A镇C路三段65号划为中风险区,严格落实…". Only at a clause's start, the
# measures' verb after the brackets, and only places in them (each part ends as an area, a house number, or is a
# place's rest "A镇除…以外的其他区域"): "中风险区(以下简称中风险区)严格落实…", "高风险区(共3个)实行…" are left.
_LEVEL_BRACKETED_THEN_MEASURES = re.compile(
    rf"(?m)(?:^|(?<=[,。;:]))(?P<lead>[ \t]*)(?P<level>{_LEVEL})[((](?P<obj>[^()()\n]{{2,300}}?)[))]"
    # (a stop an earlier rule put after the brackets: "高风险区(A、B)。实行“足不出户…”")
    r"(?=。?(?:要|须|应|需)?(?:继续|严格|全面|一律)?(?:落实|实行|实施|执行|采取))")


_KIND_ONLY_BRACKETED = (r"防控|常态|涉疫|附近|周边|相关|其他|其它|其余|所有|全部|^(?:城市|农村|城乡|城镇|居民)?"
                        r"(?:城区|小区|社区|村|村庄|地区|区域|片区|乡镇|街道|镇|乡)$")


def _level_bracketed_then_measures(m: re.Match[str]) -> str:
    parts = [p for p in re.split(r"[、,,;]", m["obj"]) if p]
    # ("A镇除中风险区以外的其他区域": a place's rest)
    rest = r"^[^\W\d_]{2,20}除[^,。]{2,20}(?:以外|之外|外)的?(?:其他|其余|其它)?区域$"
    if re.search(r"人员|居民|群众|措施|共|等|个|简称|含|包括", m["obj"]) or not all(
            len(p) <= 40 and (_AREA_END.search(p) or re.search(r"\d号(?:院|楼)?$", p) or re.search(rest, p))
            for p in parts) or (_LEVEL_RE.search(m["obj"]) and not re.search(r"除[^,。]{0,12}外", m["obj"])) \
            or any(not re.search(rest, p) and (_no_lifted_place(p) or re.search(_KIND_ONLY_BRACKETED, p))
                   for p in parts):
        # (nor a kind of area for the level's name: "中风险区(城区)…", "低风险区(常态化防控区)…",
        # "中风险区(涉疫小区)…", "中风险区(农村地区)…")
        return m.group()
    return f"{m['lead']}将{m['obj']}划为{m['level']}" + ("" if m.string.startswith("。", m.end()) else ",")


# "决定继续延长对A城区(含B镇)的静默管理", "继续对A市主城区实行静态管理": silent management kept on (or
# prolonged) over the places named; read as ",对A城区(含B镇)实行静默管理".
_SILENT_KEPT = re.compile(r"(?:继续|延长|延续|继续延长|延长|维持|保持)+对(?P<obj>(?:[^,。;:()\n]|\([^()\n]*\)){2,300}?)"
                          r"(?:的|实行|实施|进行)(?P<level>(?:临时性?)?(?:静默|静态)管理)(?=[,。;:\n]|$)")


# "决定,对主城区(A区、B区、C区)继续静态管理三天" (辽宁, autumn 2022): the management kept on over the object of 对,
# the verb left out; read as "对主城区(A区、B区、C区)继续实行静态管理三天" (then read as the object's).
_KEPT_NO_VERB = re.compile(r"(?P<head>(?:^|(?<=[,:;。\n])|(?<=决定))对(?:[^,。;:()\n对]|\([^()\n]*\)){2,200}?"
                           r"(?:继续|仍然?|依然|依旧))(?=(?:临时性?)?(?:静默|静态)(?:管理|管控))")

# "对A市主城区及B乡实行1天静默管理", "对C镇实施为期三天的临时静默管理": the days it lasts between the verb and the
# level say when, not where; read as "对A市主城区及B乡实行静默管理".
_SILENT_FOR_DAYS = re.compile(rf"(?P<head>对[^,。;:\n对]{{2,200}}?(?:实行|实施|进行))(?:为期)?"
                              rf"(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})(?:天|日)的?(?=(?:临时性?)?(?:静默|静态)(?:管理|管控))")

# "A街道(区域内,B路以北区域),从8月28日0时开始,继续按照《…公告》(第28号)规定,实施3天静态管理。": a sentence
# that opens with the place, then when (and by which rule) silent management starts over it; read as
# "从8月28日0时开始,对A街道实施静态管理。" (a place ends with an area's word, no lead "根据…," or "全县").
_PLACE_THEN_SILENT = re.compile(
    r"(?m)(?:^|(?<=[。;]))(?P<obj>(?![ \t]*(?:根据|按照|为|经|现|全(?:县|区|市|旗)))[^。;:!?\n()《》]{2,120}?"
    r"(?:区域|范围|片区|街道|社区|小区|村|镇|乡)),"
    r"(?P<time>(?:从|自|于)[^,。;:\n]{2,30}?(?:开始|起)),"
    r"(?:(?:继续)?(?:按照|根据|依照|依据)[^,。;:\n]{2,80}?(?:规定|要求),)?"
    rf"(?:继续|立即|统一)?(?:实行|实施)(?:为期)?(?:(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})(?:天|日)的?)?(?P<level>(?:临时性?)?(?:静默|静态)(?:管理|管控))"
    r"(?=[,。;\n]|$)")


# "决定对全县29个乡镇(街道)延长静默管控时间", "对A镇、B镇延长临时静默管理期限": silent management prolonged
# over the places named (a count of a whole district's towns after 全县 only counts them); read as
# ",对A镇、B镇实行静默管理".
# ("对A镇实施延长静态管理(8月23日0时—8月24日24时)": the verb before 延长, the days it lasts in brackets after)
_SILENT_PROLONGED = re.compile(r"对(?P<obj>(?:[^,。;:()\n]|\([^()\n]*\)){2,300}?)(?:实施|实行|进行)?(?:继续|再)?"
                               r"(?:延长|延续|顺延)(?:临时性?)?(?:静默|静态)(?:管理|管控)(?:的)?(?:时间|期限|时限|期)?"
                               # (until a time, or by a number of days: "延长静默管理时间至9月30日", "延长静默管控3天")
                               rf"(?=[,。;:\n的至到(]|[\d{_CN_NUM}]{{1,3}}(?:天|日|个?小时)|$)")
# "A镇、B街道按管控区管理,实行“不出小区、严禁聚集”": a sentence that opens with whole places and manages them as a
# level; read as "将A镇、B街道划为管控区". (Only at a sentence's start: "解除后,C村按防范区管理" tells where a lifted
# place goes; nor after an area's kind, "封控区按高风险区管理", which the kind's rules read.)
# ("1.A街坊按已发布的中风险区域实施管控" (上海, summer 2022): a level already published for the place, restated,
# its management written 实施管控 or 实行管理; "参照中风险区管理", by the level's rules, the same)
# ("解除管控后,A小区按防范区管理": a lift's time, the lifted kind named, then the places; the places' sentence all
# the same)
_PLACES_MANAGED_AS = re.compile(rf"(?m)(?:^|(?<=[。;]))(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*"
                                r"(?:解除(?:封控|管控|防范|封闭)(?:管理|措施)?(?:后|之后),)?)"
                                r"(?P<obj>[^,;。:()“”\n按参]{2,200}?)(?:按照?|参照)(?:已(?:发布|公布|划定|确定)的)?"
                                r"(?P<level>封控区|管控区|防范区|[高中低]风险(?:地区|区域|区))"
                                r"(?:(?:进行|实施|实行)?(?:管理|管控)(?:措施)?)(?=[ \t]*(?:[,;。]|$))")


# "1、A小区5号、B社区C街1号3栋,参照高风险区的要求执行,管控期间实行“足不出户、上门服务”" (南昌, summer 2022, the
# level quoted in the notice: "参照疫情风险区“高风险区”的要求执行"): places, then a comma maybe, put under a level's
# requirements (要求 / 标准 / 规定) as the list's own sentence; read as "将A小区5号、B社区C街1号3栋划为高风险区", its
# places split as any object's. (Not a reference back, "以上区域参照…", nor people or a level's areas,
# "封控区人员参照…", nor a lead's prose before the places: "根据…,经研究决定,A参照…".)
_PLACES_AS_LEVEL_REQUIRES = re.compile(
    rf"(?m)(?:^|(?<=[。;]))(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*)"
    r"(?P<obj>(?![对将把在由以上述该其前各全所])[^。\n“”:]{2,600}?),?[ \t]*(?:参照|比照)(?:执行)?"
    r"(?P<level>封控区|管控区|防范区|[高中低]风险(?:地区|区域|区))的?(?:管控|管理|防控)?(?:要求|标准|规定)"
    r"(?:执行|实施|落实|管理)(?=[ \t]*(?:[,;。]|$))")


# (review rv64a: nor the sites of cases or contacts by their kind, "密切接触者所在楼栋参照封控区要求管理", no place)
_NOT_PLACES_UNDER_REQUIREMENTS = re.compile(r"封控|管控|防范|风险|人员|人群|其他|其余|其它|根据|决定|研判|按照|参照")
# (those kinds named outside a note in brackets: "A小区3栋(阳性病例所在楼栋)参照封控区要求管理" names its place, the
# note why; review rv66b)
_SITES_OF_CASES = re.compile(r"密接|接触者|病例|感染者|阳性|涉疫|所在")


def _places_as_level_requires(m: re.Match[str]) -> str:
    obj = m["obj"].rstrip(", \t")
    if _LEVEL_RE.search(obj) or _NOT_PLACES_UNDER_REQUIREMENTS.search(obj) \
            or _SITES_OF_CASES.search(re.sub(r"\([^()]*\)", "", obj)) \
            or not _complete_place(_split_enclosed(obj)[0]):
        return m.group()
    return f"{m['lead']}将{obj}划为{m['level']}"


def _places_managed_as(m: re.Match[str]) -> str:
    if _district_whole_managed(m["obj"], m["level"]):
        return f"{m['lead']}将{m['obj']}划为{m['level']}"
    items = m["obj"].split("、")
    if _LEVEL_RE.search(m["obj"]) or re.search(r"封控|管控|防范|风险|人员|人群|其他|其余|其它|全", m["obj"]) \
            or not (all(_complete_place(item) for item in items) or _whole_divisions_listed(items)) \
            or _no_subject_place(m.string, m["obj"], m.start("obj")):  # ("将A划为封控区。A按封控区管理": restated)
        return m.group()
    return f"{m['lead']}将{m['obj']}划为{m['level']}"


def _whole_divisions_listed(items: list[str]) -> bool:
    """ "三、A县、B区、高新区按照高风险区管理" (石家庄, early 2021, a whole-county list by items): counties and
    districts named whole as the subject managed as a level, as the items beside it say "C区、D市为高风险区域";
    each a place (a development zone by its kind alone, "高新区", among them too)."""
    return all(_district_ok(item) for item in items) and any(item in _divisions()[0] for item in items)


# "对A小区2号楼实施封控区管理", "B院6号楼外其他居民楼实施管控区管理,管控时间至5月13日24时" (北京, spring 2022):
# places put under the management of a level's area (its 区 written), with 对 or as the sentence's subject; read as
# "将A小区2号楼划为封控区". (Only whole places: "对封控区人员实施管控区管理" names people.)
_ZONE_MANAGEMENT = re.compile(rf"(?m)(?:^|(?<=[。;,:]))(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*)对?"
                              r"(?P<obj>(?:[^,;。:()“”\n对]|\([^()\n]{1,30}\)){2,200}?)(?:实施|实行|执行)"
                              r"(?P<level>封控区|管控区|防范区)管理(?=[ \t]*(?:[,;。]|$))")


# "2.A路、B路、C路、D路合围区域实行7天封闭管理+7天居家健康监测。…所有人员足不出户", "E路(北侧)1059-1069号区域实行
# 14天封闭管理", "F镇、G街道自3月26日0时-3月28日6时进行全域封控管理" (上海, spring and summer 2022): places as the
# subject of their closure (no 对), maybe with how long or since when, and what follows it ("+7天居家健康监测", no
# further level); the closure is the sealed level's, as "对A小区实行封闭管理" is; 全域 of named towns is each town
# whole. Read as "将A…合围区域划为封控区". (Only whole places: "所有小区实行封闭管理", "封控区实行封闭管理" are
# rules.)
_SUBJECT_CLOSED = re.compile(
    rf"(?m)(?:^|(?<=[。;,:]))(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*)"
    r"(?P<obj>(?:[^,;。:()“”\n对将把]|\([^()\n]{1,30}\)){2,200}?)"
    r"(?:(?:自|从|于)(?=(?:\d{4}年)?\d{1,2}月)(?:[^,;。:()\n]|\([^()\n]{1,6}\)){2,60}?(?:起|止)?,?)?"
    # ("将A小区调整为管控区,A小区2号楼1单元按照封控单元实施封闭管理" (山丹, autumn 2021): the closure as the sealed
    # level's, a sealed unit's (building's, area's), written before the verb; the sealed level all the same)
    r"(?:(?:按照?|参照|作为)封控(?:单元|楼栋|楼宇|楼|户|区域|区)(?:的?(?:标准|要求|规定))?,?)?"
    # ("A医院一楼、B医院发热门诊等病人污染的场所暂时封闭管理" (重庆, spring 2022): 暂时 (临时), for the time being,
    # written for the verb; the places, then 等 and the kind of site they are)
    rf"(?:(?:全面|统一|严格|暂时|临时)?(?:实行|实施|进行)(?:为期)?(?:[\d{_CN_NUM}]{{1,3}}(?:天|日)的?)?(?:临时性?)?"
    r"|(?:暂时|临时|暂予|暂行)(?:予以)?)"
    # ("…实施封闭管理现将具体防疫措施通告如下:": a copy that lost the period before the notice's "现将…如下")
    r"(?:全域封控|封闭|封控)式?管理(?:\+[^,;。\n+]{1,20}){0,2}(?=[ \t]*(?:[,;。]|$|现将[^,;。\n]{0,20}如下))")
# (the kind of site the places are, after 等: "…等病人污染的场所", "…等场所", "…等公共场所")
_ETC_SITES = re.compile(r"等(?:[^、,;。等]{1,12}的)?(?:公共|经营|营业)?(?:场所|地点|点位|单位)$")


_BOUNDED_AREA_END = re.compile(r"..(?:合围|围合|围成|号|路|街|巷|弄)的?(?:区域|片区|范围)$")


# (a hospital's department or ward: "B医院发热门诊", "C卫生院急诊", "D医院住院部三病区")
_HOSPITAL_PART = re.compile(r"(?:医院|卫生院|诊所|卫生服务中心|卫生室)[^、,;。]{0,10}?"
                            r"(?:门诊|急诊|诊室|病区|病房|住院部|科)(?:大楼|楼)?$")


# "青村镇所有居民小区(村组)、企事业单位于3月24日17时起实施封闭管理" (上海, spring 2022): a named town's (street's,
# village's) every compound and unit closed, the kinds of site joined by 、 after 所有 (全部): the town's sites as
# one place, kept whole (not "所有小区实行封闭管理", every site of no division named, a rule).
_EVERY_SITE_OF_PART = re.compile(rf"[{_CJK}]{{2,10}}?(?:镇|乡|街道|村|社区)(?:的)?(?:所有|全部)的?")
_SITE_KIND_WORD = re.compile(r"(?:居民|住宅|居住)?(?:小区|楼栋|楼院|院落)|村组|村居|村(?:民)?小组|村|社区"
                             r"|企事业单位|企业|机关单位|机关|单位|商铺|门店|经营场所|场所|工地")


def _every_site_of_part(obj: str) -> bool:
    if not (lead := _EVERY_SITE_OF_PART.match(obj)) or _LEVEL_RE.search(obj) or _WHOLE_UNIT_WORD.search(lead.group()):
        return False
    items = re.split(r"、|及|和", re.sub(r"\([^()]*\)", "", obj[lead.end():]))
    # (a town named, no words for every town or what is left: not "其余各镇所有小区"; the people's compounds (villages)
    # among the sites: not "A镇所有商铺、门店", "A镇所有单位", businesses closed (rv45))
    return all(_SITE_KIND_WORD.fullmatch(item) for item in items) \
        and not re.search(r"各|其余|其他|其它|全|所有|以外|之外", re.sub(r"的?(?:所有|全部)的?$", "", lead.group())) \
        and any(re.fullmatch(r"(?:居民|住宅|居住)?(?:小区|楼栋|楼院|院落)|村组|村居|村(?:民)?小组|村|社区", item)
                for item in items)


_WHOLE_UNIT_WORD = re.compile(r"^(?:全|本|我|该|各|辖区)")


# "1.A小区,B公寓,C花园,D家园实行封控管理" (m73b): a line (or numbered item) of places between commas, then their
# closure after the last: each piece is a place the closure names, as with 、 ("A小区、B公寓…实行封控管理"); the commas
# become 、 so that _SUBJECT_CLOSED reads all of them, not only the piece after the last comma. (Only when every piece
# is a complete place: "经研究,A小区实行封闭管理" keeps its clause of reasons apart.)
_COMMA_SUBJECTS_CLOSED = re.compile(
    rf"(?m)^(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*)(?P<pieces>(?:[^,;。:()“”\n对将把、]{{2,30}},){{1,30}})"
    r"(?=[^,;。:()“”\n对将把、]{2,30}?(?:全面|统一|严格|暂时|临时)?(?:实行|实施|进行)(?:临时性?)?(?:封闭|封控)式?管理"
    r"[ \t]*(?:[,;。]|$))")


# (a street, town or community before a comma, "1.金湖街道,银湖小区实行封控管理": where the place after it lies, no
# place closed of its own, unless every piece is one: review rv73b)
_COMMA_DIVISION_PIECE = re.compile(rf"[{_CJK}]{{2,10}}(?:街道|镇|乡|社区)")


def _comma_subjects_closed(m: re.Match[str]) -> str:
    pieces = m["pieces"].rstrip(",").split(",")
    last = re.split(r"(?:全面|统一|严格|暂时|临时)?(?:实行|实施|进行)", m.string[m.end():m.end() + 40], maxsplit=1)[0]
    divisions = [bool(_COMMA_DIVISION_PIECE.fullmatch(piece)) for piece in [*pieces, last]]
    if any(divisions) and not all(divisions):
        return m.group()
    if all(_complete_place(piece) and not _LEVEL_RE.search(piece) for piece in pieces):
        return m["lead"] + "、".join(pieces) + "、"
    return m.group()


# "青松街道(2个)的A小区、B小区;红叶镇(1个)的C苑" as a list's line (m73b; the sentence "为A镇(2个)的B、C;…" is
# sentences' _town_counted_groups): each group its town, its count and 的, read as the town's counted label
# ("青松街道(2个):A小区、B小区"), whose name goes in front of each of its places. (Only a line that opens with such a
# group, so a sentence's groups after 为 are left to the sentence's reading.)
_TOWN_COUNTED_OF = re.compile(rf"(?P<town>[{_CJK}]{{2,8}}?(?:镇|乡|街道))\((?P<n>(?:共|计)?[\d{_CN_NUM}]{{1,3}}个)\)的"
                              r"(?=[^\n:;]{2})")
_TOWN_COUNTED_OF_LINE = re.compile(rf"(?m)^(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*)(?P<line>"
                                   + _TOWN_COUNTED_OF.pattern + r"[^\n]*)")


def _town_counted_of_line(m: re.Match[str]) -> str:
    line = m["line"]
    groups = line.split(";")
    if not all(_TOWN_COUNTED_OF.match(group.strip()) for group in groups if group.strip(" 。.")):
        return m.group()
    return m["lead"] + ";".join(_TOWN_COUNTED_OF.sub(r"\g<town>(\g<n>):", group, count=1) for group in groups)


_AS_SEALED_UNIT = re.compile(r"(?:按照?|参照|作为)封控(?:单元|楼栋|楼宇|楼|户|区域|区)")
_AS_SEALED_UNIT_HEDGED = re.compile(r"如(?!下)|若|一旦|如果|假如|倘若|出现|发现|此前")


def _subject_closed(m: re.Match[str]) -> str:
    obj = _ETC_SITES.sub("", m["obj"])
    if _every_site_of_part(obj):
        return f"{m['lead']}将{obj.replace('、', _ONE_PLACE_AND)}划为封控区"
    items = re.split(r"、|及(?!其)|和", re.sub(r"\([^()]*\)", "", obj))
    if _LEVEL_RE.search(obj) or re.search(r"封控|管控|防范|风险|人员|人群|居民(?!楼|小区|区|点)|群众|车辆|全|所有|各"
                                          r"|本|辖区|其他|其余|其它|期间|该|上述|以上|相关|部分", obj):
        return m.group()
    # (review rv55: a sealed unit's closure on a condition, "如出现阳性病例,所在楼栋按照封控单元实施封闭管理", is a
    # plan, and a unit by where a case lives, "所在楼栋", names no place)
    if _AS_SEALED_UNIT.search(m.group()) and (re.search(r"所在|涉及|相应|对应", obj) or _AS_SEALED_UNIT_HEDGED.search(
            m.string, max(m.string.rfind("。", 0, m.start()), m.string.rfind("\n", 0, m.start())) + 1, m.start("obj"))):
        return m.group()
    # (the last item ends as a place, its bounds before it do not: "A路、B路…合围区域", "E路1059-1069号区域")
    if not (_complete_place(items[-1]) or _BOUNDED_AREA_END.search(items[-1]) or _HOSPITAL_PART.search(items[-1])) \
            or _no_subject_place(m.string, obj, m.start("obj")) \
            or ("封闭" in m.group() and _OWN_REGIME_SITE.search(items[-1].strip())):
        return m.group()
    return f"{m['lead']}将{obj}划为封控区"


# ("A县辖区全域实行管控区管理", "辖区全域实行封控区管理": a district's whole governed area put under a level, read as
# any place; not at the precaution level, "辖区全域实行防范区管理" after the others' areas being the district's rest)
# (its 辖区 left out after the district's name the same: "A县全域实行管控区管理"; managed as the level, "按管控区管理")
_DISTRICT_WHOLE_MANAGED = re.compile(rf"(?P<d>[{_CJK}]{{2,8}}?(?:区|县|旗|市))?(?P<own>(?:本|我|该)?辖区)?"
                                     r"(?:范围)?内?的?(?:全域|全境)")


def _district_whole_managed(obj: str, level: str) -> bool:
    whole = _DISTRICT_WHOLE_MANAGED.fullmatch(obj.strip())
    return bool(whole) and level not in ("防范区", "低风险区", "低风险地区", "低风险区域") \
        and (whole["own"] or whole["d"]) is not None and (not whole["d"] or _district_ok(whole["d"]))


def _zone_management(m: re.Match[str]) -> str:
    obj = m["obj"]
    if _district_whole_managed(obj, m["level"]):
        return f"{m['lead']}将{obj}划为{m['level']}"
    items = re.split(r"、|及(?!其)|和", re.sub(r"\([^()]*\)", "", obj))
    if _LEVEL_RE.search(obj) or re.search(r"封控|管控|防范|风险|人员|人群|居民(?!楼|小区|区|点)|群众|车辆|全", obj) \
            or not _complete_place(items[0]):
        return m.group()
    return f"{m['lead']}将{obj}划为{m['level']}"


# "决定自1月14日起将A镇B村、C村划为管控区,现通告如下:": a lead sentence that names its own places and level, then
# the formula announcing the items (measures) below; the formula is a sentence of its own, so the places are read as
# the lead's and not as a heading over a list. (Not "将以下区域划为管控区,现通告如下:", which points to the list.)
_OWN_PLACES_THEN_FORMULA = re.compile(rf"(?m)(?:^|(?<=[。;]))(?P<clause>[^。;:\n]*?(?:将|把)(?!以下|下列|如下)"
                                      rf"[^。;:\n,]{{2,300}}?{_TARGET_VERB}{_LEVEL}),"
                                      r"(?=(?:现|特)(?:将|把|就)?(?:有关|相关)?(?:事项|事宜|情况)?(?:通告|公告|通知)如下:)")


# "将西至A口、东至B口、南至C口、北至D口(现管控范围),除外E胡同,划定为管控区" (北京, spring 2022): an area by its
# bounds, a note that it is already under control (no part of the place, as "(8月17日已发布)"), and what it leaves out
# written after a comma as "除外E" (除外 in front); the exception stays on the area, one place (the comma kept as
# written).
_ALREADY_UNDER_NOTE = re.compile(r"\((?:现|目前|当前)(?:管控|封控|防范|静默)(?:范围|区域)\)(?=[,、;。]|$)", re.M)
_EXCEPT_IN_FRONT = re.compile(rf",(?P<ex>除外[^,;。:、()“”\n]{{2,30}}),(?=(?:{_TARGET_VERB}|为){_LEVEL})")
# "自5月25日起,封控10天,若连续10天未发现阳性感染者,则由封控区转为管控区": a change of level on a condition yet to
# be met, no change now and no places (the clauses before it are times and measures); the condition goes.
_CONDITIONAL_CHANGE = re.compile(rf"(?:(?<=[,。;:])|^)(?:若|如果|倘若|假如|如若)[^。;:\n]{{2,60}}?,(?:则|即|将|就)?"
                                 rf"(?:由{_LEVEL})?{_TARGET_VERB}{_LEVEL}(?=[,;。]|$)", re.M)

# "一旦解除静态管理、人员大量流动,就可能存在交叉感染的风险": what would follow a lift, a reason to keep the measure,
# no lift; the supposed lift goes.
_CONDITIONAL_LIFT = re.compile(r"(?:一旦|如果|倘若|假如|如若|若是?)(?:过早|提前|贸然|盲目)?解除"
                               r"[^,、。;:\n]{0,12}?(?:管理|管控|措施)")


# "自4月20日我区实施全域静态管理以来,…,定于4月28日早上6时起解除静态管理" (河北, spring 2022): a lift of static
# (silent) management with no object, after the text said its own whole district was put under it ("我区", "全县"
# + 实施全域静态管理); the lift is the whole district's: read as "自4月28日早上6时起,解除全区静态管理".
_OWN_WHOLE_SILENCED = re.compile(r"(?:我|本|全)(?P<kind>县|区|旗|市)(?:范围内?)?(?:实施|实行|开展)(?:了)?(?:临时性?)?"
                                 r"(?:全域|全员)?(?:静态|静默)(?:管理|管控)")
_BARE_SILENT_LIFT = re.compile(r"(?:(?<=[,。;:])|^)[ \t]*(?:定|决定|拟|现|将|并)?(?:于|自|从)?"
                               r"(?P<time>(?:\d{4}年)?\d{1,2}月\d{1,2}日[^,;。:解\n]{0,10}?)起,?(?:有序|全面|逐步)?"
                               r"解除(?:域内|全域|区域内)?的?(?P<lv>(?:临时性?)?(?:静态|静默)(?:管理|管控))"
                               r"(?=[,;。]|$)", re.M)


# "经市疫情防控领导组综合研判,决定自10月15日0时起,有序解除临时静默管理" (山西, autumn 2022): the same bare lift
# where the notice's own office (经 + its kind alone: 市, 县, 区, 旗, no name) decided it; what the office governs is
# the whole that was silenced: read as "解除全市临时静默管理".
_OWN_OFFICE_DECIDED = re.compile(r"经(?:我|本)?(?P<kind>县|区|旗|市)(?:委|政府)?(?:新冠肺炎|新型冠状病毒肺炎)?(?:疫情)?"
                                 r"(?:防控|应对)[^,。;:\n]{0,12}?(?:指挥部|领导组|领导小组|工作组)(?:办公室)?"
                                 r"[^,。;:\n]{0,8}?(?:研判|研究|会商|评估)")


def _bare_silent_lift(text: str) -> str:
    if "解除" not in text:
        return text
    if (own := _OWN_WHOLE_SILENCED.search(text) or _OWN_OFFICE_DECIDED.search(text)) is None:
        return text
    # (",并分类调整管控措施如下:" after it: the lift's sentence ends there, what follows is the measures' list)
    return _BARE_SILENT_LIFT.sub(lambda m: f"自{m['time']}起,解除全{own['kind']}{m['lv']}"
                                 + ("。\n" if text.startswith(",并", m.end()) else ""), text)


# "封控区域:A县全域所有村、社区、门店、企业实行封闭管理。" (河北, spring 2022): the whole district, then the kinds of
# place in it that the measure reaches (every one of them, none named) and the measure the label's level already
# says; read as "封控区域:A县全域。" (a whole district's 全域 is the district itself).
_KINDS = r"(?:行政村|自然村|村庄|村组|村居|村|社区|居民小区|小区|门店|店铺|商铺|商户|企业|单位|机关|场所|楼栋)"
_WHOLE_WITH_KINDS = re.compile(rf"(?m)^(?P<label>[ \t]*(?:{_ENUM.pattern})?[ \t]*(?:临时)?(?:封控|管控|防范)"
                               rf"(?:区域|范围|区):[ \t]*)(?P<whole>[^,;。:、\n]{{2,20}}?全(?:域|境))"
                               rf"(?:内的?)?(?:所有|全部|各类?)?{_KINDS}(?:[、和及]{_KINDS}){{0,8}}"
                               r"(?:(?:均|一律|全部|统一)?(?:实行|实施)(?:封闭|封控|管控)(?:管理|措施))?"
                               r"(?=[。;]|[ \t]*$)")

# "封控区为A市全境封控管理坚持不出…" (a copy that dropped its stops): a level's area that is a whole district or town
# (全境, 全域) runs straight into the next sentence; the area ends at its 全境 (not before what stays a part of it:
# "全域内", "全域所有村…", "全域(除…)", "全域及B村").
_WHOLE_RUN_ON = re.compile(rf"(?P<head>(?:封控|管控|防范)(?:区域|范围|区)(?:为|:)[ \t]*"
                           rf"[^,;。:、\n]{{2,20}}?全(?:境|域))"
                           rf"(?=[{_CJK}])(?!内|范围|所有|全部|各|的|及|和|与|以|除|{_KINDS})")
# (its start run on from the time's formula before it: "解除时间另行通知封控区为…", a sentence of its own)
_FORMULA_RUN_ON = re.compile(r"(?<=另行通知|另行公布|另行通告|另行公告)(?=(?:封控|管控|防范)(?:区域|范围|区)(?:为|:))")


# "因发现新增感染者,A街道B小区55栋高风险区管理时间从11月27日起重新计算" (late 2022): a place named as an area of a
# level whose time starts again (or runs on, or is counted from a day: "…管理时间从11月21日起算"): the place stays at
# that level now; read as "将A街道B小区55栋划为高风险区。"
_LEVEL_TIME_RESTARTED = re.compile(rf"(?m)(?:^|(?<=[,。;:]))(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*)"
                                   rf"(?P<obj>[^,;。:()“”\n]{{2,120}}?)(?P<level>{_LEVEL})的?(?:管理|管控|封控)?"
                                   r"(?:时间|期限|时限|天数|期)(?:从|自|由)?[^,;。:\n]{0,24}?"
                                   # ("…管理时间从11月21日起算": counted from the day of the new case)
                                   r"(?:重新计算|重新起算|重新计时|顺延|延长|起算|开始计算|起计算|开始计时|起计时)"
                                   r"(?=[,;。]|$)")


# "(一)A小区,临时管控时间自2022年8月20日6时起,到2022年8月23日6时结束。", "B院,封控期至8月27日": an
# item's own period of control after a comma, its start and (or) end given as dates; when, not where: no part of the
# place (a period told in words, "临时管控时间将依据…调整", is a sentence and stays).
_WHEN_DAY = r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}(?::\d{2})?(?:时|点)?(?:\d{1,2}分)?)?"
_ITEM_PERIOD = re.compile(rf"(?m)(?<=[^\s,。;:]),(?:其)?(?:临时性?)?(?:封控|管控|封闭|静默|静态|防范)(?:管理|管控)?"
                          rf"(?:时间|期限|时限|期)(?:为|:)?(?:(?:自|从)?{_WHEN_DAY}(?:起|开始)?"
                          rf"(?:,?(?:到|至){_WHEN_DAY}(?:结束|止|解除)?)?|(?:到|至){_WHEN_DAY}(?:结束|止|解除)?)"
                          r"(?=[。;]|[ \t]*$)")


def _level_time_restarted(m: re.Match[str]) -> str:
    obj = m["obj"]
    if _LEVEL_RE.search(obj) or re.search(r"人员|人群|居民|群众|车辆|其他|其余|其它|所有|全部|全[市区县]|该|上述|以上",
                                          obj) \
            or not all(_complete_place(item) for item in obj.split("、")) \
            or _no_subject_place(m.string, obj, m.start("obj")):  # ("A小区3栋划为高风险区。A小区高风险区管理时间…")
        return m.group()
    return f"{m['lead']}将{obj}划为{m['level']}。"


# "决定将全域静态管理时间延长1天", "将A镇、B镇的静默管理期限延长至9月5日": the time of the places' silent management
# prolonged, the places after 将 (把); read as "对A镇、B镇实行静默管理。" and the time (a sentence of its own: what
# follows, "…,继续保持静态管理", is no more of its places).
_SILENT_TIME_PROLONGED = re.compile(r"(?:将|把)(?P<obj>(?:[^,。;:()\n将把]|\([^()\n]*\)){2,300}?)的?(?:临时性?)?"
                                    r"(?:静默|静态)(?:管理|管控)的?(?:时间|期限|时限|期)(?=(?:再|继续)?(?:延长|延续|顺延))")
# "领导小组决定:调整A区、B区、C区“三区”全域静默管理时间,整体延长至10月24日6时" (山西, autumn 2022): the places'
# silent management's time adjusted, then prolonged after a comma (整体, 统一: all of them alike); read as "将A区、B区、
# C区…静默管理时间延长…", as above. (Only at a decision's or clause's start, and prolonged right after the comma:
# "调整A区静默管理时间,改为每日…" is no prolonging; not hedged, "如…,将调整…".)
_SILENT_TIME_ADJUSTED = re.compile(r"(?:(?<=决定)|(?<=[,。;:\n]))调整"
                                   r"(?P<obj>(?:[^,。;:()\n将把对调]|\([^()\n]*\)){2,300}?)"
                                   r"的?(?P<kind>(?:临时性?)?(?:静默|静态)(?:管理|管控)的?(?:时间|期限|时限|期)),"
                                   r"(?:整体|统一|一律|均|全部)?(?=(?:再|继续)?(?:延长|延续|顺延))")


# ("…C区“三区”全域": the count of the divisions named, quoted or not, then 全域 (all of each): no place, when it agrees)
_NAMED_COUNTED_WHOLE = re.compile(rf"(?P<n>[“\"]?(?:主城)?(?P<k>[{_CN_NUM}\d]{{1,2}})个?(?P<kind>[区县市旗镇乡])[”\"]?)"
                                  r"(?:全域|全境)?$")


def _silent_time_adjusted(m: re.Match[str]) -> str:
    if _SILENCE_HEDGED.search(m.string, 0, m.start()):
        return m.group()
    obj = m["obj"]
    if (counted := _NAMED_COUNTED_WHOLE.search(obj)) and counted.start() > 0:
        named = obj[:counted.start()].split("、")
        # (a quoted count, "“三区”", names no place even where it does not agree with the list before it)
        if (_cn_int(counted["k"]) == len(named) or counted["n"][0] in "“\"") \
                and all(part.endswith(counted["kind"]) for part in named):
            obj = obj[:counted.start()]
    return f"将{obj}{m['kind']}"


# "将A区、B区、C区、D区主城四区临时管控时间延长至7月24日24时,延时期间各项临时管控措施不变" (兰州, summer 2022):
# the places' temporary control (临时管控, the controlled level) prolonged, the places after 将 (把); read as
# "将A区、B区…划为临时管控区。时间延长至…", as the silent management's time prolonged is read (invented:
# "将甲乙镇、丙丁镇的临时管控期限延长3天"). A count of the places named after the last ("主城四区", "等3个镇")
# closes the list, no place.
_TEMPORARY_CONTROL_PROLONGED = re.compile(r"(?:将|把)(?P<obj>(?:[^,。;:()\n将把]|\([^()\n]*\)){2,300}?)的?"
                                          r"临时性?(?:管控|管制)(?:措施)?的?(?:时间|期限|时限|期)"
                                          r"(?=(?:再|继续)?(?:延长|延续|顺延))")
# "经县疫情防控指挥部综合研判,决定延长全县临时管控时间,解除时间待…另行通知" (伊川, autumn 2022): the same
# prolonging written with 延长 before the object; read as "将全县临时管控时间延长" (then as above). Only after a
# decision or a clause's start, not a title's "关于延长A县临时管控时间的通告", nor hedged ("如…,将延长…").
_TEMPORARY_CONTROL_PROLONGED_FIRST = re.compile(
    r"(?:(?<=决定)|(?<=现决定)|(?<=[,。;:\n]))(?P<more>继续|再)?(?:延长|延续|顺延)"
    r"(?P<obj>(?:[^,。;:()\n将把对延]|\([^()\n]*\)){2,300}?)的?(?P<kind>临时性?(?:管控|管制))(?:措施)?的?"
    r"(?P<time>时间|期限|时限|期)(?=[,。;\n]|$)")


# (nor a prolonging told as past in a notice that lifts the control, "10月9日,县指挥部决定延长全县临时管控时间。…决定
# 自…起解除全县临时管控", nor another office's, "洛阳市决定延长全市临时管控时间" in a county's notice, nor a heading
# line of its own)
_TEMPORARY_CONTROL_LIFTED = re.compile(r"(?:解除|结束|取消)[^,。;:\n]{0,12}?临时性?(?:管控|管制)"
                                       r"(?!措施的?时间|的?时间|期限|日期)")
_OTHER_OFFICE_DECIDED = re.compile(rf"(?<![全本我该省市县区])(?P<name>[{_CJK}]{{2,6}}?[省市县区旗])"
                                   r"(?:[^,。;:\n]{0,20}?指挥部|人民政府|政府)?决定$")


def _temporary_control_prolonged_first(m: re.Match[str]) -> str:
    if _SILENCE_HEDGED.search(m.string, 0, m.start()) or _TEMPORARY_CONTROL_LIFTED.search(m.string, m.end()) \
            or ((m.start() == 0 or m.string[m.start() - 1] == "\n") and m.string[m.end():m.end() + 1] in ("", "\n")):
        return m.group()
    office = re.search(rf"[{_CJK}]{{2,6}}?[省市县区旗]", m.string)
    other = _OTHER_OFFICE_DECIDED.search(m.string, max(0, m.start() - 40), m.start())
    if other and office and other["name"] != office.group() or re.search(r"场所|单位|机构|行业|网点", m["obj"]):
        return m.group()  # (nor kinds of site: "延长全县重点场所临时管控时间")
    return f"将{m['obj']}{m['kind']}{m['time']}{m['more'] or ''}延长"


# "指挥部决定,延长A市B街道、C街道管控措施" (潜江, summer 2022, its title "关于延长…临时性管控措施的通告"): control
# (管控措施, the controlled level, as "对A实施管控措施" is read) prolonged over the places named after 延长 (延续, maybe
# with 对 and 的); read as ",对B街道、C街道实施管控措施". Only places: the object's last part ends with an area's
# word, and no people, vehicles, shops or measures ("延长小区居民管控措施", "延长各项管控措施" are left).
_CONTROL_MEASURES_PROLONGED = re.compile(
    r"(?:继续)?(?:延长|延续)(?:对)?(?P<obj>(?:[^,。;:()\n对延]|\([^()\n]*\)){2,300}?)的?"
    r"(?P<level>(?:临时性?)?管控措施)(?P<until>(?:至|到)[^,。;:\n]{1,20}?)?(?=[ \t]*(?:[,。;:\n(]|$))")
_AREA_END = re.compile(r"(?:街道|镇|乡|村|社区|小区|[区县市旗]|区域|片区|范围|苑|园|楼|栋|幢|单元|组|屯|庄|网格)$")
_KIND_OF_AREA = re.compile(r"(?:重点|涉疫|相关|有关|部分|风险|特定|周边|全部|其他|其它|其余|管控|封控|上述|公共)"
                           r"(?:区域|片区|范围|地区|场所|小区|社区|村)")


def _control_measures_prolonged(m: re.Match[str]) -> str:
    obj = m["obj"]
    # (nor a kind of area, no name: "延长城区管控措施", "延长重点区域管控措施")
    if _LEVEL_RE.search(obj) or _no_area_object(obj) \
            or re.search(r"人员|人群|居民(?!楼|小区|区|点)|群众|者|措施|各项|相关|上述|以上|该|时间|期限", obj) \
            or not _AREA_END.search(re.split(r"[、和及与]", obj)[-1]) \
            or any(_GENERIC_PART.fullmatch(part) or _KIND_OF_AREA.fullmatch(part)
                   for part in re.split(r"[、和及与]", obj)):
        return m.group()
    # (its end, "至8月12日", a sentence of its own: "…实施管控措施。时间延长至8月12日")
    return f",对{obj}实施{m['level']}" + (f"。时间延长{m['until']}" if m["until"] else "")


# "我市自10月5日13时对城区、A镇、B镇实施临时管控以来,…,决定将上述区域继续实施临时性管控,原定管控范围…不变" (湖北,
# autumn 2022): the places put under temporary control told in a clause of time since (以来), then the decision
# keeping it on them by reference (上述区域 / 以上区域 继续实施管控): the reference is those places; read as
# "对城区、A镇、B镇继续实施临时性管控". (Only places, a named one among them (not "城区" alone), each ending as an
# area; not people, vehicles, sites or a kind of area: "对重点区域实施临时管控以来" names none; and a reference with
# no such clause before it is left.)
_CONTROL_SINCE = re.compile(r"对(?P<obj>[^,。;:()\n对将把]{2,200}?)(?:实施|实行)了?(?:临时性?)?管控(?:措施)?以来")
_REFERENCE_CONTINUED = re.compile(r"(?:将|把|对)(?:上述|以上|前述)(?:区域|地区|范围)"
                                  r"(?=(?:继续|持续|仍然?)(?:实施|实行)(?:临时性?)?管控(?:措施)?(?:[,。;\n]|$))")


def _control_continued(text: str) -> str:
    if (since := _CONTROL_SINCE.search(text)) is None:
        return text
    obj = since["obj"]
    parts = re.split(r"[、和及与]", obj)
    if _LEVEL_RE.search(obj) or re.search(r"人员|人群|居民(?!楼|小区|区|点)|群众|车辆|场所|^全|全域|全部|所有|各"
                                          r"|部分|相关|有关|重点|风险|其他|其余|其它|涉疫", obj) \
            or not all(_AREA_END.search(part) for part in parts) \
            or all(_GENERIC_PART.fullmatch(part) or _KIND_OF_AREA.fullmatch(part) for part in parts):
        return text
    # (not a continuation under a condition: "如疫情出现反弹,将上述区域继续实施临时管控")
    ref = _REFERENCE_CONTINUED.search(text, since.end())
    if ref is None or _SILENCE_HEDGED.search(text, 0, ref.start()):
        return text
    return text[:ref.start()] + "对" + obj + text[ref.end():]


_LISTED_COUNTED = re.compile(rf"(?:等|共)?(?:主城|中心城|城)?(?P<n>[\d{_CN_NUM}]{{1,2}})个?"
                             r"(?:区县|县区|城区|区|县|市|镇|乡|乡镇|街道|镇街|社区|村|小区)$")


# (vehicles, gates, shops, transport, or a kind of site alone or of a division, "甲镇学校", "各农贸市场": a
# control's time prolonged or its measures adjusted for them names no area: "将进出甲镇车辆临时管控时间延长",
# "调整学校临时管控措施:")
_NO_AREA_OBJECT = re.compile(r"车辆|旅客|师生|学生|员工|职工|出入口|卡口|道口|商户|商铺|门店|交通|公交|客运|地铁")
_DIVISION_FRONT = re.compile(rf"^[{_CJK}]{{2,8}}?(?:街道|镇|乡|区|县|市)(?:内的?)?(?=..)")


def _no_area_object(obj: str) -> bool:
    parts = [part for part in re.split(r"[、和及与,]", obj.strip()) if part]
    return bool(_NO_AREA_OBJECT.search(obj)) or _no_lifted_place(obj) \
        or (bool(parts) and all(_GENERIC_SITE.fullmatch(_DIVISION_FRONT.sub("", p)) for p in parts))


def _temporary_control_prolonged(m: re.Match[str]) -> str:
    obj = m["obj"]
    # (not people: "将A镇居民临时管控时间延长" keeps them at home, no place)
    if _LEVEL_RE.search(obj) or re.search(r"人员|人群|居民(?!楼|小区|区|点)|群众|者$|措施", obj) \
            or _no_area_object(obj):
        return m.group()
    if re.fullmatch(r"全[市县区旗](?:域|范围|区域)?", obj):
        # ("将全县临时管控时间延长": the office's whole division, read as "对全县实施临时管控" is)
        return f"将{obj[1]}域内全域划为管控区。时间"
    counted = _LISTED_COUNTED.search(obj)
    if counted and counted.start() > 0 and _cn_int(counted["n"]) == len(obj[:counted.start()].split("、")) > 1:
        obj = obj[:counted.start()]
    return f"将{obj}划为临时管控区。时间"


# "决定,A镇B村、C村,D乡E村以及F小区1号楼的静默管理截止时间由8月29日10时延长至9月1日10时": the places' silent
# management runs on to a later end; read as "决定,对A镇B村、C村,D乡E村以及F小区1号楼实行静默管理,截止时间由…".
_SILENT_END_MOVED = re.compile(r"的(?:临时性?)?(?:静默|静态)(?:管理|管控)(?:的)?(?:截止|结束|终止)?"
                               r"(?:时间|期限|时限|日期)(?=由[^,。;:\n]{1,30}?(?:延长|顺延|延续|推迟|延迟)(?:至|到))")
# (a clause of the places listed by towns: each piece before the last lists with 、; a clause of prose does not)
_PROSE_CLAUSE = re.compile(r"决定|研究|根据|按照|经|为了?|由于")


def _silent_end_moved(text: str) -> str:
    out: list[str] = []
    last = 0
    for m in _SILENT_END_MOVED.finditer(text):
        clause_start = max([last] + [text.rfind(mark, last, m.start()) + 1 for mark in "。;:\n"])
        start = max(text.rfind(",", clause_start, m.start()) + 1, clause_start)
        while start > clause_start and "、" in (piece := text[max(text.rfind(",", clause_start, start - 1) + 1,
                                                                  clause_start):start - 1]) \
                and not _PROSE_CLAUSE.search(piece):
            start -= len(piece) + 1
        out.append(text[last:start] + "对" + text[start:m.start()] + "实行静默管理,截止时间")
        last = m.end()
    return "".join(out) + text[last:] if out else text


_WHOLE_OWN_COUNTED = re.compile(rf"(?P<whole>全(?:县|区|旗|市)(?:范围内?|域|境|辖区)?)(?:的)?"
                                rf"(?:[\d{_CN_NUM}]{{1,4}}个)(?:[{_CJK}]{{1,4}}(?:\([{_CJK}]{{1,4}}\))?)$")


def _silent_prolonged(m: re.Match[str]) -> str:
    # (not people: "对A镇居民延长静默管理时间至12月5日" keeps them at home, no place)
    if re.search(r"人员|人群|居民(?!楼|小区|区|点)|群众|者$", m["obj"]):
        return m.group()
    whole = _WHOLE_OWN_COUNTED.fullmatch(m["obj"])
    return f",对{whole['whole'] if whole else m['obj']}实行静默管理"


# An early-2020 lift: "A小区自2月6日零时起至2月20日零时实行全面封闭管理,连续14天内…无…症状,现解除封闭。" The place
# under closed (封闭) or sealed management, then the reasons, then the lift with no place of its own: the place
# leaves the sealed level; read as "将A小区解除封控管理。" (the reasons between are dropped).
_CLOSED_THEN_LIFTED = re.compile(
    r"(?m)(?:^|(?<=[。;]))[ \t]*(?P<obj>[^,;。:\n自对]{2,60}?)(?:自[^,;。:\n]{2,30}?起)?(?:至[^,;。:\n]{2,20}?)?"
    r"(?:实行|实施|进行|采取)了?(?:全面|全域|严格)?的?(?:封闭式?|封控)(?:管理|管控|措施)"
    r"(?:,[^;。:\n]{0,160}?)?,(?:现|现已|目前|现予|即日起)?(?:予以|正式|全面)?解除(?:封闭|封控)(?:管理|管控|措施)?"
    r"(?=[。;]|$)")

# A news report of areas drawn again: "将原定的封控区——A、B调整为C,D", "管控区调整为E、F", "防范区仍为G": the
# level's area is now the places after the verb (the former ones, after 原, are what was, no level of their own);
# read as "封控区为C,D". (Not "A小区封控区调整为管控区": a level after the verb is a change of level.)
_LEVEL_REDRAWN = re.compile(
    r"(?:(?<=^)|(?<=[\n。;,:]))[ \t]*(?:将|把)?(?:(?:原定|原划定|原来|原)的?(?P<level>封控区|管控区|防范区)"
    r"(?:——|—|:|,)?[^,;。:\n]{0,80}?调整为"
    r"|(?P<level2>封控区|管控区|防范区)(?:范围)?(?:调整为|变更为|仍为|仍然为|依然为))"
    r"(?![^,;。]{0,8}?(?:风险|封控|管控|防范))")

# "封控区由原划定的“A”,调整为“B”。" (江西, spring 2022): the former area after 由原, the new one quoted after the verb;
# read as "封控区为B。" (a copy's stray 。 after 的 tolerated, "由原划定的。“A”"; the sentence closed after the new
# area where the copy runs on: "…为“B”管控区内实行…"). (Not a level after the verb: a change of level.)
_LEVEL_REDRAWN_FROM = re.compile(
    r"(?:(?<=^)|(?<=[\n。;,:]))(?P<lead>[ \t]*)(?P<level>封控区|管控区|防范区)(?:范围)?由(?:原|此前|之前|前期)"
    r"(?:划定|确定|公布|设定)?的?(?:。?“[^“”\n]{1,200}”|[^,;。:“”\n]{1,80}?),?(?:调整|变更|缩小|扩大)为"
    r"“(?P<obj>[^“”\n]{2,200})”(?P<end>[。;,]?)")


# (the new area must name a place: not "管控区由之前的“每日一检”调整为“两日一检”", a measure changed)
_REDRAWN_PLACE_WORD = re.compile(r"[\d一二三四五六七八九十]+(?:栋|幢|号|单元|层|组)|小区|村|社区|苑|园|院"
                                 r"|街|路|巷|里|楼|区域|片区|大厦|公寓|广场|宿舍|市场|商场|酒店|宾馆|学校|医院|公司|厂"
                                 r"|镇|乡|全域|范围")


def _level_redrawn_from(m: re.Match[str]) -> str:
    if re.search(r"风险|封控|管控|防范", m["obj"]) or not _REDRAWN_PLACE_WORD.search(m["obj"]):
        return m.group()
    return f"{m['lead']}{m['level']}为{m['obj']}{m['end'] or '。'}"

# "将《…关于对部分区域实行封控管理的通告》(2021年15号)划定的A市域封控区调整为“B路以北、C路以东…区域”": an earlier
# notice's area of a whole division (A市域, A县全域) drawn again as the quoted area, which keeps the level; read as
# "将“A市B路以北…区域”划定为封控区" (the division written in front of the area, its district). A lift of the rest of the
# former area after it ("原封控区内除上述区域外的居民小区(村)解除封控管理") names no place of its own: dropped.
_CITED_AREA_REDRAWN = re.compile(
    rf"(?:将|把)(?:《[^》\n]{{2,80}}》(?:\([^()\n]{{2,20}}\))?)?(?:前期|此前|之前|先前|原)?(?:划定|确定|设定)的"
    rf"(?P<div>[{_CJK}]{{2,6}}?[市县区旗])(?:域|全域)?(?:内的?)?(?P<level>封控区|管控区|防范区)(?:范围)?"
    r"(?:调整为|变更为|缩小为|调整至)“(?P<obj>[^“”\n]{4,200})”"
    r"(?P<rest>,原(?:封控区|管控区|防范区)[^,;。\n]{0,40}?解除(?:封控|管控|防范)(?:管理|措施)?)?")


def _cited_area_redrawn(m: re.Match[str]) -> str:
    if m["div"] not in _divisions()[0]:
        return m.group()
    return f"将“{m['div']}{m['obj']}”划定为{m['level']}"


# "对A院,B市域“C路以北、D路以东…以西区域”内的居民小区(村)解除封控管理" (郑州, summer 2021): an area quoted after
# the whole division it lies in (B市域, B县域: the territory told by 域 after its kind) is the place, in that division;
# read as "B市C路以北、D路以东…区域", its 、 between bounds joining one place (invented: "甲县域“乙路以东、
# 丙河以北区域”").
# (Only a known division, the quoted area ending in its area word: not "全市域“四个最严”".)
_DIVISION_QUOTED_AREA = re.compile(rf"(?:(?<=[,、;:。\n对将把在])|^)(?P<div>[{_CJK}]{{1,8}}?[市县旗])域内?"
                                   r"“(?P<obj>[^“”\n]{2,200}?(?:区域|范围|片区))”", re.M)


def _division_quoted_area(m: re.Match[str]) -> str:
    div, verb = m["div"], ""
    if div not in _divisions()[0] and div[0] in "对将把在":
        div, verb = div[1:], div[0]  # (a line's "将A县域…": the verb in front, not the name's, as "将乐县" has)
    if div not in _divisions()[0]:
        return m.group()
    return verb + div + m["obj"].replace("、", _ONE_PLACE_AND)


# "新增A镇B村C合作社1个高风险区。", "新划定A小区3号楼、B村(2个)中风险区;", "划定A、B共2个高风险区": the new
# places, then their count and their level ending the clause (no 为); read as "新增A为高风险区" when the count is the
# number of places written (else the places may be a summary's district, "新增高新区3个高风险区", or an example of
# several, "A等3个").
_COUNT_OF_NEW = r"\(?(?:共计|共|计)?(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,3})个\)?"
# "新增A1个高风险区,B1个中风险区。": a second clause of places counted with their level, the verb not repeated
_COUNTED_MORE_AHEAD = (rf",(?=[^,;。:\n]{{2,200}}?\(?(?:共计|共|计)?(?:\d{{1,3}}|[一二三四五六七八九十两]{{1,3}})个\)?"
                       rf"{_LEVEL}(?:[;。,]|$))")
_NEW_COUNTED = re.compile(rf"(?m)(?:^|(?<=[,:;。]))(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*"
                          r"(?:现|今日|今天|即日起|\d{1,2}月\d{1,2}日(?:\d{1,2}时)?起?,?)?(?:决定)?"
                          r"(?:新增划定|新增划为|新增|新划定|新划为|划定))"
                          rf"(?P<body>[^,;。:\n]{{2,200}}?){_COUNT_OF_NEW}"
                          # (the clause may go on with the level's measures: ",实行“足不出户…”措施", or with
                          # other places counted)
                          rf"(?P<level>{_LEVEL})(?=[;。]|$|,(?:实行|执行|采取|实施|落实)|{_COUNTED_MORE_AHEAD})")
# (that second clause, read once the first is: "新增A为高风险区;新增B为中风险区")
_COUNTED_MORE = re.compile(rf"(?m)(?P<prev>新增[^,;。:\n]{{2,200}}?为{_LEVEL}),"
                           rf"(?P<body>[^,;。:\n]{{2,200}}?){_COUNT_OF_NEW}(?P<level>{_LEVEL})(?=[;。,]|$)")


def _counted_places(body: str, n: str) -> bool:
    """Whether the count of new places is the number of places written ("A、B2个" is; "高新区3个", "以下1个",
    "全县3个" name no places, a level or a case no place)."""
    if _LEVEL_RE.search(body) or re.search(r"风险|封控|管控|防范|病例|感染|[例等]$", body) \
            or re.match(r"全|本|我|以下|下列|如下|部分|以上|上述", body) or body.rstrip("内") in _divisions()[0]:
        return False
    depth, items = 0, 1
    for ch in body:
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        items += ch == "、" and depth == 0
    return items == _cn_int(n)


def _new_counted(m: re.Match[str]) -> str:
    body = m["body"].strip()
    return f"{m['lead']}{body}为{m['level']}" if _counted_places(body, m["n"]) else m.group()


def _counted_more(m: re.Match[str]) -> str:
    body = m["body"].strip()
    return f"{m['prev']};新增{body}为{m['level']}" if _counted_places(body, m["n"]) else m.group()


# "自2月10日0时起,A村划定为高风险地区,2月13日至今,已连续14天无新增本土确诊病例": a designation the notice tells as
# what has held since a past day, the days without cases counted from it; no change of this notice (the place's
# move follows: "…将A村调整为低风险地区"). The clause goes.
_DESIGNATED_SINCE = re.compile(
    rf"(?:(?<=^)|(?<=[\n。;:]))(?:自|从)[^,;。:\n]{{2,24}}?起,?[^,;。:\n]{{2,80}}?(?:被)?(?:划定|确定|列|划|定)为"
    rf"{_LEVEL}(?=,[^。;\n]{{0,40}}?(?:至今|以来)?,?已?连续[\d一二三四五六七八九十]{{1,3}}天(?:内)?(?:无|未)新增)")

# "…发布通告,B县“A小区、C新村”由高风险区调整为中风险区后,已连续3天无新增阳性感染者" (a report, 甘肃, summer
# 2022): an earlier change told as the time the days without cases are counted from (后, then the count); no change
# of this notice (its own follows: "将B县“…”由中风险区降为低风险区"). The clause goes. (Only with the count after
# it: "A小区调整为低风险区后,继续落实…" is the notice's own change with its measures.) ("自A镇B村1组被划定为高风险区后已
# 连续5天未发现新增感染者" (湖南, late 2022): the same, 自 before it, no comma before the count.)
_CHANGED_BEFORE_COUNT = re.compile(
    rf"(?:(?<=^)|(?<=[\n。;:,]))[^,;。:\n]{{2,300}}?(?:由{_LEVEL})?(?:调整|降级?|下调|升级?|转|划定?|列|确定|认定)为{_LEVEL}"
    r"后,?(?=(?:已经?|现已|目前已)?连续[\d一二三四五六七八九十]{1,3}(?:天|日)(?:内)?(?:无|未)(?:新增|发现|出现))", re.M)
# "A村自2022年7月12日15时降级为中风险区域后,已连续3天无新增感染者,自7月15日15时起,由中风险区域降级为低风险区域"
# (北京, summer 2022): the place opens the clause, the earlier change timed by its day; the notice's own change that
# follows ("由…降级为…") has no object of its own: the place is its subject and stays, only the earlier change goes.
# (Not when the change after names its object: "…后,已连续3天无新增,将A村调整为…".)
_TIMED_SUBJECT_BEFORE = re.compile(r"[ \t]*(?P<subj>[^,;。:\n自从于]{2,80}?)(?:自|从|于)(?:\d{4}年)?\d{1,2}月\d{1,2}日")


def _changed_before_count(m: re.Match[str]) -> str:
    timed = _TIMED_SUBJECT_BEFORE.match(m.group())
    if timed is None or not (_complete_place(timed["subj"]) or _front_district(timed["subj"])):
        return ""
    end = m.string.find("。", m.end())
    rest = m.string[m.end():end if end >= 0 else len(m.string)]
    if "将" in rest or not re.search(rf"(?:由{_LEVEL})?(?:调整|降级?|下调|升级?|转)为{_LEVEL}", rest):
        return ""
    return timed["subj"]

# "…区域核酸检测,降为低风险区后3天内非必要不外出" (福州, late 2022): a verb and a level opening their clause, then
# 后 and a span of days: the measures for the days after the notice's own change, told without its places; no change
# of its own (its object would run back into the clause before). The verb and level go, "后3天内" stays. (Only a
# clause that opens with the verb: "A小区调整为低风险区后3天内…" names its place and is read as before.)
_CHANGED_THEN_DAYS = re.compile(
    rf"(?:(?<=^)|(?<=[\n。;:,]))[ \t]*(?:在|待|自)?(?:被)?(?:调整|降级?|下调|升级?|转|划定?|列|确定|认定)为{_LEVEL}"
    r"(?=(?:之|以)?后的?[\d一二三四五六七八九十]{1,3}(?:天|日|周)(?:之?内)?)", re.M)

# "对A镇解除自2022年8月27日0时起实施的临时管控措施": when the lifted measure began, between 解除 and the measure,
# names no place; read as "对A镇解除临时管控措施".
_LIFTED_SINCE = re.compile(r"(?<=解除)(?:自|从|于)(?:\d{4}年)?\d{1,2}月\d{1,2}日[^,;。:()\n]{0,12}?(?:起|开始)?"
                           r"(?:实施|实行|执行|采取|启动)的"
                           r"(?=[^,;。:\n]{0,8}?(?:封控|管控|防范|静默|静态|封闭|管制|[高中低]风险))")

# "A街道B小区划定为中风险地区。其中第2栋为封控区,…": buildings of the compound the sentence before designates,
# given a level of their own; the part names no place without its compound, read as "B小区第2栋为封控区" (the
# compound as the notice names it, without the street or town in front). So after a comma: "A小区划为管控区,其中3号楼
# 划为封控区".
_PART_AMONG = re.compile(rf"(?<=[。,])其中(?P<part>第?[\dA-Za-z一二三四五六七八九十]{{1,4}}(?:号楼|栋|幢|座|号院)"
                         rf"(?:(?:、|和|及|至|-)第?[\dA-Za-z一二三四五六七八九十]{{1,4}}(?:号楼|栋|幢|座|号院)?)*)"
                         rf"(?=(?:为|划为|划定为|调整为|列为|确定为){_LEVEL})(?P<rest>[^。\n]*)")
# ("其中第2栋为封控区,第3栋为管控区": the next parts of the same compound, each given its level after a comma)
_MORE_PARTS = re.compile(rf"(?P<sep>[,;])(?P<part>第?[\dA-Za-z一二三四五六七八九十]{{1,4}}(?:号楼|栋|幢|座|号院)"
                         rf"(?:(?:、|和|及|至|-)第?[\dA-Za-z一二三四五六七八九十]{{1,4}}(?:号楼|栋|幢|座|号院)?)*)"
                         rf"(?=(?:为|划为|划定为|调整为|列为|确定为){_LEVEL})")
_DESIGNATED_COMPOUND = re.compile(rf"(?P<compound>[^,。;:、\n]{{2,40}}?(?:小区|花园|家园|公寓|大厦|苑|院|新村|城))"
                                  rf"(?:划定为|划为|为|调整为|列为|确定为){_LEVEL}[。,]$")


def _part_among(m: re.Match[str]) -> str:
    before = m.string[m.string.rfind("\n", 0, m.start()) + 1:m.start()]
    designated = _DESIGNATED_COMPOUND.search(before[-80:])
    if designated is None:
        return m.group()
    compound = re.sub(r"^.*(?:街道|镇|乡)(?=..)", "", designated["compound"])
    return compound + m["part"] + _MORE_PARTS.sub(lambda p: f"{p['sep']}{compound}{p['part']}", m["rest"])


# "解除对返乡人员的管控措施", "解除对车辆的临时交通管制", "解除对封控区内居民的管控措施": a measure for people or
# vehicles ended, no place lifted; "解除农贸市场的临时管制", "解除学校的封闭管理": a kind of site named by its kind
# alone, a rule for every such site ended, no place either. (Not "居民小区", "居民楼": places of residents.)
_LIFTED_PEOPLE = re.compile(r"人员|人群|(?<!小区)居民(?!小区|楼|住宅|区|点|组)|群众|市民|旅客|车辆"
                            r"|密接|密切接触者|感染者")


# ("解除对各村、社区的封控措施", "全县各乡镇等18个区域…": every division of a kind, none named)
_EVERY_OF_KIND = re.compile(r"(?:全[县市区旗镇乡]|辖区内?|本[县市区])?(?:各|所有|全部)(?:个|类)?"
                            r"(?:村|村组|乡镇|乡|镇|街道|社区|小区|单位|场所|企业|村居|村\(社区\))")


# ("…调整为低风险地区,所在小区正式解封" (a 2021 report): the estate the place lies in, pointed at (所在, 其所在, 该) and
# not named: no place of its own)
_POINTED_KIND = re.compile(r"(?:其|该)?所在(?:地|的)?(?:小区|村|社区|楼栋|楼|单元|院落|区域|片区|街道|镇|乡)")


def _no_lifted_place(obj: str) -> bool:
    parts = [part for part in re.split(r"[、和及与,]", obj.strip()) if part]
    return bool(_LIFTED_PEOPLE.search(obj)) \
        or bool(parts) and all(_GENERIC_SITE.fullmatch(p) or _EVERY_OF_KIND.fullmatch(p) or _POINTED_KIND.fullmatch(p)
                               for p in parts)


# "将A围合区解除封闭管理,并调整为低风险区": to lift 封闭 (closed) management is to lift the sealed level.
# ("解除A村三组疫区封闭管理", "对A村解除疫区封闭管理": 2020's closure of an infected area, the same)
# ("西渡街道解除封闭式管理": 封闭式, closed-style, the same)
_LIFT_CLOSED = re.compile(r"(?<=解除)(?:疫区)?封闭式?(?=管理|管控|措施)")


# "解除A社区封控区、管控区的封控管理和B市整个防范区的管理" (延吉, spring 2022): two lifts, each closed by "的" and
# its management, joined by 和 (及, 以及); read as two clauses, "…的封控管理,解除B市整个防范区的管理", each lift's
# object its own. (Only when both end so: "解除A的封控管理和交通管制" or "…和人员限制措施" is left.)
_LIFTS_JOINED = re.compile(rf"(?P<first>(?<![对将把])解除[^,;。:\n和及]{{2,200}}?的(?:封控|管控|防范)?"
                           r"(?:管理措施|管理|措施))"
                           rf"(?:和|以及|及)(?:解除)?"
                           rf"(?P<second>[^,;。:\n和及]{{2,100}}?(?:(?:{_LEVEL})的?|的)(?:封控|管控|防范)?"
                           r"(?:管理措施|管理|措施))"
                           r"(?=[,;。]|$)", re.M)
# (the second's own object before "的" and its management)
_JOINED_SECOND_END = re.compile(rf"(?:(?:{_LEVEL})的?|的)(?:封控|管控|防范)?(?:管理措施|管理|措施)$")
# ("解除A小区的封控管理和小区内商铺的管控措施", "…和周边商户的…", "…和有关单位的…", "…和市区的…": the second is the
# first place's shops, units around it or the town's streets, no place lifted; the first lift stands alone)
_JOINED_NO_PLACE = re.compile(r"^(?:(?:小区|区域|辖区|社区|园区|片区|封控区|管控区|防范区)内的?|周边|沿街|沿线|附近"
                              r"|有关|相关|其他|其余|其它|各类?|所有|全部|其|该|上述|以上)"
                              r"|^(?:市区|城区|县城|镇区|全域|全市|全县|全区)$")


def _lifts_joined(m: re.Match[str]) -> str:
    obj = _JOINED_SECOND_END.sub("", m["second"])
    if _no_lifted_place(obj) or _JOINED_NO_PLACE.search(obj):
        return f"{m['first']},和{m['second']}"
    return f"{m['first']},解除{m['second']}"


# "解除和龙市全域防范区管理" (吉林, spring 2022), "解除A市整个防范区的管理", "现在,A市整个预防区的管理已经解除" (a
# machine-reworded copy: 预防区 for 防范区): a named district's (市, 县, 区, 旗) whole precaution zone, its zone word
# written after 全域 / 整个 / 全境, lifted: the district itself leaves the level (a whole district is listed as
# itself, as 1400, 690 and 804 have it); read as "将A市解除防范区管理". (Not "解除柳江区全域管控" nor "不再将柳江区
# 全域设为防范区", with no zone word after the whole: a blanket; nor a town's or an estate's 全域, kept as written.)
_WHOLE_PRECAUTION_ZONE = r"(?:全域|整个|全境)的?(?:防范|预防|防备|防御|防护|警戒)区(?:域)?的?(?:管理|管控)(?:措施)?"
_WHOLE_ZONE_LIFTED = re.compile(
    rf"(?<![对将把])解除对?(?P<div>[{_CJK}]{{2,12}}?[市县区旗]){_WHOLE_PRECAUTION_ZONE}(?=[,;。]|$)"
    rf"|(?:(?<=^)|(?<=[,;。:\n]))(?P<div2>[{_CJK}]{{2,12}}?[市县区旗]){_WHOLE_PRECAUTION_ZONE}"
    r"(?:已经|已|也|均|同步|同时|一并|全部|予以|正式)*(?:解除|取消)(?=[,;。]|$)", re.M)


def _whole_zone_lifted(m: re.Match[str]) -> str:
    div = m["div"] or m["div2"]
    if not _district_ok(div, strict=True):
        return m.group()
    return f"将{div}解除防范区管理"


# "解除A小区全域的封控管理", "解除B店所在区域(北至C路,南至D路)、E村等5个管控区的管控管理" (a report's wording):
# the places between 解除 and "的" + the level's management; read as "将A小区全域解除封控管理".
# ("解除对A小区的管控措施": the 对 goes; "解除后的封控管理要求": no places, no clause's end after the level)
# ("解除A小区(含小区内商铺)的临时管制": 管制 (control) with no level named is lifted as 管控)
# ("解除A镇东至B路、南至C路…合围区域的交通临时管制": traffic control of a bounded area alike)
# ("解除进出A镇的临时交通管控措施": traffic control (交通管控) of the roads in and out of a town lifts the town's
# control; "进出" / "出入" (in and out of) is no part of the place)
_TRAFFIC_CONTROL = r"(?:交通)?(?:临时)?(?:交通)?管制|(?:临时)?交通(?:临时)?管控"
_CLOSURE_LIFTED = r"(?:疫区|临时)?封闭式?(?:管理|管控|措施)"
# ("解除对A镇B村、C幼儿园和D乡E村的封控。": with 对 opening the object, the bare level after "的" closes it too)
_LIFT_OF = re.compile(r"(?<![对将把])解除(?P<with>对)?(?P<obj>(?=[^,;。:()“”的]{2})"
                      # (within one line: "关于解除封控的通告" above "决定解除A的封控措施" is a title, no object)
                      rf"(?:[^,;。:()“”的\n]|\([^()]*\)|的(?!(?:封控|管控|防范)(?:管理|措施)|{_TRAFFIC_CONTROL}"
                      rf"|{_CLOSURE_LIFTED}))+?)"
                      r"(?P<count>等[\d一二三四五六七八九十]+个(?:封控|管控|防范)区)?"
                      rf"的(?:(?P<lv>封控|管控|防范)(?:管理|措施|(?(with)(?=[,;。]|$)|(?!)))"
                      rf"|(?P<control>{_TRAFFIC_CONTROL})(?:管理|措施)?"
                      # ("解除对A村B组区域的疫区封闭管理": 2020's closure of an infected area lifted: the sealed level)
                      rf"|(?P<closed>{_CLOSURE_LIFTED}))"
                      r"(?=[,;。]|$)",
                      re.M)
# "调整A临时管控,按照其他区域疫情防控要求管控" (重庆, late 2022): the place's temporary control is ended and the
# place put under the measures of the areas around it, no level of its own: read as "解除A临时管控措施,…"
# (not "调整A为管控区", "由…调整": a change of level, 为 or 由 inside)
_ADJUSTED_TO_GENERAL = re.compile(r"(?<![将把对])调整(?P<obj>[^,;。:\n为由]{2,80}?)"
                                  r"(?P<lv>临时管控|临时封控|封控|管控)(?:措施|管理)?"
                                  r"(?=,(?:并|同时)?(?:按照?|参照|执行|实行|纳入|落实)(?:全[市区县])?(?:其他|其余|其它)区域"
                                  r"|,(?:并|同时)?(?:按照?|实行|执行|恢复|转为|转入|纳入)常态化)", re.M)
# "对A的临时管控的防控措施调整为“个人防护、避免聚集”等防范措施" (广东, late 2022), "将B的静默管理调整为常态化
# 防控": a place's temporary control (or silence) put under everyday measures or those of precaution, named by their
# words and no level: the temporary control ended, no level of ours (as 280 and 339 read such a lift); read as
# "解除对A的临时管控措施" ("解除B的静默管理"). (Not "…调整为“足不出户、上门服务”": stricter measures, a level;
# not a whole county's: "对全县的临时管控措施调整为…", no place.)
_TEMPORARY_TO_EVERYDAY = re.compile(
    r"(?:对|将|把)(?P<obj>[^,;。:\n“”\"「」的]{2,200}?)的?(?P<lv>临时性?(?:管控|封控|封闭)|(?:临时)?静默)"
    r"(?:管理|管控)?(?:的?(?:防控|管控|管理|防疫)?措施)?(?:调整|转变|转|恢复|改)为"
    r"(?:(?:[“\"「]个人防护[、,]避免聚集[”\"」]|常态化)等?的?)?(?:常态化)?(?:疫情)?(?:防范|防控)(?:管理)?措施"
    r"|(?:对|将|把)(?P<obj2>[^,;。:\n“”\"「」的]{2,200}?)的?(?P<lv2>临时性?(?:管控|封控|封闭)|(?:临时)?静默)"
    r"(?:管理|管控)?(?:的?(?:防控|管控|管理|防疫)?措施)?(?:调整|转变|转|恢复|纳入|改)为?常态化(?:疫情)?(?:防控|管理|防疫)?"
    r"(?:措施)?(?=[,;。\n]|$)")


def _temporary_to_everyday(m: re.Match[str]) -> str:
    obj, level = m["obj"] or m["obj2"], m["lv"] or m["lv2"]
    # ("将A小区由临时管控调整为常态化防控": 由 (从) says what the place is moved from, no part of it)
    obj = re.sub(r"(?:由|从)$", "", obj)
    if _no_lifted_place(obj) or re.match(r"全|所有|全部|辖区|本|我|以下|上述|以上|下列", obj):
        return m.group()
    return f"解除{obj}的静默管理" if level.endswith("静默") else f"解除对{obj}的临时管控措施"


# "将A区中风险区域(B小区3号楼)调整为常态化疫情防控措施区域", "将C村由高风险区调整为常态化防控": a place of a level
# put under the everyday measures (常态化, late 2022), no level of ours: its level lifted; read as "将B小区3号楼解除
# 中风险区域管理" (the level before the place in brackets, or after 由).
_TO_EVERYDAY = re.compile(rf"将(?P<pre>[^,。;:()\n将]{{0,12}}?)(?:(?P<lv1>{_LEVEL})\((?P<obj1>[^()\n]{{2,200}})\)"
                          rf"|(?P<obj2>[^,。;:\n将]{{2,200}}?)由(?P<lv2>{_LEVEL}))(?:调整|转|纳入|恢复)为?常态化"
                          r"(?:疫情)?(?:防控|管理|管控|防疫)?(?:措施)?(?:区域|地区|范围)?(?:管理)?(?=[,。;\n]|$)")


def _to_everyday(m: re.Match[str]) -> str:
    if _no_lifted_place(m["obj1"] or m["obj2"]):
        return m.group()  # "将农贸市场由封控区调整为常态化防控": a kind of site, no place
    return f"将{m['pre']}{m['obj1'] or m['obj2']}解除{m['lv1'] or m['lv2']}管理"


# "西渡街道解除居民小区(村民小组)封闭管理": a street (town) lifts the closure of its residents' compounds, named by
# their kind only: the street is the place; read as "西渡街道解除封闭管理" (a named compound after 解除 stays).
_OWN_COMPOUNDS_LIFTED = re.compile(r"(?:(?<=街道解除)|(?<=[镇乡]解除))(?:辖区内?的?|全部|所有)*"
                                   r"(?:居民|住宅)(?:小区|住宅区)(?:\((?:村民小组|村组|小组|村|村庄|自然村)\))?"
                                   r"(?=(?:疫区)?封闭式?(?:管理|管控))")
# "解除A村三组区域疫区封闭管理": the closed place between 解除 and the closure, no 对 or 的; read as
# "将A村三组区域解除封控管理" (only a whole place: not "解除临时封闭管理", "解除全县封闭管理")
# ("解除A街道B庭院疫情重点小区管理,转为一般小区管理": 浙江's managed estates of February 2020, 疫情重点小区 (村),
# lifted alike)
_LIFT_CLOSED_PLACE = re.compile(r"(?<![对将把])解除(?P<obj>(?!对|疫区|临时|全|所有)[^,;。:()“”的\n]{2,60}?)"
                                r"(?:(?:疫区)?封闭式?(?:管理|管控|措施)|疫情重点(?:小区|村|村居|村社|区域)管理)(?=[,;。]|$)",
                                re.M)


# "一、解除临时社会面管控区域" over "A街道B社区、C社区" (四川, late 2022): the areas whose temporary control of the
# public space (社会面) is lifted, a lift's heading over a list; read as "解除临时管控区域" (社会面 qualifies the
# control). (Only the areas (区域) after 解除: "解除A街道部分区域临时社会面管控措施", a measure, stays as written.)
_PUBLIC_CONTROL_AREAS_LIFTED = re.compile(r"(?<=解除)(?P<t1>临时性?)?社会面(?P<t2>临时性?)?(?=管控区域)")
# "解除A镇B村全村和A镇C村、D镇E村部分区域临时交通管制措施" (广东, autumn 2022): named villages' (communities',
# estates') temporary control, written as traffic control (交通管制), lifted; read as "…临时管控措施". Each piece
# of the object a named village, community or estate (its whole or part after it); a lift of the traffic control
# of roads, crossings or checkpoints ("解除A路临时交通管制", "解除B卡口交通管制") is a measure, no place.
_VILLAGE_PIECE = re.compile(r"[^、,和及与()]{2,30}?(?:村|社区|小区|居委会|屯)"
                            r"(?:全村|全域|全部区域|部分区域|部分)?")
# (nor the way between or to villages, "解除A村至B村临时交通管制", "解除通往A村…", nor villages of a kind, none
# named: "全县各村", "涉疫村", "城中村", "A村、B村等村")
_NO_VILLAGE_PIECE = re.compile(r"至|到|往|进出|之间|各|等|所有|全部|相关|涉疫|城中村")
_VILLAGES_TRAFFIC_CONTROL_LIFTED = re.compile(r"(?<=解除)(?P<obj>[^,;。:、解]{2,40}(?:、[^,;。:、解]{2,40}){0,30}?)"
                                              r"的?临时(?:性)?交通管制(?=措施|管理|[,;。]|的通告|$)", re.M)


def _villages_traffic_control_lifted(m: re.Match[str]) -> str:
    pieces = re.split(r"、|和|及|与", m["obj"])
    if not all(_VILLAGE_PIECE.fullmatch(piece) for piece in pieces) \
            or re.search(r"路|街|道口|卡口|检查站|高速|桥|隧道|出入口|路段|人员|车辆", m["obj"]) \
            or _NO_VILLAGE_PIECE.search(m["obj"]):
        return m.group()
    return f"{m['obj']}临时管控"


def _lift_closed_place(m: re.Match[str]) -> str:
    obj = m["obj"]
    whole = _complete_place(obj) or (obj.endswith(("区域", "范围")) and _complete_place(obj[:-2]))
    return f"将{obj}解除封控管理" if whole and not _no_lifted_place(obj) else m.group()


# "解除对A村、B小区,C区D厂、E号F公司的封控措施": 对 opens the object and "的" + the level's measures closes it, so
# its places may be separated by commas as well as by 、 (the rule above stops at a comma); read as
# "将A村、B小区,C区D厂、E号F公司解除封控管理". (Each piece after a comma starts a place: two characters or more,
# no 的, no clause of its own.)
_LIFT_FOR_LISTED = re.compile(r"(?<![对将把])解除对(?P<obj>(?=[^,;。:()“”的]{2})"
                              r"(?:[^,;。:()“”的\n]|,(?=[^,;。:()“”的\n]{2})|\([^()]*\))+?)"
                              # ("…的临时管控措施", "…的封控管理": temporary, or the management for the measures)
                              r"的(?:临时性?)?(?P<lv>封控|管控|防范)(?:管理措施|管理|措施)(?=[,;。]|$)", re.M)
# "(二)解除管控的区域清单(11个)", "解除封控的地区名单": the title of a list lifted, its level before 的 and the area's
# word; read as "解除管控区域清单" (管制, control, is 管控 here as in a lift's object)
_LIFTED_LIST_TITLE = re.compile(r"(?<=解除)(?P<lv>封控|管控|防范|管制)的?(?:区域|地区)(?=名单|清单|列表)")
# "对划定为封控区的A楼和B楼,C小区2幢解除封控", "对划定为防范区的D城区解除临时管理措施" (a report's wording):
# the places between "的" and 解除 leave the level they were designated; read as "对A楼和B楼,C小区2幢解除封控".
_LIFT_OF_DESIGNATED = re.compile(r"对(?:已|此前|之前|原)?被?(?:划定|划|确定|设定|列|定)为"
                                 r"(?P<lv>封控|管控|防范)(?:区域|区)的"
                                 r"(?P<obj>[^;。:]{2,300}?)解除(?:临时)?(?:封控|管控|防范)?(?:管理措施|管理|措施)?"
                                 r"(?=[,;。]|$)", re.M)
# "1.对A小区7号楼封控区解除封控;", "2.对B小区管控区解除管控": the place, then the kind of area it was and the lift;
# the kind names what is lifted, no part of the place; read as "对A小区7号楼解除封控". (Not "对全区封控区解除封控":
# every area of a kind is no place; not "对A封控区、B管控区解除…": two kinds, each its own; not "对A、B等2个防范区
# 解除…": a count of the places before their kind, which the count's rule reads.)
# (an area set by its bounds between commas is one object: "一、对A河以东,B路以北,C大道以西,D一线以南等管控区解除
# 临时性管控措施" (荆门, autumn 2022), a comma only after a bound "…以东" and before the next; a numbered item may
# write the places as its subject with no 对: "二、E路以东,F路以北等管控区解除临时性管控措施", read with 对; so
# may a clause right after the hour the lift starts: "决定自10月18日8时起,G村1组、2组中风险区解除管控", read with 对)
_BOUND_COMMA = r"(?<=以[东西南北]),(?=[^,;。:()“”\n]{1,60}?以(?:[东西][南北]?|[南北]))"
_LIFT_OF_KIND_WRITTEN = re.compile(rf"(?m)(?:^|(?<=[,;:。\s]))(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*(?:对|将|把)"
                                   rf"|[ \t]*(?:{_ENUM.pattern})[ \t]*(?!对|将|把)|(?<=起,)(?!对|将|把))"
                                   rf"(?P<obj>(?:[^,;。:()“”\n]|\([^()]*\)|{_BOUND_COMMA}){{2,200}}?)的?{_LEVEL}(?=解除)")


_BARE_TOWN_SUBJECT = re.compile(rf"(?:[{_CJK}]{{2,8}}?(?:乡|镇|街道|苏木)、)*[{_CJK}]{{2,8}}?(?:乡|镇|街道|苏木)")


def _lift_of_kind_written(m: re.Match[str]) -> str:
    if _LEVEL_RE.search(m["obj"]) or re.match(r"全|所有|全部|以下|上述|以上|下列|辖区|本|我", m["obj"]) \
            or _no_lifted_place(m["obj"]) \
            or re.search(rf"[\d{_CN_NUM}]+[个处]$", m["obj"]):
        return m.group()
    if re.search(r"[对将把]$", m["lead"]):
        return m["lead"] + m["obj"]
    if _BARE_TOWN_SUBJECT.fullmatch(m["obj"].strip()):
        # ("决定自…起,A镇中风险区解除管控": a whole town or street as the subject, no 对, names the level's areas in
        # it, none of them named, no place: not "…起,A镇B村1组、2组中风险区解除管控" (rv66a))
        return m.group()
    if "," in m["obj"] and not re.search(r"以(?:[东西][南北]?|[南北])等?$", m["obj"]) \
            or not re.match(r"解除(?:临时性?)?(?:(?:封控|管控|防范)(?:管理措施|管理|措施)?|管理措施|管理|措施)",
                            m.string[m.end():]):
        # (the subject with commas only when it is a bounded area's run; the measures or the kind lifted named
        # ("解除管控措施", "解除管控"), not a part's heading "一、A街道中风险区解除")
        return m.group()
    if not re.search(r"以(?:[东西][南北]?|[南北])等?$", m["obj"]) \
            and not _complete_place(re.split(r"[、,]", re.sub(r"\([^()]*\)", "", m["obj"]))[0].strip()):
        return m.group()  # (a subject that is no place: "二、剩余管控区解除…", "二、涉疫管控区解除…" (rv45))
    return m["lead"] + "对" + m["obj"]


# "解除对中风险区A、B,C和低风险区D、E全域的管控": 对, then each level the places leave written in front of them,
# and "的" + the control closing the object (the next clause may follow without a comma: "…的管控实施常态化防控");
# read as "将A、B,C解除中风险区管理。将D、E全域解除低风险区管理。"
_LEVELS_IN_FRONT_LIFTED = re.compile(rf"(?<![对将把])解除对(?P<objs>{_LEVEL}[^;。:\n]{{2,400}}?)"
                                     r"的(?:临时性?)?(?:封控|管控|防范)(?:管理措施|管理|措施)?"
                                     r"(?P<next>[,;。]|$|(?=实施|实行|恢复|转为|转入|纳入))", re.M)
_LEVEL_IN_FRONT = re.compile(rf"(?:^|(?<=[和及、,]))(?P<level>{_LEVEL})")


def _levels_in_front_lifted(m: re.Match[str]) -> str:
    objs, depth, starts = m["objs"], 0, []
    for pos, ch in enumerate(objs):
        depth = depth + 1 if ch == "(" else max(0, depth - 1) if ch == ")" else depth
        if depth == 0 and (level := _LEVEL_IN_FRONT.match(objs, pos)) and (pos == 0 or objs[pos - 1] in "和及、,"):
            starts.append((pos, level))
    pieces = []
    for (_pos, level), (end, _) in zip(starts, [*starts[1:], (len(objs) + 1, None)], strict=True):
        obj = re.sub(r"(?:以及|和|及|、|,)$", "", objs[level.end():end])  # (the separator before the next level)
        if len(obj) < 2 or _LEVEL_RE.search(re.sub(r"\([^()]*\)", "", obj)) or _no_lifted_place(obj):
            return m.group()  # (nor "解除对封控区内居民的管控措施": the people in an area, no place)
        pieces.append(f"将{obj}解除{level['level']}管理。")
    return "".join(pieces) + ("" if m["next"] in ("。", "") else m["next"] if m["next"] in ",;" else "")


# "逐步解除12个乡镇街道的静默管理,分别是A乡、B街道;C乡、D街道(E小区除外),共涉及…": a count of the places
# lifted, then the places themselves after 分别是 (groups of them, by time slot, between ";"); read as
# "将A乡、B街道、C乡、D街道(E小区除外)解除静默管理" (after "逐步" too, where no clause starts).
_LIFT_COUNT_NAMED = re.compile(rf"解除[\d{_CN_NUM}]{{1,4}}个[{_CJK}]{{0,8}}?的?(?P<level>{_LEVEL})(?:管理|措施)?,"
                               r"(?:分别是|分别为|具体为|具体是|包括|即)(?P<list>[^。\n:]+?)(?=,(?:共|合计|总计|涉及)|。|\n|$)")


def _lift_count_named(m: re.Match[str]) -> str:
    level = m["level"] if m["level"].endswith("管理") else m["level"] + "管理"
    return "将" + m["list"].replace(";", "、") + "解除" + level


# "解除A、B等2个高风险区转为低风险区管控", "解封C小区高风险区调整为低风险区" (湖南, late 2022): the lift's verb opens
# the object of a move from one level to another, the places and the level they leave after it; read as "将A、B等2个
# 高风险区转为低风险区", the move (the lift-of-a-level rule would take the places up to the second level).
# (Not "解除高风险区转为低风险区", no place before the level; nor "解除管控后转为防范区", a time.)
_LIFT_INTO_LEVEL = re.compile(rf"(?m)(?:^|(?<=[,;:。]))(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*)(?:解除|解封)"
                              rf"(?P<obj>(?:(?!{_LEVEL})[^,;。:()“”的\n]|\([^()]*\)){{2,200}}?{_AREA_COUNT}?"
                              rf"(?:{_LEVEL}))(?=(?:转为|调整为|降为|降级为)(?:{_LEVEL}))")


# "…划定为高风险区;解除A小区6期28栋1单元高风险区管理。": a lift after another change in the same sentence, the
# places between 解除 and the level they leave; read as "将A小区6期28栋1单元解除高风险区管理" (a count before the level,
# "解除A、B等共2个管控区管理", is dropped).
# (also after the item's number: "一、解除A高风险区域管控,由高风险区降为低风险区")
_LIFT_LEVEL_OF = re.compile(rf"(?m)(?:^|(?<=[,;:。]))(?P<enum>[ \t]*(?:{_ENUM.pattern})?[ \t]*)"
                            rf"解除(?P<obj>(?:[^,;。:()“”的]|\([^()]*\)){{2,200}}?)"
                            # ("解除A、B高风险区管控措施,调整为低风险区": the level's 管控 and its 措施 both; not
                            # before ",解除后,该区域调整为…", which the lift-then-move rule reads)
                            rf"{_AREA_COUNT}?的?(?P<level>{_LEVEL})(?:的)?"
                            # ("解除A镇封控区、管控区相关管控措施": the levels' measures, 相关 before them)
                            r"(?:(?:相关|有关)?(?:管理|管控)措施(?!,(?:解除|解封)后)|管理|管控|措施|(?<=管理))"
                            r"(?=[,;。]|$)")


def _lift_level_of(m: re.Match[str]) -> str:
    if _no_lifted_place(m["obj"]):
        return m.group()  # "解除返乡人员管控区管理": people's measures, no place
    if m["enum"].strip() and m["obj"].endswith("、"):
        # "1.解除A、B封控区、管控区、防范区管理": the last of several levels; the lift's own rule reads it
        return m.group()
    # ("解除A村246-251号、264-269号封控区、管控区措施": several levels the places leave, all after the places; read as
    # "将A村…解除封控区、管控区管理"; not "解除B区C街道封控区、管控区、防范区管理", a whole district's or street's
    # areas lifted, a lead over the list of them, left as no object of places)
    if (levels := re.search(rf"(?:{_LEVEL}、)+$", m["obj"])) and levels.start() >= 2:
        obj = m["obj"][:levels.start()]
        area = found[1] if (found := _front_district(obj)) else obj
        if area and not _district_ok(area, strict=True) \
                and (not re.fullmatch(rf"[{_CJK}]{{2,8}}?(?:街道|街|镇|乡)", area) or _town_lift_whole(m)):
            return f"{m['enum']}将{obj}解除{levels.group()}{m['level']}管理"
    obj = m["obj"]
    if re.search(r"[^,、]临时$", obj) and m["level"] in ("封控区", "管控区") \
            and _complete_place(re.split(r"[、,]", obj[:-2].removesuffix("的"))[-1]):
        obj = obj[:-2].removesuffix("的")  # "解除A村临时管控区管理": the zone temporary, 临时 no part of the village
    return f"{m['enum']}将{obj}解除{m['level']}{'' if m['level'].endswith('管理') else '管理'}"


# "新增高风险区1处,A办事处B小区。" (晋城, autumn 2022: a line under the level's heading, before its numbered list):
# the areas added, counted, then after a comma the places themselves; read as "新增高风险区1处:A办事处B小区" (only
# when the count is the number of the places, each a whole place, and the sentence holds nothing more).
_ADDED_COUNT_THEN_PLACES = re.compile(rf"(?m)^(?P<head>[ \t]*(?:新增|新划定|增加)(?:{_LEVEL})"
                                      rf"(?P<n>[\d{_CN_NUM}]{{1,3}})[个处]),"
                                      # (not "…1处,位于A街道": where it lies, a clause, no place named)
                                      r"(?!位于|地处|在|为|是|系|即|包括|涉及|分别|其中|均|已|实行|实施|严格|继续|共|累计)"
                                      r"(?P<obj>[^,;。:\n]{2,200}?)(?=。|[ \t]*$)")


def _added_count_then_places(m: re.Match[str]) -> str:
    items = _split_enclosed(m["obj"])
    if _cn_int(m["n"]) != len(items) or not all(_complete_place(item) for item in items):
        return m.group()  # "新增高风险区2处,实行…": the count, then a clause of measures or of other words
    return f"{m['head']}:{m['obj']}"


# "A小区全域解除中、低风险区管控措施" (天津, autumn 2022): two levels lifted, the first written short before the ending
# they share; read as "解除中风险区、低风险区管控措施", each level written out (only right after 解除 and before the
# levels' management or measures).
_LIFT_SHORT_LEVELS = re.compile(r"(?<=解除)(?P<a>[高中低])(?:、|和|及)(?P<b>[高中低])(?P<kind>风险(?:地区|区域|区))"
                                r"(?=的?(?:相关|有关)?(?:管理|管控)?措施|管理|管控)")


def _town_lift_whole(m: re.Match[str]) -> bool:
    """ "自12月24日18时起,解除A镇封控区、管控区相关管控措施,同时解除全市防范区的管控措施,全市恢复常态化疫情防控。"
    (江苏, late 2021): a town's areas lifted in a sentence that closes on its own, no list of them after it: the town,
    the only place written, is the place lifted (not "解除B街道封控区、管控区、防范区管理,现通告如下:", a lead over the
    areas listed below, nor a sentence followed by numbered items)."""
    rest = m.string[m.end():]
    end = re.search(r"[。\n]", rest)
    if not end or end.group() != "。":
        return False
    # (not when the sentence keeps one of the town's levels: "解除A镇封控区相关管控措施,管控区继续实行管控措施"
    # lifts the sealed areas only, the town is not lifted whole)
    if re.search(r"(?:封控|管控|防范|风险)(?:区|区域|地区)[^,;。]{0,6}?(?:继续|仍|保持|维持)", rest[:end.start()]):
        return False
    # (the paragraph's sentences after it too: "…,落实常态化防控。现通告如下:" leads on to the list)
    para_end = rest.find("\n")
    paragraph, after = (rest, "") if para_end < 0 else (rest[:para_end], rest[para_end + 1:])
    if ":" in paragraph or re.search(r"如下|附件|附表|详见|具体|分别", paragraph):
        return False
    return not _ENUM.match(after.lstrip(" \t\n"))


# ("解除A街道B村静默管理", "解除C街道除高风险区外其他区域的静默管理": a level that is itself a management, the
# places' 的 before it)
# "一、解除对A楼,B里13号门、15号门防范区管理措施", "解除对北至A街,南至B路…合围范围内参照防范区管理措施":
# 对 opens the object, so its places may be separated by commas; the level (参照: "managed as") it leaves
# closes it. Read as "将A楼,B里…解除防范区管理".
_LIFT_FOR_OBJECT = re.compile(rf"(?m)(?:^|(?<=[,;:。]))(?P<enum>[ \t]*(?:{_ENUM.pattern})?[ \t]*)解除对"
                              # ("解除对A合围区域内居民小区的临时静默管理措施": 的 before the level ends the object)
                              # (not over the move that follows the lift: "解除对A的临时管控措施,调整为低风险区")
                              rf"(?P<obj>(?:(?!,(?:并|同时)?(?:调整|降为|转为|转入|纳入|列入))[^;。:()“”\n]){{2,300}}?)"
                              rf"的?(?:参照|按照?)?(?P<level>{_LEVEL})的?"
                              r"(?:管理|管控)?(?:措施)?(?=[,;。]|$)")
# "A街道、B社区、C花园三期62栋等84个区域解除封控管理。": a line that opens with its places, counts them and lifts
# a level from them, the subject and no 将 (a public notice's line under "1、封控区:"); read as "将…解除封控管理".
# (The count says the line lists places: "封控区解除后…", "A小区解除封控后" are no such line.)
# A street, a community in it and a compound in that, then a count of other areas ("A街道、B社区、C花园三期62栋等84个
# 区域"): one example's address, its parts joined by 、, one place as listed (not when the count is of the three).
_COUNTED_SUBJECT_LIFTED = re.compile(rf"(?m)^(?P<enum>[ \t]*(?:{_ENUM.pattern})?[ \t]*)(?![将对把由自从经根按为])"
                                     rf"(?P<obj>[^,;。:\n]{{2,300}}?)(?P<count>(?:等(?:共计|共|计)?|共计|合计|共|计)"
                                     rf"(?P<n>[\d{_CN_NUM}]{{1,4}})[个处](?:{_SUMMARY_KIND})?)"
                                     # ("…等52个区域已解除封控管理": done already, the same lift)
                                     r"(?:已经?|均已?|现已|全部|予以)?"
                                     r"(?P<lift>解除(?:封控|管控|防范|[高中低]风险)区?(?:域)?(?:管理|管控|措施)*)"
                                     r"(?=[,;。]|$)")
_ADDRESS_PATH = re.compile(r"[^、]{1,12}?(?:街道|镇|乡|苏木)、[^、]{1,12}?(?:社区|村|居委会|嘎查)、"
                           r"[^、]{2,30}(?<!街道)(?<![镇乡村])(?<!社区)")


def _counted_subject_lifted(m: re.Match[str]) -> str:
    obj = m["obj"]
    if _no_lifted_place(obj):
        return m.group()  # "农贸市场等12个场所解除封控管理": kinds of site counted, no place named
    if _ADDRESS_PATH.fullmatch(obj) and m["count"].startswith("等") and _cn_int(m["n"]) != 3:
        obj = obj.replace("、", _ONE_PLACE_AND)
    return f"{m['enum']}将{obj}{m['count']}{m['lift']}"

# "A镇(除上述区域外)的防范区自然解除", "B村管控区同步解除": the place, then the level it had, then the lift (often
# with an adverb: the level goes by itself once the areas inside it are lifted); read as
# "将A镇(除上述区域外)解除防范区管理".
# (Not "原封控区解除后": the lift must end the clause, with its stop (not "某市封控区解除", a headline); not
# "封控区、管控区解除": the subject must be no level; not "A小区管控区解除,由管控区调整为防范区": a move follows.)
_PLACE_LEVEL_LIFTED = re.compile(rf"(?m)(?:^|(?<=[,;:。]))(?P<obj>(?![原对将把由])(?:[^,;。:()“”\n的、]|\([^()]*\)"
                                 # ("A镇除上述区域以外的其他区域": the 的 of a rest inside the place)
                                 rf"|(?<=外)的(?=其他|其它|其余|所有|全部)){{2,60}}?)"
                                 rf"的?(?P<level>{_LEVEL})(?:自然|自动|同步|同时|一并|相应|随之|也|均|亦)*"
                                 r"(?:解除|解封)(?=[,;。])(?!,?(?:由|调整|转|降|改|变更|按|实行))")


# "A解除中风险区管控,中新天津生态城低风险区同步解除", "B新区的防范区一并解除": a zone of district rank named whole by
# its kind (an eco-city, a new area, a development or bonded zone), its low-risk (precaution) rest lifted with the
# areas inside it: the rest of a district, a blanket, no place (a town's or street's rest is one: "C镇低风险区…")
_DISTRICT_RANK_ZONE = re.compile(rf"[{_CJK}]{{2,10}}(?:生态城|新区|开发区|高新区|经开区|保税区|综合实验区|示范区"
                                 r"|合作区)(?:全域|全境|范围内|内)?")


def _place_level_lifted(m: re.Match[str]) -> str:
    if _LEVEL_RE.search(m["obj"]) or re.search(r"[封管]控|防范|风险", m["obj"]) or _no_lifted_place(m["obj"]):
        return m.group()  # "封控区和管控区解除": levels, no place (nor "居民封控区同步解除": people)
    if re.match(r"低风险|防范", m["level"]) and (_DISTRICT_RANK_ZONE.fullmatch(m["obj"])
                                               or m["obj"] in _divisions()[0]
                                               or (m["obj"].endswith(("县", "旗")) and _district_ok(m["obj"], True))):
        # "中新天津生态城低风险区同步解除": a zone's rest, a blanket; "A县低风险区同时解除" (成都, summer 2022): a
        # whole county's (district's, city's) low-risk rest lifted with the areas inside it, a blanket too
        return ""
    return f"将{m['obj']}解除{m['level']}管理"


# "经指挥部同意,A区百货大楼正式解封。", "B小区、C小区解除封闭管理。" (a report's wording): the places, then the lift
# with no level named but the closure's (解封, 解除封控 / 封闭, 解除管控); read as "将…解除封控管理". Only a clause of
# whole places ends so, with its stop (a headline "A小区解除封控" has none and lifts no listed place): not
# "直至6月9日解封" (a time), "这5个小区正式解封" (a count), "社区解封后…" (no clause's end).
# (not after ";", nor after a comma on a line with one: "1、A楼;B层;C区解除封控;" is a numbered item of places whose
# lift comes after its last, read whole)
# (or with the clause that puts them under another level after it: "A村、B村解除封控,纳入管控区管理")
_THEN_UNDER = (r",(?:并|同时)?(?:纳入|转为|转入|调整为|降为|列入|按照?)(?:临时)?(?:封控|管控|防范|[高中低]风险)"
               r"(?:区|地区|区域)")
# ("…,同时B村解除封控": 同时 opening the clause no part of its place)
_SUBJECT_LIFT_CLAUSE = (r"(?P<obj>(?![原对将把由该这此其])[^,;。:()“”\n的\s]{3,80}?)"
                        r"(?:已经?|现已|均已?|正式|予以|全面|全部|一并|同步|同时)*"
                        r"(?:解封|解除(?P<kind>封控|封闭|管控)(?:、?(?:封控|管控))?(?:管理|管控|措施)?)")
# ("A小区解除封控,B村解除封控。": a clause of the same form after the comma, each place the subject of its own lift;
# the first clause ends at the comma, the next one read by the same rule after it)
# (its subject places, not people: "…,同时对进出人员解除管控措施" is no such clause)
_NEXT_SUBJECT_LIFT = (",(?![^,;。]*?(?:对|人员|居民|群众|车辆))"
                      + "(?=" + re.sub(r"\(\?P<\w+>", "(?:", _SUBJECT_LIFT_CLAUSE) + "[,;。])")
_SUBJECT_LIFTED = re.compile(r"(?m)(?:^|(?<=[,。]))"
                             r"(?:(?:与此)?同时(?=[^\W\d_]{2})(?![村镇乡屯庄街路巷里湾社组园苑区])"
                             + _SAME_TIME_NOT_NAME + r")?"
                             + _SUBJECT_LIFT_CLAUSE
                             + rf"(?=[;。]|{_THEN_UNDER}|{_NEXT_SUBJECT_LIFT})")


# "解除A村、B村封控,纳入管控区管理": the places between 解除 and the closure's word (no level's 区), then the level they
# are put under; read as "将A村、B村解除封控,…" (the change of level is the sentence's, its places whole ones).
# ("解除A小区临时管控措施,调整为低风险区": the control temporary, 临时 no part of the place)
_LIFT_BEFORE_UNDER = re.compile(rf"(?<![对将把])解除(?P<obj>[^,;。:()“”的\n]{{2,200}}?)"
                                rf"(?:的?临时性?)?(?P<lv>封控|管控|防范)"
                                rf"(?:管理|措施)?(?={_THEN_UNDER})")


def _lift_before_under(m: re.Match[str]) -> str:
    if not all(_complete_place(item) or _front_district(item) for item in m["obj"].split("、")):
        return m.group()
    return f"将{m['obj']}解除{m['lv']}"


_OBJECT_SO_FAR = re.compile(r"[将对把](?:[^,;。:()“”\n]{2,80}?,)+$")
_OBJECT_VERB = re.compile(r"为|解除|划|调整|实行|实施|纳入")


def _subject_lifted(m: re.Match[str]) -> str:
    obj = m["obj"]
    # ("…全部解除后,防范区A村同步解除管控措施": the level the places leave written in front of them)
    if (labelled := re.fullmatch(r"(?P<level>封控区|管控区|防范区)(?P<rest>.{3,})", obj)) \
            and all(_complete_place(item) for item in labelled["rest"].split("、")) \
            and not re.search(r"封控|管控|防范|风险|疫情|人员|群众|居民", labelled["rest"]):
        return f"将{labelled['rest']}解除{labelled['level']}管理"
    if ";" in m.string[m.string.rfind("\n", 0, m.start()) + 1:m.start()]:
        return m.group()  # "1、A楼;B路与C港之间,D路两侧商住楼解除管控": the last of a ";" list, read whole
    # ("将A,B解除封控管理", a lift's object of places between commas already read: B is its last, no subject)
    before = m.string[max(m.string.rfind(stop, 0, m.start()) for stop in "。;\n") + 1:m.start()]
    if (listed := _OBJECT_SO_FAR.search(before)) and not _OBJECT_VERB.search(listed.group()):
        return m.group()
    items = obj.split("、")
    if _no_lifted_place(obj):
        return m.group()  # "农贸市场正式解封": a kind of site by its kind alone, no place
    if re.search(rf"\d|[{_CN_NUM}]个|[{_CN_NUM}]处|日|后|前|时|期间|封控|管控|防范|风险|疫情|人员|群众|居民|全", obj) \
            or not all(_complete_place(item) for item in items):
        return m.group()
    kind = "管控" if m["kind"] == "管控" else "封控"
    return f"将{obj}解除{kind}管理"


# "不再将柳江区全域设为防范区", "不再把A村列为管控区": the areas leave the level.
_NO_LONGER = re.compile(rf"不再(?:将|把)(?P<obj>[^,;。:]{{2,200}}?)(?:设|列|划|定|作|确定)为(?P<level>{_LEVEL})")


# "并解除相应封控区、管控区、防范区管控" (长沙, spring 2022): the levels' areas that go with what the sentence named,
# no place (相应, corresponding; 对应, 相关 the same); read as "解除上述封控区、管控区…", levels' areas named elsewhere.
_CORRESPONDING_LEVELS = re.compile(rf"(?<=解除)(?:相应|对应|相关)的?(?=(?:{_LEVEL}))")
# "二、A小区1-4栋及公共范围区域相应解除管控区管理措施" (广州, spring 2022), "B路以南的区域一并划为防范区": an adverb
# (correspondingly, together with it) between the place and the verb of its change is no part of the place; dropped.
# (Only straight after a name's character, before 解除 or a verb with its 为: "并相应解除…" loses only the word;
# "相应区域", "相应调整防控措施" are left.)
_ALONG_BEFORE_VERB = re.compile(rf"(?<=[^\W_)】])(?:相应|一并|同步|随之)地?(?=(?:予以)?解除|{_TARGET_VERB})")


# "将A街道封控区、管控区已划为中风险的地区降为低风险地区" (长沙, spring 2022): the areas of a level by reference (those
# already drawn as medium), no place named; read as "将A街道封控区、管控区的中风险地区降为…", a level's areas.
_ALREADY_DRAWN_AREAS = re.compile(r"(?<=[将把])(?P<obj>[^,。;:\n将把]{2,80}?)已(?:经)?(?:被)?"
                                  r"(?:划|列|确定|认定|调整|定)为(?P<lv>[高中低]风险)(?:地区|区域|区)?的(?:地区|区域|范围)")


# "一、解除A巷15号,B街1号;C小区一栋;D小区23栋封控区管理。" (长沙, spring 2022): one lift's places grouped with ";"
# between 解除 and the level it lifts; the groups are places of the same list, read with "," (not clauses: a group
# with a verb or a level of its own, "解除A封控区;解除B管控区", stays as written).
_LIFT_GROUPS = re.compile(rf"(?m)(?<=解除)(?P<obj>[^。\n:;]{{2,400}}(?:;[^。\n:;]{{2,400}}?)+)"
                          rf"(?P<tail>(?:{_LEVEL})(?:管理|管控|措施)?[。.]?$)")


def _lift_groups(m: re.Match[str]) -> str:
    groups = m["obj"].split(";")
    # (nor a group that keeps its level, "B小区5栋保留封控区", "继续", "维持", "暂不": the lift ends at the ";")
    if any(_LEVEL_RE.search(g) or re.search(r"解除|解封|实行|实施|调整|划为|列为|恢复|措施|管理|风险", g)
           or re.search(r"保留|继续|维持|保持|仍|暂不|不予|新增|转为|升为|降为|纳入|列入|作为|为$", g)
           for g in groups):
        return m.group()
    return ",".join(groups) + m["tail"]


# "4.原A路、B路合围区域(除C小区3幢外)不再列为防范区,恢复常态化疫情防控" (杭州, early 2022): the area as the
# subject, no 将, leaving its level; read as "将…解除防范区" (原, formerly, is a word of time, no part of the place).
# (after a comma too: "A小区3栋由封控区调整为管控区,B小区5栋不再列为管控区", "自即日起,C村不再列为封控区")
_SUBJECT_NO_LONGER = re.compile(
    rf"(?m)(?P<lead>(?:^|(?<=[。;,]))[ \t]*(?:{_ENUM.pattern})?[ \t]*)原?"
    r"(?P<obj>(?![ \t]*(?:以上|上述|前述|该|此|其他|其余|其它|全|所有|我|本|对|将|把))"
    r"(?:[^,;。:()\n]|\([^()\n]{0,80}\)){2,200}?)"
    # ("A小区,不再列为管控区": a comma after the subject, whole places)
    r"(?P<comma>,)?"
    # ("不再纳入临时管控区": a temporary control area, the level the same)
    rf"(?:已|将)?不再(?:设|列|划|定|作|确定|纳入)为?(?:临时性?)?(?P<level>{_LEVEL})")


# "…;幸福村已连续7天无新增病例,不再列为管控区" (a reviewer's wording): a place's days without a new case told
# between the place and its lift (as "管控区:A村…无新增病例,解除管控" is); the reason is no part of the place: dropped,
# its comma kept, so the place is the subject that leaves the level ("B村,不再列为管控区"). (Only the days without a
# new case, and 不再 with a level straight after the comma; not a level that qualifies what follows, "…无新增阳性,
# 不再列为管控区的楼栋解除管控", no lift of the place before; review rv69c.)
_REASON_BEFORE_NO_LONGER = re.compile(
    r"(?<=[\u4e00-\u9fff\d)])(?:全域|全境)?(?:范围)?内?(?:已经?)?(?:近|连续|累计|超过)?[\d一二三四五六七八九十]{1,2}(?:天|日)(?:内)?"
    r"(?:无|未发现|未出现|没有)(?:新增|新发)[^,。;:\n]{0,10}"
    rf"(?=,(?:已|将)?不再(?:设|列|划|定|作|确定|纳入)为?(?:临时性?)?(?:{_LEVEL})(?![域的]))")


# "将A街道办事处全域调整为高风险地区,B小区、C小区…等9个区域不再单独设为中风险地区" (哈尔滨, autumn 2021): places
# absorbed into a wider area given a level, no longer a level of their own (单独, separately): neither lifted nor
# given a level; the clause dropped with its comma (not "不再设为", "不再列为": the place leaves its level).
_ABSORBED_NO_LONGER = re.compile(
    rf"(?m)(?:[,;]|^[ \t]*(?:{_ENUM.pattern})?[ \t]*)(?P<obj>[^,;。:\n]{{2,400}}?)"
    rf"(?:等(?:\d{{1,3}}|[{_CN_NUM}]{{1,3}})个(?:区域|地区|小区|点位|场所))?"
    rf"(?:已|将)?不再单独(?:设|列|划|定|作|确定|纳入)为?(?:{_LEVEL})(?=[,;。]|$)")


# "A社区B客栈,并入之前划定的中风险区C街道A社区(高风险区除外),不再单列;" (榆林, summer 2022): a note after a place
# that it is now counted in an area of a level named before (并入, merged; "订正并入…", a correction, the same), no
# longer listed apart (不再单列); the area merged into is no place of this notice: the note is dropped with its comma,
# the place before it kept (only with both 并入 and 不再单列 / 不再单独列出 closing the note).
_MERGED_NOT_LISTED = re.compile(
    rf",(?:订正|更正)?(?:并入|归入|合并(?:到|至|入))(?:之前|此前|前期|原|已经?)?(?:已经?)?(?:划定|公布|确定|划分)?的?"
    rf"(?:{_LEVEL})?(?:[^,;。:()\n]|\([^()\n]{{0,40}}\)){{2,80}}?,不再(?:单列|单独列出|单独列明)(?=[,;。]|$)", re.M)

# "将A小区调整为中风险区,不再单独设为高风险地区", "B村降为低风险区,不再列为中风险区": a clause with no subject of
# its own after a clause that gave its places a level, telling the level they leave (or are no longer a separate area
# of): no place of its own, read with the clause before; dropped with its comma (not after a clause with no level:
# "C小区,不再列为管控区" is left).
_BARE_NO_LONGER = re.compile(rf"[,;](?:并且|并|且|同时|也|亦)?(?:已|将)?不再(?:单独)?(?:设|列|划|定|作|确定|纳入)为?"
                             rf"(?:临时性?)?(?:{_LEVEL})(?=[,;。]|$)", re.M)


def _bare_no_longer(m: re.Match[str], text: str) -> str:
    # (the clause before since a ";" only: "将A小区划为管控区;B村,不再列为管控区", B's own clause of no level, B
    # lifted, as "B村,不再列为管控区" alone)
    # (not where the clause goes on after it with its new level, "将A小区划为管控区;B村全域,不再列为防范区,调整为
    # 管控区": B's change, the clause before it since the "。"; review rv68b)
    semicolon = text.rfind(";", 0, m.start()) if not text.startswith(",", m.end()) else -1
    start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start()), semicolon) + 1
    return "" if _LEVEL_RE.search(text, start, m.start()) else m.group()


def _absorbed_no_longer(m: re.Match[str]) -> str:
    if _LEVEL_RE.search(re.sub(r"\([^()]*\)", "", m["obj"])) or re.search(r"人员|居民|群众|车辆", m["obj"]):
        return m.group()
    return ""


# "1.A街道B社区临时管控区域已连续5天没有新增阳性病例,现决定从11月2日8时起,该区域不再纳入临时管控区。" (顺德, autumn
# 2022): a place's area of a level as the subject, the reasons and the time after it, then the area referred back to
# (该区域, 上述区域) leaving its level; read as "…,现决定从11月2日8时起,A街道B社区不再纳入临时管控区" (the level's words
# after the place no part of it). (Only a subject with no level or people inside and a back-reference straight
# before 不再 and its level.)
_SUBJECT_REFERRED_BACK = re.compile(
    rf"(?m)(?P<lead>(?:^|(?<=[。;]))[ \t]*(?:{_ENUM.pattern})?[ \t]*)"
    r"(?P<obj>(?![ \t]*(?:以上|上述|前述|该|此|其他|其余|其它|全|所有|我|本|对|将|把|各))[^,;。:()\n]{2,80}?)"
    rf"(?:临时性?)?(?:{_LEVEL})(?=[^,;。:\n]{{0,40}}?(?:已|均|经|连续|没有|无|未))(?P<mid>[^,;。:\n]{{2,80}},"
    r"(?:[^;。:\n]{0,80},)?)(?:该|此|上述|以上)(?:区域|地区|片区|范围)"
    rf"(?=(?:已|将)?不再(?:设|列|划|定|作|确定|纳入)为?(?:临时性?)?(?:{_LEVEL}))")


def _subject_referred_back(m: re.Match[str]) -> str:
    # (not a subject that only tells which areas, "近期划定的临时管控区…,该区域不再纳入临时管控区", "前期划定的",
    # "原划定的": the areas drawn before, no place named; review rv69a)
    if _LEVEL_RE.search(m["obj"]) or re.search(r"人员|居民|群众|车辆|病例|感染者", m["obj"]) \
            or m["obj"].rstrip().endswith("的"):
        return m.group()
    return f"{m['lead']}{m['mid']}{m['obj']}"


def _subject_no_longer(m: re.Match[str]) -> str:
    if _LEVEL_RE.search(re.sub(r"\([^()]*\)", "", m["obj"])) or re.search(r"人员|居民|群众|车辆", m["obj"]):
        return m.group()
    if re.search(r"不再(?:设|划|定)(?!为)", m.group()):
        return m.group()  # ("A县不再设中风险区": no such level set any more, a rule of the county, no place lifted)
    if m["comma"] and not all(_complete_place(item) for item in m["obj"].split("、")):
        return m.group()  # ("经研究,不再列为管控区": a clause of no place before the comma)
    return f"{m['lead']}将{m['obj']}解除{m['level']}"


# "2.管控区(原A小区3幢、4幢、5幢)调整为A小区4幢;", "3.防范区调整为A小区3幢、4幢、5幢;" (杭州, early 2022): a
# level's range redrawn as the places after 调整为 (the former range in brackets no place now); read as "将…划为…".
# (Not a level turned into another, "防范区调整为低风险区", nor its measures, "封控区调整为居家健康监测".)
# "将中风险区调整为东至A路、南至B大道、西至C路、北至D路区域内(含已划分的中风险区E楼)。该区域实行…" (青海, 2022): the
# same with 将 (把) before the level, after a comma too, the area redrawn as a bounded area, its bracket naming an
# earlier place of the level kept with it, the sentence going on after "。" with the area's measures.
_LEVEL_RANGE_REDRAWN = re.compile(
    rf"(?m)(?P<lead>(?:^|(?<=[,。;:]))[ \t]*(?:{_ENUM.pattern})?[ \t]*)(?:将|把)?(?P<level>{_LEVEL})"
    r"(?:\(原[^()\n]{1,120}\))?(?:的?范围)?"
    r"(?:调整为|调整至|变更为|重新划定为)(?P<obj>(?:[^,;。:()\n]|\([^()\n]{0,80}\)){2,200}?)(?P<end>[;。]|$)")


# "津南区调整原部分封控区为A镇B园,C园,…,增加划定D镇E园,F园为封控区" (天津, early 2022): the verb of adjusting
# before a level (原, former; 部分, some of), then 为 and the places the level's areas now are (the district's whole
# list of the level restated, each place set by this notice), the list ending at the next verb of new areas (增加,
# 新增) after a comma, or at the clause's end; read as "津南区划定A镇B园,C园为封控区,新增划定…".
# (Not "调整封控区为管控区", a level to a level, nor "调整中风险区为居家健康监测", a level's measures: a level or
# measure in the list leaves it as written.)
_LEVEL_LIST_REDRAWN = re.compile(
    rf"(?m)(?P<lead>(?:^|(?<=[,。;:]))[ \t]*(?:{_ENUM.pattern})?[ \t]*(?:[{_CJK}]{{2,8}}?(?:区|县|旗|市))?)"
    rf"调整(?:原有?|现有)?的?(?:部分)?(?P<level>{_LEVEL})(?:的?范围)?为"
    r"(?P<obj>(?:[^;。:()\n]|\([^()\n]{0,80}\)){2,2000}?)(?P<end>,(?=(?:增加|新增)(?:划定)?[\u4e00-\u9fff])|[;。]|$)")
# "增加划定A为封控区" (天津, early 2022): 增加 (add) before 划定 as 新增划定.
_ADDED_DRAWN = re.compile(rf"(?<!新)增加划定(?=[{_CJK}])")


# (review rv64a: nor a list going on with a clause of its own after a comma, what the rest or another place gets,
# "调整封控区为A里,B苑,其余楼栋同步解封", "…,解封C里", "…,为期7天": the list is no whole list of places then)
# (a count of days as a span, "封控7天", "7天内", not a name that holds one, "七天连锁酒店"; review rv66b)
_LEVEL_LIST_CLAUSE = re.compile(r"解封|解除|撤销|取消|恢复|降为|降级|升为|调整|实行|实施|执行|继续|同步|其余|其他|其它"
                                r"|期满|为期|视情|另行|暂定|[\d一二三四五六七八九十]天(?=$|[,、;。]|内|后|期)")


def _level_list_redrawn(m: re.Match[str]) -> str:
    bare = re.sub(r"\([^()]*\)", "", m["obj"])
    if _LEVEL_RE.search(bare) or re.search(r"风险|管理|措施|监测|隔离|常态|防控|管控|封控|防范|人员", bare) \
            or _LEVEL_LIST_CLAUSE.search(bare) \
            or not _complete_place(re.split(r"[、,]", bare)[0]):
        return m.group()
    return f"{m['lead']}划定{m['obj']}为{m['level']}{m['end']}"


def _level_range_redrawn(m: re.Match[str]) -> str:
    # (a bracket may name the level's earlier place: "含已划分的中风险区E楼")
    bare = re.sub(r"\([^()]*\)", "", m["obj"])
    if _LEVEL_RE.search(bare) or re.search(r"风险|管理|措施|监测|隔离|常态|防控|管控|封控|防范|人员", bare) \
            or not (_complete_place(re.split(r"[、,]", bare)[0]) or _BOUNDS_WORDS.match(bare)):
        return m.group()
    return f"{m['lead']}将{m['obj']}划为{m['level']}{m['end']}"


# "解除A区指挥部办公室于11月29日、11月30日发布的《关于划定风险区域的通告》中B街道、C街道临时管控区的管控措施":
# the notice the areas were designated by, cited between 解除 and the places, is no part of them.
# The district of the office that issued it stays in front of the places (the areas it designated are in it).
_CITED_NOTICE = re.compile(r"(?<=解除)(?:(?P<office>[^,;。:《》\n]{0,80}?)(?:发布|公布|印发)的)?《[^《》\n]{1,80}》"
                           r"(?:\(?第[\d〇一二三四五六七八九十百]+号\)?)?(?:中|里)(?:所|已)?(?:划定|确定|公布)?的?")
_OFFICE_DIVISION = re.compile(rf"[{_CJK}]{{2,8}}?(?:区|县|旗|市)")


# A report's lead naming the closures an office issued by their titles: "…指挥部分别发布了《关于对A县B镇C村、D村实施
# 隔离管理的通告》和《关于对A县B镇E村实施隔离管理的通告》。" (early 2020: a village isolated is closed, no one out or
# in). Each title is a closure the report tells of, its text maybe not given: read as a sentence of its own after
# the lead's, "对A县B镇E村实施封闭管理。" (the sealed level, as any closure).
_CLOSURE_TITLE = re.compile(r"《关于对(?P<obj>[^《》\n,;。:]{2,80}?)(?:实施|实行|进行)(?:临时|紧急)?"
                            r"(?:封闭|隔离|封控)(?:式)?(?:管理|管控|措施)的(?:通告|公告)》")
_ISSUED = re.compile(r"(?:发布|印发|公布)了?")


# "对A村在最后一例病例发病时间(2月1日)后14天内实施限制人员、车辆进出的管控措施" (early 2020, before the levels): no
# one and no vehicle in or out, the closure of a village, for a time written between the place and the verb; read as
# "将A村划为封控区" (the sealed level, as any closure of that year).
# (not the roads in and out of a place: "对出入县城的道路实施…" closes roads, names no place)
_CLOSED_TO_TRAFFIC = re.compile(r"(?:(?<=^)|(?<=[\n,。;:]))[ \t]*(?:决定)?对"
                                r"(?P<obj>(?!出入|进出|往来|来往|过往|所有|全部|各类|各个)[^,;。:()“”\n的]{2,60}?)"
                                r"(?:(?:在|自|从|于)(?:[^,;。:()\n]|\([^()\n]{0,20}\)){1,40}?(?:内|起|止|期间),?)?"
                                r"(?:实施|实行|采取|进行)了?(?:临时|严格)?(?:限制|禁止|严禁)(?:所有|一切)?(?:人员|人)"
                                r"(?:[、和及与]|以及)?(?:车辆|车)(?:进出|出入|往来)的?"
                                r"(?:管控|封闭|封控|管理)?(?:措施|管理)?(?=[,;。]|$)", re.M)


def _closed_to_traffic(m: re.Match[str]) -> str:
    if not all(_complete_place(item) or _front_district(item) for item in m["obj"].split("、")):
        return m.group()
    return f"将{m['obj']}划为封控区"


# "自2月3日00时起至2月6日14时,禁止一切人员和车辆进出A乡B、C村" (early 2020, before the levels): the ban written first,
# the closed places after it, the same closure; read as "将A乡B、C村划为封控区". (Only a place listed: not "禁止人员
# 车辆进出上述区域", "…进出封控区", a reference or a level; the first of "B、C村" may share the last one's kind.)
_TRAFFIC_BANNED_INTO = re.compile(r"(?:(?<=^)|(?<=[\n,。;:]))[ \t]*(?:决定)?(?:一律|全面|严格)?(?:禁止|严禁)"
                                  r"(?:所有|一切|任何)?(?:人员|人)(?:[、和及与]|以及)?(?:车辆|车)(?:进出|出入)"
                                  r"(?P<obj>[^,;。:()“”\n的]{2,60}?)(?=[,;。]|$)", re.M)
_NOT_A_LISTED_PLACE = re.compile(rf"^(?:该|本|此|上述|以上|前述|各|所有|全部|辖区)|{_LEVEL}"
                                 r"|(?:封控|管控|防范)(?:区域|小区)")


def _traffic_banned_into(m: re.Match[str]) -> str:
    items = m["obj"].split("、")
    if any(_NOT_A_LISTED_PLACE.search(item) for item in items) or all(_GENERIC_SITE.fullmatch(i) for i in items) \
            or not (_complete_place(items[-1]) or _front_district(items[-1])):
        return m.group()
    return f"将{m['obj']}划为封控区"


def _issued_closures(text: str) -> str:
    """The lead's line with each closure its titles name after it, as a sentence of its own."""
    if "《关于对" not in text:
        return text
    lines = text.split("\n")
    for n, line in enumerate(lines):
        issued = _ISSUED.search(line)
        objects = [t["obj"] for t in _CLOSURE_TITLE.finditer(line, issued.end())] if issued else []
        if objects:
            lines[n] = line + "".join(f"\n对{obj}实施封闭管理。" for obj in objects)
    return "\n".join(lines)


def _cited_notice(m: re.Match[str]) -> str:
    office = m["office"] or ""
    return next((d.group() for d in _OFFICE_DIVISION.finditer(office)
                 if d.group() in _divisions()[0] and not d.group().endswith("市")), "")


# "解除对A小区居民的封控": the residents of a named estate (village, building) lifted are the place lifted (not "各小区
# 居民", "相关村村民": no place named)
_PLACE_RESIDENTS = re.compile(r"(?P<place>[^,;:、]{2,60}?(?:小区|社区|村|组|楼|栋|幢|单元|苑|园|庄|公寓|大厦"
                              r"|花园|家园|里|院))的?(?:全体|所有)?(?:居民|住户|村民|居住人员)")
_UNNAMED_HOMES = re.compile(r"^(?:各|所有|全部|全体|相关|有关|上述|以上|该|本|部分|其他|其余|居民|封控|管控|防范|涉疫"
                            r"|风险|重点|辖区)")


def _lift_of(m: re.Match[str]) -> str:
    obj = re.sub(r"^(?:进出|出入)(?=.{2})", "", m["obj"]) if m["control"] else m["obj"]
    if homes := _PLACE_RESIDENTS.fullmatch(obj):
        if _UNNAMED_HOMES.match(obj) or not _complete_place(homes["place"]):
            return m.group()
        obj = homes["place"]
    if _no_lifted_place(obj):
        return m.group()
    return f"将{obj}{m['count'] or ''}解除{m['lv'] or ('封控' if m['closed'] else '管控')}管理"


# "对3天内有疫情发生的楼栋实施临时管控措施": a kind of place by what happened there, no place named
_DESCRIBED_OBJECT = re.compile(r"(?:天|日|小时)内|有疫情|发生疫情|出现(?:病例|阳性|确诊|感染)")


# "自1月30日12时起,对A社区实行封闭管理。实行封闭管理以来,未出现新增病例。现决定…解除对A社区的封闭管理": a lift's
# notice recalls the measure it lifts (its time since told after it), no level set
_SINCE_MEASURE = re.compile(r"(?:实施|实行|管理|管控|封控|封闭)以来")


def _recalled_measure(m: re.Match[str]) -> bool:
    after = m.string[m.end():]
    return bool(_SINCE_MEASURE.search(after)) and re.search(r"解除对?" + re.escape(m["obj"].strip()), after) is not None


_MEASURES_NEXT = re.compile(r"\s*(?:实行|实施|采取|落实|执行|做到)")


# "2.以下小区和村实施管控管理,严格落实“人不出区”等措施:" over a line of estates and villages: the kinds of the
# places below as the subject of the measure (no 对), the line ending with a colon before the list; read as
# "对以下小区和村实施管控管理…:" (then "将以下小区和村划为管控区:"). (Not "以下人员实行居家管理": people; not a
# sentence that goes on after its colon.)
_LISTED_BELOW_MANAGED = re.compile(rf"(?m)^(?P<enum>[ \t]*(?:{_ENUM.pattern})?[ \t]*)"
                                   r"(?=以下(?:小区|村|社区|区域|地区|片区|楼栋|单位|场所|村庄|乡镇|街道|和|及|、){1,6}"
                                   r"(?:继续|均|统一|一律)?(?:实施|实行)(?:临时性?)?(?:封控|管控|封闭)(?:管理|措施)?"
                                   r"(?:[,,][^\n:]{0,60})?:[ \t]*\n)")


# "3.对甲镇乙村,解除管控并调整为防范" / "解除甲镇乙村管控,并调整为防范区": a place's level lifted and a lower one
# given in the same clause (河北, spring 2022, 封控/管控/防范 without 区); read as "将甲镇乙村由管控区调整为防范区"
# (the new level, as a downgrade's). (The rest of a district so lowered, "对全区其他区域,解除管控…", is a blanket
# then, no place.) (The item's number in any style, "3." "3、" "(3)" "3)" "(三)", a space after it or not: with
# "(3)" unread the clause fell to the lift rules, which took "管控并调整为" for a place.)
_LIFTED_AND_LOWERED = re.compile(r"(?m)(?:(?<=^)|(?<=[\n,。;:]))"
                                 rf"(?P<enum>[ \t]*(?:{_ENUM.pattern})?[ \t]*)"
                                 r"(?:对(?P<obj>[^,。;:\n()]{2,80}?),?解除|解除(?![对将])(?P<obj2>[^,。;:\n()]{2,80}?)的?)"
                                 r"(?P<lv>封控|管控)(?:区)?(?:管理|措施)?,?并?(?:调整|转|降|下调)为"
                                 r"(?P<to>管控|防范)(?:区)?(?:管理|措施)?(?=[,。;\n]|$)")


def _lifted_and_lowered(m: re.Match[str]) -> str:
    obj = m["obj"] or m["obj2"]
    if _LEVEL_RE.search(obj) or re.search(r"人员|居民|群众|车辆|措施", obj):
        return m.group()
    return f"{m['enum']}将{obj}由{m['lv']}区调整为{m['to']}区"


# "…指挥部决定自9月29日0时起调整A路、B路…合围区域,C街道办事处全域,D镇全域临时性管控措施:" over the measures that
# still hold ("非必要不外出", shops closed): the areas stay under temporary control, their measures adjusted (哈尔滨,
# autumn 2022); read as "将A…合围区域划为管控区。将C街道办事处全域划为管控区。…" (the commas separate the areas, a
# bounded area's roads are joined by 、). (Not "调整A临时管控,按照其他区域…": the control ended, _ADJUSTED_TO_GENERAL.)
_CONTROL_ADJUSTED_BELOW = re.compile(r"(?m)(?:(?<=^)|(?<=[,。;:]|起))调整(?P<obj>[^。:;\n为由]{2,600}?)"
                                     r"(?P<lv>临时性?管控|临时性?封控)(?:措施|管理)[::][ \t]*(?=\n)")


def _control_adjusted_below(m: re.Match[str]) -> str:
    pieces = [p for p in m["obj"].split(",") if p]
    if any(_LEVEL_RE.search(p) or re.search(r"人员|居民|群众|车辆|措施|场所|部分区域$", p) or _no_area_object(p)
           for p in pieces):
        return m.group()
    level = "封控" if "封控" in m["lv"] else "管控"
    return "".join(f"将{p}划为{level}区。" for p in pieces)


# "对东昌区居民住户实施贴封条封闭管控" (通化, January 2021), "对望奎县所有小区村屯实行封闭管理" (绥化): a named
# district's (county's) every household, or every estate and village, closed: the district as a whole, read as the
# district itself (as a whole city closed is the city; not "对A县居民实行…", people, nor "对所有小区实行…", no division;
# nor "对A区城区所有小区实行…", the district's town only)
_SITE_WORD = r"(?:居民小区|小区|村屯|村庄|村组|自然村|行政村|村|屯|社区|院落|楼栋|居民楼)"
_WHOLE_DIVISION_SITES = re.compile(rf"(?P<division>[{_CJK}]{{2,10}}?(?:县|区|市|旗))(?:内|辖区内?)?的?"
                                   rf"(?:(?:所有|全部)的?{_SITE_WORD}(?:[、和及与/]?{_SITE_WORD})*"
                                   r"|(?:所有|全部|全体)?(?:居民住户|居民家庭|居民户|住户))")
# "对其所居住和生活的A村B屯和C小区及时封控": where a case lived (其, the case), a description before the places
_WHERE_CASE_LIVED = re.compile(r"^(?:其|患者|病例|确诊病例|感染者)(?:所|曾)?(?:居住|生活|工作)"
                               r"(?:和|及|、)?(?:居住|生活|工作)?(?:过)?的(?=[^,;。]{2})")


# (at once (及时, 立即) only of places named: not "一旦发现阳性病例,对所在小区立即封闭管理", "对涉疫村屯立即封闭",
# where a case may be found, no place)
_AT_ONCE = re.compile(r"(?:及时|立即|立刻|迅速|紧急)(?:临时)?$")
_AT_ONCE_NOT_NAMED = re.compile(r"^(?:其?所在|涉疫|涉及|相关|有关|发现|出现|病例|阳性)")
_AT_ONCE_IF = re.compile(r"一旦|如果|如有|如出现|如发现|若|一经|发现[^,。;:\n]{0,12}(?:后|时)$")


# "12月24日疫情发生后,市区两级紧密配合,立即组织开展流行病学调查…等处置工作,对A小区、B幼儿园进行临时管控" (云南,
# late 2021, a report after the decision it reports): what was done at once after the outbreak was found (the event,
# 后, then 立即 / 迅速 / 第一时间), an account of the response, not the notice's decision: no level. (Not a sentence
# that decides: "发现阳性后,经研判,决定对A小区实行封控".)
_EVENT_THEN = re.compile(r"(?:发生|发现|报告|出现|检出|确诊|通报)[^,。;:\n]{0,12}?(?:后|以后|之后),")
_RESPONSE_AT_ONCE = re.compile(r"立即|迅速|第一时间|随即|连夜")
_DECIDED = re.compile(r"决定|研判|研究|通告|公告|划定|划为")
# (a decision's start, "自即日起", "自10月3日0时起", ",现对": the measure is the notice's own, from a time it sets, not
# what was done; "发现阳性后,立即启动应急响应,自即日起对A小区实施临时管控" decides: review rv73b)
# (nor the grounds a decision gives, "依据有关规定,对A小区实行封控管理")
_DECISION_START = re.compile(r"(?:自|从|于)[^,。;:\n]{0,20}?起|即日起|[,,]现(?:对|决定|将|就|起|$)"
                             r"|(?:根据|依据|按照)[^,。;:\n]{0,20}?(?:规定|要求|需要)")


def _response_account(m: re.Match[str]) -> bool:
    sentence = re.split(r"[。;\n]", m.string[max(0, m.start() - 300):m.start()])[-1]
    event = _EVENT_THEN.search(sentence)
    return bool(event) and _RESPONSE_AT_ONCE.search(sentence, event.end()) is not None \
        and _DECIDED.search(sentence) is None \
        and _DECISION_START.search(sentence + m.string[m.start():m.start() + 2], event.end()) is None


# "对下列场所/单位实行封闭式管理:网吧、KTV、健身房、电影院" (a closure of kinds of venue): the list after the colon
# names kinds of business, each by its kind alone, no place; the closure is the venues' own measure.
_VENUE_KIND = (r"(?:室内|各类|所有|营业性|经营性)?(?:网吧|网咖|KTV|ktv|歌舞厅|歌厅|舞厅|酒吧|电影院|影院|影剧院|剧院"
               r"|健身房|健身馆|健身中心|游泳馆|游泳池|棋牌室|麻将馆|足浴|洗浴|浴池|按摩|美容美发|美容院|理发店|图书馆"
               r"|博物馆|文化馆|体育馆|体育场馆|密室逃脱|剧本杀|游戏厅|游艺厅|电玩城|书店|培训机构|校外培训机构"
               r"|农贸市场|菜市场|商场|超市|餐饮|餐馆|饭店|宾馆|酒店|养老机构|福利院|宗教场所|景区|公园|娱乐场所"
               r"|文化娱乐场所|公共场所|网络服务场所|上网服务场所|娱乐|休闲)(?:等)?(?:场所|店|馆|单位|机构)?")
_VENUE_KINDS_LIST = re.compile(rf"[ \t]*:?[ \t]*{_VENUE_KIND}(?:[、,和及与]{_VENUE_KIND}){{1,30}}(?:等)?"
                               rf"(?:[\d{_CN_NUM}]{{1,3}}类)?(?:场所|单位)?(?=[。;\n]|$)")


def _venue_kinds_follow(m: re.Match[str]) -> bool:
    """ "对下列场所实行封闭式管理:网吧、KTV、健身房": kinds of venue follow the heading, no place (see _VENUE_KIND)."""
    return re.match(r"(?:以下|下列|下述)", m["obj"] if "obj" in m.re.groupindex else "以下") is not None \
        and _VENUE_KINDS_LIST.match(m.string, m.end()) is not None


def _closed_below(m: re.Match[str]) -> str:
    return m.group() if _venue_kinds_follow(m) else "将下列区域划为封控区"


# (review rv64a: under the office's own division as the subject, "我区对重点场所实行临时管控", "我区对涉疫小区…",
# a kind of site, no place named: the measure's regime, left as written)
# (各 and 本 only as "each" and "this": "各类场所", "本辖区"; not a place's name that starts with them, "本源小区",
# "各庄村"; review rv66b)
_OUR_MEASURE_GENERIC = re.compile(r"(?:重点|公共|涉疫|相关|部分|辖区|其他|其余|其它"
                                  r"|各(?=类|个|级|重点|相关|小区|村|社区|场所|单位|镇|乡|街道|居民|区域)"
                                  r"|本(?=区|县|市|旗|辖区|地|级|小区|村|社区|镇|街道))")


def _measure_as_level(m: re.Match[str]) -> str:
    if _venue_kinds_follow(m):
        return m.group()
    if m["we"] and _OUR_MEASURE_GENERIC.match(re.sub(r"\([^()]*\)", "", m["obj"]).strip()):
        return m.group()
    if _AT_ONCE.search(m.string[m.end("obj"):m.start("kind")]) and (
            _AT_ONCE_NOT_NAMED.match(m["obj"]) or _AT_ONCE_IF.search(re.split(r"[。;\n]", m.string[:m.start()])[-1])):
        return m.group()
    if (whole := _WHOLE_DIVISION_SITES.fullmatch(m["obj"])) and _district_ok(whole["division"]) \
            and m["kind"] in ("封控", "封闭", "封锁"):
        return f"{m['enum'] or ''}将{whole['division']}划为封控区" + (":" if m["colon"] else "")
    if (lived := _WHERE_CASE_LIVED.match(m["obj"])) and not m["take"]:
        obj = m["obj"][lived.end():]
        if not re.search(r"人员|人群|居民(?!楼|小区|区|点)|群众|车辆", obj) and _complete_place(
                re.split(r"、|和|及", re.sub(r"\([^()]*\)", "", obj))[-1]):
            return f"{m['enum'] or ''}将{obj}划为{'管控' if m['kind'] == '管控' else '封控'}区"
    if _DESCRIBED_OBJECT.search(m["obj"]) or _recalled_measure(m) or _response_account(m):
        return m.group()
    # (with 采取 only places themselves: "对中风险区采取管控措施:足不出区…" gives a level's measures, "对A街道以下区域
    # 采取临时管控,实行如下管理措施:" points to a list below, read by _TEMPORARY_CONTROL_BELOW)
    # (nor people: "对外地来A镇人员采取封闭管理", "对B小区居民采取…")
    if m["take"] and (_LEVEL_RE.search(m["obj"]) or re.search(r"风险|以下|下列|如下|上述|以上|人员|人群|居民|群众|车辆"
                                                               r"|旅客|师生|学生|员工|职工|病例|感染者|密接|者$",
                                                               m["obj"])):
        return m.group()
    # (with any verb, no people, vehicles or shops, nor a kind of site by its kind alone: "对返乡人员实行封闭管理",
    # "对外来车辆实行管控", "同时对周边商户实行临时管控", "对学校实行封闭管理" are measures for them, no place)
    # (nor a gate, "对小区出入口实行管控", "对A街所有进出路口实行封控" (进出路口 and the like only ending the object:
    # "对A小区进出路口以内区域实行封控" names an area; review rv69b)
    # (a gate in the bounds' brackets is a landmark: "A社区(南至B高速出入口)"),
    # nor a place the text gave a level before, "将A小区划为封控区。对A小区实行
    # 封控管理": its measures)
    bare = re.sub(r"\([^()]*\)", "", m["obj"])
    if _no_lifted_place(bare) or re.search(r"商户$", bare) \
            or re.search(r"人员|人群|居民(?!楼|小区|区|点)|群众|车辆|旅客|师生|学生|员工|职工", m["obj"]) \
            or re.search(r"出入口|卡口|(?:进出|出入)(?:路口|通道|道口)(?:处|等处?)?$", bare) \
            or _no_subject_place(m.string, _OBJECT_TIME_END.sub("", m["obj"]), m.start("obj")):
        return m.group()
    # ("对上述区域实行封闭管控:" over the measures: the list above is the object, the measures below no list of it)
    # ("对A实施以下管控措施:实行“足不出户…”": the measures after the colon, no list: the sentence ends there)
    end = ("。" if re.match(r"(?:上述|以上|前述)", m["obj"]) or _MEASURES_NEXT.match(m.string, m.end()) else ":") \
        if m["colon"] else ""
    obj = _OBJECT_TIME_END.sub('', m['obj'])
    # ("对A村、B山庄范围内实施管控": within (范围内) named places is those places; not an area by its bounds, "C路以东…
    # 合围范围内", "D小区周边50米范围内", whose range is the place)
    if (within := re.fullmatch(r"(?P<places>[^,;]{2,200}?)(?:范围|区域)内", obj)) \
            and not re.search(r"[至起]|以[东南西北]|[东南西北][侧面边]|合围|围合|周边|周围|附近|米|中心|区间|隔断"
                              r"|沿线|之间", within["places"]):
        obj = within["places"]
    # ("在全市区域内实施临时性管控措施" (安徽, autumn 2022): the office's whole division under a temporary control, read
    # as "将市域内全域划为管控区", the division itself once it is known (_name_whole_own); not "全市实施社会面临时管控
    # 措施" (a regime over the public space, no place), nor "对全县实行管控措施" (no temporary control: a regime))
    if re.fullmatch(r"全[市县区旗](?:域|范围|区域)?", obj) and m["kind"] == "管控" \
            and "临时" in (between := m.string[m.end("obj"):m.start("kind")]) and "社会面" not in between:
        return f"{m['enum'] or ''}将{obj[1]}域内全域划为管控区" + end
    return f"{m['enum'] or ''}将{obj}划为{'管控' if m['kind'] == '管控' else '封控'}区" + end


# "第四批解除A市主城区B路两侧的第九网格区域,C路、D路合围区内的第十四网格区域…", "将E县中心城区F小区划为…":
# the city's (county's) main town (主城区, 中心城区, 老城区) written once before the places of a verb's object, the
# scope they lie in, no part of the first place. (Not the main town as the place itself, "对主城区实行封闭管理",
# nor its parts, sections or rest: "主城区片区", "主城区以外区域", "主城区(A区、B区)", "主城区内", "主城区居民".)
# (Not the main town itself before what is done to it, "解除主城区临时性管控", "将中心城区调整为低风险区", "对主城区
# 全面实行…": no place follows it; nor 老城区, a district's own name in 洛阳 ("将老城区A街道B小区划为…"); a county
# before its main town stays, the district of the places: "将A县中心城区B小区划为…" is A县's B小区.)
_URBAN_SCOPE_BEFORE_PLACE = re.compile(
    r"(?:(?<=解除)|(?<=[将对把]))(?P<city>[\u4e00-\u9fff]{2,4}?[市县])?(?:主城区|中心城区)"
    r"(?=[\dA-Za-z]|(?!片区|区域|以|之|外|内|范围|居民|人员|群众|和|及|、|全域|所有|全部|各|实行|实施|执行|解除|[为的])"
    r"[\u4e00-\u9fff]{2})")
_NOT_SCOPED_PLACE = re.compile(r"临时|社会面|[封管]控|防范|静默|静态|全面|全域|整体|风险|调整|划[为定入]|列为"
                               r"|[降升转]为|恢复|有序|逐步|疫情|防控|核酸|管理|措施|封闭"
                               # ("将主城区老旧小区划为管控区": the main town's kind of estates, no place named)
                               r"|老旧|住宅|沿街|临街|周边|部分|重点|背街|城中村")
_SCOPED_PLACE_KIND = re.compile(r"路|街|巷|道|村|组|小区|社区|花园|家园|苑|园|庄|大厦|公寓|广场|市场|网格|区域|片区"
                                r"|范围|楼|栋|幢|号|单元|酒店|宾馆|医院|学校|超市|商场|店")


def _urban_scope_before_place(m: re.Match[str]) -> str:
    rest = re.split(r"[,;。、\n]", m.string[m.end():m.end() + 80], maxsplit=1)[0]
    if _NOT_SCOPED_PLACE.match(rest) or not _SCOPED_PLACE_KIND.search(rest):
        return m.group()  # "解除主城区临时性管控": the main town is the place
    return m["city"] if m["city"] and m["city"].endswith("县") else ""


# A reference to a map or an annex in brackets after a place, "东益轩(见附图4)", "A小区(详见附件2)", also after
# the place's own separator ("…合围区域;(见附图1);"): an annotation, no part of the place. (A bracket that says
# more, "(详见附图6,即A河-B河合围所形成区域)", stays with its place.) ("(详见下图)": a map or table below it too;
# "A等11个小区(名单附后)", "(具体名单见附件)": the list of what a count covers, given elsewhere; "A街全域(区域范围详见
# 附件)": the area's bounds, drawn in the appendix)
_MAP_REFERENCE = re.compile(rf"[;,、]?[ \t]*\([ \t]*(?:(?:具体|详细)?(?:名单|清单|名录)"
                            rf"|(?:具体|详细)?(?:区域|管控|封控|封闭)?范围)?(?:详见|参见|见|如)?[ \t]*"
                            rf"(?:附图|附件|示意图|地图|[下上附]?图|[下上附]表|附后|后附)[ \t]*"
                            rf"[\d{_CN_NUM}A-Za-z]*(?:[-—、,][\d{_CN_NUM}A-Za-z]+)*(?:所示|标注)?[ \t]*\)")


# "新增高风险区:A小区3号楼,详见附图红线区域。" (广东, autumn 2022): a pointer to the map after the place's comma, the
# area drawn in a colour on it ("红线区域", "黄色框内区域") and its own exception ("(红线区域除外)", the map's
# other colour); an annotation, no place. (Only a whole clause that ends the item: "详见附图6,即A河-B河合围所形成区域"
# goes on with the area it describes and stays.)
_MAP_POINTER_CLAUSE = re.compile(r"[,;][ \t]*(?:具体)?(?:区域|范围|位置)?(?:详见|参见|请见|见)[ \t]*"
                                 r"(?:附图|附件|示意图|地图|下图|上图)[\d一二三四五六七八九十]{0,3}(?:中|内|所示)?"
                                 r"(?:[红橙黄蓝绿紫黑灰]色?[线框圈]?(?:框|标注|圈定)?的?[内中]?)?"
                                 r"(?:区域|范围|部分|位置|所示|标注)?"
                                 r"(?P<exc>\([^()\n,。;]{0,20}?除外\))?[ \t]*(?=[。;\n]|$)")


def _map_pointer_clause(m: re.Match[str]) -> str:
    # (an exception of the place's own, "A花园,详见附图(3号楼除外)", stays on the place; only the map's mark,
    # "(红线区域除外)", goes with the pointer: review rv73b)
    exc = m["exc"] or ""
    return "" if not exc or re.search(r"[红橙黄蓝绿紫黑灰]色?|[线框圈]|图", exc) else exc


# "将A、B划定为高风险区,而C、D,为中风险区" (福建, summer 2022, a news report): 而 opening the clause of the next level
# after a level's clause is a conjunction, no part of the next clause's first place. (Only after a clause that ends in
# its level and before one that gives its own.)
_WHEREAS_NEXT_LEVEL = re.compile(rf"(?<=[为成])(?P<lv>{_LEVEL})(?P<sep>[,;])而(?=[^。;\n]{{2,400}}?为{_LEVEL})")


# "图片" over "A镇临时管控区区域图" (东莞, autumn 2022, a page's copy): an image's placeholder and its caption, each
# a line of its own, no place. (Only a whole line: the word alone, or a name ending in 区域图 / 示意图 / 分布图 /
# 范围图 / 位置图, no sentence mark in it.)
_IMAGE_CAPTION = re.compile(r"(?m)^[ \t]*(?:图片|图像|配图|附图)[ \t]*(?:\n|$)"
                            r"|^[ \t]*[^,。;:!?、\n]{0,30}?(?:区域图|示意图|分布图|范围图|位置图)[ \t]*(?:\n|$)")
# "临时管控区范围由A村居民区调整为A村居民区新村" (东莞, autumn 2022): a level's range redrawn from the old area to the
# new, which is the place; read as "将A村居民区新村划定为临时管控区" (the old range only what is replaced, no
# place). (Not when the old or the new is a level or a time: "封控区范围由A调整为管控区", "管控期限由7天调整为5天".)
_RANGE_REDRAWN = re.compile(rf"(?P<level>(?:临时性?)?{_LEVEL})的?(?:范围|区域)由"
                            r"(?P<old>[^,。;:\n]{2,80}?)(?:调整|变更|扩大|缩小|缩减|调)为"
                            r"(?P<new>[^,。;:\n]{2,120}?)(?=[。;\n]|$)")


# ("封控区范围由整栋楼调整为单元", "由小区调整为楼栋": a rule's unit, a kind with no name, no place)
_BARE_UNIT_KIND = re.compile(r"(?:原|整|整个|整栋|整幢|单个|单|所在|涉疫|涉及|相关)?(?:的)?"
                             r"(?:楼栋|楼|栋|幢|单元|楼层|户|小区|院落|社区|村|村组|组|街道|镇|乡|区域|片区)")


def _range_redrawn(m: re.Match[str]) -> str:
    if any(re.search(r"[高中低]风险|封控|管控|防范|静默|[\d一二两三四五六七八九十]+个?(?:天|日|小时|周)|措施|管理",
                     m[k])
           or _BARE_UNIT_KIND.fullmatch(m[k].strip("“”\"'")) for k in ("old", "new")):
        return m.group()
    return f"将{m['new']}划定为{m['level']}"


# "管控区:A村全域内近14天无新增病例…,…,解除管控。": after a label the list of places runs straight into the
# condition they met; the places end where the condition starts (read as "管控区:A村全域。" and a sentence of
# its own "以上区域近14天无新增…", which names no place).
_CONDITION_AFTER_LIST = re.compile(r"(?<=:)(?P<places>[^,。:\n]{2,200}?)(?:区域|范围)?内?"
                                   r"(?P<cond>(?:已?连续|近|已满)[\d一二三四五六七八九十]{1,3}(?:天|日)内?"
                                   r"(?:无|未)(?:新增|发现|出现|报告))")


def _condition_after_list(m: re.Match[str]) -> str:
    parts = [p for p in re.split(r"[;、]", m["places"]) if p]
    # (not after a report's "A市疫情防控指挥部发布通告:": the places are the subject of the sentence that follows,
    # its "将以上地区调整为…" pointing back to them)
    if re.search(rf"{_REPORT_SAYS}:$", m.string[m.string.rfind("\n", 0, m.start()) + 1:m.start()]):
        return m.group()
    # (nor after a cited rule's colon, "根据《…方案》关于风险区解除标准规定:A村已连续3天无新增…": the lead, no label;
    # the place is the subject of the sentence's own change)
    if re.search(r"(?:^|[,。])[ \t]*(?:根据|按照|依据|依照)[^\n:]{0,80}(?:规定|要求|标准):$",
                m.string[m.string.rfind("\n", 0, m.start()) + 1:m.start()]):
        return m.group()
    if not parts or not all(_complete_place(p) or _front_district(p) or re.search(r"全域|全境", p) for p in parts):
        return m.group()
    if re.match(r"鉴于|由于|因为?|考虑到", m["places"]):
        return m.group()  # ("…的公告:鉴于B小区连续14天无新增,决定解除B小区封控": the reason, no list after a label)
    return f"{m['places']}。\n以上区域{m['cond']}"


# "A小区29号楼由高风险区调整为1单元为高风险区,本楼其他单元为低风险区": a building's area narrowed to a part of
# it (units, floors), the building written once; the part is the building's ("A小区29号楼1单元"), and "本楼" / "该楼"
# after it is that building ("A小区29号楼其他单元"). Read as "A小区29号楼1单元为高风险区,A小区29号楼其他单元为…".
_BUILDING_PART = r"(?:[\d一二三四五六七八九十]{1,3}(?:[、和至~—-][\d一二三四五六七八九十]{1,3})*(?:单元|层|楼层))"
_NARROWED_TO_PART = re.compile(rf"(?P<place>[^,;。:由\n]{{2,60}}?(?:号楼|楼|栋|幢|座))由{_LEVEL}"
                               rf"(?:调整|缩小|变更|调)(?:为|至)(?P<part>{_BUILDING_PART})(?:为|划为|划定为)(?P<to>{_LEVEL})(?P<rest>[^。\n]*)")
_THIS_BUILDING = re.compile(r"(?:本|该|此|同)(?:楼|栋|幢|楼栋)"
                            r"(?=(?:其他|其它|其余|剩余)|[\d一二三四五六七八九十]{1,3}(?:单元|层))")


def _narrowed_to_part(m: re.Match[str]) -> str:
    rest = _THIS_BUILDING.sub(lambda _r: m["place"], m["rest"])
    return f"{m['place']}{m['part']}为{m['to']}{rest}"


# "将管控区内的A小区调整为A小区21号楼", "将封控区B村二期调整为B村二期11号楼": an area of a level narrowed to a part
# of it, the new extent written as the place and its part; the part keeps the level, read as "将A小区21号楼划定为
# 管控区"
# (a reworded copy's word for the level as well: "将控制区内的…")
_NARROWED_TO_NAMED_PART = re.compile(rf"(?P<lead>将|把)(?P<lv>{_LEVEL_OR_SWAPPED})(?:内的?|中的?|的)?"
                                     r"(?P<a>[^,;。:\n]{2,40}?)(?:调整|缩小|缩减|变更)(?:为|至)"
                                     r"(?P<b>(?P=a)[^,;。:\n]{1,20}?)(?=[,;。\n]|$)")


def _narrowed_to_named_part(m: re.Match[str]) -> str:
    return f"{m['lead']}{m['b']}划定为{_as_level(m['lv'])}"


# A copy on a spam site may carry the site's keyword inserted after sentences: "…5号楼1单元乌兰浩特市做法事。",
# "…管控措施乌兰浩特市做法事。". Such a phrase is known by its form, not its words: the same phrase of 4-16
# characters ends at least three sentences, after three different characters at least (no count: "新增2例确诊
# 病例"), never goes on inside a sentence, and names no level (a clause's "…调整为低风险区。" is the notice's own).
_SENTENCE_END = "。!?"
_INSERTED_MIN, _INSERTED_MAX = 4, 16


# "…A路以东、B路以北区域。" on several lines: areas given by their bounds end alike ("路以东区域"); a side of a
# road or an area's kind word in the phrase makes it the end of a place, not a site's inserted words.
# ("1. 春金镇全域。2. 龙金镇全域。3. 华金镇全域。": towns whose names end alike, each taken whole, end in
# "金镇全域"; the whole of a division (全域, 全境, 全部) and what lies around or along a place (周边, 沿线) are a
# place's extent as 区域 is)
_BOUND_TAIL = re.compile(r"以[东南西北]|[东南西北]侧|(?:区域|片区|范围|合围区|围合区|全域|全境|全部|周边|沿线)$")


def _inserted_phrase(text: str) -> str | None:
    ends = [i for i, ch in enumerate(text) if ch in _SENTENCE_END]
    if len(ends) < 3:
        return None
    for size in range(_INSERTED_MAX, _INSERTED_MIN - 1, -1):
        before: dict[str, set[str]] = {}
        count: dict[str, int] = {}
        for i in ends:
            phrase = text[i - size:i]
            if i - size < 1 or not re.fullmatch(rf"[{_CJK}]+", phrase):
                continue
            count[phrase] = count.get(phrase, 0) + 1
            before.setdefault(phrase, set()).add(text[i - size - 1])
        for phrase, n in count.items():
            pre = before[phrase]
            if n < 3 or len(pre) < 3 or any(ch.isdigit() or ch in _CN_NUM for ch in pre) \
                    or _LEVEL_RE.search(phrase) or "风险" in phrase or _complete_place(phrase) \
                    or (phrase[0] in "至到" and pre <= set("东南西北")) \
                    or _BOUND_TAIL.search(phrase):
                continue  # (a place's name may end several items: "…华庭。", "华庭。" is no inserted phrase)
            if all(text[m.end():m.end() + 1] in f"{_SENTENCE_END};\n" for m in re.finditer(re.escape(phrase), text)):
                return phrase
    return None


def _without_inserted_phrase(text: str) -> str:
    phrase = _inserted_phrase(text)
    return re.sub(rf"{re.escape(phrase)}(?=[{_SENTENCE_END};\n]|$)", "", text) if phrase else text


# A copy on a content site may carry the site's watermark at the end of every line, its title's, its lead's and its
# list's alike: "…划定风险区域如下:RJx某某常识网", "A镇B村沟子口片区RJx某某常识网". Known by its form, not its words:
# the same 4-24 characters (no space, no sentence mark) end most of the lines (four at least, three in four), after a
# sentence's end or colon on one line at least and after three different characters; no level or risk word in it
# (a list's "…(除高风险区外)" is the places' own). The phrase goes from the ends of lines.
_WATERMARK_MIN, _WATERMARK_MAX = 4, 24


def _line_watermark(text: str) -> str | None:
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    if len(lines) < 4:
        return None
    for size in range(_WATERMARK_MAX, _WATERMARK_MIN - 1, -1):
        before: dict[str, set[str]] = {}
        ending: dict[str, int] = {}
        for line in lines:
            if len(line) > size and (pre := line[:-size].rstrip()[-1:]):  # (the mark may follow a space)
                before.setdefault(line[-size:], set()).add(pre)
            ending[line[-size:]] = ending.get(line[-size:], 0) + 1
        for phrase, pre in before.items():
            if ending[phrase] < 4 or ending[phrase] * 4 < len(lines) * 3 or len(pre) < 3 or not pre & set("。:;!?") \
                    or re.search(r"[\s。,;:!?、()]", phrase) or _LEVEL_RE.search(phrase) \
                    or re.search(r"风险|封控|管控|防范", phrase):
                continue
            return phrase
    return None


def _without_line_watermark(text: str) -> str:
    phrase = _line_watermark(text)
    return re.sub(rf"(?m){re.escape(phrase)}[ \t]*$", "", text) if phrase else text


# "…高风险区16个: 1。A社区; 2。B小区; 3。C村。": items numbered with a full stop ("1。") after a colon or a
# semicolon; read as numbers ("1.") on lines of their own when they count up from 1 (a sentence's "共2。" follows
# no separator). Each is cut from the text where a 。 would end a sentence.
_STOP_NUMBER = re.compile(rf"(?m)(?:^|(?<=[;:]))[ \t]*(?P<n>\d{{1,2}})。(?=[ \t]*[{_CJK}])")


def _stop_numbered(text: str) -> str:
    found = list(_STOP_NUMBER.finditer(text))
    keep: list[re.Match[str]] = []
    for m in found:  # the runs counting up from 1
        if m["n"] == "1" or (keep and int(m["n"]) == int(keep[-1]["n"]) + 1):
            keep.append(m)
    if sum(m["n"] == "2" for m in keep) == 0:
        return text
    for m in reversed(keep):
        text = f"{text[:m.start()]}\n{m['n']}.{text[m.end():]}"
    return text


# "一、调整封控区" over "“A镇B村”调整为“A镇B居C庄”;", "“D镇”调整为“D镇E村F集除封控区以外的区域”;" and
# "“G所在社区”、“H所在社区”合并为“G、H所在社区”。" (阜阳, spring 2022): each line an area of the heading's level
# redrawn, the old area quoted, then the new one; the new area is the place (the old one replaced, not lifted),
# a merger's new area one place as listed (its 、 kept, as _MERGED_AREAS keeps one). Only a whole line of quoted
# areas: not a quoted level or measure ("“封控区”调整为“管控区”", "…调整为“足不出户、上门服务”").
_QUOTED_AREA_REDRAWN = re.compile(
    rf"(?m)^(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*)(?:原)?“(?P<old>[^“”\n]{{2,120}})”(?:、“[^“”\n]{{2,120}}”)*"
    r"(?P<verb>调整|合并|变更|更改|扩大|缩小|扩展|缩减)为“(?P<new>[^“”\n]{2,300})”(?P<end>[;;。,]?)[ \t]*$")
_NO_REDRAWN_AREA = re.compile(r"风险|封控|管控|防范|足不出户|上门|服务|措施|管理|人员|居民|群众|出行|聚集"
                              # (a measure's test, quarantine or time: "“居家隔离”调整为“居家健康监测”", "“每日核酸”
                              # 调整为“隔日核酸”", "“7天”调整为“5天”")
                              r"|隔离|监测|检测|核酸|居家|营业|[\d一二三四五六七八九十两]+(?:天|日|小时|次)$")
# (a place's rest names a level and stays a place: "D镇E村F集除封控区以外的区域")
_REDRAWN_REST = re.compile(r"除[^,。;“”]{0,12}?(?:封控|管控|防范|[高中低]风险)区(?:域)?(?:以外|之外|外)的?"
                           r"(?:其他|其余|其它)?区域")


def _quoted_area_redrawn(m: re.Match[str]) -> str:
    olds = re.findall(r"“([^“”]+)”", m.group()[:m.start("verb") - m.start()])
    no_area = [bool(_NO_REDRAWN_AREA.search(_REDRAWN_REST.sub("", part))) for part in [*olds, m["new"]]]
    if all(no_area):
        # (a line of quoted levels or measures only, "“封控区”调整为“管控区”;" under a level's heading: no place)
        return ""
    if any(no_area):
        return m.group()
    if m["verb"] == "合并":
        return f"{m['lead']}{m['new'].replace('、', _ONE_PLACE_AND)}{m['end']}"
    # ("A两侧(…),及B11队", "C居D、E,及F区域": ",及" between the new area's places, as 、)
    return f"{m['lead']}{re.sub(r',(?:以及|及)', '、', m['new'])}{m['end']}"


# "现有封控区23个、管控区21个。" after a list: the count of the areas standing, a line of its own; no place.
_STANDING_COUNTS_LINE = re.compile(rf"(?m)^[ \t]*(?:现有|现共有|目前共?有|共有)"
                                   rf"(?:{_LEVEL}(?:\d{{1,4}}|[{_CN_NUM}]{{1,4}})个[、,和及]?)+[。;]?[ \t]*$")


# "将A村、B村、C村联片合并为1个高风险区;D村第1、2自然村合并为1个中风险区": areas merged into one, each merger one
# place as listed; its 、 join parts of one place (kept as _ONE_PLACE_AND until the places are read) and the
# merger reads as "A为高风险区".
_ONE_PLACE_AND = "\ue001"
_ONE_PLACE_HE = "\ue002"  # (a 和 inside one place: "A村周哇自然村和吉利自然村、B村…联片")
_MERGED = re.compile(rf"(?P<obj>[^,;。:\n将把]+?)(?:联片|连片|整体|统一)?合并(?:为|成)(?:1|一)个(?P<level>{_LEVEL})")


# "调整A村、B街道、C厂、D店联片为中风险区": areas joined (联片, 连片) and given one level are one area, as the
# merger is; "联片" no part of it (read as "调整A、B、C、D为中风险区", its 、 joining parts of one place).
# (not "A社区、B社区和C社区所在的连片区域调整为…": the area the communities lie in, named so, is the place, read
# by _UNITS_SHARED_AREA)
_JOINED_AREAS = re.compile(rf"(?:(?<=[,;。:\n将把])|^)(?P<obj>[^,;。:\n将把]+?)(?<!所在)(?<!所在的)"
                           rf"(?:联片|连片)(?:区域)?"
                           rf"(?P<verb>为|划为|划定为|调整为|设为|列为|纳入|作为)(?:1个|一个)?(?P<level>{_LEVEL})",
                           re.M)
# "A街道B社区、C社区、D社区和E社区所在的连片区域" (南京, summer 2021): communities (villages) listed with 、, the
# last joined by 和, then the one area they lie in ("所在的连片区域", "所在区域"): one area as drawn, its 、 no
# separator of places (kept as _ONE_PLACE_AND). Not where the area is a sentence's subject ("…所在区域的居民").
_UNITS_SHARED_AREA = re.compile(rf"(?:[{_CJK}]{{2,10}}?(?:社区|村|居委会|自然村)、){{1,9}}"
                                rf"[{_CJK}]{{2,10}}?(?:社区|村|居委会|自然村)(?:和|及|与|、)"
                                rf"[{_CJK}]{{2,10}}?(?:社区|村|居委会|自然村)所在的?(?:连片|联片)?(?:区域|片区|范围)"
                                rf"(?![的内里])")
# "A村张某屋及其周边李某、王某、赵某屋" (广东, 2022): a house and the neighbours' houses around it, the neighbours
# listed after 及其周边 (及周边) with one "屋" (房, 住宅…) written after the last; one area, its 、 no separator of
# places (kept as _ONE_PLACE_AND). Only where the list after it runs to the end of the clause and its last item
# ends in the house word the first place ends in.
_HOUSE_AND_NEIGHBOURS = re.compile(rf"(?P<house>屋|房|住宅|宅|民房|楼)及其?周边的?"
                                   rf"[{_CJK}]{{1,10}}(?:、[{_CJK}]{{1,10}})+(?=[,;。\n]|$)")


def _house_and_neighbours(m: re.Match[str]) -> str:
    if not m.group().endswith(m["house"]):
        return m.group()
    return m.group().replace("、", _ONE_PLACE_AND)


# "A街道B一马路、二马路、三马路所在地(东到C,西到D,南到E,北到F)" (兰州, summer 2022): roads listed with 、, then
# the one area they lie in ("所在地", "所在区域", "所在片区") drawn by its bounds in brackets: one area as drawn,
# its 、 no separator of places (kept as _ONE_PLACE_AND). Only roads (路, 街, 巷, 大道), the last with the area's
# word and the bracket of bounds after it (not "A路、B路所在区域的居民", nor "A路、B小区所在区域": no bounds).
_ROADS_SHARED_AREA = re.compile(rf"(?:[{_CJK}\d]{{1,12}}?(?:马路|大道|路|大街|街|巷)、){{1,9}}"
                                rf"[{_CJK}\d]{{1,12}}?(?:马路|大道|路|大街|街|巷)所在(?:地|的?(?:区域|片区|范围))"
                                r"(?=\((?:东|南|西|北)(?:至|到|起|临|邻|侧)?)")
# "A路、B路和C涌的闭环区域", "D路段、E路、F路和G路区域内划为封控区" (中山, summer 2021): roads (a creek, a road's
# section) listed with 、, the last two joined by 和 (及, 与), then the one area they close ("的闭环区域", "区域"):
# one area as drawn, its 、 and 和 no separators of places (kept as _ONE_PLACE_AND and _ONE_PLACE_HE). Only roads,
# the area's word right after the last, and the area's word ending the item (not "A路、B路和C小区", nor "A路、B路和
# C路区域的居民").
_ROAD_WORD = r"(?:马路|大道|路段|路|大街|街|巷|涌|河|渠)"
_ROADS_CLOSED_AREA = re.compile(rf"(?:[{_CJK}\d]{{1,12}}?{_ROAD_WORD}、){{1,9}}"
                                rf"[{_CJK}\d]{{1,12}}?{_ROAD_WORD}(?:和|及|与)[{_CJK}\d]{{1,12}}?{_ROAD_WORD}"
                                r"的?(?:闭环|合围|围合|围成)?区域(?:内)?(?=[,。;、]|已|划|为|列|$)")


def _roads_closed_area(m: re.Match[str]) -> str:
    return re.sub("(?<=[路段街巷涌河渠])(和|及|与)", _ONE_PLACE_HE, m.group()).replace("、", _ONE_PLACE_AND) \
        if "和" in m.group() else m.group().replace("、", _ONE_PLACE_AND)


# "A小区77、78、79号楼及周边篮球场、羽毛球场、门球场、B会" (乌鲁木齐, spring 2022): a building and, after 及周边,
# the grounds and rooms around it, listed with 、 to the end of the item: one area, its 、 no separator of places
# (kept as _ONE_PLACE_AND). Only where each thing listed is no unit of an address (小区, 村, 路, 号楼…) and the
# list runs to the end of the item (not "A小区3号楼及周边商铺、B小区": the next place a place of its own).
_BUILDING_AND_GROUNDS = re.compile(rf"(?<=楼|栋|幢|院)及其?周边的?(?P<run>[{_CJK}]{{2,8}}(?:、[{_CJK}]{{2,8}}){{1,9}})"
                                   r"(?=[;。]?[ \t]*$)", re.M)
_ADDRESS_UNIT = re.compile(r"小区|社区|村|组|街道|镇|乡|路|街|巷|弄|号|栋|幢|楼|单元|院|公寓|花园|大厦|家园|苑|广场|区")


# ("A小区3号楼及周边商铺、B超市", "…、C中学", "…、D酒店": a shop, a school, a hotel of its own after the grounds
# is a place of its own, the list splits as before)
_OWN_PLACE_KIND = re.compile(r"(?:店|超市|市场|商场|学|学校|校|幼儿园|诊所|卫生室|馆|厂|公司|银行|吧|厅|所|城|中心|基地"
                             r"|酒家|餐饮|站点|加油站|车站|影院|浴池)$")


def _building_and_grounds(m: re.Match[str]) -> str:
    if any(_ADDRESS_UNIT.search(thing) or _OWN_PLACE_KIND.search(thing) for thing in m["run"].split("、")):
        return m.group()
    return m.group().replace("、", _ONE_PLACE_AND)


# "A路48-50号及以南、以北各一幢楼房": the sides of one place listed after it, each a bare direction (以南, 以北),
# no place of its own; their 、 no separator of places (kept as _ONE_PLACE_AND).
_SIDES_OF_ONE = re.compile(r"(?<=以[东南西北])、(?=以[东南西北])")



# "A街道B三街以东、C兴一、二街以南、D路以西…附近区域" (茂名, autumn 2022): one bound along two numbered streets
# of one stem ("C兴一街" and "C兴二街"), the stem written once; the 、 between the bare numerals is no separator of
# places (kept as _ONE_PLACE_AND), only where the street closes a side ("…二街以南"), not "1号楼、2号楼".
_STEM_NUMBERED_STREETS = re.compile(r"(?<=[\u4e00-\u9fff][一二三四五六七八九十])、"
                                    r"(?=[一二三四五六七八九十]{1,2}(?:街|路|巷|马路|横路)以[东南西北])")

# "A社区B四区四巷8号、9号,B四区五巷9号" (深圳, 2022): a lane's house numbers run with 、, then a comma and the next
# lane with its own number: the comma closes the first place (as "一巷1、2、3号,二巷1、2号" are two), the run's 、 no
# separator of places (kept as _ONE_PLACE_AND, so the numbers are not read as going on on the next road, which only
# "…路1号、3号、C路29号", all joined by 、, is).
_HOUSE_RUN_BEFORE_COMMA_ROAD = re.compile(
    rf"(?<=[路街巷弄道])\d{{1,4}}号(?:、\d{{1,4}}(?:[-—~至]\d{{1,4}})?号)+"
    rf"(?=,[{_CJK}]{{1,8}}?(?:路|街|巷|弄|道)\d{{1,4}}(?:[-—~至]\d{{1,4}})?号)")


# "大面街道与锦江区、成华区毗邻的A路以西区域": the districts an area borders describe where it lies; their 、 is
# no separator of places (kept as _ONE_PLACE_AND), nor are they the districts of the places listed.
_NEIGHBOUR_DIVISIONS = re.compile(rf"(?<=[与和同])[{_CJK}]{{2,6}}?(?:区|县|市|旗)(?:、[{_CJK}]{{2,6}}?(?:区|县|市|旗))+"
                                  r"(?=相?(?:毗邻|相邻|接壤|交界|邻近|相连|交接))")


def _joined_areas(m: re.Match[str]) -> str:
    body, _numbered = _strip_enum(m["obj"])
    head = m["obj"][:len(m["obj"]) - len(body)]
    joined = body.replace("、", _ONE_PLACE_AND).replace("和", _ONE_PLACE_HE)
    return f"{head}{joined}{m['verb']}{m['level']}"


def _merged(m: re.Match[str]) -> str:
    body, _numbered = _strip_enum(m["obj"])
    head = m["obj"][:len(m["obj"]) - len(body)]
    return f"{head}{body.replace('、', _ONE_PLACE_AND)}为{m['level']}"


# "解除A镇、B镇和C街道区域内“三区”管控措施": the three zones (封控区, 管控区, 防范区) inside the towns, lifted
# together, are the towns' own measures; the towns are the places (read as "解除A镇、B镇和C街道管控措施").
# (quoted or inside the place: "某小区三区" without them may be a compound's third section)
_THREE_ZONES_INSIDE = re.compile(r"(?<=[乡镇道村区])(?:(?:区域|范围|辖区)?内的?[“\"]?三区[”\"]?|[“\"]三区[”\"])"
                                 r"(?=的?(?:管控|管理|防控)?措施|管控|管理)")
# "解除甲街道区域内的低风险区管理" (深圳, 2022), "解除乙镇范围内中风险区管控措施": a level's zone inside a named
# street or town (区域内, 范围内, 辖区内), lifted: the street's or town's own management; the street or town is the
# place (read as "解除甲街道的低风险区管理", as "解除A镇、B镇和C街道区域内“三区”管控措施" above). Only in a lift's
# clause, after a town-level name, and before the level and its management ("调整后,甲街道区域内加强个人防护" is
# measures, no lift; "甲镇辖区内封控区、管控区以外的区域" a town's rest, no level's management after it).
_LEVEL_INSIDE_LIFTED = re.compile(rf"(?P<head>解除(?:对)?[^,。;:\n解]{{0,60}}?[{_CJK}]{{2}}(?:街道|镇|乡|苏木))"
                                  rf"(?:区域|范围|辖区)内(?P<of>的?)(?=[“\"]?{_LEVEL}[”\"]?(?:的)?(?:管理|管控|防控)?措施"
                                  rf"|[“\"]?{_LEVEL}[”\"]?(?:的)?(?:管理|管控))")
# ("解除D小区“封控区、管控区、防范区”管控", "…管理措施": the three written out in quotation marks after any place, the
# same; their management read as the control lifted, "解除D小区管控")
_QUOTED_THREE_ZONES = re.compile(r"(?<=[^\W_])[“\"]封控区、管控区(?:、|和|及)防范区[”\"]"
                                 r"的?(?:管控|管理|防控)?(?P<measures>措施)?(?<=[控理施])")


# "一、高风险区:(3)个", "中风险区:共2个": a heading's count written after its colon, at the end of the line; it goes
# before the colon ("高风险区(3个):"), where the headings state it, so that "个" is not read as a place.
# "目前划定高风险区7个,即A,B;中风险区5个,即C,D": a level's count, then a comma and 即 ("that is") naming the
# places; read as the level's label over its list ("高风险区7个:A,B"), also after ";". ("划定高风险区3个,分别是A,B"
# is read as a sentence already, its district before the level kept.)
# ("封控区为2个,即A、B": the count after 为 (有, 共), the same)
_COUNT_THEN_NAMED = re.compile(rf"(?P<level>{_LEVEL})[ \t]*(?:为|有|共有|共|计|共计)?[ \t]*"
                               rf"(?P<n>\d{{1,4}}|[{_CN_NUM}]{{1,5}})[ \t]*[个处][ \t]*,[ \t]*"
                               r"(?:即为|即是|即)[ \t]*:?(?=[^\n,;。:]{2})")

# "截至目前,A区共有高风险区4个,B、C、D13组和18组。中风险区2个,E,F除13、18组以外其他区域。": the list restated
# as it stands, each level's count then a comma and its places, no 即 (as _COUNT_THEN_NAMED reads them); read as the
# level's label over its list ("高风险区4个:B、C、D13组和18组。") when the places are as many as the count: the
# pieces between commas, or all the pieces, or those with a last 和 between two more ("高风险区54个,低风险区3个(后
# 附…)": counts alone, no list, stay as written).
_STATE_LEAD = re.compile(rf"(?P<lead>(?:截至目前|截止目前|截至当前|目前|调整后)[ \t]*,?[ \t]*"
                         rf"(?:[{_CJK}]{{2,10}}?(?:省|市|区|县|旗))?(?:共有|现有|尚有|共))")
_STATE_COUNTED = re.compile(rf"(?P<level>{_LEVEL})[ \t]*(?P<n>\d{{1,4}}|[{_CN_NUM}]{{1,5}})[个处],"
                            rf"(?P<obj>[^。;:\n]{{2,600}})")


_STATE_NOT_LIST = re.compile(r"[ \t]*(?:均|都|全部|分别|主要|集中|涉及|位于|分布|在|其中|包括|含|共|合计|累计|为|是|即"
                             r"|涵盖|覆盖)")


def _state_counted_lists(text: str) -> str:
    if "个," not in text:
        return text
    out, lines, open_list = [], text.split("\n"), False
    for i, line in enumerate(lines):
        lead = _STATE_LEAD.search(line)
        if lead is None and open_list:
            # ("…西北角。\n\n中风险区9个,D,E。": the restated list's next level in a paragraph of its own)
            if not line.strip():
                out.append(line)
                continue
            lead = re.match(r"[ \t]*", line)
        open_list = False
        if lead is None:
            out.append(line)
            continue
        head, rest = line[:lead.end()], line[lead.end():]
        sentences = rest.split("。")
        read = []
        for k, sentence in enumerate(sentences):
            m = _STATE_COUNTED.fullmatch(sentence)
            # ("高风险区2个,均在A镇", "涉及B镇和C镇": where the areas lie, no list of them)
            # (a copy broken off inside the list, "…、D,E," the text's last words: fewer places than the count)
            broken = k == len(sentences) - 1 and not any(later.strip() for later in lines[i + 1:])
            if m is None or (k > 0 and len(read) < k) or _STATE_NOT_LIST.match(m["obj"]) \
                    or not _counted_pieces(m["obj"], _cn_int(m["n"]), broken):
                break
            read.append(f"\n{m['level']}{m['n']}个:{m['obj']}。")
        if not read:
            out.append(line)
            continue
        out.append(head + "".join(read) + "\n" + "。".join(sentences[len(read):]))
        open_list = not "".join(sentences[len(read):]).strip()
    return "\n".join(out)


def _counted_pieces(obj: str, n: int | None, broken: bool = False) -> bool:
    if broken and re.search(r"[,、][ \t]*$", obj):
        obj = re.sub(r"[,、][ \t]*$", "", obj)
    else:
        broken = False
    commas = [piece for piece in obj.split(",") if piece.strip()]
    cuts = [-1, *_top_level_seps(obj), len(obj)]
    items = [obj[a + 1:b] for a, b in zip(cuts, cuts[1:], strict=False)]
    if not n or n < 2 or not all(items) or len(commas) > n:
        return False
    # ("A、B,C村13组和18组,D": a village's two groups joined by 和 inside the list, each one area of the count)
    joined = sum(1 for item in items if item[1:].count("和") == 1)
    return n in (len(commas), len(items)) or (n == len(items) + 1 and items[-1].count("和") == 1) \
        or (joined and n == len(items) + joined) or (broken and 2 <= len(items) < n)


# "A市划定高风险区3个:B、C;中风险区4个:D、E。" (a report): the next level's list after ";" is the same
# district's; the district and its verb are written again before it ("…。\nA市划定中风险区4个:D、E"), as each line
# of its own names its district.
_NEXT_LEVEL_SAME_DIVISION = re.compile(
    rf"(?:(?<=[,。:\n])|^)(?P<words>[{_CJK}]{{2,12}}?(?:市|县|区|旗))(?P<verb>划定|新增|确定)"
    rf"(?P<head>{_LEVEL}[ \t]*[\d{_CN_NUM}]{{1,4}}[个处]:[^;。\n:]+);"
    rf"(?=[ \t]*{_LEVEL}[ \t]*[\d{_CN_NUM}]{{1,4}}[个处]:)", re.M)

_COUNT_AFTER_COLON = re.compile(rf"(?m)(?P<level>{_LEVEL})[ \t]*:[ \t]*(?:\([ \t]*)?(?:共|计|共计|合计)?[ \t]*"
                                rf"(?P<n>\d{{1,4}}|[{_CN_NUM}]{{1,5}})[ \t]*(?:\)[ \t]*[个处]?|[个处][ \t]*\)?)[ \t]*$")


# "划定无症状感染者居住小区A街道B小区为封控区": what the place is to a case (the case's home compound, its
# workplace) written before the place's name is no part of it (not when no name follows: "…居住小区为封控区").
_CASE_PLACE_WORDS = re.compile(
    r"(?:(?<=划定)|(?<=将)|(?<=把)|(?<=[:,;、]))(?:(?:确诊)?病例|无症状感染者|(?:阳性)?感染者|阳性(?:人员|病例))"
    r"的?(?:居住|所在|所住|工作)的?(?:小区|楼栋|社区|村|单位|场所)(?![为是及和、,;。])(?=[\u4e00-\u9fff]{2})")


# "现将有关事项通告如下:1.对A、B继续列为封控区": a copy that lost its line breaks runs the first numbered item on
# after the formula's colon; the item starts a line of its own.
_ITEM_AFTER_FORMULA = re.compile(r"(?<=如下:)(?=\d{1,2}[.、](?!\d)|[一二三四五六七八九十]{1,2}、"
                                 r"|\([一二三四五六七八九十\d]{1,2}\))")

# "对近14天来出现阳性病例所在区域及活动频繁的周边区域(A镇B村、C村、D商厦)继续列为封控区": areas described by
# the cases found there, with the places themselves in brackets; the places are the object (read as "对A镇B村、C村、
# D商厦继续列为封控区"). "A镇全域及县内密接人员所在区域(村组、居民楼单元)列为管控区": such areas without a name
# after a place joined to it name none (read as "A镇全域列为管控区").
_CASE_WORDS = r"(?:病例|感染者|阳性|密接|密切接触者|次密接|风险人员|确诊)"
# (the description opens with the cases, maybe after when: "A小区确诊病例所在楼栋(3栋)" names its compound, no such)
_CASE_AREA = (rf"(?:近[\d{_CN_NUM}]{{1,3}}(?:天|日)来?|[\d{_CN_NUM}]{{1,3}}(?:天|日)内)?(?:出现|发现|新增)?(?:的)?"
              rf"(?:本土|新冠)?(?:确诊|无症状)?{_CASE_WORDS}[^,;。:()\n]{{0,40}}?"
              r"(?:区域|地区|范围|场所|点位|村组|小区|楼栋|单元)")
_TARGET_AHEAD = r"(?=(?:继续|仍然|仍|均|统一|一并)?(?:列为|划为|划定为|确定为|调整为|纳入|为))"
_CASE_AREAS_NAMED = re.compile(rf"(?m)(?:(?<=[对将把:,;。])|(?<=划定)|^)(?P<enum>[ \t]*(?:{_ENUM.pattern})?[ \t]*)"
                               rf"(?:{_CASE_AREA})\((?P<list>[^()\n]{{2,400}})\){_TARGET_AHEAD}")
# "A村、B山庄为阳性个案的密切接触者及共同暴露高风险人群的居住点、工作点、活动点,被划分为管控区" (广西, 2021): why the
# places are drawn (whose homes, work places or haunts they are) written as their predicate before the level; no
# place, read as "A村、B山庄被划分为管控区". (Only before the level's verb: "A为确诊病例居住小区" alone stays.)
_CASE_SITES_PREDICATE = re.compile(
    rf"(?<=[{_CJK}\d)])为[^,;。:()\n为]{{0,12}}?{_CASE_WORDS}[^,;。:()\n]{{0,40}}?的"
    r"(?:居住|工作|活动|停留|生活)(?:点|地|场所|区域|小区)(?:[、和及](?:居住|工作|活动|停留|生活)(?:点|地|场所|区域|小区))*,?"
    r"(?=(?:被|已|均|现)?(?:划分|划定|划|列|确定|认定)为)")
# "对病例活动轨迹涉及的A超市、B菜市场列为管控区": the places a case's trail touched, described before their names;
# the description is no part of the first place.
_CASE_TRAIL = re.compile(rf"(?m)(?:(?<=[对将把:,;。])|(?<=划定)|^)(?P<enum>[ \t]*(?:{_ENUM.pattern})?[ \t]*)"
                         rf"[^,;。:()\n、]{{0,8}}?{_CASE_WORDS}[^,;。:()\n、]{{0,6}}?轨迹(?:所?涉及|经过|途经)的?"
                         rf"(?=[{_CJK}]{{2}})")
# "对近14天来出现阳性病例的A镇B村和阳性病例活动过的C镇D村、E村继续实施封控措施": why each place is named (cases
# found there, a case's visit) written before it with 的; no part of the place (a verb of finding or of visiting
# is written, so "对密接人员的…" is no such description).
_CASE_REASON = re.compile(rf"(?:(?<=[对将把:,;。和及、])|(?<=划定)|^)"
                          rf"(?:近[\d{_CN_NUM}]{{1,3}}(?:天|日)来?|[\d{_CN_NUM}]{{1,3}}(?:天|日)内)?"
                          rf"(?:(?:出现|发现|新增|有)过?(?:本土)?(?:确诊|无症状)?{_CASE_WORDS}(?:人员|者|病例)?"
                          rf"|(?:本土)?(?:确诊|无症状)?{_CASE_WORDS}(?:人员|者|病例)?"
                          r"(?:活动过|到过|去过|停留过|居住过|到访过|曾到访过?|涉及))的(?=[\u4e00-\u9fff]{2})", re.M)
_CASE_AREAS_UNNAMED = re.compile(rf"(?<=[{_CJK}\d)])(?:及|和|以及)(?:县内|市内|区内|辖区内|全县|全区|全市)?"
                                 rf"[^,;。:()\n及和]{{0,12}}?{_CASE_WORDS}(?:人员|者)?的?(?:所在|居住|所住)的?"
                                 r"(?:区域|地区|村组|小区|楼栋|单元|场所)(?:\([^()\n]{0,30}\))?" + _TARGET_AHEAD)
# "有阳性和密接人员活动轨迹的农村、小区(见附件)及A镇、B镇继续封控暂定3天" (河北, spring 2022): the areas a case's
# trail touched, by their kinds alone (their names in an attachment the text leaves out), joined by 及 (以及, 和) to
# named places; the described kinds name no place: read as "A镇、B镇继续封控…". (Only kinds alone: "有病例活动轨迹的A
# 小区及B村" names a place of its own, left to _CASE_REASON.)
_CASE_KIND = r"(?:农村|村庄|村组|村|社区|小区|居民小区|楼栋|单元|场所|区域)"
_CASE_KINDS_THEN_NAMED = re.compile(
    rf"(?m)(?:(?<=[对将把:,;。])|^)(?P<enum>[ \t]*(?:{_ENUM.pattern})?[ \t]*)(?:有|出现|发现)?过?"
    rf"[^,;。:()\n、及]{{0,10}}?{_CASE_WORDS}[^,;。:()\n、及]{{0,10}}?(?:活动轨迹|轨迹|活动|居住|停留)(?:过|涉及|经过)?的"
    rf"{_CASE_KIND}(?:[、和]{_CASE_KIND})*(?:及|以及|和)(?=[\u4e00-\u9fff]{{2}})"
    # (not what lies by the described kinds, no named place: "感染者居住的小区及周边区域(A村)", "…的小区和所在楼栋")
    r"(?!周边|周围|附近|邻近|相邻|毗邻|所在|单元|楼栋|其他|其它|其余|该|本|此|各|全部|所有|相关|有关|涉及)")
# (the kinds of place the areas are, "(村组、居民楼单元)", name none: the described areas are no object)
_KINDS_ONLY = re.compile(r"(?:(?:村组|村|组|社区|小区|楼栋|居民楼|单元|居民楼单元|楼道|院落|自然村|行政村)[、,和及]?)+")


def _case_areas_named(m: re.Match[str]) -> str:
    return m["enum"] + ("" if _KINDS_ONLY.fullmatch(m["list"]) else m["list"])

# "中高风险区以外区域属于低风险区", "A小区属于高风险区": 属于 (belongs to) before a level says what 为 does; read as 为
# (not "不属于", which says the opposite).
# (nor people of a level: "居民属于高风险区人员的,须居家隔离" says who they are, no place)
_BELONGS_TO_LEVEL = re.compile(rf"(?<!不)属于(?={_LEVEL}(?!的?(?:人员|人群|旅居史|来返|返乡|居民|群众)))")


# "…B單元?jiǎng)潪榕R時(shí)管控1區": a repost that glosses characters with pinyin lost a byte of a GBK-encoded run and
# read the rest shifted by one byte: "?" and a stray gloss where a character was lost, then characters made of
# the next ones' halves, up to a byte the shift leaves alone (an ASCII letter: 臨 is C5 52, "…R"). Encoded back
# to GBK and read from its second byte, the run is the text it was ("潪榕R" is 為臨); the lost character stays
# lost. Only where the shifted bytes read as Chinese characters throughout ("?jiǎng)O為臨": 設 lost, O its half).
# (the glosses' brackets half- or full-width, "?yún）^（qū）": the run stops at a full-width gloss as it does at "(")
_SHIFTED_GBK = re.compile(r"\?(?P<junk>[a-z\u00e0-\u01dc]{1,6})[)\uff09]"
                          r"(?P<run>[\u3000-\u9fff\uff00-\uff07\uff09-\uffef@-Z\[-~]{1,10})")


# "A街道B批发市?。ū呙常?", "?。ㄒ唬┬略龇段?": a copy that read GBK bytes one byte off (a lost byte shown as "?") turns
# full-width brackets into bopomofo, box-drawing and accented Latin letters ("(" 0xA3A8 read from its second byte
# is ㄒ 0xA8D2), with "。" where a character's second byte and the next's first met. Such a run, from its "?" to the
# next, cannot be read back (its lost bytes are gone): a place's tail is kept as written, its "。", "?" and
# separators no stop of a sentence or a list (held as _GARBLED_KEPT until the places are read); a line of nothing
# else (a heading the copy lost, "(一)新增范围") is dropped. (Only runs holding such a letter: none is in a notice.)
_MOJIBAKE_LETTER = "\u3100-\u312f\u2500-\u257f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"  # (not × ÷)
# (the lost byte's mark half- or full-width, "?" or "\uff1f")
_MOJIBAKE_RUN = re.compile(rf"[?\uff1f](?P<run>[^\x00-\x7f\s?\uff1f]{{0,16}}?[{_MOJIBAKE_LETTER}]"
                           r"[^\x00-\x7f\s?\uff1f]{0,16})(?P<end>[?\uff1f])?")
_GARBLED_KEPT = str.maketrans({"?": "\ue003", "\uff1f": "\ue003", "。": "\ue004", ";": "\ue005", "\uff1b": "\ue005",
                               ",": "\ue006", "\uff0c": "\ue006", "、": "\ue007", ":": "\ue008", "\uff1a": "\ue008"})
_GARBLED_BACK = str.maketrans({"\ue003": "?", "\ue004": "。", "\ue005": ";", "\ue006": ",", "\ue007": "、",
                               "\ue008": ":"})

# "?。ㄒ唬┬略龈唢L(fēng)險(xiǎn)區(qū)5個(gè):", "?。ǘ┕芸貐^(qū)(7個)" at a line's start: a pinyin-glossed copy read a
# heading's number and first words one byte off, up to the byte the shift leaves alone (風 EF 4C, "…L"; 區 85 5E,
# "…^"), the gloss of that character after it. Read from its second byte the run is the heading as written,
# "(一)新增高風", "(一)封控區", but for the number of a heading whose numeral's second byte made no GBK character
# with ")"'s first (二 B6 FE, 三 C8 FD, 十 CA AE): the copy dropped that pair, and the numeral's first byte met ")"'s
# second ("(订" for "(二)"). Only where the run reads back to a heading's bracketed numeral and Chinese characters.
# (六's first byte is lost with "(" 's second, A8 C1 no character either: such a number stays lost.)
_SHIFTED_HEADING = re.compile(r"(?m)^(?P<indent>[ \t\u3000]*)[?\uff1f](?P<run>[^\x00-\x7f\s?\uff1f]{2,16}?[@-~])")
# (a copy whose letters were then written full-width, "?。ㄒ唬┬略龈唢Ｌ(fēng)…", as Word files of some offices have
# them: the byte the shift left alone is the letter's half-width form, read so where the run as written is no
# heading; run after _SHIFTED_HEADING, on the lines it left)
_SHIFTED_HEADING_FULL_END = re.compile(r"(?m)^(?P<indent>[ \t\u3000]*)[?\uff1f]"
                                       r"(?P<run>[^\x00-\x7f\s?\uff1f\uff20-\uff5e]{2,16}?[\uff20-\uff5e])")
_PAIR_LOST_NUMERALS = {numeral.encode("gbk")[0]: numeral for numeral in "二三十"}


def _shifted_heading_full_end(m: re.Match[str]) -> str:
    return _shifted_heading(m, m["run"][:-1] + chr(ord(m["run"][-1]) - 0xFEE0))


def _shifted_heading(m: re.Match[str], run: str | None = None) -> str:
    try:
        read = (run or m["run"]).encode("gbk")[1:].decode("gbk")
    except UnicodeError:
        return m.group()
    if len(read) > 1 and read[0] == "\uff08" and len(pair := read[1].encode("gbk")) == 2 and pair[1] == 0xA9 \
            and pair[0] in _PAIR_LOST_NUMERALS:
        read = f"\uff08{_PAIR_LOST_NUMERALS[pair[0]]}\uff09{read[2:]}"
    if not re.fullmatch(rf"\uff08[{_CN_NUM}]{{1,3}}\uff09[{_CJK}]+", read):
        return m.group()
    return m["indent"] + read


# "?。?)北门片区", "(?)南门片区", "?)西门片区" at a line's start: a copy that lost an item's digits (and read the
# full-width "(" as "?。") keeps the item's marker only; the items are numbered again in order (1), (2), …, the
# count starting over after a line numbered otherwise ("2.B街道(5个)"), so each is an item as the notice wrote it.
_LOST_ITEM_NUMBER = re.compile(r"^(?P<indent>[ \t]*)(?:[(\uff08]|[?\uff1f]。)?[?\uff1f][)\uff09](?=[^\x00-\x7f])")


# "1繁峙县砂河镇农业银行;", "1A县B镇C村;" at a line's start: a copy that lost an item number's separator and most of
# the number (items 11–18 keep only their "1") glues a digit that counts nothing to the county-level division (maybe
# after its city) the item opens with; the digits are no part of the place. (Only before a known division with a
# name after it, "1号楼", "3栋", "12县道" keep their digits; and not in a run that counts up, "1新城区A村(2月21日)",
# "2B区C村…": numbers glued to their items, read as a numbered list.)
_GLUED_ITEM_DIGITS = re.compile(r"^(?P<indent>[ \t]*)(?P<n>\d{1,3})(?=[\u4e00-\u9fff]{3})")


# "(二)A街道1.B广场C座。2.D街2号" (广州, autumn 2022): a street's (town's) heading with its numbered places run on
# after it on its line, "1." right after the name and "2." after a stop: the heading is a label over its items, each a
# line of its own below it (as "A街道:" over "1.…" lines). (Only a name closed by 街道, 镇 or 乡 at the line's start,
# after its own number if any, with items counting 1, 2 on the line; no verb or pointer in the name.)
_STREET_THEN_INLINE_ITEMS = re.compile(
    rf"(?m)^(?P<head>[ \t]*(?:\([一二三四五六七八九十]{{1,3}}\)|[一二三四五六七八九十]{{1,3}}、)?"
    rf"(?:(?!解除|调整|划定|以下|下列|所有|各)[{_CJK}]){{2,8}}?(?:街道|镇|乡)):?(?P<items>1[.、](?!\d)[^\n]*?[。;]2[.、](?!\d)[^\n]*)")


def _street_then_inline_items(m: re.Match[str]) -> str:
    return m["head"] + ":\n" + re.sub(r"(?<=[。;])(?=\d{1,2}[.、](?!\d))", "\n", m["items"])


# "1)A小区;\n2)136B小区;\n3)C宾馆。" (a copy renumbering "(2)136B小区" as "2)", "2." or "2、"): an item number run
# together with the digits a place's name opens with; where the numbered lines round it count on in the same style
# (the line before it numbered one less, or the line after one more), its number is the item's, the digits after it
# the name's: a mark is put between them (_ITEM_DIGITS_MARK, which a list number takes with it) (a lone "2.5公里",
# "3、5栋" is left as written).
_NUMBER_BEFORE_DIGITS = re.compile(r"(?m)^(?P<head>[ \t]*(?P<n>\d{1,3})(?P<mark>[.、)]))(?=\d)")
_ANY_ITEM_NUMBER = re.compile(r"[ \t]*(?P<n>\d{1,3})(?P<mark>[.、)])")


def _names_after(found: re.Match[str]) -> bool:
    """Whether an item's number is followed by what is no digit (a name, or the mark of one read before)."""
    return not found.string[found.end():found.end() + 1].isdigit()


def _counted_from_one(lines: list[str]) -> set[int]:
    """The lines in a run of two numbered lines or more, 1, 2, 3… in one style ("." or ")"), each next non-blank line
    the next number: "1.3号楼" over "2.5号楼" (an estate's buildings as items), no decimal ("1.3") nor buildings'
    numbers, which "." and ")" never join."""
    numbered = [(j, _ANY_ITEM_NUMBER.match(line)) for j, line in enumerate(lines) if line.strip()]
    out: set[int] = set()
    run: list[int] = []
    for i, (j, found) in enumerate(numbered + [(-1, None)]):
        previous = numbered[i - 1][1] if run else None
        if found and previous and found["mark"] == previous["mark"] and int(found["n"]) == int(previous["n"]) + 1:
            run.append(j)
            continue
        first = numbered[i - len(run)][1] if run else None
        if len(run) >= 2 and first and first["mark"] in ".)" and int(first["n"]) == 1:
            out.update(run)
        run = [j] if found else []
    return out


# "A小区的管控区包括:" over "1.3号楼" / "2.5号楼" (invented): a named estate's area of a level, its items bare buildings
# of that estate; each building a place written with the estate's name (as the corpus writes an estate's building
# that a sentence names apart, "其中2号楼": 659, 1119); read as "管控区包括:" over "1.A小区3号楼" / "2.A小区5号楼".
# (Only items that are all bare buildings or units: "1.B苑" is a place of its own; not a district's area, "A区的…")
_ESTATE_BUILDING = (r"(?:第?(?:\d{1,3}|[A-Z])(?:号楼|栋|幢|座|号)|[一二三四五六七八九十]{1,3}(?:号楼|栋|幢|座))"
                    r"(?:[-—]?\d{1,2}单元)?")
_ESTATE_LEVEL_OVER_BUILDINGS = re.compile(
    rf"(?m)^(?P<lead>[ \t]*)(?P<estate>[{_CJK}]{{2,16}}?(?:小区|花园|家园|苑|公寓|大厦|新村|宿舍|庭|府|园|城))"
    rf"的(?P<level>{_LEVEL})(?P<verb>包括|为|有|是|如下|具体为|具体包括)?(?P<colon>[::])[ \t]*\n"
    rf"(?P<items>(?:[ \t]*(?:{_ENUM.pattern})[ \t]*{_ESTATE_BUILDING}[;;。,,]?[ \t]*(?:\n|$)){{1,60}})")
_ESTATE_ITEM = re.compile(rf"(?m)^(?P<enum>[ \t]*(?:{_ENUM.pattern})[ \t]*)(?={_ESTATE_BUILDING})")


def _estate_level_over_buildings(m: re.Match[str]) -> str:
    items = _ESTATE_ITEM.sub(lambda item: item["enum"] + m["estate"], m["items"])
    return f"{m['lead']}{m['level']}{m['verb'] or ''}{m['colon']}\n{items}"


def _item_number_before_digits(text: str) -> str:
    lines = text.split("\n")
    from_one: set[int] | None = None
    for k, line in enumerate(lines):
        if not (m := _NUMBER_BEFORE_DIGITS.match(line)):
            continue
        if from_one is None:  # (once, on the numbers as written)
            from_one = _counted_from_one(lines)
        n, mark = int(m["n"]), m["mark"]
        # (the nearest numbered line before and after it, blank lines skipped, in the same style and counting on)
        before = next((found for j in range(k - 1, max(k - 4, -1), -1) if lines[j].strip()
                       for found in [_ANY_ITEM_NUMBER.match(lines[j])]), None)
        after = next((found for j in range(k + 1, min(k + 4, len(lines))) if lines[j].strip()
                      for found in [_ANY_ITEM_NUMBER.match(lines[j])]), None)
        # (not an outline's numbers, "1.阳光街道:" over "1.1A小区", "1.2B小区" then "2.C街道:": a neighbour of the same
        # number in the same style makes "1.2" a sub-item's number; review rv68b)
        if any(found and found["mark"] == mark and int(found["n"]) == n for found in (before, after)):
            continue
        # (the neighbour counting on an item's number, with a name after it, or one read so already: not lines that
        # are all numbers run into digits, "3、5栋" over "4、6栋" under an estate's label, each two buildings'
        # numbers; review rv69a)
        if (before and before["mark"] == mark and int(before["n"]) == n - 1 and _names_after(before)) \
                or (after and after["mark"] == mark and int(after["n"]) == n + 1 and _names_after(after)) \
                or k in from_one:
            lines[k] = m["head"] + _ITEM_DIGITS_MARK + line[m.end():]
    return "\n".join(lines)


# ("1锦绣区金龙街道" as a list's one item, or a level's: the item's number with its separator lost, before a
# district's name by its form (a name the list of divisions does not hold) with more after it, or a street's or
# town's name with a place after it; "1号楼", "12栋", "3组", "1期A区" keep their digits, open no such name)
_GLUED_DIVISION_FRONT = re.compile(rf"(?P<d>[{_CJK}]{{2,6}}?(?:区|县|旗))(?=[{_CJK}])"
                                   rf"|(?P<s>[{_CJK}]{{2,6}}?(?:街道|镇|乡))(?=[{_CJK}A-Za-z\d]|$)")


# (not a number read with the word after it, a counter or a unit, "5期安置区", "2标段施工区", "3组集中居住区",
# "3道河乡"; nor an area named by its use, "365商业区", "798艺术区": a site's number and name, no district; review
# rv69b)
_NUMBER_UNIT_FRONT = re.compile(r"[期组号栋幢楼层排标段队连团营区片座室户块届级路巷弄街里门站道]")
_USE_AREA = re.compile(r"(?:商业|艺术|安置|居住|施工|仓储|物流|保税|文化|创意|科技|产业|农业|养殖|种植|住宅|生产"
                       r"|作业|商贸|加工|休闲|娱乐|展览|会展)区$")


def _glued_division_front(rest: str) -> bool:
    m = _GLUED_DIVISION_FRONT.match(rest)
    if not m or _NUMBER_UNIT_FRONT.match(rest):
        return False
    if m["d"]:
        return _district_ok(m["d"]) and _rest_ok(rest[m.end():]) \
            and not (_USE_AREA.search(m["d"]) and m["d"] not in _divisions()[0])
    return _sub_ok(m["s"], strict=True)


def _glued_item_digits(text: str) -> str:
    lines = text.split("\n")
    glued = {k: m for k, line in enumerate(lines) if (m := _GLUED_ITEM_DIGITS.match(line))}
    numbers = {k: int(m["n"]) for k, m in glued.items()}
    for k, m in glued.items():
        counts = any(numbers.get(j) == numbers[k] + step
                     for step, near in ((-1, range(k - 1, k - 4, -1)), (1, range(k + 1, k + 4)))
                     for j in near if j in numbers)
        if not counts and (_known_front(lines[k][m.end():m.end() + 40])
                           or _glued_division_front(lines[k][m.end():m.end() + 40])):
            lines[k] = m["indent"] + lines[k][m.end():]
    return "\n".join(lines)


# "南关区(1个):南关区A街道B花园17栋汽开区(1个):汽开区49街区19栋" (长春, autumn 2022): a copy that lost the break
# between two districts' lines runs the next "<district>(N个):" heading on after the last place; the heading starts a
# line of its own. (Only on a line that opens with such a counted district heading; the name before the count a known
# county-level division, or a district's name the item after the colon repeats ("汽开区(1个):汽开区…"); only right
# after a place's last character, and only before a count in brackets and a colon: "A小区(3个)", "B村(2个)中风险区",
# "卫星花园17栋(2个):" are left.)
_RUN_ON_COUNTED_HEADING = re.compile(rf"(?<=[{_CJK}\dA-Za-z)])(?=\((?:\d{{1,3}}|[{_CN_NUM}]{{1,4}})个\):)")


_TOWN_AFTER_ZONE = re.compile(rf"(?:(?!{_NOT_IN_TOWN_NAME})[{_CJK}]){{1,8}}?(?:街道(?!口)|镇|乡(?!村))(?!办)"
                              rf"[{_CJK}\dA-Za-z]")
_NOT_ZONE_NAME = re.compile(r"(?:小区|社区|花园|家园|公园|广场|市场|大厦|中心|[村组号栋楼路街巷镇乡])$")


def _run_on_district_name(line: str, at: int) -> int | None:
    """Where the district named before the count at ``at`` starts, or None when no district's name ends there."""
    colon = line.index(":", at) + 1
    for start in range(max(0, at - 12), at - 1):
        name = line[start:at]
        if not re.fullmatch(rf"[{_CJK}]+", name):
            continue
        known = name in _divisions()[0]
        repeated = line.startswith(name, colon) and len(line) > colon + len(name)
        label = _classify_label(name, "1", strict=True) if known or repeated else None
        if label and label.district and not label.sub:
            return start
        # ("…3栋莲花山(1个):莲花山泉眼镇A小区1栋": a zone named without 区, its name repeated before a town)
        if repeated and len(name) <= 6 and _TOWN_AFTER_ZONE.match(line, colon + len(name)) \
                and not _NOT_ZONE_NAME.search(name) and not _LEVEL_RE.search(name):
            return start
    return None


def _run_on_counted_headings(text: str) -> str:
    lines = text.split("\n")
    for k, line in enumerate(lines):
        body, _ = _strip_enum(line.strip())
        first = _LABEL_COLON.match(body)
        if not first or not first["count"] or first.end() >= len(body):
            continue
        label = _classify_label(first["name"], first["count"], strict=False)
        if not label or not label.district or label.sub:
            continue
        offset = line.index(body)
        cuts = [start for m in _RUN_ON_COUNTED_HEADING.finditer(line, offset + first.end())
                if (start := _run_on_district_name(line, m.start())) is not None
                and start > offset + first.end() and re.match(rf"[{_CJK}\dA-Za-z)]", line[start - 1])]
        for start in reversed(cuts):
            line = line[:start] + "\n" + line[start:]
        lines[k] = line
    return "\n".join(lines)



# "迎泽区(16个A小区3单元B苑2号楼…", "万柏林区(10个:C小区,D苑8号楼…", "晋源区(1个E村" (太原, a copy that lost
# the closing bracket and the colon of each counted district heading): a district's (street's, town's) count opened in
# brackets at a line's start and never closed on the line, the places run on after it; the heading is closed as
# "迎泽区(16个):" (invented: "甲区(3个乙苑1栋…", "丙县(2个:丁村,戊村"). (Only a known label, a district or a
# street; only before a place's first character or a colon, not a count's own kind, "A镇(2个村"; and only when no
# bracket after the count closes it: "A区(2个点位)B小区" is left. A count of buildings, grids or streets has its
# places only after a colon, "C区(2个楼栋:D苑1栋…", read as "C区(2个):": "A区(3个楼栋,\n具体如下):" and
# "B区(共2个网格" are headings wrapped inside their bracket, no place after the kind.)
_COUNTED_KIND = r"(?:楼栋|栋|幢|单元|楼|网格|街道|乡镇|镇街|户|院落|场所|点|片区)"
_UNCLOSED_COUNTED_LABEL = re.compile(rf"^(?P<head>[ \t]*(?:{_ENUM.pattern})?[ \t]*(?P<name>[{_CJK}]{{2,16}}?)"
                                     rf"\((?:共|计)?(?P<count>\d{{1,4}}|[{_CN_NUM}]{{1,5}})[个处])"
                                     rf"(?:{_COUNTED_KIND}:|:)?"
                                     rf"(?!村|社区|居委会|行政村|自然村|小区|区域|地区|点位|地点|风险区|{_COUNTED_KIND})"
                                     rf"(?=[{_CJK}A-Za-z\d])")
# "晋源1个):F小区7号楼" beside "晋源区(1个)…" above (the same copy): a district's counted label written without its
# kind (and its opening bracket), the division named in full elsewhere in the notice; read as "晋源区(1个):" (invented:
# "甲1个):乙苑", "丙(2个):丁村" beside "甲区", "丙县"). (Only a name the notice writes in full with exactly one kind,
# a known county-level division or a district's label at another line's start; and only before a count and a colon at
# a line's start.)
_SHORT_COUNTED_LABEL = re.compile(rf"(?m)^(?P<head>[ \t]*(?:{_ENUM.pattern})?[ \t]*)(?P<stem>[{_CJK}]{{2,4}}?)"
                                  rf"\(?(?P<count>(?:共|计)?(?:\d{{1,4}}|[{_CN_NUM}]{{1,5}})[个处])\)?:")


def _unclosed_counted_labels(text: str) -> str:
    lines = text.split("\n")
    for k, line in enumerate(lines):
        m = _UNCLOSED_COUNTED_LABEL.match(line)
        if not m or _closed_after(line, m.end()):
            continue
        label = _classify_label(m["name"], m["count"], strict=False)
        if label and (label.district or label.sub):
            lines[k] = f"{m['head']}):{line[m.end():]}"
    return "\n".join(lines)


def _closed_after(line: str, pos: int) -> bool:
    """Whether a bracket open before ``pos`` is closed after it on the line."""
    depth = 1
    for ch in line[pos:]:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
            if depth == 0:
                return True
    return False


def _short_counted_labels(text: str) -> str:
    def full(m: re.Match[str]) -> str:
        stem = m["stem"]
        # (the full name a known division written anywhere, or written as a label elsewhere: before a bracket, a
        # count or a colon)
        kinds = [kind for kind in "区县市旗" if (stem + kind in _divisions()[0] and stem + kind in text)
                 or re.search(rf"(?m)^[ \t]*(?:{_ENUM.pattern})?[ \t]*{re.escape(stem + kind)}"
                              rf"(?:\(|:|\d|[{_CN_NUM}]{{1,3}}个)", text)]
        label = _classify_label(stem + kinds[0], m["count"], strict=False) if len(kinds) == 1 else None
        if not label or not label.district or label.sub or stem in _divisions()[0]:
            return m.group()
        return f"{m['head']}{stem}{kinds[0]}({m['count']}):"
    return _SHORT_COUNTED_LABEL.sub(full, text)


# "一、新增高风险区" over "奎文区(自11月29日18时起,将下列区域风险划定为高风险区)" and its places one a line (潍坊, late
# 2022): a district's heading with a clause in brackets, the hour its list's change holds from and a pointer to the
# places below with their level. Under a part's heading of the same level the clause says nothing more: the line is
# the district's heading alone, "奎文区" (the part's verb, 新增, kept); with no such heading above it, the clause heads
# the district's list, read as "奎文区将下列区域划定为高风险区" (the hour dropped). (Invented: "甲县(自12月1日8时起,
# 将以下区域调整为低风险区)".) (Only a known district's or street's label alone on its line, and a clause that points
# to the places below (下列 / 以下) and names a level: "A小区(自12月1日起)" and "B区(含C镇)" are left.)
_LABEL_POINTER_CLAUSE = re.compile(rf"^(?P<head>[ \t]*(?:{_ENUM.pattern})?[ \t]*(?P<name>[{_CJK}]{{2,16}}?))"
                                   r"\((?:(?:自|从|于)?[^()\n,;。]{2,24}?(?:起|开始),?)?"
                                   rf"(?P<clause>(?:将|把|对)?(?:以下|下列)[^()\n;。]{{0,30}}?(?P<level>{_LEVEL}))"
                                   r"\)[ \t]*$")
_PART_HEADING = re.compile(r"^[ \t]*(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\))")


def _label_pointer_clauses(text: str) -> str:
    lines = text.split("\n")
    part_level: str | None = None  # the level of the part's heading above the line
    for k, line in enumerate(lines):
        m = _LABEL_POINTER_CLAUSE.match(line)
        if not m:
            if _PART_HEADING.match(line):
                levels = _LEVEL_RE.findall(line)
                part_level = _level_name(levels[-1]) if levels else None
            continue
        label = _classify_label(m["name"], None, strict=False)
        if not label or not (label.district or label.sub):
            continue
        own = _level_name(m["level"])
        lines[k] = m["head"] if own == part_level else m["head"] + m["clause"]
    return "\n".join(lines)

# "1.?A街坊3号楼2单元", "2.?B小区" over a list: a copy that turned the space after each item number into "?" (or
# "？") keeps it before every item; it is no part of the place. (Only after an item number at a line's start, before
# a Chinese character, and only when at least two items of the list have it: a lone "1.?河小区" may be a lost first
# character.)
# (any list number's style; this runs before the full-width forms are folded, so it reads a copy folded one
# character for one, "２．?" as "2.?", and cuts the marks at the same places of the text)
_STRAY_MARK_AFTER_NUMBER = re.compile(rf"(?m)^[ \t]*(?:{_ENUM.pattern})[ \t]*(?P<mark>\?)(?=[\u3400-\u9fff])")
_FOLD_IN_PLACE = {code: to for code, to in _FOLD.items() if to is not None}


def _stray_marks_after_numbers(text: str) -> str:
    marks = [m.start("mark") for m in _STRAY_MARK_AFTER_NUMBER.finditer(text.translate(_FOLD_IN_PLACE))]
    if len(marks) < 2:
        return text
    for at in reversed(marks):
        text = text[:at] + text[at + 1:]
    return text


def _lost_item_numbers(text: str) -> str:
    if "?" not in text and "\uff1f" not in text:
        return text
    lines = text.split("\n")
    count = 0
    for n, line in enumerate(lines):
        if lost := _LOST_ITEM_NUMBER.match(line):
            count += 1
            lines[n] = f"{lost['indent']}({count}){line[lost.end():]}"
        elif _ENUM.match(line.strip().translate(_FOLD)):  # (full-width digits too: "２.")
            count = 0
    return "\n".join(lines)


def _kept_garbled(text: str) -> str:
    if "?" not in text and "\uff1f" not in text:
        return text
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if _MOJIBAKE_RUN.search(line):
            rest = re.sub("[ \t。;\uff1b]", "", _MOJIBAKE_RUN.sub("", line))
            lines[n] = _MOJIBAKE_RUN.sub(lambda m: m.group().translate(_GARBLED_KEPT), line) if rest else ""
    return "\n".join(lines)


def _garbled_back(place: str) -> str:
    return place.translate(_GARBLED_BACK)


_LEVEL_START = re.compile(r"[高中低][風风]|封控|管控|防[範范]")


# (a copy whose letters and digits were then written full-width, "…B單元?jiǎng)潪榕Ｒ時", as Word files of some offices
# have them: the byte the shift left alone is the letter's half-width form; a run that reads as written keeps its
# full-width characters, which a shift can make of two halves too, "Ａ" A3 C1)
_FULL_WIDTH_ALNUM = str.maketrans({code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B),
                                                                     *range(0xFF41, 0xFF5B))})


# "5.胥壩鄉(xiāng)龍?zhí)洞?/p>" (铜陵, 2022): a shifted run cut at its line's end, its last byte lost with the "<" of
# the page's "</p>" (the "?" and "/p>" after it), so it reads back nothing by itself. The same place written
# elsewhere in the notice ("…龍?zhí)洞妩S墩四組", "…除龍?zhí)洞逋鈪^域") gives the lost byte: the character after
# the cut run's there. (Only where the other run starts with this one after the same character and gloss and
# itself reads back; the cut run then reads as the other's first characters, the tag's remnant dropped.)
_CUT_SHIFTED_RUN = re.compile(_SHIFTED_GBK.pattern + r"[?\uff1f](?:/[a-z]{1,6}>)?[ \t]*$", re.M)


def _cut_shifted_runs(text: str) -> str:
    def completed(m: re.Match[str]) -> str:
        if _shifted_gbk_as_written(m) != m.group():
            return m.group()
        before = text[m.start() - 1:m.start()]
        for other in _SHIFTED_GBK.finditer(text):
            if other.start() == m.start() or text[other.start() - 1:other.start()] != before \
                    or other["junk"] != m["junk"] or len(other["run"]) <= len(m["run"]) \
                    or not other["run"].startswith(m["run"]) or _shifted_gbk_as_written(other) == other.group():
                continue
            try:
                read = other["run"][:len(m["run"]) + 1].encode("gbk")[1:-1].decode("gbk")
            except UnicodeError:
                continue
            if re.fullmatch(rf"[{_CJK}]+", read) and all(_common(ch) for ch in read):
                return _lost_by_gloss(m, m["run"]) + read
        return m.group()
    return _CUT_SHIFTED_RUN.sub(completed, text) if "?" in text else text


def _shifted_gbk(m: re.Match[str]) -> str:
    read = _shifted_gbk_as_written(m)
    if read != m.group() or not re.search(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]", m["run"]):
        return read
    folded = m.string[:m.start()] + m.group().translate(_FULL_WIDTH_ALNUM) + m.string[m.end():]
    half = _SHIFTED_GBK.match(folded, m.start())  # (the run as the half-width letters cut it: "1" ends it, "１" not)
    if not half or (read := _shifted_gbk_as_written(half)) == half.group():
        return m.group()
    return read + m.group()[half.end() - m.start():]


def _shifted_gbk_as_written(m: re.Match[str]) -> str:
    run = m["run"]
    for end in (n + 1 for n, ch in enumerate(run) if "@" <= ch <= "~"):  # (the shortest run that reads back)
        try:
            read = run[:end].encode("gbk")[1:].decode("gbk")
        except UnicodeError:
            continue
        if re.fullmatch(rf"[{_CJK}]+", read):
            # ("其他區域?yàn)橹酗L(fēng)險區": the lost character between a place and its level, its second byte
            # the first of the run, is 為 (9E E9; 为 CE AA in a simplified page): the one word that stands there)
            lost = next((word for word in ("為", "为") if word.encode("gbk")[1] == run[0].encode("gbk")[0]), "")
            if lost and _LEVEL_START.match(read + run[end:]):
                return lost + read + run[end:]
            if not lost:
                return _lost_by_gloss(m, run) + read + run[end:]
            return read + run[end:]
        # (nothing when the lost character's second byte was a letter, the characters after it read as written:
        # "濱河?xùn)|路", "停止?fàn)I業": the "?" and its gloss are the character the page made of the previous one's
        # second byte and the lost one's first (河 BA D3 and 東 96 7C made 訓 D3 96, glossed xùn; 止 and 營 made 範,
        # fàn); the lost character is the one such first byte makes with the letter, where one alone does)
        if not read and re.match(rf"[{_CJK}]", run[end:]):
            before = m.string[m.start() - 1:m.start()]
            return _by_glossed_lead(before, run[0], m["junk"]) + run[end:]
    # "麒麟?yún)^(qū)新冠…": the lost character's second byte alone ("^", 0x5E), its own gloss after it; the
    # character is the one GBK character with that second byte read with that gloss (區, 85 5E, qū)
    gloss = _PINYIN.match(m.string[m.end():m.end() + 12].translate(_FOLD))
    if len(run) == 1 and "@" <= run <= "~" and gloss and (found := _by_second_byte(run, gloss.group()[1:-1])):
        return found
    return m.group()


def _lost_by_gloss(m: re.Match[str], run: str) -> str:
    """ "龍?zhí)督值绤矘浼覉@1棟" (成都, 2022): the lost character's second byte is the run's first byte (督 B6 BD: 潭's
    B6, then 街's BD), its first byte met the previous character's second in the "?" the page glossed (龍 FD 88 and
    潭 CC B6 made 執 88 CC, zhí): the one character of that second byte whose first byte, after the previous
    character's second, makes a character read with that gloss; else nothing (the lost character stays lost)."""
    before = m.string[m.start() - 1:m.start()]
    try:
        half = run[0].encode("gbk")[0]
    except UnicodeError:
        return ""
    return _by_glossed_lead(before, chr(half), m["junk"]) if half >= 0x40 else ""


@lru_cache(maxsize=256)
def _by_glossed_lead(before: str, half: str, gloss: str) -> str:
    """The one GBK character in common use of second byte ``half`` whose first byte, after the second byte of
    ``before``, makes a character pypinyin reads as ``gloss``; else nothing (the lost character stays lost)."""
    from pypinyin import Style, pinyin  # (only for a damaged copy: the dictionary loads once, when needed)

    try:
        tail = before.encode("gbk")[1:]
    except UnicodeError:
        return ""
    if len(tail) != 1 or tail[0] < 0x81:  # (a one-byte character before, or a second byte that leads none)
        return ""
    found = set()
    for lead in range(0x81, 0xFF):
        try:
            made, char = bytes([tail[0], lead]).decode("gbk"), bytes([lead, ord(half)]).decode("gbk")
        except (UnicodeError, ValueError):
            continue
        if re.fullmatch(rf"[{_CJK}]", char) and _common(char) \
                and gloss in pinyin(made, style=Style.TONE, heteronym=True)[0]:
            found.add(char)
    return found.pop() if len(found) == 1 else ""


def _common(char: str) -> bool:
    """A character in common use: its simplified form is among GB 2312's (東 is, as 东; 峾 and 渱 are not)."""
    try:
        _T2S.convert(char).encode("gb2312")
    except UnicodeError:
        return False
    return True


@lru_cache(maxsize=256)
def _by_second_byte(half: str, gloss: str) -> str | None:
    """The one GBK character whose second byte is ``half`` and which pypinyin reads as ``gloss``, else None."""
    from pypinyin import Style, pinyin  # (only for a damaged copy: the dictionary loads once, when needed)

    found = set()
    for lead in range(0x81, 0xFF):
        try:
            char = bytes([lead, ord(half)]).decode("gbk")
        except (UnicodeError, ValueError):
            continue
        if gloss in pinyin(char, style=Style.TONE, heteronym=True)[0]:
            found.add(char)
    return found.pop() if len(found) == 1 else None


# "将A街道B小区、\n\nC街道D小区、\n\nE街道F小区等3个区域划定为中风险区。" (兰州, summer 2022): a copy that broke its
# sentence after each 、 of a list, one place a line; the lines are one sentence, joined at the 、. (Not after a part's
# number alone, "三、" over "低风险地区"; not before a numbered item, "1.A", a label, "B区:C", or a level's heading,
# "中风险区" after a stray 、, or a PDF copy's page number, "— 2 —".)
_BROKEN_AT_LIST_MARK = re.compile(r"、[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*(?=[^\s])")
_LABEL_START = re.compile(r"[^,。;:\n]{1,16}:")
# (nor before the notice's signature or date after a stray 、 ending its list: "…A小区、\nB县疫情防控指挥部\n2022年
# 10月3日" ends the list at A小区)
_SIGNATURE_LINE = re.compile(r"[^\n]{0,40}(?:指挥部|领导小组|办公室|委员会|人民政府|工作专班)(?:办公室)?"
                             r"[ \t\u3000]*(?:\n|$)|(?:\d{4}|[〇○零一二三四五六七八九]{4})[ \t]*年"
                             r"[ \t]*[\d一二三四五六七八九十]{1,2}[ \t]*月[ \t]*[\d一二三四五六七八九十]{1,3}[ \t]*日"
                             r"[ \t\u3000]*(?:\n|$)")


# "新增划定A小区、B村C组。D小区、E小区为封控区。" (六安, spring 2022): a stray 。 inside one designation's list, the
# sentence before it opened by its verb with no level, no 为 and no other verb, the one after it a list with no verb
# of its own that closes on "为<level>": one list, the 。 read as 、. (Not "划定A、B为中风险区。C、D为封控区": the
# first has its level; nor "新增划定5个中风险区、3个封控区。" over a list: counts of levels, a level word.)
_STOP_INSIDE_DESIGNATED_LIST = re.compile(rf"(?:^|(?<=[。;\n]))(?P<a>[ \t\u3000]*(?:新增划定|新增|划定|将|把)"
                                          rf"[^。,;:\n]{{2,60}}?、[^。;:\n]{{2,800}}?)。"
                                          rf"(?=(?P<b>[^。;:\n]{{2,800}}?)为(?:{_LEVEL}))")
_VERB_IN_LIST = re.compile(rf"为|{_LEVEL}|划定|划为|调整|解除|新增|列为|列入|纳入|实行|实施|将|把|风险")


# (each item of the first list a place by its kind word, and no case's word in it: not "将A路、B路临时封闭。",
# "把核酸检测、健康监测落实到位。", "新增病例分别居住在A小区、B小区。" before "C小区为高风险区"; review rv71a)
_DESIGNATED_ITEM = re.compile(rf"[^、和及]*?(?:{_PLACE_KIND})(?:\([^()]*\))?")
_CASE_IN_LIST = re.compile(r"病例|感染者|阳性|确诊|患者|居住|活动|轨迹")


def _stop_inside_designated_list(m: re.Match[str]) -> str:
    lead = re.match(r"[ \t\u3000]*(?:新增划定|新增|划定|将|把)", m["a"])
    if lead is None or _VERB_IN_LIST.search(m["a"], lead.end()) or _VERB_IN_LIST.search(m["b"]) \
            or _CASE_IN_LIST.search(m["a"], lead.end()) \
            or not all(_DESIGNATED_ITEM.fullmatch(item) for item in re.split(r"[、和及]", m["a"][lead.end():]) if item):
        return m.group()
    return m["a"] + "、"


def _joined_at_list_marks(text: str) -> str:
    if not re.search(r"、[ \t\u3000]*\n", text):
        return text

    def join(m: re.Match[str]) -> str:
        before = text[text.rfind("\n", 0, m.start()) + 1:m.start() + 1].strip(" \t\u3000")
        after = text[m.end():]
        if _ENUM.fullmatch(before) or _ENUM.match(after) or _LABEL_START.match(after) \
                or re.match(rf"(?:新增|新划定|划定|解除)?{_LEVEL}", after) or _PAGE_NUMBER.match(after) \
                or _SIGNATURE_LINE.match(after):
            return m.group()
        return "、"

    return _BROKEN_AT_LIST_MARK.sub(join, text)


# "1.A区B街道C小区3号楼3单元划定为管控单元,所在B街道划定为中风险地区;" (哈尔滨, January 2021): each item puts its
# building's unit under control, a control unit (管控单元), the nearest of the levels the control area (管控区), and the
# street it lies in (所在, where it is) at the level after it; the unit's level is read as 管控区 and the street as
# named, 所在 no part of it. (Only 管控单元 straight after a verb of drawing and 为, not "以楼栋为管控单元", a rule of
# the measures; only 所在 opening a clause before a named street, town or community and its verb: "所在小区划定为…"
# names no place and keeps its words.)
_CONTROL_UNIT = re.compile(r"(?P<verb>(?:划定|确定|设定|调整|列|划)为)管控单元(?=[,;。\n]|$)")
# (所在的 and 所在地 the same, "所在的A社区", "所在地A街道" (review rv70a);
# not a bare kind, "所在社区及周边社区", "所在楼栋及周边村": no place named (rv69c))
_LIES_IN_CLAUSE = re.compile(rf"(?<=[,;:。\n])所在(?:地|的)?(?!街道|镇|乡|社区|村|小区|楼栋|楼|单元|区域|片区)"
                             rf"(?=[^,;。:、\n所]{{2,20}}?(?:街道|镇|乡|社区|村)"
                             rf"(?:划定|确定|调整|列|划)为{_LEVEL})")

# "六安市最后一个中风险小区A小区3期调整为低风险地区", "合肥市唯一的中风险地区——A县B镇C楼,连续14日…", "本轮疫情中
# 杭州市唯一一处中风险区域——D小区17幢正式调整为低风险地区" (reports of 2021): what the place is (the only one, the
# last one of its level) written before its name, after a dash or straight before it where the kind is a place's
# (小区, 社区, 村…), is no part of it; a county written first stays on the place ("A县唯一的中风险地区——B村" is
# "A县B村"). (Not where no name follows: "最后一个中风险地区调整为低风险地区" (a headline), "唯一的中风险区为A"
# (read by _ONLY_LEVEL).)
_DESCRIBED_ONE = re.compile(
    r"(?:(?<=[,;。:\n])|^)(?P<lead>[ \t]*)(?P<words>[^,;。:、\n()“”]{0,16}?)"
    rf"(?:唯一|最后|仅有|仅存)的?(?:一个|一处|1个|1处)?的?[高中低]风险"
    r"(?:(?:地区|区域|区|点位)[ \t]*(?:——|—|--|-|:)|(?:小区|社区|村|楼栋|街道)(?:[ \t]*(?:——|—|--|-|:))?)[ \t]*"
    rf"(?=[{_CJK}A-Za-z\d]{{2}})(?!调整|降|升|为|由|已|均|正式|解除|恢复|,)", re.M)
# ("安徽省六安市最后一个中风险地区调整为低风险地区" (a headline): with no name after it, the last one's count is no
# count of places before their level; read as "…最后的中风险地区调整为…", which names none)
_LAST_ONE_COUNT = re.compile(r"(?<=最后|唯一|仅存)的?(?:一个|一处|1个|1处)"
                             r"(?=的?[高中低]风险(?:地区|区域|区)(?:调整|降|下调|升|上调|解除|已|正式))")
# "杭州中风险区域“解封”:越过14个日夜 见证生活“重启”" (a 2021 report's headline): the lift in quotes (a figure of
# the news, "unsealed") before a colon and a subtitle on its line is no heading of a list; its colon read as a comma.
_QUOTED_LIFT_HEADLINE = re.compile(r"(?<=[“\"「](?:解封|解控|解禁)[”\"」])[ \t]*:(?=[ \t]*[^\s])")
# (the full name, "C楼" the decision writes after it: "将C楼调整为低风险地区" is that one place, named in full)
_SHORT_OF_DESCRIBED = r"(?<=[将把对])(?P<short>{short})(?=(?:由[^,;。]{{1,12}}?)?(?:调整|降|下调|升|上调|划定|解除))"
# (the place changed in its own clause: "…——D小区17幢正式调整为低风险地区")
_CHANGED_IN_CLAUSE = re.compile(r"[^,;。:\n]{0,60}?(?:正式|已经?|均)?"
                                r"(?:调整|降为|降级|下调|升为|升级|上调|解除|由[高中低])")


def _described_one(text: str) -> str:
    carried: list[tuple[re.Pattern[str], str]] = []

    def cut(m: re.Match[str]) -> str:
        words, rest = m["words"], m.string[m.end():]
        county = next((words[k:] for k in range(len(words) - 1) if words[k:] in _divisions()[0]
                       and not (words[k:].endswith("市") and words[k:-1] in _divisions()[1])), "")
        if _CHANGED_IN_CLAUSE.match(rest):
            return m["lead"] + county
        # (a description whose place is changed later by a short name; else a statement of the place's level, kept)
        name = re.match(r"[^,;。:\n]{2,60}?(?=[,;。:\n(]|$)", rest)
        full = county + name.group() if name else ""
        front = _known_front(full) if full else None
        for k in range(len(full) - 4, 0, -1):
            short = full[k:]
            # (a short name that is a whole name, no town's or building's rest: "C楼" after "A县B镇", not "镇C楼")
            if re.match(r"[街道镇乡村社区号栋幢楼期]", short) or (front and k < len(front[0])):
                continue
            pattern = re.compile(_SHORT_OF_DESCRIBED.format(short=re.escape(short)))
            if pattern.search(rest):
                carried.append((pattern, full))
                return m["lead"] + county
        return m.group()

    text = _LAST_ONE_COUNT.sub("的", _DESCRIBED_ONE.sub(cut, text))
    for pattern, full in carried:
        text = pattern.sub(full, text)
    return text


# "青岛市A医院所在的B社区调整为中风险地区" (a 2020 report): a site the place holds, named before it with 所在的 (where
# it lies), says which community is meant and is no part of it: the place is "B社区". (Only a named community,
# village, estate, street or town after 所在的 and before the verb of its level; not an area the sites lie in,
# "A社区、B社区所在的连片区域" (one area as drawn), nor a bare kind, "病例所在的小区", "A医院所在的周边社区"; nor the
# cases' or contacts' places, "将新增病例所在的A小区…", read by the rules of cases.)
_HOST_OF_PLACE = re.compile(
    r"(?:(?<=[,;。:\n将把对])|^)[^,;。:、\n()“”所将把对]{2,24}?所在(?:的|地)"
    rf"(?=(?!周边|周围|附近|相关|其他|其它|全部|所有|整个|各)[{_CJK}]{{2,10}}?(?:社区|村|小区|街道|镇|乡|花园|家园|苑)"
    r"(?:被|已|正式)?(?:调整|划定|划|列|确定|认定|升级|降级|升|降)?为(?:临时)?(?:[高中低]风险|封控|管控|防范))", re.M)
# (not a rule over every building, "将楼栋列为管控单元", "小区内各楼栋划定为管控单元": a kind, no named unit (rv69c))
_GENERIC_UNIT = re.compile(r"[ \t\u3000]*[将把]?(?:小区内|院内|区内)?(?:各|每个?|所有|全部|相关)?"
                           r"(?:楼栋|楼宇|楼|单元|小区|院落|住宅楼|居民楼|网格)[ \t\u3000]*")


# (各 or 每 before a kind, "A小区各楼栋"; not 各 inside a village's name, "马各庄村3号楼" (review rv70b))
_EVERY_UNIT = re.compile(r"(?:各|每个?)(?:楼栋|楼宇|楼|单元|小区|院落|住宅楼|居民楼|网格|户|村|社区|栋|幢)")


def _control_unit_level(m: re.Match[str]) -> str:
    clause = re.split(r"[,;。:\n]", m.string[max(0, m.start() - 40):m.start()])[-1]
    return m.group() if _GENERIC_UNIT.fullmatch(clause) or _EVERY_UNIT.search(clause) \
        else f"{m.group('verb')}管控区"


# "将A区B街道C小区1号楼,A区B街道D小区;\nE区F街道G小区;\nH区I街道J小区调整为中风险地区。" (西安, December 2021): one
# sentence opened by 将 whose object runs over lines each ended by ";", the verb and its level only on the last; the
# lines are one sentence, joined after their ";", as the same list written on one line is read. (Only where the
# opening line names no level and no line between does, each line ends with ";", none is a numbered item or a label,
# and the last line gives the level after 为: not lines of measures ended by ";", nor items under a heading.)
_SEMICOLON_OPENING = re.compile(r"[ \t\u3000]*(?:[^,。;:\n]{0,30},)?[将把][^。:\n]*;[ \t\u3000]*")
_SEMICOLON_INNER = re.compile(r"[ \t\u3000]*[^。:\n]+;[ \t\u3000]*")
_SEMICOLON_CLOSING = re.compile(rf"[^。:\n]+?为(?:全国)?(?:新冠肺炎疫情)?{_LEVEL}")
# (each line before the last ends on a place, as an item of the list does: "…D小区;", "…1号楼;", not a line of
# measures or duties, "将采取以下措施;", "暂停堂食;", "把人员排查到位;", whose next level sentence stands alone (rv69c))
_SEMICOLON_PLACE_END = re.compile(r"(?:小区|村|社区|街道|镇|乡|楼|栋|幢|座|单元|号|室|户|院|苑|园|城|府|里|庄"
                                  r"|组|屯|路|街|巷|弄|道|厦|场|中心|市场|公寓|舍|区域|片区|区|期|层|铺|店|馆|厂"
                                  r"|司|校|站|湾|坊|居|墅|寓|宅|阁|轩|邸|汇|筑|园区|基地|房|屋|块|间|所|门"
                                  r"|[A-Za-z\d]|\))[ \t\u3000]*;[ \t\u3000]*$")
# (not a duty carried down to a kind, "将严格落实人员排查到村;", "落实到户;", "进小区;": no place named (rv70b))
_SEMICOLON_DUTY_END = re.compile(r"(?:到|进|入|至|每|各)(?:小区|村|社区|户|人|楼栋|楼|单元|组|屯|院|门|场所)"
                                 r"[ \t\u3000]*;[ \t\u3000]*$")


def _joined_semicolon_lines(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _SEMICOLON_OPENING.fullmatch(line) and not _LEVEL_RE.search(line) and _SEMICOLON_PLACE_END.search(line) \
                and not _SEMICOLON_DUTY_END.search(line):
            j = i + 1
            # (blank lines between the pieces are no break: the same list with a blank line after each ';')
            while j < len(lines) and (not lines[j].strip() or (
                    _SEMICOLON_INNER.fullmatch(lines[j]) and not _LEVEL_RE.search(lines[j])
                    and _SEMICOLON_PLACE_END.search(lines[j]) and not _SEMICOLON_DUTY_END.search(lines[j])
                    and not _ENUM.match(lines[j].strip()) and not _LABEL_START.match(lines[j].strip()))):
                j += 1
            if j < len(lines) and not _ENUM.match(lines[j].strip()) \
                    and _SEMICOLON_CLOSING.match(lines[j].strip()):
                out.append("".join(part.strip() for part in lines[i:j + 1]))
                i = j + 1
                continue
        out.append(line)
        i += 1
    return "\n".join(out)


# "…经专家组研判,即日起以下16个中风险区调整为低风险区。\n具体为:A区B小区(2号楼除外)、C小区;D区E村…" (a news
# report's copy, 太原, autumn 2022): the sentence that names the change and its level ends its line, the list follows
# on the next line after "具体为:" (分别为, 具体如下, 名单如下…); one sentence, its list after the colon: the line
# break is joined, as "…调整为低风险区。具体为:A、B" written on one line is read. (Only a sentence that names a level
# before the break and a list on the same line as the colon: not "具体为:" alone on its line over items, which heads
# them as it is; not a sentence of measures or appeals, which names no level.)
_LIST_INTRO_AFTER_BREAK = re.compile(r"(?m)(?<=。)[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*"
                                     r"(?=(?:具体|分别|具体名单|名单)(?:为|是|如下)[::][ \t\u3000]*[^\s])")


# (the sentence points to the list below: "以下16个中风险区", "下列区域", "2个区域", or is a level's heading alone,
# "二、中风险区。"; not a sentence that names its own place, "将A小区调整为低风险区。" over "具体如下:恢复正常生产生活
# 秩序…", "A小区划定为高风险区。" over "具体为:居家不出户…": what follows is its measures; review rv68a)
_LIST_POINTING = re.compile(rf"以下|下列|如下|[\d{_CN_NUM}]{{1,5}}个|^[ \t\u3000]*(?:{_ENUM.pattern})?[ \t\u3000]*"
                            rf"(?:新增|新划定的?)?(?:{_LEVEL})(?:\([\d{_CN_NUM}]{{1,5}}个\))?$")


def _list_intro_joined(text: str) -> str:
    def join(m: re.Match[str]) -> str:
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        sentence = re.split(r"(?<=。)", line.rstrip("。"))[-1]
        return "" if _LEVEL_RE.search(sentence) and _LIST_POINTING.search(sentence) \
            and not re.fullmatch(r"[ \t\u3000]*", line) else m.group()

    return _LIST_INTRO_AFTER_BREAK.sub(join, text)


# A page stored on one line, spaces where its line breaks were: "…关于划定高风险区的 通告 根据疫情防控工作需要,…如下。
# 高风险区(1个) A街道B小区 采取措施:…": with no line break in the whole text and many spaces between words, each
# space is a line break (not one between two Latin letters or digits: "KTV 2号" keeps its word).
_FLAT_SPACE = re.compile(r"(?<![A-Za-z\d])[ \t\u3000]+|[ \t\u3000]+(?![A-Za-z\d])")


def _unflattened(text: str) -> str:
    body = text.strip()
    if "\n" in body or len(body) < 60 or len(re.findall(rf"[{_CJK}。:)][ \t\u3000]+[{_CJK}(]", body)) < 5:
        return text
    if len(re.findall(r"(?:^|[ \t;。])\d{1,3}[。.、]", body)) >= 3:
        return text  # numbered items on the line ("1。A; 2。B;"): the items are read by their numbers
    # ("通告称 , 根据…需要 , 自2月16日起 , 福田区…防范区 。": a copy that spaces its punctuation; no line starts with a
    # comma or a stop, nor ends with a comma: those spaces are no line breaks)
    body = _SPACED_PUNCTUATION.sub("", body)
    return _FLAT_SPACE.sub("\n", body)


_SPACED_PUNCTUATION = re.compile(r"[ \t\u3000]+(?=[,、;。])|(?<=[,、])[ \t\u3000]+")


# "…调整风险区域如下:一、高风险区调整为低风险区(一)A。(二)B。低风险区实行…。二、新增高风险区C。…" (a copy that ran
# a notice's parts into one paragraph): a line holding two or more parts headed by a level ("一、", "二、" over a
# level's words) and two or more bracket-numbered items; each part's heading, each item and each sentence after
# them is put on a line of its own, and a heading run into its first place ("新增高风险区C") gets its colon.
_RUN_IN_PART = re.compile(rf"(?<=[。:;])(?=[一二三四五六七八九十]{{1,2}}、[^。\n]{{0,16}}?{_LEVEL})")
_RUN_IN_ITEM = re.compile(r"(?<=[。;区])(?=\([一二三四五六七八九十]{1,2}\)[^\n。]{2})")
_RUN_IN_SENTENCE = re.compile(r"(?<=。)(?=[^\n])")
_RUN_IN_HEAD_PLACE = re.compile(rf"(?m)^(?P<head>[一二三四五六七八九十]{{1,2}}、(?:新增|划定|调整为?)(?:临时)?{_LEVEL})"
                                rf"(?=[{_CJK}\d])(?!的|为|内|实行|实施|调整|范围|区域)")


def _run_in_parts(text: str) -> str:
    if "、" not in text or "(" not in text:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if len(line) < 120 or len(_RUN_IN_PART.findall(line)) < 2 or len(_RUN_IN_ITEM.findall(line)) < 2:
            continue
        line = _RUN_IN_SENTENCE.sub("\n", _RUN_IN_ITEM.sub("\n", _RUN_IN_PART.sub("\n", line)))
        lines[i] = _RUN_IN_HEAD_PLACE.sub(r"\g<head>:", line)
    return "\n".join(lines)


# "A区关于划定高风险区通告" over "…决定自12月3日18:00起,将:" and the list, its verb after the list (or the copy cut
# before it): the one level the title draws is the list's (read as "将以下区域划定为高风险区:").
_TITLE_DRAWS_LEVEL = re.compile(rf"^[^\n。:]{{0,30}}?关于?划定(?P<level>{_LEVEL})的?(?:通告|公告|通知)[ \t]*$", re.M)
_DANGLING_OBJECT = re.compile(r"(?<=[,,])将:(?=[ \t]*$)", re.M)


# "将A街道B路东侧,北起C店,南至D店;E路以南,西起F,东至G划为临时管控2区": the object of one numbered zone is one
# area however many sections (joined by ";" and ",") its bounds run over; its separators are kept (held as
# _GARBLED_KEPT until the places are read). Only an object that names bounds (至, 以东, 东侧…).
_NUMBERED_ZONE_OBJECT = re.compile(r"(?<=将)(?P<obj>[^。\n将]{4,400}?)"
                                   r"(?=(?:划为|划定为|设为|列为)(?:临时)?(?:封控|管控)\d{1,2}区)")
_BOUNDS_WORD = re.compile(r"[东南西北][至起]|以[东南西北]|[东南西北]侧")


def _numbered_zone_object(m: re.Match[str]) -> str:
    obj = m["obj"]
    return obj.translate(_GARBLED_KEPT) if _BOUNDS_WORD.search(obj) and re.search(r"[;,]", obj) else obj


def _title_drawn_level(text: str) -> str:
    title = next((line for line in text.split("\n") if line.strip()), "")
    if not (m := _TITLE_DRAWS_LEVEL.match(title.strip())) or len(_DANGLING_OBJECT.findall(text)) != 1:
        return text
    return _DANGLING_OBJECT.sub(f"将以下区域划定为{m['level']}:", text)


# "经专家组研判,…高风险区调整为27个。具体情况如下:一、新增区域 / 黄流镇东孔村。/ 二、封控措施" (海南, 2022): a part
# headed "新增区域" (no level) in a notice whose lead sets the count of one level of area: the areas added are of
# that level (read as "新增高风险区域"). (Only when every such count names the same level, and only a heading on a
# line of its own: not "新增区域" in a sentence, nor a notice counting two levels.)
_LEVEL_COUNT_SET = re.compile(r"(?P<level>[高中低])风险(?:地区|区域|区)(?:总数)?(?:调整|增加|减少|变更)为\d{1,4}个")
_BARE_ADDED_HEADING = re.compile(r"(?m)^(?P<mark>[ \t]*(?:[一二三四五六七八九十]{1,2}、|\d{1,2}[.、]"
                                 r"|\([一二三四五六七八九十]{1,2}\))[ \t]*新增)(?:风险)?区域(?P<end>[::]?[ \t]*)$")


def _count_set_added_level(text: str) -> str:
    levels = {m["level"] for m in _LEVEL_COUNT_SET.finditer(text)}
    if len(levels) != 1:
        return text
    return _BARE_ADDED_HEADING.sub(rf"\g<mark>{levels.pop()}风险区域\g<end>", text)


# "将A区B街(3.1平方公里,人口74442人)、C街(4.4平方公里,人口63997人)调整为封闭管理区域" (广州, summer 2021): the
# area's size and its people counted in brackets after a place, no part of it (as "总面积23万平米" after a part is
# none; invented: "(约2.5平方公里,常住人口3.2万人)", "(面积1.8平方公里)"). Only a bracket of the size alone, maybe
# with the people; a bracket naming anything else ("(含A村)") is kept.
_SIZE_NOTE = re.compile(r"\((?:总|辖区|占地)?(?:面积)?(?:约|为)?[\d.]+(?:万|千)?"
                        r"(?:平方公里|平方千米|平方米|平米|亩|公顷)"
                        r"(?:[,、;]\s*(?:常住|户籍|现有)?(?:人口|居民)(?:约|为)?[\d.]+(?:万|千)?(?:余|多)?人?)?\)"
                        r"(?=[;,。、\n和及]|调整|划|列|设|为|$)")
# "1.A街道B社区、C社区D小区(由原高风险区天山区A街道调整)" (乌鲁木齐, summer 2022), "E社区F号家属院(中风险升高风险)"
# (西安, summer 2022): a note after an item on where its area came from or how its level changed; no part of the
# place (the item keeps the level it is listed under; invented: "(由原中风险区甲乙街道调整)", "(低风险升中风险)").
# "A花园(由中风险区调整为高风险区)" (格尔木, summer 2022): the change of the item's level told with 由 in brackets,
# a note likewise (invented: "(由低风险区调整为中风险区)", "(由管控区升级为封控区)").
# (Not "(原中风险调整为高风险)", kept whole in the corpus as its place's remark.)
_NOTE_LEVEL = r"(?:[高中低]风险(?:区域|地区|区)?|封控区|管控区|防范区)"
_CHANGE_NOTE = re.compile(r"(?:\(由原[^()\n]{1,30}?(?:调整|调入|划入|扩大|缩小)\)"
                          rf"|\(由{_NOTE_LEVEL}(?:调整|升级|降级|上调|下调|升|降)(?:为|至){_NOTE_LEVEL}\)"
                          r"|\([高中低]风险(?:区|地区)?(?:升级?|降级?|上调|下调)(?:为|至)?[高中低]风险(?:区|地区)?\))"
                          r"(?=[;,。、\n]|$)")

# "A街道B小区2号楼(该小区属C新区D新城E街道管辖)" (西安, autumn 2022): a note after a place on which office runs it
# (属…管辖); no part of the place (invented: "(该村属甲开发区乙镇管辖)", "(该小区由丙街道管辖)"). (Only a bracket that
# closes with 管辖 after 属 or 由, opened by 该/此 and the kind of place or by 属 itself: not "(含A村)", "(B街道辖区)"
# nor "(由B公司管理)".)
_JURISDICTION_NOTE = re.compile(r"\((?:(?:该|此)[\u4e00-\u9fff]{0,3}?)?(?:隶属于?|归属于?|属于?|由)"
                                r"[^()\n]{2,30}?管辖\)(?=[;,。、\n]|$)")

# "以下区域风险等级调整如下:" over "1.A镇B小区(由高风险区调整为中风险区)" and "2.C村(由中风险区调整为低风险区)"
# (a reviewer's wording): items whose own levels are told only in their notes, under a lead that names no level;
# each item's note its change, read as "1.A镇B小区由高风险区调整为中风险区" (the note no part of the place, as
# under a level's heading, where it is dropped). (Only lines whose note closes them, the note of a change from one
# level to another, each such line and the lead above them naming no level outside the notes.)
_NOTED_LEVEL_ITEM = re.compile(rf"(?m)^(?P<item>[ \t]*(?:{_ENUM.pattern})?[ \t]*[^\s()(由][^\n()]{{1,80}}?)"
                               rf"\((?P<note>由{_NOTE_LEVEL}(?:调整|升级|降级|上调|下调|升|降)(?:为|至){_NOTE_LEVEL})\)"
                               r"(?P<end>[;,。]?[ \t]*)$")


_NOTES_HISTORY = re.compile(r"回顾|以来|历次|历史|过往|此前|情况[::]")


def _noted_level_items(text: str) -> str:
    lines = text.split("\n")
    out = lines[:]
    for k, line in enumerate(lines):
        m = _NOTED_LEVEL_ITEM.fullmatch(line)
        if m is None and ":" in line:
            # ("…调整如下:A(由高风险区调整为中风险区)、B(由中风险区调整为低风险区)。": the items inline after the lead's
            # colon, parted by 、 or ;, each closed by its note: one a line)
            lead, _, run = line.rpartition(":")
            pieces = re.split(r"(?<=\))[、;,]", run.strip())
            found = [_NOTED_LEVEL_ITEM.fullmatch(p) for p in pieces]
            if len(pieces) > 1 and all(f is not None and not _ENUM.match(f["item"]) and not _LEVEL_RE.search(f["item"])
                                       for f in found) and not _LEVEL_RE.search(lead):
                out[k] = lead + ":\n" + "\n".join(f"{f['item']}{f['note']}{f['end'] or ';'}"
                                                   for f in found if f is not None)
            continue
        if m is None or _LEVEL_RE.search(m["item"]):
            continue
        above = k - 1
        while above >= 0 and (not lines[above].strip() or _NOTED_LEVEL_ITEM.fullmatch(lines[above])):
            above -= 1
        if above < 0 or _LEVEL_RE.search(lines[above]) or not re.search(r"[::][ \t]*$", lines[above]):
            continue
        # (not a review of earlier changes, "本轮疫情以来风险区调整情况回顾:", nor an item whose place a sentence after
        # the notes gives its change, "现将A小区调整为低风险区": the notes are history; review rv69c)
        if _NOTES_HISTORY.search(lines[above]):
            continue
        below = k + 1
        while below < len(lines) and (not lines[below].strip() or _NOTED_LEVEL_ITEM.fullmatch(lines[below])):
            below += 1
        name = _ENUM.sub("", m["item"].strip(), count=1).strip()
        if len(name) >= 2 and any(name in later and _LEVEL_RE.search(later) for later in lines[below:]):
            continue
        out[k] = f"{m['item']}{m['note']}{m['end']}"
    return "\n".join(out)


# "将A小区(B街道C社区D路173号)4栋(2022年12月3日15时)调整为低风险区" (重庆, late 2022): the hour the change took
# effect in brackets right after the place, before its verb (or the list's next mark); no part of the place (invented:
# "甲苑3栋(12月5日0时起)、乙村2组(12月5日8时)解除管控"). (Only a bracket of a date with its hour alone, after a place's
# last character: not "A社区(2月21日)" in a list of places by the day each was drawn (kept whole in the corpus), not
# "(8月23日0时—8月24日24时)" (a span), not a bracket on a line of its own.)
_TIME_NOTE = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z\d)])\((?:\d{4}年)?\d{1,2}月\d{1,2}日\d{1,2}(?:时|点)(?:\d{1,2}分)?"
                        r"(?:起|开始)?\)(?=调整|划|列为|纳入|升|降|解除|恢复|[,、;。])")


# "解除A小区A2 5单元封控区、A小区A2管控区的封控、管控管理和B市全域防范区管理" (吉林, spring 2022): the last zones
# lifted in one sentence, each place named with its kind of zone after it (a city's whole 防范区 last, joined by 和);
# read as "解除封控区:A小区A2 5单元;解除管控区:A小区A2;解除防范区:B市全域。" (invented: "解除甲苑3栋封控区、乙村管控区
# 的封控、管控措施"). (Only two places or more, when every item is a place with its kind and nothing else is left in
# the sentence: not "解除封控区、管控区、防范区管理" (the kinds alone), "解除部分封控区…", "解除上述封控区管理", nor
# "解除A楼封控区管理,调整为管控区管理" (one place, its new level after a comma, read by the rules as it is).)
_LIFTED_PLACE_ZONES = re.compile(r"(?<=解除)(?P<body>[^,。;:\n]{4,200}?(?:封控|管控|防范)区"
                                 r"(?:的(?:封控|管控|防范)(?:[、和及](?:封控|管控|防范))*)?(?:管理|措施)?)(?=[。;]|$)",
                                 re.M)
_PLACE_ZONE_ITEM = re.compile(r"(?:^|、|(?:的(?:封控|管控|防范)(?:[、和及](?:封控|管控|防范))*(?:管理|措施))?"
                              r"(?:和|及|以及))"
                              r"(?P<place>[^、,;。\s][^、,;。]{1,38}?)(?P<kind>封控|管控|防范)区")


# ("A小区A2", "B园3号楼"): an estate's name, maybe with its building's number or letters after it
_ESTATE_END = re.compile(r"(?:园|苑|小区|村|社区|大厦|公寓|家园|新村|城|庄|里|楼|栋|幢|单元|院|组)"
                         r"[A-Za-z\d \-]{0,8}$")


def _lifted_place_zones(m: re.Match[str]) -> str:
    body, items, at = m["body"], [], 0
    for item in _PLACE_ZONE_ITEM.finditer(body):
        if item.start() != at:
            return m.group()
        place = item["place"]
        if re.match(r"部分|全部|所有|上述|以上|前述|该|各|本|我|其他|其余|剩余|相关|有关|全(?:市|县|区|旗)", place) \
                or re.search(r"[高中低]风险|封控|管控|防范|人员|居民|措施", place) \
                or not (_complete_place(place) or _known_front(place) or _ESTATE_END.search(place)):
            return m.group()
        items.append(f"解除{item['kind']}区:{place}")
        at = item.end()
    rest = body[at:]
    if len(items) < 2 or not re.fullmatch(r"(?:的(?:封控|管控|防范)(?:[、和及](?:封控|管控|防范))*)?"
                                                        r"(?:管理|措施)?", rest):
        return m.group()
    return ";".join(items)[2:]


# "城中区:A村21号,A村B巷94号、94—1号、253号以外区域;C小区11号楼。" (西宁, autumn 2022): an item of addresses whose
# last house number, bare, closes the item with "以外区域": the area outside all the addresses of the item, one place
# (its commas and 、 kept as _GARBLED_KEPT until the places are read; invented: "甲村3号,甲村乙巷5号、7号以外区域").
_NUMBERS_EXCEPTED_RUN = re.compile(r"(?m)(?:(?<=[;:])|^)[^;:\n。]{2,200}?,[^;:\n。]{2,200}?"
                                   r"、\d{1,4}(?:[—-]\d{1,4})?号以外的?(?:其他|其余|其它)?(?:区域|地区|范围)(?=[;。]|$)")


# "A村北区B路东三巷1-3号,东四巷1-3号,东五巷1-3号", "C村九队一巷100号,东边一巷8号、9号,西边一巷3号", "D村南七巷五里6号,
# 南七巷六里6号、7号区域" (广州 花都, autumn 2022): a village's houses on a numbered lane, then after each comma a bare
# lane (its number, maybe its side 东 / 东边 and a numbered 里, no name of its own) with its house numbers: the houses
# of one village's lanes, one place, as a numbered item of them is ("1.A村六巷5号,八巷7号"); its separators kept as
# _GARBLED_KEPT until the places are read. (Not a lane with a name of its own after the comma, "A村一巷3号,B村二巷5号",
# "A四区四巷8号,A四区五巷9号": places of their own.)
_LANE_HOUSES = r"\d{1,4}(?:[-—~至]\d{1,4})?号?(?:、\d{1,4}(?:[-—~至]\d{1,4})?号?){0,20}号(?:区域)?"
_NUMBERED_LANE_HOUSES = rf"[一二三四五六七八九十\d]{{1,3}}巷(?:[一二三四五六七八九十]{{1,3}}里)?{_LANE_HOUSES}"
_LANES_OF_ONE_VILLAGE = re.compile(rf"(?<=[{_CJK}]){_NUMBERED_LANE_HOUSES}"
                                   rf"(?:,(?:[东南西北]边?|中)?{_NUMBERED_LANE_HOUSES})+(?=[,;。\n)]|$)")


# "将A街道B村二巷17号,B村三巷22、23号,B村四巷50号区域(现B村二巷17号,B村三巷26、27号,B村四巷22号区域)由高风险区调整
# 为低风险区" (深圳 光明, autumn 2022): house numbers between commas, then in brackets their current numbers (现,
# 原), as many pieces: the bracket renumbers the whole run, one place with it; its separators kept as _GARBLED_KEPT
# until the places are read. (Not where the bracket's pieces are fewer or more: which it renumbers is unsaid.)
_RENUMBERED_PIECE = r"[^,;。:\n()]{2,40}?\d号(?:区域)?"
_RENUMBERED_RUN = re.compile(rf"(?:(?<=[,;。:\n])|^)(?P<run>{_RENUMBERED_PIECE}(?:,{_RENUMBERED_PIECE})+)"
                             r"(?P<now>\((?:现|原|今)[^()]*\))", re.M)


def _renumbered_run(m: re.Match[str]) -> str:
    pieces = m["now"][2:-1].split(",")
    if len(pieces) != m["run"].count(",") + 1 or not all(re.fullmatch(_RENUMBERED_PIECE, p) for p in pieces):
        return m.group()
    return m["run"].translate(_GARBLED_KEPT) + m["now"]


# "A、B等42个小区、村" (呼和浩特, autumn 2022): a list's closing count names the kinds counted, joined by 、; read as
# "A、B等42个小区" (the count of the places named, no place; invented: "甲村、乙小区等8个村、社区").
_COUNTED_KINDS_JOINED = re.compile(rf"(?P<first>等(?:共计|共|计)?[\d{_CN_NUM}]{{1,4}}[个处]{_SUMMARY_KIND})"
                                   rf"(?:[、和及与]{_SUMMARY_KIND})+(?=[,;。:\n]|$)")
# "…,调整划定为高风险区" (the same notice): 调整 (adjust) before 划定 (designate), one verb; read as "划定为" (the
# comma before it leaves no "调整" behind as a place of the list; invented: "甲村、乙村,调整划为中风险区").
_ADJUST_DESIGNATED = re.compile(r"调整(?=划定为|划分为|划为|划入)")
# "将A小区8幢调整增为高风险区" (南通, late 2022): 增 (added) between 调整 and 为 before a level, one verb; read as
# "调整为" (left, 增 ran into the place). (Only straight before 为 and a level: "调整增加核酸检测点" is left.)
_ADJUST_ADDED = re.compile(rf"(?<=调整)新?增(?=为(?:[一二三两\d]类)?(?:临时性?)?{_LEVEL})")


# "A路1号为封闭管理区,B路2号为封控管理区" (厦门, autumn 2021): a closed management area (封闭管理区, 封闭式管理区,
# 全封闭管理区) given by a verb is the sealed level, as a closure is ("对A小区实行封闭管理"); read as "为封控区".
# (Only after a verb, as the place's level: "封闭管理区内居民…" and a title's "新增一处封闭管理区" are left.)
_CLOSED_AREA_GIVEN = re.compile(rf"(?<=[^\s,。;:])(?P<verb>{_TARGET_VERB}|为)全?封闭式?(?:管理|管控)区(?:域)?")


# "对A路1号、3号解除封控管控管理" (厦门, autumn 2021): two levels lifted, their words run together without 、; read as
# "解除封控、管控管理". (Only right after 解除, the levels' words ending the clause or before 管理 / 措施.)
_LIFTED_LEVELS_RUN_TOGETHER = re.compile(r"(?<=解除)(?P<a>封控|管控)(?P<b>管控|防范)"
                                         r"(?=区?(?:管理|措施)?(?:[,;。\n]|$))")


# "二、中心城区(A路以西,B路以南)暂不解除临时静态管理,所辖各社区现行管控措施保持不变" (海南, 2022): a place whose silent
# (static) management is not yet lifted stays under it, as "A继续实行临时静态管理" says; read so (the level kept, as
# "A仍为封控区" is read). (Only a named subject before it: a level's areas, people or "未达标的小区" name none, and the
# rules for those are kept.)
_NOT_YET_LIFTED_SILENT = re.compile(r"(?<=[^\s,。;:、的])(?:暂不|暂缓|暂未|尚不|尚未)解除"
                                    r"(?P<level>(?:临时性?)?(?:静态|静默)管理)")

# The same for a sealed, controlled or guarded level (invented: "决定自5月14日起幸福小区暂不解除封控管理", "A村不解除
# 管控措施"): the place named keeps its level, read as "A仍为封控区"; with no place named before it (after 起, a comma
# or a stop: "自…起暂不解除封控管理") nothing is lifted, read as "继续实行封控管理" (which names none). (Not after 的:
# "未达标的小区不解除…" names no place; nor "不得" / "不再" / "不予"; nor a clause going on "…不解除封控管理的,…".)
_NOT_LIFTED_LEVEL = re.compile(r"(?P<lead>(?<=[^\s,。;:、的])|(?<=起|[,。;:\n])|^)(?:暂不|暂缓|暂未|尚不|尚未|不)解除"
                               r"(?P<level>封控|管控|防范)区?(?:管理|管控措施|措施)?(?=[,;。\n]|$)")


def _not_lifted_level(m: re.Match[str]) -> str:
    start = m.start()
    before = m.string[start - 1:start] if start else ""
    if before and before not in "起,。;:\n" and not re.search(r"[\s的]", before):
        return f"仍为{m['level']}区"
    return f"继续实行{m['level']}管理"


# "自5月14日起A小区解除封控管理后,转为管控区", "…,解除封控后转为管控区" (invented): the lift, then the level the
# place goes to, a move down; read as "A小区由封控区转为管控区" (not "后" a place). (Only a lower level after the
# verb of a move, right after the lift's 后; not at a line's or sentence's start: "原管控区:…\n解除管控后,转为防范区
# 管理" under a former level's heading sends on the places listed above, a rule read elsewhere.)
_LIFTED_THEN_MOVED = re.compile(r"(?<=[^\n。;:])(?:全面|有序)?解除(?P<a>封控|管控)区?(?:管理|管控措施|措施)?(?:之)?后,?"
                                r"(?P<verb>转为|调整为|降为|转入)(?P<b>管控|防范)区")
# "12月1日起全县解除静默管理后,全县居民有序出行" (invented): the whole's lift as the time of what follows, a
# clause of its own, dropped (no place; the lift itself is told elsewhere if at all). (Only the
# notice's own whole, 全县 / 全区 / 全市 / 全旗, at a clause's start, then 后 and a comma.)
_WHOLE_LIFT_AS_TIME = re.compile(r"(?:(?<=[,。;:\n起])|^)(?:全(?:县|区|旗|市))(?:范围内?|域)?(?:全面|有序|逐步)?解除"
                                 r"(?P<lv>(?:临时性?)?(?:静默|静态)(?:管理|管控))(?:之)?后,", re.M)


# "…由中风险调整为低风险。调整后A市全域为低风险" (a 2021 report): the state after the changes with no comma after
# 调整后, the whole city (district) at its level, a blanket; read as "调整后,A市全域为低风险" (which names no place).
_AFTER_CHANGES_WHOLE = re.compile(rf"(?:(?<=[。;\n])|^)调整后(?=[{_CJK}]{{1,12}}?(?:省|市|区|县|旗)(?:全域|全境)"
                                  r"(?:范围)?内?(?:均|都|仍|仍然|依然|全部)*为)")


# "调整后,疏附县整个县域降为低风险" (a 2020 report of 喀什's): the whole county after the changes written as
# 整个县域 (全县, 全县域) and the level it falls to (降为); the same blanket, read as "调整后,疏附县全域为低风险"
# (only a known division whose kind the word repeats: "A县整个县域", "B区全区").
_AFTER_CHANGES_WHOLE_WORDS = re.compile(rf"(?:(?<=[。;\n])|^)调整后,?(?P<div>[{_CJK}]{{1,12}}?(?P<kind>[市区县旗]))"
                                        r"(?:整个|全)(?P=kind)域?(?=(?:均|都|仍|全部)*(?:降为|调整为|为))")


def _after_changes_whole_words(m: re.Match[str]) -> str:
    return f"调整后,{m['div']}全域" if m["div"] in _divisions()[0] else m.group()


# "解除A小区中风险区管控措施,解除后B区内无高、中风险区,…" (成都, summer 2022): after a lift, a clause saying the
# district has no area of the levels left (解除后 / 调整后 / 解封后, the district or 全区 / 全市 optional, 内 or 范围内,
# 无 / 已无 / 暂无 / 没有 / 不再有, the levels joined by 、 和 及 与): the state after the change, no place; dropped
# with its comma (not "解除后,C村按防范区管理": where a lifted place goes, a level given).
_NONE_LEFT_AFTER = re.compile(rf",(?:解除|解封|调整)后,?(?:[{_CJK}]{{2,10}}?(?:省|市|区|县|旗|街道|镇|乡)"
                              r"|全市|全区|全县|全旗|全省)?"
                              r"(?:范围内|辖区内|内|全域|全境)?(?:均|已|暂|仍|现)?(?:无|没有|不再有|不存在)"
                              r"(?:(?:[高中低]风险|[高中低]|封控|管控|防范)(?:区域|地区|区)?(?:[、和及与]|$)?)+"
                              r"(?<=区|域)(?=[,;。])")


# "设置6个疫情重点管控区域。区域一:A路、B路、C路围合的区域(不含上述道路)。区域二:…" (扬州, summer 2021, before
# 封控区/管控区 were standard): a count of key control areas (重点管控区域, outsiders barred: controlled), then each
# area after its label "区域一:" in the same paragraph: one place an area, the labels dropped (invented: "设立2个重点
# 管控区域:区域一:甲路、乙路围合的区域。区域二:丙村。"). Only when the labels number as many areas as the count.
_KEY_AREA_LABEL = r"区域(?:[一二三四五六七八九十]{1,3}|\d{1,2})[::]"
_LABELLED_KEY_AREAS = re.compile(
    rf"(?P<verb>设置|设立|划定|确定)(?P<n>\d{{1,2}}|[一二三四五六七八九十两]{{1,3}})个(?:疫情)?(?:重点)?管控区域[。:,]?"
    rf"(?P<items>(?:{_KEY_AREA_LABEL}[^。\n]+(?:。|$))+)", re.M)


def _labelled_key_areas(m: re.Match[str]) -> str:
    items = [item.rstrip("。") for item in re.split(_KEY_AREA_LABEL, m["items"]) if item.strip("。")]
    if len(items) < 2 or len(items) != _cn_int(m["n"]) or any(";" in item for item in items):
        return m.group()
    # (each labelled area one place as written: its 、 between bounds kept inside it)
    kept = ";".join(item.replace("、", _ONE_PLACE_AND) for item in items)
    return f"{m['verb']}{m['n']}个管控区,分别为:{kept}。\n"


# "经有关专家研判,A路以东、B路以南、C铁路以西、D路以北的区域,E镇F村为防范区" (金华, spring 2022): an area written
# as its bounds, then a comma and the next place, both subjects of one "为<level>" without 将: the comma joins the two
# places of the subject (read as 、; with 将 the clause already holds both) (invented: "…,甲路以东、乙路以北的区域,丙镇
# 丁村为管控区"). Only after a clause's comma, the area ending in 区域/范围/片区 after its last bound.
_BOUNDED_SUBJECT_COMMA = re.compile(
    r"(?<=[,:])(?P<area>(?:[^,、;。:\n]{1,20}?以(?:[东西][南北]?|[南北])、){1,6}[^,、;。:\n]{1,20}?以(?:[东西][南北]?|[南北])"
    r"的?(?:区域|范围|片区)),"
    rf"(?=[^,、;。:\n]{{2,30}}?(?:均|全部)?(?:为|划为|列为|划定为){_LEVEL})")


# "解除A,B封控区相关举措;解除C,D管控区相关举措" (金华, spring 2022): the lift of the zone's measures written with
# the zone (封控区) and 相关举措 after the places: the lift of those measures, as "解除A封控措施" writes it (invented:
# "解除甲村3号,乙路5号管控区相关措施")
_LIFTED_ZONE_MEASURES = re.compile(
    r"(?P<head>解除[^。;:\n]{2,200}?)(?P<lv>封控|管控|防范)区域?相关(?:防控)?(?:举措|措施)")


# "决定将A村、B村划为封控区其他C街道行政区划内封控区、管控区以外的区域均为防范区" (a report that lost its comma, 绍兴,
# late 2021): a clause of the rest after the levels' areas, opening with 其他 and with its own "为<level>", run on
# straight after the level that ends the clause before: a comma between them (invented: "…划为高风险区其余甲镇辖区内
# 高风险区以外的区域为低风险区").
_GLUED_REST_CLAUSE = re.compile(
    rf"(?P<lv>为{_LEVEL})(?=(?:其他|其它|其余)[^,。;:]{{2,40}}?(?:以外|之外)的?(?:其他|其它|其余)?(?:区域|地区|范围)"
    rf"(?:均|全部|都)?(?:划为|划定为|列为|为){_LEVEL})")

# "甲区、乙县、高新区除高中风险区外,其他区域均为低风险区" (渭南, autumn 2022): the levels a division's rest leaves out,
# then a comma, then the rest itself with its level: one rest, written as "…除高中风险区外其他区域均为低风险区" (also
# 以外 / 之外, 其它 / 其余, 地区, the levels named one by one or pointed back to; not "A除高风险区外,B为…", a place
# of its own after the comma).
# "A区、B区、高新区、C新区等4个区(开发区)除高中风险区外,其他为低风险区" (西安, summer 2022): listed districts'
# count and kinds before their rest, no name: dropped, the rest read as without it ("A区、B区…除…外").
_DISTRICTS_COUNT_BEFORE_REST = re.compile(r"(?<=[区县市旗])(?:等|共)[\d一二三四五六七八九十两]{1,2}个[区县市旗]{1,3}"
                                          r"(?:\([^()\n]{1,10}\))?(?=除)")
_REST_AFTER_COMMA = re.compile(
    rf"(?P<ex>除(?:以上|上述|前述)?(?:{_LEVEL}|封控|管控|防范|[高中低]风险|[高中低]|[、和及与]"
    r"|(?<=以上|上述|前述)(?:风险)?(?:区域|地区|区|点位))+(?:以外|之外|外))[,,]"
    rf"(?=的?(?:其他|其它|其余)(?:的)?(?:区域|地区|范围)(?:均|全部|都|一律)?(?:划为|划定为|列为|为|属于){_LEVEL})")


# A spam site's copy inserts two-character fragments of its headline (the text's first line) between and inside
# sentences and items: under "最新通告!青山县划定2高风险区" the item "A路以西、最新青山B路以南、通告C路以北合围区域".
# Known by its form, not its words: three times or more, right after a stop, a run of two fragments or more that the
# headline does not hold in one piece ("。店市定高将…", ",最新驻马结合…"). In such a copy a run of fragments after 、
# or ; is cut, fragment by fragment, while the headline does not go on with the character after it ("、河南建仁路":
# "河南建" is not in the headline); a place the headline names goes on in it ("、青山县A村": "青山县" is) and is kept.
_HEADLINE_MIN = 10
# (a zone's own name after a stop is ordinary wording, not a fragment, though the headline holds its words: under
# "A区解除部分封控区、管控区管理" the headings "一、解除封控区" and the list "封控区、管控区和防范区" are kept;
# the text here is not yet simplified, hence both forms)
_ZONE_AFTER_STOP = re.compile(r"(?:解除|调整|調整|划定|劃定)?(?:封控|管控|防范|防範|[高中低](?:风险|風險))[区區]")
# (nor is a clause opening with its verb, though the headline holds it: under "A县关于解除B村C小区封控管理的通告" the
# clauses ",解除封控管理" and ";解除管控措施" are no fragments, and do not make the notice a spam copy, whose
# fragments then cut its places "、B新村")
_VERB_AFTER_STOP = re.compile(r"解除|划定|劃定|调整|調整|实行|實行|实施|實施|开展|開展|恢复|恢復|继续|繼續")


def _headline_runs(text: str, at: int, grams: set[str]) -> int:
    """The length of the run of headline fragments (two characters each) at ``at``."""
    end = at
    while text[end:end + 2] in grams:
        end += 2
    return end - at


# (a copy may insert its fragments one at a time: "…划定为中风险。市新\n", "、个中A镇B村", ",风险自…": then many
# stops are followed by one fragment the headline does not go on with, and some fragment stands alone between a
# stop and the line's end, where no sentence ends with two characters of the headline)
_LONE_MIN = 5
_ORPHAN_MIN = 2


def _lone_fragments(body: str, head: str, grams: set[str]) -> bool:
    lone = orphan = 0
    for m in re.finditer(r"[。,:;、\uff0c\uff1a\uff1b]", body):  # (full-width stops are not yet folded here)
        at = m.end()
        if body[at:at + 2] not in grams or body[at:at + 3] in head \
                or _ZONE_AFTER_STOP.match(body, at) or _VERB_AFTER_STOP.match(body, at):
            continue
        lone += 1
        orphan += bool(re.match(r"[ \t]*(?:\n|$)", body[at + 2:]))
    return lone >= _LONE_MIN and orphan >= _ORPHAN_MIN


def _without_headline_fragments(text: str) -> str:
    first, _, body = text.lstrip().partition("\n")
    if len(first.strip()) < _HEADLINE_MIN or first.strip().endswith(("。", ":", ":")) or not body:
        return text
    # (the headline's characters: a fragment may join two across a count, "划定2高" giving "定高")
    head = "".join(re.findall(rf"[{_CJK}]", first))
    grams = {head[i:i + 2] for i in range(len(head) - 1) if re.fullmatch(rf"[{_CJK}]{{2}}", head[i:i + 2])}
    stops = [m.end() for m in re.finditer(r"[。,,::;;、]", body)]
    spam = sum(1 for at in stops if (size := _headline_runs(body, at, grams)) >= 4
               and body[at:at + size] not in head
               and not _ZONE_AFTER_STOP.match(body, at) and not _VERB_AFTER_STOP.match(body, at))
    if spam < 3 and not _lone_fragments(body, head, grams):
        return text

    out, i = [], 0
    for m in re.finditer(r"[、;;]", body):
        at = m.end()
        if at < i or _ZONE_AFTER_STOP.match(body, at):
            continue
        end = at  # (fragment by fragment: "、遂平中风险区" loses "遂平", the headline goes on with "中风险")
        while body[end:end + 2] in grams and body[end:end + 3] not in head \
                and re.match(rf"[{_CJK}]", body[end + 2:end + 3]):
            end += 2
        if end > at:
            out.append(body[i:at])
            i = end
    out.append(body[i:])
    return text[:len(text) - len(body)] + "".join(out)


# "一、封控区(实行“区域封闭、足不出户、服务上门”管理措施)甲县(6个):A村、B村" (福建, autumn 2021, run on one
# line): a numbered level heading with its measures in brackets, the list straight after it; the heading stands on its
# own line and its measures (no place) are dropped, as a heading written "一、封控区" over its groups is read.
_LEVEL_HEADING_MEASURES = re.compile(
    r"(?:^|(?<=[\n:;。]))[ \t]*(?P<enum>[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))"
    r"(?P<level>封控区|管控区|防范区|[高中低]风险(?:地区|区))"
    r"\((?:实行|实施|采取|执行)“[^”\n]{2,30}”等?的?(?:管理|管控|防控|防范)?措施\)[ \t]*\n?")


def _level_heading_measures(text: str) -> str:
    return _LEVEL_HEADING_MEASURES.sub(lambda m: f"\n{m['enum']}{m['level']}\n", text) \
        if "措施)" in text else text


# "二、解除下列管控区甲村周边区域。" (浙江, spring 2022, its items run on without a colon): a lift of the listed
# level with its places straight after the level; a colon goes after the level so that the places are the list's
# ("解除下列管控区:甲村周边区域"). A machine-reworded copy writes "消除" for 解除 and "监管区" for 管控区 in this
# position ("消除下列监管区乙村包抄地区"): read as the notice's words only here, after 下列 / 以下, where no place is
# written ("消除疫情隐患", "海关监管区" elsewhere are left).
_LISTED_LIFT_RUN_IN = re.compile(rf"(?:解除|消除|解散|撤除)(?P<which>下列|以下)"
                                 rf"(?P<level>{_LEVEL}|{_SWAPPED}|监管区(?:域)?)(?P<n>(?:{_COUNT})?)[ \t]*"
                                 r"(?=[\u4e00-\u9fff\dA-Za-z])(?!域|的|管理|管控|防控|措施|区域|名单|清单|如下|等|为|是|范围)")


def _listed_lift_run_in(text: str) -> str:
    def fixed(m: re.Match[str]) -> str:
        level = "管控区" if m["level"].startswith("监管区") else _as_level(m["level"])
        return f"解除{m['which']}{level}{m['n']}:"
    return _LISTED_LIFT_RUN_IN.sub(fixed, text) if "下列" in text or "以下" in text else text


# "二、解除以下区域中风险区管理" (深圳, autumn 2022) on a line of its own over numbered items, no colon: the level's
# management of the areas below lifted; read with the colon such a heading has ("解除以下区域中风险区管理:").
# Only a line that ends there and a numbered item on the next line (not "解除以下区域中风险区管理措施", nor a
# sentence that goes on).
# (any list number's style, with or without a space after it: "二、 解除…", "1) A路")
_LISTED_LIFT_MANAGED = re.compile(rf"(?P<head>(?:^|\n)[ \t\u3000]*(?:(?:{_ENUM.pattern})[ \t\u3000]*)?"
                                  rf"解除(?:以下|下列)(?:区域|地区|点位)的?(?:{_LEVEL})的?(?:管理|管控))[ \t\u3000]*"
                                  rf"(?=\n[ \t\u3000\n]*(?:{_ENUM.pattern}))")


# (not over measures: "二、解除以下区域管控区管理\n1.居民凭48小时核酸阴性证明出入", the rules after the lift)
_LIFT_ITEM_PROSE = re.compile(r"人员|居民|群众|市民|村民|请|需|须|应|不得|禁止|严禁|恢复|有序|做好|落实|核酸|出入|外出"
                              r"|营业|开放|防护|配合")
_ITEM_NUMBER = re.compile(rf"[ \t\u3000\n]*(?:{_ENUM.pattern})[ \t\u3000]*(?P<item>[^\n]*)")


def _listed_lift_managed_head(m: re.Match[str]) -> str:
    item = _ITEM_NUMBER.match(m.string, m.end())
    return m.group() if item and _LIFT_ITEM_PROSE.search(item["item"]) else m["head"] + ":"


def _listed_lift_managed(text: str) -> str:
    return _LISTED_LIFT_MANAGED.sub(_listed_lift_managed_head, text) if "解除" in text else text


# "…决定从11月11日8时起解除以下临时管控区" (江门, autumn 2022) ending its line, no colon, over the areas lifted:
# read with the colon ("解除以下临时管控区:"). Only a pointer that ends its line with a line of places after it
# (not over rules: "解除以下管控区\n居民凭…出入"; not "解除以下管控区的措施", nor a sentence that goes on).
_LISTED_LIFT_LINE_END = re.compile(rf"(?P<head>解除(?:以下|下列)(?:临时性?)?(?:{_LEVEL})(?:{_COUNT})?)[ \t\u3000]*"
                                   r"(?=\n[ \t\u3000\n]*(?P<next>[^\n]+))")


# (nor over a line of rules whose people or measures come later in it: "区域内商超、市场有序开放,居民凭码出入",
# "自即日起,相关区域解除管控措施": a sentence's lead (自…起, 上述, 相关, 区域内) or a measure's verb, no places)
_LIFT_LINE_NOT_PLACES = re.compile(r"^(?:自|从|于|即日|同时|对|上述|以上|该|各|相关|其他|其余|区域内|范围内)"
                                   r"|解除|实行|实施|执行|措施")


def _listed_lift_line_end(text: str) -> str:
    def fixed(m: re.Match[str]) -> str:
        nxt = m["next"].strip()
        return m.group() if _LIFT_ITEM_PROSE.search(nxt) or _LIFT_LINE_NOT_PLACES.search(nxt) else m["head"] + ":"
    return _LISTED_LIFT_LINE_END.sub(fixed, text) if "解除" in text else text


# "…决定自11月22日0时起将我区7个高风险区降为低风险区" (济宁, autumn 2022) ending its paragraph, no colon, no full
# stop, over a line of the places: a counted (or pointed, "以下区域") object given its new level; read with the colon
# ("…降为低风险区:"). Only where the line ends there and the next line opens with a place (not over rules,
# "低风险区有序恢复…", nor a sentence that goes on).
_COUNTED_CHANGE_LINE_END = re.compile(
    rf"(?P<head>将(?:我|本|全)?[区县市旗]?(?:[\d{_CN_NUM}]{{1,4}}个|以下|下列)(?:{_LEVEL})?(?:区域|地区|点位|小区)?"
    rf"{_TARGET_VERB}(?:{_LEVEL}))[ \t\u3000]*(?=\n[ \t\u3000\n]*(?P<next>[^\n]+))")


# (nor over the office's signature, "宁远县人民政府", "…疫情防控指挥部"; nor a line that goes on with its own verb,
# "A村、B村解除封控后,居民可有序出行", "A村、B村继续实行封控管理" (rv61b))
_COUNTED_CHANGE_NOT_PLACES = re.compile(r"人民政府|指挥部|办公室|领导小组|委员会"
                                        r"|解除|实行|实施|执行|继续|已经?|后,|将|起")


def _counted_change_line_end(text: str) -> str:
    def fixed(m: re.Match[str]) -> str:
        first = re.split(r"[、,;。]", m["next"].strip())[0]
        return m["head"] + ":" if _complete_place(first) and not _LIFT_ITEM_PROSE.search(m["next"]) \
            and not _COUNTED_CHANGE_NOT_PLACES.search(m["next"]) and not _LEVEL_RE.search(first) else m.group()
    return _COUNTED_CHANGE_LINE_END.sub(fixed, text) if "将" in text else text


# "对管控区域,即A(21号楼除外)予以解除。封控区域,即B继续封控。" (山东, spring 2022): a level named first, then
# 即 ("that is") and its places, then the lift or the level kept; read as "对A解除管控区" and "对B继续实行封控管理".
# Only with 对 before a lift and the same level's word kept (not "封控区域,即A,实行…", nor "管控区域,即A继续封控").
_LEVEL_THAT_IS = re.compile(r"(?P<to>对)?(?P<level>(?P<stem>封控|管控|防范)区域?),即(?P<places>[^,;。:\n即]{2,80}?)"
                            r"(?:(?P<lift>予以解除|解除)|继续(?P<kept>封控|管控|防范)(?:管理)?)(?=[,;。]|$)", re.M)


# (not places described, no name: "封控区域,即出现阳性病例的楼栋继续封控", "对封控区域,即发现感染者的楼栋予以解除")
_THAT_IS_DESCRIBED = re.compile(r"的|阳性|病例|感染|确诊|密接|发现|出现|居住|所在|以外|之外")


def _level_that_is(m: re.Match[str]) -> str:
    if _THAT_IS_DESCRIBED.search(m["places"]):
        return m.group()
    if m["lift"] and m["to"]:
        return f"对{m['places']}解除{m['stem']}区"
    if m["kept"] and m["kept"] == m["stem"]:
        return f"对{m['places']}继续实行{m['stem']}管理"
    return m.group()


# "一、4月15日起解除封控管控区域" (泉州, spring 2022) over items that each lift their places ("1.解除A村封控区管理,
# 调整为管控区"): the areas of two levels lifted, their words run together (or "封控、管控区域"), no place; read as
# "解除封控区、管控区", a heading of lifts, not "封控" lifted from "管控区域".
_LIFTED_TWO_LEVELS_AREAS = re.compile(r"(?<=解除)(?P<a>封控|管控)区?、?(?P<b>管控|防范)(?:区域|地区|区)"
                                      r"(?=[ \t]*(?:\n|$))", re.M)


# "将A小区等10个小区划定为封控区,封控区范围增至94个,具体情况如下:" (二连浩特, 2022) over the list: a lead that
# names one example of the new areas and announces the list below, which holds them all; the example is the list's,
# no place of its own (a page cut inside the list loses it with the list); read as "将10个小区划定为封控区". (Not when
# the list is not on the page: "等20个封控区…(名单附后)", the example the only one named.)
_EXAMPLE_BEFORE_LIST = re.compile(
    rf"(?<=将|把|对)(?P<ex>[^,;。:\n等]{{2,40}}?)等(?=[\d{_CN_NUM}]{{1,4}}个[{_CJK}]{{0,6}}"
    rf"(?:划定|划为|调整|列为|确定)[^。:\n]{{0,60}}?(?:具体|详细)(?:情况|名单|区域|范围)?(?:如下|为):)")


def _lifted_two_levels_areas(text: str) -> str:
    return _LIFTED_TWO_LEVELS_AREAS.sub(r"\g<a>区、\g<b>区", text) if "解除" in text else text


# "其中,高风险区调整为中风险区的是A。中风险区调整为低风险区有B;C。" (宜宾, autumn 2022, a report): the change of
# level as the subject, then 是 (有, 为, 包括) and the places, no colon; read with the colon a list's label has
# ("…调整为中风险区的是:A"), each quoted name's marks dropped ("A“B”一期" as "AB一期": the marks set a name off).
_CHANGE_SUBJECT_IS = re.compile(
    rf"(?m)(?:^|(?<=[,;:。]))(?P<head>[ \t]*(?:其中,?)?(?:由|从)?{_LEVEL}"
    rf"(?:调整|降|降级|下调|上调|升|升级|提升|转)为{_LEVEL}"
    r"的?(?:区域|地区|地点|点位|小区|场所)?(?:是|有|为|包括))(?![:,为])(?P<obj>[^:。\n]{2,400}?)(?=。|$)")
_QUOTED_NAME = re.compile(r"“(?P<name>[^“”、,;:。\n]{1,20})”")


def _change_subject_is(m: re.Match[str]) -> str:
    if re.search(rf"{_LEVEL}|调整|人员|措施|管理", m["obj"]):
        return m.group()  # ("…调整为低风险区的有关要求…": a clause, not places)
    # (the first of the places a place: not "…调整为中风险区为期7天", "…有序推进", "…是因为…", "…的有3个,分别是…",
    # "…的是经过连续14天无新增病例的区域" (rv45))
    obj = _QUOTED_NAME.sub(r"\g<name>", m["obj"])
    if not _complete_place(re.split(r"[、;,]", obj)[0].strip()):
        return m.group()
    return m["head"] + ":" + obj


# "麒麟区静默管理区域包括,A,B、C;D,E" (曲靖, 2022, in a report): a level's areas (its district before it maybe)
# as the subject, then 包括 and a comma for the colon a list's label has; read with the colon (invented: "封控区包括,
# A小区、B村", "甲区高风险区域包括,C苑"). (Only at a sentence's start, one of the first three items a place, no
# level in the list: not "静默管理区域包括,但不限于…", "封控区域包括,本次通告…".)
_LEVEL_INCLUDES_COMMA = re.compile(rf"(?m)(?:^|(?<=[。;]))(?P<head>[ \t]*(?:[^\W\d_]{{2,8}}?[区县市旗])?{_LEVEL}"
                                   r"(?:区域|地区|范围)?(?:具体)?包括),(?P<obj>[^。\n]{2,2000}?)(?=。|$)")


def _level_includes_comma(m: re.Match[str]) -> str:
    items = [item.strip() for item in re.split(r"[,;、]", m["obj"])[:3]]
    if _LEVEL_RE.search(m["obj"]) or re.search(r"但|不限于|本次|以下|如下|人员|居民|措施", items[0]) \
            or not any(_complete_place(item) for item in items):
        return m.group()  # (a list's first items places: one of the first three a place by itself)
    return m["head"] + ":" + m["obj"]


# "A街道、B街道由蓝色较低风险转为绿色低风险" (浙江's 2020 five-colour maps, "五色图"): the colour of the map written
# before the level it stands for, no part of it; dropped before a level word. A change written in colours alone
# ("C镇由黄色调整为绿色": from a colour, a verb of change, to a colour) reads as the levels the colours stand for
# (红 high, 橙 较高, 黄 medium, 蓝 较低, 绿 low: the scale's order).
# ("由蓝色(较低风险)转为绿色(低风险)": the level in brackets after its colour, read as the level)
_COLOUR_BEFORE_LEVEL = re.compile(r"(?<=[由从为成至到])[红橙黄蓝绿]色(?:(?=较[高低]风险|[高中低]风险)"
                                  r"|\((?P<lv>较[高低]风险|[高中低]风险)(?:等级)?(?:区|地区|区域)?\))")
_COLOURS_CHANGE = re.compile(r"(?P<from>[由从])(?P<a>[红橙黄蓝绿])色"
                             r"(?P<verb>(?:调整|转|降|下调|变|调降|升|上调|调升)[为至成])(?P<b>[红橙黄蓝绿])色(?![\u4e00-\u9fff(]*风险)")
_FIVE_COLOUR_MAP = re.compile(r"五色|色图|风险地图|风险等级图")
_COLOUR_LEVEL = {"红": "高风险", "橙": "较高风险", "黄": "中风险", "蓝": "较低风险", "绿": "低风险"}


def _colours_change(m: re.Match[str]) -> str:
    return f"{m['from']}{_COLOUR_LEVEL[m['a']]}{m['verb']}{_COLOUR_LEVEL[m['b']]}"


def _five_colours(text: str) -> str:
    if "色" not in text:
        return text
    text = _COLOUR_BEFORE_LEVEL.sub(lambda m: m["lv"] or "", text)
    # (colours alone only in a notice of the five-colour map: "预警由黄色调整为蓝色" is a warning's colour)
    return _COLOURS_CHANGE.sub(_colours_change, text) if _FIVE_COLOUR_MAP.search(text) else text


# "除A、B、C继续实行临时管控以外,D镇其余区域解除临时管控,恢复常态化疫情防控" (四川, late 2022): a temporary
# control narrowed, the places kept under it written as the exception of the lift of the rest; the kept places are
# of the level kept (as "除A仍为封控区外,…", _KEPT_EXCEPT), the rest of a named town (village, street) lifted as
# written; read as "A、B、C继续为管控区,对D镇其余区域解除临时管控". (Only at a clause's start, every kept item a
# complete place, no people: "除密接人员继续实行管控外,…" names none; the rest of a whole district, "全县其余区域",
# no place: left as it stands.)
_KEPT_EXCEPT_REST_LIFTED = re.compile(
    r"(?m)(?:(?<=[,:;。\n])|^)(?P<lead>[ \t]*)除(?P<obj>[^,;。:除\n]{2,300}?)"
    r"(?:继续|仍然?|依然|依旧)(?:保持|实行|实施|执行)?(?:临时性?)?(?P<kind>封控|管控)(?:管理|措施)?(?:以外|之外|外),"
    r"(?P<rest>[^,;。:\n]{0,30}?(?:其余|其他|其它|剩余)(?:区域|地区|范围|片区))?"
    r"(?=(?:全面|有序|统一)?解除(?:临时性?)?(?:封控|管控))")


def _kept_except_rest_lifted(m: re.Match[str]) -> str:
    items = re.split(r"[、,]|和|及", m["obj"])
    # (nor a kind of site by its kind alone: "除敬老院继续实行封控管理外,其余区域解除封控" keeps a kind's rule)
    if not all(_complete_place(item) for item in items) or _no_lifted_place(m["obj"]) \
            or re.search(r"人员|人群|者|车辆|风险|以上|上述|所有|全部|各", m["obj"]):
        return m.group()
    rest = m["rest"] or ""
    named = re.match(rf"[{_CJK}]{{2,20}}?(?:镇|乡|街道|村|社区|小区|园区)(?:内|辖区内?)?的?(?:其余|其他|其它|剩余)",
                     rest)
    rest = f"对{rest}" if named and not re.match(r"全|本|我|该|各", rest) else rest
    return f"{m['lead']}{m['obj']}继续为{m['kind']}区,{rest}"


# "除A村、B村、C村3个区域外,D街道其他区域解除静默管理状态" (浙江, summer 2022): the same narrowing with the kept
# places bare, their count after them; the places excepted from the lift of a named unit's rest stay under the
# management lifted; read as "A村、B村、C村继续实行静默管理,对D街道其他区域解除静默管理". (Only with the rest of a named
# town, street, village or compound, every item a complete place, no level, people or "上述": "除风险区外,其他区域
# 解除…" and "除上述区域外,全县其余区域解除…" name no place kept.)
_BARE_EXCEPT_REST_LIFTED = re.compile(
    r"(?m)(?:(?<=[,:;。\n])|^)(?P<lead>[ \t]*)除(?P<obj>[^,;。:除\n]{2,300}?)"
    rf"(?:(?:共|等)?(?:\d{{1,3}}|[{_CN_NUM}]{{1,3}})个(?:区域|地区|村|社区|小区|点位|地点|片区)?)?(?:以外|之外|外),"
    rf"(?P<rest>[{_CJK}]{{2,20}}?(?:镇|乡|街道|村|社区|小区|园区)(?:内|辖区内?)?的?(?:其余|其他|其它|剩余)"
    r"(?:区域|地区|范围|片区))"
    r"(?=(?:全面|有序|统一)?解除(?P<kind>(?:临时性?)?(?:封控|管控|静默|静态))(?:管理|管控|措施)?)")


def _bare_except_rest_lifted(m: re.Match[str]) -> str:
    items = re.split(r"[、,]|和|及", m["obj"])
    # (not where the sentence goes on to give the excepted places their own change: "除A村外,B镇其他区域解除封控,A村
    # 调整为管控区")
    after = re.split(r"[。;\n]", m.string[m.end():], maxsplit=1)[0]
    if not all(_complete_place(item) for item in items) or _no_lifted_place(m["obj"]) \
            or re.search(r"人员|人群|者|车辆|风险|封控|管控|防范|以上|上述|所有|全部|各", m["obj"]) \
            or re.match(r"全|本|我|该|各", m["rest"]) or any(item in after for item in items):
        return m.group()
    kept = f"继续为{m['kind'][-2:]}区" if m["kind"].endswith(("封控", "管控")) else f"继续实行{m['kind']}管理"
    # (the kept places listed with 、, each its own: "除A村和B社区外" keeps two)
    return f"{m['lead']}{'、'.join(items)}{kept},对{m['rest']}"


# "解除A区封控区(B小区、C超市)和管控区(D到E路、F到G河的区域)封控管控措施" (山东, spring 2022): each zone's places
# in brackets after its label, the measures of both lifted at the end; read as "解除A区B小区、C超市封控措施,解除A区D到
# E路…的区域管控措施", each bracket the places of its own zone. (Only labels of zones with places in the brackets:
# not a count "(3个)", an exception "(除…外)" or a gloss "(涉及…)", "(含…)".)
_LABELLED_ZONES_LIFTED = re.compile(
    rf"解除(?P<div>[{_CJK}]{{2,12}}?(?:区|县|市|旗))?(?P<zones>(?:封控区|管控区|防范区)\([^()\n]{{2,300}}\)"
    r"(?:(?:和|及|与|、|以及)(?:封控区|管控区|防范区)\([^()\n]{2,300}\))+)的?"
    r"(?:(?:封控|管控|防范)[、和及与]?){1,3}(?:管理)?措施"
    # (not a lift to a level after it, "…措施,改为按防范区管理": read as it stands, a change of both zones' places)
    r"(?![,;]?(?:并|同时)?(?:改为|转为|调整为|降为|按照?|纳入|实行))")


_ZONE_BRACKET_NO_PLACE = re.compile(r"^(?:即|见|详见|已|满|共|约|为期|以下|简称)|\d+(?:天|日|小时|周)"
                                    r"|[一二三四五六七八九十]+(?:天|日|周)|\d{1,2}月\d{1,2}日|附件|附表|划定|公布|简称")


def _labelled_zones_lifted(m: re.Match[str]) -> str:
    zones = re.findall(r"(封控|管控|防范)区\(([^()\n]+)\)", m["zones"])
    if any(re.search(r"^[\d一二三四五六七八九十]+个|除|以外|涉及|包括|含|风险", obj) for _, obj in zones):
        return m.group()
    # (nor a time, a day, a pointer or a word for the kind of place: "(7天)", "(已满14天)", "(4月1日划定)",
    # "(见附件1)", "(即A小区)", "(楼栋)")
    if any(_ZONE_BRACKET_NO_PLACE.search(obj) or _no_lifted_place(obj) for _, obj in zones):
        return m.group()
    div = m["div"] or ""
    return ",".join(f"解除{div}{obj}{kind}措施" for kind, obj in zones)


# "自5月5日起继续实施7天临时管控,维持不变的临时管控区域:" over a bounded area (北京, spring 2022): the label of the
# zone kept as it was, ending the lead's line; read as a label of its own line, "临时管控区域:" (not "对于维持不变的
# 临时管控区域:", the heading of its measures).
_KEPT_ZONE_LABEL = re.compile(r"(?m)(?P<pre>,|^)[ \t]*(?:维持不变|保持不变|不变|继续(?:实施|实行)?)的"
                              r"(?P<label>(?:临时)?(?:封控|管控|防范)(?:区域|范围|区)):[ \t]*$")
# "…以北的合围区域(A医院除外),涉及B、C等4个街道和地区。": the streets a bounded area touches, a gloss of the area,
# no place of its own; dropped (only after an area's 合围 / 围合 word, with the count of the streets).
_BOUNDED_AREA_GLOSS = re.compile(rf"(?<=[合围]区域)(?P<note>\([^()\n]*\))?,(?:共|均)?涉及[^,。;:\n]{{1,80}}?"
                                 rf"(?:\d{{1,3}}|[{_CN_NUM}]{{1,3}})个[^,。;:\n]{{0,10}}?(?=。|\n|$)")

# "1.A小区3栋" then "共涉及住户120户。" (or ",共涉及居民120户、356人。" after it): the count of the households (and
# people) an item's area holds, a note between the items, no place; dropped (only a count that ends its line, or
# one between commas before the next place on the line: "A村一组、二组,涉及120户,B村三组", the count neither a place
# nor a part of the one before it).
_HOUSEHOLD_COUNT = re.compile(rf"(?m)(?:^[ \t]*|,|(?<=。))(?:共|合计|总计|共计|均)?涉及"
                              r"(?:住户|居民户?|群众|人员|人口|农户|家庭)?"
                              rf"(?:\d{{1,5}}|[{_CN_NUM}]{{1,5}})户(?:[、,和]?(?:居民|人员|人口|群众)?"
                              rf"(?:\d{{1,6}}|[{_CN_NUM}]{{1,6}})人)?(?:[。;]?[ \t]*$|(?=[,;][ \t]*[^\s,;。]))")


# "自12月5日0时起,全县调整为低风险区。" (a county's office, its county named in the signature or the title, or
# nowhere): the office's whole division given a level, read as "将县域内全域调整为低风险区" is, the county itself once
# it is known (_name_whole_own; "全县" as offices write it when it is not, as "对全县实行静态管理" reads). Only a
# county-level whole (全县, 全区, 全旗) in a decision's own clause, not a consequence restated after the change
# ("调整后,全县均为低风险区", "解除后,全区…"). (Nor after an exception, "除A村外,全县调整为低风险区": the rest, not
# the whole; nor after a place's label, "A小区:全区调整为低风险区": that place's whole area; review rv69b)
_WHOLE_OWN_RELEVELLED = re.compile(r"(?m)(?:^|(?<=[,;。:起]))(?<!后,)(?<!外,)(?P<jiang>将|把)?全(?P<kind>[县区旗])"
                                   r"(?:域|范围内?|境内?|全域|所有区域|全部区域)?(?:均|统一|整体|全部)?"
                                   rf"(?P<verb>调整为|降为|降低为|下调为|降级为|划为|划定为|列为|确定为|升为|上调为)"
                                   # (not a time clause, "全区调整为低风险区后,A小区…": what follows it; review rv70a)
                                   rf"(?P<level>{_LEVEL})(?![^,;。\n]{{0,4}}?[以之]?后)")
_PLACE_LABEL_COLON = re.compile(r"(?:小区|社区|园区|校区|厂区|片区|村|组|屯|庄|花园|家园|苑|院|大厦|广场|市场|公寓"
                                r"|街道|镇|乡)(?:\([^()]{0,12}\))?:$")


def _whole_own_relevelled(m: re.Match[str]) -> str:
    if m.string[m.start() - 1:m.start()] == ":" \
            and _PLACE_LABEL_COLON.search(m.string, max(0, m.start() - 24), m.start()):
        return m.group()
    return f"将{m['kind']}域内全域{m['verb']}{m['level']}"


# "管控区域为A街道、B镇、C乡3个乡镇(街道)辖区全域。" under "决定在A县全域实施临时静态管控" (四川, spring 2022): the
# area of the silent (static) management the notice imposes, its label written as the bare "管控区域";
# the notice names no level of risk or control zones, so the label is the management's; read as "静态管理区域:".
# (Only where the text before it puts something under 静态 / 静默 management and the notice names no sealed,
# controlled or precaution zone or risk level: "管控区域为…" of a controlled zone keeps its level.)
_SILENT_CONTROL_AREA = re.compile(rf"(?m)(?:^|(?<=[。;]))(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*)"
                                  r"(?:临时性?)?(?:管控|管理)区域(?:为|是|:)"
                                  # (towns and streets listed, not an area by its bounds: "全旗范围内实行静默管理;
                                  # 管控范围为东至A路、…" draws a controlled zone)
                                  r"(?=[^\n。]{0,300}?(?:镇|乡|街道)(?:[、,]|\d|[\n。]|$|辖区|全域))"
                                  r"(?![^\n。]*?(?:[东南西北](?:至|到)|以[东南西北]))"
                                  # (nor every town, people or the duty after a comma: "管控区域为县城及各乡镇场镇,
                                  # 所有人员居家", "管控区域是指乡镇集镇,由镇政府负责": a description, no list)
                                  r"(?!指|[^\n。]*?(?:各(?:乡|镇|街道)|人员|居民|群众|居家|负责|执行|不包括|不含))")
_SILENT_IMPOSED = re.compile(r"(?:实施|实行|开展)(?:临时性?|全域){0,2}(?:静态|静默)(?:管控|管理)")
_ZONE_NAMED = re.compile(r"封控区|防范区|管控区(?!域[为是:])|风险(?:区|地区|等级)|封闭(?:管理|管控)区")


def _silent_control_area(m: re.Match[str]) -> str:
    if not _SILENT_IMPOSED.search(m.string, 0, m.start()) or _ZONE_NAMED.search(m.string):
        return m.group()
    return f"{m['lead']}静态管理区域:"


# "1.A县城区(B街道、C街道)范围内,居民除就医等特殊需求外,非必要不出门" (四川, spring 2022), "A区(含B开发区)全域暂停
# 一切非必要人员流动,城市小区实行封闭管理,全体居民居家" (a report's paraphrase): a named area (a known district, or
# a complete place) whose people are all kept at home is put under silent management; the sentence is its measures;
# read as "对A县城区(…)实行静默管理。". (Only a sentence that opens with the area and its 范围内 / 全域, people kept
# at home in it: not "全县范围内,居民非必要不出门" (a blanket), "密接人员居家隔离", "在A县城区范围内开展核酸检测",
# "按照《关于…中心城区全域协同防控…的通知》要求,各小区…,居民…足不出户" (a cited notice's title).)
_AREA_STAY_HOME = re.compile(
    rf"(?m)(?:^|(?<=[。;]))(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*)"
    r"(?P<area>(?!全|本|我|该|各|所有|上述|以上|在|对|将|自|从|于|按|依|根据|据|经|为)[^,;。:\n“”《》]{2,40}?)"
    r"(?:范围内|全域|全境|辖区内)[,]?"
    r"(?P<rest>[^。;\n]{0,80}?(?:全体|所有|广大)?(?:居民|市民|群众)[^。;\n]{0,24}?"
    # (居家 as the measure itself, its clause ending there: not "居民居家期间…", "居民居家养老服务…", "可居家接种",
    # "请居家等待", "尽量居家")
    r"(?:非必要不出门|足不出户|(?<![非可请量在])居家(?=[,,。;]|$|不出|管理)|不出户)[^。;\n]*)(?:[。;]|$)")


# "经…研究决定,对A县全域暂停一切非必要人员流动。" (四川, autumn 2022): a whole county (district, county-level city)
# whose movement of people is stopped but for need is put under silent management, as "A县全域…全体居民居家" is; read
# as "对A县实行静默管理". (Only a known division's whole (全域, 全境, 范围内) closing its clause: not "关于A县全域暂停…
# 的公告" (a title, restated by its lead), "管控期间暂停非必要人员流动" (a measure of places named elsewhere), "A镇全域
# 暂停…" (a town's, kept by the rules of its own management).)
_WHOLE_MOVEMENT_STOPPED = re.compile(
    rf"(?m)(?:^|(?<=[。;,:]))(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*)(?:对|在)?"
    r"(?P<area>[^,;。:\n“”《》()]{2,20}?(?:\((?:含|包括|包含)[^()\n]{1,30}\))?)"
    r"(?:全域|全境|范围内|辖区内)(?:内)?(?:全面|一律)?(?:暂停|停止)(?:一切|所有)?非必要的?人员(?:流动|往来)"
    r"(?=[,。;]|$)")


def _whole_known_division(area: str) -> bool:
    """Whether an area is one known county-level division, maybe after its province or city and with a note of what
    it includes ("南充市A县", "A区(含B开发区)")."""
    core = re.sub(r"\((?:含|包括|包含)[^()]*\)$", "", area)
    districts, cities = _divisions()
    return any(core[n:] in districts and (n == 0 or re.search(r"(?:省|自治区|市|州)$", core[:n]) is not None
                                          or core[:n] in cities) for n in range(0, max(1, len(core) - 1)))


def _whole_movement_stopped(m: re.Match[str]) -> str:
    if not _whole_known_division(m["area"]):
        return m.group()
    return f"{m['lead']}对{m['area']}实行静默管理"


# "今日下午两点起,A区所有镇村、社区小区一律实行封闭管理" (湖北, February 2020), "对本辖区内所有住宅小区和楼院一律实行
# 严格的封闭式管理" under the title "关于对B城区实行升级封闭管理的紧急通告": every town, village and estate of one
# area closed, none named (before the risk levels): the area itself is closed, the sealed level's; read as
# "对A区实行封闭管理".
# (Only a known county-level division, or the office's own area (本辖区, 我区) when the title names the area closed:
# not "所有小区实行封闭管理" (no area), "A镇所有小区…" (a town's sites, kept whole by _every_site_of_part), "全市所有
# 村组…" (the city unnamed), "所有商铺、门店…" (businesses, no kind of dwelling).)
_UNIT_KIND = (r"(?:乡镇|镇|乡|街道|行政村|自然村|村组|村居|村民小组|村庄|村|组|社区|居民小区|住宅小区|小区|居民点"
              r"|楼栋|楼院|院落|管理区|(?:单位)?家属院)")
# (not after a level's label, "管控区域:A县所有社区实行封闭管理", whose label gives the level)
_AREA_EVERY_UNIT_CLOSED = re.compile(
    # (or after a quoted title's colon, "…发布关于对A镇实行封闭管理的通告:A镇辖区所有村庄…", the body)
    rf"(?m)(?:^|(?<=[。;,])|(?<=通告:|公告:|通知:))(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*)对?"
    # ("全县城区(镇区)所有小区…": the county's seat (and the towns' centres), by its kind with the whole's word)
    r"(?P<area>(?:本|我)(?:辖区|区|县|市|旗)|全(?:县|市|旗)(?:城区|县城|城关)(?:\((?:镇区|集镇|城区)\))?"
    r"|(?![本我全各该所])[^,;。:\n“”《》()、]{2,20}?)"
    r"(?:全域|全境|辖区|范围)?内?的?(?:所有|全部)的?"
    rf"(?:{_UNIT_KIND}(?:\([^()\n]{{1,20}}\))?(?:、|和|及)?){{1,8}}"
    r"(?:均|一律|全部|统一)?(?:实行|实施)(?:全|严格的?)?封闭式?管理(?=[ \t]*(?:[,;。]|$))")
# (the title's area closed: "关于对B城区实行升级封闭管理的紧急通告", not "关于对部分小区实行…" (some, none named))
# (also the title quoted in a report's line, "…办公室发布关于对A镇实行封闭管理的通告:…", the body after a colon)
_TITLE_AREA_CLOSED = re.compile(r"(?m)(?:^|(?<=发布|印发|下发|公布))[ \t]*关于对"
                                r"(?P<area>(?!部分|所有|全|各|本|我|该|上述|以下)"
                                r"[^,;。:\n“”《》()、]{2,12}?)"
                                r"实行(?:升级|全面|严格)?封闭式?管理的[^\n:]{0,6}?(?:通告|公告|通知)[ \t]*(?:$|:)")


def _area_every_unit_closed(m: re.Match[str]) -> str:
    area = m["area"]
    if _SILENCE_HEDGED.search(m.string, 0, m.start("area")):
        return m.group()  # ("如疫情扩散,全县城区所有小区一律实行封闭管理": a plan, no order)
    if re.fullmatch(r"(?:本|我)(?:辖区|区|县|市|旗)", area):
        title = _TITLE_AREA_CLOSED.search(m.string)
        if not title or not _complete_place(title["area"]) and not _whole_known_division(title["area"]):
            return m.group()
        area = title["area"]
    elif seat := re.fullmatch(r"全(?:县|市|旗)(?P<seat>(?:城区|县城|城关)(?:\([^()]*\))?)", area):
        area = seat["seat"]  # (the seat as written, the whole's word dropped: "城区(镇区)")
    elif not _whole_known_division(area):
        # "关于对增村镇实行封闭管理的通告:…增村镇辖区所有村庄实行全封闭式管理" (河北, January 2021): a town (street)
        # whose every village is closed, the same town the title closes: the town itself
        title = _TITLE_AREA_CLOSED.search(m.string)
        if not (title and title["area"] == area and _complete_place(area)):
            return m.group()
    return f"{m['lead']}对{area}实行封闭管理"


# "宣布张湾区全域从2月12日24时起,实施战时管制" (湖北, February 2020): a whole known district put under "wartime
# control", every building and estate of it closed (the notice's items close them: 封闭, 封控): the district itself
# closed, the sealed level's; read as "对A区实行封闭管理". (Only the whole written, 全域 or 全境, a known district, and
# the closures in the text; not under a condition, "如疫情扩散,A区全域实施战时管制", nor one that was or a model.)
_WHOLE_WARTIME_CONTROL = re.compile(
    rf"(?m)(?:^|(?<=[。;,:]))(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*(?:宣布|决定)?)"
    r"(?P<area>(?![本我全各该所对在])[^,;。:\n“”《》()、]{2,20}?)全(?:域|境)(?:范围内?)?"
    r"(?P<since>(?:从|自|于)[^,;。:\n]{2,20}?起,?)?(?:紧急|全面|统一)?(?:实行|实施)战时(?:封闭)?(?:管制|管控)")


def _whole_wartime_control(m: re.Match[str]) -> str:
    if not _whole_known_division(m["area"]) or not re.search(r"封闭|封控", m.string) \
            or _SILENCE_HEDGED.search(m.string, 0, m.start("area")):
        return m.group()
    return f"{m['lead']}{m['since'] or ''}对{m['area']}实行封闭管理"


# "A镇坝区和B、C片区已于2020年11月9日0时启动全员核酸检测,施行居家隔离" (云南, autumn 2020): named areas whose people
# were all put under home isolation since a time, the measure the notice enforces: the areas are closed, as a 2020
# closure is (the sealed level's); read as "对A镇坝区和B、C片区实行封闭管理". (Only areas by a place's kind as the
# subject with a time: not "密接人员已于…居家隔离" (people), "各小区…" (none named), "全县…" (a blanket).)
_AREA_HOME_ISOLATED = re.compile(
    rf"(?m)(?:^|(?<=[。;,:]))(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*)"
    r"(?P<obj>(?![本我全各该所对在为经根按自从于])[^,;。:\n“”《》()]{2,40}?)"
    r"(?:已|已经)?(?:于|自|从)(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}时|零时)?起?,?"
    r"(?:(?:启动|开展|进行)全员核酸检测(?:,|并|、)?)?(?:施行|实行|实施)居家隔离(?:措施|管理)?(?=[,;。]|$)")


def _area_home_isolated(m: re.Match[str]) -> str:
    obj = m["obj"]
    items = re.split(r"、|和|及", obj)
    if re.search(r"人员|人群|居民|群众|者|病例|家庭|住户|全体|所有", obj) or _LEVEL_RE.search(obj) \
            or not (_complete_place(items[-1]) or re.search(r"(?:片区|坝区|城区|镇区)$", items[-1])):
        return m.group()
    # (和 after a place's kind joins two places: "A镇坝区和B、C片区" is three; not 和 inside a name, "和平村")
    return f"{m['lead']}对{re.sub(r'(?<=[区村镇])和(?!平)', '、', obj)}实行封闭管理"


# "经综合研判,…决定,至5月26日全市核酸筛查结果出来前,A城全域暂继续参照防范区管理及限制车辆通行" (天津, spring 2022):
# a whole division or zone (its 全域) managed as a level for the time being, maybe with one more measure after 及;
# read as "将A城划为防范区" (a whole area's 全域 is the area itself). (Only a named area's 全域 after a clause: not
# "全市全域…" (a blanket), "封控区全域参照…" (a level's kind), "A镇人员参照…" (people).)
_WHOLE_MANAGED_AS = re.compile(
    r"(?:(?<=^)|(?<=[\n,。;:]))(?P<lead>[ \t]*)"
    r"(?P<area>(?![全本我各该其此上以在对将把按])[^,;。:、\n“”《》()]{2,12}?)全(?:域|境)"
    r"(?:暂时?|临时)?(?:继续|仍然?)?(?:参照|按照?)(?P<level>封控区|管控区|防范区)(?:进行)?管理"
    r"(?:及[^,;。:\n及]{2,12})?(?=[,;。]|$)", re.M)


def _whole_managed_as(m: re.Match[str]) -> str:
    area = m["area"]
    if _LEVEL_RE.search(area) or re.search(r"封控|管控|防范|风险|人员|人群|居民|群众|车辆|前$|后$|期间", area) \
            or not (_whole_known_division(area) or _complete_place(area)):
        return m.group()
    # (not after a condition or a time still to come: "解封后,A区全域继续参照防范区管理", "上述区域解除后,…")
    clause = re.split(r"[。;\n]", m.string[:m.start()])[-1]
    if re.search(r"(?:后|之后|以后|届时|时)[ \t]*,[ \t]*$", clause) or _SILENCE_HEDGED.search(m.string, 0, m.start()):
        return m.group()
    return f"{m['lead']}将{area}划为{m['level']}"


# "1.在A县,除了购买生活用品、核酸检测、医疗等需要外,居民不得离开家门。" (四川, spring 2022, a reworded copy): people
# kept at home in a whole known division named after 在 (its 范围内 may be left out) is its silent management, as
# "A县城区范围内,居民…非必要不出门" is; read as "对A县实行静默管理。". (Only people of the place as the subject and a
# rule, not an appeal: not "在A县,倡导居民非必要不出门", "在A县,密接人员居家隔离", "在A县开展核酸检测".)
_STAY_HOME = (r"(?:非必要不出门|足不出户|(?<!非)居家(?!隔离|观察|健康|监测|办公|期间|时)|不出户|不出家门"
              r"|不得(?:离开家门|离家|出门|外出))")
_AT_DIVISION_STAY_HOME = re.compile(
    rf"(?m)(?:^|(?<=[。;]))(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*)在"
    r"(?P<area>[^,;。:\n“”《》()]{2,20}?(?:\((?:含|包括|包含)[^()\n]{1,30}\))?)(?:范围内|全域|全境|辖区内|境内)?,"
    r"(?P<rest>(?P<pre>[^。;\n]{0,60}?)(?:全体|所有|广大)?(?:居民|市民|群众)(?:一律|均|原则上)?"
    rf"{_STAY_HOME}[^。;\n]*)(?:[。;]|$)")


def _at_division_stay_home(m: re.Match[str]) -> str:
    if not _whole_known_division(m["area"]) or re.search(r"倡导|建议|提倡|尽量|鼓励|请|人员|病例|感染者", m["rest"]):
        return m.group()
    # (the division's residents all, maybe after a clause of what they may still do: not residents of some zone or
    # kind, "在A县,高风险区居民一律居家", "在A县,上述区域居民居家", "在A县,有发热症状的居民不出家门")
    if not re.fullmatch(r"(?:[^,]*,)?(?:全[市县区旗]|本[市县区旗]|辖区|城乡)?", m["pre"]) \
            or re.search(r"风险|封控|管控|防范|区域|小区|上述|以上|症状", m["pre"]):
        return m.group()
    return f"{m['lead']}对{m['area']}实行静默管理。"


def _area_stay_home(m: re.Match[str]) -> str:
    area = m["area"]
    # (nor a kind of site or zone: "隔离酒店范围内,居民足不出户", "封控小区范围内,…", "县人民医院范围内,…")
    if re.search(r"实行|实施|开展|人员|居民|群众|市民|风险|期间|[,、]$", area) \
            or re.search(r"封控|管控|防范|隔离|酒店|宾馆|医院|学校|服务区|场所|单位|企业|工地", area) \
            or not (_complete_place(area) or _known_front(area)) \
            or re.fullmatch(r"(?:城市|农村|城乡)?(?:小区|社区|村|村庄|地区|区域)", area):
        return m.group()
    return f"{m['lead']}对{area}实行静默管理。"


# "解除A汽车城的“B店”“C店”,D市场的“E店”“F店”临时管控区域" (重庆, 2022-09): a place, then 的 and two or more of
# its shops (units) each in quotation marks: each unit with its place before it, read as "A汽车城B店、A汽车城C店".
# (Only after a place's kind and with names that are no measure: "实行“足不出户”“上门服务”" names measures, no place.)
_QUOTED_UNITS_OF_PLACE = re.compile(
    r"(?:^|(?<=[,;:。、\n])|(?<=解除)|(?<=[将把对]))(?!解除|自|从|于|将|把|对)"
    r"(?P<place>[^,;。:、“”\"「」()\n的]{1,30}?(?:城|市场|广场|商场|商城|中心|大厦|大楼|小区|花园|园区|社区|村|街|路"
    r"|酒店|宾馆|医院|学校|公司|车站|机场|码头))的"
    r"(?P<names>(?:[“\"「](?:(?![不防控疫测]|服务|隔离|管理|措施|要求)[^“”\"「」,;。:、\n]){1,20}[”\"」]、?){2,})")


def _quoted_units_of_place(m: re.Match[str]) -> str:
    names = re.findall(r"[“\"「]([^“”\"「」]+)[”\"」]", m["names"])
    return "、".join(m["place"] + name for name in names)


# "北:A路以南" / "西:B大道以东" / "南:C路以北" / "东:D路以西,含E洲", one a line under "二、实施范围" (江西, summer
# 2022): an area given only by its bounds, each side labelled by its direction on a line of its own, is ONE place;
# the lines are joined as written, their colons and a last note's comma ("含E洲") kept inside the place. (Three or
# four lines, each another direction and each a "…以X" bound; not "东至A路" runs, nor a "北:" line alone.)
_BOUND_LINE = r"[ \t]*[东南西北][::][ \t]*[^:,;。、\n]{1,30}?以[东南西北](?:区域|范围)?"
_LABELLED_BOUND_LINES = re.compile(
    rf"(?m)^(?P<run>(?:{_BOUND_LINE}[ \t]*\n(?:[ \t]*\n)*){{2,3}}{_BOUND_LINE}"
    r"(?:,(?:含|包括|包含|含有)[^:,;。\n]{1,20})?)[ \t]*$")


def _labelled_bound_lines(m: re.Match[str]) -> str:
    sides = [line.strip() for line in m["run"].split("\n") if line.strip()]
    if len({side[0] for side in sides}) != len(sides):
        return m.group()  # (a side given twice: two areas, or no bounds at all)
    return "".join(sides).translate(_GARBLED_KEPT)


# "甘肃新增8个高风险区 2个中风险区\n\n甘肃新增8个高风险区 2个中风险区 兰州市…办公室发布通告:…" (a content site's copy):
# the headline, the text's first line, written again at the head of the first paragraph with a space after it, no
# part of the paragraph's sentence (its counts would be read as the sentence's level). Only the first line's
# exact words, a line without a sentence's stop, again within the next few lines and followed by a space and text.
_HEADLINE_AGAIN_GAP = re.compile(r"[ \t\u3000]+(?=\S.{9,})")
# (Not when the words after it go on from it: "A县划定高风险区 具体为:B小区、C家园" (具体 / 分别 / 如下 / 包括 / 为…):
# the headline's words are then the sentence's subject and its level, kept)
_HEADLINE_CONTINUED = re.compile(r"(?:具体|分别|如下|详见|包括|包含|涉及|名单|清单|共计?|即|[为是::(])")


def _without_headline_again(text: str) -> str:
    lines = text.split("\n")
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return text
    head = lines[first].strip()
    if not 6 <= len(head) <= 60 or re.search(r"[。;:]", head):
        return text
    for k in range(first + 1, min(len(lines), first + 6)):
        line = lines[k].lstrip()
        if line.startswith(head) and (gap := _HEADLINE_AGAIN_GAP.match(line[len(head):])) \
                and not _HEADLINE_CONTINUED.match(line[len(head) + gap.end():]):
            lines[k] = line[len(head) + gap.end():]
            return "\n".join(lines)
    return text


# "实行 " 个人防护,避免聚集 " 等管控措施" (a news app's copy, 广州, autumn 2022): the measures quoted in straight
# marks, padded with spaces as the copy pads its numbers; read as the curly marks the measures' rules know ("实行
# “个人防护,避免聚集”等…"), so the comma inside them parts no list. (Only right after a verb of measures and within
# one line: a lone straight mark elsewhere is left as written.)
_STRAIGHT_QUOTED_MEASURES = re.compile(r"(?P<verb>(?:实行|实施|执行|落实|采取)了?)[ \t]*\"[ \t]*"
                                       r"(?P<measures>[^\"“”\n]{2,30}?)[ \t]*\"[ \t]*")


# "由疫情“高风险区”调整为疫情“中风险区”", "参照疫情风险区“高风险区”的要求执行" (南昌, summer 2022): the level's
# name set off in quotation marks after the verb's 由 / 为 / 参照 (疫情, or the scale's 疫情风险区, before it): the
# level as written bare, the marks and the words of the scale no part of it. (A level after 为 only with its 由 quoted
# the same way: "“封控区”调整为“管控区”" under a level's heading redraws a kind, no change of a place's level.)
_QUOTED_LEVEL_WORDS = (r"(?:疫情)?(?:风险区|风险等级|风险地区)?[“\"]"
                       r"(?P<{}>[高中低]风险(?:地区|区域|区)|封控区|管控区|防范区)[”\"]")
_QUOTED_LEVEL = re.compile(rf"(?P<verb>参照|按照){_QUOTED_LEVEL_WORDS.format('level')}")
_QUOTED_LEVELS_CHANGED = re.compile(rf"由{_QUOTED_LEVEL_WORDS.format('a')}(?P<verb>{_TARGET_VERB})"
                                    rf"{_QUOTED_LEVEL_WORDS.format('b')}")


# "鼓楼新划定1个高风险区" (a site's headline, the text's first line) then the notice, and the same words again on a line
# of their own after a place (福州, winter 2022: the caption under a picture inside the text): the caption repeats the
# headline, no place of the list it stands in. Only the first line's exact words, a headline of a count of a level's
# areas (no sentence's stop), again as a whole line below the lines that follow it.
_CAPTION_HEADLINE = re.compile(r"[^。;:,:\n]{0,30}?(?:新增|新划定|划定|新设|调整|解除)[^。;:,:\n]{0,10}?"
                               r"(?:\d{1,4}|[一二三四五六七八九十两]{1,3})(?:个|处)[^。;:,:\n]{0,12}?"
                               r"(?:风险区|风险地区|风险区域|封控区|管控区|防范区)[^。;:,:\n]{0,12}")


def _without_headline_caption(text: str) -> str:
    lines = text.split("\n")
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return text
    head = lines[first].strip()
    if not 6 <= len(head) <= 40 or not _CAPTION_HEADLINE.fullmatch(_T2S.convert(head)):
        return text
    again = [k for k in range(first + 2, len(lines)) if lines[k].strip() == head]
    if not again:
        return text
    return "\n".join(line for k, line in enumerate(lines) if k not in again)


# "…,现决定解除城关区静默管理" (a reviewer's wording): the decision written right before the silence's lift reads as
# the lift after a comma does ("现决定,解除A区静默管理"). (Only a silent or static management lifted.)
_DECIDED_SILENT_LIFT = re.compile(r"(?m)(?:^|(?<=[,。;:]))(?P<lead>[ \t]*(?:现|今|特|经研究)?(?:研究)?决定|[ \t]*现)"
                                  r"(?=解除[^,。;:\n]{2,40}?(?:临时性?)?(?:静默|静态)(?:管理|管控))")
# (reviewer rv54c: not a decision under a condition still to come, "如疫情平稳,决定解除A镇静默管理", "待疫情稳定后,决定
# 解除A镇静默管理,具体时间另行通知": the sentence's clause before it opens with 如, 若, 一旦, 待 or 届时)
_DECIDED_LIFT_HEDGED = re.compile(r"(?:^|[。;:\n,、])[ \t]*(?:如果|如若|假如|倘若|若|如|一旦|待|等到|届时|必要时|视情)"
                                  r"(?!下|期|实|何|同|意)[^。;:\n]*$")


def _decided_silent_lift(m: re.Match[str]) -> str:
    return m.group() if _DECIDED_LIFT_HEDGED.search(m.string, 0, m.start()) else m["lead"] + ","


# "如疫情扩散,东丽区全域参照管控区管理", "一旦出现新增病例,将A村划为封控区": a designation under a condition still to
# come (the spread or a case of the epidemic) is none the notice makes: the sentence is left out, its clauses after
# ";" too ("…,将A小区划为封控区;B村划为管控区。"), unless one opens anew (现, 经, 自, 同时, 其他, a date or number).
_HEDGED_DESIGNATION = re.compile(r"(?m)(?:^|(?<=[。;]))(?P<lead>[ \t]*(?:" + _ENUM.pattern + r")?[ \t]*)"
                                 r"(?:如果|如若|假如|倘若|若|一旦|如)(?:本地|我[市区县]|全[市区县])?"
                                 r"(?:疫情(?:出现)?(?:扩散|蔓延|加重|反弹|升级|恶化|外溢|进一步)|出现|发现|发生)"
                                 r"[^,。;:\n]{0,30},[^。;\n]*"
                                 r"(?:;(?![ \t]*"
                                 r"(?:现|经|自|从|即日|决定|同时|另|此外|其他|其余|[\d一二三四五六七八九十]))"
                                 r"[^。;\n]*)*(?:。|(?=;)|$)")


# "管控区:A村全域内近14天无新增病例,解除管控" (a reviewer's wording): under a level's label, a place whose days
# without a new case are told and then its lift; read as "解除A村管控区" (the lift of the place, the label's
# level what it leaves). (Only the days without a case as the reason, and 解除 the label's level right after.)
_LABEL_REASON_LIFT = re.compile(
    r"(?m)^(?P<lead>[ \t]*(?:" + _ENUM.pattern + r")?[ \t]*)(?P<kind>封控|管控|防范)(?:区域|区):[ \t]*"
    r"(?P<place>[^,。;:、\n]{2,30}?)(?:全域|全境)?(?:范围)?内?,?(?:已|已经)?(?:近|连续|累计|超过)?"
    r"[\d一二三四五六七八九十]{1,2}(?:天|日)(?:内)?(?:无|未发现|未出现|没有)(?:新增|新发)[^,。;\n]{0,10},"
    r"(?:现|予以|决定|依法)?解除(?P=kind)(?:管理|措施)?(?=[。;]|[ \t]*$)")


# "一、棠下街" over "各单位要落实防控责任。" (a reviewer's wording): a street or town heading over the duties of its
# units or people, no place under it: the heading names no area, and its duties end no list of the headings beside
# it ("(二)江南街" over its places): both are left out. (Only when a duty sentence follows and no numbered item of
# places comes after it.)
_STREET_OVER_DUTIES = re.compile(
    r"(?m)^[ \t]*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))[ \t]*"
    r"[\u4e00-\u9fff]{1,8}(?:街道|街|镇|乡)[ \t]*\n"
    r"(?P<duty>[ \t]*(?:各|全体|所有|广大)[^,。;:\n]{1,20}?(?:要|应当?|须|必须|务必|不得|严禁)[^\n]*(?:\n|\Z))"
    r"(?![ \t]*(?:\d{1,3}[.、]|\(\d{1,3}\)))")


# A drill notice (应急演练, an exercise that puts real places under real control for a day): its
# headline ("关于开展新冠肺炎疫情防控综合实战演练的通告", over two lines as copies wrap it) or its
# lead's decision ("决定在A小区开展…实战演练", "我县拟于2月4日在A小区等地开展…演练活动") has the drill as
# the notice's purpose. (Not a passing mention: "各单位要定期开展应急演练" among measures, "演练" in an
# item after the lead.)
_DRILL_ITEM_START = re.compile(r"(?m)^[ \t]*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、]"
                               r"|\([一二三四五六七八九十]{1,3}\))|如下:")
_DRILL_TITLE = re.compile(r"演练[^。,;:\n]{0,12}?的?(?:通告|公告|通知|告知书)$"
                          r"|^关于[^。,;:]{0,40}?演练")
_DRILL_DECIDED = re.compile(r"(?:决定|拟|初定|定于|计划|现定于)(?P<gap>[^。;\n]{0,80}?)"
                            r"(?:开展|举行|组织|进行)[^。;,\n]{0,30}?演练(?!前|后|之前|之后|结束|完毕|中)")
# (review rv55: not the decision of another measure the drill joins, "决定在A小区实施封控管理,并组织开展流调演练",
# "计划在A小区开展核酸检测,同时进行应急演练"; nor units' duty, "决定各单位于11月开展应急演练"; nor a time,
# "开展演练后"; nor a drill of no epidemic, "消防应急演练")
_DRILL_OTHER_MEASURE = re.compile(r"开展|举行|进行|实施|实行|检测|划定|调整"
                                  r"|各(?:单位|部门|机关|学校|企业|医院|乡镇)")
_DRILL_NOT_EPIDEMIC = re.compile(r"消防|防汛|抗洪|地震|火灾|森林|防空|反恐|安全生产|疏散|危化")
_DRILL_LEAD_MAX = 600


def _drill_notice(text: str) -> bool:
    """Whether the notice is a drill's: 演练 in its headline (the lines before the salutation or the first
    sentence) or a decision of its lead (before the first item) to hold one."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    title = []
    for line in lines[:3]:
        if re.search(r"[。;]|:$", line):
            break
        title.append(line)
    if _DRILL_TITLE.search("".join(title)) and not _drill_of_no_epidemic("".join(title)):
        return True
    head = text[:_DRILL_LEAD_MAX]
    first = _DRILL_ITEM_START.search(head)
    return any(not _DRILL_OTHER_MEASURE.search(m["gap"]) and not _drill_of_no_epidemic(m.group())
               for m in _DRILL_DECIDED.finditer(head[:first.start()] if first else head))


def _drill_of_no_epidemic(words: str) -> bool:
    return bool(_DRILL_NOT_EPIDEMIC.search(words)) and not re.search(r"疫|新冠|核酸|防控", words)


# The drill's places: a label "二、演练地点:A小区。", "演练涉及范围:A市B镇C村、D村…。",
# "演练地点◆ A;◆ B。", else the lead's "…在A社区、B村,C街道D村举行…演练" / "在A小区等地开展…演练";
# the level the notice names for them, the first measure word after a verb ("对涉及的区域实行暂时封控管理",
# "演练区域…进行短时管控", "实施人员管控"): read as a designation, "将A、B划定为管控区。".
_DRILL_MARK = r"[◆●■▲★•◇○□]"
_DRILL_SITE_LABEL = re.compile(rf"演练(?:涉及|具体)?(?:地点|范围|区域|场所|地址|位置)(?:为|是)?"
                               rf"(?::|[ \t]*(?={_DRILL_MARK}))"
                               rf"[ \t]*(?:{_DRILL_MARK}[ \t]*)?(?P<obj>[^。\n:]{{2,300}}?)"
                               r"(?=。|\n|[一二三四五六七八九十]{1,2}、|$)")
_DRILL_SITE_LEAD = re.compile(r"(?:决定|拟|初定|定于|计划|现定于)[^。;\n在]{0,40}?"
                              r"在(?P<obj>[^。;\n在:]{2,150}?)(?:等地|等处|等区域|等场所|等地点)?"
                              r"(?:组织)?(?:开展|举行|进行)[^。;,\n]{0,30}?演练(?!前|后|之前|之后|结束|完毕|中)[^。\n]*")
# (not the drill's own name: "拟开展社会管控应急演练", "提升封控处置能力")
_DRILL_LEVEL = re.compile(r"(?:实行|实施|进行|开展|采取)[^。,;:\n]{0,12}?(?P<level>封控|管控)"
                          r"(?![^。,;:\n]{0,6}?(?:演练|能力|工作|处置))")
# (no measure, time or vague word in the object: "演练区域:另行通知", "在我市开展", "在全县范围内")
_DRILL_NOT_SITES = re.compile(r"实施|实行|进行|开展|管控|封控|管理|管制|另行|待定|通知|时间"
                              r"|^(?:我|本|全)|范围内|周边道路")
# (review rv55: not a level hedged, past or denied, "如演练中发现问题,将实施封控", "此前已对A小区实施封控管理",
# "届时不再实施管控"; nor a
# road's alone, "届时实施交通管控"; nor sites that are kinds only, "在学校、医院、商场等场所")
_DRILL_LEVEL_HEDGED = re.compile(r"如(?!下)|若|一旦|如果|假如|此前|曾|已经?(?:对|在|于)")
_DRILL_OFF = re.compile(r"取消|推迟|延期|暂停|暂缓|改期|停止")
_DRILL_LEVEL_OF_WAYS = re.compile(r"交通|道路|车辆|路段")
_DRILL_KIND_ONLY = re.compile(r"(?:各|部分|相关|有关|重点|辖区|城区|全县|全市|全区)?(?:居民小区|小区|村庄|社区|学校"
                              r"|医院|卫生院|商场|超市|商超|农贸市场|市场|机关|单位|企业|场所|公共场所|车站|宾馆|酒店"
                              r"|饭店|餐馆)")


def _drill_level_of_ways(m: re.Match[str]) -> bool:
    """Whether a drill's level is the roads' alone ("届时实施交通管控。"; not "进行交通管控,限制人员进出",
    "实施人员、交通管控")."""
    end = m.string.find("。", m.end())
    return bool(_DRILL_LEVEL_OF_WAYS.search(m.group())) \
        and not re.search("人员", m.string[m.start():end if end >= 0 else len(m.string)])


def _drill_sites(text: str) -> str:
    """A drill notice's places (see _DRILL_SITE_LABEL) written again as a designation at its level."""
    if not _drill_notice(text):
        return text
    level = next((m for m in _DRILL_LEVEL.finditer(text) if not _drill_level_of_ways(m)
                  and not _DRILL_LEVEL_HEDGED.search(text, max(text.rfind("。", 0, m.start()),
                                                               text.rfind("\n", 0, m.start())) + 1, m.start())
                  and not re.search(r"(?:不|无需|停止|暂不)再?$", text[max(0, m.start() - 3):m.start()])), None)
    if level is None:
        return text
    zone = "封控区" if level["level"] == "封控" else "管控区"
    for form in (_DRILL_SITE_LABEL, _DRILL_SITE_LEAD):
        m = next((m for m in form.finditer(text) if not _DRILL_NOT_SITES.search(m["obj"])), None)
        if m is None:
            continue
        # (review rv55: not a drill called off or put off, "原定于…在A小区开展的演练取消")
        end = text.find("。", m.end())
        if _DRILL_OFF.search(text[:max(text.find("\n"), 0)]) \
                or _DRILL_OFF.search(text, m.start(), end if end >= 0 else len(text)):
            continue
        obj = re.sub(rf"[ \t]*;?[ \t]*{_DRILL_MARK}[ \t]*", ";", m["obj"]).strip(" ;,、")
        # (a whole division, "在A县开展演练", names no place of the drill)
        if not obj or obj in _divisions()[0] or obj in _divisions()[1] \
                or all(_DRILL_KIND_ONLY.fullmatch(item) for item in re.split(r"[、,;和及与]", obj) if item):
            continue
        return f"{text[:m.end()]}。\n将{obj}划定为{zone}。\n{text[m.end():].lstrip('。')}"
    return text


# "A小区、…、B公寓(其他区域风险等级不变)。" (格尔木, 2022): a note after an item that the rest of its area keeps
# its level: no part of the place, and no sentence of what stays unchanged (which would take the whole line of
# places for one); dropped. Only a bracket of the rest (其他, 其余) unchanged, right after a place and before a mark.
_REST_UNCHANGED_NOTE = re.compile(rf"(?<=[{_CJK}\d)])\((?:[{_CJK}]{{0,8}}?内)?的?(?:其他|其它|其余|剩余)"
                                  r"(?:区域|部分|楼栋|范围|地区)的?(?:风险)?(?:等级|级别)?(?:保持|维持|仍然?)?不变\)"
                                  r"(?=[ \t]*(?:[、,;。\n]|$))")
# "(一)A镇B路两边建筑(具体以围蔽范围为准);" (阳江, autumn 2022): a note after a place that its fenced (围蔽,
# 围合) or actual extent prevails: no part of the place, dropped as a level's note is. Only a bracket that says this
# and nothing else, right after a place and before a mark or the verb that draws it ("将A村(…为准)划为…"), not
# "(除中高风险区域以外,以实际围合为准)", an exception.
_EXTENT_PREVAILS_NOTE = re.compile(rf"(?<=[{_CJK}\d])\((?:具体)?以(?:实际|现场)?(?:围蔽|围合|围挡|封闭|封控|管控)?的?"
                                   r"(?:范围|区域)为准\)(?=[ \t]*(?:[、,;。\n]|$|划|调整为|列为|确定为|认定为))")
# "天丝小区天丝2,3,4,5号楼(…)、和谐小区(…)" (黑河, 2021): a run of building numbers written with commas (for 、),
# then the unit: one place, its commas no separators of places (kept as the garbled comma, written back after).
# (Only bare numbers of one to three digits run into the unit: "A小区2号楼,B小区3号楼" are two places.)
# ("A小区1, 2, 3号楼", "B花园A, B, C栋": a space after each comma, as typed in English, and a run of single letters
# alike; one place, the spaces dropped as whitespace inside a place is; not letters run into no unit, "A, B类")
_NUMBERS_COMMA_RUN = re.compile(r"(?<![\d.,])\d{1,3}(?:,[ \t]?\d{1,3})+(?=号楼|号|栋|幢|单元|座)"
                                r"|(?<![A-Za-z\d.,])[A-Z](?:,[ \t]?[A-Z])+(?=号楼|栋|幢|单元|座)")


# "1. A街道7个点位。具体包括:B社区、C社区;" (重庆, summer 2022): a street's numbered item that counts its points,
# then the points it takes in (具体包括): read as the street's label "1. A街道:B社区、C社区;" (the count phrase no
# place; the street joined to its places as a street's label is)
_STREET_COUNTED_POINTS = re.compile(
    rf"(?m)^(?P<head>[ \t\u3000]*(?:{_ENUM.pattern})[ \t]*[{_CJK}]{{2,10}}?(?:街道|镇|乡))"
    rf"(?:共|计)?[\d{_CN_NUM}]{{1,3}}个(?:点位|区域|地区|小区|楼栋)[。,,]?[ \t]*(?:具体)?(?:包括|包含|为)[::]")
# "…;茶亭南路3、4、5、7号,44-56号双号;A街87号附1、附2号,A街99-119号单号,以及A街91号附1号;…" (重庆, summer
# 2022): in a list parted by ";", one item the house numbers of one road, its runs parted by commas and 、 (bare
# numbers after a comma, 以及 before the last run, the road written again): one place, its commas and 、 kept (as
# the garbled marks, written back after). (Only where a later run is bare numbers or opens with 以及: "A路1号,B路
# 2号" are two places.)
_ROAD_HOUSES = rf"[{_CJK}]{{2,8}}?(?:路|街|巷|里|弄|新村)"
_HOUSE_NUMBERS = r"[\d附][\d、\-—~附号]*?号(?:单号|双号|单数|双数)?"
_ONE_ROAD_HOUSE_RUNS = re.compile(
    rf"(?<=[;:])(?P<road>{_ROAD_HOUSES}){_HOUSE_NUMBERS}"
    rf"(?:,(?:以及)?(?:{_ROAD_HOUSES})?{_HOUSE_NUMBERS})+(?=[;。]|[ \t]*$)", re.M)


def _one_road_house_runs(m: re.Match[str]) -> str:
    runs = m.group().split(",")[1:]
    roads = {r["road"] for run in runs if (r := re.match(rf"(?:以及)?(?P<road>{_ROAD_HOUSES})(?=[\d附])", run))}
    if roads - {m["road"]} or not any(re.match(r"以及|\d|附", run) for run in runs) \
            or not (m.string[m.start() - 1] == ";" or m.string[m.end():m.end() + 1] == ";"):
        return m.group()
    return m.group().replace(",", "\ue006").replace("、", "\ue007")


# "将锡林社区、西城社区、额仁社区辖区内的城建小区、龙城小区…划定为封控区" (二连浩特, 2021): several communities
# (villages, streets, towns) named as where the places lie, then the places in them (辖区内的): the places are the
# object, each in one of the units (which one is not said), written bare; the units are no places of the level.
# (Only two or more units, and named places after: "A街道、B街道内的居民小区", "…辖区内的所有小区" are kinds.)
_UNITS_WITHIN_BEFORE_PLACES = re.compile(
    rf"(?<=[将把对])(?:[{_CJK}]{{2,10}}?(?:社区|村|街道|镇|乡)[、和及与]){{1,9}}[{_CJK}]{{2,10}}?(?:社区|村|街道|镇|乡)"
    r"辖区内?的(?!居民|所有|全部|全体|其他|其余|其它|各|部分|重点|人员|群众|相关|涉疫)"
    rf"(?=(?P<places>[^,。;:\n]{{2,300}}?)(?:划定为|划为|列为|确定为|调整为|升级为|认定为|实施|实行){_LEVEL})")
# (each place after 辖区内的 named: not a kind, "沿街商铺", "住宅小区", "城中村", "村民小组", nor a part or rest
# of the units, "全域", "剩余区域", "除封控区以外的区域", "区域", nor bare numbers, "1组、3组", "1号楼": those lie in
# the units, which stay; a town in front of the first unit stays too, "将A镇B社区、C社区辖区内的D小区" the town's D小区)
_WITHIN_NO_NAMED = re.compile(r"^(?:第?[\d一二三四五六七八九十百两]+[^、]{0,3}$|\d)"
                              r"|区域|范围|全域|地区|片区|剩余|其余|其他|其它|以外|之外|未|非|除"
                              r"|^(?:沿街|临街|住宅|居民)?(?:商铺|门店|门面|店铺|商户|网点|自建房|城中村|平房区?|棚户区"
                              r"|村民小组|小组|村组|组|出租屋|出租房|住户|农户)$")


def _units_within_before_places(m: re.Match[str]) -> str:
    parts = [re.sub(r"\([^()]*\)", "", p) for p in re.split(r"[、和及与]", m["places"])]
    if any(not p or _WITHIN_NO_NAMED.search(p) or _GENERIC_SITE.fullmatch(p) or _EVERY_OF_KIND.fullmatch(p)
           for p in parts):
        return m.group()
    town = re.match(rf"[{_CJK}]{{2,8}}?(?:镇|乡|街道)(?=[{_CJK}]{{2,10}}?(?:社区|村)[、和及与])", m.group())
    return town.group() if town else ""


# "管控区:A路8号(B小区),具体范围为:C路以东,D路以南,E小区以西,F小区以北。" (广州, spring 2022): a level's one place,
# then its bounds told after "具体范围为:", a description of the same place, no place of its own: left off (only
# bounds by sides, "…以东", up to the sentence's end; not "具体范围为:A小区、B小区", places named; nor a street, town,
# village or road whose part the bounds mark off: "管控区:A街道,具体范围为:B路以东,…", not the whole street)
_PLACE_THEN_ITS_BOUNDS = re.compile(r"(?P<head>(?:封控|管控|防范|高风险|中风险|低风险)区(?:域|范围)?[:：]"
                                    r"[^,，;；。:：\n]{4,60}?)(?<![街道镇乡村县市旗路巷])(?<![^小]区)"
                                    r"[,，](?:其)?具体范围(?:为|是)?[:：]"
                                    r"(?:[^,，;；。\n]{2,30}?以[东南西北][,，、]){1,5}[^,，;；。\n]{2,30}?以[东南西北](?=[。;；]|$)")


# "将A镇B村划为中风险区,四至范围:东至C路,南至D路,西至E地块,北至F路。" (福州, autumn 2022): a named place drawn,
# then its bounds by sides after "四至范围:", a description of the place just named, no place of its own: left off
# (only bounds by sides, "东至…", up to the sentence's end, after a level drawn on a named object; not "将以下区域划为
# …,四至范围:…", whose bounds are the area's only name)
_DRAWN_THEN_ITS_BOUNDS = re.compile(r"(?P<head>将(?!以下|下列|如下|上述|以上|该|此)(?P<object>[^,，;；。:：\n]{2,80}?)"
                                    r"(?P<verb>(?:划为|划定为|调整为|列为|确定为|定为)"
                                    r"(?:[高中低]风险(?:地区|区域|区)|封控区|管控区|防范区)))"
                                    r"[,，](?P<bounds>四至(?:范围)?(?:为|是)?[:：][ \t\u3000]*"
                                    r"(?:[东南西北](?:至|到|临|起)[^,，;；。:：\n]{1,30}[,，;；、]){1,5}"
                                    r"[东南西北](?:至|到|临|起)[^,，;；。:：\n]{1,30})(?=[。;；]|$)", re.M)


# "A小区及B、C小区,四至为:D路以南,E局以西,F路以北,G路以东。" (南通, spring 2022): a line of named places under a
# level's label, then the bounds by sides that hold them after "四至为:", no place of its own: left off (only bounds by
# sides to the sentence's end after places that end as compounds do; not a street, town, village or road whose part
# the bounds mark off, "A街道,四至为:…", nor an area or part named by its kind, "A村部分区域,四至为:…")
_SIDE_BOUND = r"(?:[^,，;；。:：\n]{2,30}?以[东南西北]|[东南西北](?:至|到|临)[^,，;；。:：\n]{1,30}?)"
_LISTED_THEN_ITS_BOUNDS = re.compile(r"(?m)^(?P<head>[ \t]*(?!以下|下列|如下|上述|以上|该|此)[^,，;；。:：\n]{4,200}?)"
                                     r"(?<![街道镇乡村县市旗路巷域围片分])(?<![^小]区)"
                                     r"[,，](?P<bounds>四至(?:范围)?(?:为|是)?[:：][ \t\u3000]*"
                                     rf"(?:{_SIDE_BOUND}[,，;；]){{1,5}}{_SIDE_BOUND})"
                                     r"(?=[。;；]|$)")


# (not an object that is a part or an area around a place, "A村部分区域", "A小区周边", "以A小区为中心的区域", "A路
# 附近", "A街一带": the bounds are what marks it off, kept on it in brackets, "A村部分区域(四至范围:东至…)", as a
# bracketed bound is read (rv69c))
_RELATIVE_AREA = re.compile(r"部分|周边|周围|附近|一带|沿线|为中心|区域|片区|范围|之间")


def _its_bounds_left_off(m: re.Match[str]) -> str:
    if "object" in m.re.groupindex:
        if not _RELATIVE_AREA.search(m.group("object")):
            return m.group("head")
        return f"将{m.group('object')}({m.group('bounds')}){m.group('verb')}"
    if not _RELATIVE_AREA.search(m.group("head")):
        return m.group("head")
    return f"{m.group('head')}({m.group('bounds')})"


# "编码为:Z35012520221027001" (福州, autumn 2022): a line under an item giving the risk area's code, no place; left
# out, or it closes the list and the next item is lost (only a line of the code alone: letters and a long number)
_AREA_CODE_LINE = re.compile(r"(?m)^[ \t]*(?:风险区(?:域)?)?编码(?:为|是)?[:：][ \t]*[A-Z]{0,3}\d{8,24}[。.;；]?[ \t]*"
                             r"(?:\n|$)")


# A copy that censors 疫情 and 病毒 as "**" ("晋安区新型冠状**感染肺炎" over "**防控工作应急指挥部通告"): the words put
# back where the fixed phrases hold them, so the title names its office (and district); "**" elsewhere left alone.
_CENSORED_VIRUS = re.compile(r"(?<=新型冠状)\*\*|(?<=新冠)\*\*(?=肺炎)")
# (not a bold span of a copy in marks, "**防疫站家属院**": "**" again before any stop on the line (rv62b))
_CENSORED_EPIDEMIC = re.compile(r"\*\*(?=防控|防疫|形势)(?![^\n,，。;；:：、*]*\*\*)")


# "邮政编码:350100", "邮编:350100" on a line of its own in the signature block: the office's postcode, no place (nor the
# wrap of the list's last item above it).
_POSTCODE_LINE = re.compile(r"(?m)^[ \t]*(?:邮政编码|邮编)[:：][ \t]*\d{6}[。.;；]?[ \t]*(?:\n|$)")
# "青岭市新增2个中风险区 记者从青岭市疫情防控指挥部获悉:A小区…" (a report copied with its headline on the text's
# line): the headline, a space, then the reporter's lead; the lead starts a line of its own (the headline no heading
# over the lead's places). (Only a headline without punctuation, then 记者…获悉 / 了解到 / 得知.)
_HEADLINE_THEN_REPORTER = re.compile(r"(?m)^(?P<head>[ \t]*[^\s,。;:,;:、]{4,40})[ \t\u3000]+"
                                     r"(?=(?:\d{1,2}月\d{1,2}日(?:[上下]午|晚|早)?,)?记者[^,:;。\n]{0,30}?"
                                     r"(?:获悉|了解到|得知)[,:])")


# "中风险区:A小区 B小区": two compounds of a list separated by a space alone (a copy that lost its 、), each a whole
# place with a compound's ending; the space, which the reading drops, stands for 、. (Not "A街道 B小区", a street and
# its compound, one place.)
_SPACED_COMPOUND_KIND = r"(?:小区|花园|家园|公寓|大厦|新村|花苑|嘉苑|雅苑|名苑)"
_SPACED_COMPOUNDS = re.compile(rf"(?m)(?P<left>(?:^|(?<=[:,、; \t]))[ \t]*"
                               rf"(?P<stem>[\u4e00-\u9fff]{{2,12}}?)(?P<kind>{_SPACED_COMPOUND_KIND}))"
                               rf"[ \t]+(?=(?P<right>[\u4e00-\u9fff]{{2,12}}?)(?P<rkind>{_SPACED_COMPOUND_KIND})"
                               r"(?:[,、;。 \t]|$))")


def _spaced_compounds(m: re.Match[str]) -> str:
    """"A小区 B小区": 、 for the space; but one place (the space kept, the reading drops it) where the left is a
    neighbourhood over the right ("曹杨新村 桂巷小区", as "X新村Y小区" is written together) or the right is a part
    of the left, named with its stem ("保利花园 保利公寓"). (Not in a run of three or more: "东风小区 红旗新村
    青松小区", the spaces all standing for 、; review rv67a)"""
    after = m.end("rkind")
    in_run = m.string[m.start() - 1:m.start()] in (" ", "\t") or m.string[after:after + 1] in (" ", "\t")
    if not in_run and (m["kind"] == "新村" != m["rkind"] or m["right"].startswith(m["stem"][:2])):
        return m.group()
    return m["left"] + "、"


# "一、上街镇(2个)" over "A花园  B公馆" (福州, autumn 2022): a counted heading (a town's, a street's, a level's)
# over one line of places separated by spaces alone (a copy's double spaces for 、), as many places as the count;
# the spaces stand for 、. (Only where the pieces agree with the count: "A街道 B小区" under "(1个)" is one place.)
_COUNTED_THEN_SPACED = re.compile(
    rf"(?m)(?P<head>^[^\n]{{0,40}}?\((?P<count>\d{{1,3}}|[{_CN_NUM}]{{1,3}})[个处]\)[ \t\u3000]*"
    # ("中风险区(2个):" alone on its line over "A镇B村 C村": the colon, then the line break)
    rf"(?::[ \t\u3000]*(?:\n(?:[ \t\u3000]*\n)*[ \t\u3000]*)?|[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*))"
    rf"(?P<items>[^\s,;。:、][^\n,;。:、]*?[ \t\u3000][^\n,;。:、]*?)(?P<end>[。;]?[ \t\u3000]*$)")


# (not an estate's or a park's 区: "云山小区", "金桥社区", "白石园区" are places; review rv68a)
_SPACED_DIVISION_PIECE = re.compile(r"[\u4e00-\u9fff]{2,8}(?:街道|镇|乡)"
                                    r"|[\u4e00-\u9fff]{1,4}(?<![小社园校景厂片])[区县市旗]")


# (the line after the spaced places: blank, the end, a numbered heading or prose of the areas above; not a place
# line of its own, "高风险区(2个)" over "A小区 二期" and "B花园": the spaces inside a name, the count the lines'; review
# rv67a)
_AFTER_SPACED_LINE = re.compile(rf"[ \t\u3000]*(?:$|(?:{_ENUM.pattern})|以上|上述"
                                rf"|[^\n]*(?:风险|\([\d{_CN_NUM}]{{1,3}}[个处]\)))")


# a piece that is a part of the place before it, numbered: "3栋", "B区", "二期"; ("A村 三组": a village's group in
# words, review rv68a)
_SPACED_PART_PIECE = re.compile(r"[\dA-Za-z\-#号栋幢楼层单元室期区座组队社巷弄()一二三四五六七八九十]+")


def _counted_then_spaced(m: re.Match[str]) -> str:
    # (the next line written, past blank lines: "高风险区(2个)" over "A花园 A路18号", a blank line and "B苑 B路6号"
    # holds a place and its address on each line; nor a numbered item, "1.A花园 A路18号" over "2.B苑 B路6号", one
    # place an item; review rv68a)
    rest = m.string[m.end() + 1:].lstrip(" \t\u3000\n") if m.string[m.end():m.end() + 1] == "\n" else ""
    next_line = rest.split("\n", 1)[0]
    if not _AFTER_SPACED_LINE.match(next_line) or _ENUM.match(m["items"]):
        return m.group()
    pieces = re.split(r"[ \t\u3000]+", m["items"].strip())
    count = _cn_int(m["count"]) if not m["count"].isdigit() else int(m["count"])
    if count is None or count < 2 or len(pieces) != count or not all(len(p) >= 2 for p in pieces) \
            or any(_SPACED_PART_PIECE.fullmatch(p) for p in pieces) \
            or any(p in _divisions()[0] or _SPACED_DIVISION_PIECE.fullmatch(p) for p in pieces):
        # ("云岭区 长风街道A广场": a district or a town written before its place, one place)
        return m.group()
    return m["head"] + "、".join(pieces) + m["end"]


# "金桃镇:1.A小区3栋\n2.B花园2栋": a town's (street's) label with the first item of a numbered list on its line and
# the next items on lines of their own heads the whole list (as "金桃镇:\n1.…" does): the label on its own line
_TOWN_HEAD_THEN_ITEMS = re.compile(rf"(?m)^(?P<town>[{_CJK}]{{1,10}}?(?:镇|乡|街道|苏木)):"
                                   rf"(?=1[.、][{_CJK}][^\n]*\n2[.、][{_CJK}])")
# "东关镇1.A小区3栋;2.B花园2栋": a town written straight before the first item of a numbered run on its line heads the
# run (as "东关镇:1.…;2.…" does): its label's colon restored
_TOWN_THEN_ITEMS = re.compile(rf"(?m)(?:^|(?<=:))(?P<town>[{_CJK}]{{1,10}}?(?:镇|乡|街道|苏木))"
                              rf"(?=1[.、][{_CJK}][^\n]*?[;,]2[.、][{_CJK}])")


# "A小区划定为高风险区,所在小区周边100米划定为中风险区": the area round the estate (村, 社区…) the place of the
# clause before lies in, named by that place (所在 points back to it, no name of its own): "A小区周边100米". The
# place one (no list), its clause a designation of a level; 所在 right before the area round it (周边, 周围, 附近…).
_ITS_ESTATE_AROUND = re.compile(
    r"(?:(?<=[,;。:\n将把])|^)(?P<place>[^,;。:\n、将把]{2,40}?)"
    r"(?P<mid>(?:被|已|现)?(?:划定|划为|划入|调整|列为|确定|设定|定为|升级|降级|升为|降为)[^,;。:\n]{0,12}?"
    r"(?:风险|封控|管控|防范)(?:区域|地区|区)(?:管理)?[,;])"
    r"(?:其|该)?所在(?P<kind>小区|村|社区|楼栋|楼|栋|幢|院落|大院|院|单位|园区|厂区)?(?=的?(?:周边|周围|附近|四周|外围))",
    re.M)


def _its_estate_around(m: re.Match[str]) -> str:
    place, kind = m["place"], m["kind"]
    at = place.rfind(kind) if kind else -1
    # ("A小区3号楼…,所在小区周边": the estate, A小区; a place of another kind, "A花园", is the estate itself)
    estate = place[:at + len(kind)] if at > 0 else place
    return place + m["mid"] + estate


# "南关区(1个): 南关区A街道B小区", "万柏林区(10个: A小区": a space a copy puts after a colon says nothing (the rules
# read a label's colon with its item run straight on); taken out wherever text follows it on the line (not a tab:
# a table's cell; nor before a forum's noise closing the line, "为高风险区: cd", read apart by its space). (A time
# "12:00" has no space in it to take.)
_SPACE_AFTER_COLON = re.compile(r"(?m)(?<=:) +(?=\S)(?![\x21-\x7e]+[ \t]*$)")
# "(二) 凤阳街道1.A广场。2.B街2号", "1、 A小区", "① A路": a space after a list number at a line's start says
# nothing either, nor a tab; taken out (not after "3." before a digit: "3. 11月2日起" would read as a date or a
# decimal).
_SPACE_AFTER_LIST_NUMBER = re.compile(r"(?m)^(?P<number>[ \t]*(?:\d{1,3}(?:\.(?![ \t]*\d)|[、)])"
                                      r"|\([\d一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|[①-⑳]))"
                                      r"[ \t]+(?=\S)")


def _normalize(text: str) -> str:
    text = _unflattened(_plain(text).replace("\r\n", "\n").replace("\r", "\n"))
    text = _JAMMER.sub(_without_jammer, text)
    text = _without_headline_again(text)
    text = _without_headline_caption(text)
    text = _without_headline_fragments(text)
    if "?" in text or "\uff1f" in text:
        text = _SHIFTED_HEADING_FULL_END.sub(_shifted_heading_full_end, _SHIFTED_HEADING.sub(_shifted_heading, text))
    text = _stray_marks_after_numbers(text) if "?" in text or "\uff1f" in text else text
    text = _SHIFTED_GBK.sub(_shifted_gbk, _cut_shifted_runs(_lost_item_numbers(text)))
    text = _kept_garbled(text)
    text = _T2S.convert(text.translate(_KEEP_QIAN)).translate(_RESTORE_QIAN)
    if "**" in text:
        text = _CENSORED_EPIDEMIC.sub("疫情", _CENSORED_VIRUS.sub("病毒", text))
    text = _PINYIN.sub("", text.translate(_FOLD).translate(_VARIANTS))
    text = _without_bare_pinyin(text) if _BARE_PINYIN.search(text) else text
    text = _SPACE_AFTER_COLON.sub("", text) if ": " in text else text
    text = _SPACE_AFTER_LIST_NUMBER.sub(r"\g<number>", text) if " " in text or "\t" in text else text
    if "【" in text:
        text = _CHANGES_IN_LEAD_NOTE.sub(_changes_in_lead_note, text)
    text = _GLUED_PART_LEVEL.sub(r"\g<enum>、", text) if "风险" in text else text
    text = _DATE_THEN_TITLE.sub("\\g<date>\n", text) if "日关于" in text else text
    text = _TOWN_HEAD_THEN_ITEMS.sub("\\g<town>:\n", text) if "2." in text or "2、" in text else text
    text = _TOWN_THEN_ITEMS.sub("\\g<town>:", text) if "2." in text or "2、" in text else text
    text = _STRAIGHT_QUOTED_MEASURES.sub(r"\g<verb>“\g<measures>”", text) if '"' in text else text
    text = _SPACED_COMPOUNDS.sub(_spaced_compounds, text) if " " in text or "\t" in text else text
    text = _COUNTED_THEN_SPACED.sub(_counted_then_spaced, text) if "个)" in text or "处)" in text else text
    if "“" in text or '"' in text:
        text = _QUOTED_LEVEL.sub(r"\g<verb>\g<level>", _QUOTED_LEVELS_CHANGED.sub(r"由\g<a>\g<verb>\g<b>", text))
    text = _COPY_BYLINE.sub("\n", text) if "©" in text else text
    text = _AREA_CODE_LINE.sub("", text) if "编码" in text else text
    text = _POSTCODE_LINE.sub("", text) if "邮" in text else text
    text = _HEADLINE_THEN_REPORTER.sub("\\g<head>\n", text) if "记者" in text else text
    text = _PLACE_THEN_ITS_BOUNDS.sub(r"\g<head>", text) if "具体范围" in text else text
    if "四至" in text:
        text = _LISTED_THEN_ITS_BOUNDS.sub(_its_bounds_left_off, _DRAWN_THEN_ITS_BOUNDS.sub(_its_bounds_left_off, text))
    text = _REST_UNCHANGED_NOTE.sub("", text) if "不变" in text else text
    text = _EXTENT_PREVAILS_NOTE.sub("", text) if "为准" in text else text
    text = _UNITS_WITHIN_BEFORE_PLACES.sub(_units_within_before_places, text) if "辖区" in text else text
    text = _NUMBERS_COMMA_RUN.sub(lambda m: re.sub(r",[ \t]?", "\ue006", m.group()), text) if "," in text else text
    text = _STREET_COUNTED_POINTS.sub(r"\g<head>:", text) if "个" in text else text
    text = _ONE_ROAD_HOUSE_RUNS.sub(_one_road_house_runs, text) if ";" in text and "号," in text else text
    text = _drill_sites(text) if "演练" in text else text
    text = _ALONG_BEFORE_VERB.sub("", text) if re.search("相应|一并|同步|随之", text) else text
    text = _LABELLED_BOUND_LINES.sub(_labelled_bound_lines, text) if "以" in text else text
    text = _joined_at_list_marks(text)
    text = _STOP_INSIDE_DESIGNATED_LIST.sub(_stop_inside_designated_list, text) if "、" in text else text
    text = _CONTROL_UNIT.sub(_control_unit_level, text) if "管控单元" in text else text
    if "所在" in text:
        text = _HOST_OF_PLACE.sub(lambda m: m.group() if re.search(rf"{_CASE_WORDS}|涉疫|患者", m.group()) else "",
                                  _LIES_IN_CLAUSE.sub("", text))
    text = _described_one(text) if "风险" in text and re.search("唯一|最后|仅有|仅存", text) else text
    text = _QUOTED_LIFT_HEADLINE.sub(",", text) if "解" in text else text
    text = _joined_semicolon_lines(text) if re.search(r";[ \t\u3000]*\n", text) else text
    text = _list_intro_joined(text) if "。" in text and ("为:" in text or "是:" in text or "如下:" in text) \
        else text
    text = _STANDING_COUNTS_LINE.sub("", text) if "现" in text or "共有" in text else text
    text = _DIVISION_QUOTED_AREA.sub(_division_quoted_area, text) if "域“" in text or "域内“" in text else text
    text = _QUOTED_AREA_REDRAWN.sub(_quoted_area_redrawn, text) if "”调整为“" in text or "”合并为“" in text \
        or re.search("”(?:变更|更改|扩大|缩小|扩展|缩减)为“", text) else text
    text = _five_colours(text)
    text = _glued_item_digits(text) if re.search(r"(?m)^[ \t]*\d", text) else text
    text = _item_number_before_digits(text) if re.search(r"(?m)^[ \t]*\d{1,3}[.、)]\d", text) else text
    text = _ESTATE_LEVEL_OVER_BUILDINGS.sub(_estate_level_over_buildings, text) if "的" in text else text
    text = _STREET_THEN_INLINE_ITEMS.sub(_street_then_inline_items, text) if "1." in text or "1、" in text else text
    text = _short_counted_labels(_unclosed_counted_labels(text)) if "个" in text else text
    text = _label_pointer_clauses(text) if "下列" in text or "以下" in text else text
    text = _run_on_counted_headings(text) if "个):" in text else text
    text = _FROM_TO_LEVEL_HEADING.sub(r"\g<head>调整为", text) if "到" in text or "至" in text else text
    text = _LEVEL_THEN_DISTRICT_RANGES.sub(_level_then_district_ranges, text) if "范围" in text or "区域" in text \
        else text
    text = _MANAGED_HEADING_GLUED.sub("\\g<head>\n", text) if "管理" in text else text
    text = _ADJUSTED_UNDER_LEVEL_HEADING.sub(_adjusted_under_level_heading, text) \
        if "调整" in text or "变更为" in text else text
    text = _count_set_added_level(text) if "新增" in text and "个" in text else text
    text = _title_drawn_level(_run_in_parts(_SPACE_AFTER_STOP.sub("", _SPACE_BEFORE_STOP.sub("", text))))
    text = _QUOTED_UNITS_OF_PLACE.sub(_quoted_units_of_place, text) if "的“" in text or "的「" in text else text
    text = _KEPT_ZONE_LABEL.sub(lambda m: ("。\n" if m["pre"] else "") + m["label"] + ":", text) \
        if "的" in text else text
    text = _BOUNDED_AREA_GLOSS.sub(lambda m: m["note"] or "", text) if "涉及" in text else text
    text = _HOUSEHOLD_COUNT.sub("", text) if "涉及" in text and "户" in text else text
    text = _WHOLE_OWN_RELEVELLED.sub(_whole_own_relevelled, text) \
        if "全县" in text or "全区" in text or "全旗" in text else text
    text = _LABELLED_ZONES_LIFTED.sub(_labelled_zones_lifted, text) if "解除" in text else text
    text = _BARE_EXCEPT_REST_LIFTED.sub(_bare_except_rest_lifted, _KEPT_EXCEPT_REST_LIFTED.sub(
        _kept_except_rest_lifted, text)) if "除" in text else text
    text = _SILENT_CONTROL_AREA.sub(_silent_control_area, text) if "静" in text else text
    text = _DECIDED_SILENT_LIFT.sub(_decided_silent_lift, text) if "决定解除" in text or "现解除" in text else text
    text = _LABEL_REASON_LIFT.sub(r"\g<lead>解除\g<place>\g<kind>区", text) if "无新增" in text else text
    text = _STREET_OVER_DUTIES.sub("", text) if "各" in text or "全体" in text or "所有" in text or "广大" in text \
        else text
    text = _HEDGED_DESIGNATION.sub(r"\g<lead>", text) if re.search("如|若|一旦", text) else text
    text = _AREA_STAY_HOME.sub(_area_stay_home, text) if "居" in text or "足不出户" in text else text
    text = _AT_DIVISION_STAY_HOME.sub(_at_division_stay_home, text) if "在" in text else text
    text = _WHOLE_MOVEMENT_STOPPED.sub(_whole_movement_stopped, text) if "非必要" in text else text
    text = _LEVEL_THAT_IS.sub(_level_that_is, text) if "即" in text else text
    text = _lifted_two_levels_areas(_listed_lift_run_in(_listed_lift_managed(_listed_lift_line_end(
        _counted_change_line_end(_level_heading_measures(text))))))
    if "将" in text:
        text = _NUMBERED_ZONE_OBJECT.sub(_numbered_zone_object, text)
    text = _STILL_AS_STATIC.sub("静态", text)
    text = _lost_county(text) if "?" in text or "\uff1f" in text else text
    text = _NOW_SUBJECT.sub(_now_subject, text) if "目前" in text else text
    text = _ZONE_DOT_DISTRICT.sub("", text) if re.search("[・·•‧∙]", text) else text
    text = _CITY_AFTER_VERB.sub(_city_after_verb, text) if "市" in text else text
    text = _OWN_DIVISION_AFTER_VERB.sub("", text) if "我" in text or "本" in text else text
    text = _UNSEALED_KIND.sub(r"解除\g<kind>", text) if "解封" in text else text
    text = _CHANGE_SUBJECT_IS.sub(_change_subject_is, text) if "为" in text else text
    text = _LEVEL_INCLUDES_COMMA.sub(_level_includes_comma, text) if "包括," in text else text
    if "调整后" in text:
        text = _AFTER_CHANGES_WHOLE.sub("调整后,", _AFTER_CHANGES_WHOLE_WORDS.sub(_after_changes_whole_words, text))
    text = _NONE_LEFT_AFTER.sub("", text) if "后" in text else text
    text = _COUNTED_KINDS_JOINED.sub(r"\g<first>", _ADJUST_DESIGNATED.sub("", text))
    text = _ADJUST_ADDED.sub("", text) if "调整" in text else text
    text = _noted_level_items(text) if "(由" in text else text
    text = _CHANGE_NOTE.sub("", text) if "(" in text else text
    text = _JURISDICTION_NOTE.sub("", text) if "管" in text and "(" in text else text
    text = _LIFTED_PLACE_ZONES.sub(_lifted_place_zones, text) if "解除" in text else text
    text = _TIME_NOTE.sub("", text) if "(" in text and ("时" in text or "点" in text) else text
    text = _SIZE_NOTE.sub("", text) if "平" in text or "亩" in text or "公顷" in text else text
    text = _NUMBERS_EXCEPTED_RUN.sub(lambda m: m.group().translate(_GARBLED_KEPT), text) if "以外" in text else text
    text = _LANES_OF_ONE_VILLAGE.sub(lambda m: m.group().translate(_GARBLED_KEPT), text) if "巷" in text else text
    text = _RENUMBERED_RUN.sub(_renumbered_run, text) if "(现" in text or "(原" in text or "(今" in text else text
    text = _DIVIDED_THEN_MANAGED.sub(_divided_then_managed, text) if "分" in text else text
    text = _CLOSED_AREA_GIVEN.sub(r"\g<verb>封控区", text) if "封闭" in text else text
    text = _LIFTED_LEVELS_RUN_TOGETHER.sub(r"\g<a>、\g<b>", text) if "解除" in text else text
    text = _CORRESPONDING_LEVELS.sub("上述", text) if "解除" in text else text
    text = _NOT_YET_LIFTED_SILENT.sub(r"继续实行\g<level>", text) if "解除" in text else text
    text = _LIFTED_THEN_MOVED.sub(lambda m: f"由{m['a']}区{m['verb']}{m['b']}区", text) if "后" in text else text
    text = _WHOLE_LIFT_AS_TIME.sub("", text) if "后," in text else text
    text = _NOT_LIFTED_LEVEL.sub(_not_lifted_level, text) if "不解除" in text or "暂缓解除" in text \
        or "暂未解除" in text or "尚未解除" in text else text
    text = _AREA_RUN_ON.sub("、", _EMERGENCY_CONTROL.sub("", _CANCELLED_TEMPORARY.sub(_cancelled_temporary, text)))
    text = _CONTROL_MEASURES_PROLONGED.sub(_control_measures_prolonged, text) if "延" in text else text
    text = _control_continued(text) if "以来" in text and "继续" in text else text
    text = _COUNTED_OBJECT_IN_BRACKETS.sub(_counted_object_in_brackets, text)
    text = _KIND_MANAGED_AS_LEVEL.sub(r"\g<level>", _SUB_POINTS_LABEL.sub(r"\g<sub>", text))
    text = _RUN_IN_ZONES_TITLE.sub(r"\g<title>\n", text)
    text = _COUNTED_SHARED_KIND.sub(_counted_shared_kind, _RUN_IN_TITLE.sub(_run_in_title, text))
    text = _RANGE_UNDER_OTHER_LEVEL.sub(r"\g<heading>", text) if "管控范围" in text else text
    text = _RANGE_WITHOUT_ZONE.sub(r"\g<head>区范围", _SCREENED_RANGE.sub(r"\g<head>区范围", text))
    text = _INLINE_RANGE_PART.sub(_inline_range_part, text) if "范围" in text else text
    text = _appended_list(text) if "附" in text else text
    text = _DAY_NEWS_LABEL.sub("", _labelled_level_lines(text))
    text = _HEADLINE_NEWS_TAG.sub("", text) if "!" in text or "!" in text else text
    text = _NEXT_COUNTED_LEVEL.sub(";\n", _DASHED_COUNTED_LEVEL.sub(r"\g<head>:", text)) if "—" in text else text
    text = _FOLLOWING_EARLIER.sub("", text) if "继" in text else text
    text = _VAGUE_MANY_OBJECT.sub(r"\g<verb>部分区域", text) if "多" in text or "若干" in text else text
    text = _VAGUE_MANY_SUBJECT.sub("部分区域", text) if "多" in text or "若干" in text else text
    text = _RANGE_IN_PARTS.sub(_range_in_parts, text) if "部分" in text else text
    text = _RUN_ALONG.sub(lambda m: m["verb"] + (m["town"] or ""), text) if "沿" in text or "一带" in text else text
    text = _BOUNDED_SUBJECT.sub(r"将\g<obj>", text)
    text = _SUBJECT_COMMA_LIFTED.sub(_subject_comma_lifted, text)
    text = _PEOPLE_KEPT_UNDER.sub(r",按\g<level>管理", text)
    text = _TESTED_THEN_MANAGED_AS_LEVEL.sub(_tested_then_managed_as_level, text) if "对" in text else text
    text = _SUBJECT_TIMED_LIFT.sub(_subject_timed_lift, text)
    text = _TIMED_SUBJECT_LIFTS.sub(_timed_subject_lifts, text) if "解除" in text else text
    text = _stop_numbered(_unswapped(_without_inserted_phrase(_without_line_watermark(text))))
    text = _ADJUSTED_THEN_COUNTED.sub(_adjusted_then_counted, text) if "调" in text or "降低" in text else text
    text = _MAP_REFERENCE.sub("", text)
    text = _MAP_POINTER_CLAUSE.sub(_map_pointer_clause, text) if "见" in text else text
    text = _WHEREAS_NEXT_LEVEL.sub(r"\g<lv>\g<sep>", text) if "而" in text else text
    text = _IMAGE_CAPTION.sub("", text) if "图" in text else text
    text = _RANGE_REDRAWN.sub(_range_redrawn, text) if "范围由" in text or "区域由" in text else text
    text = _URBAN_SCOPE_BEFORE_PLACE.sub(_urban_scope_before_place, text) if "城区" in text else text
    text = _LABELLED_KEY_AREAS.sub(_labelled_key_areas, text) if "区域" in text else text
    text = _BOUNDED_SUBJECT_COMMA.sub(r"\g<area>、", text) if "以" in text else text
    text = _LIFTED_ZONE_MEASURES.sub(r"\g<head>\g<lv>措施", text) if "相关" in text else text
    text = _GLUED_REST_CLAUSE.sub(r"\g<lv>,", text) if "以外" in text or "之外" in text else text
    text = _REST_AFTER_COMMA.sub(r"\g<ex>", text) if "除" in text else text
    text = _DISTRICTS_COUNT_BEFORE_REST.sub("", text) if "除" in text else text
    text = _BELONGS_TO_LEVEL.sub("为", _ONLY_LEVEL.sub("", text))
    text = _WHOLE_BEFORE_LIFT.sub("", _CONDITIONED_OBJECT.sub(r"\g<lead>", text))
    text = _CONDITION_AFTER_LIST.sub(_condition_after_list, text)
    text = _NARROWED_TO_PART.sub(_narrowed_to_part, text)
    text = _NARROWED_TO_NAMED_PART.sub(_narrowed_to_named_part, text)
    text = _FINANCIAL_ENUM.sub(lambda m: m.group().translate(_FINANCIAL), text)
    text = _KANA_ENUM.sub(lambda m: m.group().translate(_KANA_NUMERALS), text)
    text = _YEAR_ZERO.sub(lambda m: re.sub("[○OΟ0]", "〇", m.group()), text)
    text = _RUN_ON_MEASURES.sub("。", text)
    text = _AREA_THEN_MEASURES.sub(",", text)
    text = _NOTED_PLACE_THEN_MEASURES.sub(_noted_place_end, text)
    text = _ITEM_THEN_START.sub(_item_then_start, _without_start_note_after_item(text))
    text = _NUMBERED_ITEM_THEN_TIME.sub(_numbered_item_then_time, text) if "日" in text else text
    text = _CHANGED_BEFORE_COUNT.sub(_changed_before_count, _DESIGNATED_SINCE.sub("", text))
    text = _CHANGED_THEN_DAYS.sub("", text) if "后" in text else text
    text = _NEW_COUNTED.sub(_new_counted, text)
    for _ in range(8):  # (one more clause each time: "新增A1个…,B1个…,C2个…")
        text, more = _COUNTED_MORE.subn(_counted_more, text)
        if not more:
            break
    text = _ITEM_AFTER_FORMULA.sub("\n", text)
    text = _CASE_PLACE_WORDS.sub("", text)
    text = _CASE_SITES_PREDICATE.sub("", text)
    text = _CASE_KINDS_THEN_NAMED.sub(r"\g<enum>", text)
    text = _CASE_AREAS_NAMED.sub(_case_areas_named, _CASE_AREAS_UNNAMED.sub("", text))
    text = _CASE_TRAIL.sub(r"\g<enum>", text)
    text = _CASE_REASON.sub("", text)
    text = _CITED_AREA_REDRAWN.sub(_cited_area_redrawn, text)
    text = _LEVEL_REDRAWN_FROM.sub(_level_redrawn_from, text)
    text = _LEVEL_REDRAWN.sub(lambda m: (m["level"] or m["level2"]) + "为", text)
    text = _CLOSED_THEN_LIFTED.sub(r"将\g<obj>解除封控管理", text)
    text = _issued_closures(_CLOSED_TO_TRAFFIC.sub(_closed_to_traffic, text))
    text = _TRAFFIC_BANNED_INTO.sub(_traffic_banned_into, text)
    text = _LIFTED_SINCE.sub("", text)
    text = _PART_AMONG.sub(_part_among, text) if "其中" in text else text
    text = _AREA_EVERY_UNIT_CLOSED.sub(_area_every_unit_closed, text) if "封闭" in text else text
    text = _WHOLE_WARTIME_CONTROL.sub(_whole_wartime_control, text) if "战时" in text else text
    text = _AREA_HOME_ISOLATED.sub(_area_home_isolated, text) if "居家隔离" in text else text
    text = _WHOLE_MANAGED_AS.sub(_whole_managed_as, text) if "全域" in text or "全境" in text else text
    text = _SUBJECT_CLOSED_SINCE.sub(_subject_closed_since, text) if "封闭" in text else text
    text = _TOWN_COUNTED_OF_LINE.sub(_town_counted_of_line, text) if "个)的" in text else text
    if "管理" in text:
        text = _COMMA_SUBJECTS_CLOSED.sub(_comma_subjects_closed, text) if "," in text else text
        text = _SUBJECT_CLOSED.sub(_subject_closed, text)
    if "临时" in text:
        text = _BOUNDED_AREAS_TEMPORARY_CONTROL.sub(r"\g<enum>将\g<obj>划为临时管控区", text)
    if "管控" in text or "临时管制" in text or "临时性管制" in text:
        text = _SUBJECT_TEMPORARY_CONTROL.sub(_subject_temporary_control, text)
    if "管控" in text:
        text = _CASES_THEN_CONTROLLED.sub(_cases_then_controlled, text) if "已" in text else text
    text = _LISTED_BELOW_MANAGED.sub(r"\g<enum>对", text) if "以下" in text else text
    text = _LIFTED_AND_LOWERED.sub(_lifted_and_lowered, text) if "解除" in text else text
    text = _CONTROL_ADJUSTED_BELOW.sub(_control_adjusted_below, text) if "调整" in text else text
    text = _OFFICE_HOMES_SEALED.sub(_office_homes_sealed, text) if "封户" in text else text
    if "最严格" in text:
        text = _WHOLE_STRICTEST_SITES_CLOSED.sub(_whole_strictest_sites_closed, text)
    if "防范区" in text and "解除" in text:
        text = _ZONES_LIFTED_TO_PRECAUTION.sub(_zones_lifted_to_precaution, text)
    text = _LIFT_CLOSED.sub("封控", _MEASURE_AS_LEVEL.sub(_measure_as_level, _OWN_COMPOUNDS_LIFTED.sub(
        "", _CLOSED_BELOW.sub(_closed_below, text))))
    text = _MEASURES_RUN_ON.sub(_measures_run_on, text)
    text = _MEASURES_FOR_LEVEL_OF.sub(_measures_for_level_of, _KEPT_MEASURE.sub(_kept_measure, text))
    text = _MEASURES_OF_LEVEL.sub(_measures_of_level, text)
    text = _TEMPORARY_DEGREE_ITEM.sub(_temporary_degree_item, text) if "临时" in text else text
    text = _LIST_THEN_MEASURES.sub(_list_then_measures, text) if "“" in text or '"' in text else text
    text = _AREA_THEN_SEALING.sub(_area_then_sealing, text) if "足不出户" in text else text
    text = _AREAS_THEN_EASED.sub(_areas_then_eased, text) if "错峰取物" in text else text
    text = _STANDING_EXCEPT.sub(_standing_except, text) if "除" in text else text
    text = _LEVEL_BRACKETED_THEN_MEASURES.sub(_level_bracketed_then_measures, text) if "(" in text else text
    text = _KEPT_EXCEPT.sub(r"\g<obj>仍为\g<level>,", text)
    if "不变" in text:
        text = _KEPT_UNCHANGED.sub(r"为\g<level>", _FORMER_LEVEL_UNCHANGED.sub(_former_level_unchanged, text))
    text = _LABELLED_SUBJECTS_LIFTED.sub(_labelled_subjects_lifted, text) if "解除" in text else text
    text = _KEPT_NO_VERB.sub(r"\g<head>实行", text)
    text = _SILENT_KEPT.sub(r",对\g<obj>实行\g<level>", text)
    text = _SILENT_FOR_DAYS.sub(r"\g<head>", text)
    text = _PLACE_THEN_SILENT.sub(r"\g<time>,对\g<obj>实施\g<level>", text)
    text = _QUOTED_THREE_ZONES.sub(r"管控\g<measures>", _THREE_ZONES_INSIDE.sub("", text))
    text = _LEVEL_INSIDE_LIFTED.sub(r"\g<head>\g<of>", text) if "解除" in text else text
    text = _LEVELS_IN_FRONT_LIFTED.sub(_levels_in_front_lifted, text)
    text = _LIFT_FOR_OBJECT.sub(lambda m: m.group() if _no_lifted_place(m["obj"])
                                else f"{m['enum']}将{m['obj']}解除{m['level']}管理", text)
    text = _SILENT_PROLONGED.sub(_silent_prolonged, text)
    text = _PLACES_MANAGED_AS.sub(_places_managed_as, text)
    text = _PLACES_AS_LEVEL_REQUIRES.sub(_places_as_level_requires, text) if "参照" in text or "比照" in text \
        else text
    text = _EXCEPT_IN_FRONT.sub("\ue006\\g<ex>,", _ALREADY_UNDER_NOTE.sub("", text))
    text = _CONDITIONAL_CHANGE.sub("", _CONDITIONAL_LIFT.sub("", text))
    text = _ZONE_MANAGEMENT.sub(_zone_management, text)
    text = _ITEM_PERIOD.sub("", text) if "时间" in text or "期" in text else text
    text = _LEVEL_TIME_RESTARTED.sub(_level_time_restarted, text)
    text = _EXAMPLE_BEFORE_LIST.sub("", text)
    text = _WHOLE_WITH_KINDS.sub(r"\g<label>\g<whole>", text)
    text = _FORMULA_RUN_ON.sub("。\n", _WHOLE_RUN_ON.sub(r"\g<head>。\n", text)) if "全" in text else text
    text = _bare_silent_lift(text)
    text = _OWN_PLACES_THEN_FORMULA.sub(r"\g<clause>。\n", text)
    text = _OFFICE_WHOLE_PROLONGED.sub(_office_whole_prolonged, text) if "决定" in text else text
    text = _SILENT_TIME_ADJUSTED.sub(_silent_time_adjusted, text) if "调整" in text else text
    text = _SILENT_TIME_PROLONGED.sub(lambda m: f"对{m['obj']}实行静默管理。时间", text)
    text = _TEMPORARY_CONTROL_PROLONGED_FIRST.sub(_temporary_control_prolonged_first, text) if "临时" in text else text
    text = _TEMPORARY_CONTROL_PROLONGED.sub(_temporary_control_prolonged, text) if "临时" in text else text
    text = _silent_end_moved(text) if "静" in text else text
    text = _CITED_NOTICE.sub(_cited_notice, text)
    text = _TEMPORARY_TO_EVERYDAY.sub(_temporary_to_everyday, text) if "临时" in text or "静默" in text else text
    text = _ADDED_COUNT_THEN_PLACES.sub(_added_count_then_places, text) if "新增" in text else text
    text = _LIFT_SHORT_LEVELS.sub(r"\g<a>\g<kind>、\g<b>\g<kind>", text) if "解除" in text else text
    text = _LIFT_OF_DESIGNATED.sub(lambda m: m.group() if _no_lifted_place(m["obj"]) else f"对{m['obj']}解除{m['lv']}",
                                   text)
    text = _LIFT_OF_KIND_WRITTEN.sub(_lift_of_kind_written, text)
    text = _LIFTED_LIST_TITLE.sub(lambda m: m["lv"].replace("管制", "管控") + "区域", text)
    text = _LIFT_FOR_LISTED.sub(lambda m: m.group() if _no_lifted_place(m["obj"]) else f"将{m['obj']}解除{m['lv']}管理",
                                text)
    text = _LIFTS_JOINED.sub(_lifts_joined, text) if "解除" in text else text
    text = _WHOLE_ZONE_LIFTED.sub(_whole_zone_lifted, text) if "解除" in text or "取消" in text else text
    text = _LIFT_OF.sub(_lift_of, text)
    text = _TO_EVERYDAY.sub(_to_everyday, text)
    text = _ADJUSTED_TO_GENERAL.sub(lambda m: m.group() if _no_lifted_place(m["obj"])
                                    else f"解除{m['obj']}{m['lv']}措施", text)
    if "社会面" in text:
        text = _PUBLIC_CONTROL_AREAS_LIFTED.sub(lambda m: m["t1"] or m["t2"] or "", text)
    if "交通管制" in text:
        text = _VILLAGES_TRAFFIC_CONTROL_LIFTED.sub(_villages_traffic_control_lifted, text)
    text = _LIFT_CLOSED_PLACE.sub(_lift_closed_place, text)
    text = _LIFT_COUNT_NAMED.sub(_lift_count_named, text)
    text = _LIFT_INTO_LEVEL.sub(r"\g<lead>将\g<obj>", text) if "解" in text else text
    text = _LIFT_LEVEL_OF.sub(_lift_level_of, text)
    text = _NO_LONGER.sub(r"将\g<obj>解除\g<level>", text)
    text = _MERGED_NOT_LISTED.sub("", text) if "不再单" in text else text
    text = _REASON_BEFORE_NO_LONGER.sub("", text) if "不再" in text and "新" in text else text
    text = _BARE_NO_LONGER.sub(lambda m: _bare_no_longer(m, text), text) if "不再" in text else text
    text = _ABSORBED_NO_LONGER.sub(_absorbed_no_longer, text) if "不再单独" in text else text
    text = _SUBJECT_REFERRED_BACK.sub(_subject_referred_back, text) if "不再" in text else text
    text = _SUBJECT_NO_LONGER.sub(_subject_no_longer, text) if "不再" in text else text
    text = _LIFT_GROUPS.sub(_lift_groups, text) if "解除" in text else text
    text = _ALREADY_DRAWN_AREAS.sub(r"\g<obj>的\g<lv>地区", text) if "已" in text else text
    text = _LEVEL_RANGE_REDRAWN.sub(_level_range_redrawn, text) if "调整为" in text else text
    text = _LEVEL_LIST_REDRAWN.sub(_level_list_redrawn, text) if "调整" in text else text
    text = _ADDED_DRAWN.sub("新增划定", text) if "增加划定" in text else text
    text = _COUNTED_SUBJECT_LIFTED.sub(_counted_subject_lifted, text)
    text = _PLACE_LEVEL_LIFTED.sub(_place_level_lifted, text)
    text = _SUBJECT_LIFTED.sub(_subject_lifted, _LIFT_BEFORE_UNDER.sub(_lift_before_under, text))
    text = _HEADLINE_BEFORE.sub("", text)
    text = _HEADLINE_INSERTED.sub("", text)
    text = _TITLE_GLUED.sub("\\g<title>\n", text)
    text = _WHOLE_CLOSED.sub("临时静默管理", text)
    text = _DATED_SILENT_PLACE.sub(r"\g<date>,", text) if "静默" in text else text
    text = _hedged_silence(text) if "静" in text else text
    text = _OFFICE_WHOLE_AREA_SILENT.sub(_office_whole_area_silent, text) if "在全域" in text else text
    text = _ITEM_RELATIVE_STATIC.sub(_item_relative_static, text) if "静" in text else text
    text = _DIVISION_THEN_TIME.sub(_division_then_time, _OFFICE_DECIDES_SILENT.sub(_office_decides_silent, text))
    if "核酸" in text:
        text = _TESTED_THEN_SILENT.sub(_tested_then_silent, text)
    if "全市" in text:
        text = _CITY_WHOLE_SILENT.sub(_city_whole_silent, text)
    text = _TITLE_NUMBER_RUN_ON.sub("\\g<title>\n\\g<number>", text)
    text = _TITLE_COLON_REASONS.sub("\\g<title>:\n", text) if "关于" in text else text
    if "、" in text and ("静默" in text or "静态" in text):
        text = _DISTRICTS_SILENT.sub(_districts_silent, text)
    if "静" in text:
        text = _DISTRICTS_SUBJECT_SILENT.sub(_districts_silent, text)
        text = _DIVISION_TIMED_WHOLE.sub(_division_timed_whole, text)
    if "静" in text:
        text = _DIVISION_SILENCE_ENTERED.sub(_division_silence_entered, text)
    if "静止" in text or "全域静默" in text:
        text = _WHOLE_PEOPLE_STILL.sub(_whole_people_still, text)
    if "居家" in text:
        text = _WHOLE_RESIDENTS_HOME.sub(_whole_residents_home, text)
        text = _AREA_RESIDENTS_HOME.sub(_area_residents_home, text)
        text = _OWN_RESIDENTS_HOME_SPAN.sub(_own_residents_home_span, text)
        text = _WHOLE_STRICT.sub(_whole_strict, text) if "从严" in text or "严格" in text else text
        text = _FULL_CONTROL_AT_HOME.sub(_full_control_at_home, text) if "全面管控期间" in text else text
    if "隔离管控" in text:
        text = _WHOLE_ISOLATION_CONTROL.sub(_whole_isolation_control, text)
    if "社会面管控" in text:
        text = _WHOLE_SOCIETY_CONTROLLED.sub(_whole_society_controlled, text)
    if "通告如下" in text or "公告如下" in text:
        text = _OWN_SILENCE_ITEMS_BELOW.sub(_own_silence_items_below, text)
    text = _WHOLE_DIVISION_SILENT.sub(_whole_division_silent, text)
    text = _SPAN_WHOLE_SILENT.sub(r"\g<own>\g<mid>\g<own>", text)
    text = _WHOLE_OWN_SILENT.sub(lambda m: f"\n{_office_own_division(m) or m['whole']}{m['verb']}。\n", text)
    text = _WHOLE_LIFT_EXCEPT.sub(_whole_lift_except, text)
    text = _REST_LIFTED_BUT_LEVELS.sub(_rest_lifted_but_levels, text) if "解除" in text else text
    text = _ALL_OF_DIVISION.sub(_all_of_division, text)
    text = _WHOLE_OWN_AT_LEVEL.sub(r"\g<lead>全域为\g<level>", text)
    text = _PLACE_AND_BOUNDED.sub(_place_and_bounded, text)
    text = _RANGE_FROM.sub(r"\g<kind>区为", text)
    text = _MEASURED_AREA_SUBJECT.sub(lambda m: m["lead"] + (m["kind"] or m["kind2"]) + "区", text)
    for pattern, replacement in _DOUBLED:
        text = pattern.sub(replacement, text)
    # "将A小区的风险等级由低风险调整为中风险": the levels as the lists write them
    if "临时管控措施," in text:
        text = _EASED_TEMPORARY_CONTROL.sub(_eased_temporary_control, text)
    text = _ADJUSTED_WITHOUT_TO.sub(r"\g<0>为", text)
    text = _WILL_BE_ADJUSTED.sub(r"\g<count>", text)
    text = _TWO_COUNTED_OLD_LEVELS.sub(_two_counted_old_levels, text) if "个" in text else text
    text = _OLD_LEVEL_OF_PLACE.sub(_old_level_of_place, text)
    text = _LEVELS_MANAGED.sub(r"\g<old>\g<verb>\g<new>", text)
    text = _MEASURES_CHANGED.sub(r"\g<old>区\g<verb>\g<new>区", text)
    text = _LOWERED_THEN_LIST.sub(lambda m: m.group()[:m.start("rest") - m.start()] + m["rest"]
                                  + "解除以下" + m["level"], text)
    text = _TWO_OLD_LEVELS.sub(r"由\g<first>", text) if "由" in text else text
    text = _RISK_DIVISION.sub(r"\1风险地区", _ADJUST_LEVEL_OF.sub(r"将\g<obj>", text))
    text = _ADJUST_OBJECT_TO.sub(r"将\g<obj>调整为", text)
    if "合并" in text:  # (its object scans back over a whole list line from every character: only where needed)
        text = _MERGED.sub(_merged, text)
    if "联片" in text or "连片" in text:
        text = _JOINED_AREAS.sub(_joined_areas, text)
    if "所在" in text:
        text = _ITS_ESTATE_AROUND.sub(_its_estate_around, text)
        text = _UNITS_SHARED_AREA.sub(lambda m: m.group().replace("、", _ONE_PLACE_AND), text)
        text = _ROADS_SHARED_AREA.sub(lambda m: m.group().replace("、", _ONE_PLACE_AND), text)
    text = _NEIGHBOUR_DIVISIONS.sub(lambda m: m.group().replace("、", _ONE_PLACE_AND), text)
    text = _ROADS_CLOSED_AREA.sub(_roads_closed_area, text) if "区域" in text else text
    text = _HOUSE_AND_NEIGHBOURS.sub(_house_and_neighbours, text)
    if "周边" in text:
        text = _BUILDING_AND_GROUNDS.sub(_building_and_grounds, text)
    text = _SIDES_OF_ONE.sub(_ONE_PLACE_AND, text)
    text = _STEM_NUMBERED_STREETS.sub(_ONE_PLACE_AND, text) if "以" in text else text
    text = _HOUSE_RUN_BEFORE_COMMA_ROAD.sub(lambda m: m.group().replace("、", _ONE_PLACE_AND), text)
    text = _BARE_FROM_LEVEL.sub(r"\g<lead>\g<level>风险区", text)
    if "风险等级" in text:
        text = _OWN_AREA_OF.sub("", _LEVEL_AS_GRADE.sub(r"\1风险地区", text))
    text = _DRAWN_AS_RANGE.sub("划定", text)
    text = _EXCEPT_THEN_AREA.sub(r"\g<br>", _GRADE_OF.sub("", _RISK_OF.sub("", _FROM_AS_BY.sub("由", text))))
    text = _TRAFFIC_CONTROL_OF.sub("", text) if "交通管制" in text else text
    text = _BARE_RISK.sub(r"\1风险区", _COUNTED_RISK_GROUND.sub(r"\1风险地区", text))
    if "个" in text and "风险" in text:
        text = _COUNTED_LEVEL_SUBJECT.sub(_counted_level_subject, text)
        text = _COUNTED_LEVEL_REFERENCE.sub(r"\g<ref>\g<n>\g<kind>", text)
    text = _QUALIFIED_LEVEL.sub(_qualified_level, text)
    text = _QUALIFIED_LABEL.sub(lambda m: m["enum"] + (m["kind"] or m["kind2"]) + "区", text)
    text = _RISK_MANAGED.sub(r"\1风险区", text)
    text = _TOWN_BEFORE_LEVEL_BRACKETS.sub("", _REST_RESUMES.sub(r"\1。", text))
    text = _LEVEL_KEPT_BRACKETS.sub(_level_kept_brackets, text)
    text = _LEVEL_THEN_PLACES.sub(_level_then_places, text)
    if "将" in text or "把" in text:
        text = _LEVEL_BEFORE_PLACES.sub(_level_before_places, text)
    text = _TO_LEVELS_REST.sub("除", _OWN_DIVISION.sub("", text))
    text = _JUNK_LINE.sub("", _JUNK_HEAD.sub("", _JUNK_TAIL.sub("", text)))
    text = _LEADING_JUNK.sub("", _TRAILING_JUNK.sub("", text))
    text = _BRACKETED_HEADING.sub(r"\1", text)
    text = _BARE_LEVEL_LABEL.sub(lambda m: m.group() + "区", _COUNTY_LEVEL.sub("地区", text))
    text = _COUNTED_LIST_IN_BRACKETS.sub(_counted_list_in_brackets, text)
    text = _COUNT_FIRST_LIST_IN_BRACKETS.sub(_count_first_list_in_brackets, text)
    text = _state_counted_lists(_COUNT_THEN_NAMED.sub(r"\g<level>\g<n>个:", text))
    text = _NEXT_LEVEL_SAME_DIVISION.sub(r"\g<words>\g<verb>\g<head>。\n\g<words>\g<verb>", text)
    text = _COUNT_AFTER_COLON.sub(r"\g<level>(\g<n>个):", text)
    text = _BARE_LABEL_BEFORE_ITS_SENTENCE.sub(_bare_label_before_its_sentence, text)
    text = _LABEL_BEFORE_CHANGE.sub(r"\g<lead>", text)
    text = _LEVEL_LABEL_VERB.sub(r"\g<label>", text)
    text = _VAGUE_OBJECT_OVER_RANGE.sub(_vague_object_over_range, text)
    text = _VAGUE_LIFT_OVER_RANGE.sub(r"解除以下区域的\g<measure>:", text) if "解除" in text else text
    text = _COUNTED_LIFT_OVER_RANGE.sub(r"解除以下\g<kind>(\g<n>个):", text) if "解除" in text else text
    text = _NEW_LEVEL_OVER_BARE_RANGE.sub(r"\g<lead>\g<enum>新增\g<level>具体\g<what>", text)
    text = _TOWN_LABEL_RESTATED.sub(r"\g<town>", text)
    text = _TIMED_NEW_LEVEL_SPACE.sub(r"\g<head>:", text)
    text = _STREET_HEADING_ABOVE_LEAD.sub(_street_heading_above_lead, text) if "一、" in text else text
    return _drop_page_numbers(text)


# "一、A街道" over "根据…,我区划定以下3个中风险区。B酒店:东临C路,…", then "二、D镇" over "E花园:…" (福州, autumn
# 2022, a copy that put the first street's heading above the lead): the heading is the first item's, under the lead;
# it goes after the lead's sentence ("…划定以下3个中风险区。\n一、A街道\nB酒店:…"). Only a first heading that is a
# town's or street's name alone on its line, a lead right under it that draws the areas below (以下, 下列, 如下) as a
# level, and a second heading of the same kind further down.
_STREET_HEADING_ABOVE_LEAD = re.compile(
    rf"(?m)^(?P<head>[ \t]*一、[ \t]*[{_CJK}]{{2,10}}?(?:街道|镇|乡))[ \t]*\n(?:[ \t]*\n){{0,3}}"
    rf"(?P<lead>[^\n]*?(?:以下|下列|如下)[^\n。:]*?(?:{_LEVEL})[^\n。:]*?[。:])[ \t]*(?P<rest>[^\n]*)"
    rf"(?=(?:\n[^\n]*)*?\n[ \t]*二、[ \t]*[{_CJK}]{{2,10}}?(?:街道|镇|乡)[ \t]*(?:\n|$))")


def _street_heading_above_lead(m: re.Match[str]) -> str:
    return f"{m['lead']}\n{m['head']}" + (f"\n{m['rest']}" if m["rest"] else "")


# "对A镇、B镇相关区域实行临时管控。具体措施如下:" over "一、具体点位" and its numbered places: the lead's object
# only says where the areas lie (部分 / 相关 / 有关 区域), the part below names them; read as "将以下区域划为管控区:"
# (read before: "将A镇、B镇相关区域划为管控区。")
_VAGUE_OBJECT_OVER_RANGE = re.compile(
    rf"将(?P<district>[{_CJK}]{{2,6}}?(?:区|县|旗)(?=部分|相关|有关))?[^,。;:\n]{{0,30}}?(?:部分|相关|有关)(?:区域|地区|点位)(?P<verb>划为|划定为|调整为)(?P<level>{_LEVEL})"
    r"[。,;]?(?:具体措施|具体事项|现将有关事项通告|现将有关事宜通告|现通告)?如下[:。]"
    r"(?=[ \t\u3000]*\n\s*(?:[一1][、.]|\(一\))[ \t]*(?:具体|实施|管控)?(?:点位|范围|区域)(?:\(\d+个\))?[::]?[ \t]*\n)")


def _vague_object_over_range(m: re.Match[str]) -> str:
    # ("将甲区部分区域划定为高风险区。现将有关事项通告如下:" (重庆, late 2022): the lead's own district, written
    # alone before 部分, is kept in front of the pointer ("将甲区以下区域…", as offices write it): the notice's
    # district, named nowhere else; not a town's or street's, "将A镇、B镇相关区域")
    district = m["district"] if m["district"] and _district_ok(m["district"]) else ""
    return f"将{district}以下区域{m['verb']}{m['level']}:"


# "解除对A街道B社区部分区域的临时管控。现通告如下:" (重庆, late 2022) over "一、具体区域" and its places, "二、相关
# 要求" after them: a lift whose lead only says where the areas lie (部分 / 相关 / 有关 区域) and the part below names
# them; read as "解除以下区域的临时管控:" (as _VAGUE_OBJECT_OVER_RANGE reads a designation's). (Only with the part's
# title of a range alone on its line right after: "解除对A镇部分区域的管控。现通告如下:一、自即日起…" is not.)
_VAGUE_LIFT_OVER_RANGE = re.compile(
    r"解除(?:对|了)?[^,。;:\n]{0,30}?(?:部分|相关|有关)(?:区域|地区|点位)的?"
    r"(?P<measure>(?:临时)?(?:封控|管控|封闭|静默|静态|管制)(?:管理|措施)?)"
    r"[。,;]?(?:具体(?:情况|事项)?|现将有关事[项宜]通告|现就有关事[项宜]通告|现通告|现公告|特通告)?如下[:。]"
    r"(?=[ \t\u3000]*\n\s*(?:[一1][、.]|\(一\))[ \t]*(?:具体|解除|管控|解封)?(?:点位|范围|区域)(?:\(\d+个\))?[::]?"
    r"[ \t]*\n)")


# "自9月23日起,解除2个临时管控区域。现通告如下:" (重庆, autumn 2022) over "一、具体点位" and its numbered items: the
# lead counts the areas the part below names; read as "解除以下临时管控区域(2个):", the count over the list (each
# numbered item one area when the count says so). (Only with the part's title of a range alone on its line right
# after, as _VAGUE_LIFT_OVER_RANGE.)
_COUNTED_LIFT_OVER_RANGE = re.compile(
    rf"解除(?P<n>\d{{1,3}}|[{_CN_NUM}两]{{1,3}})个"
    r"(?P<kind>(?:临时)?(?:封控|管控|封闭|静默|静态)(?:管理)?(?:区域|区|点位))"
    r"[。,;]?(?:具体(?:情况|事项)?|现将有关事[项宜]通告|现就有关事[项宜]通告|现通告|现公告|特通告)?如下[:。]"
    r"(?=[ \t\u3000]*\n\s*(?:[一1][、.]|\(一\))[ \t]*(?:具体|解除|管控|解封)?(?:点位|范围|区域)(?:\(\d+个\))?[::]?"
    r"[ \t]*\n)")


# "在A区新增部分高风险区。现将有关事项通告如下:" (重庆, late 2022) over "一、具体点位" (具体范围, 点位, 区域) and its
# places, "二、管控措施" after them: the lead names the level of the new areas and the part below lists them with no
# level of its own; read the part's title as "一、新增高风险区具体点位" (the form other offices write).
# ("…自11月20日0时起,划定我区部分高风险区域。现将有关事项通告如下:" (重庆, late 2022): 划定 the lead's verb, the
# office's own district (我区) maybe between, as 新增; only at a clause's start.)
_NEW_LEVEL_OVER_BARE_RANGE = re.compile(
    rf"(?P<lead>(?:新增|(?<![^,。:\s])(?:新)?划定(?:我|本)?[区县市旗]?)(?:部分|[\d{_CN_NUM}]{{1,3}}个|一批)?(?P<level>{_LEVEL})"
    r"[ \t\u3000]*[。,;]?[ \t\u3000]*"
    r"(?:具体(?:情况|事项|点位|范围)?|现将有关事[项宜]通告|现通告|现公告|特通告)?如下[:。][ \t\u3000]*\n\s*)"
    r"(?P<enum>(?:[一1][、.]|\(一\))[ \t]*)具体(?P<what>点位|范围|区域)(?=(?:\(\d+个\))?[::]?[ \t]*\n)")


# "二、11月25日起,新增高风险区域 (一)A镇 A镇B小区8栋。 (二)C街 C街D村…" (广州, late 2022): a town's (street's)
# heading written inline before its places, each place restating the town: the heading goes, the place keeps its
# town once ("(一)A镇B小区8栋"); only where the very same name follows after a space.
_TOWN_LABEL_RESTATED = re.compile(rf"(?P<town>(?<![{_CJK}])[{_CJK}]{{1,8}}?(?:镇|乡|街道|街))[ \t\u3000]+(?P=town)"
                                  rf"(?=[{_CJK}A-Za-z\d])")
# "一、11月24日起,新增高风险区域 A路以东…合围区域。" (广州, late 2022): a time, the new level, then its places after a
# space where a colon is meant; read as "…新增高风险区域:A…" (also with 自 / 从 and an hour; not "新增高风险区域如下",
# "新增高风险区域 1个", whose words after the level are no place).
_TIMED_NEW_LEVEL_SPACE = re.compile(
    rf"(?m)(?P<head>^[ \t\u3000]*(?:{_ENUM.pattern})?[ \t\u3000]*(?:自|从|于)?(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日"
    rf"(?:\d{{1,2}}(?:时|点)(?:\d{{1,2}}分)?)?起?,?(?:新增|增加|新划定|划定)(?:{_LEVEL}))[ \t\u3000]+"
    r"(?=[\u4e00-\u9fff(])(?!如下|为|是|名单|具体|情况|[\d一二三四五六七八九十两]+个"
    # (nor the words of a sentence that goes on: "新增高风险区 共3个,分别为…", "… 以下区域:A", "… 其中A…",
    # "… 涉及A…", "… 由A街道负责" (rv45))
    r"|共|计|合计|总计|分别|以下|下列|其中|涉及|包括|由|暂|无|详见|见|已|均|有)")


# Page numbers of a notice copied out of a PDF ("— 2 —", "- 3 -", "第2页 共5页") sit between two halves of a list.
_PAGE_NUMBER = re.compile(r"(?m)^[ \t]*(?:[-—–-]+[ \t]*\d{1,3}[ \t]*[-—–-]+|第[ \t]*\d{1,3}[ \t]*页"
                          r"(?:[ \t,]*共[ \t]*\d{1,3}[ \t]*页)?|\d{1,3}[ \t]*/[ \t]*\d{1,3})[ \t]*\n")
# A page break inside a list's first item: the line above it a place's start alone (after a label's colon, no
# separator), the line below the list going on ("小店区:龙春路1号" / "— 2 —" / "金华小区、星峰小区。"): the halves of
# one line, joined here, where the break is known (a lone place line over a list is an item of its own below).
_PAGE_BREAK_SEPS = re.compile(r"[、,,;;。::!!??]")


def _page_broken_line(above: str, below: str) -> bool:
    head = re.sub(r"\([^()]*\)", "", above.strip())
    head = head[max(head.rfind(":"), head.rfind(":")) + 1:]
    first = re.split(r"[、,,;;。]", below.strip(), maxsplit=1)[0]
    return bool(head) and not _PAGE_BREAK_SEPS.search(head) and not _LEVEL_RE.search(head) \
        and not _ENUM.match(below.strip()) and re.search(r"[、,,;;]", below) is not None \
        and not re.search(r"[::]", first) and not _LEVEL_RE.search(first)


def _drop_page_numbers(text: str) -> str:
    out, pos = [], 0
    for m in _PAGE_NUMBER.finditer(text):
        before = text[pos:m.start()]
        above = text[:m.start()].rstrip()
        above = above[above.rfind("\n") + 1:]
        rest = text[m.end():].lstrip()
        below = rest[:rest.find("\n")] if "\n" in rest else rest
        if above and below and _page_broken_line(above, below) and before.strip():
            out.append(before.rstrip())
            pos = len(text) - len(rest)  # (the blank lines after the page number go with it)
        else:
            out.append(before)
            pos = m.end()
    out.append(text[pos:])
    return "".join(out)


# (in a line with other clauses: "临时静默管控区域:全县实行静默管理,县城区域实施重点封控,…": a sentence of its own)
# ("自9月27日13时起全县立即实行静默管理": after the time's 起 too; an adverb before the verb goes)
# "在全市范围内开展全员核酸检测,其间全域实施静默管理": a bare 全域 (其间, 期间, 同时: while the testing runs) is the
# whole of the 全市 (全县, 全区) the sentence named before it; read as "…,全市实施静默管理".
_SPAN_WHOLE_SILENT = re.compile(r"(?P<own>全(?:县|区|旗|市))(?P<mid>(?:范围|域|辖区)?内?[^。;:\n]{0,40}?,)"
                                r"(?:其间|期间|同时|并|届时)?全域(?=(?:立即|统一|全面)?(?:实行|实施)(?:临时性?)?"
                                r"(?:静默|静态)(?:管理|管控))")
# ("要求全县实行静默管理" (invented): the office's order over its own whole, 要求 (并要求, 现要求) going with it)
_WHOLE_OWN_SILENT = re.compile(r"(?m)(?:(?<=[:,;。]|起)|^)(?:[并现特]?要求)?"
                               r"(?P<whole>(?P<own>全(?:县|区|旗|市))(?:范围内?|域|境|辖区)?)"
                               r"(?:立即|即时|随即|即|统一|全面|全域|一律|暂时)?"
                               r"(?P<verb>(?:实行|实施)(?:临时性?)?(?:静默|静态)(?:管理|管控))(?:[,;。]|$)")

# A whole district put under silent (static) management, named or as "全县", maybe with the days it lasts and
# the place written with its province and city in front: "决定在郏县全域实行静默管理", "河南平顶山郏县全域实施
# 静默管理" (a headline), "在全县实行3天静态管理", "对迎泽区实行为期三天的临时静默管理", "A县继续实行临时性
# 全域静态管理" (继续 keeps it on; 临时性 is 临时; 全域 after the verb is the whole district all the same): a
# sentence of its own,
# "郏县实行静默管理。" / "全县实行静默管理。" ("对全县域实行静态管理": 全县域 is 全县), the district being
# the place (found as the longest known district
# at the end of the words before it; "A小区", "县城区" are no district and are left to the other rules).
# The same of a whole district closed (封闭管理, 封控管理: the sealed level, as "对A县全域实行封控管理" is read), only
# when written as a whole: "A县全域实行封闭管理", "尚志全域实行封闭管理" (the district by its short name before
# 全域: 尚志市), "全市实行封控管理", "全市24个乡(镇)实行封闭管理" (every town of the notice's own city, counted or
# "所有乡镇", is the whole city); read as "将A县划为封控区。" / "将全市划为封控区。". (Not a kind of site of
# the whole, "全区所有村居实行临时封闭管理", a rule for them; nor a place's closure, "A县B小区实行封闭管理", nor a
# district with no 全域 or 全X, "A县实行封闭管理的小区".)
_SILENT_DAYS = rf"(?:为期)?(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})(?:天|日)的?"
_EVERY_TOWN = (rf"(?:所有|全部|各|[\d{_CN_NUM}]{{1,3}}个)(?:乡\(镇\)|镇\(乡\)|乡镇\((?:街道|街)\)|镇\((?:街道|街)\)"
               r"|乡镇街道|乡镇|镇街|街镇|乡、镇|镇、乡)")
_WHOLE_DIVISION_SILENT = re.compile(
    rf"(?P<words>[{_CJK}]{{0,24}}?)(?P<own>全(?:县|区|旗|市))?(?(own)(?P<towns>{_EVERY_TOWN})?)"
    rf"(?P<whole>全域|全境|(?<=[县区旗市])域|(?<=[县区旗市])境)?"
    rf"(?:范围内?|辖区内?)?(?:继续|立即|统一|全面)?(?:实行|实施)(?:{_SILENT_DAYS})?(?:临时性?|全域|全境){{0,3}}"
    # ("A市全域实行三天静默期管控": the days of silence, 静默期, under control)
    r"(?:(?P<kind>静默|静态)(?:管理|管控|(?<=静默)期管控)|(?P<closed>封闭式?|封控)(?:管理|管控))"
    r"(?!期间|时期|结束|解除|后|的)")
# A silence no office orders here: under a condition ("如疫情扩散,对A区、B区实行静默管理", "必要时,…"), one that
# was ("此前对A区、B区实行静默管理,现已解除") or one taken as a model ("参照…"); what the sentence says before it.
# ("此前,鹤岗市全域实行静默管理,现予以解除", "参照鹤岗市全域实行静默管理": the time before or the model in front
# of the subject, in its clause)
# (若, 如 opening a division's name is no condition: "若尔盖县继续实行…", "如东县实行…")
# "11月1日至7日卡若城区实行静默管理" (a reviewer's wording): the days opening the sentence are the silence's, not
# the place's name: a comma is put after them ("11月1日至7日,卡若城区…"). (Only a day or span of days right at a
# sentence's start, then a place of 2-30 characters with no stop, then 实行/实施/进入 静默; not "11月1日起" etc.,
# read already.)
_DATED_SILENT_PLACE = re.compile(
    r"(?m)(?:^|(?<=[。;]))(?P<date>[ \t]*(?:自|从)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}(?:时|点))?"
    r"(?:(?:至|到|-|—|~|～)(?:\d{1,2}月)?\d{1,2}日(?:\d{1,2}(?:时|点))?)?)"
    r"(?=[^\d,。;:、\n起前后以时止][^,。;:、\n]{1,29}?(?:已经?|将|继续|暂)?(?:实行|实施|进入|开展)?静默)")


_HEDGE_WORD_NAMES = "|".join(sorted({re.escape(name[1:]) for name in _divisions()[0] if name[0] in "如若"}))
_SILENCE_HEDGED = re.compile(r"(?:(?:^|[。;:\n,、])[ \t]*(?:如果|如若|假如|倘若|若|如|一旦|必要时|视情)"
                             rf"(?!下|期|实|何|同|意|{_HEDGE_WORD_NAMES})[^。;:\n]*|(?:此前|之前|前期|曾经?|参照|参考|按照|借鉴|比照)"
                             r"|(?:(?:^|[。;:\n,])[ \t]*(?:此前|之前|前期),?|(?:参照|参考|借鉴|比照)"
                             # (not a plan or rule the office follows: "参照第九版防控方案对A区实行静默管理")
                             r"(?![^。;:\n,]*(?:方案|要求|规定|指南|意见|文件|精神|标准|办法|《)))[^。;:\n,]*)$")
# "…全域实行静默管理已于11月20日结束", "参照乌海全市实施静默管理的做法": a silence ended or taken as a model (after
# the verb)
_SILENCE_ENDED = re.compile(r"(?:已|业已)(?:于|在)?[^。;:\n,]{0,16}?(?:结束|解除|取消|终止)|的(?:做法|经验|模式|方式)")
_SILENCE_VERB = re.compile(r"(?:实行|实施)(?=[^。;:\n,]{0,10}?(?:静默|静态)(?:管理|管控))")


def _hedged_silence(text: str) -> str:
    """A silence no office orders (under a condition, before, as a model, ended: _SILENCE_HEDGED, _SILENCE_ENDED)
    written with 采取 for its verb, which no rule of a designation reads: "如疫情扩散,向阳区全域实行静默管理" is
    read as no place, as "对A区实行静默管理" (with none of them) still is."""
    def verb(m: re.Match[str]) -> str:
        end = re.search(r"(?:管理|管控)", m.string[m.end():]) if m.string else None
        after = m.end() + end.end() if end else m.end()
        hedged = _SILENCE_HEDGED.search(m.string, 0, m.start()) or _SILENCE_ENDED.match(m.string, after)
        return "采取" if hedged else m.group()
    return _SILENCE_VERB.sub(verb, text)


# "决定从10月17日21时起对全市其他区域(海勃湾区、乌达区)实施静默管理" (乌海, autumn 2022), "对A区、B区实行静默管理":
# several districts put under silent management at once, listed (maybe in brackets after the rest of the whole
# they are, "全市其他区域"); read as one sentence each, "对A区实施静默管理,对B区实施静默管理". (Only when every item
# is a known district: "对A小区、B区实行…" is read as written.)
_DISTRICTS_SILENT = re.compile(
    rf"(?P<to>对|在)(?:全(?:市|县|区|旗)(?:范围内?)?(?:其他|其余|其它|剩余)(?:区域|地区|区县|县区|旗县|县\(市、区\))"
    rf"\((?P<bracketed>[{_CJK}、]{{5,80}})\)|(?P<listed>[{_CJK}]{{2,12}}?(?:、[{_CJK}]{{2,12}}?)+))"
    rf"(?P<verb>(?:继续|立即|统一|全面)?(?:实行|实施)(?:{_SILENT_DAYS})?(?:临时性?|全域|全境){{0,3}}(?:静默|静态)(?:管理|管控))"
    # (not the management's time or its people: "对A区、B区实行静默管理期间", "…静默管理的人员", "…静默管理后")
    r"(?!期间|时期|结束|解除|后|的|以来)")


# "自9月10日16时起,资中县、威远县和隆昌市实行全域静态管理" (内江, a city's report, autumn 2022): the listed
# districts the clause's subject (its last after 和, 及; two maybe joined by 和 alone), no 对; read as "对资中县
# 实行…,对威远县实行…" as above.
# (Only at a clause's start, every item a known district or a named development zone, one a known district at least:
# "A小区、B小区实行静默管理" is read as written; nor hedged, "如疫情扩散,A区、B区实行静默管理".)
_DISTRICTS_SUBJECT_SILENT = re.compile(
    rf"(?:(?<=^)|(?<=[,。;:\n]))(?P<listed>[{_CJK}]{{2,12}}?(?:、[{_CJK}]{{2,16}}?)*)"
    rf"(?P<verb>(?:继续|立即|统一|全面)?(?:实行|实施)(?:{_SILENT_DAYS})?(?:临时性?|全域|全境){{0,3}}(?:静默|静态)(?:管理|管控))"
    r"(?!期间|时期|结束|解除|后|的|以来)", re.M)


def _silenced_divisions(listed: str) -> list[str] | None:
    """The items of a list of districts silenced ("A区、B县和C市"), each a known district or a named development
    zone ("内江经开区", the city's zone listed among its districts), one a known district at least; None else."""
    items, districts = listed.split("、"), _divisions()[0]
    if items[-1] not in districts:
        # (the last two joined by 和, 及: "B县和C市"; not inside a name, "和平区")
        def known(item: str) -> bool:
            return item in districts or bool(_NAMED_ZONE.fullmatch(item))
        split = next(([items[-1][:at], items[-1][at + len(word):]] for word in ("以及", "和", "及", "与")
                      for at in [items[-1].find(word)] if at > 1
                      and known(items[-1][:at]) and known(items[-1][at + len(word):])), None)
        if split:
            items = items[:-1] + split
    if len(items) < 2 or not all(item in districts or _NAMED_ZONE.fullmatch(item) for item in items) \
            or not any(item in districts for item in items):
        return None
    return items


def _districts_silent(m: re.Match[str]) -> str:
    items = _silenced_divisions(m.groupdict().get("bracketed") or m["listed"])
    if items is None or _SILENCE_HEDGED.search(m.string, 0, m.start()):
        return m.group()
    # (a zone's whole, 全域 after the verb, is the zone itself: "对内江经开区实行静态管理")
    verb = m["verb"] if all(item in _divisions()[0] for item in items) else re.sub(r"全域|全境", "", m["verb"])
    return ",".join(f"{m.groupdict().get('to') or '对'}{item}{verb}" for item in items)


# "若尔盖县9月8日继续实行全县全域静态管理", "壤塘县2022年9月8日08时-9月11日08时,对全县继续实行全域静态管理",
# "马尔康市全市全域静态管理时间延长至9月11日8时" (阿坝, a roundup of its counties, autumn 2022): a named district at a
# sentence's start, then when (a time only), then its whole (全县 before or after the verb, 全域) put or kept under
# silent (static) management, or that management's time prolonged; read as "…,\nA县实行静态管理。\n" (then read as
# a named district's). (Not hedged, "如疫情扩散,A县…"; nor one ended in the sentence, "…,现予以解除"; nor a part
# named after the time, "A县9月8日起城区实行…"; nor a 全X of another kind than the district's, "A县全市…".)
_DIVISION_TIMED_WHOLE = re.compile(
    rf"(?:(?<=^)|(?<=[。;\n]))(?P<lead>[ \t]*)(?P<div>[{_CJK}]{{2,10}}?)"
    r"(?:(?P<time>(?:\d{4}年)?[\d年月日时点分:\-—–~至到零起止自从于即刻今明当晚早上下午中凌晨许]{2,40}?),?"
    r"(?:对(?=全))?(?P<own>全(?:县|区|旗|市))?(?:范围内?|域|全域|全境)?(?:继续|立即|统一|全面)?(?:实行|实施)"
    r"(?:临时性?)?(?P<own2>全(?:县|区|旗|市))?(?:全域|全境)?的?(?P<kind>静默|静态)(?:管理|管控)"
    r"(?!期间|时期|结束|解除|后|的|以来)"
    r"|(?P<own3>全(?:县|区|旗|市))?(?P<whole3>全域|全境)?的?(?:临时性?)?(?P<kind3>静默|静态)(?:管理|管控)的?"
    r"(?:时间|期限|时限|期)(?P<prolonged>(?:再|继续)?(?:延长|延续|顺延))"
    # (prolonged to a time or by days, not a rumour of it: "…静态管理时间延长的消息不实")
    r"(?=至|到|[\d一二两三四五六七八九十]|[,;。\n]|$))", re.M)


def _division_timed_whole(m: re.Match[str]) -> str:
    div, own = m["div"], m["own"] or m["own2"] or m["own3"]
    if div not in _divisions()[0] or (own and own[-1] != div[-1]) \
            or _SILENCE_HEDGED.search(m.string, 0, m.start("div")) or _SILENCE_ENDED.match(m.string, m.end()) \
            or re.match(r"[^。;\n]*?(?:解除|结束|取消|终止)", m.string[m.end():]) \
            or re.match(r"[^。;\n]*[。;]\s*[\d年月日时点分零起,]*(?:全面|有序|逐步|已|均已|已经)?"
                        r"(?:解除|结束|取消|终止)", m.string[m.end():]):
        # (nor one ended by the next sentence, no subject of its own: "A市9月1日实行全域静态管理。9月8日起全面解除。")
        return m.group()
    if m["prolonged"]:
        if not (own or m["whole3"]):
            return m.group()
        return f"{m['lead']}\n{div}实行{m['kind3']}管理。\n时间{m['prolonged']}"
    # (the time a time, a digit or a day's word in it; or, with none, the whole written after the verb)
    time = m["time"] or ""
    if not (re.search(r"\d|即刻|即日|今日|明日|当日", time) or (not time and m["own2"])):
        return m.group()
    return f"{m['lead']}{time}{',' if time else ''}\n{div}实行{m['kind']}管理。\n"


# "对临河区主城区(…)、八一乡、A镇B村和开发区辖区内所有居民群众开展核酸检测工作。核酸检测期间,对检测区域实行
# 静默管理,…" (巴彦淖尔, autumn 2022): the places tested, then the tested area (检测区域) put under silent management
# while the testing lasts; the places are what is silenced. Read as "对临河区主城区(…)、…和开发区实行静默管理,…".
# (Only when the next sentence silences the tested area itself: "对A区开展核酸检测。" alone names no level.)
_TESTED_THEN_SILENT = re.compile(
    r"(?<=对)(?P<obj>[^。;\n对]{2,400}?)(?:辖区|范围|区域)?内?的?(?:所有|全体|全部)?(?:居民群众|居民|群众|人员|市民)?"
    r"(?:开展|进行)(?:全员|区域)?核酸(?:检测|筛查)(?:工作)?。(?:[^。;,\n]{0,16}?(?:期间|时),)?"
    r"对?(?:检测|筛查|上述|以上)区域(?P<verb>(?:实行|实施)(?:临时性?)?(?:静默|静态)(?:管理|管控))")


def _tested_then_silent(m: re.Match[str]) -> str:
    # (only places tested: not groups of people, "对密切接触者开展核酸检测", "对进入A区的外来人员…", nor kinds of
    # venue, "对A区各小区、商超、农贸市场等场所…")
    if re.search(r"[的等各]|人员|人群|接触者|病例|场所|单位|商超|市场|门店", re.sub(r"\([^()]*\)", "", m["obj"])) \
            or m.string.startswith(("人员", "人群"), m.end("obj")):
        return m.group()  # (nor people with the group's word right after, "对次密接人员开展核酸检测")
    return m["obj"] + m["verb"]


# "关于全市实施静默管理的通告第24号" (乌海, autumn 2022): a title with its number run on after 通告 (no bracket, no
# line break); the number goes on a line of its own, so that the title reads as one ("…的通告").
_TITLE_NUMBER_RUN_ON = re.compile(rf"(?m)^(?P<title>[ \t]*[^\n,;。:]{{2,80}}?的(?:通告|公告|通知|决定))"
                                  rf"(?P<number>第[\d{_CN_NUM}]{{1,5}}号)[ \t]*$")
# "关于A区B小区划为高风险区的公告:根据疫情防控需要,将B小区划为高风险区。" (a report opening with the notice's
# title, a colon, then its text with its reasons, 为…, 根据…, 鉴于…): the title a line of its own (a headline over
# the text, whose places the text names again), no subject of the text's sentence ("关于A区B小区").
_TITLE_COLON_REASONS = re.compile(r"(?m)^(?P<title>[ \t]*关于[^,。:;\n]{2,40}的(?:公告|通告|通知)):"
                                  r"(?=(?:为了?|根据|鉴于)[^,。:;\n]{2,30},)")
# "10月17日21时起乌海全市实施静默管理的通告" (a site's headline): the city's short name before 全市, the whole city
# the notice's own (全市, named once the notice is known); read as "…起全市实施静默管理…". (Only a known city's
# name right before 全市, the silent management straight after it.)
_CITY_WHOLE_SILENT = re.compile(rf"(?P<city>[{_CJK}]{{2,4}}?)市?"
                                r"(?=全市(?:范围内?|域)?(?:实施|实行)(?:临时性?)?(?:静默|静态))")


def _city_whole_silent(m: re.Match[str]) -> str:
    city = m["city"]
    known = next((city[start:] for start in range(len(city) - 1) if city[start:] in _divisions()[1]), None)
    # (not a city that is itself a county-level division, 东莞市 or 嘉峪关市, nor a county-level city holding a
    # prefecture's name, 峨眉山市 (眉山): "东莞全市" is 东莞市, read as such)
    if known is None or any(f"{city[start:]}市" in _divisions()[0] for start in range(len(city) - 1)):
        return m.group()
    return city[:len(city) - len(known)]


# "当前我县疫情形势依然严峻,…,现就进一步加强静态管理有关事项通告如下" (江西, spring 2022) over items of measures
# only ("1.停止一切非必要流动。", "2.全县居民…"): the notice's own district (我县, 我区, 我市, 我旗 in the sentence)
# kept (加强: tightened) or put under static (silent) management, its items rules for everyone, no places; read as
# "…,\n全县实行静态管理。\n有关事项通告如下:" (then read as the whole's, the office's own division). (Not hedged,
# "如疫情扩散,…"; nor a lift, "解除静态管理有关事项"; nor a sentence that names no own district.)
_OWN_SILENCE_ITEMS_BELOW = re.compile(
    r"(?P<lead>(?:^|(?<=[。;\n]))[^。;:\n]*?我(?P<own>县|区|市|旗)[^。;:\n]*?),?(?:现|特)?就(?:进一步)?"
    r"(?:加强|严格|落实|实行|实施|继续实行|继续实施)(?:临时性?)?(?:全域)?(?P<kind>静态|静默)(?:管理|管控)(?:工作)?的?"
    r"(?P<tail>(?:有关|相关)?(?:事项|事宜|措施)(?:通告|公告)如下):?", re.M)


def _own_silence_items_below(m: re.Match[str]) -> str:
    if _SILENCE_HEDGED.search(m.string, 0, m.start("own")) or re.search(r"解除|结束|取消|如果|一旦|若", m["lead"]):
        return m.group()
    return f"{m['lead']},\n全{m['own']}实行{m['kind']}管理。\n{m['tail']}:"


# "经县防指研究决定,在全县范围内实行最严格管控措施。有关事宜通告如下:1.城区内各小区、单体楼、平房区严格实行封闭
# 管理,只保留一个出入口…。各村(屯)仅保留1条出入通道,…" (黑龙江, January 2021): the whole county's strictest control,
# its every estate and every village closed below: the county as a whole closed, read as "全县实行封闭管理" (then read
# as the whole's closure, the office's own division, sealed). (Only with both every estate and every village closed
# in the text after it, within three lines, blank lines not counted; not hedged; "全县实行最严格管控措施" over measures
# for people alone names no level.)
_WHOLE_STRICTEST_SITES_CLOSED = re.compile(
    r"(?:在|对)?(?P<own>全(?:县|区|市|旗))(?:范围内?|域|辖区内?)?(?:实行|实施|采取|落实)最严格的?(?:管控|防控|封控)措施"
    r"(?=(?:[^\n]{0,60}\n+){0,3}?[^\n]{0,400}?(?:各|所有|全部)(?:居民)?小区[^。;\n]{0,20}?(?:实行|实施|进行)封闭式?(?:管理|管控)"
    r"[^\n]{0,300}?(?:各|所有|全部)(?:行政)?村(?:\(屯\)|屯|组|庄)?[^。;\n]{0,12}?(?:仅|只)?(?:保留|封闭))")


def _whole_strictest_sites_closed(m: re.Match[str]) -> str:
    if _SILENCE_HEDGED.search(m.string, 0, m.start()):
        return m.group()
    return f"{m['own']}实行封闭管理"


# "解除高新开发区封控区(西至A路,北至B街,…的区域)和管控区(西到C路,…的区域)的封控管控措施,改为按防范区管理"
# (山东, spring 2022): the zones' measures lifted, each zone's area in brackets after its level, the areas then managed
# as precaution zones; read as "\n将A区(…)划为防范区。\n将…划为防范区。\n" (the district, when named, before each).
# (Only sealed / controlled zones each with its bracketed area, then 改为 / 调整为 按防范区管理: "解除封控区的封控措施"
# with no area, or "改为按防范区管理" with no zone lifted, names no place here.)
_ZONES_LIFTED_TO_PRECAUTION = re.compile(
    rf"解除(?P<div>[{_CJK}]{{2,12}}?)?(?P<parts>(?:(?:封控区|管控区)\([^()\n]{{2,300}}\)(?:和|、|及|以及)?){{1,3}})"
    r"(?<![和、及])的?(?:相应)?(?:封控|管控|封控管控|封控、管控|管控封控)?(?:管理)?措施,(?:并)?(?:改为|调整为|转为|降为)"
    r"按?防范区(?:管理|进行管理)?")


def _zones_lifted_to_precaution(m: re.Match[str]) -> str:
    div = m["div"] or ""
    if re.search(r"全|所有|各|部分|其他|其余", div) or _SILENCE_HEDGED.search(m.string, 0, m.start()):
        return m.group()  # (nor a lift under a condition: "如解除封控区(A)的封控措施,改为…")
    areas = re.findall(r"(?:封控区|管控区)\(([^()\n]+)\)", m["parts"])
    return "\n" + "".join(f"将{div}{area}划为防范区。\n" for area in areas)


# "A县决定自8月20日18时起实行临时性全域静态管理": the district, then when, then the whole area's management; read
# with the time first ("自8月20日18时起,A县实行…"), where the rule above finds the district before the verb.
_DIVISION_THEN_TIME = re.compile(
    rf"(?P<words>[{_CJK}]{{2,24}}?)(?:决定|宣布)?(?P<time>(?:自|从|于)[^,。;:\n]{{2,24}}?起),?"
    rf"(?=(?:继续|立即|统一|全面)?(?:实行|实施)(?:{_SILENT_DAYS})?(?:临时性?|全域|全境){{0,3}}(?:静默|静态)(?:管理|管控))")

# "经A区疫情防控指挥部研究,决定自9月10日12时起,继续实行临时性静态管理" (四川, autumn 2022): the district's office
# decides, the management named with no object: the office's own district is the place; read as "…决定自9月10日12时起,
# A区继续实行临时性静态管理" (then read as above).
_OFFICE_DECIDES_SILENT = re.compile(
    rf"经(?P<office>[{_CJK}]{{2,40}}?(?:指挥部|领导小组|指挥部办公室|人民政府))(?:研究|研判|会商|同意)(?:决定)?,{{1,2}}"
    r"(?:现)?决定(?P<time>(?:自|从|于)[^,。;:\n]{2,24}?起),{0,2}"
    rf"(?=(?:继续|立即|统一|全面)?(?:实行|实施)(?:{_SILENT_DAYS})?(?:临时性?|全域|全境){{0,3}}(?:静默|静态)(?:管理|管控))")


# "A市新冠肺炎疫情防控指挥部发布通告:决定于8月23日0时起在全域开展静默管理" (河北, summer 2022): the office's own
# district's whole area (全域 with no name before it) under silent management; read as "…在A市全域实行静默管理" (then
# read as a named district's is). (Only an office that names a known district; "在全域开展核酸检测" is no management.)
_OFFICE_WHOLE_AREA_SILENT = re.compile(
    rf"(?P<office>[{_CJK}]{{2,40}}?(?:指挥部办公室|指挥部|领导小组))(?P<mid>[^。\n]{{0,40}}?)在全域(?:开展|实行|实施)"
    rf"(?=(?:{_SILENT_DAYS})?(?:临时性?)?(?:静默|静态)(?:管理|管控))")


# "全县进入应急状态,加强社会面管控,…" over "三、全县启动3级应急响应,实行相对静态管理,酒吧…暂停营业" or "三、实行相对
# 静态管理,…" (眉山, autumn 2022): a numbered item opening with the whole county's (district's) static management,
# relative (相对: people still move for needs) or not, its subject 全县 (maybe with a clause before the verb) or
# none, the whole the lead put in an emergency state; read as "三、全县实行静态管理,…" (then read as the whole's
# silent management). (An item of measures for people, "实行相对静态管理的小区…", names a whole by no 全X: with no
# subject the lead must have put 全县 (全区, 全市) in an emergency state or under the management; else as written.)
_ITEM_RELATIVE_STATIC = re.compile(
    rf"(?m)^(?P<enum>[ \t]*(?:{_ENUM.pattern})[ \t]*)(?:(?P<own>全(?:县|区|旗|市))(?:范围内?|域)?"
    r"(?:[^,。;:\n]{2,20}?,)?)?(?:实行|实施)(?:临时性?)?(?:相对)?(?P<kind>静态|静默)(?:管理|管控)(?=[,;。]|$)")
_WHOLE_IN_EMERGENCY = re.compile(r"(?P<own>全(?:县|区|旗|市))(?:范围内?|域)?(?:进入|启动|实行|实施)"
                                 r"[^,。;:\n]{0,12}?(?:应急状态|应急响应|静态管理|静默管理)")


def _item_relative_static(m: re.Match[str]) -> str:
    own = m["own"]
    if own is None:
        leads = list(_WHOLE_IN_EMERGENCY.finditer(m.string, 0, m.start()))
        if not leads:
            return m.group()
        own = leads[-1]["own"]
    return f"{m['enum']}{own}实行{m['kind']}管理"


# "经A市B区疫情防控指挥部分析研判,决定将全域静态管理延长至9月2日24:00" (辽宁, summer 2022): the office's own
# district's whole area (全域 with no name) kept under silent (static) management; read as "…决定,\nB区实行静态管理。
# \n时间延长至…" (the district nearest the office's words; an office naming none, or a prefecture city's, is left).
_OFFICE_WHOLE_PROLONGED = re.compile(
    rf"经(?P<office>[{_CJK}]{{2,40}}?(?:指挥部办公室|指挥部|领导小组))(?:分析|综合|审慎)?(?:研究|研判|会商)(?:决定)?,"
    r"(?:现)?决定,?(?:将|把)(?:全域|全境)的?(?:临时性?)?(?P<kind>静默|静态)(?:管理|管控)的?(?:时间|期限|时限|期)?"
    r"(?=(?:再|继续)?(?:延长|延续|顺延))")


# (the office of a town, a street, a community or a zone inside the district, "A区B镇疫情防控指挥部": its 全域 is
# that place's own, no whole district)
_LOWER_OFFICE = re.compile(r"街道|[镇乡村]|社区|园区|开发区|高新区|经开区|新区|管委会|办事处|片区")


def _named_division(name: str, longest: bool = False) -> tuple[str, int] | None:
    """The known district (区, 县, county-level 市, 旗) a name holds, with where it ends in the name: the one nearest
    its end ("保定市涿州市新冠肺炎疫情防控指挥部" is 涿州市's), or with ``longest`` the longest; None when none."""
    districts = _divisions()[0]
    found = [(end, end - start) for start in range(len(name))
             for end in range(start + 2, min(len(name), start + 8) + 1) if name[start:end] in districts]
    if not found:
        return None
    end, size = max(found, key=lambda f: (f[1], f[0])) if longest else max(found)
    return name[end - size:end], end


def _office_whole_prolonged(m: re.Match[str]) -> str:
    office = m["office"]
    named = _named_division(office)
    if named is None or _LOWER_OFFICE.search(office, named[1]):
        return m.group()
    return (m.group()[:m.start("kind") - m.start()].split("决定")[0] + "决定,\n"
            + f"{named[0]}实行{m['kind']}管理。\n时间")


# "采访人员从A市…疫情防控工作指挥部了解到,…,从1月20日零时起,实行城乡人员封户管控" (黑龙江, January 2021): every
# household of the office's own district sealed (封户), no object named; read as "…起,对A市所有居民住户实行封闭管理"
# (then read as a named district's every household closed). (Only with no object: "对A小区实行封户管控" is the
# place's; an office naming no known district is left.)
_OFFICE_HOMES_SEALED = re.compile(
    rf"(?P<office>[{_CJK}]{{2,40}}?(?:指挥部办公室|指挥部|领导小组))(?P<mid>[^。\n]{{0,80}}?(?:起|决定),)"
    r"(?:(?:立即|全面|统一)?(?:实行|实施))(?:全域|全市|全县|全区|城乡|全体)*(?:人员|居民)?封户(?:管控|管理)"
    r"(?=[,。;\n]|$)")


def _office_homes_sealed(m: re.Match[str]) -> str:
    office = m["office"]
    # (the office's words, then only when: no object or subject of the sealing, "对A小区自…起,实行封户管控", "高风险
    # 区自…起,…", nor a lift before it, "解除A小区封控,自…起,…")
    clauses = re.split(r"[,:;]", m["mid"].rstrip(","))
    if not re.fullmatch(r"(?:研究|研判|会商)?决定|(?:自|从|于)?(?:\d{4}年)?(?:\d{1,2}月\d{1,2}日|即日|今日|明日)?"
                        r"(?:零时|\d{1,2}时|\d{1,2}点)?(?:起|开始)", clauses[-1]) \
            or any(re.search(r"[对将把在]|解除|风险|[封管]控区|小区|单元|楼|社区|村|镇|街道|区内", c) for c in clauses):
        return m.group()
    named = _named_division(office)
    if named is None or _LOWER_OFFICE.search(office, named[1]):
        return m.group()
    return f"{office}{m['mid']}对{named[0]}所有居民住户实行封闭管理"


def _office_whole_area_silent(m: re.Match[str]) -> str:
    office = m["office"]
    named = _named_division(office)  # (the district nearest the office's words)
    if named is None:
        return m.group()
    district, end = named
    if lower := _LOWER_OFFICE.search(office, end):
        # "A区B镇疫情防控指挥部决定在全域实行静默管理": the town's whole (B镇), no district's
        town = office[end:lower.end()]
        return f"{office}{m['mid']}对{town}实行" if re.fullmatch(rf"[{_CJK}]{{1,12}}", town) else m.group()
    return f"{office}{m['mid']}在{district}全域实行"


def _office_decides_silent(m: re.Match[str]) -> str:
    office = m["office"]
    named = next((office[:end] for end in range(len(office), 1, -1) if office[:end] in _divisions()[0]), None)
    return m.group() if named is None else f"{m.group().rstrip(',')},{named}"


def _division_then_time(m: re.Match[str]) -> str:
    words = m["words"]
    named = next((words[start:] for start in range(len(words)) if words[start:] in _divisions()[0]), None)
    if named is None:
        return m.group()
    return words[:-len(named)] + m["time"] + "," + named


# "林西县即刻起进入静默状态,各小区实行封闭管理" (内蒙古, autumn 2022), "当日起呼玛县延长静默管理5天" (黑龙江, a
# report; "延伸" a copy's rewording of 延长): a named district entering (or kept in) silence, its own notice's (the
# district named in the title); read as "即刻起,林西县实行静默管理" (then read as a named district's silence). (Not
# a silence told or hedged: "此前A县进入静默状态", "如疫情扩散,A县进入静默状态", "A县静默管理已于11月20日结束";
# nor a district that is not the notice's own, or one a town's office writes of; nor the title, a headline the text
# repeats.)
_DIVISION_SILENCE_ENTERED = re.compile(
    rf"(?P<words>[{_CJK}]{{2,24}}?)(?P<time>(?:即刻|即日|立即|当日|今日|今天|明日)起|(?:自|从|于)[^,。;:\n]{{2,24}}?起)?,?"
    r"(?:(?:继续|再)?(?:延长|延伸|延续|顺延)(?P<kind>静默|静态)(?:管理|管控)|(?:全域|全面)?进入(?P<state>静默|静态)状态)"
    r"(?!期间|时期|结束|解除|后|的|以来|[^。;\n]{0,20}?(?:结束|解除))")


def _title_district(text: str) -> tuple[str, int] | None:
    """The known district the notice's title (its first non-empty line) names, with where it ends in the title."""
    return _named_division(next((line for line in text.split("\n") if line.strip()), ""), longest=True)


def _division_silence_entered(m: re.Match[str]) -> str:
    words, districts = m["words"], _divisions()[0]
    start = next((start for start in range(len(words) - 1) if words[start:] in districts), None)
    own = _title_district(m.string)
    # (the title's own words are the headline over the text, which names the silence again: read once, in the text)
    if m.start() < len(m.string) - len(m.string.lstrip()) + len(m.string.lstrip().split("\n", 1)[0]):
        return m.group()
    if start is None or own is None or own[0] != words[start:] \
            or _LOWER_OFFICE.search(m.string.split("\n", 1)[0].strip(), own[1]) \
            or _SILENCE_HEDGED.search(m.string, 0, m.start() + start):
        return m.group()
    lead = words[:start] + (m["time"] or "")
    return f"{lead}{',' if lead else ''}{words[start:]}实行{m['kind'] or m['state']}管理"


# "2、全区居民一律居家不得外出,家庭成员之间相互保持安全距离" (齐齐哈尔, January 2021): every resident of the
# office's own district kept at home, no exception of need: the whole district's silence; read as "全区实行静默管理"
# (then read as the whole's). (Only all residents with no exception: "全区居民非必要不离开" among general measures is
# a rule for people, no place; nor under a hedge, "如疫情扩散,…"; nor from an office of a town or street inside the
# district, or one naming no known district.)
_WHOLE_RESIDENTS_HOME = re.compile(
    r"(?P<own>全(?:县|区|旗))(?:全体|所有)?(?:居民群众|城乡居民|居民|群众|人员)(?:一律|全部|全体|均)?居家,?"
    r"(?:不得|严禁|禁止|一律不得)(?:外出|出门)"
    # (not the rule named, ended or timed: "全区居民一律居家不得外出的规定已于11月20日解除", "…期间")
    r"(?!的|期间|[^。;\n]{0,20}?(?:解除|结束|取消|停止|终止))")


def _office_own_division(m: re.Match[str]) -> str | None:
    """The known division nearest the end of the notice's office's name, when it is of the kind of the match's 全X
    ("全旗" under 苏尼特右旗…指挥部) and no town's or street's office follows it; None under a hedge."""
    return _office_division_of(m.string, m.start(), m["own"][-1])


def _office_division_of(text: str, at: int, kinds: str = "县区旗市") -> str | None:
    """The known division of the notice's office (its first office's name, as _office_own_division), of one of the
    ``kinds`` (its last character), when nothing at ``at`` is hedged and no town's or street's office follows it."""
    office = re.search(rf"[{_CJK}]{{2,40}}?(?:指挥部办公室|指挥部|领导小组)", text)
    if office is None or _SILENCE_HEDGED.search(text, 0, at):
        return None
    named = _named_division(office.group())
    if named is None or named[0][-1] not in kinds or _LOWER_OFFICE.search(office.group(), named[1]):
        return None
    return named[0]


def _whole_residents_home(m: re.Match[str]) -> str:
    return m.group() if _office_own_division(m) is None else f"{m['own']}实行静默管理"


# "11月9日至15日人员减少流动,卡若城区居民原则上居家不外出" (西藏, autumn 2022): a named area (a known district, or a
# district's town area, "A城区" / "A县城" with the district's name in full or short) whose residents are kept at home
# for set days (a span of dates in the sentence before, or "居家7天"): the area's silence; read as "对A城区实行静默
# 管理".
# (Not hedged, "如疫情扩散,…"; nor a span of no days, "居民原则上居家不外出" alone (a standing appeal); nor
# returning people's home monitoring, "返乡人员居家7天健康监测"; nor an area not known as a division's.)
_AREA_RESIDENTS_HOME = re.compile(
    rf"(?:(?<=[,。;:\n])|^)(?P<area>[{_CJK}]{{2,10}}?)(?:全体|所有)?(?:居民|市民|群众)(?:原则上|一律|全部|均)?"
    r"居家(?P<days>(?:\d{1,2}|[一二两三四五六七八九十]{1,3})(?:天|日))?,?(?:不外出|不得外出|不出门|不得出门)(?=[,。;]|$)")
_DAYS_SPAN = re.compile(r"\d{1,2}月\d{1,2}日(?:\d{1,2}(?:时|点))?(?:至|到|-|—|~)(?:\d{1,2}月)?\d{1,2}日")


def _division_area(area: str) -> bool:
    """Whether an area is a known county-level division, or its town area (城区, 主城区, 县城) written after the
    division's name in full or short ("卡若城区" of 卡若区)."""
    districts = _divisions()[0]
    if area in districts:
        return True
    town = re.fullmatch(rf"(?P<name>[{_CJK}]{{2,8}}?)(?:主城区|城区|县城)", area)
    return bool(town) and (town["name"] in districts or any(town["name"] + kind in districts for kind in "区县市旗"))


def _area_residents_home(m: re.Match[str]) -> str:
    sentence = m.string[max(m.string.rfind("。", 0, m.start()), m.string.rfind("\n", 0, m.start())) + 1:m.start()]
    if not _division_area(m["area"]) or not (m["days"] or _DAYS_SPAN.search(sentence)) \
            or _SILENCE_HEDGED.search(m.string, 0, m.start()) \
            or re.search(r"返|入|来|抵|密接|接触|隔离|外地", sentence) \
            or re.search(r"新增|病例|确诊|阳性|感染者?|累计|报告", sentence):  # (review rv55: a span of counts)
        return m.group()
    return f"对{m['area']}实行静默管理"


# "市民从即日起自行居家两周,每户家庭每周不超过2人次外出采购生活物资,无其他特殊情况一律不得外出" (浙江, February 2020):
# the residents of the office's own division (市民 of a county-level city, 居民 of any, 全县居民 of a county) kept at
# home for a set time, going out forbidden but for needs: the division's silence; read as "A市实行静默管理。". (Not
# hedged or merely advised, "建议市民居家两周"; nor returning people's or contacts' home health monitoring, "返乡人员
# 居家14天健康监测"; nor with no ban on going out; nor from a town's office or a prefecture city's.)
_OWN_RESIDENTS_HOME_SPAN = re.compile(
    r"(?:(?<=[,。;:\n、])|^)(?P<own>全(?:县|区|旗|市))?(?:全体|所有|广大)?(?:城乡)?(?P<who>居民|市民|群众)"
    r"(?P<mid>[^。;\n]{0,16}?)居家(?:(?:\d{1,2}|[一二两三四五六七八九十]{1,3})(?:天|日|周)|一个月|半个月)"
    r"(?!健康监测|隔离|观察|[^。;\n]{0,4}(?:监测|隔离|观察))"
    # (review rv55: not what follows the days, "居家14天期满后,不得外出聚集", "不得外出的人员")
    r"(?!期满|届满|后|以后|之后|结束|期间)"
    r"(?=[^。\n]{0,60}?(?:一律)?(?:不得|不准|严禁|禁止)(?:外出|出门)(?!的|聚集))")


def _own_residents_home_span(m: re.Match[str]) -> str:
    kinds = m["own"][-1] if m["own"] else "市" if m["who"] == "市民" else "县区旗市"
    if re.search(r"返|入|来|抵|密接|接触|隔离|外地|建议|倡导|提倡|尽量|鼓励|可以|自愿", m["mid"]):
        return m.group()
    own = _office_division_of(m.string, m.start(), kinds)
    return m.group() if own is None else f"{own}实行静默管理。{m.group()}"


# "平乡全县采样人员实行“隔离管控”,无特殊情况不准外出" (河北, January 2021, a report): the people of a whole county
# (district, banner; named in full or short before 全X, or the office's own) under isolation control, none going out
# but in special cases: the whole's silence; read as "平乡县实行静默管理。". (Not a group of people, "全县密接人员实行
# 隔离管控"; nor hedged; nor a county no name or office gives.)
_WHOLE_ISOLATION_CONTROL = re.compile(
    rf"(?P<words>[{_CJK}]{{0,8}}?)(?P<own>全(?:县|区|旗|市))(?:范围内?|域)?(?P<who>[{_CJK}]{{0,4}}?(?:人员|居民|群众))?"
    r"(?:实行|实施)[“\"]?(?:居家)?隔离管控[”\"]?,?(?:无|除)(?:其他)?特殊(?:情况|原因|需要)(?:外)?,?(?:一律)?"
    r"(?:不准|不得|不许|严禁)(?:外出|出门)")


def _whole_isolation_control(m: re.Match[str]) -> str:
    if m["who"] and re.search(r"密|接触|返|来|入|外地|隔离|重点|风险|阳性|病例|工作|医务|管理", m["who"]):
        return m.group()
    if _SILENCE_HEDGED.search(m.string, 0, m.start()):
        return m.group()
    words, kind, districts = m["words"], m["own"][-1], _divisions()[0]
    # (the division before 全X, in full, "平乡县全县", or short, "平乡全县": its words the rest of the clause's)
    written = next((words[start:] for start in range(len(words) - 1) if words[start:] in districts
                    and words[start:].endswith(kind)), None) \
        or next((words[start:] for start in range(len(words) - 1) if words[start:] + kind in districts), None)
    if written:
        return f"{words[:-len(written)]}\n{written.rstrip(kind)}{kind}实行静默管理。\n"
    own = _office_own_division(m)
    return m.group() if own is None else f"{words}\n{own}实行静默管理。\n"


# "从即刻起,全县实行人员静止,…居家等候检测结果" (山东, summer 2022), "全区实行全域静默": the whole of the office's
# own county (district; or of the district named right before 全X) with its people stopped: the whole's silence; read
# as "全县实行静默管理" (then read as the whole's). (Not hedged, "如疫情扩散,全县实行人员静止"; nor ended or timed,
# "全县实行人员静止期间", "…已于7月30日解除"; nor from a town's office, nor with no known division to own it.)
_WHOLE_PEOPLE_STILL = re.compile(
    r"(?P<own>全(?:县|区|旗|市))(?:范围内?|域)?(?:立即|即时|全面|统一|一律)?(?:实行|实施|进入)(?:人员|全域)(?:静止|静默)"
    # (管理, 状态 taken whole before the look: "全县实行全域静默管理期间" is no order)
    r"(?:管理|状态)?+(?!期间|时期|结束|解除|后|的|以来|[^。;\n]{0,20}?(?:解除|结束|取消|停止|终止))")
# "1.自2021年1月16日0时至22日24时起,全县实行从严管理;2.请广大居民非必要不出村、社区,自觉执行居家7天的防控措施"
# (河北, January 2021): the office's own whole county (district, banner) under strict management whose residents are
# kept at home for days: the whole's silence; read as "全县实行静默管理". (Only with the residents' days at home in the
# notice; not returning people's or contacts' home health monitoring, "返乡人员居家7天健康监测"; nor hedged, nor from
# a town's office.)
_WHOLE_STRICT = re.compile(r"(?P<own>全(?:县|区|旗))(?:范围内?|域)?(?:全面|统一|一律)?(?:实行|实施)最?(?:从严|严格)的?"
                           r"(?:管理|管控)(?:措施)?(?=[;。,\n]|$)")
_RESIDENTS_HOME_DAYS = re.compile(rf"(?:广大|全体|所有|全县|全区|全旗)(?:城乡)?居民(?P<mid>[^。;\n]{{0,30}}?)居家"
                                  rf"(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})(?:天|日)(?!健康监测|隔离|[^。;\n]{{0,4}}(?:监测|隔离))")


def _whole_people_still(m: re.Match[str]) -> str:
    before = re.search(rf"[{_CJK}]{{2,12}}$", m.string[:m.start()])
    named = next((before.group()[start:] for start in range(len(before.group()) - 1)
                  if before.group()[start:] in _divisions()[0]), None) if before else None
    if named and named.endswith(m["own"][-1]) and not _SILENCE_HEDGED.search(m.string, 0, m.start()):
        return f"{m['own']}实行静默管理"
    return m.group() if _office_own_division(m) is None else f"{m['own']}实行静默管理"


def _whole_strict(m: re.Match[str]) -> str:
    home = _RESIDENTS_HOME_DAYS.search(m.string)
    if home is None:
        return m.group()
    # (the hedge in the residents' item, its number no clause's start: "2.如疫情扩散,请广大居民…居家7天")
    item = re.sub(rf"^[ \t]*(?:{_ENUM.pattern})[ \t]*", "",
                  m.string[m.string.rfind("\n", 0, home.start()) + 1:home.start()])
    # (nor the residents of a part, "东风镇广大居民…", "高风险区广大居民…", nor of the past, "去年全体居民居家7天的
    # 经验"; nor at home on a sign, "出现症状居家7天")
    if re.search(r"返|来|抵|入境|密接|接触|隔离|外地|出现|症状|发热|如|若", home["mid"]) \
            or _SILENCE_HEDGED.search(item) \
            or re.search(r"[镇乡村]|社区|小区|街道|风险区|封控区|管控区|防范区|去年|此前|之前|前期|曾|以往", item):
        return m.group()
    return m.group() if _office_own_division(m) is None else f"{m['own']}实行静默管理"


# "决定在全旗实行严格的社会面管控措施,现就有关事项公告如下" (内蒙古, 2022): the office's own whole banner (county,
# district) under control of society: the controlled level, read as "将A旗划为管控区。". (Not when the notice
# silences its division too, "林西县即刻起进入静默状态": one level per place, the silence wins; nor hedged, nor from
# a town's or street's office, nor "全旗居民非必要不离开", a rule for people.)
_WHOLE_SOCIETY_CONTROLLED = re.compile(
    r"(?<=在)(?P<own>全(?:县|区|旗))(?:范围内?)?(?:实行|实施)(?:严格的?|全面的?)?社会面管控(?:措施)?")


def _whole_society_controlled(m: re.Match[str]) -> str:
    if re.search(r"(?:静默|静态)(?:状态|管理|管控)", m.string):
        return m.group()
    own = _office_own_division(m)
    return m.group() if own is None else f"{m['own']}社会面管控。\n将{own}划为管控区。\n"


# "决定自2022年9月25日早5时起,对A县城区实行全面管控。…1.全面管控期间,…全体居民居家,小区封闭管理" (江西, autumn
# 2022): a full control whose own measures keep every resident at home is static management, the silent level; read
# as "对A县城区实行静默管理". (Only when the notice's item for the control's time keeps all residents at home: "对进出
# A镇的所有道路实施全面管控。管控期间,人员只进不出" is a traffic measure, no level; nor a hedged one.)
_FULL_CONTROL_AT_HOME = re.compile(r"(?P<verb>实行|实施)全面管控(?=[。,;\n]|$)")
_FULL_CONTROL_HOMES = re.compile(r"全面管控期间,[^。\n]{0,60}?(?:全体|所有)(?:居民|市民|群众)(?:一律|全部|均)?居家"
                                 # (not a rule named or ended: "全体居民居家的要求解除后")
                                 r"(?!的|[^。;\n]{0,20}?(?:解除|结束|取消|停止|终止))")


def _full_control_at_home(m: re.Match[str]) -> str:
    if not _FULL_CONTROL_HOMES.search(m.string, m.end()) or _SILENCE_HEDGED.search(m.string, 0, m.start()):
        return m.group()
    # (not roads or ways in and out controlled, "对进出A镇的所有道路实施全面管控": a traffic measure)
    if re.search(r"道路|路口|通道|卡口|进出|出入|车辆|人员", re.split(r"[。;,\n]", m.string[:m.start()])[-1]):
        return m.group()
    return f"{m['verb']}静默管理"


def _whole_managed(m: re.Match[str], whole: str) -> str:
    """The whole's sentence of its own: "A县实行静默管理。", or for a closure "将A县划为封控区。", the sealed
    level's (as "对A县实行封闭管理" is read before), kept in its item's line after the time ("一、自3月17日14时起,
    将A县划为封控区。")."""
    return f"将{whole}划为封控区。\n" if m["closed"] else f"\n{whole}实行{m['kind']}管理。\n"


# "二、实施范围\n吉水县城赣江以东区域。": an item heading the management's scope, its place alone on the next line
# (blank lines between them too, as a page copied paragraph by paragraph has them)
_SCOPE_ITEM = re.compile(rf"(?m)^[ \t]*(?:{_ENUM.pattern})[ \t]*(?:实施|管理|管控)范围[ \t:]*\n(?:[ \t]*\n){{0,3}}"
                         rf"[ \t]*(?P<scope>[{_CJK}]{{4,30}}?(?:区域|城区|片区))[ \t]*。?[ \t]*$")


def _whole_division_silent(m: re.Match[str]) -> str:
    words = m["words"]
    if m["closed"] and (not (m["own"] or m["whole"]) or words.endswith(("对", "在", "将", "把"))):
        return m.group()  # (a closure of no whole written, or one the 对 form reads as it stands)
    if m["closed"] and (_SILENCE_HEDGED.search(m.string, 0, m.start()) or m.string.startswith("以来", m.end())):
        # (a closure under a condition, "如疫情扩散,全县实行封闭管理", one that was, or the time since one:
        # "全县实行封闭管理以来,…": no order)
        return m.group()
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    if m.start() and m.string[m.start() - 1] == "、" and not m["own"] and words in _divisions()[0] \
            and not _ENUM.fullmatch(m.string[line_start:m.start()].strip()):
        # "对青石村、乌达区实施静默管理": the district is the last of a list of places the sentence silences, each a
        # place of its own, read as the list is (not the district alone, the items before it cut off; "三、乌达区
        # 实施静默管理" is an item's number)
        return m.group()
    # "在甲全区全域实施静态管理" of a district whose name ends in 全 before its kind (万全区, 天全县): the 全区 read
    # as the whole's word is the end of the name; the district so named is the place
    whole = next((words[start:] + m["own"] for start in range(len(words))
                  if words[start:] + m["own"] in _divisions()[0]), None) if m["own"] else None
    if whole:
        return words[:len(words) + len(m["own"]) - len(whole)] + _whole_managed(m, whole)
    if m["own"]:
        # "山西某市A县全县继续实行临时性全域静态管理": the county named, then 全县 (the same county) as the subject
        named = next((words[start:] for start in range(len(words)) if words[start:] in _divisions()[0]), None)
        if named and named.endswith(m["own"][-1]):
            return words[:-len(named)] + _whole_managed(m, named)
        # "在A全区范围内实施静态管理": the district's name without its 区 (县, 旗, 市), then 全区 (the whole of it):
        # the district A区 is the place
        short = next((words[start:] for start in range(len(words) - 1)
                      if words[start:] + m["own"][-1] in _divisions()[0]), None)
        if short and not named:
            return words[:-len(short)] + _whole_managed(m, short + m["own"][-1])
        if words and not words.endswith(("在", "对", "决定", "起")):
            return m.group()
        if m["closed"]:
            return words + _whole_managed(m, m["own"])
        # "在全县实行临时静态管理…二、实施范围\nA县城B江以东区域。" (江西, 2022): a scope item, when present,
        # names what the lead's whole is: its place replaces 全县
        scope = _SCOPE_ITEM.search(m.string, m.end())
        # (else the office's own division, when the office is one of the whole's kind: "新乐市…领导小组" over
        # "决定在全市实行静默管理" is 新乐市's; a prefecture city's office leaves 全市 to the notice's district)
        own = scope["scope"] if scope and not re.search(r"全(?:县|区|旗|市|域|境)|其他|其余", scope["scope"]) \
            else (_office_own_division(m) or m["own"])
        return words[:-1] + _whole_managed(m, own) if words else _whole_managed(m, own)
    districts = _divisions()[0]
    for start in range(len(words)):
        if words[start:] in districts:
            return words[:start] + _whole_managed(m, words[start:])
    # "鹤岗市全域实行三天静默期管控": a prefecture-level city's whole area (全域, 全境 written: the city's name alone
    # may be its centre) is the city itself
    # ("满洲里实行临时性全域静默管理", a headline: 全域 after the verb is the whole all the same, for the short name
    # below; not for a prefecture city's, whose name alone may be its centre)
    after_whole = re.search(r"全域|全境", m.group()[len(words):]) is not None and not m["closed"]
    if m["whole"] in ("全域", "全境") or after_whole:
        for start in range(len(words) - 2 if m["whole"] else 0):
            if words[start:].endswith("市") and words[start:-1] in _divisions()[1]:
                return words[:start] + _whole_managed(m, words[start:])
        # "尚志全域实行封闭管理": a county-level division by its short name (尚志市), one known division so ending,
        # the clause's subject (not the end of a longer name: "金华龙全域" is no 华龙区)
        for start in range(len(words) - 1):
            named = [words[start:] + kind for kind in "市县区旗" if words[start:] + kind in districts]
            if len(named) == 1 and (start == 0 or words[:start].endswith(("起", "决定", "现"))):
                return words[:start] + _whole_managed(m, named[0])
    return m.group()


# "长宁县解除全域静态管理(长宁镇、老翁镇除外)", "A区全域解除静默管理(B街道除外)": a named district lifts its
# whole area's silent management but the parts in brackets; read as "长宁县(长宁镇、老翁镇
# 除外)解除静态管理", the district with its exception the place (the district is found as the longest known one at
# the end of the words before the verb, so "现长宁县" is 长宁县).
_WHOLE_LIFT_EXCEPT = re.compile(
    rf"(?P<words>[{_CJK}]{{2,16}}?)(?P<w1>全域|全境)?(?P<verb>(?:有序|全面|逐步|正式)?解除)(?P<w2>全域|全境)?"
    r"(?:范围内?)?的?(?P<level>(?:临时)?(?:静默|静态)(?:管理|管控))"
    r"(?P<exc>\((?:[^()\n]{1,80}?)(?:除外|以外|之外)\))?")


def _whole_lift_except(m: re.Match[str]) -> str:
    """(without an exception, "A县解除全域静态管理" is the district's own lift: "A县解除静态管理")"""
    words = m["words"]
    if not (m["exc"] or m["w1"] or m["w2"]):
        return m.group()
    for start in range(len(words) - 1):
        if words[start:] in _divisions()[0]:
            return f"{words[:start]}{words[start:]}{m['exc'] or ''}{m['verb']}{m['level']}"
    return m.group()


# "中心城区除划定为高风险区、中风险区继续按有关规定实施管控外,其他区域全面解除临时管控措施" (湖北, late 2022): a
# named area's temporary control lifted but for its standing level areas (none named: the levels' areas are kept as
# they are), the lift's object written as the area's rest; the area is the place, as a whole district's lift with its
# exception is read above: "解除中心城区临时管控措施". (Only an area below a district, "A镇", "主城区"; the rest of
# a whole district or city is no place: "全县除…外,其他区域解除…", "A县除…外,…" are left; and only levels excepted:
# "A镇除B村外,其他区域解除…" names B村, read as written.)
_REST_LIFTED_BUT_LEVELS = re.compile(
    rf"(?m)(?:^|(?<=[,。;:]))(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*)(?P<obj>[^,。;:()\n除]{{2,30}}?)"
    r"除(?P<exc>[^,。;:()\n]{2,60}?)(?:以外|之外|外),(?:其他|其余|其它)(?:区域|地区)(?:全面|有序|逐步|一律|均)?"
    r"解除(?P<lv>(?:临时性?)?(?:封控|管控|静默|静态)(?:管理|措施)?)(?=[,。;\n]|$)")
# (the exception: the areas of the levels, maybe "划定为" before them and what they keep after:
# "继续按有关规定实施管控")
_LEVELS_EXCEPTED = re.compile(rf"(?:已经?|现有|目前)?(?:被)?(?:划定|划|列|确定)?为?的?"
                              rf"(?:{_LEVEL}|[高中低]风险(?:地区|区域|区)?)(?:[、和及与](?:{_LEVEL}|[高中低]风险(?:地区|区域|区)?))*"
                              r"(?:(?:继续|仍然?|依然)[^,。;:()\n]{0,30})?")


def _rest_lifted_but_levels(m: re.Match[str]) -> str:
    obj = re.sub(r"^对于?", "", m["obj"].strip())
    # (nor divisions counted or referred to: "对这4个县市区除封控区、管控区和防范区以外,其他区域解除管控")
    if not _LEVELS_EXCEPTED.fullmatch(m["exc"]) or not _AREA_END.search(obj) or _district_ok(obj) \
            or re.search(r"^(?:全|本|我|该|各|此|这|那|辖区)|[县市旗]$|县区$|人员|人群|居民|群众|车辆|场所|其他|其余"
                         r"|其它|上述|以上|风险|个", obj) \
            or _LEVEL_RE.search(obj):
        return m.group()
    return f"{m['lead']}解除{obj}{m['lv']}"


# "临时全域封闭管理区域:A区全域", "关于实施临时全域封闭管理的通告": closed management over a whole district
# (every village and compound shut, people kept at home: "人员静态管理", "足不出户") is a whole district's
# temporary silent (static) management, as "全县实行临时静默管理"; read as its words. (封闭 alone, "对A小区实行封闭
# 管控", stays the sealed level's.)
_WHOLE_CLOSED = re.compile(r"(?:临时性?)?全域封闭(?:管理|管控)")

# "封控区域:A市所有村(居)、社区实行封闭管理,每个村(居)…", "管控范围:全县所有小区、村庄": every village and
# community of a district (named, or its own 全县) as a level's object is the whole district; read as "A市全域,"
# (the notice's own district's 全域 is the district itself, _name_whole_own). Only right after a label's colon:
# "全区所有村居实行临时封闭管理" among the measures is a rule for them, no place.
_EVERY_KIND_WORD = (r"(?:村\((?:居|社区)\)|村居|村庄|行政村|自然村|村|社区|居委会|居民小区|小区|单位|区域|地区)"
                    r"(?:\((?:村|社区|小区|居|单位)\))?")  # ("所有小区(村)": the other kind in brackets)
_ALL_OF_DIVISION = re.compile(rf"(?<=:)(?P<division>[{_CJK}]{{2,12}}?|全(?:县|区|旗|市))(?:所有|全部)"
                              rf"{_EVERY_KIND_WORD}(?:[、和及与]{_EVERY_KIND_WORD})*(?P<end>实行|实施|[,;。\n]|$)")


def _all_of_division(m: re.Match[str]) -> str:
    division = m["division"]
    if not division.startswith("全") and division not in _divisions()[0]:
        return m.group()
    whole = "全域" if division.startswith("全") else division + "全域"
    return whole + ("," + m["end"] if m["end"] in ("实行", "实施") else m["end"])


# "三、防范区 全区所有区域均为防范区", "全县范围均为低风险区": a line of its own saying the notice's whole district is
# at a level (nothing excepted: "全区除…外" and "其他区域" are the rest, no place) is the district itself; read as
# "全域为防范区" (_name_whole_own names it).
_WHOLE_OWN_AT_LEVEL = re.compile(rf"(?m)^(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*)全(?:区|县|市|旗)(?:所有|全部)?"
                                 rf"(?:区域|范围|地区|辖区)?内?(?:均|都|全部|一律)?(?:为|划为|列为|划定为)(?P<level>{_LEVEL})"
                                 r"。?[ \t]*$")

# "将A区B小区1号楼及C园区D路以南、E街以西、F街以东整体划为管控区": a named place, 及, then an area written as its
# bounds (its "、" between the bounds): two places; read as "B小区1号楼;C园区D路以南、…" so the bounds stay whole.
_BOUND = r"[^,;。:、及\n()]{1,30}?以(?:[东西][南北]?|[南北])"
# ("将A街道B店及C高速以东、D路以南、E山体以北(含有F村)范围内除G中心以外区域,H街道I小区划为高风险区" (济南,
# autumn 2022): the last bound's note, the range's exception, and further places after a comma before the verb)
_PLACE_AND_BOUNDED = re.compile(rf"(?<=[将把对])(?P<a>[^,;。:、及\n“”]{{2,60}}?)及(?P<b>{_BOUND}(?:、{_BOUND}){{1,6}}"
                                r"(?:\([^()\n]{1,20}\))?"
                                r"(?:(?:范围|区域)?内?除[^,;。:、及\n()]{1,30}?(?:以外|之外|外)的?(?:其他|其余|其它)?)?"
                                rf"(?:的?(?:合围|围合)?(?:区域|范围))?)"
                                rf"(?=(?:整体|全部|均)?(?:划为|划定为|列为|调整为){_LEVEL}"
                                rf"|,[^;。:\n]{{2,120}}?(?:划为|划定为|列为|调整为){_LEVEL})")


def _place_and_bounded(m: re.Match[str]) -> str:
    # (a shop or site before 及 is a place too: "…北区包子店及…")
    whole = _complete_place(m["a"]) or bool(_SITE_END.search(m["a"]))
    return f"{m['a']};{m['b']}" if whole else m.group()


_SITE_END = re.compile(r"[\u4e00-\u9fff]{3}(?:店|馆|超市|餐厅|饭店|厂|站|中心)$")


# "封控范围自西环路以东、亲水街以西、…以北", "管控范围为东至A路、西至B街": the range of a level given by its
# bounds (自 / 从 opens them, no part of the place); read as "封控区为A路以东、…".
# "一、实施临时管控区域为东至A路,北至B路…合围区域", "实行封控管理的区域为C小区", "临时管控区为D村": the area a
# measure is applied to (or the level qualified as temporary) as the subject of its places; read as "管控区为…".
_MEASURED_AREA_SUBJECT = re.compile(
    rf"(?m)(?:(?<=[,;:。])|^)(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*)"
    r"(?:(?:实施|实行)(?:临时性?)?(?:重点)?(?P<kind>封控|管控)(?:管理|措施)?的?(?:区域|区|范围)"
    r"|(?:临时性?|防外溢|防扩散|防溢出)+(?:重点)?(?P<kind2>封控|管控)区(?:域)?)(?=为(?![:期指]))")
_RANGE_FROM = re.compile(r"(?:(?<=[,;:。\n])|^)(?P<kind>封控|管控|防范)区?(?:的)?范围(?:为|是)?(?:自|从)?"
                         r"(?=[^,;。:\n]{1,40}?(?:以[东南西北]|[东南西北](?:至|到)))", re.M)
