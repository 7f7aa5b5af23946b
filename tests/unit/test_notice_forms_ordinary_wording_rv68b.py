"""Review rv68b: ordinary wording near forms of the twelfth session (f68b, f68d, k68b), read wrongly by them (invented
places).

- An outline's numbers ("1.阳光街道:" over "1.1A小区", "1.2B小区", then "2.C街道:") are no item number run together
  with a name's digits: "1.2B小区" is not read as item 1 and a place "2B小区".
- "将A小区划为管控区;B村全域,不再列为防范区,调整为管控区": the clause after ";" goes on with B's new level, so the
  no-longer note is read with B's change (B controlled), not kept as a lift with a place "不再".
- A line of the epidemic's words alone ("疫情防控", "新冠疫情") over a whole office's signature is no first part of it:
  the office and its district stay "A区疫情防控指挥部", "A区".
- A house run's village restated is the run's own only where its name stands whole in the run's head and no estate of
  its own lies between: "新A村3号、5号、A村8号" and "B社区C小区3号、5号、B社区8号" are two places each.
- An industrial area (工业区, no district since f68b) labelling its places ("A工业区:3号厂房、5号厂房") is a place's
  label, its colon dropped, as a park's is.
"""

from __future__ import annotations

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import changes_of, in_traditional

_HEAD = "金桃区疫情防控指挥部关于划定风险区域的通告\n"


_read = changes_of


def _both(text: str) -> list[list[tuple[str | None, str | None, list[str]]]]:
    return [_read(text), _read(in_traditional(text))]


def test_an_outlines_sub_numbers_are_not_item_numbers_before_digits() -> None:
    text = _HEAD + "一、高风险区\n1.阳光街道:\n1.1翠锦小区\n1.2幸福花园\n2.春晓街道:\n2.1星峰小区\n2.2胜利花园\n"
    for read in _both(text):
        places = [p for _, _, ps in read for p in ps]
        assert len(places) == 4
        assert not any(p.endswith(("街道2幸福花园", "街道2胜利花园")) for p in places)
    spaced = _HEAD + "一、高风险区\n1.阳光街道:\n1.1 翠锦小区\n1.2 幸福花园\n2.春晓街道:\n2.1 星峰小区\n"
    for read in _both(spaced):
        assert not any(p.endswith("街道2幸福花园") for _, _, ps in read for p in ps)
    # the form itself still read: a list counting on "1)", "2)", "3)" with a name's digits after "2)"
    listed = _HEAD + "一、高风险区\n1)翠锦小区;\n2)136地质队家属院;\n3)幸福花园。\n"
    assert _read(listed) == [("high", "金桃区", ["翠锦小区", "136地质队家属院", "幸福花园"])]


def test_a_no_longer_note_going_on_with_a_new_level_after_a_semicolon() -> None:
    text = _HEAD + "将翠锦小区划为管控区;幸福村全域,不再列为防范区,调整为管控区。\n"
    read = [("controlled", "金桃区", ["翠锦小区"]), ("controlled", "金桃区", ["幸福村全域"])]
    assert _both(text) == [read, read]
    sealed = _HEAD + "将翠锦小区划为封控区;幸福村全域,不再列为封控区,划为防范区。\n"
    assert _read(sealed) == [("sealed", "金桃区", ["翠锦小区"]), ("precaution", "金桃区", ["幸福村全域"])]
    # the form itself still read: "B村,不再列为管控区" after ";" closing its clause, a lift of B
    lifted = _HEAD + "将翠锦小区划为管控区;幸福村,不再列为管控区。\n"
    assert _read(lifted) == [("controlled", "金桃区", ["翠锦小区"]), (None, "金桃区", ["幸福村"])]


def test_a_line_of_the_epidemics_words_over_a_whole_signature() -> None:
    body = "关于划定风险区域的通告\n将翠锦小区5栋划定为高风险区。\n特此通告。\n"
    for above in ("疫情防控", "新冠疫情"):
        text = body + above + "\n金桃区疫情防控指挥部\n2022年11月5日\n"
        for t in (text, in_traditional(text)):
            result = parse_notice(t, default_year=2022)
            assert [c["district"] for c in result["changes"]] == ["金桃区"]
            assert result["issuer"] == "金桃区疫情防控指挥部"
    # the form itself still read: a signature broken over two lines, the first naming the city
    broken = body + "金桃市新冠肺炎疫情\n防控指挥部办公室\n2022年11月5日\n"
    assert parse_notice(broken, default_year=2022)["issuer"] == "金桃市新冠肺炎疫情防控指挥部办公室"


def test_a_restated_village_is_the_runs_own_only_by_its_whole_name() -> None:
    head = _HEAD + "一、高风险区\n"
    cases = [("新翠锦村3号、5号、翠锦村8号。", ["新翠锦村3号、5号", "翠锦村8号"]),
             ("阳光街道翠锦社区幸福小区3号、5号、翠锦社区8号。", ["阳光街道翠锦社区幸福小区3号、5号", "翠锦社区8号"])]
    for line, places in cases:
        assert _both(head + line + "\n") == [[("high", "金桃区", places)]] * 2
    # the form itself still read: the run's own village written again before a house of its new numbering
    assert _read(head + "阳光街道翠锦社区32区幸福村三片16号、18号、幸福村新编52号。\n") == [
        ("high", "金桃区", ["阳光街道翠锦社区32区幸福村三片16号、18号、幸福村新编52号"])]


def test_an_industrial_areas_label_over_its_places() -> None:
    text = _HEAD + "一、高风险区\n幸福工业区:3号厂房、5号厂房。\n"
    assert _both(text) == [[("high", "金桃区", ["幸福工业区3号厂房、5号厂房"])]] * 2
    named = _HEAD + "一、高风险区\n幸福工业区:星峰电子厂、春晓五金厂。\n"
    for read in _both(named):
        assert not any(":" in p for _, _, ps in read for p in ps)
        assert len([p for _, _, ps in read for p in ps]) == 2
