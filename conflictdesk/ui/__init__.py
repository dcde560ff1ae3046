"""The Qt GUI: the only package that imports PySide6.

Importing it also shields ``True``/``False`` from a reference-counting bug of PySide6 6.12.0 on Python 3.11: every
``emit()`` of a Python-defined ``Signal`` drops one reference to ``True`` without taking it (measured: 100 emits → the
count of ``True`` 100 lower), so a long session — or the test suite — ends in "bool_dealloc: deallocating True or
False" or a segmentation fault. Python 3.12 makes the two objects immortal; on 3.11 we do the same by giving them a
reference count no leak can exhaust. They are static objects that are never freed, so nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys

if sys.implementation.name == "cpython" and sys.version_info < (3, 12):
    for _static in (True, False):
        ctypes.c_ssize_t.from_address(id(_static)).value += 1 << 40  # ob_refcnt is PyObject's first field
