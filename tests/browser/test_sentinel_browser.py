"""The sentinel page in Chromium: the resident's code read by the camera (a fake capture device fed
with the QR of the resident page's token), a pasted code, the offline fallback when the server sheds
load, and the typed identity number lane. Every check leaves a scan."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import segno
from sqlalchemy import select

from fangkong.codes import tokens
from fangkong.codes.models import Scan
from fangkong.core.config import get_settings
from fangkong.core.db import transaction
from fangkong.core.models import Account
from fangkong.drill.demo import DEMO_PASSWORD
from fangkong.registry.models import Person
from fangkong.registry.service import actor_for
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, PHONE, login, serve_in_thread

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def key_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
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


@pytest.fixture(scope="module")
def server(city_url: str, key_env: Path) -> Iterator[str]:
    base, stop = serve_in_thread(city_url)
    yield base
    stop()


def latest_scan(url: str) -> Scan | None:
    with transaction(url) as db:
        return db.scalars(select(Scan).order_by(Scan.id.desc()).limit(1)).first()


def resident_token(url: str) -> str:
    """The resident persona's code as the resident page shows it: codes.service.show_code signs the
    token (issue_token for the persona's pseudonym) that /codes/me renders as its QR."""
    from fangkong.codes import service as code_service

    with transaction(url) as db:
        account = db.scalar(select(Account).where(Account.username == "resident"))
        assert account is not None and account.person_id is not None
        shown = code_service.show_code(db, actor_for(db, account), account.person_id)
    assert shown.token.startswith("fk1.")
    return shown.token


def write_y4m(token: str, path: Path, width: int = 640, height: int = 480) -> None:
    """A few identical frames of the token's QR code, black on white, as raw YUV 4:2:0 (what Chromium's
    --use-file-for-fake-video-capture reads)."""
    matrix = [list(row) for row in segno.make_qr(token, error="m").matrix_iter(scale=1, border=4)]
    modules = len(matrix)
    scale = min(width, height) * 9 // 10 // modules
    left, top = (width - modules * scale) // 2, (height - modules * scale) // 2
    luma = bytearray(b"\xeb" * (width * height))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                for dy in range(scale):
                    start = (top + y * scale + dy) * width + left + x * scale
                    luma[start:start + scale] = b"\x10" * scale
    chroma = b"\x80" * (width * height // 4)
    with path.open("wb") as out:
        out.write(f"YUV4MPEG2 W{width} H{height} F10:1 Ip A1:1 C420jpeg\n".encode())
        for _ in range(10):
            out.write(b"FRAME\n" + bytes(luma) + chroma + chroma)


def test_camera_reads_the_residents_code_and_records_a_scan(server: str, city_url: str, browser: Any,
                                                            screenshots: Path, tmp_path: Path) -> None:
    token = resident_token(city_url)
    claims = tokens.verify_token(token)
    video = tmp_path / "qr.y4m"
    write_y4m(token, video)
    # A second chromium of the same Playwright, with a fake camera showing the QR.
    camera_browser = browser.browser_type.launch(
        executable_path=CHROMIUM, headless=True,
        args=[*CHROMIUM_ARGS, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
              f"--use-file-for-fake-video-capture={video}"])
    try:
        page = login(camera_browser, server, "checkpoint", DEMO_PASSWORD, viewport=PHONE)
        page.context.grant_permissions(["camera"], origin=server)
        page.goto(f"{server}/sentinel")
        page.click("[data-testid=camera-toggle]")
        verdict = page.locator("[data-testid=verdict]")
        page.wait_for_function(
            "() => ['green','yellow','red','popup'].includes(document.getElementById('verdict').dataset.colour)",
            timeout=20000)
        page.screenshot(path=str(screenshots / "sentinel-1-camera.png"), full_page=True)
        assert verdict.get_attribute("data-colour") == claims.colour
        assert page.locator("[data-testid=verdict-name]").inner_text().count("*") >= 1
        assert not page.console_errors, page.console_errors
        page.click("[data-testid=camera-toggle]")  # camera off again
    finally:
        camera_browser.close()
    scan = latest_scan(city_url)
    assert scan is not None and scan.subject == claims.subject and scan.method == "qr"
    with transaction(city_url) as db:
        resident = db.scalar(select(Account).where(Account.username == "resident"))
        assert resident is not None and scan.person_id == resident.person_id


def test_pasted_code_then_offline_fallback_then_upload(server: str, city_url: str, browser: Any,
                                                      screenshots: Path) -> None:
    with transaction(city_url) as db:
        person_id = db.scalar(select(Person.id).order_by(Person.id.desc()).limit(1))
    assert person_id is not None
    page = login(browser, server, "checkpoint", DEMO_PASSWORD, viewport=PHONE)
    uploads: list[Any] = []
    page.on("request", lambda r: uploads.append(r.post_data) if "scans/offline" in r.url else None)
    page.goto(f"{server}/sentinel")

    red = tokens.issue_token(tokens.subject_of(person_id), "red")
    page.fill("[data-testid=paste-token]", red)
    page.click("[data-testid=paste-form] button")
    page.wait_for_function("() => document.getElementById('verdict').dataset.colour === 'red'")
    assert page.locator("[data-testid=verdict-result]").inner_text() == "不予通行"
    page.screenshot(path=str(screenshots / "sentinel-2-pasted-red.png"), full_page=True)
    assert latest_scan(city_url).colour == "red"  # type: ignore[union-attr]

    # The server sheds load: the page verifies the signature itself and keeps the scan.
    page.route("**/api/codes/check", lambda route: route.fulfill(
        status=503, content_type="application/json", headers={"Retry-After": "2"},
        body='{"detail": "busy", "error": "ScanLogOverloaded", "fallback": "offline"}'))
    green = tokens.issue_token(tokens.subject_of(person_id), "green")
    page.fill("[data-testid=paste-token]", green)
    page.click("[data-testid=paste-form] button")
    page.wait_for_function("() => document.getElementById('verdict').dataset.offline === 'true'")
    assert page.locator("[data-testid=verdict]").get_attribute("data-colour") == "green"
    page.wait_for_selector("[data-testid=pending]:not(.hidden)")
    page.screenshot(path=str(screenshots / "sentinel-3-offline.png"), full_page=True)

    # A forged code fails offline too.
    page.fill("[data-testid=paste-token]", green.replace(".green.", ".red."))
    page.click("[data-testid=paste-form] button")
    page.wait_for_function("() => document.getElementById('v-note').textContent.length > 0 && "
                           "document.getElementById('verdict').dataset.colour === 'unknown'")

    # Back online: the kept scan is uploaded and stored as an offline scan.
    page.unroute("**/api/codes/check")
    page.evaluate("window.dispatchEvent(new Event('online'))")
    page.wait_for_selector("[data-testid=pending].hidden", state="attached")
    with transaction(city_url) as db:
        offline = db.scalars(select(Scan).where(Scan.method == "offline")).all()
    assert [(s.subject, s.colour) for s in offline] == [(tokens.subject_of(person_id), "green")], uploads
    unexpected = [e for e in page.console_errors if "503" not in e]  # the shed answers we staged are logged
    assert not unexpected, unexpected
    page.context.close()


def test_typed_identity_number_lane(server: str, city_url: str, browser: Any, screenshots: Path) -> None:
    with transaction(city_url) as db:
        person_id, id_number = db.execute(select(Person.id, Person.id_number).order_by(Person.id).limit(1)).one()
    page = login(browser, server, "checkpoint", DEMO_PASSWORD, viewport=PHONE, lang="en")
    page.goto(f"{server}/sentinel")
    page.fill("[data-testid=id-number]", id_number)
    page.click("[data-testid=id-form] button")
    page.wait_for_function("() => !['none','checking'].includes(document.getElementById('verdict').dataset.colour)")
    page.screenshot(path=str(screenshots / "sentinel-4-id-number-en.png"), full_page=True)
    assert "*" in page.locator("[data-testid=verdict-name]").inner_text()
    assert page.locator("[data-testid=verdict-test]").inner_text() != "—"
    scan = latest_scan(city_url)
    assert scan is not None and scan.method == "id" and scan.person_id == person_id
    assert not page.console_errors, page.console_errors
    page.context.close()
