"""report.html: one self-contained page for a classroom: the articles in full, evidence highlighted.

:func:`render_html` is pure: it reads the analysed story, the comparison and the charts already
rendered into ``ctx.files`` and returns the page as bytes (same input, same bytes). The page

* works offline: no script, no external file; charts are SVG data URIs;
* is safe with untrusted articles: every piece of article text is escaped with
  :func:`html.escape`, and a Content-Security-Policy meta tag (``default-src 'none'``) stops
  any script, remote image, frame or form even if something slipped through;
* highlights evidence generically from what the extractors and the comparison emit: ``hedge``
  items (epistemic, sourcing, booster), ``quote`` items (coloured by speaker, one colour per cast entity), ``loaded`` words
  in the outlet's own voice (not in quotations), details only
  one article has, conflicting details, and any other item kind as "other finding";
* explains every highlight three ways: a ``title`` on hover, screen-reader text at its start,
  and a numbered note under the article reached by a keyboard-focusable ``[n]`` link that is
  ``aria-describedby`` the note; categories differ by line style and labels, not colour alone;
* prints: a print stylesheet keeps highlight colours, drops navigation, starts each article
  on a new page.
"""

from __future__ import annotations

import base64
import heapq
import html
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import Any, Mapping, Sequence

from ..compare import WORDING_ONLY_EXPLANATION
from ..extractors.loaded import kind_word, saying_verb_spans
from ..fit import wire_note
from ..records import Article, ArticleAnalysis
from ..text import line_spans
from .changes import changes_html, one_event_html
from .events_section import event_highlights, events_html
from .labels_section import label_highlights, labels_html
from .loaded_section import QUOTED_LEAD, quoted_words
from .context import ReportContext, fmt, quoted_removal, removal_lines
from .data import SENTENCE_ITEM_KINDS
from .model import NO_HEADLINE, NOTHING_STANDS_OUT
from .worksheet import (
    ASKABLE_KINDS,
    ComparisonView,
    Worksheet,
    evidence_for,
    relabel,
    voice_of,
)

META_SEPARATOR = " \u00b7 "
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
# Details highlighted as "only here": names, numbers, dates and quoted words. Phrases ("trade
# deal") are matched loosely and would drown the page in boxes.
ONLY_HERE_KINDS = (*ASKABLE_KINDS, "quote")
# Light backgrounds with dark text (contrast with #111 above 12:1), told apart by the speaker's
# name in every note reference as well, so colour is never the only cue.
#: Item kinds too fine to box in the text: a class opens them on demand under each article.
#: Voice segments (the outlet's own words and quoted words, scored apart for tone) wrap nearly
#: every sentence and would drown the highlights a lesson is about.
FINE_DETAIL_KINDS = ("voice_segment",)
SPEAKER_COLOURS = ("#ffe08a", "#b9e2ff", "#c3efb9", "#f8c8e1", "#dcd0ff", "#ffd0a8", "#bff0ea", "#e8e3c9")


@dataclass(frozen=True)
class Category:
    """A kind of highlight: CSS class, name, how it looks (in words) and what it means."""

    key: str
    name: str
    looks: str
    meaning: str


CATEGORIES: tuple[Category, ...] = (
    Category("quote", "Quotation", "tinted background, one colour per speaker, speaker named in the note link",
             "Someone else's words in quotation marks. The note says who speaks and with which verb."),
    Category("only_here", "Only in this article", "solid box",
             "A name, number, date or quote that no other article in this set mentions."),
    Category("conflict", "Conflicting detail", "red wavy underline on pink",
             "Another article gives a different value for the same thing (a different day, amount or length)."),
    Category("sourcing", "Sourcing hedge", "blue dashed underline",
             "The claim is passed on from someone else (\u201caccording to\u201d, \u201creportedly\u201d, "
             "\u201cofficials said\u201d) instead of being stated by the writer. Inside a quotation it is the "
             "speaker who passes it on, and the note says so."),
    Category("epistemic", "Uncertain wording (hedge)", "purple dotted underline",
             "Words that show the writer is not certain (\u201cmay\u201d, \u201cis expected to\u201d, "
             "\u201cappears to\u201d). Inside a quotation they are the speaker's, and the note says so."),
    Category("booster", "Booster", "bold text with a double brown underline",
             "Words that make a claim sound bigger or more certain (\u201clandmark\u201d, \u201chistoric\u201d, "
             "\u201cclearly\u201d). Inside a quotation they are the speaker's, and the note says so."),
    Category("loaded", "Loaded word", "dark red text on a light orange background with a thick solid underline",
             "A word that carries the writer's judgement rather than a fact (\u201cregime\u201d, \u201cbizarre\u201d, "
             "\u201cslammed\u201d), in the outlet's own words; words inside quotations are the speaker's and are not marked."),
    Category("label", "Describing words", "dark green text with a solid green underline",
             "Words only this outlet uses to describe one of the story's people or organisations (\u201ca close "
             "prot\u00e9g\u00e9 of Abe\u201d); the others describe them in other words or not at all."),
    Category("event_name", "Event word", "navy text with a dashed navy overline",
             "A word only this outlet uses to name the event or what happened (\u201cpact\u201d for the "
             "\u201cdeal\u201d, \u201cforged\u201d for \u201csigned\u201d)."),
    Category("other", "Other finding", "grey dotted box",
             "Something another measure found; the note names the measure."),
)
_CATEGORY = {c.key: c for c in CATEGORIES}
_ORDER = {c.key: i for i, c in enumerate(CATEGORIES)}

GLOSSARY: tuple[tuple[str, str], ...] = (
    ("Hedge", "A word that makes a statement less certain or hands it to someone else. Hedges are "
     "normal in careful reporting; many of them in one article can also keep a writer from standing "
     "behind a claim."),
    ("Sourcing hedge", "A claim attributed to a source. The source can be named (\u201cReuters\u201d, "
     "\u201cthe White House\u201d), vague (\u201canalysts\u201d, \u201cofficials\u201d) or missing "
     "(\u201creportedly\u201d, \u201cit is understood\u201d). Named sources can be checked; vague ones cannot."),
    ("Booster", "The opposite of a hedge: a word that makes a claim sound stronger, bigger or more "
     "certain than the facts alone."),
    ("Full and partial quotation", "A full quotation is a statement in the speaker's own words; a "
     "partial quotation is a short phrase in quotation marks inside the writer's sentence (\u201ca new "
     "golden age\u201d)."),
    ("Loaded word", "A word that passes judgement instead of describing: a label (\u201cregime\u201d, "
     "\u201cradical\u201d), an opinion (\u201cbizarre\u201d), an emotive word (\u201cslammed\u201d), an "
     "intensifier (\u201cstaggering\u201d), a loaded verb of saying (\u201cclaimed\u201d) or an adverb of how "
     "someone spoke (\u201cloudly\u201d). A plainer word would report the same fact. Only the outlet's own words "
     "are marked; a quoted speaker's words are the speaker's."),
    ("Reporting verb", "The verb that introduces a quotation. \u201cSaid\u201d is neutral; "
     "\u201cclaimed\u201d, \u201cadmitted\u201d or \u201cinsisted\u201d can colour the statement. A verb "
     "marked as a loaded verb of saying is counted in the table's \u201cLoaded verbs of saying\u201d."),
    ("Detail only in this article", "A name, number, date or quote that none of the other articles "
     "mentions in any form. It can be a scoop, a useful background fact, or a choice of emphasis."),
    ("Left out", "A detail most of the other articles include that one article does not mention."),
    ("Conflicting detail", "The same thing given different values in two articles. Check whether they "
     "really describe the same thing before deciding one is wrong."),
    ("Reading ease and grade level", "Formulas that count sentence length and syllables per word. "
     "Higher reading ease means easier; the grade is the years of school needed. They know nothing "
     "about meaning."),
    ("Tone", "Measured sentence by sentence, from \u22121 (negative) to +1 (positive), by a model trained on "
     "how people rated real news sentences; VADER, a word list with human-rated weights, is shown beside it. "
     "The outlet's own words are scored apart from the words it quotes, because a glowing quote is the "
     "speaker's tone, not the outlet's."),
    ("Tone toward an actor", "The average tone of the sentences that name a person, organisation or "
     "country. It shows how each outlet's sentences about them sound, not what the outlet thinks of them."),
    ("Key finding", "A short claim at the top of the report that the evidence supports: a detail only one "
     "article has, two articles that disagree, a voice only one article quotes, or a measure on which one "
     "article differs from the others by more than chance alone would give."),
    ("Stands out / within what chance alone would give", "An average over a few sentences moves a little "
     "with which sentences happen to be in the article. biaslens draws as many sentences as an article "
     "has, at random, from all the articles together, 2,000 times (a bootstrap), and notes where 99 of 100 "
     "of those averages fall: the range chance alone would give. An article whose real value lies outside that "
     "range stands out; inside it, the difference is within what chance alone would give and is not a finding."),
    ("Own words and quoted words (voice segments)", "The outlet's own words are the parts of a sentence "
     "outside quotation marks; quoted words are inside them. biaslens scores their tone apart, because a "
     "glowing quote is the speaker's tone, not the outlet's. Each stretch is a voice segment; they are listed "
     "under each article, not highlighted in the text."),
    ("Headline", "The title the article was published with (from the page, the file's metadata or its first "
     "line). It is scored on its own, never as a body sentence. An article without one shows "
     "\u201cno headline given\u201d: biaslens never makes one up."),
    ("Subheading", "A short heading inside an article. It is shown in bold and left out of sentence averages "
     "and evidence, because it is not a sentence the writer wrote as part of the story."),
    ("Article 001", "When an article's outlet is not known, it is named by the number of its file (or its "
     "place in the list), the same way in every table, chart and question."),
    ("Blind mode", "Outlet names are replaced by Outlet A, Outlet B \u2026 in the whole report, so a class "
     "can compare the articles before knowing who wrote them."),
)


@dataclass(frozen=True)
class Highlight:
    """One highlighted piece of an article: offsets into ``Article.text`` and why it counts.

    ``css`` adds classes (a speaker colour); ``tag`` is a short visible label shown in the note
    link (a speaker's name), so the highlight does not rely on colour alone.
    """

    start: int
    end: int
    category: str
    why: str
    css: str = ""
    tag: str = ""
    also: tuple[str, ...] = ()

    @property
    def categories(self) -> tuple[str, ...]:
        """The main category, then any others merged into this highlight (same words)."""
        return (self.category, *self.also)


def e(text: Any) -> str:
    """Escape any value for HTML text and attribute values (quotes included)."""
    return html.escape(str(text), quote=True)


# ---------------------------------------------------------------------------------------------
# Collecting highlights


def _valid(article: Article, start: Any, end: Any, text: Any = None) -> bool:
    """Offsets must index the canonical text; anything else is skipped rather than shown wrongly."""
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(article.text):
        return False
    return text is None or article.text[start:end] == text


def _evidence_notes(analysed: ArticleAnalysis) -> dict[tuple[int, int], str]:
    notes: dict[tuple[int, int], str] = {}
    for output in analysed.outputs:
        for score in output.scores:
            for span in score.evidence:
                if span.note and (span.start, span.end) not in notes:
                    notes[(span.start, span.end)] = span.note
    return notes


@dataclass(frozen=True)
class SpeakerColours:
    """Who speaks each quote of a story, as the markdown and JSON reports say, and their colours.

    A quote's voice is its speaker's cast entity when the name resolves ("Roger J. Stone Jr."
    in one outlet and "Roger Stone" in another are one voice, one colour), else the speaker's
    own words ("a senior official"); a quote whose "speaker" is a bare common noun ("suit",
    "in Washington") has no voice, as in :func:`~biaslens.report.quotes_section.voice_of`.
    """

    #: (source, quote start) -> voice key; a quote that is absent has no named speaker.
    voice: Mapping[tuple[str, int], str] = field(default_factory=dict)
    #: Voice key -> colour index, in order of first appearance across the story.
    colour: Mapping[str, int] = field(default_factory=dict)
    #: Voice key -> the name shown for it: the cast entity's name, else the longest words used.
    name: Mapping[str, str] = field(default_factory=dict)

    def css(self, source: str, start: int) -> str:
        """The colour class of the quote of ``source`` starting at ``start``."""
        return self.css_of(self.voice.get((source, start)))

    def css_of(self, key: str | None) -> str:
        """The colour class of voice ``key`` (``None``: no named speaker)."""
        if key is None:
            return "spk-none"
        index = self.colour.get(key, len(SPEAKER_COLOURS))
        return f"spk-{index}" if index < len(SPEAKER_COLOURS) else "spk-other"


def speaker_classes(ctx: ReportContext) -> SpeakerColours:
    """Resolve every quote's voice through the story's cast and give each voice a colour."""
    voice: dict[tuple[str, int], str] = {}
    colour: dict[str, int] = {}
    name: dict[str, str] = {}
    for analysed in ctx.analysis.articles:
        source = analysed.article.source
        for item in analysed.items("quote"):
            key, entity_id = voice_of(ctx, source, item)
            if key is None:
                continue
            voice[(source, item.start)] = key
            colour.setdefault(key, len(colour))
            if entity_id:
                name[key] = ctx.comparison.cast.entity(entity_id).name
            else:
                name[key] = max(name.get(key, ""), str(item.attrs["speaker"]), key=len)
    return SpeakerColours(voice, colour, name)


def _speaker_tag(speaker: str | None) -> str:
    if not speaker:
        return "speaker unknown"
    return speaker if len(speaker) <= 18 else speaker.split()[-1]


def collect_highlights(
    analysed: ArticleAnalysis,
    view: ComparisonView,
    labels: Mapping[str, str],
    speakers: SpeakerColours,
    extra: Sequence[Highlight] = (),
) -> list[Highlight]:
    """Every highlight of one article, sorted by position (outer spans first); ``extra`` adds
    highlights found elsewhere (the report model's word choices)."""
    article = analysed.article
    source = article.source
    notes = _evidence_notes(analysed)
    found: list[Highlight] = []
    saying = saying_verb_spans(analysed.items("loaded"))
    for output in analysed.outputs:
        for item in output.items:
            if item.kind in SENTENCE_ITEM_KINDS or not _valid(article, item.start, item.end, item.text):
                continue
            attrs = item.attrs
            if item.kind == "hedge":
                found.append(_hedge(item.start, item.end, item.text, attrs, notes))
            elif item.kind == "quote":
                found.append(_quote(item.start, item.end, item.text, attrs, speakers.css(source, item.start), saying))
            elif item.kind == "loaded":
                note = notes.get((item.start, item.end)) or f"'{item.text}' carries the writer's judgement"
                # The kind named as the report's tables and worksheet name it ("Loaded verb of
                # saying: ..."), so a student can count the marks behind each number.
                kind = str(attrs.get("kind") or "learned")
                named = "" if kind == "learned" else kind_word(kind) + ": "
                why = named + note
                found.append(Highlight(item.start, item.end, "loaded", why[:1].upper() + why[1:] + "."))
            elif item.kind == "loaded_quoted":
                continue  # the speaker's word, not the outlet's: counted in the report, not highlighted
            elif item.kind in FINE_DETAIL_KINDS:
                continue  # listed on demand under the article (fine_detail), never boxed in the text
            else:
                why = str(attrs.get("note") or notes.get((item.start, item.end)) or "")
                found.append(Highlight(item.start, item.end, "other", f"{item.kind.replace('_', ' ').capitalize()}"
                                       + (f": {why}" if why else "."), tag=item.kind.replace("_", " ")))
    others = len(view.sources) - 1
    for row in view.only_here.get(source, ()):
        if row.get("kind") not in ONLY_HERE_KINDS:
            continue
        entry = evidence_for(row, source)
        if not entry or not _valid(article, entry.get("start"), entry.get("end"), entry.get("text")):
            continue
        start, end = int(entry["start"]), int(entry["end"])
        if row.get("kind") == "quote":
            # A quotation only this article has: say so on the quote itself, not in a second box.
            why = f"Only this article quotes these words: none of the other {others} has them."
            for index, hl in enumerate(found):
                if hl.category == "quote" and hl.start <= start and end <= hl.end + 1:
                    found[index] = replace(hl, also=(*hl.also, "only_here"), why=f"{hl.why} {why}")
                    break
            else:
                found.append(Highlight(start, end, "only_here", why))
            continue
        found.append(Highlight(
            start, end, "only_here",
            f"Only this article mentions \u201c{row.get('text')}\u201d: none of the other {others} "
            f"article{'s' if others != 1 else ''} has it in any form.",
        ))
    for conflict in view.conflicts:
        explanation = relabel(str(conflict.get("explanation") or "two articles give different values"), labels)
        for side in conflict.get("sides") or ():
            for entry in side.get("evidence") or ():
                if entry.get("source") == source and _valid(article, entry.get("start"), entry.get("end"), entry.get("text")):
                    found.append(Highlight(int(entry["start"]), int(entry["end"]), "conflict",
                                           "Conflicting detail: " + explanation))
    found += [hl for hl in extra if _valid(article, hl.start, hl.end, article.text[hl.start:hl.end])]
    return _merge_same_words(found)


def word_choice_highlights(model: Any, source: str) -> list[Highlight]:
    """Describing words and event words only ``source`` uses (the report model's labels and
    event names), as highlights."""
    if model is None:
        return []
    return ([Highlight(s, e, "label", why) for s, e, why in label_highlights(model, source)]
            + [Highlight(s, e, "event_name", why) for s, e, why in event_highlights(model, source)])


def only_categories(highlights: list[Highlight], chosen: Sequence[str] | None) -> list[Highlight]:
    """Keep the highlights of the ``chosen`` categories (all when ``None``), their other categories dropped."""
    if chosen is None:
        return highlights
    kept = []
    for hl in highlights:
        categories = [c for c in hl.categories if c in chosen]
        if categories:
            kept.append(replace(hl, category=categories[0], also=tuple(categories[1:])))
    return kept


def _merge_same_words(found: list[Highlight]) -> list[Highlight]:
    """One highlight per stretch of words: categories of identical spans are merged.

    Sorted by where each note link appears in the text (the end of the highlight, inner before
    outer), so the links read [1], [2], [3] from top to bottom.
    """
    merged: dict[tuple[int, int], Highlight] = {}
    for hl in sorted(found, key=lambda h: (h.start, h.end, _ORDER[h.category])):
        key = (hl.start, hl.end)
        if key not in merged:
            merged[key] = hl
            continue
        first = merged[key]
        if hl.category in first.categories:
            continue
        merged[key] = replace(first, also=(*first.also, hl.category), why=f"{first.why} {hl.why}",
                              css=" ".join(c for c in (first.css, hl.css) if c), tag=first.tag or hl.tag)
    return sorted(merged.values(), key=lambda h: (h.end, -h.start, _ORDER[h.category]))


#: Why a hedge counts when the words are not the writer's: inside a quotation, or in a claim the
#: article reports from someone ("Mediaite argues that it might be"). Keyed by (category, where).
_HEDGE_WHOSE: dict[tuple[str, str], str] = {
    ("epistemic", "quoted"): "is inside a quotation: it shows the speaker is not certain, not the writer.",
    ("booster", "quoted"): "is inside a quotation: the speaker, not the writer, makes the claim sound bigger or more certain.",
    ("sourcing", "quoted"): "is inside a quotation: the speaker, not the writer, passes the claim on from someone else.",
    ("epistemic", "reported"): ("is in what the article reports someone else thinks or says: it shows that "
                                "person is not certain, not the writer."),
    ("booster", "reported"): ("is in what the article reports someone else thinks or says: that person, not the "
                              "writer, makes the claim sound bigger or more certain."),
}


def _hedge(start: int, end: int, text: str, attrs: Mapping[str, Any], notes: Mapping[tuple[int, int], str]) -> Highlight:
    kind = str(attrs.get("cue_kind") or "")
    category = kind if kind in ("epistemic", "sourcing", "booster") else "other"
    whose = _HEDGE_WHOSE.get((category, "quoted" if attrs.get("quoted") else "reported" if attrs.get("reported") else ""))
    if whose:
        # The extractor's note speaks of "the writer"; a quoted "I believe" is the speaker's doubt.
        return Highlight(start, end, category, f"\u201c{' '.join(text.split())}\u201d " + whose)
    note = notes.get((start, end)) or ""
    if note:
        # The extractor's own note already says why (and names the source).
        return Highlight(start, end, category, note[:1].upper() + note[1:] + ("" if note.endswith(".") else "."))
    if category == "sourcing":
        source, source_type = attrs.get("source"), attrs.get("source_type")
        who = f" from {source}" if source else ""
        kind_text = {"named": "a named source, which a reader can check",
                     "vague": "a vague source (no one a reader can check)",
                     "anonymous": "no source at all"}.get(str(source_type), "")
        why = f"\u201c{text}\u201d passes the claim on{who}" + (f": {kind_text}" if kind_text else "") + "."
    elif category == "epistemic":
        why = f"\u201c{text}\u201d shows the writer is not certain of the claim."
    elif category == "booster":
        why = f"\u201c{text}\u201d makes the claim sound bigger or more certain."
    else:
        why = f"\u201c{text}\u201d is a {kind or 'hedge'} cue."
    return Highlight(start, end, category, why)


def _quote(start: int, end: int, text: str, attrs: Mapping[str, Any], css: str,
           saying: frozenset[tuple[int, int]] = frozenset()) -> Highlight:
    speaker = attrs.get("speaker")
    role = attrs.get("role")
    verb, stance = attrs.get("verb"), attrs.get("verb_stance")
    kind = {"full": "a full statement", "partial": "a short partial quote"}.get(str(attrs.get("kind")), "a quotation")
    if speaker and css == "spk-none":
        # The words next to it are a common noun ("suit") or a place ("in Washington"): the
        # report does not count them as a voice, so the note does not call them a speaker.
        who = f"no speaker is named next to it (\u201c{speaker}\u201d is not a person, group, organisation or document)"
        speaker = None
    else:
        who = f"speaker: {speaker}" + (f" ({role})" if role else "") if speaker else "no speaker is named next to it"
    why = f"Quotation, {kind}; {who}."
    if verb:
        # "loaded" only when the verb is marked as a loaded verb of saying (one count, one mark).
        span = attrs.get("verb_span")
        marked = bool(span) and (span[0], span[1]) in saying
        how = "loaded verb of saying" if marked else ("neutral" if stance == "neutral" else "")
        why += f" Reporting verb \u201c{verb}\u201d" + (f" ({how})" if how else "") + "."
    return Highlight(start, end, "quote", why, css, _speaker_tag(str(speaker) if speaker else None))


# ---------------------------------------------------------------------------------------------
# Rendering the text with nested marks


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    number: int
    hl: Highlight
    first: bool
    last: bool


def _pieces(highlights: Sequence[Highlight], paragraphs: Sequence[tuple[int, int]]) -> dict[int, list[_Piece]]:
    """Cut each highlight at paragraph edges; return the pieces by paragraph index.

    Paragraphs are sorted and disjoint, so each highlight finds its first paragraph by bisection:
    linear in pieces, not highlights times paragraphs (10,000 one-word lines took minutes).
    """
    ends = [t for _, t in paragraphs]
    by_paragraph: dict[int, list[_Piece]] = {}
    for number, hl in enumerate(highlights, start=1):
        parts = []
        index = bisect_right(ends, hl.start)
        while index < len(paragraphs) and paragraphs[index][0] < hl.end:
            s, t = max(hl.start, paragraphs[index][0]), min(hl.end, paragraphs[index][1])
            if s < t:
                parts.append((index, s, t))
            index += 1
        for n, (index, s, t) in enumerate(parts):
            by_paragraph.setdefault(index, []).append(_Piece(s, t, number, hl, n == 0, n == len(parts) - 1))
    return by_paragraph


def _key(piece: _Piece) -> tuple[int, int, int, int]:
    return (piece.start, -piece.end, _ORDER[piece.hl.category], piece.number)


def _nest(text: str, lo: int, hi: int, pieces: list[_Piece], prefix: str) -> str:
    """Render ``text[lo:hi]`` with ``pieces`` as nested marks; crossing spans are split.

    A heap keeps the pieces in order, so a paragraph with thousands of marks is not re-sorted
    after each one (quadratic on a line of 4,000 quotations).
    """
    out: list[str] = []
    cursor = lo
    heap = [(_key(p), n, p) for n, p in enumerate(pieces)]
    heapq.heapify(heap)
    counter = len(heap)
    while heap:
        piece = heapq.heappop(heap)[2]
        if piece.start < cursor:  # defensive: never overlap a sibling
            if piece.end <= cursor:
                continue
            piece = replace(piece, start=cursor, first=False)
        inside = []
        # Sorted by start: the pieces starting before this one ends are at the top of the heap.
        while heap and heap[0][2].start < piece.end:
            other = heapq.heappop(heap)[2]
            if other.end <= piece.end:
                inside.append(other)
            else:  # crosses the end: the part inside nests, the rest continues after
                inside.append(replace(other, end=piece.end, last=False))
                rest = replace(other, start=piece.end, first=False)
                heapq.heappush(heap, (_key(rest), counter, rest))
                counter += 1
        out.append(e(text[cursor:piece.start]))
        out.append(_open(piece) + _nest(text, piece.start, piece.end, inside, prefix) + "</mark>")
        if piece.last:
            out.append(_ref(piece, prefix))
        cursor = piece.end
    out.append(e(text[cursor:hi]))
    return "".join(out)


def _names(hl: Highlight) -> str:
    return " + ".join(_CATEGORY[c].name for c in hl.categories)


def _open(piece: _Piece) -> str:
    classes = "hl " + " ".join(f"hl-{c}" for c in piece.hl.categories) + (f" {piece.hl.css}" if piece.hl.css else "")
    title = f"{_names(piece.hl)}: {piece.hl.why}"
    lead = f'<span class="sr">{e(_names(piece.hl))}: </span>' if piece.first else ""
    return f'<mark class="{classes}" title="{e(title)}">{lead}'


def _ref(piece: _Piece, prefix: str) -> str:
    note = f"{prefix}-n{piece.number}"
    tag = f": {piece.hl.tag}" if piece.hl.tag and piece.hl.category in ("quote", "other") else ""
    return (
        f'<a class="ref ref-{piece.hl.category}" id="{prefix}-r{piece.number}" href="#{note}" '
        f'aria-describedby="{note}">[{piece.number}{e(tag)}]</a>'
    )


def paragraph_ranges(article: Article) -> list[tuple[int, int]]:
    """Offsets of each non-blank line of ``article.text`` (lines are paragraphs after cleaning)."""
    return [(start, end) for start, end in line_spans(article.text) if article.text[start:end].strip()]


def render_article_text(article: Article, highlights: Sequence[Highlight], prefix: str) -> str:
    """The article as ``<p>`` elements with highlights as nested ``<mark>`` elements (escaped)."""
    paragraphs = paragraph_ranges(article)
    pieces = _pieces(highlights, paragraphs)
    # Subheadings as the article records them (one rule, shared with every measure).
    heading_starts = {article.sentences[i].start for i in article.subheadings}
    out = []
    for index, (start, end) in enumerate(paragraphs):
        inside = pieces.get(index, [])
        if article.title_span and start == article.title_span[0] and end <= article.title_span[1]:
            css = ' class="headline"'
        elif any(start <= at < end for at in heading_starts):
            css = ' class="subhead"'  # a crosshead inside the article ("Praise and symbolic gifts")
        else:
            css = ""
        out.append(f"<p{css}>{_nest(article.text, start, end, inside, prefix)}</p>")
    return "\n".join(out)


def render_notes(highlights: Sequence[Highlight], article: Article, prefix: str) -> str:
    """The numbered notes under an article: what each highlight is and why it counts."""
    if not highlights:
        return '<p class="none">Nothing in this article was highlighted.</p>'
    items = []
    for number, hl in enumerate(highlights, start=1):
        tags = " ".join(f'<span class="tag tag-{c}">{e(_CATEGORY[c].name)}</span>' for c in hl.categories)
        quoted = " ".join(article.text[hl.start : hl.end].split())
        if len(quoted) > 90:
            quoted = quoted[:87].rsplit(" ", 1)[0] + " \u2026"
        items.append(
            f'<li id="{prefix}-n{number}">{tags} '
            f"<q>{e(quoted)}</q>: {e(hl.why)} "
            f'<a class="back" href="#{prefix}-r{number}">back to the text<span class="sr"> (note {number})</span></a></li>'
        )
    return '<ol class="notes">\n' + "\n".join(items) + "\n</ol>"


# ---------------------------------------------------------------------------------------------
# Page sections



def _summary_table(ctx: ReportContext, labels: list[str]) -> str:
    table = ctx.model.side_by_side()
    if not table:
        return ""
    head = "".join(f'<th scope="col">{e(label)}</th>' for label in labels)
    rows = []
    for spec, values in table:
        cells = "".join(f"<td>{e(value)}</td>" for value in values)
        rows.append(f'<tr><th scope="row">{e(spec.title)}</th>{cells}<td class="means">{e(spec.higher_means)}</td></tr>')
    return (
        '<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">Side by side</h2>\n'
        "<p>Each row is one measure, each column one article; the last column says what a higher number means. "
        "Every number is explained, with its evidence, in report.md and in the highlighted articles below.</p>\n"
        '<div class="scroll" role="region" aria-labelledby="summary-h" tabindex="0"><table class="numbers">'
        f'<thead><tr><th scope="col">Measure</th>{head}<th scope="col">Higher means</th></tr></thead>\n<tbody>'
        + "\n".join(rows)
        + "</tbody></table></div></section>"
    )


def _charts(files: Mapping[str, bytes], alts: Mapping[str, str]) -> str:
    names = [n[len("charts/") : -len(".svg")] for n in sorted(files) if n.startswith("charts/") and n.endswith(".svg")]
    if not names:
        return ""
    ordered = [n for n in alts if n in names] + [n for n in names if n not in alts]
    figures = []
    for name in ordered:
        data = base64.b64encode(files[f"charts/{name}.svg"]).decode("ascii")
        alt = alts.get(name) or f"Chart: {name.replace('_', ' ')}"
        figures.append(
            f'<figure><img src="data:image/svg+xml;base64,{data}" alt="{e(alt)}">'
            f"<figcaption>{e(alt)}</figcaption></figure>"
        )
    return '<section id="charts" aria-labelledby="charts-h"><h2 id="charts-h">Charts</h2>\n' + "\n".join(figures) + "</section>"


def _compare_section(
    view: ComparisonView,
    labels: Mapping[str, str],
    refs: Mapping[tuple[str, int, int, str], str],
) -> str:
    if not view.available:
        return (
            '<section id="compare" aria-labelledby="compare-h"><h2 id="compare-h">What they share and how they differ</h2>'
            "<p>No comparison across articles is available (it needs at least two articles).</p></section>"
        )
    parts = ['<section id="compare" aria-labelledby="compare-h"><h2 id="compare-h">What they share and how they differ</h2>']
    shared = [r for r in view.in_all if r.get("kind") in ASKABLE_KINDS][:12] or list(view.in_all)[:12]
    if shared:
        parts.append("<h3>Every article mentions</h3><p>" + ", ".join(f"\u201c{e(r.get('text'))}\u201d" for r in shared) + "</p>")
    rows = []
    for source in view.sources:
        details = [r for r in view.only_here.get(source, ()) if r.get("kind") in ASKABLE_KINDS][:8]
        if not details:
            continue
        links = []
        for row in details:
            entry = evidence_for(row, source) or {}
            ref = refs.get((source, entry.get("start", -1), entry.get("end", -1), "only_here"))
            text = f"\u201c{e(row.get('text'))}\u201d"
            links.append(f'<a href="#{ref}">{text}</a>' if ref else text)
        rows.append(f'<tr><th scope="row">{e(labels.get(source, source))}</th><td>{", ".join(links)}</td></tr>')
    if rows:
        parts.append(
            "<h3>Only in one article</h3><p>Names, numbers and dates no other article mentions in any form "
            "(most specific first; each links to the highlight in the text).</p>"
            '<table><thead><tr><th scope="col">Article</th><th scope="col">Details only it has</th></tr></thead><tbody>'
            + "\n".join(rows)
            + "</tbody></table>"
        )
    wording = [(source, rows[:6]) for source in view.sources if (rows := view.wording_only.get(source, ()))]
    if wording:
        items = "".join(
            f"<li>{e(labels.get(source, source))}: "
            + "; ".join(f"\u201c{e(r.get('text'))}\u201d" for r in rows) + "</li>"
            for source, rows in wording
        )
        parts.append(f"<h3>Wording only this outlet uses</h3><p>{e(WORDING_ONLY_EXPLANATION)}</p><ul>{items}</ul>")
    omissions = [o for o in view.omissions if o.get("missing_from") in labels]
    if omissions:
        items = []
        for o in omissions[:12]:
            carried = len(o.get("carried_by") or ())
            items.append(
                f"<li>{e(labels[o['missing_from']])} does not mention \u201c{e(o.get('text'))}\u201d "
                f"({carried} of the other articles do).</li>"
            )
        parts.append("<h3>Left out</h3><p>Details most articles include that one article does not mention.</p><ul>" + "".join(items) + "</ul>")
    if view.conflicts:
        items = []
        for conflict in view.conflicts:
            explanation = relabel(str(conflict.get("explanation") or ""), labels)
            links = []
            for side in conflict.get("sides") or ():
                for entry in side.get("evidence") or ():
                    ref = refs.get((entry.get("source"), entry.get("start"), entry.get("end"), "conflict"))
                    if ref:
                        links.append(f'<a href="#{ref}">{e(labels.get(entry.get("source"), ""))}: \u201c{e(entry.get("text"))}\u201d</a>')
            items.append(f"<li>{e(explanation[:1].upper() + explanation[1:])}" + (f" See {'; '.join(links)}." if links else "") + "</li>")
        parts.append("<h3>Disagreements</h3><ul>" + "".join(items) + "</ul>")
    parts.append("</section>")
    return "\n".join(parts)


def _legend(counts: Mapping[str, int], measured: Mapping[str, bool], hidden: Sequence[str] = ()) -> str:
    items = []
    for category in CATEGORIES:
        if category.key == "other" and not counts.get("other"):
            continue
        if not measured.get(category.key, True):
            status = "not measured in this report"
        elif category.key in hidden:
            status = "not marked on this page (left out by the report's highlight setting)"
        else:
            n = counts.get(category.key, 0)
            status = f"{n} highlighted" if n else "none found"
        sample_css = "hl hl-quote spk-0" if category.key == "quote" else f"hl hl-{category.key}"
        items.append(
            f'<li><mark class="{sample_css}">{e(category.name)}</mark> '
            f'<span class="looks">({e(category.looks)}; {e(status)})</span>: {e(category.meaning)}</li>'
        )
    return (
        '<section id="legend" aria-labelledby="legend-h"><h2 id="legend-h">How to read the highlights</h2>\n'
        "<p>Each highlight is followed by a numbered link such as [3]. Hover over a highlight to read why it "
        "counts, or follow the link (keyboard: Tab, then Enter) to the numbered note under the article. "
        "Categories differ by line style and label, not only by colour.</p>\n"
        '<ul class="legend">' + "\n".join(items) + "</ul></section>"
    )


def _voices(analysed: ArticleAnalysis, speakers: SpeakerColours) -> str:
    source = analysed.article.source
    counts: dict[str, int] = {}
    unknown = 0
    for item in analysed.items("quote"):
        key = speakers.voice.get((source, item.start))
        if key is None:
            unknown += 1
        else:
            counts[key] = counts.get(key, 0) + 1
    if not counts and not unknown:
        return ""
    parts = []
    for key in sorted(counts, key=lambda k: speakers.colour.get(k, 99)):
        parts.append(f'<mark class="hl hl-quote {speakers.css_of(key)}">'
                     f"{e(speakers.name.get(key, key))}</mark> ({counts[key]})")
    if unknown:
        parts.append(f'<mark class="hl hl-quote spk-none">speaker unknown</mark> ({unknown})')
    return '<p class="voices">Quoted here (number of quoted passages): ' + ", ".join(parts) + "</p>"


def _worksheet_section(worksheet: Worksheet | None) -> str:
    if worksheet is None:
        return ""
    parts = [
        '<section id="worksheet" aria-labelledby="worksheet-h"><h2 id="worksheet-h">Worksheet</h2>',
        "<p>Answer in your own words and copy the words from the article that show your answer. "
        "The same questions are in worksheet.md.</p>",
    ]
    if not worksheet.questions:
        parts.append("<p>The analysis found nothing to ask about with evidence.</p>")
    for key, heading, questions in worksheet.by_part():
        items = "".join(f'<li value="{n}">{e(q.prompt)}</li>' for n, q in questions)
        parts.append(f'<h3 id="part-{key}">{e(heading)}</h3><ol class="questions">{items}</ol>')
    parts.append("</section>")
    return "\n".join(parts)


def _with_tone_rule(term: str, text: str, ctx: ReportContext) -> str:
    # The glossary states the label band printed from the constant itself, never a copy of it.
    if term != "Tone":
        return text
    return f"{text} {ctx.tone_rule()}."


def _glossary(ctx: ReportContext) -> str:
    terms = "".join(f"<dt>{e(term)}</dt><dd>{e(_with_tone_rule(term, text, ctx))}</dd>" for term, text in GLOSSARY)
    specs = "".join(
        f"<dt>{e(spec.title)}</dt><dd>{e(spec.description)} A higher value means {e(spec.higher_means)}. "
        f"Unit: {e(spec.unit)}.</dd>"
        for spec in ctx.analysis.specs
    )
    return (
        '<section id="glossary" aria-labelledby="glossary-h"><h2 id="glossary-h">Glossary</h2>'
        f"<dl>{terms}</dl><h3>The measures in the side-by-side table</h3><dl>{specs}</dl></section>"
    )


def _findings_section(ctx: ReportContext, refs: Mapping[tuple[str, int, int, str], str]) -> str:
    """Key findings first: each claim links to its highlight in the text, else to its section."""
    model = ctx.model
    items = []
    for finding in model.findings:
        target = f"#{finding.section}"
        for ref in finding.evidence:
            hit = next((v for (source, start, end, _), v in refs.items()
                        if source == ref.source and start <= ref.start and ref.end <= end), None)
            if hit:
                target = f"#{hit}"
                break
        quote, label = finding.quote, finding.quote_label
        shown = f' <span class="quote">{e(label)}: \u201c{e(quote)}\u201d</span>' if quote else ""
        items.append(f'<li>{e(finding.text)}{shown} <a href="{e(target)}">evidence</a></li>')
    body = ("<ol>" + "".join(items) + "</ol>") if items else f"<p>{e(NOTHING_STANDS_OUT)}</p>"
    return f'<section id="findings" aria-labelledby="findings-h"><h2 id="findings-h">Key findings</h2>{body}</section>'


def _inputs_section(ctx: ReportContext) -> str:
    """The "Check the inputs first" warnings, right after the key findings (empty when there are none)."""
    warnings = ctx.model.input_warnings
    if not warnings:
        return ""
    items = "".join(f"<li>⚠ {e(w)}</li>" for w in warnings)
    return ('<section id="inputs" aria-labelledby="inputs-h"><h2 id="inputs-h">Check the inputs first</h2>'
            f"<ul>{items}</ul></section>")


def _differences_section(ctx: ReportContext) -> str:
    """The per-outlet intervals and verdicts, as in report.md."""
    from .differences import LEVEL, STANDS_OUT
    from .model import format_value

    diffs = ctx.model.differences
    if not diffs:
        return ""
    rows = []
    for d in diffs:
        title = ctx.model.measure_title(d.feature)
        verdict = f"<strong>{e(d.verdict)}</strong> ({e(d.direction)})" if d.stands_out else e(d.verdict)
        rows.append(
            f'<tr><th scope="row">{e(title)}</th><td class="means">{e(ctx.model.label(d.source))}</td>'
            f"<td>{e(format_value(d.feature, d.value))}</td>"
            f"<td>{e(format_value(d.feature, d.chance_low))} to {e(format_value(d.feature, d.chance_high))}</td>"
            f'<td>{e(format_value(d.feature, d.others))}</td><td class="means">{verdict}</td></tr>'
        )
    return (
        '<section id="differences" aria-labelledby="differences-h"><h2 id="differences-h">Which differences stand out</h2>'
        "<p>The range is where the article's value would fall, "
        f"{LEVEL:.0%} of the time, if its sentences were drawn at random from all the articles together. A value "
        f"outside it <strong>{e(STANDS_OUT)}</strong>; inside, it is within what chance alone would give "
        "(see the glossary).</p>"
        '<details><summary>Show every article and measure</summary>'
        '<div class="scroll" role="region" aria-labelledby="differences-h" tabindex="0"><table class="numbers">'
        '<thead><tr><th scope="col">Measure</th><th scope="col">Article</th><th scope="col">Value</th>'
        '<th scope="col">Range chance alone would give</th><th scope="col">Other articles</th><th scope="col">Verdict</th></tr></thead><tbody>'
        + "".join(rows) + "</tbody></table></div></details></section>"
    )


def _quoted_loaded(analysed: ArticleAnalysis) -> str:
    """The loaded words found inside quotations, listed as report.md lists them: they are counted
    (\u201cLoaded words in quotations per 100 sentences\u201d) but never highlighted in the text."""
    words = quoted_words(analysed)
    if not words:
        return ""
    listed = ", ".join(f"\u201c{e(word)}\u201d" for word in words)
    return f'<p class="quoted-loaded">{e(QUOTED_LEAD)} {listed}.</p>'


def _fine_detail(analysed: ArticleAnalysis) -> str:
    """Voice segments and other fine detail, closed by default: a class opens them on demand."""
    items = [item for kind in FINE_DETAIL_KINDS for item in analysed.items(kind)]
    if not items:
        return ""
    rows = []
    for item in items:
        voice = "quoted words" if item.attrs.get("voice") == "quoted" else "own words"
        value = item.attrs.get("value")
        tone = f"tone {fmt(float(value), 2)}" if isinstance(value, (int, float)) else ""
        rows.append(f"<li><span class=\"tag\">{e(voice)}</span> <q>{e(' '.join(item.text.split()))}</q> {e(tone)}</li>")
    return ('<details class="fine"><summary>Fine detail: the tone of the outlet\u2019s own words and of quoted words '
            f"({len(items)} voice segments)</summary><ul>" + "".join(rows) + "</ul></details>")


def _made(ctx: ReportContext, labels: Mapping[str, str]) -> str:
    manifest = getattr(ctx, "manifest", None) or {}
    removed = []
    for analysed in ctx.analysis.articles:
        for texts, count, reason in removal_lines(analysed.article.removed):
            removed.append(f"<li>{e(labels[analysed.article.source])}: {quoted_removal(texts, count, e)} ({e(reason)})</li>")
    lines = [
        '<footer id="made" aria-labelledby="made-h"><h2 id="made-h">How this page was made</h2>',
        "<p>biaslens measures how a text is written, by rules and word lists; it does not say an outlet is "
        "right or wrong. Check every highlight against the text.</p>",
        f"<p>biaslens {e(manifest.get('biaslens', '?'))}; extractors: "
        + e(", ".join(f"{k} {v}" for k, v in sorted((manifest.get("extractors") or {}).items())) or "?")
        + ".</p>",
    ]
    if manifest.get("input_fingerprint"):
        lines.append(f"<p>Input fingerprint (SHA-256): <code>{e(manifest['input_fingerprint'])}</code></p>")
    lines.append("<h3>Removed before analysis</h3>")
    lines.append("<ul>" + "".join(removed) + "</ul>" if removed else "<p>Nothing was removed.</p>")
    lines.append("</footer>")
    return "\n".join(lines)


STYLE = """
:root{--ink:#111;--paper:#fff;--link:#0b3d91;--muted:#444}
*{box-sizing:border-box}
html{font-size:112.5%}
body{margin:0 auto;max-width:60rem;padding:1rem 1.25rem 4rem;color:var(--ink);background:var(--paper);
 font-family:Georgia,"Times New Roman",serif;line-height:1.6}
h1,h2,h3,h4,nav,table,.legend,.notes,.tag,.ref,figcaption,.meta,.voices,.banner,footer{font-family:Verdana,Arial,sans-serif}
h1{font-size:1.8rem;line-height:1.25}h2{font-size:1.45rem;margin-top:2.5rem;border-bottom:3px solid #111}
h3{font-size:1.2rem}
a{color:var(--link)}
a:focus-visible,[tabindex]:focus-visible{outline:4px solid #111;outline-offset:2px;background:#ffeb3b;color:#111}
.skip{position:absolute;left:-999rem}.skip:focus{left:1rem;top:1rem;background:#ffeb3b;color:#111;padding:.5rem;z-index:9}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.banner{border:3px solid #111;padding:.6rem 1rem;background:#f2f2f2;font-weight:bold}
nav ol{columns:2;font-size:.95rem}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0 1rem}
th,td{border:1px solid #777;padding:.3rem .5rem;text-align:left;vertical-align:top}
.numbers td{text-align:right;font-variant-numeric:tabular-nums}.numbers td.means{text-align:left}
thead th{background:#e8e8e8}
.scroll{overflow-x:auto}
figure{margin:1rem 0}figure img{max-width:100%;height:auto;border:1px solid #ccc;background:#fff}
figcaption{font-size:.9rem;color:var(--muted)}
.article{border-top:6px double #111;margin-top:2.5rem}
.meta{font-size:.9rem;color:var(--muted)}
.text p{font-size:1.15rem;max-width:42rem}
.text p.subhead{font-weight:bold;font-family:Verdana,Arial,sans-serif;font-size:1.05rem;margin-top:1.6rem}
.text p.headline{font-size:1.35rem;font-weight:bold;font-family:Verdana,Arial,sans-serif}
mark{background:none;color:inherit}
mark.words{font-weight:bold;text-decoration:underline 2px;text-underline-offset:3px}
.hl{-webkit-box-decoration-break:clone;box-decoration-break:clone;color:#111}
.hl-quote{background:#eee;padding:0 .1em}
.spk-0{background:#ffe08a}.spk-1{background:#b9e2ff}.spk-2{background:#c3efb9}.spk-3{background:#f8c8e1}
.spk-4{background:#dcd0ff}.spk-5{background:#ffd0a8}.spk-6{background:#bff0ea}.spk-7{background:#e8e3c9}
.spk-other{background:#e0e0e0}.spk-none{background:#fff;outline:2px dashed #555;outline-offset:-1px}
.hl-only_here{border:2px solid #1b5e20;border-radius:3px;padding:0 .1em}
.hl-conflict{background:#ffd6d6;text-decoration:underline wavy #b00020 2px;text-underline-offset:4px}
.hl-sourcing{text-decoration:underline dashed #0d47a1 3px;text-underline-offset:5px}
.hl-epistemic{text-decoration:underline dotted #6a1b9a 3px;text-underline-offset:5px}
.hl-booster{font-weight:bold;text-decoration:underline double #8d4000 3px;text-underline-offset:4px}
.hl-loaded{color:#7a1500;background:#ffe9d6;text-decoration:underline solid #b33c00 3px;text-underline-offset:4px}
.hl-label{color:#1b4d1b;text-decoration:underline solid #2e7d32 2px;text-underline-offset:6px}
.hl-event_name{color:#1a237e;text-decoration:overline dashed #1a237e 2px}
.hl-other{outline:2px dotted #555}
.ref{font-family:Verdana,Arial,sans-serif;font-size:.75em;vertical-align:super;line-height:0;text-decoration:none;
 padding:0 .1em;white-space:nowrap}
.legend{list-style:none;padding:0}.legend li{margin:.6rem 0}.looks{color:var(--muted);font-size:.9rem}
.notes{font-size:.95rem}.notes li{margin:.35rem 0}.notes li:target{background:#fff3bf;outline:3px solid #111}
.tag{display:inline-block;border:1px solid #111;border-radius:3px;padding:0 .3rem;font-size:.8rem;font-weight:bold}
.questions li{margin:.6rem 0}
dt{font-weight:bold;margin-top:.6rem}dd{margin-left:1.2rem}
#findings li{margin:.6rem 0;font-size:1.1rem}#findings .quote{display:block;color:var(--muted);font-size:.95rem}
details{margin:.6rem 0}summary{cursor:pointer;font-family:Verdana,Arial,sans-serif;font-weight:bold}
.fine ul{font-size:.9rem}
@media (prefers-reduced-motion:no-preference){html{scroll-behavior:smooth}}
@media print{
 html{font-size:11pt}body{max-width:none;padding:0}
 nav,.skip,.back{display:none}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 .article{break-before:page}h2,h3{break-after:avoid}figure,tr,.notes li{break-inside:avoid}
 a{color:#111;text-decoration:none}
 .text p{font-size:11pt;max-width:none}
}
"""


def render_html(
    ctx: ReportContext,
    worksheet: Worksheet | None = None,
    blind: bool = False,
    chart_alts: Mapping[str, str] | None = None,
    highlight: Sequence[str] | None = None,
) -> bytes:
    """Return report.html as UTF-8 bytes (see the module docstring for what the page holds).

    Call after the markdown report so ``ctx.files`` holds the charts; ``chart_alts`` maps a
    chart name to its alt text (as recorded by :meth:`ReportContext.add_chart`). ``highlight``
    names the categories boxed in the text (``None``: all of :data:`CATEGORIES`); the others
    are left unmarked, so a class sees only what the lesson is about.
    """
    analysis = ctx.analysis
    articles = list(analysis.articles)
    labels = {a.article.source: ctx.label(a) for a in articles}
    view = ctx.model.comparison_view
    speakers = speaker_classes(ctx)
    measured = {
        "quote": any(s.name.startswith("quotes.") for s in analysis.specs) or any(a.items("quote") for a in articles),
        "only_here": view.available,
        "conflict": view.available,
    }
    has_hedges = any(a.items("hedge") for a in articles) or any(s.name.startswith("hedging.") for s in analysis.specs)
    for key in ("sourcing", "epistemic", "booster"):
        measured[key] = has_hedges
    # A category the teacher left out is not "none found": the legend says it is not shown.
    hidden = [c.key for c in CATEGORIES if highlight is not None and c.key not in highlight]
    measured["loaded"] = any(s.name.startswith("loaded.") for s in analysis.specs)
    measured["label"] = bool(ctx.model is not None and ctx.model.entity_labels)
    measured["event_name"] = bool(ctx.model is not None and ctx.model.event_names)
    counts: dict[str, int] = {}
    refs: dict[tuple[str, int, int, str], str] = {}
    article_html = []
    for index, analysed in enumerate(articles, start=1):
        article = analysed.article
        prefix = f"a{index}"
        extra = word_choice_highlights(ctx.model, article.source)
        highlights = only_categories(collect_highlights(analysed, view, labels, speakers, extra), highlight)
        for number, hl in enumerate(highlights, start=1):
            for category in hl.categories:
                counts[category] = counts.get(category, 0) + 1
                refs.setdefault((article.source, hl.start, hl.end, category), f"{prefix}-r{number}")
        words = analysed.score("readability.words")
        meta = [f"File: {e(article.source)}"]
        if article.published:
            meta.append(f"Published: {e(article.published)}")
        if words is not None and words.value is not None:
            meta.append(f"{e(fmt(words.value, 0))} words")
        meta.append(f"{len(highlights)} highlight{'s' if len(highlights) != 1 else ''}")
        article_html.append(
            f'<article class="article" id="{prefix}" aria-labelledby="{prefix}-h">'
            f'<h3 id="{prefix}-h">{e(labels[article.source])}: {e(article.title or NO_HEADLINE)}</h3>'
            f'<p class="meta">{META_SEPARATOR.join(meta)}</p>'
            + (_voices(analysed, speakers) if "quote" not in hidden else "")
            + f'<div class="text">{render_article_text(article, highlights, prefix)}</div>'
            + f'<h4 id="{prefix}-notes">Why each highlight counts</h4>'
            + render_notes(highlights, article, prefix)
            + _quoted_loaded(analysed)
            + _fine_detail(analysed)
            + "</article>"
        )
    title = ctx.model.heading
    overview = "".join(
        f'<tr><th scope="row"><a href="#a{i}">{e(labels[a.article.source])}</a>{e(wire_note(a.article))}</th>'
        f'<td>{e(a.article.title or NO_HEADLINE)}</td>'
        f"<td>{e(fmt(a.value('readability.words'), 0))}</td></tr>"
        for i, a in enumerate(articles, start=1)
    )
    nav = [
        ("findings", "Key findings"),
        ("inputs", "Check the inputs first"),
        ("changes", "What changed"),
        ("articles-list", "The articles"),
        ("summary", "Side by side"),
        ("differences", "Which differences stand out"),
        ("charts", "Charts"),
        ("compare", "What they share and how they differ"),
        ("labels", "How each outlet describes them"),
        ("event-names", "How each outlet names the event"),
        ("legend", "How to read the highlights"),
        ("read", "The articles in full"),
        ("worksheet", "Worksheet"),
        ("glossary", "Glossary"),
        ("made", "How this page was made"),
    ]
    charts = _charts(ctx.files, chart_alts or {})
    if not charts:
        nav = [n for n in nav if n[0] != "charts"]
    if worksheet is None:
        nav = [n for n in nav if n[0] != "worksheet"]
    if not ctx.model.changes:
        nav = [n for n in nav if n[0] != "changes"]
    if not ctx.model.input_warnings:
        nav = [n for n in nav if n[0] != "inputs"]
    if not ctx.model.differences:
        nav = [n for n in nav if n[0] != "differences"]
    if not ctx.model.entity_labels:
        nav = [n for n in nav if n[0] != "labels"]
    if not ctx.model.event_names:
        nav = [n for n in nav if n[0] != "event-names"]
    labels_list = [labels[a.article.source] for a in articles]
    body = [
        '<a class="skip" href="#read">Skip to the articles</a>',
        f"<header><h1>{e(title)}</h1>",
        f"<p>biaslens compared {len(articles)} article{'s' if len(articles) != 1 else ''} about one event. "
        "Every highlight below says why it counts, so you can check it on the text itself. The measures "
        "describe <em>how</em> a text is written; they do not say an outlet is right or wrong.</p>",
    ]
    if blind:
        body.append(
            '<p class="banner">Blind mode: outlet names are hidden and replaced by Outlet A, Outlet B and so on. '
            "Your teacher has the answer key.</p>"
        )
    body.append("</header>")
    body.append(one_event_html(ctx.model.mixed_events))
    body.append(_findings_section(ctx, refs))
    body.append(_inputs_section(ctx))
    body.append(changes_html(ctx.model))
    body.append('<nav aria-label="Contents"><h2>Contents</h2><ol>' + "".join(f'<li><a href="#{i}">{e(t)}</a></li>' for i, t in nav) + "</ol></nav>")
    body.append(
        '<section id="articles-list" aria-labelledby="articles-list-h"><h2 id="articles-list-h">The articles</h2>'
        '<table><thead><tr><th scope="col">Article</th><th scope="col">Headline</th><th scope="col">Words</th></tr></thead>'
        f"<tbody>{overview}</tbody></table></section>"
    )
    body += [
        _summary_table(ctx, labels_list),
        _differences_section(ctx),
        charts,
        _compare_section(view, labels, refs),
        labels_html(ctx.model),
        events_html(ctx.model),
        _legend(counts, measured, hidden),
        '<section id="read" aria-labelledby="read-h"><h2 id="read-h">The articles in full</h2>',
        *article_html,
        "</section>",
        _worksheet_section(worksheet),
        _glossary(ctx),
        _made(ctx, labels),
    ]
    return html_page(title, STYLE, [part for part in body if part])


def html_page(title: str, style: str, parts: list[str]) -> bytes:
    """A whole self-contained page: every page biaslens writes gets the same head, so the same
    Content-Security-Policy (no scripts, nothing fetched) and no referrer. ``title`` is escaped;
    ``parts`` are HTML already escaped by their makers."""
    page = (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(title)}</title>\n<style>{style}</style>\n</head>\n<body>\n"
        + "\n".join(parts)
        + "\n</body>\n</html>\n"
    )
    return page.encode("utf-8")


__all__ = [
    "CATEGORIES",
    "CSP",
    "html_page",
    "Highlight",
    "SpeakerColours",
    "collect_highlights",
    "paragraph_ranges",
    "render_article_text",
    "render_html",
    "render_notes",
    "speaker_classes",
]
