"""Protocol versions as data: one TOML file per policy, chosen by effective date.

The policy in force at a moment is the one with the latest ``effective`` not after it, so the
past is replayed under the rules that held then and a new protocol is a new file, not a code change.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from fangkong import domains
from fangkong.core.errors import InvalidInput

POLICY_DIR = Path(__file__).parent


@dataclass(frozen=True)
class Level:
    key: str
    name_zh: str
    name_en: str
    severity: int  # higher is stricter
    active: bool  # listed as a risk area; False for the county-wide default (low)
    measures_zh: str = ""
    measures_en: str = ""


@dataclass(frozen=True)
class Lifting:
    """A level steps down to ``to`` ('' = the area ends) after N whole days without a new infection."""

    from_level: str
    to_level: str
    days_without_infection: int
    days_after_downgrade: int | None = None  # shorter count when the area reached this level by lifting
    requires_negative_screening: bool = False


def code_facts() -> dict[str, tuple[str, ...]]:
    """Fact kinds the health-code rules can name, with the sub-kinds a rule's `match` may list (empty
    where the sub-kinds are the policy's own level keys): the domains' FACT_SOURCES, the one table."""
    return {kind: () if source.subs_are_levels else source.subs for kind, source in domains.fact_sources().items()}


CODE_COLOURS = ("green", "yellow", "red")


@dataclass(frozen=True)
class CodeRule:
    """One health-code rule: facts of `fact` whose sub-kind is in `match` give `colour` (``fact``: the
    fact's own colour, for overrides), for `days` after the fact's start when the fact has no end."""

    id: str
    fact: str
    match: tuple[str, ...]
    colour: str
    text_zh: str
    text_en: str
    clears_zh: str
    clears_en: str
    popup: bool = False
    days: int | None = None
    sets_colour: bool = False  # the colour replaces the others' (an approved manual code)


@dataclass(frozen=True)
class Policy:
    key: str
    name_zh: str
    name_en: str
    effective: datetime
    source: str
    levels: tuple[Level, ...]
    lifting: tuple[Lifting, ...]
    extra: dict[str, Any] = field(default_factory=dict)
    code_rules: tuple[CodeRule, ...] = ()
    code_popup: bool = False  # whether this protocol knows a pop-up (弹窗) state

    def code_rule(self, rule_id: str) -> CodeRule | None:
        return next((rule for rule in self.code_rules if rule.id == rule_id), None)

    def level(self, key: str) -> Level | None:
        return next((level for level in self.levels if level.key == key), None)

    def lifting_from(self, level: str) -> Lifting | None:
        return next((rule for rule in self.lifting if rule.from_level == level), None)

    def severity(self, level: str | None) -> int:
        found = self.level(level) if level else None
        return found.severity if found else 0


def _parse(path: Path) -> Policy:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    levels = tuple(Level(**item) for item in data.pop("levels"))
    known = {level.key for level in levels}
    lifting = []
    for item in data.pop("lifting", []):
        rule = Lifting(
            from_level=item["from"],
            to_level=item["to"],
            days_without_infection=int(item["days_without_infection"]),
            days_after_downgrade=item.get("days_after_downgrade"),
            requires_negative_screening=bool(item.get("requires_negative_screening", False)),
        )
        if rule.from_level not in known or (rule.to_level and rule.to_level not in known):
            raise ValueError(f"{path.name}: lifting {rule.from_level}->{rule.to_level} names an unknown level")
        lifting.append(rule)
    codes = data.pop("codes", {})
    code_popup = bool(codes.get("popup", False))
    code_rules = tuple(_code_rule(path, item, known, code_popup) for item in codes.get("rules", []))
    if len({rule.id for rule in code_rules}) != len(code_rules):
        raise ValueError(f"{path.name}: two health-code rules share an id")
    return Policy(
        key=data.pop("key"),
        name_zh=data.pop("name_zh"),
        name_en=data.pop("name_en"),
        effective=datetime.fromisoformat(data.pop("effective")),
        source=data.pop("source", ""),
        levels=levels,
        lifting=tuple(lifting),
        extra=data,
        code_rules=code_rules,
        code_popup=code_popup,
    )


def _code_rule(path: Path, item: dict[str, Any], levels: set[str], popup_allowed: bool) -> CodeRule:
    rule = CodeRule(
        id=item["id"], fact=item["fact"], match=tuple(item["match"]), colour=item["colour"],
        text_zh=item["text_zh"], text_en=item["text_en"], clears_zh=item["clears_zh"], clears_en=item["clears_en"],
        popup=bool(item.get("popup", False)), days=item.get("days"), sets_colour=bool(item.get("sets_colour", False)))
    facts = code_facts()
    if rule.fact not in facts:
        raise ValueError(f"{path.name}: code rule {rule.id} names an unknown fact {rule.fact!r}")
    allowed = set(facts[rule.fact]) or levels
    if not rule.match or not set(rule.match) <= allowed:
        raise ValueError(f"{path.name}: code rule {rule.id} matches {rule.match}, allowed {sorted(allowed)}")
    if rule.colour not in CODE_COLOURS and not (rule.colour == "fact" and rule.fact == "override"):
        raise ValueError(f"{path.name}: code rule {rule.id} has colour {rule.colour!r}")
    if rule.popup and not popup_allowed:
        raise ValueError(f"{path.name}: code rule {rule.id} pops up but the policy has no pop-up state")
    if rule.days is not None and int(rule.days) <= 0:
        raise ValueError(f"{path.name}: code rule {rule.id} needs positive days")
    return rule


@lru_cache(maxsize=1)
def all_policies() -> tuple[Policy, ...]:
    """Every policy file, oldest first."""
    return tuple(sorted((_parse(path) for path in POLICY_DIR.glob("*.toml")), key=lambda p: p.effective))


def get(key: str) -> Policy:
    for policy in all_policies():
        if policy.key == key:
            return policy
    raise InvalidInput(f"没有政策 {key}", f"no policy named {key!r}")


def in_force(moment: datetime) -> Policy:
    """The policy in force at a moment; before the first one, the first one (the city had no other)."""
    chosen = all_policies()[0]
    for policy in all_policies():
        if policy.effective <= moment:
            chosen = policy
    return chosen


# Every level name any policy knows, strictest first, for parsers and pages.
def level_names() -> dict[str, tuple[str, str]]:
    names: dict[str, tuple[str, str]] = {}
    for policy in all_policies():
        for level in policy.levels:
            names.setdefault(level.key, (level.name_zh, level.name_en))
    return names
