"""Forms of the fifty-sixth held-out set (莆田, 仙游县): a town's label with the count of its villages and communities
in brackets before its colon ("1.枫亭镇(6个村居):A社区、B村。", "6.郊尾镇(2个村):C村、D村。"), the town joined to
each of its places as an uncounted town label is; and a sentence naming the county again before each town's group
("将仙游县鲤城街道A小区、B二期,仙游县鲤南镇C华府B区、D新天地列为中风险地区"): the county per group, not per
place, so the 、 separate places. Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    PROVINCES,
    by_level,
    in_traditional,
    invented_names,
)


def _plain(name: str) -> bool:
    return not any(name.startswith(p) or p.startswith(name) for p in (*PROVINCES, *PREFECTURE_CITIES))


# --- a town's label with its count of villages ------------------------------------------------------------

_LEAD = ("经仙游县新冠肺炎疫情防控工作指挥部研究,对仙游县部分社区防控区域等级进行调整,现通告如下:\n"
         "将以下区域调整为防范区,严格落实防范区各项防控措施,具体如下:\n")
_TAIL = "全县其他封控、管控区域保持不变,社区防控措施按原通告执行。\n本通告自发布之时起施行。"
_TOWNS = "1.枫亭镇(3个村居):兰友社区、溪北村、东宅村。\n2.郊尾镇(2个村):三埔村、新和村。\n3.度尾镇度峰社区。\n"
_TOWN_PLACES = ["枫亭镇兰友社区", "枫亭镇溪北村", "枫亭镇东宅村", "郊尾镇三埔村", "郊尾镇新和村", "度尾镇度峰社区"]


def test_a_towns_count_of_villages_before_its_colon_is_no_part_of_its_places() -> None:
    assert by_level(_LEAD + _TOWNS + _TAIL) == {("precaution", "仙游县"): _TOWN_PLACES}


def test_town_count_variants_streets_numerals_no_brackets_traditional_and_full_width() -> None:
    streets = _LEAD + "1.鲤城街道(2个社区):洪桥社区、城内社区。\n2.赖店镇(1个村):土山村。\n" + _TAIL
    assert by_level(streets) == {("precaution", "仙游县"): ["鲤城街道洪桥社区", "鲤城街道城内社区", "赖店镇土山村"]}
    numerals = _LEAD + "一、枫亭镇(三个村居):兰友社区、溪北村、东宅村。\n二、郊尾镇(两个村):三埔村、新和村。\n" + _TAIL
    assert by_level(numerals) == {("precaution", "仙游县"): _TOWN_PLACES[:5]}
    unbracketed = _LEAD + "1.枫亭镇3个村居:兰友社区、溪北村、东宅村。\n" + _TAIL
    assert by_level(unbracketed) == {("precaution", "仙游县"): _TOWN_PLACES[:3]}
    # the town's heading on its own line with its count, over numbered villages
    heading = _LEAD + "枫亭镇(2个村居)\n1.兰友社区\n2.溪北村\n" + _TAIL
    assert by_level(heading) == {("precaution", "仙游县"): ["枫亭镇兰友社区", "枫亭镇溪北村"]}
    assert by_level(in_traditional(_LEAD + _TOWNS + _TAIL)) == {("precaution", "仙游县"): _TOWN_PLACES}
    assert by_level((_LEAD + _TOWNS + _TAIL).translate(HALF_TO_FULL)) == {("precaution", "仙游县"): _TOWN_PLACES}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=5, unique=True),
       st.sampled_from(["村居", "村", "社区", "行政村"]), st.sampled_from(["镇", "街道", "乡"]))
def test_any_towns_counted_villages_are_joined_to_the_town(county: str, town: str, names: list[str], kind: str,
                                                          town_kind: str) -> None:
    assume(_plain(county) and _plain(town) and county != town)
    assume(all(_plain(name) and name not in (county, town) for name in names))
    villages = [f"{name}{'社区' if k % 2 else '村'}" for k, name in enumerate(names)]
    text = (f"经{county}县指挥部研究,对{county}县部分区域等级进行调整,现通告如下:\n将以下区域调整为防范区,具体如下:\n"
            f"1.{town}{town_kind}({len(villages)}个{kind}):" + "、".join(villages) + "。\n" + _TAIL)
    assert by_level(text) == {("precaution", f"{county}县"): [f"{town}{town_kind}{v}" for v in villages]}, text


def test_near_misses_of_a_towns_count_are_not_changed() -> None:
    # a compound's count of its buildings is no town's label: the item stays as it was read
    compound = _LEAD + "1.金华小区(3个楼栋):1号楼、2号楼、3号楼。\n" + _TAIL
    assert by_level(compound) == {("precaution", "仙游县"): ["金华小区(3个楼栋):1号楼、2号楼、3号楼"]}
    # a count of villages in a sentence is no label
    assert by_level("将枫亭镇兰友村、溪北村等2个村调整为防范区。") == {("precaution", None): ["枫亭镇兰友村", "溪北村"]}


# --- the county written again before each town's group ------------------------------------------------------

_GROUPS = ("莆田市应对新冠肺炎疫情工作指挥部第3号通告\n经专家研判,自2022年3月20日11时起,将仙游县鲤城街道鲤中小区、"
           "香港财富二期、城内社区三宫巷21号,仙游县鲤南镇天博华府B区、兰溪新天地,仙游县大济镇龙坂村绿阳生态采摘园"
           "列为中风险地区。\n")
_GROUP_PLACES = ["鲤城街道鲤中小区", "香港财富二期", "城内社区三宫巷21号", "鲤南镇天博华府B区", "兰溪新天地",
                 "大济镇龙坂村绿阳生态采摘园"]


def test_a_county_written_before_each_towns_group_leaves_the_places_split_at_their_commas() -> None:
    assert by_level(_GROUPS) == {("medium", "仙游县"): _GROUP_PLACES}


def test_county_per_town_group_variants() -> None:
    text = "将秀屿区笏石镇金华小区、长风花园,秀屿区东庄镇星河村,秀屿区月塘镇瑞康公寓、锦绣家园划为管控区。"
    assert by_level(text) == {("controlled", "秀屿区"): ["笏石镇金华小区", "长风花园", "东庄镇星河村",
                                                        "月塘镇瑞康公寓", "锦绣家园"]}
    semicolons = "将仙游县鲤城街道鲤中小区、香港财富二期;仙游县鲤南镇天博华府B区、兰溪新天地列为中风险地区。"
    assert by_level(semicolons) == {("medium", "仙游县"): ["鲤城街道鲤中小区", "香港财富二期", "鲤南镇天博华府B区",
                                                       "兰溪新天地"]}
    assert by_level(in_traditional(_GROUPS)) == {("medium", "仙游县"): _GROUP_PLACES}
    assert by_level(_GROUPS.translate(HALF_TO_FULL)) == {("medium", "仙游县"): _GROUP_PLACES}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES),
       st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=3, unique=True),
       st.lists(invented_names(PLAIN_SYLLABLES), min_size=3, max_size=6, unique=True),
       st.sampled_from(["镇", "街道"]))
def test_any_county_written_per_town_group_splits_each_group(county: str, towns: list[str], names: list[str],
                                                             town_kind: str) -> None:
    assume(_plain(county) and all(_plain(t) and t != county for t in towns))
    assume(all(_plain(n) and n != county and n not in towns for n in names))
    # the places of each town: the first names the town, the rest after 、 do not
    groups = [names[k::len(towns)] for k in range(len(towns))]
    assume(all(groups))
    places = [f"{t}{town_kind}{g[0]}小区" if i == 0 else f"{name}花园" for t, g in zip(towns, groups, strict=True)
              for i, name in enumerate(g)]
    obj = ",".join(f"{county}县{t}{town_kind}{g[0]}小区" + "".join(f"、{name}花园" for name in g[1:])
                   for t, g in zip(towns, groups, strict=True))
    text = f"经专家研判,自2022年3月20日11时起,将{obj}列为中风险地区。"
    assert by_level(text) == {("medium", f"{county}县"): places}, text


def test_near_misses_of_county_per_town_group_are_not_changed() -> None:
    # the same street written again item after item: one place per item, its 、 joining parts
    street = ("将仙游县鲤城街道金华小区、长风花园,仙游县鲤城街道星河公寓划为管控区。")
    assert by_level(street) == {("controlled", "仙游县"): ["鲤城街道金华小区、长风花园", "鲤城街道星河公寓"]}
    # bare parts after 、: buildings and lettered parts of one place
    bare = "将秀屿区笏石镇金华小区1号楼、2号楼,秀屿区东庄镇星河村调整为中风险区。"
    assert by_level(bare) == {("medium", "秀屿区"): ["笏石镇金华小区1号楼、2号楼", "东庄镇星河村"]}
    lettered = "将安定区凤翔镇福台村安置点A区、B区、C区,安定区永定路街道恒正华府B区划分为中风险区。"
    assert by_level(lettered) == {("medium", "安定区"): ["凤翔镇福台村安置点A区、B区、C区", "永定路街道恒正华府B区"]}
    # an area's bounds after 、: one area
    bound = "将太康县城关镇建设路以西、交通路以南合围地区;太康县老冢镇星河村调整为低风险区。"
    assert by_level(bound) == {("low", "太康县"): ["城关镇建设路以西、交通路以南合围地区", "老冢镇星河村"]}
