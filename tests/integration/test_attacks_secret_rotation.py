"""Attack suite: a platform secret that may have leaked must be replaceable without stopping the city. Before,
changing FANGKONG_SECRET_KEY cut every venue device off mid-shift and made every audit entry fail verification,
so nobody would rotate it. Now the new secret signs, the previous ones keep verifying device keys (until moved to
the retired list) and audit MACs (for ever), pseudonyms stay, and `fangkong secret rotate` rotates an
installation's generated secret in place. Both databases."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner

from fangkong.codes import service as codes
from fangkong.codes import tokens
from fangkong.core import audit, auditchain
from fangkong.core.config import PREVIOUS_FILE_NAME, SECRET_FILE_NAME, get_settings
from fangkong.core.db import transaction
from fangkong.core.models import AuditEntry
from fangkong.core.scope import system_actor
from fangkong.registry.models import Person
from fangkong.web.app import create_app
from tests.helpers import login

pytestmark = pytest.mark.security
DEVICE_KEY = 'data-device-key="'


@pytest.fixture(scope="module")
def app(city_url: str):  # noqa: ANN201
    return create_app(city_url)


@pytest.fixture(autouse=True)
def _restore(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("FANGKONG_DEVICE_REVOCATION_REFRESH_S", "0")
    get_settings.cache_clear()
    yield
    monkeypatch.undo()
    get_settings.cache_clear()


def _use_secrets(monkeypatch: pytest.MonkeyPatch, current: str, previous: str = "", retired: str = "") -> None:
    monkeypatch.setenv("FANGKONG_SECRET_KEY", current)
    monkeypatch.setenv("FANGKONG_SECRET_KEY_PREVIOUS", previous)
    monkeypatch.setenv("FANGKONG_SECRET_KEY_RETIRED", retired)
    get_settings.cache_clear()


def _device_key(app) -> str:  # noqa: ANN001
    page = login(app, "checkpoint").get("/sentinel").text
    start = page.index(DEVICE_KEY) + len(DEVICE_KEY)
    return page[start:page.index('"', start)]


def _tampered(url: str) -> list[auditchain.Finding]:
    with transaction(url) as db:
        _checked, findings = auditchain.verify(db)
    return [f for f in findings if f.kind != "unprotected"]


def test_after_a_rotation_old_device_keys_audit_entries_and_pseudonyms_keep_working(
        app, city_url: str, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    old, new = get_settings().secret_key, secrets.token_urlsafe(48)
    with transaction(city_url) as db:
        person = db.scalar(select(Person.id).order_by(Person.id).limit(1))
        pseudonym = codes.subject_for(db, person)
        audit.record(db, system_actor("test: before the rotation"), "write", "platform", None, {"n": 1})
    old_key = _device_key(app)
    with TestClient(app) as device:
        token = tokens.issue_token(pseudonym, "green")

        def verify(key: str) -> int:
            return device.post("/api/codes/verify", json={"token": token},
                               headers={"X-Sentinel-Key": key}).status_code

        assert verify(old_key) == 200
        _use_secrets(monkeypatch, new, previous=old)  # rotated: the new one signs, the old one verifies
        assert verify(old_key) == 200  # the shift goes on
        new_key = _device_key(app)
        assert verify(new_key) == 200
        assert _tampered(city_url) == []  # entries MAC-ed with the old secret still verify
        with transaction(city_url) as db:
            assert codes.subject_for(db, person) == pseudonym  # one person, one pseudonym across the rotation
            audit.record(db, system_actor("test: after the rotation"), "write", "platform", None, {"n": 2})
        # After the longest login: the old secret retired, it no longer opens a device, audit still verifies.
        _use_secrets(monkeypatch, new, retired=old)
        assert verify(old_key) == 401
        assert verify(new_key) == 200
        assert _tampered(city_url) == []
        # Without the old secret listed at all, the old entries fail verification: that is what keeping it is for.
        _use_secrets(monkeypatch, new)
        assert any(f.kind == "changed_or_forged" for f in _tampered(city_url))


def test_fangkong_secret_rotate_rotates_a_generated_secret_in_place(
        city_url: str, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from fangkong.cli import app as cli

    old = secrets.token_urlsafe(48)
    (tmp_path / SECRET_FILE_NAME).write_text(old + "\n")
    (tmp_path / SECRET_FILE_NAME).chmod(0o600)
    monkeypatch.delenv("FANGKONG_SECRET_KEY", raising=False)
    monkeypatch.setenv("FANGKONG_KEY_DIR", str(tmp_path))
    get_settings.cache_clear()
    result = CliRunner().invoke(cli, ["secret", "rotate", "--database", city_url])
    assert result.exit_code == 0, result.output
    current = (tmp_path / SECRET_FILE_NAME).read_text().strip()
    assert current != old and len(current) >= 48
    assert (tmp_path / PREVIOUS_FILE_NAME).read_text().split() == [old]
    assert (tmp_path / PREVIOUS_FILE_NAME).stat().st_mode & 0o077 == 0
    get_settings.cache_clear()
    assert get_settings().secret_key == current and get_settings().previous_secrets == (old,)
    with transaction(city_url) as db:
        assert db.scalar(select(AuditEntry.id).where(AuditEntry.action == "secret_rotated")) is not None
    result = CliRunner().invoke(cli, ["secret", "retire-previous", "--database", city_url])
    assert result.exit_code == 0, result.output
    get_settings.cache_clear()
    assert get_settings().previous_secrets == () and get_settings().retired_secrets == (old,)
