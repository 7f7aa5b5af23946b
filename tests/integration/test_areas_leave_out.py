"""A place the notice does not name as an area (a misreading, or a wrong guess of the statistical fallback,
decision 0024) is left out in review: the draft can be published, the place applies to nobody and is listed
nowhere, the choice is audited and can be undone before publishing; the tagger guesses only when asked. Both
databases."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy.orm import Session

from fangkong.areas import service as areas
from fangkong.core.audit import AuditQuery, search
from fangkong.core.db import get_engine
from fangkong.core.errors import InvalidInput
from fangkong.core.scope import Actor, system_actor
from fangkong.registry import service as registry
from fangkong.web.app import create_app
from tests.integration.test_web_pages import csrf_in, login

COMMANDER = system_actor("tests")


def _draft(db: Session) -> tuple[int, list[int]]:
    district = registry.districts(db)[0].name
    notice = areas.draft_notice(db, COMMANDER, f"即日起新增高风险区2个,具体为:\n{district}(2个):"
                                               "不存在的丙测试苑,金华街道南。", default_year=2022)
    return notice.id, [row.id for row in areas.review_queue(db, COMMANDER, notice.id)]


def test_a_place_left_out_is_published_nowhere_and_audited(city_url: str, auditor: Actor) -> None:
    with Session(get_engine(city_url)) as db:
        notice_id, (kept, misread) = _draft(db)
        areas.resolve_place(db, COMMANDER, kept, block=True)
        row = areas.resolve_place(db, COMMANDER, misread, drop=True)
        assert (row.state, row.match_kind, row.place_id) == ("dropped", "dropped", None)
        assert areas.notice_view(db, COMMANDER, notice_id).counts == {"block": 1, "dropped": 1}
        notice = areas.publish(db, COMMANDER, notice_id)  # nothing waits: a place left out is settled
        db.flush()
        texts = [area.text for area in areas.areas_at(db, notice.effective + timedelta(hours=1))]
        assert any("丙测试苑" in text for text in texts)
        assert not any("金华街道南" in text for text in texts)  # left out: no area, nobody's code
        _total, entries = search(db, auditor, AuditQuery(subject_type="notice_place"))
        detail = next(e.detail for e in entries if e.subject_id == str(misread))
        assert '"dropped"' in detail and "金华街道南" in detail
        db.rollback()


def test_exactly_one_choice_and_undo_before_publishing(city_url: str) -> None:
    with Session(get_engine(city_url)) as db:
        _notice_id, (_kept, misread) = _draft(db)
        try:
            areas.resolve_place(db, COMMANDER, misread, drop=True, block=True)
        except InvalidInput as refused:
            assert "一项" in refused.zh
        else:
            raise AssertionError("two choices at once were taken")
        areas.resolve_place(db, COMMANDER, misread, drop=True)
        assert areas.reopen_place(db, COMMANDER, misread).state == "review"
        db.rollback()


def test_the_review_page_offers_to_leave_a_place_out(city_url: str) -> None:
    client = login(create_app(city_url), "commander")
    try:
        with Session(get_engine(city_url)) as db:
            notice_id, (_kept, misread) = _draft(db)
            db.commit()
        page = client.get(f"/areas/notices/{notice_id}").text
        assert page.count('data-testid="choice-drop"') == 2
        assert not re.search(r'value="drop"[^>]*checked', page)  # never chosen for the reviewer
        left = client.post(f"/areas/notices/{notice_id}/places/{misread}",
                           data={"choice": "drop", "csrf_token": csrf_in(page)})
        assert 'data-testid="place-dropped"' in left.text and "不发布" in left.text
        page = client.get(f"/areas/notices/{notice_id}").text
        assert "不发布 1" in page  # the count of the draft's places left out
        client.post(f"/areas/notices/{notice_id}/withdraw", data={"csrf_token": csrf_in(page)})
    finally:
        client.close()


def test_the_taggers_guess_is_drafted_only_when_asked(city_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import fangkong.areas.parser as parser_module

    # the rules find no list, as for a form nobody wrote a rule for (decision 0024)
    monkeypatch.setattr(parser_module, "_find_sections", lambda lines: [])
    text = ("关于划定风险区域的通告\n一、高风险区\n1.金桥小区8栋;\n2.柳岸花园3栋;\n二、中风险区\n1.明月苑12栋;\n"
            "2.松竹家园5栋。\n特此通告。")
    with Session(get_engine(city_url)) as db:
        try:
            areas.draft_notice(db, COMMANDER, text, default_year=2022)
        except InvalidInput as refused:
            assert "未能从正文中读出任何风险区域变更" in refused.zh
        else:
            raise AssertionError("the rules read nothing, yet a draft was made without asking")
        notice = areas.draft_notice(db, COMMANDER, text, default_year=2022, guess=True)
        view = areas.notice_view(db, COMMANDER, notice.id)
        assert [p.text for change in view.changes for p in change.places]
        assert any("统计模型" in w for w in view.warnings)
        db.rollback()
