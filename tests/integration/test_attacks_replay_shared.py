"""Attack suite: a screenshot of a green code shown at two doors served by two server processes. The replay
memory was per process (`fangkong serve --workers N` runs several): each worker saw only the checks it answered,
so a screenshot passed at one worker's venue and again at another's. Now sightings live in the database,
recorded by each worker's scan writer in the scans' own commit, and every worker judges against all of them.
Two app instances on one database, each with its own event loop, scan writer and in-process memory, stand for
two workers. Both databases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete, select

from fangkong.codes import replay, tokens
from fangkong.codes.models import CodeSighting, Scan
from fangkong.core import clock
from fangkong.core.db import transaction
from fangkong.core.models import Account
from fangkong.registry.models import Person, Venue
from fangkong.web.app import create_app

pytestmark = pytest.mark.security


@pytest.fixture(scope="module")
def workers(city_url: str) -> Iterator[tuple[TestClient, TestClient]]:
    with TestClient(create_app(city_url)) as first, TestClient(create_app(city_url)) as second:
        yield first, second


@pytest.fixture
def doors(city_url: str) -> tuple[dict[str, str], dict[str, str], str]:
    with transaction(city_url) as db:
        db.execute(delete(CodeSighting))
        checkpoint = db.scalar(select(Account).where(Account.username == "checkpoint"))
        elsewhere = db.scalar(select(Venue.id).where(Venue.id != checkpoint.venue_id).order_by(Venue.id).limit(1))
        subject = tokens.subject_of(db.scalar(select(Person.id).order_by(Person.id.desc()).limit(1)))
        here = checkpoint.venue_id
        account = checkpoint.id
    return ({"X-Sentinel-Key": tokens.issue_device_key(account, here)},
            {"X-Sentinel-Key": tokens.issue_device_key(account, elsewhere)}, subject)


def _verify(worker: TestClient, memory: replay.ReplayWatch, token: str, door: dict[str, str],
            monkeypatch: pytest.MonkeyPatch) -> dict:
    monkeypatch.setattr(replay, "watch", memory)  # each worker process has its own memory
    response = worker.post("/api/codes/verify", json={"token": token}, headers=door)
    assert response.status_code == 200, response.text
    return response.json()


def test_a_screenshot_at_two_workers_venues_is_flagged(workers, doors, city_url: str,  # noqa: ANN001
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    (first, second), (door_a, door_b, subject) = workers, doors
    memory_a, memory_b = replay.ReplayWatch(), replay.ReplayWatch()
    screenshot = tokens.issue_token(subject, "green", clock.now() - timedelta(seconds=41))
    assert _verify(first, memory_a, screenshot, door_a, monkeypatch)["result"] == "pass"
    across = _verify(second, memory_b, screenshot, door_b, monkeypatch)
    assert across["result"] == "check" and across["replay"] == "other_venue"
    with transaction(city_url) as db:
        assert db.scalars(select(Scan.result).order_by(Scan.id.desc()).limit(2)).all() == ["replay", "pass"]


def test_a_screenshot_passed_round_a_queue_across_workers_is_flagged_the_third_time(
        workers, doors, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    (first, second), (door_a, _door_b, subject) = workers, doors
    memory_a, memory_b = replay.ReplayWatch(), replay.ReplayWatch()
    queue = tokens.issue_token(subject, "green", clock.now() - timedelta(seconds=77))
    answers = [_verify(worker, memory, queue, door_a, monkeypatch)
               for worker, memory in ((first, memory_a), (second, memory_b), (first, memory_a))]
    assert [a["result"] for a in answers] == ["pass", "pass", "check"]
    assert answers[-1]["replay"] == "repeated"


def test_sightings_are_one_row_per_token_and_expire(workers, doors, city_url: str,  # noqa: ANN001
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    (first, second), (door_a, _door_b, subject) = workers, doors
    token = tokens.issue_token(subject, "green", clock.now() - timedelta(seconds=13))
    for worker in (first, second, first, second):
        _verify(worker, replay.ReplayWatch(), token, door_a, monkeypatch)
    with transaction(city_url) as db:
        rows = db.execute(select(CodeSighting.seen, CodeSighting.expires_epoch)).all()
        assert len(rows) == 1 and rows[0].seen == 4
        replay.prune_sightings(db, rows[0].expires_epoch + 1)
        assert db.scalar(select(CodeSighting.signature)) is None


def test_with_sharing_switched_off_one_process_still_flags_from_memory(workers, doors,  # noqa: ANN001
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from fangkong.core.config import get_settings

    (first, _second), (door_a, door_b, subject) = workers, doors
    monkeypatch.setenv("FANGKONG_REPLAY_SHARED", "0")  # a single-process server (docs/security.md)
    get_settings.cache_clear()
    try:
        memory = replay.ReplayWatch()
        token = tokens.issue_token(subject, "green", clock.now() - timedelta(seconds=29))
        assert _verify(first, memory, token, door_a, monkeypatch)["result"] == "pass"
        assert _verify(first, memory, token, door_b, monkeypatch)["replay"] == "other_venue"
    finally:
        monkeypatch.delenv("FANGKONG_REPLAY_SHARED")
        get_settings.cache_clear()
