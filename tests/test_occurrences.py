"""Different occurrences of one kind of event (biaslens.occurrences): when outlets date the
story's central event to different days, the report says so, with the sentences that date it."""

from __future__ import annotations

import json
from datetime import date

from biaslens.cast import build_cast
from biaslens.compare import compare_articles
from biaslens.corpus import article_from_text
from biaslens.occurrences import different_occurrences, resolve_day

REST = ("Both sides said the lines of communication remain open. Republicans want spending cuts. "
        "Democrats want higher taxes on top earners. Obama and Boehner did not say more about the meeting. ")


def _article(source: str, published: str, lead: str):
    return article_from_text(lead + "\n\n" + REST * 3, source,
                             {"outlet": source.split(".")[0], "published": published,
                              "title": "Obama and Boehner meet on the fiscal cliff"})


def test_weekdays_resolve_against_the_publication_date():
    monday = date(2012, 12, 10)
    assert resolve_day("weekday:sunday", monday, future=False) == date(2012, 12, 9)
    assert resolve_day("weekday:monday", monday, future=False) == monday  # the same day
    assert resolve_day("weekday:friday", monday, future=True) == date(2012, 12, 14)
    assert resolve_day("date:?-12-09", monday, future=False) == date(2012, 12, 9)
    # Told as past, a date cannot come after publication: 11 September seen from August is last year's.
    assert resolve_day("date:?-09-11", date(2010, 8, 16), future=False) == date(2009, 9, 11)
    assert resolve_day("date:2012-07", monday, future=False) is None  # a month names no day


def _two_meetings():
    return [
        _article("nyt.txt", "2012-12-09", "President Obama and Speaker John Boehner met privately at the White "
                 "House on Sunday to talk about the fiscal cliff."),
        _article("fox.txt", "2012-12-10", "Obama was heading to Detroit on Monday. The president and Speaker John "
                 "Boehner met Sunday afternoon at the White House for the first time in weeks."),
        _article("hpo.txt", "2012-12-13", "President Barack Obama and Speaker John Boehner met for nearly an hour "
                 "on Thursday evening in their latest attempt to break the impasse."),
    ]


def test_outlets_dating_the_meeting_to_different_days_are_warned_with_their_sentences():
    articles = _two_meetings()
    found = different_occurrences(articles, build_cast(articles), {a.source: a.outlet for a in articles})
    assert found is not None and found.concept == "meeting"
    assert [[o.source for o in g] for g in found.groups] == [["fox.txt", "nyt.txt"], ["hpo.txt"]]
    assert found.explanation.startswith("fox and nyt report a meeting on Sunday 9 December; hpo one on Thursday "
                                        "13 December: they may report different meetings")
    # Published on 9 and 10 December, fox and nyt could not report Thursday's meeting: said, so
    # that what they seem to leave out of it is not read as an omission.
    assert found.explanation.endswith("fox and nyt were published before hpo's meeting of Thursday 13 December, so "
                                      "could not report it: what they seem to leave out of that meeting is no omission.")
    by_source = {a.source: a for a in articles}
    for group in found.groups:
        for o in group:  # offsets that never lie
            e = o.evidence
            assert by_source[e.source].text[e.start:e.end] == e.text in ("Sunday", "Thursday")
            assert by_source[e.source].text[e.sentence_start:e.sentence_end] == e.sentence


def test_the_same_day_in_other_words_is_no_warning():
    articles = _two_meetings()[:2]  # "on Sunday" (published Sunday) and "Sunday" (published Monday)
    assert different_occurrences(articles, build_cast(articles)) is None
    # A weekday that dates another happening of the sentence ("heading to Detroit on Monday") does
    # not count, nor does a publication date that is missing.
    undated = [_article(a.source, "", a.text) for a in _two_meetings()]
    assert different_occurrences(undated, build_cast(undated)) is None


def test_a_time_dates_the_nearest_event_word_and_not_a_clause_about_something_else():
    # Read on BASIL dev (Perry's ad): "The new ad follows Mr. Perry's statement on Tuesday" dates the
    # statement; (Reid on the mosque): "said in a written statement that ... Sept. 11 survivors" dates
    # nothing the statement did.
    articles = [
        _article("nyt.txt", "2012-12-13", "Obama and Boehner met on Thursday at the White House. The meeting "
                 "follows Boehner's remarks on Tuesday about the fiscal cliff."),
        _article("fox.txt", "2012-12-14", "Obama and Boehner met Thursday evening at the White House. Boehner said "
                 "in a statement that Republicans honour Sept. 11 survivors."),
    ]
    assert different_occurrences(articles, build_cast(articles)) is None


def test_the_comparison_warns_and_the_report_model_caveats_its_claims():
    comparison = compare_articles(_two_meetings())
    assert comparison.occurrences is not None
    assert any("may report different meetings" in w for w in comparison.warnings)
    data = comparison.to_dict()["different_occurrences"]
    assert data["noun"] == "meeting" and [g["day"] for g in data["groups"]] == ["2012-12-09", "2012-12-13"]
    assert compare_articles(_two_meetings()[:2]).to_dict()["different_occurrences"] is None


def test_every_view_says_it_first_and_caveats_the_claims_that_depend_on_it():
    from biaslens.app import report_from_articles

    run = report_from_articles(_two_meetings())
    data = json.loads(run.files["report.json"])
    markdown, html = run.files["report.md"].decode("utf-8"), run.files["report.html"].decode("utf-8")
    findings = data["key_findings"]
    assert findings[0]["kind"] == "occurrences" and findings[0]["evidence"]
    assert all("may report different meetings" in f["text"] for f in findings if f["kind"] in ("only_here", "conflict"))
    assert "report a meeting on Sunday 9 December; hpo one on Thursday 13 December" in markdown
    assert "met for nearly an hour on **Thursday** evening" in markdown  # the dating sentence, its time in bold
    assert "may report different meetings" in html
    assert data["comparison"]["different_occurrences"]["groups"][1]["sources"] == ["hpo.txt"]


def test_an_article_published_before_the_event_it_announces_is_said_to_be_too_early():
    # Session-7 read (unity): west-journal, published on Friday 6 May, announces the meeting of
    # Thursday 12 May that the others report; all date it to one day, so no "different meetings",
    # but the early article could not tell what happened there.
    articles = [
        _article("west.txt", "2012-12-07", "Obama will meet Speaker John Boehner at the White House on Thursday "
                 "to talk about the fiscal cliff, the White House said."),
        _article("hpo.txt", "2012-12-13", "President Barack Obama and Speaker John Boehner met for nearly an hour "
                 "on Thursday evening in their latest attempt to break the impasse."),
    ]
    comparison = compare_articles(articles)
    assert comparison.occurrences is None
    assert ("west.txt was published before hpo.txt's meeting of Thursday 13 December (which west.txt announces as "
            "to come), so could not report it: what it seems to leave out of that meeting is no omission."
            in comparison.warnings)
    # Published the same day, nothing to say.
    assert not any("published before" in w for w in compare_articles(_two_meetings()[:2]).warnings)


def test_an_act_signs_point_to_is_the_coming_one():
    # breitbart (clinch), Wednesday 8 June 2016: "all signs pointed to Obama endorsing Clinton on
    # Thursday" is the next day, not the Thursday before.
    from biaslens.occurrences import _FUTURE

    assert _FUTURE.search("All signs pointed to Obama endorsing Clinton on Thursday after he meets Sanders.")
    assert _FUTURE.search("The speaker is poised to endorse Trump on Friday.")
    assert not _FUTURE.search("Obama pointed to the jobs report on Thursday.")


def _statement_article(source: str, published: str, lead: str):
    """An article of a story whose central event is a statement (the orlando responses)."""
    rest = ("Boehner's statement called for spending cuts. Obama answered the statement in his remarks. "
            "Democrats want higher taxes on top earners. ") * 3
    return article_from_text(lead + "\n\n" + rest, source, {"outlet": source.split(".")[0], "published": published,
                             "title": "Obama answers Boehner's statement on the fiscal cliff"})


def test_a_statement_right_after_a_meeting_takes_its_day():
    # usa-today (orlando): "In animated off-the-cuff remarks after meeting with his National Security
    # Council on Tuesday": the time dates the meeting, and the remarks came right after it: Tuesday's,
    # two days after the others' Sunday statement.
    article = _statement_article
    articles = [
        article("wash.txt", "2012-12-10", "Boehner issued a statement on Sunday about the fiscal cliff talks with "
                "President Obama."),
        article("usa.txt", "2012-12-12", "President Obama rebuked Speaker John Boehner over the fiscal cliff. "
                "In animated remarks after meeting with his economic team on Tuesday, Obama repeated "
                "his call for higher taxes."),
    ]
    found = different_occurrences(articles, build_cast(articles))
    assert found is not None and found.concept == "remarks"
    assert [(g[0].source, g[0].day) for g in found.groups] == [("wash.txt", "2012-12-09"), ("usa.txt", "2012-12-11")]
    assert "wash.txt was published before usa.txt's statement of Tuesday 11 December" in found.explanation


def test_an_act_told_with_also_is_beside_the_central_event():
    # Read on BASIL dev (santorum, fox): after Santorum's Sunday interview, "Obama campaign deputy press
    # secretary Ben Labolt also issued a statement Saturday" dates Labolt's statement, not the one
    # the others date to Sunday.
    lead = "Boehner said Sunday he wanted a deal. Obama campaign press secretary Ben Labolt {}issued a statement Saturday."
    for also, warned in (("also ", False), ("", True)):
        articles = [_statement_article("nyt.txt", "2012-12-09", "Boehner issued a statement on Sunday about the talks."),
                    _statement_article("fox.txt", "2012-12-09", lead.format(also))]
        assert (different_occurrences(articles, build_cast(articles)) is not None) is warned
