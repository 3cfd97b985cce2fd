"""The report's "How each outlet names the event" section: event nouns and verbs, side by side.

Renders the model's ``event_names`` (:func:`biaslens.events.event_naming`): per part of the
event (the meeting, the agreement ...), one row per outlet with the nouns it names it with and the
verbs it tells it with, words no other outlet uses marked, then one sentence per word. Markdown and
HTML render the same records.
"""

from __future__ import annotations

import html
from typing import Any, Callable, Sequence

from ..events import EventNaming, EventWord, OutletEventWords
from .context import ReportContext, highlight, md_text
from .labels_section import WORDS_CLASS, WORDS_SHOWN

#: The mark beside a word no other outlet uses for the same part of the event.
ONLY_MARK = "(only this outlet)"
#: Sentences shown per part of the event; every word is in report.json (``story.event_names``).
SENTENCES_PER_CONCEPT = 8

WHY = (
    "Outlets can agree on what happened and still name it differently: \u201ctalks\u201d sounds like a "
    "negotiation, a \u201csummit\u201d like a grand occasion, a \u201cmeeting\u201d is plain; a deal "
    "\u201cstruck\u201d or \u201cforged\u201d sounds harder won than one \u201csigned\u201d. Below, for each "
    "part of the event that at least two outlets name, the nouns and verbs each outlet uses in its own "
    "words (not inside quotations), in sentences that name the story's people and organisations. "
    f"{ONLY_MARK} marks a word no other outlet uses for it. Words are matched from a word list, so a "
    "word can now and then name a side event (a lunch, another meeting): check it in its sentence."
)


def words_cell(found: OutletEventWords, part: str, words: Callable[[str], str], mark: Callable[[str], str]) -> str:
    """The nouns (``part`` "noun") or verbs an outlet uses, each with its count and the only-here mark."""
    cells = []
    for lemma, lemma_part, count, only in found.lemmas():
        if lemma_part != part:
            continue
        written = next(w.text for w in found.words if w.lemma == lemma)
        shown = written.lower() if part == "verb" else lemma
        times = f" ({count}\u00d7)" if count > 1 else ""
        cells.append(f"{words(shown)}{times}" + (f" {mark(ONLY_MARK)}" if only else ""))
    return "; ".join(cells) or "\u2014"


def sentences(naming: EventNaming) -> list[tuple[str, tuple[int, int], tuple[EventWord, ...]]]:
    """Sentences to show, each once with every word of the concept in it: ``(source, sentence
    bounds, words)``. A sentence is picked for the first use of each lemma by an outlet; sentences
    with a word only one outlet uses come first."""
    found: list[tuple[bool, str, tuple[int, int], tuple[EventWord, ...]]] = []
    for source, outlet in naming.by_source.items():
        seen: set[str] = set()
        picked: dict[tuple[int, int], bool] = {}
        for word, only in zip(outlet.words, outlet.only_here):
            if word.lemma in seen:
                continue
            seen.add(word.lemma)
            picked[word.sentence] = picked.get(word.sentence, False) or only
        for bounds, only in picked.items():
            words = tuple(w for w in outlet.words if w.sentence == bounds)
            found.append((only, source, bounds, words))
    ordered = sorted(found, key=lambda item: not item[0])  # stable: outlets keep their order
    return [(source, bounds, words) for _, source, bounds, words in ordered]


def events_section(ctx: ReportContext) -> str:
    """Markdown: per part of the event, a table of each outlet's nouns and verbs, then sentences."""
    namings: Sequence[EventNaming] = ctx.model.event_names
    if not namings:
        return ""
    articles = {a.article.source: a.article for a in ctx.analysis.articles}
    lines = ["## How each outlet names the event", "", WHY, ""]
    for naming in namings:
        lines += [f"### The {naming.concept}: {naming.description}", "",
                  "| Outlet | Names it | Tells it with |", "|---|---|---|"]
        for source, found in naming.by_source.items():
            nouns = words_cell(found, "noun", lambda t: f"*{md_text(t)}*", lambda t: f"**{t}**")
            verbs = words_cell(found, "verb", lambda t: f"*{md_text(t)}*", lambda t: f"**{t}**")
            lines.append(f"| {md_text(ctx.model.label(source))} | {nouns} | {verbs} |")
        lines.append("")
        shown = sentences(naming)
        for source, (lo, hi), words in shown[:SENTENCES_PER_CONCEPT]:
            article = articles[source]
            text = highlight(article, lo, hi, [article.span(w.start, w.end) for w in words])
            lines.append(f"- {md_text(ctx.model.label(source))}: \u201c{text}\u201d")
        if len(shown) > SENTENCES_PER_CONCEPT:
            lines.append(f"- \u2026 and {len(shown) - SENTENCES_PER_CONCEPT} more (all are in report.json, "
                         "`story.event_names`).")
        lines.append("")
    return "\n".join(lines).rstrip()


def events_html(model: Any) -> str:
    """HTML: the same tables as :func:`events_section`, each word marked in its sentence."""
    namings: Sequence[EventNaming] = model.event_names
    if not namings:
        return ""
    e = html.escape
    texts = {a.article.source: a.article.text for a in model.analysis.articles}
    parts = ['<section id="event-names" aria-labelledby="event-names-h">'
             '<h2 id="event-names-h">How each outlet names the event</h2>', f"<p>{e(WHY)} {e(WORDS_SHOWN)}</p>"]
    for naming in namings:
        parts.append(f"<h3>The {e(naming.concept)}: {e(naming.description)}</h3><table><thead><tr>"
                     '<th scope="col">Outlet</th><th scope="col">Names it</th><th scope="col">Tells it with</th>'
                     "</tr></thead><tbody>")
        for source, found in naming.by_source.items():
            nouns = words_cell(found, "noun", lambda t: f"<em>{e(t)}</em>", lambda t: f"<strong>{e(t)}</strong>")
            verbs = words_cell(found, "verb", lambda t: f"<em>{e(t)}</em>", lambda t: f"<strong>{e(t)}</strong>")
            parts.append(f'<tr><th scope="row">{e(model.label(source))}</th><td>{nouns}</td><td>{verbs}</td></tr>')
        parts.append("</tbody></table><ul>")
        for source, (lo, hi), words in sentences(naming)[:SENTENCES_PER_CONCEPT]:
            text, pieces, at = texts[source], [], lo
            for word in words:
                pieces.append(f"{e(text[at:word.start])}<mark class=\"{WORDS_CLASS}\">{e(text[word.start:word.end])}</mark>")
                at = word.end
            parts.append(f"<li>{e(model.label(source))}: \u201c{''.join(pieces)}{e(text[at:hi])}\u201d</li>")
        parts.append("</ul>")
    parts.append("</section>")
    return "".join(parts)


def event_highlights(model: Any, source: str) -> list[tuple[int, int, str]]:
    """The event words ``source`` alone uses, for the classroom page: ``(start, end, why)``, each
    with the words the other outlets use instead."""
    found: list[tuple[int, int, str]] = []
    for naming in model.event_names:
        outlet = naming.by_source.get(source)
        if outlet is None:
            continue
        others = sorted({w.lemma for s, o in naming.by_source.items() if s != source for w in o.words})
        for word, only in zip(outlet.words, outlet.only_here):
            if only:
                found.append((word.start, word.end,
                              f"Only this outlet uses \u201c{word.lemma}\u201d for the {naming.concept}; "
                              f"the others say: {', '.join(others[:6])}."))
    return found


__all__ = ["ONLY_MARK", "SENTENCES_PER_CONCEPT", "WHY", "event_highlights", "events_html", "events_section", "sentences", "words_cell"]
