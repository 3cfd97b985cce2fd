"""The report model: everything a reader sees, built once, rendered as markdown, HTML and JSON.

:func:`build_model` reads the analysed story, the comparison and (for scheduled runs) what
changed since the previous report, and returns one frozen :class:`ReportModel`. Every view
(``report.md``, ``report.html``, ``report.json``, the worksheet) renders from it, so a key
finding, an interval or a "what changed" entry is the same in all of them and no rendered file
is ever patched afterwards.

Other sections (the cast of entities, loaded language, story groups) join as fields of the
model; ``extras`` holds any JSON-ready section a plugin adds, by name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any, Mapping, Sequence

from ..records import ArticleAnalysis, SourceSpan, StoryAnalysis
from ..text import ascii_folded
from .context import signed
from .differences import CHANCE, STANDS_OUT, TOO_FEW, Difference, differences, format_value

#: At most this many key findings: a reader takes them in at a glance.
MAX_FINDINGS = 10
#: The finding when there is none: "nothing stands out" is a finding too, said the same in every view.
NOTHING_STANDS_OUT = ("Nothing stands out: no detail only one outlet reports, no disagreement, and no measure on which "
                      "an outlet differs from the others by more than chance alone would give.")
#: Longest evidence quotation shown beside a key finding; the full sentence is in its section.
FINDING_QUOTE_CHARS = 160
#: Shown where an article has no headline: one is never made up from the first sentence.
NO_HEADLINE = "(no headline given)"
#: Measures left out of the side-by-side table: counts that the table of articles already shows.
SIDE_BY_SIDE_SKIP = frozenset({"readability.words", "readability.sentences"})
#: Detail kinds a key finding may name as "only one outlet reported": checkable at a glance.
FINDING_DETAIL_KINDS = ("number", "date", "entity")

# A stem that starts with a number ("001_87dd44b2c67794ab", "7-times") gives "Article 001".
_NUMBERED = re.compile(r"^(\d+)(?:[_\-. ]|$)")


#: A piece of one article that backs a finding: offsets into that article's text.
EvidenceRef = SourceSpan


@dataclass(frozen=True)
class Finding:
    """One key finding: a plain claim a reader can repeat, and the text that shows it.

    ``kind`` is ``"occurrences"`` (the outlets date the central event to different days),
    ``"conflict"``, ``"only_here"``, ``"voice"`` or ``"measure"``; ``text`` is the
    claim in plain words (untrusted article words inside, so views escape it); ``section`` names
    the report section with the full evidence (``"compare"``, ``"quotes"``, ``"differences"``).
    ``quote`` is the sentence around the first evidence span that views show beside the claim
    (at most :data:`FINDING_QUOTE_CHARS`), ``quote_label`` the label of its article (both empty
    when there is no evidence); they repeat the evidence, so :meth:`to_dict` leaves them out.
    """

    kind: str
    text: str
    evidence: tuple[EvidenceRef, ...]
    section: str
    quote: str = ""
    quote_label: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return the finding as JSON-ready data."""
        return {"kind": self.kind, "text": self.text, "section": self.section,
                "evidence": [ref.to_dict() for ref in self.evidence]}


@dataclass(frozen=True)
class ReportModel:
    """Everything a reader of the report sees, in one frozen record.

    ``labels`` maps each article's ``source`` to its display label, spelled the same way in
    every table, chart and worksheet; ``findings`` are the key findings (at most
    :data:`MAX_FINDINGS`; empty means nothing stands out); ``differences`` the per-outlet
    intervals and verdicts; ``changes`` what changed since the previous report (scheduled runs
    only, else ``None``); ``entity_labels`` how each outlet names and describes the story's main
    people and organisations (:func:`biaslens.labels.cast_labels`); ``extras`` further
    JSON-ready sections by name; ``comparison_view`` the comparison as the classroom outputs
    and key findings read it (:class:`biaslens.report.worksheet.ComparisonView`, read once);
    ``event_names`` the words each outlet uses for the story's event
    (:func:`biaslens.events.event_naming`).
    """

    analysis: StoryAnalysis
    comparison: Any
    manifest: Mapping[str, Any]
    labels: Mapping[str, str]
    findings: tuple[Finding, ...]
    differences: tuple[Difference, ...]
    actors: tuple[Any, ...] = ()
    changes: Mapping[str, Any] | None = None
    extras: Mapping[str, Any] = field(default_factory=dict)
    entity_labels: tuple[Any, ...] = ()
    comparison_view: Any = None
    event_names: tuple[Any, ...] = ()

    def label(self, source: str) -> str:
        """The display label of the article from ``source``."""
        return self.labels.get(source, source)

    @property
    def heading(self) -> str:
        """The report's heading: "How outlets covered: " and :attr:`story_name`."""
        return f"How outlets covered: {self.story_name}"

    @property
    def story_name(self) -> str:
        """The story's title as every view prints it: "“headline” (outlet's headline)" when the title
        is one article's headline, so a reader (and a teacher repeating it) sees whose words name
        the story, one outlet's judgement as they may be; a title given with the story stands alone."""
        story = self.analysis.story
        owner = next((a.article.source for a in self.analysis.articles if a.article.title == story.title), None)
        return story.title if owner is None else f"“{story.title}” ({self.label(owner)}'s headline)"

    @property
    def mixed_events(self) -> Mapping[str, Any] | None:
        """The one-event check (``extras["one_event"]``) when it says the articles may report more
        than one event, else ``None``: every view shows its warning exactly then."""
        found = self.extras.get("one_event")
        return found if found and found.get("may_be_mixed") else None

    @property
    def input_warnings(self) -> tuple[str, ...]:
        """The comparison's "Check the inputs first" warnings (wire copy, an opinion piece, a
        preview, a live blog, an article that may be about another story ...), each with its
        articles named by their display labels. Every view shows them before any number: a teacher
        must know what kind of text each outlet's is before comparing tone or word choice."""
        from .worksheet import relabel

        warnings = getattr(self.comparison, "warnings", None) or ()
        return tuple(relabel(w, self.labels) for w in warnings)

    @property
    def first_report_outlets(self) -> tuple[str, ...]:
        """The outlets of the new articles, sorted (a story's first report names them); empty
        without changes."""
        if not self.changes:
            return ()
        return tuple(sorted({a["outlet"] for a in self.changes["new_articles"]}))

    def side_by_side(self) -> tuple[tuple[Any, tuple[str, ...]], ...]:
        """Rows of the side-by-side table: each measure's spec and its value per article (in
        article order), printed with the digits that measure needs ("–" where there is none).

        Measures in :data:`SIDE_BY_SIDE_SKIP` are left out; no measures, no rows.
        """
        from .context import digits_for, fmt

        specs = [spec for spec in self.analysis.specs if spec.name not in SIDE_BY_SIDE_SKIP]
        # The digits once per measure: they read every article's value, and asking them per
        # cell made the table grow with the square of the story.
        digits = [digits_for(self, spec) for spec in specs]
        return tuple((spec, tuple(fmt(a.value(spec.name), n) for a in self.analysis.articles))
                     for spec, n in zip(specs, digits))

    def measure_title(self, feature: str) -> str:
        """The title of the measure named ``feature`` as its spec gives it (the name when unknown)."""
        spec = next((s for s in self.analysis.specs if s.name == feature), None)
        return spec.title if spec else feature

    def difference(self, feature: str, source: str) -> Difference | None:
        """The difference record of one outlet on one measure, or ``None``."""
        for found in self.differences:
            if found.feature == feature and found.source == source:
                return found
        return None

    def standing_out(self) -> tuple[Difference, ...]:
        """Differences larger than chance alone would give, largest relative gap first."""
        found = [d for d in self.differences if d.stands_out]
        return tuple(sorted(found, key=lambda d: (-_relative_gap(d), d.feature, d.source)))


def _relative_gap(d: Difference) -> float:
    scale = max(abs(d.others), abs(d.value), 1e-9)
    return abs(d.value - d.others) / scale


def article_labels(articles: Sequence[ArticleAnalysis]) -> dict[str, str]:
    """Display labels by source: the outlet, or "Article 001" when the outlet is only a file name.

    Outlets that repeat get their article number ("Reuters (Article 002)"), so every label is
    unique. The number comes from a leading number in the file name, else the article's
    position, always three digits.
    """
    numbers: dict[str, str] = {}
    for position, analysed in enumerate(articles, start=1):
        article = analysed.article
        match = _NUMBERED.match(article.source.rsplit("/", 1)[-1])
        numbers[article.source] = f"{int(match.group(1)):03d}" if match else f"{position:03d}"
    if len(set(numbers.values())) != len(numbers):
        numbers = {a.article.source: f"{i:03d}" for i, a in enumerate(articles, start=1)}
    outlets = [a.article.outlet for a in articles if a.article.outlet_from != "file name"]
    labels: dict[str, str] = {}
    for analysed in articles:
        article = analysed.article
        number = numbers[article.source]
        if article.outlet_from == "file name" or not article.outlet.strip():
            labels[article.source] = f"Article {number}"
        elif outlets.count(article.outlet) > 1:
            labels[article.source] = f"{article.outlet} (Article {number})"
        else:
            labels[article.source] = article.outlet
    return labels


def build_model(
    analysis: StoryAnalysis,
    comparison: Any = None,
    manifest: Mapping[str, Any] | None = None,
    actors: tuple[Any, ...] = (),
    changes: Mapping[str, Any] | None = None,
    extras: Mapping[str, Any] | None = None,
) -> ReportModel:
    """Build the one report model every view renders (pure: same input, same model)."""
    from .worksheet import read_comparison

    labels = article_labels(analysis.articles)
    diffs = differences(analysis)
    described = entity_descriptions(analysis, comparison)
    view = read_comparison(comparison, tuple(labels))
    named = event_names(analysis, comparison)
    partial = ReportModel(analysis, comparison, dict(manifest or {}), labels, (), diffs, actors, changes, dict(extras or {}),
                          described, view, named)
    findings = tuple(replace(f, quote=quote, quote_label=label)
                     for f in key_findings(partial) for quote, label in [finding_quote(partial, f)])
    return ReportModel(analysis, comparison, dict(manifest or {}), labels, findings, diffs, actors,
                       changes, dict(extras or {}), described, view, named)


def finding_quote(model: ReportModel, finding: Finding) -> tuple[str, str]:
    """The sentence that backs a finding and the label of its article (empty when none)."""
    from .context import sentence_around, shorten

    for ref in finding.evidence:
        analysed = next((a for a in model.analysis.articles if a.article.source == ref.source), None)
        if analysed is None:
            continue
        start, end = sentence_around(analysed.article, analysed.article.span(ref.start, ref.end))
        return shorten(analysed.article.text[start:end], FINDING_QUOTE_CHARS), model.label(analysed.article.source)
    return "", ""


def entity_descriptions(analysis: StoryAnalysis, comparison: Any) -> tuple[Any, ...]:
    """How each outlet names and describes the main entities of the comparison's cast (empty
    without a cast or with one article): :func:`biaslens.labels.cast_labels`."""
    from ..labels import cast_labels

    cast = getattr(comparison, "cast", None)
    if cast is None or len(analysis.articles) < 2:
        return ()
    return cast_labels([a.article for a in analysis.articles], cast)


def event_names(analysis: StoryAnalysis, comparison: Any) -> tuple[Any, ...]:
    """How each outlet names the story's event, part by part (empty without a cast or with one
    article): :func:`biaslens.events.event_naming`."""
    from ..events import event_naming

    cast = getattr(comparison, "cast", None)
    if cast is None or len(analysis.articles) < 2:
        return ()
    return event_naming([a.article for a in analysis.articles], cast)


# ---------------------------------------------------------------------------------------------
# Key findings

# How a measure that stands out reads in a sentence: (when higher, when lower, unit words).
MEASURE_WORDS: dict[str, tuple[str, str]] = {
    "tone.mean": ("its sentences sound more positive than the other articles'",
                  "its sentences sound more negative than the other articles'"),
    "tone.positive_share": ("more of its sentences read as positive than in the other articles",
                            "fewer of its sentences read as positive than in the other articles"),
    "tone.negative_share": ("more of its sentences read as negative than in the other articles",
                            "fewer of its sentences read as negative than in the other articles"),
    "readability.words_per_sentence": ("its sentences are longer than the other articles'",
                                       "its sentences are shorter than the other articles'"),
    "hedging.epistemic_share": ("more of its sentences carry uncertain wording (hedges) than in the other articles",
                                "fewer of its sentences carry uncertain wording (hedges) than in the other articles"),
    "hedging.sourcing_share": ("more of its sentences pass a claim on from a source than in the other articles",
                               "fewer of its sentences pass a claim on from a source than in the other articles"),
    "hedging.booster_share": ("more of its sentences carry boosters (\u201chistoric\u201d, \u201cclearly\u201d) "
                              "than in the other articles",
                              "fewer of its sentences carry boosters than in the other articles"),
}

def measure_sentence(model: ReportModel, d: Difference) -> str:
    """One plain sentence saying how an outlet stands out on a measure, with both numbers."""
    label = model.label(d.source)
    spec = next((s for s in model.analysis.specs if s.name == d.feature), None)
    words = MEASURE_WORDS.get(d.feature)
    if words:
        claim = words[0] if d.direction == "higher" else words[1]
    else:
        title = spec.title.lower() if spec else d.feature
        claim = f"its {title} is {d.direction} than the other articles'"
    return (f"{label}: {claim} ({format_value(d.feature, d.value)} against {format_value(d.feature, d.others)}, "
            f"over {d.units} sentences).")


def key_findings(model: ReportModel) -> tuple[Finding, ...]:
    """At most :data:`MAX_FINDINGS` evidenced claims: disagreements, details only one outlet has,
    voices only one outlet quotes, and measures that stand out beyond chance."""
    from .worksheet import evidence_for, read_comparison, relabel

    labels = model.labels
    view = model.comparison_view or read_comparison(model.comparison, tuple(labels))
    occurrences = _occurrence_findings(view, labels)
    # Said once, first: the claims below may compare different happenings.
    caveat = (f" (The articles may report different {view.occurrences.get('noun')}s: see the first finding.)"
              if occurrences else "")
    conflicts: list[Finding] = []
    for conflict in view.conflicts[:2]:
        refs = []
        for side in conflict.get("sides") or ():
            for entry in side.get("evidence") or ():
                if isinstance(entry, Mapping) and entry.get("source") in labels:
                    refs.append(_ref(entry))
        if len({r.source for r in refs}) < 2:
            continue
        # The finding keeps the claim; what ties the two sentences stays in the comparison section.
        claim = _TIES.sub(".", relabel(str(conflict.get("explanation")), labels))
        conflicts.append(Finding("conflict", "Outlets disagree on " + claim + caveat,
                                 tuple(refs[:4]), "compare"))
    only_here: list[Finding] = []
    texts = {a.article.source: a.article.text for a in model.analysis.articles}
    for source in labels:
        others = [text for other, text in texts.items() if other != source]
        rows = (r for r in view.only_here.get(source, ())
                if r.get("kind") in FINDING_DETAIL_KINDS and checkable(r) and absent_from(str(r.get("text") or ""), others)
                and not (r.get("kind") == "entity" and _name_fragment(texts[source], evidence_for(r, source))))
        # The first two that pass: each test searches every other article, so stop there.
        picked = list(islice(rows, 2))
        refs = tuple(_ref(entry) for entry in (evidence_for(r, source) for r in picked) if entry)
        if not refs:
            continue
        named = " and ".join(f"\u201c{r.get('text')}\u201d" for r in picked)
        only_here.append(Finding("only_here", f"Only {labels[source]} reports {named}; no other article mentions "
                                              f"{'it' if len(picked) == 1 else 'them'} in any form.{caveat}", refs,
                                 "compare"))
    measures: list[Finding] = []
    for d in model.standing_out()[:3]:
        analysed = next(a for a in model.analysis.articles if a.article.source == d.source)
        score = analysed.score(d.feature)
        # The evidence shows what there is more of; for "fewer" or "lower" the table is the evidence.
        spans = score.evidence[:1] if score and d.direction == "higher" else ()
        refs = tuple(EvidenceRef(d.source, s.start, s.end, s.text) for s in spans)
        measures.append(Finding("measure", measure_sentence(model, d), refs, "differences"))
    voices = _voice_findings(model)
    # Every kind gets room before details only one outlet has fill the rest.
    room = MAX_FINDINGS - len(occurrences) - len(conflicts) - len(voices) - len(measures)
    found = occurrences + conflicts + only_here[: max(room, 0)] + voices + measures
    return tuple(found[:MAX_FINDINGS])


_CONTRACTION = re.compile(r"[A-Za-z]+['’](?:ve|re|ll|d|m|s|t)", re.I)
_TIES = re.compile(r"\s*\(both [^()]*\)\.?$")
_UNIT = re.compile(r"[$€£%]|\b(?:percent|per cent|million|billion|trillion|thousand)\b", re.I)


def checkable(row: Mapping[str, Any]) -> bool:
    """True for a detail a reader can take in at a glance and look up in the text.

    Leaves out fragments the detail finder keeps for matching but that say nothing alone: a
    lone lower-case word ("month") or a bare small number with a noun ("4 survey", from
    "a March 31-April 4 survey").
    """
    text = str(row.get("text") or "")
    if row.get("kind") == "number":
        digits = re.findall(r"\d[\d,.]*", text)
        if not digits:
            return len(text.split()) >= 2  # "two daughters", not a bare "month"
        return bool(_UNIT.search(text)) or any(len(d.replace(",", "")) >= 2 for d in digits)
    if _CONTRACTION.fullmatch(text):
        return False  # "You've" opens a sentence; it names nobody
    return any(ch.isupper() for ch in text) or any(ch.isdigit() for ch in text)


def _name_fragment(text: str, entry: Mapping[str, Any] | None) -> bool:
    """True when the detail is part of a longer name ("Moammar" of "Moammar Gadhafi").

    Another outlet may spell the rest differently ("Qaddafi"), so a fragment cannot carry a
    claim that nobody else mentions it.
    """
    if not entry:
        return True
    start, end = int(entry.get("start") or 0), int(entry.get("end") or 0)
    after = re.match(r"[)’'\"]? ([A-Z][\w'’-]+)", text[end : end + 40])
    prior = text[max(0, start - 40) : start]
    word_before = re.search(r"(?:^|(?<=[^.!?\s])\s|(?<=[\w,;:]) )([A-Z][\w'’-]+)[)’'\"]? $", prior)
    before = bool(word_before) and not re.search(r"(?:^|[.!?“\"]\s*)" + re.escape(word_before.group(1)) + r"[)’'\"]? $", prior)
    return bool(after and after.group(1) not in _NOT_NAME_WORDS) or bool(before)


#: Capitalised words that follow a name without being part of it.
_NOT_NAME_WORDS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "But", "And"}


@lru_cache(maxsize=1024)
def _ascii_folded(text: str) -> str:
    # Kept per article text: absent_from folds each other article once per detail.
    return ascii_folded(text)


def absent_from(detail: str, others: Sequence[str]) -> bool:
    """True when no other article has ``detail``'s words, nor, for an acronym, its spelled-out form.

    A second, stricter check before a key finding says "only X reports ...": "WSJ" in one
    article and "Wall Street Journal" in another are the same detail.
    """
    words = re.escape(" ".join(detail.split())).replace(r"\ ", r"\s+")
    plain = re.compile(rf"(?<!\w){words}(?!\w)", re.I)
    # A match holds every ASCII word of the detail, folded, as a substring of the folded text:
    # a test in C that rules out most articles before the case-blind search, which a story of
    # 50 articles ran 5,000 times (details x articles).
    pieces = [w.lower() for w in detail.split() if w.isascii()]
    if any(plain.search(text) for text in others if all(p in _ascii_folded(text) for p in pieces)):
        return False
    if re.fullmatch(r"[A-Z]{2,6}", detail):
        spelled = re.compile(r"\b" + r"[\w'’-]*[\s/-]+".join(f"{letter}" for letter in detail) + r"[\w'’-]*")
        if any(spelled.search(text) for text in others):
            return False
    return True


def _voice_findings(model: ReportModel) -> list[Finding]:
    """"Only X quotes Y", from the cast's voices: Y is one entity under every name it is given
    ("Roger J. Stone Jr." = "Roger Stone"), and common nouns ("suit", "officials") are no voices."""
    comparison = model.comparison
    if len(model.analysis.articles) < 2 or comparison is None or not hasattr(comparison, "voices"):
        return []
    per_source: dict[str, list[dict[str, Any]]] = {}
    lone = comparison.lone_voices()
    for voice in comparison.voices():
        if voice["entity"] in lone and voice["kind"] in ("person", "organisation"):
            per_source.setdefault(voice["sources"][0], []).append(voice)
    found = []
    for source in model.labels:
        voices = sorted(per_source.get(source, ()), key=lambda v: v["name"])[:3]
        if not voices:
            continue
        refs = tuple(EvidenceRef(source, int(q["start"]), int(q["end"]), str(q["text"]))
                     for q in (next(q for q in v["quotes"] if q["source"] == source) for v in voices))
        names = [v["name"] for v in voices]
        who = ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1]
        found.append(Finding("voice", f"Only {model.label(source)} quotes {who}.", refs, "quotes"))
    return found[:2]


def _occurrence_findings(view: Any, labels: Mapping[str, str]) -> list[Finding]:
    """The warning that the outlets date the central event to different days, as a finding whose
    evidence is each day's first dating sentence ([] when they agree). Its text names the outlets
    by their labels (:func:`biaslens.report.worksheet.relabel` of the comparison's explanation)."""
    from .worksheet import relabel

    found = view.occurrences
    if not found:
        return []
    refs = tuple(_ref(group["occurrences"][0]["evidence"]) for group in found.get("groups") or ()
                 if group.get("occurrences") and group["occurrences"][0].get("evidence", {}).get("source") in labels)
    return [Finding("occurrences", relabel(str(found.get("explanation")), labels), refs, "compare")]


def _ref(entry: Mapping[str, Any]) -> EvidenceRef:
    return EvidenceRef(str(entry.get("source")), int(entry.get("start") or 0), int(entry.get("end") or 0),
                       str(entry.get("text") or ""))


__all__ = [
    "CHANCE",
    "FINDING_QUOTE_CHARS",
    "MAX_FINDINGS",
    "NOTHING_STANDS_OUT",
    "NO_HEADLINE",
    "SIDE_BY_SIDE_SKIP",
    "STANDS_OUT",
    "TOO_FEW",
    "EvidenceRef",
    "Finding",
    "ReportModel",
    "article_labels",
    "build_model",
    "entity_descriptions",
    "finding_quote",
    "format_value",
    "key_findings",
    "measure_sentence",
]
