"""The import contracts can fail: a made-up domain whose module imports another domain's models is refused.

`lint-imports` runs on a copy of the package (Python files only) with one domain added, so the check is the
one CI runs, with the project's own contracts (pyproject.toml, tools/import_contracts.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
OWN_MODELS = "a domain's models are imported only by that domain"


def _not_python(folder: str, names: list[str]) -> list[str]:
    """What copytree leaves out: assets, templates, data files (the import graph is read from .py files)."""
    return [n for n in names if n in ("static", "templates", "__pycache__")
            or not (n.endswith(".py") or Path(folder, n).is_dir())]


def _lint_with_domain(tmp_path: Path, service_source: str) -> subprocess.CompletedProcess[str]:
    """Copy the package's modules, add the domain `madeup` with this service, run lint-imports on the copy."""
    shutil.copytree(ROOT / "src" / "fangkong", tmp_path / "src" / "fangkong", ignore=_not_python)
    shutil.copytree(ROOT / "tools", tmp_path / "tools", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    domain = tmp_path / "src" / "fangkong" / "madeup"
    domain.mkdir()
    (domain / "__init__.py").write_text("")
    (domain / "service.py").write_text(service_source)
    env = {**os.environ, "PYTHONPATH": f"{tmp_path / 'src'}{os.pathsep}{tmp_path}", "COLUMNS": "250"}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", "--no-logo"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_domain_reading_another_domains_models_breaks_the_contract(tmp_path: Path) -> None:
    result = _lint_with_domain(tmp_path, "from fangkong.registry.models import Person\n\nMODEL = Person\n")
    assert result.returncode != 0, result.stdout
    assert f"{OWN_MODELS} BROKEN" in result.stdout, result.stdout + result.stderr
    assert "fangkong.madeup.service imports fangkong.registry.models (l. 1)" in result.stdout


def test_the_same_domain_reading_through_the_service_keeps_it(tmp_path: Path) -> None:
    clean = "from fangkong.registry import service\n\nHOMES = service.locations_selectable\n"
    result = _lint_with_domain(tmp_path, clean)
    assert f"{OWN_MODELS} KEPT" in result.stdout, result.stdout + result.stderr
    assert "fangkong.madeup.service imports" not in result.stdout
