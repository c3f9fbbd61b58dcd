"""Customers: encrypted PII, masking, audited reveal, blind-index lookup, import, ingest, keys."""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from backend import db
from backend.actor import Actor
from backend.domains.audit import models as audit_models
from backend.domains.auth.enums import Role
from backend.domains.customers import models, pii
from backend.domains.customers import service as customer_service
from backend.domains.customers.demo import id_number
from backend.domains.customers.errors import CustomerErrorCode
from backend.domains.products import models as product_models
from backend.graphql_core.types import to_global_id
from backend.kernel.clock import today
from backend.settings import Settings
from tests.factories import (
    GraphQLClient,
    client_for,
    create_product_via_api,
    create_user,
    login,
    on_sale_product,
)

ROOT = Path(__file__).resolve().parents[2]

PHONE_1 = "13812345678"

IMPORT = """
mutation Imp($input: CustomerImportInput!) {
  customerImport(input: $input) {
    result { kind total inserted updated unchanged failed committed errors { row field code message } errorReportCsv }
    errors { field code message }
  }
}
"""
CUSTOMERS = """
query C($filter: CustomerFilter) { customers(filter: $filter) { totalCount edges { node {
  id customerNo name idNumber phone age aum holdings { family balance cardNumber } } } } }
"""
REVEAL = """
mutation R($id: ID!, $reason: String!) { customerPiiReveal(id: $id, reason: $reason, fields: [ID_NUMBER, PHONE, CARD_NUMBER]) {
  idNumber phone cards { cardNumber } errors { field code } } }
"""


def valid_id(seed: int = 1) -> str:
    import random
    from datetime import date

    return id_number(random.Random(seed), "110105", date(1990, 3, 7), False)


def csv_b64(header: str, *lines: str) -> str:
    return base64.b64encode(("\n".join([header, *lines]) + "\n").encode()).decode()


CUSTOMER_HEADER = "external_id,customer_no,name,customer_type,id_type,id_number,phone,annual_income"


def customer_line(
    n: int, *, id_no: str | None = None, phone: str | None = None, name: str = "张三"
) -> str:
    return (
        f"E{n},60000{n:05d},{name}{n},INDIVIDUAL,ID_CARD,{id_no or valid_id(n)},"
        f"{phone or f'1381234{n:04d}'},250000"
    )


async def import_file(
    client: GraphQLClient, kind: str, content: str, mode: str = "ALL_OR_NOTHING", fmt: str = "CSV"
) -> dict[str, Any]:
    body = await client.execute(
        IMPORT,
        {
            "input": {
                "kind": kind,
                "format": fmt,
                "mode": mode,
                "filename": "f.csv",
                "contentBase64": content,
            }
        },
    )
    assert "errors" not in body or not body["errors"], body
    payload: dict[str, Any] = body["data"]["customerImport"]
    return payload


@pytest.fixture
async def operations(gql: GraphQLClient) -> GraphQLClient:
    """The operations user who imports files (ADMIN, SALES and RISK_OFFICER: customer:import,
    customer:write — what the rows change — and loan:classify; read-only analysts import
    nothing)."""
    await create_user([Role.ADMIN, Role.SALES, Role.RISK_OFFICER], username="operations")
    return gql.as_token((await login(gql, "operations"))["token"])


async def test_import_customers_mask_and_find_by_pii(
    gql: GraphQLClient, operations: GraphQLClient
) -> None:
    # given
    payload = await import_file(
        operations, "CUSTOMERS", csv_b64(CUSTOMER_HEADER, customer_line(1, phone=PHONE_1))
    )
    assert payload["result"]["inserted"] == 1 and payload["result"]["committed"]
    # when a caller who may see personal data searches by the exact ID number and phone
    sales = await client_for(gql, Role.SALES)
    why = "客户来电核实身份"
    by_id = (await sales.execute(CUSTOMERS, {"filter": {"idNumber": valid_id(1), "reason": why}}))[
        "data"
    ]["customers"]
    by_phone = (
        await sales.execute(CUSTOMERS, {"filter": {"phone": "138-1234-5678", "reason": why}})
    )["data"]["customers"]
    # then the customer is found, and shown masked
    node = by_id["edges"][0]["node"]
    assert by_phone["totalCount"] == 1 and by_id["totalCount"] == 1
    assert node["idNumber"] == valid_id(1)[:6] + "********" + valid_id(1)[-4:]
    assert node["phone"] == "138****5678"
    assert node["age"] is not None


async def test_no_plaintext_pii_in_the_database(
    settings: Settings, operations: GraphQLClient
) -> None:
    # given customers with known PII
    await import_file(
        operations,
        "CUSTOMERS",
        csv_b64(CUSTOMER_HEADER, customer_line(1, phone=PHONE_1), customer_line(2)),
    )
    secret_id = valid_id(1)
    # then neither the SQLite file nor a PostgreSQL dump holds the plaintext
    if db.is_postgres():
        if shutil.which("pg_dump") is None:
            pytest.fail("pg_dump is needed to check the dump")
        dump = subprocess.run(
            ["pg_dump", settings.database_url.replace("postgres://", "postgresql://")],
            capture_output=True,
            check=True,
        ).stdout
    else:
        path = settings.database_url.removeprefix("sqlite://")
        # Read the files from another process: opening and closing the live database file in
        # this process would drop SQLite's POSIX locks on it (a classic SQLite pitfall).
        files = [p for p in (path, path + "-wal") if os.path.exists(p)]
        dump = subprocess.run(["cat", *files], capture_output=True, check=True).stdout
    assert secret_id.encode() not in dump
    assert PHONE_1.encode() not in dump


async def test_reveal_needs_permission_and_reason_and_is_audited(
    gql: GraphQLClient, operations: GraphQLClient
) -> None:
    await import_file(
        operations, "CUSTOMERS", csv_b64(CUSTOMER_HEADER, customer_line(1, phone=PHONE_1))
    )
    customer_id = (await operations.execute(CUSTOMERS))["data"]["customers"]["edges"][0]["node"][
        "id"
    ]
    sales = await client_for(gql, Role.SALES)
    marketing = await client_for(gql, Role.MARKETING)
    # marketing (no customer:read_pii) is refused
    denied = await marketing.execute(REVEAL, {"id": customer_id, "reason": "核实身份信息"})
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    # sales must give a reason
    no_reason = (await sales.execute(REVEAL, {"id": customer_id, "reason": " "}))["data"][
        "customerPiiReveal"
    ]
    assert no_reason["errors"] == [{"field": "reason", "code": "PII_REVEAL_REASON_REQUIRED"}]
    # with a reason the full values come back, and the reveal is audited
    shown = (await sales.execute(REVEAL, {"id": customer_id, "reason": "客户来电核实身份"}))[
        "data"
    ]["customerPiiReveal"]
    assert (shown["idNumber"], shown["phone"]) == (valid_id(1), PHONE_1)
    event = await audit_models.AuditEvent.filter(
        action="customer.piiReveal", outcome="SUCCESS"
    ).first()
    assert event is not None and event.actor_name == "sales"
    assert event.after == {
        "fields": ["CARD_NUMBER", "ID_NUMBER", "PHONE"],
        "reason": "客户来电核实身份",
    }


async def test_all_or_nothing_import_writes_nothing_when_a_row_is_bad(
    operations: GraphQLClient,
) -> None:
    content = csv_b64(
        CUSTOMER_HEADER,
        customer_line(1),
        customer_line(2, id_no="110105199003071230"),
        customer_line(3, phone="12345"),
    )
    payload = await import_file(operations, "CUSTOMERS", content)
    result = payload["result"]
    assert result["committed"] is False and result["inserted"] == 0 and result["failed"] == 2
    assert [(e["row"], e["field"]) for e in result["errors"]] == [(2, "id_number"), (3, "phone")]
    assert result["errorReportCsv"].splitlines()[0] == "row,field,code,message"
    assert await models.Customer.all().count() == 0


async def test_skip_invalid_writes_the_good_rows_and_reimport_is_idempotent(
    operations: GraphQLClient,
) -> None:
    content = csv_b64(
        CUSTOMER_HEADER, customer_line(1), customer_line(2, id_no="bad"), customer_line(3)
    )
    first = (await import_file(operations, "CUSTOMERS", content, "SKIP_INVALID"))["result"]
    again = (await import_file(operations, "CUSTOMERS", content, "SKIP_INVALID"))["result"]
    assert (first["inserted"], first["failed"], first["committed"]) == (2, 1, True)
    assert (again["inserted"], again["updated"]) == (0, 2)
    assert await models.Customer.all().count() == 2


async def test_holdings_and_transactions_import_with_rollups(
    gql: GraphQLClient, operations: GraphQLClient
) -> None:
    # given a product and a customer
    pm, risk = await client_for(gql, Role.PRODUCT_MANAGER), await client_for(gql, Role.RISK_OFFICER)
    await on_sale_product(pm, risk, "TIME", code="DEP-X")
    await import_file(operations, "CUSTOMERS", csv_b64(CUSTOMER_HEADER, customer_line(1)))
    holdings = csv_b64(
        "external_id,customer_external_id,product_code,opened_on,principal,rate_at_opening",
        "H1,E1,DEP-X,2026-01-05,100000.00,1.7500",
    )
    assert (await import_file(operations, "HOLDINGS", holdings))["result"]["inserted"] == 1
    lines = [
        f'{{"external_id": "T{i}", "customer_external_id": "E1", "holding_external_id": "H1", '
        f'"product_code": "DEP-X", "channel": "MOBILE_BANKING", "type": "DEPOSIT", "amount": "100.50", '
        f'"occurred_at": "2026-03-0{i}T23:30:00+08:00", "counterparty_country": null}}'
        for i in (1, 2)
    ]
    jsonl = base64.b64encode("\n".join(lines).encode()).decode()
    # when imported twice
    first = (await import_file(operations, "TRANSACTIONS", jsonl, fmt="JSONL"))["result"]
    second = (await import_file(operations, "TRANSACTIONS", jsonl, fmt="JSONL"))["result"]
    # then
    assert (first["inserted"], second["inserted"], second["unchanged"]) == (2, 0, 2)
    rollups = (
        await models.DailyRollup.all()
        .order_by("business_date")
        .values("business_date", "tx_count", "amount")
    )
    assert [(str(r["business_date"]), r["tx_count"], str(r["amount"])) for r in rollups] == [
        ("2026-03-01", 1, "100.50"),
        ("2026-03-02", 1, "100.50"),
    ]
    customer = (await operations.execute(CUSTOMERS))["data"]["customers"]["edges"][0]["node"]
    assert customer["aum"] == "100000.00"


async def test_transaction_ingest_needs_the_ingest_scope(
    gql: GraphQLClient, operations: GraphQLClient
) -> None:
    pm, risk = await client_for(gql, Role.PRODUCT_MANAGER), await client_for(gql, Role.RISK_OFFICER)
    await on_sale_product(pm, risk, "TIME", code="DEP-Y")
    await import_file(operations, "CUSTOMERS", csv_b64(CUSTOMER_HEADER, customer_line(1)))
    admin = await client_for(gql, Role.ADMIN)
    keys = {}
    for scope in ("INGEST_WRITE", "CATALOG_READ"):
        keys[scope] = (
            await admin.execute(
                'mutation K($s: ApiKeyScope!) { apiKeyCreate(input: {name: "core", scopes: [$s]}) { secret } }',
                {"s": scope},
            )
        )["data"]["apiKeyCreate"]["secret"]
    ingest = """mutation I($t: [TransactionIngestInput!]!) { transactionIngest(transactions: $t) {
      result { inserted failed errors { row field } } errors { code } } }"""
    batch = [
        {
            "externalId": "CB-1",
            "customerExternalId": "E1",
            "productCode": "DEP-Y",
            "channel": "COUNTER",
            "type": "DEPOSIT",
            "amount": "500.00",
            "occurredAt": "2026-04-01T10:00:00+08:00",
        },
        {
            "externalId": "CB-2",
            "customerExternalId": "NOPE",
            "productCode": "DEP-Y",
            "channel": "COUNTER",
            "type": "DEPOSIT",
            "amount": "1.00",
            "occurredAt": "2026-04-01T10:00:00+08:00",
        },
    ]
    refused = await gql.as_token(keys["CATALOG_READ"]).execute(ingest, {"t": batch})
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    result = (await gql.as_token(keys["INGEST_WRITE"]).execute(ingest, {"t": batch}))["data"][
        "transactionIngest"
    ]["result"]
    assert result["inserted"] == 0 and result["errors"] == [
        {"row": 2, "field": "customer_external_id"}
    ]
    ok = (await gql.as_token(keys["INGEST_WRITE"]).execute(ingest, {"t": batch[:1]}))["data"][
        "transactionIngest"
    ]["result"]
    assert ok["inserted"] == 1


async def test_key_rotation_reencrypts_and_lookup_still_works(
    gql: GraphQLClient, operations: GraphQLClient
) -> None:
    await import_file(
        operations, "CUSTOMERS", csv_b64(CUSTOMER_HEADER, customer_line(1, phone=PHONE_1))
    )
    ring = pii.keyring()
    before = await models.Customer.get(external_id="E1")
    old_kid = ring.key_id_of(before.id_number_enc)
    kid, count = await customer_service.rotate_keys(actor=Actor.system("tests"))
    after = await models.Customer.get(external_id="E1")
    assert count == 1 and kid != old_kid
    assert ring.key_id_of(after.id_number_enc) == kid
    assert ring.decrypt(after.id_number_enc) == valid_id(1)
    sales = await client_for(gql, Role.SALES)
    search = {"idNumber": valid_id(1), "reason": "核实密钥轮换"}
    found = (await sales.execute(CUSTOMERS, {"filter": search}))["data"]["customers"]
    assert found["totalCount"] == 1


def test_cli_import_reports_progress_and_errors(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "customers.csv"
    path.write_text(
        "\n".join([CUSTOMER_HEADER, customer_line(1), customer_line(2, id_no="x")]) + "\n"
    )
    env = {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "BANKPM_DATA_DIR": str(settings.data_dir),
    }
    run = subprocess.run(
        [sys.executable, "-m", "backend.cli", "import", "customers", str(path), "--skip-invalid"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert "2 rows, 1 inserted" in run.stdout and "rows" in run.stderr
    assert (tmp_path / "customers.csv.errors.csv").read_text().startswith("row,field,code,message")


async def test_import_row_errors_come_in_the_callers_language(operations: GraphQLClient) -> None:
    content = csv_b64(CUSTOMER_HEADER, customer_line(1, phone="12345"))
    body = (
        await operations.post(
            IMPORT,
            {
                "input": {
                    "kind": "CUSTOMERS",
                    "format": "CSV",
                    "filename": "f.csv",
                    "contentBase64": content,
                }
            },
            **{"accept-language": "zh-CN"},
        )
    ).json()
    result = body["data"]["customerImport"]["result"]
    assert result["errors"][0]["message"] == "不是有效的大陆手机号码。"
    assert "不是有效的大陆手机号码。" in result["errorReportCsv"]


async def test_files_and_batches_over_the_limits_are_refused_as_a_whole() -> None:
    from backend.domains.customers import importer
    from backend.errors import DomainError

    content = ("\n".join([CUSTOMER_HEADER, customer_line(1)]) + "\n").encode()
    with pytest.raises(DomainError) as too_big:
        await importer.import_file(
            kind="CUSTOMERS",
            content=content,
            fmt="CSV",
            mode="SKIP_INVALID",
            actor=Actor.system("tests"),
            max_bytes=10,
        )
    assert too_big.value.errors[0].field == "contentBase64"
    assert too_big.value.errors[0].code == CustomerErrorCode.IMPORT_FILE_TOO_LARGE
    with pytest.raises(DomainError) as unreadable:
        await importer.import_file(
            kind="CUSTOMERS",
            content=b"\xff\xfe\x00bad",
            fmt="CSV",
            mode="SKIP_INVALID",
            actor=Actor.system("tests"),
        )
    assert unreadable.value.errors[0].render() == "The file could not be read as CSV."
    assert unreadable.value.errors[0].code == CustomerErrorCode.IMPORT_FILE_UNREADABLE
    with pytest.raises(DomainError) as too_many:
        importer.check_batch_size(importer.MAX_BATCH_ROWS + 1)
    assert too_many.value.errors[0].code == CustomerErrorCode.IMPORT_BATCH_TOO_LARGE
    importer.check_batch_size(importer.MAX_BATCH_ROWS)
    assert await models.Customer.all().count() == 0


LOAN_HEADER = (
    "external_id,customer_external_id,product_code,opened_on,principal,outstanding,"
    "days_past_due,classification"
)


async def _loan_and_customer(gql: GraphQLClient, operations: GraphQLClient, code: str) -> None:
    """A consumer-loan product on sale and one imported customer (external id E1)."""
    pm, risk = await client_for(gql, Role.PRODUCT_MANAGER), await client_for(gql, Role.RISK_OFFICER)
    await on_sale_product(pm, risk, "CONSUMER", code=code)
    await import_file(operations, "CUSTOMERS", csv_b64(CUSTOMER_HEADER, customer_line(1)))


async def test_an_imported_loan_milder_than_its_days_past_due_is_refused(
    gql: GraphQLClient, operations: GraphQLClient
) -> None:
    # given a loan product on sale and a customer
    await _loan_and_customer(gql, operations, "LN-FLOOR")
    rows = csv_b64(
        LOAN_HEADER,
        "L1,E1,LN-FLOOR,2026-01-05,50000.00,40000.00,90,NORMAL",  # 90 days: no floor yet
        "L2,E1,LN-FLOOR,2026-01-05,50000.00,40000.00,400,NORMAL",  # > 360: at least LOSS
        "L3,E1,LN-FLOOR,2026-01-05,50000.00,40000.00,200,SUBSTANDARD",  # > 180: DOUBTFUL
    )
    # when imported all or nothing
    result = (await import_file(operations, "HOLDINGS", rows))["result"]
    # then the two rows below the floor are named and nothing is written
    assert [(e["row"], e["field"], e["code"]) for e in result["errors"]] == [
        (2, "classification", "CLASSIFICATION_BELOW_FLOOR"),
        (3, "classification", "CLASSIFICATION_BELOW_FLOOR"),
    ]
    assert result["committed"] is False
    assert await models.Holding.all().count() == 0


CUSTOMER_UPDATE = """mutation($id: ID!, $input: CustomerInput!) {
  customerUpdate(id: $id, input: $input) {
    customer { riskTolerance riskAssessedOn } errors { field code } } }"""


async def test_a_risk_tolerance_is_never_raised_by_hand_nor_dated_in_the_future(
    gql: GraphQLClient, operations: GraphQLClient
) -> None:
    # given a customer assessed C3 (by the questionnaire, stood in for here by the table)
    await import_file(operations, "CUSTOMERS", csv_b64(CUSTOMER_HEADER, customer_line(1)))
    assessed_on = today() - timedelta(days=30)
    await models.Customer.filter(external_id="E1").update(
        risk_tolerance="C3",
        risk_assessed_on=assessed_on,
        risk_expires_on=assessed_on + customer_service.RISK_VALIDITY,
    )
    customer = await models.Customer.get(external_id="E1")
    cid = str(to_global_id("Customer", customer.id))
    sales = await client_for(gql, Role.SALES)
    on = today().isoformat()
    future = (today() + timedelta(days=1)).isoformat()

    async def update(level: str, assessed: str) -> list[tuple[str, str]]:
        body = await sales.execute(
            CUSTOMER_UPDATE,
            {"id": cid, "input": {"riskTolerance": level, "riskAssessedOn": assessed}},
        )
        return [(e["field"], e["code"]) for e in body["data"]["customerUpdate"]["errors"]]

    # when a client manager raises it to C5, or dates an assessment tomorrow
    raised = await update("C5", on)
    dated_ahead = await update("C1", future)
    # then both are refused and nothing changes
    assert raised == [("riskTolerance", "RISK_TOLERANCE_RAISE_REFUSED")]
    assert dated_ahead == [("riskAssessedOn", "ASSESSMENT_DATE_IN_FUTURE")]
    assert (await models.Customer.get(id=customer.id)).risk_tolerance == "C3"
    # while lowering it today is accepted
    assert await update("C2", on) == []
    assert (await models.Customer.get(id=customer.id)).risk_tolerance == "C2"


BIRTH = """query($id: ID!) {
  customer(id: $id) { idNumber birthDate birthMonth age }
  customers(first: 5) { edges { node { birthDate birthMonth } } } }"""


async def test_without_read_pii_the_birth_date_shows_year_and_month_only(
    gql: GraphQLClient, operations: GraphQLClient
) -> None:
    # given a customer whose masked ID number hides exactly the birth-date digits
    await import_file(operations, "CUSTOMERS", csv_b64(CUSTOMER_HEADER, customer_line(1)))
    customer = await models.Customer.get(external_id="E1")
    assert customer.birth_date is not None
    variables = {"id": str(to_global_id("Customer", customer.id))}
    # when marketing (customer:read only) and sales (customer:read_pii) read it
    marketing = (await (await client_for(gql, Role.MARKETING)).execute(BIRTH, variables))["data"]
    sales = (await (await client_for(gql, Role.SALES)).execute(BIRTH, variables))["data"]
    # then marketing gets year and month (and age), never the day — in the 360 and in lists
    month = customer.birth_date.strftime("%Y-%m")
    assert marketing["customer"]["birthDate"] is None
    assert marketing["customer"]["birthMonth"] == month
    assert marketing["customer"]["age"] is not None
    assert marketing["customers"]["edges"] == [{"node": {"birthDate": None, "birthMonth": month}}]
    assert "*" * 8 in marketing["customer"]["idNumber"]
    # while a PII reader sees the whole date
    assert sales["customer"]["birthDate"] == customer.birth_date.isoformat()


async def test_imports_are_for_operations_and_change_no_classification_without_the_right(
    gql: GraphQLClient, operations: GraphQLClient
) -> None:
    # given a loan on sale, imported NORMAL by operations
    await _loan_and_customer(gql, operations, "LN-IMP")
    header = LOAN_HEADER
    line = "L1,E1,LN-IMP,2026-01-05,50000.00,40000.00,{dpd},{cls}"
    normal = csv_b64(header, line.format(dpd=0, cls="NORMAL"))
    assert (await import_file(operations, "HOLDINGS", normal))["result"]["inserted"] == 1
    # when a read-only analyst tries to import at all
    body = await (await client_for(gql, Role.ANALYST)).execute(
        IMPORT,
        {
            "input": {
                "kind": "HOLDINGS",
                "format": "CSV",
                "mode": "ALL_OR_NOTHING",
                "filename": "f.csv",
                "contentBase64": normal,
            }
        },
    )
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    # and an operations user without loan:classify re-imports the loan as DOUBTFUL
    await create_user([Role.ADMIN, Role.SALES], username="ops-only")
    ops_only = gql.as_token((await login(gql, "ops-only"))["token"])
    doubtful = csv_b64(header, line.format(dpd=200, cls="DOUBTFUL"))
    refused = (await import_file(ops_only, "HOLDINGS", doubtful))["result"]
    # then the row is refused and the loan stays NORMAL without history
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [("classification", "FORBIDDEN")]
    assert (await models.Holding.get(external_id="L1")).classification == "NORMAL"
    assert not await models.LoanClassificationChange.filter(classification="DOUBTFUL").exists()
    # a user who may also classify loans changes it, with history
    assert (await import_file(operations, "HOLDINGS", doubtful))["result"]["updated"] == 1
    assert (await models.Holding.get(external_id="L1")).classification == "DOUBTFUL"
    assert await models.LoanClassificationChange.filter(classification="DOUBTFUL").exists()


HOLDING_HEADER = (
    "external_id,customer_external_id,product_code,opened_on,principal,currency,balance"
)


async def test_imported_new_holdings_pass_the_products_sales_checks(
    gql: GraphQLClient, operations: GraphQLClient
) -> None:
    # given a customer, a draft product, and products on sale with a minimum and maximum
    # amount and a sales window of the last ten days
    pm, risk = await client_for(gql, Role.PRODUCT_MANAGER), await client_for(gql, Role.RISK_OFFICER)
    await create_product_via_api(pm, "TIME", code="DEP-DRAFT")
    await on_sale_product(pm, risk, "TIME", code="DEP-MIN", minAmount="10000", maxAmount="500000")
    start, end = today() - timedelta(days=10), today() + timedelta(days=10)
    await on_sale_product(
        pm, risk, "TIME", code="DEP-WIN", salesStart=start.isoformat(), salesEnd=end.isoformat()
    )
    await import_file(operations, "CUSTOMERS", csv_b64(CUSTOMER_HEADER, customer_line(1)))
    on = today().isoformat()
    rows = csv_b64(
        HOLDING_HEADER,
        f"H1,E1,DEP-DRAFT,{on},20000.00,CNY,",  # a draft is not on sale
        f"H2,E1,DEP-MIN,{on},5000.00,CNY,",  # below the minimum
        f"H3,E1,DEP-MIN,{on},600000.00,CNY,",  # above the maximum
        f"H4,E1,DEP-MIN,{on},20000.00,XYZ,",  # not the product's currency
        f"H5,E1,DEP-WIN,{(start - timedelta(days=1)).isoformat()},20000.00,,",  # before the window
        f"H6,E1,DEP-DRAFT,{on},10.00,XYZ,",  # three rules at once
        f"H7,E1,DEP-MIN,{on},20000.00,,",  # fine
    )
    # when imported, all or nothing and skipping invalid rows
    whole = (await import_file(operations, "HOLDINGS", rows))["result"]
    written_whole = await models.Holding.all().count()
    skip = (await import_file(operations, "HOLDINGS", rows, "SKIP_INVALID"))["result"]
    # then every broken rule is named with its row and column, and the file writes nothing
    expected = [
        (1, "product_code", "PRODUCT_NOT_ON_SALE"),
        (2, "principal", "AMOUNT_BELOW_MINIMUM"),
        (3, "principal", "AMOUNT_ABOVE_MAXIMUM"),
        (4, "currency", "CURRENCY_MISMATCH"),
        (5, "opened_on", "OUTSIDE_SALES_WINDOW"),
        (6, "product_code", "PRODUCT_NOT_ON_SALE"),
        (6, "currency", "CURRENCY_MISMATCH"),
        (6, "principal", "AMOUNT_BELOW_MINIMUM"),
    ]
    assert [(e["row"], e["field"], e["code"]) for e in whole["errors"]] == expected
    assert (whole["failed"], whole["committed"], written_whole) == (6, False, 0)
    assert whole["errors"][3]["message"] == "The product is sold in CNY, not XYZ."
    # while skipping invalid rows writes only the good one, in the product's currency
    assert (skip["inserted"], skip["failed"]) == (1, 6)
    assert [h.currency for h in await models.Holding.all()] == ["CNY"]


async def test_imported_new_holdings_take_the_quota_and_updates_are_not_openings(
    gql: GraphQLClient, operations: GraphQLClient
) -> None:
    # given a product on sale with a quota of 100,000 and a customer
    pm, risk = await client_for(gql, Role.PRODUCT_MANAGER), await client_for(gql, Role.RISK_OFFICER)
    await on_sale_product(pm, risk, "TIME", code="DEP-QUOTA", quotaTotal="100000")
    await import_file(operations, "CUSTOMERS", csv_b64(CUSTOMER_HEADER, customer_line(1)))
    on = today().isoformat()
    # when a file opens more than the quota covers
    over = csv_b64(
        HOLDING_HEADER,
        f"H1,E1,DEP-QUOTA,{on},60000.00,,",
        f"H2,E1,DEP-QUOTA,{on},60000.00,,",
    )
    refused = (await import_file(operations, "HOLDINGS", over))["result"]
    # then the row the quota left cannot cover is refused, and nothing is taken
    assert [(e["row"], e["field"], e["code"]) for e in refused["errors"]] == [
        (2, "principal", "QUOTA_EXHAUSTED")
    ]
    product = await product_models.Product.get(code="DEP-QUOTA")
    assert (product.quota_used, product.status) == (0, "ON_SALE")
    # when the holdings that fit are imported, one file after the other
    first = csv_b64(HOLDING_HEADER, f"H1,E1,DEP-QUOTA,{on},60000.00,,")
    rest = csv_b64(HOLDING_HEADER, f"H2,E1,DEP-QUOTA,{on},40000.00,,")
    assert (await import_file(operations, "HOLDINGS", first))["result"]["inserted"] == 1
    assert (await import_file(operations, "HOLDINGS", rest))["result"]["inserted"] == 1
    # then they take the quota, and the used-up quota suspends the product
    product = await product_models.Product.get(code="DEP-QUOTA")
    assert (product.quota_used, product.status) == (100000, "SUSPENDED")
    assert await audit_models.AuditEvent.filter(action="product.quotaExhaustedSuspend").exists()
    # a further opening is refused for both reasons
    more = csv_b64(HOLDING_HEADER, f"H3,E1,DEP-QUOTA,{on},100.00,,")
    late = (await import_file(operations, "HOLDINGS", more))["result"]
    assert [(e["field"], e["code"]) for e in late["errors"]] == [
        ("product_code", "PRODUCT_NOT_ON_SALE"),
        ("principal", "QUOTA_EXHAUSTED"),
    ]
    # while an update of a holding already held (its balance) is no opening: accepted
    update = csv_b64(HOLDING_HEADER, f"H1,E1,DEP-QUOTA,{on},60000.00,,65000.00")
    updated = (await import_file(operations, "HOLDINGS", update))["result"]
    assert (updated["updated"], updated["failed"]) == (1, 0)
    assert (await models.Holding.get(external_id="H1")).balance == 65000
    assert (await product_models.Product.get(code="DEP-QUOTA")).quota_used == 100000


async def test_a_customer_file_with_a_risk_tolerance_column_is_refused_as_a_whole(
    operations: GraphQLClient,
) -> None:
    # given a customer assessed C3 (by the questionnaire, stood in for here by the table)
    await import_file(operations, "CUSTOMERS", csv_b64(CUSTOMER_HEADER, customer_line(1)))
    assessed_on = today() - timedelta(days=30)
    await models.Customer.filter(external_id="E1").update(
        risk_tolerance="C3", risk_assessed_on=assessed_on
    )
    with_risk = csv_b64(
        CUSTOMER_HEADER + ",risk_tolerance,risk_assessed_on",
        customer_line(1) + ",C5,",
        customer_line(2) + ",,",
    )
    dated_only = "\n".join(
        [
            '{"external_id": "E3", "customer_no": "6000000003", "name": "王五", '
            f'"customer_type": "INDIVIDUAL", "id_number": "{valid_id(3)}"}}',
            '{"external_id": "E4", "customer_no": "6000000004", "name": "赵六", '
            f'"customer_type": "INDIVIDUAL", "id_number": "{valid_id(4)}", '
            f'"risk_assessed_on": "{today().isoformat()}"}}',
        ]
    )
    # when files carry the columns, in either mode and format
    csv_refused = await import_file(operations, "CUSTOMERS", with_risk, "SKIP_INVALID")
    jsonl_refused = await import_file(
        operations,
        "CUSTOMERS",
        base64.b64encode(dated_only.encode()).decode(),
        "SKIP_INVALID",
        fmt="JSONL",
    )
    # then the file is refused as a whole, naming each column, and nothing is written
    assert csv_refused["result"] is None
    assert [(e["field"], e["code"]) for e in csv_refused["errors"]] == [
        ("risk_tolerance", "RISK_TOLERANCE_NOT_IMPORTABLE"),
        ("risk_assessed_on", "RISK_TOLERANCE_NOT_IMPORTABLE"),
    ]
    assert "questionnaire" in csv_refused["errors"][0]["message"]
    assert [(e["field"], e["code"]) for e in jsonl_refused["errors"]] == [
        ("risk_assessed_on", "RISK_TOLERANCE_NOT_IMPORTABLE")
    ]
    assert "(row 2)" in jsonl_refused["errors"][0]["message"]
    assert sorted(await models.Customer.all().values_list("external_id", "risk_tolerance")) == [
        ("E1", "C3")
    ]
    # while a file without them updates the assessed customer (keeping C3) and creates new
    # customers unassessed
    plain = csv_b64(CUSTOMER_HEADER, customer_line(1), customer_line(2))
    result = (await import_file(operations, "CUSTOMERS", plain))["result"]
    assert (result["inserted"], result["updated"]) == (1, 1)
    assert sorted(
        await models.Customer.all().values_list("external_id", "risk_tolerance", "risk_assessed_on")
    ) == [("E1", "C3", assessed_on), ("E2", None, None)]
