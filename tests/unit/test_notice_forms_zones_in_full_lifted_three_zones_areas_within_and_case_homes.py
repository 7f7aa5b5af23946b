"""Forms of the forty-fifth held-out set: a development zone written short in the title ("A经开区关于…") and in
full with its city in the office or signature ("A经济技术开发区…领导小组"), named in full; a news headline that
opens with the hour a change starts ("5月3日12时起,A县调整“三区”管控范围"); a lift of several places' three zones
("解除A小区、B花园、C村三区管控措施") and of a temporary closure ("…临时封闭管控措施"); an area inside a place told
by what stands in it after 中 and a comma ("A小区东区中,1-9幢所在的南面区域"); the case's home before a place in a
designation clause ("病例居住地A小区1幢划定为封控区"); a compound's numbered sections listed with 、 ("A项目三区南区
工人生活区、三区管理人员生活区"), its staff's quarters a place; a development zone written on one clause not carried
to the next clause's own subject. Notices here are written for the tests."""

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

# --- a development zone written short and in full ------------------------------------------------------------


def _zone_notice(short: str, full: str, place: str = "凤鸣街道青禾小区") -> str:
    return (f"{short}关于解除部分区域临时管控的通告\n根据有关规定,经研究,决定自5月1日6时起,解除{place}临时管控措施。\n"
            f"{full}新型冠状病毒肺炎疫情防控工作领导小组\n2022年5月1日")


def test_a_zone_written_short_in_the_title_is_named_in_full_from_its_signature() -> None:
    assert by_level(_zone_notice("湖州经开区", "湖州经济技术开发区")) == {
        ("lifted", "湖州经济技术开发区"): ["凤鸣街道青禾小区"]}
    # (another city's zone named in full is not this zone)
    text = _zone_notice("湖州经开区", "湖州经开区") + "\n参照嘉兴经济技术开发区做法执行。"
    assert list(by_level(text)) == [("lifted", "湖州经开区")]
    # (two zones of that kind written in full: no telling which)
    text = _zone_notice("经开区", "湖州经济技术开发区") + "\n参照嘉兴经济技术开发区做法执行。"
    assert ("lifted", "湖州经济技术开发区") not in by_level(text)


def test_zone_in_full_variants() -> None:
    # a high-tech zone written short, its office in full
    assert by_level(_zone_notice("绍兴高新区", "绍兴高新技术产业开发区")) == {
        ("lifted", "绍兴高新技术产业开发区"): ["凤鸣街道青禾小区"]}
    # the office in full in the lead, the signature cut
    text = ("衢州经开区关于解除临时封控的通告\n衢州经济技术开发区新型冠状病毒肺炎疫情防控工作领导小组发布通告:"
            "自5月2日24时起,解除翠湖街道金桂苑临时封控措施。")
    assert by_level(text) == {("lifted", "衢州经济技术开发区"): ["翠湖街道金桂苑"]}


def test_zone_in_full_in_traditional_and_full_width() -> None:
    text = in_traditional(_zone_notice("湖州经开区", "湖州经济技术开发区"))
    assert by_level(text) == {("lifted", "湖州经济技术开发区"): ["凤鸣街道青禾小区"]}
    text = _zone_notice("湖州经开区", "湖州经济技术开发区").translate(HALF_TO_FULL)
    assert by_level(text) == {("lifted", "湖州经济技术开发区"): ["凤鸣街道青禾小区"]}


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["湖州", "丽水", "金华", "台州"]),
       st.sampled_from([("经开区", "经济技术开发区"), ("高新区", "高新技术产业开发区")]))
def test_any_zone_written_short_takes_its_full_name(name: str, city: str, kinds: tuple[str, str]) -> None:
    text = _zone_notice(city + kinds[0], city + kinds[1], f"凤鸣街道{name}小区")
    assert by_level(text) == {("lifted", city + kinds[1]): [f"凤鸣街道{name}小区"]}


# --- a headline that opens with the hour the change starts ---------------------------------------------------

_ADJUSTED = "根据有关规定,经专家组研判,决定调整“三区”管控范围,具体如下:\n封控区:南峰街道青禾小区3幢;翠湖路5号。"


def test_a_headline_opening_with_its_start_hour_names_the_county() -> None:
    text = "5月3日12时起,仙居县调整“三区”管控范围\n" + _ADJUSTED
    assert by_level(text) == {("sealed", "仙居县"): ["南峰街道青禾小区3幢", "翠湖路5号"]}
    # ("5月3日12时起,全县…": no county's name after the hour)
    text = "5月3日12时起,全县调整“三区”管控范围\n" + _ADJUSTED
    assert list(by_level(text)) == [("sealed", None)]


def test_headline_start_variants() -> None:
    for head in ("2022年5月3日起,仙居县调整“三区”管控范围", "5月3日12时30分起,仙居县调整“三区”管控范围",
                 "5月3日8点开始,仙居县调整“三区”管控范围"):
        assert list(by_level(head + "\n" + _ADJUSTED)) == [("sealed", "仙居县")], head


def test_headline_start_in_traditional_and_full_width() -> None:
    text = in_traditional("5月3日12时起,仙居县调整“三区”管控范围\n" + _ADJUSTED)
    assert list(by_level(text)) == [("sealed", "仙居县")]
    text = ("5月3日12时起,仙居县调整“三区”管控范围\n" + _ADJUSTED).translate(HALF_TO_FULL)
    assert list(by_level(text)) == [("sealed", "仙居县")]


# --- a lift of several places' three zones, and of a temporary closure ----------------------------------------


def test_the_three_zones_of_listed_places_are_lifted_with_the_places() -> None:
    text = "决定于5月8日零时起,解除东湖街道青禾小区、乔司街道金桂花园、崇贤街道翠湖村三区管控措施,恢复常态化疫情防控。"
    assert levels_of(text) == {"lifted": ["东湖街道青禾小区", "乔司街道金桂花园", "崇贤街道翠湖村"]}
    # (the market's sections listed: 三区 is its third; one estate alone may have a third section)
    assert levels_of("决定解除青禾小区一区、二区、三区管控措施。") == {"lifted": ["青禾小区一区、二区、三区"]}
    assert levels_of("决定解除南峰街道青禾小区三区管控措施。") == {"lifted": ["南峰街道青禾小区三区"]}


def test_three_zones_variants() -> None:
    assert levels_of("决定解除南峰街道青禾小区、翠湖村“三区”管控措施。") == {"lifted": ["南峰街道青禾小区", "翠湖村"]}
    assert levels_of("决定解除南峰街道青禾小区、翠湖村的三区管控措施。") == {"lifted": ["南峰街道青禾小区", "翠湖村"]}
    assert levels_of("决定解除金桂苑、青禾家园、翠湖村三区封控措施。") == {"lifted": ["金桂苑", "青禾家园", "翠湖村"]}


def test_three_zones_in_traditional_and_full_width() -> None:
    text = in_traditional("决定解除東湖街道青禾小区、崇贤街道翠湖村三区管控措施。")
    assert levels_of(text) == {"lifted": ["东湖街道青禾小区", "崇贤街道翠湖村"]}
    text = "决定解除南峰街道青禾小区、翠湖村三区管控措施,恢复常态化疫情防控。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["南峰街道青禾小区", "翠湖村"]}


def test_a_temporary_closures_lift() -> None:
    text = "自9月30日24时起,解除青禾市场一区、二区及沿街商铺临时封闭管控措施,解除金桂公寓、翠湖家园临时管控措施。"
    assert levels_of(text) == {"lifted": ["青禾市场一区、二区及沿街商铺", "金桂公寓", "翠湖家园"]}
    assert levels_of("决定解除南峰街道青禾小区封闭管控措施。") == {"lifted": ["南峰街道青禾小区"]}
    text = in_traditional("自9月30日24時起,解除青禾市場一區、二區及沿街商鋪臨時封閉管控措施。")
    assert levels_of(text) == {"lifted": ["青禾市场一区、二区及沿街商铺"]}
    text = "自9月30日24时起,解除金桂农贸市场临时封闭管控措施。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["金桂农贸市场"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=4, unique=True),
       st.sampled_from(["小区", "花园", "村", "家园"]), st.sampled_from(["三区", "“三区”"]))
def test_any_places_three_zones_lifted(names: list[str], kind: str, zones: str) -> None:
    places = [f"南峰街道{name}{kind}" for name in names]
    assert levels_of(f"决定解除{'、'.join(places)}{zones}管控措施。") == {"lifted": places}


# --- an area inside a place after 中 and a comma --------------------------------------------------------------

_LIFTS = "决定解除管控措施,具体通告如下:\n一、解除以下封控区南峰街道青禾小区东区1幢。\n二、解除以下防范区"


def test_an_area_inside_a_place_told_by_what_stands_in_it_is_one_place() -> None:
    area = "南峰街道青禾小区东区中,1-9幢共9幢楼所在的南面区域(以青禾小区中部绿化带为上界)"
    assert levels_of(_LIFTS + area + "。") == {"lifted": ["南峰街道青禾小区东区1幢", area]}
    # ("A广场中心,B小区": 中心 is a name's end, and the piece after it names no area standing in it)
    text = _LIFTS + "金桂花园中,翠湖小区。"
    assert levels_of(text)["lifted"][-2:] == ["金桂花园中", "翠湖小区"]


def test_area_within_variants() -> None:
    for area in ("南峰街道金桂花园内,3-5幢所在的北面区域", "翠湖村中,6组所在的片区", "青禾小区西区中,2幢所在范围"):
        assert levels_of(_LIFTS + area + "。")["lifted"][-1] == area, area
    text = "甲县关于解除管控措施的通告\n决定解除南峰街道金桂花园中,1-5幢所在的北面区域管控措施。"
    assert levels_of(text) == {"lifted": ["南峰街道金桂花园中,1-5幢所在的北面区域"]}


def test_area_within_in_traditional_and_full_width() -> None:
    area = "南峰街道青禾小區東區中,1-9幢所在的南面區域"
    assert levels_of(in_traditional(_LIFTS) + area + "。")["lifted"][-1] == "南峰街道青禾小区东区中,1-9幢所在的南面区域"
    text = (_LIFTS + "南峰街道金桂花园中,3幢所在的区域。").translate(HALF_TO_FULL)
    assert levels_of(text)["lifted"][-1] == "南峰街道金桂花园中,3幢所在的区域"


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["小区东区", "花园", "村", "家园西区"]),
       st.integers(1, 9), st.sampled_from(["南面区域", "区域", "片区"]))
def test_any_area_inside_a_place(name: str, kind: str, n: int, area: str) -> None:
    place = f"南峰街道{name}{kind}中,1-{n + 1}幢所在的{area}"
    assert levels_of(_LIFTS + place + "。")["lifted"][-1] == place


# --- a designation clause's case home, a compound's numbered sections, a zone not carried -----------------------

_CLAUSES = ("杭州市临平区新冠肺炎疫情防控指挥部通告\n4月11日13时,新增1例无症状感染者。经专家研判,{sealed}划定为封控区;"
            "{controlled}划定为管控区;{bounded}划定为防范区。现通告如下:\n一、封控区实行足不出户。")


def test_a_case_home_before_a_place_and_a_compounds_sections() -> None:
    text = _CLAUSES.format(sealed="病例居住地开发区金桂安置房二期项目三区南区工人生活区、三区管理人员生活区",
                           controlled="开发区金桂安置房二期项目三区北区工人生活区、三区南区工地",
                           bounded="青禾路—翠湖路—金桂河合围区域(除封控区和管控区外)")
    assert levels_of(text) == {
        "sealed": ["开发区金桂安置房二期项目三区南区工人生活区、三区管理人员生活区"],
        "controlled": ["开发区金桂安置房二期项目三区北区工人生活区、三区南区工地"],
        "precaution": ["青禾路—翠湖路—金桂河合围区域(除封控区和管控区外)"]}
    # (the case's home named in a sentence on what was done there; the staff's measures)
    text = ("甲乙区关于划定管控区的通告\n病例居住地均已完成消杀。对项目管理人员实行闭环管理。\n"
            "封控区:青禾小区3幢。")
    assert levels_of(text) == {"sealed": ["青禾小区3幢"]}


def test_case_home_and_sections_variants() -> None:
    text = _CLAUSES.format(sealed="确诊病例居住地青禾小区3幢", controlled="青禾小区", bounded="翠湖路以东区域")
    assert levels_of(text)["sealed"] == ["青禾小区3幢"]
    text = _CLAUSES.format(sealed="感染者的住所翠湖村5组", controlled="翠湖村", bounded="金桂路以北区域")
    assert levels_of(text)["sealed"] == ["翠湖村5组"]
    text = _CLAUSES.format(sealed="青禾花园二期1幢、二期管理人员宿舍", controlled="青禾花园二期",
                           bounded="翠湖路以东区域")
    assert levels_of(text)["sealed"] == ["青禾花园二期1幢、二期管理人员宿舍"]


def test_case_home_in_traditional_and_full_width() -> None:
    text = in_traditional(_CLAUSES.format(sealed="病例居住地青禾小区3幢", controlled="青禾小区",
                                          bounded="翠湖路以东区域"))
    assert levels_of(text)["sealed"] == ["青禾小区3幢"]
    text = _CLAUSES.format(sealed="病例居住地金桂项目一区工人宿舍、一区食堂", controlled="金桂项目一区",
                           bounded="翠湖路以东区域").translate(HALF_TO_FULL)
    assert levels_of(text)["sealed"] == ["金桂项目一区工人宿舍、一区食堂"]


def test_a_zone_written_on_one_clause_is_not_carried_to_the_next_clauses_subject() -> None:
    text = _CLAUSES.format(sealed="开发区青禾小区3幢", controlled="开发区青禾小区", bounded="翠湖路—金桂路合围区域")
    assert levels_of(text)["precaution"] == ["翠湖路—金桂路合围区域"]


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["一", "二", "三", "2"]),
       st.sampled_from(["工人生活区", "管理人员生活区", "食堂", "工地"]))
def test_any_compounds_sections_with_a_case_home(name: str, n: str, part: str) -> None:
    sealed = f"{name}安置房项目{n}区南区工人生活区、{n}区{part}"
    text = _CLAUSES.format(sealed="病例居住地" + sealed, controlled=f"{name}安置房项目", bounded="翠湖路以东区域")
    assert levels_of(text)["sealed"] == [sealed]
