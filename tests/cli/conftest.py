from __future__ import annotations

import json
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


@pytest.fixture
def cli(data_dir: Path) -> Run:
    """Run ``evidence-packet --data-dir DATA ARGS...`` as a real process."""

    def run(*args: object, check: bool = True) -> Result:
        proc = subprocess.run(
            [sys.executable, "-m", "desktop_app.cli", "--data-dir", str(data_dir),
             *map(str, args)],
            capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL,
        )
        result = Result(proc.returncode, proc.stdout, proc.stderr)
        if check and proc.returncode != 0:
            raise AssertionError(f"exit {proc.returncode}: {proc.stderr}")
        return result

    return run
