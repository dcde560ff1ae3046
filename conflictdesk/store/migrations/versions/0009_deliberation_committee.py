"""공론화위원회: members with terms, meetings with attendance, the committee's decisions on agenda items

New tables committee_members, committee_meetings (agenda items discussed as a list of ids), committee_attendance.
deliberation_items gains the meeting of its 실시 여부 decision and the 추진위원회 / 권고안 decisions (date, note,
meeting); existing rows keep their decision (no meeting) and get empty new fields. No row moves.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 12:30:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Frozen once released: never edit; add a new revision instead.
    op.create_table('committee_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('appointment', sa.String(length=20), nullable=False),
    sa.Column('affiliation', sa.String(length=200), nullable=False),
    sa.Column('term_from', sa.Date(), nullable=False),
    sa.Column('term_to', sa.Date(), nullable=True),
    sa.Column('is_chair', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("appointment IN ('ex_officio', 'appointed')",
                       name=op.f('ck_committee_members_appointment_known')),
    sa.CheckConstraint("kind IN ('expert', 'civic', 'councillor', 'official')",
                       name=op.f('ck_committee_members_kind_known')),
    sa.CheckConstraint('term_to IS NULL OR term_to >= term_from', name=op.f('ck_committee_members_term_ordered')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee_members'))
    )
    with op.batch_alter_table('committee_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_committee_members_term_from'), ['term_from'], unique=False)

    op.create_table('committee_meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('items', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee_meetings'))
    )
    with op.batch_alter_table('committee_meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_committee_meetings_held_on'), ['held_on'], unique=False)

    op.create_table('committee_attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['committee_meetings.id'],
                            name=op.f('fk_committee_attendance_meeting_id_committee_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['committee_members.id'],
                            name=op.f('fk_committee_attendance_member_id_committee_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee_attendance')),
    sa.UniqueConstraint('meeting_id', 'member_id', name=op.f('uq_committee_attendance_meeting_id'))
    )
    with op.batch_alter_table('committee_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_committee_attendance_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_committee_attendance_member_id'), ['member_id'], unique=False)

    with op.batch_alter_table('deliberation_items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('decision_meeting_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('promotion_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('promotion_note', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('promotion_meeting_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('recommendation_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('recommendation_note', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('recommendation_meeting_id', sa.Integer(), nullable=True))
        for column in ('decision_meeting_id', 'promotion_meeting_id', 'recommendation_meeting_id'):
            batch_op.create_foreign_key(batch_op.f(f'fk_deliberation_items_{column}_committee_meetings'),
                                        'committee_meetings', [column], ['id'], ondelete='SET NULL')
    # The defaults only filled the existing rows; the models give every new row its values.
    with op.batch_alter_table('deliberation_items', schema=None) as batch_op:
        for name in ('promotion_note', 'recommendation_note'):
            batch_op.alter_column(name, server_default=None)


def downgrade() -> None:
    with op.batch_alter_table('deliberation_items', schema=None) as batch_op:
        for column in ('decision_meeting_id', 'promotion_meeting_id', 'recommendation_meeting_id'):
            batch_op.drop_constraint(batch_op.f(f'fk_deliberation_items_{column}_committee_meetings'),
                                     type_='foreignkey')
        for column in ('recommendation_meeting_id', 'recommendation_note', 'recommendation_on',
                       'promotion_meeting_id', 'promotion_note', 'promotion_on', 'decision_meeting_id'):
            batch_op.drop_column(column)
    op.drop_table('committee_attendance')
    op.drop_table('committee_meetings')
    op.drop_table('committee_members')
