"""The classroom worksheet: questions generated from what the analysis found, with an answer key.

A media-literacy lesson asks three things about several articles on one event; the worksheet
has one part for each:

1. **What do they all include?** details every article carries;
2. **How are they different?** a detail only one article has, a detail one article leaves out,
   a voice only one article quotes, two articles that disagree;
3. **Where is the evidence?** a sourcing hedge, an uncertain word, a booster, the easiest
   article to read, the most negative sentences.

Every question is about something the analysis found *with evidence*, and its answer quotes
that evidence. A question type whose data is absent (no comparison, no hedge extractor, one
article only) is skipped, so the worksheet never asks what nobody can answer.

``worksheet.md`` holds the questions, ``worksheet_answers.md`` the answers; the HTML report
shows the questions too (:func:`build_worksheet` returns data both renderers use).

This module also reads the comparison defensively (:func:`read_comparison`): the HTML report
uses the same view, so the worksheet and the highlighted articles always agree.
"""

from __future__ import annotations

import re
from itertools import zip_longest

from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, Mapping

from ..records import Article, ArticleAnalysis, per_article
from .context import ReportContext, fmt, md_text
from ..names import acronym_of, is_given_name, is_place_name, name_words
from ..quotes import reporting_verbs
from ..details import stem
# The verbs of saying that open a reported clause: one list, events.py's.
from ..events import CLAUSE_VERBS
from ..loaded import SAYING_KIND
from ..similarity import english_stop_words
from ..text import ascii_folded
from ..values import dates, quantities
from .quotes_section import speaker_key, voice_of

PARTS = (
    ("include", "What do they all include?"),
    ("differ", "How are they different?"),
    ("evidence", "Where is the evidence?"),
)
# Detail kinds a student can look for; phrases ("trade deal") are too loose to ask about.
ASKABLE_KINDS = ("number", "date", "entity")
_KIND_RANK = {"number": 0, "date": 1, "entity": 2, "quote": 3, "phrase": 4}
MAX_ONLY_HERE_QUESTIONS = 3
MAX_OMISSION_QUESTIONS = 2
MAX_CONFLICT_QUESTIONS = 2


# ---------------------------------------------------------------------------------------------
# Reading the comparison


@dataclass(frozen=True)
class ComparisonView:
    """The parts of a comparison the classroom outputs use, keyed by article ``source``.

    ``only_here`` maps a source to its detail rows no other article has (most informative
    first); ``in_all`` lists rows every article has; ``conflicts`` and ``omissions`` are the
    comparison's own dicts. Rows are the dicts of ``comparison.to_dict()["details"]``.
    """

    sources: tuple[str, ...]
    details: tuple[Mapping[str, Any], ...] = ()
    only_here: Mapping[str, tuple[Mapping[str, Any], ...]] = field(default_factory=dict)
    #: Per source, the phrases only it words this way (``comparison.wording_only_in``): wording,
    #: never a fact only it reports, so no question and no key finding uses them.
    wording_only: Mapping[str, tuple[Mapping[str, Any], ...]] = field(default_factory=dict)
    in_all: tuple[Mapping[str, Any], ...] = ()
    conflicts: tuple[Mapping[str, Any], ...] = ()
    omissions: tuple[Mapping[str, Any], ...] = ()
    #: Pairs of values only a reader can tell apart (``comparison.conflicts_to_check``): never a
    #: question, but a value in one is contested, so no "only one article" question uses it.
    conflicts_to_check: tuple[Mapping[str, Any], ...] = ()
    #: The cast's kind ("person", "place", ...) of the entity named at ``(source, start, end)``.
    entity_kinds: Mapping[tuple[str, int, int], str] = field(default_factory=dict)
    #: ``comparison.different_occurrences``: the outlets date the central event to different days
    #: (:mod:`biaslens.occurrences`), so "only here", "left out" and conflicts may compare
    #: different happenings. ``None`` when they do not.
    occurrences: Mapping[str, Any] | None = None

    def entity_kind(self, row: Mapping[str, Any]) -> str | None:
        """The cast's kind of the entity an entity detail ``row`` names (``None`` if unknown).

        The cast mention must cover the detail's own words: "U.S." at the start of "U.S. Rep.
        Chaffetz" is a place even though a person's mention starts at the same offset.
        """
        for entry in row.get("evidence") or ():
            if not isinstance(entry, Mapping):
                continue
            source, start = str(entry.get("source")), int(entry.get("start") or 0)
            end = int(entry.get("end") or start)
            kinds = [(m_end - m_start, kind) for m_start, m_end, kind in self._kinds_by_source.get(source, ())
                     if m_start <= start and end <= m_end]
            if kinds:
                return min(kinds)[1]  # the tightest mention around the detail
        return None

    @cached_property
    def _kinds_by_source(self) -> dict[str, list[tuple[int, int, str]]]:
        # entity_kinds grouped by source, in its own order (so ties break as before): a long
        # story asks for a kind per detail, and scanning every mention of every article each
        # time grew with details x articles.
        grouped: dict[str, list[tuple[int, int, str]]] = {}
        for (source, m_start, m_end), kind in self.entity_kinds.items():
            grouped.setdefault(source, []).append((m_start, m_end, kind))
        return grouped

    @property
    def available(self) -> bool:
        """True when there is a comparison of at least two articles to ask about."""
        return len(self.sources) > 1 and bool(self.details or self.conflicts or self.omissions)


def comparison_dict(comparison: Any) -> dict[str, Any]:
    """Return the comparison as a plain dict (``{}`` when there is none)."""
    if comparison is None:
        return {}
    if hasattr(comparison, "to_dict"):
        comparison = comparison.to_dict()
    return comparison if isinstance(comparison, dict) else {}


def read_comparison(comparison: Any, sources: tuple[str, ...]) -> ComparisonView:
    """Read ``comparison`` (an object with ``to_dict()``, a dict, or ``None``) defensively.

    Missing keys give empty lists. "Only here" comes from the comparison's ``only_in`` when
    present (its stricter rules), else from details found in exactly one article.
    """
    data = comparison_dict(comparison)
    if not data or data.get("comparable") is False:
        return ComparisonView(sources)
    rows = tuple(r for r in data.get("details") or () if isinstance(r, Mapping))
    by_id = {r.get("id"): r for r in rows if r.get("id") is not None}
    only_here: dict[str, tuple[Mapping[str, Any], ...]] = {}
    only_in = data.get("only_in")
    if isinstance(only_in, Mapping):
        for source in sources:
            only_here[source] = tuple(by_id[i] for i in only_in.get(source, ()) if i in by_id)
    else:
        for source in sources:
            # A phrase is wording, not a fact: word matching cannot show another article lacks it.
            found = [r for r in rows if list(r.get("articles") or ()) == [source] and r.get("kind") != "phrase"]
            only_here[source] = tuple(sorted(found, key=lambda r: -float(r.get("informativeness") or 0)))
    in_all = tuple(r for r in rows if set(r.get("articles") or ()) >= set(sources)) if len(sources) > 1 else ()
    wording = data.get("wording_only_in")
    wording_only = {source: tuple(by_id[i] for i in wording.get(source, ()) if i in by_id)
                    for source in sources} if isinstance(wording, Mapping) else {}
    return ComparisonView(
        sources=sources,
        details=rows,
        only_here=only_here,
        wording_only=wording_only,
        in_all=in_all,
        conflicts=tuple(c for c in data.get("conflicts") or () if isinstance(c, Mapping)),
        omissions=tuple(o for o in data.get("omissions") or () if isinstance(o, Mapping)),
        conflicts_to_check=tuple(c for c in data.get("conflicts_to_check") or () if isinstance(c, Mapping)),
        entity_kinds={
            (str(m.get("source")), int(m.get("start") or 0), int(m.get("end") or 0)): str(e.get("kind"))
            for e in data.get("entities") or () if isinstance(e, Mapping)
            for m in e.get("mentions") or () if isinstance(m, Mapping)
        },
        occurrences=data.get("different_occurrences") if isinstance(data.get("different_occurrences"), Mapping) else None,
    )


def evidence_for(row: Mapping[str, Any], source: str) -> Mapping[str, Any] | None:
    """Return ``row``'s evidence entry for ``source`` (``None`` when absent)."""
    for entry in row.get("evidence") or ():
        if isinstance(entry, Mapping) and entry.get("source") == source:
            return entry
    return None


def _entry_spans(entries: list[Mapping[str, Any] | None]) -> tuple[tuple[str, int, int], ...]:
    """``(source, start, end)`` of each comparison evidence entry's sentence (its own span when
    no sentence is given), in order; absent entries are skipped as :func:`evidence_sentence` is."""
    out = []
    for entry in entries:
        if not entry:
            continue
        sentence = entry.get("sentence")
        where = sentence if isinstance(sentence, Mapping) and sentence.get("text") else entry
        out.append((str(entry.get("source")), int(where.get("start") or 0), int(where.get("end") or 0)))
    return tuple(out)


def evidence_sentence(entry: Mapping[str, Any] | None) -> str:
    """The sentence of a comparison evidence entry (its own text when no sentence is given)."""
    if not entry:
        return ""
    sentence = entry.get("sentence")
    if isinstance(sentence, Mapping) and sentence.get("text"):
        return str(sentence["text"])
    return str(entry.get("text") or "")


def relabel(text: str, labels: Mapping[str, str]) -> str:
    """Replace article sources (file names) in ``text`` by display labels, longest first."""
    for source in sorted(labels, key=len, reverse=True):
        text = text.replace(source, labels[source])
    return text


# ---------------------------------------------------------------------------------------------
# Questions


@dataclass(frozen=True)
class Question:
    """One worksheet question: plain text (renderers escape it) and its answer with evidence.

    ``part`` is one of :data:`PARTS`' keys; ``kind`` names the question type ("only_here",
    "sourcing_hedge", ...); ``evidence`` lists ``(article label, sentence)`` pairs that back the
    answer, ``spans`` their offsets and ``basis`` the claim the answer makes.
    """

    part: str
    kind: str
    prompt: str
    answer: str
    evidence: tuple[tuple[str, str], ...] = ()
    #: Where each ``evidence`` sentence is, in the same order: ``(source, start, end)`` with
    #: ``article.text[start:end]`` equal to the sentence, so a teacher can find it and
    #: :func:`check_question` can prove it is there.
    spans: tuple[tuple[str, int, int], ...] = ()
    #: What the answer claims, in a form :func:`check_question` tests against the report data:
    #: ``("in_all", "", detail id, ...)``, ``("only_here", source, detail id)``, ``("left_out", source, detail id,
    #: other sources that leave it out ...)``,
    #: ``("quoted_only", source, entity id, ...)``, ``("own_words", source, start, end, ...)``.
    basis: tuple[str, ...] = ()


@dataclass(frozen=True)
class Worksheet:
    """The questions, in part order, and the articles they are about (label, headline)."""

    title: str
    articles: tuple[tuple[str, str], ...]
    questions: tuple[Question, ...]

    def by_part(self) -> list[tuple[str, str, list[tuple[int, Question]]]]:
        """Return ``(part key, heading, [(number, question)])`` for parts that have questions."""
        numbered = list(enumerate(self.questions, start=1))
        out = []
        for key, heading in PARTS:
            chosen = [(n, q) for n, q in numbered if q.part == key]
            if chosen:
                out.append((key, heading, chosen))
        return out


def build_worksheet(ctx: ReportContext) -> Worksheet:
    """Generate the worksheet from the analysis and comparison in ``ctx`` (pure, deterministic)."""
    analysed = list(ctx.analysis.articles)
    labels = {a.article.source: ctx.label(a) for a in analysed}
    view = ctx.model.comparison_view
    questions: list[Question] = []
    questions += _shared_questions(view, labels, ctx.analysis.story.title)
    questions += _caveat(_only_here_questions(view, labels, ctx), view)
    questions += _caveat(_omission_questions(view, labels, ctx), view)
    questions += _quote_questions(analysed, labels, ctx)
    questions += _caveat(_conflict_questions(view, labels), view)
    questions += _hedge_questions(analysed, labels)
    questions += _loaded_questions(analysed, labels)
    questions += _label_questions(ctx.model, labels)
    questions += _event_questions(ctx.model, labels)
    questions += _readability_questions(analysed, labels, ctx.model)
    questions += _tone_questions(analysed, labels, ctx.model)
    # The guard: a question whose answer the report's own data contradicts is not asked.
    questions = [q for q in questions if check_question(q, ctx) is None]
    # A question asked twice in the same words cannot be told apart by a student: ask it once.
    asked: dict[str, Question] = {}
    for q in questions:
        asked.setdefault(q.prompt, q)
    questions = list(asked.values())
    order = {key: index for index, (key, _) in enumerate(PARTS)}
    questions.sort(key=lambda q: order[q.part])  # stable: keeps the order within a part
    return Worksheet(
        title=ctx.model.story_name,
        articles=tuple((labels[a.article.source], a.article.title or "(no headline given)") for a in analysed),
        questions=tuple(questions),
    )


def _askable(row: Mapping[str, Any], story_title: str = "") -> bool:
    text = str(row.get("text") or "")
    if row.get("kind") not in ASKABLE_KINDS or len(text) < 3:
        return False
    # A detail in the story's own title (Trump, Tokyo) is not worth a question.
    return text.lower() not in story_title.lower()


# A day of the month: "date:?-12-27", "date:2001-09-11". A weekday, a month, a year or a decade
# alone ("Saturday", "June", "2012", "the 1990s") dates nothing a student can check without the
# event it belongs to, and another outlet often dates the same event in other words.
_DAY_OF_MONTH = re.compile(r"^date:[^-]*-\d\d-\d\d$")
# Scale words that are no value on their own: "thousand years" is a piece of "a thousand years".
_BARE_SCALE = ("hundred", "thousand", "million", "billion", "trillion", "dozen")


def worth_asking(row: Mapping[str, Any], entity_kind: str | None = None, story_title: str = "") -> bool:
    """Whether the detail ``row`` (a ``comparison.details`` dict) is worth a "only one article" or
    "left out" question: a fact a student can find and that means something on its own.

    Kept: an amount of money, a percentage, a count of something named ("15 stories"), a
    full date with its day ("Dec. 27th"), a person (``entity_kind`` from the cast) or a name of
    two words or more ("Book of Mormon"). Dropped: a weekday, month, year or decade alone; a
    length of time ("eleven days", "more than a month": what it counts from is elsewhere); a
    count of one; a fragment ("10 held" of "10 held by Republicans", "51 project" of "the Park 51
    project", "thousand years" of "a thousand years"); a one-word name that is no person
    ("Congress", "Iowa").
    """
    if not _askable(row, story_title):
        return False
    text, key, kind = str(row.get("text") or ""), str(row.get("key") or ""), row.get("kind")
    if kind == "date":
        return bool(_DAY_OF_MONTH.match(key))
    if kind == "number":
        slot = str(row.get("slot") or "")
        if key.startswith("duration:") or "duration" in slot or (
                slot.startswith("amount of ") and slot.split()[-1] in _TIME_UNITS):
            return False
        if text.split()[0].lower() in _BARE_SCALE or key.startswith("count:1:"):
            return False
        unit = key.rsplit(":", 1)[-1] if key.startswith("count:") else ""
        if unit.endswith(("ed", "ing")):
            return False  # a verb after the number: "10 tied", not a count of things
        return not any(_inside_name(entry) or _before_by(entry)
                       for entry in row.get("evidence") or () if isinstance(entry, Mapping))
    if kind == "entity":
        # "John" alone (a given name) says nothing a student can look up.
        return len(text.split()) >= 2 or (entity_kind == "person" and not is_given_name(text.lower()))
    return False


_TIME_UNITS = frozenset({"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                         "month", "months", "year", "years", "decade", "decades", "century", "centuries"})


def _before_by(entry: Mapping[str, Any]) -> bool:
    """Whether "by" follows a number's evidence: "10 held by Republicans", where the word after
    the number is a verb (irregular "held", "won", "led") and the count is a piece of a clause."""
    sentence = entry.get("sentence")
    if not isinstance(sentence, Mapping) or not sentence.get("text"):
        return False
    after = str(sentence["text"])[max(0, int(entry.get("end") or 0) - int(sentence.get("start") or 0)):]
    return after.lstrip().lower().startswith("by ")


def _inside_name(entry: Mapping[str, Any]) -> bool:
    """Whether a number's evidence stands right after a capitalised word that does not open the
    sentence: "the Park 51 project", where the number is part of a name."""
    sentence = entry.get("sentence")
    if not isinstance(sentence, Mapping) or not sentence.get("text"):
        return False
    before = str(sentence["text"])[: max(0, int(entry.get("start") or 0) - int(sentence.get("start") or 0))]
    words = before.split()
    return len(words) >= 2 and words[-1][:1].isupper() and words[-1].isalpha()


def _rank(row: Mapping[str, Any]) -> tuple[int, float, str]:
    return (_KIND_RANK.get(str(row.get("kind")), 9), -float(row.get("informativeness") or 0), str(row.get("id", "")))


def _shared_questions(view: ComparisonView, labels: Mapping[str, str], story_title: str) -> list[Question]:
    if not view.available or not view.in_all:
        return []
    # A row matched across articles through the cast or a synonym can carry one article's words
    # ("Congressional Republicans") for another that never writes them (fox's "R-Texas" beside a
    # senator's name): ask only about words every article's own sentence shows.
    rows = [r for r in sorted(view.in_all, key=_rank) if _shown_by_all(r, view)]
    # Prefer numbers, dates and names; fall back on phrases when that is all every article has.
    chosen = ([r for r in rows if worth_asking(r, view.entity_kind(r), story_title)][:3]
              or [r for r in rows if _askable(r, story_title)][:3] or rows[:3])
    if not chosen:
        return []
    names = [f"“{r.get('text')}”" for r in chosen]
    n = len(view.sources)
    questions = [
        Question(
            "include",
            "all_include",
            f"All {n} articles mention {_join(names)}. Pick one of them and copy the sentence where each "
            "article mentions it. Do the articles say the same thing about it?",
            "Every article mentions " + _join(names) + ". The sentences are below; compare what each adds "
            "around the shared detail.",
            tuple(
                (labels.get(source, source), evidence_sentence(evidence_for(row, source)))
                for row in chosen[:1]
                for source in view.sources
                if evidence_for(row, source)
            ),
            _entry_spans([evidence_for(row, source) for row in chosen[:1] for source in view.sources]),
            ("in_all", "", *(str(r.get("id")) for r in chosen)),
        )
    ]
    return questions


def _shown_by_all(row: Mapping[str, Any], view: ComparisonView) -> bool:
    """Whether every article's evidence sentence for ``row`` shows the row's own words (a person's
    surname, a number beside its unit, a date's day and month count as its words)."""
    person = view.entity_kind(row) == "person"
    for source in view.sources:
        entry = evidence_for(row, source)
        if entry is None or not writes(row, evidence_sentence(entry), person):
            return False
    return True


def writes(row: Mapping[str, Any], text: str, person: bool = False) -> str | None:
    """The words of ``text`` that name the detail ``row`` in words of its own, or ``None``: the
    forms of :func:`carried_in` and, for a name, one of its words in any ending ("Democratic" for
    "Democrat", "Conference" of "United States Conference of Catholic Bishops") or its initials
    ("WSJ" for "Wall Street Journal", "N.Y." for "New York"). Not a pronoun, a description or an abbreviation of a party
    beside a name ("R-Texas" is no mention of "Congressional Republicans")."""
    found = carried_in(row, text, person)
    if found or row.get("kind") != "entity":
        return found
    words = [w for w in name_words(str(row.get("text") or "")) if w[:1].isupper()]
    for word in words:
        if len(word) >= 4 and word.lower() not in english_stop_words():
            m = re.search(r"(?<![\w])" + re.escape(word) + r"\w*", text, re.I)
            if m:
                return m.group(0)
    initials = acronym_of([w.lower() for w in words]).upper()
    if len(initials) >= 2:
        # Initials with dots ("N.Y." in "D-N.Y.") name a name of two words; without dots only of
        # three or more ("WSJ"): two bare capitals are too often something else.
        dotted = re.search(r"(?<![\w.])" + re.escape(".".join(initials)) + r"\.", text)
        if dotted:
            return dotted.group(0)
    return _whole_words(initials, text) if len(initials) >= 3 and len(words) >= 3 else None


def _caveat(questions: list[Question], view: ComparisonView) -> list[Question]:
    """``questions`` (only here, left out, disagree) with a caveat in prompt and answer when the
    outlets date the central event to different days: the claim may compare different happenings
    (two meetings four days apart), and a student should weigh it so."""
    if not view.occurrences:
        return questions
    noun = str(view.occurrences.get("noun") or "event")
    note = (f" Careful: the articles may report different {noun}s (they give different days for it), so "
            "a difference here may only mean that.")
    return [replace(q, prompt=q.prompt + note, answer=q.answer + note) for q in questions]


def _only_here_questions(view: ComparisonView, labels: Mapping[str, str], ctx: ReportContext) -> list[Question]:
    if not view.available:
        return []
    story_title = ctx.analysis.story.title
    # Round-robin over articles so the questions are not all about one outlet.
    per_source = [
        [
            r
            for r in view.only_here.get(source, ())
            if worth_asking(r, view.entity_kind(r), story_title) and only_here_doubt(r, source, ctx) is None
        ]
        for source in view.sources
    ]
    per_source = [sorted(rows, key=_rank) for rows in per_source]
    picked: list[tuple[str, Mapping[str, Any]]] = []
    depth = 0
    while len(picked) < MAX_ONLY_HERE_QUESTIONS and any(len(rows) > depth for rows in per_source):
        for source, rows in zip(view.sources, per_source):
            if len(rows) > depth and len(picked) < MAX_ONLY_HERE_QUESTIONS:
                picked.append((source, rows[depth]))
        depth += 1
    questions = []
    for source, row in picked:
        entry = evidence_for(row, source)
        questions.append(
            Question(
                "differ",
                "only_here",
                f"Only one article mentions “{row.get('text')}”. Which one? What does it say about it, and "
                "why might the other articles have left it out?",
                f"{labels.get(source, source)} is the only article that mentions “{row.get('text')}”.",
                ((labels.get(source, source), evidence_sentence(entry)),) if entry else (),
                _entry_spans([entry] if entry else []),
                ("only_here", source, str(row.get("id"))),
            )
        )
    return questions


#: An enumeration of people in one sentence: names joined by commas and "and" ("Newt Gingrich and
#: Rick Santorum", "Reid, Pelosi and Obama").
_LIST_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$")
#: Counts up to this many people can be told by naming them all instead of counting them.
MAX_LISTED_COUNT = 9


def only_here_doubt(row: Mapping[str, Any], source: str, ctx: ReportContext) -> str | None:
    """Why "only ``source`` mentions ``row``" may be false although no other article writes its
    words, or ``None`` when the claim is of the highest confidence a worksheet needs.

    A question is a claim a teacher repeats, so the worksheet keeps only-here details that no
    other article may carry in other words:

    - a value in a conflict, or in a pair of values listed to check by hand, is contested
      (fox's "15 bills" beside nyt's "some 16 House-passed measures");
    - a value another outlet gives within :data:`CLOSE_VALUE`, beside the same unit, may be the
      same figure rounded (hpo's "up to 1.6 million women", the others' "1.5 million women");
    - a name whose word another article uses as a common noun ("Tent City" beside "housing them in
      tents") may be the same thing described, and one whose leading words another article writes
      ("St. Louis Tea Party" of "St. Louis Tea Party Coalition") the same thing named shorter;
    - a count of a few ("two candidates") may be told elsewhere by naming them all ("Newt
      Gingrich and Rick Santorum pledging to appear").
    """
    view = ctx.model.comparison_view
    entry = evidence_for(row, source) or {}
    spot = (source, str(entry.get("text")))
    for conflict in tuple(view.conflicts) + tuple(view.conflicts_to_check):
        sides = [side for side in conflict.get("sides") or () if isinstance(side, Mapping)]
        for e in (e for side in sides for e in side.get("evidence") or ()):
            if isinstance(e, Mapping) and (str(e.get("source")), str(e.get("text"))) == spot:
                return "its value is in a pair of values that may disagree"
    kind = row.get("kind")
    articles = {a.article.source: a.article for a in ctx.analysis.articles}
    others = [a for s, a in articles.items() if s != source]
    if kind == "number":
        for other in others:
            if close_value_in(row, other):
                return f"{other.source} gives a close value: maybe the same figure, rounded"
        key = str(row.get("key") or "")
        count = key.split(":")[1] if key.startswith("count:") else ""
        n = int(float(count)) if count.replace(".", "", 1).isdigit() and float(count).is_integer() else 0
        cast = getattr(ctx.comparison, "cast", None)
        if 2 <= n <= MAX_LISTED_COUNT and cast is not None:
            for other in others:
                listed = _people_listed(other, cast)
                if n in listed:
                    return f"{other.source} names {n} people together: {listed[n]!r}"
    elif kind == "entity" and view.entity_kind(row) != "person":
        name = str(row.get("text") or "")
        # "St. Louis Tea Party Coalition" beside another outlet's "St. Louis Tea Party": the same
        # group named shorter. Not when the shorter name is a place ("Kansas City" of "Kansas City Star").
        shorter = " ".join(name.split()[:-1])
        if len(shorter.split()) >= 2 and not is_place_name(shorter):
            for other in others:
                # A plain substring test first: most articles of a long story do not hold the
                # words at all, and the pattern can only match where they are.
                if shorter not in other.text:
                    continue
                found = re.search(r"(?<![\w])" + re.escape(shorter) + r"(?![\w])", other.text)
                if not found:
                    continue
                # Only where the shorter name is written: walking every mention's kind for each
                # detail and article was most of a 200-article story's worksheet.
                kinds = {k for (s, m_start, m_end), k in view.entity_kinds.items()
                         if s == other.source and m_start < found.end() and found.start() < m_end}
                if "place" not in kinds:
                    return f"{other.source} writes {found.group(0)!r}: maybe the same, named shorter"
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", name)} - english_stop_words()
        # A short name of common words is a description one outlet wrote with capitals ("Tent City");
        # a long one ("Center on Budget and Policy Priorities") is an institution's own name, which
        # one shared word does not paraphrase.
        if len(words) > 2:
            return None
        # A word the outlet itself also writes as a common noun ("national", "party", "policy") is
        # the story's general vocabulary, not the thing the name stands for.
        own = _common_stems(articles[source]) if source in articles else frozenset()
        stems = {stem(w) for w in words if len(w) >= 4} - own
        if not stems:
            return None
        for other in others:
            # The first word of the text with one of the stems (an index per article, not a walk
            # of every word of every other article for each detail).
            first = _first_nouns(other)
            found = [first[st] for st in stems if st in first]
            if found:
                return f"{other.source} writes {min(found)[1]!r}: maybe the same thing in other words"
    return None


@per_article
def _common_words(article: Article) -> tuple[tuple[str, str], ...]:
    """The lower-case words of four letters or more that ``article`` writes, in text order, each
    with its stem: asked for every only-here name of a story, read once per article."""
    return tuple((m.group(0), stem(m.group(0)))
                 for m in re.finditer(r"(?<![\w-])[a-z]{4,}(?![\w-])", article.text))


@per_article
def _common_stems(article: Article) -> frozenset[str]:
    """The stems of :func:`_common_words`: an outlet's own general vocabulary."""
    return frozenset(st for _, st in _common_words(article))


@per_article
def _first_nouns(article: Article) -> Mapping[str, tuple[int, str]]:
    """Per stem, the first of :func:`_common_words` with it (its place among them and the word),
    leaving out words ending in "ed" or "ing": the same noun, singular or plural ("tents" for
    "Tent"), not a verb of the stem ("consulted" for "Consulting")."""
    first: dict[str, tuple[int, str]] = {}
    for i, (word, st) in enumerate(_common_words(article)):
        if st not in first and not word.endswith(("ed", "ing")):
            first[st] = (i, word)
    return first


def _people_listed(article: Any, cast: Any) -> dict[int, str]:
    """Per length, an enumeration of people (cast persons joined by commas and "and") that
    ``article`` writes in one sentence: ``{2: "Newt Gingrich and Rick Santorum"}``."""
    mentions = sorted((m.start, m.end, e.id) for e in cast.entities if e.kind == "person"
                      for m in e.mentions if m.source == article.source)
    text, out = article.text, {}
    run: list[tuple[int, int, str]] = []
    for mention in mentions + [(len(text) + 1, len(text) + 1, "")]:
        if run and mention[0] >= run[-1][1] and _LIST_JOIN.match(text[run[-1][1]:mention[0]]) \
                and mention[2] not in {r[2] for r in run}:
            run.append(mention)
            continue
        if len(run) >= 2:
            out.setdefault(len(run), text[run[0][0]:run[-1][1]])
        run = [mention] if mention[2] else []
    return out


#: How a left-out question names what is missing, per detail kind: (what, the verb for carrying
#: it, what was searched).
_LEFT_OUT_WORDS = {
    "entity": ("name", "use", "biaslens looked for the full name and the surname"),
    "number": ("figure", "give", "biaslens looked for the number beside its unit, in digits or words"),
    "date": ("date", "give", "biaslens looked for its day and month in any spelling"),
}


def _omission_questions(view: ComparisonView, labels: Mapping[str, str], ctx: ReportContext) -> list[Question]:
    if not view.available:
        return []
    articles = {a.article.source: a.article for a in ctx.analysis.articles}
    by_id = {r.get("id"): r for r in view.details}
    # A figure, a date or a person left out is worth a class's question; a country, party or
    # chamber left out ("America", "GOP", "the House") says little about the story and the
    # article usually speaks of it in other words.
    candidates = [o for o in view.omissions if o.get("kind") in ASKABLE_KINDS and o.get("missing_from") in labels
                  and worth_asking(by_id.get(o.get("detail"), o), view.entity_kind(by_id.get(o.get("detail"), {})))
                  and (o.get("kind") != "entity" or view.entity_kind(by_id.get(o.get("detail"), {})) == "person")
                  # "$716 billion" left out of an article that gives "more than $700 billion": the
                  # same figure, rounded, so the article does not leave it out.
                  and not (o.get("missing_from") in articles
                           and close_value_in(by_id.get(o.get("detail"), o), articles[str(o.get("missing_from"))]))]
    candidates.sort(key=lambda o: (-float(o.get("share") or 0), _KIND_RANK.get(str(o.get("kind")), 9)))
    questions = []
    used: set[str] = set()
    cast = getattr(ctx.comparison, "cast", None)
    for omission in candidates:
        missing = str(omission.get("missing_from"))
        if missing in used:
            continue
        row = by_id.get(omission.get("detail"), omission)
        if missing in articles and carried_by(row, articles[missing], cast, person=view.entity_kind(row) == "person"):
            # The check of every question (below) would drop this one ("Clinton" in an article whose
            # Clinton the cast reads as Bill): the article's one question goes to the next detail.
            continue
        # A detail left out of several articles is one question naming them all: two questions
        # in the same words ("3 of the 5 articles use the name “Obama”. Which article does not?")
        # could not be told apart, and each would hide the other article.
        missing_all = list(dict.fromkeys([missing] + [str(o.get("missing_from")) for o in candidates
                                                      if o.get("detail") == omission.get("detail")
                                                      and str(o.get("missing_from")) not in used]))
        used.update(missing_all)
        carriers = [c for c in omission.get("carried_by") or () if c in labels]
        entries = [e for e in omission.get("evidence") or () if isinstance(e, Mapping) and e.get("source") in labels][:2]
        evidence = tuple((labels[e["source"]], evidence_sentence(e)) for e in entries)
        text = str(omission.get("text"))
        # Say only what was searched: the name (or the figure, or the date) does not appear. An
        # article can still tell of the same person in other words ("a 21-year-old college
        # student in Seattle"), so the question asks the student to look.
        what, verb, searched = _LEFT_OUT_WORDS.get(str(omission.get("kind")), _LEFT_OUT_WORDS["entity"])
        which = ("Which article does not? Does it tell" if len(missing_all) == 1
                 else "Which articles do not? Do they tell")
        questions.append(
            Question(
                "differ",
                "left_out",
                f"{len(carriers)} of the {len(view.sources)} articles {verb} the {what} “{text}”. {which} of the "
                "same thing in other words? Does leaving it out change the story a reader gets?",
                f"The {what} “{text}” does not appear in {_join([labels[m] for m in missing_all])} ({searched}); "
                + _join([labels[c] for c in carriers]) + f" {verb} it.",
                evidence,
                _entry_spans(entries),
                ("left_out", missing, str(omission.get("detail")), *missing_all[1:]),
            )
        )
        if len(questions) >= MAX_OMISSION_QUESTIONS:
            break
    return questions


def _quotations(analysed: ArticleAnalysis) -> list[Any]:
    seen: set[Any] = set()
    out = []
    for item in analysed.items("quote"):
        qid = item.attrs.get("quote_id", (item.start, item.end))
        if item.attrs.get("repeat_of") is not None or qid in seen:
            continue
        seen.add(qid)
        out.append(item)
    return out


def _quote_questions(analysed: list[ArticleAnalysis], labels: Mapping[str, str], ctx: ReportContext) -> list[Question]:
    if len(analysed) < 2 or getattr(ctx.comparison, "cast", None) is None:
        return []
    quoted: dict[str, dict[str, list[Any]]] = {}  # cast entity id -> source -> items
    names: dict[str, str] = {}
    for a in analysed:
        for item in _quotations(a):
            # Only named voices, resolved through the story's cast: "both leaders" or "he"
            # cannot be checked across articles, and "Roger Stone" is "Roger J. Stone Jr.".
            _, entity_id = voice_of(ctx, a.article.source, item)
            # A voice is a person: "Iowa" or "the House" quoted is a speaker found in the wrong words.
            if entity_id is None or ctx.comparison.cast.entity(entity_id).kind != "person":
                continue
            quoted.setdefault(entity_id, {}).setdefault(a.article.source, []).append(item)
            names[entity_id] = ctx.comparison.cast.entity(entity_id).name
    if not quoted:
        return []
    # A voice another article reports speaking, or whose words it prints, is not only here.
    lone = ctx.comparison.lone_voices() if hasattr(ctx.comparison, "lone_voices") else {}
    unique = {key: next(iter(by_source)) for key, by_source in quoted.items() if len(by_source) == 1 and key in lone}
    if not unique:
        return []
    # Ask about the article with the most voices of its own; a named person before a group.
    per_source: dict[str, list[str]] = {}
    for key, source in unique.items():
        per_source.setdefault(source, []).append(key)
    order = {a.article.source: i for i, a in enumerate(analysed)}
    source = min(per_source, key=lambda s: (-len(per_source[s]), order[s]))
    keys = sorted(per_source[source], key=lambda k: (not names[k][:1].isupper(), names[k]))
    label = labels[source]
    evidence = tuple((label, quoted[k][source][0].text) for k in keys)
    return [
        Question(
            "differ",
            "quoted_only_here",
            f"Who is quoted only by {label}? (Look for words in quotation marks and who said them.) "
            "What does that voice add?",
            f"Only {label} quotes " + _join([names[k] for k in keys]) + ".",
            evidence,
            tuple((source, quoted[k][source][0].start, quoted[k][source][0].end) for k in keys),
            ("quoted_only", source, *keys),
        )
    ]


def _conflict_questions(view: ComparisonView, labels: Mapping[str, str]) -> list[Question]:
    if not view.available:
        return []
    questions: list[Question] = []
    for conflict in view.conflicts:
        if len(questions) == MAX_CONFLICT_QUESTIONS:
            break
        sides = [s for s in conflict.get("sides") or () if isinstance(s, Mapping)]
        if len(sides) < 2:
            continue
        side_labels = []
        evidence = []
        entries = []
        for side in sides:
            for entry in side.get("evidence") or ():
                if isinstance(entry, Mapping) and entry.get("source") in labels:
                    side_labels.append(labels[entry["source"]])
                    evidence.append((labels[entry["source"]], evidence_sentence(entry)))
                    entries.append(entry)
        if len(set(side_labels)) < 2:
            continue
        explanation = relabel(str(conflict.get("explanation") or ""), labels)
        topic = explanation.split(":", 1)[0].strip() if ":" in explanation else str(conflict.get("slot") or "a detail")
        prompt = (f"{_join(sorted(dict.fromkeys(side_labels)))} seem to disagree about {topic}. What does each say? "
                  "Are they really about the same thing? How could you check which is right?")
        if any(q.prompt == prompt for q in questions):
            continue  # two disagreements of the same outlets about the same slot read as one question
        questions.append(
            Question(
                "differ",
                "conflict",
                prompt,
                explanation[:1].upper() + explanation[1:],
                tuple(evidence),
                _entry_spans(entries),
            )
        )
    return questions


HEDGE_PROMPTS = {
    "sourcing": (
        "Find a sourcing hedge in {label}: words that pass a claim on from someone else instead of the "
        "writer saying it (“according to …”, “reportedly”, “officials said”). Who is the source: named, "
        "vague, or nobody?"
    ),
    "epistemic": (
        "Find a word or phrase in {label} that shows the writer is not certain (a hedge such as “may”, "
        "“is expected to”, “appears to”). What would the sentence claim without it?"
    ),
    "booster": (
        "Find a booster in {label}: a word that makes a claim sound bigger or more certain (“landmark”, "
        "“historic”, “clearly”). Is the strong word backed up by a fact in the article?"
    ),
}


#: At most this many cues in a hedge answer: the clearest few make the point, and each more is
#: one more chance of a word a teacher would not call a hedge.
MAX_CUES_SHOWN = 3
# "unlikely allies", "the possible granting of aid": before a noun these describe a thing; the
# writer's doubt is "it is unlikely that", "is likely to".
_ATTRIBUTIVE = frozenset({"likely", "unlikely", "possible", "probable", "potential", "apparent"})
# Verbs of belief that pass a view on as someone's, beside the verbs of saying.
_BELIEF_VERBS = frozenset({"believe", "believes", "believed", "believing", "think", "thinks", "thought", "thinking",
                           "expect", "expects", "expected", "expecting", "predicted", "predict", "predicts",
                           "predicting", "hope", "hopes", "hoped", "hoping", "fear", "fears", "feared", "fearing"})
#: Words that may stand between a source and its verb of saying: helpers and adverbs of time.
_BEFORE_VERB = frozenset({"have", "has", "had", "also", "later", "earlier", "previously", "recently", "repeatedly",
                          "will", "would", "did", "then", "again", "once", "first", "long", "often", "privately",
                          "publicly", "reportedly"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that"})


def confident_cue(text: str, sentence_start: int, start: int, end: int, cue_kind: str, source: Any = None) -> bool:
    """Whether the hedge cue ``text[start:end]`` is clearly the writer's own, worth a question.

    An uncertain word or booster must not sit after a word of saying, asking or belief in its
    sentence ("Republican claims that the conversations might be", "asked whether he was
    suggesting": someone else's words), must not be such a word itself and, for "likely",
    "possible" and the like, must not stand before a noun. A sourcing cue must pass the claim
    on with a verb of saying or belief right after its source ("Critics say", "Politico
    reported", "according to officials"), not a noun ("his thought") or a clause that wanders
    off ("New York and did not expect").
    """
    cue = text[start:end]
    words = re.findall(r"[\w'’-]+", cue.lower())
    if not words:
        return False
    if cue_kind == "sourcing":
        if words[0] == "according":
            return True
        if words in (["claims"], ["claim"], ["reports"], ["report"], ["fears"]) and str(source or words[0]).lower() == words[0]:
            # "Obama rejected claims that ...": a noun, the object of someone else's verb; the claim is
            # passed on, but the word is no verb of saying a student can point to.
            return False
        verbs = reporting_verbs()
        named = re.findall(r"[\w'’-]+", str(source or "").lower())
        # The source opens the cue ("officials said"), or a pronoun the source was resolved from does
        # ("He claimed", source Todd Akin).
        rest = words[len(named):] if named and words[:len(named)] == named else \
            words[1:] if words[0] in {"he", "she", "they"} else words
        if not rest or len(rest) > 3 or (rest[-1] not in verbs and rest[-1] not in _BELIEF_VERBS):
            return False
        # Only helpers and adverbs of time between the source and its verb ("officials have said",
        # "he later told"): "Tea Party members have challenged claims" ends on a noun after their verb.
        if any(w not in _BEFORE_VERB for w in rest[:-1]):
            return False
        return not (len(words) >= 2 and words[-2] in _DETERMINERS)
    verbs = reporting_verbs()
    if len(words) == 1 and (words[0] in verbs or words[0].startswith("suggestion")):
        # "Walsh also suggested Reid would suffer", "Mr. Emanuel's suggestion that he join": a view
        # passed on from someone, not the writer's doubt.
        return False
    # "Republicans have suggested such actions may ...", "said Monday that ... probably": after a
    # word of saying or belief the doubt is usually the person's.
    if after_saying(text, sentence_start, start):
        return False
    if len(words) == 1 and words[0] in _ATTRIBUTIVE:
        after = re.match(r"\s+([A-Za-z][\w-]*)", text[end:end + 40])
        if after and after.group(1).islower() and after.group(1) not in ("to", "that", "enough"):
            return False
    return True


def after_saying(text: str, sentence_start: int, start: int) -> bool:
    """Whether a word of saying, asking or belief stands in ``text`` between ``sentence_start`` and
    ``start``: the words at ``start`` may then be the person's, reported ("Mitt Romney and Mr. Ryan
    have said those cuts would be devastating"). Precision first: any such word earlier in the
    sentence takes a word out of a worksheet answer about the outlet's own words."""
    verbs = reporting_verbs()
    before = re.findall(r"[\w'’-]+", text[sentence_start:start].lower())
    return any(w in verbs or w in _BELIEF_VERBS for w in before)


#: A loaded word at most this many words after the start of a reported clause is taken as the
#: speaker's ("that the measure is just a political ploy": 7).
REPORTED_CLAUSE_WORDS = 8
#: Words that open a clause right after a verb of saying: "have said those cuts would be".
_CLAUSE_OPENERS = frozenset("that the those these this a an it he she they we i you his her their its".split())


def in_reported_clause(text: str, sentence_start: int, start: int) -> bool:
    """Whether ``text[start]`` stands in a clause reported from someone: after a verb (or noun) of
    saying or belief that a clause follows, with "that" within a few words ("claims from Tea
    Partiers that the measure is just a political ploy") or a clause's first word right after it
    ("Mr. Ryan have said those cuts would be devastating"). Narrower than :func:`after_saying`:
    "urged lawmakers to move ..., while simultaneously mocking them" keeps "mocking" the writer's."""
    table = reporting_verbs()
    words = re.findall(r"[\w'’-]+", text[sentence_start:start].lower())
    for at, word in enumerate(words[:-1]):
        window = words[at + 1:at + 6]
        if "that" in window and (word in table or word in _BELIEF_VERBS):
            opener = at + 1 + window.index("that")
        # Without "that", only a verb that takes a clause ("said those cuts would be"), not one that
        # takes an object ("slammed the bizarre plan").
        elif (word in _BELIEF_VERBS or (word in table and table[word][1] in CLAUSE_VERBS)) \
                and words[at + 1] in _CLAUSE_OPENERS:
            opener = at + 1
        else:
            continue
        # Only near the clause's start: a long sentence goes on in the writer's words ("said Tuesday
        # that he was ending the debate because ..., which he claimed the party was asking").
        if len(words) - opener <= REPORTED_CLAUSE_WORDS:
            return True
    return False


def _sentence_start(analysed: ArticleAnalysis, offset: int) -> int:
    sentence = analysed.article.sentence_at(offset)
    return sentence.start if sentence is not None else offset


def _hedge_questions(analysed: list[ArticleAnalysis], labels: Mapping[str, str]) -> list[Question]:
    questions = []
    used: set[str] = set()
    for cue_kind in ("sourcing", "epistemic", "booster"):
        counts = []
        for index, a in enumerate(analysed):
            # Only the outlet's own words: a quoted "I think" is the speaker's doubt, not the writer's,
            # and so is "might" in "Mediaite argues that it might be" (a clause reported from someone).
            cues = [i for i in a.items("hedge") if i.attrs.get("cue_kind") == cue_kind
                    and not i.attrs.get("quoted") and not i.attrs.get("reported")
                    and confident_cue(a.article.text, _sentence_start(a, i.start), i.start, i.end, cue_kind,
                                      i.attrs.get("source"))]
            if cues:
                # Prefer an article not asked about yet, then the one with the most cues.
                counts.append((a.article.source in used, -len(cues), index, a, cues))
        if not counts:
            continue
        _, _, _, article, cues = min(counts, key=lambda c: c[:3])
        used.add(article.article.source)
        label = labels[article.article.source]
        cues = cues[:MAX_CUES_SHOWN]
        evidence = tuple(dict.fromkeys((label, _sentence_of(article, cue.start, cue.end)) for cue in cues))
        found = [f"“{cue.text}”" + _source_note(cue.attrs) for cue in cues]
        questions.append(
            Question(
                "evidence",
                f"{cue_kind}_hedge" if cue_kind != "booster" else "booster",
                HEDGE_PROMPTS[cue_kind].format(label=label),
                f"In its own words, outside quotations, {label} has " + "; ".join(found) + ".",
                evidence,
                tuple(dict.fromkeys((article.article.source, *_sentence_span(article, c.start, c.end)) for c in cues)),
                ("own_words", article.article.source, *(f"{c.start}:{c.end}" for c in cues)),
            )
        )
    return questions


LOADED_PROMPT = (
    "Find the loaded words in {hi}: words that pass judgement instead of describing (a label such as "
    "“regime”, an opinion such as “bizarre”, an emotive word such as “slammed”, a verb of saying that colours what was said such as "
    "“claimed” where “said” would be neutral), in the outlet's own words, "
    "not in quotations. biaslens found {fewer} in {lo}. For each word, suggest a neutral word that reports "
    "the same fact."
)
#: The most loaded article must have at least this many loaded words of its own, and at least
#: :data:`LOADED_RATIO` times the least loaded article's rate, for the two to "really differ":
#: one or two words against none is a difference one word-list miss could make.
MIN_LOADED_WORDS = 3
LOADED_RATIO = 2.0


def _no_verb(text: str, start: int, kind: str) -> bool:
    """Whether a loaded "verb of saying" at ``start`` stands after a determiner, where it is no verb:
    "his alleged failure" (a doubt about the failure), "the claims" (a noun)."""
    before = re.findall(r"[\w'’-]+", text[max(0, start - 20):start].lower())
    return kind == SAYING_KIND and bool(before) and before[-1] in _DETERMINERS


def _loaded_questions(analysed: list[ArticleAnalysis], labels: Mapping[str, str]) -> list[Question]:
    """One question when outlets really differ in loaded words: the most loaded article against
    the least (see :data:`MIN_LOADED_WORDS`, :data:`LOADED_RATIO`)."""
    rated = [(a.value("loaded.per_100"), index, a) for index, a in enumerate(analysed)
             if a.value("loaded.per_100") is not None]
    if len(rated) < 2:
        return []
    high = max(rated, key=lambda r: (r[0], -r[1]))
    low = min(rated, key=lambda r: (r[0], r[1]))
    text = high[2].article.text
    # Only words that are surely the outlet's: not inside a clause reported from someone.
    words = [w for w in high[2].items("loaded")
             if not in_reported_clause(text, _sentence_start(high[2], w.start), w.start)
             and not _no_verb(text, w.start, str(w.attrs.get("kind")))]
    distinct = {w.text.lower() for w in words}
    if len(words) < MIN_LOADED_WORDS or len(distinct) < 2 or high[0] < LOADED_RATIO * low[0] or high[0] <= low[0]:
        return []
    hi_label, lo_label = labels[high[2].article.source], labels[low[2].article.source]
    n_low = len(low[2].items("loaded"))
    fewer = "none" if n_low == 0 else f"fewer ({low[0]:.1f} per 100 sentences against {high[0]:.1f})"
    shown = list(dict.fromkeys(w.text.lower() for w in words))
    firsts = [next(w for w in words if w.text.lower() == t) for t in shown]
    cited = firsts[:3]
    evidence = tuple(dict.fromkeys((hi_label, _sentence_of(high[2], w.start, w.end)) for w in cited))
    from ..extractors.loaded import kind_word

    counts = {t: sum(1 for w in words if w.text.lower() == t) for t in shown}
    found = "; ".join(f"“{w.text}” ({kind_word(str(w.attrs.get('kind')))}"
                      + (f", {counts[w.text.lower()]} times)" if counts[w.text.lower()] > 1 else ")") for w in firsts)
    return [Question(
        "evidence", "loaded_words", LOADED_PROMPT.format(hi=hi_label, lo=lo_label, fewer=fewer),
        f"In its own words {hi_label} has {len(words)}: {found}. biaslens found {n_low} in {lo_label}.", evidence,
        tuple(dict.fromkeys((high[2].article.source, *_sentence_span(high[2], w.start, w.end)) for w in cited)),
        ("own_words", high[2].article.source, *(f"{w.start}:{w.end}" for w in words)),
    )]


LABEL_PROMPT = (
    "How does each article introduce {name}? Look at the words right around the name: a title, a "
    "description between commas, a \u201cwho \u2026\u201d clause. What does each choice ask the reader to "
    "remember about {name}?"
)
EVENT_PROMPT = (
    "Which nouns and verbs does each article use for the {what}? Does one make it sound bigger, harder won "
    "or more dramatic than the others?"
)
MAX_EVENT_QUESTIONS = 1  # fewer, better: the contrast of the main event is the lesson


def _label_questions(model: Any, labels: Mapping[str, str]) -> list[Question]:
    """One question about the first main entity the outlets describe differently (a describing
    phrase one outlet alone uses, titles aside); none when they all use the same words."""
    def described_by(entity: Any) -> int:
        return sum(1 for o in entity.by_source.values() if any(lab.kind != "title" for lab in o.labels))

    # The entity most outlets describe in words of their own makes the best question.
    for entity in sorted(getattr(model, "entity_labels", ()) or (), key=lambda e: -described_by(e)):
        described: dict[str, list[str]] = {}
        unique: list[tuple[str, Any]] = []
        for source, outlet in entity.by_source.items():
            if source not in labels:
                continue
            for label, only in zip(outlet.labels, outlet.only_here):
                if label.kind == "title":
                    continue
                words = " ".join(label.text.split())
                if words not in described.setdefault(source, []):
                    described[source].append(words)
                if only:
                    unique.append((source, label))
        # A contrast needs two outlets that describe: against one that only names, the answer would
        # rest on what the label finder missed ("the name and title only" when the outlet calls him
        # "a hardliner" two sentences later).
        if not unique or len(entity.by_source) < 2 or sum(1 for v in described.values() if v) < 2:
            continue
        parts = [f"{labels[s]}: " + ", ".join(f"\u201c{w}\u201d" for w in described[s])
                 for s in entity.by_source if s in labels and described.get(s)]
        bare = [labels[s] for s in entity.by_source if s in labels and not described.get(s)]
        if bare:
            parts.append("biaslens found no description beside the name in " + _join(bare))
        first = {}
        for s, label in unique:  # one sentence per outlet first, so the answer shows the contrast
            first.setdefault(s, label)
        cited = list(dict.fromkeys([(s, lab.sentence_text, lab.sentence) for s, lab in first.items()]
                                   + [(s, lab.sentence_text, lab.sentence) for s, lab in unique]))[:3]
        return [Question("differ", "labels", LABEL_PROMPT.format(name=entity.name), "; ".join(parts) + ".",
                         tuple((labels[s], text) for s, text, _ in cited),
                         tuple((s, span[0], span[1]) for s, _, span in cited))]
    return []


def _event_questions(model: Any, labels: Mapping[str, str]) -> list[Question]:
    """A question per part of the event the outlets name with different words (at most
    :data:`MAX_EVENT_QUESTIONS`); none when they all use the same words."""
    questions: list[Question] = []
    for naming in getattr(model, "event_names", ()) or ():
        # A contrast needs at least two outlets with a word of their own: one outlet's extra word
        # is as often a side event ("criticize" for what the profile's author did, "interview"
        # for a different conversation) as another name for the same one.
        if sum(1 for s, o in naming.by_source.items() if s in labels and any(o.only_here)) < 2:
            continue
        # And no word the outlets share for it: read by hand (12 BASIL stories), a concept the
        # outlets share a word for ("statement") drew its extra words from side events (Perry's
        # earlier "comment", a Thanksgiving "speech", greeting a football team), while outlets that
        # share no word ("criticism", "backlash", "reaction") named the same event differently.
        if not all(all(o.only_here) for s, o in naming.by_source.items() if s in labels):
            continue
        # And a word from every outlet: an outlet left out of the answer reads as one that names no
        # reaction, when the word list only missed its word (fox's "The Chick-fil-A firestorm").
        if not set(labels) <= {s for s, o in naming.by_source.items() if o.words}:
            continue
        parts: list[str] = []
        per_outlet: list[list[tuple[str, str, tuple[str, int, int]]]] = []
        for source, outlet in naming.by_source.items():
            if source not in labels:
                continue
            words = [f"{lemma}{' (only this article)' if only else ''}" for lemma, _, _, only in outlet.lemmas()[:5]]
            parts.append(f"{labels[source]}: {', '.join(words)}")
            shown: set[str] = set()
            mine: list[tuple[str, str, tuple[str, int, int]]] = []
            for word, only in zip(outlet.words, outlet.only_here):
                if only and word.lemma not in shown:
                    shown.add(word.lemma)
                    mine.append((labels[source], _event_sentence(model, source, word),
                                 (source, word.sentence[0], word.sentence[1])))
            per_outlet.append(mine)
        # Outlets take turns, so the evidence shows the contrast, not one outlet three times.
        cited = list(dict.fromkeys(t for turn in zip_longest(*per_outlet) for t in turn if t is not None))[:3]
        questions.append(Question("differ", "event_names", EVENT_PROMPT.format(what=naming.concept),
                                  "; ".join(parts) + ".", tuple((lab, text) for lab, text, _ in cited),
                                  tuple(span for _, _, span in cited)))
    return questions[:MAX_EVENT_QUESTIONS]


def _event_sentence(model: Any, source: str, word: Any) -> str:
    for analysed in model.analysis.articles:
        if analysed.article.source == source:
            return analysed.article.text[word.sentence[0]:word.sentence[1]]
    return word.text


def _source_note(attrs: Mapping[str, Any]) -> str:
    source, source_type = attrs.get("source"), attrs.get("source_type")
    if source and source_type:
        return f" (source: {source}, {source_type})"
    if source_type:
        return f" (source: {source_type})"
    return ""


def _sentence_span(analysed: ArticleAnalysis, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` of the text :func:`_sentence_of` returns."""
    article = analysed.article
    sentence = article.sentence_at(start)
    if sentence is not None:
        return sentence.start, max(sentence.end, min(end, len(article.text)))
    return start, end


def _sentence_of(analysed: ArticleAnalysis, start: int, end: int) -> str:
    article = analysed.article
    sentence = article.sentence_at(start)
    if sentence is not None:
        return article.text[sentence.start : max(sentence.end, min(end, len(article.text)))]
    return article.text[start:end]


def _stands_out(model: Any, feature: str, source: str, direction: str) -> bool:
    """True when the model says ``source`` is ``direction`` than the others beyond chance."""
    found = model.difference(feature, source) if model is not None else None
    return found is not None and found.stands_out and found.direction == direction


def _readability_questions(analysed: list[ArticleAnalysis], labels: Mapping[str, str], model: Any = None) -> list[Question]:
    scored = [(a, a.score("readability.flesch_reading_ease")) for a in analysed]
    scored = [(a, s) for a, s in scored if s is not None and s.value is not None]
    if len(scored) < 2:
        return []

    easiest, easy_score = max(scored, key=lambda pair: pair[1].value)  # type: ignore[arg-type,return-value]
    hardest, hard_score = min(scored, key=lambda pair: pair[1].value)  # type: ignore[arg-type,return-value]
    if easiest is hardest:
        return []
    # Only a difference larger than chance alone would give is worth a question: sentence
    # length (the part of the formula that rests on sentences) must set one of them apart.
    wps = "readability.words_per_sentence"
    if not (_stands_out(model, wps, easiest.article.source, "lower") or _stands_out(model, wps, hardest.article.source, "higher")):
        return []
    wps_easy = easiest.score("readability.words_per_sentence")
    wps_hard = hardest.score("readability.words_per_sentence")
    answer = (
        f"{labels[easiest.article.source]} reads most easily (reading ease {fmt(easy_score.value, 1)}); "
        f"{labels[hardest.article.source]} is hardest ({fmt(hard_score.value, 1)}). "
    )
    if wps_easy and wps_hard and wps_easy.value is not None and wps_hard.value is not None:
        answer += (
            f"Its sentences average {fmt(wps_easy.value, 1)} words against {fmt(wps_hard.value, 1)}. "
        )
    answer += "The formula only counts sentence and word length; it says nothing about whether the text is clear."
    evidence = tuple((labels[hardest.article.source], span.text) for span in hard_score.evidence[:1])
    return [
        Question(
            "evidence",
            "readability",
            "Which article reads most easily? Give one reason you can see in the text (look at the length of "
            "its sentences and words). Which reads hardest?",
            answer,
            evidence,
            tuple((hardest.article.source, span.start, span.end) for span in hard_score.evidence[:1]),
        )
    ]


def _tone_questions(analysed: list[ArticleAnalysis], labels: Mapping[str, str], model: Any = None) -> list[Question]:
    scored = [(a, a.score("tone.negative_share")) for a in analysed]
    scored = [(a, s) for a, s in scored if s is not None and s.value and s.evidence
              and _stands_out(model, "tone.negative_share", a.article.source, "higher")]
    if not scored:
        return []
    article, score = max(scored, key=lambda pair: (pair[1].value, -analysed.index(pair[0])))  # type: ignore[arg-type]
    label = labels[article.article.source]
    return [
        Question(
            "evidence",
            "negative_tone",
            f"{label} has the largest share of clearly negative sentences. Find one. Is the negative tone the "
            "writer's own, or does it come from a person quoted or from the facts reported?",
            f"{label}: {score.explanation}",
            tuple((label, span.text) for span in score.evidence[:2]),
            tuple((article.article.source, span.start, span.end) for span in score.evidence[:2]),
        )
    ]


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# ---------------------------------------------------------------------------------------------
# The guard


def check_question(question: Question, ctx: ReportContext) -> str | None:
    """Check ``question``'s answer against the report data; return why the data contradicts it,
    or ``None`` when nothing does.

    Conservative, so a question is dropped only when the answer is almost surely wrong:

    - every evidence sentence must be at its offsets: ``article.text[start:end]`` is the sentence;
    - "all articles mention D": every article writes D in words of its own (:func:`writes`);
    - "only X mentions D": no other article carries D's words, any name of D's cast entity (a
      person's surname too), D's value beside its unit, or D's day and month;
    - "X does not mention D": the same search finds none of those in X;
    - "only X quotes P": no other article's quotation is given to P;
    - "in its own words": no cited word lies inside a quotation of the article.
    """
    analysed = {a.article.source: a for a in ctx.analysis.articles}
    if len(question.spans) != len(question.evidence):
        return "an evidence sentence without its offsets"
    for (_, sentence), (source, start, end) in zip(question.evidence, question.spans):
        if source not in analysed or analysed[source].article.text[start:end] != sentence:
            return f"evidence not at {source}[{start}:{end}]"
    if not question.basis:
        return None
    kind, source, *rest = question.basis
    if kind == "in_all":
        view = ctx.model.comparison_view
        rows = {str(r.get("id")): r for r in view.details} if view else {}
        for detail_id in rest:
            row = rows.get(detail_id)
            if row is None:
                return f"detail {detail_id} not in the comparison"
            for target, a in analysed.items():
                if not writes(row, a.article.text, person=view.entity_kind(row) == "person"):
                    return f"{target} does not write {row.get('text')!r}"
    elif kind in ("only_here", "left_out"):
        rows = {str(r.get("id")): r for r in ctx.model.comparison_view.details} if ctx.model.comparison_view else {}
        row = rows.get(rest[0]) if rest else None
        if row is None:
            return f"detail {rest[:1]} not in the comparison"
        cast = getattr(ctx.comparison, "cast", None)
        targets = [s for s in analysed if s != source] if kind == "only_here" else [source, *rest[1:]]
        for target in targets:
            found = carried_by(row, analysed[target].article, cast,
                               person=ctx.model.comparison_view.entity_kind(row) == "person")
            if found:
                return f"{target} carries {row.get('text')!r} as {found!r}"
        if kind == "only_here":
            return only_here_doubt(row, source, ctx)
        for target in targets:
            if close_value_in(row, analysed[target].article):
                return f"{target} gives a value close to {row.get('text')!r}"
    elif kind == "quoted_only":
        for other, a in analysed.items():
            if other == source:
                continue
            for item in _quotations(a):
                if voice_of(ctx, other, item)[1] in rest:
                    return f"{other} quotes the same person: {item.text!r}"
    elif kind == "own_words":
        quotes = [(q.start, q.end) for q in analysed[source].items("quote")] if source in analysed else []
        text = analysed[source].article.text if source in analysed else ""
        for span in rest:
            start, end = (int(x) for x in span.split(":"))
            if any(a <= start and end <= b for a, b in quotes) or inside_quote_marks(text, start):
                return f"{source}[{start}:{end}] is inside a quotation"
    return None


def inside_quote_marks(text: str, at: int) -> bool:
    """Whether ``text[at]`` stands after an opening quotation mark its paragraph has not closed:
    a second look, by the marks alone, for the quotations the quote finder did not take apart
    (a quotation within a quotation, a speaker named in the middle)."""
    paragraph = text[text.rfind("\n", 0, at) + 1:at]
    return paragraph.count("“") > paragraph.count("”") or paragraph.count('"') % 2 == 1


def carried_by(row: Mapping[str, Any], article: Any, cast: Any = None, person: bool = False) -> str | None:
    """The words of ``article`` that carry the detail ``row`` in some form, or ``None``.

    The forms searched: those of :func:`carried_in`, over the whole text (a number's value and
    unit within one sentence), and, for a name, every name the cast gives its entity and a
    person's surname.
    """
    text = article.text
    if row.get("kind") == "number":
        for sentence in article.sentences:
            found = carried_in(row, text[sentence.start:sentence.end], person)
            if found:
                return found
        return None
    folded = _folded(article)
    found = carried_in(row, text, person, folded)
    if found or row.get("kind") != "entity" or cast is None:
        return found
    for entry in row.get("evidence") or ():
        if not isinstance(entry, Mapping):
            continue
        entity = cast.at(str(entry.get("source")), int(entry.get("start") or 0), int(entry.get("end") or 0))
        if entity is None:
            continue
        first, names = _entity_names(entity)
        if article.source in first:
            return first[article.source]
        for name in names:
            found = _whole_words(name, text, folded)
            if found:
                return found
    return None


def _entity_names(entity: Any) -> tuple[Mapping[str, str], tuple[str, ...]]:
    """Per article, the first name of ``entity`` it writes; and the names :func:`carried_by`
    searches another article for, longest first (a person's surname too: "Steinem" for "Gloria
    Steinem"). Kept for the last few entities: each only-here detail of a long story is looked
    for in every other article, and walking the entity's mentions each time was most of it."""
    kept = _ENTITY_NAMES.get(id(entity))
    if kept is not None and kept[0] is entity:
        return kept[1]
    first: dict[str, str] = {}
    for m in entity.mentions:
        first.setdefault(m.source, m.text)
    names = {m.text for m in entity.mentions}
    if entity.kind == "person" and len(entity.name.split()) >= 2:
        names.add(entity.name.split()[-1])
    found = (first, tuple(n for n in sorted(names, key=len, reverse=True) if len(n) >= 4 or " " in n))
    if len(_ENTITY_NAMES) >= 64:
        _ENTITY_NAMES.clear()
    _ENTITY_NAMES[id(entity)] = (entity, found)
    return found


#: :func:`_entity_names` of the last entities asked for, by ``id`` (the entity is kept with its
#: answer, so the id cannot be another object's while it is here).
_ENTITY_NAMES: dict[int, tuple[Any, tuple[Mapping[str, str], tuple[str, ...]]]] = {}


def carried_in(row: Mapping[str, Any], text: str, person: bool = False, folded: str | None = None) -> str | None:
    """The words of ``text`` that carry the detail ``row`` by its own words, or ``None``.

    The forms searched: the detail's own words (any case, whole words); for a person
    (``person``, the cast's kind) or an entity of two words or more written as a person's name,
    the surname; for a number, its value with its unit ("15 stories", "fifteen stories"); for a
    date, its day and month ("Sept. 11" = "September 11th", "9/11"). ``folded`` is
    :func:`_folded` of ``text``, when the caller has it (a quicker search).
    """
    own = str(row.get("text") or "")
    found = _whole_words(own, text, folded)
    if found:
        return found
    kind = row.get("kind")
    surname = own.split()[-1] if person and len(own.split()) >= 2 else ""
    if kind == "entity" and len(surname) >= 3 and surname[:1].isupper():
        return _whole_words(surname, text, folded)  # "Roe" for "Jane Roe"
    if kind == "number":
        values = quantities(own)
        unit = own.split()[-1].lower().rstrip("s") if len(own.split()) > 1 else ""
        if values and values & quantities(text) and (not unit or unit in text.lower()):
            return text
    elif kind == "date":
        days = dates(own)
        if days and days & dates(text):
            return own
        for month, day in days:  # "9/11" and "911" for Sept. 11
            m = re.search(rf"(?<![\w/]){month}/?{day}(?![\w/])", text)
            if m:
                return m.group(0)
    return None


#: Two values this close (relative difference) with the same unit may be one figure, rounded:
#: "$716 billion" and "more than $700 billion" of the same Medicare cuts.
CLOSE_VALUE = 0.1


def close_value_in(row: Mapping[str, Any], article: Any) -> str | None:
    """A sentence of ``article`` that gives a value close to (not equal to) the number detail
    ``row``'s, beside the same unit, or ``None``: the same figure may be there, rounded."""
    if row.get("kind") != "number":
        return None
    own = str(row.get("text") or "")
    values = [v for v in quantities(own) if v]
    unit = own.split()[-1].lower().rstrip("s") if len(own.split()) > 1 else ""
    if not values or not unit:
        return None
    for sentence in article.sentences:
        words = article.text[sentence.start:sentence.end]
        if unit in words.lower() and any(0 < abs(v - x) <= CLOSE_VALUE * abs(x)
                                         for v in quantities(words) for x in values):
            return words
    return None


@per_article
def _folded(article: Article) -> str:
    """:func:`~biaslens.text.ascii_folded` of the article's text, made once per article: a long
    story asks whether each article writes each detail of every other."""
    return ascii_folded(article.text)


def _whole_words(words: str, text: str, folded: str | None = None) -> str | None:
    """The first occurrence of ``words`` in ``text`` as whole words, in any case, or ``None``.
    ``folded`` (:func:`~biaslens.text.ascii_folded` of ``text``) lets an ASCII ``words`` that the text does not
    hold be answered without a search."""
    if not words.strip():
        return None
    if folded is not None and words.isascii() and words.lower() not in folded:
        return None
    m = re.search(r"(?<![\w])" + re.escape(words) + r"(?![\w])", text, re.I)
    return m.group(0) if m else None


# ---------------------------------------------------------------------------------------------
# Markdown


def worksheet_markdown(worksheet: Worksheet, blind: bool = False) -> str:
    """Render the questions as markdown for students (no answers); ends with one newline."""
    lines = [f"# Worksheet: {md_text(worksheet.title)}", ""]
    lines += [
        "Read the articles side by side in `report.html` (open it in any web browser; it works offline). "
        "Answer each question in your own words, and copy the words from the article that show your answer.",
        "",
    ]
    if blind:
        lines += ["The outlets' names are hidden: the articles are called Outlet A, Outlet B and so on.", ""]
    lines += ["Articles:", ""]
    for label, title in worksheet.articles:
        lines.append(f"- **{md_text(label)}**: {md_text(title)}")
    if not worksheet.questions:
        lines += ["", "The analysis found nothing to ask about with evidence (one article only, or no comparison)."]
    for _, heading, questions in worksheet.by_part():
        lines += ["", f"## {heading}", ""]
        for number, question in questions:
            lines += [f"{number}. {md_text(question.prompt)}", "", "   Answer:", "", "   Evidence (copy the words):", ""]
    return "\n".join(lines).rstrip() + "\n"


def answers_markdown(worksheet: Worksheet) -> str:
    """Render the answer key (for the teacher) as markdown; ends with one newline."""
    lines = [f"# Worksheet answers: {md_text(worksheet.title)}", ""]
    lines += [
        "For the teacher. Each answer is what biaslens found, with the sentences that show it. The tool "
        "finds patterns by rules: accept other answers a student can back with the text.",
    ]
    for _, heading, questions in worksheet.by_part():
        lines += ["", f"## {heading}", ""]
        for number, question in questions:
            lines.append(f"{number}. {md_text(question.prompt)}")
            lines += ["", f"   **Answer:** {md_text(question.answer)}"]
            spans = question.spans if len(question.spans) == len(question.evidence) else [None] * len(question.evidence)
            for (label, sentence), span in zip(question.evidence, spans):
                # The offsets let a teacher (or a script) find the sentence in article.text.
                where = f" (characters {span[1]}–{span[2]})" if span else ""
                lines.append(f"   - {md_text(label)}{where}: “{md_text(sentence)}”")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


__all__ = [
    "ComparisonView",
    "MAX_CUES_SHOWN",
    "Question",
    "Worksheet",
    "after_saying",
    "answers_markdown",
    "build_worksheet",
    "carried_by",
    "carried_in",
    "check_question",
    "close_value_in",
    "comparison_dict",
    "confident_cue",
    "evidence_for",
    "evidence_sentence",
    "in_reported_clause",
    "inside_quote_marks",
    "only_here_doubt",
    "read_comparison",
    "relabel",
    "speaker_key",
    "worksheet_markdown",
    "worth_asking",
    "writes",
]
