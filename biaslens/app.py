"""The library behind ``biaslens report``: load, analyse, compare, build the report files.

Pure except for :func:`load_articles` (reading inputs); writing is left to the caller, so a
script can build a report in memory and a scheduled run can decide where it goes.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from importlib.metadata import PackageNotFoundError
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from .errors import InputError, NothingToDoError
from .records import Article, Story, StoryAnalysis
from .settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from .corpus import LoadResult
    from .extractors import Extractor
    from .parallel import Plan

# The comparison, the report and the extractors (numpy, scipy, scikit-learn, matplotlib) are
# imported where they are used, so `biaslens version` and `--help` start without them.

# Distributions whose versions every report records, whether or not an extractor names them.
RECORDED_DEPENDENCIES = (
    "nupunkt", "textstat", "vaderSentiment", "scikit-learn", "matplotlib", "trafilatura", "text2num",
    "snowballstemmer",  # its stems decide which details are listed as said in other words
)


@dataclass(frozen=True)
class ReportRun:
    """The outcome of one report: files to write, what was analysed, and what went wrong."""

    files: dict[str, bytes]
    analysis: StoryAnalysis
    problems: tuple[InputError, ...]
    warnings: tuple[str, ...]
    comparison: Any = None


def bundled_seeds() -> Path:
    """Return the folder of the five bundled seed articles.

    Installed, they ship inside the package as ``biaslens/seeds``; in a source checkout they are
    the repository's top-level ``seeds/``.
    """
    installed = Path(str(resources.files("biaslens") / "seeds"))
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "seeds"


@lru_cache(maxsize=None)
def package_version(name: str) -> str:
    """Return an installed distribution's version, or ``"not installed"``.

    Kept per process: reading a version parses the distribution's metadata (about 3 ms), and
    every story's manifest names ten of them.
    """
    from .extractors.base import installed_version

    try:
        return installed_version(name)
    except PackageNotFoundError:
        return "not installed"


def run_manifest(extractors: list[Extractor], settings: Settings, fingerprint: str) -> dict[str, Any]:
    """Versions, settings and the input fingerprint: what is needed to reproduce a report."""
    dependencies = {name: package_version(name) for name in RECORDED_DEPENDENCIES}
    for extractor in extractors:
        dependencies.update(extractor.dependencies())
    return {
        "biaslens": package_version("biaslens"),
        "python": platform.python_version(),
        "dependencies": dict(sorted(dependencies.items())),
        "extractors": {extractor.name: extractor.version for extractor in extractors},
        "settings": settings.to_manifest(),
        "input_fingerprint": fingerprint,
    }


def report_from_articles(
    articles: tuple[Article, ...] | list[Article],
    settings: Settings | None = None,
    story_meta: dict[str, Any] | None = None,
    fingerprint: str = "",
    progress: Callable[[str], None] | None = None,
    analyse: Callable[[Story, list[Extractor]], StoryAnalysis] | None = None,
    blind: bool = False,
    changes: Callable[[Any], dict[str, Any]] | None = None,
    extras: dict[str, Any] | None = None,
    plan: Plan | None = None,
    lean: bool = False,
) -> ReportRun:
    """Analyse already-loaded ``articles`` as one story and build every report file in memory.

    ``story_meta`` may give the story's ``title`` and ``slug``; ``fingerprint`` identifies the
    input in the manifest; ``analyse`` replaces :func:`analyse_story` (a scheduled run passes one
    that reuses stored results). ``blind`` replaces outlets by "Outlet A", "Outlet B" ... before
    analysis (see :mod:`biaslens.blind`) and adds answer_key.md. ``changes`` turns the
    comparison into a scheduled run's "what changed" and ``extras`` adds named sections (such
    as ``one_event``); both become part of the report model, so every view shows them. ``plan`` scores the articles in
    worker processes (:mod:`biaslens.parallel`); the files are the same bytes. ``lean`` (scheduled
    runs) gives a story of one article the lean page of :mod:`biaslens.report.lean` (its scores
    and evidence, no comparison). Raises :class:`NothingToDoError` when ``articles`` is empty.
    """
    from .compare import compare_story
    from .corpus import make_story
    from .extractors import build_extractors
    from .pipeline import analyse_story
    from .report import build_report

    settings = settings or Settings()
    if not articles:
        raise NothingToDoError("no article to report on")
    blinded = None
    if blind:
        from .blind import blind_articles

        # Before analysis, so every offset indexes the relabelled text.
        blinded = blind_articles(articles)
        articles = blinded.articles
        story_meta = {k: blinded.relabel(v) if isinstance(v, str) and k != "slug" else v for k, v in (story_meta or {}).items()}
    story = make_story(articles, story_meta)
    extractors = build_extractors(list(settings.extractors) if settings.extractors else None, settings.extractor_options)
    analysis = analyse(story, extractors) if analyse is not None else analyse_story(story, extractors, progress, plan)
    manifest = run_manifest(extractors, settings, fingerprint)
    if lean and len(analysis.articles) == 1 and not blind:
        from .report.lean import build_lean_report

        # One outlet, nothing to compare: no comparison, charts or worksheet to build.
        lean_files = build_lean_report(analysis, manifest, changes(None) if changes else None, extras,
                                       settings.run.story_window_days)
        return ReportRun(lean_files, analysis, (), (), None)
    comparison = compare_story(analysis)
    if blinded is not None:
        manifest["blind"] = True
    files = build_report(analysis, comparison, manifest, blinded, changes(comparison) if changes else None,
                         highlight=settings.highlight, extras=extras)
    return ReportRun(files, analysis, (), tuple(comparison.warnings), comparison)


def split_by_event(articles: tuple[Article, ...] | list[Article], settings: Settings | None = None) -> list[tuple[Article, ...]]:
    """Split ``articles``, handed in as one story, into events (see
    :func:`biaslens.stories.event_groups`: every pair weighed, no time window); return the groups,
    largest first (then by first source). One group when they hang together as one event."""
    from .stories import Grouping, doc_from_article, event_groups

    settings = settings or Settings()
    run = settings.run
    grouping = Grouping(run.story_similarity, run.story_window_days, run.story_action_floor)
    by_key = {a.source: a for a in articles}
    groups = [tuple(sorted((by_key[d.key] for d in group), key=lambda a: a.source))
              for group in event_groups([doc_from_article(a.source, a) for a in articles], grouping)]
    return sorted(groups, key=lambda g: (-len(g), g[0].source))


def several_events_warning(groups: list[tuple[Article, ...]]) -> str:
    """The warning for ``biaslens report`` on a folder that holds several events."""
    heads = "; ".join(f"\"{g[0].title[:60]}\" ({len(g)})" for g in groups[:5])
    more = f" and {len(groups) - 5} more" if len(groups) > 5 else ""
    # Said as measured: the groups share few words, names and actions. Articles of one event told
    # from different angles (the candidates' responses to a shooting, a day apart; a nomination
    # and the endorsement it brought) fall apart as different events do, so both are named.
    return (
        f"these articles fall into {len(groups)} groups that share few words, names and actions: {heads}{more}. "
        "They may be different events, or one event told from different angles; compared as one story, "
        "different events would be set side by side. Use `biaslens report --split` for one report per group, "
        "or `biaslens run` to group coverage into stories."
    )


def _load(paths: list[Path]) -> LoadResult:
    """Load ``paths``; raise :class:`NothingToDoError` (naming the one problem, if one) when
    no input yields an article."""
    from .corpus import load_articles

    loaded: LoadResult = load_articles(paths)
    if not loaded.articles:
        why = f" ({loaded.problems[0]})" if len(loaded.problems) == 1 else ""
        raise NothingToDoError("no usable article found in " + ", ".join(str(p) for p in paths) + why)
    return loaded


def report_from_paths(
    paths: list[Path],
    settings: Settings | None = None,
    progress: Callable[[str], None] | None = None,
    blind: bool = False,
    plan: Plan | None = None,
) -> ReportRun:
    """Load ``paths``, analyse them as one story and build every report file in memory.

    Raises :class:`NothingToDoError` when no input yields an article; problems with single
    files are returned in ``problems`` and the run goes on without them. When the articles look
    like several events, ``warnings`` says so (see :func:`reports_by_event`). ``blind`` and
    ``plan``: see :func:`report_from_articles`.
    """
    settings = settings or Settings()
    loaded = _load(paths)
    groups = split_by_event(loaded.articles, settings)
    several = several_events_warning(groups) if len(groups) > 1 else ""
    warnings = tuple(loaded.warnings) + ((several,) if several else ())
    # The report says what the command line says: the same warning, in its "May not be one event" section.
    extras = {"one_event": {"may_be_mixed": True, "explanation": several[:1].upper() + several[1:]}} if several else None
    run = report_from_articles(loaded.articles, settings, loaded.story, loaded.fingerprint, progress, blind=blind, plan=plan,
                               extras=extras)
    return replace(run, problems=loaded.problems, warnings=tuple(warnings) + run.warnings)


def reports_by_event(
    paths: list[Path],
    settings: Settings | None = None,
    progress: Callable[[str], None] | None = None,
    blind: bool = False,
) -> list[ReportRun]:
    """Load ``paths``, group the articles into events and build one report per event.

    Each report's slug comes from its first headline (made unique among them); the manifest's
    story title is not used, since it names one story. Problems and loading warnings ride on
    the first report. Raises :class:`NothingToDoError` when no input yields an article.
    """
    from .corpus import slugify
    from .stories import doc_from_article, story_title, unique_slug

    settings = settings or Settings()
    loaded = _load(paths)
    runs: list[ReportRun] = []
    taken: set[str] = set()
    for group in split_by_event(loaded.articles, settings):
        docs = [doc_from_article(a.source, a) for a in group]
        slug = unique_slug(slugify(sorted(group, key=lambda a: (a.published, a.source))[0].title), taken)
        taken.add(slug)
        run = report_from_articles(group, settings, {"title": story_title(docs), "slug": slug}, loaded.fingerprint,
                                   progress, blind=blind)
        runs.append(run if runs else replace(run, problems=loaded.problems, warnings=tuple(loaded.warnings) + run.warnings))
    return runs
