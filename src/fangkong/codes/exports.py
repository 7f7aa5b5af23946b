"""The manual-code (override) history as an .xlsx table (issue 17): the persons masked unless a role with
person.full states a reason; audited with everyone in the file."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from fangkong.codes import service
from fangkong.core.i18n import t
from fangkong.core.listexport import MAX_ROWS, ExportTable, check_full, record_export
from fangkong.core.scope import Actor
from fangkong.registry import service as registry

__all__ = ["overrides_table"]


def _when(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


def overrides_table(db: Session, actor: Actor, *, state: str | None = None, full: bool = False, reason: str = "",
                    lang: str = "zh") -> ExportTable:
    reason = check_full(actor, full, reason)
    overrides = service.list_overrides(db, actor, state=state, limit=MAX_ROWS)  # checks role and jurisdiction
    persons = registry.person_views(db, {o.person_id for o in overrides}, within=actor, full=full)
    table = ExportTable("overrides", t("export.overrides_title", lang), [
        t("export.col.number", lang), t("export.col.name", lang), t("export.col.id_number", lang),
        t("export.col.colour", lang), t("export.col.reason", lang), t("export.col.requested_by", lang),
        t("export.col.requested_at", lang), t("export.col.expires_at", lang), t("export.col.state", lang),
        t("export.col.decided_by", lang)], full=full)
    for o in overrides:
        person = persons.get(o.person_id)
        if person is None:  # outside the jurisdiction (list_overrides filtered already): never in the file
            continue
        table.rows.append([o.id, person.name, person.id_number, t(f"codes.colour.{o.colour}", lang), o.reason,
                           o.requested_by, _when(o.requested_at), _when(o.expires_at),
                           t(f"codes.state.{o.state}", lang),
                           f"{o.decided_by} {_when(o.decided_at)}" if o.decided_by else ""])
    return record_export(db, actor, table, person_ids=[o.person_id for o in overrides if o.person_id in persons],
                         reason=reason, lang=lang, detail={"state": state or "all"})
