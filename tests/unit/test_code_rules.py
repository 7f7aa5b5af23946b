"""Table-driven health-code scenarios under each policy: facts in, colour and reasons out (the pure
function codes.rules.evaluate, which the set-based recompute is held to)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fangkong import policies
from fangkong.codes.rules import Fact, evaluate

APRIL = datetime(2022, 4, 20, 10, 0)  # taiyuan_2022_04
JULY = datetime(2022, 7, 20, 10, 0)  # ninth_edition
DECEMBER = datetime(2022, 12, 3, 12, 0)  # twenty_measures


def fact(kind: str, sub: str, days_ago: float, until_in: float | None = None, ref: str = "x:1",
         now: datetime = APRIL) -> Fact:
    since = now - timedelta(days=days_ago)
    return Fact(1, kind, sub, since, None if until_in is None else now + timedelta(days=until_in), ref, "说明", "note")


# (name, moment, facts, colour, popup, reason rules)
SCENARIOS = [
    # --- Taiyuan, April 2022 (封控区 / 管控区, 8th edition contacts, missed district round)
    ("ty nothing", APRIL, [], "green", False, []),
    ("ty sealed zone is red", APRIL, [fact("risk_area", "sealed", 2)], "red", False, ["sealed_area"]),
    ("ty controlled zone is yellow", APRIL, [fact("risk_area", "controlled", 2)], "yellow", False, ["controlled_area"]),
    ("ty precaution zone is green", APRIL, [fact("risk_area", "precaution", 2)], "green", False, []),
    ("ty close contact 14 days", APRIL, [fact("contact", "close", 13)], "red", False, ["close_contact"]),
    ("ty close contact over after 14", APRIL, [fact("contact", "close", 14.5)], "green", False, []),
    ("ty secondary contact counts", APRIL, [fact("contact", "secondary", 3)], "red", False, ["secondary_contact"]),
    ("ty missed round yellow", APRIL, [fact("overdue_test", "routine", 1)], "yellow", False, ["missed_test"]),
    ("ty landing pops up", APRIL, [fact("landing_test", "risk", 0.5)], "yellow", True, ["landing_test_due"]),
    ("ty arrival from elsewhere nothing", APRIL, [fact("landing_test", "other", 0.5)], "green", False, []),
    ("ty worst wins, all kept", APRIL,
     [fact("overdue_test", "routine", 1), fact("risk_area", "controlled", 2), fact("infection", "confirmed", 1)],
     "red", False, ["infection", "controlled_area", "missed_test"]),
    # --- ninth edition (high / medium, 7-day contacts, pop-ups)
    ("9 high is red", JULY, [fact("risk_area", "high", 1, now=JULY)], "red", False, ["high_risk_area"]),
    ("9 medium is yellow", JULY, [fact("risk_area", "medium", 1, now=JULY)], "yellow", False, ["medium_risk_area"]),
    ("9 close contact 7 days", JULY, [fact("contact", "close", 6, now=JULY)], "red", False, ["close_contact"]),
    ("9 close contact over after 7", JULY, [fact("contact", "close", 7.5, now=JULY)], "green", False, []),
    ("9 secondary contact yellow", JULY, [fact("contact", "secondary", 2, now=JULY)], "yellow", False,
     ["secondary_contact"]),
    ("9 landing is a pop-up on green", JULY, [fact("landing_test", "risk", 1, now=JULY)], "green", True,
     ["landing_test_due"]),
    ("9 missed test pops up", JULY, [fact("overdue_test", "routine", 1, now=JULY)], "green", True, ["missed_test"]),
    ("9 home monitoring yellow until its end", JULY, [fact("quarantine", "home_monitoring", 2, 1, now=JULY)],
     "yellow", False, ["home_monitoring"]),
    ("9 ended stay is green", JULY, [fact("quarantine", "centralised", 9, -2, now=JULY)], "green", False, []),
    ("9 pool positive yellow", JULY, [fact("pool_positive", "pool", 0.2, now=JULY)], "yellow", False,
     ["pool_positive"]),
    # --- twenty measures (high only, no secondary contacts, no pop-up)
    ("20 high is red", DECEMBER, [fact("risk_area", "high", 1, now=DECEMBER)], "red", False, ["high_risk_area"]),
    ("20 no secondary contacts", DECEMBER, [fact("contact", "secondary", 1, now=DECEMBER)], "green", False, []),
    ("20 close contact 5 days", DECEMBER, [fact("contact", "close", 4, now=DECEMBER)], "red", False, ["close_contact"]),
    ("20 close contact over after 5", DECEMBER, [fact("contact", "close", 5.5, now=DECEMBER)], "green", False, []),
    ("20 landing yellow, no pop-up", DECEMBER, [fact("landing_test", "risk", 1, now=DECEMBER)], "yellow", False,
     ["landing_test_due"]),
    ("20 positive single tube red", DECEMBER, [fact("positive_test", "single", 0.1, now=DECEMBER)], "red", False,
     ["positive_test"]),
    # --- a missed round is worded as a round for everyone; a key-group schedule as a key group's (issue 17)
    ("ty missed district round", APRIL, [fact("overdue_test", "round", 1)], "yellow", False, ["missed_round"]),
    ("20 missed round", DECEMBER, [fact("overdue_test", "round", 1, now=DECEMBER)], "yellow", False,
     ["missed_round"]),
    ("20 missed key-group series", DECEMBER, [fact("overdue_test", "series", 1, now=DECEMBER)], "yellow", False,
     ["missed_test"]),
    # --- manual codes (all policies): the approved colour replaces the others, which stay listed
    ("override lowers", DECEMBER, [fact("risk_area", "high", 1, now=DECEMBER),
                                   fact("override", "green", 0.1, 2, now=DECEMBER)], "green", False,
     ["high_risk_area", "override"]),
    ("override raises", JULY, [fact("override", "red", 0.1, 2, now=JULY)], "red", False, ["override"]),
    ("expired override gone", JULY, [fact("override", "red", 3, -1, now=JULY)], "green", False, []),
    ("override silences a pop-up", JULY, [fact("landing_test", "risk", 1, now=JULY),
                                          fact("override", "yellow", 0.1, 2, now=JULY)], "yellow", False,
     ["landing_test_due", "override"]),
    ("future fact not yet", JULY, [fact("infection", "confirmed", -1, now=JULY)], "green", False, []),
]


@pytest.mark.parametrize(("name", "moment", "facts", "colour", "popup", "rules"), SCENARIOS,
                         ids=[s[0] for s in SCENARIOS])
def test_scenarios(name: str, moment: datetime, facts: list[Fact], colour: str, popup: bool,
                   rules: list[str]) -> None:
    view = evaluate(policies.in_force(moment), 1, facts, moment)
    assert (view.colour, view.popup) == (colour, popup)
    assert [r.rule for r in view.reasons] == rules
    for reason in view.reasons:
        assert reason.text_zh and reason.text_en and reason.clears_zh and reason.clears_en
        assert "{note}" not in reason.text_zh and reason.evidence["policy"] == view.policy_key


def test_reason_says_since_until_and_what_clears_it() -> None:
    view = evaluate(policies.get("ninth_edition"), 1, [fact("contact", "close", 2, ref="contact:9", now=JULY)], JULY)
    (reason,) = view.reasons
    assert reason.since == JULY - timedelta(days=2) and reason.until == JULY + timedelta(days=5)
    assert "密切接触者" in reason.text_zh and "Close contact" in reason.text_en and "7" in reason.clears_zh
    assert reason.fact_ref == "contact:9" and view.token_colour == "red"


def test_every_policy_has_rules_for_the_core_facts() -> None:
    for policy in policies.all_policies():
        facts = {rule.fact for rule in policy.code_rules}
        assert {"infection", "contact", "quarantine", "risk_area", "landing_test", "overdue_test", "override"} <= facts
    assert policies.get("twenty_measures").code_popup is False
    assert not any("secondary" in r.match for r in policies.get("twenty_measures").code_rules)


_KINDS = [(k, s) for k, subs in policies.code_facts().items() for s in subs] + [
    ("risk_area", lv) for lv in ("high", "medium", "sealed", "controlled", "precaution", "low")]


@given(st.lists(st.tuples(st.sampled_from(_KINDS), st.floats(-2, 30), st.one_of(st.none(), st.floats(-5, 10))),
                max_size=8),
       st.sampled_from([APRIL, JULY, DECEMBER]))
def test_worst_colour_wins_and_every_reason_is_kept(items: list, moment: datetime) -> None:
    policy = policies.in_force(moment)
    facts = [fact(k, s, ago, until, now=moment) for (k, s), ago, until in items]
    view = evaluate(policy, 1, facts, moment)
    order = ["green", "yellow", "red"]
    manual = [r for r in view.reasons if r.sets_colour]
    expected = max((r.colour for r in (manual or view.reasons)), key=order.index, default="green")
    assert view.colour == expected
    assert all(r.since <= moment and (r.until is None or r.until > moment) for r in view.reasons)
    assert len(view.reasons) <= len(facts)
    assert view.popup is (policy.code_popup and not manual and any(r.popup for r in view.reasons))


def test_a_resident_who_missed_a_round_is_not_called_a_key_group_member() -> None:
    for policy in policies.all_policies():
        missed = Fact(1, "overdue_test", "round", policy.effective, None, "schedule", "光华街社区第1轮全员核酸",
                      "Guanghua round 1")
        (reason,) = evaluate(policy, 1, [missed], policy.effective + timedelta(days=1)).reasons
        assert "重点人员" not in reason.text_zh and "Key-group" not in reason.text_en
        assert "光华街社区第1轮全员核酸" in reason.text_zh and "Guanghua round 1" in reason.text_en
    key = Fact(1, "overdue_test", "routine", DECEMBER, None, "schedule", "医务人员每日一检", "daily test")
    (reason,) = evaluate(policies.in_force(DECEMBER), 1, [key], DECEMBER + timedelta(days=1)).reasons
    assert reason.text_zh.startswith("重点人员未按要求检测") and "医务人员每日一检" in reason.text_zh
