"""What tests share besides fixtures: logging in through the login form, the CSRF token of a page, the
demo personas as real accounts, and a page check that reads the page's text (not only its status).

See TESTING.md. Fixtures (`db`, `city_url`, the persona fixtures) are in tests/conftest.py."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from functools import cache
from html.parser import HTMLParser

import httpx
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from fangkong.core import auth
from fangkong.core.db import transaction
from fangkong.core.models import Account
from fangkong.core.scope import Actor
from fangkong.drill.demo import DEMO_PASSWORD, DEMO_USERNAMES
from fangkong.registry.service import actor_for

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')

# The demo cast (src/fangkong/drill/demo.py): persona fixture name -> demo username. Every generated city
# (`city_url`) has these accounts, with DEMO_PASSWORD.
PERSONAS: dict[str, str] = {
    "commander": "commander",  # city-wide 指挥部
    "district_staff": "district",  # 万柏林区
    "street_staff": "street",  # 杨家峪街道 (杏花岭区)
    "grid_worker": "grid",  # 光华街社区第1网格
    "neighbour_grid_worker": "grid2",  # 光华街社区第2网格: whose households `grid` must not see
    "sampler": "sampler",  # 光华街社区 and its sampling site
    "lab": "lab",  # the air-film lab's venue
    "epidemiologist": "epidemiologist",  # city-wide 流调
    "quarantine_staff": "quarantine",  # a quarantine hotel of 万柏林区
    "checkpoint_staff": "checkpoint",  # 阳曲高速口
    "property_volunteer": "property",  # 电子二所家属楼
    "resident": "resident",  # an adult of the first grid, own record only
    "auditor": "auditor",  # city-wide 督查
}


# ---- personas: actors from real accounts, as a request gets them ------------------------------------------


def persona_in(db: Session, username: str) -> Actor:
    """The actor of an existing, active account: what each request gets for the account
    (`registry.service.actor_for`: its role, jurisdiction, person and venue), so permissions and audit apply
    unchanged."""
    account = db.scalar(select(Account).where(Account.username == username, Account.active.is_(True)))
    assert account is not None, f"no active account {username!r} in this database"
    return actor_for(db, account)


def persona(url: str, username: str) -> Actor:
    """`persona_in` in a transaction of its own (for module-scoped fixtures)."""
    with transaction(url) as db:
        return persona_in(db, username)


def demo_cast(db: Session) -> dict[str, Actor]:
    """Every demo persona of the city, by username ("commander", "grid", "grid2", …)."""
    return {username: persona_in(db, username) for username in DEMO_USERNAMES}


@cache
def _demo_password_hash() -> str:
    return auth.hash_password(DEMO_PASSWORD)  # argon2 is slow on purpose: hash once per run


def new_persona(db: Session, role: str, *, username: str | None = None, display_name: str = "",
                jurisdiction_id: int | None = None, person_id: int | None = None,
                venue_id: int | None = None) -> Actor:
    """A new account (through core.auth, password DEMO_PASSWORD) and its actor, for a role at a place the
    demo cast does not cover, e.g. a sampler of a second community. Lives as long as `db`'s transaction."""
    if username is None:
        taken = db.scalar(select(Account.id).order_by(Account.id.desc()).limit(1)) or 0
        username = f"test-{role}-{taken + 1}"
    account = auth.create_account(db, username=username, password_hash=_demo_password_hash(), role=role,
                                  display_name=display_name or username, jurisdiction_id=jurisdiction_id,
                                  person_id=person_id, venue_id=venue_id)
    return actor_for(db, account)


# ---- pages: logging in, CSRF tokens ------------------------------------------------------------------


def csrf_in(html: str | httpx.Response) -> str:
    """The CSRF token of a page's forms."""
    match = CSRF.search(html if isinstance(html, str) else html.text)
    assert match, "the page has no CSRF token"
    return match.group(1)


def csrf_of(client: TestClient, path: str = "/") -> str:
    """The session's CSRF token, read from a page (every logged-in page carries it in the logout form)."""
    return csrf_in(client.get(path))


def login(app: FastAPI, username: str, password: str = DEMO_PASSWORD) -> TestClient:
    """A client logged in through the login form (with its CSRF cookie and token), as a browser would."""
    client = TestClient(app)
    token = csrf_in(client.get("/login"))
    response = client.post("/login", data={"username": username, "password": password, "csrf_token": token,
                                           "next": "/"}, follow_redirects=False)
    assert response.status_code == 303, f"login as {username} failed:\n{page_text(response.text)[:1000]}"
    assert response.headers["location"] == "/"
    return client


# ---- page content ------------------------------------------------------------------------------------

_BLOCKS = {"p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "br", "section", "article",
           "header", "footer", "nav", "main", "table", "thead", "tbody", "ul", "ol", "dl", "dt", "dd", "form",
           "label", "option", "button", "summary", "details", "figcaption", "caption", "title", "pre", "aside"}
_HIDDEN = {"script", "style", "template", "svg"}


class _TextOf(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def page_text(html: str) -> str:
    """What a reader sees: the text of the page, one line per block, spaces squeezed, no scripts."""
    parser = _TextOf()
    parser.feed(html)
    parser.close()
    lines = (_squeeze(line) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _closest(needle: str, text: str) -> str:
    lines = text.split("\n")
    near = difflib.get_close_matches(needle, lines, n=1, cutoff=0.0) or [""]
    diff = "\n".join(difflib.ndiff([needle], [near[0]]))
    return f"  expected {needle!r}; nearest line of the page:\n{diff}"


def page_shows(response: httpx.Response, *texts: str, status: int = 200, testids: Iterable[str] = (),
               absent: Iterable[str] = ()) -> str:
    """Check a page: its status, texts a reader sees on it, `data-testid` markers in its markup, and texts
    that must appear nowhere in it (not even in attributes: a masked number stays masked). Returns the
    page's text, for further checks. A failure says what was expected and shows the nearest line."""
    where = f"{response.request.method} {response.request.url.path}"
    text = page_text(response.text)
    assert response.status_code == status, \
        f"{where}: status {response.status_code}, expected {status}; the page says:\n{text[:2000]}"
    missing = [t for t in texts if _squeeze(t) not in text]
    lacking = [t for t in testids if f'data-testid="{t}"' not in response.text]
    present = [t for t in absent if t in response.text or t in text]
    problems = [_closest(_squeeze(t), text) for t in missing]
    problems += [f"  no element with data-testid={t!r}" for t in lacking]
    problems += [f"  {t!r} must not be on the page, but it is" for t in present]
    assert not problems, f"{where}:\n" + "\n".join(problems) + f"\n--- the page's text ---\n{text[:3000]}"
    return text


# ---- exports: the .xlsx a list's export button downloads ---------------------------------------------


def xlsx_rows(response: httpx.Response | bytes) -> list[list[object]]:
    """The cells of an exported workbook's one sheet, row by row (title, note, header, then the rows).
    Checks it is an .xlsx download and that no cell holds a formula (the export neutralises them)."""
    import io

    from openpyxl import load_workbook

    if isinstance(response, httpx.Response):
        assert response.status_code == 200, response.text[:500]
        assert response.headers["content-type"].startswith(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        assert "attachment" in response.headers["content-disposition"]
        data = response.content
    else:
        data = response
    sheet = load_workbook(io.BytesIO(data)).active
    formulas = [cell.coordinate for row in sheet.iter_rows() for cell in row if cell.data_type == "f"]
    assert not formulas, f"formula cells in the export: {formulas}"
    return [list(row) for row in sheet.iter_rows(values_only=True)]
