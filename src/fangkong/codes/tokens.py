"""Signed health-code tokens: what the resident's QR carries and what a venue verifies.

A token is compact text, so the QR stays small and any verifier can read it with the public key only:

    fk1.<subject>.<colour>.<issued_at>.<expires_at>.<signature>

- `subject`: a stable pseudonym of the person (`subject_of`), never the person id or a name;
- `colour`: green / yellow / red / popup (the code's state when it was issued);
- `issued_at`, `expires_at`: Unix seconds (UTC), so a phone or an offline verifier compares them
  with its own clock without knowing the city's time zone;
- `signature`: Ed25519 over everything before the last dot, base64url without padding.

The signing key is the city's: `FANGKONG_CODE_SIGNING_KEY` (a PEM file, PKCS#8) when set, otherwise
`fangkong-code-signing.pem` in `FANGKONG_KEY_DIR`, which defaults to the directory of the SQLite
database (or ~/.local/share/fangkong for PostgreSQL). When the file does not exist it is generated
once (mode 0600, created exclusively, so two workers starting together agree on one key).
`fangkong codes public-key` prints the public key; /api/codes/public-key serves it to venue devices.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import segno
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from nacl.bindings import crypto_sign_open
from nacl.exceptions import BadSignatureError
from sqlalchemy.engine import make_url

from fangkong.core import clock
from fangkong.core.config import get_settings
from fangkong.core.errors import InvalidInput

PREFIX = "fk1"
COLOURS = ("green", "yellow", "red", "popup")
KEY_FILE_NAME = "fangkong-code-signing.pem"
# A phone whose clock runs a little fast must not make every fresh code "not yet valid".
CLOCK_LEEWAY_S = 60


class TokenInvalid(InvalidInput):
    """The token is malformed or its signature does not verify (forged, altered, or another key)."""

    def __init__(self, zh: str = "健康码无效：签名不符或格式错误",
                 en: str = "Invalid health code: bad signature or format") -> None:
        super().__init__(zh, en)


class TokenExpired(TokenInvalid):
    """A genuine token past its validity: a screenshot, or a page that stopped refreshing."""

    def __init__(self) -> None:
        super().__init__("健康码已过期，请刷新后重新出示", "Health code expired: refresh it and show it again")


@dataclass(frozen=True, slots=True)
class TokenClaims:
    subject: str
    colour: str
    issued_epoch: int
    expires_epoch: int

    @property
    def issued_at(self) -> datetime:
        """Naive city-local time, like every stored time (computed on demand: the hot path needs none)."""
        return from_epoch(self.issued_epoch)

    @property
    def expires_at(self) -> datetime:
        return from_epoch(self.expires_epoch)


# ---- keys


def _key_path() -> Path:
    settings = get_settings()
    if settings.code_signing_key_file:
        return Path(settings.code_signing_key_file)
    if settings.key_dir:
        return Path(settings.key_dir) / KEY_FILE_NAME
    url = make_url(settings.database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).resolve().parent / KEY_FILE_NAME
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "fangkong" / KEY_FILE_NAME


@lru_cache(maxsize=8)
def _load_or_create(path: Path) -> Ed25519PrivateKey:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        pem = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process won the race; use its key
        else:
            with os.fdopen(fd, "wb") as handle:
                handle.write(pem)
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise InvalidInput(f"签名密钥不是 Ed25519 私钥：{path}",
                           f"The signing key is not an Ed25519 private key: {path}")
    return key


def signing_key() -> Ed25519PrivateKey:
    return _load_or_create(_key_path())


@lru_cache(maxsize=8)
def _public_of(path: Path) -> Ed25519PublicKey:
    return _load_or_create(path).public_key()


_current_public: list[Any] = [None, None]  # [settings, key]: the hot path skips resolving the key path


def public_key() -> Ed25519PublicKey:
    settings = get_settings()
    if _current_public[0] is not settings:
        _current_public[:] = [settings, _public_of(_key_path())]
    return _current_public[1]


def _public_raw() -> bytes:
    settings = get_settings()
    if _current_raw[0] is not settings:
        _current_raw[:] = [settings, public_key().public_bytes(serialization.Encoding.Raw,
                                                               serialization.PublicFormat.Raw)]
    return _current_raw[1]


_current_raw: list[Any] = [None, None]


def public_key_pem() -> str:
    return public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def public_key_raw_b64() -> str:
    """The 32 raw key bytes, base64url: what a browser's WebCrypto / noble-ed25519 imports."""
    raw = public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return _b64(raw)


def load_public_key_pem(pem: str | bytes) -> Ed25519PublicKey:
    key = serialization.load_pem_public_key(pem.encode() if isinstance(pem, str) else pem)
    if not isinstance(key, Ed25519PublicKey):
        raise InvalidInput("公钥不是 Ed25519 公钥", "Not an Ed25519 public key")
    return key


# ---- subjects


@lru_cache(maxsize=4)
def _subject_key(secret: str) -> bytes:
    # A key of its own, derived from the platform secret: knowing pseudonyms reveals nothing about sessions.
    return hmac.new(secret.encode(), b"fangkong/code-subject/v1", hashlib.sha256).digest()


def subject_of(person_id: int) -> str:
    """A stable pseudonym of the person: 16 base32 characters (80 bits) of an HMAC of the id."""
    digest = hmac.new(_subject_key(get_settings().secret_key), str(int(person_id)).encode(), hashlib.sha256).digest()
    return base64.b32encode(digest[:10]).decode()


# ---- tokens


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _tz() -> ZoneInfo:
    return ZoneInfo(get_settings().timezone)


def to_epoch(moment: datetime) -> int:
    """A naive city-local time (or an aware one) as Unix seconds."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_tz())
    return int(moment.timestamp())


def from_epoch(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC).astimezone(_tz()).replace(tzinfo=None)


def issue_token(subject: str, colour: str, now: datetime | None = None, validity_s: int | None = None) -> str:
    """Sign a token for `subject` showing `colour`, valid from `now` for `validity_s` seconds
    (default: the setting FANGKONG_CODE_TOKEN_VALIDITY_S, 300)."""
    if colour not in COLOURS:
        raise InvalidInput(f"未知的健康码颜色：{colour}", f"Unknown code colour: {colour}")
    if not subject or not subject.isalnum():
        raise InvalidInput("健康码主体标识无效", "Invalid code subject")
    issued = to_epoch(now or clock.now())
    settings = get_settings()
    validity = settings.code_token_validity_s if validity_s is None else validity_s
    if not 0 < validity <= settings.code_token_max_s:
        raise InvalidInput(f"健康码有效期不得超过 {settings.code_token_max_s} 秒",
                           f"A code may be valid for at most {settings.code_token_max_s} s")
    body = f"{PREFIX}.{subject}.{colour}.{issued}.{issued + int(validity)}"
    return body + "." + _b64(signing_key().sign(body.encode()))


def verify_token_epoch(token: str, now_epoch: int, key: Ed25519PublicKey | None = None) -> TokenClaims:
    """The hot path of a venue check: parse, verify the signature, compare times. No database read."""
    token = token.strip()
    body, _dot, signature = token.rpartition(".")
    parts = body.split(".")
    if len(parts) != 5 or parts[0] != PREFIX or parts[2] not in COLOURS or len(token) > 512:
        raise TokenInvalid()
    try:
        issued, expires = int(parts[3]), int(parts[4])
        raw = _unb64(signature)
        if len(raw) != 64 or _b64(raw) != signature:  # one spelling per signature: no malleable tokens
            raise ValueError
        message = body.encode()
        if key is None:
            # libsodium verifies Ed25519 about 1.7x faster than OpenSSL here, and this is the check's main cost.
            try:
                crypto_sign_open(raw + message, _public_raw())
            except BadSignatureError:
                _verify_with_previous(raw, message)  # a code signed just before a key rotation
        else:
            key.verify(raw, message)
    except (ValueError, InvalidSignature, BadSignatureError):
        raise TokenInvalid() from None
    if now_epoch >= expires:
        raise TokenExpired()
    if expires - issued > get_settings().code_token_max_s:  # genuine signature, but no code lives that long
        raise TokenInvalid("健康码有效期超出规定,不予认可", "The code's lifetime exceeds the policy's maximum")
    if issued > now_epoch + CLOCK_LEEWAY_S:
        raise TokenInvalid("健康码签发时间在未来，请检查设备时间",
                           "The code was issued in the future: check the device clock")
    return TokenClaims(subject=parts[1], colour=parts[2], issued_epoch=issued, expires_epoch=expires)


@lru_cache(maxsize=8)
def _previous_keys(paths: tuple[str, ...]) -> tuple[bytes, ...]:
    raws = []
    for path in paths:
        pem = Path(path).read_bytes()
        key: Any = (serialization.load_pem_private_key(pem, password=None) if b"PRIVATE" in pem
                    else serialization.load_pem_public_key(pem))
        public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
        if not isinstance(public, Ed25519PublicKey):
            raise InvalidInput(f"旧签名密钥不是 Ed25519 密钥:{path}", f"A previous signing key is not Ed25519: {path}")
        raws.append(public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))
    return tuple(raws)


def _verify_with_previous(raw: bytes, message: bytes) -> None:
    """Keys rotated out (FANGKONG_CODE_SIGNING_KEY_PREVIOUS) still verify; raises BadSignatureError if none does.
    Tried only after the current key failed, so the hot path pays nothing when no rotation is under way."""
    for previous in _previous_keys(get_settings().code_signing_previous):
        try:
            crypto_sign_open(raw + message, previous)
            return
        except BadSignatureError:
            continue
    raise BadSignatureError


def verify_token(token: str, now: datetime | None = None, public_key_pem: str | bytes | None = None) -> TokenClaims:
    """Verify a token at `now` (city-local; default the platform clock). With `public_key_pem`, verify
    offline with only a public key, as a venue device or another city's system would."""
    key = load_public_key_pem(public_key_pem) if public_key_pem is not None else None
    return verify_token_epoch(token, to_epoch(now or clock.now()), key)


# ---- venue device keys


class DeviceKeyInvalid(TokenInvalid):
    status_code = 401

    def __init__(self) -> None:
        super().__init__("验码设备未登记或登录已过期，请重新打开数字哨兵页面",
                         "This check device is not signed in (or its key expired): open the sentinel page again")


@dataclass(frozen=True)
class DeviceKey:
    account_id: int
    venue_id: int
    expires_epoch: int
    session_id: int = 0


class Revocations:
    """Sessions ended (logout) and accounts disabled, as the verify path knows them: sets in memory, refreshed
    from the database every few seconds by `codes.service.refresh_revocations` (one query per refresh, none
    per check), so a device key stops working within seconds of its user's logout or disablement."""

    sessions: frozenset[int] = frozenset()
    accounts: frozenset[int] = frozenset()
    refreshed: float = float("-inf")  # time.monotonic() of the last refresh


revocations = Revocations()


@lru_cache(maxsize=4)
def _device_mac_key(secret: str) -> bytes:
    return hmac.new(secret.encode(), b"fangkong/sentinel-device/v1", hashlib.sha256).digest()


def _device_mac(body: str, secret: str | None = None) -> str:
    mac = hmac.new(_device_mac_key(secret or get_settings().secret_key), body.encode(), hashlib.sha256).digest()
    return _b64(mac[:18])


def _mac_matches(body: str, mac: str) -> bool:
    """The current secret's MAC, else a previous secret's (rotation: keys issued before it still work until
    they expire, docs/security.md); the previous ones are tried only when the current one failed."""
    settings = get_settings()
    return any(hmac.compare_digest(_device_mac(body, secret), mac)
               for secret in (settings.secret_key, *settings.previous_secrets))


def issue_device_key(account_id: int, venue_id: int, now: datetime | None = None, validity_s: int = 12 * 3600,
                     session_id: int = 0) -> str:
    """A venue device's credential for the verify endpoint: which staff account checks at which venue, under
    which login session, until when. Checked with one HMAC and two set lookups (`revocations`), no database
    read; issued by the sentinel page to a logged-in checkpoint account (a shift's length by default)."""
    expires = to_epoch(now or clock.now()) + int(validity_s)
    body = f"fks2.{int(account_id)}.{int(venue_id)}.{expires}.{int(session_id)}"
    return body + "." + _device_mac(body)


# (secrets that verify, key) -> parsed, to skip the HMAC per check; a rotation changes the secrets, so a key
# accepted under a secret since retired is checked afresh.
_checked_devices: dict[tuple[str, tuple[str, ...], str], DeviceKey] = {}


def check_device_key(key: str | None, now_epoch: int) -> DeviceKey:
    settings = get_settings()
    cache_key = (settings.secret_key, settings.previous_secrets, key or "")
    found = _checked_devices.get(cache_key)
    if found is None:
        found = _parse_device_key(key)
        if len(_checked_devices) > 10_000:
            _checked_devices.clear()
        _checked_devices[cache_key] = found
    if now_epoch >= found.expires_epoch:
        raise DeviceKeyInvalid()
    if found.session_id in revocations.sessions or found.account_id in revocations.accounts:
        raise DeviceKeyInvalid()  # its user logged out or was disabled
    return found


def _parse_device_key(key: str | None) -> DeviceKey:
    body, _dot, mac = (key or "").strip().rpartition(".")
    parts = body.split(".")
    if len(parts) != 5 or parts[0] != "fks2" or not _mac_matches(body, mac):
        raise DeviceKeyInvalid()  # fks1 keys (no session) are no longer accepted
    try:
        found = DeviceKey(int(parts[1]), int(parts[2]), int(parts[3]), int(parts[4]))
    except ValueError:
        raise DeviceKeyInvalid() from None
    return found


def qr_svg(token: str, scale: int = 4) -> str:
    """The token as an SVG QR image (error correction M: survives a cracked phone screen)."""
    return segno.make_qr(token, error="m").svg_inline(scale=scale, border=2)


__all__ = [
    "COLOURS", "DeviceKey", "DeviceKeyInvalid", "Revocations", "revocations", "TokenClaims", "check_device_key",
    "issue_device_key",
    "TokenExpired", "TokenInvalid", "issue_token", "public_key_pem",
    "public_key_raw_b64", "qr_svg", "subject_of", "verify_token", "verify_token_epoch",
]
