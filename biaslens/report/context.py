"""What every report section receives, and the helpers sections share.

A section is a function ``(ctx: ReportContext) -> str`` returning markdown. Sections never
write files: charts go through :meth:`ReportContext.add_chart`, which renders them to bytes
that the writer stores beside ``report.md``.

Article text is untrusted: everything taken from an article passes through :func:`md_text`
(or :func:`highlight`), so it cannot inject links, images, HTML or table breaks.
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from ..records import Article, ArticleAnalysis, Removal, Span, StoryAnalysis
from ..text import SEPARATOR_REASON, TIME_STAMP_REASON

# A chart that draws the numbers of a table beside it (coverage grid, tone toward actors,
# hedging rates, reading grade) is drawn for stories of up to this many articles: a class's
# handful of outlets reads faster as a picture. Above it, a grid of dozens of columns is
# unreadable and the table says the same; these charts were 2.4 of the 11.2 s of CPU of a
# 50-article story (docs/benchmarks.md).
MAX_TABLE_CHART_ARTICLES = 12
# ... and from this many articles on. For two or three articles such a chart is two or three
# bars or columns of cells, and the table beside it already shows every number side by side
# (the coverage table even draws the same grid of squares): the chart tells a reader nothing
# more. Dropping those four charts made a three-article story's report about 40% cheaper, and
# most stories of a day have two or three articles (docs/benchmarks.md).
MIN_TABLE_CHART_ARTICLES = 4


@dataclass
class ReportContext:
    """The analysed story, the cross-article comparison (if any), and the chart sink.

    ``files`` collects rendered charts; ``chart_alts`` their descriptions by chart name, so
    every output format can describe the same chart the same way. ``actors`` holds the tone
    toward the story's main actors (:func:`biaslens.actors.actor_tones`).
    """

    analysis: StoryAnalysis
    comparison: Any = None
    files: dict[str, bytes] = field(default_factory=dict)
    chart_alts: dict[str, str] = field(default_factory=dict)
    actors: tuple[Any, ...] = ()
    chart_renderer: Callable[..., dict[str, bytes]] | None = None
    model: Any = None

    def __post_init__(self) -> None:
        # Sections built without a model (tests, plugins) still get the one labelling rule.
        if self.model is None:
            from .model import build_model

            self.model = build_model(self.analysis, self.comparison, actors=self.actors)

    def add_chart(self, name: str, figure: Any, alt: str) -> str:
        """Render a matplotlib ``figure`` to ``charts/<name>.svg``; return the markdown that shows it.

        The figure is closed afterwards. ``alt`` describes the chart for screen readers.
        """
        from .charts import render_figure

        render = self.chart_renderer or render_figure
        for suffix, data in render(figure).items():
            self.files[f"charts/{name}.{suffix}"] = data
        self.chart_alts[name] = alt
        return f"![{md_text(alt)}](charts/{name}.svg)"

    def add_table_chart(self, name: str, build: Callable[[], Any], alt: str) -> str:
        """:meth:`add_chart` for a chart that repeats a table of the section: ``build()`` makes the
        figure only for stories of :data:`MIN_TABLE_CHART_ARTICLES` to
        :data:`MAX_TABLE_CHART_ARTICLES` articles; otherwise the markdown is one line saying
        that the section lists the same numbers."""
        n = len(self.analysis.articles)
        if n < MIN_TABLE_CHART_ARTICLES:
            return (f"(No chart for a story of {n} articles: the table shows every number of the "
                    f"{n} side by side, and a chart would repeat it.)")
        if n > MAX_TABLE_CHART_ARTICLES:
            return (f"(No chart for a story of {n} articles: a chart {n} columns wide could not be read, "
                    "and this section lists the same numbers.)")
        return self.add_chart(name, build(), alt)

    def label(self, analysed: ArticleAnalysis | Article) -> str:
        """Return the article's display label (see :func:`biaslens.report.model.article_labels`)."""
        article = analysed.article if isinstance(analysed, ArticleAnalysis) else analysed
        return self.model.label(article.source)

    def tone_scorer(self) -> str:
        """The tone extractor's main score in this story: ``"vader"`` when every sentence was scored by VADER, else ``"calibrated"``."""
        models = {item.attrs.get("model") for a in self.analysis.articles for item in a.items("sentence_tone")}
        return "vader" if models == {"vader"} else "calibrated"

    def tone_rule(self) -> str:
        """The tone label rule in plain words, from the band in force ("A sentence counts as positive when ...")."""
        from ..extractors.tone import label_band
        from ..tone_model import label_rule

        rule = label_rule(label_band(self.tone_scorer()))
        return rule[0].upper() + rule[1:]

    def chart_labels(self) -> list[str]:
        """Labels for chart axes: the same spelling as every table (charts wrap, never cut, them)."""
        return [self.label(a) for a in self.analysis.articles]


def shorten(text: str, limit: int) -> str:
    """Fold whitespace and cut ``text`` to ``limit`` characters with an ellipsis (for labels)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# Characters that can start markup anywhere in a line: links and images need "[", HTML and
# autolinks "<", emphasis "*" or "~", code "`", table cells "|". Parentheses, "+" and "#" only act
# after a "]" or at a line start, which escaped text never gives them.
_MD_SPECIAL = re.compile(r"([\\`*\[\]<>|~])")
# "_" is emphasis only at a word edge ("_x_"), never inside a word ("000_4a8"), so only those.
_MD_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")


def md_text(text: str) -> str:
    """Escape untrusted text for markdown: no links, images, HTML, emphasis or table breaks.

    Whitespace (newlines included) is folded to single spaces, so text cannot end a list item
    or a table row either. Web and e-mail addresses become code spans: GitHub's markdown turns
    bare addresses into live links, and escaping cannot stop it for e-mail addresses.
    """
    flat = " ".join(text.split())
    pieces = []
    cursor = 0
    for match in _LINKISH.finditer(flat):
        pieces.append(_escape(flat[cursor : match.start()]))
        pieces.append(f"`{match.group(0)}`")
        cursor = match.end()
    pieces.append(_escape(flat[cursor:]))
    return "".join(pieces)


# Addresses GitHub-flavoured markdown would autolink. Never "`" or "|" inside, so a code span
# holds them safely, also in a table cell. An e-mail address starts only at a word edge and the
# repeats are bounded: otherwise a 200,000-letter word is rescanned from every letter (quadratic).
_LINKISH = re.compile(
    r"(?:(?:https?|ftp)://|www\.)[^\s`|<>]{0,2000}[^\s`|<>.,;:!?)\]'\"”’]"
    r"|(?<![\w.+-])[\w.+-]{1,200}@[\w-]+(?:\.[\w-]+)+",
    re.I,
)


# Characters left as they are in a link target: those of ordinary URLs, minus every one that
# could end the target or start markup ("<", ">", "(", ")", "[", "]", quotes, spaces, "\\", "`").
_URL_SAFE = "/:?#@!$&*+,;=%-._~"


def md_link(title: str, url: str) -> str:
    """A markdown link to an untrusted ``url`` (http or https only), or the escaped title alone.

    The target is percent-encoded so a crafted URL cannot close the link and inject an image
    or another link (``https://x/a>)![](https://evil/pixel.png``); the title is :func:`md_text`.
    """
    if not url.lower().startswith(("http://", "https://")):
        return md_text(title)
    return f"[{md_text(title)}](<{urllib.parse.quote(url, safe=_URL_SAFE)}>)"


def _escape(text: str) -> str:
    escaped = _MD_SPECIAL.sub(r"\\\1", text)
    escaped = _MD_UNDERSCORE.sub(r"\\_", escaped)
    return _MD_ENTITY.sub("&amp;", escaped)


def highlight(article: Article, start: int, end: int, spans: Iterable[Span], marker: str = "**") -> str:
    """Return ``article.text[start:end]`` as safe markdown with ``spans`` in bold.

    Spans outside the window are ignored; overlapping spans are merged.
    """
    pieces: list[str] = []
    cursor = start
    for span_start, span_end in _merge((max(s.start, start), min(s.end, end)) for s in spans):
        if span_start >= span_end:
            continue
        pieces.append(md_text_keep_edges(article.text[cursor:span_start]))
        pieces.append(f"{marker}{md_text(article.text[span_start:span_end])}{marker}")
        cursor = span_end
    pieces.append(md_text_keep_edges(article.text[cursor:end]))
    return "".join(pieces).strip()


def md_text_keep_edges(text: str) -> str:
    """Like :func:`md_text` but keeps one leading/trailing space, for joining pieces."""
    if not text:
        return ""
    lead = " " if text[0].isspace() else ""
    tail = " " if text[-1].isspace() and text.strip() else ""
    return f"{lead}{md_text(text)}{tail}" if text.strip() else " "


def _merge(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def rate_basis_note(labels: Iterable[str], analyses: Iterable[ArticleAnalysis]) -> str:
    """The line under a table of per-100-sentences rates that says what they divide by, so a rate
    never seems to disagree with the body count of the tone and readability sections."""
    counts = "; ".join(f"{md_text(label)} {a.article.rate_basis()}" for label, a in zip(labels, analyses))
    return (f"“Per 100 sentences” counts every sentence, the headline included (the tone and readability "
            f"sections count the body alone): {counts}.")


def sentence_around(article: Article, span: Span) -> tuple[int, int]:
    """Return the offsets of the sentence(s) that contain ``span`` (the span itself if none)."""
    start, end = span.start, span.end
    first = article.sentence_at(span.start)
    if first is not None:
        start = min(start, first.start)
    last = article.sentence_at(span.end - 1) if span.end > 0 else None
    if last is not None and last.start < span.end:
        end = max(end, last.end)
    return start, end


def digits_for(ctx: ReportContext | Any, spec: Any) -> int:
    """Decimals to show for a feature: whole numbers for counts, two within +-2, else one.

    ``ctx`` is anything with the analysed story as ``analysis`` (a context or the report model).
    """
    values = [analysed.value(spec.name) for analysed in ctx.analysis.articles]
    if spec.high is None and all(v is None or float(v).is_integer() for v in values):
        return 0
    # Tones, shares and their differences live within +-2: two decimals; open scales one.
    if spec.high is not None and spec.high <= 2.0:
        return 2
    return 1


def signed(value: float) -> str:
    """A tone-like value with its sign and two decimals ("+0.12", "-0.40"), never "-0.00".

    A value that rounds to zero is printed without a sign: "+0.00" reads as positive and
    "-0.00" as negative to a student, while the value is neutral.
    """
    text = f"{value:+.2f}"
    return "0.00" if text in ("+0.00", "-0.00") else text


def fmt(value: float | None, digits: int = 2) -> str:
    """Format a number for a table: fixed digits, '–' for a missing value, never "-0.00".

    A negative value that rounds to zero is shown as zero: "-0.00" reads as negative to a
    student while the value is neutral.
    """
    if value is None:
        return "–"
    text = f"{value:.{digits}f}"
    return text[1:] if text.startswith("-") and not text.strip("-0.") else text


#: Removals listed once per article and reason, not line by line: a live blog's many time stamps and
#: separator lines (kept in the text) would fill "What was removed" with dozens of lines saying nothing.
GROUPED_REASONS = (TIME_STAMP_REASON, SEPARATOR_REASON)
#: How many of a group's lines are quoted before "…".
GROUP_SHOWN = 3


def removal_lines(removed: Iterable[Removal]) -> list[tuple[tuple[str, ...], int, str]]:
    """The lines of "What was removed" for one article, in order: ``(texts to quote, how many lines, reason)``.
    Each removal is a line of its own, except those of :data:`GROUPED_REASONS`, one line per reason at
    its first place, quoting its first :data:`GROUP_SHOWN` distinct texts."""
    lines: list[tuple[tuple[str, ...], int, str]] = []
    groups: dict[str, int] = {}
    for removal in removed:
        if removal.reason not in GROUPED_REASONS:
            lines.append(((removal.text,), 1, removal.reason))
            continue
        if removal.reason not in groups:
            groups[removal.reason] = len(lines)
            lines.append(((), 0, removal.reason))
        k = groups[removal.reason]
        texts, count, reason = lines[k]
        if removal.text not in texts and len(texts) < GROUP_SHOWN:
            texts += (removal.text,)
        lines[k] = (texts, count + 1, reason)
    return lines


def quoted_removal(texts: tuple[str, ...], count: int, escape: Callable[[str], str]) -> str:
    """One line of :func:`removal_lines` as both reports print it: its texts in quotation marks, each
    through ``escape`` (the view's own), then "…" and the number of lines when more were removed."""
    shown = ", ".join(f"\u201c{escape(text)}\u201d" for text in texts)
    return shown + (f", \u2026 ({count} lines)" if count > len(texts) else "")
