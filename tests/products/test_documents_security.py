"""Product documents (#11 item 10): a refused upload leaves no file, orphans are cleaned, and a
customer-facing document on a live product goes through a change request."""

from __future__ import annotations

import base64
import os
import time
from pathlib import Path
from typing import Any

from backend.actor import Actor
from backend.domains.audit import models as audit_models
from backend.domains.auth.enums import Role
from backend.domains.products import documents
from backend.domains.products import models as product_models
from backend.domains.products.demo import _pdf
from backend.domains.products.enums import DocumentKind
from backend.graphql_core.types import to_global_id
from backend.settings import Settings
from tests.factories import GraphQLClient, client_for, create_product_via_api, on_sale_product

UPLOAD = """
mutation Up($input: ProductDocumentUploadInput!) {
  productDocumentUpload(input: $input) {
    document { id kind title version sha256 }
    changeRequest { id status reason document }
    errors { field code }
  }
}
"""
APPROVE = """
mutation A($id: ID!) { productChangeRequestApprove(id: $id, note: "已复核") {
  changeRequest { status } errors { code } } }
"""
DOCUMENTS = "query D($id: ID!) { product(id: $id) { documents { title kind version } } }"


def _upload(product_id: str, content: bytes, kind: str = "PROSPECTUS") -> dict[str, Any]:
    return {
        "input": {
            "productId": product_id,
            "kind": kind,
            "title": "产品说明书",
            "filename": "说明书.pdf",
            "contentBase64": base64.b64encode(content).decode(),
        }
    }


def _stored(root: Path) -> set[str]:
    """The content files in the store (not the staging area)."""
    if not root.exists():
        return set()
    return {
        p.name
        for folder in root.iterdir()
        if folder.is_dir() and folder.name != documents.STAGING
        for p in folder.iterdir()
    }


async def test_a_refused_upload_leaves_no_file(gql: GraphQLClient, settings: Settings) -> None:
    # given a product manager and a product id that names no product
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    before = _stored(settings.documents_dir)
    content = _pdf("refused upload")
    # when the upload is refused by the service
    body = await pm.execute(UPLOAD, _upload(to_global_id("Product", 987654), content))
    # then nothing was stored, not even in the staging area
    assert body["data"]["productDocumentUpload"]["errors"][0]["code"] == "NOT_FOUND"
    assert _stored(settings.documents_dir) == before
    staging = settings.documents_dir / documents.STAGING
    assert not staging.exists() or list(staging.iterdir()) == []


async def test_orphaned_files_are_cleaned_and_referenced_ones_kept(
    gql: GraphQLClient, settings: Settings
) -> None:
    # given a stored document, an old file nothing refers to, and an old staging leftover
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    product = await create_product_via_api(pm)
    kept = (await pm.execute(UPLOAD, _upload(product["id"], _pdf("kept"))))["data"][
        "productDocumentUpload"
    ]["document"]["sha256"]
    root = settings.documents_dir
    orphan = root / "ab" / ("ab" + "0" * 62)
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(b"left behind")
    leftover = root / documents.STAGING / "dead.part"
    leftover.parent.mkdir(parents=True, exist_ok=True)
    leftover.write_bytes(b"never committed")
    young = root / "cd" / ("cd" + "1" * 62)
    young.parent.mkdir(parents=True, exist_ok=True)
    young.write_bytes(b"maybe committing now")
    two_hours_ago = time.time() - 7200
    for path in (orphan, leftover, documents.storage_path(root, kept)):
        os.utime(path, (two_hours_ago, two_hours_ago))
    # when the clean-up runs (at start-up, or `bankpm clean-documents`)
    removed = await documents.clean_orphans(root=root)
    # then the orphan and the leftover are gone; the document's file and a young file stay
    assert removed == 2
    assert not orphan.exists() and not leftover.exists()
    assert documents.storage_path(root, kept).exists() and young.exists()
    young.unlink()


async def test_a_customer_facing_document_on_an_on_sale_product_needs_a_change_request(
    gql: GraphQLClient, settings: Settings
) -> None:
    # given an on-sale product
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    risk = await client_for(gql, Role.RISK_OFFICER)
    product = await on_sale_product(pm, risk)
    content = _pdf("new prospectus")
    # when the product manager uploads a new prospectus
    payload = (await pm.execute(UPLOAD, _upload(product["id"], content)))["data"][
        "productDocumentUpload"
    ]
    # then no document is attached yet: a pending change request holds it
    assert payload["errors"] == [] and payload["document"] is None
    request = payload["changeRequest"]
    assert request["status"] == "PENDING"
    assert request["document"]["kind"] == "PROSPECTUS"
    shown = (await pm.execute(DOCUMENTS, {"id": product["id"]}))["data"]["product"]
    assert shown["documents"] == []
    # its file is kept for the checker, however old (a pending request refers to it)
    held = documents.storage_path(settings.documents_dir, request["document"]["sha256"])
    os.utime(held, (time.time() - 7200, time.time() - 7200))
    await documents.clean_orphans(root=settings.documents_dir)
    assert held.read_bytes() == content
    # the maker cannot approve it; a risk officer can, and then it is attached
    refused = await pm.execute(APPROVE, {"id": request["id"]})
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    approved = (await risk.execute(APPROVE, {"id": request["id"]}))["data"]
    assert approved["productChangeRequestApprove"]["changeRequest"]["status"] == "APPROVED"
    shown = (await pm.execute(DOCUMENTS, {"id": product["id"]}))["data"]["product"]
    assert shown["documents"] == [{"title": "产品说明书", "kind": "PROSPECTUS", "version": 1}]
    uploads = await audit_models.AuditEvent.filter(action="productDocument.upload")
    assert [u.actor_name for u in uploads] == ["riskofficer"]


async def test_an_internal_document_on_an_on_sale_product_is_attached_at_once(
    gql: GraphQLClient,
) -> None:
    # given an on-sale product
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    risk = await client_for(gql, Role.RISK_OFFICER)
    product = await on_sale_product(pm, risk)
    # when an internal (OTHER) document is uploaded
    payload = (await pm.execute(UPLOAD, _upload(product["id"], _pdf("memo"), "OTHER")))["data"][
        "productDocumentUpload"
    ]
    # then it is attached directly
    assert payload["document"]["version"] == 1 and payload["changeRequest"] is None


async def test_the_service_routes_every_caller_through_the_change_request(
    gql: GraphQLClient, settings: Settings
) -> None:
    # given an on-sale product
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    risk = await client_for(gql, Role.RISK_OFFICER)
    product = await on_sale_product(pm, risk)
    pk = int(base64.b64decode(product["id"]).decode().split(":")[1])
    # when a system caller (the demo loader, a script) uploads a risk disclosure
    uploaded = await documents.upload(
        product_id=pk,
        kind=DocumentKind.RISK_DISCLOSURE,
        title="风险揭示书",
        filename="r.pdf",
        content=_pdf("risk"),
        actor=Actor.system("script"),
        root=settings.documents_dir,
        max_bytes=settings.max_upload_bytes,
    )
    # then it too becomes a change request
    assert uploaded.document is None and uploaded.change_request is not None
    assert not await product_models.ProductDocument.filter(product_id=pk).exists()
