from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_file, parse_notice

FIXTURES = Path(__file__).parents[1] / "fixtures" / "notices"
SEED = Path(__file__).parents[3] / "shared" / "seeds" / "002_4dfddb6017f17f24.txt"
SEED_FIXTURE = FIXTURES / "seed_198_newspaper.txt"

HIGH_198 = {"小店区": 8, "迎泽区": 10, "杏花岭区": 5, "尖草坪区": 5, "万柏林区": 3, "晋源区": 5, "清徐县": 6}
LOW_198 = {"小店区": 17, "迎泽区": 3, "杏花岭区": 10, "尖草坪区": 1, "万柏林区": 1, "晋源区": 1}


def fixture(name: str, default_year: int | None = None) -> dict:
    return parse_notice((FIXTURES / name).read_text(encoding="utf-8"), default_year=default_year)


def summary(notice: dict) -> list[tuple]:
    return [(c["action"], c["level_from"], c["level_to"], c["district"], c["stated_count"], c["places"])
            for c in notice["changes"]]


def places_of(notice: dict, action: str) -> dict[str, list[str]]:
    return {c["district"]: c["places"] for c in notice["changes"] if c["action"] == action}


# --- notice No. 198 ----------------------------------------------------------------------------------


def check_198(notice: dict) -> None:
    assert notice["warnings"] == []
    assert notice["number"] == "2022年第198号"
    assert notice["published"] == "2022-12-02"
    assert notice["effective"] == "2022-12-02"
    high = [c for c in notice["changes"] if c["action"] == "add"]
    low = [c for c in notice["changes"] if c["action"] == "downgrade"]
    assert len(high) + len(low) == len(notice["changes"])
    assert {c["district"]: len(c["places"]) for c in high} == HIGH_198
    assert {c["district"]: c["stated_count"] for c in high} == HIGH_198
    assert {c["district"]: len(c["places"]) for c in low} == LOW_198
    assert {c["district"]: c["stated_count"] for c in low} == LOW_198
    assert sum(len(c["places"]) for c in high) == 42
    assert sum(len(c["places"]) for c in low) == 33
    assert all((c["level_from"], c["level_to"]) == (None, "high") for c in high)
    assert all((c["level_from"], c["level_to"]) == (None, "low") for c in low)
    jinyuan = places_of(notice, "add")["晋源区"]
    assert jinyuan[3] == "怡佳天一城小区12号楼1单元"  # the newspaper broke this name over two lines
    assert "西吴御龙庭小区(1号楼2单元除外)" in places_of(notice, "downgrade")["小店区"]
    assert "平阳路44-4号万民药房(西一巷店)" in places_of(notice, "downgrade")["小店区"]
    assert places_of(notice, "add")["小店区"][-1] == "西吴御龙庭小区1号楼2单元"
    assert places_of(notice, "downgrade")["晋源区"] == ["圣湖观澜国际小区14号楼1单元"]


@pytest.mark.parametrize(
    "path", [SEED if SEED.exists() else SEED_FIXTURE, SEED_FIXTURE], ids=["seed-file", "seed-fixture"]
)
def test_newspaper_notice_198(path: Path) -> None:
    notice = parse_notice(path.read_text(encoding="utf-8"), default_year=2022)
    check_198(notice)
    assert notice["issuer"] == "市疫情防控办"


def test_seed_file_picks_the_notice_out_of_unrelated_articles() -> None:
    # The whole newspaper page has other articles above the notice; none of them leaks into it.
    if SEED.exists():
        text = SEED.read_text(encoding="utf-8")
    else:
        text = "杨家峪街道坚持党建引领。\n\n" + SEED_FIXTURE.read_text(encoding="utf-8")
    after = "\n\n居民门外贴纸条 体谅“格格”太辛苦\n\n本报讯(记者 李涛)全家3个人已完成核酸采样。"
    notice = parse_notice(text + after, default_year=2022)
    check_198(notice)


def test_official_198_gives_the_same_places_as_the_newspaper() -> None:
    official = fixture("official_198.txt")
    check_198(official)
    assert official["issuer"] == "太原市疫情防控办公室"
    newspaper = parse_notice(SEED_FIXTURE.read_text(encoding="utf-8"), default_year=2022)
    assert official["changes"] == newspaper["changes"]


def test_without_any_year_the_dates_stay_empty_and_a_warning_says_so() -> None:
    notice = parse_notice(SEED_FIXTURE.read_text(encoding="utf-8"))
    assert notice["number"] == "第198号"
    assert notice["published"] is None and notice["effective"] is None
    assert len(notice["warnings"]) == 1 and "default_year" in notice["warnings"][0]
    assert sum(len(c["places"]) for c in notice["changes"]) == 75


# --- one fixture per style ---------------------------------------------------------------------------


def test_numbered_items_under_district_headings() -> None:
    notice = fixture("numbered_district_headings.txt")
    assert notice["issuer"] == "太原市疫情防控办公室"
    assert notice["number"] == "2022年第205号"
    assert notice["published"] == "2022-12-06"
    assert notice["effective"] == "2022-12-06T12:00:00"
    assert notice["warnings"] == []
    assert summary(notice) == [
        ("add", None, "high", "小店区", None,
         ["亲贤街道金茂府小区3号楼", "坞城街道龙城华府(1号楼、2号楼除外)"]),
        ("add", None, "high", "迎泽区", None, ["桥东街道五一路12号院", "庙前街道解放路东二巷8号"]),
        ("add", None, "high", "尖草坪区", None, ["柴村街道恒大城5号楼2单元", "新城街道钢园小区"]),
        ("lift", "high", None, "万柏林区", None, ["千峰街道和平小区", "长风西街道西华苑12号楼"]),
        ("lift", "high", None, "晋源区", None, ["晋祠镇赤桥村"]),
        ("downgrade", "high", "medium", "清徐县", None, ["清源镇东关村", "徐沟镇西楚王村"]),
    ]


def test_beijing_numbered_lines_take_the_district_of_the_office() -> None:
    notice = fixture("beijing_numbered.txt")
    assert notice["issuer"] == "北京市朝阳区新型冠状病毒肺炎疫情防控工作领导小组办公室"
    assert notice["number"] is None
    assert notice["published"] == "2022-11-23"  # the date under the signature
    assert notice["effective"] == "2022-11-24T00:00:00"
    assert notice["warnings"] == []
    assert summary(notice) == [("set", None, "high", "朝阳区", None, [
        "三间房地区定福庄西街1号院", "双井街道九龙社区九龙花园3号楼", "十八里店地区周庄嘉园东里12号楼",
        "东坝地区东坝家园(1号楼、2号楼除外)", "望京街道望京西园三区316号楼",
    ])]


def test_one_place_per_line_under_street_headings() -> None:
    notice = fixture("beijing_lines.txt")
    assert notice["published"] == "2022-11-24"  # 二〇二二年十一月二十四日
    assert notice["effective"] == "2022-11-25T00:00:00"
    assert summary(notice) == [("downgrade", None, "low", "丰台区", None, [
        "卢沟桥街道万丰路300号院", "卢沟桥街道青塔西路58号院2号楼", "新村街道育仁里小区",
    ])]


def test_guangzhou_streets_are_prefixed_and_the_title_gives_the_district() -> None:
    notice = fixture("guangzhou_streets.txt")
    assert notice["issuer"] == "广州市海珠区新冠肺炎疫情防控指挥部"
    assert (notice["published"], notice["effective"]) == ("2022-11-13", "2022-11-14")
    assert summary(notice) == [("upgrade", None, "high", "海珠区", None, [
        "凤阳街康乐村", "凤阳街鹭江村", "凤阳街下渡村", "南洲街东风村(东风大街1号、3号除外)", "南洲街三滘村",
        "瑞宝街瑞宝村",
    ])]


def test_districts_inline_in_one_paragraph() -> None:
    notice = fixture("shijiazhuang_inline.txt")
    assert notice["number"] == "2022年第58号"
    assert notice["effective"] == "2022-11-20T00:00:00"
    assert notice["published"] == "2022-11-19"
    assert summary(notice) == [
        ("set", None, "high", "长安区", None, ["育才街道建明小区", "谈固街道谈固东街28号院"]),
        ("set", None, "high", "裕华区", None, ["裕兴街道东明小区(3号楼、5号楼除外)", "槐底街道怀特小区"]),
        ("set", None, "high", "新华区", None, ["北苑街道颐和小区"]),
        ("downgrade", "high", "low", "桥西区", None, ["友谊街道红旗大街15号院", "振头街道振头小区"]),
        ("downgrade", "high", "low", "高新区", None, ["天山海世界"]),
    ]


def test_counts_without_brackets_and_districts_without_counts() -> None:
    notice = fixture("xian_counts.txt")
    assert notice["issuer"] == "西安市疫情防控指挥部"
    assert notice["effective"] == notice["published"] == "2022-11-28"  # 即日起
    assert summary(notice) == [
        ("upgrade", None, "high", "雁塔区", 3,
         ["电子城街道丈八东路12号", "小寨路街道翠华路南段25号院", "长延堡街道融侨馨苑6号楼"]),
        ("upgrade", None, "high", "碑林区", None, ["太乙路街道建东街3号院", "张家村街道友谊西路58号院"]),
        ("lift", "high", None, "未央区", 2, ["张家堡街道凤城五路88号", "未央宫街道汉城北路1号院"]),
    ]
    assert notice["warnings"] == []


def test_sealed_controlled_precaution_levels() -> None:
    notice = fixture("shanghai_sealed.txt")
    assert summary(notice) == [
        ("downgrade", "sealed", "controlled", "浦东新区", None,
         ["周浦镇年家浜路88弄", "周浦镇周市路416弄", "川沙新镇华夏东路2088弄"]),
        ("downgrade", "sealed", "precaution", "浦东新区", None, ["惠南镇听潮路399弄", "惠南镇城南路118弄"]),
        ("lift", None, None, "浦东新区", None, ["张江镇碧波路690号", "张江镇蔡伦路88弄"]),
    ]
    assert notice["published"] == "2022-04-30" and notice["effective"] == "2022-05-01"


def test_traditional_characters_and_full_width_forms_come_out_simplified() -> None:
    notice = fixture("traditional_fullwidth.txt")
    assert notice["issuer"] == "太原市疫情防控办公室"
    assert notice["number"] == "2022年第210号"
    assert notice["published"] == "2022-12-07"
    assert notice["effective"] == "2022-12-08T00:00:00"
    assert notice["warnings"] == []
    assert summary(notice) == [
        ("add", None, "high", "小店区", 2, ["龙城华府1号楼2单元", "滨河东路88号院(1号楼、2号楼除外)"]),
        ("add", None, "high", "晋源区", 1, ["义井街道华苑小区"]),
        ("downgrade", None, "low", "迎泽区", 2, ["桃园南路3号院", "双塔寺街45号"]),
    ]


def test_wrong_counts_give_warnings_but_keep_the_places() -> None:
    notice = fixture("count_mismatch.txt")
    assert [len(c["places"]) for c in notice["changes"]] == [2, 3]
    assert [c["stated_count"] for c in notice["changes"]] == [3, 2]
    warnings = notice["warnings"]
    assert len(warnings) == 3
    assert "6" in warnings[0] and "5" in warnings[0]
    assert "小店区" in warnings[1] and "迎泽区" in warnings[2]


def test_boilerplate_signature_and_date_are_no_places() -> None:
    for name in sorted(FIXTURES.glob("*.txt")):
        notice = parse_notice(name.read_text(encoding="utf-8"), default_year=2022)
        for change in notice["changes"]:
            for place in change["places"]:
                for word in ("实行", "请", "市民", "通告", "办公室", "指挥部", "2022年", "措施", "\n", " "):
                    assert word not in place, (name.name, place)


# --- smaller styles, inline ---------------------------------------------------------------------------


def test_sentence_with_the_places_inside() -> None:
    notice = parse_notice(
        "经研究决定，自2022年11月26日起，将朝阳区双井街道九龙社区、朝阳区十八里店地区周庄嘉园东里调整为低风险区；"
        "将朝阳区望京街道望京西园三区划定为高风险区。\n特此通告。\n\n2022年11月25日"
    )
    assert summary(notice) == [
        # The district written in front of a place goes into `district` (issue 15).
        ("downgrade", None, "low", "朝阳区", None, ["双井街道九龙社区", "十八里店地区周庄嘉园东里"]),
        ("set", None, "high", "朝阳区", None, ["望京街道望京西园三区"]),
    ]
    assert (notice["published"], notice["effective"]) == ("2022-11-25", "2022-11-26")


def test_table_rows() -> None:
    notice = parse_notice(
        "关于新增高风险区的通告\n新增高风险区：\n序号\t所属区\t风险区域\n1\t小店区\t亲贤街道金茂府小区\n"
        "2\t小店区\t坞城街道龙城华府\n3\t迎泽区\t桥东街道五一路12号院\n请广大市民做好个人防护。",
        default_year=2022,
    )
    assert summary(notice) == [
        ("add", None, "high", "小店区", None, ["亲贤街道金茂府小区", "坞城街道龙城华府"]),
        ("add", None, "high", "迎泽区", None, ["桥东街道五一路12号院"]),
    ]


def test_district_above_its_own_sections() -> None:
    notice = parse_notice(
        "第12号通告\n(一)小店区\n1.新增高风险区:亲贤街道金茂府小区、坞城街道龙城华府。\n2.解除高风险区:平阳景苑5号楼。\n"
        "(二)迎泽区\n1.新增高风险区:桥东街道五一路12号院。\n特此通告。"
    )
    assert summary(notice) == [
        ("add", None, "high", "小店区", None, ["亲贤街道金茂府小区", "坞城街道龙城华府"]),
        ("lift", "high", None, "小店区", None, ["平阳景苑5号楼"]),
        ("add", None, "high", "迎泽区", None, ["桥东街道五一路12号院"]),
    ]


def test_newspaper_breaks_inside_headings_names_and_brackets() -> None:
    notice = parse_notice(
        "市疫情防控办发布第200号通告\n\n"
        "本报讯 12月4日,市疫情防控办发布第200号通告,即日起我市新增高风险区7个。\n\n"
        "新增高风险区7个,分别\n\n是:\n\n小店区(3个):华城小区C座,坞城街道龙城华府(1号楼、\n\n2号楼除外),怡\n\n佳天一城小区。\n\n"
        "尖草\n\n坪区(2个):汇阳小区10栋2单元,滨河苑5栋2单元。\n\n"
        "迎泽区(2个):\n\n1.桥东街道五一\n\n路12号院\n\n2.庙前街道解放路东二巷8号\n",
        default_year=2022,
    )
    assert notice["warnings"] == []
    assert notice["published"] == "2022-12-04"
    assert summary(notice) == [
        ("add", None, "high", "小店区", 3,
         ["华城小区C座", "坞城街道龙城华府(1号楼、2号楼除外)", "怡佳天一城小区"]),
        ("add", None, "high", "尖草坪区", 2, ["汇阳小区10栋2单元", "滨河苑5栋2单元"]),
        ("add", None, "high", "迎泽区", 2, ["桥东街道五一路12号院", "庙前街道解放路东二巷8号"]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # street headings on their own line over numbered items
            "一、划定为高风险区的区域\n凤阳街：\n1.康乐村\n2.鹭江村\n南洲街：\n1.三滘村\n特此通告。",
            [("set", None, "high", None, None, ["凤阳街康乐村", "凤阳街鹭江村", "南洲街三滘村"])],
        ),
        (  # several lists in one paragraph, as in a daily report
            "2022年11月30日0—24时，本市新增高风险区2个，分别为：浦东新区三林路235弄、闵行区莘松路88弄。"
            "解除高风险区1个：徐汇区田林路1号。",
            # the district written in front of each place goes into `district` (issue 15)
            [("add", None, "high", "浦东新区", None, ["三林路235弄"]),
             ("add", None, "high", "闵行区", None, ["莘松路88弄"]),
             ("lift", "high", None, "徐汇区", None, ["田林路1号"])],
        ),
        (  # a sentence without colon directly above the district groups
            "经研判，即日起新增以下高风险区。\n小店区（两个）：华城小区C座、龙城华府\n迎泽区（一个）：五一路12号院",
            [("add", None, "high", "小店区", 2, ["华城小区C座", "龙城华府"]),
             ("add", None, "high", "迎泽区", 1, ["五一路12号院"])],
        ),
        (  # lists in an annex; a statement about the rest of the city is no place
            "附件1：高风险区域名单\n小店区：华城小区C座\n低风险区：除高风险区以外的其他区域",
            [("set", None, "high", "小店区", None, ["华城小区C座"])],
        ),
        (  # town groups in a county, several per line
            "新增高风险区：\n清徐县：清源镇：东关村、西关村；徐沟镇：新村。",
            [("add", None, "high", "清徐县", None, ["清源镇东关村", "清源镇西关村", "徐沟镇新村"])],
        ),
    ],
    ids=["street-headings", "one-paragraph", "sentence-heading", "annex", "towns"],
)
def test_more_styles(text: str, expected: list[tuple]) -> None:
    notice = parse_notice(text, default_year=2022)
    assert summary(notice) == expected
    assert notice["warnings"] == []


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("一、新增高风险区", ("add", None, "high")),
        ("二、调整为低风险区(3个)", ("downgrade", None, "low")),
        ("三、降为低风险区", ("downgrade", None, "low")),
        ("以下区域由高风险区调整为低风险区:", ("downgrade", "high", "low")),
        ("以下区域调整为中风险区:", ("set", None, "medium")),
        ("将以下区域升级为高风险区:", ("upgrade", None, "high")),
        ("以下区域调整为高风险区:", ("upgrade", None, "high")),
        ("即日起将以下区域划定为高风险区:", ("set", None, "high")),
        ("四、解除高风险区", ("lift", "high", None)),
        ("解除以下区域封控:", ("lift", "sealed", None)),
        ("以下区域解封:", ("lift", None, None)),
        ("以下区域解除封控,调整为防范区:", ("downgrade", "sealed", "precaution")),
        ("高风险区(2个):", ("set", None, "high")),
        ("管控区：", ("set", None, "controlled")),
    ],
)
def test_heading_semantics(heading: str, expected: tuple) -> None:
    notice = parse_notice(f"{heading}\n小店区:华城小区C座、龙城华府。\n请广大市民做好个人防护。")
    assert [(c["action"], c["level_from"], c["level_to"]) for c in notice["changes"]] == [expected]
    assert notice["changes"][0]["places"] == ["华城小区C座", "龙城华府"]


@pytest.mark.parametrize(
    ("lead", "published", "effective"),
    [
        ("", "2022-12-02", None),
        ("经专家组研判,自2022年12月3日0时起,我市新增高风险区1个。", "2022-12-02", "2022-12-03T00:00:00"),
        ("自12月3日18时30分起,我市新增高风险区1个。", "2022-12-02", "2022-12-03T18:30:00"),
        ("自12月3日24时起,我市新增高风险区1个。", "2022-12-02", "2022-12-04T00:00:00"),
        ("自12月3日下午3时起,我市新增高风险区1个。", "2022-12-02", "2022-12-03T15:00:00"),
        ("2022.12.1发布通告,即日起", "2022-12-01", "2022-12-01"),
        ("2022/12/01发布通告,自发布之日起", "2022-12-01", "2022-12-01"),
        ("2022-12-01发布第3号通告", "2022-12-01", None),
        ("二〇二二年十二月一日发布通告。", "2022-12-01", None),
    ],
)
def test_date_forms(lead: str, published: str, effective: str | None) -> None:
    body = "新增高风险区:华城小区C座。\n特此通告。\n\n太原市疫情防控办公室\n2022年12月2日"
    notice = parse_notice(f"{lead}\n{body}")
    assert notice["published"] == published
    assert notice["effective"] == effective
    assert notice["issuer"] == "太原市疫情防控办公室"


def test_year_comes_from_the_notice_before_default_year() -> None:
    text = "12月30日,市疫情防控办发布第3号通告,自12月31日0时起\n新增高风险区:华城小区C座。\n\n2023年1月2日"
    notice = parse_notice(text, default_year=2030)
    assert notice["published"] == "2022-12-30"  # December next to a January signature
    assert notice["effective"] == "2022-12-31T00:00:00"


def test_text_without_a_notice() -> None:
    notice = parse_notice("杨家峪街道坚持党建引领,筑牢联防联控、群防群治防线。")
    assert notice["changes"] == []
    assert notice["warnings"] == ["未识别到风险区域名单:正文中没有风险等级用语 / no risk-area lists found: "
                                  "no risk level is named"]


def test_a_notice_that_cannot_be_read_says_which_part() -> None:
    notice = parse_notice("关于调整风险区的通告\n经研判,决定将本辖区内的有关点位参照高风险区进行管理,具体见附图。")
    assert notice["changes"] == []
    assert len(notice["warnings"]) == 1
    assert "未能读出" in notice["warnings"][0] and "参照高风险区进行管理" in notice["warnings"][0]


# --- files in office encodings -----------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-16"])
def test_parse_file_decodes_office_encodings(tmp_path: Path, encoding: str) -> None:
    text = (FIXTURES / "official_198.txt").read_text(encoding="utf-8")
    path = tmp_path / f"notice-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    if encoding == "utf-8-sig":
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    check_198(parse_file(path))


# --- generated notices -------------------------------------------------------------------------------

DISTRICTS = ["小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区", "晋源区", "清徐县", "阳曲县", "娄烦县",
             "古交市", "综改区", "青云区", "望湖新区"]
STEM = "华龙凤锦丰和平安康泰嘉瑞祥福盛宏远桥湖山水金银星月阳光明德馨悦翠"
KINDS = ["小区", "花园", "家属院", "公寓", "大厦", "新村", "苑", "广场", "商城", "宿舍"]
SEPARATORS = [",", "、", ";", "，", "；"]
ENUMS = ["{}.", "{}、", "({})", "（{}）", "circled"]
CN = "一二三四五六七八九十"
# heading template, whether it can state a total, (action, level_from, level_to)
HEADINGS = [
    ("一、新增高风险区", False, ("add", None, "high")),
    ("一、新增高风险区（{total}个）", True, ("add", None, "high")),
    ("新增高风险区{total}个,分别是:", True, ("add", None, "high")),
    ("二、调整为低风险区({total}个)", True, ("downgrade", None, "low")),
    ("以下区域调整为低风险区：", False, ("downgrade", None, "low")),
    ("即日起将以下区域划定为高风险区:", False, ("set", None, "high")),
    ("三、解除高风险区", False, ("lift", "high", None)),
    ("以下区域由高风险区降为中风险区:", False, ("downgrade", "high", "medium")),
    ("以下区域升级为高风险区：", False, ("upgrade", None, "high")),
    ("封控区：", False, ("set", None, "sealed")),
]


@st.composite
def place_names(draw: st.DrawFn) -> str:
    stem = "".join(draw(st.lists(st.sampled_from(STEM), min_size=2, max_size=4)))
    name = stem + draw(st.sampled_from(KINDS))
    building = draw(st.sampled_from(["", "{a}号楼", "{a}号楼{b}单元", "{a}栋", "A座", "{a}号院"]))
    name += building.format(a=draw(st.integers(1, 40)), b=draw(st.integers(1, 9)))
    exception = draw(st.sampled_from(["", "", "", "(1号楼、2号楼除外)", "（西一巷店）", "(3号楼除外)"]))
    return name + exception


def fold(text: str) -> str:
    return text.replace("（", "(").replace("）", ")")


def enum(style: str, i: int) -> str:
    return "①②③④⑤⑥⑦⑧⑨⑩"[i] if style == "circled" else style.format(i + 1)


@st.composite
def notices(draw: st.DrawFn) -> tuple[str, list[tuple]]:
    lines: list[str] = []
    if draw(st.booleans()):  # an unrelated article above the notice on the same newspaper page
        lines += ["“三项机制”助力打造“无疫社区”",
                  "本报讯(记者 袁剑锋)12月1日,杨家峪街道坚持党建引领,筑牢联防联控防线。"]
    lead = draw(st.sampled_from(["none", "official", "newspaper"]))
    if lead == "official":
        lines += ["太原市疫情防控办公室", f"第{draw(st.integers(1, 400))}号通告",
                  "经专家组研判,即日起对我市风险区域作如下调整:"]
    elif lead == "newspaper":
        lines += ["市疫情防控办发布第198号通告", "", "我市新增 高风险区42个", "",
                  "本报讯(记者 刘涛)12月2日,市疫情防控办发布第198号通告,即日起我市新增高风险区42个,"
                  "调整为低风险区33个。"]
    expected: list[tuple] = []
    for heading, can_total, semantics in draw(st.lists(st.sampled_from(HEADINGS), min_size=1, max_size=3)):
        labelled = draw(st.booleans()) or not heading.endswith((":", "："))
        districts: list[str | None] = [None]
        if labelled:
            districts = list(draw(st.lists(st.sampled_from(DISTRICTS), min_size=1, max_size=4, unique=True)))
        groups = [(d, draw(st.lists(place_names(), min_size=1, max_size=6))) for d in districts]
        total = sum(len(p) for _, p in groups)
        lines.append(heading.format(total=total) if can_total else heading)
        for d_index, (district, places) in enumerate(groups):
            layout = draw(st.sampled_from(["inline", "numbered", "lines"]))
            stated = draw(st.booleans()) and district is not None
            label = ""
            if district is not None:
                label_style = draw(st.sampled_from(["brackets", "bare count", "colon", "alone"]))
                if label_style == "alone":
                    prefix = draw(st.sampled_from(["", f"({CN[d_index]})", f"{CN[d_index]}、"]))
                    lines.append(prefix + district + (f"({len(places)}个)" if stated else ""))
                else:
                    colon = draw(st.sampled_from([":", "："]))
                    if label_style == "colon":
                        stated = False
                        label = district + colon
                    elif label_style == "bare count" and stated:
                        label = f"{district}{len(places)}个{colon}"
                    else:
                        left, right = draw(st.sampled_from([("(", ")"), ("（", "）")]))
                        count = f"{left}{len(places)}个{right}" if stated else ""
                        label = f"{district}{count}{colon}"
            if layout == "inline":
                text = places[0]
                for place in places[1:]:
                    text += draw(st.sampled_from(SEPARATORS)) + place
                text += draw(st.sampled_from(["。", ""]))
                if len(places) >= 2 and draw(st.booleans()):  # a newspaper line break inside the list
                    cut = draw(st.integers(1, len(text) - 1))
                    text = text[:cut] + "\n\n" + text[cut:]
                lines.append(label + text)
            else:
                if label:
                    lines.append(label)
                style = draw(st.sampled_from(ENUMS))
                ending = draw(st.sampled_from(["", ";", "；"]))
                broken = -1
                if layout == "numbered" and len(places) >= 2:
                    broken = draw(st.integers(0, len(places) - 1))
                for i, place in enumerate(places):
                    number = enum(style, i) if layout == "numbered" else ""
                    item = place + (ending if i < len(places) - 1 else draw(st.sampled_from(["", "。"])))
                    if i == broken and len(place) >= 2:  # a newspaper line break inside a numbered item
                        cut = draw(st.integers(1, len(place) - 1))
                        item = item[:cut] + "\n\n" + item[cut:]
                    lines.append(number + item)
            stated_count = len(places) if stated else None
            expected.append((*semantics, district, stated_count, [fold(p) for p in places]))
    if draw(st.booleans()):
        lines += ["高风险区实行“足不出户、上门服务”等管控措施。", "请广大市民朋友继续做好个人防护。", "",
                  "太原市疫情防控办公室", "2022年12月2日"]
    return "\n".join(lines), expected


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notices())
def test_generated_notices_round_trip(case: tuple[str, list[tuple]]) -> None:
    text, expected = case
    notice = parse_notice(text, default_year=2022)
    assert summary(notice) == expected, text
    assert notice["warnings"] == [], text
