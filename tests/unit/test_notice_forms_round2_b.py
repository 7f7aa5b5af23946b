"""Forms of the eighth held-out set (notices 163-170) the parser missed: an area written as its bounds with
到 ("北到A街、西到B路…"); the level left said before its 由 ("A封控区解封,由封控区调整为防范区"); a district
written short beside its full name; the rest of streets ("A街道和B街道其余区域") and of compounds with several
parts excepted as places; a headline's count ("浙江绍兴5地"); risk levels and kinds of places numbered under a
zone heading; districts from the office a report cites and from the place the lead sums up; measures after a
colon. Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import by_level

_ROADS = ["青年路", "长安街", "胜利大道", "白鹭河", "解放路"]


# A controlled area written as four bounds with 到 (or 抵) instead of 至 is one area, not four places.
@settings(max_examples=40, deadline=None)
@given(st.permutations("东南西北"), st.sampled_from(["到", "抵", "至"]), st.just("、"))
def test_bounds_written_with_dao_are_one_area(sides: list[str], verb: str, sep: str) -> None:
    bounds = sep.join(f"{side}{verb}{road}" for side, road in zip(sides, _ROADS, strict=False))
    text = ("关于划定新华区新冠肺炎风险区域的通告\n一、封控区\n新华区城关街道和平小区。\n二、管控区\n"
            f"{bounds}。\n管控区实行人员只进不出。\n三、防范区\n除封控区、管控区外的新华区其他区域。")
    result = by_level(text)
    assert result[("sealed", "新华区")] == ["城关街道和平小区"]
    assert [places for (level, _d), places in result.items() if level == "controlled"] == [[bounds]], text


# "将A、B封控区解封,由封控区调整为防范区": the level the places leave is said twice, once after them with its
# lifting verb (解封, 解控, 解除), then with 由; the first is no part of the last place.
@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["封控区解封", "封控区解除", "解封", "封控区已解封", "封控区解除封控"]),
       st.sampled_from(["管控区解控", "管控区解除", "解控"]), st.sampled_from(["零时", "12时"]))
def test_the_level_left_before_its_origin_is_no_part_of_the_place(sealed: str, controlled: str, hour: str) -> None:
    text = (f"经专家组研判,市指挥部决定,自2022年5月3日{hour}起,将和平区锦绣花园3栋2单元、和平区东风路百货大楼"
            f"{sealed},由封控区调整为防范区。阳光小区{controlled},由管控区调整为防范区。")
    result = by_level(text)
    assert result[("precaution", "和平区")] == ["锦绣花园3栋2单元", "东风路百货大楼"], text
    assert result[("precaution", None)] == ["阳光小区"], text


# A district the same list names in full may be written short (without 区) in front of another place.
def test_a_district_written_short_beside_its_full_name() -> None:
    text = ("自2022年5月3日零时起,将和平锦绣花园3栋2单元、和平区东风路百货大楼、和平区人民银行(解放路8号)"
            "封控区解封,由封控区调整为防范区。")
    assert by_level(text) == {("precaution", "和平区"): ["锦绣花园3栋2单元", "东风路百货大楼",
                                                          "人民银行(解放路8号)"]}


# ... but a street or road named after the district keeps its name.
def test_a_street_named_after_the_district_is_no_short_district() -> None:
    text = ("自2022年5月3日零时起,将和平区东风路百货大楼、和平西路街道锦绣花园3栋、和平东路幸福小区"
            "调整为中风险区。")
    assert by_level(text) == {("medium", "和平区"): ["东风路百货大楼", "和平西路街道锦绣花园3栋", "和平东路幸福小区"]}


# The rest of one or more streets or towns ("A街道和B街道其余区域") is a listed place, like the rest of a village;
# its 其 is no pronoun, and it does not make the whole sentence a blanket over the district.
@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["街道", "镇", "乡"]), st.sampled_from(["和", "及", "、"]), st.sampled_from(["其余", "其他"]),
       st.sampled_from(["区域", "地区"]), st.sampled_from(["、", ","]))
def test_the_rest_of_streets_in_a_list_is_a_place(suffix: str, conj: str, rest: str, area: str, sep: str) -> None:
    first = f"城东{suffix}{conj}城西{suffix}{rest}{area}"
    text = (f"自2022年12月15日8时起,将新华区城东{suffix}幸福社区、城西{suffix}和平社区调整为高风险地区;将{first}、"
            f"城北{suffix}大王村{sep}城南{suffix}李家自然村、兴旺机械有限公司调整为中风险地区。")
    result = by_level(text)
    assert result[("high", "新华区")] == [f"城东{suffix}幸福社区", f"城西{suffix}和平社区"]
    assert result[("medium", "新华区")] == [first, f"城北{suffix}大王村", f"城南{suffix}李家自然村",
                                           "兴旺机械有限公司"], text


# ... the rest of a district stays a blanket.
def test_the_rest_of_a_district_is_still_no_place() -> None:
    text = "自2022年12月15日8时起,将新华区幸福社区调整为高风险地区,新华区其余区域调整为低风险地区。"
    assert by_level(text) == {("high", "新华区"): ["幸福社区"]}


# A news headline's count of places ("浙江绍兴5地调整为高风险") names no place.
@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["浙江绍兴", "江苏常州", "某市"]), st.sampled_from(["5地", "3地", "两地", "4处", "6个地区"]),
       st.sampled_from(["调整为高风险", "划为中风险地区", "升为高风险地区"]))
def test_a_headline_count_is_no_place(region: str, count: str, verb: str) -> None:
    text = (f"{region}{count}{verb}\n12月15日,市疫情防控指挥部发布通告:\n"
            "自2022年12月15日8时起,将新华区幸福社区、和平社区调整为高风险地区。")
    result = by_level(text)
    assert [p for places in result.values() for p in places] == ["幸福社区", "和平社区"], text


# Under a numbered zone heading ("二、封控区范围"), items numbered below it that name a risk level
# ("(一)中风险地区:…") or a kind of place ("(二)阳性人员活动场所:…") say which places follow: they all take
# the zone's level, and the label is no part of the first place.
@settings(max_examples=40, deadline=None)
@given(st.sampled_from([("封控区范围", "sealed", "中风险地区", "medium"), ("封控区", "sealed", "高风险区", "high"),
                        ("管控区范围", "controlled", "中风险区", "medium")]),
       st.sampled_from([("(一)", "(二)"), ("1.", "2."), ("(1)", "(2)")]),
       st.sampled_from(["阳性检测人员活动场所", "确诊病例活动地点", "相关点位"]))
def test_numbered_items_under_a_zone_heading_take_its_level(zone: tuple[str, str, str, str],
                                                            enums: tuple[str, str], category: str) -> None:
    heading, level, risk, risk_level = zone
    text = (f"自11月3日起,划定风险地区和社区管控范围如下:\n一、{risk}\n(一)新华区城东街道幸福家园。\n"
            f"二、{heading}\n{enums[0]}{risk}:新华区城东街道幸福家园。\n"
            f"{enums[1]}{category}:阳光饭店(清潭路262号)、新华区明月大厦。\n以上区域实行“足不出户、服务上门”。")
    result = by_level(text)
    assert result[(risk_level, "新华区")] == ["城东街道幸福家园"], text
    assert [p for (lv, _d), places in result.items() if lv == level for p in places] == [
        "城东街道幸福家园", "阳光饭店(清潭路262号)", "明月大厦"], text


# A risk-level heading over a sentence that is no zone heading keeps its own level ("一、中风险地区:A" after
# "…通告如下:").
def test_a_numbered_level_after_an_unnumbered_intro_is_its_own_heading() -> None:
    text = ("现将关于划定风险等级和管控区域通告如下:\n一、中风险地区:城东街道幸福家园\n"
            "二、封控区:自3月2日0时起,划定城西街道阳光小区1栋为封控区。")
    result = by_level(text)
    assert [p for (lv, _d), places in result.items() if lv == "medium" for p in places] == ["城东街道幸福家园"]
    assert [p for (lv, _d), places in result.items() if lv == "sealed" for p in places] == ["城西街道阳光小区1栋"]


# A news report naming the office as its source ("据A市…指挥部消息", "记者从A县…指挥部获悉") gives the
# district of a county-level office to places listed without one.
@settings(max_examples=30, deadline=None)
@given(st.sampled_from([("据", "消息"), ("记者从", "获悉"), ("经", "研究决定")]),
       st.sampled_from(["万宁市", "新郑市", "叙州区", "杞县"]))
def test_the_office_a_report_cites_gives_the_district(frame: tuple[str, str], district: str) -> None:
    text = (f"新闻标题:风险区调整\n8月10日,{frame[0]}{district}新冠肺炎疫情防控工作指挥部{frame[1]},"
            "高风险区域调整为2个。\n一、高风险区(2个)\n1、城东镇南岛村委会;\n2、城西镇光明社区。\n")
    assert by_level(text) == {("high", district): ["城东镇南岛村委会", "城西镇光明社区"]}, text


# "对叙州区A等风险地区进行风险地区调整": the district the lead writes in front of the place it sums up holds for
# the lists below, which name only streets.
@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["叙州区", "杞县", "和平区"]), st.sampled_from(["风险地区", "区域", "地区"]))
def test_the_district_of_the_place_the_lead_sums_up(district: str, kind: str) -> None:
    text = (f"经市指挥部研究决定,对{district}南岸街道长江大道26号等{kind}进行风险等级调整。\n"
            "高风险区调整为中风险区:南岸街道长江大道26号、赵场街道锦绣龙城。\n")
    assert by_level(text) == {("medium", district): ["南岸街道长江大道26号", "赵场街道锦绣龙城"]}, text


# "对中风险区采取管控措施:足不出区、错峰取物" lists measures, not places.
@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["高风险区", "中风险区", "封控区"]), st.sampled_from(["管控措施", "封控措施", "以下措施"]))
def test_measures_after_a_colon_are_no_list(level: str, measures: str) -> None:
    text = (f"二、中风险区(2个)\n1、城东镇(除高风险区外)\n2、城西镇(除高风险区外)\n"
            f"对{level}采取{measures}:足不出区、错峰取物。")
    assert by_level(text) == {("medium", None): ["城东镇(除高风险区外)", "城西镇(除高风险区外)"]}, text


# The rest of one compound, park or dormitory ("A小区除7、8、9栋以外的其他区域") is a place, also when its
# exception lists several parts with 、 (the 、 inside it separates nothing).
@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["万福国际小区", "七里坪产业园", "制药厂宿舍区", "幸福家园", "明珠花园"]),
       st.sampled_from(["7栋", "7、8、9栋", "9排4栋、5栋", "1单元", "3号楼、5号楼"]),
       st.sampled_from(["以外的其他区域", "以外的其他区域及底层商铺", "之外的其余区域"]),
       st.sampled_from([",", " , ", ";"]))
def test_the_rest_of_a_compound_with_parts_excepted_is_a_place(compound: str, parts: str, rest: str,
                                                                sep: str) -> None:
    place = f"{compound}除{parts}{rest}"
    text = f"二、中风险区\n(一)金子坝街道:{place}{sep}蔡家河小区除7栋2单元以外的其他区域;\n(二)城东街道:阳光小区。\n"
    assert by_level(text) == {("medium", None): [f"金子坝街道{place}", "金子坝街道蔡家河小区除7栋2单元以外的其他区域",
                                                 "城东街道阳光小区"]}, text


# ... but the rest of a district or city with levels excepted stays a blanket, also after a compound.
def test_the_rest_of_the_city_after_a_compound_is_still_no_place() -> None:
    text = "一、中风险区\n明珠花园、新华区除高风险区、中风险区以外的其他区域。\n"
    assert by_level(text) == {("medium", None): ["明珠花园"]}


# The other way round a numbered zone under a risk heading keeps its own level.
def test_a_zone_numbered_under_a_risk_heading_keeps_its_level() -> None:
    text = "自11月3日起,划定风险地区如下:\n一、高风险区\n(一)封控区:城东街道幸福家园。\n(二)管控区:城东街道阳光小区。\n"
    result = by_level(text)
    assert [p for (lv, _d), places in result.items() if lv == "sealed" for p in places] == ["城东街道幸福家园"]
    assert [p for (lv, _d), places in result.items() if lv == "controlled" for p in places] == ["城东街道阳光小区"]
