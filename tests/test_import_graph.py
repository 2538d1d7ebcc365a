"""Packages depend one way: the flow etl → warehouse → presentation → exports → app → pages."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

from tests.conftest import ROOT

PACKAGES = ("etl", "warehouse", "presentation", "exports", "app", "app_pages")
# What each layer may import besides itself; nothing may import a layer above it.
MAY_IMPORT = {
    "etl": set(),
    "warehouse": {"etl"},
    "presentation": {"etl", "warehouse"},
    "exports": {"etl", "warehouse", "presentation"},
    "app": {"etl", "warehouse", "presentation", "exports"},
    "app_pages": {"etl", "warehouse", "presentation", "exports", "app"},
    "dashboard": {"etl", "warehouse", "presentation", "exports", "app"},
}
# Inside etl the stages run one way too: reading → extraction → building; cli drives them all.
ETL_STAGES = {
    "etl.reading": {"etl.paths", "etl.model", "etl.units"},
    "etl.extraction": {"etl.paths", "etl.model", "etl.units", "etl.reading"},
    "etl.corrections": {"etl.paths", "etl.model", "etl.units"},
    "etl.building": {
        "etl.paths",
        "etl.model",
        "etl.units",
        "etl.reading",
        "etl.extraction",
        "etl.corrections",
    },
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _project_modules() -> dict[str, Path]:
    files = [ROOT / "dashboard.py"]
    for package in PACKAGES:
        files += sorted((ROOT / package).rglob("*.py"))
    return {_module_name(f): f for f in files}


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """Project modules imported anywhere in the file, function-level imports included."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [f"{node.module}.{alias.name}" for alias in node.names] + [node.module]
        else:
            continue
        for name in names:
            if name in modules:
                found.add(name)
            elif name.rsplit(".", 1)[0] in modules and isinstance(node, ast.Import):
                found.add(name.rsplit(".", 1)[0])
    # `from etl.building import build` names a module; `from etl.building.build import x`
    # names the module and its package: keep only the most specific module of each import.
    return {m for m in found if not any(o.startswith(m + ".") for o in found)}


def _graph() -> dict[str, set[str]]:
    modules = _project_modules()
    return {name: _imports(path, modules) - {name} for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one member (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _layer(module: str) -> str:
    return module.split(".", 1)[0]


def _stage(module: str) -> str:
    return ".".join(module.split(".")[:2])


def test_no_module_imports_itself_through_others():
    assert _cycles(_graph()) == []


def test_packages_import_only_the_layers_below_them():
    wrong = [
        f"{module} imports {target}"
        for module, targets in _graph().items()
        for target in targets
        if _layer(target) != _layer(module) and _layer(target) not in MAY_IMPORT[_layer(module)]
    ]
    assert wrong == []


def test_etl_stages_import_only_the_stages_before_them():
    wrong = [
        f"{module} imports {target}"
        for module, targets in _graph().items()
        if _stage(module) in ETL_STAGES
        for target in targets
        if _stage(target) != _stage(module) and _stage(target) not in ETL_STAGES[_stage(module)]
    ]
    assert wrong == []


def test_package_graph_has_no_loop():
    edges: dict[str, set[str]] = defaultdict(set)
    for module, targets in _graph().items():
        for target in targets:
            if _stage(module) != _stage(target):
                edges[_stage(module)].add(_stage(target))
    assert _cycles(dict(edges)) == []


def test_the_check_sees_a_loop_when_there_is_one():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_covers_function_level_imports():
    graph = _graph()
    # etl.reading.report imports its PDF/DOCX/HTML readers inside a function.
    assert "etl.reading.html" in graph["etl.reading.report"]
    assert "presentation.filters" in graph["dashboard"]
