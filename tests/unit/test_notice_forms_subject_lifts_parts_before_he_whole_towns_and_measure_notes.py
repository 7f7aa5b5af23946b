"""Forms of notices of offices new to the corpus (the forty-sixth set): places as the subject of a lift with their
new level after it ("自3月31日起,A路13号、B街84号C公寓解除封控,调整为管控区"), places taken out of a temporary
control area, a named part before the last 和 ("A社区、B社区部分区域和C村不再纳入临时管控区"), the places named
"made clear" as a level (明确为) with a village's whole area and another's rest on either side of 和 ("将A镇B居、
C村全域和D村除封控区以外的区域明确为管控区"), a town office's whole town (全镇域) named by its one town ("吉林省
甲市乙镇实行…" / "对全镇域实行最严格的封控措施"); and wording near them that names no place: the office's way of
working before a lift to come ("将逐日研判、逐日调整,直至全部解除管控"), the measures a level's rest goes back to,
listed in a bracket ("其余防范区域,恢复执行…防控措施(包括:居住小区、…严格实行常态化疫情防控措施)"). Each form in
variants written here (invented places, the wording of the real forms, traditional characters, full-width
punctuation), and properties over generated names."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)
# (the characters that open a word with 和, "和风", "和盛": a name opening with one is read after 和 as one name)
_HE_WORD_SECOND = "平谐睦美顺兴悦煦润盛鸣风园苑居家乐畅泰嘉光义安"


def _variants(text: str) -> list[str]:
    return [text, in_traditional(text), text.translate(HALF_TO_FULL)]


# --- places as the subject of a lift, their new level in the clause after it ------------------------------

@pytest.mark.parametrize("text", [
    *_variants("自2022年4月2日起,丰泽区春晓路21号、锦绣街7号翠峰公寓解除封控,调整为管控区。"),
    "经批准,指挥部决定:\n自2022年4月2日起,丰泽区春晓路21号、锦绣街7号翠峰公寓解除封控,纳入管控区管理。",
    "4月2日起,丰泽区春晓路21号、锦绣街7号翠峰公寓解除封控,转为管控区。",
])
def test_places_as_the_subject_of_a_lift_then_their_new_level(text: str) -> None:
    assert by_level(text) == {("controlled", "丰泽区"): ["春晓路21号", "锦绣街7号翠峰公寓"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.integers(1, 300), st.sampled_from(["公寓", "小区", "花园"]))
def test_any_subject_lift_then_a_new_level(road: str, estate: str, number: int, kind: str) -> None:
    assume(road != estate)
    text = f"自2022年4月2日起,{road}路{number}号、{estate}{kind}解除封控,调整为管控区。"
    assert levels_of(text) == {"controlled": [f"{road}路{number}号", f"{estate}{kind}"]}


@pytest.mark.parametrize("near_miss", [
    "自4月2日起,相关人员解除封控,调整为管控区。",
    "自4月2日起,居民解除封控,调整为管控区。",
    "自4月2日起,封控区解除封控,调整为管控区。",
])
def test_people_or_a_level_lifted_then_moved_are_no_places(near_miss: str) -> None:
    # (each beside the form itself, whose place is read; the near miss's subject is none)
    text = "自2022年4月2日起,春晓路21号、翠峰公寓解除封控,调整为管控区。\n" + near_miss
    assert levels_of(text) == {"controlled": ["春晓路21号", "翠峰公寓"]}


# --- places no longer in a temporary control area, a named part before the last 和 --------------------------

@pytest.mark.parametrize("text", [
    *_variants("自11月3日8时起,调整临时管控范围。春晓社区、翠峰村、锦绣社区部分区域和金华村不再纳入临时管控区(详见附图)。"),
    "春晓社区、翠峰村、锦绣社区部分区域和金华村不再纳入临时管控区。",
    "春晓社区、翠峰村、锦绣社区部分区域和金华村不再列为临时管控区。",
])
def test_places_no_longer_in_a_temporary_control_area(text: str) -> None:
    assert levels_of(text) == {"lifted": ["春晓社区", "翠峰村", "锦绣社区部分区域", "金华村"]}


@settings(max_examples=25, deadline=None)
@given(name, name, name, st.sampled_from(["村", "社区"]), st.sampled_from(["村", "社区"]))
def test_any_part_before_the_last_he_no_longer_controlled(first: str, part: str, last: str, kind: str,
                                                          last_kind: str) -> None:
    # (not a name that 和 opens a word with, "和风", "和盛": such a name after 和 is read as one name, as written)
    assume(len({first, part, last}) == 3 and last[0] not in _HE_WORD_SECOND)
    text = f"{first}村、{part}{kind}部分区域和{last}{last_kind}不再纳入临时管控区。"
    assert levels_of(text) == {"lifted": [f"{first}村", f"{part}{kind}部分区域", f"{last}{last_kind}"]}


@pytest.mark.parametrize("text", [
    "接下来,将逐日研判、逐日调整,直至全部解除管控。感谢广大市民的理解支持!",
    "下一步,将动态评估,直到解除封控。",
    "接下來,將逐日研判、逐日調整,直至全部解除管控。",
])
def test_the_offices_way_of_working_before_a_lift_to_come_is_no_place(text: str) -> None:
    assert not any(levels_of(text).values())


# --- 明确为 a level; a village's whole area and another's rest either side of 和 -----------------------------

@pytest.mark.parametrize("text", [
    *_variants("将金华镇春晓居、翠峰村全域和锦绣村除封控区以外的区域明确为管控区。"),
    "1.将金华镇春晓居、翠峰村全域和锦绣村除封控区以外的区域明确为管控区。封控区、管控区继续严格执行相关措施。",
    "将金华镇春晓居、翠峰村全域和锦绣村除封控区之外的区域调整为管控区。",
])
def test_made_clear_as_a_level_with_a_whole_area_and_a_rest_either_side_of_he(text: str) -> None:
    places = levels_of(text)["controlled"]
    assert len(places) == 3 and places[:2] == ["金华镇春晓居", "翠峰村全域"] and places[2].startswith("锦绣村除封控区")


@settings(max_examples=25, deadline=None)
@given(name, name, name, name, st.sampled_from(["明确为", "调整为", "划定为"]))
def test_any_whole_area_and_rest_either_side_of_he(town: str, first: str, whole: str, rest: str, verb: str) -> None:
    assume(len({town, first, whole, rest}) == 4 and rest[0] not in _HE_WORD_SECOND)
    text = f"将{town}镇{first}居、{whole}村全域和{rest}村除封控区以外的区域{verb}管控区。"
    assert levels_of(text) == {"controlled": [f"{town}镇{first}居", f"{whole}村全域", f"{rest}村除封控区以外的区域"]}


@pytest.mark.parametrize("text", [
    "3.其余防范区域,自4月12日零时起恢复执行市2022年第24号通告相关疫情防控措施(包括:居住小区、机关企事业单位严格实行"
    "常态化疫情防控措施;重点人群严格落实核酸检测;公交线路继续暂停营运等)。",
    "其餘防範區域,恢復執行相關疫情防控措施(包括:居住小區、機關企事業單位嚴格實行常態化疫情防控措施)。",
    "其余防范区域,恢复执行相关疫情防控要求(含:住宅小区、商户严格落实常态化防控措施)。".translate(HALF_TO_FULL),
])
def test_the_measures_a_levels_rest_goes_back_to_list_no_place(text: str) -> None:
    assert not any(levels_of(text).values())


# --- a town office's whole town (全镇域), named by its one town -------------------------------------------

@pytest.mark.parametrize("text", [
    *_variants("湖南省宁远县春晓镇实行最严格封控措施\n\n记者从湖南省宁远县春晓镇疫情防控指挥部获悉,18日起,"
               "对全镇域实行最严格的封控措施。未经镇疫情防控指挥部同意,车辆和人员不得出入。"),
    "宁远县春晓镇疫情防控指挥部通告\n自10月3日起,对全镇域实行最严格的封控措施。",
    "春晓镇新冠肺炎疫情联防联控指挥部通告\n自10月3日起,对全镇域实行封控措施,全镇各村居民一律居家。",
])
def test_a_town_offices_whole_town_is_named_by_its_town(text: str) -> None:
    assert levels_of(text) == {"sealed": ["春晓镇全域"]}


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["镇", "乡"]))
def test_any_town_offices_whole_town(town: str, kind: str) -> None:
    text = f"宁远县{town}{kind}疫情防控指挥部通告\n自10月3日起,对全{kind}域实行最严格的封控措施。"
    assert levels_of(text) == {"sealed": [f"{town}{kind}全域"]}


@pytest.mark.parametrize(("named", "unnamed"), [
    ("宁远县春晓镇实行封控措施\n自10月3日起,对全镇域实行最严格的封控措施。",
     "宁远县春晓镇、翠峰镇实行封控措施\n自10月3日起,对全镇域实行最严格的封控措施。"),
    ("翠峰镇疫情防控指挥部通告\n自10月3日起,对全镇域实行最严格的封控措施。未经镇疫情防控指挥部同意,不得出入。",
     "自10月3日起,对全镇域实行最严格的封控措施。未经镇疫情防控指挥部同意,不得出入。"),
])
def test_a_whole_town_is_named_only_by_one_town_named(named: str, unnamed: str) -> None:
    # (two towns named, or only the office's kind "镇疫情防控指挥部" in a sentence: left as written)
    assert levels_of(named)["sealed"][0].endswith("镇全域") and levels_of(named)["sealed"] != ["全镇域"]
    assert levels_of(unnamed) == {"sealed": ["全镇域"]}
