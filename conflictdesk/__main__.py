"""``python -m conflictdesk``: the same entry point as the ``conflictdesk`` command."""

from conflictdesk.cli import main

raise SystemExit(main())
