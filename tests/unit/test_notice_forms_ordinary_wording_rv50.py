"""Ordinary wording near the rules of a whole county kept at home (在A县,居民…居家) and of a division named by its
short name after 不离: residents of a zone or kind, a time 居家期间, a city's short name that is not its first
character, a plain word after 不离 (review rv50). Notices invented; districts real."""

from __future__ import annotations

from fangkong.areas.parser import parse_notice

_LEAD = "关于调整部分区域风险等级的通告\n经研判,自11月20日起,将天河区以下区域划为高风险区:荷光路小区、东圃大院。\n"
_BARE = "关于调整部分区域风险等级的通告\n经研判,自11月20日起,将以下区域划为高风险区:荷光路小区、东圃大院。\n"


def _read(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [(c["level_to"], c["district"], c["places"]) for c in parse_notice(text, default_year=2022)["changes"]]


_HIGH = [("high", "天河区", ["荷光路小区", "东圃大院"])]


def test_residents_of_a_zone_kept_at_home_do_not_silence_the_district() -> None:
    for line in ("在天河区,高风险区居民一律居家,其他居民正常生活。",
                 "在天河区,封控区内居民足不出户,防范区居民正常出行。",
                 "在天河区,上述区域居民居家,严禁外出。",
                 "在天河区,有发热症状的居民不出家门,及时拨打电话。"):
        assert _read(_LEAD + line + "\n") == _HIGH, line


def test_a_time_of_staying_home_is_no_rule() -> None:
    assert _read(_LEAD + "在天河区,居民居家期间生活物资由社区统一配送。\n") == _HIGH


def test_the_whole_district_kept_at_home_still_silenced() -> None:
    for line in ("在天河区,全区居民一律居家。", "在天河区,除就医外,居民不得外出。"):
        assert _read(_LEAD + line + "\n") == _HIGH + [("silent", "天河区", ["天河区"])], line


def test_a_plain_word_or_a_city_short_name_after_buli_names_no_county() -> None:
    both = ["荷光路小区", "东圃大院"]
    assert _read(_BARE + "全县居民非必要不离岗。\n") == [("high", None, both)]
    assert _read(_BARE + "全区居民非必要不离邕。\n") == [("high", None, both)]
    assert _read(_BARE + "全市居民非必要不离界。\n") == [("high", "界首市", both)]
