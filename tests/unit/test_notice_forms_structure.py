"""Forms of a notice's structure (numbering, headings, sentences) found on held-out notices.

Every notice here is written for the test in the form a real one used; the names are made up."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice

_PLAIN = "一二三四五六七八九十"
_FINANCIAL = "壹贰叁肆伍陆柒捌玖拾"
_FINANCIAL_TRAD = "壹貳叄肆伍陸柒捌玖拾"


def levels(notice: dict) -> list[tuple[str | None, str | None, list[str]]]:
    return [(c["level_to"], c["district"], c["places"]) for c in notice["changes"]]


# --- 1. financial numerals number the sections ("壹、高风险区") -----------------------------------------


def test_financial_numerals_number_sections() -> None:
    text = (
        "关于划定德令哈市风险区域的通告\n"
        "现将有关情况通告如下。\n"
        "壹、高风险区\n"
        "德令哈市金穗家园、柴达木东路18号。上述区域实行“足不出户”封控措施。\n"
        "贰、中风险区\n"
        "长江路农贸市场、光明路第二中学。上述区域实行“人不出区”管控措施。\n"
        "叁、低风险区:除上述高、中风险区之外的区域。\n"
    )
    notice = parse_notice(text, default_year=2022)
    assert [(level, places) for level, _d, places in levels(notice)] == [
        ("high", ["金穗家园", "柴达木东路18号"]),
        ("medium", ["长江路农贸市场", "光明路第二中学"]),
    ]


def test_financial_numerals_in_brackets_and_traditional() -> None:
    text = (
        "關於調整風險區域的通告\n"
        "(壹)高風險區\n"
        "1.蘭亭小區5號樓;\n"
        "2.翠湖花園南區;\n"
        "(貳)低風險區\n"
        "1.明珠公寓;\n"
    )
    notice = parse_notice(text, default_year=2022)
    assert [(level, places) for level, _d, places in levels(notice)] == [
        ("high", ["兰亭小区5号楼", "翠湖花园南区"]),
        ("low", ["明珠公寓"]),
    ]


def test_financial_numerals_with_dot_inline_and_above_ten() -> None:
    for text in (
        "关于调整风险区的通告\n壹.高风险区\n青松小区、南门市场。\n贰.低风险区\n东湖苑B座。\n",
        "关于调整风险区的通告。现将有关情况通告如下:壹、高风险区:青松小区、南门市场。贰、低风险区:东湖苑B座。\n",
        "关于调整风险区的通告\n拾、高风险区\n青松小区、南门市场。\n拾壹、低风险区\n东湖苑B座。\n",
        "关于调整风险区的通告\n一.高风险区\n青松小区、南门市场。\n二.低风险区\n东湖苑B座。\n",
    ):
        notice = parse_notice(text, default_year=2022)
        assert [(level, places) for level, _d, places in levels(notice)] == [
            ("high", ["青松小区", "南门市场"]), ("low", ["东湖苑B座"])], text


def test_financial_numerals_over_district_headings() -> None:
    text = "关于调整风险区的通告\n壹、雁塔区\n高风险区:青松小区、南门市场。\n(贰)碑林区\n高风险区:东湖苑B座。\n"
    notice = parse_notice(text, default_year=2022)
    assert levels(notice) == [("high", "雁塔区", ["青松小区", "南门市场"]), ("high", "碑林区", ["东湖苑B座"])]


def test_financial_numeral_in_a_name_is_kept() -> None:
    text = "关于划定高风险区的通告\n一、高风险区\n壹号院、玖龙湾小区、拾光里3栋。\n"
    notice = parse_notice(text, default_year=2022)
    assert levels(notice)[0][2] == ["壹号院", "玖龙湾小区", "拾光里3栋"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    first=st.integers(min_value=0, max_value=8),
    places=st.lists(st.sampled_from(["青松小区", "柳湾新村2栋", "南门市场", "东湖苑B座", "学府路7号"]),
                    min_size=1, max_size=4, unique=True),
    traditional=st.booleans(),
    bracketed=st.booleans(),
)
def test_financial_numerals_read_like_plain_ones(first: int, places: list[str], traditional: bool,
                                                  bracketed: bool) -> None:
    def notice(digits: str) -> dict:
        def number(i: int) -> str:
            return f"({digits[i]})" if bracketed else f"{digits[i]}、"

        text = (f"关于调整风险区域的通告\n{number(first)}高风险区\n{'、'.join(places)}。\n"
                f"{number(first + 1)}中风险区\n金桂小区。\n")
        return parse_notice(text, default_year=2022)

    financial = _FINANCIAL_TRAD if traditional else _FINANCIAL
    assert levels(notice(financial)) == levels(notice(_PLAIN))
    assert levels(notice(_PLAIN))[0][2] == places


# --- 2. a list runs into its measures sentence without 。 ----------------------------------------------


def test_list_runs_into_measures_sentence() -> None:
    text = (
        "关于划定风险区的通告\n"
        "一、高风险区\n"
        "凤凰城小区、建设路12号(丰收超市)上述区域实行“足不出户、上门服务”等封控措施。\n"
        "二、中风险区\n"
        "滨河花园3栋,人民商场外围南大街5号以上地区实施“足不出区、错峰取物”等管控措施。\n"
    )
    notice = parse_notice(text, default_year=2022)
    assert [(level, places) for level, _d, places in levels(notice)] == [
        ("high", ["凤凰城小区", "建设路12号(丰收超市)"]),
        ("medium", ["滨河花园3栋", "人民商场外围南大街5号"]),
    ]


def test_measures_on_the_places_of_a_sentence_stay_boilerplate() -> None:
    text = "关于划定风险区的通告\n将锦绣小区、长安花园划定为高风险区,对上述区域实行封控管理。\n"
    notice = parse_notice(text, default_year=2022)
    assert levels(notice) == [("high", None, ["锦绣小区", "长安花园"])]


@settings(max_examples=30, deadline=None)
@given(
    opener=st.sampled_from(["上述区域", "以上区域", "上述地区", "以上点位", "上述区域均", "上述中风险区",
                            "以上2个中风险区"]),
    verb=st.sampled_from(["实行", "实施", "执行"]),
    last=st.sampled_from(["金湖路8号", "和平里小区(2号楼)", "星光大厦B座", "幸福村三组"]),
)
def test_measures_cut_the_last_place(opener: str, verb: str, last: str) -> None:
    text = f"关于划定风险区的通告\n一、中风险区\n东城花园、{last}{opener}{verb}“人不出区”等管控措施。\n"
    assert levels(parse_notice(text, default_year=2022)) == [("medium", None, ["东城花园", last])]


def test_county_level_city_in_the_lead_is_the_district() -> None:
    text = ("经研究,决定自2022年8月1日起,划定玉门市高风险区范围。现将有关情况通告如下。\n"
            "一、高风险区\n南坪小区、育才路4号。\n")
    notice = parse_notice(text, default_year=2022)
    assert levels(notice) == [("high", "玉门市", ["南坪小区", "育才路4号"])]


# --- 5. the list's verb written after its last place ("…、C村8队新增为高风险区,执行…") ---------------------


@settings(max_examples=40, deadline=None)
@given(
    verb=st.sampled_from(["新增为", "新增划定为", "新划为", "新划定为", "列入", "新增列入", "纳入", "被划定为"]),
    level=st.sampled_from([("高风险区", "high"), ("中风险区", "medium"), ("封控区", "sealed")]),
    last=st.sampled_from(["红星村3组", "柳林巷5号", "南湖苑7#楼", "城东小学(南起建设路,北至和平路)"]),
    sep=st.sampled_from(["、", ","]),
)
def test_verb_after_the_last_place_is_no_part_of_it(verb: str, level: tuple[str, str], last: str,
                                                    sep: str) -> None:
    word, name = level
    text = (f"关于划定{word}的公告\n{word}(3个)\n"
            f"青云苑2号楼{sep}锦华园12#楼、{last}{verb}{word},执行“足不出户、上门服务”管控措施。\n")
    notice = parse_notice(text, default_year=2022)
    assert [(lv, places) for lv, _d, places in levels(notice)] == [(name, ["青云苑2号楼", "锦华园12#楼", last])]


def test_verb_after_the_places_of_a_sentence() -> None:
    text = "关于划定风险区的通告\n自11月5日起,將桃源小區3棟、和平里2號新增劃定為高風險區。\n"
    notice = parse_notice(text, default_year=2022)
    assert [(c["action"], c["level_to"], c["places"]) for c in notice["changes"]] == [
        ("add", "high", ["桃源小区3栋", "和平里2号"])]


def test_a_bound_in_brackets_starts_no_object() -> None:
    # "(南起…,北至…)" belongs to its place: the 起 in it does not start the sentence's object
    text = ("关于划定高风险区的公告\n高风险区(2个)\n"
            "兴华小区5号楼、文化街北段(南起人民路,北至解放路)新增为高风险区。\n")
    notice = parse_notice(text, default_year=2022)
    assert levels(notice)[0][2] == ["兴华小区5号楼", "文化街北段(南起人民路,北至解放路)"]


# --- 4. a district heading with a note in brackets ("(一)城关区【含文创园区】") -----------------------------


@settings(max_examples=40, deadline=None)
@given(
    district=st.sampled_from(["七里河区", "西固县", "永登县", "安宁区"]),
    note=st.sampled_from(["【含高新园区】", "(含经开区、新城区)", "〔包括兰州新区〕", "(含文化产业园区)"]),
    number=st.sampled_from(["(一)", "一、", ""]),
    item=st.sampled_from(["1.", "1、", "(1)", "①"]),
)
def test_district_heading_with_a_note(district: str, note: str, number: str, item: str) -> None:
    second = item.replace("1", "2").replace("①", "②")
    text = (f"关于风险区划定的通告\n二、风险区划定\n除封控区外,具体为:\n{number}{district}{note}\n"
            f"封控区2个:\n{item}西站街道金港社区片区;\n{second}龚家湾片区;\n")
    notice = parse_notice(text, default_year=2022)
    assert levels(notice) == [("sealed", district, ["西站街道金港社区片区", "龚家湾片区"])]


def test_district_label_with_a_note_and_colon() -> None:
    text = ("關於調整風險區的通告\n一、高風險區\n"
            "城關區(含文創園區):金珠西路8號院、吉日三巷;\n堆龍德慶區【含柳梧新區】:東嘎村5組。\n")
    notice = parse_notice(text, default_year=2022)
    assert levels(notice) == [("high", "城关区", ["金珠西路8号院", "吉日三巷"]), ("high", "堆龙德庆区", ["东嘎村5组"])]


# --- 3. "narrow the range": "将A调整为B" under a heading naming a level ---------------------------------


def test_narrowed_range_takes_the_heading_level() -> None:
    text = (
        "关于调整风险区等级和范围的通告\n"
        "现将有关事项通告如下:\n"
        "一、调整为低风险区点位(2个)\n"
        "新山村街道(1个):钢花路9栋。\n"
        "建胜镇(1个):滨江苑3栋。\n"
        "二、调整高风险区范围点位(2个)\n"
        "新山村街道(1个):将锦苑1栋、2栋、3栋调整为锦苑1栋、3栋。\n"
        "建胜镇(1个):将金鳌山庄A区、B区调整为金鳌山庄B区。\n"
    )
    notice = parse_notice(text, default_year=2022)
    assert [(level, places) for level, _d, places in levels(notice)] == [
        ("low", ["新山村街道钢花路9栋", "建胜镇滨江苑3栋"]),
        ("high", ["新山村街道锦苑1栋、3栋", "建胜镇金鳌山庄B区"]),
    ]


@settings(max_examples=40, deadline=None)
@given(
    level=st.sampled_from([("高风险区", "high"), ("中风险区", "medium"), ("封控区", "sealed")]),
    verb=st.sampled_from(["调整为", "缩小为", "调整至", "变更为"]),
    heading=st.sampled_from(["二、调整{}范围点位(2个)", "(二)缩小{}范围", "2.调整{}范围(2个)"]),
    sep=st.sampled_from([",", ";", ", "]),
)
def test_narrowed_ranges(level: tuple[str, str], verb: str, heading: str, sep: str) -> None:
    word, name = level
    text = (f"关于调整风险区范围的通告\n一、新增{word}(1个)\n白沙街道:华府小区2栋。\n{heading.format(word)}\n"
            f"白沙街道(2个):将翠苑5栋、6栋{verb}翠苑6栋{sep}将东湖村1组、2组{verb}东湖村2组。\n")
    notice = parse_notice(text, default_year=2022)
    assert [(lv, places) for lv, _d, places in levels(notice)] == [
        (name, ["白沙街道华府小区2栋"]), (name, ["白沙街道翠苑6栋", "白沙街道东湖村2组"])]


def test_narrowed_range_in_its_own_sentence_keeps_the_level() -> None:
    text = ("关于调整风险区范围的通告\n二、调整封控区范围(2个)\n"
            "清水镇(2个):将龙泉小区5栋、6栋调整为龙泉小区6栋。将桃李村3组、4组调整为桃李村4组。\n")
    notice = parse_notice(text, default_year=2022)
    assert [(lv, places[-1]) for lv, _d, places in levels(notice)] == [("sealed", "桃李村4组")]


def test_a_reposts_headline_before_a_line_is_dropped() -> None:
    text = ("关于调整风险区范围的通告\n一、调整为低风险区点位(2个)\n长风街道(1个):青枫苑4栋。\n"
            "【11月28日某区关于调整风险区范围的通告】白云街道(1个):秀水湾2栋。\n")
    notice = parse_notice(text, default_year=2022)
    assert levels(notice) == [("low", None, ["长风街道青枫苑4栋", "白云街道秀水湾2栋"])]


# --- 6. the district only in a title, as city and stem ("重庆大渡口关于…的通告") ----------------------------


@settings(max_examples=30, deadline=None)
@given(
    title=st.sampled_from([("重庆沙坪坝", "沙坪坝区"), ("成都武侯", "武侯区"), ("上海徐汇", "徐汇区"),
                           ("北京市朝阳", "朝阳区"), ("石家庄正定", "正定县")]),
    date=st.sampled_from(["", "11月30日", "2022年11月30日"]),
    colon=st.sampled_from(["", ":"]),
)
def test_district_from_city_and_stem_in_the_title(title: tuple[str, str], date: str, colon: str) -> None:
    head, district = title
    text = (f"{date}{head}{colon}关于调整风险区的通告\n一、调整为低风险区(2个)\n"
            "东山街道(2个):桂苑3栋,明月小区5栋。\n")
    notice = parse_notice(text, default_year=2022)
    assert levels(notice) == [("low", district, ["东山街道桂苑3栋", "东山街道明月小区5栋"])]


def test_stem_that_is_no_district_of_the_city_gives_none() -> None:
    # "大渡口" is a district of 重庆, not of 成都: no district is guessed
    text = "成都大渡口关于调整风险区的通告\n一、调整为低风险区(1个)\n东山街道(1个):桂苑3栋。\n"
    assert levels(parse_notice(text, default_year=2022)) == [("low", None, ["东山街道桂苑3栋"])]


# --- dates written in Chinese numerals under the signature ---------------------------------------------


@given(
    zero=st.sampled_from(["〇", "零", "○", "O", "Ｏ"]),
    month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=1, max_value=28),
    digits_year=st.booleans(),
)
@settings(max_examples=30, deadline=None)
def test_signature_date_in_chinese_numerals(zero: str, month: int, day: int, digits_year: bool) -> None:
    def cn(n: int) -> str:
        ones = "一二三四五六七八九"
        if n < 10:
            return ones[n - 1]
        return ("" if n < 20 else ones[n // 10 - 1]) + "十" + (ones[n % 10 - 1] if n % 10 else "")

    year = "2022" if digits_year else f"二{zero}二二"
    text = (f"关于划定高风险区的通告\n一、高风险区\n青云苑2号楼、柳林巷5号。\n湖滨区疫情防控指挥部\n"
            f"{year}年{cn(month)}月{cn(day)}日\n")
    assert parse_notice(text)["published"] == f"2022-{month:02d}-{day:02d}"


def test_narrowed_range_without_jiang_and_numbered() -> None:
    text = ("关于调整风险区范围的通告\n二、调整中风险区范围(2个)\n"
            "1.红旗街道红枫苑5栋、6栋调整为红旗街道红枫苑6栋;\n2.将石桥村1组、2组缩小为石桥村2组;\n"
            "3.柳岸小区(原中风险调整为高风险)\n")
    notice = parse_notice(text, default_year=2022)
    assert levels(notice) == [("medium", None, ["红旗街道红枫苑6栋", "石桥村2组", "柳岸小区(原中风险调整为高风险)"])]


def test_long_list_with_its_verb_after_it_and_no_heading() -> None:
    places = ["南关镇青云苑13#楼", "锦华园12#楼", "福兴苑56#楼", "黄河花园三期3#楼", "幸福家园5#楼", "御景华城24#楼",
              "香山名邸11#楼", "李营村8队"]
    text = (f"关于划分辖区内高风险区的公告\n根据疫情防控需要,经研判,自2022年11月18日22时起划定高风险区。\n"
            f"{places[0]},{'、'.join(places[1:])}新增为高风险区,执行“足不出户、上门服务”管控措施。\n")
    notice = parse_notice(text, default_year=2022)
    assert [(c["level_to"], c["places"]) for c in notice["changes"]] == [("high", places)]


def test_prose_before_a_verb_is_no_list() -> None:
    text = ("关于划分辖区内高风险区的公告\n根据当前疫情防控工作需要,按照相关规定,经流调专家组研判,"
            "现将辖区内部分区域调整为高风险区,请广大市民配合。\n")
    assert parse_notice(text, default_year=2022)["changes"] == []


def test_a_bracketed_title_on_the_first_line_stays() -> None:
    text = ("【重庆江北关于调整风险区的通告】现将有关事项通告如下:\n一、调整为低风险区(1个)\n"
            "观音桥街道(1个):青松小区。\n")
    assert levels(parse_notice(text, default_year=2022)) == [("low", "江北区", ["观音桥街道青松小区"])]


def test_district_from_city_and_stem_in_the_lead() -> None:
    text = ("12月3日,重庆南岸发布调整风险区的通告。\n一、调整为低风险区(1个)\n"
            "南坪街道(1个):青松小区。\n")
    assert levels(parse_notice(text, default_year=2022)) == [("low", "南岸区", ["南坪街道青松小区"])]


@settings(max_examples=30, deadline=None)
@given(
    district=st.sampled_from(["城关区", "曲水县", "柳梧新区", "格尔木市"]),
    note=st.sampled_from(["【含文化园区】", "(含经开区)", "〔包括高新园区〕", "[辖东城片区]"]),
    places=st.lists(st.sampled_from(["金珠西路8号院", "吉日三巷", "东嘎村5组", "八一小区片区"]),
                    min_size=1, max_size=4, unique=True),
)
def test_a_note_changes_nothing(district: str, note: str, places: list[str]) -> None:
    def read(heading: str) -> list:
        items = "".join(f"{i}.{p};\n" for i, p in enumerate(places, 1))
        text = f"关于风险区划定的通告\n具体为:\n(一){heading}\n管控区{len(places)}个:\n{items}"
        return levels(parse_notice(text, default_year=2022))

    assert read(district + note) == read(district) == [("controlled", district, places)]


@pytest.mark.parametrize(("labels", "colon"), [
    (("城东区", "城西区", "城南区"), ":"), (("城东区", "城西区", "城南区"), "："),
    (("金桥镇", "龙泉镇", "南北镇"), ":")])
def test_a_list_line_the_rules_cannot_read_is_said_in_a_warning(labels: tuple[str, ...], colon: str) -> None:
    # (the third label is no district the parser knows: its line may go unread, but never silently)
    first, second, third = labels
    text = (f"一、新增高风险区\n{first}{colon}春晓小区。\n{second}{colon}明月小区,翠苑1号楼。\n"
            f"{third}{colon}锦绣小区10号楼,金桥小区10号院。")
    parsed = parse_notice(text, fallback=False)
    places = [p for c in parsed["changes"] for p in c["places"]]
    if not any("锦绣小区10号楼" in p for p in places):
        assert any("锦绣小区10号楼" in w for w in parsed["warnings"]), parsed


def test_measures_after_a_labelled_list_are_no_unread_line() -> None:
    text = "一、新增高风险区\n城东区:春晓小区。\n城西区:明月小区,翠苑1号楼。\n管控措施:足不出户、上门服务。"
    assert parse_notice(text, fallback=False)["warnings"] == []
