"""Tests for biaslens.tone_model: the shipped JSON tone model, its API and its training round trip."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import math
from pathlib import Path

import numpy as np
import pytest

from biaslens import tone_model
from biaslens.vader import vader_analyzer
from biaslens.tone_model import LABELS, TONE_BAND, ToneResult, label_rule, model_info, score_sentences, tone_label

REPO = Path(__file__).resolve().parents[1]
EVAL_DIR = REPO.parent / "shared" / "eval"


def _train_module():
    spec = importlib.util.spec_from_file_location("train_tone", REPO / "training" / "train_tone.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# (sentence, expected label, why). Real sentences from the seed articles and realistic news
# sentences written for the test; none is in the training data.
LABELLED = [
    ("Trump praised Takaichi's leadership and expressed admiration for her determination to accelerate Japan's military and industrial growth.",
     "positive", "seed 004: praise and admiration"),
    ("The meeting took place at the Akasaka Palace in Tokyo during Trump's three-day visit to Japan.",
     "neutral", "seed 004: place and time only"),
    ("Critics slammed the governor for botching the response, saying the delays cost lives.",
     "negative", "blame and deaths"),
    ("The senator was indicted on charges of fraud and bribery after a two-year investigation.",
     "negative", "crime news; VADER sees little here beyond 'fraud'"),
    ("Thousands of families were left homeless after the floods destroyed entire villages.",
     "negative", "disaster"),
    ("'Everything I know from Shinzo and others, you will be one of the great prime ministers,' he said during their bilateral talks.",
     "positive", "seed 004: quoted praise (neutral in model v1; the strongest-word feature reads 'great')"),
    ("He also congratulated her for being Japan's first female leader, calling it 'a big deal'.",
     "positive", "seed 004: 'congratulated' is not in VADER's lexicon but 'congratulate' is (v1 said negative)"),
    ("Prosecutors brought allegations of bribery against the mayor.",
     "negative", "VADER scores 0.0: 'allegations' and 'bribery' are in no VADER entry; AFINN has 'allegations'"),
    ("Critics called the campaign an insidious attempt to silence dissent.",
     "negative", "accusation; 'insidious' is in no lexicon, the n-grams carry 'critics'"),
    ("Takaichi, in turn, praised Trump's role in mediating ceasefires between Cambodia and Thailand, and between Israel and Palestinian groups, calling his efforts 'unprecedented.'",
     "positive", "seed 003: praise (model v1 said negative, misled by 'ceasefires'/'Israel')"),
    ("Both leaders reflected on the legacy of former Prime Minister Shinzo Abe, who was assassinated in 2022.",
     "neutral", "seed 001: background fact (model v1 said positive)"),
    ("Under the deal, the US and Japan agreed to speed up permits, align their investments, and start funding selected mining projects within six months.",
     "neutral", "'agreed'/'deal' lean positive in NewsMTSC, but the value (+0.03) stays inside the band (classifier said positive)"),
    ("The outlook for the economy remains bleak, analysts warned.",
     "negative", "the value is -0.26 (Pattern knows 'bleak'); the classifier alone kept analysts' forecasts neutral"),
    ("Trump has repeatedly expressed interest in the prize, claiming credit for mediating international disputes since returning to office in January.",
     "neutral", "seed 002: value +0.01 (the classifier alone read 'claiming credit' as criticism; model v1 said positive)"),
]

# Known failures, read by hand; each fails today for the reason given (strict xfail, so a fix shows).
KNOWN_FAILURES = [
    ("The company said quarterly revenue rose 12 percent, beating analysts' expectations.",
     "positive", "VADER reads 'beating' as violence (-0.46); the model cancels that to neutral but not to positive"),
    ("Then the stock markets plunged, wiping out the savings of millions of retirees.",
     "negative", "'plunged' and 'wiping out' are in none of VADER, Pattern or AFINN and too rare in the training sentences (value -0.04)"),
]


def test_result_is_frozen_and_in_range() -> None:
    results = score_sentences([text for text, _, _ in LABELLED])
    assert len(results) == len(LABELLED)
    for result in results:
        assert isinstance(result, ToneResult)
        assert -1.0 <= result.value <= 1.0 and -1.0 <= result.vader <= 1.0
        assert result.label in LABELS
    with pytest.raises(dataclasses.FrozenInstanceError):
        results[0].value = 0.0  # type: ignore[misc]


@pytest.mark.parametrize("text,label,why", LABELLED, ids=[why for _, _, why in LABELLED])
def test_labelled_sentences(text: str, label: str, why: str) -> None:
    result = score_sentences([text])[0]
    assert result.label == label, f"{why}: got {result}"
    # The value should lean the same way as a confident label (neutral sentences stay small).
    if label == "positive":
        assert result.value > 0
    elif label == "negative":
        assert result.value < 0
    else:
        assert abs(result.value) < 0.25


@pytest.mark.xfail(strict=True, reason="known failures, see KNOWN_FAILURES")
@pytest.mark.parametrize("text,label,why", KNOWN_FAILURES, ids=[why[:40] for _, _, why in KNOWN_FAILURES])
def test_known_failures(text: str, label: str, why: str) -> None:
    assert score_sentences([text])[0].label == label, why


def test_news_calibration_tempers_vader() -> None:
    # Seed 003: VADER gives this scheduling sentence -0.73 because of 'war' in 'trade war
    # truce'; readers of news see a neutral itinerary, and the news-calibrated value stays small.
    text = ("Trump is expected to continue his Asia tour with a stop in South Korea on Wednesday, where he will meet "
            "Chinese President Xi Jinping to discuss a possible trade war truce between Washington and Beijing.")
    result = score_sentences([text])[0]
    assert abs(result.value) < abs(result.vader) / 2


@pytest.mark.xfail(strict=True, reason="the value (-0.19) still leans on 'war' past the label band, so the itinerary counts negative")
def test_known_failure_trade_war_truce_itinerary() -> None:
    text = ("Trump is expected to continue his Asia tour with a stop in South Korea on Wednesday, where he will meet "
            "Chinese President Xi Jinping to discuss a possible trade war truce between Washington and Beijing.")
    assert score_sentences([text])[0].label == "neutral"


@pytest.mark.parametrize("value, label", [
    (0.08, "positive"), (0.0751, "positive"), (0.0749, "neutral"), (0.0, "neutral"), (-0.0749, "neutral"),
    (-0.075, "neutral"), (-0.0751, "negative"), (-0.08, "negative"), (1.0, "positive"), (-1.0, "negative"),
])
def test_label_is_read_off_the_printed_value(value: float, label: str) -> None:
    # The rule compares the value as a report prints it (two decimals): +0.0751 prints as +0.08.
    # (-0.075 is stored just above -0.075 in binary and prints as -0.07.)
    assert f"{value:+.2f}" in ("+0.08", "-0.08", "+0.07", "-0.07", "+0.00", "+1.00", "-1.00")
    assert TONE_BAND == 0.08
    assert tone_label(value) == label


def test_every_label_agrees_with_its_value() -> None:
    results = score_sentences([text for text, _, _ in LABELLED + KNOWN_FAILURES])
    for result in results:
        assert result.label == tone_label(result.value)


def test_label_rule_words_come_from_the_band() -> None:
    assert label_rule() == ("a sentence counts as positive when its tone is +0.08 or more, as negative when it is "
                            "-0.08 or less, and as neutral in between")
    assert "+0.50" in label_rule(0.5, "a headline") and label_rule(0.5, "a headline").startswith("a headline counts")


@pytest.mark.xfail(reason="sarcasm: positive words used ironically read as positive to a bag-of-words model", strict=True)
def test_known_failure_sarcasm() -> None:
    text = "What a brilliant plan: the new bridge cost twice as much and opened three years late."
    assert score_sentences([text])[0].label == "negative"


def test_batch_equals_single_and_deterministic() -> None:
    texts = [text for text, _, _ in LABELLED]
    batch = score_sentences(texts)
    singles = [score_sentences([t])[0] for t in texts]
    for a, b in zip(batch, singles):
        assert a.label == b.label and a.vader == b.vader
        assert math.isclose(a.value, b.value, abs_tol=1e-12)
    assert score_sentences(texts) == batch


def test_empty_inputs() -> None:
    assert score_sentences([]) == []
    # An empty or punctuation-only sentence has no evidence either way: neutral, near zero.
    for result in score_sentences(["", "—"]):
        assert result.vader == 0.0 and abs(result.value) < 0.2


def test_vader_is_per_sentence_compound() -> None:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    text = LABELLED[0][0]
    assert score_sentences([text])[0].vader == SentimentIntensityAnalyzer().polarity_scores(text)["compound"]


def test_model_file_is_small_json_with_metadata() -> None:
    raw = tone_model.MODEL_PATH.read_bytes()
    assert len(raw) < 1_000_000, "the model file must stay small"
    model = json.loads(raw)  # plain JSON, never pickle
    assert model["format"] == "biaslens-tone-model"
    assert len(model["vectorizer"]["terms"]) == len(model["vectorizer"]["idf"])
    info = model_info()
    for key in ("version", "fingerprint", "training_data", "metrics", "trained_with", "model_sha256"):
        assert key in info, key
    assert info["training_data"]["nyt_editorials"]["sdist_sha256"] == _train_module().VADER_SDIST_SHA256
    cv = info["metrics"]["cv"]
    # Shipped metrics must show the model beating VADER on both corpora (grouped CV).
    assert cv["model"]["nyt_pearson_r"] > cv["vader"]["nyt_pearson_r"]
    assert cv["model"]["newsmtsc_macro_f1_per_target"] > cv["vader"]["newsmtsc_macro_f1_per_target"]
    assert info["metrics"]["json_round_trip"]["label_agreement"] == 1.0
    # Every shipped lexicon names its source and licence (AFINN's table stays under the ODbL).
    assert info["lexicons"]["pattern"]["licence"] == "PDDL"
    assert info["lexicons"]["afinn"]["licence"] == "ODbL-1.0" and "AFINN" in info["lexicons"]["afinn"]["licence_note"]
    assert set(model["lexicons"]) == set(tone_model.EXTRA_LEXICONS)


def test_analyse_matches_sklearn_tokens() -> None:
    # Words follow scikit-learn's default token pattern; pairs and prefixes are added.
    terms = tone_model.analyse("Trump praised Takaichi's leadership.")
    assert terms[:4] == ["trump", "praised", "takaichi", "leadership"]
    assert "trump praised" in terms and "~leade" in terms and "~trump" not in terms


def test_analyse_marks_negation_scope() -> None:
    # "n't" is read as "not"; the 3 words after a negator get their own terms, pairs stay plain.
    terms = tone_model.analyse("The plan isn't good for the workers at all.")
    assert "not_good" in terms and "not_for" in terms and "not_the" in terms
    assert "workers" in terms and "not_workers" not in terms  # scope ends after 3 words
    assert "not good" in terms and "good" not in terms


def test_inflections_fill_lexicon_gaps() -> None:
    table = tone_model.inflections({"congratulate": 2.2, "slam": -1.0, "worry": -1.9, "good": 1.9})
    assert table["congratulated"] == 2.2 and table["slammed"] == -1.0 and table["worries"] == -1.9
    assert "good" not in table  # only forms the lexicon lacks


def test_dense_features_read_negation_and_contractions() -> None:
    lexicons = tone_model._model().lexicons
    scores = {"compound": 0.0, "pos": 0.0, "neu": 1.0, "neg": 0.0}
    names = tone_model.DENSE_NAMES
    # "won't" is not the verb "won" (+2.7 in VADER's lexicon): it is read as "wo not".
    wont = dict(zip(names, tone_model.dense_features("The minister won't attend the summit.", scores, lexicons)))
    assert wont["lexicon_positive_sum_per_sqrt_word"] == 0.0
    # A negated Pattern adjective counts against, at half weight.
    plain = dict(zip(names, tone_model.dense_features("The plan is good.", scores, lexicons)))
    negated = dict(zip(names, tone_model.dense_features("The plan is not good.", scores, lexicons)))
    assert plain["pattern_positive_sum_per_sqrt_word"] > 0 and plain["pattern_negative_sum_per_sqrt_word"] == 0
    assert negated["pattern_positive_sum_per_sqrt_word"] == 0 and negated["pattern_negative_sum_per_sqrt_word"] > 0
    # The strongest single word: "murder" is among VADER's most negative entries (-3.7).
    strong = dict(zip(names, tone_model.dense_features("Witnesses described a murder in the village.", scores, lexicons)))
    assert strong["vader_max_negative_word_over_4"] > 0.6 and strong["vader_max_positive_word_over_4"] == 0.0


def test_json_round_trip_reproduces_sklearn() -> None:
    # Fit the real training recipe on a tiny corpus and check the JSON model, evaluated with
    # numpy, gives the sklearn pipeline's predictions: the same check training runs at scale.
    train = _train_module()
    positive = ["The talks were a great success and both leaders praised the deal.", "Investors cheered the strong growth and new jobs.",
                "The rescue was a triumph of courage and skill.", "Voters welcomed the generous reform."]
    negative = ["The attack killed dozens and wounded hundreds.", "Critics condemned the corrupt and failed policy.",
                "The scandal destroyed trust and caused outrage.", "Prices soared and families suffered terrible losses."]
    neutral = ["The meeting took place in Tokyo on Tuesday.", "The report was released at noon.",
               "The committee will meet again next week.", "The agreement runs less than a page."]
    texts = positive + negative + neutral
    ratings = np.array([2.5] * 4 + [-2.5] * 4 + [0.0] * 4)
    labels = np.array([2] * 4 + [0] * 4 + [1] * 4)
    # The shipped lexicon tables stand in for the ones training reads from the pinned packages.
    lexicons = json.loads(tone_model.MODEL_PATH.read_text(encoding="utf-8"))["lexicons"]
    tables = train.build_lexicons(lexicons)
    scores = train.vader_scores(texts)
    dense = train.dense_matrix(texts, scores, tables)
    nyt = {"texts": texts, "y": ratings, "dense": dense}
    ms = {"texts": texts, "label": labels, "dense": dense}
    old = train.MIN_DF
    train.MIN_DF = 1
    try:
        model, parts = train.fit(nyt, ms, np.arange(12), np.arange(12), lexicons)
    finally:
        train.MIN_DF = old
    probe = texts + [LABELLED[0][0], LABELLED[-1][0], "The plan isn't good and won't work."]
    probe_scores = train.vader_scores(probe)
    check = train.check_round_trip(model, parts, probe, probe_scores, train.dense_matrix(probe, probe_scores, tables))
    assert check["label_agreement"] == 1.0 and check["max_value_diff"] < 1e-4


@pytest.mark.slow
def test_grouped_cv_floors() -> None:
    # Grouped CV on the dev data (refits the model 5 times; about a minute).
    if not (EVAL_DIR / "tone" / "newsmtsc-train.jsonl").exists():
        pytest.skip("evaluation data not found")
    train = _train_module()
    loaded = train.load_all(EVAL_DIR, None)
    if isinstance(loaded, str):
        pytest.skip(loaded)
    cv, _, _ = train.cross_validate(*loaded)
    # Model v2 measured r 0.6048 and macro-F1 0.6248 (per target); floors leave 0.01 of slack.
    assert cv["model"]["nyt_pearson_r"] >= 0.595
    assert cv["model"]["newsmtsc_macro_f1_per_target"] >= 0.615
    assert cv["vader"]["nyt_pearson_r"] == pytest.approx(0.503, abs=0.005)


@pytest.mark.slow
def test_model_cost_beside_vader() -> None:
    # The model must stay cheap next to VADER itself: measured 0.55x VADER's time on the NYT
    # sentences; 0.8x leaves room for a busy machine but catches a costly feature.
    import time

    texts = [text for text, _, _ in LABELLED + KNOWN_FAILURES] * 100
    analyzer = vader_analyzer()
    score_sentences(texts[:5])

    def best(run) -> float:
        times = []
        for _ in range(5):
            start = time.process_time()
            run()
            times.append(time.process_time() - start)
        return min(times)

    vader = best(lambda: [analyzer.polarity_scores(t) for t in texts])
    both = best(lambda: score_sentences(texts))
    assert (both - vader) / vader < 0.8
