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


# A live blog as a wire agency sends it: a separator line, then a time stamp, over each entry.
LIVE_BLOG = (
    "MANCHESTER, N.H. (AP) — The Latest on the race for the White House (all times local):\n"
    "___.\n"
    "3:40 p.m.\n"
    "The first votes will be counted Tuesday in three tiny communities. Polls there close at 12:05 a.m.\n"
    "___.\n"
    "11: 06 a.m.\n"
    "Hillary Clinton says her rival accepted donations from Wall Street.\n"
)


def test_live_blog_time_stamps_and_separators_are_no_sentences():
    from biaslens.text import SEPARATOR_REASON, TIME_STAMP_REASON, furniture_line, time_stamp_spans

    sentences = [s.text for s in split_sentences(LIVE_BLOG)]
    assert "___." not in sentences and "3:40 p.m." not in sentences and "11: 06 a.m." not in sentences
    # A sentence that mentions a time is a sentence.
    assert "Polls there close at 12:05 a.m." in sentences
    assert furniture_line("3:40 p.m.") == TIME_STAMP_REASON and furniture_line("9:05 p.m. ET") == TIME_STAMP_REASON
    assert furniture_line("* * *") == SEPARATOR_REASON and furniture_line("___") == SEPARATOR_REASON
    assert furniture_line("The polls close at 8 p.m.") is None and furniture_line("At 3:40 p.m.") is None
    assert [LIVE_BLOG[lo:hi] for lo, hi in time_stamp_spans(LIVE_BLOG)] == ["3:40 p.m.", "11: 06 a.m."]


def test_kickers_in_capitals_and_name_heads_are_headings():
    from biaslens.text import is_heading, is_subheading_line

    for head in ("INTENSE CAMPAIGNING ON BOTH SIDES.", "WHAT’S BREWING.", "Sanders: Win in a walk.",
                 "Bush: Survive to S.C.", "Trump: MOVE PAST Iowa."):
        assert is_heading(head) and is_subheading_line(head), head
    # A line in capitals that someone shouted or wrote, and a transcript's line, are sentences.
    for sentence in ("“WE WANT TRUMP!”", "BUILD THE WALL!", "Clinton: I think we will win.", "A: Not yet.",
                     "Matthews: Well, speculation is bad.", "A: Yes, absolutely.",
                     "Washington: The president signed the bill into law on Tuesday.", "U.S."):
        assert not is_heading(sentence) and not is_subheading_line(sentence), sentence


def test_a_stop_punkt_reads_as_an_abbreviation_still_ends_a_sentence():
    text = ("He has built formidable organizations in Super Tuesday states, especially across the South. "
            "His religious-tinged message is likely to resonate better there.")
    assert [s.text for s in split_sentences(text)] == [
        "He has built formidable organizations in Super Tuesday states, especially across the South.",
        "His religious-tinged message is likely to resonate better there."]
    # Titles before a name are no stop: "Sen. His" is not written, and "Mr." is kept with its name.
    assert len(split_sentences("The talks with Sen. Roy Blunt and Mr. Kasich ended. The aides left.")) == 2
