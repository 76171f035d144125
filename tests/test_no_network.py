"""The product never opens a network connection and loads no Qt network module."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _no_network_prefix() -> list[str]:
    """``unshare -n`` (as root): the run has no network at all, child processes included."""
    if shutil.which("unshare") is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    return ["unshare", "-n"] if probe.returncode == 0 else []


def test_the_window_flow_loads_no_qt_network_module(tmp_path: Path) -> None:
    """Window, case, import with real OCR, export: run in a fresh process (other tests'
    imports cannot hide a load) and, where possible, with no network at all."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OMP_THREAD_LIMIT="1")
    run = subprocess.run(
        [*_no_network_prefix(), sys.executable, "-m", "pytest", "-q", "-s",
         "-p", "no:cacheprovider", "--basetemp", str(tmp_path / "run"),
         "tests/support/flow_no_network.py"],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "1 passed" in run.stdout
    assert "Qt modules loaded:" in run.stdout and "QtNetwork" not in run.stdout
