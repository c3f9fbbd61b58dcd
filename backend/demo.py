"""Demo data: one user per role, all with the documented demo password."""

from __future__ import annotations

from typing import Any

from backend.actor import Actor
from backend.domains.auth import service as auth_service
from backend.domains.auth.enums import Role
from backend.domains.customers import demo as customers_demo
from backend.domains.products import demo as products_demo
from backend.domains.products import fx_rates
from backend.settings import Settings

#: (username, display name, branch, roles) of each demo user; README lists the same. ``ops``
#: loads customer and holding files, which need customer:import (ADMIN) and customer:write
#: (SALES), as the single-record changes do; real accounts get the second role from a second
#: admin.
DEMO_USERS = [
    ("admin", "系统管理员 王磊", "总行信息科技部", (Role.ADMIN,)),
    ("pm", "产品经理 李娜", "总行零售业务部", (Role.PRODUCT_MANAGER,)),
    ("risk", "风险经理 张伟", "总行风险管理部", (Role.RISK_OFFICER,)),
    ("marketing", "营销经理 刘洋", "总行营销部", (Role.MARKETING,)),
    ("sales", "客户经理 陈静", "上海分行营业部", (Role.SALES,)),
    ("service", "客服专员 杨帆", "客户服务中心", (Role.SERVICE_AGENT,)),
    ("analyst", "数据分析师 赵敏", "总行数据管理部", (Role.ANALYST,)),
    ("auditor", "审计师 孙强", "总行审计部", (Role.AUDITOR,)),
    ("ops", "数据运营 周涛", "总行运营管理部", (Role.ADMIN, Role.SALES)),
]
DEMO_PASSWORD = "bankpm-demo"


async def load(*, settings: Settings, only_if_empty: bool = True, customers: int = 2000) -> int:
    """Create the demo users and products; returns how many users were created (none if users
    already exist)."""
    if only_if_empty and await auth_service.user_count() > 0:
        return 0
    actor = Actor.system("demo-data")
    created = 0
    users = {}
    for username, display_name, branch, roles in DEMO_USERS:
        users[username] = await auth_service.create_user(
            username=username,
            display_name=display_name,
            branch=branch,
            roles=list(roles),
            password=DEMO_PASSWORD,
            actor=actor,
            is_demo=True,
        )
        created += 1
    base = Actor.system("demo-data")
    pm = auth_service.actor_for_user(users["pm"], base=base)
    risk = auth_service.actor_for_user(users["risk"], base=base)
    await fx_rates.seed_indicative_rates()
    await products_demo.load_benchmark_rates(risk=risk)
    await products_demo.load(pm=pm, risk=risk, settings=settings)
    import os

    await customers_demo.load(count=int(os.environ.get("BANKPM_DEMO_CUSTOMERS", customers)))
    for seed in _seeders():
        await seed()
    await _refresh_analytics(base)
    from backend.domains.monitoring import demo as monitoring_demo

    await monitoring_demo.load()
    return created


async def _refresh_analytics(actor: Actor) -> None:
    """Fill the built-in segments and the detected needs so the screens show something."""
    import importlib

    try:
        segments = importlib.import_module("backend.domains.customers.segments")
        needs = importlib.import_module("backend.domains.customers.needs")
    except ImportError:
        return
    await segments.refresh_all(actor=actor)
    await needs.refresh(actor=actor)


def _seeders() -> list[Any]:
    """Default segments and need rules, from the modules that define them (when present)."""
    import importlib

    found = []
    for name in ("backend.domains.customers.segments", "backend.domains.customers.needs"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if hasattr(module, "seed_defaults"):
            found.append(module.seed_defaults)
    return found
