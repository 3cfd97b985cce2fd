"""The contract every extractor follows, and the check that enforces it.

An extractor (after scikit-learn's estimator rules):

* its constructor only stores parameters and does no work;
* ``fit(story)`` returns ``self`` (extractors that need the whole story override it);
* ``score(article)`` returns an :class:`ExtractorOutput` with a :class:`FeatureScore` for
  **every** feature in ``features``, every time, even for an empty article (value ``None``);
* every evidence span and item indexes ``article.text`` exactly;
* the same article gives the same output.

``check_extractor`` verifies all of that and is run over every registered extractor by the
test suite.
"""

from __future__ import annotations

from typing import ClassVar

from ..records import Article, ExtractorOutput, FeatureScore, FeatureSpec, Item, Span, Story


class Extractor:
    """Base class for extractors: declare ``name``, ``version``, ``features``; implement ``score``.

    ``version`` changes whenever the extractor's output for the same text can change; scheduled
    runs use it to decide which stored results to recompute. ``dependencies`` maps a third-party
    distribution name to its version so the run manifest records it.
    """

    name: ClassVar[str] = ""
    version: ClassVar[str] = "1"
    features: ClassVar[tuple[FeatureSpec, ...]] = ()

    def fit(self, story: Story) -> "Extractor":
        """Learn what the extractor needs from the whole story; the default needs nothing."""
        return self

    def score(self, article: Article) -> ExtractorOutput:
        """Score one article: every declared feature, with evidence spans."""
        raise NotImplementedError

    def dependencies(self) -> dict[str, str]:
        """Return ``{distribution: version}`` of third-party code whose output this uses."""
        return {}

    def output(self, scores: list[FeatureScore], items: list[Item] | tuple[Item, ...] = ()) -> ExtractorOutput:
        """Wrap scores and items, ordered as ``features`` declares, into an output record."""
        order = {spec.name: i for i, spec in enumerate(self.features)}
        ordered = tuple(sorted(scores, key=lambda s: order.get(s.name, len(order))))
        return ExtractorOutput(self.name, ordered, tuple(sorted(items, key=lambda i: (i.start, i.end, i.kind))))


def check_extractor(extractor: Extractor, articles: list[Article]) -> None:
    """Raise ``AssertionError`` unless ``extractor`` keeps the contract on ``articles``.

    Pass real articles and at least one empty one; the check scores each twice.
    """
    declared = [spec.name for spec in extractor.features]
    assert extractor.name, "extractor has no name"
    assert declared, f"{extractor.name}: declares no features"
    assert len(set(declared)) == len(declared), f"{extractor.name}: duplicate feature names"
    for spec in extractor.features:
        assert spec.description and spec.higher_means and spec.unit, f"{spec.name}: spec lacks words"
    for article in articles:
        first = extractor.score(article)
        again = extractor.score(article)
        assert first == again, f"{extractor.name}: output differs between two runs on {article.source}"
        got = [score.name for score in first.scores]
        assert got == declared, f"{extractor.name}: on {article.source} returned {got}, declared {declared}"
        for score in first.scores:
            assert score.explanation, f"{score.name}: no explanation on {article.source}"
            if score.value is not None:
                spec = next(s for s in extractor.features if s.name == score.name)
                if spec.low is not None:
                    assert score.value >= spec.low - 1e-9, f"{score.name}={score.value} below {spec.low}"
                if spec.high is not None:
                    assert score.value <= spec.high + 1e-9, f"{score.name}={score.value} above {spec.high}"
            for span in score.evidence:
                _check_span(article, span.start, span.end, span.text, score.name)
        for item in first.items:
            _check_span(article, item.start, item.end, item.text, f"{extractor.name} item {item.kind}")


def _check_span(article: Article, start: int, end: int, text: str, what: str) -> None:
    assert 0 <= start <= end <= len(article.text), f"{what}: span {start}:{end} outside {article.source}"
    assert article.text[start:end] == text, (
        f"{what}: span {start}:{end} text {text!r} != {article.text[start:end]!r} in {article.source}"
    )


__all__ = ["Extractor", "Span", "check_extractor"]
