"""Tone: how positive or negative the article's sentences sound, scored sentence by sentence.

VADER (Hutto & Gilbert 2014) scores each sentence's compound tone in [-1, 1]; the article's
values aggregate the sentence scores. VADER's compound over a whole article is never used: it
saturates on long text (the same two sentences repeated 15 times move it from -0.38 to -0.99).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import version
from math import sqrt
from statistics import fmean

from ..records import Article, ExtractorOutput, FeatureScore, FeatureSpec, Item, Sentence, Span
from .base import Extractor

# VADER's own guidance puts "positive" at compound >= 0.05; a sentence must pass 0.5 to count
# as *clearly* positive, so that mild politeness ("thanked") does not make an article upbeat.
CLEAR_TONE = 0.5
EVIDENCE_PER_SIDE = 3


@lru_cache(maxsize=1)
def vader_analyzer():  # type: ignore[no-untyped-def]
    """Return the process-wide VADER analyzer (building one re-reads its lexicon)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def vader_compound(text: str) -> float:
    """Return VADER's compound score of one sentence, in [-1, 1]."""
    return float(vader_analyzer().polarity_scores(text)["compound"])


class ToneExtractor(Extractor):
    """Per-sentence VADER tone aggregated per article; headline tone separate from the body."""

    name = "tone"
    version = "1"
    features = (
        FeatureSpec(
            "tone.mean",
            "Average tone",
            "The average tone of the article's sentences, from -1 (very negative) to +1 (very positive).",
            "the article's sentences sound more positive on average",
            "VADER compound, -1 to 1",
            -1.0,
            1.0,
        ),
        FeatureSpec(
            "tone.spread",
            "Tone spread",
            "How much the tone changes from sentence to sentence (standard deviation of sentence tone).",
            "the article mixes strongly positive and strongly negative sentences more",
            "standard deviation, 0 to 1",
            0.0,
            1.0,
        ),
        FeatureSpec(
            "tone.positive_share",
            "Clearly positive sentences",
            f"The share of sentences whose tone is clearly positive (VADER compound at least {CLEAR_TONE}).",
            "more of the article is written in clearly positive language",
            "share of sentences, 0 to 1",
            0.0,
            1.0,
        ),
        FeatureSpec(
            "tone.negative_share",
            "Clearly negative sentences",
            f"The share of sentences whose tone is clearly negative (VADER compound at most -{CLEAR_TONE}).",
            "more of the article is written in clearly negative language",
            "share of sentences, 0 to 1",
            0.0,
            1.0,
        ),
        FeatureSpec(
            "tone.headline",
            "Headline tone",
            "The tone of the headline alone, from -1 to +1 (empty when the article has no headline in its text).",
            "the headline sounds more positive",
            "VADER compound, -1 to 1",
            -1.0,
            1.0,
            computed_over="headline",
        ),
    )

    def dependencies(self) -> dict[str, str]:
        """VADER's version changes sentence scores, so the manifest records it."""
        return {"vaderSentiment": version("vaderSentiment")}

    def score(self, article: Article) -> ExtractorOutput:
        """Score every body sentence with VADER and aggregate; the headline is scored apart."""
        body = article.body_sentences
        tones = [(sentence, vader_compound(sentence.text)) for sentence in body]
        values = [tone for _, tone in tones]
        n = len(values)
        extremes = _extremes(article, tones)
        scores = [
            self._mean(tones, extremes),
            FeatureScore(
                "tone.spread",
                _spread(values) if n else None,
                extremes,
                n,
                f"Sentence tones range from {min(values):+.2f} to {max(values):+.2f} over {n} sentences."
                if n
                else "No body sentences to score.",
            ),
            self._share(article, tones, positive=True),
            self._share(article, tones, positive=False),
            self._headline(article),
        ]
        items = [
            Item("sentence_tone", s.start, s.end, s.text, {"vader": tone}) for s, tone in tones
        ]
        return self.output(scores, items)

    def _mean(self, tones: list[tuple[Sentence, float]], extremes: tuple[Span, ...]) -> FeatureScore:
        if not tones:
            return FeatureScore("tone.mean", None, (), 0, "No body sentences to score.")
        mean = fmean(tone for _, tone in tones)
        positive = sum(1 for _, tone in tones if tone >= 0.05)
        negative = sum(1 for _, tone in tones if tone <= -0.05)
        explanation = (
            f"Average of {len(tones)} sentence tones is {mean:+.2f}: "
            f"{positive} sentences lean positive, {negative} lean negative, the rest are neutral."
        )
        return FeatureScore("tone.mean", mean, extremes, len(tones), explanation)

    def _share(self, article: Article, tones: list[tuple[Sentence, float]], positive: bool) -> FeatureScore:
        name = "tone.positive_share" if positive else "tone.negative_share"
        if not tones:
            return FeatureScore(name, None, (), 0, "No body sentences to score.")
        word = "positive" if positive else "negative"
        clear = [
            (sentence, tone)
            for sentence, tone in tones
            if (tone >= CLEAR_TONE if positive else tone <= -CLEAR_TONE)
        ]
        clear.sort(key=lambda pair: (-pair[1] if positive else pair[1], pair[0].start))
        evidence = tuple(
            article.span(s.start, s.end, f"clearly {word}", f"VADER tone {tone:+.2f}") for s, tone in clear
        )
        explanation = f"{len(clear)} of {len(tones)} sentences are clearly {word} (tone {'≥' if positive else '≤'} {'' if positive else '-'}{CLEAR_TONE})."
        return FeatureScore(name, len(clear) / len(tones), evidence, len(tones), explanation)

    def _headline(self, article: Article) -> FeatureScore:
        if article.title_span is None:
            return FeatureScore("tone.headline", None, (), 0, "The headline is not part of the article text.")
        start, end = article.title_span
        tone = vader_compound(article.text[start:end])
        span = article.span(start, end, "headline", f"VADER tone {tone:+.2f}")
        return FeatureScore("tone.headline", tone, (span,), 1, f"The headline's tone is {tone:+.2f}.")


def _spread(values: list[float]) -> float:
    """Population standard deviation (``statistics.pstdev`` computes exactly, ~100x slower)."""
    mean = fmean(values)
    return sqrt(fmean([(value - mean) ** 2 for value in values]))


def _extremes(article: Article, tones: list[tuple[Sentence, float]]) -> tuple[Span, ...]:
    """The most positive and most negative sentences, strongest first (ties by position)."""
    ranked = sorted(tones, key=lambda pair: (-pair[1], pair[0].start))
    positive = [pair for pair in ranked if pair[1] >= 0.05][:EVIDENCE_PER_SIDE]
    negative = [pair for pair in reversed(ranked) if pair[1] <= -0.05][:EVIDENCE_PER_SIDE]
    spans = [article.span(s.start, s.end, "most positive", f"VADER tone {t:+.2f}") for s, t in positive]
    spans += [article.span(s.start, s.end, "most negative", f"VADER tone {t:+.2f}") for s, t in negative]
    return tuple(spans)
