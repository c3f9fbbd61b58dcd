"""The ``bankpm`` command: serve, migrate, demo data, users and audit verification."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from backend import db
from backend.settings import Settings, SettingsError, load_settings


def _run(settings: Settings, work: Callable[[], Awaitable[int]]) -> int:
    async def main() -> int:
        from backend.domains.customers import pii

        pii.configure(settings)
        await db.init(settings)
        try:
            return await work()
        finally:
            await db.close()

    return asyncio.run(main())


def cmd_migrate(settings: Settings, args: argparse.Namespace) -> int:
    """Apply pending migrations."""

    async def main() -> int:
        try:
            await db.migrate(settings)
        finally:
            await db.close()
        return 0

    return asyncio.run(main())


def cmd_demo_data(settings: Settings, args: argparse.Namespace) -> int:
    """Load demo data into an empty database."""
    from backend import demo

    if settings.is_production:
        print("refusing to load demo data in production", file=sys.stderr)
        return 2

    async def work() -> int:
        created = await demo.load(settings=settings, only_if_empty=not args.force)
        if created:
            print(
                f"demo data loaded: {created} users (password '{demo.DEMO_PASSWORD}') and products"
            )
        else:
            print("database already has users; demo data not loaded (use --force to add)")
        return 0

    return _run(settings, work)


def cmd_create_user(settings: Settings, args: argparse.Namespace) -> int:
    """Create a user from the shell."""
    from backend.actor import Actor
    from backend.domains.auth import service
    from backend.domains.auth.enums import Role
    from backend.errors import DomainError

    try:
        roles = [Role(r.strip().upper()) for r in args.roles.split(",") if r.strip()]
    except ValueError:
        print(f"unknown role in {args.roles!r}; roles: {', '.join(Role)}", file=sys.stderr)
        return 2
    password = os.environ.get("BANKPM_NEW_PASSWORD") or getpass.getpass("Password: ")

    async def work() -> int:
        try:
            user = await service.create_user(
                username=args.username,
                display_name=args.display_name or args.username,
                branch=args.branch,
                roles=roles,
                password=password,
                actor=Actor.system("cli"),
            )
        except DomainError as exc:
            for e in exc.errors:
                print(f"error: {e.field or '-'}: {e.render()}", file=sys.stderr)
            return 1
        print(f"created user {user.username} with roles {', '.join(user.roles)}")
        return 0

    return _run(settings, work)


def cmd_audit_verify(settings: Settings, args: argparse.Namespace) -> int:
    """Recompute the audit hash chain; exit 1 naming the first broken sequence number."""
    from backend.domains.audit import service

    async def work() -> int:
        result = await service.verify_chain()
        if result.first_broken is None:
            print(f"audit chain OK: {result.checked} events verified")
            return 0
        print(
            f"audit chain BROKEN at sequence {result.first_broken}: {result.reason} "
            f"({result.checked} events verified before it)",
            file=sys.stderr,
        )
        return 1

    return _run(settings, work)


def cmd_refresh_rates(settings: Settings, args: argparse.Namespace) -> int:
    """Apply scheduled rate changes and newly effective LPRs to search indexes (run daily,
    e.g. from cron at 00:05; the server's scheduler also does it hourly)."""
    from backend.domains.products import benchmarks

    async def work() -> int:
        print(await benchmarks.refresh_rates())
        return 0

    return _run(settings, work)


def cmd_import(settings: Settings, args: argparse.Namespace) -> int:
    """Import customers, holdings or transactions from a CSV or JSON Lines file."""
    from pathlib import Path

    from backend.actor import Actor
    from backend.domains.customers import importer
    from backend.errors import DomainError

    path = Path(args.file)
    if not path.exists():
        print(f"no such file: {path}", file=sys.stderr)
        return 2
    fmt = args.format or ("JSONL" if path.suffix.lower() in (".jsonl", ".ndjson") else "CSV")
    data = path.read_bytes()
    total_lines = max(data.count(b"\n") - (1 if fmt == "CSV" else 0), 1)

    def progress(done: int) -> None:
        width = 30
        filled = int(width * min(done / total_lines, 1))
        print(
            f"\r  [{'#' * filled}{'.' * (width - filled)}] {done:,}/{total_lines:,} rows",
            end="",
            file=sys.stderr,
            flush=True,
        )

    async def work() -> int:
        try:
            result = await importer.import_file(
                kind=args.kind.upper(),
                content=data,
                fmt=fmt,
                max_bytes=None,
                mode="SKIP_INVALID" if args.skip_invalid else "ALL_OR_NOTHING",
                actor=Actor.system("cli-import"),
                progress=progress,
                filename=path.name,
            )
        except DomainError as exc:
            print(f"\nerror: {exc.errors[0].render()}", file=sys.stderr)
            return 1
        print(file=sys.stderr)
        print(
            f"{result.kind.lower()}: {result.total} rows, {result.inserted} inserted, "
            f"{result.updated} updated, {result.unchanged} unchanged, {result.failed} invalid; "
            f"{'committed' if result.committed else 'nothing written'}"
        )
        if result.errors:
            report = path.with_suffix(path.suffix + ".errors.csv")
            report.write_text(result.report_csv())
            print(f"row errors written to {report}")
        return 0 if result.committed else 1

    return _run(settings, work)


def cmd_rotate_keys(settings: Settings, args: argparse.Namespace) -> int:
    """Add a new PII encryption key and re-encrypt every stored value with it."""
    from backend.actor import Actor
    from backend.domains.customers import service

    async def work() -> int:
        kid, count = await service.rotate_keys(actor=Actor.system("cli"))
        print(f"PII re-encrypted with key {kid}: {count} values")
        return 0

    return _run(settings, work)


def cmd_clean_documents(settings: Settings, args: argparse.Namespace) -> int:
    """Delete stored document files no document or pending change request refers to."""
    from backend.domains.products import documents

    async def work() -> int:
        removed = await documents.clean_orphans(root=settings.documents_dir)
        print(f"orphaned document files removed: {removed}")
        return 0

    return _run(settings, work)


def cmd_jobs(settings: Settings, args: argparse.Namespace) -> int:
    """List the latest runs of scheduled jobs, newest first."""
    from backend.domains.jobs import service

    async def work() -> int:
        runs = await service.recent_runs(job=args.job, limit=args.limit)
        if not runs:
            print("no job runs recorded")
        for run in runs:
            finished = run.finished_at.isoformat(timespec="seconds") if run.finished_at else "-"
            detail = run.detail.replace("\n", " ")[:120]
            print(
                f"{run.started_at.isoformat(timespec='seconds')}  {finished:25}  {run.job:24}  "
                f"{run.outcome:8}  {run.instance}  {detail}"
            )
        return 0

    return _run(settings, work)


def cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    """Serve the API and console with uvicorn."""
    import uvicorn

    from backend.api import logs
    from backend.api.protocol import HeaderTimeoutProtocol

    logs.configure(settings.log_level)
    host = args.host or os.environ.get("HOST", "127.0.0.1")
    port = int(args.port or os.environ.get("PORT", "8000"))
    print(f"BankPM serving at http://{host}:{port}  (GraphQL at /graphql)", flush=True)
    uvicorn.run(
        "backend.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=args.workers,
        # X-Forwarded-For is believed only from BANKPM_TRUSTED_PROXIES, by the app itself
        # (uvicorn's own handling would trust any loopback peer).
        proxy_headers=False,
        http=HeaderTimeoutProtocol,
        # websocket messages are subscriptions and their acknowledgements: no file rides one
        ws_max_size=settings.max_body_bytes,
        timeout_keep_alive=5,
        log_config=None,
        access_log=False,
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``bankpm`` console script."""
    parser = argparse.ArgumentParser(prog="bankpm", description="BankPM command line")
    sub = parser.add_subparsers(dest="command", required=True)
    commands: dict[str, Callable[[Settings, argparse.Namespace], int]] = {}

    def add(name: str, func: Callable[[Settings, argparse.Namespace], int], **kw: Any) -> Any:
        commands[name] = func
        return sub.add_parser(name, help=func.__doc__, description=func.__doc__, **kw)

    p = add("serve", cmd_serve)
    p.add_argument("--host", default=None, help="bind address (default $HOST or 127.0.0.1)")
    p.add_argument("--port", default=None, help="port (default $PORT or 8000)")
    p.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    add("migrate", cmd_migrate)
    p = add("demo-data", cmd_demo_data)
    p.add_argument("--force", action="store_true", help="load even if users exist")
    p = add("create-user", cmd_create_user)
    p.add_argument("username")
    p.add_argument("--roles", required=True, help="comma-separated, e.g. ADMIN,AUDITOR")
    p.add_argument("--display-name", default=None)
    p.add_argument("--branch", default="")
    add("audit-verify", cmd_audit_verify)
    add("refresh-rates", cmd_refresh_rates)
    p = add("import", cmd_import)
    p.add_argument("kind", choices=["customers", "holdings", "transactions"])
    p.add_argument("file")
    p.add_argument(
        "--format", choices=["CSV", "JSONL"], default=None, help="default: from the suffix"
    )
    p.add_argument("--skip-invalid", action="store_true", help="write valid rows, report the rest")
    add("rotate-keys", cmd_rotate_keys)
    add("clean-documents", cmd_clean_documents)
    p = add("jobs", cmd_jobs)
    p.add_argument("--job", default=None, help="only this job")
    p.add_argument("--limit", type=int, default=20, help="how many runs (default 20)")

    args = parser.parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    return commands[args.command](settings, args)


if __name__ == "__main__":
    sys.exit(main())
