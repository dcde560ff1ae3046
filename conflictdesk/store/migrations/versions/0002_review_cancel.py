"""reviews can be cancelled; carried cases keep their grade

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 06:20:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A review whose case stops being key in its round is cancelled with the reason, never deleted.
    with op.batch_alter_table('reviews') as batch:
        batch.add_column(sa.Column('cancelled_on', sa.Date(), nullable=True))
        batch.add_column(sa.Column('cancel_reason', sa.Text(), server_default='', nullable=False))
    # A carried case still waiting for the officer's decision keeps the grade it was carried with
    # (older versions left the confirmed grade empty, so the case vanished from every list).
    op.execute(
        "UPDATE diagnoses SET confirmed_grade = recommended_grade "
        "WHERE carried_over = true AND carry_over IS NULL AND confirmed_grade IS NULL "
        "AND recommended_grade IN (1, 2)"
    )


def downgrade() -> None:
    with op.batch_alter_table('reviews') as batch:
        batch.drop_column('cancel_reason')
        batch.drop_column('cancelled_on')
