"""Acceptance read of one PolNeAR story: the FBI does not recommend charges over Clinton's email (July 2016).

Five articles (politico and breitbart, 5 July; west-journal, 6 July; nyt and usa-today, 7 July) were
read in full, as a media-literacy teacher would before a class, and every claim of report.md,
report.json and the worksheet was checked against them (the reader's report to the lead gives the
tally and the causes). The style is tests/test_teacher_read.py's: each case is one claim, with a
check of the true behaviour. The cases with a reason are false claims today, strict xfails that turn
into XPASS once fixed (then drop the reason); the cases without one are true claims that must stay
true.

All five tell FBI Director James Comey's statement of Tuesday 5 July or its first consequences:
politico asks national-security lawyers why extreme carelessness is no crime; breitbart (107 words)
gives Speaker Paul Ryan's reaction, whose embedded tweet biaslens removes; west-journal leads on
Attorney General Lynch closing the case on Wednesday, then Comey's Tuesday words; nyt reads the
statement for hints that Clinton's server was hacked (its text opens with the database's
"ABSTRACT." teaser, which repeats a body sentence, and a "FULL TEXT." marker); usa-today is an
opinion column by Glenn Harlan Reynolds on the FBI's record, with one paragraph on Comey's decision.
west-journal's text holds an empty embedded-tweet tag (``<tweet tweet-id="..."><tweet/>``).
"""

from __future__ import annotations

from typing import Callable

import pytest
from test_teacher_read import (FALSE, Story, _answer, _extremes_consistent, _feature, _hedges, _kind,
                               _labelled_extremes, _left_out, _loaded, _named_by, _said_by, _speakers, _table_row,
                               _to_check, _verdicts_follow_values, story, story_events)
from test_teacher_read import listed_by_words
from test_teacher_read_akin import _article as _record
from test_teacher_read_akin import _findings, _loaded_in_quotes, _own_doubt, _verbs

pytestmark = pytest.mark.slow

OUTLETS = ("breitbart", "nyt", "politico", "usa-today", "west-journal")
LABELS = "How each outlet describes them"
EVENT_PART = "How each outlet names the event"
REACTION = "The reaction: the response to it"


def _carried(s: Story, text: str) -> set[str]:
    """The outlets the Coverage table marks as including the name, number, date or quote ``text``."""
    return {s.data["labels"][a] for d in s.data["comparison"]["details"] if d["text"] == text and d["kind"] != "phrase"
            for a in d["articles"]}


def _without(s: Story, outlet: str, start: str) -> bool:
    """Whether the report lists ``outlet``'s passage starting with ``start`` as without counterpart."""
    return any(x["source"] == s.source(outlet) and x["text"].startswith(start)
               for x in s.data["comparison"]["without_counterpart"])


def _quoted_count(s: Story, speaker: str, outlet: str) -> int:
    """``outlet``'s cell of the row ``speaker`` in the table Who is quoted by which outlet."""
    section = s.markdown.split("### Who is quoted by which outlet\n", 1)[1].split("\n### ", 1)[0]
    header = next(line for line in section.splitlines() if line.startswith("| Speaker |"))
    column = [c.strip() for c in header.strip("|").split("|")].index(outlet)
    row = next(line for line in section.splitlines() if line.startswith(f"| {speaker} |"))
    return int([c.strip() for c in row.strip("|").split("|")][column])


def _own_loaded_at(s: Story, outlet: str, phrase: str) -> bool:
    """Whether a loaded word of ``outlet``'s own words starts the text ``phrase``."""
    article = _record(s, outlet)
    return any(article["text"][w["start"]:w["start"] + len(phrase)] == phrase for w in article["loaded"])


# (claim as the report words it, check of the true behaviour, why / None when the claim is true)
CASES: list[tuple[str, Callable[[Story], bool], str | None]] = [
    # --- Check the inputs first ------------------------------------------------------------------
    ("biaslens report (stderr): these articles look like 3 different events (breitbart + politico, nyt + west-journal, usa-today)",
     lambda s: story_events("comey") == 1,
     "all five tell Comey's statement of Tuesday 5 July: nyt 'When the F.B.I. director, James B. Comey, said on "
     "Tuesday', west-journal 'On Tuesday, Comey announced that Clinton was “extremely careless”', usa-today 'FBI "
     "Director James Comey's news conference on Tuesday'; west-journal's lead, Lynch closing the case, follows from it"),
    ("Check the inputs first: nyt shares almost nothing with the other articles: it may be about another story",
     lambda s: not any(w.startswith("nyt_") for w in s.data["comparison"]["warnings"]),
     None),
    ("Check the inputs first: usa-today shares almost nothing with the other articles (an opinion column on the FBI's record)",
     lambda s: any(w.startswith("usa-today_") for w in s.data["comparison"]["warnings"]), None),
    ("biaslens compared 5 articles about one event; What was removed: breitbart's embedded tweet",
     lambda s: "biaslens compared **5 articles** about one event" in s.markdown
     and "— embedded tweet" in s.markdown and _record(s, "breitbart")["removed"], None),
    # --- Key findings --------------------------------------------------------------------------------
    ("Key findings 1-4: only nyt “four times”, “two years”; politico “Project on Government Secrecy”, “James "
     "Melendres”; usa-today “Three people”, “49 people”; west-journal “Jason Chaffetz”, “House Oversight Committee”",
     lambda s: "Only nyt reports “four times” and “two years”" in _findings(s)
     # (names, session 6: "the Project on Government Secrecy" is read whole, and now leads politico's two)
     and "Only politico reports “Project on Government Secrecy” and “James Melendres”" in _findings(s)
     and "Only usa-today reports “Three people” and “49 people”" in _findings(s)
     and "Only west-journal reports “Jason Chaffetz” and “House Oversight Committee”" in _findings(s), None),
    ("Key findings 5-6: only breitbart quotes Paul Ryan; only nyt quotes Adam Segal, Barack Obama and James A. Lewis",
     lambda s: "Only breitbart quotes Paul Ryan." in _findings(s)
     and "Only nyt quotes Adam Segal, Barack Obama and James A. Lewis." in _findings(s), None),
    # -0.07 since the database abstract is removed (it told a body sentence again, counted twice): the
    # finding and its verdict hold.
    # The verdict now follows the printed numbers (session 7): -0.07 lies in "-0.16 to -0.07" as a reader
    # sees it, so it is within chance and no key finding, where the unrounded value had made it stand out.
    ("Key finding 7 (before session 7): nyt's tone -0.07 against -0.14 within its range -0.16 to -0.07, no finding",
     lambda s: "nyt: its sentences sound more positive than the other articles'" not in _findings(s)
     and "| Average tone | nyt | -0.07 | -0.16 to -0.07 | -0.14 | within what chance alone would give |" in s.markdown,
     None),
    # --- Only here --------------------------------------------------------------------------------------
    ("Only here (nyt): “22 million”, Adam Segal, James A. Lewis, Chappaqua, the DNC, “October”, “2007”, “2014”",
     lambda s: {"four times", "two years", "22 million", "Adam Segal", "James A. Lewis", "Chappaqua", "October",
                "2007", "2014", "Council on Foreign Relations", "Democratic National Committee"} <= set(s.only_here("nyt")),
     None),
    ("Only here (politico): Melendres, Brookings, Nunes, Broadwell, Sullivan, Giuliani, “1917”, Trump's “General Petraeus ...”",
     lambda s: {"James Melendres", "Brookings Institution", "Devin Nunes", "Paula Broadwell", "Jake Sullivan",
                "Rudy Giuliani", "1917", "General Petraeus got in trouble for far less"} <= set(s.only_here("politico")),
     None),
    ("Only here (usa-today): “Three people”, “49 people”, Krebs, Dylann Roof, Omar Mateen, “1980”",
     lambda s: {"Three people", "49 people", "Alabama Securities Commissioner Thomas Krebs", "Dylann Roof",
                "Omar Mateen", "1980"} <= set(s.only_here("usa-today")), None),
    ("Only here (west-journal): Chaffetz, both House committees, Phoenix, “Wednesday”; (breitbart) Ryan, “we need more information”",
     lambda s: {"Jason Chaffetz", "House Oversight Committee", "House Judiciary Committee", "Phoenix", "Wednesday"}
     <= set(s.only_here("west-journal")) and {"Ryan", "we need more information"} <= set(s.only_here("breitbart")),
     None),
    ("Only here (breitbart) and worksheet 2: “Republican U.S. House”",
     lambda s: "Republican U.S. House" not in s.only_here("breitbart")
     and "mentions “Republican U.S. House”" not in s.answers,
     None),  # Fixed (names, session 6): a piece of 'Republican U.S. House Speaker Paul Ryan': no name of its own (Ryan is listed beside it)
    ("Only here (nyt): “FULL TEXT” and “Minutes”",
     lambda s: not {"FULL TEXT", "Minutes"} & set(s.only_here("nyt")), None),
    ("Only here (politico): “Project”, “Government Secrecy”, “Namely”",
     lambda s: not {"Project", "Government Secrecy", "Namely"} & set(s.only_here("politico")),
     None),  # Fixed (names, session 6): pieces of 'the Project on Government Secrecy'; 'Namely' opens a clause of Aftergood's quote
    ("Only here (west-journal): the quote “750816332573208576”",
     lambda s: "750816332573208576" not in s.only_here("west-journal"),
     None),
    # --- Check by hand, wording ---------------------------------------------------------------------
    ("Check by hand: breitbart's “press conference” / usa-today's “news conference”",
     lambda s: "press conference" in _to_check(s, "breitbart") and "news conference" in _to_check(s, "usa-today"), None),
    ("Check by hand (west-journal): “tweet tweet-id”, “private meeting last”",
     lambda s: not {"tweet tweet-id", "private meeting last"} & set(_to_check(s, "west-journal") + s.wording("west-journal")), None),
    ("Check by hand (west-journal): “last word” maybe said in politico's 'President Barack Obama endorsed her ...'",
     lambda s: "last word" not in _to_check(s, "west-journal"), None),
    ("Wording only breitbart uses: “ballot box”, “bizarre conclusion”, “inexplicable decision”",
     lambda s: {"ballot box", "bizarre conclusion", "inexplicable decision"} <= set(s.wording("breitbart")), None),
    ("Wording only nyt / politico / usa-today / west-journal uses: “digital exorcism”, “homebrew server”, “fish rots”, “email scandal”",
     lambda s: {"digital exorcism", "electronic breadcrumbs", "spear phishing"} <= set(s.wording("nyt"))
     and {"homebrew server", "impromptu social call", "criminalizes gross negligence"} <= set(s.wording("politico"))
     and {"first-rate worker bees", "fish rots"} <= set(s.wording("usa-today"))
     and "email scandal" in s.wording("west-journal"), None),
    ("Wording only nyt uses: “fast conclusion”, “best use”, “network run”",
     lambda s: not {"fast conclusion", "best use", "network run"} & set(s.wording("nyt")), None),
    ("Wording only politico / usa-today uses: “top aides swept”, “plain old”, “get sensitive material”, “people given”",
     lambda s: not {"top aides swept", "plain old", "get sensitive material"} & set(s.wording("politico"))
     and "people given" not in s.wording("usa-today"), None),
    ("Wording only politico uses: “street assumes”",
     lambda s: "street assumes" not in s.wording("politico"),
     "a piece: 'what the average person on the street assumes is illegal' (a verb before 'is': a plural noun "
     "would take 'are', but a plural ending a prepositional phrase takes 'is' too, so no rule was made)"),
    # --- Left out, coverage, conflicts, shared text ----------------------------------------------------
    ("Left out / worksheet 5-6: breitbart and west-journal do not mention Obama (nyt, politico, usa-today do)",
     lambda s: _left_out(s, "breitbart", "Obama") and _left_out(s, "west-journal", "Obama")
     # one question for both (two in the same words could not be told apart)
     and "The name “Obama” does not appear in breitbart and west-journal" in s.answers, None),
    ("Coverage: Tuesday, FBI, Comey and Clinton in all five; “extremely careless”, Lynch, Bill Clinton in politico and west-journal",
     lambda s: all(_carried(s, t) == set(OUTLETS) for t in ("Tuesday", "FBI", "Comey", "Clinton"))
     and all(_carried(s, t) == {"politico", "west-journal"}
             for t in ("extremely careless", "Loretta Lynch", "Bill Clinton", "Justice Department")), None),
    ("Coverage / Who is who: breitbart does not name the Republicans",
     lambda s: "breitbart" in _carried(s, "Republicans") or _named_by(s, "Republicans", "breitbart"),
     # Fixed (session 9, cast5); was false: its first words: 'Republican U.S. House Speaker Paul Ryan'
     None),
    ("Coverage / Who is who: “State”, a place, named by politico and west-journal",
     lambda s: _kind(s, "State") != "place",
     None),  # Fixed (names, session 6): 'a secretary of State', 'low-level State employees', 'Secretary of State': the office and the department
    ("Coverage / Who is who: nyt and politico both name “New York”",
     lambda s: not (_named_by(s, "New York", "nyt") and _named_by(s, "New York", "politico")),
     "two places: nyt's 'Chappaqua, N.Y.' is the state, politico's 'the former Republican mayor of New York' the city"),
    ("No conflicts; no shared text (no wire copy)",
     lambda s: not s.data["comparison"]["conflicts"] and not s.data["comparison"]["conflicts_to_check"]
     and not s.data["comparison"]["shared_text"], None),
    # --- Without counterpart ------------------------------------------------------------------------
    ("Without counterpart: breitbart's Ryan, usa-today's Tsarnaev, west-journal's “Clinton’s camp was pleased”, politico's 34,000 records",
     lambda s: _without(s, "breitbart", "Ryan said that") and _without(s, "usa-today", "The FBI had interviewed")
     and _without(s, "west-journal", "Clinton’s camp was pleased") and _without(s, "politico", "He continued"), None),
    # Session 9 (compare5): true as now worded; false as 'no other article has a similar sentence': politico tells
    # the same passage of the statement: 'the emails she sent from hostile territory were even less secure than
    # plain old Gmail'
    ("Without counterpart by shared words (nyt): “Mr. Comey described, in fairly blistering terms ...”, “Perhaps Mr. Comey's most surprising suggestion ...”"
     " — no sentence of another article shares enough of its words; it may be told in other words",
     lambda s: listed_by_words(s, 'Mr. Comey described', 'Perhaps Mr. Comey'), None),
    ("Without counterpart (politico): “That’s the consensus of experts ... the FBI isn’t recommending an indictment”",
     lambda s: not _without(s, "politico", "That’s the consensus"),
     "breitbart 'decided not to recommend indicting Clinton', usa-today 'announced that he wouldn't recommend prosecuting her'"),
    ("Without counterpart: politico “Lynch still has the final say ...”, west-journal “I received and accepted their unanimous recommendation ...”",
     lambda s: not _without(s, "politico", "Lynch still has") and not _without(s, "west-journal", "“I received and accepted"),
     "one event: politico 'she has said she’ll accept the recommendation of the career prosecutors', west-journal "
     "'I received and accepted their unanimous recommendation'"),
    # Session 9 (compare5): true as now worded; false as 'no other article has a similar sentence': politico 'a few
    # Republican lawmakers have called for a special prosecutor to take a look at the FBI’s findings'
    ('Without counterpart by shared words (west-journal): “That prompted calls for probes ...”'
     " — no sentence of another article shares enough of its words; it may be told in other words",
     lambda s: listed_by_words(s, 'That prompted calls'), None),
    # Session 9 (compare5): true as now worded; false as 'no other article has a similar sentence': politico 'former
    # President Bill Clinton caused a furor last week with an impromptu social call on Attorney General Loretta
    # Lynch'
    ("Without counterpart by shared words (west-journal): Trump's “... for Bill Clinton to go to the plane ...”"
     " — no sentence of another article shares enough of its words; it may be told in other words",
     lambda s: listed_by_words(s, '“What’s going on'), None),
    # Session 9 (compare5): true as now worded; false as 'no other article has a similar sentence': both tell what
    # Comey said of hackers: nyt's whole article, politico 'while Comey talked about vulnerability to hackers'
    ('Without counterpart by shared words: politico “Another big reason ... Comey talked about vulnerability to hackers”, nyt “When the F.B.I. director ...”'
     " — no sentence of another article shares enough of its words; it may be told in other words",
     lambda s: listed_by_words(s, 'Another big reason', 'When the F.B.I. director'), None),
    # --- Quotes and voices ---------------------------------------------------------------------------
    ("Voices only one outlet gave: Ryan (breitbart), Segal, Lewis, Obama (nyt), Giuliani, Nunes, McCarthy (politico), Chaffetz, Lynch (west-journal)",
     lambda s: all(s.voice(n) and s.voice(n)["sources"] == [s.source(o)] for n, o in (
         ("Paul Ryan", "breitbart"), ("Adam Segal", "nyt"), ("James A. Lewis", "nyt"), ("Barack Obama", "nyt"),
         ("Rudy Giuliani", "politico"), ("Devin Nunes", "politico"), ("Andrew McCarthy", "politico"),
         ("Jason Chaffetz", "west-journal"), ("Loretta Lynch", "west-journal"))), None),
    ("Voices only one outlet gave: the State Department, quoted only by nyt (''spear phishing'' said by “A State Department”)",
     lambda s: s.voice("State Department") is None and "A State Department" not in _speakers(s, "nyt"),
     "'A State Department inspector general's report ... reported what looked like several attempts at ''spear "
     "phishing''': a term in quotation marks, from a report"),
    ("Who is quoted (nyt): ''60 Minutes.'' said by Obama",
     lambda s: not _said_by(s, "nyt", "60 Minutes", "Obama"),
     # Fixed (session 6, speakers: a network's possessive ('CBS' "60 Minutes"') names a programme): the name of CBS's programme: 'in an interview last October on CBS' ''60 Minutes.'''
     None),
    ("Who is quoted (nyt): ''sophisticated adversaries'' said by “Perhaps Mr. Comey”",
     lambda s: "Perhaps Mr. Comey" not in _speakers(s, "nyt"),
     # Fixed (session 6, speakers: a sentence adverb opens the sentence, not the name): 'Perhaps' opens the sentence; the speaker is Mr. Comey
     None),
    ("Who is quoted (nyt): ''sending and receiving work-related emails ...'' and ''a personal email domain ...'' have no speaker",
     lambda s: not _said_by(s, "nyt", "sending and receiving", None) and not _said_by(s, "nyt", "a personal email domain", None),
     "'Mr. Comey described, in fairly blistering terms, a set of email practices ...': his words, in the next sentences"),
    ("Who is quoted (politico): “extremely careless” and “reasonable person” said by Stephen Vladeck",
     lambda s: not _said_by(s, "politico", "extremely careless", "Stephen Vladeck")
     and not _said_by(s, "politico", "reasonable person", "Stephen Vladeck"),
     # Fixed (session 6, speakers: 'He' after a sentence about someone's statement is its author): 'He called her handling of highly sensitive information “extremely careless”': 'He' is Comey, whose statement the sentence before names
     None),
    ("The same words, attributed differently: politico “extremely careless” to Stephen Vladeck, west-journal to Comey",
     lambda s: "No quote appears in two outlets with different speakers." in s.markdown,
     # Fixed (session 6, speakers: 'He' after a sentence about someone's statement is its author): both outlets give Comey's words to Comey (politico 'He called ...' after 'James Comey’s statement')
     None),
    ("Who is quoted by which outlet: Comey quoted once by politico",
     lambda s: _quoted_count(s, "James B. Comey", "politico") >= 2,
     # Fixed (session 6, speakers: 'He' after a sentence about someone's statement is its author): three times: 'extremely careless', 'reasonable person' and 'We also developed evidence ...'
     None),
    ("Who is quoted (usa-today): “I'd rather have a sister in a whorehouse ...” has no speaker",
     lambda s: not _said_by(s, "usa-today", "I'd rather", None),
     # Fixed (session 6, speakers: 'That quote from X' after a quotation standing alone): the next sentence: 'That quote from Alabama Securities Commissioner Thomas Krebs'
     None),
    ("Who is quoted (usa-today): “lose” said by the FBI",
     lambda s: not _said_by(s, "usa-today", "lose", "the FBI"),
     # Fixed (session 6, speakers: a passive verb of saying ('was warned') names no speaker): 'the FBI somehow managed to "lose" Mateen's wife': the columnist's scare quotes
     None),
    ("People quoted: nyt 6",
     lambda s: _feature(s, "nyt", "quotes.distinct_speakers") == 4,
     # Fixed (session 9, speakers5: a document is no person quoted); was false: Comey, Segal, Obama and Lewis; 'A State Department' (now its inspector general's report) and 'Perhaps Mr. Comey' are counted as voices of their own
     None),
    ("Quotations without a speaker: nyt 0.25, usa-today 0.33",
     lambda s: _feature(s, "nyt", "quotes.unattributed_share") < 0.2
     and _feature(s, "usa-today", "quotes.unattributed_share") < 0.3,
     "nyt's two are Comey's (see above), usa-today's 'I'd rather ...' is Krebs's"),
    ("Who is quoted: Lynch's statement, Chaffetz, Trump's rally words, Comey's “extremely careless” (west-journal)",
     lambda s: _said_by(s, "west-journal", "Late this afternoon", "Loretta Lynch")
     and _said_by(s, "west-journal", "There’s no reason why", "Jason Chaffetz")
     and _said_by(s, "west-journal", "What’s going on", "Donald Trump")
     and _said_by(s, "west-journal", "extremely careless", "Comey"), None),
    ("Who is quoted: Giuliani, Nunes, McCarthy, Trump, Comey (politico); Segal, Lewis (nyt); Comey (usa-today)",
     lambda s: _said_by(s, "politico", "No reasonable prosecutor", "Rudy Giuliani")
     and _said_by(s, "politico", "I hope the irresponsible", "Devin Nunes")
     and _said_by(s, "politico", "In essence", "Andrew McCarthy")
     and _said_by(s, "politico", "General Petraeus", "Donald Trump")
     and _said_by(s, "politico", "We also developed evidence", "James Comey")
     and _said_by(s, "nyt", "Reading between the lines", "Adam Segal")
     and _said_by(s, "nyt", "If she used it in Russia", "James A. Lewis")
     and _said_by(s, "usa-today", "The thought that an error", "James Comey"), None),
    ("People quoted: breitbart 2, politico 8, west-journal 4",
     lambda s: _feature(s, "breitbart", "quotes.distinct_speakers") == 2
     and _feature(s, "politico", "quotes.distinct_speakers") == 8
     and _feature(s, "west-journal", "quotes.distinct_speakers") == 4, None),
    ("Reporting verbs: breitbart “recommend ×1”",
     lambda s: "recommend" not in _verbs(s, "breitbart"),
     # Fixed (session 6, speakers: 'recommend' is no reporting verb): 'Comey decided not to recommend indicting Clinton ... even though he found “evidence”': no saying
     None),
    ("Reporting verbs: usa-today “warned ×2”",
     lambda s: "warned" not in _verbs(s, "usa-today"),
     # Fixed (session 6, speakers: a passive verb of saying ('was warned') names no speaker): 'the FBI was warned about Orlando shooter Omar Mateen': the FBI was warned; it warned nobody
     None),
    ("Reporting verbs: politico's loaded “claimed ×1” (Trump), west-journal “announced ×1” (Comey)",
     lambda s: "**claimed** ×1" in _verbs(s, "politico") and "announced ×1" in _verbs(s, "west-journal"), None),
    # --- Who is who ------------------------------------------------------------------------------------
    ("Who is who: Hillary Clinton and James B. Comey (persons) and the FBI (organisation) named by all five",
     lambda s: _kind(s, "Hillary Clinton") == _kind(s, "James B. Comey") == "person"
     and _kind(s, "Federal Bureau of Investigation") == "organisation"
     and all(_named_by(s, n, o) for n in ("Hillary Clinton", "James B. Comey", "Federal Bureau of Investigation")
             for o in OUTLETS), None),
    ("Who is who: Bill Clinton a row apart from Hillary Clinton; Lynch and Trump persons in politico and west-journal; Ryan breitbart only",
     lambda s: _kind(s, "Bill Clinton") == _kind(s, "Loretta Lynch") == _kind(s, "Donald Trump") == "person"
     and all(_named_by(s, n, o) for n in ("Loretta Lynch", "Donald Trump", "Bill Clinton") for o in ("politico", "west-journal"))
     and {m["source"] for m in s.entity("Paul Ryan")["mentions"]} == {s.source("breitbart")}, None),
    ("Who is who: Justice Department and Council on Foreign Relations organisations, Russia and China places",
     lambda s: _kind(s, "Justice Department") == _kind(s, "Council on Foreign Relations") == "organisation"
     and _kind(s, "Russia") == _kind(s, "China") == "place", None),
    ("Who is who: rows “Because Clinton” and “Namely”",
     lambda s: s.entity("Because Clinton") is None and s.entity("Namely") is None,
     None),  # Fixed (names, session 6): words opening a sentence of a quote: 'Because Clinton is running for president', 'Namely the question of intent'
    ("Who is who: rows “Republican U.S. House”, “FULL TEXT”, “Minutes”, “Project”, “Government Secrecy”, “Committee”",
     lambda s: all(s.entity(n) is None for n in ("Republican U.S. House", "FULL TEXT", "Minutes", "Project",
                                                 "Government Secrecy", "Committee")),
     None),  # Fixed (cast, session 7): was "pieces of names ('Speaker Paul Ryan', ''60 Minutes'', 'the Project on Government Secrecy', 'Committee " "Chairman Rep. Jason Chaffetz' of the House O
    ("Who is who: Glenn Harlan Reynolds an organisation; Krebs, Tsarnaev, Nidal Hasan and Carlos Bledsoe “other”",
     lambda s: all(_kind(s, n) == "person" for n in ("Glenn Harlan Reynolds", "Alabama Securities Commissioner Thomas Krebs",
                                                     "Tamerlan Tsarnaev", "Nidal Hasan", "Carlos Bledsoe")),
     None),  # Fixed (names, session 6): people: 'Glenn Harlan Reynolds, a University of Tennessee law professor', 'Boston Marathon bomber Tamerlan Tsarnaev', 'Fort Hood shooter Nidal Hasan', 'Arkansas shooter Carlos Bledsoe'
    ("Who is who: LSAT an organisation",
     lambda s: _kind(s, "LSAT") != "organisation",
     None),  # Fixed (names, session 6): 'anyone who never took the LSAT': a test
    # --- How each outlet describes them, event naming ---------------------------------------------------
    ("Labels: Comey is breitbart's “FBI director” (title), nyt's “F.B.I. director” (beside the name); west-journal no label",
     lambda s: "*FBI director* (title)" in _table_row(s, LABELS, "James B. Comey", "breitbart")
     and "*F.B.I. director* (description beside the name)" in _table_row(s, LABELS, "James B. Comey", "nyt")
     and _table_row(s, LABELS, "James B. Comey", "west-journal").rstrip(" |").endswith("—"), None),
    ("Labels: west-journal's “Democratic presidential candidate” for Clinton (only this outlet); politico's “Barack Obama” (only form)",
     lambda s: "*Democratic presidential candidate* (words before the name) **(only this outlet)**"
     in _table_row(s, LABELS, "Hillary Clinton", "west-journal")
     and "Barack Obama (full name, 1×, no other outlet uses this form)" in _table_row(s, LABELS, "Barack Obama", "politico")
     and "*President* (title)" in _table_row(s, LABELS, "Barack Obama", "nyt"), None),
    ("Labels: nyt names Hillary Clinton “the secretary” (title only)",
     lambda s: "the secretary (title only" not in _table_row(s, LABELS, "Hillary Clinton", "nyt"),
     None),  # Fixed (names, session 6): 'visitors to the secretary's suite on the seventh floor': the office, whoever holds it; Clinton had left it 'nearly two years' before the 2014 shutdown
    ("Event naming, the reaction: nyt “criticizing”, politico “criticize”",
     lambda s: "*criticizing*" not in _table_row(s, EVENT_PART, REACTION, "nyt")
     and "*criticize*" not in _table_row(s, EVENT_PART, REACTION, "politico"),
     "Comey criticizing Clinton (nyt's headline) and the State Department (politico) is the statement itself, not a response"),
    # --- Loaded words ---------------------------------------------------------------------------------
    ("Loaded (own words): breitbart “blasted”, nyt “useless”, politico “claimed” and “vague”, usa-today “stonewall” and “scandals”",
     lambda s: "blasted" in _loaded(s, "breitbart") and "useless" in _loaded(s, "nyt")
     and {"claimed", "vague"} <= set(_loaded(s, "politico")) and {"stonewall", "scandals"} <= set(_loaded(s, "usa-today")),
     None),
    ("Loaded words inside quotations: nyt “hostile”, politico “reckless”, usa-today “slaughter”, west-journal “careless”",
     lambda s: "hostile" in _loaded_in_quotes(s, "nyt") and {"reckless", "irresponsible"} <= set(_loaded_in_quotes(s, "politico"))
     and "slaughter" in _loaded_in_quotes(s, "usa-today") and {"careless", "amazing"} <= set(_loaded_in_quotes(s, "west-journal")),
     None),
    ("Loaded words inside breitbart's quotations: “bizarre”",
     lambda s: "bizarre" not in _loaded_in_quotes(s, "breitbart"),
     "'about how the FBI came to its bizarre conclusion Tuesday': breitbart's own words, after the quote"),
    ("Loaded words inside politico's quotations: “Criminal”, “Extreme”",
     lambda s: not any(w["start"] < 400 for w in _record(s, "politico")["loaded_in_quotes"]),
     # Fixed (session 6, loaded.quoted_word_echo: an echo comes after the quotation it repeats): "the headline 'Criminal charges against Clinton ...' and the lede 'Extreme carelessness isn’t criminal'"
     None),
    ("Loaded words inside quotations: nyt “stealing”, usa-today “hate”",
     lambda s: "stealing" not in _loaded_in_quotes(s, "nyt") and "hate" not in _loaded_in_quotes(s, "usa-today"),
     "no quotation marks: 'never publicly blamed Russia for stealing data', 'in what officials called a hate crime'"),
    ("Loaded words inside politico's quotations: “relevant”, “illegal”",
     lambda s: not {"relevant", "illegal"} & set(_loaded_in_quotes(s, "politico")),
     "plain words of law: 'the relevant federal criminal laws', 'what’s actually illegal in this area'"),
    ("Loaded (nyt's own words): “constantly”, “corrupted”",
     lambda s: not {"constantly", "corrupted"} & set(_loaded(s, "nyt")),
     "'unless it is constantly updated', 'corrupted cellphones': how often software is updated; phones carrying malware"),
    ("Loaded (politico's own words): “hostile” territory",
     lambda s: not _own_loaded_at(s, "politico", "hostile territory"),
     # Fixed (session 6, loaded._FACT_COMPOUNDS: 'hostile territory' is a common term): "'the emails she sent from hostile territory'"
     None),
    ("Loaded (politico's own words): “lied”",
     lambda s: "lied" not in _loaded(s, "politico"),
     # Fixed (session 6, loaded: a view given, hedging._view_given): "'He also said that were aggravating circumstances ..., notably that Petraeus lied to investigators'"
     None),
    ("Loaded language: “No loaded words were found in” west-journal's own words",
     lambda s: bool(_loaded(s, "west-journal")),
     "'Hillary Clinton’s email scandal' (usa-today's 'sexual scandals' counts), 'She has been under fire'"),
    # --- Hedges --------------------------------------------------------------------------------------------
    ("Hedges: breitbart's writer is not certain: “potentially”, “seems”",
     lambda s: _own_doubt(s, "breitbart", "potentially", "FBI director James Comey decided")
     and _own_doubt(s, "breitbart", "seems", "But Ryan’s language"), None),
    # Two "may", then "not clear" ('it is not clear that it was used'): the third "may" was the
    # database abstract's, which tells a body sentence again and is removed.
    ("Hedges / worksheet 9: nyt's writer is not certain: “may” (×2), “not clear”, “presumably”, “Perhaps”",
     lambda s: "nyt has “may”; “may”; “not clear”" in _answer(s, "shows the writer is not certain")
     and _own_doubt(s, "nyt", "presumably", "presumably, was exempted") and _own_doubt(s, "nyt", "Perhaps", "Perhaps Mr."),
     None),
    ("Sourcing hedges: nyt “on the condition of anonymity” (anonymous), “according to officials” (vague); worksheet 8: politico's",
     lambda s: any(h["text"] == "on the condition of anonymity" and h["source_type"] == "anonymous" for h in _hedges(s, "nyt"))
     and any(h["text"] == "according to officials" and h["source_type"] == "vague" for h in _hedges(s, "nyt"))
     and "“other experts say” (source: other experts, vague); “according to Andrew McCarthy” (source: Andrew McCarthy, named)"
     in _answer(s, "Find a sourcing hedge in politico"), None),
    ("Hedges (nyt, in Comey's quote): “apparent”",
     lambda s: not any(h["text"] == "apparent" for h in _hedges(s, "nyt")), None),
    ("Hedges: nyt's writer is not certain: “suggesting” (a name suggesting), “suggestion” (Comey's suggestion)",
     lambda s: not _own_doubt(s, "nyt", "suggesting", "The best use") and not _own_doubt(s, "nyt", "suggestion", "Perhaps Mr."), None),
    ("Hedges: politico's writer is not certain: “no evidence” (other experts say ...)",
     lambda s: not _own_doubt(s, "politico", "no evidence", "But ultimately, other experts say"), None),
    ("Hedges: politico's writer is not certain: “appeared to” (Melendres said), “could” (as Comey noted)",
     lambda s: not _own_doubt(s, "politico", "appeared to", "James Melendres said")
     and not _own_doubt(s, "politico", "could", "Government employees can still"), None),
    ("Hedges (politico): “be considered” (×2), “suggested”, Giuliani's “I thought”",
     lambda s: not {"be considered", "suggested", "I thought"} & {h["text"] for h in _hedges(s, "politico")},
     "no doubt: 'could technically be considered a criminal violation' (classed as), 'will be considered' (taken into "
     "account), 'no one has suggested that anything like that happened', 'I thought for sure'"),
    ("Sourcing hedges (politico): “Giuliani wouldn’t directly speculate” (named source); named sources 50%",
     lambda s: not any(h["text"].startswith("Giuliani") for h in _hedges(s, "politico")), None),
    ("Hedges (usa-today): “I predict” is reported from someone else",
     lambda s: not any(h["text"] == "I predict" and h["reported"] for h in _hedges(s, "usa-today")), None),
    ("Hedges (west-journal): the writer is not certain: “could” (how rules could be broken)",
     lambda s: not _own_doubt(s, "west-journal", "could", "That prompted calls"), None),
    ("Sourcing hedges (west-journal): “Everybody thought”, named source “Everybody”; named sources 100%",
     # The false claim is "named": a sourcing cue with a vague source ("Everybody") is right.
     lambda s: not any(h["text"] == "Everybody thought" and h["cue_kind"] == "sourcing" and h["source_type"] == "named"
                       for h in _hedges(s, "west-journal")), None),
    # --- Worksheet -------------------------------------------------------------------------------------------
    # Session 8 (labels4): the report is named by politico's headline, which names Clinton, so the
    # worksheet no longer asks whether every article mentions her (a detail of the title is not asked).
    ("Worksheet 1, 3, 4: all five mention Comey; only nyt “22 million”; only politico “Project on Government Secrecy”",
     lambda s: "Every article mentions “Comey”." in s.answers
     and "nyt is the only article that mentions “22 million”" in s.answers
     # (names, session 6: the worksheet now asks about politico's "Project on Government Secrecy", also true)
     and "politico is the only article that mentions “Project on Government Secrecy”" in s.answers, None),
    ("Worksheet 7, 10: only politico quotes McCarthy, Nunes, Giuliani, ...; usa-today's boosters “of course”, “In fact”",
     lambda s: "Only politico quotes Andrew McCarthy, Devin Nunes, Rudy Giuliani," in s.answers
     and "usa-today has “of course”; “In fact”" in _answer(s, "Find a booster in usa-today"), None),
    # --- Tone and stands out -----------------------------------------------------------------------------------
    ("Tone: most positive / most negative labels sit on the highest / lowest values; every verdict follows its range",
     lambda s: all(_extremes_consistent(_labelled_extremes(s, o, h)) for o in OUTLETS
                   for h in ("Average tone", "Average tone (VADER)")) and _verdicts_follow_values(s), None),
    ("Headline tone: west-journal -0.04 (neutral), the other four negative",
     lambda s: "The headline's tone is -0.04 (neutral)." in s.markdown
     and s.markdown.count("(negative).") >= 4, None),
    ("Tone of the outlet's own words (nyt): strongest stretch “The best use a” (+0.30)",
     lambda s: "*own words* (tone +0.30): The best use a\n" not in s.markdown,
     "four words cut off by the quoted ''zero day'': they carry no tone"),
    ("Tone of quoted words (nyt): “Hacked World Order” (-0.27)",
     lambda s: "*quoted words* (tone -0.27): Hacked World Order" not in s.markdown,
     # Fixed (session 6, speakers: a title after 'the author of' is no quotation): the title of Adam Segal's book, nobody's words
     None),
]


@pytest.mark.parametrize("claim, check", [
    pytest.param(claim, check, id=f"comey: {claim}",
                 marks=[pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"{FALSE}: {why}")] if why else [])
    for claim, check, why in CASES
])
def test_teacher_read_comey(claim: str, check: Callable[[Story], bool], tmp_path_factory: pytest.TempPathFactory):
    """One claim of the Comey story's report, checked against what the five articles say."""
    assert check(story("comey", tmp_path_factory.mktemp("teacher"))), claim
