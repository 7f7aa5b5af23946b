"""The password strength rules and TOTP (RFC 6238) as pure functions."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fangkong.core import passwords, totp
from fangkong.core.errors import InvalidInput


@pytest.mark.parametrize("weak", ["short1A!", "abcdefghijk", "ABCDEFGH1234", "Password123", "fangkong-demo",
                                  "aaaaaaaaaaaaaaaaaaaa", "x" * 129])
def test_weak_passwords_are_refused(weak: str) -> None:
    with pytest.raises(InvalidInput):
        passwords.check_strength(weak, username="zhangsan")


@pytest.mark.parametrize("strong", ["Kx7-river-lantern", "green tea by the fen river",
                                    "汾河边的柳树发芽了又绿了一年春天到"])
def test_strong_passwords_and_long_phrases_pass(strong: str) -> None:
    passwords.check_strength(strong, username="zhangsan")


def test_a_password_may_not_contain_the_username_nor_repeat_the_old_one() -> None:
    with pytest.raises(InvalidInput):
        passwords.check_strength("Zhangsan-2022!", username="zhangsan")
    with pytest.raises(InvalidInput):
        passwords.check_strength("Kx7-river-lantern", current="Kx7-river-lantern")


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=-1, max_value=1))
def test_a_code_is_accepted_within_one_step_of_drift_and_only_after_the_last_step(seconds: int, drift: int) -> None:
    secret = "JBSWY3DPEHPK3PXP"
    moment = datetime(2001, 9, 9, 9, 46, 40) + timedelta(seconds=seconds)
    step = totp.step_of(moment)
    code = totp.code_at(secret, step + drift)
    assert totp.accepted_step(secret, code, moment, None) in {step + drift, step - 1, step, step + 1}
    assert totp.accepted_step(secret, code, moment, step + 1) is None  # used: never again
    assert len(code) == 6 and code.isdigit()


def test_the_provisioning_uri_names_the_issuer_and_account() -> None:
    uri = totp.provisioning_uri("JBSWY3DPEHPK3PXP", "commander")
    assert uri.startswith("otpauth://totp/Fangkong%3Acommander?") and "secret=JBSWY3DPEHPK3PXP" in uri
