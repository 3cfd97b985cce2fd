"""The lean page of a story of one article: the article's scores and their evidence.

Most stories of a day of coverage hold one article (no other outlet wrote about the event in
the run's window, or none that biaslens grouped with it). There is nothing to compare, so the comparison, the charts, the worksheet
and the highlighted side-by-side page would each say "only one article". A scheduled run gives
such a story this page instead: one line saying so, every score with its one-line explanation
and the words that produced it, what changed since the previous report, and how the report was
made. Files: report.md, report.html, report.json (the same analysis data as a full report, with
``"comparison": null``) and features.csv. Once a second outlet's article joins the story, the
story gets the full report.
"""

from __future__ import annotations

from typing import Any, Mapping

from ..records import ArticleAnalysis, FeatureScore, FeatureSpec, StoryAnalysis
from .changes import changes_html, changes_markdown, one_event_html, one_event_markdown
from .context import digits_for, fmt, md_text, shorten
from .data import features_csv, model_data, to_json_bytes
from .model import ReportModel, article_labels

#: Evidence passages shown per score (report.json keeps them all).
EVIDENCE_SHOWN = 3
#: Characters of an evidence passage shown on the page (report.json keeps it whole).
EVIDENCE_CHARS = 240
STYLE = (
    "body{font-family:Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.5}"
    "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.3rem .5rem;vertical-align:top}"
    "td.n{text-align:right}blockquote{margin:.3rem 0 .3rem 1rem;color:#333}"
)


def single_outlet_line(outlet: str, window_days: float | None) -> str:
    """The sentence that says why this page compares nothing (plain words, for a student).

    It says what biaslens did, not that nobody else reported the event: grouping can keep apart
    two outlets' articles about one event when they share too few names and words (on a
    hand-checked sample, 2 such pairs among 59 one-article stories).
    """
    window = f" within {window_days:g} days of it" if window_days is not None else ""
    return (
        f"This story has one article, from {outlet}: biaslens grouped no article from another outlet with it "
        f"(articles published{window} are grouped when they share names, actions and words), so there is "
        "nothing to compare. Grouping can miss coverage worded very differently: the index lists the other "
        "stories of the same days. Below are this article's own scores, each with the words that produced it."
    )


def build_lean_report(
    analysis: StoryAnalysis,
    manifest: Mapping[str, Any] | None = None,
    changes: Mapping[str, Any] | None = None,
    extras: Mapping[str, Any] | None = None,
    window_days: float | None = None,
) -> dict[str, bytes]:
    """Return the lean page's files (``{relative path: bytes}``) for a story of one article.

    ``changes`` and ``extras`` are a scheduled run's "what changed" and ``one_event`` sections,
    as for :func:`biaslens.report.build_report`; ``window_days`` is the run's story window.
    Raises ``ValueError`` unless the story holds exactly one article.
    """
    if len(analysis.articles) != 1:
        raise ValueError("the lean page is for a story of exactly one article")
    # The report model with nothing to compare: no comparison, findings or differences. What
    # changed, the one-event check and report.json come from it as in a full report.
    model = ReportModel(analysis, None, dict(manifest or {}), article_labels(analysis.articles), (), (),
                        changes=changes, extras=dict(extras or {}))
    analysed = analysis.articles[0]
    line = single_outlet_line(analysed.article.outlet, window_days)
    data = model_data(model)
    data["single_outlet"] = line
    rows = _rows(model, analysed)
    return {
        "report.md": _markdown(model, analysed, rows, line).encode("utf-8"),
        "report.html": _html(model, analysed, rows, line),
        "report.json": to_json_bytes(data),
        "features.csv": features_csv(analysis),
    }


def _rows(model: ReportModel, analysed: ArticleAnalysis) -> list[tuple[FeatureSpec, FeatureScore, str]]:
    """Each declared measure with its score and its value printed as the full report prints it."""
    rows = []
    for spec in model.analysis.specs:
        score = analysed.score(spec.name)
        if score is not None:
            rows.append((spec, score, fmt(score.value, digits_for(model, spec))))
    return rows


def _markdown(model: ReportModel, analysed: ArticleAnalysis, rows: list[tuple[FeatureSpec, FeatureScore, str]],
              line: str) -> str:
    from .markdown import NO_HEADLINE, manifest_lines

    article = analysed.article
    lines = [f"# {md_text(model.analysis.story.title)}", "", f"> {md_text(line)}", ""]
    if model.mixed_events:
        lines += [one_event_markdown(model.mixed_events).rstrip(), ""]
    if model.changes:
        lines += [changes_markdown(model).rstrip(), ""]
    lines += [
        "## The article", "",
        f"- Outlet: {md_text(article.outlet)} (name taken from the {article.outlet_from})",
        f"- File: {md_text(article.source)}",
        f"- Headline: {md_text(article.title or NO_HEADLINE)}",
    ]
    if article.published:
        lines.append(f"- Published: {md_text(article.published)}")
    lines += ["", "## Scores", "", "| Measure | Value | What it is based on |", "|---|---:|---|"]
    lines += [f"| {md_text(spec.title)} | {value} | {md_text(score.explanation)} |" for spec, score, value in rows]
    lines += ["", "## The words behind each score", ""]
    for spec, score, _ in rows:
        if not score.evidence:
            continue
        lines += [f"**{md_text(spec.title)}** (higher means {md_text(spec.higher_means)}):", ""]
        for span in score.evidence[:EVIDENCE_SHOWN]:
            why = _why(span.label, span.note)
            lines.append(f"- “{md_text(shorten(span.text, EVIDENCE_CHARS))}”" + (f" ({md_text(why)})" if why else ""))
        if len(score.evidence) > EVIDENCE_SHOWN:
            lines.append(f"- … and {len(score.evidence) - EVIDENCE_SHOWN} more in report.json")
        lines.append("")
    lines += manifest_lines(model.manifest)
    return "\n".join(lines).rstrip() + "\n"


def _why(label: str, note: str) -> str:
    """A span's label and note as one phrase ("most negative — tone -0.62")."""
    return " \u2014 ".join(part for part in (label, note) if part)


def _why_html(label: str, note: str) -> str:
    from .html import e

    why = _why(label, note)
    return f" <small>({e(why)})</small>" if why else ""


def _html(model: ReportModel, analysed: ArticleAnalysis, rows: list[tuple[FeatureSpec, FeatureScore, str]],
          line: str) -> bytes:
    from .html import NO_HEADLINE, e, html_page

    article = analysed.article
    parts = [f"<h1>{e(model.analysis.story.title)}</h1>", f"<p><strong>{e(line)}</strong></p>"]
    parts += [part for part in (one_event_html(model.mixed_events), changes_html(model)) if part]
    parts.append(
        f"<p>{e(article.outlet)} \u00b7 {e(article.source)} \u00b7 {e(article.title or NO_HEADLINE)}"
        + (f" \u00b7 {e(article.published)}" if article.published else "") + "</p>"
    )
    table = ["<table><thead><tr><th>Measure</th><th>Value</th><th>What it is based on</th><th>The words behind it</th>"
             "</tr></thead><tbody>"]
    for spec, score, value in rows:
        quotes = "".join(
            f"<blockquote>\u201c{e(shorten(span.text, EVIDENCE_CHARS))}\u201d{_why_html(span.label, span.note)}</blockquote>"
            for span in score.evidence[:EVIDENCE_SHOWN]
        )
        table.append(f"<tr><th scope=\"row\">{e(spec.title)}</th><td class=\"n\">{e(value)}</td>"
                     f"<td>{e(score.explanation)}</td><td>{quotes}</td></tr>")
    table.append("</tbody></table>")
    parts.append("".join(table))
    return html_page(model.analysis.story.title, STYLE, parts)


__all__ = ["EVIDENCE_SHOWN", "build_lean_report", "single_outlet_line"]
