"""Forms of the forty-ninth held-out set: an office written with its prefecture city and 市 before a county of one
character ("定西市岷县…领导小组办公室发布通告"), whose district is the county alone; a level's zone inside a named
street or town lifted ("解除布吉街道区域内的低风险区管理", 深圳 2022), whose place is the street or town; an area
enclosed by buildings or roads written with 区 alone for its area word ("解除对A街道B名府7栋、8栋、36栋围合区的管控
措施", 宿迁 2022), one place. Notices here are written for the tests."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    in_traditional,
    invented_names,
    levels_of,
)

# --- a prefecture city with its 市 before a county of one character ---------------------------------------------


def _districts(text: str) -> set[str | None]:
    return {change["district"] for change in parse_notice(text)["changes"]}


def test_a_report_lead_naming_city_and_one_character_county_gives_the_county() -> None:
    text = ("定西市漳县新冠肺炎疫情联防联控领导小组办公室发布通告,根据有关规定,经市县专家组分析研判,漳县新冠肺炎疫情"
            "联防联控领导小组办公室决定,自2022年9月3日20时起,将以下区域风险等级进行调整。\n\n"
            "一、高风险区调整为中风险区\n\n武阳镇西街村2社\n\n二、中风险区调整为低风险区\n\n新寺镇新寺村1社")
    assert _districts(text) == {"漳县"}
    assert levels_of(text) == {"medium": ["武阳镇西街村2社"], "low": ["新寺镇新寺村1社"]}


def test_an_office_title_with_city_and_county_in_traditional_characters() -> None:
    text = "開封市杞縣新冠肺炎疫情聯防聯控領導小組辦公室通告\n將城關鎮東街村5組劃為中風險區。"
    assert _districts(text) == {"杞县"}


def test_full_width_punctuation_and_the_zone_of_a_city_stays_the_citys() -> None:
    text = "宿州市萧县疫情防控指挥部通告\n经研判,决定将以下区域划为高风险区:\n龙城镇幸福小区3栋。"
    text = text.translate(HALF_TO_FULL)
    assert _districts(text) == {"萧县"}
    # (near miss: counties of two characters or more after their city, read so already, stay as they were)
    assert _districts("安阳市汤阴县疫情防控指挥部通告\n将城关镇东街村5组划为中风险区。") == {"汤阴县"}
    assert _districts("运城市临猗县疫情防控指挥部通告\n将猗氏镇东街村5组划为中风险区。") == {"临猗县"}


def _one_character_counties() -> list[tuple[str, str]]:
    lines = (Path(__file__).resolve().parents[2] / "src" / "fangkong" / "areas" / "divisions.tsv").read_text(
        encoding="utf-8").splitlines()
    pairs = (line.split("\t") for line in lines)
    return sorted((city, county) for city, county in pairs if city and len(county) == 2 and county.endswith("县"))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_one_character_counties()), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_any_city_before_any_one_character_county(pair: tuple[str, str], town: str, village: str) -> None:
    city, county = pair
    text = f"{city}市{county}新冠肺炎疫情防控指挥部通告\n经研判,决定将{town}镇{village}村3组划为中风险区。"
    assert _districts(text) == {county}


# --- a level's zone inside a named street or town, lifted ----------------------------------------------------------

_LIFT_HEAD = ("松岗区新型冠状病毒肺炎疫情防控指挥部办公室通告\n经专家组研判,调整如下:\n"
              "解除翠湖社区金华花园12栋中风险区管理;\n")


def test_a_streets_low_zone_lifted_names_the_street() -> None:
    text = (_LIFT_HEAD + "解除青石街道区域内的低风险区管理。\n以上调整自2022年9月10日8时起执行。"
            "调整后,青石街道区域内加强个人防护、避免聚集,具体由所在街道社区组织实施。特此通告。")
    # (near miss: "调整后,青石街道区域内加强个人防护" is measures, no place)
    assert levels_of(text) == {"lifted": ["翠湖社区金华花园12栋", "青石街道"]}


def test_a_towns_medium_zone_within_its_range_and_in_traditional_characters() -> None:
    text = _LIFT_HEAD + "解除白沙镇范围内中风险区管控措施。"
    assert levels_of(text) == {"lifted": ["翠湖社区金华花园12栋", "白沙镇"]}
    text = in_traditional(_LIFT_HEAD) + "解除白沙鎮轄區內的低風險區管控措施。"
    assert levels_of(text)["lifted"] == ["翠湖社区金华花园12栋", "白沙镇"]


def test_full_width_and_a_sentence_about_the_zone_that_lifts_nothing() -> None:
    text = (_LIFT_HEAD + "解除龙湖乡区域内的低风险区管理。").translate(HALF_TO_FULL)
    assert levels_of(text)["lifted"][-1] == "龙湖乡"
    # (near miss: the zone's measures told without a lift name no place)
    ordinary = _LIFT_HEAD + "解除长风街道区域内的低风险区管理。青石街道区域内的低风险区管理措施按规定执行。"
    assert levels_of(ordinary) == {"lifted": ["翠湖社区金华花园12栋", "长风街道"]}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["街道", "镇", "乡"]),
       st.sampled_from(["区域", "范围", "辖区"]),
       st.sampled_from(["低风险区", "中风险区", "高风险区", "防范区"]), st.sampled_from(["的", ""]))
def test_any_named_street_or_towns_zone_lifted(name: str, kind: str, inside: str, level: str, of: str) -> None:
    text = _LIFT_HEAD + f"解除{name}{kind}{inside}内{of}{level}管理。"
    assert levels_of(text)["lifted"] == ["翠湖社区金华花园12栋", f"{name}{kind}"]


# --- an area enclosed by buildings or roads, written 围合区 --------------------------------------------------------


def test_buildings_enclosing_an_area_written_qu_are_one_place() -> None:
    text = ("松岗区关于解除封控、管控区域防控措施的通告\n决定自4月20日0时起,解除对城南街道翠湖名府3栋、5栋、8栋围合区的"
            "管控措施。解封后,原围合区内居民可以有序流动。")
    # (near miss: "原围合区内居民可以有序流动" is measures, no place)
    assert levels_of(text) == {"lifted": ["城南街道翠湖名府3栋、5栋、8栋围合区"]}


def test_roads_enclosing_an_area_and_village_groups_in_traditional_characters() -> None:
    text = ("松岗区通告\n自即日起,解除对锦绣路、长风路、胜利街围合区的封控措施;"
            "解除对青石街道翠湖小区2栋、5栋的管控措施。")
    assert levels_of(text) == {"lifted": ["锦绣路、长风路、胜利街围合区", "青石街道翠湖小区2栋、5栋"]}
    text = "松崗區通告\n自即日起,將東湖村1組、2組、5組圍合區劃為管控區,實行“人不出區、嚴禁聚集”。"
    assert levels_of(text) == {"controlled": ["东湖村1组、2组、5组围合区"]}


def test_full_width_enclosed_area_written_qu() -> None:
    text = "松岗区通告\n自即日起,将金华花园7栋、9栋、12栋合围区划为管控区。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["金华花园7栋、9栋、12栋合围区"]}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["名府", "花园", "小区", "家园"]),
       st.lists(st.integers(1, 60), min_size=2, max_size=6, unique=True),
       st.sampled_from(["围合区", "合围区", "围成区"]))
def test_any_estates_buildings_enclosing_an_area(name: str, kind: str, numbers: list[int], word: str) -> None:
    place = f"城南街道{name}{kind}" + "、".join(f"{n}栋" for n in numbers) + word
    text = f"松岗区关于解除封控、管控区域防控措施的通告\n决定自4月20日0时起,解除对{place}的管控措施。"
    assert levels_of(text) == {"lifted": [place]}
