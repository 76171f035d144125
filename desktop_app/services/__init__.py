"""The one facade the GUI and the CLI both call. Plain synchronous functions.

``Services`` is bound to one data folder. Slow calls (``import_files``, ``process``,
``export``) take progress callbacks and a stop flag so a GUI worker can run them.

``Services`` is imported on first use (PEP 562): a worker process that needs one feature
module (the picture workers import ``services.pictures``) does not load the whole
facade, which halves its start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.services.facade import Services

__all__ = ["Services"]


def __getattr__(name: str) -> Any:
    if name == "Services":
        from desktop_app.services.facade import Services

        return Services
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
