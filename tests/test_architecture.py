"""The layers stay apart: gui -> services -> core, storage; never the other way round."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desktop_app"

# What each layer must never import.
FORBIDDEN = {
    "core": ("PySide6", "desktop_app.storage", "desktop_app.services", "desktop_app.gui",
             "desktop_app.cli"),
    "storage": ("PySide6", "desktop_app.services", "desktop_app.gui", "desktop_app.cli"),
    "services": ("PySide6", "desktop_app.gui", "desktop_app.cli"),
}


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_nothing_above_it(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no modules found in {layer}/"
    offences = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in files
        for name in _imports(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert offences == []


def test_no_sql_outside_storage() -> None:
    outside = [p for p in PACKAGE.rglob("*.py") if "storage" not in p.parts]
    offences = [
        str(p.relative_to(PACKAGE)) for p in outside
        if any(word in p.read_text(encoding="utf-8")
               for word in ("SELECT ", "UPDATE ", "INSERT INTO", "DELETE FROM"))
    ]
    assert offences == []
