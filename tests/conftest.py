from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.services import Services

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"


def corpus_file(relative: str) -> Path:
    """A file of the shared sample corpus, or a skip where this clone has none beside it."""
    path = CORPUS / relative
    if not path.exists():
        pytest.skip(f"the shared corpus is not beside this clone ({CORPUS} is missing); "
                    "the project's own generated files cover the same behaviour")
    return path


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The product never opens a network connection: any attempt fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network connection attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def services(data_dir: Path) -> Iterator[Services]:
    svc = Services.open(data_dir)
    yield svc
    svc.close()
