"""The worksheet: questions only about what the analysis found with evidence, answers apart."""

from __future__ import annotations

from typing import Any

import pytest

from biaslens.corpus import article_from_text, make_story
from biaslens.extractors import build_extractors
from biaslens.pipeline import analyse_story
from biaslens.report.context import ReportContext
from biaslens.report.worksheet import answers_markdown, build_worksheet, read_comparison, worksheet_markdown


@pytest.fixture(scope="module")
def seed_worksheet(seed_analysis):
    from biaslens.compare import compare_story as compare

    ctx = ReportContext(seed_analysis, compare(seed_analysis))
    return ctx, build_worksheet(ctx)


def test_seed_worksheet_asks_each_part(seed_worksheet):
    _, worksheet = seed_worksheet
    kinds = [q.kind for q in worksheet.questions]
    # On the seeds: shared details, unique details, a left-out detail, hedges. No conflict
    # question: Thursday (the meeting with Xi) and Wednesday (the stop in South Korea) date
    # different things and are only listed to check by hand. No readability or tone question: on five short articles no difference in
    # sentence length or tone is larger than chance alone would give (test_report_model checks a
    # story where one is). No "quoted only by" question: the one voice a single seed quotes, the
    # White House, speaks in two others too ("The White House said the goal is ...", "The White
    # House later confirmed ..."), so it is no voice only one outlet gave (issue #13).
    for kind in ("all_include", "only_here", "left_out"):
        assert kind in kinds, kind
    assert "conflict" not in kinds
    assert "quoted_only_here" not in kinds
    assert "readability" not in kinds and "negative_tone" not in kinds
    assert [q.part for q in worksheet.questions] == sorted(
        (q.part for q in worksheet.questions), key=["include", "differ", "evidence"].index
    )


def test_every_answer_is_backed_by_text_from_the_article(seed_worksheet):
    ctx, worksheet = seed_worksheet
    texts = {ctx.label(a): a.article.text for a in ctx.analysis.articles}
    by_source = {a.article.source: a.article.text for a in ctx.analysis.articles}
    for question in worksheet.questions:
        assert question.evidence, question.kind
        for label, sentence in question.evidence:
            assert sentence and sentence in texts[label], (question.kind, label, sentence)
        # Each sentence is where its offsets say, and the answer key prints them.
        assert len(question.spans) == len(question.evidence), question.kind
        for (_, sentence), (source, start, end) in zip(question.evidence, question.spans):
            assert by_source[source][start:end] == sentence
            assert f"(characters {start}–{end})" in answers_markdown(worksheet)


def test_questions_do_not_give_answers_away(seed_worksheet):
    _, worksheet = seed_worksheet
    sheet = worksheet_markdown(worksheet)
    answers = answers_markdown(worksheet)
    for question in worksheet.questions:
        if question.kind in ("only_here", "left_out", "readability"):
            assert question.answer.split(" ")[0] not in question.prompt.split(" ")[:3]
        assert "**Answer:**" not in sheet
    assert answers.count("**Answer:**") == len(worksheet.questions)
    # Ask about detail words, never about the story's own title words (Trump, Tokyo).
    shared = next(q for q in worksheet.questions if q.kind == "all_include")
    assert "“Trump”" not in shared.prompt and "“Tokyo”" not in shared.prompt


def test_question_types_without_data_are_skipped():
    # One article: nothing to compare; no hedges or quotes in the text.
    article = article_from_text("The council met on Monday. It approved the budget.", "one.txt", {"outlet": "Local"})
    analysis = analyse_story(make_story([article]), build_extractors(["readability"]))
    worksheet = build_worksheet(ReportContext(analysis, None))
    assert worksheet.questions == ()
    assert "found nothing to ask about" in worksheet_markdown(worksheet)


def test_comparison_is_read_defensively():
    view = read_comparison({"details": [{"id": "d1", "text": "x", "kind": "entity", "articles": ["a"]}]}, ("a", "b"))
    assert [r["id"] for r in view.only_here["a"]] == ["d1"]  # no only_in: exactly one article counts
    assert read_comparison(None, ("a", "b")).available is False
    assert read_comparison({"comparable": False, "details": []}, ("a",)).available is False


def test_markdown_in_a_detail_cannot_become_a_link():
    a = article_from_text("Ministers met in [Tokyo Tower](http://evil.example) on Monday, says <b>X</b>.", "a.txt", {"outlet": "A"})
    b = article_from_text("Ministers met on Monday.", "b.txt", {"outlet": "B"})
    start = a.text.index("[Tokyo Tower]")
    end = a.text.index(" on Monday")
    comparison = {
        "details": [{"id": "d1", "kind": "entity", "text": "[Tokyo Tower](http://evil.example)", "articles": ["a.txt"],
                     "evidence": [{"source": "a.txt", "start": start, "end": end, "text": a.text[start:end],
                                   "sentence": {"start": 0, "end": len(a.text), "text": a.text}}]}],
        "only_in": {"a.txt": ["d1"], "b.txt": []},
    }
    analysis = analyse_story(make_story([a, b], {"title": "Ministers meet"}), build_extractors(["readability"]))
    worksheet = build_worksheet(ReportContext(analysis, comparison))
    assert [q.kind for q in worksheet.questions][:1] == ["only_here"]
    for text in (worksheet_markdown(worksheet), answers_markdown(worksheet)):
        assert "](http" not in text.replace("\\](http", "")
        assert "<b>" not in text


def test_word_choice_questions_only_when_outlets_differ(seed_worksheet):
    """Issue 16: the worksheet asks about describing words and event words only where outlets differ."""
    from types import SimpleNamespace

    from biaslens.events import EventNaming, EventWord, OutletEventWords
    from biaslens.report.worksheet import _event_questions

    _, worksheet = seed_worksheet
    by_kind = {q.kind: q for q in worksheet.questions}
    assert "Sanae Takaichi" in by_kind["labels"].prompt
    assert "a close protégé of former Prime Minister Shinzo Abe" in by_kind["labels"].answer
    # The seeds' outlets share "meeting" and "deal" for the event: their extra words are asked
    # about no more (see below).
    assert not [q for q in worksheet.questions if q.kind == "event_names"]

    def words(*lemmas: str) -> tuple[EventWord, ...]:
        return tuple(EventWord(0, len(w), w, w, "reaction", "noun", (0, 10)) for w in lemmas)

    def naming(a: tuple[str, ...], a_only: tuple[bool, ...], b: tuple[str, ...], b_only: tuple[bool, ...]) -> Any:
        return EventNaming("reaction", "how people reacted", {
            "a": OutletEventWords("a", words(*a), a_only), "b": OutletEventWords("b", words(*b), b_only)})

    def asked(found: Any) -> list[Any]:
        model = SimpleNamespace(event_names=(found,), entity_labels=(), analysis=SimpleNamespace(articles=()))
        return _event_questions(model, {"a": "A", "b": "B"})

    # The same words: nothing to compare.
    assert asked(naming(("deal",), (False,), ("deal",), (False,))) == []
    # A shared word plus an extra word each (hand read: "statement" shared, "comment" and "speech"
    # were side events): not asked.
    assert asked(naming(("statement", "comment"), (False, True), ("statement", "speech"), (False, True))) == []
    # Each outlet names it in words of its own ("criticism" against "backlash"): the lesson.
    found = asked(naming(("criticism",), (True,), ("backlash", "furor"), (True, True)))
    assert len(found) == 1 and "backlash (only this article)" in found[0].answer


def test_hedge_answers_use_only_the_outlets_own_words():
    # "I think" and "may" inside a quotation are the speaker's doubt; the worksheet's "the writer
    # is not certain" must point at the writer's own "could" instead.
    quoted = article_from_text('The mayor spoke on Monday. "I think the plan may fail," the mayor said. '
                               "The vote could slip to June.", "a.txt", {"outlet": "Alpha"})
    only_quoted = article_from_text('The council met on Monday. "I think we may lose," a member said.',
                                    "b.txt", {"outlet": "Beta"})
    analysis = analyse_story(make_story([quoted, only_quoted]), build_extractors(["hedging"]))
    questions = [q for q in build_worksheet(ReportContext(analysis, None)).questions if q.kind == "epistemic_hedge"]
    assert len(questions) == 1
    assert "“could”" in questions[0].answer
    assert "I think" not in questions[0].answer and "“may”" not in questions[0].answer
    assert "Alpha" in questions[0].prompt  # Beta's only hedges are quoted: it has none of its own


def test_left_out_questions_ask_about_people_not_countries_or_parties():
    # Acceptance read, session 2: "nyt does not mention America / GOP / the House — does leaving
    # it out change the story?" is a poor question for a class (the article speaks of them in
    # other words). A person, a figure or a date left out is worth asking about.
    texts = {s: f"Headline {s}\n\nSenator Jane Roe met voters in Ohio on Monday. The GOP plan costs $5 million."
             for s in ("a.txt", "b.txt")}
    texts["c.txt"] = "Headline c.txt\n\nA senator met voters in Ohio on Monday. The Republican plan costs $5 million."
    articles = [article_from_text(t, s, {"outlet": s[0].upper()}) for s, t in texts.items()]

    def evidence(source: str, word: str) -> dict:
        text = articles[["a.txt", "b.txt", "c.txt"].index(source)].text
        start = text.index(word)
        return {"source": source, "start": start, "end": start + len(word), "text": word,
                "sentence": {"start": 0, "end": len(text), "text": text}}

    comparison = {
        "details": [{"id": "gop", "kind": "entity", "text": "GOP", "articles": ["a.txt", "b.txt"],
                     "evidence": [evidence("a.txt", "GOP"), evidence("b.txt", "GOP")]},
                    {"id": "roe", "kind": "entity", "text": "Jane Roe", "articles": ["a.txt", "b.txt"],
                     "evidence": [evidence("a.txt", "Jane Roe"), evidence("b.txt", "Jane Roe")]}],
        "only_in": {"a.txt": [], "b.txt": [], "c.txt": []},
        "omissions": [{"detail": d, "kind": "entity", "text": t, "missing_from": "c.txt",
                       "carried_by": ["a.txt", "b.txt"], "share": 2 / 3,
                       "evidence": [evidence("a.txt", t), evidence("b.txt", t)]}
                      for d, t in (("gop", "GOP"), ("roe", "Jane Roe"))],
        "entities": [{"id": "e1", "name": "GOP", "kind": "organisation",
                      "mentions": [evidence("a.txt", "GOP"), evidence("b.txt", "GOP")]},
                     {"id": "e2", "name": "Jane Roe", "kind": "person",
                      "mentions": [evidence("a.txt", "Jane Roe"), evidence("b.txt", "Jane Roe")]}],
    }
    analysis = analyse_story(make_story(articles, {"title": "Roe meets voters"}), build_extractors(["readability"]))
    left_out = [q for q in build_worksheet(ReportContext(analysis, comparison)).questions if q.kind == "left_out"]
    assert len(left_out) == 1 and "Jane Roe" in left_out[0].prompt
    # Only what was searched is said: c tells of "a senator", which may be Jane Roe in other words.
    assert left_out[0].answer.startswith("The name “Jane Roe” does not appear in C (biaslens looked for")
    assert "in any form" not in left_out[0].answer and "in other words" in left_out[0].prompt


def test_hedge_answers_leave_out_hedges_reported_from_someone():
    # "The blog argues that it might be ...": the doubt is the blog's, reported; the writer's own
    # "appears to" is the answer.
    text = ("The blog argues that it might be a new kind of reporting. "
            "The man appears to be a student.")
    first = article_from_text(text, "a.txt", {"outlet": "Alpha"})
    other = article_from_text("The council met on Monday.", "b.txt", {"outlet": "Beta"})
    analysis = analyse_story(make_story([first, other]), build_extractors(["hedging"]))
    answer = next(q.answer for q in build_worksheet(ReportContext(analysis, None)).questions
                  if q.kind == "epistemic_hedge")
    assert "“appears to”" in answer and "might" not in answer


# --- Rules from the hand read of twelve BASIL stories (docs/CLAIMS.md, "The worksheet") ---------

def _row(kind: str, text: str, key: str, slot: str = "", sentence: str = "", at: int = 0) -> dict:
    sentence = sentence or text
    start = sentence.index(text) if text in sentence else at
    return {"id": "d1", "kind": kind, "text": text, "key": key, "slot": slot, "articles": ["a.txt"],
            "evidence": [{"source": "a.txt", "start": start, "end": start + len(text), "text": text,
                          "sentence": {"start": 0, "end": len(sentence), "text": sentence}}]}


@pytest.mark.parametrize("row, kind, asked", [
    # Weekday, month, year or decade alone: "Only fox mentions Saturday" teaches nothing.
    (_row("date", "Saturday", "weekday:saturday", "weekday"), None, False),
    (_row("date", "June", "date:?-06", "date"), None, False),
    (_row("date", "2012", "year:2012", "year"), None, False),
    (_row("date", "the 1990s", "decade:1990s", "decade"), None, False),
    (_row("date", "Dec. 27th", "date:?-12-27", "date"), None, True),
    (_row("date", "March 26, 2009", "date:2009-03-26", "date"), None, True),
    # Lengths of time count from something the detail does not say.
    (_row("number", "eleven days", "duration:11d", "duration"), None, False),
    (_row("number", "more than a month", "amount:more than a month", "amount of month"), None, False),
    # Fragments: a verb after the number, a number inside a name, a bare scale word, a count of one.
    (_row("number", "10 held", "count:10:held", "count of held", "with 23 held by Democrats and 10 held by Republicans."),
     None, False),
    (_row("number", "51 project", "count:51:project", "count of project", "He appeared to endorse the Park 51 project."),
     None, False),
    (_row("number", "thousand years", "amount:thousand years", "amount of years"), None, False),
    (_row("number", "one day", "count:1:day", "count of day"), None, False),
    (_row("number", "15 stories", "count:15:story", "count of story", "The center would rise 15 stories."), None, True),
    (_row("number", "41 percent", "percent:41", "percent"), None, True),
    # Names: a person or a name of two words; not a place or party in one word, not a given name.
    (_row("entity", "Iowa", "entity:iowa"), "place", False),
    (_row("entity", "Congress", "entity:congress"), "organisation", False),
    (_row("entity", "John", "entity:john boehner"), "person", False),
    (_row("entity", "Etheridge", "entity:etheridge"), "person", True),
    (_row("entity", "Book of Mormon", "entity:book mormon"), "other", True),
])
def test_worth_asking(row, kind, asked):
    from biaslens.report.worksheet import worth_asking

    assert worth_asking(row, kind) is asked


@pytest.mark.parametrize("sentence, cue, kind, source, confident", [
    # Before a noun, "unlikely" describes the allies; it is not the writer's doubt.
    ("But even some unlikely allies have emerged.", "unlikely", "epistemic", None, False),
    ("It is unlikely that the bill passes.", "unlikely", "epistemic", None, True),
    # After a word of saying or belief, the doubt is the person's.
    ("The White House disputed Republican claims that the conversations might be illegal.", "might", "epistemic", None, False),
    ("But Republicans have suggested such actions may constitute a crime.", "may", "epistemic", None, False),
    ("Walsh also suggested Reid would suffer politically.", "suggested", "epistemic", None, False),
    ("In fact, Republicans may have gotten more than they bargained for.", "may", "epistemic", None, True),
    # A sourcing cue passes the claim on with a verb right after its source.
    ("Critics say the offer broke the law.", "Critics say", "sourcing", "Critics", True),
    ("It was the first time, according to officials, that it happened.", "according to officials", "sourcing", "officials", True),
    ("Biden would not let Ryan finish his thought.", "Ryan finish his thought", "sourcing", "Ryan", False),
    ("He told New York and did not expect more.", "New York and did not expect", "sourcing", "New York", False),
    ("Then came the allegations.", "allegations", "sourcing", None, False),
    # Only helpers between the source and its verb: the members' verb is "challenged", "claims" a noun.
    ("But Tea Party members have challenged claims that it happened.", "Tea Party members have challenged claims",
     "sourcing", "Tea Party members", False),
    ("Officials have said the road is closed.", "Officials have said", "sourcing", "Officials", True),
])
def test_confident_cue(sentence, cue, kind, source, confident):
    from biaslens.report.worksheet import confident_cue

    start = sentence.index(cue)
    assert confident_cue(sentence, 0, start, start + len(cue), kind, source) is confident


def test_inside_quote_marks():
    from biaslens.report.worksheet import inside_quote_marks

    text = 'Axelrod said "I can\'t speak for how he might react," and left.\n\nHe might return.'
    assert inside_quote_marks(text, text.index("might"))
    assert not inside_quote_marks(text, text.rindex("might"))
    assert not inside_quote_marks(text, text.index("and left"))


def test_carried_by_finds_other_forms():
    from biaslens.report.worksheet import carried_by

    def article(text: str):
        return article_from_text(text, "b.txt", {"outlet": "B"})

    # Day and month in digits: "on 911" is Sept. 11 (the mosque story's hpo).
    assert carried_by(_row("date", "Sept. 11", "date:?-09-11", "date"), article("Heroes of 911 deserve better."))
    assert carried_by(_row("date", "Sept. 11", "date:?-09-11", "date"), article("The 9/11 families spoke."))
    assert not carried_by(_row("date", "Sept. 11", "date:?-09-11", "date"), article("It rose 1911 feet."))
    # A value counts only beside its unit.
    assert carried_by(_row("number", "15 stories", "count:15:story"), article("A tower of fifteen stories rose."))
    assert not carried_by(_row("number", "15 stories", "count:15:story"), article("There were 15 bills."))


def test_whole_words_with_the_folded_text_finds_what_the_search_alone_finds():
    """The substring test before the search answers as the search does: any case, whole words,
    and the letters a case-blind pattern takes for ASCII ones (the Kelvin sign, a long s)."""
    from biaslens.report.worksheet import _whole_words
    from biaslens.text import ascii_folded

    text = ("The St. Louis Tea Party Coalition sued the city on Monday; its lawyer, Jane Roe, "
            "called the ordinance \u201cunconstitutional.\u201d A \u212aansas judge and the Mi\u017f\u017fouri "
            "attorney general\u2019s office declined to comment. Ca\u00f1ón City officials said nothing.")
    folded = ascii_folded(text)
    for words in ("St. Louis Tea Party", "st. louis tea party", "Roe", "Jane Ro", "Kansas", "Missouri",
                  "ATTORNEY GENERAL", "Cañón City", "Tea", "Party Coalition sued", "ordinance", "Louisiana", ""):
        assert _whole_words(words, text, folded) == _whole_words(words, text), words
    assert _whole_words("Kansas", text, folded) == "\u212aansas"
    assert _whole_words("Jane Ro", text, folded) is None


def test_the_guard_drops_a_question_the_data_contradicts():
    from biaslens.report.worksheet import Question, check_question

    a = article_from_text("Headline A\n\nSenator Jane Roe met voters in Ohio on Monday.", "a.txt", {"outlet": "A"})
    b = article_from_text("Headline B\n\nRoe met voters on Monday.", "b.txt", {"outlet": "B"})
    start = a.text.index("Jane Roe")
    sentence = a.sentence_at(start)
    entry = {"source": "a.txt", "start": start, "end": start + 8, "text": "Jane Roe",
             "sentence": {"start": sentence.start, "end": sentence.end, "text": a.text[sentence.start:sentence.end]}}
    comparison = {"details": [{"id": "d1", "kind": "entity", "text": "Jane Roe", "articles": ["a.txt"],
                               "evidence": [entry]}], "only_in": {"a.txt": ["d1"], "b.txt": []},
                  "entities": [{"id": "e1", "name": "Jane Roe", "kind": "person", "mentions": [entry]}]}
    analysis = analyse_story(make_story([a, b], {"title": "Voters"}), build_extractors(["readability"]))
    ctx = ReportContext(analysis, comparison)
    cited = (("A", entry["sentence"]["text"]),)
    where = (("a.txt", sentence.start, sentence.end),)
    # b names the surname: "only A mentions Jane Roe" is contradicted, and the worksheet does not ask it.
    claim = Question("differ", "only_here", "Only one article mentions “Jane Roe”.", "A.", cited, where,
                     ("only_here", "a.txt", "d1"))
    assert "Roe" in (check_question(claim, ctx) or "")
    assert not [q for q in build_worksheet(ctx).questions if q.kind == "only_here"]
    # Evidence must be where its offsets say.
    moved = Question("differ", "only_here", "?", "A.", cited, (("a.txt", sentence.start + 1, sentence.end),))
    assert "evidence not at" in (check_question(moved, ctx) or "")
    # A cited "own word" inside quotation marks is the speaker's.
    quoted = article_from_text('Headline\n\nThe mayor said "we may lose" on Monday.', "q.txt", {"outlet": "Q"})
    ctx_q = ReportContext(analyse_story(make_story([quoted]), build_extractors(["readability"])), None)
    at = quoted.text.index(" may ") + 1
    own = Question("evidence", "epistemic_hedge", "?", "Q.", (), (), ("own_words", "q.txt", f"{at}:{at + 3}"))
    assert "inside a quotation" in (check_question(own, ctx_q) or "")


def test_loaded_question_only_when_outlets_really_differ():
    # Two loaded words against none is a difference one word-list miss could make (the hand read:
    # "fox uses none" while fox calls the photo "unflattering"); and the answer says what biaslens
    # found, not what the outlet does.
    strong = article_from_text("Headline\n\nThe regime slammed the bizarre, shameful plan. The despicable mob raged. "
                               "Officials met.", "a.txt", {"outlet": "Alpha"})
    weak = article_from_text("Headline\n\nThe regime met. Officials met on Monday.", "b.txt", {"outlet": "Beta"})
    plain = article_from_text("Headline\n\nOfficials met on Monday. They talked.", "c.txt", {"outlet": "Gamma"})
    ask = [q for q in build_worksheet(ReportContext(analyse_story(make_story([strong, plain]), build_extractors(["loaded"])),
                                                    None)).questions if q.kind == "loaded_words"]
    assert len(ask) == 1 and "biaslens found none in Gamma" in ask[0].prompt and "uses none" not in ask[0].prompt
    none = [q for q in build_worksheet(ReportContext(analyse_story(make_story([weak, plain]), build_extractors(["loaded"])),
                                                     None)).questions if q.kind == "loaded_words"]
    assert none == []


# --- Rules from the hand read of six more BASIL stories (session 5, docs/CLAIMS.md) -------------


def test_writes_needs_the_details_own_words():
    from biaslens.report.worksheet import writes

    row = {"kind": "entity", "text": "Congressional Republicans"}
    assert writes(row, "because of congressional Republicans' adamant opposition")
    # A party abbreviation beside a senator's name names no group of Republicans.
    assert not writes(row, "Sen. Kay Bailey Hutchison, R-Texas, said Friday that the shift was huge.")
    assert writes({"kind": "entity", "text": "Democrat"}, "the Democratic senator")
    assert writes({"kind": "entity", "text": "Wall Street Journal"}, "A national NBC/WSJ poll found") == "WSJ"
    assert writes({"kind": "entity", "text": "New York"}, "Rep. Anthony Weiner (D-N.Y.) said") == "N.Y."
    assert not writes({"kind": "entity", "text": "New York"}, "The NY office")


def test_close_value_in():
    from biaslens.report.worksheet import close_value_in

    def article(text: str):
        return article_from_text(text, "b.txt", {"outlet": "B"})

    row = {"kind": "number", "text": "$716 billion"}
    # The same cut, rounded: "more than $700 billion" is within 10% and beside the same unit.
    assert close_value_in(row, article("Obama took more than $700 billion out of Medicare."))
    assert not close_value_in(row, article("The jobs plan costs $447 billion."))
    assert not close_value_in(row, article("He cut $716 billion from Medicare."))  # the same value is no other value


def test_in_reported_clause():
    from biaslens.report.worksheet import in_reported_clause

    text = "Mitt Romney and Mr. Ryan have said those cuts would be devastating to older Americans."
    assert in_reported_clause(text, 0, text.index("devastating"))
    text = "It comes despite claims from Tea Partiers that the measure is just a political ploy."
    assert in_reported_clause(text, 0, text.index("ploy"))
    # "urged lawmakers to move" opens no clause: "mocking" is the writer's own word.
    text = "Obama urged lawmakers to move on the bill, while simultaneously mocking them."
    assert not in_reported_clause(text, 0, text.index("mocking"))


def _only_here_ctx(texts: dict[str, str], detail: str, source: str, kind: str = "entity", extra: dict | None = None):
    """A story of ``texts`` whose comparison says only ``source`` has ``detail``."""
    articles = [article_from_text(t, s, {"outlet": s[0].upper()}) for s, t in texts.items()]
    a = next(x for x in articles if x.source == source)
    start = a.text.index(detail)
    sentence = a.sentence_at(start)
    entry = {"source": source, "start": start, "end": start + len(detail), "text": detail,
             "sentence": {"start": sentence.start, "end": sentence.end, "text": a.text[sentence.start:sentence.end]}}
    comparison = {"details": [{"id": "d1", "kind": kind, "text": detail, "key": (extra or {}).get("key", ""),
                               "articles": [source], "evidence": [entry]}],
                  "only_in": {s: (["d1"] if s == source else []) for s in texts},
                  "conflicts_to_check": (extra or {}).get("conflicts_to_check", []),
                  "entities": [{"id": "e1", "name": detail, "kind": "organisation", "mentions": [entry]}]
                  if kind == "entity" else []}
    analysis = analyse_story(make_story(articles, {"title": "Story"}), build_extractors(["readability"]))
    return ReportContext(analysis, comparison), entry


def test_only_here_doubts():
    from biaslens.report.worksheet import only_here_doubt

    base = {"b.txt": "Headline B\n\nThe sheriff spoke on Monday about the jail.",
            "c.txt": "Headline C\n\nThe sheriff spoke on Monday."}
    # A short name whose word another article writes as a common noun: maybe the same thing described.
    ctx, _ = _only_here_ctx({"a.txt": "Headline A\n\nInmates live in Tent City, the sheriff said on Monday.",
                             **base, "c.txt": "Headline C\n\nHe houses inmates in tents."}, "Tent City", "a.txt")
    row = ctx.model.comparison_view.details[0]
    assert "tents" in (only_here_doubt(row, "a.txt", ctx) or "")
    # The same group named shorter by another article.
    ctx, _ = _only_here_ctx({"a.txt": "Headline A\n\nThe St. Louis Tea Party Coalition issued a resolution.",
                             **base, "c.txt": "Headline C\n\nThe St. Louis Tea Party issued its own."},
                            "St. Louis Tea Party Coalition", "a.txt")
    row = ctx.model.comparison_view.details[0]
    assert "named shorter" in (only_here_doubt(row, "a.txt", ctx) or "")
    # A value in a pair listed to check by hand is contested.
    texts = {"a.txt": "Headline A\n\nThey have brought up 15 bills in the House.", **base}
    ctx, entry = _only_here_ctx(texts, "15 bills", "a.txt", "number", {
        "key": "count:15:bill",
        "conflicts_to_check": [{"sides": [{"evidence": [{"source": "a.txt", "text": "15 bills"}]},
                                          {"evidence": [{"source": "b.txt", "text": "16 measures"}]}]}]})
    row = ctx.model.comparison_view.details[0]
    assert "may disagree" in (only_here_doubt(row, "a.txt", ctx) or "")
    # A name of a real institution with no shared word is asked.
    ctx, _ = _only_here_ctx({"a.txt": "Headline A\n\nThe Kansas City Star reported it first.", **base},
                            "Kansas City Star", "a.txt")
    assert only_here_doubt(ctx.model.comparison_view.details[0], "a.txt", ctx) is None


def test_a_name_left_out_of_two_articles_is_one_question():
    # Three of five articles name the senator; asking "Which article does not?" twice in the same
    # words could not be told apart, and each answer would hide the other article.
    from biaslens.compare import compare_story

    named = "Headline {n}\n\nSenator Maria Alvarez said on Monday that the budget vote would be delayed by a week."
    plain = "Headline {n}\n\nThe budget vote was delayed by a week, lawmakers said on Monday."
    texts = {f"{n}.txt": (named if n in "abc" else plain).format(n=n.upper()) for n in "abcde"}
    articles = [article_from_text(t, s, {"outlet": s[0].upper()}) for s, t in texts.items()]
    analysis = analyse_story(make_story(articles, {"title": "Budget vote"}), build_extractors(["readability"]))
    ctx = ReportContext(analysis, compare_story(analysis))
    questions = [q for q in build_worksheet(ctx).questions if q.kind == "left_out"]
    prompts = [q.prompt for q in build_worksheet(ctx).questions]
    assert len(prompts) == len(set(prompts))
    alvarez = [q for q in questions if "Maria Alvarez" in q.prompt]
    assert len(alvarez) == 1 and "Which articles do not?" in alvarez[0].prompt
    assert "does not appear in D and E" in alvarez[0].answer
