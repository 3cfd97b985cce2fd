"""Extractor registry: built-ins and plugins load through the same entry-point group.

A plugin package declares, in its ``pyproject.toml``::

    [project.entry-points."biaslens.extractors"]
    mine = "my_package.module:MyExtractor"

and ``biaslens report`` runs it beside the built-ins. The built-ins are declared the same way
in biaslens's own ``pyproject.toml``; ``BUILTIN`` repeats them so a source checkout that was
never installed still finds them.
"""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points

from .base import Extractor, check_extractor

ENTRY_POINT_GROUP = "biaslens.extractors"

# name -> "module:Class"; order is the order of sections in the report.
BUILTIN: dict[str, str] = {
    "readability": "biaslens.extractors.readability:ReadabilityExtractor",
    "tone": "biaslens.extractors.tone:ToneExtractor",
    "hedging": "biaslens.extractors.hedging:HedgingExtractor",
    "quotes": "biaslens.extractors.quotes:QuotesExtractor",
    "loaded": "biaslens.extractors.loaded:LoadedExtractor",
}


def _load(target: str) -> type[Extractor]:
    module_name, _, attr = target.partition(":")
    return getattr(importlib.import_module(module_name), attr)


def extractor_classes() -> dict[str, type[Extractor]]:
    """Return every registered extractor class by name: built-ins first, then plugins."""
    found: dict[str, str] = dict(BUILTIN)
    for entry in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        found.setdefault(entry.name, entry.value)
    return {name: _load(target) for name, target in found.items()}


def build_extractors(names: list[str] | None = None, options: dict[str, dict] | None = None) -> list[Extractor]:
    """Instantiate the named extractors (all registered ones when ``names`` is ``None``).

    ``options`` maps an extractor name to keyword arguments for its constructor (from
    settings). Raises ``KeyError`` naming an unknown extractor.
    """
    classes = extractor_classes()
    chosen = list(classes) if names is None else names
    unknown = [name for name in chosen if name not in classes]
    if unknown:
        raise KeyError(f"unknown extractor(s): {', '.join(unknown)}; known: {', '.join(classes)}")
    options = options or {}
    return [classes[name](**options.get(name, {})) for name in chosen]


__all__ = ["BUILTIN", "ENTRY_POINT_GROUP", "Extractor", "build_extractors", "check_extractor", "extractor_classes"]
