"""Benchmarks (``make bench``): ConflictDesk against the floor of the same work; not part of ``make test``."""
