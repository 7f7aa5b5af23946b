"""The facts isolation gives the health-code rules: quarantine and monitoring stays."""

from __future__ import annotations

from sqlalchemy import Select, String, cast, literal, select

from fangkong.core.facts import FactSource, static
from fangkong.isolation.models import STAY_KINDS, QuarantineStay


def stay_facts() -> Select:
    return select(QuarantineStay.person_id, QuarantineStay.kind.label("sub"), QuarantineStay.start_at.label("since"),
                  QuarantineStay.end_at.label("until"),
                  (literal("stay:") + cast(QuarantineStay.id, String)).label("ref"),
                  QuarantineStay.site.label("note_zh"), QuarantineStay.site.label("note_en"))


FACT_SOURCES: list[FactSource] = [static("quarantine", STAY_KINDS, stay_facts)]
