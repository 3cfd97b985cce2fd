"""Pure pipeline: a story in, every extractor's output per article out. No I/O here."""

from __future__ import annotations

from typing import Callable

from .extractors import Extractor
from .records import ArticleAnalysis, Story, StoryAnalysis


def analyse_story(
    story: Story,
    extractors: list[Extractor],
    progress: Callable[[str], None] | None = None,
) -> StoryAnalysis:
    """Fit every extractor on ``story``, then score each article with each extractor.

    ``progress`` (optional) is called with each article's source as it is scored.
    """
    fitted = [extractor.fit(story) for extractor in extractors]
    analysed = []
    for article in story.articles:
        if progress is not None:
            progress(article.source)
        analysed.append(ArticleAnalysis(article, tuple(extractor.score(article) for extractor in fitted)))
    specs = tuple(spec for extractor in fitted for spec in extractor.features)
    versions = {extractor.name: extractor.version for extractor in fitted}
    return StoryAnalysis(story, tuple(analysed), specs, versions)
