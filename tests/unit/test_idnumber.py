from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fangkong.registry import idnumber


def test_standard_example_with_x_check_character() -> None:
    assert idnumber.validate("11010519491231002x") == "11010519491231002X"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("1401051990030712", "18"), ("14010519900230123X", "19900230"), ("140105199003071230", "expected 4"),
     ("990105199003071234", "region"), ("14010519900307123A", "digits")],
)
def test_errors_say_what_is_wrong(text: str, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        idnumber.validate(text)


@given(st.dates(date(1900, 1, 1), date(2022, 12, 31)), st.integers(0, 999))
def test_round_trip_and_every_single_digit_change_is_caught(born: date, sequence: int) -> None:
    number = idnumber.make_number("140105", born, sequence)
    facts = idnumber.facts(number)
    assert facts.birth_date == born and facts.sex == ("M" if sequence % 2 else "F")
    for position in range(17):
        changed = number[:position] + str((int(number[position]) + 1) % 10) + number[position + 1:]
        with pytest.raises(ValueError):
            idnumber.validate(changed)


def test_masks() -> None:
    assert idnumber.mask_id_number("14010519900307123X") == "140105********123X"
    assert idnumber.mask_phone("13812345678") == "138****5678"
    assert idnumber.mask_name("王一博") == "王*博"
