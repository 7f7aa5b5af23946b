"""Forms of notices: a content site's watermark at the end of every line, unnumbered lines of a counted list
each one place (their "、" joining shops of one street; the count after a heading or a pointer "以下3个区域"),
"新增A1个高风险区" (the new places, their count and level with no 为; after 现, a day or 决定), a known district's
name inside a place before a number ("平房区50(2、4)排": a bungalow area's rows, no district), "新划定A、B为高风险区"
and "决定划定A为…" (划定 after 决定), a county-level city's title after its prefecture ("昌吉州阜康市关于…"), the
Party committee's office signing for its county ("中共A县委…办公室") and "解除A高风险区管控措施,调整为低风险区".
Each form in variants written here (invented places, other counties, numbering, full-width punctuation,
traditional characters), and properties over generated lists."""

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

name = invented_names(PLAIN_SYLLABLES)
ENDS = ["小区", "超市", "饭店", "社区", "花园", "家园", "村"]


@st.composite
def named_place(draw: st.DrawFn) -> str:
    return draw(name) + draw(st.sampled_from(ENDS))


# --- a site's watermark at the end of every line ------------------------------------------------------------

def _watermarked(lines: list[str], mark: str) -> str:
    return "\n\n".join(f"  {line}{mark}" for line in lines)


def test_a_watermark_ending_every_line_is_no_part_of_the_places() -> None:
    text = _watermarked([
        "榆防办通告 (2022) 31 号", "晋中市灵石县关于划定风险区的通告",
        "经专家分析论证,灵石县疫情防控工作领导小组决定,划定风险区域如下:", "一、高风险区 3 个",
        "翠峰镇南关村东片区", "静升镇王家大院南门至北门片区", "东城街道新建路8号面馆",
        "高风险区内实行“足不出户、上门服务”封控措施。", "二、低风险区",
        "灵石县除高风险区以外的区域为低风险区,实行“个人防护、避免聚集”"], "QWe某某生活常识网")
    assert by_level(text) == {("high", "灵石县"): ["翠峰镇南关村东片区", "静升镇王家大院南门至北门片区",
                                                 "东城街道新建路8号面馆"]}


def test_a_latin_watermark_on_a_numbered_list_with_full_width_punctuation() -> None:
    text = _watermarked([
        "关于调整风险区域的通告",
        "经综合研判,决定自2022年11月25日起,将以下区域划定为中风险区:",
        "1.锦绣路东段(北至长风街,南至胜利街)", "2.春晓小区3号楼", "3.金华村二组",
        "中风险区实行“人不出区、错峰取物”管控措施。"], "www.abcxyz.com").translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["锦绣路东段(北至长风街,南至胜利街)", "春晓小区3号楼", "金华村二组"]}


def test_a_watermark_in_traditional_characters() -> None:
    text = in_traditional(_watermarked([
        "孝义市关于划定风险区的通告", "经专家研判,决定划定风险区域如下:", "一、高风险区 2 个",
        "兑镇镇东关村北片区", "新义街道府前街88号超市", "高风险区实行封控措施。"], "百科知识网Zx9"))
    assert levels_of(text) == {"high": ["兑镇镇东关村北片区", "新义街道府前街88号超市"]}


def test_a_watermark_after_a_space_missing_on_the_title() -> None:
    text = "平防办通告 (2022) 12 号\n\n关于划定风险区的通告\n\n" + _watermarked([
        "经专家研判,平遥县疫情防控工作领导小组决定,划定风险区域如下: ", "一、高风险区 3 个 ",
        "古陶镇金华村西片区 ", "南政乡翠峰村 ", "洪善镇长风路8号饭店 ", "高风险区内实行封控措施。 "], "生活百科知识网")
    assert by_level(text) == {("high", "平遥县"): ["古陶镇金华村西片区", "南政乡翠峰村", "洪善镇长风路8号饭店"]}


def test_lines_ending_alike_in_a_list_keep_their_ends() -> None:
    # (the places' own "(除高风险区外)" ends most lines: it names a level, no watermark)
    text = ("关于划定风险区的通告\n一、中风险区 4 个\nA镇(除高风险区外)\nB镇(除高风险区外)\n"
            "C街道(除高风险区外)\nD乡(除高风险区外)")
    assert levels_of(text) == {"medium": ["A镇(除高风险区外)", "B镇(除高风险区外)", "C街道(除高风险区外)",
                                          "D乡(除高风险区外)"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(named_place(), min_size=2, max_size=7, unique=True),
       st.text(alphabet="ABCxyz生活常识百科网", min_size=5, max_size=12))
def test_any_watermark_ending_every_line_leaves_the_places(places: list[str], mark: str) -> None:
    lines = ["关于划定风险区的通告", "经专家研判,划定风险区域如下:", f"一、高风险区 {len(places)} 个",
             *places, "高风险区内实行“足不出户、上门服务”封控措施。"]
    assert levels_of(_watermarked(lines, mark)) == {"high": places}


# --- unnumbered lines of a counted list, each one place --------------------------------------------------------

def test_unnumbered_lines_under_a_count_are_one_place_each() -> None:
    text = ("关于划定风险区的通告\n一、高风险区 3 个\n东关镇南街村\n光明路老李烧烤店、阳光面馆\n"
            "城西街道胜利路9号\n高风险区实行封控措施。")
    assert levels_of(text) == {"high": ["东关镇南街村", "光明路老李烧烤店、阳光面馆", "城西街道胜利路9号"]}


def test_unnumbered_lines_under_a_count_in_brackets_full_width() -> None:
    text = ("关于划定风险区的通告\n二、中风险区(2个):\n金华街锦绣超市、星峰药店、康宁诊所\n翠湖小区\n"
            "中风险区实行管控措施。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["金华街锦绣超市、星峰药店、康宁诊所", "翠湖小区"]}


def test_unnumbered_lines_counted_by_a_pointer_to_areas() -> None:
    text = ("关于划定风险区的通告\n划定以下3个区域为高风险区:\n金华镇翠峰村\n光明路老李烧烤店、阳光面馆\n"
            "城西街道胜利路9号\n高风险区实行封控措施。")
    assert levels_of(text) == {"high": ["金华镇翠峰村", "光明路老李烧烤店、阳光面馆", "城西街道胜利路9号"]}
    text = in_traditional("关于调整风险区的通告\n将下列三个地点调整为中风险区:\n长风村\n胜利路锦绣超市、星峰药店\n"
                          "东湖街道春晓小区\n中风险区实行管控措施。")
    assert levels_of(text) == {"medium": ["长风村", "胜利路锦绣超市、星峰药店", "东湖街道春晓小区"]}


def test_unnumbered_lines_whose_count_is_the_pieces_still_split() -> None:
    text = "关于划定风险区的通告\n一、高风险区 4 个\n东关镇南街村\n阳光小区、春晓花园\n城西街道胜利路9号"
    assert levels_of(text) == {"high": ["东关镇南街村", "阳光小区", "春晓花园", "城西街道胜利路9号"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(named_place(), min_size=3, max_size=12, unique=True), st.data())
def test_any_unnumbered_lines_counted_as_lines_are_one_place_each(places: list[str], data: st.DataObject) -> None:
    cuts = sorted(data.draw(st.sets(st.integers(min_value=1, max_value=len(places) - 1), min_size=1)))
    lines = [places[a:b] for a, b in zip([0, *cuts], [*cuts, len(places)], strict=True)]
    # (not where every line is one place, the plain form, nor where the lines read run together count the same)
    assume(len(places) not in (len(lines), 2 * len(lines) - 1))
    items = ["、".join(shops) for shops in lines]
    text = f"关于划定风险区的通告\n一、高风险区 {len(items)} 个\n" + "\n".join(items) + "\n高风险区实行封控措施。"
    assert levels_of(text) == {"high": items}


# --- "新增A1个高风险区": the new places, their count and their level ---------------------------------------------

def test_a_new_place_counted_before_its_level() -> None:
    text = ("关于调整奎屯市部分区域风险等级的通告\n决定自8月27日12时起,对奎屯市部分区域风险等级进行调整,具体如下:\n"
            "新增伊犁州奎屯市开干齐乡红星村金峰养殖场1个高风险区。")
    assert levels_of(text) == {"high": ["开干齐乡红星村金峰养殖场"]}


def test_new_places_counted_after_a_clause_with_two_levels() -> None:
    text = ("关于调整乌苏市部分区域风险等级的通告\n决定自8月2日12时起,新增西湖镇二道沟村、百泉镇3号楼2个中风险区;"
            "新增阳光小区1个高风险区。")
    assert by_level(text) == {("medium", "乌苏市"): ["西湖镇二道沟村", "百泉镇3号楼"],
                              ("high", "乌苏市"): ["阳光小区"]}


def test_new_places_counted_in_traditional_characters_with_a_number() -> None:
    text = in_traditional("关于调整沙湾市部分区域风险等级的通告\n一、新增乌兰乌苏镇三道河子村、金华小区、"
                          "长风路8号3个中风险区。")
    assert levels_of(text) == {"medium": ["乌兰乌苏镇三道河子村", "金华小区", "长风路8号"]}


def test_a_new_place_counted_in_brackets_with_a_part_in_brackets() -> None:
    text = "关于调整霍城县部分区域风险等级的通告\n新增清水河镇金华小区(A区)(1个)高风险区。"
    assert levels_of(text) == {"high": ["清水河镇金华小区(A区)"]}


def test_new_places_of_several_levels_counted_in_one_sentence() -> None:
    text = "关于调整风险区的通告\n新增金华镇翠峰村1个高风险区,长风街道阳光小区1个中风险区。"
    assert levels_of(text) == {"high": ["金华镇翠峰村"], "medium": ["长风街道阳光小区"]}
    text = in_traditional("关于调整风险区的通告\n新增金华镇翠峰村1个高风险区,长风街道阳光小区、春晓花园2个中风险区,"
                          "星峰村1个低风险区。")
    assert levels_of(text) == {"high": ["金华镇翠峰村"], "medium": ["长风街道阳光小区", "春晓花园"], "low": ["星峰村"]}
    text = "关于调整风险区的通告\n8月2日新增东湖街道锦绣小区(1个)中风险区,春晓村、星峰村(2个)高风险区。"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"medium": ["东湖街道锦绣小区"], "high": ["春晓村", "星峰村"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(named_place(), min_size=2, max_size=6, unique=True), st.data())
def test_any_new_places_of_two_levels_counted_in_one_sentence(places: list[str], data: st.DataObject) -> None:
    cut = data.draw(st.integers(min_value=1, max_value=len(places) - 1))
    high, medium = places[:cut], places[cut:]
    text = (f"关于调整风险区的通告\n新增{'、'.join(high)}{len(high)}个高风险区,"
            f"{'、'.join(medium)}{len(medium)}个中风险区。")
    assert levels_of(text) == {"high": high, "medium": medium}


def test_a_count_that_is_no_number_of_places_is_no_list() -> None:
    # ("新增高新区3个高风险区": a district's summary; "A等3个": an example of several)
    for line in ("新增高新区3个高风险区。", "新增金华小区等3个高风险区。", "新增金华小区3个高风险区。"):
        assert by_level("关于调整风险区域的通告\n" + line) == {}


@settings(max_examples=30, deadline=None)
@given(st.lists(named_place(), min_size=1, max_size=6, unique=True), st.sampled_from(["高", "中"]),
       st.booleans())
def test_any_new_places_counted_before_their_level(places: list[str], level: str, chinese: bool) -> None:
    count = "一二三四五六"[len(places) - 1] if chinese else str(len(places))
    text = f"关于调整风险区域的通告\n新增{'、'.join(places)}{count}个{level}风险区。"
    assert levels_of(text) == {{"高": "high", "中": "medium"}[level]: places}


# --- a district's name inside a place before a number -----------------------------------------------------------

def test_rows_of_a_bungalow_area_named_like_a_district() -> None:
    text = ("兖州区关于新增风险区域的通告\n自2022年12月2日起,将鼓楼街道府学后街平房区49(1、3、5、9)排、"
            "平房区50(2、4、6、8、10)排,龙桥街道旧关东区9号楼划为高风险区。")
    assert by_level(text) == {("high", "兖州区"): ["鼓楼街道府学后街平房区49(1、3、5、9)排",
                                                 "平房区50(2、4、6、8、10)排", "龙桥街道旧关东区9号楼"]}


def test_a_district_name_before_a_number_in_another_county() -> None:
    text = "曲阜市关于新增风险区域的通告\n将鼓楼区12排平房、春晓小区划为高风险区。"
    assert by_level(text) == {("high", "曲阜市"): ["鼓楼区12排平房", "春晓小区"]}


def test_a_district_before_its_count_is_still_the_district() -> None:
    text = ("宁夏银川多地下调风险等级\n兴庆区2个高风险区下调为中风险区,分别为金华小区、翠峰花园。\n"
            "金凤区1个中风险区下调为低风险区,为长风小区。")
    assert by_level(text) == {("medium", "兴庆区"): ["金华小区", "翠峰花园"], ("low", "金凤区"): ["长风小区"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["平房区", "朝阳区", "鼓楼区", "城中区"]), st.integers(min_value=1, max_value=99),
       named_place())
def test_any_known_district_name_before_a_number_is_part_of_the_place(area: str, row: int, other: str) -> None:
    text = f"泗水县关于新增风险区域的通告\n将{other}、{area}{row}排划为高风险区。"
    assert by_level(text) == {("high", "泗水县"): [other, f"{area}{row}排"]}


# --- "新划定A、B为高风险区" -------------------------------------------------------------------------------------

def test_newly_drawn_places_after_a_time() -> None:
    text = ("根据当前疫情发展形势,经专家组研判,决定自2022年11月28日起,新划定桃源办事处金华小区7号楼3单元、"
            "东关镇西杨村、清泉寺办事处长风路兰州拉面店为高风险区,高风险区执行“足不出户、上门服务”措施")
    assert levels_of(text) == {"high": ["桃源办事处金华小区7号楼3单元", "东关镇西杨村", "清泉寺办事处长风路兰州拉面店"]}


def test_newly_drawn_places_full_width_and_numbered() -> None:
    text = "关于划定风险区的通告\n一、即日起,新划定春晓小区、翠峰花园为中风险区;\n二、其他区域为低风险区。"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"medium": ["春晓小区", "翠峰花园"]}


def test_newly_drawn_places_in_traditional_characters() -> None:
    text = in_traditional("经研判,决定自2022年11月29日起,新划定金华街道锦绣小区为高风险区。")
    assert levels_of(text) == {"high": ["金华街道锦绣小区"]}


def test_newly_recognised_or_newly_put_places_lose_the_verb() -> None:
    assert levels_of("决定自2022年11月28日起,新认定金华小区为高风险区。") == {"high": ["金华小区"]}
    assert levels_of("关于调整风险区的通告\n新划春晓小区、翠峰村为中风险区。") == {"medium": ["春晓小区", "翠峰村"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(named_place(), min_size=1, max_size=6, unique=True), st.sampled_from(["新划定", "新认定", "新划"]))
def test_any_newly_drawn_places_lose_the_verb(places: list[str], verb: str) -> None:
    text = f"经研判,决定自2022年11月28日起,{verb}{'、'.join(places)}为高风险区。"
    assert levels_of(text) == {"high": places}


# --- a county-level city's title after its autonomous prefecture or 地区 --------------------------------------

def test_a_city_after_its_prefecture_in_the_title_is_the_places_district() -> None:
    lines = "\n一、高风险区 2 个\n城关镇金华村片区\n九运街镇翠峰村东片区\n高风险区内实行封控措施。"
    assert by_level("昌吉州阜康市关于划定风险区的通告" + lines) == {
        ("high", "阜康市"): ["城关镇金华村片区", "九运街镇翠峰村东片区"]}
    assert by_level(in_traditional("黔东南州凯里市关于划定风险区的通告\n决定将金华小区、翠峰村划为高风险区。")) == {
        ("high", "凯里市"): ["金华小区", "翠峰村"]}
    text = "大兴安岭地区漠河市关于划定风险区的通告\n决定将金华小区,翠峰村划为高风险区。".translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "漠河市"): ["金华小区", "翠峰村"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from([("伊犁州", "奎屯市"), ("博州", "阿拉山口市"), ("延边州", "珲春市"), ("恩施州", "利川市"),
                        ("锡林郭勒盟", "二连浩特市"), ("昌吉州", "阜康市")]),
       st.lists(named_place(), min_size=1, max_size=5, unique=True))
def test_any_city_after_its_prefecture_in_the_title(pair: tuple[str, str], places: list[str]) -> None:
    text = f"{pair[0]}{pair[1]}关于划定风险区的通告\n决定将{'、'.join(places)}划为高风险区。"
    assert by_level(text) == {("high", pair[1]): places}


# --- "决定划定A为高风险区": 划定 after 决定 starts the object ----------------------------------------------------

def test_places_drawn_after_the_decision() -> None:
    assert levels_of("关于划定风险区的通告\n经研判,决定划定城关镇金华小区为高风险区。") == {"high": ["城关镇金华小区"]}
    text = "关于划定风险区的通告\n经研判,现决定划定东湖街道翠峰小区,长风村为中风险区。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["东湖街道翠峰小区", "长风村"]}
    text = in_traditional("关于划定风险区的通告\n经专家研判,决定新划定金华小区、翠峰村为高风险区。")
    assert levels_of(text) == {"high": ["金华小区", "翠峰村"]}


def test_places_drawn_with_their_total_and_a_pointer_that_names_none() -> None:
    assert levels_of("关于划定风险区的通告\n经研判,划定金华小区、翠峰村共2个中风险区。") == {
        "medium": ["金华小区", "翠峰村"]}
    assert levels_of("关于划定风险区的通告\n决定划定城关镇长风小区1个高风险区。") == {"high": ["城关镇长风小区"]}
    # ("划定以下1个高风险区。" points to the list below; the list is the place)
    assert levels_of("经研判,决定自2022年11月19日起,划定以下1个高风险区。现通告如下:\n沱江镇金华小区二单元。\n"
                     "高风险区实行封控措施。") == {"high": ["沱江镇金华小区二单元"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(named_place(), min_size=1, max_size=6, unique=True), st.sampled_from(["决定", "现决定", "研究决定"]))
def test_any_places_drawn_after_the_decision(places: list[str], decided: str) -> None:
    text = f"关于划定风险区的通告\n经研判,{decided}划定{'、'.join(places)}为高风险区。"
    assert levels_of(text) == {"high": places}


# --- 新增 after 现 / a day / 决定, and counted new places with their measures after a comma -------------------------

def test_new_places_after_now_a_day_or_the_decision() -> None:
    assert levels_of("关于划定风险区的通告\n经研判,现新增金华小区为高风险区。") == {"high": ["金华小区"]}
    assert levels_of("关于划定风险区的通告\n8月27日新增金华小区1个高风险区。") == {"high": ["金华小区"]}
    assert levels_of(in_traditional("关于划定风险区的通告\n今日新增金华小区、翠峰村为中风险区。")) == {
        "medium": ["金华小区", "翠峰村"]}


def test_counted_new_places_with_their_measures_after_a_comma() -> None:
    text = ("关于划定风险区的通告\n经研判,新增城关镇金华小区、翠峰村2个高风险区,实行“足不出户、上门服务”措施。"
            .translate(HALF_TO_FULL))
    assert levels_of(text) == {"high": ["城关镇金华小区", "翠峰村"]}
    text = "关于划定风险区的通告\n经研判,决定新增划定长风路8号1个中风险区,采取“人不出区、错峰取物”措施。"
    assert levels_of(text) == {"medium": ["长风路8号"]}
    text = "关于划定风险区的通告\n现新增东湖街道春晓花园、锦绣村、星峰小区3个高风险区,实施封控管理。"
    assert levels_of(text) == {"high": ["东湖街道春晓花园", "锦绣村", "星峰小区"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(named_place(), min_size=1, max_size=6, unique=True),
       st.sampled_from(["现", "8月27日", "今日", "经研判,决定", "自8月27日12时起,"]), st.booleans())
def test_any_new_places_after_a_lead_word(places: list[str], lead: str, counted: bool) -> None:
    tail = f"{len(places)}个高风险区,实行封控措施。" if counted else "为高风险区。"
    text = f"关于划定风险区的通告\n{lead}新增{'、'.join(places)}{tail}"
    assert levels_of(text) == {"high": places}


# --- a signature of the Party's county committee ("中共A县委…领导小组办公室") ----------------------------------------

def test_a_party_committees_office_signs_for_its_county() -> None:
    body = "关于新增风险区域的通告\n经研判,将金华镇翠峰村划为高风险区。\n"
    assert by_level(body + "中共汶上县委统筹疫情防控和经济运行工作领导小组办公室\n2022年12月2日") == {
        ("high", "汶上县"): ["金华镇翠峰村"]}
    text = in_traditional(body + "中共济宁市任城区委统筹疫情防控和经济运行工作领导小组办公室\n2022年12月2日")
    assert by_level(text) == {("high", "任城区"): ["金华镇翠峰村"]}
    assert by_level(body + "中国共产党泗水县委员会疫情防控工作领导小组办公室\n2022年12月2日") == {
        ("high", "泗水县"): ["金华镇翠峰村"]}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["汶上县", "梁山县", "任城区", "邹城市", "科右前旗"]), st.lists(named_place(), min_size=1,
                                                                                max_size=4, unique=True))
def test_any_party_committees_office_signs_for_its_district(district: str, places: list[str]) -> None:
    text = (f"关于新增风险区域的通告\n经研判,将{'、'.join(places)}划为高风险区。\n"
            f"中共{district}委统筹疫情防控工作领导小组办公室\n2022年12月2日")
    assert by_level(text) == {("high", district): places}


# --- "解除A、B高风险区管控措施,调整为低风险区": the level's 管控 and its 措施 both -----------------------------------

def test_a_lift_of_a_levels_control_measures_then_the_new_level() -> None:
    text = ("关于调整风险区的通告\n经研判,决定自12月1日起,解除金华镇翠峰村、长风街道阳光小区3号楼高风险区管控措施,"
            "调整为低风险区。")
    assert levels_of(text) == {"low": ["金华镇翠峰村", "长风街道阳光小区3号楼"]}
    text = in_traditional("关于调整风险区的通告\n自12月2日起,解除东湖街道春晓花园中风险区管理措施,调整为低风险区。")
    assert levels_of(text) == {"low": ["东湖街道春晓花园"]}
    text = "关于调整风险区的通告\n经研判,解除星峰小区高风险区管控措施。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["星峰小区"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(named_place(), min_size=1, max_size=5, unique=True), st.sampled_from(["管控措施", "管理措施"]))
def test_any_lift_of_a_levels_measures_then_the_new_level(places: list[str], measures: str) -> None:
    text = f"关于调整风险区的通告\n经研判,决定自12月1日起,解除{'、'.join(places)}高风险区{measures},调整为低风险区。"
    assert levels_of(text) == {"low": places}


# --- a notice without title or signature that names its district once, as the rest of its areas ---------------------

def test_the_district_whose_rest_is_low_is_the_notices_own() -> None:
    text = ("关于划定风险区的通告\n  一、高风险区 2 个\n  绵山镇金华村片区\n  宋古乡翠峰村东片区\n  二、低风险区\n"
            "  孝义市除高风险区以外的区域为低风险区")
    assert by_level(text) == {("high", "孝义市"): ["绵山镇金华村片区", "宋古乡翠峰村东片区"]}
    text = "经研判,新划定金华小区、翠峰村为高风险区,东平县其他区域为低风险区。".translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "东平县"): ["金华小区", "翠峰村"]}
    text = in_traditional("经研判,将长风街道春晓小区划为中风险区,任城区范围内其余区域为低风险区。")
    assert by_level(text) == {("medium", "任城区"): ["长风街道春晓小区"]}


def test_a_district_named_once_otherwise_is_not_the_notices() -> None:
    # (an appeal about another district names no owner)
    text = "经研判,新划定金华小区为高风险区。请近期从东平县返回的人员主动报备。"
    assert by_level(text) == {("high", None): ["金华小区"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["孝义市", "东平县", "任城区", "土默特左旗", "阜康市"]),
       st.lists(named_place(), min_size=1, max_size=5, unique=True),
       st.sampled_from(["除高风险区以外的区域", "其他区域"]))
def test_any_district_whose_rest_is_low(district: str, places: list[str], rest: str) -> None:
    text = f"经研判,新划定{'、'.join(places)}为高风险区,{district}{rest}为低风险区。"
    assert by_level(text) == {("high", district): places}
