"""The message table: every key the pages use exists, in both languages, with the same placeholders."""

from __future__ import annotations

import re
import string
from pathlib import Path

from fangkong.core.i18n import MESSAGES, normalize_lang, t
from fangkong.web.pages import COMING_MODULES
from fangkong.web.templating import template_dirs

SRC = Path(__file__).resolve().parents[2] / "src" / "fangkong"
KEY_USE = re.compile(r"""\bt\(\s*['"]([a-z_]+(?:\.[a-z0-9_]+)+)['"]""")


def _used_keys() -> set[str]:
    files = [p for d in template_dirs() for p in d.rglob("*.html")]
    files += [SRC / "web" / name for name in ("app.py", "auth.py", "deps.py", "pages.py")]
    files += [SRC / "registry" / "pages.py"]
    keys = {key for f in files for key in KEY_USE.findall(f.read_text(encoding="utf-8"))}
    keys |= {key for modules in COMING_MODULES.values() for key in modules}
    keys |= {f"person.sex.{s}" for s in "MF"} | {f"import.kind.{k}" for k in ("persons", "places")}
    keys |= {f"error.{code}" for code in (400, 401, 403, 404, 405, 422, 500)}
    return keys


def test_every_used_key_has_both_languages() -> None:
    used = _used_keys()
    assert len(used) > 50
    missing = sorted(used - MESSAGES.keys())
    assert not missing, f"keys used but not in core.i18n.MESSAGES: {missing}"


def test_both_languages_are_filled_with_the_same_placeholders() -> None:
    def fields(text: str) -> set[str]:
        return {name for _text, name, _spec, _conv in string.Formatter().parse(text) if name}

    bad = [key for key, (zh, en) in MESSAGES.items()
           if not zh.strip() or not en.strip() or fields(zh) != fields(en)]
    assert not bad, bad


def test_lookup() -> None:
    assert t("nav.home") == "首页" and t("nav.home", "en") == "Home"
    assert t("home.grid_count", "en", n=3) == "3 households"
    assert t("home.grid_count", "en", n=1) == "1 household"
    assert t("home.grid_count", "zh", n=1) == "共 1 户"
    assert t("no.such.key", "en") == "no.such.key"
    assert normalize_lang("en-US") == "en" and normalize_lang("zh-CN") == "zh"
    assert normalize_lang(None) == "zh" and normalize_lang("fr") == "zh"
