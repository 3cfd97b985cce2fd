"""One count of loaded verbs of saying: the table, the marks on the page and the worksheet agree.

A loaded verb of saying reports a quotation or a claim and colours it ("claimed", "insisted")
where "said" would be neutral. An adverb of how someone spoke ("very loudly claiming") colours
the speech too but is no verb: it is its own kind and not counted as one. The side-by-side
measure ``loaded.saying_verbs``, the marks of report.html, the loaded-words list of report.md
and the worksheet's answer all read the same loaded words, so they must give the same number.
"""

from __future__ import annotations

import re

import pytest

from biaslens import loaded
from biaslens.corpus import article_from_text, make_story
from biaslens.extractors import build_extractors
from biaslens.pipeline import analyse_story
from biaslens.report import build_report

# Real-style coverage of one event: the first outlet colours two reports of speech (a claim
# reported in a relative clause and one after an adverb of manner) and uses other loaded words;
# the second reports the same with "said".
COLOURED = (
    "Trump Abandons Debate He Was to Moderate\n\n"
    "Donald Trump said Tuesday that he was ending the debate because he did not want to \"give up my right to "
    "run as an independent candidate,\" which he claimed the Republican Party was asking him to do.\n\n"
    "Trump made waves by very loudly claiming he was considering running as a Republican earlier in the year.\n\n"
    "The bizarre spectacle drew ridicule from a shameless parade of rivals, who said the debate was a circus.\n\n"
    "The real estate mogul has flirted with running for president several times since the 1980s."
)
PLAIN = (
    "Trump Drops Plan to Moderate Debate\n\n"
    "Donald Trump said Tuesday that he would not moderate the debate because he wanted to keep the option of "
    "running as an independent candidate.\n\n"
    "Trump said earlier in the year that he was considering running as a Republican.\n\n"
    "Several candidates had declined to take part in the debate, which was planned for December.\n\n"
    "Trump has considered running for president several times since the 1980s.\n\n"
    "\"I am not stepping aside,\" Trump maintained in a statement."
)


@pytest.fixture(scope="module")
def built() -> tuple[object, dict[str, bytes]]:
    """The analysis and the report files of the two articles, every extractor on."""
    story = make_story([article_from_text(COLOURED, "coloured.txt"), article_from_text(PLAIN, "plain.txt")])
    analysis = analyse_story(story, build_extractors())
    return analysis, build_report(analysis)


def test_an_adverb_of_manner_is_its_own_kind_not_a_verb_of_saying():
    text = "Trump made waves by very loudly claiming he was considering running as a Republican."
    words = loaded.analyse_sentence(text, 0, len(text), []).words
    kinds = {w.text: w.kind for w in words}
    assert kinds.get("loudly") == loaded.MANNER_KIND
    assert kinds.get("claiming") == loaded.SAYING_KIND
    assert "how someone spoke" in next(w.note for w in words if w.text == "loudly")


def test_table_marks_and_worksheet_count_the_same_verbs(built):
    analysis, files = built
    page = files["report.html"].decode("utf-8")
    markdown = files["report.md"].decode("utf-8")
    answers = files["worksheet_answers.md"].decode("utf-8")
    sections = [part.split("</article>")[0] for part in re.split(r'<article class="article" id="a\d+"', page)[1:]]
    row = next(line for line in markdown.splitlines() if line.startswith("| Loaded verbs of saying |"))
    cells = [cell.strip() for cell in row.strip("|").split("|")][1:-1]
    counts = []
    for article, section, cell in zip(analysis.articles, sections, cells, strict=True):
        verbs = [i for i in article.items("loaded") if i.attrs.get("kind") == loaded.SAYING_KIND]
        marks = section.count('title="Loaded word: Loaded verb of saying: ')
        assert article.value("loaded.saying_verbs") == len(verbs) == marks == int(cell)
        counts.append(len(verbs))
    assert counts == [2, 0]  # "claimed", "claiming"; "loudly" is no verb, "said" is neutral
    # The worksheet asks about the outlet with more loaded words and names each word's kind.
    answer = next(line for line in answers.splitlines() if re.search(r"In its own words .+ has \d+: ", line))
    assert answer.count("(loaded verb of saying") == 2
    assert "“loudly” (adverb of how someone spoke)" in answer
    assert "“loudly” (loaded verb of saying)" not in markdown + answers


def test_quotation_notes_and_reporting_verbs_call_loaded_only_the_marked_verbs(built):
    """The quotation's note on the page and report.md's list of reporting verbs say "loaded"
    exactly for the verbs marked (and counted) as loaded verbs of saying, never from a second list."""
    analysis, files = built
    page = files["report.html"].decode("utf-8")
    section = files["report.md"].decode("utf-8").split("### Reporting verbs", 1)[1].split("Loaded verbs of saying are", 1)[0]
    notes = re.findall(r'title="Quotation[^"]*Reporting verb \u201c([^\u201d]+)\u201d( \(loaded verb of saying\))?', page)
    assert ("maintained", "") in notes  # on the verb list, but not marked here: not called loaded
    for article, line in zip(analysis.articles, [l for l in section.splitlines() if l.startswith("- ")], strict=True):
        marked = {" ".join(i.text.lower().split()) for i in article.items("loaded")
                  if i.attrs.get("kind") == loaded.SAYING_KIND}
        bold = set(re.findall(r"\*\*([^*]+)\*\*", line))
        assert bold <= marked
        counted = sum(int(n) for v, n in re.findall(r"\*\*([^*]+)\*\* ×(\d+)", line))
        assert counted <= article.value("loaded.saying_verbs")
    for verb, said_loaded in notes:
        quotes = [q for a in analysis.articles for q in a.items("quote") if q.attrs.get("verb") == verb]
        spans = {(i.start, i.end) for a in analysis.articles for i in a.items("loaded")
                 if i.attrs.get("kind") == loaded.SAYING_KIND}
        assert bool(said_loaded) == any(tuple(q.attrs["verb_span"]) in spans for q in quotes)
