"""The review of a notice's places (both databases): a shortened or reordered compound name gets the
registry's compound as a candidate with the difference shown, nothing pre-selected; the place picker finds
places by part of their name and names each by its full path, never asking for an internal number."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from fangkong.core.db import get_engine
from fangkong.registry.models import Place
from fangkong.web.app import create_app
from tests.integration.test_web_pages import csrf_in, login


@pytest.fixture(scope="module")
def app(city_url: str) -> FastAPI:
    return create_app(city_url)


@pytest.fixture(scope="module")
def commander(app: FastAPI) -> Iterator[TestClient]:
    client = login(app, "commander")
    yield client
    client.close()


def _compound(city_url: str) -> tuple[str, str]:
    """(district, compound) for a compound whose name has four characters or more and no generic word."""
    with Session(get_engine(city_url)) as db:
        for compound in db.scalars(select(Place).where(Place.level == "compound").order_by(Place.id).limit(400)):
            if len(compound.name) >= 4 and not re.search(r"小区|住宅|家属", compound.name):
                district = db.get(Place, compound.district_id)
                assert district is not None
                return district.name, compound.name
    raise AssertionError("no compound with a name of four characters")


def _draft(client: TestClient, text: str) -> tuple[int, str]:
    token = csrf_in(client.get("/areas/notices/new").text)
    drafted = client.post("/areas/notices", data={"text": text, "year": "2022", "csrf_token": token},
                          follow_redirects=False)
    assert drafted.status_code == 303
    notice_id = int(re.search(r"/areas/notices/(\d+)", drafted.headers["location"])[1])  # type: ignore[index]
    return notice_id, client.get(f"/areas/notices/{notice_id}").text


def test_shortened_and_reordered_names_get_their_compound_with_the_difference(commander: TestClient,
                                                                            city_url: str) -> None:
    district, compound = _compound(city_url)
    shortened = compound[1:] + "小区"  # "阳光华庭" written "光华庭小区"
    half = len(compound) // 2
    reordered = compound[half:] + compound[:half]  # "华庭阳光"
    text = (f"关于新增高风险区的通告\n即日起新增高风险区2个,具体为:\n{district}(2个):{shortened},{reordered}。\n"
            "请广大市民做好个人防护。")
    notice_id, page = _draft(commander, text)
    items = re.findall(r'<li class="np np-review".*?</li>', page, flags=re.S)
    assert len(items) == 2, page
    for item, written in zip(items, (shortened, reordered), strict=True):
        assert written in item
        assert compound in item  # the registry's compound is a candidate
        assert 'data-testid="choice-diff"' in item  # with the difference shown
        assert not re.search(r'name="choice"[^>]*checked', item)  # nothing pre-selected
    assert "语序不同" in items[1]
    commander.post(f"/areas/notices/{notice_id}/withdraw", data={"csrf_token": csrf_in(page)})


def test_the_place_picker_finds_places_by_part_of_their_name_with_their_path(commander: TestClient,
                                                                         city_url: str) -> None:
    district, compound = _compound(city_url)
    text = (f"关于新增高风险区的通告\n即日起新增高风险区1个,具体为:\n{district}(1个):无此地点测试小区。\n"
            "请广大市民做好个人防护。")
    notice_id, page = _draft(commander, text)
    row_id = int(re.search(r'id="p(\d+)" data-testid="place" data-state="review"', page)[1])  # type: ignore[index]
    assert 'data-testid="picker-search"' in page and f"/places/{row_id}/search" in page
    found = commander.get(f"/areas/notices/{notice_id}/places/{row_id}/search", params={"q": compound[1:3]}).text
    options = re.findall(r'<label class="choice"><input type="radio" name="choice" value="place:\d+".*?</label>',
                         found, flags=re.S)
    assert options and any(district in o and compound in o for o in options)  # named by its path
    assert not re.search(r"checked", found)
    none = commander.get(f"/areas/notices/{notice_id}/places/{row_id}/search", params={"q": "不存在的名字"}).text
    assert 'data-testid="picker-none"' in none
    # Choosing a result settles the place like a candidate would.
    place_id = re.search(r'value="place:(\d+)"', options[0])[1]  # type: ignore[index]
    settled = commander.post(f"/areas/notices/{notice_id}/places/{row_id}",
                             data={"choice": f"place:{place_id}", "csrf_token": csrf_in(page)})
    assert settled.status_code == 200
    page = commander.get(f"/areas/notices/{notice_id}").text
    assert re.search(rf'id="p{row_id}" data-testid="place" data-state="matched"', page)
    commander.post(f"/areas/notices/{notice_id}/withdraw", data={"csrf_token": csrf_in(page)})


def test_a_grid_worker_cannot_search_the_picker(app: FastAPI, commander: TestClient) -> None:
    client = login(app, "grid")
    try:
        answer = client.get("/areas/notices/1/places/1/search", params={"q": "花园"})
        assert answer.status_code in (403, 404) and 'data-testid="picker-option"' not in answer.text
    finally:
        client.close()


def test_the_parent_of_a_new_place_is_found_by_name_not_by_number(commander: TestClient, city_url: str) -> None:
    district, compound = _compound(city_url)
    text = (f"关于新增高风险区的通告\n即日起新增高风险区1个,具体为:\n{district}(1个):完全陌生的测试大院。\n"
            "请广大市民做好个人防护。")
    notice_id, page = _draft(commander, text)
    row_id = int(re.search(r'id="p(\d+)" data-testid="place" data-state="review"', page)[1])  # type: ignore[index]
    assert "上级地点编号" not in page  # no internal number is asked for
    found = commander.get(f"/areas/notices/{notice_id}/places/{row_id}/search",
                          params={"q": compound, "field": "parent"}).text
    options = re.findall(r'<input type="radio" name="parent" value="(\d+)"[^>]*>\s*<span>(.*?)</span>', found,
                         flags=re.S)
    assert options and 'data-testid="picker-option"' not in found  # parents, not places to choose
    with Session(get_engine(city_url)) as db:
        levels = {db.get(Place, int(pid)).level for pid, _label in options}  # type: ignore[union-attr]
    assert levels <= {"grid", "compound", "building"}  # only where a new place can go
    parent_id = next(pid for pid, label in options if compound in label)
    created = commander.post(f"/areas/notices/{notice_id}/places/{row_id}",
                             data={"choice": "create", "parent": parent_id, "name": "测试新建1号楼",
                                   "csrf_token": csrf_in(page)})
    assert created.status_code == 200
    page = commander.get(f"/areas/notices/{notice_id}").text
    assert re.search(rf'id="p{row_id}" data-testid="place" data-state="matched"', page)
    assert f"{compound}测试新建1号楼" in page
    commander.post(f"/areas/notices/{notice_id}/withdraw", data={"csrf_token": csrf_in(page)})
