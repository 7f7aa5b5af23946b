"""Forms of the forty-third held-out set, part b (notices 1136, 1139, 1140, 1144, 1146), each in variants written
here (invented places, the wording of the real forms):

* districts' rest with a comma after the exception: "A区、B县、C区除高中风险区外,其他区域均为低风险区" under
  "三、低风险区", three or more bare districts sharing the last one's rest, a blanket, no place;
* a part's title naming risk areas with no level of its own ("三、调整风险区:", "风险区调整") over
  "将下列区域由高风险区调整为低风险区" and its places, no place of the list above it;
* spaces before a mark of the sentence ("A14号楼 , B镇C3号楼", "管控措施 。"), saying nothing;
* a level's list on the line under its label, places parted by commas, then the level's measures after a last
  comma ("A镇B、C , D镇E,采取“足不出户、上门服务”等管控措施。"): the measures no place and no end of the list;
* a report's lead "X市疫情防控指挥部发布通告:" before the places its sentence is about ("A、B已连续14天内无新增确诊
  病例,…,将以上地区调整为低风险地区")."""

from __future__ import annotations

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

# --- districts' rest with a comma after the exception -------------------------------------------------------

_DESIGNATION = ("自2022年10月13日18时起,划定风险区域如下:\n一、高风险区(1个)\n1.{d}站前街道金华村5组\n"
                "二、低风险区\n{rest}\n")


def test_three_districts_rest_after_a_comma_is_no_place() -> None:
    text = _DESIGNATION.format(d="迎泽区", rest="迎泽区、清徐县、高新区除高中风险区外,其他区域均为低风险区。")
    assert by_level(text) == {("high", "迎泽区"): ["站前街道金华村5组"]}


def test_one_zone_rest_after_a_comma_in_traditional_characters() -> None:
    text = _DESIGNATION.format(d="小店区", rest="经开区除高、中风险区以外,其余区域均为低风险区。")
    assert by_level(in_traditional(text)) == {("high", "小店区"): ["站前街道金华村5组"]}


def test_two_districts_rest_after_a_full_width_comma() -> None:
    rest = "晋源区、阳曲县除上述风险区之外,其它区域为低风险区。"
    text = _DESIGNATION.format(d="晋源区", rest=rest).translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "晋源区"): ["站前街道金华村5组"]}


def test_four_districts_rest_without_a_comma_is_no_place_either() -> None:
    text = _DESIGNATION.format(d="小店区", rest="小店区、迎泽区、娄烦县、高新区除高中风险区外其他区域均为低风险区。")
    assert by_level(text) == {("high", "小店区"): ["站前街道金华村5组"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["小店区", "迎泽区", "杏花岭区", "尖草坪区", "晋源区", "清徐县", "阳曲县", "娄烦县"]),
                min_size=1, max_size=4, unique=True),
       st.sampled_from(["高新区", "经开区", "万柏林区"]), st.sampled_from(["外", "以外", "之外"]),
       st.sampled_from(["其他区域", "其余区域", "其它地区"]), st.sampled_from(["均为", "为", "全部为"]))
def test_any_districts_rest_after_a_comma_is_a_blanket(districts: list[str], last: str, close: str, rest: str,
                                                      verb: str) -> None:
    listed = "、".join([*districts, last])
    text = _DESIGNATION.format(d="小店区", rest=f"{listed}除高中风险区{close},{rest}{verb}低风险区。")
    assert by_level(text) == {("high", "小店区"): ["站前街道金华村5组"]}


def test_a_place_of_its_own_after_the_comma_is_still_read() -> None:
    # (guard: "A除高风险区外,B为低风险区" names B after the comma, a place)
    text = ("自2022年10月13日18时起,划定风险区域如下:\n一、低风险区\n"
            "除高风险区外,迎泽区柳巷街道金华小区为低风险区。\n")
    assert levels_of(text) == {"low": ["柳巷街道金华小区"]}


# --- a part's title naming risk areas with no level ---------------------------------------------------------

_ADJUSTED = ("即日起,对本市风险区调整如下:\n一、新增高风险区:\n迎泽区柳巷街道金华路5号楼3单元\n{title}\n"
             "将下列区域由高风险区调整为低风险区\n小店区坞城街道春晓小区2号楼1单元\n小店区亲贤街道翠竹社区9号楼\n")
_EXPECTED = {("high", "迎泽区"): ["柳巷街道金华路5号楼3单元"],
             ("low", "小店区"): ["坞城街道春晓小区2号楼1单元", "亲贤街道翠竹社区9号楼"]}


def test_part_title_adjusting_risk_areas_is_no_place() -> None:
    assert by_level(_ADJUSTED.format(title="二、调整风险区:")) == _EXPECTED


def test_part_title_written_noun_first_in_traditional_characters() -> None:
    assert by_level(in_traditional(_ADJUSTED.format(title="二、风险区调整"))) == _EXPECTED


def test_part_title_with_full_width_colon_and_other_verb() -> None:
    assert by_level(_ADJUSTED.format(title="(二)变更的风险区:").translate(HALF_TO_FULL)) == _EXPECTED


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["二、", "(二)", "2.", "第二、"]), st.sampled_from(["调整", "变更", "解除", "调整后的", ""]),
       st.sampled_from(["风险区", "风险地区", "风险区域"]), st.sampled_from(["", "调整", "等级调整"]),
       st.sampled_from([":", ""]))
def test_any_part_title_of_risk_areas_is_no_place(enum: str, verb: str, noun: str, after: str, colon: str) -> None:
    assume(verb or after)
    assert by_level(_ADJUSTED.format(title=f"{enum}{verb}{noun}{after}{colon}")) == _EXPECTED


def test_a_place_named_after_a_risk_word_is_kept() -> None:
    # (guard: a place with its own name before the kind is no title)
    text = "即日起,新增高风险区:\n迎泽区柳巷街道风险路5号楼3单元\n"
    assert levels_of(text) == {"high": ["柳巷街道风险路5号楼3单元"]}


# --- spaces before a mark of the sentence, and the measures after a list under its label --------------------

_LABELLED = ("自2022年11月22日8时起,迎泽区划定高风险区如下:\n高风险区(5个):\n{line}\n"
             "以上区域范围将根据疫情防控形势变化适时调整。\n")
_SIX = ["柳巷街道金华苑2号楼", "春晓家园14号楼", "翠竹名都14号楼", "桥东街道锦绣园A2区(北区)3号楼",
        "胜利烧烤(兰亭街店)"]


def test_spaced_commas_between_towns_groups_then_measures() -> None:
    line = ("迎泽区柳巷街道金华苑2号楼、春晓家园14号楼、翠竹名都14号楼 , 桥东街道锦绣园A2区(北区)3号楼、"
            "胜利烧烤(兰亭街店),采取“足不出户、上门服务”等管控措施 。")
    assert by_level(_LABELLED.format(line=line)) == {("high", "迎泽区"): _SIX}


def test_commas_then_measures_in_traditional_characters() -> None:
    line = ("迎泽区柳巷街道金华苑2号楼,春晓家园14号楼,翠竹名都14号楼,桥东街道锦绣园A2区(北区)3号楼,"
            "胜利烧烤(兰亭街店),实行“足不出户、上门服务”。")
    assert by_level(in_traditional(_LABELLED.format(line=line))) == {("high", "迎泽区"): _SIX}


def test_full_width_commas_then_measures_without_their_kind() -> None:
    line = ("迎泽区柳巷街道金华苑2号楼、春晓家园14号楼、翠竹名都14号楼,桥东街道锦绣园A2区(北区)3号楼、"
            "胜利烧烤(兰亭街店),统一实施“足不出户、上门服务”等管控措施;")
    assert by_level(_LABELLED.format(line=line).translate(HALF_TO_FULL)) == {("high", "迎泽区"): _SIX}


_MEASURES = ",采取“足不出户、上门服务”等管控措施"
_THREE = ["柳巷街道金华苑2号楼", "春晓家园14号楼", "桥东街道翠竹名都"]


def test_spaces_before_the_comma_and_stop_around_the_measures() -> None:
    line = "迎泽区柳巷街道金华苑2号楼、春晓家园14号楼 , 桥东街道翠竹名都 " + _MEASURES + " 。"
    assert by_level(_LABELLED.format(line=line)) == {("high", "迎泽区"): _THREE}


def test_spaces_before_the_marks_in_traditional_characters() -> None:
    line = "迎泽区柳巷街道金华苑2号楼 、春晓家园14号楼  , 桥东街道翠竹名都" + _MEASURES + "  ;"
    assert by_level(in_traditional(_LABELLED.format(line=line))) == {("high", "迎泽区"): _THREE}


def test_ideographic_spaces_before_full_width_marks() -> None:
    line = "迎泽区柳巷街道金华苑2号楼\u3000,春晓家园14号楼\u3000,桥东街道翠竹名都\u3000" + _MEASURES + "\u3000。"
    assert by_level(_LABELLED.format(line=line).translate(HALF_TO_FULL)) == {("high", "迎泽区"): _THREE}


@settings(max_examples=25, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=5, unique=True),
       st.lists(st.sampled_from([" , ", "  ,", " ,", "\u3000,"]), min_size=4, max_size=4),
       st.sampled_from([" ", "  ", "\u3000"]), st.sampled_from([" 。", "\u3000。", "  ;"]))
def test_any_spaces_before_the_marks_of_a_labelled_list(names: list[str], seps: list[str], before: str,
                                                        stop: str) -> None:
    places = [f"柳巷街道{name}小区{k + 1}号楼" for k, name in enumerate(names)]
    line = "迎泽区" + "".join(place + (seps[k] if k < len(places) - 1 else before) for k, place in enumerate(places))
    assert by_level(_LABELLED.format(line=line + _MEASURES + stop)) == {("high", "迎泽区"): places}


@settings(max_examples=25, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=5, unique=True),
       st.sampled_from([",", " , ", ", "]), st.sampled_from(["采取", "实行", "实施", "落实"]),
       st.sampled_from(["“足不出户、上门服务”等管控措施", "“足不出户,上门服务”", "“足不出户、上门服务”的防控措施"]),
       st.sampled_from(["。", " 。", ""]))
def test_any_comma_list_then_measures_under_its_label(names: list[str], sep: str, verb: str, measures: str,
                                                     stop: str) -> None:
    places = [f"{name}小区{k + 1}号楼" for k, name in enumerate(names)]
    line = "迎泽区" + sep.join(places) + f",{verb}{measures}{stop}"
    assert by_level(_LABELLED.format(line=line)) == {("high", "迎泽区"): places}


def test_measures_after_a_sentence_of_its_own_are_not_split_from_it() -> None:
    # (guard: "对A,B,实行…" and "自…起,A,B,实行…" are sentences with their own 对 or time; no place is cut out of
    # them with its 对 or time in front)
    for line in ("对迎泽区金华苑2号楼,春晓家园14号楼,实行“足不出户、上门服务”等管控措施。",
                 "自11月22日8时起,迎泽区金华苑2号楼,春晓家园14号楼,实行“足不出户、上门服务”等管控措施。"):
        places = [p for ps in levels_of(_LABELLED.format(line=line)).values() for p in ps]
        assert not any(p.startswith(("对", "自")) for p in places)


def test_measures_on_a_line_of_their_own_under_the_list() -> None:
    line = "迎泽区金华苑2号楼、春晓家园14号楼。\n自11月22日8时起,实行“足不出户、上门服务”等管控措施。"
    assert by_level(_LABELLED.format(line=line)) == {("high", "迎泽区"): ["金华苑2号楼", "春晓家园14号楼"]}


def test_spaces_in_a_table_cell_are_kept() -> None:
    # (guard: a tab between cells is no space before a mark)
    text = "序号\t所属区\t风险区域\t风险等级\n1\t小店区\t金华苑小区3号楼\t高风险区\n"
    assert by_level(text) == {("high", "小店区"): ["金华苑小区3号楼"]}


# --- a report's lead before the places its sentence is about -------------------------------------------------

_REPORT = ("{day},{office}{verb}:{city}迎泽区{places}已连续14天内无新增确诊病例,根据《关于调整分区分级标准的通知》,"
           "经省指挥部同意,于{day}零时起将以上地区调整为低风险地区。\n")
_PLACES = ["恒丰湾·金华园", "春晓小区", "翠竹国际新城"]


def test_report_of_an_office_announcing_a_lowering() -> None:
    text = _REPORT.format(day="4月16日", office="太原市新冠肺炎疫情防控指挥部", verb="发布通告", city="太原市",
                          places="、".join(_PLACES))
    assert by_level(text) == {("low", "迎泽区"): _PLACES}


def test_report_with_its_office_announcing_in_traditional_characters() -> None:
    text = _REPORT.format(day="4月18日", office="山西太原市疫情防控指挥部", verb="发布公告", city="",
                          places="、".join(_PLACES))
    assert by_level(in_traditional(text)) == {("low", "迎泽区"): _PLACES}


def test_report_with_full_width_marks_and_a_saying_verb() -> None:
    text = _REPORT.format(day="5月2日", office="太原市疫情防控领导小组", verb="通报称", city="太原市",
                          places="、".join(_PLACES)).translate(HALF_TO_FULL)
    assert by_level(text) == {("low", "迎泽区"): _PLACES}


@settings(max_examples=25, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=5, unique=True),
       st.sampled_from(["小区", "花园", "家园", "新城", "社区"]),
       st.sampled_from(["发布通告", "发布公告", "发出通知", "公布消息"]), st.sampled_from(["", "太原市"]))
def test_any_report_lead_before_its_subject(names: list[str], kind: str, verb: str, city: str) -> None:
    places = [name + kind for name in names]
    text = _REPORT.format(day="4月16日", office="太原市疫情防控指挥部", verb=verb, city=city, places="、".join(places))
    assert by_level(text) == {("low", "迎泽区"): places}


def test_label_then_condition_still_splits_the_list() -> None:
    # (guard: "管控区:A村全域近14天无新增病例,…解除管控" after a level's label is read as before)
    text = "管控区:金华村全域近14天无新增病例,经研判,自即日起解除管控。\n"
    assert levels_of(text) == {"controlled": ["金华村全域"]}
