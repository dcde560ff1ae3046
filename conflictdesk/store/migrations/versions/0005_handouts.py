"""department workbooks handed out and returned

A new table only (handouts): one row per workbook sent to a department for a round, with its sent, due, returned and
accepted dates. No existing row changes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 10:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Frozen once released: never edit; add a new revision instead.
    op.create_table('handouts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('serial', sa.String(length=32), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=False),
    sa.Column('due', sa.Date(), nullable=False),
    sa.Column('returned_on', sa.Date(), nullable=True),
    sa.Column('accepted_on', sa.Date(), nullable=True),
    sa.Column('returned_file', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'],
                            name=op.f('fk_handouts_department_id_departments'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['round_id'], ['rounds.id'], name=op.f('fk_handouts_round_id_rounds'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handouts')),
    sa.UniqueConstraint('serial', name=op.f('uq_handouts_serial'))
    )
    with op.batch_alter_table('handouts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handouts_department_id'), ['department_id'], unique=False)
        batch_op.create_index('ix_handouts_round_department', ['round_id', 'department_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('handouts', schema=None) as batch_op:
        batch_op.drop_index('ix_handouts_round_department')
        batch_op.drop_index(batch_op.f('ix_handouts_department_id'))
    op.drop_table('handouts')
