"""The command line (``evidence-packet``, ``python -m desktop_app.cli``): one module per
feature, each a thin layer over ``desktop_app.services`` (see ``cli/main.py``)."""

from __future__ import annotations

from desktop_app.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
