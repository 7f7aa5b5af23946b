"""Health codes and the facts they read: stored codes and reasons, runs, subjects, overrides,
declarations (codes); close and secondary contacts (tracing); quarantine stays (isolation).

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('code_reason',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=48), nullable=False),
    sa.Column('fact_kind', sa.String(length=32), nullable=False),
    sa.Column('sub', sa.String(length=16), nullable=False),
    sa.Column('fact_ref', sa.String(length=64), nullable=False),
    sa.Column('since', sa.DateTime(), nullable=False),
    sa.Column('until', sa.DateTime(), nullable=True),
    sa.Column('severity', sa.SmallInteger(), nullable=False),
    sa.Column('popup', sa.Boolean(), nullable=False),
    sa.Column('sets_colour', sa.Boolean(), nullable=False),
    sa.Column('note_zh', sa.String(length=300), nullable=False),
    sa.Column('note_en', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_code_reason'))
    )
    with op.batch_alter_table('code_reason', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_code_reason_person_id'), ['person_id'], unique=False)

    op.create_table('code_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('as_of', sa.DateTime(), nullable=False),
    sa.Column('scope', sa.String(length=8), nullable=False),
    sa.Column('policy_key', sa.String(length=64), nullable=False),
    sa.Column('persons', sa.Integer(), nullable=False),
    sa.Column('non_green', sa.Integer(), nullable=False),
    sa.Column('seconds', sa.Float(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_code_run'))
    )
    with op.batch_alter_table('code_run', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_code_run_as_of'), ['as_of'], unique=False)

    op.create_table('code_subject',
    sa.Column('subject', sa.String(length=32), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('subject', name=op.f('pk_code_subject')),
    sa.UniqueConstraint('person_id', name=op.f('uq_code_subject_person_id'))
    )
    op.create_table('health_code',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('severity', sa.SmallInteger(), nullable=False),
    sa.Column('popup', sa.Boolean(), nullable=False),
    sa.Column('reasons', sa.Integer(), nullable=False),
    sa.Column('since', sa.DateTime(), nullable=False),
    sa.Column('computed_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('person_id', name=op.f('pk_health_code'))
    )
    with op.batch_alter_table('health_code', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_health_code_severity'), ['severity'], unique=False)

    op.create_table('code_declaration',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('from_city', sa.String(length=100), nullable=False),
    sa.Column('from_risk_area', sa.Boolean(), nullable=False),
    sa.Column('arrival_at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('declared_by', sa.String(length=64), nullable=False),
    sa.Column('declared_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_code_declaration_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_code_declaration'))
    )
    with op.batch_alter_table('code_declaration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_code_declaration_arrival_at'), ['arrival_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_code_declaration_person_id'), ['person_id'], unique=False)

    op.create_table('code_override',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('colour', sa.String(length=8), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('requested_by', sa.String(length=64), nullable=False),
    sa.Column('requested_at', sa.DateTime(), nullable=False),
    sa.Column('decided_by', sa.String(length=64), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('decision_note', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_code_override_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_code_override'))
    )
    with op.batch_alter_table('code_override', schema=None) as batch_op:
        batch_op.create_index('ix_code_override_person_state', ['person_id', 'state'], unique=False)
        batch_op.create_index(batch_op.f('ix_code_override_state'), ['state'], unique=False)

    op.create_table('quarantine_stay',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('start_at', sa.DateTime(), nullable=False),
    sa.Column('end_at', sa.DateTime(), nullable=True),
    sa.Column('site', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('recorded_by', sa.String(length=64), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_quarantine_stay_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quarantine_stay'))
    )
    with op.batch_alter_table('quarantine_stay', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quarantine_stay_end_at'), ['end_at'], unique=False)
        batch_op.create_index('ix_quarantine_stay_person_start', ['person_id', 'start_at'], unique=False)

    op.create_table('contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('via_contact_id', sa.Integer(), nullable=True),
    sa.Column('exposure_at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('recorded_by', sa.String(length=64), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_report.id'], name=op.f('fk_contact_case_id_case_report')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_contact_person_id_person')),
    sa.ForeignKeyConstraint(['via_contact_id'], ['contact.id'], name=op.f('fk_contact_via_contact_id_contact')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_exposure_at'), ['exposure_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_person_id'), ['person_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_person_id'))
        batch_op.drop_index(batch_op.f('ix_contact_exposure_at'))
        batch_op.drop_index(batch_op.f('ix_contact_case_id'))

    op.drop_table('contact')
    with op.batch_alter_table('quarantine_stay', schema=None) as batch_op:
        batch_op.drop_index('ix_quarantine_stay_person_start')
        batch_op.drop_index(batch_op.f('ix_quarantine_stay_end_at'))

    op.drop_table('quarantine_stay')
    with op.batch_alter_table('code_override', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_code_override_state'))
        batch_op.drop_index('ix_code_override_person_state')

    op.drop_table('code_override')
    with op.batch_alter_table('code_declaration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_code_declaration_person_id'))
        batch_op.drop_index(batch_op.f('ix_code_declaration_arrival_at'))

    op.drop_table('code_declaration')
    with op.batch_alter_table('health_code', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_health_code_severity'))

    op.drop_table('health_code')
    op.drop_table('code_subject')
    with op.batch_alter_table('code_run', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_code_run_as_of'))

    op.drop_table('code_run')
    with op.batch_alter_table('code_reason', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_code_reason_person_id'))

    op.drop_table('code_reason')
