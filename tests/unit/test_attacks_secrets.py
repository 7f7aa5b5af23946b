"""Attack suite: the platform secret. A server without a secret of real strength refuses to start and says
how to set one; the demo generates one per installation, readable by its owner only; the old public
fallback secret is refused (with it a venue device key could be forged)."""

from __future__ import annotations

import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from fangkong.core import config
from fangkong.core.config import SecretMissing, get_settings

pytestmark = pytest.mark.security


@pytest.fixture
def environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[pytest.MonkeyPatch]:
    monkeypatch.delenv("FANGKONG_SECRET_KEY", raising=False)
    monkeypatch.delenv("FANGKONG_DEMO", raising=False)
    monkeypatch.delenv("FANGKONG_KEY_DIR", raising=False)
    monkeypatch.setenv("FANGKONG_DATABASE_URL", f"sqlite:///{tmp_path / 'fangkong.db'}")
    get_settings.cache_clear()
    yield monkeypatch
    get_settings.cache_clear()


def test_without_a_secret_the_server_refuses_to_start_and_says_how(environment: pytest.MonkeyPatch) -> None:
    from fangkong.web.app import create_app

    with pytest.raises(SecretMissing, match="FANGKONG_SECRET_KEY.*secrets.token_urlsafe"):
        create_app()


@pytest.mark.parametrize("weak", ["fangkong-demo-secret-change-me", "short", "a" * 64, "change-me"])
def test_a_weak_or_public_secret_is_refused(environment: pytest.MonkeyPatch, weak: str) -> None:
    environment.setenv("FANGKONG_SECRET_KEY", weak)
    get_settings.cache_clear()
    with pytest.raises(SecretMissing, match="too weak"):
        get_settings().secret_key  # noqa: B018


def test_no_public_fallback_secret_remains_in_the_code() -> None:
    source = Path(config.__file__).resolve().parents[1]
    for path in source.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r'FANGKONG_SECRET_KEY", "[^"]', text), f"{path} reads the secret with a default"
    assert "fangkong-demo-secret-change-me" in config.PUBLIC_SECRETS  # named only to be refused


def test_the_demo_generates_a_random_secret_per_installation_readable_by_its_owner_only(
        environment: pytest.MonkeyPatch, tmp_path: Path) -> None:
    environment.setenv("FANGKONG_DEMO", "1")
    get_settings.cache_clear()
    first = get_settings().secret_key
    path = tmp_path / config.SECRET_FILE_NAME
    assert path.read_text().strip() == first and len(first) >= 48
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    get_settings.cache_clear()
    assert get_settings().secret_key == first  # kept: device keys and pseudonyms survive a restart

    other = tmp_path / "other"
    other.mkdir()
    environment.setenv("FANGKONG_DATABASE_URL", f"sqlite:///{other / 'fangkong.db'}")
    get_settings.cache_clear()
    assert get_settings().secret_key != first


def test_a_secret_file_others_can_read_is_refused(environment: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / config.SECRET_FILE_NAME
    path.write_text("x" * 10 + "abcdefghijklmnopqrstuvwxyz0123456789\n")
    path.chmod(0o644)
    with pytest.raises(SecretMissing, match="chmod 600"):
        get_settings().secret_key  # noqa: B018


def test_a_rotated_signing_key_still_verifies_codes_issued_before_the_rotation(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from fangkong.codes import tokens

    monkeypatch.setenv("FANGKONG_SECRET_KEY", "r" + "0123456789abcdefghijklmnopqrstuvwxyz")
    old, new = tmp_path / "old.pem", tmp_path / "new.pem"
    monkeypatch.setenv("FANGKONG_CODE_SIGNING_KEY", str(old))
    get_settings.cache_clear()
    before = tokens.issue_token("SUBJECT1", "green")
    monkeypatch.setenv("FANGKONG_CODE_SIGNING_KEY", str(new))  # rotated: a new key signs from now on
    get_settings.cache_clear()
    with pytest.raises(tokens.TokenInvalid):
        tokens.verify_token(before)  # without the old key listed, its codes stop at once
    monkeypatch.setenv("FANGKONG_CODE_SIGNING_KEY_PREVIOUS", str(old))
    get_settings.cache_clear()
    assert tokens.verify_token(before).colour == "green"
    assert tokens.verify_token(tokens.issue_token("SUBJECT1", "red")).colour == "red"
    get_settings.cache_clear()
