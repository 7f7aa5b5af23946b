"""Splitting the object of a list or sentence into places: separators, brackets, 和/及, districts written in front,
blankets and the rest of a division."""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from fangkong.areas.notice_parsing.divisions import (
    _city_short_districts,
    _district_ok,
    _divisions,
    _known_front,
    _rest_ok,
    _short_districts,
    _site_area,
)
from fangkong.areas.notice_parsing.terms import (
    _ALIAS,
    _CJK,
    _CLOSE,
    _CN_NUM,
    _COUNT,
    _DIST_SUFFIX,
    _DIVISIONS_FILE,
    _ENUM,
    _LEVEL,
    _LEVEL_RE,
    _NOISE,
    _NOT_PLACE,
    _OPEN,
    _PLACE_KIND,
    _SEPS,
    _SUMMARY_KIND,
    _cn_int,
    _level_name,
    _top_level_seps,
)

# "时间截至11月27日24:00,", "截至12月1日24时,": the hour a restated count stands at, after "调整后,"
_COUNT_AS_OF = r"(?:(?:时间)?(?:截至|截止)(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}(?::\d{2}|时|点)(?:\d{1,2}分)?)?,)"
# (an appeal starts "希望广大市民…"; "希望小区" is a compound)
_BOILER_START = re.compile(
    # "调整后,咸阳市共有高风险区23个", "调整后,当前共有…": the state after the notice, no list
    # ("调整后,我县无高风险区": none left of a level)
    # ("调整后,时间截至11月27日24:00,A市共有高风险区103个": the hour the count stands at, between)
    # ("调整后,甲区有13个高风险区,乙县有…": 有 alone before the count or the level, as 共有)
    rf"(?:请|上述|以上|特此|凡是|如有|对于|目前|截至目前|截止目前|调整后,?{_COUNT_AS_OF}?(?:当前|目前|现在)?,?(?:[{_CJK}]{{1,8}}?[市区县旗])?(?:全|共|现有|尚有|还有|无|暂无|已无|没有|有(?=[\d{_CN_NUM}]{{1,4}}个|[高中低]风险|封控|管控|防范))|广大市民|广大群众|广大居民|全体市民|市民朋友|根据|按照|依据|本通告|此前|其他|其它|其余|除上述|除以上|"
    rf"各县|各区|各级|各单位|全市|全区|希望(?:广大|全体|各位|大家|市民|居民|群众|您|你们)|敬请|咨询|联系电话|(?:[一二三四五六七八九十两]{{1,3}}个?|\d{{1,3}}个){_LEVEL}(?!\(?\d|[:(]|$|(?:分别)?为(?![^,。;:\n]*的(?:区域|地区|场所|地点|范围)))|(?:该|此|各)?{_LEVEL}(?!\(?\d|[:(]|$)"
    # ("三中风险区人员请居家", "3个中风险区…", "该中风险区…": a count of the level's areas, or a reference to them,
    # before the level word, the people of those areas: no place; so a definition after 为, "3个中风险区为14天内有
    # 病例的区域" (review rv70b))
    # "我市根据各乡镇(街道)累计确诊病例数…计算风险": the office speaking of itself, prose
    r"|(?:我|本)(?:省|市|区|县|旗)(?:根据|按照|依据|结合|采用|对|将|已|在|进行)"
    # "注:调整后,A市共有高风险区6个、中风险区23个。" under a list: a note (注, 备注, 附注) says what the list means or
    # how many areas stand, no place
    r"|(?:备|附)?注:)"
)
_BOILER_ANY = re.compile(
    r"实行|实施|落实|遵守|配合|措施|特此|咨询电话|足不出户|人不出区|错峰取物|个人防护|非必要不|有关规定|"
    r"居家隔离|集中配送|"  # "该地区所有居民居家隔离,…物资集中配送": the measures in a list's place, no place
    r"疫情防控工作|严格执行|按\S{0,6}管理|解除后|解封后"
    r"|等级不变|保持不变"  # "莆田市其他区域风险区等级不变": what stays as it was, after the lists
    r"|不等于|不代表|不意味着"  # "“解封”不等于“解防”": a slogan after the lists, no place
    r"|(?:解封|解控|解除)不[^,;。]{0,3}(?:解防|松懈|放松)"  # "解封不能解防", "解封不松懈": the slogan's other wordings
    # "后续将根据疫情防控形势变化适时调整", "视情动态更新": a promise of later changes, no place
    r"|(?:适时|动态|及时|视情)(?:予以)?(?:调整|更新)"
    # "本次调整后,辖区内高风险区已全部解除" (娄底, 2022-12): none of a level left in the district, a blanket after
    # the list, no place ("全市封控区均已解除", "我县中风险区已全部清零" the same)
    rf"|(?:^|,)(?:辖区内?|区内|县内|市内|域内|境内|全[市区县旗]|我[市区县旗]|本[市区县旗])?(?:所有|全部)?的?"
    rf"(?:{_LEVEL})(?:已|均已|已经)?(?:全部|全面|全数)?(?:解除|清零)(?:[。;]|$)"
    # "鉴于当前疫情防控形势依然严峻,以上…仍继续执行…": the state of the epidemic, a reason, no place (only a line
    # opening with it: "A小区、B小区(鉴于疫情形势严峻,暂不解除)" lists places before the reason)
    r"|^(?:鉴于|由于|因|考虑到|结合|针对)?[^,、;。()]{0,12}?"
    r"形势(?:依然|仍然|依旧|仍|还|十分|非常|较为|更加|日趋|日益)*(?:严峻|复杂|严重|紧张)"
    # "每个村(居)、社区只保留一个出入口": a rule for the gates of the places just named, no place
    r"|(?:只|仅)保留"
    # "列为封控区,做到“里不出、外不进、内不动”": what the level's people are to do, a slogan, no place
    r"|做到“|里不出|外不进"
    # "经流调确认为密切接触者的人员,要求…": what was found of a place's people, then what they are to do
    r"|(?:确认|认定|判定)为(?:密切接触者|次?密接)"
    # "停止非必要人员流动,企事业单位、商业点停止办公经营": a temporary control's rules after its areas, no place
    r"|停止非必要|(?:停止|暂停)(?:办公|营业|经营|生产)"
    # "管控期间,区内学校、医院、菜市场正常运行", "超市、药店保持正常营业": what goes on as usual while the level holds
    # (the places it names are the district's services, none the list's)
    r"|(?:保持|维持)?(?:正常|照常)(?:运行|运转|营业|开放|经营|运营|办公|生产|开展|供应|通行|接诊|上课|教学)"
    r"|(?:管控|封控|防范|管理)期间,"
    # ("在A街道开展全员核酸检测,检测点设在B小区南门": the testing's arrangements, no place)
    # "近7天有A小区活动轨迹的人员,请…", "外地来京人员须持…阴性证明", "A小区居民须进行3天2检": the people a duty is for
    # and what they are to do, no place; "居民生活物资由社区统一配送到户": how supplies reach them
    # "每个人是自己健康的第一责任人。" (常州, spring 2022) after a list of one place a line: the appeal's slogan, which
    # many offices write ("做好自己健康的第一责任人", "人人都是…"), no place; the list ends at it
    r"|第一责任人|^(?:每个人|人人|每一个人|我们每个人)都?是"
    r"|开展[^,。;]{0,8}(?:核酸|检测|筛查)|全员核酸|(?:检测|采样)点设在|活动轨迹|行程轨迹|(?:人员|居民|员工|群众|市民|师生)(?:须|需|应当?|要|必须)|统一配送|配送到户"
)
_ARTICLE = re.compile(r"^(?:本报讯|\(?(?:总台|央视|新华社)?记者|通讯员|责任编辑|编辑:|来源:|原标题:|转自:)|摄$"
                      # "中新网大连7月23日电 (记者…)…", "新华社北京1月5日电": a news agency's dateline opens a report's
                      # prose (its lead), no place
                      r"|^[^\W\d_]{2,16}?\d{1,2}月\d{1,2}日电(?=[ \t(]|讯|$)")


def _strip_enum(text: str) -> tuple[str, bool]:
    m = _ENUM.match(text)
    return (text[m.end():], True) if m else (text, False)


def _outside_brackets(line: str) -> str:
    """line with what stands inside its brackets blanked (each character kept in place as a space)."""
    if not any(ch in line for ch in _OPEN):
        return line
    out, depth = [], 0
    for ch in line:
        if ch in _OPEN:
            depth += 1
        out.append(ch if depth == 0 else " ")
        if ch in _CLOSE:
            depth = max(0, depth - 1)
    return "".join(out)


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
    if _except_first_part(body):
        return False  # "除上述高风险区之外的A乡所有区域": the rest of a town, a place, not a reference back
    return bool(_BOILER_START.match(body) or _BOILER_ANY.search(body) or _ARTICLE.search(body))
# ("科才镇其莫村": 其 after a town starts a village's name, no pronoun; so does 其 a town's or street's suffix follows,
# "九台区其塔木镇" (not "其所在镇", "其周边乡镇"); "A超市及其附近早餐店": 其 is the place just named, the shops around
# it a place; so is "A街1号、3号及其围合区域", the area the addresses enclose, and
# "A社区1号楼、2号楼及其所含平房区", the cottages the buildings' yard holds; "A小区及其附属门店" (配套, 所属, 下属):
# the shops (rooms, sites) that belong to the place just named, one area with it)
_OBJECT_NOT_PLACES = re.compile(
    # (其 a pronoun ("将其所在村", "对其居住小区"), not a syllable inside a town's or village's name: "甘其毛都镇"
    # (内蒙古, 2022), "A其村": after a syllable of the name, not after 将 / 对, and before the kind that ends it;
    # nor "同时其周边村、社区": 其 before 周边 / 附近 / 户籍 / 辖…, the pronoun's place around or under it)
    # ("A社区除封控区外的部分区域": 部分 of a place's rest after its exception names it)
    # ("A社区B城中村相关区域": a named place's related area is that place's area, a place)
    # ("A镇集镇及部分区域实施3天临时性管控措施": a named town's seat and parts around it, one place as written)
    r"以下|下列|下述|如下|上述|以上|前述|(?<![村区镇乡道城园苑庄屯街路楼栋院场组队])相关|相关(?!区域|片区|范围|地区)|(?<!外的)(?<!外)(?<![村区镇乡道城]及)部分|(?<=[村区镇乡道城]及)部分(?!区域|地区)|该|(?<![镇乡])(?<!及)其(?![他它余])(?!(?<=[\u4e00-\u9fff]其)(?<![将把对与和使令让在由从向为时]其)(?![中所]|周边|周围|附近|四周|邻近|相邻|毗邻|辖|下辖|户籍|居住|家属|目的)[\u4e00-\u9fff]{0,4}?(?:镇|乡|苏木|嘎查|村|屯)(?=$|[、,;()]))(?!(?![所周附邻相内中下辖])[\u4e00-\u9fff]{1,3}(?:镇|乡|街道)(?!办))|(?<=及)其(?!附近|周边|周围|四周|沿线|两侧|门前|所?(?:围合|合围|围成|含)|附属|配套|所属|下属)|根据|按照|适时|及时|依法|情况|条件|(?<![电监巡])视|措施|之日|由此|清零|决定"
    # (管理 of a measure; "道路运输管理局家属院", "A物业管理处", "A项目管理人员生活区" are places named after an office
    # or its staff)
    r"|管理(?!局|处|所|站|中心|委员会|公司|办|区(?!域)|人员(?:生活区|宿舍|公寓|用房|住房|居住区|驻地))"
    # "内蒙古乌拉特中旗海流图镇一地调整为高风险区" (a headline): "一地", "3处" count places, they name none
    # ("对涉及村庄出入路口实施管控措施": the villages a drill or a closure involves, named only as a kind)
    r"|^涉及的?(?:村庄|村|社区|小区|区域|片区|场所|单位|道路|路段|路口|地区|范围)"
    r"|这些|发布|通告|(?:^|(?<=[\u4e00-\u9fff])(?<![号楼栋幢等]))[一二三四五六七八九十两\d]+(?:地|处)$"
    # "2、3地降为低风险" (a page's numbered subheading): the count after the heading's own number, no place
    r"|^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．](?:[一二三四五六七八九十两]{1,3}|\d{1,3})(?:地|处)$"
    # a headline's count of places: "浙江绍兴5地调整为高风险", "江苏常州3地划为中风险地区"
    r"|^[^,、;\d]{2,12}?(?<![号栋楼幢座层组队期])[一二三四五六七八九十两\d]+(?:地|处|个地区|个区域)$"
    # "江苏淮安市洪泽区六区域调整为中风险地区": a count written in words before 区域 / 地区, without 个
    r"|(?:^|(?<=[\u4e00-\u9fff])(?<![号楼栋幢座层组队期第等]))[一二三四五六七八九十两]{1,3}(?:区域|地区)$"
    # ("商丘市3区域调整为中风险地区" (a headline, 2021): the count in digits after the city's or county's name)
    r"|(?<=[市县旗盟])\d{1,3}(?:区域|地区)$"
    # "贵州省遵义市两小区调整为中风险地区", "3个小区": a count of compounds (两 or 个 count; "二小区" may be a name)
    r"|^[^,、;\d]{2,12}?(?<![号栋楼幢座层组队期第])(?:两个?|[一二三四五六七八九十\d]+个)(?:小区|社区|村|楼栋|场所|地点|点位)$"
    # "北京市朝阳区八里庄北里两楼被划为封控区" (a headline): "两楼", "两栋楼", "3栋楼" count buildings ("3栋" is one)
    r"|^[^,、;\d]{2,12}?(?<![号栋楼幢座层组队期第\d])(?:两|[一二三四五六七八九十\d]+个)(?:楼栋|楼)$"
    r"|^[^,、;\d]{2,12}?(?<![号栋楼幢座层组队期第\d])(?:两|[一二三四五六七八九十\d]+)(?:栋|幢|座)楼$"
)
# A district written in front of a place (also after a prefecture that is no city: "大兴安岭地区
# 加格达奇区", "锡林郭勒盟二连浩特市", "延边朝鲜族自治州延吉市") ("银川市金凤区森林半岛小区", "邢台市南宫市鸿兴小区").
_PREFECTURE = rf"[{_CJK}]{{2,8}}?(?:地区|盟|自治州)"
_PLACE_DISTRICT = re.compile(
    rf"(?:[{_CJK}]{{2,4}}?市|{_PREFECTURE})?(?P<d>[{_CJK}]县|[{_CJK}]{{2,6}}?{_DIST_SUFFIX})(?=[{_CJK}A-Za-z\d])")
_PLACE_DISTRICT_ALONE = re.compile(rf"(?P<d>[{_CJK}]县|[{_CJK}]{{2,6}}?{_DIST_SUFFIX})(?=[{_CJK}A-Za-z\d])")


# ---------------------------------------------------------------------------------------------------
# sections and their lists


@dataclass
class _Group:
    district: str | None
    count: int | None = None
    labelled: bool = False
    places: list[str] = field(default_factory=list)
    # places written after a ";" of the list: no 、 run of the place before goes on over it
    after_semicolon: set[str] = field(default_factory=set)
    items: set[int] = field(default_factory=set)  # the places that open a numbered item of their own line
    line_starts: set[str] = field(default_factory=set)  # places that open a line of the list (numbered or not)


# "西北政法大学雁塔校区(1个)": the count a list gives a place is no part of it ("…、新浦苑等八地" too).
_COUNTED_END = re.compile(r"\((?:共|计)?\d{1,4}个\)$"
                          # ("A村3号,B村5号共6户划定为封控区": the households counted, no part of the last place)
                          r"|(?<=[号栋户])(?:共计|合计|共|计)[\d一二两三四五六七八九十]{1,4}户$"
                          # ("…、F社区等6个重点区域": the areas counted as key ones, 重点)
                          r"|等[\d一二两三四五六七八九十]{1,4}(?:[个处](?:重点(?=区域|地区|点位))?(?:地区|区域|小区|点位|地点|风险区"
                          # "…、丰都县等7个区县纳入低风险区县", "…等3个街道", "…等5个村"
                          # ("…、南夫宁等41个村居", "…等6个村(社区)": the kinds a village list counts)
                          r"|区县|县区|区|县|街道|乡镇|镇街|镇|乡|社区|村居|村\((?:社区|居)\)|行政村|自然村|村|楼栋|栋"
                          # ("A小区别墅B区的B02、B07、B15等3个单元": an estate's units counted after their list)
                          r"|单元"
                          # ("济南市历下区等125个县(市、区)": a province's count of its county-level divisions)
                          # ("…等3个旗县(市、区)", "…等2个县(市、旗)": the kinds of 内蒙古's county-level divisions)
                          r"|(?:旗县|县市|市县|[县区市旗])\([县区市旗](?:、[县区市旗])?\)|旗县|县市|市县|旗)?|地)$"
                          # ("对A区、B开发区等区域实施…", "A村、B村等地": 等 and the areas' word, no count: the
                          # places named, others not, as "A公司等")
                          # ("将A广场、B市场等场所列为重点管控区域": the sites' word alike)
                          r"|(?<=[^、,;]{2})等(?:区域|地区|地方|地|场所|地点|点位)$"
                          # ("A村3号、B村徐家墩等新院落划定。", a reworded copy's "等新划定" under a lead that names the
                          # levels: 等, the areas' word and the verb left without its level, no part of the last place)
                          r"|(?<=[^、,;]{2})等新?(?:院落|区域|地区|地方|点位|场所)?新?划定$")
# An area written as its bounds, with 、 or , between them: "东方路以西、曙光路以东、同兴街以南、孔河以北围合
# 区域", "昆仑路以东,桐柏路以西,陇海路以南,汝河路以北区域", "…南向果园以西(…除外)".
# Inside a run a road may be written without its direction ("A路以东、B大道以南、C大道,D街以西、E街以北(除…外)"):
# the run still is one area. A side may be between two directions: "A路以北、B路以东北,C路以北、D大道以西".
# The bounded area may be shared by what is listed in front of it with 、: villages counted before the bounds
# ("谢安、安平两村东至A路,南至B路,…交汇区域"), villages the first bound starts in ("青龙村、韩山村三丈浦以东、
# 奚浦塘以西、…区域"), or roads that make the first bound together ("华芳南路、X202以东,华妙河、华芳路以南,…区域").
_PIECE = r"[^,、;。\n()]"
# A bare house number after 、 ("…南至62号、72号"): it goes on with what is before it, no place of its own.
_BARE_NUMBER = r"\d{1,5}(?:[-—~]\d{1,5})?号(?=[,、;。\n]|$)"
_NUMBER_ON = rf"、(?={_BARE_NUMBER})"
# The kind word a road's name ends with ("滨河路", "龙井巷", "塔头弄").
_ROAD_END = r"(?:路|街|巷|弄|道|胡同|河|江|渠|桥)"
# An address with its house number ("塔头弄24号", "B路3-5号"): a point a bound may run to.
_ADDRESS_POINT = rf"[{_CJK}]{{1,10}}?(?:路|街|巷|弄|道|里|胡同)\d{{1,5}}(?:[-—~]\d{{1,5}})?号"
_SHARED_BOUND_FRONT = (
    rf"(?:(?:{_PIECE}{{1,12}}?、){{1,3}}(?={_PIECE}{{1,8}}?[两二三四五六七八九十\d]个?(?:村|社区|小区|组)[东南西北]{{1,2}}(?:至|到|抵))"
    rf"|(?:{_PIECE}{{2,12}}?(?:村|社区)、){{1,3}}(?={_PIECE}{{1,12}}?(?:村|社区){_PIECE}{{1,30}}?以(?:[东西][南北]?|[南北])[,、])"
    # (the first bound along several roads and a village after them: "A路、B二路、C村、D大学以东、E路以西、…"; a
    # run opening with villages, "A村、B村、C路以东、…", may list the villages apart)
    # (or a road's both sides before the run: "A镇B路两侧、国道318以南、C堰以北建筑物区域", 成都 summer 2022, one
    # area whose first bound is the road itself)
    # (a ring road among them too: "西三环、A路以东,…", 环 ending its name)
    rf"|{_PIECE}{{1,30}}?(?:路|道|街|巷|河|江|渠|线|桥|环|[A-Z]\d{{1,4}})(?:(?<=[路道街巷河江渠线桥])两侧)?、"
    rf"(?:{_PIECE}{{1,30}}?(?:路|道|街|巷|河|江|渠|线|桥|环|村|[A-Z]\d{{1,4}})、){{0,2}}"
    rf"(?={_PIECE}{{1,30}}?以(?:[东西][南北]?|[南北])[,、]))?")
# The direction (or two sharing one bound) a bound after the first starts with: "西至A路", "东、南至B巷", and
# "东和南分别至C围墙" (January 2022 杭州: "A苑北至B支路、西至B南路、东和南分别至小区围墙合围区内…幢", one area;
# 分别, "each", says the two sides run to the same bound).
# A 、 between numbers of one run ("第9、10网格", "第九、十网格"): no separator of places.
_NUMBERS_JOINED = r"(?<=\d)、(?=\d)|(?<=[一二三四五六七八九十])、(?=[一二三四五六七八九十]{1,3}网格)"
# 接 ("adjoins") writing a side, not a word it starts: "西接待站", "南接种点", "东接驳站" name a station or a point.
_SIDE_JIE = r"接(?!待|种|驳|送|收|诊|触|线|听|警|访)"
# ("A酒店:东临B路,西临C车场,…": 临, "borders on", a side after a comma as 至 is; not "A片区、东南临深片区", a name)
# (not a name's 临, a kind word right after it: "南临村", "北临街商铺" are a village and shops, "东临A路" a side)
_LIN = r"临(?![村街巷路镇乡组屯庄里社])"
_SIDE_LIN = rf"(?<=,[东南西北]){_LIN}|(?<=,[东南西北]{{2}}){_LIN}"
_SIDES_SHARING = r"(?:[东南西北]、|[东南西北][和与](?=[东南西北](?:分别|均)?(?:至|到|抵)))?[东南西北]{1,2}(?:分别|均)?"
# (a landmark a bound may be written by, its side bare: "A局北", "B中学西侧", "C公园南")
_SIDE_LANDMARK = r"(?:局|中学|小学|学校|医院|公园|大厦|广场|政府|村委会|居委会|委员会|中心|车站|市场|银行|公司)"
_BOUND_RUN = re.compile(
    _SHARED_BOUND_FRONT + r"(?:"
    # (a side may say how far it reaches: "A路以东至150米处围墙、B路以北至290米围墙区域" (广州 花都, autumn 2022),
    # one area)
    r"(?:(?:[^,、;。\n()]|\([^()]*\)){1,30}?以(?:[东西][南北]?|[南北])(?:\([^()]*\))?"
    r"(?:至[^,、;。\n()]{1,16}?(?=、[^,、;。\n()]{1,30}?以(?:[东西][南北]?|[南北])))?[,、]"
    # (a ring road shares a side too: "…,东一环、东大路以北", 仙游 spring 2022; 环 ends a ring road's name)
    r"(?:[^,、;。\n()]{1,12}?(?:路|道|街|巷|河|江|渠|线|环)[,、](?=[^,、;。\n()]{1,30}?以(?:[东西][南北]?|[南北])))?){1,7}"
    # (the last bound's note, then the area's word: "…、D房屋以北(含D房屋)合围区域")
    r"(?:[^,、;。\n()]|\([^()]*\)){1,30}?以(?:[东西][南北]?|[南北])"
    # (the last side written as the roads that close it, with the area's word after them, no 以 of its own: "A路以南、
    # B路以东、C路以北、D路E路和F路合围区域(…)" (扬州, summer 2021), one area; tried first, before the bound alone)
    r"(?:、(?:[^,、;。\n()]{1,16}?(?:路|街|巷|道|河|江|渠|线|桥)、){0,3}[^,、;。\n()]{1,30}?(?:路|街|巷|道|河|江|渠|线|桥)"
    r"(?:合围|围合|围成|所围(?![合成]))的?(?:区域|范围|片区)内?(?:\([^()]*\))?(?=[,、;。\n]|$)|"
    # (or by a landmark that closes it, an estate or a site: "除E1栋外A路以南、B路以北、C大道以西、D城合围区域(包括
    # 商户)" (成都, autumn 2022), one area; the bounds before it say it is a side, no place of its own)
    # (closed by its word, the area ends there: "…、D城合围区域、E小区" is the area, then a place of its own)
    r"、[^,、;。\n()]{2,30}?(?:合围|围合|围成|所围(?![合成]))的?(?:区域|范围|片区)内?(?:\([^()]*\))?(?=[,、;。\n]|$)|"
    # (the rest of the bounded area after a comma, its levels listed with 、: "…D路以北,除封控区、管控区以外的区域";
    # tried first, before the bound alone)
    r",除(?:[^,、;。\n()]|、){1,24}?(?:以外|之外|外)的?(?:其他|其它|其余|所有|全部)?(?:区域|地区|范围)(?=[,;。\n]|$)"
    # (a note that holds brackets of its own: "…以北合围区域(原A社区B新村(北区)、C小区并入)")
    r"|[^,、;。\n()]{0,12}(?:\((?:[^()]|\([^()]*\))*\)[^,、;。\n()]{0,8})?"
    # (the rest of the bounded area but its levels: "…D路以北(湖菱桥村)中除封控区外的其他区域")
    # ("…山体以北(含有F村)范围内除G中心以外区域": 范围内, within the range, before the exception)
    r"|(?:\([^()]*\))?(?:范围|区域)?(?:中|内)?除[^,、;。\n()]{1,24}?(?:以外|之外|外)的?(?:其他|其它|其余|所有|全部)?"
    r"(?:区域|地区|范围))"
    # (or its area word, then 及 and a place of its own: "…D路以北(除E站)区域及F小区"; 以及, 与 and 和 join the same:
    # "…D路以南合围区域与F农副产品停车场", the place after the join too long for the area's word's twelve)
    r"(?=[,、;。\n]|$|(?<=区域)(?:以及|及|与|和)(?!其|周边|周围))"
    # "甘岸街道办事处中心镇区,淮河以北,甘长路以西,二郎南路以南,明寨街以东", "以A广场为中心,B国道以西,C河以北,
    # D路以南": an area named (or centred on a landmark), then three bounds or more after commas, each "…以X"
    r"|(?:[^,、;。\n()]|\([^()]*\)){2,30}?,(?:(?:[^,、;。\n()]|\([^()]*\)){1,30}?以(?:[东西][南北]?|[南北]),){2,7}"
    r"(?:[^,、;。\n()]|\([^()]*\)){1,30}?以(?:[东西][南北]?|[南北])[^,、;。\n()]{0,12}(?=[;。\n]|$)"
    r"|[^,、;。\n()]{0,12}?(?:[东南西北](?:至|到|抵)[^,、;。\n()]{1,25}[,、]){1,7}[东南西北](?:至|到|抵)[^,、;。\n()]{1,30}?"
    r"(?:区域|范围|片区)(?:,除[^,、;。\n()]{1,12}(?:以外|之外|外)的?(?:区域|范围))?(?=[,、;。\n]|$)"
    # (a road's section in brackets: "长滨路(永桂村段)、长潭街、时代城小区围墙合围区域")
    # ("A路、B路、C街、D路之间的区域", 株洲 autumn 2022: the area between the roads, written with 之间 for 合围; not
    # "A小区、B苑、C路与D路之间的区域", whose last item joins its own two roads: the items before it are places)
    # (not "A苑、B社区围合区域(东至C路,南至D街,…)": a community's own enclosed area, written with its own bounds in
    # brackets, after a place of its own; two places ("A社区、B社区合围区域" without bounds is one area))
    # (past seven items only roads first, a long enclosing route: "A小区、B小区、…、I小区、J路与K路合围区域" lists
    # its estates first, places of their own, as with seven)
    r"|(?:(?:[^,、;。\n()]|\([^()]*\)){1,24}?(?:路|街|巷|道|河|江|渠|线|桥)、){0,4}"
    # (a side written as a route, longer: "A校区与B桥沿C河至D路二段(含E)、F路一段合围区域" (南充, autumn 2022), from
    # the landmarks along (沿) the river to (至) the road, one side of the one area)
    r"(?:(?:(?:[^,、;。\n()]|\([^()]*\)){1,25}?|[^,、;。\n()沿]{2,20}沿[^,、;。\n()沿]{1,20}?至"
    r"(?:[^,、;。\n()]|\([^()]*\)){1,16}?)、){1,7}"
    # (the last road with its note too: "…、D路(内部路)合围区域(封控区、管控区除外)", 深圳 spring 2022)
    r"(?:(?:[^,、;。\n()]|\([^()]*\)){1,30}?(?!(?<=社区)(?:合围|围合|围成|所围(?![合成]))的?(?:区域|范围|片区)\([东南西北](?:至|到|抵))"
    # ("…围合的物理区域", 深圳 2022: the area's word qualified as physical, the same area)
    # ("…7栋、8栋、36栋围合区", 宿迁 spring 2022: the area's word written 区 alone, at the item's end)
    # ("A路、B路、C大道、D路所包围区域" (广州, summer 2021): 包围, "surround", written for 合围)
    r"(?:合围|围合|围成|所围(?![合成])|所?包围)|[^,、;。\n()与和及至到]{1,30}?之间)的?(?:物理)?(?:区域|范围|片区|区(?=[,、;。\n(]|$))"
    # (the area's exception after it: "A路、B路、C路、D路围合区域(封控区除外)")
    # (what inside the area is meant: "A路、B大道、C街合围区域内居民小区", one place still)
    # (内 then the exception: "…、D大道和E路七条大道合围范围内(除封控、管控区范围)", 深圳 spring 2022)
    # (or 和 / 及 / 以及 and the next place, as after bounds by sides: "A路、B路、C路合围区域(涉及D小区)和E小区", the
    # roads no places of their own; not a road named with 和 first, "…合围区域和平路以东…")
    r"内?(?:\([^()]*\))?(?:内的?(?:居民)?(?:小区|住宅区|住户|楼栋|楼宇))?"
    r"(?=[,、;。\n]|$|(?<=[域围片)])(?:以及|及|和(?![平谐睦美顺兴悦润盛园苑家乐泰光安][^,、;。\n()]{0,4}?"
    r"(?:路|街|巷|道)))(?!其|周边|周围))"
    # (roads (路, 街, 巷…) closed by 合围 alone, no area word, before the list's end or 以及 (及, 和) and a
    # place written with its own street or town: "A社区B巷、C路合围以及D街道E商贸城", 贵州 autumn 2022)
    rf"|[^,、;。\n()]{{1,25}}?{_ROAD_END}(?:、[^,、;。\n()与和]{{1,16}}?{_ROAD_END}){{1,7}}(?:合围|围合|围成|所围(?![合成]))"
    rf"(?=[,;。\n]|$|(?:以及|及|和)[{_CJK}]{{2,8}}?(?:街道|镇|乡)[{_CJK}A-Za-z\d]{{2}})"
    # "A村,东至B路,南至C街,西至D河" and "西南段自A路(…)至B路,北至C巷,东南至D(除…外)": a place or a first
    # bound, then bounds after commas, each starting with its direction
    # ("A片区:北以B路为界,东以C为界": a bound written "以…为界" is one too)
    # ("东到A路,南到B街": 到 and 抵 write 至)
    # (a bound may list several points with 、: "南至A弄14-1、79弄3号", "东至B路、C弄", when a comma and the next
    # direction follow)
    # (bounds by house numbers: "A社区居民点门牌西起42号、55号,东至90号、85号,南至62号、72号": the first bound
    # may start with 起, and a bare house number after 、 goes on with the last bound, no place of its own)
    # ("东为A大道,南为B路,西为C路,北为D路的合围区": 为, "is", writes a bound as 至 does)
    # (the place before the first bound may name grids by numbers joined with 、: "A社区第9、10网格部分区域:北起B巷,
    # 西至C巷,…", one area of two grids, the 、 no separator of places)
    # ("A酒店:东临B路,西临C车场,南临D小区,北临E大道": 临, "borders on", writes a side as 至 does, when the next
    # side after a comma is written so too: not "A片区、东南临深片区", a name)
    r"|(?:(?:[^,、;。\n()]|\([^()]*\)|" + _NUMBERS_JOINED + r"){0,20}?[东南西北]{1,2}"
    r"(?:至|到|抵|起|为|" + _LIN + r"(?=[^,、;。\n]{1,30},[东南西北]{1,2}" + _LIN + "))"
    # (a first bound through several points up to the next bound's 、: "西起A路、B路与C街十字路口、东至D段")
    r"(?:[^,、;。\n()]|\([^()]*\)|、(?![东南西北]{1,2}(?:至|到|抵)|以及)){1,80}(?=,[东南西北]|、[东南西北]{1,2}(?:至|到|抵))"
    # (not a county named by a direction and 至, a bare kind word after it: "青阳县、东至县" are two counties)
    rf"|(?:[^,、;。\n()]|\([^()]*\)|{_NUMBER_ON}){{1,40}}?)[,、]"
    r"(?![东南西北](?:至|到)[县区市旗](?=[,、;。\n]|$))"
    # ("北起A巷,西接B巷至C巷,南至D路": a side after the first written 接, "adjoins", as 至, when the next piece is a
    # side written 至; not "A村3号,西接待站": a reception station after a place, nor "A医院、南接种站、B里,东至…")
    + _SIDES_SHARING + r"(?:至|到|抵|自|起|为|" + _SIDE_LIN + "|"
    + _SIDE_JIE + r"(?=[^,、;。\n]{1,80}?,[东南西北]{1,2}(?:至|到|抵))"
    r"|以(?=[^,、;。\n]{1,30}为界))"
    r"(?:(?:[^,、;。\n()]|\([^()]*\)|、(?![东南西北]{1,2}(?:至|到|抵)|以及)){1,80}(?=,[东南西北])"
    rf"|(?:[^,、;。\n()]|\([^()]*\)|{_NUMBER_ON}){{1,40}}?)"
    r"(?:[,、](?![东南西北](?:至|到)[县区市旗](?=[,、;。\n]|$))"
    # ("北至A路,东、南至B巷,西至C路": two directions sharing one bound)
    r"(?:" + _SIDES_SHARING + r"(?:至|到|抵|自|起|为|" + _SIDE_LIN + "|"
    + _SIDE_JIE + r"|以(?=[^,、;。\n]{1,30}为界))|以及)"
    # (the last bound listing points with 、 up to the enclosed area's word: "东至A街、B小区到C沿线合围范围内";
    # its note or exception in brackets after the word is the area's: "…,北至C路、D江合围区域(除上述封控区、管控区)")
    r"(?:(?:[^,;。\n()]|\([^()]*\)){1,80}?(?:合围|围合|围成|所围(?![合成]))的?(?:区域|范围|片区|地块)(?:范围)?内?(?:\([^()]*\))?"
    r"(?=[,;。\n]|$)"
    r"|(?:[^,、;。\n()]|\([^()]*\)|、(?![东南西北]{1,2}(?:至|到|抵)|以及)){1,80}(?=,[东南西北])"
    # (the last bound at a house number, then other addresses with their numbers up to the list's end: "…,北至A弄
    # 2号、B弄24号" (福州, December 2022), the points the side runs to, no places of their own)
    rf"|(?:[^,、;。\n()]|\([^()]*\)|{_NUMBER_ON}){{1,40}}?\d号(?:、{_ADDRESS_POINT}){{1,3}}(?=[;。\n]|$)"
    rf"|(?:[^,、;。\n()]|\([^()]*\)|{_NUMBER_ON}){{1,40}}?)){{0,7}}"
    # (what the bounds hold, after a comma up to the item's end: "东至A路,西至B路,南至C路,包含1、2号楼及底层
    # 店面(D城一期)" (福州, autumn 2022), the buildings inside the area, no places of their own)
    # (not a measure on the area's people: "…,包含区域内居民实行足不出户"; nor its households or what they must do,
    # "包含区域内所有住户", "包含商户在内一律停业"; "包括但不限于商铺、菜场" holds what it lists as 包括 does)
    # (or what they leave out: "…,北至E河和F路,不包括G店和H市场" (沈阳, 2021), the exception kept on the area)
    r"(?:,(?:包含|包括|内含|不包括|不包含|不含)(?:但不限于)?(?!但)(?:(?!居民|人员|群众|实行|实施|措施|管控|足不出户|户|在内|一律|停业|禁止|不得|暂停|关闭|进出"
    r"|出入|外出)(?:[^,;。\n()]|\([^()]*\))){1,80}"
    r"(?=[;。\n]|$))?"
    rf"(?=[,;。\n]|、(?!{_BARE_NUMBER})|$)"
    # "A胡同西、B胡同东C大街4号": a place located by roads, each written with a bare direction (no 以), the place
    # after the last; the directions differ (two places "A路东、A路东10号" would not). Not rivers: "大河西、大河东村"
    # may be two villages
    r"|(?:[^,、;。\n()]|\([^()]*\)){1,20}?(?:路|街|巷|弄|胡同|道)(?P<bare_dir>[东南西北])侧?、"
    r"(?:[^,、;。\n()]{1,12}?(?:路|街|巷|弄|胡同|道)[东南西北]侧?、){0,2}"
    r"[^,、;。\n()]{1,12}?(?:路|街|巷|弄|胡同|道)(?!(?P=bare_dir))[东南西北]侧?"
    r"(?:[^,、;。\n()]|\([^()]*\)){1,30}?(?=[,、;。\n]|$)"
    # (the first bound a landmark, an office, a school, a park or a building, the roads after it: "A局北、B路西、C街南、
    # D路东区域", one place; only with two roads or more after it)
    rf"|[^,、;。\n()]{{1,16}}?{_SIDE_LANDMARK}(?P<mark_dir>[东南西北])侧?、"
    r"(?:[^,、;。\n()]{1,12}?(?:路|街|巷|弄|胡同|道)[东南西北]侧?、){1,2}"
    r"[^,、;。\n()]{1,12}?(?:路|街|巷|弄|胡同|道)(?!(?P=mark_dir))[东南西北]侧?"
    r"(?:[^,、;。\n()]|\([^()]*\)){1,30}?(?=[,、;。\n]|$)"
    # "从A村党群服务中心到A村二组牛栏田,到B公路C路口,到A村水站的合围区域": a route from a point to the next, the
    # area it encloses one place (its commas go on with the next point: 到, 至, 经, 沿, 向 after them)
    r"|(?:[^,、;。\n()]|\([^()]*\)){0,12}?(?:从|自|由)(?:[^,、;。\n()]|\([^()]*\)){1,30}?(?:到|至)"
    r"(?:[^,;。\n()]|\([^()]*\)){1,30}?(?:,(?:再|然后)?(?:到|至|沿|经|向|折向)(?:[^,;。\n()]|\([^()]*\)){1,30}?){1,7}"
    r"(?:合围|围合|围成|所围(?![合成]))的?(?:区域|范围|片区|地块)(?=[,、;。\n]|$)"
    # "A街向东至B路,C门处拐D路,在E楼拐F路,至D路向南沿着G至A街": a closed route from a road along the next, back to
    # where it started, the area it rounds one place though no area's word closes it (its commas go on with the next
    # leg: 至, 拐, 沿, 向, 经 in each; the first leg heads a direction or runs along; the last returns to its start)
    r"|(?P<route_start>[^,、;。\n()]{2,12}?)(?:向[东南西北]|沿着?)[^,、;。\n()]{0,20}?(?:至|到)[^,、;。\n()]{2,30}?"
    r"(?:,[^,、;。\n()]{0,20}?(?:至|到|拐|折向|沿着?|经|向[东南西北])[^,、;。\n()]{2,40}?){1,7}?"
    r"(?:至|到|回到)(?P=route_start)(?=[,;。\n]|$))")


# "A路、B中学以东,C小区、D厂以西,E街以南,F街以北合围区域": bounds after commas, each side along several landmarks
# joined by 、, closed by the area's word: one area (the 、 join the landmarks of one side, the commas the sides).
_SIDE_BOUND = r"(?:[^,、;。\n()]{1,20}?、){0,5}[^,、;。\n()]{1,20}?以(?:[东西][南北]?|[南北])"
_LANDMARK_BOUNDS = re.compile(rf"{_SIDE_BOUND}(?:,{_SIDE_BOUND}){{2,5}}[^,、;。\n()]{{0,4}}?"
                              rf"(?:合围|围合|围成|所围(?![合成]))的?"
                              r"(?:区域|范围|片区)(?=[,、;。\n]|$)")


# "A街道区域内,B高速以北、C路以西、D山以东区域": the division the area lies in (…区域内, 范围内, 辖区内), a comma,
# then the area's sides joined by 、 up to its word: one place (the comma only says "within A, the area …").
_WITHIN_BOUNDS = re.compile(r"[^,、;。:\n()]{2,16}?(?:区域|范围|辖区)内,"
                            r"[^,、;。\n()]{1,20}?以(?:[东西][南北]?|[南北])"
                            r"(?:、[^,、;。\n()]{1,20}?以(?:[东西][南北]?|[南北])){1,5}的?(?:区域|范围|片区)"
                            r"(?=[,、;。\n]|$)")


# "A街南、B路西、C街北、D巷所围区域", "A街南、B街北、C路两侧临街商铺", "A街北、B大道西、C局东侧的D酒店及办公楼"
# (二连浩特, summer 2022): bounds each written as a road (after the first, a landmark too) with a bare side (南,
# 西侧: no 以), listed with 、 and closed by what they bound: the area the last road encloses ("…所围区域"), a road's
# both sides ("C路两侧…") or the place on the last side ("…东侧的D酒店"): one place, its 、 no separator. Two such
# areas joined by 及 are two places ("…C路两侧商铺及A街南、…D巷所围区域", each bounded whole).
_SIDE_NAME = r"(?:[^,、;。\n()及]|\([^()]*\)){1,16}?"
_SIDE_ROAD = r"(?:大街|街|大道|路|道|巷|胡同|弄)"
_BARE_SIDES_START = rf"{_SIDE_NAME}{_SIDE_ROAD}[东南西北]侧?、"
# (an area so bounded, then 及 and a place named as a compound, an estate or a lodging, "…所围区域及B小区", "…C路两侧
# 商铺及D花园", "…东侧的E酒店及F小区": two places, the run ending before 及; not "…的E酒店及办公楼", the hotel's own
# building (rv66a))
_SIDES_THEN_NAMED = (rf"及(?=[{_CJK}]{{2,10}}?(?:小区|花园|家园|苑|社区|村|公寓|大厦|酒店|宾馆|市场|广场)"
                     r"(?:\([^()]*\))?(?:[,、;。\n]|$))")
_BARE_SIDES = (rf"{_BARE_SIDES_START}(?:{_SIDE_NAME}[东南西北]侧?、){{0,4}}"
               rf"(?:{_SIDE_NAME}(?:所围合?|合围|围合|围成)的?(?:区域|范围|片区)"
               rf"|{_SIDE_NAME}{_SIDE_ROAD}两侧(?:(?!{_SIDES_THEN_NAMED})[^,、;。\n()]){{0,12}}?"
               rf"|{_SIDE_NAME}[东南西北]侧?的(?:(?!{_SIDES_THEN_NAMED})[^,、;。\n()]){{2,20}}?)")
_BARE_SIDES_RUN = re.compile(rf"{_BARE_SIDES}(?=[,、;。\n]|$|及{_BARE_SIDES_START}|{_SIDES_THEN_NAMED})")
_BARE_SIDES_RUNS = re.compile(rf"{_BARE_SIDES}(?:及{_BARE_SIDES}){{0,3}}(?=[,、;。\n]|$|{_SIDES_THEN_NAMED})")


def _bare_sides_ands(text: str, pos: int, end: int) -> list[int]:
    """The 及 between areas bounded by bare sides in the run from pos to end (_BARE_SIDES_RUNS)."""
    ands = []
    while (m := _BARE_SIDES_RUN.match(text, pos, end)) and m.end() < end and text[m.end()] == "及":
        ands.append(m.end())
        pos = m.end() + 1
    return ands


# "A社区B里5号为中心、四周邻近20座房屋区域", "以C镇D店为中心,四周临近8栋房区域" (福州, spring 2022): a centre,
# then the houses around it counted: one area, its 、 or comma no separator of places.
_CENTRE_SURROUNDINGS = re.compile(r"(?:[^,、;。\n()]|\([^()]*\)){2,40}?为中心[、,]"
                                  r"(?:四周|周边|周围)(?:邻近|临近|相邻|紧邻)?约?[\d一二三四五六七八九十两百]{1,4}"
                                  r"(?:座|栋|幢|间|户|排)(?:房屋|民房|楼房|房|楼)?(?:区域|范围)?(?:\([^()]*\))?"
                                  r"(?=[,、;。\n]|$)")


# "A镇西至B路,南侧从C站进村道东行,北侧从D店对面村道东行,在E庵交汇区域" (福州, spring 2022): sides after commas,
# each opening with its direction (侧 and 从 too: the road a side runs along from a point), closed by the point where
# they meet ("在E庵交汇区域", 交汇 for 合围): one area, its commas no separators of places.
_SIDES_MEETING = re.compile(r"(?:[^,、;。\n()]|\([^()]*\)){0,20}?[东南西北]{1,2}侧?(?:至|到|从|自|沿)"
                            r"(?:[^,;。\n()]|\([^()]*\)){1,40}?"
                            r"(?:,[东南西北]{1,2}侧?(?:至|到|从|自|沿)(?:[^,;。\n()]|\([^()]*\)){1,40}?){1,6}"
                            # (the point after 在 / 于, or one landmark: "A村与B村交界区域" with no 在 is a place of its
                            # own after the bounds; review rv72a)
                            r",(?:(?:在|于|至|到)[^,、;。\n()]{1,20}?|[^,、;。\n()与及]{1,20}?)"
                            r"(?:交汇|交界|合围|围合|围成)的?(?:区域|范围|片区)"
                            r"(?:\([^()]*\))?(?=[,、;。\n]|$)")
# "A路东南侧、B公司及C公司西南侧、D高速西北侧、E公司东北侧的区域(除封控区)" (闽侯, spring 2022): sides listed
# with 、, each a landmark with its side written out (东南侧, 西侧: 侧 on every one, so a side may name two
# landmarks joined by 及), closed by 的区域: one area.
_SIDE_WITH_WORD = r"(?:[^,、;。\n()]|\([^()]*\)){1,30}?(?:[东西][南北]?|[南北])侧"
_SIDES_WITH_SIDE_WORD = re.compile(rf"(?:{_SIDE_WITH_WORD}、){{2,5}}{_SIDE_WITH_WORD}的?(?:区域|范围|片区)"
                                   r"(?:\([^()]*\))?(?=[,、;。\n]|$)")
_SIDE_OF_PIECE = re.compile(r"((?:[东西][南北]?|[南北]))侧(?:的?(?:区域|范围|片区))?$")


def _sides_differ(m: re.Match[str]) -> bool:
    """Every side of a _SIDES_WITH_SIDE_WORD run faces its own way, as an area's bounds do ("A村东侧、B村东侧、C村东侧
    区域" are three places, each east of its village; review rv72a)."""
    sides = [_SIDE_OF_PIECE.search(q) for q in re.sub(r"\([^()]*\)$", "", m.group()).split("、")]
    return all(sides) and len({side[1] for side in sides if side}) == len(sides)


def _bound_run(text: str, pos: int) -> re.Match[str] | None:
    """The bounded area written from pos: the longest of the forms (_BOUND_RUN, _LANDMARK_BOUNDS, _WITHIN_BOUNDS,
    _BARE_SIDES_RUNS, _CENTRE_SURROUNDINGS, _SIDES_MEETING, _SIDES_WITH_SIDE_WORD), or None."""
    # (bare sides first: of two runs as long, the one that knows the 及 between its areas)
    runs = [m for m in (_BARE_SIDES_RUNS.match(text, pos), _BOUND_RUN.match(text, pos),
                        _LANDMARK_BOUNDS.match(text, pos), _WITHIN_BOUNDS.match(text, pos),
                        _CENTRE_SURROUNDINGS.match(text, pos), _SIDES_MEETING.match(text, pos),
                        _SIDES_WITH_SIDE_WORD.match(text, pos)) if m and (m.re is not _SIDES_WITH_SIDE_WORD
                                                                           or _sides_differ(m))]
    if not runs:
        return None
    run = max(runs, key=lambda m: m.end())
    if _places_then_own_enclosed(run.group()):
        return None
    # (the area the bounds enclose, pointed back at after a comma: "…北以E山为界,以上合围区域", one place)
    enclosed = _ENCLOSED_AFTER_BOUNDS.match(text, run.end())
    return _BOUNDS_AND_ENCLOSED.match(text, pos, enclosed.end()) if enclosed else run


# "甲小区、乙花园、丙路丁路围合区": the last item names the two roads (or more) that enclose it by itself, after
# places of their own; the area is that item's, the items before it places (not "A路、B路、C路围合区域", roads that
# enclose together; nor "A社区、B社区合围区域", one area of two compounds).
_OWN_ROADS_ENCLOSED = re.compile(rf"(?:[{_CJK}]{{1,12}}?{_ROAD_END}(?:与|和|及)?){{2,4}}"
                                 rf"(?:合围|围合|围成|所围(?![合成]))的?"
                                 r"(?:区域|范围|片区|区)(?:\([^()]*\))?")


def _places_then_own_enclosed(run: str) -> bool:
    *before, last = run.split("、")
    return bool(before) and (_OWN_ROADS_ENCLOSED.fullmatch(last) is not None
                             and all(_complete_place(item) and not re.search(rf"{_ROAD_END}$", item) for item in before)
                             or all(_pair_enclosing_after_other(item, last) for item in before))


_ENCLOSED_AFTER_BOUNDS = re.compile(r",(?:以上|上述|前述)(?:四至)?"
                                    r"(?:合围|围合|围成|所围(?![合成]))的?(?:区域|范围|片区)内?"
                                    r"(?=[,、;。\n]|$)")
_BOUNDS_AND_ENCLOSED = re.compile(r".+", re.S)


# (not "莱卡小镇", "金科廊桥水乡": a compound's name; "清水乡", a township)
# (nor "网通社区宝乡小区": a community or compound lies in a street or town, never holds one, so a 乡 or 镇 after
# 社区 or 小区 ends a compound's name)
_STREET_FIRST = re.compile(rf"(?:(?!社区|小区)[{_CJK}]){{2,8}}?(?:街道|(?<!小)镇|(?<![{_CJK}]{{2}}水)乡)(?!办)")
# "钟家庄办事处A社区" (晋城, autumn 2022): a street named by its office (街道办事处, 办事处) in front of its place.
# (not "交通银行办事处宿舍", "A集团办事处": a bank's or a firm's office, no street)
_STREET_OFFICE_FIRST = re.compile(rf"(?:(?!社区|小区|公司|驻|银行|集团|协会|中心|局|厅|委)[{_CJK}]){{2,6}}?"
                                  rf"(?:街道办事处|街道办|办事处)(?=[{_CJK}])")
_BOUND_PART = re.compile(r"(?:以(?:[东西][南北]?|[南北])|以内)$")
_BOUND_END = re.compile(r"(?:以(?:[东西][南北]?|[南北])|以内|围合)的?(?:区域|范围|地区)(?:范围)?内?$"
                        r"|(?:以外|之外|外)的?(?:其他|其它|其余)?(?:区域|地区)$|外的?[^、]{1,12}全域$")


# A bare part of the place before it: buildings, units, a village's groups ("1组、2组", "4队、5队"), ranges of
# letters ("A1-A2、B-D栋、5-7栋区域"); the last part may close the run with 区域 or add a place with 以及
# ("大源村4队、5队、7队以及大源山庄(除高风险区域外)": the run of units and the place named after it are one).
# (a building may follow the compound's section it is in: "天顺园6组团607栋、10组团1020栋", "二期3栋"; a section
# named by its kind of housing too: "A小区别墅区20栋、小高层区59栋")
# (社 is a village's group where 组 is not said: "A村三社、四社", "B村5社、6社")
# ("A村1组、2组、3组所包含的区域", "B村5队、6队所辖区域": the run's area, its tail written on the last part)
_RUN_AREA = r"(?:所(?:包含|包括|涵盖|辖|在|属|覆盖)的?|的)(?:行政)?(?:区域|范围|地区)"
# "A家园6号楼、9号楼外的其他楼栋" (临夏, autumn 2022): the rest of a compound outside a run of its buildings, the
# exception's 外 (以外, 之外) and the rest's word of buildings (楼栋, 楼宇, 单元) on the run's last part: one place
# (no 除). (Not "…以外的其他区域", which the rules of rests read, a compound's or a district's.)
_RUN_REST = r"(?:以外|之外|外)的?(?:其他|其它|其余|所有|全部)(?:楼栋|楼宇|楼房|住宅楼|单元)"
_BARE_SUB = re.compile(
    # ("A别墅小区6街1座、7街2号": an estate's numbered inner streets (街), each with its building or house number)
    r"^(?:第?(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[A-Z])(?:组团|期|区|街(?=\d{1,3}[号座栋幢]))(?=第?[A-Z\d])"
    r"|(?:小高层|高层|多层|洋房|花园洋房|别墅|叠拼|联排|独栋|商住|住宅)区(?=第?[A-Z\d]))?"
    # ("11一18栋": 一 between two numbers written for the dash of a range)
    # ("10甲—13号楼", "3甲号楼": a building numbered after another, 甲 / 乙 after its number)
    # ("A小区8A、8B栋": a building numbered with a letter after its number, as 甲 / 乙)
    # ("A小区第79至81号、第94至96号": a range of house numbers written with 至, as with a dash)
    # ("A村3区1排1-3号、8号、2排2-4号、1区4排1号": a village's rows of houses (排), each row's house numbers after it)
    # ("A工业区19-1栋、19-C栋" (深圳, autumn 2022): a building numbered after another with a dash and a letter)
    r"(?:第?(?:[A-Z甲乙丙丁]?\d+[A-Z甲乙丙丁]?(?:[-—~一至][A-Z]?\d+[A-Z甲乙丙丁]?|[-—][A-Z](?![A-Z\d]))?"
    r"|[A-Z](?:[-—~][A-Z])?)(?:号楼|号院|号大院|栋|幢|座|单元|号|层|户|房|组|队|社"
    # (号大院 too: "A组22栋1号大院、2号大院、23栋1号大院", a row's numbered yards, as 号院 are)
    # ("A大院2梯、3梯" (广州, 2022): a building's stairwells, 梯, numbered as its units are)
    r"|梯"
    # ("A村二区22排、21排" (北京, summer 2022): rows named by their numbers alone, no house numbers after them)
    r"|排(?=第?\d|$|\())"
    # ("19号—23号": a range of house numbers written with a long dash between whole numbers)
    r"(?:之[一二三四五六七八九十]|[A-Z\d号楼院栋幢座单元层户房及上下各两共以至\-—~]|[一二三四五六七八九十]{1,2}(?=层)"
    # a house number's sub-numbers or annex: "60号之一至六号", "14号之12", "18号附13号", "10号+1"
    r"|之\d{1,3}|(?<=至)之?[一二三四五六七八九十]{1,3}(?=号)|附\d{1,4}|\+\d{1,3}"
    # ("22栋1号大院": a building's numbered yard)
    r"|(?<=\d号)大院"
    # ("A苑6栋2梯、11栋3梯" (福州, autumn 2022): a building's numbered stairwell (梯) after the building)
    r"|(?<=[栋幢座楼]\d)梯|(?<=[栋幢座楼]\d\d)梯"
    # ("A新村3幢、13幢西单元": a building's unit named by its side)
    r"|[东南西北中](?=单元)"
    # ("A社区二组6栋、13栋B区" (拉萨, 2022-12): a building's lettered section, B区, after its number)
    r"|(?<=[栋幢座楼])[A-Z]区(?!域)"
    # ("A小区4号楼二单元、5号楼一单元": a building's unit by Chinese numerals)
    r"|[一二三四五六七八九十]{1,2}(?=单元)"
    # ("A路841号一二栋": a house number's buildings by Chinese numerals, run together, after it)
    r"|(?<=号)[一二三四五六七八九十]{1,3}(?=栋|幢|座))*"
    # the kind of building after the last number: "1号、2号、5号独栋以及…仓库", "3号、4号厂房"
    # ("A路9巷7号、8号、9号房屋": houses (房屋, 住房, 居民房) by their numbers, the kind written once)
    r"(?:独栋|别墅|厂房|仓库|商铺|门面|门店|宿舍|平房|民房|自建房|住宅楼?|房屋|住房|居民房)?"
    # ("A村1组、2组、3组所包含的区域", "B村5队、6队所辖区域": the run's area, its tail written on the last part)
    # ("A村三队、四队全域" (广州, autumn 2022): the teams' whole area, 全域, written on the last part)
    rf"(?:{_RUN_AREA}|全域|区域|范围|片区|平房区|住宅区|{_RUN_REST}"
    # ("A花园2期13号楼、14号楼、15号楼以南区域" (扬州, 2021): the area the run's buildings bound on one side, its
    # side and area word on the last part)
    # ("…3号楼、4号楼以南至C路区域": the same area, up to the road that closes it)
    r"|以[东南西北]{1,2}(?:至[^、,;。()\s]{1,15}?)?的?(?:区域|范围|片区))?"
    # ("A村3号、5号、48号旁垃圾房" (深圳, autumn 2022): what stands beside a house of the run (旁), by its number)
    rf"(?:(?:以及|及|和)[^、,;。]+|(?<=号)旁[{_CJK}]{{1,6}}(?=\(|$))?"
    # ("A市场一区、二区、三区及沿街商铺": a market's numbered sections, the last one with what lies along it)
    # (buildings by Chinese numerals too: "A嘉园一栋、二栋、七栋")
    rf"|[一二三四五六七八九十]{{1,3}}(?:期|区|组团|组|队|社|单元|栋|幢|座|号楼)(?:{_RUN_AREA}|全域)?(?:(?:以及|及|和)[^、,;。]+)?"
    # ("A小区第二排、第三排、第四排": an estate's rows by their Chinese ordinals, as its buildings)
    r"|第[一二三四五六七八九十]{1,3}排"
    r"|[A-Z]区"
    r"|\d{1,2}期"  # "晟华苑小区1期、2期(除1期1号楼外)": the phases of one compound
    r"|\d{1,2}区)"  # "A还建房11区、12区、13区": the numbered sections of one estate
    r"(?:\([^()]*\))?$")  # "三道河村一组、二组、四组(四至范围为…)": the run's bounds in brackets after its last part
_PARITY = r"\((?:双数|单数|双号|单号|偶数|奇数|逢双|逢单)号?\)"
_SUB_END = re.compile(r"[\u4e00-\u9fffA-Za-z].*"
                      r"(?:\d|号楼|号院|号大院|栋|幢|座|单元|层|户|房|号|期|组|队|社|梯|\d排|[一二三四五六七八九十]"
                      r"|[A-Z\d一二三四五六七八九十]区"
                      # ("A村一社二巷至四巷、12-14号" (广州 花都, autumn 2022): a numbered lane, the house numbers after
                      # it bare)
                      r"|[\d一二三四五六七八九十]巷"
                      # ("A小区第二排": a row by its Chinese ordinal; not "A村前三排", a count of rows)
                      r"|第[一二三四五六七八九十]{1,3}排)"
                      r"(?:区域|范围|片区|平房区|住宅区)?"
                      r"(?:\((?:除|不含|不包括)[^()]*\))?$"  # "A小区1栋(除4单元)、2栋": a part with its exception
                      # ("A小区3栋(含底商)、5栋(含底商)", "1-4栋(含1-3栋底商)、6-11栋": a part with what it takes in)
                      r"|[\u4e00-\u9fffA-Za-z].*(?:\d|号楼|栋|幢|座|单元|号)\((?:含|包含|包括|内含)[^()]*\)$"
                      # ("A路6号-20号(双数)、28号-38号(双数)": a range of house numbers on one side of the road)
                      rf"|[\u4e00-\u9fffA-Za-z].*\d号?{_PARITY}$"
                      # ("A楼(3单元、4单元)、14栋": a building's units in brackets, then the next buildings)
                      r"|[\u4e00-\u9fffA-Za-z].*(?:\d|号楼|栋|幢|座)\(\d{1,3}单元(?:、\d{1,3}单元){0,9}\)$")


# "A城二期(除3号楼)、三期": a phase written with its exception, then the next phase bare and whole; the whole phase
# is a place of its own (a run of phases shares no exception: "A苑1期、2期(除1期1号楼外)" stays one)
_PHASE_EXCEPTED_END = re.compile(r"(?<![、\d一二三四五六七八九十])(?:\d{1,2}|[一二三四五六七八九十]{1,3})期"
                                 r"\((?:除|不含|不包括)[^()]*\)$")
_WHOLE_PHASE = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})期")


# "A园3号楼1、3、4门,1号楼,2号楼": a building's numbered doors (entrances), then bare buildings that go on with it
# (only before a list's 、 or comma; not before 和, where "…5号楼2门和B街C园" starts a place of its own)
_DOORS_END = re.compile(r"[\u4e00-\u9fffA-Za-z].*(?:(?:\d|号楼)\d{1,2}(?:、\d{1,2}){0,9}门|\d号门)$")


def _sub_or_doors_end(place: str) -> bool:
    return _SUB_END.match(place) is not None or _DOORS_END.match(place) is not None


def _bare_subs(place: str) -> bool:
    """Parts without a name of their own, alone or already run together ("2栋、29栋"); a 、 inside a part's note
    is the note's ("25号(A市场南侧第一、第二商铺)": one part)."""
    return all(_BARE_SUB.match(part) for part in _outside_brackets_split(place))


def _outside_brackets_split(place: str) -> list[str]:
    """place split at its 、 outside brackets."""
    parts, depth, start = [], 0, 0
    for pos, ch in enumerate(place):
        depth = depth + 1 if ch == "(" else max(0, depth - 1) if ch == ")" else depth
        if ch == "、" and depth == 0:
            parts.append(place[start:pos])
            start = pos + 1
    return [*parts, place[start:]]


# "且不少于50米范围内", "含…": a clause that goes on with the place before it.
# (Not 并 or 含 alone: "并州花园", "含光小区" are names.)
# "A东里11号、12号、16号楼、以及11号与12号之间的平房" (北京, summer 2022): after a compound's numbered buildings, 以及
# and a part placed between two of those numbers ("3号楼与5号楼之间的平房", "2栋和4栋之间车棚") is more of the same
# compound, one item with its 以及 as written.
_BETWEEN_NUMBERED = re.compile(r"^(?:以及|及|和)?(?=第?\d{1,4}(?:号楼|号院|号|栋|幢|座)(?:与|和|至|到|、)第?\d{1,4}"
                               r"(?:号楼|号院|号|栋|幢|座)?之间)")
# ("A村一队一巷区域、七巷八号区域" (广州 花都, autumn 2022): a bare lane with its house number in words, as "7巷8号")
_CLAUSE = re.compile(r"^(?:且|并且|及其|不含|包括)"
                     r"|^[一二三四五六七八九十\d]{1,3}(?:巷|弄)(?:\d|[一二三四五六七八九十]{1,3}号)")
# "A大厦1楼商铺、2-3层茶叶市场": after a place on a building's floor, a part that starts with floors of its own
# (no name in front: a place is not named by a floor) is more of the same building.
_FLOOR_PART = re.compile(r"^\d{1,3}(?:[-—~至]\d{1,3})?(?:层|楼)(?![\d号栋幢座])")
_ON_FLOOR = re.compile(r"\d(?:层|楼)|[一二三四五六七八九十]层|底商|商铺")


# "A楼主楼、副楼": the annex (副楼, 辅楼, 裙楼, 附楼) of the main block named before it, no name of its own
_ANNEX = re.compile(r"(?:副楼|辅楼|裙楼|附楼)(?:\([^()]*\))?")
# "鸿禾公寓及南侧1号、2号、3号别墅": bare numbers, the kind of building written once after the last of them.
_SHARED_KIND = re.compile(r"第?\d{1,4}(?:号|栋|幢|座)(?:别墅|厂房|仓库|商铺|门面|门店|宿舍|平房|民房|自建房|住宅楼?"
                          r"|房屋|住房|居民房)")


def _floor_part(previous: str, place: str) -> bool:
    return bool(_FLOOR_PART.match(place) and _ON_FLOOR.search(previous))


# "南华大学雨母校区笃行园3栋、笃行园5栋、尚学园4栋、三省园食堂" (衡阳, winter 2022): a campus (a university's 校区, a
# hospital's 院区, a works' 厂区) named once, then its residence halls (…园, …苑, …斋, …公寓, …楼) by building, and
# its canteens; each part after 、 a hall's building or a canteen of the campus, named by no kind of its own (not "A
# 小区3栋", "B花园5栋", "C村" or a road's number: places of their own), goes on with the campus as one place.
_CAMPUS_HALL = rf"[{_CJK}]{{1,4}}(?<![小家花])(?:园|苑|斋|公寓|楼)"
_CAMPUS_FIRST = re.compile(rf"(?:大学|学院|学校|医院|工厂|公司)[{_CJK}]{{0,6}}?(?:校区|院区|厂区)"
                           rf"{_CAMPUS_HALL}(?:\d{{1,3}}(?:栋|幢|号楼|座)|食堂)")
_CAMPUS_PART = re.compile(rf"{_CAMPUS_HALL}(?:\d{{1,3}}(?:栋|幢|号楼|座)|食堂)")


def _campus_part(previous: str, place: str) -> bool:
    return bool(_CAMPUS_PART.fullmatch(place) and _CAMPUS_FIRST.search(previous))


# Bounds written "东至A、南至B、西至C、北至D(围成/合围)区域": one area.
_BOUND_TO = re.compile(r"^[东南西北](?:至|到|抵)")  # "北到A街、西到B路…": 到 and 抵 write the same bound
# The last bound of an area written "…以南、…以北、东至A的合围区域", closing it with the area's word.
_CLOSING_BOUND_TO = re.compile(r"[东南西北](?:至|到|抵)[^、,;]{1,30}?"
                               r"(?:合围|围合|围成|所围(?![合成]))?的?(?:区域|范围|片区|地块)")
_BOUND_TO_END = re.compile(r"(?:围成|合围|围合)?的?(?:区域|范围|片区|地块)(?:范围)?内?$")


# A place, then 除 and the first of its excepted parts, the exception not yet closed by 以外 / 外.
# (the parts maybe joined already as a run of one compound's buildings, "A小区内除1号楼、2号楼")
_OPEN_EXCEPT = re.compile(rf"[{_CJK}]{{2}}除(?:第?[\dA-Z一二三四五六七八九十]+[^除外()、,]{{0,8}})"
                          rf"(?:、第?[\dA-Z一二三四五六七八九十]+[^除外()、,]{{0,8}})*$")
# ("义安小区内除19号、19-1号、19-4号的其他楼宇" (沈阳, autumn 2022): the exception closed by 的 alone after its
# last number, 以外 left out)
_EXCEPT_CLOSED = re.compile(r"(?:(?:以外|之外|外)的?|(?<=[\dA-Za-z号栋幢座楼单元])的)(?:其他|其它|其余)")
# A place, then 除 and its first excepted place by name ("A镇除B社区5组22号"), and the piece that closes the
# exception with the rest's area ("C社区1组外区域", "D村以外的其他地区"): the 、 between them is the exception's.
_OPEN_NAMED_EXCEPT = re.compile(rf"[{_CJK}]{{2}}除[^除外()、,]{{2,30}}$")
# ("…二点之外的所有区域": all of the rest, 所有 or 全部 for 其他; "C村3组的其他区域", "D社区的其他区域": closed by
# 的 alone after the last named part, 以外 left out)
_EXCEPT_REST_END = re.compile(r"^[^除()、,]{2,30}?(?:(?:以外|之外|外)的?(?:其他|其它|其余|所有|全部)?"
                              r"|(?<=[区村组队号栋幢座楼元院])的(?:其他|其它|其余))(?:区域|地区|范围)$")

# "A行政村B昂、C、D、E自然村区域": a village's natural villages named bare (no kind word) after the first, the kind
# ("自然村", "村民小组") written once after the last: one place as listed, the kind shared.
_NAMED_AFTER_KIND = re.compile(rf".*(?:村|组|镇|乡|街道|办事处|社区|居委会)[{_CJK}]{{1,8}}")
_BARE_NAME = re.compile(rf"(?:(?!村|组|屯|寨|镇|乡|街|路|巷|社区|小区|区|号|楼|栋|场|店|厂|院|园|苑|庄)"
                        rf"[{_CJK}]){{1,6}}")
_BARE_NAME_KIND = re.compile(rf"(?:(?!村|组|屯|镇|乡|街|路|区)[{_CJK}]){{1,6}}(?:自然村|村民小组|自然屯)(?:区域|范围)?")
# "康宁巷、康南巷自建房片区", "人民路、解放路沿线区域": bare roads before a road with an area word share it.
_BARE_ROAD = re.compile(rf"[{_CJK}]{{1,8}}(?:路|街|巷|弄|胡同)")
_ROAD_AREA = re.compile(rf"[{_CJK}]{{1,8}}(?:路|街|巷|弄|胡同)(?:自建房|平房|沿线|沿街|两侧)?"
                        r"(?:片区|区域|平房区|住宅区|商铺)")


# An area written as its bounds, then what it takes in: "…交界以北区域,涉及柴湾社区15组、16组".
_INVOLVES = re.compile(r"(?:涉及|覆盖|涵盖|含盖)(?!面)")
_BOUNDED_AREA = re.compile(r"(?:以(?:[东西][南北]?|[南北])|以内|[东南西北](?:至|到)|合围|围合|围成|之间)"
                           r"[^,、;。]{0,12}(?:区域|范围|片区|地块)(?:范围)?内?$")


_BARE_TOWN = re.compile(r".{2,8}?(?:乡|镇|街道)")
# "荔城街、增江街、宁西街、新塘镇全域(除已公布的高风险区外)" (广州, autumn 2022): a street written short, a bare name of
# two or three characters and 街 (广州's 荔城街 for 荔城街道), among bare towns before a town's rest shares that rest
# as a street does (only in such a run: a bare "A街" alone may be a road; "步行街", "商业街" are kinds of road).
_BARE_SHORT_STREET = re.compile(rf"(?!步行|商业|美食|小吃)[{_CJK}]{{2,3}}街")
_TOWNS_RUN_MAX = 30  # (bare towns before their shared rest: a county's towns, all of them at most)
_DISTRICTS_RUN_MAX = 20  # (bare districts before their shared rest: a city's districts, all of them at most)
# A compound's rest after the levels' areas in it, with a bare compound before it sharing the rest.
_COMPOUND_KIND = r"(?:小区|花园|家园|新村|公寓|花苑|嘉苑|雅苑|名苑)"
_BARE_COMPOUND = re.compile(rf"[{_CJK}A-Za-z\d]{{2,14}}?{_COMPOUND_KIND}")
_SHARED_COMPOUND_REST = re.compile(rf"[{_CJK}A-Za-z\d]{{2,14}}?{_COMPOUND_KIND}除[^、,()]*?"
                                   r"(?:风险区|封控区|管控区|防范区)(?:以外|之外|外)的?(?:其他|其它|其余)?(?:区域|地区|范围)")
# Villages or communities (the first maybe with its town in front) before one shared rest after the levels' areas:
# "A镇B村、C村除高风险区以外的其他区域" is the rest of both, one place (as the corpus keeps towns before one exception)
# ("甲镇A村、B村其他区域": the rest written bare, no exception, shares the same way; a village's name may be a letter)
_VILLAGE_NAME = rf"(?:[{_CJK}A-Z]{{2,14}}?|[A-Z])(?:社区|村|居委会)"
_BARE_VILLAGE = re.compile(_VILLAGE_NAME)
_TOWN_FRONT = re.compile(rf"[{_CJK}]{{1,8}}?(?:乡|镇|街道)(?=(?:[{_CJK}A-Z]{{2,}}?|[A-Z])(?:社区|村|居委会))")
_SHARED_VILLAGE_REST = re.compile(rf"[{_CJK}]{{2,10}}?(?:社区|村|居委会)除[^、,()]*?"
                                  r"(?:风险|封控|管控|防范)(?:区域|地区|区)(?:以外|之外|外)的?(?:其他|其它|其余)?"
                                  r"(?:区域|地区|范围)"
                                  rf"|{_VILLAGE_NAME}的?(?:其他|其它|其余)(?:区域|地区|范围)")
# A compound's buildings, then bare building numbers, the last closing the rest with 以外 (除 left out): "A苑1栋、
# 3栋以外的其他区域" is the compound's rest, one place (as "A苑除1栋、3栋以外的其他区域" is)
_BUILDING_FIRST = re.compile(rf"[{_CJK}A-Za-z]{{2,20}}?[\dA-Z]{{1,4}}(?:栋|幢|号楼|座)"
                             rf"(?:、[\dA-Z]{{1,4}}(?:栋|幢|号楼|座))*")
_RUN_BUILDING = re.compile(r"[\dA-Z]{1,4}(?:栋|幢|号楼|座)")
_BUILDINGS_REST = re.compile(r"[\dA-Z]{1,4}(?:栋|幢|号楼|座)(?:以外|之外)的?(?:其他|其它|其余)(?:区域|地区|范围|楼栋)")
# A village's groups, then bare group numbers, the last closing the rest with 以外 (除 left out): "A村一组、三组以外的
# 区域" (潍坊, December 2022) is the village's rest but those groups, one place
_GROUP_NUMBER = r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:组|队|社)"
_GROUP_FIRST = re.compile(rf"[{_CJK}]{{2,20}}?村{_GROUP_NUMBER}(?:、{_GROUP_NUMBER})*")
_RUN_GROUP = re.compile(_GROUP_NUMBER)
# ("…以外的其他区域" too: _COMPOUND_REST keeps that rest a place)
_GROUPS_REST = re.compile(rf"{_GROUP_NUMBER}(?:以外|之外)的?(?:其他|其它|其余)?(?:区域|地区|范围)")
# A town's rest after an exception, also of a part of it set by its bounds: "B镇除管控区以外区域", "B街道部分区域
# (A路以北、C河以南区域)除高、中风险区以外的其他区域".
# (also the levels' areas left out in brackets, "水口镇、滕溪镇(除中高风险区外)": the rest of both towns, one place)
# ("A镇、B镇辖区内除高风险区之外的区域": the towns' jurisdiction (辖区内, 范围内) named before the exception)
_TOWN_EXCEPT = re.compile(r".{2,8}?(?:乡|镇|街道)(?:(?:的?(?:部分区域|部分地区|部分|区域|辖区内?|辖区范围内|范围内)"
                          r"(?:\([^()]*\))?)?除.*外"
                          r"|\(除[^()]*(?:风险|封控|管控|防范)[^()]*(?:以外|之外|外)\)"
                          # ("A街道、B镇全域(除中风险区以外区域)": the towns' whole but the levels, the rest's word in
                          # the note)
                          r"|全域\(除[^()]*(?:风险|封控|管控|防范)[^()]*(?:以外|之外|外)的?(?:其他|其它|其余)?(?:区域|地区)?\))")


# "下列街道、镇除中、高风险区之外的其他地区:" (上海, autumn 2022): a second kind word alone, no name, after a town or
# street (乡镇, 镇街 too) with the rest after the levels' exception: the kinds share that rest, one item with the name
# before (here a pointer to the list below, then dropped as a rest of no named part).
_KIND_ONLY_EXCEPT = re.compile(r"(?:乡镇|镇街|街道|乡|镇)(?:\(除|除)")


# "湖菱桥老村菱莲路1号、3号、5号、32号、湖菱路29号": a run of house numbers on one road (two or more already joined),
# then a bare road with its number: the numbers of one place go on on the next road.
_HOUSE_NUMBERS_RUN = re.compile(r"(?:路|街|巷|弄|道)\d{1,4}号(?:、\d{1,4}(?:[-—~至]\d{1,4})?号)+$")
_ROAD_HOUSE = re.compile(rf"[{_CJK}]{{1,8}}(?:路|街|巷|弄|道)\d{{1,4}}(?:[-—~至]\d{{1,4}})?号")
# "A村三片16号、18号、60号、A村新编52号" (深圳 宝安, autumn 2022): a run of house numbers, then the run's own village
# (or community, estate) written again before a house number of it (maybe of its new or former numbering, 新编 /
# 原编): the house goes on with the run, one place (a village of another name starts a place of its own).
_HOUSE_RUN_END = re.compile(r"\d{1,4}号(?:、\d{1,4}(?:[-—~至]\d{1,4})?号)+$")
# (the run's own village: its name whole in the run's head, not the end of another's, "新A村3号、5号、A村8号", nor a
# community before an estate of its own whose houses the run numbers, "B社区C小区3号、5号、B社区8号"; review rv68b)
_RUN_HEAD_ESTATE = re.compile(r"村|社区|小区|花园|家园|公寓|大厦|苑|园|庄|楼|栋|幢|座")


def _restates_run(joined: str, name: str) -> bool:
    run = _HOUSE_RUN_END.search(joined)
    head = joined[:run.start()] if run else joined
    at = head.rfind(name)
    return at >= 0 and (at == 0 or bool(re.match(r"[道镇乡区街村组队:\d)]", head[at - 1]))) \
        and not _RUN_HEAD_ESTATE.search(head[at + len(name):])


_RESTATED_HOUSE = re.compile(rf"(?P<name>[{_CJK}]{{2,8}}?(?:村|社区|小区|花园))(?:新编|旧编|原编)?"
                             r"\d{1,4}(?:[-—~至]\d{1,4})?号")


# "遂城街道、附城镇的县城区域(除高风险区外)": after bare towns, the last town with the area they share ("的县城区域",
# "部分区域", "城区范围"): one place across the towns.
# (not "A乡、B镇所辖行政区域": the area each town governs is the towns themselves)
_TOWNS_AREA = re.compile(rf".{{2,8}}?(?:乡|镇|街道)的?(?!所辖|辖|行政|全)[{_CJK}]{{0,4}}?(?:区域|地区|范围|片区)"
                         rf"(?:\([^()]*\))?")


# "润河镇华莱士、蜜雪冰城奶茶店所在街道两侧100米": two named spots, then the street or area both are on
# ("所在街道两侧100米", "所在路段", "所在街区"): one place, the spot before the 、 shares the tail (names only,
# no house numbers). A building ("A中学、B超市所在楼宇") holds only the spot named with it.
# (not "车务段所在片区中的A公寓": a place named inside the area (中的, 内的) is a place of its own, no tail shared)
_SHARED_WHERE = re.compile(r"^[^\d、,所]{2,14}?所在的?(?:街道|道路|路段|街区|区域|片区|商圈|街|路)"
                           # (a kind of site in the area both spots are in is theirs: "A、B所在片区中的商户")
                           r"(?![中内里]的(?!所有|全部|各|商户|商铺|门店|店铺|摊位|居民|住户|人员|楼栋|楼宇|区域|范围))"
                           r"[^、,]*$")
_NAMED_SPOT = re.compile(rf"^[{_CJK}]{{2,16}}$")
# "A市场B号所在楼栋、出租屋区第2、3、4排所有出租屋": rows or buildings of a site's area by their ordinals, no
# town, village or road of their own: they are of the site named before the 、, one place with it.
_SITE_ROWS = re.compile(rf"[{_CJK}]{{1,6}}(?<![小社])区第[\d一二三四五六七八九十]{{1,3}}"
                        rf"(?:、[\d一二三四五六七八九十]{{1,3}}){{0,8}}(?:排|栋|幢|座)(?:所有|全部)?[{_CJK}]{{0,6}}")
_SITE_BUILDING_END = re.compile(r"(?:所在(?:楼栋|楼宇|楼)|\d(?:栋|幢|号楼|号))$")
# "A商城B10、B12B所在楼层": shop or room numbers (a code alone) and the floor or building they share; the code
# after the 、 is no place by itself, the run is one place.
_CODE_END = re.compile(r"(?<![A-Za-z\d])[A-Za-z]{0,2}\d{1,5}[A-Za-z]{0,2}(?:号|室|铺|号铺)?$")
_SHARED_CODE_WHERE = re.compile(r"[A-Za-z]{0,2}\d{1,5}[A-Za-z]{0,2}(?:号|室|铺|号铺)?所在的?"
                                r"(?:楼层|层|楼栋|楼宇|楼|单元|区域)")
# A bound still open at the end of a place ("北至A街,…,东至B大街") and the road names that go on with it.
_OPEN_LAST_BOUND = re.compile(r"(?:^|[,、])[东南西北](?:至|到|抵)[^,、;至到抵]{1,20}$")
_BOUNDS_TO = re.compile(r"(?:^|[,、])(?:[东南西北]、)?[东南西北](?:至|到|抵)")
_ROAD_NAME = re.compile(rf"[{_CJK}]{{1,8}}?(?:大街|大道|路|街|巷|弄|胡同|道)")


_UNITS_RUN_END = re.compile(r"\d(?:栋|幢|座|号楼)\d{1,2}单元(?:、\d{1,2}单元)+$")
_BUILDING_UNITS = re.compile(r"\d{1,4}(?:栋|幢|座|号楼)\d{1,2}单元(?:、\d{1,2}单元)+")


# "A车行以前门为中心左、右、后侧各500米范围": sides of one centre named in a run, the distance after the last;
# the bare sides after 、 are no places.
_SIDE = r"[东南西北左右前后]{1,2}(?:侧|边|面|方)?"
_SIDE_END = re.compile(rf"(?<![{_CJK}]{{2}}[路街道巷])(?:为中心|周边|周围|门)?{_SIDE}$")
_SIDE_ALONE = re.compile(_SIDE)
_SIDE_DISTANCE = re.compile(rf"{_SIDE}(?:[两三四](?:侧|边|面))?(?:各|均)?(?:约)?[\d{_CN_NUM}]+(?:米|公里|千米)")


# A bare building (or range of buildings) run on into the next compound's name, no separator between
# (not "3栋2单元", "5栋底商": parts of the same building).
_RUN_ON_PART = re.compile(rf"^[A-Z]?\d+(?:[-—~一][A-Z]?\d+)?(?:号楼|栋|幢|座)"
                          # (not 的 after it, "…除1号楼、2号楼、3号楼的其他楼宇": what is the building's, no name)
                          rf"(?=[{_CJK}]{{2}})(?![单元层楼号室户之附及和与至到、底商门前后内外东西南北侧旁的])"
                          # (nor a side it bounds, "…、15号楼以南区域": the area south of the run, no next name)
                          r"(?!以[东南西北])"
                          # ("5号楼一单元": the unit numbered in Chinese numerals, a part of the same building)
                          rf"(?![{_CN_NUM}]{{1,3}}(?:单元|层|室|户))")


# "A毛纺织有限公司车间五、车间三、制条车间、洗车车间": an enterprise's workshops (sheds, stores) listed after its
# name, written once; the workshops after the first have no name of their own, one place as an estate's buildings
_WORKS_KIND = r"(?:车间|厂房|仓库|库房)"
_WORKS_PART = re.compile(rf"(?:[\d{_CN_NUM}A-Z]{{1,3}}号?|(?![^、,;()]*(?:公司|集团|厂|小区|社区|村|镇|乡|街道|路|街))"
                         rf"[{_CJK}A-Z\d]{{1,8}}?)?{_WORKS_KIND}[\d{_CN_NUM}A-Z]{{0,3}}号?")
_WORKS_END = re.compile(rf"(?:公司|集团|厂)[^、,;()]{{0,8}}?{_WORKS_KIND}[\d{_CN_NUM}A-Z]{{0,3}}号?"
                        rf"(?:、{_WORKS_PART.pattern})*$")
# "A购物广场商场A馆8楼、B馆3楼C店": the halls and floors of one mall, the hall's letter and floor at the head of
# each part, the mall written once: one place (the shop at the end on one of them)
_MALL_FLOOR_END = re.compile(r"(?:商场|广场|商城|购物中心|百货|商厦|大厦)[^、,;]{0,4}?[A-Z\d]{1,2}(?P<kind>馆|区|座)"
                             r"(?:\d{1,2}|负\d|B\d)(?:楼|层)$")


# "建外街道A里小区各楼宇、商铺及学校" (北京, spring 2022): after a place, kinds of facility alone (no name of their own,
# joined by 及, 和 or 、) are that place's (its shops, its school): one place as written (invented: "甲乙小区1号楼、
# 底商和幼儿园").
_FACILITY_KIND = r"(?:商铺|底商|门面房?|门店|商户|学校|幼儿园|车库|地下车库|配套用房|物业用房|会所)"
# ("A小区1号楼、含底商": what the place takes in (含, 包含, 包括), its shops, written after it with no bracket)
_BARE_FACILITIES = re.compile(rf"(?:含|包含|包括)?(?:(?:各|所有|全部)?{_FACILITY_KIND}(?:及|和|与|以及|、))*"
                              rf"(?:各|所有|全部)?{_FACILITY_KIND}")

# (only after a place with a name of its own: "祠堂、学校、A小区", "医院、学校" are common-noun places listed each
# alone, no school of the site before it)
_NAMELESS_SITE = re.compile(rf"(?:各|所有|全部)?(?:{_FACILITY_KIND}|祠堂|礼堂|教堂|寺庙|庙宇|医院|卫生院|诊所|药店|超市"
                            r"|商超|商场|菜市场|农贸市场|市场|车站|汽车站|火车站|广场|公园|银行|宾馆|酒店|饭店|餐馆|网吧"
                            r"|工地|企业|工厂|中学|小学|村委会|居委会|政府|派出所|敬老院|养老院|福利院)")

# (and with 含 alone, written after a comma: "A小区1号楼,含底商"; where the shops lie told before their kind after
# 含: "A小区1号楼、含底层商铺", "含沿街商铺")
_FACILITY_SITE = r"(?:底层|底楼|一层|一楼|楼下|沿街|临街)?"
_TAKEN_IN_FACILITIES = re.compile(rf"(?:含|包含|包括)(?:(?:各|所有|全部)?{_FACILITY_SITE}{_FACILITY_KIND}"
                                  rf"(?:及|和|与|以及|、))*(?:各|所有|全部)?{_FACILITY_SITE}{_FACILITY_KIND}")


# "A安置房二期项目三区南区工人生活区、三区管理人员生活区": a part that opens with a numbered section (区, 期) of
# the compound named before it, no name of its own, after a place that holds such a section: more of the compound
_NUMBERED_SECTION_START = re.compile(r"[一二三四五六七八九十\d]{1,2}(?:区|期)(?=[\u4e00-\u9fff])")
_NUMBERED_SECTION_IN = re.compile(r"[\u4e00-\u9fff]{2}[一二三四五六七八九十\d]{1,2}(?:区|期)(?=[\u4e00-\u9fff\dA-Z])")

# "A村一区、二区其他排楼宇(除封控区外)" (北京, summer 2022): after a numbered section of a village or compound, the next
# section's other buildings (其他, 其余) with the exception they share: one place, the parts before one exception.
_SECTION_END = re.compile(r"[\u4e00-\u9fff]{2}[一二三四五六七八九十\d]{1,2}(?:区|期|组团)$")
_SECTION_REST = re.compile(r"[一二三四五六七八九十\d]{1,2}(?:区|期|组团)的?(?:其他|其余|其它)[\u4e00-\u9fff]{0,6}"
                           r"(?:\([^()]*\))?")

# "A村新冠病毒感染者01001家、01002家" (儋州, summer 2022): the homes (家) of cases by their numbers, bare after the
# first, which the village and the case word name; one place, as a compound's run of buildings is
_HOUSEHOLD_END = re.compile(r"(?<![\d-])\d{3,6}家$")
_HOUSEHOLD = re.compile(r"\d{3,6}家")


# "A苑1栋、3栋以外的其他区域" (a compound's rest but its buildings), "A村一组、三组以外的区域" (a village's rest but its
# groups): the first part with its owner, bare parts, the last closing the rest; one place
_RESTS_BUT_PARTS = ((_BUILDING_FIRST, _RUN_BUILDING, _BUILDINGS_REST), (_GROUP_FIRST, _RUN_GROUP, _GROUPS_REST))


def _rest_but_parts_end(places: list[str], i: int) -> int | None:
    """The end (exclusive) of such a run starting at ``places[i]``, None if none starts there."""
    for first, bare, rest in _RESTS_BUT_PARTS:
        if first.fullmatch(places[i]):
            j = i + 1
            while j < len(places) - 1 and bare.fullmatch(places[j]) and j - i < 12:
                j += 1
            if j < len(places) and rest.fullmatch(places[j]):
                return j + 1
    return None


def _join_bounded(places: list[str], after_semicolon: set[str] | frozenset[str] = frozenset(),
                  items: set[int] | None = None, line_starts: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Put back together what the 、 inside one place split: an area written as its bounds
    ("精营西边街以东、精营中横街以南、…以北区域"), "除封控区、管控区以外的其他区域", and a run of
    sub-places of one compound ("煤干院小区18、19号院", "北张住宅小区C区4号楼、5号楼"), which
    offices count as one place."""
    joined: list[str] = []
    # (a flattened table's rows run together in one place: each row a place)
    split = [_split_flattened(place) for place in places]
    if any(len(rows) >= 4 for rows in split):
        # (one place of the list a run of four places or more: the copy lost its separators all over the list,
        # so two places run together in another are read so too, on the same cuts)
        split = [rows if len(rows) > 1 else _split_named_run(rows[0], _open_at(rows[0]), min_rows=2)
                 for rows in split]
    # (the places that open a numbered item: "1.A路2号、4号;" over "2.B镇C路6号" are two items, no run goes on)
    opens = [k in (items or set()) and r == 0 for k, rows in enumerate(split) for r in range(len(rows))]
    places = [row for rows in split for row in rows]
    apart = after_semicolon | line_starts  # (once, not at each place: a list can be thousands of places long)
    i = 0
    while i < len(places):
        if joined and _SUB_END.match(joined[-1]) and (run_on := _RUN_ON_PART.match(places[i])):
            # "A厂11一18栋、113一121栋B城10栋、13栋": a copy that lost the separator after the last building of
            # a run; the building goes with its run, the next compound starts a place of its own
            joined[-1] += "、" + run_on.group()
            places[i] = places[i][run_on.end():]
        if joined and _INVOLVES.match(places[i]) and _BOUNDED_AREA.search(joined[-1]):
            i += 1  # "A路以西、B河以北区域,涉及C社区15组、16组": what the area takes in explains it, no places
            while i < len(places) and _BARE_SUB.match(places[i]):
                i += 1
            continue
        # (a building with its run of units after another is the next building, a place of its own: "A小区27栋
        # 4单元、5单元,26栋1单元、2单元"; bare buildings go on: "A小区5栋、7栋(除1单元)、8栋、9栋")
        if joined and ((_bare_subs(places[i]) and _sub_or_doors_end(joined[-1])
                        and not (_UNITS_RUN_END.search(joined[-1]) and _BUILDING_UNITS.fullmatch(places[i]))
                        and not (_PHASE_EXCEPTED_END.search(joined[-1]) and _WHOLE_PHASE.fullmatch(places[i])))
                       or _CLAUSE.match(places[i])
                       or _floor_part(joined[-1], places[i])
                       or (_SHARED_KIND.fullmatch(places[i]) and re.search(r"\d(?:号|栋|幢|座)$", joined[-1]))):
            joined[-1] += "、" + places[i]
            i += 1
            continue
        if joined and _HOUSEHOLD_END.search(joined[-1]) and _HOUSEHOLD.fullmatch(places[i]):
            joined[-1] += "、" + places[i]  # "A村感染者01001家、01002家": one village's households by case number
            i += 1
            continue
        if joined and _NUMBERED_SECTION_START.match(places[i]) and _NUMBERED_SECTION_IN.search(joined[-1]):
            joined[-1] += "、" + places[i]  # "A项目三区南区工人生活区、三区管理人员生活区": one compound's sections
            i += 1
            continue
        if joined and _SECTION_END.search(joined[-1]) and _SECTION_REST.fullmatch(places[i]):
            joined[-1] += "、" + places[i]  # "A村一区、二区其他排楼宇(除封控区外)": sections before one exception
            i += 1
            continue
        if joined and _WORKS_END.search(joined[-1]) and _WORKS_PART.fullmatch(places[i]):
            joined[-1] += "、" + places[i]  # "A有限公司车间五、制条车间": the workshops of one enterprise
            i += 1
            continue
        if joined and (mall := _MALL_FLOOR_END.search(joined[-1])) \
                and re.match(rf"[A-Z\d]{{1,2}}{mall['kind']}(?:\d{{1,2}}|负\d|B\d)(?:楼|层)", places[i]):
            joined[-1] += "、" + places[i]  # "A商场A馆8楼、B馆3楼C店": floors of one mall's halls, one place
            i += 1
            continue
        if joined and (_BARE_FACILITIES.fullmatch(places[i]) or _TAKEN_IN_FACILITIES.fullmatch(places[i])) \
                and not _NAMELESS_SITE.fullmatch(joined[-1]):
            joined[-1] += "、" + places[i]  # "A小区各楼宇、商铺及学校": the compound's shops and school, one place
            i += 1
            continue
        if joined and joined[-1].endswith("主楼") and _ANNEX.fullmatch(places[i]):
            joined[-1] += "、" + places[i]  # "A敬老院主楼、副楼(含楼下商铺)": one building's main block and annex
            i += 1
            continue
        if joined and _SIDE_END.search(joined[-1]) \
                and (_SIDE_ALONE.fullmatch(places[i]) or _SIDE_DISTANCE.match(places[i])):
            j = i
            while j < len(places) and _SIDE_ALONE.fullmatch(places[j]) and j - i < 6:
                j += 1
            if j < len(places) and _SIDE_DISTANCE.match(places[j]):
                joined[-1] += "、" + "、".join(places[i:j + 1])
                i = j + 1
                continue
        if joined and _SHARED_CODE_WHERE.fullmatch(places[i]) and _CODE_END.search(joined[-1]):
            joined[-1] += "、" + places[i]  # "A商城B10、B12B所在楼层": the floor both shops are on, one place
            i += 1
            continue
        if joined and _SITE_ROWS.fullmatch(places[i]) and _SITE_BUILDING_END.search(joined[-1]):
            joined[-1] += "、" + places[i]  # "A市场B号所在楼栋、出租屋区第2、3排所有出租屋": the site's rows, one place
            i += 1
            continue
        if joined and _SHARED_WHERE.match(places[i]) and _NAMED_SPOT.match(joined[-1]) and "所在" not in joined[-1]:
            joined[-1] += "、" + places[i]  # "A店、B店所在街道两侧100米": where both are, one place
            i += 1
            continue
        # (not when the next road has a run of its own: "A路2号、4号,B路6号、8号" are two places, a run on each road)
        # (nor after a ";": "A街1号、2号;B巷13号" lists each road's numbers apart, two places)
        if joined and _HOUSE_NUMBERS_RUN.search(joined[-1]) and _ROAD_HOUSE.fullmatch(places[i]) \
                and places[i] not in after_semicolon and not opens[i] \
                and not (i + 1 < len(places) and re.fullmatch(_BARE_NUMBER, places[i + 1])):
            joined[-1] += "、" + places[i]  # "A村B路1号、3号、5号、C路29号": the house numbers go on on another road
            i += 1
            continue
        # (not a bare short street alone, "人民街、城关镇其他区域": a road before the town's rest; review rv65a)
        # (a run's village restated before a number of its other numbering: "A村三片16号、18号、A村新编52号")
        if joined and (restated := _RESTATED_HOUSE.fullmatch(places[i])) and _HOUSE_RUN_END.search(joined[-1]) \
                and _restates_run(joined[-1], restated["name"]) and places[i] not in after_semicolon and not opens[i]:
            joined[-1] += "、" + places[i]
            i += 1
            continue
        if joined and re.fullmatch(r".{2,8}?(?:乡|镇|街道)", joined[-1]) \
                and (_TOWN_EXCEPT.match(places[i]) or _SUB_REST.fullmatch(places[i])
                     or _TOWNS_AREA.fullmatch(places[i])):
            joined[-1] += "、" + places[i]  # "鹏田乡、腾桥镇除管控区以外区域", "A街道、B街道其余区域"
            i += 1
            continue
        if joined and re.search(r"(?:乡|镇|街道)$", joined[-1]) and _KIND_ONLY_EXCEPT.match(places[i]):
            joined[-1] += "、" + places[i]  # "下列街道、镇除中、高风险区之外的其他地区": kinds sharing one rest
            i += 1
            continue
        if joined and _BARE_COMPOUND.fullmatch(joined[-1]) and _SHARED_COMPOUND_REST.fullmatch(places[i]):
            k = len(joined) - 1  # "A小区、B花园除封控区以外区域": the rest of all the compounds before it, one place
            while k > 0 and len(joined) - k < 8 and _BARE_COMPOUND.fullmatch(joined[k - 1]):
                k -= 1
            joined[k:] = ["、".join([*joined[k:], places[i]])]
            i += 1
            continue
        # (not across a ";", a line or a numbered item: "A村;B村除高风险区以外的其他区域", "1.A村" over "2.B村除…"
        # list A村 apart, a whole place of its own; review rv66b; nor a village with a town of its own,
        # "甲镇A村、乙镇B村除…其他区域": villages of two towns, each apart, as "甲镇A村、乙镇B村其他区域" reads)
        if joined and _BARE_VILLAGE.fullmatch(joined[-1]) and _SHARED_VILLAGE_REST.fullmatch(places[i]) \
                and places[i] not in apart and not opens[i] and not _TOWN_FRONT.match(places[i]):
            k = len(joined) - 1  # "A镇B村、C村除高风险区以外的其他区域": the rest of all the villages, one place
            while k > 0 and len(joined) - k < 8 and _BARE_VILLAGE.fullmatch(joined[k - 1]) and joined[k] not in apart \
                    and not _TOWN_FRONT.match(joined[k]):
                k -= 1
            joined[k:] = ["、".join([*joined[k:], places[i]])]
            i += 1
            continue
        if (end := _rest_but_parts_end(places, i)) is not None:
            joined.append("、".join(places[i:end]))
            i = end
            continue
        # (not across a ";" or a line: "A村;B村和C村(除封控区外)", "A村" over "B村和C村(除封控区外)" list A村 apart,
        # a place of its own; review rv64b)
        if joined and _BARE_UNIT.fullmatch(joined[-1]) and _UNITS_BEFORE_EXCEPTION.fullmatch(places[i]) \
                and places[i] not in apart and not opens[i]:
            k = len(joined) - 1  # "A社区、B社区和C社区(除封控区外)": the rest of all of them, one place
            while k > 0 and len(joined) - k < 8 and _BARE_UNIT.fullmatch(joined[k - 1]) and joined[k] not in apart:
                k -= 1
            joined[k:] = ["、".join([*joined[k:], places[i]])]
            i += 1
            continue
        if _BARE_TOWN.fullmatch(places[i]) or _BARE_SHORT_STREET.fullmatch(places[i]):
            j = i  # "A镇、B镇、C镇除高、中风险区以外的其他区域": the rest of all the towns before it, one place
            # (a county's every town may be listed, eleven or more: "A镇、B镇、…、K镇(除封控区以外)区域")
            while j + 1 < len(places) and (_BARE_TOWN.fullmatch(places[j + 1])
                                           or _BARE_SHORT_STREET.fullmatch(places[j + 1])) and j - i < _TOWNS_RUN_MAX:
                j += 1
            # (short streets only in one run of 、: not across a ";", a line or a numbered item, "解放路;人民街;文化街;
            # 城关镇其他区域" lists roads apart; review rv65a)
            streets_listed_apart = any(_BARE_SHORT_STREET.fullmatch(p) for p in places[i:j + 1]) \
                and any(p in apart or opens[k] for k, p in enumerate(places[i + 1:j + 2], start=i + 1))
            if j > i and j + 1 < len(places) and (_TOWN_EXCEPT.match(places[j + 1])
                                                  or _TOWNS_AREA.fullmatch(places[j + 1])) \
                    and not streets_listed_apart:
                joined.append("、".join(places[i:j + 2]))
                i = j + 2
                continue
        if joined and _district_ok(joined[-1]) and re.match(rf"[{_CJK}]{{2,8}}?(?:区|县|市|旗)\(?除", places[i]) \
                and _is_blanket(places[i]):
            k = len(joined) - 1  # "桥西区、鹿泉区除上述点位以外的其他区域": the rest of both
            # (the exception in brackets too: "A开发区、B区(除中、高风险区外)"; three or more bare districts
            # before the one with the rest, "甲区、乙县、高新区除高中风险区外其他区域", the rest of them all; a city
            # may list every one of its districts, ten or more, "甲区、…、癸县除高风险区外,其他区域均为低风险区")
            while k > 0 and len(joined) - k < _DISTRICTS_RUN_MAX and len(joined[k - 1]) <= 8 \
                    and "、" not in joined[k - 1] and _district_ok(joined[k - 1]):
                k -= 1
            joined[k:] = ["、".join([*joined[k:], places[i]])]
            i += 1
            continue
        if _BARE_ROAD.fullmatch(places[i]):
            # (only in one run of 、: not across a ";", a line or a numbered item, "偏岩街;" over "胜湖街片区;" lists
            # a street and another street's area apart, two places)
            j = i
            while j + 1 < len(places) and _BARE_ROAD.fullmatch(places[j + 1]) and j - i < 8 \
                    and places[j + 1] not in apart and not opens[j + 1]:
                j += 1
            if j + 1 < len(places) and _ROAD_AREA.fullmatch(places[j + 1]) \
                    and places[j + 1] not in apart and not opens[j + 1]:
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
        if joined and _OPEN_LAST_BOUND.search(joined[-1]) and len(_BOUNDS_TO.findall(joined[-1])) >= 3:
            j = i  # "东至A路,南至B路,西至C河,北至D路、E路": the last of three bounds or more runs along two roads to
            while j < len(places) and _ROAD_NAME.fullmatch(places[j]) and j - i < 3:  # the list's end, one area
                j += 1
            if j == len(places) > i:
                joined[-1] += "、" + "、".join(places[i:j])
                i = j
                continue
        if joined and _BOUND_PART.search(joined[-1]) and _CLOSING_BOUND_TO.fullmatch(places[i]):
            # "A路以南、B铁路以北、C港以东、东至D村道的合围区域": the last bound closes the area
            joined[-1] += "、" + places[i]
            i += 1
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
        if _NAMED_AFTER_KIND.fullmatch(places[i]) and i + 2 < len(places) \
                and _BARE_NAME.fullmatch(places[i + 1]):
            # "A村B、C、D、E自然村区域": natural villages by their bare names, the kind written once at the end
            j = i + 1
            while j + 1 < len(places) and _BARE_NAME.fullmatch(places[j]) and j - i < 12:
                j += 1
            if _BARE_NAME_KIND.fullmatch(places[j]):
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
        if _OPEN_NAMED_EXCEPT.search(places[i]):
            j = i + 1  # "A镇除B社区5组22号、C社区1组外区域": the rest of the town but two addresses, one place
            while j < len(places) and not _EXCEPT_REST_END.match(places[j]) and re.fullmatch(r"[^除外()]{2,30}",
                                                                                             places[j]) and j - i < 8:
                j += 1
            if j < len(places) and _EXCEPT_REST_END.match(places[j]):
                joined.append("、".join(places[i:j + 1]))
                i = j + 1
                continue
        if i + 1 < len(places) and re.fullmatch(rf"除?{_LEVEL_WORD}", places[i]) \
                and re.fullmatch(rf"(?:{_LEVEL_WORD}、)*{_LEVEL_WORD}(?:以外|之外|外)的?[^、除]{{2,20}}?"
                                 r"(?:其他|其它|其余)(?:区域|地区|范围)", places[i + 1]):
            # "解除封控区、管控区以外A镇内其他区域防范管理" (除 left out after 解除): the levels the rest of a town
            # leaves out, then the town's rest; one place
            joined.append(places[i] + "、" + places[i + 1])
            i += 2
            continue
        if i + 1 < len(places) and re.search(rf"除(?:{_LEVEL_WORD}、)*{_LEVEL_WORD}$", places[i]) \
                and re.fullmatch(rf"(?:{_LEVEL_WORD}、)*{_LEVEL_WORD}(?:以外|之外|外)", places[i + 1]):
            # "A镇域内除封控区、管控区外,均为防范区": the exception closed by 外 alone, the rest's word left out
            joined.append(places[i] + "、" + places[i + 1])
            i += 2
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


def _counted_object(obj: str) -> tuple[str, str, bool, bool] | None:
    """(places, "由" + origin level, whether commas alone separate the places) of an object that ends with its
    count and level: "A、B等2个高风险区", "A,B,2个封控区", also without 等 ("A1号楼、B6号楼、C7号楼3个封控区调整为
    管控区"). The count must be the number of places named; without 等 the digits may run on from the last
    place ("C栋13个" is "C栋1" and 3 places), so each tail of the digits is tried. "A及紧邻的B、C,D等2个临时管控
    区域": when the count is that of the pieces between commas, a 、 joins parts of one place; a word between
    count and level ("临时", "原") is no part of the level."""
    # (", C、D2个中风险区" of a second clause: the comma that closed the clause before is no separator of its places)
    obj = obj.lstrip(" \t,")
    m = re.search(rf"(?P<sep>(?:等|,)?(?:共计|合计|共|计)|等|,)?(?P<n>[\d{_CN_NUM}]+)[个处](?:临时|原有|原)?"
                  rf"(?P<lv>{_LEVEL})$", obj)
    if m is None:
        # "A及紧邻的B、C,D等2个区域调整为高风险区", "…等2处": a count without a level, the pieces between commas
        plain = re.search(rf"等(?P<n>[\d{_CN_NUM}]+)(?:个|处)(?:临时|原有|原)?(?:区域|地区|点位|地点|场所|小区)?$", obj)
        places = obj[:plain.start()].rstrip(",") if plain else ""
        # ("A小区G栋1单元、2单元,5栋,B路2-18号、2-20号至2-27号等3个区域": the pieces between commas, though the
        # 、 read otherwise give as many, when those run across a comma)
        enclosed = _split_enclosed(places) if plain else []
        if plain and _cn_int(plain["n"]) == len(_comma_items(places)) > 1 \
                and (_cn_int(plain["n"]) != len(enclosed) or any("," in p for p in enclosed)):
            return places, "", True, False
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
        split = len([p for item in parts for p in _split_and(item)])
        if n in (len(parts), split):
            # (the count of the places as written, 及 inside one: "A、B市场及C镇D村46号,2个…" keeps it whole)
            return places, "由" + m["lv"], False, n == len(parts) < split
        joined = [p for item in parts for p in _split_counted_and(item)]
        if n == len(joined) > len(parts):
            return "、".join(joined), "由" + m["lv"], False, False
        if m["sep"] and m["sep"].startswith("等") and n == len(_comma_items(places)) > 1:
            return places, "由" + m["lv"], True, False
        # "A路1号至B市场、C路1号至9号,D小区2栋两个高风险区": the count right after the places, that of the pieces
        # between commas (a 、 inside a piece joins stretches of one area)
        if not m["sep"] and k == 0 and "," in places and not places.endswith("的") \
                and n == len(_comma_items(places)) > 1:
            return places, "由" + m["lv"], True, False
    return None


# "A小区、第一市场及B镇C村46号,3个中风险区": when the count says so, 及 (和, 与, 以及) between the last two
# places separates them as 、 would (each side a name of three characters at least, outside brackets).
_COUNTED_AND = re.compile(r"以及|及|和|与")


def _split_counted_and(item: str) -> list[str]:
    for m in _COUNTED_AND.finditer(item):
        left, right = item[:m.start()], item[m.end():]
        if len(left) >= 3 and len(right) >= 3 and not _unclosed(left) and re.match(rf"[{_CJK}]", right) \
                and not _KIND_AND_NUMBERS.match(right):
            return [left, *_split_counted_and(right)]
    return [item]


# "雨花区调整二个区域为中风险地区的通告" over "将A中学及B学校区域确定为中风险地区": a title (or lead) that counts
# the areas it puts at a level; when the level's places fall one short of the count and one of them holds a single
# 及 (以及, 和, 与) between two names, the count says the conjunction joins two places ("A小区及周边商铺", what
# lies by the first place, stays whole).
_TITLE_COUNT = re.compile(rf"(?P<n>[\d{_CN_NUM}]{{1,3}})[个处地](?:区域|地区|地方|点位|场所|小区|楼栋)?"
                          rf"(?:调整|划定|确定|列为|升级|降级)?为(?P<level>[高中低]风险(?:地区|区域|区)|(?:封控|管控|防范)区)")


def _title_counted_and(changes: list[dict[str, Any]], head: list[str]) -> None:
    """Split a place at its one 及 when the count of the notice's title or lead (``_TITLE_COUNT``) asks for it."""
    counts = {_level_name(m["level"]): _cn_int(m["n"]) for line in head for m in _TITLE_COUNT.finditer(line)}
    for level, n in counts.items():
        of_level = [c for c in changes if c["level_to"] == level and c["action"] != "lift"]
        if not n or sum(len(c["places"]) for c in of_level) != n - 1:
            continue
        splits = [(c, k, pair) for c in of_level for k, place in enumerate(c["places"])
                  if len(pair := _two_joined(place)) == 2]
        if len(splits) == 1:
            change, k, pair = splits[0]
            change["places"][k:k + 1] = pair


def _runs_restated_apart(changes: list[dict[str, Any]]) -> None:
    """ "一、新增划定A村13组、18组为高风险区" and the restated "高风险区4个,B、C、A村13组和18组", which the count
    splits: a run of parts read as one place ("A村13组、18组") whose parts the notice lists apart at the same level
    elsewhere ("A村13组", "18组") is those places."""
    for change in changes:
        apart = {p for c in changes if c["level_to"] == change["level_to"] and c["action"] == change["action"]
                 for p in c["places"] if "、" not in p}
        places: list[str] = []
        for place in change["places"]:
            parts = _outside_brackets_split(place)
            if len(parts) > 1 and all(part in apart for part in parts):
                places += [part for part in parts if part not in places]
            else:
                places.append(place)
        change["places"] = places


# "双港镇新桃园李桃园" in a district's list of estates, "双港镇李桃园" listed on its own in another list of the same
# district (天津, early 2022): a copy that lost the separator between two estates. The notice names the second
# apart, so the run is two places: the first as written ("双港镇新桃园"), the second bare after it ("李桃园", its town
# written once at the head of the run). Only when the first closes with a residential kind word (园, 苑, 里, 小区…)
# after a name of two characters or more, the second (three characters or more, a kind word closing it too) is listed
# elsewhere in the district, bare or after its town or street, and the run is one of a list of three places or more.
_GLUED_HEAD_END = re.compile(r"(?:园|苑|里|小区|公寓|新村|花园|家园|名居|华庭|雅居|嘉园|宿舍|家属院)$")


def _glued_listed_apart(changes: list[dict[str, Any]]) -> None:
    for change in changes:
        if len(change["places"]) < 3:
            continue
        # (each name listed, with the towns it is listed under: None for a name written bare)
        named: dict[str, set[str | None]] = {}
        for other in changes:
            if other["district"] == change["district"]:
                for place in other["places"]:
                    named.setdefault(place, set()).add(None)
                    if (town := _STREET_FIRST.match(place)) and len(place) - town.end() >= 3:
                        named.setdefault(place[town.end():], set()).add(town.group())
        places: list[str] = []
        for place in change["places"]:
            # (the place itself needs no taking out of ``named``: a tail is always shorter than its place, and a
            # copy of the set per place made a list of thousands quadratic)
            places += _glued_split(place, named)
        change["places"] = places


def _glued_split(place: str, named: dict[str, set[str | None]]) -> list[str]:
    if re.search(r"[、,()及和与]", place):
        return [place]
    town = _STREET_FIRST.match(place)
    start = town.end() if town else 0
    for k in range(start + 3, len(place) - 2):
        head, tail = place[:k], place[k:]
        # (review rv64a: not a second estate listed only under another town, "春晓镇A家园B苑" with "星峰镇B苑"
        # listed: B苑 of another town is no part of this run)
        if tail in named and _GLUED_HEAD_END.search(head) and _GLUED_HEAD_END.search(tail) \
                and not _STREET_FIRST.match(tail) \
                and (town is None or None in named[tail] or town.group() in named[tail]):
            return [head, tail]
    return [place]


def _two_joined(place: str) -> list[str]:
    found = list(_COUNTED_AND.finditer(place))
    if len(found) > 1:
        # ("A大学信息科学与工程学院和A大学三食堂区域": 与 inside a name beside one 和 or 及 that joins two places)
        found = [m for m in found if m.group() != "与"]
    if len(found) != 1:
        return [place]
    left, right = place[:found[0].start()], place[found[0].end():]
    if len(left) >= 3 and len(right) >= 3 and not _unclosed(left) and re.match(rf"[{_CJK}]", right) \
            and not _RELATIVE_PART.search(right) and not _HE_WORD.match(place, found[0].start()) \
            and not _BARE_KIND_START.match(right) and not _KIND_AND_NUMBERS.match(right) \
            and (_complete_place(core := _END_NOTE.sub("", left)) or _KIND_ENDING.search(core)):
        # ("金金金和华府1号楼": no kind of place ends before 和, the 和 is the name's)
        return [left, right]
    return [place]


# A kind of place ending a name (terms' kind words, wider than _PLACE_END's whole places: a school, a station).
_KIND_ENDING = re.compile(rf"(?:{_PLACE_KIND})$")


# "金和路1号", "金及街5号", "金和村3组", "金和大街2号院": the right of a 和 (及) that is only a road's, street's or
# village's kind word and its numbers has no name of its own: the 和 is inside the name (the road is "金和路"), however
# many places a count asks for.
_KIND_AND_NUMBERS = re.compile(rf"(?:大街|大道|胡同|路|街|巷|弄|道|里|村|屯|庄|社区)[\d{_CN_NUM}]+(?:号|组|队|社|弄)")


# ("金和小区1号楼": the right of a 和 that starts with a kind's word has no name of its own; the 和 is the name's)
_BARE_KIND_START = re.compile(r"(?:小区|社区|花园|家园|公寓|宿舍|大厦|广场|村|苑|园|庭|府|院|街道|镇|乡"
                              r"|组|栋|幢|号楼|单元|区域|片区)")


# "解除A镇、B镇、C乡3个乡镇临时管控", "将A社区、B社区等2个社区的…", "A村、B村共2个村": a count of the places
# named and their kind closes the list; it is a summary, no part of the last place (a "临时" after it goes with
# the level: "临时管控").
# ("A、B、C等三个社区未改造区域": the part of each counted place the level covers, written once after the count;
# the places are the ones named)
# ("将A、B两地调整为中风险地区", "…两处": a count with 地 or 处 alone, no kind word; a summary only when it is the
# number of places named, as below)
_SUMMARY_COUNT = re.compile(rf"(?P<sep>等?(?:共计|合计|共|计)|等)?(?P<n>[\d{_CN_NUM}]{{1,4}})"
                            rf"(?:[个处]{_SUMMARY_KIND}|(?P<bare>[处地]))"
                            rf"(?:的?(?:未改造|未拆迁|老旧|部分|全部|居民|住宅|棚户)[{_CJK}]{{0,2}}?(?:区域|片区|范围))?"
                            r"的?(?:临时)?$")
# "A、B和C等三个社区": the last two joined by 和, counted as two
_LAST_AND = re.compile(r"、(?P<a>[^、,;和]{2,})和(?P<b>[^、,;和]{2,})$")


# "…,铝厂大院等共计7个小区、21个巷道、1个独立院落": counts of several kinds after 等 close the list; a summary
# whatever the numbers (lanes counted one by one may be listed as ranges).
_SUMMARY_COUNTS = re.compile(rf"等(?:共计|合计|共|计)?(?:[\d{_CN_NUM}]{{1,4}}[个处][{_CJK}]{{1,6}}?[、和及,])+"
                             rf"[\d{_CN_NUM}]{{1,4}}[个处][{_CJK}]{{1,6}}$")


def _count_in_last_division(places: str) -> bool:
    """ "…发布消息,A市B区两个区域调整为低风险地区": a count after a whole district (the last piece) that follows
    pieces of another kind (prose, places) counts areas of that district the sentence does not list, as a count
    after one name does; it closes no list ("A区、B区两个区" counts the districts)."""
    pieces = [piece.strip() for piece in _split_enclosed(places)]
    return _whole_division(pieces[-1]) and bool(pieces[-1]) and not all(_whole_division(p) for p in pieces[:-1])


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
        if places and _cn_int(digits[k:]) == len(_split_enclosed(places)) > 1 \
                and not _count_in_last_division(places) and not _office_not_count(places, digits[k:], m["bare"]):
            return places
        last_and = _LAST_AND.search(places)
        if last_and and _cn_int(digits[k:]) == len(_split_enclosed(places)) + 1:
            return places[:last_and.start("a")] + last_and["a"] + "、" + last_and["b"]
    # "A饭店;B…段7个区域" (a place left out of a copy): a count of areas after a name's last character (no digit
    # to run on from) closing a list of several is a summary whatever the number; no name ends with "7个区域" (a
    # count after one name, "浙江绍兴6个地区", counts what it does not list)
    places = obj[:m.start()].rstrip(",、")
    if not m["sep"] and m.start() > 0 and re.match(rf"[{_CJK})]", obj[m.start() - 1]) \
            and re.fullmatch(r"[\d一二三四五六七八九十两]{1,4}[个处](?:区域|地区|点位|地点|场所)的?", m.group()) \
            and len(_split_enclosed(places)) > 1 and not _count_in_last_division(places):
        return places
    if _one_counted_place(obj, m):
        return places
    if m["sep"] == "等" and m.start() > 0:
        # "A等15个区域": 等 alone, the places named and others not (the count no place of its own: "A等15个区域"
        # would read as a headline's count)
        return obj[:m.start()]
    return obj


# ("中铁二处", "市政工程二处", "公路局三处", "农场二处": an office's or works' numbered division, no count of places)
_OFFICE_BEFORE_CHU = re.compile(r"(?:局|公司|厂|农场|林场|工区)$")


def _office_not_count(places: str, digits: str, bare: str | None) -> bool:
    """A number with 处 or 地 alone ("A、中铁二处") is a count of the places named only after a whole place (a
    name cut short before it, "中铁", "市政工程", is the division's own name); 处 after an office, works or farm
    ("公路局三处", "农场二处"), or "二处" (a count of two is 两处 or 2处), names the division."""
    if not bare:
        return False
    last = _split_enclosed(places)[-1].strip()
    if not (_complete_place(last) or _KIND_ENDING.search(last)):
        return True
    return bare == "处" and (digits == "二" or bool(_OFFICE_BEFORE_CHU.search(last)))


def _one_counted_place(obj: str, m: re.Match[str]) -> bool:
    """ "将甲乡乙村1个区域划为高风险区": one place named, then "1个区域" (one area) after its last character (no digit
    to run on from): the count of the one place named, no part of it. (Not after a verb, a title's "A区调整一个区域为
    中风险地区": what goes before the count must be a complete place.)"""
    return not m["sep"] and m.start() > 0 and bool(re.match(rf"[{_CJK})]", obj[m.start() - 1])) \
        and bool(re.fullmatch(r"(?:1|一)[个处](?:区域|地区|点位|地点|场所)的?", m.group())) \
        and len(_split_enclosed(obj[:m.start()])) == 1 and _complete_place(obj[:m.start()])


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
_ITS_ENCLOSED = re.compile(r"及其所?(?:合围|围合|围成|所围(?![合成]))")
# ("A路东段、B路合围区内的第十四网格区域", "C路、D河堤合围的第十九网格部分区域": a numbered grid (block, section)
# inside the enclosed area, or part of it, is the area named)
_ENCLOSED_END = re.compile(rf"(?:合围|围合|围成|以[东南西北]之间|以内){_ENCLOSED_EXCEPT}"
                           r"(?:(?:区域?|范围)内的?|的)?(?:第[\d一二三四五六七八九十百]{1,4}(?:网格|区块|片区|小区)(?:部分)?"
                           r"|[\u4e00-\u9fff]{0,4}?)(?:区域|范围|片区|地块)$")


def _district_items(text: str) -> list[str] | None:
    """ "成华区A街道B院、C院(含底商),成华区A街道D苑,…": when every item between commas starts with the
    same district, the commas separate the places and a 、 inside an item joins parts of one place."""
    cuts = [-1, *(p for p in _top_level_seps(text) if text[p] in ",;"), len(text)]
    items = [text[a + 1:b] for a, b in zip(cuts, cuts[1:], strict=False)]
    if len(items) < 2 or "、" not in text:
        return None
    fronts = [_front_district(item) for item in items]
    if all(f is not None for f in fronts) and len({f[0] for f in fronts if f}) == 1 \
            and not _district_repeated_in_items(items, fronts[0][0]):  # type: ignore[index]
        # (the county written before each town's group, not each place: the 、 separate places after all)
        return None if _town_groups([f[1] for f in fronts if f]) else items
    return None


def _town_groups(rests: list[str]) -> bool:
    """ "仙游县鲤城街道A小区、B二期,仙游县鲤南镇C华府B区、D新天地" (莆田, 2022): each item opens with a town or
    street of its own, none written twice, and every piece after a 、 is a whole name (no bare part "B区", "17号楼",
    no bound "B路以南"): the county is written again before each town's group, not before each place, so the 、
    separate places as anywhere else. (A street written again item after item, "成华区A街道B院、C院,成华区A街道D苑",
    names one place per item.)"""
    towns = [m.group() if (m := _STREET_FIRST.match(rest)) else None for rest in rests]
    if None in towns or len(set(towns)) < len(towns):
        return False
    pieces = [rest[a + 1:b] for rest in rests
              for a, b in itertools.pairwise([-1, *(p for p in _top_level_seps(rest) if rest[p] == "、"), len(rest)])]
    # (a note in brackets closing a run, "A苑、B苑(含底商)", goes with the whole run: one place as written)
    return len(pieces) > len(rests) and not any(re.search(r"\)$", rest) and "、" in rest for rest in rests) and all(
        piece and not _BARE_SUB.match(piece) and not _BOUND_PART.search(piece) and not _ENCLOSED_END.search(piece)
        for piece in pieces)


def _district_repeated_in_items(items: list[str], district: str) -> bool:
    """ "二七区A街道B公寓,二七区C街道、二七区D街道内的居民小区": the district written again after a 、 inside an
    item starts a place of its own there (parts of one place do not repeat their district); the 、 separate."""
    # ("朝阳区A街道B社区,朝阳区A街道C小区、A街道D小区" (a report, 北京, spring 2022): so does the street or town
    # written again after a 、, each place with its own)
    return any(text[p + 1:].startswith(district) or _STREET_FIRST.match(text, p + 1)
               for text in items for p in _top_level_seps(text) if text[p] == "、")


# An area given by the roads that enclose it, after 以: "以A路、B路、C路、D路围合区域(封控区除外)为管控区",
# "以A路-B路-C路围合区域为防范区", "以A街,B街,C街围成的区域": one area, the 以 no part of it.
_ENCLOSED_BY = re.compile(rf"(?:合围|围合|围成|所围(?![合成]))"
                          rf"{_ENCLOSED_EXCEPT}的?[\u4e00-\u9fff]{{0,4}}?(?:区域|范围|片区|地块)"
                          r"(?:\([^()]*\))?$")
_ENCLOSING_ROAD = re.compile(r"[^,、;。\n()以]{1,16}(?:\([^()]*\))?")


def _district_then_enclosing(part: str) -> str | None:
    """ "甲区以A路、B路围合区域(封控区除外)为防范区": the district the area lies in, written in front of the 以 that
    opens it; the district stays in front (read as the place's district), the 以 goes."""
    found = _front_district_name(part) if "以" in part[:12] else None
    if not found or not found[1].startswith("以") or not _ENCLOSED_BY.search(part) or found[0] not in _divisions()[0]:
        return None
    return found[0] + found[1][1:]


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


# A run of house numbers, maybe in numbered sections of the place before it, the 号 written once after a run of bare
# numbers: "A村3区18号、25-28号,4区6-10号、16、22、32号,6区1号" is one place (the numbers are no areas of their own);
# its 、 and commas split nothing ("1号、2号,3号楼": a building after it is no house number and ends the run).
_HOUSE_NO = r"\d{1,5}(?:[-—~]\d{1,5})?"
_HOUSE_NO_PART = rf"(?:第?\d{{1,3}}区)?{_HOUSE_NO}"
_HOUSE_NUMBERS = re.compile(rf"(?<=\d)号(?:[、,]{_HOUSE_NO_PART}号?)*[、,]{_HOUSE_NO_PART}号(?=[、,;。]|$)")

# "A街道B社区黄厝社89号、黄厝社90号": the house numbers of one village's hamlet written each with its name after 、,
# the first after the street and community they are in: one place, as "黄厝社89号、90号" is (not
# "A街道B路1号、A街道B路3号", each written whole, two places; nor a road's numbers each written with the road,
# "A街道B社区C路146号、C路148号": each a building of its own on the road, a place).
_STEM_NUMBER = re.compile(rf"(?P<stem>[{_CJK}]{{2,8}}){_HOUSE_NO}号")


def _same_stem_number(before: str, part: str) -> bool:
    m = _STEM_NUMBER.fullmatch(part)
    return bool(m) and before.find(m["stem"]) > 0 and not _STREET_FIRST.match(part) \
        and not re.search(rf"{_ROAD_END}$", m["stem"]) \
        and re.search(rf"{re.escape(m['stem'])}{_HOUSE_NO}号$", before) is not None


# The halls, blocks or doors of one enterprise or market by their codes after its name, the name written once:
# "A物流有限公司C2、C4交易厅,C5、C6餐饮区及一号宿舍楼A门" is one place; a part that starts with no code ends it.
_CODE_PART = r"[A-Z]\d{0,3}[^、,;。()]*"
_CODED_PARTS = re.compile(rf"(?:(?<=公司|集团|市场|基地|园区|中心)|(?<=厂)){_CODE_PART}(?:[、,]{_CODE_PART})+")


# "A小区东区中,1-9幢共9幢楼所在的南面区域(以B为上界)": a place then 中 / 内 (within it) before a comma, and an
# area told by what stands in it (所在) after: one area inside the place, the comma no list's.
_WITHIN_PLACE = re.compile(rf"[{_CJK}]{{3,}}[中内]$")
_LYING_AREA = re.compile(r"所在的?[^,、;。()]{0,10}(?:区域|范围|片区|地块)(?:\([^()]*\))?$")


# An enclosed area's word followed by 、 inside a run read as one area: the area closed there, the next starting.
_AREA_CLOSED_INSIDE = re.compile(r"(?:合围|围合|围成|所围(?![合成]))的?(?:区域|范围|片区)(?=、)")


# "1.A街道:B农贸市场,C村,D花园,E坪63号合围区域;F片区" (重庆, autumn 2022): named landmarks between commas whose
# last closes the area they enclose ("…号合围区域") are the bounds of one area, no places of their own; the run up to
# the ";" is one place (as "A大厦,B楼,C园8栋、9栋合围区域"). Not when the last piece is an area of its own, written
# with its bounds ("E路与F路合围区域", "G路、H路合围区域", "I路以东…"), nor when a piece is no bare name ("以上合围
# 区域" pointing back, a clause of measures, a bound "东至J路").
_LANDMARK_NAME = r"[^,、;。:()\n以]{2,24}(?:、[\d一二三四五六七八九十][^,、;。:()\n]{0,6})*"
_LANDMARKS_CLOSING = re.compile(rf"(?!以上|上述|前述|该|其|将|对|实行|实施)(?P<name>{_LANDMARK_NAME})"
                                r"(?:合围|围合|围成|所围(?![合成]))的?(?:区域|范围|片区)(?:\([^()]*\))?")
_LANDMARK_PIECE = re.compile(rf"(?!以上|上述|前述|该|其|将|对|包括|含|除|[东南西北](?:至|到|侧)){_LANDMARK_NAME}")
_NOT_LANDMARK = re.compile(rf"[与和及至到向沿]|以[东南西北内]|[东南西北]侧|合围|围合|围成|实行|实施|管理|措施"
                           rf"|{_LEVEL}")


def _landmarks_closed(pieces: list[str]) -> bool:
    """Whether the pieces between commas are landmarks closed by the area they enclose (``_LANDMARKS_CLOSING``)."""
    last = _LANDMARKS_CLOSING.fullmatch(pieces[-1]) if len(pieces) >= 2 else None
    return last is not None and not _NOT_LANDMARK.search(last["name"]) \
        and all(_LANDMARK_PIECE.fullmatch(p) and not _NOT_LANDMARK.search(p) for p in pieces[:-1])


def _landmark_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the runs between ";" (or the text's ends) that are landmarks closing one area (_landmarks_closed)."""
    if "合围" not in text and "围合" not in text and "围成" not in text:
        return []
    seps = _top_level_seps(text)
    groups = [-1, *(p for p in seps if text[p] in ";。\n"), len(text)]
    spans = []
    for a, b in zip(groups, groups[1:], strict=False):
        cuts = [p for p in seps[bisect_right(seps, a):bisect_left(seps, b)] if text[p] == ","]  # (by bisection: linear)
        if cuts and _landmarks_closed([text[x + 1:y] for x, y in zip([a, *cuts], [*cuts, b], strict=False)]):
            spans.append((a, b))
    return spans


# A side of an area written by its distance from a road or crossing ("…交口东300米", "B路北侧约200米"), and the last
# such side with the area's word after it ("B路北200米区域", "C河西500米范围").
_DISTANCE_END = re.compile(rf"[{_CJK}\d]{{2}}[东南西北]侧?约?[\d{_CN_NUM}]{{1,5}}(?:米|公里|千米)$")
_DISTANCE_AREA = re.compile(rf"[^,、;。()]{{1,24}}?[东南西北]侧?约?[\d{_CN_NUM}]{{1,5}}(?:米|公里|千米)"
                            r"(?:以内|范围内?)?的?(?:区域|范围|片区)")


# A village's sections, each a short name with 区 ("A村豆西区、豆东区、中街区"): listed with 、 after the village, one
# place (the village written once names them all; not "A村、B区": a village, then a place of its own).
_VILLAGE_SECTION = re.compile(rf"(?!小|社|园|景|街道)[{_CJK}]{{1,2}}区")
_VILLAGE_SECTIONS_BEFORE = re.compile(rf"[{_CJK}]{{2}}村[{_CJK}]{{1,2}}区(?:、[{_CJK}]{{1,2}}区)*$")


def _split_enclosed(text: str) -> list[str]:
    """Top-level parts of a sentence's object, with an area enclosed by its parts kept whole: "新城小区102
    栋1-6单元、103栋6-7单元合围区域", "美晨家园小区牡丹园1、2、4号楼,美园1、2、3号楼,…,玫瑰园2号楼合围区域"
    (back to the part that names the compound, within one ";" group). An area written as its bounds
    ("A路以东、B大道以南、C大道,D街以西、E街以北(除…外)", "A村,东至B路,南至C街") is one part, as in lists."""
    cuts, start, run_end = [-1], 0, -1
    runs = (*_HOUSE_NUMBERS.finditer(text), *_CODED_PARTS.finditer(text))
    numbers = [m.span() for m in runs if "," in m.group()]
    numbers += _landmark_spans(text)  # "A市场,B村,C坪63号合围区域": one area
    for p in _top_level_seps(text):
        if p < run_end or any(a < p < b for a, b in numbers):
            continue
        if run_end < start:
            run = _bound_run(text, start)
            run_end = run.end() if run else -1
            if run and (closed := _AREA_CLOSED_INSIDE.search(run.group())):
                run_end = start + closed.end()  # "A小区8栋、9栋合围区域、B路以东、…合围区域": two areas
            elif run and run.re is _BARE_SIDES_RUNS:
                cuts += _bare_sides_ands(text, start, run_end)  # "…C路两侧商铺及A街南、…所围区域": two areas
                if text.startswith("及", run_end):
                    cuts.append(run_end)  # "…所围区域及B小区": the area, then a place of its own
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
        if (fronted := _district_then_enclosing(part)) is not None:
            out.append((sep, fronted))
            continue
        if out and sep in ",、" and re.match(r"[东南西北]至", part) and re.search(r"[东南西北]至", out[-1][1]):
            prev_sep, prev = out.pop()
            out.append((prev_sep, prev + sep + part))  # "联盟街道东至万华路,南至白云路,…的区域"
            continue
        # (not after a run of its own: "A小区27栋4单元、5单元,26栋1单元、2单元", where 、 joins the units of one
        # building, the comma starts the next building, a place of its own)
        if out and sep == "," and _bare_subs(part) and _sub_or_doors_end(out[-1][1]) \
                and not ("、" in out[-1][1] and "、" in part):
            prev_sep, prev = out.pop()  # "恬庄村33组13—18号,32组40号": more numbers of the same village, its comma kept
            out.append((prev_sep, prev + sep + part))
            continue
        if out and sep == "," and _WITHIN_PLACE.search(out[-1][1]) and _complete_place(out[-1][1][:-1]) \
                and _LYING_AREA.search(part):
            prev_sep, prev = out.pop()  # "A小区东区中,1-9幢所在的南面区域": the area lies within the place before
            out.append((prev_sep, prev + sep + part))
            continue
        if out and sep in ",、" and _TAKEN_IN_FACILITIES.fullmatch(part):
            prev_sep, prev = out.pop()  # "A小区1号楼,含底商": what the place takes in, its comma kept
            out.append((prev_sep, prev + sep + part))
            continue
        if out and sep == "、" and _same_stem_number(out[-1][1], part):
            prev_sep, prev = out.pop()  # "A街道B社区C社89号、C社90号": more house numbers of one village
            out.append((prev_sep, prev + sep + part))
            continue
        if out and sep in ",、" and _SUB_NUMBER_PART.match(part) and _SUB_NUMBERED_END.search(out[-1][1]):
            prev_sep, prev = out.pop()  # "A路12号之五至之九(B公寓)、之十五、之三": more sub-numbers of one house number
            out.append((prev_sep, prev + sep + part))
            continue
        if out and sep == "," and _ROAD_SIDE.fullmatch(out[-1][1]) and not _ROAD_SIDE.fullmatch(part) \
                and not re.match(r"[东南西北]", part):
            prev_sep, prev = out.pop()  # "117县道南侧,A区B安置房一期10栋": where the place stands, then the place
            out.append((prev_sep, prev + sep + part))
            continue
        if out and sep == "、" and re.search(rf"(?:(?:^|除)(?:{_LEVEL_WORD}、)*{_LEVEL_WORD}|[{_CJK}\d]{_LEVEL})$",
                                             out[-1][1]) \
                and re.match(rf"(?:{_LEVEL_WORD}、)*{_LEVEL_WORD}(?:以外|之外|外)", part):
            # "A镇、B开发区除封控区、管控区以外区域": the levels of an exception listed with 、 close one place (so
            # do levels with no 除 in front: "封控区、管控区以外C镇内其他区域"; and after the place, with no 除 nor
            # 内: "D镇封控区、管控区以外的区域")
            prev_sep, prev = out.pop()
            out.append((prev_sep, prev + sep + part))
            continue
        if out and sep == "、" and _SIDE_ROWS_PART.fullmatch(part) and _SIDE_ROWS_BEFORE.search(out[-1][1]):
            # "A村676号及其南3排、北3排、西6排、东2户(…)区域": the rows around one house, each by its side, one area
            prev_sep, prev = out.pop()
            out.append((prev_sep, prev + sep + part))
            continue
        if out and sep == "、" and (_NUMBERED_PREMISES.fullmatch(part) and _NUMBERED_ADDRESS.fullmatch(out[-1][1])
                                    and not (len(out) >= 2 and out[-1][0] == "、"
                                             and _NUMBERED_ADDRESS.fullmatch(out[-2][1]))
                                    or _PREMISES_KIND.fullmatch(part) and _NUMBERED_PREMISES.search(out[-1][1])):
            # "A路1号、B路523-689号的单数临街店铺、建筑物": the premises after 的 stand on all the house numbers
            # listed before it, one area (the kinds after it listed with 、 too) (not after a third bare address,
            # "A路1号、B路3号、C路5号的沿街商铺": which numbers the premises stand on is unsaid; each part its own)
            prev_sep, prev = out.pop()
            out.append((prev_sep, prev + sep + part))
            continue
        if out and sep == "、" and _VILLAGE_SECTION.fullmatch(part) and _VILLAGE_SECTIONS_BEFORE.search(out[-1][1]) \
                and not _district_ok(part, strict=True):
            prev_sep, prev = out.pop()  # "A村豆西区、豆东区、中街区": the sections of one village, one place
            out.append((prev_sep, prev + sep + part))
            continue
        if out and sep == "、" and _DISTANCE_AREA.fullmatch(part) and _DISTANCE_END.search(out[-1][1]):
            # "A线与B路交口东300米、B路北200米区域": the sides of one area, each by its distance from a road or a
            # crossing, the area's word after the last (a distance alone names no place): back over the distances
            while out and sep == "、" and _DISTANCE_END.search(out[-1][1]):
                prev_sep, prev = out.pop()
                part = prev + sep + part
                sep = prev_sep
            out.append((sep, part))
            continue
        # (not "A街1号、3号及其围合区域": 及其, "and what it encloses", says the area is the part's own)
        if _ENCLOSED_END.search(part) and not _COMPOUND.search(part) and not _ITS_ENCLOSED.search(part):
            # "A小区11栋,B小学向C中学方向30米…合围区域": an area that names what encloses it (与, 至, 向, 沿 …)
            # is whole after a comma; only the parts joined to it by 、 are its own
            # ("A路以西区域,三环以内东洪四组区域": what lies inside a ring it names is whole too)
            named = bool(re.search(r"[与和至向沿到]", _ENCLOSED_END.sub("", part))
                         or re.search(r"^[^、]+以内[\u4e00-\u9fff]{1,4}?(?:区域|范围|片区|地块)$", part))
            while out and (sep == "、" or (sep == "," and not named)):
                if sep == "、" and _places_then_own_enclosed(f"{out[-1][1]}、{part}"):
                    break  # "甲小区、乙花园、丙路丁路围合区域": the roads of the last item enclose it alone
                if _ENCLOSED_END.search(out[-1][1]):
                    break  # "A路以东、…、D路以北合围区域、E路以东、…合围区域": the area before is closed, a place
                if sep == "、" and _pair_enclosing_after_other(out[-1][1], part):
                    break  # "A公司、B小区及C小区合围区域": the two compounds joined by 及 enclose it, A its own
                if sep == "," and re.search(r"[^\W\d_]{2}(?:区域|范围|地块)$", out[-1][1]):
                    break  # "A路两侧的第九网格区域,B路、C路合围区内的第十四网格区域": an area before the comma, whole
                prev_sep, prev = out.pop()
                part = prev + sep + part
                sep = prev_sep
                if _COMPOUND.search(prev) or _front_district(prev) or _STREET_FIRST.match(prev):
                    break  # the part that names the compound, district or street starts the area
        out.append((sep, part))
    return [part for _sep, part in out]


def _kind_of(place: str) -> str | None:
    found = _PLACE_END.search(place)
    return found.group() if found and _complete_place(place) else None


def _pair_enclosing_after_other(before: str, part: str) -> bool:
    """ "A公司、B小区及C小区合围区域": an area enclosed by two whole places of one kind joined by 及, after 、 and a
    whole place of another kind (not a road, which bounds areas): that place is its own, no encloser (not "甲小区、
    乙小区及丙小区合围区域", three of one kind round one area; nor "A路、B小区及C小区合围区域")."""
    pair = re.fullmatch(r"(?P<a>[^、,及和与]{3,30})及(?P<b>[^、,及和与]{3,30}?)(?:所|的)?(?:合围|围合|围成)的?"
                        r"(?:区域|范围|片区)", part)
    if pair is None or re.search(rf"{_ROAD_END}$", before):
        return False
    kind = _kind_of(pair["a"])
    return kind is not None and kind == _kind_of(pair["b"]) and _kind_of(before) not in (None, kind)


# "A村676号及其南3排、北3排、西6排、东2户(662-690户,…)区域" (青岛, December 2022): a house and the rows (households,
# buildings) around it, each named by its side and count after 及其 ("and its"), listed with 、: one area (the rows
# name nothing without the house; not "A村3号、北3排村": a place of its own after 、).
_SIDE_ROW = r"[东南西北]{1,2}(?:侧|面|边)?(?:\d{1,3}|[一二三四五六七八九十两]{1,3})(?:排|户|栋|幢|间|家)"
_SIDE_ROWS_PART = re.compile(_SIDE_ROW + r"(?:\([^()]*\))?(?:区域|范围)?")
_SIDE_ROWS_BEFORE = re.compile(rf"(?:及其|及)(?:{_SIDE_ROW}、)*{_SIDE_ROW}$")


def _past_listed_parts(text: str, pos: int, end: int, seps: list[int]) -> int:
    """Where the place from pos to end goes on in a list: past each 、 after it that joins a part of the same area
    (the rows around a house by their sides, the premises standing on house numbers listed before them), and past
    each 、 or comma before what it takes in ("A小区1号楼,含底商")."""
    while end < len(text) and text[end] in "、,":
        k = bisect_right(seps, end)
        after = seps[k] if k < len(seps) else len(text)
        before, part = text[pos:end], text[end + 1:after].rstrip("。.")
        if _TAKEN_IN_FACILITIES.fullmatch(part):
            end = after
            continue
        if text[end] != "、" or not (_SIDE_ROWS_PART.fullmatch(part) and _SIDE_ROWS_BEFORE.search(before)
                or _NUMBERED_PREMISES.fullmatch(part) and _NUMBERED_ADDRESS.fullmatch(before)
                and not _after_bare_address(text, pos, seps)
                or _PREMISES_KIND.fullmatch(part) and _NUMBERED_PREMISES.search(before)):
            break
        end = after
    return end


def _after_bare_address(text: str, pos: int, seps: list[int]) -> bool:
    """The place at pos follows a bare house number and 、 ("A路1号、B路3号、C路5号的沿街商铺" at B路3号): a run of
    three or more addresses, whose premises after the last are no area of the last two alone."""
    if pos == 0 or text[pos - 1] != "、":
        return False
    k = bisect_left(seps, pos - 1)
    start = seps[k - 1] + 1 if k > 0 else 0
    return _NUMBERED_ADDRESS.fullmatch(text[start:pos - 1].strip()) is not None


# "A路1号、B路523-689号的单数临街店铺、建筑物" (南昌, spring 2022), "…523号至689号的单号沿街店面及楼栋": house
# numbers on roads listed with 、, the last with 的 and the premises standing on them (shops, buildings), maybe odd
# or even numbers only; the premises are of every number listed, one area (not "A路1号、B小区的沿街商铺": a
# compound's own shops, a place of its own; nor "A路1号、B路3号": two addresses with no premises written after).
_PREMISES_KIND = re.compile(r"(?:沿街|临街)?(?:店铺|店面|商铺|门面|门店|商户|网点|楼栋|楼宇|建筑物?|房屋|住户|住宅楼?)")
_NUMBERED_ADDRESS = re.compile(rf"[{_CJK}\d]{{1,20}}?{_ROAD_END}\d{{1,5}}号?(?:(?:[-—~至])\d{{1,5}})?号")
_NUMBERED_PREMISES = re.compile(_NUMBERED_ADDRESS.pattern + r"的(?:单数|双数|单号|双号|奇数|偶数)?号?"
                                + _PREMISES_KIND.pattern + r"(?:(?:及|和|与)" + _PREMISES_KIND.pattern + r")*$")


# "117县道南侧", "A路北侧": a side of a road alone locates the place written after its comma, no place of its own.
_ROAD_SIDE = re.compile(rf"[{_CJK}\dA-Z]{{1,16}}?(?:路|大道|街|巷|县道|国道|省道|乡道|公路|高速|铁路|河|江|渠)"
                        r"[东南西北]侧")


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


_SIDE_TO = re.compile(r"[东南西北]{1,2}(?:至|到|抵)")


# "A社区B院1号1栋1单元、2单元,2栋1单元、2单元,3栋4单元;C社区…" (南昌, summer 2022): in a list grouped by ";", a
# compound's buildings each with its units, the compound named once before the first; a building written bare after
# the comma ("2栋1单元、2单元") goes on with the compound's piece (the building numbered alone, no name of its own).
_UNIT_NUM = r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})"
_BUILDING_UNITS_END = re.compile(rf"{_UNIT_NUM}号?(?:栋|幢|楼|座){_UNIT_NUM}单元(?:、{_UNIT_NUM}单元)*$")
_BARE_BUILDING_UNITS = re.compile(rf"{_UNIT_NUM}号?(?:栋|幢|楼|座){_UNIT_NUM}单元(?:、{_UNIT_NUM}单元)*")


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
        if "," in piece and _SIDE_TO.search(piece) and _split_enclosed(piece) == [piece]:
            # ("A网格,东至B路,西至C弄,…", "北至D步行街上弄,南至E路,…": a piece the bounds' reader keeps whole is
            # one area, its commas the bounds', however long each bound's name)
            items.append(piece)
            continue
        commas = [p - a - 1 for p in seps[bisect_right(seps, a):bisect_left(seps, b)] if obj[p] == ","]
        parts = [piece[x + 1:y] for x, y in zip([-1, *commas], [*commas, len(piece)], strict=False)]
        units = [parts[0]]
        for part in parts[1:]:
            if _LOCATING_PART.search(units[-1]) or _DESCRIBING_PART.match(part) \
                    or (_BUILDING_UNITS_END.search(units[-1]) and _BARE_BUILDING_UNITS.fullmatch(part)):
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


# (its exception may list named parts with 、, "除B社区、C社区以外", or close by 的 alone after one, "除D村3组的")
_PART_REST = re.compile(r"除(?:[^除、,;()]|、(?=[^除、,;()]{1,12}?(?:社区|小区|村|组|队|号|栋|幢|座|楼|单元|院)"
                        r"(?:以外|之外|外|的|、)))"
                        r"{1,30}?(?:(?:以外|之外|外)的?|(?<=[区村组队号栋幢座楼元院])的)(?:其他|其它|其余)(?:区域|地区|范围)"
                        r"(?=[、,;]|$)")


# "除以下区域外的临海镇其他区域": the rest of a town but the areas the notice lists; the pointer names no place,
# what is left is the rest of the town (a place) or of a district (a blanket).
_POINTED_EXCEPT = re.compile(rf"^除(?:以下|下列|下述|上述|以上|前述)(?:[\d{_CN_NUM}]+个)?"
                             rf"(?:区域|地区|地点|场所|点位|风险区|{_LEVEL})?(?:以外|之外|外)的?")


# "A街道东以B山脊为界,南以C铁路为界,西以D河为界,北以E山为界,以上合围区域" (广元, autumn 2022), "…北至F路,上述围合
# 范围": an area given by its bounds, then a comma and the area they enclose, named by 以上 (上述, 前述) pointing back
# at the bounds just written; one place, the reference no reference to a list before it.
_BOUNDS_THEN_ENCLOSED = re.compile(r"(?P<bound>为界|[东南西北](?:至|到|抵)[^,、;。]{1,30}?|以[东南西北])"
                                   r",(?:以上|上述|前述)(?:四至)?(?:合围|围合|围成|所围(?![合成]))的?(?:区域|范围|片区)内?"
                                   r"(?=[,、;。]|$)")


# "伊宁市7个小区、21个巷道、1个独立院落解除静态管理" (a headline): counts of several kinds, no place named.
_COUNTS_ONLY = re.compile(rf"[^、,;]{{0,16}}?[\d{_CN_NUM}]{{1,4}}[个处][{_CJK}]{{1,6}}"
                          rf"(?:[、和及][\d{_CN_NUM}]{{1,4}}[个处][{_CJK}]{{1,6}})+")


# "河南禹州市疫情防控指挥部": a province written without 省 in front of a county-level city.
_PROVINCE = (r"(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州"
             r"|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)(?:省|自治区)?")
# "邻水县一小区调整为中风险地区", "A区两个小区…" (a news headline): a count of one kind in a district, no name.
# ("四川成都一小区降为低风险区": a province and its city's short name before the count; "A市6个镇由管控区调整为防范区",
# "B县3个乡镇…": a count of towns, the towns named below)
_COUNT_OF_KIND = re.compile(rf"(?:[^、,;]{{0,16}}?(?:区|县|市|旗)|[^、,;]{{0,16}}?(?=[\d{_CN_NUM}]{{1,3}}个)"
                            rf"|{_PROVINCE}[{_CJK}]{{2,4}}?)?"
                            rf"(?:[\d一两二三四五六七八九十几]{{1,3}}个?(?:住宅|居民)?小区|[\d一两二三四五六七八九十几]{{1,3}}栋楼"
                            rf"|(?:[\d一两二三四五六七八九十几]{{1,3}}|多)个(?:社区|村|楼栋|片区|区域|场所|点位"
                            r"|乡镇|镇街|镇|乡|街道))")
# ("河北石家庄一村调整为高风险地区" (a headline, 2021): one village, 个 left out, after a province and its city's short
# name or a county's full name (not "曹杨一村", an estate's name: the front must be a province's or a county-level
# division's; not "红旗一村" nor "A镇红旗一村", a village's name ending in 旗: the front must be a known city or
# division, _one_village_of_division))
_ONE_VILLAGE = re.compile(rf"(?:{_PROVINCE}(?P<city>[{_CJK}]{{2,4}}?)|(?P<county>[{_CJK}]{{1,8}}?(?:县|市|旗)))"
                          r"[一两]村")


def _one_village_of_division(obj: str) -> bool:
    m = _ONE_VILLAGE.fullmatch(obj)
    if m is None:
        return False
    front = m["city"] or m["county"]
    return front in _divisions()[0] or front.removesuffix("市") in _divisions()[1] or _city_then_division(front)


# "A新城的3个楼栋", "B小区的2栋楼": some buildings of one named compound (which ones only in a table not given), a
# place as "B小区部分单元" is; 的 says the sentence owns them (a headline's "A北里两楼" counts buildings it lists
# below); not a count of one kind in a district ("A区两个小区"), nor a compound's kind alone ("小区的3个楼栋").
_COUNTED_UNITS_OF_SITE = re.compile(rf"[{_CJK}]{{2,12}}?(?<![区县市旗])(?:新城|小区|花园|家园|公寓|大厦|新村|苑|广场)的"
                                    r"[\d一两二三四五六七八九十]{1,3}个?(?:楼栋|栋楼|栋|幢|单元)")


# "部分A社区(B路以北)", "及部分C村(D河以东)": a part of one community or village, the bracket after it saying which
_BRACKETED_PART = re.compile(rf"(?:^|(?<=[、,;及和]))部分(?=[{_CJK}]{{1,10}}?(?:社区|村|小区)\()")


# "A路西段、B河堤合围的第十九网格部分区域", "C路以东、D路以北围合的E片区部分区域", "第三网格部分区域": a part of an
# area its roads bound (合围, 围合, 围成) or of a numbered grid, which the bounds or the number name, a place
_BOUNDED_PART = re.compile(r"(?P<named>"
                           r"(?:合围|围合|围成|所围(?![合成]))[^,、;:。]{0,30}?|第[\d一二三四五六七八九十百]{1,4}网格)"
                           r"部分(?=区域|片区|范围)")


# "A社区部分区域(B路1号、B路3号)、C大厦划为管控区", "D村的部分区域(E路以南)": a part of one named community
# (village, estate), the bracket after it saying which part (its house numbers or bounds); a place, not the vague
# "部分区域" of a lead ("决定对A社区部分区域实行封闭式管理。具体如下:", no bracket, summarizes the list below)
_NAMED_PART_BRACKETED = re.compile(r"(?:(?<=村)|(?<=社区)|(?<=小区)|(?<=居委会))的?部分(?:区域|地区|片区)?(?=\()")


# "将A镇B村全域、C村部分区域划为低风险区": a part of a named village (community, estate) listed after another
# named place with "、"; a place as written, as the bracketed part is. A lead's vague "部分区域" that summarizes a
# list below stands alone ("决定对A社区部分区域实行封闭式管理"), so only a part after "、" and a place is taken.
# ("A村、B社区部分区域和C村": the last place joined by 和 (及) after the part)
_LISTED_NAMED_PART = re.compile(r"(?<=、)(?P<name>[^、,;()]{1,20}?(?:村|社区|小区|居委会))的?部分(?:区域|地区|片区)"
                                r"(?=、|(?:和|及|以及)[^、,;()和及]{2,20}?(?:村|社区|小区|居委会)$|$)")


def _without_listed_named_parts(obj: str) -> str:
    """The object without its listed named parts' "部分区域" (see _LISTED_NAMED_PART)."""
    if not re.match(r"[^、]{2,}、", obj):
        return obj
    return _LISTED_NAMED_PART.sub(lambda m: m["name"], obj)


# "将甲区相关区域调整为低风险区。" with no list under it: a district's related (有关) areas, a summary that names no
# place, read as the district's 部分区域 is (none; the notice's line is reported unread). (A named place's related
# area, "将A社区相关区域划为管控区", is that place's area: a place.)
_DISTRICT_RELATED = re.compile(rf"(?:(?:我|本|该)(?:区|县|市|旗)|(?P<d>[{_CJK}]{{2,12}}?))"
                               r"(?:相关|有关)(?:区域|地区|片区|范围)")


def _district_related(obj: str) -> bool:
    m = _DISTRICT_RELATED.fullmatch(obj)
    return bool(m) and (m["d"] is None or _district_ok(m["d"]))


def _object_ok(obj: str) -> bool:
    """Whether a sentence's object can be places (not "我市新增高风险区42个", "2个", "以下区域")."""
    if _COUNTED_UNITS_OF_SITE.fullmatch(obj):
        return True
    if _district_related(obj):
        return False
    if _COUNTS_ONLY.fullmatch(obj) or _COUNT_OF_KIND.fullmatch(obj) or _one_village_of_division(obj):
        return False
    if _AROUND_ONLY.fullmatch(obj):
        return False
    obj = _POINTED_EXCEPT.sub("", obj)
    if re.search(r"[东南西北](?:至|到|抵|以)", obj):
        obj = _BOUNDS_THEN_ENCLOSED.sub(r"\g<bound>", obj)
    obj = _other_before_named_rest(obj)
    obj = _BOUNDED_PART.sub(r"\g<named>", obj)
    obj = _BRACKETED_PART.sub("", obj)  # "部分A社区(B路以北)": 部分 of one community, the bracket saying which
    obj = _NAMED_PART_BRACKETED.sub("", obj)
    obj = _without_listed_named_parts(obj)
    obj = _except_first_part(obj) or obj  # "除高风险区以外A镇其他区域": the town's rest
    obj = re.sub(r"\([^()]*\)", "", obj)  # "(天明路71号院仍执行封控管理)" is the place's own exception
    # "A生活区除封控区12幢宿舍楼外其他区域": a part's rest, its exception names a level's buildings
    for rest in reversed(list(_PART_REST.finditer(obj))):
        if _names_part(re.split(r"[、,;]", obj[:rest.start()])[-1]):
            obj = obj[:rest.start()] + obj[rest.end():]
    obj = _SUB_REST.sub("街道", obj)  # "百官街道和曹娥街道其余区域" is a place (其 is no pronoun there)
    rest = _LEVEL_REST.search(obj)
    if rest and _names_part(obj[:rest.start()]):
        obj = obj[:rest.start()]  # "A镇B村除封控区以外的地区": the levels name what is left out of a place
    rest = _POINTED_ITEMS_REST.search(obj)
    if rest and _names_part(obj[:rest.start()]):
        obj = obj[:rest.start()]  # "A镇除上述一、二点以外区域": the notice's items name what is left out of a place
    # "将A镇辖区内封控区、管控区以外的区域、B县城区列为防范区": the rest of a town among the places (内 for 除)
    for rest in reversed(list(_LEVEL_REST_IN.finditer(obj))):
        if _names_part(re.split(r"[、,;]", obj[:rest.start()])[-1]):
            obj = obj[:rest.start()] + obj[rest.end():]
    obj = _without_unnamed_level_rests(obj)
    return not (re.fullmatch(_COUNT, obj) or _OBJECT_NOT_PLACES.search(obj) or _is_boilerplate(obj)
                or _is_blanket(obj) or _LEVEL_RE.search(obj) or re.search(r"我市|本市|新增", obj)
                or re.fullmatch(r"(?:本|我|全)(?:区|县|旗|镇|乡|街道)", obj)  # "对本区解除防范区管理": the whole
                or _EVERY_KIND.fullmatch(obj) or _KINDS_NAMED_ONLY.fullmatch(obj))


# "对周边区域解除管控", "周围小区调整为低风险区": an area told only by where it lies around what the sentence names
# elsewhere, no place named ("A小区周边区域", with its place before, is one; so "周边区域(A村、B村)", its
# places named in its bracket).
_AROUND_ONLY = re.compile(r"(?:周边|周围|附近|四周|邻近|相邻|毗邻)的?"
                          r"(?:区域|地区|范围|片区|地带|小区|村庄|村|社区|道路|街道|商户|楼栋)?")


# "有病例的社区、村庄等,参照高风险区管理" (石家庄, early 2021): kinds of place only, no name before any of them (a
# rule for whichever such places there are), no place named (invented: "小区、楼栋等按管控区管理"). (A kind alone
# without 等, "A楼为封控区,小区为管控区", is the compound just named: a place.)
_KIND_WORD = r"(?:村庄|村组|行政村|自然村|社区|小区|居民小区|楼栋|单元|院落|单位|企业|场所)"
_KINDS_NAMED_ONLY = re.compile(rf"(?:{_KIND_WORD}[、和及与])+{_KIND_WORD}等?|{_KIND_WORD}等")


# "各小区(村)实行静默管理", "各村居、各单位": every place of a kind, a rule for all of them, no place named
_EVERY_KIND = re.compile(r"(?:各(?:个|类)?(?:小区|社区|村|村居|村组|居民区|居民小区|楼栋|单位|乡镇|街道|镇|乡|企业"
                         r"|场所|区域)[、和及与]?)+")


# "将A区B镇C村除封控区以外的地区,调整为管控区": the rest of one village (town, compound) is a place of its
# own; "将A区区域内除封控区、管控区以外的地区调整为防范区" is the rest of the whole district, a blanket.
_LEVEL_WORD = rf"(?:{_LEVEL}|封控|管控|防范|[高中低]风险|[高中低])"  # "除封控、管控区", "除高、中风险区"
# (the rest may be the town's villages or communities: "河流镇除封控区外的其他村")
# "将我县A镇B村…", "本区C街道D小区": the issuing division's "we"/"this" in front of a town is no part of the place.
# ("该县A镇、B乡等3个乡镇实行临时静态管理": a report's "the county" likewise; not "该区域内A村")
# ("继续对我县主城区实行临时性管控措施" (陕西, late 2022), "对本区中心城区…": the division's main town (主城区,
# 中心城区, 城区, 县城) likewise, named by its kind; not "我县城乡")
# ("对我市A办事处、B办事处、C镇等4个辖区实施临时性管控" (涿州, autumn 2022): a street office (办事处, a 街道办事处
# written short) is a street's, likewise)
_OWN_DIVISION = re.compile(rf"(?:(?<=[将把对:,、\n])|^)[ \t]*(?:我|本|该)(?:县|区|市|旗)(?!域)"
                           rf"(?=[ \t]*[“\"]?(?:[{_CJK}]{{2,8}}?(?:镇|乡|街道|办事处|社区|村)"
                           r"|(?:主|中心|老)?城区|县城))", re.M)
# "防范区:对封控区、管控区以外的A区其他区域": 对 in front of the levels whose rest the list is, written as 除.
_TO_LEVELS_REST = re.compile(rf"(?:(?<=[:\n])|^)[ \t]*对(?=(?:{_LEVEL_WORD}|[、和及])+(?:以外|之外))", re.M)
# ("A镇辖区除“高风险区”的其它区域": the level quoted, and 的 before 其它 closing the exception without 外)
_QUOTED_LEVEL_WORD = rf"[“\"]?{_LEVEL_WORD}[”\"]?"
_EXCEPT_CLOSE = r"(?:(?:以外|之外|外)的?|的(?=其他|其它|其余))"
# ("A镇域内除封控区、管控区外,均为防范区": the rest's word left out after 外, the clause ending there)
# ("A办事处除以上高风险区以外的区域": the levels pointed back to, 以上 / 上述, the rest of a street office still)
# ("马喇镇、金洞乡除上述已划定高风险区以外的其他区域" (重庆, late 2022): the levels as already drawn, 已划定 / 已公布,
# the rest of the towns all the same; "A街道、B街道除上述高、中风险区之外的所有区域" (茂名, autumn 2022): 所有 / 全部
# write the rest as 其他 does)
_LEVEL_REST = re.compile(rf"除(?:以上|上述|前述)?(?:已(?:划定|公布|确定)的?)?(?:{_QUOTED_LEVEL_WORD}|[、和及])+"
                         rf"(?:{_EXCEPT_CLOSE}(?:其他|其它|其余|部分|所有|全部)?"
                         rf"(?:区域|地区|范围|(?:行政)?村|社区|村居|村庄|村\(居\)|村\(社区\))|(?:以外|之外|外))$")
# "三、将A镇除上述一、二点以外区域调整为低风险区" (广州, autumn 2022), "B街道除上述区域外的其他区域", "C镇除第一、二项
# 所列区域以外的区域": the rest of a part but the areas the notice's items (or the areas above) name; the pointer names
# no place, what is left is the part's rest, a place (a district's stays a blanket).
_ITEM_NUMBERS = rf"第?[\d{_CN_NUM}]{{1,3}}(?:(?:[、,和及与至到-]|以及)第?[\d{_CN_NUM}]{{1,3}})*(?:点|条|项|款|部分|类)"
_POINTED_ITEMS_REST = re.compile(rf"除(?:以上|上述|前述|本通告)?(?:{_ITEM_NUMBERS}(?:中|内)?"
                                 r"(?:所列|所述|所涉|列明|明确)?的?(?:区域|地区|范围|地点|点位|场所|风险区)?|(?<=以上|上述|前述)(?:区域|地区|范围|地点|点位|场所))"
                                 rf"{_EXCEPT_CLOSE}(?:其他|其它|其余|所有|全部)?(?:区域|地区|范围)$")
# ("A社区B自建房高风险区以外的区域": the level written right after the place, without 除; "A镇封控区、管控区以外的
# 区域": the levels listed so)
_LEVEL_REST_IN = re.compile(rf"(?:(?:除|内)(?:{_QUOTED_LEVEL_WORD}|[、和及])+"
                            rf"|(?<=[{_CJK}\d]){_LEVEL}(?:[、和及]{_LEVEL})*)"
                            rf"{_EXCEPT_CLOSE}(?:其他|其它|其余)?(?:区域|地区|范围)"
                            r"(?=[、,;和与]|$)")
# "将A村B自然村、C村、除封控区外的其他区域、D村E口划为管控区" (杭州, spring 2022): the rest of the levels' areas as
# an item of its own among named places, no name in front of it (the rest of which place the list does not say):
# no place of its own and no level of the sentence (the places around it are read; invented: "…、甲村、除高风险区
# 以外的区域、乙村…"; a machine-reworded copy's words for the levels too: "除封闭控制区外的其他区域").
_REWORDED_LEVEL_WORD = r"(?:(?:封闭|密封|密闭|封锁)?控制|预防|警戒)区(?:域)?"
_UNNAMED_LEVEL_REST = re.compile(rf"(?:(?<=[、,;])|^)除(?:{_QUOTED_LEVEL_WORD}|{_REWORDED_LEVEL_WORD}|[、和及])+"
                                 rf"{_EXCEPT_CLOSE}"
                                 r"(?:其他|其它|其余)?(?:区域|地区|范围)(?:[、,;]|$)")


def _without_unnamed_level_rests(obj: str) -> str:
    """obj without its unnamed level rests (_UNNAMED_LEVEL_REST) when named places stand around them."""
    bare = _UNNAMED_LEVEL_REST.sub("", obj)
    return bare if bare != obj and len(re.split(r"[、,;]", bare)) >= 2 else obj


# ("湖里区辖内": the area a district governs, 辖内 short for 辖区内, the whole district)
_WHOLE_OF = re.compile(r"(?:全域|全境|行政区域内|行政区域|行政区划内|行政区划|区域内|区域|辖区内|辖区|辖内|辖域"
                       r"|范围内|境内"
                       r"|中心城区|主城区|城区|市区|内|全部|所有|其他|其它|其余)$")


# "其他A街道行政区划内封控区、管控区以外的区域均为防范区" (绍兴, late 2021): 其他 written in front of a named town
# or street whose rest after the levels' areas follows; 其他 speaks of that town's other areas, no reference back
# (invented: "其他甲镇辖区内高风险区以外的区域为低风险区"). Only with a named part and a rest of the levels after it.
_OTHER_FRONT = re.compile(r"^(?:其他|其它|其余)(?=[\u4e00-\u9fff])")


def _other_before_named_rest(obj: str) -> str:
    """The object without a front 其他 when what follows is a named part's rest after the levels' areas."""
    front = _OTHER_FRONT.match(obj)
    if not front:
        return obj
    body = obj[front.end():]
    rest = _LEVEL_REST_IN.search(body)
    if rest and rest.end() == len(body) and "、" not in body[:rest.start()] \
            and _names_part(body[:rest.start()]) and re.search(r"[镇乡]|街道", body[:rest.start()]):
        return body
    return obj


def _names_part(head: str) -> bool:
    """Whether what comes before "除…以外" names a place below a district, not a district or city."""
    head = re.sub(rf"\([^()]*\)|^[{_CJK}]{{2,7}}?(?:省|自治区)", "", head)  # "铁西区城区(不含开发区)"
    found = _front_district(head)
    head = found[1] if found else head
    if re.match(r"(?:下列|以下|下述|上述|以上|如下)", head):
        return False  # "下列街道除中、高风险区之外的其他地区": the list below names the places
    # ("各地除上述高风险区之外的所有区域", "其他乡镇除…的全部区域": every place, or the places left, no one named)
    if re.fullmatch(r"(?:各|其他|其它|其余)+(?:地|地方|地区|乡镇|镇|乡|街道|镇街|镇\(街道\)|乡镇\(街道\)|村|社区|村居"
                    r"|区域|片区)?[、和及]?(?:乡镇|镇|乡|街道|镇街|村|社区)?", re.sub(r"\([^()]*\)", "", head)):
        return False
    # (a new district's own zone, "西咸新区沣东新城", is as whole as the districts listed with it; a known district
    # with 和 in its name, "太和区", "平和县", is one piece, not two joined by 和)
    return not all(_whole_division(piece) or all(_whole_division(part) or _zone_of_new_district(part)
                                                 for part in re.split(r"和", piece))
                   for piece in re.split(r"[、及]", head))


def _whole_division(name: str) -> bool:
    """ "", "全区", "成都市成华区", "安宁市", "金凤区行政区域内": a whole district or city, no part of one."""
    # ("相城区", "东城区": a known district whose name ends with 城区 is whole as it is, no city's urban area; so is
    # one after its city, "西安市新城区")
    while _WHOLE_OF.search(name) and name not in _divisions()[0] and not _city_then_division(name):
        name = _WHOLE_OF.sub("", name)
    # ("全县域内", "本市域": the division's whole told by 域 or 境 after its kind)
    if re.fullmatch(r"全?(?:我|本|该)?(?:(?:市|区|县|省|旗|镇|乡|街道)(?:域|境)?)?", name) \
            or (_district_ok(name) and not _site_area(name)):
        return True
    city = re.match(rf"[{_CJK}]{{2,4}}?市", name)
    return bool(city) and (city.end() == len(name) or _district_ok(name[city.end():]))


def _city_then_division(name: str) -> bool:
    """ "西安市新城区", "北京市东城区": a city, then a known district of its (whose name may end with 城区)."""
    city = re.match(rf"[{_CJK}]{{2,4}}?市", name)
    return bool(city) and name[city.end():] in _divisions()[0]


def _division_only(name: str) -> bool:
    """ "辽宁大连庄河市", "内蒙古通辽市科尔沁区", "江西省吉安市": divisions only (a province, with or without 省,
    then a city or district), no place below them."""
    province = re.match(rf"{_PROVINCE}|[{_CJK}]{{2,3}}(?:省|自治区)", name)
    rest = name[province.end():] if province else name
    return bool(rest) and _whole_division(rest)


# "江苏宜兴今日18时起" (a headline's subject before "解除管控措施"): a division, maybe after its province and written
# short, then the hour from which it lifts (a news headline's way), no place below it.
_DIVISION_FROM = re.compile(r"(?P<div>[^\W\d_]{2,14}?)(?P<time>(?:自|从|于)?(?:今日|今天|明日|明天|即日|今|明|当日"
                            r"|(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日)(?:\d{1,2}(?:时|点)(?:\d{1,2}分)?)?起)?")


def _division_from_hour(name: str) -> bool:
    """ "江苏宜兴今日18时起", "宜兴市今日18时起", "辽宁庄河": a division whole (its province, then its name written
    short or in full) and the hour it lifts from; with the hour or the province written, as a headline has it (a
    short name alone, "宜兴", may be a town's)."""
    m = _DIVISION_FROM.fullmatch(name)
    if m is None:
        return False
    province = re.match(rf"{_PROVINCE}|[{_CJK}]{{2,3}}(?:省|自治区)", m["div"])
    rest = m["div"][province.end():] if province else m["div"]
    return bool(rest) and bool(m["time"] or province) and (
        _whole_division(rest) or _division_written_short(rest))


# "A镇、B镇,以及C街道D村": 以及 joins the last place to the list, no part of it; so does a reworded copy's 还有
# (and also: "A大厦;B小区;还有C山庄"; "A社区、B社区,及部分C社区(D路以北)": 及 before a part of one more)
_JOINED_LAST = re.compile(r"^(?:以及|(?:另外|此外)?还有)(?=..)|^及(?=部分[\u4e00-\u9fff]{1,10}?(?:社区|村|小区)\()")


def _joined_district(item: str) -> str:
    """ "将甲区A小区、B村,及乙区C街道D院划为中风险区": 及 opening a piece after a comma joins the next district's
    places to the list, as 以及 does; no part of the district's name (only before a known district)."""
    joined = re.match(r"及(?=[\u4e00-\u9fff])", item)
    if joined and (found := _front_district_name(item[joined.end():])) and found[1] \
            and found[0] in _divisions()[0]:
        return item[joined.end():]
    return item


# "鄄城南收费站", "信州高铁站", "A县东服务区": a station or toll gate named after its district (the short name, a
# direction, the facility's kind and nothing else but a note in brackets) keeps the name; the short name in front
# of it is no district written short.
_NAMED_AFTER_DISTRICT = re.compile(r"[东南西北中]?(?:高速|高铁|火车|汽车|客运|动车)?"
                                   r"(?:收费站|服务区|停车区|站|出口|入口|出入口|互通|枢纽|检查站|卡口)(?=\(|$)")


# "将崖州区A村、崖州中心渔港、B市场…" (三亚, summer 2022): after a district's short name, 中心 and a kind of its
# own ("…中心渔港", "…中心医院", "…中心小学"): a place named after the district, the short name part of it (not the
# district written short in front of a place)
_CENTRE_AFTER_SHORT = re.compile(rf"中心[{_CJK}]{{1,6}}")


# "将香坊区A社区,香坊汇地下购物广场(B街198号)…" (哈尔滨, autumn 2022): after a district's short name, one character,
# then the kind of the site (a mall, market, tower, hotel), with its floor or trade before it: the character goes on
# with the short name as the site's own name ("香坊汇"), no name of its own after the district written short (a
# place's own name has two characters or more: "信州A小区" with A of two).
_ONE_CHARACTER_ON_SHORT = re.compile(rf"[{_CJK}](?:地下|地上)?(?:购物|商业|商务|美食|休闲)?"
                                     r"(?:广场|商场|商城|商厦|大厦|百货|购物中心|商业中心|市场|超市|大酒店|酒店|宾馆"
                                     r"|饭店|公寓|大楼|天地|商业街|美食街|步行街)")


# "将坪山区A小区、坪山天虹商场坪山店(…)" (深圳, late 2022): after a district's short name, a chain's shop whose
# branch is named after the same district ("…坪山店", "…坪山分店"): the short name goes on with the shop's name (the
# branch says where it lies), no district written short in front of it. (The stem is marked \ue010 by the caller.)
_BRANCH_OF_SHORT = re.compile(rf"^[{_CJK}]{{2,12}}?\ue010(?:分店|门店|店|分公司|旗舰店|营业部|营业厅|分行|支行)$")


# "西咸新区沣东新城" (西安, autumn 2022): a new district's own zone (新城, 新区, 园区, 开发区) named after it, governed
# as a district; among districts before a shared rest ("A区、B新区C新城除高风险区外,为低风险区") it is one of them.
_NEW_DISTRICT_ZONE = re.compile(rf"[{_CJK}]{{2,6}}(?:新城|新区|园区|开发区)")


def _zone_of_new_district(item: str) -> bool:
    found = _front_district(item)
    return bool(found) and found[0].endswith("新区") and bool(_NEW_DISTRICT_ZONE.fullmatch(found[1]))


def _shared_division_rest(items: list[str]) -> list[str]:
    """ "将A区、B区、C旗、D县除已划定的中高风险区之外的区域划定为低风险区" (呼和浩特, autumn 2022): bare
    districts before the last one's rest share that rest: the rest of all of them, a blanket, as the last one's
    alone is; the bare districts are no places of their own (invented: "甲区、乙县除上述区域以外的其他区域")."""
    if len(items) < 2 or not all(_district_ok(item.strip()) for item in items[:-1]):
        return items
    # (the sentence's full stop no part of the rest: "D县除中风险区外为低风险区。")
    found = _front_district(items[-1].strip().rstrip("。;"))
    return items[-1:] if found and found[1].startswith("除") and _is_blanket(found[1]) else items


# "低风险区:中高风险区以外的甲区、乙新区所有区域": the levels excepted first, then whole districts (the last maybe
# with 所有区域, 其他区域, 全域 after it): the rest of those districts, a blanket, no place ("中高风险区以外的A镇"
# is a town's rest, a place, and is kept).
_DIVISION_REST_WORD = re.compile(r"(?:(?:所有|全部|其他|其它|其余)的?(?:区域|地区)|全域|全境|行政区域)$")
_LEVELS_FIRST_REST = re.compile(rf"^除?(?:{_LEVEL_WORD}|[、和及与])+(?:以外|之外|外)的?(?=.)")


def _levels_first_division_rest(items: list[str]) -> bool:
    first = _LEVELS_FIRST_REST.match(items[0].strip()) if items else None
    if not first:
        return False
    names = [items[0].strip()[first.end():], *(item.strip() for item in items[1:])]
    # (each a division by name: not "中高风险区以外区域", the rest of whatever the notice covers, read elsewhere)
    stems = [_DIVISION_REST_WORD.sub("", name) for name in names]
    return all(len(stem) >= 3 and _district_ok(stem) and not _site_area(stem) for stem in stems)


# "全域", "全境范围内": all of the district written before it
# ("将A区整个调整为中风险地区", "B县整个区域…": 整个, the whole of it, as 全域)
# ("防范区为C县县域", "D市市域": the division's kind again with 域, its territory, as 全域)
_WHOLE_OF_ITS_DISTRICT = re.compile(r"(?:全域|全境|全县域|全区域|整个(?:[县区市旗]域|区域|辖区|地区)?|县域|市域|旗域)"
                                    r"(?:范围)?内?")


# "本次疫情密接者居住的楼栋(农村院落)", "次密接者居住的楼栋单元": the homes of people (cases, contacts) with no
# name or address before them, a rule for whichever homes those are (as "有病例的社区、村庄等" names no place), no
# place (not "A小区病例所在楼栋", "B村密接者居住的楼栋": a named place's building)
_UNNAMED_PEOPLES_HOMES = re.compile(
    r"(?:本次|此次|本轮|这次)?(?:疫情)?(?:的)?(?:次密接者?|密接者?|次密切接触者|密切接触者|确诊病例|无症状感染者|病例"
    r"|感染者|阳性人员|阳性感染者)(?:及其?(?:家属|家人))?(?:所|的)?(?:居住|生活|居住和生活)的?"
    r"(?:楼栋单元|楼栋|单元|院落|住所|房屋|住户|家庭|自然村|村组|小区)(?:\([^()]*\))?")


def _district_runs(items: list[str], outer: str | None, own_street: bool = True,
                   counted: bool = False) -> list[tuple[str | None, list[str]]]:
    """Places of a sentence grouped by the district written in front of them (it holds for the places
    after it until the next one): "金凤区A、兴庆区B" gives 金凤区: [A], 兴庆区: [B]. ``counted``: the items are
    the places a count agrees with (the pieces between commas), none joined to the one before it."""
    runs: list[tuple[str | None, list[str]]] = []
    district = outer
    # "将信州A小区、信州区B、信州区C…": a district the list names in full may be written short in front of
    # another of its places (its name without 区/县); not in a street or road named after it ("安宁西路街道").
    named = {found[0] for item in items if (found := _front_district(item))}
    short = {d[:-1]: d for d in named if d[-1] in "区县" and len(d) >= 3}
    items = [] if _levels_first_division_rest(items) else _shared_division_rest(items)
    for k, item in enumerate(items):
        # "A镇、B镇,以及C街道D村为管控区": 以及 joins the last place to the list, it is no part of it
        item = _COUNTED_END.sub("", _JOINED_LAST.sub("", _joined_district(item.strip(".:"))))
        ends = [end for piece in _count_then_and(item)
                for end in (_final_and(piece, own_street) if k == len(items) - 1 and k > 0
                            else [two for seat in _seat_and(piece) for two in _division_and(seat, own_street)])]
        # ("A等38个区域、B等5个区域和C": a count closes a place before 和 too, no part of it)
        for place in (_COUNTED_END.sub("", part) for end in ends for whole in _split_and(end, own_street)
                      for part in (_compounds_and(whole) if len(items) > 1 else [whole])):
            if not place or _NOISE.fullmatch(place) or re.match(rf"(?:共|计|合计)[\d{_CN_NUM}]+", place) \
                    or _UNNAMED_PEOPLES_HOMES.fullmatch(place):
                continue
            found = _front_district(place)
            if (zone := _ZONE_OF_DISTRICT.fullmatch(place)) and zone["d"] in _divisions()[0] \
                    and (not zone["city"] or zone["city"][:-1] in _divisions()[1]):
                # "将乌鲁木齐市经济技术开发区(头屯河区)、高新技术产业开发区(新市区)调整为低风险": a development zone
                # with the district it is run as in brackets is a whole district, the place itself (its city
                # written before it, as before the run's other districts, no part of it)
                found = (place[zone.start("z"):],) * 2
            if found and found[0] not in _divisions()[0] and any(
                    found[0].startswith(stem) and d in _divisions()[0] for stem, d in short.items()):
                # "海门区A门诊部、…;海门港新区B公司": a zone no list of divisions holds, named after a district the
                # list names, lies in that district; the zone stays in the place as written
                found = None
            elif found is None:
                found = next(((d, place[len(stem):]) for stem, d in short.items()
                              if place.startswith(stem) and len(place) - len(stem) >= 4
                              and _rest_ok(place[len(stem):]) and not _STREET_FIRST.match(place)
                              and not re.match(r"[东南西北中]?(?:路|街|大道|巷|门|桥)", place[len(stem):])
                              and not _CENTRE_AFTER_SHORT.match(place[len(stem):])
                              and not _ONE_CHARACTER_ON_SHORT.match(place[len(stem):])
                              and not _NAMED_AFTER_DISTRICT.match(place[len(stem):])
                              and not _BRANCH_OF_SHORT.search(place[len(stem):].split("(")[0]
                                                              .replace(stem, "\ue010"))), None)
            if found is None and runs and runs[-1][0] in named and len(named) >= 2 \
                    and (zone := _FRONT_NAMED_ZONE.match(place)) and len(place) - zone.end() >= 4 \
                    and _rest_ok(place[zone.end():]) and not _STREET_FIRST.match(place) \
                    and not any(zone.group().startswith(stem) for stem in short):
                # "划定泰山区A、新泰市B、C市D、E旅游经济开发区F为高风险区" (泰安, late 2022): among places each with
                # its district in front, a development zone by its name in front of a place is that place's district
                # (as its label would be, "E旅游经济开发区:F"), not a part of the place under the district before it
                # (not a zone named after a district the list names, "A区", "A港经济开发区B公司", which stays whole)
                found = (zone.group(), place[zone.end():])
            if found:
                district, place = found
                # ("城东区:A路、B路合围区域": the district's label colon, no part of the place)
                place = place.removeprefix(":") if len(place) > 2 else place
                if _WHOLE_OF_ITS_DISTRICT.fullmatch(place) and not _GENERIC_ZONE.fullmatch(district):
                    # "将A区全域列为管控区", "B县全境调整为中风险地区": the district's whole area is the district
                    # itself, a place as a whole district is listed (not a bare "全域"; a town's 全域 stays on it)
                    place = district
            if re.fullmatch(rf"[\d{_CN_NUM}]+(?:地|处|个区域|个地区)", place):
                continue  # "沈阳市皇姑区三地调整为低风险区": a count, not a place
            elif _GENERIC_ZONE.fullmatch(place) and runs and runs[-1][0] and runs[-1][1][-1] != runs[-1][0]:
                # "对A区B乡、C镇D村和开发区…" (临河, autumn 2022): a development zone by its kind alone after a
                # district's own towns and villages is that district's zone (among whole districts, "A区、B区、
                # 高新区", it is one of them, as below)
                district = runs[-1][0]
            elif _district_ok(place) and len(place) <= 6 and not _CITY_AREA.fullmatch(place) \
                    and not (_ZONE.fullmatch(place) and place not in _divisions()[0]) and not _site_area(place):
                # a whole district ("对迎泽区实行临时静默管理"): the place is the district (not an industrial zone
                # no list of divisions holds, "A村、B工业区": a place among the villages)
                district = place
            elif runs and runs[-1][1][-1] == runs[-1][0] and place in _short_districts() \
                    and _sibling_of(runs[-1][0], place):
                # "甲市乙县、丙县、郊区、城区": a two-character district ("郊区", "城区", "矿区", a word elsewhere)
                # written whole among whole districts of a city that has a district of that name is that sibling
                district = place
            elif runs and runs[-1][1][-1] == runs[-1][0] and _NAMED_ZONE.fullmatch(place):
                # "对A区、B区、C经济技术开发区等区域实施…": a development zone written whole among whole districts is
                # one of them, its own district (not a part of the district listed before it)
                district = place
            if runs and runs[-1][0] == district:
                runs[-1][1].append(place)
            else:
                runs.append((district, [place]))
    # ("A街5号、6号,B巷22号、26号,51号-61号(单号),C小区G栋3单元等4个区域": the count says the bare numbers
    # after a comma are a place of their own, as listed)
    return [(d, places if counted else _join_bounded(places)) for d, places in runs]


# "龙山县城兴隆街道", "A县县城B社区": the county seat (县城) between a county and its street or community is no
# part of the place; a name of its own that starts with 城 ("城关镇", "城南街道", "城厢镇") has one character before
# its suffix after the 城, a street of the seat two or more. A town is never inside the seat: "和平县城金金镇" keeps
# its 城. ("龙山县城关镇东街社区" is the town 城关镇: the name after 城 holds no unit's suffix)
_COUNTY_SEAT = re.compile(rf"^县?城(?=(?:(?![镇乡街道村社区])[{_CJK}]){{2,6}}(?:街道|社区))")


def _front_district(place: str) -> tuple[str, str] | None:
    """(district, rest) when a place starts with its district ("银川市金凤区森林半岛小区", "古交市A小区")."""
    if (centred := _district_after_centre_opener(place)) is not None:
        return centred
    found = _front_district_name(place)
    if found is None and (zone := _ZONE_OF_DISTRICT.match(place)) and zone["d"] in _divisions()[0] \
            and (not zone["city"] or zone["city"][:-1] in _divisions()[1]) and _STREET_FIRST.match(place[zone.end():]):
        # "经开区(头屯河区)火车西站街道A社区" (乌鲁木齐, spring 2022): a development zone with the district it is run as
        # in brackets, written before one of its streets or towns, is the place's district, as written (the
        # bracket kept; the city in front, with its 市, no part of it)
        return place[zone.start("z"):zone.end()], place[zone.end():]
    if found and found[1].startswith("以及"):
        return None  # "A工业区以及B小区": two places joined, the first no district in front of the second
    if found and found[0].endswith("县") and (seat := _COUNTY_SEAT.match(found[1])):
        return found[0], found[1][seat.end():]
    if found and _OF_DISTRICT.match(found[1]):
        return found[0], found[1][1:]  # "新增龙华区的A、B为高风险区" (海口, 2022): the district's 的, no part of A
    if found and (within := _WITHIN_DISTRICT.match(found[1])) and not _REST_OF_WITHIN.search(found[1]):
        return found[0], found[1][within.end():]
    return found


# (not the district's rest but a town's village, "A县辖区内B镇C村以外的区域", which stays as written)
_REST_OF_WITHIN = re.compile(r"(?:以外|之外|外)的?(?:其他|其它|其余|所有)?(?:区域|地区|范围|乡镇|村|社区)?$")
# "将海城市辖区内牛庄镇A村B小区划定为高风险区" (鞍山, autumn 2022): "within the district" (辖区内, 境内, 范围内)
# between a district and a named town, street or village of it is no part of the place (not the district's rest
# or kinds, "A县辖区内除封控区外的区域", "A县辖区内所有村", "A县辖区内封控区、管控区以外的区域", which stay as written)
# ("管辖区域内", "所辖范围内": the same words with the governing verb in front)
_WITHIN_WORDS = r"(?:(?:管辖|所辖)(?:区域内|范围内)|辖区内?|境内|范围内|域内)(?!内)的?"
# (nor kinds of village or of people: "A镇辖区内的城中村", "…的自然村", "…的村民小组", which stay as written)
_NOT_NAMED_AFTER_WITHIN = (r"(?!的|除|其他|其余|其它|各|所有|全|部分|[高中低]风险|封控|管控|防范|以外|之外"
                           r"|城区|农村|城镇|城中村|自然村|行政村|村民|居民)")
_WITHIN_DISTRICT = re.compile(rf"{_WITHIN_WORDS}{_NOT_NAMED_AFTER_WITHIN}"
                              rf"(?=[{_CJK}]{{2,8}}?(?:街道|(?<!小)镇|乡|苏木|村|社区|嘎查))")
# "筼筜街道管辖区域内金桥社区惠祥花园(七星西路150-162号)划为管控区" (厦门, 2021): the same words between a street or
# town and a named community or village of it say where that lies, no part of the place: "A街道B社区C花园" (as a
# heading "A镇辖区内封控区:" gives its town to each item). (Not the town's rest or kinds, "A镇辖区内所有村", "A镇辖区内
# 除封控区外的区域", "A镇辖区内B村以外的区域", which stay as written.)
# (nor communities or villages told by what they are, not named: "A街道辖区内未发生疫情的社区", "…涉疫村庄", "…非封控
# 社区", "…十二个行政村", "…临街商户集中社区", "…B园区所在村", which stay as written (rv66a))
_WITHIN_STREET = re.compile(rf"{_WITHIN_WORDS}{_NOT_NAMED_AFTER_WITHIN}(?!涉疫|涉及|非|未)"
                            rf"(?=(?:(?!的|个|及|所在|集中|周边|周围|附近|两岸|两侧|沿线)[{_CJK}]){{2,8}}?"
                            rf"(?:社区|村|嘎查|居委会))")


def _without_within_street(place: str) -> str:
    street = _STREET_FIRST.match(place)
    within = _WITHIN_STREET.match(place, street.end()) if street else None
    if not within or _REST_OF_WITHIN.search(place):
        return place
    return place[:street.end()] + place[within.end():]


# The 的 between a district and its place ("龙华区的A小区"), before a name of two characters or more (not "的士站", a
# taxi stand, nor the district's rest, "龙华区的其他区域", which stays the district's).
_OF_DISTRICT = re.compile(r"的(?!士|其他|其它|其余|所有|全部|全域|部分|[高中低]风险|封控|管控|防范)[^\W\d_]{2}")


# "以A市B镇C路为中心,西至D,…": an area around a centre, its district written after the 以 that opens it; the
# district is the place's (not "以A市"), the 以 stays in front of the rest as such areas are kept ("以B镇C路为中心,…").
_CENTRE_OPENER = re.compile(r"以(?=[^,;。]{2,40}?为中心)")


def _district_after_centre_opener(place: str) -> tuple[str, str] | None:
    if not _CENTRE_OPENER.match(place) or not (inner := _front_district_name(place[1:])) or not inner[1]:
        return None
    return inner[0], "以" + inner[1]


_MUNICIPALITY_NAMES = ("北京市", "天津市", "上海市", "重庆市")


_ZONE_NOT_COUNTY = re.compile(r"开发区|园区|新区|经济|产业|工业|实验区|示范区")


def _front_district_name(place: str) -> tuple[str, str] | None:
    known = _known_front(place)
    # "内蒙古通辽市科尔沁区钱家店镇孔家村", "江西省吉安市永丰县A村": a province (with or without 省) in front of the
    # city and district; the district is the one after it (a province alone, "江西路", names none; a known
    # district that starts with a province's name, "西藏文化旅游创意园区", is itself)
    if not known and (resort := _resort_over_town(place)):
        return resort  # (before a province: "A湖省级旅游度假区" holds no province "A湖省")
    province = None if known else re.match(rf"{_PROVINCE}|[{_CJK}]{{2,3}}(?:省|自治区)", place)
    if province and (found := _front_district_name(place[province.end():])):
        return found
    if province and _province_city_rest(place):
        return None  # "吉林省长春市A小区": a province and its prefecture city, no district named
    if known and _districts_of_cities().get(known[0][:-1]) == {known[0]}:
        return None  # "东莞市润东玩具有限公司": a city without districts (东莞, 中山, 嘉峪关) is no district
    if known:
        return known
    # ("黔东南州凯里市", "恩施州利川市": an autonomous prefecture written short, "X州", before a whole district)
    whole = re.fullmatch(rf"(?:{_PREFECTURE}|[{_CJK}]{{2,4}}州)(?P<d>[{_CJK}]{{2,8}})", place)
    if whole and whole["d"] in _divisions()[0]:
        return whole["d"], whole["d"]  # "大兴安岭地区加格达奇区": a whole district after its prefecture
    for length in (2, 3, 4):
        # "甲城乙区、丙区已连续14天无新增确诊病例,…由中风险区调整为低风险区" (山西, 2020): a whole district after its
        # city's name written short (no 市); only a district the list of divisions gives that city
        # (not a development zone: "安徽安庆经济开发区" is a division's whole name, not 安庆's 经济开发区; but a
        # district of three characters is a county's name, "清远清新区" 清远's 清新区)
        city, name = place[:length], place[length:]
        if name in _divisions()[0] and name in _districts_of_cities().get(city, ()) \
                and not (len(name) > 3 and _ZONE_NOT_COUNTY.search(name)):
            return name, name
    m = _PLACE_DISTRICT.match(place)  # a city, then its district
    if m and m.start("d") > 0 and _front_ok(place, m):
        return m["d"], place[m.end():]
    alone = _PLACE_DISTRICT_ALONE.match(place)
    # ("上海市A镇B小区": nor is a municipality, which governs its districts as a prefecture city does)
    if (alone and (alone["d"][:-1] in _divisions()[1] or alone["d"] in _MUNICIPALITY_NAMES)
            and alone["d"] not in _divisions()[0] and not _district_ok(place[alone.end():])):
        return None  # "无锡市国家高新技术产业开发区新锦路2号": a prefecture city is no district
    if alone and _district_ok(alone["d"]) and _front_ok(place, alone) and not _ENTRUSTED_AREA.search(alone["d"]):
        return alone["d"], place[alone.end():]
    return _short_county_front(place)


# "A湖省级旅游度假区B镇C村2号楼" (淄博, spring 2022): a tourist resort of a rank that governs towns of its own,
# written in front of one of them as a district is; the zone as the district (a resort alone, "A景区游客中心", or
# before no town stays a place)
# (not a town's own resort, "A镇B度假区C村", a place of the town; nor a name with 小镇 or 乡村 after the resort,
# "A度假区B小镇5栋", "A度假区B乡村酒店", no town)
_RESORT_TOWN = re.compile(rf"(?P<d>(?:(?!镇|乡|街道)[{_CJK}]){{2,6}}?(?:省级|国家级|市级)?(?:旅游)?度假区)"
                          rf"(?=[{_CJK}]{{2,4}}?(?:(?<!小)镇|乡(?!村)|街道)[{_CJK}\d])")
# "扬州市蜀冈-瘦西湖风景名胜区梅岭街道" (扬州, summer 2021): a scenic area that governs streets of its own (its name
# maybe two joined by a dash), written before one of them (the city in front, with its 市, no part of it), as a
# resort is; a scenic area before no street or town ("A风景名胜区游客中心") stays a place.
_SCENIC_TOWN = re.compile(rf"(?:[{_CJK}]{{2,4}}?市)?(?P<d>[{_CJK}]{{2,6}}?(?:[-—][{_CJK}]{{2,6}}?)?风景名胜区)"
                          rf"(?=[{_CJK}]{{2,4}}?(?:(?<!小)镇|乡(?!村)|街道)(?:[{_CJK}\d]|$))")


def _resort_over_town(place: str) -> tuple[str, str] | None:
    m = _RESORT_TOWN.match(place) or _SCENIC_TOWN.match(place)
    return (m["d"], place[m.end():]) if m else None


# "小庙托管区全域", "A托管区B村": an area entrusted to a development zone (托管区, a town's rank, the zone governs it)
# is no county-level district; it stays in its place.
_ENTRUSTED_AREA = re.compile(r"托管区$")


# "A山B镇C村委会D村": a county written short (without 县 / 市 / 旗, as people say it) before a town of its own and
# the town's village committee (the rural lists that write counties short); only a known county's name, and a
# town named by two characters or more (not "东方红镇", "江山口镇", "A乡全镇范围").
_SHORT_COUNTY_TOWN = re.compile(rf"(?P<d>[{_CJK}]{{2,3}}?)(?![县市区旗])"
                                rf"(?=[^镇乡村街路巷区县市旗全,、;。()\d]{{2,5}}?(?:镇|乡|街道)[^,、;。()]{{1,8}}?村委会?)")


def _known_or_short(name: str) -> bool:
    """A known district, or a known county written short ("灵山" for "灵山县")."""
    return name in _divisions()[0] or (
        len(name) <= 3 and name not in _divisions()[1] and any(name + kind in _divisions()[0] for kind in "县市旗"))


def _short_county_front(place: str) -> tuple[str, str] | None:
    m = _SHORT_COUNTY_TOWN.match(place)
    if m is None:
        return None
    return (m["d"], place[m.end():]) if _known_or_short(m["d"]) and m["d"] not in _divisions()[0] else None


# A zone's word ending a district's name, and a road's kind right after it: the road is named after the zone
# ("开发区大道", "高新区大街", "新区大道"), the zone word part of the road's name
_ZONE_WORD_END = re.compile(r"(?:开发区|经开区|高新区|新区|园区|工业区|示范区|实验区|试验区|保税区|港区)$")
# (not a road's name that names a community, a village or an estate: "西咸新区北街社区", "高新区中街村"; review rv69c)
_ROAD_AFTER_ZONE = re.compile(r"(?:[东西南北中]?(?:大道|大街)|大马路|[东西南北中](?:路|街))"
                              r"(?!社区|村|小区|居委会|家园|花园|新村)")


# Housing built to resettle (安置, 回迁, 还建) a zone's people, by its kind alone ("综合安置小区", "回迁房").
_ZONE_NAMED_HOUSING = re.compile(r"(?:综合|集中)?(?:安置|回迁|还建)(?:小区|房|区|点)")


def _front_ok(place: str, m: re.Match[str]) -> bool:
    d, after = m["d"], place[m.end():m.end() + 1]
    if _site_area(d):
        return False
    if d.startswith(("县城", "城区")) or re.search(r"[镇乡村街路巷除在号楼]|地区$|^全.$", d):  # "全县范围内"
        return False
    if re.match(r"[东南西北](?:至|到|抵)", d) and d not in _divisions()[0]:
        return False  # "东至A区与B区交界,南至C街,…": a bound's side runs to the district, no district "东至A区"
    if re.search(rf"[{_CJK}]{{2}}办", d):
        return False  # "安邑办大市北村": a street office written short ("北城办", 街道办) holds the name, no division's
    if (d.endswith("市") and after == "场") or after in ("镇", "乡", "村", "街", "路", "巷", "里", "屯", "庄"):
        return False
    if _ZONE_WORD_END.search(d) and _ROAD_AFTER_ZONE.match(place, m.end()):
        return False  # "长风开发区大道18号": a road named after the zone ("开发区大道"), no district cut inside it
    if place[m.end():] in ("区", "县", "市", "旗"):
        return False  # "梅县区": a district whose name holds another's ("梅县") is one name, "区" alone no place
    if re.search(r"(?:中心|主|老)城区$", d) and d not in _divisions()[0]:
        return False  # "宜春市中心城区范围(A区、B区)": a city's urban area, over its districts, no district itself
    if d.endswith("区") and after == "域":
        return False  # "原褚河港区域(除A村外)": an area (区域) named by what it was, no district "原褚河港区"
    if re.match(r"[一二三四五六七八九十\d]{1,3}(?:街|巷|路|弄|号)", place[m.end():]):
        return False  # "西安置区一街以南": a street of a compound, not a district
    if re.match(r"第[一二三四五六七八九十\d]{1,3}(?:、[一二三四五六七八九十\d]{1,3}){0,8}(?:排|栋|幢|座|号楼|层|列)",
                place[m.end():]):
        return False  # "出租屋区第2、3、4排": the rows or buildings of an area by their ordinals, not a district's
    if re.match(r"\d+(?![\d个处])", place[m.end():]):
        # "平房区50(2、4)排": a bungalow area's rows; a district is followed by a name, not a number (but by its
        # count: "兴庆区10个高风险区…")
        return False
    if _BARE_SUB.match(place[m.end():]) or re.match(r"(?:社区|小区|花园|家园|村|号|栋|楼)", place[m.end():]):
        return False  # "金和金新区2栋", "金北区社区": a district is followed by a name, not by a building or a word
    if d not in _divisions()[0] and _ZONE_NAMED_HOUSING.match(place, m.end()):
        # "A新区综合安置小区" (西宁, 2021): resettlement housing named by the zone it was built for, no name of its
        # own after it; the zone (no division the list gives) is part of the place's name, not its district
        return False
    # After a city ("长春市绿园区") a short name is trusted even with a word _district_ok distrusts.
    trusted = m.start("d") > 0 and len(d) <= 4 and not re.search(r"(?:小|社|校|厂|片|营|北|南|东|西|中)区$", d)
    return _district_ok(d) or trusted


# What places beside, around or under another are named by ("A村卫生室及邻近住户", "B小区24号楼及楼下平房",
# "C居及C居北侧自建房"): the right side of such an 及 is no place of its own.
_RELATIVE_PART = re.compile(r"周边|周围|四周|附近|邻近|紧邻|相邻|毗邻|所在|楼下|底层|底商|沿街|临街|内部|内的|院内|以内"
                            r"|[东南西北前后左右两][侧面边]|前后|左右|上下|以[上下东南西北]|其|该|此|旁|之间")


# The front of a place word that names none: what lies by another, others of a kind, all or each of them.
_NO_NAME_FRONT = re.compile(r"周边|周围|四周|附近|邻近|紧邻|相邻|毗邻|其他|其它|其余|相关|有关|所有|各|涉疫|涉及|该|此")


_OWN_PHASE_START = re.compile(r"第?[\d一二三四五六七八九十]{1,3}期")


def _final_and(item: str, own_street: bool = True) -> list[str]:
    """ "A镇全域、B街道C村及D工业功能区": 及 before the last item of a list joins the list's last two places, as
    和 would (not "A小区24号楼、29号楼及楼下平房", whose right side lies by the left one; not inside brackets)."""
    m = re.search(r"(?<!以)及", item)
    if m is None and _outside_brackets(item).count("和") == 1:
        return _final_he(item)
    if m is None or item.count("及") > 1:
        return [item]
    left, right = item[:m.start()], item[m.end():]
    if _unclosed(left) or "(" in right or not re.match(rf"[{_CJK}]", right) or _RELATIVE_PART.search(right):
        return [item]
    if _OWN_PHASE_START.match(right):
        return [item]  # "A家园及一期新村": the estate's own phase after 及 (as _COMPOUND_RIGHT has it), one place
    # (a zone's name, "黄棠工业功能区", may look like a district's to _complete_place: its ending decides)
    if len(left) >= 4 and len(right) >= 3 and _complete_place(left) and _STRONG_END.search(left) \
            and _AREA_END.search(right) and not _district_ok(right, strict=True):
        return [left, right]
    return _division_and(item, own_street)


# "A镇B街道及C村、D村", "E乡及F社区": a town (street office) and a village (community) joined by 及 are two places,
# wherever in the list they stand (a village lies by no town as "楼下平房" lies by its building).
_DIVISION_UNIT_END = re.compile(r"(?:街道|镇|乡)$")
_VILLAGE_END = re.compile(r"[^\d一二三四五六七八九十](?:村|社区)$")


def _division_and(item: str, own_street: bool = True) -> list[str]:
    m = re.search(r"(?<!以)及", item)
    if m is None or item.count("及") > 1:
        return [item]
    left, right = item[:m.start()], item[m.end():]
    if own_street and _own_street_pair(left, right):
        return [left, right]
    if len(left) >= 3 and len(right) >= 3 and not _unclosed(left) and re.fullmatch(rf"[{_CJK}]+", right) \
            and _DIVISION_UNIT_END.search(left) and _VILLAGE_END.search(right) and _complete_place(left) \
            and not _RELATIVE_PART.search(right) and not _district_ok(right, strict=True):
        return [left, right]
    return [item]


# "A小区及B街道C小区", "D花园及E镇F村": a whole place, then a place written with a street or town of its own,
# joined by 及: two places. What lies by or belongs to the left one ("A小区及周边", "B大厦及其附属设施", "C村及
# 所在街道D社区") is never written with a street of its own; an area between the two ("A村及B镇C村交界处") is one.
_BETWEEN_END = re.compile(r"(?:交界处?|之间|结合部|连接处|沿线)$")


# "A街B花园东区55号楼和C街D里7号楼3门", "A街B花园(55号楼除外)和C街D里(7号楼除外)" (天津, autumn 2022): 街 written
# short for the street office (街道), each side of 和 (及) opening with a street of its own and naming a place in it:
# two places, as when 街道 is written whole ("A街道B小区和C街道D小区"). (Not "A街和B街交叉口", "A街与B街之间":
# one spot between the two; not "A街和平里": 和 starts the next name.)
# (a street's name, not a stretch's words: "A街东起B路西至C和D路的沿街商铺" is one stretch)
_SHORT_STREET = re.compile(rf"(?:[{_CJK}]{{2,6}}?[区县市旗])?(?:(?![的路沿至起和与及侧以])[{_CJK}]){{2,4}}?街"
                           rf"(?![道区口巷坊村市镇])(?=[{_CJK}]{{2}})")


def _short_street_pair(left: str, right: str) -> bool:
    a, b = _SHORT_STREET.match(left), _SHORT_STREET.match(right)
    return bool(a and b and not _unclosed(left) and not _unclosed(right)
                and not re.search(r"[东西南北](?:起|至|到)|以[东西南北]|合围|围合", left + right)
                and not _BETWEEN_END.search(right) and not _RELATIVE_PART.match(right[b.end():])
                and not re.search(r"(?:交叉口|交汇处|路口)$", right))


def _own_street_pair(left: str, right: str) -> bool:
    street = _STREET_FIRST.match(right)
    return bool(street and len(left) >= 3 and not _unclosed(left) and not _unclosed(right)
                and _complete_place(left) and not _RELATIVE_PART.match(right)
                and len(right) - street.end() >= 2 and re.match(rf"[{_CJK}]", right[street.end():])
                and _complete_place(right[street.end():]) and not _BETWEEN_END.search(right)
                and not _SUB_REST.fullmatch(left + "及" + right))


# "A等38个区域、B等5个区域和C", "D村等3个村及E社区": a count closes the place before it (the others it counts go
# unnamed), so 和 (及, 以及) right after the count starts the next place.
_COUNT_THEN_AND = re.compile(rf"等[\d{_CN_NUM}]{{1,4}}[个处][{_CJK}]{{0,4}}?(?P<and>以及|和|及)(?=[{_CJK}]{{3}})")


def _count_then_and(item: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for m in _COUNT_THEN_AND.finditer(item):
        left = item[start:m.start("and")]
        if _COUNTED_END.search(left) and len(left) > len(m.group()) and not _unclosed(item[:m.start("and")]) \
                and not _HE_WORD.match(item, m.start("and")):  # ("…等3个区域和平路小区": 和平 may start a name)
            pieces.append(_COUNTED_END.sub("", left))
            start = m.end()
    return [*pieces, item[start:]]


# a whole road by its name alone, the left side of a list's last 和 ("A路、B路和C小区")
_BARE_ROAD_BEFORE_AND = re.compile(rf"[{_CJK}]{{1,10}}(?:路|大街|街|大道|巷)")


def _final_he(item: str) -> list[str]:
    """ "A社区的B区、C苑(东南角除外)和D府", "E社区、F社区和G村": 和 before the last item of a 、 list joins its last
    two places, as the written language's "A、B和C" does: the left side closed for sure (a strong ending, or a note
    after it), the right one a whole place; not "和平…" (a name starting with 和), not a side or part of the left
    one; "金城和园", "A路1号和B小区" may be one name."""
    # ("A一期(除B路和C路底商)和D工业区厂房北楼" (深圳, autumn 2022): the 和 inside a note's brackets is the note's;
    # the one outside them joins the two places)
    m = re.search("和", _outside_brackets(item))
    if m is None or _HE_WORD.match(item, m.start()):
        return [item]
    left, right = item[:m.start()], item[m.end():]
    # "A、B、篮球城和东留村部分区域(C路以南、D街以北…)": the last place a part of a village (community, compound)
    # named by itself, its bounds in a note: a place of its own, whatever the left side ends with
    if _PART_OF_NAMED.fullmatch(re.sub(r"\([^()]*\)$", "", right)) and not _unclosed(left) and not _unclosed(right) \
            and len(left) >= 3 and _complete_place(left) and re.match(rf"[{_CJK}]", right):
        return [left, right]
    # "A镇B居、C村全域和D村除封控区以外的区域": a named village's (community's, town's) whole area or its rest on
    # either side of 和, the other side one too or a whole place with a strong ending: two places
    named_left, named_right = _NAMED_WHOLE_OR_REST.fullmatch(left), _NAMED_WHOLE_OR_REST.fullmatch(right)
    if (named_left or named_right) and not _unclosed(left) and "(" not in right \
            and all(named or (_STRONG_END.search(side) and _complete_place(side))
                    for named, side in ((named_left, left), (named_right, right))) \
            and not any(_district_ok(named["name"], strict=True) for named in (named_left, named_right) if named):
        return [left, right]
    # "A社区、B社区部分区域和C村": the left side a part of a named village (community, compound), the right a whole
    # place with a strong ending of its own: two places (not "A村部分区域和周边", what lies by it)
    if _PART_OF_NAMED.fullmatch(left) and "(" not in right and len(right) >= 3 and _STRONG_END.search(right) \
            and _complete_place(right) and not _RELATIVE_PART.search(right) and not _NO_NAME_FRONT.match(right) \
            and not _district_ok(right, strict=True):
        return [left, right]
    # ("A小区和B小区阳性病例所在的楼栋": a right side that starts with a compound of its own says where in it, not
    # what lies by the left one)
    if _unclosed(left) or "(" in right or not re.match(rf"[{_CJK}]", right) \
            or (_RELATIVE_PART.search(right) and not _own_compound_front(left, right)):
        return [item]
    core = _END_NOTE.sub("", left)
    if _BARE_ROAD_BEFORE_AND.fullmatch(left) and len(right) >= 3 and _STRONG_END.search(right) \
            and _complete_place(right) and not _district_ok(right, strict=True):
        return [left, right]  # "A路、B路和C小区": a whole road, then a compound of its own (a list's last two)
    if _VILLAGE_END.search(left) and _SHORT_NAMED_BUILDING.fullmatch(right):
        return [item]  # "A社区和佳园5栋": 和 starts the name of the community's compound ("和佳园"), one place
    if len(core) >= 3 and (_STRONG_END.search(core) or core != left) and _complete_place(left) \
            and len(right) >= 3 and _complete_place(right) and not _district_ok(right, strict=True):
        return [left, right]
    return [item]


# "E社区F绿洲9栋、G社区和佳园5栋": after a community (village) and 和, a name of one or two characters
# with no kind word of its own (小区, 花园, 社区, 村…), then a numbered building: split at 和, the right side would be
# a building of a compound no list names so short and bare; the community's compound is named with 和 ("和佳园",
# "和美苑"), as the items before it name a community's compound and building. (A compound written with its kind
# word, "A社区和金华小区3栋", or a whole village, "A社区和B村", is a place of its own; so is a compound named by
# three characters or more, "A社区和碧桂园3栋", "B村和星河湾2栋": the name after 和 of one or two, "和佳园".)
_SHORT_NAMED_BUILDING = re.compile(rf"(?![{_CJK}]*(?:小区|社区|村|花园|家园|公寓|大厦|区|镇|乡|街道|路|街|巷))"
                                   rf"[{_CJK}]{{1,2}}(?:[\dA-Z]{{1,4}}|[一二三四五六七八九十]{{1,3}})"
                                   rf"(?:号楼|栋|幢|座)(?:(?:[\d]{{1,2}}|[一二三四五六七八九十]{{1,2}})单元)?")


# A named village's (community's, town's) whole area or its rest after an exception ("A村全域", "B社区除封控区以外的
# 区域", "C镇除上述区域外的其他区域").
_NAMED_WHOLE_OR_REST = re.compile(rf"(?P<name>[{_CJK}]{{2,12}}?(?:村|社区|居|镇|乡|街道))"
                                  rf"(?:全域|除[^和、,;()]{{2,24}}?(?:以外|之外|外)的?(?:其他|其余|其它)?(?:区域|地区))")


# A part of a named village, community or compound ("东留村部分区域", "B社区的部分区域", "C小区部分").
_PART_OF_NAMED = re.compile(rf"[{_CJK}]{{2,10}}?(?:村|社区|小区|居委会)的?部分(?:区域|地区|片区)?")


# A compound named at the start of a place ("B小区4幢1单元", "B花园阳性病例所在的楼栋"): the place is in it.
_NAMED_COMPOUND_FRONT = re.compile(rf"[{_CJK}][{_CJK}A-Za-z\d]{{1,11}}?(?:小区|花园|家园|公寓|大厦|新村|苑)")


def _own_compound_front(left: str, right: str) -> bool:
    """Whether the right side of 和 starts with a compound named by itself, not one the left side names."""
    m = _NAMED_COMPOUND_FRONT.match(right)
    return bool(m) and m.group() not in left


def _buildings_of_two(left: str, right: str) -> bool:
    """ "A小区56幢1单元和B小区4幢1单元": a compound's building, then another compound's building (not "5号楼和6号楼",
    nor "A小区1号楼和A小区2号楼" where one compound is named twice)."""
    return bool(_BUILDING_END.search(left) and _BUILDING_END.search(right) and _own_compound_front(left, right)
                and _NAMED_COMPOUND_FRONT.match(left))


# "A镇镇直及B村", "C乡乡直和D社区": a town's seat (镇直, 乡直: the part the town runs itself) and a village or
# community joined by 及 (和, 以及) are two places; the seat is whole, no first part of a name.
_SEAT_AND = re.compile(rf"(?P<left>[{_CJK}]{{1,10}}?(?:镇|乡)(?:镇直|乡直|集镇|镇区))(?:以及|及|和)"
                       rf"(?P<right>[^及和、,()]{{2,20}})")


def _seat_and(item: str) -> list[str]:
    m = _SEAT_AND.fullmatch(item)
    if m and _AREA_END.search(m["right"]) and not _district_ok(m["right"], strict=True):
        return [m["left"], m["right"]]
    return [item]


# Areas of village rank and above, which a list names as places of their own ("…工业功能区", "…工业园", "…村").
_AREA_END = re.compile(r"(?:村|社区|小区|街道|镇|乡|功能区|工业区|园区|工业园|开发区|片区)$")


# An exception clause after a comma, still open ("…,不包括G店", "…,不含G店"): its 和 joins what is left out.
_EXCEPTION_CLAUSE_OPEN = re.compile(r",(?:不包括|不包含|不含)[^,;。]*$")


def _named_and(item: str) -> list[str]:
    """ "A乡B自然村和C小学" in a list line: 和 between two whole named places (``_named_pair``) separates them, as
    、 would; other 和 stay inside the place as written."""
    if (enclosed := _enclosed_and(item)) != [item]:
        return [q for part in enclosed for q in _named_and(part)]
    if _UNITS_BEFORE_EXCEPTION.fullmatch(item):
        return [item]  # "A社区和B社区(除封控区外区域)": the rest of both, one place
    for m in re.finditer("及", item):  # "…以北范围及丙托管区全域": a bounded area, then a unit's whole
        if _area_then_whole_unit(item[:m.start()], item[m.end():]):
            return [item[:m.start()], *_named_and(item[m.end():])]
    if (excepted := _EXCEPTED_VILLAGE_THEN_VILLAGE.fullmatch(item)) is not None:
        return [excepted["left"], excepted["right"]]
    for m in re.finditer("和", item):
        left, right = item[:m.start()], item[m.end():]
        # (not "A社区和平南路1号B小区": 和 starting a word, 和平, is the next name's)
        if _EXCEPTION_CLAUSE_OPEN.search(left):
            continue  # "…北至E路,不包括G店和H市场": what an area leaves out, joined by 和, no places of their own
        if not _unclosed(left) and not _HE_WORD.match(item, m.start()) and (
                _named_pair(left, _before_next_and(right)) or _town_village_pair(left, _before_next_and(right))):
            return [left, *_named_and(right)]
    # "A庄以及B大道113号": a village or compound, then 以及 and an address with its house number, two places
    for m in re.finditer("以及", item):
        left, right = item[:m.start()], item[m.end():]
        if not _unclosed(left) and _NAMED_BEFORE_ADDRESS.fullmatch(left) and _ADDRESS_FRONT.fullmatch(right):
            return [left, *_named_and(right)]
    return [item]


# "A镇B村委会C自然村(除高风险区域外)以及D自然村" (阳江, autumn 2022): a village with its exception in brackets, then
# 以及 (及, 和) and another village written bare: two places, the exception the first one's (not "A村(除…外)及周边",
# "…以及其他村": no village named after the join).
_EXCEPTED_VILLAGE_THEN_VILLAGE = re.compile(
    rf"(?P<left>[{_CJK}]{{2,30}}?(?:村|社区|屯)\((?:除[^()]{{1,20}}?(?:以外|之外|外)|[^()]{{1,20}}?除外)\))"
    # (review rv72b: nor the villages it governs or that border it, "及所辖自然村", "和邻近村", "及其所属村")
    rf"(?:以及|及|和)(?P<right>(?!其|周边|周围|附近|相邻|所在|所属|上述|以上|该|各|全|所辖|下辖|辖区|辖内|管辖|下属"
    rf"|附属|邻近|毗邻|临近|沿线|沿途)"
    rf"[{_CJK}]{{2,8}}?(?:自然村|村|社区|屯))")


# A place closed by its kind before an address ("尹庄", "A村", "B小区"; not "A路" or "周边": a road or no place).
# (nor "所在村", "各村", "该小区", "全村": a word that points at a place, no name of one)
# (a village may start with 全 or 本, "全胜村": those only as the whole word)
_NAMED_BEFORE_ADDRESS = re.compile(rf"(?!周边|周围|附近|所在|所属|相关|涉及|上述|以上|各|该"
                                   r"|[本全其此每](?:村|庄|屯|寨|小区|社区|花园|家园|新村)$)"
                                   rf"[{_CJK}]{{1,10}}(?:村|庄|屯|寨|小区|社区|花园|家园|新村)")
# A village written with its town, the town joined by 的 in a reworded copy ("A镇的B村", "C乡D村").
_TOWN_VILLAGE_LEFT = re.compile(rf"[{_CJK}]{{2,8}}?(?:镇|乡|街道)的?[^\W\d_村镇乡的]{{2,6}}村")


def _town_village_pair(left: str, right: str) -> bool:
    """ "火龙镇的刘沟村和郭楼村": a town's village, then 和 and another village of it written bare (three characters
    are enough for a village's name with 村): two places, as ``_village_pair`` reads them in a sentence."""
    return bool(_TOWN_VILLAGE_LEFT.fullmatch(left)) and _village_pair(left.replace("的", "", 1), right)


def _split_and(item: str, own_street: bool = True) -> list[str]:
    """ "A社区和大连金普新区B社区": 和 separates two places only before a district (own_street: 及 before a place
    written with its own street splits too, unless a count keeps the place whole)."""
    if item.count("和") + item.count("及") > 60:
        return [item]  # no notice joins so many places with 和; the split recurses once per 和
    return list(_split_and_of(item, own_street))


# Memoised: each 和 tries the split of everything after it, which without a memo is exponential in a long list.
@functools.lru_cache(maxsize=4096)
def _split_and_of(item: str, own_street: bool) -> tuple[str, ...]:
    return tuple(_split_and_once(item, own_street))


# "沙嘴社区和沙尾社区(除封控区、管控区外区域)" (深圳, early 2022): units of one kind joined by 和 (及, 与), then one
# exception in brackets after the last: the rest of them both, one place, as towns before one exception are (the 、
# before them joins them too: "A社区、B社区和C社区(除封控区外)").
_UNITS_BEFORE_EXCEPTION = re.compile(
    rf"(?:[{_CJK}]{{2,10}}?(?:社区|村|街道|镇|乡)、){{0,9}}"
    rf"[{_CJK}]{{2,10}}?(?:社区|村|街道|镇|乡)(?:和|及|与)[{_CJK}]{{2,10}}?(?:社区|村|街道|镇|乡)"
    r"\((?:除[^()]{1,30}?(?:以外|之外|外)的?(?:其他|其它|其余)?(?:区域|地区|范围)?|[^()]{1,30}?除外)\)")


_BARE_UNIT = re.compile(rf"[{_CJK}]{{2,10}}?(?:社区|村|街道|镇|乡)")


def _split_and_once(item: str, own_street: bool) -> list[str]:
    if _UNITS_BEFORE_EXCEPTION.fullmatch(item):
        return [item]  # "A社区和B社区(除封控区外区域)": the rest of both, one place
    bound = re.search(r"及(?=[东南西北]至)", item)  # "…校区及北至…、南至…区域": two areas
    if bound and bound.start() >= 2:
        return [item[:bound.start()], *_split_and(item[bound.end():], own_street)]
    # ("A镇B村及C镇D庄": 及 as 和, each side written with its town)
    for m in re.finditer("和|以及|及", item):  # "A镇除封控区外的其他村以及阳信县B乡": 以及 as 和
        left, right = item[:m.start()], item[m.end():]
        if _unclosed(left):
            continue  # "A交叉口(原B宿舍和C宿舍)": a 和 inside a note joins what the note names
        if m.group() == "和" and _village_then_its_part(left, _before_next_and(right)):
            continue  # "A村和尚坡自然村": the village's part, 和 its name's first character
        if _area_then_place(left, right):
            return [left, *_split_and(right, own_street)]  # "东至A路、…合围区域及B小区": a bounded area, then a place
        if _roads_enclosed_then_town_place(left, _before_next_and(right)):
            return [left, *_split_and(right, own_street)]  # "A巷与B路合围以及C街道D区域"
        if not _HE_WORD.match(item, m.start()) and _short_street_pair(left, _before_next_and(right)):
            return [left, *_split_and(right, own_street)]  # "A街B里3号楼和C街D园2门": each with its short street
        if _area_then_whole_unit(left, _before_next_and(right)):
            return [left, *_split_and(right, own_street)]
        if m.group() == "及" and _BRACKETED_PART.match(right) and (left.endswith(")") or _complete_place(left)):
            # "A社区(B小区除外)及部分C社区(D路以南)": a part of another community
            return [left, *_split_and(right, own_street)]
        if _towns_then_whole(left, m.group(), _before_next_and(right)):
            return [left, *_split_and(right, own_street)]
        # "主城区及卧龙乡", "A镇及B乡": a city's urban area or a whole town, and a whole town, two places
        if m.group() == "及" and _WHOLE_TOWN.fullmatch(_before_next_and(right)) \
                and (_URBAN_AREA.fullmatch(left) or _WHOLE_TOWN.fullmatch(left)):
            return [left, *_split_and(right, own_street)]
        if own_street and m.group() == "及" and _own_street_pair(left, _before_next_and(right)):
            # "A小区及B街道C小区": the right side written with its own street
            return [left, *_split_and(right, own_street)]
        if m.group() == "及":  # (及 alone joins two places only when each is written with its town or street)
            street = re.match(rf"[{_CJK}]{{2,8}}?(?:街道|镇|乡)(?=[{_CJK}])", right)
            if street and (left_street := _STREET_FIRST.match(left)) and len(left) - left_street.end() >= 2 \
                    and len(right) - street.end() >= 2 and not _SUB_REST.fullmatch(item) \
                    and not re.search(r"(?:交界处?|之间|结合部|连接处|沿线)$", right):
                return [left, *_split_and(right, own_street)]
            continue
        if _closed_place(left) and _named_right(_before_next_and(right)):
            return [left, *_split_and(right, own_street)]
        if _NUMBERED_END.search(left) and _ADDRESS_FRONT.match(right):
            # "A路6号1座、2座和B巷1号": a building, then an address of its own
            return [left, *_split_and(right, own_street)]
        if m.group() == "和" and not _HE_WORD.match(item, m.start()) and _village_pair(left, _before_next_and(right)):
            return [left, *_split_and(right, own_street)]  # "A镇B村和C村1组、2组": two villages of a town
        if _WHOLE_TOWN.fullmatch(left) and _WHOLE_TOWN.fullmatch(_before_next_and(right)):
            # "高桥镇和望春街道": two whole towns or streets (no town lies in another: "A镇和平B街道" has no reading
            # but two, and "和平街道" alone leaves the right side one character short of a town)
            return [left, *_split_and(right, own_street)]
        if _district_ok(left, strict=True) and _district_ok((rest := _split_and(right, own_street))[0], strict=True):
            return [left, *rest]  # "漳浦县和华安县": two whole districts
        found = _front_district(right)
        if found and _complete_place(left) and _complete_place(found[1]) and len(found[0]) >= 3:
            return [left, *_split_and(right, own_street)]
        street = re.match(rf"[{_CJK}]{{2,8}}?(?:街道|镇|乡)(?=[{_CJK}])", right)
        if street and not _SUB_REST.fullmatch(item) \
                and _STREET_FIRST.match(left) and _complete_place(left) and _complete_place(right[street.end():]):
            return [left, *_split_and(right, own_street)]  # two places, each written with its street
        if street and (left_street := _STREET_FIRST.match(left)) and len(left) - left_street.end() >= 2 \
                and len(right) - street.end() >= 2 and not _SUB_REST.fullmatch(item) \
                and not re.search(r"(?:交界处?|之间|结合部|连接处|沿线)$", right):
            # "永顺街道张家烧饼店和永顺街道潘营村东地": each side repeats a street, which one name would not;
            # two places whatever they end with (not "A镇B村和C镇D村交界处", one area between them)
            return [left, *_split_and(right, own_street)]
        if (_STRONG_END.search(left) and len(left) >= 4 and _STRONG_END.search(right) and len(right) >= 5
                and re.match(rf"[{_CJK}]", right) and not _STRONG_END.search(left[-2:] + "和" + right[:1])):
            return [left, *_split_and(right, own_street)]  # "临江小区和宁波阿尔卑斯电子有限公司": two named places
        if (re.search(r"(?:区域|片区)$", left) and len(left) >= 5 and _complete_place(right)
                and re.match(rf"[{_CJK}]{{2,}}?(?:小区|社区|花园|家园|公寓|大厦|新村)", right)
                and not _NO_NAME_FRONT.match(right)):
            # "A村自建房区域和B小区南区1、4、7栋": an area, then a compound's part (not "A社区部分区域和相邻小区",
            # "…和其他小区": what lies by it or others of a kind, no compound named)
            return [left, *_split_and(right, own_street)]
        if _named_pair(left, right):
            return [left, *_split_and(right, own_street)]
        if m.group() == "和" and not _HE_WORD.match(item, m.start()) and _estates_pair(left, _before_next_and(right)):
            return [left, *_split_and(right, own_street)]  # "A街道B家园小区和C湾二期": two compounds, each named
        if _GENERIC_ZONE.fullmatch(right) and len(left) >= 3 and _complete_place(left):
            # "…、A镇B村和开发区" (临河, autumn 2022): the district's development zone by its kind alone after a
            # whole place, the list's last item (not "A镇和开发区交界处", one area between them)
            return [left, right]
        # "A镇的B区29号楼和C骨科医院": a compound's numbered building, then a named place (not "5号楼和6号楼")
        if (_BUILDING_END.search(left) and len(left) >= 5 and _STRONG_END.search(nxt := _before_next_and(right))
                and len(nxt) >= 4 and re.match(rf"[{_CJK}]{{2}}", nxt)
                and not re.search(r"[\d一二三四五六七八九十]号", nxt)):
            return [left, *_split_and(right, own_street)]
        # "A小区南北栋和B商务楼区域": a compound's buildings named by their sides, then an office building named
        # whole (no number in it): two sites (not "A小区南栋和北栋", the same compound's other building)
        if m.group() == "和" and _SIDE_BUILDING_END.search(left) and len(left) >= 5 \
                and _NAMED_OFFICE_BUILDING.fullmatch(_before_next_and(right)):
            # (the street written once in front of the first holds for the second: "A街道B小区南北栋和C大厦")
            street = _STREET_FIRST.match(left)
            rest = _split_and(right, own_street)
            return [left, *([street.group() + rest[0], *rest[1:]] if street and not _STREET_FIRST.match(rest[0])
                            else rest)]
        if m.group() == "以及" and _HOUSES_END.search(left) and len(left) >= 5 \
                and _STRONG_END.search(right) and len(right) >= 4 and re.match(rf"[{_CJK}]", right):
            # "环绕A小区的居民房以及B小区": houses described, then a compound
            return [left, *_split_and(right, own_street)]
        if _rest_then_compound(left, right):
            return [left, *_split_and(right, own_street)]
        # "A村、B工业区以及C小区3号楼1单元": 以及 before the last of a list joins two whole places (a park or
        # industrial zone closes a name too); not "A小区以及周边", whose right side is no place
        if m.group() == "以及" and len(left) >= 3 and (_complete_place(left) or _ZONE.fullmatch(left)) \
                and len(right) >= 4 and re.match(rf"[{_CJK}]", right) \
                and (_complete_place(right) or _ZONE.fullmatch(right)):
            return [left, *_split_and(right, own_street)]
    return [item]


# "A街道B社区C小区及D豪庭、E小区" (南通, spring 2022), "F公司、G小区及H西苑" (杭州, early 2022): in a run of places, a
# housing compound written whole, then 及 and another compound by its own name (a compound's kind word closing it):
# two places. (Not its own parts or what lies around it, "A小区及其附属商铺", "A小区及周边小区", "A小区及南苑"; nor
# buildings; nor the pair alone, "将A小区及B小区划为…", one area as a title's count may say.)
# (estates only: "A公寓及紧邻的B公寓", "C公寓及D公寓" may be one site's lodgings, counted as one)
_COMPOUND_LEFT = re.compile(rf"[{_CJK}A-Za-z\d]{{2,}}?(?:小区|花园|家园|新村|豪庭|名庭|苑)$")
_COMPOUND_RIGHT = re.compile(r"(?!其|周边|周围|附近|邻近|相邻|紧邻|毗邻|对面|旁边|配套|附属|所属|下属|部分"
                             r"|该|本|此|各|全|所有|[东南西北中][区苑院]"
                             # (nor the estate's own part: its phase, "二期小区", "第一期新村", what lies within it,
                             # "小区内花园", or a side of it, "西侧花园": one place (rv69c))
                             r"|第?[\d一二三四五六七八九十]{1,3}期|小区内|园内|院内|内|[东南西北]{1,2}(?:侧|边|面))"
                             rf"(?:(?!的)[{_CJK}]){{2,8}}?(?:小区|花园|家园|新村|豪庭|名庭|苑)")


def _compounds_and(item: str) -> list[str]:
    """Two housing compounds joined by 及, in an item of a run of places (a list split at 、 or commas; alone, "A小区
    及B小区" may be one area, and a count may say so): two places."""
    m = re.search(r"(?<!以)及", item)
    if m is None or item.count("及") > 1:
        return [item]
    left, right = item[:m.start()], item[m.end():]
    if _COMPOUND_LEFT.search(left) and len(_STREET_FIRST.sub("", left)) >= 4 and not _unclosed(left) \
            and _COMPOUND_RIGHT.fullmatch(right) and len(right) >= 4:
        return [left, right]
    if _estates_pair(left, right):
        return [left, right]  # "A路B雅园8栋及C小区1期和3期": a compound's building, then another compound's phases
    return [item]


# A compound's numbered parts after its name: phases, buildings, groups of buildings ("1期和3期", "2期13号楼", "8栋").
_ESTATE_PART = r"(?:第?[\d一二三四五六七八九十]{1,3}(?:期|组团)|[A-Z]?\d{1,4}[A-Z]?(?:号楼|栋|幢|座))"
_ESTATE_PARTS = rf"{_ESTATE_PART}(?:[、和]?{_ESTATE_PART}){{0,5}}"
# A compound by its name and kind word, its street or town maybe in front ("B街道C家园小区", "D雅园", "E湾").
_ESTATE_KIND = r"(?:小区|花园|家园|新村|豪庭|名庭|苑|园|府|湾|城|庭|居)"
# (estates only, as _COMPOUND_LEFT: "A公寓及B公寓" may be one site's lodgings)
_STRONG_ESTATE_KIND = r"(?:小区|花园|家园|新村|豪庭|名庭)"
_ESTATE_LEFT = re.compile(rf"(?:[{_CJK}]{{2,8}}?(?:街道|(?<!小)镇|乡))?(?P<name>[{_CJK}A-Za-z\d]{{2,12}}?)"
                          rf"(?:{_STRONG_ESTATE_KIND}(?:{_ESTATE_PARTS})?|{_ESTATE_KIND}{_ESTATE_PARTS})")
_ESTATE_RIGHT = re.compile(rf"(?P<name>[{_CJK}]{{2,8}}?)"
                           rf"(?:{_STRONG_ESTATE_KIND}(?:{_ESTATE_PARTS})?|{_ESTATE_KIND}{_ESTATE_PARTS})")


_ONE_CHAR_ESTATE = re.compile(rf"[{_CJK}](?:家园|花园|新城|名城|名苑|雅苑|新村|新居|小区|豪庭|名庭|{_ESTATE_KIND})"
                              rf"(?:{_ESTATE_PARTS})?$")
# (what _COMPOUND_RIGHT keeps out: what lies by, belongs to or points at the left compound, its phase or side)
_NOT_OWN_COMPOUND_FRONT = re.compile(r"其|周边|周围|附近|邻近|相邻|紧邻|毗邻|对面|旁边|配套|附属|所属|下属|部分"
                                     r"|该|本|此|各|全|所有|[东南西北中][区苑院]"
                                     r"|第?[\d一二三四五六七八九十]{1,3}期|小区内|园内|院内|内|[东南西北]{1,2}(?:侧|边|面)")


def _estates_pair(left: str, right: str) -> bool:
    """ "A街道B家园小区和C湾二期", "D路E雅园8栋及F小区1期和3期": each side a housing compound named by itself with its
    kind word (小区, 花园, 苑…), the weaker kinds (园, 府, 湾, 城…) only with a phase or building after them: two
    places. (Not the compound's own phase or part, "A小区1期和3期", "A花园8栋及周边"; not a compound named twice,
    "A花园1栋和A花园2栋"; not what lies by it, "A小区及东侧花园".)"""
    a, b = _ESTATE_LEFT.fullmatch(left), _ESTATE_RIGHT.fullmatch(right)
    if not a or not b or _unclosed(left) or _unclosed(right):
        return False
    # (not one character before the kind word: "A花园和瑞家园3栋", "B小区和达新城2期" name 和瑞家园, 和达新城, the 和
    # the first character of the name)
    if _ONE_CHAR_ESTATE.match(right):
        return False
    # (the right side no part, side or pointer of the left one)
    if _NOT_OWN_COMPOUND_FRONT.match(right) or _RELATIVE_PART.match(right) or _NO_NAME_FRONT.match(right):
        return False
    return len(left) >= 5 and len(right) >= 4 and b["name"] not in left and a["name"] not in right


# "甲社区将军路以西、乙河以北范围及丙托管区全域": a bounded area (its bounds' word, closed by 范围 / 区域), then 及 and
# another unit as a whole (its name, then 全域 / 全境): two areas. ("A村及周边全域" names no unit after 及.)
# ("…和本镇全域", "…及该村全域": this town's whole, the notice's own, no unit named)
_WHOLE_UNIT = re.compile(rf"(?!周边|周围|附近|其他|其它|其余|全|本|该|此|各|我|所在|上述)[{_CJK}]{{2,12}}?全(?:域|境)")
_BOUNDED_AREA_LEFT = re.compile(r"(?:以[东南西北]|[东南西北](?:至|到)|之间)[^及和]*(?:范围|区域|片区)$")


# ("县城区14个城市社区(东至A景区,南至B出入口,西至C园,北至D医院)和E镇全域", 四川 autumn 2022: an area with its
# bounds in brackets, then 和 and a town's whole: two areas)
_BRACKETED_BOUNDS_LEFT = re.compile(r"\((?:[东南西北](?:至|到|抵)[^()]{1,30}?[,、;]){1,7}"
                                    r"[东南西北](?:至|到|抵)[^()]{1,30}\)$")


def _area_then_whole_unit(left: str, right: str) -> bool:
    return bool((_BOUNDED_AREA_LEFT.search(left) or _BRACKETED_BOUNDS_LEFT.search(left))
                and _WHOLE_UNIT.fullmatch(right))


# A building or house number closing the place before 和 ("…6号1座", "…3号楼", "…12号"), and an address of
# its own after it, a road, street or lane with its house number ("B巷1号", "C路18号3栋"): two places.
_NUMBERED_END = re.compile(r"(?:\d号|[\d一二三四五六七八九十]号?(?:楼|栋|幢|座))$")
# (or its run of house numbers, the 号 written once: "A村东五街13、15、17号和东四街42、60、62号", two roads' numbers)
_ADDRESS_FRONT = re.compile(rf"[{_CJK}]{{2,10}}?(?:路|街|巷|弄|大道)\d{{1,5}}(?:-\d{{1,5}})?"
                            r"(?:、\d{1,5}(?:-\d{1,5})?)*号")
# A building of a compound, numbered ("29号楼", "3栋", "2号楼1单元"): a place closed by its number.
_BUILDING_END = re.compile(r"[\d一二三四五六七八九十]+号?(?:楼|栋|幢|座)(?:[\d一二三四五六七八九十]+单元)?$")


# (a housing compound's side buildings: not "A医院南楼和门诊大楼", "A学校东楼和行政办公楼", one site's buildings)
_SIDE_BUILDING_END = re.compile(rf"[{_CJK}]{{2,}}?(?:小区|花园|家园|华府|公寓|苑|府|城)"
                                r"[东南西北]{1,2}(?:栋|幢|座|楼)$")
# (an office building by its own name: not the compound's own, "物业办公楼", "小区综合楼", "附属商务楼")
_NAMED_OFFICE_BUILDING = re.compile(r"(?!物业|小区|附属|配套|社区|综合|行政|办公|商业|门诊|住院|急诊|医技|教学|科研"
                                    r"|会所|业主|管理|服务|后勤|市场|公司|厂区|园区|学校|医院|其|该|本|周边|周围|旁边|对面"
                                    r"|[东南西北]侧)"
                                    rf"[{_CJK}]{{2,10}}?(?:商务楼|写字楼|办公楼|综合楼|商务中心|大厦|商厦|大楼)"
                                    r"(?:区域|片区)?")


# "A镇B村和C村", "A乡B村和C村1组、2组所包含的区域": a town's village written whole, then another village, whole or
# with its groups: two places (the town not copied onto the second). (Not "B村和平组", whose 和 is a name's; nor
# "B村和C村交界处", one strip between them; nor villages inside a village, "B行政村C自然村和D自然村".)
_GROUP_NUM = r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})"
_VILLAGE_LEFT = re.compile(rf"(?:[{_CJK}]{{2,8}}?(?:镇|乡|街道))?[^\W\d_村镇乡]{{2,6}}村")
_VILLAGE_RIGHT = re.compile(rf"[^\W\d_村镇乡]{{2,6}}村(?:{_GROUP_NUM}(?:组|队|社)(?:、{_GROUP_NUM}(?:组|队|社))*"
                            rf"(?:{_RUN_AREA})?)?")


def _split_area_then_whole(place: str) -> list[str]:
    """ "A社区(东至B路,…,北至C医院)和D镇全域" as a line of a list: a bounded area, then 和 (及, 以及) and a unit's
    whole, two areas (``_area_then_whole_unit``); a line list keeps its 和 otherwise."""
    for m in re.finditer("和|以及|及", place):
        left, right = place[:m.start()], place[m.end():]
        if not _unclosed(left) and _area_then_whole_unit(left, right):
            return [left, right]
    return [place]


# "3.A路B、中国C银行D分行" (拉萨, autumn 2022): a numbered item naming a place, then after 、 a company's or bank's
# branch by its whole name (four characters or more before 分公司 / 支公司 / 分行 / 支行 / 营业部, none of the first
# piece's in front): two places whatever the count (a branch named short after its bank, "A银行B支行、城西支行",
# goes on with it). (Not a crossing's roads, "A路、B路交叉口C银行营业部", nor a spot by a place, "D广场东侧、E银行
# F支行": the branch at them, one place.)
_WHOLE_BRANCH = re.compile(rf"[{_CJK}]{{4,16}}?(?:分公司|支公司|分行|支行|营业部)")
_AT_SPOT = re.compile(r"交叉口|交汇处|交汇口|交界处|路口|十字")
_SPOT_END = re.compile(r"(?:[东南西北]侧|旁边?|对面|附近|周边|交叉口|交汇处|交汇口|交界处|路口)$")


def _split_place_then_branch(place: str) -> list[str]:
    pieces = _outside_brackets_split(place)
    if len(pieces) != 2:
        return [place]
    left, right = pieces
    if len(left) >= 4 and _WHOLE_BRANCH.fullmatch(right) and right[:2] not in left and not _unclosed(left) \
            and not _WHOLE_BRANCH.search(left) and not _BARE_SUB.match(right) \
            and not _AT_SPOT.search(right) and not _SPOT_END.search(left):
        return [left, right]
    return [place]


def _village_pair(left: str, right: str) -> bool:
    return bool(_VILLAGE_LEFT.fullmatch(left)) and bool(_VILLAGE_RIGHT.fullmatch(right)) \
        and not re.search(r"(?:行政|自然)村$", left) and not right.endswith(("行政村", "自然村"))


# A town or street written whole, nothing after its kind ("A镇和B街道" are two; "A镇和B村交界处" is not matched).
# (a street written as its office, "A街道办事处和B街道办事处" (满洲里, 2020): the street whole all the same)
_WHOLE_TOWN = re.compile(rf"[{_CJK}]{{2,6}}?(?:镇|乡|街道(?:办事处)?)")
# "A镇和B镇全域", "C乡及D街道全境": two whole towns joined by 和 (及), the second written with a word for its whole
# territory (shared, but kept on the item it is written on, as a shared tail is); two places. (Not "A镇和B镇交界处",
# one strip between them: only words for a whole town's land end the right side.)
_TOWN_WHOLE_TAIL = re.compile(rf"[{_CJK}]{{2,6}}?(?:镇|乡|街道)(?:全域|全境|辖区|全部区域|行政区域|所辖区域)(?:内)?")


def _towns_then_whole(left: str, conj: str, right: str) -> bool:
    return conj in ("和", "及") and bool(_WHOLE_TOWN.fullmatch(left)) and bool(_TOWN_WHOLE_TAIL.fullmatch(right))


# A county's or city's urban area as a whole: "主城区", "中心城区", "A县城区".
_URBAN_AREA = re.compile(rf"[{_CJK}]{{0,6}}?(?:主城区|中心城区|老城区|城区)")


# Houses described rather than named ("环绕A小区的街道内圈的居民房"): a whole place on the left of 以及.
_HOUSES_END = re.compile(r"(?:居民房|民房|住房|房屋|自建房|居民楼|住宅楼|住户|居民户|商铺|门面房?)$")


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
                          r"|(?:[东南西北](?:至|到)|以[东南西北]|之间)[^和]*(?:合围|围合|围成|所围(?![合成]))?的?(?:区域|范围|片区|地块)$")
_NAMED_RIGHT = re.compile(rf"[{_CJK}]{{2,10}}?(?:村|小区|社区|花园|家园|公寓|大厦|新村|苑|宿舍|家属院)"
                          r"(?:[\d、\-—~]+(?:号楼|号院|号|栋|幢|座|组)|[一二三四五六七八九十]{1,3}组|\([^()]+\))?$")


# "东至A路、…、南至D路合围区域以及B小区", "北至C厂、…、西至D河沿河道路合围区域及E路53号以南周边住宅": an area
# closed by its bounds' word (合围区域, 围合范围…), then 及 (以及, 和, 与) and a place of its own: two places,
# whatever the right side ends with (the bounds end the area; not "…合围区域及其周边", "…合围区域及周边").
_ENCLOSED_AREA_END = re.compile(r"(?:合围|围合|围成|所围(?![合成]))的?(?:区域|范围|片区|地块)$")
_BOUNDS_IN = re.compile(r"[东南西北](?:至|到|抵)|以[东南西北]")
# ("…合围区域以及区域内商户": what lies inside the area (区域内, 范围内, 区内) is the area's, no place of its own)
_NOT_OWN_PLACE = re.compile(r"(?:其|周边|周围|四周|附近|邻近|相邻|毗邻|沿线|沿街|所在|以内|内部|内的|该|此|上述|以上"
                            r"|(?:区域|范围|片区|地块|区)?内)")


# "A路以东、…、D路以北(除E站)区域": an area written as its bounds, closed by its word (and the exception before it)
_BOUNDED_AREA_END = re.compile(r"以[东南西北]{1,2}(?:\([^()]*\))?的?(?:区域|范围|片区|地块)$")


# ("A社区B街以北片区(含C商业街)以及D陈列馆" (南昌, summer 2022): the area's note of what it takes in, after its word)
_INCLUDED_NOTE_END = re.compile(r"\((?:含|包含|包括)[^()]{1,30}\)$")


def _area_then_place(left: str, right: str) -> bool:
    # (bounds with bare sides too, "A街南、B路所围区域及C小区" in a list (rv66a))
    left = _INCLUDED_NOTE_END.sub("", left)
    return bool((_ENCLOSED_AREA_END.search(left) or _BOUNDED_AREA_END.search(left))
                and (_BOUNDS_IN.search(left) or _BARE_SIDES_RUNS.fullmatch(left)) and not _unclosed(left)
                and len(right) >= 3 and re.match(rf"[{_CJK}]", right) and not _NOT_OWN_PLACE.match(right))


# "A社区B店旁C巷与D路合围以及E街道F商贸城区域" (贵州, autumn 2022): an area written as the roads that enclose it
# (joined by 与, 和 or 、), closed by 合围 (围合, 围成) with or without its area word, then 以及 (及, 和) and a place
# written with its own street or town: two places. (Not "A巷与B路合围以及周边": no place of its own after it; not
# "A路与B路交叉口及C街道": no enclosure.)
_ROADS_ENCLOSED_END = re.compile(rf"[{_CJK}\d]{{2,}}?(?:与|和|、)[^、,;。与和]{{2,30}}?"
                                 rf"(?:合围|围合|围成|所围(?![合成]))"
                                 r"(?:的?(?:区域|范围|片区|地块))?$")
_OWN_TOWN_FRONT = re.compile(rf"[{_CJK}]{{2,8}}?(?:街道|镇|乡)(?=[{_CJK}A-Za-z\d]{{2}})")


def _roads_enclosed_then_town_place(left: str, right: str) -> bool:
    return bool(_ROADS_ENCLOSED_END.search(left) and not _unclosed(left) and _OWN_TOWN_FRONT.match(right)
                and not _NOT_OWN_PLACE.match(right))


def _enclosed_and(item: str) -> list[str]:
    """ "A合围区域及B": the bounded area and the place after it (``_area_then_place``), split once per area."""
    for m in _COUNTED_AND.finditer(item):
        left, right = item[:m.start()], item[m.end():]
        if _area_then_place(left, right):
            return [left, *_enclosed_and(right)]
    return [item]


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
_SHOP_END = re.compile(r"(?:饭店|餐厅|餐馆|超市|商店|药店|药房|门店|酒楼|旅馆|浴池|店"
                       # "A村和B小学", "C村和C幼儿园": schools and kindergartens close a name as well
                       r"|小学|中学|幼儿园|学校)$")
# Words 和 starts ("和平", "和谐"…): "A社区和平小区" may be one place; a short right side is not split there.
_HE_WORD = re.compile(r"和(?:平|谐|睦|美|顺|兴|悦|煦|润|盛|鸣|风|园|苑|居|家|乐|畅|泰|嘉|光|义|安)")


# "A街道B村和尚坡自然村" (a natural village, 自然村, or a villagers' group, 村民小组, named bare after an administrative
# village): the part of the village the list names, the 和 the first character of its name (和尚坡, 和家湾); one
# place. (A natural village of another village would be written with its own village: "B村和C村D自然村" are two.)
_VILLAGE_PART_AFTER = re.compile(r"[^\W\d_村镇乡街区]{1,6}(?:自然村|村民小组)")


def _village_then_its_part(left: str, right: str) -> bool:
    # (only where 和 and what follows start a name as 和 does, "和尚坡", "和平", "和家湾": not "A村和张家湾自然村",
    # a village and a natural village named apart (rv45))
    return bool(re.search(r"[^\W\d_]{2}村$", left)) and not re.search(r"(?:自然|行政)村$", left) \
        and bool(_VILLAGE_PART_AFTER.fullmatch(right)) and bool(_HE_NAME_START.match("和" + right))


_HE_NAME_START = re.compile(rf"和尚|{_HE_WORD.pattern}")


def _named_pair(left: str, right: str) -> bool:
    """ "A街道朝阳社区和何庄社区", "A酒店(火车站店)和晓辉饭店(朝阳路店)": both sides are whole named places
    (four characters at least, ending as a place does; a bracketed note after it allowed); also two compounds'
    buildings ("A小区56幢1单元和B小区4幢1单元")."""
    if _village_then_its_part(left, right):
        return False
    if _buildings_of_two(left, right):
        return True
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
                         # (屯, a hamlet of the north-east, closes a village's name as 村 does: "A社区B屯和C社区D屯")
                         r"|[^\d一二三四五六七八九十][村屯])$")


# What a full place name ends with: "…社区", "…小区", "…村", "…12号楼", "…(1号楼除外)".
# ("航华四村一二街坊", "曹杨一村三街坊": 街坊, a block of a 上海 estate, as "里" is a lane's compound; "X坊" a
# compound too)
# ("砂塘村4组罗家冲院子" (邵阳, 2022): a hamlet's courtyard (院子), 湖南's and 四川's, named by its family or place;
# not one's own yard: "不出院子", "自家院子", "在院子")
_PLACE_END = re.compile(r"(?:小区|社区|花园|家园|公寓|宿舍|大厦|广场|村|苑|园|庭|府|城|里|院|湾|居|坊"
                        r"|(?<=[^\W\d_]{2})(?<![出进在的回本])(?<!自家|我家|各家|农家)院子"
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
# ("疏附县除高风险地区外的其他乡镇": the rest of a county's towns (乡镇, 镇街, 街道) is the county's rest)
_BLANKET = re.compile(r"(?:其他|其它|其余)(?:区域|地区|地域|行政村|村|乡镇|镇街|街道)"
                      r"|^全(?:市|区|县|省)(?:其他|除)|全省"
                      # "解除所有疫情防控临时管控区", "解除全区全部临时管控区": every area of a level, no place
                      r"|^(?:全(?:市|区|县|旗))?(?:所有|全部)的?(?:疫情防控)?(?:临时)?(?:封控|管控|防范|[高中低]风险)"
                      r"(?:区域|地区|区)$"
                      # "将全部中风险区调整为低风险区" (邵阳, 2022): every area of the level it leaves, the level
                      # taken off as the old one, "全部" (所有) alone left, no place
                      r"|^(?:全(?:市|区|县|旗))?(?:所有|全部)$"
                      # "解除A区疫情防控风险区域管控": the risk areas of no level named, every one the district has
                      r"|^(?:疫情防控|疫情)?风险(?:区域|地区)$"
                      # (the divisions before 除 split at their 、 only: a free split of a long list is exponential)
                      r"|^(?=[^除]*除)(?:[^除、]*?(?:区|县|市|旗|乡|镇|街道)、)*[^除]*?(?:区|县|市|旗|乡|镇|街道)?"
                      r"除(?:上述|以上|已划定)[^()]*(?:以外|之外|外)的?(?:其他|其它|其余|所有|全部)?(?:区域|地区|点位)$"
                      r"|^[^至以]*除(?:已划定的)?[高中低][^至]{0,12}(?:以外|之外|外)的?(?:区域|地区)$"
                      # "新建区(除封控区、管控区以外)区域": the rest of the district, its exception in brackets
                      # (not a compound's: "A小区(除8A、8B栋外)区域" is a place, the estate but two buildings)
                      r"|^[^()除]{0,12}(?:(?<![小社片园厂校营宅活公景])区|县|市|旗)\(除[^()]*(?:以外|之外|外)\)的?(?:其他|其它|其余)?(?:区域|地区|范围)$"
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
                      rf"(?:全域|全境|区域|地区)(?:范围)?内?$"
                      # "低风险区:博乐市除高中风险区外均为低风险" (the district taken off in front): the state of the
                      # district's rest told under the level's label, a sentence, no place
                      r"|^除[^()除至]{1,20}?(?:以外|之外|外)的?(?:其他|其它|其余)?(?:区域|地区)?(?:均|都|全部|全都|一律)?"
                      r"为(?:[高中低]风险|封控|管控|防范)(?:区域|地区|区)?$")


# ---------------------------------------------------------------------------------------------------
# metadata


# "云南省安宁市人民政府11日发布公告称,…" (a report): a division's government announcing, when no prevention
# office is named, issues the notice.
_GOVERNMENT_ANNOUNCING = re.compile(rf"(?P<org>[{_CJK}]{{2,20}}?(?:市|区|县|旗)人民政府)(?:\d{{1,2}}日|今日|今天|日前)?"
                                    r"(?:发布|发出)(?:公告|通告)")


def _sibling_of(district: str, short: str) -> bool:
    """Whether the city of a known district has a two-character district named ``short`` ("盂县", "郊区")."""
    return any(district in names and (city, short) in _city_short_districts()
               for city, names in _districts_of_cities().items() if city)


@functools.cache
def _districts_of_cities() -> dict[str, frozenset[str]]:
    """The known districts of each city of divisions.tsv ("" for the municipalities' own)."""
    found: dict[str, set[str]] = {}
    for line in (_DIVISIONS_FILE).read_text(encoding="utf-8").splitlines():
        city, _, district = line.partition("\t")
        found.setdefault(city, set()).add(district)
    return {city: frozenset(names) for city, names in found.items()}




# "虹口区广中路街道广中支路26号(8月17日已发布)": when an item was first published, no part of the place.
_PUBLISHED_NOTE = re.compile(r"\((?:(?:\d{4}年)?\d{1,2}月\d{1,2}日[^()]{0,8}?)?已(?:发布|公布|公告|通报|划定)\)$"
                             # "A小区(管控时间:10月19日)", "(封控日期:10月19日起)", "(10月19日起管控)": when the
                             # control began (a bare "(2月21日)" stays: a list may name places by it)
                             r"|\([\u4e00-\u9fff]{0,4}(?:时间|日期):?自?(?:\d{4}年)?\d{1,2}月\d{1,2}日[^()]{0,12}\)$"
                             # ("(从11月27日起算)": the day its days are counted from)
                             r"|\((?:自|从)?(?:\d{4}年)?\d{1,2}月\d{1,2}日[^()]{0,8}?起[^()]{0,6}\)$"
                             # "A镇(9月23日调整)", "(9月23日新增)": a roundup's day the item was changed on
                             r"|\((?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}时)?(?:调整|新增|升级|降级|扩大|更新|划定)\)$"
                             # "南园小区全域(新增)": the item is new in this notice, no part of the place
                             # ("A社区(新)": the same marker written short; one convention, dropped as 新增 is)
                             r"|[(【](?:本次|今日|当日)?新(?:增|划定|划入|纳入)?[)】]$"
                             # "A路以北…合围区域(原中风险地区作相应调整)": what becomes of the earlier area
                             r"|\(原[^()]{0,10}?(?:风险|封控|管控|防范)[^()]{0,10}?(?:调整|取消|撤销|解除)\)$"
                             # "A街道全域(调整原A街道B小区为A街道全域)": what the item replaces, a note of the change
                             r"|\(调整原[^()]{1,40}?为[^()]{1,40}\)$"
                             # "A村(已调整为中风险地区)", "(现已降为管控区)", "(已解封)": a later change the copy
                             # notes after the item (the item keeps the level it is listed under)
                             # ("(已于11月30日调整为低风险区)", "(11月30日已调为管控区)": the day it changed)
                             r"|\((?:(?:\d{4}年)?\d{1,2}月\d{1,2}日)?(?:现|目前|当前)?已经?"
                             r"(?:于(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}时)?起?)?"
                             r"(?:调整|下调|上调|调降|调升|调|降级?|升级?|转|改|变更)为"
                             r"[^()]{0,8}?(?:风险|封控|管控|防范)[^()]{0,4}\)$"
                             r"|\((?:现|目前|当前)?已经?(?:解除|解封|撤销)[^()]{0,8}\)$")

# "A饭店(阳性病例涉疫场所)", "B小区(确诊病例居住地)": why the place is listed, no part of it.
_CASE_NOTE = re.compile(r"\([^()]{0,12}(?:病例|感染者|阳性|涉疫)[^()]{0,12}\)$")


def _one_comma_list(text: str) -> bool:
    """Whether a section's text is one line of pieces between commas (not lines or ";"-groups of labels)."""
    text = text.strip()
    return "," in text and "\n" not in text and ";" not in text


def _split_whole_and(place: str) -> list[str]:
    """ "虎狼城村及中川街道", "A小区和B村": 及 (以及, 和, 与) between two whole places, outside brackets (not
    "A村及周边", whose right side is no place, also with its bounds in brackets, "A酒店及周边(东至B路,…)");
    only taken where the counts the notice states call for it."""
    for m in _COUNTED_AND.finditer(place):
        left, right = place[:m.start()], place[m.end():]
        if not _unclosed(left) and _complete_place(left) and len(left) >= 3 and re.match(rf"[{_CJK}]", right) \
                and not _NOT_OWN_PLACE.match(right):
            rest = _split_whole_and(right)
            if _complete_place(rest[0]) and len(rest[0]) >= 3:
                return [left, *rest]
    return [place]


def _split_final_and(places: list[str]) -> list[str]:
    """ "划定高风险区3个,即A镇B货场、C路D餐厅和E路F大巴扎" (a report's wording): the written language's
    "A、B和C" joins the last two places of a 、 list with 和, whatever the right side ends with (a market, a shop:
    no kind word to tell it is a place); only the list's last piece, outside brackets, and only where the counts
    the notice states call for it (not 及: "A店及相邻门店" is one place with what lies by it)."""
    if not places:
        return places
    last = places[-1]  # ("高风险区2个,即A和B": a list of two, no 、)
    for m in re.finditer("和", last):
        left, right = last[:m.start()], last[m.end():]
        # ("高风险区4个,A、B、C村13组和18组": a village's two groups, the second bare, counted as two places)
        bare = _BARE_SUB.match(right) is not None and _SUB_END.match(left) is not None
        if len(left) >= 3 and (len(right) >= 3 or bare) and not _unclosed(left) \
                and (re.match(rf"[{_CJK}]", right) or bare) and not _HE_WORD.match(last, m.start()) \
                and not _KIND_AND_NUMBERS.match(right):  # ("A、金和路1号": the 和 is the road's name's)
            return [*places[:-1], left, right]
    return places


# A numbered building ("22栋", "9幢", "3号楼", "5座") or unit ("2单元") then a name's first character: where
# a run-on list's next place starts (not "1栋2单元", "3号楼底商": parts of the same building; nor "1栋及2栋").
_RUN_ON_BUILDING = re.compile(rf"(?:(?<=\d栋)|(?<=\d幢)|(?<=\d座)|(?<=\d号楼)|(?<=\d单元))"
                              rf"(?=[{_CJK}A-Za-z])(?![单元层楼号室户之附及和与至到、底商门前后内外东西南北侧旁])"
                              # ("5号楼一单元": the unit numbered in Chinese numerals, a part of the same building)
                              rf"(?![{_CN_NUM}]{{1,3}}(?:单元|层|室|户))"
                              # ("A街11号5号楼B座": the building's wing by its letter, a part of the same building)
                              r"(?![A-Za-z]{1,2}(?:座|单元|栋|幢))")


# "花果园一期1栋、2栋" under "高风险区(10个)" that reads 9 without the split: a compound's building, then another
# building of it by its number alone; as written, the 、 joins one place ("B苑1栋、2栋"), but the count the heading
# states may say each building is one (the second kept as listed, "2栋", as "A村13组、18组" gives "18组").
_COUNTED_BUILDING = re.compile(r"[\dA-Z]{1,4}(?:栋|幢|座|号楼|单元)")


# The same of a village's groups: "A镇B村4队、9队" under "高风险区(2个)" (队, 组, 社 by number, Arabic or Chinese):
# the count says each group is an area of its own, the second kept as listed ("9队").
_BARE_GROUP = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:组|队|社)")
_GROUP_END = re.compile(rf"[{_CJK}](?:村|屯|庄|寨|社区)(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}})(?:组|队|社)$")


def _split_bare_buildings(place: str) -> list[str]:
    pieces = place.split("、")  # (a 、 inside a numeral run, which _top_level_seps passes over)
    if "(" in place or len(pieces) < 2 or len(pieces[0]) < 4:
        return [place]
    if _GROUP_END.search(pieces[0]) and all(_BARE_GROUP.fullmatch(q) for q in pieces[1:]):
        return pieces
    if not re.search(r"[\dA-Z](?:栋|幢|座|号楼|单元)$", pieces[0]) \
            or not all(_COUNTED_BUILDING.fullmatch(q) for q in pieces[1:]):
        return [place]
    return pieces


def _split_groups_and(place: str) -> list[str]:
    """ "A、B,C村13组和18组,D" under "高风险区5个": a village's (community's) numbered group, then 和 and another group
    by its number alone, anywhere in the list (``_split_final_and`` takes the last piece only); as written one place
    ("C村13组和18组"), two where the counts the notice states call for it (the second kept as listed, "18组")."""
    left, sep, right = place.partition("和")
    if sep and "和" not in right and _GROUP_END.search(left) and _BARE_GROUP.fullmatch(right):
        return [left, right]
    return [place]


def _split_run_on_buildings(place: str) -> list[str]:
    cuts = [m.start() for m in _RUN_ON_BUILDING.finditer(place) if not _unclosed(place[:m.start()])]
    return [place[a:b] for a, b in zip([0, *cuts], [*cuts, len(place)], strict=True)]


# A web table flattened as stored, its rows run together with no separator: "A小区(一期、二期)B村C小区D小区…",
# "A社区B小区1号楼C社区D小区2号楼…" (or with the row numbers run in: "1A街道B小区2A街道C小区…"). Read so only on the
# evidence of one place holding at least three rows: each cut falls after a complete place's end (a numbered
# building, 小区 or a closed bracket) before a name, and each row so cut ends with a place's word.
_FLAT_PART_AFTER = r"单元层楼栋幢座号室户之附及和与至到、底商门前后内外侧旁边周的等以除全所期区"
_FLAT_CUT = re.compile(rf"(?:(?<=[\dA-Z]号楼)|(?<=[\dA-Z][栋幢座])|(?<=小区)|(?<=[)]))"
                       rf"(?=[{_CJK}])(?![{_FLAT_PART_AFTER}])(?![{_CN_NUM}]{{1,3}}(?:期|单元|层|室|户|号|栋|楼))"
                       r"(?![东西南北中][侧边面门区部首头端楼角])")
_FLAT_ROW_END = re.compile(r"(?:号楼|[\dA-Z][栋幢座]|小区|社区|村|花园|家园|公寓|苑|园|城|大厦|广场|写字楼|住房"
                           r"|[路街巷]|段|街道|\))$")
# a row number run in before the row's first division ("…1号楼2A街道B小区"): cut only where the numbers run on
_FLAT_ROW_NUMBER = re.compile(rf"(?<![\dA-Za-z])\d{{1,3}}(?![号栋幢座楼层室户期单元组队排弄巷里区])"
                              rf"(?=[{_CJK}]{{2,8}}?(?:街道|镇|乡|社区|村))")
# inside a row so cut, a row whose last column was no compound ("…131号同一排住房A社区B小区1号楼", "…西段C社区…",
# "…三条街道D街道…"): the next row's community, village or street after a place's word (not after a bare
# division, "A街道B社区" being one place)
_FLAT_INNER_CUT = re.compile(rf"(?:(?<=[房段])|(?<=街道))(?=[{_CJK}]{{2,5}}?(?:社区|村|街道))")
_BARE_DIVISION = re.compile(rf"(?:[{_CJK}]{{2,6}}?(?:街道|镇|乡|社区|村)){{1,3}}")


def _open_at(place: str) -> list[bool]:
    """Whether each position of the place lies inside brackets (once, not per cut: a flattened list can be long)."""
    inside, depth = [], 0
    for ch in place:
        inside.append(depth > 0)
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
    inside.append(depth > 0)
    return inside


def _row_numbers(place: str, inside: list[bool]) -> list[re.Match[str]]:
    """The longest run of row numbers counting on by one, in order (others may stand between)."""
    found = [m for m in _FLAT_ROW_NUMBER.finditer(place) if not inside[m.start()]]
    chain: dict[int, list[re.Match[str]]] = {}  # the longest run found so far ending at each number
    best: list[re.Match[str]] = []
    for m in found:
        value = int(m.group())
        run = [*chain.get(value - 1, []), m]
        if len(run) > len(chain.get(value, [])):
            chain[value] = run
        if len(run) > len(best):
            best = run
    return best if len(best) >= 2 else []


# "观音山街道A小区8幢新城桥街道B路6号狼山镇街道C府1幢" (南通, late 2022): places each opened by its street (town,
# township) and closed by a numbered building or house, run together with no separator; cut before each division that
# follows such a number. (Only where every row opens with a division of the same kind and closes with the number: "A
# 街道B路8号江南古镇3幢", the next row no street, stays one place.)
# ("狼山镇街道": a street named after the town it was, its kind 街道)
# (not a place named after a town, "江南古镇小区3幢", "碧桂园小镇", "江南水乡花园")
_LED_DIVISION = rf"[{_CJK}]{{2,5}}?(?P<kind>街道|(?<![古小])镇(?!街道)|(?<!水)乡(?!街道))(?=[{_CJK}])"
_LED_ROW_END = r"[\dA-Z](?:号楼|号院|号|栋|幢|座)"
_LED_CUT = re.compile(rf"(?:(?<=[\dA-Z]号楼)|(?<=[\dA-Z]号院)|(?<=[\dA-Z][号栋幢座]))"
                      # (not a conjunction, "A镇B小区9栋和C镇D小区24栋": split there as written; nor 号 before 楼, 院)
                      rf"(?![和及与或楼院])(?={_LED_DIVISION})")
_LED_ROW = re.compile(rf"{_LED_DIVISION}[^、,;()]{{2,40}}?{_LED_ROW_END}")
# ("朝阳街道建设路5号朝阳街道卫生院1幢", "A路1号院东城街道办事处家属楼3号楼": the division's own office, school or
# clinic after the house number, named by the division, is the building at that address, no new row)
_LED_DIVISION_OWN = re.compile(rf"{_LED_DIVISION}(?:办事处|办|人民政府|政府|卫生院|中心卫生院"
                               r"|社区卫生服务中心|卫生服务中心|卫生所|医院|中心小学|中心学校|中心校|中学|小学|学校|幼儿园|派出所|敬老院|养老院|福利院"
                               r"|居委会|村委会|财政所|文化站|供电所|粮站|邮政|市场|农贸市场|菜市场|综合|机关)")


def _split_division_led(place: str) -> list[str] | None:
    """The rows of places each led by its division and run together, else None."""
    cuts = [m.start() for m in _LED_CUT.finditer(place)]
    if not cuts:
        return None
    bounds = [0, *cuts, len(place)]
    rows = [place[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    matched = [_LED_ROW.fullmatch(row) for row in rows]
    if not all(matched) or len({m["kind"] for m in matched if m}) != 1 \
            or any(_LED_DIVISION_OWN.match(row) for row in rows[1:]):
        return None
    return rows


def _split_flattened(place: str) -> list[str]:
    """The rows of a flattened table run together in one place, else the place alone."""
    if re.search(r"[,;]", re.sub(r"\([^()]*\)", "", place)):
        return [place]  # (a place with its own commas is read as written)
    if (led := _split_division_led(place)) is not None:
        return led
    if len(place) < 24:
        return [place]
    inside = _open_at(place)
    numbers = _row_numbers(place, inside)
    if numbers:
        head = place[:numbers[0].start()]
        leading = re.match(rf"{int(numbers[0].group()) - 1}(?=[{_CJK}])", head) if int(numbers[0].group()) > 1 else None
        rows = [head[leading.end():] if leading else head] if head else []
        for m, nxt in zip(numbers, [*numbers[1:], None], strict=True):
            rows.append(place[m.end():nxt.start() if nxt else len(place)])
        rows = [r for r in rows if r]
        if len(rows) >= 3 and all(_row_ends(r, 0, len(r)) for r in rows):
            return rows
    cuts = [m.start() for m in _FLAT_CUT.finditer(place) if not inside[m.start()]]
    # a cut after a piece that does not end as a place goes (the piece runs on into the next)
    kept: list[int] = []
    for at in cuts:
        start = kept[-1] if kept else 0
        if at - start >= 2 and _row_ends(place, start, at):
            kept.append(at)
    if len(kept) < 2 or not all(_row_ends(place, a, b) for a, b in zip([0, *kept], [*kept, len(place)], strict=True)):
        return _split_named_run(place, inside)
    bounds = [0, *kept, len(place)]
    out: list[str] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        starts = [a]
        for m in _FLAT_INNER_CUT.finditer(place, a, b):
            left = place[starts[-1]:m.start()]
            if len(left) >= 4 and not inside[m.start()] \
                    and not (len(left) <= 24 and _BARE_DIVISION.fullmatch(left)):
                starts.append(m.start())
        out.extend(place[x:y] for x, y in zip(starts, [*starts[1:], b], strict=True))
    return out


# "1、将A区B小区2栋2、3单元C幼儿园D街道E社区F村G足疗馆H招待所划定为高风险区" (江西, summer 2022): a copy that lost
# the separators (line breaks) between places of every kind, estates, shops, markets, run together in one long
# place. Read so only on long evidence (at least 30 characters, four rows): each cut falls after a word that ends a
# named place (a unit, a village, a shop, a hotel, a market, a closed bracket) before the next name (not before
# what says where it lies: "A超市对面的B店", "C村委会", "D馆内"), each row at least four characters and every row,
# the last too, ends as a place. (A row whose name ends otherwise, "E烟酒", stays with the next.)
_NAMED_END = (r"(?:单元|[\dA-Z][栋幢座]|号楼|小区|村|幼儿园|学校|小学|中学|医院|诊所|药店|药房|宾馆|酒店|饭店|旅馆"
              r"|招待所|超市|商店|店|足疗馆|[^\W\d_]馆|市场|菜场|经营部|\)"
              # ("A蔬菜", "B水果": a stall named by its goods; not "C蔬菜批发市场", "D水果店", one place)
              r"|(?:蔬菜|水果|生鲜|粮油)(?!批发|市场|基地|大棚|种植|[店铺摊行部]|超市|公司|合作社))")
_NAMED_CUT = re.compile(rf"{_NAMED_END}(?=[{_CJK}])"
                        rf"(?![{_FLAT_PART_AFTER}面委民])(?![{_CN_NUM}]{{1,3}}(?:期|单元|层|室|户|号|栋|楼))"
                        # ("A村南片区": a part of the village; "B市场西门外": its gate; but "C市场西门菜场", a
                        # name that starts with a gate's direction, is the next place)
                        rf"(?!对面|隔壁|楼下|楼上|附近|周边|周围|旁边|[东西南北中](?:[侧边面区部首头端楼角片]"
                        rf"|门(?![{_CJK}]{{2}})|门[外内口旁处前]))")
_NAMED_ROW_END = re.compile(rf"{_NAMED_END}$")
_SHORT_BUILDING = re.compile(r"\d{1,3}(?:栋|幢|座|号楼)")


def _split_named_run(place: str, inside: list[bool], min_rows: int = 4) -> list[str]:
    # (a 、 outside brackets only between numbers, "2栋2、3单元": "A行政村B自然村、A行政村C自然村" is a list
    # read at its 、, its villages and hamlets no run of places)
    # (nor a place whose parts were joined already, its private joining marks in it)
    if len(place) < 30 or re.search("[\ue000-\uf8ff]", place) \
            or any(not inside[m.start()] for m in re.finditer(r"、(?!\d)", place)):
        return [place]
    cuts = [m.end() for m in _NAMED_CUT.finditer(place) if not inside[m.end()]]
    if len(cuts) < min_rows - 1:
        return [place]
    kept: list[int] = []
    for at, nxt in zip(cuts, [*cuts[1:], len(place)], strict=True):
        # (a cut whose next piece is too short to be a place, "北苑招待所", is no cut: "招待所" goes with its estate)
        # ("16栋A宾馆": a bare building first is the end of the list before it, a row of its own)
        start = kept[-1] if kept else 0
        if (at - start >= 4 or _SHORT_BUILDING.fullmatch(place, start, at)) and nxt - at >= 4:
            kept.append(at)
    bounds = [0, *kept, len(place)]
    rows = [place[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    if len(rows) < min_rows or not all((len(r) >= 4 or _SHORT_BUILDING.fullmatch(r))
                                and (_NAMED_ROW_END.search(r) or _FLAT_ROW_END.search(r)) for r in rows):
        return [place]
    return rows


def _row_ends(place: str, start: int, end: int) -> bool:
    """Whether place[start:end] ends as a place (its last few characters read only: a list can be long)."""
    return bool(_FLAT_ROW_END.search(place[max(start, end - 4):end]))


# "高风险区(2个):A乡B村C组D区域A乡B村E组F区域": a copy that lost the separators between places that each start
# with the same town (street, village): each time the first place's opening unit is written again, outside
# brackets, a place starts (read so only when the count says so).
_OPENING_UNIT = re.compile(rf"[{_CJK}]{{1,8}}?(?:街道|镇|乡|社区|村)")


def _split_run_on_repeats(place: str) -> list[str]:
    opening = _OPENING_UNIT.match(place)
    if opening is None:
        return [place]
    unit = opening.group()
    cuts: list[int] = []
    at = place.find(unit, opening.end())
    while at >= 0:
        if at - (cuts[-1] if cuts else 0) > len(unit) + 1 and not _unclosed(place[:at]):
            cuts.append(at)
        at = place.find(unit, at + len(unit))
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
                           r"(?:开发区|园区)|经开区|高新区"
                           # ("保税区A公寓12号楼" under 滨海新区: a bonded or free-trade zone by its kind alone)
                           r"|(?:综合)?保税(?:港)?区|综保区|出口加工区|自贸区")
# A development zone by its name and kind, nothing after: "十堰经济技术开发区", "A高新区".
_NAMED_ZONE = re.compile(rf"[{_CJK}]{{2,4}}?(?:{_GENERIC_ZONE.pattern})")
# A development zone by its name in front of a place: "A旅游经济开发区B小区", "C高新区D大厦" (not a park, 园区; nor a
# zone written with its city and 市, "无锡市国家高新技术产业开发区新锦路2号", which the corpus keeps whole).
_FRONT_NAMED_ZONE = re.compile(rf"(?:(?!市)[{_CJK}]){{2,4}}?(?:旅游)?(?:国家级?)?"
                               r"(?:经济技术|经济|高新技术产业|高新技术|高新|技术)?(?:产业)?开发区"
                               rf"|(?:(?!市)[{_CJK}]){{2,4}}?(?:经开区|高新区)")
# A development zone (named or by its kind) and, in brackets, the known district it is run as: "高新技术产业开发区
# (新市区)", "乌鲁木齐市经济技术开发区(头屯河区)" (the city in front, with its 市, kept apart).
_ZONE_OF_DISTRICT = re.compile(rf"(?P<city>[{_CJK}]{{2,4}}市)?(?P<z>(?:[{_CJK}]{{2,4}}?)?(?:{_GENERIC_ZONE.pattern})"
                               rf"\((?P<d>[{_CJK}]{{2,6}}(?:区|县|市|旗))\))")


# "兰州团结新村街道A号", "兰州市B镇C村": a prefecture city (with or without 市) written before a street or
# town of its own is no part of the place; the street's name must be a name ("西安路街道", "大连湾街道" keep
# the city, which is part of the road's or the bay's name).
_CITY_FRONT_SUB = re.compile(rf"[{_CJK}]{{2,8}}?(?:街道|镇|乡)(?!办)(?=.)")


def _without_front_city(place: str, text: str) -> str | None:
    cities = _divisions()[1]
    for length in (4, 3, 2):
        city, rest = place[:length], place[length:]
        if city not in cities and f"{city}市" not in _MUNICIPALITY_NAMES:  # (and "上海市A镇": a municipality)
            continue
        if f"{city}市" in _divisions()[0]:
            return None  # a county-level city ("古交") is a district, _front_district reads it
        if rest.startswith("市"):
            rest = rest[1:]
            # ("扬州市A河以西、B路以南、C路以东、D路以北合围区域": the city with its 市 before a bounded area, its first
            # bound a road's or river's; not "A市场以西…", nor a road named after the city, "扬州路以东…")
            if not re.match(r"[场区县镇乡路街道巷里湾大]|[东西南北中]路", rest) and _BOUND_RUN.fullmatch(rest) \
                    and re.match(r"[^,、;。\n()]{1,30}?以(?:[东西][南北]?|[南北])、", rest):
                return rest
        elif f"{city}市" not in text:
            return None  # "南阳新村街道" in a notice of 郑州: without 市 only the notice's own city is one
        if re.match(r"[路街道巷里湾大]|[东西南北中]路", rest) or not _CITY_FRONT_SUB.match(rest) \
                or _known_front(rest):
            return None
        return rest
    return None


# "第七师123团A小区", "兵团第二师二十一团B社区": a division of the production and construction corps (a prefecture, as a
# city is) written before its regiment (a town-level unit) is no part of the place; the regiment stays.
_CORPS_DIVISION_FRONT = re.compile(r"^(?:新疆生产建设兵团|兵团)?第[一二三四五六七八九十\d]{1,3}师"
                                   r"(?=[一二三四五六七八九十百零〇\d]{1,4}团.)")


# "吉林省白城市A学院校园", "江西南昌市B医院": a province (with or without 省) and one of its prefecture cities, with
# 市, written before a place (a report names where it is) are no part of it; a district after them is read as the
# district ("江西省吉安市永丰县A村"), a county-level city ("吉林省梅河口市") is one.
_PROVINCE_CITY_FRONT = re.compile(rf"^{_PROVINCE}(?:壮族自治区|回族自治区|维吾尔自治区)?"
                                  rf"(?P<city>[{_CJK}]{{2,4}}?)市(?=[^\W\d_]{{2}})")


def _province_city_rest(place: str) -> str | None:
    """What follows a province and its prefecture city in front of a place, None when it is something else."""
    m = _PROVINCE_CITY_FRONT.match(place)
    if not m or m["city"] not in _divisions()[1] or f"{m['city']}市" in _divisions()[0]:
        return None
    return place[m.end():]


def _without_province_city(place: str) -> str:
    rest = _province_city_rest(place)
    return place if rest is None or _front_district(rest) or _whole_division(rest) else rest


# "关于调整A区、B新区部分风险地区风险等级的公告" over "…的是宜宾B新区“C”一期" (宜宾, autumn 2022, a report): a new area
# (新区) written with its prefecture city's short name in front ("宜宾三江新区", as its full name has it) that the
# notice also names bare, in its title or elsewhere, is the district as the notice names it ("三江新区"); a notice
# that names it only with its city keeps it so ("大连金普新区", "成都东部新区"). Not "高新区", a zone of the city.
_CITY_SHORT_NEW_AREA = re.compile(rf"(?P<city>[{_CJK}]{{2,3}}?)(?P<d>(?!高新)[{_CJK}]{{2,4}}新区)")


def _new_areas_named_bare(changes: list[dict[str, Any]], text: str) -> None:
    for change in changes:
        m = _CITY_SHORT_NEW_AREA.fullmatch(change["district"] or "")
        if m and m["city"] in _divisions()[1] and m["city"] + "市" not in _divisions()[0] \
                and re.search(rf"(?<!{m['city']})(?<!{m['city']}市){m['d']}", text):
            change["district"] = m["d"]


def _city_fronts(changes: list[dict[str, Any]], text: str) -> None:
    for change in changes:
        places = [_without_province_city(_CORPS_DIVISION_FRONT.sub("", place)) for place in change["places"]]
        change["places"] = [_without_front_city(place, text) or place for place in places]


# "解除以下片区临时静态管理:1.A区行政区域(中风险区除外) 2.B区行政区域" (海南, 2022): a district's silent (static)
# management set or lifted over the area it governs but for its areas of a level, which keep theirs: the district's
# area is a place (as a whole district silenced is, "田东县"), not the blanket rest of a district a level list ends
# with ("A区除高风险区以外的其他区域" under 低风险区 stays a blanket). Only the governed area (行政区域, 辖区, 全域) or
# nothing before the bracketed exception of levels.
_SILENT_WHOLE_BUT_LEVELS = re.compile(rf"(?:(?:行政管辖|行政|管辖)区域|辖区|全域|全境)?"
                                      rf"\((?:(?:{_LEVEL_WORD}|[、和及与])+除外|除(?:{_LEVEL_WORD}|[、和及与])+(?:以外|之外|外))\)")


def _silent_whole_but_levels(place: str, district: str | None, silent: bool) -> bool:
    return silent and bool(district) and bool(_SILENT_WHOLE_BUT_LEVELS.fullmatch(place))


# "汽开区(1个):汽开区49街区19栋", "莲花山(1个):莲花山泉眼镇A小区1栋": the district a counted heading names, written
# again in front of its place, is no part of it, whatever follows (a number, "49街区") and whether or not the name is
# a listed division's. (Not before a word of a place's kind: "A区(1个):A区社区" keeps it.)
_AFTER_REPEATED_LABEL = re.compile(rf"[{_CJK}\dA-Za-z]")
_NOT_AFTER_REPEATED_LABEL = re.compile(r"(?:社区|小区|花园|家园|公园|广场|市场|[号栋楼幢座室路街巷道村组屯庄])")


# "南关区(1个):南关区医院家属楼": under a label that gave the district, the district written again in front of a bare
# public body (医院, 中学, 政府…) and then its housing (家属楼, 家属院, 宿舍) is the body's name, the district's own
# hospital or school ("南关区医院"), whose staff's housing the place is; kept whole. (Not a body named in full,
# "东湖区人民医院隔离病区": no housing word after it; nor where no label gave the district.)
_DISTRICT_BODY_HOUSING = re.compile(r"(?:(?:人民|中)?医院|卫生院|(?:第[一二三四五六七八九十\d]{1,3}|实验)?(?:中学|小学)"
                                    r"|(?:人民)?政府|法院|检察院)(?:职工)?(?:家属楼|家属院|家属区|宿舍楼?|宿舍区)")


def _label_repeated(place: str, g: _Group) -> tuple[str, str] | None:
    if not (g.labelled and g.count and g.district) or not place.startswith(g.district):
        return None
    rest = place[len(g.district):]
    if len(rest) < 2 or not _AFTER_REPEATED_LABEL.match(rest) or _NOT_AFTER_REPEATED_LABEL.match(rest):
        return None
    return g.district, rest


# "城阳区A街道B小区,城阳高新区C路D号" (青岛, December 2022): a development zone named after the district written
# before it in the list (its name the district's without the kind), and no known district itself, lies inside that
# district; its places stay in it, the zone's name kept in the place (not "城阳区A小区,崂山区B小区": another district).
_INNER_ZONE = re.compile(r"(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|工业园区|产业园区)")


def _zone_inside(zone: str, district: str) -> bool:
    stem = district[:-1]
    return len(stem) >= 2 and zone != district and zone.startswith(stem) and zone not in _divisions()[0] \
        and _INNER_ZONE.fullmatch(zone[len(stem):]) is not None and district in _divisions()[0]


def _county_zone_inside(found: tuple[str, str], district: str) -> bool:
    # "沙县区A街道…,沙县高新区B路…": a district once a county, whose stem "沙县" reads as a county of its own
    # in front of the zone; the zone is the district's (zone words only: "沙县城关" is no zone)
    zone = _INNER_ZONE.match(found[1])
    return zone is not None and found[0] == district[:-1] and _zone_inside(found[0] + zone.group(), district)


# "将镇原县城其他区域划定为低风险区" (甘肃, summer 2022): a county's name then 城 and the rest word is the rest of the
# county town (县城), a part of the county, a place: "城其他区域" once the county is taken off (not "镇原县其他区域",
# the county's rest, nor "城区其他区域" alone, a city's urban area's)
_COUNTY_TOWN_REST = re.compile(r"城内?的?(?:其他|其它|其余)(?:区域|地区|范围)")


def _front_districts(groups: list[_Group], silent: bool = False) -> list[_Group]:
    """A listed place that starts with its district ("西塞山区八泉街道…") goes to that district; blanket
    phrases that only became visible then ("西塞山区除高风险区以外的其他区域") are dropped. ``silent``: the list's
    level is silent management (set or lifted), where a district's area but its levels' is a place."""
    out: dict[str | None, _Group] = {}
    listed_all = [_PUBLISHED_NOTE.sub("", part) for g in groups for place in g.places for part in _and_district(place)]
    # ("A小区(新)、A小区(老)": the new and the old parts of one estate, the "(新)" no marker of a new item, kept)
    paired = {part[:-3] for part in listed_all if re.search(r"\((?:老|旧)\)$", part)}
    wholes = sum(map(_whole_district, listed_all))
    county_list = wholes >= 3 and len(listed_all) - wholes <= max(1, len(listed_all) // 10)
    for g in groups:
        out.setdefault(g.district, _Group(g.district, g.count, g.labelled))
        district = g.district
        split = [] if _levels_first_division_rest(g.places) else [_and_district(place) for place in g.places]
        listed = [part for parts in split for part in parts]
        # "金凤区A小区及兴庆区B小区": a place joined on with its own district in front is in that district
        joined = [k > 0 for parts in split for k in range(len(parts))]
        fronts = [_front_district(_PUBLISHED_NOTE.sub("", p)) or _label_repeated(p, g) for p in listed]
        # "1.银河南路街道A小区" … "4.龙河高新区B小区": a zone that is no known district, listed among places
        # that start with their street and none with a district, is a unit of the same rank as those streets
        # (the notice's district governs both); it stays in its place.
        # ("2.经济开发区A餐厅" among "1.钟家庄街道B社区": a zone without a name of its own is no known district, though
        # several cities have a district of that name)
        # (a street written as its office, "1.钟家庄办事处A社区", is a street all the same)
        among_streets = any(_STREET_FIRST.match(p) or _STREET_OFFICE_FIRST.match(p)
                            for p, f in zip(listed, fronts, strict=True) if f is None) \
            and all(f is None or not _known_or_short(f[0]) or _GENERIC_ZONE.fullmatch(f[0]) for f in fronts)
        # "德州市新增划以下高风险区域:天衢新区A小区、B小区": the list's "district" is a prefecture city, the places
        # name their district (a county-level city, "古交市", governs its places itself)
        # ("新疆喀什地区(4个):疏附县A乡、B镇": a prefecture, maybe after its province, likewise)
        city_wide = bool(g.district) and (g.district.endswith("市") and g.district[:-1] in _divisions()[1]
                                          and g.district not in _divisions()[0] or _prefecture_label(g.district))
        # "银川市6个:兴庆区、金凤区、贺兰县", "宁东地区1个:宁东能源化工基地": in a list of whole counties under
        # their cities each listed unit is its own district, the city or prefecture over it is none
        # ("广州市:荔湾区、海珠区" / "东莞市:A片区、B片区": a city's line of its own counties, each its district,
        # even where other cities of the list have no counties and list their parts)
        counties = city_wide and all(_county_of(place, g.district) for place in listed)
        own = g.district not in _divisions()[0] and (g.district is None or county_list or counties)
        kept = 0
        short_city = None  # the city of the last two-character district written after it ("阳泉市城区、矿区")
        # ("东部新区 A街道B号" / "高新区 C小区" / "D小区" / "锦江区 E小区": in a list written by districts, two or more
        # places fronted by known districts, a zone by its kind alone is one of the list's districts and holds for
        # the places after it as they do)
        by_districts = g.district is None and sum(
            1 for f in fronts if f and f[0] in _divisions()[0] and not _GENERIC_ZONE.fullmatch(f[0])) >= 2
        for place, found, joined_on in zip(listed, fronts, joined, strict=True):
            if district and district != g.district and _GENERIC_ZONE.fullmatch(district) and not by_districts:
                # ("1.经济开发区A小区" / "2.B大厦": a zone by its kind alone, no name of its own, in front of one place
                # is that place's part of its name, not a district the places after it lie in)
                district = g.district
            place = _CASE_NOTE.sub("", place if place.endswith("(新)") and place[:-3] in paired
                                   else _PUBLISHED_NOTE.sub("", place))
            if found and among_streets and (not _known_or_short(found[0]) and not _STREET_FIRST.match(found[1])
                                            or _GENERIC_ZONE.fullmatch(found[0])):
                # ("江北新区A街道、B街道全域": a zone written in front of a street or town is over it, its district)
                found = None
            if g.district is None and _CITY_PROPER.fullmatch(place):
                district = found = None  # "巴东县、荆门市城区、钟祥市": a city's urban area names no county
            if found and g.labelled and found[0] == g.district and place.startswith(g.district) \
                    and _DISTRICT_BODY_HOUSING.match(found[1]):
                found = None
            if found and district and (_zone_inside(found[0], district) or _county_zone_inside(found, district)):
                found = None  # "城阳区A街道B号,城阳高新区C路D号": the district's own zone, no district of its own
            if found and (g.district is None or found[0] == g.district or joined_on
                          or (g.district.endswith("市") and place.startswith(g.district)) or city_wide):
                district, place = found  # and for the places after it in an unlabelled list
                if _WHOLE_OF_ITS_DISTRICT.fullmatch(place) and not _GENERIC_ZONE.fullmatch(district):
                    # "管控区:A县全域": the district's whole area is the district itself (not "开发区全域": a zone
                    # by its kind alone keeps its word)
                    place = district
            if own and (_whole_district(place) or g.district) and not _CITY_PROPER.fullmatch(place):
                district = place  # "高风险地区:乌鲁木齐市天山区、沙依巴克区": the district is the place
            # "3.阳泉市城区、矿区、郊区、平定县" (a 2020 county list): a two-character district ("城区", "郊区",
            # "矿区") written after its own city is that district, not the city's urban area (荆门 has no 城区:
            # "荆门市城区" stays one); the bare ones after it on the list are the same city's districts
            short = _CITY_SHORT_DISTRICT.fullmatch(place)
            if short and (g.district is None or g.district == f"{short['city']}市") \
                    and (short["city"], short["d"]) in _city_short_districts():
                short_city, district, place = short["city"], short["d"], short["d"]
            elif short_city and g.district is None and (short_city, place) in _city_short_districts():
                district = place
            elif g.district is None and district and place in _short_districts() and out.get(district) \
                    and out[district].places[-1:] == [district] and _sibling_of(district, place):
                # "3.甲市乙县、丙县、郊区、城区": one after a whole district of a city that has a district of that
                # name is that sibling district too
                district = place
            place = _without_within_street(place)
            if not place or _NOT_PLACE.search(place) \
                    or (_is_blanket(place) and not _silent_whole_but_levels(place, district, silent)
                        and not (district and district.endswith("县") and _COUNTY_TOWN_REST.fullmatch(place))):
                continue
            out.setdefault(district, _Group(district)).places.append(place)
            kept += 1
        # "新疆喀什地区(4个):疏附县A乡、B镇…": a city's count over places that all went to its districts is theirs
        if city_wide and g.count == kept and not out[g.district].places:
            out[g.district].count = None
    return [g for g in out.values() if g.places or g.labelled]


# "蜀都花园小区除22栋以外的其他区域": the rest of one compound is a place, not the rest of the city (also of a
# park or a dormitory, "七里坪产业园除14栋…", with several parts excepted "万福国际小区除7、8、9栋…", up to forty
# characters of them, "A小区除1号楼、2号楼、…、6号楼…").
# (城 then 市 ends a city's name, no compound's: "聊城市东昌府区除高风险区以外的其他区域" is a district's rest;
# so does 城 then 县 or 旗 a county's: "拜城县除高风险地区外的其他乡镇")
_COMPOUND_REST = re.compile(r"(?:小区|花园|家园|苑|院|园|大厦|公寓|城(?![市县旗])|宿舍区?|厂区)[^除、,]{0,8}"
                            r"除(?:[^()、,]|、(?=第?[\dA-Z一二三四五六七八九十]))(?:[^()、,]|、(?=第?[\dA-Z一二三四五六七八九十])){0,39}"
                            # ("A小区内除1号、2号的其它区域": closed by 的 alone after a number, as _EXCEPT_CLOSED)
                            r"(?:(?:以外|之外|外)的?|(?<=[\dA-Za-z号栋幢座楼单元])的)(?:其他|其它|其余)"
                            # ("A苑1栋、3栋以外的其他区域": the buildings excepted with 除 left out)
                            r"|(?:小区|花园|家园|苑|院|园|大厦|公寓)[\dA-Z]{1,4}(?:栋|幢|号楼|座)"
                            r"(?:、[\dA-Z]{1,4}(?:栋|幢|号楼|座)){0,12}(?:以外|之外)的?(?:其他|其它|其余)"
                            # ("A村一组、三组以外的其他区域": a village's groups excepted so, a village's rest)
                            rf"|村{_GROUP_NUMBER}(?:、{_GROUP_NUMBER}){{0,12}}(?:以外|之外)的?(?:其他|其它|其余)")


# "百官街道和曹娥街道其余区域": the rest of streets or towns is a place (as the rest of a village is), not a
# blanket over the district; the notice counts it with its places.
_SUB_REST = re.compile(rf"(?:^|(?<=[,、;:]))(?:[{_CJK}]{{2,8}}?(?:街道|镇|乡)(?:和|及|与|、))*"
                       rf"[{_CJK}]{{2,8}}?(?:街道|镇|乡)的?(?:其余|其他|其它)(?:区域|地区)(?=[,、;。]|$)")

# "石总场的其他区域", "百官街道和曹娥街道其余区域": the rest of a farm, town or street is a place of its own (like
# "A镇除高风险区以外的区域"); the rest of a district or city ("二连浩特市其他区域") is a blanket.
# ("安新镇的其他村", "A街道其余社区": the rest of a town's villages or a street's communities, a place too)
# ("A村其他区域(B组除外)", "(除C组外)": the rest with what it leaves out in brackets after it, a place as well)
_REST_OF_PART = re.compile(r"^(?P<head>[^、,;除外]{2,20}?)的?(?:其他|其它|其余)"
                           r"(?:区域|地区|范围|(?:行政)?村|社区|村居)"
                           r"(?:\((?:除[^()除]{1,30}?(?:以外|之外|外)|[^()除]{1,30}?除外)\))?$")
# "A工地生活区除封控区12幢宿舍楼外其他区域": the rest of a part but what it excepts, a place as well (the
# exception also in brackets: "A街道B小区(除高风险区外)其他区域").
# ("A镇除B村5组22号、C村3组的其他区域", "A街道除B社区、C社区的其他区域": the exception closed by 的 alone after
# a named part, no 以外)
_EXCEPT_BY_DE = r"除[^除()]{0,28}?(?:社区|小区|村|组|队|号|栋|幢|座|楼|单元|院)(?=的(?:其他|其它|其余))"
# ("A新村除12A楼外小区其他区域": the kind of the place (小区, 园区, 厂区, 校区, 院) written again after the exception,
# the rest of the estate still)
_EXCEPT_REST_OF_PART = re.compile(r"^(?P<head>[^、,;除外()]{2,30}?)(?:除[^除]{1,30}?(?:以外|之外|外)"
                                  rf"|\(除[^除()]{{1,30}}?(?:以外|之外|外)\)|{_EXCEPT_BY_DE})的?"
                                  r"(?:(?<=外)(?:小区|园区|厂区|校区|院区|院)内?的?)?(?:其他|其它|其余)"
                                  r"(?:区域|地区|范围)$")
# "A镇B村3号楼以外的其他区域", "A村C组外的其他区域": the rest of a village, town or compound outside named parts,
# written without 除, a place as well (a district's rest outside a street, "A区B街道以外的…", has no part between:
# the 以 of 以外 is no name).
_BARE_EXCEPT_REST_OF_PART = re.compile(r"^(?P<head>[^、,;除外()]{2,30}?(?:村|社区|小区|镇|乡|街道))"
                                       r"(?![以之]外)[^、,;除外()]{2,30}(?:以外|之外|外)的?(?:其他|其它|其余)"
                                       r"(?:区域|地区|范围)$")
# "除A村以外的B镇其他区域", "除封闭控制区以外的C镇其他区域" (a reworded level): the exception first, then the town (or
# village, compound) whose rest it is, a place as well.
_EXCEPT_FIRST_REST_OF_PART = re.compile(r"^除[^除]{1,30}?(?:以外|之外|外)的?(?P<head>[^、,;除外()]{2,20}?)的?"
                                        r"(?:其他|其它|其余)(?:区域|地区|范围)$")
# "A绿城1号楼4单元除外其余区域", "B村三组除外的其他区域": the part left out written before a bare 除外 (as it is in
# brackets, "(1号楼除外)"), then the rest of the place it is a part of, a place as well (the head names a part: not
# "高风险区除外其余区域", the rest of a district).
_TRAILING_EXCEPT_REST_OF_PART = re.compile(r"^(?P<head>[^、,;除外()]{3,40}?)除外,?的?(?:其他|其它|其余)"
                                           r"(?:区域|地区|范围)$")
# (what is left out is a whole unit, no part of a place named before it: "桃园街道除外其余区域", "A区B镇除外的
# 其他区域", "新城小区除外其余区域" are the rest of a district, as "除桃园街道外其余区域" is)
_EXCEPTED_WHOLE_UNIT = re.compile(rf"(?:(?!街道|镇|乡|村|社区|小区|办)[{_CJK}]){{1,10}}"
                                  r"(?:街道|镇|乡|苏木|办事处|街道办|社区|村|小区)")


def _trailing_except_part(text: str) -> re.Match[str] | None:
    part = _TRAILING_EXCEPT_REST_OF_PART.match(text)
    if part is None:
        return None
    found = _front_district(part["head"])
    return None if _EXCEPTED_WHOLE_UNIT.fullmatch(found[1] if found else part["head"]) else part


_WHOLE_WORD = re.compile(r"风险|封控|管控|防范|域|城乡|城区|市区|乡村|农村"  # "县域其他区域"
                         # "全区", "本镇", "各街道" (not inside a name: "史各庄街道朱辛庄小区其他区域")
                         r"|(?:^|(?<![\u4e00-\u9fff]))[全本我该各]|[全本我该各](?:[市区县省旗镇乡村]|街道|辖区|城)")


# "薛城区封控区及管控区之外区域", "高、中风险区以外的其他地区": the levels' rest written without 除; after a
# district (or nothing) it is the district's rest, a blanket ("A小区封控区以外区域" is the compound's, a place).
_LEVELS_REST_BARE = re.compile(rf"(?:{_LEVEL_WORD}|[、和及与])+(?:以外|之外|外)的?(?:其他|其它|其余)?"
                               r"(?:区域|地区|范围)$")


# "临湖镇全域(除高风险区以外的其他区域)": the rest of a part written as a bracketed note after its whole; read
# as if unbracketed ("临湖镇全域除高风险区以外的其他区域", a town's rest, a place; a city's stays a blanket).
# ("A社区1组(除后期重新划定的高风险区和临时管控区外的其他区域)": the levels told as designated later, or
# temporary, are levels still; the words are read past)
_LEVEL_QUALIFIER = re.compile(r"(?<=除)[^()除外]{0,8}?(?:划定|划分|公布|确定|认定)的|临时(?=(?:封控|管控|防范))")
_BRACKETED_LEVEL_REST = re.compile(rf"\((?P<note>除(?:{_LEVEL_QUALIFIER.pattern})?"
                                   rf"(?:{_LEVEL_WORD}|[、和及与]|临时(?=封控|管控|防范))+(?:以外|之外|外)的?(?:其他|其它|其余)?"
                                   r"(?:区域|地区|范围|乡镇|镇街|街道)?)\)$")


# "除已划分为中、高风险区域以外A镇其它区域", "除封控区外的B社区其他区域": the exception written first, then the part
# whose rest it is; a town's, a regiment's or a compound's rest is a place ("除高风险区以外的全县其他区域" a blanket).
# ("除上述高风险区之外的A乡所有区域": the levels pointed back at, the rest written as all of the town's areas)
# ("封控区、管控区以外A镇内其他区域": the levels' exception written without 除, the town's rest as well)
_EXCEPT_FIRST_REST = re.compile(rf"^(?:除|(?={_LEVEL_WORD}))"
                                rf"(?:上述|以上|前述)?(?:已经?|此前|之前|已被)?(?:划分|划定|确定|公布|认定|列)?为?"
                                rf"(?:{_LEVEL_WORD}|[、和及与])+(?:以外|之外|外)的?"
                                r"(?P<head>[^、,;除外()的]{2,20})的?(?:其他|其它|其余|所有|全部)(?:区域|地区|范围)$")


def _except_first_part(text: str) -> str | None:
    """The part "除…以外A镇其他区域" is the rest of, when it is a part (not a district or city)."""
    m = _EXCEPT_FIRST_REST.match(text)
    if m and not _WHOLE_WORD.search(m["head"]) and _names_part(m["head"]):
        return m["head"]
    return None


# "对本辖区内所有住宅小区和楼院一律实行封闭式管理", "我区全部村(居)": every estate (village, building) of the
# office's own area, none named; a rule for all of them, no place.
# ("对我县所有村庄…" once 我县 is read as the district: "所有村庄", all of a kind, none named)
_EVERY_OWN_UNIT = re.compile(r"^(?:本|我)(?:辖区|区|县|市|旗|镇|乡|街道)(?:辖区)?(?:范围)?内?的?(?:所有|全部|各个?)"
                             r"|^(?:所有|全部)(?:的)?(?:住宅)?(?:小区|村庄|村|社区|楼院|村居|村\(居\))")


# "低风险区为定安县(高、中风险区除外)": the levels a district's rest leaves out written before 除外, as
# "(除高、中风险区外)" would write them
_BRACKETED_LEVELS_EXCEPTED = re.compile(rf"\((?P<levels>(?:{_LEVEL_WORD}|[、和及与]|临时(?=封控|管控|防范))+)除外\)$")


# "A大道以西、B路以南、C路以东、D路以北除E小区以外其它区域", "东至A路、西至B路、南至C路、北至D路区域内除E小区、F点外
# 的其他区域": the rest of an area set by its bounds but what it excepts is a place (the area is no division), not the
# rest of the district.
_BOUNDED_REST = re.compile(r"(?:以(?:[东西][南北]?|[南北])"
                           r"|[东南西北](?:至|到|抵)[^、,;除]{1,25}?(?:区域|范围)(?:内|中)?)"
                           r"(?:\([^()]*\))?(?:中|内)?,?除[^除]{1,40}?(?:以外|之外|外)的?(?:其他|其它|其余)?"
                           r"(?:区域|地区|范围)$")


# "A街道、B街道除中风险区和11月2日“关于划定…的通告(二)”第二条和“通告(三)”第三条临时管控区以外的其他区域" (重庆,
# November 2022): the exception's levels include areas of other notices pointed at by their items (a quoted notice,
# maybe its day, then 第N条) and temporary control (临时管控区, 临时封控区); neither names a place, read as
# "除中风险区和管控区以外的其他区域", the rest of the streets (a district's rest stays a blanket).
_EXCEPTED_NOTICE_ITEM = re.compile(r"(?<=[除和及、])(?:\d{1,2}月\d{1,2}日)?[“\"][^“”\"]{2,40}[”\"]"
                                   r"第[一二三四五六七八九十\d]{1,3}(?:条|项|款|点)(?:和|及|、)?")
_EXCEPTED_TEMPORARY = re.compile(r"(?<=[除和及、])临时(?=(?:管控|封控)区)")


def _is_blanket(text: str) -> bool:
    if "除" in text:
        text = _EXCEPTED_TEMPORARY.sub("", _EXCEPTED_NOTICE_ITEM.sub("", text))
    if _EVERY_OWN_UNIT.match(text):
        return True
    if _CITY_OWN_DISTRICT_REST.match(text) and _is_blanket(text[1:]):
        return True
    if excepted := _BRACKETED_LEVELS_EXCEPTED.search(text):
        text = f"{text[:excepted.start()]}(除{excepted['levels']}外)"
    if note := _BRACKETED_LEVEL_REST.search(text):
        rest = _LEVEL_QUALIFIER.sub("", note["note"])
        if re.search(r"(?:区域|地区|范围|乡镇|镇街|街道)$", rest):
            return _is_blanket(text[:note.start()] + rest)
        # ("湘东区(除中、高风险区外)": the rest's word left out after 外, read as "…外的其他区域" too)
        if _is_blanket(text[:note.start()] + rest + "的其他区域"):
            return True
    if _except_first_part(text):
        return False
    if _listed_part_rests(text):
        return False
    text = _SUB_REST.sub("", _POINTED_EXCEPT.sub("", text))
    if (bare_rest := _LEVELS_REST_BARE.search(text)) and re.match(_LEVEL_WORD, bare_rest.group()) \
            and not _names_part(text[:bare_rest.start()]):
        return True
    if _BOUNDED_REST.search(text):
        return False
    # "东昌府区(包括A区、B水城旅游度假区)除高风险区以外的其他区域": a note on what the district includes names
    # no compound whose rest this is
    if not _BLANKET.search(text) or _COMPOUND_REST.search(re.sub(r"\((?:含|包含|包括|辖|不含)[^()]*\)", "", text)):
        return False
    if (shared := _UNITS_SHARED_REST.match(text)) and _names_part(shared["head"]):
        return False  # "甲镇A村、B村其他区域": named villages' shared rest, a place
    part = _REST_OF_PART.match(text) or _EXCEPT_REST_OF_PART.match(text) or _BARE_EXCEPT_REST_OF_PART.match(text) \
        or _EXCEPT_FIRST_REST_OF_PART.match(text) or _trailing_except_part(text)
    if part and not _WHOLE_WORD.search(part["head"]) and _names_part(part["head"]) \
            and not _division_written_short(part["head"]):
        return False
    rest = _LEVEL_REST.search(text)
    if rest and _names_part(text[:rest.start()]):
        return False  # the rest of one village is a place
    pointed = _POINTED_ITEMS_REST.search(text)
    if pointed and _names_part(text[:pointed.start()]):
        return False  # "A镇除上述一、二点以外区域": the rest of a town but the items above, a place
    # "A街道行政区划内封控区、管控区以外的其他区域": 内 for 除, the rest of a street (not of "全区内…")
    # ("行政区划内…" once its district is taken off: the district's whole, no part named)
    inside = _LEVEL_REST_IN.search(text)
    if not (inside and inside.end() == len(text) and inside.group().startswith("内")):
        return True
    head = text[:inside.start()]
    while _WHOLE_OF.search(head):
        head = _WHOLE_OF.sub("", head)
    return not (head and _names_part(head))


# "甲镇A村、B村其他区域": villages (communities, compounds) listed with 、, the first maybe after its town, then one
# rest (其他区域) with no exception written: the rest they share, one place (as "…除高风险区以外的其他区域" is)
_UNITS_SHARED_REST = re.compile(rf"^(?P<head>[{_CJK}A-Za-z\d]{{1,14}}?(?:村|社区|居委会|小区)"
                                rf"(?:、[{_CJK}A-Za-z\d]{{1,14}}?(?:村|社区|居委会|小区)){{1,9}})"
                                r"的?(?:其他|其它|其余)(?:区域|地区|范围)$")


def _division_written_short(head: str) -> bool:
    """ "奎文其他区域为低风险区" (潍坊, late 2022): a known district (county, city) written short, without its kind,
    whose rest that is: a blanket, as "奎文区其他区域" is (a town or street keeps its kind word,
    "奎文街道其他区域"). (Not "城关其他区域": 城关 and 城东, 城中… name a county's seat town as often as a district,
    城关区 of 兰州.)"""
    districts, cities = _divisions()
    # ("北京其他地区均为低风险地区" (a report, 2020): a municipality written without 市, as a city is; the four are
    # provinces, not in the cities' list)
    return bool(re.fullmatch(rf"(?!城[关东西南北中])[{_CJK}]{{2,4}}", head)) and (
        head in cities or head in _MUNICIPALITIES or any(head + kind in districts for kind in ("区", "县", "市", "旗")))


_MUNICIPALITIES = frozenset(("北京", "上海", "天津", "重庆"))


def _listed_part_rests(text: str) -> bool:
    """ "A镇其他行政村、B村": a list with 、 whose rests (其他, 其余) are each a named town's or street's (a place,
    as the rest of a town is alone), not a district's ("A县其他区域、B村") nor a rest of nothing named."""
    if "、" not in text or re.search(r"\([^()]*、", text):
        return False
    pieces = text.split("、")
    rests = [piece for piece in pieces if _BLANKET.search(piece)]
    return bool(rests) and all(len(piece) >= 2 for piece in pieces) and all(
        (part := _REST_OF_PART.match(piece)) and not _WHOLE_WORD.search(part["head"])
        and re.search(r"[镇乡]|街道", part["head"]) and _names_part(part["head"]) for piece in rests)


# "市甲新区除高风险区以外区域", "市乙县其他区域": a district's rest written after a bare 市 (the city's own, as
# "市政府" is) is the district's rest still, a blanket, no place.
_CITY_OWN_DISTRICT_REST = re.compile(rf"市[{_CJK}]{{2,6}}?(?:新区|区|县|旗)(?=除|其他|其它|其余|范围内|行政区域)")


# "安宁市主城区" once its city is taken off: "主城区" is a part of the city, no district ("城区" names one in
# some cities)
_CITY_AREA = re.compile(r"主城区|中心城区|老城区|市区")
_CITY_PROPER = re.compile(rf"[{_CJK}]{{2,6}}市(?:城区|市区|主城区|中心城区)")
_CITY_SHORT_DISTRICT = re.compile(rf"(?P<city>[{_CJK}]{{2,4}}?)市(?P<d>[{_CJK}]区)")


def _prefecture_label(name: str) -> bool:
    """Whether a group's label is a prefecture, not a city with 市: "喀什地区", "新疆喀什地区", "锡林郭勒盟",
    "黔东南州" (its short name a known city of divisions.tsv; a known district such as "和田县" is none)."""
    bare = re.sub(rf"^{_PROVINCE}", "", name)
    m = re.fullmatch(r"(?P<city>.{2,8}?)(?:地区|盟|自治州|州)", bare)
    return bool(m) and m["city"] in _divisions()[1] and bare not in _divisions()[0]


def _county_of(place: str, city: str) -> bool:
    """Whether a place listed under a prefecture city is one of its counties as a whole: a known district of
    that city ("汕尾市:城区", "韶关市:乳源瑶族自治县") or a district by its form ("X区", "Y县")."""
    place = _PUBLISHED_NOTE.sub("", place)
    return place in _districts_of_cities().get(city.removesuffix("市"), frozenset()) or _whole_district(place)


def _whole_district(place: str) -> bool:
    bare = re.sub(rf"{_ALIAS}$", "", place)
    if _site_area(bare):
        return False
    return bare != place and _district_ok(bare) or _district_ok(place, strict=True) and len(place) <= 5


# An industrial or education park that a city runs as a district ("循环化工园区", "郑州新郑教育园区"): its name
# is no district name by form, so it is trusted when the notice writes it in front of two places or names it
# with the districts ("决定将长安区、新华区、循环化工园区部分区域划定为…").
_ZONE = re.compile(rf"[{_CJK}]{{2,10}}?(?:园区|港区|工业区|保税区|管理区|农场|林场)")
# (nor a park or farm of a town, "A镇B农场": a place in the town, its name in front of its parts)
_ZONE_NOT = re.compile(r"小区|社区|校区|厂区|片区|营区|生活区|住宅区|号|楼|栋|院|村|路|街|巷|大厦|中心|公司|镇|乡")
