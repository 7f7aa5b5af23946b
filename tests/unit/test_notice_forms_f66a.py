"""Forms found on held-out notices (fixer f66a): a county-level city's street offices and towns under temporary
control, written after "我市" and closed by "等N个辖区" (1890); a report's list after "具体为:" on the line below
the sentence that names the change (1898).

Every notice here is written for the test in the form a real one used; the names are made up."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import invented_names, no_real_city


def levels(text: str) -> list[tuple[str | None, str | None, list[str]]]:
    notice = parse_notice(text, default_year=2022)
    return [(c["level_to"], c["district"], c["places"]) for c in notice["changes"]]


# --- 1. "对我市A办事处、B办事处、C镇等3个辖区实施临时性管控" ----------------------------------------------------------
# The office's own city (我市) in front of street offices (办事处, a 街道办事处 written short) is no part of the first
# place, as it is none in front of a town or street; "等3个辖区" (jurisdictions) counts the places, no part of the last.

_LEAD = "关于对部分区域实施临时性管控的通告\n广大市民朋友:\n根据疫情防控需要,决定于2022年9月15日9时起,"
_MEASURES = "\n实施临时性管控区域内,所有居民除特殊情况外一律不得外出,保持相对静止。\n特此通告。\n"


def test_own_city_before_street_offices_and_counted_jurisdictions() -> None:
    text = _LEAD + "对我市金阳办事处、翠湖办事处、青松办事处、龙泉镇等4个辖区实施临时性管控" + _MEASURES
    assert levels(text) == [("controlled", None, ["金阳办事处", "翠湖办事处", "青松办事处", "龙泉镇"])]


def test_own_city_before_street_offices_variants() -> None:
    for text, places in (
        # (traditional characters)
        ("對我市金陽辦事處、翠湖辦事處、龍泉鎮等3個轄區實施臨時性管控。", ["金阳办事处", "翠湖办事处", "龙泉镇"]),
        # (full-width digits and punctuation)
        ("根据疫情防控需要，对我市金阳办事处、翠湖办事处、龙泉镇等３个辖区实施临时性管控。",
         ["金阳办事处", "翠湖办事处", "龙泉镇"]),
        # (no count: the street offices alone)
        ("对我市金阳办事处、翠湖办事处实施临时性管控。", ["金阳办事处", "翠湖办事处"]),
        # (本市 for 我市, the verb 将…划为)
        ("将本市金阳办事处、龙泉镇等2个辖区划为管控区。", ["金阳办事处", "龙泉镇"]),
    ):
        assert levels(text) == [("controlled", None, places)], text


def test_counted_jurisdictions_close_the_list() -> None:
    for text, places in (
        ("对甲乙小区、丙丁村等2个辖区实施临时管控。", ["甲乙小区", "丙丁村"]),
        ("对金阳镇、龙泉镇等2个辖区实施临时性管控。", ["金阳镇", "龙泉镇"]),
        # (等 closes the list whatever the count: the others unnamed)
        ("对金阳镇、龙泉镇等5个辖区实施临时性管控。", ["金阳镇", "龙泉镇"]),
    ):
        assert levels(text) == [("controlled", None, places)], text
    # near misses: the city as a whole, or each of its offices, is no place; a town's 辖区 without a count is kept
    assert levels(_LEAD + "对我市全域实施临时性管控" + _MEASURES) == []
    assert levels("对我市各办事处实施临时性管控。") == []
    assert levels("对我市金阳办事处、翠湖办事处等2个辖区实施临时性管控。") \
        == [("controlled", None, ["金阳办事处", "翠湖办事处"])]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(invented_names("金阳翠湖青松龙泉华丽春晓星河瑞福康宁"), min_size=2, max_size=5, unique=True),
       st.sampled_from(["办事处", "镇"]), st.sampled_from(["我市", "本市", "我县"]), st.booleans())
def test_own_division_before_offices_property(names: list[str], last: str, own: str, counted: bool) -> None:
    assume(no_real_city(*names))
    places = [name + "办事处" for name in names[:-1]] + [names[-1] + last]
    count = f"等{len(places)}个辖区" if counted else ""
    text = _LEAD + f"对{own}{'、'.join(places)}{count}实施临时性管控" + _MEASURES
    assert levels(text) == [("controlled", None, places)]


# --- 2. "…以下16个中风险区调整为低风险区。\n具体为:A区B小区(…除外)、C小区;D区E村(…除外)。" -------------------------
# The sentence that names the change and its level ends its line, its list follows on the next line after "具体为:"
# (分别为, 名单如下…): one sentence, read as it is read written on one line; each place's exception in brackets (with
# its 、) and its bounds (with , and ;) stay on it.

_REPORT = ("中新网某地11月14日电 某市疫情防控办14日通告,根据有关规定,结合疫情防控工作实际,经专家组研判,"
           "即日起以下4个中风险区调整为低风险区。\n")


def test_list_after_intro_on_the_next_line() -> None:
    text = _REPORT + ("具体为:小店区金阳小区(2号楼3单元除外)、翠湖小区;晋源区青松村(村委会、快递站除外)、"
                      "龙泉小区(东至甲路,南至乙街,西至丙路,北至丁街;11号楼除外)。(完)\n")
    assert levels(text) == [("low", "小店区", ["金阳小区(2号楼3单元除外)", "翠湖小区"]),
                            ("low", "晋源区", ["青松村(村委会、快递站除外)",
                                               "龙泉小区(东至甲路,南至乙街,西至丙路,北至丁街;11号楼除外)"])]


def test_list_after_intro_on_the_next_line_variants() -> None:
    for text, expected in (
        # (traditional characters, full-width punctuation and digits)
        ("經專家組研判,即日起以下3個中風險區調整為低風險區。\n具體為：小店區金陽小區（２號樓３單元除外）、翠湖小區；"
         "晉源區青松村（村委會除外）。",
         [("low", "小店区", ["金阳小区(2号楼3单元除外)", "翠湖小区"]), ("low", "晋源区", ["青松村(村委会除外)"])]),
        # (分别为, a blank line between)
        ("即日起以下2个高风险区调整为中风险区。\n\n分别为:金阳小区(东至甲路,南至乙街;5号楼除外)、翠湖村。",
         [("medium", None, ["金阳小区(东至甲路,南至乙街;5号楼除外)", "翠湖村"])]),
        # (名单如下)
        ("即日起将以下2个区域划定为高风险区。\n名单如下:金阳小区3号楼、翠湖村(村委会除外)。",
         [("high", None, ["金阳小区3号楼", "翠湖村(村委会除外)"])]),
    ):
        assert levels(text) == expected, text
    # near misses: "具体为:" alone on its line heads the list below as before; a sentence of measures names no level,
    # and what it lists is no place
    assert levels("即日起以下2个中风险区调整为低风险区。\n具体为:\n小店区金阳小区、翠湖小区。") \
        == [("low", "小店区", ["金阳小区", "翠湖小区"])]
    assert levels("即日起以下2个中风险区调整为低风险区。\n具体为:金阳小区、翠湖小区。\n"
                  "请广大市民继续做好个人防护。\n具体为:戴口罩、勤洗手、常通风。") \
        == [("low", None, ["金阳小区", "翠湖小区"])]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(invented_names("金阳翠湖青松龙泉华丽春晓星河瑞福康宁"), min_size=2, max_size=5, unique=True),
       st.sampled_from(["具体为", "分别为", "具体如下"]), st.sampled_from(["小区", "村", "花园"]),
       st.sampled_from(["(2号楼3单元除外)", "(村委会、快递站除外)", "(东至甲路,南至乙街;5号楼除外)", ""]))
def test_list_after_intro_property(names: list[str], intro: str, kind: str, exception: str) -> None:
    assume(no_real_city(*names))
    places = [name + kind for name in names]
    places[0] += exception
    text = f"即日起以下{len(places)}个中风险区调整为低风险区。\n{intro}:" + "、".join(places) + "。"
    assert levels(text) == [("low", None, places)]
