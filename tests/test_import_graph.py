"""The package's import graph: no circle between modules, and the facade on top.

The graph has every ``import`` the modules run — at the top, and inside functions (a lazy
import still ties the two modules together). Imports under ``if TYPE_CHECKING:`` are
left out: they name a type for mypy and never run.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop_app"
FACADE = "desktop_app.services.facade"
MAIN_WINDOW = "desktop_app.gui.main_window"
# Kept in services/ but above the facade: they use ``Services`` the way the CLI does.
FACADE_CLIENTS = {"desktop_app.services.demo", "desktop_app.services.evaluation"}

def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _owner(name: str) -> str | None:
    """The module of ours that ``name`` (a module, or a name inside one) is."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _import_nodes(tree: ast.AST, *, typing_too: bool) -> Iterator[ast.Import | ast.ImportFrom]:
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If) and _is_type_checking(node) and not typing_too:
            yield from _import_nodes(ast.Module(body=node.orelse, type_ignores=[]),
                                     typing_too=typing_too)
        else:
            yield from _import_nodes(node, typing_too=typing_too)


def imports(module: str, *, typing_too: bool = False, source: str | None = None) -> set[str]:
    """The modules of ours that ``module`` imports (``source``: its text, else its file's)."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str | None] = set()
    tree = ast.parse(path.read_text(encoding="utf-8") if source is None else source)
    for node in _import_nodes(tree, typing_too=typing_too):
        if isinstance(node, ast.Import):
            found.update(_owner(alias.name) for alias in node.names)
            continue
        base = node.module or ""
        if node.level:
            anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            base = f"{anchor}.{base}" if base else anchor
        for alias in node.names:  # ``from pkg import module`` imports the module
            found.add(_owner(f"{base}.{alias.name}") if base else None)
    found.discard(module)
    return {name for name in found if name and name.startswith("desktop_app")}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_lazy_imports() -> None:
    """The parser finds an import inside a function, and ignores one for mypy only."""
    assert FACADE in imports("desktop_app.services")
    assert "desktop_app.cli.main" in imports("desktop_app.cli.__main__")
    typed = ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
             "    from desktop_app.gui.main_window import MainWindow\n")
    module = "desktop_app.gui.reading"
    assert imports(module, typing_too=True, source=typed) == {MAIN_WINDOW}
    assert imports(module, source=typed) == set()
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_circle_in_the_package() -> None:
    graph = {module: imports(module) for module in MODULES}
    assert circles(graph) == []


def test_nothing_below_the_facade_imports_it() -> None:
    """Feature modules work over the ``Store``; ``Services`` builds them, never the other
    way round (not even for a type)."""
    offenders = sorted(
        module for module in MODULES
        if module.startswith(("desktop_app.services", "desktop_app.core",
                              "desktop_app.storage"))
        and module not in {FACADE, "desktop_app.services", *FACADE_CLIENTS}
        and {FACADE, "desktop_app.services"} & imports(module, typing_too=True)
    )
    assert offenders == []


def test_only_the_app_assembles_the_main_window() -> None:
    """The window's parts are handed the ``WindowContext`` (``gui/context.py``) and the
    parts they work with, never the window: no module but ``gui/app.py`` names it, not
    even for a type."""
    importers = {module for module in MODULES
                 if MAIN_WINDOW in imports(module, typing_too=True)}
    assert importers == {"desktop_app.gui.app"}
