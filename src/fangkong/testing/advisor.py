"""Pool-size advisor: Dorfman two-stage pooling (混采), pure functions, no database.

A pool of k swabs is tested once; when it is positive every member is re-tested alone (单采单检).
With person-level prevalence p the expected number of tests per person is

    E(k) = 1/k + P(pool tests positive)            (k >= 2),   E(1) = 1

and with a perfect assay P(pool positive) = 1 - (1 - p)^k. With an imperfect assay (pool
sensitivity se_k, specificity sp) it is se_k * (1 - (1-p)^k) + (1 - sp) * (1-p)^k.

Dilution: pooling k swabs moves a positive's cycle threshold (Ct) up by log2(k). A weak positive
at Ct c stays detectable while c + log2(k) <= the assay's limit, which gives a "max safe pool size"
2^(limit - c). Pools above it are flagged; the recommendation only picks safe sizes.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

ALLOWED_SIZES: tuple[int, ...] = (1, 5, 10, 20)  # single tube, 5-in-1, 10-in-1, 20-in-1
DEFAULT_MAX_SAFE = 20
MAX_POOL = 200  # beyond any real pooling; keeps searches bounded


@dataclass(frozen=True)
class Assay:
    """What the lab's assay can do. Defaults: a perfect test and no dilution model."""

    sensitivity: float = 1.0  # of a single tube
    specificity: float = 1.0  # of a pool (a false positive pool costs k extra tests)
    # Optional dilution model: Ct values of true positives ~ Normal(mean, sd); a pool of k misses
    # those whose Ct + log2(k) exceeds ct_limit. None: dilution does not change sensitivity.
    ct_limit: float | None = None
    positive_ct_mean: float = 28.0
    positive_ct_sd: float = 5.0

    def __post_init__(self) -> None:
        for name in ("sensitivity", "specificity"):
            value = getattr(self, name)
            if not 0.0 < value <= 1.0:
                raise ValueError(f"{name} must be in (0, 1], not {value}")
        if self.positive_ct_sd <= 0:
            raise ValueError("positive_ct_sd must be positive")

    def pool_sensitivity(self, k: int) -> float:
        """Probability that a pool of k holding at least one positive tests positive."""
        if self.ct_limit is None:
            return self.sensitivity
        detectable = _normal_cdf((self.ct_limit - ct_shift(k) - self.positive_ct_mean) / self.positive_ct_sd)
        return self.sensitivity * detectable


PERFECT = Assay()


def _normal_cdf(z: float) -> float:
    return 0.5 * (1.0 + math.erf(z / math.sqrt(2.0)))


def _check(p: float, k: int) -> None:
    if not 0.0 <= p <= 1.0 or math.isnan(p):
        raise ValueError(f"prevalence must be in [0, 1], not {p}")
    if not isinstance(k, int) or k < 1:
        raise ValueError(f"pool size must be a positive integer, not {k!r}")


def ct_shift(k: int) -> float:
    """How far pooling k swabs moves a positive's Ct (each halving of concentration adds one cycle)."""
    if k < 1:
        raise ValueError("pool size must be at least 1")
    return math.log2(k)


def max_safe_pool_size(weak_positive_ct: float, ct_limit: float) -> int:
    """Largest k for which a weak positive (Ct `weak_positive_ct`) stays below the assay's limit."""
    if weak_positive_ct > ct_limit:
        return 0  # not detectable even alone
    # The epsilon keeps exact powers of two (limit - ct = 5 -> 32) from flooring to one less.
    return min(MAX_POOL, max(1, math.floor(2.0 ** (ct_limit - weak_positive_ct) + 1e-9)))


def pool_positive_probability(p: float, k: int, assay: Assay = PERFECT) -> float:
    _check(p, k)
    q = (1.0 - p) ** k
    return assay.pool_sensitivity(k) * (1.0 - q) + (1.0 - assay.specificity) * q


def expected_tests_per_person(p: float, k: int, assay: Assay = PERFECT) -> float:
    """E(k): tests per person under two-stage pooling; 1 for single tubes."""
    _check(p, k)
    if k == 1:
        return 1.0
    return 1.0 / k + pool_positive_probability(p, k, assay)


def overall_sensitivity(k: int, assay: Assay = PERFECT) -> float:
    """Chance that an infected person ends up positive: the pool must catch them, then the re-test."""
    if k == 1:
        return assay.sensitivity
    return assay.pool_sensitivity(k) * assay.sensitivity


@dataclass(frozen=True)
class PoolOption:
    size: int
    tests_per_person: float
    saving: float  # fraction of tests saved against single tubes, 1 - E(k)
    sensitivity: float  # overall, after the re-test
    ct_shift: float
    safe: bool  # size <= max safe pool size


def option(p: float, k: int, *, assay: Assay = PERFECT, max_safe: int = DEFAULT_MAX_SAFE) -> PoolOption:
    e = expected_tests_per_person(p, k, assay)
    return PoolOption(size=k, tests_per_person=e, saving=1.0 - e, sensitivity=overall_sensitivity(k, assay),
                      ct_shift=ct_shift(k), safe=k <= max_safe)


def best_size(p: float, sizes: Iterable[int] = ALLOWED_SIZES, assay: Assay = PERFECT) -> int:
    """The size among `sizes` with the fewest expected tests per person (ties: the smaller pool)."""
    candidates = sorted(set(sizes))
    if not candidates:
        raise ValueError("no pool sizes to choose from")
    return min(candidates, key=lambda k: (round(expected_tests_per_person(p, k, assay), 12), k))


def optimal_size(p: float, max_size: int = MAX_POOL, assay: Assay = PERFECT) -> int:
    """The unconstrained best pool size in 1..max_size (about 1/sqrt(p) for small p)."""
    return best_size(p, range(1, max_size + 1), assay)


@dataclass(frozen=True)
class Recommendation:
    prevalence: float
    size: int  # recommended: the best safe size among the allowed ones
    tests_per_person: float
    saving: float
    unconstrained_size: int  # best size in 1..MAX_POOL, safe or not
    unconstrained_tests_per_person: float
    max_safe: int
    # The unconstrained optimum is above the safe size: bigger pools would save tests, at the cost
    # of missing weak positives (the dilution risk the advisor warns about).
    dilution_limited: bool
    options: tuple[PoolOption, ...] = field(default=())


def recommend(p: float, *, sizes: Sequence[int] = ALLOWED_SIZES, max_safe: int = DEFAULT_MAX_SAFE,
              assay: Assay = PERFECT) -> Recommendation:
    """The pool size to use at prevalence p: the best allowed size not above `max_safe`."""
    if max_safe < 1:
        raise ValueError("max_safe must be at least 1")
    options = tuple(option(p, k, assay=assay, max_safe=max_safe) for k in sorted(set(sizes)))
    safe = [o.size for o in options if o.safe] or [1]
    chosen = best_size(p, safe, assay)
    free = optimal_size(p, assay=assay)
    e = expected_tests_per_person(p, chosen, assay)
    return Recommendation(
        prevalence=p, size=chosen, tests_per_person=e, saving=1.0 - e, unconstrained_size=free,
        unconstrained_tests_per_person=expected_tests_per_person(p, free, assay), max_safe=max_safe,
        dilution_limited=free > max_safe
        and expected_tests_per_person(p, free, assay) < e - 1e-12, options=options,
    )


# ---- from observed positivity to a recommendation per area --------------------------------


def estimate_prevalence(positive: int, tested: int) -> float:
    """Person-level prevalence from counts, as the Jeffreys posterior mean (x + 1/2) / (n + 1).

    A raw 0 / 800 would claim no risk at all and push pools to the largest size; the estimate
    keeps a small prevalence that shrinks as more people test negative."""
    if tested < 0 or positive < 0 or positive > tested:
        raise ValueError(f"need 0 <= positive <= tested, got {positive} / {tested}")
    return (positive + 0.5) / (tested + 1.0)


def prevalence_from_pools(positive_pools: int, pools: int, pool_size: int) -> float:
    """Person-level prevalence from pooled results: a pool is negative when all k members are."""
    if pools <= 0 or not 0 <= positive_pools <= pools or pool_size < 1:
        raise ValueError("need pools > 0, 0 <= positive_pools <= pools, pool_size >= 1")
    pool_rate = (positive_pools + 0.5) / (pools + 1.0)
    return 1.0 - (1.0 - pool_rate) ** (1.0 / pool_size)


@dataclass(frozen=True)
class AreaPositivity:
    area_id: int | str
    name: str
    positive: int
    tested: int


@dataclass(frozen=True)
class AreaAdvice:
    area_id: int | str
    name: str
    positive: int
    tested: int
    observed_rate: float | None  # positive / tested, None when nobody was tested
    recommendation: Recommendation
    enough_data: bool  # tested >= min_tested; otherwise the default size is kept


def advise_areas(areas: Iterable[AreaPositivity], *, sizes: Sequence[int] = ALLOWED_SIZES,
                 max_safe: int = DEFAULT_MAX_SAFE, assay: Assay = PERFECT, min_tested: int = 100,
                 default_size: int = 10) -> list[AreaAdvice]:
    """A recommendation per area from its recent positivity, highest prevalence first.

    Areas with fewer than `min_tested` results keep `default_size` (10-in-1, the usual round), as
    a handful of negatives says little."""
    advice = []
    for area in areas:
        p = estimate_prevalence(area.positive, area.tested)
        rec = recommend(p, sizes=sizes, max_safe=max_safe, assay=assay)
        enough = area.tested >= min_tested
        if not enough and default_size in rec_sizes(rec):
            e = expected_tests_per_person(p, default_size, assay)
            rec = Recommendation(
                prevalence=p, size=default_size, tests_per_person=e, saving=1.0 - e,
                unconstrained_size=rec.unconstrained_size,
                unconstrained_tests_per_person=rec.unconstrained_tests_per_person, max_safe=max_safe,
                dilution_limited=rec.dilution_limited, options=rec.options)
        advice.append(AreaAdvice(
            area_id=area.area_id, name=area.name, positive=area.positive, tested=area.tested,
            observed_rate=area.positive / area.tested if area.tested else None, recommendation=rec,
            enough_data=enough))
    return sorted(advice, key=lambda a: (-a.recommendation.prevalence, str(a.name)))


def rec_sizes(rec: Recommendation) -> list[int]:
    return [o.size for o in rec.options]
