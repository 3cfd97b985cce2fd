"""What changed since a story's previous report, rendered for report.md and report.html.

The changes themselves are computed by a scheduled run (:func:`biaslens.scheduled.what_changed`)
and handed to the report model (``ReportModel.changes``); this module only renders the model, so
markdown, HTML and JSON show the same entries.
"""

from __future__ import annotations

from typing import Any, Mapping

from .context import md_text
from .model import ReportModel

#: Lines of a body diff shown per edited article (the rest is counted, not shown).
DIFF_LINES = 24


def changes_markdown(model: ReportModel) -> str:
    """Render the model's changes (:func:`what_changed`) as the "What changed" section (markdown)."""
    changes: Mapping[str, Any] = model.changes or {}
    lines = ["## What changed since the previous report", ""]
    when = f"Updated {changes['at']} (run {changes['run']})"
    if changes["first_report"]:
        outlets = model.first_report_outlets
        n = len(changes["new_articles"])
        lines.append(
            f"{when}. First report of this story: {n} article{'s' if n != 1 else ''} from "
            + ", ".join(md_text(o) for o in outlets) + "."
        )
        return "\n".join(lines) + "\n"
    lines.append(f"{when}; the previous report was made in run {changes['previous_run']}.")
    lines.append("")
    if changes["new_outlets"]:
        lines.append("**New outlets:** " + ", ".join(md_text(o) for o in changes["new_outlets"]) + ".")
        lines.append("")
    if changes["new_articles"]:
        lines.append("**New articles:**")
        lines.append("")
        lines.extend(f"- {md_text(a['outlet'])}: {md_text(a['title'])}" for a in changes["new_articles"])
        lines.append("")
    if changes["new_unique_details"]:
        lines.append("**New details only one outlet has:**")
        lines.append("")
        for d in changes["new_unique_details"]:
            lines.append(f"- {md_text(d['outlet'])}: **{md_text(d['text'])}** — “{md_text(d['sentence'])}”")
        lines.append("")
    for edit in changes["edited"]:
        lines.append(f"**Edited: {md_text(edit['outlet'])}** ({md_text(edit['source'])})")
        lines.append("")
        if edit["title_before"] != edit["title_after"]:
            lines.append(f"- headline was: {md_text(edit['title_before'])}")
            lines.append(f"- headline now: {md_text(edit['title_after'])}")
        if edit["diff"]:
            lines.append(f"- body: {edit['added']} sentence(s) added or reworded, {edit['removed']} removed or reworded:")
            lines.append("")
            shown = edit["diff"][:DIFF_LINES]
            fence = "`" * (3 + max((_longest_backtick_run(line) for line in shown), default=0))
            lines.append(f"{fence}diff")
            lines.extend(shown)
            if len(edit["diff"]) > DIFF_LINES:
                lines.append(f"… {len(edit['diff']) - DIFF_LINES} more lines")
            lines.append(fence)
        lines.append("")
    if not (changes["new_articles"] or changes["edited"]):
        lines.append(f"No new or edited articles; the report was rebuilt because: {changes['reason']}.")
    return "\n".join(lines).rstrip("\n") + "\n"


def _longest_backtick_run(line: str) -> int:
    best = run = 0
    for char in line:
        run = run + 1 if char == "`" else 0
        best = max(best, run)
    return best


def changes_html(model: ReportModel) -> str:
    """Render the same "what changed" entries as an HTML section (empty string when none)."""
    from .html import e

    changes = model.changes
    if not changes:
        return ""
    parts = ['<section id="changes" aria-labelledby="changes-h"><h2 id="changes-h">What changed since the previous report</h2>']
    when = f"Updated {e(changes['at'])} (run {e(changes['run'])})"
    if changes["first_report"]:
        outlets = model.first_report_outlets
        n = len(changes["new_articles"])
        parts.append(f"<p>{when}. First report of this story: {n} article{'s' if n != 1 else ''} from "
                     + e(", ".join(outlets)) + ".</p></section>")
        return "\n".join(parts)
    parts.append(f"<p>{when}; the previous report was made in run {e(changes['previous_run'])}.</p>")
    if changes["new_outlets"]:
        parts.append("<p><strong>New outlets:</strong> " + e(", ".join(changes["new_outlets"])) + ".</p>")
    if changes["new_articles"]:
        parts.append("<p><strong>New articles:</strong></p><ul>"
                     + "".join(f"<li>{e(a['outlet'])}: {e(a['title'])}</li>" for a in changes["new_articles"]) + "</ul>")
    if changes["new_unique_details"]:
        parts.append("<p><strong>New details only one outlet has:</strong></p><ul>" + "".join(
            f"<li>{e(d['outlet'])}: <strong>{e(d['text'])}</strong> \u2014 \u201c{e(d['sentence'])}\u201d</li>"
            for d in changes["new_unique_details"]) + "</ul>")
    for edit in changes["edited"]:
        parts.append(f"<p><strong>Edited: {e(edit['outlet'])}</strong> ({e(edit['source'])})</p><ul>")
        if edit["title_before"] != edit["title_after"]:
            parts.append(f"<li>headline was: {e(edit['title_before'])}</li><li>headline now: {e(edit['title_after'])}</li>")
        if edit["diff"]:
            parts.append(f"<li>body: {e(edit['added'])} sentence(s) added or reworded, {e(edit['removed'])} removed or "
                         "reworded:<pre>" + e("\n".join(edit["diff"][:DIFF_LINES])) + "</pre></li>")
        parts.append("</ul>")
    if not (changes["new_articles"] or changes["edited"]):
        parts.append(f"<p>No new or edited articles; the report was rebuilt because: {e(changes['reason'])}.</p>")
    parts.append("</section>")
    return "\n".join(parts)


def changes_summary(changes: Mapping[str, Any] | None) -> str:
    """One plain line saying what changed, for the index of a scheduled run (empty when none)."""
    if not changes:
        return ""
    if changes.get("first_report"):
        n = len(changes.get("new_articles") or ())
        return f"First report: {n} article{'s' if n != 1 else ''}."
    parts = []
    new = len(changes.get("new_articles") or ())
    if new:
        parts.append(f"{new} new article{'s' if new != 1 else ''}")
    if changes.get("new_outlets"):
        parts.append("new outlets: " + ", ".join(changes["new_outlets"]))
    edited = len(changes.get("edited") or ())
    if edited:
        parts.append(f"{edited} article{'s' if edited != 1 else ''} edited")
    unique = len(changes.get("new_unique_details") or ())
    if unique:
        parts.append(f"{unique} new detail{'s' if unique != 1 else ''} only one outlet has")
    if not parts:
        return f"Rebuilt: {changes.get('reason', 'settings changed')}."
    line = "; ".join(parts)
    return line[0].upper() + line[1:] + "."


def one_event_markdown(one_event: Mapping[str, Any]) -> str:
    """The story-page warning that the articles may not report one event (shown only then)."""
    return (
        "## May not be one event\n\n"
        f"{md_text(str(one_event['explanation']))} Comparisons below may set side by side articles about "
        "different events: check the headlines before reading an \"only here\" or a conflict as a difference "
        "in coverage.\n"
    )


def one_event_html(one_event: Mapping[str, Any] | None) -> str:
    """The same warning as an HTML section (empty for ``None``: pass ``ReportModel.mixed_events``)."""
    from .html import e

    if not one_event:
        return ""
    return ('<section id="one-event" aria-labelledby="one-event-h"><h2 id="one-event-h">May not be one event</h2>'
            f"<p>{e(one_event['explanation'])} Comparisons below may set side by side articles about different "
            "events: check the headlines before reading an \u201conly here\u201d or a conflict as a difference in "
            "coverage.</p></section>")
