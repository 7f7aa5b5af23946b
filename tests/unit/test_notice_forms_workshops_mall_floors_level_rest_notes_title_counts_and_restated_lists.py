"""Forms of the thirty-seventh held-out set: an enterprise's workshops listed with 、 after its name, written once
("A有限公司车间五、车间三、制条车间"); the halls and floors of one mall ("A商场A馆8楼、B馆3楼C店"); a district's rest
with the levels it leaves out before 除外 ("低风险区为A县(高、中风险区除外)"), a blanket; a title that counts the
areas a sentence joins with 及 ("调整二个区域为中风险地区" over "将A中学及B学校区域确定为…"); a restated list with
each level's count, a comma and its places ("截至目前,A区共有高风险区4个,B、C、D村13组和18组。"), splitting the
run "D村13组、18组" written in an item above; the 为 a damaged GBK repost lost before a level; forum noise that
starts like an item's number ("高风险区: 0)<"). Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    in_traditional,
    invented_names,
    levels_of,
)

# --- an enterprise's workshops after its name --------------------------------------------------------------

_LEAD = "经专家研判,新增下列区域为防范区:\n防范区:①南岗镇北至公园路之间区域;②"


def test_an_enterprises_workshops_listed_after_its_name_are_one_place() -> None:
    works = "青禾纺织有限公司车间五、车间三、制条车间、洗车车间、丝光防缩车间"
    assert levels_of(_LEAD + works + "。") == {"precaution": ["南岗镇北至公园路之间区域", works]}
    # (a named place after the workshop is a place of its own)
    text = _LEAD + "青禾纺织有限公司车间五、翠湖小区。"
    assert levels_of(text)["precaution"][-2:] == ["青禾纺织有限公司车间五", "翠湖小区"]


def test_a_factorys_sheds_and_stores_and_full_width_too() -> None:
    works = "金峰机械厂一号厂房、三号厂房、成品仓库"
    assert levels_of(_LEAD + works + "。") == {"precaution": ["南岗镇北至公园路之间区域", works]}
    full = (_LEAD + "瑞星电子集团2号车间、装配车间。").translate(HALF_TO_FULL)
    assert levels_of(full)["precaution"][-1] == "瑞星电子集团2号车间、装配车间"


def test_workshops_in_traditional_characters() -> None:
    works = "青禾紡織有限公司車間五、車間三、制條車間"
    read = levels_of(in_traditional(_LEAD) + works + "。")
    assert read["precaution"][-1] == "青禾纺织有限公司车间五、车间三、制条车间"


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.lists(invented_names(PLAIN_SYLLABLES, 2, 2), min_size=1, max_size=4),
       st.sampled_from(["五", "1", "三", "A"]))
def test_any_enterprises_named_workshops_stay_with_it(name: str, shops: list[str], number: str) -> None:
    works = f"{name}有限公司车间{number}、" + "、".join(f"{shop}车间" for shop in shops)
    assert levels_of(_LEAD + works + "。")["precaution"][-1] == works


# --- the halls and floors of one mall ------------------------------------------------------------------------

_MALL_LEAD = "在岳塘区新增划定中风险区。\n一、中风险区\n书院路街道桂花村10栋3单元;\n"


def test_two_halls_floors_of_one_mall_are_one_place() -> None:
    mall = "建设路街道金华购物广场(华隆店)商场A馆8楼、B馆3楼星悦专业祛痘店"
    assert levels_of(_MALL_LEAD + mall + "。\n采取措施:人不出区。") == {
        "medium": ["书院路街道桂花村10栋3单元", mall]}


def test_mall_floors_written_as_levels_and_in_traditional() -> None:
    mall = "锦绣商城A区2层、C区1层"
    assert levels_of(_MALL_LEAD + mall + "。")["medium"][-1] == mall
    text = in_traditional(_MALL_LEAD) + "金華購物中心A館3樓、B館5樓美髮店。"
    assert levels_of(text)["medium"][-1] == "金华购物中心A馆3楼、B馆5楼美发店"


def test_full_width_mall_floors() -> None:
    text = (_MALL_LEAD + "阳光广场(东店)商场B馆1楼、D馆2楼。").translate(HALF_TO_FULL)
    assert levels_of(text)["medium"][-1] == "阳光广场(东店)商场B馆1楼、D馆2楼"


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES, 2, 4),
       st.sampled_from("ABCDE"), st.sampled_from("ABCDE"), st.integers(1, 9), st.integers(1, 9))
def test_any_malls_halls_floors_stay_one_place(name: str, shop: str, a: str, b: str, m: int, n: int) -> None:
    mall = f"{name}购物广场商场{a}馆{m}楼、{b}馆{n}楼{shop}店"
    assert levels_of(_MALL_LEAD + mall + "。")["medium"][-1] == mall


# --- a district's rest, its levels left out before 除外 -------------------------------------------------------

_DOWNGRADE = "一、将新竹镇中安村由高风险区调整为中风险区。\n调整后,我县现有高风险区2个,中风险区2个,"


def test_a_districts_rest_with_its_levels_before_chuwai_is_no_place() -> None:
    text = _DOWNGRADE + "低风险区为定安县(高、中风险区除外)。"
    assert levels_of(text) == {"medium": ["新竹镇中安村"]}


def test_the_rest_in_other_words_and_in_traditional() -> None:
    for rest in ("低风险区为某某县(高风险区、中风险区除外)。", "低风险区为某某县(高风险区和中风险区除外)。",
                 "防范区为某某县(封控区、管控区除外)。"):
        assert levels_of(_DOWNGRADE + rest) == {"medium": ["新竹镇中安村"]}, rest
    traditional = in_traditional(_DOWNGRADE + "低风险区为某某县(高、中风险区除外)。")
    assert levels_of(traditional) == {"medium": ["新竹镇中安村"]}


def test_a_districts_rest_is_none_but_a_villages_is_a_place() -> None:
    text = "将甲村(高风险区除外)调整为中风险区。低风险区为某某县(高、中风险区除外)。"
    assert levels_of(text) == {"medium": ["甲村(高风险区除外)"]}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["县", "区", "市", "旗"]),
       st.sampled_from(["高、中风险区", "中、高风险区", "高风险区、中风险区", "封控区、管控区"]), st.booleans())
def test_any_districts_rest_is_no_place(name: str, kind: str, levels: str, full: bool) -> None:
    text = _DOWNGRADE + f"低风险区为{name}{kind}({levels}除外)。"
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {"medium": ["新竹镇中安村"]}


# --- a title's count of the areas a sentence joins with 及 ----------------------------------------------------

def _counted(title_count: str, obj: str) -> str:
    return (f"某区调整{title_count}个区域为中风险地区的通告\n经专家评估,区指挥部研究决定:将{obj}确定为中风险地区。\n"
            "一、到过上述区域的人员请主动报告。")


def test_the_titles_count_splits_the_two_areas_joined_by_ji() -> None:
    assert levels_of(_counted("二", "雅礼中学及中雅培粹学校区域")) == {"medium": ["雅礼中学", "中雅培粹学校区域"]}
    assert levels_of(_counted("2", "翠湖小区及金峰花园")) == {"medium": ["翠湖小区", "金峰花园"]}
    assert levels_of(in_traditional(_counted("两", "翠湖小區以及金峰花園"))) == {"medium": ["翠湖小区", "金峰花园"]}
    # (not without the count, nor with a place beside the first)
    assert levels_of(_counted("一", "翠湖小区及金峰花园")) == {"medium": ["翠湖小区及金峰花园"]}
    assert levels_of(_counted("二", "翠湖小区及周边商铺")) == {"medium": ["翠湖小区及周边商铺"]}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.sampled_from(["中学", "小区", "花园", "市场"]), st.sampled_from(["学校区域", "小区", "大厦"]),
       st.sampled_from(["及", "以及"]))
def test_any_two_counted_areas_are_split(a: str, b: str, kind_a: str, kind_b: str, ji: str) -> None:
    assume(a + kind_a != b + kind_b)
    # (a name opening with a real city, "长春市场", is that city's place: not this form)
    assume(not any(name.startswith(city) for name in (a, b) for city in PREFECTURE_CITIES))
    assert levels_of(_counted("二", f"{a}{kind_a}{ji}{b}{kind_b}")) == {"medium": [a + kind_a, b + kind_b]}


# --- a restated list: each level's count, a comma, its places ------------------------------------------------

_NEW = "在双清区新增高中风险区。具体如下:\n一、新增划定滨江街道寒梅村13组、18组为高风险区。\n"


def test_a_restated_list_after_its_counts_is_read_and_splits_the_run_above() -> None:
    text = (_NEW + "截至目前,双清区共有高风险区3个,塔北东路125号下晏家垅、滨江街道寒梅村13组和18组。"
            "中风险区2个,邵阳大道中梁1号小区1栋,滨江街道寒梅村除13、18组以外其他区域。\n特此通告。")
    # (the groups named twice, in the item and in the restated list: the same places)
    assert {k: set(v) for k, v in levels_of(text).items()} == {
        "high": {"滨江街道寒梅村13组", "18组", "塔北东路125号下晏家垅"},
        "medium": {"滨江街道寒梅村除13、18组以外其他区域", "邵阳大道中梁1号小区1栋"}}


def test_a_restated_list_in_traditional_and_counts_alone_stay_unread() -> None:
    text = in_traditional("调整后,金华县共有高风险区2个,翠湖小区、金峰村3组。中风险区2个,阳光花园,龙泉村。")
    assert levels_of(text) == {"high": ["翠湖小区", "金峰村3组"], "medium": ["阳光花园", "龙泉村"]}
    assert levels_of("截至目前,我市共有高风险区54个,低风险区3个(后附汇总表)。") == {}


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=4, unique=True),
       st.integers(1, 9), st.integers(10, 19))
def test_any_restated_list_with_a_last_he_between_groups(names: list[str], g1: int, g2: int) -> None:
    places = [f"{name}小区" for name in names[:-1]]
    village = f"{names[-1]}村"
    text = ("截至目前,金峰区共有高风险区" + str(len(places) + 2) + "个," + "、".join(places)
            + f"、{village}{g1}组和{g2}组。")
    assert levels_of(text) == {"high": [*places, f"{village}{g1}组", f"{g2}组"]}


# --- the 为 a damaged GBK repost lost before a level ---------------------------------------------------------

def _damaged(before: str, after: str, gloss: str = "yàn") -> str:
    """A traditional page read one byte short: 為 and the characters after it shifted ("?yàn)橹酗L")."""
    shifted = ("為" + after).encode("gbk")[1:]
    return before + f"?{gloss})" + shifted.decode("gbk", errors="ignore")


def test_the_lost_wei_before_a_level_is_read_back() -> None:
    text = ("一、新增劃定濱江街道寒梅村13組為高風險區。\n二、新增劃定" + _damaged("濱江街道寒梅村其他區域", "中風")
            + "險區。")
    assert levels_of(text) == {"high": ["滨江街道寒梅村13组"], "medium": ["滨江街道寒梅村其他区域"]}


def test_the_lost_wei_before_other_levels() -> None:
    for level, name in (("高風", "high"), ("低風", "low")):
        text = "新增劃定" + _damaged("翠湖小區", level) + "險區。"
        assert levels_of(text) == {name: ["翠湖小区"]}, level


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["小區", "花園", "村"]), st.sampled_from(["中風", "高風"]))
def test_any_damaged_designation_keeps_its_level(name: str, kind: str, level: str) -> None:
    text = "新增劃定" + _damaged(in_traditional(name) + kind, level) + "險區。"
    assert levels_of(text) == {"medium" if level == "中風" else "high": [name + in_traditional(kind).replace("區", "区")
                                                                           .replace("園", "园")]}


# --- forum noise that starts like an item's number ------------------------------------------------------------

def test_noise_like_a_number_after_the_colon_is_dropped() -> None:
    for noise in ("0)<", "1.'#", "2)a", "9.~x"):
        text = f"关于划定高风险区的通告\n现划定以下区域为高风险区: {noise}\n金金小区。\n某市防控办\n2022年5月7日"
        assert levels_of(text) == {"high": ["金金小区"]}, noise


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=4, unique=True),
       st.integers(0, 99), st.sampled_from([")", "."]), st.text(alphabet="<'#$a~%", min_size=1, max_size=4))
def test_any_number_like_noise_leaves_the_places(names: list[str], n: int, mark: str, junk: str) -> None:
    places = [f"{name}小区" for name in names]
    text = (f"关于划定高风险区的通告\n现划定以下区域为高风险区: {n}{mark}{junk}\n" + "、".join(places)
            + "。\n某市防控办\n2022年5月7日")
    assert levels_of(text) == {"high": places}
