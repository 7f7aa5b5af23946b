"""One language at a time: every page every demo role reaches from its home page (links followed, one page
per route shape), in Chinese and in English, carries no sentence of the other language and no raw message
key. Both databases.

The rule:
- an English page shows no Chinese text except names that are data (persons, places, venues, notices):
  a run of CJK characters fails when it holds sentence punctuation (，。：；！？), when it is a Chinese
  catalogue string, or when it holds a word only sentences use (请, 已, 未, 您, 的, 无, 不, 岁);
  text people wrote (a notice, a help request) is data too when the page marks it `lang="zh-CN"`;
- a Chinese page shows no English sentence: a run of three or more English words, at least two of them
  lower-case (a sentence, not a code like "QR" or a name like "Wanbailin District"), or an English
  catalogue string of two words or more;
- no page shows a message key of the catalogue (`audit.title`), on either side.
"""

from __future__ import annotations

import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from fangkong.core import clock
from fangkong.core.i18n import MESSAGES
from fangkong.drill.demo import DEMO_USERNAMES, load_history, seed_today
from fangkong.web.app import create_app
from tests.helpers import csrf_of, login, page_shows, page_text

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _OwnLanguage(HTMLParser):
    """The page's markup without the parts marked as written in another language (`lang="zh-CN"` around a
    notice's text on an English page): people's own words are data, shown as written."""

    def __init__(self, lang: str) -> None:
        super().__init__(convert_charrefs=False)
        self.lang = lang
        self.out: list[str] = []
        self.stack: list[bool] = []  # per open element: inside another language?

    def _foreign(self) -> bool:
        return bool(self.stack) and self.stack[-1]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        marked = dict(attrs).get("lang")
        foreign = self._foreign() or (marked is not None and marked.split("-")[0] != self.lang)
        if tag not in _VOID:
            self.stack.append(foreign)
        if not foreign:
            self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        foreign = self._foreign()
        if self.stack and tag not in _VOID:
            self.stack.pop()
        if not foreign:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self._foreign():
            self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.handle_data(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.handle_data(f"&#{name};")


def own_language_text(html: str, lang: str) -> str:
    parser = _OwnLanguage(lang)
    parser.feed(html)
    parser.close()
    return page_text("".join(parser.out))

PAGES_PER_ROLE = 80
HREF = re.compile(r'href="([^"#]+)')
CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
CJK_RUN = re.compile(f"[{CJK}][{CJK}0-9]*")
SENTENCE_MARKS = set("，。：；！？")
SENTENCE_WORDS = set("请已未您的无不岁")
EN_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:[ ,]+[A-Za-z][A-Za-z'’-]*){2,}")
KEYS = {key for key in MESSAGES if "." in key}
ZH_STRINGS = {zh for zh, _en in MESSAGES.values() if "{" not in zh and len(zh) >= 2}
EN_STRINGS = {en for _zh, en in MESSAGES.values() if "{" not in en and len(en.split()) >= 2}
# Links never followed: they act (log out, switch language) or are not pages.
SKIP = ("/logout", "/lang/", "/static/", "/api", "/docs", "/redoc", "/openapi")


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory, city_url: str) -> FastAPI:
    """The module's city with the demo's history and present: notices, cases, tubes, stays, codes."""
    clock.set_clock(clock.now())  # one moment for the whole seeding (a gate shift's check-in at 4 o'clock)
    try:
        load_history(city_url)
        seed_today(city_url)  # stays, cases, tubes, codes
    finally:
        clock.set_clock(None)
    return create_app(city_url)


def _shape(path: str) -> str:
    """One page per route shape: /registry/person/12 and /registry/person/13 are the same page."""
    return re.sub(r"\d+", "N", urlsplit(path).path)


def _links(html: str, here: str) -> list[str]:
    found = []
    for href in HREF.findall(html):
        url = urljoin(here, href.replace("&amp;", "&"))
        parts = urlsplit(url)
        if parts.netloc not in ("", "testserver") or parts.path.startswith(SKIP):
            continue
        found.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def _problems(text: str, lang: str) -> list[str]:
    problems = []
    for line in text.split("\n"):
        words = set(re.findall(r"[a-z_]+(?:\.[a-z0-9_]+)+", line))
        problems += [f"raw key {key!r}: {line}" for key in words & KEYS]
        if lang == "en":
            for run in CJK_RUN.findall(line):
                if SENTENCE_MARKS & set(run) or SENTENCE_WORDS & set(run) or run in ZH_STRINGS:
                    problems.append(f"Chinese {run!r}: {line}")
        else:
            for run in EN_WORDS.findall(line):
                lower = [w for w in re.split(r"[ ,]+", run) if w[:1].islower() and len(w) > 1]
                if len(lower) >= 2:
                    problems.append(f"English {run!r}: {line}")
            problems += [f"English {en!r}: {line}" for en in EN_STRINGS if en in line]
    return problems


def _crawl(client: TestClient, lang: str) -> tuple[int, list[str]]:
    client.cookies.set("lang", lang)
    seen: set[str] = set()
    queue = deque(["/"])
    pages = 0
    problems: list[str] = []
    while queue and pages < PAGES_PER_ROLE:
        path = queue.popleft()
        if _shape(path) in seen:
            continue
        seen.add(_shape(path))
        response = client.get(path)
        if "text/html" not in response.headers.get("content-type", ""):
            continue
        pages += 1
        problems += [f"{path}: {p}" for p in _problems(own_language_text(response.text, lang), lang)]
        queue.extend(link for link in _links(response.text, path) if _shape(link) not in seen)
    return pages, problems


@pytest.mark.parametrize("username", DEMO_USERNAMES)
def test_every_page_of_every_role_speaks_one_language(app: FastAPI, username: str) -> None:
    client = login(app, username)
    report = []
    for lang in ("zh", "en"):
        pages, problems = _crawl(client, lang)
        assert pages >= 2, f"{username} reached only {pages} page(s) in {lang}"
        report += sorted(set(problems))
    assert not report, f"{username}: {len(report)} problem(s)\n" + "\n".join(report[:400])


@pytest.mark.parametrize(("lang", "says", "not_says"), [
    ("zh", "身份证号前17位须为数字", "first 17 characters"),
    ("en", "The first 17 characters must be digits", "身份证号前17位"),
])
def test_a_refusal_speaks_the_language_of_the_request(app: FastAPI, lang: str, says: str, not_says: str) -> None:
    """A refusal (a service's error, a bad cell of an import) shows one language, never "中文 / English"."""
    hotline = login(app, "hotline")
    hotline.cookies.set("lang", lang)
    response = hotline.post("/support/hotline", data={"id_number": "12345678901234567A",
                                                      "csrf_token": csrf_of(hotline, "/support/hotline")})
    text = page_shows(response, says, status=response.status_code)
    assert not_says not in text and " / " not in next(line for line in text.split("\n") if says in line)

    commander = login(app, "commander")
    commander.cookies.set("lang", lang)
    bad = "身份证号,姓名,单元编码,门牌\n12345678901234567A,张三,1,101\n".encode()
    response = commander.post("/import", data={"kind": "persons", "csrf_token": csrf_of(commander, "/import")},
                              files={"file": ("persons.csv", bad, "text/csv")})
    text = page_shows(response, says, status=response.status_code)
    assert not_says not in text
