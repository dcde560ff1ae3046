"""`conflictdesk card CODE [--format text|json]`: one conflict card, personal data masked."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from conflictdesk.commands.common import database, print_json
from conflictdesk.domain.enums import (
    ConflictStage,
    ConflictType,
    IssueKind,
    ItemStatus,
    ProjectPhase,
    SignalKind,
    StakeholderKind,
)
from conflictdesk.domain.masking import mask_contact
from conflictdesk.domain.text import terminal_safe
from conflictdesk.services.card_history import describe_change, round_changes
from conflictdesk.services.card_views import CardView, masked_stakeholder, missing_items


def _d(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def card_json(view: CardView) -> dict[str, Any]:
    """The stable JSON shape of ``card --format json`` (a contract for scripts, kept stable)."""
    people = [masked_stakeholder(h) for h in view.stakeholders]
    plan = None
    if view.plan is not None:
        plan = {"goal": view.plan.goal,
                "items": [{"title": i.title, "owner": i.owner, "due": _d(i.due), "status": i.status}
                          for i in view.plan.items]}
    return {
        "code": view.project_code, "name": view.project_name, "department": view.department,
        "grade": view.grade, "stage": view.stage, "phase": view.phase, "types": list(view.conflict_types),
        "issues": [{"text": i.text, "kind": i.kind} for i in view.issues],
        "stakeholders": [{"name": h.name, "kind": h.kind, "position": h.position, "influence": h.influence,
                          "contact": h.contact} for h in people],
        "signals": [{"date": _d(g.observed_on), "kind": g.kind, "count": g.count} for g in view.signals],
        "outlook": view.outlook,
        "actions": [{"date": _d(a.acted_on), "text": a.text} for a in view.actions],
        "plan": plan,
        "history": [{"round": s.round_code, "grade": s.grade, "stage": s.stage, "outlook": s.outlook,
                     "issues": [{"text": i.text, "kind": i.kind} for i in s.issues]} for s in view.snapshots],
        # Added after the contract's keys: a carried case without a decision yet (결정 대기) keeps ``grade``.
        "decision_pending": view.decision_pending,
    }


def _label(enum: Any, value: str | None) -> str:
    if not value:
        return "미정"
    try:
        return str(enum(value).label)
    except ValueError:
        return value


def card_text(view: CardView) -> str:
    """A readable Korean card for the terminal."""
    out: list[str] = []
    grade = f"{view.grade}등급" if view.grade else "등급 없음"
    out.append(f"갈등관리카드  {view.project_code}  {view.project_name}")
    pending = " · 결정 대기 (이월 판단 전)" if view.decision_pending else ""
    out.append(f"담당부서 {view.department} · {grade} ({view.round_code or '-'}){pending}")
    stage = _label(ConflictStage, view.stage)
    since = f" ({_d(view.stage_since)}부터)" if view.stage_since else ""
    out.append(f"갈등단계 {stage}{since} · 사업단계 {_label(ProjectPhase, view.phase)}")
    out.append("갈등유형 " + (", ".join(_label(ConflictType, t) for t in view.conflict_types) or "-"))
    if view.field:
        out.append(f"분야 {view.field}")
    missing = missing_items(view)
    if missing and view.grade in (1, 2):
        out.append("⚠ 미비: " + ", ".join(missing))
    out.append("")
    out.append("[주요쟁점]")
    out += [f"  {n}. ({_label(IssueKind, i.kind)}) {i.text}" for n, i in enumerate(view.issues, 1)] or ["  -"]
    out.append("[이해관계자]")
    for h in (masked_stakeholder(x) for x in view.stakeholders):
        rep = f", 대표 {h.representative}" if h.representative else ""
        out.append(f"  {h.name} ({_label(StakeholderKind, h.kind)}) 입장 {h.position or '-'}, 영향력 {h.influence}"
                   f"{rep}, 연락처 {h.contact or '-'}")
    out.append("[신호]")
    out += [f"  {_d(g.observed_on)} {_label(SignalKind, g.kind)} {g.count}" for g in view.signals] or ["  -"]
    out.append("[사회적 영향]")
    out.append(f"  {view.social_impact or '-'}")
    out.append("[향후 전망]")
    out.append(f"  {view.outlook or '-'}")
    out.append("[조치실적]")
    out += [f"  {_d(a.acted_on)} {a.text}" for a in view.actions] or ["  -"]
    out.append("[대응계획]")
    if view.plan is None:
        out.append("  없음")
    else:
        out.append(f"  목표: {view.plan.goal or '-'}")
        if view.plan.strategies:
            out.append("  전략: " + ", ".join(view.plan.strategies))
        for i in view.plan.items:
            late = " ⚠지연" if i.overdue else ""
            out.append(f"  - {i.title} / {i.owner or '-'} / 기한 {_d(i.due) or '-'} / "
                       f"{_label(ItemStatus, i.status)}{late}")
    if view.closed_on:
        out.append(f"[종결] {_d(view.closed_on)} {view.closure_reason}")
    if view.snapshots:
        out.append("[변경 이력]")
        for change in round_changes(view.snapshots):
            out.append(f"  {change.round_code}: " + "; ".join(describe_change(change)))
    return mask_contact("\n".join(out))


def cmd_card(args: argparse.Namespace) -> int:
    from conflictdesk.services.cards import get_card

    with database(args) as db:
        view = get_card(db, args.code)
    if args.format == "json":
        print_json(card_json(view))
    else:
        sys.stdout.write(terminal_safe(card_text(view)) + "\n")
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("card", help="갈등관리카드 한 건 보기 (개인정보 가림)")
    p.add_argument("code", metavar="CODE", help="사업코드")
    p.add_argument("--format", choices=("text", "json"), default="text", help="출력 형식 (기본 text)")
    p.set_defaults(handler=cmd_card)
