from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)


Run = Callable[..., Result]


def no_network_prefix() -> list[str]:
    """``unshare -n``: run in a network namespace with no network at all (needs root)."""
    if shutil.which("unshare") is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    return ["unshare", "-n"] if probe.returncode == 0 else []


@pytest.fixture
def cli(data_dir: Path) -> Run:
    """Run ``evidence-packet --data-dir DATA ARGS...`` as a real process."""
    return make_runner(data_dir, [])


@pytest.fixture
def offline_cli(data_dir: Path) -> Run:
    """Like ``cli``, inside a network namespace with no interfaces but loopback (down)."""
    prefix = no_network_prefix()
    if not prefix:
        pytest.skip("needs root and unshare to cut the network (CI runs as root)")
    return make_runner(data_dir, prefix)


def make_runner(data_dir: Path, prefix: list[str]) -> Run:
    def run(*args: object, check: bool = True) -> Result:
        proc = subprocess.run(
            [*prefix, sys.executable, "-m", "desktop_app.cli", "--data-dir", str(data_dir),
             *map(str, args)],
            capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL,
        )
        result = Result(proc.returncode, proc.stdout, proc.stderr)
        if check and proc.returncode != 0:
            raise AssertionError(f"exit {proc.returncode}: {proc.stderr}")
        return result

    return run
