"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-29 04:51:06.681247
"""
import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Frozen: never edit a released migration; add a new revision instead.
    op.create_table('allowance_budgets',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('annual_won', sa.BigInteger(), nullable=False),
    sa.Column('q1_won', sa.BigInteger(), nullable=False),
    sa.Column('q2_won', sa.BigInteger(), nullable=False),
    sa.Column('q3_won', sa.BigInteger(), nullable=False),
    sa.Column('q4_won', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_allowance_budgets'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('entity_id', sa.String(length=50), nullable=False),
    sa.Column('field', sa.String(length=100), nullable=False),
    sa.Column('old', sa.Text(), nullable=True),
    sa.Column('new', sa.Text(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_log_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('departments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('bureau', sa.String(length=100), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_departments')),
    sa.UniqueConstraint('name', name=op.f('uq_departments_name'))
    )
    op.create_table('experts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('field', sa.String(length=100), nullable=False),
    sa.Column('affiliation', sa.String(length=200), nullable=False),
    sa.Column('region', sa.String(length=100), nullable=False),
    sa.Column('contact', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_experts'))
    )
    op.create_table('extra_holidays',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_extra_holidays'))
    )
    op.create_table('rounds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=10), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('half', sa.Integer(), nullable=False),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('rules', sa.JSON(), nullable=False),
    sa.Column('review_due', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint('half IN (1, 2)', name=op.f('ck_rounds_half')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rounds')),
    sa.UniqueConstraint('code', name=op.f('uq_rounds_code'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('training_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('district', sa.String(length=50), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('participants', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_sessions'))
    )
    op.create_table('projects',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('manager', sa.String(length=100), nullable=False),
    sa.Column('contact', sa.String(length=100), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('budget_won', sa.BigInteger(), nullable=True),
    sa.Column('midterm_plan', sa.Boolean(), nullable=False),
    sa.Column('traffic_impact', sa.Boolean(), nullable=False),
    sa.Column('environmental_impact', sa.Boolean(), nullable=False),
    sa.Column('decision_authority', sa.String(length=100), nullable=False),
    sa.Column('regulatory_ordinance', sa.Boolean(), nullable=False),
    sa.Column('conflict_visible', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('search_key', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_projects_department_id_departments'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_projects')),
    sa.UniqueConstraint('code', name=op.f('uq_projects_code'))
    )
    with op.batch_alter_table('projects', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_projects_department_id'), ['department_id'], unique=False)

    op.create_table('allowance_payments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('expert_id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=True),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount_won', sa.BigInteger(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.CheckConstraint('amount_won > 0', name=op.f('ck_allowance_payments_amount_positive')),
    sa.ForeignKeyConstraint(['expert_id'], ['experts.id'], name=op.f('fk_allowance_payments_expert_id_experts'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_allowance_payments_project_id_projects'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_allowance_payments'))
    )
    with op.batch_alter_table('allowance_payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_allowance_payments_expert_id'), ['expert_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_allowance_payments_paid_on'), ['paid_on'], unique=False)

    op.create_table('cards',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('conflict_types', sa.JSON(), nullable=False),
    sa.Column('field', sa.String(length=100), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=True),
    sa.Column('stage_since', sa.Date(), nullable=True),
    sa.Column('phase', sa.String(length=20), nullable=True),
    sa.Column('social_impact', sa.Text(), nullable=False),
    sa.Column('outlook', sa.Text(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('closure_reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_cards_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cards')),
    sa.UniqueConstraint('project_id', name=op.f('uq_cards_project_id'))
    )
    op.create_table('councils',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('formed_on', sa.Date(), nullable=False),
    sa.Column('basic_rules', sa.JSON(), nullable=False),
    sa.Column('schedule', sa.Text(), nullable=False),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.Column('result_kind', sa.String(length=20), nullable=True),
    sa.Column('result_on', sa.Date(), nullable=True),
    sa.Column('result_text', sa.Text(), nullable=False),
    sa.Column('legality_note', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_councils_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_councils')),
    sa.UniqueConstraint('project_id', name=op.f('uq_councils_project_id'))
    )
    op.create_table('deliberation_candidates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('proposed_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_deliberation_candidates_project_id_projects'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deliberation_candidates'))
    )
    op.create_table('diagnoses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('criteria', sa.String(length=100), nullable=False),
    sa.Column('is_target', sa.Boolean(), nullable=False),
    sa.Column('screened_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('carried_over', sa.Boolean(), nullable=False),
    sa.Column('carry_over', sa.String(length=20), nullable=True),
    sa.Column('added_mid_round', sa.Boolean(), nullable=False),
    sa.Column('replaces_project_id', sa.Integer(), nullable=True),
    sa.Column('owner_level', sa.Integer(), nullable=True),
    sa.Column('risk_scores', sa.JSON(), nullable=False),
    sa.Column('alert_level', sa.String(length=20), nullable=False),
    sa.Column('self_grade', sa.Integer(), nullable=True),
    sa.Column('self_graded_on', sa.Date(), nullable=True),
    sa.Column('recommended_grade', sa.Integer(), nullable=True),
    sa.Column('recommended_on', sa.Date(), nullable=True),
    sa.Column('confirmed_grade', sa.Integer(), nullable=True),
    sa.Column('confirmed_on', sa.Date(), nullable=True),
    sa.Column('suggested_grade', sa.Integer(), nullable=True),
    sa.Column('override_reason', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('confirmed_grade IS NULL OR confirmed_grade BETWEEN 1 AND 3', name=op.f('ck_diagnoses_confirmed_grade')),
    sa.CheckConstraint('owner_level IS NULL OR owner_level BETWEEN 1 AND 3', name=op.f('ck_diagnoses_owner_level')),
    sa.CheckConstraint('recommended_grade IS NULL OR recommended_grade BETWEEN 1 AND 3', name=op.f('ck_diagnoses_recommended_grade')),
    sa.CheckConstraint('self_grade IS NULL OR self_grade BETWEEN 1 AND 3', name=op.f('ck_diagnoses_self_grade')),
    sa.CheckConstraint('suggested_grade IS NULL OR suggested_grade BETWEEN 1 AND 3', name=op.f('ck_diagnoses_suggested_grade')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_diagnoses_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['replaces_project_id'], ['projects.id'], name=op.f('fk_diagnoses_replaces_project_id_projects'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['round_id'], ['rounds.id'], name=op.f('fk_diagnoses_round_id_rounds'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diagnoses')),
    sa.UniqueConstraint('round_id', 'project_id', name='uq_diagnoses_round_project')
    )
    with op.batch_alter_table('diagnoses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_diagnoses_project_id'), ['project_id'], unique=False)
        batch_op.create_index('ix_diagnoses_round_grade', ['round_id', 'confirmed_grade'], unique=False)

    op.create_table('expert_assignments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('expert_id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['expert_id'], ['experts.id'], name=op.f('fk_expert_assignments_expert_id_experts'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_expert_assignments_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_expert_assignments'))
    )
    with op.batch_alter_table('expert_assignments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_expert_assignments_expert_id'), ['expert_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_expert_assignments_project_id'), ['project_id'], unique=False)

    op.create_table('reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('due', sa.Date(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('reviewer', sa.String(length=100), nullable=False),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=True),
    sa.Column('grade_recommendation', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('grade_recommendation IS NULL OR grade_recommendation BETWEEN 1 AND 3', name=op.f('ck_reviews_grade_recommendation')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_reviews_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['rounds.id'], name=op.f('fk_reviews_round_id_rounds'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reviews')),
    sa.UniqueConstraint('round_id', 'project_id', name='uq_reviews_round_project')
    )
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.create_index('ix_reviews_due', ['due'], unique=False)
        batch_op.create_index(batch_op.f('ix_reviews_project_id'), ['project_id'], unique=False)

    op.create_table('action_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('acted_on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['cards.id'], name=op.f('fk_action_entries_card_id_cards'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_entries'))
    )
    with op.batch_alter_table('action_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_entries_card_id'), ['card_id'], unique=False)

    op.create_table('agreement_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('council_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=100), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_agreement_items_council_id_councils'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_items'))
    )
    with op.batch_alter_table('agreement_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_items_council_id'), ['council_id'], unique=False)

    op.create_table('card_snapshots',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('grade', sa.Integer(), nullable=True),
    sa.Column('stage', sa.String(length=20), nullable=True),
    sa.Column('phase', sa.String(length=20), nullable=True),
    sa.Column('issues', sa.JSON(), nullable=False),
    sa.Column('outlook', sa.Text(), nullable=False),
    sa.Column('taken_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['cards.id'], name=op.f('fk_card_snapshots_card_id_cards'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['rounds.id'], name=op.f('fk_card_snapshots_round_id_rounds'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_card_snapshots')),
    sa.UniqueConstraint('card_id', 'round_id', name='uq_card_snapshots_card_round')
    )
    op.create_table('council_meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('council_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('attendees', sa.Text(), nullable=False),
    sa.Column('minutes', sa.Text(), nullable=False),
    sa.Column('is_open', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_council_meetings_council_id_councils'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_council_meetings'))
    )
    with op.batch_alter_table('council_meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_council_meetings_council_id'), ['council_id'], unique=False)

    op.create_table('council_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('council_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('affiliation', sa.String(length=200), nullable=False),
    sa.Column('side', sa.String(length=100), nullable=False),
    sa.Column('contact', sa.String(length=200), nullable=False),
    sa.Column('expert_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_council_members_council_id_councils'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['expert_id'], ['experts.id'], name=op.f('fk_council_members_expert_id_experts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_council_members'))
    )
    with op.batch_alter_table('council_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_council_members_council_id'), ['council_id'], unique=False)

    op.create_table('main_issues',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['cards.id'], name=op.f('fk_main_issues_card_id_cards'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_main_issues'))
    )
    with op.batch_alter_table('main_issues', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_main_issues_card_id'), ['card_id'], unique=False)

    op.create_table('response_plans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('background', sa.Text(), nullable=False),
    sa.Column('goal', sa.Text(), nullable=False),
    sa.Column('strategies', sa.JSON(), nullable=False),
    sa.Column('strategy_note', sa.Text(), nullable=False),
    sa.Column('cooperating_departments', sa.Text(), nullable=False),
    sa.Column('budget_won', sa.BigInteger(), nullable=True),
    sa.Column('risks', sa.Text(), nullable=False),
    sa.Column('fallback', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['cards.id'], name=op.f('fk_response_plans_card_id_cards'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_response_plans')),
    sa.UniqueConstraint('card_id', name=op.f('uq_response_plans_card_id'))
    )
    op.create_table('signals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('observed_on', sa.Date(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint('count >= 0', name=op.f('ck_signals_count')),
    sa.ForeignKeyConstraint(['card_id'], ['cards.id'], name=op.f('fk_signals_card_id_cards'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signals'))
    )
    with op.batch_alter_table('signals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signals_card_id'), ['card_id'], unique=False)

    op.create_table('stage_transitions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('from_stage', sa.String(length=20), nullable=True),
    sa.Column('to_stage', sa.String(length=20), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['cards.id'], name=op.f('fk_stage_transitions_card_id_cards'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stage_transitions'))
    )
    with op.batch_alter_table('stage_transitions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stage_transitions_card_id'), ['card_id'], unique=False)

    op.create_table('stakeholders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Text(), nullable=False),
    sa.Column('interests', sa.Text(), nullable=False),
    sa.Column('influence', sa.Integer(), nullable=False),
    sa.Column('representative', sa.String(length=100), nullable=False),
    sa.Column('contact', sa.String(length=200), nullable=False),
    sa.CheckConstraint('influence BETWEEN 1 AND 5', name=op.f('ck_stakeholders_influence')),
    sa.ForeignKeyConstraint(['card_id'], ['cards.id'], name=op.f('fk_stakeholders_card_id_cards'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stakeholders'))
    )
    with op.batch_alter_table('stakeholders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stakeholders_card_id'), ['card_id'], unique=False)

    op.create_table('plan_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=100), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['plan_id'], ['response_plans.id'], name=op.f('fk_plan_items_plan_id_response_plans'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_items'))
    )
    with op.batch_alter_table('plan_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_items_plan_id'), ['plan_id'], unique=False)

    op.create_table('review_progress',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('review_id', sa.Integer(), nullable=False),
    sa.Column('plan_item_id', sa.Integer(), nullable=True),
    sa.Column('agreement_item_id', sa.Integer(), nullable=True),
    sa.Column('progress', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_item_id'], ['agreement_items.id'], name=op.f('fk_review_progress_agreement_item_id_agreement_items'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['plan_item_id'], ['plan_items.id'], name=op.f('fk_review_progress_plan_item_id_plan_items'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['review_id'], ['reviews.id'], name=op.f('fk_review_progress_review_id_reviews'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_progress'))
    )
    with op.batch_alter_table('review_progress', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_progress_review_id'), ['review_id'], unique=False)

    # ### end Alembic commands ###


def downgrade() -> None:
    # Frozen: never edit a released migration; add a new revision instead.
    with op.batch_alter_table('review_progress', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_progress_review_id'))

    op.drop_table('review_progress')
    with op.batch_alter_table('plan_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_items_plan_id'))

    op.drop_table('plan_items')
    with op.batch_alter_table('stakeholders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stakeholders_card_id'))

    op.drop_table('stakeholders')
    with op.batch_alter_table('stage_transitions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stage_transitions_card_id'))

    op.drop_table('stage_transitions')
    with op.batch_alter_table('signals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signals_card_id'))

    op.drop_table('signals')
    op.drop_table('response_plans')
    with op.batch_alter_table('main_issues', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_main_issues_card_id'))

    op.drop_table('main_issues')
    with op.batch_alter_table('council_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_council_members_council_id'))

    op.drop_table('council_members')
    with op.batch_alter_table('council_meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_council_meetings_council_id'))

    op.drop_table('council_meetings')
    op.drop_table('card_snapshots')
    with op.batch_alter_table('agreement_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_items_council_id'))

    op.drop_table('agreement_items')
    with op.batch_alter_table('action_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_entries_card_id'))

    op.drop_table('action_entries')
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reviews_project_id'))
        batch_op.drop_index('ix_reviews_due')

    op.drop_table('reviews')
    with op.batch_alter_table('expert_assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_expert_assignments_project_id'))
        batch_op.drop_index(batch_op.f('ix_expert_assignments_expert_id'))

    op.drop_table('expert_assignments')
    with op.batch_alter_table('diagnoses', schema=None) as batch_op:
        batch_op.drop_index('ix_diagnoses_round_grade')
        batch_op.drop_index(batch_op.f('ix_diagnoses_project_id'))

    op.drop_table('diagnoses')
    op.drop_table('deliberation_candidates')
    op.drop_table('councils')
    op.drop_table('cards')
    with op.batch_alter_table('allowance_payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_allowance_payments_paid_on'))
        batch_op.drop_index(batch_op.f('ix_allowance_payments_expert_id'))

    op.drop_table('allowance_payments')
    with op.batch_alter_table('projects', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_projects_department_id'))

    op.drop_table('projects')
    op.drop_table('training_sessions')
    op.drop_table('settings')
    op.drop_table('rounds')
    op.drop_table('extra_holidays')
    op.drop_table('experts')
    op.drop_table('departments')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_entity')
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
    op.drop_table('allowance_budgets')
    # ### end Alembic commands ###
