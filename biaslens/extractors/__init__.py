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
from functools import lru_cache
from importlib.metadata import entry_points

from ..errors import SettingsError
from ..settings import nearest
from .base import Extractor, check_extractor, constructor_parameters

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
    return dict(_extractor_classes())


@lru_cache(maxsize=1)
def _extractor_classes() -> tuple[tuple[str, type[Extractor]], ...]:
    # Reading entry points parses every installed distribution's metadata (about 10 ms); a
    # scheduled run builds the extractors once per story, so the registry is read once per process.
    found: dict[str, str] = dict(BUILTIN)
    for entry in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        found.setdefault(entry.name, entry.value)
    return tuple((name, _load(target)) for name, target in found.items())


def extractor_parameters(cls: type[Extractor]) -> tuple[str, ...]:
    """Return the keyword arguments ``cls``'s constructor accepts (its settings)."""
    return constructor_parameters(cls)


def build_extractors(names: list[str] | None = None, options: dict[str, dict] | None = None) -> list[Extractor]:
    """Instantiate the named extractors (all registered ones when ``names`` is ``None``).

    ``options`` maps an extractor name to keyword arguments for its constructor (from
    settings). Raises :class:`~biaslens.errors.SettingsError` naming an unknown extractor, an
    unknown option (with the nearest valid name) or a value the extractor rejects.
    """
    classes = extractor_classes()
    chosen = list(classes) if names is None else names
    options = options or {}
    for name in [*chosen, *options]:
        if name not in classes:
            raise SettingsError(f"unknown extractor {name!r}{nearest(name, classes)}; known: {', '.join(classes)}")
    built = []
    for name in chosen:
        cls, given = classes[name], options.get(name, {})
        accepted = extractor_parameters(cls)
        for key in given:
            if key not in accepted:
                known = ", ".join(accepted) or "none"
                raise SettingsError(f"[extractors.{name}]: unknown option {key!r}{nearest(key, accepted)}; known: {known}")
        try:
            extractor = cls(**given)
            check = getattr(extractor, "check_params", None)
            if callable(check):
                check()
        except (TypeError, ValueError) as error:
            raise SettingsError(f"[extractors.{name}]: {error}") from None
        built.append(extractor)
    return built


__all__ = [
    "BUILTIN",
    "ENTRY_POINT_GROUP",
    "Extractor",
    "build_extractors",
    "check_extractor",
    "extractor_classes",
    "extractor_parameters",
]
