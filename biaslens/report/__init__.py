"""Reports: markdown, charts, JSON and CSV, built in memory and written atomically."""

from __future__ import annotations

from typing import Any

from ..records import StoryAnalysis
from .context import ReportContext
from .data import features_csv, report_data, to_json_bytes
from .markdown import render_markdown
from .writer import write_files


def build_report(analysis: StoryAnalysis, comparison: Any = None, manifest: dict[str, Any] | None = None) -> dict[str, bytes]:
    """Return every report file as ``{relative path: bytes}``: report.md, report.json, features.csv, charts/."""
    manifest = manifest or {}
    ctx = ReportContext(analysis, comparison)
    ctx.manifest = manifest  # type: ignore[attr-defined]
    markdown = render_markdown(ctx)
    files = dict(ctx.files)
    files["report.md"] = markdown.encode("utf-8")
    files["report.json"] = to_json_bytes(report_data(analysis, comparison, manifest))
    files["features.csv"] = features_csv(analysis)
    return files


__all__ = ["ReportContext", "build_report", "write_files"]
