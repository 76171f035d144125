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


def test_the_installed_commands_and_the_workers_import_only_what_they_need() -> None:
    """Worker processes start with ``spawn``, which runs the command's script again in
    each worker: the script's module (pyproject's entry points) must load nothing, and a
    worker's own module (page pictures, reading, the packet's pages) neither Qt nor the
    whole facade — else each worker costs seconds before its work."""
    import subprocess
    import sys

    import tomllib

    project = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text("utf-8"))["project"]
    entry = {**project["scripts"], **project["gui-scripts"]}
    assert set(entry) == {"evidence-packet", "evidence-packet-gui"}
    modules = {target.split(":")[0] for target in entry.values()}
    workers = {"desktop_app.gui.worker_jobs", "desktop_app.core.processing",
               "desktop_app.core.export.packing", "desktop_app.core.pdfs"}
    heavy = ("PySide6", "desktop_app.services.facade", "desktop_app.gui.app",
             "desktop_app.cli.main")
    for module in sorted(modules | workers):
        code = (f"import sys, {module}; print(' '.join(m for m in sys.modules "
                f"if m.startswith({heavy!r})))")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True).stdout.split()
        assert out == [], (module, out)
    # ... and the commands still start the app.
    from desktop_app import launch

    assert callable(launch.cli) and callable(launch.gui)
