"""Sentence splitting and word offsets on news text (cases in tests/data/sentence_cases.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biaslens.text import count_words, paragraph_spans, split_sentences, word_spans

CASES = json.loads((Path(__file__).parent / "data" / "sentence_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_sentence_splitting_on_news_cases(case):
    sentences = split_sentences(case["text"])
    assert [s.text for s in sentences] == case["sentences"], case["why"]
    for sentence in sentences:
        assert case["text"][sentence.start : sentence.end] == sentence.text


def test_sentence_offsets_and_paragraphs_on_seeds(seed_articles):
    for article in seed_articles:
        assert article.sentences, article.source
        previous_end = 0
        for index, sentence in enumerate(article.sentences):
            assert sentence.index == index
            assert article.text[sentence.start : sentence.end] == sentence.text
            assert sentence.start >= previous_end
            assert sentence.text == sentence.text.strip()
            previous_end = sentence.end


def test_words_keep_inner_punctuation():
    text = "Japan’s U.S.-backed $550 billion fund, 15% tariffs."
    words = [text[s:e] for s, e in word_spans(text)]
    assert words == ["Japan’s", "U.S.-backed", "550", "billion", "fund", "15", "tariffs"]
    assert count_words(text) == 7


def test_paragraph_spans_trim_blank_lines():
    text = "  Title \n\n Body one.\nBody two.  "
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["Title", "Body one.", "Body two."]
