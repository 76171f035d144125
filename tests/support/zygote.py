"""Runs ``python -m desktop_app.cli`` commands for the tests, each in a process of its own,
forked from this one after the app's modules are imported once.

Starting Python and importing PyMuPDF, Pillow, cryptography and SQLCipher took 2-3 s of
every command the tests ran, more than most commands themselves. A forked child is still
a separate process with the test's environment, no standard input, its own output and its
own exit code; it shares no unlocked key or open database with the test (this process
never opens one). Tests that need the real interpreter start (``unshare -n``, a killed
command) run ``sys.executable`` themselves.

Protocol: one JSON request a line on stdin, ``{"argv", "env", "cwd", "out", "err"}``; one
line back on stdout, the child's exit code.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

TIMEOUT = 600  # seconds a command may take, as the subprocess runner allowed


def _child(request: dict[str, Any]) -> int:
    """In the forked child: become ``python -m desktop_app.cli ARGV`` and return its code."""
    import atexit
    import signal
    import threading
    import traceback

    from desktop_app.cli.main import main

    signal.alarm(TIMEOUT)  # a command that hangs is ended, as by subprocess's timeout
    os.environ.clear()
    os.environ.update(request["env"])
    os.chdir(request["cwd"])
    for fd, path, flags in ((0, os.devnull, os.O_RDONLY),
                            (1, request["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
                            (2, request["err"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)):
        opened = os.open(path, flags, 0o600)
        os.dup2(opened, fd)
        os.close(opened)
    sys.argv = ["desktop_app.cli", *request["argv"]]
    try:
        code: Any = main()
    except SystemExit as exc:
        code = exc.code
    except BaseException:  # noqa: BLE001 - as the interpreter would: print it, exit 1
        traceback.print_exc()
        code = 1
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    # What the interpreter does on exit: wait for threads (and pools), then atexit.
    threading._shutdown()  # type: ignore[attr-defined]
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    return int(code or 0)


def serve() -> None:
    import desktop_app.cli.main  # noqa: F401 - the imports every child then starts with

    for line in sys.stdin:
        request = json.loads(line)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                code = _child(request)
            finally:
                os._exit(code)
        _pid, status = os.waitpid(pid, 0)
        print(os.waitstatus_to_exitcode(status), flush=True)


if __name__ == "__main__":  # not when a spawned worker of a command imports this module
    serve()
