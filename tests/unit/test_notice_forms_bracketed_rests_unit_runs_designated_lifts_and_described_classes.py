"""Forms of notices that write a town's rest as a bracketed note after its whole ("A镇全域(除高风险区以外的其他
区域)"), lift comma-separated lists whose pieces run on over units of one place with 、 ("A村B屯、C屯,D街E屯"),
close a lift with "等N个封控区的封控管理", lift places "designated" a level ("对划定为封控区的A,B解除封控"),
name a city's main urban area ("X市主城区"), and describe a class of communities by what they reported
("A街道、B街道范围内…无病例报告的社区(村居)", also its rest "…除封控区外的部分区域"). Each form in variants
written here (invented places, the wording of the real forms: other districts, kinds of place, separators,
traditional characters, full-width punctuation, spaces), and properties over generated lists."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- a town's whole with its levels' rest in brackets: a place (a city's stays a blanket) --------------------


def test_town_whole_with_bracketed_rest_is_low() -> None:
    text = ("关于划定疫情风险区域的通告\n一、高风险区\n1. 相城区望亭镇迎湖村3组12号;\n二、低风险区\n"
            "相城区望亭镇全域(除高风险区以外的其他区域)。")
    assert by_level(text) == {("high", "相城区"): ["望亭镇迎湖村3组12号"],
                              ("low", "相城区"): ["望亭镇全域(除高风险区以外的其他区域)"]}


def test_street_whole_with_bracketed_rest_traditional_and_full_width() -> None:
    text = in_traditional("关于划定疫情风险区域的通告\n一、高风险区\n1. 姑苏区金阊街道白莲社区6号。\n二、低风险区\n"
                        "姑苏区金阊街道(除高、中风险区以外的区域)。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["金阊街道白莲社区6号"], "low": ["金阊街道(除高、中风险区以外的区域)"]}


def test_township_whole_with_bracketed_rest_after_a_colon() -> None:
    text = ("关于调整风险区域的通告\n高风险区:吴江区桃源镇青云村8组。\n"
            "低风险区:吴江区桃源镇全域(除高风险区之外的其他地区)。")
    assert levels_of(text) == {"high": ["桃源镇青云村8组"], "low": ["桃源镇全域(除高风险区之外的其他地区)"]}


def test_city_whole_with_bracketed_rest_is_still_a_blanket() -> None:
    text = ("关于调整风险区域的通告\n高风险区:海宁市许村镇科同村5组。\n"
            "低风险区:海宁市全域(除高风险区以外的其他区域)。")
    assert levels_of(text) == {"high": ["许村镇科同村5组"]}


# --- a comma list whose pieces run on over units of one place with 、 ---------------------------------------


def test_hamlets_of_one_village_are_one_place_in_a_lift() -> None:
    text = ("关于解除封控的通告\n解除平安镇河口村上屯、下屯、新村屯,东街大坪屯、小坪屯,石门村坡头屯、"
            "龙潭村龙潭屯等9个封控区的封控管理。")
    assert levels_of(text) == {"lifted": ["平安镇河口村上屯、下屯、新村屯", "东街大坪屯、小坪屯",
                                          "石门村坡头屯", "龙潭村龙潭屯"]}


def test_numbered_buildings_and_workshops_run_on_traditional() -> None:
    text = in_traditional("关于解除封控区的通告\n一、解除城东镇锦绣花园3栋、5栋,工业大道8号南方工业区A2车间华丰厂、"
                        "B3车间永兴厂,和平村共3个封控区管理。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["城东镇锦绣花园3栋、5栋",
                                          "工业大道8号南方工业区A2车间华丰厂、B3车间永兴厂", "和平村"]}


def test_a_compound_named_again_is_a_place_of_its_own() -> None:
    text = ("关于解除管控的通告\n解除城南街道阳光社区金桥小区2栋1单元、金桥小区7栋、幸福村9组病例房屋周边三户,"
            "城北街道新华村上屯、下屯等6个管控区的管控管理。")
    assert levels_of(text) == {"lifted": ["城南街道阳光社区金桥小区2栋1单元", "金桥小区7栋",
                                          "幸福村9组病例房屋周边三户", "城北街道新华村上屯、下屯"]}


def test_named_places_after_a_comma_piece_stay_apart() -> None:
    text = "关于解除封控的通告\n解除东城街道和平社区、胜利社区,西城街道幸福村、光明村的封控管理。"
    assert levels_of(text) == {"lifted": ["东城街道和平社区", "胜利社区", "西城街道幸福村", "光明村"]}


@settings(max_examples=25, deadline=None)
@given(villages=st.lists(name, min_size=2, max_size=4, unique=True),
       hamlets=st.lists(name, min_size=2, max_size=4, unique=True))
def test_any_village_with_its_hamlets_is_one_place(villages: list[str], hamlets: list[str]) -> None:
    pieces = [f"{v}村{hamlets[0]}屯、" + "、".join(f"{h}屯" for h in hamlets[1:]) for v in villages]
    text = "关于解除封控的通告\n解除" + ",".join(pieces) + "的封控管理。"
    assert levels_of(text) == {"lifted": pieces}


# --- lifts of places designated a level ("对划定为封控区的A,B解除封控") ------------------------------------


def test_designated_sealed_and_controlled_lifted_in_a_report() -> None:
    text = ("某市封控区解除\n公告称,自2022年1月11日20时起,对划定为封控区的金华小区3幢和5幢,翠苑小区2幢解除封控。\n"
            "同时,对划定为管控区的翠苑小区1幢解除管控。")
    assert levels_of(text) == {"lifted": ["金华小区3幢和5幢", "翠苑小区2幢", "翠苑小区1幢"]}


def test_designated_precaution_area_lifted_with_temporary_measures_full_width() -> None:
    text = ("关于解除临时管理措施的公告\n自2022年3月2日12时起,对划定为防范区的宁安市主城区解除临时管理措施,"
            "恢复常态化疫情防控。").translate(HALF_TO_FULL)
    assert by_level(text) == {("lifted", "宁安市"): ["主城区"]}


def test_designated_lift_traditional_with_bei() -> None:
    text = in_traditional("关于解除封控的公告\n经研究,对被划定为封控区的东湖村5组、长岭社区2栋解除封控管理。")
    assert levels_of(text) == {"lifted": ["东湖村5组", "长岭社区2栋"]}


@settings(max_examples=25, deadline=None)
@given(compounds=st.lists(name, min_size=1, max_size=5, unique=True), sep=st.sampled_from([",", "、", ","]),
       level=st.sampled_from([("封控区", "封控"), ("管控区", "管控"), ("防范区", "防范")]))
def test_any_designated_list_is_lifted_whole(compounds: list[str], sep: str, level: tuple[str, str]) -> None:
    places = [f"{c}小区{i + 1}幢" for i, c in enumerate(compounds)]
    text = f"关于解除的公告\n自1月11日20时起,对划定为{level[0]}的" + sep.join(places) + f"解除{level[1]}。"
    assert levels_of(text) == {"lifted": places}


# --- a class of communities described by what they reported ------------------------------------------------


def test_described_classes_of_two_streets() -> None:
    text = ("关于调整三区范围的通告\n"
            "一、城东街道、城西街道范围内自12月7日以来,无确诊病例报告的社区(村居)调整为防范区。\n"
            "二、城东街道、城西街道范围内自12月7日以来,有确诊病例报告的社区(村居)除封控区外的部分区域调整为管控区。")
    assert levels_of(text) == {
        "precaution": ["城东街道、城西街道范围内自12月7日以来,无确诊病例报告的社区(村居)"],
        "controlled": ["城东街道、城西街道范围内自12月7日以来,有确诊病例报告的社区(村居)除封控区外的部分区域"]}


def test_described_class_of_one_town_traditional_full_width() -> None:
    text = in_traditional("关于调整风险区的通告\n长乐镇辖区内自11月3日以来没有阳性感染者报告的村(社区)调整为防范区。"
                        ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"precaution": ["长乐镇辖区内自11月3日以来没有阳性感染者报告的村(社区)"]}


def test_a_compounds_partial_rest_is_a_place() -> None:
    text = "关于调整风险区的通告\n金华社区除封控区外的部分区域调整为管控区。"
    assert levels_of(text) == {"controlled": ["金华社区除封控区外的部分区域"]}


# --- a division's government announcing in a report issues the notice -----------------------------------------


def test_city_government_announcing_gives_the_district() -> None:
    text = ("某地封控区解除\n浙江省宁安市人民政府11日发布公告称,自2022年1月11日20时起,"
            "对划定为封控区的金华小区3幢解除封控。")
    assert by_level(text) == {("lifted", "宁安市"): ["金华小区3幢"]}


def test_county_government_announcing_traditional() -> None:
    text = in_traditional("某县解除管控\n河北省平山县人民政府日前发布通告,自2022年2月1日起,"
                        "对划定为管控区的东湖村5组解除管控。")
    assert by_level(text) == {("lifted", "平山县"): ["东湖村5组"]}


def test_district_government_announcing_full_width() -> None:
    text = ("某区解除封控\n长沙市岳麓区人民政府今日发布公告,自2022年3月1日起,对划定为封控区的金桥社区2栋、"
            "翠苑小区1栋解除封控。").translate(HALF_TO_FULL)
    assert by_level(text) == {("lifted", "岳麓区"): ["金桥社区2栋", "翠苑小区1栋"]}


# --- a comma between the numbers of buildings sharing their kind ("7号,8号宿舍楼") ------------------------------


def test_comma_between_dormitory_numbers_keeps_one_place() -> None:
    text = "关于解除管控的公告\n对划定为管控区的城南职业学院3号,4号宿舍楼以外校内区域,金华小区1幢解除管控。"
    assert levels_of(text) == {"lifted": ["城南职业学院3号,4号宿舍楼以外校内区域", "金华小区1幢"]}


def test_comma_between_building_numbers_full_width_traditional() -> None:
    text = in_traditional("关于划定封控区的通告\n将翠苑小区12号,13号楼,金桥村5组划为封控区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["翠苑小区12号,13号楼", "金桥村5组"]}


def test_comma_run_of_three_building_numbers_with_spaces() -> None:
    text = "关于划定封控区的通告\n将 金桥花园 1号,2号,3号栋 划为封控区。"
    assert levels_of(text) == {"sealed": ["金桥花园1号,2号,3号栋"]}


@settings(max_examples=25, deadline=None)
@given(compound=name, numbers=st.lists(st.integers(1, 99), min_size=2, max_size=4, unique=True),
       kind=st.sampled_from(["栋", "幢", "楼", "宿舍楼"]))
def test_any_comma_run_of_building_numbers_is_one_place(compound: str, numbers: list[int], kind: str) -> None:
    place = f"{compound}小区" + ",".join(f"{n}号" for n in numbers) + kind
    text = f"关于划定封控区的通告\n将{place}划为封控区。"
    assert levels_of(text) == {"sealed": [place]}


# --- hamlets with their kind written once after the last ("A村B、C、D屯") ---------------------------------------


def test_hamlets_with_kind_written_once_in_a_lift() -> None:
    text = "关于解除管控的通告\n解除石门村上坡、下坡、龙潭屯,河口村大坪屯、小坪屯的管控管理。"
    assert levels_of(text) == {"lifted": ["石门村上坡、下坡、龙潭屯", "河口村大坪屯、小坪屯"]}


def test_groups_with_kind_written_once_traditional_full_width() -> None:
    text = in_traditional("关于解除封控的通告\n解除新华村东头、西头、南岸组,光明村3组等2个封控区的封控管理。"
                        ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["新华村东头、西头、南岸组", "光明村3组"]}


def test_named_compounds_are_no_hamlets_written_once() -> None:
    text = "关于解除封控的通告\n解除城东街道金华小区、翠苑小区、幸福家园,城西街道光明村的封控管理。"
    assert levels_of(text) == {"lifted": ["城东街道金华小区", "翠苑小区", "幸福家园", "城西街道光明村"]}
