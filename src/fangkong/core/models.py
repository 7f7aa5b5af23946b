"""Core tables: accounts, sessions and the append-only audit log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from fangkong.core.db import Base


class Account(Base):
    __tablename__ = "account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32), index=True)
    display_name: Mapped[str] = mapped_column(String(64))
    # The place the account answers for (五包一); NULL means city-wide.
    jurisdiction_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)  # residents
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id"), index=True)  # venue, site, lab
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Made by an administrator or an import with a password someone else chose: no page or API answers until
    # the holder has chosen their own (core.accounts, docs/security.md "First sign-in").
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # TOTP (RFC 6238, core.totp): the confirmed secret (base32), the one awaiting its first code, and the last
    # time step a code was accepted for (a code is good once).
    totp_secret: Mapped[str | None] = mapped_column(String(64))
    totp_pending: Mapped[str | None] = mapped_column(String(64))
    totp_last_step: Mapped[int | None] = mapped_column(Integer)


class AuthSession(Base):
    """A login: a browser cookie or an API bearer token. Only the token's hash is stored."""

    __tablename__ = "auth_session"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # cookie | bearer
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # the device-key revocation list
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    # "" a full login; "totp" the password was right and the second factor is still to come (only the
    # code page answers such a session: core.auth.resolve_session).
    stage: Mapped[str] = mapped_column(String(8), default="", server_default="")


class AuditEntry(Base):
    """Append-only: database triggers refuse UPDATE and DELETE (see the migration)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_subject", "subject_type", "subject_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    account_id: Mapped[int | None] = mapped_column(Integer, index=True)
    username: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(32), index=True)  # read | read_full | write | login | ...
    subject_type: Mapped[str] = mapped_column(String(32))
    subject_id: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    # HMAC of the entry under a key derived from the platform secret (core.auditchain); NULL before 0015.
    mac: Mapped[str | None] = mapped_column(String(64))


class LoginFailure(Base):
    """A failed sign-in, kept for the lockout (core.signin): counted per username and per address. Written in
    a transaction of its own, so the refused request's rollback cannot erase it."""

    __tablename__ = "login_failure"
    __table_args__ = (Index("ix_login_failure_username_at", "username", "at"),
                      Index("ix_login_failure_address_at", "address", "at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    username: Mapped[str] = mapped_column(String(64))
    address: Mapped[str] = mapped_column(String(64))


class AuditSeal(Base):
    """A checkpoint of the audit log's hash chain (core.auditchain): the chain over every entry's MAC up to
    `upto_id`. A deleted or inserted entry below a seal breaks it; a changed or forged entry fails its MAC."""

    __tablename__ = "audit_seal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    upto_id: Mapped[int] = mapped_column(Integer)
    entries: Mapped[int] = mapped_column(Integer)
    chain: Mapped[str] = mapped_column(String(64))
    sealed_at: Mapped[datetime] = mapped_column(DateTime)
    mac: Mapped[str] = mapped_column(String(64))
