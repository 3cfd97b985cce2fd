"""The report's loaded-language section: rates per outlet and every loaded sentence, words in bold.

Self-contained: reads the ``loaded.*`` scores and the ``loaded`` / ``loaded_quoted`` items of
each article and returns markdown; empty when the ``loaded`` extractor did not run.
"""

from __future__ import annotations

from collections import Counter

from ..extractors.loaded import kind_word
from ..records import ArticleAnalysis, Item
from .context import ReportContext, fmt, highlight, md_text, rate_basis_note, sentence_around

# Sentences listed per outlet: enough to judge, short enough to read.
SENTENCES_PER_OUTLET = 10

WHY = (
    "A *loaded* word carries the writer's judgement rather than a fact: a label (\"regime\", \"radical\"), "
    "an opinion (\"bizarre\", \"disastrous\"), an emotive word (\"slammed\", \"ravaged\"), an intensifier "
    "(\"staggering\"), a loaded verb of saying, which reports a quotation or a claim and colours it where "
    "\"said\" would be neutral (\"claimed\", \"insisted\"), or an adverb of how someone spoke (\"loudly\"; "
    "it is no verb, so the table's \"Loaded verbs of saying\" does not count it). A plainer word would "
    "report the same fact. Only the outlet's own words count here: a word inside quotation marks is the "
    "speaker's, and is counted apart. The words come from an editable word list and a small model trained on "
    "news sentences in which experts marked the biased words; on held-out sentences it finds about a third of "
    "the words experts mark, and about half of what it finds was marked (docs/LOADED.md). Read the bold words "
    "below and ask: is there a neutral word the outlet could have used?"
)


def loaded_section(ctx: ReportContext) -> str:
    """Markdown for loaded language: explanation, rates table, loaded sentences per outlet."""
    if not any(spec.name.startswith("loaded.") for spec in ctx.analysis.specs):
        return ""
    analyses = ctx.analysis.articles
    labels = [ctx.label(a) for a in analyses]
    lines = ["## Loaded language", "", WHY, ""]
    lines += [
        "| Outlet | Loaded words per 100 sentences | Sentences with one | In quotations or views reported, per 100 sentences | Most used kind |",
        "|---|---:|---:|---:|---|",
    ]
    for label, analysed in zip(labels, analyses):
        share = analysed.value("loaded.sentence_share")
        kinds = Counter(str(item.attrs.get("kind")) for item in analysed.items("loaded"))
        top = ", ".join(f"{kind_word(k, plural=n != 1)} ({n})" for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[:2])
        cells = [
            fmt(analysed.value("loaded.per_100"), 1),
            "–" if share is None else f"{100 * share:.0f}%",
            fmt(analysed.value("loaded.quoted_per_100"), 1),
            top or "–",
        ]
        lines.append(f"| {md_text(label)} | " + " | ".join(cells) + " |")
    lines += ["", rate_basis_note(labels, analyses), ""]
    for label, analysed in zip(labels, analyses):
        lines += _outlet_sentences(label, analysed)
    return "\n".join(lines).rstrip()


#: How both report.md and report.html introduce the loaded words found inside quotations. The list
#: also holds words of a view the outlet reports without quotation marks ("critics who say he should
#: condemn terrorists", "Obama repeated his contention that ..."): the person's words, not the
#: writer's, so the heading names both rather than calling them all quotations.
QUOTED_LEAD = ("Loaded words in quotations or views reported (the speakers' words, counted apart from the "
               "outlet's own):")


def quoted_words(analysed: ArticleAnalysis) -> list[str]:
    """The distinct loaded words found inside the article's quotations, in text order, as written
    (spaces collapsed): what ``loaded.quoted_per_100`` counts, listed once each."""
    return list(dict.fromkeys(" ".join(item.text.split()) for item in analysed.items("loaded_quoted")))


def _outlet_sentences(label: str, analysed: ArticleAnalysis) -> list[str]:
    """Each sentence with loaded words in the outlet's own voice, the words in bold with their kind."""
    items = analysed.items("loaded")
    quoted = analysed.items("loaded_quoted")
    lines = [f"### {md_text(label)}", ""]
    if not items:
        lines.append("No loaded words were found in the outlet's own words.")
    article = analysed.article
    by_sentence: dict[tuple[int, int], list[Item]] = {}
    for item in items:
        by_sentence.setdefault(sentence_around(article, article.span(item.start, item.end)), []).append(item)
    shown = list(by_sentence.items())[:SENTENCES_PER_OUTLET]
    for (start, end), words in shown:
        spans = [article.span(item.start, item.end) for item in words]
        kinds = "; ".join(f"{md_text(' '.join(item.text.split()))}: {kind_word(str(item.attrs.get('kind')))}" for item in words)
        lines.append(f"- “{highlight(article, start, end, spans)}” — {kinds}")
    if len(by_sentence) > len(shown):
        lines.append(f"- … and {len(by_sentence) - len(shown)} more sentences (all are in report.json).")
    if quoted:
        words = ", ".join(f"“{md_text(word)}”" for word in quoted_words(analysed))
        lines += ["", f"{QUOTED_LEAD} {words}."]
    lines.append("")
    return lines


__all__ = ["QUOTED_LEAD", "loaded_section", "quoted_words"]
