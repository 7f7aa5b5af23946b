"""Forms of the sixtieth held-out set (part b): a pointer whose level carries the epidemic's qualifier
("划定以下3个疫情防控高风险区。") over street headings with counts; a lift pointer ending its line without a colon
("…起解除以下临时管控区") over an area given by its bounds; a level named, then 即 and its places, lifted
("对管控区域,即A(21号楼除外)予以解除") or kept ("封控区域,即B继续封控"). Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import PREFECTURE_CITIES, PROVINCES, by_level, in_traditional

# --- "划定以下3个疫情防控高风险区。" over street headings with counts --------------------------------------------

def _qualified(district: str, pointer: str, sep: str = ",") -> str:
    return (f"{district}疫情防控工作应急指挥部通告(2022年第7号)\n"
            f"根据当前{district}疫情防控形势,经专家组综合研判,决定自2022年11月3日10时起{sep}{pointer}\n"
            "东街街道(1个)\n槐树巷8号金桂园2座\n"
            "南湖镇 (1个)\n碧水名居5b\n"
            "以上区域实行“区域封闭、足不出户、服务上门”等管控措施。")


def test_qualified_level_pointer_reads_the_headed_places() -> None:
    for pointer in ("划定以下2个疫情防控高风险区。", "划定以下疫情防控高风险区。", "新增以下2个疫情高风险区。"):
        assert by_level(_qualified("台江区", pointer)) == {
            ("high", "台江区"): ["东街街道槐树巷8号金桂园2座", "南湖镇碧水名居5b"]}, pointer


def test_qualified_level_pointer_full_width_and_traditional() -> None:
    text = _qualified("仓山区", "划定以下2个疫情防控高风险区。", sep="，")
    assert by_level(text) == {("high", "仓山区"): ["东街街道槐树巷8号金桂园2座", "南湖镇碧水名居5b"]}
    text = in_traditional(_qualified("晋安区", "划定以下2个疫情防控高风险区。"))
    assert by_level(text) == {("high", "晋安区"): ["东街街道槐树巷8号金桂园2座", "南湖镇碧水名居5b"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["台江区", "仓山区", "晋安区", "马尾区", "长乐区"]),
       st.text(alphabet="东西南北青石柳河杏花龙泉金沙白", min_size=2, max_size=3))
def test_qualified_level_pointer_any_estate(district: str, name: str) -> None:
    assume(not any(name.startswith(p) for p in (*PROVINCES, *PREFECTURE_CITIES)))
    text = (f"{district}疫情防控指挥部通告\n"
            "根据当前疫情防控形势,经综合研判,决定自11月3日10时起,划定以下1个疫情防控高风险区。\n"
            f"城东街道(1个)\n{name}花园3座\n以上区域实行“足不出户、服务上门”等管控措施。")
    assert by_level(text) == {("high", district): [f"城东街道{name}花园3座"]}


def test_qualified_words_elsewhere_are_no_pointer() -> None:
    # the qualifier in a rule's sentence, not a pointer to a list below
    text = ("台江区疫情防控指挥部通告\n请市民不要前往疫情防控高风险区。\n"
            "东街街道(1个)\n槐树巷8号金桂园2座")
    assert by_level(text) == {}


# --- "…起解除以下临时管控区" ending its line, no colon -----------------------------------------------------

def _lift_line(city: str, pointer: str, area: str, sep: str = ",") -> str:
    return (f"{city}新型冠状病毒肺炎疫情防控指挥部办公室关于解除临时管控区域的通告\n"
            f"鉴于我市疫情基本平稳可控{sep}经研判{sep}决定从11月11日8时起{pointer}\n"
            f"{area}。\n"
            "三日内,上述区域人员凭24小时核酸阴性证明出入,企业工厂恢复正常生产。")


_BOUNDED = "沙坪镇永安工业区东至华美纸品有限公司,南至S270省道,西至利达五金厂,北至水渠"


def test_lift_pointer_ending_its_line_lifts_the_area_below() -> None:
    for pointer in ("解除以下临时管控区", "解除下列管控区", "解除以下临时管控区域"):
        assert by_level(_lift_line("开平市", pointer, _BOUNDED)) == {("lifted", "开平市"): [_BOUNDED]}, pointer
    assert by_level(_lift_line("台山市", "解除以下封控区", "大江镇新华村")) == {("lifted", "台山市"): ["大江镇新华村"]}


def test_lift_pointer_ending_its_line_full_width_and_traditional() -> None:
    assert by_level(_lift_line("恩平市", "解除以下临时管控区", "君堂镇龙山村", sep="，")) == {
        ("lifted", "恩平市"): ["君堂镇龙山村"]}
    text = in_traditional(_lift_line("开平市", "解除以下临时管控区", "沙坪镇永安工业区"))
    assert by_level(text) == {("lifted", "开平市"): ["沙坪镇永安工业区"]}


def test_lift_pointer_over_rules_is_no_list() -> None:
    text = ("开平市疫情防控指挥部通告\n经研判,决定从11月11日8时起解除以下临时管控区\n"
            "居民凭24小时核酸阴性证明出入。")
    assert by_level(text) == {}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["开平市", "台山市", "恩平市", "鹤山市", "新会区", "蓬江区"]),
       st.text(alphabet="东西南北青石柳河杏花龙泉金沙白", min_size=2, max_size=3))
def test_lift_pointer_ending_its_line_any_village(district: str, name: str) -> None:
    assume(not any(name.startswith(p) for p in (*PROVINCES, *PREFECTURE_CITIES)))
    area = f"城南镇{name}村"
    assert by_level(_lift_line(district, "解除以下临时管控区", area)) == {("lifted", district): [area]}


# --- "对管控区域,即A予以解除。封控区域,即B继续封控。" ----------------------------------------------------

def _that_is(district: str, body: str) -> str:
    return (f"{district}解除部分管控区的通告\n经专家综合研判,决定自4月5日0时起,{body}\n"
            f"{district}指挥部办公室\n2022年4月4日")


def test_level_named_then_that_is_lifted_and_kept() -> None:
    text = _that_is("历城区", "对管控区域,即华山街道锦绣家园小区(3号楼除外)予以解除。"
                    "封控区域,即锦绣家园小区3号楼继续封控。")
    assert by_level(text) == {("lifted", "历城区"): ["华山街道锦绣家园小区(3号楼除外)"],
                              ("sealed", "历城区"): ["锦绣家园小区3号楼"]}
    text = _that_is("张店区", "对防范区域,即和平街道阳光小区予以解除。")
    assert by_level(text) == {("lifted", "张店区"): ["和平街道阳光小区"]}
    text = _that_is("奎文区", "管控区,即北海路街道丽景苑继续管控。")
    assert by_level(text) == {("controlled", "奎文区"): ["北海路街道丽景苑"]}


def test_level_named_then_that_is_full_width_and_traditional() -> None:
    text = _that_is("历下区", "对管控区域，即文东街道山水小区(5号楼除外)予以解除。"
                    "封控区域，即山水小区5号楼继续封控。")
    assert by_level(text) == {("lifted", "历下区"): ["文东街道山水小区(5号楼除外)"],
                              ("sealed", "历下区"): ["山水小区5号楼"]}
    text = in_traditional(_that_is("槐荫区", "对管控区域,即青年公园街道阳光花园小区予以解除。"))
    assert by_level(text) == {("lifted", "槐荫区"): ["青年公园街道阳光花园小区"]}


def test_level_named_then_that_is_near_misses() -> None:
    # a level's word not matching the verb kept, and a level named with measures after: no change read from 即
    text = _that_is("历城区", "管控区域,即华山街道锦绣家园小区继续封控。")
    assert ("sealed", "历城区") not in by_level(text) and ("controlled", "历城区") not in by_level(text)
    text = ("历城区疫情防控指挥部通告\n封控区域,即实行“足不出户、上门服务”的区域,请居民配合。")
    assert parse_notice(text, default_year=2022)["changes"] == []


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet="东西南北青石柳杏花龙泉金沙白", min_size=2, max_size=3))
def test_level_named_then_that_is_any_estate(name: str) -> None:
    assume(not any(name.startswith(p) for p in (*PROVINCES, *PREFECTURE_CITIES)))
    text = _that_is("历城区", f"对管控区域,即华山街道{name}小区(2号楼除外)予以解除。"
                              f"封控区域,即{name}小区2号楼继续封控。")
    assert by_level(text) == {("lifted", "历城区"): [f"华山街道{name}小区(2号楼除外)"],
                              ("sealed", "历城区"): [f"{name}小区2号楼"]}
