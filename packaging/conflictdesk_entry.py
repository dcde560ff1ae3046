"""Entry script of the PyInstaller build: the same ``main()`` as the installed ``conflictdesk`` command."""

import multiprocessing
import sys

from conflictdesk.cli import main

if __name__ == "__main__":
    # The batch card export renders on every core in spawned processes: in the frozen program a child
    # must run its task here instead of starting the GUI again.
    multiprocessing.freeze_support()
    sys.exit(main())
