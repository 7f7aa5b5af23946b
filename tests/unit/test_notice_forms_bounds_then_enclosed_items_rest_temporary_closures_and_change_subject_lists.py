"""Forms of the forty-fourth held-out set (part b), each in variants written here (invented places, the wording
of the real forms), with properties over generated names and ordinary wording that stays as it was:

1. an area given by its bounds, then a comma and the area they enclose pointed back at
   ("A街道东以B山脊为界,南以C铁路为界,…,以上合围区域的风险等级由低风险区调整为中风险区"; "…北至D路,上述围合范围"):
   one place, bounds and pointer kept;
2. a town's rest but the areas of the notice's items ("三、将A镇除上述一、二点以外区域调整为低风险区", "除上述区域以外
   区域", "除第一、二项所列区域外的其他区域"): a place (a district's rest stays a blanket);
3. places as the subject of a temporary closure, 暂时 (临时) for the verb, maybe with 等 and the kind of site
   ("其他:A医院一楼及二楼、B医院发热门诊等病人污染的场所暂时封闭管理"): sealed, a hospital's department a place;
4. a report's change of level as the subject, then 是 (有) and the places without a colon
   ("其中,高风险区调整为中风险区的是某市某新区“A”一期。中风险区调整为低风险区有B;C。"): each place at the new
   level, the name's quotation marks dropped; a new area (新区) written with its city's short name in front is
   the district as the notice names it elsewhere ("锦江新区" in the title), else kept with its city.
"""

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

_TITLE = "关于调整部分区域风险等级的通告\n"

# --- 1. bounds, then ",以上合围区域" -------------------------------------------------------------------


def test_bounds_written_with_wei_jie_then_the_enclosed_area_pointed_back_at() -> None:
    text = (_TITLE + "自2022年10月23日12时起,青山市白水区金峰街道东以红岭山脊为界,南以宝成铁路为界,西以柳河坝为界,"
            "北以七星山山脊为界,以上合围区域的风险等级由低风险区调整为中风险区。\n特此通告。")
    assert by_level(text) == {("medium", "白水区"): [
        "金峰街道东以红岭山脊为界,南以宝成铁路为界,西以柳河坝为界,北以七星山山脊为界,以上合围区域"]}


def test_bounds_with_zhi_then_shang_shu_wei_he_fan_wei_before_another_place() -> None:
    text = (_TITLE + "将龙泉镇东至迎宾大道,南至滨江路,西至火车站,北至长青街,上述围合范围、桃源小区调整为中风险区。")
    assert levels_of(text) == {"medium": ["龙泉镇东至迎宾大道,南至滨江路,西至火车站,北至长青街,上述围合范围",
                                          "桃源小区"]}


def test_bounds_then_the_enclosed_area_in_traditional_characters_and_full_width_commas() -> None:
    text = (_TITLE + "將春晖街道東以鳳凰山為界,南以環城路為界,西以清水河為界,北以高速公路為界,"
            "前述合圍區域劃定為高風險區。")
    assert levels_of(in_traditional(text).translate(HALF_TO_FULL)) == {"high": [
        "春晖街道东以凤凰山为界,南以环城路为界,西以清水河为界,北以高速公路为界,前述合围区域"]}


@settings(max_examples=40, deadline=None)
@given(street=invented_names(PLAIN_SYLLABLES), bounds=st.lists(invented_names(PLAIN_SYLLABLES), min_size=4,
                                                               max_size=4, unique=True),
       kind=st.sampled_from(["山脊", "铁路", "河", "大道"]), pointer=st.sampled_from(["以上", "上述", "前述"]),
       word=st.sampled_from(["合围区域", "围合区域", "合围范围", "围成区域"]),
       written=st.sampled_from(["以{}为界", "至{}"]), level=st.sampled_from(["高风险区", "中风险区"]))
def test_any_bounds_then_the_enclosed_area_are_one_place(street: str, bounds: list[str], kind: str, pointer: str,
                                                         word: str, written: str, level: str) -> None:
    sides = ",".join(d + written.format(b + kind) for d, b in zip("东南西北", bounds, strict=True))
    area = f"{street}街道{sides},{pointer}{word}"
    text = _TITLE + f"自2022年10月23日12时起,{area}的风险等级由低风险区调整为{level}。"
    assert levels_of(text) == {"high" if level == "高风险区" else "medium": [area]}


def test_a_list_then_its_reference_is_no_bounded_area() -> None:
    # guard: "A小区、B路8号,以上区域…" points back at a list; its places are read, no place of "以上区域"
    text = _TITLE + "将青峰小区、锦绣路8号,以上区域由中风险区调整为低风险区。"
    assert levels_of(text) == {"low": ["青峰小区", "锦绣路8号"]}


# --- 2. a town's rest but the items above ----------------------------------------------------------------

_ITEMS = "一、将以下区域调整为高风险区。\n1.龙泉镇桃源村东街5号。\n2.龙泉镇金光路18号。\n二、将{rest}调整为低风险区。"


def test_a_towns_rest_but_the_items_named_by_number() -> None:
    text = _TITLE + _ITEMS.format(rest="龙泉镇除上述一、二点以外区域")
    assert levels_of(text) == {"high": ["龙泉镇桃源村东街5号", "龙泉镇金光路18号"],
                               "low": ["龙泉镇除上述一、二点以外区域"]}


def test_a_towns_rest_but_the_areas_above() -> None:
    text = _TITLE + _ITEMS.format(rest="龙泉镇除上述区域以外区域")
    assert levels_of(text)["low"] == ["龙泉镇除上述区域以外区域"]


def test_a_streets_rest_but_the_items_listed_in_traditional_characters() -> None:
    text = _TITLE + _ITEMS.format(rest="春晖街道除第一、二项所列区域外的其他区域")
    assert levels_of(in_traditional(text))["low"] == ["春晖街道除第一、二项所列区域外的其他区域"]


@settings(max_examples=40, deadline=None)
@given(town=invented_names(PLAIN_SYLLABLES), kind=st.sampled_from(["镇", "乡", "街道"]),
       items=st.sampled_from(["一、二点", "第一、二项", "1至2条所列区域", "一、二部分", "区域"]),
       close=st.sampled_from(["以外区域", "以外的区域", "外的其他区域", "之外的所有区域"]))
def test_any_towns_rest_but_the_items_is_a_place(town: str, kind: str, items: str, close: str) -> None:
    rest = f"{town}{kind}除上述{items}{close}"
    assert levels_of(_TITLE + _ITEMS.format(rest=rest))["low"] == [rest]


def test_a_districts_rest_but_the_items_stays_a_blanket() -> None:
    # guard: the rest of the notice's own district (or a named district) is no place
    for rest in ("我区除上述一、二点以外区域", "金峰区除上述一、二点以外区域"):
        assert "low" not in levels_of(_TITLE + _ITEMS.format(rest=rest))


# --- 3. places closed for the time being ----------------------------------------------------------------

_ZONES = "关于划定社区防控区域的通告\n一、划定情况\n封控区(1个):青山区金光超市\n"


def test_places_then_the_kind_of_site_closed_for_the_time_being() -> None:
    text = _ZONES + "其他:青山区桃源医院一楼及二楼、青山区第三人民医院发热门诊等病人污染的场所暂时封闭管理。"
    assert by_level(text) == {("sealed", "青山区"): ["金光超市", "桃源医院一楼及二楼", "第三人民医院发热门诊"]}


def test_places_closed_temporarily_with_lin_shi_and_full_width_marks() -> None:
    text = "关于划定社区防控区域的通告\n锦绣中学、春晖镇卫生院急诊临时封闭管理。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["锦绣中学", "春晖镇卫生院急诊"]}


def test_places_closed_for_now_in_traditional_characters() -> None:
    text = "关于划定社区防控区域的通告\n金光大厦、龙泉医院住院部等场所暂时实行封闭管理。"
    assert levels_of(in_traditional(text)) == {"sealed": ["金光大厦", "龙泉医院住院部"]}


@settings(max_examples=40, deadline=None)
@given(names=st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=3, unique=True),
       ends=st.sampled_from(["医院发热门诊", "卫生院急诊", "宾馆", "大厦"]),
       etc=st.sampled_from(["", "等场所", "等病人污染的场所", "等公共场所"]),
       verb=st.sampled_from(["暂时封闭管理", "临时封闭管理", "暂时实行封闭管理"]))
def test_any_places_closed_for_the_time_being_are_sealed(names: list[str], ends: str, etc: str, verb: str) -> None:
    places = [name + ends for name in names]
    text = "关于划定社区防控区域的通告\n" + "、".join(places) + etc + verb + "。"
    assert levels_of(text) == {"sealed": places}


def test_closures_of_people_or_all_sites_stay_unread() -> None:
    # guard: a rule for every site of a kind, or for people, names no place
    for line in ("所有娱乐场所暂时封闭管理。", "封控区内居民暂时封闭管理。", "相关场所临时封闭管理。"):
        assert levels_of("关于划定社区防控区域的通告\n" + line) == {}


# --- 4. a report's change of level as the subject, then 是 (有) and the places ---------------------------

_REPORT = ("9月26日,某市应急指挥部发布《关于调整江阳区、锦江新区部分风险地区风险等级的公告》。\n"
           "其中,高风险区调整为中风险区的是{a}。\n中风险区调整为低风险区有{b};{c}。")


def test_a_reports_changes_as_subjects_with_quoted_names() -> None:
    text = _REPORT.format(a="泸州锦江新区“金色港湾”一期", b="泸州江阳区南郊街道“桃源国际”B区",
                          c="泸州锦江新区“金色港湾”二期")
    assert by_level(text) == {("medium", "锦江新区"): ["金色港湾一期"], ("low", "江阳区"): ["南郊街道桃源国际B区"],
                              ("low", "锦江新区"): ["金色港湾二期"]}


def test_a_reports_changes_with_de_you_and_bao_kuo() -> None:
    text = ("某市应急指挥部发布公告。\n其中,中风险区降为低风险区的有青山区桃源小区、青山区金光花园。\n"
            "高风险区调整为中风险区的区域包括白水区龙泉村。")
    assert by_level(text) == {("low", "青山区"): ["桃源小区", "金光花园"], ("medium", "白水区"): ["龙泉村"]}


def test_a_reports_changes_in_traditional_characters_with_full_width_marks() -> None:
    text = _REPORT.format(a="青山区“龍泉”小區", b="青山区春暉街道“錦繡”B區", c="白水区“金光”二期")
    assert by_level(in_traditional(text).translate(HALF_TO_FULL)) == {
        ("medium", "青山区"): ["龙泉小区"], ("low", "青山区"): ["春晖街道锦绣B区"], ("low", "白水区"): ["金光二期"]}


@settings(max_examples=40, deadline=None)
@given(names=st.lists(invented_names(PLAIN_SYLLABLES), min_size=3, max_size=3, unique=True),
       is_word=st.sampled_from(["的是", "是", "的有", "有", "的为"]),
       parts=st.sampled_from(["一期", "二期", "B区", "小区", "花园"]))
def test_any_reports_changes_as_subjects(names: list[str], is_word: str, parts: str) -> None:
    places = [name + parts for name in names]
    text = (f"某市应急指挥部发布公告。\n其中,高风险区调整为中风险区{is_word}青山区“{names[0]}”{parts}。\n"
            f"中风险区调整为低风险区{is_word}青山区{places[1]};青山区{places[2]}。")
    assert by_level(text) == {("medium", "青山区"): [places[0]], ("low", "青山区"): places[1:]}


def test_a_new_area_named_only_with_its_city_keeps_it() -> None:
    # guard: "泸州锦江新区" named nowhere bare is the district as written
    text = "关于调整部分区域风险等级的通告\n将泸州锦江新区桃源小区调整为中风险区。"
    assert by_level(text) == {("medium", "泸州锦江新区"): ["桃源小区"]}


def test_high_tech_zones_keep_their_citys_name() -> None:
    # guard: "成都高新区" is the zone's name (the city's own), no city written short before a new area
    text = "关于调整部分区域风险等级的通告\n将成都高新区桃源小区调整为中风险区。"
    assert by_level(text) == {("medium", "成都高新区"): ["桃源小区"]}


def test_a_change_subject_before_measures_is_no_list() -> None:
    # guard: "…调整为低风险区的有关要求" tells rules, no place
    text = "某市应急指挥部发布公告。\n中风险区调整为低风险区有关要求如下:实行常态化防控措施。"
    assert levels_of(text) == {}
