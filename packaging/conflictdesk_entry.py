"""Entry script of the PyInstaller build: the same ``main()`` as the installed ``conflictdesk`` command."""

import sys

from conflictdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
