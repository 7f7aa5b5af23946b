"""Normalisation of Chinese place names, so that two writings of one place compare equal.

``normalize`` is the base of the notice resolver: risk-area notices write the same building as
"7栋", "七号楼", "7#" or "７號樓", and all of them must land on one string, while different places
(7号楼 / 17号楼, 1号楼 / 1号楼2单元, 甲5号楼 / 5号楼, 44-4号 / 44号, F区 / F座) must never collide.

Canonical forms:

* width: NFKC (full-width ASCII, ideographic space, circled digits, CJK compatibility ideographs);
  ASCII letters upper-cased ("a座" -> "A座"); Roman-numeral characters become digits ("Ⅱ期" -> "2期");
* script: simplified Chinese (OpenCC ``t2s``);
* whitespace, zero-width/control characters, quotes and middle dots (·•・) are removed;
* brackets of every kind become ``(`` ``)``, their content is kept; empty brackets are dropped;
* dashes (－—–‐−ー) become ``-``, wave dashes (～〜) become ``~``;
* Chinese numerals directly before a numbering marker become Arabic, ``第`` before them is dropped
  and leading zeros go ("第二单元" -> "2单元", "〇五号" -> "5号"); see ``_NUMBER_RE`` for the rule;
* buildings: N + 栋/幢/号楼/号栋/号幢/号楼栋/栋楼/座/#/#楼 -> "N号楼"; a letter building
  (A栋/A号楼/A#/A座) -> "A座"; a street number "47号" stays "47号";
* units: "N号单元"/"N-单元" -> "N单元"; "1号楼-2单元" -> "1号楼2单元"; "1-2单元" is ambiguous and kept;
* leading/trailing punctuation is stripped; text without any letter or digit gives "".

Generic words (小区, 社区, 家属院) are kept: aliasing is the resolver's job, not this one's.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

__all__ = ["normalize"]

# --- character tables ---------------------------------------------------------------------------------------

# Removed before NFKC: lone surrogates would make the UTF-8 encoding inside OpenCC raise, control and
# format characters (zero-width space, BOM, soft hyphen, bidi marks) are invisible noise from Word/PDF copies.
_PRE_TABLE: dict[int, str | None] = {cp: None for cp in range(0xD800, 0xE000)}
_PRE_TABLE.update(dict.fromkeys([*range(0x00, 0x20), *range(0x7F, 0xA0)]))
_PRE_TABLE.update(dict.fromkeys([0x00AD, 0x034F, 0x061C, 0x180E, 0xFEFF, *range(0x200B, 0x2010)]))
_PRE_TABLE.update(dict.fromkeys([*range(0x202A, 0x202F), *range(0x2060, 0x2070), *range(0xFFF0, 0xFFF9)]))
# NFKC would turn Ⅱ into the letters "II"; as a numeral it means 2 ("Ⅱ期" = "2期").
_PRE_TABLE.update({0x2160 + i: str(i + 1) for i in range(12)})
_PRE_TABLE.update({0x2170 + i: str(i + 1) for i in range(12)})

_OPEN_BRACKETS = "([{【〔〖〘〚⦅"
_CLOSE_BRACKETS = ")]}】〕〗〙〛⦆"
_DASHES = "‐‑‒–—―−⁃⸺⸻ー"
_WAVES = "〜∼"
_QUOTES = "\"'`“”‘’„‟‹›«»「」『』〝〞〟《》〈〉"
_DOTS = "·•・‧∙⋅⸱ꞏ"
_WHITESPACE = "".join(chr(cp) for cp in range(0x110000) if chr(cp).isspace())

# Applied after NFKC and t2s, so only the NFKC forms of brackets/dashes need listing.
_POST_TABLE: dict[int, str | None] = str.maketrans(
    _OPEN_BRACKETS + _CLOSE_BRACKETS + _DASHES + _WAVES + "abcdefghijklmnopqrstuvwxyz",
    "(" * len(_OPEN_BRACKETS)
    + ")" * len(_CLOSE_BRACKETS)
    + "-" * len(_DASHES)
    + "~" * len(_WAVES)
    + "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    _QUOTES + _DOTS + _WHITESPACE,
)

# --- traditional -> simplified ------------------------------------------------------------------------------

_converter: opencc.OpenCC | None = None


def _t2s(text: str) -> str:
    global _converter
    if text.isascii():
        return text
    if _converter is None:  # loading the dictionaries costs ~20 ms; not at import time
        _converter = opencc.OpenCC("t2s")
    # t2s is not idempotent on a few characters (薴 -> 苧 -> 苎); iterate to a fixed point so that
    # normalize() itself stays idempotent.
    for _ in range(4):
        converted: str = _converter.convert(text)
        if converted == text:
            break
        text = converted
    return text


# --- punctuation clean-up -----------------------------------------------------------------------------------

_SOFT_PUNCT = r"。,;、.:!?\-~"
_DASH_RUN_RE = re.compile(r"-{2,}")
_BRACKET_INNER_RE = re.compile(rf"(?<=\()[{_SOFT_PUNCT}]+|[{_SOFT_PUNCT}]+(?=\))")
_EMPTY_BRACKETS_RE = re.compile(r"\(\)")
_HAS_ALNUM_RE = re.compile(r"[^\W_]")


def _clean_brackets(text: str) -> str:
    # Loop: removing "()" may expose new punctuation at a bracket edge, e.g. "(，())" .
    while True:
        cleaned = _EMPTY_BRACKETS_RE.sub("", _BRACKET_INNER_RE.sub("", text))
        if cleaned == text:
            return text
        text = cleaned


@lru_cache(maxsize=4096)
def _is_edge_punct(char: str) -> bool:
    # ○ is a symbol but also the zero of 二○一; stripping it would change how a second pass reads 十.
    return unicodedata.category(char)[0] in "PS" and char != "○"


def _strip_edges(text: str) -> str:
    start, end = 0, len(text)
    # Keep an opening bracket at the start and a closing one at the end: "(已解封)XX小区" keeps its brackets.
    while start < end and text[start] != "(" and _is_edge_punct(text[start]):
        start += 1
    while end > start and text[end - 1] != ")" and _is_edge_punct(text[end - 1]):
        end -= 1
    return text[start:end]


# --- numbers ------------------------------------------------------------------------------------------------

# ○ (U+25CB, a circle) stands in for 〇 in much typed text: 二○一室.
_ZEROS = "〇零○"
_DIGIT_VALUES: dict[str, int] = {
    **dict.fromkeys(_ZEROS, 0),
    **dict.fromkeys("一壹", 1),
    **dict.fromkeys("二两俩贰", 2),
    **dict.fromkeys("三叁参", 3),
    **dict.fromkeys("四肆", 4),
    **dict.fromkeys("五伍", 5),
    **dict.fromkeys("六陆", 6),
    **dict.fromkeys("七柒", 7),
    **dict.fromkeys("八捌", 8),
    **dict.fromkeys("九玖", 9),
}
_UNIT_VALUES: dict[str, int] = {
    **dict.fromkeys("十拾", 10),
    **dict.fromkeys("百佰", 100),
    **dict.fromkeys("千仟", 1000),
}
_NUMERAL_CHARS = "".join(_DIGIT_VALUES) + "".join(_UNIT_VALUES)

# Rule for "number or name": a numeral run is a count/ordinal only when it is directly followed by a
# numbering marker (号 # 号楼 栋 幢 座 楼 单元 期 区 片区 层 室 户 组 队 排 段).  Anything else keeps
# its numeral because it is part of a proper name: 十六中 (school), 西一巷 / 北二巷 / 南三巷 (lanes),
# 五一路, 八一广场, 九院, 三条.  "一号院" therefore becomes "1号院" (号 is a marker): both are written.
# Single-character markers followed by a place-name suffix are names, not numbers: 三座塔, 二区村.
_PLACE_SUFFIX = "塔村庄镇乡寺桥山路街巷道里屯堡营沟河湾坡岭"
_NUMBER_MARKER = (
    r"号单元|号楼|号栋|号幢|号座|号|#|单元|片区|"
    rf"(?:栋|幢|座|楼|期|区|层|室|户|组|队|排|段)(?![{_PLACE_SUFFIX}])"
)
# Only these markers are ordinals where "第" is redundant: 第三期 = 三期; not 第一楼 (a restaurant name).
_ORDINAL_MARKERS = (
    *("期", "单元", "区", "片区", "层", "组", "队", "排", "段"),
    *("栋", "幢", "座", "#", "号楼", "号栋", "号幢", "号座", "号单元"),
)
# Arabic and Chinese digits never mix inside one component: "三〇0号楼" is not 300号楼.
_COMPONENT = rf"(?:[0-9]+|[{_NUMERAL_CHARS}]+)"
# Numbers may be joined: 44-4号 (sub-number), 一、二号楼 (list), 一至三期 / 1~3号楼 (range).
_SEPARATORS = "-、,~至"
# Never start inside a number, after a decimal point ("1.05期" keeps its zero) or inside a joined number.
_NOT_IN_NUMBER = rf"(?<![0-9])(?<![0-9]\.)(?<![0-9{_NUMERAL_CHARS}][{_SEPARATORS}])"
_SEPARATOR_SPLIT_RE = re.compile(rf"([{_SEPARATORS}])")
_NUMBER_RE = re.compile(
    # The leading lookahead only lets the scanner skip non-candidates fast (2x on typical names).
    rf"(?=[第0-9{_NUMERAL_CHARS}])(?:{_NOT_IN_NUMBER}(?P<ordinal>第+))?{_NOT_IN_NUMBER}"
    rf"(?P<number>{_COMPONENT}(?:[{_SEPARATORS}]{_COMPONENT})*)"
    rf"(?=(?P<marker>{_NUMBER_MARKER}))"
)


def _parse_positional(numeral: str) -> int | None:
    """Value of a numeral with 十/百/千 (二十三, 一百零五, 两千, 一百一 = 110); None if malformed."""
    total = 0
    digit: int | None = None
    last_unit = 10_000
    zero = False
    for char in numeral:
        if char in _UNIT_VALUES:
            unit = _UNIT_VALUES[char]
            if unit >= last_unit:
                return None
            if digit is None:
                if total or zero:  # a bare unit is only valid at the start: 十五, not 一百十五
                    return None
                digit = 1
            total += digit * unit
            last_unit, digit, zero = unit, None, False
        elif char in _ZEROS:
            if digit is not None or total == 0:
                return None
            zero = True
        else:
            value = _DIGIT_VALUES.get(char)
            if value is None or digit is not None:  # 二三十
                return None
            digit = value
    if digit is None:
        return None if zero else total
    if zero or last_unit == 10:
        return total + digit
    return total + digit * (last_unit // 10)  # 一百一 = 110, 两千五 = 2500


def _component_to_digits(component: str) -> str | None:
    if component.isascii():
        return component
    if any(char in _UNIT_VALUES for char in component):
        value = _parse_positional(component)
        return None if value is None else str(value)
    # Digit by digit, as room numbers are read: 二〇一 = 201, 一〇五 = 105.  Two digits without a zero are
    # names, not numbers (二七区 in Zhengzhou, 八一楼): nobody writes 27 as 二七.
    if len(component) == 2 and not any(char in _ZEROS for char in component):
        return None
    if len(component) > 1 and all(char in _ZEROS for char in component):  # ○○号楼 is a redacted number
        return None
    return "".join(str(_DIGIT_VALUES[char]) for char in component)


def _replace_number(match: re.Match[str]) -> str:
    number = match["number"]
    if match["ordinal"] is None and number.isascii() and number.isdigit() and number[0] != "0":
        return match[0]  # the common case, already canonical: 7号楼, 12单元
    pieces = _SEPARATOR_SPLIT_RE.split(number)  # component, separator, component, ...
    converted: list[str] = []
    for index, piece in enumerate(pieces):
        if index % 2:
            converted.append(piece)
            continue
        digits = _component_to_digits(piece)
        if digits is None:
            return match[0]  # malformed (十十) or a name (二七): leave the writer's text alone
        # 05号楼 = 5号楼, but a sub-number after "-" keeps its zeros: 44-04号.
        if index == 0 or pieces[index - 1] != "-":
            digits = digits.lstrip("0") or "0"
        converted.append(digits)
    ordinal = match["ordinal"] or ""
    if ordinal and match["marker"].startswith(_ORDINAL_MARKERS):
        ordinal = ""
    return ordinal + "".join(converted)


# --- buildings and units ------------------------------------------------------------------------------------

_BUILDING_RE = re.compile(
    # id: optional letter prefix, digits (44-4 style sub-numbers allowed), optional letter suffix; or a lone
    # letter.  A letter glued to other letters (CBD座, SOHO) is a word, not a building letter.
    r"(?=[0-9A-Z])(?P<id>(?:(?<![A-Z0-9])[A-Z])?(?<![0-9])[0-9]+(?:-[0-9]+)*[A-Z]?|(?<![A-Z0-9])[A-Z])"
    rf"(?P<marker>(?:号楼栋|号楼|号栋|号幢|号座|栋楼|幢楼|#楼|#栋|#幢|#座|#|栋|幢|座)++(?![{_PLACE_SUFFIX}]))"
)
_UNIT_RE = re.compile(r"(?<=[0-9])号单元")
# Before the numerals, so that "二-单元" and "第2-单元" are seen as a unit number.
_UNIT_DASH_RE = re.compile(rf"(?<=[0-9{_NUMERAL_CHARS}])-单元")
_BUILDING_UNIT_DASH_RE = re.compile(r"(号楼|座)-(?=[0-9]+单元)")


def _replace_building(match: re.Match[str]) -> str:
    building = match["id"]
    return building + ("座" if building.isalpha() else "号楼")


# --- public API ---------------------------------------------------------------------------------------------


def normalize(text: str) -> str:
    """Canonical comparable form of a Chinese place name; idempotent, never raises, "" for no content."""
    text = unicodedata.normalize("NFKC", text.translate(_PRE_TABLE))
    text = _t2s(text).translate(_POST_TABLE)
    if "(" in text or ")" in text:
        text = _clean_brackets(text)
    if "-" in text:  # after the brackets: "-()-" must collapse too
        text = _DASH_RUN_RE.sub("-", text)
    text = _UNIT_DASH_RE.sub("单元", text)
    text = _NUMBER_RE.sub(_replace_number, text)
    text = _BUILDING_RE.sub(_replace_building, text)
    text = _UNIT_RE.sub("单元", text)
    text = _BUILDING_UNIT_DASH_RE.sub(r"\1", text)
    text = _strip_edges(text)
    # Removing characters may have put a combining mark next to a new base ("a·" + U+0308); recompose so
    # that a second pass is a no-op.  Only Latin-like letters compose, which no rule above looks at.
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return text if _HAS_ALNUM_RE.search(text) else ""
