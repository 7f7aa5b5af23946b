"""Resident identity numbers (居民身份证号码) per GB 11643-1999, and masking of numbers for display.

Layout: 6-digit region code (GB/T 2260) + 8-digit birth date YYYYMMDD + 3-digit sequence
(odd: male, even: female) + 1 check character (ISO 7064 MOD 11-2; 10 is written X).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"  # index = (weighted sum) mod 11
# Province-level prefixes in use (GB/T 2260), to refuse a region that cannot exist.
_PROVINCES = {
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
    "65", "71", "81", "82", "83", "91",
}  # fmt: skip
_EARLIEST_BIRTH = date(1880, 1, 1)


def check_character(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character for the first 17 digits."""
    total = sum(int(digit) * weight for digit, weight in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def validate(text: str, *, today: date | None = None) -> str:
    """Return the normalised number (upper-case X, no spaces) or raise ValueError saying what is wrong."""
    if not isinstance(text, str):
        raise ValueError("身份证号必须是文本 / identity number must be text")
    # Full-width digits and X from Chinese input methods, spaces people type in groups.
    cleaned = unicodedata.normalize("NFKC", text).strip().replace(" ", "").replace("-", "")
    cleaned = cleaned.upper()
    if len(cleaned) != 18:
        raise ValueError(
            f"身份证号应为18位,实际为{len(cleaned)}位 / identity number must have 18 characters, got {len(cleaned)}"
        )
    if not re.fullmatch(r"\d{17}[\dX]", cleaned):
        raise ValueError("身份证号前17位须为数字,末位为数字或X / the first 17 characters must be digits, "
                         "the last a digit or X")
    if cleaned[:2] not in _PROVINCES:
        raise ValueError(f"地区码 {cleaned[:6]} 无效 / region code {cleaned[:6]} does not exist")
    try:
        born = date(int(cleaned[6:10]), int(cleaned[10:12]), int(cleaned[12:14]))
    except ValueError:
        raise ValueError(f"出生日期 {cleaned[6:14]} 无效 / birth date {cleaned[6:14]} is not a valid date") from None
    if born < _EARLIEST_BIRTH or born > (today or date.today()):
        raise ValueError(f"出生日期 {born.isoformat()} 超出范围 / birth date {born.isoformat()} is out of range")
    expected = check_character(cleaned[:17])
    if cleaned[17] != expected:
        raise ValueError(
            f"校验位错误:应为 {expected},实际为 {cleaned[17]} / check character is wrong: "
            f"expected {expected}, got {cleaned[17]}"
        )
    return cleaned


@dataclass(frozen=True)
class IdentityFacts:
    region_code: str
    birth_date: date
    sex: str  # 'M' or 'F'


def facts(number: str) -> IdentityFacts:
    """Sex and birth date derived from a valid number."""
    number = validate(number)
    return IdentityFacts(
        region_code=number[:6],
        birth_date=date(int(number[6:10]), int(number[10:12]), int(number[12:14])),
        sex="M" if int(number[16]) % 2 == 1 else "F",
    )


def make_number(region_code: str, birth: date, sequence: int) -> str:
    """Build a valid number (synthetic data and tests). sequence 0..999; its parity gives the sex."""
    first17 = f"{region_code}{birth:%Y%m%d}{sequence:03d}"
    return first17 + check_character(first17)


def mask_id_number(number: str | None) -> str:
    """140105********123X: region kept, birth date and sequence hidden, last four shown."""
    if not number:
        return ""
    if len(number) <= 10:
        return number[:2] + "*" * max(len(number) - 2, 0)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def mask_phone(phone: str | None) -> str:
    """138****5678."""
    if not phone:
        return ""
    if len(phone) < 7:
        return phone[:1] + "*" * (len(phone) - 1)
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]


def mask_name(name: str | None) -> str:
    """张*明 / 王*: the family name and, for longer names, the last character."""
    if not name:
        return ""
    if len(name) == 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]
