"""Flows that start in testing and reach other domains: a swab given by a scanned health code, and a
result file with its consequences.

    lab uploads a file ─► testing.service.import_results (validated whole, idempotent)
        ├─ positive pools (size > 1): every member is "pool positive" (a fact the code rules read,
        │  `facts.pool_positive_facts`) and gets a recall for a single-tube re-test (单采单检)
        ├─ positive single tubes: a confirmed case each (tracing.flows.record_case)
        ├─ single-tube re-tests: close the recalls they answer (a negative clears pool positive)
        └─ codes.service.recompute for everyone whose tube got a result from the file

All of it happens in the caller's transaction: the whole flow or nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from fangkong.codes import service as codes
from fangkong.codes import tokens
from fangkong.core import clock
from fangkong.core.errors import InvalidInput
from fangkong.core.scope import Actor, system_actor
from fangkong.testing import service
from fangkong.tracing import flows as tracing

_ID_NUMBER = re.compile(r"^\d{17}[\dXx]$")


def resolve_token(db: Session, token: str) -> int:
    """A scanned health-code token -> the person it was issued to (codes domain)."""
    claims = tokens.verify_token(token)
    person_id = codes.person_by_subject(db, claims.subject)
    if person_id is None:
        raise InvalidInput("健康码无法识别，请输入身份证号", "Unknown health code: type the identity number")
    return person_id


def person_arguments(text: str) -> dict[str, Any]:
    """What the sampler typed or scanned, as `service.add_sample`'s person arguments: an identity number,
    or a health-code token with the codes domain's resolver."""
    text = text.strip()
    if _ID_NUMBER.match(text):
        return {"id_number": text}
    if not text:
        raise InvalidInput("请扫码或输入身份证号", "Scan the code or type the identity number")
    return {"token": text, "resolve_token": resolve_token}


def add_scanned_sample(db: Session, actor: Actor, *, barcode: str, person: str,
                       confirm_repeat: bool = False) -> service.SampleAdded:
    """Put the swab of the person the sampler scanned (health code) or typed (identity number) in a tube."""
    return service.add_sample(db, actor, barcode=barcode, confirm_repeat=confirm_repeat, **person_arguments(person))


@dataclass
class ResultFlowReport:
    file: service.ImportReport
    recalls_created: int
    recalls_closed: int
    cases: int
    codes_recomputed: int


def import_result_file(db: Session, actor: Actor, *, content: bytes, filename: str = "",
                       lab_id: int | None = None, now: datetime | None = None) -> ResultFlowReport:
    """Import a lab's result file and carry out what the results mean. Raises
    service.ResultFileRefused (with the per-row report) for a file with any error; a file imported
    before changes nothing and has no consequences the second time."""
    now = now or clock.now()
    report = service.import_results(db, actor, content=content, filename=filename, lab_id=lab_id, now=now)
    if report.duplicate:
        return ResultFlowReport(report, 0, 0, 0, 0)
    return after_results(db, report, now=now)


def after_results(db: Session, report: service.ImportReport, *, now: datetime) -> ResultFlowReport:
    """The consequences of an imported file (see the module docstring). Labs may not write cases or
    recalls themselves; the platform does it on their results, audited as 'system:testing results'."""
    system = system_actor("testing results")
    created = service.create_recalls_for_file(db, system, report.file_id, now=now)
    closed = service.close_recalls_for_file(db, system, report.file_id, now=now)
    cases = 0
    for positive in service.positive_singles_of_file(db, report.file_id):
        tracing.record_case(db, system, person_id=positive.person_id, kind="confirmed",
                            reported_at=positive.known_at, source=f"核酸单管阳性 tube {positive.barcode}",
                            source_kind="tube")
        cases += 1
    recomputed = codes.recompute(db, now=now, person_ids=service.persons_of_file(report.file_id))
    return ResultFlowReport(report, created, closed, cases, recomputed)
