"""deliberation process (공론화 추진): per item its budget plan, events per phase, spending, 권고안 recommendations

Four new tables; no row moves.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 12:30:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def _process_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(['process_id'], ['deliberation_processes.id'],
                                   name=op.f(f'fk_{table}_process_id_deliberation_processes'), ondelete='CASCADE')


def upgrade() -> None:
    # Frozen once released: never edit; add a new revision instead.
    op.create_table('deliberation_processes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('annual_won', sa.BigInteger(), nullable=False),
    sa.Column('q1_won', sa.BigInteger(), nullable=False),
    sa.Column('q2_won', sa.BigInteger(), nullable=False),
    sa.Column('q3_won', sa.BigInteger(), nullable=False),
    sa.Column('q4_won', sa.BigInteger(), nullable=False),
    sa.Column('regions', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('annual_won >= 0 AND q1_won >= 0 AND q2_won >= 0 AND q3_won >= 0 AND q4_won >= 0',
                       name=op.f('ck_deliberation_processes_plan_not_negative')),
    sa.ForeignKeyConstraint(['item_id'], ['deliberation_items.id'],
                            name=op.f('fk_deliberation_processes_item_id_deliberation_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deliberation_processes')),
    sa.UniqueConstraint('item_id', name=op.f('uq_deliberation_processes_item_id'))
    )

    op.create_table('process_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('process_id', sa.Integer(), nullable=False),
    sa.Column('phase', sa.String(length=20), nullable=False),
    sa.Column('region', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('planned_on', sa.Date(), nullable=True),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('attendance', sa.Integer(), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint("phase IN ('survey', 'panel', 'education', 'regional', 'future', 'citizen', 'recommendation')",
                       name=op.f('ck_process_events_phase_known')),
    sa.CheckConstraint('attendance IS NULL OR attendance >= 0',
                       name=op.f('ck_process_events_attendance_not_negative')),
    _process_fk('process_events'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_process_events'))
    )
    with op.batch_alter_table('process_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_process_events_process_id'), ['process_id'], unique=False)

    op.create_table('process_recommendations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('process_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('answer', sa.String(length=10), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=100), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.CheckConstraint("answer IS NULL OR answer IN ('accept', 'partial', 'reject')",
                       name=op.f('ck_process_recommendations_answer_known')),
    sa.CheckConstraint("status IN ('planned', 'in_progress', 'done', 'dropped')",
                       name=op.f('ck_process_recommendations_status_known')),
    _process_fk('process_recommendations'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_process_recommendations'))
    )
    with op.batch_alter_table('process_recommendations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_process_recommendations_process_id'), ['process_id'], unique=False)

    op.create_table('process_spendings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('process_id', sa.Integer(), nullable=False),
    sa.Column('spent_on', sa.Date(), nullable=False),
    sa.Column('amount_won', sa.BigInteger(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.CheckConstraint('amount_won > 0', name=op.f('ck_process_spendings_amount_positive')),
    _process_fk('process_spendings'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_process_spendings'))
    )
    with op.batch_alter_table('process_spendings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_process_spendings_process_id'), ['process_id'], unique=False)


def downgrade() -> None:
    op.drop_table('process_spendings')
    op.drop_table('process_recommendations')
    op.drop_table('process_events')
    op.drop_table('deliberation_processes')
