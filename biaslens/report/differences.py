"""Honest differences: which outlet's value on a measure is larger than chance alone would give.

An article's average over its sentences moves with *which* sentences it happens to contain: a
20-sentence article with an average tone of 0.08 could as easily have come out at 0.12. For
every outlet and every measure that is an average over sentences, this module draws, many
times over, as many sentences as the article has from all the articles' sentences pooled (a
bootstrap under "no real difference"). The 99% range of those averages is **what chance alone
would give**; the outlet **stands out** on the measure when its real value lies outside it.
The article's own bootstrap interval (its sentences resampled) is recorded too.

Drawing from the pool, not from the article alone, matters for shares: an article with 0 of
21 sentences hedged resamples to 0% every time, yet at a 5% rate elsewhere 0 of 21 happens one
time in three.

A 99% level rather than 95% because a report makes dozens of such comparisons at once (five
outlets x eight measures): at 95% about two of forty would "stand out" by chance alone.

The random generator is seeded from the measure and the article's text, so the same input
gives the same intervals, byte for byte. Measures are included only when the mean of the
per-sentence values reproduces the extractor's own value, so an interval never describes a
different number than the one printed beside it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Callable, Sequence

from ..extractors.hedging import counts_in_rates
from ..records import ArticleAnalysis, StoryAnalysis
from ..text import count_words
from .context import signed

#: Resamples per comparison; 2,000 put the 0.5% and 99.5% points ten resamples from the edge.
RESAMPLES = 2000
#: Share of resamples that must agree on the direction of a difference for it to stand out.
LEVEL = 0.99
#: Fewer sentences than this on either side and no verdict is given: too few to resample.
MIN_UNITS = 5

STANDS_OUT = "stands out"
CHANCE = "within what chance alone would give"
TOO_FEW = "too few sentences to tell"

UnitValues = Callable[[ArticleAnalysis], "list[float] | None"]

#: How each measure's values are printed in findings and the differences table.
PERCENT_FEATURES = {"tone.positive_share", "tone.negative_share", "hedging.epistemic_share",
                    "hedging.sourcing_share", "hedging.booster_share"}


def format_value(feature: str, value: float) -> str:
    """Print a measure's value the same way everywhere: percentages, words, or signed tone.

    Never prints "-0.00": a value that rounds to zero is printed without a sign.
    """
    if feature in PERCENT_FEATURES:
        return f"{100 * value:.0f}%"
    if feature == "readability.words_per_sentence":
        return f"{value:.1f} words"
    return signed(value)


def printed(feature: str, value: float) -> float:
    """``value`` at the precision :func:`format_value` prints it (a percentage as a whole number).

    The verdict is decided on these numbers, so that it always follows the numbers a reader sees
    beside it: a value printed as "+0.09" beside a range printed "-0.06 to +0.09" lies inside it.
    """
    return float(format_value(feature, value).removesuffix("%").removesuffix(" words"))


@dataclass(frozen=True)
class Difference:
    """One outlet on one measure, against all the other articles' sentences pooled.

    ``value`` is the article's own value (the extractor's, unrounded); ``low``/``high`` the
    99% bootstrap interval of that value (its own sentences resampled); ``others`` the pooled
    average of the other articles' sentences; ``chance_low``/``chance_high`` the 99% range of
    averages of as many sentences drawn from all articles pooled: what chance alone would
    give. ``verdict``
    is :data:`STANDS_OUT` (the value outside that range, both as printed: see :func:`printed`), :data:`CHANCE` or :data:`TOO_FEW`; ``direction`` is ``"higher"`` or
    ``"lower"`` than the others. ``units`` counts the sentences the value rests on.
    """

    feature: str
    source: str
    value: float
    low: float
    high: float
    others: float
    chance_low: float
    chance_high: float
    units: int
    verdict: str
    direction: str

    @property
    def stands_out(self) -> bool:
        """True when the difference is larger than chance alone would give."""
        return self.verdict == STANDS_OUT

    def to_dict(self) -> dict[str, object]:
        """Return the difference as JSON-ready data (values unrounded)."""
        return {
            "feature": self.feature,
            "source": self.source,
            "value": self.value,
            "interval": [self.low, self.high],
            "others": self.others,
            "chance_range": [self.chance_low, self.chance_high],
            "units": self.units,
            "verdict": self.verdict,
            "direction": self.direction,
        }


def _sentence_tones(analysed: ArticleAnalysis) -> list[float]:
    return [float(item.attrs["value"]) for item in analysed.items("sentence_tone")]


def _tone_labelled(label: str) -> UnitValues:
    def values(analysed: ArticleAnalysis) -> list[float]:
        return [1.0 if item.attrs.get("label") == label else 0.0 for item in analysed.items("sentence_tone")]

    return values


def _words_per_sentence(analysed: ArticleAnalysis) -> list[float]:
    counts = [float(count_words(s.text)) for s in analysed.article.body_sentences]
    return [n for n in counts if n]


def _hedge_share(kind: str) -> UnitValues:
    def values(analysed: ArticleAnalysis) -> list[float]:
        # Only the cues the rate counts (a "may" in a view given to someone else is theirs, not counted).
        starts = [item.start for item in analysed.items("hedge") if item.attrs.get("cue_kind") == kind
                  and counts_in_rates(kind, bool(item.attrs.get("quoted")), bool(item.attrs.get("reported")))]
        return [1.0 if any(s.start <= at < s.end for at in starts) else 0.0 for s in analysed.article.sentences]

    return values


#: Measures that are averages over sentences, and how to get each sentence's value. The mean
#: of the list must equal the feature's value (checked before any interval is given).
UNIT_VALUES: dict[str, UnitValues] = {
    "tone.mean": _sentence_tones,
    "tone.positive_share": _tone_labelled("positive"),
    "tone.negative_share": _tone_labelled("negative"),
    "readability.words_per_sentence": _words_per_sentence,
    "hedging.epistemic_share": _hedge_share("epistemic"),
    "hedging.sourcing_share": _hedge_share("sourcing"),
    "hedging.booster_share": _hedge_share("booster"),
}


def _seed(feature: str, texts: Sequence[str]) -> int:
    digest = hashlib.sha256("\0".join([feature, *texts]).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def _bootstrap_means(values: Sequence[float], rng: object) -> object:
    import numpy as np

    data = np.asarray(values, dtype=float)
    picks = rng.integers(0, len(data), size=(RESAMPLES, len(data)))  # type: ignore[attr-defined]
    return data[picks].mean(axis=1)


def differences(analysis: StoryAnalysis) -> tuple[Difference, ...]:
    """Every (measure, outlet) difference with its interval and verdict, in spec then article order.

    Empty with fewer than two articles (nothing to compare). A measure is skipped for an article
    when its per-sentence values do not reproduce the extractor's value.
    """
    if len(analysis.articles) < 2:
        return ()
    import numpy as np

    declared = {spec.name for spec in analysis.specs}
    found: list[Difference] = []
    for feature, unit_values in UNIT_VALUES.items():
        if feature not in declared:
            continue
        per_article: dict[str, list[float]] = {}
        for analysed in analysis.articles:
            value = analysed.value(feature)
            units = unit_values(analysed)
            if value is None or not units or abs(sum(units) / len(units) - value) > 1e-9:
                continue
            per_article[analysed.article.source] = units
        # Every article's values end to end, and where each article's run lies: the other
        # articles' values are the list without that run, in the same order (two slices, where
        # a walk of every value per article grew with articles x sentences).
        every: list[float] = []
        runs: dict[str, tuple[int, int]] = {}
        for source, units in per_article.items():
            runs[source] = (len(every), len(every) + len(units))
            every.extend(units)
        for analysed in analysis.articles:
            source = analysed.article.source
            if source not in per_article:
                continue
            own = per_article[source]
            lo, hi = runs[source]
            others = every[:lo] + every[hi:]
            if not others:
                continue
            value = float(analysed.value(feature))  # type: ignore[arg-type]
            others_mean = sum(others) / len(others)
            direction = "higher" if value > others_mean else "lower"
            rng = np.random.default_rng(_seed(feature, [analysed.article.text]))
            tail = (1 - LEVEL) / 2
            own_means = _bootstrap_means(own, rng)
            low, high = (float(x) for x in np.quantile(own_means, [tail, 1 - tail]))
            pooled = np.asarray(own + others, dtype=float)
            picks = rng.integers(0, len(pooled), size=(RESAMPLES, len(own)))
            chance_low, chance_high = (float(x) for x in np.quantile(pooled[picks].mean(axis=1), [tail, 1 - tail]))
            if len(own) < MIN_UNITS or len(others) < MIN_UNITS:
                verdict = TOO_FEW
            elif (printed(feature, value) < printed(feature, chance_low)
                  or printed(feature, value) > printed(feature, chance_high)):
                verdict = STANDS_OUT
            else:
                verdict = CHANCE
            found.append(Difference(feature, source, value, low, high, others_mean, chance_low, chance_high,
                                    len(own), verdict, direction))
    return tuple(found)
