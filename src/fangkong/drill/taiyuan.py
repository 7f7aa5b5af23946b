"""The demonstration city, Taiyuan (太原), as data: districts, streets and the real places of the seeds.

Everything here is a name or a number of the public record (GB/T 2260 codes, street names, the
compounds, buildings and units of notice No. 198 of 2 December 2022 and the other newspaper pages
in shared/seeds). No person is real: residents, phones and identity numbers are made up by
``fangkong.drill.city``.

Where a seed names a place without saying where it lies, we chose a plausible street and
community; those choices are marked "placed by us". The generator builds the rest of the city
from the name lists at the bottom of this file.

Building specs (``SeedCompound.buildings``), as the generator reads them:

* ``"7"`` is 7号楼; ``"24/3"`` is 24号楼 with 3 units; ``"1..24"`` is 1号楼 to 24号楼;
* ``"甲5"`` is 甲5号楼; a single letter ``"C"`` is C座 (``"E/5"``: E座 with 5 units);
* anything else is kept as written: ``"南楼"``, ``"职工单身楼/2"``.

Units whose count is not given get 1–4 units (a building named in the notice down to its unit
always gets at least that many). Village lanes (``SeedCommunity.lanes``) are written
``"后街:60"``: the lane 后街 with house numbers 1号 to 60号.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

CITY_NAMES = {"zh": "太原", "en": "Taiyuan"}
CITY_CODE = "140100"
# The day of notice No. 198: ages and birth dates are counted back from it, so a build does not
# depend on the day it runs.
REFERENCE_DATE = date(2022, 12, 1)
# Seed 002: the air-film lab of 聚海通工业园 tests 100,000 tubes a day (1,000,000 people in 10-in-1 pools).
AIR_FILM_LAB_NAME = "聚海通工业园气膜方舱实验室"
AIR_FILM_LAB_TUBES_PER_DAY = 100_000


@dataclass(frozen=True)
class SeedCompound:
    name: str
    buildings: tuple[str, ...] = ()
    floors: int | None = None  # None: drawn per unit
    doors: int | None = None  # doors per floor; None: drawn per unit


@dataclass(frozen=True)
class SeedCommunity:
    name: str
    compounds: tuple[SeedCompound, ...] = ()
    lanes: tuple[str, ...] = ()  # villages only: "后街:60"
    min_grids: int = 1


@dataclass(frozen=True)
class SeedStreet:
    name: str
    communities: tuple[SeedCommunity, ...] = ()


@dataclass(frozen=True)
class SeedVenue:
    name: str
    kind: str
    street: str  # a street of the district (from its street list)
    community: str | None = None  # a seed community of that street; None: the street's first
    address: str = ""


@dataclass(frozen=True)
class District:
    code: str  # GB/T 2260 (the development zones: see DEVELOPMENT_ZONES)
    name: str
    kind: str  # 区 / 县 / 市 / 开发区
    weight: float  # share of the city's residents, in percent
    id_region: str  # region prefix of residents' identity numbers
    streets: tuple[str, ...]  # real streets and towns; the seed streets first
    seeds: tuple[SeedStreet, ...] = ()
    venues: tuple[SeedVenue, ...] = ()
    full_name: str = ""
    villages: float = 0.2  # share of a town's (镇/乡) communities that are villages
    highway_checkpoints: tuple[str, ...] = field(default=())


# Population shares follow the 2020 census roughly (5.3 million; 小店区 largest, 娄烦县 smallest).
# The two development zones report inside their host districts in the census; here they get a
# share of their own taken from those hosts.
#
# Development zones have no GB/T 2260 code. We give them 140171 and 140172, the pattern the
# statistics bureau uses for zones (7x), and mark them kind "开发区". Identity numbers are issued
# by the district whose land a zone lies on, so residents there get that district's prefix:
# 综改示范区 → 140105 (its core, 学府园区 and 潇河园区, lies in 小店区), 中北高新区 → 140108 (尖草坪区).
DEVELOPMENT_ZONES = {"140171": "140105", "140172": "140108"}

_XIAODIAN = District(
    code="140105", name="小店区", kind="区", weight=19.5, id_region="140105",
    streets=("龙城街道", "坞城街道", "平阳路街道", "亲贤街道", "营盘街道", "黄陵街道", "北营街道",
             "许坦街道", "小店街道", "西温庄乡", "北格镇", "刘家堡乡"),
    seeds=(
        SeedStreet("龙城街道", (
            # placed by us: the notice names these compounds under 小店区 only
            SeedCommunity("御龙庭社区", (
                SeedCompound("西吴御龙庭小区", ("1/3", "2..8")),
                SeedCompound("路泽苑小区", ("1..9",)),
                SeedCompound("龙城天悦", ("1..7", "8/2", "9..10")),
            )),
            SeedCommunity("西吴村", lanes=("前街:40", "后街:35", "西街:30")),
            SeedCommunity("东郡社区", (
                SeedCompound("保利东郡2期", ("1..10", "11/3", "12")),
                SeedCompound("恒大翡翠华庭", ("1..12",)),
                SeedCompound("西吴旧村", ("1..6",)),
            )),
        )),
        SeedStreet("坞城街道", (
            SeedCommunity("坞城中路社区", (
                SeedCompound("煤校宿舍", ("1..4",)),  # 坞城中路47号
                SeedCompound("山煤上德苑", ("1..4", "5/2", "6/2", "7..8")),
            )),
            SeedCommunity("王村南街社区", (
                SeedCompound("阳光华庭", ("1..10",)),  # 王村南街
                SeedCompound("交通建设工程监理公司宿舍", ("1..3",)),  # 王村南街
            )),
        )),
        SeedStreet("平阳路街道", (
            SeedCommunity("平阳路社区", (
                SeedCompound("电子材料厂宿舍", ("1..4",)),
                SeedCompound("嘉兴小区", ("南楼/3", "北楼/3", "东楼")),
                SeedCompound("太航小区", ("1..12",)),
            )),
        )),
        SeedStreet("亲贤街道", (
            SeedCommunity("石林苑社区", (
                SeedCompound("石林苑", ("1", "2/2", "3..6")),
                SeedCompound("御公馆", ("1..10",)),
                SeedCompound("商务学院小区", ("北楼/3", "南楼/3")),  # 长治路
            )),
        )),
        SeedStreet("营盘街道", (
            SeedCommunity("寇庄社区", (
                SeedCompound("南城区委宿舍", ("1/2", "2..3")),  # 寇庄西路79号
            )),
        )),
    ),
    venues=(
        SeedVenue("山西财经大学华商学院", "school", "坞城街道"),
        SeedVenue("山西工商学院(龙城校区)", "school", "龙城街道"),
        SeedVenue("万民药房(西一巷店)", "pharmacy", "平阳路街道", address="平阳路44-4号"),
        SeedVenue("文华苑商务区北楼", "office", "亲贤街道"),
        SeedVenue("太原南站", "station", "北营街道"),
        SeedVenue("太原武宿国际机场", "airport", "北营街道"),
    ),
    highway_checkpoints=("武宿高速口", "太原南高速口"),
)

_YINGZE = District(
    code="140106", name="迎泽区", kind="区", weight=12.5, id_region="140106",
    streets=("老军营街道", "文庙街道", "迎泽街道", "庙前街道", "柳巷街道", "桥东街道", "郝庄街道"),
    seeds=(
        SeedStreet("老军营街道", (
            SeedCommunity("老军营社区", (
                SeedCompound("老军营小区北区", ("1..24",), floors=5, doors=2),
                SeedCompound("老军营小区南区", ("1..12", "甲5"), floors=5, doors=2),
                SeedCompound("老军营小区西区", ("1..18",), floors=5, doors=2),
            )),
        )),
        SeedStreet("文庙街道", (
            SeedCommunity("文庙社区", (
                SeedCompound("光华苑", ("1/12", "2/4")),  # 上马街
            )),
        )),
        SeedStreet("迎泽街道", (
            SeedCommunity("林业厅社区", (  # placed by us
                SeedCompound("林业厅宿舍", ("22", "23", "24/3", "25")),
                SeedCompound("云路街8号院", ("1", "2/2", "3")),
            )),
        )),
    ),
    venues=(
        SeedVenue("文庙社区卫生服务中心", "hospital", "文庙街道", "文庙社区", address="上马街89号"),
        SeedVenue("太原站", "station", "桥东街道"),
    ),
)

_XINGHUALING = District(
    code="140107", name="杏花岭区", kind="区", weight=13.0, id_region="140107",
    streets=("杨家峪街道", "巨轮街道", "鼓楼街道", "敦化坊街道", "涧河街道", "三桥街道", "坝陵桥街道",
             "大东关街道", "职工新村街道", "中涧河乡", "小返乡"),
    seeds=(
        SeedStreet("杨家峪街道", (
            SeedCommunity("龙城苑社区", (  # placed by us
                SeedCompound("凯越龙城苑F区", ("1..8",)),
                SeedCompound("馨春龙城苑A区", ("1", "2/2", "3..6")),
            )),
            SeedCommunity("程家村", (
                SeedCompound("矿机宿舍北区", ("21..25", "26/4", "27..28"), floors=5, doors=2),
            ), lanes=("前街:30", "后街:30")),
            SeedCommunity("丈子头村", lanes=("前街:40", "后街:60", "东巷:20")),
        )),
        SeedStreet("巨轮街道", (
            # seed 002 (a photo of 纺织苑东社区 teaching elders to order online); street placed by us
            SeedCommunity("纺织苑东社区", (
                SeedCompound("纺织苑小区", ("1..14",)),
            )),
            SeedCommunity("艺彩社区", (
                SeedCompound("艺彩蓝湾小区", ("1..8",)),
                SeedCompound("半山中心", ("1..6", "7/2")),
            )),
        )),
        SeedStreet("鼓楼街道", (
            SeedCommunity("桃园社区", (
                SeedCompound("富力桃园", ("1..8", "9/2", "10")),
                SeedCompound("桃园北路193号院", ("1..6",)),
                SeedCompound("南华门东二条9号院", ("1..3",)),
            )),
        )),
        SeedStreet("敦化坊街道", (
            SeedCommunity("德祥社区", (
                SeedCompound("德祥六院小区", ("1..8",)),
                SeedCompound("胜景天地", ("1..3",)),
            )),
        )),
    ),
    venues=(
        SeedVenue("凌峰养殖场", "farm", "杨家峪街道", "丈子头村", address="丈子头村"),
        SeedVenue("胜景天地2号楼底商", "market", "敦化坊街道", "德祥社区"),
    ),
    highway_checkpoints=("太原东高速口",),
)

_JIANCAOPING = District(
    code="140108", name="尖草坪区", kind="区", weight=10.5, id_region="140108",
    streets=("光社街道", "汇丰街道", "迎新街街道", "尖草坪街道", "上兰街道", "古城街道", "南寨街道",
             "柴村街道", "向阳镇", "阳曲镇", "马头水乡", "西墕乡"),
    seeds=(
        SeedStreet("光社街道", (
            SeedCommunity("营村社区", (
                SeedCompound("营村小区", ("1/2", "2..6")),
            )),
        )),
        SeedStreet("汇丰街道", (
            SeedCommunity("清泉社区", (
                SeedCompound("清泉小区", ("1..9", "10/2", "11..12")),
                SeedCompound("汇阳小区", ("1..9", "10/2")),
            )),
        )),
        SeedStreet("迎新街街道", (
            SeedCommunity("滨河苑社区", (
                SeedCompound("滨河苑", ("1..4", "5/2", "6..8")),
                SeedCompound("太原机务段北区", ("职工单身楼/2", "1..6")),
            )),
        )),
    ),
    venues=(
        SeedVenue("太钢东门海友酒店", "hotel", "光社街道"),
        SeedVenue(AIR_FILM_LAB_NAME, "lab", "向阳镇", address="尖草坪区聚海通工业园"),
        SeedVenue("太原市第六十六中学", "school", "尖草坪街道"),
        SeedVenue("太原市第四人民医院", "hospital", "尖草坪街道"),  # designated hospital; placed by us
    ),
    villages=0.5,
    highway_checkpoints=("向阳高速口", "阳曲高速口"),  # seed 001: 尖草坪区's first landing points
)

_WANBAILIN = District(
    code="140109", name="万柏林区", kind="区", weight=16.5, id_region="140109",
    streets=("小井峪街道", "西铭街道", "千峰街道", "和平街道", "兴华街道", "万柏林街道", "下元街道",
             "南寒街道", "东社街道", "神堂沟街道", "杜儿坪街道", "白家庄街道", "化客头街道", "王封乡"),
    seeds=(
        SeedStreet("小井峪街道", (
            # Seed 002: 电子二所家属楼 has 11 buildings, 37 units and 900-odd residents.
            SeedCommunity("光华街社区", (
                SeedCompound("电子二所家属楼", ("1/4", "2/4", "3/4", "4/4", "5/3", "6/3", "7/3", "8/3", "9/3",
                                           "10/3", "11/3"), floors=5, doors=2),
            ), min_grids=3),
        )),
        SeedStreet("西铭街道", (
            SeedCommunity("华峪社区", (
                SeedCompound("华峪南区", ("1", "2/2", "3..8")),
                SeedCompound("金泽华府", ("A/2", "B", "C", "D")),
            )),
        )),
        SeedStreet("千峰街道", (
            SeedCommunity("鑫美社区", (
                SeedCompound("鑫美天地", ("1..6",)),
            )),
        )),
    ),
    venues=(
        SeedVenue("丽枫酒店", "hotel", "和平街道"),
    ),
    highway_checkpoints=("万柏林高速口",),
)

_JINYUAN = District(
    code="140110", name="晋源区", kind="区", weight=5.5, id_region="140110",
    # Seed 003 puts 义井街道南三巷社区 in 晋源区; we follow the seed.
    streets=("义井街道", "晋源街道", "罗城街道", "金胜镇", "晋祠镇", "姚村镇"),
    seeds=(
        SeedStreet("义井街道", (
            SeedCommunity("南三巷社区", (
                SeedCompound("十六中家属院小区", ("1", "2")),  # "只有两栋楼"
                SeedCompound("化二建宿舍", ("1..6",)),
            )),
        )),
        SeedStreet("晋源街道", (
            SeedCommunity("华城社区", (
                SeedCompound("华城小区", ("A", "B", "C", "D", "E/5", "F")),
                SeedCompound("圣湖观澜国际小区", ("1..13", "14/2", "15..16")),
            )),
            SeedCommunity("天一城社区", (
                SeedCompound("怡佳天一城小区", ("1..3", "4/2", "5..11", "12/2", "13..14")),
            )),
        )),
        SeedStreet("罗城街道", (SeedCommunity("北邵村"),)),  # seed 000: village checkpoints
        SeedStreet("金胜镇", (SeedCommunity("田村"),)),
        SeedStreet("晋祠镇", (SeedCommunity("南张村"),)),
    ),
    venues=(
        SeedVenue("保利和悦华锦项目工地", "construction_site", "晋源街道"),
    ),
    villages=0.7,
    highway_checkpoints=("晋祠高速口",),
)

_QINGXU = District(
    code="140121", name="清徐县", kind="县", weight=6.2, id_region="140121",
    streets=("东湖街道", "清源镇", "徐沟镇", "王答乡", "东于镇", "孟封镇", "马峪乡", "柳杜乡", "西谷乡",
             "集义乡"),
    seeds=(
        SeedStreet("东湖街道", (
            SeedCommunity("城南社区", (  # placed by us
                SeedCompound("城南嘉园", ("1/4",)),  # the notice: 城南嘉园1单元
            )),
            SeedCommunity("春苑社区", lanes=("晋夏公路南段:45",)),  # 晋夏公路南段39号
        )),
        SeedStreet("清源镇", (
            SeedCommunity("孔村"),
            SeedCommunity("北营村", (
                SeedCompound("北辰苑小区", ("1..8", "9/2", "10")),
            )),
        )),
        SeedStreet("徐沟镇", (SeedCommunity("新村"),)),
        SeedStreet("王答乡", (SeedCommunity("南梁树村"),)),
    ),
    villages=0.8,
    highway_checkpoints=("清徐高速口",),
)

_YANGQU = District(
    code="140122", name="阳曲县", kind="县", weight=2.6, id_region="140122",
    streets=("黄寨镇", "东黄水镇", "大盂镇", "泥屯镇", "高村乡", "侯村乡", "凌井店乡", "西凌井乡",
             "北小店乡", "杨兴乡"),
    seeds=(
        SeedStreet("黄寨镇", (
            SeedCommunity("大运路社区", (SeedCompound("牡丹苑小区", ("1..10",)),)),  # seed 000
        )),
        # seed 002: 东黄水镇, 12 temporary party branches in its villages
        SeedStreet("东黄水镇", (SeedCommunity("东黄水村"), SeedCommunity("西黄水村"))),
    ),
    venues=(
        SeedVenue("申通快递太原转运中心", "enterprise", "黄寨镇"),
        SeedVenue("阳曲县第一中学", "school", "黄寨镇"),
    ),
    villages=0.85,
    highway_checkpoints=("黄寨高速卡口",),
)

_LOUFAN = District(
    code="140123", name="娄烦县", kind="县", weight=1.6, id_region="140123",
    streets=("娄烦镇", "杜交曲镇", "静游镇", "天池店乡", "盖家庄乡", "马家庄乡", "庙湾乡", "米峪镇乡"),
    seeds=(
        SeedStreet("娄烦镇", (SeedCommunity("文源社区", (SeedCompound("文源小区", ("1..8",)),)),)),
    ),
    venues=(
        SeedVenue("美美公社医学集中隔离点", "quarantine_hotel", "娄烦镇"),
    ),
    villages=0.85,
    highway_checkpoints=("娄烦高速卡口",),
)

_GUJIAO = District(
    code="140181", name="古交市", kind="市", weight=3.6, id_region="140181",
    streets=("东曲街道", "西曲街道", "桃园街道", "屯兰街道", "邢家社乡", "河口镇", "镇城底镇", "马兰镇",
             "阁上乡", "常安乡", "原相乡", "岔口乡", "梭峪乡", "嘉乐泉乡"),
    seeds=(
        SeedStreet("邢家社乡", (SeedCommunity("关头村"), SeedCommunity("邢家社村"))),  # seed 000
    ),
    villages=0.75,
    highway_checkpoints=("古交高速口",),
)

# The zones' street names are illustrative (the zones administer parks, 园区, not streets).
_ZONGGAI = District(
    code="140171", name="综改示范区", kind="开发区", weight=5.5, id_region=DEVELOPMENT_ZONES["140171"],
    full_name="山西转型综合改革示范区",
    streets=("学府街道", "唐槐街道", "潇河街道", "阳曲园区街道"),
    villages=0.3,
)

_ZHONGBEI = District(
    code="140172", name="中北高新区", kind="开发区", weight=3.0, id_region=DEVELOPMENT_ZONES["140172"],
    full_name="中北高新技术产业开发区",
    streets=("屯汇街道", "中北街道"),  # seed 000 names its 屯汇片区
    villages=0.3,
)

DISTRICTS: tuple[District, ...] = (
    _XIAODIAN, _YINGZE, _XINGHUALING, _JIANCAOPING, _WANBAILIN, _JINYUAN,
    _QINGXU, _YANGQU, _LOUFAN, _GUJIAO, _ZONGGAI, _ZHONGBEI,
)

# ---- names for the generated part of the city -------------------------------------------------

# Surnames with rough national frequencies (per mille), plus the ones common in Shanxi.
SURNAMES: tuple[tuple[str, int], ...] = (
    ("王", 72), ("李", 70), ("张", 68), ("刘", 54), ("陈", 35), ("杨", 31), ("赵", 26), ("郭", 24),
    ("黄", 16), ("周", 16), ("吴", 15), ("徐", 13), ("孙", 13), ("胡", 12), ("朱", 11), ("高", 14),
    ("林", 8), ("何", 9), ("马", 12), ("罗", 7), ("梁", 11), ("宋", 9), ("郑", 8), ("谢", 6),
    ("韩", 9), ("唐", 6), ("冯", 8), ("于", 6), ("董", 7), ("萧", 3), ("程", 8), ("曹", 7),
    ("袁", 5), ("邓", 5), ("许", 5), ("傅", 4), ("沈", 4), ("曾", 4), ("彭", 4), ("吕", 6),
    ("苏", 5), ("卢", 5), ("蒋", 4), ("蔡", 4), ("贾", 10), ("丁", 5), ("魏", 6), ("薛", 7),
    ("叶", 4), ("阎", 5), ("闫", 8), ("余", 4), ("潘", 4), ("杜", 6), ("戴", 3), ("夏", 3),
    ("钟", 3), ("汪", 3), ("田", 7), ("任", 8), ("姜", 4), ("范", 6), ("方", 3), ("石", 5),
    ("姚", 4), ("谭", 3), ("廖", 3), ("邹", 3), ("熊", 3), ("金", 3), ("陆", 3), ("郝", 8),
    ("孔", 3), ("白", 6), ("崔", 5), ("康", 4), ("毛", 3), ("邱", 3), ("秦", 4), ("江", 3),
    ("史", 5), ("顾", 3), ("侯", 6), ("邵", 3), ("孟", 5), ("龙", 2), ("万", 2), ("段", 5),
    ("雷", 3), ("钱", 2), ("汤", 2), ("尹", 3), ("黎", 2), ("易", 2), ("常", 5), ("武", 9),
    ("乔", 6), ("贺", 4), ("赖", 2), ("龚", 2), ("文", 2), ("牛", 5), ("霍", 5), ("温", 5),
    ("冀", 3), ("卫", 3), ("申", 3), ("渠", 2), ("弓", 1), ("药", 1), ("栗", 2), ("荆", 2),
)  # fmt: skip

# Characters of given names by generation: names follow their decade (建国 and 秀英 are born in the
# 1950s, 子涵 and 梓轩 in the 2010s).
GIVEN_MALE_OLD = "建国军华明平志国红庆福生宝德忠文海林春成兴旺贵祥发荣金山玉全喜胜"
GIVEN_FEMALE_OLD = "秀英兰珍芳桂凤玉梅花琴淑荣霞翠云华红秀丽春香莲巧爱萍菊娥"
GIVEN_MALE_MID = "伟强磊勇军杰涛斌超鹏辉刚波俊峰浩亮宇飞明鑫健斌龙阳晓东海鹏"
GIVEN_FEMALE_MID = "丽娟静敏燕艳娜霞婷芳慧颖琳洁玲雪晶倩璐丹瑶晓蕾莉慧欣佳"
GIVEN_MALE_YOUNG = "子轩浩宇梓豪铭睿博文泽涵皓辰一诺俊熙宇航晨嘉懿煜奕锦程景天明哲"
GIVEN_FEMALE_YOUNG = "子涵梓萱欣怡诗雨若曦可馨语桐一诺雨涵思彤佳怡梦琪紫萱依诺婉清安然"

# Generated street (sub-district) names, used once a district's real street list is exhausted.
STREET_PREFIXES = (
    "新城", "东城", "南城", "北城", "西城", "汾东", "汾西", "长风", "晋阳", "并州", "龙潭", "双塔",
    "东山", "西山", "滨河", "学府", "长治", "太榆", "北站", "南站", "体育", "建设", "胜利", "解放",
)
# Generated community (社区) names.
COMMUNITY_PREFIXES = (
    "和平", "建设", "新华", "五一", "解放", "胜利", "北苑", "南苑", "朝阳", "向阳", "青年", "光明",
    "幸福", "滨河", "东风", "红旗", "工农", "柳溪", "桥西", "桥东", "康乐", "长风", "学府", "龙潭",
    "双塔", "晋阳", "并州", "汾河", "迎春", "新建", "友谊", "团结", "文兴", "育才", "铁路", "电力",
    "矿机", "重机", "钢园", "化工", "纺织", "煤机", "园丁", "星河", "丽华", "锦绣", "御河", "千峰",
    "漪汾", "兴华", "玉门", "后北屯", "杏花", "桃园", "柳巷", "新村", "西华", "东岗", "南内环",
    "北大街", "府东", "府西", "五龙", "大营盘", "松庄", "许坦", "学苑", "春华", "秋实", "丁香",
)
# Generated village (村) names: a direction or size + a stem, or a family name + 家庄/家堡/家寨.
VILLAGE_HEADS = ("东", "西", "南", "北", "前", "后", "上", "下", "大", "小", "新", "中")
VILLAGE_STEMS = (
    "王", "张", "李", "赵", "刘", "郭", "杨", "马", "白", "侯", "贾", "高", "石", "柳", "杏", "枣",
    "河", "沟", "峪", "坡", "堡", "营", "庄", "寨", "泉", "坪", "窑", "塔", "社", "城", "关", "岭",
)
VILLAGE_FAMILY_SUFFIXES = ("家庄", "家堡", "家寨", "家沟", "家峪", "家坡")
VILLAGE_LANES = (
    "前街", "后街", "东街", "西街", "南街", "北街", "中街", "东一巷", "东二巷", "西一巷", "西二巷",
    "南一巷", "北一巷", "新村街", "学校巷", "大庙街", "井沟巷", "场院街", "柳树巷", "槐树街",
)
# Generated compound (小区) names: a stem + a kind of estate, or an employer's housing.
COMPOUND_STEMS = (
    "锦绣", "和平", "阳光", "滨河", "龙城", "华苑", "金桥", "丽景", "紫东", "汇丰", "景泰", "康馨",
    "怡和", "翠苑", "梧桐", "长风", "晋阳", "并州", "汾河", "迎春", "丁香", "玉兰", "枫林", "碧水",
    "金地", "新天地", "府东", "嘉禾", "瑞和", "泰和", "天骄", "御景", "尚品", "东方", "明珠", "世纪",
    "盛世", "锦华", "富丽", "星河", "蓝湾", "书香", "阳光城", "凤凰", "桃源", "杏林", "柳溪", "松园",
    "枣园", "学府", "文源", "兴华", "万象", "绿地", "清风", "恒泰", "佳园", "康乐", "鸿泰", "宏图",
)
COMPOUND_KINDS = (
    "小区", "苑", "花园", "家园", "新村", "公寓", "华庭", "雅居", "嘉园", "名都", "佳苑", "雅苑",
    "国际", "华府", "丽舍", "园", "小区", "苑", "花园", "家园",
)
EMPLOYERS = (
    "电业局", "铁路局", "煤机厂", "化肥厂", "钢厂", "纺织厂", "邮电局", "供销社", "粮食局", "水利局",
    "建筑公司", "机床厂", "印刷厂", "电力设计院", "汽车修理厂", "卫生局", "教育局", "税务局", "公交公司",
    "自来水公司", "热电厂", "化工厂", "二建", "三建", "五建", "橡胶厂", "制药厂", "面粉厂",
)
EMPLOYER_KINDS = ("宿舍", "家属院", "家属楼", "宿舍楼")
COMPOUND_SECTIONS = ("北区", "南区", "东区", "西区", "一期", "二期", "三期", "四期", "A区", "B区", "C区")

# Venues the generator adds: chains and kinds (names of businesses, never of people).
SUPERMARKET_CHAINS = ("美特好超市", "华润万家", "永辉超市", "唐久便利", "家乐福超市", "沃尔玛")
HOTEL_STEMS = ("晋韵", "并州", "龙城", "汾河", "迎泽", "晋阳", "锦绣", "丁香", "双塔", "天龙", "汾水", "晋商")
