"""A pasted notice of another city (both databases): each place resolves to "not in this city's registry",
with no candidate guessed; the draft page says so and the commander can withdraw it; the review form
pre-selects nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from fangkong.web.app import create_app
from tests.integration.test_web_pages import csrf_in, login

REAL = Path(__file__).parents[1] / "fixtures" / "notices" / "real"
HAIZHU = (REAL / "32_haizhu_2022_1128_streets.txt").read_text(encoding="utf-8")  # Guangzhou, not this city


@pytest.fixture(scope="module")
def app(city_url: str) -> FastAPI:
    return create_app(city_url)


@pytest.fixture(scope="module")
def commander(app: FastAPI) -> Iterator[TestClient]:
    client = login(app, "commander")
    yield client
    client.close()


def test_another_citys_notice_is_not_guessed_and_can_be_withdrawn(commander: TestClient) -> None:
    token = csrf_in(commander.get("/areas/notices/new").text)
    drafted = commander.post("/areas/notices", data={"text": HAIZHU, "year": "2022", "csrf_token": token},
                             follow_redirects=False)
    assert drafted.status_code == 303
    notice_id = int(re.search(r"/areas/notices/(\d+)", drafted.headers["location"])[1])  # type: ignore[index]
    page = commander.get(f"/areas/notices/{notice_id}").text
    assert 'data-testid="outside-city"' in page and "海珠区不在本市登记范围" in page
    assert page.count('data-testid="needs-review"') == 15  # every place waits, none matched
    assert 'data-testid="choice-option"' not in page  # no candidate guessed
    assert not re.search(r'name="choice"[^>]*checked', page)  # nothing pre-selected
    token = csrf_in(page)
    withdrawn = commander.post(f"/areas/notices/{notice_id}/withdraw", data={"csrf_token": token},
                               follow_redirects=False)
    assert withdrawn.status_code in (200, 303)
    assert "已撤回" in commander.get(f"/areas/notices/{notice_id}").text


def test_effective_at_once_means_the_moment_of_publication(city_url: str) -> None:
    from datetime import datetime

    from sqlalchemy.orm import Session

    from fangkong.areas import service as areas
    from fangkong.core import clock
    from fangkong.core.db import get_engine
    from fangkong.core.scope import system_actor
    from fangkong.registry import service as registry

    actor = system_actor("tests")
    text = ("关于新增高风险区的通告\n即日起新增以下高风险区:\n{d}(1个):{d}不存在的测试小区。\n"
            "太原市疫情防控领导小组办公室\n2022年12月5日")
    clock.set_clock(datetime(2022, 12, 5, 22, 15))
    try:
        with Session(get_engine(city_url)) as db:
            district = registry.districts(db)[0].name
            notice = areas.draft_notice(db, actor, text.format(d=district))
            assert notice.effective == datetime(2022, 12, 5)  # a draft: the day, until it is published
            for row in areas.review_queue(db, actor, notice.id):
                areas.resolve_place(db, actor, row.id, block=True)
            areas.publish(db, actor, notice.id)
            assert notice.effective == datetime(2022, 12, 5, 22, 15)
            db.rollback()
    finally:
        clock.set_clock(None)


def test_creating_a_place_that_exists_is_refused(city_url: str) -> None:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from fangkong.areas import service as areas
    from fangkong.core.db import get_engine
    from fangkong.core.errors import InvalidInput
    from fangkong.core.scope import system_actor
    from fangkong.registry.models import Place

    actor = system_actor("tests")
    with Session(get_engine(city_url)) as db:
        compound = db.scalars(select(Place).where(Place.level == "compound").order_by(Place.id)).first()
        assert compound is not None
        district = db.get(Place, compound.district_id)
        assert district is not None
        notice = areas.draft_notice(db, actor, f"即日起新增高风险区2个,具体为:\n{district.name}(2个):"
                                               f"不存在的甲测试苑,不存在的乙测试苑。", default_year=2022)
        first, second = areas.review_queue(db, actor, notice.id)[:2]
        areas.resolve_place(db, actor, first.id, create={"parent_id": compound.id, "level": "building",
                                                         "name": "99号楼"})
        try:
            areas.resolve_place(db, actor, second.id, create={"parent_id": compound.id, "level": "building",
                                                              "name": "99号楼"})
        except InvalidInput as refused:
            assert "已有同名地点" in refused.zh
        else:
            raise AssertionError("a duplicate place was created")
        db.rollback()


def test_a_one_character_typo_in_a_compound_gets_its_building_as_candidate(city_url: str) -> None:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from fangkong.areas import service as areas
    from fangkong.core.db import get_engine
    from fangkong.core.scope import system_actor
    from fangkong.registry.models import Place

    actor = system_actor("tests")
    with Session(get_engine(city_url)) as db:
        building = db.scalars(select(Place).where(Place.level == "building").order_by(Place.id)).first()
        assert building is not None
        compound, district = db.get(Place, building.parent_id), db.get(Place, building.district_id)
        assert compound is not None and district is not None and len(compound.name) >= 3
        typo = compound.name[0] + ("花" if compound.name[1] != "花" else "华") + compound.name[2:]
        notice = areas.draft_notice(db, actor, f"即日起新增高风险区1个,具体为:\n{district.name}(1个):"
                                               f"{typo}{building.name}。", default_year=2022)
        [waiting] = areas.review_queue(db, actor, notice.id)
        assert waiting.options and waiting.options[0]["place_id"] == building.id
        assert f"{typo[1]} → {compound.name[1]}" in waiting.options[0]["diff"]
        db.rollback()
