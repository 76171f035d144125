"""``python -m desktop_app``: the command line until the window exists."""

from __future__ import annotations

import sys

from desktop_app.cli import main

sys.exit(main())
