"""report.md: the outlets side by side, every number explained and shown on the text.

The report is a list of sections (``SECTIONS``); each is a function of a
:class:`ReportContext` returning markdown. Extractors with a section of their own are listed
in ``DEDICATED``; the generic feature section covers every other extractor, plugins included.
"""

from __future__ import annotations

from typing import Callable

from .charts import bar_chart, strip_chart
from .context import ReportContext, digits_for, fmt, highlight, md_text
from .actors_section import actors_section
from .comparison_section import comparison_section
from .hedging_section import hedging_section
from .loaded_section import loaded_section
from .quotes_section import quotes_section

Section = Callable[[ReportContext], str]
EVIDENCE_PER_OUTLET = 2


def overview_section(ctx: ReportContext) -> str:
    """Title, what the report is, and the articles it compares."""
    story = ctx.analysis.story
    lines = [
        f"# How outlets covered: {md_text(story.title)}",
        "",
        f"biaslens compared **{len(story.articles)} article{'s' if len(story.articles) != 1 else ''}** about one "
        "event. Every number below comes with the sentences that produced it, so you can check it on the text "
        "itself. Numbers describe *how* a text is written; they do not say an outlet is right or wrong.",
        "",
    ]
    if len(story.articles) == 1:
        lines += ["> Only one article was given, so there is nothing to compare across outlets. "
                  "The scores below describe that one article.", ""]
    lines += ["| Outlet | File | Headline | Words | Outlet name taken from |", "|---|---|---|---:|---|"]
    for analysed in ctx.analysis.articles:
        article = analysed.article
        words = analysed.score("readability.words")
        lines.append(
            f"| {md_text(ctx.label(analysed))} | {md_text(article.source)} | {md_text(article.title)} | "
            f"{fmt(words.value if words else None, 0)} | {article.outlet_from} |"
        )
    return "\n".join(lines)


def summary_section(ctx: ReportContext) -> str:
    """One table, metrics x outlets, with what a higher value means."""
    specs = [spec for spec in ctx.analysis.specs if spec.name not in SUMMARY_SKIP]
    if not specs:
        return ""
    labels = [md_text(ctx.label(a)) for a in ctx.analysis.articles]
    lines = [
        "## Side by side",
        "",
        "Each row is one measure; each column one article. The last column says what a higher number means.",
        "",
        "| Measure | " + " | ".join(labels) + " | Higher means |",
        "|---|" + "---:|" * len(labels) + "---|",
    ]
    for spec in specs:
        cells = [fmt(a.value(spec.name), digits_for(ctx, spec)) for a in ctx.analysis.articles]
        lines.append(f"| {md_text(spec.title)} | " + " | ".join(cells) + f" | {md_text(spec.higher_means)} |")
    return "\n".join(lines)


# Counts that the overview table already shows.
SUMMARY_SKIP = {"readability.words", "readability.sentences"}



def feature_section(ctx: ReportContext, extractor: str, heading: str, intro: str) -> str:
    """Generic section: per feature, its meaning, a value per outlet, and evidence sentences.

    Evidence already shown for the same outlet earlier in the section is not repeated (several
    readability measures rest on the same long sentences).
    """
    specs = [spec for spec in ctx.analysis.specs if spec.name.startswith(f"{extractor}.")]
    if not specs:
        return ""
    lines = [f"## {heading}", "", intro, ""] if intro else [f"## {heading}", ""]
    shown: set[tuple[str, int, int]] = set()
    for spec in specs:
        digits = digits_for(ctx, spec)
        lines += [f"### {md_text(spec.title)}", "", f"{md_text(spec.description)} A higher value means "
                  f"{md_text(spec.higher_means)}. Unit: {md_text(spec.unit)}.", ""]
        for analysed in ctx.analysis.articles:
            score = analysed.score(spec.name)
            if score is None:
                continue
            lines.append(
                f"- **{md_text(ctx.label(analysed))}: {fmt(score.value, digits)}**. {md_text(score.explanation)}"
            )
            fresh = [s for s in score.evidence if (analysed.article.source, s.start, s.end) not in shown]
            for span in fresh[:EVIDENCE_PER_OUTLET]:
                shown.add((analysed.article.source, span.start, span.end))
                note = f" ({md_text(span.note)})" if span.note else ""
                lines.append(f"  - *{md_text(span.label)}*{note}: {highlight(analysed.article, span.start, span.end, [])}")
            if score.evidence and not fresh:
                lines.append("  - evidence: the same sentences as shown above")
        lines.append("")
    return "\n".join(lines).rstrip()


def tone_section(ctx: ReportContext) -> str:
    """Tone: a dot per sentence per outlet, then the generic explanations with evidence."""
    if not any(spec.name.startswith("tone.") for spec in ctx.analysis.specs):
        return ""
    labels = ctx.chart_labels()
    points = [[float(item.attrs["value"]) for item in a.items("sentence_tone")] for a in ctx.analysis.articles]
    models = {item.attrs.get("model") for a in ctx.analysis.articles for item in a.items("sentence_tone")}
    scorer = "VADER" if models == {"vader"} else "news-trained model"
    # Charts compare outlets: a story of one article gets none (its numbers and sentences are below).
    chart = "" if len(ctx.analysis.articles) < 2 else ctx.add_chart(
        "tone_sentences",
        strip_chart(labels, points, f"Tone of each sentence ({scorer}), mean as a bar", "tone (-1 negative, +1 positive)"),
        "Dot chart: the tone of every sentence, one column per outlet, with each outlet's average as a bar.",
    )
    intro = (
        "Tone is measured sentence by sentence. The main score comes from a model trained on how people "
        "rated the tone of real news sentences (New York Times editorials rated by 20 readers each, and "
        "NewsMTSC news sentences); it agrees with human readers better than VADER (r 0.60 against 0.50 on "
        "the editorials, in tests on editorials it never saw). VADER, a word list where each word has a "
        "human-rated weight (\"praised\" +, \"crisis\" -), is shown beside it. News quotes people, so "
        "the outlet's own words are scored apart from the words inside quotation marks: a glowing quote "
        "is the speaker's tone, not the outlet's. Read the sentences, not just the numbers."
        + (f"\n\n{chart}" if chart else "")
    )
    return feature_section(ctx, "tone", "Tone", intro)


def readability_section(ctx: ReportContext) -> str:
    """Readability with a bar chart of reading ease and grade."""
    if not any(spec.name.startswith("readability.") for spec in ctx.analysis.specs):
        return ""
    labels = ctx.chart_labels()
    # One bar for one article says no more than the table below it, and costs a chart per story.
    chart = "" if len(ctx.analysis.articles) < 2 else ctx.add_chart(
        "readability",
        bar_chart(
            labels,
            {"Flesch-Kincaid grade": [a.value("readability.flesch_kincaid_grade") for a in ctx.analysis.articles]},
            "School grade needed to read each article",
            "US school grade",
        ),
        "Bar chart: the Flesch-Kincaid school grade of each article.",
    )
    intro = (
        "Readability formulas count how long the sentences are and how many syllables the words have. "
        "Long sentences and long words make a text harder; the formulas know nothing about meaning. "
        "The longest sentences are shown as evidence because they pull the score down most."
        + (f"\n\n{chart}" if chart else "")
    )
    return feature_section(ctx, "readability", "Readability", intro)


def removed_section(ctx: ReportContext) -> str:
    """What cleaning removed, per article, so a reader can check nothing real was dropped."""
    lines = [
        "## What was removed before analysis",
        "",
        "Page furniture (link lists, comment counters, copyright and syndication lines, embedded tweets, "
        "repeated headlines) is removed once, before any scoring. Check that nothing here is real reporting.",
        "",
    ]
    any_removed = False
    for analysed in ctx.analysis.articles:
        article = analysed.article
        for removal in article.removed:
            any_removed = True
            lines.append(f"- {md_text(ctx.label(analysed))}: “{md_text(removal.text)}” — {removal.reason}")
        for warning in article.warnings:
            lines.append(f"- {md_text(ctx.label(analysed))}: warning: {md_text(warning)}")
    if not any_removed:
        lines.append("Nothing was removed.")
    return "\n".join(lines)


def manifest_section(ctx: ReportContext) -> str:
    """Versions, settings and input fingerprint, so a run can be reproduced and compared."""
    manifest = getattr(ctx, "manifest", None) or {}
    lines = ["## How this report was made", ""]
    lines.append(f"- biaslens {manifest.get('biaslens', '?')}, Python {manifest.get('python', '?')}")
    for name, ver in sorted((manifest.get("dependencies") or {}).items()):
        lines.append(f"- {name} {ver}")
    for name, ver in sorted((manifest.get("extractors") or {}).items()):
        lines.append(f"- extractor `{name}` version {ver}")
    if manifest.get("input_fingerprint"):
        lines.append(f"- input fingerprint (SHA-256 of file names and bytes): `{manifest['input_fingerprint']}`")
    if manifest.get("settings"):
        lines.append(f"- settings: `{md_text(str(manifest['settings']))}`")
    lines.append("- machine-readable data: `report.json` (everything in this report) and `features.csv`")
    return "\n".join(lines)


# Extractors whose report section is written by hand; others get ``feature_section``.
DEDICATED = {"tone", "readability", "quotes", "hedging", "loaded"}

SECTIONS: list[Section] = [
    overview_section,
    summary_section,
    tone_section,
    actors_section,
    readability_section,
    hedging_section,
    loaded_section,
    quotes_section,
    comparison_section,
]
TRAILING_SECTIONS: list[Section] = [removed_section, manifest_section]


def render_markdown(ctx: ReportContext) -> str:
    """Render every section in order into one markdown document (ends with one newline)."""
    parts = [section(ctx) for section in SECTIONS]
    covered = DEDICATED
    for extractor in dict.fromkeys(spec.name.split(".", 1)[0] for spec in ctx.analysis.specs):
        if extractor not in covered:
            parts.append(feature_section(ctx, extractor, extractor.capitalize(), ""))
    parts += [section(ctx) for section in TRAILING_SECTIONS]
    return "\n\n".join(part for part in parts if part).rstrip() + "\n"
