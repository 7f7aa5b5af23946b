"""TOTP, RFC 6238 (HMAC-SHA1, 6 digits, 30 s steps), with the standard library: the second factor command,
district and auditor accounts may enrol in (docs/security.md, "Second factor").

A code is accepted for the current step and one step either side (a phone's clock a little off); a step once
accepted is not accepted again (`last_step`), so a code seen over a shoulder cannot be used a second time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import struct
from datetime import datetime
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo

from fangkong.core.config import get_settings

STEP_S = 30
DIGITS = 6
DRIFT_STEPS = 1
ISSUER = "Fangkong"


def new_secret() -> str:
    """160 random bits in base32 (what authenticator apps expect), no padding."""
    return base64.b32encode(secrets.token_bytes(20)).decode().rstrip("=")


def _key(secret: str) -> bytes:
    return base64.b32decode(secret + "=" * (-len(secret) % 8), casefold=True)


def step_of(moment: datetime) -> int:
    """The 30-s step of a moment: core.clock's naive times are city-local (FANGKONG_TIMEZONE); an app counts
    from Unix time, so the zone is put back before counting."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(get_settings().timezone))
    return int(moment.timestamp()) // STEP_S


def code_at(secret: str, step: int) -> str:
    """RFC 4226 HOTP of the step: dynamic truncation of HMAC-SHA1, DIGITS digits."""
    digest = hmac.new(_key(secret), struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return str(number % 10**DIGITS).zfill(DIGITS)


def accepted_step(secret: str, code: str, moment: datetime, last_step: int | None) -> int | None:
    """The step a code is good for at this moment (within the drift, after `last_step`), or None."""
    code = "".join(code.split())
    if len(code) != DIGITS or not code.isdigit():
        return None
    now = step_of(moment)
    for step in range(now - DRIFT_STEPS, now + DRIFT_STEPS + 1):
        if last_step is not None and step <= last_step:
            continue
        if hmac.compare_digest(code_at(secret, step), code):
            return step
    return None


def provisioning_uri(secret: str, username: str) -> str:
    """The otpauth:// URI an authenticator app reads from the enrolment QR code."""
    label = quote(f"{ISSUER}:{username}")
    return f"otpauth://totp/{label}?" + urlencode({"secret": secret, "issuer": ISSUER, "algorithm": "SHA1",
                                                   "digits": DIGITS, "period": STEP_S})


__all__ = ["accepted_step", "code_at", "new_secret", "provisioning_uri", "step_of"]
