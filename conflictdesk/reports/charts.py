"""Chart builders (matplotlib ``Figure``, never pyplot) shared by the PDFs and the dashboard."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from conflictdesk.reports.fonts import chart_fonts
from conflictdesk.services.summary_dtos import DepartmentRow, TrendRow

if TYPE_CHECKING:
    from matplotlib.figure import Figure

GRADE_COLORS = ("#1f3b73", "#4a78c2", "#b7c7e3", "#d9d9d9")
GRADE_LABELS = ("1등급", "2등급", "3등급", "미확정")
ACCENT = "#1f3b73"
#: Resolution of a chart drawn into a document (PDF image, HWPX picture).
CHART_DPI = 150
TITLE_WEIGHT = 600  # NanumGothic Bold registers as weight 600; asking for "bold" (700) logs a warning
#: Charts wider than this many departments show the ones with the most key cases.
MAX_DEPARTMENTS = 15


def chart_label(text: str, limit: int = 18) -> str:
    """A tick label the chart fonts can draw: no control/format characters, no emoji (NanumGothic has none),
    shortened with an ellipsis."""
    import unicodedata

    kept = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co")
                   and ord(ch) <= 0xFFFF and unicodedata.category(ch) != "So")
    kept = " ".join(kept.split())
    return kept if len(kept) <= limit else kept[: limit - 1] + "…"


def _figure(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    fig.patch.set_facecolor("white")
    return fig


def _tidy(ax: object, integer_axis: str = "y") -> None:
    from matplotlib.axes import Axes
    from matplotlib.ticker import MaxNLocator

    assert isinstance(ax, Axes)
    (ax.yaxis if integer_axis == "y" else ax.xaxis).set_major_locator(MaxNLocator(integer=True))
    ax.spines["top"].set_visible(False)
    ax.spines["right"].set_visible(False)
    ax.grid(axis="y", color="#e0e0e0", linewidth=0.6)
    ax.set_axisbelow(True)


def grade_distribution_figure(grades: Sequence[int], title: str = "등급 분포") -> Figure:
    """Bars of grade 1, 2, 3 (and targets not yet graded) with counts on top."""
    with chart_fonts():
        fig = _figure(4.2, 2.8)
        ax = fig.add_subplot()
        labels = list(GRADE_LABELS[: len(grades)])
        bars = ax.bar(labels, list(grades), color=GRADE_COLORS[: len(grades)], width=0.6)
        ax.bar_label(bars, labels=[f"{g:,}" for g in grades], padding=2)
        ax.set_title(chart_label(title, 60), fontweight=TITLE_WEIGHT)
        ax.set_ylabel("사업 수")
        ax.margins(y=0.15)
        _tidy(ax)
        return fig


def department_figure(rows: Sequence[DepartmentRow], title: str = "부서별 등급 현황") -> Figure:
    """Horizontal stacked bars per department (grades 1–3); each bar's ``gid`` is the department name."""
    with chart_fonts():
        chosen = sorted(rows, key=lambda r: (-(r.g1 + r.g2), -r.targets, r.department))[:MAX_DEPARTMENTS]
        if len(rows) > len(chosen):  # say so when not every department is shown, on a line of its own so a
            # narrow chart (the dashboard at 1024×768) does not cut it off
            title = f"{chart_label(title, 60)}\n중점관리·진단대상 상위 {len(chosen)}개 부서 (전체 {len(rows)}개)"
        else:
            title = chart_label(title, 60)
        chosen.reverse()  # barh draws bottom-up: the most serious department on top
        fig = _figure(6.4, max(2.4, 0.32 * len(chosen) + 1.3))
        ax = fig.add_subplot()
        names = [r.department for r in chosen]
        positions = list(range(len(chosen)))
        left = [0] * len(chosen)
        for n, attr in enumerate(("g1", "g2", "g3")):
            values = [getattr(r, attr) for r in chosen]
            bars = ax.barh(positions, values, left=left, color=GRADE_COLORS[n], label=GRADE_LABELS[n], height=0.6)
            for bar, name in zip(bars, names, strict=True):
                bar.set_gid(name)
                bar.set_picker(True)
            left = [a + b for a, b in zip(left, values, strict=True)]
        ax.set_yticks(positions, [chart_label(name) for name in names])
        ax.set_title(title, fontweight=TITLE_WEIGHT, fontsize=10)
        ax.set_xlabel("진단대상 사업 수")
        # Below the axes, never over a bar (inside "lower right" it hid the longest bars at 1024×768).
        fig.legend(loc="outside lower center", ncols=3, frameon=False, fontsize=8)
        _tidy(ax, "x")
        ax.grid(axis="y", visible=False)
        ax.grid(axis="x", color="#e0e0e0", linewidth=0.6)
        if not chosen:
            ax.text(0.5, 0.5, "자료 없음", ha="center", va="center", transform=ax.transAxes)
        return fig


def trend_figure(trend: Sequence[TrendRow], title: str = "차수별 추이") -> Figure:
    """Targets and key cases over rounds, and the change of key cases from the previous round (may be negative)."""
    with chart_fonts():
        fig = _figure(6.4, 2.9)
        left, right = fig.subplots(1, 2, width_ratios=(3, 2))
        codes = [t.round_code for t in trend]
        left.plot(codes, [t.targets for t in trend], marker="o", color=ACCENT, label="진단대상")
        left.plot(codes, [t.g1 + t.g2 for t in trend], marker="s", color="#c0504d", label="중점관리(1·2등급)")
        left.set_title(title, fontweight=TITLE_WEIGHT)
        left.set_ylabel("사업 수")
        left.legend(frameon=False, fontsize=8)
        left.margins(y=0.2)
        left.set_ylim(bottom=0)  # counts: the axis starts at 0
        _tidy(left)
        keys = [t.g1 + t.g2 for t in trend]
        deltas = [0] + [b - a for a, b in zip(keys, keys[1:], strict=False)]
        colors = ["#c0504d" if d > 0 else "#4a78c2" for d in deltas]
        bars = right.bar(codes, deltas, color=colors, width=0.6)
        right.bar_label(bars, labels=["–"] + [f"{d:+d}".replace("-", "\u2212") for d in deltas[1:]], padding=2, fontsize=8)
        right.axhline(0, color="#444444", linewidth=0.8)
        right.set_title("중점관리 증감", fontweight=TITLE_WEIGHT)
        right.margins(y=0.3)
        _tidy(right)
        for ax in (left, right):
            ax.tick_params(axis="x", labelsize=8)
        return fig


def criteria_figure(criteria: Sequence[tuple[str, str, int]], title: str = "진단기준별 해당 사업") -> Figure:
    """Horizontal bars: projects meeting each diagnosis criterion."""
    with chart_fonts():
        fig = _figure(6.4, 2.8)
        ax = fig.add_subplot()
        labels = [label for _c, label, _n in criteria][::-1]
        counts = [n for _c, _l, n in criteria][::-1]
        bars = ax.barh(labels, counts, color=ACCENT, height=0.6)
        ax.bar_label(bars, labels=[f"{n:,}" for n in counts], padding=2, fontsize=8)
        ax.set_title(chart_label(title, 60), fontweight=TITLE_WEIGHT)
        ax.margins(x=0.12)
        _tidy(ax, "x")
        ax.grid(axis="y", visible=False)
        return fig


def render_png(fig: Figure, dpi: int = CHART_DPI) -> bytes:
    """Draw ``fig`` with the Agg canvas (no display) into PNG bytes."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    with chart_fonts():
        FigureCanvasAgg(fig)  # attaches itself: the figure is drawn by Agg, whatever canvas it had
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=dpi)
        return buffer.getvalue()


def round_comparison_figure(rounds: Sequence[tuple[str, Sequence[int]]], labels: Sequence[str],
                            title: str = "차수별 비교") -> Figure:
    """Grouped bars: for each label (진단대상, 중점관리 …) one bar per round, counts on top."""
    with chart_fonts():
        fig = _figure(6.4, 2.8)
        ax = fig.add_subplot()
        n = max(1, len(rounds))
        width = 0.8 / n
        palette = (ACCENT, "#4a78c2", "#b7c7e3", "#d9d9d9")
        for k, (code, values) in enumerate(rounds):
            xs = [i + (k - (n - 1) / 2) * width for i in range(len(labels))]
            bars = ax.bar(xs, list(values), width=width * 0.95, color=palette[k % len(palette)], label=code)
            ax.bar_label(bars, labels=[f"{v:,}" for v in values], padding=1, fontsize=7)
        ax.set_xticks(range(len(labels)), [chart_label(label, 12) for label in labels], fontsize=8)
        ax.set_title(chart_label(title, 60), fontweight=TITLE_WEIGHT)
        ax.set_ylabel("사업 수")
        ax.margins(y=0.18)
        if rounds:
            ax.legend(frameon=False, fontsize=8)
        else:
            ax.text(0.5, 0.5, "자료 없음", ha="center", va="center", transform=ax.transAxes)
        _tidy(ax)
        return fig


def budget_figure(lines: Sequence[tuple[str, int, int]], title: str = "예산 계획 대비 집행") -> Figure:
    """Horizontal bars per budget line: the plan (light) and what was spent (dark), in 만원."""
    with chart_fonts():
        fig = _figure(6.4, max(2.2, 0.45 * len(lines) + 1.2))
        ax = fig.add_subplot()
        names = [chart_label(name) for name, _p, _s in lines][::-1]
        planned = [p / 10_000 for _n, p, _s in lines][::-1]
        spent = [s / 10_000 for _n, _p, s in lines][::-1]
        positions = list(range(len(names)))
        ax.barh([p + 0.18 for p in positions], planned, height=0.36, color="#b7c7e3", label="계획")
        bars = ax.barh([p - 0.18 for p in positions], spent, height=0.36, color=ACCENT, label="집행")
        ax.bar_label(bars, labels=[f"{s:,.0f}" for s in spent], padding=2, fontsize=7)
        ax.set_yticks(positions, names)
        ax.set_xlabel("만원")
        ax.set_title(chart_label(title, 60), fontweight=TITLE_WEIGHT)
        fig.legend(loc="outside lower center", ncols=2, frameon=False, fontsize=8)
        ax.margins(x=0.12)
        _tidy(ax, "x")
        ax.grid(axis="y", visible=False)
        ax.grid(axis="x", color="#e0e0e0", linewidth=0.6)
        return fig
