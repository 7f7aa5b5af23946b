"""Rendering: write a risk-area notice in the city's usual format from structured changes.

``render_notice`` takes the dict ``parser.parse_notice`` returns (issuer, number, published,
effective, changes) and writes the text an office would publish, as Taiyuan's notices of 2022 do::

    太原市新冠肺炎疫情防控工作领导组办公室关于调整高低风险区的通告
    (2022年第198号)
    根据…,经专家组研判,自2022年12月2日0时起,我市新增高风险区42个,调整为低风险区33个。现将有关情况通告如下:
    一、新增高风险区(42个)
    小店区(8个):A,B,C。
    二、调整为低风险区(33个)
    …
    高风险区实行“足不出户、上门服务”等管控措施,…。特此通告。
    太原市新冠肺炎疫情防控工作领导组办公室
    2022年12月2日

Decisions:

* Changes with the same action and levels form one section, in order of first appearance; within a
  section each district is one line "小店区(8个):A,B。" (a change without district comes first, without
  label). The count written is the number of places, so a parse of the text never warns.
* A section heading names the change the way offices do and the parser reads it back exactly:
  "新增X" (add), "由X调整为Y" (from given), "调整为低风险区" / "升级为Y" / "降为Y" / "划定为Y" (no origin
  given), "解除X" (lift), "解除以下区域的管控措施" (lift of an unnamed level).
* A change whose action contradicts its levels ("upgrade" from high to low) is refused: the text
  could only say something else than what was asked.
* Places are written as given, with brackets made full-width like the rest of the text; an exception
  stays with its place ("西吴御龙庭小区（1号楼2单元除外）").
* The measures paragraph names each level of the notice with its measures from the policy in force at
  the effective time.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from fangkong import policies
from fangkong.core import clock
from fangkong.core.errors import InvalidInput

__all__ = ["DEFAULT_ISSUER", "LEVEL_NAMES", "render_notice"]

DEFAULT_ISSUER = "太原市新冠肺炎疫情防控工作领导组办公室"
LEVEL_NAMES = {"high": "高风险区", "medium": "中风险区", "low": "低风险区",
               "sealed": "封控区", "controlled": "管控区", "precaution": "防范区"}
_RANK = {"high": 3, "sealed": 3, "medium": 2, "controlled": 2, "low": 1, "precaution": 1}
_CN_DIGITS = "零一二三四五六七八九"
_FULL = str.maketrans({"(": "（", ")": "）", ",": "，", ":": "：", ";": "；"})
_ACTIONS = ("add", "lift", "upgrade", "downgrade", "set")


def _cn_ordinal(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 21 -> 二十一 (section numbers)."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


def _moment(value: Any) -> datetime | date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime | date):
        return value
    text = str(value)
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError as exc:
        raise InvalidInput(f"日期格式不对:{text}", f"not an ISO date: {text!r}") from exc


def _day_zh(when: datetime | date) -> str:
    return f"{when.year}年{when.month}月{when.day}日"


def _start_zh(when: datetime | date) -> str:
    """"2022年12月2日0时" for a moment, "2022年12月2日" for a day."""
    if not isinstance(when, datetime):
        return _day_zh(when)
    minutes = f"{when.minute}分" if when.minute else ""
    return f"{_day_zh(when)}{when.hour}时{minutes}"


def _number_zh(number: str | None, year: int | None) -> str | None:
    text = (number or "").strip()
    if not text:
        return None
    if text.isdigit():
        text = f"第{text}号"
    if "年" not in text and year:
        text = f"{year}年{text}"
    return text


def _check(change: dict[str, Any]) -> None:
    action, frm, to = change.get("action"), change.get("level_from"), change.get("level_to")
    if action not in _ACTIONS:
        raise InvalidInput(f"未知的变更类型 {action}", f"unknown action {action!r}")
    for level in (frm, to):
        if level is not None and level not in LEVEL_NAMES:
            raise InvalidInput(f"未知的风险等级 {level}", f"unknown level {level!r}")
    if action == "lift":
        if to is not None:
            raise InvalidInput("解除不设新的等级", "A lift sets no new level")
        return
    if to is None:
        raise InvalidInput("请选择调整后的风险等级", "Choose the level the change sets")
    if action == "add":
        if frm is not None:
            raise InvalidInput("新增风险区没有原等级", "An added area has no former level")
        return
    if frm is not None:
        diff = _RANK[to] - _RANK[frm]
        implied = "upgrade" if diff > 0 else "downgrade" if diff < 0 else "set"
        if implied != action:
            raise InvalidInput(f"由{LEVEL_NAMES[frm]}到{LEVEL_NAMES[to]}不是该变更类型",
                               f"{frm} -> {to} is an {implied}, not an {action}")


def _heading(action: str, frm: str | None, to: str | None) -> str:
    """The words of a section heading; each reads back as the same (action, level_from, level_to)."""
    if action == "add":
        return f"新增{LEVEL_NAMES[to or '']}"
    if action == "lift":
        return f"解除{LEVEL_NAMES[frm]}" if frm else "解除以下区域的管控措施"
    target = LEVEL_NAMES[to or ""]
    if frm:
        return f"由{LEVEL_NAMES[frm]}调整为{target}"
    if action == "downgrade":
        return f"调整为{target}" if _RANK[to or ""] == 1 else f"降为{target}"
    if action == "upgrade":
        return f"调整为{target}" if _RANK[to or ""] == 3 else f"升级为{target}"
    return f"划定为{target}"


def _place(text: str) -> str:
    # Brackets and commas inside a place (an exception list) in the text's full-width style.
    return "".join(text.split()).translate(_FULL)


def _title(levels: set[str]) -> str:
    if levels & {"sealed", "controlled", "precaution"}:
        return "关于调整封控区、管控区、防范区的通告"
    marks = "".join(mark for key, mark in (("high", "高"), ("medium", "中"), ("low", "低")) if key in levels)
    return f"关于调整{marks or '高'}风险区的通告"


def _measures(levels: list[str], moment: datetime | date | None) -> str:
    policy = policies.in_force(moment if isinstance(moment, datetime)
                               else datetime.combine(moment, datetime.min.time()) if moment else clock.now())
    parts = []
    for key in levels:
        found = policy.level(key)
        measures = found.measures_zh if found and found.measures_zh else ""
        if measures:
            parts.append(f"{LEVEL_NAMES[key]}实行“{measures}”等防控措施")
    return "，".join(parts) + "。" if parts else ""


def render_notice(notice: dict[str, Any]) -> str:
    """The notice's text in the city's usual format; ``parse_notice`` of it gives back its changes."""
    changes = list(notice.get("changes") or [])
    if not changes:
        raise InvalidInput("通告至少要有一项变更", "A notice needs at least one change")
    sections: dict[tuple[str, str | None, str | None], dict[str | None, list[str]]] = {}
    for change in changes:
        _check(change)
        places = [_place(str(p)) for p in change.get("places") or [] if str(p).strip()]
        if not places:
            raise InvalidInput("每项变更至少要有一个地点", "Each change needs at least one place")
        key = (change["action"], change.get("level_from"), change.get("level_to"))
        district = (change.get("district") or "").strip() or None
        sections.setdefault(key, {}).setdefault(district, []).extend(places)

    effective = _moment(notice.get("effective"))
    published = _moment(notice.get("published")) or effective
    year = (published or effective).year if (published or effective) else None
    issuer = (notice.get("issuer") or "").strip() or DEFAULT_ISSUER
    levels: list[str] = []  # the levels the notice names, in order; measures are for those it sets
    for action, frm, to in sections:
        for level in (to, frm if action == "lift" else None):
            if level and level not in levels:
                levels.append(level)
    set_levels = [to for _action, _frm, to in sections if to]

    lines = [f"{issuer}{_title(set(levels))}"]
    number = _number_zh(notice.get("number"), year)
    if number:
        lines.append(f"（{number}）")
    summary = "，".join(f"{_heading(*key)}{sum(len(p) for p in groups.values())}个"
                        for key, groups in sections.items())
    start = f"自{_start_zh(effective)}起" if effective else "即日起"
    lines.append("")
    lines.append(f"根据国务院联防联控机制有关规定，结合当前疫情防控工作实际，经专家组研判，{start}，"
                 f"我市{summary}。现将有关情况通告如下：")
    for index, (key, groups) in enumerate(sections.items(), start=1):
        total = sum(len(p) for p in groups.values())
        lines.append("")
        lines.append(f"{_cn_ordinal(index)}、{_heading(*key)}（{total}个）")
        # The unlabelled group first: the parser gives places above any district label no district.
        for district in sorted(groups, key=lambda d: d is not None):
            places = "，".join(groups[district])
            lines.append(f"{district}（{len(groups[district])}个）：{places}。" if district else f"{places}。")
    lines.append("")
    measures = _measures([lv for lv in levels if lv in set_levels], effective or published)
    lines.append(f"{measures}请广大市民朋友继续做好个人防护，配合做好各项疫情防控工作。")
    lines.append("")
    lines.append("特此通告。")
    lines.append("")
    lines.append(issuer)
    if published:
        lines.append(_day_zh(published))
    return "\n".join(lines) + "\n"


# ---- loading notice files (the CLI and the demo) ----------------------------------------------------
