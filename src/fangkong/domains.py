"""The domains of the platform, found by one convention instead of registered by hand.

A domain is a sub-package of `fangkong` that is not one of the shared parts below. What it offers is
found by module name, so adding a domain means adding its folder and nothing else:

    fangkong/<domain>/models.py     tables (Alembic and the test schema import them from here)
    fangkong/<domain>/facts.py      FACT_SOURCES: the facts the health-code rules can read
    fangkong/<domain>/pages.py      `router`: HTML pages
    fangkong/<domain>/api.py        `router`: JSON routes, mounted under /api
    fangkong/<domain>/cli.py        `app`: a Typer sub-app, `fangkong <domain> ...` (or `cli.NAME`)
    fangkong/<domain>/messages.py   MESSAGES: page texts, key -> (zh, en)
    fangkong/<domain>/templates/<domain>/*.html

A module that exists but fails to import raises: a broken domain must fail loudly, never turn a
page or a health-code rule off.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from pathlib import Path
from types import ModuleType

from fangkong.core.facts import FactSource

PACKAGE_DIR = Path(__file__).resolve().parent
# Shared parts, not domains: the kernel, the policies as data, the web shell and the migrations.
NOT_DOMAINS = frozenset({"core", "policies", "web", "migrations"})
# Domains in dependency order (lowest first) where it matters for listing; a new domain not named
# here comes after these, alphabetically.
ORDER = ("registry", "tracing", "isolation", "areas", "testing", "support", "codes", "command", "drill")


@cache
def names() -> tuple[str, ...]:
    """Every domain package, lowest first."""
    found = {info.name for info in pkgutil.iter_modules([str(PACKAGE_DIR)])
             if info.ispkg and info.name not in NOT_DOMAINS}
    known = [name for name in ORDER if name in found]
    return tuple(known + sorted(found - set(known)))


def has_module(domain: str, module: str) -> bool:
    return (PACKAGE_DIR / domain / f"{module}.py").is_file() or (PACKAGE_DIR / domain / module).is_dir()


def modules(module: str) -> list[tuple[str, ModuleType]]:
    """(domain, fangkong.<domain>.<module>) for every domain that has that module, lowest first."""
    return [(domain, importlib.import_module(f"fangkong.{domain}.{module}"))
            for domain in names() if has_module(domain, module)]


def import_all_models() -> None:
    """Every table in Base.metadata (for Alembic and create_all)."""
    importlib.import_module("fangkong.core.models")
    modules("models")


@cache
def fact_sources() -> dict[str, FactSource]:
    """Every fact kind the health-code rules can name, from the domains' FACT_SOURCES, by kind."""
    found: dict[str, FactSource] = {}
    for domain, module in modules("facts"):
        for source in module.FACT_SOURCES:
            if source.kind in found:
                raise RuntimeError(f"fact kind {source.kind!r} is declared twice (again in {domain}.facts)")
            found[source.kind] = source
    return found
