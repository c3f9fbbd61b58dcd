"""Product documents: type allowlist, size limit, content-addressed storage, audited downloads.

An upload is staged in a private file and moved into the store only after its database
commit, so a refused upload leaves nothing; ``clean_orphans`` (at start-up and
``bankpm clean-documents``) removes files nothing refers to. A customer-facing document on a
live product is proposed in a change request and attached when a checker approves it.
"""

from __future__ import annotations

import errno
import hashlib
import os
import uuid
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path, PurePath
from typing import Any

from backend import db
from backend.actor import Actor, ActorType
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.products import models
from backend.domains.products.enums import ChangeRequestStatus, DocumentKind, ProductStatus
from backend.domains.products.errors import ProductErrorCode
from backend.errors import DomainError, ErrorCode
from backend.kernel import clock

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


#: Kinds a customer reads (and signs against): on a live product they change only through a
#: change request a second person approves.
CUSTOMER_FACING = frozenset(
    {
        DocumentKind.CONTRACT_TEMPLATE,
        DocumentKind.BROCHURE,
        DocumentKind.PROSPECTUS,
        DocumentKind.RISK_DISCLOSURE,
    }
)
#: Products whose customer-facing documents are under change control (sold, or back on sale
#: when resumed).
LIVE = frozenset({ProductStatus.ON_SALE, ProductStatus.SUSPENDED})
#: Staging area for uploads not yet committed (same file system, so the move is atomic).
STAGING = ".staging"
#: Files younger than this are never taken for orphans (an upload may be committing).
ORPHAN_GRACE = timedelta(hours=1)


@dataclass(frozen=True)
class Uploaded:
    """What an upload did: stored a document version, or proposed one in a change request."""

    document: models.ProductDocument | None = None
    change_request: models.ProductChangeRequest | None = None


#: What a disk without room says (no space, over quota, file too large for the file system).
_NO_ROOM = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def _stage(root: Path, content: bytes, digest: str) -> Path:
    """Write the content to a private staging file (moved into place only after commit),
    and make its final folder now: after the commit nothing may be short of room. A disk
    without room is STORAGE_FULL, with no partial file left behind."""
    staging = root / STAGING
    partial = staging / f"{uuid.uuid4().hex}.part"
    try:
        staging.mkdir(parents=True, exist_ok=True)
        storage_path(root, digest).parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(content)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        if exc.errno not in _NO_ROOM:
            raise
        raise DomainError.single(
            ProductErrorCode.STORAGE_FULL,
            "The document store is full; nothing was saved. Ask an administrator to free space.",
            "contentBase64",
        ) from exc
    return partial


def _place(staged: Path, root: Path, digest: str) -> None:
    """Move committed content to where its hash says (or drop the copy when already there)."""
    path = storage_path(root, digest)
    if path.exists():
        staged.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    os.replace(staged, path)


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
    reason: str | None = None,
) -> Uploaded:
    """Store a document version (same product, kind and title → next version); on a live
    product a customer-facing document is proposed in a change request instead, attached
    when a checker approves it. The file reaches the store only after the database commit,
    so a refused upload leaves no file behind."""
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
    described = {
        "product_id": product_id,
        "kind": kind.value,
        "title": title,
        "filename": filename,
        "content_type": content_type,
        "size": len(content),
        "sha256": digest,
    }
    staged = _stage(root, content, digest)
    try:
        async with db.transaction():
            product = await models.Product.get_or_none(id=product_id)
            if product is None:
                raise DomainError.single(ErrorCode.NOT_FOUND, "No such product.", "productId")
            if kind in CUSTOMER_FACING and ProductStatus(product.status) in LIVE:
                result = Uploaded(change_request=await _propose(product, described, reason, actor))
            else:
                result = Uploaded(document=await _attach(described, actor.id, actor))
        _place(staged, root, digest)
    finally:
        staged.unlink(missing_ok=True)
    return result


async def _attach(
    described: dict[str, Any], uploaded_by_id: int | None, actor: Actor
) -> models.ProductDocument:
    """Create the next version of a document (inside the caller's transaction), audited."""
    previous = await models.ProductDocument.filter(
        product_id=described["product_id"], kind=described["kind"], title=described["title"]
    ).count()
    document = await models.ProductDocument.create(
        product_id=described["product_id"],
        kind=described["kind"],
        title=described["title"],
        filename=described["filename"],
        content_type=described["content_type"],
        size=described["size"],
        sha256=described["sha256"],
        version=previous + 1,
        uploaded_by_id=uploaded_by_id,
    )
    await audit.record(
        actor=actor,
        action="productDocument.upload",
        object_type="ProductDocument",
        object_id=document.id,
        after={
            key: described[key]
            for key in ("product_id", "kind", "title", "filename", "size", "sha256")
        }
        | {"version": document.version},
    )
    return document


async def _propose(
    product: models.Product, described: dict[str, Any], reason: str | None, actor: Actor
) -> models.ProductChangeRequest:
    """A change request that attaches the document when approved (inside the transaction)."""
    why = (reason or "").strip() or f"Attach {described['kind']}: {described['title']}"
    request = await models.ProductChangeRequest.create(
        product=product,
        status=ChangeRequestStatus.PENDING.value,
        reason=why[:500],
        effective_date=clock.today(),
        document=described,
        base_version=product.version,
        requested_by_id=actor.id if actor.type == ActorType.USER else None,
    )
    await audit.record(
        actor=actor,
        action="productChangeRequest.create",
        object_type="ProductChangeRequest",
        object_id=request.id,
        after={"product_id": product.id, "document": described, "reason": why},
    )
    return request


async def attach_approved(
    *, request: models.ProductChangeRequest, actor: Actor
) -> models.ProductDocument | None:
    """Attach the document of an approved change request (inside the approval's transaction)."""
    if not request.document:
        return None
    return await _attach(dict(request.document), request.requested_by_id, actor)


async def clean_orphans(*, root: Path) -> int:
    """Delete stored files no document or pending change request refers to, and staging
    files of uploads that never committed (older than ``ORPHAN_GRACE``); returns how many."""
    if not root.exists():
        return 0
    cutoff = (clock.now() - ORPHAN_GRACE).timestamp()
    removed = 0
    staging = root / STAGING
    if staging.exists():
        for stale in staging.iterdir():
            if stale.is_file() and stale.stat().st_mtime < cutoff:
                stale.unlink(missing_ok=True)
                removed += 1
    candidates = [
        path
        for folder in root.iterdir()
        if folder.is_dir() and folder.name != STAGING and len(folder.name) == 2
        for path in folder.iterdir()
        if path.is_file() and path.stat().st_mtime < cutoff
    ]
    if not candidates:
        return removed
    stored: list[Any] = await models.ProductDocument.filter(
        sha256__in=[p.name for p in candidates]
    ).values_list("sha256", flat=True)
    pending: list[Any] = await models.ProductChangeRequest.filter(
        status=ChangeRequestStatus.PENDING.value, document__not_isnull=True
    ).values_list("document", flat=True)
    kept: set[str] = {str(sha) for sha in stored}
    kept |= {str(d.get("sha256")) for d in pending if isinstance(d, dict)}
    for path in candidates:
        if path.name not in kept:
            path.unlink(missing_ok=True)
            removed += 1
    return removed


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
