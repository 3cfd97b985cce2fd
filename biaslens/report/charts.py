"""Charts with matplotlib, rendered to bytes that are identical from run to run.

SVG ids come from a fixed hash salt, and no creation date or software stamp is embedded in
either format, so re-running a report on the same input rewrites the same bytes.
"""

from __future__ import annotations

import io
import warnings
from functools import lru_cache
from typing import Any, Sequence

from .context import signed

# Colour-blind-safe palette (Okabe-Ito), so outlets stay distinguishable in print and projection.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
# Charts grow with their content up to this width (inches): a story of 200 articles would
# otherwise draw a 260-inch figure, and the cost of drawing grows with its size.
MAX_WIDTH = 18.0
# Margin around the drawing (in font sizes: 0.72 x 10 pt is 0.1 inch, the margin that
# savefig's bbox_inches="tight" used to leave).
PAD = 0.72


@lru_cache(maxsize=1)
def pyplot() -> Any:
    """Return ``matplotlib.pyplot``, configured once for deterministic, headless output.

    Imported on first use: matplotlib takes most of a second to import, and commands that draw
    no chart (a scheduled run with nothing new, ``biaslens extractors``) should not pay for it.
    """
    import matplotlib

    matplotlib.use("Agg")  # no display on servers and in CI
    import matplotlib.pyplot as plt

    plt.rcParams.update(
        {
            "svg.hashsalt": "biaslens",
            "svg.fonttype": "none",
            "font.size": 10,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "figure.dpi": 100,
        }
    )
    return plt


def render_figure(figure: Any) -> dict[str, bytes]:
    """Return ``{"svg": ...}`` for ``figure`` with no date metadata; close it.

    SVG only: report.html embeds it, markdown viewers (GitHub, editors) show it, and it stays
    sharp when printed for a class. A PNG beside it cost 40% of a story's chart time and showed
    nothing more.
    """
    try:
        buffer = io.BytesIO()
        # The builders laid the figure out to fit its labels (:func:`layout`), so it is drawn
        # once; bbox_inches="tight" drew every chart twice (to measure, then to write). Only a
        # figure whose labels the layout could not fit falls back to cropping.
        crop = {} if getattr(figure, "_biaslens_fitted", False) else {"bbox_inches": "tight"}
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None}, **crop)
        return {"svg": buffer.getvalue()}
    finally:
        pyplot().close(figure)


def layout(figure: Any) -> None:
    """Fit the axes, titles and labels inside the figure with a :data:`PAD` margin.

    Marks the figure as fitted unless matplotlib could not fit it (labels wider than the
    figure): that one is cropped to its contents when saved (:func:`render_figure`).
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figure.tight_layout(pad=PAD)
    # tight_layout leaves a placeholder layout engine behind, and savefig draws a figure that
    # has one twice (once to lay it out again): the layout is done, so none is left.
    figure.set_layout_engine(None)
    figure._biaslens_fitted = not any("Tight layout not applied" in str(w.message) for w in caught)


def bar_chart(
    labels: Sequence[str],
    series: dict[str, Sequence[float | None]],
    title: str,
    ylabel: str,
    ylim: tuple[float, float] | None = None,
) -> Any:
    """Grouped bars: one group per label (outlet), one bar per series (metric). Returns the figure."""
    plt = pyplot()
    n_series = max(1, len(series))
    width = 0.8 / n_series
    figure, axes = plt.subplots(figsize=(min(MAX_WIDTH, max(6.0, 1.3 * len(labels) * max(1, n_series / 2))), 3.6))
    for index, (name, values) in enumerate(series.items()):
        xs = [i + (index - (n_series - 1) / 2) * width for i in range(len(labels))]
        ys = [0.0 if v is None else v for v in values]
        axes.bar(xs, ys, width=width * 0.95, label=name, color=PALETTE[index % len(PALETTE)])
    axes.set_xticks(range(len(labels)))
    axes.set_xticklabels([_wrap(label) for label in labels])
    axes.set_title(title)
    axes.set_ylabel(ylabel)
    if ylim:
        axes.set_ylim(*ylim)
    axes.axhline(0, color="#444444", linewidth=0.8)
    if len(series) > 1:
        axes.legend(frameon=False, fontsize=8, loc="best")
    layout(figure)
    fit_tick_labels(figure, axes)
    return figure


def strip_chart(labels: Sequence[str], values: Sequence[Sequence[float]], title: str, ylabel: str) -> Any:
    """One column of dots per label (each dot a sentence) with the mean marked; returns the figure."""
    plt = pyplot()
    figure, axes = plt.subplots(figsize=(min(MAX_WIDTH, max(6.0, 1.3 * len(labels))), 3.6))
    for index, points in enumerate(values):
        # Deterministic jitter: spread dots by rank, not randomness, so bytes stay stable.
        n = len(points)
        xs = [index + (((rank * 7) % 11) / 10 - 0.5) * 0.5 for rank in range(n)]
        axes.scatter(xs, points, s=14, alpha=0.6, color=PALETTE[index % len(PALETTE)])
        if points:
            mean = sum(points) / n
            axes.plot([index - 0.35, index + 0.35], [mean, mean], color="#222222", linewidth=2)
    axes.set_xticks(range(len(labels)))
    axes.set_xticklabels([_wrap(label) for label in labels])
    axes.axhline(0, color="#888888", linewidth=0.6, linestyle="--")
    # Symmetric around zero, fitted to the data: calibrated tone rarely leaves +-0.5, and a fixed
    # -1..1 axis would flatten every outlet into one line.
    extent = max([abs(v) for points in values for v in points] + [0.2])
    axes.set_ylim(-1.1 * extent, 1.1 * extent)
    axes.set_title(title)
    axes.set_ylabel(ylabel)
    layout(figure)
    fit_tick_labels(figure, axes)
    return figure


def heatmap(
    matrix: Sequence[Sequence[float | None]],
    row_labels: Sequence[str],
    column_labels: Sequence[str],
    title: str,
    cmap: str = "Blues",
    limits: tuple[float, float] = (0.0, 1.2),
    annotate: bool = False,
) -> Any:
    """Rows x columns of coloured cells (missing values blank), optionally with the value written in."""
    plt = pyplot()
    import numpy as np

    data = np.array([[np.nan if v is None else v for v in row] for row in matrix], dtype=float)
    figure, axes = plt.subplots(figsize=(min(MAX_WIDTH, max(4.5, 1.2 * len(column_labels) + 3.5)), max(2.5, 0.28 * len(row_labels) + 1.2)))
    axes.imshow(np.ma.masked_invalid(data), aspect="auto", cmap=cmap, vmin=limits[0], vmax=limits[1], interpolation="nearest")
    axes.set_xticks(range(len(column_labels)))
    axes.set_xticklabels([_wrap(label) for label in column_labels])
    axes.set_yticks(range(len(row_labels)))
    axes.set_yticklabels(list(row_labels), fontsize=8)
    if annotate:
        for (row, column), value in np.ndenumerate(data):
            text = "–" if np.isnan(value) else signed(float(value))
            axes.text(column, row, text, ha="center", va="center", fontsize=8, color="#111111")
    axes.set_title(title)
    layout(figure)
    fit_tick_labels(figure, axes)
    return figure


def tick_label_boxes(figure: Any, axes: Any) -> list[Any]:
    """The rendered bounding boxes (display pixels) of the x-axis labels that show text."""
    renderer = figure.canvas.get_renderer()
    return [label.get_window_extent(renderer) for label in axes.get_xticklabels() if label.get_text()]


def labels_overlap(figure: Any, axes: Any, gap: float = 2.0) -> bool:
    """True when any two x-axis labels, as rendered, come closer than ``gap`` pixels.

    Level labels are compared by their rendered boxes. Tilted labels are parallel strips: they
    clear each other when the distance between their anchors, across the strips, exceeds a
    label's height.
    """
    import math

    labels = [label for label in axes.get_xticklabels() if label.get_text()]
    if not labels:
        return False
    angle = labels[0].get_rotation() % 180
    if angle:
        anchors = sorted(axes.transData.transform((x, 0))[0] for x in axes.get_xticks()[: len(labels)])
        pixels_per_point = figure.dpi / 72.0
        height = max(label.get_fontsize() * 1.2 * (label.get_text().count("\n") + 1) for label in labels) * pixels_per_point
        return any((b - a) * math.sin(math.radians(angle)) < height + gap for a, b in zip(anchors, anchors[1:]))
    boxes = sorted(tick_label_boxes(figure, axes), key=lambda box: box.x0)
    return any(b.x0 - a.x1 < gap and b.y0 < a.y1 and a.y0 < b.y1 for a, b in zip(boxes, boxes[1:]))


def fit_tick_labels(figure: Any, axes: Any) -> None:
    """Make the x-axis labels readable without overlap, measured on the rendered figure.

    Labels are wrapped at word boundaries first (never cut: a chart spells an outlet the way
    the tables do); when they still touch, they are tilted, and then the figure is widened
    until they clear each other.
    """
    if not labels_overlap(figure, axes):
        return
    for label in axes.get_xticklabels():
        label.set_rotation(30)
        label.set_horizontalalignment("right")
        label.set_rotation_mode("anchor")
    layout(figure)
    width, height = figure.get_size_inches()
    for _ in range(8):
        if not labels_overlap(figure, axes):
            return
        width *= 1.25
        figure.set_size_inches(width, height)
        layout(figure)


def _wrap(label: str, width: int = 14) -> str:
    words, lines, line = label.replace("_", " ").split(), [], ""
    for word in words:
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines)
