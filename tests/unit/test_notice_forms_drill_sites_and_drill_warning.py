"""Forms of the fifty-fourth held-out set: drill notices (应急演练), an exercise that puts real places
under real control for a day. The drill's places are given by a label ("二、演练涉及范围:A市B镇C村、D村…。",
"二、演练地点:A小区。", "演练地点◆ A及其周边区域;◆ B。") or by the lead's decision ("初定于1月21日在
A街道B社区、C村,D街道E村,F中学举行…演练", "拟于2月4日上午在A小区等地开展…演练活动"), at the level the
notice names for them after a verb ("对涉及的区域实行暂时封控管理" sealed, "演练区域…进行短时管控",
"实施人员管控" controlled; not the drill's own name "社会管控应急演练"); and the notice carries a warning
(Chinese, then English) that its areas are a drill's, for the official reviewing the draft. Near-misses: an
ordinary notice that mentions a drill among its measures (no warning), a drill whose place is to be announced,
a drill with no level named, a drill over a whole county, the villages a drill involves named only as a kind
("对涉及村庄出入路口实施管控措施"). Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    PROVINCES,
    by_level,
    in_traditional,
    invented_names,
)

FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def _not_invented(name: str) -> bool:
    return not any(name.startswith(city) or city.startswith(name) for city in PREFECTURE_CITIES) \
        and not any(name.startswith(p) for p in PROVINCES)


def _warned(text: str) -> bool:
    """The notice's drill warning, Chinese then English (parser.DRILL_WARNING)."""
    return any(w.startswith("本通告为应急演练通告") and "a drill notice" in w
               for w in parse_notice(text, default_year=2022)["warnings"])


# --- a labelled list of the drill's places, the level in a later item -------------------------------------------

def _labelled(label: str, sites: str, measure: str, title: str = "关于开展新冠肺炎疫情防控综合实战演练的通告") -> str:
    return (f"{title}\n广大市民:\n"
            "为切实提升我市疫情防控应急处置实战能力,市疫情防控指挥部决定组织开展疫情防控综合实战演练。"
            "现将有关事项通告如下:\n"
            "一、现场演练时间:2022年3月8日上午7时开始,时间1天。\n"
            f"二、{label}{sites}。\n"
            "三、目前,全市没有确诊病例,没有无症状感染者。\n"
            f"四、本次实战演练参照真实场景,{measure},请广大市民不必恐慌。演练期间将对演练现场周边实施临时交通管制。\n"
            "五、演练期间,请广大市民不围观、不拍照、不录像。\n"
            "金水市突发公共卫生事件应急指挥部\n2022年3月6日")


def test_labelled_drill_sites_are_read_at_the_named_level() -> None:
    text = _labelled("演练涉及范围:", "泰和县青石镇上溪村、下溪村、东岭村", "对涉及的区域实行暂时封控管理")
    assert by_level(text) == {("sealed", "泰和县"): ["青石镇上溪村", "下溪村", "东岭村"]}
    assert _warned(text)


def test_labelled_drill_sites_variants() -> None:
    # one estate under 演练地点, controlled
    text = _labelled("演练地点:", "龙门镇翠湖苑小区", "对演练区域实施人员、交通管控")
    assert by_level(text) == {("controlled", None): ["龙门镇翠湖苑小区"]}
    # the places marked with ◆, each with its surroundings, the label run on with its item
    text = _labelled("演练地点", "◆ 石桥镇春晓社区北区及其周边区域;◆ 石桥镇福瑞村及其周边区域;◆ 第九中学",
                     "演练期间相关演练区域将进行交通管控,限制人员进出")
    assert by_level(text) == {("controlled", None): ["石桥镇春晓社区北区及其周边区域", "石桥镇福瑞村及其周边区域",
                                                      "第九中学"]}
    # a street section sealed, the drill's own name (社会管控) before the level
    text = _labelled("演练地点:", "白沙镇光明大街北起五一路口南至实验小学路口路段",
                     "对该路段街道两侧业态、场所及小区实施封控",
                     title="关于开展社会管控应急演练的公告")
    assert by_level(text) == {("sealed", None): ["白沙镇光明大街北起五一路口南至实验小学路口路段"]}


def test_labelled_drill_sites_in_traditional_and_full_width() -> None:
    text = _labelled("演练涉及范围:", "泰和县青石镇上溪村、下溪村、东岭村", "对涉及的区域实行暂时封控管理")
    expected = {("sealed", "泰和县"): ["青石镇上溪村", "下溪村", "东岭村"]}
    assert by_level(in_traditional(text)) == expected
    assert _warned(in_traditional(text))
    assert by_level(text.translate(HALF_TO_FULL).translate(FULL_DIGITS)) == expected


@settings(max_examples=25, deadline=None)
@given(town=invented_names(PLAIN_SYLLABLES), first=invented_names(PLAIN_SYLLABLES),
       second=invented_names(PLAIN_SYLLABLES))
def test_labelled_drill_sites_property(town: str, first: str, second: str) -> None:
    assume(first != second and all(map(_not_invented, (town, first, second))))
    text = _labelled("演练涉及范围:", f"{town}镇{first}村、{second}村", "对涉及的区域实行暂时封控管理")
    assert by_level(text) == {("sealed", None): [f"{town}镇{first}村", f"{second}村"]}
    assert _warned(text)


# --- the drill's places in the lead's decision ----------------------------------------------------------------

def _lead(sentence: str, measure: str = "演练期间演练区域及周边道路进行短时管控,给您带来不便敬请谅解。") -> str:
    return ("全县广大居民朋友:\n"
            f"为切实做好我县疫情防控工作,提高应急处置能力,{sentence}{measure}\n"
            "敬请广大居民积极配合,保持正常生产生活秩序,不要恐慌,不信谣、不传谣。\n"
            "特此通告。\n泰和县疫情防控工作领导小组办公室\n2022年2月2日")


def test_lead_drill_sites_are_read() -> None:
    text = _lead("初定于2022年2月4日(星期五)9点至12点在青石街道春晓社区、福瑞村,白沙街道东岭村,第三中学、兴盛公司"
                 "举行疫情处置全要素实景演练。")
    assert by_level(text) == {("controlled", "泰和县"): ["青石街道春晓社区", "福瑞村", "白沙街道东岭村", "第三中学",
                                                        "兴盛公司"]}
    assert _warned(text)


def test_lead_drill_sites_variants() -> None:
    # one estate 等地, the level of the drill's people
    text = _lead("我县拟于2022年2月4日(星期四)上午在翠湖公租房小区等地开展疫情防控应急演练活动。",
                 "演练需进行拉警戒线、实施人员管控、模拟开展核酸检测等演练活动。")
    assert by_level(text) == {("controlled", "泰和县"): ["翠湖公租房小区"]}
    # 决定在 …, with 组织开展
    text = _lead("经研究,决定在光明村、长风村组织开展疫情防控实战演练。")
    assert by_level(text) == {("controlled", "泰和县"): ["光明村", "长风村"]}
    # sealed: 实行封控
    text = _lead("决定于3月1日在锦绣花园小区开展疫情处置实战演练。", "演练期间对演练区域实行封控管理。")
    assert by_level(text) == {("sealed", "泰和县"): ["锦绣花园小区"]}


def test_lead_drill_sites_in_traditional_and_full_width() -> None:
    text = _lead("经研究,决定在光明村、长风村组织开展疫情防控实战演练。")
    assert by_level(in_traditional(text)) == {("controlled", "泰和县"): ["光明村", "长风村"]}
    assert by_level(text.translate(HALF_TO_FULL).translate(FULL_DIGITS)) == {("controlled", "泰和县"):
                                                                             ["光明村", "长风村"]}


@settings(max_examples=25, deadline=None)
@given(first=invented_names(PLAIN_SYLLABLES), second=invented_names(PLAIN_SYLLABLES))
def test_lead_drill_sites_property(first: str, second: str) -> None:
    assume(first != second and _not_invented(first) and _not_invented(second))
    text = _lead(f"经研究,决定在{first}小区、{second}村组织开展疫情防控实战演练。")
    assert by_level(text) == {("controlled", "泰和县"): [f"{first}小区", f"{second}村"]}
    assert _warned(text)


# --- near-misses ---------------------------------------------------------------------------------------------

_ORDINARY = ("泰和县疫情防控工作领导小组办公室关于划定风险区域的通告\n"
             "根据疫情防控需要,经县疫情防控工作领导小组研究决定,将青石镇春晓小区划定为高风险区。\n"
             "一、高风险区实行“足不出户、上门服务”。\n"
             "二、{measure}\n"
             "泰和县疫情防控工作领导小组办公室\n2022年4月2日")


def test_a_drill_in_passing_is_no_drill_notice() -> None:
    for measure in ("各医疗机构要完善应急预案,定期开展应急演练。",
                    "各乡镇要开展疫情处置应急演练,提升封控管理能力。",
                    "前期开展的实战演练表明,各单位要进一步加强人员管控。"):
        text = _ORDINARY.format(measure=measure)
        assert by_level(text) == {("high", "泰和县"): ["青石镇春晓小区"]}
        assert not _warned(text)
        assert not _warned(in_traditional(text))


def test_drill_near_misses_read_no_place() -> None:
    # the place to be announced
    assert by_level(_labelled("演练地点:", "另行通知", "对演练区域实施人员管控")) == {}
    # no level named for the drill's places (traffic control only): a drill, warned, nothing read
    text = _labelled("演练涉及范围:", "青石镇上溪村、下溪村", "请所有车辆、人员绕道通行")
    assert by_level(text) == {}
    assert _warned(text)
    # a whole county: no place of the drill
    assert by_level(_lead("决定在我县开展疫情防控应急演练。")) == {}
    # the villages a drill involves, named only as a kind
    text = _labelled("演练时段:", "上午9时至12时", "对涉及村庄出入路口实施管控措施")
    assert by_level(text) == {}
