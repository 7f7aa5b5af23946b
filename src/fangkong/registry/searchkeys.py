"""Search keys of the registry, computed when a person or household is written (decision 0015).

Every key is plain ASCII (or the door's own text) searched by a b-tree prefix, the same way on SQLite
and PostgreSQL:

* ``name_initials``: the pinyin initials of a name, lower case ("张三丰" -> "zsf"), so "zs" finds 张三;
* ``reverse_digits``: an identity number or phone read backwards ("…1234" -> "4321…"), so the last
  digits a person reads out become a prefix of the reversed column;
* ``door_key``: a household's address door first, "502-2-3" for 3号楼2单元502室, so "502",
  "2单元502" and "3号楼2单元502" are prefixes of it;
* ``parse_query``: what a typed query asks for (an identity number or phone by its last digits, a name
  or its initials, a door with its unit and building).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Query", "address_key", "door_key", "door_text", "name_initials", "parse_query", "reverse_digits"]

MIN_DIGITS = 4  # fewer digits than this are a door number, not the tail of an identity number or phone


@lru_cache(maxsize=65536)
def _initial(char: str) -> str:
    if char.isascii():
        return char.lower() if char.isalnum() else ""
    from pypinyin import Style, lazy_pinyin

    letters = lazy_pinyin(char, style=Style.FIRST_LETTER, errors="ignore")
    return letters[0][:1].lower() if letters and letters[0] else ""


def name_initials(name: str | None) -> str:
    """'张三丰' -> 'zsf' (one letter per character; characters without a reading are skipped)."""
    if not name:
        return ""
    return "".join(_initial(c) for c in name.strip())[:16]


def reverse_digits(value: str | None) -> str | None:
    """The number read backwards, upper-cased ('x' of an identity number as 'X'); None stays None."""
    if not value:
        return None
    return value.strip().upper()[::-1]


_LEADING = re.compile(r"^([0-9A-Za-z]+)")


def _number_of(place_name: str) -> str:
    """The number a building or unit is called by: '3号楼' -> '3', 'A座' -> 'a', '2单元' -> '2',
    '55号' -> '55'; a name without one (a lane, '后街') is kept whole."""
    text = unicodedata.normalize("NFKC", place_name or "").strip()
    found = _LEADING.match(text)
    return (found.group(1) if found else text).lower()


def door_text(door: str | None) -> str:
    """A door as its key holds it: '502室' and ' 502' -> '502'."""
    text = unicodedata.normalize("NFKC", door or "").replace(" ", "").lower()
    return text[:-1] if text.endswith("室") and len(text) > 1 else text


def door_key(building: str, unit: str, door: str) -> str:
    """'502-2-3' for door 502 of 2单元 of 3号楼: the door first, so a door alone is a prefix."""
    return f"{door_text(door)}-{_number_of(unit)}-{_number_of(building)}"[:48]


address_key = door_key


@dataclass(frozen=True)
class Query:
    """What a search asks for. `kind`: digits (an identity number or phone, whole or its last digits; four
    digits may also be a door), door, initials or name; `text` the cleaned query; for a door, the prefix
    of its door_key, the building when the unit is unknown ("3-502") and the compound's name if typed."""

    kind: str
    text: str
    door_prefix: str = ""
    building: str = ""
    compound: str = ""
    door_keys: tuple[str, ...] = ()  # whole keys, any of which matches (a village house: "后街55号")


_SPACES = re.compile(r"\s+")
_BUILDING = r"(?P<building>[0-9A-Za-z]+)(?:号楼|号栋|号幢|栋|幢|座|#楼|#|号?-)"
_UNIT = r"(?P<unit>[0-9]+)(?:单元|-)"
_DOOR = r"(?P<door>[0-9A-Za-z]+)(?:室|号)?"
_ADDRESS = re.compile(rf"^(?P<compound>.*?)(?:{_BUILDING})?(?:{_UNIT})?{_DOOR}$")
_ADDRESS_WORDS = re.compile(r"号楼|栋|幢|座|单元|室|-|#")
# A village house: the lane (后街, 晋夏公路南段) and its number, perhaps the courtyard's door: "丈子头村后街55号".
_HOUSE = re.compile(r"^(?P<before>[^0-9]*[\u4e00-\u9fff])(?P<house>[0-9]+)号(?P<door>[0-9]{1,2})?(?:室|户)?$")
VILLAGE_DOORS = ("1", "2", "3")  # the doors of one house number (a second household in the courtyard: 2)
_DIGITS = re.compile(r"[0-9]{4,18}|[0-9]{3,17}X")  # MIN_DIGITS and more
_SHORT_DOOR = re.compile(r"[0-9]{1,3}")  # fewer than MIN_DIGITS


def parse_query(raw: str) -> Query | None:
    """The query as a search: None when it is empty or says nothing searchable."""
    text = "".join(c for c in unicodedata.normalize("NFKC", raw or "")[:200]
                   if unicodedata.category(c)[0] != "C")  # no control, format or unassigned characters
    text = _SPACES.sub("", text)
    text = text.replace("—", "-").replace("－", "-").replace("–", "-")
    if not text:
        return None
    if _DIGITS.fullmatch(text.upper()):
        return Query("digits", text.upper())
    if re.fullmatch(r"[A-Za-z]{1,16}", text):
        return Query("initials", text.lower())
    house = _HOUSE.match(text)
    if house:  # the lane is the end of what comes before the number: try every ending (at most 12)
        before = house.group("before")
        lanes = [before[i:] for i in range(max(0, len(before) - 12), len(before))]
        doors = (house.group("door"),) if house.group("door") else VILLAGE_DOORS
        keys = tuple(door_key(lane, house.group("house"), door) for lane in lanes for door in doors)
        return Query("door", text, door_keys=keys)
    if _ADDRESS_WORDS.search(text) or _SHORT_DOOR.fullmatch(text):
        found = _ADDRESS.match(text)
        if found:
            building, unit, door = found.group("building"), found.group("unit"), found.group("door")
            prefix = f"{door.lower()}-"
            if unit:
                prefix += f"{unit}-" + (building.lower() if building else "")
                building = None
            return Query("door", text, door_prefix=prefix, building=(building or "").lower(),
                         compound=found.group("compound") or "")
    if re.search(r"[\u4e00-\u9fff]", text) and not re.search(r"[0-9]", text):
        return Query("name", text)
    return None
