"""Scheduled runs (``biaslens run``): take in new coverage, group it into stories, update reports.

One run, in order:

1. **lock**: an exclusive lock on ``<database>.lock`` (``flock``; the kernel releases it when
   a process dies, even by ``kill -9``); a second run waits up to ``lock_timeout`` seconds,
   then gives up with :class:`RunLockedError`;
2. **fetch**: every source in turn; each new or changed article is stored in its own
   transaction together with its input's fingerprint, so a killed run keeps what it stored
   and the next run fetches only the rest; a failing source, URL or file is counted and the
   others go on;
3. **group**: articles not yet in a story are placed (:mod:`biaslens.stories`), in one
   transaction;
4. **report**: a story whose articles (or extractor versions, or settings) differ from what its
   written report shows is rebuilt; stored extractor results are reused, so only new or
   edited articles are scored; the files are written atomically, then the store records what
   they show; a run killed in between rebuilds the same report next time;
5. **index**: ``<out>/index.md``, ``index.json`` and ``index.html`` are rebuilt from the store and written only
   when their bytes change.

A run with nothing new reads the store and the inputs' fingerprints and writes nothing but its
row in ``runs``.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping

from .errors import BiaslensError
from .records import Article, ExtractorOutput, Story, StoryAnalysis
from .settings import Settings
from .similarity import line_diff
from .sources import Failure, Fetched, Seen, Unchanged, check_sources, iter_source
from .store import Store, article_from_json, content_hash, output_from_json, output_to_json

if TYPE_CHECKING:  # pragma: no cover
    from .parallel import Plan

INDEX_FORMAT = 1
#: From this many new or revised articles in a run, grouping runs in a child process, so the
#: report workers forked afterwards do not start with a copy of its heap (a few hundred
#: articles fill tens of MB; 10,000 fill 700 MB). Below, forking costs more than it saves.
GROUP_IN_CHILD_FROM = 500
#: Details only one outlet has, listed per article in "what changed".
UNIQUE_PER_ARTICLE = 3
#: Stories handed to the workers at a time, per worker: enough to keep every core busy, few
#: enough that only a slice of the store's articles is in memory at once.
STORIES_PER_WORKER = 8


class RunLockedError(BiaslensError):
    """Another run holds the lock and did not finish within ``lock_timeout``."""


#: Descriptors of the run locks this process holds (see :func:`_drop_run_locks_in_child`).
_HELD_LOCKS: set[int] = set()


def _drop_run_locks_in_child() -> None:
    # An flock belongs to the open file, and a forked worker inherits the descriptor: if the
    # run were killed, an orphaned worker would keep the lock and every later run would report
    # "another biaslens run is in progress". Closing the child's copy leaves the parent's lock.
    for fd in _HELD_LOCKS:
        try:
            os.close(fd)
        except OSError:
            pass
    _HELD_LOCKS.clear()


os.register_at_fork(after_in_child=_drop_run_locks_in_child)


@contextmanager
def run_lock(path: Path, timeout: float) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` for the body; wait at most ``timeout`` seconds for it.

    Worker processes forked during the body do not hold the lock.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    _HELD_LOCKS.add(fd)
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise RunLockedError(
                        f"another biaslens run is in progress (lock {path}); waited {timeout:g} s, giving up"
                    ) from None
                time.sleep(0.05)
        yield
    finally:
        _HELD_LOCKS.discard(fd)
        os.close(fd)  # closing the descriptor releases the lock


@dataclass
class RunResult:
    """What a run did: counts, the failures (one line each), the stories and files it wrote."""

    run_id: int = 0
    new: int = 0
    revised: int = 0
    duplicates: int = 0
    unchanged: int = 0
    failures: list[str] = field(default_factory=list)
    stories_written: list[str] = field(default_factory=list)
    index_written: bool = False
    articles: int = 0
    stories: int = 0
    seconds: float = 0.0

    @property
    def status(self) -> str:
        """``"partial"`` when any input failed, else ``"ok"``."""
        return "partial" if self.failures else "ok"

    def stats(self) -> dict[str, Any]:
        """The counts, as stored in the run's row."""
        return {
            "new": self.new,
            "revised": self.revised,
            "duplicates": self.duplicates,
            "unchanged": self.unchanged,
            "failures": len(self.failures),
            "stories_written": len(self.stories_written),
            "seconds": round(self.seconds, 3),
        }


def run(
    settings: Settings,
    now: datetime | None = None,
    log: Callable[[str], None] | None = None,
    plan: "Plan | None" = None,
) -> RunResult:
    """Run once with ``settings`` (sources, ``[run]``); ``now`` stamps the run (default: the clock).

    ``plan`` (:class:`biaslens.parallel.Plan`) says where stories are analysed and rendered:
    default, a process pool over every core; the reports are the same bytes with any plan.
    Raises :class:`RunLockedError` when another run holds the lock too long.
    """
    from .parallel import Plan, in_child

    check_sources(settings.sources)  # a file:// feed is a settings error: stop before the lock and the store
    started = time.perf_counter()
    now = now or datetime.now(timezone.utc)
    say = log or (lambda message: None)
    database = Path(settings.run.database)
    out = Path(settings.run.out)
    result = RunResult()
    with run_lock(database.with_name(database.name + ".lock"), settings.run.lock_timeout):
        with Store(database) as store:
            result.run_id = store.start_run(_iso(now))
            _fetch(store, settings, result, say)
            if (plan or Plan()).forks and result.new + result.revised >= GROUP_IN_CHILD_FROM:
                # Grouped in a child process: its heap (700 MB at 10,000 articles) dies with it
                # instead of being copied into every report worker forked afterwards.
                in_child(_place_stored, database, settings, result.run_id)
            else:
                _place(store, settings, result.run_id)
            _reports(store, settings, out, result, now, say, plan)
            result.index_written = _index(store, out)
            if plan is not None and plan.scheduler == "dask":
                write_feature_table(store, out)
            result.articles = store.count("articles")
            result.stories = store.count("stories")
            result.seconds = time.perf_counter() - started
            store.finish_run(result.run_id, _iso(datetime.now(timezone.utc)), result.status, result.stats())
    return result


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------------------------------------
# 2. fetch


def _fetch(store: Store, settings: Settings, result: RunResult, say: Callable[[str], None]) -> None:
    for source in settings.sources:
        try:
            for event in iter_source(source, settings.run, store.input_state):
                if isinstance(event, Fetched):
                    for warning in event.article.warnings:  # e.g. a feed's own text stood in for its page
                        say(f"note {warning}")
                    with store.transaction():
                        outcome = store.ingest(event.key, event.article, result.run_id, event.authors)
                        if event.last:
                            store.record_input(
                                event.input_key, event.fingerprint, result.run_id, event.etag, event.last_modified
                            )
                    if outcome.outcome == "new":
                        result.new += 1
                    elif outcome.outcome == "revised":
                        result.revised += 1
                    elif outcome.outcome == "duplicate":
                        result.duplicates += 1
                    else:
                        result.unchanged += 1
                elif isinstance(event, Seen):
                    with store.transaction():
                        store.record_input(event.input_key, event.fingerprint, result.run_id, event.etag, event.last_modified)
                elif isinstance(event, Unchanged):
                    result.unchanged += event.count
                elif isinstance(event, Failure):
                    result.failures.append(str(event))
                    say(f"skipped {event}")
        except Exception as error:  # noqa: BLE001 - one broken source must not stop the others
            if os.environ.get("BIASLENS_DEBUG"):
                raise
            message = f"{source.label}: {type(error).__name__}: {error}"
            result.failures.append(message)
            say(f"skipped {message}")


# ---------------------------------------------------------------------------------------------
# 3. group


def _doc(key: str, article: Article) -> Any:
    from .stories import doc_from_article

    return doc_from_article(key, article)


def _grouping(settings: Settings) -> Any:
    from .stories import Grouping

    return Grouping(settings.run.story_similarity, settings.run.story_window_days, settings.run.story_action_floor)


def _in_window(rows: list[dict[str, Any]], new: list[Any], window_days: float) -> list[dict[str, Any]]:
    """The stored articles published within the window of some new article (blocking: a run
    never compares the new articles with the whole store). Undated articles are always kept."""
    from .stories import parse_date

    new_dates = [parse_date(doc.published) for doc in new]
    if not new_dates or any(d is None for d in new_dates):
        return rows
    low = min(new_dates) - timedelta(days=window_days)  # type: ignore[type-var]
    high = max(new_dates) + timedelta(days=window_days)  # type: ignore[type-var]
    kept = []
    for row in rows:
        published = parse_date(row["published"])
        if published is None or low <= published <= high:
            kept.append(row)
    return kept


def _profiles(store: Store, docs: list[Any], hashes: Mapping[str, str]) -> dict[str, Any]:
    """What grouping reads from each article (names, action words, days, words), stored with the
    article: read once per article, then reused by every later run. Keyed by the article's
    content hash, its date and headline kind, and :func:`biaslens.stories.profile_cache_key`
    (the grouping code), so a stored profile is never stale."""
    from .stories import PROFILE_STORE_NAME, event_profile, profile_cache_key, profile_context, profile_from_json

    version = profile_cache_key()
    found: dict[str, Any] = {}
    fresh: list[tuple[str, str, str]] = []
    for doc in docs:
        digest, context = hashes[doc.key], profile_context(doc)
        stored = store.analysis(digest, PROFILE_STORE_NAME, version, context)
        if stored is not None:
            found[doc.key] = profile_from_json(doc, json.loads(stored))
        else:
            found[doc.key] = event_profile(doc)
            fresh.append((digest, context, json.dumps(found[doc.key].to_json(), ensure_ascii=False)))
    if fresh:
        with store.transaction():
            for digest, context, output in fresh:
                store.save_analysis(digest, PROFILE_STORE_NAME, version, context, output)
    return found


def _place_stored(database: Path, settings: Settings, run_id: int) -> None:
    """Place the unplaced articles of the store at ``database`` (its own connection: a child's)."""
    with Store(database) as store:
        _place(store, settings, run_id)


def _place(store: Store, settings: Settings, run_id: int) -> None:
    unplaced = store.unplaced()
    if not unplaced:
        return
    from .corpus import slugify
    from .stories import place_articles, story_title, unique_slug

    grouping = _grouping(settings)
    new_docs = [_doc(key, article) for _, key, article in unplaced]
    existing: dict[str, list[Any]] = {}
    window = _in_window(store.story_articles(), new_docs, grouping.window_days)
    for row in window:
        existing.setdefault(f"{row['story_id']:09d}", []).append(_doc(row["key"], article_from_json(row["record"])))
    ids = {key: article_id for article_id, key, _ in unplaced}
    hashes = {key: content_hash(article) for _, key, article in unplaced}
    hashes.update((row["key"], row["hash"]) for row in window)
    profiles = _profiles(store, [doc for docs in existing.values() for doc in docs] + new_docs, hashes)
    placed = place_articles(existing, new_docs, grouping, profiles)
    members: dict[str, list[Any]] = {story: list(docs) for story, docs in existing.items()}
    for doc in new_docs:
        members.setdefault(placed[doc.key].story, []).append(doc)
    with store.transaction():
        taken = store.slugs()
        slug_of = {f"{s['id']:09d}": s["slug"] for s in store.story_states()}
        story_ids: dict[str, int] = {}
        order = {key: n for n, key in enumerate(placed)}
        for doc in sorted(new_docs, key=lambda d: order[d.key]):
            label = placed[doc.key].story
            if label not in story_ids:
                if label.startswith("new:"):
                    docs = members[label]
                    # The slug comes from the first article and never changes: links stay valid.
                    slug = unique_slug(slugify(docs[0].title), taken)
                    taken.add(slug)
                    story_ids[label] = store.create_story(slug, story_title(docs), run_id)
                    slug_of[label] = slug
                else:
                    story_ids[label] = int(label)
            placement = placed[doc.key].to_json()
            # Story labels are internal; index.json names the runner-up story by its slug.
            if placement["runner_up"] is not None:
                placement["runner_up"]["story"] = slug_of.get(placement["runner_up"]["story"], "")
            store.place(ids[doc.key], story_ids[label], placement)
        for label, story_id in story_ids.items():
            store.set_title(story_id, story_title(members[label]))


# ---------------------------------------------------------------------------------------------
# 4. reports


def _extractor_state(settings: Settings) -> dict[str, Any]:
    from .extractors import build_extractors

    # Cache keys, not hand-bumped versions: an edited lexicon, rule or setting rebuilds the report.
    extractors = build_extractors(list(settings.extractors) if settings.extractors else None, settings.extractor_options)
    return {
        "extractors": {extractor.name: extractor.cache_key() for extractor in extractors},
        "settings": settings.to_manifest(),
    }


def _reports(
    store: Store,
    settings: Settings,
    out: Path,
    result: RunResult,
    now: datetime,
    say: Callable[[str], None],
    plan: "Plan | None" = None,
) -> None:
    from .parallel import Plan, Workers, batches

    states = store.story_states()
    if not states:
        return
    state = _extractor_state(settings)
    stale = [(story, reason) for story in states if (reason := _stale(story, story["reported"], state, out)) is not None]
    if not stale:
        return
    plan = plan or Plan()

    def finish(batch: Any, jobs: list[StoryJob], built: Callable[[], list[BuiltStory]]) -> None:
        for (story, reason), job, one in zip(batch, jobs, built()):
            _finish_story(store, out, story, state, job, one)
            result.stories_written.append(story["slug"])
            say(f"updated {story['slug']} ({reason})")

    with Workers(plan) as workers:
        # Read a batch from the store and hand it to the workers (pure), then write and record
        # the previous batch here, in story order, while they build this one: the store and the
        # disk are touched by this process only, and at most two batches are held at once.
        pending = None
        for batch in batches(stale, STORIES_PER_WORKER * plan.workers):
            jobs = [_story_job(store, settings, story, reason, result.run_id, now)[0] for story, reason in batch]
            started = (batch, jobs, workers.submit(build_story, jobs))
            if pending is not None:
                finish(*pending)
            pending = started
        if pending is not None:
            finish(*pending)


def _stale(story: dict[str, Any], reported: dict[str, Any], state: dict[str, Any], out: Path) -> str | None:
    """Why the story's report must be rebuilt, or ``None`` when it is current."""
    if not reported:
        return "new story"
    if reported.get("members") != story["members"]:
        return "new or edited articles"
    if reported.get("extractors") != state["extractors"] or reported.get("settings") != state["settings"]:
        return "extractors or settings changed"
    if not (out / story["slug"] / "report.md").exists():
        return "report files missing"
    return None


def _unique_sources(rows: list[dict[str, Any]]) -> list[tuple[dict[str, Any], Article]]:
    """Current articles of a story, each with a source name unique within the story."""
    seen: dict[str, int] = {}
    out = []
    for row in sorted(rows, key=lambda r: r["key"]):
        article = article_from_json(row["record"])
        count = seen.get(article.source, 0) + 1
        seen[article.source] = count
        if count > 1:
            article = replace(article, source=f"{article.source}~{count}")
        out.append((row, article))
    return out


AnalysisKey = tuple[str, str, str, str]


def analysis_keys(articles: tuple[Article, ...] | list[Article], extractors: list[Any]) -> list[list[AnalysisKey]]:
    """Per extractor, per article: the key its stored result has (content hash, name, cache key, context).

    An extractor that learns from the whole story (overrides ``fit``) is also keyed by the
    story's articles, so its results are reused only for the same set of articles.
    """
    from .extractors.base import Extractor as BaseExtractor

    hashes = [content_hash(article) for article in articles]
    story_key = hashlib.sha256("\n".join(sorted(hashes)).encode()).hexdigest()
    keys = []
    for extractor in extractors:
        learns = type(extractor).fit is not BaseExtractor.fit
        context = story_key if learns else ""
        key = extractor.cache_key()
        keys.append([(digest, extractor.name, key, context) for digest in hashes])
    return keys


def analyse_with_stored(
    story: Story, extractors: list[Any], stored: Mapping[AnalysisKey, str]
) -> tuple[StoryAnalysis, list[tuple[str, str, str, str, str]]]:
    """Analyse ``story``, reusing the ``stored`` results (JSON by key); pure.

    Returns the analysis and the new results as rows for :meth:`Store.save_analysis`.
    """
    from .records import ArticleAnalysis

    keys = analysis_keys(story.articles, extractors)
    fitted_once: dict[int, Any] = {}
    outputs: list[list[ExtractorOutput]] = [[] for _ in story.articles]
    fresh: list[tuple[str, str, str, str, str]] = []
    for n, extractor in enumerate(extractors):
        for i, article in enumerate(story.articles):
            key = keys[n][i]
            if key in stored:
                outputs[i].append(output_from_json(stored[key], article))
                continue
            if n not in fitted_once:
                fitted_once[n] = extractor.fit(story)
            output = fitted_once[n].score(article)
            outputs[i].append(output)
            fresh.append((*key, output_to_json(output)))
    analysed = tuple(ArticleAnalysis(a, tuple(o)) for a, o in zip(story.articles, outputs))
    specs = tuple(spec for extractor in extractors for spec in extractor.features)
    return StoryAnalysis(story, analysed, specs, {e.name: e.version for e in extractors}), fresh


def _stored(store: Store, articles: list[Article], extractors: list[Any]) -> dict[AnalysisKey, str]:
    found = {}
    for row in analysis_keys(articles, extractors):
        for key in row:
            output = store.analysis(*key)
            if output is not None:
                found[key] = output
    return found


def cached_analyser(store: Store) -> Callable[[Story, list[Any]], StoryAnalysis]:
    """Return an ``analyse(story, extractors)`` that reuses stored results and stores new ones.

    Results are keyed by :func:`analysis_keys`: content hash, extractor name and
    :meth:`~biaslens.extractors.Extractor.cache_key` (parameters, code, data files, dependencies).
    """

    def analyse(story: Story, extractors: list[Any]) -> StoryAnalysis:
        analysis, fresh = analyse_with_stored(story, extractors, _stored(store, list(story.articles), extractors))
        if fresh:
            with store.transaction():
                for row in fresh:
                    store.save_analysis(*row)
        return analysis

    return analyse


@dataclass(frozen=True)
class StoryJob:
    """Everything building one story's report needs, read from the store: picklable, no I/O.

    ``members`` are the store keys and content hashes of ``articles``, in the same order;
    ``previous`` holds the earlier revision of each edited article, so "what changed" is
    computed in the worker as part of the report model without touching the store.
    Whether the articles report one event is computed there too (:attr:`BuiltStory.one_event`).
    """

    articles: tuple[Article, ...]
    members: tuple[tuple[str, str], ...]
    title: str
    slug: str
    fingerprint: str
    settings: Settings
    stored: dict[AnalysisKey, str]
    reported: dict[str, Any]
    previous: dict[str, Article]
    reason: str
    run_id: int
    now: datetime


@dataclass(frozen=True)
class BuiltStory:
    """A story's report files, its details only one article has (by store key), what changed,
    the newly computed analysis results to store, and whether its articles report one event."""

    files: dict[str, bytes]
    unique: dict[str, list[dict[str, Any]]]
    fresh: list[tuple[str, str, str, str, str]]
    changes: dict[str, Any] | None
    one_event: dict[str, Any]


def _story_job(
    store: Store, settings: Settings, story: dict[str, Any], reason: str, run_id: int, now: datetime
) -> tuple[StoryJob, list[tuple[dict[str, Any], Article]]]:
    from .extractors import build_extractors

    pairs = _unique_sources(store.story_articles(story["id"]))
    articles = [article for _, article in pairs]
    fingerprint = hashlib.sha256(
        "\n".join(f"{row['key']}\0{row['hash']}" for row, _ in pairs).encode("utf-8")
    ).hexdigest()
    extractors = build_extractors(list(settings.extractors) if settings.extractors else None, settings.extractor_options)
    reported = story["reported"] or {}
    before: dict[str, str] = reported.get("members", {})
    previous = {}
    for row, _ in pairs:
        if row["key"] in before and before[row["key"]] != row["hash"]:
            revision = store.revision_article(row["key"], before[row["key"]])
            if revision is not None:
                previous[row["key"]] = revision
    job = StoryJob(
        tuple(articles), tuple((row["key"], row["hash"]) for row, _ in pairs), story["title"], story["slug"],
        fingerprint, settings, _stored(store, articles, extractors), reported, previous, reason, run_id, now,
    )
    return job, pairs


#: Files of a full story report that a lean page (one article) does not make.
LEAN_DROPS = ("worksheet.md", "worksheet_answers.md")


def build_story(job: StoryJob) -> BuiltStory:
    """Analyse, compare and render one story: a pure function, run in a worker."""
    from .app import report_from_articles

    fresh: list[tuple[str, str, str, str, str]] = []
    found: dict[str, Any] = {}
    pairs = [({"key": key, "hash": digest}, article) for (key, digest), article in zip(job.members, job.articles)]

    def analyse(story: Story, extractors: list[Any]) -> StoryAnalysis:
        analysis, new = analyse_with_stored(story, extractors, job.stored)
        fresh.extend(new)
        return analysis

    def changes_for(comparison: Any) -> dict[str, Any]:
        # Part of the report model, so report.md, report.json and report.html all show it.
        found["unique"] = _unique_details(comparison, pairs)
        found["changes"] = what_changed(job.previous, job.reported, pairs, found["unique"], job.reason, job.run_id, job.now)
        return found["changes"]

    # Whether the articles report one event: part of the report model, shown first when not.
    # Computed here, in the worker, not where the job is read: the run's own process does its
    # share of every story one after another while the workers wait.
    one_event = _one_event(job.settings, pairs)
    built = report_from_articles(
        job.articles, job.settings, {"title": job.title, "slug": job.slug}, job.fingerprint, analyse=analyse,
        changes=changes_for, extras={"one_event": one_event}, lean=True,
    )
    return BuiltStory(built.files, found.get("unique", {}), fresh, found.get("changes"), one_event)


def _finish_story(
    store: Store,
    out: Path,
    story: dict[str, Any],
    state: dict[str, Any],
    job: StoryJob,
    built: BuiltStory,
) -> None:
    from .report import write_files
    from .report.changes import changes_summary

    if built.fresh:
        with store.transaction():
            for row in built.fresh:
                store.save_analysis(*row)
    write_files(dict(built.files), out / story["slug"])
    for name in LEAN_DROPS:
        if name not in built.files:
            # A story rebuilt as a lean page (one article left) keeps no worksheet of an older report.
            (out / story["slug"] / name).unlink(missing_ok=True)
    snapshot = {
        "members": dict(job.members),
        "changed": changes_summary(built.changes),
        "unique": {key: [d["key"] for d in details] for key, details in built.unique.items()},
        "run": job.run_id,
        "one_event": built.one_event,
        **state,
    }
    with store.transaction():
        store.mark_reported(story["id"], job.run_id, snapshot)


def _one_event(settings: Settings, pairs: list[tuple[dict[str, Any], Article]]) -> dict[str, Any]:
    """Whether the story's articles hang together as one event (see :func:`biaslens.stories.story_coherence`)."""
    from .stories import story_coherence

    docs = [_doc(article.source, article) for _, article in pairs]
    return story_coherence(docs, _grouping(settings)).to_json()


def _unique_details(comparison: Any, pairs: list[tuple[dict[str, Any], Article]]) -> dict[str, list[dict[str, Any]]]:
    """Per article key, the details only that article has (most informative first)."""
    if comparison is None or not getattr(comparison, "comparable", False):
        return {}
    found: dict[str, list[dict[str, Any]]] = {}
    for row, article in pairs:
        details = []
        for detail in comparison.unique_rows(article.source):
            evidence = detail.evidence[0] if detail.evidence else None
            details.append(
                {"key": detail.key, "kind": detail.kind, "text": detail.text, "sentence": evidence.sentence if evidence else ""}
            )
        found[row["key"]] = details
    return found


def what_changed(
    previous: dict[str, Article],
    reported: dict[str, Any],
    pairs: list[tuple[dict[str, Any], Article]],
    unique: dict[str, list[dict[str, Any]]],
    reason: str,
    run_id: int,
    now: datetime,
) -> dict[str, Any]:
    """Compare a story now with what its previous report showed; JSON-ready.

    Lists new outlets, new articles, details only one outlet has that the previous report did
    not list, and edited headlines and bodies (with a sentence-level diff). ``previous`` maps
    the key of each edited article to its earlier revision (read from the store beforehand,
    so this stays pure and can run in a worker).
    """
    before: dict[str, str] = reported.get("members", {}) if reported else {}
    before_unique: dict[str, list[str]] = reported.get("unique", {}) if reported else {}
    old_outlets: set[str] = set()
    edited = []
    new_articles = []
    for row, article in pairs:
        key = row["key"]
        if key not in before:
            new_articles.append({"source": article.source, "outlet": article.outlet, "title": article.title, "url": article.url})
            continue
        old_outlets.add(article.outlet)
        if before[key] != row["hash"] and key in previous:
            edited.append(_edit(previous[key], article))
    new_outlets = sorted({a["outlet"] for a in new_articles} - old_outlets) if before else []
    new_unique = []
    for row, article in pairs:
        known = set(before_unique.get(row["key"], ()))
        fresh = [d for d in unique.get(row["key"], []) if d["key"] not in known][:UNIQUE_PER_ARTICLE]
        for detail in fresh:
            new_unique.append({"source": article.source, "outlet": article.outlet, **{k: detail[k] for k in ("kind", "text", "sentence")}})
    return {
        "run": run_id,
        "at": _iso(now),
        "previous_run": reported.get("run") if reported else None,
        "first_report": not before,
        "reason": reason,
        "new_outlets": new_outlets,
        "new_articles": new_articles,
        "new_unique_details": new_unique if before else [],
        "edited": edited,
    }


def _edit(previous: Article, current: Article) -> dict[str, Any]:
    def body(article: Article) -> list[str]:
        return [s.text for s in article.body_sentences]

    lines = line_diff(body(previous), body(current))
    return {
        "source": current.source,
        "outlet": current.outlet,
        "title_before": previous.title,
        "title_after": current.title,
        "added": sum(1 for line in lines if line.startswith("+")),
        "removed": sum(1 for line in lines if line.startswith("-")),
        "diff": lines,
    }


def index_data(store: Store) -> dict[str, Any]:
    """The index of stories as JSON-ready data: slug, title, report path and articles by outlet."""
    from .stories import parse_date

    states = {s["id"]: s for s in store.story_states()}
    by_story: dict[int, list[dict[str, Any]]] = {}
    for row in store.index_rows():
        by_story.setdefault(row["story_id"], []).append(row)
    stories = []
    for story_id, rows in by_story.items():
        story = states[story_id]
        dates = sorted(d for d in (parse_date(r["published"]) for r in rows) if d is not None)
        outlets: dict[str, list[dict[str, Any]]] = {}
        for row in sorted(rows, key=lambda r: (r["outlet"].lower(), r["published"], r["title"])):
            outlets.setdefault(row["outlet"], []).append(
                {"title": row["title"], "url": row["url"], "published": row["published"], "authors": json.loads(row["authors"]),
                 "placement": json.loads(row["placement"] or "{}")}
            )
        stories.append(
            {
                "slug": story["slug"],
                "title": story["title"],
                "report": f"{story['slug']}/report.md",
                "report_html": f"{story['slug']}/report.html",
                "changed": (story.get("reported") or {}).get("changed", ""),
                "articles": len(rows),
                "first_published": dates[0].isoformat() if dates else "",
                "last_published": dates[-1].isoformat() if dates else "",
                "by_outlet": outlets,
                "one_event": story["reported"].get("one_event"),
            }
        )
    stories.sort(key=lambda s: (s["last_published"] or "", s["slug"]), reverse=True)
    return {"format": INDEX_FORMAT, "stories": stories}


def index_markdown(data: dict[str, Any]) -> str:
    """Render the index as markdown: each story, newest first, with its articles by outlet."""
    from .report.context import md_link, md_text

    lines = ["# Stories", ""]
    if not data["stories"]:
        lines.append("No stories yet.")
    for story in data["stories"]:
        span = story["first_published"][:10]
        if story["last_published"][:10] != span:
            span = f"{span} to {story['last_published'][:10]}"
        n = story["articles"]
        lines.append(f"## [{md_text(story['title'])}]({story['report']})")
        lines.append("")
        lines.append(f"`{story['slug']}` · {n} article{'s' if n != 1 else ''} · {len(story['by_outlet'])} outlet(s)" + (f" · {span}" if span else ""))
        lines.append("")
        if story.get("changed"):
            lines += [f"What changed: {md_text(story['changed'])}", ""]
        if (story.get("one_event") or {}).get("may_be_mixed"):
            lines.append(f"**May not be one event:** {md_text(story['one_event']['explanation'])}")
            lines.append("")
        for outlet, articles in story["by_outlet"].items():
            titles = "; ".join(md_link(a["title"], a["url"]) for a in articles)
            lines.append(f"- **{md_text(outlet)}**: {titles}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def feature_rows(store: Store, out: Path) -> list[dict[str, Any]]:
    """One row per article of every story: story slug, source, outlet, title and each feature.

    Read back from the stories' ``features.csv`` (what the reports show); missing values are ``None``.
    """
    import csv

    rows: list[dict[str, Any]] = []
    for story in store.story_states():
        path = out / story["slug"] / "features.csv"
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            for record in csv.DictReader(handle):
                row: dict[str, Any] = {"story": story["slug"]}
                for name, value in record.items():
                    row[name] = value if name in ("source", "outlet", "title") else (float(value) if value else None)
                rows.append(row)
    return rows


def write_feature_table(store: Store, out: Path) -> None:
    """Write ``features.jsonl`` (and ``features.parquet`` when pyarrow is installed) into ``out``.

    The Dask path's result for programs that read a whole corpus at once (pandas, Spark, DuckDB).
    """
    from .report.writer import write_atomic

    rows = feature_rows(store, out)
    lines = "".join(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n" for row in rows)
    write_atomic(out / "features.jsonl", lines.encode("utf-8"))
    try:
        # Optional: declared in the [dask] extra; without it only features.jsonl is written.
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:  # Parquet is optional: the [dask] extra brings pyarrow
        return
    import io

    columns = sorted({name for row in rows for name in row})
    table = pa.table({name: [row.get(name) for row in rows] for name in columns})
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    write_atomic(out / "features.parquet", buffer.getvalue())


def _index(store: Store, out: Path) -> bool:
    """Write index.json and index.md when their content changed; return whether anything was written."""
    from .report.data import to_json_bytes
    from .report.writer import write_atomic

    data = index_data(store)
    from .report.index_page import render_index_html

    files = {
        "index.json": to_json_bytes(data),
        "index.md": index_markdown(data).encode("utf-8"),
        "index.html": render_index_html(data),
    }
    written = False
    for name, payload in files.items():
        target = out / name
        try:
            if target.read_bytes() == payload:
                continue
        except OSError:
            pass
        write_atomic(target, payload)
        written = True
    return written
