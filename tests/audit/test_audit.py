"""The audit trail: one row per change in the same transaction, hash chain, tamper detection."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from backend import db
from backend.actor import Actor
from backend.domains.audit import models as audit_models
from backend.domains.audit import service as audit_service
from backend.domains.auth import models as auth_models
from backend.domains.auth import service as auth_service
from backend.domains.auth.enums import Role
from backend.graphql_core.types import to_global_id
from backend.settings import Settings
from tests.factories import GraphQLClient, client_for, create_user

ROOT = Path(__file__).resolve().parents[2]

AUDIT_EVENTS = """
query Audit($filter: AuditEventFilter, $first: Int) {
  auditEvents(filter: $filter, first: $first) {
    totalCount
    edges { node { sequence action actorName objectType objectId before after outcome
                   ipAddress userAgent correlationId } }
  }
}
"""


async def _tamper(sql: str) -> None:
    """Change audit rows behind the application's back (lifting the append-only trigger)."""
    conn = db.connection()
    if db.is_postgres():
        await conn.execute_script(
            "ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change;"
            f"{sql};"
            "ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change;"
        )
    else:
        await conn.execute_script(
            "DROP TRIGGER audit_event_no_update; DROP TRIGGER audit_event_no_delete;"
            f"{sql};"
            "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
            "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;"
            "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
            "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;"
        )


def _audit_verify_cli(settings: Settings) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "BANKPM_DATA_DIR": str(settings.data_dir),
    }
    return subprocess.run(
        [sys.executable, "-m", "backend.cli", "audit-verify"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


async def test_each_mutation_writes_one_audit_row_with_diff_and_origin(gql: GraphQLClient) -> None:
    # given
    admin = await client_for(gql, Role.ADMIN)
    target = await create_user(Role.SALES, username="target")
    before = await audit_models.AuditEvent.all().count()
    # when
    await admin.execute(
        'mutation U($id: ID!) { userUpdate(id: $id, input: {branch: "北京分行"}) '
        "{ errors { code } } }",
        {"id": to_global_id("User", target.id)},
    )
    # then
    events = await audit_models.AuditEvent.filter(sequence__gt=before)
    assert len(events) == 1
    event = events[0]
    assert (event.action, event.actor_name, event.object_type) == ("user.update", "admin", "User")
    assert event.object_id == str(target.id)
    assert event.before == {"branch": "Test branch"} and event.after == {"branch": "北京分行"}
    assert event.ip_address == "10.1.2.3" and event.outcome == "SUCCESS"
    assert len(event.correlation_id) >= 8


async def test_change_and_audit_row_share_one_transaction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # given an audit write that fails after the user row was inserted
    async def failing_record(**kwargs: object) -> None:
        raise RuntimeError("audit store unavailable")

    monkeypatch.setattr(audit_service, "record", failing_record)
    # when
    with pytest.raises(RuntimeError):
        await auth_service.create_user(
            username="ghost",
            display_name="G",
            branch="",
            roles=[Role.SALES],
            password="long-enough-pw",
            actor=Actor.system("tests"),
        )
    # then the change was rolled back with it
    assert not await auth_models.User.filter(username="ghost").exists()


async def test_failed_mutation_leaves_no_change_and_no_success_record(gql: GraphQLClient) -> None:
    admin = await client_for(gql, Role.ADMIN)
    result = await admin.execute(
        'mutation { apiKeyCreate(input: {name: "", scopes: []}) { apiKey { id } errors { field } } }'
    )
    assert {e["field"] for e in result["data"]["apiKeyCreate"]["errors"]} == {"name", "scopes"}
    assert await auth_models.ApiKey.all().count() == 0
    outcomes = await audit_models.AuditEvent.filter(action="apiKey.create").values_list(
        "outcome", flat=True
    )
    assert outcomes == ["FAILURE"]


async def test_chain_verifies_and_detects_a_tampered_row(settings: Settings) -> None:
    # given a chain of several events
    for name in ("a1", "a2", "a3", "a4"):
        await create_user(Role.SALES, username=name)
    assert (await audit_service.verify_chain()).first_broken is None
    ok = _audit_verify_cli(settings)
    assert ok.returncode == 0, ok.stderr
    assert "4 events verified" in ok.stdout
    # when someone edits the third event in the database
    await _tamper("UPDATE audit_event SET actor_name = 'someone-else' WHERE sequence = 3")
    # then verification names it
    result = await audit_service.verify_chain()
    assert result.first_broken == 3
    broken = _audit_verify_cli(settings)
    assert broken.returncode == 1
    assert "sequence 3" in broken.stderr


async def test_deleting_a_row_breaks_the_chain() -> None:
    for name in ("b1", "b2", "b3"):
        await create_user(Role.SALES, username=name)
    await _tamper("DELETE FROM audit_event WHERE sequence = 2")
    assert (await audit_service.verify_chain()).first_broken == 2


async def test_database_refuses_updates_and_deletes_of_audit_rows() -> None:
    await create_user(Role.SALES, username="c1")
    conn = db.connection()
    with pytest.raises(Exception, match="append-only"):
        await conn.execute_script("UPDATE audit_event SET action = 'x'")
    with pytest.raises(Exception, match="append-only"):
        await conn.execute_script("DELETE FROM audit_event")


async def test_concurrent_changes_keep_one_unbroken_chain() -> None:
    await asyncio.gather(*(create_user(Role.SALES, username=f"p{i}") for i in range(8)))
    result = await audit_service.verify_chain()
    assert result.first_broken is None and result.checked == 8


async def test_auditor_browses_and_filters_events(gql: GraphQLClient) -> None:
    # given
    auditor = await client_for(gql, Role.AUDITOR)
    await create_user(Role.SALES, username="d1")
    # when
    everything = (await auditor.execute(AUDIT_EVENTS, {"first": 50}))["data"]["auditEvents"]
    created = (
        await auditor.execute(
            AUDIT_EVENTS, {"filter": {"action": "user.create", "outcome": "SUCCESS"}}
        )
    )["data"]["auditEvents"]
    logins = (
        await auditor.execute(
            AUDIT_EVENTS, {"filter": {"action": "auth.login", "actorName": "auditor"}}
        )
    )["data"]["auditEvents"]
    # then newest first, filtered as asked
    sequences = [e["node"]["sequence"] for e in everything["edges"]]
    assert sequences == sorted(sequences, reverse=True)
    assert created["totalCount"] == 2
    assert {e["node"]["after"]["username"] for e in created["edges"]} == {"auditor", "d1"}
    assert logins["totalCount"] == 1 and logins["edges"][0]["node"]["ipAddress"] == "10.1.2.3"
