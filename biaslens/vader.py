"""The one VADER adapter: a single analyzer per process, shared by every module that scores tone.

Building a ``SentimentIntensityAnalyzer`` re-reads its lexicon file, so it is built once. Import
from ``vaderSentiment.vaderSentiment``: the package's ``__init__`` exports nothing.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def vader_analyzer() -> Any:
    """Return the process-wide VADER analyzer."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def vader_compound(text: str) -> float:
    """Return VADER's compound score of one sentence, in [-1, 1] (never pass a whole article)."""
    return float(vader_analyzer().polarity_scores(text)["compound"])
