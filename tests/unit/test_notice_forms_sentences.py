"""Sentence forms, sections and pages holding several notices, each in a variant written here (invented
places, the wording of forms real notices use), and properties over generated places: a count between the
list and its level, 2021 wordings with a back-reference, a lift restating an earlier designation, date
headings of sections, a district named once in the lead, two notices on one page, "下述地区" pointing to
the list, headings with 疫情 in front, numbered items run together on one line."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import by_level, in_traditional
from tests.unit.test_notice_render import place

_CN = "零一二三四五六七八九十"




# --- 1. a count between the list and the level: "A、B、C3个封控区调整为管控区"


def test_count_without_deng_between_list_and_level() -> None:
    text = ("关于调整青山区部分区域管控措施的通告\n自2022年4月2日9:00起,将如下区域管控措施予以调整:\n"
            "一、将富强路街道幸福苑12号楼、自由路街道青年里3#5号楼、万青路街道钢铁花园8号楼3个封控区调整为管控区。\n"
            "二、将富强路街道幸福苑小区、自由路街道青年里3#两个管控区调整为防范区。")
    assert by_level(text) == {
        ("controlled", "青山区"): ["富强路街道幸福苑12号楼", "自由路街道青年里3#5号楼", "万青路街道钢铁花园8号楼"],
        ("precaution", "青山区"): ["富强路街道幸福苑小区", "自由路街道青年里3#"],
    }


def test_count_whose_digits_run_on_from_a_place_number() -> None:
    # "…8号楼1" then "2个": the place keeps its 1, the count is 2
    text = "即日起,将东河区金桥小区3号楼、东河区银河路8号楼12个高风险区调整为中风险区。"
    assert by_level(text) == {("medium", "东河区"): ["金桥小区3号楼", "银河路8号楼1"]}


def test_a_count_that_is_not_the_number_of_places_reads_nothing() -> None:
    text = "即日起,将金桥小区3号楼、银河路8号楼5个高风险区调整为中风险区。"
    assert by_level(text) == {}


@settings(max_examples=60, deadline=None)
@given(places=st.lists(place(), min_size=1, max_size=6, unique=True),
       sep=st.sampled_from(["、", ",", "，"]), chinese=st.booleans(), deng=st.sampled_from(["", "等", "共", "等共"]),
       levels=st.sampled_from([("封控区", "管控区", "controlled"), ("管控区", "防范区", "precaution"),
                               ("高风险区", "低风险区", "low")]))
def test_count_word_between_list_and_level_changes_nothing(places: list[str], sep: str, chinese: bool, deng: str,
                                                           levels: tuple[str, str, str]) -> None:
    source, target, level = levels
    n = len(places)
    count = _CN[n] if chinese else str(n)
    listed = sep.join(places)
    plain = f"自2022年5月6日起,将{listed}由{source}调整为{target}。"
    counted = f"自2022年5月6日起,将{listed}{deng}{count}个{source}调整为{target}。"
    assert by_level(counted) == by_level(plain) == {(level, None): places}


# --- 5. a district named only in the opening sentence: "对顺义区如下地区进行…等级调整"


def test_district_of_the_opening_sentence_holds_for_the_places() -> None:
    text = ("11月20日金水区调整相关地区风险等级的通报\n根据有关规定,对金水区如下地区进行高、低风险区等级调整:\n"
            "1.自2022年11月20日10时起,将丰产路街道文化路12号院3号楼列为高风险区。\n"
            "2.自2022年11月20日12时起,将杜岭街道顺河小区5号楼2单元列为高风险区。\n"
            "金水区疾病预防控制中心\n2022年11月20日")
    assert by_level(text) == {("high", "金水区"): ["丰产路街道文化路12号院3号楼", "杜岭街道顺河小区5号楼2单元"]}


def test_district_of_the_opening_sentence_in_traditional_characters() -> None:
    text = in_traditional("根据疫情形势,对和平县下列区域风险等级调整如下:\n一、将东风镇和平里小区8栋调整为中风险区。\n"
                        "二、将阳明镇新华路3号调整为中风险区。")
    assert by_level(text) == {("medium", "和平县"): ["东风镇和平里小区8栋", "阳明镇新华路3号"]}


# --- 6. a second notice after the first one's signature; 7. "将下述地区调整为…" pointing to the list


def test_two_notices_on_one_page_each_with_its_levels() -> None:
    text = ("关于划定高风险地区的通告\n根据疫情情况,经风险评估,将嘉兴市南湖区云海超市(云海生鲜店)调整为高风险地区,"
            "防控措施按有关要求执行。\n嘉兴市新型冠状病毒肺炎疫情防控工作领导小组办公室\n2022年2月3日\n"
            "关于划定中风险地区的通告\n根据疫情情况,经风险评估,将下述地区调整为中风险地区。\n"
            "1.南湖区:星河公寓、明月小区、桂园等三地。\n2.秀洲区:新城街道洪兴路18号、油车港镇胜丰村等两地。\n"
            "上述地区调整为中风险地区后,防控措施按有关要求执行。\n"
            "嘉兴市新型冠状病毒肺炎疫情防控工作领导小组办公室\n2022年2月3日")
    assert by_level(text) == {
        ("high", "南湖区"): ["云海超市(云海生鲜店)"],
        ("medium", "南湖区"): ["星河公寓", "明月小区", "桂园"],
        ("medium", "秀洲区"): ["新城街道洪兴路18号", "油车港镇胜丰村"],
    }


def test_after_the_signature_without_a_new_headline_a_sentence_is_not_read() -> None:
    # what follows a signature without a headline of its own is a news report around the notice
    text = ("关于划定高风险地区的通告\n即日起,将南湖区云海超市调整为高风险地区。\n"
            "嘉兴市疫情防控工作领导小组办公室\n2022年2月3日\n此前,将秀洲区胜丰村调整为中风险地区。")
    assert by_level(text) == {("high", "南湖区"): ["云海超市"]}


@settings(max_examples=40, deadline=None)
@given(places=st.lists(place(), min_size=1, max_size=5, unique=True),
       pointer=st.sampled_from(["下述地区", "下列区域", "以下地区", "如下区域", "下述区域"]),
       level=st.sampled_from([("中风险地区", "medium"), ("高风险区", "high"), ("封控区", "sealed")]),
       numbering=st.sampled_from(["{}.", "{}、", "({})"]), long_lead=st.booleans())
def test_pointer_to_the_list_is_never_a_place(places: list[str], pointer: str, level: tuple[str, str],
                                              numbering: str, long_lead: bool) -> None:
    lead = ("根据本市新冠肺炎疫情情况,按照国家联防联控机制关于新冠肺炎疫情分区分级及社区防控有关规定,经专家组风险评估,"
            if long_lead else "")
    items = "\n".join(f"{numbering.format(i + 1)}{p}" for i, p in enumerate(places))
    text = f"关于划定风险地区的通告\n{lead}将{pointer}调整为{level[0]}。\n{items}\n特此通告。"
    assert by_level(text) == {(level[1], None): places}


# --- 8. section headings with 疫情 in front; a lead line "下列街道除中、高风险区之外的其他地区:" of the low
# section; "(8月17日已发布)" telling when an item was first published


def test_headings_with_yiqing_and_the_lead_line_of_the_low_section() -> None:
    text = ("市疫情防控工作领导小组办公室发布消息:经研究决定,调整本市以下区域风险等级:\n"
            "一、疫情高风险区(1个)\n静安区临汾路街道汾西路88弄(9月2日已发布)\n"
            "二、疫情中风险区(2个)\n普陀区长风新村街道枣阳路120号\n静安区临汾路街道场中路310号(9月2日已发布)\n"
            "三、疫情低风险区(2个)\n下列街道除中、高风险区之外的其他地区(9月2日已发布):\n"
            "静安区临汾路街道\n普陀区长风新村街道")
    assert by_level(text) == {
        ("high", "静安区"): ["临汾路街道汾西路88弄"],
        ("medium", "普陀区"): ["长风新村街道枣阳路120号"],
        ("medium", "静安区"): ["临汾路街道场中路310号"],
        ("low", "静安区"): ["临汾路街道"],
        ("low", "普陀区"): ["长风新村街道"],
    }


def test_headings_with_yiqing_in_traditional_characters_and_half_width_brackets() -> None:
    text = in_traditional("一、疫情高风险区(1个)\n城阳区流亭街道双埠社区8号楼\n"
                        "二、疫情中风险区(1个)\n城阳区流亭街道赵红路16号(2022年9月1日已公布)")
    assert by_level(text) == {("high", "城阳区"): ["流亭街道双埠社区8号楼"],
                              ("medium", "城阳区"): ["流亭街道赵红路16号"]}


# --- 9. numbered items run together on one line; a heading glued to the end of the lead paragraph


def test_items_run_together_and_a_heading_glued_to_the_lead() -> None:
    text = ("关于新增划定风险区域的通告\n经研判决定,新增划定以下封控管控区域。现通告如下:一、封控区\n"
            "1.宣城市宣州区水阳镇金宝圩村东组2.宣城市郎溪县建平镇梅渚路6栋 3.宣城市郎溪县十字镇花园小区3号楼\n"
            "二、管控区\n1.宣城市郎溪县建平镇梅渚路 2.宣城市郎溪县十字镇花园小区3.宣城市郎溪县十字镇街道\n"
            "特此通告。")
    assert by_level(text) == {
        ("sealed", "宣州区"): ["水阳镇金宝圩村东组"],
        ("sealed", "郎溪县"): ["建平镇梅渚路6栋", "十字镇花园小区3号楼"],
        ("controlled", "郎溪县"): ["建平镇梅渚路", "十字镇花园小区", "十字镇街道"],
    }


def test_house_numbers_after_a_first_item_are_not_items() -> None:
    text = "封控区:\n1、金华苑小区2、3号楼\n2、龙城路12号院"
    assert by_level(text) == {("sealed", None): ["金华苑小区2、3号楼", "龙城路12号院"]}


@settings(max_examples=60, deadline=None)
@given(places=st.lists(place(), min_size=2, max_size=8, unique=True), sep=st.sampled_from([".", "、", "．"]),
       gaps=st.lists(st.sampled_from(["", " ", "  "]), min_size=8, max_size=8),
       level=st.sampled_from([("封控区", "sealed"), ("高风险区", "high"), ("管控区", "controlled")]))
def test_n_places_run_together_come_out_as_n_places(places: list[str], sep: str, gaps: list[str],
                                                    level: tuple[str, str]) -> None:
    run = "".join(f"{gaps[i] if i else ''}{i + 1}{sep}{p}" for i, p in enumerate(places))
    one_per_line = "\n".join(f"{i + 1}{sep}{p}" for i, p in enumerate(places))
    expected = {(level[1], None): places}
    assert by_level(f"一、{level[0]}\n{run}") == by_level(f"一、{level[0]}\n{one_per_line}") == expected


# --- 4. section headings of a date and heading words ("一、11月3日5时调整的区域") are no places


def test_date_headings_of_sections_are_not_places() -> None:
    text = ("12月5日6时,经专家研判,全市共设定高风险区3个,中风险区1个,具体如下:\n一、12月5日6时调整的区域\n"
            "新增高风险区(1个):\n新荣区(1个):花园路18号院。\n解除中风险区(1个):\n云州区(1个):吉家庄村。\n"
            "二、截至12月5日6时全市中高风险区\n高风险区(3个):\n新荣区(3个):\n花园路18号院;西村小区5号楼;东街8号。\n"
            "中风险区(1个):\n左云县(1个):\n城东小区。")
    assert by_level(text) == {
        ("high", "新荣区"): ["花园路18号院", "花园路18号院", "西村小区5号楼", "东街8号"],
        ("lifted", "云州区"): ["吉家庄村"],
        ("medium", "左云县"): ["城东小区"],
    }


@settings(max_examples=40, deadline=None)
@given(month=st.integers(1, 12), day=st.integers(1, 28), hour=st.sampled_from(["", "0时", "5时", "18时30分"]),
       words=st.sampled_from(["调整的区域", "全市中高风险区", "全市高风险区", "划定的区域", "新增的风险区域"]),
       until=st.sampled_from(["", "截至", "截止"]), numeral=st.sampled_from(["一、", "二、", "(一)", ""]))
def test_any_date_heading_line_gives_no_place(month: int, day: int, hour: str, words: str, until: str,
                                              numeral: str) -> None:
    text = f"高风险区(1个):\n小店区(1个):龙城花园3号楼。\n{numeral}{until}{month}月{day}日{hour}{words}"
    assert by_level(text) == {("high", "小店区"): ["龙城花园3号楼"]}


# --- 2. 2021 wordings: "新增A为中风险地区", "将A新增为…", a subject named back ("该地区调整为…"), a list
# restated after "截至目前,"


def test_2021_wordings_with_new_back_reference_and_restated_list() -> None:
    text = ("关于调整昌平区通州区社区(村)风险等级的通报\n"
            "12月3日,我市报告1例本地确诊病例,经市疾控中心评估,自2021年12月4日起,新增昌平区回龙观街道龙跃苑社区为中风险地区。\n"
            "通州区永乐店镇德仁务村近14天内无新增确诊病例,经市疾控中心评估,自2021年12月4日起,该地区调整为低风险地区。\n"
            "截至目前,全市共有中风险地区3个,分别为通州区宋庄镇小堡村、宋庄镇辛店村,昌平区回龙观街道龙跃苑社区。"
            "其他地区均为低风险地区。")
    assert by_level(text) == {
        ("medium", "昌平区"): ["回龙观街道龙跃苑社区", "回龙观街道龙跃苑社区"],
        ("low", "通州区"): ["永乐店镇德仁务村"],
        ("medium", "通州区"): ["宋庄镇小堡村", "宋庄镇辛店村"],
    }
    assert parse_notice(text)["warnings"] == []


def test_jiang_a_xinzeng_wei_in_traditional_characters() -> None:
    text = in_traditional("自2021年8月3日起,将江宁区禄口街道石埝村新增为中风险地区。")
    assert by_level(text) == {("medium", "江宁区"): ["禄口街道石埝村"]}


def test_a_back_reference_without_a_place_as_subject_reads_nothing() -> None:
    text = "我市近14天内无新增确诊病例,经评估,自2021年2月1日起,该地区调整为低风险地区。"
    assert by_level(text) == {}


# --- 3. a lift notice restating the earlier designation ("3月4日9时划定A为封控区。…,解除封控。")


def test_restated_designation_then_lift_lifts_the_places() -> None:
    text = ("关于和龙市金达莱小区封控区、管控区解封的通知\n"
            "经专家组研判,解除和龙市金达莱小区封控区、管控区的封控、管控管理。现通知如下:\n2022年4月2日8时划定和龙市金达莱小区5栋为封控区。现封控区域内近14天无新增病例,"
            "自2022年4月16日8时起,解除封控。\n2022年4月2日8时划定和龙市金达莱小区6栋、7栋为管控区。"
            "现管控区域内近14天无新增病例,自2022年4月16日8时起,解除管控。\n"
            "和龙市新型冠状病毒肺炎疫情防控工作领导小组办公室\n2022年4月16日")
    result = parse_notice(text, default_year=2022)
    assert [(c["action"], c["level_from"], c["district"], c["places"]) for c in result["changes"]] == [
        ("lift", "sealed", "和龙市", ["金达莱小区5栋"]),
        ("lift", "controlled", "和龙市", ["金达莱小区6栋、7栋"]),
    ]


def test_a_dated_designation_without_a_lift_keeps_its_level() -> None:
    text = in_traditional("3月4日9时划定和龙市金达莱小区5栋为封控区。封控区内实行足不出户管控措施。")
    assert by_level(text) == {("sealed", "和龙市"): ["金达莱小区5栋"]}


@settings(max_examples=40, deadline=None)
@given(places=st.lists(place(), min_size=1, max_size=3, unique=True),
       level=st.sampled_from([("封控区", "封控", "sealed"), ("管控区", "管控", "controlled")]),
       joint=st.sampled_from(["。", ","]), hour=st.sampled_from(["", "9时", "0时30分"]),
       lift=st.sampled_from(["区域内近14天无新增病例,自2022年5月15日9时起,解除{}。", "现于2022年5月15日解除{}。",
                             "该区域自5月15日起解除{}。", "自2022年5月15日9時起,解除{}。"]))
def test_any_restated_designation_followed_by_its_lift_is_lifted(places: list[str], level: tuple[str, str, str],
                                                               joint: str, hour: str, lift: str) -> None:
    text = (f"关于解除部分区域封控、管控的通知\n2022年5月1日{hour}划定{'、'.join(places)}为{level[0]}{joint}"
            + lift.format(level[1]))
    changes = parse_notice(text, default_year=2022)["changes"]
    assert [(c["action"], c["level_from"]) for c in changes] == [("lift", level[2])]
    assert changes[0]["places"] == places


def test_a_rule_of_the_measures_after_a_dated_designation_lifts_nothing() -> None:
    # "…连续14天无新增病例后,解除封控" tells when the zone will end; it has no day of its own
    text = "2022年4月2日8时划定龙井市海兰江小区3栋为封控区。封控区内连续14天无新增病例后,解除封控。"
    assert by_level(text) == {("sealed", "龙井市"): ["海兰江小区3栋"]}


def test_second_notice_headline_with_its_number_in_brackets() -> None:
    text = ("关于划定高风险区的通告(2022年第5号)\n即日起,将西湖区文三路8号调整为高风险区。\n"
            "杭州市疫情防控工作领导小组办公室\n2022年3月1日\n关于划定低风险区的通告(2022年第6号)\n"
            "即日起,将拱墅区米市巷街道湖墅南路12号由中风险区调整为低风险区。\n"
            "杭州市疫情防控工作领导小组办公室\n2022年3月1日")
    assert by_level(text) == {("high", "西湖区"): ["文三路8号"], ("low", "拱墅区"): ["米市巷街道湖墅南路12号"]}


def test_items_run_together_after_a_heading_colon() -> None:
    text = in_traditional("一、封控区:1.金华小区3栋2.龙城路12号 3.春晓花园5号楼\n二、管控区:1、金华小区2、龙城路")
    assert by_level(text) == {("sealed", None): ["金华小区3栋", "龙城路12号", "春晓花园5号楼"],
                              ("controlled", None): ["金华小区", "龙城路"]}


def test_second_notice_headline_named_by_its_office_and_number() -> None:
    text = ("温州市疫情防控工作领导小组办公室通告(第12号)\n即日起,将鹿城区五马街道解放街8号调整为高风险地区。\n"
            "温州市疫情防控工作领导小组办公室\n2022年2月14日\n温州市疫情防控工作领导小组办公室通告(第13号)\n"
            "即日起,将瓯海区娄桥街道古岸头村调整为中风险地区。\n2022年2月14日")
    assert by_level(text) == {("high", "鹿城区"): ["五马街道解放街8号"], ("medium", "瓯海区"): ["娄桥街道古岸头村"]}


def test_xinzeng_as_an_adjective_is_no_verb() -> None:
    # "将新增病例所在的…": 新增 qualifies the cases; the object is no list of places
    assert by_level("即日起,将新增病例所在的金华小区调整为高风险区。") == {}


@settings(max_examples=40, deadline=None)
@given(places=st.lists(place(), min_size=1, max_size=4, unique=True), form=st.sampled_from(["new", "jiang"]),
       district=st.sampled_from(["朝阳区", "大兴区", "江宁区", "和平县"]), trad=st.booleans())
def test_xinzeng_wordings_read_the_places(places: list[str], form: str, district: str, trad: bool) -> None:
    # (a place starting with the district's short name, "和平县A、和平B", repeats the district as short names do)
    assume(not any(p.startswith(district[:-1]) for p in places))
    # ("和平县城金金街道…" is the county seat's street: 县城 is a word, so a first place starting with 城 is ambiguous)
    assume(not (district.endswith("县") and places[0].startswith("城")))
    listed = district + "、".join(places)
    sentence = f"新增{listed}为中风险地区。" if form == "new" else f"将{listed}新增为中风险地区。"
    text = f"经市疾控中心评估,自2021年1月18日起,{sentence}"
    assert by_level(in_traditional(text) if trad else text) == {("medium", district): places}
