"""Zygote for the crash test: imports once, then forks one writer per trial.

Each writer commits ``k`` transactions (reporting each committed code to a file only after the commit returned),
then opens one more transaction and says where it is on stdout — ``intx CODE`` after its rows are flushed (the
transaction is open: the kill lands mid-transaction by design) or ``commit CODE`` just before it commits (the kill
lands during or right after the commit) — and waits there to be killed.
"""

from __future__ import annotations

import os
import sys
import time


def _save(s: object, trial: int, n: int) -> str:
    from sqlalchemy import select

    from conflictdesk.store.models import Department, Project

    code = f"K-{trial}-{n}"
    dept = s.scalar(select(Department).where(Department.name == "충돌시험과"))  # type: ignore[attr-defined]
    if dept is None:
        dept = Department(name="충돌시험과", bureau="시험국")
        s.add(dept)  # type: ignore[attr-defined]
    s.add(Project(code=code, name=f"충돌 {trial}-{n}", department=dept, note="x" * (n % 7) * 300))  # type: ignore[attr-defined]
    previous = s.scalar(select(Project).order_by(Project.id.desc()).limit(1))  # type: ignore[attr-defined]
    if previous is not None:
        previous.summary = f"갱신 {n}"
    return code


def writer(url: str, trial: int, report: str, commits: int, where: str) -> None:
    from conflictdesk.store.engine import Database

    db = Database(url, actor="crash")
    fd = os.open(report, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    for n in range(commits):
        with db.write(reason="crash test") as s:
            code = _save(s, trial, n)
        os.write(fd, f"{code}\n".encode())  # reported only after the commit returned
    with db.write(reason="crash test") as s:
        code = _save(s, trial, commits)
        s.flush()  # the rows and their audit lines are written into the open transaction
        if where == "intx":
            print(f"intx {code}", flush=True)
            time.sleep(600)  # killed here, inside the transaction
        print(f"commit {code}", flush=True)
    os.write(fd, f"{code}\n".encode())
    time.sleep(600)


def zygote(url: str) -> None:
    import conflictdesk.store.engine
    import conflictdesk.store.models  # noqa: F401

    for line in sys.stdin:
        trial_text, commits, where, report = line.split(maxsplit=3)
        pid = os.fork()
        if pid == 0:
            try:
                writer(url, int(trial_text), report.strip(), int(commits), where)
            finally:
                os._exit(3)
        print(f"pid {pid}", flush=True)
        os.waitpid(pid, 0)
        print("reaped", flush=True)


if __name__ == "__main__":
    zygote(sys.argv[1])
