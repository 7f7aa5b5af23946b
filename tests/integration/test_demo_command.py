"""`fangkong demo --no-serve`, the README's first command without the server: a new database gets the
city, its 2022 notices, today's testing (sites, labs, a round) and computed codes; a second run on
the same database adds nothing and still prints the logins. Both databases."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from fangkong.cli import app
from fangkong.core.db import get_engine
from fangkong.isolation.models import QuarantineSite, QuarantineStay
from fangkong.testing.models import SamplingSite

runner = CliRunner()


def test_demo_builds_once_and_prints_the_logins(db_url: str) -> None:
    first = runner.invoke(app, ["demo", "--no-serve", "--population", "3000", "--database", db_url])
    assert first.exit_code == 0, first.output
    assert "sampling sites" in first.output and "notices published" in first.output
    assert "commander" in first.output and "resident" in first.output
    with Session(get_engine(db_url)) as db:
        sites = db.scalar(select(func.count()).select_from(SamplingSite))
        in_use = db.scalar(select(func.count()).select_from(QuarantineSite).where(QuarantineSite.state == "in_use"))
        guests = db.scalar(select(func.count()).select_from(QuarantineStay).where(QuarantineStay.state == "active"))
    assert sites and sites > 0
    assert in_use == 1 and guests and guests >= 6  # the demo hotel has guests at first start

    second = runner.invoke(app, ["demo", "--no-serve", "--database", db_url])
    assert second.exit_code == 0, second.output
    assert "sampling sites" not in second.output and "notices published" not in second.output
    assert "commander" in second.output
    with Session(get_engine(db_url)) as db:
        assert db.scalar(select(func.count()).select_from(SamplingSite)) == sites
        assert db.scalar(select(func.count()).select_from(QuarantineStay).where(QuarantineStay.state == "active")) \
            == guests
