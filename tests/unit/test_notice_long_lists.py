"""Long lists end: a list of hundreds of places is read without the backtracking that made a 2020 province
table of 103 counties run for minutes (a regex whose repeated part could split "A区、B县、…" freely, and a
split of "A和B和C…" that retried every 和 after each other). The limit below is a hang guard, not a speed
target: each case reads in well under a second."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest

from fangkong.areas.parser import parse_notice

_NAMES = ["金华区", "阳光县", "龙城市", "东风镇", "桃源乡", "城南街道", "幸福小区", "锦绣花园3号楼", "丽泽村",
          "长风路12号"]
_ITEMS = [f"{name[0]}{'甲乙丙丁戊己庚辛壬癸'[i % 10]}{'子丑寅卯辰巳午未申酉'[i // 10 % 10]}{name[1:]}"
          for i, name in enumerate(_NAMES * 30)]


@pytest.fixture
def hang_guard() -> Iterator[None]:
    def give_up(*_: object) -> None:
        raise TimeoutError("the parser did not finish a long list in 30 s")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(30)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _places(text: str) -> list[str]:
    parsed = parse_notice(f"关于调整风险区的通告\n{text}\n某县防控办\n2022年5月1日", default_year=2022)
    return [place for change in parsed["changes"] for place in change["places"]]


@pytest.mark.usefixtures("hang_guard")
@pytest.mark.parametrize("frame", ["高风险区:{}。", "一、新增高风险区\n{}。", "低风险(8个)\n{}\n",
                                   "将{}调整为低风险区。"])
@pytest.mark.parametrize("separator", ["、", ",", ";"])
def test_a_list_of_three_hundred_places_is_read_whole(frame: str, separator: str) -> None:
    assert len(_places(frame.format(separator.join(_ITEMS)))) == len(_ITEMS)


@pytest.mark.usefixtures("hang_guard")
@pytest.mark.parametrize("body", [
    "和".join(_ITEMS),  # no notice joins so many with 和: read as one, but read
    "、".join(f"{item}(含{item}东区)" for item in _ITEMS),
    "、".join(f"{item}路以东" for item in _ITEMS),
    "、".join(_ITEMS) + "除高风险区以外的其他区域",
    "(" + "、".join(_ITEMS),
])
@pytest.mark.parametrize("frame", ["将{}调整为低风险区。", "对{}实行临时静默管理。", "高风险区:{}。"])
def test_long_lists_of_other_shapes_end(frame: str, body: str) -> None:
    _places(frame.format(body))


@pytest.mark.usefixtures("hang_guard")
@pytest.mark.parametrize("separator", [".", "、"])
@pytest.mark.parametrize("layout", ["lines", "run_on"])
def test_a_list_numbered_past_999_is_read_item_by_item(separator: str, layout: str) -> None:
    # Shanghai-scale lists of 2022 ran to four-digit item numbers; item 1000 must not join item 999.
    places = [f"明月花园{n}号楼" for n in range(1, 1011)]
    items = [f"{n}{separator}{place}" for n, place in enumerate(places, 1)]
    body = "\n".join(items) if layout == "lines" else " ".join(items)
    assert _places(f"一、封控区\n{body}") == places
