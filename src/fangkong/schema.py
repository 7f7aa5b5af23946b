"""Imports every domain's tables so the metadata is complete (migrations, tests): found by convention."""

from fangkong.core.db import Base
from fangkong.domains import import_all_models

import_all_models()
metadata = Base.metadata
