"""Cross-article comparison on the real seeds and on small realistic stories.

What a careful reader checked on the seeds (Trump meets Takaichi, Oct 2025; 000 Invezz,
001 unnamed blog, 002 unnamed, 003 unnamed, 004 IBTimes) is pinned here: each "only in X"
below was verified by reading the five texts, and the widely reported facts are pinned as
never unique.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biaslens.compare import SharedSentence, StoryComparison, compare_articles, compare_story, shared_text_summary
from biaslens.corpus import article_from_text, load_articles, make_story
from biaslens.pipeline import analyse_story
from biaslens.report.comparison_section import comparison_section
from biaslens.report.context import ReportContext
from conftest import EVAL_DATA, SEEDS


@pytest.fixture(scope="module")
def seeds():
    loaded = load_articles([Path(SEEDS)])
    story = make_story(loaded.articles)
    analysis = analyse_story(story, [])
    return analysis, compare_story(analysis)


def source(comparison: StoryComparison, prefix: str) -> str:
    return next(s for s in comparison.sources if s.startswith(prefix))


def unique_texts(comparison: StoryComparison, prefix: str) -> list[str]:
    return [r.text for r in comparison.unique_rows(source(comparison, prefix))]


def wording_texts(comparison: StoryComparison, prefix: str) -> list[str]:
    return [r.text for r in comparison.wording_rows(source(comparison, prefix))]


@pytest.mark.parametrize(
    "prefix, text",
    [
        ("002", "250 cherry trees"),  # only 002 mentions the gift of cherry trees
        ("001", "World Series"),  # only 001 has the baseball game
        ("001", "Shohei Ohtani"),
        ("000", "Rapid Response Group"),  # only 000 names the joint group
        ("004", "Margo Martin"),  # only in 004's body sentence (the tweet credit is cleaned away)
        ("004", "the 1960s"),  # the abductions' decades: 004 only
        ("002", "less than a page"),  # 002 alone says how long the document was
        ("003", "Yokosuka"),  # 003 alone names the naval base
    ],
)
def test_only_here_on_seeds(seeds, prefix, text):
    _, comparison = seeds
    assert text in unique_texts(comparison, prefix)


def test_phrases_are_wording_never_only_here_facts(seeds):
    # A phrase's words may be absent elsewhere while its fact is not ("troubled past" beside
    # "personal turmoil"): it is listed as wording only one outlet uses, never as only here.
    _, comparison = seeds
    assert "working lunch" in wording_texts(comparison, "004")
    assert all(comparison.row(i).kind != "phrase" for ids in comparison.only_in.values() for i in ids)
    data = comparison.to_dict()
    assert data["wording_only_in"][source(comparison, "004")] and "other words" in data["wording_only_explanation"]


@pytest.mark.parametrize(
    "needle",
    # Carried by four or five outlets, sometimes in other words: never unique.
    ["550", "nobel", "akasaka", "rare earth", "takaichi", "trump", "xi jinping", "six months", "gdp", "golden age",
     "nominat"],
)
def test_widely_reported_facts_are_never_unique(seeds, needle):
    _, comparison = seeds
    for s in comparison.sources:
        for row in comparison.unique_rows(s):
            # A quote only one outlet prints may mention a shared fact (003 alone quotes the
            # White House statement on "rare earths supply chains"); the quote is what is unique.
            if row.kind != "quote":
                assert needle not in row.text.lower(), (s, row.text)


def test_unique_names_and_numbers_really_are_absent_elsewhere(seeds):
    analysis, comparison = seeds
    texts = {a.article.source: a.article.text.lower() for a in analysis.articles}
    for s in comparison.sources:
        for row in comparison.unique_rows(s):
            if row.kind in ("entity", "number"):
                for other, text in texts.items():
                    if other != s:
                        assert row.text.lower() not in text, (row.text, other)


def test_conflicts_on_seeds(seeds):
    _, comparison = seeds
    found = {
        (c.slot, tuple(sorted((side.text, tuple(e.source[:3] for e in side.evidence)) for side in c.sides)))
        for c in comparison.conflicts
    }
    # Thursday dates the meeting with Xi, Wednesday the stop in South Korea: both may be right,
    # so the pair is listed apart to check by hand, not as a disagreement.
    assert not any(slot == "weekday" for slot, _ in found)
    # "Trump's three-day visit to Japan" and "a week-long tour of Asia" may be parts of one trip
    # (Japan is one stop of the Asia tour): kept, but listed apart to check by hand.
    to_check = {
        (c.slot, tuple(sorted((side.text, tuple(e.source[:3] for e in side.evidence)) for side in c.sides)))
        for c in comparison.conflicts_to_check
    }
    assert ("trip duration", (("a week-long tour", ("001",)), ("three-day visit", ("004",)))) in to_check
    assert ("weekday", (("Thursday", ("000",)), ("Wednesday", ("003",)))) in to_check
    # Tuesday (the summit) is in 000, 002 and 003 alike: not a conflict with anything.
    assert not any(side.text == "Tuesday" for c in comparison.conflicts for side in c.sides)


def test_left_out_on_seeds(seeds):
    _, comparison = seeds
    missing = {(o.missing_from[:3], o.text) for o in comparison.omissions}
    assert ("001", "$550 billion") in missing  # 001 never gives the investment figure
    # Every omission is carried by at least 60% of articles and absent in any form from the other.
    for o in comparison.omissions:
        assert len(o.carried_by) >= 3 and o.missing_from not in o.carried_by


def test_surface_variants_meet_in_one_row(seeds):
    _, comparison = seeds
    money = [r for r in comparison.details if r.key == "money:usd:5.5e+11"]
    assert len(money) == 1 and [s[:3] for s in money[0].articles] == ["000", "002", "003", "004"]
    akasaka = next(r for r in comparison.details if r.key == "entity:akasaka")
    assert len(akasaka.articles) == 5  # 001 says "Akasaka State Guest House"
    gdp = next(r for r in comparison.details if r.key == "percent:2")
    assert [s[:3] for s in gdp.articles] == ["003", "004"]  # "2% of GDP" = "two per cent of GDP"


def test_report_json_layout_and_offsets(seeds):
    analysis, comparison = seeds
    data = json.loads(json.dumps(comparison.to_dict()))
    texts = {a.article.source: a.article.text for a in analysis.articles}
    assert data["comparable"] is True
    assert [a["source"] for a in data["articles"]] == sorted(texts)
    for row in data["details"]:
        assert {"text", "kind", "articles", "evidence"} <= set(row)
        assert [e["source"] for e in row["evidence"]] == row["articles"]
        for e in row["evidence"]:
            text = texts[e["source"]]
            assert text[e["start"] : e["end"]] == e["text"]
            assert text[e["sentence"]["start"] : e["sentence"]["end"]] == e["sentence"]["text"]
    for conflict in data["conflicts"]:
        for side in conflict["sides"]:
            for e in side["evidence"]:
                assert texts[e["source"]][e["start"] : e["end"]] == e["text"]
    for omission in data["omissions"]:
        assert omission["missing_from"] in texts and omission["explanation"]
    for passage in data["without_counterpart"]:
        assert texts[passage["source"]][passage["start"] : passage["end"]] == passage["text"]


def test_deterministic(seeds):
    analysis, comparison = seeds
    assert compare_story(analysis).to_dict() == comparison.to_dict()


def test_one_article_has_nothing_to_compare():
    article = article_from_text("Trump met Takaichi in Tokyo on Tuesday. They signed a deal.", "a.txt", {"outlet": "A"})
    comparison = compare_articles([article])
    assert not comparison.comparable and "nothing to compare" in comparison.message
    assert comparison.omissions == () and comparison.conflicts == ()
    json.dumps(comparison.to_dict())
    assert compare_articles([]).comparable is False


def test_wire_copy_is_flagged_and_not_independent():
    wire = (
        "Japan’s Prime Minister Sanae Takaichi and US President Donald Trump signed a framework agreement "
        "on critical minerals and rare earths at the Akasaka Palace on Tuesday."
    )
    a = article_from_text(wire + " The yen rose after the news.", "a.txt", {"outlet": "A"})
    b = article_from_text(wire.replace("signed", "have signed") + " Markets were calm.", "b.txt", {"outlet": "B"})
    c = article_from_text("Trump praised Takaichi in Tokyo. The two discussed trade.", "c.txt", {"outlet": "C"})
    comparison = compare_articles([a, b, c])
    assert len(comparison.shared_text) == 1
    row = next(r for r in comparison.details if r.key == "entity:akasaka")
    assert row.articles == ("a.txt", "b.txt") and row.independent_sources == 1


def test_paraphrased_money_counts_once():
    texts = {
        "a.txt": "Japan will invest $550bln in the United States, officials said.",
        "b.txt": "Tokyo pledged 550 billion dollars for American industry.",
        "c.txt": "The $550 billion fund will finance shipbuilding.",
    }
    articles = [article_from_text(t, s, {"outlet": s[0]}) for s, t in texts.items()]
    comparison = compare_articles(articles)
    money = [r for r in comparison.details if r.key.startswith("money:")]
    assert len(money) == 1 and money[0].articles == ("a.txt", "b.txt", "c.txt")
    assert all(r.kind != "number" for s in comparison.sources for r in comparison.unique_rows(s))


def test_section_renders_with_and_without_comparison(seeds):
    analysis, comparison = seeds
    stub = lambda figure: {"svg": b""}  # noqa: E731 - no rendering cost in tests
    ctx = ReportContext(analysis, comparison, chart_renderer=stub)
    text = comparison_section(ctx)
    assert text.startswith("## ") and "250 cherry trees" in text and "Wednesday" in text
    assert "charts/comparison_coverage.svg" in text and "| Detail | Kind |" in text
    # The seeds' shared pairs are the same quote: the heading says so, not "copied". (Two since
    # session 5: 003 and 004 both quote Trump's 'Everything I know from Shinzo and others, you will be
    # one of the great prime ministers', found through the quote rows.)
    assert "### Shared text: the same quote in two articles\n\n2 sentence pairs shared: 0 copied text, 2 the same quote." in text
    assert "quote the same words; shown as" in text and "% the same)" not in text
    single = article_from_text("Trump met Takaichi in Tokyo. They signed a deal.", "a.txt", {"outlet": "A"})
    one = analyse_story(make_story([single]), [])
    assert "nothing to compare" in comparison_section(ReportContext(one, compare_story(one)))
    assert "No cross-article comparison" in comparison_section(ReportContext(one, None))


@pytest.mark.slow
def test_basil_evaluation_runs(capsys):
    if not (EVAL_DATA / "stories" / "basil-dev").exists():
        pytest.skip("BASIL dev split not available")
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "evaluation"))
    from eval_details_basil import main

    assert main([str(EVAL_DATA), "--sample", "0"]) == 0
    assert "lift" in capsys.readouterr().out


def test_seed_comparison_key_facts(seeds):
    # Pinned when the comparison was made faster: the output must not move by a byte. A change
    # of the matching rules changes these on purpose; update them after reading the new report.
    # (253 details and 19 quotes since "“Mr. President succeeded ..." in seed 000 is one
    # sentence, so its quotation is a detail of its own instead of being cut at "“Mr.".)
    # (252 details since issue #13's kinds: "late prime minister Shinzo Abe" reads as a person
    # by the role noun before the name, so 004's "Everything I know from Shinzo" is Shinzo Abe,
    # no detail of its own.)
    # (1 shared pair since issue #13: seeds 000 and 003 both quote Takaichi's "in such a short
    # period of time the world started to enjoy more peace", cut into different sentences.
    # 105 only-here since issue #13: 16 phrases whose sentence has a counterpart sharing one of
    # their words are listed apart, to check by hand: 003's "political mentor" is 004's "her
    # late mentor", its "gold-leaf golf ball" and "permanent magnets" stand beside 004's golf
    # gifts and "magnet production".)
    # (0 conflicts: Thursday dates the meeting with Xi, Wednesday the stop in South Korea.)
    # (104 only-here, 18 apart since issue #13's third round, matching on meaning keys: 002's
    # "low imports" stands beside 003's "increased imports", its "dynamic diplomacy" beside
    # 003's "international diplomacy".)
    # (45 only-here, 58 phrases since issue #13, session 5: 003 calls Trump's efforts
    # “unprecedented”, a word of Takaichi's statement that 000 quotes whole, so 000's quote is
    # not only there; its "historic achievement" is then listed as wording.)
    # (248 details, 57 phrases since issue #16's quotable phrases: "gesture symbolised
    # continuity", "summit marks", "partnership represents" are a subject with its verb, not
    # wording; 002's quoted "golden age" stands inside 000's and 001's longer quotes, so three
    # of five carry it and 003 and 004 leave it out: 14 left out; 004's "a new era of
    # cooperation" is Takaichi's idea, not the quoted words.)
    # (61 phrases since the session-6 reads: "gold-leaf golf ball", "close protégé", "first
    # encounter", "close ties" were listed to check by hand on one everyday word in common ("golf":
    # 004 gives the bag and the putter, never the ball; "close", "first"): wording now.)
    # (244 details, 64 phrases since session 7's phrase boundaries: "supply chains critical for",
    # "materials essential to", "minerals essential to" end on a postposed adjective, "both leaders
    # reaffirm" is a subject with its verb; 003's "next-generation technologies" and "global
    # resources" and 004's "enhance economic stability" were tied to another article's sentence by
    # one common word and no shared name, number or date: wording now.)
    _, comparison = seeds
    assert comparison.message == (
        "5 articles, 244 details; 45 found in one article only (and 64 phrases worded by one article only), "
        "14 left out by one article, "
        "0 conflicts, 2 sentence pairs shared: 0 copied text, 2 the same quote."
    )
    apart = {comparison.row(i).text for ids in comparison.only_in_to_check.values() for i in ids}
    # (Issue #13, fourth round: 003's quote "to assist both countries in achieving resilience and
    # security of critical minerals and rare earths supply chains" stands beside 000's "securing
    # critical minerals and rare earth supply chains": 19 apart; the 57 phrases are wording.)
    # (18 apart since issue #16: "partnership represents" is a subject with its verb.)
    # (11 apart since session 7: the three tied by one common word alone are wording.)
    assert len(apart) == 11 and {"political mentor", "permanent magnets"} <= apart
    assert "gold-leaf golf ball" in [comparison.row(i).text for i in comparison.wording_only_in["003_40883486e6defa7d.txt"]]
    assert [(p.label, p.a.source[:3], p.b.source[:3]) for p in comparison.shared_text] == [("same quote", "000", "003"),
                                                                                          ("same quote", "003", "004")]
    kinds = {kind: sum(1 for r in comparison.details if r.kind == kind)
             for kind in ("number", "date", "entity", "quote", "phrase")}
    assert kinds == {"number": 9, "date": 8, "entity": 46, "quote": 19, "phrase": 162}  # 4 fragments fewer (session 7)
    # 002 lost "APEC" when the cast joined it to "Asia-Pacific Economic Cooperation" (same article).
    # Phrases are wording, not only-here facts (issue #13): [24, 21, 23, 17, 19] counted them.
    # (000: 11 and 13 since session 5: its Takaichi quote is 003's “unprecedented”, see above.)
    assert [len(comparison.only_in[s]) for s in comparison.sources] == [11, 7, 15, 6, 6]
    # 004: "gesture symbolised continuity" (issue #16); 002, 003, 004: one everyday word in common (session 6, above).
    # 003, 004: one common word alone and no shared name, number or date (session 7, above).
    assert [len(comparison.wording_only_in[s]) for s in comparison.sources] == [13, 14, 10, 13, 14]
    assert [(c.slot, c.similarity) for c in comparison.conflicts_to_check if c.slot == "weekday"] == [
        # 0.46327 on main before 000's headline (from its footer) became part of its text.
        ("weekday", pytest.approx(0.4639690334394926, rel=1e-12)),
    ]
    # Read by hand when the rules changed: the nine details no longer claimed unique were empty
    # phrases ("sides struck", "help revive", "travel next", "meeting took place", "includes
    # plans") and phrases inside a quote already listed ("strongest level", "strong handshake",
    # "dynamic diplomacy", "defense equipment"), and "golf-themed presents" (its words "golf",
    # "theme" and "present" stand in other articles: the loose guard errs towards silence); the
    # trip conflict moved to "check by hand".
    first = comparison.details[0]
    assert (first.id, first.key, first.informativeness, first.independent_sources) == (
        "d1", "entity:united states", 3.7, 5)
    # 002 opens a sentence with "US" (initials now count there too), before its "America".
    assert [e.text for e in first.evidence] == ["United States", "U.S.", "US", "United States", "US"]
    best = [max(v) for v in comparison.sentence_similarity.values()]
    assert max(best) == pytest.approx(0.7448445340993564, rel=1e-12)


def test_wire_sentence_in_three_outlets_is_one_independent_source():
    # Three outlets print the same wire sentence (a chain of near-copies): one source, not three.
    wire = (
        "Japan’s Prime Minister Sanae Takaichi and US President Donald Trump signed a framework agreement "
        "on critical minerals and rare earths at the Akasaka Palace on Tuesday."
    )
    texts = {
        "a.txt": wire + " The yen rose after the news.",
        "b.txt": wire.replace("signed", "have signed") + " Markets were calm.",
        "c.txt": wire.replace("on Tuesday", "on Tuesday morning") + " Analysts were cautious.",
        "d.txt": "Trump praised Takaichi in Tokyo. The two discussed trade at the Akasaka Palace.",
    }
    comparison = compare_articles([article_from_text(t, s, {"outlet": s[0]}) for s, t in texts.items()])
    assert len(comparison.shared_text) == 3  # a-b, a-c, b-c
    row = next(r for r in comparison.details if r.key == "entity:akasaka")
    assert row.articles == ("a.txt", "b.txt", "c.txt", "d.txt") and row.independent_sources == 2


def test_a_day_is_no_conflict_with_an_article_that_gives_both_days():
    # B says Tuesday and Thursday (summit, then a dinner): it does not contradict A's Tuesday.
    # C gives only Thursday for the summit: A and C conflict, and so do B and C, since B's
    # Thursday dates the dinner, not the summit.
    texts = {
        "a.txt": "Trump met Takaichi for a summit in Tokyo on Tuesday.",
        "b.txt": "Trump met Takaichi for a summit in Tokyo on Tuesday. They dined together on Thursday.",
        "c.txt": "Trump met Takaichi for a summit in Tokyo on Thursday.",
    }
    comparison = compare_articles([article_from_text(t, s, {"outlet": s[0]}) for s, t in texts.items()])
    sides = [{side.text: [e.source for e in side.evidence] for side in c.sides} for c in comparison.conflicts]
    assert sides == [{"Thursday": ["c.txt"], "Tuesday": ["a.txt", "b.txt"]}]


@pytest.mark.parametrize("enabled", [True, False])
def test_garbage_collector_left_as_it_was(enabled):
    import gc

    article = article_from_text("Trump met Takaichi in Tokyo on Tuesday.", "a.txt", {"outlet": "A"})
    other = article_from_text("Takaichi hosted Trump on Tuesday.", "b.txt", {"outlet": "B"})
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        compare_articles([article, other])
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_shared_text_is_summed_up_by_the_labels_present():
    # Beck at CPAC: three pairs, each the same quote, were summed up as "3 near-copied sentence
    # pairs" under "sentences copied near-verbatim"; quoting the same words is no copying.
    wire = (
        "Japan’s Prime Minister Sanae Takaichi and US President Donald Trump signed a framework agreement "
        "on critical minerals and rare earths at the Akasaka Palace on Tuesday."
    )
    texts = {"a.txt": wire + " The yen rose after the news.", "b.txt": wire.replace("signed", "have signed") + " Markets were calm."}
    comparison = compare_articles([article_from_text(t, s, {"outlet": s[0]}) for s, t in texts.items()])
    assert [p.label for p in comparison.shared_text] == ["copied text"]
    assert comparison.message.endswith("1 sentence pair shared: 1 copied text, 0 the same quote.")
    quotes = [SharedSentence(p.a, p.b, p.ratio, "same quote") for p in comparison.shared_text * 3]
    assert shared_text_summary(quotes) == "3 sentence pairs shared: 0 copied text, 3 the same quote"
    assert shared_text_summary([]) == "0 sentence pairs shared: 0 copied text, 0 the same quote"


def test_one_outlet_quoting_the_others_report_is_a_quoted_report():
    # BASIL blumenthal: hpo prints an excerpt of the Times report in quotation marks; the Times'
    # own sentence and hpo's quotation of it are one account printed twice, not "the same quote".
    sentence = ("But an examination of his remarks at the ceremonies shows that he has repeatedly misstated "
                "his military service in Vietnam over many years.")
    nyt = article_from_text("Richard Blumenthal is running for the Senate in Connecticut this year. " + sentence
                            + " He declined to comment on Monday.", "nyt.txt", {"outlet": "The New York Times"})
    hpo = article_from_text("Richard Blumenthal defended himself on Tuesday in Hartford. The New York Times "
                            f"reported: \u201c{sentence}\u201d His campaign called it a distortion.", "hpo.txt",
                            {"outlet": "HuffPost"})
    comparison = compare_articles([nyt, hpo])
    assert [p.label for p in comparison.shared_text] == ["quoted report"]
    assert comparison.message.endswith("1 sentence pair shared: 0 copied text, 0 the same quote, "
                                       "1 one outlet quoting the other's report.")
    assert "not independent" in comparison.shared_text[0].explain()


def test_a_statement_quoted_in_other_words_is_not_left_out():
    # BASIL summers: fox and hpo quote Summers's warning at length; nyt reports it as 'failure to
    # pass a package like the tax deal "would significantly increase the risk" of a double-dip
    # recession': nyt does not leave the warning out.
    warning = ("\"If they don't pass this bill in the next couple weeks it will materially increase the risk that the "
               "economy would stall out and we would have a double dip,\" he told reporters.")
    texts = {
        "a.txt": "Summers speaks\n\nLarry Summers warned Democrats on Wednesday. " + warning + " Biden met Democrats.",
        "b.txt": "Summers warns\n\nLarry Summers spoke at the White House on Wednesday. " + warning
                 + " The House will vote soon.",
        "c.txt": "Biden visits\n\nLarry Summers said on Wednesday that failure to pass a package like the tax deal "
                 "\u201cwould significantly increase the risk\u201d of a double-dip recession. Biden met Democrats.",
        "d.txt": "Biden visits the Hill\n\nVice President Biden met House Democrats on Wednesday about the deal. "
                 "The House will vote soon on the tax bill.",
        "e.txt": "Tax deal\n\nThe economic adviser Larry Summers spoke to reporters. " + warning + " Biden met them.",
    }
    articles = [article_from_text(text, name) for name, text in texts.items()]
    comparison = compare_articles(articles)
    missing = {o.missing_from for o in comparison.omissions if o.kind == "quote" and "materially" in o.text}
    assert "d.txt" in missing and "c.txt" not in missing


def test_a_quote_whose_negation_differs_is_not_the_same_words():
    # BASIL summers: fox '"To pass this bill ... would materially increase the risk"', hpo '"If they
    # don't pass this bill ... it will materially increase the risk"': one statement, not the same words.
    from types import SimpleNamespace

    from biaslens.report.comparison_section import _shared_line

    def side(source: str, text: str) -> SimpleNamespace:
        return SimpleNamespace(source=source, text=text, sentence=text)

    labels = {"f.txt": "fox", "h.txt": "hpo"}
    flipped = SimpleNamespace(label="same quote", ratio=0.8,
                              a=side("f.txt", "\"To pass this bill would increase the risk,\" he said."),
                              b=side("h.txt", "\"If they don't pass this bill it will increase the risk,\" he said."))
    line = _shared_line(flipped, labels)
    assert "quote the same words" not in line and "different words" in line and "don't" in line
    same = SimpleNamespace(label="same quote", ratio=0.9, a=side("f.txt", "\"We will pass it,\" he said."),
                           b=side("h.txt", "\"We will pass it,\" he told reporters."))
    assert "fox and hpo quote the same words" in _shared_line(same, labels)


def test_a_group_and_a_part_of_it_are_no_different_speakers():
    # BASIL vow: nyt gives the letter's words to 'the Republicans', hpo to 'all 42 Senate Republicans'
    # (the cast's "Senate Republicans"): one group and a part of it, not "attributed differently".
    from types import SimpleNamespace

    from biaslens.report.quotes_section import _nested

    entities = {"e1": SimpleNamespace(name="Republicans", kind="organisation"),
                "e2": SimpleNamespace(name="Senate Republicans", kind="organisation"),
                "e3": SimpleNamespace(name="Senate Democrats", kind="organisation"),
                "e4": SimpleNamespace(name="Paul", kind="person"), "e5": SimpleNamespace(name="Rand Paul", kind="person")}
    ctx = SimpleNamespace(comparison=SimpleNamespace(cast=SimpleNamespace(entity=entities.__getitem__)))
    assert _nested(ctx, "e1", "e2") and _nested(ctx, "e2", "e1")
    assert not _nested(ctx, "e2", "e3") and not _nested(ctx, "e4", "e5")


def test_the_index_of_quote_pairs_finds_what_the_walk_of_every_pair_finds():
    """"The same words, attributed differently" tests only the pairs its index lets through; on
    quotes of a real kind (the same words cut shorter or longer, edited, near misses, speakers
    the same or different) it finds exactly the pairs a walk of every pair finds, in its order."""
    from biaslens.report.quotes_section import _prepared, _same_words, _same_words_pairs

    texts = [
        ["There's a special place in hell for women who don't help each other.", "a liar", "liar",
         "We are going to go all the way to Cleveland", "I love you", "Fox & Friends"],
        ["there’s a special place in hell for women who don’t help each other", "he loves you.",
         "going to go all the way to Cleveland and secure the nomination", "Fox and Friends.", "a liar."],
        ["a special place in hell", "We are going to go all the way to Cleveland.", "I love you.",
         "a total liar", "", "Lock her up"],
        ["There is a special place in hell for women who do not help each other", "Lock her up!"],
    ]
    speakers = [["e1", "e2", None, "e3", "e4", "e5"], ["e6", "e4", "e3", "e7", "e8"],
                ["e9", "e3", "e10", "e2", "e1", "e11"], ["e1", "e12"]]
    prepared = [[_prepared(t) for t in quotes] for quotes in texts]
    walk = [(i, a, j, b) for i in range(len(texts)) for j in range(i + 1, len(texts))
            for a, (pa, ea) in enumerate(zip(prepared[i], speakers[i])) if ea is not None
            for b, (pb, eb) in enumerate(zip(prepared[j], speakers[j]))
            if eb is not None and ea != eb and _same_words(pa, pb)]
    assert len(walk) >= 4
    assert _same_words_pairs(prepared, speakers) == walk
