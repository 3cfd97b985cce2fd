"""Pure pipeline: a story in, every extractor's output per article out. No I/O here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from .extractors import Extractor
from .records import Article, ArticleAnalysis, Story, StoryAnalysis

if TYPE_CHECKING:  # pragma: no cover
    from .parallel import Plan

# The fitted extractors of the story being analysed, in a worker process (set by _use_extractors).
_FITTED: list[Extractor] = []


def _use_extractors(fitted: list[Extractor]) -> None:
    _FITTED[:] = fitted


def _score_article(article: Article) -> ArticleAnalysis:
    return ArticleAnalysis(article, tuple(extractor.score(article) for extractor in _FITTED))


def analyse_story(
    story: Story,
    extractors: list[Extractor],
    progress: Callable[[str], None] | None = None,
    plan: "Plan | None" = None,
) -> StoryAnalysis:
    """Fit every extractor on ``story``, then score each article with each extractor.

    ``progress`` (optional) is called with each article's source as it is scored. ``plan``
    (optional, :class:`biaslens.parallel.Plan`) scores the articles in worker processes; the
    result is the same, in the same order.
    """
    fitted = [extractor.fit(story) for extractor in extractors]
    if plan is None or len(story.articles) < 2:
        analysed = []
        for article in story.articles:
            if progress is not None:
                progress(article.source)
            analysed.append(ArticleAnalysis(article, tuple(extractor.score(article) for extractor in fitted)))
    else:
        from .parallel import Workers

        with Workers(plan, _use_extractors, (fitted,)) as workers:
            analysed = workers.map(_score_article, story.articles)
        if progress is not None:
            for article in story.articles:
                progress(article.source)
    specs = tuple(spec for extractor in fitted for spec in extractor.features)
    versions = {extractor.name: extractor.version for extractor in fitted}
    return StoryAnalysis(story, tuple(analysed), specs, versions)
