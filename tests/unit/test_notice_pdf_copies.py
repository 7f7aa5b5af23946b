"""A notice copied out of a PDF: a page number line ("— 2 —", "- 3 -", "第2页 共5页", "2/5") may fall
anywhere, even inside a place's name; what is read does not change."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_render import place

MARKS = ["— 2 —", "- 3 -", "—12—", "第2页 共5页", "第 3 页", "2/5"]


def _places(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(c["level_to"], c["district"], p) for c in parse_notice(text, default_year=2022)["changes"]
            for p in c["places"]]


@settings(max_examples=150, deadline=None)
@given(st.lists(place(), min_size=2, max_size=8, unique=True), st.sampled_from(MARKS), st.data())
def test_a_page_number_line_anywhere_in_a_list_changes_nothing(places: list[str], mark: str,
                                                                data: st.DataObject) -> None:
    body = "、".join(places) + "。"
    cut = data.draw(st.integers(1, len(body) - 1))
    head = "关于新增高风险区的通告\n即日起新增高风险区,具体为:\n小店区:"
    tail = "\n请广大市民做好个人防护。\n太原市疫情防控办公室\n2022年12月3日"
    whole = _places(head + body + tail)
    assert whole == [("high", "小店区", p) for p in places]
    broken = head + body[:cut] + "\n" + mark + "\n" + body[cut:] + tail
    assert _places(broken) == whole, broken


@settings(max_examples=80, deadline=None)
@given(st.lists(place(), min_size=1, max_size=6, unique=True), st.lists(place(), min_size=1, max_size=4, unique=True))
def test_a_notice_saved_as_a_web_page_reads_as_its_text(high: list[str], medium: list[str]) -> None:
    lines = ["关于调整风险区域的通告", "即日起新增高风险区,具体为:", "小店区:" + "、".join(high) + "。",
             "新增中风险区,具体为:", "迎泽区:" + "、".join(medium) + "。", "特此通告。"]
    page = ("<html><head><style>p{margin:0}</style></head><body>"
            + "".join(f'<p style="text-indent:2em">{line.replace("、", "&#12289;")}</p>\n' for line in lines)
            + "</body></html>")
    assert _places(page) == _places("\n".join(lines)) != []
