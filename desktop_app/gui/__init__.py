"""The desktop window (PySide6). Start it with ``desktop_app.gui.app:main``.

This package's ``__init__`` imports no Qt: worker processes import ``gui.worker_jobs`` and
must not pay for (or depend on) a Qt import.
"""
