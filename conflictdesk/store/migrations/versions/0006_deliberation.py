"""deliberation (공론화): agenda items with thresholds, petition counts, drawn citizens' panels

The old deliberation_candidates rows become agenda items (a candidate linked to a project is a referral from that
case, one without a project a 시장 요구), with the default thresholds; then the old table is dropped.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 10:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Frozen once released: never edit; add a new revision instead.
    op.create_table('deliberation_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('reference', sa.String(length=200), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=True),
    sa.Column('support_threshold', sa.Integer(), nullable=False),
    sa.Column('window_days', sa.Integer(), nullable=False),
    sa.Column('explain_threshold', sa.Integer(), nullable=False),
    sa.Column('explain_days', sa.Integer(), nullable=False),
    sa.Column('explain_given', sa.Date(), nullable=True),
    sa.Column('explain_text', sa.Text(), nullable=False),
    sa.Column('decision', sa.String(length=10), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("decision IS NULL OR decision IN ('go', 'no_go')",
                       name=op.f('ck_deliberation_items_decision_known')),
    sa.CheckConstraint("source IN ('petition', 'council', 'mayor', 'case')",
                       name=op.f('ck_deliberation_items_source_known')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_deliberation_items_project_id_projects'),
                            ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deliberation_items'))
    )
    with op.batch_alter_table('deliberation_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deliberation_items_opened_on'), ['opened_on'], unique=False)

    op.create_table('petition_counts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.CheckConstraint('count >= 0', name=op.f('ck_petition_counts_count_not_negative')),
    sa.ForeignKeyConstraint(['item_id'], ['deliberation_items.id'],
                            name=op.f('fk_petition_counts_item_id_deliberation_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_petition_counts')),
    sa.UniqueConstraint('item_id', 'as_of', name=op.f('uq_petition_counts_item_id'))
    )
    with op.batch_alter_table('petition_counts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_petition_counts_item_id'), ['item_id'], unique=False)

    op.create_table('citizen_panels',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('seed', sa.BigInteger(), nullable=False),
    sa.Column('algorithm', sa.String(length=20), nullable=False),
    sa.Column('library_version', sa.String(length=40), nullable=False),
    sa.Column('input_hash', sa.String(length=64), nullable=False),
    sa.Column('quotas', sa.JSON(), nullable=False),
    sa.Column('drawn_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('size > 0', name=op.f('ck_citizen_panels_size_positive')),
    sa.ForeignKeyConstraint(['item_id'], ['deliberation_items.id'],
                            name=op.f('fk_citizen_panels_item_id_deliberation_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_citizen_panels')),
    sa.UniqueConstraint('item_id', 'kind', name=op.f('uq_citizen_panels_item_id'))
    )
    with op.batch_alter_table('citizen_panels', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_citizen_panels_item_id'), ['item_id'], unique=False)

    op.create_table('panel_applicants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('panel_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=50), nullable=False),
    sa.Column('categories', sa.JSON(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('probability', sa.Float(), nullable=False),
    sa.Column('selected', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['panel_id'], ['citizen_panels.id'],
                            name=op.f('fk_panel_applicants_panel_id_citizen_panels'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_panel_applicants')),
    sa.UniqueConstraint('panel_id', 'number', name=op.f('uq_panel_applicants_panel_id'))
    )
    with op.batch_alter_table('panel_applicants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_panel_applicants_panel_id'), ['panel_id'], unique=False)

    # Every old candidate becomes an item (never lose rows): with a project it was referred from that case.
    op.execute(
        "INSERT INTO deliberation_items (id, title, source, opened_on, reference, project_id, support_threshold, "
        "window_days, explain_threshold, explain_days, explain_text, decision_reason, note, created_at) "
        "SELECT id, title, CASE WHEN project_id IS NULL THEN 'mayor' ELSE 'case' END, proposed_on, '', project_id, "
        "6000, 30, 3000, 30, '', '', note, CURRENT_TIMESTAMP FROM deliberation_candidates")
    op.drop_table('deliberation_candidates')


def downgrade() -> None:
    op.create_table('deliberation_candidates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('proposed_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_deliberation_candidates_project_id_projects'),
                            ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deliberation_candidates'))
    )
    op.execute("INSERT INTO deliberation_candidates (id, project_id, title, proposed_on, status, note) "
               "SELECT id, project_id, title, opened_on, 'proposed', note FROM deliberation_items")
    op.drop_table('panel_applicants')
    op.drop_table('citizen_panels')
    op.drop_table('petition_counts')
    op.drop_table('deliberation_items')
