"""Texts of the testing pages (sampling, labs, recalls, coverage): key -> (zh, en), merged into core.i18n.MESSAGES."""

MESSAGES: dict[str, tuple[str, str]] = {
}
