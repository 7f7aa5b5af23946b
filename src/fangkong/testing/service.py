"""Testing services, the domain's public face: the only code that writes the testing tables (sites,
labs, rounds, key groups, schedules, tubes, samples, transport, result files, recalls).

Conventions (as everywhere in Fangkong): every call that touches persons takes an Actor, checks the
role's permission and the jurisdiction, writes the audit log, and never commits (the request or CLI
command owns the transaction). Times come from `fangkong.core.clock` unless passed in.

The work lives in the modules beside this one, in the order of 采、送、检、报 (sample, send, test, report);
other domains, pages, CLIs and tests call it through here (`testing.service.X`):

Sites, labs (testing.sites)
  create_site, list_sites, sampler_site, create_lab, list_labs, lab_for_actor, lab_load, parse_pool_sizes
Rounds, key groups, schedules (testing.rounds)
  create_round, create_sealed_area_rounds, get_round, list_rounds, round_places,
  assign_key_group, key_groups_of, set_schedule, list_schedules
  round_members(round_id)      -> (person_id)
  sampled_in_round(round_id)   -> (person_id, sampled_at)
Sampling (testing.sampling)
  open_tube, add_sample, seal_tube, get_tube, open_tubes, tube_members, register_samples_bulk,
  samples_of (a person's samples in a window, for a case's trajectory), late_rounds (补采: rounds
  closed earlier today), remove_sample (a wrong scan out of an open tube, with a reason)
Transport (testing.transport)
  box_tubes, send_batch, receive_batch, batches, batch_sites, site_transport, unboxable
Results (testing.results; the whole import with its consequences is `flows.import_result_file`)
  import_results (raises ResultFileRefused with a per-row report), create_recalls_for_file,
  close_recalls_for_file, positive_singles_of_file, persons_of_file
Facts for the health-code rules (testing.facts: SQLAlchemy Selects, set-based; column names are a contract)
  pool_positive_facts(now)     -> (person_id, since, tube_barcode)
  positive_single_facts(now)   -> (person_id, since, tube_barcode)
  overdue_test_facts(now)      -> (person_id, due_since, reason_zh, reason_en, kind, what_zh, what_en)
Lists and dashboards (testing.reports)
  recalls, turnaround, overdue_results, latest_tests(db, person_ids) -> {person_id: LatestTest}
Policy and shared pieces (testing.common)
  testing_policy, normalize_barcode, POOL_SIZES, KEY_GROUP_TARGET_HOURS, DEFAULT_TARGET_HOURS, OVERDUE_ROUND_DAYS

The registry's person table is read (never written) in set-based selects: round membership, the
place a recall is listed under, persons by identity number. Everything else goes through
`fangkong.registry.service`.
"""

from __future__ import annotations

from fangkong.testing.common import (
    DEFAULT_TARGET_HOURS,
    KEY_GROUP_TARGET_HOURS,
    OVERDUE_ROUND_DAYS,
    POOL_SIZES,
    normalize_barcode,
    testing_policy,
)
from fangkong.testing.deciding import tests_in_tubes
from fangkong.testing.facts import overdue_test_facts, pool_positive_facts, positive_single_facts, shift_days
from fangkong.testing.reports import (
    LatestTest,
    OverdueTube,
    RecallView,
    StepTimes,
    Turnaround,
    latest_tests,
    overdue_results,
    recalls,
    turnaround,
)
from fangkong.testing.results import (
    MAX_RESULT_FILE_BYTES,
    ImportReport,
    PositiveSingle,
    ResultFileRefused,
    close_recalls_for_file,
    create_recalls_for_file,
    import_results,
    persons_of_file,
    positive_singles_of_file,
)
from fangkong.testing.rounds import (
    assign_key_group,
    close_round,
    create_round,
    create_sealed_area_rounds,
    get_round,
    key_groups_of,
    list_rounds,
    list_schedules,
    round_members,
    round_places,
    sampled_in_round,
    set_schedule,
)
from fangkong.testing.sampling import (
    PURPOSES,
    REMOVAL_REASONS,
    BulkRegistration,
    SampleAdded,
    SampledToday,
    TubeView,
    add_sample,
    get_tube,
    late_rounds,
    open_tube,
    open_tubes,
    register_samples_bulk,
    remove_sample,
    samples_of,
    seal_tube,
    tube_members,
)
from fangkong.testing.sites import (
    LabLoad,
    create_lab,
    create_site,
    lab_for_actor,
    lab_load,
    list_labs,
    list_sites,
    parse_hours,
    parse_pool_sizes,
    sampler_site,
    set_site_hours,
)
from fangkong.testing.transport import (
    SiteTransport,
    batch_sites,
    batches,
    box_tubes,
    receive_batch,
    send_batch,
    site_transport,
    unboxable,
)

__all__ = [
    # common
    "DEFAULT_TARGET_HOURS", "KEY_GROUP_TARGET_HOURS", "OVERDUE_ROUND_DAYS", "POOL_SIZES", "normalize_barcode",
    "testing_policy",
    # sites
    "LabLoad", "create_lab", "create_site", "lab_for_actor", "lab_load", "list_labs", "list_sites",
    "parse_pool_sizes", "sampler_site", "parse_hours", "set_site_hours",
    # rounds
    "assign_key_group", "close_round", "create_round", "create_sealed_area_rounds", "get_round", "key_groups_of",
    "list_rounds",
    "list_schedules", "round_members", "round_places", "sampled_in_round", "set_schedule",
    # sampling
    "BulkRegistration", "SampleAdded", "TubeView", "add_sample", "get_tube", "open_tube", "open_tubes",
    "register_samples_bulk", "samples_of", "seal_tube", "tube_members",
    "PURPOSES", "REMOVAL_REASONS", "SampledToday", "late_rounds", "remove_sample", "tests_in_tubes",
    # transport
    "SiteTransport", "batch_sites", "batches", "box_tubes", "receive_batch", "send_batch", "site_transport",
    "unboxable",
    # results
    "MAX_RESULT_FILE_BYTES", "ImportReport", "PositiveSingle", "ResultFileRefused", "close_recalls_for_file",
    "create_recalls_for_file", "import_results", "persons_of_file", "positive_singles_of_file",
    # facts
    "overdue_test_facts", "pool_positive_facts", "positive_single_facts", "shift_days",
    # reports
    "LatestTest", "OverdueTube", "RecallView", "StepTimes", "Turnaround", "latest_tests", "overdue_results",
    "recalls", "turnaround",
]
