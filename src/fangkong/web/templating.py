"""Jinja2 for the server-rendered pages: one environment over the web shell's templates and every
domain's `templates/` folder (a domain names its templates `<domain>/<page>.html`)."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape
from starlette.templating import Jinja2Templates

from fangkong.core.errors import FangkongError, in_lang
from fangkong.core.i18n import MESSAGES, t
from fangkong.core.roles import Permission, has_permission
from fangkong.web.i18n import html_lang, lang_of, level_label, role_label

PACKAGE_DIR = Path(__file__).resolve().parent.parent
WEB_TEMPLATES = Path(__file__).resolve().parent / "templates"


def template_dirs() -> list[Path]:
    """The shell's folder first, then each domain's, so a new domain's pages need no wiring here."""
    domains = sorted(p for p in PACKAGE_DIR.glob("*/templates") if p.is_dir() and p != WEB_TEMPLATES)
    return [WEB_TEMPLATES, *domains]


def _datetime(value: datetime | None) -> str:
    return "" if value is None else value.strftime("%Y-%m-%d %H:%M")


COUNTS = frozenset({"n", "total", "shown", "count", "persons", "households", "stated", "found", "members"})


def t_markup(key: str, lang: str, **params: object) -> str:
    """`t`, and when a parameter is markup (a name marked with its language, a link) the sentence is
    escaped around it and stays markup: `t('home.welcome', name=who)` with `who` a `<span lang>`."""
    if params.get("n") in (1, "1") and f"{key}.one" in MESSAGES:
        key = f"{key}.one"
    # Counts read the same everywhere: 5,300,000 (never 5300000 on one page and 5,300,000 on the next).
    params = {name: f"{value:,}" if name in COUNTS and isinstance(value, int) and not isinstance(value, bool)
              else value for name, value in params.items()}
    if not any(isinstance(value, Markup) for value in params.values()):
        return t(key, lang, **params)
    return escape(t(key, lang)).format(**params)


def policy_name(key: str, lang: str) -> str:
    """A policy's title ("新型冠状病毒肺炎防控方案（第九版）"), not its key; the key when it is unknown."""
    from fangkong import policies

    try:
        policy = policies.get(key)
    except FangkongError:
        return key
    return policy.name_en if lang == "en" else policy.name_zh


def _context(request: Request) -> dict[str, Any]:
    lang = lang_of(request)
    actor = getattr(request.state, "actor", None)

    def can(permission: str) -> bool:
        return actor is not None and has_permission(actor.role, Permission(permission))

    return {
        "lang": lang,
        "html_lang": html_lang(lang),
        "t": lambda key, **params: t_markup(key, lang, **params),
        "role_label": lambda role: role_label(role, lang),
        "policy_name": lambda key: policy_name(key, lang),
        "colon": "：" if lang == "zh" else ": ",  # after a label: full-width in Chinese
        "level_label": lambda level: level_label(level, lang),
        "actor": actor,
        "csrf_token": getattr(request.state, "csrf", None),
        "can": can,
        "path": request.url.path,
        # Where the language links come back to (a POST result cannot be fetched again: home).
        "here": (request.url.path + (f"?{request.url.query}" if request.url.query else ""))
        if request.method == "GET" else "/",
    }


@lru_cache(maxsize=1)
def templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(d)) for d in template_dirs()]),
        autoescape=jinja2.select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,  # a missing variable is a bug, not an empty string
    )
    env.filters["datetime"] = _datetime
    env.filters["capfirst"] = lambda text: text[:1].upper() + text[1:]  # a label that starts a line
    env.filters["in_lang"] = in_lang  # a stored "中文 / English" text (an import's cell error): one half
    return Jinja2Templates(env=env, context_processors=[_context])


def render(request: Request, name: str, context: dict[str, Any] | None = None, status_code: int = 200,
           headers: dict[str, str] | None = None) -> HTMLResponse:
    return templates().TemplateResponse(request, name, context or {}, status_code=status_code,
                                        headers=headers)
