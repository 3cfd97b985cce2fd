"""The report: files, JSON layout, evidence offsets, determinism and safety of rendered text."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from biaslens.app import report_from_paths
from biaslens.corpus import article_from_text, make_story
from biaslens.extractors import build_extractors
from biaslens.pipeline import analyse_story
from biaslens.report import build_report, write_files
from biaslens.report.context import md_text
from conftest import SEEDS


def test_report_files_and_json_layout(tmp_path: Path):
    run = report_from_paths([SEEDS])
    assert {"report.md", "report.json", "features.csv", "charts/tone_sentences.svg", "charts/readability.svg"} <= set(run.files)
    data = json.loads(run.files["report.json"])
    assert [a["source"] for a in data["articles"]] == sorted(p.name for p in SEEDS.glob("*.txt"))
    names = [f["name"] for f in data["features"]]
    for article in data["articles"]:
        assert {"id", "source", "outlet", "title", "text", "sentences", "features"} <= set(article)
        for sentence in article["sentences"]:
            assert article["text"][sentence["start"] : sentence["end"]].strip()
        assert list(article["features"]) == names
        for feature in article["features"].values():
            for span in feature["evidence"]:
                assert article["text"][span["start"] : span["end"]] == span["text"]
            assert feature["explanation"]
    manifest = data["manifest"]
    assert manifest["dependencies"]["textstat"] == "0.7.8"
    assert manifest["dependencies"]["vaderSentiment"] == "3.3.2"
    assert len(manifest["input_fingerprint"]) == 64
    rows = list(csv.DictReader(io.StringIO(run.files["features.csv"].decode())))
    assert len(rows) == 5 and set(names) <= set(rows[0])


def test_report_is_byte_for_byte_reproducible(tmp_path: Path):
    first = report_from_paths([SEEDS]).files
    second = report_from_paths([SEEDS]).files
    assert first.keys() == second.keys()
    for name in first:
        assert first[name] == second[name], name
    svg = first["charts/tone_sentences.svg"].decode()
    assert "<dc:date>" not in svg


def test_report_md_explains_and_lists_removed_text():
    run = report_from_paths([SEEDS])
    markdown = run.files["report.md"].decode()
    assert "## Side by side" in markdown and "Higher means" in markdown
    assert "## What was removed before analysis" in markdown and "Post a Comment" in markdown
    assert "vaderSentiment 3.3.2" in markdown and "textstat 0.7.8" in markdown
    assert "![" in markdown and "charts/tone_sentences.svg" in markdown
    assert not any(name.endswith(".png") for name in run.files)  # one format: SVG


def test_one_article_says_there_is_nothing_to_compare():
    article = article_from_text("Leaders met in Tokyo. They signed a deal.", "only.txt", {"outlet": "Wire"})
    analysis = analyse_story(make_story([article]), build_extractors())
    markdown = build_report(analysis)["report.md"].decode()
    assert "nothing to compare" in markdown


def test_untrusted_text_cannot_inject_markup():
    hostile = (
        "Officials met <script>alert(1)</script> today.\n"
        "See [this link](http://evil.example) and ![x](http://evil.example/x.png) now.\n"
        "A | table | break <!-- hidden --> and <img src=x onerror=alert(1)> here."
    )
    article = article_from_text(hostile, "hostile.txt", {"outlet": "Bad <b>Outlet</b>"})
    analysis = analyse_story(make_story([article]), build_extractors())
    markdown = build_report(analysis)["report.md"].decode()
    for raw in ("<script>", "[this link](", "![x](", "<img", "<!--", "<b>"):
        # Escaped ("\\<img") is inert text; only an unescaped occurrence could act as markup.
        assert not re.search(r"(?<!\\)" + re.escape(raw), markdown), raw
    assert md_text("a|b") == "a\\|b"


def test_write_files_is_atomic_and_drops_stale_charts(tmp_path: Path):
    (tmp_path / "charts").mkdir()
    (tmp_path / "charts" / "old.png").write_bytes(b"stale")
    write_files({"report.md": b"# new\n", "charts/new.png": b"png"}, tmp_path)
    assert (tmp_path / "report.md").read_bytes() == b"# new\n"
    assert not (tmp_path / "charts" / "old.png").exists()
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_written_files_follow_the_umask_not_private(tmp_path: Path):
    import os

    old = os.umask(0o022)
    try:
        write_files({"report.md": b"# r\n"}, tmp_path)
    finally:
        os.umask(old)
    assert (tmp_path / "report.md").stat().st_mode & 0o777 == 0o644


def test_report_md_rendered_by_github_markdown_has_no_article_links_or_html():
    """Render report.md with GitHub's own parser: article text yields no link, image or tag."""
    cmarkgfm = __import__("pytest").importorskip("cmarkgfm")
    hostile = (
        "Officials met today <script>alert(1)</script> in the capital.\n"
        "Read [the memo](http://evil.example/memo) and see ![x](http://evil.example/x.png) here.\n"
        "Write to press@evil.example or visit www.evil.example and http://evil.example/y for more.\n"
        "A | table | break <!-- hidden --> and <img src=x onerror=alert(1)> ended the day."
    )
    article = article_from_text(hostile, "hostile.txt", {"outlet": "Bad <b>Outlet</b>"})
    analysis = analyse_story(make_story([article]), build_extractors())
    html = cmarkgfm.github_flavored_markdown_to_html(build_report(analysis)["report.md"].decode())
    assert "evil.example" in html  # the text is there, shown as text
    assert not re.search(r"<a [^>]*evil", html) and "mailto:" not in html
    assert "<img" not in html.replace("<img src=\"charts/", "")  # only the report's own charts
    for tag in ("<script", "<b>", "<!--"):
        assert tag not in html


def test_report_md_shows_a_detail_said_elsewhere_beside_the_other_sentence():
    # A teacher sees both sentences before deciding whether "political mentor" is unique
    # (issue #13): seed 003's "his political mentor" beside seed 004's "her late mentor".
    markdown = report_from_paths([SEEDS]).files["report.md"].decode()
    section = markdown.split("**Check by hand: maybe said in other words.**", 1)[1].split("\n### ", 1)[0]
    line = next(line for line in section.splitlines() if line.startswith("- “political mentor”"))
    assert "political mentor" in line and "late mentor" in line


def test_phrases_are_shown_as_wording_in_every_view():
    # Issue #13: a phrase is never "only here"; report.md and report.html list it under its own
    # heading with the one-line explanation, report.json under comparison.wording_only_in.
    from biaslens.compare import WORDING_ONLY_EXPLANATION

    files = report_from_paths([SEEDS]).files
    markdown = files["report.md"].decode()
    only_here = markdown.split("### Only here", 1)[1].split("**Wording only this outlet uses.**", 1)
    assert len(only_here) == 2 and "- phrase:" not in only_here[0]
    data = json.loads(files["report.json"])
    by_id = {d["id"]: d["text"] for d in data["comparison"]["details"]}
    first = next(by_id[ids[0]] for ids in data["comparison"]["wording_only_in"].values() if ids)
    wording = only_here[1].split("**Check by hand", 1)[0]
    assert f"- “{first}”" in wording
    html = files["report.html"].decode()
    assert "<h3>Wording only this outlet uses</h3>" in html and "may tell the same thing in other words" in html
    assert data["comparison"]["wording_only_explanation"] == WORDING_ONLY_EXPLANATION
    assert any(data["comparison"]["wording_only_in"].values())


def test_who_is_quoted_counts_quotations_and_says_json_lists_their_pieces():
    # An interrupted quotation is one quotation in the table but two records in report.json
    # (read on PolNeAR: wash-post's Stevens, Gingrich and Bennett quotations): the table says so.
    a = article_from_text(
        "Mayor backs the plan\n\n\u201cWe will build it,\u201d Mayor Jane Ortiz said on Monday, \u201cand we will pay for it.\u201d "
        "The council meets again next week.", "a.txt", {"outlet": "Daily"})
    b = article_from_text(
        "Council weighs the plan\n\nMayor Jane Ortiz said the city would build the bridge. "
        "\u201cIt is too costly,\u201d council member Tom Reyes said.", "b.txt", {"outlet": "Herald"})
    analysis = analyse_story(make_story([a, b]), build_extractors())
    files = build_report(analysis)
    markdown = files["report.md"].decode()
    table = markdown.split("### Who is quoted by which outlet\n", 1)[1].split("\n### ", 1)[0]
    assert "counts quotations" in table and "quote_id" in table
    assert re.search(r"\| Jane Ortiz \| 1 \| 0 \|", table)
    pieces = [q for q in json.loads(files["report.json"])["articles"][0]["quotes"] if q.get("speaker") == "Jane Ortiz"]
    assert len(pieces) == 2 and len({q["quote_id"] for q in pieces}) == 1
