"""Settings: defaults, overlaid by an optional ``biaslens.toml``, overlaid by CLI flags.

``biaslens.toml``::

    [report]
    extractors = ["readability", "tone"]   # which extractors run (default: all registered)

    [extractors.hedging]                     # keyword arguments for one extractor
    extra_lexicons = ["lexicons/my_hedges.txt"]

    [run]                                    # scheduled runs (`biaslens run`); see RunSettings
    out = "reports"
    database = "biaslens.db"

    [[sources]]                              # one table per source; see SourceSettings
    type = "folder"
    path = "dropbox"

Relative paths inside the file are resolved against the file's folder.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .errors import SettingsError
from .similarity import closest_match

CONFIG_NAME = "biaslens.toml"
#: The tables a settings file may hold, and the keys of ``[report]``.
SECTIONS = ("report", "extractors", "run", "sources")
REPORT_KEYS = ("extractors", "highlight")


def nearest(word: str, choices: Any) -> str:
    """``"; did you mean 'x'?"`` for the closest of ``choices`` to a misspelt ``word``, else ``""``."""
    close = closest_match(word, choices, cutoff=0.5)
    return f"; did you mean {close!r}?" if close else ""


def _check_keys(table: dict[str, Any], known: tuple[str, ...], where: str) -> None:
    """Refuse a key nobody reads: a misspelt setting must not be silently ignored."""
    for key in table:
        if key not in known:
            raise SettingsError(f"{where}: unknown {'section' if where.endswith('file') else 'setting'} "
                                f"{key!r}{nearest(key, known)}; known: {', '.join(known)}")


@dataclass(frozen=True)
class Settings:
    """Everything a report run can be told.

    ``extractors``: names to run, ``None`` for every registered one.
    ``extractor_options``: per extractor, keyword arguments for its constructor.
    ``source``: the file the settings came from (empty for defaults).
    ``highlight``: the highlight categories report.html boxes in the text (``None``: every
    lesson category; see :data:`biaslens.report.html.CATEGORIES`).
    """

    extractors: tuple[str, ...] | None = None
    extractor_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    source: str = ""
    raw: dict[str, Any] = field(default_factory=dict)
    run: "RunSettings" = field(default_factory=lambda: RunSettings())
    sources: tuple["SourceSettings", ...] = ()
    highlight: tuple[str, ...] | None = None

    def to_manifest(self) -> dict[str, Any]:
        """Return the settings as recorded in a report's manifest."""
        out: dict[str, Any] = {
            "extractors": list(self.extractors) if self.extractors is not None else "all",
            "extractor_options": self.extractor_options,
        }
        if self.highlight is not None:
            out["highlight"] = list(self.highlight)
        return out


def load_settings(path: Path | None = None, extractors: list[str] | None = None) -> Settings:
    """Read settings from ``path`` (or ``./biaslens.toml`` when present), then apply CLI overrides."""
    data: dict[str, Any] = {}
    source = ""
    candidate = path if path is not None else Path(CONFIG_NAME)
    if path is not None and not path.exists():
        raise SettingsError(f"{path}: settings file not found")
    if candidate.exists():
        try:
            data = tomllib.loads(candidate.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as error:
            raise SettingsError(f"{candidate}: cannot read settings ({error})") from None
        source = str(candidate)
    _check_keys(data, SECTIONS, f"{source}: settings file")
    report = data.get("report", {})
    if not isinstance(report, dict):
        raise SettingsError(f"{source}: [report] must be a table")
    _check_keys(report, REPORT_KEYS, f"{source}: [report]")
    chosen = extractors if extractors else report.get("extractors")
    if chosen is not None and (not isinstance(chosen, list) or not all(isinstance(n, str) for n in chosen)):
        raise SettingsError(f"{source or 'options'}: extractors must be a list of names")
    highlight = _highlight(report.get("highlight"), source)
    options = data.get("extractors", {})
    if not isinstance(options, dict) or not all(isinstance(v, dict) for v in options.values()):
        raise SettingsError(f"{source}: [extractors.NAME] sections must be tables")
    base = candidate.parent if source else Path(".")
    resolved = {name: _resolve_paths(opts, base) for name, opts in options.items()}
    run = _run_settings(data.get("run", {}), base, source)
    sources = _source_settings(data.get("sources", []), base, source)
    return Settings(tuple(chosen) if chosen is not None else None, resolved, source, data, run, sources, highlight)


def _highlight(value: Any, source: str) -> tuple[str, ...] | None:
    """The highlight categories a teacher asked for, checked against the ones report.html knows."""
    if value is None:
        return None
    from .report.html import CATEGORIES

    known = tuple(c.key for c in CATEGORIES)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SettingsError(f"{source}: [report] highlight must be a list of category names; known: {', '.join(known)}")
    for name in value:
        if name not in known:
            raise SettingsError(f"{source}: [report] highlight: unknown category {name!r}{nearest(name, known)}; "
                                f"known: {', '.join(known)}")
    return tuple(value)


def _resolve_paths(options: dict[str, Any], base: Path) -> dict[str, Any]:
    out = {}
    for key, value in options.items():
        if key.endswith(("lexicons", "_path", "_file")):
            if isinstance(value, list):
                value = [str((base / v).resolve()) if not Path(v).is_absolute() else v for v in value]
            elif isinstance(value, str):
                value = str((base / value).resolve()) if not Path(value).is_absolute() else value
        out[key] = value
    return out


def _help(default: Any, text: str) -> Any:
    """A settings field with its default and the help shown in the README."""
    return field(default=default, metadata={"help": text})


@dataclass(frozen=True)
class RunSettings:
    """``[run]``: where scheduled runs keep their state and reports, and how they fetch and group."""

    out: str = _help("reports", "Folder for index.html, index.md, index.json and one folder of report files per story.")
    database: str = _help("biaslens.db", "SQLite file holding articles, revisions, analyses, stories and runs.")
    lock_timeout: float = _help(60.0, "Seconds to wait for another run to finish before giving up (exit code 5).")
    fetch_timeout: float = _help(20.0, "Seconds before a request for a feed or page is abandoned.")
    max_bytes: int = _help(5_000_000, "Largest feed or page accepted, in bytes; larger ones are skipped and reported.")
    user_agent: str = _help("biaslens/0.1 (news coverage comparison)", "User-Agent header sent with every request.")
    allow_private_addresses: bool = _help(
        False, "Fetch from private, loopback and link-local addresses (off: a feed cannot point at internal services)."
    )
    max_entries_per_feed: int = _help(100, "Newest entries read from each feed per run.")
    story_similarity: float = _help(
        0.18, "Event similarity (0-1: shared words, names and action) an article needs with an article of a story to join it."
    )
    story_action_floor: float = _help(
        0.05, "Least similarity of what happened (0-1, headline and lead words that are not names) to join a story."
    )
    story_window_days: float = _help(3.0, "Days between publication dates within which articles can share a story.")


@dataclass(frozen=True)
class SourceSettings:
    """``[[sources]]``: one folder, feed or URL list to take coverage from."""

    type: str = _help("folder", 'What the source is: "folder" (a drop-box of article files), "feed" (RSS/Atom) or "urls".')
    path: str = _help("", "folder: the folder; urls: a text file with one URL a line (# starts a comment).")
    url: str = _help("", "feed: the feed's URL (http or https).")
    urls: tuple[str, ...] = _help((), "urls: URLs listed in the settings file itself (besides or instead of path).")
    name: str = _help("", "A name for the source in messages (default: its path or URL).")
    outlet: str = _help("", "Outlet name for every article from this source (default: from the page, feed or file).")
    fetch_articles: bool = _help(True, "feed: fetch each entry's page for the full text (false: use the entry's own text).")
    recheck_pages: bool = _help(
        True,
        "feed with fetch_articles: ask every entry's page each run whether it changed (a conditional request), "
        "so an article edited after its feed entry was published is picked up; false: only new or changed entries.",
    )

    @property
    def label(self) -> str:
        """How messages name the source."""
        return self.name or self.url or self.path or ", ".join(self.urls[:1]) or self.type


def settings_help(cls: type) -> dict[str, tuple[Any, str]]:
    """Return ``{setting: (default, help)}`` for :class:`RunSettings` or :class:`SourceSettings`."""
    return {f.name: (f.default, f.metadata["help"]) for f in fields(cls)}


def _typed(cls: type, table: Any, where: str) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise SettingsError(f"{where} must be a table")
    known = {f.name: f for f in fields(cls)}
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in known:
            raise SettingsError(f"{where}: unknown setting {key!r}{nearest(key, known)}; known: {', '.join(known)}")
        default = known[key].default
        if isinstance(default, bool):
            ok = isinstance(value, bool)
        elif isinstance(default, float):
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
            value = float(value) if ok else value
        elif isinstance(default, int):
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif isinstance(default, tuple):
            ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
            value = tuple(value) if ok else value
        else:
            ok = isinstance(value, str)
        if not ok:
            raise SettingsError(f"{where}: {key} must be {type(default).__name__.replace('tuple', 'a list of strings')}")
        values[key] = value
    return values


def _resolve(value: str, base: Path) -> str:
    return value if not value or Path(value).is_absolute() else str((base / value).resolve())


def _run_settings(table: Any, base: Path, source: str) -> RunSettings:
    values = _typed(RunSettings, table, f"{source or 'settings'}: [run]")
    run = RunSettings(**values)
    for key in ("lock_timeout", "fetch_timeout", "story_window_days"):
        if getattr(run, key) < 0:
            raise SettingsError(f"{source}: [run] {key} must not be negative")
    for key in ("story_similarity", "story_action_floor"):
        if not 0 <= getattr(run, key) <= 1:
            raise SettingsError(f"{source}: [run] {key} must be between 0 and 1")
    if run.max_bytes <= 0 or run.max_entries_per_feed <= 0:
        raise SettingsError(f"{source}: [run] max_bytes and max_entries_per_feed must be positive")
    return RunSettings(**{**values, "out": _resolve(run.out, base), "database": _resolve(run.database, base)})


def _source_settings(tables: Any, base: Path, source: str) -> tuple[SourceSettings, ...]:
    if not isinstance(tables, list):
        raise SettingsError(f"{source}: sources must be [[sources]] tables")
    out = []
    for number, table in enumerate(tables, start=1):
        where = f"{source or 'settings'}: source {number}"
        values = _typed(SourceSettings, table, where)
        item = SourceSettings(**values)
        if item.type not in ("folder", "feed", "urls"):
            raise SettingsError(f'{where}: type must be "folder", "feed" or "urls", not {item.type!r}')
        if item.type == "folder" and not item.path:
            raise SettingsError(f"{where}: a folder source needs path")
        if item.type == "feed" and not item.url:
            raise SettingsError(f"{where}: a feed source needs url")
        if item.type == "urls" and not (item.path or item.urls):
            raise SettingsError(f"{where}: a urls source needs path (a file of URLs) or urls")
        out.append(SourceSettings(**{**values, "path": _resolve(item.path, base)}))
    return tuple(out)
