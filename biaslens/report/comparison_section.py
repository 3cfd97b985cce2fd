"""The cross-outlet comparison in the report: coverage, only here, left out, conflicts, copies.

Reads ``ctx.comparison`` (a :class:`biaslens.compare.StoryComparison`); says so plainly when
there is none or when the story has a single article. Every detail is shown with the sentence
it comes from; article text passes through :func:`md_text`/:func:`highlight`.
"""

from __future__ import annotations

import re
from typing import Any

from ..compare import WITHOUT_COUNTERPART_EXPLANATION, WORDING_ONLY_EXPLANATION, DetailRow, Evidence, StoryComparison, shared_text_summary
from ..records import Article
from ..tone_model import NEGATORS
from .context import ReportContext, highlight, md_text, shorten
from .worksheet import relabel

#: How many rows the coverage chart and table show, and how many unique details per outlet.
MAX_COVERAGE_ROWS = 40
MAX_UNIQUE_PER_OUTLET = 12
MAX_PHRASES_PER_OUTLET = 4
MAX_PASSAGES_PER_OUTLET = 5
#: How many "maybe said in other words" details report.md shows (all are in report.json).
MAX_SAID_ELSEWHERE = 12


def comparison_section(ctx: ReportContext) -> str:
    """Markdown for the comparison: what only one outlet reported, what one left out, conflicts."""
    comparison: StoryComparison | None = ctx.comparison
    lines = ["## What each outlet reported: details compared across articles", ""]
    if comparison is None:
        return "\n".join(lines + ["No cross-article comparison was run for this report.", ""])
    if not comparison.comparable:
        notes = [f"- ⚠ {md_text(w)}" for w in comparison.warnings]
        return "\n".join(lines + [md_text(comparison.message), ""] + notes + ([""] if notes else []))
    articles = {a.article.source: a.article for a in ctx.analysis.articles}
    labels = {a.article.source: ctx.label(a) for a in ctx.analysis.articles}
    if comparison.warnings:
        lines += ["**Check the inputs first:**", ""] + [f"- ⚠ {md_text(relabel(w, labels))}" for w in comparison.warnings]
        lines += _occurrence_evidence(comparison, articles, labels) + [""]
    lines += [
        "A *detail* is a checkable item: a number with what it counts, a date or day, a named "
        "person, organisation or place, a quoted phrase, or a short phrase that carries a fact. "
        "The same detail is recognised across wordings (\"$550bln\" = \"$550 billion\", "
        "\"Takaichi\" = \"Sanae Takaichi\"). A name, number, date or quote is called unique to one "
        "outlet only when no other article contains it in any form; a phrase is never called unique, "
        "as another article may tell the same thing in other words: it is listed as wording.",
        "",
        md_text(comparison.message),
        "",
    ]
    if comparison.occurrences is not None:
        # Said where the claims are, not only at the top: a reader may come straight here.
        noun = comparison.occurrences.to_dict()["noun"]
        lines += [f"⚠ The articles may report different {noun}s (see *Check the inputs first*): a detail "
                  f"only one article has, or one it leaves out, may belong to another {noun}.", ""]
    lines += _coverage(ctx, comparison, labels)
    lines += _only_here(comparison, articles, labels)
    lines += _left_out(comparison, labels)
    lines += _conflicts(comparison, articles, labels)
    lines += _shared(comparison, articles, labels)
    lines += _passages(comparison, articles, labels)
    return "\n".join(lines).rstrip() + "\n"


def _occurrence_evidence(comparison: StoryComparison, articles: dict[str, Article], labels: dict[str, str]) -> list[str]:
    """Under the warning that the outlets report different occurrences, the sentence of each
    article that dates the event, its time in bold (nothing when they agree)."""
    if comparison.occurrences is None:
        return []
    lines = []
    for group in comparison.occurrences.groups:
        for occurrence in group:
            e = occurrence.evidence
            lines.append(f"  - {md_text(labels.get(e.source, e.source))}: "
                         f"{highlight(articles[e.source], e.sentence_start, e.sentence_end, [e])}")
    return lines


def _coverage_rows(comparison: StoryComparison) -> list[DetailRow]:
    # The most telling rows: carried by some articles but not all, names and numbers first.
    n = len(comparison.sources)
    partial = [r for r in comparison.details if 1 < len(r.articles) < n and r.kind != "phrase"]
    full = [r for r in comparison.details if len(r.articles) == n and r.kind in ("number", "entity", "date")]
    chosen = sorted(partial, key=lambda r: (-len(r.articles), -r.informativeness, r.id))[: MAX_COVERAGE_ROWS - 8]
    chosen += sorted(full, key=lambda r: (-r.informativeness, r.id))[: MAX_COVERAGE_ROWS - len(chosen)]
    return sorted(chosen, key=lambda r: (-len(r.articles), r.id))


def _coverage(ctx: ReportContext, comparison: StoryComparison, labels: dict[str, str]) -> list[str]:
    rows = _coverage_rows(comparison)
    lines = ["### Coverage: which article includes which detail", ""]
    if not rows:
        return lines + ["No detail appears in more than one article.", ""]
    lines += [
        f"The {len(rows)} details below appear in more than one article (names, numbers and dates; "
        "the full list with evidence is in report.json under `comparison.details`). "
        "■ = the article includes it.",
        "",
    ]
    try:
        alt = f"Coverage of {len(rows)} details across {len(comparison.sources)} articles"
        lines += [ctx.add_table_chart("comparison_coverage", lambda: _heatmap(rows, comparison, labels), alt), ""]
    except Exception as error:  # a chart must never sink the report; the table says it all
        lines += [f"(Coverage chart not drawn: {md_text(str(error))})", ""]
    header = "| Detail | Kind | " + " | ".join(md_text(labels[s]) for s in comparison.sources) + " |"
    lines += [header, "|" + "---|" * (2 + len(comparison.sources))]
    for row in rows:
        marks = " | ".join("■" if s in row.articles else "·" for s in comparison.sources)
        lines.append(f"| {md_text(row.text)} | {row.kind} | {marks} |")
    return lines + [""]


def _heatmap(rows: list[DetailRow], comparison: StoryComparison, labels: dict[str, str]) -> Any:
    from .charts import heatmap

    matrix = [[1.0 if s in r.articles else 0.0 for s in comparison.sources] for r in rows]
    return heatmap(
        matrix,
        [shorten(r.text, 40) for r in rows],
        [labels[s] for s in comparison.sources],
        "Which article includes which detail (dark = included)",
    )


def _evidence_line(evidence: Evidence, article: Article | None) -> str:
    if article is None:
        return md_text(evidence.sentence)
    span = article.span(evidence.start, evidence.end)
    return highlight(article, evidence.sentence_start, evidence.sentence_end, [span])


def _only_here(comparison: StoryComparison, articles: dict[str, Article], labels: dict[str, str]) -> list[str]:
    lines = [
        "### Only here: details no other article includes",
        "",
        "Names, numbers, dates and quotes no other article has in any form, ranked by how "
        "informative they are: numbers and names first, then dates and quotes; within a kind, "
        "words rare in this story first.",
        "",
    ]
    for source in comparison.sources:
        rows = list(comparison.unique_rows(source))
        facts = rows[:MAX_UNIQUE_PER_OUTLET]
        lines.append(f"**{md_text(labels[source])}** — {len(rows)} details found in no other article.")
        lines.append("")
        for row in facts:
            evidence = row.evidence[0]
            lines.append(f"- {row.kind}: “{md_text(row.text)}” — {_evidence_line(evidence, articles.get(source))}")
        hidden = len(rows) - len(facts)
        if hidden > 0:
            lines.append(f"- … and {hidden} more in report.json (`comparison.only_in`).")
        lines.append("")
    return lines + _wording_only(comparison, articles, labels) + _said_elsewhere(comparison, articles, labels)


def _wording_only(comparison: StoryComparison, articles: dict[str, Article], labels: dict[str, str]) -> list[str]:
    """Phrases only one outlet words this way: wording, not facts only it reports."""
    if not any(comparison.wording_only_in.get(s) for s in comparison.sources):
        return []
    lines = ["**Wording only this outlet uses.** " + md_text(WORDING_ONLY_EXPLANATION), ""]
    for source in comparison.sources:
        rows = list(comparison.wording_rows(source))
        if not rows:
            continue
        for row in rows[:MAX_PHRASES_PER_OUTLET]:
            lines.append(f"- “{md_text(row.text)}” ({md_text(labels[source])}): "
                         f"{_evidence_line(row.evidence[0], articles.get(source))}")
        if len(rows) > MAX_PHRASES_PER_OUTLET:
            lines.append(f"- … and {len(rows) - MAX_PHRASES_PER_OUTLET} more from {md_text(labels[source])} in "
                         "report.json (`comparison.wording_only_in`).")
    return lines + [""]


def _said_elsewhere(comparison: StoryComparison, articles: dict[str, Article], labels: dict[str, str]) -> list[str]:
    """The details kept out of "only here" because another outlet may say them in other words,
    each beside that outlet's sentence, so a reader can judge."""
    ids = [i for source in comparison.sources for i in comparison.only_in_to_check.get(source, ())]
    if not ids:
        return []
    lines = [
        "**Check by hand: maybe said in other words.** Another article has a close sentence that "
        "uses one of these details' words, in another form or a synonym (“fund-raiser” / "
        "“fundraiser”, “physicians” / “doctors”), or most of a quote's words, so they are not "
        "counted as unique:",
        "",
    ]
    for detail_id in ids[:MAX_SAID_ELSEWHERE]:
        row, other = comparison.row(detail_id), comparison.said_elsewhere[detail_id]
        source = row.evidence[0].source
        lines.append(
            f"- “{md_text(row.text)}” ({md_text(labels.get(source, source))}): "
            f"{_evidence_line(row.evidence[0], articles.get(source))} — "
            f"{md_text(labels.get(other.source, other.source))}: {_evidence_line(other, None)}"
        )
    if len(ids) > MAX_SAID_ELSEWHERE:
        lines.append(f"- … and {len(ids) - MAX_SAID_ELSEWHERE} more in report.json (`comparison.said_elsewhere`).")
    return lines + [""]


def _left_out(comparison: StoryComparison, labels: dict[str, str]) -> list[str]:
    lines = ["### Left out: details most articles carry that one does not mention", ""]
    if not comparison.omissions:
        return lines + ["No detail carried by most articles is missing from one of them.", ""]
    lines += ["| Missing from | Detail | Kind | Carried by |", "|---|---|---|---|"]
    for omission in comparison.omissions:
        carriers = ", ".join(md_text(labels.get(s, s)) for s in omission.carried_by)
        lines.append(
            f"| {md_text(labels.get(omission.missing_from, omission.missing_from))} | {md_text(omission.text)} "
            f"| {omission.kind} | {carriers} ({len(omission.carried_by)} of {len(comparison.sources)}) |"
        )
    return lines + [""]


def _conflicts(comparison: StoryComparison, articles: dict[str, Article], labels: dict[str, str]) -> list[str]:
    lines = ["### Conflicts: the same thing, different values", ""]
    if not comparison.conflicts:
        lines += ["No two articles give different values for the same thing.", ""]
    else:
        lines += [
            "Two values count as a conflict only when both sentences name the same people or places "
            "and use the same words beside the value (the same event, the same role); confidence "
            "0-1 says how closely they match.",
            "",
        ]
    lines += _conflict_items(comparison.conflicts, articles, labels)
    if comparison.conflicts_to_check:
        lines += [
            "**Check by hand**: these pairs are only partly tied to one event (few names in common, "
            "no shared word beside the value, papers of different days, or days that date different "
            "things, such as an arrival and a meeting), or are values that may both be right (two "
            "ceilings such as \u201cup to\u201d, two places that may lie one inside the other, times "
            "counted back from each paper's own day), so they may be about "
            "different things. They are not used in the worksheet.",
            "",
        ]
        lines += _conflict_items(comparison.conflicts_to_check, articles, labels)
    return lines + [""] if lines[-1] else lines


def _conflict_items(conflicts: Any, articles: dict[str, Article], labels: dict[str, str]) -> list[str]:
    lines = []
    for conflict in conflicts:
        sides = " vs ".join(
            f"“{md_text(side.text)}” ({', '.join(md_text(labels.get(e.source, e.source)) for e in side.evidence)})"
            for side in conflict.sides
        )
        lines.append(f"- **{md_text(conflict.slot)}**: {sides}. Confidence {conflict.confidence:.2f}.")
        ties = []
        if conflict.shared_names:
            ties.append("both name " + ", ".join(n.title() for n in conflict.shared_names))
        if conflict.shared_words:
            ties.append("both use " + ", ".join(conflict.shared_words) + " beside the value")
        if ties:
            lines.append(f"  - Tied by: {md_text('; '.join(ties))}.")
        if conflict.dates:
            dated = "; ".join(f"{md_text(side.text)} dates the “{md_text(word)}”"
                              for side, word in zip(conflict.sides, conflict.dates))
            lines.append(f"  - Different things dated: {dated}; both may be right.")
        for side in conflict.sides:
            for evidence in side.evidence:
                lines.append(
                    f"  - {md_text(labels.get(evidence.source, evidence.source))}: "
                    f"{_evidence_line(evidence, articles.get(evidence.source))}"
                )
        if conflict.slot == "trip duration":
            lines.append("  - Check by hand: the two may describe different parts of the trip.")
    if lines:
        lines.append("")
    return lines


# Each label of a shared-text pair, in the report's order, with what it means for a reader.
_SHARED_LABELS = (
    ("copied text", "**Copied text**: the outlets' own words are nearly the same (wire copy or a press "
                    "release), so their agreement here does not count as independent reporting."),
    ("same quote", "**Same quote**: both outlets quote the same statement, memo or tweet. Quoting a source "
                   "is ordinary reporting, so these pairs still count as independent."),
    ("quoted report", "**Quoted report**: one outlet quotes the other's own words from its report. It is the "
                      "same account printed twice, so these pairs do not count as independent."),
)


def _shared(comparison: StoryComparison, articles: dict[str, Article], labels: dict[str, str]) -> list[str]:
    copied = [p for p in comparison.shared_text if p.label == "copied text"]
    quoted = [p for p in comparison.shared_text if p.label == "same quote"]
    # The heading names what the pairs are: a pair of the same quote is no copying.
    kind = ("sentences copied near-verbatim" if copied and not quoted else "the same quote in two articles"
            if quoted and not copied else "copied sentences and shared quotes" if copied else "")
    lines = [f"### Shared text{': ' + kind if kind else ''}", ""]
    if not comparison.shared_text:
        return lines + ["No sentence is copied near-verbatim between articles (wire copy would show here).", ""]
    lines += [shared_text_summary(comparison.shared_text) + ".", ""]
    for label, intro in _SHARED_LABELS:
        pairs = [p for p in comparison.shared_text if p.label == label]
        if pairs:
            lines += [intro, ""] + [_shared_line(pair, labels) for pair in pairs] + [""]
    return lines


def _negators(text: str) -> set[str]:
    """The negating words of ``text`` ('not', 'never', "don't"): tone_model.NEGATORS and the n't forms."""
    words = re.findall(r"[\w\u2019']+", text.lower().replace("\u2019", "'"))
    return {w for w in words if w in NEGATORS or w.endswith("n't")}


def _shared_line(pair: Any, labels: dict[str, str]) -> str:
    who = f"{md_text(labels.get(pair.a.source, pair.a.source))} and {md_text(labels.get(pair.b.source, pair.b.source))}"
    if pair.label == "same quote":
        # Two outlets quoting one statement write their own sentences around it: only the quoted
        # words are the same, so the shorter passage is shown, not one sentence "100% the same"
        # (fox's 'At that March 2 event, which can be found here on You Tube, ...' around the
        # words of Blumenthal that hpo prints alone).
        negated = [sorted(_negators(e.text)) for e in (pair.a, pair.b)]
        if bool(negated[0]) != bool(negated[1]):
            # fox's '"To pass this bill ... would materially increase the risk"' and hpo's '"If they
            # don't pass this bill ... it will materially increase the risk"': one statement, but a
            # negation only one prints changes the words; both are shown, never "the same words".
            said = "“" + "”, “".join(negated[0] or negated[1]) + "”"
            return (f"- {who} quote one statement in different words ({said} only in "
                    f"{md_text(labels.get((pair.a if negated[0] else pair.b).source, ''))}): "
                    f"{md_text(labels.get(pair.a.source, pair.a.source))} prints {md_text(pair.a.text)} — "
                    f"{md_text(labels.get(pair.b.source, pair.b.source))} prints {md_text(pair.b.text)}")
        shorter = min((pair.a, pair.b), key=lambda e: (len(e.text), e.source))
        return (f"- {who} quote the same words; shown as {md_text(labels.get(shorter.source, shorter.source))} "
                f"prints them: {md_text(shorter.text)}")
    return f"- {who} ({pair.ratio:.0%} the same): {md_text(pair.a.sentence)}"


def _passages(comparison: StoryComparison, articles: dict[str, Article], labels: dict[str, str]) -> list[str]:
    lines = [
        "### Without counterpart: sentences whose words no sentence of another article shares enough of",
        "",
        WITHOUT_COUNTERPART_EXPLANATION,
        "",
    ]
    by_source: dict[str, list] = {}
    for passage in comparison.without_counterpart:
        by_source.setdefault(passage.source, []).append(passage)
    for source in comparison.sources:
        passages = by_source.get(source, [])
        article = articles.get(source)
        total = len(article.body_sentences) if article else 0
        count = sum(len(p.sentences) for p in passages)
        apart = sum(1 for pair in comparison.other_words if pair.sentence.source == source)
        also = f" ({apart} more below, maybe told in other words)" if apart else ""
        lines.append(f"**{md_text(labels[source])}** — {count} of {total} sentences share too few words with any "
                     f"sentence of another article{also}.")
        lines.append("")
        for passage in passages[:MAX_PASSAGES_PER_OUTLET]:
            lines.append(f"- {md_text(passage.text)}")
        if len(passages) > MAX_PASSAGES_PER_OUTLET:
            lines.append(f"- … and {len(passages) - MAX_PASSAGES_PER_OUTLET} more in report.json.")
        lines.append("")
    if comparison.other_words:
        lines += ["#### Maybe told in other words (check by hand)", "",
                  "These sentences also share too few words with any other article's, but a sentence of another "
                  "article names the same person, body or place and uses a rare pair of their words in a row: it may "
                  "tell the same thing in other words, so they are not listed above. Read both.", ""]
        for pair in comparison.other_words:
            lines.append(f"- **{md_text(labels[pair.sentence.source])}**: {md_text(pair.sentence.sentence)} — maybe "
                         f"told in other words by **{md_text(labels[pair.other.source])}**: "
                         f"{md_text(pair.other.sentence)} (both: “{md_text(pair.shared)}”)")
        lines.append("")
    return lines
