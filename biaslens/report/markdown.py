"""report.md: the outlets side by side, every number explained and shown on the text.

The report is a list of sections (``SECTIONS``); each is a function of a
:class:`ReportContext` returning markdown. Extractors with a section of their own are listed
in ``DEDICATED``; the generic feature section covers every other extractor, plugins included.
"""

from __future__ import annotations

from typing import Any, Callable, Mapping, Sequence

from ..records import Span
from ..fit import wire_note

from .charts import bar_chart, strip_chart
from .changes import changes_markdown, one_event_markdown
from .context import ReportContext, digits_for, fmt, highlight, md_text, quoted_removal, removal_lines
from .differences import LEVEL, STANDS_OUT
from .model import NO_HEADLINE, NOTHING_STANDS_OUT, format_value
from .actors_section import actors_section
from .cast_section import cast_section
from .comparison_section import comparison_section
from .hedging_section import hedging_section
from .events_section import events_section
from .labels_section import labels_section
from .loaded_section import loaded_section
from .quotes_section import quotes_section

Section = Callable[[ReportContext], str]
EVIDENCE_PER_OUTLET = 2


def overview_section(ctx: ReportContext) -> str:
    """Title, what the report is, and the articles it compares."""
    story = ctx.analysis.story
    lines = [
        f"# {md_text(ctx.model.heading)}",
        "",
        f"biaslens compared **{len(story.articles)} article{'s' if len(story.articles) != 1 else ''}** about one "
        "event. Every number below comes with the sentences that produced it, so you can check it on the text "
        "itself. Numbers describe *how* a text is written; they do not say an outlet is right or wrong.",
        "",
    ]
    if len(story.articles) == 1:
        lines += ["> Only one article was given, so there is nothing to compare across outlets. "
                  "The scores below describe that one article.", ""]
    lines += [key_findings_markdown(ctx), ""]
    if ctx.model.input_warnings:
        # Before the numbers: the warnings say what kind of text each is (listed again, with their
        # evidence, where the cross-article claims are).
        lines += ["## Check the inputs first", ""]
        lines += [f"- ⚠ {md_text(w)}" for w in ctx.model.input_warnings] + [""]
    if ctx.model.mixed_events:
        lines += [one_event_markdown(ctx.model.mixed_events).rstrip(), ""]
    if ctx.model.changes:
        lines += [changes_markdown(ctx.model).rstrip(), ""]
    lines += ["## The articles", ""]
    lines += ["| Outlet | File | Headline | Words | Outlet name taken from |", "|---|---|---|---:|---|"]
    for analysed in ctx.analysis.articles:
        article = analysed.article
        words = analysed.score("readability.words")
        # Wire copy is the agency's wording: said beside the outlet that printed it.
        lines.append(
            f"| {md_text(ctx.label(analysed) + wire_note(article))} | {md_text(article.source)} | {md_text(article.title or NO_HEADLINE)} | "
            f"{fmt(words.value if words else None, 0)} | {article.outlet_from} |"
        )
    return "\n".join(lines)


def summary_section(ctx: ReportContext) -> str:
    """One table, metrics x outlets, with what a higher value means."""
    rows = ctx.model.side_by_side()
    if not rows:
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
    for spec, cells in rows:
        lines.append(f"| {md_text(spec.title)} | " + " | ".join(cells) + f" | {md_text(spec.higher_means)} |")
    return "\n".join(lines)


#: Markdown anchors (GitHub's heading slugs) of the sections a key finding points to.
SECTION_ANCHORS = {
    "compare": "#what-each-outlet-reported-details-compared-across-articles",
    "quotes": "#quotes-and-voices",
    "differences": "#which-differences-stand-out",
}


def key_findings_markdown(ctx: ReportContext) -> str:
    """At most ten claims, each with the sentence that shows it and a link to the full evidence."""
    lines = ["## Key findings", ""]
    if not ctx.model.findings:
        lines.append(NOTHING_STANDS_OUT)
        return "\n".join(lines)
    for number, finding in enumerate(ctx.model.findings, start=1):
        quote, label = finding.quote, finding.quote_label
        shown = f" — {md_text(label)}: “{md_text(quote)}”" if quote else ""
        lines.append(f"{number}. {md_text(finding.text)}{shown} ([evidence]({SECTION_ANCHORS[finding.section]}))")
    return "\n".join(lines)


def differences_section(ctx: ReportContext) -> str:
    """Per outlet and measure: the value, its interval, the others' average, and a plain verdict."""
    diffs = ctx.model.differences
    if not diffs:
        return ""
    lines = [
        "## Which differences stand out",
        "",
        "An average over twenty sentences could easily have come out a little higher or lower with different "
        "sentences. For each article and measure, biaslens draws as many sentences as the article has, at random, "
        "from all the articles together, 2,000 times (a *bootstrap*). The range is where "
        f"{LEVEL:.0%} of those averages fell: *what chance alone would give* if the article were written like "
        f"the others. A value outside that range **{STANDS_OUT}**; a value inside it is not treated as a finding "
        "anywhere in this report.",
        "",
        "| Measure | Article | Value | Range chance alone would give | Other articles | Verdict |",
        "|---|---|---:|---|---:|---|",
    ]
    for d in diffs:
        title = ctx.model.measure_title(d.feature)
        verdict = f"**{d.verdict}** ({d.direction})" if d.stands_out else d.verdict
        lines.append(
            f"| {md_text(title)} | {md_text(ctx.model.label(d.source))} | {format_value(d.feature, d.value)} | "
            f"{format_value(d.feature, d.chance_low)} to {format_value(d.feature, d.chance_high)} | "
            f"{format_value(d.feature, d.others)} | {verdict} |"
        )
    return "\n".join(lines)



def feature_section(ctx: ReportContext, extractor: str, heading: str, intro: str) -> str:
    """Generic section: per feature, its meaning, a value per outlet, and evidence sentences.

    Each outlet shows the first evidence span of each label, in the extractor's order (the most
    positive, then the most negative ...), so a label such as "most positive" or "longest
    sentence" is always true of the sentence beside it. When those are exactly the sentences
    already shown for the same outlet, the section says so instead of repeating them; it never
    skips to lesser ones, which would keep a superlative label on a sentence it no longer fits.
    """
    specs = [spec for spec in ctx.analysis.specs if spec.name.startswith(f"{extractor}.")]
    if not specs:
        return ""
    lines = [f"## {heading}", "", intro, ""] if intro else [f"## {heading}", ""]
    shown: dict[tuple[str, tuple[tuple[int, int], ...]], str] = {}
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
            picked = evidence_to_show(score.evidence, EVIDENCE_PER_OUTLET)
            key = (analysed.article.source, tuple((s.start, s.end) for s in picked))
            if picked and key in shown:
                lines.append(f"  - evidence: the same sentences as shown above under “{md_text(shown[key])}”")
                continue
            shown[key] = spec.title
            for span in picked:
                note = f" ({md_text(span.note)})" if span.note else ""
                lines.append(f"  - *{md_text(span.label)}*{note}: {highlight(analysed.article, span.start, span.end, [])}")
        lines.append("")
    return "\n".join(lines).rstrip()


def evidence_to_show(evidence: Sequence[Span], limit: int) -> list[Span]:
    """Up to ``limit`` spans: the first of each label in turn, then the next of each, in order.

    Extractors order evidence strongest first within a label, so the result always holds the
    strongest span of every label that fits.
    """
    by_label: dict[str, list[Span]] = {}
    for span in evidence:
        by_label.setdefault(span.label, []).append(span)
    picked: list[Span] = []
    depth = 0
    while len(picked) < limit and any(len(spans) > depth for spans in by_label.values()):
        for spans in by_label.values():
            if len(spans) > depth and len(picked) < limit:
                picked.append(spans[depth])
        depth += 1
    return picked


def tone_section(ctx: ReportContext) -> str:
    """Tone: a dot per sentence per outlet, then the generic explanations with evidence."""
    if not any(spec.name.startswith("tone.") for spec in ctx.analysis.specs):
        return ""
    labels = ctx.chart_labels()
    points = [[float(item.attrs["value"]) for item in a.items("sentence_tone")] for a in ctx.analysis.articles]
    scorer = "VADER" if ctx.tone_scorer() == "vader" else "news-trained model"
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
        "is the speaker's tone, not the outlet's. " + ctx.tone_rule() + " (the same rule gives every "
        "positive, negative and neutral label and count below). Read the sentences, not just the numbers."
        + (f"\n\n{chart}" if chart else "")
    )
    return feature_section(ctx, "tone", "Tone", intro)


def readability_section(ctx: ReportContext) -> str:
    """Readability with a bar chart of reading ease and grade."""
    if not any(spec.name.startswith("readability.") for spec in ctx.analysis.specs):
        return ""
    labels = ctx.chart_labels()
    # One bar for one article says no more than the table below it, and costs a chart per story.
    chart = "" if len(ctx.analysis.articles) < 2 else ctx.add_table_chart(
        "readability",
        lambda: bar_chart(
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
        "a news database's abstract and section labels, the names that sign readers' letters, photo credits, "
        "editor's notes and notes that the article was updated, the label over an update (its paragraph is kept), "
        "social-media and newsletter prompts, a correction appended at the end and its label, credit lines at the end "
        "(“Contributing:”, “Reporting by”), "
        "stray one-letter lines, repeated headlines) is removed once, before any scoring; words whose encoding "
        "was broken are repaired and listed too. A live blog's time stamps (“3:40 p.m.”) and separator lines "
        "(“___”) stay in the text but are read as no sentence; they are listed here too. Check that nothing here "
        "is real reporting.",
        "",
    ]
    any_removed = False
    for analysed in ctx.analysis.articles:
        article = analysed.article
        for texts, count, reason in removal_lines(article.removed):
            any_removed = True
            lines.append(f"- {md_text(ctx.label(analysed))}: {quoted_removal(texts, count, md_text)} — {reason}")
        for warning in article.warnings:
            lines.append(f"- {md_text(ctx.label(analysed))}: warning: {md_text(warning)}")
    if not any_removed:
        lines.append("Nothing was removed.")
    return "\n".join(lines)


def manifest_section(ctx: ReportContext) -> str:
    """Versions, settings and input fingerprint, so a run can be reproduced and compared."""
    return "\n".join(manifest_lines(getattr(ctx, "manifest", None) or {}))


def manifest_lines(manifest: Mapping[str, Any]) -> list[str]:
    """The lines of "How this report was made" for ``manifest`` (full reports and lean pages)."""
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
    return lines


# Extractors whose report section is written by hand; others get ``feature_section``.
DEDICATED = {"tone", "readability", "quotes", "hedging", "loaded"}

SECTIONS: list[Section] = [
    overview_section,
    summary_section,
    differences_section,
    tone_section,
    actors_section,
    readability_section,
    hedging_section,
    loaded_section,
    quotes_section,
    comparison_section,
    cast_section,
    labels_section,
    events_section,
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
