"""Every error the app raises on purpose, each with a message a person can act on.

The GUI shows ``str(error)`` in a dialog or status line; the CLI prints it and exits 1.
``message`` says what happened; ``hint`` says what to do about it.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.i18n import _


class AppError(Exception):
    """Base of the app's own errors."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class NotFoundError(AppError):
    """A case, document, page or tab that does not exist."""


class InvalidInputError(AppError):
    """A value the user gave that cannot be used (a bad category, position, date...)."""


class StorageError(AppError):
    """The data folder cannot be read or written (full disk, read-only, damaged)."""


class LockedError(AppError):
    """The data folder is protected with a passphrase and has not been unlocked."""


class WrongPassphraseError(AppError):
    """The passphrase given does not open the data folder."""


class UntranslatedError(InvalidInputError):
    """Exhibits not in English without a translation: a filing rule stops the export
    (unless the user says to go on). ``exhibits`` is [(exhibit id, title, language)]."""

    def __init__(self, message: str, hint: str,
                 exhibits: list[tuple[str, str, str]]) -> None:
        super().__init__(message, hint)
        self.exhibits = exhibits


class ToolMissingError(AppError):
    """A program the app needs (Tesseract, a language pack) is not installed."""


# --- per-file import errors -----------------------------------------------------------


class ImportFileError(AppError):
    """A file that cannot be imported. The message names the file."""

    code = "import-error"

    def __init__(self, path: Path | str, message: str, hint: str = "") -> None:
        self.path = Path(path)
        super().__init__(f"{self.path.name}: {message}", hint)


class EmptyFileError(ImportFileError):
    code = "empty"


class UnsupportedFileError(ImportFileError):
    code = "unsupported"


class DamagedFileError(ImportFileError):
    code = "damaged"


class TooLargeError(ImportFileError):
    code = "too-large"


class PasswordRequiredError(ImportFileError):
    code = "password-required"


class WrongPasswordError(ImportFileError):
    code = "wrong-password"


# --- background work ---------------------------------------------------------------------


class OcrError(AppError):
    """Tesseract failed on one page."""


class OcrTimeoutError(OcrError):
    """Tesseract took longer than its time limit on one page."""


class ExportError(AppError):
    """The packet could not be written."""


def damaged(path: Path | str, detail: str = "") -> DamagedFileError:
    """The standard error for a file whose contents cannot be read."""
    msg = _("the file is damaged and cannot be read")
    if detail:
        msg = f"{msg} ({detail})"
    return DamagedFileError(
        path, msg + ".", _("Scan or save the document again, then add the new file.")
    )


class CitationError(InvalidInputError):
    """The statement (or the cover letter) cites a document the packet cannot point at:
    one of another case, one left out of the packet, one deleted, a page left out.
    ``section`` is the section's key ("" for the cover letter); ``document_id`` the
    document cited."""

    def __init__(self, message: str, hint: str, section: str = "",
                 document_id: int | None = None) -> None:
        super().__init__(message, hint)
        self.section = section
        self.document_id = document_id
