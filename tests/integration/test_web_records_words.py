"""Records in words (issue 17): a code page names its policy by title and tells each reason's source with a
link (the notice, the case, the stay), never the raw fact · sub · ref · rule fields; staff homes name their
lab, site or hotel; the manual-code list names the person (masked) with a link; a person's registry page and
code page link each other. Both databases."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from fangkong import policies
from fangkong.codes import service as codes
from fangkong.codes.models import CodeReason
from fangkong.core import clock
from fangkong.core.db import transaction
from fangkong.core.scope import Actor
from fangkong.drill.demo import load_history, seed_today
from fangkong.registry.idnumber import mask_name
from fangkong.registry.models import Person, Venue
from fangkong.web.app import create_app
from tests.helpers import login, new_persona, page_shows, persona_in


@pytest.fixture(scope="module")
def app(city_url: str) -> FastAPI:
    clock.set_clock(clock.now())  # one moment for the whole seeding (a gate shift's check-in at 4 o'clock)
    try:
        load_history(city_url)
        seed_today(city_url)  # stays, cases, tubes, codes
    finally:
        clock.set_clock(None)
    return create_app(city_url)


def _coded(city_url: str, kind: str) -> tuple[int, str]:
    with transaction(city_url) as db:
        row = db.execute(select(CodeReason.person_id, CodeReason.fact_ref).where(CodeReason.fact_kind == kind)
                         .order_by(CodeReason.person_id).limit(1)).first()
    assert row is not None, f"the demo has no {kind} reason"
    return row[0], row[1]


@pytest.mark.parametrize(("kind", "source", "href"), [
    ("quarantine", "隔离记录 #", "/isolation/stays/"),
    ("infection", "病例 #", "/tracing/cases/"),
    ("risk_area", "风险区通告", "/areas/notices/"),
])
def test_a_code_page_tells_each_reason_with_its_source(app: FastAPI, city_url: str, kind: str, source: str,
                                                       href: str) -> None:
    person_id, ref = _coded(city_url, kind)
    policy = policies.in_force(clock.now())
    client = login(app, "epidemiologist")
    response = client.get(f"/codes/persons/{person_id}")
    text = page_shows(response, f"依据政策 {policy.name_zh}", "来源：", source, testids=["source-link"])
    assert policy.key not in text
    for raw in ("fact", "sub", "ref", "rule", ref):
        assert f"\n{raw}\n" not in f"\n{text}\n", f"raw field {raw!r} on the page"
    if ":" in ref:
        assert f'href="{href}{ref.split(":", 1)[1]}"' in response.text
    assert f'href="/registry/persons/{person_id}"' in response.text  # and back to the registry
    client.cookies.set("lang", "en")
    english = page_shows(client.get(f"/codes/persons/{person_id}"), f"Policy {policy.name_en}", "Source:")
    assert "来源" not in english and policy.name_zh not in english


def test_the_registry_person_page_links_the_code(app: FastAPI, city_url: str) -> None:
    person_id, _ref = _coded(city_url, "quarantine")
    client = login(app, "commander")
    page_shows(client.get(f"/registry/persons/{person_id}"), "健康码", testids=["link-code"])
    assert f'href="/codes/persons/{person_id}"' in client.get(f"/registry/persons/{person_id}").text


@pytest.mark.parametrize("username", ["lab", "quarantine", "checkpoint", "sampler"])
def test_a_staff_home_names_its_venue_not_its_number(app: FastAPI, city_url: str, username: str) -> None:
    client = login(app, username)
    with transaction(city_url) as db:
        venue_id = persona_in(db, username).venue_id
        name = db.scalar(select(Venue.name).where(Venue.id == venue_id))
    assert name
    page_shows(client.get("/"), name, testids=["venue-name"], absent=[f"编号 {venue_id}"])


def test_the_manual_code_list_names_the_person_masked_with_a_link(app: FastAPI, city_url: str,
                                                                   epidemiologist: Actor) -> None:
    with transaction(city_url) as db:
        person = db.scalars(select(Person).order_by(Person.id).offset(5).limit(1)).one()
        codes.request_override(db, epidemiologist, person_id=person.id, colour="yellow", reason="复核中的协查对象",
                               expires_at=clock.now() + timedelta(days=2))
        name = person.name
        person_id = person.id
    response = login(app, "commander").get("/codes/overrides")
    page_shows(response, mask_name(name), testids=["override-person"], absent=[name] if len(name) > 1 else [])
    assert f'<a href="/codes/persons/{person_id}"><span lang="zh-CN">{mask_name(name)}</span></a>' in response.text


def test_the_person_sees_the_source_of_their_own_code_with_pages_they_may_open(app: FastAPI,
                                                                               city_url: str) -> None:
    person_id, ref = _coded(city_url, "risk_area")
    with transaction(city_url) as db:
        new_persona(db, "resident", username="words-resident", person_id=person_id)
    response = login(app, "words-resident").get("/codes/me")
    page_shows(response, "来源：", "风险区通告", testids=["source-link"])
    if ref.startswith("notice:"):
        assert f'href="/public/notices/{ref.split(":", 1)[1]}"' in response.text
    assert 'href="/areas/notices/' not in response.text and 'href="/tracing/' not in response.text
