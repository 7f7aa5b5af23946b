"""Testing tables: sites, rounds, schedules, tubes, samples, batches, labs, results, recalls, coverage notes."""

from __future__ import annotations

from fangkong.core.db import Base  # noqa: F401
