"""The request's language (the `lang` cookie, Chinese by default) and labels that come from domain tables."""

from __future__ import annotations

from fastapi import Request

from fangkong.core.i18n import DEFAULT_LANG, LANGS, normalize_lang, t
from fangkong.core.roles import ROLE_LABELS, Role
from fangkong.core.scope import LEVEL_LABELS_EN, LEVEL_LABELS_ZH

LANG_COOKIE = "lang"

__all__ = ["LANG_COOKIE", "LANGS", "DEFAULT_LANG", "lang_of", "api_lang", "role_label", "level_label",
           "html_lang", "t"]


def lang_of(request: Request) -> str:
    """The UI language: the cookie set by /lang/{zh|en}; zh-CN when there is none."""
    return normalize_lang(request.cookies.get(LANG_COOKIE))


def html_lang(lang: str) -> str:
    return "en" if lang == "en" else "zh-CN"


def role_label(role: str, lang: str) -> str:
    try:
        zh, en = ROLE_LABELS[Role(role)]
    except (ValueError, KeyError):
        return role
    return en if lang == "en" else zh


def level_label(level: str, lang: str) -> str:
    table = LEVEL_LABELS_EN if lang == "en" else LEVEL_LABELS_ZH
    return table.get(level, level)


def api_lang(request: Request) -> str:
    """API clients rarely carry the cookie: the lang cookie if set, else Accept-Language, else zh."""
    if request.cookies.get(LANG_COOKIE):
        return lang_of(request)
    return normalize_lang(request.headers.get("accept-language", "").split(",")[0].strip())
