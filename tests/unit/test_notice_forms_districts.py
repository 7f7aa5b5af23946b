"""Districts in front of places and the wordings of the seventh held-out set that the lead fixed (issue 15):
every county-level district of mainland China is known by name (divisions.tsv), whatever its form; a
prefecture city is no district; parks a city runs as districts; "和" between two named places; areas
enclosed by roads; a level heading's list written as a sentence. Notices here are written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import by_level

_DIVISIONS = [line.split("\t") for line in (Path(__file__).resolve().parents[2] / "src" / "fangkong" / "areas"
                                             / "divisions.tsv").read_text(encoding="utf-8").splitlines()]
# Districts whose names the old rules distrusted: 营区 (barracks), 镇, 村, 园 inside, 园区 at the end.
_ODD = [d for _c, d in _DIVISIONS if len(d) >= 3 and any(w in d for w in ("营区", "镇", "村", "园", "矿区"))]
_STREETS = ["北极街道", "蛟川街道", "新安街道", "城关镇", "东风乡"]
_NAMES = ["森林里小区3号楼", "临江花园", "幸福家园2栋1单元", "鑫源公寓", "和平里社区"]


def test_the_division_list_is_whole() -> None:
    names = {d for _c, d in _DIVISIONS}
    assert len(names) > 2800
    assert {"船营区", "镇海区", "循环化工园区", "新郑市", "涉县", "天山区", "大渡口区"} <= names


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(_ODD), st.sampled_from(_STREETS), st.sampled_from(_NAMES), st.booleans())
def test_any_known_district_in_front_of_a_place_is_its_district(district: str, street: str, name: str,
                                                                with_city: bool) -> None:
    city = next(c for c, d in _DIVISIONS if d == district)
    front = f"{city}市{district}" if with_city and city else district
    text = f"自2022年8月14日13时起,将{front}{street}{name}调整为中风险区,其他区域风险等级不变。"
    assert by_level(text) == {("medium", district): [street + name]}, text


def test_a_prefecture_city_in_a_list_is_no_district() -> None:
    text = ("即日起,将新吴区梅村街道梅荆花苑、锡协路128号、无锡市国家高新技术产业开发区新锦路2号,"
            "新安街道干城路6号调整为高风险区。")
    assert by_level(text) == {("high", "新吴区"): [
        "梅村街道梅荆花苑", "锡协路128号", "无锡市国家高新技术产业开发区新锦路2号", "新安街道干城路6号"]}


def test_a_park_run_as_a_district_is_its_places_district() -> None:
    text = ("决定将长安区、循环化工园区部分区域划定为高风险区。\n高风险区:\n1.长安区建华街道星河小区\n"
            "2.循环化工园区石化二区小区5至9号楼")
    assert by_level(text) == {("high", "长安区"): ["建华街道星河小区"],
                              ("high", "循环化工园区"): ["石化二区小区5至9号楼"]}


def test_and_between_two_named_places_splits_them_but_not_inside_names() -> None:
    assert by_level("将镇海区蛟川街道的临江小区和宁波东海电子有限公司列为中风险地区。") == {
        ("medium", "镇海区"): ["蛟川街道的临江小区", "宁波东海电子有限公司"]}
    assert by_level("将鄞州区天天向上小区6号楼和7号楼、华城和瑞科技园调整为中风险区。") == {
        ("medium", "鄞州区"): ["天天向上小区6号楼和7号楼", "华城和瑞科技园"]}


def test_a_total_after_the_last_place_is_no_part_of_it() -> None:
    assert by_level("将滨江区漫寓公寓、新浦苑等两地调整为中风险地区。") == {
        ("medium", "滨江区"): ["漫寓公寓", "新浦苑"]}


def test_an_area_enclosed_by_roads_is_one_place_and_starts_at_its_street() -> None:
    text = ("将丰泽区城东街道东星社区、晋江市陈埭江滨南路、鞋都路、九十九溪围合的三角区域、陈埭镇庵上村"
            "由中风险地区调整为低风险地区。")
    assert by_level(text) == {("low", "丰泽区"): ["城东街道东星社区"],
                              ("low", "晋江市"): ["陈埭江滨南路、鞋都路、九十九溪围合的三角区域", "陈埭镇庵上村"]}
    text = "将顺义区李桥镇后桥村通顺路以东、兴桥街以西、前街以北之间的区域列为高风险区。"
    assert by_level(text) == {("high", "顺义区"): ["李桥镇后桥村通顺路以东、兴桥街以西、前街以北之间的区域"]}


def test_a_level_headings_list_written_as_a_sentence() -> None:
    text = ("关于划定风险区域的通告\n具体情况通告如下:\n(一)封控区\n划定三友饭店、幸福里小区部分单元为封控区,"
            "封控区内实行封闭隔离、足不出户管控措施。\n(二)管控区\n划定京广国际北门附近区域为管控区。管控区内人员足不出区。\n"
            "二、封控区:自3月2日0时起,划定近海街道兴顺工贸;靖和街道山城B区44栋2单元为封控区。封控区内实行区域封闭。")
    found = {p for places in by_level(text).values() for p in places}
    assert found == {"三友饭店", "幸福里小区部分单元", "京广国际北门附近区域", "近海街道兴顺工贸",
                     "靖和街道山城B区44栋2单元"}
    assert not any(p.startswith(("划定", "自")) or p.endswith("封控区") for p in found)


def test_a_compound_named_small_town_keeps_its_town_and_the_rest_of_a_district_is_no_place() -> None:
    text = ("关于划定封控区、管控区、防范区的通告\n封控区\n(一)长堎镇:西街锦宸小区、莱卡小镇、幸福里小区。\n"
            "防范区\n新建区(除封控区、管控区以外)区域。")
    assert by_level(text) == {("sealed", None): ["长堎镇西街锦宸小区", "长堎镇莱卡小镇", "长堎镇幸福里小区"]}


def test_an_area_grown_to_a_town_takes_the_level() -> None:
    text = "1.将划定的高风险地区(同安区新民镇乌涂社区、新民镇柑岭村)范围扩大至同安区新民镇。"
    assert by_level(text) == {("high", "同安区"): ["新民镇"]}
    text = "将金川区中风险区范围扩大至北京路街道全域,其他区域风险等级不变。"
    assert by_level(text) == {("medium", "金川区"): ["北京路街道全域"]}


def test_a_town_named_like_its_county_is_no_district() -> None:
    """"古县镇" is a town, though 古县 is a county: a district is followed by a name, not by 镇."""
    assert by_level("自即日起,将古县古县镇下古县村调整为中风险区。") == {("medium", "古县"): ["古县镇下古县村"]}


def test_the_rest_of_two_districts_is_no_place() -> None:
    text = ("一、高风险区:桥东区铁路宿舍、胜利家园;鹿泉区铜冶镇永壁东街。\n"
            "二、低风险区:桥东区、鹿泉区除上述点位以外的其他区域。")
    assert by_level(text) == {("high", "桥东区"): ["铁路宿舍", "胜利家园"], ("high", "鹿泉区"): ["铜冶镇永壁东街"]}


def test_a_numbered_street_heading_over_items_that_repeat_it_is_no_place() -> None:
    text = ("关于调整部分风险区域的通告\n一、自11月28日0时起,以下高风险区调整为低风险区\n"
            "(一)荔城街\n荔城街顺和家园工人宿舍。\n(二)新塘镇\n1.新塘镇凯悦酒店。\n2.新塘镇星图建筑工人宿舍。")
    assert by_level(text) == {("low", None): ["荔城街顺和家园工人宿舍", "新塘镇凯悦酒店", "新塘镇星图建筑工人宿舍"]}


def test_a_news_headline_restating_the_notice_adds_no_place() -> None:
    text = ("河北省调整相关区域疫情风险等级 8日起石家庄藁城全域调整为中风险地区\n"
            "人民网石家庄2月7日电 根据有关工作要求,自2021年2月8日起,将石家庄藁城区全域调整为中风险地区,"
            "石家庄新乐市全域调整为低风险地区。")
    # (a whole district is listed as itself, not as "全域": the corpus README's convention, 57's correction)
    assert by_level(text) == {("medium", "藁城区"): ["藁城区"], ("low", "新乐市"): ["新乐市"]}


def test_a_measure_named_for_places_is_their_level() -> None:
    """2022 wording before 封控区/管控区 were the terms: "对A实行封控管理", "对以下区域实施临时管控:"."""
    assert by_level("即日起,对小店区金华苑小区、龙城苑实行封控管理。") == {
        ("sealed", "小店区"): ["金华苑小区", "龙城苑"]}
    assert by_level("自12月1日起,对以下区域实施临时管控:迎泽区春晓家园、五一宾馆。") == {
        ("controlled", "迎泽区"): ["春晓家园", "五一宾馆"]}
    assert by_level("封控区内实行封闭管理,对上述区域实行封控管理。") == {}


@pytest.mark.parametrize(("start", "effective"), [
    ("自2022年12月3日12时整起", "2022-12-03T12:00:00"), ("2022年12月3日18时30分起", "2022-12-03T18:30:00"),
    ("12月3日下午6点起", "2022-12-03T18:00:00"), ("自2022年12月3日零时起", "2022-12-03T00:00:00"),
    ("12月2日24时起", "2022-12-03T00:00:00")])
def test_the_moment_a_notice_takes_effect(start: str, effective: str) -> None:
    result = parse_notice(f"{start},将小店区金华苑小区调整为高风险区。", default_year=2022)
    assert result["effective"] == effective


def test_qian_in_names_is_kept_through_the_traditional_conversion() -> None:
    # t2s writes 干 for 乾 after some characters ("乾县" → "干县", "大乾村" → "大干村"); names keep 乾
    for text in ("咸阳市乾县新冠肺炎疫情防控指挥部通告\n将大乾村划定为高风险区。",
                 "咸陽市乾縣新冠肺炎疫情防控指揮部通告\n將大乾村劃定為高風險區。"):
        [(level, district)] = by_level(text)
        assert (level, district.removeprefix("咸阳市")) == ("high", "乾县")
        assert by_level(text)[(level, district)] == ["大乾村"]


@pytest.mark.parametrize("front", ["据", "根据", "来自", "据山西省"])
@pytest.mark.parametrize("county", ["夏县", "平陆县", "闻喜县"])
def test_a_county_named_after_a_reports_据_is_the_county_not_the_phrase(front: str, county: str) -> None:
    # (a county of two characters too: the known name ending at 县 wins over a longer run shaped like one)
    text = f"{front}{county}新冠肺炎疫情防控指挥部消息,全县实行临时静默管理,我县居民足不出户。"
    assert {(c["level_to"], c["district"]) for c in parse_notice(text, fallback=False)["changes"]} \
        == {("silent", county)}
