"""Ordinary wording near the rules of the thirty-ninth set (reviewer rv39): a temporary control's time prolonged
or its measures adjusted for vehicles, gates, shops, transport or a kind of site names no area."""

from __future__ import annotations

import pytest

from tests.unit.test_notice_parser_real_forms import in_traditional, levels_of

_HEAD = "关于延长临时管控的通告\n将丰禾镇划为管控区。"


@pytest.mark.parametrize("obj", ["进出丰禾镇车辆", "丰禾镇各出入口", "丰禾镇学校", "丰禾镇商户", "各农贸市场"])
def test_a_temporary_controls_time_prolonged_for_vehicles_gates_shops_or_kinds_names_no_area(obj: str) -> None:
    text = f"{_HEAD}将{obj}临时管控时间延长至7月24日24时。\n特此通告。"
    assert levels_of(text) == {"controlled": ["丰禾镇"]}
    assert levels_of(in_traditional(text)) == {"controlled": ["丰禾镇"]}
    # (named places whose control is prolonged are still drawn)
    named = "关于延长临时管控的通告\n将甲岭镇、乙湾镇临时管控时间延长至7月24日24时。\n特此通告。"
    assert levels_of(named) == {"controlled": ["甲岭镇", "乙湾镇"]}


@pytest.mark.parametrize("obj", ["农贸市场、商超", "学校", "出入口", "公共交通"])
def test_adjusted_temporary_control_measures_of_kinds_gates_or_transport_name_no_area(obj: str) -> None:
    text = (f"关于调整措施的通告\n指挥部决定自9月29日0时起调整{obj}临时性管控措施:\n"
            "一、恢复营业,限流50%。\n二、做好扫码测温。\n特此通告。")
    assert levels_of(text) == {}
    assert levels_of(in_traditional(text)) == {}
    # (bounded areas and whole streets whose control is adjusted are still drawn)
    areas = ("关于调整措施的通告\n指挥部决定自9月29日0时起调整甲路、乙路合围区域,丙街道办事处全域临时性管控措施:\n"
             "一、非必要不外出。\n特此通告。")
    assert levels_of(areas) == {"controlled": ["甲路、乙路合围区域", "丙街道办事处全域"]}
