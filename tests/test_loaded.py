"""Loaded language: own voice only, quotations apart, offsets exact, the model shipped as data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from biaslens import loaded
from biaslens.corpus import article_from_text
from biaslens.extractors import BUILTIN, build_extractors, check_extractor, extractor_classes
from biaslens.extractors.loaded import LoadedExtractor
from biaslens.hedging import _view_given

CASES = json.loads((Path(__file__).parent / "data" / "loaded_cases.json").read_text(encoding="utf-8"))


def _words(article, kind):
    out = LoadedExtractor().score(article)
    return [item.text for item in out.items if item.kind == kind], out


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_cases(case):
    article = article_from_text(case["text"], "case.txt")
    own, _ = _words(article, "loaded")
    quoted, _ = _words(article, "loaded_quoted")
    for word in case["loaded"]:
        assert word in own, f"{word!r} not found in {own} ({case['why']})"
    for word in case["not_loaded"]:
        assert word not in own, f"{word!r} wrongly loaded ({case['why']})"
    for word in case.get("quoted", []):
        assert word not in own and word in " ".join(quoted), f"{word!r} should be counted apart as quoted ({case['why']})"


def test_registered_like_a_plugin_and_keeps_the_contract(seed_articles, headline_only_article):
    assert "loaded" in BUILTIN and "loaded" in extractor_classes()
    check_extractor(LoadedExtractor(), list(seed_articles) + [headline_only_article])
    check_extractor(LoadedExtractor(model=False), list(seed_articles) + [headline_only_article])


def test_rate_per_100_and_loaded_sentences_have_a_span():
    text = "Officials met on Monday.\nThe regime slammed the bizarre plan.\nThe talks ended."
    article = article_from_text(text, "a.txt")
    own, out = _words(article, "loaded")
    scores = {s.name: s for s in out.scores}
    n = len(article.sentences)
    assert scores["loaded.per_100"].value == pytest.approx(100.0 * len(own) / n)
    assert scores["loaded.sentence_share"].value == pytest.approx(1 / n)
    for span in scores["loaded.per_100"].evidence:
        assert article.text[span.start:span.end] == span.text and span.note


def test_lexicon_only_mode_and_user_lexicon(tmp_path):
    lexicon = tmp_path / "mine.txt"
    lexicon.write_text("# my list\ngizmo\tlabel\nwitch hunt\tlabel\n", encoding="utf-8")
    article = article_from_text("The gizmos and the witch hunt went on.", "a.txt")
    out = LoadedExtractor(model=False, lexicon_file=str(lexicon)).score(article)
    assert [(i.text, i.attrs["kind"]) for i in out.items] == [("gizmos", "label"), ("witch hunt", "label")]


def test_bad_lexicon_line_is_a_one_line_error():
    with pytest.raises(ValueError, match="line 2"):
        loaded.parse_lexicon("regime\tlabel\nbizarre\n")


def test_bad_settings_are_settings_errors(tmp_path):
    from biaslens.errors import SettingsError

    article = article_from_text("The regime fell.", "a.txt")
    with pytest.raises(SettingsError, match="model must be true or false"):
        LoadedExtractor(model="yes").score(article)
    with pytest.raises(SettingsError, match="lexicon_file"):
        LoadedExtractor(lexicon_file=str(tmp_path / "missing.txt")).score(article)
    bad = tmp_path / "bad.txt"
    bad.write_text("regime\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="line 1"):
        LoadedExtractor(lexicon_file=str(bad)).score(article)


def test_lexicon_and_model_headers_name_source_and_licence():
    header = (Path(loaded.__file__).parent / "lexicons" / "loaded.txt").read_text(encoding="utf-8")
    assert "# Source:" in header and "# Licence: MIT" in header and "GPL" in header
    model = json.loads(loaded.MODEL_PATH.read_text(encoding="utf-8"))
    assert "AGPL" in model["training_data"]["licence_decision"]
    assert model["pattern_lexicon"]["licence"].upper().startswith("PDDL")


def test_model_carries_no_word_outside_public_lists():
    """Weights only: every word the model weighs is in the lexicon, Pattern's or VADER's list, or closed-class."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from biaslens.quotes import reporting_verbs

    res = loaded.resources()
    public = set(res.lexicon.words) | set(res.subjectivity) | set(res.vader) | set(ENGLISH_STOP_WORDS) | set(reporting_verbs())
    public |= {word for phrase in res.lexicon.phrases for word in phrase}  # "witch hunt", "lashed out"
    public |= set("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                  "july august september october november december according".split())
    model = json.loads(loaded.MODEL_PATH.read_text(encoding="utf-8"))
    word_ids = [k[2:] for k in model["word_model"]["coef"] if k.startswith("w=")]
    assert word_ids and all(w in public for w in word_ids)
    # "<-ly>", "<scare-quote>" ...: word shapes, not words
    terms = [t for t in model["sentence_model"]["idf"] if not t.startswith("<") and (t.isalpha() or "-" in t or "'" in t)]
    assert all(t in public for t in terms)


def test_report_json_lists_loaded_words_for_every_article(seed_analysis):
    from biaslens.report.data import report_data

    data = report_data(seed_analysis, None, {})
    for article in data["articles"]:
        assert isinstance(article["loaded"], list)
        for span in article["loaded"]:
            assert set(span) == {"start", "end", "text", "kind"}
            assert article["text"][span["start"]:span["end"]] == span["text"]


def test_html_highlights_own_voice_only():
    from biaslens.corpus import make_story
    from biaslens.pipeline import analyse_story
    from biaslens.report import build_report

    text = 'The regime slammed the plan.\nThe senator called it "a bizarre and shameless scheme" on Monday.'
    story = make_story([article_from_text(text, "a.txt")])
    analysis = analyse_story(story, build_extractors(["loaded"]))
    page = build_report(analysis)["report.html"].decode("utf-8")
    assert 'hl-loaded' in page and "Loaded word" in page
    marked = page.split('class="hl hl-loaded"')
    assert any("regime" in piece[:200] for piece in marked[1:])
    assert not any("shameless" in piece[:120] for piece in marked[1:])


def test_fast_word_scorer_equals_the_feature_definition():
    """WordScorer's shortcut gives exactly the probability of the features the model was trained on."""
    res = loaded.resources()
    model = loaded.shipped_model()
    text = "Pro-Trump fanatics are so violently attacking the bizarre regime's so-called witch hunt in Tokyo."
    spans = loaded.sentence_words(text, 0, len(text))
    fast, kinds = loaded.WordScorer(model, res).probabilities(text, spans)
    feats, slow_kinds = loaded.word_features(text, spans, res)
    assert kinds == slow_kinds
    assert fast == pytest.approx([model.probability(f) for f in feats], abs=1e-12)


def test_report_section_shows_words_in_their_sentence_and_quotes_apart():
    from biaslens.corpus import make_story
    from biaslens.pipeline import analyse_story
    from biaslens.report import build_report

    text = ('The regime slammed the bizarre plan on Monday.\n'
            'The senator called it "a shameless and dangerous scheme" on Tuesday.\n'
            'The ministers met in Tokyo.')
    story = make_story([article_from_text(text, "a.txt")])
    report = build_report(analyse_story(story, build_extractors(["loaded"])))["report.md"].decode("utf-8")
    section = report.split("## Loaded language", 1)[1]
    assert "**regime**" in section and "**slammed**" in section
    assert "in quotations or views reported" in section and "shameless" in section.split("in quotations or views reported (", 1)[1]
    assert "**shameless**" not in section


def test_worksheet_asks_about_loaded_words_only_when_outlets_differ():
    from biaslens.corpus import make_story
    from biaslens.pipeline import analyse_story
    from biaslens.report import ReportContext
    from biaslens.report.worksheet import build_worksheet

    plain = article_from_text("The ministers met in Tokyo on Tuesday.\nThey signed a trade agreement.", "plain.txt")
    loaded_text = article_from_text("The regime slammed the bizarre plan.\nThe ministers met in Tokyo.", "loaded.txt")

    def kinds(articles):
        analysis = analyse_story(make_story(articles), build_extractors(["loaded"]))
        return [q for q in build_worksheet(ReportContext(analysis, None)).questions if q.kind == "loaded_words"]

    asked = kinds([plain, loaded_text])
    assert len(asked) == 1 and "regime" in asked[0].answer and asked[0].evidence
    assert kinds([plain, article_from_text("Officials met on Monday.", "other.txt")]) == []


def test_inflected_and_prefixed_words_read_as_their_listed_base():
    """'brazenness', 'unfair' share the features of the listed word they are built on."""
    res = loaded.resources()
    def is_listed(w: str) -> bool:
        return w in res.lexicon.words or w in res.vader or w in res.subjectivity

    listed = next(w for w in ("brazen", "callous", "petty") if is_listed(w) and not is_listed(w + "ness"))
    assert loaded.listed_base(listed + "ness", res) == (listed, False)
    base, prefixed = loaded.listed_base("unfair", res)
    assert prefixed and base == "fair"
    assert loaded.listed_base("xqzv", res) == (None, False)
    feats, known = loaded.word_only_features(listed + "ness", res, None)
    assert known and feats.get("inflected") == 1.0 and ("w=" + listed) in feats


def test_sentence_terms_mark_scare_quotes_and_word_shapes_not_long_quotations():
    """A one-to-three-word quotation is a scare quote; a quoted statement is not; -ly and hyphens are shapes."""
    text = 'The media call the looting "political speech" and the golfer-in-chief smugly agrees.'
    spans = loaded.sentence_words(text, 0, len(text))
    q0 = text.index("political")
    terms = loaded.sentence_terms(text, spans, 0, len(text), quotes=[(q0, q0 + len("political speech"))])
    assert terms.count(loaded.SCARE_QUOTE_TERM) == 1
    assert loaded.HYPHEN_TERM in terms and loaded.ADVERB_TERM in terms
    long_quote = 'He said "we will build the wall and the others will pay for it" today.'
    s0 = long_quote.index("we")
    terms = loaded.sentence_terms(long_quote, loaded.sentence_words(long_quote, 0, len(long_quote)), 0, len(long_quote),
                                  quotes=[(s0, long_quote.index('" today'))])
    assert loaded.SCARE_QUOTE_TERM not in terms


# Whose words these are (acceptance read, session 2): a judgement the outlet reports is the
# reported person's, a noun is no verb of saying, and an epithet or a loaded verb of saying the
# outlet itself uses counts even in a long, plain sentence.
OWN_VOICE = [
    ("At one point the governor suggested that those who opposed his plan were heartless.", [], ["heartless"],
     "a judgement inside a 'that' clause reported from someone is that person's"),
    ("The mayor called the new parking rules heartless at a meeting on Monday.", [], ["heartless"],
     "the object of 'called' is the mayor's judgement, reported"),
    ("The blog argued that it might be this new brand of reporting that upset the senator.", [], [],
     "'brand' as a noun names no statement"),
    ("He said Smith was \"clearly\" taking a side on the issue no matter what he claims.", [], ["claims"],
     "a that-less clause after 'said' ('He said Smith was ...') is the reported person's view"),
    ("The move led other Republicans to warn that the party risked a backlash and was alienating voters.", [],
     ["alienating"], "a 'that' clause after a loaded verb of saying ('warn that') is still the warner's words"),
    ("The blog, in a reply to the post, writes about the problems with inflammatory ambush interviews, and "
     "argues that they upset the senator.", [], ["inflammatory"],
     "what someone 'writes about', up to a comma, is that person's account"),
    ("On Wednesday night, the president portrayed his rival as a nasty and divisive candidate who would "
     "govern by dividing the country.", [], ["nasty"],
     "the picture someone 'portrayed' another 'as' is that person's judgement, reported"),
    ("The family has repeatedly characterized him as a person of unredeemable callousness.", [], [],
     "what someone 'characterized' another 'as' is that person's judgement, reported"),
    ("Instead, he got the aggressive label after the first debate.", [], ["aggressive"],
     "a judgement before 'label', 'tag' or 'nickname' is a label others gave, reported"),
    ("Controversial Ohio Sheriff Tom Smith announced on Tuesday that he will endorse the governor "
     "for the nomination, which could give the governor a boost on border issues.", ["Controversial"], [],
     "a listed judgement worn by a name as an epithet, capitalised at the sentence start"),
]


@pytest.mark.parametrize("text,own,reported,why", OWN_VOICE, ids=[c[3] for c in OWN_VOICE])
def test_whose_words(text, own, reported, why):
    found = loaded.analyse_sentence(text, 0, len(text))
    mine = [w.text for w in found.words if not w.quoted]
    theirs = [w.text for w in found.words if w.quoted]
    assert mine == own, why
    for word in reported:
        assert word in theirs, why
    assert "brand" not in mine


def test_the_same_judgement_in_the_outlets_own_voice_still_counts():
    text = "The regime's heartless policy drew protests."
    found = loaded.analyse_sentence(text, 0, len(text))
    assert "heartless" in [w.text for w in found.words if not w.quoted]


def test_a_verb_of_saying_used_as_a_noun_is_not_called_one():
    text = "The senator defended his recent claims that the budget was a scandalous, outrageous fraud."
    kinds = {w.text: w.kind for w in loaded.analyse_sentence(text, 0, len(text)).words}
    assert kinds.get("claims") in (None, "learned")


# Plain names of facts and the writer's picture of how someone spoke (session 3, issue #16).
FACTS_AND_MANNER = [
    ("Democrats said the party was using the Sept. 11 attacks in its campaign.", "attacks", False,
     "an emotive noun right after a date names the event ('the Sept. 11 attacks'), it does not judge it"),
    ("The workers were never told about their exposure to hazardous materials at the plant.", "hazardous", False,
     "'hazardous materials' is a technical term, not the writer's opinion"),
    ("Representative Ann Cole of Ohio scoffed at the mayor, saying the plan would fail.", "scoffed", True,
     "a verb of saying that tells how someone spoke ('scoffed') is the writer's picture of the speaker"),
    ("Mr. Hale facetiously said that the committee had been reading the bill for weeks.", "facetiously", True,
     "an -ly adverb of manner beside a verb of saying colours what was said"),
    ("In the next shot, the mayor grabs the reporter's arm and continually asks him to leave.", "continually", False,
     "an adverb that only says how often ('continually asks') colours nothing"),
    ("The lawsuit dented the senator's self-proclaimed status as the party's kingmaker.", "self-proclaimed", True,
     "'self-proclaimed' doubts a title the person gave himself"),
]


@pytest.mark.parametrize("text,word,shown,why", FACTS_AND_MANNER, ids=[c[3][:60] for c in FACTS_AND_MANNER])
def test_facts_and_manner_of_speaking(text, word, shown, why):
    found = loaded.analyse_sentence(text, 0, len(text))
    mine = [w.text for w in found.words if not w.quoted]
    assert (word in mine) is shown, why
    if shown:
        assert found.loaded, why
        w = next(w for w in found.words if w.text == word)
        assert text[w.start:w.end] == word and w.note


def test_an_adverb_of_manner_is_not_explained_as_a_verb_said_could_replace():
    # The classroom page read "'loudly' colours what was said ..., where 'said' would be neutral".
    text = "Trump made waves by very loudly claiming he was considering running as a Republican earlier in the year."
    notes = {w.text: w.note for w in loaded.analyse_sentence(text, 0, len(text)).words}
    assert notes["loudly"].startswith("'loudly' colours how someone spoke") and "'said'" not in notes["loudly"]
    assert "'said' would be neutral" in notes["claiming"]  # the verb itself keeps the verb-of-saying note


def test_claiming_credit_takes_a_thing_and_says_nothing():
    text = ("Trump has repeatedly expressed interest in the prize, claiming credit for mediating international "
            "disputes since returning to office.")
    assert "claiming" not in [w.text for w in loaded.analyse_sentence(text, 0, len(text)).words]
    said = "The mayor was claiming the budget had been balanced for years."
    assert "claiming" in [w.text for w in loaded.analyse_sentence(said, 0, len(said)).words]


def test_a_manner_verb_used_as_a_noun_is_no_manner_of_speaking():
    text = "His scoff at the plan drew no reply from the mayor."
    spans = loaded.sentence_words(text, 0, len(text))
    at = next(i for i, (s, e) in enumerate(spans) if text[s:e] == "scoff")
    assert not loaded.manner_of_speaking(text, 0, spans, at)


# Session 6: an -ly word beside a verb of saying is not always an adverb of how someone spoke.
NOT_MANNER = [
    ("Aides were in the office when a member of the family suggested they post a photo.", "family",
     "after 'the' an -ly word is a noun"),
    ("The governor's ability to navigate a racially charged argument with the mayor is being tested.", "racially",
     "after 'a' the adverb sits inside a noun phrase and modifies 'charged', not a speaker"),
    ("The candidate faced a rising outcry over his rough and racially charged dismissal of the couple.", "racially",
     "a determiner and an adjective joined by 'and' before it: still inside a noun phrase"),
    ("He wrote that delegates currently pledged to the senator may reconsider.", "currently",
     "a time adverb says when, not how"),
    ("He resigned from Congress after accidentally tweeting a photo meant for someone else.", "accidentally",
     "an adverb of chance says whether it was meant, a fact"),
]


@pytest.mark.parametrize("text,word,why", NOT_MANNER, ids=[c[1] for c in NOT_MANNER])
def test_an_ly_word_that_is_no_adverb_of_how_someone_spoke(text, word, why):
    spans = loaded.sentence_words(text, 0, len(text))
    at = next(i for i, (s, e) in enumerate(spans) if text[s:e] == word)
    assert not loaded.manner_of_speaking(text, 0, spans, at), why
    assert not any(w.text == word and w.kind == loaded.MANNER_KIND
                   for w in loaded.analyse_sentence(text, 0, len(text)).words), why


def test_an_adverb_of_manner_after_a_subject_still_counts():
    text = "The senator bluntly told reporters that the bill was dead."
    spans = loaded.sentence_words(text, 0, len(text))
    at = next(i for i, (s, e) in enumerate(spans) if text[s:e] == "bluntly")
    assert loaded.manner_of_speaking(text, 0, spans, at)


# Session 6: a judgement in a view the sentence gives to someone else is theirs, reported
# (the hedging extractor's rule for whose view a clause is, hedging._view_given).
VIEWS_GIVEN = [
    ("Trump complained Khizr Khan unfairly had attacked him, but his aides stayed silent.", ["unfairly", "attacked"]),
    ("He also said that there were aggravating circumstances in that case, notably that the general lied "
     "to investigators.", ["lied"]),
    ("As the director noted, the reckless handling of the emails was shocking.", ["reckless", "shocking"]),
]


@pytest.mark.parametrize("text,words", VIEWS_GIVEN, ids=[c[1][0] for c in VIEWS_GIVEN])
def test_a_judgement_in_a_view_given_to_someone_is_reported(text, words):
    found = {w.text: w for w in loaded.analyse_sentence(text, 0, len(text)).words}
    for word in words:
        assert word not in found or found[word].quoted, word


def test_a_spaced_hyphen_closes_a_view_given_inside_a_dash_aside():
    text = ("But it indicates that the candidate - who has resisted the changes his aides asked for, even though "
            "he had acknowledged they would need to occur - has decided to embrace his aggressive style for the "
            "rest of the race.")
    found = {w.text: w for w in loaded.analyse_sentence(text, 0, len(text)).words}
    assert "aggressive" in found and not found["aggressive"].quoted


def test_an_appositive_after_a_reported_statement_is_the_writers_comment():
    text = ("The speaker said on Monday that Republicans had a one-in-three chance of losing the House, "
            "a surprisingly downbeat assessment from a party leader.")
    spans = loaded.sentence_words(text, 0, len(text))
    at = next(i for i, (s, e) in enumerate(spans) if text[s:e] == "surprisingly")
    assert at not in loaded.voice_of_words(text, 0, spans, [None] * len(spans))[0]


def test_the_writers_own_judgement_beside_a_view_stays_the_writers():
    text = "The senator pushed a reckless plan, and critics were furious."
    found = {w.text: w for w in loaded.analyse_sentence(text, 0, len(text)).words}
    assert "reckless" in found and not found["reckless"].quoted


def test_claiming_a_legal_defence_takes_a_thing():
    text = "George Zimmerman claimed self-defense and was acquitted of murder in 2013."
    spans = loaded.sentence_words(text, 0, len(text))
    at = next(i for i, (s, e) in enumerate(spans) if text[s:e] == "claimed")
    assert loaded._claims_a_thing(text, spans, at)
    assert "claimed" not in [w.text for w in loaded.analyse_sentence(text, 0, len(text)).words]


@pytest.mark.parametrize("text,word", [
    ("The adviser told him to cut down on unforced errors before the convention.", "unforced"),
    ("Criminal charges against the former secretary were never likely, prosecutors said.", "Criminal"),
])
def test_common_policy_and_sport_terms_are_no_colouring(text, word):
    assert word not in [w.text for w in loaded.analyse_sentence(text, 0, len(text)).words]


def test_the_charge_after_accused_of_is_the_accusers():
    text = "Officials accused the governor of exploiting the floods for his campaign."
    found = loaded.analyse_sentence(text, 0, len(text))
    assert "exploiting" not in [w.text for w in found.words if not w.quoted]
    assert "exploiting" in [w.text for w in found.words if w.quoted]


def test_a_second_verb_of_saying_after_and_is_the_writers():
    text = 'Ryan warned that a "debt crisis is coming" and claimed the president offers little more than speeches.'
    found = loaded.analyse_sentence(text, 0, len(text))
    assert "claimed" in [w.text for w in found.words if not w.quoted]


def test_html_lists_loaded_words_inside_quotations_as_report_md_does():
    """Words inside quotations are counted (``loaded.quoted_per_100``) but not highlighted: both
    reports list them under the article, the same words in the same order."""
    from biaslens.corpus import make_story
    from biaslens.pipeline import analyse_story
    from biaslens.report import build_report
    from biaslens.report.loaded_section import QUOTED_LEAD

    text = 'The regime slammed the plan.\nThe senator called it "a bizarre and shameless scheme" on Monday.'
    story = make_story([article_from_text(text, "a.txt")])
    analysis = analyse_story(story, build_extractors(["loaded"]))
    files = build_report(analysis)
    quoted = [" ".join(i.text.split()) for i in analysis.articles[0].items("loaded_quoted")]
    assert "shameless" in quoted and analysis.articles[0].value("loaded.quoted_per_100") > 0
    page, markdown = files["report.html"].decode("utf-8"), files["report.md"].decode("utf-8")
    listed = ", ".join(f"\u201c{w}\u201d" for w in dict.fromkeys(quoted))
    md_line = next(line for line in markdown.splitlines() if line.startswith(QUOTED_LEAD))
    html_line = page.split('<p class="quoted-loaded">', 1)[1].split("</p>", 1)[0]
    for line in (md_line, html_line.replace("&#x27;", "'")):
        assert line == f"{QUOTED_LEAD} {listed}."


# Verbs of saying that colour a statement only where they report one (issue #16, teacher reads of
# BASIL dev stories): as nouns, or with no statement after them, they are plain words.
SPEECH_VERBS = [
    ("The plaintiffs presented sworn statements and statistics to support their claim.", "claim", None,
     "'their claim' is a noun: a determiner or possessive right before it"),
    ("Her discrimination claims were folded into a class action lawsuit covering many stores.", "claims", None,
     "'discrimination claims' is a legal noun, not a verb of saying"),
    ("Those claims are all circumstantial, but they do not help his case.", "claims", None,
     "'Those claims' is the plain noun for what was said"),
    ("Supreme Court Questions Claims in Sex Bias Suit", "Claims", None,
     "in a headline's capitals a noun after a verb ('Questions Claims in') is still a noun"),
    ("The senator also claims that managers paid women less than men in the same jobs.", "claims", "attribution",
     "'claims that' reports a statement: the outlet's loaded verb of saying"),
    ("The group insisted that the trust funds should not be raided to reduce the deficit.", "insisted",
     "attribution", "'insisted that' casts doubt on a statement in the outlet's own words, however plain the rest"),
    ("The scandal is overshadowing his role in the party and threatening his dream of becoming mayor.",
     "threatening", None, "'threatening his dream' reports no statement"),
    ("The congressman emphatically denied on Wednesday that he had sent the photograph.", "denied", None,
     "'denied' is the plain name of a denial: no plainer verb reports it"),
    ("The lawsuit alleges that the company paid women less than men for the same work.", "alleges", None,
     "what a court filing 'alleges' or 'claims' is the plain legal word for its contents"),
    ("The senator failed in a 2005 bid for the nomination for governor.", "failed", None,
     "a judging participle used as a verb with a preposition after it tells what happened"),
    # Session 7 (unity): a name and its comma-set description are the subject of the verb after them.
    ("Ryan, a policy-focused conservative, insists the GOP must be a party of ideas, and has championed an agenda.",
     "insists", "attribution", "'Ryan, a ... conservative, insists': a verb of saying after a described name"),
    ("In the folder, a list of the senator's early demands, claims and counter-offers was found.", "claims", None,
     "look-alike: an item of a comma-set list, no name before the description, is a noun"),
]


def _assert_own_kind(text: str, word: str, kind: str | None, why: str) -> None:
    """``word`` is among the sentence's own loaded words with ``kind``, or (kind None) is not."""
    found = {w.text: w for w in loaded.analyse_sentence(text, 0, len(text)).words if not w.quoted}
    if kind is None:
        assert word not in found, why
    else:
        assert word in found and found[word].kind == kind, why
        assert text[found[word].start:found[word].end] == word


@pytest.mark.parametrize("text,word,kind,why", SPEECH_VERBS, ids=[c[3][:60] for c in SPEECH_VERBS])
def test_verbs_of_saying_colour_only_a_statement(text, word, kind, why):
    _assert_own_kind(text, word, kind, why)
    assert word not in [w.text for w in loaded.lexicon_words(text, 0, len(text)) if kind is None]


# Views the outlet reports (issue #16): the words are the person's, counted with the quoted words.
REPORTED_VIEWS = [
    ("Economists credit the program for drastically reducing poverty among the elderly.", "drastically",
     "what someone credits (or blames) a thing for is that person's view"),
    ("The real problem, he said, is progressivism, which he wrote on his blackboard.", "progressivism",
     "a sentence with an attribution set off by commas ('..., he said, ...') is the speaker's view"),
    ("And he describes the hostile reaction directed at veterans coming back from the war.", "hostile",
     "what someone describes is that person's account"),
    ("The lawyer said the class-action nature of the case deprives the company of its rights because it is "
     "being forced to defend every store.", "forced",
     "a that-less clause with a noun-phrase subject after 'said' is the speaker's view"),
]


@pytest.mark.parametrize("text,word,why", REPORTED_VIEWS, ids=[c[2][:60] for c in REPORTED_VIEWS])
def test_reported_views_are_the_speakers(text, word, why):
    found = loaded.analyse_sentence(text, 0, len(text))
    assert word not in [w.text for w in found.words if not w.quoted], why


def test_a_calling_verb_that_gives_a_name_stops_at_the_name():
    text = "A coalition of groups called Strengthen Social Security has railed against cuts to benefits."
    found = loaded.analyse_sentence(text, 0, len(text))
    assert "railed" in [w.text for w in found.words if not w.quoted]


def test_a_capitalised_adverb_is_part_of_a_name_not_a_manner_of_speaking():
    text = "The Shelton Weekly reported on May 23, 2008, that the candidate had served overseas."
    assert "Weekly" not in [w.text for w in loaded.analyse_sentence(text, 0, len(text)).words]


def test_an_echo_of_a_quoted_word_and_a_quoted_list_are_the_speakers():
    text = ("\u201cIt is not enough just to not suck as much as the other side,\u201d he said.\n\n"
            "And who, exactly, sucked as much as the other side?\n\n"
            "On Tuesday a set of response points were circulated by the senator's allies:\n\n"
            "-The senator has been a constant champion of veterans and of the military.\n\n"
            "The senator has been a champion of veterans, and the bizarre attack is a smear.")
    article = article_from_text(text, "echo.txt")
    own = [w.text for _, _, w in LoadedExtractor().find(article) if not w.quoted]
    theirs = [w.text for _, _, w in LoadedExtractor().find(article) if w.quoted]
    assert "sucked" not in own and "constant" not in own and "constant" in theirs
    assert "bizarre" in own  # the outlet's own paragraph after the list is its own again
    assert loaded.introduced_lists(text) == [(text.index("-The"), text.index("military.") + len("military."))]


def test_a_word_before_the_quotation_it_matches_is_no_echo():
    # Session 6: politico's headline "Criminal charges" and lede "Extreme carelessness" came before
    # Comey's quoted "extremely careless" and "criminal": the outlet's words, not an echo.
    text = ("Extreme carelessness is not a crime, at least when it comes to classified information.\n\n"
            "The director said the officials had been \u201cextremely careless\u201d with the emails.\n\n"
            "Others called that extreme carelessness a scandal.")
    echoed = loaded.quoted_word_echo(text, [(text.index("extremely"), text.index("careless\u201d") + 8)])
    assert not echoed("Extreme", 0)
    assert echoed("extreme", text.index("extreme carelessness a"))
    assert echoed("extreme")  # where unknown: any quotation counts, as before


# Small rules from the teacher reads of BASIL dev stories (session 4, issue #16): each with a
# look-alike that must still count.
SMALL_RULES = [
    ("His campaign-style visit to Detroit, though, threatens to muddy the waters.", "threatens", None,
     "a thing that 'threatens to' poses a risk; it reports no statement"),
    ("The union threatened that its members would strike if the deal fell through.", "threatened", "attribution",
     "'threatened that' reports a statement: the outlet's loaded verb of saying"),
    ("Mr. Hale also threatened to invoke the emergency law if the governors did not act.", "threatened",
     "attribution", "a person who 'threatened to' made a threat: a statement, the outlet's loaded verb of saying"),
    ("Liberal groups that support gay marriage are not similarly criticized by conservatives.", "similarly", None,
     "'similarly' compares; it does not tell how anyone spoke"),
    ("The mayor angrily criticized the council over the budget.", "angrily", "manner",
     "'angrily' beside a verb of saying colours how someone spoke"),
    ("They were the first talks since 2011, when the search for a bargain on taxes and spending ultimately failed.",
     "failed", None, "a judging participle that ends its clause after its subject is the verb for what happened"),
    ("The plan to close the schools was ultimately flawed.", "flawed", "judgement",
     "after a linking verb the participle is an adjective that judges"),
]


@pytest.mark.parametrize("text,word,kind,why", SMALL_RULES, ids=[c[3][:60] for c in SMALL_RULES])
def test_small_rules_on_own_words(text, word, kind, why):
    _assert_own_kind(text, word, kind, why)


def test_a_prediction_offered_is_the_speakers_view():
    text = "Ms. Lagarde offered a tentative prediction that the lawmakers would prevail and avert the worst outcome."
    worst = [w for w in loaded.analyse_sentence(text, 0, len(text)).words if w.text == "worst"]
    assert all(w.quoted for w in worst)  # her reported view: counted with the quoted words
    assert loaded.in_reported_clause(text, 0, text.index("worst"), loaded_verbs=True)
    # Look-alike: a prediction named with no verb of giving before it is the writer's noun phrase.
    own = "The worst outcome is a prediction that nobody in the room wanted to hear about."
    assert not loaded.in_reported_clause(own, 0, own.index("nobody"), loaded_verbs=True)


def test_an_editors_insertion_in_a_quotation_is_counted_in_neither_list():
    from biaslens.corpus import article_from_text
    from biaslens.extractors.loaded import LoadedExtractor
    body = ('Trump accused Obama of a confusing policy on Libya, saying "nobody knows what\'s happening, and now it '
            'looks like (Libyan strongman Muammar) al-Qaddafi is going to beat the United States."\n\n'
            'He said "the strongman is a disaster for the region."')
    article = article_from_text("Trump Talks Libya\n\n" + body, "x.txt", {"outlet": "x"})
    words = [(w.text, w.quoted, w.start) for _, _, w in LoadedExtractor().find(article)]
    inserted = article.text.index("strongman Muammar")
    assert all(at != inserted for _, _, at in words)
    # Look-alike: the same word in the speaker's own quoted words is still the speaker's.
    assert ("strongman", True, article.text.index("strongman is")) in words
    assert loaded.editor_insertions(article.text, [(0, len(article.text))]) == [
        (article.text.index("(Libyan"), article.text.index("Muammar)") + len("Muammar)"))]


# Words that make no judgement of the writer's though the word could (session 5, issue #16): each
# with a look-alike that must still count. (text, word, kind the word must have, or None: not shown)
UNASSERTED = [
    ("Those wondering whether the ceremony would be dramatic found out on Thursday morning.", "dramatic", None,
     "a word asked about ('whether ... would be dramatic') calls nothing dramatic"),
    ("The ceremony on Thursday was dramatic, with shouting from the gallery.", "dramatic", "intensifier",
     "look-alike: the writer calls it dramatic"),
    ("Reporters asked if he believed the governor had flip-flopped on the tax plan.", "flip-flopped", None,
     "a word inside a question someone asked is not the writer's statement"),
    ("The reading itself was not dramatic at all, members of both parties agreed.", "dramatic", None,
     "a word said not to apply: the sentence calls nothing dramatic"),
    ("The article itself seems to have spawned little outrage among readers.", "outrage", None,
     "an emotive noun said to be absent ('little outrage') names nothing that happened"),
    ("The decision sparked outrage among readers, who flooded the magazine with letters.", "outrage", "emotive",
     "look-alike: the outrage happened"),
    ("Supporting anything that resembled the Democratic agenda would no longer fly with the party.", "agenda", None,
     "'agenda' with its owner named is the plain word for a party's programme"),
    ("Critics say the group pushed a hidden agenda in a shameless campaign.", "agenda", "label",
     "look-alike: a 'hidden agenda' passes judgement"),
    ("Beck said the real trouble with America was progressivism and its long history.", "progressivism", None,
     "the name of a movement someone argues against, no judgement in the word"),
    ("There was no sign the speculation about who was responsible for tweeting the photo was fading.", "tweeting",
     None, "a verb the list of reporting verbs calls neutral is the plain verb for what was done"),
    ("Like the Constitutional Convention itself, things did not begin auspiciously.", "auspiciously", "learned",
     "look-alike: an adverb of a negated verb still judges ('did not begin auspiciously': a bad start)"),
    ("The governor is nothing if not a shameless opportunist, and his rivals have learned it the hard way.",
     "shameless", "judgement", "look-alike: 'nothing if not' says the word applies; 'if not' supposes nothing"),
    ("Whether you find the senator's buffoonery disgraceful may decide the primary.", "buffoonery", "emotive",
     "look-alike: a noun a possessive owns in a 'whether' clause is named as there, not supposed"),
    ("The speaker is setting expectations high, but apparently not too high, for the elections.", "apparently", None,
     "a hedge ('apparently') is how sure the writer is, counted by the hedges measure, not a loaded word"),
    ("The war was started in response to the terrorist attacks on the country in 2001.", "terrorist", None,
     "'terrorist attacks' names a kind of attack, not a judgement of the writer's"),
    ("The regime's terrorist thugs slammed the protesters in a shameless display.", "terrorist", "label",
     "look-alike: 'terrorist' as the outlet's label for people"),
    # Session 7 (orlando, clinch): both words of a common term, fixed names, a phrasal verb, a formula.
    ("More airstrikes in Syria will not prevent terrorist attacks like the shooting in the nightclub.", "attacks",
     None, "'terrorist attacks' names the attacks (both its words are plain)"),
    ("The senator's attacks on the judge were shameless and ugly.", "attacks", "emotive",
     "look-alike: a politician's 'attacks' on a person colour the exchange"),
    ("Generals who have prosecuted the war on terrorism doubt that more airstrikes would help.", "war on", None,
     "'the war on terrorism' is the campaign's name, not the writer's figure"),
    ("The budget amounts to a war on women and the poor.", "war on", "emotive",
     "look-alike: 'a war on women' is the writer's figure"),
    ("The governor woke up to the devastating news and cancelled his shameless campaign stop.", "woke", None,
     "'woke up' is the verb of waking, not the label"),
    ("The senator mocked woke corporations in a speech on Sunday.", "woke", "label",
     "look-alike: 'woke corporations' is the label"),
    ("Two officials spoke on condition of anonymity to speak candidly about the private talks.", "candidly", None,
     "the anonymity formula's 'to speak candidly' is the source's reason, no manner of the writer's"),
]


# Verbs of saying read as nouns, things or no statement (session 5): each with a look-alike.
SAYING_SHAPES = [
    ("The reading was propaganda intended to give Republicans claim to the document.", "claim", None,
     "'claim to the document' is a right to a thing: a noun"),
    ("Republicans claim to be the true heirs of the framers of the document.", "claim", "attribution",
     "look-alike: 'claim to be' reports a statement"),
    ("Tea Party members have challenged claims that their activists accosted black lawmakers.", "claims", None,
     "the object of a verb in the past is a noun, whatever 'that' follows"),
    ("The partisan fight over Medicare continued and threatened to become the focus of the race, the campaign "
     "said, adding that the plan \u201cwould end Medicare as we know it.\u201d", "threatened", None,
     "a thing that 'threatened to' reports no statement, whatever the sentence quotes elsewhere"),
]


@pytest.mark.parametrize("text,word,kind,why", UNASSERTED + SAYING_SHAPES, ids=[c[3][:60] for c in UNASSERTED + SAYING_SHAPES])
def test_words_that_assert_no_judgement(text, word, kind, why):
    _assert_own_kind(text, word, kind, why)


def test_a_quoted_misspelling_and_a_quoted_plain_verb_are_no_loaded_words():
    text = ('"Those elements that have been dedacted (sic) by amendment are no less serious," he said. '
            '"To not read it all is to fail to acknowledge the struggle our nation has fought," he added.')
    article = article_from_text(text, "sic.txt")
    quoted = [w.text for _, _, w in LoadedExtractor().find(article) if w.quoted]
    assert "dedacted" not in quoted and "acknowledge" not in quoted


REPORTED_CONTENT = [
    ("Romney and Ryan have said those cuts would be devastating to millions of older Americans.", "devastating",
     "a that-less clause after 'said' with 'those ...' as its subject is the speakers' view"),
    ("The group adopted a resolution despite claims from its critics that the measure is just a political ploy.",
     "ploy", "what a claim says ('claims from its critics that ...') is the claimants' view"),
    ("He defended the budget, saying for instance that denying credits to illegal immigrants is merely policy.",
     "illegal", "'for instance' between a verb of saying and 'that' leaves the clause the speaker's"),
]


def test_a_self_described_name_is_the_persons_own():
    # Session 7 (clinch): "self-described" hands the name to the person; "self-styled" is the writer's doubt.
    text = "The Vermont senator, a self-described democratic socialist, met with party leaders on Thursday."
    assert [(w.text, w.quoted) for w in loaded.analyse_sentence(text, 0, len(text)).words] == [("socialist", True)]
    assert loaded.self_described(text, 0, text.index("socialist"))
    styled = "The Vermont senator, a self-styled socialist, met with party leaders on Thursday."
    assert ("socialist", False) in [(w.text, w.quoted) for w in loaded.analyse_sentence(styled, 0, len(styled)).words]


def test_a_possessive_owns_a_noun_and_holds_no_view():
    # Session 7 (orlando): "the Islamic State's claim of credit" is a noun; the "massacre" after it is
    # the writer's word, not the group's view (the view holder of hedging._view_given is no possessive).
    text = ('"We have to really increase the bombings," the nominee told reporters after he was asked about the '
            "Islamic State's claim of credit for the attack by a gunman who pledged his allegiance to the group "
            "during the massacre that killed 49 people.")
    assert ("massacre", False) in [(w.text, w.quoted) for w in loaded.analyse_sentence(text, 0, len(text)).words]
    assert not _view_given(text, 0, text.index("massacre"))
    # Look-alike: without the possessive the name is the subject of "claim", and the clause its view.
    claimed = "The nominee spoke after the Islamic State claimed the gunman acted for it during the massacre."
    assert _view_given(claimed, 0, claimed.index("massacre"))


@pytest.mark.parametrize("text,word,why", REPORTED_CONTENT, ids=[c[2][:60] for c in REPORTED_CONTENT])
def test_reported_content_is_the_speakers(text, word, why):
    found = loaded.analyse_sentence(text, 0, len(text))
    assert word not in [w.text for w in found.words if not w.quoted], why


def test_a_hedge_opening_a_that_less_reported_clause() -> None:
    # 'told Fox News the reading may be': the modal is the historian's doubt, not the writer's.
    text = "Historian Alan Brinkley told Fox News the reading may be a bit of theater."
    assert loaded.opens_said_clause(text, 0, text.index("may"))
    text = "Smith said he could not recall the meeting."
    assert loaded.opens_said_clause(text, 0, text.index("could"))
    # Not the writer's own modal, nor one before any verb of saying.
    own = "The reading may be a bit of theater, Smith said."
    assert not loaded.opens_said_clause(own, 0, own.index("may"))
    own = "It may be said the vote was close."
    assert not loaded.opens_said_clause(own, 0, own.index("may"))


def test_second_verb_of_saying_after_calling_is_the_writers() -> None:
    # 'calling the article "misleading" and claiming "..."': "claiming" is the writer's word.
    text = ('AARP CEO Barry Rand issued a statement calling the article "misleading" and claiming '
            '"AARP has not changed its position."')
    article = article_from_text(text, "t.txt", {"outlet": "Test"})
    found = {w.text: w.quoted for _, _, w in LoadedExtractor().find(article)}
    assert found.get("claiming") is False


def test_the_that_clause_of_a_criticism_is_the_critics_words():
    """'criticism from fellow Democrats that the president has caved too much': the critics say he
    caved; a complaint's that-clause is the complainers'. The writer's own 'caved' still counts."""
    from biaslens.loaded import in_reported_clause
    text = "The White House faced criticism from fellow Democrats that the president has caved too much."
    assert in_reported_clause(text, 0, text.index("caved"), loaded_verbs=True)
    own = "The president has caved too much, the editorial board wrote."
    assert not in_reported_clause(own, 0, own.index("caved"), loaded_verbs=True)


# Sentences the clause and cue rules read: "that" clauses after verbs of saying, that-less clauses
# after "said", names with abbreviations, negations, questions, calling verbs, commas and stops.
_CLAUSE_SENTENCES = (
    "Mr. Smith said the plan was a disaster, and the senator insisted that it was reckless.",
    "Critics argued that Gov. Perry, who called the policy heartless, was wrong that it would fail.",
    "She told reporters on Sunday that the bill, which he described as a sham, had not passed.",
    "Politico reported over the weekend that many GOP operatives believe that a run was doubtful.",
    "The company claims its position remains unchanged; whether the reading would be dramatic is unclear.",
    "He said Obama was \"clearly\" taking a side, no matter what he claims about the critically charged vote.",
    "It was not dramatic: the speech spawned little outrage without fanfare, and Mediaite writes about it.",
    "Ms. Lagarde offered a tentative prediction that growth would slow, though she said little else.",
    "IF THE DEAL FAILS, CRITICS SAY THAT THE \u017fENATOR ACCU\u017fED THEM OF LYING, \u212aNOWING IT WAS NOT TRUE.",
)


def test_clause_searches_from_the_last_stop_find_what_a_search_from_the_sentence_start_finds():
    # voice_of_words searches each word's clause from just after the last comma or stop before it
    # (loaded._ClauseStops) and judges each "that" once per sentence: a match holds no such
    # character, so the answers must equal the plain calls word for word.
    for text in _CLAUSE_SENTENCES:
        stops = loaded._ClauseStops(text, 0, len(text))
        for verdicts in ({}, None):
            for at, _ in loaded.sentence_words(text, 0, len(text)):
                for loaded_verbs in (True, False):
                    memo = {} if verdicts is None else verdicts.setdefault(loaded_verbs, {})
                    assert loaded._in_that_clause(text, 0, at, loaded_verbs, memo, stops.after_stop(at)) \
                        == loaded.in_reported_clause(text, 0, at, loaded_verbs), (text, at)
                assert loaded._in_bare_clause(text, 0, at, stops.after_comma(at), stops.after_stop(at)) \
                    == loaded._in_bare_clause(text, 0, at), (text, at)


def test_cue_letters_skip_only_sentences_where_the_cue_cannot_occur():
    # Each cue pattern is scanned only when the folded sentence holds one of its letters; the long s,
    # the Kelvin sign and dotted or dotless i match ASCII letters case-blind, so they must not hide one.
    from biaslens.text import ascii_folded

    cues = ((loaded._CALLING_CUE, loaded._CALLING_LETTERS), (loaded._NEGATED_CUES, loaded._NEGATED_LETTERS),
            (loaded._WHETHER_CUES, loaded._WHETHER_LETTERS), (loaded._ABSENT_CUES, loaded._ABSENT_LETTERS))
    for text in _CLAUSE_SENTENCES + tuple(t.lower() for t in _CLAUSE_SENTENCES):
        for pattern, letters in cues:
            full = loaded._cue_spans(pattern, text, 0, len(text))
            assert loaded._cue_spans(pattern, text, 0, len(text), ascii_folded(text), letters) == full
            # Lookahead (every start position) finds no occurrence the plain scan missed.
            overlapping = [m.span(1) for m in re.finditer(f"(?=({pattern.pattern}))", text, pattern.flags)]
            assert overlapping == full, (pattern.pattern, text)
            for a, b in full:
                assert any(w in ascii_folded(text[a:b]) for w in letters), text[a:b]


def test_word_scores_kept_for_the_process_give_what_a_fresh_scorer_gives():
    # An extractor is built per story; the word part of each score is kept per process (one table
    # per model and word tables), so a story scored after others must read as it does alone.
    text = "The regime's thugs slammed the so-called reform as a bizarre and shamelessly partisan stunt."
    spans = loaded.sentence_words(text, 0, len(text))
    res, model = loaded.resources(), loaded.shipped_model()
    assert loaded.resources() is res
    first = loaded.WordScorer(model, res)
    warm = first.probabilities(text, spans)
    second = loaded.WordScorer(model, res)
    assert second._static is first._static and second.probabilities(text, spans) == warm
    assert warm[0] == pytest.approx([model.probability(f) for f in loaded.word_features(text, spans, res)[0]], abs=1e-12)


# Session 8 (issue #16): the display rules added 21 BABE sentences whatever the sentence model said,
# 13 of them plain reporting. Each rule below is one shape of those, with a look-alike that still counts.
PLAIN_REPORTING = [
    ("A man who was stopped for an alleged traffic violation was shot by two deputies, officials said on Tuesday.",
     "alleged", None, "the adjective 'alleged' is the news convention for an accusation not proven"),
    ("Police are hunting for two men who are alleged to have set fire to a mosque in the city.", "alleged", None,
     "the passive 'are alleged to' names no one who doubts: the same convention"),
    ("The senator alleged that the company had hidden its losses from regulators for years.", "alleged",
     "attribution", "look-alike: a person who 'alleged that' is the outlet's doubting verb of saying"),
    ("The documents, which were released on Friday, allege that the director ignored repeated warnings.", "allege",
     None, "what court or official papers 'allege' is their contents, as with a lawsuit"),
    ("The former aide alleges that the governor knew about the payments.", "alleges", "attribution",
     "look-alike: a person's allegation keeps the doubting verb"),
]


@pytest.mark.parametrize("text,word,kind,why", PLAIN_REPORTING, ids=[c[3][:60] for c in PLAIN_REPORTING])
def test_the_conventions_of_reporting_an_accusation_are_plain(text, word, kind, why):
    _assert_own_kind(text, word, kind, why)


MANNER_SHAPES = [
    ("Although a celebration, the day is also observed solemnly to honor the victims.", "solemnly", False,
     "how formal an act was ('solemnly', 'categorically') is its form, not the writer's picture of the speaker"),
    ("Officials categorically denied that the vaccine was unsafe.", "categorically", False,
     "'categorically denied' tells how absolute the denial was"),
    ("Activists across the country held mock funerals outside the stores.", "mock", False,
     "a manner verb's bare form running into a noun with no subject before it modifies the noun"),
    ("Students learn about Jim Crow laws in the South and the fight to end them.", "Crow", False,
     "capitalised mid-sentence in a sentence that is no headline: part of a name"),
    ("Critics who mock the plan say it will fail.", "mock", True, "look-alike: 'who mock the' is a verb"),
    ("Biden Snaps At Reporter Over Question", "Snaps", True, "look-alike: a headline capitalises its verbs"),
    ("The senator angrily said that the vote was rigged.", "angrily", True, "look-alike: an adverb of how he spoke"),
]


@pytest.mark.parametrize("text,word,manner,why", MANNER_SHAPES, ids=[c[3][:60] for c in MANNER_SHAPES])
def test_shapes_that_are_no_manner_of_speaking(text, word, manner, why):
    spans = loaded.sentence_words(text, 0, len(text))
    at = next(i for i, (s, e) in enumerate(spans) if text[s:e] == word)
    assert loaded.manner_of_speaking(text, 0, spans, at) is manner, why


def test_a_verb_of_saying_acting_on_an_object_is_no_verb_of_saying():
    """'has mocked a disabled reporter' names what was done to someone, no statement: emotive, not a
    verb of saying; 'mocked the plan as a giveaway' and 'mocked: "..."' still report what was said."""
    act = "Kirk noted that Mr. Trump has mocked a disabled reporter during the campaign."
    said = ['Critics mocked the plan as a giveaway to donors.', 'He mocked: "who cares about the rules?"']
    kinds = {w.text: w.kind for w in loaded.analyse_sentence(act, 0, len(act)).words}
    assert kinds.get("mocked", "emotive") == "emotive"
    for text in said:
        kinds = {w.text: w.kind for w in loaded.analyse_sentence(text, 0, len(text)).words}
        assert kinds.get("mocked", loaded.SAYING_KIND) == loaded.SAYING_KIND, text


def test_the_models_are_fit_on_the_lexicon_above_its_families():
    """training/train_loaded.py fits on loaded.txt above the session-8 families: a family entry
    ('feckless') is listed for use but not for fitting, so it takes no weight from unlisted words."""
    import importlib.util
    import sys

    path = Path(__file__).resolve().parents[1] / "training" / "train_loaded.py"
    spec = importlib.util.spec_from_file_location("train_loaded", path)
    train = sys.modules.get("train_loaded")
    if train is None:
        train = importlib.util.module_from_spec(spec)
        sys.modules["train_loaded"] = train  # its dataclasses look their module up there
        spec.loader.exec_module(train)
    core, full = train.fitting_lexicon(), loaded.read_lexicon()
    assert "feckless" in full.words and "feckless" not in core.words
    assert core.words["bizarre"] == full.words["bizarre"] == "judgement"
    assert set(core.words) < set(full.words) and set(core.phrases) <= set(full.phrases)


# How someone felt, reported (dncobama read, session 9): a participle of feeling said of people is
# their state, not the writer's judgement; one the writer gives a thing, or the writer's verb for
# causing it ("has angered", read as loaded in the manafort read), is left to the model.
FEELINGS = [
    ("Tiegen was also troubled by Clinton’s handling of highly classified material.", "troubled", True),
    ("The convention has been less than fraternal, with disappointed Sanders supporters disrupting the speeches.",
     "disappointed", True),
    ("His behavior has angered the party's top figures, who have openly expressed concern.", "angered", False),
    ("Opening up about his troubled past, the host told the crowd a story about his youth.", "troubled", False),
]


@pytest.mark.parametrize("text,word,reported", FEELINGS, ids=[c[1] + ("" if c[2] else " (look-alike)") for c in FEELINGS])
def test_a_feeling_said_of_people_is_theirs(text, word, reported):
    spans = loaded.sentence_words(text, 0, len(text))
    words = [loaded.normalise(text[a:b]) for a, b in spans]
    found = {words[i] for i in loaded.reported_feelings(text, 0, spans, words)}
    assert (word in found) == reported
    if reported:
        assert word not in [w.text for w in loaded.analyse_sentence(text, 0, len(text)).words]
