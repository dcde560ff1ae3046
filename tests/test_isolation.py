"""The test suite keeps out of the checkout (docs/architecture.md §Tests): what it writes goes to temp folders."""

from __future__ import annotations

from pathlib import Path

from hypothesis import configuration, given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent


@given(st.integers())
def test_hypothesis_keeps_its_examples_and_caches_outside_the_checkout(_n: int) -> None:
    home = Path(configuration.storage_directory("examples", intent_to_write=False).path).resolve()
    assert not home.is_relative_to(ROOT), home
