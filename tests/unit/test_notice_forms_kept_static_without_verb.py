"""Static (silent) management kept on over a place with the verb left out, "决定,对主城区(A区、B区、C区)继续静态
管理三天" (辽宁, autumn 2022): the place as written, brackets kept, silent. Variants, a property, near-misses."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, in_traditional, levels_of

DISTRICTS = ["小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区", "晋源区"]


def test_a_main_town_kept_static_without_verb() -> None:
    text = ("为尽快阻断疫情传播,市疫情防控指挥部决定,对主城区(小店区、迎泽区、高新区)继续静态管理三天(11月4日5:00至"
            "11月7日5:00),现有各项静态管控措施保持不变。")
    assert levels_of(text) == {"silent": ["主城区(小店区、迎泽区、高新区)"]}


def test_a_main_town_kept_silent_traditional_full_width() -> None:
    text = in_traditional("市疫情防控指挥部决定,对中心城区(杏花岭区、尖草坪区)继续静默管理两天,各项措施不变。"
                          ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"silent": ["中心城区(杏花岭区、尖草坪区)"]}


def test_a_town_kept_static_without_verb() -> None:
    assert levels_of("经研判,决定对金华镇继续临时静态管理3天。") == {"silent": ["金华镇"]}


@settings(max_examples=20, deadline=None)
@given(st.lists(st.sampled_from(DISTRICTS), min_size=1, max_size=4, unique=True),
       st.sampled_from(["静态管理", "静默管理"]), st.sampled_from(["三天", "3天", ""]))
def test_any_main_town_kept_static(districts: list[str], verb: str, days: str) -> None:
    place = f"主城区({'、'.join(districts)})"
    assert levels_of(f"指挥部决定,对{place}继续{verb}{days}。") == {"silent": [place]}


def test_people_kept_static_is_no_place() -> None:
    text = "指挥部决定,对居家隔离人员继续静态管理三天。\n指挥部决定,对主城区(小店区、迎泽区)继续静态管理三天。"
    assert levels_of(text) == {"silent": ["主城区(小店区、迎泽区)"]}


def test_a_kept_static_headline_without_object_is_no_place() -> None:
    assert levels_of("继续静态管理三天期间,请市民不要恐慌。\n决定对金华镇继续静默管理三天。") == {"silent": ["金华镇"]}
