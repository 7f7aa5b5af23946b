"""Forms of notices: quoted places after their towns, "我县" in front of a town, a compound's buildings with an
exception in brackets, a count of the pieces between commas, "解除A街道现有临时管控区域", a lead saying when
areas will be lifted, "对封控区、管控区以外…" as the rest of a district, and the office that decides at a
clause's start naming the district."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import by_level, in_traditional, levels_of

_NAME = st.text(alphabet="青松柏林华兴安宁丰泰康乐富源新盛阳", min_size=2, max_size=4)


# --- places in quotation marks after their town ------------------------------------------------------------

def test_quoted_list_of_villages_after_a_town_is_one_place_each() -> None:
    text = ("将菜子镇“元阁村、中川村、雪山村” , 巩昌镇“供销商城”调整为低风险区 , 执行“个人防护 , 避免聚集”"
            "防范措施 。")
    assert levels_of(text) == {"low": ["菜子镇元阁村", "中川村", "雪山村", "巩昌镇供销商城"]}


def test_quoted_places_after_towns_with_other_separators() -> None:
    text = "将城关镇“东街社区”;河口乡“王家村、李家村”划为中风险区。"
    assert levels_of(text) == {"medium": ["城关镇东街社区", "河口乡王家村", "李家村"]}


def test_quoted_places_each_after_a_separator() -> None:
    text = "将巩昌镇“金汉亭火锅店”、“古莱坞风情街”、“风味小吃城(文庙巷以西、光明巷以北)”调整为中风险区。"
    assert levels_of(text) == {"medium": ["巩昌镇金汉亭火锅店", "古莱坞风情街",
                                          "风味小吃城(文庙巷以西、光明巷以北)"]}


def test_quoted_places_in_traditional_characters() -> None:
    text = in_traditional("将新华街道“和平小区、幸福小区”调整为低风险区。")
    assert levels_of(text) == {"low": ["新华街道和平小区", "幸福小区"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(_NAME, min_size=1, max_size=8, unique=True))
def test_any_quoted_list_of_villages_gives_one_place_each(names: list[str]) -> None:
    villages = [n + "村" for n in names]
    text = f"将长安镇“{'、'.join(villages)}”调整为低风险区。"
    assert levels_of(text) == {"low": ["长安镇" + villages[0], *villages[1:]]}


def test_our_county_in_front_of_a_town_is_no_part_of_the_place() -> None:
    assert levels_of("将我县菜子镇“菜子村”调整为中风险区。") == {"medium": ["菜子镇菜子村"]}
    assert levels_of("将本区东湖街道阳光小区调整为中风险区。") == {"medium": ["东湖街道阳光小区"]}
    assert levels_of("将我市河口乡王家村划为高风险区。") == {"high": ["河口乡王家村"]}


# --- a compound's buildings, one with an exception in brackets ---------------------------------------------

def test_buildings_of_a_compound_with_an_exception_stay_one_place() -> None:
    text = ("二、管控区\n\n划定八月湖街办幸福时光小区2期1栋(除4单元)、2栋、29栋,"
            "景城名郡小区5栋、7栋(除1单元)、8栋为管控区。")
    assert levels_of(text) == {"controlled": ["八月湖街办幸福时光小区2期1栋(除4单元)、2栋、29栋",
                                              "景城名郡小区5栋、7栋(除1单元)、8栋"]}


def test_buildings_with_exception_other_kinds_and_fullwidth_brackets() -> None:
    text = "划定阳光花园3幢（除2单元）、5幢，东方家园1号楼（不含3单元）、2号楼为管控区。"
    assert levels_of(text) == {"controlled": ["阳光花园3幢(除2单元)、5幢", "东方家园1号楼(不含3单元)、2号楼"]}


def test_buildings_with_exception_traditional() -> None:
    text = in_traditional("划定锦绣小区1栋(除1单元)、4栋为封控区。")
    assert levels_of(text) == {"sealed": ["锦绣小区1栋(除1单元)、4栋"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(1, 60), min_size=1, max_size=6, unique=True), st.integers(1, 6))
def test_any_run_of_buildings_after_an_excepted_one_is_one_place(numbers: list[int], unit: int) -> None:
    run = "、".join(f"{n}栋" for n in numbers)
    text = f"划定幸福小区100栋(除{unit}单元)、{run}为管控区。"
    assert levels_of(text) == {"controlled": [f"幸福小区100栋(除{unit}单元)、{run}"]}


# --- a count right after the places: the pieces between commas ---------------------------------------------

def test_count_of_pieces_between_commas_keeps_a_stretch_whole() -> None:
    text = ("一、自2022年12月6日22时起,将壁州街道南街社区南街83号至南门市场、诺江中路199号至251号(单号一侧),"
            "壁州街道东城社区诺江东路水岸康城2栋两个高风险区调整为低风险区。")
    assert levels_of(text) == {"low": ["壁州街道南街社区南街83号至南门市场、诺江中路199号至251号(单号一侧)",
                                       "壁州街道东城社区诺江东路水岸康城2栋"]}


def test_count_of_pieces_with_digits_and_fullwidth_comma() -> None:
    text = "将城东街道人民路1号至9号、解放路2号至8号，城西街道幸福小区3栋2个中风险区调整为低风险区。"
    assert levels_of(text) == {"low": ["城东街道人民路1号至9号、解放路2号至8号", "城西街道幸福小区3栋"]}


def test_count_of_pieces_three() -> None:
    text = "将A街道和平路10号至20号、建设路5号,B镇新村1组,C镇老街30号至36号三个中风险区调整为低风险区。"
    assert levels_of(text) == {"low": ["A街道和平路10号至20号、建设路5号", "B镇新村1组", "C镇老街30号至36号"]}


# --- lifting a street's temporary control areas --------------------------------------------------------------

def test_lifting_a_streets_temporary_control_areas() -> None:
    assert levels_of("二、解除壁州街道现有临时管控区域。") == {"lifted": ["壁州街道现有临时管控区域"]}
    assert levels_of("解除城关镇临时管控区域。") == {"lifted": ["城关镇临时管控区域"]}
    assert levels_of("解除东湖街道现有管控区。") == {"lifted": ["东湖街道现有管控区"]}
    assert levels_of(in_traditional("解除新华街道现有临时封控区域。")) == {"lifted": ["新华街道现有临时封控区域"]}


# --- a lead that says when the areas will be lifted, and 对 before the levels whose rest a list is -----------

_LISTS = ("一、封控区:惠安小区38号楼、烟台四中。\n"
          "二、管控区:①东至开元街、西至珠玑东路、北至北街、南至博雅路。\n"
          "三、防范区:对封控区、管控区以外的芝罘其他区域。\n")


def test_a_lead_saying_when_areas_are_lifted_lifts_nothing() -> None:
    for lead in ("自2022年3月18日5时起,实施区域管控,解除时间将随疫情形势变化确定。\n",
                 "自即日起实施区域管控,解封条件另行通知。\n",
                 "现实施区域管控,解除管控的时间另行公告。\n"):
        assert levels_of(lead + _LISTS) == {"sealed": ["惠安小区38号楼", "烟台四中"],
                                            "controlled": ["东至开元街、西至珠玑东路、北至北街、南至博雅路"]}


def test_to_the_levels_rest_is_a_blanket_not_a_place() -> None:
    for rest in ("对封控区、管控区以外的芝罘其他区域", "对封控区和管控区之外的其他区域",
                 "对高风险区以外的全县其他区域"):
        text = f"一、封控区:惠安小区。\n二、防范区:{rest}。\n"
        assert levels_of(text) == {"sealed": ["惠安小区"]}


# --- the office that decides, at a clause's start -----------------------------------------------------------

def test_office_deciding_at_a_clauses_start_names_the_district() -> None:
    text = ("甘肃省陇南市武都区新冠肺炎疫情联防联控领导小组办公室今天(21日)发布通告,经综合研判,"
            "武都区疫情联防联控领导小组研究决定,自2022年9月21日8时起,对以下疫情风险区域进行调整:\n"
            "一、高风险区降为中风险区(1个)\n1.城关镇西关社区郭家沟79号所在区域。\n")
    assert by_level(text) == {("medium", "武都区"): ["城关镇西关社区郭家沟79号所在区域"]}


def test_office_deciding_other_wordings() -> None:
    for lead in ("经综合研判,清河县疫情防控指挥部决定,自2022年9月1日起,对以下区域进行调整:",
                 "河北省邢台市清河县新冠肺炎疫情防控指挥部近日发布通告,对以下区域进行调整:",
                 "根据有关规定,清河县应对新冠肺炎疫情工作领导小组研究决定,对以下区域进行调整:"):
        text = lead + "\n一、中风险区降为低风险区(1个)\n1.城关镇幸福小区。\n"
        assert by_level(text) == {("low", "清河县"): ["城关镇幸福小区"]}
