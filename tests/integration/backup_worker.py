"""Subprocess used by test_backup_crash.py: a backup or a restore, to be killed half way.

usage: backup_worker.py backup DB FOLDER   a slow backup (4 pages a step), printing "step" after each
       backup_worker.py restore DB FILE    print "ready", restore FILE over DB, print "done"
"""

import sys
import time

from yarlung_pos.domain.clock import system_clock as clock  # a real run: the machine's clock
from yarlung_pos.services import backup
from yarlung_pos.services.users import User

#: the worker restores as a manager (no approval asked)
MANAGER = User(0, "crash", "Crash", "manager")


def main() -> None:
    mode, db, other = sys.argv[1:4]
    if mode == "backup":
        def step(status, remaining, total):
            print("step", remaining, total, flush=True)
            time.sleep(0.002)
        backup.make_backup(db, other, clock, "manual", pages=4, progress=step)
    else:
        print("ready", flush=True)
        backup.restore_backup(db, other, MANAGER, None, clock)
    print("done", flush=True)


if __name__ == "__main__":
    main()
