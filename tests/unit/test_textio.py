from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fangkong.core.textio import decode_bytes

SAMPLE = "小店区(8个):路泽苑小区7号楼,保利东郡2期11号楼2单元。"


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"),
        SAMPLE.encode("gb18030"),
        SAMPLE.encode("gbk"),
        b"\xff\xfe" + SAMPLE.encode("utf-16-le"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16-bom"],
)
def test_chinese_office_encodings_decode_to_the_same_text(data: bytes) -> None:
    assert decode_bytes(data) == SAMPLE


# Office files are lines of text, not two characters: a very short GB18030 text can also be valid UTF-8
# (閫丂 is E9 80 81 40, which UTF-8 reads as 送@), and no decoder can tell those apart.
CJK_TEXT = st.text(
    alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5) | st.sampled_from("0123456789,。:()"),
    min_size=12,
)


def test_a_two_character_text_can_be_read_either_way() -> None:
    """The limit of guessing, stated: these bytes are valid in both encodings; UTF-8 wins."""
    assert decode_bytes("閫丂".encode("gb18030")) == "送@"


@given(CJK_TEXT)
def test_any_cjk_text_round_trips_through_gb18030(text: str) -> None:
    assert decode_bytes(text.encode("gb18030")) == text


def test_a_bom_followed_by_garbage_is_refused_with_a_clear_error() -> None:
    with pytest.raises(ValueError, match="BOM"):
        decode_bytes(b"\xff\xfe\x00\xd8garbage")  # UTF-16 BOM, then a lone surrogate
