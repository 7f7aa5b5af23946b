"""Risk-area pages and API against the generated city: a commander pastes the seed notice, sees the
matches, settles the review queue (pick, block, create), publishing waits for it; the public page
lists the areas without a login; residents cannot draft; GB18030 uploads; the JSON API round trip."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from fangkong.drill.demo import DEMO_PASSWORD
from fangkong.web.app import create_app
from tests.helpers import csrf_in, login, page_shows

SEED = Path(__file__).parents[1] / "fixtures" / "notices" / "seed_198_newspaper.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
DAY3 = "2022-12-03T12:00"
REVIEW_FORM = re.compile(r'action="/areas/notices/(\d+)/places/(\d+)" class="review-form"')
OPTION = re.compile(r'value="((?:place|venue):\d+)"[^>]*data-testid="choice-option"')
PARENT = re.compile(r'<select name="parent"[^>]*>\s*<option value="([^"]+)"')
HTMX = {"HX-Request": "true"}


@pytest.fixture(scope="module")
def app(city_url: str) -> FastAPI:
    return create_app(city_url)


@pytest.fixture(scope="module")
def commander(app: FastAPI) -> Iterator[TestClient]:
    client = login(app, "commander")
    yield client
    client.close()


def draft(client: TestClient, text: str = SEED_TEXT) -> tuple[int, str]:
    """Paste a notice on the new-notice page; returns the draft's id and its page."""
    token = csrf_in(client.get("/areas/notices/new").text)
    response = client.post("/areas/notices", data={"text": text, "year": "2022", "csrf_token": token},
                           follow_redirects=False)
    assert response.status_code == 303, response.text
    notice_id = int(response.headers["location"].rsplit("/", 1)[1])
    page = client.get(f"/areas/notices/{notice_id}")
    page_shows(page, "2022年第198号", testids=["place"])
    return notice_id, page.text


def review_rows(html: str) -> list[int]:
    return [int(pid) for _nid, pid in REVIEW_FORM.findall(html)]


def row_html(html: str, row_id: int) -> str:
    start = html.index(f'id="p{row_id}"')
    return html[start:html.find("</li>", start)]


def test_the_commander_sees_the_parse_matches_and_review_queue(commander: TestClient) -> None:
    home = commander.get("/").text
    assert 'data-testid="home-areas"' in home and 'href="/areas/notices/new"' in home
    notice_id, html = draft(commander)
    assert "2022年第198号" in html and "草稿" in html
    assert html.count('data-testid="place"') == 75
    assert html.count('data-testid="change"') == 13
    assert 'data-testid="warnings"' not in html  # the seed parses cleanly
    # Matches show the registry's label and a confidence; the uncertain ones say so.
    assert "营村小区1号楼1单元" in html and "100%" in html
    assert html.count('data-testid="needs-review"') == 4
    assert len(review_rows(html)) == 4
    assert 'data-testid="review-queue"' in html and html.count('<a href="#p') == 4
    assert "东湖街道城南嘉园1单元" in html
    # Publish is disabled, with the reason next to it.
    assert re.search(r'data-testid="publish"\s+disabled', html)
    assert "还有 4 处地点待核实" in html
    # The exception stays with its place.
    assert "除外：1号楼2单元" in html
    # Stated counts are shown beside the places found.
    assert "通告写明 8 个 · 读出 8 个" in html
    # The list shows the draft with its counts.
    listing = commander.get("/areas/notices").text
    assert f'href="/areas/notices/{notice_id}"' in listing and "待核实 4" in listing


def test_publish_is_refused_while_places_wait_then_allowed(commander: TestClient, app: FastAPI) -> None:
    notice_id, html = draft(commander)
    token = csrf_in(html)
    refused = commander.post(f"/areas/notices/{notice_id}/publish", data={"csrf_token": token})
    assert refused.status_code == 422
    assert 'data-testid="page-error"' in refused.text and "待核对" in refused.text

    rows = review_rows(html)
    # 1. Pick a candidate (HTMX): the row comes back settled, the publish panel refreshed out of band.
    first = row_html(html, rows[0])
    choice = OPTION.search(first)
    assert choice, first
    response = commander.post(f"/areas/notices/{notice_id}/places/{rows[0]}",
                              data={"choice": choice.group(1)}, headers={**HTMX, "X-CSRF-Token": token})
    assert response.status_code == 200
    assert f'id="p{rows[0]}"' in response.text and 'data-state="matched"' in response.text
    assert 'hx-swap-oob="true"' in response.text and "还有 3 处地点待核实" in response.text
    # A wrong pick is undone: the row goes back to the queue with its candidates, then is picked again.
    assert 'data-testid="reopen"' in response.text
    reopened = commander.post(f"/areas/notices/{notice_id}/places/{rows[0]}",
                              data={"choice": "review"}, headers={**HTMX, "X-CSRF-Token": token})
    assert reopened.status_code == 200 and 'data-state="review"' in reopened.text
    assert "还有 4 处地点待核实" in reopened.text and OPTION.search(reopened.text)
    again = commander.post(f"/areas/notices/{notice_id}/places/{rows[0]}",
                           data={"choice": "review"}, headers={**HTMX, "X-CSRF-Token": token})
    assert 'data-testid="resolve-error"' in again.text  # already waiting
    response = commander.post(f"/areas/notices/{notice_id}/places/{rows[0]}",
                              data={"choice": choice.group(1)}, headers={**HTMX, "X-CSRF-Token": token})
    assert 'data-state="matched"' in response.text
    # 2. Create the place under a candidate parent (a plain form post, no HTMX).
    # A building of a known compound: the compound (and its grid) are offered as parents.
    second = next(r for r in rows[1:] if PARENT.search(row_html(html, r)))
    parent = PARENT.search(row_html(html, second))
    assert parent
    created = commander.post(f"/areas/notices/{notice_id}/places/{second}",
                             data={"choice": "create", "parent": parent.group(1), "name": "测试新建楼",
                                   "csrf_token": token}, follow_redirects=False)
    assert created.status_code == 303
    page = commander.get(f"/areas/notices/{notice_id}").text
    assert "人工新建" in row_html(page, second) and "测试新建楼" in row_html(page, second)
    rest = [r for r in rows[1:] if r != second]
    # A creation without a name is refused with a message in the row, and nothing changes.
    bad = commander.post(f"/areas/notices/{notice_id}/places/{rest[0]}",
                         data={"choice": "create", "parent": "", "name": ""}, headers={**HTMX, "X-CSRF-Token": token})
    assert bad.status_code == 200 and 'data-testid="resolve-error"' in bad.text
    assert 'data-state="review"' in bad.text
    # 3. The rest as free-form blocks.
    for row in rest:
        done = commander.post(f"/areas/notices/{notice_id}/places/{row}", data={"choice": "block"},
                              headers={**HTMX, "X-CSRF-Token": token})
        page_shows(done, testids=["place"])
        assert f'id="p{row}"' in done.text and 'data-state="block"' in done.text
    page = commander.get(f"/areas/notices/{notice_id}").text
    assert "还有" not in page and not re.search(r'data-testid="publish"\s+disabled', page)

    published = commander.post(f"/areas/notices/{notice_id}/publish", data={"csrf_token": token},
                               follow_redirects=False)
    assert published.status_code == 303
    page = commander.get(published.headers["location"]).text
    assert 'data-testid="just-published"' in page and 'data-testid="impact"' in page
    persons = re.search(r'data-testid="impact-persons">([\d,]+)<', page)
    assert persons and int(persons.group(1).replace(",", "")) > 0
    assert 'data-testid="review-form"' not in page  # a published notice's matches are final
    assert 'data-testid="reopen"' not in page

    # Active areas and the plan, at a moment after the notice.
    active = commander.get(f"/areas?at={DAY3}").text
    assert active.count('data-testid="area-row"') >= 42 and "小店区" in active
    assert "12-07 00:00" in active  # five days without an infection under the twenty measures
    place = re.search(r'href="/areas/places/(\d+)\?at=', active)
    assert place
    history = commander.get(f"/areas/places/{place.group(1)}?at={DAY3}").text
    assert "2022年第198号" in history and 'data-testid="history"' in history
    assert "2022-12-07 00:00" in history and "在所选时间之后" in history  # the lifting that came later
    plan = commander.get(f"/areas/plan?at={DAY3}").text
    assert 'data-level="high"' in plan and plan.count('data-testid="plan-district"') >= 6
    part = re.search(r'class="tile lv-high part" href="([^"]+)"', plan)
    assert part, "a building area colours its compound as a part"
    assert "2022年第198号" in commander.get(part.group(1).replace("&amp;", "&")).text
    page_shows(commander.get("/areas?at=yesterday"), "yesterday")  # a bad moment: a message, not a crash

    # The public page lists the areas without a login, and the published text.
    public = TestClient(app)
    page = public.get(f"/public/areas?at={DAY3}")
    page_shows(page, "本市风险区域", "营村小区1号楼1单元", "2022年第198号", "最后更新", absent=["csrf_token", "退出"])
    assert page.text.count('data-testid="pub-area"') >= 42
    searched = public.get(f"/public/areas?at={DAY3}&q=老军营").text
    assert 0 < searched.count('data-testid="pub-area"') < 42
    page_shows(public.get(f"/public/notices/{notice_id}"), "新增高风险区42个")
    assert public.get("/login").text.count('href="/public/areas"') == 1


def test_drafts_are_not_public(commander: TestClient, app: FastAPI) -> None:
    notice_id, _html = draft(commander)
    public = TestClient(app)
    assert public.get(f"/public/notices/{notice_id}").status_code == 404
    assert public.get(f"/api/public/notices/{notice_id}").status_code == 404
    assert public.get("/areas/notices", follow_redirects=False).status_code == 303  # staff pages need a login


def test_a_resident_cannot_draft(app: FastAPI) -> None:
    resident = login(app, "resident")
    assert resident.get("/areas/notices/new").status_code == 403
    token = csrf_in(resident.get("/").text)
    refused = resident.post("/areas/notices", data={"text": SEED_TEXT, "csrf_token": token})
    assert refused.status_code == 403
    assert resident.get("/areas/notices").status_code == 403
    page_shows(resident.get("/public/areas"), "本市风险区域")
    assert "/areas/notices" not in resident.get("/").text  # no link to what they may not open


def test_district_staff_reads_but_cannot_publish(app: FastAPI, commander: TestClient) -> None:
    notice_id, _html = draft(commander)
    district = login(app, "district")
    page = district.get(f"/areas/notices/{notice_id}")
    page_shows(page, "2022年第198号", absent=['data-testid="review-form"', 'data-testid="publish"'])
    refused = district.post(f"/areas/notices/{notice_id}/publish", data={"csrf_token": csrf_in(page.text)})
    assert refused.status_code == 403


def test_gb18030_upload_and_a_bad_file(commander: TestClient) -> None:
    token = csrf_in(commander.get("/areas/notices/new").text)
    upload = commander.post("/areas/notices", data={"year": "2022", "csrf_token": token},
                            files={"file": ("通告.txt", SEED_TEXT.encode("gb18030"), "text/plain")},
                            follow_redirects=False)
    assert upload.status_code == 303
    page = commander.get(upload.headers["location"]).text
    assert "2022年第198号" in page and page.count('data-testid="place"') == 75
    withdrawn = commander.post(upload.headers["location"] + "/withdraw", data={"csrf_token": token},
                               follow_redirects=False)
    assert withdrawn.status_code == 303
    empty = commander.post("/areas/notices", data={"text": "关于天气的通知\n明天晴。", "year": "",
                                                    "csrf_token": token})
    assert empty.status_code == 422 and 'data-testid="new-error"' in empty.text
    assert "关于天气的通知" in empty.text  # the text is kept for correcting


def test_english_pages(commander: TestClient) -> None:
    commander.get("/lang/en")
    try:
        page = commander.get("/areas/notices/new").text
        assert "New notice" in page and "Read and match" in page
        assert "Active risk areas" in commander.get(f"/areas?at={DAY3}").text
    finally:
        commander.get("/lang/zh")


def test_api_round_trip(app: FastAPI) -> None:
    client = TestClient(app)
    token = client.post("/api/auth/token", json={"username": "commander", "password": DEMO_PASSWORD}).json()
    auth = {"Authorization": f"Bearer {token['access_token']}"}
    created = client.post("/api/areas/notices", json={"text": SEED_TEXT, "default_year": 2022}, headers=auth)
    assert created.status_code == 201, created.text
    body = created.json()
    notice_id = body["id"]
    assert body["number"] == "2022年第198号" and body["state"] == "draft" and body["warnings"] == []
    assert body["counts"] == {"matched": 71, "review": 4}
    assert sum(len(c["places"]) for c in body["changes"]) == 75

    refused = client.post(f"/api/areas/notices/{notice_id}/publish", headers=auth)
    assert refused.status_code == 422 and refused.json()["error"] == "InvalidInput"

    queue = client.get(f"/api/areas/review?notice_id={notice_id}", headers=auth).json()
    assert len(queue) == 4
    for row in queue:
        best = row["candidates"][0] if row["candidates"] else None
        choice = {"place_id": best["place_id"]} if best and best.get("place_id") else \
            {"venue_id": best["venue_id"]} if best else {"block": True}
        settled = client.post(f"/api/areas/notices/{notice_id}/places/{row['id']}/resolve", json=choice,
                              headers=auth)
        assert settled.status_code == 200, settled.text
        assert settled.json()["state"] in ("matched", "block")
    two = client.post(f"/api/areas/notices/{notice_id}/places/{queue[0]['id']}/resolve",
                      json={"block": True, "place_id": 1}, headers=auth)
    assert two.status_code == 422  # exactly one choice

    published = client.post(f"/api/areas/notices/{notice_id}/publish", headers=auth)
    assert published.status_code == 200
    assert published.json()["state"] == "published" and published.json()["impact"]["persons"] > 0
    listed = client.get("/api/areas/notices?state=published", headers=auth).json()
    assert any(n["id"] == notice_id for n in listed)

    active = client.get(f"/api/areas/active?at={DAY3}", headers=auth).json()
    assert active["policy"] == "twenty_measures" and active["by_level"].get("high", 0) >= 42
    one = next(a for a in active["areas"] if a["place_id"])
    assert one["lift_expected"] == "2022-12-07T00:00:00"
    history = client.get(f"/api/areas/places/{one['place_id']}/history?at={DAY3}", headers=auth).json()
    assert history["steps"] and history["steps"][0]["notice_number"] == "2022年第198号"

    public = TestClient(app)
    assert public.get(f"/api/public/areas?at={DAY3}").json()["total"] == active["total"]
    assert public.get(f"/api/public/notices/{notice_id}").json()["text"].startswith("市疫情防控办")
    assert public.get("/api/areas/notices").status_code == 401

    built = client.post("/api/areas/notices/build", headers=auth, json={
        "number": "2022年第301号", "effective": "2022-12-06T00:00:00",
        "changes": [{"action": "add", "level_to": "high", "district": "迎泽区", "places": ["老军营小区北区7号楼"]}]})
    assert built.status_code == 201, built.text
    assert built.json()["number"] == "2022年第301号" and built.json()["counts"] == {"matched": 1}
    assert "迎泽区(1个)" in built.json()["text"].replace("（", "(").replace("）", ")")

    resident = client.post("/api/auth/token", json={"username": "resident", "password": DEMO_PASSWORD}).json()
    res_auth = {"Authorization": f"Bearer {resident['access_token']}"}
    assert client.post("/api/areas/notices", json={"text": SEED_TEXT}, headers=res_auth).status_code == 403
    assert client.get("/api/areas/active", headers=res_auth).status_code == 403


def test_public_page_in_english_and_with_nothing_active(app: FastAPI) -> None:
    public = TestClient(app)
    public.get("/lang/en")
    page = public.get("/public/areas?at=2019-01-01T00:00").text
    assert "Risk areas in the city" in page and "No risk areas now" in page
    assert 'data-testid="pub-area"' not in page


def test_build_a_notice_from_the_form(commander: TestClient) -> None:
    token = csrf_in(commander.get("/areas/notices/new").text)
    response = commander.post("/areas/notices/build", data={
        "csrf_token": token, "action": "add", "level_to": "high", "district": "小店区",
        "places": "路泽苑小区7号楼\n保利东郡2期11号楼2单元\n", "number": "2022年第300号",
        "effective": "2022-12-05T00:00"}, follow_redirects=False)
    assert response.status_code == 303, response.text
    page = commander.get(response.headers["location"]).text
    assert page.count('data-testid="place"') == 2 and "2022年第300号" in page
    assert "小店区路泽苑小区7号楼" in page
    empty = commander.post("/areas/notices/build", data={"csrf_token": token, "action": "add",
                                                          "level_to": "high", "places": ""})
    assert empty.status_code == 422 and 'data-testid="build-error"' in empty.text


def _colour(client: TestClient) -> str:
    page = client.get("/codes/me")
    assert page.status_code == 200
    found = re.search(r'data-testid="code-card"[^>]*data-colour="(\w+)"'
                      r'|data-colour="(\w+)"[^>]*data-testid="code-card"', page.text)
    assert found, page.text[:400]
    return found.group(1) or found.group(2)


def test_publishing_through_the_api_recomputes_the_residents_codes(app: FastAPI, city_url: str) -> None:
    """Publishing is not only the notice: the residents of its places get their codes in the same
    transaction (codes.flows), and lifting gives them back."""
    from sqlalchemy import select

    from fangkong.core import clock
    from fangkong.core.db import transaction
    from fangkong.core.models import Account
    from fangkong.core.scope import system_actor
    from fangkong.registry import service as registry

    actor = system_actor("test: find the demo resident's unit")
    with transaction(city_url) as db:
        person_id = db.scalar(select(Account.person_id).where(Account.username == "resident"))
        unit_id = registry.resident_location(db, actor, person_id, purpose="test").unit_id
        label = registry.place_labels(db, {unit_id})[unit_id]
    client = TestClient(app)
    token = client.post("/api/auth/token", json={"username": "commander", "password": DEMO_PASSWORD}).json()
    auth = {"Authorization": f"Bearer {token['access_token']}"}
    resident = login(app, "resident")
    assert _colour(resident) != "red"

    def publish(number: str, change: dict[str, object]) -> None:
        built = client.post("/api/areas/notices/build", headers=auth, json={
            "number": number, "effective": clock.now().replace(microsecond=0).isoformat(), "changes": [change]})
        assert built.status_code == 201, built.text
        notice_id = built.json()["id"]
        for place in (p for c in built.json()["changes"] for p in c["places"]):
            if place.get("place_id") != unit_id:
                settled = client.post(f"/api/areas/notices/{notice_id}/places/{place['id']}/resolve",
                                      json={"place_id": unit_id}, headers=auth)
                assert settled.status_code == 200, settled.text
        published = client.post(f"/api/areas/notices/{notice_id}/publish", headers=auth)
        assert published.status_code == 200, published.text

    publish("2099年第7号", {"action": "add", "level_to": "high", "places": [label]})
    assert _colour(resident) == "red"
    assert "2099年第7号" in resident.get("/codes/me").text  # the notice is the reason
    publish("2099年第8号", {"action": "lift", "level_from": "high", "places": [label]})
    assert _colour(resident) != "red"


def test_a_notice_uploaded_as_word_or_pdf_is_drafted_and_an_old_doc_is_refused(commander: TestClient) -> None:
    from tests.unit.test_documents import docx_of, pdf_of

    lines = SEED_TEXT.splitlines()
    token = csrf_in(commander.get("/areas/notices/new").text)
    for name, data, kind in [("通告.docx", docx_of(lines), "application/octet-stream"),
                             ("通告.pdf", pdf_of(lines), "application/pdf")]:
        upload = commander.post("/areas/notices", data={"year": "2022", "csrf_token": token},
                                files={"file": (name, data, kind)}, follow_redirects=False)
        assert upload.status_code == 303, (name, upload.text[:300])
        page = commander.get(upload.headers["location"]).text
        assert "2022年第198号" in page and page.count('data-testid="place"') == 75, name
        commander.post(upload.headers["location"] + "/withdraw", data={"csrf_token": token})
    old = commander.post("/areas/notices", data={"year": "2022", "csrf_token": token},
                         files={"file": ("通告.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
                                         "application/msword")})
    assert old.status_code == 422 and "另存为 .docx" in old.text


DRILL_TEXT = """太原市万柏林区新冠肺炎疫情防控工作领导小组办公室关于开展疫情防控应急演练的通告
为检验我区疫情应急处置能力,经研究,决定于2022年12月5日开展疫情防控应急演练,演练期间对演练区域实施封控管理。现将有关事项通告如下:
一、演练地点:万柏林区电子二所家属楼
二、演练期间,请居民配合工作人员开展核酸检测。
太原市万柏林区新冠肺炎疫情防控工作领导小组办公室
2022年12月3日"""


def test_a_drill_notice_drafts_its_area_and_warns_the_commander_it_is_a_drill(commander: TestClient) -> None:
    token = csrf_in(commander.get("/areas/notices/new").text)
    response = commander.post("/areas/notices", data={"text": DRILL_TEXT, "year": "2022", "csrf_token": token},
                              follow_redirects=False)
    assert response.status_code == 303, response.text
    html = commander.get(response.headers["location"]).text
    # the drill's place is read at the level the notice names, and the page says it is a drill's before publishing
    assert html.count('data-testid="change"') == 1 and "电子二所家属楼" in html
    warnings = html[html.index('data-testid="warnings"'):]
    assert "本通告为应急演练通告" in warnings[:warnings.index("</section>")]
