"""The bankpm command and settings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from backend.demo import DEMO_USERS
from backend.domains.auth import models as auth_models
from backend.domains.customers import models as customer_models
from backend.settings import Settings, load_settings
from tests.platform.demo_book import violations

ROOT = Path(__file__).resolve().parents[2]


def bankpm(settings: Settings, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backend.cli", *args],
        env={
            **os.environ,
            "DATABASE_URL": settings.database_url,
            "BANKPM_DATA_DIR": str(settings.data_dir),
            **env,
        },
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


async def test_create_user_from_the_shell(settings: Settings) -> None:
    # when
    ok = bankpm(
        settings,
        "create-user",
        "zhangwei",
        "--roles",
        "risk_officer,auditor",
        "--display-name",
        "张伟",
        BANKPM_NEW_PASSWORD="a-long-password",
    )
    weak = bankpm(settings, "create-user", "lisi", "--roles", "SALES", BANKPM_NEW_PASSWORD="short")
    unknown_role = bankpm(
        settings, "create-user", "wangwu", "--roles", "BOSS", BANKPM_NEW_PASSWORD="a-long-password"
    )
    # then
    assert ok.returncode == 0, ok.stderr
    user = await auth_models.User.get(username="zhangwei")
    assert sorted(user.roles) == ["AUDITOR", "RISK_OFFICER"] and user.display_name == "张伟"
    assert weak.returncode == 1 and "at least 12" in weak.stderr
    assert unknown_role.returncode == 2 and "unknown role" in unknown_role.stderr
    assert not await auth_models.User.filter(username__in=["lisi", "wangwu"]).exists()


async def test_demo_data_loads_once_and_obeys_every_rule_it_demonstrates(
    settings: Settings,
) -> None:
    # given / when: the demo data, loaded twice
    first = bankpm(settings, "demo-data", BANKPM_DEMO_CUSTOMERS="150")
    second = bankpm(settings, "demo-data", BANKPM_DEMO_CUSTOMERS="150")
    # then: once
    assert first.returncode == 0 and "9 users" in first.stdout, first.stderr
    assert second.returncode == 0 and "not loaded" in second.stdout
    assert await auth_models.User.filter(is_demo=True).count() == len(DEMO_USERS)
    # and every rule, run over the whole book, finds nothing (on a book of every family)
    families = await customer_models.Holding.all().distinct().values_list("family", flat=True)
    assert len(set(families)) == 6
    assert await violations() == {}
    # and the check would see a broken rule: a USD product's holding kept in CNY
    fx = await customer_models.Holding.filter(product__currency="USD").first()
    assert fx is not None
    await customer_models.Holding.filter(id=fx.id).update(currency="CNY")
    assert list(await violations()) == ["currency differs from the product's"]


def test_development_secret_is_generated_once_and_kept(tmp_path: Path) -> None:
    first = load_settings({"BANKPM_DATA_DIR": str(tmp_path)})
    second = load_settings({"BANKPM_DATA_DIR": str(tmp_path)})
    assert len(first.secret_key) >= 32 and first.secret_key == second.secret_key
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0
    assert first.database_url == f"sqlite://{tmp_path}/bankpm.sqlite3"


def test_demo_data_is_refused_in_production(settings: Settings) -> None:
    result = bankpm(settings, "demo-data", BANKPM_ENV="production", BANKPM_SECRET_KEY="s" * 40)
    assert result.returncode == 2 and "production" in result.stderr
