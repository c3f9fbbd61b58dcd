"""The layering holds: read from the source, so a change that breaks it fails here.

- Domains form no import cycle, the kernel imports no domain, and domains never import the
  GraphQL layer or the app shell.
- No function-level imports of project modules to dodge a cycle (the app shell and CLI,
  which import lazily for start-up time, aside).
- The GraphQL layer (``backend/schema``, ``backend/resolvers``) never imports Tortoise or
  the database and never runs a query: types may be built from model instances they are
  given, every fetch goes through a domain service.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[2] / "backend"
DOMAINS = sorted(p.name for p in (BACKEND / "domains").iterdir() if (p / "__init__.py").exists())
#: Layers whose modules must import at module level only.
STRICT_LAYERS = ("domains", "kernel", "graphql_core", "schema", "resolvers")
#: Methods that build or run an ORM query.
QUERY_METHODS = {
    "filter",
    "exclude",
    "get",
    "get_or_none",
    "all",
    "first",
    "create",
    "bulk_create",
    "update",
    "delete",
    "values",
    "values_list",
    "annotate",
    "order_by",
    "count",
    "exists",
    "prefetch_related",
    "select_related",
    "raw",
    "execute_query",
}


def _modules(*parts: str) -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(BACKEND.joinpath(*parts).rglob("*.py")):
        yield path, ast.parse(path.read_text(), str(path))


def _imported(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
        return [node.module] + [f"{node.module}.{a.name}" for a in node.names]
    return []


def _domain_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[:2] == ["backend", "domains"] and len(parts) > 2 and parts[2] in DOMAINS:
        return parts[2]
    return None


def domain_graph() -> dict[str, set[str]]:
    """Which domains each domain imports (anywhere in its modules)."""
    graph: dict[str, set[str]] = {d: set() for d in DOMAINS}
    for domain in DOMAINS:
        for _, tree in _modules("domains", domain):
            for node in ast.walk(tree):
                for name in _imported(node):
                    other = _domain_of(name)
                    if other and other != domain:
                        graph[domain].add(other)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle in the graph as a path that returns to its start, or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_domains_import_each_other_without_a_cycle() -> None:
    graph = domain_graph()
    assert find_cycle(graph) is None, f"import cycle between domains: {find_cycle(graph)}"
    # the foundations depend on no business domain
    assert graph["audit"] <= set(), graph["audit"]
    assert graph["auth"] <= {"audit"}, graph["auth"]


def test_lower_layers_never_import_upper_ones() -> None:
    upper = ("backend.schema", "backend.resolvers", "backend.api", "backend.graphql_core")
    offenders = []
    for layer in ("domains", "kernel"):
        for path, tree in _modules(layer):
            for node in ast.walk(tree):
                for name in _imported(node):
                    if name.startswith(upper) or (layer == "kernel" and _domain_of(name)):
                        offenders.append(f"{path.relative_to(BACKEND)} imports {name}")
    for path, tree in _modules("graphql_core"):
        for node in ast.walk(tree):
            offenders += [
                f"{path.relative_to(BACKEND)} imports {name}"
                for name in _imported(node)
                if name.startswith(("backend.resolvers", "backend.api"))
            ]
    assert offenders == []


def test_no_function_level_imports_of_project_modules() -> None:
    offenders = []
    for layer in STRICT_LAYERS:
        for path, tree in _modules(layer):
            for func in ast.walk(tree):
                if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
                    continue
                for node in ast.walk(func):
                    names = [n for n in _imported(node) if n.startswith("backend")]
                    if names:
                        offenders.append(f"{path.relative_to(BACKEND)}:{node.lineno} {names[0]}")
    assert offenders == []


def _root_name(node: ast.expr) -> str | None:
    while isinstance(node, ast.Attribute | ast.Call | ast.Subscript | ast.Await):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else None


def test_the_graphql_layer_runs_no_query() -> None:
    offenders = []
    for layer in ("schema", "resolvers"):
        for path, tree in _modules(layer):
            where = path.relative_to(BACKEND)
            for node in ast.walk(tree):
                for name in _imported(node):
                    if name.split(".")[0] == "tortoise" or name in ("backend.db", "backend.pg"):
                        offenders.append(f"{where}:{node.lineno} imports {name}")
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr in QUERY_METHODS
                ):
                    root = _root_name(node.func.value) or ""
                    if root == "models" or root.endswith("_models"):
                        offenders.append(f"{where}:{node.lineno} runs {root}...{node.func.attr}()")
    assert offenders == []


def test_each_domain_has_its_graphql_packages() -> None:
    missing = [
        f"{layer}/{domain}/"
        for domain in DOMAINS
        if domain not in ("jobs",)
        for layer in ("schema", "resolvers")
        if not (BACKEND / layer / domain / "__init__.py").exists()
    ]
    assert missing == []
    assert (BACKEND / "schema" / "products" / "loaders.py").exists()
    flat = sorted(
        p.name for layer in ("schema", "resolvers") for p in (BACKEND / layer).glob("*.py")
    )
    assert set(flat) <= {"__init__.py", "node.py"}, flat
