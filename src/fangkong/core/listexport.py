"""The rule every list export follows (issue 17): masked by default; full numbers only for a role with
person.full, with a stated reason, as an audited full read naming every person in the file.

A domain's export function builds an `ExportTable` with `export_rows`' checks and audit entry; the page
writes it with `core.export.xlsx_workbook` (formula characters neutralised there)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput
from fangkong.core.i18n import t
from fangkong.core.roles import Permission, require_any
from fangkong.core.scope import Actor

__all__ = ["ExportTable", "check_full", "record_export"]

MAX_ROWS = 50_000  # one sheet of a list; more is a data request, not a list an official keeps


@dataclass
class ExportTable:
    list_name: str  # recalls, missing_households, overdue_tubes, risk_areas, overrides
    title: str
    header: Sequence[str]
    rows: list[Sequence[object]] = field(default_factory=list)
    full: bool = False
    note: str = ""
    filename: str = "export.xlsx"


def check_full(actor: Actor, full: bool, reason: str) -> str:
    """Before reading anything: a full export needs person.full and a reason. Returns the reason, stripped."""
    reason = (reason or "").strip()
    if full:
        require_any(actor, Permission.PERSON_FULL, zh="您的角色不能导出完整信息",
                    en="Your role may not export full numbers")
        if not reason:
            raise InvalidInput("导出完整信息须填写事由", "A reason is required to export full numbers")
    return reason


def record_export(db: Session, actor: Actor, table: ExportTable, *, person_ids: Iterable[int] = (),
                  reason: str = "", lang: str = "zh", detail: dict[str, object] | None = None) -> ExportTable:
    """Audit the export (a read, or a full read with its reason, naming who is in the file) and set the
    file's note line and name."""
    ids = sorted(set(person_ids))
    audit.record(db, actor, "read_full" if table.full else "read", "export", table.list_name,
                 {"list": table.list_name, "rows": len(table.rows), "persons": audit.compact_ids(ids),
                  **(detail or {})}, reason=reason if table.full else "")
    now = clock.now()
    who = actor.display_name or actor.username
    masked = t("export.full_note", lang, who=who, reason=reason) if table.full else t("export.masked_note", lang)
    table.note = f"{masked} · {t('export.exported_at', lang, at=f'{now:%Y-%m-%d %H:%M}')}"
    table.filename = f"{table.title}-{now:%Y%m%d-%H%M}.xlsx"
    return table
