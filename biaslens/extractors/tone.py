"""Tone: how positive or negative the article's sentences sound, sentence by sentence.

Each sentence is scored by the news-calibrated model (``biaslens.tone_model``: trained on
human ratings of NYT editorial sentences and on NewsMTSC news sentences), with VADER (Hutto &
Gilbert 2014) always computed beside it. Article values aggregate sentence values; VADER's
compound over a whole article is never used: it saturates on long text (the same two sentences
repeated 15 times move it from -0.38 to -0.99).

The article's own voice is kept apart from the voices it quotes: a sentence's words outside
quotation marks are scored as the outlet's own words, the words inside as quoted words, so a
glowing quote does not make the outlet look glowing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from math import sqrt
from statistics import fmean
from typing import Any

from ..records import Article, ExtractorOutput, FeatureScore, FeatureSpec, Item, Sentence, Span
from ..text import count_words
from ..vader import vader_analyzer, vader_compound
from .base import Extractor, installed_version

MODELS = ("calibrated", "vader")
# With VADER as the main score a sentence counts as clearly positive or negative past +-0.5, so
# mild politeness ("thanked") does not make an article upbeat. The calibrated model's band is
# tone_model.TONE_BAND, chosen on its training folds.
CLEAR_TONE = 0.5
#: VADER's authors' neutral band for its compound score: with the calibrated model as the main
#: score, VADER's own number beside it is called "most positive"/"most negative" only past this.
VADER_BAND = 0.05
EVIDENCE_PER_SIDE = 3
#: How evidence labels name each rank: "most positive", "second most positive", ...
RANKS = ("", "second ", "third ")
# A stretch of a sentence outside or inside quotation marks is scored on its own only when it
# has this many words, and a short own-voice stretch that merely attributes ("the minister
# said", "Takaichi told reporters") is not the outlet's voice: both would pull its mean to zero.
MIN_SEGMENT_WORDS = 3
ATTRIBUTION_MAX_WORDS = 6
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|asked|wrote|writes|noted|notes|stated|explained|"
    r"remarked|according|saying|telling|adding|claimed|insisted|argued|replied|declared)\b",
    re.I,
)

__all__ = ["MODELS", "ToneExtractor", "label_band", "sentence_label", "vader_analyzer", "vader_band", "vader_compound"]


@dataclass(frozen=True)
class _Scored:
    """One scored stretch of text: a sentence, a headline or a voice segment."""

    start: int
    end: int
    value: float  # the main tone (calibrated model or VADER, by setting)
    vader: float
    label: str


def _spec(name: str, title: str, description: str, higher: str, unit: str = "tone, -1 to 1",
          low: float | None = -1.0, high: float | None = 1.0, over: str = "sentences") -> FeatureSpec:
    return FeatureSpec(name, title, description, higher, unit, low, high, over)


class ToneExtractor(Extractor):
    """Per-sentence tone (calibrated model, VADER beside it), split by voice and headline/body.

    ``model`` chooses the main score: ``"calibrated"`` (default) or ``"vader"``. Both are always
    computed; ``tone.vader_mean`` reports VADER whichever is chosen.
    """

    name = "tone"
    version = "4"  # 4: labels read off the value (tone_model.tone_label); cached labels of 3 are stale
    features = (
        _spec("tone.mean", "Average tone",
              "The average tone of the article's sentences, from -1 (very negative) to +1 (very positive).",
              "the article's sentences sound more positive on average"),
        _spec("tone.vader_mean", "Average tone (VADER)",
              "The same average with VADER, the word-list scorer built for social media, shown for comparison.",
              "VADER finds the sentences more positive on average"),
        _spec("tone.spread", "Tone spread",
              "How much the tone changes from sentence to sentence (standard deviation of sentence tone).",
              "the article mixes strongly positive and strongly negative sentences more",
              "standard deviation, 0 to 1", 0.0, 1.0),
        _spec("tone.positive_share", "Positive sentences",
              "The share of sentences that read as positive.",
              "more of the article is written in positive language", "share of sentences, 0 to 1", 0.0, 1.0),
        _spec("tone.negative_share", "Negative sentences",
              "The share of sentences that read as negative.",
              "more of the article is written in negative language", "share of sentences, 0 to 1", 0.0, 1.0),
        _spec("tone.own_voice", "Tone of the outlet's own words",
              "The average tone of the article's words outside quotation marks: how the outlet itself writes.",
              "the outlet's own words are more positive", over="segments"),
        _spec("tone.quoted_voice", "Tone of quoted words",
              "The average tone of the words inside quotation marks: how the people quoted sound.",
              "the people quoted sound more positive", over="segments"),
        _spec("tone.headline", "Headline tone",
              "The tone of the headline alone (empty when the article has no headline in its text).",
              "the headline sounds more positive", over="headline"),
        _spec("tone.headline_gap", "Headline minus body",
              "How much more positive the headline is than the body's average (negative: the headline is darker).",
              "the headline is more positive than the article under it", "difference, -2 to 2", -2.0, 2.0, "headline"),
    )

    def __init__(self, model: str = "calibrated") -> None:
        """Store the choice of main score; nothing is loaded until the first article is scored."""
        self.model = model

    def check_params(self) -> None:
        """Raise ``ValueError`` for a model name that does not exist (a settings error)."""
        if self.model not in MODELS:
            raise ValueError(f"model must be one of {', '.join(repr(m) for m in MODELS)}, not {self.model!r}")

    def dependencies(self) -> dict[str, str]:
        """VADER's version and the shipped model's fingerprint change scores: record both."""
        deps = {"vaderSentiment": installed_version("vaderSentiment")}
        if self.model == "calibrated":
            from ..tone_model import model_info

            info = model_info()
            deps["biaslens tone model"] = f"{info.get('version', '?')} (sha256 {str(info.get('model_sha256', ''))[:12]})"
        return deps

    def score(self, article: Article) -> ExtractorOutput:
        """Score body sentences, headline and voice segments in one batch, then aggregate."""
        if self.model not in MODELS:
            raise ValueError(f"tone model must be one of {', '.join(MODELS)}, not {self.model!r}")
        body = article.body_sentences
        own, quoted, split = _voice_segments(article, body)
        stretches = [(s.start, s.end) for s in body] + own + quoted
        if article.title_span is not None:
            stretches.append(article.title_span)
        scored = self._score_stretches(article, stretches)
        sentences = scored[: len(body)]
        own_scored = scored[len(body) : len(body) + len(own)]
        quoted_scored = scored[len(body) + len(own) : len(body) + len(own) + len(quoted)]
        # Sentences without quotes are entirely the outlet's own words: reuse their scores.
        own_scored = own_scored + [sentences[i] for i in range(len(body)) if i not in split]
        own_scored.sort(key=lambda s: s.start)
        headline = scored[-1] if article.title_span is not None else None
        items = [
            Item("sentence_tone", s.start, s.end, article.text[s.start : s.end],
                 {"value": s.value, "label": s.label, "vader": s.vader, "model": self.model})
            for s in sentences
        ]
        items += [
            Item("voice_segment", s.start, s.end, article.text[s.start : s.end],
                 {"voice": voice, "value": s.value, "vader": s.vader})
            for voice, group in (("own", own_scored), ("quoted", quoted_scored))
            for s in group
        ]
        scores = [
            self._mean(article, sentences),
            self._vader_mean(article, sentences),
            self._spread(article, sentences),
            self._share(article, sentences, positive=True),
            self._share(article, sentences, positive=False),
            self._voice(article, own_scored, "tone.own_voice", "the outlet's own words"),
            self._voice(article, quoted_scored, "tone.quoted_voice", "quoted words"),
            self._headline(article, headline),
            self._headline_gap(article, headline, sentences),
        ]
        return self.output(scores, items)

    # -- scoring -----------------------------------------------------------------------------
    def _score_stretches(self, article: Article, stretches: list[tuple[int, int]]) -> list[_Scored]:
        texts = [article.text[start:end] for start, end in stretches]
        if not texts:
            return []
        if self.model == "calibrated":
            from ..tone_model import score_sentences

            results = score_sentences(texts)
            # r.label is read off r.value by tone_model.tone_label: the number shown beside it.
            return [_Scored(a, b, r.value, r.vader, r.label) for (a, b), r in zip(stretches, results)]
        analyzer = vader_analyzer()
        out = []
        for (start, end), text in zip(stretches, texts):
            compound = float(analyzer.polarity_scores(text)["compound"])
            out.append(_Scored(start, end, compound, compound, sentence_label(compound, self.model)))
        return out

    # -- features ----------------------------------------------------------------------------
    def _mean(self, article: Article, sentences: list[_Scored]) -> FeatureScore:
        if not sentences:
            return FeatureScore("tone.mean", None, (), 0, "No body sentences to score.")
        mean = fmean(s.value for s in sentences)
        counts = {label: sum(1 for s in sentences if s.label == label) for label in ("positive", "negative")}
        explanation = (
            f"Average of {len(sentences)} sentence tones is {_signed(mean)}: {counts['positive']} sentences read as "
            f"positive, {counts['negative']} as negative, the rest as neutral ({self._scorer_words()})."
        )
        return FeatureScore("tone.mean", mean, _extremes(article, sentences, lambda s: s.value, label_band(self.model)), len(sentences), explanation)

    def _vader_mean(self, article: Article, sentences: list[_Scored]) -> FeatureScore:
        if not sentences:
            return FeatureScore("tone.vader_mean", None, (), 0, "No body sentences to score.")
        mean = fmean(s.vader for s in sentences)
        explanation = f"VADER's average over the same {len(sentences)} sentences is {_signed(mean)}."
        return FeatureScore("tone.vader_mean", mean, _extremes(article, sentences, lambda s: s.vader, vader_band(self.model), "VADER"),
                            len(sentences), explanation)

    def _spread(self, article: Article, sentences: list[_Scored]) -> FeatureScore:
        if not sentences:
            return FeatureScore("tone.spread", None, (), 0, "No body sentences to score.")
        values = [s.value for s in sentences]
        mean = fmean(values)
        spread = sqrt(fmean([(v - mean) ** 2 for v in values]))
        explanation = f"Sentence tones range from {_signed(min(values))} to {_signed(max(values))} over {len(values)} sentences."
        return FeatureScore("tone.spread", spread, _extremes(article, sentences, lambda s: s.value, label_band(self.model)), len(values), explanation)

    def _share(self, article: Article, sentences: list[_Scored], positive: bool) -> FeatureScore:
        name = "tone.positive_share" if positive else "tone.negative_share"
        if not sentences:
            return FeatureScore(name, None, (), 0, "No body sentences to score.")
        word = "positive" if positive else "negative"
        hits = sorted((s for s in sentences if s.label == word), key=lambda s: (-s.value if positive else s.value, s.start))
        evidence = tuple(article.span(s.start, s.end, word, f"tone {_signed(s.value)}") for s in hits)
        explanation = f"{len(hits)} of {len(sentences)} sentences read as {word} ({self._scorer_words()})."
        return FeatureScore(name, len(hits) / len(sentences), evidence, len(sentences), explanation)

    def _voice(self, article: Article, segments: list[_Scored], name: str, what: str) -> FeatureScore:
        if not segments:
            return FeatureScore(name, None, (), 0, f"The article has no {what} of {MIN_SEGMENT_WORDS} or more words to score.")
        mean = fmean(s.value for s in segments)
        label = "own words" if name == "tone.own_voice" else "quoted words"
        # Strongest first, so whatever a view shows first really is the strongest.
        ranked = sorted(segments, key=lambda s: (-abs(s.value), s.start))[: 2 * EVIDENCE_PER_SIDE]
        evidence = tuple(article.span(s.start, s.end, label, f"tone {_signed(s.value)}") for s in ranked)
        explanation = f"Average tone of {len(segments)} stretches of {what} is {_signed(mean)}; the strongest are shown first."
        return FeatureScore(name, mean, evidence, len(segments), explanation)

    def _headline(self, article: Article, headline: _Scored | None) -> FeatureScore:
        if headline is None:
            return FeatureScore("tone.headline", None, (), 0, "The headline is not part of the article text.")
        span = article.span(headline.start, headline.end, "headline", f"tone {_signed(headline.value)}, VADER {_signed(headline.vader)}")
        return FeatureScore("tone.headline", headline.value, (span,), 1, f"The headline's tone is {_signed(headline.value)} ({headline.label}).")

    def _headline_gap(self, article: Article, headline: _Scored | None, sentences: list[_Scored]) -> FeatureScore:
        if headline is None or not sentences:
            return FeatureScore("tone.headline_gap", None, (), 0, "Needs both a headline in the text and body sentences.")
        body = fmean(s.value for s in sentences)
        gap = headline.value - body
        span = article.span(headline.start, headline.end, "headline", f"tone {_signed(headline.value)} vs body {_signed(body)}")
        direction = "more positive than" if gap > 0.05 else "more negative than" if gap < -0.05 else "about as positive as"
        return FeatureScore("tone.headline_gap", gap, (span,), len(sentences) + 1,
                            f"The headline ({_signed(headline.value)}) is {direction} the body's average ({_signed(body)}).")

    def _scorer_words(self) -> str:
        from ..tone_model import label_rule

        scorer = "news-trained tone model" if self.model == "calibrated" else "VADER"
        return f"{scorer}; {label_rule(label_band(self.model))}"


def label_band(model: str = "calibrated") -> float:
    """The band of the labels shown for a main score: ``tone_model.TONE_BAND``, or :data:`CLEAR_TONE` for VADER."""
    if model == "vader":
        return CLEAR_TONE
    from ..tone_model import TONE_BAND

    return TONE_BAND


def vader_band(model: str = "calibrated") -> float:
    """The band for VADER's compound shown beside the main score: the main band when VADER is the main score."""
    return CLEAR_TONE if model == "vader" else VADER_BAND


def sentence_label(value: float, model: str = "calibrated") -> str:
    """The label of a main tone value under ``model``'s band, by the one rule ``tone_model.tone_label``."""
    from ..tone_model import tone_label

    return tone_label(value, label_band(model))


def _voice_segments(
    article: Article, body: tuple[Sentence, ...]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]], set[int]]:
    """Split quote-bearing body sentences into own-voice and quoted stretches (offsets into text).

    Returns the own and quoted stretches and the positions in ``body`` of the sentences that
    were split. Stretches shorter than ``MIN_SEGMENT_WORDS`` words are dropped; sentences
    without quotes are scored whole as own voice by the caller.
    """
    from ..quotes import quote_spans

    spans = sorted(quote_spans(article))
    starts = [a for a, _ in spans]
    reach: list[int] = []  # the furthest end among spans[:i + 1]: monotone, so it can be bisected
    for _, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)
    own: list[tuple[int, int]] = []
    quoted: list[tuple[int, int]] = []
    split: set[int] = set()
    for position, sentence in enumerate(body):
        # Only spans between these bounds can overlap the sentence (a scan of all was quadratic).
        lo, hi = bisect_right(reach, sentence.start), bisect_left(starts, sentence.end)
        inside = [(max(a, sentence.start), min(b, sentence.end)) for a, b in spans[lo:hi] if b > sentence.start]
        if not inside:
            continue
        split.add(position)
        cursor = sentence.start
        for start, end in inside:
            _add(article, own, cursor, start, own_voice=True)
            _add(article, quoted, start, end)
            cursor = max(cursor, end)
        _add(article, own, cursor, sentence.end, own_voice=True)
    return own, quoted, split


def _add(article: Article, bucket: list[tuple[int, int]], start: int, end: int, own_voice: bool = False) -> None:
    text = article.text
    # Trim spaces, quote marks and punctuation at the edges: they carry no tone.
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    words = count_words(text[start:end]) if start < end else 0
    if words < MIN_SEGMENT_WORDS:
        return
    if own_voice and words <= ATTRIBUTION_MAX_WORDS and _ATTRIBUTION.search(text, start, end):
        return
    bucket.append((start, end))


def _extremes(article: Article, sentences: list[_Scored], key: Any, band: float, scorer: str = "tone") -> tuple[Span, ...]:
    """The most positive and most negative sentences by ``key``, strongest first (ties by position).

    Only a sentence whose value ``tone_label`` calls positive (negative) under ``band`` can be
    "most positive" ("most negative"): the same rule as the sentence's own label and counts.
    """
    from ..tone_model import tone_label

    ranked = sorted(sentences, key=lambda s: (-key(s), s.start))
    positive = [s for s in ranked if tone_label(key(s), band) == "positive"][:EVIDENCE_PER_SIDE]
    negative = [s for s in reversed(ranked) if tone_label(key(s), band) == "negative"][:EVIDENCE_PER_SIDE]
    # Ranked labels ("most", "second most", ...): two sentences both called "most negative" read
    # as a contradiction to a student. Interleaved, so the strongest of each side comes first.
    spans = []
    for rank in range(EVIDENCE_PER_SIDE):
        for side, chosen in (("positive", positive), ("negative", negative)):
            if rank < len(chosen):
                s = chosen[rank]
                spans.append(article.span(s.start, s.end, f"{RANKS[rank]}most {side}", f"{scorer} {_signed(key(s))}"))
    return tuple(spans)


def _signed(value: float) -> str:
    """A tone with its sign, two decimals, and no "-0.00" (a value that rounds to zero is 0.00)."""
    text = f"{value:+.2f}"
    return "0.00" if text in ("+0.00", "-0.00") else text
