"""The installed commands: ``evidence-packet`` (``cli``) and ``evidence-packet-gui``
(``gui``).

Kept apart from the app so that importing this module loads nothing: the app's worker
processes (page pictures, reading, writing the packet) are started with ``spawn``, which
first runs the command's script again in each worker. Were the script to import
``gui.app`` or ``cli.main``, every worker would load Qt and the whole app before its
work — about two seconds each on an ordinary laptop.
"""

from __future__ import annotations


def cli() -> int:
    from desktop_app.cli.main import main

    return main()


def gui() -> int:
    from desktop_app.gui.app import main

    return main()
