"""A report's move of one named place and others unnamed (庄河, 2021): "25日起将甲市A乡B村等222个管控区调整为防范区。"
The place named is moved (the others are only counted), as a lift's "对A等34个封控区解除封控" reads. Not without 将
("A、B等42个封控区调整为管控区。这42个区域包括:", the summary of a list below) nor with a list following in the
sentence. Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    by_level,
    invented_names,
    variants_of,
)


def _moved(place: str) -> str:
    return f"记者从青州市指挥部获悉,25日起将青州市{place}等222个管控区调整为防范区。"


def test_the_one_named_of_many_moved_takes_the_level() -> None:
    for text in variants_of(_moved("金星乡翠湖村")):
        assert by_level(text) == {("precaution", "青州市"): ["金星乡翠湖村"]}


def test_a_count_without_will_or_before_a_list_names_no_place() -> None:
    assert by_level("记者获悉,青州市金星乡翠湖村等222个管控区调整为防范区。") == {}
    assert by_level("记者获悉,25日起将青州市金星乡翠湖村等222个管控区调整为防范区,具体名单如下:") == {}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_any_one_named_village(name: str) -> None:
    assert by_level(_moved(f"金星乡{name}村")) == {("precaution", "青州市"): [f"金星乡{name}村"]}
