"""Forms of the twenty-second held-out set, in invented variants: a village's house numbers in numbered sections
run over commas (one place), an enterprise's coded halls after its name over commas (one place), an office named
after a known development zone (its district), and areas whose level is lowered with no new level above a list of
street sections (a lift; a street in a place's note is no prefix)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, PLAIN_SYLLABLES, invented_names, levels_of


def test_house_numbers_in_sections_over_commas_are_one_place() -> None:
    for village, comma in (("金阳镇翠峰村", ","), ("宁安乡星桥村", ","), ("福瑞镇长风村", ", ")):
        run = f"{village}2区5号、7-9号{comma}3区1-4号、11、15号{comma}5区2号"
        text = f"一、自通告发布之时起,划定{run}为高风险区。"
        assert levels_of(text) == {"high": [run.replace(" ", "")]}


def test_an_enterprises_coded_parts_over_commas_are_one_place() -> None:
    for name in ("锦绣农产品物流有限公司", "兴盛建材市场", "康宁食品厂"):
        obj = f"{name}A1、A3交易厅,B2、B4餐饮区及二号宿舍楼C门"
        text = f"廣大市民朋友:\n1.自3月2日18時起,解除{obj}封控區。"
        assert levels_of(text) == {"lifted": [obj]}


def test_an_office_named_after_a_known_zone_gives_its_district() -> None:
    for zone in ("东营经济技术开发区", "临沂高新技术产业开发区", "保定高新技术产业开发区"):
        text = (f"{zone}\n\n新冠肺炎疫情防控指挥部办公室\n\n关于调整部分区域风险等级的通告\n\n"
                "一、以下区域划定为高风险区(2个)\n\n金华办事处翠峰社区5号楼\n\n星河办事处长风社区锦绣花园3号楼\n")
        result = parse_notice(text, default_year=2022)
        assert [c["district"] for c in result["changes"]] == [zone]


def _lowered(street_a: str, street_b: str, names: list[str]) -> str:
    return ("各街道、社区:\n经专家组评估,今天决定将3个防范区调低风险等级。调低风险等级后按照新的管理方式执行。\n"
            "具体名单如下(总计3个):\n"
            f"一、{street_a}(2个)\n1、{names[0]}社区的{names[1]}小区(长风路旁)、{names[2]}楼(医院对面)。\n"
            f"二、{street_b}(1个)\n1、{names[3]}家园({street_b}与金华路,翠峰路与康宁路之间区域)\n")


def test_a_lowered_level_without_a_new_one_heads_street_sections_as_a_lift() -> None:
    for a, b, names in (("春晓街", "阳光街", ["金华", "翠峰", "长风", "锦绣"]),
                        ("兴盛街", "福瑞街", ["星河", "君悦", "康宁", "泰和"])):
        text = _lowered(a, b, names)
        expected = [f"{a}{names[0]}社区的{names[1]}小区(长风路旁)", f"{a}{names[2]}楼(医院对面)",
                    f"{b}{names[3]}家园({b}与金华路,翠峰路与康宁路之间区域)"]
        assert levels_of(text) == {"lifted": expected}
        assert levels_of(text.translate(HALF_TO_FULL)) == {"lifted": expected}


@settings(max_examples=25, deadline=None)
@given(village=invented_names(PLAIN_SYLLABLES), sections=st.lists(st.integers(1, 9), min_size=2, max_size=4,
                                                                   unique=True))
def test_house_number_runs_stay_one_place_whatever_the_sections(village: str, sections: list[int]) -> None:
    run = ",".join(f"{s}区{s}号、{s + 10}-{s + 12}号" for s in sections)
    place = f"{village}镇{village}村{run}"
    assert levels_of(f"一、自通告发布之时起,划定{place}为高风险区。") == {"high": [place]}
