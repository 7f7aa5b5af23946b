"""Headings and the lists under them: the notice's lines grouped into sections of one level."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from fangkong.areas.notice_parsing.dates import _date_only, _division_listed, _org_broken, _org_only
from fangkong.areas.notice_parsing.divisions import (
    _URBAN_AREA,
    _classify_label,
    _district_ok,
    _divisions,
    _known_front,
    _Label,
    _sub_ok,
    _title_line_district,
)
from fangkong.areas.notice_parsing.normalizing import (
    _LEVEL_HEADING_LINE,
    _ONE_HEADED_BOUNDED,
    _ONE_HEADED_DESCRIPTION,
    _ONE_PLACE_AND,
)
from fangkong.areas.notice_parsing.places import (
    _BARE_SIDES_RUNS,
    _BARE_SUB,
    _BETWEEN_NUMBERED,
    _BOUND_PART,
    _BOUND_RUN,
    _BOUND_TO,
    _CLAUSE,
    _COUNTED_END,
    _GENERIC_ZONE,
    _JOINED_LAST,
    _LEVEL_REST,
    _LEVEL_WORD,
    _LYING_AREA,
    _STREET_FIRST,
    _SUB_END,
    _WITHIN_PLACE,
    _ZONE,
    _bare_sides_ands,
    _bare_subs,
    _bound_run,
    _campus_part,
    _city_then_division,
    _complete_place,
    _compounds_and,
    _count_then_and,
    _district_runs,
    _division_and,
    _final_and,
    _floor_part,
    _front_district,
    _Group,
    _is_blanket,
    _is_boilerplate,
    _join_bounded,
    _landmarks_closed,
    _named_and,
    _names_part,
    _object_ok,
    _past_listed_parts,
    _split_enclosed,
    _split_flattened,
    _strip_enum,
    _unclosed,
)
from fangkong.areas.notice_parsing.sentences import (
    _OBJECT_TAIL,
    _SENTENCE_TARGET,
    _analyze,
    _Heading,
    _heading_district,
    _looks_listed,
    _Section,
    _sentence_sections,
    _total,
    _whole_own_lift_matches,
    _whole_state,
)
from fangkong.areas.notice_parsing.terms import (
    _ALIAS,
    _BAD_NAME,
    _BAD_SUB,
    _CJK,
    _CN_NUM,
    _COUNT,
    _ENUM,
    _LABEL_COLON,
    _LEVEL,
    _LEVEL_GRADE,
    _LEVEL_RE,
    _MEASURE_PHRASE,
    _NOISE,
    _NOT_IN_TOWN_NAME,
    _NOT_PLACE,
    _OPEN,
    _ORG_KEYWORD,
    _SEPS,
    _SUMMARY_KIND,
    _TARGET_RE,
    _TARGET_VERB,
    _cn_int,
    _compact,
    _level_name,
    _split_top,
    _top_level_seps,
)

# Words a bare heading line ("一、新增高风险区(42个)") may consist of besides levels and counts.
_HEADING_VOCAB = re.compile(
    r"新增|新(?=划定|划为)|现有|继续|维持|保留|解除|解封|撤销|取消|调整|降级|下调|升级|上调|划定|认定|确定|变更|"
    r"以下|下列|如下|区域|地区|名单|清单|范围|等级|临时|管控措施|封控措施|措施|风险|即日起|自即日起|疫情|"
    r"缩小|扩大|点位|地点|"  # "二、调整高风险区范围点位(3个)": the areas of a level whose range changes
    r"调(?=[为至成])|"  # "二、由中风险区调为低风险区(13个)": 调 alone for 调整
    r"(?<=解除)(?:封控|管控|防范)管理|"  # "三、以下区域解除管控管理" (no colon) over its districts' lists: a lift
    r"今日|当日|今天|本日|当天|"  # "一、今日新增划定高风险区(2个)", "二、当日解除高风险区(4个)"
    # "二、调整后现共有高风险区(7个)", "目前全县共有…": the list as it stands after the changes, restated (the
    # office's own division only before the count's verb)
    r"现(?=共|有|存)|现存|目前|当前|(?:全|我|本)(?:县|区|市|旗)(?=现|共|有|目前|当前)|"
    r"(?:防控)?演练|应急|"  # "一、疫情防控演练静默管理范围": silent management as a drill
    # "昆都仑区高风险区划定情况" over numbered items after the measures: how the level's areas stand (are set,
    # adjusted, spread), the list below
    r"(?:划分|设置|公布|分布)情况|(?<=划定|认定|确定|划为|调整)情况|"
    r"[的将由从为后降升划列转定改至成个共计有]"
)
# "高、中风险区", "中、低风险地区": levels sharing the ending of the last one.
_SHORT_LEVELS = re.compile(r"[高中低](?:、|和|及)(?=[高中低]风险)")
_HEADING_END = re.compile(r"(?:如下|分别是|分别为|具体为|具体是|名单如下)[。.]?$")
_NOT_HEADING = re.compile(
    rf"{_LEVEL}(?:人员|居民|实行|实施|内|要求|期间|管理要求|防控措施|管理措施|措施|(?:管理|管控|防控)?政策)|^请|实行|实施"
    # "二、临时静默管控时间:自9月20日11时起,解除时间另行通知": when, not where
    rf"|{_LEVEL}(?:管控|管理)?(?:时间|期限|时限)"
    # "1.封控区管理的具体要求:①必须设置警戒设施…" (2020, under a closure's table): the measures, not a list
    rf"|{_LEVEL}(?:管控|管理|防控)?的?具体(?:管控|管理|防控)?(?:要求|措施|规定)"
    r"|采取[^,。:]{0,8}措施"  # "对中风险区采取管控措施:足不出区、错峰取物": measures, not a list
    # ("将A、B划定为高风险区,高风险区域采取:足不出户、上门服务封控措施": the verb alone before the colon, the
    # measures after it)
    r"|采取$"
    # "中风险区管控措施:足不出区、错峰取物" (a label of the level's measures alone, under its list): the measures
    # (not "解除封控区管控措施:", a lift of the areas below)
    # ("中风险区管控措施如下:居家办公", "中、低风险区管控措施如下:" the same, announcing its measures)
    rf"|^(?:[高中低](?:、|和|及)(?=[高中低]风险))*(?:{_LEVEL})(?:管控|封控|防控|防范)措施(?:如下)?$")
_LABEL_ALONE = re.compile(rf"(?P<name>[{_CJK}]{{2,16}}?){_ALIAS}(?:{_COUNT})?")


# "莲花山(1个):莲花山泉眼镇A小区1栋" (长春, autumn 2022): a zone run as a district, named without 区 or 县, heads its
# line with its count as the districts do, and its item repeats the name before a town or street; it is the line's
# district. (Only with the count, the colon and the name written again right before a town's or street's name; not a
# place's kind: "A小区(2个):A小区B镇…" is no such heading.)
_REPEATED_DIVISION_LABEL = re.compile(rf"(?P<name>[{_CJK}]{{2,6}}){_COUNT}:"
                                      rf"(?=(?P=name)(?:(?!{_NOT_IN_TOWN_NAME})[{_CJK}]){{1,8}}?(?:街道(?!口)|镇|乡(?!村))(?!办)"
                                      rf"[{_CJK}\dA-Za-z])")
# "徂汶景区:A镇B村、C村划定为高风险区" (泰安, late 2022): a scenic area (景区, 风景名胜区, 旅游区, 度假区) run as a
# district, labelled as the districts beside it are, over places that start with a town or street of its own; it is
# the line's district (as a resort before its town is, _resort_over_town). (Only before a town's or street's name:
# "A景区:游客中心、B酒店" is a site's places, no district.)
_SCENIC_DIVISION_LABEL = re.compile(rf"(?P<name>[{_CJK}]{{2,8}}?(?:风景名胜区|风景区|景区|旅游区|度假区))"
                                    rf"(?:{_COUNT})?:"
                                    rf"(?=(?:(?!{_NOT_IN_TOWN_NAME})[{_CJK}]){{1,6}}?(?:街道(?!口)|(?<!小)镇|乡(?!村))(?!办)"
                                    rf"[{_CJK}\dA-Za-z])")
# "航天基地:A社区,B社区" (西安, 2021) among "C区:D街道,E街道" lines: a base (基地) run as a district, labelled as the
# districts beside it are, over its communities, streets, towns or villages; it is the line's district. (Only before
# such a unit's name: "A基地:1号楼、食堂" is a site's parts, no district.)
_BASE_DIVISION_LABEL = re.compile(rf"(?P<name>[{_CJK}]{{2,8}}?基地)(?:{_COUNT})?:"
                                  rf"(?=(?:(?![号楼栋店厂])[{_CJK}]){{2,8}}?(?:社区|街道(?!口)|(?<!小)镇|乡(?!村)|村)"
                                  rf"(?:$|[,、;。\n]))")
_NOT_DIVISION_NAME = re.compile(r"(?:小区|社区|花园|家园|公园|广场|市场|大厦|中心|[村组号栋楼路街巷镇乡])$")


def _base_among_districts(text: str, pos: int) -> bool:
    """The line at pos (a "X基地:" label) has a district's label ("A区:", "B县:") on the line above or below it: the
    base is run as a district as they are (not "2.A蔬菜基地:B镇C村" among places, a site and where it lies)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    above = text[text.rfind("\n", 0, max(start - 1, 0)) + 1:start - 1] if start else ""
    below = text[end + 1:text.find("\n", end + 1) if text.find("\n", end + 1) >= 0 else len(text)] if end >= 0 else ""
    for line in (above, below):
        m = _LABEL_COLON.match(line.strip())
        if m and (label := _classify_label(m["name"], m["count"], strict=False)) and label.district \
                and not label.sub:
            return True
    return False


def _label_at_start(line: str) -> tuple[_Label, int] | None:
    """The group label a compact line starts with, and where its content begins."""
    body, _ = _strip_enum(line)
    offset = len(line) - len(body)
    m = _LABEL_COLON.match(body)
    if m and (label := _classify_label(m["name"], m["count"], strict=False)):
        return label, offset + m.end()
    m = _SCENIC_DIVISION_LABEL.match(body)
    if m and not _LABEL_COLON.match(body[m.end():]):
        return _Label(m["name"], None, _cn_int(m["count"]) if m["count"] else None), offset + m.end()
    m = _BASE_DIVISION_LABEL.match(body)
    if m and not _BAD_NAME.search(m["name"]) and not _LEVEL_RE.search(m["name"]):
        return _Label(m["name"], None, _cn_int(m["count"]) if m["count"] else None), offset + m.end()
    m = _LABEL_ALONE.fullmatch(body.rstrip("。.;"))
    if m and (label := _classify_label(m["name"], m["count"], strict=True)):
        return label, len(line)
    # ("(一)秀全街" alone on its line, 广州's streets written with 街 alone: numbered "(一)" as a town's heading
    # is, a street's heading; not a pedestrian or commercial street, a place) ("①新华街": circled, the same)
    if m and re.match(r"\([一二三四五六七八九十]{1,3}\)|[\u2460-\u2473]", line) and m["count"] is None \
            and re.fullmatch(rf"[{_CJK}]{{2,4}}(?<!步行|商业|美食|小吃|文化|风情)(?<![老古后前横正直])街", m["name"]) \
            and (label := _classify_label(m["name"], None, strict=False)) and label.sub:
        return label, len(line)
    return None


def _ends_with_sep(line: str) -> bool:
    return bool(line) and line[-1] in _SEPS + ":"


def _ends_with_top_sep(line: str) -> bool:
    """Ends with a separator outside brackets: "A(1号楼、" goes on on the next line."""
    return bool(line) and (line[-1] == ":" or len(line) - 1 in _top_level_seps(line))


def _has_keyword(text: str) -> bool:
    return bool(_LEVEL_RE.search(text) or "解封" in text
                or re.search(r"(?:解除|撤销|取消).*(?:封控|管控|防范|风险)", text))


def _colon_splits(line: str) -> list[tuple[str, str]]:
    """(before, after) for each colon of a line that is not inside a time ("18:00")."""
    def in_time(pos: int) -> bool:
        return 0 < pos < len(line) - 1 and line[pos - 1].isdigit() and line[pos + 1].isdigit()

    return [(line[:m.start()], line[m.end():]) for m in re.finditer(":", line) if not in_time(m.start())]


def _last_sentence(text: str) -> str:
    return next((s for s in reversed(text.split("。")) if s), "")


def _sentence_heading(line: str, nxt: str) -> _Heading | None:
    """ "即日起新增以下高风险区。" directly above "小店区:A、B" heads the list without a colon."""
    text = _last_sentence(line)
    if (_has_keyword(text) and not _NOT_HEADING.search(text) and not _is_boilerplate(text)
            and _label_at_start(nxt) and not _label_at_start(line)
            # (not "1.A村、B村由中风险区调整为低风险区。" above "(二)C镇": a sentence with places of its own)
            and not _sentence_sections(line, 0, None)):
        return _Heading(*_analyze(text), _total(text), _heading_district(text), text)
    return None


# "…决定将以下区域由高风险区调整为低风险区,实行…措施。" heads the lists below it, whatever they start with.
_FOLLOWING = re.compile(rf"(?:(?:以下|下列)(?:区域|地区|地点|场所)?|(?:下述|如下)(?:区域|地区|地点|场所))"
                        rf"(?:由?{_LEVEL})?{_TARGET_VERB}{_LEVEL}"
                        # ("划定以下3个疫情防控高风险区。": the level may carry the epidemic's qualifier)
                        rf"|(?:划定|新增|确定|认定)为?(?:以下|下列)(?:\d+个)?(?:疫情防控|疫情)?{_LEVEL}"
                        # "划定以下区域为高风险区", "将下列4个区域调整为中风险区": the verb before the pointer
                        rf"|(?:划定|确定|认定|将|把)(?:以下|下列|如下)(?:\d+个)?(?:区域|地区|地点|场所|点位|小区|楼栋)"
                        rf"(?:由?{_LEVEL})?(?:为|{_TARGET_VERB}){_LEVEL}"
                        # "将渝中区部分临时管控区调整为低风险区。现将有关事项通告如下:", "将我县部分区域划定为中风险区":
                        # "部分" points to the areas the list below names
                        rf"|(?:将|把)(?:(?:我|本|[{_CJK}]{{2,8}}?)(?:区|县|市|旗))?部分(?:临时)?(?:区域|地区|{_LEVEL})"
                        rf"{_TARGET_VERB}{_LEVEL}(?=[,;。:]|$)"
                        # "一、以下区域实行管控区管理" above its lists: the areas below are managed at the level
                        rf"|(?:以下|下列|下述)(?:\d+个)?(?:区域|地区|地点|场所|点位|小区|村组?|楼栋)?(?:继续|仍)?"
                        rf"(?:实行|实施|执行|按照?|参照|纳入)(?P<managed>{_LEVEL})(?:管理|管控|措施)?(?=[,;。:]|$)")


# "现有以下高风险区": a level pointed to the list below, at the end of a heading's text
_POINTED_LEVEL_END = re.compile(rf"(?:以下|下列)(?:{_LEVEL})$")


# "根据有关规定,自11月25日22时起,将以下27个高风险区调整为低风险区。" over street headings "A街道:B、C": the pointer
# to the list below whose object is a count of a level's areas (not 区域); read in a lead that opens as prose
# (根据…), which the sentence heading leaves as boilerplate. (个 may be lost in a copy: "将以下27高风险区".)
_FOLLOWING_COUNTED_LEVEL = re.compile(rf"(?:将|把)(?:以下|下列)(?:\d{{1,4}}|[{_CN_NUM}]{{1,5}})个?(?:{_LEVEL})"
                                      rf"{_TARGET_VERB}{_LEVEL}")


# "…,将A社区、B社区部分区域划为管控区。" right above "现将有关事项通告如下:" (or the list's first numbered item): the
# named communities (villages) whose parts the list below names, 部分 said of them all (with no list under it, "将A村、
# B村部分区域划为管控区" lists A村 and B村部分区域, read as a sentence)
_FOLLOWING_LISTED_PARTS = re.compile(rf"(?:将|把)(?:[{_CJK}]{{2,10}}?(?:社区|村|居委会)、){{1,5}}[{_CJK}]{{2,10}}?"
                                     rf"(?:社区|村|居委会)部分(?:区域|地区){_TARGET_VERB}{_LEVEL}(?=[,;。:]|$)")
# "决定将A开发区相关区域调整为中风险区。" over "现将有关事项通告如下:" and a numbered list: 相关 (有关) points to the
# areas the list below names, as 部分 does; only with a list right under it (with none, "将A社区相关区域划为管控区" is
# that community's area, a place), and only after a district's name, not a community's or an estate's.
_FOLLOWING_RELATED = re.compile(rf"(?:将|把)(?:(?:我|本|[{_CJK}]{{2,8}}?)(?:(?<![社小园校])区|县|市|旗))?(?:相关|有关)"
                                rf"(?:区域|地区){_TARGET_VERB}{_LEVEL}(?=[,;。:]|$)")
_LIST_ANNOUNCED = re.compile(r"(?:现将|现就|特将|现)?[^,。;:]{0,12}?(?:通告|公告|通知|明确)如下[::]?")


def _parts_named_below(m: re.Match[str], item: str) -> bool:
    """(review rv64a) Whether the list's first item names one of the communities whose parts the pointer names: not
    measures under it, "将A社区、B社区部分区域划为管控区。" over "现将有关事项通告如下:" and "一、管控区内实行…"."""
    names = re.sub(r"^(?:将|把)", "", m.group()).split("部分")[0].split("、")
    return any(name in item or (len(own := re.sub(r"^.*?(?:街道|镇|乡)", "", name)) >= 3 and own in item)
               for name in names)


def _following_heading(line: str, nxt: str = "", item: str = "") -> _Heading | None:
    listed = bool(nxt) and (_LIST_ANNOUNCED.fullmatch(nxt) is not None or _ENUM.match(nxt) is not None)

    def pointer(at: int) -> re.Match[str] | None:
        parts = _FOLLOWING_LISTED_PARTS.search(line, at) if listed else None
        if parts is not None and not _parts_named_below(parts, nxt if _ENUM.match(nxt) else item):
            parts = None
        related = _FOLLOWING_RELATED.search(line, at) if listed and _ENUM.match(nxt if _ENUM.match(nxt) else item) \
            else None
        found = [m for m in (_FOLLOWING.search(line, at), parts, related) if m]
        return min(found, key=lambda m: m.start()) if found else None

    m = pointer(0) or _FOLLOWING_COUNTED_LEVEL.search(line)
    # ("自7月12日起,将A社区部分区域划为管控区,自7月13日起,将B社区、C社区部分区域划为管控区": pointers of one
    # level, clause after clause, to the areas of the list below; the last heads it)
    while m is not None and (again := _SENTENCE_TARGET.search(line, m.end())) \
            and (later := pointer(m.end())) and later.start() < again.start() < later.end() \
            and _analyze(later.group())[2] == _analyze(m.group())[2]:
        m = later
    if m is None or _SENTENCE_TARGET.search(line, m.end()):
        return None
    text = line[:m.end()]
    return _Heading(*_analyze(m.group()), _total(text), _heading_district(text), text)


def _pointer_in_sentence(line: str) -> _Heading | None:
    """ "…,将以下区域划定为高风险区,按照…措施;将除以下区域外的A镇其他区域划定为低风险区,…。": a pointer to the
    list below inside a lead sentence that goes on with clauses of its own (which ``_following_heading``
    leaves to the sentence); its heading, for a numbered list that starts after the lead's closing sentences."""
    m = _FOLLOWING.search(line)
    if m is None or m["managed"] or not _SENTENCE_TARGET.search(line, m.end()) or _unclosed(line[:m.start()]):
        return None
    text = re.split(r"[,;。]", line[:m.end()])[-1]
    return _Heading(*_analyze(m.group()), _total(text), _heading_district(text), text)


# "解除以下临时管控区域防控措施", "解除下列封控区防控措施": the measures of a level's areas below lifted.
_LIFTED_MEASURES = re.compile(rf"(?<=解除(?:以下|下列))((?:[^,。:;]{{0,8}}?(?:区域|地区|范围|点位)?)?(?:{_LEVEL}))的?"
                              r"(?:防控|管控|防范|管理)?措施$")


_EXCEPT_LEVELS = re.compile(r"除[^,。:除]*?(?:以外|之外|外)")


# "一、封控区为A。", "三、防范区为B、C、D。": the level is the subject of its list, written without a colon
# (also "管控区包括E", "封控区(2个)为F"); a blanket ("防范区为除封控区以外的区域") or a rule is no list.
# ("低风险地区,包括A市B区、C县": a report's list of counties may put a comma before 包括/包含)
# A bracket after measures (requirements, rules) that opens what they include: "…防控措施(包括", "…要求(含".
_MEASURES_NOTE_OPEN = re.compile(r"(?:措施|要求|规定|政策|举措)\((?:具体)?(?:包括|包含|含|主要有|主要包括|如)$")
# ("2个中风险区为A、B", "两个中风险区分别为A、B": the level counted before it, its places after 为 or 分别为;
# review rv69c)
# (not a definition after 为, "3个中风险区为14天内有病例的区域": what such areas are, no place; review rv70b)
_LEVEL_IS = re.compile(r"^(?P<counted>(?:\d{1,3}|[一二三四五六七八九十两]{1,3})个)?"
                       rf"(?P<head>{_LEVEL}(?:{_COUNT})?(?:范围)?)"
                       r"(?:分别)?(?:为|是|,?包括|,?包含)(?![:期指])"
                       r"(?(counted)(?![^,。;:\n]*的(?:区域|地区|场所|地点|范围)))(?P<rest>[^:]+)$")


# "(一)高风险区贵屿镇湄洲村,和平镇练北社区。": a numbered item that is its level, then its places without a
# colon (the first piece a place: a district, a street or town in front, or a whole name).
# ("二、临时管控区 A小区、B小区": the level qualified as temporary, its grade in front)
_LEVEL_THEN = re.compile(rf"^(?P<head>{_LEVEL_GRADE}{_LEVEL}(?:{_COUNT})?)(?![域区]),?(?P<rest>[{_CJK}][^:]*)$")


def _level_then_places(body: str) -> _Heading | None:
    m = _LEVEL_THEN.match(body)
    if m is None or _NOT_HEADING.search(body) or _HEADING_VOCAB.match(m["rest"]) or _is_boilerplate(m["rest"]) \
            or m["head"].count("(") != m["head"].count(")") \
            or re.match(r"所在|所属|周边|周围|辖区|相关|涉及|对应|及其|以外|之外|内|外", m["rest"]):
        return None  # "管控区(2个,减少3个村)": a remark on the count; "高风险区所在街道要…": a rule
    rest = m["rest"].rstrip("。;")
    first = _split_enclosed(rest)[0]
    if not (_object_ok(rest) and _looks_listed(rest)
            and (_front_district(first) or _STREET_FIRST.match(first) or _complete_place(first))):
        return None
    return _Heading(*_analyze(m["head"]), _total(m["head"]), None, m["head"], m["rest"])


# "一、实施封控措施区域", "二、实行管控措施的区域:": the areas under a level's measures, a heading of that level
# (read as "封控区", "管控区").
_MEASURES_AREA = re.compile(r"^(?:实施|实行|执行|落实|采取)(?P<kind>封控|管控|防范)(?:管理)?措施的?(?:区域|范围|地区)"
                            r"(?=[(:。]|$)")
# "二、继续封控的区域", "三、仍管控的范围": the areas a level keeps, a heading of that level (read as "封控区").
_KEPT_AREA = re.compile(r"^(?P<keep>继续|仍然?|仍需|依然|保留)?(?P<kind>封控|管控|防范)(?:管理)?的?(?:区域|范围|地区)"
                        r"(?=[(:。]|$)")
# "一、自12月29日0时起解封范围": when the heading's change takes effect, written before it.
_TIMED_FRONT = re.compile(r"^(?:自|从|于)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|凌晨)?"
                          r"(?:\d{1,2}(?:时|点)(?:\d{1,2}分)?)?(?:起|开始),?(?=[\u4e00-\u9fff])")


# a town or street alone, what is left of a numbered heading without a colon once its levels and verbs are taken
_HEADING_TOWN_ALONE = re.compile(rf"[{_CJK}]{{2,8}}(?:街道|(?<!小)镇|乡)")


# After a level's label, its definition in the 2020 county lists: "低风险地区(66个):无确诊病例,或连续14天无新增确诊
# 病例。", "中风险地区:14天内有新增确诊病例,累计确诊病例不超过50例": the cases that make the level, no place; the
# list follows on the lines below.
_LEVEL_CRITERION = re.compile(r"(?:无|有|连续|累计|近|\d{1,2}天|\d{1,2}日|[一二三四五六七八九十]{1,3}天)"
                              r"[^,;。:]{0,12}?(?:确诊|本土|新增)?(?:病例|感染者)")


# "二、调整部分高风险区管控时间", "一、新增中风险区具体点位及管控时间": a numbered part over places of a level whose
# time of control is set (or counted anew, "管控时间调整为…起算"): the places are at that level now; the heading is
# the level's.
_LEVEL_TIME_PART = re.compile(rf"^(?P<head>[^,。;:]{{0,8}}?(?:{_LEVEL})(?:{_COUNT})?)(?:的|具体点位及?|及|和)?"
                              r"(?:管控|封控|管理)(?:时间|期限)$")


# "一、新增高风险区具体点位" (具体范围, 具体区域) over places one a line, no label of a street's before them (重庆,
# late 2022, and the lead's level read onto a bare "具体点位"): the part lists the level's places; the heading is the
# level's.
# (Only numbered and with 新增: "具体点位" alone names no level.)
_LEVEL_RANGE_PART = re.compile(rf"^(?P<head>新增(?:{_LEVEL})(?:{_COUNT})?)的?具体(?:点位|范围|区域)$")


# "一、高风险区(提级1个)", "高风险区(新增2个)": the change written inside the count's brackets after the level (提级:
# raised back to it); read as "升级为高风险区(1个)", "新增高风险区(2个)".
_VERB_IN_COUNT = re.compile(rf"^(?P<level>{_LEVEL})\((?P<verb>提级|升级|上调|新增|新划定)"
                            rf"(?P<n>\d{{1,4}}|[{_CN_NUM}]{{1,5}})(?P<unit>[个处])\)(?=:?$)")


def _verb_in_count(m: re.Match[str]) -> str:
    verb = "新增" if m["verb"].startswith("新") else "升级为"
    return f"{verb}{m['level']}({m['n']}{m['unit']})"


# "新增后,乙县有高风险区8个" (no colon, no full stop) over numbered items: the list as it stands after the change,
# restated, the clause of time (调整后, 新增后…) before its comma no part of the heading's district ("乙县有…" alone
# heads the list already). A sentence with its full stop ("调整后,甲市有1个中风险区。") states a tally and is left.
_AFTER_CHANGE_CLAUSE = re.compile(r"^(?:此次|本次)?(?:新增|调整|变更|划定|升级|降级|解除)后,")


# "甲市划定封控区管控区防范区范围" (a report's headline, no colon, no count): the three zones named one after another
# tell what the report is about; no one level heads the lines below it (each zone's places are in its own sentence).
_LEVELS_RUN = re.compile(rf"(?:{_LEVEL})(?:[、和及与]?(?:{_LEVEL}))+")


def _levels_run_headline(body: str, numbered: bool) -> bool:
    run = _LEVELS_RUN.search(body)
    return bool(run) and not numbered and _total(body) is None and not re.search(r"解除|解封|撤销|取消", body) \
        and len({_level_name(m.group()) for m in _LEVEL_RE.finditer(run.group())}) >= 2


# "二、解除静态管理区域的防控措施:", "三、A区域的管控要求": the measures or rules of the areas a part above listed
# (summer 2022 江西, over "1.严控输入输出风险" and its rules), a part's title of measures, no list's heading.
_MEASURES_OF_AREAS = re.compile(r"(?:区域|地区|范围|区)的(?:防控|管控|管理|防疫)?(?:措施|要求|规定)[:。]?$")
# (not "一、解除以下区域的管控措施:" over places: the areas listed below are the lift's, a list's heading)
_LISTED_BELOW_END = re.compile(r"(?:以下|下列|如下|下述|下面)的?$")


# "…,现就有关事项通告如下", "…,特通告如下": the lead's last clause announces the items and names no level itself
_MATTERS_ANNOUNCED = re.compile(r"(?:^|,)(?:现|特|特此)?(?:就|将|把)?(?:有关|相关|以下)?(?:事项|事宜|情况)?"
                                r"(?:通告|公告|通知|公布)(?:如下)?$")


_REST_CLAUSE_AFTER = re.compile(r"(?<=[^,;]{2}),(?:[高中低]风险(?:地区|区域|区)?的?)?(?:其他|其它|其余)(?:区域|地区)"
                                r"[^,;、]*$")



# a notice's title quoted after its office ("…发布关于A区延长静态管理的公告:") and the reasons its text opens with
_TITLE_THEN_REASONS = re.compile(r"关于[^,。:;]{2,40}的(?:公告|通告|通知)$")
_REASONS_OPEN = re.compile(r"(?:为了?|根据|鉴于)[^,。:;]{2,30},")

# "一、封控区及封闭管理区域" over numbered places: the areas under closed management (封闭管理) named beside the
# sealed level are of that level (as "对A小区实行封闭管理" seals A), one level, not a second list
_SEALED_AND_CLOSED = re.compile(r"(封控(?:管理)?区(?:域)?|高风险(?:地区|区域|区))(?:及|和|与|、)"
                                r"封闭(?:管理|管控)?(?:区域|区)")
# ",从即日起实行分类管理", ",立即实施分类管控": the management by level a designation starts, closing its sentence
_CLASSED_MANAGEMENT = re.compile(r",(?:(?:从|自)?即日起|立即)?(?:实行|实施)分类(?:管理|管控)$")


# "二、解除高风险区(1个村、3个村部分区域)" (潍坊, December 2022): the heading's count written as counts of kinds of
# place joined by 、 (whole villages, parts of villages), its total their sum; the bracket is no word of the heading.
_KIND_COUNT = rf"(?:\d{{1,4}}|[{_CN_NUM}]{{1,5}})个(?:{_SUMMARY_KIND})(?:部分(?:区域|地区)?)?"
_KIND_COUNTS_NOTE = re.compile(rf"\((?:共|计|共计)?(?P<runs>{_KIND_COUNT}(?:[、,和及]{_KIND_COUNT})+)\)$")


# (not when one kind holds the others: "(2个街道、3个社区)" counts the communities and the streets they lie in, no
# sum of areas; the note then states no total; review rv71a)
_TOWN_KIND_COUNT = re.compile(r"个(?:乡镇|镇|乡|街道)(?:部分(?:区域|地区)?)?(?=[、,和及]|$)")


def _heading_total(body: str) -> int | None:
    if note := _KIND_COUNTS_NOTE.search(body):
        if _TOWN_KIND_COUNT.search(note["runs"]) and len(set(re.findall(r"个([^、,和及部]+)", note["runs"]))) > 1:
            return None
        counts = [_cn_int(n) for n in re.findall(rf"(\d{{1,4}}|[{_CN_NUM}]{{1,5}})个", note["runs"])]
        if all(n is not None for n in counts):
            return sum(n for n in counts if n is not None)
    return _total(body)


# "自…起,对风险地区调整如下:": a lead's announcement of the list below, no list of its own (no 、 or ";")
_ANNOUNCEMENT_REST = re.compile(r"[^、;。:]{2,40}?(?:调整|公布|明确|通告|公告)如下:")
# (the clauses a lead names levels in without giving them to a list: what it adjusts, "对A市高、中风险地区…进行重新调整"
# (its 、 maybe a comma), its purpose, "为做好中风险地区管控", its grounds, "根据中风险地区划定标准")
_LEVELS_ONLY_PURPOSE = re.compile(r"(?:^|(?<=[,:]))"
                                  r"(?:对[^。:;]{1,40}?(?:进行|作出?|予以)?[^,。:;]{0,10}?调整(?![为至成到])"
                                  r"|为(?:了|进一步|切实|做好|科学|精准|有效|更好|全力|加强|落实)[^,。:;]{0,40}"
                                  r"|(?:根据|按照|依据)[^,。:;]{0,40})(?=[,。:;]|$)")


def _match_heading(line: str) -> _Heading | None:
    body, numbered = _strip_enum(line)
    if (measures := _MEASURES_OF_AREAS.search(body)) and not _LISTED_BELOW_END.search(body, 0, measures.start()):
        return None
    # ("二、临时静默管控时间" heads when the silence runs, not where: only a level's areas)
    if numbered and (timed := _LEVEL_TIME_PART.match(body)) and re.search(r"(?:区|区域|地区)(?:\(\d+个\))?$",
                                                                           timed["head"]):
        body = timed["head"]
    elif numbered and (ranged := _LEVEL_RANGE_PART.match(body)):
        body = ranged["head"]
    body = _MEASURES_AREA.sub(lambda m: m["kind"] + "区", body)
    body = _KEPT_AREA.sub(lambda m: ("继续" if m["keep"] else "") + m["kind"] + "区", body)
    body = re.sub(r"^附件\d*:", "", body)  # "附件1:高风险区名单"
    body = _SEALED_AND_CLOSED.sub(r"\1", body)
    body = _VERB_IN_COUNT.sub(_verb_in_count, body)
    subject = _LEVEL_IS.match(body)
    # ("中风险地区为A,低风险的其他区域按常态化防控": the rest of the city told after the places, its own clause)
    listed = _REST_CLAUSE_AFTER.sub("", subject["rest"].rstrip("。")) if subject else ""
    if subject and _object_ok(listed) and _looks_listed(listed):
        head = subject["head"]
        return _Heading(*_analyze(head), _total(head), None, head, subject["rest"])
    if numbered and (listed := _level_then_places(body)):
        return listed
    # ("其余防范区域,恢复执行…防控措施(包括:居住小区、机关单位严格实行常态化防控措施;…)": a bracket that lists what
    # the measures include opens no list of places)
    splits = [(pre, rest) for pre, rest in _colon_splits(body) if not _MEASURES_NOTE_OPEN.search(pre)]
    if not splits and _HEADING_END.search(body):
        splits = [(body, "")]
    if splits:
        if _label_at_start(body):
            return None
        # "上海发布:…本市新增高风险区2个,分别为:A、B": the heading ends at the colon after the level.
        glued = False
        for pre, rest in splits:
            # ("对A市高、中风险地区按街道为单位进行重新调整,经…研究决定:自…起,对风险地区调整如下:" (a report, 2021):
            # the levels only in a clause of purpose before the decision's colon, and after it the lead's own
            # announcement of the list below: no heading yet, the text after that colon is read as the heading)
            if _ANNOUNCEMENT_REST.fullmatch(rest) and not _has_keyword(pre[max(pre.rfind(","), pre.rfind(":")) + 1:]):
                # (only levels in such a clause, what is adjusted (对…进行调整), a purpose (为…) or the grounds
                # (根据…): "新增2个中风险地区,经…研究决定:现将具体范围公布如下:" names the list's level, the
                # announcement after the colon no list of its own)
                # (not a sentence that names its own places, "将A小区调整为中风险地区,经研究决定:现将管控措施通告如下:")
                lead = _last_sentence(pre)
                if _has_keyword(_LEVELS_ONLY_PURPOSE.sub("", lead)) \
                        and not any(section.places for section in _sentence_sections(lead + "。", 0, None)):
                    rest = ""
                else:
                    glued = True
                    continue
            # "现将“封控区、管控区、防范区”范围调整如下:管控区:A": the list's own level label follows the lead's colon;
            # the heading is that label
            if re.match(rf"(?:{_LEVEL})(?:{_COUNT})?:", rest) and any(r.startswith(rest[rest.find(":") + 1:])
                                                                      for _p, r in splits if r != rest):
                glued = True
                continue
            text = pre[pre.rfind(":") + 1:] if glued else _last_sentence(pre)
            # ("…划定6个高风险区。具体名单如下:": the list's name after 具体, the sentence before it the heading)
            if re.fullmatch(r"(?:具体|分别|名单|具体名单)?(?:为|是|如下)", text):  # "…调整为低风险区。具体为:"
                text = _last_sentence(pre[:pre.rfind("。")]) if "。" in pre else text
            # "下列街道除中、高风险区之外的其他地区:" leads a list of the section it is in: levels named after
            # 除 are the exception, not the list's level.
            # "调整后X区现有4个高风险区,实行“足不出户、上门服务”等防控措施:": a counted level, then its measures
            # in quotes; the list follows the colon
            measured = re.sub(r",(?:实行|实施|采取|落实)“[^”:]{1,30}”等?[^,:“”]{0,6}措施$", "", text)
            # ("A区划定1个高风险区,从即日起实行分类管理。具体如下:": a counted level, then the management by levels
            # the designation starts (from today); the list follows the colon)
            measured = _CLASSED_MANAGEMENT.sub("", measured)
            # ("新增后X区现有以下高风险区,实行“足不出户、上门服务”等防控措施:": the list below pointed at, no count)
            if measured != text and (_total(measured) is not None or _POINTED_LEVEL_END.search(measured)) \
                    and not _NOT_HEADING.search(measured):
                text = measured
            # "解除以下临时管控区域防控措施:": the measures of the areas below lifted, a lift of their level (not the
            # level's measures a rule sets)
            text = _LIFTED_MEASURES.sub(r"\1", text)
            if rest and _MATTERS_ANNOUNCED.search(text) and _sentence_sections(rest, 0, None):
                # "决定扩大防范区范围,现就有关事项通告如下:即日起将A县、B县列为防范区。" (a copy that ran the
                # lead and the first item into one line): the lead's level is its purpose; the sentence after the
                # colon names its own places and level
                return None
            if _MATTERS_ANNOUNCED.search(text) and next(_whole_own_lift_matches(text), None):
                # "决定自5月14日8时起县域内有序解除封控管理,现将有关事项通告如下:" over "一、继续封控大交通,…": the
                # lift of the whole territory is the lead's own, its items the measures kept or eased (no list)
                return None
            if _has_keyword(_EXCEPT_LEVELS.sub("", text)):
                if _NOT_HEADING.search(text):
                    return None
                if _TITLE_THEN_REASONS.search(text) and _REASONS_OPEN.match(rest):
                    # "…指挥部发布关于A区延长全域静态管理的公告:为进一步减少人员流动,降低…,经…研判,决定…" (a
                    # report quoting a notice): the title names the notice, its text follows with its reasons
                    # (为…, 根据…, 鉴于…), no list
                    return None
                counted = re.fullmatch(_COUNT, rest)
                if counted:  # "高风险地区:1个"
                    return _Heading(*_analyze(text), _cn_int(counted["count"]), _heading_district(text), text)
                if _LEVEL_CRITERION.match(re.sub(r"\([^()]*\)", "", rest)):
                    rest = ""  # "低风险地区(66个):无确诊病例,或连续14天无新增确诊病例。": what the level means
                return _Heading(*_analyze(text), _heading_total(text), _heading_district(text), text, rest)
        return None
    # (not a sentence: "自…起,小店区解除临时静默管理。" carries its place; a list's name or a headline without its
    # full stop, "4月17日0时起A县解除封控区", is a heading)
    sentence = body.endswith("。")
    body = body.rstrip("。")
    if not sentence or re.search(r"(?:范围|区域|地区|名单)(?:如下)?:?$", _TIMED_FRONT.sub("", body)):
        body = _TIMED_FRONT.sub("", body)
    if not _has_keyword(body) or len(body) > 40 or _AFTER_LIFT.search(body) or _levels_run_headline(body, numbered):
        return None
    body = re.sub(rf"\((?:截至|截止)[^()]*\)$|^[{_CJK}]{{2,6}}市(?={_LEVEL})", "", body)  # "呼和浩特市…(截至…)"
    # "一、新增高风险区(自12月1日0时起)": when the heading's change takes effect, in brackets after it
    body = re.sub(r"\((?:自|从|于)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}(?:时|点)(?:\d{1,2}分)?)?(?:起|开始)?\)$",
                  "", body)
    # ("高、中风险区调整为低风险区12个": the first level written short)
    # ("一、调整部分高风险区范围", "二、部分高风险区调整为低风险区": 部分 of the level's areas)
    core = re.sub(_COUNT, "", _LEVEL_RE.sub("", re.sub(r"\(\d+个[,,][^()]*\)", "", _SHORT_LEVELS.sub(
        "", _KIND_COUNTS_NOTE.sub("", body)))))
    # ("一、划定部分区域为高风险区": 部分 of the areas the list below names)
    core = re.sub(r"部分(?=调整|范围|$)|^(?:调整|划定|确定|认定|将)?部分", "", core)
    if not sentence:
        core = _AFTER_CHANGE_CLAUSE.sub("", core)
    rest = _HEADING_VOCAB.sub("", core)
    district = None
    if rest and numbered and not sentence and _HEADING_TOWN_ALONE.fullmatch(rest) \
            and _sub_ok(rest, strict=True) and not _has_keyword(rest):
        # "一、A街道中风险区解除", "二、B镇部分中风险区调整为低风险区" over numbered items, no colon: a part's
        # heading that names the town or street its items lie in (as the same heading with a colon does); the
        # items are kept as listed
        return _Heading(*_analyze(body), _total(body), None, body)
    if rest:
        district = _heading_district(body) or (_short_county(rest) if re.fullmatch(
            rf"{re.escape(rest)}(?:{_LEVEL})", body) else None)  # (not "汶上解除4个高风险区": a news headline)
        if district is None or rest != district:
            return None
        if sentence and re.search(rf"(?:将|把){re.escape(district)}", body):
            return None  # "决定将A区划为管控区。": a sentence, its object the whole district (a place), no heading
    # ("新增后,乙县有高风险区8个": the list as it stands, not the addition its clause of time names)
    return _Heading(*_analyze(body if sentence else _AFTER_CHANGE_CLAUSE.sub("", body)), _heading_total(body), district,
                    body)


# (after a headline's colon: "…报告1例本地新冠肺炎确诊病例,防疫要求将A…": a clause closed by a comma, then the
# sentence's own 将 or 把 before its verb)
_HEADLINE_THEN_REPORT = re.compile(r",[^,;。:]{0,12}?(?:将|把)[^,;。:]+$")


def _short_county(name: str) -> str | None:
    """ "巫溪高风险区" (a heading over the county's list, as a news copy writes it): a county named without its 县
    (区, 旗), as people say it; the name as written when it is the whole name of a known division short of its kind."""
    if re.fullmatch(rf"[{_CJK}]{{2,4}}", name) and name not in _divisions()[0] \
            and any(name + kind in _divisions()[0] for kind in ("县", "区", "旗")):
        return name
    return None


# "二、解除后管控措施", "三、解封后防控要求": what holds after the lift, the heading of measures, no list's.
_AFTER_LIFT = re.compile(r"(?:解除|解封|解控)[^,。:]{0,4}?(?:后|之后)")
# "将部分区域", "对相关地区": a clause's object that names no place (the areas a list names elsewhere).
_UNNAMED_OBJECT = re.compile(r"(?:将|把|对)(?:部分|相关|有关)(?:区域|地区|点位|场所)")
# "即日起,将上述区域", "11月29日0时起,对以上5个区域", "上述点位": a list's closing sentence refers back to it.
_CLOSING_REFERENCE = re.compile(r"(?:(?:自|从)?[^,:;。]{2,24}?起,?)?(?:将|把|对)?(?:上述|以上|前述)"
                                r"(?:[\d一二三四五六七八九十两]+个)?(?:地区|区域|点位|地点|场所|小区|社区|村|楼栋|风险区)"
                                r"(?:的?(?:疫情)?风险等级)?")


_STREET_HEADING = re.compile(r"(?:[^\W\d_]{1,10}?(?:街道|街|镇|乡))(?=(?:\((?:见附图|附图)\))?$)")


def _heading_repeated(previous: str, line: str) -> bool:
    """ "A街" (or "A镇(见附图)") alone, then a line opening with "A街": the heading's name repeated below it."""
    m = _STREET_HEADING.match(_strip_enum(previous)[0])
    return bool(m) and line.startswith(m.group()) and len(line) > len(m.group())


def _tabular(line: str) -> str:
    """Rows of a table ("1\\t小店区\\tA小区") become "1.小店区:A小区"; "1 A小区" becomes "1.A小区"."""
    stripped = line.strip()
    if re.search(r"\t|\s{2,}|\|", stripped):
        cols = [c for c in re.split(r"\t+|\s{2,}|\|", stripped) if c.strip()]
        index = ""
        if cols and re.fullmatch(r"\d{1,3}", cols[0]):
            index = cols.pop(0) + "."
        if len(cols) >= 2 and _district_ok(_compact(cols[0])):
            return index + cols[0] + ":" + "".join(cols[1:])
        return index + "".join(cols)
    m = re.match(rf"(\d{{1,3}})\s+(?=[{_CJK}])", stripped)
    return f"{m[1]}.{stripped[m.end():]}" if m else stripped


# A list under a level heading written as a sentence: "封控区:自3月2日0时起,划定A;B、C为封控区。封控区内…".
# ("临时管控区:A镇除“高风险区”的其它区域、B村划定为“临时管控区”。": no verb in front, the places the subject of
# the designating verb, the level quoted and qualified as temporary)
_FRAME = re.compile(rf"^(?P<head>(?:[^,:;。]{{0,12}}:)?)(?:自?[^,:;。]{{2,24}}起,)?"
                    rf"(?:(?:划定|将|把|新增划定|新增)(?P<body>[^。]+?)(?:为|划为|划定为|划分为|调整为|列为|列入)"
                    rf"|(?P<subject>[^。:]+?)(?:划定为|划为|划分为|确定为|认定为|列为|列入|纳入))"
                    rf"[“\"]?(?:临时)?{_LEVEL}[”\"]?(?:[。,;].*)?$")
# (a level inside a place's exception is no level of the sentence: "A镇除“高风险区”的其它区域")
_EXCEPTED_LEVELS = re.compile(r"除[^、,;除]*?(?:以外|之外|外|的(?=其他|其它|其余))")


# ("高风险区:新增A、B": the verb of new areas before the list, no part of its first place; not a count or cases
# that are new, "新增2个", "新增病例")
_FRAME_VERB = re.compile(rf"^(?:自?[^,:;。]{{2,24}}起,)?(?:(?:新增)?划定(?!的)|新增(?=[{_CJK}])"
                         r"(?![一二三四五六七八九十两]|病例|确诊|阳性|感染|无症状|本土|境外|输入|[高中低]风险|封控|管控|防范))")


def _unframe(line: str) -> str:
    m = _FRAME.match(line)
    body = m and (m["body"] or m["subject"])
    if m and body and not _LEVEL_RE.search(_EXCEPTED_LEVELS.sub("", body)):
        return m["head"] + body + "。"
    return _FRAME_VERB.sub("", line)  # the sentence's level was cut off with its measures


_NUMERAL_RUN = re.compile(r"[\d一二三四五六七八九十]、[\d一二三四五六七八九十]")


def _urban_label(line: str) -> bool:
    """Whether a line starts with the label of an urban area, "主城区:A、B" (no district, no town: _place_groups)."""
    m = _LABEL_COLON.match(_strip_enum(line)[0])
    return bool(m and _URBAN_AREA.fullmatch(m["name"]) and m["name"] not in _divisions()[0])


def _last_piece(line: str) -> str:
    """The last item of a line written inline: what follows its last separator outside brackets."""
    seps = [p for p in _top_level_seps(line) if p < len(line) - 1]
    return line[seps[-1] + 1:] if seps else line


# (a line closed by an area's word, its note after it: "…以东区域", "…交汇区域(除A村外)")
_AREA_WORD_END = re.compile(r"(?:区域|范围|片区)(?:\([^()]*\))?$")


def _blocks(lines: list[str], by_line: bool = False) -> str:
    """Join a section's lines into one text where "\\n" separates places.

    A newspaper breaks lines anywhere, even inside a place ("怡\\n佳天一城小区"), so inside a list
    written inline (separators on its lines) a line break without separator is no separator. In a
    list of one place per line (no separators) every line break is one. With by_line the list is taken as one
    item a line whatever its separators (when the count the notice states is the number of its lines).
    """
    compact = [_compact(_tabular(line)) for line in lines]
    fixed = [_unframe(c) for c in compact if c and not re.search(r"序号|^所属", c)]  # no table header rows
    # Blocks start at label lines.
    blocks: list[list[str]] = []
    for line in fixed:
        start = _label_at_start(line)
        if start and start[1] >= len(line) - 1 and line.endswith("。") and blocks and blocks[-1] \
                and not _ends_with_top_sep(blocks[-1][-1]):
            start = None  # "…、金金新\n城北区。": the end of a name broken across lines, not a district's label
        if start or not blocks or _urban_label(line):
            blocks.append([])
        blocks[-1].append(line)
    # "榴城镇:A、B" / "荆山镇:C、D" / "龙亢农场": where every label line above is a section of its own (one line
    # each), a last line that is a whole place without a label is an item of its own, not the wrap of the last
    # section's line.
    sections_of_a_line = len(blocks) >= 2 and all(len(b) == 1 and _label_at_start(b[0]) for b in blocks[:-1])
    out: list[str] = []
    for block in blocks:
        start = _label_at_start(block[0])
        contents = [c for c in [block[0][start[1]:] if start else block[0], *block[1:]] if c]
        # (a 、 between numerals joins the numbered parts of one place, "A天地三、四、六期", "B苑1、2号楼": no
        # separator of the list, which may be one place a line)
        internal = sum(len([p for p in _top_level_seps(c) if p < len(c) - 1 and not _NUMERAL_RUN.match(c, p - 1)])
                       for c in contents)
        inline = len(contents) >= 2 and internal >= max(1, len(contents) - 1) and not by_line
        # "A街道B社区C小区17栋、D街道E花园2栋" over "F街道G公馆、H镇I村": several places a line, every line opening
        # with its street or town, every line but the last closed by a place's ending: each line break separates
        # (a line may open with the district again, "A区B路以南,…以东区域", and close with an area's word, "…以东区域",
        # "…交汇区域": a roundup's lines of bounded areas, one area a line (2065))
        fronted = inline and all(_STREET_FIRST.match(c) or _front_district(c) for c in contents) \
            and all(_complete_place(_last_piece(c)) or _AREA_WORD_END.search(c) for c in contents[:-1])
        numbered = sum(1 for c in contents if _ENUM.match(c))
        # In a numbered list a line without number continues the item above it.
        numbered_list = numbered >= 2 and len(contents) - numbered < numbered
        text = block[0]
        previous = block[0][start[1]:] if start else block[0]
        for at, line in enumerate(block[1:], 2):
            # ("九原区除中、高风险区以外的地区" over a line: a district's rest, a blanket, ends its item too)
            own_item = (sections_of_a_line and block is blocks[-1] and start is not None and len(block) == 2
                        and not _top_level_seps(line.rstrip("。;")) and _complete_place(previous)
                        # "…华庭\n1号楼。", "…华庭\n(1号楼除外)。": a name's part or note broken off
                        and not _bare_subs(line.rstrip("。;")) and not _BARE_SUB.match(line.rstrip("。;"))
                        and line[:1] not in _OPEN and not _unclosed(previous)
                        and not _WORD_ENDING_START.match(line)  # "…1号\n楼(…)", "…华华\n小区": a word broken
                        and (_complete_place(line.rstrip("。;")) or bool(_ZONE.fullmatch(line.rstrip("。;")))))
            joined = (not own_item and bool(previous) and not _ENUM.match(line)
                      and not _NOT_PLACE.search(_strip_enum(previous)[0])
                      and not _is_blanket(_strip_enum(previous)[0])
                      # ("金华镇:A村、B村" over "全县除高风险区外的其他地区为低风险区。": the district's rest, a
                      # sentence of its own, no wrap of the list's line)
                      and not (re.match(r"全(?:县|区|市|旗)", line) and _is_blanket(line))
                      # ("8.A县B镇C店" over "D区、E县、A县除中风险区外为低风险区。": the listed districts' rest)
                      and not _listed_districts_rest(line)
                      and not _front_district(re.split(r"[。;,、]", line)[0])
                      # ("三、A街" over "A街B花园25栋、26栋。": a street's or town's heading alone, the line below
                      # opening with its name again, is no place broken over the lines)
                      and not _heading_repeated(previous, line)
                      # ("(二)B苑" over "新华街" over "(一)C大厦": a second street unnumbered over its own items, no
                      # wrap of the item above; review rv71a)
                      and not (at < len(block) and _street_line_over_items(line, block[at]))
                      # ("(二)B花园" over "人民街", the section's last line: a street alone after the numbered items
                      # is a place of its own, no wrap of the last item)
                      and not (at == len(block) and block is blocks[-1] and numbered_list
                               and _last_street_line(line, previous))) and (
                _unclosed(previous) or numbered_list
                or (inline and not fronted and not _ends_with_top_sep(previous)
                    and not _lone_place_over_list(previous, line)))
            text += line if joined else "\n" + line
            previous = line
        out.append(text)
    return "\n".join(out)


# "金台区、扶风县、眉县除中风险区外为低风险区。" (宝鸡, autumn 2022): known districts named bare, one after another,
# then what they keep apart ("除…外"): the rest of each of them, a sentence of its own under a list (no wrap of its
# last item). Every name must be a known division: "A小区、B超市除外" names none. (The first may follow its city:
# "西安市新城区、碑林区…除中高风险区外,为低风险区".)
_DISTRICTS_THEN_EXCEPT = re.compile(r"(?P<names>[^除,。;:()]{2,80}?)除[^。;,]{1,30}?(?:以外|之外|外)")


def _listed_districts_rest(line: str) -> bool:
    """Whether a line opens with bare known districts, then their rest ("除中风险区外…")."""
    m = _DISTRICTS_THEN_EXCEPT.match(line)
    if not m:
        return False
    names = re.split(r"、|和|及|以及", m["names"])
    known = [name in _divisions()[0] or (k == 0 and _city_then_division(name)) for k, name in enumerate(names)]
    # (development zones run as districts among them, "雁塔区、碑林区、高新区、曲江新区除高中风险区外" (西安, 2022),
    # when a known district is named too)
    return any(known) and all(ok or bool(_GENERIC_ZONE.fullmatch(name) or _NEW_AREA.fullmatch(name))
                              for ok, name in zip(known, names, strict=True))


_NEW_AREA = re.compile(r"[\u4e00-\u9fff]{2,4}新区")


def _one_place_item(text: str, pos: int, seps: list[int]) -> int:
    """Where a numbered item ends when it is one place: an item without a label that holds a comma
    ("1.怀德大街19、21号,二巷2号,三巷2、4、5号") is one place; else -1."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    item = text[pos:line_end].rstrip("。;.")
    # (by bisection: a look over every separator at each item made a list of thousands of lines quadratic)
    inner = [p - pos for p in seps[bisect_left(seps, pos):bisect_left(seps, pos + len(item))]]
    if ":" in item or not any(item[p] == "," for p in inner):
        return -1
    if any(item[p] == ";" for p in inner):
        return -1  # "1.A镇B社区(…);C社区全域,D村1组、D村4组": its ";" separates places, so the commas do too
    # "3.A小区1座、10座、22座,B公司宿舍": after the comma a place named by itself (a compound, a unit's housing…,
    # no name of the first piece's in front), closed by its kind: the comma separates places
    cuts = [p for p in inner if item[p] == ","]
    pieces = [item[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(item)], strict=False)]
    if _PLACE_CLOSED.search(pieces[0]) and all(_NAMED_OWN_PLACE.fullmatch(q) and q[:2] not in pieces[0]
                                               for q in pieces[1:]):
        return -1
    if _towns_by_comma(pieces):
        return -1
    if _street_places_by_comma(pieces):
        return -1
    if _road_written_again(pieces):
        return -1
    if _named_roads_by_comma(pieces):
        return -1
    if _named_places_by_comma(pieces):
        return -1
    return pos + len(item)


# "1.A村全村范围,B社区C宿舍,D宿舍,E宿舍,F路(从G路往东到H围墙沿途铺面)" (海口, spring 2022): a long item (four pieces
# or more) whose every piece between commas is a place of its own, named and closed by its kind (a compound, a
# unit's housing, a village's whole), or a road with its stretch in brackets after it: the commas separate places (a
# bracket's commas stay inside it). (Not house numbers on lanes, "B大街19、21号,二巷2号", nor bounds, "A村,东至B路",
# nor a piece a name of the first piece's opens, "A村,A村东片".)
_OWN_PLACE_KIND_END = re.compile(r"(?:小区|花园|家园|社区|大厦|公寓|宿舍|家属院|家属区|村|苑|广场|大楼|中心|市场"
                                 r"|公司|酒店|宾馆|医院|学校|别墅|(?:全村|全域|全组)(?:范围)?)$")
_ROAD_WITH_STRETCH = re.compile(rf"[{_CJK}]{{1,8}}?(?:大道|大街|路|街|巷)\((?:从|自|由)[^()]{{4,40}}\)")


def _named_places_by_comma(pieces: list[str]) -> bool:
    def own(q: str) -> bool:
        if _ROAD_WITH_STRETCH.fullmatch(q):
            return True
        return "(" not in q and bool(re.match(rf"{_NOT_OWN_START}[{_CJK}]{{2}}", q)) \
            and bool(_OWN_PLACE_KIND_END.search(q)) and not _BOUND_PIECE.match(q) and not _BOUND_PART.search(q)

    return len(pieces) >= 4 and all(own(q) for q in pieces) and not any(q[:2] in pieces[0] for q in pieces[1:])


# "2.A街2号,A街1号、1号之一、3号" (广州, autumn 2022): a road's house number, then after each comma the same road
# written again with numbers of its own: the name written again starts a place (one road's numbers after it stay one
# place); an item naming its road once, "1.B大街19、21号,二巷2号", stays whole.
_ROAD_THEN_NUMBER = re.compile(rf"[{_CJK}]{{2,8}}?(?:大道|大街|路|街|巷|弄|里)(?=\d)")


def _road_written_again(pieces: list[str]) -> bool:
    road = _ROAD_THEN_NUMBER.match(pieces[0])
    return road is not None and all(q.startswith(road.group()) and q[len(road.group()):][:1].isdigit()
                                    for q in pieces[1:])


# "(二)A镇B社区C路83号、85号,D街5号、7号,D街四巷3号房屋" (阳江, autumn 2022): house numbers on a road, then after
# each comma numbers on another road named in full (a name of two characters at least, none the first piece names):
# the commas separate places, each road's numbers one place (the town on the first only, as written); bare lanes of
# the first road, "1.B大街19、21号,二巷2号", and lanes of its block, "B村南安二街4号,南安二街一巷1号", stay one place.
_ROAD_NUMBERS = (rf"[{_CJK}]{{2,8}}?(?:大道|大街|路|街|巷)\d{{1,4}}(?:[-—~至]\d{{1,4}})?号"
                 rf"(?:[、{_ONE_PLACE_AND}]\d{{1,4}}(?:[-—~至]\d{{1,4}})?号)*")
_ROAD_NUMBERS_END = re.compile(_ROAD_NUMBERS + "$")
# (review rv72b: not the same house's other address, "原金华街5号", "即…", "现…", nor a road placed by the first,
# "对面金华街5号", "东侧巷5号", "村内金华街5号": one place, as before)
_NAMED_ROAD_NUMBERS = re.compile(r"(?!原|即|现(?!代)|旧|今|又|对面|对门|两侧|两边|[东南西北]侧|隔壁|旁边|村内|内)"
                                 + _ROAD_NUMBERS + r"(?:房屋|民房|自建房|住宅)?")


def _named_roads_by_comma(pieces: list[str]) -> bool:
    if not (_ROAD_NUMBERS_END.search(pieces[0]) and _STREET_FIRST.match(pieces[0])):
        return False
    return all(_NAMED_ROAD_NUMBERS.fullmatch(q) and q[:2] not in pieces[0]
               and not re.match(r"[一二三四五六七八九十\d]{1,3}巷", q) for q in pieces[1:])


# "②A街道B村28栋,C大厦,D村4巷5号、8巷8号,E苑第3栋" (深圳, spring 2022, a report's circled items): an item that opens
# with its street, then places each with a name of its own and closed by its kind or its building's number: the
# commas separate places (the street stays on the first, as written). (Not a place then its address, "B小区3栋,C路12号";
# nor lanes of the first piece's block, "B村南安二街4号,南安二街一巷1号", "二巷2号"; nor bounds or what it holds.)
_STREET_PLACE_CLOSED = re.compile(r"(?:\d(?:号楼|号|栋|幢|座|单元)|小区|花园|家园|社区|大厦|公寓|宿舍|家属院|村|苑|广场"
                                  r"|大楼|中心)$")


def _street_places_by_comma(pieces: list[str]) -> bool:
    if not (len(pieces) >= 2 and _STREET_FIRST.match(pieces[0]) and _STREET_PLACE_CLOSED.search(pieces[0])
            and not _BOUND_PART.search(pieces[0])):
        return False
    # ("…,C路12号,…" bare: a place's address after it in a short item, "B小区3栋,C路12号"; in a list of four or more
    # places, addresses not after every other place, "A小区,B路176号,C路15号,D花园" (珠海, summer 2022), it is a place)
    bare = [q for q in pieces[1:] if _ROAD_ADDRESS.fullmatch(q)]
    # (not where each bare address comes right after a named place, "A小区,B路12号,C花园,D路8号,E大厦": the
    # addresses of the places before them (rv62b))
    paired = all(not _ROAD_ADDRESS.match(pieces[k - 1]) for k in range(1, len(pieces)) if pieces[k] in bare)
    listed = len(pieces) >= 4 and 2 * len(bare) < len(pieces) and not paired
    return all(
        (re.match(rf"{_NOT_OWN_START}[{_CJK}]{{2}}", q) or _LATIN_NAMED.match(q)) and _STREET_PLACE_CLOSED.search(q)
        and q[:2] not in pieces[0] and not _STREET_FIRST.match(q) and not _BOUND_PIECE.match(q)
        and not _BOUND_PART.search(q) and not _FIRST_PLACE_OWN.match(q)
        and (_own_address(q, bare, listed) or (not _ROAD_ADDRESS.match(q) and _named_before_number(q)))
        for q in pieces[1:])


def _own_address(piece: str, bare: list[str], listed: bool) -> bool:
    # (an address with its own building, "C路15号8栋", or a bare one among many places: a place of its own)
    return bool(_ADDRESS_OWN_BUILDING.fullmatch(piece)) or (listed and piece in bare)


# (a later piece closed by a number names its place before the number, a village, a garden or a block: "D村4巷5号",
# "E苑第3栋"; not a side or a part of the first piece's place, "西边25号至51号", "东侧5栋", "新区5栋", "二组5号",
# "单元楼5号", nor its village's office, "村委会3号" (rv61b))
_NAME_BEFORE_NUMBER = re.compile(r"(?:村|苑|园|小区|花园|家园|社区|大厦|公寓|宿舍|广场|中心|大楼"
                                 r"|城|府|庭|居|阁|坊|湾|庄)$")
# (nor the first piece's own office or clinic, "物业服务中心", "村卫生服务中心", "社区服务中心" (rv61b))
_FIRST_PLACE_OWN = re.compile(r"物业|村|社区|居委|村委|园区|配套|附属|地下")


def _named_before_number(piece: str) -> bool:
    front = re.match(r"\D*?(?=第?\d)", piece)
    return front is None or (len(front.group()) >= 3 and _NAME_BEFORE_NUMBER.search(front.group()) is not None)


# a road's house numbers, a place's address or a block's run: "C路12号", "D大道8-10号", "E路2号—82号"
_ROAD_ADDRESS = re.compile(rf"[{_CJK}]{{1,8}}?(?:大道|大街|路|街|巷|弄|道)\d{{1,4}}号?(?:[-—~至]\d{{1,4}})?号")
# an address with a building or a named place of its own after its number: "C路15号8栋", "D街73号E村",
# "D街73号E村37栋2单元" (珠海, summer 2022): a place, not the address of the place before it
_ADDRESS_OWN_BUILDING = re.compile(_ROAD_ADDRESS.pattern + rf"(?:[{_CJK}]{{1,8}}?(?:村|小区|花园|大厦|公寓|苑)"
                                   r"(?:\d{1,4}(?:号楼|栋|幢|座))?|\d{1,4}(?:号楼|栋|幢|座))(?:\d{1,3}单元)?")
# a name opening with Latin letters, closed by its kind: "C派公寓48栋" (not a part, "B座3单元")
# (nor a lettered part of the first place, "B区公寓3栋", "A座公寓5栋" (rv62b))
_LATIN_NAMED = re.compile(rf"[A-Za-z]{{1,3}}(?![区座栋幢期号楼])[{_CJK}]{{1,8}}?(?:小区|花园|家园|大厦|公寓|广场|苑)")


# "1、A市B区C镇,D乡,E街道F社区G小区,H经济开发区;" (扬州, summer 2021): a district's item whose pieces after the
# first each open with a town or street of their own (or are a zone the district names, "…经济开发区"): the commas
# separate places, as 、 would. (Not bounds written by commas, "A街道以东,B镇以南", nor "东至C镇"; and only when
# the first piece opens with a town, street or zone too, after its district: "A小区,B镇C路8号" is a place, then
# its address.)
_ZONE_PIECE = re.compile(rf"[{_CJK}]{{2,6}}(?:经济技术|经济|高新技术|高新|工业)?(?:开发区|园区)")
_ZONE_FIRST = re.compile(rf"[{_CJK}]{{2,12}}?(?:风景名胜区|度假区"
                         rf"|(?:经济技术|经济|高新技术|高新|工业)?(?:开发区|园区))")


def _towns_by_comma(pieces: list[str]) -> bool:
    return len(pieces) >= 2 and all(
        (_STREET_FIRST.match(q) or _ZONE_PIECE.fullmatch(q)) and not _BOUND_PIECE.match(q)
        and not _BOUND_PART.search(q) for q in pieces[1:]) and not _BOUND_PART.search(pieces[0]) \
        and _town_first(pieces[0])


def _town_first(piece: str) -> bool:
    """Whether a piece opens with a town, street or zone, maybe after the divisions in front of it."""
    rest = piece
    while not (_STREET_FIRST.match(rest) or _ZONE_FIRST.match(rest)):
        front = _front_district(rest)
        if front is None or not front[1] or front[1] == rest:
            return False
        rest = front[1]
    return True


# A piece closed as a place ("…35座", "…小区"), and one named by itself with its kind ("省盐业公司宿舍", "B花园").
_PLACE_CLOSED = re.compile(r"(?:\d(?:号楼|号|栋|幢|座)|小区|花园|家园|社区|大厦|公寓|宿舍|家属院|村)$")
# (not what the first piece holds or lies by: "A小区3栋,含小区物业公司", "B小区5栋,临近C医院")
_NOT_OWN_START = (r"(?!含|包含|包括|不含|除|临近|靠近|邻近|紧邻|毗邻|相邻|附近|周边|周围|旁|对面"
                  r"|隔壁|位于|即|其|内|及|和|与|以及|所在|涉及|该|此|上述|以上|小区|楼下|楼上|底商)")
_NAMED_OWN_PLACE = re.compile(_NOT_OWN_START + rf"[{_CJK}][^,、;()\d]{{1,20}}?(?:小区|花园|家园|社区|大厦|公寓|宿舍"
                              r"|家属院|公司|市场|酒店|宾馆|医院|学校)")


# "(四)江高镇:双岗村南安二街4、6号,南安二街一巷1、4号。": after a street's label, a numbered item whose pieces
# between commas are all house numbers on the streets and lanes of one neighbourhood (each piece after the first
# is a bare lane "二巷3号" or starts with a name the first piece holds: 南安二街…, 双岗…) is one block, as the
# item is one place without a label; "3.沙坪坝街道:学府小区沙正街115号,一心村2号" lists places with names of
# their own, "1.渝州路街道:渝州路12号,科园一路3号" places on two unrelated roads.
# (a run's 、 kept as _ONE_PLACE_AND before a comma and the next lane, "2号、3号,B巷1号", is a 、 here too)
# ("东七巷14号、27号之一": a house number's annex, 之一, ends the run as well)
# (and a 、 kept with a village's lanes read as one run, "\ue007": normalizing's _LANES_OF_ONE_VILLAGE)
_HOUSE_RUN = re.compile(rf".*?[街路巷里弄坊][东南西北]?\d[\d、\ue007{_ONE_PLACE_AND}号楼栋之一二三四五六七八九十—~-]*"
                        r"(?:号|号楼|栋|号之[一二三四五六七八九十\d]{1,3})")
# ("(二)A街:B村C路5号、7号,D头三巷1号、2号,E路北三巷8号", "F街东六巷20号,东七巷18号" (广州, autumn 2022): a
# village's numbered back lanes (三巷, 东七巷, 北三巷 of a road), each piece a lane by its number, the lanes of one
# neighbourhood as 二巷 is; not a road of its own, "科园一路3号")
_NUMBERED_LANE = re.compile(rf"[{_CJK}]{{0,6}}?[东南西北]?[一二三四五六七八九十]{{1,3}}巷\d")
_LANES_ROAD = re.compile(rf"[{_CJK}]{{1,6}}?[东南西北中]?(?:路|街|大道)\d[\d、{_ONE_PLACE_AND}号]*号")
_OWN_NAME = re.compile(r"小区|花园|家园|社区|大厦|公寓|广场|新城|商城|公司|市场|酒店|宾馆|医院|学校|村\d")
# "(一)新市街:西南段自A至B,北至C,西至D,东自E至F,东南至G(除高风险区外)": an area written as its bounds.
_BOUND_PIECE = re.compile(r"(?:[东南西北]{1,2}(?:至|自|起|以(?=.{1,30}为界))|以及|及|并|且|区域内|两侧)")


def _one_place_after_label(text: str, pos: int, seps: list[int]) -> int:
    """Where a numbered item that starts with a street's label ("江高镇:", "天河区棠下街:") ends when its content
    is one place (house numbers on the lanes of one neighbourhood, or bounds, between commas); else -1."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    item = text[pos:line_end].rstrip("。;.")
    # ("…,军民中路28号、22号,实行“人不出区、错峰取物”等临时管控措施。": the item's measures after its place)
    head, _, last = item.rpartition(",")
    if head and _ITEM_MEASURES.fullmatch(last) and _HOUSE_RUN.fullmatch(head.split(",")[-1]):
        item = head
    cuts = [p - pos for p in seps[bisect_left(seps, pos):bisect_left(seps, pos + len(item))] if text[p] == ","]
    if not cuts or ":" in item:
        return -1
    bounds = [-1, *cuts, len(item)]
    pieces = [item[a + 1:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    # ("A街:B村中街东六巷18号,东七巷14号,东八巷28号,C中路28号、22号" (广州, autumn 2022): the road the numbered
    # lanes open on, after them, is the same block; not a road after roads only, "渝州路12号,科园一路3号")
    # (a village's bare lanes already read as one run, their commas kept, "A村东五巷1号,东六巷2号" (normalizing's
    # _LANES_OF_ONE_VILLAGE), are numbered lanes too)
    lanes = any(_NUMBERED_LANE.match(q) for k, p in enumerate(pieces) for q in p.split("\ue006")[k == 0:])
    houses = all(_HOUSE_RUN.fullmatch(p) for p in pieces) and not any(_OWN_NAME.search(p) for p in pieces[1:]) \
        and all(re.match(r"[一二三四五六七八九十\d]{1,3}(?:巷|弄|里)", p) or p[:2] in pieces[0]
                or _NUMBERED_LANE.match(p) or (lanes and _LANES_ROAD.fullmatch(p)) for p in pieces[1:])
    bounded = all(_BOUND_PIECE.match(p) for p in pieces[1:])
    return pos + len(item) if houses or bounded else -1


def _landmarks_closing_area(text: str, pos: int, seps: list[int]) -> int:
    """Where the piece from pos (after a label's colon, a ";" or at a line's start) ends when it is landmarks
    closed by the area they enclose, "1.A街道:B农贸市场,C村,D坪63号合围区域;E片区" (``_landmarks_closed``); else -1."""
    if pos > 0 and text[pos - 1] not in ":;\n":
        return -1
    k = bisect_left(seps, pos)
    group_end = next((p for p in seps[k:] if text[p] in ";。\n"), len(text))
    cuts = [p for p in seps[k:bisect_left(seps, group_end)] if text[p] == ","]
    return group_end if _landmarks_closed([text[a + 1:b] for a, b in zip([pos - 1, *cuts], [*cuts, group_end],
                                                                           strict=False)]) else -1


def _whole_item(text: str, pos: int) -> int:
    """Where a numbered item ends read as one place (when the notice's counts say so); -1 when a label follows."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    item = text[pos:line_end].rstrip("。;.")
    return -1 if ":" in item else pos + len(item)


def _counted_line(text: str, pos: int, seps: list[int], count: int) -> int:
    """Where a group's line ends when its stated count shows that its 、 joins parts of one place: "云岩区(1个):
    A花园一期A1-A2、B-D栋、5-7栋区域。", "(2个):A小区1、3栋,B苑" (two pieces between commas, four between
    all separators); else -1."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    cuts = seps[bisect_left(seps, pos):bisect_left(seps, line_end)]

    def pieces(at: list[int]) -> int:
        bounds = [pos - 1, *at, line_end]
        return sum(1 for a, b in zip(bounds, bounds[1:], strict=False) if text[a + 1:b].strip(" .。;"))

    every, commas = pieces(cuts), pieces([p for p in cuts if text[p] != "、"])
    return line_end if every != count and commas == count else -1


def _one_line_under_label(text: str, start: int) -> bool:
    """Whether the line at start is the only line of places under the label above it: a bare line (no number, no
    label of its own), then the list's end or the next label (numbered or not)."""
    line_end = text.find("\n", start)
    if _ENUM.match(text, start) or _LABEL_COLON.match(text, start) or line_end == start:
        return False
    if line_end < 0 or not text[line_end + 1:].strip():
        return True
    after = _ENUM.match(text, line_end + 1)
    return bool(_LABEL_COLON.match(text, after.end() if after else line_end + 1))


def _community_counted_line(text: str, pos: int, seps: list[int], count: int, counted_end: int) -> tuple[int, int]:
    """ "3、A社区(10个):B街10号、118号、…604号所在楼栋,C码头,…" and "6、D村(3个):4组,5组,6组": a community's or
    village's count over its line says what separates its places: when the pieces between commas are as many, each
    comma separates two places (no bare part after it joins the one before: "5组" is D村's own) and no 、 does.
    (where 、 alone are as many, as they are without commas, nothing changes). Returns (counted_end, comma_end)."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    commas = [p for p in seps[bisect_left(seps, pos):bisect_left(seps, line_end)] if text[p] in ",;"]
    bounds = [pos - 1, *commas, line_end]
    pieces = sum(1 for a, b in zip(bounds, bounds[1:], strict=False) if text[a + 1:b].strip(" .。;"))
    if pieces != count:
        return counted_end, -1
    return max(counted_end, _counted_line(text, pos, seps, count)), line_end


# A part of the compound named before it: "B区3号楼1单元", "2号楼", "二期".
_BARE_PART = re.compile(r"(?:[A-Z]区|[A-Z]?\d+(?:号楼|栋|幢|座|单元|号院)|[一二三四五六七八九十]{1,2}期)")


def _semicolon_piece(text: str, pos: int, seps: list[int], line_starts: list[int], semicolon_lines: set[int]) -> int:
    """Where a place ends in a list separated by ";" when a comma inside its piece goes on with a part of the
    same compound: "城东区:A小区2号楼;海亮大都汇A区17号楼1单元、19号楼1单元,B区3号楼1单元、7号楼2单元;C院。"
    (the piece between ";" is one place, as the office lists it); else -1. ``line_starts``: where each line of
    the text starts; ``semicolon_lines``: the starts of the lines holding a top-level ";" (both found once per
    text: a list on one line can be thousands of places long, and a look over its whole line at each piece made
    it quadratic)."""
    if pos > 0 and text[pos - 1] not in ";:\n":
        return -1
    line = bisect_right(line_starts, pos) - 1
    if line_starts[line] not in semicolon_lines:
        return -1
    line_end = line_starts[line + 1] - 1 if line + 1 < len(line_starts) else len(text)
    piece_end, commas = line_end, []
    for k in range(bisect_left(seps, pos), bisect_left(seps, line_end)):
        sep = text[seps[k]]
        if sep in ";。":
            piece_end = seps[k]
            break
        if sep == ",":
            commas.append(seps[k])
    return piece_end if commas and all(_BARE_PART.match(text, p + 1) for p in commas) else -1


# "A路以西、B路以北、C路以南合围区域与D农副产品停车场" (东莞's towns, autumn 2022): a bounded area closed by its word,
# then 与 (及, 以及, 和) and a place of its own; the item runs on to the place, split at the join where places are
# read (``_enclosed_and``), not left as a place "与D…" of its own.
_JOIN_AFTER_AREA = re.compile(r"(?<=区域|范围|片区|地块)(?:以及|及|与|和)(?!其|周边|周围)")


# an area closed by its word with a note in brackets ("…合围区域(含D小区)"), then 和 (及, 以及, 与) and a place
_NOTED_AREA_END = re.compile(r"(?:区域|范围|片区|地块)内?\((?:[^()]|\([^()]*\))*\)$")
_JOIN_AFTER_NOTE = re.compile(r"(?:以及|及|与|和)(?!其|周边|周围)(?=[\u4e00-\u9fff]{2})")


def _past_place_joined_to_area(text: str, end: int, seps: list[int]) -> int:
    return _next_sep(seps, end, len(text)) if _JOIN_AFTER_AREA.match(text, end) else end


# "除高风险区外", "除A小区以外": an exception alone, written after a comma behind the place it narrows.
_EXCEPTION_ONLY = re.compile(r"除[^,、;。()除]{1,24}?(?:以外|之外|外)")
_OPEN_LEVEL_EXCEPT = re.compile(r"除(?:封控|管控|防范|[高中低]风险)[^外()、,;。]*")
_SUMMED = re.compile(r"等(?:居民)?(?:住宅区|小区|区域|场所|楼栋|片区|(?:围闭|围合|封闭|闭环)?区)$")
# "南甲、南乙、南丙别墅" (海口, spring 2022): estates by their bare two-character names, the kind of housing written
# once after the last: one place, as written (not split into bare names). (Only names of two characters that end in
# no kind of place, "A村、B苑小区" being places of their own, nor a facility's word, "祠堂、超市、A小区" (review
# rv72a), and a last name of two characters with its kind.)
_BARE_TWO = re.compile(rf"[{_CJK}][{_CJK}]"
                       r"(?<![村苑园里居城庄府湾阁庭坊院楼厂店站所局馆场区镇乡街路巷寨屯组队号栋幢社宅舍寓厦墅邸"
                       r"堂校市行厅房室屋库仓寺庙宫桥港])")
_SHARED_TAIL_KIND = re.compile(rf"{_BARE_TWO.pattern}(?:别墅|小区|花园|公寓|新村|家园)")


def _next_sep(seps: list[int], pos: int, n: int) -> int:
    k = bisect_left(seps, pos)
    return seps[k] if k < len(seps) else n


def _past_area_within(text: str, pos: int, end: int, seps: list[int]) -> int:
    """Where the place from pos to end goes on: past the comma after it when it ends with 中 / 内 (within a place)
    and the piece after the comma is an area told by what stands in it ("A小区东区中,1-9幢所在的南面区域")."""
    if end >= len(text) or text[end] != "," or not _WITHIN_PLACE.search(text[pos:end]) \
            or not _complete_place(text[pos:end - 1]):
        return end
    k = bisect_right(seps, end)
    after = seps[k] if k < len(seps) else len(text)
    return after if _LYING_AREA.search(text[end + 1:after].rstrip("。.")) else end


# "(一)A街:东至B路,西至C路(除高风险区外),实行“人不出区、错峰取物”等临时管控措施。" over "(二)D街:…" (广州, autumn
# 2022): each numbered item closed by its measures after a last comma; the measures end the item, not the list, when
# the next line is an item numbered alike (a measures clause as a list's last line, or over prose, still ends it).
_ITEM_MEASURES = re.compile(r"(?:并|均|统一|一律|继续)?(?:实行|实施|执行|落实|采取)[^,;。\n]{0,40}?(?:措施|管理|管控)$")


def _item_measures_then_item(text: str, start: int, end: int) -> bool:
    """Whether the measures clause text[start:end] closes a numbered item, another item numbered alike after it."""
    line_start = text.rfind("\n", 0, start) + 1
    item = _ENUM.match(text, line_start)
    while end < len(text) and text[end] in "。;":
        end += 1
    if not item or start <= line_start or text[start - 1] != "," \
            or not _ITEM_MEASURES.fullmatch(text[start:end].rstrip("。;")) or text[end:end + 1] != "\n":
        return False
    nxt = _ENUM.match(text, end + 1)
    return bool(nxt) and _enum_kind(item.group()) == _enum_kind(nxt.group())


# "二、新雅街" over "(一)空铁大道以南,…,永光街4号至新雅街政务中心旧址以西区域", "2.厦滘村:东至厦滘村兴华街十三巷、
# 南至兴华街…的围合区域" (广州, autumn 2022): an area by its bounds (two bound words or more) whose heading's or label's
# name is first written after its first bound, inside a bound (a landmark of the street or village), does not name
# its own street or village: the heading or label is still joined. (Not a name written before the bounds: "新雅街
# A路以南、B路以北区域" names its street.)
_BOUND_WORD = re.compile(r"以(?:[东西][南北]?|[南北])|[东南西北](?:至|到|抵)")


def _named_in_bounds_only(name: str, place: str) -> bool:
    """Whether name is written in place only inside the bounds of an area drawn by them (not as the place's own)."""
    bounds = list(_BOUND_WORD.finditer(place))
    return len(bounds) >= 2 and place.find(name) >= bounds[0].start()


def _enum_kind(enum: str) -> str:
    """An item number's style: its numerals' kind and the marks around them ("(一)", "1.", "一、")."""
    return re.sub(r"[一二三四五六七八九十]+", "一", re.sub(r"\d+", "1", enum))


# "(二)城区:" after "(一)金桃镇:": the town's seat or urban area as a heading of its own
_ZONE_HEADING = re.compile(r"(?:主|中心|老|县)?城区|城关|县城")


# "东风街道:A小区、B小区,将继续严格管控。", "…、B小区将严格落实“足不出户”等管控措施。" (m73b): what the places will have
# (将, will, then a verb of the measures), after a comma or glued to the last place: no place, and the list ends there.
# (Not a level's area named after 将, "将管控区…", "将封控范围扩大至…", nor "将军路".)
_WILL_MEASURES = re.compile(r"将(?:继续|严格|全面|依法|从严|进一步|统一|一律|持续|对(?:上述|以上|该|其)[^,;。:]{0,8}?)*"
                            r"(?:实行|实施|执行|落实|采取|开展|进行|视情|适时|管控|封控|封闭|管理|防控)(?![区域范围])")


def _scan(text: str, default_district: str | None, whole_items: bool = False,
          comma_groups: bool = False, compounds: bool = True) -> list[_Group]:
    """The groups of a section's text; with whole_items each numbered item (or line) is read as one place, with
    comma_groups each piece between commas (its 、 joining parts of one place); without compounds two housing
    compounds joined by 及 in a run of places stay one place (as a count over them may say)."""
    run_start = 0
    groups = [_Group(default_district)]
    headed: _Group | None = None  # the group of a district's heading on its own line ("(一)魏都区")
    prefix: str | None = None
    community: str | None = None  # "北寨子社区(3个):" under a street: a second prefix
    prefix_line_only = False
    held_prefix: str | None = None  # a town's heading held under a place's label on one line
    heading_kind: str | None = None  # the item number's style of the town's heading on its own line ("(一)")
    items_below = False  # whether items numbered in another style came under that heading
    community_line_only = False  # "查干淖尔社区:A" with its places on the line: the community holds on this line
    # the items under a heading of a street or town on its own line: (group, index, place as written, whether
    # it was prefixed) by heading
    headed_items: list[list[tuple[_Group, int, str, bool]]] = []
    seps = _top_level_seps(text)  # once: a list can be thousands of places long
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    semicolon_lines = {line_starts[bisect_right(line_starts, p) - 1] for p in seps if text[p] == ";"}
    among_towns = _zone_among_towns(text)
    pos, n = 0, len(text)
    counted_end = n if comma_groups else -1  # up to here a 、 separates no places (the group's count says so)
    labelled_end = -1  # where the item after a street label ends when it is one place
    comma_end = -1  # up to here each comma separates places (a community's count says so): no part joins across
    and_cut = -1  # the 及 between two areas bounded by bare sides: a separator there
    while pos < n:
        if pos == and_cut:
            pos += 1
            continue
        if text[pos] in _SEPS or text[pos] in " .":
            if text[pos] == "\n" and prefix_line_only:
                # (the town's heading held under a label comes back for the whole next line: "金桃镇:" over
                # "1.A小区:3栋" and "2.B小区:2栋", each label under the town)
                prefix, community, held_prefix, prefix_line_only = held_prefix, None, None, False
            if text[pos] == "\n" and community_line_only:
                community, community_line_only = None, False
            pos += 1
            continue
        line_start = pos == 0 or text[pos - 1] == "\n"
        m = _ENUM.match(text, pos)
        item_end, labelled_end = labelled_end, -1
        enumerated = False
        part = False
        line_kind = _enum_kind(m.group()) if m and line_start else None
        parallel = False
        if m:
            if line_start and re.match(r"[一二三四五六七八九十]{1,3}[、.]", m.group()):
                prefix = community = None  # "二、…": a new part; the street of the part before does not hold
                part = True
            if line_kind and line_kind != heading_kind:
                items_below = True
            elif line_kind and items_below:
                # "(一)金桃镇:" over "1.A小区:5栋", then "(二)城区:": a heading of the town's own kind ends the
                # town's (held under the labels of its items or not), once items of another kind were below it
                # (not "1.金桃镇:" over "1.A小区": its items numbered as it is)
                prefix = community = held_prefix = heading_kind = None
                prefix_line_only = community_line_only = False
                parallel = True
            pos = m.end()
            if pos >= n or text[pos] in _SEPS:
                continue
            enumerated = line_start  # "一、江高镇:A,B。" with its content is an item, not the heading of a part
            if line_start and whole_items:
                item_end = _whole_item(text, pos)
            elif line_start and not part:
                item_end = _one_place_item(text, pos, seps)
        elif line_start and whole_items:
            # "高风险区 6 个" over six unnumbered lines, one "A路甲店、乙店、丙店": each line is one place as the
            # count has it, as a numbered item is
            item_end = _whole_item(text, pos)
        m = _LABEL_COLON.match(text, pos)
        label = _classify_label(m["name"], m["count"], strict=False) if m else None
        if not m and line_start and (r := _REPEATED_DIVISION_LABEL.match(text, pos)) \
                and not _BAD_NAME.search(r["name"]) and not _BAD_SUB.search(r["name"]) \
                and not _LEVEL_RE.search(r["name"]) and not _NOT_DIVISION_NAME.search(r["name"]):
            m, label = r, _Label(r["name"], None, _cn_int(r["count"]))
        if not m and line_start and (b := _BASE_DIVISION_LABEL.match(text, pos)) \
                and not _BAD_NAME.search(b["name"]) and not _LEVEL_RE.search(b["name"]) \
                and _base_among_districts(text, pos):
            m, label = b, _Label(b["name"], None, _cn_int(b["count"]) if b["count"] else None)
        if m and not label and _urban_label(m.group()):
            # "主城区:A、B" over "X镇:C": the urban area of the county (or city) that issues the list, a zone of
            # it written like a town's label; neither a district nor a town joined to its places
            pos, prefix, community = m.end(), None, None
            continue
        if m and not label and parallel and (m.end() >= n or text[m.end()] == "\n") \
                and (_ZONE_HEADING.fullmatch(m["name"]) or _ZONE_LABEL.search(m["name"])):
            # "(二)城区:" alone on its line after "(一)金桃镇:": the heading of a zone of its own, not a place
            pos = m.end()
            continue
        if m and label:
            pos = m.end()
            own_line = pos >= n or text[pos] == "\n"
            if (label.district and not label.sub and (headed is groups[-1] and not enumerated or among_towns)
                    and _ZONE_LABEL.search(label.district)
                    and (label.district not in _divisions()[0] or _GENERIC_ZONE.fullmatch(label.district))):
                # "(一)魏都区" over "五一路街道:A" and "先进制造业开发区:B": a zone within the district written
                # like its streets is a part of it, not a district of its own; so is "经开区:C" among town
                # labels ("荆山镇:A" / "榴城镇:B") of a list that names no district
                label = _Label(None, label.district, label.count)
            if label.district:
                groups.append(_Group(label.district, label.count, labelled=True))
                prefix = community = None
                if label.count and not own_line:
                    counted_end = _counted_line(text, pos, seps, label.count)
                elif label.count and pos < n and _one_line_under_label(text, pos + 1):
                    # ("云岩区(1个):" alone on its line, its one line of places below, as a copy that spaces its
                    # colons has it once its spaces are read as line breaks: the count says the same)
                    counted_end = _counted_line(text, pos + 1, seps, label.count)
            if label.sub:
                prefix, prefix_line_only, community = label.sub, not own_line, None
                if label.count and not own_line:
                    # "1.A街道(1个):B路6、8号及底楼门面、B路38号门面": a street's count over its line says its 、
                    # join parts of one place, as a district's does
                    counted_end = max(counted_end, _counted_line(text, pos, seps, label.count))
                heading_kind, items_below = (line_kind if own_line else None), False
                if enumerated and label.count is None and not own_line:
                    labelled_end = _whole_item(text, pos) if whole_items else _one_place_after_label(text, pos, seps)
            counted = re.match(rf"{_COUNT}(?=\n|$)", text[pos:])  # "朝阳区:3个"
            if counted:
                if label.district and groups[-1].count is None:
                    groups[-1].count = _cn_int(counted["count"])
                pos += counted.end()
            continue
        m = _UNITS_LABEL.match(text, pos)
        if m and not _BAD_SUB.search(m["name"]):
            # "1、大甸子镇主街商铺:双红肉行、祥和药房": the shops of a street, each named after the colon; their
            # label is prefixed to each, as a street's is ("大甸子镇主街商铺双红肉行"), on this line only
            prefix, prefix_line_only, community = m["name"], True, None
            pos = m.end()
            continue
        m = _COMMUNITY.match(text, pos) if line_start and prefix else None
        if m:
            community, pos = m["name"], m.end()
            continue
        m = _PLACE_LABEL.match(text, pos) if line_start else None
        if m and not _BAD_PLACE_LABEL.search(m["name"]) and _places_follow(text, m.end(), seps):
            # "东湖公园:A小区、B花园", "1.金华广场:C店、D店": a place's label before the places on its line is
            # prefixed to each, as a street's or a shop row's is ("大甸子镇主街商铺:双红肉行" gives
            # "大甸子镇主街商铺双红肉行"; "罗汉村:5组204号" gives "罗汉村5组204号"), its colon dropped
            # (under a town's heading, "一、建新镇" over "春风苑二区:春风苑二区10号楼": the town stays in front of the
            # label, and the label is written as the notice writes it, though its name comes again)
            # (not a label naming its own town or street, "建新镇中心小学:", "B街道C小区:" (rv62b))
            held_prefix = prefix if prefix and not prefix_line_only and prefix.endswith(("镇", "乡", "街道")) \
                and not m["name"].startswith(prefix) and not _STREET_FIRST.match(m["name"]) else None
            prefix = held_prefix + m["name"] if held_prefix else m["name"]
            prefix_line_only, community = True, None
            pos = m.end()
            if m["count"]:
                counted_end, comma_end = _community_counted_line(text, pos, seps, _cn_int(m["count"]), counted_end)
            continue
        m = _COMMUNITY_INLINE.match(text, pos) if line_start else None
        if m:
            # "A社区:B小区" / "C村:1组、2组": a community's or village's label before its places on the line is
            # prefixed to each, as a street's label is ("A社区B小区")
            community, community_line_only, pos = m["name"], True, m.end()
            if m["count"]:
                counted_end, comma_end = _community_counted_line(text, pos, seps, _cn_int(m["count"]), counted_end)
            continue
        k = bisect_left(seps, pos)
        end = seps[k] if k < len(seps) else n
        while end < counted_end and text[end] == "、":
            k += 1
            end = seps[k] if k < len(seps) else n
        if item_end > end:
            end = item_end
        piece_end = _semicolon_piece(text, pos, seps, line_starts, semicolon_lines)
        if piece_end > end:
            end = piece_end
        piece_end = _landmarks_closing_area(text, pos, seps)  # "A市场,B村,C坪63号合围区域": one area
        if piece_end > end:
            end = piece_end
        end = _past_area_within(text, pos, end, seps)  # "A小区东区中,1-9幢所在的南面区域": one area
        end = _past_listed_parts(text, pos, end, seps)  # "A村6号及其南3排、北3排": one area
        bounded = _bound_run(text, pos)
        if bounded and bounded.end() > end:
            end = _past_place_joined_to_area(text, bounded.end(), seps)  # "东方路以西、曙光路以东、…围合区域": one area
            if bounded.re is _BARE_SIDES_RUNS and (ands := _bare_sides_ands(text, pos, bounded.end())):
                end = and_cut = ands[0]  # "A街南、…D巷所围区域及E街南、…H巷所围区域": two areas, as in a sentence
        segment = text[pos:end]
        if parallel and (end >= n or text[end] == "\n") and _ZONE_HEADING.fullmatch(segment.rstrip("。.;:")):
            pos = end  # "(二)城区" alone after "(一)金桃镇": a heading, as with its colon
            continue
        if line_start and (end >= n or text[end] == "\n"):
            m = _LABEL_ALONE.fullmatch(segment.rstrip("。.;"))
            label = _classify_label(m["name"], m["count"], strict=not part) if m else None
            loose = _classify_label(m["name"], m["count"], strict=False) if m and not label else None
            if loose and loose.sub and (text.startswith(loose.sub, end + 1) or _street_heading_of_items(text, end)):
                label = loose  # "(一)增江街" over "增江街中盛家园": a street heading, its name repeated below
            if label and label.sub and _label_line_is_place(text, end):
                # "雁塔区长延堡街道" among lines of its kind: a listed street, not the label of a group
                if label.district and label.district != groups[-1].district:
                    groups.append(_Group(label.district))
                elif label.district is None and groups[-1].district and not groups[-1].labelled \
                        and (found := _known_front(label.sub)) and found[0] != groups[-1].district \
                        and not _GENERIC_ZONE.fullmatch(found[0]) and _sub_ok(found[1]):
                    # ("2、西咸新区沣东新城斗门街道" / "3、长安区韦曲街道" (西安, 2022): the line after a street
                    # listed with its district writes its own district in front; a group of that district, not
                    # the line before's)
                    groups.append(_Group(found[0]))
                    label = _Label(found[0], found[1], label.count)
                groups[-1].places.append(label.sub)
                pos = end
                continue
            if label:
                if label.district:
                    groups.append(_Group(label.district, label.count, labelled=True))
                    headed = groups[-1]
                    prefix = community = None
                if label.sub:
                    prefix, prefix_line_only, community = label.sub, False, None
                    heading_kind, items_below = line_kind, False
                    headed_items.append([])
                pos = end
                continue
        segment_start, pos = pos, end
        if bounded and bounded.re is _BARE_SIDES_RUNS and end == bounded.end() and text.startswith("及", end):
            pos = end + 1  # "…C路两侧商铺及D小区": the bounded area, then 及 and a place of its own (rv66a)
        if community and line_start and _counted_line_place(segment, text, end):
            community = None
        if groups[-1].places and not line_start and text[segment_start - 1] in "、," \
                and _BETWEEN_NUMBERED.match(segment.strip(".:·")) and _SUB_END.match(groups[-1].places[-1]):
            # "A东里11号、16号楼、以及11号与12号之间的平房": a part between the compound's numbered buildings
            groups[-1].places[-1] += text[segment_start - 1] + segment.strip(".:·")
            continue
        place = _COUNTED_END.sub("", _JOINED_LAST.sub("", segment.strip(".:·")))  # "A小区,以及B小区"
        if groups[-1].places and text[segment_start - 1:segment_start] == ")" \
                and _NOTED_AREA_END.search(groups[-1].places[-1]) and (join := _JOIN_AFTER_NOTE.match(place)):
            # ("A路、B路、C路合围区域(含D小区)和E村" in a list: the area with its note, then the join and a place of
            # its own; no place "和E村")
            place = place[join.end():]
        if not place or _NOISE.fullmatch(place) or re.fullmatch(r"[\d.、()]+", place):
            continue
        closing = False
        if (will := _WILL_MEASURES.search(place)) and will.start() >= 2 and not _unclosed(place[:will.start()]) \
                and _complete_place(place[:will.start()]):
            place, closing = place[:will.start()], True  # "B小区将严格落实…措施": the place, then its measures
        if groups[-1].places and not line_start and (
                # (an exception closed by 的 before 其它 without 外, "A镇除“高风险区”的其它区域", is closed)
                re.search(r"除(?:(?!的(?:其他|其它|其余))[^外()])*$", groups[-1].places[-1])
                or re.search(rf"内(?:{_LEVEL_WORD}、)*{_LEVEL_WORD}$", groups[-1].places[-1])  # "A镇辖区内封控区、"
                # ("A镇封控区、管控区以外的区域": the levels after the place with no 除 nor 内, the rest closed after
                # the last of them)
                or (re.search(rf"[{_CJK}\d]{_LEVEL_WORD}$", groups[-1].places[-1])
                    and re.match(rf"(?:{_LEVEL_WORD}、)*{_LEVEL_WORD}(?:以外|之外|外)", place))):
            groups[-1].places[-1] += text[segment_start - 1] + place  # "除发布的中、高风险区以外的其他区域"
            continue
        if groups[-1].places and not line_start and text[segment_start - 1] == "," and _EXCEPTION_ONLY.fullmatch(place):
            groups[-1].places[-1] += "," + place  # "A路—B路合围区域,除高风险区外": the exception goes with its place
            continue
        # ("除封控区、管控区以外A社区其他区域": the exception's first level, split at 、, waits for the rest of it)
        if (_NOT_PLACE.search(place) and not (_OPEN_LEVEL_EXCEPT.fullmatch(place) and end < n and text[end] == "、")) \
                or (line_start and _date_heading(place)):
            continue
        if _is_boilerplate(place) or _WILL_MEASURES.match(place):
            if _item_measures_then_item(text, segment_start, end):
                pos = end  # "(一)A街:东至B路,…(除高风险区外),实行“…”等管控措施。" over "(二)C街:…": the item's measures
                continue
            break  # the lists ended inside this paragraph
        places = groups[-1].places
        after_comma = not line_start and text[segment_start - 1] == "、"
        if not after_comma:
            run_start = len(places)
        # (a flattened table's rows run together in one place: each row a place, the street's label on each; a
        # bare part first goes with the place before, "A写字楼A、B座C小区D小区…")
        rows = _split_flattened(place)
        # (not right after a label's colon: "5、A村(1个):1组13号" starts the village's places, joined to none above)
        if places and not line_start and text[segment_start - 1] != ":" \
                and not (segment_start <= comma_end and text[segment_start - 1] == ",") \
                and ((_BARE_SUB.match(rows[0]) and _SUB_END.match(places[-1]))
                                          or _CLAUSE.match(rows[0]) or _floor_part(places[-1], rows[0])
                                          or _campus_part(places[-1], rows[0])):
            places[-1] += text[segment_start - 1] + rows[0]  # "1号楼、2号楼": one place, as written
            if len(rows) == 1:
                continue
            rows, place = rows[1:], "".join(rows[1:])
        if _SUMMED.search(place) and after_comma and run_start < len(places):
            # "A小区、B小区、C小区等居民住宅区": one area named by its parts
            places[run_start:] = ["、".join([*places[run_start:], place])]
            continue
        if after_comma and run_start < len(places) and _SHARED_TAIL_KIND.fullmatch(place) \
                and all(_BARE_TWO.fullmatch(p) for p in places[run_start:]):
            places[run_start:] = ["、".join([*places[run_start:], place])]  # "南甲、南乙别墅": one kind for both
            continue
        for k, place in enumerate(rows):  # noqa: PLW2901
            # ("郭宅村:以郭宅村田浦头5号为中心,北至…": an area drawn around a point of the village still takes it)
            if community and (community not in place or re.match(rf"以{community}", place)
                              or _named_in_bounds_only(community, place)) \
                    and not _STREET_FIRST.match(place):
                place = community + place
            as_written = place
            # (a street named in the place's note in brackets is a landmark, no prefix: "A小区(凤阳街与B路之间区域)")
            if prefix and (prefix not in (unbracketed := re.sub(r"\([^()]*\)", "", place))
                           or _named_in_bounds_only(prefix, unbracketed)) and (
                    not _STREET_FIRST.match(place)
                    # "兴隆镇:兴隆街道渝兴路190号": under a town's label, a 街道 named with the town's own stem is the
                    # town's street (a town holds no subdistrict), the item joined to the label as written
                    or (prefix.endswith(("镇", "乡")) and len(prefix) > 2 and place.startswith(prefix[:-1] + "街道"))):
                place = prefix + place
            if prefix and headed_items and not community and not prefix_line_only:
                headed_items[-1].append((groups[-1], len(groups[-1].places), as_written, place != as_written))
            # "…、东城街道A村及B工业功能区。": 及 before the last item of a 、 run joins two places
            # ("…、E市场和F街道G府77幢,区域内人员严格执行…": the list closed by a comma before its measures, too)
            last = k == len(rows) - 1 and after_comma and (end >= n or text[end] in "\n。;" or (
                text[end] == "," and _is_boilerplate(text[end + 1:_next_sep(seps, end + 1, n)])))
            if not line_start and text[segment_start - 1] == ";" and k == 0:
                groups[-1].after_semicolon.add(place)
            if line_start and k == 0:
                groups[-1].line_starts.add(place)
            if enumerated:
                groups[-1].items.add(len(groups[-1].places))
            # ("A小区及B豪庭、C小区": two compounds joined by 及 in a run of places split at 、)
            in_run = compounds and ((end < n and text[end] == "、")
                                    or text[segment_start - 1:segment_start] == "、")
            parts = [part for piece in _count_then_and(place)
                     for end in (_final_and(piece) if last else _division_and(piece))
                     for whole in _named_and(end)
                     for part in (_compounds_and(whole) if in_run else [whole])]
            # "A街道(2个):B小区(含东区、西区)和C小区" (m73b): a label's street joined in front of the item goes on each
            # place parted from it at 和 (as on each parted at 、), unless the place names its own street or district
            front = place[:-len(as_written)] if place != as_written and place.endswith(as_written) else ""
            groups[-1].places.extend(
                front + part if k2 and front and not part.startswith(front) and _complete_place(part)
                and not _STREET_FIRST.match(part) and _front_district(part) is None else part
                for k2, part in enumerate(parts))
        if closing:
            break  # (the measures glued to the last place end the lists)
    # "(一)官渡镇(21个)" over "1.官渡中学", "3.官渡镇高岭村", …: when most items under a town's heading repeat its
    # name, the writer wrote it wherever it belongs; the few without it are named whole, as written.
    for items in headed_items:
        bare = [item for item in items if item[3]]
        if bare and len(items) - len(bare) > 2 * len(bare):
            for group, index, as_written, _ in bare:
                if index < len(group.places):
                    group.places[index] = as_written
    for group in groups:
        group.places = [p for p in _join_bounded(group.places, group.after_semicolon, group.items, group.line_starts)
                        if not _NOT_PLACE.search(p) and not _OPEN_LEVEL_EXCEPT.fullmatch(p)]
    # Leading text before the first label with no places is no group.
    return [g for g in groups if g.places or g.labelled]


# A development zone's label ("经开区:", "高新技术产业开发区:"): a district when a city lists it with its
# districts, a part of the county when a county's list writes it among its towns.
_ZONE_LABEL = re.compile(r"(?:开发区|经开区|高新区|示范区|实验区|试验区)$")
_LINE_LABEL = re.compile(rf"(?m)^[ \t]*(?:{_ENUM.pattern})?[ \t]*(?P<name>[{_CJK}]{{2,16}}?)(?:{_COUNT})?:")


def _zone_among_towns(text: str) -> bool:
    """Whether the labels starting the lines of a list are towns or streets and development zones, no district:
    "荆山镇:A、B" / "包集镇:C" / "经开区:D" (a county's list; the zone is one of its parts), also one town beside
    the zone ("A开发区:B小区" / "C镇:D花园", a county's section that lists two of its parts)."""
    towns = zones = 0
    for m in _LINE_LABEL.finditer(text):
        label = _classify_label(m["name"], None, strict=False)
        if label is None:
            continue
        if label.district and (label.sub or not _ZONE_LABEL.search(label.district)
                               or (label.district in _divisions()[0] and not _GENERIC_ZONE.fullmatch(label.district))):
            return False
        towns, zones = towns + (label.sub is not None), zones + (label.district is not None)
    return towns >= 1 and zones >= 1


_DATE_LEAD = re.compile(r"^(?:截至|截止|自)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}(?:时|点)(?:\d{1,2}分)?)?")


def _date_heading(line: str) -> bool:
    """ "一、11月3日5时调整的区域", "二、截至11月3日5时全市中高风险区": a line of a date and heading words
    titles the sections below it, it is no place."""
    m = _DATE_LEAD.match(line)
    if m is None or m.end() == len(line):
        return False
    rest = re.sub(r"(?:中高|高中|中低|高低)(?=风险)", "高", line[m.end():])  # "中高风险区": levels
    rest = re.sub(r"全市|全区|全县|本市|本区|[(),:]|起", "", _LEVEL_RE.sub("", rest))
    return not _HEADING_VOCAB.sub("", rest)


# "(一)秀全街" over "1.A巷8号" (or over a line of places) beside "(二)B镇" (广州, autumn 2022): a street written
# with 街 alone, numbered "(一)" like a town's heading of the same part, is a heading too, when numbered items
# follow it or the next "(二)" line is a town's or subdistrict's heading (…镇, …乡, …街道)
_PAREN_NUMBERS = "一二三四五六七八九十"


def _street_heading_of_items(text: str, end: int) -> bool:
    line = text[text.rfind("\n", 0, end) + 1:end]
    m = re.match(r"\(([一二三四五六七八九])\)", line)
    # ("①新华街" over "A区域。" beside "②新亚街" (广州 花都, autumn 2022, a reworded copy): a circled number as "(一)")
    circled = re.match(r"[\u2460-\u2467]", line) if not m else None
    if not m and not circled:
        return _unnumbered_street_over_items(line, text[end + 1:])
    rest = text[end + 1:]
    nxt = rest.split("\n", 1)[0].rstrip("。.;,")
    if not nxt or ((nl := _label_at_start(nxt)) is not None and nl[1] == len(nxt)):
        return False  # ("(一)A街" over "(二)B街": streets listed as places, no heading over items)
    if circled and re.match(r"[\u2460-\u2473]", nxt):
        return False  # ("①A街" over "②B小区": the next item, numbered as the street is; a street listed as a place)
    if (own := _label_at_start(line)) and own[0].sub:
        return True
    if re.match(r"1[.、](?!\d)|\(1\)", rest):
        return True
    sibling_number = re.escape(chr(ord(circled[0]) + 1)) if circled else \
        rf"\({_PAREN_NUMBERS[_PAREN_NUMBERS.index(m[1]) + 1]}\)" if m else ""
    nxt = re.search(rf"^{sibling_number}(?P<name>[^\n]*)$", rest, re.M)
    if not nxt:
        return False
    sibling = _LABEL_ALONE.fullmatch(nxt["name"].rstrip("。.;:"))
    label = _classify_label(sibling["name"], sibling["count"], strict=True) if sibling else None
    return bool(label and label.sub)


def _street_line_over_items(line: str, nxt: str) -> bool:
    """A line that is a street alone, unnumbered, over the first of numbered items ("新华街" over "(一)A大厦")."""
    loose = _classify_label(line.rstrip("。.;"), None, strict=False) if not _top_level_seps(line) else None
    return bool(loose and loose.sub and not loose.district) and _unnumbered_street_over_items(line, nxt)


def _lone_place_over_list(previous: str, line: str) -> bool:
    """ "星河苑" over "阳光小区、翠湖村": in a list written inline, a line that is one whole place alone (no separator)
    over a line opening with a whole place of its own is an item of its own, no name broken over the lines (not
    "A花园" over "3栋、5栋" nor "A小区" over "(1号楼除外)", a part or a note; nor a community over its compounds,
    "金湖社区" over "阳光小区、翠湖小区", its places' heading: review rv72a). A PDF copy's page number between the
    lines is a break the normalizer knows: a name broken there is joined before (_drop_page_numbers, m73a). (Nor a
    line that ends as a name's front, a house number, road or town, "龙春路1号" over "金华小区、…" a newspaper may
    break anywhere, nor a next line opening with a section of the estate above, "北区", "2期".)"""
    alone = previous.rstrip("。;")
    if not alone or _top_level_seps(alone) or _unclosed(previous) or _ENUM.match(previous) or line[:1] in _OPEN \
            or re.search(r"(?:社区|居委会|村委会|(?:居民|村民)委员会)$", alone) or _NAME_FRONT_END.search(alone):
        return False
    first = re.split(r"[、,;。]", line, maxsplit=1)[0]
    if alone.endswith("村") and re.search(r"(?:组|队|社|屯)$", first):
        return False  # ("金桂村" over "大湾组、小湾组": a village over its groups, their heading: review rv73b)
    return _complete_place(alone) and _complete_place(first) and not _BARE_SUB.match(first) \
        and not _WORD_ENDING_START.match(first) and not _SECTION_START.match(first)


# (the end of a name's front: a house number, a road, a town or street)
_NAME_FRONT_END = re.compile(r"(?:\d|号|路|街|巷|弄|大道|镇|乡|街道)$")
# (a section of an estate: "北区", "A区", "2期", "二期", "三组团")
_SECTION_START = re.compile(r"(?:[东南西北中][区苑院]|(?:[A-Z]|\d{1,3}|[一二三四五六七八九十]{1,3})(?:区|期|组团))")


def _last_street_line(line: str, previous: str) -> bool:
    """A street alone ("人民街"), unnumbered, under a numbered item that is a whole place ("(二)B花园"; not a
    street or town, "(二)A街道" over "人民街" may be one place broken over the lines)."""
    loose = _classify_label(line.rstrip("。.;"), None, strict=False) if not _top_level_seps(line) else None
    item = _strip_enum(previous)[0].rstrip("。.;")
    return bool(loose and loose.sub and not loose.district and loose.sub == line.rstrip("。.;")) \
        and bool(_ENUM.match(previous)) and _complete_place(item) and _classify_label(item, None, strict=False) is None


def _unnumbered_street_over_items(line: str, rest: str) -> bool:
    """"新华街" unnumbered over "(一)A大厦" and "(二)B苑" (广州 花都, autumn 2022): a street written once, with no
    number of its own, above the first of its numbered items is their heading (not over a level's heading, nor
    over a street's or town's heading)."""
    nxt = rest.split("\n", 1)[0].rstrip("。.;,")
    first = re.match(r"(?:\(一\)|一[、.]|1[.、](?!\d)|\(1\))", nxt)
    if not first or not nxt[first.end():] or _has_keyword(nxt) or re.match(r"[\d一二三四五六七八九十(]", line):
        return False
    own = _label_at_start(nxt)
    return not (own and own[0].sub) and not (own and own[1] == len(nxt))


def _label_line_is_place(text: str, end: int) -> bool:
    """A line that is only a street ("雁塔区长延堡街道") is a listed place when no places follow it: the
    next line is of the same kind, or the list ends."""
    nxt_end = text.find("\n", end + 1)
    nxt = text[end + 1:nxt_end if nxt_end >= 0 else len(text)].rstrip("。.;,")
    if end >= len(text) or not nxt:
        return True
    # "1.建宁街道" over "2.庆云街道(除A村)": an item the next item's number follows is one of the list; the
    # items of a label are numbered from 1 again
    # (in any style: "(1)沙河街道" over "(2)白音席勒街道", "1)A街道" over "2)B街道")
    here = re.match(r"(\(?)(\d{1,3})([.、)])", text[text.rfind("\n", 0, end) + 1:end])
    if here and re.match(rf"{re.escape(here[1])}{int(here[2]) + 1}{re.escape(here[3])}(?!\d)", nxt):
        return True
    if _ENUM.match(nxt):
        return False
    m = _LABEL_ALONE.fullmatch(nxt)
    label = _classify_label(m["name"], m["count"], strict=True) if m else None
    # "水磨沟区1个" / "七纺街道" / "高新区(新市区)1个" (乌鲁木齐, summer 2022): the next district's label starts
    # another group, none of the street's places follow: the street is the district's one place (invented:
    # "甲区1个 / 乙丙街道 / 丁区2个")
    return bool(label and (label.sub or (label.district and m["count"])))


# "北寨子社区(3个):" on its own line under a street: the community of the places below it.
# "大甸子镇主街商铺:", "人民路沿街门店:" over a list of named shops (not bounds: "A商铺:东至B路、…")
_UNITS_LABEL = re.compile(rf"(?P<name>[{_CJK}]{{2,16}}?(?:沿街|两侧|周边)?(?:商铺|门店|店铺|商户|门面|摊位|底商)):"
                          r"(?![东南西北]{1,2}(?:至|到|起))(?=[^:\n]*、)")
# "东湖公园:", "金华广场:", "春晓小区:" starting a line before places on it: a named place's label (not the bounds
# of the place, "A广场:北至B路、…", nor its measures or level, "A小区:实行封闭管理", "B小区:高风险区")
_PLACE_LABEL = re.compile(rf"(?P<name>[{_CJK}]{{2,16}}?(?:公园|广场|市场|商场|商城|超市|大厦|中心|园区|工业园|产业园"
                          r"|小区|花园|家园|公寓|新村|医院|学校|大学|学院|中学|小学|酒店|宾馆|景区|厂区|校区"
                          r"|农场|公司|宿舍|家属院|大院|苑[一二三四五六七八九十\d]{1,2}区"
                          # ("A工业区:B厂、C公司": an industrial area, no district (divisions._SITE_AREA), over its
                          # places, as a park's is; review rv68b)
                          r"|工业区"
                          # ("翠锦片区:A小区、B花园": an area of the town by its own name (片区), over its places)
                          r"|片区"
                          # ("银河苑:2栋": an estate named …苑 before its buildings' numbers)
                          r"|苑(?=:[\dA-Za-z一二三四五六七八九十]{1,4}(?:栋|幢|号楼|座|单元|期|号))))"
                          # ("A工业区(3个):B厂、C公司、D仓库": the label's count of its places, dropped as a
                          # district's or a community's is)
                          rf"(?:{_COUNT})?:(?=[^\n])")
# (a sentence item's label that is a place by its kind, "后溪村:", "翠湖小区:", under a town's heading (rv62b))
_LABEL_PLACE_KIND = re.compile(r"(?:村|社区|小区|花园|家园|公寓|新村|大厦|广场|市场|苑|园|庄|组|屯)$")
_BAD_PLACE_LABEL = re.compile(r"风险|封控|管控|防范|静默|以下|下列|如下|具体|包括|其中|新增|调整|解除|划定|通告"
                              r"|分别|范围|区域|地址|名单|措施|要求|电话|时间")
# what a label's colon may be followed by that is no place: bounds, measures, a level, a date, a note
# ("A酒店:东临B路,西临C车场,…": 临 (borders on) writes a side as 至 does)
_NOT_AFTER_LABEL = re.compile(rf"[东南西北]{{1,2}}(?:至|到|起|侧|以|临)|四至|以[^,、;。]{{1,20}}为界|{_LEVEL}|临时"
                              r"|(?:实行|实施|采取|执行|严格|落实|暂停|关闭|封闭|按|参照|由|自|从|于|即日|期间|全面"
                              r"|继续|解除|调整|划定|为|是|已|在|对|将|请|做好|开展|无|共|含|包括)"
                              r"|\d{1,4}[年月日时]")


def _places_follow(text: str, pos: int, seps: list[int]) -> bool:
    """Whether what follows a place's label on its line starts with a place: no bounds, measures or level."""
    first = text[pos:_next_sep(seps, pos, len(text))]
    return bool(first) and not _NOT_AFTER_LABEL.match(first) and not _MEASURE_PHRASE.search(first) \
        and not _is_boilerplate(first)


_COMMUNITY = re.compile(rf"(?P<name>[{_CJK}]{{2,12}}?(?:社区|村|居委会))(?:{_COUNT})?:(?=\n|$)")
# ("4、A片区(1个):B村4组16号、3组14号": a 片区 (a town's area of villages) counted as a community is)
_COMMUNITY_INLINE = re.compile(rf"(?P<name>[{_CJK}]{{2,12}}?"
                               rf"(?:社区|村|居委会|嘎查|片区(?=\((?:共|计)?[\d{_CN_NUM}]{{1,4}}个\))))"
                               rf"(?:{_COUNT})?:(?=[^\n])")
# "青松路社区(4个):" over its four places, then "西八里村(1个)" (no colon): under a street, a line that is one
# place with its own count is the street's place as the community labels are (the counts a list gives its
# street's units), no place of the community above it; the community's prefix stops there.
_OWN_COUNTED_LINE = re.compile(rf"[{_CJK}][^,、;:()\n]{{1,20}}\((?:共|计)?(?:\d{{1,3}}|[{_CN_NUM}]{{1,3}})个\)[。;]?")


def _counted_line_place(segment: str, text: str, end: int) -> bool:
    line_end = text.find("\n", end)
    rest = text[end:] if line_end < 0 else text[end:line_end]
    return not rest.strip("。;") and bool(_OWN_COUNTED_LINE.fullmatch(segment))


# A line starting with the end of a place's word (a kind or a unit): the rest of a name a newspaper broke.
# ("…10号\n院(1号楼除外)": 院 alone before a bracket or the line's end is the end of "10号院")
_WORD_ENDING_START = re.compile(r"^(?:小区|社区|花园|家园|楼|栋|幢|座|单元|号|室|层|户|期|区(?!域|内)|院(?=[(;。,]|$))")


def _mend_breaks(lines: list[str]) -> list[str]:
    """Undo line breaks a newspaper put inside a heading or a district name.

    "新增高风险区42个,分别\\n是:" and "…养殖场。\\n尖草\\n坪区(5个):…" are joined; a break inside a
    list is left to ``_blocks``.
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        here, there = _compact(line), _compact(nxt)
        if nxt and not _ends_with_sep(here) and not here.endswith("。"):
            joined = here + there
            label = _LABEL_COLON.match(there)
            # (not a numbered label of its own under a part's title, "一、解除临时管控的区域" over "(一)A街道:")
            heading_cut = (there.endswith(":") and len(there) <= 12 and not _ENUM.match(there)
                           and not _match_heading(there)
                           and not _match_heading(here) and _match_heading(joined)
                           # (not a whole title over the salutation: "关于解封第二批小区的通告" over "全体居民朋友:")
                           and not _TITLE.fullmatch(here))
            # Only where a list just ended (。) or a heading just opened one: elsewhere a short line
            # before a district is the last place of a one-per-line list.
            above = _compact(out[-1]) if out else ""
            name_cut = (len(here) <= 4 and label is not None and not _top_level_seps(here)
                        and not _ENUM.match(here) and not _BAD_NAME.search(here)
                        and (above.endswith("。")
                             or (above.endswith(":") and _match_heading(above) is not None))
                        and _classify_label(here + label["name"], label["count"], strict=False) is not None)
            # "A县关于解除高风险区的" over "通告(第53号)": a title broken before its kind of document
            title_cut = (bool(re.match(r"(?:通告|公告|通知|通报)(?:\([^()]{0,16}号\))?$", there))
                         and "关于" in here and _TITLE.fullmatch(joined) is not None)
            if heading_cut or name_cut or title_cut:
                lines[i + 1] = line + nxt
                i += 1
                continue
        out.append(line)
        i += 1
    return out


# The last clause of a sentence lifting what the sentences before it named: "…,自3月20日9时起,解除封控。"
# The lift has its own day ("自…起", "于…"): "…14天无新增病例后解除封控" is a rule of the measures, no lift.
_PLACELESS_LIFT = re.compile(r"(?:^|[,:])(?:现|已|现已|并)?(?:(?:该|上述|以上)(?:区域|地区|小区)?)?"
                             r"(?:自|于)(?:\d{4}年)?\d{1,2}月\d{1,2}日[^,]{0,10}?,?"
                             r"(?:该|上述|以上)?(?:区域|地区|小区)?(?:予以|正式|全面)?(?:解除|解封|解控)(?:封控|管控|防范|管理|措施|区)*。?$")
# The headline of a notice: "关于划定中风险地区的通告", "XX市关于调整风险区域的公告", "XX市疫情防控指挥部通告(第5号)".
# (a site's tag may stand in front of the title: "【公告原文】关于临沂市莒南县调整风险区的公告")
_TITLE = re.compile(rf"(?:【[^【】]{{1,10}}】)?[{_CJK}()]{{0,30}}关于[^。,:]{{2,60}}(?:通告|公告|通知|通报)"
                    rf"(?:\([^()]{{0,16}}号\))?"
                    rf"|[{_CJK}]{{2,40}}?(?:通告|公告)\(?(?:\d{{4}}年)?第[\d{_CN_NUM}]+号\)?")


_RISK_LEVELS = ("high", "medium", "low")
_ZONE_LEVELS = ("sealed", "controlled", "precaution")
# "(二)阳性检测人员活动场所:A、B" in a list: the label says what kind of places follow, it is no part of them.
_CATEGORY_LABEL = re.compile(r"^[^,、;。:()]{2,16}?(?:场所|地点|点位|场地)(?:\(\d{1,4}个\))?:")


def _enum_style(line: str) -> str | None:
    m = _ENUM.match(line)
    return re.sub(r"[一二三四五六七八九十]+", "N", re.sub(r"\d+", "D", m.group())) if m else None


def _category_item(heading: _Heading, outer: _Heading, line: str, outer_line: str) -> bool:
    """ "二、封控区范围" over "(一)中风险地区:A、B" and "(二)阳性检测人员活动场所:C": an item numbered below
    (in another numbering) a numbered zone's heading (封控区, 管控区, 防范区) that names a risk level says
    which kind of places follow; they take the section's level (the medium-risk areas are sealed)."""
    if not heading.rest or heading.action != "set" or outer.action == "lift" or not outer.level_to:
        return False
    style, outer_style = _enum_style(line), _enum_style(outer_line)
    if style is None or outer_style is None or style == outer_style:
        return False
    # (not a zone under a risk level: "一、高风险区" over "(一)封控区:A" may well set both levels)
    return heading.level_to in _RISK_LEVELS and outer.level_to in _ZONE_LEVELS


# "根据疫情防控需要,现划定:" over "A、B封控区" and "C管控区": each line is places, then the level they are
# designated (the verb is the lead's); also "A、B(封控区)".
_DESIGNATE_LEAD = re.compile(rf"(?:^|[,。])[^,。]{{0,8}}?(?:划定|确定|划分|认定)(?:{_LEVEL}[、和及]?)*(?:范围)?"
                             r"(?:如下[:。]?|:)$")
_LEVEL_AFTER = re.compile(rf"(?P<obj>[^:]+?[^:为是、,(]):?\(?(?P<level>{_LEVEL})\)?[。;,]?")


# "一、封控区" over "A小区4号楼2单元为封控单元,4号楼为封控楼": each part says it is of the section's level
# (a unit, a building, a yard of it); the parts are the places.
_UNIT_LEVEL = re.compile(r"为(?P<w>封控|管控|防范|[高中低]风险)"
                         r"(?:单元|楼栋|楼宇|楼|栋|院落|小区|户|区域|范围|点位|片区|网格)(?=[,、;。]|$)")


def _unit_parts(line: str, level: str | None) -> list[str]:
    """The places of an item whose clauses each say they are of the section's level ("A小区4号楼2单元为封控单元,
    4号楼为封控楼": two places, as written); [] when the line has no such clause."""
    body, _ = _strip_enum(line)
    parts, start = [], 0
    for m in _UNIT_LEVEL.finditer(body):
        if _level_name(m["w"] + "区") != level or _unclosed(body[:m.start()]):
            return []
        parts.append(body[start:m.start()])
        start = m.end() + 1
    if not parts:
        return []
    rest = body[start:].strip(",、;。 ")
    if rest:
        parts.append(rest)  # "…为封控单元,5号楼": a last part without its clause
    return [p for p in parts if p]


# The measures a level heading's first line states before its places ("实行“区域封闭、足不出户”等管控措施").
_LEVEL_MEASURES = re.compile(rf"^(?:{_LEVEL})?(?:严格)?(?:实行|实施|采取|落实|执行)")


# "2个中风险区下调为低风险区,分别为A、B": a sentence that starts with its count has left out its subject, the
# district the sentence before it named.
_COUNT_SUBJECT = re.compile(rf"^(?:[\d{_CN_NUM}]{{1,4}}个)(?:{_LEVEL})")


def _sentence_before_heading(line: str, index: int, outer: str | None) -> tuple[list[_Section], _Heading] | None:
    """ "自3月28日起,A小区1栋由中风险地区调整为低风险地区,同时,解除以下封控区、管控区:": a sentence with its own
    places and level, then (after a comma) the heading of the lists below; the sentence's sections and the
    heading of its last clause, or None when no clause before the heading is such a sentence."""
    for cut in re.finditer(r"[,;。]", line):
        tail = line[cut.end():]
        heading = _match_heading(tail) if _has_keyword(tail) else None
        if heading is None or heading.rest:
            continue
        found = _sentence_sections(line[:cut.start()] + "。", index, outer)
        if found and all(s.places for s in found):
            return found, heading
    return None


# A sentence under a level's heading that ends stating how many areas of that level there are ("…,划定高风险区
# 10个。", "共有中风险区3个。", "本次共划定5个封控区。"): the count of the list below, no item.
_STATED_COUNT = re.compile(rf"(?:^|[,;])(?:本次|此次|现|目前)?(?:共|共计|合计)?(?:划定|新增|确定|认定|有|现有|共有)?"
                           rf"(?:(?P<level>{_LEVEL})(?P<count>\d{{1,4}}|[{_CN_NUM}]{{1,5}})[个处]"
                           rf"|(?P<count2>\d{{1,4}}|[{_CN_NUM}]{{1,5}})[个处](?P<level2>{_LEVEL}))[。;]?$")


# "较低风险的县(市、区)(1个):", "较高风险的乡镇(街道)0个", "无疫街道(乡镇)": the heading of a list at a level of the
# 2020 five-colour scale (or "no outbreak") that none of ours is; its lines are no places of the list above.
_OFF_SCALE_HEADING = re.compile(rf"(?:{_ENUM.pattern})?(?:较高|较低)风险(?:等级)?的?[^,。;:]{{0,16}}?"
                                rf"(?:{_COUNT}|[\d{_CN_NUM}]{{1,4}}[个处])?:?")
# "较高风险地区:A、B、C;", "较低风险的县(市、区)(2个):D": such a level's heading with its list run on after the
# colon; the list is at none of our levels (not 高风险 nor 低风险 by the words inside it): no places. (Not a change
# from such a level, "较低风险降为低风险(6个):A、B", whose places reach one of ours.)
_OFF_SCALE_LISTED = re.compile(rf"(?:{_ENUM.pattern})?(?:[红橙黄蓝绿]色)?(?:较高|较低)风险(?:等级)?"
                               rf"(?:的?[^,。;:为降升调转由]{{0,12}}?(?:地区|区域|区|县|乡镇|街道|\)))?"
                               rf"(?:{_COUNT}|\(?[\d{_CN_NUM}]{{1,4}}[个处]\)?)?[::].+")
# "二、风险等级持平的县(市、区)99个(见一览表)。", "风险等级未变的乡镇(街道)12个": a count of divisions of a kind,
# none named (a province's 2020 county report pointing to its table): it ends the list above and is no place. (Not
# a level's heading, "高风险地区3个", which carries a level word and is read as one.)
_COUNTED_DIVISIONS = re.compile(rf"(?:{_ENUM.pattern})?[^,。;:、]{{0,16}}?的?"
                                r"(?:县\((?:市、?区|区、?市|市|区)\)|县市区|县区|旗县|乡镇\(街道\)|镇\(街道\)"
                                r"|街道\((?:乡镇|镇)\)|村\(社区\)|乡镇|街道)"
                                rf"(?:共|为|有|共有)?(?:\d{{1,4}}|[{_CN_NUM}]{{1,5}})个(?:\([^()]{{0,12}}\))?[。;]?")
_AMONG_OPENING = re.compile(rf"^其中[,:]?(?![\d{_CN_NUM}两第]|[^、,]{{0,6}}(?:号楼|栋|幢|座|单元)(?:$|[、,]))"
                            r"(?=[^、,]{2,}[、,][^、,]{2,})")
# "常态化区域:除以上高低风险地区外均为常态化区域", "常态化防控区域(其他区域)": late 2022's name for what is
# outside the risk areas (after the twenty measures), a label over no level of ours; its line ends the list above
# and names no place.
_NORMALIZED_AREA = re.compile(rf"(?:{_ENUM.pattern})?常态化(?:防控|管理|管控|防疫)?(?:管理)?(?:区域|地区|区)"
                              r"(?:[:(].*)?")
# "二、管控要求", "三、演练要求", "四、防控措施": a sibling item that heads rules, times or notes, no place.
# ("四、常态化防控", "五、生活保障", "六、温馨提示": the work that follows the lists)
# ("二、封闭原则", "二、管控原则": the principles the closure follows; "二、核酸检测安排": the testing's arrangements)
_SIBLING_OF_RULES = re.compile(r"^[^,。;:]{0,12}(?:要求|措施|时间|期限|事项|说明"
                               r"|防控|防疫|工作|保障|服务|提示|倡议|须知|原则|安排"
                               r"|信息)$")  # ("三、社会面清零信息" (西藏, autumn 2022): a part of news, no place)

# "二、各村(社区)要组建…队伍,…": a duty every unit of a kind is given (各 and its kind, then 要 / 应 / 须), no place
_DUTY_OF_EACH = re.compile(r"各[^,。;:]{1,20}?(?:要|应当?|须|必须|务必)")


# "现将有关事项通告如下:" on its own after the lead's sentence: what follows is announced, no place.
_ANNOUNCES_BELOW = re.compile(r"(?:现|特)?(?:将|把|就)?(?:有关|相关)?(?:事项|事宜|情况)?"
                              r"(?:通告|公告|通知|公布)如下[:。]?")
# "二、实施范围", "管控区域:", "封控范围": a part under a lead that titles the places it points to.
_RANGE_PART = re.compile(r"(?:实施|实行|执行|管控|封控|临时管控|静默管理|管理|防控|划定)?的?"
                         r"(?:范围|区域|地点|点位)(?:如下)?")
# "具体范围及实施时间", "管控范围和时间": a part's title over the range's places and when they take effect
_RANGE_TITLE = re.compile(rf"(?:具体)?(?:{_RANGE_PART.pattern})(?:(?:及|和|与|、)(?:实施|执行|管控)?(?:时间|期限))?")
# "原封控区", "原管控区(3个)": the areas a level held before, as a lift's sub-heading.
_FORMER_LEVEL = re.compile(rf"原(?:{_LEVEL})(?:{_COUNT})?(?:为|是)?")
# "管控区解除管控措施后,按防范区进行管理": under a lift's list, the level its places go to.
# "…,现对4个区域解除相应管控措施,解除管控措施的区域如下:": a lead sentence (no numbered part) announcing the areas
# lifted; the "原封控区" sub-headings under it are lifts, as under a numbered part "一、解除管控措施的区域如下:".
_LIFT_LEAD = re.compile(r"(?:解除|解封|撤销)[^,。;:]{0,12}?的?(?:区域|地区|范围|点位|场所)(?:名单)?(?:如下|为)?:$")
_LIFT_THEN = re.compile(rf"(?P<frm>{_LEVEL})?(?:解除|解封)[^,。;:]{{0,10}}?(?:后|之后),?(?:按照?|转为|纳入|实行|执行)"
                        rf"(?P<to>{_LEVEL})(?:进行)?(?:管理|管控)")


# "…等36个封控区调整为管控区。": a lead's examples, then the count of them all, its verb and level.
_EXAMPLES_COUNTED = re.compile(rf"等(?P<n>\d{{1,4}}|[{_CN_NUM}]{{1,5}})个(?:{_LEVEL})?(?:{_TARGET_VERB})?(?:{_LEVEL})"
                               r"[^,。;:]{0,12}。")


def _headline_restated(line: str, i: int, current: _Section | None, compact: list[str]) -> bool:
    """ "36个封控区调整为管控区" (a news headline: no colon, no number) then "1月19日零时起,A区所辖B村、C小区等36个
    封控区调整为管控区。这36个区域包括:": the lead restates the headline's change with examples and the same count;
    the list below is the lead's, no place of the headline's, and the lead is no item of it."""
    if current is None or current.lines or current.places or current.heading.rest or current.heading.total is None:
        return False
    head = compact[current.index]
    if re.search(r"[:。;,]$", head) or _ENUM.match(head) or current.index + 1 != i:
        return False
    m = _EXAMPLES_COUNTED.search(line)
    return bool(m) and _cn_int(m["n"]) == current.heading.total \
        and _analyze(m.group())[2] == current.heading.level_to


def _next_part_heading(line: str, label: tuple[_Label, int] | None, current: _Section, compact: list[str]) -> bool:
    """ "一、“甲”疫情“三区”调整后范围:" over "1.封控区:A;" … "3.防范区:C。", then "二、“乙”疫情“三区”调整后范围:"
    (宁波, spring 2022: a part per outbreak): under a numbered level label with its places on its own line, a line
    numbered in another style that ends with ":" and names no division or place is the next part's title, no place
    (not "二、甲街道:", a street's label over its places)."""
    style = _enum_style(line)
    if label or not style or not line.endswith(":") or not current.heading.rest:
        return False
    heading_style = _enum_style(compact[current.index])
    part = _strip_enum(line)[0].rstrip(":")
    return heading_style is not None and style != heading_style and not _complete_place(part) \
        and not _has_keyword(part)


# "(二)“三区”2" (宁波, spring 2022: two outbreaks' "三区" numbered; a reworded copy writes "“第三区”2"): a numbered
# line that is only the next group's title, the word for the three levels' areas with the group's number, no place
# (not "(二)第三区居委会", a place whose name holds the word).
_THREE_AREAS_PART = re.compile(r"(?:第[一二三四五六七八九十\d]{1,2}个)?(?:[“\"]第?三区[”\"]|三区)"
                               r"(?:\d{1,2}|[一二三四五六七八九十]{1,2}|\((?:\d{1,2}|[一二三四五六七八九十]{1,2})\))?"
                               r"(?:范围)?[:。]?")


def _three_areas_part(line: str) -> bool:
    body, numbered = _strip_enum(line)
    return numbered and _THREE_AREAS_PART.fullmatch(body) is not None


# A page's next notice stored without its title (泉州, spring 2022: two offices' notices of one day in one post): its
# lead opens with the grounds ("根据…") and closes announcing what follows ("…现就有关事项通告如下:").
_NEXT_NOTICE_LEAD = re.compile(r"(?:根据|按照|依据)[^:\n]{10,300}?(?:现|特|现将|现就)[^:\n]{0,20}?"
                               r"(?:通告|公告|通知)如下:")


def _find_sections(lines: list[str]) -> list[_Section]:
    """The sections (a heading and its lines) in order, up to the signature or date under the lists."""
    compact = [_compact(line) for line in lines]
    sections: list[_Section] = []
    current: _Section | None = None
    outer: str | None = None
    summary: str | None = None  # "…等42个封控区调整为管控区。" above "这42个区域包括:"
    signed = False
    loose: list[int] = []
    restated: list[_Section] = []
    told: tuple[int, list[_Section]] = (-1, [])  # the line above's sentence sections, for a reference back to them
    designating = False  # under "现划定:", lines "A、B封控区" give their level after the places
    town: str | None = None  # "(一)黄流镇" above sentences with their places: the town of those places
    spoken: str | None = None  # the district the sentence on the line above named for its places
    pointed: tuple[_Heading, int] | None = None  # "将以下区域划定为高风险区" inside a lead sentence, and its line
    lifting: str | None = None  # the numbering of a lift's part "一、解除管控措施的区域如下:" over its sub-headings
    # "一、实施时间" (or "一、实施范围") under a lead's section: the section, the parts' numbering, whether in a part
    # of times or rules
    rules_part: tuple[_Section, str, bool] | None = None
    for i, line in enumerate(compact):
        nxt = compact[i + 1] if i + 1 < len(compact) else ""
        if signed and _TITLE.fullmatch(line):
            signed = False  # "关于划定中风险地区的通告" under a signature: the page's next notice starts
            # ("关于B市划定…的通告" after A市's signature: the next notice's lists are in the district it names)
            outer = _title_line_district(line) or outer
        elif signed and _NEXT_NOTICE_LEAD.fullmatch(line):
            # "根据…,现就解除封控管控有关事项通告如下:" under a signature: the next notice, its title cut
            signed = False
        if designating and not signed:
            listed = _LEVEL_AFTER.fullmatch(_strip_enum(line)[0])
            if listed and _object_ok(listed["obj"]):
                sections.extend(_Section(_Heading(*_analyze("划定为" + listed["level"]), None, d, listed.group()),
                                         i, last=i, places=places)
                                for d, places in _district_runs(_split_enclosed(listed["obj"]), outer))
                current = None
                continue
            designating = listed is not None  # a blanket ("…以外的区域防范区") keeps the lead's lists going
        if not signed and _DESIGNATE_LEAD.search(line):
            designating = True
            if len({_level_name(m.group()) for m in _LEVEL_RE.finditer(line)}) >= 2:
                current = None  # "现划定封控区、管控区、防范区如下:" names the levels of the lines below: no list's own
                outer = _heading_district(line) or outer  # "福田区在梅林街道划定…如下:" names their district
                continue
        if re.fullmatch(r"\d{1,2}", line) and current is not None and current.lines:
            continue  # "东阳市、义乌市" then "2" alone: a page's big number over its next part, no place
        if not signed and (_OFF_SCALE_HEADING.fullmatch(line) or _OFF_SCALE_LISTED.fullmatch(line)):
            current = None  # "较低风险的县(市、区)(1个):": a level the notice's scale has and ours not; no list
            continue
        if not signed and _COUNTED_DIVISIONS.fullmatch(line) and not _LEVEL_RE.search(line):
            # ("中风险地区:" over "涉及乡镇2个。" and its places: a count heading the list's lines, no end of it)
            if current is None or current.lines or _ENUM.match(line):
                current = None  # "二、风险等级持平的县(市、区)99个(见一览表)。": a count, none named
            continue
        if not signed and _NORMALIZED_AREA.fullmatch(line):
            current = None
            continue
        if not signed and i and re.search(r"[个处][,。]$", line) and _STATED_COUNT.search(line) \
                and re.search(r"[\d一二三四五六七八九十零]\)?[个处],$", compact[i - 1]):
            # "中风险地区0个," "较低风险的县(市、区)2个," "低风险地区88个。": one sentence of counts broken over lines
            # (what a map shows), no heading of a list
            current = None
            continue
        if not signed and _headline_restated(line, i, current, compact):
            current = None  # (the line goes on as the lead it is: its summary heads the list below)
        if signed:  # after the signature only a list heading opens a section ("呼和浩特市高风险地区(4个)")
            heading = _match_heading(line)
        else:
            heading = (_match_heading(line) or (_sentence_heading(line, nxt) if current is None else None)
                       or _following_heading(line, nxt, compact[i + 2] if i + 2 < len(compact) else ""))
        if heading is None and pointed and current is None and not signed and i - pointed[1] <= 6 \
                and re.match(r"(?:1|一)[、.]|\((?:1|一)\)", line):
            # "…,将以下区域划定为高风险区,按照…;将…划定为低风险区。请…。本通告自发布之日起实施。" then "1、A;
            # 2、B": the list the lead points to follows its closing sentences
            current = _Section(pointed[0], i - 1, [lines[i]], last=i)
            sections.append(current)
            pointed = None
            continue
        if heading is not None or signed:
            pointed = None
        elif current is None and (pointer := _pointer_in_sentence(line)):
            pointed = (pointer, i)
        to = _LIFT_THEN.match(line) if current is not None and current.heading.action == "lift" else None
        if to and (to["frm"] is None or _level_name(to["frm"]) == current.heading.level_from):
            # "管控区解除管控措施后,按防范区进行管理。" under the lifted controlled areas: the level they go to
            h = current.heading
            current.heading = _Heading("downgrade", h.level_from, _level_name(to["to"]), h.total, h.district, h.text,
                                       h.rest)
            current = None
            continue
        if heading is None and summary and _INTRO_LINE.search(line) and not _has_keyword(line):
            heading = _Heading(*_analyze(summary), _total(summary) or _total_of_intro(line),
                               _heading_district(summary), summary)
        summary = None
        if heading and not signed and not heading.rest and line.endswith(":"):
            before = _sentence_before_heading(line, i, outer)
            if before:
                sections.extend(before[0])
                heading = before[1]
        if heading and current is not None and _category_item(heading, current.heading, line, compact[current.index]):
            lines[i] = _ENUM.match(line).group() + heading.rest  # the places, at the section's level
            heading = None
        if heading:
            style = _enum_style(line)
            if lifting and style == lifting:
                lifting = None  # the lift's sibling part ("二、现有管控区域如下:") ends it
            if heading.action == "lift" and not heading.rest and style and line.endswith(":"):
                lifting = style
            elif heading.action == "lift" and not heading.rest and style is None and _LIFT_LEAD.search(line):
                lifting = "lead"  # (a lead sentence has no numbering: no sibling part ends it)
            elif lifting and _FORMER_LEVEL.fullmatch(heading.text):
                # "(一)原封控区:" under "一、解除管控措施的区域如下:": the areas that were sealed, lifted
                heading = _Heading("lift", heading.level_to, None, heading.total, heading.district, heading.text,
                                   heading.rest)
            if heading.district is None:
                heading.district = outer
            elif not heading.rest and _match_heading(nxt):
                outer = heading.district  # "福田区在梅林街道划定…如下:" above "一、封控区"
            own = _SENTENCE_TARGET.search(heading.rest) if heading.rest else None
            if own and own.start() > 0 and _analyze(own.group())[2] == heading.level_to \
                    and not _unclosed(heading.rest[:own.start()]) \
                    and _is_blanket(obj := _OBJECT_TAIL.sub("", heading.rest[:own.start()])) \
                    and all(_is_blanket(place) for place in _split_enclosed(obj)):
                # "(三)防范区:A县其余地域划定为防范区,所有人不能聚餐": after the level's label, a sentence with
                # its own verb and that level whose object is a blanket lists nothing; what follows is a rule
                # (not a list with a town's rest first: "管控区:A镇除高风险区的其它区域、B村划为管控区")
                current = None
                continue
            if own and own.start() > 0 and _analyze(own.group())[2] == heading.level_to \
                    and _HEADLINE_THEN_REPORT.search(heading.rest[:own.start()]) \
                    and not _unclosed(heading.rest[:own.start()]) \
                    and (read := _sentence_sections(heading.rest, i, outer, compact[i - 1] if i else "")):
                # "广东一地调整为中风险:广东省A市B镇C村报告1例本地确诊病例,防疫要求将A市B镇C村由低风险调整为中风险。"
                # (a news report's headline, then its colon and the report's own sentence): a clause of what happened
                # and then the sentence's own verb of the level with its 将: a sentence, read as one (no list whose
                # places end at its commas)
                sections.extend(read)
                current = None
                continue
            current = _Section(heading, i, last=i)
            town = _heading_town(heading.text)
            if town:  # the town's label over its places, as "(一)长堎镇:A、B" writes it
                current.lines.append(f"{town}:{heading.rest}")
            elif heading.rest:
                current.lines.append(heading.rest)
            sections.append(current)
            continue
        found = [] if signed else _sentence_sections(line, i, outer, compact[i - 1] if i else "")
        _labelled_sentence_district(found, line, outer)
        if not signed and (moved := _MOVED_BACK.search(line)):
            # "A小区、B花园为中风险区。" then "现将上述中风险区调整为低风险区。": the places of the sentence before
            # (in the line, or the line above) at the level the reference names go to its new level
            earlier = found if found else (told[1] if told[0] == i - 1 else [])
            frm = _level_name(moved["frm"])
            if earlier and all(s.heading.action != "lift" and s.heading.level_to == frm and s.places for s in earlier):
                for section in earlier:
                    h = section.heading
                    section.heading = _Heading(h.action, frm, _level_name(moved["to"]), h.total, h.district, h.text)
                told = (-1, [])
                if not found:
                    continue
        told = (i, found)
        if found and spoken and _COUNT_SUBJECT.match(_strip_enum(line)[0]):
            for section in found:  # "兴庆区10个高风险区下调为…。2个中风险区下调为…": the subject left out
                if section.heading.district == outer:
                    section.heading.district = spoken
        spoken = next((s.heading.district for s in reversed(found) if s.heading.district != outer), None)
        # "(一)鼓山镇" over "1.将28号通告划定的中风险区A调整为高风险区,…" and "2.B小区": an item under a town's
        # heading inside a level's list, read as a sentence of its own at that level, belongs to the town and the list
        # goes on after it (only a numbered item under a numbered town heading numbered otherwise, its levels the
        # list's)
        under_town = None
        if found and not town and current is not None and current.lines \
                and current.heading.action != "lift" and current.heading.level_to \
                and all(s.heading.action != "lift" and s.heading.level_to == current.heading.level_to for s in found):
            # (a space after the heading's number, "(一) 鼓山镇", read as none)
            bare = [(m.group() + held[m.end():].lstrip(" ")) if (m := _ENUM.match(held)) else held
                    for held in current.lines]
            heads = [(k, _label_at_start(held)) for k, held in enumerate(bare)]
            heads = [(k, h[0].sub) for k, h in heads if h and h[1] == len(bare[k]) and h[0].sub
                     and not h[0].district and _ENUM.match(current.lines[k])
                     and _enum_style(current.lines[k]) != _enum_style(line)]
            if heads and all(_enum_style(held) == _enum_style(line) for held in current.lines[heads[-1][0] + 1:]):
                under_town = (current.lines[heads[-1][0]], heads[-1][1])
                if heads[-1][0] == len(current.lines) - 1:
                    current.lines.pop()  # the heading alone, no place of its own
        if found and under_town and (named := re.match(rf"([{_CJK}A-Za-z\d]{{2,12}}):", _strip_enum(line)[0])) \
                and not _has_keyword(named[1]) \
                and (named[1] in _strip_enum(line)[0][named.end():] or _LABEL_PLACE_KIND.search(named[1])):
            # "泰禾红峪:浦上大道北侧泰禾红峪A16座…列为中风险管控区。": the item's name before its colon is part of the
            # place (its colon dropped), as a list's "A社区:B小区" keeps it
            # (only a name the item names again or a place's kind, not a note before the sentence, "经流调研判:",
            # "补充:" (rv62b))
            after = _strip_enum(line)[0][named.end():]
            for section in found:
                section.places = [named[1] + p if after.startswith(p) else p for p in section.places]
        if found and (town or under_town):
            prefix = town or under_town[1]
            for section in found:
                # (a sentence item under a town's heading that names its own town or street, "将B镇C小区…", keeps
                # it alone (rv62b))
                section.places = [p if p.startswith(prefix) or (under_town and _STREET_FIRST.match(p))
                                  else prefix + p for p in section.places]
        elif not found:
            town = None
        if found:
            # "1.A小区;" "2.B广场:实行“足不出户、上门服务”;" "3.C小区。": a numbered item read as a sentence of its own
            # (its measures name its level) at the list's level, numbered as the items above it: the list goes on
            # after it
            # ("以下区域为高风险地区:" over "1.将划定的高风险地区(…)范围扩大至A社区" and "2.B社区": the first item a
            # sentence of its own at the lead's level, the next line an item numbered alike: the list goes on too)
            goes_on = (current is not None and _ENUM.match(line) is not None
                       and ((bool(current.lines) and _enum_style(line) == _enum_style(compact[current.last]))
                            or (not current.lines and not current.heading.rest and current.last == i - 1
                                and i + 1 < len(compact) and _ENUM.match(compact[i + 1]) is not None
                                and _enum_style(compact[i + 1]) == _enum_style(line)))
                       and all(s.heading.action == current.heading.action
                               and s.heading.level_to == current.heading.level_to for s in found))
            sections.extend(found)
            # (the town's heading carried on while its items go on below, numbered as this one)
            carried = [under_town[0]] if under_town and i + 1 < len(compact) \
                and _enum_style(compact[i + 1]) == _enum_style(line) else []
            goes_on = goes_on or under_town is not None
            current = _Section(current.heading, i, carried, last=i) if goes_on and current is not None else None
            if current is not None:
                sections.append(current)
            # A lift notice restates what an earlier day designated ("3月4日9时划定A为封控区。…,解除封控。"):
            # the lift without places that follows lifts those places.
            restated = [s for s in found if s.past] if all(s.past for s in found) else []
        if restated and not signed and _PLACELESS_LIFT.search(line):
            for section in restated:
                h = section.heading
                section.heading = _Heading("lift", h.level_to, None, None, h.district, h.text)
            restated = []
        if found:
            continue
        target = _TARGET_RE.search(line)
        # "根据…,经研判,自12月10日起,6个高风险区调整为低风险区。" then "具体名单如下:": the clause with the
        # change heads the list (the sentence as a whole starts like boilerplate)
        clause = re.split(r"[,;]", _last_sentence(line[:target.end()]))[-1] if target else ""
        if target and (not _is_boilerplate(line) or (re.search(r"\d+个|[一二三四五六七八九十两]+个", clause)
                                                     and not _is_boilerplate(clause))):
            summary = _last_sentence(line[:target.end()]) if not _is_boilerplate(line) else clause
        # (the reference's list is the run of loose lines straight above it, not lines before another list, each
        # numbered or a whole place: "经研判,疫情传播风险降低。现将以上区域…" refers to no list)
        verb_after = _VERB_AFTER.match(line) or (
            _CLOSING_CHANGE.match(line[_ACTOR_FIRST.match(line).end():]) if not signed and loose and loose[-1] == i - 1
            # (an area written as its bounds, "A镇B路以东、C点以北合围区域。", is a whole place too)
            and all(_ENUM.match(compact[j]) or _complete_place(compact[j].rstrip("。;")) or _street_labelled(compact[j])
                    or _BOUND_RUN.fullmatch(compact[j].rstrip("。;")) for j in loose) else None)
        if verb_after and loose and current is None:
            # ("以上3个…": the count the reference states, checked against the list)
            heading = _Heading(*_analyze(verb_after.group()), _total_of_intro(verb_after.group()), outer,
                               verb_after.group())
            sections.append(_Section(heading, loose[0] - 1, [lines[j] for j in loose], last=loose[-1]))
            loose = []
            continue
        if current is None and not signed and not _has_keyword(line) and not _is_boilerplate(line) \
                and not _date_only(line) and not _org_only(line) and not line.endswith((",", ":")):
            loose.append(i)  # a line outside any list: perhaps a place of a list whose verb comes after it
        elif current is None:
            loose = []
        label = _label_at_start(line)
        if label and label[1] == len(line) and label[0].sub and label[0].sub.endswith("街") \
                and not _sub_ok(label[0].sub, strict=True) and (not nxt or ((nl := _label_at_start(nxt)) is not None
                                                                            and nl[1] == len(nxt))):
            label = None  # ("(一)A街" over "(二)B街": streets listed as places, no heading over items)
        # "(一)黄流镇" alone above "1.A村由中风险区调整为低风险区。": a town's section of sentences
        if label and label[1] == len(line) and label[0].sub and not label[0].district and current is None \
                and not signed and _sentence_sections(nxt, i + 1, outer):
            town = label[0].sub
            loose = []
            continue
        if label and label[1] == len(line) and label[0].district and not label[0].sub and (
                _match_heading(nxt) or _following_heading(nxt) or _sentence_sections(nxt, i + 1, None)):
            outer = label[0].district  # "(一)小店区" above its own sections
            current = None
            continue
        if (_date_only(line) or _org_only(line) or (_org_broken(line, nxt) and not _division_listed(
                _strip_enum(compact[i - 1])[0] if i else "", line))
                or (_GOVERNMENT_SIGNATURE.fullmatch(line) and (not nxt or _date_only(nxt)))) \
                and any(s.lines or s.places for s in sections):
            signed = True  # the signature or date under the lists: only an appendix of lists may follow
            current = None
            continue
        if current is None:
            continue
        if _TITLE.fullmatch(_strip_enum(line)[0].rstrip("。")):
            # "11月30日0时起A县新增1处高风险区" (a site's headline) over "关于划定新冠肺炎风险地区的公告": the
            # notice's own title under the headline, no place of the list the headline counts (its list, when the
            # title goes straight on with bare places, "关于划定高风险区的通告" then "A小区3栋、B小区5栋。", is the
            # headline's still)
            if not nxt or _has_keyword(nxt) or _is_boilerplate(nxt) or _TITLE.fullmatch(_strip_enum(nxt)[0]):
                current = None
            continue
        if current.lines and _ITEM_RANGE.match(line) and _ENUM.match(compact[current.last]) \
                and not _ends_with_sep(compact[current.last]):
            continue  # "(1)A片区" then "范围:B小区1栋、C街8号;": the extent of the item above, no more places
        style = _enum_style(line)
        part = _strip_enum(line)[0].rstrip("。:")
        if rules_part is not None and rules_part[0] is current:
            if rules_part[2] and style != rules_part[1]:
                continue  # the times or rules of a part under the lead ("2022年12月1日起,结束时间…"), no place
            if style == rules_part[1] and not label:
                if not _RANGE_PART.fullmatch(part):
                    current = None  # "三、有关要求" after the range's places: the lists ended
                    continue
                rules_part = (current, style, False)
                continue  # "二、实施范围" after "一、实施时间": the part of the lead's places, its title no place
        # "…对A镇和B镇部分区域实施临时管控,现将有关事项通告如下。" over "一、实施时间" (its time), "二、实施范围" (the
        # places) and "三、有关要求": under a lead, parts numbered alike before any place; one that heads times or
        # rules holds none, one that heads the range titles the places
        # ("一、具体区域和时间" over the places, each with its hour: the range's title, though it ends in 时间)
        if style and not label and not current.lines and _enum_style(compact[current.index]) is None:
            if _RANGE_TITLE.fullmatch(part):
                rules_part = (current, style, False)
                continue
            if _SIBLING_OF_RULES.search(part) and not _has_keyword(part):
                rules_part = (current, style, True)
                continue
        # "一、划定临时管控区" then "(一)具体范围及实施时间", the place, "(二)管控措施": under a numbered heading, a
        # sub-part numbered otherwise before any place that titles the range (and its time) holds the places
        if style and not label and not current.lines and _enum_style(compact[current.index]) not in (None, style) \
                and _RANGE_TITLE.fullmatch(part):
            continue
        # "二、以下区域实行防范区管理" … "三、中心城区除以上…全部解除": an item numbered like the section's own
        # heading that speaks of levels (no district's label) is the section's sibling, not one of its places
        style = _enum_style(line)
        # ("二、调整后风险等级区域" over "(一)高风险区": a part's heading of heading words only, no level, as well)
        if style and style == _enum_style(compact[current.index]) and not current.heading.rest \
                and not label and (_has_keyword(re.sub(r"\([^()]*\)", "", line))
                                   or not _HEADING_VOCAB.sub("", _strip_enum(line)[0].rstrip("。:"))
                                   or _SIBLING_OF_RULES.search(_strip_enum(line)[0].rstrip("。:"))
                                   or _DUTY_OF_EACH.match(_strip_enum(line)[0])):
            current = None
            continue
        # "…现将有关事宜通告如下:" over "一、解除范围", its items, then "二、解除时间", "三、温馨提示": under a lead,
        # parts numbered alike; a part that heads times, rules or notes ends the lists
        if style and not label and _enum_style(compact[current.index]) is None \
                and any(_enum_style(_compact(ln)) == style for ln in current.lines) \
                and _SIBLING_OF_RULES.search(_strip_enum(line)[0].rstrip("。:")):
            current = None
            continue
        # "高风险区:" over "A小区。" then "二、核酸检测安排", "二、管控要求": under a heading numbered not at all, after
        # its places, a part numbered as a notice's parts are (二、, 三、) that heads times or rules ends the lists
        # (under a heading numbered too, "(二)A县中风险区1个:1.B乡。" or "二、A县中风险区1个:1.B乡。", then
        # "三、社会面清零信息": the notice's next part, its title a part's word, no place)
        if style and style == _enum_style("二、") and current.lines \
                and not label and not _has_keyword(line) \
                and _SIBLING_OF_RULES.search(_strip_enum(line)[0].rstrip("。:")) \
                and re.match(r"[二三四五六七八九十]", line):
            current = None
            continue
        # "2.封控范围:A县全域" then "3.封控管理坚持…的原则。": after a numbered heading with its places on its own
        # line, closed (no separator at its end), the next item numbered alike is the heading's sibling
        if style and style == _enum_style(compact[current.index]) and current.heading.rest and not label \
                and len(current.lines) == 1 and not _ends_with_sep(compact[current.index]):
            current = None
            continue
        if _next_part_heading(line, label, current, compact) or _three_areas_part(line):
            current = None
            continue
        stated = _STATED_COUNT.search(line) if not current.lines and not label and not _ENUM.match(line) else None
        if stated and _level_name(stated["level"] or stated["level2"]) == current.heading.level_to:
            # "(一)高风险区" then "因此轮疫情感染源头不明,…,划定高风险区10个。": the reason and the count, no place
            current.heading.total = current.heading.total or _cn_int(stated["count"] or stated["count2"])
            continue
        own = _SENTENCE_TARGET.search(line)
        if own and own.start() > 0 and not label and not _ENUM.match(line) \
                and _whole_state(line[:own.start()], True, line[own.end():]):
            # "A区全域依旧为低风险区(除高风险区以外的其他区域)" under a list: the rest of the district keeps its
            # level, a blanket after the list that ends it, no item of it
            current = None
            continue
        if own and own.start() > 0 and not _unclosed(line[:own.start()]) and not _LEVEL_RE.search(line[:own.start()]) \
                and _analyze(own.group())[2] == current.heading.level_to:
            line = _OBJECT_TAIL.sub("", line[:own.start()]).rstrip(",")  # the list's own verb repeated after it
            # "中风险地区" over "其中A区、B县…等29个县(市、区)为中风险地区。": 其中 (among them, the province's
            # counties) opens the list, no part of its first place (not a count or a building: "其中3号楼")
            line = _AMONG_OPENING.sub("", line)
            if _CLOSING_REFERENCE.fullmatch(line):
                # "即日起,将上述区域划定为高风险区。" under its list: the verb over the list, no item; it may name
                # the level the places leave ("…将上述区域风险等级由高风险区调整为低风险区")
                current.heading.level_from = current.heading.level_from or _analyze(own.group())[1]
                current = None
                continue
            if "," in line and _UNNAMED_OBJECT.fullmatch(line[line.rfind(",") + 1:]):
                current = None  # "为…,经专家组研判,自11月24日零时起,将部分区域划定为高风险区": the notice's own
                continue  # sentence after a page's list, its object the areas listed, named nowhere in it
            lines[i] = line
            label = _label_at_start(line)
        if not current.lines and not current.heading.rest and current.last == i - 1 and _prose_over_items(line, nxt):
            continue  # "三、中风险区" then "周边道路实行交通管制。" over "1.A小区": a rule, the level's places below
        if not label and not current.lines and _LEVEL_MEASURES.match(_strip_enum(line)[0]):
            continue  # "一、封控区" then "实行“足不出户”等管控措施。": the level's measures, its places below
        # ("一、高风险区" over "A苑:实行封闭管理": the first item unnumbered, right under a level's bare heading)
        if not label and (current.lines or _ENUM.match(line)
                          or (not current.heading.rest and current.last == i - 1
                              and _LEVEL_HEADING_LINE.fullmatch(compact[current.index]) is not None)) \
                and (place := _measured_item(line)) is not None:
            line = lines[i] = place  # "3.A广场:实行封闭管理;": the item's place, its measures dropped
        elif not label and not current.lines and (place := _places_then_measures(line)) is not None:
            line = lines[i] = place  # "封控区:" over "A村5、6栋,实行“区域封闭,足不出户”。": its measures dropped
        # "壹、中风险区" then "具体点位及实施时间" (or "划定范围") unnumbered over the places, each with its hour (重庆,
        # autumn 2022): the range's title before any place, no measure that ends the list, no place
        if not label and not style and not current.lines and _RANGE_TITLE.fullmatch(part):
            continue
        if not label and current.lines and current.last > current.index \
                and _item_measures_between(compact[current.last], line, nxt):
            continue  # "1.A小区。" "该小区实行封控管理。" "2.B花园。": the item's measures, no end of the list
        if not label and _RULE_OF_PLACES.search(line) and line.endswith("。") and not _ENUM.match(line) \
                and not _is_boilerplate(line):
            # "含底层商铺的楼栋须每日消杀。" after the list: a rule for its places, no place; it ends the list
            # unless a numbered item follows ("(一)A街" then "各小区须严格管理。" over "1.B小区")
            if not _ENUM.match(nxt):
                current = None
            continue
        if not label and _is_boilerplate(line):
            current = None
            continue
        if not label and current.lines and not _ENUM.match(line) and _listed_districts_rest(line):
            current = None  # "D区、E县除中风险区外为低风险区。" under the list: the districts' rest, no place
            continue
        if not label and ((line.endswith(":") and line.count(",") >= 2 and not _has_keyword(line))
                          or _ANNOUNCES_BELOW.fullmatch(line)):
            continue  # "日前,…,对部分区域疫情风险等级进行调整:": a lead sentence opens what follows, no item
        prev = compact[current.last] if current.lines else ""
        prev_label = _label_at_start(prev)
        narrowed = bool(current.heading.level_to and _NARROWED.search(line) and not _LEVEL_RE.search(line)
                        and not _is_boilerplate(line))
        # (a line that is one area written as its bounds, "A村,东至B路,西至C河。", is no inline list)
        if (prev.endswith("。") and not label and not _ENUM.match(line) and not (narrowed and _NARROWED.search(prev))
                # (an item number's 、 no separator: "2、A片区。" over "东至B路,…" is one area as "2.A片区。" is)
                and ((prev_label and prev_label[1] < len(prev))
                     or len(_top_level_seps(re.sub(r"^\d{1,3}、", "", prev))) > 1)
                and not _BOUND_RUN.fullmatch(prev[prev_label[1] if prev_label else 0:].rstrip("。"))
                # ("A路以东、B路以南区域;C城。" then "D河以东、E路以北区域。": the next line one more area written as
                # its bounds, the list going on)
                and not _BOUND_RUN.fullmatch(line.rstrip("。;"))
                and not _next_street_run(current, line) and not _same_form_line(prev, line)
                and not _item_piece_between(prev, line, nxt)):
            current = None  # an inline list ended with 。 and something else follows
            continue
        # "临时管控范围:A合围区域。B合围区域。" then "管控要求:" over numbered rules: a label alone, unnumbered,
        # that heads rules or notes ends the list above; what it opens holds no place
        if current.lines and not label and line.endswith(":") and not _ENUM.match(line) \
                and _SIBLING_OF_RULES.search(line.rstrip(":")) and not _has_keyword(line):
            current = None
            continue
        item = _strip_enum(line)[0]
        category = _CATEGORY_LABEL.match(item)
        if category and not label:
            lines[i] = line[:len(line) - len(item)] + item[category.end():]
        if narrowed:
            # not inside a remark: "于庄村(原中风险调整为高风险)"
            lines[i] = _NARROWED.sub(lambda m: m.group() if _unclosed(m.string[:m.end()]) else "", lines[i])
        parts = _unit_parts(lines[i], current.heading.level_to)
        if parts:  # places as they are, not parts of one compound to join again ("2单元、4号楼")
            if current.places is None:
                if current.lines:  # the section goes on in one of the same heading, in the notice's order
                    current = _Section(current.heading, i)
                    sections.append(current)
                current.places = []
            current.places.extend(parts)
            current.last = i
            continue
        if current.places is not None:  # a plain item after items of that kind
            current = _Section(current.heading, i)
            sections.append(current)
        current.lines.append(lines[i])
        current.last = i
    for section in sections:
        if len(section.lines) > 1 and _LABEL_LAST.fullmatch(_compact(section.lines[-1])):
            section.lines.pop()  # "_历史调整:", "3月8日消息:" after one place a line: a label over what no list is
    return _close_open_objects(sections)


# "A镇人民政府" (or "B街道办事处") on the notice's last line, or over its date: the office that signs, no place.
_GOVERNMENT_SIGNATURE = re.compile(rf"[{_CJK}]{{1,16}}?(?:镇|乡|街道|县|区|市|旗)(?:人民政府|政府|办事处)")
# "含底层商铺的楼栋须每日消杀。", "A街道:严禁聚集。": what the places' people must (not) do, a rule, no place.
_RULE_OF_PLACES = re.compile(r"(?:必须|须|应当|务必)(?:每日|每天|立即|严格|做好|配合|按|进行|落实|开展|居家|消杀"
                             r"|遵守|接受|实行|实施|执行)|严禁|禁止|不得")


def _prose_over_items(line: str, nxt: str) -> bool:
    """ "周边道路实行交通管制。" or "A街道:请居民居家。" right under a level's bare heading, a place (or a numbered
    item) on the line below: a sentence of rules between the heading and its places, no place and no end of the
    list."""
    body = _strip_enum(line)[0]
    label = _label_at_start(body)
    if label and label[0].sub and label[1] < len(body) and body[label[1] - 1] == ":":
        body = body[label[1]:]  # (the division's label over its rule: "阳光街道:请居民居家。")
    after = _strip_enum(nxt)[0].rstrip("。;")
    # (the rule unnumbered, the item below short, no clause of its own: not a notice's parts "二、…。" over "三、…")
    return line.endswith("。") and _ENUM.match(line) is None and not _LEVEL_RE.search(body) \
        and not re.search(r"[,。;:]", after) \
        and bool(_is_boilerplate(body) or _PROSE.search(body) or _RULE_OF_PLACES.search(body)) \
        and bool(nxt) and (_ENUM.match(nxt) is not None or _complete_place(after)) \
        and not _is_boilerplate(after) and not _RULE_OF_PLACES.search(after)


# A label alone on the last line of a list, what it opens not read as places ("_历史调整:" over a paragraph of the
# notice's reasons, "3月8日消息:" over a report): no place (a town's or community's label over places would have its
# places after it in the list).
_LABEL_LAST = re.compile(r"[^,、;。:()]{1,16}:")


# "范围:" (or "具体范围为:") on the line under a numbered item that names an area ("(1)A片区"): the buildings and
# streets the area takes in, its extent; the item is the place (a level's "范围:" under its heading is its list).
_ITEM_RANGE = re.compile(r"(?:具体|涉及)?范围(?:为|是|包括)?:")


# "…,将临朐县原21处高风险区:" over one place a line, the last ending "…调整为低风险区。": the lead's 将 names the
# places' old level and leaves its verb to the end of the list. (Also "将以下高风险区:" … "降为低风险区。" with the
# verb on a line of its own, and 把 for 将.)
_OPEN_OBJECT = re.compile(rf"(?:^|(?<=[,。;:]))(?:现)?(?:将|把)[^,。;:]{{0,30}}?(?P<level>{_LEVEL})(?:{_COUNT})?"
                          r"(?:如下|为|分别为|包括)?:?$")
_CLOSING_VERB = re.compile(rf"(?:{_TARGET_VERB}){_LEVEL}。?")


def _labelled_sentence_district(found: list[_Section], line: str, outer: str | None) -> None:
    """ "A开发区:B院子40号楼划定为高风险区。" under a level's heading among "C区:D、E。" label lines (山东, late
    2022): the label's item written as a sentence with its own verb; the label names its places' district, as it
    does for the label lines around it (a sentence that names a district of its own keeps it)."""
    label = _label_at_start(line) if found else None
    if label is None or not label[0].district or label[0].sub or label[1] >= len(line):
        return
    for section in found:
        if section.heading.district in (None, outer):
            section.heading.district = label[0].district


def _close_open_objects(sections: list[_Section]) -> list[_Section]:
    """A section whose heading is a 将 clause without its verb, followed straight by a section that is the verb alone
    ("调整为低风险区", maybe after the list's last place): one change, from the level the heading names to the one
    the verb names; the verb's places are the list's last."""
    merged: list[_Section] = []
    for section in sections:
        head = merged[-1] if merged else None
        clause = _OPEN_OBJECT.search(head.heading.text) if head else None
        if head is None or clause is None or _TARGET_RE.search(clause.group()) \
                or section.index != head.last + 1 or not _CLOSING_VERB.fullmatch(section.heading.text) \
                or section.heading.level_from is not None or (head.lines == [] and not head.places):
            merged.append(section)
            continue
        action, level_from, level_to = _analyze(clause["level"] + section.heading.text)
        h = head.heading
        head.heading = _Heading(action, level_from, level_to, h.total, h.district, h.text, h.rest)
        if head.places is not None:
            head.places.extend(section.places or [])
        else:
            head.lines.extend(section.places or [])
        head.last = section.last
    return merged


# "(一)繁阳镇辖区内管控区:A、B", "二、城关街道封控区(3个):": a level's heading that names the town or street
# its places lie in; the town goes with each place.
_TOWN_HEADING = re.compile(rf"(?P<town>[{_CJK}]{{2,8}}?(?:街道|(?<!小)镇|乡))(?:辖区内?|范围内|境内|内)?的?"
                           rf"(?:{_LEVEL})(?:{_COUNT})?")


def _heading_town(text: str) -> str | None:
    m = _TOWN_HEADING.fullmatch(_strip_enum(text)[0])
    return m["town"] if m and _sub_ok(m["town"], strict=True) and not _has_keyword(m["town"]) else None


def _next_street_run(section: _Section, line: str) -> bool:
    """ "封控区:赤城街道A市场。始丰街道B小区;C。福溪街道D…": a level's places grouped by street or town, each
    group ended with 。: a line that starts with a street or town (no level word, no rule) goes on with a list
    whose first item starts with one too."""
    first = _strip_enum(section.lines[0])[0] if section.lines else ""
    body = _strip_enum(line)[0]
    if not (_STREET_FIRST.match(first) and _STREET_FIRST.match(body)) or _has_keyword(line) \
            or _is_boilerplate(line) or _unclosed(line) or _PROSE.search(body):
        return False
    piece = _split_top(body.rstrip("。;"))[0]
    return bool(_BOUND_TO.match(piece[_STREET_FIRST.match(piece).end():]) or _complete_place(piece))


# "3.A广场:实行封闭管理;", "B小区:继续实施临时管控。": an item of a list written as its place, a colon and the
# measures the place is under (a verb of measures after the colon); the place is the list's item, at the list's level,
# and the measures' word (实行) no sentence that ends the list.
_MEASURED_ITEM = re.compile(rf"(?P<enum>(?:{_ENUM.pattern})?[ \t]*)(?P<name>[^,、;:。()\s][^,、;:。]{{1,40}}?):"
                            r"(?:继续|严格|全面|暂时|临时|一律|统一)?(?:实行|实施|采取|落实|执行)(?P<rest>[^:]*?)"
                            r"(?P<end>[;。,]?)")
# (not a kind of people or things, nor every place of a kind: "各小区:实行封闭管理", "入境人员:实行…", "居民小区:
# 实行封闭管理", "农村集市:实行…")
_NOT_MEASURED_NAME = re.compile(r"^(?:各|所有|全部|全|其他|其它|其余|以上|上述|相关|辖区|区内|域内"
                                r"|居民|农村|城镇|城区|城市|住宅|沿街|临街)|人员|车辆|货物|单位$")


# "封控区:" over "A村一坊5、6栋,实行“区域封闭,足不出户,上门服务”。" and "管控区:" over "B;C;D,上述3个区域实行“人不出
# 区”。" (深圳, early 2022): a level's label alone on its line, then its places and, after a last comma, the measures
# they are under (a verb of measures, its words quoted, no place in them); the places are the label's list.
_PLACES_THEN_MEASURES = re.compile(r"(?P<places>[^“”:]{2,}?),"
                                   r"(?:(?:上述|以上)(?:\d{1,3}|[一二三四五六七八九十两]{1,3})?个?(?:区域|地区|小区|楼栋)?)?"
                                   r"(?:均|统一|一律|继续|严格)?(?:实行|实施|执行|落实|采取)"
                                   r"“[^“”]{1,60}”(?:等[^,;:。“”]{0,12})?(?P<end>[。;]?)")


# (not a time, "3月5日至3月11日", a span, "封控7天", the level's own area, "区域内", nor a description,
# "阳性病例所在楼栋")
_NOT_MEASURED_PLACE = re.compile(r"^\d{1,2}月\d{1,2}[日号]|(?:\d{1,3}|[一二三四五六七八九十两]{1,3})(?:天|日)$"
                                 r"|^(?:区域|范围|片区|辖区)内?$")


# (nor a clause that leads the measures, no place: "经专家研判", "经评估", "对以下区域", "在封控期内", "同时", "其中",
# "14天内", "本次划定的区域", "即日起至3月21日24时": the first piece ends as a place ends, a site's, a road's or a
# bounded area's word, and opens no such clause (review rv64b))
# (经 only as a clause's "by": 经 then its study or its office, "经专家研判", "经区指挥部研究"; not a place's name that
# starts with 经, "经纬小区5、6栋"; review rv66b)
_MEASURES_LEAD = re.compile(r"^(?:经(?=[^,;。]{0,12}?(?:研判|研究|评估|决定|同意|批准|排查|调查|流调|核查|检测|会商"
                            r"|指挥部|专家))"
                            r"|对(?=以[上下]|上述|下列|该|此|其|这)|同时|此外|另外|届时|目前|即日|今日"
                            r"|本次|此次|其中|自(?=即日|今日|本|\d|[一二三四五六七八九十]{1,3}月)|从(?=即日|今日|\d))"
                            r"|以下|下列|如下|期内|期间|\d{1,2}(?:时|点)(?:起|前|止)?$")
_MEASURED_SITE_END = re.compile(r"(?:路|街|巷|道|河|江|桥|段|线|口|站|厂|店|超市|馆|所|部|库|场|堂|寺|庙|塔|门|点|处"
                                r"|岛|山|基地|区域|范围|片区)$")


def _first_measured_place(piece: str) -> bool:
    plain = re.sub(r"\([^()]*\)", "", piece).strip()
    return not _NOT_MEASURED_PLACE.search(plain) and not _ONE_HEADED_DESCRIPTION.search(plain) \
        and not _MEASURES_LEAD.search(plain) \
        and (_complete_place(plain) or _MEASURED_SITE_END.search(plain) is not None
             or _ONE_HEADED_BOUNDED.search(plain) is not None)


def _places_then_measures(line: str) -> str | None:
    m = _PLACES_THEN_MEASURES.fullmatch(line)
    # (not a time or the people, "期间,实行“…”", "全体居民,实行“…”": no place)
    if m is None or _unclosed(m["places"]) or _is_boilerplate(m["places"]) or _NOT_MEASURED_NAME.search(m["places"]) \
            or re.search(r"(?:期间|其间|起|之后|以后)$", m["places"]) \
            or _LEVEL_RE.search(re.sub(r"\([^()]*\)", "", m["places"])) \
            or not _first_measured_place(re.split(r"[;,]", m["places"])[0]):
        # (a level in an exception's brackets; the first piece a place, as under a level's heading (rv61b))
        return None
    return m["places"] + m["end"]


def _measured_item(line: str) -> str | None:
    """The item without its measures ("3.A广场;"), when ``_MEASURED_ITEM`` reads the line; else None."""
    m = _MEASURED_ITEM.fullmatch(line)
    if m is None or _unclosed(m["name"]) or not _complete_place(m["name"]) or _BAD_PLACE_LABEL.search(m["name"]) \
            or _NOT_MEASURED_NAME.search(m["name"]) or _LEVEL_RE.search(m["name"]) \
            or re.search(r"[、为]", re.sub(r"“[^”]*”", "", m["rest"])):
        return None  # (not "A小区:实施封控管理的区域为1号楼、2号楼": the measures' own places)
    return m["enum"] + m["name"] + (m["end"] or "")


# an office signing the notice, no place ("青山镇人民政府", "东城街道办事处", "春晓社区居民委员会")
_OFFICE_END = re.compile(r"(?:政府|办事处|委员会|居委会|村委会|管委会|办公室|指挥部|指挥体系|领导小组)$")


# "现将上述中风险区调整为低风险区。": the areas of a level named in the sentence before, moved to another level (a
# sentence of its own, closing its line; the level they leave the reference's noun)
_MOVED_BACK = re.compile(rf"(?:^|。)(?:经[^,;。]{{0,20}}?,)?(?:现|现决定|决定)?(?:将|把)?(?:上述|以上|前述)"
                         rf"(?:[\d一二三四五六七八九十两]+个)?(?P<frm>{_LEVEL})(?:均|统一|全部|一并)?"
                         rf"{_TARGET_VERB}(?P<to>{_LEVEL})(?:管理)?。?$")


def _enum_number(line: str) -> int | None:
    m = _ENUM.match(line)
    digits = re.search(r"\d+|[一二三四五六七八九十]+", m.group()) if m else None
    return _cn_int(digits.group()) if digits else None


def _item_piece_between(prev: str, line: str, nxt: str) -> bool:
    """ "(一)A街B村一巷、二巷区域。C村三巷、四巷区域。" then "(二)D街E路30号区域。" (广州 花都, autumn 2022): a
    numbered item holding two places, each closed by 。 (its line split at the 。); the unnumbered piece between the
    item and the next item, numbered alike and next, is the item's second place, the list going on. (Not prose, a
    rule or a label: "以上区域落实…措施。", "管控要求:".)"""
    if not (_ENUM.match(prev) and _ENUM.match(nxt)) or _enum_style(prev) != _enum_style(nxt):
        return False
    number = _enum_number(prev)
    if number is None or _enum_number(nxt) != number + 1:
        return False
    body = line.rstrip("。;")
    return bool(body) and line.endswith(("。", ";")) and not _has_keyword(line) and not _is_boilerplate(line) \
        and not _PROSE.search(body) and not _ORG_KEYWORD.search(body) and not _unclosed(body) and ":" not in body


# "1.A小区。" then "该小区实行封控管理。" then "2.B花园。": the measures of the item above, told as a sentence of
# their own (no place: only a reference back to it, "该小区", "此区域", before the verb)
_ITEM_MEASURES_LINE = re.compile(r"(?:(?:该|此|上述|以上|前述)[^,;。:、\d]{0,6}?)?(?:内)?"
                                 r"(?:严格|均|统一|一律|继续|全部|全面|依法|将)*(?:实行|实施|执行|落实|采取)")


def _item_measures_between(prev: str, line: str, nxt: str) -> bool:
    """Whether ``line``, unnumbered, is the measures of the numbered item ``prev`` above it (see
    _ITEM_MEASURES_LINE), the next item numbered alike and next after it: the list goes on. (Not measures after the
    list's last item, nor before an item of another numbering or numbered otherwise; nor after the heading's own
    line: "(一)高风险区:A村。" then "采取…措施。" then "(二)…": the measures of the level, its sibling next.)"""
    if _ENUM.match(line) or not (_ENUM.match(prev) and _ENUM.match(nxt)) or _enum_style(prev) != _enum_style(nxt):
        return False
    number = _enum_number(prev)
    if number is None or _enum_number(nxt) != number + 1:
        return False
    return bool(_ITEM_MEASURES_LINE.match(line) or _ITEM_REQUEST_LINE.match(line)) and line.endswith(("。", ";")) \
        and ":" not in line


# "1.A小区。" then "请居民做好个人防护。" then "2.B花园。": a request to the item's people (请 and who is asked), a
# sentence of its own between numbered items; no place, no end of the list
_ITEM_REQUEST_LINE = re.compile(r"(?:恳请|敬请|请)(?:该|此|上述|以上|区域内|辖区内?|相关|广大)?[^,;。:、\d]{0,6}?"
                                r"(?:居民|市民|群众|住户|业主|村民|人员|朋友)")


def _same_form_line(prev: str, line: str) -> bool:
    """ "东湖公园:A、B。" then "翠锦广场:C。", "A小区、B小区。" then "C花园。": under a level's heading, a line written
    as the one above it (a place's label and its places, ``_PLACE_LABEL``; or whole places alone) goes on with the
    list, though the line above closed with 。. (Not prose, a signature or a label of rules: "本次调整后,全市高风险区
    完成清零。", "某市疫情防控指挥部综合组", "管理要求:…", "本文标签:…".)"""
    body = line.rstrip("。;")
    if _part_rest_line(prev) and _part_rest_line(line):
        return True
    if not body or _ENUM.match(line) or line.endswith(":") or _has_keyword(line) or _is_boilerplate(line) \
            or _PROSE.search(body) or _ORG_KEYWORD.search(body) or _OFFICE_END.search(body) or _unclosed(body):
        return False

    def labelled(text: str) -> bool:
        m = _PLACE_LABEL.match(_strip_enum(text)[0])
        rest = text[len(text) - len(_strip_enum(text)[0]) + m.end():].rstrip("。;") if m else ""
        return bool(m and rest and not _BAD_PLACE_LABEL.search(m["name"]) and ":" not in rest
                    and not _NOT_AFTER_LABEL.match(rest) and not _MEASURE_PHRASE.search(rest)
                    and all(_split_top(rest)))
    if ":" in body or ":" in prev:
        return labelled(line) and labelled(prev)
    # (whole places alone, as the line above: each closed by its kind, no sentence between commas, the line closed as
    # a list's line is; not a signature under the list, "A区融媒体中心", "B区政务服务中心")
    return "," not in body and line.endswith(("。", ";")) \
        and all(len(p) >= 3 and _complete_place(p) and not _BAD_PLACE_LABEL.search(p)
                for p in _split_top(body))


def _part_rest_line(line: str) -> bool:
    """ "A街道、B街道除上述高、中风险区之外的所有区域。" then "C镇、D镇除上述高、中风险区之外的所有区域。" (茂名, autumn
    2022) under the low level's heading: a line that is the rest of named streets or towns but the levels (their words
    no prose, their 、 no inline list), as the line above is, goes on with the list (not a district's rest, a blanket:
    "A区除上述高、中风险区之外的所有区域")."""
    body = _strip_enum(line)[0].rstrip("。;")
    rest = _LEVEL_REST.search(body)
    return bool(rest) and line.endswith(("。", ";")) and rest.start() >= 2 and _names_part(body[:rest.start()]) \
        and not re.search(r"[,:]", body) and not _is_boilerplate(body)


# Words of a sentence about the work, not of a list: "城东街道要做好居民生活保障工作。"
_PROSE = re.compile(r"要|应当|须|请|做好|加强|开展|确保|发现|新增|报告|累计|负责|组织")


# "将中房那里2栋、4栋、5栋调整为中房那里2栋、4栋" under a heading that names a level ("调整高风险区范围"):
# the range of the area becomes what follows 调整为, at the heading's level; the range it had goes.
# (将 may be left out: "跃进村街道:A1栋、2栋调整为A1栋").
_NARROWED = re.compile(r"(?:^|(?<=[:,;.、)]))\s*将?[^,;。:将\n]{1,200}?"
                       r"(?:调整|缩小|缩减|变更|更改|压缩|扩大|扩展)(?:范围)?(?:为|至|成|到)")  # "A片区扩大范围至B片区"
_VERB_AFTER = re.compile(rf"^(?:为|划为|划定为|调整为|列为|定为){_LEVEL}")
# "1、A;2、B;3、C。" then "以上3个高风险区调整为低风险区,…": a list with no heading, its change in the sentence that
# refers back to it (the level the places leave may be the reference's noun: "上述区域由高风险区降为低风险区").
_CLOSING_CHANGE = re.compile(rf"^(?:(?:自|从)?[^,:;。]{{2,24}}?起,?)?(?:现)?(?:将|把|对)?(?:上述|以上|前述)"
                             # ("上述临时管控区调整为低风险区": the temporary control areas listed above)
                             rf"(?:[\d一二三四五六七八九十两]+个)?(?:(?:临时)?{_LEVEL}|(?:疫情)?(?:地区|区域|点位|地点|场所|小区|社区|村)"
                             # ("上述疫情村(小区)": 2020's epidemic villages, the other kind in brackets)
                             r"(?:\((?:地区|区域|小区|社区|村|居)\))?|楼栋|风险区)"
                             rf"(?:的?(?:疫情)?风险等级)?(?:均|统一|全部|一并)?(?:由{_LEVEL})?{_TARGET_VERB}{_LEVEL}"
                             # ("A街道:B小区" lines, then "解除对以上区域的临时管控措施" (重庆, autumn 2022), read as
                             # "将以上区域解除管控管理": the lift of the list above)
                             r"|^(?:现)?(?:将|把|对)(?:上述|以上|前述)(?:[\d一二三四五六七八九十两]+个)?(?:区域|地区|点位|场所)"
                             r"(?:均|统一|全部|一并)?解除(?:临时)?(?:封控|管控|静默)(?:管理|措施)"
                             # ("上述区域解除高风险区管控措施,参照…" (广州, late 2022): the list above, the subject,
                             # leaving the level it names, no 对)
                             r"|^(?:(?:自|从)?[^,:;。]{2,24}?起,?)?(?:上述|以上|前述)(?:[\d一二三四五六七八九十两]+个)?"
                             rf"(?:区域|地区|点位|场所)(?:均|统一|全部|一并)?解除{_LEVEL}(?:的)?(?:管控|管理)?措施"
                             # ("…管控措施;调整为低风险区": the level they go to after it, the change read whole; after
                             # a semicolon, another level's measures taken, "…;实行中风险区管控措施", "…;纳入低风险区
                             # 管理", make no lift of the list)
                             rf"(?:[,;](?:并|同时)?{_TARGET_VERB}{_LEVEL})?"
                             rf"(?!;(?:并|同时)?(?:{_TARGET_VERB}|纳入|实行|执行|按照?|参照|转入){_LEVEL})"
                             r"(?=[,。;]|$)")
# "一、A镇、B镇要在县疾控中心指导下,对以上区域进行封锁管控": the reference may stand in a numbered item, after a
# clause saying who is to act (要 / 应 / 负责…); neither is part of the change.
_ACTOR_FIRST = re.compile(rf"(?:{_ENUM.pattern})?[ \t]*(?:[^,:;。]{{2,40}}?(?:要|应当?|须|负责)[^,:;。]{{0,30}},)?")


def _street_labelled(line: str) -> bool:
    """ "东城街道:A小区、B村": a street's or town's label, its places after the colon: a line of a list (whose names
    may end in no kind word, "C桥", "D门诊部")."""
    label = _label_at_start(line)
    return bool(label) and bool(label[0].sub) and label[1] < len(line)


_INTRO_LINE = re.compile(r"^[^,。:]{0,16}(?:包括|如下|具体为|具体是|分别为|分别是|名单如下|具体名单|名单)[::]$")


def _total_of_intro(line: str) -> int | None:
    m = re.search(r"(\d{1,4})个", line)
    return int(m[1]) if m else None
