"""Texts of the risk-area pages: key -> (zh, en), merged into core.i18n.MESSAGES."""

MESSAGES: dict[str, tuple[str, str]] = {
}
