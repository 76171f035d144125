"""The one facade the GUI and the CLI both call. Plain synchronous functions.

``Services`` is bound to one data folder. Slow calls (``import_files``, ``process``,
``export``) take progress callbacks and a stop flag so a GUI worker can run them.
"""

from __future__ import annotations

from desktop_app.services.facade import Services

__all__ = ["Services"]
