"""Make ``audit_event`` append-only in the database itself: UPDATE and DELETE are refused."""

from typing import Any

from tortoise import migrations
from tortoise.migrations import operations as ops

_SQLITE = """
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;
"""

_POSTGRES = """
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION 'audit_event is append-only'; END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
"""

_DROP_SQLITE = """
DROP TRIGGER IF EXISTS audit_event_no_update;
DROP TRIGGER IF EXISTS audit_event_no_delete;
"""

_DROP_POSTGRES = """
DROP TRIGGER IF EXISTS audit_event_no_change ON audit_event;
DROP FUNCTION IF EXISTS audit_event_append_only();
"""


async def _forward(apps: Any, schema_editor: Any) -> None:
    client = schema_editor.client
    sql = _POSTGRES if client.capabilities.dialect == "postgres" else _SQLITE
    await client.execute_script(sql)


async def _backward(apps: Any, schema_editor: Any) -> None:
    client = schema_editor.client
    sql = _DROP_POSTGRES if client.capabilities.dialect == "postgres" else _DROP_SQLITE
    await client.execute_script(sql)


class Migration(migrations.Migration):
    dependencies = [("bankpm", "0001_initial")]

    operations = [ops.RunPython(_forward, _backward)]
