"""Forms of the ninth held-out set (round 3, notices 179-186): the origin written with 从 ("从高风险地区调整为
中风险地区"), a counted list heading after ";" of a sentence that holds its own places, "(管控时间:…)" after a
place, "以及" before the last place, the rest of a whole city with the levels excepted. Notices here are
written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import by_level

_PLACES = ["滨河路88号金港大厦5号楼", "幸福里小区3栋", "华联商厦", "东门菜市场", "新华书店(北座)", "光明路12号院"]
_STREETS = ["东湖街道", "城关镇", "新村街道", "桃源乡"]
_LEVELS = {"高风险地区": "high", "中风险区": "medium", "低风险区域": "low"}


# "将A、B,从高风险地区调整为中风险地区": 从 names the level a place leaves, as 由 does.
@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PLACES), min_size=1, max_size=4, unique=True),
       st.sampled_from(["高风险地区", "中风险区"]), st.sampled_from(["中风险区", "低风险区域"]),
       st.sampled_from(["", ","]), st.sampled_from(["调整为", "降为", "下调为"]))
def test_the_origin_written_with_cong(places: list[str], frm: str, to: str, comma: str, verb: str) -> None:
    if frm == to:
        return
    text = f"自2021年8月17日0时起,将江北区{'、'.join(places)}{comma}从{frm}{verb}{to}。"
    assert by_level(text) == {(_LEVELS.get(to, "medium"), "江北区"): places}, text


def test_the_origin_with_cong_over_two_districts_and_traditional_characters() -> None:
    text = ("一、將江北區東湖街道幸福里社區、光明社區,城關鎮南門社區,從高風險地區調整為中風險地區。\n"
            "二、將江北區桃源鄉,南岸區新村街道,從中風險地區調整為低風險地區。")
    assert by_level(text) == {("medium", "江北区"): ["东湖街道幸福里社区", "光明社区", "城关镇南门社区"],
                              ("low", "江北区"): ["桃源乡"], ("low", "南岸区"): ["新村街道"]}


def test_cong_in_other_words_is_no_origin() -> None:
    text = "将江北区从江路12号院调整为中风险区。"
    assert by_level(text) == {("medium", "江北区"): ["从江路12号院"]}


# "…A村由高风险区调整为低风险区;新增中风险区1个:B小区。": the sentence keeps its change; the heading after
# ";" opens a list of its own.
@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_PLACES), st.sampled_from(_PLACES),
       st.sampled_from(["新增中风险区1个", "新增中风险区(1个)", "中风险区", "新增中风险地区1处"]))
def test_a_counted_heading_after_a_semicolon(first: str, second: str, heading: str) -> None:
    if first == second:
        return
    text = (f"经研究决定,自9月24日24时起,江北区{first}由高风险区调整为低风险区;{heading}:南岸区{second}。\n"
            "全市其他区域风险区等级不变。")
    assert by_level(text) == {("low", "江北区"): [first], ("medium", "南岸区"): [second]}, text


# "A小区(管控时间:10月19日)": the day the control began is no part of the place; a bare "(2月21日)" stays.
@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_PLACES), min_size=1, max_size=4, unique=True),
       st.sampled_from(["(管控时间:10月19日)", "(封控日期:2022年10月19日)", "(10月19日起管控)",
                        "(划定时间:10月19日18时)", "(自10月19日起)"]))
def test_the_day_control_began_after_a_place(places: list[str], note: str) -> None:
    lines = "\n".join(place + note for place in places)
    text = f"截至2022年10月30日21时,全市中风险区如下:\n中风险区\n江北区:\n{lines}\n"
    assert by_level(text) == {("medium", "江北区"): places}, text


def test_a_bare_date_after_a_place_stays() -> None:
    text = "高风险区:\n江北区:\n幸福里小区(2月21日)\n东门菜市场(2月24日)\n"
    assert by_level(text) == {("high", "江北区"): ["幸福里小区(2月21日)", "东门菜市场(2月24日)"]}


# "划定A镇、B镇,以及C街道D村为管控区": 以及 joins the last place, in a sentence and in a list.
@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_STREETS), min_size=1, max_size=3, unique=True), st.sampled_from(_PLACES))
def test_yiji_before_the_last_place(streets: list[str], last: str) -> None:
    text = f"二、划定{'、'.join(streets)},以及{last}为管控区,管控区实行“人不出区”。"
    assert by_level(text) == {("controlled", None): [*streets, last]}, text
    text = f"高风险区:江北区{'、'.join(streets)},以及{last}。"
    assert by_level(text) == {("high", "江北区"): [*streets, last]}, text


# "南安全市域(除封控区、管控区外)划定为防范区": the rest of the whole city is no place; a town's whole area is.
@given(st.sampled_from(["南安全市域", "全市", "全县范围内", "江北区全区", "本市全境"]),
       st.sampled_from(["(除封控区、管控区外)", "(除高、中风险区以外)", "(除封控区和管控区之外)"]))
def test_the_rest_of_a_whole_city_is_no_place(whole: str, rest: str) -> None:
    text = f"一、划定城关镇幸福里小区为封控区。\n二、{whole}{rest}划定为防范区,严格限制人员聚集。"
    assert by_level(text) == {("sealed", None): ["城关镇幸福里小区"]}, text


def test_the_whole_of_a_town_with_its_levels_excepted_is_a_place() -> None:
    text = "一、划定城关镇幸福里小区为封控区。\n二、城关镇全区域(除封控区外)划定为防范区。"
    assert by_level(text) == {("sealed", None): ["城关镇幸福里小区"],
                              ("precaution", None): ["城关镇全区域(除封控区外)"]}


# "(一)高风险区A镇B村,C镇D社区。采取…措施。": a numbered item is its level, then its places without a colon.
@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["(一)", "一、", "1.", "①"]),
       st.sampled_from(["高风险区", "中风险地区", "封控区(2个)", "高风险区,", "中风险区域 "]),
       st.sampled_from(_STREETS), st.lists(st.sampled_from(_PLACES), min_size=2, max_size=2, unique=True))
def test_a_numbered_level_then_its_places(number: str, level: str, street: str, places: list[str]) -> None:
    name = {"高": "high", "中": "medium", "封": "sealed"}[level[0]]
    text = (f"关于江北区调整风险区的通告\n调整后风险区详情如下:\n{number}{level}{street}{places[0]},南岸区{places[1]}。"
            "采取“足不出户、上门服务”等管控措施。\n以上措施自发布之时起执行。")
    assert by_level(text) == {(name, "江北区"): [street + places[0]], (name, "南岸区"): [places[1]]}, text


def test_a_numbered_level_then_a_rule_is_no_list() -> None:
    text = ("调整后风险区详情如下:\n(一)高风险区实行“足不出户、上门服务”。\n(二)中风险区域内居民足不出区。\n"
            "(三)低风险区人员非必要不离开本区域。\n(四)高风险区调整为低风险区后继续做好防控。\n"
            "(五)高风险区所在街道每日开展核酸检测。")
    assert by_level(text) == {}


def test_a_remark_on_a_heading_count_is_no_place() -> None:
    text = "二、管控区(2个,减少3个村)\n城关镇幸福村(除三组外)、光明村。"
    assert by_level(text) == {("controlled", None): ["城关镇幸福村(除三组外)", "光明村"]}


def test_a_numbered_level_then_places_in_traditional_characters() -> None:
    text = ("調整後風險區詳情如下:\n(一)高風險區城關鎮幸福裡社區。\n"
            "(二)低風險區城關鎮、桃源鄉除高、中風險區外的其他區域,新村街道全域。採取“個人防護”等管理措施。")
    assert by_level(text) == {("high", None): ["城关镇幸福里社区"],
                              ("low", None): ["城关镇、桃源乡除高、中风险区外的其他区域", "新村街道全域"]}


def test_a_counted_level_heading_is_still_a_heading() -> None:
    text = "一、高风险区域(2个)\n1、江北区城关镇石湾社区\n2、江北区城关镇沙坪社区\n二、封控区域\n1、江北区桃源乡幸福村"
    assert by_level(text) == {("high", "江北区"): ["城关镇石湾社区", "城关镇沙坪社区"],
                              ("sealed", "江北区"): ["桃源乡幸福村"]}


# "长滨路(永桂村段)、长潭街、时代城小区围墙合围区域": a road's section in brackets is part of an enclosed area.
@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["长滨路(永桂村段)", "东风路(北段)", "滨河路"]), st.sampled_from(["(一)", "1.", ""]),
       st.sampled_from(["合围区域", "围合区域", "围成的区域"]))
def test_an_enclosed_area_with_a_section_in_brackets(road: str, number: str, end: str) -> None:
    area = f"{road}、长潭街、时代城小区围墙{end}"
    text = f"一、高风险区\n{number}江北区{area}。\n采取封控措施:足不出户、上门服务。"
    assert by_level(text) == {("high", "江北区"): [area]}, text


# "鸿禾公寓及南侧1号、2号、3号别墅": the kind of building written once after the last of a run of numbers.
@given(st.sampled_from(["别墅", "厂房", "商铺", "自建房"]), st.sampled_from(["号", "栋"]))
def test_a_run_of_numbers_sharing_its_kind(kind: str, unit: str) -> None:
    place = f"龙昆南路132号鸿禾公寓及南侧1{unit}、2{unit}、3{unit}{kind}"
    text = f"一、高风险区\n(一)江北区{place}。\n(二)江北区幸福里小区、5号{kind}。"
    assert by_level(text) == {("high", "江北区"): [place, "幸福里小区", f"5号{kind}"]}, text


# "截至8月21日24时,A区B小区、C,D县E连续7日无新增本土病例,即日起降为中风险区;…": the places the condition is
# about, back over the pieces between commas that name places (not the date or the lead before them).
@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PLACES), min_size=1, max_size=3, unique=True), st.sampled_from(_PLACES),
       st.sampled_from(["连续7日无新增本土病例", "近14天内无新增感染者", "已连续10天未发现新增病例",
                        "14天内无新增病例"]),
       st.sampled_from([",即日起", ",自8月22日起", ",", ",经专家组综合研判,自即日起"]),
       st.sampled_from(["降为", "调整为"]))
def test_places_meeting_a_condition_then_their_level(first: list[str], low: str, condition: str, when: str,
                                                     verb: str) -> None:
    text = (f"按照有关规定,经流行病学综合研判,截至8月21日24时,江北区{'、'.join(first)},南岸区城关镇幸福村"
            f"{condition}{when}{verb}中风险区;北碚区{low}{condition}{when}{verb}低风险区。")
    assert by_level(text) == {("medium", "江北区"): first, ("medium", "南岸区"): ["城关镇幸福村"],
                              ("low", "北碚区"): [low]}, text


def test_a_condition_about_no_places_sets_nothing() -> None:
    text = "全市连续7日无新增本土病例,即日起调整为低风险区。"
    assert by_level(text) == {}


# "A村自建房区域和B小区南区1、4、7栋": 和 before a compound's part after an area joins two places.
def test_and_between_an_area_and_a_compound() -> None:
    text = "将江北区下洞村自建房区域和藏源小区南区1、4、7栋,东门菜市场调整为中风险区。"
    assert by_level(text) == {("medium", "江北区"): ["下洞村自建房区域", "藏源小区南区1、4、7栋", "东门菜市场"]}
    text = "将江北区幸福小区和平路12号院调整为中风险区。"
    assert by_level(text) == {("medium", "江北区"): ["幸福小区和平路12号院"]}
