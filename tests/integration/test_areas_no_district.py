"""A notice that names no district (both databases): its places are matched by name across the city; a
name the registry has once is that place, a name it has in several districts is not guessed: it waits in
review with a note, and the draft's warnings say so. A text the parser cannot read is refused with the
part it could not read."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from fangkong.areas import service as areas
from fangkong.areas.resolver import NO_DISTRICT_NOTE
from fangkong.core.errors import InvalidInput
from fangkong.core.scope import system_actor
from fangkong.registry import service as registry


def _compounds_by_name(db: Session) -> tuple[str, str, int]:
    """A compound name the registry has once (with its district id), and one it has in two districts: a
    compound of the first district is given a twin of the same name under a community of the second."""
    actor = system_actor("tests")
    first, second = registry.districts(db)[:2]
    compounds = registry.places_at_levels(db, first.id, ("compound",))
    counts = registry.places_by_norm(db, None, {c.name_norm for c in compounds}, ("compound",))
    unique, shared = [c for c in compounds if len(counts[c.name_norm]) == 1][:2]
    grid = registry.places_at_levels(db, second.id, ("grid",))[0]
    registry.create_place(db, actor, parent_id=grid.id, level="compound", name=shared.name)
    return unique.name, shared.name, first.id


def test_no_district_matches_unique_names_and_does_not_guess_shared_ones(db: Session) -> None:
    actor = system_actor("tests")
    unique, shared, unique_district = _compounds_by_name(db)
    text = f"关于调整风险区的通告\n即日起,将{unique}、{shared}调整为高风险区。\n市疫情防控办公室\n2022年12月5日"
    notice = areas.draft_notice(db, actor, text, default_year=2022)
    rows = {row.text: row for row in areas.review_queue(db, actor, notice.id)}
    assert unique not in rows  # matched by its one registry place, no review needed
    assert shared in rows and rows[shared].place_id is None  # several places of that name: none chosen
    assert rows[shared].note == NO_DISTRICT_NOTE
    assert len({o.get("place_id") for o in rows[shared].options}) >= 2  # every place of that name offered
    warnings = notice.__dict__["warnings"]
    assert any("未写明区县" in w and shared in w for w in warnings), warnings
    view = areas.notice_view(db, actor, notice.id)
    matched = [p for c in view.changes for p in c.places if p.text == unique]
    assert matched[0].state == "matched"
    assert registry.place_refs(db, {matched[0].place_id})[matched[0].place_id].district_id == unique_district
    assert all(c.district is None for c in view.changes)  # no district written in for the notice
    db.rollback()


def test_an_unreadable_text_is_refused_with_the_part_it_could_not_read(db: Session) -> None:
    actor = system_actor("tests")
    with pytest.raises(InvalidInput) as refused:
        areas.draft_notice(db, actor, "关于调整风险区的通告\n高风险区实行足不出户。\n特此通告。", default_year=2022)
    assert "未能读出:「高风险区实行足不出户。」" in refused.value.zh
    assert "could not read: «高风险区实行足不出户。»" in refused.value.en
    db.rollback()
