"""The testing lists as .xlsx tables (issue 17): recalls, a round's missing households, overdue tubes.

Each reads through the same service call as its page (permission, jurisdiction, the list's own audit
entry), then, for a full export, re-reads the persons unmasked in the actor's jurisdiction after
`listexport.check_full`; `listexport.record_export` audits the file and who is in it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fangkong.core import clock
from fangkong.core.errors import InvalidInput
from fangkong.core.i18n import t
from fangkong.core.listexport import MAX_ROWS, ExportTable, check_full, record_export
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.testing import coverage, reports
from fangkong.testing import service as testing
from fangkong.testing.models import Lab, SamplingSite

__all__ = ["missing_households_table", "overdue_tubes_table", "recalls_table"]


def _when(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


def _persons(db: Session, actor: Actor, ids: set[int], full: bool) -> dict[int, registry.PersonView]:
    """Views of the persons in the actor's jurisdiction, full or masked (the caller checked and audits)."""
    return registry.person_views(db, ids, within=actor, full=full)


def recalls_table(db: Session, actor: Actor, *, state: str | None = "open", full: bool = False, reason: str = "",
                  lang: str = "zh") -> ExportTable:
    reason = check_full(actor, full, reason)
    _total, recalls = reports.recalls(db, actor, state=state, limit=MAX_ROWS)  # checks, masks, audits the list
    addresses = coverage.registry_household_labels(db, {r.household_id for r in recalls if r.household_id},
                                                  with_area=coverage.wider_than_a_community(actor))
    persons = _persons(db, actor, {r.person.id for r in recalls}, full)
    table = ExportTable("recalls", t("testing.recall.title", lang), [
        t("export.col.name", lang), t("export.col.id_number", lang), t("export.col.phone", lang),
        t("export.col.address", lang), t("export.col.state", lang), t("export.col.recalled_at", lang),
        t("export.col.pool_tube", lang), t("export.col.retest_tube", lang), t("export.col.outcome", lang)],
        full=full)
    for r in recalls:
        person = persons.get(r.person.id, r.person)
        table.rows.append([person.name, person.id_number, person.phone, addresses.get(r.household_id or 0, ""),
                           t(f"testing.recall.state.{r.state}", lang), _when(r.created_at), r.source_barcode,
                           r.retest_barcode or "", t(f"testing.result.{r.outcome}", lang) if r.outcome else ""])
    return record_export(db, actor, table, person_ids=[r.person.id for r in recalls], reason=reason, lang=lang,
                         detail={"state": state})


def missing_households_table(db: Session, actor: Actor, round_id: int, place_id: int | None, *, full: bool = False,
                             reason: str = "", lang: str = "zh") -> ExportTable:
    """One row per member of each household with someone missing, under the place (default: the actor's
    jurisdiction; the city has no single place: a district must be chosen)."""
    reason = check_full(actor, full, reason)
    rnd = testing.get_round(db, actor, round_id)
    total, _rows = coverage.coverage(db, actor, round_id, place_id)
    if total.id is None:
        raise InvalidInput("请先选择一个区县或更小的地点再导出", "Choose a district or a smaller place to export")
    households = coverage.households_status(db, actor, round_id, total.id, limit=MAX_ROWS // 3)
    member_ids = {m.person_id for h in households for m in h.members}
    persons = _persons(db, actor, member_ids, full)
    table = ExportTable("missing_households", f"{rnd.name} · {total.name} · {t('export.missing_title', lang)}", [
        t("export.col.address", lang), t("export.col.missing", lang), t("export.col.name", lang),
        t("export.col.id_number", lang), t("export.col.phone", lang), t("export.col.status", lang),
        t("export.col.door_note", lang)], full=full)
    for h in households:
        note = h.door_note
        note_text = (f"{t('testing.note.' + note.kind, lang)} {note.persons_on_note or ''} {_when(note.recorded_at)}"
                     .strip() if note is not None else "")
        for m in h.members:
            person = persons.get(m.person_id)
            table.rows.append([h.address, h.missing, person.name if person else m.name,
                               person.id_number if person else m.id_number, person.phone if person else "",
                               t(f"testing.status.{m.status}", lang), note_text])
    return record_export(db, actor, table, person_ids=member_ids, reason=reason, lang=lang,
                         detail={"round": round_id, "place": total.id, "households": len(households)})


def overdue_tubes_table(db: Session, actor: Actor, *, round_id: int | None = None, group: str | None = None,
                        lang: str = "zh") -> ExportTable:
    """Tubes past their target without a result (no persons in it: never masked, nothing to unmask)."""
    now = clock.now()
    _total, tubes = reports.overdue_results(db, actor, now, round_id=round_id, group=group, limit=MAX_ROWS)
    sites = dict(db.execute(select(SamplingSite.id, SamplingSite.name)
                            .where(SamplingSite.id.in_({o.site_id for o in tubes}))).all()) if tubes else {}
    labs = dict(db.execute(select(Lab.id, Lab.name)
                           .where(Lab.id.in_({o.lab_id for o in tubes if o.lab_id}))).all()) if tubes else {}
    table = ExportTable("overdue_tubes", t("export.overdue_title", lang), [
        t("export.col.tube", lang), t("export.col.state", lang), t("export.col.site", lang), t("export.col.lab", lang),
        t("export.col.pool_size", lang), t("export.col.sampled_at", lang), t("export.col.target_hours", lang),
        t("export.col.hours_waiting", lang)])
    for o in tubes:
        table.rows.append([o.barcode, t(f"testing.tube.{o.state}", lang), sites.get(o.site_id, ""),
                           labs.get(o.lab_id or 0, ""), o.pool_size, _when(o.sampled_at), o.target_hours,
                           o.hours_waiting])
    return record_export(db, actor, table, lang=lang, detail={"round": round_id, "group": group})
