"""Packaged resources (fonts, icons) of ConflictDesk."""
