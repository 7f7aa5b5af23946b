"""Forms of the eighteenth held-out set, each in variants written here (invented places, the wording of the
real forms): a 2020 compound under closed management lifted with no place of its own ("A小区自2月6日零时起至
2月20日零时实行全面封闭管理,…,现解除封闭。"); a designation told with the days since it without cases ("自2月10日
0时起,A村划定为高风险地区,…已连续14天无新增…"), what held before the notice, only the move after is its; a whole
division all at a level ("截至目前,A市均为低风险区"), a blanket; towns before one bracketed exception of the
levels' areas ("A镇、B镇(除中高风险区外)"), one place; a news report's areas drawn again ("将原定的封控区——A、B
调整为C,D", "管控区调整为E、F", "防范区仍为G"); the office of a city's two-character district ("X市城区…办公室")
or of a long banner naming the district."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, PLAIN_SYLLABLES, by_level, levels_of

_names = st.text(alphabet=PLAIN_SYLLABLES, min_size=2, max_size=4)

# ---------------------------------------------------------------------------------------------------
# closed management, then lifted


def test_a_compound_closed_then_lifted() -> None:
    text = ("某某县新冠肺炎疫情防控工作指挥部第十二号通告\n"
            "金桃·锦绣园居民小区自2月6日零时起至2月20日零时实行全面封闭管理,连续14天内小区人员无发热、咳嗽等症状,"
            "现解除封闭。从2月20日零时起,对8号楼2单元所有住户实行居家隔离医学观察10天。\n2020年2月20日")
    assert levels_of(text) == {"lifted": ["金桃·锦绣园居民小区"]}


def test_closed_then_lifted_in_other_wordings() -> None:
    # 封控 for 封闭, 予以解除封控管理, traditional characters
    text = "春晓花园自2月3日起實行封控管理,連續14天無新增病例,現予以解除封控管理。"
    assert levels_of(text) == {"lifted": ["春晓花园"]}
    # no dates, 封闭式管理, 现已解除封闭
    assert levels_of("翠峰小区实行封闭式管理,14天内未发现疑似病例,现已解除封闭。") == {"lifted": ["翠峰小区"]}
    # full-width punctuation
    text = "阳光新村自2月1日零时起实行全面封闭管理,连续14天无症状,现解除封闭。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["阳光新村"]}


def test_residents_compound_of_a_town_is_still_the_town() -> None:
    # "居民小区" after a street: the street's compounds, the street is the place
    assert levels_of("自3月1日起,对长风街道居民小区解除封控管理。") == {"lifted": ["长风街道"]}


@settings(max_examples=40, deadline=None)
@given(_names, st.sampled_from(["小区", "居民小区", "花园", "家园"]), st.sampled_from(["封闭", "封控"]),
       st.sampled_from(["现解除封闭。", "现解除封控。", "现予以解除封闭管理。"]))
def test_any_closed_compound_lifted(name: str, kind: str, closed: str, lift: str) -> None:
    text = f"{name}{kind}自2月6日零时起实行全面{closed}管理,连续14天内无发热症状,{lift}"
    assert levels_of(text) == {"lifted": [name + kind]}, text


# ---------------------------------------------------------------------------------------------------
# designated earlier, moved in the same notice


def test_a_village_designated_earlier_and_lowered_now() -> None:
    text = ("2月27日,某市疫情防控指挥部发布通告:自2月10日0时起,长兴县龙泉乡春晓村划定为高风险地区,2月13日至今,"
            "已连续14天无新增本土确诊病例。经研究,2月28日0时起,将长兴县龙泉乡春晓村调整为低风险地区。")
    assert levels_of(text) == {"low": ["龙泉乡春晓村"]}


def test_designated_since_in_other_wordings() -> None:
    # 确定为, two places, one moved, 以来
    text = "自3月1日起,翠峰社区确定为中风险地区,3月2日以来,已连续14天无新增病例。现将翠峰社区调整为低风险地区。"
    assert levels_of(text) == {"low": ["翠峰社区"]}
    # full-width punctuation, a level lowered with its from
    text = "自4月2日起,阳光小区3号楼划定为高风险区,至今连续7天无新增感染者。现将阳光小区3号楼由高风险区调整为中风险区。"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"medium": ["阳光小区3号楼"]}


def test_a_designation_without_days_since_stays() -> None:
    # a place set and then another place moved: both are the notice's
    text = "将星峰小区由高风险区调整为低风险区。自即日起,将福瑞小区划定为高风险区,实行封控管理。"
    assert levels_of(text) == {"low": ["星峰小区"], "high": ["福瑞小区"]}


@settings(max_examples=40, deadline=None)
@given(_names, st.sampled_from([("高风险地区", "低风险地区", "low"), ("高风险区", "由高风险区调整为中风险区", "medium"),
                                 ("中风险地区", "低风险地区", "low")]))
def test_any_designation_moved_later(name: str, levels: tuple[str, str, str]) -> None:
    before, after, level = levels
    verb = "" if after.startswith("由") else "调整为"
    text = f"自2月10日0时起,{name}村划定为{before},已连续14天无新增病例。2月28日0时起,将{name}村{verb}{after}。"
    assert levels_of(text) == {level: [name + "村"]}, text
    text = f"自2月10日0时起,{name}村划定为{before},已连续14天无新增病例。"  # told alone: no change
    assert levels_of(text) == {}, text


# ---------------------------------------------------------------------------------------------------
# a whole division all at a level: a blanket


def test_a_whole_city_all_low_is_no_place() -> None:
    text = ("自2022年2月7日12时起 , 将某某市雅馨小区、嘉苑小区由中风险区调整为低风险区 。 "
            "截至目前 , 某某市均为低风险区 。")
    assert levels_of(text) == {"low": ["雅馨小区", "嘉苑小区"]}


def test_a_whole_division_all_at_a_level_in_other_wordings() -> None:
    assert levels_of("将春晓小区调整为低风险区。目前,金华区都为低风险区。") == {"low": ["春晓小区"]}
    assert levels_of("將春曉小區調整為低風險區。截至目前,全縣均為低風險區。") == {"low": ["春晓小区"]}
    assert levels_of("将锦绣家园调整为低风险区;调整后,龙城市全部为低风险区。") == {"low": ["锦绣家园"]}


@settings(max_examples=40, deadline=None)
@given(_names, st.sampled_from(["市", "区", "县"]), st.sampled_from(["均为", "都为", "全部为"]))
def test_any_whole_division_all_at_a_level(name: str, suffix: str, verb: str) -> None:
    text = f"将翠峰小区调整为低风险区。截至目前,{name}{suffix}{verb}低风险区。"
    assert levels_of(text) == {"low": ["翠峰小区"]}, text


# ---------------------------------------------------------------------------------------------------
# towns before one bracketed exception of the levels' areas: one place


def test_towns_before_a_bracketed_exception_are_one_place() -> None:
    text = ("关于调整某某县中高风险区的通告\n一、将金桥镇太平广场、星河KTV(长风路18号),龙泉镇山边社区调整为中风险区。\n"
            "二、将金桥镇、龙泉镇(除中高风险区外)调整为低风险区,同步取消金桥镇、龙泉镇(除中高风险区外)静默管理。")
    assert levels_of(text) == {"medium": ["金桥镇太平广场", "星河KTV(长风路18号)", "龙泉镇山边社区"],
                               "low": ["金桥镇、龙泉镇(除中高风险区外)"]}


def test_bracketed_exceptions_in_other_wordings() -> None:
    assert levels_of("将春晓街道、锦绣街道、翠峰镇(除封控区、管控区外)调整为防范区。") == {
        "precaution": ["春晓街道、锦绣街道、翠峰镇(除封控区、管控区外)"]}
    assert levels_of("將華陽鄉、福瑞鎮(除高風險區以外)調整為低風險區。") == {"low": ["华阳乡、福瑞镇(除高风险区以外)"]}
    # a named exception is the last town's own: the towns stay apart
    assert levels_of("将华阳乡、福瑞镇(除星峰村外)调整为低风险区。") == {"low": ["华阳乡", "福瑞镇(除星峰村外)"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(_names, min_size=2, max_size=4, unique=True), st.sampled_from(["镇", "乡", "街道"]),
       st.sampled_from(["除中高风险区外", "除高风险区以外", "除封控区、管控区外"]))
def test_any_towns_before_a_levels_exception(names: list[str], kind: str, exception: str) -> None:
    towns = "、".join(n + kind for n in names)
    text = f"将{towns}({exception})调整为低风险区。"
    assert levels_of(text) == {"low": [f"{towns}({exception})"]}, text


# ---------------------------------------------------------------------------------------------------
# a news report's areas drawn again


def test_areas_drawn_again_in_a_report() -> None:
    text = ("浙江某市重新划分封控、管控、防范区\n7日,据浙江某市官方微信公众号消息,"
            "当地重新划分封控区、管控区和防范区范围。"
            "将原定的封控区——该市龙城镇下陈自然村、某某机械厂调整为龙城镇金桥工业功能区,金桥村,前锦村下罗自然村、"
            "前罗自然村,塘里村翠峰自然村。\n管控区调整为龙城镇春晓村、龙城村、塘花村、后项村;防范区仍为龙城镇全域。\n"
            "当地封控区实行集中隔离措施。")
    assert levels_of(text) == {
        "sealed": ["龙城镇金桥工业功能区", "金桥村", "前锦村下罗自然村", "前罗自然村", "塘里村翠峰自然村"],
        "controlled": ["龙城镇春晓村", "龙城村", "塘花村", "后项村"], "precaution": ["龙城镇全域"]}


def test_areas_drawn_again_in_other_wordings() -> None:
    # traditional characters, 原 without 定, a colon
    assert levels_of("將原封控區:星峰小區調整為星峰小區3號樓,福瑞小區。") == {"sealed": ["星峰小区3号楼", "福瑞小区"]}
    # 变更为, full-width semicolons
    assert levels_of("管控区变更为华阳村、福瑞村;防范区依然为华阳镇全域。".translate(HALF_TO_FULL)) == {
        "controlled": ["华阳村", "福瑞村"], "precaution": ["华阳镇全域"]}
    # a level after the verb is a change of level, not an area drawn again
    assert levels_of("将锦绣小区封控区调整为管控区。") != {"controlled": []}


@settings(max_examples=40, deadline=None)
@given(st.lists(_names, min_size=1, max_size=4, unique=True),
       st.sampled_from([("封控区", "sealed"), ("管控区", "controlled"), ("防范区", "precaution")]),
       st.sampled_from(["调整为", "仍为", "变更为"]))
def test_any_area_drawn_again(names: list[str], level: tuple[str, str], verb: str) -> None:
    places = [n + "村" for n in names]
    text = f"当地重新划分风险区范围。{level[0]}{verb}{'、'.join(places)}。"
    assert levels_of(text) == {level[1]: places}, text


# ---------------------------------------------------------------------------------------------------
# the office's district: a city's two-character district, a long banner, a report quoting a city's channel


def test_the_district_of_a_city_s_two_character_district() -> None:
    text = ("阳泉市城区新冠肺炎疫情防控工作领导小组办公室通告\n我区新增高风险区1个。具体如下:\n"
            "一、新增高风险区(1个):\n上站街道金桃小区1号楼5单元\n")
    assert by_level(text) == {("high", "城区"): ["上站街道金桃小区1号楼5单元"]}
    # a city whose district it is not: no district
    text = text.replace("阳泉市", "南京市")
    assert by_level(text) == {("high", None): ["上站街道金桃小区1号楼5单元"]}


def test_the_district_of_a_long_banner() -> None:
    text = ("莫力达瓦达斡尔族自治旗新型冠状病毒感染的肺炎疫情防控工作指挥部第十二号通告\n"
            "锦绣小区自2月6日零时起实行全面封闭管理,连续14天无症状,现解除封闭。")
    assert by_level(text) == {("lifted", "莫力达瓦达斡尔族自治旗"): ["锦绣小区"]}


def test_a_report_quoting_a_county_level_city_s_channel() -> None:
    text = "7日,据浙江金华永康市官方微信公众号消息,当地重新划分风险区。管控区调整为华阳村、福瑞村。"
    assert by_level(text) == {("controlled", "永康市"): ["华阳村", "福瑞村"]}
