"""An infection ends: `fangkong cases record` makes the person's code red with the case as its reason,
`fangkong cases discharge` ends that reason (the code follows in the same transaction); a second
discharge, a discharge before the report or in the future and an unknown case are refused. Both
databases."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from fangkong.cli import app
from fangkong.codes import service as codes
from fangkong.core import clock
from fangkong.core.db import get_engine
from fangkong.core.scope import Actor
from fangkong.registry.models import Person

NOW = datetime(2022, 12, 20, 10, 0)
runner = CliRunner()


@pytest.fixture
def frozen() -> Iterator[None]:
    clock.set_clock(NOW)
    yield
    clock.set_clock(None)


def cli(url: str, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--database", url])
    return result.exit_code, result.output


def infection_rules(url: str, epidemiologist: Actor, person_id: int) -> tuple[str, list[str]]:
    with Session(get_engine(url)) as db:
        view = codes.current_code(db, epidemiologist, person_id)
        db.commit()  # the read is audited
    return view.colour, [r.rule for r in view.reasons]


def test_a_discharged_case_no_longer_makes_the_code_red(city_url: str, frozen: None, epidemiologist: Actor) -> None:
    with Session(get_engine(city_url)) as db:
        person_id = db.scalar(select(Person.id).order_by(Person.id.desc()).limit(1))
    assert person_id is not None
    code, output = cli(city_url, "cases", "record", str(person_id), "--kind", "confirmed", "--at", "2022-12-10T09:00")
    assert code == 0, output
    case_id = re.search(r"case #(\d+)", output).group(1)  # type: ignore[union-attr]
    colour, rules = infection_rules(city_url, epidemiologist, person_id)
    assert colour == "red" and "infection" in rules

    code, output = cli(city_url, "cases", "discharge", case_id, "--at", "2022-12-09T09:00")
    assert code == 1 and "早于报告时间" in output  # before the report
    code, output = cli(city_url, "cases", "discharge", case_id, "--at", "2022-12-21T09:00")
    assert code == 1 and "晚于现在" in output  # not yet
    assert infection_rules(city_url, epidemiologist, person_id)[0] == "red"  # nothing written

    code, output = cli(city_url, "cases", "discharge", case_id, "--at", "2022-12-18T10:00")
    assert code == 0 and "discharged" in output, output
    colour, rules = infection_rules(city_url, epidemiologist, person_id)
    assert "infection" not in rules and colour != "red"

    code, output = cli(city_url, "cases", "discharge", case_id, "--at", "2022-12-19T10:00")
    assert code == 1 and "已于 2022-12-18 10:00 出院" in output
    code, output = cli(city_url, "cases", "discharge", "999999999", "--at", "2022-12-19T10:00")
    assert code == 1 and "病例不存在" in output
