"""Domains are found by convention (fangkong/domains.py): every folder is a domain, what it offers is
found by module name, fact kinds are declared once, and a domain module that fails to import stops the
start-up instead of switching something off."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import fangkong
from fangkong import domains, policies
from fangkong.core.facts import FactSource
from fangkong.web.app import create_app

PACKAGE = Path(fangkong.__file__).parent


def test_every_package_folder_is_a_domain_or_a_shared_part() -> None:
    folders = {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    assert set(domains.names()) == folders - domains.NOT_DOMAINS
    assert {"registry", "areas", "testing", "codes", "tracing", "isolation"} <= set(domains.names())


def test_fact_kinds_are_declared_once_and_cover_every_rule() -> None:
    sources = domains.fact_sources()
    assert all(isinstance(s, FactSource) and s.kind == kind for kind, s in sources.items())
    named = {rule.fact for policy in policies.all_policies() for rule in policy.code_rules}
    assert named <= set(sources), named - set(sources)
    owners = {kind: module.__name__ for _d, module in domains.modules("facts")
              for kind in (s.kind for s in module.FACT_SOURCES)}
    assert owners["infection"] == "fangkong.tracing.facts"
    assert owners["quarantine"] == "fangkong.isolation.facts"
    assert owners["risk_area"] == "fangkong.areas.facts"


def test_a_policy_rule_naming_an_undeclared_fact_is_refused(tmp_path: Path) -> None:
    text = (PACKAGE / "policies" / "twenty_measures.toml").read_text(encoding="utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text(text.replace('fact = "contact"', 'fact = "rumour"', 1), encoding="utf-8")
    with pytest.raises(ValueError, match="unknown fact 'rumour'"):
        policies._parse(broken)


def test_every_domain_page_and_api_router_is_mounted(tmp_path: Path) -> None:
    """A GET route of every domain's pages and API answers (a login redirect or 401), never 404."""
    client = TestClient(create_app(f"sqlite:///{tmp_path / 'empty.db'}"))
    for module_name, prefix in (("pages", ""), ("api", "/api")):
        for domain, module in domains.modules(module_name):
            gets = [r.path for r in module.router.routes
                    if "GET" in getattr(r, "methods", set()) and "{" not in r.path]
            if not gets:
                continue
            answer = client.get(prefix + gets[0], follow_redirects=False)
            assert answer.status_code in (200, 303, 401), (domain, module_name, gets[0], answer.status_code)


def test_a_domain_module_that_fails_to_import_stops_the_start(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "brokenx"
    fake.mkdir()
    (fake / "__init__.py").write_text('"""A domain whose pages are broken."""\n')
    (fake / "pages.py").write_text("raise RuntimeError('pages of brokenx are broken')\n")
    monkeypatch.setattr(fangkong, "__path__", [*fangkong.__path__, str(tmp_path)])
    monkeypatch.setattr(domains, "PACKAGE_DIR", tmp_path)
    monkeypatch.setattr(domains, "names", lambda: ("brokenx",))
    with pytest.raises(RuntimeError, match="brokenx are broken"):
        domains.modules("pages")
