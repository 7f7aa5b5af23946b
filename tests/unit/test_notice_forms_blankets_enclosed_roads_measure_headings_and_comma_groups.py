"""Forms of the fifteenth held-out set (issue 15), each in variants written here (invented places, the wording
of the real forms): every division of a province at once ("陕西省所有县(市、区)均为低风险地区") and the
levels' rest of a district without 除 ("A区封控区及管控区之外区域"), blankets naming no place; a shared tail
kept on the item it is written on ("A乡、B乡、C镇所辖行政区域"); an area given by the roads that enclose it
after 以 ("以A路、B路、C路围合区域(封控区除外)为管控区"), one place without its 以; headings "实施封控措施区域" /
"实施管控措施区域"; a list whose stated total counts the pieces between commas, each piece one place with its
、 inside ("将以下8个高风险区降为中风险区:A镇B村、C村,…")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import by_level, levels_of

# ---------------------------------------------------------------------------------------------------
# every division at once: a blanket


def test_all_counties_of_a_province_after_the_changes_is_no_place() -> None:
    text = ("自3月6日0时起,将咸阳市礼泉县、渭南市临渭区调整为低风险地区。\n"
            "调整后,陕西省所有县(市、区)均为低风险地区。")
    assert by_level(text) == {("low", "礼泉县"): ["礼泉县"], ("low", "临渭区"): ["临渭区"]}


def test_all_divisions_in_other_wordings_are_no_place() -> None:
    assert levels_of("自即日起,将武功县调整为低风险地区。调整后,全市所有区县均为低风险地区。") == {"low": ["武功县"]}
    # traditional characters, 各 with the divisions' note in brackets
    assert levels_of("自即日起,將鄠邑區調整為低風險地區。調整後,西安市各區(縣)均為低風險地區。") == {"low": ["鄠邑区"]}
    # 都 instead of 均, no comma after 调整后
    assert levels_of("即日起,将临渭区调整为低风险地区,调整后全省所有县(市、区)都是低风险地区。") == {"low": ["临渭区"]}


def test_a_compound_s_parts_named_with_ge_are_still_a_place() -> None:
    # "各区" alone may be the parts of a compound; only "各县(市、区)" or "各区县" are divisions
    assert levels_of("自即日起,将紫荆花园各区调整为低风险区。") == {"low": ["紫荆花园各区"]}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["陕西省", "河北省", "全省", "全市", "宝鸡市"]),
       st.sampled_from(["所有县(市、区)", "所有区县", "全部县区", "各县(市、区)", "所有乡镇(街道)", "各县市区"]),
       st.sampled_from(["均为", "都为", "为", "均是"]))
def test_any_blanket_over_all_divisions_names_no_place(region: str, divisions: str, verb: str) -> None:
    text = f"自即日起,将凤翔区调整为低风险地区。调整后,{region}{divisions}{verb}低风险地区。"
    assert levels_of(text) == {"low": ["凤翔区"]}, text


# ---------------------------------------------------------------------------------------------------
# the levels' rest of a district without 除: a blanket


def test_the_levels_rest_of_a_district_is_no_place() -> None:
    text = ("封控区:峄城区金鑫花园3号楼,阳光小区。\n管控区:峄城区金鑫花园小区(除3号楼外),幸福家园。\n"
            "防范区:峄城区封控区及管控区之外区域。")
    assert by_level(text) == {("sealed", "峄城区"): ["金鑫花园3号楼", "阳光小区"],
                              ("controlled", "峄城区"): ["金鑫花园小区(除3号楼外)", "幸福家园"]}


def test_the_levels_rest_in_other_wordings() -> None:
    assert levels_of("封控区:台儿庄区运河花园5号楼。\n防范区:台儿庄区封控区、管控区以外的其他区域。") == {
        "sealed": ["运河花园5号楼"]}
    assert levels_of("封控區:山亭區翠湖小區2號樓。\n防範區:山亭區封控區和管控區之外的區域。") == {
        "sealed": ["翠湖小区2号楼"]}
    # the rest of one compound is a place of its own
    assert levels_of("封控区:市中区龙庭小区1号楼。\n防范区:龙庭小区封控区以外区域。") == {
        "sealed": ["龙庭小区1号楼"], "precaution": ["龙庭小区封控区以外区域"]}


# ---------------------------------------------------------------------------------------------------
# a shared tail stays on the item it is written on


def test_a_shared_tail_stays_on_the_last_item() -> None:
    text = ("自2021年8月10日起,将西平县权寨镇、二郎乡、出山镇所辖行政区域风险等级调整为中风险地区,"
            "全县其他区域仍为低风险地区。")
    assert levels_of(text) == {"medium": ["权寨镇", "二郎乡", "出山镇所辖行政区域"]}
    text = "即日起,将尉氏县大营乡、小陈乡所辖区域调整为中风险地区。"
    assert levels_of(text) == {"medium": ["大营乡", "小陈乡所辖区域"]}
    text = "自即日起,將平輿縣東和店鎮、萬金店鎮、十字路鄉所轄行政區域風險等級調整為中風險地區。"
    assert levels_of(text) == {"medium": ["东和店镇", "万金店镇", "十字路乡所辖行政区域"]}


# ---------------------------------------------------------------------------------------------------
# an area enclosed by roads after 以: one place


def test_roads_enclosing_an_area_after_yi_are_one_place_without_the_yi() -> None:
    text = ("一、划定望海楼街万福园7号楼为封控区。\n"
            "二、以胜利路、解放路、人民路、建设路围合区域(封控区除外)为管控区。\n"
            "三、以幸福道 - 光明道 - 团结路(光明道为起点) - 友谊路围合区域(封控区、管控区除外)为防范区。")
    assert levels_of(text) == {
        "sealed": ["望海楼街万福园7号楼"],
        "controlled": ["胜利路、解放路、人民路、建设路围合区域(封控区除外)"],
        "precaution": ["幸福道-光明道-团结路(光明道为起点)-友谊路围合区域(封控区、管控区除外)"]}


def test_enclosing_roads_with_commas_traditional_characters_and_a_verb_in_front() -> None:
    assert levels_of("一、以和平街,民主街,北大街,南大街围成的区域为封控区。") == {
        "sealed": ["和平街,民主街,北大街,南大街围成的区域"]}
    assert levels_of("二、以長江路、黃河路、淮河路合圍區域(封控區除外)為管控區。") == {
        "controlled": ["长江路、黄河路、淮河路合围区域(封控区除外)"]}
    assert levels_of("自即日起,划定以春风路、秋实路、夏荷路围合区域为封控区。") == {
        "sealed": ["春风路、秋实路、夏荷路围合区域"]}


_ROADS = ["春风路", "秋实大道", "夏荷街", "冬雪巷", "京津城际铁路", "金钟路", "海河东路", "东五经路"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_ROADS), min_size=3, max_size=7, unique=True), st.sampled_from(["、", "-", ","]),
       st.sampled_from(["围合区域", "合围区域", "围成的区域"]), st.sampled_from(["", "(封控区除外)"]),
       st.sampled_from(["管控区", "防范区", "封控区"]))
def test_any_roads_enclosing_an_area_are_one_place(roads: list[str], sep: str, area: str, note: str,
                                                  level: str) -> None:
    place = sep.join(roads) + area + note
    text = f"二、以{place}为{level}。"
    name = {"管控区": "controlled", "防范区": "precaution", "封控区": "sealed"}[level]
    assert levels_of(text) == {name: [place]}, text


# ---------------------------------------------------------------------------------------------------
# "实施封控措施区域": a heading of the sealed level


def test_headings_of_the_areas_under_a_level_s_measures() -> None:
    text = ("调整我县封控区、管控区如下:\n一、实施封控措施区域\n城关镇:东关村、西关村。\n二、实施管控措施区域\n"
            "柳河乡:柳河村、前进村。\n以上区域严格执行管控措施。\n某县应对疫情工作领导小组办公室")
    assert levels_of(text) == {"sealed": ["城关镇东关村", "城关镇西关村"],
                               "controlled": ["柳河乡柳河村", "柳河乡前进村"]}


def test_headings_of_measures_in_other_wordings() -> None:
    text = ("調整我縣封控區、管控區如下:\n一、實行封控措施的區域\n城關鎮:東關村。\n二、實行管控措施的區域\n"
            "柳河鄉:柳河村、前進村。")
    assert levels_of(text) == {"sealed": ["城关镇东关村"], "controlled": ["柳河乡柳河村", "柳河乡前进村"]}
    text = "现将有关区域公布如下:\n(一)实施封控措施区域:城关镇东关村。\n(二)实施防范措施区域:城关镇南关村。"
    assert levels_of(text) == {"sealed": ["城关镇东关村"], "precaution": ["城关镇南关村"]}
    text = "现将有关区域公布如下:\n1.执行管控措施区域:城北镇\u3000李庄村。\n2.实施封控措施区域:城北镇王庄村。"
    assert levels_of(text) == {"controlled": ["城北镇李庄村"], "sealed": ["城北镇王庄村"]}


# ---------------------------------------------------------------------------------------------------
# a total that counts the pieces between commas


def test_a_total_counting_comma_pieces_keeps_each_piece_whole() -> None:
    text = ("关于调整风险区的通告\n"
            "1、将以下3个高风险区降为中风险区:长安街道东风社区幸福小区1栋、2栋,城北镇前进村、后进村,城南镇柳林村(除一组)。\n"
            "2、将以下2个中风险区降为低风险区:城东镇甲村、乙村,城东镇丙村(除二组),城西乡丁村。\n"
            "某某市新冠肺炎疫情防控指挥部")
    levels = levels_of(text)
    assert levels["medium"] == ["长安街道东风社区幸福小区1栋、2栋", "城北镇前进村、后进村", "城南镇柳林村(除一组)"]
    # the total (2) agrees with neither reading: the pieces stay as 、 and , separate them
    assert levels["low"] == ["城东镇甲村", "乙村", "城东镇丙村(除二组)", "城西乡丁村"]


def test_comma_pieces_in_traditional_characters_with_spaces() -> None:
    text = ("2、將以下4個中風險區降為低風險區:城北鎮和平村、團結村,城南鎮新華村(含二組),長安街道人民小區 3、5棟,"
            "城西鄉光明村。")
    assert levels_of(text) == {"low": ["城北镇和平村、团结村", "城南镇新华村(含二组)", "长安街道人民小区3、5栋",
                                       "城西乡光明村"]}


def test_an_exception_in_brackets_does_not_join_the_next_piece() -> None:
    text = "3、将以下9个中风险区降为低风险区:雷溪镇张桥村、富港村(除老张组),耳口乡圳上村。"
    assert levels_of(text) == {"low": ["雷溪镇张桥村", "富港村(除老张组)", "耳口乡圳上村"]}


_TOWNS = ["城北镇", "柳河乡", "长安街道", "罗河镇"]
_VILLAGES = ["前进村", "后进村", "和平村", "团结村", "新华村", "光明村", "胜利村", "红星村"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TOWNS),
                          st.lists(st.sampled_from(_VILLAGES), min_size=1, max_size=3, unique=True)),
                min_size=2, max_size=6).filter(lambda groups: any(len(v) > 1 for _t, v in groups)),
       st.sampled_from(["，", ","]))
def test_any_pieces_counted_by_the_total_are_one_place_each(groups: list[tuple[str, list[str]]], comma: str) -> None:
    pieces = [town + "、".join(villages) for town, villages in groups]
    text = f"2、将以下{len(pieces)}个高风险区降为中风险区:{comma.join(pieces)}。"
    assert levels_of(text) == {"medium": pieces}, text
