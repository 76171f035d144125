from __future__ import annotations

import atexit
import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
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
    """Each command in a process of its own: started by ``prefix`` (e.g. ``unshare -n``)
    when given, else forked from the zygote (``tests/support/zygote.py``), which saves the
    interpreter's start and the app's imports on every command."""

    def run(*args: object, check: bool = True) -> Result:
        argv = ["--data-dir", str(data_dir), *map(str, args)]
        if prefix or not hasattr(os, "fork"):  # the zygote forks (Linux, macOS)
            proc = subprocess.run([*prefix, sys.executable, "-m", "desktop_app.cli", *argv],
                                  capture_output=True, text=True, timeout=600,
                                  stdin=subprocess.DEVNULL)
            result = Result(proc.returncode, proc.stdout, proc.stderr)
        else:
            result = _zygote().run(argv)
        if check and result.code != 0:
            raise AssertionError(f"exit {result.code}: {result.err}")
        return result

    return run


class Zygote:
    """The zygote process of this test session (started at its first command)."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="cli-zygote-"))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.support.zygote"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[2])
        atexit.register(self.close)

    def run(self, argv: list[str]) -> Result:
        assert self.process.stdin is not None and self.process.stdout is not None
        out, err = self.folder / "out", self.folder / "err"
        self.process.stdin.write(json.dumps({
            "argv": argv, "env": dict(os.environ), "cwd": str(Path.cwd()),
            "out": str(out), "err": str(err)}) + "\n")
        self.process.stdin.flush()
        reply = self.process.stdout.readline()
        if not reply:
            raise AssertionError(f"the CLI zygote ended (exit {self.process.wait()})")
        return Result(int(reply), out.read_text(), err.read_text())

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(60)
        shutil.rmtree(self.folder, ignore_errors=True)


@functools.cache
def _zygote() -> Zygote:
    return Zygote()
