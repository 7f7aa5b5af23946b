"""Forms of the fortieth held-out set, part b (notices 1042, 1043, 1044, 1048, 1051): the day an item's areas hold
from in brackets after its stop ("A苑3幢;B花园5幢。(自4月2日起)"), a last bound along two points closed by the
area's word and its exception ("…,北至C路、D江合围区域(除上述封控区、管控区)"), a bounded area joined by 与 to a
place of its own in a numbered list, a part per outbreak ("二、“乙”疫情“三区”调整后范围:") between level-labelled
items, and an office issuing several notices one after another ("…指挥部刚刚连续发布第1号、第2号通告").
Notices here are written for the tests, their names invented."""

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

# ---- "(自4月2日起)" after an item's stop ------------------------------------------------------------------

_KUNSHAN_FORM = ("根据疫情防控工作需要,南湖县划定新增封控区、管控区,落实相应管控措施。\n"
                 "(一)封控区\n"
                 "1. 城南镇:金华苑3幢;翠锦花园5幢一单元。{note}\n"
                 "2. 高新区:阳光小区8幢。{note}\n"
                 "封控区实行“区域封闭、足不出户”。\n"
                 "(二)管控区\n"
                 "1. 城南镇:金华苑其他楼栋。{note}\n"
                 "2. 高新区:阳光小区其他楼栋。{note}\n"
                 "管控区实行“人不出区、严禁聚集”。")
_KUNSHAN_EXPECTED = {("sealed", "南湖县"): ["城南镇金华苑3幢", "城南镇翠锦花园5幢一单元", "高新区阳光小区8幢"],
                     ("controlled", "南湖县"): ["城南镇金华苑其他楼栋", "高新区阳光小区其他楼栋"]}


def test_a_start_day_in_brackets_after_an_items_stop() -> None:
    assert by_level(_KUNSHAN_FORM.format(note="(自4月2日起)")) == _KUNSHAN_EXPECTED


def test_a_start_day_and_hour_in_brackets_after_an_items_stop() -> None:
    assert by_level(_KUNSHAN_FORM.format(note="(自4月3日0时起)")) == _KUNSHAN_EXPECTED
    assert by_level(_KUNSHAN_FORM.format(note=" (4月2日12:00起执行)")) == _KUNSHAN_EXPECTED


def test_a_start_day_after_an_items_stop_in_traditional_characters_with_full_width_brackets() -> None:
    text = in_traditional(_KUNSHAN_FORM.format(note="(自4月2日起)")).translate(HALF_TO_FULL)
    assert by_level(text) == _KUNSHAN_EXPECTED


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), st.integers(1, 12), st.integers(1, 28),
       st.sampled_from(["自", "从", ""]), st.sampled_from(["", "0时", "18时30分", "8:00"]),
       st.sampled_from(["起", "开始", "起实施"]))
def test_start_days_after_items_change_no_place(first: str, second: str, month: int, day: int, since: str,
                                                hour: str, start: str) -> None:
    if first == second:
        return
    note = f"({since}{month}月{day}日{hour}{start})"
    text = ("根据疫情防控工作需要,南湖县划定新增封控区。\n(一)封控区\n"
            f"1. 城南镇:{first}苑3幢;{second}花园5幢。{note}\n2. 城北镇:{second}小区1幢。{note}\n"
            "封控区实行“区域封闭、足不出户”。")
    assert by_level(text) == {("sealed", "南湖县"): [f"城南镇{first}苑3幢", f"城南镇{second}花园5幢",
                                                     f"城北镇{second}小区1幢"]}, text


def test_a_note_in_brackets_after_a_place_that_is_no_start_day_stays() -> None:
    # (ordinary wording near the rule: a place's own note, a date without 起, people and vehicles after the list)
    text = ("根据疫情防控工作需要,南湖县划定新增封控区。\n(一)封控区\n"
            "1. 城南镇:金华苑3幢(东门);翠锦花园5幢(4月2日)。\n2. 城北镇:阳光小区1幢。\n"
            "区域内人员、车辆只进不出(自4月2日起)。")
    assert levels_of(text)["sealed"] == ["城南镇金华苑3幢(东门)", "城南镇翠锦花园5幢(4月2日)", "城北镇阳光小区1幢"]


def test_a_sentence_with_its_time_in_brackets_after_it_keeps_its_places() -> None:
    text = "将江北区金华苑3幢、翠锦花园划为封控区。(自4月2日起)\n人员、车辆只进不出。"
    assert by_level(text) == {("sealed", "江北区"): ["金华苑3幢", "翠锦花园"]}


# ---- a last bound along two points, closed by the area's word and its exception -----------------------------

def test_a_last_bound_along_two_points_with_the_areas_exception() -> None:
    text = ("将金华大厦主楼划为封控区;将金华大厦(除上述封控区)划为管控区;将东至阳光路,南至翠锦河,西至星悦路,"
            "北至锦绣中路、春晓江合围区域(除上述封控区、管控区)划为防范区。")
    assert levels_of(text)["precaution"] == ["东至阳光路,南至翠锦河,西至星悦路,北至锦绣中路、春晓江合围区域"
                                             "(除上述封控区、管控区)"]


def test_a_last_bound_along_two_points_with_a_note_in_a_list() -> None:
    text = ("防范区:东至阳光路,南至翠锦河,西至星悦路,北至锦绣中路、春晓江合围区域(含金华村);"
            "丽泽小区。")
    assert levels_of(text)["precaution"] == ["东至阳光路,南至翠锦河,西至星悦路,北至锦绣中路、春晓江合围区域(含金华村)",
                                             "丽泽小区"]


def test_a_last_bound_along_two_points_with_its_exception_after_a_district() -> None:
    text = ("将江北区东到阳光路,南到翠锦河,西到星悦路,北到锦绣中路、春晓江围合区域(封控区除外)划为管控区。")
    assert by_level(text) == {("controlled", "江北区"): ["东到阳光路,南到翠锦河,西到星悦路,北到锦绣中路、春晓江"
                                                         "围合区域(封控区除外)"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=5, max_size=5, unique=True),
       st.sampled_from(["(除上述封控区、管控区)", "(除封控区外)", "(不含高风险区)"]),
       st.sampled_from(["合围区域", "围合区域", "合围范围"]))
def test_last_bounds_along_two_points_keep_the_area_whole(names: list[str], exception: str, word: str) -> None:
    area = (f"东至{names[0]}路,南至{names[1]}河,西至{names[2]}路,北至{names[3]}中路、{names[4]}江{word}"
            f"{exception}")
    assert levels_of(f"将{area}划为防范区。") == {"precaution": [area]}, area


def test_bounded_areas_listed_with_their_exceptions_stay_apart() -> None:
    # (ordinary wording near the rule: two areas each closed by its word and exception, 、 between them)
    text = ("管控区:金华路以东、阳光路以南合围区域(除封控区)、翠锦路以西、星悦路以北合围区域(除封控区)。")
    assert levels_of(text)["controlled"] == ["金华路以东、阳光路以南合围区域(除封控区)",
                                             "翠锦路以西、星悦路以北合围区域(除封控区)"]


# ---- a bounded area joined by 与 (及, 和) to a place of its own, in a numbered list ----------------------------

_HUMEN_FORM = ("现对城南镇高中低风险区调整如下:\n\n一、高风险区\n\n1.城南镇金华社区阳光新村12号。\n\n"
               "2.城南镇金华社区星悦物流以西、锦绣路以北、滨江大道以西、翠锦东路以南合围区域{join}丽泽农副产品停车场。\n\n"
               "3.城南镇春晓社区富民农副产品批发市场停车场。\n\n实行封控措施,其间“足不出户、上门服务”。")
_HUMEN_EXPECTED = {"high": ["城南镇金华社区阳光新村12号",
                            "城南镇金华社区星悦物流以西、锦绣路以北、滨江大道以西、翠锦东路以南合围区域",
                            "丽泽农副产品停车场", "城南镇春晓社区富民农副产品批发市场停车场"]}


def test_a_bounded_area_and_a_long_place_joined_by_yu() -> None:
    assert levels_of(_HUMEN_FORM.format(join="与")) == _HUMEN_EXPECTED


def test_a_bounded_area_and_a_long_place_joined_by_ji_or_yiji() -> None:
    assert levels_of(_HUMEN_FORM.format(join="及")) == _HUMEN_EXPECTED
    assert levels_of(_HUMEN_FORM.format(join="以及")) == _HUMEN_EXPECTED


def test_a_bounded_area_and_a_long_place_joined_by_he_in_traditional_characters() -> None:
    assert levels_of(in_traditional(_HUMEN_FORM.format(join="和")).translate(HALF_TO_FULL)) == _HUMEN_EXPECTED


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=5, max_size=5, unique=True),
       st.sampled_from(["与", "及", "以及", "和"]),
       st.sampled_from(["农副产品停车场", "农副产品批发市场", "物流园区冷库仓储中心", "小区"]))
def test_bounded_areas_and_places_joined_in_lists(names: list[str], join: str, kind: str) -> None:
    area = f"{names[0]}路以西、{names[1]}路以北、{names[2]}大道以东、{names[3]}路以南合围区域"
    text = f"一、高风险区\n1.{area}{join}{names[4]}{kind}。\n2.{names[0]}小区。\n"
    assert levels_of(text) == {"high": [area, f"{names[4]}{kind}", f"{names[0]}小区"]}, text


def test_what_lies_around_or_inside_a_bounded_area_is_no_place_of_its_own() -> None:
    # (ordinary wording near the rule: "及周边", "以及区域内商户" belong to the area)
    text = ("一、高风险区\n1.金华路以西、阳光路以北、翠锦大道以东、星悦路以南合围区域及周边。\n"
            "2.锦绣路以西、春晓路以北合围区域以及区域内商户。\n")
    assert levels_of(text) == {"high": ["金华路以西、阳光路以北、翠锦大道以东、星悦路以南合围区域及周边",
                                        "锦绣路以西、春晓路以北合围区域以及区域内商户"]}


# ---- a part per outbreak between level-labelled items ------------------------------------------------------

_OUTBREAKS_FORM = ("江北区疫情防控工作领导小组决定,从4月16日6时起,对“{a}”“{b}”疫情所涉“三区”进行调整,具体如下:\n"
                   "一、“{a}”疫情“三区”调整后范围:\n"
                   "1.封控区:金华小区9幢16单元;\n2.管控区:金华小区9幢(除16单元);\n3.防范区:金华小区(除金华小区9幢)。\n"
                   "二、“{b}”疫情“三区”调整后范围:\n"
                   "1.封控区:翠锦小区80弄34号;\n2.管控区:翠锦小区80弄36号;\n3.防范区:城南街道行政区划范围。\n")
_OUTBREAKS_EXPECTED = {("sealed", "江北区"): ["金华小区9幢16单元", "翠锦小区80弄34号"],
                       ("controlled", "江北区"): ["金华小区9幢(除16单元)", "翠锦小区80弄36号"],
                       ("precaution", "江北区"): ["金华小区(除金华小区9幢)", "城南街道行政区划范围"]}


def test_a_part_per_outbreak_between_level_labelled_items() -> None:
    assert by_level(_OUTBREAKS_FORM.format(a="4·12", b="4·14")) == _OUTBREAKS_EXPECTED


def test_a_part_per_outbreak_whose_names_the_page_lost() -> None:
    assert by_level(_OUTBREAKS_FORM.format(a="", b="")) == _OUTBREAKS_EXPECTED


def test_a_part_per_outbreak_numbered_in_brackets() -> None:
    text = _OUTBREAKS_FORM.format(a="甲", b="乙").replace("一、", "(一)").replace("二、", "(二)")
    assert by_level(text) == _OUTBREAKS_EXPECTED


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.sampled_from(["疫情“三区”调整后范围", "疫情风险区域调整后范围", "疫情所涉区域"]))
def test_parts_per_outbreak_are_no_places(outbreak: str, first: str, second: str, title: str) -> None:
    if first == second:
        return
    text = (f"一、“{outbreak}”{title}:\n1.封控区:{first}小区3幢;\n2.防范区:{first}小区(除3幢)。\n"
            f"二、“{outbreak}二”{title}:\n1.封控区:{second}花园5幢;\n2.防范区:{second}花园(除5幢)。\n")
    assert levels_of(text) == {"sealed": [f"{first}小区3幢", f"{second}花园5幢"],
                               "precaution": [f"{first}小区(除3幢)", f"{second}花园(除5幢)"]}, text


def test_a_street_label_numbered_otherwise_after_level_labelled_items_keeps_its_places() -> None:
    # (ordinary wording near the rule: "二、城南街道:" over its places is a street's label, no part's title)
    text = ("一、封控区:金华小区3幢。\n二、管控区:金华小区(除3幢)。\n(一)城南街道:\n翠锦花园;\n阳光小区。\n")
    assert levels_of(text)["controlled"] == ["金华小区(除3幢)", "城南街道翠锦花园", "城南街道阳光小区"]


# ---- an office issuing several notices one after another -----------------------------------------------------

def test_an_office_that_just_issued_two_notices_in_a_row_names_the_district() -> None:
    text = ("重庆市江北区应对新冠肺炎疫情工作指挥部刚刚连续发布今年第3号、第4号通告,即日(9月13日)起,"
            "城南街道金华社区阳光小区二期、城南街道翠锦社区星悦公寓小区划为管控区。\n封闭区域居民只进不出。")
    assert by_level(text) == {("controlled", "江北区"): ["城南街道金华社区阳光小区二期",
                                                         "城南街道翠锦社区星悦公寓小区"]}


def test_an_office_that_issued_notices_one_after_another_names_the_district() -> None:
    text = "江北区疫情防控指挥部相继发布第5号、第6号通告,即日起,金华苑、翠锦花园划为封控区。"
    assert by_level(text) == {("sealed", "江北区"): ["金华苑", "翠锦花园"]}


def test_a_county_office_that_issued_notices_in_turn_names_the_county() -> None:
    text = "南湖县新冠肺炎疫情防控工作指挥部今天先后发布2号、3号通告,即日起,金华村、翠锦村划为中风险区。"
    assert by_level(text) == {("medium", "南湖县"): ["金华村", "翠锦村"]}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["江北区", "南岸区", "城东区", "南湖县"]), st.sampled_from(["连续", "相继", "先后", "陆续"]),
       st.sampled_from(["刚刚", "今天", "9月13日", ""]), invented_names(PLAIN_SYLLABLES))
def test_offices_issuing_in_a_row_name_their_district(district: str, adverb: str, when: str, name: str) -> None:
    text = f"{district}疫情防控指挥部{when}{adverb}发布第1号、第2号通告,即日起,{name}小区划为管控区。"
    assert by_level(text) == {("controlled", district): [f"{name}小区"]}, text


def test_people_or_vehicles_issued_in_a_row_name_no_office() -> None:
    # (ordinary wording near the rule: people and vehicles "连续" doing something are no office)
    text = "城南街道居民连续发布求助信息,即日起,金华小区划为管控区。车辆一律不得进入。"
    assert by_level(text) == {("controlled", None): ["金华小区"]}
