"""A space after a colon ("云岭区(1个): 云岭区A街道B花园17栋", "瑞泽区(3个: A小区…") or after a list number at a line's
start ("(二) 金华街道1.A广场。2.B街2号") says nothing: a notice reads the same with it as without it (copies pasted
from Word files and forum posts put one there). Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.notice_parsing.normalizing import _normalize
from tests.unit.test_notice_parser_real_forms import PLAIN_SYLLABLES, by_level, invented_names, variants_of

# ---- the forms -------------------------------------------------------------------------------------------


def _run_on(estate: str = "翠湖", colon: str = ":") -> str:
    """Counted district headings run on one line, the second district a zone the country's divisions do not hold."""
    return ("9月11日金桃市调整部分区域风险等级\n\n根据有关规定,经研究决定,自2022年9月11日12时起,调整我市部分区域风险"
            f"等级,调整如下{colon}\n\n一、高风险区调整为中风险区(3个)\n\n"
            f"云岭区(1个){colon}云岭区长风街道{estate}花园17栋星开区(1个){colon}星开区49街区19栋\n\n"
            f"瑞泽区(1个){colon}瑞泽区金华街道聚福家园9栋\n\n二、中风险区调整为低风险区(1个)\n\n"
            f"云岭区(1个){colon}云岭区长风街道青松小区6栋\n\n其他区域风险等级不变。\n\n金桃市疫情防控办公室\n\n2022年9月11日\n")


def _run_on_read(estate: str = "翠湖") -> dict[tuple[str | None, str | None], list[str]]:
    return {("medium", "云岭区"): [f"长风街道{estate}花园17栋"], ("medium", "星开区"): ["49街区19栋"],
            ("medium", "瑞泽区"): ["金华街道聚福家园9栋"], ("low", "云岭区"): ["长风街道青松小区6栋"]}


def _unclosed(estate: str = "翠湖", colon: str = ":") -> str:
    """A district's count opened in brackets and never closed, its places after a colon."""
    return ("关于金桃市调整高风险区通告\n\n根据有关规定,即日起我市新增高风险区4个。具体为\n\n一、新增高风险区\n\n"
            f"云岭区(3个{colon}{estate}小区1号楼、9号楼,长风佳园小区10号楼,青松小区B座。\n\n瑞泽区(1个星峰村\n\n"
            "高风险区内实行“足不出户、上门服务”封控措施。\n")


def _unclosed_read(estate: str = "翠湖") -> dict[tuple[str | None, str | None], list[str]]:
    return {("high", "云岭区"): [f"{estate}小区1号楼、9号楼", "长风佳园小区10号楼", "青松小区B座"],
            ("high", "瑞泽区"): ["星峰村"]}


def _street_items(estate: str = "青松", after_number: str = "") -> str:
    """A street written before the numbered places of its item, on the item's line."""
    return ("云岭区关于解除部分区域临时管控措施的通告\n根据疫情处置进展,决定解除部分区域临时管控措施,通告如下:\n"
            f"一、{after_number}自11月15日14时起解除临时管控的区域\n(一){after_number}长风街道春晓路8号。\n"
            f"(二){after_number}金华街道1.{estate}广场A、B座。2.明月后街2号,明月后街1号、3号\n"
            f"二、{after_number}自11月15日15时起解除临时管控的区域\n瑞泽街道丽泽花园。\n特此通告。\n")


def _street_items_read(estate: str = "青松") -> dict[tuple[str | None, str | None], list[str]]:
    return {("lifted", "云岭区"): ["长风街道春晓路8号", f"金华街道{estate}广场A、B座", "金华街道明月后街2号",
                                 "金华街道明月后街1号、3号", "瑞泽街道丽泽花园"]}


# ---- spaces after colons ---------------------------------------------------------------------------------


def test_run_on_counted_headings_read_alike_without_and_with_a_space_after_each_colon() -> None:
    assert by_level(_run_on()) == _run_on_read()
    assert by_level(_run_on(colon=": ")) == _run_on_read()


def test_unclosed_count_reads_alike_with_a_space_after_its_colon() -> None:
    assert by_level(_unclosed()) == _unclosed_read()
    assert by_level(_unclosed(colon=": ")) == _unclosed_read()


def test_spaced_colons_in_traditional_characters_and_full_width_punctuation() -> None:
    for text in variants_of(_run_on(colon=": ")):
        assert by_level(text) == _run_on_read()
    for text in variants_of(_unclosed(colon=": ")):
        assert by_level(text) == _unclosed_read()
    # (an ideographic space, as a Word file has it)
    assert by_level(_run_on(colon=":\u3000")) == _run_on_read()


# ---- spaces after list numbers ---------------------------------------------------------------------------


def test_street_before_numbered_places_reads_alike_with_a_space_after_its_item_number() -> None:
    assert by_level(_street_items()) == _street_items_read()
    assert by_level(_street_items(after_number=" ")) == _street_items_read()


def test_spaced_item_numbers_in_traditional_characters_and_full_width_punctuation() -> None:
    for text in variants_of(_street_items(after_number=" ")):
        assert by_level(text) == _street_items_read()
    assert by_level(_street_items(after_number="\u3000")) == _street_items_read()


# ---- near misses -----------------------------------------------------------------------------------------


def test_near_miss_a_space_before_digits_after_a_dotted_number_stays() -> None:
    # ("3. 11月2日起" is no decimal "3.11" nor a date: its space is kept)
    assert "3. 11月2日起" in _normalize("二、有关要求\n3. 11月2日起,恢复通行。\n")
    # (a colon at a line's end keeps its trailing space: nothing follows it to join)
    assert "封控区: \n" in _normalize("封控区: \n1.青松小区\n")
    # (a time has no space to take)
    assert "12:00" in _normalize("自2022年11月15日12:00起解除。\n")


# ---- any name, any spacing -------------------------------------------------------------------------------


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from([" ", "  ", "\u3000", " \u3000"]))
def test_any_estate_reads_alike_whatever_space_follows_a_colon(estate: str, space: str) -> None:
    assert by_level(_run_on(estate, ":" + space)) == _run_on_read(estate)
    assert by_level(_unclosed(estate, ":" + space)) == _unclosed_read(estate)


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from([" ", "  ", "\u3000", "\t"]))
def test_any_estate_reads_alike_whatever_space_follows_an_item_number(estate: str, space: str) -> None:
    assert by_level(_street_items(estate, space)) == _street_items_read(estate)
