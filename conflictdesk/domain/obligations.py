"""Obligations that follow from the confirmed grade (docs/업무규칙.md §Duties) and what is still missing for a project.

* grade 1 or 2 → ``"card"``: a conflict card that is complete (at least one main issue, a conflict stage and a
  non-blank outlook — :func:`card_is_complete`);
* grade 1 or 2 → ``"plan"``: a response plan with at least one action item;
* grade 1 → ``"expert"``: at least one active expert assignment;
* grade 3 or no confirmed grade → nothing.

The half-yearly review of grade 1–2 cases is tracked by the reviews, not here.
"""

from __future__ import annotations

from datetime import date, timedelta

from conflictdesk.domain.enums import ConflictStage, Grade

CARD = "card"
PLAN = "plan"
EXPERT = "expert"
OBLIGATION_CODES: tuple[str, ...] = (CARD, PLAN, EXPERT)

MISSING_LABELS: dict[str, str] = {
    CARD: "갈등관리카드 미작성·미완성 (주요쟁점·갈등단계·향후전망)",
    PLAN: "대응계획 미수립 (조치항목 없음)",
    EXPERT: "갈등조정전문가 미배정",
}


def card_is_complete(issue_count: int, stage: ConflictStage | None, outlook: str) -> bool:
    """A card is complete with at least one main issue, a conflict stage and a non-blank outlook (향후 전망)."""
    return issue_count > 0 and stage is not None and bool(outlook and outlook.strip())


def missing_obligations(
    grade: Grade | None,
    *,
    has_card: bool,
    card_complete: bool,
    has_plan: bool,
    plan_has_items: bool,
    has_active_expert: bool,
) -> tuple[str, ...]:
    """Codes of the unmet obligations for a confirmed ``grade``, in the order card, plan, expert."""
    if grade is None or Grade(grade) is Grade.G3:
        return ()
    missing: list[str] = []
    if not (has_card and card_complete):
        missing.append(CARD)
    if not (has_plan and plan_has_items):
        missing.append(PLAN)
    if Grade(grade) is Grade.G1 and not has_active_expert:
        missing.append(EXPERT)
    return tuple(missing)


# --- the case over the rounds (docs/업무규칙.md, 중점관리 사업의 주기) ---------------------------------------

#: The duty of a case first confirmed 1–2 in a round: write its card and response plan (카드·대응계획 작성).
CARD_PLAN_DUTY = "card_plan"
CARD_PLAN_DUTY_LABEL = "카드·대응계획 작성"
DEFAULT_CARD_PLAN_DAYS = 30


def is_key_case(grade: int | None, *, is_target: bool, resolved: bool, card_closed: bool) -> bool:
    """A key case (중점관리) of a round: a target confirmed 1 or 2, not resolved (해소·제외) and its card not closed."""
    return grade in (1, 2) and is_target and not resolved and not card_closed


def review_required(key_now: bool, key_before: bool) -> bool:
    """Round N reviews a case that was key before N (carried into N) and is key in N; a case first confirmed
    key in N gets the card-and-plan duty instead and its first review in N+1."""
    return key_now and key_before


def card_plan_due(confirmed_on: date, days: int = DEFAULT_CARD_PLAN_DAYS) -> date:
    """When the 카드·대응계획 작성 duty of a newly key case falls due: ``days`` after confirmation."""
    return confirmed_on + timedelta(days=days)


def card_plan_duty_due(*, key_now: bool, key_before: bool, missing: tuple[str, ...], confirmed_on: date | None,
                       days: int = DEFAULT_CARD_PLAN_DAYS) -> date | None:
    """The due date of the 카드·대응계획 작성 duty of a case in a round, or None when it has none: a case first key
    in the round (key now, not before) whose card or plan is still missing, due ``days`` after confirmation.
    Status, the grade summary and the reminders all ask this one rule (docs/업무규칙.md)."""
    if not key_now or key_before or confirmed_on is None or not ({CARD, PLAN} & set(missing)):
        return None
    return card_plan_due(confirmed_on, days)
