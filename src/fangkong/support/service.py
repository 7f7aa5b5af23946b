"""Support services (服务保障): vulnerable residents and daily checks, help requests with timers and
escalation, the medical emergency records, emergency access plans, group orders and gate duty.

The work lives in helper modules beside this one; other domains and the interfaces call `support.service`.
Every function takes an Actor, checks permission and jurisdiction, audits, takes time from core.clock and
never commits."""

from __future__ import annotations

from fangkong.support.access import (
    Unplanned,
    compounds_without_plan,
    plan_of,
    record_use,
    save_plan,
    save_team,
    team_of,
    warn_on_publish,
    warnings_for_notice,
)
from fangkong.support.common import SupportPolicy, sealed_areas, support_policy
from fangkong.support.emergency import escalate_emergency, link_transfer, record_admission, record_refusal
from fangkong.support.gates import ShiftRow, add_shift, check_in, missed_shifts, on_duty_now, rota, swap
from fangkong.support.orders import (
    OrderView,
    add_line,
    confirm_receipt,
    create_order,
    deliver_unit,
    export_xlsx,
    mark_arrived,
    order_view,
    orders_for,
)
from fangkong.support.requests import (
    OPEN_STATES,
    DistrictFigures,
    RequestRow,
    accept,
    confirm,
    deliver,
    escalate_overdue,
    file_request,
    get_request,
    live_emergencies,
    my_requests,
    overview,
    priority_for,
    requests_in_scope,
    start,
)
from fangkong.support.vulnerable import (
    CategoryImport,
    TaskRow,
    VulnerableRow,
    import_categories,
    open_tasks,
    record_check,
    remove_category,
    set_category,
    sweep_missed_checks,
    vulnerable_list,
)

__all__ = [
    "CategoryImport", "import_categories",
    "OPEN_STATES", "DistrictFigures", "OrderView", "RequestRow", "ShiftRow", "SupportPolicy", "TaskRow", "Unplanned",
    "VulnerableRow", "accept", "add_line", "add_shift", "check_in", "compounds_without_plan", "confirm",
    "confirm_receipt", "create_order", "deliver", "deliver_unit", "escalate_emergency", "escalate_overdue",
    "export_xlsx", "file_request", "get_request", "link_transfer", "live_emergencies", "mark_arrived",
    "missed_shifts", "my_requests", "on_duty_now", "open_tasks", "order_view", "orders_for", "overview", "plan_of",
    "priority_for", "record_admission", "record_check", "record_refusal", "record_use", "remove_category",
    "requests_in_scope", "rota", "save_plan", "save_team", "sealed_areas", "set_category", "start",
    "support_policy", "swap", "sweep_missed_checks", "team_of", "vulnerable_list", "warn_on_publish",
    "warnings_for_notice",
]
