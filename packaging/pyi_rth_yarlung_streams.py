"""PyInstaller runtime hook (packaging/yarlung-pos.spec): in the Windows till without a console
(``yarlung-pos-till.exe``) ``sys.stdout`` and ``sys.stderr`` are ``None``; give them a sink so
that the command line's ``print``/``flush`` calls work there as in a console."""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process
