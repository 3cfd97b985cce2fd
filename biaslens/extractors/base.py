"""The contract every extractor follows, and the check that enforces it.

An extractor (after scikit-learn's estimator rules):

* its constructor only stores parameters and does no work;
* ``fit(story)`` returns ``self`` (extractors that need the whole story override it);
* ``score(article)`` returns an :class:`ExtractorOutput` with a :class:`FeatureScore` for
  **every** feature in ``features``, every time, even for an empty article (value ``None``);
* every evidence span and item indexes ``article.text`` exactly;
* the same article gives the same output.

``check_extractor`` verifies all of that and is run over every registered extractor by the
test suite.

Scheduled runs reuse stored results only under :meth:`Extractor.cache_key`, which covers
everything that can change an output: the constructor parameters (:meth:`Extractor.get_params`),
the source of the extractor's module and of every biaslens module it imports, directly or
not (tone imports quote finding, so a change to quote rules re-scores tone), the bytes of the
data files those modules name (lexicons, the tone model) and of files named by its parameters,
and the versions of third-party code (:meth:`Extractor.dependencies`). The code hash is
computed, never bumped by hand, so it cannot go stale.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.util
import inspect
import json
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any, ClassVar

from ..records import Article, ExtractorOutput, FeatureScore, FeatureSpec, Item, Span, Story


class Extractor:
    """Base class for extractors: declare ``name``, ``version``, ``features``; implement ``score``.

    ``version`` is a label shown in reports; scheduled runs do not rely on it being bumped:
    they key stored results on :meth:`cache_key`, computed from parameters, code and data.
    ``dependencies`` maps a third-party distribution name to its version so the run manifest
    records it (and the cache key covers it).
    """

    name: ClassVar[str] = ""
    version: ClassVar[str] = "1"
    features: ClassVar[tuple[FeatureSpec, ...]] = ()

    def fit(self, story: Story) -> "Extractor":
        """Learn what the extractor needs from the whole story; the default needs nothing."""
        return self

    def score(self, article: Article) -> ExtractorOutput:
        """Score one article: every declared feature, with evidence spans."""
        raise NotImplementedError

    def dependencies(self) -> dict[str, str]:
        """Return ``{distribution: version}`` of third-party code whose output this uses."""
        return {}

    def get_params(self) -> dict[str, Any]:
        """Return the constructor parameters and their current values (scikit-learn's rule).

        Every ``__init__`` argument is stored under its own name, so the values can be read back.
        """
        return {name: getattr(self, name) for name in constructor_parameters(type(self))}

    def data_files(self) -> tuple[Path, ...]:
        """Files outside the package that the output depends on (e.g. user lexicons from settings)."""
        return ()

    def code_modules(self) -> tuple[str, ...]:
        """The biaslens modules whose source decides this extractor's output (its import closure)."""
        return module_closure(type(self).__module__)

    def cache_key(self) -> str:
        """A hash of everything that can change this extractor's output for the same article.

        Parameters, the source of :meth:`code_modules`, the package data files those modules
        name, :meth:`data_files`, third-party versions and ``version``. Stored results are reused
        only under the same key.
        """
        basis = {
            "name": self.name,
            "version": self.version,
            "params": self.get_params(),
            **code_and_data(self.code_modules(), self.data_files()),
            "dependencies": self.dependencies(),
        }
        encoded = json.dumps(basis, sort_keys=True, default=_jsonable, ensure_ascii=False)
        return hashlib.sha256(encoded.encode("utf-8")).hexdigest()

    def output(self, scores: list[FeatureScore], items: list[Item] | tuple[Item, ...] = ()) -> ExtractorOutput:
        """Wrap scores and items, ordered as ``features`` declares, into an output record."""
        order = {spec.name: i for i, spec in enumerate(self.features)}
        ordered = tuple(sorted(scores, key=lambda s: order.get(s.name, len(order))))
        return ExtractorOutput(self.name, ordered, tuple(sorted(items, key=lambda i: (i.start, i.end, i.kind))))


@lru_cache(maxsize=None)
def installed_version(distribution: str) -> str:
    """The installed version of ``distribution``, read once per process (what
    :meth:`Extractor.dependencies` records); raises ``PackageNotFoundError`` when it is missing.

    Reading a version parses the distribution's metadata (about 0.7 ms), and every story of a
    run asks for each extractor's dependencies twice (cache keys, manifest): a code that cannot
    change under a running process.
    """
    return version(distribution)


def constructor_parameters(cls: type) -> tuple[str, ...]:
    """The names of the keyword arguments ``cls``'s constructor takes: an extractor's settings.

    The one rule for what a parameter is, read by :meth:`Extractor.get_params` (and so by
    every cache key) and by the settings check, so a setting the user may give is always a
    parameter the cache keys on.
    """
    return tuple(
        name
        for name, parameter in inspect.signature(cls.__init__).parameters.items()  # type: ignore[misc]
        if name != "self" and parameter.kind not in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD)
    )


def code_and_data(modules: tuple[str, ...], data_files: tuple[Path, ...] = ()) -> dict[str, dict[str, str]]:
    """Digests of what code decides an output: ``{"code": {module: sha256 of its source},
    "data": {path: sha256 of its bytes}}`` for ``modules``, the package data files they name and
    ``data_files``. Part of every cache key (extractors, grouping profiles)."""
    files = sorted({*package_data_files(modules), *(Path(p) for p in data_files)})
    shipped = _shipped_set()
    return {
        "code": {module: _module_digest(module) for module in modules},
        "data": {str(path): _shipped_digest(path) if path in shipped else _file_digest(path) for path in files},
    }


def _jsonable(value: Any) -> Any:
    if isinstance(value, (tuple, set, frozenset)):
        return sorted(value, key=str) if not isinstance(value, tuple) else list(value)
    return repr(value)


def _file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"  # the extractor reports the missing file itself when it runs


@lru_cache(maxsize=None)
def _module_source(module: str) -> str:
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None or not spec.origin.endswith(".py"):
        return ""
    return Path(spec.origin).read_text(encoding="utf-8")


def _module_digest(module: str) -> str:
    return _text_digest(_module_source(module))


@lru_cache(maxsize=1024)
def _text_digest(text: str) -> str:
    # Keyed by the text itself, not the module's name: a source read anew (or edited, as the
    # tests do through _module_source) gets its own digest. Every story of a run asks for the
    # keys of every extractor (about 30 modules each): hashed once per process, not per story.
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=None)
def _shipped_digest(path: Path) -> str:
    # The package's own lexicons and models are read once per process, as its sources are
    # (_module_source): hashing the tone model for every story of a run cost more than scoring
    # a one-article story. A user's files (Extractor.data_files) are read every time.
    return _file_digest(path)


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, AttributeError, ValueError):  # "biaslens.records.Article": a name, not a module
        return False


@lru_cache(maxsize=None)
def _imports_of(module: str, roots: frozenset[str]) -> tuple[str, ...]:
    """Modules of the packages ``roots`` imported anywhere in ``module`` (also inside functions)."""
    source = _module_source(module)
    if not source:
        return ()
    package = module.rsplit(".", 1)[0]
    spec = importlib.util.find_spec(module)
    if spec is not None and spec.submodule_search_locations:  # a package: relative to itself
        package = module
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")
                parent = parent[: len(parent) - (node.level - 1)]
                base = ".".join(parent + ([base] if base else []))
            # "from . import quotes" names a module; "from .x import name" names one in x.
            targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
        for target in targets:
            if target.split(".")[0] in roots and _is_module(target):
                found.add(target)
    return tuple(sorted(found))


@lru_cache(maxsize=None)
def module_closure(module: str) -> tuple[str, ...]:
    """``module`` and every module of biaslens or of its own package it imports, directly or not.

    A plugin's closure follows its own package too, so editing its helpers changes its key.
    """
    roots = frozenset({"biaslens", module.split(".")[0]})
    seen: set[str] = set()
    todo = [module]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        todo.extend(_imports_of(current, roots))
    return tuple(sorted(seen))


def package_data_files(modules: tuple[str, ...]) -> tuple[Path, ...]:
    """The shipped lexicon and model files whose name appears in the source of ``modules``.

    A module reads a data file by naming it (the reporting-verb list, the tone model), so a
    file named in the import closure is one the output can depend on.
    """
    return _files_named_in(tuple(_module_source(module) for module in modules))


@lru_cache(maxsize=256)
def _files_named_in(sources: tuple[str, ...]) -> tuple[Path, ...]:
    # Keyed by the source texts (cheap: each string keeps its hash), so an edited source is
    # searched anew while a run's thousands of cache keys search each closure once.
    joined = "\n".join(sources)
    return tuple(path for path in _shipped_files() if path.name in joined)


@lru_cache(maxsize=None)
def _shipped_files() -> tuple[Path, ...]:
    """The package's lexicon and model files, sorted (listed once per process, like its sources)."""
    root = Path(__file__).resolve().parent.parent
    return tuple(sorted(p for folder in ("lexicons", "models") for p in (root / folder).glob("*") if p.is_file()))


@lru_cache(maxsize=None)
def _shipped_set() -> frozenset[Path]:
    return frozenset(_shipped_files())


def check_extractor(extractor: Extractor, articles: list[Article]) -> None:
    """Raise ``AssertionError`` unless ``extractor`` keeps the contract on ``articles``.

    Pass real articles and at least one empty one; the check scores each twice.
    """
    declared = [spec.name for spec in extractor.features]
    assert extractor.name, "extractor has no name"
    assert declared, f"{extractor.name}: declares no features"
    assert len(set(declared)) == len(declared), f"{extractor.name}: duplicate feature names"
    for spec in extractor.features:
        assert spec.description and spec.higher_means and spec.unit, f"{spec.name}: spec lacks words"
    for article in articles:
        first = extractor.score(article)
        again = extractor.score(article)
        assert first == again, f"{extractor.name}: output differs between two runs on {article.source}"
        got = [score.name for score in first.scores]
        assert got == declared, f"{extractor.name}: on {article.source} returned {got}, declared {declared}"
        for score in first.scores:
            assert score.explanation, f"{score.name}: no explanation on {article.source}"
            if score.value is not None:
                spec = next(s for s in extractor.features if s.name == score.name)
                if spec.low is not None:
                    assert score.value >= spec.low - 1e-9, f"{score.name}={score.value} below {spec.low}"
                if spec.high is not None:
                    assert score.value <= spec.high + 1e-9, f"{score.name}={score.value} above {spec.high}"
            for span in score.evidence:
                _check_span(article, span.start, span.end, span.text, score.name)
        for item in first.items:
            _check_span(article, item.start, item.end, item.text, f"{extractor.name} item {item.kind}")


def _check_span(article: Article, start: int, end: int, text: str, what: str) -> None:
    assert 0 <= start <= end <= len(article.text), f"{what}: span {start}:{end} outside {article.source}"
    assert article.text[start:end] == text, (
        f"{what}: span {start}:{end} text {text!r} != {article.text[start:end]!r} in {article.source}"
    )


__all__ = ["Extractor", "Span", "check_extractor", "code_and_data", "constructor_parameters", "module_closure",
           "package_data_files"]
