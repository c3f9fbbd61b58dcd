"""Product documents: type allowlist, size limit, versions, permissioned and audited download."""

from __future__ import annotations

import base64
import hashlib

import httpx
import pytest

from backend.domains.audit import models as audit_models
from backend.domains.auth.enums import Role
from backend.domains.products.demo import _pdf
from backend.settings import Settings
from tests.factories import GraphQLClient, client_for, create_product_via_api

UPLOAD = """
mutation Up($input: ProductDocumentUploadInput!) {
  productDocumentUpload(input: $input) {
    document { id kind title filename contentType size sha256 version downloadUrl uploadedBy { username } }
    errors { field code message }
  }
}
"""


def upload_input(
    product_id: str, content: bytes, filename: str = "说明书.pdf", title: str = "产品说明书"
) -> dict[str, object]:
    return {
        "input": {
            "productId": product_id,
            "kind": "PROSPECTUS",
            "title": title,
            "filename": filename,
            "contentBase64": base64.b64encode(content).decode(),
        }
    }


async def test_upload_versions_and_download(
    gql: GraphQLClient, http: httpx.AsyncClient, settings: Settings
) -> None:
    # given
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    product = await create_product_via_api(pm)
    first_pdf, second_pdf = _pdf("v1"), _pdf("v2")
    # when two versions are uploaded
    first = (await pm.execute(UPLOAD, upload_input(product["id"], first_pdf)))["data"][
        "productDocumentUpload"
    ]
    second = (await pm.execute(UPLOAD, upload_input(product["id"], second_pdf)))["data"][
        "productDocumentUpload"
    ]
    # then
    doc = second["document"]
    assert first["errors"] == [] and second["errors"] == []
    assert (first["document"]["version"], doc["version"]) == (1, 2)
    assert doc["sha256"] == hashlib.sha256(second_pdf).hexdigest()
    assert doc["contentType"] == "application/pdf" and doc["size"] == len(second_pdf)
    assert (settings.documents_dir / doc["sha256"][:2] / doc["sha256"]).read_bytes() == second_pdf
    # and a signed-in reader downloads it, which is audited
    response = await http.get(doc["downloadUrl"], headers={"authorization": f"Bearer {pm.token}"})
    assert response.status_code == 200 and response.content == second_pdf
    assert "attachment" in response.headers["content-disposition"]
    downloads = await audit_models.AuditEvent.filter(action="productDocument.download").count()
    assert downloads == 1


@pytest.mark.parametrize(
    ("filename", "content", "field", "code"),
    [
        ("malware.exe", b"MZ\x90\x00", "filename", "FILE_TYPE_NOT_ALLOWED"),
        ("fake.pdf", b"<html>not a pdf</html>", "contentBase64", "INVALID"),
        ("image.png", b"%PDF-1.4 pretending", "contentBase64", "INVALID"),
        ("notes.md", b"\xff\xfe\x00binary", "contentBase64", "INVALID"),
        ("empty.pdf", b"", "contentBase64", "REQUIRED"),
    ],
)
async def test_disallowed_files_are_refused(
    gql: GraphQLClient, filename: str, content: bytes, field: str, code: str
) -> None:
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    product = await create_product_via_api(pm)
    result = await pm.execute(UPLOAD, upload_input(product["id"], content, filename))
    payload = result["data"]["productDocumentUpload"]
    assert payload["document"] is None
    assert (payload["errors"][0]["field"], payload["errors"][0]["code"]) == (field, code)


async def test_size_limit(gql: GraphQLClient, settings: Settings) -> None:
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    product = await create_product_via_api(pm)
    too_big = b"%PDF-" + b"0" * settings.max_upload_bytes
    payload = (await pm.execute(UPLOAD, upload_input(product["id"], too_big)))["data"][
        "productDocumentUpload"
    ]
    assert payload["errors"][0]["message"] == "The file is larger than 10 MB."
    assert payload["errors"][0]["code"] == "FILE_TOO_LARGE"


async def test_markdown_and_images_are_accepted(gql: GraphQLClient) -> None:
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    product = await create_product_via_api(pm)
    md = await pm.execute(
        UPLOAD, upload_input(product["id"], "# 风险揭示\n".encode(), "risk.md", "风险揭示")
    )
    png = await pm.execute(
        UPLOAD, upload_input(product["id"], b"\x89PNG\r\n\x1a\n...", "a.png", "海报")
    )
    assert md["data"]["productDocumentUpload"]["document"]["contentType"].startswith(
        "text/markdown"
    )
    assert png["data"]["productDocumentUpload"]["document"]["contentType"] == "image/png"


async def test_download_needs_a_reader(gql: GraphQLClient, http: httpx.AsyncClient) -> None:
    # given a document
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    product = await create_product_via_api(pm)
    doc = (await pm.execute(UPLOAD, upload_input(product["id"], _pdf("x"))))["data"][
        "productDocumentUpload"
    ]["document"]
    admin = await client_for(gql, Role.ADMIN)
    key = (
        await admin.execute("""mutation { apiKeyCreate(input: {name: "app", scopes: [CATALOG_READ]})
      { secret } }""")
    )["data"]["apiKeyCreate"]["secret"]
    # when / then
    http.cookies.clear()
    anonymous = await http.get(doc["downloadUrl"])
    catalog_key = await http.get(doc["downloadUrl"], headers={"authorization": f"Bearer {key}"})
    missing = await http.get(
        "/files/documents/bm9wZQ==", headers={"authorization": f"Bearer {pm.token}"}
    )
    assert anonymous.status_code == 401
    assert catalog_key.status_code == 403
    assert missing.status_code == 404


async def test_upload_needs_product_write(gql: GraphQLClient) -> None:
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    product = await create_product_via_api(pm)
    analyst = await client_for(gql, Role.ANALYST)
    result = await analyst.execute(UPLOAD, upload_input(product["id"], _pdf("x")))
    assert result["errors"][0]["extensions"]["code"] == "FORBIDDEN"
