"""Ordinary notice wording near the rules of the fifty-second fixes (f52a–e): a plan followed (参照…方案) is no hedge
of a silence, shops named after a county are no county's, a rule of residents at home lifted is no silence, a whole
area managed as a level after a condition is no change, and a report's later day is the news over an earlier day
(invented names)."""

from __future__ import annotations

from tests.unit.test_notice_parser_real_forms import by_level


def test_a_silence_after_a_plan_followed_is_read() -> None:
    text = "东丽区疫情防控指挥部通告\n经研判,参照国家第九版防控方案对东丽区实行静默管理。"
    assert by_level(text) == {("silent", "东丽区"): ["东丽区"]}


def test_a_silence_after_a_plan_followed_is_read_traditional() -> None:
    text = "東麗區疫情防控指揮部通告\n經研判,參照國家第九版防控方案對東麗區實行靜默管理。"
    assert by_level(text) == {("silent", "东丽区"): ["东丽区"]}


def test_a_silence_taken_as_a_model_is_still_no_place() -> None:
    text = ("城关区疫情防控指挥部通告\n此前,城关区全域实行静默管理,现予以解除。"
            "现将A小区划为高风险区,对B小区实行静默管理。")
    assert by_level(text) == {("high", "城关区"): ["A小区"], ("silent", "城关区"): ["B小区"]}


def test_a_hedge_before_a_designation_in_the_next_sentence_keeps_it() -> None:
    text = "城关区疫情防控指挥部通告\n如疫情扩散,将视情实行静默管理。现将A小区划为高风险区。"
    assert by_level(text) == {("high", "城关区"): ["A小区"]}


def test_shops_named_after_a_county_in_a_prefecture_notice_are_no_county_fronts() -> None:
    text = ("娄底市疫情防控指挥部关于划定风险区的通告\n经研判,现将以下区域划定为高风险区:\n"
            "新化米粉店、涟源大酒店、新化人民医院\n娄底市疫情防控指挥部")
    assert by_level(text) == {("high", None): ["新化米粉店", "涟源大酒店", "新化人民医院"]}


def test_a_short_county_front_before_a_named_shop_or_street_is_still_read() -> None:
    text = ("娄底市疫情防控指挥部关于划定风险区的通告\n一、高风险区\n冷水江布溪街道A社区12组B园、C对面;新化县D餐吧\n"
            "二、中风险区\n冷水江蔡九哥馄饨店、仁爱医院\n娄底市疫情防控指挥部")
    assert by_level(text) == {("high", "冷水江市"): ["布溪街道A社区12组B园", "C对面"], ("high", "新化县"): ["D餐吧"],
                              ("medium", "冷水江市"): ["蔡九哥馄饨店", "仁爱医院"]}


def test_residents_at_home_rule_lifted_is_no_silence() -> None:
    text = ("城关区疫情防控指挥部关于划定风险区的通告\n一、将A小区划为高风险区。\n"
            "二、全区居民一律居家,不得外出的规定已于11月20日解除。\n城关区疫情防控指挥部")
    assert by_level(text) == {("high", "城关区"): ["A小区"]}


def test_residents_at_home_rule_lifted_is_no_silence_full_width() -> None:
    text = ("城关区疫情防控指挥部关于划定风险区的通告\n一、将A小区划为高风险区。\n"
            "二、全区居民一律居家，不得外出的规定已于11月20日解除。\n城关区疫情防控指挥部")
    assert by_level(text) == {("high", "城关区"): ["A小区"]}


def test_a_whole_area_managed_as_a_level_after_unsealing_is_no_change() -> None:
    text = "天津市东丽区疫情防控指挥部通告\n一、将A小区划为封控区。二、解封后,东丽区全域继续参照防范区管理。"
    assert by_level(text) == {("sealed", "东丽区"): ["A小区"]}


def test_a_whole_area_managed_as_a_level_for_now_is_still_read() -> None:
    text = "天津市东丽区疫情防控指挥部通告\n经研判,东丽区全域暂继续参照防范区管理及限制车辆通行。"
    assert by_level(text) == {("precaution", "东丽区"): ["东丽区"]}


def test_a_reports_news_opening_with_a_bare_day_is_the_news() -> None:
    text = ("城中区疫情防控指挥部通告\n城中区于11月2日将A小区划定为高风险区。\n"
            "11月7日,将A小区由高风险区调整为低风险区,将B小区划定为高风险区。\n城中区疫情防控指挥部")
    assert by_level(text) == {("low", "城中区"): ["A小区"], ("high", "城中区"): ["B小区"]}


def test_a_reports_news_opening_with_a_day_and_hour_is_the_news() -> None:
    text = ("城中区疫情防控指挥部通告\n城中区于11月2日将A小区划定为高风险区。\n"
            "11月7日8时,将A小区由高风险区调整为中风险区。\n城中区疫情防控指挥部")
    assert by_level(text) == {("medium", "城中区"): ["A小区"]}


def test_roads_in_and_out_under_full_control_are_no_silence() -> None:
    text = "武侯区疫情防控指挥部通告\n决定自9月25日起,对进出A镇的所有道路实施全面管控。全面管控期间,所有居民居家。"
    assert by_level(text) == {}


def test_a_full_control_whose_home_rule_is_lifted_is_no_silence() -> None:
    text = ("武侯区疫情防控指挥部通告\n决定自9月25日起,对A街道实行全面管控。"
            "全面管控期间,除保障人员外,全体居民居家的要求解除后,恢复正常。")
    assert by_level(text) == {}


def test_a_full_control_keeping_every_resident_at_home_is_still_silence() -> None:
    text = ("武侯区疫情防控指挥部通告\n决定自9月25日早5时起,对武侯区城区实行全面管控。\n"
            "1.全面管控期间,除保障人员外,全体居民居家,小区封闭管理。")
    assert by_level(text) == {("silent", "武侯区"): ["城区"]}
