"""codes: the scan log and tracing's copy partitioned by day on PostgreSQL (decision 0013); SQLite unchanged

Revision ID: 0016
Revises: 0015
"""

from collections.abc import Sequence
from datetime import date, timedelta

from alembic import op

from fangkong.codes import partitions
from fangkong.core import clock

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MAX_DAYS = 400  # days of existing rows given their own partition; anything older waits in the default one

_SCAN = """CREATE TABLE scan (
    id BIGINT NOT NULL DEFAULT nextval('scan_id_seq'::regclass),
    venue_id INTEGER NOT NULL,
    checked_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    received_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    subject VARCHAR(32),
    person_id INTEGER,
    colour VARCHAR(8) NOT NULL,
    result VARCHAR(8) NOT NULL,
    method VARCHAR(8) NOT NULL,
    account_id INTEGER,
    CONSTRAINT pk_scan PRIMARY KEY (id, checked_at)
) PARTITION BY RANGE (checked_at)"""
_SCAN_COLUMNS = "id, venue_id, checked_at, received_at, subject, person_id, colour, result, method, account_id"

_VISIT = """CREATE TABLE scan_visit (
    scan_id BIGINT NOT NULL,
    person_id INTEGER NOT NULL,
    venue_id INTEGER NOT NULL,
    checked_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    CONSTRAINT pk_scan_visit PRIMARY KEY (scan_id, checked_at)
) PARTITION BY RANGE (checked_at)"""
_VISIT_COLUMNS = "scan_id, person_id, venue_id, checked_at"


def _days(connection, table: str) -> list[date]:  # noqa: ANN001
    low, high = connection.exec_driver_sql(f"SELECT min(checked_at), max(checked_at) FROM {table}").one()
    if low is None:
        return []
    first = max(low.date(), high.date() - timedelta(days=MAX_DAYS))
    return [first + timedelta(days=n) for n in range((high.date() - first).days + 1)]


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return  # SQLite keeps the plain tables (retention: scanlog.purge_scans deletes by time)
    op.execute("ALTER TABLE scan RENAME TO scan_unpartitioned")
    op.execute("ALTER TABLE scan_unpartitioned RENAME CONSTRAINT pk_scan TO pk_scan_unpartitioned")
    op.execute("ALTER INDEX ix_scan_checked_at RENAME TO ix_scan_unpartitioned_checked_at")
    op.execute("ALTER TABLE scan_visit RENAME TO scan_visit_unpartitioned")
    op.execute("ALTER TABLE scan_visit_unpartitioned RENAME CONSTRAINT pk_scan_visit TO pk_scan_visit_unpartitioned")
    op.execute("ALTER INDEX ix_scan_visit_person_at RENAME TO ix_scan_visit_unpartitioned_person_at")
    op.execute("ALTER INDEX ix_scan_visit_venue_at RENAME TO ix_scan_visit_unpartitioned_venue_at")
    op.execute(_SCAN)
    op.execute("ALTER SEQUENCE scan_id_seq OWNED BY scan.id")  # before the old table (and its sequence) goes
    op.execute("CREATE INDEX ix_scan_checked_at ON scan (checked_at)")
    op.execute(_VISIT)
    op.execute("CREATE INDEX ix_scan_visit_person_at ON scan_visit (person_id, checked_at)")
    op.execute("CREATE INDEX ix_scan_visit_venue_at ON scan_visit (venue_id, checked_at)")
    partitions.create_parents(connection)
    days = set(_days(connection, "scan_unpartitioned")) | set(_days(connection, "scan_visit_unpartitioned"))
    today = clock.now().date()
    days |= {today + timedelta(days=n) for n in range(-1, partitions.AHEAD_DAYS + 1)}
    partitions.ensure_days(connection, days)
    op.execute(f"INSERT INTO scan ({_SCAN_COLUMNS}) SELECT {_SCAN_COLUMNS} FROM scan_unpartitioned")
    op.execute(f"INSERT INTO scan_visit ({_VISIT_COLUMNS}) SELECT {_VISIT_COLUMNS} FROM scan_visit_unpartitioned")
    op.execute("DROP TABLE scan_unpartitioned")
    op.execute("DROP TABLE scan_visit_unpartitioned")
    op.execute("ANALYZE scan")
    op.execute("ANALYZE scan_visit")


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE scan RENAME TO scan_partitioned")
    op.execute("ALTER TABLE scan_partitioned RENAME CONSTRAINT pk_scan TO pk_scan_partitioned")
    op.execute("ALTER INDEX ix_scan_checked_at RENAME TO ix_scan_partitioned_checked_at")
    op.execute("ALTER TABLE scan_visit RENAME TO scan_visit_partitioned")
    op.execute("ALTER TABLE scan_visit_partitioned RENAME CONSTRAINT pk_scan_visit TO pk_scan_visit_partitioned")
    op.execute("ALTER INDEX ix_scan_visit_person_at RENAME TO ix_scan_visit_partitioned_person_at")
    op.execute("ALTER INDEX ix_scan_visit_venue_at RENAME TO ix_scan_visit_partitioned_venue_at")
    op.execute(_SCAN.replace("CONSTRAINT pk_scan PRIMARY KEY (id, checked_at)", "CONSTRAINT pk_scan PRIMARY KEY (id)")
               .replace(" PARTITION BY RANGE (checked_at)", ""))
    op.execute("ALTER SEQUENCE scan_id_seq OWNED BY scan.id")
    op.execute(f"INSERT INTO scan ({_SCAN_COLUMNS}) SELECT {_SCAN_COLUMNS} FROM scan_partitioned")
    op.execute("CREATE INDEX ix_scan_checked_at ON scan (checked_at)")
    op.execute(_VISIT.replace("PRIMARY KEY (scan_id, checked_at)", "PRIMARY KEY (scan_id)")
               .replace(" PARTITION BY RANGE (checked_at)", ""))
    op.execute(f"INSERT INTO scan_visit ({_VISIT_COLUMNS}) SELECT {_VISIT_COLUMNS} FROM scan_visit_partitioned")
    op.execute("CREATE INDEX ix_scan_visit_person_at ON scan_visit (person_id, checked_at)")
    op.execute("CREATE INDEX ix_scan_visit_venue_at ON scan_visit (venue_id, checked_at)")
    op.execute("DROP TABLE scan_partitioned")
    op.execute("DROP TABLE scan_visit_partitioned")
    op.execute(f"DROP SCHEMA {partitions.SCHEMA} CASCADE")
