"""panel replacements: a drawn panel member's drop-out (date, reason) and the replacement drawn for them (seed)

panel_applicants gains dropped_on, drop_reason, replaces (the number of the member a replacement took the place of)
and replacement_seed. Existing rows: nobody dropped out, nobody replaced. No row moves.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 13:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Frozen once released: never edit; add a new revision instead.
    with op.batch_alter_table('panel_applicants', schema=None) as batch_op:
        batch_op.add_column(sa.Column('dropped_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('drop_reason', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('replaces', sa.String(length=50), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('replacement_seed', sa.BigInteger(), nullable=True))
    # The defaults only filled the existing rows; the models give every new row its values.
    with op.batch_alter_table('panel_applicants', schema=None) as batch_op:
        for name in ('drop_reason', 'replaces'):
            batch_op.alter_column(name, server_default=None)


def downgrade() -> None:
    with op.batch_alter_table('panel_applicants', schema=None) as batch_op:
        for name in ('replacement_seed', 'replaces', 'drop_reason', 'dropped_on'):
            batch_op.drop_column(name)
