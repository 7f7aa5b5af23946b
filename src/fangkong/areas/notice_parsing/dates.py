"""Dates, times and issuing organisations written in a notice."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from fangkong.areas.notice_parsing.terms import _CN_NUM, _DATE_RE, _ORG_BODY, _ORG_KEYWORD, _cn_int, _compact

_TIME_RE = re.compile(
    rf"(?P<ap>凌晨|上午|中午|下午|晚上|晚)?(?P<h>\d{{1,2}}|[{_CN_NUM}]{{1,3}})(?:时|点|:)(?:(?P<mi>\d{{1,2}})分?)?"
)


# ---------------------------------------------------------------------------------------------------
# dates


def _date_fields(m: re.Match[str]) -> tuple[int | None, int, int]:
    if m["y"]:
        return int(m["y"]), int(m["m"]), int(m["d"])
    if m["y2"]:
        return int(m["y2"]), int(m["m2"]), int(m["d2"])
    if m["y3"]:
        return _cn_int(m["y3"]), _cn_int(m["m3"]) or 0, _cn_int(m["d3"]) or 0
    if m["m4"]:
        return None, int(m["m4"]), int(m["d4"])
    return None, _cn_int(m["m5"]) or 0, _cn_int(m["d5"]) or 0


@dataclass
class _Date:
    year: int | None
    month: int
    day: int
    hour: int | None = None
    minute: int = 0

    def iso(self, year: int | None) -> str | None:
        year = self.year or year
        if year is None:
            return None
        try:
            day = date(year, self.month, self.day)
        except ValueError:
            return None
        if self.hour is None:
            return day.isoformat()
        moment = datetime(day.year, day.month, day.day) + timedelta(hours=self.hour, minutes=self.minute)
        return moment.isoformat()


def _dates_in(text: str) -> list[tuple[_Date, bool]]:
    """Dates in a compact line, each with whether it is a start time ("自…起")."""
    found = []
    for m in _DATE_RE.finditer(text):
        when = _Date(*_date_fields(m))
        tail = text[m.end():]
        t = _TIME_RE.match(tail)
        if t:
            hour = _cn_int(t["h"])
            if hour is not None and hour <= 24:
                if t["ap"] in ("下午", "晚上", "晚") and hour < 12:
                    hour += 12
                when.hour, when.minute = hour, int(t["mi"] or 0)
                tail = tail[t.end():]
        found.append((when, bool(re.match(r"(?:零时|整)?(?:起|开始|始)", tail))))  # "12时整起"
    return found


def _date_only(compact: str) -> _Date | None:
    dates = _dates_in(compact)
    if len(dates) == 1 and _DATE_RE.fullmatch(compact.rstrip("。.")):
        return dates[0][0]
    return None


def _org_only(compact: str) -> str | None:
    compact = re.sub(r"\((?:代章|盖章|章|公章|印章|签章)\)$", "", compact)  # "…办公室(代章)": the seal's note
    # ("A市…工作指挥部。": a reworded copy closes the signature with a stop, as it closes its date)
    # (only an office that signs, "…指挥部。", "…领导小组。", not an office listed as a place, "A县卫生健康委员会。"
    # (rv62b))
    if re.search(r"指挥部|领导小组|联防联控|工作组|办公室", compact):
        compact = re.sub(r"(?<=[部组室会府委局])。$", "", compact)
    m = re.fullmatch(_ORG_BODY, compact)
    return compact if m and _ORG_KEYWORD.search(compact) else None


# "未尽事宜,以铜梁区新冠肺炎疫情防控指挥部解释为准", "本通告由A县疫情防控指挥部负责解释": a notice without
# a signature names its office in the closing sentence that says who interprets it.
_INTERPRETING_ORG = re.compile(rf"(?:以|由)(?P<org>{_ORG_BODY})(?:负责)?(?:的)?解释")


def _interpreting_org(line: str) -> str | None:
    for m in _INTERPRETING_ORG.finditer(_compact(line)):
        for start in range(len(m["org"])):  # the shortest name that ends the clause ("以" may come before 以)
            if (org := _org_only(m["org"][start:])) and not re.match(r"[以由本]", org):
                return org
    return None


# "深圳市A区新型冠状病毒" over "肺炎疫情防控指挥部": the virus's name written out ends the first part, none of the
# office's words (疫情, 防控, 新冠) in it yet. ("A市应对新型冠状病毒感染" over "肺炎疫情防控工作指挥部": the virus's
# infection, 感染, may end it too)
_VIRUS_NAMED = re.compile(r"(?:新型)?冠状病毒(?:感染)?$")


# "阳光街道" over "防控指挥部": a division's name alone, its kind last (a street, a town, a county; not a community
# or an estate, "翠锦社区", "阳光小区", places a list ends with), over an office's name that names no division of its
# own: one signature broken after the division (as "金桃市新冠肺炎疫情" over "防控指挥部办公室" is after the epidemic)
_DIVISION_ALONE = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:街道|镇|乡|地区|[省市县州旗盟]|(?<![社小片景校厂园营城])区)")
_DIVISION_IN_OFFICE = re.compile(r"[省市区县州旗盟镇乡]|街道")


def _division_listed(before: str, compact: str) -> bool:
    """ "丈八街道" over "鱼化寨街道" over "疫情防控指挥部办公室": a division alone under another division alone is the
    last item of a list of divisions, not the first part of a broken signature (review rv69c)."""
    before = before.rstrip("。;,、")
    return bool(before and _DIVISION_ALONE.fullmatch(compact) and _DIVISION_ALONE.fullmatch(before)
                and not _org_only(before))


def _org_broken(compact: str, nxt: str) -> bool:
    """ "阿里地区应对新冠肺炎疫情" over "工作领导小组办公室": a signature broken over two lines (the first part names
    the epidemic, as no place does); "阳光街道" over "防控指挥部": the division alone over an office of none."""
    return bool(nxt and (_ORG_KEYWORD.search(compact) or _VIRUS_NAMED.search(compact)
                         or (_DIVISION_ALONE.fullmatch(compact) and not _DIVISION_IN_OFFICE.search(nxt)))
                and not re.search(r"[,、;。:]", compact)
                and not _org_only(compact) and _org_only(compact + nxt))
