"""ConflictDesk (갈등관리 데스크): public-conflict management for a Korean city."""

__version__ = "0.1.0"
