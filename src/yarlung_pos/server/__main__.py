"""``python -m yarlung_pos.server`` = ``yarlung-pos-server``."""

import sys

from yarlung_pos.server.cli import main

sys.exit(main())
