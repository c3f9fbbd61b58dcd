"""Personal data protection: AES-256-GCM encryption with key ids, keyed blind indexes for exact
lookup, and masking for display.

Keys come from ``BANKPM_PII_KEYS`` (``kid:base64key,...``; the last is active) with
``BANKPM_PII_INDEX_KEY``, or from ``pii_keys.json`` under the data directory (generated once in
development; required in production). ``bankpm rotate-keys`` adds a key and re-encrypts.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from backend.settings import Settings, SettingsError, expand_secret_files

PREFIX = "v1"


@dataclass
class Keyring:
    """Encryption keys by id, the active key id, and the blind-index key."""

    keys: dict[str, bytes]
    active: str
    index_key: bytes
    path: Path | None = field(default=None, repr=False)

    def encrypt(self, plaintext: str) -> str:
        """Encrypt with the active key: ``v1:<kid>:<base64(nonce ‖ ciphertext+tag)>``."""
        nonce = os.urandom(12)
        sealed = AESGCM(self.keys[self.active]).encrypt(
            nonce, plaintext.encode(), self.active.encode()
        )
        return f"{PREFIX}:{self.active}:{base64.b64encode(nonce + sealed).decode()}"

    def decrypt(self, token: str) -> str:
        """Decrypt a value made by ``encrypt`` with whichever key it names."""
        prefix, kid, payload = token.split(":", 2)
        if prefix != PREFIX or kid not in self.keys:
            raise ValueError(f"unknown PII key id {kid!r}")
        raw = base64.b64decode(payload)
        return AESGCM(self.keys[kid]).decrypt(raw[:12], raw[12:], kid.encode()).decode()

    def key_id_of(self, token: str) -> str:
        """Which key encrypted a value."""
        return token.split(":", 2)[1]

    def blind_index(self, kind: str, value: str) -> str:
        """HMAC-SHA256 of a normalised value: equal inputs match, nothing can be read back."""
        normalised = normalise(kind, value)
        return hmac.new(self.index_key, f"{kind}:{normalised}".encode(), hashlib.sha256).hexdigest()

    def add_key(self) -> str:
        """Create a new active key (rotation) and persist the keyring when file-based."""
        kid = f"k{len(self.keys) + 1}-{secrets.token_hex(2)}"
        self.keys[kid] = AESGCM.generate_key(bit_length=256)
        self.active = kid
        if self.path is not None:
            _write(self.path, self)
        return kid


def normalise(kind: str, value: str) -> str:
    """Canonical form used for indexing: no spaces or dashes, upper case ID letters."""
    cleaned = re.sub(r"[\s-]", "", value)
    if kind == "phone":
        cleaned = cleaned.removeprefix("+86")
    return cleaned.upper()


def mask_id(value: str) -> str:
    """``110105********1234`` — first 6 and last 4 kept."""
    v = normalise("id", value)
    return v[:6] + "*" * max(len(v) - 10, 4) + v[-4:] if len(v) > 10 else v[:2] + "*" * (len(v) - 2)


def mask_phone(value: str) -> str:
    """``138****5678``."""
    v = normalise("phone", value)
    return v[:3] + "****" + v[-4:] if len(v) >= 8 else "*" * len(v)


def mask_card(value: str) -> str:
    """First 6 and last 4 digits: ``622588******1234``."""
    v = normalise("card", value)
    return v[:6] + "*" * max(len(v) - 10, 4) + v[-4:]


def _write(path: Path, ring: Keyring) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "active": ring.active,
        "keys": {k: base64.b64encode(v).decode() for k, v in ring.keys.items()},
        "index_key": base64.b64encode(ring.index_key).decode(),
    }
    partial = path.with_suffix(".tmp")
    partial.write_text(json.dumps(data, indent=2))
    partial.chmod(0o600)
    os.replace(partial, path)


def load(settings: Settings, environ: dict[str, str] | None = None) -> Keyring:
    """Load the keyring from the environment or the key file (created in development)."""
    env = expand_secret_files(os.environ if environ is None else environ)
    if env.get("BANKPM_PII_KEYS"):
        keys: dict[str, bytes] = {}
        for part in env["BANKPM_PII_KEYS"].split(","):
            kid, _, b64 = part.strip().partition(":")
            key = base64.b64decode(b64)
            if len(key) != 32:
                raise SettingsError(f"PII key {kid!r} must be 32 bytes (AES-256)")
            keys[kid] = key
        index = env.get("BANKPM_PII_INDEX_KEY", "")
        if not index:
            raise SettingsError("BANKPM_PII_INDEX_KEY is required with BANKPM_PII_KEYS")
        return Keyring(keys=keys, active=list(keys)[-1], index_key=base64.b64decode(index))
    path = settings.data_dir / "pii_keys.json"
    if path.exists():
        data = json.loads(path.read_text())
        return Keyring(
            keys={k: base64.b64decode(v) for k, v in data["keys"].items()},
            active=data["active"],
            index_key=base64.b64decode(data["index_key"]),
            path=path,
        )
    if settings.is_production:
        raise SettingsError(
            f"PII keys are required in production: set BANKPM_PII_KEYS or provide {path}"
        )
    ring = Keyring(
        keys={"k1": AESGCM.generate_key(bit_length=256)},
        active="k1",
        index_key=secrets.token_bytes(32),
        path=path,
    )
    _write(path, ring)
    return ring


_current: Keyring | None = None
#: Exact searches by personal data one user may make per hour (``BANKPM_PII_SEARCH_PER_HOUR``).
_search_limit = 20


def configure(settings: Settings) -> Keyring:
    """Load the keyring (and the limit of exact searches by personal data) for this process."""
    global _current, _search_limit
    _current = load(settings)
    _search_limit = settings.pii_search_per_hour
    return _current


def search_limit() -> int:
    """How many exact searches by phone or ID number one user may make per hour."""
    return _search_limit


def keyring() -> Keyring:
    """The process's keyring (``configure`` must have run)."""
    if _current is None:
        raise RuntimeError("PII keyring not configured; call pii.configure(settings) at start-up")
    return _current
