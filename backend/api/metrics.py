"""In-process Prometheus metrics: HTTP requests, GraphQL operations, latencies and errors."""

from __future__ import annotations

import re
import threading
from collections import defaultdict

#: Histogram buckets in seconds.
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

#: Distinct operation names a process labels its metrics with; later names count as ``other``.
#: The console uses ~110 operations, so its names fit with room for API clients; callers choose
#: operation names, so without a cap every new name would be a new time series.
MAX_OPERATION_NAMES = 300
OTHER = "other"
_OPERATION_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")


class Registry:
    """Counters and histograms keyed by label tuples, rendered in the text exposition format."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.http_requests: dict[tuple[str, str, str], int] = defaultdict(int)
        self.operations: dict[tuple[str, str], int] = defaultdict(int)
        self.operation_errors: dict[tuple[str, str], int] = defaultdict(int)
        self.latency_buckets: dict[str, list[int]] = defaultdict(lambda: [0] * len(BUCKETS))
        self.latency_sum: dict[str, float] = defaultdict(float)
        self.latency_count: dict[str, int] = defaultdict(int)
        self.max_operation_names = MAX_OPERATION_NAMES
        self._operation_names: set[str] = set()

    def operation_label(self, name: str | None, *, valid: bool) -> str:
        """The label an operation is counted under: its name while the bounded set of names
        has room (a name once admitted stays), ``anonymous`` without a name, and ``other``
        for a document that did not parse, a malformed name or a name past the cap."""
        if not name:
            return "anonymous"
        if not valid or not _OPERATION_NAME.match(name):
            return OTHER
        with self._lock:
            if name in self._operation_names:
                return name
            if len(self._operation_names) >= self.max_operation_names:
                return OTHER
            self._operation_names.add(name)
            return name

    def observe_http(self, *, method: str, path: str, status: int) -> None:
        """Count one HTTP response."""
        with self._lock:
            self.http_requests[(method, path, str(status))] += 1

    def observe_operation(self, *, name: str, kind: str, seconds: float, errors: int) -> None:
        """Count one GraphQL operation, its latency and whether it had errors (under a
        bounded label: see ``operation_label``)."""
        name = self.operation_label(
            None if name == "anonymous" else name, valid=kind not in ("invalid", "unknown")
        )
        with self._lock:
            self.operations[(name, kind)] += 1
            if errors:
                self.operation_errors[(name, kind)] += 1
            buckets = self.latency_buckets[name]
            for i, bound in enumerate(BUCKETS):
                if seconds <= bound:
                    buckets[i] += 1
            self.latency_sum[name] += seconds
            self.latency_count[name] += 1

    def render(self) -> str:
        """Return every metric in Prometheus text format."""
        out: list[str] = []
        with self._lock:
            out += [
                "# HELP bankpm_http_requests_total HTTP responses by method, path and status.",
                "# TYPE bankpm_http_requests_total counter",
            ]
            for (method, path, status), n in sorted(self.http_requests.items()):
                out.append(
                    f'bankpm_http_requests_total{{method="{method}",path="{_esc(path)}",'
                    f'status="{status}"}} {n}'
                )
            out += [
                "# HELP bankpm_graphql_operations_total GraphQL operations by name and type.",
                "# TYPE bankpm_graphql_operations_total counter",
            ]
            for (name, kind), n in sorted(self.operations.items()):
                out.append(
                    f'bankpm_graphql_operations_total{{operation="{_esc(name)}",type="{kind}"}} {n}'
                )
            out += [
                "# HELP bankpm_graphql_errors_total GraphQL operations that returned errors.",
                "# TYPE bankpm_graphql_errors_total counter",
            ]
            for (name, kind), n in sorted(self.operation_errors.items()):
                out.append(
                    f'bankpm_graphql_errors_total{{operation="{_esc(name)}",type="{kind}"}} {n}'
                )
            out += [
                "# HELP bankpm_graphql_duration_seconds GraphQL operation latency.",
                "# TYPE bankpm_graphql_duration_seconds histogram",
            ]
            for name, buckets in sorted(self.latency_buckets.items()):
                label = f'operation="{_esc(name)}"'
                for bound, n in zip(BUCKETS, buckets, strict=True):
                    out.append(
                        f'bankpm_graphql_duration_seconds_bucket{{{label},le="{bound}"}} {n}'
                    )
                count = self.latency_count[name]
                out.append(f'bankpm_graphql_duration_seconds_bucket{{{label},le="+Inf"}} {count}')
                out.append(
                    f"bankpm_graphql_duration_seconds_sum{{{label}}} {self.latency_sum[name]}"
                )
                out.append(f"bankpm_graphql_duration_seconds_count{{{label}}} {count}")
        out += _platform_gauges()
        return "\n".join(out) + "\n"


def _platform_gauges() -> list[str]:
    """Return the event bus and scheduler figures of this process."""
    from backend import events
    from backend.domains.jobs import service as jobs_service
    from backend.kernel import events as domain_events

    figures = [
        (
            "bankpm_events_listener_connected",
            "gauge",
            "1 while the LISTEN connection is up.",
            int(events.is_connected()),
        ),
        (
            "bankpm_events_reconnects_total",
            "counter",
            "Listener connections restored.",
            events.reconnects(),
        ),
        (
            "bankpm_events_dropped_total",
            "counter",
            "Events slow subscribers lost.",
            events.dropped_events(),
        ),
        (
            "bankpm_events_publish_failures_total",
            "counter",
            "Events dropped because PostgreSQL was unreachable.",
            events.failed_publishes(),
        ),
        (
            "bankpm_events_subscribers",
            "gauge",
            "Open event subscriptions.",
            events.subscriber_count(),
        ),
        (
            "bankpm_domain_event_handler_failures_total",
            "counter",
            "Domain-event handlers that raised after their change committed.",
            domain_events.failures(),
        ),
        (
            "bankpm_scheduler_leader",
            "gauge",
            "1 while this instance runs the scheduled jobs.",
            int(jobs_service.is_leader()),
        ),
    ]
    out: list[str] = []
    for name, kind, text, value in figures:
        out += [f"# HELP {name} {text}", f"# TYPE {name} {kind}", f"{name} {value}"]
    return out


def _esc(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


registry = Registry()
