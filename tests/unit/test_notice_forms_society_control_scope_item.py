"""Two whole-division forms: an office's "在全旗实行严格的社会面管控措施" (the banner controlled, unless the notice
silences it too) and a lead's "在全县实行临时静态管理" narrowed by a "实施范围" item (the scope's place silenced)."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import PREFECTURE_CITIES, PROVINCES, by_level, in_traditional

MEASURES = ("一、启动应急响应机制,各居民小区(嘎查村)实行封闭管理,非必要不出行,原则上必须居家。\n"
            "二、对全旗各交通道路实施严格交通管制,人员和车辆只进不出。全旗居民非必要不离旗。\n"
            "三、除保供超市、药店外,其余经营性场所一律暂停营业。\n")


def society(district: str, own: str = "全旗", lead: str = "决定在全旗实行严格的社会面管控措施",
            measures: str = MEASURES, office: str | None = None) -> str:
    office = office or f"{district}新冠肺炎疫情防控指挥部"
    return (f"{office}公告\n2022年8月5日,发现3名核酸阳性人员。为坚决切断疫情传播渠道,根据{own[-1]}疫情防控指挥部"
            f"统一部署,{lead.replace('全旗', own)},现就有关事项公告如下:\n{measures.replace('全旗', own)}")


def test_whole_banner_under_society_control_is_controlled() -> None:
    assert by_level(society("阿巴嘎旗")) == {("controlled", "阿巴嘎旗"): ["阿巴嘎旗"]}


def test_whole_county_under_full_society_control_is_controlled() -> None:
    text = society("多伦县", own="全县", lead="决定在全县范围内实施全面的社会面管控措施")
    assert by_level(text) == {("controlled", "多伦县"): ["多伦县"]}


def test_society_control_without_measures_word_is_controlled() -> None:
    text = society("镶黄旗", lead="决定在全旗实行社会面管控")
    assert by_level(text) == {("controlled", "镶黄旗"): ["镶黄旗"]}


def test_society_control_in_traditional_characters() -> None:
    assert by_level(in_traditional(society("正蓝旗"))) == {("controlled", "正蓝旗"): ["正蓝旗"]}


def test_society_control_with_full_width_punctuation() -> None:
    text = society("太仆寺旗").replace(",", ",").replace(":", ":").replace("2022", "２０２２")
    assert by_level(text) == {("controlled", "太仆寺旗"): ["太仆寺旗"]}


def test_silence_of_the_same_county_wins_over_the_society_control_lead() -> None:
    measures = "一、多伦县即刻起进入静默状态,各小区实行封闭管理,原则上必须居家。\n二、全县居民非必要不离县。\n"
    text = society("多伦县", own="全县", measures=measures)
    assert by_level(text) == {("silent", "多伦县"): ["多伦县"]}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["阿巴嘎旗", "镶黄旗", "正蓝旗", "太仆寺旗", "多伦县", "永新县", "峡江县", "新干县"]))
def test_society_control_property(district: str) -> None:
    text = society(district, own="全" + district[-1])
    assert by_level(text) == {("controlled", district): [district]}


def test_hedged_society_control_is_no_place() -> None:
    text = society("阿巴嘎旗", lead="如疫情扩散,将在全旗实行严格的社会面管控措施")
    assert ("controlled", "阿巴嘎旗") not in by_level(text)


def test_town_office_society_control_is_no_district() -> None:
    text = society("阿巴嘎旗", office="阿巴嘎旗别力古台镇疫情防控指挥部")
    assert ("controlled", "阿巴嘎旗") not in by_level(text)


def test_residents_not_leaving_is_no_place() -> None:
    text = society("阿巴嘎旗", lead="决定全旗居民非必要不离开,加强社会面管控")
    assert by_level(text) == {}


def scoped(district: str, scope: str, verb: str = "在全县实行临时静态管理", item: str = "实施范围") -> str:
    return (f"关于{district}实行临时静态管理的通告\n2022年8月29日,我县发现1例阳性感染者。为及时阻断疫情传播,"
            f"县疫情防控指挥部研究决定,{verb}。现将有关事项通告如下:\n一、实施时间\n2022年8月30日10:00起。\n"
            f"二、{item}\n{scope}。\n三、具体举措\n1.临时静态管理期间,居民非必要不外出。\n"
            "2.除保供药店、医疗机构外,其余经营性场所暂停营业。\n")


def test_scope_item_replaces_the_whole_county() -> None:
    assert by_level(scoped("永新县", "永新县城禾水以北区域")) == {("silent", "永新县"): ["城禾水以北区域"]}


def test_scope_item_of_an_urban_area() -> None:
    assert by_level(scoped("峡江县", "峡江县巴邱镇城区")) == {("silent", "峡江县"): ["巴邱镇城区"]}


def test_management_scope_item_with_a_district() -> None:
    text = scoped("新干县", "新干县金川镇老城片区", verb="在全县实施静默管理", item="管理范围")
    assert by_level(text) == {("silent", "新干县"): ["金川镇老城片区"]}


def test_scope_item_in_traditional_characters() -> None:
    levels = by_level(in_traditional(scoped("永新县", "永新县城禾水以北区域")))
    assert levels == {("silent", "永新县"): ["城禾水以北区域"]}


def test_scope_item_with_full_width_punctuation() -> None:
    text = scoped("永新县", "永新县城禾水以北区域").replace(",", ",").replace("2022", "２０２２")
    assert by_level(text) == {("silent", "永新县"): ["城禾水以北区域"]}


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="东西南北江河湖山桥塔龙凤青石", min_size=2, max_size=4))
def test_scope_item_property(name: str) -> None:
    assume(not any(name.startswith(p) for p in (*PROVINCES, *PREFECTURE_CITIES)))
    # (the place read without its district's name before it, as the corpus lists it)
    assert by_level(scoped("永新县", f"永新县城{name}以东区域")) == {("silent", "永新县"): [f"城{name}以东区域"]}


def test_scope_item_of_the_whole_county_keeps_the_county() -> None:
    assert by_level(scoped("永新县", "全县区域")) == {("silent", "永新县"): ["永新县"]}


def test_hedged_lead_with_scope_item_is_no_place() -> None:
    text = scoped("永新县", "永新县城禾水以北区域", verb="如疫情扩散,必要时在全县实行临时静态管理")
    assert ("silent", "永新县") not in by_level(text) or by_level(text)[("silent", "永新县")] != ["永新县"]
