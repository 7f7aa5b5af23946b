"""Texts of the shell added for readable records (issue 17): links between a person's pages, the audit log
in words. Merged into core.i18n.MESSAGES like every domain's catalogue."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "sentinel.test_just_now": ("刚刚", "just now"),
    "link.case": ("病例 #{id}", "Case #{id}"),
}
