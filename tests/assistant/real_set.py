"""Where the set of real documents (issue 17) is found at test time.

Real forms, handwriting, cards, statements, pay stubs, W-2s and distractors from public
repositories' sample data, split into ``tuning/`` (what the rules were adjusted on) and
``held-out/`` (what the figures are measured on), each with a ``truth.json``; ``SOURCES.md``
beside them names each file's repository, commit, path and licence. Like the shared corpus,
the files are not part of the project: they are read from ``../shared/corpus/real-documents``
(or the folder named by ``$EVIDENCE_PACKET_REAL_DOCUMENTS``), and tests that need them skip
with the reason when they are absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import CORPUS

DEFAULT = CORPUS / "real-documents"


def real_documents(part: str = "") -> Path:
    """The folder of real documents (or one part of it), or a skip when there is none."""
    folder = Path(os.environ.get("EVIDENCE_PACKET_REAL_DOCUMENTS") or DEFAULT) / part
    if not folder.is_dir():
        pytest.skip(f"the real documents are not here ({folder} is missing); see "
                    "tests/assistant/real_set.py")
    return folder
