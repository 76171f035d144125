"""kill -9 at random moments of import, processing, export and editing loses nothing.

The real command line runs on a real data folder and is killed (with its OCR workers) at
seeded random moments; after every kill the invariants of ``tests.support.killer.check``
hold, and running the command again finishes the work. About 3 minutes on a busy 2-core
machine, so it is marked ``slow``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.killer import harness


@pytest.mark.slow
def test_kill_nine_at_32_random_moments_loses_nothing(tmp_path: Path) -> None:
    tally = harness(tmp_path, seed=6, kills=32)
    print(f"kills survived: {tally.total} {dict(tally.kills)} in {tally.seconds:.0f} s")
    assert tally.violations == []
    assert tally.total >= 30
    assert min(tally.kills[p] for p in ("import", "process", "export", "edit")) >= 6


@pytest.mark.slow
def test_kill_nine_on_a_protected_data_folder_loses_nothing(tmp_path: Path) -> None:
    """The same harness on a folder protected with a passphrase: SQLCipher's database and
    the sealed originals survive every kill, and every sealed original still opens."""
    tally = harness(tmp_path, seed=11, kills=16, protected=True)
    print(f"kills survived (protected): {tally.total} {dict(tally.kills)} "
          f"in {tally.seconds:.0f} s")
    assert tally.violations == []
    assert tally.total >= 16
    assert min(tally.kills[p] for p in ("import", "process", "export", "edit")) >= 3
