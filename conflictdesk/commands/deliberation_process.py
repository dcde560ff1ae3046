"""CLI of the 공론화 추진 (docs/업무규칙.md "공론화 추진"): the ``process`` object of ``deliberation list --format json``,
and ``deliberation process`` (show or start), ``deliberation event`` (plan, hold and correct events) and
``deliberation recommendation`` (add, answer, follow up, delete) — through the services the 추진 tab uses."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from typing import Any

from conflictdesk.commands.common import database, print_json, print_table
from conflictdesk.domain.dates import format_date, parse_date
from conflictdesk.domain.deliberation_process import Answer, Phase
from conflictdesk.domain.enums import ItemStatus
from conflictdesk.domain.errors import DomainError, InvalidValue, NotFound
from conflictdesk.services.deliberation_process_dtos import (
    EventInput,
    EventRow,
    ProcessView,
    RecommendationInput,
    RecommendationRow,
)


def process_json(process: ProcessView | None) -> dict[str, Any] | None:
    """A compact process: budget year, phases (first planned and actual date, attendance), 권역 gaps, budget and
    spending in won, and each recommendation's text, answer (accept/partial/reject or null) and status."""
    if process is None:
        return None
    return {
        "year": process.year,
        "phases": [{"phase": p.phase.value, "name": p.phase.label, "planned": p.planned_from.isoformat() if p.planned_from else None,
                    "actual": p.held_from.isoformat() if p.held_from else None, "attendance": p.attendance}
                   for p in process.phases],
        "gaps": list(process.gaps),
        "budget_won": process.plan.annual_won,
        "spent_won": process.execution.executed_won,
        "recommendations": [{"text": r.text, "answer": r.answer.value if r.answer else None,
                             "status": r.status.value, "owner": r.owner,
                             "due": r.due.isoformat() if r.due else None, "overdue": r.overdue}
                            for r in process.recommendations],
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def event_json(e: EventRow) -> dict[str, Any]:
    """One event of ``deliberation process|event --format json``."""
    return {"id": e.id, "phase": e.phase.value, "name": e.name, "region": e.region or None, "title": e.title,
            "planned": _iso(e.planned), "actual": _iso(e.held), "attendance": e.attendance, "place": e.place,
            "note": e.note}


def recommendation_json(r: RecommendationRow) -> dict[str, Any]:
    """One recommendation of ``deliberation process|recommendation --format json`` (``number`` is 권고 N)."""
    return {"id": r.id, "number": r.position, "text": r.text, "answer": r.answer.value if r.answer else None,
            "reason": r.reason, "owner": r.owner, "due": _iso(r.due), "status": r.status.value,
            "done": _iso(r.done_on), "overdue": r.overdue}


def detail_json(process: ProcessView) -> dict[str, Any]:
    """``deliberation process ITEM --format json``: the process with every event and recommendation and their ids."""
    return {"item": process.item_id, "title": process.item_title, "year": process.year,
            "regions": list(process.regions), "gaps": list(process.gaps), "attendance": process.attendance,
            "budget_won": process.plan.annual_won, "spent_won": process.execution.executed_won,
            "events": [event_json(e) for e in process.events],
            "recommendations": [recommendation_json(r) for r in process.recommendations]}


def _date(text: str | None) -> date | None:
    return parse_date(text) if text else None


def _view(db: Any, item: int, today: date) -> ProcessView:
    from conflictdesk.services.deliberation_process import existing_process

    return existing_process(db, item, today)


def _event_line(e: EventRow) -> str:
    parts = [f"예정 {format_date(e.planned)}" if e.planned else "예정일 없음"]
    if e.held:
        parts.append(f"실시 {format_date(e.held)}")
    if e.attendance is not None:
        parts.append(f"참석 {e.attendance:,}명")
    return f"{e.name} (id {e.id}): " + ", ".join(parts)


def _print_process(view: ProcessView) -> None:
    print(f"공론화 추진 — {view.item_title} ({view.year}년)")
    print(f"권역: {', '.join(view.regions) or '—'} · 빈칸: {', '.join(view.gaps) or '없음'} · "
          f"참석 합계 {view.attendance:,}명")
    print()
    print_table(["id", "단계", "행사", "예정일", "실시일", "참석", "장소"],
                [[e.id, e.phase.label, e.name, format_date(e.planned), format_date(e.held),
                  "" if e.attendance is None else f"{e.attendance:,}", e.place] for e in view.events], right=(0, 5))
    if view.recommendations:
        print()
        _print_recommendations(view.recommendations)


def _print_recommendations(rows: tuple[RecommendationRow, ...]) -> None:
    print_table(["권고", "내용", "시 답변", "담당", "기한", "이행"],
                [[r.position, r.text, (r.answer.label if r.answer else "답변 전") + (f" ({r.reason})" if r.reason else ""),
                  r.owner, format_date(r.due), "지연" if r.overdue else r.status.label] for r in rows], right=(0,))


def cmd_process(args: argparse.Namespace) -> int:
    from conflictdesk.services.deliberation_process import start_process

    today = date.today()
    with database(args) as db:
        if args.start is not None:
            start_process(db, args.item, args.start)
        view = _view(db, args.item, today)
    if args.format == "json":
        print_json(detail_json(view))
        return 0
    if args.start is not None:
        print(f"공론화 추진을 시작했습니다: {view.item_title} ({view.year}년, 행사 {len(view.events)}건)")
    _print_process(view)
    return 0


# --- events ----------------------------------------------------------------------------------------------------------


def _target(view: ProcessView, args: argparse.Namespace) -> EventRow | None:
    """The event the command changes: ``--id``; else, unless ``--new``, the one event of the phase (and 권역) not held
    yet — the one the process planned when it started; ``None`` adds an event."""
    if args.id is not None:
        found = next((e for e in view.events if e.id == args.id), None)
        if found is None:
            raise NotFound("deliberation_event_not_found", event=args.id)
        return found
    if args.phase is None or args.delete:
        raise InvalidValue("deliberation_event_choice_required")
    if args.new:
        return None
    phase = Phase(args.phase)
    region = " ".join((args.region or "").split())
    open_ = [e for e in view.events if e.phase is phase and e.held is None and (phase is not Phase.REGIONAL
                                                                                or e.region == region)]
    if len(open_) > 1:
        raise DomainError("deliberation_event_ambiguous", phase=phase, events=", ".join(str(e.id) for e in open_))
    return open_[0] if open_ else None


def _event_input(args: argparse.Namespace, old: EventRow | None) -> EventInput:
    base = EventInput(phase=old.phase, region=old.region, title=old.title, planned=old.planned, held=old.held,
                      attendance=old.attendance, place=old.place, note=old.note) if old else \
        EventInput(phase=Phase(args.phase))
    changes: dict[str, Any] = {}
    if args.phase is not None:
        changes["phase"] = Phase(args.phase)
    for name, value in (("region", args.region), ("title", args.title), ("place", args.place), ("note", args.note)):
        if value is not None:
            changes[name] = value
    if args.planned is not None:
        changes["planned"] = _date(args.planned)
    if args.actual is not None:
        changes["held"] = _date(args.actual)
    if args.attendance is not None:
        changes["attendance"] = None if args.attendance == "" else _attendance(args.attendance)
    return replace(base, **changes)


def _attendance(text: str) -> int:
    cleaned = text.replace(",", "").removesuffix("명").strip()
    if not cleaned.isdigit():
        raise InvalidValue("deliberation_attendance_invalid", value=text)
    return int(cleaned)


def cmd_event(args: argparse.Namespace) -> int:
    from conflictdesk.services.deliberation_process import delete_event, save_event

    today = date.today()
    with database(args) as db:
        view = _view(db, args.item, today)
        old = _target(view, args)
        if args.delete:
            assert old is not None  # --delete needs --id (_target)
            delete_event(db, old.id)
            saved = None
        else:
            event_id, _changes = save_event(db, args.item, _event_input(args, old), today,
                                            old.id if old else None)
            view = _view(db, args.item, today)
            saved = next(e for e in view.events if e.id == event_id)
        view = _view(db, args.item, today)
    if args.format == "json":
        print_json({"event": event_json(saved) if saved else None, "deleted": old.id if args.delete and old else None,
                    "gaps": list(view.gaps), "attendance": view.attendance})
        return 0
    if saved is None:
        assert old is not None
        print(f"행사를 삭제했습니다: {old.name} (id {old.id})")
    else:
        print(("행사를 고쳤습니다: " if old else "행사를 더했습니다: ") + _event_line(saved))
    if view.gaps:
        print(f"권역 빈칸: {', '.join(view.gaps)}")
    return 0


# --- recommendations -------------------------------------------------------------------------------------------------


def _numbered(view: ProcessView, number: int) -> RecommendationRow:
    found = next((r for r in view.recommendations if r.position == number), None)
    if found is None:
        raise NotFound("recommendation_number_not_found", number=number, title=view.item_title)
    return found


def _recommendation_input(args: argparse.Namespace, old: RecommendationRow | None) -> RecommendationInput:
    base = RecommendationInput(text=old.text, answer=old.answer, reason=old.reason, owner=old.owner, due=old.due,
                               status=old.status, done_on=old.done_on) if old else RecommendationInput(text=args.text)
    changes: dict[str, Any] = {}
    if getattr(args, "answer", None) is not None:
        changes["answer"] = None if args.answer == "none" else Answer(args.answer)
    for name in ("reason", "owner"):
        if getattr(args, name, None) is not None:
            changes[name] = getattr(args, name)
    if getattr(args, "due", None) is not None:
        changes["due"] = _date(args.due)
    if getattr(args, "status", None) is not None:
        changes["status"] = ItemStatus(args.status)
    if getattr(args, "done", None) is not None:
        changes["done_on"] = _date(args.done)
    if changes.get("status") is ItemStatus.DONE and "done_on" not in changes and base.done_on is None:
        changes["done_on"] = date.today()
    return replace(base, **changes)


def cmd_recommendation(args: argparse.Namespace) -> int:
    from conflictdesk.services.deliberation_process import delete_recommendation, save_recommendation

    today = date.today()
    action = args.action or "list"
    with database(args) as db:
        view = _view(db, args.item, today)
        saved: RecommendationRow | None = None
        old = _numbered(view, args.number) if action in ("answer", "status", "delete") else None
        if action == "delete":
            assert old is not None
            delete_recommendation(db, old.id)
        elif action != "list":
            rec_id, _changes = save_recommendation(db, args.item, _recommendation_input(args, old),
                                                   old.id if old else None)
            view = _view(db, args.item, today)
            saved = next(r for r in view.recommendations if r.id == rec_id)
        view = _view(db, args.item, today)
    if args.format == "json":
        if action == "list":
            print_json({"recommendations": [recommendation_json(r) for r in view.recommendations]})
        else:
            print_json({"recommendation": recommendation_json(saved) if saved else None,
                        "deleted": old.position if action == "delete" and old else None,
                        "overdue": view.overdue_count})
        return 0
    if action == "list":
        if not view.recommendations:
            print("기록된 권고가 없습니다.")
        else:
            _print_recommendations(view.recommendations)
        return 0
    if action == "delete":
        assert old is not None
        print(f"권고 {old.position}을(를) 삭제했습니다: {old.text}")
        return 0
    assert saved is not None
    verb = {"add": "더했습니다", "answer": "답변을 기록했습니다", "status": "이행 상태를 기록했습니다"}[action]
    print(f"권고 {saved.position} — {verb}: {saved.text}")
    print(f"  시 답변 {saved.answer.label if saved.answer else '답변 전'}"
          + (f" ({saved.reason})" if saved.reason else "")
          + f" · 이행 {'지연' if saved.overdue else saved.status.label}"
          + (f" · 담당 {saved.owner}" if saved.owner else "") + (f" · 기한 {format_date(saved.due)}" if saved.due else ""))
    return 0


def register(sub: Any) -> None:
    """Add ``process``, ``event`` and ``recommendation`` to the ``deliberation`` subcommands."""
    q = sub.add_parser("process", help="공론화 추진 보기·시작: 단계별 행사(id), 권역 빈칸, 권고안")
    q.add_argument("item", type=int, metavar="ITEM", help="공론화 안건 번호")
    q.add_argument("--start", type=int, default=None, metavar="YEAR", help="추진을 시작(실시로 의결된 안건; 예산 연도)")
    q.add_argument("--format", choices=("table", "json"), default="table")
    q.set_defaults(handler=cmd_process)

    phases = [p.value for p in Phase]
    q = sub.add_parser("event", help="공론화 추진 행사 기록: 예정일, 실시일, 참석 인원 (단계의 남은 행사를 채우거나 더함)")
    q.add_argument("item", type=int, metavar="ITEM", help="공론화 안건 번호")
    q.add_argument("--id", type=int, default=None, metavar="EVENT", help="고칠 행사 id (deliberation process ITEM에 나옴)")
    q.add_argument("--phase", choices=phases, default=None,
                   help="단계: " + ", ".join(f"{p.value}={p.label}" for p in Phase))
    q.add_argument("--region", default=None, metavar="R", help="권역 (권역별 공론장 regional)")
    q.add_argument("--new", action="store_true", help="그 단계에 행사를 하나 더함 (예: 참여단 교육 2회차)")
    q.add_argument("--title", default=None, help="행사명 (없으면 단계 이름)")
    q.add_argument("--planned", default=None, metavar="DATE", help="예정일 (예 2020-03-10; 빈 문자열이면 지움)")
    q.add_argument("--actual", default=None, metavar="DATE", help="실시일 (오늘보다 뒤일 수 없음; 빈 문자열이면 지움)")
    q.add_argument("--attendance", default=None, metavar="N", help="참석 인원 (실시일이 있는 행사만)")
    q.add_argument("--place", default=None, help="장소")
    q.add_argument("--note", default=None, help="비고")
    q.add_argument("--delete", action="store_true", help="--id의 행사를 삭제")
    q.add_argument("--format", choices=("table", "json"), default="table")
    q.set_defaults(handler=cmd_event)

    q = sub.add_parser("recommendation", help="권고안 이행 관리: 권고 추가(add), 시 답변(answer), 이행 상태(status), 삭제")
    q.add_argument("item", type=int, metavar="ITEM", help="공론화 안건 번호")
    q.add_argument("--format", choices=("table", "json"), default="table")
    q.set_defaults(handler=cmd_recommendation, action=None)
    actions = q.add_subparsers(title="권고 명령", metavar="ACTION", parser_class=type(q))
    answers = [a.value for a in Answer]
    statuses = [s.value for s in ItemStatus]

    def follow_up(p: Any) -> None:
        p.add_argument("--owner", default=None, help="담당 (부서·직위)")
        p.add_argument("--due", default=None, metavar="DATE", help="이행 기한 (빈 문자열이면 지움)")
        p.add_argument("--status", choices=statuses, default=None,
                       help="이행 상태: " + ", ".join(f"{s.value}={s.label}" for s in ItemStatus))
        p.add_argument("--done", default=None, metavar="DATE", help="완료일 (status done; 없으면 오늘)")
        p.add_argument("--format", choices=("table", "json"), default=argparse.SUPPRESS)

    a = actions.add_parser("add", help="권고를 더함")
    a.add_argument("text", metavar="TEXT", help="권고 내용")
    a.add_argument("--answer", choices=answers, default=None,
                   help="시 답변: " + ", ".join(f"{x.value}={x.label}" for x in Answer))
    a.add_argument("--reason", default=None, help="사유 (일부 수용·불수용은 필수)")
    follow_up(a)
    a.set_defaults(action="add")
    a = actions.add_parser("answer", help="권고 N에 시 답변을 기록")
    a.add_argument("number", type=int, metavar="N", help="권고 번호 (권고 1, 2, …)")
    a.add_argument("--answer", choices=[*answers, "none"], required=True,
                   help="시 답변: " + ", ".join(f"{x.value}={x.label}" for x in Answer) + ", none=답변 전")
    a.add_argument("--reason", default=None, help="사유 (일부 수용·불수용은 필수)")
    follow_up(a)
    a.set_defaults(action="answer")
    a = actions.add_parser("status", help="권고 N의 이행: 상태, 담당, 기한, 완료일")
    a.add_argument("number", type=int, metavar="N", help="권고 번호")
    follow_up(a)
    a.set_defaults(action="status")
    a = actions.add_parser("delete", help="권고 N을 삭제")
    a.add_argument("number", type=int, metavar="N", help="권고 번호")
    a.add_argument("--format", choices=("table", "json"), default=argparse.SUPPRESS)
    a.set_defaults(action="delete")
