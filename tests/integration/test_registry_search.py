"""Registry search (issue 17, decision 0015): by name, pinyin initials, identity number and phone (whole or
their last digits) and door; only within the searcher's jurisdiction, masked, audited naming who was shown;
the search page and its box on the home pages; keys written with new persons. Both databases."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fangkong.core import audit
from fangkong.core.errors import PermissionDenied
from fangkong.core.models import AuditEntry
from fangkong.core.scope import Actor, scope_column
from fangkong.registry import idnumber, search, service
from fangkong.registry.models import Household, Person, Place
from fangkong.web.app import create_app
from tests.helpers import csrf_of, login, page_shows, persona_in


def _someone(db: Session, grid_id: int, *, with_phone: bool = True) -> Person:
    """A person of the grid (setup: the test needs their real numbers to type them)."""
    statement = select(Person).where(Person.grid_id == grid_id).order_by(Person.id)
    if with_phone:
        statement = statement.where(Person.phone.is_not(None))
    return db.scalars(statement.limit(1)).one()


def _flat_household(db: Session, grid_id: int) -> tuple[Household, str, str]:
    """A household of the grid in a numbered building and unit, with those names."""
    rows = db.execute(select(Household, Place.name, Place.building_id).join(Place, Place.id == Household.unit_id)
                      .where(Household.grid_id == grid_id, Place.name.like("%单元"))
                      .order_by(Household.id)).all()
    for household, unit_name, building_id in rows:
        building = db.get(Place, building_id)
        if building is not None and building.name.endswith("号楼"):
            return household, building.name, unit_name
    pytest.skip("no flat in a numbered building in this grid")


def _last_search(db: Session) -> dict[str, str]:
    entry = db.scalars(select(AuditEntry).where(AuditEntry.subject_type == "person_search")
                       .order_by(AuditEntry.id.desc()).limit(1)).one()
    return json.loads(entry.detail)


def test_a_grid_worker_finds_a_person_of_their_grid_by_the_last_digits_of_the_id_number(db: Session,
                                                                                        grid_worker: Actor):
    person = _someone(db, grid_worker.jurisdiction_id or 0)
    for digits in (person.id_number[-4:], person.id_number[-6:], person.id_number):
        result = search.search(db, grid_worker, digits)
        hits = {hit.person.id: hit for hit in result.persons}
        assert person.id in hits, digits
        shown = hits[person.id].person
        assert shown.masked and shown.id_number == idnumber.mask_id_number(person.id_number)
        assert shown.name == idnumber.mask_name(person.name) and shown.birth_date is None
        assert hits[person.id].matched == "id_number"
        assert all(hit.person.grid_id == grid_worker.jurisdiction_id for hit in result.persons)


def test_the_last_four_digits_of_a_phone_find_its_owner_masked(db: Session, grid_worker: Actor):
    person = _someone(db, grid_worker.jurisdiction_id or 0)
    assert person.phone
    result = search.search(db, grid_worker, person.phone[-4:])
    hit = next(hit for hit in result.persons if hit.person.id == person.id)
    assert hit.matched == "phone" and hit.person.phone == idnumber.mask_phone(person.phone)
    assert person.phone not in hit.person.phone


def test_a_name_and_its_pinyin_initials_find_the_person(db: Session, district_staff: Actor):
    person = db.scalars(select(Person).where(district_staff.scope_clause(Person)).order_by(Person.id)
                        .limit(1)).one()
    by_name = search.search(db, district_staff, person.name)
    assert person.id in {hit.person.id for hit in by_name.persons} or by_name.more
    by_initials = search.search(db, district_staff, person.name_initials or "")
    assert by_initials.kind == "initials"
    assert all((hit.person.name[0] == person.name[0]) or hit.matched == "initials" for hit in by_initials.persons)
    assert by_initials.persons, "initials found nobody"


def test_nobody_outside_the_jurisdiction_is_found_even_by_the_full_number(db: Session, grid_worker: Actor,
                                                                         neighbour_grid_worker: Actor,
                                                                         district_staff: Actor):
    other = _someone(db, neighbour_grid_worker.jurisdiction_id or 0)
    assert search.search(db, grid_worker, other.id_number).persons == []
    assert other.id in {hit.person.id for hit in search.search(db, neighbour_grid_worker, other.id_number).persons}
    if not district_staff.covers(other):  # 万柏林区: the first grid lies elsewhere
        assert search.search(db, district_staff, other.id_number).persons == []


def test_a_door_is_found_written_every_way(db: Session, grid_worker: Actor, commander: Actor):
    household, building, unit = _flat_household(db, grid_worker.jurisdiction_id or 0)
    number = building.removesuffix("号楼")
    unit_number = unit.removesuffix("单元")
    for typed in (f"{building}{unit}{household.door}", f"{number}-{unit_number}-{household.door}",
                  f"{household.door}室", f"{unit}{household.door}"):
        result = search.search(db, grid_worker, typed)
        assert household.id in {hit.household.id for hit in result.households}, typed
        found = next(hit.household for hit in result.households if hit.household.id == household.id)
        assert found.address.endswith(f"{building}{unit}{household.door}室")
        assert all(member.masked for member in found.members)
    # The commander finds it too, with the compound's name in front.
    compound = db.get(Place, household.compound_id)
    assert compound is not None
    result = search.search(db, commander, f"{compound.name}{building}{unit}{household.door}")
    assert household.id in {hit.household.id for hit in result.households}


def test_the_search_is_audited_with_everyone_it_showed_and_the_digits_masked(db: Session, grid_worker: Actor):
    person = _someone(db, grid_worker.jurisdiction_id or 0)
    result = search.search(db, grid_worker, person.id_number[-6:])
    detail = _last_search(db)
    assert detail["kind"] == "digits"
    assert detail["query"] == "**" + person.id_number[-4:]
    assert detail["persons"] == audit.compact_ids(hit.person.id for hit in result.persons)
    assert person.id in _expand(detail["persons"])


def _expand(compact: str) -> set[int]:
    ids: set[int] = set()
    for part in filter(None, compact.split(",")):
        low, _sep, high = part.partition("-")
        ids.update(range(int(low), int(high or low) + 1))
    return ids


def test_roles_without_registry_read_cannot_search(db: Session, checkpoint_staff: Actor, resident: Actor):
    for actor in (checkpoint_staff, resident):
        with pytest.raises(PermissionDenied):
            search.search(db, actor, "1234")


def test_a_person_added_through_the_service_is_found_at_once(db: Session, grid_worker: Actor):
    household, _building, _unit = _flat_household(db, grid_worker.jurisdiction_id or 0)
    number = idnumber.make_number("140105", date(1990, 3, 7), 123)
    person = service.create_person(db, grid_worker, id_number=number, name="欧阳娜娜", household_id=household.id,
                                   phone="15400009876")
    assert person.name_initials == "oynn" and person.id_rev == number[::-1] and person.phone_rev == "67890000451"
    for typed, matched in (("oynn", "initials"), ("欧阳娜", "name"), (number[-4:], "id_number"), ("9876", "phone")):
        hits = {hit.person.id: hit.matched for hit in search.search(db, grid_worker, typed).persons}
        assert hits.get(person.id) == matched, typed


# ---- the page -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def app(city_url: str) -> FastAPI:
    return create_app(city_url)


@pytest.fixture(scope="module")
def grid_client(app: FastAPI) -> Iterator[TestClient]:
    yield login(app, "grid")


def test_the_search_page_shows_masked_hits_and_the_box_is_on_the_home_pages(app: FastAPI, grid_client: TestClient,
                                                                           db: Session, grid_worker: Actor):
    person = _someone(db, grid_worker.jurisdiction_id or 0)
    page = grid_client.get("/registry/search", params={"q": person.id_number[-4:]})
    page_shows(page, idnumber.mask_id_number(person.id_number), testids=("search-box", "person-hit"),
               absent=(person.id_number, person.phone or "-", person.name if len(person.name) > 1 else "-"))
    assert f'href="/registry/persons/{person.id}"' in page.text
    page_shows(grid_client.get("/"), testids=("search-box",))
    page_shows(grid_client.get("/registry/search", params={"q": "?"}), testids=("search-unclear",))
    district = login(app, "district")
    page_shows(district.get("/"), testids=("search-box",))
    staff_place = district.get("/registry", follow_redirects=True)
    page_shows(staff_place, testids=("search-box",))
    page_shows(login(app, "checkpoint").get("/registry/search", params={"q": "1234"}), status=403)


# ---- every role: the search by a whole identity number, a person inside and one outside ----------------

FOUND, NOT_FOUND, DENIED = "found", "not found", "denied"
# role -> (inside, outside). Written out, not derived from core.roles (as test_authz_matrix.py).
SEARCH_MATRIX = {
    "commander": (FOUND, FOUND),
    "district": (FOUND, NOT_FOUND),
    "street": (FOUND, NOT_FOUND),
    "grid": (FOUND, NOT_FOUND),
    "sampler": (FOUND, NOT_FOUND),
    "lab": (DENIED, DENIED),
    "epidemiologist": (FOUND, FOUND),
    "quarantine": (NOT_FOUND, NOT_FOUND),  # site-bound: browses nobody in the registry
    "checkpoint": (DENIED, DENIED),
    "property": (FOUND, NOT_FOUND),
    "resident": (DENIED, DENIED),
    "hotline": (FOUND, FOUND),
    "auditor": (DENIED, DENIED),
}


@pytest.mark.parametrize("username", sorted(SEARCH_MATRIX))
def test_every_role_finds_exactly_whom_its_jurisdiction_covers(db: Session, username: str):
    actor = persona_in(db, username)
    if actor.jurisdiction_id is not None and actor.jurisdiction_level is not None:
        column = getattr(Person, scope_column(actor.jurisdiction_level))
        inside = db.scalar(select(Person).where(column == actor.jurisdiction_id).order_by(Person.id).limit(1))
        outside = db.scalar(select(Person).where(column != actor.jurisdiction_id).order_by(Person.id).limit(1))
    else:
        inside = db.scalar(select(Person).order_by(Person.id).limit(1))
        outside = db.scalar(select(Person).order_by(Person.id.desc()).limit(1))
    assert inside is not None and outside is not None
    before = db.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.subject_type == "person_search"))
    outcomes = []
    for person in (inside, outside):
        try:
            found = search.search(db, actor, person.id_number)
            outcomes.append(FOUND if person.id in {hit.person.id for hit in found.persons} else NOT_FOUND)
            assert all(hit.person.masked for hit in found.persons)
        except PermissionDenied:
            outcomes.append(DENIED)
    assert tuple(outcomes) == SEARCH_MATRIX[username]
    after = db.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.subject_type == "person_search"))
    searched = sum(1 for outcome in outcomes if outcome != DENIED and username != "quarantine")
    assert (after or 0) - (before or 0) == searched


def test_persons_and_households_imported_from_a_file_are_found_by_door_digits_and_initials(
        db: Session, grid_worker: Actor):
    import io

    from openpyxl import Workbook

    from fangkong.registry import imports

    household, building, unit = _flat_household(db, grid_worker.jurisdiction_id or 0)
    chain = {p.level: p.name for p in service.ancestors(db, db.get(Place, household.unit_id))}
    number = idnumber.make_number("140105", date(1988, 8, 8), 321)
    book = Workbook()
    sheet = book.active
    sheet.append(["身份证号", "姓名", "手机号", "县区", "街道", "社区", "小区", "楼栋", "单元", "门牌号"])
    sheet.append([number, "司马相如", "15400001357", chain["district"], chain["street"], chain["community"],
                  chain["compound"], building, unit, "9901室"])
    out = io.BytesIO()
    book.save(out)
    result = imports.import_file(db, grid_worker, "persons", "new.xlsx", out.getvalue())
    assert result.ok, result.errors
    person = db.scalars(select(Person).where(Person.id_number == number)).one()
    assert (person.name_initials, person.id_rev, person.phone_rev) == ("smxr", number[::-1], "15400001357"[::-1])
    new_household = db.get(Household, person.household_id)
    assert new_household is not None and new_household.door_key == f"9901-{unit.removesuffix('单元')}-" \
                                                                  f"{building.removesuffix('号楼')}"
    for typed in ("smxr", number[-4:], "1357", f"{building}{unit}9901"):
        found = search.search(db, grid_worker, typed)
        shown = {hit.person.id for hit in found.persons} | {m.id for hit in found.households
                                                             for m in hit.household.members}
        assert person.id in shown, typed


def test_the_search_page_speaks_english_when_asked(app: FastAPI, db: Session, grid_worker: Actor):
    client = login(app, "grid")
    client.get("/lang/en")
    person = _someone(db, grid_worker.jurisdiction_id or 0)
    page = client.get("/registry/search", params={"q": person.id_number[-4:]})
    text = page_shows(page, "Find a person or household", "Persons:", "ID number", testids=("person-hit",))
    assert "查找" not in text and "人员" not in text


@pytest.mark.parametrize("typed", ["张%", "_", "%%%", "3号楼2单元%", "'; DROP TABLE person; --", "\\", "后街%1号",
                                   "电子_所家属楼3号楼2单元502", "１２３４", "x" * 200, "王\x00", "🙂"])
def test_odd_input_finds_nothing_wrong_and_never_fails(db: Session, commander: Actor, typed: str):
    result = search.search(db, commander, typed)
    assert result.kind in ("", "digits", "door", "initials", "name")
    assert all(hit.person.masked for hit in result.persons)


def test_the_api_answers_the_same_search_masked(app: FastAPI, db: Session, grid_worker: Actor):
    person = _someone(db, grid_worker.jurisdiction_id or 0)
    client = login(app, "grid")
    answer = client.get("/api/registry/search", params={"q": person.id_number[-6:]},
                        headers={"X-CSRF-Token": csrf_of(client)})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["kind"] == "digits"
    hit = next(h for h in body["persons"] if h["person"]["id"] == person.id)
    assert hit["matched"] == "id_number" and hit["person"]["masked"]
    assert hit["person"]["id_number"] == idnumber.mask_id_number(person.id_number)
    assert person.id_number not in answer.text
    assert client.get("/api/registry/search", params={"q": "x" * 65},
                      headers={"X-CSRF-Token": csrf_of(client)}).status_code == 422
