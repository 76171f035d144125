from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Run, make_runner


@pytest.fixture
def cli(data_dir: Path) -> Run:
    """Run ``evidence-packet --data-dir DATA ARGS...`` as a real process."""
    return make_runner(data_dir, [])
