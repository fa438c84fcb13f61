"""A plan as an Alembic revision: `upgrade()` and `downgrade()` in Alembic's own vocabulary
where it says what the SQL script says (each engine's writer, `engines/<engine>/alembic.py`),
the script's own statements where it does not: orphan quarantine and restore, SET NOT NULL
through a check on PostgreSQL, index rebuilds run step by step, each transactional step as one
transaction inside `autocommit_block()`, exactly as the SQL script runs it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from schemadoctor.plan.builder import Plan
from schemadoctor.plan.order import inverse


def render_revision(
    plan: Plan, *, revision: str | None = None, down_revision: str | None = None
) -> str:
    revision = revision or plan.plan_id
    writer = plan.run.adapter.alembic_writer(plan.renderer, plan.catalog)
    up = writer.body(plan.up, plan.changes)
    down = writer.body(plan.down, inverse(plan.changes))
    created = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")
    docstring = (
        "\n".join(
            [
                f"schemadoctor plan {plan.plan_id}: {len(plan.changes)} changes fixing "
                f"{len(plan.fixes)} findings",
                "",
                f"Revision ID: {revision}",
                f"Revises: {down_revision or ''}",
                f"Create Date: {created}",
                "",
                *[line for line in plan.up.header[5:] if line is not None],
            ]
        )
        .replace("\\", "\\\\")
        .replace('"""', "'''")
    )
    return (
        f'"""{docstring}\n"""\n\n'
        "from __future__ import annotations\n\n"
        "import sqlalchemy as sa\n"
        "from alembic import op\n\n"
        f"revision = {revision!r}\n"
        f"down_revision = {down_revision!r}\n"
        "branch_labels = None\n"
        "depends_on = None\n\n\n"
        "def _sql(statement: str) -> None:\n"
        '    """Run one statement as written (colons escaped: text() would read binds)."""\n'
        '    op.execute(sa.text(statement.replace(":", "\\\\:")))\n\n\n'
        "def upgrade() -> None:\n"
        f"{_indent(up)}\n\n\n"
        "def downgrade() -> None:\n"
        f"{_indent(down)}\n"
    )


def _indent(lines: Sequence[str]) -> str:
    if not lines:
        return "    pass"
    return "\n".join(f"    {line}" if line else "" for line in lines)
