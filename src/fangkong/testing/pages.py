"""Testing pages: sampling, lab upload, recalls, turnaround, coverage, advisor.

Handlers only parse the request and render; the testing service and `testing.coverage` check
role and jurisdiction, write the audit log and do the work."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from fangkong.core.errors import InvalidInput, PermissionDenied
from fangkong.core.roles import Permission, has_permission
from fangkong.core.scope import Actor
from fangkong.testing import advisor
from fangkong.web.deps import DbSession, PageActor
from fangkong.web.i18n import lang_of
from fangkong.web.templating import render

router = APIRouter(include_in_schema=False)

CURVE_SIZES = (1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 32, 40, 50)


def _require_any(actor: Actor, *permissions: Permission) -> None:
    # Decides only whether a page is shown; every service call checks again.
    if not any(has_permission(actor.role, p) for p in permissions):
        raise PermissionDenied("您的角色无此权限", "Your role may not open this page")


@router.get("/testing", response_class=HTMLResponse)
def testing_home(actor: PageActor) -> Response:
    """Each role lands on its own testing page."""
    if has_permission(actor.role, Permission.TESTING_SAMPLE):
        return RedirectResponse("/testing/sample", status_code=303)
    if has_permission(actor.role, Permission.TESTING_RESULTS):
        return RedirectResponse("/testing/lab", status_code=303)
    if actor.role == "grid_worker":
        return RedirectResponse("/testing/grid", status_code=303)
    _require_any(actor, Permission.TESTING_READ)
    return RedirectResponse("/testing/rounds", status_code=303)


# ---- pool-size advisor ---------------------------------------------------------------------


def _number(params: Any, name: str, default: float, low: float, high: float, lang: str) -> float:
    text = (params.get(name) or "").strip()
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        raise InvalidInput(f"{name} 不是数字: {text}", f"{name} is not a number: {text}") from None
    if not low <= value <= high:
        raise InvalidInput(f"{name} 须在 {low:g} 到 {high:g} 之间", f"{name} must be between {low:g} and {high:g}")
    return value


@router.get("/testing/advisor", response_class=HTMLResponse)
def advisor_page(request: Request, db: DbSession, actor: PageActor) -> Response:
    _require_any(actor, Permission.TESTING_READ, Permission.TESTING_MANAGE, Permission.TESTING_RESULTS)
    lang = lang_of(request)
    params = request.query_params
    form = {"positive": params.get("positive", "1"), "tested": params.get("tested", "1000"),
            "ct_limit": params.get("ct_limit", "40"), "weak_ct": params.get("weak_ct", "35.7")}
    error = ""
    rec = None
    curve: list[tuple[int, float]] = []
    try:
        tested = int(_number(params, "tested", 1000, 1, 1e9, lang))
        positive = int(_number(params, "positive", 1, 0, tested, lang))
        ct_limit = _number(params, "ct_limit", 40.0, 20.0, 45.0, lang)
        weak_ct = _number(params, "weak_ct", 35.7, 15.0, 45.0, lang)
        max_safe = max(advisor.max_safe_pool_size(weak_ct, ct_limit), 1)
        p = advisor.estimate_prevalence(positive, tested)
        rec = advisor.recommend(p, max_safe=max_safe)
        curve = [(k, advisor.expected_tests_per_person(p, k)) for k in CURVE_SIZES]
    except InvalidInput as exc:
        error = exc.message(lang)
    areas = _area_advice(db, actor)
    return render(request, "testing/advisor.html",
                  {"form": form, "rec": rec, "curve": curve, "error": error, "areas": areas},
                  status_code=422 if error else 200)


def _area_advice(db: Any, actor: Actor) -> list[advisor.AreaAdvice]:
    """Advice per district from recent positivity, when the testing service can give it."""
    from fangkong.testing import coverage

    counts = coverage.positivity_by_district(db, actor)
    return advisor.advise_areas(counts) if counts else []
