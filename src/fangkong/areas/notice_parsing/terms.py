"""The words and patterns every stage of the notice parser reads by: levels, actions, counts, separators, district
kinds, organisations, dates; and small text helpers."""

from __future__ import annotations

import re
from pathlib import Path

# County-level divisions of mainland China (tools/divisions_build.py writes it; decision 0020).
_DIVISIONS_FILE = Path(__file__).resolve().parents[1] / "divisions.tsv"


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
# ("临时性静态管理": 临时性, temporary, as 临时)
_LEVEL = (r"(?:临时性?静默(?:管理)?|静默管理|(?:临时性?)?静态管理"
          r"|[高中低]风险(?:等级)?(?:地区|区域|区)|封控(?:管理)?区(?:域)?|管控区(?:域)?"
          # "重点防范区", "一般防范区": two grades of the precaution area, both precaution
          r"|(?:重点|一般)?防范区(?:域)?)")
_LEVEL_RE = re.compile(_LEVEL)
_RANK = {"silent": 3, "high": 3, "sealed": 3, "medium": 2, "controlled": 2, "low": 1, "precaution": 1}
# ("调降为", "调升为": 调 and the direction, one verb)
# ("A小区8幢作为封控区", "B村设定为管控区", "C楼确认为防范区": 作 / 设(定) / 确认 before 为, one verb)
# ("A村评定为中风险地区", "B村规定为中风险区" (a rewritten copy's 划定), "C村判定为…": one verb, its 定 no part of
# the place)
# ("将A居、B村全域明确为管控区": 明确 (made clear) before 为, one verb)
_TARGET_VERB = (r"(?:(?:调整|调降|调升|降级|降|下调|升级|升|上调|划定|划分|划|列|确定|确认|转|认定|评定|规定|判定|界定"
                r"|明确|定|变更|改"
                # "将A村,B街道C小区提级为中风险地区" (营口, spring 2022): 提级 (raised a grade), one verb, no part of
                # the place
                r"|提级"
                # "将A由中风险性地域提升为高危地域" (a reworded report, 北京, spring 2022): 提升 (raised), one verb
                r"|提升"
                # "二、由中风险区调为低风险区(13个)": 调 alone for 调整 (not 协调 / 强调, which set no level)
                r"|(?<![协强空])调"
                r"|作|设定|设)(?:为|至|成)"
                # "宁强县高风险区降低风险区(2个)": a level, then 降 / 升 straight before the level it goes to
                r"|(?<=[区域])(?:降|升)级?(?=临时|静默|[高中低]风险|封控|管控|防范))")
# "调整为二类临时管控区域", "划为临时封控区": a grade (class) and 临时 (temporary) before 封控 / 管控 / 防范, no
# other level ("一类临时管控区域" and "二类…" are both 管控)
_LEVEL_GRADE = r"(?:(?:[一二三两\d]类)?临时性?(?=封控|管控|防范))?"
_TARGET_RE = re.compile(rf"(?P<verb>{_TARGET_VERB})(?:以下)?{_LEVEL_GRADE}(?P<level>{_LEVEL})")
# "(8个)", "8个", "(共8处)", "(8)": a bare number only inside brackets.
_COUNT = (rf"\(?(?:共|计|共计|合计)?(?P<count>\d{{1,4}}|[{_CN_NUM}]{{1,5}})"
          # ("长沙市(6)个": the number alone in brackets, the measure word after them)
          rf"(?:[个处](?:区域|地区|点位|地点|风险区)?\)?|\)(?:[个处](?![{_CJK}]))?"
          # ("枫亭镇(6个村居):A村、B社区" (莆田, 2021), "C镇2个村:": a town's count of its villages and communities)
          rf"|个(?:村居|村\((?:社区|居)\)|行政村|自然村|村|社区|居委会)\)?)")
# the kinds of place a count names: "A镇、B镇2个乡镇", "A、B等3个小区"
# (also jurisdictions, 辖区: "对我市A办事处、B镇等2个辖区实施临时性管控" (涿州, autumn 2022))
_SUMMARY_KIND = (r"(?:乡镇|镇|乡|街道|村\((?:社区|社|居|组)\)|村居|村组|自然村|行政村|村|社区|居委会|小区|楼栋|楼|片区"
                 r"|区域|地区|辖区|点位|地点|场所|单位|商铺|店铺|门店|企业|组)")


# "A、B等36个管控区", "C村2个封控区": a count of the areas written before their level, no part of the last place
_AREA_COUNT = (rf"(?:等(?:共计|共|计)?[\d{_CN_NUM}]{{1,4}}[个处](?:{_SUMMARY_KIND})?"
               rf"|(?:共计|共|计)?[\d{_CN_NUM}]{{1,4}}[个处])")

_DIST_SUFFIX = r"(?:新区|自治县|区|县|市|旗)"
# ("滨河街道办(2处):": the street's office; "均州路办事处:", 2020: a street's office named by its road alone)
_SUB_SUFFIX = r"(?:街道办事处|街道办|街道|办事处|地区|镇|乡|街|苏木)"
# "高新区(新市区)"; a note on what the district includes: "城关区【含文创园区】", "堆龙区(含经开区、柳梧新区)"
# ("经开区(头区)" (乌鲁木齐, summer 2022): a development zone by its kind alone, the district it stands for
# written short as its first character and 区 (头屯河区); only after a zone's kind, "A小区(东区)" or "B区(新区)"
# being none)
_ALIAS = (rf"(?:\((?!不含|不包括|除)[{_CJK}]{{2,8}}(?:区|县|市)\)"
          rf"|(?<=开发区|经开区|高新区|示范区|实验区|试验区)\((?![东南西北中新老上下前后内外小园])[{_CJK}]区\)"
          r"|(?<=[区县市旗])(?<!地区)[(【〔\[](?:含|包含|包括|辖|不含)[^()【】〔〕\[\]\n:]{1,24}[)】〕\]])?")
# ("阳光街道(不含翠锦社区):幸福村、星峰村": a street's label with its exception in brackets, no alias (g68c), still a
# label over its places; review rv69a)
# ("阳光镇(含翠锦村):金桃村、翠湖村": so with what the town takes in, in brackets, a label over its places)
_LABEL_COLON = re.compile(rf"(?P<name>[{_CJK}]{{1,16}}?(?:{_DIST_SUFFIX}|{_SUB_SUFFIX})){_ALIAS}"
                          rf"(?:\((?:不含|不包括|含|包含|包括)[{_CJK}、]{{2,24}}\))?(?:{_COUNT})?:")
# (a bank's or credit union's branch names the county it serves: "A银行B县支行", "C县农村信用社")
# ("三、扩大筛查区 A街道", "重点排查区:B镇": an area of screening, a zone outside the scale, no district)
# ("封闭区 A路…已划为封闭区", "警戒区 B路…": 2021's words for the sealed and precaution areas, no district)
_BAD_NAME = re.compile(
    r"小区|社区|校区|园区|厂区|片区|营区|生活区|住宅区|商务区|服务区|停车区|筛查|排查|宿舍|号|楼|栋|幢|单元|院|苑|园|村|路|巷|弄|银行|信用社|"
    r"大厦|广场|中心|公司|医院|学|酒店|宾馆|超市|门市|夜市|早市|菜市|集市|风险|封控|管控|防范|封闭区|警戒区|以下|下列|下述|如下|区域|"
    r"我市|本市|全市|全区|本区|我区|该区|我县|本县|全县|该县|该市|我旗|本旗|全旗|部分|分别|具体|包括|其中|新增|调整|解除|通告|市民|城市|以上|上述|请|其他|其它|其余|所有|全部"
)
# Street and town names may contain 村, 园, 路 ("新村街道"), so they get a shorter list.
# (a tower names some streets and towns: "黄鹤楼街道", "鼓楼街道", "钟楼镇"; 楼 there is not a building's)
_BAD_SUB = re.compile(
    r"小区|社区|校区|宿舍|号|楼(?!(?:街道|街道办|街道办事处|镇|乡)$)|栋|幢|单元|大厦|广场|公司|医院|酒店|宾馆|风险|封控|管控|防范|筛查|排查|以下|下列|区域|分别|具体|"
    r"包括|其中|新增|调整|解除|通告|以上|上述|请"
)

# Put between an item's number and the digits a place's name opens with ("2)\ue0111 36B小区" for "2)136B小区" in a
# list numbered 1), 2), 3)): the number is the item's (see normalizing._item_number_before_digits); a list number takes
# it with it, and it is taken out of any place that keeps it.
_ITEM_DIGITS_MARK = "\ue011"
_ENUM = re.compile(
    r"(?:\d{1,4}[.、](?!\d)|\(\d{1,3}\)|\d{1,3}\)(?!\d)|[\u2460-\u249b\u2776-\u277f]"
    r"|[一二三四五六七八九十]{1,3}(?:、|\.(?!\d))|\([一二三四五六七八九十]{1,3}\)|第[一二三四五六七八九十]{1,3}[、,.])"
    r"\ue011?"
)
# "A市疫情防控指挥部发布通告:", "B县发布公告称,", "C领导小组通报称:": a report's office announcing what follows
# (the words of the announcing, up to the mark after them).
_REPORT_SAYS = (r"(?:(?:发布|公布|发出|印发|通报)了?(?:最新)?的?(?:通告|公告|通知|消息)(?:称|指出|显示)?"
                r"|(?:通报|发布|宣布|公布)称)")
_NOISE = re.compile(r"(?:分别是|分别为|具体如下|具体为|具体是|如下|包括|名单如下|详见附件\S*|等"
                    # "现将相关事项通告如下", "现就有关事项通告如下", "特通知如下": a formula, no place
                    r"|现?特?(?:[将就](?:有关|相关)?(?:事项|情况|事宜|内容)?)?(?:通告|公布|公告|通知|公示)如下)")
# "低风险区:除高风险区以外的其他区域" describes the rest of the city, it names no place.
# ("除上述中风险区及已公布高、中风险区之外的所有区域": 所有 / 全部 write the rest as well)
# ("各镇街除高风险区以外的其他区域": every town's and street's rest, that is the district's rest; 各乡镇(街道),
# 各街镇, 全区各镇街 the same)
_NOT_PLACE = re.compile(r"^(?:(?:全[区县市旗]|辖区内?)?各(?:镇街|街镇|乡镇街道?|镇乡街道?|乡镇\(街道\)|镇\(街道\)"
                        r"|街道\((?:乡)?镇\)|街道|乡镇|镇|乡))?"
                        r"除.*(?:以外|之外|外)的?(?:其他|其它|其余|所有|全部)?(?:区域|地区)$"
                        r"|^(?:其他|其它|其余)(?:区域|地区)$"
                        # "11月22日0时起A区2个高风险调为低风险" (a question's title): a count of a level's areas
                        # (after the district it names), no place
                        rf"|^[{_CJK}]{{0,8}}?[\d{_CN_NUM}]{{1,4}}个(?:[高中低]风险|封控|管控|防范)(?:区域?|地区|点位)?$"
                        r"|^自?\d{4}年.*起|起调整的区域$|具体(?:点位|范围|名单|区域)"
                        # "具体划定区域见《A市封控区明细表》", "调整范围详见附件2": a pointer to a table or an annex
                        # attached (not stored with the text), no place
                        r"|^(?:具体|详细)?(?:划定|调整|新增|公布|涉及)?的?(?:区域|范围|名单|清单|点位|地点)?(?:范围)?"
                        r"(?:详见|参见|见)(?:《[^《》]{1,60}》|附件|附表)[\d一二三四五六七八九十]{0,2}$"
                        # "一、自11月15日14时起解除临时管控的区域" over the places lifted at that hour: a part's title,
                        # its time (maybe none) then its areas in heading words only (a copy that lost the year's
                        # digits writes "自年11月15日")
                        r"|^(?:(?:自|从)年?\d{1,2}月\d{1,2}日[^,;。:]{0,12}?起)?"
                        r"(?:解除|解封|撤销|实施|实行|执行|调整|划定|新增)"
                        r"(?:临时|静默|封控|管控|防范|封闭|管理|措施)*的?(?:区域|地区|范围|点位)$"
                        # "具体地点(2个)", "点位名单", "风险点位", "场所(2个)": a label over the list, no place
                        r"|^(?:具体|风险|相关|涉及|有关)?(?:点位|地点|场所)(?:名单|清单)?"
                        r"(?:\((?:共|计)?\d{1,4}[个处]\))?$"
                        # "检测期间,对检测区域实行静默管理" after people tested: the area tested, named by no place
                        r"|^(?:核酸)?(?:检测|筛查|采样)(?:区域|范围)$"
                        # "A街道:B巷5号,11月27日起算": the day (hour) the place's days are counted from, no place
                        r"|^(?:自|从|于)?\d{1,2}月\d{1,2}[日号](?:[上下]午|凌晨|晚)?(?:\d{1,2}(?:时|点)(?:\d{1,2}分)?)?"
                        r"(?:起算|起计算|开始计算|起计时|开始计时|起)$"
                        r"|^\([^()]*\)(?:的?(?:其他|其它|其余)?(?:区域|地区|范围))?$"
                        r"|^(?:风险)?区域(?:划定|调整|范围)$"
                        # "管控区:经专家组综合研判,实行“…”": the study the measures follow (经专家组研判, 经综合研判后,
                        # 根据专家研判), no place
                        r"|^(?:经|根据|依据|通过)[^,;。:]{0,12}?(?:研判|评估|会商|研究)(?:后|决定|认为)?$"
                        # "中风险地区为A,低风险的区域按常态化防控": the areas of a level by the level alone, no place
                        r"|^[高中低]风险(?:等级)?的(?:其他|其它|其余|所有|全部)?(?:区域|地区)"
                        r"|^(?:调整|划定|解除|涉及)的?(?:范围|区域)$"  # "一、调整范围" over the list: its title
                        # "三、调整风险区:" over "将下列区域由高风险区调整为低风险区" (抚顺, late 2022), "风险区调整",
                        # "变更的风险区": a part's title naming risk areas with no level of its own, no place
                        r"|^(?:(?:新增|调整|变更|划定|解除|撤销|现有)(?:的|后的?)?)?风险(?:区|区域|地区)"
                        r"(?:等级|级别|范围)?(?:调整|变更|划定|情况)?$"
                        # "二、调整风险等级区域9个" (乌鲁木齐, summer 2022) over "高风险区调整为中风险区4个": a
                        # part's title, the areas whose level changes, counted, no place
                        rf"|^(?:调整|变更|升级|降级|提升|降低)(?:的|后的?)?风险(?:等级|级别)的?(?:区域|地区|点位)"
                        rf"(?:名单|清单)?(?:\(?(?:共|计)?[\d{_CN_NUM}]{{1,4}}[个处]\)?)?$"
                        r"|^\(?(?:无|暂无|尚无|没有)\)?$"  # "二、中风险地区\n无。": the level has no place
                        # "二、中风险区。无新增。" (one that adds): the level gains no place, its label said before
                        r"|^\(?(?:无|暂无|尚无|没有)(?:新增|新划定|新增划定|调整|变化|变动)\)?$"
                        # "一、今日无新增划定高风险区" over nothing (the next heading lifts): a day with no new area
                        rf"|^(?:今日|今天|当日|本日|当天)?(?:无|暂无|尚无|没有)新增(?:划定|划为)?(?:的)?{_LEVEL}$"
                        # "其中14个由封控区调整为管控区,2个大型商超由封控区调整为防范区": a count of unnamed places
                        # (个 only: "49处小区" is a compound's name)
                        rf"|^(?:其中)?[\d{_CN_NUM}]{{1,4}}个(?:[大中小]型)?(?:商超|超市|商场|市场|小区|区域|地点|场所"
                        r"|点位|楼栋|单位|门店|店铺|企业)$"
                        # "除封控区、管控区以外的…", "除中高风险以外的…" (two levels together): the rest, no place
                        r"|^除(?:封控|管控|防范|[高中低]{1,2}风险)"
                        # (but "除高风险区以外A镇其他区域" is a town's rest, a place: a part's kind before 其他)
                        r"(?![^除]{0,30}?(?:以外|之外|外)的?[^、,;除外()的]{1,20}?"
                        r"(?:镇|乡|街道|社区|村|团|团场|农场|牧场|苏木|嘎查|小区|园区)的?(?:其他|其它|其余)(?:区域|地区|范围)$)"
                        # "防范区。A区除封控区、管控区外,均为防范区": the clause that gives the level, after a rest
                        rf"|^(?:均|都|全部|统一|一律|也|亦)?(?:为|划为|划定为|列为|纳入){_LEVEL}$"
                        # "一、新增封控区、管控区" over the lists, "防范区:封控区、管控区所在的…": level words alone
                        rf"|^(?:新增|新划定|现有|调整后的?)?{_LEVEL}(?:[、和及与]{_LEVEL})*(?:名单|范围|清单)?$"
                        # "一、解除名单", "调整名单": a list's title, no place
                        r"|^(?:新增|解除|调整|撤销|划定)?(?:区域|地区)?(?:名单|清单)(?:如下)?$"
                        # "…、F包装有限公司,靠近" (a copy cut off inside its phrase): a word that locates what follows
                        # (near, next to, in), nothing after it, no place
                        r"|^(?:靠近|临近|紧邻|毗邻|邻近|位于|地处)$"
                        # "以下是新的:" (a reworded copy) inside a list, over the places it adds: a sub-heading
                        r"|^(?:以下|下列|如下)(?:是|为)?(?:本次)?(?:新的|新增的?|新划定的?|新增加的?)"
                        r"(?:区域|地区|点位|地点|风险区)?$"
                        # "中风险地区9个,共:个。" (a reworded copy's garbled count): a counter word alone, no place
                        rf"|^(?:共|计|合计)?[\d{_CN_NUM}]{{0,4}}[个处]$"
                        # "二、“三区”管控要求", "三、防控措施": the heading of the measures under the lists
                        r"|^(?![^,、;。]*(?:解除|实行|实施|落实|采取|执行|恢复))[^,、;。]{0,12}(?:要求|措施|事项|须知)$")

# A phrase of measures or policy, never a place: no word of a place's kind outside brackets, and a word of how the
# work is done ("严格社会面管控", "逐步有序恢复生产生活秩序", "结束时间根据疫情态势和防控需要决定"); a list's reader
# that took a part's heading or a sentence's clause for a place is checked by it last.
_PLACE_KIND = (r"村|社区|小区|街道|镇|乡|路|街|巷|弄|里|道|号|楼|栋|幢|座|单元|厦|场|公司|厂|店|院|园|苑|庄|屯|寨|组|队"
               r"|城|湾|山|河|湖|江|桥|站|港|岛|府|中心|铺|馆|所|局|校|学院|中学|小学|大学|宅|舍|房|墅|坊|居委会"
               r"|片区|园区|城区|街区|景区|矿区|开发区|新区|县|旗|市|区域|地区|范围")
_MEASURE_PHRASE = re.compile(rf"^(?![^()]*(?:{_PLACE_KIND}))[^()]*?"
                             r"(?:严格|逐步|有序|根据|按照|依据|视情|秩序|态势|需要|决定|恢复|落实|加强|做好|确保|社会面"
                             r"|生产生活|另行|通知|时间|期限|结束|实施|实行|措施|要求|原则|疫情|管控$|管理$|防控$)"
                             # (whatever words follow, a clause that starts with a verb of the work, "做到“里不出、
                             # 外不进”", "严格落实…", or says the district has no area, "我县无高风险区", is none)
                             r"|^(?:做到|落实|坚持|倡导|确保|严格|加强|开展|执行|做好)"
                             # (or how often the work is done: "每天做一次核酸检测", "每日开展一轮全员核酸")
                             r"|^(?:每天|每日|每隔|每周)"
                             r"|^(?:我|本|全)(?:县|区|市|旗)(?:无|没有|暂无|尚无)")

# (a district's centre for disease control signs some notices: "北京市昌平区疾病预防控制中心", "某县疾控中心")
_ORG_SUFFIX = r"(?:办公室|指挥部|指挥体系|防控办|领导小组|委员会|工作组|防控中心|疾病预防控制中心|疾控中心)"
# (a quoted word in the name: "…疫情防控暨推进“六稳”工作指挥部")
_ORG_BODY = rf"(?:[{_CJK}()]|“[{_CJK}]{{1,6}}”){{1,40}}?{_ORG_SUFFIX}"
_ORG_KEYWORD = re.compile(r"疫情|防控|肺炎|新冠|指挥部|卫生|卫健|联防联控|应急|疾病预防控制|疾控"
                          r"|领导小组办公室")  # ("A县委领导小组办公室发布消息": a reworded copy drops the work's name)

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
                    and not (ch == "," and (_in_building_number_run(text, pos)
                                            or _BUILDING_NUMBERS_TAIL.match(text, pos))):
                found.append(pos)
    return found


# "A学校7号,8号宿舍楼": a comma between the numbers of buildings that share their kind after the last one, as
# "7、8号楼" (not after a road's or a village's number, "A路7号,8号楼" may be two places).
_NUMBER_BEFORE_COMMA = re.compile(r"(?<![\d路街巷弄道里村组队])\d{1,3}号$")
_NUMBERED_BUILDING_AFTER = re.compile(r"(?:\d{1,3}号,)*\d{1,3}号(?:宿舍|教学|办公|住宅)?(?:楼|栋|幢)")
# ("A巷19号,21号,44号等3栋居民楼所在的合围区域": the buildings counted after the last number say the numbers are
# of one run, after a road's or a lane's number too)
_COUNTED_NUMBERS_AFTER = re.compile(r"(?:\d{1,3}号,)*\d{1,3}号等[\d一二三四五六七八九十]{1,3}(?:栋|幢|座)")


# "A小区,1-1,1-2,3-1": the numbers (building-unit) of a compound's buildings after it, separated by commas to the
# item's end; no place of their own (they name nothing without the compound), so the commas join them to it.
_BUILDING_NUMBERS_TAIL = re.compile(r",(?:\d{1,3}[-—]\d{1,3},)*\d{1,3}[-—]\d{1,3}(?=[。;\n]|$)")


def _in_building_number_run(text: str, pos: int) -> bool:
    if re.compile(r"\d{1,3}号$").search(text, max(0, pos - 6), pos) and _COUNTED_NUMBERS_AFTER.match(text, pos + 1):
        return True
    return bool(_NUMBER_BEFORE_COMMA.search(text, max(0, pos - 6), pos)) \
        and bool(_NUMBERED_BUILDING_AFTER.match(text, pos + 1))


# "怡?;▓@恒丰园": a name a copy mis-encoded ("?", "▓", "�" for the bytes of characters it could not show);
# a ";" or "," between such marks is part of the garbled name, no separator.
_GARBLED_MARK = "?\ufffd▓▒░@"


def _garbled_at(text: str, pos: int) -> bool:
    return (text[pos] in ";," and 0 < pos < len(text) - 1
            and text[pos - 1] in _GARBLED_MARK and text[pos + 1] in _GARBLED_MARK)


_NUMBER_LETTER_BUILDINGS = re.compile(r"\d{1,3}[A-Z](?:、\d{1,3}[A-Z]){0,8}(?:号楼|栋|幢|座|楼|单元)")


def _in_run(text: str, pos: int) -> bool:
    """A 、 inside a run of house numbers or letters of one place: "19、21号", "A、C座", "之一、之二"."""
    # (each look is bounded near pos, and the text after it is matched in place: a list of thousands of places
    # is read in time linear in its length, not by copying or searching the text before every 、)
    before, after = text[pos - 1:pos], text[pos + 1:pos + 2]
    if before.isdigit() and after.isdigit():
        return True
    if (re.fullmatch(r"[A-Z]", before) and re.fullmatch(r"[A-Z]", after)
            and not re.match(r"[A-Za-z]", text[pos - 2:pos - 1])):
        return True
    if re.search(r"(?<![A-Za-z])[A-Z]\d{1,3}(?:[-—~至][A-Z]?\d{1,3})?$", text[max(0, pos - 9):pos]) \
            and re.compile(r"[A-Z]\d{1,3}(?:[-—~至][A-Z]?\d{1,3})?(?![\dA-Za-z])").match(text, pos + 1):
        return True  # "A1-A5、B1-B2、C1-C2楼": lettered numbers of the buildings of one place
    if re.search(r"(?<![A-Za-z\d])\d{1,3}[A-Z]$", text[max(0, pos - 5):pos]) \
            and _NUMBER_LETTER_BUILDINGS.match(text, pos + 1):
        return True  # "A小区8A、8B栋": buildings numbered with a letter after the number, their kind written once
    if after in "一二三四五六七八九十" and re.search(r"第[一二三四五六七八九十]{1,3}$", text[max(0, pos - 4):pos]):
        return True  # "第四、六安居园片区": ordinals of one name, the 4th and 6th
    if before in "一二三四五六七八九十" and after in "一二三四五六七八九十" and pos >= 2 and text[pos - 2] not in "\n":
        # ("三、四、六期": a run of numbers before the unit they share)
        return re.compile(r"(?:[一二三四五六七八九十]{1,2}、){0,8}[一二三四五六七八九十]{1,2}"
                          r"(?:单元|期|号楼|栋|区|组团|层)").match(text, pos + 1) is not None
    if (unit := _NUMBERED_UNIT_BEFORE.search(text, max(0, pos - 8), pos)) and re.compile(
            rf"(?:\d{{1,4}}(?:[至到~\-—]\d{{1,4}})?|[一二三四五六七八九十]{{1,3}})"
            rf"{unit['unit'] or unit['word']}{_LANES_AREA if (unit['unit'] or unit['word']) in ('巷', '弄') else ''}"
            r"(?=[、,;。和及\n]|$)").match(text, pos + 1):
        # "7、8号楼、10至13号楼", "阿恰勒2巷、7至15巷", "农业管区一片、十三片": more numbers of the same kind, one place
        # ("A村三巷、四巷、五巷区域": the lanes' area written on the last lane)
        return True
    if before == ")" and re.search(r"\d号\((?:单号|双号|单双号|单|双)\)$", text[max(0, pos - 10):pos]) \
            and re.compile(r"\d{1,4}(?:[-—~至]\d{1,4})?号").match(text, pos + 1):
        return True  # "A巷41—45号(单号)、52-98号(双号)": ranges of one lane, odd or even numbers
    if before == ")" and (noted := _NOTED_UNIT_BEFORE.search(text, max(0, pos - 24), pos)) and re.compile(
            rf"\d{{1,4}}{noted['unit']}(?=[、,;。和及\n]|$)").match(text, pos + 1):
        return True  # "A市场2栋(南向门面除外)、3栋": the next number of the same kind after the first's note
    if before == "#" and text[pos - 2:pos - 1].isdigit() and re.compile(r"\d{1,4}#").match(text, pos + 1):
        return True  # "A国际一期1#、2#、5#": buildings numbered with # (for 号楼), one place
    if before in "号、" and after in "号、" and _LOST_DIGITS_BEFORE.search(text, max(0, pos - 12), pos) \
            and _LOST_DIGITS_AFTER.match(text, pos + 1):
        return True  # "A路号、、号、号": a copy that lost the digits of one road's house numbers, one place as stored
    return text[pos - 2:pos - 1] == "之" and after == "之"


# House numbers whose digits a copy lost, "A路号、、号、号": 号 after no digit, 、 and 号 alone up to the item's end.
_LOST_DIGITS_BEFORE = re.compile(r"[^\d、号]号(?:、+号)*、*$")
_LOST_DIGITS_AFTER = re.compile(r"、*号(?:、+号)*(?=[,;。\n)]|$)")


# The numbered unit a place ends with before a 、 ("…8号楼", "…2巷", "…10至13栋").
# ("…管区一片": numbered sections 片 of a village's area, in digits or in words)
# ("…津中里13号门、15号门", "…2号楼1门、2门、3门": the doors (entrances) of one building)
# ("…禄有庄三巷、四巷、五巷区域" (广州 花都, autumn 2022): a village's lanes numbered in words, as "…东3巷、4巷")
_NUMBERED_UNIT_BEFORE = re.compile(r"(?:\d(?P<unit>号楼|号门|门|栋|幢|座|单元|巷|弄|号院|片)"
                                   r"|(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,3}(?P<word>片|巷|弄))$")


# The area of a run of numbered lanes, written on the last lane ("A村3巷、4巷区域").
_LANES_AREA = r"(?:区域|片区|范围)?"


# A numbered building with its note in brackets before a 、 ("…2栋(南向门面除外)", "…5号楼(底商)").
_NOTED_UNIT_BEFORE = re.compile(r"\d(?P<unit>号楼|栋|幢|座)\([^()]{1,16}\)$")


def _split_top(text: str) -> list[str]:
    cuts = [-1, *_top_level_seps(text), len(text)]
    return [text[a + 1:b] for a, b in zip(cuts, cuts[1:], strict=False)]


# (reviewer rv54c: a shop's, a firm's or a person's name over its place is no zone: "万达(1个):万达广场步行街道口3号",
# "金龙(2个):金龙集团镇东厂区", "张三(1个):张三家乡村超市"; the words between the name and the town's suffix hold no
# word of a place's or a firm's kind, 街道 is no "街道口", 乡 no "乡村")
_NOT_IN_TOWN_NAME = r"广场|花园|集团|公司|小区|大厦|市场|商场|商城|步行|酒店|宾馆|超市|[店厂路街号栋楼]"
