"""biaslens: compare how news outlets covered the same event, with the evidence.

Use it from Python the way the CLI does::

    from pathlib import Path
    import biaslens

    run = biaslens.report_from_paths([Path("seeds")])
    biaslens.write_files(run.files, Path("out"))

or step by step: :func:`load_articles` -> :func:`make_story` -> :func:`analyse_story`
(with :func:`build_extractors`) -> :func:`build_report`.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# Where each public name lives. Importing ``biaslens`` loads none of them: the command line
# (``biaslens --help``, ``biaslens version``) must start without numpy, scipy, scikit-learn or
# matplotlib, so every name is imported on first use (PEP 562 module ``__getattr__``).
_HOMES = {
    "ReportRun": "app",
    "bundled_seeds": "app",
    "report_from_paths": "app",
    "reports_by_event": "app",
    "split_by_event": "app",
    "article_from_text": "corpus",
    "clean_text": "corpus",
    "load_articles": "corpus",
    "make_story": "corpus",
    "BiaslensError": "errors",
    "InputError": "errors",
    "NothingToDoError": "errors",
    "SettingsError": "errors",
    "Extractor": "extractors",
    "build_extractors": "extractors",
    "check_extractor": "extractors",
    "extractor_classes": "extractors",
    "analyse_story": "pipeline",
    "Article": "records",
    "ArticleAnalysis": "records",
    "ExtractorOutput": "records",
    "FeatureScore": "records",
    "FeatureSpec": "records",
    "Item": "records",
    "Removal": "records",
    "Sentence": "records",
    "Span": "records",
    "Story": "records",
    "StoryAnalysis": "records",
    "build_report": "report",
    "write_files": "report",
    "Settings": "settings",
    "load_settings": "settings",
}

if TYPE_CHECKING:  # pragma: no cover - for type checkers and editors only
    from .app import ReportRun, bundled_seeds, report_from_paths, reports_by_event, split_by_event
    from .corpus import article_from_text, clean_text, load_articles, make_story
    from .errors import BiaslensError, InputError, NothingToDoError, SettingsError
    from .extractors import Extractor, build_extractors, check_extractor, extractor_classes
    from .pipeline import analyse_story
    from .records import (
        Article,
        ArticleAnalysis,
        ExtractorOutput,
        FeatureScore,
        FeatureSpec,
        Item,
        Removal,
        Sentence,
        Span,
        Story,
        StoryAnalysis,
    )
    from .report import build_report, write_files
    from .settings import Settings, load_settings


def __getattr__(name: str) -> Any:
    """Import a public name from its home module on first use."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'biaslens' has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    """The public names, for ``dir(biaslens)`` and completion."""
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "Article",
    "ArticleAnalysis",
    "BiaslensError",
    "Extractor",
    "ExtractorOutput",
    "FeatureScore",
    "FeatureSpec",
    "InputError",
    "Item",
    "NothingToDoError",
    "Removal",
    "ReportRun",
    "Sentence",
    "Settings",
    "SettingsError",
    "Span",
    "Story",
    "StoryAnalysis",
    "analyse_story",
    "article_from_text",
    "build_extractors",
    "build_report",
    "bundled_seeds",
    "check_extractor",
    "clean_text",
    "extractor_classes",
    "load_articles",
    "load_settings",
    "make_story",
    "report_from_paths",
    "reports_by_event",
    "split_by_event",
    "write_files",
]
