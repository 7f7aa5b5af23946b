"""Texts of the health-code pages (my code, overrides, sentinel): key -> (zh, en), merged into core.i18n.MESSAGES."""

MESSAGES: dict[str, tuple[str, str]] = {
}
