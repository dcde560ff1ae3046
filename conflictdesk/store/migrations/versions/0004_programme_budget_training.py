"""programme budget lines and spendings, training details and attendances

The yearly allowance budget (allowance_budgets) becomes the 수당 line of the programme budget (budget_lines): every row
is copied, then the old table is dropped. Training sessions gain place, hours, instructor, cost and materials, and
their attendees per department (training_attendances).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 07:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Frozen once released: never edit; add a new revision instead.
    op.create_table('budget_lines',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('line', sa.String(length=20), nullable=False),
    sa.Column('annual_won', sa.BigInteger(), nullable=False),
    sa.Column('q1_won', sa.BigInteger(), nullable=False),
    sa.Column('q2_won', sa.BigInteger(), nullable=False),
    sa.Column('q3_won', sa.BigInteger(), nullable=False),
    sa.Column('q4_won', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('year', 'line', name=op.f('pk_budget_lines'))
    )
    op.execute("INSERT INTO budget_lines (year, line, annual_won, q1_won, q2_won, q3_won, q4_won) "
               "SELECT year, '수당', annual_won, q1_won, q2_won, q3_won, q4_won FROM allowance_budgets")
    op.drop_table('allowance_budgets')
    op.create_table('budget_spendings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('line', sa.String(length=20), nullable=False),
    sa.Column('spent_on', sa.Date(), nullable=False),
    sa.Column('amount_won', sa.BigInteger(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.CheckConstraint('amount_won > 0', name=op.f('ck_budget_spendings_amount_positive')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_budget_spendings'))
    )
    with op.batch_alter_table('budget_spendings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_budget_spendings_spent_on'), ['spent_on'], unique=False)

    with op.batch_alter_table('training_sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('place', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('hours', sa.Float(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('instructor_expert_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('instructor_name', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('cost_won', sa.BigInteger(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('materials', sa.Text(), nullable=False, server_default=''))
        batch_op.create_foreign_key(batch_op.f('fk_training_sessions_instructor_expert_id_experts'), 'experts',
                                    ['instructor_expert_id'], ['id'], ondelete='SET NULL')
        batch_op.create_check_constraint(batch_op.f('ck_training_sessions_cost_not_negative'), 'cost_won >= 0')
    # The defaults only filled the existing rows; the models give every new row its values.
    with op.batch_alter_table('training_sessions', schema=None) as batch_op:
        for name in ('place', 'hours', 'instructor_name', 'cost_won', 'materials'):
            batch_op.alter_column(name, server_default=None)

    op.create_table('training_attendances',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('names', sa.Text(), nullable=False),
    sa.CheckConstraint('count > 0', name=op.f('ck_training_attendances_count_positive')),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'],
                            name=op.f('fk_training_attendances_department_id_departments'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['session_id'], ['training_sessions.id'],
                            name=op.f('fk_training_attendances_session_id_training_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_attendances'))
    )
    with op.batch_alter_table('training_attendances', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_attendances_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_attendances_session_id'), ['session_id'], unique=False)


def downgrade() -> None:
    op.drop_table('training_attendances')
    with op.batch_alter_table('training_sessions', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_training_sessions_cost_not_negative'), type_='check')
        batch_op.drop_constraint(batch_op.f('fk_training_sessions_instructor_expert_id_experts'), type_='foreignkey')
        for name in ('materials', 'cost_won', 'instructor_name', 'instructor_expert_id', 'hours', 'place'):
            batch_op.drop_column(name)
    op.drop_table('budget_spendings')
    op.create_table('allowance_budgets',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('annual_won', sa.BigInteger(), nullable=False),
    sa.Column('q1_won', sa.BigInteger(), nullable=False),
    sa.Column('q2_won', sa.BigInteger(), nullable=False),
    sa.Column('q3_won', sa.BigInteger(), nullable=False),
    sa.Column('q4_won', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_allowance_budgets'))
    )
    op.execute("INSERT INTO allowance_budgets (year, annual_won, q1_won, q2_won, q3_won, q4_won) "
               "SELECT year, annual_won, q1_won, q2_won, q3_won, q4_won FROM budget_lines WHERE line = '수당'")
    op.drop_table('budget_lines')
