"""Forms of the thirty-seventh held-out set (notices 869, 885, 896, 898): an area written alone, then "以上区域实行
足不出户、上门服务" with no level named (sealed); an early-2020 closure with the place as the sentence's subject ("…起,
A片区实行封闭式管理"); a district's level named as its grade ("同意将A县本域划为低风险等级"); a machine-reworded
whole-county closure ("实施临时性全球围堵控制管理", "封禁控制区为A县全境" run on into the measures). Notices here are
written for the tests."""

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

# ---- an area alone, then "以上区域实行足不出户、上门服务" (no level named): sealed ---------------------------


def test_a_bounded_area_under_a_label_then_the_sealing_measures() -> None:
    text = ("蕉岭县关于强化社会面疫情防控措施的通告\n\n区域二:\n\n"
            "蕉城镇东至河东村、新华村片区,南至第一中学,西至滨河大桥,北至光明社区(县中医院除外)。\n\n"
            "以上区域实行“足不出户,上门服务”防控措施,生活物资由政府保供配送。\n\n"
            "蕉岭县新型冠状病毒肺炎疫情防控指挥部\n2022年10月20日")
    assert by_level(text) == {("sealed", "蕉岭县"): [
        "蕉城镇东至河东村、新华村片区,南至第一中学,西至滨河大桥,北至光明社区(县中医院除外)"]}


def test_a_named_compound_then_the_sealing_measures_in_traditional_and_full_width() -> None:
    text = ("大埔县疫情防控指挥部通告\n一、湖寮镇翠锦花园小区\n"
            "上述区域实行足不出户、上门服务管控措施,居民接受上门核酸检测。\n大埔县疫情防控指挥部")
    assert by_level(text) == {("sealed", "大埔县"): ["湖寮镇翠锦花园小区"]}
    assert by_level(in_traditional(text).translate(HALF_TO_FULL)) == {("sealed", "大埔县"): ["湖寮镇翠锦花园小区"]}


def test_a_level_named_before_keeps_its_level() -> None:
    text = "大埔县疫情防控指挥部通告\n一、将湖寮镇翠锦花园小区划为高风险区。\n上述区域实行足不出户、上门服务管控措施。"
    assert by_level(text) == {("high", "大埔县"): ["湖寮镇翠锦花园小区"]}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.sampled_from(["以上区域", "上述区域", "该区域"]),
       st.sampled_from(["足不出户、上门服务", "足不出户,上门服务"]),
       st.sampled_from(["防控措施", "管控措施", "措施"]), st.booleans())
def test_the_sealing_measures_over_an_area_alone(town: str, village: str, school: str, ref: str, words: str,
                                                 noun: str, quoted: bool) -> None:
    area = f"{town}镇东至{village}村,南至{school}中学,西至{village}大桥,北至{school}社区"
    measures = f"“{words}”" if quoted else words
    text = f"平远县疫情防控指挥部通告\n\n区域一:\n\n{area}。\n\n{ref}实行{measures}{noun},生活物资由政府保供配送。\n"
    assert levels_of(text) == {"sealed": [area]}, text


# ---- "从2020年2月19日0时起,A区B镇C社区D片区实行封闭式管理" (early 2020): the subject closed ------------------------


def test_a_closure_with_the_place_as_subject_after_its_time() -> None:
    text = ("关于做好城关镇东门社区翠锦小镇片区\n封闭式管理工作的通告\n"
            "一、从2020年2月19日0时起,灵川县城关镇东门社区翠锦小镇片区实行封闭式管理,每日7点至21点设立防控检测点。\n"
            "二、封闭式管理期间,群众出入片区须佩戴口罩。\n桂林市灵川县新冠肺炎疫情防控工作指挥部")
    assert by_level(text) == {("sealed", "灵川县"): ["城关镇东门社区翠锦小镇片区"]}


def test_a_village_closed_as_subject_in_traditional_and_full_width() -> None:
    text = "自2020年2月5日起,阳朔县兴坪镇光明村实行封闭管理。"
    assert by_level(text) == {("sealed", "阳朔县"): ["兴坪镇光明村"]}
    assert by_level(in_traditional(text).translate(HALF_TO_FULL)) == {("sealed", "阳朔县"): ["兴坪镇光明村"]}


def test_every_compound_closed_names_no_place() -> None:
    assert by_level("一、所有小区实行封闭式管理,只保留一个出入口。") == {}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), st.sampled_from(["片区", "小区", "村"]),
       st.sampled_from(["封闭式管理", "封闭管理"]), st.sampled_from(["从2020年2月19日0时起,", "自2020年2月3日起", ""]))
def test_a_subject_closed(community: str, name: str, end: str, measure: str, when: str) -> None:
    place = f"城关镇{community}社区{name}{end}"
    text = f"一、{when}灵川县{place}实行{measure},设立防控检测点,检测进出人员体温。\n"
    assert by_level(text) == {("sealed", "灵川县"): [place]}, text


# ---- "同意将A县本域划为低风险等级" (2020): the grade named as the level ------------------------------------------


def test_a_county_drawn_as_a_grade() -> None:
    text = "经市应对疫情工作领导小组研究,同意将尚义县本域划为低风险等级,按低风险地区管理。"
    assert by_level(text) == {("low", "尚义县"): ["尚义县"]}
    assert by_level(in_traditional(text).translate(HALF_TO_FULL)) == {("low", "尚义县"): ["尚义县"]}


def test_a_county_adjusted_to_a_grade_area() -> None:
    assert levels_of("经研究,同意将康保县调整为中风险等级。") == {"medium": ["康保县"]}
    assert levels_of("经研究,同意将康保县调整为中风险等级区域。") == {"medium": ["康保县"]}


def test_a_grade_before_an_object_is_left() -> None:
    # ("划为低风险等级的区域" names the grade of other areas: no level given here)
    assert by_level("将康保县划为低风险等级的区域按规定管理。") == {}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["尚义县", "康保县", "沽源县", "阳原县", "怀安县", "蔚县"]),
       st.sampled_from([("低", "low"), ("中", "medium"), ("高", "high")]), st.sampled_from(["本域", ""]),
       st.sampled_from(["划为", "调整为", "划定为"]))
def test_a_grade_as_the_level(county: str, level: tuple[str, str], own: str, verb: str) -> None:
    text = f"经市领导小组研究,同意将{county}{own}{verb}{level[0]}风险等级,按{level[0]}风险地区管理。"
    assert levels_of(text) == {level[1]: [county]}, text


# ---- "实施临时性全球围堵控制管理", "封禁控制区为A县全境…" (a machine-reworded whole-county closure) ---------

_MEASURES = ("封控管理坚持不出,不进的原则每个村和小区只有一个出入口,24小时有专人值班"
             "全县所有商业公共娱乐场所关闭持证公安民警,疫情防控工作人员等执行特殊任务的人员,只有在配合值班人员做好测温,扫码和核酸阴性证书检查工作后,才能进出卡口,"
             "其他人员不得进出")


def test_a_reworded_whole_county_closure_run_on() -> None:
    text = ("今天上午,兴隆县城区发现一例阳性病例为最大限度阻断疫情扩散,"
            "兴隆县新冠肺炎疫情防控工作领导小组决定在全县范围内实施临时性全球围堵控制管理\n"
            "封存时间从5月12日开始,解除时间另行通知封禁控制区为兴隆县全境" + _MEASURES)
    assert by_level(text) == {("sealed", "兴隆县"): ["兴隆县"]}


def test_a_reworded_closure_with_its_stops_in_traditional_and_full_width() -> None:
    text = ("隆化县新冠肺炎疫情防控工作领导小组决定在全县范围内实施临时性全球围堵控制管理。\n"
            "封存时间从5月12日开始,解除时间另行通知。封锁控制区为隆化县全域。" + _MEASURES + "。")
    assert by_level(text) == {("sealed", "隆化县"): ["隆化县"]}
    assert by_level(in_traditional(text).translate(HALF_TO_FULL)) == {("sealed", "隆化县"): ["隆化县"]}


def test_a_whole_area_still_joined_to_its_parts_is_not_cut() -> None:
    # ("全域内的…", "全域及B村": what follows 全域 is still the place's, no new sentence)
    assert by_level("兴隆县领导小组通告\n管控范围:兴隆县城关镇全域内的小区。") == {
        ("controlled", "兴隆县"): ["城关镇全域内的小区"]}
    assert by_level("兴隆县领导小组通告\n封控区为兴隆县城关镇全域及南山村。") == {
        ("sealed", "兴隆县"): ["城关镇全域及南山村"]}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["兴隆县", "隆化县", "深泽县", "围场满族蒙古族自治县"]),
       st.sampled_from(["封禁控制区", "封锁控制区", "密封控制区", "封闭控制区域"]), st.sampled_from(["全境", "全域"]),
       st.sampled_from(["另行通知", "另行公布"]))
def test_a_reworded_sealed_area_run_on(county: str, words: str, whole: str, formula: str) -> None:
    text = (f"{county}新冠肺炎疫情防控工作领导小组决定在全县范围内实施临时性全球围堵控制管理\n"
            f"封存时间从5月12日开始,解除时间{formula}{words}为{county}{whole}" + _MEASURES)
    assert by_level(text) == {("sealed", county): [county]}, text
