"""The extractor contract, checked over every registered extractor, plus tone and readability."""

from __future__ import annotations

import pytest

from biaslens.corpus import article_from_text
from biaslens.errors import SettingsError
from biaslens.extractors import build_extractors, check_extractor, extractor_classes
from biaslens.extractors.tone import vader_compound
from conftest import seed


@pytest.mark.parametrize("name", sorted(extractor_classes()))
def test_every_extractor_keeps_the_contract(name, seed_articles, headline_only_article):
    [extractor] = build_extractors([name])
    check_extractor(extractor, seed_articles + [headline_only_article])


def test_constructors_do_no_work():
    # Building every extractor must be instant and side-effect free (scikit-learn's rule).
    for cls in extractor_classes().values():
        assert cls().fit is not None


def test_unknown_extractor_is_named():
    with pytest.raises(SettingsError, match="nosuch"):
        build_extractors(["nosuch"])


def test_tone_aggregates_sentences_not_whole_text():
    # VADER's compound over a long text saturates; per-sentence mean does not.
    pair = "The summit went badly. Officials were angry and disappointed."
    article = article_from_text(" ".join([pair] * 15), "long.txt", {"outlet": "X"})
    [tone] = build_extractors(["tone"])
    mean = tone.score(article).scores[0]
    assert mean.name == "tone.mean"
    assert vader_compound(" ".join([pair] * 15)) < -0.95  # the saturation the aggregate avoids
    assert -0.7 < mean.value < -0.2
    assert mean.n_units == 30


def test_tone_evidence_shows_most_positive_and_negative(seed_articles):
    [tone] = build_extractors(["tone"])
    a000 = seed(seed_articles, "000")
    scores = {s.name: s for s in tone.score(a000).scores}
    labels = [span.label for span in scores["tone.mean"].evidence]
    assert "most positive" in labels and "most negative" in labels
    negative = [span for span in scores["tone.mean"].evidence if span.label == "most negative"][0]
    assert vader_compound(negative.text) < 0
    assert 0 <= scores["tone.negative_share"].value <= scores["tone.positive_share"].value
    # A teacher read two sentences both labelled "most negative" (-0.27 and -0.23) as a
    # contradiction: each rank has its own label, strongest of each side first.
    for feature in ("tone.mean", "tone.vader_mean"):
        ranked = [span.label for span in scores[feature].evidence]
        assert len(ranked) == len(set(ranked)), ranked
        assert ranked[:2] == ["most positive", "most negative"] or len(ranked) < 2


def test_headline_tone_needs_a_headline(seed_articles):
    [tone] = build_extractors(["tone"])
    with_headline = {s.name: s for s in tone.score(seed(seed_articles, "004")).scores}["tone.headline"]
    assert with_headline.n_units == 1 and with_headline.evidence[0].label == "headline"
    without = {s.name: s for s in tone.score(seed(seed_articles, "002")).scores}["tone.headline"]
    assert without.value is None and "not part of the article" in without.explanation


def test_readability_orders_plain_and_hard_text():
    plain = article_from_text("The cat sat. The dog ran. We had fun. It was hot.", "plain.txt")
    hard = article_from_text(
        "Notwithstanding considerable institutional uncertainty, policymakers reiterated "
        "unprecedented commitments regarding multilateral infrastructure financing mechanisms.",
        "hard.txt",
    )
    [readability] = build_extractors(["readability"])
    ease = lambda a: {s.name: s for s in readability.score(a).scores}["readability.flesch_reading_ease"].value
    assert ease(plain) > 90 > 0 > ease(hard)


def test_readability_counts_match_evidence(seed_articles):
    [readability] = build_extractors(["readability"])
    scores = {s.name: s for s in readability.score(seed(seed_articles, "002")).scores}
    assert scores["readability.sentences"].value == 18
    longest = scores["readability.words_per_sentence"].evidence
    assert len(longest) == 3 and all(span.label == "longest sentence" for span in longest)


def test_own_voice_and_quoted_voice_are_scored_apart():
    text = (
        "Officials said the plan had failed badly and left thousands without help. "
        "“This is a wonderful, historic achievement and we are delighted,” the minister said."
    )
    article = article_from_text(text, "voices.txt", {"outlet": "X"})
    [tone] = build_extractors(["tone"])
    output = tone.score(article)
    scores = {s.name: s for s in output.scores}
    assert scores["tone.quoted_voice"].value > scores["tone.own_voice"].value
    quoted = [i for i in output.items if i.kind == "voice_segment" and i.attrs["voice"] == "quoted"]
    assert [i.text for i in quoted] == ["This is a wonderful, historic achievement and we are delighted"]
    # "the minister said" only attributes the quote: it is not scored as the outlet's voice;
    # the first sentence has no quote and is the outlet's voice whole.
    own = [i.text for i in output.items if i.kind == "voice_segment" and i.attrs["voice"] == "own"]
    assert own == ["Officials said the plan had failed badly and left thousands without help."]


def test_every_sentence_carries_calibrated_and_vader_tone(seed_articles):
    [tone] = build_extractors(["tone"])
    article = seed(seed_articles, "003")
    items = [i for i in tone.score(article).items if i.kind == "sentence_tone"]
    assert len(items) == len(article.body_sentences)
    for item in items:
        assert -1 <= item.attrs["value"] <= 1 and -1 <= item.attrs["vader"] <= 1
        assert item.attrs["label"] in ("negative", "neutral", "positive")


def test_vader_can_be_the_main_score(seed_articles):
    article = seed(seed_articles, "000")
    [calibrated] = build_extractors(["tone"])
    [vader] = build_extractors(["tone"], {"tone": {"model": "vader"}})
    by_name = lambda ex: {s.name: s.value for s in ex.score(article).scores}
    assert by_name(vader)["tone.mean"] == pytest.approx(by_name(vader)["tone.vader_mean"])
    assert by_name(calibrated)["tone.vader_mean"] == pytest.approx(by_name(vader)["tone.vader_mean"])
    with pytest.raises(SettingsError, match="model must be one of"):
        build_extractors(["tone"], {"tone": {"model": "nosuch"}})
    from biaslens.extractors.tone import ToneExtractor

    with pytest.raises(ValueError, match="tone model"):  # built directly, the check still holds when scoring
        ToneExtractor(model="nosuch").score(article)


def test_headline_gap_compares_headline_with_body(seed_articles):
    [tone] = build_extractors(["tone"])
    scores = {s.name: s for s in tone.score(seed(seed_articles, "004")).scores}
    body_mean = scores["tone.mean"].value
    assert scores["tone.headline_gap"].value == pytest.approx(scores["tone.headline"].value - body_mean)
