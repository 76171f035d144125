"""The data folder's key, when the folder is protected with a passphrase.

``<data>/key.json`` holds a random 256-bit data key sealed (AES-256-GCM) under a key that
scrypt derives from the passphrase. Changing the passphrase seals the same data key again;
nothing else is re-encrypted. From the data key, HKDF derives one key per use: the
database's (SQLCipher, given as a raw key so SQLCipher's own KDF is skipped), the files'
(each file sealed under its own HKDF key and a random salt, ``core/sealed.py``) and the
names' (HMAC, so a stored file's name does not reveal the checksum of its contents).

Without the passphrase none of them can be rebuilt: a lost passphrase cannot be recovered.

An unlocked key stays in this process's memory only (``remember``/``key_for``), so every
``Store`` the window's lanes open on the folder finds it; it is never written anywhere.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop_app.core import sealed
from desktop_app.core.files import atomic_write_bytes
from desktop_app.errors import InvalidInputError, LockedError, StorageError, WrongPassphraseError
from desktop_app.i18n import _

KEY_FILE = "key.json"
MIN_PASSPHRASE = 8
# 128 MiB and about half a second on a laptop: once per session for the user, slow for
# anyone guessing. Stored in key.json, so it can be raised later without breaking folders.
SCRYPT_N = 1 << 17
SCRYPT_R = 8
SCRYPT_P = 1
# key.json may ask for twice that at most: a file asking for more was not written by the
# app, and deriving it could take minutes and gigabytes of memory (issue 13).
SCRYPT_MOST = 2 * SCRYPT_N * SCRYPT_R * SCRYPT_P
_AAD = b"evidence-packet data key v1"

_lock = threading.Lock()
_unlocked: dict[str, DataKeys] = {}


@dataclass(frozen=True)
class DataKeys:
    """The keys derived from one data folder's data key."""

    database: bytes
    files: bytes
    names: bytes

    @classmethod
    def derive(cls, data_key: bytes) -> DataKeys:
        def sub(label: bytes) -> bytes:
            return HKDF(hashes.SHA256(), 32, salt=None, info=label).derive(data_key)

        return cls(sub(b"database"), sub(b"files"), sub(b"names"))

    def sqlcipher_pragma(self) -> str:
        return f"PRAGMA key = \"x'{self.database.hex()}'\""

    def name_of(self, sha256: str) -> str:
        return hmac.new(self.names, sha256.encode(), hashlib.sha256).hexdigest()


def is_protected(root: Path) -> bool:
    return (Path(root) / KEY_FILE).is_file()


def _id(root: Path) -> str:
    return str(Path(root).resolve())


def key_for(root: Path) -> DataKeys:
    """The keys of protected folder ``root``, once unlocked in this process."""
    with _lock:
        keys = _unlocked.get(_id(root))
    if keys is None:
        raise LockedError(
            _("The data folder {path} is protected with a passphrase.").format(path=root),
            _("Enter the passphrase to open it."))
    return keys


def remember(root: Path, keys: DataKeys) -> None:
    with _lock:
        _unlocked[_id(root)] = keys


def forget(root: Path) -> None:
    with _lock:
        _unlocked.pop(_id(root), None)


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInputError(
            _("A passphrase needs at least {n} characters.").format(n=MIN_PASSPHRASE),
            _("A few unrelated words are easy to remember and hard to guess."))


def _kek(passphrase: str, salt: bytes, n: int, r: int, p: int) -> AESGCM:
    return AESGCM(Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode()))


def seal_key(data_key: bytes, passphrase: str, *, n: int = SCRYPT_N) -> bytes:
    """key.json's bytes for ``data_key`` under ``passphrase``."""
    salt, nonce = os.urandom(16), os.urandom(12)
    wrapped = _kek(passphrase, salt, n, SCRYPT_R, SCRYPT_P).encrypt(nonce, data_key, _AAD)
    return json.dumps({
        "version": 1, "cipher": "AES-256-GCM", "kdf": "scrypt", "n": n, "r": SCRYPT_R,
        "p": SCRYPT_P, "salt": salt.hex(), "nonce": nonce.hex(), "key": wrapped.hex(),
        "note": "Evidence Packet data key. Without the passphrase it cannot be opened; "
                "a lost passphrase cannot be recovered.",
    }, indent=1).encode()


def open_key(root: Path, passphrase: str) -> bytes:
    """The data key of ``root`` (raises WrongPassphraseError)."""
    path = Path(root) / KEY_FILE
    try:
        info = json.loads(path.read_bytes())
        salt, nonce = bytes.fromhex(info["salt"]), bytes.fromhex(info["nonce"])
        wrapped = bytes.fromhex(info["key"])
        n, r, p = int(info["n"]), int(info["r"]), int(info["p"])
        if info.get("kdf") != "scrypt":
            raise ValueError("unknown key file")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StorageError(
            _("The key file {path} cannot be read: {error}").format(path=path, error=exc),
            _("Restore the data folder from a backup or a case archive.")) from exc
    if not sealed.scrypt_within(n, r, p, SCRYPT_MOST):
        raise StorageError(
            _("The key file {path} asks for far more memory and time to check the "
              "passphrase than Evidence Packet ever uses (scrypt n={n}, r={r}, p={p}): it "
              "was changed, or not written by this app.").format(path=path, n=n, r=r, p=p),
            _("Put key.json back from a backup of this data folder."))
    try:
        return _kek(passphrase, salt, n, r, p).decrypt(nonce, wrapped, _AAD)
    except InvalidTag as exc:
        raise WrongPassphraseError(_("That passphrase does not open this data folder."),
                                   _("Check the keyboard language and Caps Lock, and try "
                                     "again.")) from exc


def unlock(root: Path, passphrase: str) -> DataKeys:
    """Check ``passphrase`` and keep the folder's keys for this process."""
    keys = DataKeys.derive(open_key(root, passphrase))
    remember(root, keys)
    return keys


def write_key_file(root: Path, data_key: bytes, passphrase: str, *, n: int = SCRYPT_N) -> None:
    atomic_write_bytes(Path(root) / KEY_FILE, seal_key(data_key, passphrase, n=n))


def change_passphrase(root: Path, old: str, new: str) -> None:
    """Seal the same data key under ``new``; nothing else changes."""
    check_passphrase(new)
    data_key = open_key(root, old)
    info = json.loads((Path(root) / KEY_FILE).read_bytes())
    write_key_file(root, data_key, new, n=int(info["n"]))
    unlock(root, new)
