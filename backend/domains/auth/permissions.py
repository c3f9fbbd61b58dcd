"""Permissions and the one role → permission map.

A permission is a named string ``<object>:<verb>``. Resolvers ask for permissions, never for
roles, so changing what a role may do is a change to this file only.
"""

from __future__ import annotations

from collections.abc import Iterable

from backend.domains.auth.enums import ApiKeyScope, Role

USER_READ = "user:read"
USER_WRITE = "user:write"
APIKEY_READ = "apikey:read"
APIKEY_WRITE = "apikey:write"
AUDIT_READ = "audit:read"
SETTINGS_WRITE = "settings:write"

PRODUCT_READ = "product:read"
PRODUCT_WRITE = "product:write"
PRODUCT_APPROVE = "product:approve"
PRODUCT_SUSPEND = "product:suspend"
#: Suspend as risk control, and resume what risk control suspended (a risk officer).
PRODUCT_RESUME_RISK = "product:resume_risk"
CUSTOMER_READ = "customer:read"
CUSTOMER_WRITE = "customer:write"
CUSTOMER_PII = "customer:read_pii"
CUSTOMER_IMPORT = "customer:import"
SEGMENT_WRITE = "segment:write"
NEED_RULE_WRITE = "need:write"
FEEDBACK_WRITE = "feedback:write"
INGEST_WRITE = "ingest:write"
LOAN_CLASSIFY = "loan:classify"
RESEARCH_READ = "research:read"
RESEARCH_WRITE = "research:write"
MARKETING_READ = "marketing:read"
MARKETING_WRITE = "marketing:write"
SALES_READ = "sales:read"
SALES_WRITE = "sales:write"
SALES_REVIEW = "sales:review"
SERVICE_READ = "service:read"
SERVICE_WRITE = "service:write"
MONITORING_READ = "monitoring:read"
MONITORING_WRITE = "monitoring:write"
#: Approve or reject another risk officer's change that loosens or disables a risk rule.
RISK_RULE_APPROVE = "monitoring:approve_rule"
ALERT_MANAGE = "alert:manage"
REPORT_READ = "report:read"
#: Keep the exchange rates every cross-currency total converts at (market risk).
FX_RATE_WRITE = "fx_rate:write"
#: Keep the benchmark rates (LPR, PBoC deposit benchmarks) loan and deposit prices follow.
BENCHMARK_RATE_WRITE = "benchmark_rate:write"

CATALOG_READ = "catalog:read"
ALERTS_SUBSCRIBE = "alerts:subscribe"

#: Approve or reject another admin's grant of a role with PII or approval rights.
ROLE_GRANT_APPROVE = "user:approve_role"

#: Permissions held by every signed-in staff member.
_BASE = frozenset({PRODUCT_READ, CATALOG_READ})

#: Read access to every domain, for oversight roles.
_READ_ALL = frozenset(
    {
        PRODUCT_READ,
        CUSTOMER_READ,
        RESEARCH_READ,
        MARKETING_READ,
        SALES_READ,
        SERVICE_READ,
        MONITORING_READ,
        REPORT_READ,
    }
)

ROLE_PERMISSIONS: dict[Role, frozenset[str]] = {
    Role.ADMIN: _BASE
    | {USER_READ, USER_WRITE, APIKEY_READ, APIKEY_WRITE, AUDIT_READ, SETTINGS_WRITE}
    | {CUSTOMER_IMPORT, ROLE_GRANT_APPROVE},
    Role.PRODUCT_MANAGER: _BASE
    | {PRODUCT_WRITE, PRODUCT_SUSPEND, RESEARCH_READ, RESEARCH_WRITE, MONITORING_READ, REPORT_READ}
    | {CUSTOMER_READ},
    Role.RISK_OFFICER: _BASE
    | {PRODUCT_APPROVE, PRODUCT_SUSPEND, PRODUCT_RESUME_RISK, RESEARCH_READ, MONITORING_READ}
    | {MONITORING_WRITE, RISK_RULE_APPROVE, FX_RATE_WRITE, BENCHMARK_RATE_WRITE}
    | {ALERT_MANAGE, REPORT_READ, SALES_READ, CUSTOMER_READ, LOAN_CLASSIFY},
    Role.MARKETING: _BASE
    | {CUSTOMER_READ, MARKETING_READ, MARKETING_WRITE, REPORT_READ, SEGMENT_WRITE, FEEDBACK_WRITE},
    Role.SALES: _BASE
    | {CUSTOMER_READ, CUSTOMER_WRITE, CUSTOMER_PII, SALES_READ, SALES_WRITE, MARKETING_READ}
    | {FEEDBACK_WRITE},
    Role.SERVICE_AGENT: _BASE
    | {CUSTOMER_READ, CUSTOMER_PII, SERVICE_READ, SERVICE_WRITE, FEEDBACK_WRITE},
    Role.ANALYST: _BASE | _READ_ALL | {SEGMENT_WRITE, NEED_RULE_WRITE},
    Role.AUDITOR: _BASE | _READ_ALL | {AUDIT_READ},
}

ALL_PERMISSIONS: frozenset[str] = frozenset().union(*ROLE_PERMISSIONS.values()) | {
    scope.value for scope in ApiKeyScope
}


#: The permissions behind the controls: approval rights, reading PII, importing, auditing
#: (pinned per role in ``tests/api/test_permission_matrix.py`` ``CONTROL_HOLDERS``). A role
#: carrying any of them is granted only by two admins (``service.update_user``).
CONTROL_PERMISSIONS: frozenset[str] = frozenset(
    {
        CUSTOMER_IMPORT,
        LOAN_CLASSIFY,
        PRODUCT_APPROVE,
        PRODUCT_RESUME_RISK,
        CUSTOMER_PII,
        MONITORING_WRITE,
        AUDIT_READ,
        FX_RATE_WRITE,
        BENCHMARK_RATE_WRITE,
        RISK_RULE_APPROVE,
        ROLE_GRANT_APPROVE,
    }
)

#: Roles that carry a control permission.
SENSITIVE_ROLES: frozenset[Role] = frozenset(
    role for role, granted in ROLE_PERMISSIONS.items() if granted & CONTROL_PERMISSIONS
)


def permissions_for_roles(roles: Iterable[Role]) -> frozenset[str]:
    """Return the union of the permissions granted by the given roles."""
    result: set[str] = set()
    for role in roles:
        result |= ROLE_PERMISSIONS[role]
    return frozenset(result)


def permissions_for_scopes(scopes: Iterable[ApiKeyScope]) -> frozenset[str]:
    """Return the permissions an API key with these scopes holds."""
    return frozenset(scope.value for scope in scopes)
