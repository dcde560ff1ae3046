"""갈등영향분석 per case (impact_analyses)

One row per analysis commissioned for a project: date, analyst (expert pool or a firm), cost (booked on the 용역
budget line), scope, findings, recommended grade and strategy, report file reference. A new table: no row moves.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 10:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Frozen once released: never edit; add a new revision instead.
    op.create_table('impact_analyses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('commissioned_on', sa.Date(), nullable=False),
    sa.Column('analyst_expert_id', sa.Integer(), nullable=True),
    sa.Column('analyst_name', sa.String(length=200), nullable=False),
    sa.Column('cost_won', sa.BigInteger(), nullable=False),
    sa.Column('scope', sa.Text(), nullable=False),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('recommended_grade', sa.Integer(), nullable=True),
    sa.Column('recommended_strategy', sa.Text(), nullable=False),
    sa.Column('report_ref', sa.String(length=500), nullable=False),
    sa.CheckConstraint('cost_won >= 0', name=op.f('ck_impact_analyses_cost_not_negative')),
    sa.CheckConstraint('recommended_grade IS NULL OR recommended_grade BETWEEN 1 AND 3',
                       name=op.f('ck_impact_analyses_recommended_grade')),
    sa.ForeignKeyConstraint(['analyst_expert_id'], ['experts.id'],
                            name=op.f('fk_impact_analyses_analyst_expert_id_experts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'],
                            name=op.f('fk_impact_analyses_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_impact_analyses'))
    )
    with op.batch_alter_table('impact_analyses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_impact_analyses_commissioned_on'), ['commissioned_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_impact_analyses_project_id'), ['project_id'], unique=False)


def downgrade() -> None:
    op.drop_table('impact_analyses')
