"""Start ConflictDesk from a source checkout: ``python main.py [options]`` (same as ``conflictdesk``)."""

from conflictdesk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
