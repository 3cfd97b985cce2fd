"""Loading and cleaning: formats, metadata, outlets, boilerplate, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biaslens.corpus import article_from_text, clean_text, load_articles, load_file, split_header
from biaslens.errors import InputError
from conftest import seed


def test_seed_outlets_come_from_text_or_file_name(seed_articles):
    outlets = {a.source: (a.outlet, a.outlet_from) for a in seed_articles}
    assert outlets["000_4a847db2cd6cd800.txt"] == ("Invezz", "text")
    assert outlets["004_6721beb3c61dc58e.txt"] == ("IBTimes", "text")
    # The other three never name themselves: they are labelled from the file name, not guessed.
    for name in ("001_87dd44b2c67794ab", "002_8df9b8a8ae368447", "003_40883486e6defa7d"):
        assert outlets[f"{name}.txt"] == (name, "file name")


def test_seed_boilerplate_removed_and_recorded(seed_articles):
    a001 = seed(seed_articles, "001")
    reasons = [r.reason for r in a001.removed]
    assert reasons.count("repeated headline") == 2
    for furniture in ("Also Read:", "Read More:", "Post a Comment", "0 Comments"):
        assert furniture not in a001.text
        assert any(r.text == furniture for r in a001.removed)
    a004 = seed(seed_articles, "004")
    assert "pic.twitter.com" not in a004.text and "(@MargoMartin47)" not in a004.text
    assert "© Copyright IBTimes" not in a004.text
    # Real reporting about the tweet stays.
    assert "A video shared by Trump's aide Margo Martin" in a004.text
    a000 = seed(seed_articles, "000")
    assert "appeared first on" not in a000.text
    assert a000.title == "Inside Trump’s Japan visit: Nobel Prize push, rare earths deal and more"


def test_headline_is_first_line_and_has_offsets(seed_articles):
    a001 = seed(seed_articles, "001")
    assert a001.title_span == (0, len(a001.title))
    assert a001.text.startswith(a001.title)
    assert all(s.start >= a001.title_span[1] for s in a001.body_sentences)
    # A first line that is a full sentence is body text, not a headline.
    assert seed(seed_articles, "002").title_span is None


def test_cleaning_keeps_lines_that_only_resemble_boilerplate():
    text = "Officials read more than 40 reports.\nThe post office reopened on Monday.\nComments from voters were mixed."
    cleaned = clean_text(text)
    assert cleaned.text == text
    assert cleaned.removed == ()


def test_print_edition_line_is_page_furniture():
    # Acceptance read, session 2: a newspaper's print note became a key finding ("Only nyt
    # reports 'A16'") and only-here details from the old print headline.
    text = ("Biden and Ryan met for their only debate.\nThe two sparred over taxes.\n"
            "A version of this article appears in print on October 12, 2012, on page A16 of the New York "
            "edition with the headline: Night of Ripostes.")
    cleaned = clean_text(text)
    assert cleaned.text == "Biden and Ryan met for their only debate.\nThe two sparred over taxes."
    assert [r.reason for r in cleaned.removed] == ["print-edition line"]
    kept = "A version of this article was read by millions, officials said."
    assert clean_text(kept).text == kept


def test_text_header_and_front_matter():
    meta, body = split_header("title: Deal signed\noutlet: Daily Example\npublished: 2025-10-28\n\nBody here.")
    assert meta == {"title": "Deal signed", "outlet": "Daily Example", "published": "2025-10-28"}
    assert body.strip() == "Body here."
    meta, body = split_header("---\ntitle: T\nsource: Wire\n---\nText.")
    assert meta == {"title": "T", "outlet": "Wire"} and body == "Text."
    # A first line that merely contains a colon is not a header.
    meta, body = split_header("Breaking: deal signed\nMore text.")
    assert meta == {} and body.startswith("Breaking")


def test_metadata_outlet_wins_over_text():
    article = article_from_text("Text.\nThe post X appeared first on Invezz", "a.txt", {"outlet": "Invezz Daily"})
    assert (article.outlet, article.outlet_from) == ("Invezz Daily", "metadata")


def test_json_jsonl_and_manifest(tmp_path: Path):
    (tmp_path / "one.json").write_text(json.dumps({"title": "T1", "outlet": "A", "text": "First body. It is short."}))
    (tmp_path / "many.jsonl").write_text(
        "\n".join(json.dumps({"title": f"T{i}", "text": f"Body {i} here."}) for i in (2, 3)), encoding="utf-8"
    )
    (tmp_path / "plain.txt").write_text("Plain body text. Second sentence.", encoding="utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps({"story": {"title": "S"}, "files": {"plain.txt": {"outlet": "Wire"}}}))
    loaded = load_articles([tmp_path])
    assert not loaded.problems
    by_source = {a.source: a for a in loaded.articles}
    assert set(by_source) == {"one.json", "many.jsonl#1", "many.jsonl#2", "plain.txt"}
    assert by_source["one.json"].title == "T1" and by_source["one.json"].outlet == "A"
    assert by_source["plain.txt"].outlet == "Wire"
    assert loaded.story == {"title": "S"}


def test_html_main_text_and_metadata(tmp_path: Path):
    html = """<html><head><title>Leaders sign minerals pact | Example News</title>
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2025-10-28T09:00:00Z"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Leaders sign minerals pact</h1>
    <p>Japan and the United States signed a framework on rare earths in Tokyo on Tuesday, officials said.</p>
    <p>The agreement aims to secure supply chains for magnets and batteries over the next six months.</p>
    <p>Analysts believe the deal will reduce reliance on Chinese exports of processed minerals.</p>
    </article><div class="comments"><p>Great article! Visit my site.</p></div><footer>© Example News</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    [article], _ = load_file(path)
    assert article.outlet == "Example News"
    assert "signed a framework on rare earths" in article.text
    assert "Visit my site" not in article.text and "Home | World" not in article.text
    assert article.published.startswith("2025-10-28")


@pytest.mark.parametrize(
    "name, data, problem",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary file"),
        ("furniture.txt", b"Read More:\nPost a Comment\n0 Comments\n", "empty article"),
        ("broken.json", b"{\"text\": \"unterminated", "invalid JSON"),
        ("wrong.json", b"{\"body\": \"no text key\"}", "needs an object"),
    ],
)
def test_bad_files_give_one_line_naming_the_file(tmp_path: Path, name, data, problem):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as error:
        load_file(path)
    message = str(error.value)
    assert message.startswith(name + ":") and problem in message and "\n" not in message


def test_non_utf8_is_decoded_with_a_warning(tmp_path: Path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Café owners in Málaga said prices rose. They were worried.".encode("cp1252"))
    [article], warnings = load_file(path)
    assert "Café owners in Málaga" in article.text
    assert warnings and "not valid UTF-8" in warnings[0] and "latin.txt" in warnings[0]


def test_bad_file_does_not_stop_the_rest(tmp_path: Path):
    (tmp_path / "good.txt").write_text("A real article body. With two sentences.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02")
    missing = tmp_path / "missing.txt"
    loaded = load_articles([tmp_path, missing])
    assert [a.source for a in loaded.articles] == ["good.txt"]
    assert sorted(p.source for p in loaded.problems) == sorted(["bad.txt", str(missing)])


def test_same_input_same_fingerprint_and_ids(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Body one. Body two.", encoding="utf-8")
    first, second = load_articles([tmp_path]), load_articles([tmp_path])
    assert first.fingerprint == second.fingerprint
    assert first.articles == second.articles
    (tmp_path / "a.txt").write_text("Body one. Body three.", encoding="utf-8")
    assert load_articles([tmp_path]).fingerprint != first.fingerprint


def test_repeated_paragraph_index_agrees_with_comparing_all_pairs():
    """Unmarked pull quotes: the trigram index drops exactly what comparing every pair dropped."""
    import random

    from biaslens.corpus import _norm, drop_repeated_paragraphs

    def all_pairs(text):
        lines = text.split("\n")
        normalised = [_norm(line) for line in lines]
        kept = [
            line for i, line in enumerate(lines)
            if not (5 <= len(normalised[i].split()) <= 60 and any(
                j != i and len(other) > len(normalised[i]) and normalised[i] in other for j, other in enumerate(normalised)))
        ]
        return "\n".join(kept)

    rng = random.Random(7)
    vocab = ["rain", "fell", "rainfall", "on", "the", "city", "“we", "never", "saw", "this”", "said", "mayor"]
    for _ in range(500):
        lines = [" ".join(rng.choice(vocab) for _ in range(rng.randint(3, 14))) for _ in range(6)]
        for _ in range(3):  # pieces of other lines, cut mid-word at either end
            source = rng.choice(lines)
            lines.append(source[rng.randint(0, 3): len(source) - rng.randint(0, 3)])
        rng.shuffle(lines)
        text = "\n".join(lines)
        assert drop_repeated_paragraphs(text)[0] == all_pairs(text), text
