"""Round snapshots of a card (grade, stage, phase, issues, outlook) and the round-to-round 변경 이력."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from conflictdesk.domain.enums import ConflictStage, ProjectPhase
from conflictdesk.services.card_views import IssueRow, RoundChange, SnapshotRow
from conflictdesk.services.changes import Changes
from conflictdesk.services.rounds import _get_round
from conflictdesk.store.engine import Database
from conflictdesk.store.models import Card, CardSnapshot, Diagnosis, Round


def _snapshot_card(session: Session, card: Card, round_: Round) -> CardSnapshot:
    """Upsert the card's snapshot for ``round_`` (grade = the round's confirmed grade of the project)."""
    grade = session.scalar(
        select(Diagnosis.confirmed_grade)
        .where(Diagnosis.round_id == round_.id, Diagnosis.project_id == card.project_id)
    )
    snap = session.scalar(
        select(CardSnapshot).where(CardSnapshot.card_id == card.id, CardSnapshot.round_id == round_.id)
    )
    if snap is None:
        snap = CardSnapshot(card_id=card.id, round_id=round_.id)
        session.add(snap)
    snap.grade = grade
    snap.stage = card.stage
    snap.phase = card.phase
    snap.issues = [{"text": i.text, "kind": i.kind} for i in sorted(card.issues, key=lambda i: i.position)]
    snap.outlook = card.outlook
    return snap


def _refresh_snapshot(session: Session, card: Card) -> None:
    """Keep the snapshot of the latest round in which the project was diagnosed up to date with the card."""
    round_ = session.scalar(
        select(Round).join(Diagnosis, Diagnosis.round_id == Round.id)
        .where(Diagnosis.project_id == card.project_id)
        .order_by(Round.year.desc(), Round.half.desc()).limit(1)
    )
    if round_ is not None:
        _snapshot_card(session, card, round_)


def take_snapshot(db: Database, code: str, round_code: str) -> Changes:
    """Record (or refresh) the card of project ``code`` as it stands, for round ``round_code``."""
    from conflictdesk.services.cards import _card_of

    with db.write(reason=f"{round_code} 갈등관리카드 스냅숏") as s:
        card = _card_of(s, code)
        _snapshot_card(s, card, _get_round(s, round_code))
        return Changes.of("card")


def _issue_rows(raw: Sequence[Any]) -> tuple[IssueRow, ...]:
    rows = []
    for item in raw or ():
        if isinstance(item, dict):
            rows.append(IssueRow(str(item.get("text", "")), str(item.get("kind", "interest"))))
        else:
            rows.append(IssueRow(str(item)))
    return tuple(rows)


def _snapshots_of(session: Session, card: Card) -> tuple[SnapshotRow, ...]:
    """The card's snapshots, oldest round first."""
    stmt = (select(CardSnapshot, Round.code).join(Round, CardSnapshot.round_id == Round.id)
            .where(CardSnapshot.card_id == card.id).order_by(Round.year, Round.half))
    return tuple(
        SnapshotRow(code, snap.grade, snap.stage, snap.phase, _issue_rows(snap.issues), snap.outlook)
        for snap, code in session.execute(stmt)
    )


def round_changes(snapshots: Sequence[SnapshotRow]) -> list[RoundChange]:
    """What changed between consecutive snapshots; the first round records its state as 'added'."""
    changes: list[RoundChange] = []
    prev: SnapshotRow | None = None
    for snap in snapshots:
        if prev is None:
            changes.append(RoundChange(
                snap.round_code, None, grade=(None, snap.grade) if snap.grade else None,
                stage=(None, snap.stage) if snap.stage else None, phase=(None, snap.phase) if snap.phase else None,
                issues_added=tuple(i.text for i in snap.issues),
                outlook=("", snap.outlook) if snap.outlook else None,
            ))
        else:
            before = [i.text for i in prev.issues]
            after = [i.text for i in snap.issues]
            changes.append(RoundChange(
                snap.round_code, prev.round_code,
                grade=(prev.grade, snap.grade) if prev.grade != snap.grade else None,
                stage=(prev.stage, snap.stage) if prev.stage != snap.stage else None,
                phase=(prev.phase, snap.phase) if prev.phase != snap.phase else None,
                issues_added=tuple(t for t in after if t not in before),
                issues_removed=tuple(t for t in before if t not in after),
                outlook=(prev.outlook, snap.outlook) if prev.outlook.strip() != snap.outlook.strip() else None,
            ))
        prev = snap
    return changes


def _grade(g: int | None) -> str:
    return f"{g}등급" if g else "미정"


def _stage(v: str | None) -> str:
    return ConflictStage(v).label if v else "미정"


def _phase(v: str | None) -> str:
    return ProjectPhase(v).label if v else "미정"


def describe_change(change: RoundChange) -> list[str]:
    """Korean lines for one round's changes (변경 이력)."""
    if change.previous is None:
        parts = [_grade(change.grade[1] if change.grade else None),
                 _stage(change.stage[1] if change.stage else None),
                 f"쟁점 {len(change.issues_added)}건"]
        return ["최초 기록: " + ", ".join(parts)]
    lines: list[str] = []
    if change.grade:
        lines.append(f"등급 {_grade(change.grade[0])} → {_grade(change.grade[1])}")
    if change.stage:
        lines.append(f"갈등단계 {_stage(change.stage[0])} → {_stage(change.stage[1])}")
    if change.phase:
        lines.append(f"사업단계 {_phase(change.phase[0])} → {_phase(change.phase[1])}")
    lines += [f"쟁점 추가: {t}" for t in change.issues_added]
    lines += [f"쟁점 삭제: {t}" for t in change.issues_removed]
    if change.outlook:
        lines.append(f"향후 전망 변경: {change.outlook[1] or '(비움)'}")
    return lines or ["변경 없음"]

