"""The health-code rules as a pure function: a person's facts + the policy in force + the clock -> the
code with every reason. No database here: the set-based engine (engine.py) computes the same thing in
SQL for millions of persons, and tests hold the two to the same answers.

Semantics (the same in both places):
- a fact (kind, sub-kind, since, until) is matched by the first rule of the policy naming its kind with
  the sub-kind in `match`; a fact no rule names counts for nothing (e.g. secondary contacts under the
  twenty measures);
- a reason lasts from the fact's start until the fact's own end, else `days` after its start, else
  while the fact stands (a risk area until it is lifted, an infection until cleared);
- the code is the worst colour of the reasons (red > yellow > green), with a pop-up when any reason
  pops up; an approved manual override (``sets_colour``) replaces the colour and the pop-up, while the
  other reasons stay listed so staff see what it overrode.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from fangkong.policies import CodeRule, Policy

COLOURS = ("green", "yellow", "red")
SEVERITY = {colour: rank for rank, colour in enumerate(COLOURS)}


@dataclass(frozen=True)
class Fact:
    """One recorded fact about a person, as every fact source delivers it."""

    person_id: int
    kind: str  # infection | positive_test | pool_positive | contact | quarantine | risk_area | landing_test | ...
    sub: str  # confirmed | close | centralised | high | risk | routine | red ...
    since: datetime
    until: datetime | None = None
    ref: str = ""  # "case:3", "notice:12", "override:7"
    note_zh: str = ""
    note_en: str = ""


@dataclass(frozen=True)
class Reason:
    rule: str
    fact_kind: str
    fact_ref: str
    since: datetime
    until: datetime | None
    text_zh: str
    text_en: str
    clears_zh: str
    clears_en: str
    evidence: dict[str, Any] = field(default_factory=dict)
    colour: str = "green"
    popup: bool = False
    sets_colour: bool = False

    def text(self, lang: str) -> str:
        return self.text_en if lang == "en" else self.text_zh

    def clears(self, lang: str) -> str:
        return self.clears_en if lang == "en" else self.clears_zh


@dataclass(frozen=True)
class CodeView:
    person_id: int
    colour: str  # green | yellow | red
    popup: bool
    reasons: list[Reason]
    policy_key: str
    as_of: datetime
    overridden: bool = False

    @property
    def token_colour(self) -> str:
        """What the signed token carries: red dominates; a pop-up shows as `popup` otherwise."""
        if self.colour == "red":
            return "red"
        return "popup" if self.popup else self.colour


def rule_for(policy: Policy, kind: str, sub: str) -> CodeRule | None:
    return next((rule for rule in policy.code_rules if rule.fact == kind and sub in rule.match), None)


def rule_colour(rule: CodeRule, sub: str) -> str:
    return sub if rule.colour == "fact" else rule.colour


def effective_until(rule: CodeRule, since: datetime, until: datetime | None) -> datetime | None:
    if until is not None:
        return until
    return since + timedelta(days=rule.days) if rule.days else None


def applies(rule: CodeRule, since: datetime, until: datetime | None, now: datetime) -> bool:
    end = effective_until(rule, since, until)
    return since <= now and (end is None or end > now)


def make_reason(policy: Policy, rule: CodeRule, *, kind: str, sub: str, ref: str, since: datetime,
                until: datetime | None, note_zh: str, note_en: str) -> Reason:
    end = effective_until(rule, since, until)
    return Reason(
        rule=rule.id, fact_kind=kind, fact_ref=ref, since=since, until=end,
        text_zh=rule.text_zh.replace("{note}", note_zh or "—").replace("{days}", str(rule.days or "")),
        text_en=rule.text_en.replace("{note}", note_en or note_zh or "—").replace("{days}", str(rule.days or "")),
        clears_zh=rule.clears_zh, clears_en=rule.clears_en,
        evidence={"fact": kind, "sub": sub, "ref": ref, "since": since.isoformat(sep=" "),
                  "until": end.isoformat(sep=" ") if end else None, "note": note_zh, "policy": policy.key,
                  "rule": rule.id, "days": rule.days},
        colour=rule_colour(rule, sub), popup=rule.popup, sets_colour=rule.sets_colour)


def combine(policy: Policy, person_id: int, reasons: Iterable[Reason], now: datetime) -> CodeView:
    order = {rule.id: index for index, rule in enumerate(policy.code_rules)}
    ordered = sorted(reasons, key=lambda r: (order.get(r.rule, len(order)), r.since, r.fact_ref))
    manual = [r for r in ordered if r.sets_colour]
    if manual:
        colour = max((r.colour for r in manual), key=SEVERITY.__getitem__)
        popup = False
    else:
        colour = max((r.colour for r in ordered), key=SEVERITY.__getitem__, default="green")
        popup = policy.code_popup and any(r.popup for r in ordered)
    return CodeView(person_id=person_id, colour=colour, popup=popup, reasons=ordered, policy_key=policy.key,
                    as_of=now, overridden=bool(manual))


def evaluate(policy: Policy, person_id: int, facts: Iterable[Fact], now: datetime) -> CodeView:
    """The code of one person from their facts: the pure function the tests drive."""
    reasons = []
    for fact in facts:
        rule = rule_for(policy, fact.kind, fact.sub)
        if rule is None or not applies(rule, fact.since, fact.until, now):
            continue
        reasons.append(make_reason(policy, rule, kind=fact.kind, sub=fact.sub, ref=fact.ref, since=fact.since,
                                   until=fact.until, note_zh=fact.note_zh, note_en=fact.note_en))
    return combine(policy, person_id, reasons, now)
