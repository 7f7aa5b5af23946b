"""The facts tracing gives the health-code rules: infections (cases) and contacts."""

from __future__ import annotations

from sqlalchemy import DateTime, Select, String, case, cast, literal, null, select

from fangkong.core.facts import FactSource, static
from fangkong.tracing.models import CASE_KINDS, CONTACT_KINDS, Case, Contact


def infection_facts() -> Select:
    return select(Case.person_id, Case.kind.label("sub"), Case.reported_at.label("since"),
                  Case.discharged_at.label("until"),
                  (literal("case:") + cast(Case.id, String)).label("ref"),
                  case((Case.kind == "confirmed", "确诊病例"), else_="无症状感染者").label("note_zh"),
                  case((Case.kind == "confirmed", "confirmed case"), else_="asymptomatic").label("note_en"))


def contact_facts() -> Select:
    case_text = cast(Contact.case_id, String)
    return select(Contact.person_id, Contact.kind.label("sub"), Contact.exposure_at.label("since"),
                  cast(null(), DateTime).label("until"), (literal("contact:") + cast(Contact.id, String)).label("ref"),
                  (literal("病例 #") + case_text).label("note_zh"), (literal("case #") + case_text).label("note_en"))


FACT_SOURCES: list[FactSource] = [
    static("infection", CASE_KINDS, infection_facts),
    static("contact", CONTACT_KINDS, contact_facts),
]
