"""Reports: markdown, HTML, worksheet, charts, JSON and CSV, built in memory and written atomically."""

from __future__ import annotations

from typing import Any, Mapping

from ..records import StoryAnalysis
from .context import ReportContext
from .data import features_csv, model_data, report_data, to_json_bytes
from .html import render_html
from .markdown import render_markdown
from .model import ReportModel, build_model
from .worksheet import answers_markdown, build_worksheet, worksheet_markdown
from .writer import write_files


def build_report(
    analysis: StoryAnalysis,
    comparison: Any = None,
    manifest: dict[str, Any] | None = None,
    blind: Any = None,
    changes: Mapping[str, Any] | None = None,
    highlight: tuple[str, ...] | None = None,
    extras: Mapping[str, Any] | None = None,
) -> dict[str, bytes]:
    """Return every report file as ``{relative path: bytes}``.

    report.md, report.html, report.json, features.csv, charts/, worksheet.md and
    worksheet_answers.md; with ``blind`` (a :class:`~biaslens.blind.BlindResult`, the analysis
    made from its articles) also answer_key.md, which says which label hides which outlet.
    ``changes`` (scheduled runs) is what changed since the previous report; ``highlight`` the
    categories report.html boxes in the text (default: every lesson category); ``extras``
    further sections of the model by name (``one_event`` from a scheduled run). Every view renders
    from one :class:`~biaslens.report.model.ReportModel`.
    """
    from ..actors import actor_tones

    manifest = manifest or {}
    actors = actor_tones(analysis, comparison)
    model = build_model(analysis, comparison, manifest, actors, changes, extras)
    ctx = ReportContext(analysis, comparison, actors=actors, model=model)
    ctx.manifest = manifest  # type: ignore[attr-defined]
    markdown = render_markdown(ctx)
    files = dict(ctx.files)
    files["report.md"] = markdown.encode("utf-8")
    files["report.json"] = to_json_bytes(model_data(model))
    files["features.csv"] = features_csv(analysis)
    worksheet = build_worksheet(ctx)
    files["worksheet.md"] = worksheet_markdown(worksheet, blind=blind is not None).encode("utf-8")
    files["worksheet_answers.md"] = answers_markdown(worksheet).encode("utf-8")
    files["report.html"] = render_html(ctx, worksheet, blind is not None, ctx.chart_alts, highlight)
    if blind is not None:
        from ..blind import answer_key_markdown

        files["answer_key.md"] = answer_key_markdown(blind, analysis.story.title).encode("utf-8")
    return files


__all__ = ["ReportContext", "ReportModel", "build_model", "build_report", "report_data", "write_files"]
