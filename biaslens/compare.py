"""Cross-article comparison: which details each outlet has, leaves out, or disagrees on.

``compare_story(analysis)`` takes a :class:`~biaslens.records.StoryAnalysis` and returns a
:class:`StoryComparison` (frozen, pure, deterministic). It answers, per story:

* **coverage**: every detail (see :mod:`biaslens.details`) and the articles that include it,
  with the evidence sentence in each;
* **only here**: per article, the details no other article includes, ranked by how
  informative they are (numbers and names before phrases, rare words before common ones);
* **left out**: details most articles carry (at least 60% of them, and at least two) that one
  article does not mention in any form;
* **conflicts**: the same slot with different values in two articles (a meeting "on Thursday"
  against "on Wednesday", a "three-day visit" against a "week-long tour", different amounts),
  when the two sentences talk about the same thing; two close ceilings of one count, a town
  that places the same thing and a relative time dating one finding are listed to check;
* **shared text**: sentences copied near-verbatim between articles (wire copy, press
  releases), so their agreement is not counted as independent;
* **without counterpart**: sentences no sentence of another article shares enough of the words
  of (:data:`WITHOUT_COUNTERPART_EXPLANATION`): word matching, so another article may still tell
  the same thing in other words; a sentence that shares one of the cast and a rare pair of words in
  a row with another article's is listed apart, as maybe told in other words (:class:`OtherWords`).

Precision comes before volume. A detail is called unique to one article only when no other
article has it under the matching rules *and* no other article contains its words at all
(for names: every name token; for numbers: the number; for phrases: every word, compared by
its first six letters so "nomination" meets "nominate"). Matching sees through surface
variation through the normalised keys of :mod:`biaslens.details` ("$550bln" = "$550
billion"; "two per cent of GDP" = "2% of GDP"; "Akasaka Palace" = "Akasaka State Guest House";
"Prime Minister Takaichi" = "Sanae Takaichi" = "Takaichi"; "defence" = "defense").

Cost grows near-linearly with the story: details meet through dictionaries keyed by their
normalised form and through inverted indexes; sentence similarity is one sparse TF-IDF matrix
product, done in blocks, with words found in very many sentences dropped on large stories;
conflicting values are judged on boolean matrices rather than in a loop over pairs; merging
near-copied evidence looks up each sentence's copies instead of testing every pair. About 1.4
CPU seconds for 500 articles (6,475 sentences), half of it finding the details
(``benchmarks/bench_compare.py``).
"""

from __future__ import annotations

import bisect
import gc
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import accumulate, chain
from typing import TYPE_CHECKING, Any, Callable, Container, Iterable, Mapping, Sequence

import numpy as np
import scipy.sparse as sp

from .blind import names_outlet
from .cast import Cast, build_cast, heard_elsewhere, leading_country, quote_speakers
from .names import BODY_HEADS, ORG_HEADS, PARTY_NOUNS, PERSON_ROLES, TITLES, adjective_forms, is_place_name
from .details import (
    KINDS, STOP_WORDS, Detail, content_stems, extract_details, form_roots, is_heading as _is_heading, meaning_keys,
    meaning_words, normalise_word, same_use, stem, story_meaning_keys, word_root,
)
from .records import Article, StoryAnalysis
from .fit import story_warnings, teaser_paragraphs, teaser_warning
from .quotes import quote_spans
from .similarity import l2_normalise_rows, longest_common_run, sequence_ratio, smoothed_idf, sublinear_tf, tfidf_weighted
from .values import (among_groups, bound_before, dates, durations, figure_times, is_margin_of_error, named_days,
                     parse_number, quantities, relative_months, relative_weekdays, rounded, sample_sizes, weekday_dates)

if TYPE_CHECKING:  # occurrences builds on this module's Evidence: imported where it runs
    from .occurrences import DifferentOccurrences

#: Sentences whose best match in another article is below this cosine have no counterpart.
#: Chosen by reading seed and BASIL sentences: above 0.2 a matching sentence usually shares
#: the claim; below it mostly shares only the story's vocabulary (Trump, Japan, the deal).
#: A sentence below it still has a counterpart when it states a number, date or quote that
#: another article also states (the $550 billion in a sentence worded quite differently).
COUNTERPART_THRESHOLD = 0.2
#: What the "without counterpart" list measures, in the words the report, report.json and the
#: docs use: shared words, not shared facts (the reads counted passages false that another article
#: tells in other words: 'used the alias Carlos Danger' beside 'wrote under the pseudonym').
WITHOUT_COUNTERPART_EXPLANATION = (
    "No sentence of another article shares enough of these sentences' words (the cosine similarity of their "
    f"words is below {COUNTERPART_THRESHOLD:g}), and they state no number, date or quote another article also "
    "states. Word matching cannot show that a fact is absent elsewhere: another article may tell the same thing "
    "in other words (\u201cresigned\u201d, \u201cstepped down\u201d): read the others before calling it "
    "something only this outlet reports.")
#: A sentence without counterpart is listed apart, as maybe told in other words, when a sentence of
#: another article names one of its cast entities and uses a pair of its content words in a row (by
#: word root, no name, title or number among them, not both everyday words) that at most this many
#: sentences of the story use: "used the alias Carlos Danger" beside "wrote under the pseudonym
#: “Carlos Danger”" (an alias is the article's own naming, so its words count), "has chosen Tim
#: Kaine as her running mate" beside "Hillary Clinton's selection of Tim Kaine as her running mate".
#: A rare pair of words in a row is a phrase both outlets use; one shared word or a shared name
#: alone tied sentences that tell different things (read on PolNeAR: 'media' in a story about
#: one man, 'email' in one about an email server).
OTHER_WORDS_PAIR_SENTENCES = 3
#: ... and one of the two words is used in at most that many sentences, and the two sentences have
#: this many ties beside the pair: cast entities both name, an alias's words counting as one.
OTHER_WORDS_TIES = 2
#: Candidate near-copies need this cosine, then a character-level check (difflib ratio).
SHARED_COSINE = 0.6
SHARED_RATIO = 0.8
SHARED_MIN_WORDS = 8
#: A quotation shorter than that is still "the same quote" in two articles when both print a run of
#: at least this many of its words verbatim inside quotation marks: 'Her mind is shot — resign!' and
#: "Her mind is shot!" are one tweet. Shorter runs ("legitimate rape") are common wording.
SAME_QUOTE_MIN_WORDS = 4
#: A near-copied pair is "the same quote" when at least this share of both sentences' letters
#: stands inside quotation marks: the attribution ("he said") is all that is the outlets' own.
QUOTED_SHARE = 0.6
#: Two quoted sentences sharing a run of this many words (and half the shorter one) print the same
#: statement, however each outlet cut its sentences.
STATEMENT_RUN_WORDS = 10
#: A phrase is not claimed as "only here" when its sentence has a counterpart in another article
#: (this TF-IDF cosine, the counterpart threshold) that shares one of its words: it is listed
#: apart, to check by hand ("independent bid" beside "run as an independent candidate").
PARAPHRASE_COSINE = COUNTERPART_THRESHOLD
#: ... and the shared word stands in at most this share of the story's sentences.
PARAPHRASE_WORD_SHARE = 0.1
#: The same check over meaning keys (:func:`biaslens.details.meaning_keys`: Snowball stems,
#: compounds joined, synonym groups of ``lexicons/news_synonyms.txt``): a detail whose sentence
#: has a counterpart at this cosine, in these keys, that uses one of the detail's rare keys
#: (or a phrase's head word: "written statement" beside "said in a statement") is listed apart.
#: Chosen on BASIL dev by reading the moved details (docs/CLAIMS.md).
MEANING_COSINE = 0.2
#: A counterpart below that cosine still counts when the key it shares with the detail is one
#: the story hardly uses (in at most this many sentences, the detail's own included), the
#: cosine reaches :data:`RARE_KEY_COSINE` and both sentences name one cast entity: Trump's
#: "public ridicule" beside his "drew considerable criticism".
RARE_KEY_SENTENCES = 3
RARE_KEY_COSINE = 0.1
#: An everyday word (:func:`_everyday`) shared by a detail's sentence and another article's says
#: they tell one thing only when no other sentence of the story uses it: these two.
_ONLY_THE_TWO = 2
#: A detail is "most outlets carry it" when at least this share of articles has it (and >= 2).
OMISSION_SHARE = 0.6
#: Phrases are noisier than names and numbers: only report them left out when this many carry them.
OMISSION_SHARE_PHRASE = 0.75
#: Confidence (see :class:`Conflict`) a pair of values needs to be reported as a conflict; pairs
#: below it but sharing a name or a word next to the value are listed apart, to check by hand.
#: 0.8 means both a shared name and a shared word beside the value: the meeting with Xi on
#: Thursday against on Wednesday passes; "$50 billion" of China's tariffs against "$7.7
#: billion" of EU metal exports (no shared word beside the values) does not.
CONFLICT_CONFIDENCE = 0.8
#: The confidence a pair is capped at when only a reader can tell whether it is a conflict:
#: just below :data:`CONFLICT_CONFIDENCE`, so it is listed under "Check by hand".
_CHECK_BY_HAND = round(CONFLICT_CONFIDENCE - 0.01, 6)
#: Words beside a value that say nothing about its role: reporting verbs and time words.
_ROLE_STOP = frozenset("""say said says tell told add added report reported announce announced state
    statement expect expected will would could last next week month year day time ago earlier later
    about around nearly almost some more less than""".split())
#: How many content words on each side of a value make its context.
_ROLE_WINDOW = 6
#: Minimum sentence similarity for two different values in one slot to count as a conflict.
CONFLICT_SIMILARITY: Mapping[str, float] = {
    "weekday": 0.2,
    "trip duration": 0.0,  # the trip noun itself ties the two values to the same slot
    "duration": 0.3,
    "count": 0.25,
    "money": 0.35,
    "percent": 0.35,
    "amount": 0.3,
    "margin of error": 0.0,  # the slot itself and the sample (see _margin_cap) tie two margins
}
#: Minimum sentence similarity for two places or two relative times to be paired (besides a
#: shared word): below it the sentences tell different parts of the story. Chosen on BASIL dev
#: by reading every pair (docs/CLAIMS.md, "Conflicts over places and relative times").
WORD_SLOT_SIMILARITY = 0.15
_KIND_WEIGHT = {"number": 3.0, "entity": 2.5, "date": 2.0, "quote": 1.5, "phrase": 1.0}
#: A quote is given elsewhere in other words when one sentence of another article holds this
#: share of its content words (and at least :data:`QUOTE_SHARED_MIN` of them).
QUOTE_SHARED_SHARE = 0.5
#: What a phrase in ``wording_only_in`` means, said the same in every view.
WORDING_ONLY_EXPLANATION = ("No other article uses these words; it may tell the same thing in other words "
                            "(\u201ctroubled past\u201d, \u201cpersonal turmoil\u201d): read both before calling it "
                            "a detail only this outlet reports.")
QUOTE_SHARED_MIN = 2
_QUOTE_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?")
_PREFIX = 6  # letters compared in the loose check ("nomina" for nominate/nomination)


# ---------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class Evidence:
    """Where one article states a detail: the detail's own span and its sentence.

    ``start``/``end``/``text`` index the article's text (the whole sentence when the article
    says it in other words, e.g. a phrase matched by its words); ``sentence_start``/
    ``sentence_end``/``sentence`` are the evidence sentence.
    """

    source: str
    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        """Return the evidence as a JSON-ready dict."""
        return {
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "sentence": {"start": self.sentence_start, "end": self.sentence_end, "text": self.sentence},
        }


@dataclass(frozen=True)
class DetailRow:
    """One detail of the story and the articles that include it.

    ``id`` is stable within a comparison ("d1", "d2", ... in the order of the table);
    ``articles`` are sources; ``evidence`` has one entry per article; ``informativeness``
    ranks details (higher = more specific: numbers and names weigh more than phrases, words rare
    in the story more than common ones; open-ended, roughly 1-5); ``independent_sources``
    counts the articles after merging those whose evidence sentences are near-copies of each
    other.
    """

    id: str
    kind: str
    text: str
    key: str
    articles: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    informativeness: float
    independent_sources: int
    slot: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return the row as a JSON-ready dict."""
        return {
            "id": self.id,
            "text": self.text,
            "kind": self.kind,
            "key": self.key,
            "slot": self.slot,
            "articles": list(self.articles),
            "independent_sources": self.independent_sources,
            "informativeness": self.informativeness,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class Omission:
    """A detail most articles carry that ``missing_from`` does not mention in any form."""

    detail: str
    kind: str
    text: str
    missing_from: str
    carried_by: tuple[str, ...]
    share: float
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the omission as a JSON-ready dict."""
        return {
            "detail": self.detail,
            "kind": self.kind,
            "text": self.text,
            "missing_from": self.missing_from,
            "carried_by": list(self.carried_by),
            "share": self.share,
            "explanation": self.explain(),
            "evidence": [e.to_dict() for e in self.evidence],
        }

    def explain(self) -> str:
        """One line for a reader: who carries it and who does not."""
        return (
            f"{len(self.carried_by)} other articles mention {self.text!r}; {self.missing_from} does not "
            "mention it in any form."
        )


@dataclass(frozen=True)
class ConflictSide:
    """One value in a conflict, and the articles that state it (with evidence)."""

    value: str
    text: str
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the side as a JSON-ready dict."""
        return {
            "value": self.value,
            "text": self.text,
            "articles": [e.source for e in self.evidence],
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class Conflict:
    """The same slot with different values in different articles.

    ``slot`` says what the values are about ("weekday", "trip duration", "money:usd", "who
    posted the video", "place", "relative time"); ``kind`` is "date", "number" or "name";
    ``similarity`` is the cosine similarity (0-1) of the best pair of evidence sentences;
    ``confidence`` (0-1) says how sure it is that both values fill the same slot: the two
    sentences name the same person, place or body (``shared_names``) and the same action or
    thing next to the value (``shared_words``, "meeting" / "meet"), each worth 0.4, plus up to 0.2
    for sentence similarity. At :data:`CONFLICT_CONFIDENCE` or more it is a conflict; below, it
    is listed apart to check by hand. ``explanation`` is one line for a reader. ``dates``, for
    days only, holds the word each side's day dates when the two differ ("meeting", "stop"):
    such a pair is always listed apart, since both days may be right.
    """

    slot: str
    kind: str
    sides: tuple[ConflictSide, ...]
    similarity: float
    explanation: str
    confidence: float = 1.0
    shared_names: tuple[str, ...] = ()
    shared_words: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the conflict as a JSON-ready dict."""
        return {
            "slot": self.slot,
            "kind": self.kind,
            "similarity": self.similarity,
            "confidence": self.confidence,
            "shared_names": list(self.shared_names),
            "shared_words": list(self.shared_words),
            "dates": list(self.dates),
            "explanation": self.explanation,
            "sides": [side.to_dict() for side in self.sides],
        }


@dataclass(frozen=True)
class SharedSentence:
    """Two sentences in different articles that are near-verbatim copies of each other.

    ``ratio`` is difflib's similarity ratio of the two lowercased sentences (0-1, 1 = same).
    ``label`` tells three things apart: ``"copied text"`` is the outlets' own words written alike
    (wire copy, a press release), which makes their agreement less independent; ``"same
    quote"`` is two outlets quoting the same statement, memo or tweet (most of both sentences
    inside quotation marks in either article), which is ordinary reporting and changes nothing;
    ``"quoted report"`` is one outlet quoting the other's own words from its report, which is
    not independent either.
    """

    a: Evidence
    b: Evidence
    ratio: float
    label: str = "copied text"

    def to_dict(self) -> dict[str, Any]:
        """Return the pair as a JSON-ready dict."""
        return {"a": self.a.to_dict(), "b": self.b.to_dict(), "ratio": self.ratio, "label": self.label,
                "explanation": self.explain()}

    def explain(self) -> str:
        """One line for a reader: what the likeness means."""
        if self.label == "same quote":
            return "Both outlets quote the same words; quoting a statement is ordinary reporting, not copying."
        if self.label == "quoted report":
            return ("One outlet quotes the other's report word for word, so their agreement here is not "
                    "independent.")
        return ("The outlets' own words are nearly the same (wire copy or a press release), so their "
                "agreement here is not independent.")


def shared_text_summary(pairs: Sequence[SharedSentence]) -> str:
    """The pairs of shared sentences counted by their labels, in plain words: "3 sentence pairs
    shared: 0 copied text, 3 the same quote" (the one wording of the summary and the report)."""
    copied = sum(1 for p in pairs if p.label == "copied text")
    reports = sum(1 for p in pairs if p.label == "quoted report")
    pairs_word = "sentence pair" if len(pairs) == 1 else "sentence pairs"
    quoted_reports = f", {reports} one outlet quoting the other's report" if reports else ""
    return (f"{len(pairs)} {pairs_word} shared: {copied} copied text, {len(pairs) - copied - reports} the same quote"
            f"{quoted_reports}")


@dataclass(frozen=True)
class Passage:
    """Consecutive sentences of one article that no other article has a similar sentence for.

    ``best_similarity`` is the highest cosine any of its sentences reaches against any sentence
    of another article (below :data:`COUNTERPART_THRESHOLD`).
    """

    source: str
    start: int
    end: int
    text: str
    sentences: tuple[int, ...]
    best_similarity: float

    def to_dict(self) -> dict[str, Any]:
        """Return the passage as a JSON-ready dict."""
        return {
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "sentences": list(self.sentences),
            "best_similarity": self.best_similarity,
        }


@dataclass(frozen=True)
class OtherWords:
    """A sentence without counterpart by its words that may tell in other words what ``other``
    (a sentence of another article) tells: both name one cast entity and use ``shared``, a pair of
    words in a row few sentences of the story use (:data:`OTHER_WORDS_PAIR_SENTENCES`). To check
    by hand: listed apart, never as a sentence only its outlet has."""

    sentence: Evidence
    other: Evidence
    shared: str

    def to_dict(self) -> dict[str, Any]:
        """Return the pair as a JSON-ready dict (``comparison.maybe_told_in_other_words``)."""
        return {"sentence": self.sentence.to_dict(), "other": self.other.to_dict(), "shared": self.shared}


@dataclass(frozen=True)
class StoryComparison:
    """Everything the comparison found; ``to_dict()`` is the ``comparison`` of report.json.

    ``comparable`` is false when the story has fewer than two articles (``message`` says so
    and the lists are empty apart from ``details``). ``only_in`` maps each source to the ids of
    its unique details, most informative first; ``only_in_to_check`` holds, apart, the unique
    phrases and names of things another article may state in other words (a similar sentence
    shares one of their words, in any form or a synonym): they are not claimed as "only here";
    ``said_elsewhere`` gives, for each of them, the other article's sentence, to read beside it.
    ``occurrences`` says when the articles date the story's central event to different days
    (:mod:`biaslens.occurrences`; its explanation is also one of the ``warnings``).
    ``wording_only_in`` maps each source to its phrases ("troubled past") that no other article
    words alike and none says near them in other words: shown as wording only this outlet uses,
    never as facts only it reports (word matching cannot show a fact is absent elsewhere: "personal
    turmoil" may tell the same). ``only_in`` holds names, numbers, dates and quotes only. ``sentence_similarity`` maps each source to
    the best cross-article cosine of each of its sentences (by sentence index). ``without_counterpart``
    holds the passages no sentence of another article shares enough words with
    (:data:`WITHOUT_COUNTERPART_EXPLANATION`); ``other_words`` the sentences of that kind set apart
    because another article's sentence may tell them in other words (:class:`OtherWords`).
    """

    sources: tuple[str, ...]
    outlets: Mapping[str, str]
    comparable: bool
    message: str
    details: tuple[DetailRow, ...]
    only_in: Mapping[str, tuple[str, ...]]
    omissions: tuple[Omission, ...]
    conflicts: tuple[Conflict, ...]
    shared_text: tuple[SharedSentence, ...]
    without_counterpart: tuple[Passage, ...]
    sentence_similarity: Mapping[str, tuple[float, ...]] = field(default_factory=dict)
    conflicts_to_check: tuple[Conflict, ...] = ()
    warnings: tuple[str, ...] = ()
    cast: Cast | None = None
    speakers: Mapping[str, Mapping[int, tuple[str | None, str | None]]] = field(default_factory=dict)
    quoted_spans: Mapping[str, Mapping[int, tuple[int, str]]] = field(default_factory=dict)
    heard: Mapping[str, frozenset[str]] = field(default_factory=dict)
    only_in_to_check: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    said_elsewhere: Mapping[str, Evidence] = field(default_factory=dict)
    wording_only_in: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    occurrences: DifferentOccurrences | None = None
    other_words: tuple[OtherWords, ...] = ()

    def speaker_of(self, source: str, quote_start: int) -> tuple[str | None, str | None]:
        """(cast entity id, speaker kind) of the quote of ``source`` starting at ``quote_start``."""
        return self.speakers.get(source, {}).get(quote_start, (None, None))

    def voices(self) -> list[dict[str, Any]]:
        """Per quoted cast entity, the sources that quote it and the quoted words as evidence
        (``comparison.voices``), most widely quoted first."""
        if self.cast is None:
            return []
        quoted: dict[str, set[str]] = defaultdict(set)
        evidence: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for source, by_start in sorted(self.speakers.items()):
            for start, (entity_id, _) in sorted(by_start.items()):
                if entity_id:
                    quoted[entity_id].add(source)
                    end, text = self.quoted_spans.get(source, {}).get(start, (start, ""))
                    evidence[entity_id].append({"source": source, "start": start, "end": end, "text": text})
        ids = sorted(quoted, key=lambda e: (-len(quoted[e]), int(e[1:])))
        return [{"entity": e, "name": self.cast.entity(e).name, "kind": self.cast.entity(e).kind,
                 "sources": sorted(quoted[e]), "heard_in": sorted(self.heard.get(e, frozenset()) - quoted[e]),
                 "quotes": evidence[e]} for e in ids]

    def lone_voices(self) -> dict[str, str]:
        """Entity id -> the one source that quotes it, for the voices no other article quotes or
        reports speaking ("Voices only one outlet gave")."""
        return {v["entity"]: v["sources"][0] for v in self.voices() if len(v["sources"]) == 1 and not v["heard_in"]}

    def explain_said_elsewhere(self, detail_id: str) -> str:
        """One line for a reader: why a detail of ``only_in_to_check`` is not called unique."""
        other = self.said_elsewhere[detail_id]
        return (f"{other.source} has a close sentence that may say {self.row(detail_id).text!r} in other words: "
                "read both before calling it unique.")

    def row(self, detail_id: str) -> DetailRow:
        """Return the detail row with ``detail_id``."""
        return self._rows()[detail_id]

    def _rows(self) -> dict[str, DetailRow]:
        return self._row_index

    @cached_property
    def _row_index(self) -> dict[str, DetailRow]:
        # Built once: the report asks for rows by id hundreds of times, and building the dict of
        # every detail per ask grew with details x asks.
        return {r.id: r for r in self.details}

    def unique_rows(self, source: str) -> tuple[DetailRow, ...]:
        """Return the details only ``source`` includes, most informative first."""
        rows = self._rows()
        return tuple(rows[i] for i in self.only_in.get(source, ()))

    def wording_rows(self, source: str) -> tuple[DetailRow, ...]:
        """Return the phrases only ``source`` words this way (:data:`WORDING_ONLY_EXPLANATION`),
        most informative first."""
        rows = self._rows()
        return tuple(rows[i] for i in self.wording_only_in.get(source, ()))

    def to_dict(self) -> dict[str, Any]:
        """Return the comparison as JSON-ready data (values unrounded)."""
        return {
            "comparable": self.comparable,
            "message": self.message,
            "articles": [{"source": s, "outlet": self.outlets[s]} for s in self.sources],
            "thresholds": {
                "counterpart_cosine": COUNTERPART_THRESHOLD,
                "shared_text_ratio": SHARED_RATIO,
                "omission_share": OMISSION_SHARE,
            },
            "details": [row.to_dict() for row in self.details],
            "only_in": {s: list(self.only_in.get(s, ())) for s in self.sources},
            "only_in_to_check": {s: list(self.only_in_to_check.get(s, ())) for s in self.sources},
            "wording_only_in": {s: list(self.wording_only_in.get(s, ())) for s in self.sources},
            "wording_only_explanation": WORDING_ONLY_EXPLANATION,
            "said_elsewhere": {i: {**e.to_dict(), "explanation": self.explain_said_elsewhere(i)}
                               for i, e in self.said_elsewhere.items()},
            "omissions": [o.to_dict() for o in self.omissions],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "conflicts_to_check": [c.to_dict() for c in self.conflicts_to_check],
            "warnings": list(self.warnings),
            "different_occurrences": self.occurrences.to_dict() if self.occurrences else None,
            "shared_text": [s.to_dict() for s in self.shared_text],
            "without_counterpart": [p.to_dict() for p in self.without_counterpart],
            "without_counterpart_explanation": WITHOUT_COUNTERPART_EXPLANATION,
            "maybe_told_in_other_words": [o.to_dict() for o in self.other_words],
            "entities": self.cast.to_list() if self.cast is not None else [],
            "voices": self.voices(),
        }


# ---------------------------------------------------------------------------------------------
# Entry points


def compare_story(analysis: StoryAnalysis) -> StoryComparison:
    """Compare the articles of an analysed story (see the module docstring for what it finds).

    Quote speakers found by the quotes extractor are resolved to the story's cast here.
    """
    comparison = compare_articles([a.article for a in analysis.articles])
    if comparison.cast is None:
        return comparison
    speakers = {
        a.article.source: _not_own_outlet(comparison.cast, a.article,
                                          quote_speakers(comparison.cast, a.article.source, a.items("quote")))
        for a in analysis.articles
    }
    # The quoted words are the evidence of each voice (offsets into the article's text).
    spans = {a.article.source: {q.start: (q.end, q.text) for q in a.items("quote")} for a in analysis.articles}
    # Another article may give the same voice in reported speech or print its words unattributed.
    heard = heard_elsewhere(comparison.cast, {a.article.source: a.article.text for a in analysis.articles},
                            {s: {start: (speakers[s][start][0], spans[s][start][1]) for start in spans[s]} for s in spans})
    return replace(comparison, speakers=speakers, quoted_spans=spans, heard=heard)


def _not_own_outlet(cast: Cast, article: Article,
                    speakers: dict[int, tuple[str | None, str | None]]) -> dict[int, tuple[str | None, str | None]]:
    """``speakers`` without the article's own outlet: fox gives no voice to Fox News (see names_outlet)."""
    return {start: (None, None) if entity and names_outlet(cast.entity(entity).name, article) else (entity, kind)
            for start, (entity, kind) in speakers.items()}


def _printed(detail: str, text: str) -> bool:
    """Whether ``text`` prints ``detail``'s words as they stand (case aside, whole words)."""
    return bool(text) and re.search(r"(?<!\w)" + re.escape(detail) + r"(?!\w)", text, re.I) is not None


def _up_to(article: Article, cut: int) -> Article:
    """``article`` read up to character ``cut``: its text a prefix, its sentences those before."""
    return replace(article, text=article.text[:cut], sentences=tuple(s for s in article.sentences if s.end <= cut))


def compare_articles(articles: Sequence[Article]) -> StoryComparison:
    """Compare ``articles`` (distinct ``source`` names) and return a :class:`StoryComparison`."""
    # The comparison allocates hundreds of thousands of small objects and frees them by
    # reference counting (it makes no reference cycles), so the cyclic garbage collector would
    # only rescan every object of the process, again and again, for nothing: a quarter of the
    # time on 500 articles. It is paused for the call and restored as it was.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _compare_articles(articles)
    finally:
        if enabled:
            gc.enable()


def _compare_articles(articles: Sequence[Article]) -> StoryComparison:
    articles = sorted(articles, key=lambda a: a.source)
    # Paragraphs after a correction notice that tell of other posts are no part of the story: the
    # comparison reads each article up to them (a prefix of its text, so every offset holds).
    teasers = {a.source: teaser_paragraphs(a, [o for o in articles if o is not a]) for a in articles} \
        if len(articles) > 1 else {}
    teaser_warnings = tuple(teaser_warning(a, teasers[a.source]) for a in articles if teasers.get(a.source))
    full_sentences = {a.source: len(a.sentences) for a in articles}
    teaser_text = {a.source: a.text[teasers[a.source][0][0]:] for a in articles if teasers.get(a.source)}
    articles = [_up_to(a, teasers[a.source][0][0]) if teasers.get(a.source) else a for a in articles]
    sources = tuple(a.source for a in articles)
    outlets = {a.source: a.outlet for a in articles}
    details = [extract_details(a) for a in articles]
    index = _StoryIndex(articles, details)
    cast = index.cast
    rows, presence = _build_rows(index)
    if len(articles) < 2:
        message = (
            "Only one article: there is nothing to compare." if articles else "No articles: there is nothing to compare."
        )
        final = _finalise_rows(rows, index, shared=set())
        return StoryComparison(sources, outlets, False, message, final, {s: () for s in sources}, (), (), (), (),
                               warnings=story_warnings(articles, {}), cast=cast)
    best_sim, best_arg, candidates = _sentence_matches(index)
    shared = _quoted_reports(_shared_text(index, candidates), index)
    # Only copied text (or one outlet quoting the other's report) makes agreement less
    # independent; quoting the same statement does not.
    shared_keys = {(x.a.source, x.a.sentence_start, x.b.source, x.b.sentence_start) for x in shared
                   if x.label != "same quote"}
    final = _finalise_rows(rows, index, shared_keys)
    # Two outlets quoting one statement, each cutting its own sentence around it, share no similar
    # sentence: the quote rows (the same words, however cut) find them.
    quoted = _quoted_reports(_shared_quotes(final, shared, index), index)
    if quoted:
        shared = tuple(sorted(shared + quoted, key=lambda p: (p.a.source, p.a.sentence_start, p.b.source,
                                                              p.b.sentence_start)))
        if any(p.label != "same quote" for p in quoted):
            shared_keys = {(x.a.source, x.a.sentence_start, x.b.source, x.b.sentence_start) for x in shared
                           if x.label != "same quote"}
            final = _finalise_rows(rows, index, shared_keys)
    only_in, only_to_check, said_elsewhere, wording = _only_in(final, presence, index)
    omissions = _omissions(final, presence, index)
    if teaser_text:
        # Left out of the story, the teasers are still on the page a reader holds: no claim says
        # an article lacks what its teaser prints ("Friday", "White House"), so neither "only
        # here" for another outlet nor "left out" by the article itself.
        by_id = {r.id: r for r in final}
        only_in = {source: tuple(i for i in ids if not any(_printed(by_id[i].text, t) for other, t in teaser_text.items()
                                                            if other != source))
                   for source, ids in only_in.items()}
        omissions = tuple(o for o in omissions if not _printed(o.text, teaser_text.get(o.missing_from, "")))
    every_conflict = tuple(sorted(_conflicts(index) + _relation_conflicts(index) + _word_slot_conflicts(index),
                                  key=lambda c: (-c.confidence, -c.similarity, c.slot, c.sides[0].value)))
    conflicts = tuple(c for c in every_conflict if c.confidence >= CONFLICT_CONFIDENCE)
    to_check = tuple(c for c in every_conflict if c.confidence < CONFLICT_CONFIDENCE)
    shared_facts = {
        (e.source, e.sentence_start)
        for row in final
        if len(row.articles) > 1 and (row.kind in ("number", "quote") or (row.kind == "date" and row.slot != "weekday"))
        for e in row.evidence
    }
    # A row's evidence is each article's first mention; a later sentence stating the same number
    # or date ("were working in 2012" after a lead giving 2012) states a shared fact too. Not a
    # month named alone ("going into November"): the story's calendar, no fact of the sentence.
    shared_keys_of_facts = {row.key for row in final if len(row.articles) > 1 and (
        row.kind == "number" or (row.kind == "date" and row.slot != "weekday"))}
    for i, details in enumerate(index.details):
        article = index.articles[i]
        shared_facts.update((article.source, article.sentences[d.sentence].start) for d in details
                            if d.kind in ("number", "date") and d.key in shared_keys_of_facts
                            and any(c.isdigit() for c in d.text))
    told = _told_in_other_words(index, best_sim, shared_facts)
    other_words = tuple(told.values())
    passages = _without_counterpart(index, best_sim, shared_facts, set(told))
    similarity = {  # a teaser paragraph's sentences have no counterpart: 0
        a.source: tuple(float(best_sim[index.offsets[i] + j]) if j < len(a.sentences) else 0.0
                        for j in range(full_sentences[a.source]))
        for i, a in enumerate(articles)
    }
    counterpart_share = {}
    for i, article in enumerate(articles):
        body = [s for s in article.body_sentences if not _is_heading(s.text)]
        matched = sum(1 for s in body if best_sim[index.offsets[i] + s.index] >= COUNTERPART_THRESHOLD)
        counterpart_share[article.source] = matched / len(body) if body else 0.0
    from .occurrences import event_days  # it builds on compare's Evidence: imported here

    occurrences, too_early = event_days(articles, cast)
    warnings = (teaser_warnings + story_warnings(articles, counterpart_share)
                + ((occurrences.explanation,) if occurrences else ()) + ((too_early,) if too_early else ()))
    n_unique = sum(len(v) for v in only_in.values())
    message = (
        f"{len(articles)} articles, {len(final)} details; {n_unique} found in one article only "
        f"(and {sum(len(v) for v in wording.values())} phrases worded by one article only), "
        f"{len(omissions)} left out by one article, {len(conflicts)} conflicts, "
        f"{shared_text_summary(shared)}."
    )
    return StoryComparison(
        sources, outlets, True, message, final, only_in, omissions, conflicts, shared, passages, similarity, to_check,
        warnings, cast=cast, only_in_to_check=only_to_check, said_elsewhere=said_elsewhere, wording_only_in=wording,
        occurrences=occurrences, other_words=other_words,
    )


# ---------------------------------------------------------------------------------------------
# Indexes

_ARTICLE_WORD = re.compile(r"[^\W_]+(?:[’'.\-][^\W_]+)*")


def _pairs(tokens: Sequence[str]) -> Iterable[tuple[str, str]]:
    return zip(tokens, tokens[1:])



class _StoryIndex:
    """Per-article lookups built once: word sets, stem-to-sentence bitmasks, n-gram postings."""

    def __init__(self, articles: Sequence[Article], details: Sequence[tuple[Detail, ...]]):
        self.articles = list(articles)
        self.details = list(details)
        self.n = len(articles)
        self.cast: Cast = build_cast(self.articles, self.details)
        self.offsets: list[int] = []
        self.sentence_stems: list[tuple[str, ...]] = []
        self.sentence_owner: list[int] = []
        self.stem_masks: list[dict[str, int]] = []
        self.prefixes: list[set[str]] = []
        self.words: list[set[str]] = []
        self.prefix_postings: dict[str, set[int]] = defaultdict(set)
        self.trigram_postings: dict[tuple[str, str, str], set[int]] = defaultdict(set)
        self.word_lists: list[list[str]] = []
        self.word_postings: dict[str, set[int]] = defaultdict(set)
        df: dict[str, int] = {}
        total = 0
        for i, article in enumerate(articles):
            self.offsets.append(total)
            masks: dict[str, int] = {}
            for sentence in article.sentences:
                stems = content_stems(sentence.text)
                self.sentence_stems.append(stems)
                bit = 1 << sentence.index
                for st in dict.fromkeys(stems):  # each stem once, in order of first use
                    masks[st] = masks.get(st, 0) | bit
            self.sentence_owner.extend([i] * len(article.sentences))
            total += len(article.sentences)
            self.stem_masks.append(masks)
            # A stem's sentence frequency is the number of bits in its masks.
            for st, mask in masks.items():
                df[st] = df.get(st, 0) + mask.bit_count()
            prefixes = {st[:_PREFIX] for st in masks}
            self.prefixes.append(prefixes)
            for p in prefixes:
                self.prefix_postings[p].add(i)
            words = list(map(normalise_word, _ARTICLE_WORD.findall(article.text)))
            self.word_lists.append(words)
            word_set = set(words)
            # Hyphenated words also count by their parts ("US-Japan" mentions Japan).
            for w in [w for w in word_set if "-" in w]:
                word_set.update(w.split("-"))
            self.words.append(word_set)
            for w in word_set:
                self.word_postings[w].add(i)
        self.total_sentences = total
        # Word trigrams are only needed to find quotes, so only quotes' trigrams are indexed.
        wanted = {tri for details_ in details for d in details_ if d.kind == "quote"
                  for tri in zip(d.tokens, d.tokens[1:], d.tokens[2:])}
        if wanted:
            for i, words in enumerate(self.word_lists):
                for tri in wanted.intersection(zip(words, words[1:], words[2:])):
                    self.trigram_postings[tri].add(i)
        self.sorted_words = sorted(self.word_postings)
        # Pairs of adjacent stems are only looked up for phrases, so only phrases' pairs are indexed.
        pairs = {pair for details_ in details for d in details_ if d.kind == "phrase"
                 for pair in _pairs(d.key.split(":", 1)[1].split())}
        self.bigram_postings: dict[tuple[str, str], set[int]] = defaultdict(set)
        if pairs:
            for i, offset in enumerate(self.offsets):
                stems_of = self.sentence_stems[offset:offset + len(self.articles[i].sentences)]
                for pair in pairs.intersection(chain.from_iterable(zip(st, st[1:]) for st in stems_of)):
                    self.bigram_postings[pair].add(i)
        self.sentence_df: Counter[str] = Counter(df)
        self._idf: dict[str, float] = {}
        self._by_prefix: dict[str, set[int]] = {}
        self._stated: dict[Callable[[str], frozenset[float]], dict[float, set[int]]] = {}
        self._numbers_by_slot: dict[str, list[tuple[int, Detail]]] | None = None
        self._dates: dict[int, frozenset[tuple[int, int]]] = {}

    @cached_property
    def families(self) -> dict[str, dict[str, set[int]]]:
        """Surname -> person row key -> the articles where the cast names another person of that
        surname (a family: Hillary, Bill and Chelsea Clinton) and not this one."""
        position = {a.source: i for i, a in enumerate(self.articles)}
        named: dict[str, dict[str, set[int]]] = defaultdict(dict)
        for entity in self.cast.entities:
            words = entity.key.split()
            if entity.kind == "person" and len(words) >= 2:
                named[words[-1]]["entity:" + entity.key] = {position[m.source] for m in entity.mentions}
        return {surname: {key: set().union(*(a for k, a in persons.items() if k != key)) - own
                          for key, own in persons.items()}
                for surname, persons in named.items() if len(persons) >= 2}

    def meaning(self) -> tuple[Any, list[tuple[str, ...]], Counter[str]]:
        """TF-IDF rows (CSR, L2-normalised) of every sentence over its meaning keys, each
        sentence's keys, and each key's sentence frequency; built on first use."""
        cached = getattr(self, "_meaning", None)
        if cached is not None:
            return cached
        keys = story_meaning_keys([s.text for a in self.articles for s in a.sentences])
        vocab = {k: col for col, k in enumerate(dict.fromkeys(chain.from_iterable(keys)))}
        df: Counter[str] = Counter(chain.from_iterable(set(k) for k in keys))
        data, indices, indptr = [], [], [0]
        for ks in keys:
            counts = Counter(ks)
            for k in sorted(counts, key=vocab.__getitem__):
                indices.append(vocab[k])
                data.append(float(counts[k]))
            indptr.append(len(indices))
        counts_matrix = sp.csr_matrix((np.array(data), np.array(indices, dtype=np.int64), np.array(indptr)),
                                      shape=(len(keys), max(1, len(vocab))))
        matrix = tfidf_weighted(counts_matrix) if data else counts_matrix
        self._meaning = (matrix, keys, df)
        return self._meaning

    def word_forms(self, i: int) -> list[list[tuple[str, frozenset[str]] | None]]:
        """Each sentence of article ``i`` as its words in order, a content word as its
        :func:`biaslens.details.word_root` and :func:`biaslens.details.form_roots`, any other
        word (stop word, number) as ``None``; hyphened words by their parts. Built on first use."""
        cache: dict[int, list[list[tuple[str, frozenset[str]] | None]]] = self.__dict__.setdefault("_word_forms", {})
        if i not in cache:
            cache[i] = [[(word_root(w), form_roots(w)) if w.lower() not in STOP_WORDS and not _NUMERIC.search(w) else None
                         for w in _FORM_WORD.findall(s.text)] for s in self.articles[i].sentences]
        return cache[i]

    def form_postings(self) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
        """Where each root stands in :meth:`word_forms`, by flat sentence index: every
        :func:`biaslens.details.form_roots` of a content word, and its
        :func:`biaslens.details.word_root` alone. Built on first use, so that a phrase said in
        another form is looked for only in the sentences holding all its roots, not in every
        sentence of the story (a scan per phrase grew with the square of a story's size)."""
        cached = getattr(self, "_form_postings", None)
        if cached is not None:
            return cached
        forms: dict[str, set[int]] = defaultdict(set)
        heads: dict[str, set[int]] = defaultdict(set)
        for i, offset in enumerate(self.offsets):
            for s, sentence in enumerate(self.word_forms(i)):
                for word in sentence:
                    if word is not None:
                        heads[word[0]].add(offset + s)
                        for root in word[1]:
                            forms[root].add(offset + s)
        self._form_postings = (dict(forms), dict(heads))
        return self._form_postings

    def sentence_entities(self) -> list[frozenset[str]]:
        """The cast entities (ids) each sentence names, by flat sentence index; built on first use."""
        cached = getattr(self, "_sentence_entities", None)
        if cached is not None:
            return cached
        found: list[set[str]] = [set() for _ in range(self.total_sentences)]
        position = {a.source: i for i, a in enumerate(self.articles)}
        starts = [[s.start for s in a.sentences] for a in self.articles]
        for entity in self.cast.entities:
            for m in entity.mentions:
                i = position[m.source]
                k = max(0, bisect.bisect_right(starts[i], m.start) - 1)
                found[self.offsets[i] + k].add(entity.id)
        self._sentence_entities = [frozenset(f) for f in found]
        return self._sentence_entities

    def articles_with_prefix(self, prefix: str) -> set[int]:
        """Articles with a word starting with ``prefix`` ("chin" finds China and Chinese).

        The set is shared between calls with the same prefix: do not change it.
        """
        cached = self._by_prefix.get(prefix)
        if cached is not None:
            return cached
        found: set[int] = set()
        position = bisect.bisect_left(self.sorted_words, prefix)
        while position < len(self.sorted_words) and self.sorted_words[position].startswith(prefix):
            word = self.sorted_words[position]
            if len(word) <= len(prefix) + 5:  # "korea" -> "korean", not "koreatown-based"
                found |= self.word_postings[word]
            position += 1
        self._by_prefix[prefix] = found
        return found

    def articles_with_value(self, value: float) -> set[int]:
        """Articles that state ``value`` in any spelling (see :func:`biaslens.values.quantities`).

        The set is shared between calls: do not change it.
        """
        return self._stating(quantities).get(rounded(value), set())

    def articles_with_duration(self, days: float) -> set[int]:
        """Articles that state a length of ``days`` in any unit (see :func:`biaslens.values.durations`).

        The set is shared between calls: do not change it.
        """
        return self._stating(durations).get(rounded(days), set())

    def _stating(self, read: Callable[[str], frozenset[float]]) -> dict[float, set[int]]:
        """Value -> the articles whose text ``read`` finds it in; built once per reader."""
        if read not in self._stated:
            postings: dict[float, set[int]] = defaultdict(set)
            for i, article in enumerate(self.articles):
                for v in read(article.text):
                    postings[v].add(i)
            self._stated[read] = postings
        return self._stated[read]

    def numbers_by_slot(self) -> dict[str, list[tuple[int, Detail]]]:
        """Every number detail of the story with a value, grouped by slot ("money:usd")."""
        if self._numbers_by_slot is None:
            self._numbers_by_slot = defaultdict(list)
            for i, details in enumerate(self.details):
                for d in details:
                    if d.kind == "number" and isinstance(d.value, float):
                        self._numbers_by_slot[d.slot].append((i, d))
        return self._numbers_by_slot

    def dates(self, i: int) -> frozenset[tuple[int, int]]:
        """Every (month, day) article ``i`` states, in any spelling."""
        found = self._dates.get(i)
        if found is None:
            found = self._dates[i] = dates(self.articles[i].text)
        return found

    def named_days(self, i: int) -> frozenset[tuple[int, int]]:
        """The (month, day)s article ``i`` names by weekday, "yesterday" or "tomorrow", counted
        from its publication day (:func:`biaslens.values.named_days`)."""
        cache = self.__dict__.setdefault("_named_days", {})
        if i not in cache:
            cache[i] = named_days(self.articles[i].text, self.articles[i].published)
        return cache[i]

    def relative_months(self, i: int) -> frozenset[tuple[int, int]]:
        """The months article ``i`` names as "next month" or "last month" (:func:`biaslens.values.relative_months`)."""
        cache = self.__dict__.setdefault("_relative_months", {})
        if i not in cache:
            cache[i] = relative_months(self.articles[i].text, self.articles[i].published)
        return cache[i]

    def idf(self, stem_: str) -> float:
        """Smoothed inverse sentence frequency of a stem within the story."""
        value = self._idf.get(stem_)
        if value is None:
            value = self._idf[stem_] = smoothed_idf(self.total_sentences, self.sentence_df.get(stem_, 0))
        return value

    def sentence(self, i: int, index: int):  # type: ignore[no-untyped-def]
        """Return sentence ``index`` of article ``i``."""
        return self.articles[i].sentences[index]

    def evidence(self, i: int, start: int, end: int, sentence_index: int) -> Evidence:
        """Build evidence for article ``i`` (offsets checked against the canonical text)."""
        article = self.articles[i]
        sentence = article.sentences[sentence_index]
        if not 0 <= start <= end <= len(article.text):
            raise ValueError(f"evidence {start}:{end} outside article {article.source!r}")
        return Evidence(article.source, start, end, article.text[start:end], sentence.start, sentence.end, sentence.text)


# ---------------------------------------------------------------------------------------------
# Rows: one per detail of the story


@dataclass
class _Row:
    kind: str
    key: str
    tokens: tuple[str, ...]
    slot: str
    members: dict[int, Detail] = field(default_factory=dict)  # article -> first detail
    texts: Counter[str] = field(default_factory=Counter)
    extra: dict[int, int] = field(default_factory=dict)  # article -> sentence (matched in other words)
    loose_tokens: tuple[str, ...] | None = None  # the words the loose check asks for, when not all tokens


@dataclass
class _Presence:
    strict: set[int]
    loose: set[int]


def _entity_keys(index: _StoryIndex) -> list[dict[tuple[int, int], tuple[str, str]]]:
    """Per article, each named mention detail (by offsets) -> (row key, entity kind) of its cast entity.

    The cast (:mod:`biaslens.cast`) decides which mentions are one entity ("Flynn" = "Michael
    Flynn", "Nafta" = "North American Free Trade Agreement"), so every mention of an entity
    lands in one row, whatever name each outlet used.
    """
    cast: Cast = index.cast
    out: list[dict[tuple[int, int], tuple[str, str]]] = []
    for article, details in zip(index.articles, index.details):
        local: dict[tuple[int, int], tuple[str, str]] = {}
        for d in details:
            if d.kind == "entity":
                entity = cast.at(article.source, d.start, d.end)
                if entity is not None and cast.is_alias(article.source, d.start, d.end):
                    # "the alias Carlos Danger" is the person, but a name only some outlets print.
                    local[(d.start, d.end)] = (d.key, entity.kind)
                elif entity is not None:
                    local[(d.start, d.end)] = ("entity:" + entity.key, entity.kind)
        out.append(local)
    return out


def _build_rows(index: _StoryIndex) -> tuple[list[_Row], dict[str, _Presence]]:
    entity_map = _entity_keys(index)
    rows: dict[str, _Row] = {}
    widened: set[tuple[int, tuple[int, int]]] = set()  # (article, cast span) of details read as a longer mention
    quote_details: list[tuple[int, Detail]] = []
    for i, details in enumerate(index.details):
        for d in details:
            if d.kind == "quote":
                quote_details.append((i, d))
                continue
            key, entity_kind = d.key, ""
            if d.kind == "entity":
                if (d.start, d.end) not in entity_map[i]:
                    continue  # the cast names no one there ("the Arizona Republican" describes McCain)
                key, entity_kind = entity_map[i][(d.start, d.end)]
                span = index.cast.mention_span(index.articles[i].source, d.start, d.end)
                if span is not None and d.start <= span[0] and span[1] <= d.end and span != (d.start, d.end):
                    # "The New York Democrat" mentions New York: the row shows the name the cast read.
                    d = replace(d, start=span[0], end=span[1], text=index.articles[i].text[span[0]:span[1]])
                elif span is not None and span[0] <= d.start and d.end <= span[1] and any(
                        o is not d and o.kind == "entity" and span[0] <= o.start and o.end <= span[1] for o in details):
                    # "Roe" and "Wade" of "Roe v. Wade": two details the cast reads as one mention of
                    # the case; the row shows the case, counted once.
                    if (i, span) in widened:
                        continue
                    widened.add((i, span))
                    d = replace(d, start=span[0], end=span[1], text=index.articles[i].text[span[0]:span[1]])
            row = rows.get(key)
            if row is None:
                tokens = d.tokens
                if d.kind == "entity" and key != d.key:
                    tokens = tuple(key.split(":", 1)[1].split(" #")[0].split())
                row = rows[key] = _Row(d.kind, key, tokens, d.slot)
                if entity_kind == "person" and tokens:
                    # Any article naming the surname may mean the person: the guard asks only for it.
                    row.loose_tokens = tokens[-1:]
            row.texts[d.text] += 1
            row.members.setdefault(i, d)
    _cast_presence(index, rows)
    _title_presence(index, rows)
    _dateline_presence(index, rows)
    for key, row in _quote_rows(index, quote_details).items():
        rows[key] = row
    presence: dict[str, _Presence] = {}
    for key, row in rows.items():
        strict = set(row.members)
        if row.kind == "phrase":
            # Sentences' stems split hyphenated words ("class-action" -> class, action): so must the phrase's.
            parts = _hyphen_parts(row.tokens)
            candidates = _phrase_candidates(index, parts)
            for i in candidates:
                if i in strict:
                    continue
                mask = _all_masks(index.stem_masks[i], parts)
                if mask:
                    row.extra[i] = (mask & -mask).bit_length() - 1  # first sentence with all words
            strict |= set(row.extra)
            # A phrase's loose check is the same candidate set (computed once), and the articles
            # that write two of its words as one ("club goers" / "clubgoers", "fund raiser" /
            # "fundraiser"): the same wording in another spelling.
            # (Whole stems in one sentence: a joined stem's first six letters are often the first word's.)
            # (Looked for only in the articles whose stems start like every one of them: trying
            # every article for every phrase grew with the square of a story's size.)
            joined = {i for k in range(len(parts) - 1)
                      for stems in [(*parts[:k], parts[k] + parts[k + 1], *parts[k + 2:])]
                      for i in _phrase_candidates(index, stems) if _all_masks(index.stem_masks[i], stems)}
            loose = strict | candidates | joined
            if len(loose) == 1:
                # The same words in another form, in the same order ("unified party" / "unify the
                # party", "young voters" / "younger voters"): no wording of its own either.
                loose |= _in_other_form(index, next(iter(row.texts)), loose)
            presence[key] = _Presence(strict, loose)
            continue
        strict |= set(row.extra)
        loose = strict | _loose(index, row)
        if row.loose_tokens is not None:
            # "Clinton" in an article whose every Clinton the cast reads as Hillary (or Chelsea) is
            # no loose mention of Bill: the surname there is another person's of the family.
            loose -= {i for i in index.families.get(row.tokens[-1], {}).get(key, set()) if i not in strict}
        presence[key] = _Presence(strict, loose)
    return list(rows.values()), presence


#: A word of a sentence for :meth:`_StoryIndex.word_forms`: hyphened words by their parts.
_FORM_WORD = re.compile(r"[^\W_]+(?:[’'][^\W\d_]+)?")
_NUMERIC = re.compile(r"\d")


def _in_other_form(index: _StoryIndex, phrase: str, owners: set[int]) -> set[int]:
    """The articles (beyond ``owners``) with a sentence holding the content words of ``phrase``
    in the same order, each in a form of the same Snowball root and a modifier also in its
    comparative or superlative (:func:`biaslens.details.form_roots`), with at most one
    function word between two of them: "unified party" in "we need to unify the party" and
    "unifying a party", "young voters" in "out of step with younger voters". The head, last in
    an English noun phrase, is matched on its own root only."""
    words = [w for w in _FORM_WORD.findall(phrase) if w.lower() not in STOP_WORDS and not _NUMERIC.search(w)]
    if len(words) < 2:
        return set()
    wanted = [form_roots(w) for w in words[:-1]] + [frozenset({word_root(words[-1])})]
    forms, heads = index.form_postings()
    # Only a sentence holding a word of every wanted root can hold them in order.
    sentences = set(heads.get(next(iter(wanted[-1])), ()))
    for roots in wanted[:-1]:
        if not sentences:
            break
        sentences &= set().union(*(forms.get(root, ()) for root in roots))
    found: set[int] = set()
    for flat in sentences:
        i = index.sentence_owner[flat]
        if i not in owners and i not in found and _holds_in_order(index.word_forms(i)[flat - index.offsets[i]], wanted):
            found.add(i)
    return found


def _holds_in_order(sentence: list[tuple[str, frozenset[str]] | None], wanted: list[frozenset[str]]) -> bool:
    """Whether ``sentence`` (:meth:`_StoryIndex.word_forms`) has words sharing a root with each of
    ``wanted`` in order, the last by its root alone, with at most one function word between two."""
    last = len(wanted) - 1
    for start, roots in enumerate(sentence):
        if roots is None or roots[1].isdisjoint(wanted[0]):
            continue
        at, k = start, 1
        while k <= last:
            nxt = at + 1
            if nxt < len(sentence) and sentence[nxt] is None:
                nxt += 1  # one function word between: "unify the party"
            theirs = sentence[nxt] if nxt < len(sentence) else None
            if theirs is None:
                break
            ours = wanted[k]
            if (theirs[0] not in ours) if k == last else theirs[1].isdisjoint(ours):
                break
            at, k = nxt, k + 1
        if k > last:
            return True
    return False


def _cast_presence(index: _StoryIndex, rows: dict[str, _Row]) -> None:
    """An entity row is present wherever the cast finds a mention of the entity, also a mention
    the detail rules left out (a name opening a headline or a sentence): "X does not mention
    D" is only said of an article with no mention of D at all."""
    starts = [[s.start for s in a.sentences] for a in index.articles]
    position = {a.source: i for i, a in enumerate(index.articles)}
    for entity in index.cast.entities:
        row = rows.get("entity:" + entity.key)
        for m in entity.mentions:
            i = position[m.source]
            # "the U.S. Capitol" mentions the United States too.
            country = leading_country(m.text)
            for r in (row, rows.get("entity:" + country) if country else None):
                if r is not None and i not in r.members and i not in r.extra:
                    r.extra[i] = max(0, bisect.bisect_right(starts[i], m.start) - 1)


#: Titles of an office one person holds at a time in its body, so that "the party chairman" or
#: "the governor" in an article points back to the one person the others give that title. Roles
#: many hold at once ("adviser", "spokesman", "candidate", "leader") point to no one.
OFFICE_TITLES = frozenset("""ambassador chair chairman chairwoman chancellor co-chair co-chairman co-chairwoman
    commander congressman congresswoman director governor judge justice mayor minister pope president
    representative secretary senator sheriff speaker""".split())
# "the party chairman", "the RNC chairman", "the chairman": "the", up to two words, the title;
# not "the chairman of ..." (another body's), a possessive ("the committee's chairman"), nor a
# title with its holder's name after it ("the president, Dan T. Cathy,": someone else).
_TITLE_REFERENCE = r"\bthe\s+((?:[A-Za-z-]+\s+){{0,2}}){title}\b(?!\s+of\b)(?!['’])(?!,?\s+(?-i:[A-Z]))"


def _title_presence(index: _StoryIndex, rows: dict[str, _Row]) -> None:
    """A person the other articles name with an office's title (:data:`OFFICE_TITLES`, the
    last title word before the name: "RNC Chairman Reince Priebus") is mentioned by an article
    that names no one but refers to "the [party] chairman", when no other person of the story
    holds that title: "X does not mention Priebus" would be false of it. The article's sentence
    is the row's evidence there, so a reader sees the words it uses."""
    titles: dict[str, set[str]] = defaultdict(set)  # entity id -> its office titles, with the word before
    holders: Counter[str] = Counter()
    persons = [e for e in index.cast.entities if e.kind == "person"]
    for entity in persons:
        for m in entity.mentions:
            words = m.text.split()
            k = 0
            while k < len(words) and normalise_word(words[k]) in TITLES:
                k += 1
            if 0 < k < len(words) and normalise_word(words[k - 1]) in OFFICE_TITLES:
                before = normalise_word(words[k - 2]) if k > 1 else ""
                # "Vice President", "Prime Minister": a title word before it is part of the office.
                titles[entity.id].add((normalise_word(words[k - 1]), before if before in TITLES else ""))
        for title in {t for t, _ in titles[entity.id]}:
            holders[title] += 1
    for entity in persons:
        row = rows.get("entity:" + entity.key)
        if row is None or not titles[entity.id]:
            continue
        for title, before in sorted(titles[entity.id]):
            if holders[title] != 1:
                continue  # "the senator" could be either of two senators
            pattern = re.compile(_TITLE_REFERENCE.format(title=re.escape(title)), re.IGNORECASE)
            for i, article in enumerate(index.articles):
                if i in row.members or i in row.extra:
                    continue
                for m in pattern.finditer(article.text):
                    mods = [normalise_word(w) for w in m.group(1).split()]
                    last = mods[-1] if mods else ""
                    if (last in TITLES) != bool(before) or (before and last != before):
                        continue  # "the vice president" is not "the president"
                    starts = [s.start for s in article.sentences]
                    row.extra[i] = max(0, bisect.bisect_right(starts, m.start()) - 1)
                    break


# A dateline opening the body: the place in capitals, a state or country after a comma, an agency
# in brackets, then a dash ("WASHINGTON (AP) —", "LOS ANGELES, Calif. --", "NEW YORK —").
_DATELINE_PLACE = re.compile(r"^([A-Z][A-Z.'’ -]{2,40}?)(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?"
                             r"\s*(?:\((?:AP|Reuters|AFP|UPI)\))?\s*(?:--|[—–])")


def _dateline_presence(index: _StoryIndex, rows: dict[str, _Row]) -> None:
    """A dateline ("WASHINGTON (AP) —") names the place the story was filed from: the article
    mentions that place (a place of the cast with that name), though the cast reads no name in
    capitals there. Its first sentence is the row's evidence."""
    places = {e.key: e for e in index.cast.entities if e.kind == "place"}
    for i, article in enumerate(index.articles):
        first = article.body_sentences[:1]
        match = _DATELINE_PLACE.match(first[0].text) if first else None
        if match is None:
            continue
        entity = places.get(" ".join(normalise_word(w) for w in match[1].split()))
        row = rows.get("entity:" + entity.key) if entity is not None else None
        if row is not None and i not in row.members and i not in row.extra:
            row.extra[i] = first[0].index


def _hyphen_parts(stems: tuple[str, ...]) -> tuple[str, ...]:
    """The stems with hyphenated ones split into their parts, as sentence stems are."""
    if not any("-" in st for st in stems):
        return stems
    # "on-camera": "on" is a stop word, never among a sentence's stems, so it is not looked up.
    return tuple(stem(part) for st in stems for part in st.split("-") if part and part not in STOP_WORDS)


def _all_masks(masks: dict[str, int], stems: Iterable[str]) -> int:
    mask = -1
    for st in stems:
        mask &= masks.get(st, 0)
        if not mask:
            return 0
    return mask


def _phrase_candidates(index: _StoryIndex, stems: tuple[str, ...]) -> set[int]:
    postings = sorted((index.prefix_postings.get(st[:_PREFIX], set()) for st in stems), key=len)
    if not postings or not postings[0]:
        return set()
    return set.intersection(*postings)


def _loose(index: _StoryIndex, row: _Row) -> set[int]:
    """Articles that contain the detail's words in any form (the guard for 'only here')."""
    if row.kind in ("phrase", "quote"):
        stems = row.tokens if row.kind == "phrase" else content_stems(" ".join(row.tokens))
        if not stems:
            if row.kind != "quote":
                return set()
            # A quote of numbers alone ("1 in 3"): the same words in any spelling ("one-in-three");
            # of small words alone ("Who are you!"): all of them in one sentence, in any order
            # ("Tell me who you are").
            return _number_words_loose(index, row.tokens) | _small_words_loose(index, row.tokens)
        found = _phrase_candidates(index, _hyphen_parts(tuple(stems)))
        if row.kind == "quote":
            # A part of the same statement, quoted at another length ("...engage in a land war in
            # Afghanistan" inside a longer or shorter quote): three of its word triples.
            hits: Counter[int] = Counter()
            for tri in set(zip(row.tokens, row.tokens[1:], row.tokens[2:])):
                hits.update(index.trigram_postings.get(tri, ()))
            # Word triples alone would also match the story's stock phrases ("critical minerals
            # and rare"): a run of six of the quote's words must stand in the article.
            runs = set(zip(*(row.tokens[k:] for k in range(6))))
            found = found | {i for i, count in hits.items()
                             if count >= 3 and not runs.isdisjoint(zip(*(index.word_lists[i][k:] for k in range(6))))}
            found = found | _quoted_in_part(index, frozenset(stems))
        return found
    if row.kind == "entity":
        tokens = [t for t in (row.loose_tokens or row.tokens) if t]
        if not tokens:
            return set()
        if (len(tokens) >= 2 and tokens[-1] == "city" and row.loose_tokens is None
                and is_place_name(" ".join(tokens[:-1]))):
            # "New York City", "Mexico City", "Oklahoma City": a city named after its state or
            # country with "City" added; an outlet writing the bare name ("New York's mayor") may
            # mean the city, so it is not said to leave it out, nor the first to be alone with it.
            tokens = tokens[:-1]
        found: set[int] | None = None
        for t in tokens:
            # Both sets are shared (never changed here): ``&`` below makes a new one.
            having = index.articles_with_prefix(t[:-1]) if len(t) >= 5 else index.word_postings.get(t, set())
            found = having if found is None else found & having
            if not found:
                break
        # "American citizens" speaks of the United States, "the Republican nomination" of the GOP.
        adjectives = set().union(*(index.word_postings.get(a, set()) for a in adjective_forms(tuple(row.tokens))))
        return (found or set()) | adjectives | _place_of_people(index, row) | _first_and_head(index, row)
    if row.kind == "number" and row.slot.startswith(("money", "percent", "count")):
        # The value in any spelling ("$550bln", "550 billion dollars", "twenty-five billion").
        number = float(row.key.split(":")[2 if row.slot.startswith("money") else 1])
        if row.slot.startswith("percent") and 0 < number < 100:
            return set(index.articles_with_value(number)) | _complement_elsewhere(index, row, number)
        if row.slot.startswith("count of ") and 2 <= number <= NAMED_COUNT_MAX:
            return set(index.articles_with_value(number)) | _named_as_many(index, row, int(number))
        return set(index.articles_with_value(number))
    if row.kind == "number" and "duration" in row.slot:
        # The same length of time in any unit: "10-year-old lawsuit" beside "started a decade ago".
        return set(index.articles_with_duration(float(row.key.split(":")[1].rstrip("d"))))
    if row.kind == "date":
        return _date_loose(index, row)
    return set()


def _place_of_people(index: _StoryIndex, row: _Row) -> set[int]:
    """The articles naming the place whose people (or adjective) a one-word name is: the
    reverse of :func:`biaslens.names.adjective_forms`. "the Californians" speaks of
    California, which an article naming California does not leave out."""
    if len(row.tokens) != 1:
        return set()
    word = row.tokens[0]
    singular = word[:-1] if word.endswith("s") else word
    # adjective_forms makes name+"n", stem+"an", stem+"ian", stem+"ese" (stem: the name less a final a/o/y/e).
    stems = {singular[:-k] for k in (2, 3) if len(singular) > k + 2}
    names = {singular[:-1], *stems, *(st + v for st in stems for v in "aoye")}
    return set().union(*(index.word_postings.get(name, set()) for name in names
                         if name in index.word_postings and singular in adjective_forms((name,))))


#: The largest count of people that another article may give by naming each of them.
NAMED_COUNT_MAX = 5


def _named_as_many(index: _StoryIndex, row: _Row, count: int) -> set[int]:
    """Articles that name exactly ``count`` people in one sentence about the same thing: nyt's
    "a debate that only two candidates said they would attend" is hpo's "only Newt Gingrich and
    Rick Santorum pledging to appear". Only counts of people (a role noun:
    :data:`biaslens.names.PERSON_ROLES`, a party's members). The sentence must hold the counted noun ("those
    candidates") or a word of the detail's sentence the story hardly uses."""
    head = row.slot.removeprefix("count of ")
    if head not in PERSON_ROLES | PARTY_NOUNS | {"person", "people"}:
        return set()  # "two mosques", "two blocks": no people to name
    noun = stem(head)
    rare = max(2.0, len(index.sentence_owner) * PARAPHRASE_WORD_SHARE)
    own: set[str] = set()
    for i, d in row.members.items():
        sentence = index.articles[i].sentence_at(d.start)
        if sentence is not None:
            own |= {st for st in content_stems(sentence.text) if index.sentence_df[st] <= rare}
    own.add(noun)
    persons = {e.id for e in index.cast.entities if e.kind == "person"}
    entities = index.sentence_entities()
    found = set()
    for i in set(range(index.n)) - set(row.members):
        start = index.offsets[i]
        for k in range(len(index.articles[i].sentences)):
            if len(entities[start + k] & persons) == count and own & set(index.sentence_stems[start + k]):
                found.add(i)
                break
    return found


def _complement_elsewhere(index: _StoryIndex, row: _Row, percent: float) -> set[int]:
    """Articles that give the rest of a share, ``100 - percent`` percent, in a sentence sharing
    a word with the detail's: the same fact told the other way round. "the program will only be
    able to pay 77 percent of promised benefits" is "a 23 percent across-the-board cut in
    benefits"."""
    rest = rounded(100 - percent)
    own: set[str] = set()
    for i, d in row.members.items():
        sentence = index.articles[i].sentence_at(d.start)
        if sentence is not None:
            own |= set(content_stems(sentence.text))
    own -= {"percent"}
    found = set()
    for i in index.articles_with_value(rest) - set(row.members):
        for sentence in index.articles[i].sentences:
            if rest in quantities(sentence.text) and re.search(r"%|\bper\s?cent\b", sentence.text) \
                    and own & set(content_stems(sentence.text)):
                found.add(i)
                break
    return found


def _first_and_head(index: _StoryIndex, row: _Row) -> set[int]:
    """Articles that name a body of three words or more by its first word and its head in one
    sentence, the words between left out: "the Marine Corps Reserve" is the fox article's
    "service in the Marines ... six years in the reserves". A person's name is not read so."""
    # Three words, the middle one dropped ("Marine [Corps] Reserve"); the first one a name of its
    # own, written with its capital: "Office of Special Counsel" opens on a body's generic word and
    # "office ... counsel" may be any counsel's office.
    if row.loose_tokens is not None or len(row.tokens) != 3 or row.tokens[0] in ORG_HEADS | BODY_HEADS | TITLES:
        return set()
    wanted = (stem(row.tokens[0]), stem(row.tokens[-1]))
    if any(st in STOP_WORDS or not st for st in wanted):
        return set()
    # The head in lower case: the body told in common words ("the reserves"), not another name
    # ("the Veterans War Memorial" is no "Veterans of Foreign Wars").
    capital = re.compile(r"\b" + re.escape(wanted[0][:1].upper() + wanted[0][1:]))
    head = re.compile(r"\b" + re.escape(wanted[1]))
    found = set()
    for i in range(index.n):
        mask = _all_masks(index.stem_masks[i], wanted)
        sentences = index.articles[i].sentences
        if mask and any(mask >> k & 1 and capital.search(sentences[k].text) and head.search(sentences[k].text)
                        for k in range(len(sentences))):
            found.add(i)
    return found


#: A sentence holding a quotation carries a statement quoted elsewhere when it has at least this
#: many of the statement's content words ...
SAME_STATEMENT_MIN_STEMS = 4
#: ... and at least this share of them.
SAME_STATEMENT_MIN_SHARE = 1 / 3


def _same_statement_quoted(index: _StoryIndex, stems: Sequence[str]) -> set[int]:
    """Articles that quote the same statement in other words, so it is not left out there: a
    sentence holding a quotation mostly of the statement's words, with many of its content words. Summers's 'If they don't pass this bill ... it will
    materially increase the risk ... double dip' is reported by nyt's 'failure to pass a package
    like the tax deal ... "would significantly increase the risk" of a double-dip recession'."""
    wanted = list(dict.fromkeys(stems))
    need = max(SAME_STATEMENT_MIN_STEMS, math.ceil(SAME_STATEMENT_MIN_SHARE * len(wanted)))
    if len(wanted) < need:
        return set()
    out: set[int] = set()
    for i, article in enumerate(index.articles):
        # The quotation itself is mostly the statement's words ('"would significantly increase the
        # risk"'), so a quote on the story's topic ("Social Security") ties nothing by its topic words.
        quotes = [d for d in index.details[i] if d.kind == "quote"
                  and len(own := set(content_stems(d.text))) >= 2 and 2 * len(own & set(wanted)) >= len(own)]
        quoted = {s.index for s in article.sentences if any(s.start <= d.start < s.end for d in quotes)}
        masks = index.stem_masks[i]
        for k in quoted:
            if sum(1 for st in wanted if masks.get(st, 0) >> k & 1) >= need:
                out.add(i)
                break
    return out


def _quoted_in_part(index: _StoryIndex, stems: frozenset[str]) -> set[int]:
    """Articles that quote a part of a statement: a quotation whose content words (stems) are
    all the statement's, one of them a word the story hardly uses. Biden's "That's a bunch of
    malarkey" is reported by an article that dismisses his arguments as “malarkey”; "I deeply
    and profoundly regret my reaction" by one where he "profoundly" regrets it."""
    parts: list[tuple[int, frozenset[str], bool]] | None = index.__dict__.get("_quote_parts")
    if parts is None:
        easy = _easy_words()
        parts = index.__dict__["_quote_parts"] = [
            (i, frozenset(content_stems(d.text)), all(w in easy for w in d.tokens)) for i, details in enumerate(index.details)
            for d in details if d.kind == "quote"]
    # A word the story uses everywhere ("tax", "cuts") in a quoted word or two ties nothing: two
    # quoted words need one the story hardly uses; a quoted word alone must be one the story uses
    # about once an article, as when each outlet reports the one statement. And words every child
    # knows are anyone's ("my friend", "a war we have to win"); "malarkey" is Biden's.
    rare = max(2.0, len(index.sentence_owner) * PARAPHRASE_WORD_SHARE)
    return {i for i, part, plain in parts
            if part and not plain and part <= stems
            and (any(index.sentence_df[st] <= rare for st in part) if len(part) > 1
                 else index.sentence_df[next(iter(part))] <= index.n + 1)}


@lru_cache(maxsize=1)
def _easy_words() -> frozenset[str]:
    """The Dale-Chall list of about 3,000 words most fourth-graders know, as textstat ships it
    (the list :mod:`biaslens.loaded` also reads), with the stop words: a quoted word of this
    list is nobody's signature."""
    from textstat.backend.utils import get_lang_easy_words

    return frozenset(w.lower() for w in get_lang_easy_words("en")) | STOP_WORDS


@lru_cache(maxsize=65536)  # the story's words repeat
def _everyday(word: str) -> bool:
    """Whether ``word`` (any case, a plural too) is one of :func:`_easy_words`: "members",
    "last", "word". One such word shared is no sign that two sentences tell one thing."""
    w = normalise_word(word)
    easy = _easy_words()
    return w in easy or (w.endswith("s") and (w[:-1] in easy or (w.endswith("es") and w[:-2] in easy)
                                               or (w.endswith("ies") and w[:-3] + "y" in easy)))


@lru_cache(maxsize=65536)  # the story's words repeat
def _as_number(word: str) -> str:
    """A word as a number's digits when it is one ("three" -> "3"), else itself."""
    value = parse_number(word) if not word.isdigit() else float(word)
    return f"{value:g}" if value is not None else word


def _number_words_loose(index: _StoryIndex, tokens: Sequence[str]) -> set[int]:
    """Articles with ``tokens`` in a row, numbers read in any spelling and hyphens split."""
    wanted = [_as_number(t) for part in tokens for t in part.split("-") if t]
    if not any(ch.isdigit() for w in wanted for ch in w):
        return set()
    found = set()
    for i, words in enumerate(index.word_lists):
        flat = [_as_number(t) for w in words for t in w.split("-") if t]
        if any(flat[k:k + len(wanted)] == wanted for k in range(len(flat) - len(wanted) + 1)):
            found.add(i)
    return found


def _small_words_loose(index: _StoryIndex, tokens: Sequence[str]) -> set[int]:
    """Articles with one sentence holding every word of ``tokens`` (a short quote of small
    words), in any order: "Who are you!" is reworded as "Tell me who you are"."""
    wanted = {normalise_word(t) for t in tokens if t}
    if not wanted or len(wanted) > 6 or any(ch.isdigit() for w in wanted for ch in w):
        return set()
    candidates = set.intersection(*(index.word_postings.get(w, set()) for w in wanted))
    return {i for i in candidates
            if any(wanted <= {normalise_word(w) for w in _ARTICLE_WORD.findall(s.text)} for s in index.articles[i].sentences)}


def _date_loose(index: _StoryIndex, row: _Row) -> set[int]:
    """Articles that state the same day in any form ("Sept. 11" = "September 11, 2001" =
    "9/11"; also the digits run together, "911", as the attacks are often written)."""
    kind, _, value = row.key.partition(":")
    if kind == "date":
        _year, month, *day = value.split("-")
        if day:
            wanted = (int(month), int(day[0]))
            # Only ever makes a claim less likely: "911" (the emergency number) can at worst
            # keep "X does not mention Sept. 11" from being said of an article that has it.
            run_together = f"{int(month)}{int(day[0])}" if int(day[0]) >= 10 else None
            together = index.word_postings.get(run_together, set()) if run_together else set()
            # "Jan. 5" is nyt's "Wednesday" or "yesterday" when nyt appeared on Thursday 6 January.
            return {i for i in range(index.n)
                    if wanted in index.dates(i) or i in together or wanted in index.named_days(i)}
        month_word = _MONTH_NAMES[int(month) - 1]
        # "January" is also "next month" in a paper of December (of that year, when one is given)
        # and, when no year is given, any day of it ("Jan. 5").
        found = set(index.word_postings.get(month_word, set()))
        for i in range(index.n):
            said = {(y, m) for y, m in index.relative_months(i) if m == int(month)}
            if (said and (_year == "?" or any(str(y) == _year for y, _ in said))) \
                    or (_year == "?" and any(m == int(month) for m, _ in index.dates(i))):
                found.add(i)
        return found
    if kind == "weekday":
        # "The next day" after "Friday" is Saturday (:func:`biaslens.values.relative_weekdays`).
        relative = index.__dict__.setdefault("_relative_days", {})
        if not relative:
            relative.update({i: relative_weekdays(a.text) for i, a in enumerate(index.articles)})
        # The days the weekday may be, counted from each carrier's publication day, written as a
        # date ("Jan. 5") or named from another day of publication ("yesterday", "Tuesday").
        days = set().union(*(weekday_dates(value, index.articles[i].published) for i in row.members))
        return (set(index.word_postings.get(value, set())) | {i for i, found in relative.items() if value in found}
                | {i for i in range(index.n) if days & (index.dates(i) | index.named_days(i))})
    if kind == "year":
        return set(index.word_postings.get(value, set()))
    return set()


_MONTH_NAMES = ("january february march april may june july august september october november "
                "december").split()


def _quote_rows(index: _StoryIndex, quotes: list[tuple[int, Detail]]) -> dict[str, _Row]:
    """Group quotes across articles: the same words (3-word shingles) are the same quote."""
    parent = list(range(len(quotes)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    shingles = [_shingles(d.tokens) for _, d in quotes]
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for q, sh in enumerate(shingles):
        for s in sh:
            postings[s].append(q)
    for q, sh in enumerate(shingles):
        hits: Counter[int] = Counter()
        for s in sh:
            if len(postings[s]) > 200:
                continue  # a shingle in hundreds of quotes ("one of the") says nothing
            hits.update(p for p in postings[s] if p != q)
        for other, count in hits.items():
            smaller = min(len(sh), len(shingles[other]))
            if smaller and count / smaller >= 0.6:
                parent[find(q)] = find(other)
    groups: dict[int, list[int]] = defaultdict(list)
    for q in range(len(quotes)):
        groups[find(q)].append(q)
    rows: dict[str, _Row] = {}
    for members in groups.values():
        # The longest wording names the row; every article quoting it is a member.
        head = max(members, key=lambda q: (len(quotes[q][1].tokens), -quotes[q][0], -quotes[q][1].start))
        detail = quotes[head][1]
        key = detail.key
        row = rows.get(key) or _Row("quote", key, detail.tokens, "")
        for q in sorted(members, key=lambda q: (quotes[q][0], quotes[q][1].start)):
            i, d = quotes[q]
            row.texts[d.text] += 1
            row.members.setdefault(i, d)
        rows[key] = row
    # A quote of two words inside another article's longer quote is the same quote: "legitimate
    # rape" in 'If it's a legitimate rape, the female body ...'. Too short for a shingle of three,
    # it is looked up word pair by word pair, in every quotation of the article (quotes.py's, which
    # run across sentences, as that one does); the longer quote keeps its own row.
    short = [row for row in rows.values() if len(row.tokens) == 2]
    if short:
        pairs: dict[tuple[str, str], dict[int, int]] = defaultdict(dict)
        for i, article in enumerate(index.articles):
            starts = [x.start for x in article.sentences]
            for q0, q1 in quote_spans(article):
                words = [(m.start(), normalise_word(m.group())) for m in _QUOTE_WORD.finditer(article.text, q0, q1)]
                if len(words) > 2:
                    for (at, a), (_, b) in zip(words, words[1:]):
                        pairs[(a, b)].setdefault(i, max(0, bisect.bisect_right(starts, at) - 1))
        for row in short:
            for i, sentence in pairs.get((row.tokens[0], row.tokens[1]), {}).items():
                if i not in row.members and i not in row.extra:
                    row.extra[i] = sentence
    # A quote also counts as present where its words stand unquoted (reported speech).
    for row in rows.values():
        sh = _shingles(row.tokens)
        if not sh:
            continue
        hits: Counter[int] = Counter()
        for s in sh:
            if len(s) == 3:
                hits.update(index.trigram_postings.get(s, ()))
        for i, count in hits.items():
            if i not in row.members and count / len(sh) >= 0.6:
                sentence = _sentence_with(index, i, row.tokens)
                if sentence is not None:
                    row.extra[i] = sentence
    return rows


def _shingles(tokens: tuple[str, ...]) -> set[tuple[str, ...]]:
    if len(tokens) >= 3:
        return set(zip(tokens, tokens[1:], tokens[2:]))
    return {tuple(tokens)} if tokens else set()


def _sentence_with(index: _StoryIndex, i: int, tokens: tuple[str, ...]) -> int | None:
    stems = content_stems(" ".join(tokens))
    if not stems:
        return None
    best, best_count = None, 0
    for sentence in index.articles[i].sentences:
        count = sum(1 for st in stems if index.stem_masks[i].get(st, 0) >> sentence.index & 1)
        if count > best_count:
            best, best_count = sentence.index, count
    return best


def _finalise_rows(rows: list[_Row], index: _StoryIndex, shared: set[tuple[str, int, str, int]]) -> tuple[DetailRow, ...]:
    out: list[tuple[tuple[Any, ...], DetailRow]] = []
    # Each near-copied pair, looked up from its first sentence: (source, start) -> [(source, start)].
    max_idf = smoothed_idf(index.total_sentences, 0)  # a stem in no other sentence
    partners: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
    for source_a, start_a, source_b, start_b in sorted(shared):
        partners[(source_a, start_a)].append((source_b, start_b))
    for row in rows:
        evidence: list[Evidence] = []
        for i in sorted(set(row.members) | set(row.extra)):
            if i in row.members:
                d = row.members[i]
                evidence.append(index.evidence(i, d.start, d.end, d.sentence))
            else:
                sentence = index.articles[i].sentences[row.extra[i]]
                evidence.append(index.evidence(i, sentence.start, sentence.end, sentence.index))
        articles = tuple(e.source for e in evidence)
        text = min(row.texts.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]
        info = _informativeness(row, index, max_idf)
        independent = _independent(evidence, partners)
        order = (-len(articles), KINDS.index(row.kind), -info, row.key)
        out.append((order, (row.kind, text, row.key, articles, tuple(evidence), info, independent, row.slot)))
    out.sort(key=lambda pair: pair[0])
    return tuple(DetailRow(f"d{n}", *fields) for n, (_, fields) in enumerate(out, start=1))


def _informativeness(row: _Row, index: _StoryIndex, max_idf: float) -> float:
    """Kind weight plus how rare the detail's words are in the story (mean IDF / max IDF)."""
    if row.kind in ("number", "date"):
        stems: Sequence[str] = ()
    elif row.kind == "quote":
        stems = content_stems(" ".join(row.tokens))
    else:
        stems = row.tokens
    rarity = (sum(index.idf(s) for s in stems) / len(stems) / max_idf) if stems else 1.0
    length_bonus = min(len(stems), 4) * 0.1 if row.kind in ("phrase", "quote", "entity") else 0.0
    weight = _KIND_WEIGHT[row.kind]
    # What a reader learns: a day of the week, a bare year or month, or a one- or two-word scare
    # quote tells less than a full date or a quoted statement, so they rank with the phrases.
    if row.kind == "date" and (row.key.startswith(("weekday:", "year:")) or row.key.count("-") == 1):
        weight = _KIND_WEIGHT["phrase"] + 0.2
    if row.kind == "quote" and len(row.tokens) <= 2:
        weight = _KIND_WEIGHT["phrase"]
    return weight + rarity + length_bonus


def _independent(evidence: list[Evidence], partners: Mapping[tuple[str, int], list[tuple[str, int]]]) -> int:
    """Articles left after merging those whose evidence sentences are near-copies of each other.

    ``partners`` maps a sentence (source, start) to the later sentences it was copied with; each
    evidence sentence looks up its own partners, so the cost grows with the evidence, not its square.
    """
    if not partners:
        return len(evidence)
    parent = {e.source: e.source for e in evidence}
    stated = {(e.source, e.sentence_start) for e in evidence}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for a in evidence:
        for b_source, b_start in partners.get((a.source, a.sentence_start), ()):
            if a.source < b_source and (b_source, b_start) in stated:
                parent[find(b_source)] = find(a.source)
    return len({find(e.source) for e in evidence})


# ---------------------------------------------------------------------------------------------
# Only here, left out


def _only_in(rows: tuple[DetailRow, ...], presence: dict[str, _Presence],
             index: _StoryIndex) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], dict[str, Evidence],
                                          dict[str, tuple[str, ...]]]:
    """The ids of each source's unique names, numbers, dates and quotes; apart, the details
    that may be said in other words; for those, the other article's sentence that may say it
    (by detail id); and each source's phrases no other article words alike (wording, not facts)."""
    source_index = {a.source: i for i, a in enumerate(index.articles)}
    kinds = {"entity:" + e.key: e.kind for e in index.cast.entities}
    # "reports USA Today" in a story holding USA Today's own article: the outlet is a source the
    # article cites and the publisher of another article of the story, no detail only this outlet
    # reports. (Fox's own "said later on Fox News" is one: only Fox tells where he said it.)
    outlets = {"entity:" + e.key: {a.source for a in index.articles if names_outlet(e.name, a)}
               for e in index.cast.entities if e.kind == "organisation"}
    per_source: dict[str, list[DetailRow]] = defaultdict(list)
    phrases: list[DetailRow] = []
    others: list[DetailRow] = []
    quotes: list[DetailRow] = []
    for row in rows:
        p = presence[row.key]
        if len(p.strict) != 1 or len(p.loose) != 1 or len(row.articles) != 1:
            continue
        if row.kind == "phrase":
            # A phrase that contains a shared pair of words ("rare earth production capabilities")
            # would read as if the shared part were unique too: it is not claimed.
            owner = source_index[row.articles[0]]
            tokens = row.key.split(":", 1)[1].split()
            if any(index.bigram_postings.get(pair, set()) - {owner} for pair in zip(tokens, tokens[1:])):
                continue
            phrases.append(row)
            continue
        if row.kind == "number" and _agreeing_value_elsewhere(row, index, source_index[row.articles[0]]):
            continue
        if _is_count(row):
            # A count is a fact another article may tell by naming the things one by one ("three
            # separate interviews" against "an interview with the AP", "a subsequent interview with
            # The New York Times"): checked like a phrase's head noun, the thing counted.
            others.append(row)
            continue
        if row.kind == "entity" and outlets.get(row.key, set()) - {row.articles[0]}:
            continue
        if row.kind == "entity" and kinds.get(row.key) != "person":
            others.append(row)  # a thing's name is made of words another outlet may use ("Tent City": tents)
            continue
        if row.kind == "quote":
            quotes.append(row)  # unique only when no other sentence holds most of its words
            continue
        per_source[row.articles[0]].append(row)
    to_check: dict[str, list[DetailRow]] = defaultdict(list)
    wording: dict[str, list[DetailRow]] = defaultdict(list)
    counterparts = _paraphrased_elsewhere(phrases, index, source_index)
    for row_id, flat in _said_elsewhere(phrases + others, index, source_index).items():
        counterparts.setdefault(row_id, flat)
    for row in phrases:
        if row.id in counterparts and not _tied_beyond_one_word(index, row, source_index, counterparts[row.id]):
            del counterparts[row.id]
    for row_id, flat in _quoted_elsewhere(quotes, index, source_index).items():
        counterparts.setdefault(row_id, flat)
    for row in phrases + others + quotes:
        if row.id in counterparts:
            to_check[row.articles[0]].append(row)
        elif row.kind == "phrase":
            # Word matching cannot show that a phrase's fact is absent elsewhere ("troubled past"
            # beside "personal turmoil"): only that its words are. Listed as wording, never as a fact.
            wording[row.articles[0]].append(row)
        else:
            per_source[row.articles[0]].append(row)
    out: dict[str, tuple[str, ...]] = {}
    worded: dict[str, tuple[str, ...]] = {}
    for source in source_index:
        # A phrase or number inside a quote that is itself listed says the same thing twice.
        quoted = [(r.evidence[0].start, r.evidence[0].end) for r in per_source.get(source, []) if r.kind == "quote"]

        def inside_quote(r: DetailRow) -> bool:
            return any(a <= r.evidence[0].start and r.evidence[0].end <= b for a, b in quoted)

        per_source[source] = [r for r in per_source.get(source, []) if r.kind in ("quote", "entity") or not inside_quote(r)]
        ranked = sorted(per_source.get(source, []), key=lambda r: (-r.informativeness, r.evidence[0].start, r.id))
        out[source] = tuple(r.id for r in ranked)
        ranked = sorted((r for r in wording.get(source, []) if not inside_quote(r)),
                        key=lambda r: (-r.informativeness, r.evidence[0].start, r.id))
        worded[source] = tuple(r.id for r in ranked)
    apart = {source: tuple(r.id for r in sorted(to_check.get(source, []), key=lambda r: (r.evidence[0].start, r.id)))
             for source in source_index}
    said = {}
    for row_id, flat in sorted(counterparts.items()):
        i, k = _locate(index, flat)
        sentence = index.articles[i].sentences[k]
        said[row_id] = index.evidence(i, sentence.start, sentence.end, sentence.index)
    return out, apart, said, worded


def _tied_beyond_one_word(index: _StoryIndex, row: DetailRow, source_index: Mapping[str, int], flat: int) -> bool:
    """Whether the other article's sentence ``flat`` is tied to phrase ``row`` by more than one word:
    two of the phrase's words (meaning keys), or one and a cast entity both sentences name, a number
    or date both state, or another word both use that at most :data:`RARE_KEY_SENTENCES` sentences
    of the story use. One common word alone ties sentences about different things ("little reason"
    and "for another reason, too", "an active role" and "may play role in push to broker peace"); a
    shared person keeps "the yearlong battle between Clinton and Sanders" beside "spirited
    nomination battles" that Sanders and Clinton end, a shared day "a press conference on Tuesday"
    beside "news conference on Tuesday"."""
    _, keys, df = index.meaning()
    ours = set(meaning_keys(row.text))
    if len(ours & set(keys[flat])) > 1:
        return True
    owner = source_index[row.articles[0]]
    own = next((s.index for s in index.articles[owner].sentences if s.start == row.evidence[0].sentence_start), None)
    if own is None:
        return True  # no sentence to compare: the pairing is left as it was found
    entities = index.sentence_entities()
    if not entities[index.offsets[owner] + own].isdisjoint(entities[flat]):
        return True
    # Another word the story hardly uses, in both sentences beside the phrase's, ties them too:
    # "raising tax rates on high earners" and "refusal to consider raising tax rates on top earners"
    # share "refusal"; "the continued dialogue provides some rays of hope" and "offered slight hope
    # ... after days" share "continued" and "days".
    if any(df[key] <= RARE_KEY_SENTENCES for key in (set(keys[index.offsets[owner] + own]) & set(keys[flat])) - ours):
        return True
    other, k = _locate(index, flat)
    stated = {d.key for d in index.details[other] if d.sentence == k and d.kind in ("number", "date")}
    return any(d.sentence == own and d.key in stated for d in index.details[owner] if d.kind in ("number", "date"))


def _paraphrased_elsewhere(phrases: list[DetailRow], index: _StoryIndex, source_index: Mapping[str, int]) -> dict[str, int]:
    """The phrases another article may state in other words, each with that article's sentence
    (flat index): a sentence like the phrase's own (cosine at least :data:`PARAPHRASE_COSINE`)
    sharing one of the phrase's words ("political mentor" beside "her late mentor")."""
    # Only words the story does not use everywhere: "deal" in a story about a deal says nothing.
    rare = max(2.0, len(index.sentence_owner) * PARAPHRASE_WORD_SHARE)
    wanted: list[tuple[str, int, int, set[str]]] = []
    by_start: dict[int, dict[int, int]] = {}
    for row in phrases:
        stems = {st[:_PREFIX] for st in content_stems(row.text) if index.sentence_df[st] <= rare}
        owner = source_index[row.articles[0]]
        if owner not in by_start:
            by_start[owner] = {s.start: s.index for s in index.articles[owner].sentences}
        sentence = by_start[owner].get(row.evidence[0].sentence_start)
        if stems and sentence is not None:
            wanted.append((row.id, owner, index.offsets[owner] + sentence, stems))
    if not wanted:
        return {}
    # One sparse product for every evidence sentence at once (a row product each was most of the
    # comparison's time on 500 articles).
    flats = sorted({flat for _, _, flat, _ in wanted})
    position = {flat: k for k, flat in enumerate(flats)}
    product = sp.csr_matrix(index.matrix[flats] @ index.matrix.T)  # type: ignore[attr-defined]
    found: dict[str, int] = {}
    texts = {row.id: row.text for row in phrases}
    for row_id, owner, flat, stems in wanted:
        k = position[flat]
        cells = slice(product.indptr[k], product.indptr[k + 1])
        best = 0.0
        for j, value in zip(product.indices[cells].tolist(), product.data[cells].tolist()):
            if value >= max(PARAPHRASE_COSINE, best) and index.sentence_owner[j] != owner \
                    and stems & {st[:_PREFIX] for st in index.sentence_stems[j]} \
                    and _prefix_used_alike(texts[row_id], stems, index, j):
                if value > best or row_id not in found or j < found[row_id]:
                    found[row_id], best = j, value
    return found


def _quoted_elsewhere(quotes: list[DetailRow], index: _StoryIndex, source_index: Mapping[str, int]) -> dict[str, int]:
    """The quotes another article may give in other words or in part, each with that article's
    sentence (flat index): a sentence holding at least half of the quote's content words (Snowball
    stems; two at least when the quote has two or more), two of them (or all, if fewer) words the
    story hardly uses. 'he never questioned the president's
    faith' gives most of "I've repeatedly said I don't question the president's faith"; 'look
    "crazy"' half of "Cover That Makes Her Look Crazy". Such a quote is not claimed as only here."""
    if not quotes:
        return {}
    postings: dict[str, list[int]] = index.__dict__.setdefault("_stem_sentences", {})
    if not postings:
        for flat, stems in enumerate(index.sentence_stems):
            for st in dict.fromkeys(stems):
                postings.setdefault(st, []).append(flat)
    # Words the story uses everywhere ("Japan", "United States") tie any two sentences: the
    # shared words must include some the story hardly uses.
    common = max(2.0, len(index.sentence_owner) * PARAPHRASE_WORD_SHARE)
    found: dict[str, int] = {}
    for row in quotes:
        owner = source_index[row.articles[0]]
        stems = set(content_stems(row.text))
        # Shared names say who is talked about, not what was said ("The United States is with
        # them all the way"): the words that tie two sentences must be ordinary words, save in a
        # title-case quote, whose capitals name nothing ("Cover That Makes Her Look Crazy").
        names = set() if _is_heading(row.text) else {
            st for word in _QUOTE_WORD.findall(row.text)[1:] if word[:1].isupper() for st in content_stems(word)}
        rare = {st for st in stems - names if index.sentence_df[st] <= common}
        if not rare:
            continue
        needed = max(min(len(stems), QUOTE_SHARED_MIN), math.ceil(len(stems) * QUOTE_SHARED_SHARE))
        needed_rare = min(len(rare), QUOTE_SHARED_MIN)
        shared: Counter[int] = Counter()
        shared_rare: Counter[int] = Counter()
        for st in stems:
            flats = [flat for flat in postings.get(st, ()) if index.sentence_owner[flat] != owner]
            shared.update(flats)
            if st in rare:
                shared_rare.update(flats)
        best = min(((-count, flat) for flat, count in shared.items()
                    if count >= needed and shared_rare[flat] >= needed_rare), default=None)
        if best is not None:
            found[row.id] = best[1]
    return found


def _said_elsewhere(rows: list[DetailRow], index: _StoryIndex, source_index: Mapping[str, int]) -> dict[str, int]:
    """The details another article may state in other words, each with that article's sentence
    (flat index), matched on meaning keys (Snowball stems, joined compounds, synonym groups):
    the other sentence holds a phrase's head word, or every word of a name, used alike
    (:func:`biaslens.details.same_use`), and is close to the detail's own (cosine at least
    :data:`MEANING_COSINE` with a word the story does not use everywhere, or
    :data:`RARE_KEY_COSINE` with a word the story hardly uses and a cast entity in common):
    "private fund-raiser" beside "at a fundraiser in May", "physicians recommend" beside
    "doctors ... recommend", "Christianity" beside "is a Christian"."""
    matrix, keys, df = index.meaning()
    entities = index.sentence_entities()
    rare = max(2.0, len(keys) * PARAPHRASE_WORD_SHARE)
    key_owners: dict[str, set[int]] = defaultdict(set)
    for flat_, sentence_keys in enumerate(keys):
        for key in sentence_keys:
            key_owners[key].add(index.sentence_owner[flat_])
    # (id, owner, flat sentence, the keys the counterpart must hold, each used alike)
    wanted: list[tuple[str, int, int, frozenset[str]]] = []
    by_start: dict[int, dict[int, int]] = {}
    for row in rows:
        owner = source_index[row.articles[0]]
        if owner not in by_start:
            by_start[owner] = {s.start: s.index for s in index.articles[owner].sentences}
        sentence = by_start[owner].get(row.evidence[0].sentence_start)
        detail_keys = meaning_keys(row.text)
        if sentence is None or not detail_keys:
            continue
        if row.kind == "phrase" or _is_count(row):
            # The head noun, last in an English noun phrase, says what the phrase is about; a
            # shared modifier alone ("southern end" beside "southern boundary") says nothing.
            # A count's head is the thing counted.
            needed = frozenset(detail_keys[-1:])
        else:
            # A name is said in other words only when every word of it is ("Christianity" in
            # "a Christian", "Internet" in "the Web"); one shared word ("Air Force One",
            # "forcefully") is not enough.
            needed = frozenset(detail_keys)
        # Most details' words stand in no other article at all: no sentence product for them.
        if set.intersection(*(key_owners.get(key, set()) for key in needed)) - {owner}:
            wanted.append((row.id, owner, index.offsets[owner] + sentence, needed))
    if not wanted:
        return {}
    flats = sorted({w[2] for w in wanted})
    position = {flat: k for k, flat in enumerate(flats)}
    product = sp.csr_matrix(matrix[flats] @ matrix.T)
    found: dict[str, int] = {}
    row_texts = {row.id: row.text for row in rows}
    key_sets = [frozenset(k) for k in keys]
    row_keys = {row.id: meaning_keys(row.text) for row in rows}
    # A phrase whose head is an everyday word needs a second of its words in the other sentence, a
    # head only the two sentences use, or the head used alike: "senior member" is not said by
    # "members of the Supreme Court" (a class, in the plural); "offered slight hope" may be by
    # "some rays of hope".
    plain_heads = {row.id: meaning_words(row.text)[-1][1] for row in rows if row.kind == "phrase"
                   and meaning_words(row.text) and _everyday(meaning_words(row.text)[-1][1])}
    for row_id, owner, flat, needed in wanted:
        k = position[flat]
        cells = slice(product.indptr[k], product.indptr[k + 1])
        close = product.data[cells] >= RARE_KEY_COSINE  # most cells are far below: skipped in numpy
        best = 0.0
        for j, value in sorted(zip(product.indices[cells][close].tolist(), product.data[cells][close].tolist())):
            if value <= best or index.sentence_owner[j] == owner or not needed <= key_sets[j]:
                continue
            # A word the story uses everywhere ("deal", "debate") needs a close sentence; a word
            # it hardly uses ties two less alike sentences when they also name the same person,
            # body or place (Trump's "public ridicule" and his "considerable criticism").
            near = (value >= MEANING_COSINE and any(df[key] <= rare for key in needed)) \
                or (any(df[key] <= RARE_KEY_SENTENCES for key in needed) and not entities[flat].isdisjoint(entities[j]))
            if near and all(_used_alike(row_texts[row_id], index, j, key) for key in needed) \
                    and (row_id not in plain_heads or len(set(row_keys[row_id]) & key_sets[j]) > 1
                         or all(df[key] <= _ONLY_THE_TWO for key in needed)
                         or not any(_class_of(plain_heads[row_id], w) for key, w, _ in _counterpart_words(index, j)
                                    if key in needed)):
                found[row_id], best = j, value
    return found


def _is_count(row: DetailRow) -> bool:
    """Whether ``row`` counts a few things named by a noun ("three separate interviews", slot
    "count of interview", key "count:3:interview"), so few that another article may tell them one
    by one (at most :data:`NAMED_COUNT_MAX`, a whole number); not people (:func:`_named_as_many`
    has those), nor "100 delegates" (no article names a hundred), nor "5.7 percentage points"."""
    if row.kind != "number" or not row.key.startswith("count:") or not row.slot.startswith("count of "):
        return False
    value = row.key.split(":")[1]
    return value.isdigit() and 2 <= int(value) <= NAMED_COUNT_MAX \
        and row.slot.removeprefix("count of ") not in PERSON_ROLES | PARTY_NOUNS | {"person", "people"}


def _counterpart_words(index: _StoryIndex, flat: int) -> tuple[tuple[str, str, str], ...]:
    """:func:`biaslens.details.meaning_words` of sentence ``flat``; a title-case headline's
    words lower-cased, as its capitals name nothing ("Block Dem Legislation Until Tax Cuts,
    Budget Pass")."""
    cache: dict[int, tuple[tuple[str, str, str], ...]] = index.__dict__.setdefault("_counterpart_words", {})
    if flat not in cache:
        i, k = _locate(index, flat)
        text = index.articles[i].sentences[k].text
        words = meaning_words(text)
        cache[flat] = tuple((key, w.lower(), before) for key, w, before in words) if _is_heading(text) else words
    return cache[flat]


def _prefix_used_alike(detail_text: str, prefixes: set[str], index: _StoryIndex, flat: int) -> bool:
    """Whether sentence ``flat`` has a word whose stem starts like one of the detail's
    (``prefixes``), used the way the detail uses it (:func:`biaslens.details.same_use`): two
    such words, or one that is no everyday word (:func:`_everyday`: "the last word" and "last
    week" share only "last") or that only the two sentences use ("influential voice", "leading
    voice"), or the detail's head used alike (:func:`_class_of`: "offered slight hope" and "some
    rays of hope"; not "the senior member" and "members of the Supreme Court"), or a modifier of
    the detail that heads the other's phrase ("rules package" and "the second day of Republican
    rule"; not "the last word" and "last week", nor "golf ball" and "golf bag")."""
    ours = [(stem(w)[:_PREFIX], w) for _, w, _ in meaning_words(detail_text)]
    words = _counterpart_words(index, flat)
    # A word of the other sentence ends its noun phrase when the next content word does not follow
    # it at once ("Republican rule," but not "last week").
    ends = [k + 1 == len(words) or words[k + 1][2] != w for k, (_, w, _) in enumerate(words)]
    theirs = [(stem(w)[:_PREFIX], w, before, end) for (_, w, before), end in zip(words, ends)]
    pairs = [(a, b, end) for p, a in ours for q, b, before, end in theirs
             if p == q and p in prefixes and same_use(a, b, before)]
    head = ours[-1][1] if ours else ""
    return len({a.lower() for a, _, _ in pairs}) > 1 or any(
        not _everyday(a) or index.sentence_df[stem(a)] <= _ONLY_THE_TWO
        or (a == head and not _class_of(a, b)) or (a != head and end)
        for a, b, end in pairs)


def _class_of(word: str, other: str) -> bool:
    """Whether ``other`` is the plural of the singular ``word``: "members of the Supreme Court"
    name a class, "the senior member" one of it, so the class says nothing of the one."""
    w, o = normalise_word(word), normalise_word(other)
    return stem(w) == w and o != w and stem(o) == w


def _used_alike(detail_text: str, index: _StoryIndex, flat: int, key: str) -> bool:
    """Whether sentence ``flat`` uses a word of meaning ``key`` the way the detail does
    (:func:`biaslens.details.same_use`)."""
    ours = [w for kk, w, _ in meaning_words(detail_text) if kk == key]
    theirs = [(w, before) for kk, w, before in _counterpart_words(index, flat) if kk == key]
    return any(same_use(a, b, before) for a in ours for b, before in theirs)


def _other_value_for(index: _StoryIndex, i: int, row: DetailRow) -> bool:
    """Whether article ``i`` gives its own value for the thing number ``row`` counts: the same
    unit and counted noun ("up to 1.6 million women" beside "1.5 million women"). It reports the
    thing with another value (a conflict, for the conflict finder), it does not leave it out. Only
    slots that name what is counted ("count of women", "percent of voters") tie two values."""
    if row.kind != "number" or not (" of " in row.slot or row.slot == "trip duration"):
        return False
    return any(d.kind == "number" and d.slot == row.slot for d in index.details[i])


def _omissions(rows: tuple[DetailRow, ...], presence: dict[str, _Presence], index: _StoryIndex) -> tuple[Omission, ...]:
    n = index.n
    if n < 3:
        return ()  # with two articles "most outlets" is one outlet: nothing is left out by a majority
    out: list[tuple[tuple[Any, ...], Omission]] = []
    for row in rows:
        share_needed = OMISSION_SHARE_PHRASE if row.kind == "phrase" else OMISSION_SHARE
        carried = len(row.articles)
        if carried < max(2, math.ceil(share_needed * n)) or carried == n:
            continue
        if row.kind == "date" and row.slot == "weekday":
            continue  # a day is the frame of an event, not a fact of its own; conflicts cover days
        p = presence[row.key]
        said = _same_statement_quoted(index, content_stems(row.text)) if row.kind == "quote" else set()
        for i, article in enumerate(index.articles):
            if i in p.loose or i in said or _other_value_for(index, i, row):
                continue
            omission = Omission(row.id, row.kind, row.text, article.source, row.articles, carried / n, row.evidence)
            out.append(((-(carried / n), -row.informativeness, article.source, row.id), omission))
    out.sort(key=lambda pair: pair[0])
    return tuple(o for _, o in out)


# ---------------------------------------------------------------------------------------------
# Sentence similarity, shared text, passages without counterpart


def _sentence_matrix(index: _StoryIndex) -> sp.csr_matrix:
    """TF-IDF rows (sublinear tf, smoothed idf, L2-normalised) over sentence content stems."""
    n = index.total_sentences
    # On large stories, stems in very many sentences cost most in the product and say least.
    cap = max(100, int(0.02 * n)) if n > 2000 else n + 1
    # The weight of a stem used once in a sentence, (1 + log 1) * idf, is its idf.
    weight = {st: index.idf(st) for st, count in index.sentence_df.items() if count <= cap}
    rows: list[list[str]] = []  # each sentence's kept stems, in alphabetical order
    data: list[float] = []
    for stems in index.sentence_stems:
        counts = Counter(stems)
        kept = sorted(st for st in counts if st in weight)
        rows.append(kept)
        if len(counts) == len(stems):
            data.extend(map(weight.__getitem__, kept))
        else:
            data.extend([sublinear_tf(counts[st]) * weight[st] for st in kept])
    # Columns are numbered in order of first use, row by row.
    vocab = {st: col for col, st in enumerate(dict.fromkeys(chain.from_iterable(rows)))}
    indices = list(map(vocab.__getitem__, chain.from_iterable(rows)))
    indptr = list(accumulate(map(len, rows), initial=0))
    matrix = sp.csr_matrix((np.array(data, dtype=np.float64), np.array(indices, dtype=np.int64), np.array(indptr)),
                           shape=(n, max(1, len(vocab))))
    return l2_normalise_rows(matrix)


def _sentence_matches(index: _StoryIndex) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int, float]]]:
    """Best cosine to any sentence of another article, its position, and near-copy candidates."""
    matrix = _sentence_matrix(index)
    index.matrix = matrix  # type: ignore[attr-defined]
    owner = np.array(index.sentence_owner, dtype=np.int64)
    n = matrix.shape[0]
    best = np.zeros(n)
    arg = np.full(n, -1, dtype=np.int64)
    candidates: list[tuple[int, int, float]] = []
    block = 2000
    transposed = matrix.T.tocsr()
    for start in range(0, n, block):
        product = sp.csr_matrix(matrix[start:start + block] @ transposed)
        rows = np.repeat(np.arange(product.shape[0]), np.diff(product.indptr)) + start
        # A sentence's match inside its own article does not count.
        product.data[owner[rows] == owner[product.indices]] = 0.0
        if product.nnz:
            best[start:start + product.shape[0]] = product.max(axis=1).toarray().ravel()
            arg[start:start + product.shape[0]] = np.asarray(product.argmax(axis=1)).ravel()
            near = (product.data >= SHARED_COSINE) & (rows < product.indices)
            candidates.extend(zip(rows[near].tolist(), product.indices[near].tolist(), product.data[near].tolist()))
    return best, arg, sorted(candidates)


def _locate(index: _StoryIndex, flat: int) -> tuple[int, int]:
    i = index.sentence_owner[flat]
    return i, flat - index.offsets[i]


def _shared_text(index: _StoryIndex, candidates: list[tuple[int, int, float]]) -> tuple[SharedSentence, ...]:
    out = []
    for a, b, _ in candidates:
        ia, sa = _locate(index, a)
        ib, sb = _locate(index, b)
        sent_a, sent_b = index.articles[ia].sentences[sa], index.articles[ib].sentences[sb]
        if min(len(sent_a.text.split()), len(sent_b.text.split())) < SHARED_MIN_WORDS:
            continue
        ratio = sequence_ratio(_flat(sent_a.text), _flat(sent_b.text))
        if ratio < SHARED_RATIO:
            # Two outlets cutting one printed statement at different places ("“It is very important
            # ...,” Mr. Trump said" against the whole statement in one long sentence): the
            # sentences differ, but a long run of the same quoted words is the same quote.
            ratio = _same_statement(index, ia, sent_a, ib, sent_b)
            if ratio:
                out.append(SharedSentence(index.evidence(ia, sent_a.start, sent_a.end, sa),
                                          index.evidence(ib, sent_b.start, sent_b.end, sb), ratio, "same quote"))
            continue
        # One outlet quoting a statement that the other prints unquoted is still the statement's words.
        quoted = max(_quoted_share(index.articles[ia], sent_a), _quoted_share(index.articles[ib], sent_b))
        label = "same quote" if quoted >= QUOTED_SHARE else "copied text"
        out.append(SharedSentence(
            index.evidence(ia, sent_a.start, sent_a.end, sa), index.evidence(ib, sent_b.start, sent_b.end, sb), ratio,
            label,
        ))
    return tuple(out)


def _shared_quotes(rows: Sequence[DetailRow], pairs: Sequence[SharedSentence], index: _StoryIndex,
                   ) -> tuple[SharedSentence, ...]:
    """Pairs of "the same quote" that the sentence pairs miss: a quote row (the same quoted words in
    two articles, :func:`_quote_rows`) whose shorter quotation has at least :data:`SHARED_MIN_WORDS`
    words (or both print a run of :data:`SAME_QUOTE_MIN_WORDS` of its words: "Her mind is shot"), in
    sentences no pair holds yet. nyt's 'Corker said ... “that we don't have a lot of cards
    as it relates to the tax issue before year end” — but ...' and fox's whole statement ending
    '..., Corker said': one statement, two long sentences cut apart. Both must stand inside quotation
    marks (:data:`QUOTED_SHARE`). The evidence spans are the quoted words; ``ratio`` is the share of the shorter quotation's words in their longest run."""
    by_source = {a.source: a for a in index.articles}
    taken = {(p.a.source, p.a.sentence_start, p.b.source, p.b.sentence_start) for p in pairs}
    taken |= {(b, sb, a, sa) for a, sa, b, sb in taken}
    out: list[SharedSentence] = []
    holding: dict[tuple[str, int, str], Evidence | None] = {}  # one look per quote and article
    for row in rows:
        if row.kind != "quote" or len(row.articles) < 2:
            continue
        for k, ea in enumerate(row.evidence):
            for eb in row.evidence[k + 1:]:
                if ea.source == eb.source or (ea.source, ea.sentence_start, eb.source, eb.sentence_start) in taken:
                    continue
                words_a, words_b = _flat(ea.text).split(), _flat(eb.text).split()
                if min(len(words_a), len(words_b)) < SHARED_MIN_WORDS:
                    # A short quote: each article's evidence is its first quotation of the words,
                    # maybe a fragment ("mind is shot") of the whole it also prints ("Her mind is
                    # shot — resign!"); the quotation holding most of the row's words stands for it.
                    ea, eb = (holding.setdefault((e.source, e.start, row.id), _quotation_holding(index, e, row.text)) or e
                              for e in (ea, eb))
                    words_a, words_b = _flat(ea.text).split(), _flat(eb.text).split()
                if min(len(words_a), len(words_b)) < SAME_QUOTE_MIN_WORDS:
                    continue
                run = longest_common_run(words_a, words_b)
                if min(len(words_a), len(words_b)) < SHARED_MIN_WORDS and run < SAME_QUOTE_MIN_WORDS:
                    continue
                # A quote row also holds the words where an outlet writes them unquoted, in its own
                # voice: that is no quotation of the statement.
                if min(_quoted_share(by_source[ea.source], ea), _quoted_share(by_source[eb.source], eb)) < QUOTED_SHARE:
                    continue
                ratio = run / min(len(words_a), len(words_b))
                if ratio >= 0.5:
                    a, b = sorted((ea, eb), key=lambda e: e.source)
                    out.append(SharedSentence(a, b, ratio, "same quote"))
                    taken |= {(a.source, a.sentence_start, b.source, b.sentence_start),
                              (b.source, b.sentence_start, a.source, a.sentence_start)}
    return tuple(out)


def _quotation_holding(index: _StoryIndex, side: Evidence, text: str) -> Evidence | None:
    """The quotation of ``side``'s article (:func:`biaslens.quotes.quote_spans`) sharing the longest
    run of words with ``text``, at least :data:`SAME_QUOTE_MIN_WORDS` and at most the quotation's
    own length plus two (so a long speech holding the words is no stand-in), as evidence."""
    i = next(k for k, a in enumerate(index.articles) if a.source == side.source)
    article = index.articles[i]
    wanted = _flat(text).split()
    best: tuple[int, int, int] | None = None
    for start, end in quote_spans(article):
        words = _flat(article.text[start:end]).split()
        if len(words) > len(wanted) + 2:
            continue
        run = longest_common_run(words, wanted)
        if run >= SAME_QUOTE_MIN_WORDS and (best is None or run > best[0]):
            best = (run, start, end)
    if best is None:
        return None
    sentence = article.sentence_at(best[1])
    return index.evidence(i, best[1], best[2], sentence.index) if sentence is not None else None


def _same_statement(index: _StoryIndex, ia: int, sent_a: Any, ib: int, sent_b: Any) -> float:
    """The share of the shorter sentence's words in a run both sentences share, when that run is
    at least :data:`STATEMENT_RUN_WORDS` words, half the shorter sentence, and mostly quoted in
    both articles; else 0.0 (not one statement)."""
    words_a, words_b = _flat(sent_a.text).split(), _flat(sent_b.text).split()
    shorter = min(len(words_a), len(words_b))
    if shorter < SHARED_MIN_WORDS:
        return 0.0
    run = longest_common_run(words_a, words_b)
    if run < STATEMENT_RUN_WORDS or run < shorter / 2:
        return 0.0
    # Quoted in both: an outlet's own sentence that happens to repeat a statement is not this.
    if min(_quoted_share(index.articles[ia], sent_a), _quoted_share(index.articles[ib], sent_b)) < QUOTED_SHARE:
        return 0.0
    return run / shorter


def _quoted_reports(pairs: tuple[SharedSentence, ...], index: _StoryIndex) -> tuple[SharedSentence, ...]:
    """``pairs`` with each "same quote" relabelled "quoted report" when one side is the other
    outlet's own words, quoted from its report: hpo's 'Here's an excerpt from the Times report:
    "... But an examination of his remarks ..."' against the Times' own sentence. Not a statement
    both outlets quote, and not independent: one outlet prints what the other wrote."""
    from .quotes import find_quotes

    if index.cast is None:
        return pairs
    by_source = {a.source: a for a in index.articles}
    out = []
    for pair in pairs:
        if pair.label == "same quote" and (_quotes_outlet(by_source[pair.a.source], pair.a, by_source[pair.b.source],
                                                          index.cast, find_quotes)
                                           or _quotes_outlet(by_source[pair.b.source], pair.b,
                                                             by_source[pair.a.source], index.cast, find_quotes)):
            pair = replace(pair, label="quoted report")
        out.append(pair)
    return tuple(out)


def _quotes_outlet(article: Article, side: Evidence, other: Article, cast: Cast, find_quotes: Any) -> bool:
    """True when ``article`` quotes the sentence ``side`` from ``other``'s report: a quotation
    over the sentence whose speaker is ``other``'s outlet, and the sentence is ``other``'s own
    words there (not inside its quotation marks)."""
    for quote in find_quotes(article):
        if quote.end <= side.sentence_start or quote.start >= side.sentence_end or not quote.speaker:
            continue
        entity = cast.resolve(article.source, quote.speaker)
        name = entity.name if entity is not None else quote.speaker
        if names_outlet(name, other) or names_outlet(quote.speaker, other):
            return True
    return False


def _quoted_share(article: Article, sentence: Any) -> float:
    """Share of a sentence's letters that stand inside quotation marks (0-1).

    Quotes come from :func:`biaslens.quotes.find_quotes`, which follows a quotation across
    sentences, so the second sentence of a long quote counts as quoted too.
    """
    from .quotes import find_quotes  # the quote finder is heavy; only shared sentences need it

    letters = [k for k in range(sentence.start, sentence.end) if article.text[k].isalnum()]
    if not letters:
        return 0.0
    spans = [(q.start, q.end) for q in find_quotes(article) if q.end > sentence.start and q.start < sentence.end]
    inside = sum(1 for k in letters if any(a <= k < b for a, b in spans))
    return inside / len(letters)


def _flat(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.lower().replace("’", "'")))


def _alone(index: _StoryIndex, i: int, sentence: Any, best: np.ndarray, shared_facts: set[tuple[str, int]]) -> bool:
    """Whether sentence ``sentence`` of article ``i`` has no counterpart by its words: no sentence of
    another article reaches :data:`COUNTERPART_THRESHOLD`, and it states no shared number, date or quote."""
    flat = index.offsets[i] + sentence.index
    return (best[flat] < COUNTERPART_THRESHOLD
            and len(index.sentence_stems[flat]) >= 3  # "Read more:" and datelines are not passages
            and not _is_heading(sentence.text)
            and (index.articles[i].source, sentence.start) not in shared_facts)


def _word_pairs(index: _StoryIndex, i: int) -> list[tuple[dict[tuple[str, str], tuple[int, int, bool]], frozenset[str]]]:
    """Each sentence of article ``i`` as its pairs of content words in a row (by
    :func:`biaslens.details.word_root`), each with its span and whether it holds an alias's word:
    no stop word between them, neither a
    number, a title ("Majority Leader") nor a word of a cast name other than an alias an article
    introduces (a name shared is the cast's tie, not a phrase), not both everyday words
    (:func:`_everyday`: "last year", "Thursday morning"); and the roots of all its plain words."""
    article = index.articles[i]
    cast = index.cast
    # An alias one article introduces ("the alias Carlos Danger") is that article's naming: where
    # another article uses it too ("wrote under the pseudonym “Carlos Danger”"), the two tell one fact.
    aliases = index.__dict__.setdefault("_alias_names", {m.text.lower() for e in cast.entities for m in e.mentions
                                                         if cast.is_alias(m.source, m.start, m.end)})
    names, alias_spans = [], []
    for start, end, _ in cast.spans(article.source):
        (alias_spans if article.text[start:end].lower() in aliases else names).append((start, end))
    out: list[tuple[dict[tuple[str, str], tuple[int, int, bool]], frozenset[str]]] = []
    for sentence in article.sentences:
        words = []
        for m in _FORM_WORD.finditer(sentence.text):
            start, end, word = sentence.start + m.start(), sentence.start + m.end(), m.group()
            plain = (word.lower() not in STOP_WORDS and not _NUMERIC.search(word) and word.lower() not in TITLES
                     and not any(a < end and start < b for a, b in names))
            words.append((word_root(word), start, end, _everyday(word)) if plain else None)
        pairs: dict[tuple[str, str], tuple[int, int, bool]] = {}
        for a, b in zip(words, words[1:]):
            if a and b and not (a[3] and b[3]) and a[0] != b[0]:
                pairs.setdefault((a[0], b[0]), (a[1], b[2], any(x < b[2] and a[1] < y for x, y in alias_spans)))
        out.append((pairs, frozenset(w[0] for w in words if w)))
    return out


def _told_in_other_words(index: _StoryIndex, best: np.ndarray, shared_facts: set[tuple[str, int]],
                         ) -> dict[int, OtherWords]:
    """The sentences without counterpart by their words (:func:`_alone`) that another article's
    sentence may tell in other words (:data:`OTHER_WORDS_PAIR_SENTENCES`), by flat index, each with
    that sentence: the one sharing most such pairs, then the first."""
    read = [_word_pairs(index, i) for i in range(index.n)]
    pairs = [[found for found, _ in by_sentence] for by_sentence in read]
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, by_sentence in enumerate(pairs):
        for k, found in enumerate(by_sentence):
            for pair in found:
                postings[pair].append(index.offsets[i] + k)
    # A pair of words the story uses all along ("email server" in a story of an email server,
    # "retirement age" in one of the retirement age) names its topic, not one fact: one of the two
    # words must be one the story hardly uses.
    word_df = Counter(chain.from_iterable(roots for by_sentence in read for _, roots in by_sentence))
    entities = index.sentence_entities()
    out: dict[int, OtherWords] = {}
    for i, article in enumerate(index.articles):
        for sentence in article.body_sentences:
            if not _alone(index, i, sentence, best, shared_facts):
                continue
            flat = index.offsets[i] + sentence.index
            shared: dict[int, list[tuple[str, str]]] = defaultdict(list)
            for pair in pairs[i][sentence.index]:
                flats = postings[pair]
                if len(flats) > OTHER_WORDS_PAIR_SENTENCES or min(word_df[pair[0]], word_df[pair[1]]) > OTHER_WORDS_PAIR_SENTENCES:
                    continue
                for j in flats:
                    # Two ties besides the pair: two cast entities both sentences name, or one and
                    # an alias. One entity is too little: the story's main person is in most of
                    # its sentences ("Islamic terrorism" in two sentences naming Trump tell two
                    # things; "running mate" in two naming Clinton and Kaine, one).
                    ties = len(entities[flat] & entities[j]) + pairs[i][sentence.index][pair][2]
                    if index.sentence_owner[j] != i and ties >= OTHER_WORDS_TIES:
                        shared[j].append(pair)
            if not shared:
                continue
            j = min(shared, key=lambda f: (-len(shared[f]), f))
            oi, ok = _locate(index, j)
            other = index.articles[oi].sentences[ok]
            start, end, _ = pairs[i][sentence.index][shared[j][0]]
            out[flat] = OtherWords(index.evidence(i, sentence.start, sentence.end, sentence.index),
                                   index.evidence(oi, other.start, other.end, ok), article.text[start:end])
    return out


def _without_counterpart(index: _StoryIndex, best: np.ndarray, shared_facts: set[tuple[str, int]],
                         apart: Container[int] = frozenset()) -> tuple[Passage, ...]:
    """Runs of sentences without counterpart by their words (:func:`_alone`) in one paragraph,
    leaving out the flat sentences ``apart`` (maybe told in other words: :class:`OtherWords`)."""
    passages: list[Passage] = []
    for i, article in enumerate(index.articles):
        run: list[int] = []
        for sentence in article.body_sentences:
            alone = _alone(index, i, sentence, best, shared_facts) and index.offsets[i] + sentence.index not in apart
            previous = article.sentences[run[-1]] if run else None
            if alone and (previous is None or (previous.index == sentence.index - 1
                                                and previous.paragraph == sentence.paragraph)):
                run.append(sentence.index)
                continue
            if run:
                passages.append(_passage(index, i, run, best))
            run = [sentence.index] if alone else []
        if run:
            passages.append(_passage(index, i, run, best))
    return tuple(passages)


def _passage(index: _StoryIndex, i: int, run: list[int], best: np.ndarray) -> Passage:
    article = index.articles[i]
    first, last = article.sentences[run[0]], article.sentences[run[-1]]
    span = article.span(first.start, last.end)
    score = max(float(best[index.offsets[i] + s]) for s in run)
    return Passage(article.source, span.start, span.end, span.text, tuple(run), score)


# ---------------------------------------------------------------------------------------------
# Conflicts


def _slot_family(detail: Detail) -> str | None:
    slot = detail.slot
    if slot == "weekday":
        return "weekday"
    if slot == "trip duration":
        return "trip duration"
    if slot.startswith("duration"):
        return slot
    if slot.startswith("count of"):
        # Near-synonym count nouns meet in one slot: "15 bills" and "16 House-passed measures"
        # count the same thing when their sentences are tied to one event (see _role).
        head = slot.removeprefix("count of ")
        return "count of " + _COUNT_SYNONYMS.get(head, head)
    if slot.startswith("money"):
        return slot
    if slot.startswith("percent"):
        return slot
    return None


#: Count nouns (as ``details.stem`` gives them) that name the same kind of thing, mapped to one
#: head. Kept short on purpose: only words a reporter uses for one another in the same story.
_COUNT_SYNONYMS: Mapping[str, str] = {"measure": "bill", "ballot": "vote"}


#: The slot of a poll's margin of error, whatever its unit ("plus or minus 4.3 percent", "a margin
#: of error of four percentage points"): a margin is no share and no lead, so it never meets them.
MARGIN_OF_ERROR = "margin of error"


def _value_family(index: _StoryIndex, i: int, detail: Detail) -> str | None:
    """The slot family of a value (:func:`_slot_family`), a margin of error set apart from shares and leads."""
    family = _slot_family(detail)
    if family is not None and family.startswith(("percent", "count of")) and isinstance(detail.value, float):
        sentence = index.articles[i].sentences[detail.sentence]
        text = index.articles[i].text
        if is_margin_of_error(text[sentence.start:detail.start], text[detail.end:sentence.end]):
            return MARGIN_OF_ERROR
    return family


def _threshold(family: str) -> float:
    for prefix, value in CONFLICT_SIMILARITY.items():
        if family.startswith(prefix):
            return value
    return 0.3


def _conflicts(index: _StoryIndex) -> tuple[Conflict, ...]:
    matrix = index.matrix  # type: ignore[attr-defined]
    groups: dict[str, list[tuple[int, Detail]]] = defaultdict(list)
    for i, details in enumerate(index.details):
        for d in details:
            family = _value_family(index, i, d)
            if family is None:
                continue
            if family == MARGIN_OF_ERROR:
                # "plus or minus 4.3 percent" and "four percentage points": one value in two units.
                d = replace(d, key=f"margin:{rounded(float(d.value))}")  # type: ignore[arg-type]
            groups[family].append((i, d))
    found: dict[tuple[str, str, str], dict[str, Any]] = {}
    for family in sorted(groups):
        members = groups[family]
        if len({i for i, _ in members}) < 2 or len({d.key for _, d in members}) < 2:
            continue
        rows = [index.offsets[i] + d.sentence for i, d in members]
        sims = (matrix[rows] @ matrix[rows].T).toarray()
        threshold = _threshold(family)
        # Every pair of members is judged at once on (members x members) matrices; the pairs
        # kept are then visited in the order of a loop over x, then y > x.
        article_ids: dict[int, int] = {}
        value_ids: dict[str, int] = {}
        article_of = np.array([article_ids.setdefault(i, len(article_ids)) for i, _ in members], dtype=np.int64)
        value_of = np.array([value_ids.setdefault(d.key, len(value_ids)) for _, d in members], dtype=np.int64)
        states = np.zeros((len(article_ids), len(value_ids)), dtype=bool)
        states[article_of, value_of] = True
        # Both articles must be silent on the other's value: an article that says Tuesday and
        # Thursday does not contradict one that says Tuesday. (This also rules out two members
        # of one article, and two members with the same value.)
        roles = [_role(index, i, d, family) for i, d in members]
        says_other = states[article_of[:, None], value_of[None, :]]  # [x, y]: x's article states y's value
        said_both = says_other | says_other.T  # either article states both values somewhere
        by_state: dict[tuple[int, int], list[int]] = defaultdict(list)
        for z in range(len(members)):
            by_state[(int(article_of[z]), int(value_of[z]))].append(z)
        same = (article_of[:, None] == article_of[None, :]) | (value_of[:, None] == value_of[None, :])
        for x, y in zip(*np.nonzero(says_other & ~same)):
            # x's article states y's value, but it contradicts nothing only when it does so about
            # the same thing: nyt's Obama "on Wednesday visited another bridge" says nothing of
            # the day of hpo's "On Wednesday, the House voted 396-9".
            says_other[x, y] = any(_tied(roles[z], roles[y]) for z in by_state[(int(article_of[x]), int(value_of[y]))])
        dated = [_dated_event(index, i, d) if family == "weekday" else None for i, d in members]
        # Pairs below the similarity bar stay candidates when two words beside the values are
        # the same or both days date the same kind of happening (see below).
        vocab: dict[str, int] = {}
        cells = [(x, vocab.setdefault(w, len(vocab))) for x, (_, ws) in enumerate(roles) for w in ws]
        incidence = sp.csr_matrix((np.ones(len(cells)), ([c[0] for c in cells], [c[1] for c in cells])),
                                  shape=(len(members), max(1, len(vocab))))
        shared_words = (incidence @ incidence.T).toarray()
        kinds = np.array([k[0] if k else "" for k in dated] if dated else [], dtype=object)
        same_kind_all = (kinds[:, None] == kinds[None, :]) & (kinds[:, None] != "")
        happening = np.array([bool(ws & _HAPPENING_STEMS) for _, ws in roles], dtype=bool)
        loose_tie = same_kind_all | ((shared_words >= 2) & happening[:, None] & happening[None, :])
        if family.startswith("count of"):
            # Counts of one thing about one body: "some 16 House-passed measures" the Senate
            # should take up, "15 bills" ignored in the Senate (checked below: the values must
            # be near enough for "some" or "about" to make them one count).
            name_ids: dict[str, int] = {}
            name_cells = [(x, name_ids.setdefault(n, len(name_ids))) for x, (ns, _) in enumerate(roles) for n in ns]
            names_of = sp.csr_matrix((np.ones(len(name_cells)), ([c[0] for c in name_cells], [c[1] for c in name_cells])),
                                     shape=(len(members), max(1, len(name_ids))))
            # ... or one word beside both values ("lawsuit involving as many as 1.5 million women",
            # "lawsuit ... on behalf of up to 1.6 million women"): such loose pairs are kept only
            # when the values are close and one is an estimate or a bound (see below).
            loose_tie = ((names_of @ names_of.T).toarray() >= 1) | (shared_words >= 1)
        keep = ~says_other & ~says_other.T & ~same & ((sims >= threshold)
                                                      | (loose_tie if family == "weekday" or family.startswith("count of") else False))
        xs, ys = np.nonzero(np.triu(keep, k=1))
        cells: dict[int, _Cell] = {}
        # Where each value stands among its sentence's values of the family (first, second, ...).
        places = _places_in_sentence(members)
        for x, y in zip(xs.tolist(), ys.tolist()):
            (ia, da), (ib, db) = members[x], members[y]
            sim = float(sims[x, y])
            (names_a, words_a), (names_b, words_b) = roles[x], roles[y]
            names, words = names_a & names_b, words_a & words_b
            if not names and not words:
                continue  # nothing ties the two values to one event: two different facts
            # Two ways to tie values whose sentences are worded too differently to pass the
            # similarity bar: both days date the same kind of happening ("the vice presidential
            # debate on Tuesday", "The face-off Thursday night"), or two content words beside
            # the values are the same ("reaffirming the national motto", "reaffirmed the
            # motto"). Such pairs are only ever listed to check by hand.
            loose = sim < threshold
            if (loose or said_both[x, y]) and family == "weekday" and not (same_kind_all[x, y] or words & _HAPPENING_STEMS):
                # Worded apart, or one article gives both days to other things: only the word
                # for what happened (vote, debate, meeting) ties the two days to one event.
                continue
            if loose and family.startswith("count of") and not (_compatible(index, ia, da, ib, db)
                                                                 or _close_estimates(index, ia, da, ib, db)):
                continue  # different counts in sentences worded apart: likely two different things
            if _compatible(index, ia, da, ib, db, near=not family.startswith("count of")):
                continue  # "more than $1 million" and "$1.1 million" agree
            cap = 1.0
            if family == MARGIN_OF_ERROR:
                cap = _margin_cap(index, ia, da, ib, db)
            elif family.startswith(_CELL_FAMILIES):
                for z, (i, d) in ((x, members[x]), (y, members[y])):
                    if z not in cells:
                        cells[z] = _cell(index, i, d)
                cap = _cell_cap(index, ia, cells[x], ib, cells[y])
            if cap is None:
                continue  # two cells of a poll's table, or margins of two samples: two facts
            # Names weigh by how many of them the two sentences share: "Obama has cut $716
            # billion from Medicare" and "His [McCain's] plan would cut Medicare by $800
            # billion" share Medicare but not who cuts.
            overlap = len(names) / len(names_a | names_b) if names else 0.0
            confidence = min(round(0.4 * overlap + 0.4 * bool(words) + 0.2 * min(1.0, sim / 0.5), 6), cap)
            if family == "weekday" and _published_apart(index, ia, ib):
                # A weekday counts from the day of publication: "Sunday" in Monday's paper and
                # "Thursday" in Friday's may be two meetings, not one meeting on two days.
                confidence = min(confidence, _CHECK_BY_HAND)
            if family == "weekday" and not words & _HAPPENING_STEMS:
                # Two days tie one event only through a word for what happened on it (met,
                # meeting, vote, said): "reactions to Steele on Friday" and "pressure on Steele
                # Sunday" share only "camera" (the remark both recall), two happenings.
                confidence = min(confidence, _CHECK_BY_HAND)
            if loose or _compatible(index, ia, da, ib, db) or _bound(index, ia, da) or _bound(index, ib, db):
                # "some 16 measures" and "15 bills": "some" may or may not cover the gap of one
                # between two small counts; "as many as 1.5 million" and "up to 1.6 million" are
                # two ceilings, each perhaps a rounding of one estimate: a reader decides.
                confidence = min(confidence, _CHECK_BY_HAND)
            dates: tuple[str, ...] = ()
            if dated[x] is not None and dated[y] is not None and dated[x][0] != dated[y][0]:
                # "his Thursday meeting with Xi" and "a stop in South Korea on Wednesday, where
                # he will meet Xi": each day dates something else (the meeting, the arrival), so
                # the two may both be right. Only a reader can tell.
                confidence = min(confidence, _CHECK_BY_HAND)
                dates = (dated[x][1], dated[y][1]) if da.key < db.key else (dated[y][1], dated[x][1])
            pair = tuple(sorted((da.key, db.key)))
            entry = found.setdefault((family, pair[0], pair[1]), {"sim": 0.0, "conf": -1.0, "sides": defaultdict(dict)})
            entry["sim"] = max(entry["sim"], sim)
            if confidence > entry["conf"]:
                # The sides show the pair that best ties the values together, not every mention.
                entry["conf"], entry["names"], entry["words"], entry["dates"] = confidence, names, words, dates
                entry["aligned"] = places[x] == places[y]
                entry["sides"] = defaultdict(dict)
            if confidence == entry["conf"]:
                for i, d in ((ia, da), (ib, db)):
                    entry["sides"][d.key].setdefault(i, d)
    out: list[tuple[Conflict, bool]] = []
    for (family, key_a, key_b), entry in sorted(found.items()):
        sides = []
        for key in (key_a, key_b):
            members = entry["sides"][key]
            evidence = tuple(index.evidence(i, d.start, d.end, d.sentence) for i, d in sorted(members.items()))
            texts = Counter(d.text for d in members.values())
            value = members[min(members)].value
            sides.append(ConflictSide(str(value) if value is not None else key, texts.most_common(1)[0][0], evidence))
        bounds = [(index.articles[i].source, found_bound[1]) for key in (key_a, key_b)
                  for i, d in sorted(entry["sides"][key].items())
                  if (found_bound := bound_before(index.articles[i].text[max(0, d.start - 24):d.start]))]
        explanation = _conflict_explanation(family, sides, entry["names"], entry["words"], bounds)
        kind = "date" if family == "weekday" else "number"
        out.append((Conflict(family, kind, tuple(sides), entry["sim"], explanation, entry["conf"],
                             tuple(sorted(entry["names"])), tuple(sorted(entry["words"])), entry["dates"]),
                    entry["aligned"]))
    out.sort(key=lambda c: (-c[0].confidence, -c[0].similarity, c[0].slot, c[0].sides[0].value))
    return tuple(_one_row_per_sentence_pair(out))


# What a poll figure measures (issue #13, session 6). A poll story prints tables in prose; two
# of its numbers are one fact only when they fill one cell: the same group ("among voters under
# age 45"), the same match-up ("Clinton ... Trump"), the same poll (a month: "in March") and the
# same kind (a lead, a share). A margin of error belongs to its sample.

#: Families whose values are read as cells of a poll's table: shares and leads.
_CELL_FAMILIES = ("percent", "count of point")
_CLAUSE_BREAK = re.compile(r";|\s[—–-]\s|—|[()]|,\s+(?:while|but|whereas)\b|:\s")
# A value joined to the next by "to" or a dash: one half of a printed pair ("46 percent to 44 percent").
_PAIR_AFTER = re.compile(r"\s*(?:to|-|–)\s*\d")
_PAIR_JOIN = re.compile(r"\s*(?:to|-|–)\s*")
_PAIR_BEFORE = re.compile(r"\d(?:\s*(?:%|percent|per\s?cent|points?))?\s*(?:to|-|–)\s*$", re.I)
# A lead: "by 8 points", "a lead of 7 percent", "within two points of", "a 4-point edge", "two points ahead".
_LEAD_BEFORE = re.compile(r"\b(?:by|within|(?:lead|edge|advantage|gap|margin)\s+of)\s+(?:a\s+|an\s+|only\s+|just\s+|about\s+)?$", re.I)
_LEAD_AFTER = re.compile(r"(?:\s|-)(?:point\s+)?(?:lead|edge|advantage|gap|margin)\b|\s+(?:ahead|behind)\b", re.I)
#: Words of a group that keep it apart from another ("voters under 45", "without a degree"),
#: kept although they are stop words; and words that change no group ("Democrats alone").
_GROUP_KEEP = frozenset("under over above below older younger less more fewer without with not no".split())
_GROUP_IDLE = frozenset("alone overall only all both".split())
# The group a share is of: "52 percent of Democratic primary voters" (up to a mark or a clause word).
_SHARE_OF = re.compile(r"\s+of\s+((?:the\s+|all\s+)?[\w’'-]+(?:\s+(?!(?:while|but|and|who|say|said|says)\b)[\w’'-]+){0,4})")


@dataclass(frozen=True)
class _Cell:
    """Where a share or lead sits in a poll's table; ``None`` where the sentence does not say."""

    kind: str  # "share" or "lead"
    group: frozenset[str] | None  # the words of the group it is "among"
    contest: frozenset[str] | None  # the people a printed pair compares (cast ids)
    time: frozenset[tuple[int, int]] | None  # the months it is dated to (values.figure_times)
    table: bool  # its sentence holds other values of its family: a table in prose


def _clause(text: str, at: int) -> tuple[int, int]:
    """The clause of ``text`` around offset ``at``: between ";", a dash, a bracket, ", while", ": "."""
    start, end = 0, len(text)
    for m in _CLAUSE_BREAK.finditer(text):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    return start, end


def _group_words(words: str) -> frozenset[str]:
    """The words that name a group, as stems: "voters under age 45" -> {voter, under, age, 45}."""
    tokens = re.findall(r"[^\W_]+", words.lower())
    return frozenset(t if t.isdigit() else stem(t) for t in tokens
                     if t not in _GROUP_IDLE and (t not in STOP_WORDS or t in _GROUP_KEEP))


def _cell(index: _StoryIndex, i: int, detail: Detail) -> _Cell:
    """Read the cell of a share or lead from its sentence (see :class:`_Cell`)."""
    article = index.articles[i]
    sentence = article.sentences[detail.sentence]
    text = sentence.text
    start, end = detail.start - sentence.start, detail.end - sentence.start
    paired = bool(_PAIR_AFTER.match(text, end) or _PAIR_BEFORE.search(text[:start]))
    lead = not paired and bool(_LEAD_BEFORE.search(text[max(0, start - 30):start]) or _LEAD_AFTER.match(text, end))
    low, high = _clause(text, start)
    groups = among_groups(text)
    near = [g for g in groups if low <= g[0] < high]
    if near:
        # The nearest group of the clause: "leading 66 percent to 27 percent among voters under age 45".
        group: frozenset[str] | None = _group_words(min(near, key=lambda g: max(g[0] - end, start - g[1], 0))[2])
    elif (of := _SHARE_OF.match(text, end)) is not None:
        # "52 percent of Democratic primary voters": the group the share is of.
        group = _group_words(of.group(1))
    else:
        # A clause without one takes the sentence's only group ("among likely voters 49 percent to
        # 39 percent; Mr. Sanders would beat him 53 percent to 36 percent").
        distinct = {_group_words(g[2]) for g in groups}
        group = distinct.pop() if len(distinct) == 1 else None
    contest = None
    if paired:
        persons = {eid for s, e, eid in index.cast.spans(article.source)
                   if sentence.start + low <= s and e <= sentence.start + high
                   and index.cast.entity(eid).kind == "person"}
        contest = frozenset(persons) or None
    time = figure_times(text, article.published or "") or None
    family = _slot_family(detail)
    table = sum(1 for d in index.details[i] if d.sentence == detail.sentence and d.kind == "number"
                and _slot_family(d) == family) > 1
    return _Cell("lead" if lead else "share", group or None, contest, time, table)


def _agreement(a: frozenset[Any] | None, b: frozenset[Any] | None) -> str:
    """"same", "apart" or "unsure" for two parts of two cells; one inside the other is unsure."""
    if a == b:
        return "same"
    if a is None or b is None or a <= b or b <= a:
        return "unsure"
    return "apart"


def _cell_cap(index: _StoryIndex, ia: int, a: _Cell, ib: int, b: _Cell) -> float | None:
    """The most confidence two values of two cells allow: ``None`` when they are two cells.

    Different kinds, groups, match-ups or months are two facts ("66 percent to 27 percent among
    voters under age 45" and "48 percent to 41 percent in March"), and so are the figures of two
    articles whose margins of error are given for samples of different sizes (418 Democratic
    primary voters; 1,200, 542 and 459 registered voters): two polls. When a part is unknown on one
    side, or one group holds the other's words and more: when both articles print the same pair
    of figures (46 to 44 in each), they report one poll and a different number in a cell not
    shown to be the same is another cell of it, so the pair is dropped; otherwise a sentence
    holding several figures (a table in prose) leaves it to a reader.
    """
    if a.kind != b.kind:
        return None
    samples_a, samples_b = _poll_samples(index, ia), _poll_samples(index, ib)
    if samples_a and samples_b and not samples_a & samples_b:
        return None  # the polls asked different numbers of people: two polls
    verdicts = {_agreement(a.group, b.group), _agreement(a.contest, b.contest), _agreement(a.time, b.time)}
    if "apart" in verdicts:
        return None
    if "unsure" in verdicts:
        if _printed_pairs(index, ia) & _printed_pairs(index, ib):
            return None
        if a.table or b.table:
            return _CHECK_BY_HAND
    return 1.0


def _printed_pairs(index: _StoryIndex, i: int) -> frozenset[frozenset[float]]:
    """The pairs of percentages article ``i`` prints joined ("46 percent to 44 percent")."""
    cache = index.__dict__.setdefault("_printed_pairs", {})
    if i not in cache:
        text = index.articles[i].text
        shares = sorted((d for d in index.details[i] if d.kind == "number" and isinstance(d.value, float)
                         and d.slot.startswith("percent")), key=lambda d: d.start)
        cache[i] = frozenset(frozenset((a.value, b.value)) for a, b in zip(shares, shares[1:])
                             if a.sentence == b.sentence and a.value != b.value
                             and _PAIR_JOIN.fullmatch(text[a.end:b.start]))
    return cache[i]


def _poll_samples(index: _StoryIndex, i: int) -> frozenset[float]:
    """The sample sizes article ``i`` gives its margins of error for (:func:`_margin_sample`)."""
    cache = index.__dict__.setdefault("_poll_samples", {})
    if i not in cache:
        cache[i] = frozenset(chain.from_iterable(_margin_sample(index, i, d) or () for d in index.details[i]
                                                 if d.kind == "number" and _value_family(index, i, d) == MARGIN_OF_ERROR))
    return cache[i]


def _margin_sample(index: _StoryIndex, i: int, detail: Detail) -> frozenset[float] | None:
    """The sample sizes a margin of error is given for: in its sentence, else the one before.

    "surveyed 552 likely Democratic primary voters. The margin of error is plus or minus 5.7
    percentage points" gives {552}; with "respectively" the n-th margin takes the n-th sample
    ("996 likely voters ... and 284 likely GOP primary voters; those samples carry margins of
    error plus or minus 4.3 percent and 7.4 percent, respectively").
    """
    sentences = index.articles[i].sentences
    sizes = sample_sizes(sentences[detail.sentence].text)
    if sizes and "respectively" in sentences[detail.sentence].text.lower():
        margins = sorted(d.start for d in index.details[i] if d.sentence == detail.sentence and d.kind == "number"
                         and _value_family(index, i, d) == MARGIN_OF_ERROR)
        if len(margins) == len(sizes) and detail.start in margins:
            return frozenset({sizes[margins.index(detail.start)]})
    if not sizes and detail.sentence > 0:
        sizes = sample_sizes(sentences[detail.sentence - 1].text)
    return frozenset(sizes) or None


def _margin_cap(index: _StoryIndex, ia: int, da: Detail, ib: int, db: Detail) -> float | None:
    """The most confidence two margins of error allow: ``None`` for margins of two samples.

    Margins of one sample (996 likely voters in each) may conflict; one the whole-number
    rounding of the other (4 and 4.3), or a sample not given, is left to a reader.
    """
    sample_a, sample_b = _margin_sample(index, ia, da), _margin_sample(index, ib, db)
    if sample_a and sample_b and not sample_a & sample_b:
        return None
    a, b = float(da.value), float(db.value)  # type: ignore[arg-type]
    if not (sample_a and sample_b) or a == round(b) or b == round(a):
        return _CHECK_BY_HAND
    return 1.0


def _places_in_sentence(members: Sequence[tuple[int, Detail]]) -> list[int]:
    """Each value's place among the values of its sentence in ``members`` (0 for the first)."""
    by_sentence: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for z, (i, d) in enumerate(members):
        by_sentence[(i, d.sentence)].append((d.start, z))
    places = [0] * len(members)
    for values in by_sentence.values():
        for place, (_, z) in enumerate(sorted(values)):
            places[z] = place
    return places


def _one_row_per_sentence_pair(rows: list[tuple[Conflict, bool]]) -> list[Conflict]:
    """Each pair of sentences once: the best of the rows they yield (a table in prose gives one
    row per pair of cells). Rows are ``(conflict, aligned)``; at equal confidence a pair whose
    values stand at the same place in their sentences ("46 percent to 44" against "47 percent to
    43": 46 against 47) is kept. The rows keep their order."""
    seen: set[tuple[tuple[str, int], ...]] = set()
    kept: set[int] = set()
    for n, (conflict, _) in sorted(enumerate(rows), key=lambda r: (-r[1][0].confidence, not r[1][1])):
        a, b = conflict.sides[0].evidence, conflict.sides[1].evidence
        pairs = {tuple(sorted(((x.source, x.sentence_start), (y.source, y.sentence_start)))) for x in a for y in b}
        if pairs & seen:
            continue
        seen |= pairs
        kept.add(n)
    return [conflict for n, (conflict, _) in enumerate(rows) if n in kept]


# A fact that is no number but still takes one value: who posted a video ('posted on YouTube
# by "DCCameraGuy"', 'published under an account titled TonyManization'). The pattern names the
# thing (group "thing") and the value. (A pattern for where a pictured person looks was tried
# and dropped: it matched one story only, a rule that fixes a case rather than a phenomenon.)
_POSTED_BY = re.compile(
    r"\b(?P<thing>video|clip|footage)\b[^.;\x00]{0,80}?\b(?:posted|uploaded|published)\b[^.;\x00]{0,40}?"
    r"\b(?:by|under\s+(?:an?\s+|the\s+)?(?:account|user\s?name|handle|channel)(?:\s+(?:titled|named|called))?)"
    r"\s+[\"\u201c]?(?P<value>[A-Z](?:[\w.-]*\w)?(?:\s+[A-Z](?:[\w.-]*\w)?){0,3})")

def _relation_conflicts(index: _StoryIndex) -> tuple[Conflict, ...]:
    """Conflicts over who posted a video, clip or footage: a fact whose value is a name.

    Two articles conflict when both say who posted the same kind of thing and neither names the
    other's account anywhere. It is sure (a conflict) when the two sentences also name the same
    platform beside the post ("posted on YouTube by"); otherwise it is listed to check by hand,
    since "a video posted by CNN" and "a video posted by Fox News" may be two videos.
    """
    found: dict[tuple[str, str], list[tuple[int, int, int, int, str, str]]] = defaultdict(list)
    for i, article in enumerate(index.articles):
        for sentence in article.sentences:
            for m in _POSTED_BY.finditer(sentence.text):
                value = " ".join(m.group("value").split())
                start = sentence.start + m.start("value")
                # The names that tie two sentences must stand beside the post: the platform.
                near = sentence.text[max(0, m.start() - 20):m.end()]
                found[(f"who posted the {m.group('thing').lower()}", value)].append(
                    (i, sentence.index, start, start + len(m.group("value")), value, near))
    out = []
    for family in sorted({f for f, _ in found}):
        keys = sorted(k for f, k in found if f == family)
        for a, key_a in enumerate(keys):
            for key_b in keys[a + 1:]:
                side_a, side_b = found[(family, key_a)], found[(family, key_b)]
                arts_a, arts_b = {x[0] for x in side_a}, {x[0] for x in side_b}
                if arts_a & arts_b:
                    continue  # one article gives both accounts: two videos
                if any(key_b.lower() in index.articles[i].text.lower() for i in arts_a) or any(
                        key_a.lower() in index.articles[i].text.lower() for i in arts_b):
                    continue  # the other account is named after all (a re-post, a second account)
                best: tuple[float, set[str], tuple[int, int, int, int, str, str], tuple[int, int, int, int, str, str]] | None = None
                for x in side_a:
                    for y in side_b:
                        names = _sentence_names(index, x[0], x[1]) & _sentence_names(index, y[0], y[1])
                        names = {n for n in names - {x[4], y[4]} if re.search(rf"\b{re.escape(n)}\b", x[5])
                                 and re.search(rf"\b{re.escape(n)}\b", y[5])}
                        rows = [index.offsets[x[0]] + x[1], index.offsets[y[0]] + y[1]]
                        sim = float((index.matrix[rows[0]] @ index.matrix[rows[1]].T).toarray()[0, 0])  # type: ignore[attr-defined]
                        if best is None or (len(names), sim) > (len(best[1]), best[0]):
                            best = (sim, names, x, y)
                assert best is not None
                sim, names, x, y = best
                sides = []
                for key, side in ((key_a, side_a), (key_b, side_b)):
                    firsts: dict[int, tuple[int, int, int, int, str, str]] = {}
                    for hit in side:
                        firsts.setdefault(hit[0], hit)
                    evidence = tuple(index.evidence(i, h[2], h[3], h[1]) for i, h in sorted(firsts.items()))
                    sides.append(ConflictSide(key, Counter(h[4] for h in side).most_common(1)[0][0], evidence))
                confidence = 1.0 if names else _CHECK_BY_HAND
                out.append(Conflict(family, "name", tuple(sides), sim, _relation_explanation(family, sides, names),
                                    confidence, tuple(sorted(names)), ()))
    return tuple(out)


# Slots filled by words, not numbers: where a thing happened or a person is from ("a 2008 event
# in Norfolk" against "the Norwalk event"), and when, counted back from the day of publication
# ("issued last month" against "last week warned"). Both are only ever listed to check by hand:
# places nest (a college town inside a state, a suburb beside a city) and a report may be
# issued one week and discussed the next, so only a reader can tell a real disagreement.


@dataclass(frozen=True)
class _SlotHit:
    """One value of a word slot in one article: a place or a relative time, and what ties it."""

    article: int
    sentence: int
    start: int
    end: int
    value: str  # what is compared: the place's cast entity name, "last week"
    names: frozenset[str]  # cast entities of the sentence (ids), the place itself left out
    words: frozenset[str]  # stems of the words that say what is placed or dated
    facts: frozenset[str] = frozenset()  # keys of the numbers and dates the sentence states


#: Prepositions that place a thing: "an event in Norfolk", "a student at a college in Bellingham".
_PLACED_BY = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?$")
#: A place name used before a noun places that noun: "a Seattle woman", "the Norwalk event".
_PLACE_BEFORE_NOUN = re.compile(r"(?:['’]s)?\s+([a-z][a-z-]+)")
#: Words around a place that describe places, not the thing placed: "the city of", "a town in".
_PLACE_WORDS = frozenset("citi town area region state counti part place villag suburb nearbi".split())
#: How many content words before the preposition (or around the noun) say what is placed.
_PLACED_WINDOW = 3


def _place_hits(index: _StoryIndex) -> list[_SlotHit]:
    """Every place (a town, a city, a site: no country or US state) that places a thing or a person.

    Countries and states are left out: they contain the towns a second outlet may name ("in
    Washington" against "in Seattle"), so two of them rarely disagree.
    """
    cast = index.cast
    hits: list[_SlotHit] = []
    for i, article in enumerate(index.articles):
        starts = [s.start for s in article.sentences]
        spans = cast.spans(article.source)
        for start, end, entity_id in spans:
            entity = cast.entity(entity_id)
            if entity.kind != "place" or is_place_name(entity.name) or is_place_name(article.text[start:end]):
                continue
            k = bisect.bisect_right(starts, start) - 1
            if k < 0:
                continue
            sentence = article.sentences[k]
            before = sentence.text[:start - sentence.start]
            after = _PLACE_BEFORE_NOUN.match(sentence.text, end - sentence.start)
            placed = _PLACED_BY.search(before)
            if placed:
                words = content_stems(" ".join(_LOWER_WORDS.findall(before[:placed.start()])))[-_PLACED_WINDOW:]
            elif after and after.group(1) not in STOP_WORDS:
                words = content_stems(" ".join(_LOWER_WORDS.findall(before)))[-(_PLACED_WINDOW - 1):]
                words += content_stems(after.group(1))
            else:
                continue  # the place is named, not used to place anything ("Norfolk said")
            words = [w for w in words if w not in _ROLE_STOP and w not in _PLACE_WORDS and not w.isdigit()]
            names = frozenset(e for a, b, e in spans if sentence.start <= a < sentence.end and e != entity_id
                              and cast.entity(e).kind == "person")
            if words or names:
                hits.append(_SlotHit(i, k, start, end, entity.name, names, frozenset(words)))
    return hits


#: Times counted back from the day of publication, by what they mean: "last weekend" and "this
#: past week" are last week.
_RELATIVE_TIME = re.compile(
    r"\b(?:(?P<last>last|this\s+past)\s+(?P<unit>weekend|week|month|year)"
    r"|earlier\s+this\s+(?P<this>week|month|year)|(?P<day>yesterday|last\s+night))\b", re.I)


def _relative_time_hits(index: _StoryIndex) -> list[_SlotHit]:
    """Every "last week", "last month", "earlier this year", "yesterday" that dates a stated fact.

    Only sentences that also state a number or a date count: that value ("exhausted in 2036")
    is what ties two sentences to one finding, whose report the two times then date.
    """
    cast = index.cast
    hits: list[_SlotHit] = []
    for i, article in enumerate(index.articles):
        facts_of: dict[int, set[str]] = defaultdict(set)
        for d in index.details[i]:
            if d.kind in ("number", "date") and d.slot != "weekday":
                facts_of[d.sentence].add(d.key)
        spans = cast.spans(article.source)
        for k, sentence in enumerate(article.sentences):
            if not facts_of.get(k):
                continue
            for m in _RELATIVE_TIME.finditer(sentence.text):
                if m.group("day"):
                    value = "yesterday"
                elif m.group("this"):
                    value = "earlier this " + m.group("this").lower()
                else:
                    value = "last " + m.group("unit").lower().replace("weekend", "week")
                start, end = sentence.start + m.start(), sentence.start + m.end()
                words = content_stems(" ".join(_LOWER_WORDS.findall(sentence.text)))
                names = frozenset(e for a, b, e in spans if sentence.start <= a < sentence.end)
                hits.append(_SlotHit(i, k, start, end, value, names,
                                     frozenset(w for w in words if w not in _ROLE_STOP and not w.isdigit()),
                                     frozenset(facts_of[k])))
    return hits


def _word_slot_conflicts(index: _StoryIndex) -> tuple[Conflict, ...]:
    """Conflicts over where a thing is placed and when a finding was reported (see :class:`_SlotHit`).

    Two hits in different articles with different values are paired when they are about one
    thing: for places, the same person in both sentences or the same word for what is placed
    ("event", "student"); for relative times, the same number or date stated in both sentences
    and a content word beside it. Neither article may give the other's value about the same
    thing (for places: name the other place at all). Every pair is listed to check by hand.
    """
    out: list[Conflict] = []
    for family, kind, hits in (("place", "name", _place_hits(index)), ("relative time", "date", _relative_time_hits(index))):
        by_article_value: dict[tuple[int, str], list[_SlotHit]] = defaultdict(list)
        for h in hits:
            by_article_value[(h.article, h.value)].append(h)
        named: dict[str, set[int]] = defaultdict(set)
        for h in hits:
            named[h.value].add(h.article)
        if family == "place":
            # An article that names the other place anywhere knows of both: no contradiction.
            position = {a.source: i for i, a in enumerate(index.articles)}
            for entity in index.cast.entities:
                if entity.kind == "place":
                    named[entity.name] |= {position[source] for source in entity.sources}

        def tie(a: _SlotHit, b: _SlotHit) -> tuple[set[str], set[str]] | None:
            names, words = set(a.names & b.names), set(a.words & b.words)
            if family == "place":
                # A person alone ties too little: the story's subject stands in most sentences.
                return (names, words) if words else None
            facts = a.facts & b.facts
            return (names, words) if facts and words else None

        # Only hits that share what must tie them are visited (a word for places, a stated value
        # for times), through an inverted index: a story of 500 articles has thousands of places.
        buckets: dict[str, list[int]] = defaultdict(list)
        for n, h in enumerate(hits):
            for token in (h.words if family == "place" else h.facts):
                buckets[token].append(n)
        candidates = sorted({(x, y) for members in buckets.values() for x in members for y in members
                             if hits[x].article < hits[y].article and hits[x].value != hits[y].value})
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for x, y in candidates:
            a, b = hits[x], hits[y]
            if family == "place" and (b.article in named[a.value] or a.article in named[b.value]
                                      or _same_place(a.value, b.value)):
                continue
            ties = tie(a, b)
            if ties is None:
                continue
            if family == "relative time" and _published_days_apart(index, a.article, b.article, a.value, b.value):
                continue
            if any(tie(z, b) for z in by_article_value.get((a.article, b.value), ())) or any(
                    tie(z, a) for z in by_article_value.get((b.article, a.value), ())):
                continue  # one article gives both values to this thing: no contradiction
            rows = [index.offsets[a.article] + a.sentence, index.offsets[b.article] + b.sentence]
            sim = float((index.matrix[rows[0]] @ index.matrix[rows[1]].T).toarray()[0, 0])  # type: ignore[attr-defined]
            if sim < WORD_SLOT_SIMILARITY:
                continue  # one word in common, worded apart: "joined a unit in Washington", "joined ... served in Parris Island"
            first, second = sorted((a, b), key=lambda h: h.value)
            score = (len(ties[0]) + len(ties[1]), sim)
            entry = found.setdefault((first.value, second.value), {"score": (-1, 0.0)})
            if score > entry["score"]:
                entry.update(score=score, sim=sim, names=ties[0], words=ties[1], sides=(first, second))
        for (value_a, value_b), entry in sorted(found.items()):
            sides = []
            for h in entry["sides"]:
                article = index.articles[h.article]
                evidence = (index.evidence(h.article, h.start, h.end, h.sentence),)
                sides.append(ConflictSide(h.value, article.text[h.start:h.end], evidence))
            names = {index.cast.entity(e).name for e in entry["names"]}
            out.append(Conflict(family, kind, tuple(sides), entry["sim"],
                                _word_slot_explanation(family, sides, names, entry["words"]), _CHECK_BY_HAND,
                                tuple(sorted(names)), tuple(sorted(entry["words"]))))
    return tuple(out)


def _same_place(a: str, b: str) -> bool:
    """True when one place name starts the other: "North America" and "North American", "New York City"."""
    a, b = a.lower(), b.lower()
    return a.startswith(b) or b.startswith(a)


def _published_days_apart(index: _StoryIndex, ia: int, ib: int, value_a: str, value_b: str) -> bool:
    """True when the two papers' dates are far enough apart for both relative times to be right.

    "yesterday" in Monday's paper and "last week" in Friday's may date one report; a gap of a
    week or more makes "last week" and "last month" agree as easily.
    """
    from .stories import parse_date

    a, b = (parse_date(index.articles[i].published or "") for i in (ia, ib))
    if a is None or b is None:
        return False
    gap = abs((a.date() - b.date()).days)
    return gap >= 1 if "yesterday" in (value_a, value_b) else gap >= 7


def _word_slot_explanation(family: str, sides: list[ConflictSide], names: set[str], words: set[str]) -> str:
    """One line for a reader: "where: nyt says 'Norwalk', fox says 'Norfolk' (both say event beside it) ..."."""
    said = "; ".join(f"{', '.join(e.source for e in side.evidence)} says {side.text!r}" for side in sides)
    ties = []
    if names:
        ties.append("both name " + ", ".join(sorted(names)))
    if words:
        ties.append("both say " + ", ".join(sorted(words)))
    what, note = (("where", "places can lie inside one another, so check on a map") if family == "place" else
                  ("when, counted back from the day of publication",
                   "each counts back from its own day of publication, so check the dates"))
    return f"{what}: {said} ({'; '.join(ties)}); {note}."


def _relation_explanation(family: str, sides: list[ConflictSide], names: set[str]) -> str:
    """One line for a reader: "who posted the video: fox says 'DCCameraGuy'; hpo says 'TonyManization'"."""
    said = []
    for side in sides:
        sources = [e.source for e in side.evidence]
        said.append(f"{', '.join(sources)} {'says' if len(sources) == 1 else 'say'} {side.text!r}")
    tie = f" (the closest two sentences both name {', '.join(sorted(names))})" if names else ""
    return f"{family}: {'; '.join(said)}{tie}."


def _sentence_names(index: _StoryIndex, i: int, sentence_index: int) -> set[str]:
    """The capitalised words (not opening the sentence) of article ``i``'s sentence: names, platforms."""
    words = re.findall(r"[A-Z][\w'-]*", index.articles[i].sentences[sentence_index].text)
    first = re.match(r"\W*([\w'-]+)", index.articles[i].sentences[sentence_index].text)
    return {w for w in words if not (first and w == first.group(1))}


def _agreeing_value_elsewhere(row: DetailRow, index: _StoryIndex, owner: int) -> bool:
    """True when another article states a value of the same slot that a bound makes agree.

    "more than $1 million" in one outlet and "$1.1 million" in another report one estimate:
    neither is a figure only one outlet has.
    """
    mine = next((d for d in index.details[owner] if d.kind == "number" and d.start == row.evidence[0].start
                 and d.key == row.key), None)
    if mine is None or not isinstance(mine.value, float) or not mine.slot.startswith(("money", "percent", "count")):
        return False
    by_slot = index.numbers_by_slot()
    # Near-synonym count nouns are one slot here too ("15 bills" and "some 16 House-passed measures").
    family = _slot_family(mine)
    slots = [slot for slot in by_slot if slot == mine.slot or (family and family.startswith("count of ")
                                                                 and slot.startswith("count of ")
                                                                 and _slot_family(by_slot[slot][0][1]) == family)]
    return any(i != owner and d.key != mine.key and _compatible(index, owner, mine, i, d)
               for slot in slots for i, d in by_slot[slot])


def _published_apart(index: _StoryIndex, ia: int, ib: int) -> bool:
    """True when both articles carry publication dates on different calendar days."""
    from .stories import parse_date

    a, b = (parse_date(index.articles[i].published or "") for i in (ia, ib))
    return a is not None and b is not None and a.date() != b.date()


def _tied(role_a: tuple[set[str], set[str]], role_b: tuple[set[str], set[str]]) -> bool:
    """True when two values' roles (see :func:`_role`) share a name or a word beside the value."""
    return bool(role_a[0] & role_b[0] or role_a[1] & role_b[1])


def _compatible(index: _StoryIndex, ia: int, da: Detail, ib: int, db: Detail, near: bool = True) -> bool:
    """True when a bound or an approximation makes two amounts agree ("over 1m" and "1.1m").

    With ``near=False`` only a bound counts ("more than", "under"), not an approximation
    ("about", "some"). Two close bounds the same way do not agree: "as many as 1.5 million" and
    "up to 1.6 million" give two ceilings for one count ("more than 3 billion" and "more than 4
    billion" lie far apart: two floors that both hold, two moments of a growing count).
    """
    if not isinstance(da.value, float) or not isinstance(db.value, float):
        return False
    bounds = (_bound(index, ia, da), _bound(index, ib, db))
    if bounds[0] == bounds[1] and bounds[0] in ("high", "low") and _close(da.value, db.value):
        return False  # two near ceilings (or floors): one estimate given two ways
    for (d, bound), other in (((da, bounds[0]), db), ((db, bounds[1]), da)):
        if bound == "low" and other.value >= d.value:
            return True
        if bound == "high" and other.value <= d.value:
            return True
        if near and bound == "near" and _close(d.value, other.value):
            return True
    return False


def _close_estimates(index: _StoryIndex, ia: int, da: Detail, ib: int, db: Detail) -> bool:
    """True when two amounts lie within 15% of each other and both are bounds or estimates.

    "as many as 1.5 million women" and "up to 1.6 million women" may be one estimate, rounded
    or revised: close enough to be one count, different enough for a reader to check.
    """
    if not isinstance(da.value, float) or not isinstance(db.value, float):
        return False
    return _close(da.value, db.value) and bool(_bound(index, ia, da)) and bool(_bound(index, ib, db))


def _close(a: float, b: float) -> bool:
    """True when two amounts lie within 15% of the larger: near enough to be one estimate."""
    return abs(a - b) <= 0.15 * max(a, b)


def _bound(index: _StoryIndex, i: int, d: Detail) -> str | None:
    """How article ``i`` qualifies the number ``d``: "high" ("up to"), "low" ("more than"), "near" ("some") or None."""
    found = bound_before(index.articles[i].text[max(0, d.start - 24):d.start])
    return found[0] if found else None


def _role(index: _StoryIndex, i: int, detail: Detail, family: str) -> tuple[set[str], set[str]]:
    """What a value is about: the names in its sentence, and the content words beside it.

    Names are the tokens of the sentence's entity details ("xi", "jinping", "korea"); words are
    the stems of up to :data:`_ROLE_WINDOW` content words on each side of the value, without
    reporting verbs and time words, and without the names. A trip noun ("visit", "tour") is
    the word "trip", so "a three-day visit" and "a week-long tour" meet on it.
    """
    sentence = index.articles[i].sentences[detail.sentence]
    names = {t for d in index.details[i] if d.kind == "entity" and d.sentence == detail.sentence for t in d.tokens}
    start, end = detail.start - sentence.start, detail.end - sentence.start
    # Only lowercase words: capitalised ones are names or titles ("Chinese President Xi").
    before = content_stems(" ".join(_LOWER_WORDS.findall(sentence.text[:start])))[-_ROLE_WINDOW:]
    after = content_stems(" ".join(_LOWER_WORDS.findall(sentence.text[end:])))[:_ROLE_WINDOW]
    words = {w for w in before + after if w not in _ROLE_STOP and w not in names and not w.isdigit()}
    if family == "trip duration":
        words.add("trip")
    said = _SAID_BEFORE.search(sentence.text[max(0, start - 40):start]) if family == "weekday" else None
    if said:
        # "Merkel said on Friday", "the EU said in a statement on Tuesday": the day is when the
        # speaker spoke, so the slot is that speaker's statement: the names before the verb.
        verb_at = sentence.start + max(0, start - 40) + said.start()
        names = {t for d in index.details[i] if d.kind == "entity" and d.sentence == detail.sentence
                 and d.end <= verb_at for t in d.tokens}
        words = {"say"}
    return names, {_ROLE_SYNONYMS.get(w, w) for w in words}


def _dated_event(index: _StoryIndex, i: int, detail: Detail) -> tuple[str, str] | None:
    """What kind of happening a weekday dates, and the word that says so; ``None`` if unclear.

    The word right after the day ("Thursday('s) meeting") or the nearest word before it,
    passing over "on", names and the preposition that introduces them ("a stop in South Korea
    on Wednesday" dates the stop). Only words of :data:`_DATED_KINDS` count: any other word
    ("met privately ... on Sunday") says too little about what the day dates.
    """
    sentence = index.articles[i].sentences[detail.sentence]
    start, end = detail.start - sentence.start, detail.end - sentence.start
    after = _DATED_AFTER.match(sentence.text, end)
    if after and after.group(1).lower() in _DATED_KINDS:
        word = after.group(1).lower()
        return _DATED_KINDS[word], word
    tokens = _DATED_TOKENS.findall(sentence.text[max(0, start - 80):start])
    while tokens and (tokens[-1][0].isupper() or tokens[-1].lower() in _DATED_SKIP):
        tokens.pop()
    word = tokens[-1].lower() if tokens else ""
    return (_DATED_KINDS[word], word) if word in _DATED_KINDS else None


_DATED_AFTER = re.compile(r"(?:['’]s)?\s+([a-z][a-z-]+)")
_DATED_TOKENS = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
#: Passed over when looking back from a day: the words that join a day or a name to the event.
_DATED_SKIP = frozenset("on by this next last late early in at of to for with from near and the a an".split())
#: Words for happenings a day can date, by kind: two days that date different kinds (the stop
#: in Seoul, the meeting with Xi) may both be right.
_DATED_KINDS: dict[str, str] = {
    **dict.fromkeys("meeting meetings meet met talks summit sit-down".split(), "meeting"),
    **dict.fromkeys("stop stopover arrival arrive arrived arrives leg landing".split(), "arrival"),
    **dict.fromkeys("departure leave left leaves".split(), "departure"),
    **dict.fromkeys("speech address remarks interview briefing appearance rally".split(), "speech"),
    **dict.fromkeys("vote votes voted hearing ruling deadline election primary caucus".split(), "decision"),
    **dict.fromkeys("debate debates face-off".split(), "debate"),
    **dict.fromkeys("dinner lunch banquet reception ceremony".split(), "ceremony"),
}

#: Stems of the words for a happening a day can date, as :func:`_role` gives them ("met",
#: "meet", "vote", "trip", "say"): a weekday conflict needs one of them on both sides.
_HAPPENING_STEMS = frozenset({stem(word) for word in _DATED_KINDS} | {"trip", "say"})


_SAID_BEFORE = re.compile(r"\b(?:said|says|told|announced|declared|stated|statement)\b[^.;]{0,30}$")
_LOWER_WORDS = re.compile(r"(?<![\w’'])[a-z]+(?:[’'][a-z]+)?")
_TRIP_STEMS = frozenset("visit tour trip stay journey swing mission".split())
#: Words beside a value that name one happening in other words: a trip noun ("visit", "tour")
#: is "trip"; passing a bill is the vote on it ("passing a resolution", "the House voted").
_ROLE_SYNONYMS: Mapping[str, str] = {**dict.fromkeys(_TRIP_STEMS, "trip"),
                                     **dict.fromkeys("voted pass approv".split(), "vote")}


def _conflict_explanation(family: str, sides: list[ConflictSide], names: set[str], words: set[str],
                          bounds: Sequence[tuple[str, str]] = ()) -> str:
    def who(side: ConflictSide) -> str:
        return ", ".join(e.source for e in side.evidence)

    a, b = sides
    what = {"weekday": "the day", "trip duration": "the length of the trip"}.get(family, family)
    note = " (check: the two may describe different parts of the trip)" if family == "trip duration" else ""
    ties = []
    if names:
        ties.append("both name " + ", ".join(sorted(names)))
    if words:
        ties.append("both say " + ", ".join(sorted(words)) + " beside the value")
    if bounds:
        # "as many as 1.5 million" and "up to 1.6 million": the reader needs the words that make
        # each figure a ceiling or an estimate to judge whether the two are one figure.
        written = "; ".join(f"{source} writes {words!r}" for source, words in bounds)
        note += f" ({written} before the number: a bound or an estimate, maybe one figure given two ways)"
    return f"{what}: {who(a)} says {a.text!r}, {who(b)} says {b.text!r} ({'; '.join(ties)}){note}."
