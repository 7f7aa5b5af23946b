"""Forms of the twenty-sixth held-out set, each in variants written here (invented places in the wording of the
real forms), and properties over generated notices: a lift whose object opens with 对 and ends with the level's
measures, its places separated by commas as well as 、 ("解除对A村、B小区,C路3号D厂的封控措施"); a district's notice
naming its own development zone after itself ("A区…" over "A经济开发区B厂区", a part of the district, kept only on
the places it is written on); a designation with its verb straight before the level and a count ("划定高风险区3个,
分别是A,B,C"), the count saying the pieces between commas are the places; whole districts under a temporary measure
("对A区、B区、C经济技术开发区等区域实施临时性管控措施": 临时性 as 临时, "等区域" closing the list, the zone its own
district); 2020's lockdown of the list above it ("一、A镇、B镇要在…指导下,对以上区域进行封锁管控"): sealed; a copy that
read GBK one byte off ("?。ㄒ唬┬略龇段?" for "(一)新增范围"): a line of nothing else is no place, a place's garbled tail
stays with it as written, its "。" no stop."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

word = invented_names(PLAIN_SYLLABLES)


# ---------------------------------------------------------------------------------------------------
# "解除对A、B,C、D的封控措施": 对 opens the object, commas and 、 both separate its places


def test_lift_for_object_with_commas_between_groups_of_places() -> None:
    text = ("江宁区关于解除封控、管控区域防控措施的通告\n经研究,决定自5月3日起,解除对汤山街道金桂村、银杏苑小区,"
            "天元路与秣周路交叉口东侧厂区、龙眠大道8号科创园C区的封控措施。")
    assert by_level(text) == {("lifted", "江宁区"): ["汤山街道金桂村", "银杏苑小区", "天元路与秣周路交叉口东侧厂区",
                                                    "龙眠大道8号科创园C区"]}


def test_lift_for_object_with_commas_of_controlled_places_in_full_width_punctuation() -> None:
    text = ("关于解除部分区域管控措施的通告\n自2022年10月2日起,解除对白沙镇石桥村、青山苑,红旗路12号金华公司,"
            "东湖花园3栋的管控措施。\n丰县新冠肺炎疫情防控指挥部").translate(HALF_TO_FULL)
    assert by_level(text) == {("lifted", "丰县"): ["白沙镇石桥村", "青山苑", "红旗路12号金华公司", "东湖花园3栋"]}


def test_lift_for_object_with_commas_in_traditional_characters_then_a_second_lift() -> None:
    text = ("鄞州区关于解除封控、管控区域防控措施的通告\n决定自4月9日起,解除对首南街道金桂村,明光小区、东湖花园2幢的"
            "封控措施;解除对首南街道的管控措施。")
    assert by_level(in_traditional(text)) == {
        ("lifted", "鄞州区"): ["首南街道金桂村", "明光小区", "东湖花园2幢", "首南街道"]}


def test_lift_for_object_leaves_a_lift_without_对_as_it_was() -> None:
    text = "关于解除封控的通告\n决定解除金桂苑、银杏小区的封控措施。\n沛县疫情防控指挥部"
    assert by_level(text) == {("lifted", "沛县"): ["金桂苑", "银杏小区"]}


def test_lift_for_object_with_commas_ending_with_the_level_management() -> None:
    text = "关于解除封控的通告\n决定自5月1日起,解除对金桂苑,银杏小区的封控管理。\n邳州市疫情防控指挥部"
    assert by_level(text) == {("lifted", "邳州市"): ["金桂苑", "银杏小区"]}


def test_lift_for_object_with_commas_ending_with_temporary_control_measures() -> None:
    text = ("关于解除临时管控的通告\n决定自5月1日起,解除对金桂苑、银杏小区,东湖花园的临时管控措施。\n"
            "睢宁县疫情防控指挥部").translate(HALF_TO_FULL)
    assert by_level(text) == {("lifted", "睢宁县"): ["金桂苑", "银杏小区", "东湖花园"]}


@settings(max_examples=25, deadline=None)
@given(first=st.lists(word, min_size=1, max_size=3, unique=True),
       second=st.lists(word, min_size=1, max_size=3, unique=True),
       level=st.sampled_from(["封控", "管控", "防范"]), full=st.booleans(), trad=st.booleans())
def test_lift_for_object_reads_every_place_between_commas_and_dunhao(first: list[str], second: list[str], level: str,
                                                                     full: bool, trad: bool) -> None:
    places = [p + "小区" for p in first] + [p + "村" for p in second if p not in first]
    text = (f"关于解除部分区域{level}措施的通告\n决定自6月1日起,解除对{'、'.join(places[:len(first)])},"
            f"{'、'.join(places[len(first):]) or '东湖花园'}的{level}措施。\n丰县疫情防控指挥部")
    if full:
        text = text.translate(HALF_TO_FULL)
    if trad:
        text = in_traditional(text)
    assert levels_of(text) == {"lifted": places[:len(first)] + (places[len(first):] or ["东湖花园"])}


# ---------------------------------------------------------------------------------------------------
# "A区…" over "A经济开发区B厂区": the district's own zone, no district of its own


def test_own_named_zone_in_a_district_lift_stays_on_the_places_it_is_written_on() -> None:
    text = ("吴中区关于解除封控、管控区域防控措施的通告\n决定自4月20日起,解除对木渎镇金桂村、银杏苑小区,"
            "吴中经济技术开发区南区东方大道与塔韵路交叉口厂区、塔韵路3号科创园B区、东方大道18号金华电力公司的"
            "封控措施;解除对木渎镇、吴中经济技术开发区南区的管控措施。")
    assert by_level(text) == {("lifted", "吴中区"): [
        "木渎镇金桂村", "银杏苑小区", "吴中经济技术开发区南区东方大道与塔韵路交叉口厂区", "塔韵路3号科创园B区",
        "东方大道18号金华电力公司", "木渎镇", "吴中经济技术开发区南区"]}


def test_own_named_high_tech_zone_in_a_county_designation() -> None:
    text = ("关于划定高风险区的通告\n沛县划定高风险区3个:沛县高新区金桂路1号厂区、汉源大道6号金华公司、"
            "大屯镇银杏村2组。\n沛县新冠肺炎疫情防控指挥部")
    found = by_level(text)
    assert list(found) == [("high", "沛县")]
    assert found[("high", "沛县")][1:] == ["汉源大道6号金华公司", "大屯镇银杏村2组"]


def test_own_named_zone_in_traditional_characters_with_full_width_punctuation() -> None:
    text = ("江宁区关于解除封控区域防控措施的通告\n决定自5月1日起,解除对江宁经济技术开发区北区金桂路与银杏路交叉口"
            "厂区、秣陵街道石桥村,龙眠大道9号金华公司的封控措施;解除对江宁经济技术开发区北区、秣陵街道的管控措施。"
            ).translate(HALF_TO_FULL)
    assert by_level(in_traditional(text)) == {("lifted", "江宁区"): [
        "江宁经济技术开发区北区金桂路与银杏路交叉口厂区", "秣陵街道石桥村", "龙眠大道9号金华公司",
        "江宁经济技术开发区北区", "秣陵街道"]}


@settings(max_examples=25, deadline=None)
@given(part=st.sampled_from(["东区", "西区", "南区", "北区"]), road=word, shop=word, town=word,
       zone=st.sampled_from(["经济开发区", "经济技术开发区", "高新区"]),
       district=st.sampled_from(["吴中区", "江宁区", "鄞州区", "新北区"]))
def test_own_named_zone_is_never_a_district(part: str, road: str, shop: str, town: str, zone: str,
                                            district: str) -> None:
    own = district[:-1] + zone
    text = (f"{district}关于解除封控区域防控措施的通告\n决定自4月20日起,解除对{town}镇金桂村、银杏苑小区,"
            f"{own}{part}{road}路厂区、{road}路3号{shop}公司的封控措施。")
    assert by_level(text) == {("lifted", district): [f"{town}镇金桂村", "银杏苑小区", f"{own}{part}{road}路厂区",
                                                     f"{road}路3号{shop}公司"]}


# ---------------------------------------------------------------------------------------------------
# "划定高风险区3个,分别是A,B,C": the verb straight before the level, then the count


def test_counted_designation_with_commas_and_a_stretch_holding_dunhao() -> None:
    text = ("沛县新冠肺炎疫情联防联控指挥部发布通告,自2022年11月20日起划定部分区域为风险区。\n沛县划定高风险区3个,"
            "分别是沛县开发区汉源大道66号,沛县大屯镇金桂村2组自G518国道向西200米、丰沛公路向北50米区间范围内,"
            "龙湖饭店(大屯镇驻地西)。沛县其他区域为低风险区。")
    assert by_level(text) == {("high", "沛县"): ["开发区汉源大道66号",
                                                "大屯镇金桂村2组自G518国道向西200米、丰沛公路向北50米区间范围内",
                                                "龙湖饭店(大屯镇驻地西)"]}


def test_counted_designation_of_new_areas_with_dunhao_in_traditional_characters() -> None:
    text = "关于划定风险区的通告\n新增中风险区2个,分别为金桂苑3栋、银杏小区。\n鄞州区疫情防控指挥部"
    assert by_level(in_traditional(text)) == {("medium", "鄞州区"): ["金桂苑3栋", "银杏小区"]}


def test_counted_designation_in_a_report_with_full_width_punctuation() -> None:
    text = ("人民网南京11月20日电 20日,丰县新冠肺炎疫情联防联控指挥部发布通告。\n丰县划定高风险区2个,分别是"
            "华山镇金桂村3组,宋楼镇银杏苑5栋。丰县其他区域为低风险区。").translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "丰县"): ["华山镇金桂村3组", "宋楼镇银杏苑5栋"]}


def test_counted_designation_whose_count_disagrees_with_the_commas_keeps_the_dunhao_split() -> None:
    text = "关于划定风险区的通告\n沛县划定高风险区3个,分别是金桂苑、银杏小区,东湖花园。"
    assert levels_of(text) == {"high": ["金桂苑", "银杏小区", "东湖花园"]}


@settings(max_examples=25, deadline=None)
@given(places=st.lists(word, min_size=2, max_size=5, unique=True), verb=st.sampled_from(["划定", "新增", "确定"]),
       level=st.sampled_from(["高风险区", "中风险区", "封控区"]), said=st.sampled_from(["分别是", "分别为"]),
       full=st.booleans(), trad=st.booleans())
def test_counted_designation_reads_its_places(places: list[str], verb: str, level: str, said: str, full: bool,
                                              trad: bool) -> None:
    named = [p + "小区" for p in places]
    text = f"关于划定风险区的通告\n{verb}{level}{len(named)}个,{said}{','.join(named)}。\n丰县疫情防控指挥部"
    if full:
        text = text.translate(HALF_TO_FULL)
    if trad:
        text = in_traditional(text)
    name = {"高风险区": "high", "中风险区": "medium", "封控区": "sealed"}[level]
    assert by_level(text) == {(name, "丰县"): named}


# ---------------------------------------------------------------------------------------------------
# "对A区、B区、C经济技术开发区等区域实施临时性管控措施": whole districts under a temporary control


def test_whole_districts_and_a_city_zone_under_temporary_control() -> None:
    text = ("关于实施临时性管控措施的通告\n市疫情防控指挥部决定,自9月1日10时至3日24时,对天宁区、钟楼区、新北区、"
            "常州经济开发区等区域实施临时性管控措施。\n常州市疫情防控指挥部")
    assert by_level(text) == {("controlled", "天宁区"): ["天宁区"], ("controlled", "钟楼区"): ["钟楼区"],
                              ("controlled", "新北区"): ["新北区"],
                              ("controlled", "常州经济开发区"): ["常州经济开发区"]}


def test_whole_districts_under_temporary_control_in_traditional_characters() -> None:
    text = ("關於實施臨時性管控措施的通告\n自8月5日起,對鼓樓區、台江區、福州高新區等區域實施臨時性管控措施。"
            ).translate(HALF_TO_FULL)
    assert by_level(text) == {("controlled", "鼓楼区"): ["鼓楼区"], ("controlled", "台江区"): ["台江区"],
                              ("controlled", "福州高新区"): ["福州高新区"]}


def test_places_then_etc_areas_under_temporary_control() -> None:
    text = "关于实施临时管控措施的通告\n决定对金桂苑小区、银杏村等地实施临时性管控措施。\n沛县疫情防控指挥部"
    assert by_level(text) == {("controlled", "沛县"): ["金桂苑小区", "银杏村"]}


def test_the_county_own_zone_after_a_place_is_no_district_and_is_written_once() -> None:
    text = "关于实施临时管控措施的通告\n决定对金桂苑小区、沛县经济开发区等区域实施临时性管控措施。\n沛县疫情防控指挥部"
    assert by_level(text) == {("controlled", "沛县"): ["金桂苑小区", "经济开发区"]}


def test_one_whole_district_under_control_is_its_own_place_not_a_heading() -> None:
    text = "关于实施管控措施的通告\n决定对天宁区实施临时性管控措施。\n常州市疫情防控指挥部"
    assert by_level(text) == {("controlled", "天宁区"): ["天宁区"]}


@settings(max_examples=25, deadline=None)
@given(districts=st.lists(st.sampled_from(["天宁区", "钟楼区", "新北区", "武进区", "金坛区"]), min_size=1, max_size=4,
                          unique=True),
       zone=st.sampled_from(["", "常州经济开发区", "常州高新区"]), etc=st.sampled_from(["等区域", "等地区", ""]),
       temporary=st.sampled_from(["临时性", "临时", ""]), trad=st.booleans())
def test_whole_districts_under_control_are_each_their_own(districts: list[str], zone: str, etc: str, temporary: str,
                                                          trad: bool) -> None:
    listed = districts + ([zone] if zone else [])
    text = f"关于实施管控措施的通告\n决定对{'、'.join(listed)}{etc}实施{temporary}管控措施。\n常州市疫情防控指挥部"
    if trad:
        text = in_traditional(text)
    assert by_level(text) == {("controlled", d): [d] for d in listed}


# ---------------------------------------------------------------------------------------------------
# "一、A镇、B镇要在…指导下,对以上区域进行封锁管控": 2020's lockdown of the list above it


def test_lockdown_of_the_list_above_in_a_numbered_item_after_who_acts() -> None:
    text = ("丰县第三批疫情风险预警区域通告\n现将第三批疫情风险预警区域通告如下:\n华山镇金桂村5组、华山镇银杏村1组、"
            "宋楼镇石桥村2组\n一、华山镇、宋楼镇要在县疾控中心指导下,对以上区域进行封锁管控。\n二、封锁区域内限制人员"
            "进出。\n丰县疫情防控指挥部办公室\n2020年2月10日")
    assert by_level(text) == {("sealed", "丰县"): ["华山镇金桂村5组", "华山镇银杏村1组", "宋楼镇石桥村2组"]}


def test_lockdown_of_the_list_above_in_traditional_characters_with_full_width_punctuation() -> None:
    text = ("沛县疫情风险预警区域通告\n现将疫情风险预警区域通告如下:\n大屯镇金桂村3组、大屯镇银杏村\n"
            "(一)大屯镇应在县疾控中心指导下,对以上区域实施封锁管控。\n沛县疫情防控指挥部").translate(HALF_TO_FULL)
    assert by_level(in_traditional(text)) == {("sealed", "沛县"): ["大屯镇金桂村3组", "大屯镇银杏村"]}


def test_lockdown_of_the_list_above_without_number_or_actor() -> None:
    text = ("关于疫情风险预警区域的通告\n现通告如下:\n金桂苑、银杏小区、东湖花园\n对上述区域进行封锁管控。\n"
            "鄞州区疫情防控指挥部")
    assert by_level(text) == {("sealed", "鄞州区"): ["金桂苑", "银杏小区", "东湖花园"]}


def test_lockdown_measures_for_people_name_no_place() -> None:
    text = ("关于疫情防控的通告\n一、对进出人员进行封锁管控。\n二、请广大市民配合。\n鄞州区疫情防控指挥部")
    assert by_level(text) == {}


@settings(max_examples=25, deadline=None)
@given(towns=st.lists(word, min_size=1, max_size=2, unique=True), villages=st.lists(word, min_size=1, max_size=4),
       enum=st.sampled_from(["一、", "1.", "(一)", ""]), actor=st.booleans(),
       verb=st.sampled_from(["进行", "实行", "实施"]), trad=st.booleans())
def test_lockdown_of_the_list_above_reads_every_place(towns: list[str], villages: list[str], enum: str, actor: bool,
                                                     verb: str, trad: bool) -> None:
    places = list(dict.fromkeys(f"{towns[k % len(towns)]}镇{v}村{k + 1}组" for k, v in enumerate(villages)))
    who = f"{'、'.join(t + '镇' for t in towns)}要在县疾控中心指导下," if actor else ""
    text = (f"沛县疫情风险预警区域通告\n现将疫情风险预警区域通告如下:\n{'、'.join(places)}\n"
            f"{enum}{who}对以上区域{verb}封锁管控。\n沛县疫情防控指挥部")
    if trad:
        text = in_traditional(text)
    assert by_level(text) == {("sealed", "沛县"): places}


# ---------------------------------------------------------------------------------------------------
# A copy that read GBK one byte off: "?。ㄒ唬┬略龇段?" for "(一)新增范围"


def garbled(text: str) -> str:
    """The text as such a copy shows it: its GBK bytes read from one byte before them (a lost byte, "?"), a pair
    that reads as nothing left out, the last byte alone ("?")."""
    data = b"\xa1" + text.translate(str.maketrans("();,", "\uff08\uff09\uff1b\uff0c")).encode("gbk")
    pairs = []
    for k in range(0, len(data) - 1, 2):
        try:
            pairs.append(data[k:k + 2].decode("gbk"))
        except UnicodeDecodeError:
            continue
    return "?" + "".join(pairs) + "?"


def test_garbled_headings_are_no_places_and_a_garbled_tail_stays_with_its_place() -> None:
    text = ("关于划定高风险区的通告\n一、新增高风险区(3个)\n" + garbled("(一)新增范围") + "\n金桂街道东湖批发市"
            + garbled("(北门);") + "\n金桂街道银杏苑3栋;\n白沙镇石桥村小湾组 。\n" + garbled("(二)管控措施")
            + "\n1.期间足不出户,上门服务。\n2.经营场所暂停营业。\n丰都县疫情防控指挥部")
    assert by_level(text) == {("high", "丰都县"): ["金桂街道东湖批发市?。ū泵牛?", "金桂街道银杏苑3栋",
                                                  "白沙镇石桥村小湾组"]}


def test_garbled_tail_in_a_numbered_list_with_full_width_punctuation() -> None:
    text = ("关于新增中风险区的通告\n新增中风险区(2个):\n1.龙湖镇金桂村农贸市" + garbled("(西门);")
            + "\n2.龙湖镇银杏苑5栋。\n" + garbled("(三)封控区域") + "\n石柱县疫情防控指挥部").translate(HALF_TO_FULL)
    assert by_level(text) == {("medium", "石柱县"): ["龙湖镇金桂村农贸市?。ㄎ髅牛?", "龙湖镇银杏苑5栋"]}


def test_garbled_heading_over_a_lift_list() -> None:
    text = ("关于解除高风险区的通告\n解除高风险区(2个)\n" + garbled("(一)解除范围") + "\n东湖花园3栋;\n银杏小区5栋。\n"
            "彭水县疫情防控指挥部")
    assert by_level(text) == {("lifted", "彭水县"): ["东湖花园3栋", "银杏小区5栋"]}


def test_a_question_mark_before_ordinary_text_keeps_the_text() -> None:
    text = "关于新增高风险区的通告\n新增高风险区:\n?金桂苑3栋、银杏小区。\n丰都县疫情防控指挥部"
    assert by_level(text) == {("high", "丰都县"): ["金桂苑3栋", "银杏小区"]}


@settings(max_examples=25, deadline=None)
@given(places=st.lists(word, min_size=1, max_size=4, unique=True), numeral=st.sampled_from(list("一二三四五")),
       heading=st.sampled_from(["新增范围", "管控措施", "封控区域", "新增高风险区"]),
       tail=st.sampled_from(["(北门);", "(西门);", "(边贸);", "(东侧)"]), at=st.integers(0, 3))
def test_garbled_runs_never_become_places(places: list[str], numeral: str, heading: str, tail: str,
                                          at: int) -> None:
    run, end = garbled(f"({numeral}){heading}"), garbled(tail)
    assume(any("\u3100" <= ch <= "\u312f" or "\u2500" <= ch <= "\u257f" or "\u00c0" <= ch <= "\u024f"
               for ch in run) and any("\u3100" <= ch <= "\u312f" or "\u00c0" <= ch <= "\u024f" for ch in end))
    named = [p + "小区" for p in places]
    at = min(at, len(named) - 1)
    lines = [p + (end if k == at else "") + ";" for k, p in enumerate(named)]
    text = ("关于划定高风险区的通告\n一、新增高风险区\n" + run + "\n" + "\n".join(lines) + "\n"
            + garbled("(二)管控措施") + "\n1.足不出户。\n丰都县疫情防控指挥部")
    assert by_level(text) == {("high", "丰都县"): [p + (end if k == at else "") for k, p in enumerate(named)]}


def test_garbled_runs_with_full_width_marks_of_the_lost_bytes() -> None:
    text = ("关于划定高风险区的通告\n新增高风险区\n" + garbled("(一)新增范围").replace("?", "\uff1f")
            + "\n金桂街道东湖批发市" + garbled("(边贸);").replace("?", "\uff1f")
            + "\n金桂街道银杏苑3栋。\n武隆区疫情防控指挥部")
    assert by_level(text) == {("high", "武隆区"): ["金桂街道东湖批发市?。ū呙常?", "金桂街道银杏苑3栋"]}
