"""Settings read once from the environment, with safe development defaults."""

from __future__ import annotations

import os
import secrets
import socket
from dataclasses import dataclass, field
from pathlib import Path

#: The most an operation may cost (see ``backend/api/guards.py``), signed in and anonymous.
DEFAULT_MAX_QUERY_COST = 5000
DEFAULT_ANONYMOUS_MAX_QUERY_COST = 100

DEVELOPMENT = "development"
PRODUCTION = "production"


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
    data_dir.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(48)
    path.write_text(value)
    path.chmod(0o600)
    return value


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    """Build settings from the environment (or the given mapping) and validate them."""
    env_vars = dict(os.environ if environ is None else environ)
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
        Path(database_url.removeprefix("sqlite://")).parent.mkdir(parents=True, exist_ok=True)
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
        documents_dir=Path(env_vars.get("BANKPM_DOCUMENTS_DIR", str(data_dir / "documents"))),
        max_upload_bytes=_int(env_vars, "BANKPM_MAX_UPLOAD_MB", 10) * 1024 * 1024,
        log_level=env_vars.get("BANKPM_LOG_LEVEL", "INFO").upper(),
        scheduler_enabled=_switch(env_vars, "BANKPM_SCHEDULER", True),
        monitor_interval_seconds=_int(env_vars, "BANKPM_MONITOR_INTERVAL_SECONDS", 300),
        instance_id=_instance_id(env_vars),
        max_query_cost=_int(env_vars, "BANKPM_MAX_QUERY_COST", DEFAULT_MAX_QUERY_COST),
        anonymous_max_query_cost=_int(
            env_vars, "BANKPM_ANONYMOUS_MAX_QUERY_COST", DEFAULT_ANONYMOUS_MAX_QUERY_COST
        ),
    )


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
