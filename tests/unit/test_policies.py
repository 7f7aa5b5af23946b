"""Policy files: every file loads, names only its own levels, and the one in force follows the date."""

from __future__ import annotations

from datetime import datetime

import pytest

from fangkong import policies
from fangkong.core.errors import InvalidInput


def test_the_three_protocols_load_with_their_levels() -> None:
    keys = [p.key for p in policies.all_policies()]
    assert keys == ["taiyuan_2022_04", "ninth_edition", "twenty_measures"]  # oldest first
    # 临时静默 (issue 15) in the two protocols of the autumn of 2022
    assert [lv.key for lv in policies.get("ninth_edition").levels] == ["silent", "high", "medium", "low"]
    assert [lv.key for lv in policies.get("twenty_measures").levels] == ["silent", "high", "low"]
    assert [lv.key for lv in policies.get("taiyuan_2022_04").levels] == ["sealed", "controlled", "precaution"]
    for policy in policies.all_policies():
        assert policy.source and policy.name_zh and policy.name_en
        severities = [lv.severity for lv in policy.levels]
        assert severities == sorted(severities, reverse=True)


@pytest.mark.parametrize(("moment", "key"), [
    ("2022-03-01T00:00", "taiyuan_2022_04"),  # before any: the first
    ("2022-04-18T05:00", "taiyuan_2022_04"),
    ("2022-06-27T23:59", "taiyuan_2022_04"),
    ("2022-06-28T00:00", "ninth_edition"),
    ("2022-11-10T23:59", "ninth_edition"),
    ("2022-11-11T00:00", "twenty_measures"),
    ("2022-12-02T12:00", "twenty_measures"),
])
def test_policy_in_force_follows_the_effective_dates(moment: str, key: str) -> None:
    assert policies.in_force(datetime.fromisoformat(moment)).key == key


def test_lifting_rules_as_the_protocols_state_them() -> None:
    ninth = policies.get("ninth_edition")
    high = ninth.lifting_from("high")
    medium = ninth.lifting_from("medium")
    assert (high.to_level, high.days_without_infection, high.requires_negative_screening) == ("medium", 7, True)
    assert (medium.to_level, medium.days_without_infection, medium.days_after_downgrade) == ("low", 7, 3)
    twenty = policies.get("twenty_measures").lifting_from("high")
    assert (twenty.to_level, twenty.days_without_infection) == ("low", 5)
    assert policies.get("twenty_measures").lifting_from("low") is None
    assert policies.get("twenty_measures").level("medium") is None


def test_unknown_policy_is_a_clear_error() -> None:
    with pytest.raises(InvalidInput) as error:
        policies.get("tenth_edition")
    assert "no policy named" in error.value.en and "没有政策" in error.value.zh
