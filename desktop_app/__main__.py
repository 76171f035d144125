"""``python -m desktop_app``: open the window. The command line is ``evidence-packet``
(or ``python -m desktop_app.cli``)."""

from __future__ import annotations

import sys

from desktop_app.gui.app import main

sys.exit(main())
