"""Imports (#11 item 3): the permissions of the single-record changes, every changed record
audited (masked before/after), and failed imports audited with the file's name and hash."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from backend.domains.audit import models as audit_models
from backend.domains.audit import service as audit_service
from backend.domains.auth.enums import Role
from backend.domains.customers import models
from tests.customers.test_customers_api import (
    CUSTOMER_HEADER,
    IMPORT,
    customer_line,
    valid_id,
)
from tests.factories import GraphQLClient, create_user, login


def _input(content: bytes, filename: str, mode: str = "ALL_OR_NOTHING") -> dict[str, Any]:
    return {
        "input": {
            "kind": "CUSTOMERS",
            "format": "CSV",
            "mode": mode,
            "filename": filename,
            "contentBase64": base64.b64encode(content).decode(),
        }
    }


def _file(*lines: str) -> bytes:
    return ("\n".join([CUSTOMER_HEADER, *lines]) + "\n").encode()


async def _client(gql: GraphQLClient, roles: list[Role], username: str) -> GraphQLClient:
    await create_user(roles, username=username)
    return gql.as_token((await login(gql, username))["token"])


async def test_an_import_without_customer_write_changes_nothing_and_is_audited(
    gql: GraphQLClient,
) -> None:
    # given customers imported by someone who may change them
    writer = await _client(gql, [Role.ADMIN, Role.SALES], "ops-writer")
    first = (await writer.execute(IMPORT, _input(_file(customer_line(1)), "day1.csv")))["data"]
    assert first["customerImport"]["result"]["inserted"] == 1
    # when an admin (customer:import, no customer:write) imports a file overwriting them
    admin = await _client(gql, [Role.ADMIN], "admin-only")
    content = _file(customer_line(1, name="李四"))
    body = (await admin.execute(IMPORT, _input(content, "overwrite.csv")))["data"]
    # then it is refused as a whole and the customer is unchanged
    payload = body["customerImport"]
    assert payload["result"] is None
    assert [e["code"] for e in payload["errors"]] == ["FORBIDDEN"]
    assert (await models.Customer.get(external_id="E1")).name == "张三1"
    # and the refused import is on the record with the file's name and hash
    failure = await audit_models.AuditEvent.get(action="import.customers", outcome="FAILURE")
    assert failure.actor_name == "admin-only"
    assert failure.after["filename"] == "overwrite.csv"
    assert failure.after["sha256"] == hashlib.sha256(content).hexdigest()
    assert failure.after["errors"] == [{"field": None, "code": "FORBIDDEN"}]


async def test_each_changed_customer_is_audited_with_masked_before_and_after(
    gql: GraphQLClient,
) -> None:
    # given two imported customers
    writer = await _client(gql, [Role.ADMIN, Role.SALES], "ops-writer")
    await writer.execute(IMPORT, _input(_file(customer_line(1), customer_line(2)), "a.csv"))
    # when a second file changes one's name and phone and leaves the other as it was
    changed = customer_line(1, name="王五", phone="13900001111")
    body = await writer.execute(IMPORT, _input(_file(changed, customer_line(2)), "b.csv"))
    assert body["data"]["customerImport"]["result"]["committed"]
    # then the creations and the one real change are each in the chain, PII masked
    creates = await audit_models.AuditEvent.filter(action="customer.create").order_by("sequence")
    assert len(creates) == 2 and {c.after["import"] for c in creates} == {"a.csv"}
    assert creates[0].after["id_number"] == valid_id(1)[:6] + "********" + valid_id(1)[-4:]
    update = await audit_models.AuditEvent.get(action="customer.update")
    customer = await models.Customer.get(external_id="E1")
    assert update.object_id == str(customer.id)
    assert update.before == {"name": "张三1", "phone": "138****0001", "import": None}
    assert update.after == {"name": "王五1", "phone": "139****1111", "import": "b.csv"}
    assert "13900001111" not in str(update.after)
    # the summary names the file and how many records were audited
    summary = await audit_models.AuditEvent.filter(action="import.customers").order_by("-sequence")
    assert summary[0].after["filename"] == "b.csv" and summary[0].after["audited"] == 1
    # and the chain still verifies after the batched appends
    assert (await audit_service.verify_chain()).first_broken is None


async def test_a_failed_all_or_nothing_import_is_audited_with_the_files_hash(
    gql: GraphQLClient,
) -> None:
    # given a file whose second row is invalid
    writer = await _client(gql, [Role.ADMIN, Role.SALES], "ops-writer")
    content = _file(customer_line(1), customer_line(2, id_no="not-an-id"))
    # when it is imported all-or-nothing
    body = await writer.execute(IMPORT, _input(content, "bad.csv"))
    # then nothing is written, no record is audited, and the failure names the file
    result = body["data"]["customerImport"]["result"]
    assert result["committed"] is False and result["failed"] == 1
    assert not await models.Customer.exists()
    assert not await audit_models.AuditEvent.filter(action="customer.create").exists()
    failure = await audit_models.AuditEvent.get(action="import.customers", outcome="FAILURE")
    assert failure.after["filename"] == "bad.csv"
    assert failure.after["sha256"] == hashlib.sha256(content).hexdigest()
    assert failure.after["errors"][0]["row"] == 2
