"""Tone toward the main actors, per outlet, with the sentences that name them."""

from __future__ import annotations

from .charts import heatmap
from .model import format_value
from .context import ReportContext, fmt, highlight, md_text

EXAMPLES_FOR_ACTORS = 3


def actors_section(ctx: ReportContext) -> str:
    """A table and chart of mean tone per actor and outlet, then the naming sentences of the top actors."""
    actors = ctx.actors
    if not actors:
        return ""
    analysed = {a.article.source: a for a in ctx.analysis.articles}
    sources = [a.article.source for a in ctx.analysis.articles]
    labels = {s: ctx.label(analysed[s]) for s in sources}
    lines = [
        "## Tone toward the main actors",
        "",
        "For each person, organisation or country that several articles name, the average tone of each outlet's "
        "sentences that name it (the number of sentences in brackets). A sentence counts when it names the actor; "
        "sentences that only say \"she\" or \"the president\" do not. Places can appear here too: the list is "
        "the names most articles use, not a judgement of who matters.",
        "",
        "| Actor | " + " | ".join(md_text(labels[s]) for s in sources) + " |",
        "|---|" + "---:|" * len(sources),
    ]
    for actor in actors:
        cells = [f"{fmt(actor.mean(s))} ({actor.count(s)})" if actor.count(s) else "–" for s in sources]
        lines.append(f"| {md_text(actor.actor)} | " + " | ".join(cells) + " |")
    short = dict(zip(sources, ctx.chart_labels()))
    lines += [
        "",
        ctx.add_table_chart(
            "tone_by_actor",
            lambda: heatmap(
                [[actor.mean(s) for s in sources] for actor in actors],
                [actor.actor for actor in actors],
                [short[s] for s in sources],
                "Average tone of the sentences naming each actor",
                cmap="RdBu",
                limits=(-0.4, 0.4),
                annotate=True,
            ),
            "Grid of actors by outlet, each cell the average tone of that outlet's sentences naming the actor.",
        ),
        "",
    ]
    model = ctx.tone_scorer()  # the band of the tone the mentions carry
    for actor in actors[:EXAMPLES_FOR_ACTORS]:
        lines += [f"### {md_text(actor.actor)}", ""]
        for source in sources:
            mentions = [m for m in actor.mentions if m.source == source]
            if not mentions:
                lines.append(f"- **{md_text(labels[source])}** does not name {md_text(actor.actor)}.")
                continue
            warmest = max(mentions, key=lambda m: (m.tone, -m.start))
            coldest = min(mentions, key=lambda m: (m.tone, m.start))
            article = analysed[source].article
            lines.append(f"- **{md_text(labels[source])}**: {len(mentions)} sentences, average {fmt(actor.mean(source))}.")
            lines.append(f"  - {extreme_label(warmest.tone, True, model)} ({format_value('tone.mean', warmest.tone)}): "
                         f"{highlight(article, warmest.start, warmest.end, [])}")
            if coldest is not warmest:
                lines.append(f"  - {extreme_label(coldest.tone, False, model)} ({format_value('tone.mean', coldest.tone)}): "
                             f"{highlight(article, coldest.start, coldest.end, [])}")
        lines.append("")
    lines.append("Every naming sentence, with its tone, is in report.json under `actors`.")
    return "\n".join(lines)


def extreme_label(tone: float, highest: bool, model: str = "calibrated") -> str:
    """Name the highest or lowest tone of a set by its value: a neutral sentence is never "negative".

    "most positive"/"most negative" only when the sentence's own label (``tone_model.tone_label``
    under ``model``'s band) is positive/negative; otherwise "least negative", "least positive" or
    "highest/lowest, still neutral", so the label is true of the number beside it.
    """
    from ..extractors.tone import sentence_label

    label = sentence_label(tone, model)
    if highest:
        return {"positive": "most positive", "neutral": "highest, still neutral"}.get(label, "least negative")
    return {"negative": "most negative", "neutral": "lowest, still neutral"}.get(label, "least positive")
