"""Pool-size advisor: Dorfman's formula, its known values, and what must hold for any prevalence."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.testing import advisor
from fangkong.testing.advisor import AreaPositivity, Assay

prevalence = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)
small_prevalence = st.floats(min_value=1e-5, max_value=0.05, allow_nan=False)
sizes = st.integers(min_value=1, max_value=100)


@given(prevalence)
def test_single_tubes_cost_one_test_per_person(p: float) -> None:
    assert advisor.expected_tests_per_person(p, 1) == 1.0
    assert advisor.option(p, 1).saving == 0.0


@given(prevalence, st.integers(min_value=2, max_value=100))
def test_formula_is_dorfman(p: float, k: int) -> None:
    assert advisor.expected_tests_per_person(p, k) == pytest.approx(1 / k + 1 - (1 - p) ** k)


@given(st.integers(min_value=2, max_value=100), prevalence, prevalence)
def test_more_prevalence_never_means_fewer_tests(k: int, p1: float, p2: float) -> None:
    low, high = sorted((p1, p2))
    assert advisor.expected_tests_per_person(low, k) <= advisor.expected_tests_per_person(high, k) + 1e-12


@given(small_prevalence, small_prevalence)
def test_optimal_size_shrinks_as_prevalence_grows(p1: float, p2: float) -> None:
    low, high = sorted((p1, p2))
    assert advisor.optimal_size(low) >= advisor.optimal_size(high)


@given(prevalence, st.lists(sizes, min_size=1, max_size=6))
def test_best_size_is_never_beaten_by_another_allowed_size(p: float, allowed: list[int]) -> None:
    best = advisor.best_size(p, allowed)
    assert best in allowed
    e_best = advisor.expected_tests_per_person(p, best)
    assert all(e_best <= advisor.expected_tests_per_person(p, k) + 1e-12 for k in allowed)


@given(prevalence)
def test_recommendation_is_safe_and_at_most_one_test_per_person(p: float) -> None:
    rec = advisor.recommend(p, max_safe=10)
    assert rec.size <= 10
    assert rec.tests_per_person <= 1.0 + 1e-12  # single tubes are always allowed
    assert rec.unconstrained_tests_per_person <= rec.tests_per_person + 1e-12


@settings(max_examples=50)
@given(st.integers(min_value=0, max_value=50), st.integers(min_value=0, max_value=5000))
def test_estimates_are_proper_probabilities(positive: int, extra: int) -> None:
    tested = positive + extra
    p = advisor.estimate_prevalence(positive, tested)
    assert 0 < p < 1
    if tested:
        # the Jeffreys mean sits between the raw rate and 1/2
        raw = positive / tested
        assert min(raw, 0.5) - 1e-12 <= p <= max(raw, 0.5) + 1e-12


def test_known_values() -> None:
    # p = 0.1%: unconstrained optimum near 1/sqrt(p) ~ 32 tubes, about 0.063 tests per person.
    assert advisor.optimal_size(0.001) == 32
    assert advisor.expected_tests_per_person(0.001, 32) == pytest.approx(0.0628, abs=1e-4)
    # 10-in-1 at 0.1%: 0.11 tests per person, an 89% saving (a 100,000-tube lab serves ~1,000,000 people).
    assert advisor.expected_tests_per_person(0.001, 10) == pytest.approx(0.110, abs=1e-3)
    assert advisor.option(0.001, 10).saving == pytest.approx(0.89, abs=0.01)
    # 1%: optimum 11, E ~ 0.196; 10%: 4 tubes; above ~30.7% pooling no longer pays.
    assert advisor.optimal_size(0.01) == 11
    assert advisor.expected_tests_per_person(0.01, 11) == pytest.approx(0.1956, abs=1e-3)
    assert advisor.optimal_size(0.1) == 4
    assert advisor.optimal_size(0.35) == 1
    assert advisor.best_size(0.0) == 20  # nothing to find: the largest allowed pool


def test_choice_among_the_usual_sizes() -> None:
    assert advisor.recommend(0.0005).size == 20
    assert advisor.recommend(0.008).size == 10  # 10 beats 20 above ~0.54%
    assert advisor.recommend(0.05).size == 5
    assert advisor.recommend(0.4).size == 1


def test_dilution_caps_the_pool_and_flags_it() -> None:
    # Ct shift of log2(k): a weak positive at Ct 36.7 under a limit of 40 survives pools up to 9.
    assert advisor.ct_shift(8) == 3.0
    assert advisor.max_safe_pool_size(35.0, 40.0) == 32
    assert advisor.max_safe_pool_size(36.7, 40.0) == 9
    assert advisor.max_safe_pool_size(41.0, 40.0) == 0
    rec = advisor.recommend(0.001, max_safe=9)
    assert rec.size == 5  # 10 and 20 would be cheaper, but unsafe
    assert rec.dilution_limited and rec.unconstrained_size == 32
    flags = {o.size: o.safe for o in rec.options}
    assert flags == {1: True, 5: True, 10: False, 20: False}
    assert not advisor.recommend(0.2, max_safe=20).dilution_limited


@given(st.integers(min_value=1, max_value=64), st.integers(min_value=1, max_value=64))
def test_dilution_lowers_sensitivity_as_pools_grow(k1: int, k2: int) -> None:
    assay = Assay(sensitivity=0.98, ct_limit=38.0)
    small, big = sorted((k1, k2))
    assert assay.pool_sensitivity(big) <= assay.pool_sensitivity(small) + 1e-12
    assert advisor.overall_sensitivity(1, assay) == pytest.approx(0.98)
    assert advisor.overall_sensitivity(big, assay) <= 0.98


def test_imperfect_specificity_costs_retests_even_without_positives() -> None:
    assay = Assay(specificity=0.99)
    assert advisor.expected_tests_per_person(0.0, 10, assay) == pytest.approx(0.1 + 0.01)
    assert advisor.expected_tests_per_person(0.0, 10) == pytest.approx(0.1)


def test_pooled_results_give_person_prevalence() -> None:
    # 10 positive pools of 10,000 ten-person pools ~ 0.1% of pools ~ 0.01% of persons.
    p = advisor.prevalence_from_pools(10, 10_000, 10)
    assert p == pytest.approx(1 - (1 - 10.5 / 10_001) ** 0.1)
    assert 0.9e-4 < p < 1.2e-4


def test_advice_per_area_sorted_by_risk() -> None:
    areas = [
        AreaPositivity(1, "小店区", positive=2, tested=20_000),
        AreaPositivity(2, "迎泽区", positive=300, tested=10_000),
        AreaPositivity(3, "晋源区", positive=0, tested=30),  # too few results: keep 10-in-1
        AreaPositivity(4, "尖草坪区", positive=4000, tested=10_000),
    ]
    advice = advisor.advise_areas(areas)
    assert [a.name for a in advice] == ["尖草坪区", "迎泽区", "晋源区", "小店区"]
    by_name = {a.name: a for a in advice}
    assert by_name["小店区"].recommendation.size == 20
    assert by_name["迎泽区"].recommendation.size == 5
    assert by_name["尖草坪区"].recommendation.size == 1
    assert by_name["晋源区"].recommendation.size == 10 and not by_name["晋源区"].enough_data
    assert by_name["迎泽区"].observed_rate == pytest.approx(0.03)
    assert math.isclose(by_name["小店区"].recommendation.prevalence, 2.5 / 20_001)


@pytest.mark.parametrize(("p", "k"), [(-0.1, 10), (1.1, 10), (0.1, 0), (float("nan"), 5)])
def test_bad_input_is_refused(p: float, k: int) -> None:
    with pytest.raises(ValueError):
        advisor.expected_tests_per_person(p, k)


def test_bad_counts_are_refused() -> None:
    with pytest.raises(ValueError):
        advisor.estimate_prevalence(5, 3)
    with pytest.raises(ValueError):
        Assay(sensitivity=0.0)
