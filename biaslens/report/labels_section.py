"""The report's "How each outlet describes them" section: labels of the main entities, side by side.

Renders the model's ``entity_labels`` (:func:`biaslens.labels.cast_labels`): per main person or
organisation, one row per outlet with the names it uses and the words it describes them with,
words no other outlet uses marked, then each describing phrase in its sentence. Markdown and
HTML render the same records, so both views show the same labels.
"""

from __future__ import annotations

import html
from collections import Counter
from typing import Any, Callable, Collection, Sequence

from ..labels import EntityLabels, Label, OutletLabels
from ..quotes import quote_spans
from .context import ReportContext, highlight, md_text

#: Sentences shown per entity; every label is in report.json (``story.labels``).
SENTENCES_PER_ENTITY = 10
#: The class of the words marked in each example sentence (report.html styles it: bold, underlined).
WORDS_CLASS = "words"
#: Said under each section's intro, so the reader knows what the marked words in the sentences are.
WORDS_SHOWN = "In the sentences under each table, the words in question are in bold and underlined."
#: The mark beside a label no other outlet uses for the same entity.
ONLY_MARK = "(only this outlet)"

KIND_WORDS = {
    "title": "title",
    "premodifier": "words before the name",
    "appositive": "description beside the name",
    "relative_clause": "\u201cwho \u2026\u201d clause",
    "participle": "\u201cknown for \u2026\u201d phrase",
    "predicate": "\u201cis a \u2026\u201d description",
}

WHY = (
    "The same person can be introduced in different words: a title (\u201cPrime Minister\u201d), a "
    "description beside the name (\u201ca close prot\u00e9g\u00e9 of Shinzo Abe\u201d), or a clause "
    "(\u201cknown for her close ties to \u2026\u201d). Which words an outlet picks tells the reader what to "
    "remember about that person. Below, each outlet's words for the story's main people and organisations, "
    f"found by rules that read the words right around each name; {ONLY_MARK} marks words no other outlet "
    "uses for the same person. Names used shows how the outlet names them: full name, surname, or by title "
    "only (\u201cthe president\u201d, counted when only one person in that article holds the title). "
    "A dash: the outlet names them without describing them."
)


def names_cell(found: OutletLabels) -> str:
    """Plain words for how an outlet names an entity: each name, its form (full name, surname,
    title only ...), how often, and whether no other outlet uses that form for the entity."""
    parts = [f"{text} ({form}, {count}\u00d7{', no other outlet uses this form' if form in found.only_forms else ''})"
             for text, form, count in found.names]
    extra = []
    if found.titled:
        extra.append(f"after a title {found.titled}\u00d7")
    if found.honorific:
        extra.append(f"after Mr./Ms. {found.honorific}\u00d7")
    # Every mention inside quotations: the outlet itself never names them.
    return ("; ".join(parts) or "only inside quotations") + (f" \u2014 {', '.join(extra)}" if extra else "")


def grouped_labels(found: OutletLabels) -> list[tuple[str, str, int, bool]]:
    """An outlet's labels for one entity, one entry per wording: ``(text, kind, times, only here)``."""
    counts: Counter[tuple[str, str]] = Counter()
    unique: dict[tuple[str, str], bool] = {}
    for label, only in zip(found.labels, found.only_here):
        key = (" ".join(label.text.split()), label.kind)
        counts[key] += 1
        unique[key] = only
    return [(text, kind, counts[(text, kind)], unique[(text, kind)]) for text, kind in counts]


def words_cell(found: OutletLabels, words: Callable[[str], str], mark: Callable[[str], str],
               plain: Callable[[str], str]) -> str:
    """The "Describing words" cell: each wording (``words`` formats it), its kind and count, and
    ``mark(ONLY_MARK)`` when no other outlet uses it; ``plain`` escapes the rest. A dash when none."""
    return "; ".join(
        f"{words(text)} ({plain(KIND_WORDS.get(kind, kind))}{f', {n}×' if n > 1 else ''})"
        + (f" {mark(ONLY_MARK)}" if only else "")
        for text, kind, n, only in grouped_labels(found)
    ) or "\u2014"


def labels_section(ctx: ReportContext) -> str:
    """Markdown: per main entity, a table of each outlet's names and labels, then the sentences."""
    entities: Sequence[EntityLabels] = ctx.model.entity_labels
    if not entities:
        return ""
    articles = {a.article.source: a.article for a in ctx.analysis.articles}
    lines = ["## How each outlet describes them", "", WHY, ""]
    for entity in entities:
        lines += [f"### {md_text(entity.name)}", "", "| Outlet | Names used | Describing words |", "|---|---|---|"]
        for source, found in entity.by_source.items():
            words = words_cell(found, lambda t: f"*{md_text(t)}*", lambda t: f"**{t}**", md_text)
            lines.append(f"| {md_text(ctx.model.label(source))} | {md_text(names_cell(found))} | {words} |")
        lines.append("")
        shown = _sentences(entity, articles)
        for source, label in shown[:SENTENCES_PER_ENTITY]:
            article = articles[source]
            text = highlight(article, label.sentence[0], label.sentence[1], [article.span(label.start, label.end)])
            lines.append(f"- {md_text(ctx.model.label(source))}: \u201c{text}\u201d")
        if len(shown) > SENTENCES_PER_ENTITY:
            lines.append(f"- \u2026 and {len(shown) - SENTENCES_PER_ENTITY} more (all are in report.json, `story.labels`).")
        lines.append("")
    return "\n".join(lines).rstrip()


def _sentences(entity: EntityLabels, sources: Collection[str]) -> list[tuple[str, Label]]:
    """Each describing phrase once per outlet (titles only when no other outlet uses them), with its
    outlet: descriptions and clauses first, then words before the name, then titles."""
    found: list[tuple[str, Label]] = []
    for source, outlet in entity.by_source.items():
        seen: set[str] = set()
        for label, only in zip(outlet.labels, outlet.only_here):
            key = " ".join(label.text.split())
            if key in seen or source not in sources or (label.kind == "title" and not only):
                continue  # a plain title everyone uses says nothing in a sentence
            seen.add(key)
            found.append((source, label))
    order = {"title": 2, "premodifier": 1}
    return sorted(found, key=lambda pair: order.get(pair[1].kind, 0))  # stable: outlets keep their order


def labels_html(model: Any) -> str:
    """HTML: the same tables as :func:`labels_section`, each label in its sentence on hover and in a list."""
    entities: Sequence[EntityLabels] = model.entity_labels
    if not entities:
        return ""
    e = html.escape
    parts = ['<section id="labels" aria-labelledby="labels-h"><h2 id="labels-h">How each outlet describes them</h2>',
             f"<p>{e(WHY)} {e(WORDS_SHOWN)}</p>"]
    for entity in entities:
        parts.append(f"<h3>{e(entity.name)}</h3><table><thead><tr><th scope=\"col\">Outlet</th>"
                     "<th scope=\"col\">Names used</th><th scope=\"col\">Describing words</th></tr></thead><tbody>")
        for source, found in entity.by_source.items():
            words = words_cell(found, lambda t: f"<em>{e(t)}</em>", lambda t: f"<strong>{e(t)}</strong>", e)
            parts.append(f"<tr><th scope=\"row\">{e(model.label(source))}</th><td>{e(names_cell(found))}</td>"
                         f"<td>{words}</td></tr>")
        parts.append("</tbody></table>")
        texts = {a.article.source: a.article.text for a in model.analysis.articles}
        items = []
        for source, label in _sentences(entity, texts)[:SENTENCES_PER_ENTITY]:
            text = texts[source]
            lo, hi = label.sentence
            items.append(f"<li>{e(model.label(source))}: \u201c{e(text[lo:label.start])}<mark class=\"{WORDS_CLASS}\">"
                         f"{e(text[label.start:label.end])}</mark>{e(text[label.end:hi])}\u201d</li>")
        if items:
            parts.append("<ul>" + "".join(items) + "</ul>")
    parts.append("</section>")
    return "".join(parts)


def label_highlights(model: Any, source: str) -> list[tuple[int, int, str]]:
    """The describing words ``source`` alone uses for a main entity, for the classroom page:
    ``(start, end, why)``; titles everyone could use are left out, and each wording is marked once.
    Words inside a quotation are the speaker's, not the outlet's: the page marks them as a quotation only."""
    found: list[tuple[int, int, str]] = []
    article = next((a.article for a in model.analysis.articles if a.article.source == source), None)
    quotes = quote_spans(article) if article is not None else []
    for entity in model.entity_labels:
        outlet = entity.by_source.get(source)
        if outlet is None or len(entity.by_source) < 2:
            continue
        seen: set[str] = set()
        for label, only in zip(outlet.labels, outlet.only_here):
            key = " ".join(label.text.split())
            if not only or label.kind == "title" or key in seen \
                    or any(q0 <= label.start and label.end <= q1 for q0, q1 in quotes):
                continue
            seen.add(key)
            found.append((label.start, label.end,
                          f"Only this outlet describes {entity.name} with these words "
                          f"({KIND_WORDS.get(label.kind, label.kind)}); the other outlets use other words "
                          "or none."))
    return found


__all__ = ["KIND_WORDS", "ONLY_MARK", "WORDS_CLASS", "WORDS_SHOWN", "SENTENCES_PER_ENTITY", "grouped_labels", "label_highlights", "labels_html", "labels_section",
           "names_cell", "words_cell"]
