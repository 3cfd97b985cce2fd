"""The report's hedging section: rates per outlet, a bar chart, and every hedged sentence.

Reads the ``hedging.*`` scores and the ``hedge`` items of each article; writes nothing itself
(the chart goes through :meth:`ReportContext.add_chart`).
"""

from __future__ import annotations

from ..records import ArticleAnalysis, Item
from .charts import bar_chart
from .context import ReportContext, fmt, highlight, md_text, rate_basis_note

KIND_TITLES = {"epistemic": "Epistemic hedges", "sourcing": "Sourcing hedges", "booster": "Boosters"}
# Sentences listed per outlet and kind: enough to judge, short enough to read.
SENTENCES_PER_KIND = 8

WHY = (
    "A hedge is a word that makes a claim less certain. *Epistemic* hedges (\"may\", \"is expected to\", "
    "\"appears to\") show the writer is not sure; *sourcing* hedges (\"reportedly\", \"according to Reuters\", "
    "\"analysts believe\") pass a claim on from someone else, and a reader can check it only when that someone "
    "is named. *Boosters* (\"clearly\", \"historic\", \"landmark\") do the opposite and present a claim as certain "
    "or extraordinary. Neither is wrong in itself: careful reporting hedges what is not yet known. Read the "
    "numbers as a question to ask of the text: does one outlet state as fact what another presents as a rumour, "
    "or rest its story on sources you cannot check? The cues come from word lists, so some are missed and a few "
    "are false alarms (\"May\" the month is ruled out; a quoted speaker's \"may\" still counts, and is marked as "
    "the speaker's below; a \"may\" in a view the article gives to someone else without quotation marks, as in "
    "\"Schoen contends the delegates may switch\", is that person's doubt and is not counted): check the sentences "
    "below."
)


def hedging_section(ctx: ReportContext) -> str:
    """Markdown for hedging: explanation, rates table, bar chart, hedged sentences per outlet."""
    if not any(spec.name.startswith("hedging.") for spec in ctx.analysis.specs):
        return ""
    analyses = ctx.analysis.articles
    labels = [ctx.label(a) for a in analyses]
    lines = ["## Hedging and sourcing", "", WHY, ""]
    lines += [
        "| Outlet | Epistemic per 100 sentences | Sentences with one | Sourcing per 100 sentences | "
        "Sentences with one | Named sources | Boosters per 100 sentences | Sentences with one |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for label, analysed in zip(labels, analyses):
        cells = [
            fmt(analysed.value("hedging.epistemic_per_100"), 1),
            _percent(analysed.value("hedging.epistemic_share")),
            fmt(analysed.value("hedging.sourcing_per_100"), 1),
            _percent(analysed.value("hedging.sourcing_share")),
            _percent(analysed.value("hedging.named_source_share")),
            fmt(analysed.value("hedging.booster_per_100"), 1),
            _percent(analysed.value("hedging.booster_share")),
        ]
        lines.append(f"| {md_text(label)} | " + " | ".join(cells) + " |")
    lines += ["", "“Named sources” is the share of sourcing hedges whose source is named (– when there are none). "
              + rate_basis_note(labels, analyses), ""]
    # One group of bars for one article repeats the table above; no chart then.
    chart = "" if len(analyses) < 2 else ctx.add_table_chart(
        "hedging_rates",
        lambda: bar_chart(
            labels,
            {
                KIND_TITLES[kind]: [a.value(f"hedging.{kind}_per_100") for a in analyses]
                for kind in ("epistemic", "sourcing", "booster")
            },
            "Hedges and boosters per 100 sentences",
            "cues per 100 sentences",
        ),
        "Bar chart: epistemic hedges, sourcing hedges and boosters per 100 sentences, one group of bars per outlet.",
    )
    if chart:
        lines += [chart, ""]
    for label, analysed in zip(labels, analyses):
        lines += _outlet_sentences(label, analysed)
    return "\n".join(lines).rstrip()


def _outlet_sentences(label: str, analysed: ArticleAnalysis) -> list[str]:
    """Each hedged sentence of one outlet with its cues in bold, grouped by kind."""
    items = analysed.items("hedge")
    lines = [f"### {md_text(label)}", ""]
    if not items:
        return lines + ["No hedges, sourcing cues or boosters were found.", ""]
    article = analysed.article
    for kind in ("epistemic", "sourcing", "booster"):
        cues = [item for item in items if item.attrs.get("cue_kind") == kind]
        if not cues:
            continue
        lines.append(f"**{KIND_TITLES[kind]}** ({len(cues)}):")
        lines.append("")
        by_sentence: dict[tuple[int, int], list[Item]] = {}
        for item in cues:
            by_sentence.setdefault(_sentence_bounds(analysed, item), []).append(item)
        shown = list(by_sentence.items())[:SENTENCES_PER_KIND]
        for (start, end), sentence_cues in shown:
            spans = [article.span(item.start, item.end) for item in sentence_cues]
            lines.append(f"- “{highlight(article, start, end, spans)}”{_sources(sentence_cues)}")
        if len(by_sentence) > len(shown):
            lines.append(f"- … and {len(by_sentence) - len(shown)} more sentences (all are in report.json).")
        lines.append("")
    return lines


def _sentence_bounds(analysed: ArticleAnalysis, item: Item) -> tuple[int, int]:
    sentence = analysed.article.sentence_at(item.start)
    return (sentence.start, sentence.end) if sentence is not None else (item.start, item.end)


def _sources(items: list[Item]) -> str:
    notes = []
    quoted = [item for item in items if item.attrs.get("quoted")]
    if quoted:
        # A reader must not take a quoted "I think" for the writer's doubt.
        words = ", ".join(f"“{md_text(' '.join(item.text.split()))}”" for item in quoted)
        notes.append(f"inside a quotation, the speaker's words: {words}")
    reported = [item for item in items if item.attrs.get("reported") and not item.attrs.get("quoted")]
    if reported:
        # As report.json says: a cue in a clause reported from someone ("Politico also reports that
        # ... could") is that source's doubt or certainty, not the writer's.
        words = ", ".join(f"“{md_text(' '.join(item.text.split()))}”" for item in reported)
        counted = "" if all(item.attrs.get("cue_kind") == "sourcing" for item in reported) else \
            ", not counted in the rates"
        notes.append(f"in a clause or list reported from someone else, their words, not the writer's{counted}: {words}")
    for item in items:
        source_type = item.attrs.get("source_type")
        if source_type is None:
            continue
        source = item.attrs.get("source")
        notes.append(f"{source_type} source" + (f": {md_text(str(source))}" if source else ""))
    return f" — {'; '.join(notes)}" if notes else ""



def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"


__all__ = ["hedging_section"]
