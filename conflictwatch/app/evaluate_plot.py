"""`evaluate --plot`: per scored rule, the truth's windows and the alerts that met
them, missed them or fired with no truth behind them, in event time."""

from __future__ import annotations

from pathlib import Path

from conflictwatch.app.evaluate import share
from conflictwatch.app.plotting import pyplot
from conflictwatch.errors import ConflictwatchError
from streams.evaluation import Judgement, RuleScore, Truth

MET, FALSE_ALARM, MISSED, WINDOW = "tab:green", "tab:red", "tab:red", "0.85"


def draw(scores: list[RuleScore], judgement: Judgement, truth: Truth, path: Path) -> None:
    plt = pyplot()
    from matplotlib.dates import date2num

    if not truth.truth:
        raise ConflictwatchError("nothing to plot: the truth file names no alerts")
    rows = {s.rule: index for index, s in enumerate(scores)}
    figure, axes = plt.subplots(figsize=(12, 1.2 + 0.6 * len(rows)))
    for item in truth.truth:
        within = item.within if item.within is not None else truth.tolerance
        start, end = date2num(item.at - within), date2num(item.at + within)
        missed = item in judgement.missed
        axes.broken_barh(
            [(start, end - start)],
            (rows[item.scored_as] - 0.3, 0.6),
            facecolors=WINDOW,
            edgecolors=MISSED if missed else "none",
            linewidth=1.5,
            label="truth window (red edge: missed)",
        )
    for alert, item in judgement.met:
        row = rows[item.scored_as]
        axes.plot([date2num(alert.triggered_at), date2num(alert.emitted_at)], [row, row], color=MET, linewidth=1)
        axes.plot(date2num(alert.triggered_at), row, "o", color=MET, label="alert that met the truth (line: to sent)")
    for alert in judgement.false_alarms:
        row = rows[judgement.scored_as(truth, alert)]
        axes.plot(date2num(alert.triggered_at), row, "x", color=FALSE_ALARM, markersize=8, label="false alarm")
    axes.set_yticks(
        list(rows.values()),
        [f"{s.rule}  P {share(s.precision)} R {share(s.recall)}" for s in scores],
        fontsize=8,
    )
    axes.set_ylim(-0.7, len(rows) - 0.3)
    axes.xaxis_date()
    axes.set_xlabel("event time (UTC)")
    handles, labels = axes.get_legend_handles_labels()
    unique = dict(zip(labels, handles, strict=True))
    axes.legend(unique.values(), unique.keys(), loc="upper left", fontsize=7)
    figure.autofmt_xdate()
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)
