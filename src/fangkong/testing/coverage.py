"""Round coverage (placeholder until the testing core's models land)."""

from __future__ import annotations

from typing import Any

from fangkong.core.scope import Actor
from fangkong.testing.advisor import AreaPositivity


def positivity_by_district(db: Any, actor: Actor) -> list[AreaPositivity]:
    return []
