"""The page check of tests/helpers.py fails when it should, and says why readably."""

from __future__ import annotations

import httpx
import pytest

from tests.helpers import csrf_in, page_shows, page_text

PAGE = """<!doctype html><html><head><title>居民</title><style>.x{color:red}</style></head>
<body><nav><a href="/">首页</a></nav><main data-testid="person">
<h1>张*三</h1><p>身份证号 <b>1101**********002X</b></p><script>var secret = "隐藏";</script>
<form><input type="hidden" name="csrf_token" value="tok-123"></form></main></body></html>"""


def response(html: str = PAGE, status: int = 200) -> httpx.Response:
    return httpx.Response(status, text=html, request=httpx.Request("GET", "http://test/persons/1"))


def test_the_text_is_what_a_reader_sees() -> None:
    text = page_text(PAGE)
    assert text.split("\n") == ["居民", "首页", "张*三", "身份证号 1101**********002X"]


def test_page_shows_returns_the_text_when_all_is_there() -> None:
    shown = page_shows(response(), "张*三", "身份证号  1101**********002X", testids=["person"],
                       absent=["110105194912310025"])
    assert "首页" in shown and "secret" not in shown
    assert csrf_in(response()) == "tok-123"


@pytest.mark.parametrize("kwargs, says", [
    ({"texts": ("张三",)}, "nearest line of the page"),
    ({"texts": ("隐藏",)}, "'隐藏'"),  # scripts are not text
    ({"testids": ("household",)}, "data-testid='household'"),
    ({"absent": ("tok-123",)}, "must not be on the page"),  # absent means nowhere, attributes included
    ({"status": 403}, "status 200, expected 403"),
])
def test_page_shows_fails_readably(kwargs: dict, says: str) -> None:
    texts = kwargs.pop("texts", ())
    with pytest.raises(AssertionError) as failed:
        page_shows(response(), *texts, **kwargs)
    assert says in str(failed.value) and "GET /persons/1" in str(failed.value)
