"""Errors that services raise; the web layer maps them to HTTP answers with bilingual text."""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u3400-\u9fff]")


def split_pair(text: str) -> tuple[str, str]:
    """"身份证号必须是文本 / identity number must be text" -> the two; a text that is not such a pair
    (no Chinese before the " / ", or Chinese after it) is both. The English gets its capital."""
    zh, sep, en = text.partition(" / ")
    if not sep or not _CJK.search(zh) or _CJK.search(en):
        return text, text
    return zh, en[:1].upper() + en[1:]


def in_lang(text: str, lang: str) -> str:
    """The half of a "中文 / English" text for `lang` (the whole text when it is not a pair)."""
    zh, en = split_pair(text)
    return en if lang == "en" else zh


def message_of(exc: Exception, lang: str) -> str:
    """What to show for a refusal or a bad value: a FangkongError's text, or a ValueError's "中文 / English"."""
    return exc.message(lang) if isinstance(exc, FangkongError) else in_lang(str(exc), lang)


class FangkongError(Exception):
    status_code = 400

    def __init__(self, zh: str, en: str | None = None) -> None:
        if en is None:  # a lower layer's "中文 / English" text (ValueError, CellError): keep the two apart
            zh, en = split_pair(zh)
        super().__init__(zh)
        self.zh = zh
        self.en = en or zh

    def message(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh


class NotAuthenticated(FangkongError):
    status_code = 401


class PermissionDenied(FangkongError):
    status_code = 403


class NotFound(FangkongError):
    status_code = 404


class InvalidInput(FangkongError):
    status_code = 422
