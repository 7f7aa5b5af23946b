"""Forms of the twenty-seventh held-out set (notices 625-630): a numbered heading without a colon that names a
town or street ("一、A街道中风险区解除"), house numbers summed as "…等围闭区", a lift done "同步" after a clause
that refers back to the list, a range's title under a numbered heading ("(一)具体范围及实施时间"), "调整A临时管控,
按照其他区域疫情防控要求管控" (the temporary control ended), the district named only as the office of a notice the
text carries out, a town's label over an item naming the town's own 街道, and "解除A11区、12区,B店临时管控措施".

Every notice here is written for the test in the form a real one used; the names are made up."""

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

# --- 1. a numbered heading without a colon naming a town or street ------------------------------------------


def _colonless(town1: str, town2: str, places1: list[str], places2: list[str], enum: str = "{}、") -> str:
    items1 = "\n".join(f"{enum.format(i)}{p};" for i, p in enumerate(places1, 1))
    items2 = "\n".join(f"{enum.format(i)}{p};" for i, p in enumerate(places2, 1))
    return (f"开平市疫情防控指挥部办公室关于调整部分区域风险等级的通告\n我市部分区域风险等级调整如下:\n"
            f"一、{town1}中风险区解除\n{items1}\n二、{town2}部分中风险区调整为低风险区\n{items2}\n"
            f"{town2}其他区域风险等级不变。\n")


def test_colonless_town_headings_over_numbered_items() -> None:
    text = _colonless("长沙街道", "月山镇", ["金华苑22号楼", "长沙街道幕沙路8号"],
                      ["月山镇水井村委会丽泽公寓", "翠景园2幢"])
    assert by_level(text) == {("lifted", "开平市"): ["金华苑22号楼", "长沙街道幕沙路8号"],
                              ("low", "开平市"): ["月山镇水井村委会丽泽公寓", "翠景园2幢"]}


def test_colonless_town_headings_other_numbering_and_a_township() -> None:
    text = _colonless("三埠街道", "赤水乡", ["锦绣花园5栋"], ["赤水乡龙塘村41号"], enum="{}.")
    assert levels_of(text) == {"lifted": ["锦绣花园5栋"], "low": ["赤水乡龙塘村41号"]}


def test_colonless_town_headings_in_traditional_characters() -> None:
    text = in_traditional(_colonless("水口鎮", "蒼城鎮", ["泰康路9號"], ["春曉公寓3座"]))
    assert levels_of(text) == {"lifted": ["泰康路9号"], "low": ["春晓公寓3座"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=3, unique=True),
       st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=3, unique=True),
       st.sampled_from(["街道", "镇"]))
def test_colonless_town_headings_property(names1: list[str], names2: list[str], kind: str) -> None:
    places1 = [f"{n}花园{i}栋" for i, n in enumerate(names1, 1)]
    places2 = [f"{n}公寓" for n in names2]
    text = _colonless("翠峰" + kind, "星汇" + kind, places1, places2)
    assert levels_of(text) == {"lifted": places1, "low": places2}, text


# --- 2. house numbers summed as one enclosed area ("…等围闭区") ----------------------------------------------


def test_house_numbers_summed_as_an_enclosed_area_are_one_place() -> None:
    for ending in ("等围闭区", "等围合区", "等封闭区"):
        run = f"水井村委会东村10号、东村1号、西村64号{ending}"
        text = _colonless("长沙街道", "月山镇", [run, "金华苑2号楼"], ["翠景园2幢"])
        assert levels_of(text)["lifted"] == [run, "金华苑2号楼"], ending


# --- 3. a lift 同步 after a clause referring back to the list --------------------------------------------


def test_a_lift_after_a_back_reference_clause_names_its_street() -> None:
    for lift, street in (("解除上述中风险区管控措施,同步解除长沙街道低风险区管控措施。", "长沙街道"),
                         ("解除以上区域管控措施,同时解除月山镇低风险区管控措施。", "月山镇"),
                         ("解除上述中风险区管控措施;一并解除水口镇低风险区管控措施。", "水口镇")):
        text = (f"开平市疫情防控指挥部办公室关于调整部分区域风险等级的通告\n我市部分区域风险等级调整如下:\n"
                f"一、{street}中风险区解除\n1、金华苑22号楼;\n2、泰康路9号。\n{lift}\n")
        assert by_level(text) == {("lifted", "开平市"): ["金华苑22号楼", "泰康路9号", street]}, lift


# --- 4. a range's title under a numbered heading ---------------------------------------------------------


def _titled_range(title: str, place: str) -> str:
    return (f"一、划定临时管控区\n(一){title}\n{place}。\n以上区域自2022年11月17日22时执行。\n(二)管控措施\n"
            "1.管控期间实行“人不出区、错峰取物”,原则上居家。\n")


def test_a_range_title_under_a_numbered_heading_holds_its_places() -> None:
    for title in ("具体范围及实施时间", "管控范围和时间", "具体范围"):
        assert levels_of(_titled_range(title, "通安街道新湾社区锦绣花园")) == {
            "controlled": ["通安街道新湾社区锦绣花园"]}, title


# --- 5. "调整A临时管控,按照其他区域疫情防控要求管控": the control ended ----------------------------------------


def test_an_adjusted_temporary_control_under_the_general_measures_is_lifted() -> None:
    for item in ("调整文峰街道丽景园除5栋以外的其他楼栋临时管控,按照其他区域疫情防控要求管控。",
                 "调整文峰街道丽景园除5栋以外的其他楼栋临时管控措施,并按照其他区域疫情防控要求管理。",
                 "调整文峰街道丽景园除5栋以外的其他楼栋管控,按常态化疫情防控要求管理。"):
        text = (f"二、调整临时管控区\n(一){item}\n"
                "(二)调整石桥镇正街7号1单元、2单元临时管控,按照其他区域疫情防控要求管控。\n")
        assert levels_of(text) == {"lifted": ["文峰街道丽景园除5栋以外的其他楼栋", "石桥镇正街7号1单元、2单元"]}, item


def test_an_adjusted_level_is_no_lift() -> None:
    text = "自11月20日起,调整金华苑小区为管控区,按照其他区域疫情防控要求管控。"
    assert "lifted" not in levels_of(text)


# --- 6. the district named only as the office of a notice the text carries out ---------------------------


def test_the_office_of_the_notice_carried_out_gives_the_district() -> None:
    for office in ("重庆市南川区新型冠状病毒疫情防控指挥部", "南川区新冠肺炎疫情防控工作领导小组",
                   "重庆市南川区人民政府"):
        text = (_titled_range("具体范围及实施时间", "东城街道金华社区锦绣花园")
                + f"调整以上区域临时管控措施,按照《{office}关于全面加强社会面管控的通告》持续做好疫情防控工作。\n")
        assert by_level(text) == {("controlled", "南川区"): ["东城街道金华社区锦绣花园"]}, office


def test_a_notice_cited_without_being_carried_out_gives_no_district() -> None:
    text = (_titled_range("具体范围及实施时间", "东城街道金华社区锦绣花园")
            + "此前《重庆市南川区新型冠状病毒疫情防控指挥部关于某事的通告》已经废止。\n")
    assert by_level(text) == {("controlled", None): ["东城街道金华社区锦绣花园"]}


# --- 7. a town's label over an item naming the town's own 街道 --------------------------------------------


def test_a_street_of_the_towns_own_stem_under_its_label_is_joined() -> None:
    for label, item in (("兴华镇", "兴华街道渝兴路190号"), ("龙坪乡", "龙坪街道12号"), ("金峰镇", "金峰街道东段8号")):
        text = ("关于新增划定临时管控区域的通告\n一、新增临时管控区域\n(一)2022年11月9日8时起管控:\n"
                f"双龙街道:胜利路176号3栋,五星路285号2单元\n{label}:{item}\n二、临时管控措施\n")
        assert levels_of(text)["controlled"] == ["双龙街道胜利路176号3栋", "双龙街道五星路285号2单元",
                                                 label + item], label


# --- 8. "解除A11区、12区,B店临时管控措施" ------------------------------------------------------------------


def test_numbered_sections_and_a_shop_before_a_temporary_controls_measures() -> None:
    for body, places in (
            ("解除小河社区还建房11区、12区、13区,龙水湖便民杂货铺,会友烧烤店临时管控措施",
             ["小河社区还建房11区、12区、13区", "龙水湖便民杂货铺", "会友烧烤店"]),
            ("解除金华苑1区、2区,春晓火锅店临时管控措施",
             ["金华苑1区、2区", "春晓火锅店"]),
            ("解除翠峰安置房3区、4区,星汇奶茶店临时管控措施".translate(HALF_TO_FULL),
             ["翠峰安置房3区、4区", "星汇奶茶店"])):
        text = f"二、自2022年11月13日24时起,{body},解除后做好常态化疫情防控。\n"
        assert levels_of(text) == {"lifted": places}, body


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.integers(min_value=1, max_value=20), st.integers(min_value=2, max_value=4),
       invented_names(PLAIN_SYLLABLES))
def test_numbered_sections_property(estate: str, first: int, count: int, shop: str) -> None:
    sections = "、".join(f"{first + k}区" for k in range(count))
    text = f"一、自2022年11月13日18时起,解除{estate}还建房{sections},{shop}烧烤店临时管控措施。\n"
    assert levels_of(text) == {"lifted": [f"{estate}还建房{sections}", f"{shop}烧烤店"]}, text
