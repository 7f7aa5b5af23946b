"""Risk-area services, the public face of the domain: notices in, levels of places and persons at any moment
out. Other domains, the interfaces and the tests call ``areas.service.X``; the work lives beside it:

* ``notices``: draft (parse and resolve), review (settle, reopen), publish, withdraw, read;
* ``replay``: every area's level and history at a moment, lifting by days without a new infection;
* ``residents``: who a level applies to (most specific area containing a home, exceptions honoured),
  as Python rows for a few persons or as one SELECT over the whole population.
"""

from __future__ import annotations

from fangkong.areas.notices import (
    ACTIONS,
    ChangeView,
    NothingRead,
    NoticeView,
    PlaceRow,
    draft_from_changes,
    draft_notice,
    list_notices,
    notice_place_counts,
    notice_view,
    publish,
    published_notice,
    published_notices,
    reopen_place,
    resolve_place,
    review_queue,
    withdraw,
)
from fangkong.areas.replay import Area, Screening, Step, areas_at, place_history, replay
from fangkong.areas.residents import (
    SPECIFICITY,
    Impact,
    PersonLevel,
    person_level,
    persons_affected,
    resident_area_facts,
    resident_area_facts_of,
    resident_levels,
)

__all__ = [
    "ACTIONS", "SPECIFICITY",
    # notices
    "ChangeView", "NoticeView", "NothingRead", "PlaceRow", "draft_from_changes", "draft_notice", "list_notices",
    "notice_place_counts", "notice_view", "publish", "published_notice", "published_notices", "reopen_place",
    "resolve_place", "review_queue", "withdraw",
    # replay
    "Area", "Screening", "Step", "areas_at", "place_history", "replay",
    # residents
    "Impact", "PersonLevel", "person_level", "persons_affected", "resident_area_facts", "resident_area_facts_of",
    "resident_levels",
]
