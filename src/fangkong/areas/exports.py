"""The risk areas in force at a moment as an .xlsx table (issue 17). Places, not persons: nothing to mask;
the export is still audited as a read of the list."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from fangkong import policies
from fangkong.areas import screening, service
from fangkong.areas.rows import area_rows
from fangkong.core.i18n import t
from fangkong.core.listexport import ExportTable, record_export
from fangkong.core.roles import Permission, require_any
from fangkong.core.scope import Actor

__all__ = ["risk_areas_table"]


def _level_name(level: str | None, lang: str) -> str:
    if not level:
        return t("areas.lifted", lang)
    names = policies.level_names().get(level)
    return level if names is None else names[1] if lang == "en" else names[0]


def _when(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


def risk_areas_table(db: Session, actor: Actor, at: datetime, *, district: str | None = None,
                     lang: str = "zh") -> ExportTable:
    require_any(actor, Permission.AREAS_READ)
    areas = service.areas_at(db, at, district=district or None, screening=screening.day7_screening(db))
    rows = area_rows(areas, lang)
    title = f"{t('export.areas_title', lang)} {at:%Y-%m-%d %H:%M}"
    table = ExportTable("risk_areas", title, [
        t("export.col.district", lang), t("export.col.area", lang), t("export.col.level", lang),
        t("export.col.since", lang), t("export.col.lift_expected", lang), t("export.col.notices", lang),
        t("export.col.reason", lang)])
    for row in rows:
        table.rows.append([row.district, row.short, _level_name(row.level, lang), _when(row.since),
                           _when(row.lift_expected), "、".join(row.notice_numbers), row.reason])
    return record_export(db, actor, table, lang=lang, detail={"at": at.isoformat(), "district": district or ""})
