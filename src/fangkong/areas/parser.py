"""Parser of risk-area notices (风险区域通告) of a prevention office.

``parse_notice`` takes the text of one notice, either as the office published it or embedded in a
newspaper report among unrelated articles, and returns a plain dict::

    {"issuer": str | None, "number": str | None, "published": str | None, "effective": str | None,
     "changes": [{"action", "level_from", "level_to", "district", "stated_count", "places"}, ...],
     "warnings": [str, ...]}

Styles understood: district groups "小店区(8个):A,B。" (full- or half-width brackets and colons,
"小店区8个:", "小店区:", several districts in one paragraph "长安区:A、B;裕华区:C"); district headings
on their own line ("(一)小店区", "一、小店区", "小店区(8个)") over numbered items ("1." "1、" "(1)" "①")
or one place per line; street groups ("凤阳街:A、B"); table rows ("1<TAB>小店区<TAB>A"); section
headings "一、新增高风险区(42个)", "…分别是:", "即日起将以下区域划定为高风险区:", "以下区域由高风险区调整为
低风险区:", "解除…" and sentences with the places inside ("将A、B调整为低风险区。"); a district above
its own sections ("(一)小店区" then "1.新增高风险区:…"). Unrelated text around the notice is skipped:
it starts at the first list heading (meta data is read from there back to the "…通告" headline) and
each list ends at measures, appeals, signature or date ("高风险区实行…", "请广大市民…").

Decisions callers rely on:

* The whole text goes through OpenCC t2s first (an identity on simplified text), so keywords of
  traditional notices are found and every output string is simplified, like the registry.
  Full-width ASCII forms are folded to half-width: "（Ａ座）" comes out as "(A座)".
* Places are otherwise kept as written, with all whitespace and line breaks inside removed. An
  exception in brackets stays with its place: "西吴御龙庭小区(1号楼、2号楼除外)" is one place. A line
  break is a separator only in lists of one place per line; in lists written inline (separators on
  the lines) and inside numbered items it is a newspaper's wrap and is removed ("怡\\n佳" -> "怡佳").
* A listed item is one place when its form says so: an area written as its bounds ("A路以东、B大道以南、
  C大道,D街以西(除中风险区外)", "A村,东至B路,南至C街"), a numbered item of house numbers on streets and
  lanes after a street's label ("(四)江高镇:A村B街4、6号,B街一巷1、4号"), bare parts after 、 ("1组、2组",
  "第四、六安居园片区", "A1-A2、B-D栋、5-7栋区域", "4队、5队以及D山庄(除…外)"), and the items of a list whose
  stated counts agree only with reading each numbered item (or each piece between commas) as one place.
  "A镇B村除封控区以外的地区" is a place; the rest of a whole district or city is not.
* A sub-district group ("凤阳街:A、B") is not a district: its name is prefixed to each of its
  places ("凤阳街A") unless the place already contains it; the district stays the enclosing one.
* Places outside any district group take the district of the title ("关于海珠区部分区域…的通告") or
  of a district office ("北京市朝阳区…办公室"), else None.
* "解除…" / "解封" gives action "lift" with level_to None (the area leaves the list); level_from is the
  level named ("解除封控" names sealed), else None. "解除…,调整为Y" is a downgrade to Y.
* "调整为X" with no stated origin is a downgrade for low/precaution, an upgrade for high/sealed and
  "set" for medium/controlled, which can be reached from either side.
* Dates are ISO 8601: "2022-12-02" for a day, "2022-12-03T00:00:00" when an hour is given. The
  published date is the one in the sentence reporting the notice ("12月2日,市疫情防控办发布…"), else
  the date under the signature; "即日起" makes the effective date the published one. A date without
  a year takes it from a full date in the notice, else from ``default_year``; with neither it is
  left None and a warning says so. ``number`` is "2022年第198号", or "第198号" when no year is known.
* Warnings (Chinese / English) report stated counts, in headings and per district, that differ
  from the places found; the places found are kept.

Beyond these, the forms real notices of more than 150 cities use are read (each with tests in
tests/unit/test_notice_forms_*.py on notices written for them, and the real ones in
tests/fixtures/notices/real): tables with a level column, notices saved as web pages or copied out of PDFs,
places tagged with their level, sentences with counts, back-references and restated lists, boundary
descriptions, the rest of a town (a place) or of a district (none), and districts known by name: the
county-level divisions of mainland China in divisions.tsv (decision 0020).

Known limits: a place written without its compound ("XX小区1号楼、2号楼") stays "2号楼"; on notices of
cities it was not tuned on the parser reads about two places in three (the corpus README has the held-out
figures), and a notice it cannot read at all says so in a warning.
"""

from __future__ import annotations

import functools
import html
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import opencc

from fangkong.core.documents import text_of_document

__all__ = ["parse_file", "parse_notice"]

_T2S = opencc.OpenCC("t2s")
# Variant characters OpenCC's t2s keeps, written for the standard ones in place names of traditional-character
# copies ("瑯琊區" is 琅琊区, "峩眉" 峨眉, "衞" 卫, "隄" 堤, "厰" 厂): read as the registry writes them.
_VARIANTS = str.maketrans("瑯衞峩嵒隄厰歳錬廐槪", "琅卫峨岩堤厂岁炼厩概")
# 乾 is simplified as well ("乾县", "乾安县"), but t2s writes 干 for it after some characters ("大乾村" → "大干村"):
# kept out of the conversion behind a private-use character.
_KEEP_QIAN, _RESTORE_QIAN = str.maketrans("乾", "\ue000"), str.maketrans("\ue000", "乾")

# Full-width ASCII (FF01-FF5E) and a few compatibility forms to their plain equivalents.
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: 0x20, 0xA0: 0x20, 0xFF61: ord("。"), 0xFE50: ord(","), 0xFE51: ord("、"),
              0xFE54: ord(";"), 0xFE55: ord(":"), 0xFE30: ord(":"), 0x2236: ord(":"),
              0xFE59: ord("("), 0xFE5A: ord(")"), 0x200B: None, 0x200C: None, 0x200D: None, 0xFEFF: None})

_SEPS = ",、;。\n"
_OPEN = "([{【〔《“‘「『<"
_CLOSE = ")]}】〕》”’」』>"
_CJK = "\u4e00-\u9fff"
_CN_NUM = "零〇一二两三四五六七八九十百千"

# ---------------------------------------------------------------------------------------------------
# vocabulary

# ("静态管理", static management (Xinjiang 2022), is the same level as silent management)
_LEVEL = (r"(?:临时静默(?:管理)?|静默管理|(?:临时)?静态管理"
          r"|[高中低]风险(?:等级)?(?:地区|区域|区)|封控(?:管理)?区(?:域)?|管控区(?:域)?"
          # "重点防范区", "一般防范区": two grades of the precaution area, both precaution
          r"|(?:重点|一般)?防范区(?:域)?)")
_LEVEL_RE = re.compile(_LEVEL)
_RANK = {"silent": 3, "high": 3, "sealed": 3, "medium": 2, "controlled": 2, "low": 1, "precaution": 1}
# ("调降为", "调升为": 调 and the direction, one verb)
# ("A小区8幢作为封控区", "B村设定为管控区", "C楼确认为防范区": 作 / 设(定) / 确认 before 为, one verb)
_TARGET_VERB = (r"(?:(?:调整|调降|调升|降级|降|下调|升级|升|上调|划定|划分|划|列|确定|确认|转|认定|定|变更|改"
                r"|作|设定|设)(?:为|至|成)"
                # "宁强县高风险区降低风险区(2个)": a level, then 降 / 升 straight before the level it goes to
                r"|(?<=[区域])(?:降|升)级?(?=临时|静默|[高中低]风险|封控|管控|防范))")
_TARGET_RE = re.compile(rf"(?P<verb>{_TARGET_VERB})(?:以下)?(?P<level>{_LEVEL})")
_FROM_RE = re.compile(rf"(?:由|从)(?P<level>{_LEVEL})")
_LIFT_RE = re.compile(r"解除|解封|撤销|取消")
# "解除封控" names the sealed level without saying 封控区.
_LIFTED_RE = re.compile(rf"(?:解除|撤销|取消)(?:以下区域|以下|下列区域|该区域)?的?(?P<level>{_LEVEL}|封控)")
# "(8个)", "8个", "(共8处)", "(8)": a bare number only inside brackets.
_COUNT = (rf"\(?(?:共|计|共计|合计)?(?P<count>\d{{1,4}}|[{_CN_NUM}]{{1,5}})"
          rf"(?:[个处](?:区域|地区|点位|地点|风险区)?\)?|\))")
# the kinds of place a count names: "A镇、B镇2个乡镇", "A、B等3个小区"
_SUMMARY_KIND = (r"(?:乡镇|镇|乡|街道|村\((?:社区|居)\)|村居|村组|自然村|行政村|村|社区|居委会|小区|楼栋|楼|片区"
                 r"|区域|地区|点位|地点|场所|单位|商铺|店铺|门店|企业|组)")


# "A、B等36个管控区", "C村2个封控区": a count of the areas written before their level, no part of the last place
_AREA_COUNT = (rf"(?:等(?:共计|共|计)?[\d{_CN_NUM}]{{1,4}}[个处](?:{_SUMMARY_KIND})?"
               rf"|(?:共计|共|计)?[\d{_CN_NUM}]{{1,4}}[个处])")
# "高风险区(3个)", "3个高风险区", "解除管控区名单(3个)": the total a heading states.
_TOTAL_RE = re.compile(
    rf"{_LEVEL}(?:名单|清单|名录|范围)?\(?(?:共|计|共计|合计)?(?P<a>\d{{1,4}}|[{_CN_NUM}]{{1,5}})[个处]"
    rf"|(?P<b>\d{{1,4}}|[{_CN_NUM}]{{1,5}})[个处]{_LEVEL}"
)
# Words a bare heading line ("一、新增高风险区(42个)") may consist of besides levels and counts.
_HEADING_VOCAB = re.compile(
    r"新增|现有|继续|维持|保留|解除|解封|撤销|取消|调整|降级|下调|升级|上调|划定|认定|确定|变更|"
    r"以下|下列|如下|区域|地区|名单|清单|范围|等级|临时|管控措施|封控措施|措施|风险|即日起|自即日起|疫情|"
    r"缩小|扩大|点位|地点|"  # "二、调整高风险区范围点位(3个)": the areas of a level whose range changes
    r"今日|当日|今天|本日|当天|"  # "一、今日新增划定高风险区(2个)", "二、当日解除高风险区(4个)"
    r"(?:防控)?演练|应急|"  # "一、疫情防控演练静默管理范围": silent management as a drill
    r"[的将由从为后降升划列转定改至成个共计有]"
)
# "高、中风险区", "中、低风险地区": levels sharing the ending of the last one.
_SHORT_LEVELS = re.compile(r"[高中低](?:、|和|及)(?=[高中低]风险)")
_HEADING_END = re.compile(r"(?:如下|分别是|分别为|具体为|具体是|名单如下)[。.]?$")
_NOT_HEADING = re.compile(
    rf"{_LEVEL}(?:人员|居民|实行|实施|内|要求|期间|管理要求|防控措施|管理措施|措施)|^请|实行|实施"
    # "二、临时静默管控时间:自9月20日11时起,解除时间另行通知": when, not where
    rf"|{_LEVEL}(?:管控|管理)?(?:时间|期限|时限)"
    r"|采取[^,。:]{0,8}措施")  # "对中风险区采取管控措施:足不出区、错峰取物": measures, not a list

_DIST_SUFFIX = r"(?:新区|自治县|区|县|市|旗)"
_SUB_SUFFIX = r"(?:街道办事处|街道办|街道|地区|镇|乡|街|苏木)"  # "滨河街道办(2处):": the street's office
# "高新区(新市区)"; a note on what the district includes: "城关区【含文创园区】", "堆龙区(含经开区、柳梧新区)"
_ALIAS = (rf"(?:\([{_CJK}]{{2,8}}(?:区|县|市)\)"
          r"|(?<=[区县市旗])(?<!地区)[(【〔\[](?:含|包含|包括|辖|不含)[^()【】〔〕\[\]\n:]{1,24}[)】〕\]])?")
_LABEL_COLON = re.compile(rf"(?P<name>[{_CJK}]{{1,16}}?(?:{_DIST_SUFFIX}|{_SUB_SUFFIX})){_ALIAS}(?:{_COUNT})?:")
_LABEL_ALONE = re.compile(rf"(?P<name>[{_CJK}]{{2,16}}?){_ALIAS}(?:{_COUNT})?")
_BAD_NAME = re.compile(
    r"小区|社区|校区|园区|厂区|片区|营区|生活区|住宅区|商务区|宿舍|号|楼|栋|幢|单元|院|苑|园|村|路|巷|弄|"
    r"大厦|广场|中心|公司|医院|学|酒店|宾馆|超市|门市|夜市|菜市|集市|风险|封控|管控|防范|以下|下列|下述|如下|区域|"
    r"我市|本市|全市|全区|本区|我区|该区|我县|本县|全县|该县|该市|我旗|本旗|全旗|部分|分别|具体|包括|其中|新增|调整|解除|通告|市民|城市|以上|上述|请|其他|其它|其余"
)
# Street and town names may contain 村, 园, 路 ("新村街道"), so they get a shorter list.
# (a tower names some streets and towns: "黄鹤楼街道", "鼓楼街道", "钟楼镇"; 楼 there is not a building's)
_BAD_SUB = re.compile(
    r"小区|社区|校区|宿舍|号|楼(?!(?:街道|街道办|街道办事处|镇|乡)$)|栋|幢|单元|大厦|广场|公司|医院|酒店|宾馆|风险|封控|管控|防范|以下|下列|区域|分别|具体|"
    r"包括|其中|新增|调整|解除|通告|以上|上述|请"
)
_LONG_DISTRICT = re.compile(r"(?:开发区|示范区|高新区|新区|自治县|实验区|试验区)$")

_ENUM = re.compile(
    r"(?:\d{1,3}[.、](?!\d)|\(\d{1,3}\)|\d{1,3}\)(?!\d)|[\u2460-\u249b\u2776-\u277f]"
    r"|[一二三四五六七八九十]{1,3}(?:、|\.(?!\d))|\([一二三四五六七八九十]{1,3}\)|第[一二三四五六七八九十]{1,3}[、,.])"
)
_NOISE = re.compile(r"(?:分别是|分别为|具体如下|具体为|具体是|如下|包括|名单如下|详见附件\S*|等"
                    # "现将相关事项通告如下", "现将有关事宜公告如下", "特通知如下": a formula, no place
                    r"|现?特?(?:将(?:有关|相关)?(?:事项|情况|事宜|内容)?)?(?:通告|公布|公告|通知|公示)如下)")
# "低风险区:除高风险区以外的其他区域" describes the rest of the city, it names no place.
# ("除上述中风险区及已公布高、中风险区之外的所有区域": 所有 / 全部 write the rest as well)
_NOT_PLACE = re.compile(r"^除.*(?:以外|之外|外)的?(?:其他|其它|其余|所有|全部)?(?:区域|地区)$"
                        r"|^(?:其他|其它|其余)(?:区域|地区)$"
                        r"|^自?\d{4}年.*起|起调整的区域$|具体(?:点位|范围|名单|区域)"
                        r"|^\([^()]*\)(?:的?(?:其他|其它|其余)?(?:区域|地区|范围))?$"
                        r"|^(?:风险)?区域(?:划定|调整|范围)$"
                        r"|^(?:调整|划定|解除|涉及)的?(?:范围|区域)$"  # "一、调整范围" over the list: its title
                        r"|^\(?(?:无|暂无|尚无|没有)\)?$"  # "二、中风险地区\n无。": the level has no place
                        # "其中14个由封控区调整为管控区,2个大型商超由封控区调整为防范区": a count of unnamed places
                        # (个 only: "49处小区" is a compound's name)
                        rf"|^(?:其中)?[\d{_CN_NUM}]{{1,4}}个(?:[大中小]型)?(?:商超|超市|商场|市场|小区|区域|地点|场所"
                        r"|点位|楼栋|单位|门店|店铺|企业)$"
                        r"|^除(?:封控|管控|防范|[高中低]风险)"  # "除封控区、管控区以外的…": the rest, not a place
                        # "一、新增封控区、管控区" over the lists, "防范区:封控区、管控区所在的…": level words alone
                        rf"|^(?:新增|新划定|现有|调整后的?)?{_LEVEL}(?:[、和及与]{_LEVEL})*(?:名单|范围|清单)?$"
                        # "一、解除名单", "调整名单": a list's title, no place
                        r"|^(?:新增|解除|调整|撤销|划定)?(?:区域|地区)?(?:名单|清单)(?:如下)?$"
                        # "二、“三区”管控要求", "三、防控措施": the heading of the measures under the lists
                        r"|^(?![^,、;。]*(?:解除|实行|实施|落实|采取|执行|恢复))[^,、;。]{0,12}(?:要求|措施|事项|须知)$")

# (an appeal starts "希望广大市民…"; "希望小区" is a compound)
_BOILER_START = re.compile(
    # "调整后,咸阳市共有高风险区23个", "调整后,当前共有…": the state after the notice, no list
    rf"(?:请|上述|以上|特此|凡是|如有|对于|目前|截至目前|截止目前|调整后,?(?:当前|目前|现在)?,?(?:[{_CJK}]{{1,8}}?[市区县旗])?(?:全|共|现有|尚有|还有)|广大市民|广大群众|广大居民|全体市民|市民朋友|根据|按照|依据|本通告|此前|其他|其它|其余|除上述|除以上|"
    rf"各县|各区|各级|各单位|全市|全区|希望(?:广大|全体|各位|大家|市民|居民|群众|您|你们)|敬请|咨询|联系电话|{_LEVEL}(?!\(?\d|[:(]|$)"
    # "我市根据各乡镇(街道)累计确诊病例数…计算风险": the office speaking of itself, prose
    r"|(?:我|本)(?:省|市|区|县|旗)(?:根据|按照|依据|结合|采用|对|将|已|在|进行))"
)
_BOILER_ANY = re.compile(
    r"实行|实施|落实|遵守|配合|措施|特此|咨询电话|足不出户|人不出区|错峰取物|个人防护|非必要不|有关规定|"
    r"疫情防控工作|严格执行|按\S{0,6}管理|解除后|解封后"
    r"|等级不变|保持不变"  # "莆田市其他区域风险区等级不变": what stays as it was, after the lists
    r"|不等于|不代表|不意味着"  # "“解封”不等于“解防”": a slogan after the lists, no place
    # "后续将根据疫情防控形势变化适时调整", "视情动态更新": a promise of later changes, no place
    r"|(?:适时|动态|及时|视情)(?:予以)?(?:调整|更新)"
)
_ARTICLE = re.compile(r"^(?:本报讯|\(?(?:总台|央视|新华社)?记者|通讯员|责任编辑|编辑:|来源:)|摄$")

# (a district's centre for disease control signs some notices: "北京市昌平区疾病预防控制中心", "某县疾控中心")
_ORG_SUFFIX = r"(?:办公室|指挥部|防控办|领导小组|委员会|工作组|防控中心|疾病预防控制中心|疾控中心)"
# (a quoted word in the name: "…疫情防控暨推进“六稳”工作指挥部")
_ORG_BODY = rf"(?:[{_CJK}()]|“[{_CJK}]{{1,6}}”){{1,40}}?{_ORG_SUFFIX}"
_ORG_IN_LINE = re.compile(
    rf"(?:^|(?<=[,。;:)\]》”\"、日讯]))(?:据|来自)?(?P<org>{_ORG_BODY})(?=关于|发布|印发|第|通告|公告|通知|消息|\(|〔|$)"
)
_ORG_KEYWORD = re.compile(r"疫情|防控|肺炎|新冠|指挥部|卫生|卫健|联防联控|应急|疾病预防控制|疾控")

_NUMBER_RE = re.compile(
    rf"(?:(?P<y1>\d{{4}})年|[〔\[(【](?P<y2>\d{{4}})[〕\])】])?第(?P<n>\d{{1,5}}|[{_CN_NUM}]{{1,8}})号"
    rf"|[〔\[(【](?P<y3>\d{{4}})[〕\])】](?P<n2>\d{{1,5}})号"
)

_DATE_RE = re.compile(
    r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]"
    r"|(?<!\d)(?P<y2>\d{4})[./-](?P<m2>\d{1,2})[./-](?P<d2>\d{1,2})(?!\d)"
    r"|(?P<y3>[〇零一二三四五六七八九]{4}|\d{4})年(?P<m3>[一二三四五六七八九十]{1,3})月(?P<d3>[一二三四五六七八九十]{1,3})[日号]"
    r"|(?<![\d年])(?P<m4>\d{1,2})月(?P<d4>\d{1,2})[日号]"
    r"|(?<![〇零一二三四五六七八九年])(?P<m5>[一二三四五六七八九十]{1,3})月(?P<d5>[一二三四五六七八九十]{1,3})[日号]"
)
_TIME_RE = re.compile(
    rf"(?P<ap>凌晨|上午|中午|下午|晚上|晚)?(?P<h>\d{{1,2}}|[{_CN_NUM}]{{1,3}})(?:时|点|:)(?:(?P<mi>\d{{1,2}})分?)?"
)
_EFFECTIVE_NOW = re.compile(r"即日起|自即日|(?:发布|公布|印发)之日起")


# ---------------------------------------------------------------------------------------------------
# small helpers


# "區(qū)", "號(hào)": pronunciations a web page printed after characters; neither exceptions nor inclusions.
_PINYIN = re.compile(r"\((?:[a-z\u00fc]*[\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec"
                     r"\u014d\u00f3\u01d2\u00f2\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc\u0144\u0148]"
                     r"[a-z\u00fc]*)\)")
# Reposts double punctuation: ",,", "一,、", ",。".
_DOUBLED = [(re.compile(r",+(?=[,、。;])|(?<=[、。;]),+"), ""), (re.compile(r"(?<=[一二三四五六七八九十]),(?=、)"), "")]


_BARE_RISK = re.compile(r"(?<=[由为至])([高中低])风险(?![地区等)])")
# "黄埠镇全域(除高风险区外)实施低风险管理": the place is run as a low-risk area, "实施低风险区管理".
_RISK_MANAGED = re.compile(r"(?<=实施|实行)([高中低])风险(?=管理|管控)")
# "将A社区,从高风险地区调整为中风险地区": 从 writes the origin as 由 does (only before a level and its verb).
_FROM_AS_BY = re.compile(rf"从(?=(?:疫情)?(?:{_LEVEL}|[高中低]风险)(?:等级)?{_TARGET_VERB})")
# "将A小区3栋的风险等级调整高风险区": 为 left out after the verb (a typo of "调整为"); written in.
_ADJUSTED_WITHOUT_TO = re.compile(rf"(?<=风险等级)(?:调整|下调|上调)(?=(?:{_LEVEL}))")
_RISK_OF = re.compile(r"(?<=[\u4e00-\u9fff\d)])的?(?:疫情)?风险等级(?=由|调整为|降为|升为|调整至|下调为|上调为)")
# "下调哈尔滨市南岗区、牡丹江市西安区风险等级,由中风险地区调整至低风险地区": the verb in front of the places
# whose level changes, the change itself after the comma; written as "将A、B由中风险地区调整至低风险地区".
_ADJUST_LEVEL_OF = re.compile(r"(?:^|(?<=[,:;。\n]|起))(?:下调|上调|调整|调低|调高|降低|提高|提升)"
                              r"(?P<obj>[^,:;。\n]{2,300}?)的?(?:疫情)?风险等级,?(?=由)")
# "调整17个高风险区为低风险区", "下调以下区域为低风险区:": the verb before what changes, the new level after 为;
# written as "将17个高风险区调整为低风险区". (Not when a verb of its own goes before 为: "调整部分高风险区域
# A小区23栋降为低风险", "调整以下封控区A楼调整为防范区" are read as written.)
_ADJUST_OBJECT_TO = re.compile(rf"(?:^|(?<=[,:;。\n、]|起))[ \t]*(?:调整|下调|上调|降级|升级|调低|调高|降低|提高|提升)"
                               rf"(?P<obj>[^,:;。\n]{{1,200}}?)(?<![降升调划列定转改整级])(?:为|至|成)(?=(?:疫情)?(?:{_LEVEL}|[高中低]风险))")
# "我省有中风险县(市、区)1个", "全市高风险乡镇2个": a level given to whole divisions, written as "中风险地区".
# ("中风险街道(乡镇)(3个)": the other kind of division the list holds may follow in brackets)
# ("中风险的县(市、区)(2个):", "低风险的乡镇(街道)": 的 may join them; "较低风险的县", a five-colour level, is none)
_RISK_DIVISION = re.compile(r"(?<!较)([高中低])风险的?(?:县\((?:市、?区|区、?市|市|区)\)|县市区|县区|旗县|县|乡镇|街道)"
                            r"(?:\((?:乡镇|镇|乡|街道|镇街|街镇|乡镇街道|街道乡镇|社区|村|村社区|社区村)\))?")
# "【以下区域划定为高风险区:】": a heading line set in brackets by a news site; the brackets are no part of it.
_BRACKETED_HEADING = re.compile(r"(?m)^[ \t]*[【〔\[][ \t]*([^【】〔〕\[\]\n]{2,80}?[::])[ \t]*[】〕\]][ \t]*$")
# A symbol a web page lost in front of a heading ("?高风险地区", "■中风险地区").
_LEADING_JUNK = re.compile(r"(?m)^[ \t]*[?■□●○◆◇▲△★☆▶►•·※]+")
# "…通告如下:?", "…防范措施。?": a character a repost lost at the end of its lines (a "?" after 。 or a heading);
# a notice asks no questions in its lists, and a stray "?" after a list's 。 would be read as a place.
_TRAILING_JUNK = re.compile(r"(?m)(?<=\S)[ \t]*[?■□]+[ \t]*$")
# Forum copies (after full-width folding) carry anti-copy strings of random ASCII: lines of their own
# ("O,(p><k$/", "PjriAlxD"), or after a space at the end or the start of a line ("…通告如下: H^cB?i",
# "+ X4 c2 C9 为快速…"). A run of ASCII with no CJK is noise when it has a lower-case letter or a symbol
# no list writes ("小区 B", "1. A村" and dates stay); a line without any CJK such a character is dropped.
_JUNK_CHAR = r"[a-z!\"#$%&'*+<=>?@\\^_`{}~]"
_JUNK_RUN = r"[\x21-\x7e](?:[\x21-\x7e \t]*[\x21-\x7e])?"
_JUNK_LINE = re.compile(rf"(?m)^(?![^\n]*[{_CJK}])(?=[^\n]*{_JUNK_CHAR})[^\n]*$")
_JUNK_TAIL = re.compile(rf"(?m)(?<=[{_CJK}。:;,)\]】”])[ \t]+(?={_JUNK_RUN}[ \t]*$)(?=[^\n]*{_JUNK_CHAR})[^\n]*$")
_JUNK_HEAD = re.compile(rf"(?m)^[ \t]*(?=[^\n{_CJK}]*{_JUNK_CHAR})(?:{_JUNK_RUN})[ \t]+(?=[{_CJK}])")
# "一、高风险:A村", "二、中风险(2个):B、C": a level written without 区 as the label of its list.
# "12个中风险市县为:A县、B市", "低风险县(市、区)": a province's lists of counties by level (2020), the level of
# places like any other.
_COUNTY_LEVEL = re.compile(r"(?<=[高中低]风险)(?:市县|县市|区县|县区|县\((?:市、区|市区|区、市)\)|县份)")
_BARE_COUNT = rf"(?:\(?(?:共|计)?(?:\d{{1,4}}|[{_CN_NUM}]{{1,5}})[个处]\)?|\(\d{{1,4}}\))?"
# (alone on its line only as a heading, "二、中风险": a newspaper's break after "属于高风险" is no label)
_BARE_LEVEL_LABEL = re.compile(rf"(?m)(?:(?<![{_CJK}])|(?<=新增|现有))[高中低]风险(?={_BARE_COUNT}[ \t]*:)"
                               rf"|^[ \t]*(?:{_ENUM.pattern})?[ \t]*(?:新增|现有)?[高中低]风险(?={_BARE_COUNT}[ \t]*$)")


# A level's label in front of a sentence that changes its places itself: "中风险区:将四马路五十号大院由中风险区
# 调降为低风险区", "封控区:对A小区解除封控": the label names the level the places leave; the sentence's verb
# gives the level they go to, so the label goes (the places are the sentence's object, not the label's list).
_LABEL_BEFORE_CHANGE = re.compile(
    rf"(?m)^(?P<lead>[ \t]*(?:{_ENUM.pattern})?[ \t]*){_LEVEL}(?:{_COUNT})?[ \t]*:[ \t]*"
    rf"(?=(?:将|把|对)[^。;:\n]*?(?:{_TARGET_VERB}|为|解除)(?:{_LEVEL}|封控|管控|防范))")

# A notice saved from a web page: its paragraphs, line breaks and table cells become lines and tabs.
_HTML_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]*>")
_HTML_BREAK = re.compile(r"<\s*(?:br|/p|/div|/tr|/li|/h\d|/table)\b[^<>]*>", re.I)
_HTML_CELL = re.compile(r"<\s*/t[dh]\s*>", re.I)
_HTML_DROP = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)


def _plain(text: str) -> str:
    # a whole tag, not forum noise such as "<P" at a line's end
    if not re.search(r"<\s*(?:p|br|div|td|span|table|li)\b[^<>\n]*>", text, re.I):
        return html.unescape(text) if "&" in text else text
    text = _HTML_DROP.sub("", text)
    text = _HTML_CELL.sub("\t", _HTML_BREAK.sub("\n", text.replace("\n", " ")))
    return html.unescape(_HTML_TAG.sub("", text))


# "壹、高风险区", "(贰)中风险区": financial numerals number sections like 一 二 三. Read as the plain ones only
# where they number (at the start of a line or sentence, before 、 . , or in brackets), since names use them
# ("壹号院", "拾光里").
_FINANCIAL = str.maketrans("壹贰叁参肆伍陆柒捌玖拾", "一二三三四五六七八九十")
_FINANCIAL_ENUM = re.compile(r"(?m)(?:^|(?<=[。:;]))[ \t]*(?:\([壹贰叁参肆伍陆柒捌玖拾]{1,3}\)"
                             r"|第?[壹贰叁参肆伍陆柒捌玖拾]{1,3}(?=[、.,]))")


# "防范区:A路以东、B路以南…合围区域实行“…”管理措施": an enclosed area runs into its measures without a comma
_AREA_THEN_MEASURES = re.compile(r"(?<=合围区域|围合区域|围成区域|合围范围|围合范围)"
                                 r"(?=(?:严格)?(?:实行|实施|执行|采取)“)")


# "…柴达木中路24号(老凤祥银楼)上述区域实行…管控措施。": a list that runs into its measures sentence without
# 。 ends where "上述区域/以上地区… 实行/实施/执行…" begins (not after 对/将…: "对上述区域实行封控").
_RUN_ON_MEASURES = re.compile(
    rf"(?<=[{_CJK}\dA-Za-z)\]】」”\"])(?<![对在将把于并和及为与从向由让使即])(?=(?:上述|以上|这些)(?:\d+个)?"
    rf"(?:{_LEVEL}|区域|地区|点位|场所|地点|范围|小区|楼栋)(?:内|均|全部|将|需|须|要|继续|统一|严格|一律|依法)*"
    r"(?:实行|实施|执行|落实|采取))")


# "【12月2日…关于调整风险区等级和范围的通告】春晖路街道(1个):…": a repost's headline in front of a line of
# the list is no part of it (alone on its line, or on the first line, it is the title and stays).
_HEADLINE_BEFORE = re.compile(r"(?<=\n)[ \t]*【[^【】\n]{4,80}(?:通告|公告|通知)】(?=[ \t]*\S)")


# "X区关于划分封控区…的通告 为切实做好…": a copy that lost its line breaks keeps the title on the lead's line,
# apart by a space; the title goes on a line of its own (else the lead reads as the title's list)
_TITLE_GLUED = re.compile(rf"(?m)^(?P<title>[ \t]*[{_CJK}()]{{0,30}}关于[^。,:;\n]{{2,60}}(?:通告|公告|通知|通报))"
                          rf"[ \t\u3000]+(?=[{_CJK}])")


# "二○二二年" (a circle or a letter O for 〇 in a signature's date): a year written in Chinese numerals.
_YEAR_ZERO = re.compile(r"(?<![\dA-Za-z])(?=[一二三四五六七八九〇零○OΟ0]{0,3}[○OΟ0])(?=\D{0,3}[一二三四五六七八九])"
                        r"[一二三四五六七八九〇零○OΟ0]{4}(?=年)")


# "对A小区、B小区实行封控管理", "对以下区域实施临时管控:": the measure names the level (2022 wording before
# 封控区/管控区 were the terms); read as "将A小区、B小区划为封控区".
# ("新增对A、B实行五天封控管理,继续对C实行新一轮五天封控管理": a verb saying new or kept before 对, and how
# long, are no part of the place; "对出入县境的道路…实行管控", a kind of road, names no place)
_MEASURE_AS_LEVEL = re.compile(r"(?:(?<=^)|(?<=[\n,。;:]|起))[ \t]*(?:新增|继续|再次|同时|并|决定)?对[ \t]*"
                               r"(?P<obj>(?!出入|进出|往来|来往|过往|所有|全部|各类|各个)[^,。;:\n]{2,300}?)[ \t]*"
                               r"(?:实行|实施|进行)[ \t]*(?:为期)?(?:新一轮|新一期)?(?:的)?"
                               rf"(?:[\d{_CN_NUM}]{{1,3}}[ \t]*(?:天|日)的?)?(?:临时)?"
                               r"(?P<kind>封控|封闭|管控)(?:管理|措施)?(?=[,。;:\n]|$)")


# "决定继续延长对A城区(含B镇)的静默管理", "继续对A市主城区实行静态管理": silent management kept on (or
# prolonged) over the places named; read as ",对A城区(含B镇)实行静默管理".
_SILENT_KEPT = re.compile(r"(?:继续|延长|延续|继续延长|延长|维持|保持)+对(?P<obj>(?:[^,。;:()\n]|\([^()\n]*\)){2,300}?)"
                          r"(?:的|实行|实施|进行)(?P<level>(?:临时)?(?:静默|静态)管理)(?=[,。;:\n]|$)")


# "决定对全县29个乡镇(街道)延长静默管控时间", "对A镇、B镇延长临时静默管理期限": silent management prolonged
# over the places named (a count of a whole district's towns after 全县 only counts them); read as
# ",对A镇、B镇实行静默管理".
_SILENT_PROLONGED = re.compile(r"对(?P<obj>(?:[^,。;:()\n]|\([^()\n]*\)){2,300}?)(?:继续|再)?(?:延长|延续|顺延)"
                               r"(?:临时)?(?:静默|静态)(?:管理|管控)(?:的)?(?:时间|期限|时限|期)?"
                               # (until a time, or by a number of days: "延长静默管理时间至9月30日", "延长静默管控3天")
                               rf"(?=[,。;:\n的至到]|[\d{_CN_NUM}]{{1,3}}(?:天|日|个?小时)|$)")
_WHOLE_OWN_COUNTED = re.compile(rf"(?P<whole>全(?:县|区|旗|市)(?:范围内?|域|境|辖区)?)(?:的)?"
                                rf"(?:[\d{_CN_NUM}]{{1,4}}个)(?:[{_CJK}]{{1,4}}(?:\([{_CJK}]{{1,4}}\))?)$")


def _silent_prolonged(m: re.Match[str]) -> str:
    whole = _WHOLE_OWN_COUNTED.fullmatch(m["obj"])
    return f",对{whole['whole'] if whole else m['obj']}实行静默管理"


# An early-2020 lift: "A小区自2月6日零时起至2月20日零时实行全面封闭管理,连续14天内…无…症状,现解除封闭。" The place
# under closed (封闭) or sealed management, then the reasons, then the lift with no place of its own: the place
# leaves the sealed level; read as "将A小区解除封控管理。" (the reasons between are dropped).
_CLOSED_THEN_LIFTED = re.compile(
    r"(?m)(?:^|(?<=[。;]))[ \t]*(?P<obj>[^,;。:\n自对]{2,60}?)(?:自[^,;。:\n]{2,30}?起)?(?:至[^,;。:\n]{2,20}?)?"
    r"(?:实行|实施|进行|采取)了?(?:全面|全域|严格)?的?(?:封闭式?|封控)(?:管理|管控|措施)"
    r"(?:,[^;。:\n]{0,160}?)?,(?:现|现已|目前|现予|即日起)?(?:予以|正式|全面)?解除(?:封闭|封控)(?:管理|管控|措施)?"
    r"(?=[。;]|$)")

# A news report of areas drawn again: "将原定的封控区——A、B调整为C,D", "管控区调整为E、F", "防范区仍为G": the
# level's area is now the places after the verb (the former ones, after 原, are what was, no level of their own);
# read as "封控区为C,D". (Not "A小区封控区调整为管控区": a level after the verb is a change of level.)
_LEVEL_REDRAWN = re.compile(
    r"(?:(?<=^)|(?<=[\n。;,:]))[ \t]*(?:将|把)?(?:(?:原定|原划定|原来|原)的?(?P<level>封控区|管控区|防范区)"
    r"(?:——|—|:|,)?[^,;。:\n]{0,80}?调整为"
    r"|(?P<level2>封控区|管控区|防范区)(?:范围)?(?:调整为|变更为|仍为|仍然为|依然为))"
    r"(?![^,;。]{0,8}?(?:风险|封控|管控|防范))")

# "自2月10日0时起,A村划定为高风险地区,2月13日至今,已连续14天无新增本土确诊病例": a designation the notice tells as
# what has held since a past day, the days without cases counted from it; no change of this notice (the place's
# move follows: "…将A村调整为低风险地区"). The clause goes.
_DESIGNATED_SINCE = re.compile(
    rf"(?:(?<=^)|(?<=[\n。;:]))(?:自|从)[^,;。:\n]{{2,24}}?起,?[^,;。:\n]{{2,80}}?(?:被)?(?:划定|确定|列|划|定)为"
    rf"{_LEVEL}(?=,[^。;\n]{{0,40}}?(?:至今|以来)?,?已?连续[\d一二三四五六七八九十]{{1,3}}天(?:内)?(?:无|未)新增)")

# "将A围合区解除封闭管理,并调整为低风险区": to lift 封闭 (closed) management is to lift the sealed level.
_LIFT_CLOSED = re.compile(r"(?<=解除)封闭(?=管理|管控|措施)")


# "解除A小区全域的封控管理", "解除B店所在区域(北至C路,南至D路)、E村等5个管控区的管控管理" (a report's wording):
# the places between 解除 and "的" + the level's management; read as "将A小区全域解除封控管理".
# ("解除对A小区的管控措施": the 对 goes; "解除后的封控管理要求": no places, no clause's end after the level)
# ("解除A小区(含小区内商铺)的临时管制": 管制 (control) with no level named is lifted as 管控)
# ("解除A镇东至B路、南至C路…合围区域的交通临时管制": traffic control of a bounded area alike)
_LIFT_OF = re.compile(r"(?<![对将把])解除对?(?P<obj>(?=[^,;。:()“”的]{2})"
                      r"(?:[^,;。:()“”的]|\([^()]*\)|的(?!(?:封控|管控|防范)(?:管理|措施)|(?:交通)?(?:临时)?(?:交通)?管制))+?)"
                      r"(?P<count>等[\d一二三四五六七八九十]+个(?:封控|管控|防范)区)?"
                      r"的(?:(?P<lv>封控|管控|防范)(?:管理|措施)|(?:交通)?(?:临时)?(?:交通)?(?P<control>管制)(?:管理|措施)?)"
                      r"(?=[,;。]|$)",
                      re.M)
# "对划定为封控区的A楼和B楼,C小区2幢解除封控", "对划定为防范区的D城区解除临时管理措施" (a report's wording):
# the places between "的" and 解除 leave the level they were designated; read as "对A楼和B楼,C小区2幢解除封控".
_LIFT_OF_DESIGNATED = re.compile(r"对(?:已|此前|之前|原)?被?(?:划定|划|确定|设定|列|定)为"
                                 r"(?P<lv>封控|管控|防范)(?:区域|区)的"
                                 r"(?P<obj>[^;。:]{2,300}?)解除(?:临时)?(?:封控|管控|防范)?(?:管理措施|管理|措施)?"
                                 r"(?=[,;。]|$)", re.M)
# "…划定为高风险区;解除A小区6期28栋1单元高风险区管理。": a lift after another change in the same sentence, the
# places between 解除 and the level they leave; read as "将A小区6期28栋1单元解除高风险区管理" (a count before the level,
# "解除A、B等共2个管控区管理", is dropped).
_LIFT_LEVEL_OF = re.compile(rf"(?m)(?:^|(?<=[,;:。]))解除(?P<obj>(?:[^,;。:()“”的]|\([^()]*\)){{2,200}}?)"
                            rf"{_AREA_COUNT}?(?P<level>{_LEVEL})(?:的)?(?:管理|管控|措施)(?=[,;。]|$)")
# "一、解除对A楼,B里13号门、15号门防范区管理措施", "解除对北至A街,南至B路…合围范围内参照防范区管理措施":
# 对 opens the object, so its places may be separated by commas; the level (参照: "managed as") it leaves
# closes it. Read as "将A楼,B里…解除防范区管理".
_LIFT_FOR_OBJECT = re.compile(rf"(?m)(?:^|(?<=[,;:。]))(?P<enum>[ \t]*(?:{_ENUM.pattern})?[ \t]*)解除对"
                              rf"(?P<obj>[^;。:()“”\n]{{2,300}}?)(?:参照|按照?)?(?P<level>{_LEVEL})的?"
                              r"(?:管理|管控)?(?:措施)?(?=[,;。]|$)")
# "不再将柳江区全域设为防范区", "不再把A村列为管控区": the areas leave the level.
_NO_LONGER = re.compile(rf"不再(?:将|把)(?P<obj>[^,;。:]{{2,200}}?)(?:设|列|划|定|作|确定)为(?P<level>{_LEVEL})")


def _lift_of(m: re.Match[str]) -> str:
    return f"将{m['obj']}{m['count'] or ''}解除{m['lv'] or '管控'}管理"


def _measure_as_level(m: re.Match[str]) -> str:
    return f"将{m['obj']}划为{'管控' if m['kind'] == '管控' else '封控'}区"


# A reference to a map or an annex in brackets after a place, "东益轩(见附图4)", "A小区(详见附件2)", also after
# the place's own separator ("…合围区域;(见附图1);"): an annotation, no part of the place. (A bracket that says
# more, "(详见附图6,即A河-B河合围所形成区域)", stays with its place.)
_MAP_REFERENCE = re.compile(rf"[;,、]?[ \t]*\([ \t]*(?:详见|参见|见|如)?[ \t]*(?:附图|附件|示意图|地图|图)[ \t]*"
                            rf"[\d{_CN_NUM}A-Za-z]*(?:[-—、,][\d{_CN_NUM}A-Za-z]+)*(?:所示|标注)?[ \t]*\)")


# "管控区:A村全域内近14天无新增病例…,…,解除管控。": after a label the list of places runs straight into the
# condition they met; the places end where the condition starts (read as "管控区:A村全域。" and a sentence of
# its own "以上区域近14天无新增…", which names no place).
_CONDITION_AFTER_LIST = re.compile(r"(?<=:)(?P<places>[^,。:\n]{2,200}?)(?:区域|范围)?内?"
                                   r"(?P<cond>(?:已?连续|近|已满)[\d一二三四五六七八九十]{1,3}(?:天|日)内?"
                                   r"(?:无|未)(?:新增|发现|出现|报告))")


def _condition_after_list(m: re.Match[str]) -> str:
    parts = [p for p in re.split(r"[;、]", m["places"]) if p]
    if not parts or not all(_complete_place(p) or _front_district(p) or re.search(r"全域|全境", p) for p in parts):
        return m.group()
    return f"{m['places']}。\n以上区域{m['cond']}"


# "A小区29号楼由高风险区调整为1单元为高风险区,本楼其他单元为低风险区": a building's area narrowed to a part of
# it (units, floors), the building written once; the part is the building's ("A小区29号楼1单元"), and "本楼" / "该楼"
# after it is that building ("A小区29号楼其他单元"). Read as "A小区29号楼1单元为高风险区,A小区29号楼其他单元为…".
_BUILDING_PART = r"(?:[\d一二三四五六七八九十]{1,3}(?:[、和至~—-][\d一二三四五六七八九十]{1,3})*(?:单元|层|楼层))"
_NARROWED_TO_PART = re.compile(rf"(?P<place>[^,;。:由\n]{{2,60}}?(?:号楼|楼|栋|幢|座))由{_LEVEL}"
                               rf"(?:调整|缩小|变更|调)(?:为|至)(?P<part>{_BUILDING_PART})(?:为|划为|划定为)(?P<to>{_LEVEL})(?P<rest>[^。\n]*)")
_THIS_BUILDING = re.compile(r"(?:本|该|此|同)(?:楼|栋|幢|楼栋)"
                            r"(?=(?:其他|其它|其余|剩余)|[\d一二三四五六七八九十]{1,3}(?:单元|层))")


def _narrowed_to_part(m: re.Match[str]) -> str:
    rest = _THIS_BUILDING.sub(lambda _r: m["place"], m["rest"])
    return f"{m['place']}{m['part']}为{m['to']}{rest}"


# A copy on a spam site may carry the site's keyword inserted after sentences: "…5号楼1单元乌兰浩特市做法事。",
# "…管控措施乌兰浩特市做法事。". Such a phrase is known by its form, not its words: the same phrase of 4-16
# characters ends at least three sentences, after three different characters at least (no count: "新增2例确诊
# 病例"), never goes on inside a sentence, and names no level (a clause's "…调整为低风险区。" is the notice's own).
_SENTENCE_END = "。!?"
_INSERTED_MIN, _INSERTED_MAX = 4, 16


def _inserted_phrase(text: str) -> str | None:
    ends = [i for i, ch in enumerate(text) if ch in _SENTENCE_END]
    if len(ends) < 3:
        return None
    for size in range(_INSERTED_MAX, _INSERTED_MIN - 1, -1):
        before: dict[str, set[str]] = {}
        count: dict[str, int] = {}
        for i in ends:
            phrase = text[i - size:i]
            if i - size < 1 or not re.fullmatch(rf"[{_CJK}]+", phrase):
                continue
            count[phrase] = count.get(phrase, 0) + 1
            before.setdefault(phrase, set()).add(text[i - size - 1])
        for phrase, n in count.items():
            pre = before[phrase]
            if n < 3 or len(pre) < 3 or any(ch.isdigit() or ch in _CN_NUM for ch in pre) \
                    or _LEVEL_RE.search(phrase) or "风险" in phrase or _complete_place(phrase):
                continue  # (a place's name may end several items: "…华庭。", "华庭。" is no inserted phrase)
            if all(text[m.end():m.end() + 1] in f"{_SENTENCE_END};\n" for m in re.finditer(re.escape(phrase), text)):
                return phrase
    return None


def _without_inserted_phrase(text: str) -> str:
    phrase = _inserted_phrase(text)
    return re.sub(rf"{re.escape(phrase)}(?=[{_SENTENCE_END};\n]|$)", "", text) if phrase else text


# "…高风险区16个: 1。A社区; 2。B小区; 3。C村。": items numbered with a full stop ("1。") after a colon or a
# semicolon; read as numbers ("1.") on lines of their own when they count up from 1 (a sentence's "共2。" follows
# no separator). Each is cut from the text where a 。 would end a sentence.
_STOP_NUMBER = re.compile(rf"(?m)(?:^|(?<=[;:]))[ \t]*(?P<n>\d{{1,2}})。(?=[ \t]*[{_CJK}])")


def _stop_numbered(text: str) -> str:
    found = list(_STOP_NUMBER.finditer(text))
    keep: list[re.Match[str]] = []
    for m in found:  # the runs counting up from 1
        if m["n"] == "1" or (keep and int(m["n"]) == int(keep[-1]["n"]) + 1):
            keep.append(m)
    if sum(m["n"] == "2" for m in keep) == 0:
        return text
    for m in reversed(keep):
        text = f"{text[:m.start()]}\n{m['n']}.{text[m.end():]}"
    return text


# "将A村、B村、C村联片合并为1个高风险区;D村第1、2自然村合并为1个中风险区": areas merged into one, each merger one
# place as listed; its 、 join parts of one place (kept as _ONE_PLACE_AND until the places are read) and the
# merger reads as "A为高风险区".
_ONE_PLACE_AND = "\ue001"
_MERGED = re.compile(rf"(?P<obj>[^,;。:\n将把]+?)(?:联片|连片|整体|统一)?合并(?:为|成)(?:1|一)个(?P<level>{_LEVEL})")


def _merged(m: re.Match[str]) -> str:
    body, _numbered = _strip_enum(m["obj"])
    head = m["obj"][:len(m["obj"]) - len(body)]
    return f"{head}{body.replace('、', _ONE_PLACE_AND)}为{m['level']}"


# "一、高风险区:(3)个", "中风险区:共2个": a heading's count written after its colon, at the end of the line; it goes
# before the colon ("高风险区(3个):"), where the headings state it, so that "个" is not read as a place.
_COUNT_AFTER_COLON = re.compile(rf"(?m)(?P<level>{_LEVEL})[ \t]*:[ \t]*(?:\([ \t]*)?(?:共|计|共计|合计)?[ \t]*"
                                rf"(?P<n>\d{{1,4}}|[{_CN_NUM}]{{1,5}})[ \t]*(?:\)[ \t]*[个处]?|[个处][ \t]*\)?)[ \t]*$")


def _normalize(text: str) -> str:
    text = _plain(text).replace("\r\n", "\n").replace("\r", "\n")
    text = _T2S.convert(text.translate(_KEEP_QIAN)).translate(_RESTORE_QIAN)
    text = _PINYIN.sub("", text.translate(_FOLD).translate(_VARIANTS))
    text = _stop_numbered(_without_inserted_phrase(text))
    text = _MAP_REFERENCE.sub("", text)
    text = _CONDITION_AFTER_LIST.sub(_condition_after_list, text)
    text = _NARROWED_TO_PART.sub(_narrowed_to_part, text)
    text = _FINANCIAL_ENUM.sub(lambda m: m.group().translate(_FINANCIAL), text)
    text = _YEAR_ZERO.sub(lambda m: re.sub("[○OΟ0]", "〇", m.group()), text)
    text = _RUN_ON_MEASURES.sub("。", text)
    text = _AREA_THEN_MEASURES.sub(",", text)
    text = _DESIGNATED_SINCE.sub("", text)
    text = _LEVEL_REDRAWN.sub(lambda m: (m["level"] or m["level2"]) + "为", text)
    text = _CLOSED_THEN_LIFTED.sub(r"将\g<obj>解除封控管理", text)
    text = _LIFT_CLOSED.sub("封控", _MEASURE_AS_LEVEL.sub(_measure_as_level, text))
    text = _SILENT_KEPT.sub(r",对\g<obj>实行\g<level>", text)
    text = _LIFT_FOR_OBJECT.sub(r"\g<enum>将\g<obj>解除\g<level>管理", text)
    text = _SILENT_PROLONGED.sub(_silent_prolonged, text)
    text = _LIFT_OF_DESIGNATED.sub(r"对\g<obj>解除\g<lv>", text)
    text = _LIFT_OF.sub(_lift_of, text)
    text = _LIFT_LEVEL_OF.sub(r"将\g<obj>解除\g<level>管理", text)
    text = _NO_LONGER.sub(r"将\g<obj>解除\g<level>", text)
    text = _HEADLINE_BEFORE.sub("", text)
    text = _TITLE_GLUED.sub("\\g<title>\n", text)
    text = _WHOLE_DIVISION_SILENT.sub(_whole_division_silent, text)
    text = _WHOLE_OWN_SILENT.sub("\n\\g<whole>\\g<verb>。\n", text)
    text = _RANGE_FROM.sub(r"\g<kind>区为", text)
    for pattern, replacement in _DOUBLED:
        text = pattern.sub(replacement, text)
    # "将A小区的风险等级由低风险调整为中风险": the levels as the lists write them
    text = _ADJUSTED_WITHOUT_TO.sub(r"\g<0>为", text)
    text = _RISK_DIVISION.sub(r"\1风险地区", _ADJUST_LEVEL_OF.sub(r"将\g<obj>", text))
    text = _ADJUST_OBJECT_TO.sub(r"将\g<obj>调整为", text)
    if "合并" in text:  # (its object scans back over a whole list line from every character: only where needed)
        text = _MERGED.sub(_merged, text)
    text = _BARE_RISK.sub(r"\1风险区", _RISK_OF.sub("", _FROM_AS_BY.sub("由", text)))
    text = _RISK_MANAGED.sub(r"\1风险区", text)
    text = _TO_LEVELS_REST.sub("除", _OWN_DIVISION.sub("", text))
    text = _JUNK_LINE.sub("", _JUNK_HEAD.sub("", _JUNK_TAIL.sub("", text)))
    text = _LEADING_JUNK.sub("", _TRAILING_JUNK.sub("", text))
    text = _BRACKETED_HEADING.sub(r"\1", text)
    text = _BARE_LEVEL_LABEL.sub(lambda m: m.group() + "区", _COUNTY_LEVEL.sub("地区", text))
    text = _COUNT_AFTER_COLON.sub(r"\g<level>(\g<n>个):", text)
    text = _LABEL_BEFORE_CHANGE.sub(r"\g<lead>", text)
    return _PAGE_NUMBER.sub("", text)


# Page numbers of a notice copied out of a PDF ("— 2 —", "- 3 -", "第2页 共5页") sit between two halves of a list.
_PAGE_NUMBER = re.compile(r"(?m)^[ \t]*(?:[-—–-]+[ \t]*\d{1,3}[ \t]*[-—–-]+|第[ \t]*\d{1,3}[ \t]*页"
                          r"(?:[ \t,]*共[ \t]*\d{1,3}[ \t]*页)?|\d{1,3}[ \t]*/[ \t]*\d{1,3})[ \t]*\n")


# A table of places with a column for the level of each row (pasted from a spreadsheet or a web page):
# "序号	所属区	街道	风险区域	风险等级" over "1	小店区	坞城街道	金华苑小区3号楼	高风险区".
_CELL_SPLIT = re.compile(r"\t+|\s{2,}|\|")
_COLUMN = {
    # ("风险评定", "评估结果": a five-colour table's rating column)
    "level": re.compile(r"^(?:风险)?(?:等级|级别|类别|类型)$|^风险(?:区域)?(?:等级|类别)$|^(?:管控|区域)类别$"
                        r"|^(?:风险)?(?:等级)?(?:评定|评估)(?:结果|等级)?$"),
    "district": re.compile(r"^(?:所属|所在)?(?:区|县|区县|县区|区\(县\)|辖区|行政区|区域|地区)$"
                           r"|^(?:所属|所在)(?:区县|县区)$"),
    "street": re.compile(r"^(?:所属|所在)?(?:街道|镇街|街镇|乡镇|街道\(镇\)|镇\(街道\))$"),
    "place": re.compile(r"^(?:风险|管控|封控)?(?:区域|地点|点位|场所|小区|范围|区域名称|地点名称|名称"
                        r"|具体(?:区域|点位|范围))(?:名称)?$"),
    "count": re.compile(r"^(?:数量|个数|数目|总数|小计|合计)(?:\(个\))?$"),  # a count per level, no place
}


def _is_column(cell: str) -> bool:
    return bool(cell) and (cell in ("序号", "编号") or any(rule.match(cell) for rule in _COLUMN.values()))


def _level_cell(cell: str) -> str | None:
    cell = _compact(cell)
    if _LEVEL_RE.fullmatch(cell):
        return cell
    if re.fullmatch(r"[高中低](?:风险)?", cell):
        return cell[0] + "风险区"
    if re.fullmatch(r"(?:封控|管控|防范)", cell):
        return cell + "区"
    changed = re.fullmatch(rf"(?:由)?{_LEVEL}(?:调整|降|下调|升|上调)?(?:为|至|→|->|-)(?P<to>{_LEVEL})", cell)
    return changed["to"] if changed else None  # "由高风险区调整为低风险区": the level the row now has


def _tables(text: str) -> str:
    """Each table with a level column becomes lists under level headings ("高风险区:" then "1.小店区坞城街道A"),
    the form the rest of the parser reads; other text is left as it is."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        cells = [_compact(c) for c in _CELL_SPLIT.split(lines[i].strip()) if c.strip()]
        per_line = len(cells) == 1  # a web table copied one cell a line: the header is a run of names
        if per_line:
            cells = []
            while i + len(cells) < len(lines) and _is_column(_compact(lines[i + len(cells)])):
                cells.append(_compact(lines[i + len(cells)]))
        columns = {name: next((k for k, c in enumerate(cells) if rule.match(c)), None)
                   for name, rule in _COLUMN.items()}
        # (a table of towns: "镇(街道)" is its place column)
        if len(cells) < 3 or columns["level"] is None or (columns["place"] is None and columns["street"] is None):
            out.append(lines[i])
            i += 1
            continue
        by_level: dict[str, list[str]] = {}
        i += len(cells) if per_line else 1
        merged = _merged_cell_rows(lines, i, cells, columns, text) if per_line else None
        if merged:
            by_level, i = merged
        while i < len(lines) and not merged:
            if per_line:
                row = [c.strip() for c in lines[i:i + len(cells)]]
                if len(row) < len(cells) or not all(row):
                    break
            else:
                row = [c for c in _CELL_SPLIT.split(lines[i].strip()) if c.strip()]
            if len(row) != len(cells):
                break
            level = _level_cell(row[columns["level"]])
            if level is None:
                break
            parts = [row[k] for k in (columns["district"], columns["street"], columns["place"]) if k is not None]
            place = "".join(_compact(p) for p in parts)
            by_level.setdefault(level, []).append(place)
            i += len(cells) if per_line else 1
        for level, places in by_level.items():
            out.append(f"{level}:")
            out += [f"{n}.{p}" for n, p in enumerate(places, 1)]
    return "\n".join(out)


_EMPTY_CELL = re.compile(r"[//\\\-—–]|无|空")
_OFF_SCALE_CELL = re.compile(r"较[高低]风险(?:区|地区|区域)?")


def _merged_cell_rows(lines: list[str], start: int, cells: list[str], columns: dict[str, int | None],
                      text: str) -> tuple[dict[str, list[str]], int] | None:
    """A table copied one cell a line whose merged cells are written once ("南湖" over its towns, the count "72"
    beside the first row of its level, "/" for an empty cell): each row is its name cells up to its level cell,
    the names filling the last name columns, the columns before them keeping the row above's values.
    (places by level, the line after the table), or None when it is no such table (no row read)."""
    level_at = columns["level"]
    names = [k for k in (columns["district"], columns["street"], columns["place"])
             if k is not None and level_at is not None and k < level_at]
    if level_at is None or not names:
        return None
    values: dict[int, str] = {}
    row: list[str] = []
    by_level: dict[str, list[str]] = {}
    rows = 0
    i = start
    while i < len(lines):
        cell = _compact(lines[i])
        if not cell:
            i += 1
            continue
        if len(cell) > 30 or re.search(r"[,。;:,]", cell):
            break  # the text under the table
        level = _level_cell(cell)
        if level or _OFF_SCALE_CELL.fullmatch(cell):
            given = row[-len(names):]
            for k, value in zip(names[len(names) - len(given):], given, strict=True):
                values[k] = value
            row = []
            place = values.get(names[-1], "")
            if level and place:
                parts = [_district_of_stem(values[k], text) if k == columns["district"] else values[k]
                         for k in names if values.get(k)]
                by_level.setdefault(level, []).append("".join(parts))
                rows += 1
        elif re.fullmatch(r"\d{1,5}", cell):
            pass  # a count (or a serial number): no name
        else:
            row.append("" if _EMPTY_CELL.fullmatch(cell) else cell)
        i += 1
    return (by_level, i - len(row)) if rows else None


def _stem_fronts(changes: list[dict[str, Any]], text: str) -> None:
    """ "平湖林埭镇" in a notice of 嘉兴: a district written without its kind in front of a town or street, taken
    when it is the stem of a known district of a city the notice names (and all the change's places have it)."""
    table = _districts_of_cities()
    named = [table[city] for city in table if city and len(city) >= 2 and city in text]
    for change in changes:
        if change["district"] or not change["places"] or not named:
            continue
        fronts = set()
        for place in change["places"]:
            m = re.match(rf"([{_CJK}]{{2,3}}?)(?=[{_CJK}]{{2,8}}?(?:街道|镇|乡)$)", place)
            stems = {known for pool in named for known in pool
                     if m and known[:-1] == m[1] and known[-1] in "区县市旗"} if m else set()
            fronts.add(stems.pop() if len(stems) == 1 else None)
        if len(fronts) == 1 and (front := fronts.pop()):
            change["district"] = front
            change["places"] = [place[len(front) - 1:] for place in change["places"]]


def _district_of_stem(name: str, text: str) -> str:
    """ "南湖" in a table of 嘉兴's towns: a district cell written without its kind is the known district of that
    stem (of a city the text names, when it names one); else the cell as written."""
    if _district_ok(name) or len(name) < 2:
        return name
    table = _districts_of_cities()
    named = [city for city in table if city and len(city) >= 2 and city in text]
    for pool in ([table[city] for city in named], list(table.values())):
        found = {stem for known in pool for stem in known if stem[len(name):] in ("区", "县", "市", "旗")
                 and stem.startswith(name)}
        if len(found) == 1:
            return found.pop()
        if found:
            return name
    return name


# "小店区金华苑小区(高风险区)、龙城苑(中风险区);迎泽区春晓家园(高风险区)": each place tagged with its own
# level. With two levels or more on a line, the tags are the places' levels: the line becomes lists under
# level headings, each place with the district written before it in the line.
_TAG = re.compile(rf"\((?P<level>{_LEVEL})\)")


def _tagged_levels(text: str) -> str:
    lines = text.split("\n")
    tagged = {i: items for i, line in enumerate(lines) if (items := _tagged_items(line)) is not None}
    if len({_level_name(level) for items in tagged.values() for level, _place in items}) < 2:
        return text  # one level only: a remark the lists' headings already say ("(封控区)")
    out: list[str] = []
    for i, line in enumerate(lines):
        if i not in tagged:
            out.append(line)
            continue
        by_level: dict[str, list[str]] = {}
        for level, place in tagged[i]:
            by_level.setdefault(level, []).append(place)
        for level, places in by_level.items():
            out.append(f"{level}:")
            out += [f"{n}.{p}" for n, p in enumerate(places, 1)]
    return "\n".join(out)


def _tagged_items(line: str) -> list[tuple[str, str]] | None:
    """(level, place) of each item of a line whose every item ends with its level in brackets, the district
    written before a place (or as the line's label) put in front of the places after it; else None."""
    if not _TAG.search(line):
        return None
    label = _LABEL_COLON.match(line.strip())
    district = label["name"] if label and _district_ok(label["name"]) else None
    body = line.strip()[label.end():] if district and label else line.strip()
    items: list[tuple[str, str]] = []
    for item in filter(None, _split_top(body)):
        tags = list(_TAG.finditer(item))
        tag = tags[-1] if tags else None  # the last bracket: "金华小区(1号楼除外)(高风险区)"
        if not tag or item[tag.end():].strip():
            return None  # an item without its own level: not this form
        place = _strip_enum(item[:tag.start()].strip())[0]
        front = _front_district(place)
        if front:
            district = front[0]
        elif district:
            place = district + place
        items.append((tag["level"], place))
    return items or None


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _cn_int(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    digits = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
    units = {"十": 10, "百": 100, "千": 1000}
    if not text or any(ch not in digits and ch not in units for ch in text):
        return None
    if not any(ch in units for ch in text):  # read digit by digit: 二〇二二
        return int("".join(str(digits[ch]) for ch in text))
    total, current = 0, 0
    for ch in text:
        if ch in digits:
            current = digits[ch]
        else:
            total += (current or 1) * units[ch]
            current = 0
    return total + current


def _level_name(term: str) -> str:
    if "静默" in term or "静态" in term:
        return "silent"
    if "风险" in term:
        return {"高": "high", "中": "medium", "低": "low"}[term[0]]
    if term.startswith("封控"):
        return "sealed"
    return "controlled" if term.startswith("管控") else "precaution"


def _top_level_seps(text: str) -> list[int]:
    """Positions of list separators outside brackets; a line break or 。 closes any open bracket."""
    depth, found = 0, []
    for pos, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch in _SEPS:
            if ch in "\n。":
                depth = 0
            if depth == 0 and not (ch == "、" and _in_run(text, pos)) and not _garbled_at(text, pos) \
                    and not (ch == "," and _in_building_number_run(text, pos)):
                found.append(pos)
    return found


# "A学校7号,8号宿舍楼": a comma between the numbers of buildings that share their kind after the last one, as
# "7、8号楼" (not after a road's or a village's number, "A路7号,8号楼" may be two places).
_NUMBER_BEFORE_COMMA = re.compile(r"(?<![\d路街巷弄道里村组队])\d{1,3}号$")
_NUMBERED_BUILDING_AFTER = re.compile(r"(?:\d{1,3}号,)*\d{1,3}号(?:宿舍|教学|办公|住宅)?(?:楼|栋|幢)")


def _in_building_number_run(text: str, pos: int) -> bool:
    return bool(_NUMBER_BEFORE_COMMA.search(text, max(0, pos - 6), pos)) \
        and bool(_NUMBERED_BUILDING_AFTER.match(text, pos + 1))


# "怡?;▓@恒丰园": a name a copy mis-encoded ("?", "▓", "�" for the bytes of characters it could not show);
# a ";" or "," between such marks is part of the garbled name, no separator.
_GARBLED_MARK = "?\ufffd▓▒░@"


def _garbled_at(text: str, pos: int) -> bool:
    return (text[pos] in ";," and 0 < pos < len(text) - 1
            and text[pos - 1] in _GARBLED_MARK and text[pos + 1] in _GARBLED_MARK)


def _in_run(text: str, pos: int) -> bool:
    """A 、 inside a run of house numbers or letters of one place: "19、21号", "A、C座", "之一、之二"."""
    before, after = text[pos - 1:pos], text[pos + 1:pos + 2]
    if before.isdigit() and after.isdigit():
        return True
    if (re.fullmatch(r"[A-Z]", before) and re.fullmatch(r"[A-Z]", after)
            and not re.match(r"[A-Za-z]", text[pos - 2:pos - 1])):
        return True
    if re.search(r"(?<![A-Za-z])[A-Z]\d{1,3}(?:[-—~至][A-Z]?\d{1,3})?$", text[max(0, pos - 9):pos]) \
            and re.match(r"[A-Z]\d{1,3}(?:[-—~至][A-Z]?\d{1,3})?(?![\dA-Za-z])", text[pos + 1:]):
        return True  # "A1-A5、B1-B2、C1-C2楼": lettered numbers of the buildings of one place
    if after in "一二三四五六七八九十" and re.search(r"第[一二三四五六七八九十]{1,3}$", text[max(0, pos - 4):pos]):
        return True  # "第四、六安居园片区": ordinals of one name, the 4th and 6th
    if before in "一二三四五六七八九十" and after in "一二三四五六七八九十" and pos >= 2 and text[pos - 2] not in "\n":
        return re.match(r"[一二三四五六七八九十]{1,2}(?:单元|期|号楼|栋|区|组团|层)", text[pos + 1:]) is not None
    if (unit := _NUMBERED_UNIT_BEFORE.search(text, 0, pos)) and re.match(
            rf"(?:\d{{1,4}}(?:[至到~\-—]\d{{1,4}})?|[一二三四五六七八九十]{{1,3}})"
            rf"{unit['unit'] or unit['word']}(?=[、,;。和及\n]|$)", text[pos + 1:]):
        # "7、8号楼、10至13号楼", "阿恰勒2巷、7至15巷", "农业管区一片、十三片": more numbers of the same kind, one place
        return True
    if before == ")" and re.search(r"\d号\((?:单号|双号|单双号|单|双)\)$", text[max(0, pos - 10):pos]) \
            and re.match(r"\d{1,4}(?:[-—~至]\d{1,4})?号", text[pos + 1:]):
        return True  # "A巷41—45号(单号)、52-98号(双号)": ranges of one lane, odd or even numbers
    return text[pos - 2:pos - 1] == "之" and after == "之"


# The numbered unit a place ends with before a 、 ("…8号楼", "…2巷", "…10至13栋").
# ("…管区一片": numbered sections 片 of a village's area, in digits or in words)
# ("…津中里13号门、15号门", "…2号楼1门、2门、3门": the doors (entrances) of one building)
_NUMBERED_UNIT_BEFORE = re.compile(r"(?:\d(?P<unit>号楼|号门|门|栋|幢|座|单元|巷|弄|号院|片)"
                                   r"|(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,3}(?P<word>片))$")


def _split_top(text: str) -> list[str]:
    cuts = [-1, *_top_level_seps(text), len(text)]
    return [text[a + 1:b] for a, b in zip(cuts, cuts[1:], strict=False)]


@functools.cache
def _divisions() -> tuple[frozenset[str], frozenset[str]]:
    """(district names, city names) of mainland China's county-level divisions (divisions.tsv, built by
    tools/divisions_build.py from the statistics bureau's codes): a name there is a district whatever its
    form ("船营区" holds 营区, "循环化工园区" 园区). Two-character names like "城区", "矿区", "东区" are left
    out: notices use them as words."""
    districts: set[str] = set()
    cities: set[str] = set()
    for line in (Path(__file__).with_name("divisions.tsv")).read_text(encoding="utf-8").splitlines():
        city, _, district = line.partition("\t")
        if city:
            cities.add(city)
        if len(district) >= 3 or district.endswith("县"):
            districts.add(district)
    return frozenset(districts), frozenset(cities)


@functools.cache
def _short_districts() -> frozenset[str]:
    """The two-character districts _divisions leaves out ("郊区", "城区", "矿区", "东区")."""
    lines = (Path(__file__).with_name("divisions.tsv")).read_text(encoding="utf-8").splitlines()
    return frozenset(d for line in lines if len(d := line.partition("\t")[2]) == 2 and d.endswith("区"))


@functools.cache
def _city_short_districts() -> frozenset[tuple[str, str]]:
    """(city, district) of the two-character districts: ("阳泉", "城区"), ("佳木斯", "郊区")."""
    lines = (Path(__file__).with_name("divisions.tsv")).read_text(encoding="utf-8").splitlines()
    pairs = (line.partition("\t")[::2] for line in lines)
    return frozenset((city, d) for city, d in pairs if city and len(d) == 2 and d.endswith("区"))


def _known_front(place: str) -> tuple[str, str] | None:
    """(district, rest) when a place starts with a known district, maybe after its city ("吉林市船营区…",
    "船营区…"); the longest name wins."""
    districts, cities = _divisions()
    starts = [0]
    for length in (2, 3, 4):
        head = place[:length]
        if head in cities:
            starts += [length, length + 1] if place[length:length + 1] == "市" else [length]
    for start in starts:
        for end in range(min(len(place) - 1, start + 16), start + 1, -1):
            name = place[start:end]
            if name in districts and _rest_ok(place[end:]):
                return name, place[end:]
    return None


def _rest_ok(rest: str) -> bool:
    """What follows a district in front of a place is a name, not a building or a word ("金北区社区")."""
    return bool(rest) and not re.match(r"(?:社区|小区|花园|家园|号|栋|楼|单元|[镇乡村街路巷里屯庄、,;。()]"
                                       r"|[\dA-Za-z一二三四五六七八九十]+(?:号|栋|幢|座|单元|楼|期))", rest)


def _district_ok(name: str, strict: bool = False) -> bool:
    if name in _divisions()[0]:
        return True
    # ("市城乡一体化示范区", "市经济技术开发区": a city's own zone may be written with the 市 in front)
    if (name[:1] in ("区", "县", "旗") or (name[:1] == "市" and not (len(name) >= 6 and _LONG_DISTRICT.search(name)))
            or (len(name) == 2 and name.endswith("区"))):
        return False  # "区北区", "北区": part of a name broken across lines (China has no district "X区" of 2)
    if name.endswith("辖区"):
        return False  # "勐捧镇辖区": the area a town (district) governs, no district's name
    if name.endswith("城区") and len(name) >= 4:
        return False  # "大乌兰浩特城区", "中心城区": a city's urban area (the districts "鹿城区", "东城区" are listed)
    # "三塔集镇街区", "X乡老区": an area of a town (the 区 after a town's name), no district
    if name.endswith("街区") or re.fullmatch(rf"[{_CJK}]{{2,}}(?:镇|乡|街道)[{_CJK}]?区", name):
        return False
    if name.endswith("管理区"):
        return False  # "后湖管理区A小区": a management area is a town's level (the few districts are listed)
    # ("江门市", "荆门市": a prefecture city by its name holds no shop's word though "门市" is one)
    prefecture = name.endswith("市") and name[:-1] in _divisions()[1]
    if not re.fullmatch(rf"[{_CJK}]+{_DIST_SUFFIX}", name) or (_BAD_NAME.search(name) and not prefecture) \
            or name.endswith("自治区"):
        return False
    limit = 14 if _LONG_DISTRICT.search(name) else (6 if strict else 8)
    if not 2 <= len(name) <= limit:
        return False
    # "华峪南区", "宿舍北区" are parts of compounds; the real ones ("市北区", "城中区") are in the list.
    return name[-2:] not in ("北区", "南区", "东区", "西区", "中区")


def _sub_ok(name: str, strict: bool = False) -> bool:
    suffix = r"(?:街道办事处|街道|地区|镇|乡|苏木)" if strict else _SUB_SUFFIX
    return (bool(re.fullmatch(rf"[{_CJK}]+{suffix}", name)) and 2 <= len(name) <= 10
            and not _BAD_SUB.search(name))


@dataclass
class _Label:
    district: str | None
    sub: str | None
    count: int | None


def _classify_label(name: str, count: str | None, strict: bool) -> _Label | None:
    stated = _cn_int(count) if count else None
    if _district_ok(name, strict and count is None):
        return _Label(name, None, stated)
    if count is not None and name in _short_districts():
        return _Label(name, None, stated)  # "(三)郊区(2个)": a two-character district, labelled with its count
    if _sub_ok(name, strict and count is None):
        return _Label(None, name, stated)
    split = re.fullmatch(rf"(.{{2,8}}?{_DIST_SUFFIX})(.{{2,10}}{_SUB_SUFFIX})", name)
    if split and _district_ok(split[1]) and _sub_ok(split[2]):
        inner = _known_front(split[2])  # "六安市裕安区苏埠镇街道": the district is the one after the city
        if inner and _sub_ok(inner[1]):
            return _Label(inner[0], inner[1], stated)
        return _Label(split[1], split[2], stated)
    return None


def _strip_enum(text: str) -> tuple[str, bool]:
    m = _ENUM.match(text)
    return (text[m.end():], True) if m else (text, False)


def _label_at_start(line: str) -> tuple[_Label, int] | None:
    """The group label a compact line starts with, and where its content begins."""
    body, _ = _strip_enum(line)
    offset = len(line) - len(body)
    m = _LABEL_COLON.match(body)
    if m and (label := _classify_label(m["name"], m["count"], strict=False)):
        return label, offset + m.end()
    m = _LABEL_ALONE.fullmatch(body.rstrip("。.;"))
    if m and (label := _classify_label(m["name"], m["count"], strict=True)):
        return label, len(line)
    return None


def _ends_with_sep(line: str) -> bool:
    return bool(line) and line[-1] in _SEPS + ":"


def _ends_with_top_sep(line: str) -> bool:
    """Ends with a separator outside brackets: "A(1号楼、" goes on on the next line."""
    return bool(line) and (line[-1] == ":" or len(line) - 1 in _top_level_seps(line))


def _unclosed(line: str) -> bool:
    depth = 0
    for ch in line:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
    return depth > 0


def _is_boilerplate(compact: str) -> bool:
    body, _ = _strip_enum(compact)
    return bool(_BOILER_START.match(body) or _BOILER_ANY.search(body) or _ARTICLE.search(body))


# ---------------------------------------------------------------------------------------------------
# headings


@dataclass
class _Heading:
    action: str
    level_from: str | None
    level_to: str | None
    total: int | None
    district: str | None
    text: str
    rest: str = ""


def _analyze(text: str) -> tuple[str, str | None, str | None]:
    """Action, level_from, level_to of a heading or sentence."""
    target = _TARGET_RE.search(text)
    lift = _LIFT_RE.search(text)
    levels = list(_LEVEL_RE.finditer(text))
    if "新增" in text and not lift:
        to = target["level"] if target else (levels[0].group() if levels else None)
        return "add", None, _level_name(to) if to else None
    if target:
        to = _level_name(target["level"])
        origin = _FROM_RE.search(text) or _LIFTED_RE.search(text)
        before = [m for m in levels if m.end() <= target.start()]
        frm = origin["level"] if origin else (before[-1].group() if before else None)
        level_from = _level_name(frm) if frm else None
        if level_from:
            diff = _RANK[to] - _RANK[level_from]
            return ("upgrade" if diff > 0 else "downgrade" if diff < 0 else "set"), level_from, to
        verb = target["verb"]
        if verb.startswith(("降", "下调", "调降")):
            return "downgrade", None, to
        if verb.startswith(("升", "上调", "调升")):
            return "upgrade", None, to
        if verb.startswith(("调整", "转", "改", "变更")):
            return ("downgrade" if _RANK[to] == 1 else "upgrade" if _RANK[to] == 3 else "set"), None, to
        return "set", None, to
    if lift:
        lifted = _LIFTED_RE.search(text)
        if lifted:
            return "lift", _level_name(lifted["level"]), None
        after = [m for m in levels if m.start() >= lift.start()] or levels
        return "lift", _level_name(after[0].group()) if after else None, None
    return "set", None, _level_name(levels[0].group()) if levels else None


def _has_keyword(text: str) -> bool:
    return bool(_LEVEL_RE.search(text) or "解封" in text
                or re.search(r"(?:解除|撤销|取消).*(?:封控|管控|防范|风险)", text))


# (a county of one character and 县 too: "二、勉县新增划定高风险区(2个)")
# (a district with its other name in brackets: "调整后阳江滨海新区(阳江高新区)现有4个高风险区")
_HEADING_DISTRICT = re.compile(rf"(?![在于对])([{_CJK}]县|[{_CJK}]{{2,14}}?{_DIST_SUFFIX})"
                               rf"(?P<alias>\([{_CJK}]{{2,8}}(?:区|县|市)\))?"
                               rf"(?=新增|现有|有|决定|解除|解封|调整|将|以下|降|升|划|所辖|在|[高中低]风险|封控|管控|防范)")


def _heading_district(text: str) -> str | None:
    """ "小店区新增高风险区…", "…,将海珠区以下区域调整为高风险区", "调整后高新区有高风险区6个" name the
    district of the whole list."""
    starts = [0, *(i + 1 for i, ch in enumerate(text) if ch in ",将对在后")]
    for start in starts:
        m = _HEADING_DISTRICT.match(text, start)
        if m and _district_ok(m[1]):
            cut = max(m[1].rfind("将"), m[1].rfind("起"))
            if cut >= 0 and m[1] not in _divisions()[0] and _district_ok(m[1][cut + 1:]):
                return m[1][cut + 1:]  # "将金川区…", "即日起将离石区以下…" (but 将乐县 is a county)
            return m[1] + (m["alias"] or "")
    return None


def _total(text: str) -> int | None:
    m = _TOTAL_RE.search(text)
    return _cn_int(m["a"] or m["b"]) if m else None


def _colon_splits(line: str) -> list[tuple[str, str]]:
    """(before, after) for each colon of a line that is not inside a time ("18:00")."""
    def in_time(pos: int) -> bool:
        return 0 < pos < len(line) - 1 and line[pos - 1].isdigit() and line[pos + 1].isdigit()

    return [(line[:m.start()], line[m.end():]) for m in re.finditer(":", line) if not in_time(m.start())]


def _last_sentence(text: str) -> str:
    return next((s for s in reversed(text.split("。")) if s), "")


def _sentence_heading(line: str, nxt: str) -> _Heading | None:
    """ "即日起新增以下高风险区。" directly above "小店区:A、B" heads the list without a colon."""
    text = _last_sentence(line)
    if (_has_keyword(text) and not _NOT_HEADING.search(text) and not _is_boilerplate(text)
            and _label_at_start(nxt) and not _label_at_start(line)
            # (not "1.A村、B村由中风险区调整为低风险区。" above "(二)C镇": a sentence with places of its own)
            and not _sentence_sections(line, 0, None)):
        return _Heading(*_analyze(text), _total(text), _heading_district(text), text)
    return None


# "…决定将以下区域由高风险区调整为低风险区,实行…措施。" heads the lists below it, whatever they start with.
_FOLLOWING = re.compile(rf"(?:(?:以下|下列)(?:区域|地区|地点|场所)?|(?:下述|如下)(?:区域|地区|地点|场所))"
                        rf"(?:由?{_LEVEL})?{_TARGET_VERB}{_LEVEL}"
                        rf"|(?:划定|新增|确定|认定)为?(?:以下|下列)(?:\d+个)?{_LEVEL}"
                        # "划定以下区域为高风险区", "将下列4个区域调整为中风险区": the verb before the pointer
                        rf"|(?:划定|确定|认定|将|把)(?:以下|下列|如下)(?:\d+个)?(?:区域|地区|地点|场所|点位|小区|楼栋)"
                        rf"(?:由?{_LEVEL})?(?:为|{_TARGET_VERB}){_LEVEL}"
                        # "将渝中区部分临时管控区调整为低风险区。现将有关事项通告如下:", "将我县部分区域划定为中风险区":
                        # "部分" points to the areas the list below names
                        rf"|(?:将|把)(?:(?:我|本|[{_CJK}]{{2,8}}?)(?:区|县|市|旗))?部分(?:临时)?(?:区域|地区|{_LEVEL})"
                        rf"{_TARGET_VERB}{_LEVEL}(?=[,;。:]|$)"
                        # "一、以下区域实行管控区管理" above its lists: the areas below are managed at the level
                        rf"|(?:以下|下列|下述)(?:\d+个)?(?:区域|地区|地点|场所|点位|小区|村组?|楼栋)?(?:继续|仍)?"
                        rf"(?:实行|实施|执行|按照?|参照|纳入)(?P<managed>{_LEVEL})(?:管理|管控|措施)?(?=[,;。:]|$)")


def _following_heading(line: str) -> _Heading | None:
    m = _FOLLOWING.search(line)
    if m is None or _SENTENCE_TARGET.search(line, m.end()):
        return None
    text = line[:m.end()]
    return _Heading(*_analyze(m.group()), _total(text), _heading_district(text), text)


def _pointer_in_sentence(line: str) -> _Heading | None:
    """ "…,将以下区域划定为高风险区,按照…措施;将除以下区域外的A镇其他区域划定为低风险区,…。": a pointer to the
    list below inside a lead sentence that goes on with clauses of its own (which ``_following_heading``
    leaves to the sentence); its heading, for a numbered list that starts after the lead's closing sentences."""
    m = _FOLLOWING.search(line)
    if m is None or m["managed"] or not _SENTENCE_TARGET.search(line, m.end()) or _unclosed(line[:m.start()]):
        return None
    text = re.split(r"[,;。]", line[:m.end()])[-1]
    return _Heading(*_analyze(m.group()), _total(text), _heading_district(text), text)


_EXCEPT_LEVELS = re.compile(r"除[^,。:除]*?(?:以外|之外|外)")


# "一、封控区为A。", "三、防范区为B、C、D。": the level is the subject of its list, written without a colon
# (also "管控区包括E", "封控区(2个)为F"); a blanket ("防范区为除封控区以外的区域") or a rule is no list.
_LEVEL_IS = re.compile(rf"^(?P<head>{_LEVEL}(?:{_COUNT})?(?:范围)?)(?:为|是|包括)(?![:期指])(?P<rest>[^:]+)$")


# "(一)高风险区贵屿镇湄洲村,和平镇练北社区。": a numbered item that is its level, then its places without a
# colon (the first piece a place: a district, a street or town in front, or a whole name).
_LEVEL_THEN = re.compile(rf"^(?P<head>{_LEVEL}(?:{_COUNT})?)(?![域区]),?(?P<rest>[{_CJK}][^:]*)$")


def _level_then_places(body: str) -> _Heading | None:
    m = _LEVEL_THEN.match(body)
    if m is None or _NOT_HEADING.search(body) or _HEADING_VOCAB.match(m["rest"]) or _is_boilerplate(m["rest"]) \
            or m["head"].count("(") != m["head"].count(")") \
            or re.match(r"所在|所属|周边|周围|辖区|相关|涉及|对应|及其|以外|之外|内|外", m["rest"]):
        return None  # "管控区(2个,减少3个村)": a remark on the count; "高风险区所在街道要…": a rule
    rest = m["rest"].rstrip("。;")
    first = _split_enclosed(rest)[0]
    if not (_object_ok(rest) and _looks_listed(rest)
            and (_front_district(first) or _STREET_FIRST.match(first) or _complete_place(first))):
        return None
    return _Heading(*_analyze(m["head"]), _total(m["head"]), None, m["head"], m["rest"])


# "一、实施封控措施区域", "二、实行管控措施的区域:": the areas under a level's measures, a heading of that level
# (read as "封控区", "管控区").
_MEASURES_AREA = re.compile(r"^(?:实施|实行|执行|落实|采取)(?P<kind>封控|管控|防范)(?:管理)?措施的?(?:区域|范围|地区)"
                            r"(?=[(:。]|$)")


def _match_heading(line: str) -> _Heading | None:
    body, numbered = _strip_enum(line)
    body = _MEASURES_AREA.sub(lambda m: m["kind"] + "区", body)
    body = re.sub(r"^附件\d*:", "", body)  # "附件1:高风险区名单"
    subject = _LEVEL_IS.match(body)
    if subject and _object_ok(subject["rest"].rstrip("。")) and _looks_listed(subject["rest"].rstrip("。")):
        head = subject["head"]
        return _Heading(*_analyze(head), _total(head), None, head, subject["rest"])
    if numbered and (listed := _level_then_places(body)):
        return listed
    splits = _colon_splits(body)
    if not splits and _HEADING_END.search(body):
        splits = [(body, "")]
    if splits:
        if _label_at_start(body):
            return None
        # "上海发布:…本市新增高风险区2个,分别为:A、B": the heading ends at the colon after the level.
        glued = False
        for pre, rest in splits:
            # "现将“封控区、管控区、防范区”范围调整如下:管控区:A": the list's own level label follows the lead's colon;
            # the heading is that label
            if re.match(rf"(?:{_LEVEL})(?:{_COUNT})?:", rest) and any(r.startswith(rest[rest.find(":") + 1:])
                                                                      for _p, r in splits if r != rest):
                glued = True
                continue
            text = pre[pre.rfind(":") + 1:] if glued else _last_sentence(pre)
            if re.fullmatch(r"(?:具体|分别|名单)?(?:为|是|如下)", text):  # "…调整为低风险区。具体为:"
                text = _last_sentence(pre[:pre.rfind("。")]) if "。" in pre else text
            # "下列街道除中、高风险区之外的其他地区:" leads a list of the section it is in: levels named after
            # 除 are the exception, not the list's level.
            # "调整后X区现有4个高风险区,实行“足不出户、上门服务”等防控措施:": a counted level, then its measures
            # in quotes; the list follows the colon
            measured = re.sub(r",(?:实行|实施|采取|落实)“[^”:]{1,30}”等?[^,:“”]{0,6}措施$", "", text)
            if measured != text and _total(measured) is not None and not _NOT_HEADING.search(measured):
                text = measured
            if _has_keyword(_EXCEPT_LEVELS.sub("", text)):
                if _NOT_HEADING.search(text):
                    return None
                counted = re.fullmatch(_COUNT, rest)
                if counted:  # "高风险地区:1个"
                    return _Heading(*_analyze(text), _cn_int(counted["count"]), _heading_district(text), text)
                return _Heading(*_analyze(text), _total(text), _heading_district(text), text, rest)
        return None
    body = body.rstrip("。")
    if not _has_keyword(body) or len(body) > 40 or _AFTER_LIFT.search(body):
        return None
    body = re.sub(rf"\((?:截至|截止)[^()]*\)$|^[{_CJK}]{{2,6}}市(?={_LEVEL})", "", body)  # "呼和浩特市…(截至…)"
    # "一、新增高风险区(自12月1日0时起)": when the heading's change takes effect, in brackets after it
    body = re.sub(r"\((?:自|从|于)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}(?:时|点)(?:\d{1,2}分)?)?(?:起|开始)?\)$",
                  "", body)
    # ("高、中风险区调整为低风险区12个": the first level written short)
    # ("一、调整部分高风险区范围", "二、部分高风险区调整为低风险区": 部分 of the level's areas)
    core = re.sub(_COUNT, "", _LEVEL_RE.sub("", re.sub(r"\(\d+个[,,][^()]*\)", "", _SHORT_LEVELS.sub("", body))))
    core = re.sub(r"部分(?=调整|范围|$)|^(?:调整)?部分", "", core)
    rest = _HEADING_VOCAB.sub("", core)
    district = None
    if rest:
        district = _heading_district(body)
        if district is None or rest != district:
            return None
    return _Heading(*_analyze(body), _total(body), district, body)


# "二、解除后管控措施", "三、解封后防控要求": what holds after the lift, the heading of measures, no list's.
_AFTER_LIFT = re.compile(r"(?:解除|解封|解控)[^,。:]{0,4}?(?:后|之后)")


# Sentence style with the places inside: "将A小区、B小区调整为低风险区。", "A、B由中风险地区调整为高风险
# 地区", "确定A为封控区;B为管控区", "A、B仍为防范区". The object runs back from the verb to the nearest
# 将 / 把 / 确定 / colon / "…起," / the end of the previous target / the start of the line.
# "…、郭营村8队新增为高风险区", "新划为", "新增列入": the 新(增) goes with the verb, not with the last place.
_SENTENCE_TARGET = re.compile(rf"(?:由(?:疫情)?{_LEVEL})?(?:(?:新增|新(?=[划列纳]))?"
                              rf"(?:{_TARGET_VERB}|为|列入|纳入|划入|实行|实施|(?:继续|仍然|仍)?(?:保持|维持)为?"
                              # "A村、B村,继续按封控区管理": the places keep their level
                              rf"|(?:继续|仍然|仍|依然)(?:按照?|执行|参照)"
                              rf"|(?P<lift>(?:有序|全面|逐步)?解除))(?:疫情)?(?P<level>{_LEVEL})"
                              # ("将A解除临时性管控措施": a temporary control lifted, the same form)
                              rf"|(?P<lift2>(?:有序|全面|逐步)?解除)(?:临时性?)?(?P<managed>封控|管控|防范)"
                              # "对A解除封控、管控。": the levels alone, ending the clause
                              # (not "A封控区解除封控,由封控区调整为防范区": the change follows, it names the level)
                              rf"(?:管理|措施(?=[,;。]|$)|(?:、(?:封控|管控|防范)区?)+(?:管理|措施)?(?=[,;。]|$)|(?=[,;。]|$))(?!,由))")
# The clause after a lift that names where the places go: ",与海州区(除高风险地区以外)其他区域同为低风险区",
# ",调整为低风险区", ",均降为防范区" (no object of its own: at most "与…" the places share the level with).
# (",解除管控区管理,转为防范区管理": the lift's 管理 before the comma)
# (",并调整为低风险区": 并 / 同时 joining the clause to the lift)
_LIFT_THEN = re.compile(rf"(?:管理|措施)?,(?:并且?|同时|并同时)?(?:与[^,;。:]{{1,40}}?)?"
                        rf"(?:同|均|一并|统一|全部|一同|共同)?"
                        rf"(?:{_TARGET_VERB}|为)(?P<level>{_LEVEL})")
# "对A小区(封控区),对B区(管控区),对C区、D县等8个防范区解除封控、管控": clauses of a lift, each object with its
# level in brackets, in front of the last one
# "划定为高风险区和低风险区二类区域", "划分为封控区、管控区、防范区": several levels after the verb divide the
# object into areas of those levels; the object itself gets none of them.
_DIVIDED_INTO = re.compile(rf"(?:[、和及与]|以及)(?:{_LEVEL}|[高中低]风险|封控|管控|防范)")
_LIFT_CHAIN = re.compile(rf"(?:(?<=[,:])|^)(?:对[^,;。]+?\({_LEVEL}\),)+$")
_LIFT_CLAUSE = re.compile(rf"对(?P<obj>[^,;。]+?)\((?P<level>{_LEVEL})\),")
# "即日起,将上述区域", "11月29日0时起,对以上5个区域", "上述点位": a list's closing sentence refers back to it.
_CLOSING_REFERENCE = re.compile(r"(?:(?:自|从)?[^,:;。]{2,24}?起,?)?(?:将|把|对)?(?:上述|以上|前述)"
                                r"(?:[\d一二三四五六七八九十两]+个)?(?:地区|区域|点位|地点|场所|小区|社区|村|楼栋|风险区)"
                                r"(?:的?(?:疫情)?风险等级)?")
_LEVEL_NOTE = re.compile(rf"\((?P<level>{_LEVEL})\)$")  # "A小区(封控区)": the level the place leaves
# (not a colon before bounds: "对A广场:北至B路、东至C路;D小区:…解除防范区管理" lists places with their bounds)
# (not a stretch's start: "A商业街东起B路西至C路的两侧门面房" is one place, its 起 starts no object)
_OBJECT_START = re.compile(r"将|把|确定|(?:^|(?<=[,:]))(?:新增)?划定(?!的)|目前,|现有|:(?![东南西北]{1,2}至)"
                           r"|(?<![东南西北])起,|(?<![东南西北])起(?=[^\d,])|(?:^|(?<=,))对|调整后,|此外,"
                           # "决定对A实行静默管理", "关于对全县实施临时静默管控的通告": 对 after the verb or 关于
                           r"|(?<=决定|关于)对"
                           # "…,中风险市县12个,仅武汉为高风险": the one place of a level, named after 仅 / 只有
                           r"|仅有?(?!限)|只有|唯有"
                           # "一、解除1个高风险区域管控,A村由高风险区降为低风险区": a clause that counts the areas
                           r"|(?:^|(?<=、))(?:解除|撤销|取消|新增|调整)[\d一二三四五六七八九十两]+个"
                           r"(?:[高中低]风险|封控|管控|防范)(?:区域|地区|区)(?:管控|管理)?,"
                           # "二、调整A园区高风险区域范围,A园区除…以外区域由高风险区降为低风险区": what range changes
                           r"|(?:^|(?<=、))(?:调整|缩小|扩大)[^,;。:]{0,20}?(?:[高中低]风险|封控|管控|防范)(?:区域|地区|区)的?范围,"
                           # "三、调整部分高风险区域A小区23栋降为低风险": the clause names what is adjusted
                           r"|^(?:调整|调减|下调)(?:部分|以下|下列)?(?:[高中低]风险|封控|管控|防范)(?:区域|地区|区),?")
# ("科才镇其莫村": 其 after a town starts a village's name, no pronoun)
_OBJECT_NOT_PLACES = re.compile(
    # ("A社区除封控区外的部分区域": 部分 of a place's rest after its exception names it)
    r"以下|下列|下述|如下|上述|以上|前述|相关|(?<!外的)(?<!外)部分|该|(?<![镇乡])其(?![他余])|根据|按照|适时|及时|依法|情况|条件|(?<![电监巡])视|措施|之日|由此|清零|决定"
    # (管理 of a measure; "道路运输管理局家属院", "A物业管理处" are places named after an office)
    r"|管理(?!局|处|所|站|中心|委员会|公司|办|区(?!域))"
    # "内蒙古乌拉特中旗海流图镇一地调整为高风险区" (a headline): "一地", "3处" count places, they name none
    r"|这些|发布|通告|(?:^|(?<=[\u4e00-\u9fff])(?<![号楼栋幢等]))[一二三四五六七八九十两\d]+(?:地|处)$"
    # a headline's count of places: "浙江绍兴5地调整为高风险", "江苏常州3地划为中风险地区"
    r"|^[^,、;\d]{2,12}?(?<![号栋楼幢座层组队期])[一二三四五六七八九十两\d]+(?:地|处|个地区|个区域)$"
    # "江苏淮安市洪泽区六区域调整为中风险地区": a count written in words before 区域 / 地区, without 个
    r"|(?:^|(?<=[\u4e00-\u9fff])(?<![号楼栋幢座层组队期第等]))[一二三四五六七八九十两]{1,3}(?:区域|地区)$"
    # "贵州省遵义市两小区调整为中风险地区", "3个小区": a count of compounds (两 or 个 count; "二小区" may be a name)
    r"|^[^,、;\d]{2,12}?(?<![号栋楼幢座层组队期第])(?:两个?|[一二三四五六七八九十\d]+个)(?:小区|社区|村|楼栋|场所|地点|点位)$"
    # "北京市朝阳区八里庄北里两楼被划为封控区" (a headline): "两楼", "两栋楼", "3栋楼" count buildings ("3栋" is one)
    r"|^[^,、;\d]{2,12}?(?<![号栋楼幢座层组队期第\d])(?:两|[一二三四五六七八九十\d]+个)(?:楼栋|楼)$"
    r"|^[^,、;\d]{2,12}?(?<![号栋楼幢座层组队期第\d])(?:两|[一二三四五六七八九十\d]+)(?:栋|幢|座)楼$"
)
# "A小区、B路1号,以上区域由中风险区调整为低风险区": a list, then the clause that refers back to it before the
# verb ("上述3个地点", "以上点位的风险等级均"); the list is the object.
_LIST_THEN_REFERENCE = re.compile(r"(?<=[^,、;:]{2}),(?:以上|上述|前述)(?:[\d一二三四五六七八九十两]+个)?"
                                  r"(?:区域|地区|地点|场所|点位|小区|社区|村|楼栋|风险区)(?:的?(?:疫情)?风险等级)?"
                                  r"(?:均|统一|全部|一并|已)?$")
# "第37号通告中划定的中风险区A小区": the reference to the earlier notice is no part of the place.
_REFERENCE = re.compile(rf"^(?:[^,、]{{0,20}}?第[\d{_CN_NUM}]+号)?[^,、]{{0,6}}?(?:通告|公告)中?"
                        rf"(?:划定|公布|确定|认定)?的{_LEVEL}(?:中的)?")
# ("A小区整体列为管控区": 整体, as a whole, says the whole place is meant; no part of its name)
_OBJECT_TAIL = re.compile(r"(?:仍|均|现|继续|已|也|依然|同时|整体|,?被"
                          r"|已?于(?:今日|即日|今天|(?:\d{4}年)?\d{1,2}月\d{1,2}日\S{0,8}?)起?)+$")
# "将A、B封控区解封,由封控区调整为防范区", "C管控区解控,由管控区…": the level left, said again after the comma.
_LEFT_LEVEL = re.compile(rf"(?<=.)的?(?:{_LEVEL}|封控|管控)?(?:已|予以|正式)?(?:解封|解控|解除|撤销)"
                         rf"(?:封控|管控)?(?:管理|措施)?$")
# A district written in front of a place (also after a prefecture that is no city: "大兴安岭地区
# 加格达奇区", "锡林郭勒盟二连浩特市", "延边朝鲜族自治州延吉市") ("银川市金凤区森林半岛小区", "邢台市南宫市鸿兴小区").
_PREFECTURE = rf"[{_CJK}]{{2,8}}?(?:地区|盟|自治州)"
_PLACE_DISTRICT = re.compile(
    rf"(?:[{_CJK}]{{2,4}}?市|{_PREFECTURE})?(?P<d>[{_CJK}]县|[{_CJK}]{{2,6}}?{_DIST_SUFFIX})(?=[{_CJK}A-Za-z\d])")
_PLACE_DISTRICT_ALONE = re.compile(rf"(?P<d>[{_CJK}]县|[{_CJK}]{{2,6}}?{_DIST_SUFFIX})(?=[{_CJK}A-Za-z\d])")


# ---------------------------------------------------------------------------------------------------
# dates


def _date_fields(m: re.Match[str]) -> tuple[int | None, int, int]:
    if m["y"]:
        return int(m["y"]), int(m["m"]), int(m["d"])
    if m["y2"]:
        return int(m["y2"]), int(m["m2"]), int(m["d2"])
    if m["y3"]:
        return _cn_int(m["y3"]), _cn_int(m["m3"]) or 0, _cn_int(m["d3"]) or 0
    if m["m4"]:
        return None, int(m["m4"]), int(m["d4"])
    return None, _cn_int(m["m5"]) or 0, _cn_int(m["d5"]) or 0


@dataclass
class _Date:
    year: int | None
    month: int
    day: int
    hour: int | None = None
    minute: int = 0

    def iso(self, year: int | None) -> str | None:
        year = self.year or year
        if year is None:
            return None
        try:
            day = date(year, self.month, self.day)
        except ValueError:
            return None
        if self.hour is None:
            return day.isoformat()
        moment = datetime(day.year, day.month, day.day) + timedelta(hours=self.hour, minutes=self.minute)
        return moment.isoformat()


def _dates_in(text: str) -> list[tuple[_Date, bool]]:
    """Dates in a compact line, each with whether it is a start time ("自…起")."""
    found = []
    for m in _DATE_RE.finditer(text):
        when = _Date(*_date_fields(m))
        tail = text[m.end():]
        t = _TIME_RE.match(tail)
        if t:
            hour = _cn_int(t["h"])
            if hour is not None and hour <= 24:
                if t["ap"] in ("下午", "晚上", "晚") and hour < 12:
                    hour += 12
                when.hour, when.minute = hour, int(t["mi"] or 0)
                tail = tail[t.end():]
        found.append((when, bool(re.match(r"(?:零时|整)?(?:起|开始|始)", tail))))  # "12时整起"
    return found


def _date_only(compact: str) -> _Date | None:
    dates = _dates_in(compact)
    if len(dates) == 1 and _DATE_RE.fullmatch(compact.rstrip("。.")):
        return dates[0][0]
    return None


def _org_only(compact: str) -> str | None:
    compact = re.sub(r"\((?:代章|盖章|章|公章|印章|签章)\)$", "", compact)  # "…办公室(代章)": the seal's note
    m = re.fullmatch(_ORG_BODY, compact)
    return compact if m and _ORG_KEYWORD.search(compact) else None


# "未尽事宜,以铜梁区新冠肺炎疫情防控指挥部解释为准", "本通告由A县疫情防控指挥部负责解释": a notice without
# a signature names its office in the closing sentence that says who interprets it.
_INTERPRETING_ORG = re.compile(rf"(?:以|由)(?P<org>{_ORG_BODY})(?:负责)?(?:的)?解释")


def _interpreting_org(line: str) -> str | None:
    for m in _INTERPRETING_ORG.finditer(_compact(line)):
        for start in range(len(m["org"])):  # the shortest name that ends the clause ("以" may come before 以)
            if (org := _org_only(m["org"][start:])) and not re.match(r"[以由本]", org):
                return org
    return None


def _org_broken(compact: str, nxt: str) -> bool:
    """ "阿里地区应对新冠肺炎疫情" over "工作领导小组办公室": a signature broken over two lines (the first part names
    the epidemic, as no place does)."""
    return bool(nxt and _ORG_KEYWORD.search(compact) and not re.search(r"[,、;。:]", compact)
                and not _org_only(compact) and _org_only(compact + nxt))


# ---------------------------------------------------------------------------------------------------
# sections and their lists


@dataclass
class _Group:
    district: str | None
    count: int | None = None
    labelled: bool = False
    places: list[str] = field(default_factory=list)


@dataclass
class _Section:
    heading: _Heading
    index: int
    lines: list[str] = field(default_factory=list)
    last: int = -1
    places: list[str] | None = None  # sentence style: the places are in the sentence itself
    past: bool = False  # "2022年3月4日9时划定A为封控区": a designation of an earlier day, restated


def _tabular(line: str) -> str:
    """Rows of a table ("1\\t小店区\\tA小区") become "1.小店区:A小区"; "1 A小区" becomes "1.A小区"."""
    stripped = line.strip()
    if re.search(r"\t|\s{2,}|\|", stripped):
        cols = [c for c in re.split(r"\t+|\s{2,}|\|", stripped) if c.strip()]
        index = ""
        if cols and re.fullmatch(r"\d{1,3}", cols[0]):
            index = cols.pop(0) + "."
        if len(cols) >= 2 and _district_ok(_compact(cols[0])):
            return index + cols[0] + ":" + "".join(cols[1:])
        return index + "".join(cols)
    m = re.match(rf"(\d{{1,3}})\s+(?=[{_CJK}])", stripped)
    return f"{m[1]}.{stripped[m.end():]}" if m else stripped


# A list under a level heading written as a sentence: "封控区:自3月2日0时起,划定A;B、C为封控区。封控区内…".
_FRAME = re.compile(rf"^(?P<head>(?:[^,:;。]{{0,12}}:)?)(?:自?[^,:;。]{{2,24}}起,)?(?:划定|将|把|新增划定|新增)"
                    rf"(?P<body>[^。]+?)(?:为|划为|划定为|划分为|调整为|列为|列入){_LEVEL}(?:[。,;].*)?$")


_FRAME_VERB = re.compile(r"^(?:自?[^,:;。]{2,24}起,)?(?:新增)?划定(?!的)")


def _unframe(line: str) -> str:
    m = _FRAME.match(line)
    if m and not _LEVEL_RE.search(m["body"]):
        return m["head"] + m["body"] + "。"
    return _FRAME_VERB.sub("", line)  # the sentence's level was cut off with its measures


def _blocks(lines: list[str]) -> str:
    """Join a section's lines into one text where "\\n" separates places.

    A newspaper breaks lines anywhere, even inside a place ("怡\\n佳天一城小区"), so inside a list
    written inline (separators on its lines) a line break without separator is no separator. In a
    list of one place per line (no separators) every line break is one.
    """
    compact = [_compact(_tabular(line)) for line in lines]
    fixed = [_unframe(c) for c in compact if c and not re.search(r"序号|^所属", c)]  # no table header rows
    # Blocks start at label lines.
    blocks: list[list[str]] = []
    for line in fixed:
        start = _label_at_start(line)
        if start and start[1] >= len(line) - 1 and line.endswith("。") and blocks and blocks[-1] \
                and not _ends_with_top_sep(blocks[-1][-1]):
            start = None  # "…、金金新\n城北区。": the end of a name broken across lines, not a district's label
        if start or not blocks:
            blocks.append([])
        blocks[-1].append(line)
    # "榴城镇:A、B" / "荆山镇:C、D" / "龙亢农场": where every label line above is a section of its own (one line
    # each), a last line that is a whole place without a label is an item of its own, not the wrap of the last
    # section's line.
    sections_of_a_line = len(blocks) >= 2 and all(len(b) == 1 and _label_at_start(b[0]) for b in blocks[:-1])
    out: list[str] = []
    for block in blocks:
        start = _label_at_start(block[0])
        contents = [c for c in [block[0][start[1]:] if start else block[0], *block[1:]] if c]
        internal = sum(len([p for p in _top_level_seps(c) if p < len(c) - 1]) for c in contents)
        inline = len(contents) >= 2 and internal >= max(1, len(contents) - 1)
        numbered = sum(1 for c in contents if _ENUM.match(c))
        # In a numbered list a line without number continues the item above it.
        numbered_list = numbered >= 2 and len(contents) - numbered < numbered
        text = block[0]
        previous = block[0][start[1]:] if start else block[0]
        for line in block[1:]:
            # ("九原区除中、高风险区以外的地区" over a line: a district's rest, a blanket, ends its item too)
            own_item = (sections_of_a_line and block is blocks[-1] and start is not None and len(block) == 2
                        and not _top_level_seps(line.rstrip("。;")) and _complete_place(previous)
                        # "…华庭\n1号楼。", "…华庭\n(1号楼除外)。": a name's part or note broken off
                        and not _bare_subs(line.rstrip("。;")) and not _BARE_SUB.match(line.rstrip("。;"))
                        and line[:1] not in _OPEN and not _unclosed(previous)
                        and not _WORD_ENDING_START.match(line)  # "…1号\n楼(…)", "…华华\n小区": a word broken
                        and (_complete_place(line.rstrip("。;")) or bool(_ZONE.fullmatch(line.rstrip("。;")))))
            joined = (not own_item and bool(previous) and not _ENUM.match(line)
                      and not _NOT_PLACE.search(_strip_enum(previous)[0])
                      and not _is_blanket(_strip_enum(previous)[0])
                      and not _front_district(re.split(r"[。;,、]", line)[0])) and (
                _unclosed(previous) or numbered_list or (inline and not _ends_with_top_sep(previous)))
            text += line if joined else "\n" + line
            previous = line
        out.append(text)
    return "\n".join(out)


def _one_place_item(text: str, pos: int, seps: list[int]) -> int:
    """Where a numbered item ends when it is one place: an item without a label that holds a comma
    ("1.怀德大街19、21号,二巷2号,三巷2、4、5号") is one place; else -1."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    item = text[pos:line_end].rstrip("。;.")
    inner = [p - pos for p in seps if pos <= p < pos + len(item)]
    if ":" in item or not any(item[p] == "," for p in inner):
        return -1
    return pos + len(item)


# "(四)江高镇:双岗村南安二街4、6号,南安二街一巷1、4号。": after a street's label, a numbered item whose pieces
# between commas are all house numbers on the streets and lanes of one neighbourhood (each piece after the first
# is a bare lane "二巷3号" or starts with a name the first piece holds: 南安二街…, 双岗…) is one block, as the
# item is one place without a label; "3.沙坪坝街道:学府小区沙正街115号,一心村2号" lists places with names of
# their own, "1.渝州路街道:渝州路12号,科园一路3号" places on two unrelated roads.
_HOUSE_RUN = re.compile(r".*?[街路巷里弄坊][东南西北]?\d[\d、号楼栋之一二三四五六七八九十—~-]*(?:号|号楼|栋)")
_OWN_NAME = re.compile(r"小区|花园|家园|社区|大厦|公寓|广场|新城|商城|公司|市场|酒店|宾馆|医院|学校|村\d")
# "(一)新市街:西南段自A至B,北至C,西至D,东自E至F,东南至G(除高风险区外)": an area written as its bounds.
_BOUND_PIECE = re.compile(r"(?:[东南西北]{1,2}(?:至|自|起|以(?=.{1,30}为界))|以及|及|并|且|区域内|两侧)")


def _one_place_after_label(text: str, pos: int, seps: list[int]) -> int:
    """Where a numbered item that starts with a street's label ("江高镇:", "天河区棠下街:") ends when its content
    is one place (house numbers on the lanes of one neighbourhood, or bounds, between commas); else -1."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    item = text[pos:line_end].rstrip("。;.")
    cuts = [p - pos for p in seps if pos <= p < pos + len(item) and text[p] == ","]
    if not cuts or ":" in item:
        return -1
    bounds = [-1, *cuts, len(item)]
    pieces = [item[a + 1:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    houses = all(_HOUSE_RUN.fullmatch(p) for p in pieces) and not any(_OWN_NAME.search(p) for p in pieces[1:]) \
        and all(re.match(r"[一二三四五六七八九十\d]{1,3}(?:巷|弄|里)", p) or p[:2] in pieces[0] for p in pieces[1:])
    bounded = all(_BOUND_PIECE.match(p) for p in pieces[1:])
    return pos + len(item) if houses or bounded else -1


def _whole_item(text: str, pos: int) -> int:
    """Where a numbered item ends read as one place (when the notice's counts say so); -1 when a label follows."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    item = text[pos:line_end].rstrip("。;.")
    return -1 if ":" in item else pos + len(item)


def _counted_line(text: str, pos: int, seps: list[int], count: int) -> int:
    """Where a group's line ends when its stated count shows that its 、 joins parts of one place: "云岩区(1个):
    A花园一期A1-A2、B-D栋、5-7栋区域。", "(2个):A小区1、3栋,B苑" (two pieces between commas, four between
    all separators); else -1."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    cuts = [p for p in seps if pos <= p < line_end]

    def pieces(at: list[int]) -> int:
        bounds = [pos - 1, *at, line_end]
        return sum(1 for a, b in zip(bounds, bounds[1:], strict=False) if text[a + 1:b].strip(" .。;"))

    every, commas = pieces(cuts), pieces([p for p in cuts if text[p] != "、"])
    return line_end if every != count and commas == count else -1


# A part of the compound named before it: "B区3号楼1单元", "2号楼", "二期".
_BARE_PART = re.compile(r"(?:[A-Z]区|[A-Z]?\d+(?:号楼|栋|幢|座|单元|号院)|[一二三四五六七八九十]{1,2}期)")


def _semicolon_piece(text: str, pos: int, seps: list[int]) -> int:
    """Where a place ends in a list separated by ";" when a comma inside its piece goes on with a part of the
    same compound: "城东区:A小区2号楼;海亮大都汇A区17号楼1单元、19号楼1单元,B区3号楼1单元、7号楼2单元;C院。"
    (the piece between ";" is one place, as the office lists it); else -1."""
    if pos > 0 and text[pos - 1] not in ";:\n":
        return -1
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    k = bisect_left(seps, line_start)
    in_line = [p for p in seps[k:bisect_left(seps, line_end)] if text[p] in ";,。"]
    if not any(text[p] == ";" for p in in_line):
        return -1
    piece_end = next((p for p in in_line if p >= pos and text[p] in ";。"), line_end)
    commas = [p for p in in_line if pos <= p < piece_end and text[p] == ","]
    return piece_end if commas and all(_BARE_PART.match(text, p + 1) for p in commas) else -1


_SUMMED = re.compile(r"等(?:居民)?(?:住宅区|小区|区域|场所|楼栋|片区|区)$")


def _scan(text: str, default_district: str | None, whole_items: bool = False,
          comma_groups: bool = False) -> list[_Group]:
    """The groups of a section's text; with whole_items each numbered item is read as one place, with
    comma_groups each piece between commas (its 、 joining parts of one place)."""
    run_start = 0
    groups = [_Group(default_district)]
    headed: _Group | None = None  # the group of a district's heading on its own line ("(一)魏都区")
    prefix: str | None = None
    community: str | None = None  # "北寨子社区(3个):" under a street: a second prefix
    prefix_line_only = False
    # the items under a heading of a street or town on its own line: (group, index, place as written, whether
    # it was prefixed) by heading
    headed_items: list[list[tuple[_Group, int, str, bool]]] = []
    seps = _top_level_seps(text)  # once: a list can be thousands of places long
    among_towns = _zone_among_towns(text)
    pos, n = 0, len(text)
    counted_end = n if comma_groups else -1  # up to here a 、 separates no places (the group's count says so)
    labelled_end = -1  # where the item after a street label ends when it is one place
    while pos < n:
        if text[pos] in _SEPS or text[pos] in " .":
            if text[pos] == "\n" and prefix_line_only:
                prefix = community = None
            pos += 1
            continue
        line_start = pos == 0 or text[pos - 1] == "\n"
        m = _ENUM.match(text, pos)
        item_end, labelled_end = labelled_end, -1
        enumerated = False
        part = False
        if m:
            if line_start and re.match(r"[一二三四五六七八九十]{1,3}[、.]", m.group()):
                prefix = community = None  # "二、…": a new part; the street of the part before does not hold
                part = True
            pos = m.end()
            if pos >= n or text[pos] in _SEPS:
                continue
            enumerated = line_start  # "一、江高镇:A,B。" with its content is an item, not the heading of a part
            if line_start and whole_items:
                item_end = _whole_item(text, pos)
            elif line_start and not part:
                item_end = _one_place_item(text, pos, seps)
        m = _LABEL_COLON.match(text, pos)
        label = _classify_label(m["name"], m["count"], strict=False) if m else None
        if m and label:
            pos = m.end()
            own_line = pos >= n or text[pos] == "\n"
            if (label.district and not label.sub and (headed is groups[-1] and not enumerated or among_towns)
                    and _ZONE_LABEL.search(label.district)
                    and (label.district not in _divisions()[0] or _GENERIC_ZONE.fullmatch(label.district))):
                # "(一)魏都区" over "五一路街道:A" and "先进制造业开发区:B": a zone within the district written
                # like its streets is a part of it, not a district of its own; so is "经开区:C" among town
                # labels ("荆山镇:A" / "榴城镇:B") of a list that names no district
                label = _Label(None, label.district, label.count)
            if label.district:
                groups.append(_Group(label.district, label.count, labelled=True))
                prefix = community = None
                if label.count and not own_line:
                    counted_end = _counted_line(text, pos, seps, label.count)
            if label.sub:
                prefix, prefix_line_only, community = label.sub, not own_line, None
                if enumerated and label.count is None and not own_line:
                    labelled_end = _whole_item(text, pos) if whole_items else _one_place_after_label(text, pos, seps)
            counted = re.match(rf"{_COUNT}(?=\n|$)", text[pos:])  # "朝阳区:3个"
            if counted:
                if label.district and groups[-1].count is None:
                    groups[-1].count = _cn_int(counted["count"])
                pos += counted.end()
            continue
        m = _UNITS_LABEL.match(text, pos)
        if m and not _BAD_SUB.search(m["name"]):
            # "1、大甸子镇主街商铺:双红肉行、祥和药房": the shops of a street, each named after the colon; their
            # label is prefixed to each, as a street's is ("大甸子镇主街商铺双红肉行"), on this line only
            prefix, prefix_line_only, community = m["name"], True, None
            pos = m.end()
            continue
        m = _COMMUNITY.match(text, pos) if line_start and prefix else None
        if m:
            community, pos = m["name"], m.end()
            continue
        k = bisect_left(seps, pos)
        end = seps[k] if k < len(seps) else n
        while end < counted_end and text[end] == "、":
            k += 1
            end = seps[k] if k < len(seps) else n
        if item_end > end:
            end = item_end
        piece_end = _semicolon_piece(text, pos, seps)
        if piece_end > end:
            end = piece_end
        bounded = _BOUND_RUN.match(text, pos)
        if bounded and bounded.end() > end:
            end = bounded.end()  # "东方路以西、曙光路以东、…围合区域": one area, as written
        segment = text[pos:end]
        if line_start and (end >= n or text[end] == "\n"):
            m = _LABEL_ALONE.fullmatch(segment.rstrip("。.;"))
            label = _classify_label(m["name"], m["count"], strict=not part) if m else None
            loose = _classify_label(m["name"], m["count"], strict=False) if m and not label else None
            if loose and loose.sub and text.startswith(loose.sub, end + 1):
                label = loose  # "(一)增江街" over "增江街中盛家园": a street heading, its name repeated below
            if label and label.sub and _label_line_is_place(text, end):
                # "雁塔区长延堡街道" among lines of its kind: a listed street, not the label of a group
                if label.district and label.district != groups[-1].district:
                    groups.append(_Group(label.district))
                groups[-1].places.append(label.sub)
                pos = end
                continue
            if label:
                if label.district:
                    groups.append(_Group(label.district, label.count, labelled=True))
                    headed = groups[-1]
                    prefix = community = None
                if label.sub:
                    prefix, prefix_line_only, community = label.sub, False, None
                    headed_items.append([])
                pos = end
                continue
        segment_start, pos = pos, end
        place = _COUNTED_END.sub("", re.sub(r"^以及(?=..)", "", segment.strip(".:·")))  # "A小区,以及B小区"
        if not place or _NOISE.fullmatch(place) or re.fullmatch(r"[\d.、()]+", place):
            continue
        if groups[-1].places and not line_start and (
                re.search(r"除[^外()]*$", groups[-1].places[-1])
                or re.search(rf"内(?:{_LEVEL_WORD}、)*{_LEVEL_WORD}$", groups[-1].places[-1])):  # "A镇辖区内封控区、"
            groups[-1].places[-1] += text[segment_start - 1] + place  # "除发布的中、高风险区以外的其他区域"
            continue
        if _NOT_PLACE.search(place) or (line_start and _date_heading(place)):
            continue
        if _is_boilerplate(place):
            break  # the lists ended inside this paragraph
        places = groups[-1].places
        after_comma = not line_start and text[segment_start - 1] == "、"
        if not after_comma:
            run_start = len(places)
        if places and not line_start and ((_BARE_SUB.match(place) and _SUB_END.match(places[-1]))
                                          or _CLAUSE.match(place) or _floor_part(places[-1], place)):
            places[-1] += text[segment_start - 1] + place  # "1号楼、2号楼": one place, as written
            continue
        if _SUMMED.search(place) and after_comma and run_start < len(places):
            # "A小区、B小区、C小区等居民住宅区": one area named by its parts
            places[run_start:] = ["、".join([*places[run_start:], place])]
            continue
        if community and community not in place and not _STREET_FIRST.match(place):
            place = community + place
        as_written = place
        if prefix and prefix not in place and not _STREET_FIRST.match(place):
            place = prefix + place
        if prefix and headed_items and not community and not prefix_line_only:
            headed_items[-1].append((groups[-1], len(groups[-1].places), as_written, place != as_written))
        groups[-1].places.append(place)
    # "(一)官渡镇(21个)" over "1.官渡中学", "3.官渡镇高岭村", …: when most items under a town's heading repeat its
    # name, the writer wrote it wherever it belongs; the few without it are named whole, as written.
    for items in headed_items:
        bare = [item for item in items if item[3]]
        if bare and len(items) - len(bare) > 2 * len(bare):
            for group, index, as_written, _ in bare:
                if index < len(group.places):
                    group.places[index] = as_written
    for group in groups:
        group.places = [p for p in _join_bounded(group.places) if not _NOT_PLACE.search(p)]
    # Leading text before the first label with no places is no group.
    return [g for g in groups if g.places or g.labelled]


# A development zone's label ("经开区:", "高新技术产业开发区:"): a district when a city lists it with its
# districts, a part of the county when a county's list writes it among its towns.
_ZONE_LABEL = re.compile(r"(?:开发区|经开区|高新区|示范区|实验区|试验区)$")
_LINE_LABEL = re.compile(rf"(?m)^[ \t]*(?:{_ENUM.pattern})?[ \t]*(?P<name>[{_CJK}]{{2,16}}?)(?:{_COUNT})?:")


def _zone_among_towns(text: str) -> bool:
    """Whether the labels starting the lines of a list are towns or streets (at least two) and development
    zones, no district: "荆山镇:A、B" / "包集镇:C" / "经开区:D" (a county's list; the zone is one of its parts)."""
    towns = zones = 0
    for m in _LINE_LABEL.finditer(text):
        label = _classify_label(m["name"], None, strict=False)
        if label is None:
            continue
        if label.district and (label.sub or not _ZONE_LABEL.search(label.district)
                               or (label.district in _divisions()[0] and not _GENERIC_ZONE.fullmatch(label.district))):
            return False
        towns, zones = towns + (label.sub is not None), zones + (label.district is not None)
    return towns >= 2 and zones >= 1


_DATE_LEAD = re.compile(r"^(?:截至|截止|自)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}(?:时|点)(?:\d{1,2}分)?)?")


def _date_heading(line: str) -> bool:
    """ "一、11月3日5时调整的区域", "二、截至11月3日5时全市中高风险区": a line of a date and heading words
    titles the sections below it, it is no place."""
    m = _DATE_LEAD.match(line)
    if m is None or m.end() == len(line):
        return False
    rest = re.sub(r"(?:中高|高中|中低|高低)(?=风险)", "高", line[m.end():])  # "中高风险区": levels
    rest = re.sub(r"全市|全区|全县|本市|本区|[(),:]|起", "", _LEVEL_RE.sub("", rest))
    return not _HEADING_VOCAB.sub("", rest)


def _label_line_is_place(text: str, end: int) -> bool:
    """A line that is only a street ("雁塔区长延堡街道") is a listed place when no places follow it: the
    next line is of the same kind, or the list ends."""
    nxt_end = text.find("\n", end + 1)
    nxt = text[end + 1:nxt_end if nxt_end >= 0 else len(text)].rstrip("。.;,")
    if end >= len(text) or not nxt:
        return True
    # "1.建宁街道" over "2.庆云街道(除A村)": an item the next item's number follows is one of the list; the
    # items of a label are numbered from 1 again
    here = re.match(r"(\d{1,3})([.、])", text[text.rfind("\n", 0, end) + 1:end])
    if here and re.match(rf"{int(here[1]) + 1}{re.escape(here[2])}(?!\d)", nxt):
        return True
    if _ENUM.match(nxt):
        return False
    m = _LABEL_ALONE.fullmatch(nxt)
    label = _classify_label(m["name"], m["count"], strict=True) if m else None
    return bool(label and label.sub)


# "北寨子社区(3个):" on its own line under a street: the community of the places below it.
# "大甸子镇主街商铺:", "人民路沿街门店:" over a list of named shops (not bounds: "A商铺:东至B路、…")
_UNITS_LABEL = re.compile(rf"(?P<name>[{_CJK}]{{2,16}}?(?:沿街|两侧|周边)?(?:商铺|门店|店铺|商户|门面|摊位|底商)):"
                          r"(?![东南西北]{1,2}(?:至|到|起))(?=[^:\n]*、)")
_COMMUNITY = re.compile(rf"(?P<name>[{_CJK}]{{2,12}}?(?:社区|村|居委会))(?:{_COUNT})?:(?=\n|$)")
# "西北政法大学雁塔校区(1个)": the count a list gives a place is no part of it ("…、新浦苑等八地" too).
_COUNTED_END = re.compile(r"\((?:共|计)?\d{1,4}个\)$"
                          r"|等[\d一二两三四五六七八九十]{1,4}(?:[个处](?:地区|区域|小区|点位|地点|风险区"
                          # "…、丰都县等7个区县纳入低风险区县", "…等3个街道", "…等5个村"
                          r"|区县|县区|区|县|街道|乡镇|镇街|镇|乡|社区|村|楼栋|栋)?|地)$")
# An area written as its bounds, with 、 or , between them: "东方路以西、曙光路以东、同兴街以南、孔河以北围合
# 区域", "昆仑路以东,桐柏路以西,陇海路以南,汝河路以北区域", "…南向果园以西(…除外)".
# Inside a run a road may be written without its direction ("A路以东、B大道以南、C大道,D街以西、E街以北(除…外)"):
# the run still is one area. A side may be between two directions: "A路以北、B路以东北,C路以北、D大道以西".
# The bounded area may be shared by what is listed in front of it with 、: villages counted before the bounds
# ("谢安、安平两村东至A路,南至B路,…交汇区域"), villages the first bound starts in ("青龙村、韩山村三丈浦以东、
# 奚浦塘以西、…区域"), or roads that make the first bound together ("华芳南路、X202以东,华妙河、华芳路以南,…区域").
_PIECE = r"[^,、;。\n()]"
_SHARED_BOUND_FRONT = (
    rf"(?:(?:{_PIECE}{{1,12}}?、){{1,3}}(?={_PIECE}{{1,8}}?[两二三四五六七八九十\d]个?(?:村|社区|小区|组)[东南西北]{{1,2}}(?:至|到|抵))"
    rf"|(?:{_PIECE}{{2,12}}?(?:村|社区)、){{1,3}}(?={_PIECE}{{1,12}}?(?:村|社区){_PIECE}{{1,30}}?以(?:[东西][南北]?|[南北])[,、])"
    rf"|(?:{_PIECE}{{1,30}}?(?:路|道|街|巷|河|江|渠|线|桥|[A-Z]\d{{1,4}})、){{1,2}}"
    rf"(?={_PIECE}{{1,30}}?以(?:[东西][南北]?|[南北])[,、]))?")
_BOUND_RUN = re.compile(
    _SHARED_BOUND_FRONT + r"(?:"
    r"(?:(?:[^,、;。\n()]|\([^()]*\)){1,30}?以(?:[东西][南北]?|[南北])(?:\([^()]*\))?[,、]"
    r"(?:[^,、;。\n()]{1,12}?(?:路|道|街|巷|河|江|渠|线)[,、](?=[^,、;。\n()]{1,30}?以(?:[东西][南北]?|[南北])))?){1,7}"
    # (the last bound's note, then the area's word: "…、D房屋以北(含D房屋)合围区域")
    r"(?:[^,、;。\n()]|\([^()]*\)){1,30}?以(?:[东西][南北]?|[南北])(?:[^,、;。\n()]{0,12}(?:\([^()]*\)[^,、;。\n()]{0,8})?"
    # (the rest of the bounded area but its levels: "…D路以北(湖菱桥村)中除封控区外的其他区域")
    r"|(?:\([^()]*\))?(?:中|内)?除[^,、;。\n()]{1,24}?(?:以外|之外|外)的?(?:其他|其它|其余|所有|全部)?(?:区域|地区|范围))"
    r"(?=[,、;。\n]|$)"
    # "甘岸街道办事处中心镇区,淮河以北,甘长路以西,二郎南路以南,明寨街以东", "以A广场为中心,B国道以西,C河以北,
    # D路以南": an area named (or centred on a landmark), then three bounds or more after commas, each "…以X"
    r"|(?:[^,、;。\n()]|\([^()]*\)){2,30}?,(?:(?:[^,、;。\n()]|\([^()]*\)){1,30}?以(?:[东西][南北]?|[南北]),){2,7}"
    r"(?:[^,、;。\n()]|\([^()]*\)){1,30}?以(?:[东西][南北]?|[南北])[^,、;。\n()]{0,12}(?=[;。\n]|$)"
    r"|[^,、;。\n()]{0,12}?(?:[东南西北](?:至|到|抵)[^,、;。\n()]{1,25}[,、]){1,7}[东南西北](?:至|到|抵)[^,、;。\n()]{1,30}?"
    r"(?:区域|范围|片区)(?:,除[^,、;。\n()]{1,12}(?:以外|之外|外)的?(?:区域|范围))?(?=[,、;。\n]|$)"
    # (a road's section in brackets: "长滨路(永桂村段)、长潭街、时代城小区围墙合围区域")
    r"|(?:(?:[^,、;。\n()]|\([^()]*\)){1,25}?、){1,7}[^,、;。\n()]{1,30}?(?:合围|围合|围成)的?(?:区域|范围|片区)"
    # (the area's exception after it: "A路、B路、C路、D路围合区域(封控区除外)")
    r"(?:\([^()]*\))?(?=[,、;。\n]|$)"
    # "A村,东至B路,南至C街,西至D河" and "西南段自A路(…)至B路,北至C巷,东南至D(除…外)": a place or a first
    # bound, then bounds after commas, each starting with its direction
    # ("A片区:北以B路为界,东以C为界": a bound written "以…为界" is one too)
    # ("东到A路,南到B街": 到 and 抵 write 至)
    # (a bound may list several points with 、: "南至A弄14-1、79弄3号", "东至B路、C弄", when a comma and the next
    # direction follow)
    r"|(?:(?:[^,、;。\n()]|\([^()]*\)){0,20}?[东南西北]{1,2}(?:至|到|抵)"
    r"(?:[^,、;。\n()]|\([^()]*\)|、(?![东南西北]{1,2}(?:至|到|抵)|以及)){1,80}(?=,[东南西北])"
    r"|(?:[^,、;。\n()]|\([^()]*\)){1,40}?)[,、][东南西北]{1,2}(?:至|到|抵|自|起|以(?=[^,、;。\n]{1,30}为界))"
    r"(?:(?:[^,、;。\n()]|\([^()]*\)|、(?![东南西北]{1,2}(?:至|到|抵)|以及)){1,80}(?=,[东南西北])"
    r"|(?:[^,、;。\n()]|\([^()]*\)){1,40}?)"
    r"(?:[,、](?:[东南西北]{1,2}(?:至|到|抵|自|起|以(?=[^,、;。\n]{1,30}为界))|以及)"
    r"(?:(?:[^,、;。\n()]|\([^()]*\)|、(?![东南西北]{1,2}(?:至|到|抵)|以及)){1,80}(?=,[东南西北])"
    r"|(?:[^,、;。\n()]|\([^()]*\)){1,40}?)){0,7}"
    r"(?=[,、;。\n]|$)"
    # "A胡同西、B胡同东C大街4号": a place located by roads, each written with a bare direction (no 以), the place
    # after the last; the directions differ (two places "A路东、A路东10号" would not). Not rivers: "大河西、大河东村"
    # may be two villages
    r"|(?:[^,、;。\n()]|\([^()]*\)){1,20}?(?:路|街|巷|弄|胡同|道)(?P<bare_dir>[东南西北])侧?、"
    r"(?:[^,、;。\n()]{1,12}?(?:路|街|巷|弄|胡同|道)[东南西北]侧?、){0,2}"
    r"[^,、;。\n()]{1,12}?(?:路|街|巷|弄|胡同|道)(?!(?P=bare_dir))[东南西北]侧?"
    r"(?:[^,、;。\n()]|\([^()]*\)){1,30}?(?=[,、;。\n]|$))")


_STREET_FIRST = re.compile(rf"[{_CJK}]{{2,8}}?(?:街道|(?<!小)镇|乡)(?!办)")  # not "莱卡小镇", a compound
_BOUND_PART = re.compile(r"(?:以(?:[东西][南北]?|[南北])|以内)$")
_BOUND_END = re.compile(r"(?:以(?:[东西][南北]?|[南北])|以内|围合)的?(?:区域|范围|地区)(?:范围)?内?$"
                        r"|(?:以外|之外|外)的?(?:其他|其它|其余)?(?:区域|地区)$|外的?[^、]{1,12}全域$")


# A bare part of the place before it: buildings, units, a village's groups ("1组、2组", "4队、5队"), ranges of
# letters ("A1-A2、B-D栋、5-7栋区域"); the last part may close the run with 区域 or add a place with 以及
# ("大源村4队、5队、7队以及大源山庄(除高风险区域外)": the run of units and the place named after it are one).
# (a building may follow the compound's section it is in: "天顺园6组团607栋、10组团1020栋", "二期3栋"; a section
# named by its kind of housing too: "A小区别墅区20栋、小高层区59栋")
_BARE_SUB = re.compile(
    r"^(?:第?(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[A-Z])(?:组团|期|区)(?=第?[A-Z\d])"
    r"|(?:小高层|高层|多层|洋房|花园洋房|别墅|叠拼|联排|独栋|商住|住宅)区(?=第?[A-Z\d]))?"
    r"(?:第?(?:[A-Z甲乙丙丁]?\d+(?:[-—~][A-Z]?\d+)?|[A-Z](?:[-—~][A-Z])?)(?:号楼|号院|栋|幢|座|单元|号|层|户|房|组|队)"
    r"(?:之[一二三四五六七八九十]|[A-Z\d号楼院栋幢座单元层户房及上下各两共以至-]|[一二三四五六七八九十]{1,2}(?=层))*"
    # the kind of building after the last number: "1号、2号、5号独栋以及…仓库", "3号、4号厂房"
    r"(?:独栋|别墅|厂房|仓库|商铺|门面|门店|宿舍|平房|民房|自建房|住宅楼?)?"
    r"(?:区域|范围|片区|平房区|住宅区)?(?:(?:以及|及|和)[^、,;。]+)?|[一二三四五六七八九十]{1,3}(?:期|区|组团|组|队|单元)|[A-Z]区"
    r"|\d{1,2}期)"  # "晟华苑小区1期、2期(除1期1号楼外)": the phases of one compound
    r"(?:\([^()]*\))?$")  # "三道河村一组、二组、四组(四至范围为…)": the run's bounds in brackets after its last part
_SUB_END = re.compile(r"[\u4e00-\u9fffA-Za-z].*"
                      r"(?:\d|号楼|号院|栋|幢|座|单元|层|户|房|号|期|组|队|[一二三四五六七八九十]|[A-Z]区)"
                      r"(?:区域|范围|片区|平房区|住宅区)?"
                      r"(?:\((?:除|不含|不包括)[^()]*\))?$")  # "A小区1栋(除4单元)、2栋": a part with its exception
# A line starting with the end of a place's word (a kind or a unit): the rest of a name a newspaper broke.
_WORD_ENDING_START = re.compile(r"^(?:小区|社区|花园|家园|楼|栋|幢|座|单元|号|室|层|户|期|区(?!域))")


def _bare_subs(place: str) -> bool:
    """Parts without a name of their own, alone or already run together ("2栋、29栋")."""
    return all(_BARE_SUB.match(part) for part in place.split("、"))


# "且不少于50米范围内", "含…": a clause that goes on with the place before it.
# (Not 并 or 含 alone: "并州花园", "含光小区" are names.)
_CLAUSE = re.compile(r"^(?:且|并且|及其|不含|包括)|^[一二三四五六七八九十\d]{1,3}(?:巷|弄)\d")
# "A大厦1楼商铺、2-3层茶叶市场": after a place on a building's floor, a part that starts with floors of its own
# (no name in front: a place is not named by a floor) is more of the same building.
_FLOOR_PART = re.compile(r"^\d{1,3}(?:[-—~至]\d{1,3})?(?:层|楼)(?![\d号栋幢座])")
_ON_FLOOR = re.compile(r"\d(?:层|楼)|[一二三四五六七八九十]层|底商|商铺")


# "鸿禾公寓及南侧1号、2号、3号别墅": bare numbers, the kind of building written once after the last of them.
_SHARED_KIND = re.compile(r"第?\d{1,4}(?:号|栋|幢|座)(?:别墅|厂房|仓库|商铺|门面|门店|宿舍|平房|民房|自建房|住宅楼?)")


def _floor_part(previous: str, place: str) -> bool:
    return bool(_FLOOR_PART.match(place) and _ON_FLOOR.search(previous))


# Bounds written "东至A、南至B、西至C、北至D(围成/合围)区域": one area.
_BOUND_TO = re.compile(r"^[东南西北](?:至|到|抵)")  # "北到A街、西到B路…": 到 and 抵 write the same bound
_BOUND_TO_END = re.compile(r"(?:围成|合围|围合)?的?(?:区域|范围|片区|地块)(?:范围)?内?$")


# A place, then 除 and the first of its excepted parts, the exception not yet closed by 以外 / 外.
_OPEN_EXCEPT = re.compile(rf"[{_CJK}]{{2}}除(?:第?[\dA-Z一二三四五六七八九十]+[^除外()、,]{{0,8}})$")
_EXCEPT_CLOSED = re.compile(r"(?:以外|之外|外)的?(?:其他|其它|其余)")

# "康宁巷、康南巷自建房片区", "人民路、解放路沿线区域": bare roads before a road with an area word share it.
_BARE_ROAD = re.compile(rf"[{_CJK}]{{1,8}}(?:路|街|巷|弄|胡同)")
_ROAD_AREA = re.compile(rf"[{_CJK}]{{1,8}}(?:路|街|巷|弄|胡同)(?:自建房|平房|沿线|沿街|两侧)?"
                        r"(?:片区|区域|平房区|住宅区|商铺)")


# An area written as its bounds, then what it takes in: "…交界以北区域,涉及柴湾社区15组、16组".
_INVOLVES = re.compile(r"(?:涉及|覆盖|涵盖|含盖)(?!面)")
_BOUNDED_AREA = re.compile(r"(?:以(?:[东西][南北]?|[南北])|以内|[东南西北](?:至|到)|合围|围合|围成|之间)"
                           r"[^,、;。]{0,12}(?:区域|范围|片区|地块)(?:范围)?内?$")


_BARE_TOWN = re.compile(r".{2,8}?(?:乡|镇|街道)")
# A town's rest after an exception, also of a part of it set by its bounds: "B镇除管控区以外区域", "B街道部分区域
# (A路以北、C河以南区域)除高、中风险区以外的其他区域".
# (also the levels' areas left out in brackets, "水口镇、滕溪镇(除中高风险区外)": the rest of both towns, one place)
_TOWN_EXCEPT = re.compile(r".{2,8}?(?:乡|镇|街道)(?:(?:的?(?:部分区域|部分地区|部分|区域)(?:\([^()]*\))?)?除.*外"
                          r"|\(除[^()]*(?:风险|封控|管控|防范)[^()]*(?:以外|之外|外)\))")


# "湖菱桥老村菱莲路1号、3号、5号、32号、湖菱路29号": a run of house numbers on one road (two or more already joined),
# then a bare road with its number: the numbers of one place go on on the next road.
_HOUSE_NUMBERS_RUN = re.compile(r"(?:路|街|巷|弄|道)\d{1,4}号(?:、\d{1,4}(?:[-—~至]\d{1,4})?号)+$")
_ROAD_HOUSE = re.compile(rf"[{_CJK}]{{1,8}}(?:路|街|巷|弄|道)\d{{1,4}}(?:[-—~至]\d{{1,4}})?号")


# "遂城街道、附城镇的县城区域(除高风险区外)": after bare towns, the last town with the area they share ("的县城区域",
# "部分区域", "城区范围"): one place across the towns.
# (not "A乡、B镇所辖行政区域": the area each town governs is the towns themselves)
_TOWNS_AREA = re.compile(rf".{{2,8}}?(?:乡|镇|街道)的?(?!所辖|辖|行政|全)[{_CJK}]{{0,4}}?(?:区域|地区|范围|片区)"
                         rf"(?:\([^()]*\))?")


# "润河镇华莱士、蜜雪冰城奶茶店所在街道两侧100米": two named spots, then the street or area both are on
# ("所在街道两侧100米", "所在路段", "所在街区"): one place, the spot before the 、 shares the tail (names only,
# no house numbers). A building ("A中学、B超市所在楼宇") holds only the spot named with it.
_SHARED_WHERE = re.compile(r"^[^\d、,所]{2,14}?所在的?(?:街道|道路|路段|街区|区域|片区|商圈|街|路)"
                           r"[^、,]*$")
_NAMED_SPOT = re.compile(rf"^[{_CJK}]{{2,16}}$")
# A bound still open at the end of a place ("北至A街,…,东至B大街") and the road names that go on with it.
_OPEN_LAST_BOUND = re.compile(r"(?:^|[,、])[东南西北](?:至|到|抵)[^,、;至到抵]{1,20}$")
_ROAD_NAME = re.compile(rf"[{_CJK}]{{1,8}}?(?:大街|大道|路|街|巷|弄|胡同|道)")


_UNITS_RUN_END = re.compile(r"\d(?:栋|幢|座|号楼)\d{1,2}单元(?:、\d{1,2}单元)+$")
_BUILDING_UNITS = re.compile(r"\d{1,4}(?:栋|幢|座|号楼)\d{1,2}单元(?:、\d{1,2}单元)+")


def _join_bounded(places: list[str]) -> list[str]:
    """Put back together what the 、 inside one place split: an area written as its bounds
    ("精营西边街以东、精营中横街以南、…以北区域"), "除封控区、管控区以外的其他区域", and a run of
    sub-places of one compound ("煤干院小区18、19号院", "北张住宅小区C区4号楼、5号楼"), which
    offices count as one place."""
    joined: list[str] = []
    i = 0
    while i < len(places):
        if joined and _INVOLVES.match(places[i]) and _BOUNDED_AREA.search(joined[-1]):
            i += 1  # "A路以西、B河以北区域,涉及C社区15组、16组": what the area takes in explains it, no places
            while i < len(places) and _BARE_SUB.match(places[i]):
                i += 1
            continue
        # (a building with its run of units after another is the next building, a place of its own: "A小区27栋
        # 4单元、5单元,26栋1单元、2单元"; bare buildings go on: "A小区5栋、7栋(除1单元)、8栋、9栋")
        if joined and ((_bare_subs(places[i]) and _SUB_END.match(joined[-1])
                        and not (_UNITS_RUN_END.search(joined[-1]) and _BUILDING_UNITS.fullmatch(places[i])))
                       or _CLAUSE.match(places[i])
                       or _floor_part(joined[-1], places[i])
                       or (_SHARED_KIND.fullmatch(places[i]) and re.search(r"\d(?:号|栋|幢|座)$", joined[-1]))):
            joined[-1] += "、" + places[i]
            i += 1
            continue
        if joined and _SHARED_WHERE.match(places[i]) and _NAMED_SPOT.match(joined[-1]) and "所在" not in joined[-1]:
            joined[-1] += "、" + places[i]  # "A店、B店所在街道两侧100米": where both are, one place
            i += 1
            continue
        if joined and _HOUSE_NUMBERS_RUN.search(joined[-1]) and _ROAD_HOUSE.fullmatch(places[i]):
            joined[-1] += "、" + places[i]  # "A村B路1号、3号、5号、C路29号": the house numbers go on on another road
            i += 1
            continue
        if joined and re.fullmatch(r".{2,8}?(?:乡|镇|街道)", joined[-1]) and (_TOWN_EXCEPT.match(places[i])
                                                                         or _SUB_REST.fullmatch(places[i])
                                                                         or _TOWNS_AREA.fullmatch(places[i])):
            joined[-1] += "、" + places[i]  # "鹏田乡、腾桥镇除管控区以外区域", "A街道、B街道其余区域"
            i += 1
            continue
        if _BARE_TOWN.fullmatch(places[i]):
            j = i  # "A镇、B镇、C镇除高、中风险区以外的其他区域": the rest of all the towns before it, one place
            while j + 1 < len(places) and _BARE_TOWN.fullmatch(places[j + 1]) and j - i < 8:
                j += 1
            if j > i and j + 1 < len(places) and (_TOWN_EXCEPT.match(places[j + 1])
                                                  or _TOWNS_AREA.fullmatch(places[j + 1])):
                joined.append("、".join(places[i:j + 2]))
                i = j + 2
                continue
        if joined and _district_ok(joined[-1]) and re.match(rf"[{_CJK}]{{2,8}}?(?:区|县|市|旗)除", places[i]) \
                and _is_blanket(places[i]):
            joined[-1] += "、" + places[i]  # "桥西区、鹿泉区除上述点位以外的其他区域": the rest of both
            i += 1
            continue
        if _BARE_ROAD.fullmatch(places[i]):
            j = i
            while j + 1 < len(places) and _BARE_ROAD.fullmatch(places[j + 1]) and j - i < 8:
                j += 1
            if j + 1 < len(places) and _ROAD_AREA.fullmatch(places[j + 1]):
                joined.append("、".join(places[i:j + 2]))  # "康宁巷、康南巷自建房片区": the area of both lanes
                i = j + 2
                continue
        if joined and _OPEN_LAST_BOUND.search(joined[-1]) and not _BOUND_TO_END.search(joined[-1]):
            j = i  # "…,东至A大街、B路、C道合围范围内": the last bound runs along several roads to the area's end
            while j < len(places) and _ROAD_NAME.fullmatch(places[j]) and j - i < 8:
                j += 1
            if j < len(places) and _BOUND_TO_END.search(places[j]) and _ROAD_NAME.match(places[j]):
                joined[-1] += "、" + "、".join(places[i:j + 1])
                i = j + 1
                continue
        if _BOUND_TO.match(places[i]):
            j = i
            # (each direction is named once: "东至A,…,北至B;东至C,…" are two areas, the second starts again)
            while j + 1 < len(places) and not _BOUND_TO_END.search(places[j]) and _BOUND_TO.match(places[j + 1]) \
                    and j - i < 8 and not re.search(rf"(?:^|[,、]){places[j + 1][0]}(?:至|到|抵)",
                                                    "、".join(places[i:j + 1])):
                j += 1
            if j > i:
                joined.append("、".join(places[i:j + 1]))
                i = j + 1
                continue
        if _OPEN_EXCEPT.search(places[i]):
            j = i  # "万福国际小区除7、8、9栋以外的其他区域": the 、 inside the exception splits nothing
            while j + 1 < len(places) and not _EXCEPT_CLOSED.search(places[j]) and j - i < 8:
                j += 1
            if _EXCEPT_CLOSED.search(places[j]) and j > i:
                joined.append("、".join(places[i:j + 1]))
                i = j + 1
                continue
        whole_run = _BOUND_RUN.fullmatch(places[i]) and re.search("[、,]", places[i])  # a run read whole already
        if (_BOUND_PART.search(places[i]) and not whole_run) \
                or re.match(rf"(?:[{_CJK}]{{2,6}}?(?:区|县|市|旗))?除", places[i]) \
                or re.search(rf"(?:除|内)(?:{_LEVEL_WORD}、)*{_LEVEL_WORD}$", places[i]):  # "A镇除封控区、管控区以外"
            j = i
            while j + 1 < len(places) and not _BOUND_END.search(places[j]) and j - i < 8:
                j += 1
            if _BOUND_END.search(places[j]) and j > i:
                joined.append("、".join(places[i:j + 1]))
                i = j + 1
                continue
        joined.append(places[i])
        i += 1
    return joined


def _mend_breaks(lines: list[str]) -> list[str]:
    """Undo line breaks a newspaper put inside a heading or a district name.

    "新增高风险区42个,分别\\n是:" and "…养殖场。\\n尖草\\n坪区(5个):…" are joined; a break inside a
    list is left to ``_blocks``.
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        here, there = _compact(line), _compact(nxt)
        if nxt and not _ends_with_sep(here) and not here.endswith("。"):
            joined = here + there
            label = _LABEL_COLON.match(there)
            heading_cut = (there.endswith(":") and len(there) <= 12 and not _match_heading(there)
                           and not _match_heading(here) and _match_heading(joined))
            # Only where a list just ended (。) or a heading just opened one: elsewhere a short line
            # before a district is the last place of a one-per-line list.
            above = _compact(out[-1]) if out else ""
            name_cut = (len(here) <= 4 and label is not None and not _top_level_seps(here)
                        and not _ENUM.match(here) and not _BAD_NAME.search(here)
                        and (above.endswith("。")
                             or (above.endswith(":") and _match_heading(above) is not None))
                        and _classify_label(here + label["name"], label["count"], strict=False) is not None)
            if heading_cut or name_cut:
                lines[i + 1] = line + nxt
                i += 1
                continue
        out.append(line)
        i += 1
    return out


# The last clause of a sentence lifting what the sentences before it named: "…,自3月20日9时起,解除封控。"
# The lift has its own day ("自…起", "于…"): "…14天无新增病例后解除封控" is a rule of the measures, no lift.
_PLACELESS_LIFT = re.compile(r"(?:^|[,:])(?:现|已|现已|并)?(?:(?:该|上述|以上)(?:区域|地区|小区)?)?"
                             r"(?:自|于)(?:\d{4}年)?\d{1,2}月\d{1,2}日[^,]{0,10}?,?"
                             r"(?:该|上述|以上)?(?:区域|地区|小区)?(?:予以|正式|全面)?(?:解除|解封|解控)(?:封控|管控|防范|管理|措施|区)*。?$")
# The headline of a notice: "关于划定中风险地区的通告", "XX市关于调整风险区域的公告", "XX市疫情防控指挥部通告(第5号)".
# (a site's tag may stand in front of the title: "【公告原文】关于临沂市莒南县调整风险区的公告")
_TITLE = re.compile(rf"(?:【[^【】]{{1,10}}】)?[{_CJK}()]{{0,30}}关于[^。,:]{{2,60}}(?:通告|公告|通知|通报)"
                    rf"(?:\([^()]{{0,16}}号\))?"
                    rf"|[{_CJK}]{{2,40}}?(?:通告|公告)\(?(?:\d{{4}}年)?第[\d{_CN_NUM}]+号\)?")


_RISK_LEVELS = ("high", "medium", "low")
_ZONE_LEVELS = ("sealed", "controlled", "precaution")
# "(二)阳性检测人员活动场所:A、B" in a list: the label says what kind of places follow, it is no part of them.
_CATEGORY_LABEL = re.compile(r"^[^,、;。:()]{2,16}?(?:场所|地点|点位|场地)(?:\(\d{1,4}个\))?:")


def _enum_style(line: str) -> str | None:
    m = _ENUM.match(line)
    return re.sub(r"[一二三四五六七八九十]+", "N", re.sub(r"\d+", "D", m.group())) if m else None


def _category_item(heading: _Heading, outer: _Heading, line: str, outer_line: str) -> bool:
    """ "二、封控区范围" over "(一)中风险地区:A、B" and "(二)阳性检测人员活动场所:C": an item numbered below
    (in another numbering) a numbered zone's heading (封控区, 管控区, 防范区) that names a risk level says
    which kind of places follow; they take the section's level (the medium-risk areas are sealed)."""
    if not heading.rest or heading.action != "set" or outer.action == "lift" or not outer.level_to:
        return False
    style, outer_style = _enum_style(line), _enum_style(outer_line)
    if style is None or outer_style is None or style == outer_style:
        return False
    # (not a zone under a risk level: "一、高风险区" over "(一)封控区:A" may well set both levels)
    return heading.level_to in _RISK_LEVELS and outer.level_to in _ZONE_LEVELS


# "根据疫情防控需要,现划定:" over "A、B封控区" and "C管控区": each line is places, then the level they are
# designated (the verb is the lead's); also "A、B(封控区)".
_DESIGNATE_LEAD = re.compile(rf"(?:^|[,。])[^,。]{{0,8}}?(?:划定|确定|划分|认定)(?:{_LEVEL}[、和及]?)*(?:范围)?"
                             r"(?:如下[:。]?|:)$")
_LEVEL_AFTER = re.compile(rf"(?P<obj>[^:]+?[^:为是、,(]):?\(?(?P<level>{_LEVEL})\)?[。;,]?")


# "一、封控区" over "A小区4号楼2单元为封控单元,4号楼为封控楼": each part says it is of the section's level
# (a unit, a building, a yard of it); the parts are the places.
_UNIT_LEVEL = re.compile(r"为(?P<w>封控|管控|防范|[高中低]风险)"
                         r"(?:单元|楼栋|楼宇|楼|栋|院落|小区|户|区域|范围|点位|片区|网格)(?=[,、;。]|$)")


def _unit_parts(line: str, level: str | None) -> list[str]:
    """The places of an item whose clauses each say they are of the section's level ("A小区4号楼2单元为封控单元,
    4号楼为封控楼": two places, as written); [] when the line has no such clause."""
    body, _ = _strip_enum(line)
    parts, start = [], 0
    for m in _UNIT_LEVEL.finditer(body):
        if _level_name(m["w"] + "区") != level or _unclosed(body[:m.start()]):
            return []
        parts.append(body[start:m.start()])
        start = m.end() + 1
    if not parts:
        return []
    rest = body[start:].strip(",、;。 ")
    if rest:
        parts.append(rest)  # "…为封控单元,5号楼": a last part without its clause
    return [p for p in parts if p]


# The measures a level heading's first line states before its places ("实行“区域封闭、足不出户”等管控措施").
_LEVEL_MEASURES = re.compile(rf"^(?:{_LEVEL})?(?:严格)?(?:实行|实施|采取|落实|执行)")


# "2个中风险区下调为低风险区,分别为A、B": a sentence that starts with its count has left out its subject, the
# district the sentence before it named.
_COUNT_SUBJECT = re.compile(rf"^(?:[\d{_CN_NUM}]{{1,4}}个)(?:{_LEVEL})")


def _sentence_before_heading(line: str, index: int, outer: str | None) -> tuple[list[_Section], _Heading] | None:
    """ "自3月28日起,A小区1栋由中风险地区调整为低风险地区,同时,解除以下封控区、管控区:": a sentence with its own
    places and level, then (after a comma) the heading of the lists below; the sentence's sections and the
    heading of its last clause, or None when no clause before the heading is such a sentence."""
    for cut in re.finditer(r"[,;。]", line):
        tail = line[cut.end():]
        heading = _match_heading(tail) if _has_keyword(tail) else None
        if heading is None or heading.rest:
            continue
        found = _sentence_sections(line[:cut.start()] + "。", index, outer)
        if found and all(s.places for s in found):
            return found, heading
    return None


# A sentence under a level's heading that ends stating how many areas of that level there are ("…,划定高风险区
# 10个。", "共有中风险区3个。", "本次共划定5个封控区。"): the count of the list below, no item.
_STATED_COUNT = re.compile(rf"(?:^|[,;])(?:本次|此次|现|目前)?(?:共|共计|合计)?(?:划定|新增|确定|认定|有|现有|共有)?"
                           rf"(?:(?P<level>{_LEVEL})(?P<count>\d{{1,4}}|[{_CN_NUM}]{{1,5}})[个处]"
                           rf"|(?P<count2>\d{{1,4}}|[{_CN_NUM}]{{1,5}})[个处](?P<level2>{_LEVEL}))[。;]?$")


# "较低风险的县(市、区)(1个):", "较高风险的乡镇(街道)0个", "无疫街道(乡镇)": the heading of a list at a level of the
# 2020 five-colour scale (or "no outbreak") that none of ours is; its lines are no places of the list above.
_OFF_SCALE_HEADING = re.compile(rf"(?:{_ENUM.pattern})?(?:较高|较低)风险(?:等级)?的?[^,。;:]{{0,16}}?"
                                rf"(?:{_COUNT}|[\d{_CN_NUM}]{{1,4}}[个处])?:?")
# "二、管控要求", "三、演练要求", "四、防控措施": a sibling item that heads rules, times or notes, no place.
# ("四、常态化防控", "五、生活保障", "六、温馨提示": the work that follows the lists)
_SIBLING_OF_RULES = re.compile(r"^[^,。;:]{0,12}(?:要求|措施|时间|期限|事项|说明"
                               r"|防控|防疫|工作|保障|服务|提示|倡议|须知)$")


def _find_sections(lines: list[str]) -> list[_Section]:
    """The sections (a heading and its lines) in order, up to the signature or date under the lists."""
    compact = [_compact(line) for line in lines]
    sections: list[_Section] = []
    current: _Section | None = None
    outer: str | None = None
    summary: str | None = None  # "…等42个封控区调整为管控区。" above "这42个区域包括:"
    signed = False
    loose: list[int] = []
    restated: list[_Section] = []
    designating = False  # under "现划定:", lines "A、B封控区" give their level after the places
    town: str | None = None  # "(一)黄流镇" above sentences with their places: the town of those places
    spoken: str | None = None  # the district the sentence on the line above named for its places
    pointed: tuple[_Heading, int] | None = None  # "将以下区域划定为高风险区" inside a lead sentence, and its line
    for i, line in enumerate(compact):
        nxt = compact[i + 1] if i + 1 < len(compact) else ""
        if signed and _TITLE.fullmatch(line):
            signed = False  # "关于划定中风险地区的通告" under a signature: the page's next notice starts
        if designating and not signed:
            listed = _LEVEL_AFTER.fullmatch(_strip_enum(line)[0])
            if listed and _object_ok(listed["obj"]):
                sections.extend(_Section(_Heading(*_analyze("划定为" + listed["level"]), None, d, listed.group()),
                                         i, last=i, places=places)
                                for d, places in _district_runs(_split_enclosed(listed["obj"]), outer))
                current = None
                continue
            designating = listed is not None  # a blanket ("…以外的区域防范区") keeps the lead's lists going
        if not signed and _DESIGNATE_LEAD.search(line):
            designating = True
            if len({_level_name(m.group()) for m in _LEVEL_RE.finditer(line)}) >= 2:
                current = None  # "现划定封控区、管控区、防范区如下:" names the levels of the lines below: no list's own
                outer = _heading_district(line) or outer  # "福田区在梅林街道划定…如下:" names their district
                continue
        if re.fullmatch(r"\d{1,2}", line) and current is not None and current.lines:
            continue  # "东阳市、义乌市" then "2" alone: a page's big number over its next part, no place
        if not signed and _OFF_SCALE_HEADING.fullmatch(line):
            current = None  # "较低风险的县(市、区)(1个):": a level the notice's scale has and ours not; no list
            continue
        if signed:  # after the signature only a list heading opens a section ("呼和浩特市高风险地区(4个)")
            heading = _match_heading(line)
        else:
            heading = (_match_heading(line) or (_sentence_heading(line, nxt) if current is None else None)
                       or _following_heading(line))
        if heading is None and pointed and current is None and not signed and i - pointed[1] <= 6 \
                and re.match(r"(?:1|一)[、.]|\((?:1|一)\)", line):
            # "…,将以下区域划定为高风险区,按照…;将…划定为低风险区。请…。本通告自发布之日起实施。" then "1、A;
            # 2、B": the list the lead points to follows its closing sentences
            current = _Section(pointed[0], i - 1, [lines[i]], last=i)
            sections.append(current)
            pointed = None
            continue
        if heading is not None or signed:
            pointed = None
        elif current is None and (pointer := _pointer_in_sentence(line)):
            pointed = (pointer, i)
        if heading is None and summary and _INTRO_LINE.search(line) and not _has_keyword(line):
            heading = _Heading(*_analyze(summary), _total(summary) or _total_of_intro(line),
                               _heading_district(summary), summary)
        summary = None
        if heading and not signed and not heading.rest and line.endswith(":"):
            before = _sentence_before_heading(line, i, outer)
            if before:
                sections.extend(before[0])
                heading = before[1]
        if heading and current is not None and _category_item(heading, current.heading, line, compact[current.index]):
            lines[i] = _ENUM.match(line).group() + heading.rest  # the places, at the section's level
            heading = None
        if heading:
            if heading.district is None:
                heading.district = outer
            elif not heading.rest and _match_heading(nxt):
                outer = heading.district  # "福田区在梅林街道划定…如下:" above "一、封控区"
            own = _SENTENCE_TARGET.search(heading.rest) if heading.rest else None
            if own and own.start() > 0 and _analyze(own.group())[2] == heading.level_to \
                    and not _unclosed(heading.rest[:own.start()]) \
                    and _is_blanket(_OBJECT_TAIL.sub("", heading.rest[:own.start()])):
                # "(三)防范区:A县其余地域划定为防范区,所有人不能聚餐": after the level's label, a sentence with
                # its own verb and that level whose object is a blanket lists nothing; what follows is a rule
                current = None
                continue
            current = _Section(heading, i, last=i)
            town = _heading_town(heading.text)
            if town:  # the town's label over its places, as "(一)长堎镇:A、B" writes it
                current.lines.append(f"{town}:{heading.rest}")
            elif heading.rest:
                current.lines.append(heading.rest)
            sections.append(current)
            continue
        found = [] if signed else _sentence_sections(line, i, outer, compact[i - 1] if i else "")
        if found and spoken and _COUNT_SUBJECT.match(_strip_enum(line)[0]):
            for section in found:  # "兴庆区10个高风险区下调为…。2个中风险区下调为…": the subject left out
                if section.heading.district == outer:
                    section.heading.district = spoken
        spoken = next((s.heading.district for s in reversed(found) if s.heading.district != outer), None)
        if found and town:
            for section in found:
                section.places = [p if p.startswith(town) else town + p for p in section.places]
        elif not found:
            town = None
        if found:
            sections.extend(found)
            current = None
            # A lift notice restates what an earlier day designated ("3月4日9时划定A为封控区。…,解除封控。"):
            # the lift without places that follows lifts those places.
            restated = [s for s in found if s.past] if all(s.past for s in found) else []
        if restated and not signed and _PLACELESS_LIFT.search(line):
            for section in restated:
                h = section.heading
                section.heading = _Heading("lift", h.level_to, None, None, h.district, h.text)
            restated = []
        if found:
            continue
        target = _TARGET_RE.search(line)
        # "根据…,经研判,自12月10日起,6个高风险区调整为低风险区。" then "具体名单如下:": the clause with the
        # change heads the list (the sentence as a whole starts like boilerplate)
        clause = re.split(r"[,;]", _last_sentence(line[:target.end()]))[-1] if target else ""
        if target and (not _is_boilerplate(line) or (re.search(r"\d+个|[一二三四五六七八九十两]+个", clause)
                                                     and not _is_boilerplate(clause))):
            summary = _last_sentence(line[:target.end()]) if not _is_boilerplate(line) else clause
        verb_after = _VERB_AFTER.match(line)
        if verb_after and loose and current is None:
            heading = _Heading(*_analyze(verb_after.group()), None, outer, verb_after.group())
            sections.append(_Section(heading, loose[0] - 1, [lines[j] for j in loose], last=loose[-1]))
            loose = []
            continue
        if current is None and not signed and not _has_keyword(line) and not _is_boilerplate(line) \
                and not _date_only(line) and not _org_only(line) and not line.endswith((",", ":")):
            loose.append(i)  # a line outside any list: perhaps a place of a list whose verb comes after it
        elif current is None:
            loose = []
        label = _label_at_start(line)
        # "(一)黄流镇" alone above "1.A村由中风险区调整为低风险区。": a town's section of sentences
        if label and label[1] == len(line) and label[0].sub and not label[0].district and current is None \
                and not signed and _sentence_sections(nxt, i + 1, outer):
            town = label[0].sub
            loose = []
            continue
        if label and label[1] == len(line) and label[0].district and not label[0].sub and (
                _match_heading(nxt) or _following_heading(nxt) or _sentence_sections(nxt, i + 1, None)):
            outer = label[0].district  # "(一)小店区" above its own sections
            current = None
            continue
        if (_date_only(line) or _org_only(line) or _org_broken(line, nxt)) \
                and any(s.lines or s.places for s in sections):
            signed = True  # the signature or date under the lists: only an appendix of lists may follow
            current = None
            continue
        if current is None:
            continue
        # "二、以下区域实行防范区管理" … "三、中心城区除以上…全部解除": an item numbered like the section's own
        # heading that speaks of levels (no district's label) is the section's sibling, not one of its places
        style = _enum_style(line)
        # ("二、调整后风险等级区域" over "(一)高风险区": a part's heading of heading words only, no level, as well)
        if style and style == _enum_style(compact[current.index]) and not current.heading.rest \
                and not label and (_has_keyword(re.sub(r"\([^()]*\)", "", line))
                                   or not _HEADING_VOCAB.sub("", _strip_enum(line)[0].rstrip("。:"))
                                   or _SIBLING_OF_RULES.search(_strip_enum(line)[0].rstrip("。:"))):
            current = None
            continue
        stated = _STATED_COUNT.search(line) if not current.lines and not label and not _ENUM.match(line) else None
        if stated and _level_name(stated["level"] or stated["level2"]) == current.heading.level_to:
            # "(一)高风险区" then "因此轮疫情感染源头不明,…,划定高风险区10个。": the reason and the count, no place
            current.heading.total = current.heading.total or _cn_int(stated["count"] or stated["count2"])
            continue
        own = _SENTENCE_TARGET.search(line)
        if own and own.start() > 0 and not _unclosed(line[:own.start()]) and not _LEVEL_RE.search(line[:own.start()]) \
                and _analyze(own.group())[2] == current.heading.level_to:
            line = _OBJECT_TAIL.sub("", line[:own.start()]).rstrip(",")  # the list's own verb repeated after it
            if _CLOSING_REFERENCE.fullmatch(line):
                # "即日起,将上述区域划定为高风险区。" under its list: the verb over the list, no item; it may name
                # the level the places leave ("…将上述区域风险等级由高风险区调整为低风险区")
                current.heading.level_from = current.heading.level_from or _analyze(own.group())[1]
                current = None
                continue
            lines[i] = line
            label = _label_at_start(line)
        if not label and not current.lines and _LEVEL_MEASURES.match(_strip_enum(line)[0]):
            continue  # "一、封控区" then "实行“足不出户”等管控措施。": the level's measures, its places below
        if not label and _is_boilerplate(line):
            current = None
            continue
        if not label and line.endswith(":") and line.count(",") >= 2 and not _has_keyword(line):
            continue  # "日前,…,对部分区域疫情风险等级进行调整:": a lead sentence opens what follows, no item
        prev = compact[current.last] if current.lines else ""
        prev_label = _label_at_start(prev)
        narrowed = bool(current.heading.level_to and _NARROWED.search(line) and not _LEVEL_RE.search(line)
                        and not _is_boilerplate(line))
        # (a line that is one area written as its bounds, "A村,东至B路,西至C河。", is no inline list)
        if (prev.endswith("。") and not label and not _ENUM.match(line) and not (narrowed and _NARROWED.search(prev))
                and ((prev_label and prev_label[1] < len(prev)) or len(_top_level_seps(prev)) > 1)
                and not _BOUND_RUN.fullmatch(prev[prev_label[1] if prev_label else 0:].rstrip("。"))
                and not _next_street_run(current, line)):
            current = None  # an inline list ended with 。 and something else follows
            continue
        item = _strip_enum(line)[0]
        category = _CATEGORY_LABEL.match(item)
        if category and not label:
            lines[i] = line[:len(line) - len(item)] + item[category.end():]
        if narrowed:
            # not inside a remark: "于庄村(原中风险调整为高风险)"
            lines[i] = _NARROWED.sub(lambda m: m.group() if _unclosed(m.string[:m.end()]) else "", lines[i])
        parts = _unit_parts(lines[i], current.heading.level_to)
        if parts:  # places as they are, not parts of one compound to join again ("2单元、4号楼")
            if current.places is None:
                if current.lines:  # the section goes on in one of the same heading, in the notice's order
                    current = _Section(current.heading, i)
                    sections.append(current)
                current.places = []
            current.places.extend(parts)
            current.last = i
            continue
        if current.places is not None:  # a plain item after items of that kind
            current = _Section(current.heading, i)
            sections.append(current)
        current.lines.append(lines[i])
        current.last = i
    return sections


# "(一)繁阳镇辖区内管控区:A、B", "二、城关街道封控区(3个):": a level's heading that names the town or street
# its places lie in; the town goes with each place.
_TOWN_HEADING = re.compile(rf"(?P<town>[{_CJK}]{{2,8}}?(?:街道|(?<!小)镇|乡))(?:辖区内?|范围内|境内|内)?的?"
                           rf"(?:{_LEVEL})(?:{_COUNT})?")


def _heading_town(text: str) -> str | None:
    m = _TOWN_HEADING.fullmatch(_strip_enum(text)[0])
    return m["town"] if m and _sub_ok(m["town"], strict=True) and not _has_keyword(m["town"]) else None


def _next_street_run(section: _Section, line: str) -> bool:
    """ "封控区:赤城街道A市场。始丰街道B小区;C。福溪街道D…": a level's places grouped by street or town, each
    group ended with 。: a line that starts with a street or town (no level word, no rule) goes on with a list
    whose first item starts with one too."""
    first = _strip_enum(section.lines[0])[0] if section.lines else ""
    body = _strip_enum(line)[0]
    if not (_STREET_FIRST.match(first) and _STREET_FIRST.match(body)) or _has_keyword(line) \
            or _is_boilerplate(line) or _unclosed(line) or _PROSE.search(body):
        return False
    piece = _split_top(body.rstrip("。;"))[0]
    return bool(_BOUND_TO.match(piece[_STREET_FIRST.match(piece).end():]) or _complete_place(piece))


# Words of a sentence about the work, not of a list: "城东街道要做好居民生活保障工作。"
_PROSE = re.compile(r"要|应当|须|请|做好|加强|开展|确保|发现|新增|报告|累计|负责|组织")


# "将中房那里2栋、4栋、5栋调整为中房那里2栋、4栋" under a heading that names a level ("调整高风险区范围"):
# the range of the area becomes what follows 调整为, at the heading's level; the range it had goes.
# (将 may be left out: "跃进村街道:A1栋、2栋调整为A1栋").
_NARROWED = re.compile(r"(?:^|(?<=[:,;.、)]))\s*将?[^,;。:将\n]{1,200}?"
                       r"(?:调整|缩小|缩减|变更|更改|压缩|扩大|扩展)(?:范围)?(?:为|至|成|到)")  # "A片区扩大范围至B片区"


# "兴庆区10个高风险区下调为中风险区,分别为A、B", "金凤区1个中风险区下调为低风险区,为C"
# "截至目前,全市共有中风险地区6个,分别为A、B": a list restated as it stands (the 截至 clause in front).
# "调整后,我省有中风险地区1个,为A": 有 alone after the province, city or district the notice speaks for
_HAS = r"(?:现有|共有|尚有|还有|(?<=[省市区县旗])有)"
_POST_OBJECT = re.compile(rf"^(?:(?:截至|截止)[^,。:]{{0,16}},|调整后,)?"
                          rf"(?P<head>[^,。:]{{0,30}}?(?:{_TARGET_VERB}{_LEVEL}"
                          rf"|{_HAS}{_LEVEL}[\d{_CN_NUM}]+[个处]"
                          # "全区现有12个高风险区,为A,B": the count may come before the level
                          rf"|{_HAS}[\d{_CN_NUM}]+[个处]{_LEVEL})),(?:分别为|分别是|具体为|包括|为)"
                          # the list ends where a clause of another level starts: ";其余124个县均为低风险地区"
                          rf"(?P<obj>.+?)(?=[;。][^;。]*{_LEVEL}|$)")
_VERB_AFTER = re.compile(rf"^(?:为|划为|划定为|调整为|列为|定为){_LEVEL}")
_INTRO_LINE = re.compile(r"^[^,。:]{0,16}(?:包括|如下|具体为|具体是|分别为|分别是|名单如下|具体名单|名单)[::]$")


def _total_of_intro(line: str) -> int | None:
    m = re.search(r"(\d{1,4})个", line)
    return int(m[1]) if m else None


# "解除A小区封控管理", "解除B村3组高风险区管理": the places between 解除 and the level they leave.
# ("即日起解除A、B2个封控区": a time before 解除; a count of the places before their level, "等9个" when the
# notice names only some of them)
_LIFT_OBJECT = re.compile(
    r"(?:^|(?<=[,;:。]))(?:自[^,]{4,30}起,?|(?:自|从)?[^,;。:解]{2,24}?起,?)?(?:有序|全面|逐步)?"
    r"解除(?P<obj>[^,;。:]{2,200}?(?:,[^,;。:解]{2,200}?)*?)"
    # ("解除A、B等36个管控区管控管理", "解除C村2个封控区": a count of the areas before their level, no part of the
    # last place (read by _lift_counted); the level's kind said again before 管理)
    rf"(?P<count>{_AREA_COUNT})?"
    # ("解除A村东至B路,南至C路交汇区域的管控管理措施": 的 before the level, 管理措施 after it)
    # ("解除A街道现有临时管控区域": the level written as 区域)
    r"的?(?P<lv>封控|管控|防范|[高中低]风险)(?P<zone>区域|地区|区)?(?:、(?:封控|管控|防范|[高中低]风险)(?:区域|地区|区)?)*"
    # ("解除A,B、C等11个封控区的封控管理": 的 between the zone and its management)
    r"(?:的?(?:封控|管控|防范)?(?:管理措施|管理|措施))?(?=[,;。]|$)")


# "封控区、管控区全部解封后,防范区(A;B;C)同步解除": a level with its places in brackets, lifted after them.
_LEVEL_LIST_LIFTED = re.compile(rf"(?:^|(?<=[,;:。]))(?P<level>{_LEVEL})\((?P<obj>[^()]{{2,600}})\)"
                                r"(?:也|均|亦|同步|同时|一并|一同|随之|全部|予以)*(?:解除|解封|撤销)"
                                r"(?:封控|管控|防范)?(?:管理|措施)?(?=[,;。]|$)")


# "解除A、B2个封控区以及C等9个管控区": lifts of two levels joined by 以及 (及, 和, 与), the second without its
# own 解除; read as "解除A、B2个封控区,解除C等9个管控区".
_LIFTS_JOINED = re.compile(r"(?P<lv>(?:封控|管控|防范|[高中低]风险)(?:区域|地区|区)(?:管理|措施)?)"
                           r"(?:以及|及|和|与)(?!解除)"
                           r"(?=[^,;。:]{2,200}?(?:封控|管控|防范|[高中低]风险)(?:区域|地区|区)(?:管理|措施)?(?:[,;。]|$))")


def _lift_counted(obj: str, count: str, level: str, after: str) -> str:
    """The places of a lift's object written before their count ("A、B2个", "C等9个"): with 等 the places named
    (the others are not named; not when a list follows, "等42个封控区,具体如下:", which the list names), else
    the places the count agrees with (digits may run on from the last place: "C栋13个" is "C栋1" and 3)."""
    if count.startswith("等"):
        return obj if not re.match(r",?(?:具体|分别|名单)?(?:如下|为|是)?:", after) else ""
    counted = _counted_object(obj + count + level)
    return counted[0] if counted else obj


def _lift_sections(body: str, index: int, outer: str | None) -> list[_Section]:
    """ "解除福保街道众孚新村第2栋封控、管控。", "解除石厦东村第260-262栋、第271栋管控区管理": the places come
    between 解除 and the level they leave."""
    sections: list[_Section] = []
    for m in _LEVEL_LIST_LIFTED.finditer(body):
        obj = m["obj"].strip(",、;")
        if not _object_ok(obj):
            continue
        items = _unit_run_items(obj) or _semicolon_items(obj) or _split_enclosed(obj)
        for district, places in _district_runs(items, outer):
            heading = _Heading("lift", _level_name(m["level"]), None, None, district, m.group())
            sections.append(_Section(heading, index, last=index, places=places))
    for m in _LIFT_OBJECT.finditer(_LIFTS_JOINED.sub(r"\g<lv>,解除", body)):
        obj = m["obj"].strip(",、")
        if m["count"]:
            obj = _lift_counted(obj, m["count"], m["lv"] + (m["zone"] or "区"), body[m.end():])
        obj = _without_summary(obj)
        if not obj or not _object_ok(obj) or re.fullmatch(r"[^,、]{0,6}(?:区域|地区)", obj):
            continue
        if _division_only(obj):
            continue  # "从3月26日零时起解除柳江区全域管控": the whole district, a blanket
        if re.search(r"(?:临时|防外溢|防扩散|现有)$", obj) and m["lv"] in ("封控", "管控"):
            obj += m["lv"] + (m["zone"] or "区")  # "解除二七区防外溢临时管控区": the zone's name ends with its level
        for district, places in _district_runs(_unit_run_items(obj) or _split_enclosed(obj), outer):
            heading = _Heading("lift", _level_name(m["lv"] + "区"), None, None, district, m.group())
            sections.append(_Section(heading, index, last=index, places=places))
    return sections


_EXTEND = re.compile(rf"(?P<level>{_LEVEL})(?:\([^()]*\))?的?(?:范围|区域)(?:扩大|扩展|延伸)(?:至|为|到)"
                     rf"(?P<obj>[^,;。]+)")


# A news report's sentence on an earlier notice ("此前,根据…"; not "此前划定的A…", which the notice changes).
_EARLIER = re.compile(r"^(?:此前|之前|在此之前|早前|此外,此前)(?:一天|一日|\d{1,2}月\d{1,2}日)?,")


# A whole city or district at a level it keeps or is left at: "调整后,荆州市全域为低风险区" (after the changes),
# "惠州大亚湾开发区全域仍为低风险区(高风险区除外)" (仍, 依然: it stays; an exception after the level: its rest).
# The rest of the city, no place; a whole district the notice changes ("将藁城区全域调整为中风险地区") is one.
_WHOLE_OF_DIVISION = re.compile(r"^(?P<head>[^,、;]*?)(?:全域|全境)(?:范围)?内?"
                                r"(?P<tail>(?:仍然|仍|依然|继续|也|均|都)*)$")
_STAYS = re.compile(r"仍|依然|继续")
# Every division of a province or city at once: "陕西省所有县(市、区)均为低风险地区", "全省各区县", "其余
# 所有乡镇(街道)": a blanket over the divisions, no place.
_DIVISION_WORD = r"(?:县|区|市|旗|乡|镇|街道|乡镇|镇街|区县|县区|县市|市县)"
_DIVISIONS_NOTE = rf"\((?:{_DIVISION_WORD}|[、/])+\)"  # "(市、区)"
# (各 with a pair or a note only: "A花园各区" may be a compound's parts)
_ALL_DIVISIONS = re.compile(rf"(?:(?:所有|全部)的?{_DIVISION_WORD}(?:[、/]?{_DIVISION_WORD})*(?:{_DIVISIONS_NOTE})?"
                            rf"|各{_DIVISION_WORD}(?:(?:[、/]?{_DIVISION_WORD})+|{_DIVISIONS_NOTE}))"
                            r"(?:均|已|全部|都|也|仍|仍然|依然)*$"
                            # "全省117个县(市、区)全部为低风险地区": the divisions counted, then 全部 / 均 (all of them)
                            rf"|[\d{_CN_NUM}]{{1,4}}个{_DIVISION_WORD}(?:[、/]?{_DIVISION_WORD})*(?:{_DIVISIONS_NOTE})?"
                            r"(?:均|已|全部|都|全都|也|仍)*(?:均|全部|都|全都)$")


def _whole_state(obj: str, after_changes: bool, after_level: str) -> bool:
    whole = _WHOLE_OF_DIVISION.match(obj)
    if whole is None or not _whole_division(whole["head"]):
        return False
    return after_changes or bool(_STAYS.search(whole["tail"])) or bool(re.match(_EXCEPTION_NOTE, after_level))


# "A镇“B村”,C镇“D店”、“E街”", "A镇“B村、C村”": an object of several parts in quotation marks, each part
# (or the list it holds) after a town written once or after a separator.
_QUOTED_PARTS = re.compile(r"(?:\s*[^“”,、;:\s]*\s*“[^“”]+”\s*[,、;]?)+")


# The measures a level's clause ends with, before the next clause's object: "A划定为高风险区,实行“足不出户、上门
# 服务”管控措施;B、C为中风险区" (also "采取…措施", "落实…要求").
_MEASURES_CLAUSE = re.compile(r"^,(?:并|严格|继续|依规|依法|统一)*(?:实行|实施|采取|落实|执行)[^;。]*[;。]")


# "A镇、B镇、C街道3个镇街共75个封控区、27个管控区,达到解除条件,已经全部解除封控管控": places (here towns) named
# by a list that closes with a count of them and the counts of the areas they hold, lifted by a later clause of the
# same sentence; each place is lifted (a town stands for the areas in it). The count of the places, when given,
# must be the number named.
_COUNTED_AREAS = re.compile(
    rf"(?:^|(?<=[,:;。]))(?P<obj>[^,;。:]{{2,400}}?)"
    rf"(?:等?(?P<n>[\d{_CN_NUM}]{{1,3}})[个处](?:{_SUMMARY_KIND}|镇街|街镇|村街|村社|社区\(村\)))?的?"
    rf"(?P<total>共有|共计|合计|共|计)?"
    rf"(?P<counts>[\d{_CN_NUM}]{{1,4}}[个处](?:临时)?(?P<level>{_LEVEL})"
    rf"(?:(?:[、和及与,]|以及)[\d{_CN_NUM}]{{1,4}}[个处](?:临时)?{_LEVEL})*)(?=[,;。]|$|已|均|全部|现)")
# the clause that lifts them: "已经全部解除封控管控", "于4月2日起全部解除", "现已解封" (not "达到解除…的标准和条件",
# "尚未解除": a condition, a negation)
_COUNTED_AREAS_LIFTED = re.compile(r"^(?:截至|截止|自|于|从)?[^,;。]{0,16}?(?<![未不没])"
                                   r"(?:已经|已|均|都|全部|全面|一并|同步|同时|予以|正式|有序|现|依次)*"
                                   r"(?:解除|解封)(?:封控|管控|防范|[高中低]风险|、)*(?:区域?|管理|措施)*$")


def _counted_areas_lift(body: str, index: int, outer: str | None) -> list[_Section]:
    """Sections of "A镇、B镇2个镇街共75个封控区、27个管控区,…,已经全部解除封控管控" (see _COUNTED_AREAS)."""
    for m in _COUNTED_AREAS.finditer(body):
        obj = m["obj"]
        items = _split_enclosed(obj)
        n = _cn_int(m["n"]) if m["n"] else None
        if n is not None and n != len(items):
            continue
        if n is None and not m["total"] and len(m["counts"].split("个")) == 2 \
                and _cn_int(re.match(rf"[\d{_CN_NUM}]+", m["counts"])[0]) != len(items):
            continue  # "A、B2个封控区": without 共 a lone count is that of the places named
        if not _object_ok(obj) or _TARGET_RE.search(obj):
            continue
        rest = body[m.end():].split("。")[0]
        clauses = re.split(r"[,;]", rest)
        if not any(_COUNTED_AREAS_LIFTED.match(c) for c in clauses) or _TARGET_RE.search(rest):
            continue
        return [_Section(_Heading("lift", _level_name(m["level"]), None, None, district, m.group()),
                         index, last=index, places=places)
                for district, places in _district_runs(items, outer)]
    return []


# "副区长通报:依据最新流调排查和核酸检测结果,经综合评估,A楼划定为封控区": clauses giving the grounds (依据 /
# 根据 / 按照 / 经 … 结果 / 评估 / 研判 / 决定 …) between the object's start and its places are no places.
_REASONS_FIRST = re.compile(r"^(?:(?:依据|根据|按照|结合|基于|经)[^,;:。]{0,40}?"
                            r"(?:结果|规定|要求|需要|评估|研判|研究|决定|同意|批准|意见|情况|形势|分析|会商|论证)"
                            r"后?,)+")


# A title, maybe after its issuer: "关于解除A小区封控的通告", "兰山区关于解除封控区、管控区、防范区的通告"
# (the issuer a district or office, no punctuation before 关于).
_ISSUER_TITLE = re.compile(rf"^(?:[{_CJK}()]{{0,30}}?(?:{_DIST_SUFFIX}|{_ORG_SUFFIX}))?关于")


def _sentence_sections(line: str, index: int, outer: str | None, before: str = "") -> list[_Section]:
    """Sections of a sentence that holds its places: one per target level and district named in front
    (``before``: the sentence above it, which "以上区域" may point back to)."""
    if _ISSUER_TITLE.match(line) and line.rstrip("。").endswith(("通告", "公告", "通知")):
        return []  # a title names what the notice is about; its lists follow
    body, numbered = _strip_enum(line)
    if _EARLIER.match(body):
        return []  # "此前,…决定自8月10日0时起,将A由中风险地区调整为低风险地区": what an earlier notice did
    extended = _EXTEND.search(body)
    if extended and _object_ok(extended["obj"]):
        # "将划定的高风险地区(A、B)范围扩大至同安区新民镇": the area it grows to takes the level
        return [_Section(_Heading("set", None, _level_name(extended["level"]), None, d or outer, extended.group()),
                         index, last=index, places=places)
                for d, places in _district_runs(_split_enclosed(extended["obj"]),
                                                _heading_district(body[:extended.end("level")]) or outer)]
    if "解" in body and (counted := _counted_areas_lift(body, index, outer)):
        return counted
    if not _SENTENCE_TARGET.search(body) and "解除" in body:
        return _lift_sections(body, index, outer)
    subjects = _subject_sections(body, index, outer)
    if subjects:
        return subjects
    after = _POST_OBJECT.search(body)
    if after:
        head, obj = after["head"], after["obj"].strip(",、;。")
        found = _front_district(head + "X")
        district = found[0] if found else (_heading_district(head) or outer)
        if obj and _object_ok(obj):
            runs = _district_runs(_split_enclosed(obj), district)
            total = _total(head) if len(runs) == 1 else None  # a total over several districts is no run's count
            return [_Section(_Heading(*_analyze(head), total, d or district, head), index, last=index,
                             places=places) for d, places in runs]
    sections: list[_Section] = []
    start = 0
    # "将南岗区A调整为中风险区;B调整为低风险区": within one sentence the district named holds on
    said: str | None = None
    then_end = -1  # the end of the clause after a lift that gave its places their level
    for m in _SENTENCE_TARGET.finditer(body):
        if _unclosed(body[:m.start()]):
            continue  # "于庄村(原中风险调整为高风险)": a remark in brackets
        if re.search(r"除[^,;。:除]{0,60}$", body[:m.start()]) and re.match(r"(?:以外|之外|外)", body[m.end():]):
            continue  # "…所围合除划入封控区以外的区域仍为管控区": an exception inside the place, no target
        if m.start() < then_end:
            start = m.end()
            continue  # ",并调整为低风险区" after "A解除封控管理": read with the lift, it names no place
        head = body[start:m.start()]
        if start and (measures := _MEASURES_CLAUSE.match(head)):
            head = head[measures.end():]  # "A为高风险区,实行…管控措施;B为中风险区": B starts after the measures
        elif start and (managed := re.match(r"(?:管理|管控|措施)[,;]", head)):
            head = head[managed.end():]  # "A调整为管控区管理,B调整为防范区管理": the word ends the clause before
        # not inside brackets: "黄河街七中九小段(南起平安东路,北至…)" is one place, its 起 starts nothing
        starts = [s for s in _OBJECT_START.finditer(head) if not _unclosed(head[:s.start()])]
        obj = _REASONS_FIRST.sub("", head[starts[-1].end():] if starts else head)
        if starts and starts[-1].group() == "将" and _WILL_AT_TIME.fullmatch(obj):
            # "海甸岛将于8月28日10时至29日凌晨1时实行静态管理": 将 says "will" before a time; the place is the
            # subject in front of it (the clause before the comma)
            obj = re.split(r"[,:;]", head[:starts[-1].start()])[-1]
        chain = _LIFT_CHAIN.search(head, 0, starts[-1].start()) if (
            (m["lift"] or m["lift2"]) and starts and starts[-1].group() == "对") else None
        start = m.end()
        if not (m["lift"] or m["lift2"]) and _DIVIDED_INTO.match(body, m.end()):
            continue  # "将A镇划定为高风险区和低风险区二类区域": A is divided into areas of those levels
        if re.search(r"(?:全域|全境|(?:所有|全部)(?:区域|地区))(?:均|已|全部|都)+$", obj) or _ALL_DIVISIONS.search(obj):
            continue  # "调整后,成都东部新区全域均为低风险地区", "宿迁市所有区域均为…": the state after the notice
        if _whole_state(obj, bool(starts) and starts[-1].group() == "调整后,", body[m.end():]):
            continue
        # "截至目前,A市均为低风险区": a whole division, all of it (均, 都) at the level, is the state after the
        # notice, a blanket (no 将 or 对 makes it the object of a change)
        every = re.fullmatch(r"(?P<head>[^,、;]+?)(?:均|都|全部|全都)", obj.strip())
        if (not starts or starts[-1].group() in ("目前,", "调整后,")) and every \
                and _whole_division(every["head"].strip()):
            continue  # "调整后,荆州市全域为低风险区", "A开发区全域仍为低风险区(高风险区除外)": the state
        if (m["lift"] or m["lift2"]) and (whole := _WHOLE_OF_DIVISION.match(obj.strip(",、"))) \
                and _whole_division(whole["head"]):
            continue  # "不再将柳江区全域设为防范区" (read as a lift): a whole district leaves its level, a blanket
        # "将“A县B镇C村”划为高风险区", "将A县B镇“C村、D村”2个村划分为中风险区": the quotation marks set the
        # object off (no part of a place), a count of the kind after them counts the places named
        quoted = re.fullmatch(rf"(?P<pre>[^“”,、;]*)“(?P<inner>[^“”]+)”(?:(?P<n>[\d{_CN_NUM}]+)[个处]"
                              r"(?:村|组|小区|社区|区域|地区|地点|场所|点位|楼栋|单位|街道|乡镇|镇)?)?", obj)
        if quoted and (not quoted["n"] or _cn_int(quoted["n"]) == len(_split_enclosed(quoted["inner"]))):
            obj = quoted["pre"] + quoted["inner"]
        elif _QUOTED_PARTS.fullmatch(obj):
            obj = re.sub(r"\s*[“”]\s*", "", obj)  # "A镇“B村”,C镇“D店”、“E村、F村”": each part set off
        counted = _counted_object(obj)
        origin, by_comma = "", False
        if counted:
            # "A、B等2个高风险区降为中风险区": the places and where they come from ("A、B等42个封控区…"
            # with two places named is a summary of a list below)
            obj, origin, by_comma = counted
        else:
            obj = _without_summary(obj)
        if not origin and starts and starts[-1].group() in ("将", "把") and (
                former := _former_level_front(obj) or _former_level_back(obj)):
            obj, origin = former  # "将丰润区高风险区A村调降为中风险区": the level A leaves, no part of it
        obj = _REFERENCE.sub("", _OBJECT_TAIL.sub("", obj.strip(",、;。")))
        # "A、B,以上区域由中风险区调整为低风险区": the list, then a reference back to it, in one sentence
        listed_before = _LIST_THEN_REFERENCE.search(obj)
        if listed_before and not _listed_first(obj[:listed_before.start()]):
            listed_before = None  # "解除管控后,以上区域转为防范区": a time, not a list, before the reference
        if listed_before:
            obj = obj[:listed_before.start()]
        if m.group().startswith("由"):
            obj = _LEFT_LEVEL.sub("", obj)
        obj = _OFF_SCALE_FROM.sub("", obj)  # "A镇由较低风险转为低风险": a level of the five-colour scale left
        # "2022年3月4日9时划定A为封控区": the date and the verb are no part of the place; the date (no 起)
        # tells of an earlier day.
        past = _PAST_DESIGNATION.match(obj)
        if past:
            obj = obj[past.end():]
        else:  # "划定A为封控区", "新增A为中风险地区" (not "将新增病例所在的A小区调整为…": there 新增 is no verb)
            verbs = "新增|划定|确定|认定" if m.group().startswith("为") else "划定|确定|认定"
            obj = re.sub(rf"^(?:{verbs})(?=.)", "", obj)
        if starts and starts[-1].group() in ("将", "把"):
            obj = re.sub(r"(?<=.)新增$", "", obj)  # "将A新增为中风险地区"
        conditioned = _conditioned_subject(obj)
        if conditioned:
            obj = conditioned  # "A、B,C连续7日无新增本土病例,即日起降为中风险区": the places the condition is about
        if _BACK_REFERENCE.fullmatch(obj) and (subject := _subject(body) or _subject(before)):
            # "A村近14天内无新增病例,…,该地区调整为低风险地区"; "截至12月3日,A、B连续5天无新增感染者。现将以上
            # 区域由高风险区调整为低风险区。": the places the sentence (or the one above it) is about
            obj = subject
        if not (starts or numbered or sections or listed_before or conditioned) and "," in obj:
            # "3月3日进行动态评估,相较于3月1日,A镇由较低风险转为低风险": without a start the object runs back
            # over the pieces between commas that name places, not over the clauses of time before them
            obj = _places_at_end(obj)
        explicit = (bool(starts) or numbered or bool(sections) or bool(listed_before)
                    or _front_district(obj) is not None or bool(conditioned))
        # "A楼,B楼、…、C村8队新增为高风险区": a long list with its verb after it, each part a whole place
        items = _split_enclosed(obj)
        explicit = explicit or (len(items) >= 3 and all(_complete_place(item) for item in items))
        if body[max(0, m.start() - 1):m.start()] == "被" and re.search(r"\d+月\d+日", obj):
            continue  # "…在2021年1月1日被调整为中风险区": what happened before, not what this notice sets
        # (a sentence may list hundreds of places after its 将; without such a start, a long text is prose)
        if (m["lift"] or m["lift2"]) and not starts and _division_only(obj) \
                and not (m["level"] and _level_name(m["level"]) == "silent"):
            # "辽宁大连庄河市解除封控区、管控区" (a headline): the city lifts its areas, a blanket; but a district
            # silenced as a whole lifts its own silent management ("小店区已于…有序解除临时静默管理")
            continue
        if _WHOLE_OWN.fullmatch(obj) and m["level"] and _level_name(m["level"]) == "silent" and not m["lift"]:
            pass  # "全县实行静默管理": the notice's whole district, named once it is known (_name_whole_own)
        elif not obj or len(obj) > (200_000 if explicit else 600) or not (explicit or len(obj) < 60) \
                or not _object_ok(obj):
            continue
        if m["lift2"]:
            analysed: tuple[str, str | None, str | None] = ("lift", _level_name(m["managed"] + "区"), None)
            obj = _RESIDENTS_OF.sub("", obj)
            # "原标题:A小区解除封控": the levels alone need the object their 对 introduces, or a numbered item
            # that is the object ("1、A楼;B楼;C层解除封控;")
            whole_item = numbered and not starts and head == body[:m.start()]
            if not starts and not whole_item:
                continue
            if not whole_item and not m.group().endswith(("管理", "措施")) \
                    and starts[-1].group() not in ("对", "将", "把"):
                continue
        elif m["lift"]:
            analysed = ("lift", _level_name(m["level"]), None)
        else:
            analysed = _analyze(m.group() if m.group().startswith("由") else origin + m.group())
        then = _LIFT_THEN.match(body, m.end()) if analysed[0] == "lift" and analysed[1] else None
        if then:
            then_end = then.end()
            # "将A、B解除高风险区,与海州区其他区域同为低风险区", "…解除封控,调整为防范区": the clause after
            # the lift gives the level the places go to
            to = _level_name(then["level"])
            diff = _RANK[to] - _RANK[analysed[1]]
            analysed = ("upgrade" if diff > 0 else "downgrade" if diff < 0 else "set", analysed[1], to)
        managed = re.fullmatch(r"(?:实行|实施)[高中低]风险(?:地区|区域|区)", m.group()) \
            and body.startswith(("管理", "管控"), m.end()) and not _PEOPLE.search(obj)
        if m.group().startswith(("实行", "实施")) and analysed[2] != "silent" and not managed:
            continue  # "实行…措施" is no designation; only silent management and "实施低风险区管理" are "实行"
        if m.group().startswith(("实行", "实施")) and _DURING.match(body, m.end()):
            continue  # "在实行临时静默管理期间,…": a time the sentence speaks of, no place put under it
        if analysed[0] == "lift":
            # the level each object leaves: in brackets after it ("对A小区(封控区)", "对A(封控区)、B(管控区)"),
            # else in its count ("对B、C等2个防范区解除封控、管控"), else the level the verb names
            if origin:
                analysed = ("lift", _level_name(origin.removeprefix("由")), None)
            clauses = _LIFT_CLAUSE.finditer(chain.group()) if chain else []
            noted = [(_level_name(c["level"]), c["obj"]) for c in clauses]
            items = _split_enclosed(obj)
            if any(_LEVEL_NOTE.search(item) for item in items):
                for item in items:
                    note = _LEVEL_NOTE.search(item)
                    noted.append((_level_name(note["level"]), item[:note.start()]) if note else (analysed[1], item))
                obj = ""
            for level_from, part in noted:
                if not _object_ok(part):
                    continue
                runs = _district_runs(_split_enclosed(part), said or outer)
                for district, places in runs:
                    heading = _Heading("lift", level_from, None, None, district, m.group())
                    sections.append(_Section(heading, index, last=index, places=places))
                if runs and runs[-1][0]:
                    said = runs[-1][0]
            if not obj:
                continue
        items = _comma_items(obj) if by_comma else (_described_class(obj) or _district_items(obj)
                                                      or _unit_run_items(obj) or _semicolon_items(obj)
                                                      or _split_enclosed(obj))
        runs = _district_runs(items, said or outer)
        for district, places in runs:
            heading = _Heading(*analysed, None, district, m.group())
            sections.append(_Section(heading, index, last=index, places=places, past=past is not None))
        if runs and runs[-1][0]:
            said = runs[-1][0]
    return sections


# The time after 将 meaning "will": "将于8月28日10时至29日凌晨1时", "将自11月3日起", "将从今日18时起".
_TIME_POINT = (r"(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|今日|今天|明日|明天|即日)(?:[上下]午|凌晨|晚上?|早上?)?"
               r"(?:\d{1,2}(?::\d{2}|时|点)(?:\d{1,2}分)?)?")
_WILL_AT_TIME = re.compile(rf"(?:于|自|从|在)?{_TIME_POINT}"
                           rf"(?:(?:至|到|-|—){_TIME_POINT}|(?:至|到|-|—)?(?:凌晨|晚上?)?\d{{1,2}}(?:时|点))?"
                           r"(?:起|开始|期间)?")


# "将丰润区高风险区A村调降为中风险区", "将高风险区B小区调整为低风险区": the level the place leaves written in front
# of it (after its district, if any), as "将A村由高风险区调降为中风险区".
_FORMER_LEVEL_FRONT = re.compile(rf"(?P<level>[高中低]风险(?:地区|区域|区)|封控区|管控区|防范区)"
                                 rf"(?!内|外|以外|之外|所在|周边|范围|等|的|中|人员|[、,;]|[和及与](?:[高中低]风险|封控|管控|防范))"
                                 rf"(?=[{_CJK}A-Za-z\d])")


def _former_level_front(obj: str) -> tuple[str, str] | None:
    """(the object without it, "由" + the level) when a level stands in front of the object's first place."""
    m = _FORMER_LEVEL_FRONT.search(obj)
    if m is None:
        return None
    pre = obj[:m.start()]
    if pre and not ((found := _front_district(pre + "甲")) and found[1] == "甲"):
        return None  # only the district may come before it: "A村高风险区以外" is something else
    return pre + obj[m.end():], "由" + m["level"]


# "将东城街道A小区6幢高风险区降为低风险区", "将B村、C村封控区调整为管控区": the level the places leave written
# after them, right before the verb, as "将A由高风险区降为低风险区" (not after 的, 等 or a count: "A的高风险区",
# "A等2个高风险区" are read elsewhere; not a part of a place: "A小区内高风险区").
_FORMER_LEVEL_BACK = re.compile(r"(?<=[\u4e00-\u9fff\dA-Za-z)])(?<![的等个内外中和及与])"
                                r"(?P<level>[高中低]风险(?:地区|区域|区)|封控区|管控区|防范区)$")


def _former_level_back(obj: str) -> tuple[str, str] | None:
    """(the object without it, "由" + the level) when a level closes the object after its last place."""
    m = _FORMER_LEVEL_BACK.search(obj)
    if m is None or m.start() < 2:
        return None
    return obj[:m.start()], "由" + m["level"]


# "全县实行静默管理", "全区实施临时静默管理": the whole district (county, banner, county-level city) the notice
# speaks for; its place is the district itself ("对迎泽区实行临时静默管理").
_WHOLE_OWN = re.compile(r"全(?P<kind>县|区|旗|市)(?:范围内?|域|境|辖区)?")
# (in a line with other clauses: "临时静默管控区域:全县实行静默管理,县城区域实施重点封控,…": a sentence of its own)
# ("自9月27日13时起全县立即实行静默管理": after the time's 起 too; an adverb before the verb goes)
_WHOLE_OWN_SILENT = re.compile(r"(?m)(?:(?<=[:,;。]|起)|^)(?P<whole>全(?:县|区|旗|市)(?:范围内?|域|境|辖区)?)"
                               r"(?:立即|即时|随即|即|统一|全面|全域|一律|暂时)?"
                               r"(?P<verb>(?:实行|实施)(?:临时)?(?:静默|静态)(?:管理|管控))(?:[,;。]|$)")

# A whole district put under silent (static) management, named or as "全县", maybe with the days it lasts and
# the place written with its province and city in front: "决定在郏县全域实行静默管理", "河南平顶山郏县全域实施
# 静默管理" (a headline), "在全县实行3天静态管理", "对迎泽区实行为期三天的临时静默管理": a sentence of its own,
# "郏县实行静默管理。" / "全县实行静默管理。", the district being the place (found as the longest known district
# at the end of the words before it; "A小区", "县城区" are no district and are left to the other rules).
_SILENT_DAYS = rf"(?:为期)?(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})(?:天|日)的?"
_WHOLE_DIVISION_SILENT = re.compile(
    rf"(?P<words>[{_CJK}]{{0,24}}?)(?P<own>全(?:县|区|旗|市))?(?:全域|全境)?(?:范围内?|辖区内?)?(?:立即|统一|全面)?"
    rf"(?:实行|实施)(?:{_SILENT_DAYS})?(?:临时)?(?P<kind>静默|静态)(?:管理|管控)(?!期间|时期|结束|解除|后|的)")


def _whole_division_silent(m: re.Match[str]) -> str:
    words = m["words"]
    if m["own"]:
        if words and not words.endswith(("在", "对", "决定", "起")):
            return m.group()
        return words[:-1] + "\n" + m["own"] + "实行" + m["kind"] + "管理。\n" if words else \
            "\n" + m["own"] + "实行" + m["kind"] + "管理。\n"
    districts = _divisions()[0]
    for start in range(len(words)):
        if words[start:] in districts:
            return words[:start] + "\n" + words[start:] + "实行" + m["kind"] + "管理。\n"
    return m.group()



# "封控范围自西环路以东、亲水街以西、…以北", "管控范围为东至A路、西至B街": the range of a level given by its
# bounds (自 / 从 opens them, no part of the place); read as "封控区为A路以东、…".
_RANGE_FROM = re.compile(r"(?:(?<=[,;:。\n])|^)(?P<kind>封控|管控|防范)区?(?:的)?范围(?:为|是)?(?:自|从)?"
                         r"(?=[^,;。:\n]{1,40}?(?:以[东南西北]|[东南西北](?:至|到)))", re.M)


def _name_whole_own(changes: list[dict[str, Any]]) -> None:
    """ "全县" under silent management is the notice's district when that is a county (区, 旗, 市 alike)."""
    for change in changes:
        district = change["district"]
        if change["level_to"] == "silent" and district:
            change["places"] = [district if (w := _WHOLE_OWN.fullmatch(p)) and district.endswith(w["kind"]) else p
                                for p in change["places"]]


# "实行临时静默管理期间", "实施静默管理后": the management as a time, not a designation.
_DURING = re.compile(r"(?:管理|管控)?(?:期间|时期|过程中|结束后|解除后|之后|后)")


# "封控区为A;管控区为B、C,防范区为D。", "经研判,封控区为A,实行…": each level is the subject of its places; the
# object ends at the next level's clause, at a measure after a comma, or at the sentence's end.
_SUBJECT_LEVEL = re.compile(rf"(?:^|(?<=[,;:。]))(?:新划定的|划定的|新增的)?(?P<level>{_LEVEL})(?:{_COUNT})?(?:范围)?"
                            rf"(?:为|是|包括)(?![:期指])(?P<obj>[^;。]+?)(?=[;。]|,{_LEVEL}|$)")


def _subject_sections(body: str, index: int, outer: str | None) -> list[_Section]:
    """Sections of a sentence whose levels are the subjects of their places ("封控区为A;管控区为B")."""
    sections: list[_Section] = []
    for m in _SUBJECT_LEVEL.finditer(body):
        obj = m["obj"]
        measure = next((p for p in _top_level_seps(obj) if obj[p] == "," and _is_boilerplate(obj[p + 1:])), None)
        obj = obj[:measure].strip(",、") if measure is not None else obj.strip(",、")
        if not obj or not _object_ok(obj) or not _looks_listed(obj):
            continue
        for district, places in _district_runs(_district_items(obj) or _split_enclosed(obj), outer):
            heading = _Heading(*_analyze(m["level"]), None, district, m["level"])
            sections.append(_Section(heading, index, last=index, places=places))
    return sections


# What the object of "封控区为…" is when it tells a measure or a rule, not places: "封控区为居民提供上门服务".
_NOT_LISTED = re.compile(r"^(?:零|无|暂无|没有|对|向|给|按|以|居民|人员|群众|市民|所有|全体|禁止|严禁|暂停|限制|不得"
                         r"|提供|开展|加强|做好|确保|保障|[\d一二三四五六七八九十]+天)|提供|不出户|不出区|不出|不进")


_OFF_SCALE_FROM = re.compile(r"由较[高低]风险(?:区|地区|区域)?$")


def _places_at_end(obj: str) -> str:
    """The pieces between commas at the end of an object that name places (none dated, each a place by form)."""
    pieces = _comma_items(obj)
    k = len(pieces)
    while k > 0 and pieces[k - 1] and not _DATE_RE.search(pieces[k - 1]) and not _is_boilerplate(pieces[k - 1]) \
            and _listed_first(pieces[k - 1]):
        k -= 1
    return ",".join(pieces[k:])


def _listed_first(text: str) -> bool:
    """Whether a list's first item is a place by its form: a district or a street in front, or a whole name."""
    first = _split_enclosed(text)[0] if text else ""
    return bool(first) and bool(_front_district(first) or _STREET_FIRST.match(first) or _complete_place(first))


def _looks_listed(obj: str) -> bool:
    """Whether the object of "封控区为…" can be places, not a measure."""
    return not _NOT_LISTED.search(obj)


# "对返乡人员实行中风险管理": people managed as a level are no place.
_PEOPLE = re.compile(r"人员|人群|居民|群众|旅客|返乡|来返|车辆|货物|密接|感染者")


_PAST_DESIGNATION = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}(?:时|点)(?:\d{1,2}分)?)?,?(?:已|被)?"
                               r"(?:划定|确定|认定|列为)的?")  # ("将7月15日划定的A…": the A of that day)
# "该地区调整为低风险地区" refers back to the subject of its sentence.
_BACK_REFERENCE = re.compile(r"(?:该|此|上述|以上|前述)(?:[\d一二三四五六七八九十两]+个)?"
                             r"(?:地区|区域|社区|村|小区|地点|场所|点位)")
_SUBJECT_END = re.compile(r"近\d|近[一二三四五六七八九十]+[天日]|连续|已连续|已满|已有|无新增"
                          r"|未(?:发现|出现|新增|报告)|累计")


def _subject(sentence: str) -> str | None:
    """The place a sentence is about: "顺义区南法信镇西杜兰村近14天内无新增确诊病例,…" gives the village."""
    # "截至12月3日,A、B连续5天…": the clause of the day is no subject; a subject may be a list of places
    first = re.split(r"[,:;]", _AS_OF.sub("", sentence), maxsplit=1)[0]
    end = _SUBJECT_END.search(first)
    subject = first[:end.start()] if end else ""
    parts = _split_enclosed(subject) if subject else []
    return subject if parts and all(_front_district(p) or _complete_place(p) for p in parts) else None


# "截至8月21日24时,乃东区A小区、B,琼结县C连续7日无新增本土病例,即日起降为中风险区": the condition a list
# of places meets, then "…起" and the verb; the places run back over the pieces between commas that name places.
# (also "…14天内无新增病例,经专家组研判,自即日起调整为…": a clause of the assessment before the day)
# (and "平遥县已连续14天无新增确诊病例,符合低风险区标准,于3月10日0时,由中风险区调整为…": the standard it meets,
# the hour without 起)
_CONDITION = re.compile(r"(?:已?连续|近|已满)?[\d一二三四五六七八九十]{1,3}(?:天|日)内?(?:无|未)[^,;。:]{0,16}"
                        r"(?:,(?:经[^,;。:]{2,20}(?:研判|评估|研究)|(?:自?即日|自?[^,;。:]{2,24})起"
                        r"|(?:已|均)?(?:符合|达到)[^,;。:]{2,16}(?:标准|条件)"
                        r"|(?:于|在)(?:\d{4}年)?\d{1,2}月\d{1,2}日[^,;。:]{0,10}?)){0,3},?$")


def _conditioned_subject(head: str) -> str | None:
    m = _CONDITION.search(head)
    if m is None:
        return None
    text = re.split(r"[;:。]", head[:m.start()])[-1]
    pieces = _comma_items(text)
    k = len(pieces)
    while k > 0:
        piece = pieces[k - 1]
        first = _split_enclosed(piece)[0] if piece else ""
        if not first or _is_boilerplate(piece) or _DATE_RE.search(piece) or not (
                _front_district(first) or _STREET_FIRST.match(first) or _complete_place(first)):
            break
        k -= 1
    return ",".join(pieces[k:]) or None


_AS_OF = re.compile(r"^(?:截至|截止|截至到|到|至)?(?:\d{4}年)?(?:\d{1,2}月\d{1,2}日|目前)(?:\d{1,2}(?:时|点))?"
                    r"(?:以来)?,")


def _counted_object(obj: str) -> tuple[str, str, bool] | None:
    """(places, "由" + origin level, whether commas alone separate the places) of an object that ends with its
    count and level: "A、B等2个高风险区", "A,B,2个封控区", also without 等 ("A1号楼、B6号楼、C7号楼3个封控区调整为
    管控区"). The count must be the number of places named; without 等 the digits may run on from the last
    place ("C栋13个" is "C栋1" and 3 places), so each tail of the digits is tried. "A及紧邻的B、C,D等2个临时管控
    区域": when the count is that of the pieces between commas, a 、 joins parts of one place; a word between
    count and level ("临时", "原") is no part of the level."""
    m = re.search(rf"(?P<sep>(?:等|,)?(?:共计|合计|共|计)|等|,)?(?P<n>[\d{_CN_NUM}]+)[个处](?:临时|原有|原)?"
                  rf"(?P<lv>{_LEVEL})$", obj)
    if m is None:
        # "A及紧邻的B、C,D等2个区域调整为高风险区", "…等2处": a count without a level, the pieces between commas
        plain = re.search(rf"等(?P<n>[\d{_CN_NUM}]+)(?:个|处)(?:临时|原有|原)?(?:区域|地区|点位|地点|场所|小区)?$", obj)
        places = obj[:plain.start()].rstrip(",") if plain else ""
        if plain and _cn_int(plain["n"]) == len(_comma_items(places)) > 1 \
                and _cn_int(plain["n"]) != len(_split_enclosed(places)):
            return places, "", True
        return None
    digits = m["n"]
    for k in range(len(digits) if not m["sep"] else 1):
        places = obj[:m.start("n") + k].rstrip(",")
        if m["sep"]:
            places = obj[:m.start()].rstrip(",")
        elif not places or places[-1] in _SEPS or places.isdigit():
            continue  # ("将11个高风险区调整为…": a count alone, "1" is no place)
        n = _cn_int(digits[k:])
        parts = _split_enclosed(places)
        if n in (len(parts), len([p for item in parts for p in _split_and(item)])):
            return places, "由" + m["lv"], False
        joined = [p for item in parts for p in _split_counted_and(item)]
        if n == len(joined) > len(parts):
            return "、".join(joined), "由" + m["lv"], False
        if m["sep"] and m["sep"].startswith("等") and n == len(_comma_items(places)) > 1:
            return places, "由" + m["lv"], True
        # "A路1号至B市场、C路1号至9号,D小区2栋两个高风险区": the count right after the places, that of the pieces
        # between commas (a 、 inside a piece joins stretches of one area)
        if not m["sep"] and k == 0 and "," in places and not places.endswith("的") \
                and n == len(_comma_items(places)) > 1:
            return places, "由" + m["lv"], True
    return None


# "A小区、第一市场及B镇C村46号,3个中风险区": when the count says so, 及 (和, 与, 以及) between the last two
# places separates them as 、 would (each side a name of three characters at least, outside brackets).
_COUNTED_AND = re.compile(r"以及|及|和|与")


def _split_counted_and(item: str) -> list[str]:
    for m in _COUNTED_AND.finditer(item):
        left, right = item[:m.start()], item[m.end():]
        if len(left) >= 3 and len(right) >= 3 and not _unclosed(left) and re.match(rf"[{_CJK}]", right):
            return [left, *_split_counted_and(right)]
    return [item]


# "解除A镇、B镇、C乡3个乡镇临时管控", "将A社区、B社区等2个社区的…", "A村、B村共2个村": a count of the places
# named and their kind closes the list; it is a summary, no part of the last place (a "临时" after it goes with
# the level: "临时管控").
# ("A、B、C等三个社区未改造区域": the part of each counted place the level covers, written once after the count;
# the places are the ones named)
_SUMMARY_COUNT = re.compile(rf"(?P<sep>等?(?:共计|合计|共|计)|等)?(?P<n>[\d{_CN_NUM}]{{1,4}})[个处]{_SUMMARY_KIND}"
                            rf"(?:的?(?:未改造|未拆迁|老旧|部分|全部|居民|住宅|棚户)[{_CJK}]{{0,2}}?(?:区域|片区|范围))?"
                            r"的?(?:临时)?$")
# "A、B和C等三个社区": the last two joined by 和, counted as two
_LAST_AND = re.compile(r"、(?P<a>[^、,;和]{2,})和(?P<b>[^、,;和]{2,})$")


# "…,铝厂大院等共计7个小区、21个巷道、1个独立院落": counts of several kinds after 等 close the list; a summary
# whatever the numbers (lanes counted one by one may be listed as ranges).
_SUMMARY_COUNTS = re.compile(rf"等(?:共计|合计|共|计)?(?:[\d{_CN_NUM}]{{1,4}}[个处][{_CJK}]{{1,6}}?[、和及,])+"
                             rf"[\d{_CN_NUM}]{{1,4}}[个处][{_CJK}]{{1,6}}$")


def _without_summary(obj: str) -> str:
    """The object without a closing count of its places ("A镇、B镇2个乡镇" -> "A镇、B镇"); as it is when the count
    is not the number of places named (digits may run on from the last place: "C栋12个楼栋" is "C栋1", 2)."""
    counts = _SUMMARY_COUNTS.search(obj)
    if counts and counts.start() > 0:
        return obj[:counts.start()]
    m = _SUMMARY_COUNT.search(obj)
    if m and m["sep"] and len(m["sep"]) > 1 and m["sep"][0] == "等" and m.start() > 0:
        return obj[:m.start()]  # "A、B等共计7个小区": 等 and 共计 together close the list, whatever the number
    if m is None:
        return obj
    digits = m["n"]
    for k in range(1 if m["sep"] else len(digits)):
        places = obj[:m.start() if m["sep"] else m.start("n") + k].rstrip(",、")
        if places and _cn_int(digits[k:]) == len(_split_enclosed(places)) > 1:
            return places
        last_and = _LAST_AND.search(places)
        if last_and and _cn_int(digits[k:]) == len(_split_enclosed(places)) + 1:
            return places[:last_and.start("a")] + last_and["a"] + "、" + last_and["b"]
    return obj


def _comma_items(text: str) -> list[str]:
    """The pieces of a sentence's object between commas (and semicolons) outside brackets."""
    cuts = [-1, *(p for p in _top_level_seps(text) if text[p] in ",;"), len(text)]
    return [text[a + 1:b] for a, b in zip(cuts, cuts[1:], strict=False)]


# "对A街道、B街道内的居民小区(村)解除封控管理": the places are the streets.
# (one of 内, 的, 居民, 全部, 所有 at least: "对锦华小区解除封控管理" lifts the compound itself)
# (居民 alone after a name is the compound's own name: "岭南居民小区"; after a division it is its compounds)
_RESIDENTS_OF = re.compile(r"(?:(?:内|的|全部|所有)(?:内|的|居民|全部|所有)*|(?<=街道)居民|(?<=[镇乡村区县])居民)"
                           r"(?:小区|住宅区|楼栋)(?:\(村\)|和?村)?$")


_COMPOUND = re.compile(r"小区|花园|家园|社区|新村|大厦|公寓|广场|[街路道巷]\d|号院")
# "…围合的三角区域", "…以北之间的区域"
# ("…所围合除划入封控区以外的区域": the area enclosed but an exception, still one area)
_ENCLOSED_EXCEPT = r"(?:除[^,、;()除]{1,24}?(?:以外|之外|外))?"
_ENCLOSED_END = re.compile(rf"(?:合围|围合|围成|以[东南西北]之间|以内){_ENCLOSED_EXCEPT}的?[\u4e00-\u9fff]{{0,4}}?"
                           r"(?:区域|范围|片区|地块)$")


def _district_items(text: str) -> list[str] | None:
    """ "成华区A街道B院、C院(含底商),成华区A街道D苑,…": when every item between commas starts with the
    same district, the commas separate the places and a 、 inside an item joins parts of one place."""
    cuts = [-1, *(p for p in _top_level_seps(text) if text[p] in ",;"), len(text)]
    items = [text[a + 1:b] for a, b in zip(cuts, cuts[1:], strict=False)]
    if len(items) < 2 or "、" not in text:
        return None
    fronts = [_front_district(item) for item in items]
    if all(f is not None for f in fronts) and len({f[0] for f in fronts if f}) == 1:
        return items
    return None


# An area given by the roads that enclose it, after 以: "以A路、B路、C路、D路围合区域(封控区除外)为管控区",
# "以A路-B路-C路围合区域为防范区", "以A街,B街,C街围成的区域": one area, the 以 no part of it.
_ENCLOSED_BY = re.compile(rf"(?:合围|围合|围成){_ENCLOSED_EXCEPT}的?[\u4e00-\u9fff]{{0,4}}?(?:区域|范围|片区|地块)"
                          r"(?:\([^()]*\))?$")
_ENCLOSING_ROAD = re.compile(r"[^,、;。\n()以]{1,16}(?:\([^()]*\))?")


def _enclosing_opener(out: list[tuple[str, str]], sep: str) -> int | None:
    """The index of the part "以A路" that opens an enclosed area, when only roads follow it in ``out``."""
    if sep not in ",、" or not out:
        return None
    for i in range(len(out) - 1, -1, -1):
        part = out[i][1]
        if part.startswith("以") and _ENCLOSING_ROAD.fullmatch(part[1:]):
            return i
        if not _ENCLOSING_ROAD.fullmatch(part) or out[i][0] not in ",、":
            return None
    return None


# "穗兴路12号之五至之九(友谊公寓)、之十五(穗福百货)、之三": a part that is only a sub-number ("之十五", "之3")
# goes on the house number before it (written "12号之五…"), one place.
_SUB_NUMBER_PART = re.compile(rf"^之[\d{_CN_NUM}]{{1,4}}(?:(?:至|到|-|—)之?[\d{_CN_NUM}]{{1,4}})?(?:\([^()]*\))?$")
_SUB_NUMBERED_END = re.compile(rf"(?:\d号|[、,])之[\d{_CN_NUM}]{{1,4}}(?:(?:至|到|-|—)之?[\d{_CN_NUM}]{{1,4}})?"
                               r"(?:\([^()]*\))?$")


def _split_enclosed(text: str) -> list[str]:
    """Top-level parts of a sentence's object, with an area enclosed by its parts kept whole: "新城小区102
    栋1-6单元、103栋6-7单元合围区域", "美晨家园小区牡丹园1、2、4号楼,美园1、2、3号楼,…,玫瑰园2号楼合围区域"
    (back to the part that names the compound, within one ";" group). An area written as its bounds
    ("A路以东、B大道以南、C大道,D街以西、E街以北(除…外)", "A村,东至B路,南至C街") is one part, as in lists."""
    cuts, start, run_end = [-1], 0, -1
    for p in _top_level_seps(text):
        if p < run_end:
            continue
        if run_end < start:
            run = _BOUND_RUN.match(text, start)
            run_end = run.end() if run else -1
            if p < run_end:
                continue
        cuts.append(p)
        start = p + 1
    cuts.append(len(text))
    parts = [(text[a] if a >= 0 else "", text[a + 1:b]) for a, b in zip(cuts, cuts[1:], strict=False)]
    out: list[tuple[str, str]] = []
    for sep, part in parts:
        if _ENCLOSED_BY.search(part) and (opener := _enclosing_opener(out, sep)) is not None:
            # "以A街,B街,C街围成的区域": the roads after 以 up to the area they enclose are one area
            for prev_sep, prev in reversed(out[opener + 1:]):
                part = prev + sep + part
                sep = prev_sep
            part = out[opener][1] + sep + part
            sep = out[opener][0]
            del out[opener:]
            out.append((sep, part.removeprefix("以")))
            continue
        if part.startswith("以") and _ENCLOSED_BY.search(part):
            out.append((sep, part[1:]))  # "以A路、B路、C路围合区域(封控区除外)": the 以 no part of the area
            continue
        if out and sep in ",、" and re.match(r"[东南西北]至", part) and re.search(r"[东南西北]至", out[-1][1]):
            prev_sep, prev = out.pop()
            out.append((prev_sep, prev + sep + part))  # "联盟街道东至万华路,南至白云路,…的区域"
            continue
        # (not after a run of its own: "A小区27栋4单元、5单元,26栋1单元、2单元", where 、 joins the units of one
        # building, the comma starts the next building, a place of its own)
        if out and sep == "," and _bare_subs(part) and _SUB_END.match(out[-1][1]) \
                and not ("、" in out[-1][1] and "、" in part):
            prev_sep, prev = out.pop()  # "恬庄村33组13—18号,32组40号": more numbers of the same village, its comma kept
            out.append((prev_sep, prev + sep + part))
            continue
        if out and sep in ",、" and _SUB_NUMBER_PART.match(part) and _SUB_NUMBERED_END.search(out[-1][1]):
            prev_sep, prev = out.pop()  # "A路12号之五至之九(B公寓)、之十五、之三": more sub-numbers of one house number
            out.append((prev_sep, prev + sep + part))
            continue
        if _ENCLOSED_END.search(part) and not _COMPOUND.search(part):
            # "A小区11栋,B小学向C中学方向30米…合围区域": an area that names what encloses it (与, 至, 向, 沿 …)
            # is whole after a comma; only the parts joined to it by 、 are its own
            named = bool(re.search(r"[与和至向沿到]", _ENCLOSED_END.sub("", part)))
            while out and (sep == "、" or (sep == "," and not named)):
                prev_sep, prev = out.pop()
                part = prev + sep + part
                sep = prev_sep
                if _COMPOUND.search(prev) or _front_district(prev) or _STREET_FIRST.match(prev):
                    break  # the part that names the compound, district or street starts the area
        out.append((sep, part))
    return [part for _sep, part in out]


# In a list whose places are separated by ";", a comma goes on with the place when the part before it locates
# rather than names ("南林路与西长兴港之间,同心路两侧沿街商住楼", "西长兴港至大中路,同心路两侧…") or the part
# after it describes ("…12幢宿舍楼,包括中铁25局3幢、…": 包括, 含, 其中).
# (not a range of numbers: "阿恰勒2巷、7至15巷" names lanes 7 to 15)
_LOCATING_PART = re.compile(rf"(?:之间|交界处?|以[东南西北]|[东南西北]侧|(?<!\d)(?:至|到)[{_CJK}\d]{{1,12}})$")
_DESCRIBING_PART = re.compile(r"^(?:包括|包含|含|其中|不含|且|即)")


# A piece that names its own parent: a village, street, compound… with more of the name after it ("弄帖村百弄屯",
# "山水国际小区9栋", "金广路68号A厂"); "大满屯", "9栋", "B7车间C厂", "饭堂" name none (nor "新村屯": the kind word
# only ends it).
_OWN_PARENT = re.compile(r"(?:村|社区|小区|镇|乡|街道?|路|巷|园区?|苑|大厦|广场|公寓|庄|号院?|市场|工业区)"
                         r"[^、,;()]{2,}")


# "百官街道、曹娥街道范围内自12月7日以来,无确诊病例报告的社区(村居)": the places described by what they had (or
# not) within named towns or streets, a class of communities, one place with its 、 and commas (also with the
# class's rest "…的社区(村居)除封控区外的部分区域").
_DESCRIBED_CLASS = re.compile(r"^[^。;:]{2,60}?(?:范围内|辖区内|内)[^。;:]{0,40}?(?:有|无|未|没有)[^。;:]{1,40}?的"
                              r"(?:社区|村居|村|小区|居民小区|村庄|自然村)(?:\([^()]{1,6}\))?"
                              r"(?:除[^。;:]{1,20}?(?:以外|之外|外)的?(?:部分|其他|其余|其它)?(?:区域|地区|范围))?$")


def _described_class(obj: str) -> list[str] | None:
    return [obj] if _DESCRIBED_CLASS.match(obj) else None


_UNIT_END = r"(?:屯|组|队|栋|幢|楼|单元|厂|户)"
# "9栋", "B7车间顺益厂", "10组团1020栋": a unit by its number; "大满屯" after "百弄屯": a short name of the same unit
_NUMBERED_UNIT = re.compile(rf"[\dA-Za-z第][^、,;()]{{0,10}}{_UNIT_END}")
_SHORT_UNIT = re.compile(rf"[{_CJK}]{{1,3}}(?P<unit>{_UNIT_END})")


def _kind_written_once(parts: list[str]) -> bool:
    """ "A村B、C、D屯": short names after a place, the unit's kind written only after the last of them."""
    tail = parts[1:]
    return len(tail) >= 2 and bool(_SHORT_UNIT.fullmatch(tail[-1])) \
        and all(re.fullmatch(rf"[{_CJK}]{{2,3}}", p) and not re.search(rf"{_UNIT_END}$", p) for p in tail[:-1]) \
        and not re.search(rf"{_UNIT_END}$", parts[0]) and not any(_OWN_PARENT.search(p) for p in tail)


def _goes_on(before: str, part: str) -> bool:
    """Whether a part after 、 is a further unit of the place before it (no name of its own)."""
    if _NUMBERED_UNIT.fullmatch(part):
        return True
    short = _SHORT_UNIT.fullmatch(part)
    return bool(short) and before.endswith(short["unit"])


def _unit_run_items(obj: str) -> list[str] | None:
    """ "武平镇弄帖村百弄屯、大满屯、新村屯,大道街大定屯、小定屯,马亮村坡那屯、立录村弄考外屯": places separated by
    commas, a 、 inside a piece before a unit that names no parent of its own going on with the place before it
    (hamlets of one village, buildings or workshops of one compound); a piece naming its own parent is a place of
    its own. None unless the commas separate two pieces at least and some 、 goes on with its place."""
    pieces = _comma_items(obj)
    if len(pieces) < 2 or "、" not in obj:
        return None
    items: list[str] = []
    joined = False
    for piece in pieces:
        parts = _split_enclosed(piece)
        if not _OWN_PARENT.search(parts[0]):
            items.extend(parts)
            continue
        if _kind_written_once(parts):
            items.append("、".join(parts))  # "立录村弄考外、弄考内、那排屯": three hamlets, 屯 written once
            joined = True
            continue
        items.append(parts[0])
        for part in parts[1:]:
            if _OWN_PARENT.search(part) or not _goes_on(items[-1], part):
                items.append(part)
            else:
                items[-1] += "、" + part
                joined = True
    return items if joined else None


def _semicolon_items(obj: str) -> list[str] | None:
    """The places of a sentence's object listed with ";" when a comma inside a piece goes on with its place
    ("A路与B港之间,C路两侧沿街商住楼;D生活区12幢宿舍楼,包括…;E楼"): such a piece is one place with its commas, a
    piece without one is split as any object (_split_enclosed); None when no comma goes on with a place, or
    the object uses ":" (labels)."""
    seps = _top_level_seps(obj)
    cuts = [p for p in seps if obj[p] == ";"]
    if not cuts or ":" in obj:
        return None
    bounds = [-1, *cuts, len(obj)]
    items: list[str] = []
    joined = False
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece = obj[a + 1:b].strip(",、。 ")
        commas = [p - a - 1 for p in seps if a < p < b and obj[p] == ","]
        parts = [piece[x + 1:y] for x, y in zip([-1, *commas], [*commas, len(piece)], strict=False)]
        units = [parts[0]]
        for part in parts[1:]:
            if _LOCATING_PART.search(units[-1]) or _DESCRIBING_PART.match(part):
                units[-1] += "," + part
                joined = True
            else:
                units.append(part)
        for unit in units:
            head, comma, tail = unit.partition(",")
            named = _join_bounded(_split_enclosed(head)) if head else []
            if named:
                items += named[:-1] + [named[-1] + comma + tail]
    return items if joined and len(items) >= 2 else None


_PART_REST = re.compile(r"除[^除、,;()]{1,30}?(?:以外|之外|外)的?(?:其他|其它|其余)(?:区域|地区|范围)(?=[、,;]|$)")


# "除以下区域外的临海镇其他区域": the rest of a town but the areas the notice lists; the pointer names no place,
# what is left is the rest of the town (a place) or of a district (a blanket).
_POINTED_EXCEPT = re.compile(rf"^除(?:以下|下列|下述|上述|以上|前述)(?:[\d{_CN_NUM}]+个)?"
                             rf"(?:区域|地区|地点|场所|点位|风险区|{_LEVEL})?(?:以外|之外|外)的?")


# "伊宁市7个小区、21个巷道、1个独立院落解除静态管理" (a headline): counts of several kinds, no place named.
_COUNTS_ONLY = re.compile(rf"[^、,;]{{0,16}}?[\d{_CN_NUM}]{{1,4}}[个处][{_CJK}]{{1,6}}"
                          rf"(?:[、和及][\d{_CN_NUM}]{{1,4}}[个处][{_CJK}]{{1,6}})+")


# "邻水县一小区调整为中风险地区", "A区两个小区…" (a news headline): a count of one kind in a district, no name.
_COUNT_OF_KIND = re.compile(rf"(?:[^、,;]{{0,16}}?(?:区|县|市|旗)|[^、,;]{{0,16}}?(?=[\d{_CN_NUM}]{{1,3}}个))?"
                            rf"(?:[\d一两二三四五六七八九十几]{{1,3}}个?(?:住宅|居民)?小区|[\d一两二三四五六七八九十几]{{1,3}}栋楼"
                            rf"|(?:[\d一两二三四五六七八九十几]{{1,3}}|多)个(?:社区|村|楼栋|片区|区域|场所|点位))")


def _object_ok(obj: str) -> bool:
    """Whether a sentence's object can be places (not "我市新增高风险区42个", "2个", "以下区域")."""
    if _COUNTS_ONLY.fullmatch(obj) or _COUNT_OF_KIND.fullmatch(obj):
        return False
    obj = _POINTED_EXCEPT.sub("", obj)
    obj = re.sub(r"\([^()]*\)", "", obj)  # "(天明路71号院仍执行封控管理)" is the place's own exception
    # "A生活区除封控区12幢宿舍楼外其他区域": a part's rest, its exception names a level's buildings
    for rest in reversed(list(_PART_REST.finditer(obj))):
        if _names_part(re.split(r"[、,;]", obj[:rest.start()])[-1]):
            obj = obj[:rest.start()] + obj[rest.end():]
    obj = _SUB_REST.sub("街道", obj)  # "百官街道和曹娥街道其余区域" is a place (其 is no pronoun there)
    rest = _LEVEL_REST.search(obj)
    if rest and _names_part(obj[:rest.start()]):
        obj = obj[:rest.start()]  # "A镇B村除封控区以外的地区": the levels name what is left out of a place
    # "将A镇辖区内封控区、管控区以外的区域、B县城区列为防范区": the rest of a town among the places (内 for 除)
    for rest in reversed(list(_LEVEL_REST_IN.finditer(obj))):
        if _names_part(re.split(r"[、,;]", obj[:rest.start()])[-1]):
            obj = obj[:rest.start()] + obj[rest.end():]
    return not (re.fullmatch(_COUNT, obj) or _OBJECT_NOT_PLACES.search(obj) or _is_boilerplate(obj)
                or _is_blanket(obj) or _LEVEL_RE.search(obj) or re.search(r"我市|本市|新增", obj)
                or re.fullmatch(r"(?:本|我|全)(?:区|县|旗|镇|乡|街道)", obj))  # "对本区解除防范区管理": the whole


# "将A区B镇C村除封控区以外的地区,调整为管控区": the rest of one village (town, compound) is a place of its
# own; "将A区区域内除封控区、管控区以外的地区调整为防范区" is the rest of the whole district, a blanket.
_LEVEL_WORD = rf"(?:{_LEVEL}|封控|管控|防范|[高中低]风险|[高中低])"  # "除封控、管控区", "除高、中风险区"
# (the rest may be the town's villages or communities: "河流镇除封控区外的其他村")
# "将我县A镇B村…", "本区C街道D小区": the issuing division's "we"/"this" in front of a town is no part of the place.
# ("该县A镇、B乡等3个乡镇实行临时静态管理": a report's "the county" likewise; not "该区域内A村")
_OWN_DIVISION = re.compile(rf"(?:(?<=[将把对:,、\n])|^)[ \t]*(?:我|本|该)(?:县|区|市|旗)(?!域)"
                           rf"(?=[ \t]*[“\"]?[{_CJK}]{{2,8}}?(?:镇|乡|街道|社区|村))", re.M)
# "防范区:对封控区、管控区以外的A区其他区域": 对 in front of the levels whose rest the list is, written as 除.
_TO_LEVELS_REST = re.compile(rf"(?:(?<=[:\n])|^)[ \t]*对(?=(?:{_LEVEL_WORD}|[、和及])+(?:以外|之外))", re.M)
_LEVEL_REST = re.compile(rf"除(?:{_LEVEL_WORD}|[、和及])+(?:以外|之外|外)的?(?:其他|其它|其余|部分)?"
                         rf"(?:区域|地区|范围|(?:行政)?村|社区|村居|村庄|村\(居\)|村\(社区\))$")
# ("A社区B自建房高风险区以外的区域": the level written right after the place, without 除)
_LEVEL_REST_IN = re.compile(rf"(?:(?:除|内)(?:{_LEVEL_WORD}|[、和及])+|(?<=[{_CJK}\d]){_LEVEL})(?:以外|之外|外)的?"
                            rf"(?:其他|其它|其余)?(?:区域|地区|范围)"
                            r"(?=[、,;]|$)")
_WHOLE_OF = re.compile(r"(?:全域|全境|行政区域内|行政区域|区域内|区域|辖区内|辖区|范围内|境内"
                       r"|中心城区|主城区|城区|市区|内|全部|所有|其他|其它|其余)$")


def _names_part(head: str) -> bool:
    """Whether what comes before "除…以外" names a place below a district, not a district or city."""
    head = re.sub(rf"\([^()]*\)|^[{_CJK}]{{2,7}}?(?:省|自治区)", "", head)  # "铁西区城区(不含开发区)"
    found = _front_district(head)
    head = found[1] if found else head
    if re.match(r"(?:下列|以下|下述|上述|以上|如下)", head):
        return False  # "下列街道除中、高风险区之外的其他地区": the list below names the places
    return not all(_whole_division(part) for part in re.split(r"[、和及]", head))


def _whole_division(name: str) -> bool:
    """ "", "全区", "成都市成华区", "安宁市", "金凤区行政区域内": a whole district or city, no part of one."""
    while _WHOLE_OF.search(name):
        name = _WHOLE_OF.sub("", name)
    if re.fullmatch(r"全?(?:我|本|该)?(?:市|区|县|省|旗|镇|乡|街道)?", name) or _district_ok(name):
        return True
    city = re.match(rf"[{_CJK}]{{2,4}}?市", name)
    return bool(city) and (city.end() == len(name) or _district_ok(name[city.end():]))


def _division_only(name: str) -> bool:
    """ "辽宁大连庄河市", "内蒙古通辽市科尔沁区", "江西省吉安市": divisions only (a province, with or without 省,
    then a city or district), no place below them."""
    province = re.match(rf"{_PROVINCE}|[{_CJK}]{{2,3}}(?:省|自治区)", name)
    rest = name[province.end():] if province else name
    return bool(rest) and _whole_division(rest)


def _district_runs(items: list[str], outer: str | None) -> list[tuple[str | None, list[str]]]:
    """Places of a sentence grouped by the district written in front of them (it holds for the places
    after it until the next one): "金凤区A、兴庆区B" gives 金凤区: [A], 兴庆区: [B]."""
    runs: list[tuple[str | None, list[str]]] = []
    district = outer
    # "将信州A小区、信州区B、信州区C…": a district the list names in full may be written short in front of
    # another of its places (its name without 区/县); not in a street or road named after it ("安宁西路街道").
    named = {found[0] for item in items if (found := _front_district(item))}
    short = {d[:-1]: d for d in named if d[-1] in "区县" and len(d) >= 3}
    for item in items:
        # "A镇、B镇,以及C街道D村为管控区": 以及 joins the last place to the list, it is no part of it
        for place in _split_and(_COUNTED_END.sub("", re.sub(r"^以及(?=..)", "", item.strip(".:")))):
            if not place or _NOISE.fullmatch(place) or re.match(rf"(?:共|计|合计)[\d{_CN_NUM}]+", place):
                continue
            found = _front_district(place)
            if found is None:
                found = next(((d, place[len(stem):]) for stem, d in short.items()
                              if place.startswith(stem) and len(place) - len(stem) >= 4
                              and _rest_ok(place[len(stem):]) and not _STREET_FIRST.match(place)
                              and not re.match(r"[东南西北中]?(?:路|街|大道|巷|门|桥)", place[len(stem):])), None)
            if found:
                district, place = found
            if re.fullmatch(rf"[\d{_CN_NUM}]+(?:地|处|个区域|个地区)", place):
                continue  # "沈阳市皇姑区三地调整为低风险区": a count, not a place
            elif _district_ok(place) and len(place) <= 6 and not _CITY_AREA.fullmatch(place):
                district = place  # a whole district ("对迎泽区实行临时静默管理"): the place is the district
            if runs and runs[-1][0] == district:
                runs[-1][1].append(place)
            else:
                runs.append((district, [place]))
    return [(d, _join_bounded(places)) for d, places in runs]


# "龙山县城兴隆街道", "A县县城B社区": the county seat (县城) between a county and its street or community is no
# part of the place; a name of its own that starts with 城 ("城关镇", "城南街道", "城厢镇") has one character before
# its suffix after the 城, a street of the seat two or more. A town is never inside the seat: "和平县城金金镇" keeps
# its 城. ("龙山县城关镇东街社区" is the town 城关镇: the name after 城 holds no unit's suffix)
_COUNTY_SEAT = re.compile(rf"^县?城(?=(?:(?![镇乡街道村社区])[{_CJK}]){{2,6}}(?:街道|社区))")


def _front_district(place: str) -> tuple[str, str] | None:
    """(district, rest) when a place starts with its district ("银川市金凤区森林半岛小区", "古交市A小区")."""
    found = _front_district_name(place)
    if found and found[0].endswith("县") and (seat := _COUNTY_SEAT.match(found[1])):
        return found[0], found[1][seat.end():]
    return found


def _front_district_name(place: str) -> tuple[str, str] | None:
    known = _known_front(place)
    # "内蒙古通辽市科尔沁区钱家店镇孔家村", "江西省吉安市永丰县A村": a province (with or without 省) in front of the
    # city and district; the district is the one after it (a province alone, "江西路", names none; a known
    # district that starts with a province's name, "西藏文化旅游创意园区", is itself)
    province = None if known else re.match(rf"{_PROVINCE}|[{_CJK}]{{2,3}}(?:省|自治区)", place)
    if province and (found := _front_district_name(place[province.end():])):
        return found
    if known and _districts_of_cities().get(known[0][:-1]) == {known[0]}:
        return None  # "东莞市润东玩具有限公司": a city without districts (东莞, 中山, 嘉峪关) is no district
    if known:
        return known
    whole = re.fullmatch(rf"{_PREFECTURE}(?P<d>[{_CJK}]{{2,8}})", place)
    if whole and whole["d"] in _divisions()[0]:
        return whole["d"], whole["d"]  # "大兴安岭地区加格达奇区": a whole district after its prefecture
    m = _PLACE_DISTRICT.match(place)  # a city, then its district
    if m and m.start("d") > 0 and _front_ok(place, m):
        return m["d"], place[m.end():]
    alone = _PLACE_DISTRICT_ALONE.match(place)
    if (alone and alone["d"][:-1] in _divisions()[1] and alone["d"] not in _divisions()[0]
            and not _district_ok(place[alone.end():])):
        return None  # "无锡市国家高新技术产业开发区新锦路2号": a prefecture city is no district
    if alone and _district_ok(alone["d"]) and _front_ok(place, alone):
        return alone["d"], place[alone.end():]
    return None


def _front_ok(place: str, m: re.Match[str]) -> bool:
    d, after = m["d"], place[m.end():m.end() + 1]
    if d.startswith(("县城", "城区")) or re.search(r"[镇乡村街路巷除在号楼]|地区$|^全.$", d):  # "全县范围内"
        return False
    if (d.endswith("市") and after == "场") or after in ("镇", "乡", "村", "街", "路", "巷", "里", "屯", "庄"):
        return False
    if place[m.end():] in ("区", "县", "市", "旗"):
        return False  # "梅县区": a district whose name holds another's ("梅县") is one name, "区" alone no place
    if d.endswith("区") and after == "域":
        return False  # "原褚河港区域(除A村外)": an area (区域) named by what it was, no district "原褚河港区"
    if re.match(r"[一二三四五六七八九十\d]{1,3}(?:街|巷|路|弄|号)", place[m.end():]):
        return False  # "西安置区一街以南": a street of a compound, not a district
    if _BARE_SUB.match(place[m.end():]) or re.match(r"(?:社区|小区|花园|家园|村|号|栋|楼)", place[m.end():]):
        return False  # "金和金新区2栋", "金北区社区": a district is followed by a name, not by a building or a word
    # After a city ("长春市绿园区") a short name is trusted even with a word _district_ok distrusts.
    trusted = m.start("d") > 0 and len(d) <= 4 and not re.search(r"(?:小|社|校|厂|片|营|北|南|东|西|中)区$", d)
    return _district_ok(d) or trusted


def _split_and(item: str) -> list[str]:
    """ "A社区和大连金普新区B社区": 和 separates two places only before a district."""
    if item.count("和") + item.count("及") > 60:
        return [item]  # no notice joins so many places with 和; the split recurses once per 和
    return list(_split_and_of(item))


# Memoised: each 和 tries the split of everything after it, which without a memo is exponential in a long list.
@functools.lru_cache(maxsize=4096)
def _split_and_of(item: str) -> tuple[str, ...]:
    return tuple(_split_and_once(item))


def _split_and_once(item: str) -> list[str]:
    bound = re.search(r"及(?=[东南西北]至)", item)  # "…校区及北至…、南至…区域": two areas
    if bound and bound.start() >= 2:
        return [item[:bound.start()], *_split_and(item[bound.end():])]
    for m in re.finditer("和|以及", item):  # "A镇除封控区外的其他村以及阳信县B乡": 以及 as 和
        left, right = item[:m.start()], item[m.end():]
        if _unclosed(left):
            continue  # "A交叉口(原B宿舍和C宿舍)": a 和 inside a note joins what the note names
        if _closed_place(left) and _named_right(_before_next_and(right)):
            return [left, *_split_and(right)]
        if _district_ok(left, strict=True) and _district_ok((rest := _split_and(right))[0], strict=True):
            return [left, *rest]  # "漳浦县和华安县": two whole districts
        found = _front_district(right)
        if found and _complete_place(left) and _complete_place(found[1]) and len(found[0]) >= 3:
            return [left, *_split_and(right)]
        street = re.match(rf"[{_CJK}]{{2,8}}?(?:街道|镇|乡)(?=[{_CJK}])", right)
        if street and not _SUB_REST.fullmatch(item) \
                and _STREET_FIRST.match(left) and _complete_place(left) and _complete_place(right[street.end():]):
            return [left, *_split_and(right)]  # two places, each written with its street
        if street and (left_street := _STREET_FIRST.match(left)) and len(left) - left_street.end() >= 2 \
                and len(right) - street.end() >= 2 and not _SUB_REST.fullmatch(item) \
                and not re.search(r"(?:交界处?|之间|结合部|连接处|沿线)$", right):
            # "永顺街道张家烧饼店和永顺街道潘营村东地": each side repeats a street, which one name would not;
            # two places whatever they end with (not "A镇B村和C镇D村交界处", one area between them)
            return [left, *_split_and(right)]
        if (_STRONG_END.search(left) and len(left) >= 4 and _STRONG_END.search(right) and len(right) >= 5
                and re.match(rf"[{_CJK}]", right) and not _STRONG_END.search(left[-2:] + "和" + right[:1])):
            return [left, *_split_and(right)]  # "临江小区和宁波阿尔卑斯电子有限公司": two named places
        if (re.search(r"(?:区域|片区)$", left) and len(left) >= 5 and _complete_place(right)
                and re.match(rf"[{_CJK}]{{2,}}?(?:小区|社区|花园|家园|公寓|大厦|新村)", right)):
            return [left, *_split_and(right)]  # "A村自建房区域和B小区南区1、4、7栋": an area, then a compound's part
        if _named_pair(left, right):
            return [left, *_split_and(right)]
        if _rest_then_compound(left, right):
            return [left, *_split_and(right)]
    return [item]


# "A小区除14号楼以外其他楼栋以及B小区29号楼": the rest of one compound, then another compound's part: two places.
_COMPOUND_REST_END = re.compile(r"(?:其他|其它|其余)(?:楼栋|楼宇|楼房|楼|单元|区域|住户|房屋|部分|范围)$")
_COMPOUND_FRONT = re.compile(rf"[{_CJK}A-Za-z\d]{{2,12}}?(?:小区|社区|花园|家园|公寓|大厦|新村|苑|村|院)")


def _rest_then_compound(left: str, right: str) -> bool:
    return bool(_COMPOUND_REST.search(left) and _COMPOUND_REST_END.search(left)
                and _COMPOUND_FRONT.match(right) and _complete_place(right))


# "A路与B路交叉口(原C宿舍和D宿舍)和E村65、66号", "东至A路、…、北至D路合围区域和E村(原F自然村)": a place
# closed by its note or an area closed by its bounds' word, then 和 and a named place (a village, compound,
# community…) with its house numbers, buildings or note: two places.
_CLOSED_LEFT = re.compile(rf"[{_CJK}\d]{{3,}}\([^()]+\)$"
                          r"|(?:[东南西北](?:至|到)|以[东南西北]|之间)[^和]*(?:合围|围合|围成)?的?(?:区域|范围|片区|地块)$")
_NAMED_RIGHT = re.compile(rf"[{_CJK}]{{2,10}}?(?:村|小区|社区|花园|家园|公寓|大厦|新村|苑|宿舍|家属院)"
                          r"(?:[\d、\-—~]+(?:号楼|号院|号|栋|幢|座|组)|[一二三四五六七八九十]{1,3}组|\([^()]+\))?$")


def _closed_place(left: str) -> bool:
    return bool(_CLOSED_LEFT.search(left)) and not _unclosed(left)


def _before_next_and(text: str) -> str:
    """What comes before the next 和 outside brackets ("B村(原C)和D村" gives "B村(原C)")."""
    depth = 0
    for pos, ch in enumerate(text):
        depth += (ch in _OPEN) - (ch in _CLOSE)
        if ch == "和" and depth <= 0:
            return text[:pos]
    return text


def _named_right(right: str) -> bool:
    return bool(_NAMED_RIGHT.fullmatch(right)) and _complete_place(right)


# A name's own note at its end ("格林豪泰酒店(火车站店)"): what the name ends with is read before it.
_END_NOTE = re.compile(r"\([^()]{1,20}\)$")
# Shops and eateries close a name too ("晓辉饭店(朝阳路店)").
_SHOP_END = re.compile(r"(?:饭店|餐厅|餐馆|超市|商店|药店|药房|门店|酒楼|旅馆|浴池|店)$")
# Words 和 starts ("和平", "和谐"…): "A社区和平小区" may be one place; a short right side is not split there.
_HE_WORD = re.compile(r"和(?:平|谐|睦|美|顺|兴|悦|煦|润|盛|鸣|风|园|苑|居|家|乐|畅|泰|嘉|光|义|安)")


def _named_pair(left: str, right: str) -> bool:
    """ "A街道朝阳社区和何庄社区", "A酒店(火车站店)和晓辉饭店(朝阳路店)": both sides are whole named places
    (four characters at least, ending as a place does; a bracketed note after it allowed)."""
    left_core, right_core = _END_NOTE.sub("", left), _END_NOTE.sub("", right)
    if len(left_core) < 4 or not (_STRONG_END.search(left_core) or _SHOP_END.search(left_core)):
        return False
    end = _STRONG_END.search(right_core) or _SHOP_END.search(right_core)
    if end is None or len(right_core) < 4 or not re.match(rf"[{_CJK}]", right_core):
        return False
    return len(right_core) >= 5 or not _HE_WORD.match("和" + right_core)


# Endings that close a named place for sure (unlike 城, 园, 湾, which names also hold: "春城和园").
_STRONG_END = re.compile(r"(?:小区|社区|公司|大厦|医院|学校|市场|酒店|宾馆|花园|家园|公寓|宿舍"
                         r"|家属院|家属区|家属楼"  # "县府招待所家属院和国鑫富民小区": an employer's housing
                         r"|[^\d一二三四五六七八九十]村)$")


# What a full place name ends with: "…社区", "…小区", "…村", "…12号楼", "…(1号楼除外)".
_PLACE_END = re.compile(r"(?:小区|社区|花园|家园|公寓|宿舍|大厦|广场|村|苑|园|庭|府|城|里|院|湾|居"
                        r"|号|楼|栋|幢|座|单元|层|区|期|街道|镇|乡|中心|医院|学校|市场|公司|宾馆|酒店|组|队|屯|\))$")


def _complete_place(text: str) -> bool:
    """Whether text is a whole place on its own (one side of "A和B"), not the first part of a name
    ("金和金北区2栋", "和平小区"): a name of at least two characters before its ending."""
    found = _front_district(text)
    bare = found[1] if found else text
    if found is None and _district_ok(bare):
        return False  # "晋源区和金北区社区…": a district's name, then the place's own
    return len(bare) >= 3 and bool(_PLACE_END.search(bare))


# What a whole city or district leaves out, in brackets: its levels "(除封控、管控区外)", also with other kinds
# of area "(除高、中风险区、风险排查区外)", "(封控区、临时管控区除外)", or named places "(除A镇外)".
_EXCEPTION_NOTE = r"\((?:除[^()除]{1,40}?(?:以外|之外|外)|[^()除]{1,40}?除外)\)"
# "二连浩特市其他区域", "全区除高风险区外的其他区域", "其余行政村": the rest of an area, no place.
_BLANKET = re.compile(r"(?:其他|其它|其余)(?:区域|地区|地域|行政村|村)|^全(?:市|区|县|省)(?:其他|除)|全省"
                      # (the divisions before 除 split at their 、 only: a free split of a long list is exponential)
                      r"|^(?=[^除]*除)(?:[^除、]*?(?:区|县|市|旗|乡|镇|街道)、)*[^除]*?(?:区|县|市|旗|乡|镇|街道)?"
                      r"除(?:上述|以上|已划定)[^()]*(?:以外|之外|外)的?(?:其他|其它|其余|所有|全部)?(?:区域|地区|点位)$"
                      r"|^[^至以]*除(?:已划定的)?[高中低][^至]{0,12}(?:以外|之外|外)的?(?:区域|地区)$"
                      # "新建区(除封控区、管控区以外)区域": the rest of the district, its exception in brackets
                      r"|^[^()除]{0,12}(?:区|县|市|旗)\(除[^()]*(?:以外|之外|外)\)的?(?:其他|其它|其余)?(?:区域|地区|范围)$"
                      # "南安全市域(除封控区、管控区外)": the whole city but its levels (not a town's "全区域")
                      rf"|^(?:[^()除]{{0,10}}?(?<![镇乡村道园]))?全(?:市|县|旗|区(?!域))(?:域|境)?(?:范围)?内?"
                      rf"{_EXCEPTION_NOTE}$"
                      # "图们市全域(除封控、管控区外)": a city's or district's whole but its levels, the place
                      # left as "全域(…)" once the district in front is taken off
                      rf"|^(?:[^()除]{{0,10}}?(?:区|县|市|旗))?全(?:域|境)(?:范围)?内?"
                      rf"{_EXCEPTION_NOTE}$"
                      # "盐湖区除御溪苑1号楼外全域" (the district taken off in front): a district's whole but its
                      # places, no place (a town's, a village's or a compound's, "A镇除B村外全域", starts with its
                      # name, not with 除)
                      rf"|^除[^除]{{1,30}}?(?:以外|之外|外)的?(?:其他|其它|其余)?"
                      rf"(?:全域|全境|区域|地区)(?:范围)?内?$")


# ---------------------------------------------------------------------------------------------------
# metadata


# "云南省安宁市人民政府11日发布公告称,…" (a report): a division's government announcing, when no prevention
# office is named, issues the notice.
_GOVERNMENT_ANNOUNCING = re.compile(rf"(?P<org>[{_CJK}]{{2,20}}?(?:市|区|县|旗)人民政府)(?:\d{{1,2}}日|今日|今天|日前)?"
                                    r"(?:发布|发出)(?:公告|通告)")


def _issuer(lines: list[str]) -> str | None:
    for line in lines:
        for m in _ORG_IN_LINE.finditer(line):
            if _ORG_KEYWORD.search(m["org"]):
                return m["org"]
    for line in lines:
        if m := _GOVERNMENT_ANNOUNCING.search(line):
            return m["org"]
    return None


def _number(lines: list[str]) -> tuple[int, int | None] | None:
    matches = [m for line in lines for m in _NUMBER_RE.finditer(line)]
    matches.sort(key=lambda m: not re.match(r"(?:通告|公告)", m.string[m.end():]))
    for m in matches:
        value = _cn_int(m["n"] or m["n2"])
        if value:
            year = m["y1"] or m["y2"] or m["y3"]
            return value, int(year) if year else None
    return None


def _title_district(lines: list[str]) -> str | None:
    # A title may be broken over two lines ("海珠区关于部分区域风险\n等级调整的通告").
    for line in [a + b for a, b in zip(lines, [*lines[1:], ""], strict=False)]:
        # (also a 公告, and after a site's marks: ">>>武清区关于全部解除封控管控…的公告")
        m = re.match(rf"(?:[>»》·•\s]+)?([{_CJK}]{{2,6}}?(?:区|县|旗))关于", line)  # "海珠区关于调整风险区域等级的通告"
        if m and re.search("通告|公告", line) and _district_ok(m[1]):
            return m[1]
        m = re.match(rf"([{_CJK}]{{2,4}}?市)关于", line)  # "乐清市关于…的通告": a county-level city (a known division)
        if m and "通告" in line and m[1] in _divisions()[0]:
            return m[1]
        m = re.search(rf"关于(?:调整|划定|公布|解除|新增|发布)?([{_CJK}]{{2,8}}?(?:区|县|旗))"
                      rf"(?=部分|以下|的|风险|[高中低]风险|封控|管控|防范|疫情|新增|调整|划定|解除)", line)
        if m and "通告" in line and _district_ok(m[1]):
            return m[1]
        stem = _city_stem_district(line) if re.search(r"通告|公告", line) else None
        if stem:
            return stem
    for line in lines:
        m = _OFFICE_TITLE.match(line.strip())  # "南浔区新冠肺炎疫情防控工作通告(2022年第13号)": no 关于
        if m and (m["d"] in _divisions()[0] if m["d"][-1] == "市" or len(m["d"]) > 6
                  else _district_ok(m["d"], strict=True)):
            return m["d"]
    return None


# A title that is the office's name and "通告" with its number, the district in front.
# ("莫力达瓦达斡尔族自治旗…指挥部第六十四号通告": a long name, an autonomous county or banner, when it is a known one)
_OFFICE_TITLE = re.compile(rf"(?P<d>[{_CJK}]{{2,16}}?(?:区|县|旗|市))(?=[{_CJK}]{{0,20}}?(?:疫情|肺炎|防控|指挥部))"
                           rf"[{_CJK}]{{2,40}}?(?:通告|公告)(?:\(?(?:\d{{4}}年)?第?[\d{_CN_NUM}]+(?:号|期)\)?)?$")


_MUNICIPALITIES = ("北京", "天津", "上海", "重庆")


@functools.cache
def _districts_of_cities() -> dict[str, frozenset[str]]:
    """The known districts of each city of divisions.tsv ("" for the municipalities' own)."""
    found: dict[str, set[str]] = {}
    for line in (Path(__file__).with_name("divisions.tsv")).read_text(encoding="utf-8").splitlines():
        city, _, district = line.partition("\t")
        found.setdefault(city, set()).add(district)
    return {city: frozenset(names) for city, names in found.items()}


def _city_stem_district(line: str) -> str | None:
    """ "12月2日重庆大渡口关于调整风险区等级和范围的通告": a title that names its city, then the district
    without its suffix, in front of 关于. Taken only when city and stem + suffix make a district the
    divisions list holds for that city (a municipality's districts for 北京, 天津, 上海, 重庆)."""
    m = re.search(rf"([{_CJK}]{{4,14}}?)(?::?关于|发布)", line)  # also "12月2日,重庆大渡口发布…通告"
    if m is None:
        return None
    head, table = m[1], _districts_of_cities()
    for start in range(len(head) - 3):
        for city in {head[start:start + n] for n in (2, 3, 4)}:
            known = table.get("" if city in _MUNICIPALITIES else city)
            stem = head[start + len(city):].removeprefix("市")
            if not known or not 2 <= len(stem) <= 5:
                continue
            for suffix in ("区", "县", "市", "旗", "新区", "自治县"):
                if stem + suffix in known:
                    return stem + suffix
    return None


# "4月28日,天台县发现4例…感染者", "3日,A区新增1例本土确诊病例": a clause that starts with a district, which
# found or reported cases (a count of 例 or 名 follows).
# ("杭州市余杭区在仁和街道发现…", "我市A区…": the city and the street around it are no part of it)
_NOT_CITY = rf"(?:(?!市)[{_CJK}])"
_OUTBREAK_DISTRICT = re.compile(rf"(?:(?<=[,:。])|(?<=日)|(?<=时)|^)(?:[{_CJK}]{{2,7}}?(?:省|自治区))?"
                                rf"(?:我市|本市|[{_CJK}]{{2,4}}?市)?"
                                rf"({_NOT_CITY}县|{_NOT_CITY}{{2,6}}?(?:区|县|旗))"
                                rf"(?=(?:境内|辖区内?|在[{_CJK}]{{2,8}}?(?:街道|镇|乡))?"
                                rf"(?:新?发现|报告|出现|新增|排查出|检测出)[^,。;]{{0,6}}?[\d{_CN_NUM}]+(?:例|名))")


def _lead_district(lines: list[str]) -> str | None:
    """ "现将东港区新划定高、中风险区相关事宜通告如下": the district the lead sentence names. "对顺义区如下地区
    进行…等级调整" and "对X区下列区域…" point from the district to the list below."""
    for line in lines:
        for m in re.finditer(rf"(?<=[将对在])([{_CJK}]{{2,6}}?(?:区|县|旗))"
                             rf"(?=新|部分|以下|如下|下列|下述|范围|内|划定)", line):
            if _district_ok(m[1]):
                return m[1]
        # "自3月3日起,苍南县在灵溪镇划定…": the district at a clause's start, then the town in it where the areas lie
        for m in re.finditer(rf"(?:(?<=[,:])|^)([{_CJK}]{{2,6}}?(?:区|县|旗))"
                             rf"(?=在[{_CJK}]{{2,8}}?(?:街道|镇|乡)(?:范围内|辖区内?)?(?:新)?划定)", line):
            if _district_ok(m[1]):
                return m[1]
        # "自6月3日零时起,和平区解除参照防范区和部分防范区管理", "6月2日和平区解除…" (a headline): the district
        # that lifts its areas at a clause's start (after a date)
        for m in re.finditer(rf"(?:(?<=[,:])|^)(?:\d{{1,2}}月\d{{1,2}}日)?([{_CJK}]{{2,6}}?(?:区|县|旗))"
                             r"(?=(?:全面|有序|逐步)?(?:解除|解封))", line):
            if _district_ok(m[1]):
                return m[1]
        # "对叙州区南岸街道A等风险地区进行风险地区调整": the district in front of the place the lead sums up
        for m in re.finditer(rf"(?<=[将对])([{_CJK}]县|[{_CJK}]{{2,6}}?(?:区|县|旗))"
                             rf"(?=[^,。;:]{{2,60}}?等[^,。;:]{{0,12}}调整)", line):
            if _district_ok(m[1]) and (len(m[1]) > 2 or m[1] in _divisions()[0]):  # "杞县", not "全县"
                return m[1]
        # "根据太谷区疫情防控工作需要,…区疫情防控工作领导小组决定,划定…": the district whose prevention work the
        # lead says the notice serves
        # ("根据当前海南乐东县疫情防控工作需要": the time word and the province in front are no part of it)
        for m in re.finditer(rf"(?:(?<=根据)|(?<=按照)|(?<=结合)|(?<=为做好))(?:当前|目前|近期)?(?:{_PROVINCE})?"
                             rf"([{_CJK}]县|[{_CJK}]{{2,6}}?(?:区|县|旗))"
                             rf"(?=(?:当前|目前|近期)?(?:疫情|新冠|新型冠状病毒))", line):
            if _district_ok(m[1]) and (len(m[1]) > 2 or m[1] in _divisions()[0]):
                return m[1]
        # "自2022年11月26日0时起,阳江滨海新区(阳江高新区)调整风险区域。": the district whose areas the lead
        # says change (with its other name in brackets when written)
        # ("12月4日6时起重庆开州区部分高风险区调整为低风险区": a headline, its city in front and the areas whose
        # level changes after the district)
        for m in re.finditer(rf"(?:(?<=起,)|(?<=起)|^)(?:{_PROVINCE})?(?:[{_CJK}]{{2,4}}?市|北京|天津|上海|重庆)?"
                             rf"([{_CJK}]{{2,8}}?(?:区|县|旗))(\([{_CJK}]{{2,8}}(?:区|县|市)\))?"
                             rf"(?=(?:调整|划定)(?:部分)?(?:[高中低])?风险(?:区域|地区|区)"
                             rf"|部分(?:[高中低]风险|封控|管控|防范)(?:区域|地区|区)(?:{_TARGET_VERB}|调整))", line):
            if _district_ok(m[1]) and (len(m[1]) > 2 or m[1] in _divisions()[0]):
                return _without_city(m[1]) + (m[2] or "")
        # "2022年4月28日,天台县发现4例新冠肺炎阳性感染者": the district where the lead says the cases were found
        for m in _OUTBREAK_DISTRICT.finditer(line):
            if _district_ok(m[1]) and (len(m[1]) > 2 or m[1] in _divisions()[0]):
                return m[1]
        # "据浙江金华永康市官方微信公众号“永康发布”消息" (a news report): the county-level city whose own channel
        # the report quotes, a known division after its province and city written short
        for m in re.finditer(rf"据([{_CJK}]{{3,10}}?市)(?=官方|发布|融媒|政府|新冠|疫情|应对|防控)", line):
            known = next((m[1][i:] for i in range(len(m[1]) - 2) if m[1][i:] in _divisions()[0]), None)
            if known:
                return known
        # "朝阳区人民政府副区长通报:…" (a report of a press conference): the district whose head announces
        for m in _DISTRICT_HEAD.finditer(line):
            if _district_ok(m["d"]):
                return m["d"]
        # "武都区…领导小组研究决定": the office that decides, at a clause's start
        for m in _ORG_DECIDES.finditer(line):
            district = _issuer_district(m["org"]) if _ORG_KEYWORD.search(m["org"]) else None
            if district:
                return district
        # "决定…划定格尔木市高风险区范围": a county-level city (a known division) the lead names
        for m in re.finditer(rf"(?:(?<=[将对在])|(?<=划定))([{_CJK}]{{2,6}}?市)"
                             rf"(?=新|部分|以下|范围|内|划定|[高中低]风险|封控|管控)", line):
            if m[1] in _divisions()[0]:
                return m[1]
    return None


# "朝阳区人民政府副区长通报", "A县县长介绍", "B区常务副区长表示": a district's head (or deputy) speaking in office.
_DISTRICT_HEAD = re.compile(rf"(?P<d>[{_CJK}]{{2,6}}?(?:区|县|旗))(?:人民政府|政府)?(?:常务)?副?(?:区|县|旗)长"
                            r"(?=[^,。;:]{0,6}?(?:通报|发布|宣布|介绍|表示|通告))")


def _without_city(name: str) -> str:
    """ "成都武侯区" (a headline's city written without 市 in front): the known district after the city."""
    table = _districts_of_cities()
    for cut in (2, 3, 4):
        if name[:cut] in table and name[cut:] in table[name[:cut]]:
            return name[cut:]
    return name


def _lead_street_district(lines: list[str], changes: list[dict[str, Any]]) -> str | None:
    """ "4月3日凌晨,如皋市城北街道发现1例…阳性感染者": the lead names a known district with one of its streets or
    towns, and places without a district of their own lie in that street ("城北街道A公司厂区"): their district."""
    places = [p for c in changes if c["district"] is None for p in c["places"]]
    for line in lines:
        for m in re.finditer(rf"(?=([{_CJK}]{{2,6}}?(?:区|县|市|旗))([{_CJK}]{{2,6}}?(?:街道|镇|乡)))", line):
            if m[1] in _divisions()[0] and any(m[2] in p for p in places):  # ("古楼街道" holds 楼: no _sub_ok)
                return m[1]
    return None


# "据万宁市…指挥部消息", "记者从A县…指挥部获悉", "经A区…指挥部研究决定": a news report names the office
# as its source.
# ("经专家研判和县…指挥部决定": the experts' judgement joined to the office by 和 is no part of its name;
# "经伊犁州、伊宁市疫情防控工作指挥部研判决定": offices of a prefecture and of its county-level city deciding
# together, the last one is the district's)
_JUDGED_AND = r"(?:[^,。;:]{0,8}?(?:研判|研究|分析|评估|会商|论证)(?:和|及|并|、))?"
_ORG_SOURCE = re.compile(rf"(?<=[据从经]){_JUDGED_AND}(?:[{_CJK}]{{2,8}}?(?:州|市|地区|盟)、)?(?P<org>{_ORG_BODY})"
                         r"(?=消息|获悉|了解到|研究决定|研判决定|决定|发布|通报)")
# "…,A区…领导小组研究决定,", "甘肃省B市A区…办公室今天(21日)发布通告": the office that decides or issues, at a
# clause's start in the lead (with a time word before 发布 in a report).
_ORG_DECIDES = re.compile(rf"(?:(?<=[,。:])|^)(?![据从经])(?P<org>{_ORG_BODY})"
                          # ("A市…总指挥部12月4日发布通告": the day written as a date)
                          rf"(?=(?:今天|今日|近日|日前|昨天|昨日|(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日)?(?:\(\d{{1,2}}日\))?"
                          # ("A区…指挥部根据疫情防控形势,经综合研判,…": the office as the subject of the lead)
                          rf"(?:研究决定|决定|发布|根据|依据|按照))")


def _office_district(lines: list[str]) -> str | None:
    """The district of an office named anywhere around the lists, also broken over two lines
    ("杭州市余杭区\n新冠肺炎疫情防控指挥部", "来源:忻州市忻府区…指挥部")."""
    for line in [*lines, *(a + b for a, b in zip(lines, lines[1:], strict=False))]:
        for m in [*_ORG_IN_LINE.finditer(line), *_ORG_SOURCE.finditer(line)]:
            district = _issuer_district(m["org"]) if _ORG_KEYWORD.search(m["org"]) else None
            if district:
                return district
    return None


def _issuer_district(issuer: str) -> str | None:
    """The district of a district office ("北京市朝阳区…领导小组办公室" gives 朝阳区)."""
    # ("内蒙古包头市九原区…指挥部": a province may be written without 省 / 自治区)
    m = re.match(rf"(?:{_PROVINCE}|[{_CJK}]{{2,7}}?(?:省|自治区))?(?:[{_CJK}]{{2,4}}?市)?"
                 rf"([{_CJK}]{{2,6}}?(?:新区|区|县|旗))", issuer)
    if m and _district_ok(m[1]):
        return m[1]
    # "阳泉市城区…领导小组办公室": a two-character district ("城区", "郊区", "矿区") is a word anywhere else; after
    # the name of its own city it is the office's district
    m = re.match(rf"(?:{_PROVINCE}|[{_CJK}]{{2,7}}?(?:省|自治区))?([{_CJK}]{{2,4}}?)市([{_CJK}]区)", issuer)
    if m and (m[1], m[2]) in _city_short_districts():
        return m[2]
    m = re.match(rf"(?:[{_CJK}]{{2,7}}?(?:省|自治区))?(?:[{_CJK}]{{2,4}}?市)?([{_CJK}]县)", issuer)
    if m and m[1] in _divisions()[0]:
        return m[1]  # "杞县…指挥部": a county of two characters
    # "格尔木市…指挥部": the office of a county-level city (a known division) is its district's
    # ("辽宁大连庄河市…指挥部": its prefecture city written without 市 in front)
    m = re.match(rf"(?:{_PROVINCE}|[{_CJK}]{{2,7}}?(?:省|自治区))?([{_CJK}]{{2,6}}?市)", issuer)
    return (m[1] if m[1] in _divisions()[0] else _known_or_none(_without_city(m[1]))) if m else None


def _known_or_none(name: str) -> str | None:
    return name if name in _divisions()[0] else None


# "河南禹州市疫情防控指挥部": a province written without 省 in front of a county-level city.
_PROVINCE = (r"(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州"
             r"|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)(?:省|自治区)?")


def _dates_of(region: list[str]) -> tuple[_Date | None, _Date | None, bool, list[_Date]]:
    """Published date (one in a sentence that reports the notice), effective date ("自…起"),
    whether it takes effect at once ("即日起"), and the other dates of the lead text."""
    published: _Date | None = None
    effective: _Date | None = None
    now = False
    others: list[_Date] = []
    for line in region:
        for sentence in line.split("。"):
            dates = _dates_in(sentence)
            if effective is None and not now:
                immediate = _EFFECTIVE_NOW.search(sentence)
                starts = [when for when, is_start in dates if is_start]
                if immediate and (not starts or immediate.start() < sentence.find("起")):
                    now = True
                elif starts:
                    effective = starts[0]
            plain = [when for when, is_start in dates if not is_start]
            if published is None and plain and re.search(r"发布|通告|公告|印发|公布", sentence):
                published = plain[0]
            others.extend(plain)
    return published, effective, now, others


def _resolve_year(when: _Date, reference: _Date | None, default_year: int | None) -> int | None:
    if when.year:
        return when.year
    if reference and reference.year:
        year = reference.year
        if when.month - reference.month > 6:  # a December date in a January notice
            year -= 1
        elif reference.month - when.month > 6:
            year += 1
        return year
    return default_year


# ---------------------------------------------------------------------------------------------------
# public API


_LABEL_ORDINAL = r"(?:[一二三四五六七八九十\d]{1,3}|\([一二三四五六七八九十\d]{1,3}\))?"


def _changes(sections: list[_Section], warnings: list[str]) -> tuple[list[dict[str, Any]], list[_Section]]:
    """One change per (section, district), count checks as warnings; also the sections that had places."""
    changes: list[dict[str, Any]] = []
    used: list[_Section] = []
    for section in sections:
        h = section.heading
        if section.places is not None:
            groups = [_Group(h.district, places=section.places)]
        else:
            groups = _scan(_blocks(section.lines), h.district) if section.lines else []
            if groups and not _counts_agree(groups, h.total):
                # "高风险区(3个)" over three numbered items, one holding "A小区1号楼、B苑": the counts the
                # notice states show that each numbered item is one place
                whole = _scan(_blocks(section.lines), h.district, whole_items=True)
                if _counts_agree(whole, h.total):
                    groups = whole
                elif h.total is not None and _one_comma_list(block := _blocks(section.lines)) and _counts_agree(
                        by_comma := _scan(block, h.district, comma_groups=True), h.total):
                    # "将以下8个高风险区降为中风险区:A社区B楼、C小区(7栋、11栋),D镇E村、F村,…": the total counts
                    # the pieces between commas, each one place with its 、 inside
                    groups = by_comma
        # "中风险区(7个)" over "…、河西村、虎狼城村及中川街道": the count says 及 separates two places
        if groups and not _counts_agree(groups, h.total) and (
                split := [_Group(g.district, g.count, g.labelled, [q for p in g.places
                                                                    for q in _split_whole_and(p)])
                          for g in groups]) and _counts_agree(split, h.total):
            groups = split
        # "高风险区(6个)" over "A花园22栋B广场B区9栋C街道D时代1栋…": a copy that lost the list's line breaks;
        # the count says each numbered building ends a place
        if groups and not _counts_agree(groups, h.total) and (
                split := [_Group(g.district, g.count, g.labelled, [q for p in g.places
                                                                    for q in _split_run_on_buildings(p)])
                          for g in groups]) and _counts_agree(split, h.total):
            groups = split
        merged: dict[str | None, _Group] = {}
        for g in groups:
            known = merged.get(g.district)
            if known is None:
                merged[g.district] = _Group(g.district, g.count, g.labelled, list(g.places))
            else:
                known.places.extend(g.places)
                if known.count is not None and g.count is not None:
                    known.count += g.count
                else:
                    known.count = None
        groups = _front_districts(list(merged.values()))
        for g in groups:  # "Ag1*.t", "#L[-WC]1y": noise a copy left in a list; a place names itself in CJK
            g.places = [p for p in g.places if re.search(f"[{_CJK}]", p)]
        if not any(g.places for g in groups):
            continue  # a summary line ("我市新增高风险区42个,调整为低风险区33个,具体如下:")
        used.append(section)
        name = h.text[-30:]
        found = sum(len(g.places) for g in groups)
        if h.total is not None and h.total != found:
            warnings.append(f"「{name}」声明{h.total}个,识别到{found}个"
                            f" / heading states {h.total}, found {found}")
        for g in groups:
            if g.count is not None and g.count != len(g.places):
                warnings.append(f"「{name}」{g.district or ''}声明{g.count}个,识别到{len(g.places)}个"
                                f" / {g.district}: stated {g.count}, found {len(g.places)}")
            if g.places:
                changes.append({
                    "action": h.action, "level_from": h.level_from, "level_to": h.level_to,
                    "district": g.district, "stated_count": g.count, "places": g.places,
                    # ("封控区一:", "封控区2:": a lift's lists numbered under one level are bare labels too)
                    "_bare": h.action == "set" and bool(re.fullmatch(rf"{_LEVEL}{_LABEL_ORDINAL}(?:\(.*\))?", h.text)
                                                        or _heading_town(h.text)),
                    "_at": section.index,
                })
    return changes, used


# "虹口区广中路街道广中支路26号(8月17日已发布)": when an item was first published, no part of the place.
_PUBLISHED_NOTE = re.compile(r"\((?:(?:\d{4}年)?\d{1,2}月\d{1,2}日[^()]{0,8}?)?已(?:发布|公布|公告|通报|划定)\)$"
                             # "A小区(管控时间:10月19日)", "(封控日期:10月19日起)", "(10月19日起管控)": when the
                             # control began (a bare "(2月21日)" stays: a list may name places by it)
                             r"|\([\u4e00-\u9fff]{0,4}(?:时间|日期):?自?(?:\d{4}年)?\d{1,2}月\d{1,2}日[^()]{0,12}\)$"
                             r"|\(自?(?:\d{4}年)?\d{1,2}月\d{1,2}日[^()]{0,8}?起[^()]{0,6}\)$"
                             # "南园小区全域(新增)": the item is new in this notice, no part of the place
                             r"|[(【](?:本次|今日|当日)?新(?:增|划定|划入|纳入)[)】]$"
                             # "A路以北…合围区域(原中风险地区作相应调整)": what becomes of the earlier area
                             r"|\(原[^()]{0,10}?(?:风险|封控|管控|防范)[^()]{0,10}?(?:调整|取消|撤销|解除)\)$")

# "A饭店(阳性病例涉疫场所)", "B小区(确诊病例居住地)": why the place is listed, no part of it.
_CASE_NOTE = re.compile(r"\([^()]{0,12}(?:病例|感染者|阳性|涉疫)[^()]{0,12}\)$")


def _one_comma_list(text: str) -> bool:
    """Whether a section's text is one line of pieces between commas (not lines or ";"-groups of labels)."""
    text = text.strip()
    return "," in text and "\n" not in text and ";" not in text


def _split_whole_and(place: str) -> list[str]:
    """ "虎狼城村及中川街道", "A小区和B村": 及 (以及, 和, 与) between two whole places, outside brackets (not
    "A村及周边", whose right side is no place); only taken where the counts the notice states call for it."""
    for m in _COUNTED_AND.finditer(place):
        left, right = place[:m.start()], place[m.end():]
        if not _unclosed(left) and _complete_place(left) and len(left) >= 3 and re.match(rf"[{_CJK}]", right):
            rest = _split_whole_and(right)
            if _complete_place(rest[0]) and len(rest[0]) >= 3:
                return [left, *rest]
    return [place]


# A numbered building ("22栋", "9幢", "3号楼", "5座") or unit ("2单元") then a name's first character: where
# a run-on list's next place starts (not "1栋2单元", "3号楼底商": parts of the same building; nor "1栋及2栋").
_RUN_ON_BUILDING = re.compile(rf"(?:(?<=\d栋)|(?<=\d幢)|(?<=\d座)|(?<=\d号楼)|(?<=\d单元))"
                              rf"(?=[{_CJK}A-Za-z])(?![单元层楼号室户之附及和与至到、底商门前后内外东西南北侧旁])")


def _split_run_on_buildings(place: str) -> list[str]:
    cuts = [m.start() for m in _RUN_ON_BUILDING.finditer(place) if not _unclosed(place[:m.start()])]
    return [place[a:b] for a, b in zip([0, *cuts], [*cuts, len(place)], strict=True)]


def _counts_agree(groups: list[_Group], total: int | None) -> bool:
    """Whether the places read agree with the counts stated: the heading's total, each group's count."""
    if total is not None and sum(len(g.places) for g in groups) != total:
        return False
    return all(g.count is None or g.count == len(g.places) for g in groups)


def _and_district(place: str) -> list[str]:
    """ "阳信县河流镇除封控区外的其他村以及阳信县洋湖乡": 以及 (or 和) in front of a place written with its district
    joins two places of a list; so do 及 and 与 ("A路、B路区域(含C楼)及平安区D超市")."""
    for m in re.finditer("以及|及|和|与", place):
        left, right = place[:m.start()], place[m.end():]
        found = _front_district(right)
        if found and len(found[0]) >= 3 and not _unclosed(left) and _complete_place(left) \
                and _complete_place(found[1]):
            return [left, *_and_district(right)]
    return [place]


# A development zone named by its kind alone, no name of its own: "经济开发区", "经开区", "高新技术产业开发区".
_GENERIC_ZONE = re.compile(r"(?:国家级?)?(?:经济技术|经济|高新技术产业|高新技术|高新|经开|技术)?(?:产业)?"
                           r"(?:开发区|园区)|经开区|高新区")


# "兰州团结新村街道A号", "兰州市B镇C村": a prefecture city (with or without 市) written before a street or
# town of its own is no part of the place; the street's name must be a name ("西安路街道", "大连湾街道" keep
# the city, which is part of the road's or the bay's name).
_CITY_FRONT_SUB = re.compile(rf"[{_CJK}]{{2,8}}?(?:街道|镇|乡)(?!办)(?=.)")


def _without_front_city(place: str, text: str) -> str | None:
    cities = _divisions()[1]
    for length in (4, 3, 2):
        city, rest = place[:length], place[length:]
        if city not in cities:
            continue
        if f"{city}市" in _divisions()[0]:
            return None  # a county-level city ("古交") is a district, _front_district reads it
        if rest.startswith("市"):
            rest = rest[1:]
        elif f"{city}市" not in text:
            return None  # "南阳新村街道" in a notice of 郑州: without 市 only the notice's own city is one
        if re.match(r"[路街道巷里湾大]|[东西南北中]路", rest) or not _CITY_FRONT_SUB.match(rest) \
                or _known_front(rest):
            return None
        return rest
    return None


def _city_fronts(changes: list[dict[str, Any]], text: str) -> None:
    for change in changes:
        change["places"] = [_without_front_city(place, text) or place for place in change["places"]]


def _front_districts(groups: list[_Group]) -> list[_Group]:
    """A listed place that starts with its district ("西塞山区八泉街道…") goes to that district; blanket
    phrases that only became visible then ("西塞山区除高风险区以外的其他区域") are dropped."""
    out: dict[str | None, _Group] = {}
    listed_all = [_PUBLISHED_NOTE.sub("", part) for g in groups for place in g.places for part in _and_district(place)]
    wholes = sum(map(_whole_district, listed_all))
    county_list = wholes >= 3 and len(listed_all) - wholes <= max(1, len(listed_all) // 10)
    for g in groups:
        out.setdefault(g.district, _Group(g.district, g.count, g.labelled))
        district = g.district
        split = [_and_district(place) for place in g.places]
        listed = [part for parts in split for part in parts]
        # "金凤区A小区及兴庆区B小区": a place joined on with its own district in front is in that district
        joined = [k > 0 for parts in split for k in range(len(parts))]
        fronts = [_front_district(_PUBLISHED_NOTE.sub("", p)) for p in listed]
        # "1.银河南路街道A小区" … "4.龙河高新区B小区": a zone that is no known district, listed among places
        # that start with their street and none with a district, is a unit of the same rank as those streets
        # (the notice's district governs both); it stays in its place.
        # ("2.经济开发区A餐厅" among "1.钟家庄街道B社区": a zone without a name of its own is no known district, though
        # several cities have a district of that name)
        among_streets = any(_STREET_FIRST.match(p) for p, f in zip(listed, fronts, strict=True) if f is None) \
            and all(f is None or f[0] not in _divisions()[0] or _GENERIC_ZONE.fullmatch(f[0]) for f in fronts)
        # "德州市新增划以下高风险区域:天衢新区A小区、B小区": the list's "district" is a prefecture city, the places
        # name their district (a county-level city, "古交市", governs its places itself)
        city_wide = bool(g.district) and g.district.endswith("市") and g.district[:-1] in _divisions()[1] \
            and g.district not in _divisions()[0]
        # "银川市6个:兴庆区、金凤区、贺兰县", "宁东地区1个:宁东能源化工基地": in a list of whole counties under
        # their cities each listed unit is its own district, the city or prefecture over it is none
        # ("广州市:荔湾区、海珠区" / "东莞市:A片区、B片区": a city's line of its own counties, each its district,
        # even where other cities of the list have no counties and list their parts)
        counties = city_wide and all(_county_of(place, g.district) for place in listed)
        own = g.district not in _divisions()[0] and (g.district is None or county_list or counties)
        for place, found, joined_on in zip(listed, fronts, joined, strict=True):
            place = _CASE_NOTE.sub("", _PUBLISHED_NOTE.sub("", place))
            if found and among_streets and (found[0] not in _divisions()[0] or _GENERIC_ZONE.fullmatch(found[0])):
                found = None
            if g.district is None and _CITY_PROPER.fullmatch(place):
                district = found = None  # "巴东县、荆门市城区、钟祥市": a city's urban area names no county
            if found and (g.district is None or found[0] == g.district or joined_on
                          or (g.district.endswith("市") and place.startswith(g.district)) or city_wide):
                district, place = found  # and for the places after it in an unlabelled list
            if own and (_whole_district(place) or g.district) and not _CITY_PROPER.fullmatch(place):
                district = place  # "高风险地区:乌鲁木齐市天山区、沙依巴克区": the district is the place
            if not place or _NOT_PLACE.search(place) or _is_blanket(place):
                continue
            out.setdefault(district, _Group(district)).places.append(place)
    return [g for g in out.values() if g.places or g.labelled]


# "蜀都花园小区除22栋以外的其他区域": the rest of one compound is a place, not the rest of the city (also of a
# park or a dormitory, "七里坪产业园除14栋…", with several parts excepted "万福国际小区除7、8、9栋…").
# (城 then 市 ends a city's name, no compound's: "聊城市东昌府区除高风险区以外的其他区域" is a district's rest)
_COMPOUND_REST = re.compile(r"(?:小区|花园|家园|苑|院|园|大厦|公寓|城(?!市)|宿舍区?|厂区)[^除、,]{0,8}"
                            r"除(?:[^()、,]|、(?=第?[\dA-Z一二三四五六七八九十]))(?:[^()、,]|、(?=第?[\dA-Z一二三四五六七八九十])){0,19}"
                            r"(?:以外|之外|外)的?(?:其他|其它|其余)")


# "百官街道和曹娥街道其余区域": the rest of streets or towns is a place (as the rest of a village is), not a
# blanket over the district; the notice counts it with its places.
_SUB_REST = re.compile(rf"(?:^|(?<=[,、;:]))(?:[{_CJK}]{{2,8}}?(?:街道|镇|乡)(?:和|及|与|、))*"
                       rf"[{_CJK}]{{2,8}}?(?:街道|镇|乡)的?(?:其余|其他|其它)(?:区域|地区)(?=[,、;。]|$)")

# "石总场的其他区域", "百官街道和曹娥街道其余区域": the rest of a farm, town or street is a place of its own (like
# "A镇除高风险区以外的区域"); the rest of a district or city ("二连浩特市其他区域") is a blanket.
# ("安新镇的其他村", "A街道其余社区": the rest of a town's villages or a street's communities, a place too)
_REST_OF_PART = re.compile(r"^(?P<head>[^、,;除外]{2,20}?)的?(?:其他|其它|其余)"
                           r"(?:区域|地区|范围|(?:行政)?村|社区|村居)$")
# "A工地生活区除封控区12幢宿舍楼外其他区域": the rest of a part but what it excepts, a place as well (the
# exception also in brackets: "A街道B小区(除高风险区外)其他区域").
_EXCEPT_REST_OF_PART = re.compile(r"^(?P<head>[^、,;除外()]{2,30}?)(?:除[^除]{1,30}?(?:以外|之外|外)"
                                  r"|\(除[^除()]{1,30}?(?:以外|之外|外)\))的?(?:其他|其它|其余)"
                                  r"(?:区域|地区|范围)$")
_WHOLE_WORD = re.compile(r"风险|封控|管控|防范|域|城乡|城区|市区|乡村|农村"  # "县域其他区域"
                         # "全区", "本镇", "各街道" (not inside a name: "史各庄街道朱辛庄小区其他区域")
                         r"|(?:^|(?<![\u4e00-\u9fff]))[全本我该各]|[全本我该各](?:[市区县省旗镇乡村]|街道|辖区|城)")


# "薛城区封控区及管控区之外区域", "高、中风险区以外的其他地区": the levels' rest written without 除; after a
# district (or nothing) it is the district's rest, a blanket ("A小区封控区以外区域" is the compound's, a place).
_LEVELS_REST_BARE = re.compile(rf"(?:{_LEVEL_WORD}|[、和及与])+(?:以外|之外|外)的?(?:其他|其它|其余)?"
                               r"(?:区域|地区|范围)$")


# "临湖镇全域(除高风险区以外的其他区域)": the rest of a part written as a bracketed note after its whole; read
# as if unbracketed ("临湖镇全域除高风险区以外的其他区域", a town's rest, a place; a city's stays a blanket).
_BRACKETED_LEVEL_REST = re.compile(rf"\((?P<note>除(?:{_LEVEL_WORD}|[、和及与])+(?:以外|之外|外)的?(?:其他|其它|其余)?"
                                   r"(?:区域|地区|范围))\)$")


def _is_blanket(text: str) -> bool:
    if note := _BRACKETED_LEVEL_REST.search(text):
        return _is_blanket(text[:note.start()] + note["note"])
    text = _SUB_REST.sub("", _POINTED_EXCEPT.sub("", text))
    if (bare_rest := _LEVELS_REST_BARE.search(text)) and re.match(_LEVEL_WORD, bare_rest.group()) \
            and not _names_part(text[:bare_rest.start()]):
        return True
    # "东昌府区(包括A区、B水城旅游度假区)除高风险区以外的其他区域": a note on what the district includes names
    # no compound whose rest this is
    if not _BLANKET.search(text) or _COMPOUND_REST.search(re.sub(r"\((?:含|包含|包括|辖|不含)[^()]*\)", "", text)):
        return False
    part = _REST_OF_PART.match(text) or _EXCEPT_REST_OF_PART.match(text)
    if part and not _WHOLE_WORD.search(part["head"]) and _names_part(part["head"]):
        return False
    rest = _LEVEL_REST.search(text)
    return not (rest and _names_part(text[:rest.start()]))  # the rest of one village is a place


# "安宁市主城区" once its city is taken off: "主城区" is a part of the city, no district ("城区" names one in
# some cities)
_CITY_AREA = re.compile(r"主城区|中心城区|老城区|市区")
_CITY_PROPER = re.compile(rf"[{_CJK}]{{2,6}}市(?:城区|市区|主城区|中心城区)")


def _county_of(place: str, city: str) -> bool:
    """Whether a place listed under a prefecture city is one of its counties as a whole: a known district of
    that city ("汕尾市:城区", "韶关市:乳源瑶族自治县") or a district by its form ("X区", "Y县")."""
    place = _PUBLISHED_NOTE.sub("", place)
    return place in _districts_of_cities().get(city.removesuffix("市"), frozenset()) or _whole_district(place)


def _whole_district(place: str) -> bool:
    bare = re.sub(rf"{_ALIAS}$", "", place)
    return bare != place and _district_ok(bare) or _district_ok(place, strict=True) and len(place) <= 5


# An industrial or education park that a city runs as a district ("循环化工园区", "郑州新郑教育园区"): its name
# is no district name by form, so it is trusted when the notice writes it in front of two places or names it
# with the districts ("决定将长安区、新华区、循环化工园区部分区域划定为…").
_ZONE = re.compile(rf"[{_CJK}]{{2,10}}?(?:园区|港区|工业区|保税区|管理区|农场|林场)")
_ZONE_NOT = re.compile(r"小区|社区|校区|厂区|片区|营区|生活区|住宅区|号|楼|栋|院|村|路|街|巷|大厦|中心|公司")


def _zone_districts(changes: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    def zone_of(place: str) -> str | None:
        m = _ZONE.match(place)
        rest = place[m.end():] if m else ""
        if not m or _ZONE_NOT.search(m.group()) or len(rest) < 4 or re.match(r"[\dA-Za-z一二三四五六七八九十]", rest):
            return None
        return m.group()

    fronts = [zone for change in changes for place in change["places"] if (zone := zone_of(place))]
    named = {zone for zone in fronts if fronts.count(zone) >= 2 or re.search(rf"{re.escape(zone)}(?:、|部分|等)", text)}
    if not named:
        return changes
    out: list[dict[str, Any]] = []
    for change in changes:
        by_zone: dict[str | None, list[str]] = {}
        for place in change["places"]:
            zone = zone_of(place)
            if zone in named:
                by_zone.setdefault(zone, []).append(place[len(zone):])  # type: ignore[arg-type]
            else:
                by_zone.setdefault(None, []).append(place)
        for zone, places in by_zone.items():
            out.append({**change, "district": zone or change["district"], "places": places})
    return out


# "实施区域管控,解除时间将随疫情形势变化确定", "解封条件另行通知": the lead says when the areas will be lifted,
# it lifts nothing now.
_WHEN_LIFTED = re.compile(r"(?:解除|解封|撤销)(?:管控|封控|封闭)?的?(?:时间|时限|期限|日期|条件|标准)")


# "三、对我区现有封控区、管控区、防范区进行调整,明确如下:", "调整后的风险区如下:": a line between the lead and a
# list that restates the areas as they now stand; the lists under it keep their levels.
_RESTATED_LISTS = re.compile(r"进行调整|调整如下|明确如下|调整后(?:的|现有)?[^,。;:]{0,12}(?:如下|为|:)")


def _lists_lifted(changes: list[dict[str, Any]], lead: list[str], lines: list[str] | None = None) -> None:
    """ "…予以解除,具体如下:" or "全面解封" above lists headed by a level only ("封控区:A;管控区:B")
    lifts those levels (not lists under a line that restates the areas kept, _RESTATED_LISTS)."""
    # (a cited document's title, "《…区域划定和解除工作指引》", is not what this notice does)
    text = _WHEN_LIFTED.sub("", re.sub(r"《[^《》]*》", "", "".join(lead)))
    lifting = re.search(r"解封|解除|撤销", text) and not re.search(r"新增|划定(?!的)|调整为|升级|降为|降级", text)
    for change in changes:
        at = change.pop("_at", None)
        restated = lines is not None and at is not None and any(
            _RESTATED_LISTS.search(_compact(line)) for line in lines[:at])
        if change.pop("_bare") and lifting and not restated:
            change.update(action="lift", level_from=change["level_to"], level_to=None)


# "解除管控后,以上区域转为防范区管理", "上述区域解封后统一调整为低风险区": under lists the notice lifts, the level
# the lifted places go to.
_LIFTED_TO = re.compile(rf"(?:^|[,。;:])(?:(?:解除|解封|撤销)[^,。;:]{{0,12}}?后,?)?(?:以上|上述|前述|这些|该)"
                        rf"(?:[\d{_CN_NUM}]+个)?(?:区域|地区|小区|点位|地点|场所|村|社区|风险区)?"
                        rf"(?:(?:解除|解封)[^,。;:]{{0,8}}?后,?)?(?:均|全部|统一|一律|一并)?"
                        rf"(?:转为|转入|调整为|降为|纳入|按照?|列为|实行)(?P<level>{_LEVEL})")


# "同时,将以上封控区和管控区确定为中风险地区": under the zone lists, the zones named take a risk level too; each
# of their places is listed at both levels
_ZONES_AS_RISK = re.compile(r"(?:将|把)?(?:以上|上述|前述)(?P<zones>(?:封控|管控|防范)区(?:域)?(?:(?:[、和及与]|以及)"
                            r"(?:封控|管控|防范)区(?:域)?)*)(?:均|统一|全部)?(?:确定|划定|认定|列|定|调整|划)为"
                            r"(?P<level>[高中低]风险)(?:地区|区域|区)")


def _zones_as_risk(changes: list[dict[str, Any]], tail: list[str]) -> None:
    m = next((m for line in tail[:12] if (m := _ZONES_AS_RISK.search(line))), None)
    if m is None:
        return
    to = _level_name(m["level"] + "区")
    zones = {_level_name(z) for z in re.findall(r"(?:封控|管控|防范)区", m["zones"])}
    changes += [{**change, "action": "set", "level_from": None, "level_to": to, "stated_count": None,
                 "places": list(change["places"])}
                for change in list(changes) if change["level_to"] in zones and change["places"]]


def _lifted_to(changes: list[dict[str, Any]], tail: list[str]) -> None:
    """Give the lifts without a level the level a sentence under the lists sends their places to."""
    lifts = [c for c in changes if c["action"] == "lift" and c["level_to"] is None]
    m = next((m for line in tail[:12] if (m := _LIFTED_TO.search(line))), None) if lifts else None
    if m is None:
        return
    to = _level_name(m["level"])
    for change in lifts:
        frm = change["level_from"]
        diff = _RANK[to] - _RANK[frm] if frm else -1
        change.update(action="upgrade" if diff > 0 else "downgrade" if diff < 0 else "set", level_to=to)


def _lead_and_tail(lines: list[str], used: list[_Section]) -> tuple[list[str], list[str]]:
    """The lines above the first list back to the headline, without list lines; the lines after the lists."""
    compact = [_compact(line) for line in lines]
    if not used:
        return compact[:12], []
    first = used[0].index
    listed = {i for s in used for i in range(s.index + 1, s.last + 1)}
    # The notice starts at its headline: the farthest line naming a 通告 shortly above the first list.
    titled = [i for i in range(max(0, first - 12), first + 1) if re.search(r"通告|公告|通知", compact[i])]
    start = titled[0] if titled else max(0, first - 6)
    while start > 0 and (_org_only(compact[start - 1]) or _NUMBER_RE.search(compact[start - 1])):
        start -= 1  # the office's name or the number on their own lines above the title
    lead = [compact[i] for i in range(start, first + 1) if i not in listed]
    last = max(s.last for s in used)
    return lead, compact[last + 1:last + 26]


def _unread(lines: list[str]) -> str:
    """The warning of a notice that yields no place: which part names a level but could not be read."""
    named = [_compact(line) for line in lines if _has_keyword(_compact(line))]
    if not named:
        return "未识别到风险区域名单:正文中没有风险等级用语 / no risk-area lists found: no risk level is named"
    part = named[1] if len(named) > 1 and _match_heading(_compact(named[0])) else named[0]
    part = part if len(part) <= 60 else part[:57] + "…"
    return f"未识别到风险区域名单,未能读出:「{part}」 / no risk-area lists found; could not read: «{part}»"


# "一,以下区域调整为高风险区域" over "1,夏都街道," and "2,A村,B村。": a repost that wrote every separator as a comma.
_COMMA_NUMBER = re.compile(r"\s*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3}),(?![\d,、])")


def _comma_numbered(lines: list[str]) -> list[str]:
    """Lines numbered with a comma after the number ("一,", "1,") get the numbering's own separator where they
    count up (一, 二, … over the text; 1, 2, … in consecutive lines, at least two); inside such an Arabic-numbered
    item without 、 the commas are the 、 the repost lost: each piece is a place."""
    out = list(lines)
    numbered = [(i, m) for i, line in enumerate(out) if (m := _COMMA_NUMBER.match(line))]
    chinese = [(i, m) for i, m in numbered if not m["n"].isdigit()]
    if len(chinese) >= 2 and [_cn_int(m["n"]) for _i, m in chinese] == list(range(1, len(chinese) + 1)):
        for i, m in chinese:
            out[i] = f"{m['n']}、{out[i][m.end():]}"
    k = 0
    while k < len(numbered):
        i, m = numbered[k]
        run = [numbered[k]]
        while (k + len(run) < len(numbered) and numbered[k + len(run)][0] == run[-1][0] + 1
               and numbered[k + len(run)][1]["n"] == str(len(run) + 1)):
            run.append(numbered[k + len(run)])
        if m["n"] == "1" and len(run) >= 2:
            for j, item in run:
                body = out[j][item.end():]
                body = body.rstrip(",")
                if "、" not in body:
                    head, dot, tail = body.partition("。")  # a sentence after the item's 。 is no part of it
                    body = head.replace(",", "、") + dot + tail
                out[j] = f"{item['n']}.{body}"
        k += len(run)
    return out


def _number_runs(lines: list[str]) -> list[str]:
    """Lines numbered "1新城区…", "2土左旗…" without a separator (a table copied as text) get one, where
    at least two lines in a row count 1, 2, 3…: a name that starts with digits ("3512西大院") is left alone."""
    out = list(lines)
    i = 0
    while i < len(out):
        m = re.match(rf"1(?=[{_CJK}])", out[i].strip())
        j, number = i, 1
        while j < len(out) and re.match(rf"{number}(?=[{_CJK}])", out[j].strip()):
            j, number = j + 1, number + 1
        if j - i >= 2 and m:
            for k in range(i, j):
                stripped = out[k].strip()
                digits = len(str(k - i + 1))
                out[k] = f"{stripped[:digits]}.{stripped[digits:]}"
            i = j
        else:
            i += 1
    return out


# "1.A组2.B栋 3.C楼": the next item number, glued to the place before it or after a space.
_RUNON_ITEM = re.compile(r"(?<![\d.])(?P<n>\d{1,3})(?P<sep>[.、])(?![\d.、])")
# "…现通告如下:一、封控区": a section heading glued to the end of the lead paragraph.
_GLUED_PART = re.compile(r"(?<=[:。])[ \t]*(?=[一二三四五六七八九十]{1,3}、)")  # ("具体如下: 一、": a space between)
_GLUED_LABEL = re.compile(r"(?<=[个处]\))(?=\([一二三四五六七八九十]{1,3}\))")


def _split_runon(line: str) -> list[str]:
    """Numbered items written on one line ("1.A2.B 3.C"): a run of item numbers counting up from 1, each
    with the separator of the first, splits the line. A heading glued to the lead sentence before it goes
    on a line of its own."""
    glued = [m.end() for m in _GLUED_PART.finditer(line) if _match_heading(line[m.end():])]
    # "四、现有高风险区(19个)(一)芦淞区(7个)1.A": a counted heading, then the label of its first district
    glued += [m.start() for m in _GLUED_LABEL.finditer(line) if _match_heading(line[:m.start()])]
    if glued:
        return [line[:min(glued)], *_split_runon(line[min(glued):])]
    # the first item starts the line or follows a heading's colon ("一、封控区:1.A2.B") or count ("高风险区(2个)
    # 1.A2.B", "(一)芦淞区(7个) 1.A")
    first = (re.match(r"\s*1([.、])(?![\d.、])", line)
             or re.search(r"(?:(?<=:)|(?<=[个处]\)))\s*1([.、])(?![\d.、])", line))
    if first is None:
        return [line]
    cuts, number, pos = [first.start()] if first.start() > 0 else [], 2, first.end()
    for m in _RUNON_ITEM.finditer(line, pos):
        # ("…蛇山三坡 3、积玉桥街道:…": a copy that lost one item skips its number; only after a space)
        if m["n"] == str(number + 1) and line[m.start() - 1:m.start()].isspace():
            number += 1
        if m["n"] != str(number) or m["sep"] != first[1] or m.start() - pos < 2 or line[m.end():m.end() + 1].isdigit():
            continue  # "1、金华苑2、3号楼": a run of house numbers, not the next item
        cuts.append(m.start())
        number, pos = number + 1, m.end()
    counted = line[max(0, first.start() - 3):first.start()].rstrip().endswith(("个)", "处)"))
    if len(cuts) < (2 if first.start() > 0 and not counted else 1):
        return [line]  # (one item after its heading's count, "解除高风险区(1个)1.A", is a list of one)
    bounds = [0, *cuts, len(line)]
    return [line[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]


# A spam site's copy inserts fragments of a headline between an item's number and its place: "1.番市 吐鲁番市高昌区A
# 社区;", "3.区划吐鲁番市高昌区B小区;" among "5. 吐鲁番市高昌区C村;". Known by its form, not its words: most numbered
# items start with the same front ending in a division's kind ("吐鲁番市", "X县Y镇"); where at least two others
# have a few CJK characters between the number and that front, those are no part of the place (one such item
# alone may be a place that names the front inside it).
_INSERTED_MAX_FRONT = 8


def _without_inserted_fronts(lines: list[str]) -> list[str]:
    numbered = [(i, m.end()) for i, line in enumerate(lines) if (m := _ENUM.match(line)) and not _match_heading(line)]
    bodies = {i: lines[i][end:].lstrip() for i, end in numbered}
    fronts: dict[str, int] = {}
    for body in bodies.values():
        for size in range(3, 11):
            if len(body) > size and body[size - 1] in "市区县旗镇乡":
                fronts[body[:size]] = fronts.get(body[:size], 0) + 1
    common = sorted((f for f, n in fronts.items() if n >= 3 and 2 * n >= len(bodies)), key=len)
    # ("划青山县" shared by the spammed items holds the front "青山县" after its fragment)
    common = [f for f in common if not any(other in f[1:] for other in common)]
    if not common:
        return lines
    out = list(lines)
    inserted = 0
    for i, end in numbered:
        body = bodies[i]
        if any(body.startswith(front) for front in common):
            continue
        for front in common:
            at = body.find(front, 1, _INSERTED_MAX_FRONT + len(front) + 1)
            if at > 0 and re.fullmatch(rf"[{_CJK}]{{1,{_INSERTED_MAX_FRONT}}}", body[:at].rstrip()):
                out[i] = lines[i][:end] + body[at:]
                inserted += 1
                break
    return out if inserted >= 2 else lines


def _split_glued_districts(line: str) -> list[str]:
    """ "任城区A小区(东起…)任城区B片区(包含…)": items listed one a line, each starting with its district, where
    a copy lost the line break after an item's closing bracket. A line that starts with a district is cut
    where a top-level ")" is followed by a district's name that starts a place (another district or the
    same again)."""
    body, _numbered = _strip_enum(line)
    if not _front_district(body) or ")" not in body:
        return [line]
    start = len(line) - len(body)
    cuts, depth = [], 0
    for i in range(start, len(line)):
        if line[i] in "(":
            depth += 1
        elif line[i] == ")":
            depth = max(0, depth - 1)
            if depth == 0 and i + 1 < len(line) and (found := _front_district(line[i + 1:])) \
                    and len(found[1]) >= 4 and _district_ok(found[0], strict=True):
                cuts.append(i + 1)
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line)]
    return [line[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


# "射阳县新冠肺炎疫情联防联控指挥部 2022年11月17日": a copy that ran the signature and its date together.
_SIGNED_DATE = re.compile(r"(?P<org>.+?)[ \t]*(?P<date>(?:\d{4}|[一二三四五六七八九〇零]{4})年"
                          r"[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日)[ \t]*$")


def _split_signature(line: str) -> list[str]:
    """The office's name and the date under it, written on one line, as two lines."""
    m = _SIGNED_DATE.match(line.strip())
    if m and _org_only(_compact(m["org"])):
        return [m["org"], m["date"]]
    return [line]


def _join_levels(text: str) -> str:
    """Put back a sentence a web page broke around its levels: "…20幢为\n封控区\n;…为\n管控区\n。"."""
    return re.sub(rf"为\s*\n\s*({_LEVEL})\s*\n\s*(?=[;,。])", r"为\1", text)


def _restates(first: _Section, rest: list[_Section]) -> bool:
    """Whether every place of a headline's sentence is a place the notice's body names too."""
    later = [p for s in rest if s.index > 0 for p in (s.places or [])]
    return bool(first.places) and bool(later) and all(
        any(q in p or p in q for q in later) for p in first.places)


def _drop_headlines(sections: list[_Section], lines: list[str]) -> list[_Section]:
    """ "成都东部新区A区域 调整为低风险地区" (a news sub-headline: a sentence without 。) above the paragraph that
    says it again ("将草池街道A区域的风险等级由中风险调整为低风险"): the headline's places are the paragraph's;
    it goes, and the paragraph's places take the district the headline named when they have none."""
    keep = []
    for k, section in enumerate(sections):
        later = [s for s in sections[k + 1:] if s.index > section.index and s.places
                 and s.heading.level_to == section.heading.level_to]
        places = section.places or []
        if (places and not section.lines and later and not re.search(r"[。:;,]$", _compact(lines[section.index]))
                and all(any(p in q for s in later for q in s.places or []) for p in places)):
            for s in later:
                if s.heading.district is None and any(p in q for p in places for q in s.places or []):
                    s.heading.district = section.heading.district
            continue
        keep.append(section)
    return keep


# "…A村由高风险区调整为低风险区;新增中风险区1个:B小区。": a list heading after ";" starts a list of its own
# (the sentence before it keeps its own places and level).
_NEXT_HEADING = (rf"(?:新增|新划定|划定|现有|解除|撤销)?{_LEVEL}"
                 rf"(?:\(?(?:共|计)?(?:\d{{1,4}}|[{_CN_NUM}]{{1,5}})[个处]\)?)?:")


def parse_notice(text: str, *, default_year: int | None = None) -> dict[str, Any]:
    """Parse one risk-area notice; see the module docstring for the result and the decisions."""
    # One sentence a line: a paragraph may hold several lists ("…:A、B。解除高风险区1个:C。").
    pieces = (s.strip() for line in _join_levels(_tagged_levels(_tables(_normalize(text)))).split("\n")
              for s in re.split(rf"(?<=。)(?!(?:具体|分别)?(?:为|是|如下):)|;(?={_NEXT_HEADING})", line))
    lines = _without_inserted_fronts(_number_runs(_comma_numbered(_mend_breaks([part for piece in pieces if piece
                                                       for item in _split_runon(piece)
                                                       for glued in _split_glued_districts(item)
                                                       for part in _split_signature(glued)]))))
    warnings: list[str] = []
    sections = _find_sections(lines)
    if len(sections) > 1 and sections[0].index == 0 and sections[0].last == 0 and len(lines) > 1 \
            and not re.search(r"[。:;]$", lines[0]) and _restates(sections[0], sections[1:]):
        sections = sections[1:]  # a news headline restating the notice ("8日起石家庄藁城全域调整为中风险地区")
    sections = _drop_headlines(sections, lines)
    changes, used = _changes(sections, warnings)
    changes = _zone_districts(changes, "\n".join(lines))
    _stem_fronts(changes, "\n".join(lines))
    _city_fronts(changes, "\n".join(lines))
    for change in changes:
        change["places"] = [place.replace(_ONE_PLACE_AND, "、") for place in change["places"]]
    if not changes:
        warnings.append(_unread(lines))
    lead, tail = _lead_and_tail(lines, used)
    _lists_lifted(changes, lines[:used[0].index] if used else [], lines)
    _lifted_to(changes, tail)
    _zones_as_risk(changes, tail)

    issuer = (_issuer(lead) or next((o for o in map(_org_only, tail) if o), None)
              or next((o for o in map(_interpreting_org, tail) if o), None))
    above = [_compact(line) for line in lines[:used[0].index + 1]] if used else []
    district = (_title_district(lead) or (_issuer_district(issuer) if issuer else None)
                or _title_district(above) or _office_district(above + tail) or _lead_district(above)
                or _lead_street_district(above, changes))
    if district:
        for change in changes:
            change["district"] = change["district"] or district
            # "江夏区…的通告" over "1.经济开发区A小区": a county's notice lists its own development zone, a part of
            # the county (a zone without a name of its own), no district; the place keeps it as written
            if district in _divisions()[0] and district[:-1] not in _divisions()[1] \
                    and change["district"] != district and _GENERIC_ZONE.fullmatch(change["district"]):
                change["places"] = [change["district"] + place for place in change["places"]]
                change["district"] = district
    _name_whole_own(changes)

    tail_date = next((d for d in map(_date_only, tail) if d), None)
    published, effective, effective_now, others = _dates_of(lead)
    if effective is None and not effective_now:  # "本通告自2022年4月8日起执行" under the lists
        _published, effective, effective_now, _others = _dates_of(tail)
    published = published or tail_date or (others[0] if others else None)
    number = _number(lead)
    # Dates without a year take it from a full date of the notice, else from default_year.
    full = [d for d in [tail_date, published, effective, *others] if d and d.year]
    reference = full[0] if full else (_Date(number[1], 6, 30) if number and number[1] else None)
    published_iso = None
    if published:
        year = _resolve_year(published, reference, default_year)
        published_iso = published.iso(year)
        if year is None:
            warnings.append("发布日期没有年份,也未给出 default_year"
                            " / published date has no year and no default_year")
        elif reference is None:
            reference = _Date(year, published.month, published.day)
    effective_iso = published_iso if effective_now else None
    if effective:
        effective_iso = effective.iso(_resolve_year(effective, reference, default_year))
        if effective_iso is None:
            warnings.append("生效日期没有年份 / effective date has no year")

    number_text = None
    if number:
        year = number[1] or (int(published_iso[:4]) if published_iso else None)
        number_text = f"{year}年第{number[0]}号" if year else f"第{number[0]}号"

    return {
        "issuer": issuer,
        "number": number_text,
        "published": published_iso,
        "effective": effective_iso,
        "effective_now": effective_now and effective is None,  # "即日起": from the moment of publication
        "changes": changes,
        "warnings": warnings,
    }


def parse_file(path: str | Path, default_year: int | None = None) -> dict[str, Any]:
    """Parse a notice file as offices send it: text in any encoding (UTF-8 with or without BOM, GB18030,
    UTF-16), a Word document (.docx), a PDF with text, a saved web page."""
    return parse_notice(text_of_document(Path(path).read_bytes()), default_year=default_year)
