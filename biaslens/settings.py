"""Settings: defaults, overlaid by an optional ``biaslens.toml``, overlaid by CLI flags.

``biaslens.toml``::

    [report]
    extractors = ["readability", "tone"]   # which extractors run (default: all registered)

    [extractors.hedging]                     # keyword arguments for one extractor
    extra_lexicons = ["lexicons/my_hedges.txt"]

Relative paths inside the file are resolved against the file's folder.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import SettingsError

CONFIG_NAME = "biaslens.toml"


@dataclass(frozen=True)
class Settings:
    """Everything a report run can be told.

    ``extractors``: names to run, ``None`` for every registered one.
    ``extractor_options``: per extractor, keyword arguments for its constructor.
    ``source``: the file the settings came from (empty for defaults).
    """

    extractors: tuple[str, ...] | None = None
    extractor_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    source: str = ""
    raw: dict[str, Any] = field(default_factory=dict)

    def to_manifest(self) -> dict[str, Any]:
        """Return the settings as recorded in a report's manifest."""
        return {
            "extractors": list(self.extractors) if self.extractors is not None else "all",
            "extractor_options": self.extractor_options,
        }


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
    report = data.get("report", {})
    if not isinstance(report, dict):
        raise SettingsError(f"{source}: [report] must be a table")
    chosen = extractors if extractors else report.get("extractors")
    if chosen is not None and (not isinstance(chosen, list) or not all(isinstance(n, str) for n in chosen)):
        raise SettingsError(f"{source or 'options'}: extractors must be a list of names")
    options = data.get("extractors", {})
    if not isinstance(options, dict) or not all(isinstance(v, dict) for v in options.values()):
        raise SettingsError(f"{source}: [extractors.NAME] sections must be tables")
    base = candidate.parent if source else Path(".")
    resolved = {name: _resolve_paths(opts, base) for name, opts in options.items()}
    return Settings(tuple(chosen) if chosen is not None else None, resolved, source, data)


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
