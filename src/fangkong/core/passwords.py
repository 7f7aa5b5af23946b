"""Password strength (docs/security.md, "First sign-in"): what a password chosen by its holder must be.

Rules, in the order they are checked (each refusal says which, in Chinese and English):
- at least MIN_LENGTH (10) characters and at most 128;
- at least three of: lower-case letters, upper-case letters, digits, other characters (Chinese characters
  count as "other"), unless it is a passphrase of PASSPHRASE_LENGTH (16) characters or more;
- not the username, nor contain it; not the demo password; not one of the passwords every list of guesses
  starts with; not made of one or two characters repeated;
- not the password it replaces.
"""

from __future__ import annotations

from fangkong.core.errors import InvalidInput

MIN_LENGTH = 10
MAX_LENGTH = 128
PASSPHRASE_LENGTH = 16
# The first guesses of every list (and the demo's printed password, which the generated accounts share).
COMMON = frozenset({
    "password", "password1", "password123", "passw0rd", "p@ssw0rd", "p@ssword1", "qwerty123", "qwertyuiop",
    "1234567890", "12345678910", "123456789a", "a123456789", "abc1234567", "1qaz2wsx3edc", "iloveyou1",
    "woaini1314", "woaini520", "admin12345", "administrator", "changeme123", "fangkong123", "fangkong2022",
    "fangkong-demo",  # drill.demo.DEMO_PASSWORD (core imports no domain)
})


def _classes(password: str) -> int:
    return sum((any(c.islower() for c in password), any(c.isupper() for c in password),
                any(c.isdigit() for c in password), any(not c.isalnum() or ord(c) > 127 for c in password)))


def check_strength(password: str, *, username: str = "", current: str | None = None) -> None:
    """Refuse (InvalidInput) a password its holder may not choose."""
    if len(password) < MIN_LENGTH:
        raise InvalidInput(f"密码至少 {MIN_LENGTH} 位", f"A password needs at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        raise InvalidInput(f"密码最多 {MAX_LENGTH} 位", f"A password has at most {MAX_LENGTH} characters")
    if len(password) < PASSPHRASE_LENGTH and _classes(password) < 3:
        raise InvalidInput(
            f"密码须含大写字母、小写字母、数字、符号中的至少三类(或使用 {PASSPHRASE_LENGTH} 位以上的短语)",
            "A password needs three of: upper-case, lower-case, digits, symbols "
            f"(or be a phrase of {PASSPHRASE_LENGTH} characters or more)")
    lowered = password.lower()
    name = username.strip().lower()
    if name and name in lowered:
        raise InvalidInput("密码不能包含用户名", "A password may not contain the username")
    if lowered in COMMON or len(set(lowered)) <= 2:
        raise InvalidInput("密码太常见,容易被猜到", "This password is too common: it would be guessed")
    if current is not None and password == current:
        raise InvalidInput("新密码不能与原密码相同", "The new password must differ from the old one")


__all__ = ["MIN_LENGTH", "check_strength"]
