"""Acceptance read of one PolNeAR story: Trump demands Justice Ginsburg resign; she apologises (July 2016).

The two articles (breitbart, 13 July 2016; usa-today, 15 July 2016) were read in full, as a
media-literacy teacher would before a class, and every claim of report.md, report.json and the
worksheet was checked against them (the reader's report to the lead gives the tally and the
causes). The style is tests/test_teacher_read.py's: each case is one claim, with a check of the
true behaviour. The cases with a reason are false claims today, strict xfails that turn into
XPASS once fixed (then drop the reason); the cases without one are true claims that must stay
true.

breitbart's article is AP wire copy ("WASHINGTON (AP) —") of Wednesday 13 July: Trump's tweet
("Her mind is shot — resign!") after Ginsburg's three interviews (the AP "last week", The New
York Times, CNN on Tuesday), with McConnell, Ryan and Sanders. usa-today's of 15 July is about
what came next, Ginsburg's statement of regret ("On reflection, my recent remarks ... were
ill-advised"); its PolNeAR text has a second headline line ("Justice vows to be 'more
circumspect' with her opinions.") that the harness reads as the first body sentence.
"""

from __future__ import annotations

from typing import Callable

import pytest
from test_teacher_read import (FALSE, Story, _describing, _extremes_consistent, _hedges, _kind, _labelled_extremes,
                               _loaded, _named_by, _said_by, _speakers, _table_row, _to_check,
                               _verdicts_follow_values, story)
from test_teacher_read import listed_by_words
from test_teacher_read_akin import _article, _findings, _loaded_in_quotes, _verbs

pytestmark = pytest.mark.slow

OUTLETS = ("breitbart", "usa-today")
LABELS = "How each outlet describes them"
EVENT_PART = "How each outlet names the event"
REACTION = "The reaction: the response to it"
GINSBURG = "Ruth Bader Ginsburg"


def _without(s: Story, outlet: str) -> list[str]:
    """The passages of ``outlet`` the report lists as without counterpart in any other article."""
    return [p["text"] for p in s.data["comparison"]["without_counterpart"] if p["source"] == s.source(outlet)]


def _people_quoted(s: Story, outlet: str) -> float:
    """The "People quoted" count of ``outlet`` (the number of distinct speakers)."""
    return _article(s, outlet)["features"]["quotes.distinct_speakers"]["value"]


def _shared(s: Story, text: str) -> bool:
    """Whether the detail ``text`` is counted as included by both articles."""
    return any(d["text"] == text and len(d["articles"]) == 2 for d in s.data["comparison"]["details"])


# (claim as the report words it, check of the true behaviour, why / None when the claim is true)
CASES: list[tuple[str, Callable[[Story], bool], str | None]] = [
    # --- Inputs --------------------------------------------------------------------------------------
    ("biaslens compared 2 articles about one event; nothing was removed before analysis",
     lambda s: "biaslens compared **2 articles** about one event." in s.markdown
     and "Nothing was removed." in s.markdown, None),
    ("No input warnings: breitbart's text is AP wire copy",
     lambda s: any(w.startswith("breitbart") and "wire copy of the Associated Press" in w
                   for w in s.data["comparison"]["warnings"])
     and "| breitbart (wire copy of the Associated Press) |" in s.markdown, None),
    ("No input warnings: the articles tell successive events",
     lambda s: any("before" in w and "usa-today" in w and "breitbart" in w for w in s.data["comparison"]["warnings"]),
     "the articles were published two days apart and tell successive events: breitbart (13 July) ran before "
     "Ginsburg's statement of regret that usa-today (15 July) leads with, so most of usa-today's 'only here' "
     "and 'without counterpart' items are news breitbart could not have had"),
    # --- Key findings, only here ---------------------------------------------------------------------
    ("Key findings: only breitbart reports “Good Morning America” and “New Zealand”",
     lambda s: "Only breitbart reports “Good Morning America” and “New Zealand”; no other article mentions them in any form."
     in _findings(s), None),
    ("Key findings: only breitbart quotes Bernie Sanders, Mitch McConnell and Paul Ryan",
     lambda s: "Only breitbart quotes Bernie Sanders, Mitch McConnell and Paul Ryan." in _findings(s), None),
    ("Key findings: only usa-today reports “three separate interviews”; no other article mentions it in any form",
     lambda s: "Only usa-today reports “three separate interviews”" not in _findings(s), None),
    ("Only here (usa-today): “three separate interviews”",
     lambda s: "three separate interviews" not in s.only_here("usa-today"), None),
    ("Only here (usa-today): the quote “want to contemplate”",
     lambda s: "want to contemplate" not in s.only_here("usa-today"),
     "breitbart, of the same remark: 'she didn’t want to think about the possibility that Trump would be president'"),
    ("Only here (breitbart): “Associated”",
     lambda s: "Associated" not in s.only_here("breitbart"),
     None),  # Fixed (names, session 6): junk: a cut of 'The Associated Press' (breitbart's AP, already listed)
    ("Only here (breitbart): the entity “Justice Ginsburg of the U.S. Supreme Court”",
     lambda s: not any(d["text"] == "Justice Ginsburg of the U.S. Supreme Court" and d["kind"] == "entity"
                       for d in s.data["comparison"]["details"] if d["id"] in
                       s.data["comparison"]["only_in"].get(s.source("breitbart"), [])),
     None),  # Fixed (names, session 6): it is Ginsburg (in Trump's tweet), whom usa-today names five times
    ("Only here (breitbart): names no other article has in any form",
     lambda s: {"Good Morning America", "New Zealand", "Bernie Sanders", "Notorious RBG", "Mitch McConnell",
                "Paul Ryan", "Antonin Scalia", "Hillary Clinton", "Bill Clinton", "Associated Press", "CNN", "ABC",
                "Vermont", "White House"} <= set(s.only_here("breitbart")), None),  # (the AP by its full name: names, session 6)
    ("Only here (breitbart): the quotes of Ginsburg, McConnell, Ryan and Sanders, and the days and dates",
     lambda s: {"faker", "He has no consistency about him", "totally inappropriate", "shows bias to me",
                "total opportunist", "gotten away with not turning over his tax returns",
                "Wednesday", "Tuesday", "1993", "February"} <= set(s.only_here("breitbart")), None),
    ("Only here (usa-today): “Washington Post” and Ginsburg's “On reflection, ... I regret making them”",
     lambda s: {"Washington Post", "On reflection, my recent remarks in response to press inquiries were ill-advised, "
                "and I regret making them"} <= set(s.only_here("usa-today")), None),
    ("Both include Trump's “Her mind is shot — resign!”, Trump, Ginsburg and the Supreme Court",
     lambda s: all(_shared(s, t) for t in ("Her mind is shot — resign!", "Trump", "Ginsburg", "Supreme Court")), None),
    # --- Wording only this outlet uses, check by hand --------------------------------------------
    ("Wording only breitbart uses: “reporter’s request”, “morning tweet”, “sitting justice”, “high court’s” ...",
     lambda s: {"reporter’s request", "morning tweet", "political campaign", "83-year-old justice’s",
                "conservative justices", "high court’s", "sitting justice"} <= set(s.wording("breitbart")), None),
    ("Wording only usa-today uses: “public office”, “avoid commenting”",
     lambda s: {"public office", "avoid commenting"} <= set(s.wording("usa-today")), None),
    ("Wording only usa-today uses: “avoid getting”",
     lambda s: "avoid getting" not in s.wording("usa-today"), None),
    # "liberal icon known" is "liberal icon" since the session-6 phrase rules (an irregular participle
    # ends no phrase); its head "icon" is in no usa-today sentence, so it is wording, no longer to check.
    # Re-read after this session's fixes: "presidential nominee wrote" is no longer extracted (a fragment).
    ("Check by hand: breitbart's “subsequent interview”, “liberal icon known”, “court’s liberal wing”; "
     "usa-today's “liberal bent”",
     lambda s: {"subsequent interview", "court’s liberal wing"}
     <= set(_to_check(s, "breitbart")) and "liberal icon" in _to_check(s, "breitbart") + s.wording("breitbart")
     and "liberal bent" in _to_check(s, "usa-today"), None),
    ("Check by hand: breitbart's “dumb political statements” may be said in usa-today's apology ('my recent remarks "
     "... were ill-advised,' Ginsburg said in a statement)",
     lambda s: "dumb political statements" not in _to_check(s, "breitbart"),
     "Trump's insult and Ginsburg's apology share only the word 'statement'; found after the session's fixes"),
    ("Check by hand: breitbart's “senior member” may be said in usa-today's 'members of the Supreme Court generally avoid'",
     lambda s: "senior member" not in _to_check(s, "breitbart"), None),
    # --- Left out, conflicts, shared text, coverage, without counterpart ---------------------------
    ("No detail left out, no conflicts",
     lambda s: not s.data["comparison"]["omissions"] and not s.data["comparison"]["conflicts"]
     and not s.data["comparison"]["conflicts_to_check"], None),
    ("Shared text: 0 sentence pairs, 0 the same quote",
     lambda s: any(p["label"] == "same quote" for p in s.data["comparison"]["shared_text"]), None),
    ("Coverage: both include “New York Times and The”",
     lambda s: "| New York Times and The |" not in s.markdown,
     None),  # Fixed (names, session 6): junk name: usa-today's 'The New York Times and The Washington Post' cut after 'and The'
    ("Without counterpart (breitbart): the spokeswoman, McConnell's “It raises ...”, Ryan, Sanders, Scalia",
     lambda s: all(any(p.startswith(start) for p in _without(s, "breitbart")) for start in (
         "A Supreme Court spokeswoman", "“It raises a level", "House Speaker Paul Ryan", "Former Democratic candidate",
         "One of the high court’s")), None),
    ("Without counterpart (usa-today): Ginsburg's statement of regret",
     lambda s: any(p.startswith("\"On reflection") for p in _without(s, "usa-today")), None),
    ("Without counterpart (breitbart): “It is highly unusual for a sitting justice to weigh in ...”",
     lambda s: not any(p.startswith("It is highly unusual") for p in _without(s, "breitbart")),
     "usa-today: 'Ginsburg is known for her liberal bent, but the comments created a firestorm because members of "
     "the Supreme Court generally avoid getting involved in presidential politics'"),
    # Session 9 (compare5): true as now worded; false as 'no other article has a similar sentence': usa-today: 'In
    # three separate interviews, the justice sounded off on Trump'
    ('Without counterpart by shared words (breitbart): “In a subsequent interview with The New York Times ... telling CNN ...”'
     " — no sentence of another article shares enough of its words; it may be told in other words",
     lambda s: listed_by_words(s, 'In a subsequent interview'), None),
    # Session 9 (compare5): true as now worded; false as 'no other article has a similar sentence': breitbart tells
    # the criticism: McConnell's 'totally inappropriate', Ryan's 'shows bias to me'
    ("Without counterpart by shared words (usa-today): “He wasn't the only one unhappy with the remarks: ... criticism”"
     " — no sentence of another article shares enough of its words; it may be told in other words",
     lambda s: listed_by_words(s, "He wasn't the only one"), None),
    # --- Quotes and voices ---------------------------------------------------------------------------
    ("Voices only one outlet gave: Bernie Sanders, Mitch McConnell, Paul Ryan (breitbart)",
     lambda s: all(s.voice(n)["sources"] == [s.source("breitbart")]
                   for n in ("Bernie Sanders", "Mitch McConnell", "Paul Ryan")), None),
    ("The same words, attributed differently: none",
     lambda s: "No quote appears in two outlets with different speakers." in s.markdown, None),
    ("Who is quoted (breitbart): Ginsburg's “faker”, “gotten away ...”, “He has no consistency”; McConnell's, "
     "Ryan's and Sanders' words; Trump's “mind is shot”",
     lambda s: all(_said_by(s, "breitbart", start, who) for start, who in (
         ("faker", GINSBURG), ("gotten away", GINSBURG), ("He has no consistency", GINSBURG),
         ("totally inappropriate", "Mitch McConnell"), ("It raises a level", "Mitch McConnell"),
         ("shows bias", "Paul Ryan"), ("total opportunist", "Bernie Sanders"), ("the record is quite clear", "Bernie Sanders"),
         ("mind is shot", "Donald Trump"))), None),
    ("Who is quoted (usa-today): Ginsburg's statement, Trump's “Her mind is shot!”",
     lambda s: _said_by(s, "usa-today", "On reflection", GINSBURG) and _said_by(s, "usa-today", "Judges should", GINSBURG)
     and _said_by(s, "usa-today", "Her mind is shot!", "Donald Trump"), None),
    ("Who is quoted (breitbart): the tweet is said by “Republican presidential nominee”",
     lambda s: _said_by(s, "breitbart", "Justice Ginsburg of the U.S.", "Donald Trump")
     and _said_by(s, "breitbart", "Her mind is shot — resign", "Donald Trump"),
     # Fixed (session 6, speakers: a definite description is the subject the article names): 'the presumptive Republican presidential nominee wrote in an early morning tweet on @realDonaldTrump': Trump
     None),
    ("Who is quoted (usa-today): “want to contemplate” is said by “the justice”",
     lambda s: _said_by(s, "usa-today", "want to contemplate", GINSBURG),
     # Fixed (session 6, speakers: a definite description is the subject the article names): 'the justice sounded off on Trump, saying ...': Ginsburg, the one justice usa-today names
     None),
    ("Who is quoted (usa-today): “more circumspect” has no speaker",
     lambda s: _said_by(s, "usa-today", "more circumspect", GINSBURG),
     # Fixed (session 6, speakers: a headline's bare title is the subject the article names): 'Justice vows to be 'more circumspect'': Ginsburg's vow, quoted in full below ('I will be more circumspect')
     None),
    ("Who is quoted by which outlet: a row “Republican presidential nominee” (2, 0)",
     lambda s: "| Republican presidential nominee |" not in s.markdown,
     # Fixed (session 6, speakers: a definite description is the subject the article names): it is Trump: one person counted as two speakers
     None),
    ("Who is quoted by which outlet: a row “the justice” (0, 1)",
     lambda s: "| the justice |" not in s.markdown,
     # Fixed (session 6, speakers: a definite description is the subject the article names): it is Ginsburg: one person counted as two speakers
     None),
    ("Who is quoted by which outlet: Donald Trump 1 in breitbart",
     lambda s: "| Donald Trump | 1 |" not in s.markdown,
     # Fixed (session 6, speakers: a definite description is the subject the article names): breitbart quotes Trump three times: 'mind is shot' and the tweet's two quotations
     None),
    ("Who is quoted by which outlet: Ruth Bader Ginsburg 1 in usa-today",
     lambda s: "| Ruth Bader Ginsburg | 3 | 1 |" not in s.markdown,
     # Fixed (session 6, speakers: a definite description is the subject the article names): usa-today quotes her three times: 'more circumspect', the statement, 'want to contemplate'
     None),
    ("People quoted: breitbart 6",
     lambda s: _people_quoted(s, "breitbart") == 5,
     # Fixed (session 6, speakers: a definite description is the subject the article names): five: Trump, Ginsburg, McConnell, Ryan, Sanders (Trump counted again as 'Republican presidential nominee')
     None),
    ("People quoted: usa-today 3",
     lambda s: _people_quoted(s, "usa-today") == 2,
     # Fixed (session 6, speakers: a definite description is the subject the article names): two: Ginsburg and Trump (Ginsburg counted again as 'the justice')
     None),
    ("Quotations: breitbart 11 (4 full / 7 partial), usa-today 4 (2 / 2); breitbart none without a speaker",
     lambda s: "| breitbart | 11 (4 / 7) |" in s.markdown and "| usa-today | 4 (2 / 2) |" in s.markdown
     and None not in _speakers(s, "breitbart"), None),
    # The subheadline "Justice vows to be 'more circumspect' with her opinions" is part of the title
    # since the harness reads PolNeAR's whole headline; its quotation is Ginsburg's.
    ("Subheadline quotation 'more circumspect': said by Justice",
     lambda s: any(q["text"] == "more circumspect" and q["speaker"] == "Ruth Bader Ginsburg"
                   for q in s.quotes("usa-today")),
     # Fixed (session 6, speakers: a headline's bare title is the subject the article names): the title 'Justice' is made the speaker; the justice of the story is Ginsburg
     None),
    ("Reporting verbs: usa-today “said ×2, saying ×1, vows ×1”",
     lambda s: _verbs(s, "usa-today") == "- usa-today: said ×2, saying ×1, vows ×1", None),
    ("Reporting verbs: breitbart “agrees ×2”",
     lambda s: "agrees ×2" not in _verbs(s, "breitbart"),
     # Fixed (session 6, speakers: verbs joined by 'and' after a closing quotation mark): Sanders 'agrees Trump is a “total opportunist” and said “the record is quite clear ...”': the second is 'said'
     None),
    # --- Who is who ------------------------------------------------------------------------------------
    ("Who is who: Donald Trump and Ruth Bader Ginsburg, persons, named by both",
     lambda s: _kind(s, "Donald Trump") == _kind(s, GINSBURG) == "person"
     and all(_named_by(s, n, o) for n in ("Donald Trump", GINSBURG) for o in OUTLETS)
     and {"Justice Ruth Bader Ginsburg", "Ruth Bader Ginsburg", "Ginsburg"} <= s.mentions(GINSBURG), None),
    ("report.json cast: Hillary Clinton (“Clinton”) apart from Bill Clinton; people, organisations and places",
     lambda s: s.mentions("Hillary Clinton") == {"Clinton", "Hillary Clinton"} and _kind(s, "Bill Clinton") == "person"
     and all(_kind(s, n) == "person" for n in ("Mitch McConnell", "Paul Ryan", "Bernie Sanders", "Antonin Scalia"))
     # (AP's row is named "Associated Press" since 'The Associated Press' is read whole: names, session 6)
     and all(_kind(s, n) == "organisation" for n in ("CNN", "ABC", "Associated Press", "Washington Post"))
     and _kind(s, "New Zealand") == _kind(s, "Vermont") == "place", None),
    ("Who is who: a row “New York Times and The”",
     lambda s: s.entity("New York Times and The") is None,
     None),  # Fixed (names, session 6): junk name: usa-today's 'The New York Times and The Washington Post' cut after 'and The'
    ("Who is who: the Supreme Court is also named “Wednesday for Supreme Court”",
     lambda s: "Wednesday for Supreme Court" not in s.mentions("Supreme Court"),
     None),  # Fixed (names, session 6): 'Donald Trump called Wednesday for Supreme Court Justice Ruth Bader Ginsburg': a day and a preposition
    ("report.json cast: “Justice Ginsburg of the U.S. Supreme Court”, an organisation",
     lambda s: s.entity("Justice Ginsburg of the U.S. Supreme Court") is None,
     None),  # Fixed (names, session 6): it is Ginsburg, a person, in Trump's tweet: one person split in two rows
    ("report.json cast: “Associated”, of kind other, apart from AP",
     lambda s: s.entity("Associated") is None, None),  # Fixed (names, session 6): junk: 'The Associated Press' cut; it is the AP row
    ("report.json cast: “Notorious RBG”, of kind other",
     lambda s: s.entity("Notorious RBG") is None or "Notorious RBG" in s.mentions(GINSBURG),
     None),  # Fixed (names, session 6): 'celebrated as a liberal icon known to fans as Notorious RBG': Ginsburg's nickname, one person in two rows
    # --- How each outlet describes them, names the event -------------------------------------------------
    ("Labels: breitbart calls Ginsburg “Supreme Court Justice” (title); names her by surname 7×, full name 1×",
     lambda s: "*Supreme Court Justice* (title)" in _describing(s, GINSBURG, "breitbart")
     and "Ginsburg (surname, 7×); Ruth Bader Ginsburg (full name, 1×)" in _table_row(s, LABELS, GINSBURG, "breitbart"),
     None),
    ("Labels: usa-today names Ginsburg without describing her (—)",
     lambda s: "justice" in _table_row(s, LABELS, GINSBURG, "usa-today").lower(),
     None),  # Fixed (names, session 6): usa-today: 'The Supreme Court justice -- who has been involved in a scuffle ...', 'the justice sounded off'
    # Check corrected (session 6, events2): breitbart names no reaction in its own words (its
    # "criticizing" is Ginsburg's remarks), so one outlet alone names it and the part is not shown.
    ("Event naming: the reaction, usa-today's “criticism” and “firestorm” (only this outlet), or no reaction row",
     lambda s: "*criticism*; *firestorm* **(only this outlet)**" in _table_row(s, EVENT_PART, REACTION, "usa-today")
     or not any(_table_row(s, EVENT_PART, REACTION, o) for o in ("breitbart", "usa-today")),
     None),
    ("Event naming: the reaction, breitbart tells it with “criticizing” (only this outlet)",
     lambda s: "*criticizing*" not in _table_row(s, EVENT_PART, REACTION, "breitbart"),
     None),  # fixed (session 6, events2): the act blamed ("resign for criticizing him") is not the reaction
    # --- Loaded words, hedges ------------------------------------------------------------------------------
    ("Loaded words inside breitbart's quotations: “dumb”, “totally”, “lies”; no loaded verbs of saying",
     lambda s: {"dumb", "totally", "lies"} <= set(_loaded_in_quotes(s, "breitbart"))
     and "| Loaded verbs of saying | 0 | 0 |" in s.markdown, None),
    ("Loaded (breitbart's own words): “Notorious” (judgement word)",
     lambda s: "notorious" not in _loaded(s, "breitbart"),
     "'known to fans as Notorious RBG': a nickname, no judgement of the writer's"),
    ("Loaded: usa-today: no loaded words in the outlet's own words",
     lambda s: bool({"insults", "firestorm", "scuffle", "sounded"} & set(_loaded(s, "usa-today"))),
     "usa-today's own words: 'regrets her insults of Donald Trump', 'a scuffle', 'sounded off on Trump', "
     "'created a firestorm'"),
    ("Hedges: no epistemic hedges and no boosters in either article; usa-today none at all",
     lambda s: not [h for h in _hedges(s, "breitbart") if h["cue_kind"] != "sourcing"]
     and "### usa-today\n\nNo hedges, sourcing cues or boosters were found." in s.markdown, None),
    ("Hedges: breitbart's sourcing hedge “she didn’t want to think” (named source: Ruth Bader Ginsburg)",
     lambda s: not any(h["text"] == "she didn’t want to think" for h in _hedges(s, "breitbart")), None),
    # --- Tone, stands out ---------------------------------------------------------------------------------
    ("Tone: most positive / most negative labels sit on the highest / lowest values shown",
     lambda s: all(_extremes_consistent(_labelled_extremes(s, o, h)) for o in OUTLETS
                   for h in ("Average tone", "Average tone (VADER)")), None),
    ("Which differences stand out: every verdict follows its value and range (all within chance)",
     lambda s: _verdicts_follow_values(s), None),
    # --- Worksheet ----------------------------------------------------------------------------------------
    ("Worksheet 2, 4, 5: only breitbart mentions “Good Morning America” and “Bernie Sanders”; only breitbart "
     "quotes Sanders, McConnell and Ryan",
     lambda s: "breitbart is the only article that mentions “Good Morning America”" in s.answers
     and "breitbart is the only article that mentions “Bernie Sanders”" in s.answers
     and "Only breitbart quotes Bernie Sanders, Mitch McConnell and Paul Ryan." in s.answers, None),
    ("Worksheet 1: all 2 articles mention “New York Times and The”",
     lambda s: "“New York Times and The”" not in s.answers,
     None),  # Fixed (names, session 6): junk name: usa-today's 'The New York Times and The Washington Post' cut after 'and The'
    ("Worksheet 3: usa-today is the only article that mentions “three separate interviews”",
     lambda s: "usa-today is the only article that mentions “three separate interviews”" not in s.answers, None),
]


@pytest.mark.parametrize("claim, check", [
    pytest.param(claim, check, id=f"ginsburg: {claim}",
                 marks=[pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"{FALSE}: {why}")] if why else [])
    for claim, check, why in CASES
])
def test_teacher_read_ginsburg(claim: str, check: Callable[[Story], bool], tmp_path_factory: pytest.TempPathFactory):
    """One claim of the Ginsburg story's report, checked against what the two articles say."""
    assert check(story("ginsburg", tmp_path_factory.mktemp("teacher"))), claim
