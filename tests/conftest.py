from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.export.plan import PacketResult
from desktop_app.paths import keep_files_private
from desktop_app.services import Services, packets
from desktop_app.services.packets import FilingOptions
from desktop_app.storage.protection import keys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Fixtures shared across the layer folders: the command line as a real process, and the
# cases the redaction, review and trust tests build (tests/support/).
pytest_plugins = [
    "tests.support.commands",
    "tests.support.redaction",
    "tests.support.review",
    "tests.support.small_case",
]
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


@pytest.fixture(scope="session", autouse=True)
def _files_private_as_in_the_app() -> None:
    """Both entry points (the window's and the command line's ``main``) make what the
    process writes owner-only; the tests that call services directly run the same way."""
    keep_files_private()


# EVIDENCE_PACKET_TEST_PROTECTED=1 runs every test that uses ``data_dir`` on a data folder
# protected with a passphrase (SQLCipher database, sealed files, unsealed view in memory).
PROTECTED = os.environ.get("EVIDENCE_PACKET_TEST_PROTECTED") == "1"
TEST_PASSPHRASE = "test pass phrase"


def protect_new(folder: Path, passphrase: str = TEST_PASSPHRASE) -> Path:
    """Make ``folder`` a new data folder protected with ``passphrase`` (scrypt made cheap
    for tests) and unlocked in this process."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    keys.write_key_file(folder, os.urandom(32), passphrase, n=1 << 12)
    keys.unlock(folder, passphrase)
    return folder


@pytest.fixture(scope="session", autouse=True)
def _passphrase_for_commands(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """In a protected run, commands the tests start find the passphrase the way a script
    would give it: a file named by $EVIDENCE_PACKET_PASSPHRASE_FILE."""
    if not PROTECTED:
        yield
        return
    path = tmp_path_factory.mktemp("secret") / "passphrase.txt"
    path.write_text(TEST_PASSPHRASE + "\n", encoding="utf-8")
    os.environ["EVIDENCE_PACKET_PASSPHRASE_FILE"] = str(path)
    yield
    os.environ.pop("EVIDENCE_PACKET_PASSPHRASE_FILE", None)


@pytest.fixture
def data_dir(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """A new data folder (protected in a protected run, except for tests marked
    ``plain_folder``: they are about the plain folder's own layout)."""
    folder = tmp_path / "data"
    if "small_case" in request.fixturenames:  # the trust tests' case, built once
        from tests.support.small_case import copy_small_case

        return copy_small_case(folder, request)
    if PROTECTED and request.node.get_closest_marker("plain_folder") is None:
        return protect_new(folder)
    return folder


def write_packet(services: Services, case_id: int, out: Path, **options: Any) -> PacketResult:
    """Write the packet of a case without filing it (no record, no filing rules): the
    steps the window and the sample case take, ``Packets.plan`` then ``packets.write``."""
    plan = services.packets.plan(case_id, FilingOptions(**options))
    return packets.write(plan, out)


def stored_original(services: Services, sha256: str) -> Path:
    """Where original ``sha256`` rests in the data folder (sealed when protected), for
    tests that damage or remove it."""
    return services.store.root / services.store.originals.relpath(sha256)


def raw_connection(services: Services) -> Any:
    """A second connection to the folder's database, for tests that break it on purpose."""
    from desktop_app.storage.db import open_connection

    return open_connection(services.store.root / "evidence.db", services.store.vault.keys)


@pytest.fixture
def services(data_dir: Path) -> Iterator[Services]:
    svc = Services.open(data_dir)
    yield svc
    svc.close()


@contextlib.contextmanager
def small_filesystem(path: Path, size: str = "1m") -> Iterator[Path]:
    """A real, tiny filesystem at ``path`` (tmpfs), for full-disk and read-only tests."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small filesystem needs root (CI runs as root)")
    path.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                              str(path)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def make_read_only(path: Path) -> None:
    """Make the filesystem at ``path`` (from small_filesystem) read-only, or, for a normal
    user, the folder itself."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        subprocess.run(["mount", "-o", "remount,ro", str(path)], check=True)
    else:
        path.chmod(0o500)
