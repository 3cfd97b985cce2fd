"""The report's "Who is who" section: each entity of the story and the names each outlet used.

Reads the cast of the comparison (:mod:`biaslens.cast`); no new analysis. Shows the entities
named in at least two articles, most widely named first, so a reader sees that "Takaichi",
"Sanae Takaichi" and "Prime Minister Takaichi" were counted as one person everywhere else.
"""

from __future__ import annotations

from .context import ReportContext, md_text

#: Rows shown at most (the full cast is in report.json, ``comparison.entities``).
MAX_ROWS = 15


def cast_section(ctx: ReportContext) -> str:
    """Markdown: a table of the story's entities named by two or more outlets, with each outlet's names."""
    cast = getattr(ctx.comparison, "cast", None)
    if cast is None or len(ctx.analysis.articles) < 2:
        return ""
    shared = [e for e in cast.entities if len(e.sources) >= 2][:MAX_ROWS]
    if not shared:
        return ""
    articles = ctx.analysis.articles
    labels = [md_text(ctx.label(a)) for a in articles]
    lines = [
        "## Who is who",
        "",
        "Outlets name the same person, organisation or place in different ways. These rows were counted "
        "as one entity in every comparison of this report (titles, middle initials and nicknames set aside; "
        "a bare surname joins the person the article itself names in full). A dash: the outlet does not "
        "name it.",
        "",
        "| Entity | Kind | " + " | ".join(labels) + " |",
        "|---|---|" + "---|" * len(labels),
    ]
    for entity in shared:
        cells = [", ".join(md_text(n) for n in entity.names_in(a.article.source)) or "—" for a in articles]
        lines.append(f"| {md_text(entity.name)} | {entity.kind} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


__all__ = ["cast_section"]
