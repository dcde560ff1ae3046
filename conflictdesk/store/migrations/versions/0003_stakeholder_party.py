"""stakeholder party: person or organisation

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 06:40:00

Each stakeholder says whether it is a natural person (name masked in every output) or an organisation (never
masked). Existing rows get the presumption the outputs used before: an organisation kind (시민단체, 의회, 타기관,
언론) or a name that reads as a group is an organisation, anything else a person.
"""
import sqlalchemy as sa
from alembic import op

from conflictdesk.domain.masking import presumed_party

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Adding a column with a constant default is an ALTER TABLE ADD COLUMN even in batch mode: no table copy.
    with op.batch_alter_table('stakeholders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('party', sa.String(length=12), server_default='person', nullable=False))
    bind = op.get_bind()
    table = sa.table('stakeholders', sa.column('id', sa.Integer()), sa.column('name', sa.String()),
                     sa.column('kind', sa.String()), sa.column('party', sa.String()))
    organisations = [row.id for row in bind.execute(sa.select(table.c.id, table.c.name, table.c.kind))
                     if presumed_party(row.name, row.kind) == 'organisation']
    for start in range(0, len(organisations), 500):
        bind.execute(table.update().where(table.c.id.in_(organisations[start:start + 500]))
                     .values(party='organisation'))


def downgrade() -> None:
    with op.batch_alter_table('stakeholders', schema=None) as batch_op:
        batch_op.drop_column('party')
