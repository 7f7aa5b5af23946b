"""Search keys and the reading of a typed query (registry.searchkeys, decision 0015)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fangkong.registry.searchkeys import door_key, name_initials, parse_query, reverse_digits


def test_pinyin_initials_of_a_name_are_lower_case_letters_one_per_character():
    assert name_initials("张三") == "zs"
    assert name_initials("欧阳娜娜") == "oynn"
    assert name_initials(" 李 ") == "l"
    assert name_initials("") == ""


def test_the_last_digits_of_a_number_are_a_prefix_of_its_reversed_key():
    number = "14010519900307123X"
    assert reverse_digits(number).startswith("123X"[::-1])
    assert reverse_digits(number.lower()) == reverse_digits(number)
    assert reverse_digits(None) is None


@given(st.from_regex(r"[0-9]{17}[0-9X]", fullmatch=True), st.integers(min_value=4, max_value=18))
def test_any_tail_of_an_identity_number_is_found_by_prefix(number: str, length: int):
    query = parse_query(number[-length:])
    assert query is not None and query.kind == "digits"
    assert reverse_digits(number).startswith(query.text[::-1])


def test_door_keys_put_the_door_first():
    assert door_key("3号楼", "2单元", "502") == "502-2-3"
    assert door_key("A座", "1单元", "1201室") == "1201-1-a"
    assert door_key("后街", "55号", "1") == "1-55-后街"


def test_every_way_of_writing_a_door_gives_a_prefix_of_its_key():
    key = door_key("3号楼", "2单元", "502")
    for typed in ("3号楼2单元502", "3号楼2单元502室", "3-2-502", "3栋2单元502", "3 - 2 - 502", "３号楼２单元５０２"):
        query = parse_query(typed)
        assert query is not None and query.kind == "door", typed
        assert query.door_prefix == key, typed
    for typed in ("502", "502室", "2单元502"):
        query = parse_query(typed)
        assert query is not None and query.kind == "door" and key.startswith(query.door_prefix), typed


def test_a_building_and_door_without_the_unit_keep_the_building_aside():
    query = parse_query("3-502")
    assert query is not None and query.door_prefix == "502-" and query.building == "3"


def test_a_compound_name_before_the_building_is_kept_for_filtering():
    query = parse_query("电子二所家属楼3号楼2单元502")
    assert query is not None and query.compound == "电子二所家属楼" and query.door_prefix == "502-2-3"


def test_a_village_house_tries_every_ending_of_the_lane_and_the_courtyard_doors():
    query = parse_query("丈子头村后街55号")
    assert query is not None and query.kind == "door"
    assert door_key("后街", "55号", "1") in query.door_keys
    assert door_key("后街", "55号", "2") in query.door_keys


def test_names_initials_and_digits_are_told_apart():
    assert parse_query("张三").kind == "name"
    assert parse_query("ZS").kind == "initials" and parse_query("ZS").text == "zs"
    assert parse_query("1234").kind == "digits"
    assert parse_query("123X").kind == "digits"
    assert parse_query("  ") is None
    assert parse_query("1号楼") is None
