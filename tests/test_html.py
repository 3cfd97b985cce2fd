"""report.html: safe with hostile article text, highlights nested correctly, same bytes each run."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest

from biaslens.corpus import article_from_text, make_story
from biaslens.records import ArticleAnalysis, ExtractorOutput, FeatureScore, Item, StoryAnalysis
from biaslens.report import build_report
from biaslens.report.context import ReportContext
from biaslens.report.html import CSP, Highlight, SpeakerColours, collect_highlights, render_article_text, render_html
from biaslens.report.worksheet import read_comparison

# Article text an attacker controls: script, event handler, markdown link and image, HTML comment.
HOSTILE = (
    "Officials <script>document.title='PWNED';document.body.append(Object.assign(document.createElement('p'),{id:'pwned'}))</script> met on Tuesday.\n"
    "The minister said <img src=x onerror=\"document.title='PWNED'\"> the deal may be signed soon, according to Reuters.\n"
    "Read [the full text](http://evil.example/x) and see ![chart](http://evil.example/c.png) now.\n"
    "Nothing to see <!-- hidden comment --> here, \"we will win\", Trump said."
)
HOSTILE_META = {"outlet": "<b onmouseover=alert(1)>Evil Times</b>", "title": "<i>Deal</i> [signed](javascript:alert(1))"}


class _Tags(HTMLParser):
    """Collects start tags and checks that every opened element closes in order."""

    VOID = {"meta", "img", "br", "hr", "link", "input"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.comments: list[str] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()

    def handle_comment(self, data):  # type: ignore[no-untyped-def]
        self.comments.append(data)


def parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], parser.stack
    return parser


@pytest.fixture(scope="module")
def hostile_files():
    from biaslens.compare import compare_story as compare
    from biaslens.extractors import build_extractors
    from biaslens.pipeline import analyse_story

    bad = article_from_text(HOSTILE, "bad.txt", HOSTILE_META)
    good = article_from_text(
        "Japan and the US signed a minerals pact on Tuesday.\nThe minister said it is expected to boost supply.",
        "good.txt",
        {"outlet": "Good Daily"},
    )
    analysis = analyse_story(make_story([bad, good]), build_extractors())
    files = build_report(analysis, compare(analysis), {"biaslens": "test"})
    files["_analysis"] = analysis  # type: ignore[assignment]
    return files


def test_hostile_text_cannot_inject_markup_into_html(hostile_files):
    page = hostile_files["report.html"].decode("utf-8")
    tags = parse(page)
    names = {tag for tag, _ in tags.tags}
    assert "script" not in names
    assert all(attrs.get("src", "").startswith("data:") for tag, attrs in tags.tags if tag == "img")
    assert not any(k.startswith("on") for _, attrs in tags.tags for k in attrs)
    assert not any((attrs.get("href") or "#").split("#")[0] for tag, attrs in tags.tags if tag == "a")  # in-page only
    assert tags.comments == []
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=" in page and "&lt;!-- hidden comment --&gt;" in page
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP}">' in page
    assert "default-src 'none'" in CSP and "img-src data:" in CSP


def test_hostile_text_cannot_inject_into_markdown_or_worksheets(hostile_files):
    for name in ("report.md", "worksheet.md", "worksheet_answers.md"):
        text = hostile_files[name].decode("utf-8")
        assert not re.search(r"(?<!\\)<(script|img|!--|b |i>)", text), name
        assert not re.search(r"(?<!\\)\]\((http|javascript)", text), name
        assert "![chart](" not in text, name


def _analysis_with_items():
    text = "Trump met Takaichi. “We are allies,” Trump said, according to Reuters.\nThe deal may be historic."
    article = article_from_text(text, "a.txt", {"outlet": "Alpha"})
    t = article.text
    quote = Item("quote", t.index("We are"), t.index("allies") + 6, "We are allies",
                 {"speaker": "Donald Trump", "verb": "said", "verb_stance": "neutral", "kind": "full", "quote_id": 0})
    hedge = Item("hedge", t.index("according to Reuters"), t.index("according to Reuters") + 20, "according to Reuters",
                 {"cue_kind": "sourcing", "cue": "according to", "source": "Reuters", "source_type": "named"})
    may = Item("hedge", t.index("may"), t.index("may") + 3, "may", {"cue_kind": "epistemic", "cue": "may"})
    booster = Item("hedge", t.index("historic"), t.index("historic") + 8, "historic", {"cue_kind": "booster", "cue": "historic"})
    # A finding of a kind no renderer knows yet: shown as "other", not dropped.
    frame = Item("frame", 0, 5, "Trump", {"note": "conflict frame"})
    tone = Item("sentence_tone", 0, len("Trump met Takaichi."), "Trump met Takaichi.", {"vader": 0.0})
    output = ExtractorOutput("x", (FeatureScore("x.n", 1.0, (), 1, "one"),), (quote, hedge, may, booster, frame, tone))
    analysed = ArticleAnalysis(article, (output,))
    return StoryAnalysis(make_story([article]), (analysed,), ())


def test_items_become_categorised_highlights_with_notes():
    analysis = _analysis_with_items()
    page = render_html(ReportContext(analysis)).decode("utf-8")
    parse(page)
    for css in ("hl-quote spk-0", "hl-sourcing", "hl-epistemic", "hl-booster", "hl-other"):
        assert css in page, css
    assert "[1: frame]" in page and "conflict frame" in page
    assert "speaker: Donald Trump" in page and "Reporting verb" in page
    # Notes are reachable from the text and back, by keyboard (links), and described for screen readers.
    for n in range(1, 6):
        assert f'id="a1-n{n}"' in page and f'href="#a1-n{n}" aria-describedby="a1-n{n}"' in page
    assert "sentence_tone" not in page  # whole-sentence tone is in the charts, not highlighted
    assert "not measured in this report" in page  # no comparison: only-here and conflicts say so


def test_crossing_highlights_nest_and_keep_the_text():
    article = article_from_text("Alpha beta gamma delta epsilon.\nZeta eta theta.", "x.txt", {"outlet": "X"})
    t = article.text
    hls = [
        Highlight(t.index("beta"), t.index("delta") + 5, "quote", "q", "spk-0", "A"),
        Highlight(t.index("gamma"), t.index("epsilon") + 7, "only_here", "o"),
        Highlight(t.index("delta"), t.index("theta") + 5, "sourcing", "s"),  # crosses the paragraph end
    ]
    rendered = render_article_text(article, hls, "p")
    parse(f"<div>{rendered}</div>")
    visible = re.sub(r'<span class="sr">.*?</span>|<a class="ref[^>]*>.*?</a>', "", rendered)
    visible = html.unescape(re.sub(r"<[^>]+>", "", visible.replace("</p>\n<p", "</p>\n<p")))
    assert visible == t
    # Each highlight's note link appears exactly once, after its last piece.
    for n in (1, 2, 3):
        assert rendered.count(f'id="p-r{n}"') == 1


def test_wrong_offsets_from_a_comparison_are_skipped():
    article = article_from_text("Trump met Takaichi in Tokyo on Tuesday.", "a.txt", {"outlet": "A"})
    other = article_from_text("The leaders met.", "b.txt", {"outlet": "B"})
    comparison = {
        "details": [
            {"id": "d1", "kind": "entity", "text": "Tokyo", "articles": ["a.txt"],
             "evidence": [{"source": "a.txt", "start": 0, "end": 5, "text": "Tokyo"}]},  # offsets lie
            {"id": "d2", "kind": "date", "text": "Tuesday", "articles": ["a.txt"],
             "evidence": [{"source": "a.txt", "start": 31, "end": 38, "text": "Tuesday"}]},
        ],
        "only_in": {"a.txt": ["d1", "d2"], "b.txt": []},
    }
    analysed = ArticleAnalysis(article, ())
    view = read_comparison(comparison, ("a.txt", "b.txt"))
    found = collect_highlights(analysed, view, {"a.txt": "A", "b.txt": "B"}, SpeakerColours())
    assert [(h.start, h.end, h.category) for h in found] == [(31, 38, "only_here")]


def test_same_input_same_bytes(hostile_files):
    from biaslens.compare import compare_story as compare

    analysis = hostile_files["_analysis"]
    again = build_report(analysis, compare(analysis), {"biaslens": "test"})
    assert again["report.html"] == hostile_files["report.html"]
    assert again["worksheet.md"] == hostile_files["worksheet.md"]


def test_seed_page_has_legend_glossary_charts_and_print_styles(seed_analysis):
    from biaslens.compare import compare_story as compare

    files = build_report(seed_analysis, compare(seed_analysis), {})
    page = files["report.html"].decode("utf-8")
    parse(page)
    assert 'id="legend"' in page and 'id="glossary"' in page and 'id="worksheet"' in page
    assert page.count('<img src="data:image/svg+xml;base64,') >= 2
    assert "@media print" in page
    for category in ("hl-quote", "hl-only_here", "hl-conflict"):
        assert f'class="hl {category}' in page or f" {category}" in page
    # Every article is there in full.
    for analysed in seed_analysis.articles:
        last = analysed.article.sentences[-1].text
        assert html.escape(last.split(" ")[0]) in page


def test_speaker_colours_follow_the_cast_as_md_and_json_do():
    # Issue #12: "Roger J. Stone Jr." in one outlet and "Roger Stone" in another are one voice:
    # one colour and one name in each article's "Quoted here" line, as in report.md and
    # report.json; "Mueller" is a second voice with its own colour, and a bare common noun
    # next to a quote ("suit") is no speaker at all.
    from biaslens.compare import compare_story
    from biaslens.extractors import build_extractors
    from biaslens.pipeline import analyse_story
    from biaslens.report.html import speaker_classes
    from biaslens.report.quotes_section import quotes_section

    articles = [
        article_from_text(
            "Roger J. Stone Jr. met Robert Mueller in Washington on Monday. "
            "\u201cI did nothing wrong at all,\u201d Mr. Stone said. \u201cWe will see,\u201d Mueller said.",
            "a.txt", {"outlet": "Alpha"}),
        article_from_text(
            "Roger Stone spoke to reporters on Monday after meeting Robert Mueller. "
            "\u201cThis is a witch hunt against me,\u201d Roger Stone said. "
            "\u201cThe case is closed for good,\u201d the suit said.",
            "b.txt", {"outlet": "Beta"}),
    ]
    analysis = analyse_story(make_story(articles), build_extractors(["quotes"]))
    comparison = compare_story(analysis)
    ctx = ReportContext(analysis, comparison)
    colours = speaker_classes(ctx)
    quotes = {(a.article.source, q.text): q for a in analysis.articles for q in a.items("quote")}
    stone_a = quotes[("a.txt", "I did nothing wrong at all")]
    stone_b = quotes[("b.txt", "This is a witch hunt against me")]
    mueller = quotes[("a.txt", "We will see")]
    suit = quotes[("b.txt", "The case is closed for good")]
    # The same entity as the JSON's speaker_entity.
    stone = comparison.speaker_of("a.txt", stone_a.start)[0]
    assert stone is not None and comparison.speaker_of("b.txt", stone_b.start)[0] == stone
    assert colours.voice[("a.txt", stone_a.start)] == colours.voice[("b.txt", stone_b.start)] == stone
    assert colours.css("a.txt", stone_a.start) == colours.css("b.txt", stone_b.start) == "spk-0"
    assert colours.css("a.txt", mueller.start) == "spk-1"
    assert colours.css("b.txt", suit.start) == "spk-none"

    page = render_html(ctx).decode("utf-8")
    parse(page)
    name = comparison.cast.entity(stone).name
    voices = re.findall(r'<p class="voices">(.*?)</p>', page)
    assert len(voices) == 2
    # Both articles list the one voice under the cast's name, in the same colour.
    for line in voices:
        assert f'<mark class="hl hl-quote spk-0">{html.escape(name)}</mark> (1)' in line
    assert "speaker unknown</mark> (1)" in voices[1]  # the suit
    assert "speaker: suit" not in page and "is not a person, group, organisation or document" in page
    # report.md names the same voice the same way.
    assert f"| {name} | 1 | 1 |" in quotes_section(ctx)


def test_a_hedge_inside_a_quotation_is_explained_as_the_speakers():
    # The classroom page said "'I believe' signals that the writer is not certain" of Trump's own words.
    text = "“I believe this would have been the most watched debate,” Trump said. The plan may fail."
    article = article_from_text(text, "a.txt", {"outlet": "Alpha"})
    t = article.text
    quote = Item("quote", 1, t.index("debate") + 6, t[1:t.index("debate") + 6],
                 {"speaker": "Donald Trump", "verb": "said", "verb_stance": "neutral", "kind": "full", "quote_id": 0})
    believe = Item("hedge", 1, 10, "I believe", {"cue_kind": "epistemic", "cue": "believe", "quoted": True})
    may = Item("hedge", t.index("may"), t.index("may") + 3, "may", {"cue_kind": "epistemic", "cue": "may", "quoted": False})
    note = FeatureScore("hedging.epistemic_per_100", 1.0, (
        article.span(1, 10, "epistemic", "'I believe' signals that the writer is not certain this is true"),), 2, "x")
    analysed = ArticleAnalysis(article, (ExtractorOutput("hedging", (note,), (quote, believe, may)),))
    found = {(h.start, h.end): h.why for h in collect_highlights(analysed, read_comparison(None, ("a.txt",)), {"a.txt": "Alpha"},
                                                        SpeakerColours())}
    assert "inside a quotation" in found[(1, 10)] and "the speaker is not certain, not the writer" in found[(1, 10)]
    assert "writer is not certain" in found[(t.index("may"), t.index("may") + 3)]  # the outlet's own hedge stays the writer's


def test_every_mark_on_the_page_is_styled_so_a_reader_sees_it(seed_analysis):
    # The label and event-word sentences used a bare <mark>, which the page's reset made invisible.
    from biaslens.compare import compare_story as compare
    from biaslens.report.html import STYLE

    page = build_report(seed_analysis, compare(seed_analysis), {})["report.html"].decode("utf-8")
    marks = re.findall(r"<mark(?: class=\"([^\"]*)\")?>", page)
    assert marks and all(marks), "a <mark> without a class shows nothing"
    for classes in set(marks):
        assert any(f".{c}" in STYLE for c in classes.split() if c != "hl"), classes
    labels = page.split('id="labels"', 1)[1].split("</section>", 1)[0]
    assert '<mark class="words">' in labels and "in bold and underlined" in labels


def test_wire_copy_is_said_beside_the_outlet_in_both_articles_tables():
    # Session 6 (ginsburg): breitbart's text was AP copy ("WASHINGTON (AP) —"); its wording is the
    # agency's, so "The articles" says so beside the outlet, in report.html as in report.md.
    from biaslens.compare import compare_story
    from biaslens.extractors import build_extractors
    from biaslens.pipeline import analyse_story
    from biaslens.report.markdown import overview_section

    articles = [
        article_from_text("WASHINGTON (AP) — Donald Trump called Wednesday for Justice Ruth Bader Ginsburg to resign "
                          "for saying publicly that she feels he is unfit to be president.", "a.txt", {"outlet": "Alpha"}),
        article_from_text("Ruth Bader Ginsburg regrets her insults of Donald Trump, she said in a statement on "
                          "Thursday.", "b.txt", {"outlet": "Beta"}),
    ]
    analysis = analyse_story(make_story(articles), build_extractors(["quotes"]))
    ctx = ReportContext(analysis, compare_story(analysis))
    page = render_html(ctx).decode("utf-8")
    parse(page)
    assert '<a href="#a1">Alpha</a> (wire copy of the Associated Press)</th>' in page
    assert '<a href="#a2">Beta</a></th>' in page
    assert "| Alpha (wire copy of the Associated Press) | a.txt |" in overview_section(ctx)


def test_input_warnings_come_right_after_the_key_findings_in_both_reports():
    # Session 9: the warnings (wire copy, opinion piece, preview, live blog ...) were only inside the
    # cross-article section of report.md and absent from report.html, the page a class reads; a teacher
    # must know what kind of text each outlet's is before any tone or word-choice number.
    from biaslens.compare import compare_story
    from biaslens.extractors import build_extractors
    from biaslens.pipeline import analyse_story
    from biaslens.report.markdown import overview_section

    articles = [
        article_from_text("WASHINGTON (AP) — Donald Trump called Wednesday for Justice Ruth Bader Ginsburg to resign "
                          "for saying publicly that she feels he is unfit to be president.", "a.txt", {"outlet": "Alpha"}),
        article_from_text("Ruth Bader Ginsburg regrets her insults of Donald Trump, she said in a statement on "
                          "Thursday.", "b.txt", {"outlet": "Beta"}),
    ]
    analysis = analyse_story(make_story(articles), build_extractors(["quotes"]))
    ctx = ReportContext(analysis, compare_story(analysis))
    wire = next(w for w in ctx.model.input_warnings if "wire copy" in w)
    assert wire.startswith("Alpha:"), "the warning names the article by its display label"
    overview = overview_section(ctx)
    assert overview.index("## Key findings") < overview.index("## Check the inputs first") < overview.index("## The articles")
    assert f"- ⚠ {wire}" in overview
    page = render_html(ctx).decode("utf-8")
    parse(page)
    section = page.split('<section id="inputs"', 1)[1].split("</section>", 1)[0]
    assert "Check the inputs first" in section and "wire copy of the Associated Press" in section
    assert page.index('id="findings"') < page.index('id="inputs"') < page.index('id="articles-list"')
    assert '<a href="#inputs">Check the inputs first</a>' in page


def test_no_input_warnings_no_section(seed_analysis: StoryAnalysis) -> None:
    # The seeds (five news reports of one meeting) draw no warning: neither view shows the section.
    from biaslens.compare import compare_story
    from biaslens.report.markdown import overview_section

    ctx = ReportContext(seed_analysis, compare_story(seed_analysis))
    assert ctx.model.input_warnings == ()
    assert "Check the inputs first" not in overview_section(ctx)
    page = render_html(ctx).decode("utf-8")
    assert 'id="inputs"' not in page and 'href="#inputs"' not in page
