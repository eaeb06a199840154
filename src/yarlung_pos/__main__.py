"""``python -m yarlung_pos`` — same as the ``yarlung-pos`` console script."""

import sys

from yarlung_pos.cli import main

if __name__ == "__main__":
    sys.exit(main())
