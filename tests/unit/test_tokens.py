"""Signed health-code tokens: round trip, tampering, expiry, another city's key, offline verification."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.codes import tokens
from fangkong.codes.tokens import TokenExpired, TokenInvalid
from fangkong.core.config import get_settings

NOW = datetime(2022, 4, 12, 8, 30, 0)


@pytest.fixture(autouse=True)
def key_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("FANGKONG_KEY_DIR", str(tmp_path))
    monkeypatch.delenv("FANGKONG_CODE_SIGNING_KEY", raising=False)
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def test_round_trip() -> None:
    subject = tokens.subject_of(42)
    token = tokens.issue_token(subject, "yellow", NOW)
    claims = tokens.verify_token(token, NOW + timedelta(minutes=4))
    assert (claims.subject, claims.colour) == (subject, "yellow")
    assert claims.issued_at == NOW
    assert claims.expires_at == NOW + timedelta(minutes=5)  # the default validity
    assert claims.expires_epoch - claims.issued_epoch == 300


def test_subject_is_stable_pseudonym() -> None:
    assert tokens.subject_of(42) == tokens.subject_of(42)
    assert tokens.subject_of(42) != tokens.subject_of(43)
    assert len(tokens.subject_of(42)) == 16 and "42" not in tokens.subject_of(42)


def test_key_generated_once_with_private_mode(key_dir: Path) -> None:
    first = tokens.public_key_pem()
    path = key_dir / tokens.KEY_FILE_NAME
    assert path.exists() and (path.stat().st_mode & 0o777) == 0o600
    tokens._load_or_create.cache_clear()
    tokens._public_of.cache_clear()
    assert tokens.public_key_pem() == first  # read back, not regenerated


def test_expired_refused_and_validity_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    token = tokens.issue_token(tokens.subject_of(1), "green", NOW)
    with pytest.raises(TokenExpired):
        tokens.verify_token(token, NOW + timedelta(minutes=5))
    short = tokens.issue_token(tokens.subject_of(1), "green", NOW, validity_s=30)
    with pytest.raises(TokenExpired):
        tokens.verify_token(short, NOW + timedelta(seconds=31))
    monkeypatch.setenv("FANGKONG_CODE_TOKEN_VALIDITY_S", "60")
    get_settings.cache_clear()
    assert tokens.verify_token(tokens.issue_token("ABC", "red", NOW), NOW).expires_at == NOW + timedelta(seconds=60)


def test_future_token_refused() -> None:
    token = tokens.issue_token(tokens.subject_of(1), "green", NOW + timedelta(minutes=3))
    with pytest.raises(TokenInvalid):
        tokens.verify_token(token, NOW)


def test_tampered_colour_refused() -> None:
    token = tokens.issue_token(tokens.subject_of(7), "red", NOW)
    forged = token.replace(".red.", ".green.")
    with pytest.raises(TokenInvalid) as refused:
        tokens.verify_token(forged, NOW)
    assert not isinstance(refused.value, TokenExpired)
    assert refused.value.status_code == 422 and "signature" in refused.value.message("en")


def test_extended_expiry_refused() -> None:
    token = tokens.issue_token(tokens.subject_of(7), "green", NOW)
    prefix, subject, colour, issued, expires, signature = token.split(".")
    forged = ".".join([prefix, subject, colour, issued, str(int(expires) + 86400), signature])
    with pytest.raises(TokenInvalid):
        tokens.verify_token(forged, NOW + timedelta(hours=1))


def test_wrong_key_refused() -> None:
    other = Ed25519PrivateKey.generate()
    body = f"fk1.{tokens.subject_of(3)}.green.{tokens.to_epoch(NOW)}.{tokens.to_epoch(NOW) + 300}"
    foreign = body + "." + base64.urlsafe_b64encode(other.sign(body.encode())).rstrip(b"=").decode()
    with pytest.raises(TokenInvalid):
        tokens.verify_token(foreign, NOW)
    # ... and our token does not verify under the other key.
    other_pem = other.public_key().public_bytes(serialization.Encoding.PEM,
                                                serialization.PublicFormat.SubjectPublicKeyInfo)
    with pytest.raises(TokenInvalid):
        tokens.verify_token(tokens.issue_token("ABC", "green", NOW), NOW, public_key_pem=other_pem)


def test_offline_verification_with_public_key_only() -> None:
    token = tokens.issue_token(tokens.subject_of(5), "green", NOW)
    pem = tokens.public_key_pem()
    # A verifier that has nothing but the PEM and the token: plain `cryptography`, no fangkong key store.
    key = serialization.load_pem_public_key(pem.encode())
    assert isinstance(key, Ed25519PublicKey)
    body, _dot, signature = token.rpartition(".")
    key.verify(base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4)), body.encode())
    assert tokens.verify_token(token, NOW, public_key_pem=pem).colour == "green"
    raw = base64.urlsafe_b64decode(tokens.public_key_raw_b64() + "=")
    assert len(raw) == 32


def test_configured_key_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = Ed25519PrivateKey.generate()
    path = tmp_path / "city.pem"
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))
    monkeypatch.setenv("FANGKONG_CODE_SIGNING_KEY", str(path))
    get_settings.cache_clear()
    token = tokens.issue_token("ABC", "popup", NOW)
    body, _dot, signature = token.rpartition(".")
    key.public_key().verify(base64.urlsafe_b64decode(signature + "=="), body.encode())


def test_unknown_colour_refused_when_issuing() -> None:
    with pytest.raises(tokens.InvalidInput):
        tokens.issue_token("ABC", "blue", NOW)


def test_qr_svg() -> None:
    svg = tokens.qr_svg(tokens.issue_token(tokens.subject_of(9), "green", NOW))
    assert svg.startswith("<svg") and "</svg>" in svg


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_garbage_is_refused_cleanly(text: str) -> None:
    with pytest.raises(TokenInvalid):
        tokens.verify_token(text, NOW)


def test_every_changed_character_is_refused() -> None:
    # Including the last signature character, whose low bits base64 decoders would silently ignore.
    token = tokens.issue_token("ABCDEFGH", "green", NOW)
    for position in range(len(token)):
        for value in (ord("A"), ord("B"), ord("0"), ord("."), ord("-")):
            _assert_refused_if_changed(token, position, value)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=200), st.integers(min_value=0, max_value=255))
def test_any_flipped_byte_is_refused(position: int, value: int) -> None:
    token = tokens.issue_token("ABCDEFGH", "green", NOW)
    _assert_refused_if_changed(token, position, value)


def _assert_refused_if_changed(token: str, position: int, value: int) -> None:
    position %= len(token)
    changed = token[:position] + chr(value) + token[position + 1:]
    if changed == token:
        return
    with pytest.raises(TokenInvalid):
        tokens.verify_token(changed, NOW)
