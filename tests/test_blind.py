"""Blind mode: outlets become "Outlet A", "Outlet B" ... everywhere, offsets stay true.

Cases use the real seeds (two outlets named by their own footers: Invezz, IBTimes) and short
articles that name their outlet in a body sentence, the way syndicated copy often does.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from biaslens.app import report_from_paths
from biaslens.blind import answer_key_markdown, blind_articles, letter_order, letters, outlet_names
from biaslens.corpus import article_from_text


SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_OUTLETS = ("Invezz", "IBTimes")
SEED_FILES = ("000_4a847db2cd6cd800", "001_87dd44b2c67794ab", "002_8df9b8a8ae368447", "003_40883486e6defa7d", "004_6721beb3c61dc58e")


@pytest.fixture(scope="module")
def blind_run():
    """The seeds reported in blind mode, the way `biaslens report --blind` does it."""
    return report_from_paths([SEEDS], blind=True)


def _every_string(article) -> str:
    parts = [article.source, article.outlet, article.title, article.text, article.url, *article.warnings]
    parts += [r.text for r in article.removed]
    return "\n".join(parts)


def test_letters_run_past_z():
    assert letters(3) == ["A", "B", "C"]
    assert letters(28)[-3:] == ["Z", "AA", "AB"]


def test_seed_outlets_disappear_from_metadata_text_and_removed_lines(seed_articles):
    result = blind_articles(seed_articles)
    assert [a.outlet for a in result.articles] == ["Outlet A", "Outlet B", "Outlet C", "Outlet D", "Outlet E"]
    assert [a.source for a in result.articles] == [f"article-{x}.txt" for x in "ABCDE"]
    for article in result.articles:
        text = _every_string(article)
        for name in SEED_OUTLETS + SEED_FILES:
            assert name.lower() not in text.lower(), (article.source, name)
        assert article.outlet_from == "blind label"
    # The footers were removed by cleaning and now read with the label, not the outlet.
    removed = [r.text for a in result.articles for r in a.removed]
    assert any("appeared first on Outlet" in r for r in removed)
    assert any(r.startswith("© Copyright Outlet") for r in removed)


def test_letter_order_follows_text_hash_not_outlet_or_file_name(seed_articles):
    result = blind_articles(seed_articles)
    by_hash = sorted(seed_articles, key=lambda a: hashlib.sha256(("\0" + a.text).encode()).hexdigest())
    assert [e.original_source for e in result.key] == [a.source for a in by_hash]
    # On the seeds this order is not the file-name order (which would reveal the input layout).
    assert [e.original_source for e in result.key] != sorted(a.source for a in seed_articles)
    assert result == blind_articles(seed_articles)  # deterministic
    assert [a.source for a in letter_order(seed_articles, salt="other class")] != [a.source for a in by_hash]


def test_offsets_index_the_final_text(seed_articles):
    for article in blind_articles(seed_articles).articles:
        for sentence in article.sentences:
            assert article.text[sentence.start : sentence.end] == sentence.text
        if article.title_span:
            assert article.text[slice(*article.title_span)] == article.title


def test_outlet_named_in_a_body_sentence_is_replaced():
    # Realistic self-reference in the body, a web address, and another outlet cited as source.
    a = article_from_text(
        "Japan signs rare earths pact\nTokyo and Washington signed the pact, IBTimes has learned.\n"
        "Read the full text on www.ibtimes.co.uk/japan-pact.\nInvezz reported a similar figure on Monday.",
        "ib.txt",
        {"outlet": "IBTimes", "url": "https://www.ibtimes.co.uk/japan-pact-123"},
    )
    b = article_from_text("Markets rose after the pact was signed. Analysts expect more deals.", "inv.txt", {"outlet": "Invezz"})
    result = blind_articles([a, b])
    label = {e.original_source: e.label for e in result.key}
    blinded = {e.original_source: art for e, art in zip(result.key, sorted(result.articles, key=lambda x: x.source))}
    text = blinded["ib.txt"].text
    assert f"signed the pact, {label['ib.txt']} has learned." in text
    assert f"{label['inv.txt']} reported a similar figure" in text
    assert "ibtimes" not in text.lower()
    assert blinded["ib.txt"].url == ""
    assert next(e for e in result.key if e.original_source == "ib.txt").replacements == 3


def test_common_words_and_file_name_outlets_are_left_alone():
    # "Time" the magazine must not swallow "time"; a file-name outlet ("a") is no real name.
    a = article_from_text("It is time to talk, Time magazine said. Timesheets were late.", "time.txt", {"outlet": "Time"})
    b = article_from_text("A deal was signed in a hurry.", "a.txt")
    result = blind_articles([a, b])
    texts = sorted(x.text for x in result.articles)
    assert any("It is time to talk, Outlet" in t and "Timesheets were late." in t for t in texts)
    assert "A deal was signed in a hurry." in texts
    assert outlet_names(b) == ()


def test_cli_blind_run_hides_outlets_in_every_file_but_the_answer_key(blind_run):
    files = blind_run.files
    assert {"report.md", "report.html", "report.json", "worksheet.md", "worksheet_answers.md", "answer_key.md"} <= set(files)
    for name, data in files.items():
        if name == "answer_key.md" or name.endswith(".png"):
            continue
        text = data.decode("utf-8").lower()
        for outlet in SEED_OUTLETS + SEED_FILES:
            assert outlet.lower() not in text, (name, outlet)
    key = files["answer_key.md"].decode("utf-8")
    assert "| Outlet C | Invezz |" in key and "| Outlet E | IBTimes |" in key
    assert json.loads(files["report.json"])["manifest"]["blind"] is True
    assert b"Blind mode" in files["report.html"]


def test_blind_report_offsets_are_true(blind_run):
    data = json.loads(blind_run.files["report.json"])
    for article in data["articles"]:
        for feature in article["features"].values():
            for span in feature["evidence"]:
                assert article["text"][span["start"] : span["end"]] == span["text"]
        for key in ("quotes", "hedges"):
            for item in article.get(key, []):
                assert article["text"][item["start"] : item["end"]] == item["text"]


def test_answer_key_lists_every_label(seed_articles):
    result = blind_articles(seed_articles)
    key = answer_key_markdown(result, "Story")
    for entry in result.key:
        assert f"| {entry.label} |" in key
    assert "unknown (001" in key  # outlets only known from a file name are marked as such
