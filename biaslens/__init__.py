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
