"""Apply the editor's lists (main issues, stakeholders, signals, actions) to a stored card, validated."""

from __future__ import annotations

from datetime import date

from conflictdesk.domain.enums import IssueKind, PartyKind, SignalKind, StakeholderKind
from conflictdesk.domain.error_catalogue import Term
from conflictdesk.domain.errors import InvalidValue
from conflictdesk.services.card_views import CardForm
from conflictdesk.store.models import ActionEntry, Card, MainIssue, Signal, Stakeholder


def _check(kind: type[IssueKind] | type[StakeholderKind] | type[SignalKind] | type[PartyKind], value: str,
           what: str) -> None:
    try:
        kind(value)
    except ValueError:
        raise InvalidValue("unknown_choice", field=Term(what), value=value) from None


def _date(value: object, what: str) -> date:
    if not isinstance(value, date):
        raise InvalidValue("date_required", field=Term(what))
    return value


def apply_lists(card: Card, form: CardForm) -> None:
    """Rows with a known id update that record, rows without one are added, records not in the form are deleted."""
    issues = {i.id: i for i in card.issues}
    new_issues: list[MainIssue] = []
    for pos, row in enumerate(r for r in form.issues if r.text.strip()):
        _check(IssueKind, row.kind, "쟁점 구분")
        issue = issues.get(row.id) if row.id is not None else None
        issue = issue or MainIssue()
        issue.position, issue.text, issue.kind = pos, row.text.strip(), row.kind
        new_issues.append(issue)
    card.issues = new_issues

    people = {h.id: h for h in card.stakeholders}
    new_people: list[Stakeholder] = []
    for h_row in form.stakeholders:
        if not h_row.name.strip():
            raise InvalidValue("stakeholder_name_required")
        _check(StakeholderKind, h_row.kind, "이해관계자 구분")
        _check(PartyKind, h_row.party, "개인·단체 구분")
        if not 1 <= h_row.influence <= 5:
            raise InvalidValue("influence_out_of_range", value=h_row.influence)
        h = (people.get(h_row.id) if h_row.id is not None else None) or Stakeholder()
        h.name, h.kind, h.position, h.interests = h_row.name.strip(), h_row.kind, h_row.position, h_row.interests
        h.influence, h.representative, h.contact = h_row.influence, h_row.representative, h_row.contact.strip()
        h.party = h_row.party
        new_people.append(h)
    card.stakeholders = new_people

    signals = {g.id: g for g in card.signals}
    new_signals: list[Signal] = []
    for g_row in form.signals:
        _check(SignalKind, g_row.kind, "신호 종류")
        if g_row.count < 0:
            raise InvalidValue("signal_count_negative", value=g_row.count)
        g = (signals.get(g_row.id) if g_row.id is not None else None) or Signal()
        g.kind, g.observed_on, g.count, g.note = g_row.kind, _date(g_row.observed_on, "신호"), g_row.count, g_row.note
        new_signals.append(g)
    card.signals = new_signals

    actions = {a.id: a for a in card.actions}
    new_actions: list[ActionEntry] = []
    for a_row in form.actions:
        if not a_row.text.strip():
            raise InvalidValue("action_text_required")
        a = (actions.get(a_row.id) if a_row.id is not None else None) or ActionEntry()
        a.acted_on, a.text = _date(a_row.acted_on, "조치실적"), a_row.text.strip()
        new_actions.append(a)
    card.actions = new_actions
