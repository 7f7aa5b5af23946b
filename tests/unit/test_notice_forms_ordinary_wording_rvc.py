"""Ordinary notice wording near the rules of places.py and metadata.py (place splitting, districts in front of
places, the notice's own district): a scenic area, campus or works written with 区, and a development zone by its
kind alone in a big city's notice, are places, no districts (invented names)."""

from __future__ import annotations

from tests.unit.test_notice_parser_real_forms import by_level


def test_a_scenic_area_designated_whole_is_a_place_of_the_notices_district() -> None:
    text = ("武侯区关于划定管控区的通告\n自2022年9月1日起,将武侯祠景区、锦里古街划定为管控区。\n"
            "管控区内人员足不出区、错峰取物。")
    assert by_level(text) == {("controlled", "武侯区"): ["武侯祠景区", "锦里古街"]}


def test_a_scenic_area_in_front_of_a_listed_place_is_no_district() -> None:
    text = ("关于划定高风险区的通告\n经专家研判,将以下区域划定为高风险区:\n1.东湖景区游船码头\n2.锦华作业区A井\n"
            "3.锦江小区\n请以上区域居民严格遵守居家管理要求。\n天河区新冠肺炎疫情防控指挥部")
    assert by_level(text) == {("high", "天河区"): ["东湖景区游船码头", "锦华作业区A井", "锦江小区"]}


def test_a_development_zone_by_its_kind_in_a_beijing_district_notice_stays_in_the_place() -> None:
    text = ("关于划定高风险区的通告\n经专家研判,自即日起将以下区域划定为高风险区:\n1.锦江小区\n"
            "2.经济开发区锦绣小区\n北京市朝阳区新冠肺炎疫情防控工作领导小组办公室\n2022年11月19日")
    assert by_level(text) == {("high", "朝阳区"): ["锦江小区", "经济开发区锦绣小区"]}


def test_a_development_zone_by_its_kind_in_front_of_the_first_place_is_not_carried_on() -> None:
    text = ("关于划定高风险区的通告\n将以下区域划定为高风险区:\n1.经济开发区锦绣小区\n2.高新园区创业大厦\n"
            "北京市朝阳区新冠肺炎疫情防控工作领导小组办公室")
    assert sorted(by_level(text)[("high", "朝阳区")]) == sorted(["经济开发区锦绣小区", "高新园区创业大厦"])


def test_a_scenic_areas_zones_listed_below_name_no_district() -> None:
    text = "关于调整风险区的通告\n调整后的东湖景区风险区域如下:\n高风险区:游客中心。"
    assert by_level(text) == {("high", None): ["游客中心"]}


def test_a_scenic_area_whose_prevention_work_the_lead_serves_is_no_district() -> None:
    text = "关于调整风险区的通告\n根据东湖景区疫情防控工作需要,将以下区域划定为管控区:\n游客中心。"
    assert by_level(text) == {("controlled", None): ["游客中心"]}


def test_a_scenic_area_adjusting_its_areas_in_the_lead_is_no_district() -> None:
    text = "关于调整风险区的通告\n自11月3日起,武侯祠景区调整部分风险区域:\n高风险区:游客中心。"
    assert by_level(text) == {("high", None): ["游客中心"]}


def test_a_scenic_areas_own_office_is_no_district_office() -> None:
    text = "关于调整风险区的通告\n管控区:游客中心、游船码头。\n东湖景区疫情防控指挥部"
    assert by_level(text) == {("controlled", None): ["游客中心", "游船码头"]}


def test_services_running_as_usual_while_the_level_holds_are_no_places() -> None:
    text = ("南山区关于划定管控区的通告\n管控区范围:\n粤海街道科技园小区。\n"
            "管控期间,区内学校、医院、菜市场正常运行。")
    assert by_level(text) == {("controlled", "南山区"): ["粤海街道科技园小区"]}


def test_shops_kept_open_after_an_inline_list_are_no_places() -> None:
    text = "南山区关于划定管控区的通告\n管控区:粤海街道科技园小区。\n超市、药店、医院保持正常营业。"
    assert by_level(text) == {("controlled", "南山区"): ["粤海街道科技园小区"]}


def test_a_line_starting_with_qunei_is_not_glued_to_the_compound_above() -> None:
    text = "南山区关于划定管控区的通告\n管控区:\n粤海街道科技园小区\n区内超市、药店正常营业。"
    assert by_level(text) == {("controlled", "南山区"): ["粤海街道科技园小区"]}


def test_a_numbered_list_is_not_run_on_into_the_measures_sentence_after_it() -> None:
    text = ("南山区关于划定管控区的通告\n管控区:\n1.粤海街道科技园小区\n2.南头街道南联小区\n"
            "管控期间,学校、医院、农贸市场正常开放。")
    assert by_level(text) == {("controlled", "南山区"): ["粤海街道科技园小区", "南头街道南联小区"]}


def test_the_testing_arrangements_after_a_list_are_no_places() -> None:
    text = ("朝阳区关于划定高风险区的通告\n高风险区:望京街道花园小区。\n"
            "11月20日至22日,在望京街道开展全员核酸检测,检测点设在花园小区南门。")
    assert by_level(text) == {("high", "朝阳区"): ["望京街道花园小区"]}


def test_a_numbered_part_on_testing_after_an_unnumbered_list_ends_it() -> None:
    text = ("朝阳区关于划定高风险区的通告\n高风险区:\n望京街道花园小区。\n二、核酸检测安排\n"
            "请望京街道居民按社区通知有序参加。")
    assert by_level(text) == {("high", "朝阳区"): ["望京街道花园小区"]}


def test_a_numbered_part_of_rules_after_an_unnumbered_list_ends_it() -> None:
    text = ("朝阳区关于划定高风险区的通告\n高风险区:\n望京街道花园小区。\n二、管控要求\n"
            "花园小区南门设临时物资接收点。")
    assert by_level(text) == {("high", "朝阳区"): ["望京街道花园小区"]}


def test_people_with_a_trace_and_their_duty_are_no_places() -> None:
    text = ("朝阳区关于划定高风险区的通告\n高风险区:望京街道花园小区。\n"
            "近7天有花园小区、望京购物中心活动轨迹的人员,请主动向社区报备。")
    assert by_level(text) == {("high", "朝阳区"): ["望京街道花园小区"]}


def test_residents_and_workers_duty_of_testing_is_no_place() -> None:
    text = ("朝阳区关于划定高风险区的通告\n高风险区:望京街道花园小区。\n"
            "花园小区居民和望京购物中心员工须进行3天2检。")
    assert by_level(text) == {("high", "朝阳区"): ["望京街道花园小区"]}


def test_visitors_duty_and_supplies_delivered_are_no_places() -> None:
    text = ("朝阳区关于划定高风险区的通告\n高风险区:望京街道花园小区。\n外地来京人员须持48小时核酸阴性证明。\n"
            "居民生活物资由社区统一配送到户。")
    assert by_level(text) == {("high", "朝阳区"): ["望京街道花园小区"]}


def test_schools_and_hospitals_open_as_usual_are_no_places() -> None:
    text = ("朝阳区关于划定高风险区的通告\n高风险区:望京街道花园小区。\n学校、幼儿园照常上课,医院正常接诊。\n"
            "望京医院发热门诊、核酸采样点照常开放。")
    assert by_level(text) == {("high", "朝阳区"): ["望京街道花园小区"]}


def test_a_scenic_area_in_a_title_is_no_district() -> None:
    for title in ("关于调整东湖景区风险区域的通告", "关于划定景区临时管控区域的通告",
                  "武侯祠景区关于调整风险区域的通告"):
        assert by_level(f"{title}\n经研判,将锦绣小区划为管控区。") == {("controlled", None): ["锦绣小区"]}, title
