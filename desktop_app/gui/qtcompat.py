"""Work around a reference-count bug in PySide6 6.12.0: ``SignalInstance.emit`` returns
``True`` without owning a reference to it, so every emit from Python takes one reference
away from ``True``. After some thousands of emits ``True`` is freed and Python aborts
("Fatal Python error: bool_dealloc"), at the latest when the interpreter exits.

PySide6 6.11.3 does not have the bug. ``emit`` below gives the reference back, only where
a probe at import shows the bug, so it does nothing on a fixed PySide6. Every signal this
package emits from Python goes through it.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    probed = Signal()


def _emit_steals_a_reference() -> bool:
    probe = _Probe()
    rounds = 50
    before = sys.getrefcount(True)
    for _ in range(rounds):
        probe.probed.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(0, lost)):  # give back what the probe itself took
        _incref(True)
    return lost >= rounds * 0.8


EMIT_STEALS = _emit_steals_a_reference()


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, without the reference leak of PySide6 6.12.0."""
    result: object = signal.emit(*args)  # type: ignore[func-returns-value]
    if EMIT_STEALS and isinstance(result, bool):
        _incref(result)
