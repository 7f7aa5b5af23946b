"""Forms of the nineteenth held-out set, each in variants written here (invented places, the wording of the real
forms): moves whose levels are each written with 管理 after them ("由封控区管理调整为管控区管理"); a lift whose
list of counties is preceded by the condition they meet, a clause ending in 的 ("对于本轮未出现阳性感染者,…的
A县、B县等2个县,全域解除管控"); "the only one" before a level's label ("仅有的1个高风险市县为A"); a page holding
two notices, the second's places in the district its own title names; and 及 before the last item of a list
joining two places of village rank or above ("A镇全域、B街道C村及D工业功能区")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    invented_names,
    levels_of,
)

# ---------------------------------------------------------------------------------------------------
# levels written with 管理 after them


def test_a_move_between_managed_levels() -> None:
    text = ("关于调整部分区域管理措施的通告\n"
            "1.将青岚镇溪东村、溪西村、桃湖村等3个村由封控区管理调整为管控区管理,严格落实管控区各项管控措施。\n"
            "2.将青岚镇梅林村,白沙镇白沙村、前洋村等3个村由管控区管理调整为防范区管理,严格落实防范区各项防控措施。")
    assert levels_of(text) == {"controlled": ["青岚镇溪东村", "溪西村", "桃湖村"],
                               "precaution": ["青岚镇梅林村", "白沙镇白沙村", "前洋村"]}


def test_managed_levels_in_other_wordings() -> None:
    # traditional characters, half-width punctuation, 降为
    assert levels_of("將石門鎮石門村、後山村由管控區管理降為防範區管理,嚴格落實防範區各項措施。") \
        == {"precaution": ["石门镇石门村", "后山村"]}
    # 区域 after each level, full stop straight after the new level
    assert levels_of("将南塘镇南塘社区由封控区域管理调整为管控区域管理。") == {"controlled": ["南塘镇南塘社区"]}
    # spaces inside the numbered sentences, one a line
    text = "一、将东湖镇东湖村由封控区管理 调整为 管控区管理。\n二、将西湖村由管控区 管理调整为防范区 管理。"
    assert levels_of(text) == {"controlled": ["东湖镇东湖村"], "precaution": ["西湖村"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=4, unique=True),
       st.sampled_from([("封控区", "管控区", "controlled"), ("管控区", "防范区", "precaution"),
                        ("封控区", "防范区", "precaution")]),
       st.sampled_from(["调整为", "转为", "变更为"]), st.booleans())
def test_any_move_between_managed_levels(names: list[str], move: tuple[str, str, str], verb: str,
                                         full: bool) -> None:
    villages = [f"{name}村" for name in names]
    text = f"将{'、'.join(villages)}由{move[0]}管理{verb}{move[1]}管理,严格落实各项措施。"
    if full:
        text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {move[2]: villages}, text


# ---------------------------------------------------------------------------------------------------
# the condition a list meets, before it


def test_a_lift_of_counties_meeting_a_condition() -> None:
    text = ("对于本轮未出现阳性感染者,全域管控满7天且3次区域核酸筛查没有阳性感染者的田东县、那坡县、凌云县等3个县,"
            "全域解除管控,转为常态化防控。")
    assert by_level(text) == {("lifted", "田东县"): ["田东县"], ("lifted", "那坡县"): ["那坡县"],
                              ("lifted", "凌云县"): ["凌云县"]}


def test_conditions_in_other_wordings() -> None:
    # traditional characters, a shorter condition without a comma, no count
    assert levels_of("對於連續14天未出現新增病例的樂業縣、田林縣,解除管控,轉為常態化防控。") \
        == {"lifted": ["乐业县", "田林县"]}
    # 对 without 于, the condition told in days only
    assert levels_of("对管控满10天的西林县、隆林各族自治县等2个县,全域解除管控。") \
        == {"lifted": ["西林县", "隆林各族自治县"]}
    # no condition: 对于 before the list is 对
    assert levels_of("对于凌云县、那坡县,全域解除管控,转为常态化防控。") == {"lifted": ["凌云县", "那坡县"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["田东县", "那坡县", "凌云县", "乐业县", "田林县", "西林县"]),
                min_size=2, max_size=5, unique=True),
       st.sampled_from(["未出现阳性感染者的", "本轮未出现感染者,全域管控满7天的",
                        "3次区域核酸筛查没有阳性感染者的", ""]),
       st.sampled_from(["对", "对于"]), st.booleans(), st.booleans())
def test_any_conditioned_lift(counties: list[str], condition: str, lead: str, whole: bool, full: bool) -> None:
    listed = f"{'、'.join(counties)}等{len(counties)}个县"
    text = f"{lead}{condition}{listed},{'全域' if whole else ''}解除管控,转为常态化防控。"
    if full:
        text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": counties}, text


# ---------------------------------------------------------------------------------------------------
# "the only one" before a level's label


def test_the_only_high_risk_county() -> None:
    text = "中风险市县为:钟祥市、宜城市。仅有的1个高风险市县为武汉市城区。"
    assert levels_of(text) == {"medium": ["钟祥市", "宜城市"], "high": ["武汉市城区"]}


def test_the_only_level_in_other_wordings() -> None:
    assert levels_of("低風險市縣為:遠安縣、興山縣。唯一的高風險市縣為武漢市城區。") \
        == {"low": ["远安县", "兴山县"], "high": ["武汉市城区"]}
    assert levels_of("低风险市县为:远安县。只有1个中风险市县为:钟祥市。") == {"low": ["远安县"], "medium": ["钟祥市"]}
    assert levels_of("低风险市县为:远安县。仅有一个高风险市县为武汉市城区。") \
        == {"low": ["远安县"], "high": ["武汉市城区"]}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["仅有的1个", "唯一的", "只有1个", "仅有一个", "仅存的"]),
       st.sampled_from([("高", "high"), ("中", "medium")]), st.sampled_from(["市县", "县(市、区)", "县市区"]))
def test_any_only_level(only: str, level: tuple[str, str], kind: str) -> None:
    text = f"低风险{kind}为:远安县、兴山县。{only}{level[0]}风险{kind}为钟祥市。"
    assert levels_of(text) == {"low": ["远安县", "兴山县"], level[1]: ["钟祥市"]}, text


# ---------------------------------------------------------------------------------------------------
# a page's second notice


def _two_notices(first: str, second: str, first_places: list[str], second_places: list[str]) -> str:
    return (f"关于{first}划定高、中、低风险区的通告\n现将有关事项通告如下:\n一、高风险区({len(first_places)}个)\n"
            + "".join(f"{n}.{p};\n" for n, p in enumerate(first_places, 1))
            + f"上述区域实行封控措施。\n特此通告。\n{first}新型冠状病毒肺炎疫情防控指挥部\n2022年11月5日\n"
            f"关于{second}划定高、中、低风险区的通告\n现将有关事项通告如下:\n一、高风险区({len(second_places)}个)\n"
            + "".join(f"{n}.{p};\n" for n, p in enumerate(second_places, 1)))


def test_a_second_notice_on_the_page_names_its_own_district() -> None:
    text = _two_notices("化州市", "信宜市", ["南岭街道青山村委会上村", "南岭街道青山村委会下村"], ["平安镇石桥村"])
    assert by_level(text) == {("high", "化州市"): ["南岭街道青山村委会上村", "南岭街道青山村委会下村"],
                              ("high", "信宜市"): ["平安镇石桥村"]}


def test_second_notices_in_other_wordings() -> None:
    # districts (区, 县) rather than county-level cities
    text = _two_notices("电白区", "高州市", ["水东街道海滨社区"], ["石鼓镇石鼓村", "石鼓镇龙湾村"])
    assert by_level(text) == {("high", "电白区"): ["水东街道海滨社区"],
                              ("high", "高州市"): ["石鼓镇石鼓村", "石鼓镇龙湾村"]}
    # traditional characters
    text = _two_notices("化州市", "信宜市", ["南嶺街道青山村"], ["平安鎮石橋村"])
    assert by_level(text) == {("high", "化州市"): ["南岭街道青山村"], ("high", "信宜市"): ["平安镇石桥村"]}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from([("化州市", "信宜市"), ("信宜市", "化州市"), ("电白区", "高州市"), ("高州市", "电白区")]),
       st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=3, unique=True),
       st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=3, unique=True))
def test_any_second_notice(offices: tuple[str, str], first: list[str], second: list[str]) -> None:
    first_places = [f"平安镇{name}村" for name in first]
    second_places = [f"石鼓镇{name}村" for name in second]
    text = _two_notices(offices[0], offices[1], first_places, second_places)
    assert by_level(text) == {("high", offices[0]): first_places, ("high", offices[1]): second_places}, text


# ---------------------------------------------------------------------------------------------------
# 及 before a list's last item


def test_and_before_the_last_item_joins_two_places() -> None:
    text = "防范区仍为青山镇全域、西城街道桃源村及桃源工业功能区。"
    assert levels_of(text) == {"precaution": ["青山镇全域", "西城街道桃源村", "桃源工业功能区"]}


def test_final_and_in_other_wordings() -> None:
    # traditional characters, a village after 及
    assert levels_of("管控區為:青山鎮石橋村、南城街道梅林社區及北岸村。") \
        == {"controlled": ["青山镇石桥村", "南城街道梅林社区", "北岸村"]}
    # a community, then an industrial park
    assert levels_of("将金沙镇金沙社区、金沙镇南山村及南山工业园划为防范区。") \
        == {"precaution": ["金沙镇金沙社区", "金沙镇南山村", "南山工业园"]}
    # what lies beside the left place is part of it: one place
    assert levels_of("封控区为:翠湖小区5号楼、翠湖小区7号楼及楼下平房。") \
        == {"sealed": ["翠湖小区5号楼", "翠湖小区7号楼及楼下平房"]}
    assert levels_of("封控区为:锦绣家园、锦绣村卫生室及邻近住户。") \
        == {"sealed": ["锦绣家园", "锦绣村卫生室及邻近住户"]}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.sampled_from(["工业功能区", "工业园", "村", "社区"]), st.booleans())
def test_any_final_and(town: str, village: str, zone: str, kind: str, full: bool) -> None:
    places = [f"{town}镇全域", f"{town}镇{village}村", f"{zone}{kind}"]
    text = f"防范区为:{places[0]}、{places[1]}及{places[2]}。"
    if full:
        text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {"precaution": places}, text
