"""The audit log in words (issue 17): each entry as a sentence — who did what to whom — with the person
masked and their door, links to the records it names, the system's jobs named as such; and the workbook
of a search. The stored entry is unchanged (append-only); this only reads it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from markupsafe import Markup, escape
from sqlalchemy import select
from sqlalchemy.orm import Session

from fangkong.core.i18n import MESSAGES, t
from fangkong.core.models import Account, AuditEntry
from fangkong.core.roles import Permission, has_permission
from fangkong.core.scope import Actor
from fangkong.registry import lookup
from fangkong.web.i18n import role_label

__all__ = ["EntryView", "in_words", "SYSTEM_PREFIX"]

SYSTEM_PREFIX = "system:"
# Subjects with a page of their own: the link a sentence carries (when the reader's role may open it).
LINKS: dict[str, tuple[str, Permission | None]] = {
    "person": ("/registry/persons/{id}", Permission.REGISTRY_READ),
    "household": ("/registry/households/{id}", Permission.REGISTRY_READ),
    "household_list": ("/registry/places/{id}", Permission.REGISTRY_READ),
    "place": ("/registry/places/{id}", Permission.REGISTRY_READ),
    "case": ("/tracing/cases/{id}", None),
    "notice": ("/areas/notices/{id}", None),
    "quarantine_stay": ("/isolation/stays/{id}", None),
    "help_request": ("/support/requests/{id}", None),
    "test_round": ("/testing/rounds/{id}", None),
}
PERSON_SUBJECTS = ("person", "health_code")


@dataclass(frozen=True)
class EntryView:
    entry: AuditEntry
    at: datetime
    who: Markup  # the account's name and role, or "system job (…)"
    who_text: str  # the same, plain (for the workbook)
    role: str
    kind: str  # the kind of act, in words
    sentence: Markup
    sentence_text: str
    reason: str
    raw: str  # the detail as stored, for the auditor who wants it


def _detail(entry: AuditEntry) -> dict[str, Any]:
    try:
        value = json.loads(entry.detail) if entry.detail.startswith("{") else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def _link(href: str | None, text: str) -> Markup:
    if href is None:
        return escape(text)
    return Markup('<a href="{}">{}</a>').format(href, text)


def in_words(db: Session, actor: Actor, entries: list[AuditEntry], lang: str) -> list[EntryView]:
    """Sentences for the entries of one page (or one export): one query for the accounts, one audited read
    of the persons they name, one for the households."""
    person_ids = {pid for e in entries if e.subject_type in PERSON_SUBJECTS and (pid := _int(e.subject_id))}
    household_ids = {hid for e in entries if e.subject_type == "household" and (hid := _int(e.subject_id))}
    persons = lookup.who_is(db, actor, person_ids) if person_ids else {}
    doors = lookup.household_addresses(db, actor, household_ids) if household_ids else {}
    account_ids = {e.account_id for e in entries if e.account_id}
    names = dict(db.execute(select(Account.id, Account.display_name).where(Account.id.in_(account_ids))).all()) \
        if account_ids else {}

    def may_open(kind: str) -> bool:
        permission = LINKS[kind][1]
        return permission is None or has_permission(actor.role, permission)

    def href(kind: str, ident: int | None) -> str | None:
        if ident is None or kind not in LINKS or not may_open(kind):
            return None
        return LINKS[kind][0].format(id=ident)

    views = []
    for e in entries:
        detail = _detail(e)
        if e.username.startswith(SYSTEM_PREFIX):
            job = e.username[len(SYSTEM_PREFIX):]
            who = Markup('{} <span class="mono" lang="zxx">{}</span>').format(t("audit.system_job", lang), job)
            who_text = f"{t('audit.system_job', lang)} {job}"
            role = t("audit.system_job", lang)
        else:
            name = names.get(e.account_id or 0) or e.username
            role = role_label(e.role, lang)
            who = Markup('{} <span lang="zh-CN">{}</span>').format(role, name)
            who_text = f"{role} {name}"
        ident = _int(e.subject_id)
        noun = t(f"audit.noun.{e.subject_type}", lang) if f"audit.noun.{e.subject_type}" in MESSAGES \
            else t("audit.noun.other", lang)
        what_text = noun if ident is None else t("audit.numbered", lang, noun=noun, id=ident)
        what = _link(href(e.subject_type, ident), what_text)
        if e.subject_type in PERSON_SUBJECTS and ident in persons:
            masked, door = persons[ident]
            what_text = t("audit.person_at", lang, name=masked, door=door) if door else masked
            what = _link(href("person", ident), what_text)
        if e.subject_type == "household" and ident in doors:
            what_text = doors[ident]
            what = _link(href("household", ident), what_text)
        count = detail.get("count")
        key, params = "audit.s.other", {"what": what}
        if e.action in ("read", "read_full") and e.subject_type == "person" and ident is None:
            key, params = ("audit.s.read_persons", {"n": count}) if isinstance(count, int) \
                else ("audit.s.read_persons_some", {})
        elif e.action == "read_full" and e.subject_type == "person":
            key = "audit.s.read_full_person"
        elif e.action == "read" and e.subject_type == "person":
            key = "audit.s.read_person"
        elif e.action == "read" and e.subject_type == "household_list":
            place = str(detail.get("place") or what_text)
            key = "audit.s.read_list"
            params = {"what": _link(href("household_list", ident), place), "n": detail.get("households", "—")}
        elif e.action == "read" and e.subject_type == "household":
            key = "audit.s.read_household"
        elif e.action == "read" and e.subject_type == "health_code":
            key = "audit.s.read_code"
        elif e.action == "read":
            key = "audit.s.read_other"
        elif e.action == "write" and e.subject_type == "person" and ident is not None:
            key = "audit.s.write_person"
        elif e.action in ("write", "login", "audit_search", "export", "refused", "generate"):
            key = f"audit.s.{e.action}"
        wrapped = {k: Markup(v) if isinstance(v, Markup) else v for k, v in params.items()}
        sentence = _sentence(key, lang, who=who, **wrapped)
        plain = t(key, lang, who=who_text, **{k: (what_text if k == "what" and e.subject_type != "household_list"
                                                      else _plain(v)) for k, v in params.items()})
        kind_key = f"audit.kind.{e.action}"
        kind = t(kind_key, lang) if kind_key in MESSAGES else e.action
        views.append(EntryView(e, e.at, who, who_text, role, kind, sentence, plain, e.reason, e.detail))
    return views


def _plain(value: object) -> str:
    return Markup(str(value)).striptags() if isinstance(value, Markup) else str(value)


def _sentence(key: str, lang: str, **params: object) -> Markup:
    if params.get("n") in (1, "1") and f"{key}.one" in MESSAGES:
        key = f"{key}.one"
    return escape(t(key, lang)).format(**params)
