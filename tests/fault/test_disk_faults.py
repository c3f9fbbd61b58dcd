"""A full documents disk: uploads fail with a typed error, leave no row and no partial file,
and work again once there is room."""

from __future__ import annotations

import base64
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import IN_CI, start_server, stop_server
from tests.fault.conftest import FaultServer, login

pytestmark = [pytest.mark.fault, pytest.mark.live]

UPLOAD = """
mutation($input: ProductDocumentUploadInput!) {
  productDocumentUpload(input: $input) { document { id } errors { code field } }
}
"""
#: Room on the small disk; the file uploaded is larger.
DISK_KB = 512


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 512 KB tmpfs for the documents directory (mounting needs root, as CI has)."""
    mount = tmp_path / "documents"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_KB}k,mode=700", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        message = f"cannot mount a small tmpfs: {done.stderr.strip()}"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def _pdf(kilobytes: int) -> str:
    return base64.b64encode(b"%PDF-1.7\n" + os.urandom(kilobytes * 1024)).decode()


def test_an_upload_to_a_full_disk_fails_cleanly_and_works_once_there_is_room(
    fault_server: FaultServer, small_disk: Path
) -> None:
    # given a server whose documents directory is a small disk, and a draft product
    server = fault_server
    env = {**server.env, "BANKPM_DOCUMENTS_DIR": str(small_disk)}
    proc, base = start_server(env, small_disk.parent / "disk-server.log")
    try:
        token = login(base, "pm")
        product = server.scalar(
            "SELECT id FROM products_product WHERE status = 'DRAFT' ORDER BY id LIMIT 1"
        )
        product_id = base64.b64encode(f"Product:{product}".encode()).decode()
        before = server.scalar("SELECT count(*) FROM products_document")

        def upload(kilobytes: int) -> dict[str, object]:
            response = server.gql(
                UPLOAD,
                {
                    "input": {
                        "productId": product_id,
                        "kind": "BROCHURE",
                        "title": f"宣传册 {kilobytes} KB",
                        "filename": "brochure.pdf",
                        "contentBase64": _pdf(kilobytes),
                    }
                },
                bearer=token,
                base=base,
            )
            assert response.status_code == 200, response.text
            payload: dict[str, object] = response.json()["data"]["productDocumentUpload"]
            return payload

        # when a file larger than the room left is uploaded
        refused = upload(DISK_KB + 100)
        # then it is refused with a typed error, and nothing is left: no row, no partial file
        assert refused["document"] is None
        assert [e["code"] for e in refused["errors"]] == ["STORAGE_FULL"]  # type: ignore[attr-defined]
        assert server.scalar("SELECT count(*) FROM products_document") == before
        assert [p for p in small_disk.rglob("*") if p.is_file()] == []
        # and a file that fits is stored as usual
        stored = upload(100)
        assert stored["errors"] == [] and stored["document"]
        assert server.scalar("SELECT count(*) FROM products_document") == before + 1
    finally:
        stop_server(proc)
