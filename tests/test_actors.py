"""Tone toward actors: who counts as an actor, which sentences name them, offsets and tone."""

from __future__ import annotations

from statistics import fmean

import pytest

from biaslens.actors import actor_tones
from biaslens.app import report_from_paths
from biaslens.corpus import article_from_text, make_story
from biaslens.extractors import build_extractors
from biaslens.pipeline import analyse_story
from conftest import SEEDS


@pytest.fixture(scope="module")
def seed_run():
    return report_from_paths([SEEDS])


def test_main_actors_of_the_seed_story(seed_run):
    actors = {a.actor: a for a in actor_tones(seed_run.analysis, seed_run.comparison)}
    for expected in ("Donald Trump", "Sanae Takaichi", "China"):
        assert expected in actors
    # Venues and prizes are not actors, however often they are named.
    assert not {"Akasaka Palace", "Akasaka State Guest House", "Nobel Peace Prize"} & set(actors)
    # The cast's one entity: "Takaichi" and "Sanae Takaichi" are her in every outlet.
    takaichi = actors["Sanae Takaichi"]
    assert all(takaichi.count(source) > 0 for source in seed_run.comparison.sources)


def test_mentions_are_sentences_that_name_the_actor_with_their_tone(seed_run):
    actors = {a.actor: a for a in actor_tones(seed_run.analysis, seed_run.comparison)}
    texts = {a.article.source: a.article for a in seed_run.analysis.articles}
    tones = {
        (a.article.source, i.start): i.attrs["value"] for a in seed_run.analysis.articles for i in a.items("sentence_tone")
    }
    china = actors["China"]
    for mention in china.mentions:
        assert texts[mention.source].text[mention.start : mention.end] == mention.text
        assert "China" in mention.text
        assert mention.tone == tones[(mention.source, mention.start)]
    source = china.mentions[0].source
    assert china.mean(source) == pytest.approx(fmean(m.tone for m in china.mentions if m.source == source))
    # 002 never names China.
    assert china.mean("002_8df9b8a8ae368447.txt") is None


def test_no_actors_without_a_comparison():
    article = article_from_text("Trump met Takaichi. Trump praised Takaichi.", "one.txt", {"outlet": "X"})
    analysis = analyse_story(make_story([article]), build_extractors(["tone"]))
    assert actor_tones(analysis, None) == ()


def test_actors_are_in_report_json_and_md(seed_run):
    import json

    data = json.loads(seed_run.files["report.json"])
    names = [a["actor"] for a in data["actors"]]
    # Subheadings ("Takaichi backs Trump for Nobel Peace Prize") are not sentences of the story,
    # so Takaichi is named in fewer sentences than Japan; both are main actors.
    assert names[0] == "Donald Trump" and "Sanae Takaichi" in names[:3]
    markdown = seed_run.files["report.md"].decode()
    assert "## Tone toward the main actors" in markdown and "charts/tone_by_actor.svg" in markdown
