"""Protecting a data folder with a passphrase: turning it on, changing it, unlocking.

In ``storage/protection/``: ``keys.py`` holds the keys, ``vault.py`` says how files rest
and ``conversion.py`` turns a plain folder into a protected one.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.files import alive
from desktop_app.errors import InvalidInputError, StorageError
from desktop_app.i18n import _
from desktop_app.storage.protection import conversion, keys
from desktop_app.storage.store import open_here

Progress = Callable[[int, int, str], None]  # (done, total, what)


@dataclass(frozen=True)
class ProtectSummary:
    originals: int  # files sealed
    other_files: int
    seconds: float


def is_protected(root: Path) -> bool:
    return keys.is_protected(root)


def check_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too weak to protect a folder (InvalidInputError, saying why)."""
    keys.check_passphrase(passphrase)


def unlock(root: Path, passphrase: str) -> None:
    """Check ``passphrase`` (WrongPassphraseError) and keep the keys for this process, so
    every ``Services.open(root)`` in it works."""
    keys.unlock(root, passphrase)


def change_passphrase(root: Path, old: str, new: str) -> None:
    """Seal the folder's key under ``new``; ``old`` stops working at once."""
    keys.change_passphrase(root, old, new)


def others_using(root: Path) -> list[int]:
    """Process ids of other running Evidence Packet windows or commands on ``root``."""
    scratch = Path(root) / "tmp"
    if not scratch.is_dir():
        return []
    return sorted(int(e.name) for e in scratch.iterdir()
                  if e.name.isdigit() and int(e.name) != os.getpid() and alive(int(e.name)))


def protect(root: Path, passphrase: str, progress: Progress | None = None, *,
            scrypt_n: int = keys.SCRYPT_N) -> ProtectSummary:
    """Encrypt data folder ``root`` (new or in use before) under ``passphrase``. Nothing
    in this process or any other may have it open (StorageError otherwise). A crash
    part-way leaves the folder as it was before; afterwards the keys are kept for this
    process, so ``Services.open(root)`` works at once."""
    root = Path(root)
    if keys.is_protected(root):
        raise InvalidInputError(_("This data folder is already protected with a passphrase."),
                                _("You can change the passphrase instead."))
    keys.check_passphrase(passphrase)
    if open_here(root) or others_using(root):
        raise StorageError(_("The data folder is in use by Evidence Packet."),
                           _("Close Evidence Packet in its other windows, and stop running "
                             "commands, then try again."))
    started = time.monotonic()
    originals, others = conversion.protect(root, passphrase, scrypt_n=scrypt_n,
                                           progress=progress)
    return ProtectSummary(originals, others, time.monotonic() - started)
