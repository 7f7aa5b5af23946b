"""Errors that services raise; the web layer maps them to HTTP answers with bilingual text."""

from __future__ import annotations


class FangkongError(Exception):
    status_code = 400

    def __init__(self, zh: str, en: str | None = None) -> None:
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
