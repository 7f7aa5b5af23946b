"""Ordinary wording near the forms of b3a5b75d and 03ec4c15 (review rv1b): a lift's own introduction over lists
under an earlier list (a lift told on the way to other lists, a time or condition of a lift, a lift in brackets
lift nothing); two-character districts beside their city's siblings (the word before a kind of place or a part of
the area, "郊区农村地区", "城区各居民小区", is no district); a district after the lead's verb ("调整后城区…": no
"后城区"); a bare 除外 after a whole town, street or compound ("桃园街道除外其余区域": the rest of a district).
Notices here are written for the tests."""

from __future__ import annotations

import pytest

from tests.unit.test_notice_parser_real_forms import by_level, levels_of

# --- a lift's own introduction over lists under an earlier list -------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("关于调整风险区域的通告\n新增封控区:A区桃园小区。\n经研判,解除李家村的封控,同时公布以下区域:\n"
     "封控区:B区柳湾小区\n管控区:B区红星村",
     {"sealed": ["A区桃园小区", "B区柳湾小区"], "controlled": ["B区红星村"]}),
    ("关于调整风险区域的通告\n一、新增封控区:A区桃园小区\n二、解除封控后,现有风险区域如下:\n"
     "封控区:B区柳湾小区\n管控区:B区红星村",
     {"sealed": ["A区桃园小区", "B区柳湾小区"], "controlled": ["B区红星村"]}),
    ("据报道,4月12日,甲区发布通告:\n自4月12日起,解除桃园小区封控,调整为低风险区。\n新增封控区:柳湾小区\n"
     "经专家研判,现将解除封控以后仍然保留的区域公布如下:\n封控区:红星村\n管控区:白石村",
     {"low": ["桃园小区"], "sealed": ["柳湾小区", "红星村"], "controlled": ["白石村"]}),
    ("关于调整风险区域的通告\n高风险区:桃园小区\n以上区域解除前,继续实行封控管理,具体区域如下:\n管控区:柳湾小区",
     {"high": ["桃园小区"], "controlled": ["柳湾小区"]}),
    ("新增封控区:桃园小区\n在解除封控前,请以下区域居民足不出户\n管控区:柳湾小区",
     {"sealed": ["桃园小区"], "controlled": ["柳湾小区"]}),
    ("甲区发布通告:自4月12日起,新城小区解除中风险地区,下调为低风险地区。\n"
     "现将全区风险区域公布如下(解除区域不再列出):\n封控区:桃园小区\n管控区:柳湾小区",
     {"low": ["新城小区"], "sealed": ["桃园小区"], "controlled": ["柳湾小区"]}),
    ("一、封控区:桃园小区\n二、管控区:柳湾小区\n三、防范区:解除封控管控后的其余区域\n管控区:白石村",
     {"sealed": ["桃园小区"], "controlled": ["柳湾小区", "白石村"]}),
    ("關於調整風險區域的通告\n新增封控區:桃園小區。\n解除李家村封控,以下區域繼續管理:\n封控區:柳灣小區\n管控區:紅星村",
     {"sealed": ["桃园小区", "柳湾小区"], "controlled": ["红星村"]}),
    ("关于调整风险区域的通告\n新增封控区：A区桃园小区。\n经研判，解除李家村的封控，同时公布以下区域：\n"
     "封控区：B区柳湾小区",
     {"sealed": ["A区桃园小区", "B区柳湾小区"]}),
])
def test_a_lift_told_on_the_way_to_other_lists_lifts_nothing(text: str, expected: dict[str, list[str]]) -> None:
    assert levels_of(text) == expected


_REPORT = "据报道,甲区指挥部发布通告:\n自4月12日24时起,新城华府小区1号楼解除中风险地区,下调为低风险地区。\n"


def test_a_lifts_own_introduction_still_lifts() -> None:
    text = (_REPORT + "决定自4月12日22时起,解除青柳镇部分封控区,具体名单如下:\n"
            "(一)青柳镇辖区内封控区:桃园小区,白石村东组。")
    assert levels_of(text) == {"low": ["新城华府小区1号楼"], "lifted": ["青柳镇桃园小区", "青柳镇白石村东组"]}
    text = (_REPORT + "经研判,决定解除以下区域管控措施(详见附件),特此通告如下:\n"
            "(一)青柳镇辖区内管控区:桃园小区,白石村东组。")
    assert levels_of(text) == {"low": ["新城华府小区1号楼"], "lifted": ["青柳镇桃园小区", "青柳镇白石村东组"]}


# --- two-character districts beside their city's siblings ---------------------------------------------------------


@pytest.mark.parametrize("text, level, sibling, place", [
    ("新增封控区:平定县桃园村、郊区农村地区。", "sealed", "平定县", "郊区农村地区"),
    ("新增封控区:平定县桃园村、城区各居民小区。", "sealed", "平定县", "城区各居民小区"),
    ("新增管控区:平定县桃园村、城区主要街道两侧商铺。", "controlled", "平定县", "城区主要街道两侧商铺"),
    ("新增封控区:平定县桃园村、城区周边村庄。", "sealed", "平定县", "城区周边村庄"),
    ("新增封控区:平定县桃园村、矿区生活区3号楼。", "sealed", "平定县", "矿区生活区3号楼"),
    ("新增封控区:平定县桃园村、城区北部片区。", "sealed", "平定县", "城区北部片区"),
    ("新增封控区:平定县桃园村、城区老旧小区。", "sealed", "平定县", "城区老旧小区"),
    ("新增封控区:平定縣桃園村、城區沿街門面房。", "sealed", "平定县", "城区沿街门面房"),
    ("新增封控区：平定县桃园村、郊区农村地区。", "sealed", "平定县", "郊区农村地区"),
])
def test_a_two_character_district_word_before_a_kind_of_place_is_no_district(text: str, level: str, sibling: str,
                                                                              place: str) -> None:
    assert by_level(text) == {(level, sibling): ["桃园村", place]}


def test_two_character_districts_unchanged_near_misses() -> None:
    assert by_level("新增防范区:盂县县城、城区其他区域。") == {("precaution", "盂县"): ["县城"]}
    assert by_level("新增封控区:铜官区新苑小区、郊区以外的乡镇。") == {
        ("sealed", "铜官区"): ["新苑小区", "郊区以外的乡镇"]}
    assert by_level("新增管控区:盂县秀水镇、城区、矿区、郊区全域。") == {
        ("controlled", "盂县"): ["秀水镇", "城区", "矿区", "郊区全域"]}
    # the district's own named place is still its own
    assert by_level("新增中风险地区:铜官区新苑小区三期2栋、郊区金御华府30栋。") == {
        ("medium", "铜官区"): ["新苑小区三期2栋"], ("medium", "郊区"): ["金御华府30栋"]}


# --- a district after the lead's verb ------------------------------------------------------------------------------


def _lead(verb_and_district: str) -> str:
    return f"关于调整风险区域的通告\n经研判,{verb_and_district}风险区域如下:\n封控区:桃园小区\n管控区:柳湾小区"


def test_what_follows_the_leads_verb_is_no_district() -> None:
    assert by_level(_lead("现将调整后城区")) == {("sealed", None): ["桃园小区"], ("controlled", None): ["柳湾小区"]}
    for words in ("现公布全区", "现公布我区", "自10月30日0时起调整后全区", "现公布中心城区", "现公布辖区",
                  "現公佈全縣"):
        assert by_level(_lead(words)) == {("sealed", None): ["桃园小区"], ("controlled", None): ["柳湾小区"]}, words
    assert by_level(_lead("现公布经开区")) == {
        ("sealed", "经开区"): ["桃园小区"], ("controlled", "经开区"): ["柳湾小区"]}


# --- a bare 除外 after a whole unit ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "新增防范区:桃园街道除外其余区域。",
    "新增防范区:城关镇除外其余区域。",
    "新增防范区:莲湖区北院门街道除外其余区域。",
    "新增防范区:新城小区除外其余区域。",
    "新增防范区:高风险区除外其余区域。",
    "新增防范区:封控区、管控区除外其余区域。",
    "新增防范區:封控區、管控區除外其餘區域。",
    "新增防范区:上述区域除外其余区域。",
    "新增防范区:城区除外其余区域。",
    "新增防范区:全县除外其他区域。",
])
def test_the_rest_after_a_whole_unit_left_out_is_a_blanket(text: str) -> None:
    assert levels_of(text) == {}


def test_the_rest_of_a_place_after_its_part_left_out_is_a_place() -> None:
    assert levels_of("新增防范区:新城小区1号楼除外的其他区域。") == {"precaution": ["新城小区1号楼除外的其他区域"]}
    assert levels_of("新增防范区:城关镇桃园村三组除外其余区域。") == {"precaution": ["城关镇桃园村三组除外其余区域"]}
    assert levels_of("新增防范区:城关镇桃园村除外的其他区域。") == {"precaution": ["城关镇桃园村除外的其他区域"]}


# --- streets written short with 办 -----------------------------------------------------------------------------------


def test_street_offices_keep_their_districts() -> None:
    assert by_level("新增封控区:盐湖区安邑办大市北村、北城办南关社区。") == {
        ("sealed", "盐湖区"): ["安邑办大市北村", "北城办南关社区"]}
    assert by_level("新增封控区:莲湖区北院门街道办事处西羊市社区。") == {
        ("sealed", "莲湖区"): ["北院门街道办事处西羊市社区"]}
    assert by_level("新增封控区:新城区西一路街道办韩森寨社区。") == {("sealed", "新城区"): ["西一路街道办韩森寨社区"]}
