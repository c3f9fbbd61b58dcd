"""Product documents: type allowlist, size limit, content-addressed storage, audited downloads."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path, PurePath

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.products import models
from backend.domains.products.enums import DocumentKind
from backend.domains.products.errors import ProductErrorCode
from backend.errors import DomainError, ErrorCode

#: Allowed extensions, their content type and the leading bytes a real file of that type has.
ALLOWED: dict[str, tuple[str, tuple[bytes, ...]]] = {
    ".pdf": ("application/pdf", (b"%PDF-",)),
    ".docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        (b"PK\x03\x04",),
    ),
    ".xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        (b"PK\x03\x04",),
    ),
    ".png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    ".jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".md": ("text/markdown; charset=utf-8", ()),
}


def _check_content(filename: str, content: bytes, max_bytes: int) -> str:
    """Return the content type, or raise when the file is not acceptable."""
    suffix = PurePath(filename).suffix.lower()
    if suffix not in ALLOWED:
        raise DomainError.single(
            ProductErrorCode.FILE_TYPE_NOT_ALLOWED,
            "Allowed file types: {types}.",
            "filename",
            types="PDF, DOCX, XLSX, PNG, JPEG, Markdown",
        )
    if not content:
        raise DomainError.single(ErrorCode.REQUIRED, "The file is empty.", "contentBase64")
    if len(content) > max_bytes:
        raise DomainError.single(
            ProductErrorCode.FILE_TOO_LARGE,
            "The file is larger than {limit} MB.",
            "contentBase64",
            limit=max_bytes // (1024 * 1024),
        )
    content_type, signatures = ALLOWED[suffix]
    if signatures and not any(content.startswith(sig) for sig in signatures):
        raise DomainError.single(
            ErrorCode.INVALID, "The file's content does not match its type.", "contentBase64"
        )
    if suffix == ".md":
        try:
            content.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DomainError.single(
                ErrorCode.INVALID, "The file's content does not match its type.", "contentBase64"
            ) from exc
    return content_type


def storage_path(root: Path, sha256: str) -> Path:
    """Where content with this hash is kept."""
    return root / sha256[:2] / sha256


async def upload(
    *,
    product_id: int,
    kind: DocumentKind,
    title: str,
    filename: str,
    content: bytes,
    actor: Actor,
    root: Path,
    max_bytes: int,
) -> models.ProductDocument:
    """Store a document version (same product, kind and title → next version)."""
    if not actor.can(perms.PRODUCT_WRITE):
        raise DomainError.single(
            ErrorCode.FORBIDDEN,
            "You do not have the '{permission}' permission.",
            permission=perms.PRODUCT_WRITE,
        )
    title = title.strip()
    filename = PurePath(filename.replace("\\", "/")).name.strip()
    if not 1 <= len(title) <= 200:
        raise DomainError.single(ErrorCode.REQUIRED, "At most {max} characters.", "title", max=200)
    if not 1 <= len(filename) <= 200:
        raise DomainError.single(
            ErrorCode.REQUIRED, "At most {max} characters.", "filename", max=200
        )
    content_type = _check_content(filename, content, max_bytes)
    digest = hashlib.sha256(content).hexdigest()
    path = storage_path(root, digest)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".part")
        partial.write_bytes(content)
        os.replace(partial, path)
    async with db.transaction():
        if not await models.Product.filter(id=product_id).exists():
            raise DomainError.single(ErrorCode.NOT_FOUND, "No such product.", "productId")
        previous = await models.ProductDocument.filter(
            product_id=product_id, kind=kind.value, title=title
        ).count()
        document = await models.ProductDocument.create(
            product_id=product_id,
            kind=kind.value,
            title=title,
            filename=filename,
            content_type=content_type,
            size=len(content),
            sha256=digest,
            version=previous + 1,
            uploaded_by_id=actor.id if actor.type.value == "USER" else None,
        )
        await audit.record(
            actor=actor,
            action="productDocument.upload",
            object_type="ProductDocument",
            object_id=document.id,
            after={
                "product_id": product_id,
                "kind": kind.value,
                "title": title,
                "filename": filename,
                "size": len(content),
                "sha256": digest,
                "version": document.version,
            },
        )
    return document


async def open_for_download(
    *, document_id: int, actor: Actor, root: Path
) -> tuple[models.ProductDocument, Path]:
    """Return a document and its file for a reader, recording the download in the audit trail."""
    if not actor.can(perms.PRODUCT_READ):
        raise DomainError.single(
            ErrorCode.FORBIDDEN,
            "You do not have the '{permission}' permission.",
            permission=perms.PRODUCT_READ,
        )
    document = await models.ProductDocument.get_or_none(id=document_id)
    if document is None:
        raise DomainError.single(ErrorCode.NOT_FOUND, "No such document.", "id")
    path = storage_path(root, document.sha256)
    if not path.exists():
        raise DomainError.single(ErrorCode.NOT_FOUND, "No such document.", "id")
    async with db.transaction():
        await audit.record(
            actor=actor,
            action="productDocument.download",
            object_type="ProductDocument",
            object_id=document.id,
            after={"product_id": document.product_id, "sha256": document.sha256},
        )
    return document, path


async def documents_by_product(
    *, product_ids: list[int]
) -> dict[int, list[models.ProductDocument]]:
    """Each product's documents, newest first."""
    rows = await models.ProductDocument.filter(product_id__in=product_ids).order_by("-id")
    out: dict[int, list[models.ProductDocument]] = {pid: [] for pid in product_ids}
    for row in rows:
        out[row.product_id].append(row)
    return out


async def get_many(*, ids: list[int]) -> list[models.ProductDocument]:
    """The documents with these ids."""
    return await models.ProductDocument.filter(id__in=ids)
