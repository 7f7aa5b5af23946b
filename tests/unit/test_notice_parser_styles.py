"""More notice styles seen in 2022 (written here in the style, with invented or rearranged places):
three-zone lists of April 2022, areas written as their bounds, "除…以外的其他区域", comma lists
with sub-place runs, traditional characters, another city's sentence style."""

from __future__ import annotations

from fangkong.areas.parser import parse_notice

APRIL_THREE_ZONES = """太原市新型冠状病毒肺炎疫情防控工作领导小组办公室通告
(2022年第51号)
关于我市调整封控区、管控区、防范区的通告
经省、市专家研判,自2022年4月18日5:00起,我市对封控区、管控区和防范区进行动态调整,现将调整后的名单通告如下:
一、封控区
(一)小店区
岗头村、东峰村、君泰中央公园A区1号楼、星河湾3号园27幢。
(二)杏花岭区
精营西边街以东、精营中横街以南、精营西二道街以西、精营南横街以北区域。
(三)清徐县
1.孟封镇:孟封村、西堡村;
2.西谷乡:西谷村、东木庄村。
封控区内全体人员实行“区域封闭、足不出户、服务上门”管理措施。
二、管控区
(一)小店区
丽泽佳苑东区全域、黄陵街道(太原机场除外)。
(二)晋源区
姚村镇全域(除姚村镇博涵烟酒特产店、姚村红楼肉食店外)。
管控区内全体人员实行“人不出区、严禁聚集”管理措施。
三、防范区
除封控区、管控区以外的其他区域。
太原市疫情防控领导小组办公室
2022年4月18日
"""


def test_three_zone_list_with_bounded_blocks_and_towns() -> None:
    result = parse_notice(APRIL_THREE_ZONES)
    assert result["number"] == "2022年第51号"
    assert result["effective"] == "2022-04-18T05:00:00"
    by = {(c["level_to"], c["district"]): c["places"] for c in result["changes"]}
    assert by[("sealed", "小店区")] == ["岗头村", "东峰村", "君泰中央公园A区1号楼", "星河湾3号园27幢"]
    # An area written as its four bounds is one area, not four places.
    assert by[("sealed", "杏花岭区")] == ["精营西边街以东、精营中横街以南、精营西二道街以西、精营南横街以北区域"]
    assert by[("sealed", "清徐县")] == ["孟封镇孟封村", "孟封镇西堡村", "西谷乡西谷村", "西谷乡东木庄村"]
    assert by[("controlled", "小店区")] == ["丽泽佳苑东区全域", "黄陵街道(太原机场除外)"]
    assert by[("controlled", "晋源区")] == ["姚村镇全域(除姚村镇博涵烟酒特产店、姚村红楼肉食店外)"]
    # "The rest of the city" is not a place.
    assert all("除封控区" not in p for places in by.values() for p in places)
    assert not any(c["level_to"] == "precaution" and c["places"] for c in result["changes"])


COMMA_LIST = """太原市新型冠状病毒肺炎疫情防控工作领导小组办公室通告
(2022年第185号)
关于我市调整高风险区的通告
根据国务院联防联控机制优化疫情防控工作二十条措施,经专家组研判,即日起我市新增高风险区6个,调整为低风险区2个。具体为:
一、新增高风险区
小店区(4个):温家堡小区,煤干院小区18、19号院,北张住宅小区C区4号楼、5号楼,太航小区华联超市。
杏花岭区(2个):新建路151号旱西门小区(7号楼、8号楼),桃园北路193号6号楼。
二、调整为低风险区
迎泽区(2个):老军营小区北区7号楼,林业厅宿舍24号楼2单元。
太原市疫情防控领导小组办公室
2022年11月26日
"""


def test_comma_lists_keep_runs_inside_one_place() -> None:
    result = parse_notice(COMMA_LIST)
    assert result["warnings"] == []
    high = {c["district"]: c["places"] for c in result["changes"] if c["level_to"] == "high"}
    assert high["小店区"] == ["温家堡小区", "煤干院小区18、19号院", "北张住宅小区C区4号楼、5号楼", "太航小区华联超市"]
    assert high["杏花岭区"] == ["新建路151号旱西门小区(7号楼、8号楼)", "桃园北路193号6号楼"]
    low = [c for c in result["changes"] if c["level_to"] == "low"]
    assert low[0]["action"] == "downgrade" and low[0]["stated_count"] == 2


TRADITIONAL = """太原市疫情防控領導小組辦公室通告
(2022年第46號)
關於我市新增封控區、管控區的通告
現將我市新增封控區、管控區名單通告如下:
一、封控區
(一)晉源區
晉源區姚村鎮博涵煙酒特產店、姚村紅樓肉食店。
二、管控區
(一)陽曲縣
黃寨鎮北留村、大樹坪村。
本通告自2022年4月15日起執行。
太原市疫情防控領導小組辦公室
2022年4月15日
"""


def test_traditional_characters_come_out_simplified() -> None:
    result = parse_notice(TRADITIONAL)
    assert result["number"] == "2022年第46号"
    assert result["effective"] == "2022-04-15"
    by = {(c["level_to"], c["district"]): c["places"] for c in result["changes"]}
    assert by[("sealed", "晋源区")] == ["姚村镇博涵烟酒特产店", "姚村红楼肉食店"]  # the district is not repeated
    assert by[("controlled", "阳曲县")] == ["黄寨镇北留村", "大树坪村"]


OTHER_CITY = """关于海珠区部分区域风险等级调整的通告
根据疫情防控需要,经专家研判,自2022年11月30日12时起,将海珠区凤阳街康乐村、鹭江村划定为高风险区;
将以下区域由高风险区调整为低风险区:南洲街东风村、瑞宝街瑞宝村(瑞宝南约除外)。
广州市海珠区新冠肺炎疫情防控指挥部
2022年11月30日
"""


def test_sentence_style_of_another_city() -> None:
    result = parse_notice(OTHER_CITY)
    assert result["effective"] == "2022-11-30T12:00:00"
    changes = {(c["action"], c["level_to"]): c for c in result["changes"]}
    high = changes[("set", "high")]  # "划定为": set the level, whatever it was
    assert high["district"] == "海珠区"
    assert [p.replace("海珠区", "") for p in high["places"]] == ["凤阳街康乐村", "鹭江村"]
    low = changes[("downgrade", "low")]
    assert low["level_from"] == "high"
    assert low["places"] == ["南洲街东风村", "瑞宝街瑞宝村(瑞宝南约除外)"]
