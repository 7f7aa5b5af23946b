"""Imports every domain's tables so the metadata is complete (migrations, tests)."""

from fangkong.areas import models as areas_models  # noqa: F401
from fangkong.codes import models as codes_models  # noqa: F401
from fangkong.core import models as core_models  # noqa: F401
from fangkong.core.db import Base
from fangkong.isolation import models as isolation_models  # noqa: F401
from fangkong.registry import models as registry_models  # noqa: F401
from fangkong.testing import models as testing_models  # noqa: F401
from fangkong.tracing import models as tracing_models  # noqa: F401

metadata = Base.metadata
