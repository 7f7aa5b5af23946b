"""The audit log page (issue 17): entries in words, searched by the person they were about (name or
identity number), by who did it (username or name, or the system's jobs), by kind and by time; the same
search as an .xlsx workbook. Reading the log needs `audit.read`; every search is itself audited."""

from __future__ import annotations

import json
import math
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput
from fangkong.core.export import XLSX_MEDIA_TYPE, xlsx_download_headers, xlsx_workbook
from fangkong.core.i18n import t
from fangkong.core.models import Account
from fangkong.core.roles import Permission, require
from fangkong.core.scope import Actor
from fangkong.registry import lookup
from fangkong.web.auditview import SYSTEM_PREFIX, in_words
from fangkong.web.deps import DbSession, PageActor
from fangkong.web.i18n import lang_of
from fangkong.web.templating import render

router = APIRouter(include_in_schema=False)

AUDIT_PAGE = 50
EXPORT_LIMIT = 10_000
KINDS = ("read", "read_full", "write", "login", "audit_search", "export", "refused", "generate", "system")


def _search_of(db: Session, actor: Actor, params: Any, lang: str) -> tuple[audit.AuditQuery, dict[str, Any]]:
    """The query the form asks for, and what the page says about it (who the person is, errors)."""
    require(actor, Permission.AUDIT_READ, "无权查看审计日志", "You may not read the audit log")
    said: dict[str, Any] = {"form_error": "", "persons": [], "person_none": False, "actor_none": False}
    since = until = None
    try:
        since = clock.parse_moment(params["since"], "since") if params.get("since") else None
        until = clock.parse_moment(params["until"], "until") if params.get("until") else None
    except InvalidInput as exc:
        said["form_error"] = exc.message(lang)
    kind = params.get("kind", "").strip()
    query = audit.AuditQuery(
        username=params.get("username", "").strip() or None,
        action=params.get("action", "").strip() or (kind if kind in KINDS and kind != "system" else None),
        subject_type=params.get("subject_type", "").strip() or None,
        subject_id=params.get("subject_id", "").strip() or None,
        since=since, until=until, text=params.get("text", "").strip() or None,
        system_only=kind == "system",
    )
    who = params.get("actor", "").strip()
    if who:
        like = f"%{who}%"
        usernames = list(db.scalars(select(Account.username).where(
            or_(Account.username == who, Account.display_name.like(like))).limit(200)))
        if who.startswith(SYSTEM_PREFIX) or "system".startswith(who.lower()):
            query.system_only = True
        else:
            query.usernames = usernames
            said["actor_none"] = not usernames
    ids = [int(v) for v in params.get("persons", "").split(",") if v.strip().isdigit()]
    if ids or params.get("persons") == "none":
        found = lookup.persons_by_ids(db, actor, ids)
        said["persons"] = found
        said["person_none"] = not found
        ids = [str(p.id) for p in found]
        query.subjects = {
            "person": ids, "health_code": ids,
            "household": [str(p.household_id) for p in found if p.household_id],
            # the lists of their places (a grid, a building, …), narrowed to the lists that showed them below
            "household_list": sorted({str(place) for p in found for place in p.places}),
        }
    return query, said


def _showed(entry: audit.AuditEntry, person_ids: set[int]) -> bool:
    """Whether a household list showed one of the persons (its detail holds who it showed, as id ranges)."""
    if entry.subject_type != "household_list" or not person_ids:
        return True
    try:
        shown = str(json.loads(entry.detail).get("persons", ""))
    except ValueError:
        return True
    for part in filter(None, shown.split(",")):
        low, _sep, high = part.partition("-")
        if any(int(low) <= pid <= int(high or low) for pid in person_ids):
            return True
    return False


@router.get("/audit", response_class=HTMLResponse)
def audit_page(request: Request, db: DbSession, actor: PageActor) -> Response:
    params = request.query_params
    lang = lang_of(request)
    try:
        page = max(int(params.get("page", "1")), 1)
    except ValueError:
        page = 1
    query, said = _search_of(db, actor, params, lang)
    query.limit, query.offset = AUDIT_PAGE, (page - 1) * AUDIT_PAGE
    total, entries = audit.search(db, actor, query)
    person_ids = {p.id for p in said["persons"]}
    entries = [e for e in entries if _showed(e, person_ids)]
    pages = max(math.ceil(total / AUDIT_PAGE), 1)
    kept = {k: v for k, v in params.items() if k != "page" and v}

    def query_for(number: int) -> str:
        return urlencode({**kept, "page": number})

    context: dict[str, Any] = {
        **said, "q": query, "views": in_words(db, actor, entries, lang), "total": total, "page": page,
        "pages": pages, "query_for": query_for, "kinds": KINDS, "kind": params.get("kind", ""),
        "who": params.get("actor", ""),
        "since_text": params.get("since", ""), "until_text": params.get("until", ""),
        "export_query": urlencode(kept),
    }
    return render(request, "audit.html", context)


@router.post("/audit", response_class=HTMLResponse)
def audit_person_search(request: Request, db: DbSession, actor: PageActor,
                        person: Annotated[str, Form()] = "", actor_text: Annotated[str, Form(alias="actor")] = "",
                        kind: Annotated[str, Form()] = "", since: Annotated[str, Form()] = "",
                        until: Annotated[str, Form()] = "", text: Annotated[str, Form()] = "") -> Response:
    """The search form: a person's name or identity number travels in the POST body, never in a URL (logs,
    history); the page it leads to carries the ids of the persons found ("none" when nobody is)."""
    require(actor, Permission.AUDIT_READ, "无权查看审计日志", "You may not read the audit log")
    kept = {k: v.strip() for k, v in (("actor", actor_text), ("kind", kind), ("since", since), ("until", until),
                                      ("text", text)) if v.strip()}
    if person.strip():
        found = lookup.persons_matching(db, actor, person)
        kept["persons"] = ",".join(str(p.id) for p in found) or "none"
    return RedirectResponse(f"/audit?{urlencode(kept)}" if kept else "/audit", status_code=303)


@router.get("/audit/export.xlsx")
def audit_export(request: Request, db: DbSession, actor: PageActor) -> Response:
    """The search as a workbook (names masked, up to 10,000 entries); the export is audited."""
    params = request.query_params
    lang = lang_of(request)
    query, said = _search_of(db, actor, params, lang)
    if said["form_error"]:
        raise InvalidInput(said["form_error"])
    query.limit = EXPORT_LIMIT
    total, entries = audit.search(db, actor, query)
    person_ids = {p.id for p in said["persons"]}
    views = in_words(db, actor, [e for e in entries if _showed(e, person_ids)], lang)
    audit.record(db, actor, "export", "audit_log", None, {"rows": len(views), "total": total})
    now = clock.now()
    header = [t("audit.at", lang), t("audit.user", lang), t("audit.username", lang), t("audit.kind", lang),
              t("audit.what", lang), t("audit.reason", lang)]
    rows = ([v.at.strftime("%Y-%m-%d %H:%M"), v.who_text, v.entry.username, v.kind, v.sentence_text, v.reason]
            for v in views)
    note = t("audit.export_note", lang, who=actor.display_name or actor.username, at=now.strftime("%Y-%m-%d %H:%M"))
    body = xlsx_workbook(t("audit.export_title", lang), header, rows, sheet=t("audit.export_title", lang), note=note)
    filename = f"{t('audit.export_title', lang)}-{now:%Y%m%d-%H%M}.xlsx"
    return Response(body, media_type=XLSX_MEDIA_TYPE, headers=xlsx_download_headers(filename))
