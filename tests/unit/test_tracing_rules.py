"""Tracing rules without a database: the investigation window under each policy, the announcement text
(nothing but case number, sex, age, compound, places and times), and scan times as offices write them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from fangkong.codes.scanimport import _moment
from fangkong.tracing.models import Case
from fangkong.tracing.publication import Place, announcement
from fangkong.tracing.service import tracing_policy, window_of


def case(kind: str, reported: datetime, onset: date | None = None, sampled: date | None = None) -> Case:
    return Case(id=7, person_id=1, kind=kind, reported_at=reported, onset_date=onset, sampled_date=sampled)


def test_window_follows_the_policy_in_force() -> None:
    # Taiyuan April 2022 (eighth edition): 2 days before onset
    start, end = window_of(case("confirmed", datetime(2022, 4, 10, 9), onset=date(2022, 4, 8)))
    assert (start, end) == (datetime(2022, 4, 6), datetime(2022, 4, 10, 9))
    # ninth edition: 4 days before sampling for an asymptomatic infection, onset ignored
    start, _ = window_of(case("asymptomatic", datetime(2022, 8, 10, 9), onset=date(2022, 8, 1),
                              sampled=date(2022, 8, 9)))
    assert start == datetime(2022, 8, 5)
    # no onset and no sampling date: the report's day
    start, _ = window_of(case("confirmed", datetime(2022, 12, 1, 9)))
    assert start == datetime(2022, 11, 27)
    assert tracing_policy(datetime(2022, 8, 1)).secondary_contacts
    assert not tracing_policy(datetime(2022, 12, 1)).secondary_contacts
    assert tracing_policy(datetime(2022, 4, 10)).resident_levels == ("household", "unit")


def test_announcement_says_only_what_cities_publish() -> None:
    day = datetime(2022, 11, 30, 9, 30)
    text = announcement(case("confirmed", day), sex="F", age=33, home="万柏林区电子二所家属楼",
                        places=[Place("美特好超市(坞城店)", day + timedelta(hours=6), None),
                                Place("家乐福超市(龙城店)", day, day + timedelta(minutes=40)),
                                Place("太原南站", day + timedelta(days=1), None)])
    lines = text.splitlines()
    assert lines[0] == "确诊病例7：女，33岁，现住万柏林区电子二所家属楼。"
    assert lines[1] == "11月30日：09:30—10:10到家乐福超市(龙城店)；15:30到美特好超市(坞城店)。"
    assert lines[2] == "12月1日：09:30到太原南站。"


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31)).map(
    lambda d: d.replace(microsecond=0)))
def test_scan_times_in_office_forms(moment: datetime) -> None:
    for text in (f"{moment:%Y-%m-%d %H:%M:%S}", f"{moment:%Y/%m/%d %H:%M:%S}",
                 f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M:%S}", f"{moment:%Y%m%d%H%M%S}"):
        assert _moment(text) == moment, text
