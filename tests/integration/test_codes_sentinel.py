"""The venue sentinel against the generated city: verify endpoint with the group-commit scan log,
refusals, overload, the typed identity number lane (audited), offline uploads, retention."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from typer.testing import CliRunner

from fangkong.codes import scanlog, tokens
from fangkong.codes import service as code_service
from fangkong.codes.models import Scan
from fangkong.codes.scanlog import ScanLogOverloaded, ScanRow, ScanWriter
from fangkong.core import clock
from fangkong.core.config import get_settings
from fangkong.core.db import transaction
from fangkong.core.models import Account, AuditEntry
from fangkong.drill.demo import DEMO_PASSWORD
from fangkong.registry.models import Person
from fangkong.web.app import create_app
from tests.helpers import csrf_in, login, page_shows


@pytest.fixture(scope="module", autouse=True)
def key_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("keys")
    saved = os.environ.get("FANGKONG_KEY_DIR")
    os.environ["FANGKONG_KEY_DIR"] = str(path)
    get_settings.cache_clear()
    yield path
    if saved is None:
        os.environ.pop("FANGKONG_KEY_DIR", None)
    else:
        os.environ["FANGKONG_KEY_DIR"] = saved
    get_settings.cache_clear()


@pytest.fixture
def setting(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    def put(name: str, value: str) -> None:
        monkeypatch.setenv(name, value)
        get_settings.cache_clear()

    yield put
    monkeypatch.undo()
    get_settings.cache_clear()


@pytest.fixture(scope="module")
def client(city_url: str, key_dir: Path) -> Iterator[TestClient]:
    with TestClient(create_app(city_url)) as found:
        yield found


@pytest.fixture(scope="module")
def facts(city_url: str) -> dict[str, object]:
    with transaction(city_url) as db:
        checkpoint = db.scalar(select(Account).where(Account.username == "checkpoint"))
        assert checkpoint is not None and checkpoint.venue_id is not None
        persons = list(db.execute(select(Person.id, Person.id_number).order_by(Person.id).limit(50)))
    return {"account": checkpoint.id, "venue": checkpoint.venue_id, "persons": persons}


def scans(url: str) -> int:
    with transaction(url) as db:
        return scanlog.count_scans(db)


def device_headers(facts: dict[str, object]) -> dict[str, str]:
    return {"X-Sentinel-Key": tokens.issue_device_key(int(facts["account"]), int(facts["venue"]))}


def bearer(client: TestClient, username: str) -> dict[str, str]:
    answer = client.post("/api/auth/token", json={"username": username, "password": DEMO_PASSWORD})
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


# ---- the verify endpoint (hot path)


def test_verify_answers_colour_and_stores_the_scan(client: TestClient, city_url: str, facts: dict) -> None:
    before = scans(city_url)
    token = tokens.issue_token(tokens.subject_of(facts["persons"][0][0]), "green")
    answer = client.post("/api/codes/verify", json={"token": token}, headers=device_headers(facts))
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["colour"] == "green" and body["result"] == "pass" and body["stored"] is True
    assert body["venue_id"] == facts["venue"]
    assert scans(city_url) == before + 1
    with transaction(city_url) as db:
        row = db.scalars(select(Scan).order_by(Scan.id.desc()).limit(1)).one()
    assert (row.venue_id, row.subject, row.colour, row.result, row.method, row.account_id) == (
        facts["venue"], tokens.subject_of(facts["persons"][0][0]), "green", "pass", "qr", facts["account"])

    red = tokens.issue_token(tokens.subject_of(facts["persons"][1][0]), "red")
    body = client.post("/api/codes/verify", json={"token": red}, headers=device_headers(facts)).json()
    assert (body["colour"], body["result"]) == ("red", "deny")
    assert scans(city_url) == before + 2


def test_concurrent_checks_are_group_committed_and_all_stored(city_url: str, facts: dict) -> None:
    """200 checks at once: every acknowledged check has its scan, and they shared commits."""
    app = create_app(city_url)
    headers = device_headers(facts)
    subjects = [tokens.subject_of(pid) for pid, _n in facts["persons"]]
    payloads = [{"token": tokens.issue_token(subjects[i % len(subjects)], "green")} for i in range(200)]
    before = scans(city_url)

    async def run() -> tuple[list[int], int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://sentinel") as http:
            answers = await asyncio.gather(*(http.post("/api/codes/verify", json=p, headers=headers)
                                             for p in payloads))
            writer = scanlog.writer_for(app.state.database_url)
            return [a.status_code for a in answers], writer.batches

    statuses, batches = asyncio.run(run())
    assert statuses == [200] * 200
    assert scans(city_url) == before + 200
    assert batches < 200  # group commit: fewer commits than checks


@pytest.mark.parametrize("case", ["tampered", "expired", "foreign", "garbage", "not_json", "no_token"])
def test_verify_refuses_bad_tokens_clearly_and_stores_nothing(client: TestClient, city_url: str, facts: dict,
                                                              case: str) -> None:
    subject = tokens.subject_of(facts["persons"][2][0])
    good = tokens.issue_token(subject, "red")
    bodies = {
        "tampered": {"json": {"token": good.replace(".red.", ".green.")}},
        "expired": {"json": {"token": tokens.issue_token(subject, "green", clock.now() - timedelta(minutes=6))}},
        "foreign": {"json": {"token": good[:-10] + "A" * 10}},
        "garbage": {"json": {"token": "hello"}},
        "not_json": {"content": b"token=abc", "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
        "no_token": {"json": {"colour": "green"}},
    }
    before = scans(city_url)
    request = bodies[case]
    headers = {**device_headers(facts), **request.pop("headers", {}), "Accept-Language": "en"}
    answer = client.post("/api/codes/verify", headers=headers, **request)
    assert answer.status_code == 422, answer.text
    body = answer.json()
    expected = {"expired": "TokenExpired", "not_json": "InvalidInput", "no_token": "InvalidInput"}.get(case,
                                                                                                    "TokenInvalid")
    assert body["error"] == expected
    assert body["detail"] and body["detail"].isascii()  # English on request
    assert scans(city_url) == before


def test_verify_needs_a_device_key(client: TestClient, city_url: str, facts: dict) -> None:
    token = tokens.issue_token(tokens.subject_of(facts["persons"][0][0]), "green")
    before = scans(city_url)
    for headers in ({}, {"X-Sentinel-Key": "fks2.1.1.99999999999.0.forged"},
                    {"X-Sentinel-Key": tokens.issue_device_key(1, 1, clock.now() - timedelta(days=1))}):
        answer = client.post("/api/codes/verify", json={"token": token}, headers=headers)
        assert answer.status_code == 401 and answer.json()["error"] == "DeviceKeyInvalid"
    assert client.get("/api/codes/verify").status_code == 405
    assert scans(city_url) == before


def test_overload_sheds_with_503_and_retry_after(client: TestClient, city_url: str, facts: dict,
                                                 setting: object) -> None:
    setting("FANGKONG_SENTINEL_QUEUE_MAX", "0")  # type: ignore[operator]
    token = tokens.issue_token(tokens.subject_of(facts["persons"][0][0]), "green")
    before = scans(city_url)
    # The module's client keeps its writer (built with the old bound); a new app on a new loop reads the setting.
    with TestClient(create_app(city_url)) as fresh:
        answer = fresh.post("/api/codes/verify", json={"token": token}, headers=device_headers(facts))
    assert answer.status_code == 503
    assert answer.headers["retry-after"] == "2"
    assert answer.json() == {"detail": "验码服务繁忙，请稍后重试或改用离线核验", "error": "ScanLogOverloaded",
                             "fallback": "offline"}
    assert scans(city_url) == before


def test_writer_refuses_beyond_its_bound_but_keeps_every_accepted_scan(city_url: str) -> None:
    """A slow disk: two scans wait in the queue, the third is refused at once; the two are stored."""

    async def run() -> tuple[list[object], int]:
        writer = ScanWriter(city_url, asyncio.get_running_loop(), batch_ms=1, batch_max=10, queue_max=2)
        real_insert = writer._insert

        def slow_insert(rows: list[ScanRow], sightings: list | None = None) -> list[str | None]:
            import time

            time.sleep(0.2)
            return real_insert(rows, sightings)

        writer._insert = slow_insert  # type: ignore[method-assign]
        now = clock.now()
        row = ScanRow(venue_id=999_001, checked_at=now, received_at=now, colour="green", result="pass", method="qr")
        first = asyncio.ensure_future(writer.write(row))
        second = asyncio.ensure_future(writer.write(row))
        await asyncio.sleep(0)
        third = asyncio.ensure_future(writer.write(row))
        outcomes = await asyncio.gather(first, second, third, return_exceptions=True)
        writer.close()
        return outcomes, writer.rows_written

    outcomes, written = asyncio.run(run())
    assert outcomes[0] is None and outcomes[1] is None and isinstance(outcomes[2], ScanLogOverloaded)
    assert written == 2
    with transaction(city_url) as db:
        assert scanlog.count_scans(db, venue_id=999_001) == 2


def test_a_failed_batch_is_not_acknowledged(city_url: str) -> None:
    async def run() -> object:
        writer = ScanWriter(city_url, asyncio.get_running_loop(), batch_ms=0, batch_max=10, queue_max=10)

        def broken(rows: list[ScanRow]) -> None:
            raise OSError("disk full")

        writer._insert = broken  # type: ignore[method-assign]
        now = clock.now()
        try:
            await writer.write(ScanRow(venue_id=1, checked_at=now, received_at=now, colour="green", result="pass",
                                       method="qr"))
        except Exception as exc:  # noqa: BLE001
            return exc
        finally:
            writer.close()
        return None

    assert isinstance(asyncio.run(run()), scanlog.ScanWriteFailed)


def test_verify_only_mode_writes_nothing(city_url: str, facts: dict, setting: object) -> None:
    setting("FANGKONG_SENTINEL_SCAN_WRITE", "0")  # type: ignore[operator]
    before = scans(city_url)
    token = tokens.issue_token(tokens.subject_of(facts["persons"][0][0]), "yellow")
    with TestClient(create_app(city_url)) as fresh:
        body = fresh.post("/api/codes/verify", json={"token": token}, headers=device_headers(facts)).json()
    assert body["colour"] == "yellow" and body["stored"] is False
    assert scans(city_url) == before


def test_public_key_verifies_offline(client: TestClient, facts: dict) -> None:
    body = client.get("/api/codes/public-key").json()
    assert body["algorithm"] == "Ed25519" and body["pem"].startswith("-----BEGIN PUBLIC KEY-----")
    token = tokens.issue_token(tokens.subject_of(facts["persons"][0][0]), "green")
    assert tokens.verify_token(token, public_key_pem=body["pem"]).colour == "green"


# ---- the detailed check (page): token or typed identity number


def test_typed_identity_number_is_an_audited_masked_read(client: TestClient, city_url: str, facts: dict) -> None:
    person_id, id_number = facts["persons"][3]
    headers = bearer(client, "checkpoint")
    before = scans(city_url)
    answer = client.post("/api/codes/check", json={"id_number": id_number}, headers=headers)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["method"] == "id" and body["colour"] in ("green", "yellow", "red", "popup")
    assert "*" in body["name"]  # masked
    assert body["rule"]["max_test_age_h"] == 72
    assert body["result"] in ("pass", "deny") and isinstance(body["reasons"], list)
    assert scans(city_url) == before + 1
    with transaction(city_url) as db:
        row = db.scalars(select(Scan).order_by(Scan.id.desc()).limit(1)).one()
        assert (row.person_id, row.method, row.venue_id) == (person_id, "id", facts["venue"])
        audited = db.scalars(select(AuditEntry).where(AuditEntry.subject_type == "person",
                                                      AuditEntry.subject_id == str(person_id),
                                                      AuditEntry.username == "checkpoint")).all()
    assert any("sentinel_check" in entry.detail for entry in audited)


def test_typed_identity_number_refusals(client: TestClient, city_url: str) -> None:
    headers = {**bearer(client, "checkpoint"), "Accept-Language": "en"}
    before = scans(city_url)
    bad = client.post("/api/codes/check", json={"id_number": "12345"}, headers=headers)
    assert bad.status_code == 422
    unknown = client.post("/api/codes/check", json={"id_number": "11010519491231002X"}, headers=headers)
    assert unknown.status_code == 404 and unknown.json()["detail"] == "No such person in the registry"
    empty = client.post("/api/codes/check", json={}, headers=headers)
    assert empty.status_code == 422
    assert scans(city_url) == before


def test_check_with_a_shown_code_names_the_person(client: TestClient, city_url: str, facts: dict) -> None:
    person_id = facts["persons"][4][0]
    with transaction(city_url) as db:
        subject = code_service.subject_for(db, person_id)  # what showing the code records
    token = tokens.issue_token(subject, "green")
    body = client.post("/api/codes/check", json={"token": token}, headers=bearer(client, "checkpoint")).json()
    assert body["method"] == "qr" and body["colour"] == "green" and "*" in body["name"]
    with transaction(city_url) as db:
        row = db.scalars(select(Scan).order_by(Scan.id.desc()).limit(1)).one()
    assert (row.person_id, row.subject) == (person_id, subject)


def test_only_checkpoint_staff_check(client: TestClient, city_url: str, facts: dict) -> None:
    token = tokens.issue_token(tokens.subject_of(facts["persons"][0][0]), "green")
    answer = client.post("/api/codes/check", json={"token": token}, headers=bearer(client, "grid"))
    assert answer.status_code == 403
    grid = login(create_app(city_url), "grid")
    assert grid.get("/sentinel").status_code == 403


def test_sentinel_page_for_the_accounts_venue(city_url: str, facts: dict) -> None:
    staff = login(create_app(city_url), "checkpoint")
    page = staff.get("/sentinel")
    page_shows(page, "阳曲高速口", testids=["venue-name", "verdict"])  # the checkpoint account's own venue
    assert 'data-device-key="fks2.' in page.text and f'data-venue-id="{facts["venue"]}"' in page.text
    assert "/static/vendor/jsqr/jsQR.js" in page.text and "<script>" not in page.text
    # The page's own API call: session cookie + CSRF header.
    token = tokens.issue_token(tokens.subject_of(facts["persons"][6][0]), "green")
    csrf = csrf_in(page.text)
    assert staff.post("/api/codes/check", json={"token": token}).status_code == 403  # no CSRF header
    answer = staff.post("/api/codes/check", json={"token": token}, headers={"X-CSRF-Token": csrf})
    assert answer.status_code == 200 and answer.json()["venue_id"] == facts["venue"]


def test_staff_without_a_venue_choose_one_once(city_url: str, facts: dict) -> None:
    from fangkong.core import auth

    with transaction(city_url) as db:
        if db.scalar(select(Account).where(Account.username == "gate2")) is None:
            auth.create_account(db, username="gate2", password_hash=auth.hash_password(DEMO_PASSWORD),
                                role="checkpoint_staff", display_name="场所扫码员")
    staff = login(create_app(city_url), "gate2")
    chooser = staff.get("/sentinel")
    page_shows(chooser)
    assert 'action="/sentinel/venue"' in chooser.text
    chosen = staff.post("/sentinel/venue", data={"venue_id": facts["venue"], "csrf_token": csrf_in(chooser.text)},
                        follow_redirects=False)
    assert chosen.status_code == 303
    page = staff.get("/sentinel")
    assert f'data-venue-id="{facts["venue"]}"' in page.text
    token = tokens.issue_token(tokens.subject_of(facts["persons"][7][0]), "green")
    answer = staff.post("/api/codes/check", json={"token": token, "venue_id": facts["venue"]},
                        headers={"X-CSRF-Token": csrf_in(page.text)})
    assert answer.status_code == 200, answer.text
    missing = staff.post("/api/codes/check", json={"token": token, "venue_id": 10**9},
                         headers={"X-CSRF-Token": csrf_in(page.text)})
    assert missing.status_code == 404


# ---- offline scans


def test_offline_upload_stores_once_and_refuses_forgeries(client: TestClient, city_url: str, facts: dict) -> None:
    now = clock.now()
    subject = tokens.subject_of(facts["persons"][5][0])
    earlier = now - timedelta(minutes=20)
    token = tokens.issue_token(subject, "green", earlier)  # expired now, valid when checked
    checked = tokens.to_epoch(earlier) + 30
    forged = tokens.issue_token(subject, "red", earlier).replace(".red.", ".green.")
    too_old = tokens.issue_token(subject, "green", now - timedelta(days=40))
    payload = {"scans": [{"token": token, "checked_at": checked},
                         {"token": forged, "checked_at": checked},
                         {"token": token, "checked_at": checked + 400},  # after the token expired
                         {"token": too_old, "checked_at": tokens.to_epoch(now - timedelta(days=40))},
                         {"nonsense": True}]}
    with transaction(city_url) as db:  # an online check of the same person in the same second is another check
        scanlog.insert_rows(db, [ScanRow(venue_id=facts["venue"], checked_at=tokens.from_epoch(checked),
                                         received_at=now, colour="green", result="pass", method="qr",
                                         subject=subject)])
    before = scans(city_url)
    answer = client.post("/api/codes/scans/offline", json=payload, headers=device_headers(facts))
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["stored"] == 1 and body["duplicates"] == 0
    assert [r["index"] for r in body["refused"]] == [1, 2, 3, 4]
    assert scans(city_url) == before + 1
    again = client.post("/api/codes/scans/offline", json=payload, headers=device_headers(facts)).json()
    assert again["stored"] == 0 and again["duplicates"] == 1
    assert scans(city_url) == before + 1
    with transaction(city_url) as db:
        row = db.scalars(select(Scan).where(Scan.method == "offline").order_by(Scan.id.desc()).limit(1)).one()
    assert row.checked_at == tokens.from_epoch(checked) and row.subject == subject
    assert client.post("/api/codes/scans/offline", json=payload).status_code == 401


# ---- retention


def test_purge_deletes_only_scans_past_retention(city_url: str, facts: dict) -> None:
    now = clock.now()
    venue = 999_002
    rows = [ScanRow(venue_id=venue, checked_at=now - timedelta(days=d, hours=1), received_at=now, colour="green",
                    result="pass", method="qr") for d in (0, 5, 27, 28, 29, 90)]
    with transaction(city_url) as db:
        scanlog.insert_rows(db, rows)
    with transaction(city_url) as db:
        deleted = scanlog.purge_scans(db, now=now)
    assert deleted >= 3
    with transaction(city_url) as db:
        left = db.scalars(select(Scan.checked_at).where(Scan.venue_id == venue).order_by(Scan.checked_at)).all()
        assert db.scalar(select(func.count()).select_from(Scan).where(
            Scan.checked_at < now - timedelta(days=28))) == 0
    assert [round((now - at).total_seconds() / 86400) for at in left] == [27, 5, 0]


def test_purge_command(city_url: str) -> None:
    from fangkong.cli import app

    now = clock.now()
    with transaction(city_url) as db:
        scanlog.insert_rows(db, [ScanRow(venue_id=999_003, checked_at=now - timedelta(days=3), received_at=now,
                                         colour="green", result="pass", method="qr")])
    result = CliRunner().invoke(app, ["codes", "purge-scans", "--days", "2", "--database", city_url])
    assert result.exit_code == 0, result.output
    assert "deleted" in result.output
    with transaction(city_url) as db:
        assert scanlog.count_scans(db, venue_id=999_003) == 0
    key = CliRunner().invoke(app, ["codes", "public-key", "--database", city_url])
    assert key.exit_code == 0 and key.output == tokens.public_key_pem()


def test_scan_times_are_city_local(city_url: str) -> None:
    assert isinstance(clock.now(), datetime) and clock.now().tzinfo is None
