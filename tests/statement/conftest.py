"""The statement's tests run the command line as a real process, as tests/cli does."""

from __future__ import annotations

from tests.cli.conftest import cli

__all__ = ["cli"]
