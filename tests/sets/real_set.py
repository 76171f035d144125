"""Where the real documents of issue 17 are found at test time.

Real forms, handwriting, cards, statements, pay stubs, W-2s and distractors from public
repositories' sample data, split into ``tuning/`` (what rules were adjusted on) and
``held-out/`` (what the figures are measured on), each with a ``truth.json``; a
``SOURCES.md`` beside them names each file's repository, commit, path and licence. They are
not part of the project and not in the shared corpus: a test that reads them takes the
folder from ``$EVIDENCE_PACKET_REAL_DOCUMENTS`` and skips, saying so, when it is not set.
The figures on them are measured by ``bench/bench_assistant.py FOLDER/held-out``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

VARIABLE = "EVIDENCE_PACKET_REAL_DOCUMENTS"


def real_documents(part: str = "") -> Path:
    """The folder of real documents (or one part of it), or a skip saying why there is none."""
    named = os.environ.get(VARIABLE)
    if not named:
        pytest.skip(f"real documents not given: set {VARIABLE} to their folder "
                    "(see tests/sets/real_set.py)")
    folder = Path(named) / part
    if not folder.is_dir():
        pytest.skip(f"real documents not found: {folder} is not a folder ({VARIABLE})")
    return folder
