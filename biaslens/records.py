"""Frozen records that flow through the pipeline.

Data flows one way::

    corpus.load_* -> Article -> Story -> extractors -> ArticleAnalysis -> compare -> report

Every offset in every record indexes ``Article.text``, the canonical cleaned text, and
``article.text[span.start:span.end] == span.text`` always holds (tests check it for every
extractor).
"""

from __future__ import annotations

import functools
import weakref
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, TypeVar

_T = TypeVar("_T")


@dataclass(frozen=True)
class Span:
    """A piece of an article's canonical text that evidences a score.

    ``start``/``end`` are character offsets into ``Article.text``; ``text`` is the exact
    slice; ``label`` names the category (e.g. ``"epistemic"``, ``"most negative"``);
    ``note`` is an optional one-line reason a student can read ("'may' signals the writer
    is not certain").
    """

    start: int
    end: int
    text: str
    label: str = ""
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return the span as a JSON-ready dict (``note`` omitted when empty)."""
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text, "label": self.label}
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True)
class SourceSpan:
    """A stretch of one article of a story: ``text`` is ``article.text[start:end]`` of the
    article whose ``source`` is given. The one record for evidence that names its article
    (a cast mention, a key finding's evidence), so every view writes it the same way."""

    source: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """Return the span as JSON-ready data."""
        return {"source": self.source, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article: offsets into ``Article.text`` and the text itself."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass(frozen=True)
class Removal:
    """A piece of the raw input that cleaning removed, and why (shown in the report)."""

    text: str
    reason: str


@dataclass(frozen=True)
class Article:
    """One news article after loading and cleaning.

    ``text`` is canonical: cleaned once, never changed afterwards. ``title`` is the
    headline (also the first line of ``text`` when the input had one, so headline tone can be
    measured with offsets); ``title_span`` gives its offsets in ``text`` or is ``None``.
    ``source`` is the input file's name (unique within a run); ``outlet_from`` says where
    the outlet name came from: ``"metadata"``, ``"text"`` (the article's own boilerplate) or
    ``"file name"``.
    """

    id: str
    source: str
    outlet: str
    title: str
    text: str
    sentences: tuple[Sentence, ...]
    outlet_from: str = "file name"
    url: str = ""
    published: str = ""
    title_span: tuple[int, int] | None = None
    removed: tuple[Removal, ...] = ()
    warnings: tuple[str, ...] = ()

    def span(self, start: int, end: int, label: str = "", note: str = "") -> Span:
        """Build a :class:`Span` over ``text[start:end]`` (the only safe way to make one)."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside article {self.source!r} of length {len(self.text)}")
        return Span(start, end, self.text[start:end], label, note)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding character ``offset`` of ``text``, or ``None`` (between sentences).

        Sentences are in text order and never overlap, so one bisection finds it: callers look
        up a sentence per highlighted item, and a scan per item was quadratic on long texts.
        """
        k = bisect_right(self.sentences, offset, key=lambda s: s.start)
        if k and offset < self.sentences[k - 1].end:
            return self.sentences[k - 1]
        return None

    @property
    def body_sentences(self) -> tuple[Sentence, ...]:
        """Sentences of the story itself: not inside the headline, and not subheadings.

        Averages and sentence-level evidence are computed over these, so a subheading
        ("Praise and symbolic gifts") is never shown as an outlet's most positive sentence.
        """
        headings = set(self.subheadings)
        title_end = -1 if self.title_span is None else self.title_span[1]
        return tuple(s for s in self.sentences if s.start >= title_end and s.index not in headings)

    @property
    def rate_sentences(self) -> tuple[Sentence, ...]:
        """The sentences every "per 100 sentences" rate divides by: all of them, the headline and
        subheadings included (a hedged or loaded headline is part of how the story is told).

        The body count the report states elsewhere (tone, readability) leaves the headline out,
        so each rate says its count beside it in :meth:`rate_basis`'s words: one definition here.
        """
        return self.sentences

    def rate_basis(self) -> str:
        """The count behind every per-100-sentences rate, in plain words that match the body count
        stated elsewhere: "20 sentences (19 in the body and the headline)"."""
        n, body = len(self.rate_sentences), len(self.body_sentences)
        subheadings = len(self.subheadings)
        headline = n - body - subheadings
        parts = [f"{body} in the body"]
        if headline:
            parts.append("the headline" if headline == 1 else f"{headline} in the headline")
        if subheadings:
            parts.append(f"{subheadings} subheading{'' if subheadings == 1 else 's'}")
        counted = f"{n} sentence{'' if n == 1 else 's'}"
        return counted if len(parts) == 1 else f"{counted} ({', '.join(parts[:-1])} and {parts[-1]})"

    @property
    def subheadings(self) -> tuple[int, ...]:
        """Indices of sentences that are subheadings: alone on their line, reading as a heading.

        The headline is not counted here (see ``title_span``), nor is the last line (a
        heading always has text under it).
        """
        from .text import is_subheading_line

        per_paragraph: dict[int, int] = {}
        for sentence in self.sentences:
            per_paragraph[sentence.paragraph] = per_paragraph.get(sentence.paragraph, 0) + 1
        title_end = -1 if self.title_span is None else self.title_span[1]
        last = self.sentences[-1].paragraph if self.sentences else -1
        return tuple(
            s.index
            for s in self.sentences
            if s.start >= title_end and per_paragraph[s.paragraph] == 1 and s.paragraph != last
            and is_subheading_line(s.text)
        )


@dataclass(frozen=True)
class Story:
    """Several articles about one event, in a stable order (by ``source``)."""

    title: str
    articles: tuple[Article, ...]
    slug: str = "story"


@dataclass(frozen=True)
class FeatureSpec:
    """What a feature means, declared once by its extractor.

    ``description`` is one plain sentence for a student; ``higher_means`` says what a
    higher value shows; ``low``/``high`` bound the value (``None`` for open-ended);
    ``unit`` is the unit the value is counted in ("0-100 scale", "per 100 sentences").
    """

    name: str
    title: str
    description: str
    higher_means: str
    unit: str
    low: float | None = None
    high: float | None = None
    computed_over: str = "sentences"


@dataclass(frozen=True)
class FeatureScore:
    """A feature's value for one article, with the evidence that produced it.

    ``value`` is unrounded (rounding happens only when rendering) or ``None`` when the article
    gives nothing to compute it over (an empty body). ``n_units`` counts the units
    (sentences, words, ...) it was computed over; ``explanation`` is one line a student can
    read ("3 of 20 sentences contain a hedge").
    """

    name: str
    value: float | None
    evidence: tuple[Span, ...]
    n_units: int
    explanation: str

    def to_dict(self) -> dict[str, Any]:
        """Return the score as a JSON-ready dict."""
        return {
            "value": self.value,
            "n_units": self.n_units,
            "explanation": self.explanation,
            "evidence": [span.to_dict() for span in self.evidence],
        }


@dataclass(frozen=True)
class Item:
    """A structured finding an extractor reports beside its scores (a quote, a hedge cue).

    ``kind`` groups items in ``report.json`` (``"quote"`` items appear under the article's
    ``quotes``); ``attrs`` holds its fields (speaker, verb, cue kind ...) as JSON-ready
    values.
    """

    kind: str
    start: int
    end: int
    text: str
    attrs: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the item as a JSON-ready dict: offsets, text, then its attributes sorted."""
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        for key in sorted(self.attrs):
            out[key] = self.attrs[key]
        return out


@dataclass(frozen=True)
class ExtractorOutput:
    """Everything one extractor says about one article: every declared feature, and items."""

    extractor: str
    scores: tuple[FeatureScore, ...]
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class ArticleAnalysis:
    """An article with the output of every extractor that ran on it."""

    article: Article
    outputs: tuple[ExtractorOutput, ...]

    def score(self, name: str) -> FeatureScore | None:
        """Return the score of feature ``name``, or ``None`` when no extractor declared it."""
        return self._scores.get(name)

    @functools.cached_property
    def _scores(self) -> dict[str, FeatureScore]:
        # Each feature's first score, as a walk of the outputs in order finds it: the report
        # asks for values per article, feature and section (145,000 asks for 50 articles).
        found: dict[str, FeatureScore] = {}
        for output in self.outputs:
            for score in output.scores:
                found.setdefault(score.name, score)
        return found

    def value(self, name: str) -> float | None:
        """Return the value of feature ``name``, or ``None`` when undeclared or not computable."""
        score = self.score(name)
        return None if score is None else score.value

    def items(self, kind: str) -> tuple[Item, ...]:
        """Return every item of ``kind`` across extractors, in text order."""
        found = [item for output in self.outputs for item in output.items if item.kind == kind]
        return tuple(sorted(found, key=lambda item: (item.start, item.end)))


@dataclass(frozen=True)
class StoryAnalysis:
    """A story with every article analysed, and the specs of every feature that ran."""

    story: Story
    articles: tuple[ArticleAnalysis, ...]
    specs: tuple[FeatureSpec, ...]
    extractor_versions: Mapping[str, str] = field(default_factory=dict)


def _forget(kept: dict[int, tuple[Any, Any]], key: int, ref: Any) -> None:
    """Drop ``kept[key]`` if it is still the entry of the dead reference ``ref``."""
    entry = kept.get(key)
    if entry is not None and entry[0] is ref:
        del kept[key]


def per_article(function: Callable[["Article"], _T]) -> Callable[["Article"], _T]:
    """Keep ``function(article)`` for as long as ``article`` lives (a decorator).

    For pure functions of one article that several stages ask for (its quotes, where it gives
    others' words): articles are immutable, so the first answer stays right. A fixed-size cache
    is cycled through by a story of more articles than it holds and recomputes everything at
    each stage; weak keys keep an answer exactly as long as its article is in memory, so a
    scheduled run's memory does not grow with the articles it has seen. Callers must not
    change what they get back (return tuples or copy).
    """
    # By identity, not by value: a WeakKeyDictionary hashes its key at every ask, and an
    # article's hash walks its text and every sentence (a 200-article story asks 40,000 times).
    # Each entry holds a weak reference whose callback removes it when the article dies, before
    # its id can be another object's.
    kept: dict[int, tuple["weakref.ref[Article]", Any]] = {}

    @functools.wraps(function)
    def wrapper(article: "Article") -> _T:
        entry = kept.get(id(article))
        if entry is not None and entry[0]() is article:
            return entry[1]
        try:
            ref = weakref.ref(article, functools.partial(_forget, kept, id(article)))
        except TypeError:  # not weakly referenceable (a stand-in object in a test): not kept
            return function(article)
        found = function(article)
        kept[id(article)] = (ref, found)
        return found

    wrapper.cache_clear = kept.clear  # type: ignore[attr-defined]
    return wrapper
