"""Shared fixtures: the real seed articles, loaded and analysed once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from biaslens.corpus import article_from_text, load_articles, make_story
from biaslens.extractors import build_extractors
from biaslens.pipeline import analyse_story

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# ../shared/eval beside the checkout, or ../../shared/eval from a git worktree one folder deeper.
EVAL_DATA = next((p / "shared" / "eval" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared" / "eval").is_dir()),
                 ROOT.parent / "shared" / "eval")


@pytest.fixture(scope="session")
def seed_articles():
    """The five bundled seed articles, cleaned."""
    loaded = load_articles([SEEDS])
    assert not loaded.problems
    return list(loaded.articles)


@pytest.fixture(scope="session")
def seed_analysis(seed_articles):
    """The seeds analysed by every registered extractor."""
    return analyse_story(make_story(seed_articles), build_extractors())


@pytest.fixture(scope="session")
def headline_only_article():
    """An article whose body is empty once the headline is set apart."""
    return article_from_text("Only A Headline Here\nAnd a second heading line", "headline.txt", {"outlet": "X"})


def seed(articles, prefix: str):
    """Return the seed article whose file name starts with ``prefix``."""
    return next(a for a in articles if a.source.startswith(prefix))


@pytest.fixture()
def server(tmp_path):
    """A local HTTP server serving ``tmp_path / "www"`` on 127.0.0.1, closed after the test."""
    from localserver import LocalServer

    root = tmp_path / "www"
    root.mkdir()
    local = LocalServer(root)
    yield local
    local.close()
