"""index.html for scheduled runs: the day's stories, their outlets, dates and what changed.

Self-contained like report.html: no script, no external file, the same escaping (every value
from an article or a feed passes through :func:`biaslens.report.html.e`) and the same
Content-Security-Policy, so a hostile headline cannot run anything.
"""

from __future__ import annotations

from typing import Any, Mapping

from .html import STYLE, e, html_page

SEPARATOR = " \u00b7 "
INDEX_STYLE = """
.story{border-top:3px solid #111;margin-top:1.5rem}
.story h2{border:none;margin-top:1rem}
.changed{background:#fff3bf;border-left:6px solid #8d4000;padding:.3rem .6rem;font-family:Verdana,Arial,sans-serif}
.outlets{font-size:.95rem}
"""


def render_index_html(data: Mapping[str, Any]) -> bytes:
    """Return index.html for ``data`` (as :func:`biaslens.scheduled.index_data` builds it)."""
    stories = list(data.get("stories") or ())
    parts = [
        "<header><h1>Stories</h1>",
        f"<p>{len(stories)} stor{'ies' if len(stories) != 1 else 'y'}, newest first. Open a story to see how "
        "each outlet covered it, with the evidence for every number.</p></header>",
    ]
    if not stories:
        parts.append("<p>No stories yet.</p>")
    for story in stories:
        first, last = str(story.get("first_published") or "")[:10], str(story.get("last_published") or "")[:10]
        dates = first if first == last else f"{first} to {last}"
        n = int(story.get("articles") or 0)
        outlets = story.get("by_outlet") or {}
        meta = [f"{n} article{'s' if n != 1 else ''}", f"{len(outlets)} outlet{'s' if len(outlets) != 1 else ''}"]
        if dates:
            meta.append(e(dates))
        link = str(story.get("report_html") or story.get("report") or "")
        rows = []
        for outlet, articles in outlets.items():
            titles = "; ".join(
                f'<a href="{e(a["url"])}" rel="noreferrer">{e(a["title"] or "(no headline given)")}</a>'
                if str(a.get("url", "")).startswith(("http://", "https://")) else e(a.get("title") or "(no headline given)")
                for a in articles
            )
            rows.append(f"<li><strong>{e(outlet)}</strong>: {titles}</li>")
        changed = f'<p class="changed">What changed: {e(story["changed"])}</p>' if story.get("changed") else ""
        parts.append(
            f'<section class="story"><h2><a href="{e(link)}">{e(story.get("title"))}</a></h2>'
            f'<p class="meta">{SEPARATOR.join(meta)}</p>{changed}<ul class="outlets">{"".join(rows)}</ul></section>'
        )
    return html_page("Stories", STYLE + INDEX_STYLE, parts)
