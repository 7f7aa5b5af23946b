"""Ordinary wording near the forty-fifth round's rules (rv46): each misfire found as a test that failed before its
guard, beside a test that the rule's own form still reads. Notices here are written for the tests."""

from __future__ import annotations

from tests.unit.test_notice_parser_real_forms import by_level, levels_of

_TITLE = "关于调整风险区域的通告\n"
_SEALED_FIRST = _TITLE + "将幸福小区划为封控区。"


# --- 重点管控区域 (key controlled areas): only of places named ----------------------------------------------------


def test_key_controlled_area_of_kinds_of_sites_is_no_place() -> None:
    text = _TITLE + "将东城区幸福小区划为中风险地区,将农贸市场、商超等人员密集场所列为重点管控区域,严格落实扫码测温。"
    assert "controlled" not in levels_of(text)
    text = _TITLE + "将东城区幸福小区划为中风险地区。学校、医院等场所作为重点管控区域,落实常态化防控措施。"
    assert "controlled" not in levels_of(text)


def test_key_controlled_area_of_named_sites_still_reads() -> None:
    text = _TITLE + "将幸福广场、红星市场等场所列为重点管控区域。从即日起以上场所暂停营业。"
    assert levels_of(text)["controlled"] == ["幸福广场", "红星市场"]


# --- a district's every estate closed: not its town only ---------------------------------------------------------


def test_a_districts_town_estates_closed_are_not_the_whole_district() -> None:
    text = _TITLE + "对东昌区城区所有小区实行封闭管理,居民足不出户。"
    assert ("sealed", "东昌区") not in by_level(text) or by_level(text)[("sealed", "东昌区")] != ["东昌区"]


def test_a_districts_every_estate_and_village_closed_is_still_the_district() -> None:
    assert by_level(_TITLE + "对望奎县所有小区村屯实行封闭管理。") == {("sealed", "望奎县"): ["望奎县"]}


# --- closed at once (及时, 立即): only of places named -------------------------------------------------------------


def test_closed_at_once_where_a_case_may_be_found_is_no_place() -> None:
    assert levels_of(_SEALED_FIRST + "一旦发现阳性病例,对所在小区立即封闭管理。") == {"sealed": ["幸福小区"]}
    assert levels_of(_SEALED_FIRST + "一旦发现阳性病例,对所在楼栋立即封控。") == {"sealed": ["幸福小区"]}
    assert levels_of(_SEALED_FIRST + "如出现新增病例,对涉疫村屯立即封闭。") == {"sealed": ["幸福小区"]}


def test_where_a_case_lived_closed_at_once_still_reads() -> None:
    assert levels_of(_TITLE + "对其所居住和生活的东兴村三屯和幸福小区及时封控。")["sealed"]


# --- a lift in a clause of its own beside a change: which measures, no place --------------------------------------


def test_a_lift_of_measures_by_their_kind_or_time_beside_a_change_names_no_place() -> None:
    front = _TITLE + "自5月3日起,将东城区幸福小区调整为低风险区,"
    for lift in ("有序解除各项封控措施。", "解除原有封控措施。", "解除相应管控措施。", "逐步解除各类管控措施。",
                 "解除前期临时管控措施。"):
        assert by_level(front + lift) == {("low", "东城区"): ["幸福小区"]}, lift


def test_a_lift_in_a_clause_of_its_own_beside_a_change_still_reads() -> None:
    text = _TITLE + "自5月3日起,解除红星村封控措施,将东城区幸福小区调整为低风险区。"
    assert by_level(text) == {("low", "东城区"): ["幸福小区"], ("lifted", None): ["红星村"]}


# --- a prefecture city after the verb: an institution named with it keeps it ------------------------------------


def test_an_institution_named_with_its_city_before_the_verb_keeps_the_city() -> None:
    assert levels_of(_TITLE + "将宜昌市中心医院划为管控区。") == {"controlled": ["宜昌市中心医院"]}


def test_a_prefecture_city_before_a_place_after_the_verb_is_still_dropped() -> None:
    assert levels_of(_TITLE + "将荆州市吾悦广场、红星市场等场所列为重点管控区域。")["controlled"][0] == "吾悦广场"


# --- a zone and its district joined by a dot: the verb before the zone kept --------------------------------------


def test_a_zone_dot_district_right_after_the_verb_keeps_the_verb() -> None:
    assert by_level(_TITLE + "将荆门高新区・掇刀区划为中风险区。") == {("medium", "掇刀区"): ["掇刀区"]}


def test_a_zone_dot_district_before_a_place_still_reads() -> None:
    assert by_level(_TITLE + "将荆门高新区・掇刀区团林铺镇调整为低风险区。") == {("low", "掇刀区"): ["团林铺镇"]}


# --- a zone written short, in full only as the notice's own office ------------------------------------------------


def test_another_zone_named_in_full_in_passing_is_not_the_notices_zone() -> None:
    text = ("高新区关于解除部分区域临时管控的通告\n根据有关规定,决定自5月1日6时起,解除凤鸣街道青禾小区临时管控措施。\n"
            "嘉兴市将参照苏州高新技术产业开发区做法执行。\n高新区新型冠状病毒肺炎疫情防控工作领导小组")
    assert ("lifted", "苏州高新技术产业开发区") not in by_level(text)


def test_a_zone_in_full_as_its_office_still_names_it() -> None:
    text = ("湖州经开区关于解除部分区域临时管控的通告\n决定自5月1日6时起,解除凤鸣街道青禾小区临时管控措施。\n"
            "咨询电话:湖州经济技术开发区管委会0572-1234567\n湖州经开区疫情防控工作领导小组")
    assert by_level(text) == {("lifted", "湖州经济技术开发区"): ["凤鸣街道青禾小区"]}


# --- a street kept under control: the office's own district in front, an institution ----------------------------


def test_a_street_kept_under_control_after_our_district() -> None:
    text = _SEALED_FIRST + "我区东湖街道继续实施管控。"
    assert levels_of(text) == {"sealed": ["幸福小区"], "controlled": ["东湖街道"]}


def test_an_institution_kept_under_control_is_no_area() -> None:
    assert levels_of(_SEALED_FIRST + "东湖街道养老院继续实施管控,其余场所有序开放。") == {"sealed": ["幸福小区"]}


def test_a_streets_communities_kept_under_control_still_read() -> None:
    text = _SEALED_FIRST + "东湖街道(红星社区、东兴社区)继续实施管控,相应防控措施延期至5月10日。"
    assert levels_of(text)["controlled"] == ["东湖街道(红星社区、东兴社区)"]


# --- bounded areas run on: a road named with 和 first ------------------------------------------------------------


def test_a_run_on_area_whose_road_starts_with_he_keeps_the_road() -> None:
    text = _TITLE + "防范区:红星路以东、东湖路以南合围区域和平路以东、西湖路以北合围区域"
    assert levels_of(text) == {"precaution": ["红星路以东、东湖路以南合围区域", "和平路以东、西湖路以北合围区域"]}


def test_run_on_areas_joined_by_yu_still_split_without_it() -> None:
    text = _TITLE + "防范区:红星路以东、东湖路以南合围区域与平安路以东、西湖路以北合围区域"
    assert levels_of(text) == {"precaution": ["红星路以东、东湖路以南合围区域", "平安路以东、西湖路以北合围区域"]}
