"""Isolation rules as pure functions over the policy's `[isolation]` table: the phases of a group, the
day counter, the tests due, whether a stay may be released, what a daily check escalates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from fangkong import policies
from fangkong.core.errors import InvalidInput


@dataclass(frozen=True)
class Phase:
    kind: str  # a stay kind: centralised, home_quarantine, home_monitoring, treatment
    days: int  # 0 = open-ended (treatment until discharge)
    test_days: tuple[int, ...]


@dataclass(frozen=True)
class IsolationPolicy:
    key: str
    groups: dict[str, tuple[Phase, ...]]
    arrivals: dict[str, str]  # origin risk level -> group or "landing_test"
    fangcang_ready_hours: int
    fever_celsius: float
    mood_alert_score: int
    landing_test_zh: str
    landing_test_en: str

    def phases(self, group: str) -> tuple[Phase, ...]:
        if group not in self.groups:
            raise InvalidInput(f"政策 {self.key} 没有隔离类别 {group}",
                               f"The policy {self.key} has no quarantine group {group!r}")
        return self.groups[group]


def isolation_policy(moment: datetime) -> IsolationPolicy:
    """The `[isolation]` table of the policy in force at `moment`."""
    policy = policies.in_force(moment)
    table = policy.extra.get("isolation", {})
    groups = {item["key"]: tuple(Phase(kind=phase["kind"], days=int(phase["days"]),
                                       test_days=tuple(int(day) for day in phase.get("test_days", [])))
                                 for phase in item["phases"])
              for item in table.get("groups", [])}
    return IsolationPolicy(key=policy.key, groups=groups, arrivals=dict(table.get("arrivals", {})),
                           fangcang_ready_hours=int(table.get("fangcang_ready_hours", 24)),
                           fever_celsius=float(table.get("fever_celsius", 37.3)),
                           mood_alert_score=int(table.get("mood_alert_score", 6)),
                           landing_test_zh=table.get("landing_test_zh", "落地核酸检测"),
                           landing_test_en=table.get("landing_test_en", "landing test"))


def day_zero(start_at: datetime, exposure_at: datetime | None = None) -> date:
    """Day 1 is the day after day zero: the last exposure when known (第九版 counts from it), else the
    stay's own first day is day 1."""
    if exposure_at is not None and exposure_at <= start_at:
        return exposure_at.date()
    return start_at.date() - timedelta(days=1)


def day_number(zero: date, today: date) -> int:
    return (today - zero).days


def planned_end(zero: date, days: int) -> datetime | None:
    """The end of the last planned day (midnight after it); None for an open-ended phase."""
    return None if days <= 0 else datetime.combine(zero + timedelta(days=days + 1), datetime.min.time())


def parse_test_days(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part.strip())


def format_test_days(days: tuple[int, ...]) -> str:
    return ",".join(str(day) for day in days)


@dataclass(frozen=True)
class ReleaseCheck:
    days_done: bool
    missing_days: tuple[int, ...]
    positive_days: tuple[int, ...]

    @property
    def ok(self) -> bool:
        return self.days_done and not self.missing_days and not self.positive_days


def release_check(*, day: int, planned_days: int, test_days: tuple[int, ...],
                  results: dict[int, str]) -> ReleaseCheck:
    """A stay may be released from its last planned day on, when every test day has a negative result.
    (On the last day the day's own test is required too, so release follows its result.)"""
    return ReleaseCheck(days_done=planned_days > 0 and day >= planned_days,
                        missing_days=tuple(d for d in test_days if d not in results),
                        positive_days=tuple(d for d, result in sorted(results.items()) if result == "positive"))


# PHQ-4 (Kroenke et al. 2009): four items scored 0-3 — two of anxiety (GAD-2), two of depression (PHQ-2).
MOOD_QUESTIONS = (
    ("感到紧张、焦虑或急切", "Feeling nervous, anxious or on edge"),
    ("不能停止或控制担忧", "Not being able to stop or control worrying"),
    ("做事时提不起劲或没有兴趣", "Little interest or pleasure in doing things"),
    ("感到心情低落、沮丧或绝望", "Feeling down, depressed or hopeless"),
)
MOOD_ANSWERS = (("完全不会", "not at all"), ("好几天", "several days"), ("一半以上的天数", "more than half the days"),
                ("几乎每天", "nearly every day"))


def mood_score(answers: list[int]) -> int:
    if len(answers) != len(MOOD_QUESTIONS) or any(a not in (0, 1, 2, 3) for a in answers):
        raise InvalidInput("心理自评需回答全部4题(0-3分)", "The mood check needs all 4 answers (0-3)")
    return sum(answers)


def escalations(*, temperature: float | None, symptoms: str, mood: int | None,
                policy: IsolationPolicy) -> list[str]:
    """What a daily check sends on: a fever or symptoms to the site's doctor, a bad mood score to the
    psychologist."""
    found = []
    if temperature is not None and temperature >= policy.fever_celsius:
        found.append("fever")
    if symptoms.strip():
        found.append("symptoms")
    if mood is not None and mood >= policy.mood_alert_score:
        found.append("mood")
    return found


def parse_temperature(text: str) -> float | None:
    """"36.5", "36,5", "36.5℃", "" (not taken)."""
    cleaned = text.strip().replace("℃", "").replace("°C", "").replace("，", ".").replace(",", ".").strip()
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        raise InvalidInput(f"体温无法识别: {text}", f"Cannot read the temperature {text!r}") from None
    if not 34.0 <= value <= 43.0:
        raise InvalidInput(f"体温不合理: {text}", f"Implausible temperature {text!r}")
    return value
