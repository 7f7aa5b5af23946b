"""Forms of notices that redraw each area of a heading's level as a line "“old area”调整为“new area”;" (the new area
the place, ",及" between its places, a merger "“A所在社区”、“B所在社区”合并为“A、B所在社区”" one place) and close the
list with the count of the areas standing ("现有封控区23个、管控区21个。", no place). Variants written here (invented
places, traditional characters, full-width punctuation), a property over generated names, and near-misses (a quoted
level or measure redrawn is no place)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)

NOTICE = ("关于调整某市市区封控区、管控区的通告(2022年第31号)\n现将市区调整的封控区、管控区名单通告如下:\n"
          "一、调整封控区\n{sealed}\n二、调整管控区\n{controlled}\n现有封控区12个、管控区9个。")


def test_redrawn_areas_take_the_headings_levels() -> None:
    text = NOTICE.format(sealed=("“金桥镇东山村”调整为“金桥镇东山居李家湾”;\n"
                                 "“龙华镇”调整为“龙华镇南街两侧(北至中心路)”;"),
                         controlled="“金桥镇”调整为“金桥镇东山居王家湾、石岭,及金桥镇集镇建成区除封控区以外的区域”。")
    assert levels_of(text) == {"sealed": ["金桥镇东山居李家湾", "龙华镇南街两侧(北至中心路)"],
                               "controlled": ["金桥镇东山居王家湾", "石岭", "金桥镇集镇建成区除封控区以外的区域"]}


def test_redrawn_areas_traditional_full_width() -> None:
    text = in_traditional(NOTICE.format(sealed="“春风镇西村”调整为“春风镇西村3队,及春风镇西村5队”;",
                                        controlled="“春风镇”调整为“春风镇西村除封控区以外的区域”。"))
    text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["春风镇西村3队", "春风镇西村5队"],
                               "controlled": ["春风镇西村除封控区以外的区域"]}


def test_merged_areas_are_one_place() -> None:
    text = NOTICE.format(sealed="“锦绣镇北村”调整为“锦绣镇北村6组”;",
                         controlled="“华康药房所在社区”、“鑫盛超市所在社区”合并为“华康药房、鑫盛超市所在社区”。")
    assert levels_of(text) == {"sealed": ["锦绣镇北村6组"], "controlled": ["华康药房、鑫盛超市所在社区"]}


def test_a_redrawn_level_or_measure_is_no_place() -> None:
    text = NOTICE.format(sealed="“封控区”调整为“管控区”;", controlled="“足不出户”调整为“人不出区、错峰取物”。")
    places = [place for found in levels_of(text).values() for place in found]
    assert "管控区" not in places and "人不出区" not in places and "错峰取物" not in places


@settings(max_examples=25, deadline=None)
@given(name, st.lists(name, min_size=1, max_size=3, unique=True))
def test_any_redrawn_area(town: str, groups: list[str]) -> None:
    new = ",及".join(f"{town}镇{g}村" for g in groups)
    text = NOTICE.format(sealed=f"“{town}镇老街”调整为“{new}”;",
                         controlled=f"“{town}镇”调整为“{town}镇除封控区以外的区域”。")
    assert levels_of(text) == {"sealed": [f"{town}镇{g}村" for g in groups],
                               "controlled": [f"{town}镇除封控区以外的区域"]}
