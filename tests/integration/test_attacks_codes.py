"""Attack suite: health codes at venues (issue 16). A genuine token with a 10-year lifetime was accepted; an
offline upload stored a long-expired token by back-dating `checked_at`; a venue device key kept verifying for
up to 12 hours after its user logged out, and would after the account was disabled. Now: the verifier refuses
lifetimes over the policy's maximum; offline scans are judged by their upload time with a tolerance; device
keys are bound to a login session and refused within seconds of logout or disablement, with no database
read per check (a revocation list refreshed every few seconds). Both databases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from fangkong.codes import tokens
from fangkong.core import clock
from fangkong.core.config import get_settings
from fangkong.core.db import transaction
from fangkong.core.errors import InvalidInput
from fangkong.core.models import Account
from fangkong.registry.models import Person
from fangkong.web.app import create_app
from tests.helpers import csrf_of, login

pytestmark = pytest.mark.security
DEVICE_KEY = 'data-device-key="'


@pytest.fixture(scope="module")
def app(city_url: str):  # noqa: ANN201
    return create_app(city_url)


@pytest.fixture(scope="module")
def device(app) -> Iterator[TestClient]:  # noqa: ANN001
    """The venue device: one client kept open, as the scan writer lives on its event loop."""
    with TestClient(app) as client:
        yield client


@pytest.fixture(autouse=True)
def instant_revocations(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("FANGKONG_DEVICE_REVOCATION_REFRESH_S", "0")  # as if the seconds had passed
    get_settings.cache_clear()
    yield
    monkeypatch.undo()
    get_settings.cache_clear()


@pytest.fixture(scope="module")
def subject(city_url: str) -> str:
    with transaction(city_url) as db:
        return tokens.subject_of(db.scalar(select(Person.id).order_by(Person.id).limit(1)))


def _device_key_of(client: TestClient) -> str:
    page = client.get("/sentinel").text
    start = page.index(DEVICE_KEY) + len(DEVICE_KEY)
    return page[start:page.index('"', start)]


def _verify(device: TestClient, key: str, token: str) -> int:
    return device.post("/api/codes/verify", json={"token": token}, headers={"X-Sentinel-Key": key}).status_code


def test_a_genuine_token_with_a_ten_year_lifetime_is_refused(app, device: TestClient, subject: str) -> None:  # noqa: ANN001
    client = login(app, "checkpoint")
    key = _device_key_of(client)
    assert _verify(device, key, tokens.issue_token(subject, "green")) == 200
    body = tokens.issue_token(subject, "green").rsplit(".", 3)[0]  # fk1.subject.green
    issued = tokens.to_epoch(clock.now())
    ten_years = f"{body}.{issued}.{issued + 10 * 365 * 86400}"
    forged_by_the_signer = ten_years + "." + tokens._b64(tokens.signing_key().sign(ten_years.encode()))
    answer = device.post("/api/codes/verify", json={"token": forged_by_the_signer},
                                  headers={"X-Sentinel-Key": key})
    assert answer.status_code == 422
    assert "有效期超出规定" in answer.json()["detail"]
    with pytest.raises(InvalidInput):
        tokens.issue_token(subject, "green", validity_s=get_settings().code_token_max_s + 1)


def test_an_offline_upload_cannot_back_date_an_expired_token(app, device: TestClient, subject: str) -> None:  # noqa: ANN001
    client = login(app, "checkpoint")
    key = _device_key_of(client)
    now = clock.now()
    long_ago = now - timedelta(hours=5)
    expired = tokens.issue_token(subject, "green", long_ago)  # a screenshot from the morning
    recent = tokens.issue_token(subject, "green", now - timedelta(minutes=10))
    payload = {"scans": [{"token": expired, "checked_at": tokens.to_epoch(long_ago) + 10},  # back-dated
                         {"token": recent, "checked_at": tokens.to_epoch(now - timedelta(minutes=10)) + 10}]}
    answer = TestClient(app).post("/api/codes/scans/offline", json=payload, headers={"X-Sentinel-Key": key})
    assert answer.status_code == 200, answer.text
    assert answer.json()["stored"] == 1 and [r["index"] for r in answer.json()["refused"]] == [0]


def test_a_device_key_stops_working_when_its_user_logs_out(app, device: TestClient, subject: str) -> None:  # noqa: ANN001
    client = login(app, "checkpoint")
    key = _device_key_of(client)
    token = tokens.issue_token(subject, "green")
    assert _verify(device, key, token) == 200
    other = _device_key_of(login(app, "checkpoint"))  # a second device, its own login
    client.post("/logout", data={"csrf_token": csrf_of(client, "/sentinel")})
    assert _verify(device, key, token) == 401
    assert _verify(device, other, token) == 200  # only the logged-out session's devices stop


def test_a_device_key_stops_working_when_its_account_is_disabled(app, device: TestClient, city_url: str,  # noqa: ANN001
                                                                  subject: str) -> None:
    key = _device_key_of(login(app, "checkpoint"))
    token = tokens.issue_token(subject, "green")
    assert _verify(device, key, token) == 200
    with transaction(city_url) as db:
        db.execute(update(Account).where(Account.username == "checkpoint").values(active=False))
    try:
        assert _verify(device, key, token) == 401
    finally:
        with transaction(city_url) as db:
            db.execute(update(Account).where(Account.username == "checkpoint").values(active=True))
    tokens.revocations.refreshed = float("-inf")


def test_the_revocation_list_is_not_read_per_check(app, device: TestClient, subject: str,  # noqa: ANN001
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from fangkong.core import auth

    monkeypatch.setenv("FANGKONG_DEVICE_REVOCATION_REFRESH_S", "3600")
    get_settings.cache_clear()
    key = _device_key_of(login(app, "checkpoint"))
    reads: list[int] = []
    real = auth.revoked
    monkeypatch.setattr(auth, "revoked", lambda db, now: reads.append(1) or real(db, now))
    tokens.revocations.refreshed = float("-inf")
    for _ in range(20):
        assert _verify(device, key, tokens.issue_token(subject, "green")) == 200
    assert len(reads) == 1


def _forget_sightings(url: str) -> None:
    from sqlalchemy import delete

    from fangkong.codes.models import CodeSighting

    with transaction(url) as db:
        db.execute(delete(CodeSighting))


def test_a_code_shown_at_two_venues_or_over_and_over_is_flagged_not_passed(app, device: TestClient,  # noqa: ANN001
                                                                             city_url: str, subject: str) -> None:
    from fangkong.codes import replay
    from fangkong.codes.models import Scan
    from fangkong.registry.models import Venue

    replay.watch = replay.ReplayWatch()
    _forget_sightings(city_url)  # tokens issued in the same second by earlier tests are the same tokens
    with transaction(city_url) as db:
        checkpoint = db.scalar(select(Account).where(Account.username == "checkpoint"))
        elsewhere = db.scalar(select(Venue.id).where(Venue.id != checkpoint.venue_id).order_by(Venue.id).limit(1))
        account_id, here = checkpoint.id, checkpoint.venue_id
    at_home = {"X-Sentinel-Key": tokens.issue_device_key(account_id, here)}
    across_town = {"X-Sentinel-Key": tokens.issue_device_key(account_id, elsewhere)}
    screenshot = tokens.issue_token(subject, "green")
    first = device.post("/api/codes/verify", json={"token": screenshot}, headers=at_home).json()
    assert first["result"] == "pass" and "replay" not in first
    second = device.post("/api/codes/verify", json={"token": screenshot}, headers=across_town).json()
    assert second["result"] == "check" and second["replay"] == "other_venue" and "身份证" in second["note"]["zh"]
    with transaction(city_url) as db:
        stored = db.scalars(select(Scan.result).order_by(Scan.id.desc()).limit(1)).one()
    assert stored == "replay"  # flagged on the scan log

    queue = tokens.issue_token(subject, "green", clock.now() - timedelta(seconds=90))  # another token
    answers = [device.post("/api/codes/verify", json={"token": queue}, headers=at_home).json() for _ in range(3)]
    assert [a["result"] for a in answers] == ["pass", "pass", "check"]
    assert answers[-1]["replay"] == "repeated"


def test_the_sentinel_page_shows_a_replayed_code_as_not_passed_with_what_to_do(app, city_url: str,  # noqa: ANN001
                                                                                 subject: str) -> None:
    from fangkong.codes import replay
    from fangkong.codes.models import Scan

    replay.watch = replay.ReplayWatch()
    _forget_sightings(city_url)  # tokens issued in the same second by earlier tests are the same tokens
    client = login(app, "checkpoint")
    csrf = {"X-CSRF-Token": csrf_of(client, "/sentinel")}
    screenshot = tokens.issue_token(subject, "green", clock.now() - timedelta(seconds=120))
    answers = [client.post("/api/codes/check", json={"token": screenshot}, headers=csrf).json() for _ in range(3)]
    assert answers[-1]["replay"] == "repeated" and answers[-1]["result"] == "deny"
    assert "身份证" in answers[-1]["reasons"][0]
    with transaction(city_url) as db:
        assert db.scalars(select(Scan.result).order_by(Scan.id.desc()).limit(1)).one() == "replay"
