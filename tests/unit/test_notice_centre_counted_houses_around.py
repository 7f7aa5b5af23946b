"""An area around a centre with the houses around it counted, "A社区B宅12号为中心、四周邻近20座房屋区域", "以C镇D店为
中心,四周临近8栋房区域" (held-out notice 2065, 福州 spring 2022): one place, its 、 or comma no separator (a leading
以 kept as written). A centre's own area ("…为中心的区域") or a house's surroundings listed before other places stay
places of their own."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)

_HEAD = "截至5月3日18时,本市现有封控区名单如下:\n\n一、封控区\n\n鼓楼区:\n\n"
_TEXT = (_HEAD + "金峰镇春晓社区龙宅12号为中心、四周邻近20座房屋区域,春晓社区龙宅30号为中心、四周邻近15座房屋区域,"
         "锦绣工业园8号楼\n\n以阳光镇星光小学对面瑞丰面馆为中心,四周临近8栋房区域")
_EXPECTED = {("sealed", "鼓楼区"): ["金峰镇春晓社区龙宅12号为中心、四周邻近20座房屋区域",
                                    "春晓社区龙宅30号为中心、四周邻近15座房屋区域", "锦绣工业园8号楼",
                                    "以阳光镇星光小学对面瑞丰面馆为中心,四周临近8栋房区域"]}


def test_centres_with_counted_houses_around_are_one_place_each() -> None:
    assert by_level(_TEXT) == _EXPECTED


def test_centres_in_traditional_characters() -> None:
    assert by_level(in_traditional(_TEXT)) == _EXPECTED


def test_centres_with_full_width_punctuation() -> None:
    assert by_level(_TEXT.translate(HALF_TO_FULL)) == _EXPECTED


def test_a_centre_s_own_area_and_surroundings_listed_stay_apart() -> None:
    text = _HEAD + "金峰镇翠溪小区为中心的区域、星光花园,春晓村12号周边20栋房、龙宅村"
    assert by_level(text) == {("sealed", "鼓楼区"): ["金峰镇翠溪小区为中心的区域", "星光花园", "春晓村12号周边20栋房",
                                                     "龙宅村"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(name, min_size=3, max_size=3, unique=True), st.integers(min_value=2, max_value=99),
       st.sampled_from(["、", ","]), st.sampled_from(["四周邻近", "四周临近", "周边"]),
       st.sampled_from(["座房屋区域", "栋房区域", "栋房屋区域", "栋房"]), st.booleans())
def test_any_centre_with_counted_houses_is_one_place(names: list[str], count: int, sep: str, around: str, houses: str,
                                                     opener: bool) -> None:
    a, b, c = names
    assume(not any(n.endswith(("镇", "村", "社区")) for n in names))
    centre = f"{'以' if opener else ''}{a}镇{b}村{count}号为中心{sep}{around}{count}{houses}"
    text = _HEAD + f"{centre},{c}花园3号楼"
    assert by_level(text) == {("sealed", "鼓楼区"): [centre, f"{c}花园3号楼"]}, centre
