"""Imports every domain's tables so the metadata is complete (migrations, tests)."""

from fangkong.core import models as core_models  # noqa: F401
from fangkong.core.db import Base
from fangkong.registry import models as registry_models  # noqa: F401

metadata = Base.metadata
