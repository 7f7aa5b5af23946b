"""Forms of the forty-third held-out set (part b): a place's area at its old level moved to a new one, the old
level written after the place with 的 ("将A宿舍区(共8栋楼)的封控区调整为管控区", "将B路以东,C路以北的管控区调整为
防范区", "把D村的中风险区域下调为低风险区域"), read as "将A由封控区调整为管控区" (not after words that name no
place: "将上述的…", "将本次发布的…", "将其余的…", "将该小区的…", nor after a division, "将A街道的高风险地区…", whose
areas of the level are named elsewhere); and a community's compound whose name starts
with 和, its building after it, as the last item of a 、 list ("A社区B花园9栋、C社区和佳园5栋"): one place, not
"C社区" and a bare "佳园5栋" (a compound written with its own kind word, "C社区和金华小区5栋", or a whole village,
"C社区和D村", is still a place of its own).
Notices here are written for the tests, their names invented (the districts real, as the parser knows them)."""

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

# --- a place's area at its old level, written with 的, moved to a new level -------------------------------------

_OLD_LEVEL_OF = ("晋安区疫情防控工作应急指挥部通告\n根据疫情防控政策,经研究决定:\n"
                 "自2022年6月16日0时起,将金桃镇星翠村春晓宿舍区(共8栋楼)的封控区调整为管控区,实行“足不出区,错峰取物”"
                 "的管控措施;将金桃镇星翠村春晓宿舍区以东,长风互通以西,丽泽隧道以南,光华路以北的管控区调整为防范区,"
                 "实行“强化社会面管控,严格限制人员聚集”。\n")
_OLD_LEVEL_READ = {"controlled": ["金桃镇星翠村春晓宿舍区(共8栋楼)"],
                   "precaution": ["金桃镇星翠村春晓宿舍区以东,长风互通以西,丽泽隧道以南,光华路以北"]}


def test_places_old_levels_written_with_de_moved_to_new_levels() -> None:
    assert by_level(_OLD_LEVEL_OF) == {("controlled", "晋安区"): _OLD_LEVEL_READ["controlled"],
                                       ("precaution", "晋安区"): _OLD_LEVEL_READ["precaution"]}


def test_old_levels_with_de_full_width_and_traditional() -> None:
    assert levels_of(_OLD_LEVEL_OF.translate(HALF_TO_FULL)) == _OLD_LEVEL_READ
    assert levels_of(in_traditional(_OLD_LEVEL_OF)) == _OLD_LEVEL_READ


def test_old_levels_with_de_in_other_words() -> None:
    assert levels_of("将金桃小区的高风险区降为中风险区。") == {"medium": ["金桃小区"]}
    assert levels_of("自10月5日起,把长风村的中风险区域下调为低风险区域。") == {"low": ["长风村"]}
    assert levels_of("将丽泽花园3号楼的封控区域调整为管控区域,实行“足不出区、错峰取物”。") == {
        "controlled": ["丽泽花园3号楼"]}
    assert levels_of(in_traditional("將翠湖社區光華苑的管控區調整為防範區。")) == {"precaution": ["翠湖社区光华苑"]}


def test_words_naming_no_place_before_de_stay_unread() -> None:
    for lead in ("将上述的封控区调整为管控区。", "将本次发布的封控区调整为管控区。", "将其余的管控区调整为防范区。",
                 "将该小区的封控区调整为管控区。", "将全市的高风险区调整为低风险区。"):
        assert levels_of(lead + "星翠小区为封控区。") == {"sealed": ["星翠小区"]}


def test_a_divisions_areas_of_a_level_name_no_place_but_a_shop_does() -> None:
    for lead in ("将长风街道的高风险地区调整为低风险地区。", "将金桃镇的中风险区降为低风险区。",
                 "将雨湖区的高风险区调整为低风险区。", "将湘潭县的管控区调整为防范区。"):
        assert levels_of(lead + "星翠小区为封控区。") == {"sealed": ["星翠小区"]}
    assert levels_of("将金桃超市的封控区调整为管控区。") == {"controlled": ["金桃超市"]}


def test_the_usual_wordings_with_you_and_risk_grade_stay() -> None:
    assert levels_of("将星翠小区由封控区调整为管控区。") == {"controlled": ["星翠小区"]}
    assert levels_of("将金桃小区的风险等级由高风险调整为中风险。") == {"medium": ["金桃小区"]}


_LEVEL_PAIRS = [("封控区", "管控区", "controlled"), ("管控区", "防范区", "precaution"),
                ("高风险区", "中风险区", "medium"), ("中风险区", "低风险区", "low")]


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), st.sampled_from(_LEVEL_PAIRS),
       st.sampled_from(["调整为", "降为", "下调为"]), st.sampled_from(["将", "把"]),
       st.sampled_from(["小区", "村", "宿舍区", "花园2号楼"]))
def test_any_place_old_level_with_de(town: str, name: str, levels: tuple[str, str, str], verb: str, lead: str,
                                     kind: str) -> None:
    old, new, level = levels
    place = f"{town}镇{name}{kind}"
    text = f"自2022年6月16日0时起,{lead}{place}的{old}{verb}{new},实行相应管控措施。"
    assert levels_of(text) == {level: [place]}


# --- a community's compound named with 和, the last item of a 、 list ----------------------------------------------

_HE_COMPOUND = ("自2022年8月28日8时起,对信江新区以下区域风险等级进行调整:\n"
                "3、将金桃乡星翠社区春晓绿洲一期9栋、长风社区和佳园5栋由中风险区调整为低风险区,实行“个人防护、避免聚集”措施。\n")


def test_a_communitys_compound_named_with_he_is_one_place() -> None:
    assert by_level(_HE_COMPOUND) == {("low", "信江新区"): ["金桃乡星翠社区春晓绿洲一期9栋", "长风社区和佳园5栋"]}


def test_compound_named_with_he_full_width_traditional_and_other_buildings() -> None:
    expected = {"low": ["金桃乡星翠社区春晓绿洲一期9栋", "长风社区和佳园5栋"]}
    assert levels_of(_HE_COMPOUND.translate(HALF_TO_FULL)) == expected
    assert levels_of(in_traditional(_HE_COMPOUND)) == expected
    for building in ("3幢", "12号楼", "二栋", "5栋2单元"):
        text = f"将星翠社区春晓花园9栋、丽泽村和鑫苑{building}调整为低风险区。"
        assert levels_of(text) == {"low": ["星翠社区春晓花园9栋", f"丽泽村和鑫苑{building}"]}


def test_a_compound_with_its_own_kind_word_or_a_village_after_he_is_a_place_of_its_own() -> None:
    assert levels_of("将星翠社区春晓花园9栋、长风社区和金华小区5栋调整为低风险区。") == {
        "low": ["星翠社区春晓花园9栋", "长风社区", "金华小区5栋"]}
    assert levels_of("将星翠社区、长风社区和金华村调整为低风险区。") == {"low": ["星翠社区", "长风社区", "金华村"]}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), st.sampled_from("佳鑫瑞丰锦馨韵翠"),
       st.sampled_from(["园", "苑", "府", "庭", ""]), st.integers(1, 40), st.sampled_from(["栋", "幢", "号楼", "座"]),
       st.sampled_from(["社区", "村"]))
def test_any_communitys_compound_named_with_he(first: str, community: str, second: str, end: str, number: int,
                                               building: str, kind: str) -> None:
    place = f"{community}{kind}和{second}{end}{number}{building}"
    text = f"将{first}社区春晓花园9栋、{place}由中风险区调整为低风险区。"
    assert levels_of(text) == {"low": [f"{first}社区春晓花园9栋", place]}
