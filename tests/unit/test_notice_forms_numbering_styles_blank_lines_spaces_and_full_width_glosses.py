"""Forms that the real notices write in one way and other offices in another, found by rewriting the tuned notices
(tests/unit/test_notice_corpus_variants.py): list items numbered "(1)" or "1)" as well as "1." (lines that are a
street or town each, items run on in one line), an item numbered "2、" whose bounds follow its "。", codes such as
"B1-B2、C1" that are no run-on item number, blank lines between a lowering sentence and its pointer line and between
the cells of a table copied one cell a line, a space after a heading's number or after a colon, and a copy that lost
bytes of its signature's district written with full-width gloss brackets. Each form in variants written here
(invented places, the wording of the real forms: other districts, kinds of place, separators, traditional
characters, full-width punctuation), and properties over generated parts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)
# Districts of the statistics bureau's list (the parser knows them by name).
DISTRICTS = ["小店区", "迎泽区", "杏花岭区", "万柏林区", "晋源区", "清徐县"]
# The numbering styles a list's items are written in, and the next number after each.
STYLES = ["{}.", "{}、", "({})", "{})"]


# --- a line numbered "(1)" or "1)" that is one street or town over the next item: a place ------------------

def test_bracket_numbered_streets_and_towns_one_a_line_are_places() -> None:
    text = ("小店区关于调整风险区的通告\n一、中风险区\n(1)金华街道\n(2)春晓镇\n(3)龙泉乡\n"
            "二、低风险区\n小店区除中风险区以外的地区")
    assert by_level(text) == {("medium", "小店区"): ["金华街道", "春晓镇", "龙泉乡"]}


def test_an_item_ending_in_a_small_town_is_no_town_over_the_items_after_it() -> None:
    # ("星湾小镇" is a shopping street's name; numbered like its neighbours it is one of the list)
    text = ("关于调整风险区等级的通告\n一、高风险区调整为低风险区3个\n1)光明路星湾小镇\n2)锦绣幼儿园\n3)泰康超市\n"
            "二、调整后风险等级区域\n(一)高风险区\n1.翠峰街道")
    assert by_level(text) == {("low", None): ["光明路星湾小镇", "锦绣幼儿园", "泰康超市"], ("high", None): ["翠峰街道"]}


def test_bracket_numbered_towns_in_traditional_characters_and_full_width_brackets() -> None:
    text = in_traditional("迎泽区关于调整风险区的通告\n一、中风险区\n(1)翠峰镇\n(2)福瑞乡\n二、低风险区\n"
                          "除中风险区以外的地区").translate(HALF_TO_FULL)
    assert by_level(text) == {("medium", "迎泽区"): ["翠峰镇", "福瑞乡"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=2, max_size=5, unique=True), st.lists(st.sampled_from(["街道", "镇", "乡"]),
       min_size=5, max_size=5), st.sampled_from(STYLES), st.sampled_from(DISTRICTS))
def test_any_numbered_streets_one_a_line_are_places(names: list[str], kinds: list[str], style: str,
                                                      district: str) -> None:
    places = [n + k for n, k in zip(names, kinds, strict=False)]
    items = "\n".join(style.format(n) + p for n, p in enumerate(places, 1))
    text = f"{district}关于调整风险区的通告\n一、中风险区\n{items}\n二、低风险区\n除中风险区以外的地区"
    assert by_level(text) == {("medium", district): places}


# --- items numbered "(1)" or "1)" run on in one line ---------------------------------------------------

def test_bracket_numbered_items_run_on_in_one_line() -> None:
    text = ("关于新增划定风险区域的通告\n现通告如下:一、封控区\n(1)太原市小店区金华小区3栋(2)太原市小店区春晓苑 "
            "(3)太原市迎泽区龙泉村\n二、管控区\n(1)太原市小店区金华小区 (2)太原市迎泽区龙泉村")
    assert by_level(text) == {("sealed", "小店区"): ["金华小区3栋", "春晓苑"], ("sealed", "迎泽区"): ["龙泉村"],
                              ("controlled", "小店区"): ["金华小区"], ("controlled", "迎泽区"): ["龙泉村"]}


def test_items_numbered_with_a_closing_bracket_run_on_in_one_line() -> None:
    text = "关于划定风险区的通告\n一、中风险区\n1)锦绣花园2号楼 2)星湾小区3)龙泉村五组\n特此通告。"
    assert by_level(text) == {("medium", None): ["锦绣花园2号楼", "星湾小区", "龙泉村五组"]}


def test_bracket_numbered_run_in_traditional_characters_and_full_width_brackets() -> None:
    text = in_traditional("关于划定风险区的通告\n一、高风险区\n(1)翠峰苑5栋(2)福瑞家园(3)金华村二组\n"
                          "特此通告。").translate(HALF_TO_FULL)
    assert by_level(text) == {("high", None): ["翠峰苑5栋", "福瑞家园", "金华村二组"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=2, max_size=5, unique=True), st.sampled_from(["({})", "{})"]),
       st.sampled_from(["", " "]), st.sampled_from(["小区", "花园", "村", "家园"]))
def test_any_bracket_numbered_run_on_one_line(names: list[str], style: str, gap: str, kind: str) -> None:
    places = [n + kind for n in names]
    run = gap.join(style.format(n) + p for n, p in enumerate(places, 1))
    text = f"关于划定风险区的通告\n一、中风险区\n{run}\n特此通告。"
    assert by_level(text) == {("medium", None): places}


# --- a code's digits after a letter are no run-on item number ("B1-B2、C1-C2楼") -------------------------

def test_building_codes_after_an_item_number_with_a_comma_mark() -> None:
    text = "关于划定低风险区的通告\n城南区指挥部决定:\n1、光明街道锦绣路16号后面A1-A5、B1-B2、C1-C2楼调整为低风险区。"
    assert by_level(text) == {("low", None): ["光明街道锦绣路16号后面A1-A5、B1-B2、C1-C2楼"]}


def test_hall_codes_in_a_lift_item_numbered_with_a_comma_mark() -> None:
    text = "关于解除部分封控区的通告\n现将有关情况通告如下:\n1、自3月27日18时起,解除星湾物流公司C2、C4仓库封控区。"
    assert by_level(text) == {("lifted", None): ["星湾物流公司C2、C4仓库"]}


def test_unit_codes_in_traditional_characters() -> None:
    text = in_traditional("关于划定高风险区的通告\n一、高风险区\n1、翠峰苑D2、D3栋\n2、福瑞家园\n特此通告。")
    assert by_level(text) == {("high", None): ["翠峰苑D2、D3栋", "福瑞家园"]}


@settings(max_examples=30, deadline=None)
@given(name, st.sampled_from("ABCDEF"), st.lists(st.integers(1, 9), min_size=2, max_size=4, unique=True),
       st.sampled_from(["栋", "楼", "号楼"]))
def test_any_lettered_codes_stay_in_their_item(compound: str, letter: str, numbers: list[int], unit: str) -> None:
    codes = "、".join(f"{letter}{n}" for n in sorted(numbers))
    text = f"关于划定高风险区的通告\n一、高风险区\n1、{compound}小区{codes}{unit}\n2、星湾村\n特此通告。"
    assert by_level(text) == {("high", None): [f"{compound}小区{codes}{unit}", "星湾村"]}


# --- "2、A片区。" with its bounds after the 。 on the next line: one area, as "2.A片区。" ------------------

def test_an_area_numbered_with_a_comma_mark_and_its_bounds_after_its_stop() -> None:
    text = ("关于划定风险区域的通告\n经研究决定,将下列区域划定为中风险区域。\n一、中风险区\n"
            "1、金华镇春晓村三组、四组。\n2、龙泉镇锦绣大厦片区。东至光明路,南至翠峰桥北侧,西至星湾巷,北至泰康巷。\n"
            "中风险区执行“人不出区”等管控措施。")
    assert by_level(text) == {("medium", None): [
        "金华镇春晓村三组、四组", "龙泉镇锦绣大厦片区。东至光明路,南至翠峰桥北侧,西至星湾巷,北至泰康巷"]}


def test_an_area_and_its_bounds_in_traditional_characters() -> None:
    text = in_traditional("关于划定风险区域的通告\n一、高风险区\n1、福瑞村一组。\n2、星湾街道泰康片区。东至金华路,"
                          "西至锦绣街。\n高风险区执行“足不出户”等管控措施。")
    assert by_level(text) == {("high", None): ["福瑞村一组", "星湾街道泰康片区。东至金华路,西至锦绣街"]}


def test_an_area_and_its_bounds_with_full_width_commas() -> None:
    text = ("关于划定风险区域的通告\n一、中风险区\n1、翠峰社区。\n2、光明市场片区。北至春晓路,南至龙泉河,西至胜利街。\n"
            "中风险区执行“人不出区”等管控措施。").translate(HALF_TO_FULL)
    assert by_level(text) == {("medium", None): ["翠峰社区", "光明市场片区。北至春晓路,南至龙泉河,西至胜利街"]}


@settings(max_examples=25, deadline=None)
@given(name, name, name, st.sampled_from(["{}.", "{}、"]))
def test_any_area_with_its_bounds_reads_alike_in_both_numberings(first: str, area: str, road: str,
                                                                  style: str) -> None:
    text = (f"关于划定风险区域的通告\n一、中风险区\n{style.format(1)}{first}村三组。\n"
            f"{style.format(2)}{area}片区。东至{road}路,西至锦绣街。\n中风险区执行“人不出区”等管控措施。")
    assert by_level(text) == {("medium", None): [f"{first}村三组", f"{area}片区。东至{road}路,西至锦绣街"]}


# --- blank lines between a lowering sentence and the pointer line of its list -----------------------------

def test_blank_lines_between_a_lowering_sentence_and_its_list() -> None:
    text = ("关于调低风险等级的通告\n经评估,今天决定将3个防范区调低风险等级。调低风险等级后按照新的管理方式执行。\n\n"
            "具体名单如下(总计3个):\n\n1、金华小区。\n\n2、春晓苑。\n\n3、龙泉村。")
    assert by_level(text) == {("lifted", None): ["金华小区", "春晓苑", "龙泉村"]}


def test_blank_lines_with_spaces_between_a_lowered_level_and_its_named_list() -> None:
    text = ("关于降低风险等级的通告\n决定将2个管控区降低风险等级。\n \n\n名单如下:\n1.星湾花园\n2.福瑞村")
    assert by_level(text) == {("lifted", None): ["星湾花园", "福瑞村"]}


def test_blank_line_before_the_pointer_in_traditional_characters() -> None:
    text = in_traditional("关于调低风险等级的通告\n决定将2个防范区调低风险等级。\n\n具体名单如下:\n1、翠峰家园。\n"
                          "2、泰康小区。")
    assert by_level(text) == {("lifted", None): ["翠峰家园", "泰康小区"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True), st.integers(1, 3), st.sampled_from(["防范区", "管控区"]))
def test_any_blank_lines_before_the_pointer(names: list[str], blanks: int, level: str) -> None:
    places = [n + "小区" for n in names]
    items = "\n".join(f"{n}、{p}。" for n, p in enumerate(places, 1))
    blank_lines = "\n" * (blanks + 1)
    text = f"关于调低风险等级的通告\n决定将{len(places)}个{level}调低风险等级。{blank_lines}具体名单如下:\n{items}"
    assert by_level(text) == {("lifted", None): places}


# --- a table copied one cell a line with a blank line after every cell -------------------------------------

def _cells(cells: list[str], between: str = "\n\n") -> str:
    return between.join(cells)


def test_a_table_of_towns_with_merged_cells_and_blank_lines_between_the_cells() -> None:
    table = _cells(["地区", "镇(街道)", "风险评定", "数量", "小店", "金华镇", "低风险", "2", "春晓街道", "低风险",
                    "迎泽", "星湾镇", "低风险", "1"])
    text = f"全市镇(街道)疫情风险情况为:\n\n{table}\n\n以上为评估结果。"
    assert by_level(text) == {("low", "小店区"): ["金华镇", "春晓街道"], ("low", "迎泽区"): ["星湾镇"]}


def test_a_table_with_a_level_column_and_blank_lines_between_the_cells() -> None:
    table = _cells(["序号", "街道", "风险区域", "风险等级", "1", "金华街道", "锦绣小区", "高风险区",
                    "2", "春晓街道", "星湾花园", "中风险区"])
    text = f"关于风险区域的通告\n\n{table}\n\n特此通告。"
    assert by_level(text) == {("high", None): ["金华街道锦绣小区"], ("medium", None): ["春晓街道星湾花园"]}


def test_a_table_in_traditional_characters_with_blank_lines_and_spaces_between_the_cells() -> None:
    table = _cells(["序号", "街道", "风险区域", "风险等级", "1", "龙泉街道", "福瑞家园", "中风险区",
                    "2", "翠峰街道", "泰康苑", "中风险区"], "\n \n")
    text = in_traditional(f"关于风险区域的通告\n{table}\n特此通告。")
    assert by_level(text) == {("medium", None): ["龙泉街道福瑞家园", "翠峰街道泰康苑"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(name, name, st.sampled_from(["高风险区", "中风险区", "低风险区"])), min_size=1, max_size=4,
                unique_by=lambda row: row[0] + row[1]), st.sampled_from(["\n", "\n\n", "\n\n\n"]))
def test_any_table_one_cell_a_line(rows: list[tuple[str, str, str]], between: str) -> None:
    cells = ["序号", "街道", "风险区域", "风险等级"]
    for n, (street, compound, level) in enumerate(rows, 1):
        cells += [str(n), street + "街道", compound + "小区", level]
    expected: dict[tuple[str | None, str | None], list[str]] = {}
    for street, compound, level in rows:
        expected.setdefault(({"高": "high", "中": "medium", "低": "low"}[level[0]], None), []).append(
            f"{street}街道{compound}小区")
    assert by_level(f"关于风险区域的通告\n{_cells(cells, between)}\n特此通告。") == expected


# --- a space after a heading's number before its glued district labels ------------------------------------

def test_a_space_after_the_number_of_a_counted_heading_with_glued_district_labels() -> None:
    text = ("关于调整风险区域等级的通告\n四、 现有高风险区(3个)(一)小店区(2个) 1.金华街道2.春晓街道(3号楼除外)\n"
            "(二)迎泽区(1个)1.龙泉街道")
    assert by_level(text) == {("high", "小店区"): ["金华街道", "春晓街道(3号楼除外)"], ("high", "迎泽区"): ["龙泉街道"]}


def test_an_ideographic_space_after_the_number_in_traditional_characters() -> None:
    text = in_traditional("关于调整风险区域等级的通告\n二、\u3000现有中风险区(2个)(一)晋源区(1个)1.福瑞村\n"
                          "(二)清徐县(1个)1.星湾村")
    assert by_level(text) == {("medium", "晋源区"): ["福瑞村"], ("medium", "清徐县"): ["星湾村"]}


def test_spaces_after_the_number_and_full_width_brackets() -> None:
    text = ("关于调整风险区域等级的通告\n三、  现有高风险区(2个)(一)万柏林区(2个)1.翠峰苑2.泰康家园\n"
            "四、其他区域为低风险区。").translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "万柏林区"): ["翠峰苑", "泰康家园"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(DISTRICTS), st.lists(name, min_size=1, max_size=3, unique=True),
       st.sampled_from([" ", "  ", "\u3000", ""]))
def test_any_space_after_a_counted_headings_number(district: str, names: list[str], space: str) -> None:
    items = "".join(f"{n}.{p}苑" for n, p in enumerate(names, 1))
    count = len(names)
    text = (f"关于调整风险区域等级的通告\n四、{space}现有高风险区({count}个)(一){district}({count}个) {items}\n"
            "五、其他区域为低风险区。")
    assert by_level(text) == {("high", district): [p + "苑" for p in names]}


# --- a space after a colon, before the words or the list's first number -------------------------------------

def test_a_space_after_the_colon_before_an_earlier_designation() -> None:
    # (the sentence after the colon tells what was decided on an earlier day: no level of this notice)
    text = ("2月27日,某市疫情防控指挥部发布通告: 自2月10日0时起,城南县金华乡春晓村划定为高风险地区,2月13日至今,"
            "已连续14天无新增本土确诊病例。经研究,2月28日0时起,将城南县金华乡春晓村调整为低风险地区。")
    assert by_level(text) == {("low", "城南县"): ["金华乡春晓村"]}


def test_a_space_after_the_colon_before_the_first_item_number() -> None:
    text = ("全县广大居民:\n经研究,决定实施临时封控管理,现将有关事项通告如下: 1.对周边区域(金华镇春晓村、龙泉村)"
            "继续列为封控区,做到“里不出、外不进”。")
    assert by_level(text) == {("sealed", None): ["周边区域(金华镇春晓村、龙泉村)"]}


def test_an_ideographic_space_after_a_full_width_colon_in_traditional_characters() -> None:
    text = in_traditional("关于划定风险区的通告\n现将有关事项通告如下:\u30001.对星湾镇福瑞村继续列为封控区,"
                          "做到“足不出户”。").translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", None): ["星湾镇福瑞村"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from([" ", "  ", "\u3000"]), st.sampled_from(DISTRICTS), st.booleans())
def test_any_space_after_a_colon(town: str, village: str, space: str, district: str, earlier: bool) -> None:
    place = f"{town}镇{village}村"
    if earlier:  # an earlier day's designation after the colon, then this notice's change
        text = (f"某市指挥部发布通告:{space}自2月10日0时起,{district}{place}划定为高风险地区,已连续14天无新增病例。"
                f"2月28日0时起,将{district}{place}调整为低风险地区。")
        assert by_level(text) == {("low", district): [place]}
    else:  # the first item right after the colon
        text = f"关于划定风险区的通告\n现将有关事项通告如下:{space}1.对{place}继续列为封控区,做到“足不出户”。"
        assert by_level(text) == {("sealed", None): [place]}


# --- a signature whose district a copy lost bytes of, its glosses in full-width brackets -------------------

def test_a_lost_byte_district_with_full_width_gloss_brackets() -> None:
    # ("小店?diàn）^（qū）": a repost that glosses characters lost 區's first byte; "^" is its second, (qū) its gloss)
    text = in_traditional("关于划定高风险区的通告\n新增高风险区:\n将金华小区、春晓苑调整为高风险区。\n特此通告。\n"
                          "小店?diàn)^(qū)新冠肺炎疫情防控工作指挥部\n2022年11月17日").translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "小店区"): ["金华小区", "春晓苑"]}


def test_a_lost_byte_district_with_full_width_brackets_in_simplified_characters() -> None:
    text = ("关于划定高风险区的通告\n新增高风险区:\n将翠峰家园、福瑞村调整为高风险区。\n特此通告。\n"
            "迎泽?zé)^(qū)疫情防控指挥部\n2022年11月20日").translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "迎泽区"): ["翠峰家园", "福瑞村"]}


def test_a_lost_byte_district_with_only_the_closing_bracket_full_width() -> None:
    text = ("关于划定中风险区的通告\n新增中风险区:\n将星湾小区调整为中风险区。\n特此通告。\n"
            "晋源?yuán\uff09^(qū)新冠肺炎疫情防控指挥部\n2022年11月21日")
    assert by_level(text) == {("medium", "晋源区"): ["星湾小区"]}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["小店区", "迎泽区", "晋源区", "万柏林区", "杏花岭区"]), name, st.booleans())
def test_any_lost_byte_district_with_full_width_glosses(district: str, compound: str, traditional: bool) -> None:
    text = (f"关于划定高风险区的通告\n新增高风险区:\n将{compound}小区调整为高风险区。\n特此通告。\n"
            f"{district[:-1]}?yún)^(qū)新冠肺炎疫情防控工作指挥部\n2022年11月17日")
    text = (in_traditional(text) if traditional else text).translate(HALF_TO_FULL)
    assert by_level(text) == {("high", district): [f"{compound}小区"]}
