"""One language at a time (issue 17): a lower layer's "中文 / English" text split into its two halves, and
the Chinese catalogue written with full-width punctuation and 10合1."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from fangkong.core.errors import InvalidInput, in_lang, message_of, split_pair
from fangkong.core.i18n import MESSAGES


def test_a_pair_is_split_and_the_english_gets_its_capital() -> None:
    assert split_pair("身份证号必须是文本 / identity number must be text") == \
        ("身份证号必须是文本", "Identity number must be text")
    error = InvalidInput("出生日期 19990231 无效 / birth date 19990231 is not a valid date")
    assert error.message("zh") == "出生日期 19990231 无效"
    assert error.message("en") == "Birth date 19990231 is not a valid date"
    assert message_of(ValueError("门牌号过长 / door number too long"), "en") == "Door number too long"


def test_a_text_that_is_not_a_pair_stays_whole() -> None:
    for text in ("健康码 / 身份证号", "a / b", "没有分隔符", "CSV / xlsx"):
        assert split_pair(text) == (text, text)


@given(st.text(alphabet="中文字段错误", min_size=1, max_size=8), st.text(alphabet="abc def", min_size=1, max_size=12))
def test_either_half_of_a_pair_is_one_language(zh: str, en: str) -> None:
    joined = f"{zh} / {en}"
    assert in_lang(joined, "zh") == zh
    assert not re.search(r"[\u4e00-\u9fff]", in_lang(joined, "en"))


def test_chinese_texts_use_full_width_punctuation_and_write_10合1() -> None:
    cjk = "\u4e00-\u9fff"
    bad = {key: zh for key, (zh, _en) in MESSAGES.items()
           if re.search(f"[{cjk}][,:;()]|[,:;(][{cjk}]|\\d 合 \\d", zh)}
    assert not bad, bad
