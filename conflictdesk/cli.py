"""Command line (argparse), thin over services and reports; one line on stderr and exit 1 for user errors."""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from conflictdesk import __version__
from conflictdesk.domain.errors import DomainError


class CliError(DomainError):
    code = "cli"


class Parser(argparse.ArgumentParser):
    """argparse that reports a bad argument in one line and exits 1 (not 2 with a usage dump)."""

    def error(self, message: str) -> NoReturn:
        raise CliError(f"{self.prog}: {message} (도움말: conflictdesk --help)")


Handler = Callable[[argparse.Namespace], int]

#: Modules of ``conflictdesk.commands`` whose ``register(subparsers)`` adds their subcommands.
COMMAND_MODULES: list[str] = [
    "diagnosis",
    "carryover",
    "cards",
    "reviews",
    "mediation",
    "data",
    "export",
    "card_batch",
    "importing",
    "programme",
    "handout",
    "checklist",
    "deliberation",
    "panel",
]


def _open_db(args: argparse.Namespace, **kwargs: Any) -> Any:
    from conflictdesk.store.engine import open_database

    return open_database(args.db, **kwargs)


# --- commands ------------------------------------------------------------------------------------


def cmd_gui(args: argparse.Namespace) -> int:
    from conflictdesk.ui.app import run_gui

    return run_gui(args.db)


def cmd_demo(args: argparse.Namespace) -> int:
    from conflictdesk.services import demo

    db = _open_db(args)
    try:
        if args.replace and demo.has_data(db):
            if db.path is not None:
                from conflictdesk.store.backup import backup_to

                saved = backup_to(db, db.path.with_name(f"{db.path.stem}.before-demo{db.path.suffix}"))
                print(f"기존 데이터를 백업했습니다: {saved}", file=sys.stderr)
            demo.clear_all(db)
        last = [-1]

        def progress(pct: int, msg: str) -> bool:
            if args.projects >= 20000 and pct // 10 != last[0] // 10:
                print(f"  {pct:3d}% {msg}", file=sys.stderr)
            last[0] = pct
            return True

        result = demo.generate(db, projects=args.projects, seed=args.seed, progress=progress)
        print(f"데모 데이터를 만들었습니다: 사업 {result.projects:,}건, 중점관리 {result.key_cases}건, "
              f"전문가 {result.experts}명 → {db.display_name}")
    finally:
        db.close()
    return 0


# --- parser --------------------------------------------------------------------------------------


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"정수가 아닙니다: {text}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"1 이상이어야 합니다: {text}")
    return value


def _opens_the_gui(argv: Sequence[str]) -> bool:
    """True when the arguments only open the GUI (no subcommand but ``gui``), so the command modules
    (and the services they import) need not load before the window shows."""
    rest: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--db":
            skip = True
        elif not arg.startswith("--db="):
            rest.append(arg)
    return rest in ([], ["gui"])


def build_parser(*, commands: bool = True) -> Parser:
    parser = Parser(prog="conflictdesk", description="갈등관리 데스크 (ConflictDesk): 공공갈등 관리")
    parser.add_argument("--version", action="version", version=f"conflictdesk {__version__}")
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="데이터 파일 경로 또는 SQLAlchemy URL (환경변수 CONFLICTDESK_DB)")
    parser.set_defaults(handler=cmd_gui)
    sub = parser.add_subparsers(title="명령", metavar="COMMAND", parser_class=Parser)

    p = sub.add_parser("gui", help="GUI 열기 (기본)")
    p.set_defaults(handler=cmd_gui)

    p = sub.add_parser("demo", help="데모 데이터 만들기")
    p.add_argument("--projects", type=_positive_int, default=300, metavar="N", help="사업 수 (기본 300)")
    p.add_argument("--seed", type=int, default=2020, metavar="S", help="난수 시드 (같은 시드 = 같은 데이터)")
    p.add_argument("--replace", action="store_true", help="기존 데이터를 백업한 뒤 데모 데이터로 교체")
    p.set_defaults(handler=cmd_demo)

    if commands:
        import importlib

        for name in COMMAND_MODULES:
            importlib.import_module(f"conflictdesk.commands.{name}").register(sub)
    return parser


def _log_unexpected(exc: BaseException) -> Path | None:
    try:
        from platformdirs import user_log_dir

        from conflictdesk.store.private import append_private, private_folder

        folder = private_folder(Path(user_log_dir("ConflictDesk", appauthor=False)))
        path = folder / "error.log"
        append_private(path, "".join(traceback.format_exception(exc)))  # it can hold stored text: 0600
        return path
    except OSError:
        return None


def _storage_failure(exc: BaseException, args_list: list[str]) -> str | None:
    """The Korean message for a database error that reached the top (sqlite3 / SQLAlchemy), else None."""
    import sqlite3

    names = {type(e).__module__.split(".")[0] for e in (exc, getattr(exc, "orig", None)) if e is not None}
    if not isinstance(exc, sqlite3.Error) and "sqlalchemy" not in names:
        return None
    from conflictdesk.store.errors import classify

    where = args_list[args_list.index("--db") + 1] if "--db" in args_list[:-1] else "데이터 파일"
    return classify(exc, where)[1]


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(commands=not _opens_the_gui(args_list))
    try:
        args = parser.parse_args(args_list)
        handler: Handler = args.handler
        return handler(args)
    except DomainError as exc:
        print(f"오류: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("중단했습니다.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        print(f"오류: 파일을 처리할 수 없습니다: {exc.filename or ''} ({exc.strerror or exc})", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - never a traceback for the user
        mapped = _storage_failure(exc, args_list)
        if mapped is not None:  # a damaged page or a missing table met mid-command: say what, not SQL
            print(f"오류: {mapped} — `conflictdesk check`로 확인하세요.", file=sys.stderr)
            return 1
        log = _log_unexpected(exc)
        where = f" (자세한 내용: {log})" if log else ""
        print(f"예상하지 못한 오류: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
        return 2
