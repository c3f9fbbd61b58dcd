"""Settings read once from the environment, with safe development defaults."""

from __future__ import annotations

import contextlib
import ipaddress
import os
import secrets
import socket
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

#: The most an operation may cost (see ``backend/api/guards.py``), signed in and anonymous.
DEFAULT_MAX_QUERY_COST = 5000
DEFAULT_ANONYMOUS_MAX_QUERY_COST = 100

DEVELOPMENT = "development"
PRODUCTION = "production"

#: Secrets that may be given as a file instead (``NAME_FILE=/run/secrets/...``), as Docker
#: secrets are: the file's content (without the trailing newline) becomes the value.
SECRET_VARIABLES = (
    "BANKPM_SECRET_KEY",
    "BANKPM_PII_KEYS",
    "BANKPM_PII_INDEX_KEY",
    "BANKPM_METRICS_TOKEN",
    "DATABASE_URL",
)

#: A network address or range, as the allow-lists hold them.
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class SettingsError(RuntimeError):
    """Raised when the environment does not describe a startable configuration."""


def default_instance_id() -> str:
    """Name this process uniquely among the API instances: host name and process id."""
    return f"{socket.gethostname()}-{os.getpid()}"


@dataclass(frozen=True)
class Settings:
    """Everything the process needs to know about its environment."""

    env: str
    data_dir: Path
    database_url: str
    secret_key: str
    allowed_origins: tuple[str, ...]
    session_idle_minutes: int
    static_dir: Path
    cookie_secure: bool
    documents_dir: Path = Path("data/documents")
    max_upload_bytes: int = 10 * 1024 * 1024
    log_level: str = "INFO"
    demo_password: str = field(default="bankpm-demo", repr=False)
    scheduler_enabled: bool = True
    monitor_interval_seconds: int = 300
    instance_id: str = field(default_factory=default_instance_id)
    #: Largest request body in bytes for anything but the file-carrying operations.
    max_body_bytes: int = 1024 * 1024
    #: Seconds a client has to send a request's headers, and then its whole body.
    header_timeout_seconds: int = 10
    body_timeout_seconds: int = 60
    #: Peers whose X-Forwarded-For / X-Forwarded-Proto are believed (none by default).
    trusted_proxies: tuple[Network, ...] = ()
    #: /metrics in production: a bearer token and/or client addresses allowed to scrape.
    metrics_token: str = field(default="", repr=False)
    metrics_allow: tuple[Network, ...] = ()
    #: Exact searches by phone or ID number one user may make per hour (then refused + alert).
    pii_search_per_hour: int = 20
    #: Refusals (FORBIDDEN...) written to the audit chain per user per minute; more are counted.
    audit_refusals_per_minute: int = 10
    #: Sign-in throttling: per username (lockout) and per address (block with back-off).
    login_max_failures: int = 5
    login_lockout_minutes: int = 30
    login_ip_max_failures: int = 20
    login_ip_window_minutes: int = 15
    login_ip_block_seconds: int = 60
    login_ip_max_block_minutes: int = 60
    max_query_cost: int = DEFAULT_MAX_QUERY_COST
    anonymous_max_query_cost: int = DEFAULT_ANONYMOUS_MAX_QUERY_COST

    @property
    def is_production(self) -> bool:
        """Whether production hardening (no IDE, no introspection, no demo users) applies."""
        return self.env == PRODUCTION

    @property
    def is_sqlite(self) -> bool:
        """Whether the database is the embedded SQLite file."""
        return self.database_url.startswith("sqlite")


def _secret(value: str, data_dir: Path, env: str) -> str:
    """Return the secret key from the environment, or a per-installation one in development."""
    value = value.strip()
    if value:
        if env == PRODUCTION and len(value) < 32:
            raise SettingsError("BANKPM_SECRET_KEY must be at least 32 characters in production")
        return value
    if env == PRODUCTION:
        raise SettingsError("BANKPM_SECRET_KEY is required in production")
    path = data_dir / "secret_key"
    if path.exists():
        return path.read_text().strip()
    private_dir(data_dir)
    value = secrets.token_urlsafe(48)
    private_file(path, value)
    return value


def private_dir(path: Path) -> None:
    """Create a directory (and its parents) readable by this user only (mode 700).

    A directory that already exists keeps its mode: it may be a mount point or shared on
    purpose; the files we create in it are private anyway."""
    if path.exists():
        return
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.chmod(0o700)  # mkdir's mode is filtered by the umask


def private_file(path: Path, text: str | None = None) -> None:
    """Create a file readable and writable by this user only (mode 600), never visible with
    a wider mode even for an instant; an existing file is narrowed to 600 (by path: opening
    and closing a database file would drop SQLite's locks on it in this process)."""
    if text is not None:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.fchmod(fd, 0o600)
            os.write(fd, text.encode())
        finally:
            os.close(fd)
        return
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    if path.stat().st_mode & 0o077:
        path.chmod(0o600)


def expand_secret_files(environ: Mapping[str, str]) -> dict[str, str]:
    """Return the environment with each ``NAME_FILE`` of a secret read into ``NAME``.

    Setting both ``NAME`` and ``NAME_FILE`` is a mistake that could hide which one is used,
    so it is refused; so is a file that cannot be read."""
    env = dict(environ)
    for name in SECRET_VARIABLES:
        file_name = env.get(f"{name}_FILE", "").strip()
        if not file_name:
            continue
        if env.get(name, "").strip():
            raise SettingsError(f"Set {name} or {name}_FILE, not both")
        try:
            env[name] = Path(file_name).read_text().rstrip("\r\n")
        except OSError as exc:
            raise SettingsError(f"{name}_FILE cannot be read: {exc.strerror}") from exc
    return env


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    """Build settings from the environment (or the given mapping) and validate them."""
    env_vars = expand_secret_files(os.environ if environ is None else environ)
    env = env_vars.get("BANKPM_ENV", DEVELOPMENT).strip().lower()
    if env not in (DEVELOPMENT, PRODUCTION):
        raise SettingsError(f"BANKPM_ENV must be '{DEVELOPMENT}' or '{PRODUCTION}', not {env!r}")
    root = Path(__file__).resolve().parent.parent
    data_dir = Path(env_vars.get("BANKPM_DATA_DIR", str(root / "data"))).resolve()
    database_url = env_vars.get("DATABASE_URL", "").strip() or f"sqlite://{data_dir}/bankpm.sqlite3"
    if database_url.startswith("postgresql://"):
        database_url = "postgres://" + database_url.removeprefix("postgresql://")
    if not database_url.startswith(("sqlite://", "postgres://")):
        raise SettingsError("DATABASE_URL must start with sqlite:// or postgres://")
    if database_url.startswith("sqlite://"):
        database_file = Path(database_url.removeprefix("sqlite://"))
        private_dir(database_file.parent)
        private_file(database_file)  # SQLite gives its -wal and -shm files the same mode
    origins = tuple(
        o.strip() for o in env_vars.get("BANKPM_ALLOWED_ORIGINS", "").split(",") if o.strip()
    )
    try:
        idle = int(env_vars.get("BANKPM_SESSION_IDLE_MINUTES", "30"))
    except ValueError as exc:
        raise SettingsError("BANKPM_SESSION_IDLE_MINUTES must be a whole number") from exc
    if idle <= 0:
        raise SettingsError("BANKPM_SESSION_IDLE_MINUTES must be positive")
    return Settings(
        env=env,
        data_dir=data_dir,
        database_url=database_url,
        secret_key=_secret(env_vars.get("BANKPM_SECRET_KEY", ""), data_dir, env),
        allowed_origins=origins,
        session_idle_minutes=idle,
        static_dir=Path(env_vars.get("BANKPM_STATIC_DIR", str(root / "frontend" / "dist"))),
        cookie_secure=env == PRODUCTION,
        documents_dir=_documents_dir(env_vars, data_dir),
        max_upload_bytes=_int(env_vars, "BANKPM_MAX_UPLOAD_MB", 10) * 1024 * 1024,
        log_level=env_vars.get("BANKPM_LOG_LEVEL", "INFO").upper(),
        scheduler_enabled=_switch(env_vars, "BANKPM_SCHEDULER", True),
        monitor_interval_seconds=_int(env_vars, "BANKPM_MONITOR_INTERVAL_SECONDS", 300),
        instance_id=_instance_id(env_vars),
        max_body_bytes=_int(env_vars, "BANKPM_MAX_BODY_KB", 1024) * 1024,
        header_timeout_seconds=header_timeout_seconds(env_vars),
        body_timeout_seconds=_int(env_vars, "BANKPM_BODY_TIMEOUT_SECONDS", 60),
        trusted_proxies=_networks(env_vars, "BANKPM_TRUSTED_PROXIES"),
        metrics_token=_metrics_token(env_vars),
        metrics_allow=_networks(env_vars, "BANKPM_METRICS_ALLOW"),
        pii_search_per_hour=_int(env_vars, "BANKPM_PII_SEARCH_PER_HOUR", 20),
        audit_refusals_per_minute=_int(env_vars, "BANKPM_AUDIT_REFUSALS_PER_MINUTE", 10),
        login_max_failures=_int(env_vars, "BANKPM_LOGIN_MAX_FAILURES", 5),
        login_lockout_minutes=_int(env_vars, "BANKPM_LOGIN_LOCKOUT_MINUTES", 30),
        login_ip_max_failures=_int(env_vars, "BANKPM_LOGIN_IP_MAX_FAILURES", 20),
        login_ip_window_minutes=_int(env_vars, "BANKPM_LOGIN_IP_WINDOW_MINUTES", 15),
        login_ip_block_seconds=_int(env_vars, "BANKPM_LOGIN_IP_BLOCK_SECONDS", 60),
        login_ip_max_block_minutes=_int(env_vars, "BANKPM_LOGIN_IP_MAX_BLOCK_MINUTES", 60),
        max_query_cost=_int(env_vars, "BANKPM_MAX_QUERY_COST", DEFAULT_MAX_QUERY_COST),
        anonymous_max_query_cost=_int(
            env_vars, "BANKPM_ANONYMOUS_MAX_QUERY_COST", DEFAULT_ANONYMOUS_MAX_QUERY_COST
        ),
    )


def header_timeout_seconds(env_vars: Mapping[str, str] | None = None) -> int:
    """``BANKPM_HEADER_TIMEOUT_SECONDS`` (10): read alone by the HTTP protocol of each server
    process, which must not build whole settings (directories, files) once serving."""
    return _int(
        dict(os.environ if env_vars is None else env_vars), "BANKPM_HEADER_TIMEOUT_SECONDS", 10
    )


def _documents_dir(env_vars: dict[str, str], data_dir: Path) -> Path:
    """The uploaded documents' directory, created private (700) when missing."""
    path = Path(env_vars.get("BANKPM_DOCUMENTS_DIR", str(data_dir / "documents")))
    private_dir(path)
    return path


def _networks(env_vars: dict[str, str], name: str) -> tuple[Network, ...]:
    """Read a comma-separated list of addresses or CIDR ranges."""
    out: list[Network] = []
    for part in env_vars.get(name, "").split(","):
        if not part.strip():
            continue
        try:
            out.append(ipaddress.ip_network(part.strip(), strict=False))
        except ValueError as exc:
            raise SettingsError(f"{name}: {part.strip()!r} is not an address or range") from exc
    return tuple(out)


def _metrics_token(env_vars: dict[str, str]) -> str:
    value = env_vars.get("BANKPM_METRICS_TOKEN", "").strip()
    if value and len(value) < 24:
        raise SettingsError("BANKPM_METRICS_TOKEN must be at least 24 characters")
    return value


def _int(env_vars: dict[str, str], name: str, default: int) -> int:
    """Read a positive whole number from the environment."""
    try:
        value = int(env_vars.get(name, str(default)))
    except ValueError as exc:
        raise SettingsError(f"{name} must be a whole number") from exc
    if value <= 0:
        raise SettingsError(f"{name} must be positive")
    return value


def _switch(env_vars: dict[str, str], name: str, default: bool) -> bool:
    """Read an on/off switch from the environment."""
    value = env_vars.get(name, "").strip().lower()
    if not value:
        return default
    if value in ("on", "true", "yes", "1"):
        return True
    if value in ("off", "false", "no", "0"):
        return False
    raise SettingsError(f"{name} must be 'on' or 'off', not {value!r}")


def _instance_id(env_vars: dict[str, str]) -> str:
    """Read this instance's name, defaulting to host name and process id."""
    value = env_vars.get("BANKPM_INSTANCE_ID", "").strip() or default_instance_id()
    if len(value) > 120:
        raise SettingsError("BANKPM_INSTANCE_ID must be at most 120 characters")
    return value
