"""사전 갈등검토목록 sent and taken back (pre_reviews)

A new table only: one row per checklist file sent to a department for a project, with its sent, due, returned and
accepted dates, the checklist settings it was made with and the department's answers. No existing row changes.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 13:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Frozen once released: never edit; add a new revision instead.
    op.create_table('pre_reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('serial', sa.String(length=32), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=False),
    sa.Column('due', sa.Date(), nullable=False),
    sa.Column('returned_on', sa.Date(), nullable=True),
    sa.Column('accepted_on', sa.Date(), nullable=True),
    sa.Column('returned_file', sa.String(length=300), nullable=False),
    sa.Column('checklist', sa.JSON(), nullable=False),
    sa.Column('answers', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'],
                            name=op.f('fk_pre_reviews_department_id_departments'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'],
                            name=op.f('fk_pre_reviews_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pre_reviews')),
    sa.UniqueConstraint('serial', name=op.f('uq_pre_reviews_serial'))
    )
    with op.batch_alter_table('pre_reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pre_reviews_project_id'), ['project_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('pre_reviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pre_reviews_project_id'))
    op.drop_table('pre_reviews')
