"""Zygote for the crash test: imports once, then forks one writer per trial that reports each committed id."""

from __future__ import annotations

import os
import sys


def writer(url: str, trial: int, report: str) -> None:
    from sqlalchemy import select

    from conflictdesk.store.engine import Database
    from conflictdesk.store.models import Department, Project

    db = Database(url, actor="crash")
    fd = os.open(report, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    n = 0
    while True:
        code = f"K-{trial}-{n}"
        with db.write(reason="crash test") as s:
            dept = s.scalar(select(Department).where(Department.name == "충돌시험과"))
            if dept is None:
                dept = Department(name="충돌시험과", bureau="시험국")
                s.add(dept)
            s.add(Project(code=code, name=f"충돌 {trial}-{n}", department=dept, note="x" * (n % 7) * 300))
            previous = s.scalar(select(Project).order_by(Project.id.desc()).limit(1))
            if previous is not None:
                previous.summary = f"갱신 {n}"
        os.write(fd, f"{code}\n".encode())  # reported only after the commit returned
        n += 1


def zygote(url: str) -> None:
    import conflictdesk.store.engine
    import conflictdesk.store.models  # noqa: F401

    for line in sys.stdin:
        trial_text, report = line.split(maxsplit=1)
        pid = os.fork()
        if pid == 0:
            try:
                writer(url, int(trial_text), report.strip())
            finally:
                os._exit(3)
        print(pid, flush=True)
        os.waitpid(pid, 0)
        print("reaped", flush=True)


if __name__ == "__main__":
    zygote(sys.argv[1])
