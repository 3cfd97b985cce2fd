"""Acceptance read of one PolNeAR story: Manafort's Ukrainian money and the Trump campaign's shake-up (August 2016).

Three articles (politico, an AP report, and huff-post, 17 August; nyt, 18 August) were read in full, as a
media-literacy teacher would before a class, and every claim of report.md, report.json and the
worksheet was checked against them (the reader's report to the lead gives the tally and the causes).
The style is tests/test_teacher_read.py's: each case is one claim, with a check of the true behaviour.
The cases with a reason are false claims today, strict xfails that turn into XPASS once fixed (then
drop the reason); the cases without one are true claims that must stay true.

The three tell three sides of one week: politico (AP) is an investigation of the lobbying money
Manafort and Rick Gates routed for Yanukovych's party in 2012, with one paragraph on Wednesday's
shake-up; huff-post is an analysis of Manafort's troubled months as chairman ("he is on the losing
end of a power struggle"), with a stray "X." line and HuffPost's standing "Editor's note" on Trump at
its end; nyt reports the hiring of Stephen Bannon and the promotion of Kellyanne Conway, "seen by
some as a demotion" for Manafort (its text opens with the database's "ABSTRACT." teaser, which
repeats a body sentence, and a "FULL TEXT." marker).
"""

from __future__ import annotations

from typing import Callable

import pytest
from test_teacher_read import (FALSE, Story, _answer, _extremes_consistent, _hedges, _kind, _labelled_extremes,
                               _left_out, _loaded, _named_by, _said_by, _table_row, _to_check,
                               _verdicts_follow_values, story)
from test_teacher_read import listed_by_words
from test_teacher_read_abedin import _hedge_cues
from test_teacher_read_akin import _findings, _loaded_in_quotes, _sentence_texts, _verbs
from test_teacher_read_comey import _carried, _feature, _quoted_count, _without

pytestmark = pytest.mark.slow

OUTLETS = ("huff-post", "nyt", "politico")
LABELS = "How each outlet describes them"
EVENT_PART = "How each outlet names the event"
REQUEST = "The request: what was asked or offered"


# (claim as the report words it, check of the true behaviour, why / None when the claim is true)
CASES: list[tuple[str, Callable[[Story], bool], str | None]] = [
    # --- Check the inputs first ------------------------------------------------------------------
    ("No input warning: biaslens compared 3 articles about one event",
     lambda s: any(w.startswith("politico_") or "one story" in w for w in s.data["comparison"]["warnings"]),
     "politico is the AP's investigation of the 2012 lobbying money (6 of its 53 sentences have a counterpart) and "
     "tells the shake-up in one paragraph; its only-here list (56 details) is another story's, not politico's choices"),
    ("What was removed before analysis: nothing (nyt's “ABSTRACT.” / “FULL TEXT.”, huff-post's “X.” are sentences)",
     lambda s: "FULL TEXT." not in _sentence_texts(s, "nyt") and "X." not in _sentence_texts(s, "huff-post"),
     None),  # was: the section labels and a stray 'X.' line read as sentences (now removed)
    ("Hedges, nyt: “was seen by some as” twice (the abstract teaser repeats the body sentence)",
     lambda s: sum(h["text"] == "was seen by some as" for h in _hedges(s, "nyt")) == 1, None),
    # Check updated (session 6, after furniture): huff-post's editor's note and stray 'X.' line (39 words) and
    # nyt's 'ABSTRACT.' teaser and 'FULL TEXT.' label (33 words) are removed before analysis, as they should be.
    ("The articles: huff-post 813 words, nyt 1068, politico 1382; published 17, 18 and 17 August",
     lambda s: [_feature(s, o, "readability.words") for o in OUTLETS] == [774, 1035, 1382]
     and "| huff-post | huff-post_2016-08-17_" in s.markdown and "| nyt | nyt_2016-08-18_" in s.markdown, None),
    # --- Key findings --------------------------------------------------------------------------------
    ("Key findings 1-3: only huff-post “1.6 billion members”, “Cinco de Mayo”; nyt “two months”, “Muslim-American "
     "Gold Star”; politico “five years”, “$250,000”",
     # The editor's note ('1.6 billion members') is removed as no reporting (branch furniture2).
     lambda s: "“Cinco de Mayo”" in _findings(s)
     and "Only nyt reports “two months” and “Muslim-American Gold Star”" in _findings(s)
     and "Only politico reports “five years” and “$250,000”" in _findings(s), None),
    ("Key findings 4-5: only nyt quotes Kellyanne Conway and Mike Pence; only politico John Ward Anderson and Kimberley Fritts",
     lambda s: "Only nyt quotes Kellyanne Conway and Mike Pence." in _findings(s)
     and "Only politico quotes John Ward Anderson and Kimberley Fritts." in _findings(s), None),
    # --- Only here -------------------------------------------------------------------------------------
    ("Only here (huff-post): Tom Barrack, Trump Tower, Huffington Post, “badge of honor”, “This is not a hard race”",
     lambda s: {"Tom Barrack", "Trump Tower", "Huffington Post", "badge of honor", "This is not a hard race",
                "Paul’s knowledge, such as it is, is about 20 years old"} <= set(s.only_here("huff-post")), None),
    ("Only here (nyt): Rudolph W. Giuliani, Jared Kushner, Rebekah Mercer, Bedminster, “June 20”, “2007”",
     lambda s: {"Rudolph W. Giuliani", "Jared Kushner", "Rebekah Mercer", "Bedminster", "June 20", "2007", "Fox News",
                "Republican Governors Association"} <= set(s.only_here("nyt")), None),
    ("Only here (politico): “$1.13 million”, “$1.07 million”, Mark Siljander, Ina Kirsch, Vin Weber, “July 2010”",
     lambda s: {"$1.13 million", "$1.07 million", "Mark Siljander", "Ina Kirsch", "Weber", "July 2010",
                "Foreign Agents Registration Act", "Party of Regions"} <= set(s.only_here("politico")), None),
    ("Only here (nyt): “FULL TEXT”",
     lambda s: "FULL TEXT" not in s.only_here("nyt"), None),
    ("Only here (nyt): “Robert”",
     lambda s: "Robert" not in s.only_here("nyt"),
     # Fixed (session 9, cast5); was false: 'Robert and Rebekah Mercer': Robert Mercer, cut to a bare first name
     None),
    ("Only here (politico): “Associated”",
     lambda s: "Associated" not in s.only_here("politico"), None),
    ("Only here (politico): “Congress”",
     lambda s: "Congress" not in s.only_here("politico"),
     "nyt names both chambers: 'preserving Republican majorities in the House and Senate'"),
    # --- Wording only this outlet uses ----------------------------------------------------------------
    ("Wording only huff-post uses: “taco bowl incident”, “power struggle”; nyt “handwritten ledgers showing”, "
     "“father-and-daughter conservative donors”; politico “non-disclosure agreements”, “imprisoned political rival”",
     lambda s: {"taco bowl incident", "power struggle"} <= set(s.wording("huff-post"))
     and {"handwritten ledgers showing", "father-and-daughter conservative donors"} <= set(s.wording("nyt"))
     and {"non-disclosure agreements", "imprisoned political rival"} <= set(s.wording("politico")), None),
    ("Wording only huff-post uses: “running committed mistake”, “good job”, “options open”, “losing end”, "
     "“steady streams”, “win elections using old-style”",
     lambda s: not {"running committed mistake", "good job", "options open", "losing end", "steady streams",
                    "win elections using old-style"} & set(s.wording("huff-post")),
     # was false: pieces cut across a clause ('the campaign Manafort was ostensibly running committed mistake
     # after mistake') or out of an idiom ('do a good job', 'keep his options open', 'on the losing end of')
     None),
    ("Wording only nyt uses: “gun starts”, “heaven's sake”",
     lambda s: not {"gun starts", "heaven's sake"} & set(s.wording("nyt")),
     "pieces of Pence's quoted words ('It's preseason, for heaven's sake ... The gun starts on Labor Day')"),
    ("Wording only politico uses: “ones describing payments”, “actions lawful”, “interests conflict”, "
     "“disagreements broke”, “nonprofit paid”, “nonprofit subsequently paid”, “advocacy work done”",
     lambda s: not {"ones describing payments", "actions lawful", "interests conflict", "disagreements broke",
                    "nonprofit paid", "nonprofit subsequently paid", "advocacy work done"} & set(s.wording("politico")),
     # was false: a subject and its verb, or a pronoun, cut out of a clause ('He called the actions lawful',
     # 'if those interests conflict with America's'): no phrase
     None),
    ("Check by hand (politico): “conservative strategists” / nyt's headline 'conservative website official as campaign's chief executive'",
     lambda s: "conservative strategists" in _to_check(s, "politico"), None),
    ("Check by hand (nyt): “news organization”, “staff departures resulting”, “recent controversies”",
     lambda s: not {"news organization", "staff departures resulting", "recent controversies"} & set(_to_check(s, "nyt")),
     "the close sentences are unrelated: politico's 'campaign organization', huff-post's taco-bowl 'resulting controversy'"),
    # --- Coverage and left out ----------------------------------------------------------------------
    ("Coverage: Wednesday and Gates in nyt and politico; Lewandowski in huff-post and nyt; Hillary Clinton in all three",
     lambda s: _carried(s, "Wednesday") == _carried(s, "Gates") == {"nyt", "politico"}
     and _carried(s, "Lewandowski") == {"huff-post", "nyt"} and _carried(s, "Hillary Clinton") == set(OUTLETS), None),
    ("Coverage: “House and Senate” in nyt and politico",
     lambda s: _carried(s, "House and Senate") == {"nyt"},
     "politico's 'Lobbying records filed in the U.S. Senate' names one chamber, not nyt's House and Senate majorities"),
    ("Left out: huff-post does not mention Gates, Russia, “2012”; politico does not mention Lewandowski",
     lambda s: _left_out(s, "huff-post", "Gates") and _left_out(s, "huff-post", "Russia")
     and _left_out(s, "huff-post", "2012") and _left_out(s, "politico", "Lewandowski"), None),
    # --- Shared text, conflicts, without counterpart -------------------------------------------------
    ("No sentence copied, no shared quote, no conflict",
     lambda s: not s.data["comparison"]["shared_text"] and not s.data["comparison"]["conflicts"]
     and not s.data["comparison"]["conflicts_to_check"], None),
    ("Without counterpart: nyt's Conway interview, politico's AP revelation and federal-law paragraph",
     lambda s: _without(s, "nyt", "In a brief interview, Ms. Conway rejected")
     and _without(s, "politico", "The revelation, provided to The Associated Press")
     and _without(s, "politico", "Under federal law"), None),
    ("Without counterpart (nyt): “Donald J. Trump has shaken up his presidential campaign ...”",
     lambda s: not _without(s, "nyt", "Donald J. Trump has shaken up"),
     "politico: 'Trump shook up his campaign organization Wednesday, putting two new ... strategists as chief "
     "executive officer and campaign manager'"),
    # Session 9 (compare5): true as now worded; false as 'no other article has a similar sentence': huff-post:
    # 'Manafort may stay on as campaign chairman, but the operational power has shifted elsewhere'; politico: 'he
    # retains his title as campaign chairman'
    ('Without counterpart by shared words (nyt): “But the staffing change ... was seen by some as a demotion for Mr. Manafort”'
     " — no sentence of another article shares enough of its words; it may be told in other words",
     lambda s: listed_by_words(s, 'But the staffing change'), None),
    # Session 9 (compare5): true as now worded; false as 'no other article has a similar sentence': nyt: the
    # staffing change 'was seen by some as a demotion for Mr. Manafort'
    ('Without counterpart by shared words (huff-post): “... he is on the losing end of a power struggle in the Trump camp”'
     " — no sentence of another article shares enough of its words; it may be told in other words",
     lambda s: listed_by_words(s, 'Now, in the heat of August'), None),
    # Session 9 (compare5): true as now worded; false as 'no other article has a similar sentence': nyt: Manafort
    # 'rose in power after repeated clashes with Mr. Lewandowski'
    ('Without counterpart by shared words (huff-post): “His enemies within the Trump circle, let by ousted campaign manager Corey Lewandowski ...”'
     " — no sentence of another article shares enough of its words; it may be told in other words",
     lambda s: listed_by_words(s, 'His enemies within the Trump circle'), None),
    ("Without counterpart (politico): “Manafort and business associate Rick Gates ... were working in 2012 ...”",
     lambda s: not _without(s, "politico", "Manafort and business associate Rick Gates"),
     # was false: nyt: 'Mr. Manafort and his deputy, Rick Gates'; it states 2012, a date nyt also states
     None),
    # --- Quotes and voices ------------------------------------------------------------------------------
    ("Voices only one outlet gave: Conway and Pence (nyt), John Ward Anderson and Kimberley Fritts (politico)",
     lambda s: s.voice("Kellyanne Conway")["sources"] == s.voice("Mike Pence")["sources"] == [s.source("nyt")]
     and s.voice("John Ward Anderson")["sources"] == s.voice("Kimberley Fritts")["sources"] == [s.source("politico")],
     None),
    ("The same words, attributed differently: none",
     lambda s: "No quote appears in two outlets with different speakers." in s.markdown, None),
    ("Who is quoted: “badge of honor” Manafort's, “The people who were offended ...” Trump's (huff-post)",
     lambda s: _said_by(s, "huff-post", "badge of honor", "Paul Manafort")
     and _said_by(s, "huff-post", "The people who were offended", "Donald Trump"), None),
    ("Who is quoted: nyt's Conway (2) and Pence; politico's Fritts, John Ward Anderson and “A legal opinion”",
     lambda s: _said_by(s, "nyt", "It's an expansion", "Kellyanne Conway") and _said_by(s, "nyt", "We met as", "Kellyanne Conway")
     and _said_by(s, "nyt", "We're still winning", "Mike Pence")
     and _said_by(s, "politico", "If counsel had determined", "Kimberley Fritts")
     and _said_by(s, "politico", "I was never given", "John Ward Anderson")
     and _said_by(s, "politico", "foreign principal", "A legal opinion"), None),
    ("Who is quoted: huff-post's “This is not a hard race” is said by “X”",
     lambda s: _said_by(s, "huff-post", "This is not a hard race", "Paul Manafort"),
     # Fixed (session 6, speakers2: a stray letter is no antecedent): Manafort's words in his interview with The Huffington Post ('he said'); 'X.' is a stray line two paragraphs up
     None),
    ("Who is quoted: huff-post's “Paul’s knowledge ...” and “He doesn’t know ...” are Donald Trump's",
     lambda s: not _said_by(s, "huff-post", "Paul’s knowledge", "Donald Trump")
     and not _said_by(s, "huff-post", "He doesn’t know", "Donald Trump"),
     # Fixed (session 6, speakers2: an unnamed adviser to someone is not that someone): 'said a longtime adviser to Trump, who declined to be identified'
     None),
    ("Who is quoted by which outlet: Donald Trump 3 in huff-post",
     lambda s: _quoted_count(s, "Donald Trump", "huff-post") == 1,
     # Fixed (session 6, speakers2: an unnamed adviser to someone is not that someone): only 'The people who were offended ...' is Trump's; the other two are an anonymous adviser's
     None),
    ("Who is quoted by which outlet: Paul Manafort 1 in huff-post",
     lambda s: _quoted_count(s, "Paul Manafort", "huff-post") == 2,
     # Fixed (session 6, speakers2: a stray letter is no antecedent): “badge of honor” and “This is not a hard race” are both Manafort's
     None),
    ("Quotations without a speaker: nyt 0.33 (“super PAC”, “encouragement”)",
     lambda s: _said_by(s, "nyt", "encouragement", "Mike Pence"),
     "'Mr. Pence used his keynote speech to offer ''encouragement'' - a word he used several times'"),
    ("People quoted: politico 3",
     lambda s: _feature(s, "politico", "quotes.distinct_speakers") == 2,
     # Fixed (session 9, speakers5: a document is no person quoted); was false: Fritts and Anderson; the third is a document ('A legal opinion ... concluded'), no person
     None),
    ("People quoted: nyt 2; quotations 6, 6, 4",
     lambda s: _feature(s, "nyt", "quotes.distinct_speakers") == 2
     and [_feature(s, o, "quotes.count") for o in OUTLETS] == [6, 6, 4], None),
    ("Reporting verbs: nyt said ×3, added ×1; politico said ×3, concluded ×1",
     # Session 9 (speakers5): a verb written once counts once; politico writes 'said' twice ('she said in a
     # statement', 'said John Ward Anderson' before two quotations).
     lambda s: "said ×3, added ×1" in _verbs(s, "nyt") and "said ×2, concluded ×1" in _verbs(s, "politico"), None),
    ("Reporting verbs: huff-post “tweet ×1”",
     lambda s: "tweet" not in _verbs(s, "huff-post"),
     "'a member of the family suggested they tweet a picture of Trump enjoying his “Mexican” lunch': no verb of saying"),
    # --- Who is who ------------------------------------------------------------------------------------
    ("Who is who: Paul Manafort, Donald Trump, Hillary Clinton, persons named by all three; Manafort's “Paul” is his",
     lambda s: all(_kind(s, n) == "person" and all(_named_by(s, n, o) for o in OUTLETS)
                   for n in ("Paul Manafort", "Donald Trump", "Hillary Clinton"))
     and "Paul" in s.mentions("Paul Manafort"), None),
    ("Who is who: Rick Gates (nyt, politico; politico's “Rick” in Anderson's quote), Corey Lewandowski (huff-post, nyt)",
     lambda s: _named_by(s, "Rick Gates", "nyt") and _named_by(s, "Rick Gates", "politico")
     and not _named_by(s, "Rick Gates", "huff-post") and "Rick" in s.mentions("Rick Gates")
     and _named_by(s, "Corey Lewandowski", "huff-post") and not _named_by(s, "Corey Lewandowski", "politico"), None),
    ("Who is who: Ukraine and Russia places; Tony Podesta (“Podesta”) and Vin Weber persons",
     lambda s: _kind(s, "Ukraine") == _kind(s, "Russia") == "place" and "Podesta" in s.mentions("Tony Podesta")
     and _kind(s, "Vin Weber") == "person", None),
    ("Who is who: “House and Senate” is one organisation, named by politico as “U.S. Senate”",
     lambda s: "U.S. Senate" not in s.mentions("House and Senate"),
     "two chambers in one row; politico's Senate is where lobbying records are filed"),
    ("Who is who: Roger Ailes (huff-post) and “N.J. Roger Ailes” (nyt) are two people",
     lambda s: _named_by(s, "Roger Ailes", "nyt"),
     # Fixed (session 9, cast5); was false: nyt: 'at Bedminster, N.J. Roger Ailes, the former chairman of Fox News': the state's abbreviation joined to the name; the same man advises Trump on...
     None),
    ("report.json cast: “Republican” (politico) is a person",
     lambda s: s.entity("Republican") is None, None),  # Fixed (cast, session 7): was "'Vin Weber, is an influential Republican': a party member, no name"
    ("report.json cast: “Robert” and “Rebekah Mercer” of kind “other”",
     lambda s: s.entity("Robert") is None and _kind(s, "Rebekah Mercer") == "person",
     # Fixed (session 9, cast5); was false: 'Robert and Rebekah Mercer, the father-and-daughter conservative donors': two persons
     None),
    ("report.json cast: Mitt Romney of kind “other”",
     lambda s: _kind(s, "Mitt Romney") == "person", # Fixed (session 9, cast5); was false: 'former special policy adviser to Mitt Romney'
     None),
    # Fixed (session 8, cast4): the last, 'America's' before a full stop, is the United States now (a
    # possessive before a full stop is no part of the name); the others were fixed before.
    ("report.json cast: “FULL TEXT”, “Associated”, “Modern Ukraine”, “America's” are entities",
     lambda s: all(s.entity(n) is None for n in ("FULL TEXT", "Associated", "Modern Ukraine", "America's")),
     None),
    ("report.json cast: “Centre” apart from “European Centre”",
     lambda s: s.entity("Centre") is None,
     None),  # Fixed (cast, session 7): was "Anderson's 'working for the Centre' is the European Centre, named in full three paragraphs up"
    ("report.json cast: Republic of Azerbaijan an organisation; Bedminster “other”",
     lambda s: _kind(s, "Republic of Azerbaijan") == "place" and _kind(s, "Bedminster") == "place",
     None),  # Fixed (cast, session 7): was "a country in a list of countries; 'Mr. Trump's golf club at Bedminster, N.J.'"
    # --- How each outlet describes them ---------------------------------------------------------------
    ("Labels (Manafort): huff-post “a confident-seeming”, nyt's “who had initially been hired ...” (only this outlet)",
     lambda s: "*a confident-seeming* (words before the name) **(only this outlet)**"
     in _table_row(s, LABELS, "Paul Manafort", "huff-post")
     and "protracted fight for delegates* (“who …” clause) **(only this outlet)**"
     in _table_row(s, LABELS, "Paul Manafort", "nyt"), None),
    ("Labels: politico's “another top strategist in Trump's campaign” for Gates, “Democratic nominee” for Clinton; "
     "nyt's “now a paid CNN commentator” for Lewandowski",
     lambda s: "*another top strategist in Trump's campaign*" in _table_row(s, LABELS, "Rick Gates", "politico")
     and "*Democratic nominee* (title) **(only this outlet)**" in _table_row(s, LABELS, "Hillary Clinton", "politico")
     and "*now a paid CNN commentator*" in _table_row(s, LABELS, "Corey Lewandowski", "nyt"), None),
    ("Labels: nyt names Clinton “Clinton” (surname, no other outlet uses this form)",
     lambda s: "Clinton (surname, 3×, no other outlet uses this form)" in _table_row(s, LABELS, "Hillary Clinton", "nyt"),
     None),
    ("Labels (Manafort): nyt's “the campaign chairman” (only this outlet)",
     lambda s: "*the campaign chairman* (description beside the name) **(only this outlet)**"
     not in _table_row(s, LABELS, "Paul Manafort", "nyt"),
     # Fixed (session 9, labels5: labels._told_beside_name: politico's sentence naming Manafort has 'campaign chairman'); was "politico: 'campaign chairman Paul Manafort'; huff-post: 'Manafort may stay on as campaign chairman'"
     None),
    ("Labels (Manafort): politico names him without describing him (— ; worksheet 8: no description in politico)",
     lambda s: not _table_row(s, LABELS, "Paul Manafort", "politico").rstrip(" |").endswith("—"),
     # Fixed (session 9, labels5: a person noun with its field's noun after 'of' is a description); was "'the business practices of campaign chairman Paul Manafort'"
     None),
    ("Labels (Trump): huff-post's “who declined to be identified and is not in the Lewandowski camp”",
     lambda s: "who declined to be identified" not in _table_row(s, LABELS, "Donald Trump", "huff-post"),
     "the clause describes 'a longtime adviser to Trump', not Trump"),
    ("Labels (Gates): nyt names him without describing him",
     lambda s: not _table_row(s, LABELS, "Rick Gates", "nyt").rstrip(" |").endswith("—"),
     # Fixed (session 9, labels5: 'deputy' alone after a determiner is a noun); was "'Mr. Manafort and his deputy, Rick Gates'"
     None),
    ("Labels (Lewandowski): huff-post names him without describing him",
     lambda s: not _table_row(s, LABELS, "Corey Lewandowski", "huff-post").rstrip(" |").endswith("—"),
     # Fixed (session 9, labels5: 'manager' is a person noun, 'ousted' describes); was "'ousted campaign manager Corey Lewandowski'"
     None),
    # --- How each outlet names the event --------------------------------------------------------------
    ("Event naming, the request: huff-post's “appeal” (only this outlet)",
     lambda s: "*appeal*" not in _table_row(s, EVENT_PART, REQUEST, "huff-post"),
     None),
    ("Event naming, the request: nyt's “suggestion” and “urged” (only this outlet)",
     lambda s: "*suggestion*" not in _table_row(s, EVENT_PART, REQUEST, "nyt")
     and "*urged*" not in _table_row(s, EVENT_PART, REQUEST, "nyt"),
     None),
    ("Event naming, the request: politico's “overture” and “request” (only this outlet)",
     lambda s: "*overture*" not in _table_row(s, EVENT_PART, REQUEST, "politico")
     and "*request*" not in _table_row(s, EVENT_PART, REQUEST, "politico"),
     None),
    # --- Loaded words ----------------------------------------------------------------------------------
    ("Loaded (huff-post's own words): “chaotic”, “bragged”; the Editor's note's “liar”, “xenophobe”, “racist”, “misogynist”",
     # The editor's note's words are gone with the note (removed as no reporting).
     lambda s: {"chaotic", "bragged"} <= set(_loaded(s, "huff-post"))
     and not {"liar", "xenophobe", "racist", "misogynist"} & set(_loaded(s, "huff-post")), None),
    ("Loaded (nyt's own words): “aggressive”, “combative”, “insisted”, “angered”; politico “Ironically”",
     lambda s: {"aggressive", "combative", "insisted", "angered"} <= set(_loaded(s, "nyt"))
     and "ironically" in _loaded(s, "politico"), None),
    ("Loaded words inside quotations or views reported: only huff-post's “condescending”",
     # Session 9: 'condescending' joined the lexicon; 'Manafort politely suggested that this might be
     # seen as condescending' is Manafort's judgement, reported (was: none in any article, also true then).
     lambda s: {o: _loaded_in_quotes(s, o) for o in OUTLETS} == {"huff-post": ["condescending"], "nyt": [], "politico": []},
     None),
    ("Loaded (huff-post): “family”, an adverb of how someone spoke",
     lambda s: "family" not in _loaded(s, "huff-post"),
     # Fixed (session 6, loaded.manner_of_speaking: an -ly word after 'the' is a noun): "'a member of the family suggested'"
     None),
    ("Loaded (huff-post): “unforced”",
     lambda s: "unforced" not in _loaded(s, "huff-post"),
     # Fixed (session 6, loaded._FACT_COMPOUNDS: 'unforced errors' is a common term): "'cut down on unforced errors'"
     None),
    ("Loaded (politico's own words): “illegal”",
     lambda s: "illegal" not in _loaded(s, "politico"), None),
    # --- Hedges ------------------------------------------------------------------------------------------
    ("Hedges, huff-post's writer is not certain: “not clear”, “might”, “potentially”, “may” (worksheet 11)",
     lambda s: {"not clear", "might", "potentially", "may"} <= _hedge_cues(s, "huff-post", "epistemic")
     and "“not clear”; “might”; “potentially”" in _answer(s, "shows the writer is not certain"), None),
    ("Hedges, nyt: “appeared to”, “remains to be seen”; sourcing “People briefed on the move said”, "
     "“The New York Times reported” (named), “according to three people” (worksheet 10)",
     lambda s: {"appeared to", "remains to be seen"} <= _hedge_cues(s, "nyt", "epistemic")
     and {"People briefed on the move said", "The New York Times reported", "according to three people"}
     <= _hedge_cues(s, "nyt", "sourcing")
     and "“The New York Times reported” (source: The New York Times, named)" in _answer(s, "Find a sourcing hedge in nyt"),
     None),
    ("Hedges, politico: “unclear”; sourcing “on condition of anonymity” (anonymous)",
     lambda s: "unclear" in _hedge_cues(s, "politico", "epistemic")
     and "on condition of anonymity" in _hedge_cues(s, "politico", "sourcing"), None),
    ("Hedges, huff-post's writer is not certain: “suggested” (a member of the family suggested they tweet)",
     lambda s: "suggested" not in _hedge_cues(s, "huff-post", "epistemic"),
     # Fixed (session 6, hedges2): 'suggested' proposes a tweet: no doubt
     None),
    ("Hedges, huff-post's writer is not certain: “not known” (Manafort is not known as a debate prep expert)",
     lambda s: "not known" not in _hedge_cues(s, "huff-post", "epistemic"),
     # Fixed (session 6, hedges2): 'not known as' says what he is not reputed for, plainly
     None),
    ("Hedges, huff-post sourcing: “ostensibly” (anonymous source)",
     lambda s: "ostensibly" not in _hedge_cues(s, "huff-post", "sourcing"),
     # Fixed (session 6, hedges2): 'the campaign Manafort was ostensibly running': the writer's irony, no claim passed on
     None),
    ("Hedges, huff-post sourcing: “citing Trump’s” (named source: Trump’s)",
     lambda s: "citing Trump’s" not in _hedge_cues(s, "huff-post", "sourcing"),
     # Fixed (session 6, hedges2): 'he said, citing Trump's blue-collar appeal': Manafort gives a reason; Trump is no source
     None),
    ("Hedges, nyt's writer is not certain: “uncertain” and “suggestion”",
     lambda s: not {"uncertain", "suggestion"} & _hedge_cues(s, "nyt", "epistemic"),
     # Fixed (session 6, hedges2): 'he is uncertain about suppressing' is Trump's own doubt, told in interviews; 'his suggestion that Second Amendment supporters could revolt' names a remark
     None),
    ("Hedges, politico sourcing: “according to U.S.” (named source: U.S.)",
     lambda s: not any(h.get("source") == "U.S." for h in _hedges(s, "politico")),
     # Fixed (session 6, hedges2): 'according to U.S. lobbying records': the source is the records
     None),
    ("Boosters, politico: “obviously” (the writer presents it as certain)",
     lambda s: "obviously" not in _hedge_cues(s, "politico", "booster"),
     # Fixed (session 6, hedges2): 'which at least one former employee considered obviously illegal': the employee's certainty, reported
     None),
    # --- Tone, stands out ---------------------------------------------------------------------------------
    ("Tone: most positive / most negative labels sit on the highest / lowest values shown",
     lambda s: all(_extremes_consistent(_labelled_extremes(s, o, h)) for o in OUTLETS
                   for h in ("Average tone", "Average tone (VADER)"))
     and all(_labelled_extremes(s, o, "Average tone") for o in OUTLETS), None),
    ("Which differences stand out: every verdict follows its value and range (all within chance)",
     lambda s: _verdicts_follow_values(s) and not any(
         line.rstrip(" |").endswith("stands out")
         for line in s.markdown.split("## Which differences stand out\n", 1)[1].split("\n## ", 1)[0].splitlines()), None),
    ("Tone of quoted words: huff-post's strongest “The people who were offended ...” (-0.26), nyt's “We're still winning ...” (+0.14)",
     lambda s: "*quoted words* (tone -0.26): The people who were offended were people we wanted to offend" in s.markdown
     and "*quoted words* (tone +0.14): We're still winning hearts and minds" in s.markdown, None),
    # --- Worksheet ------------------------------------------------------------------------------------------
    # Session 8 (labels4): the report is named by nyt's headline, which names Trump, so the worksheet asks
    # about Manafort instead (a detail of the title is not asked).
    ("Worksheet 1-4: all mention Hillary Clinton and Manafort; only huff-post “1.6 billion members”, nyt “June 20”, "
     "politico “$1.07 million”",
     lambda s: "Every article mentions “Hillary Clinton” and “Manafort”" in s.answers
     and "nyt is the only article that mentions “June 20”" in s.answers
     and "politico is the only article that mentions “$1.07 million”" in s.answers, None),
    # (Session 9, cast5: nyt's 'N.J. Roger Ailes' is Roger Ailes now, so the true 'Roger Ailes not in politico' takes
    # the first left-out question and 'Lewandowski not in politico' drops out of the three.)
    ("Worksheet 5-7: “Roger Ailes” not in politico, “Gates” not in huff-post; only nyt quotes Conway and Pence",
     lambda s: "The name “Roger Ailes” does not appear in politico" in s.answers
     and "The name “Gates” does not appear in huff-post" in s.answers
     and "Only nyt quotes Kellyanne Conway and Mike Pence." in s.answers, None),
    ("Worksheet 8: biaslens found no description beside Manafort's name in politico",
     lambda s: "no description beside the name in politico" not in _answer(s, "How does each article introduce Paul Manafort"),
     # Fixed (session 9, labels5: a person noun with its field's noun after 'of' is a description); was "'campaign chairman Paul Manafort', 'Donald Trump's campaign chairman'"
     None),
    ("Worksheet 9: the words each article uses for the request (appeal, suggestion, urge, overture, request)",
     lambda s: "overture" not in _answer(s, "for the request"),
     None),
    ("Worksheet 12: huff-post's loaded words include “family” (adverb of how someone spoke) and “unforced”",
     lambda s: "“family”" not in _answer(s, "Find the loaded words in huff-post"),
     # Fixed (session 6, loaded.manner_of_speaking and _FACT_COMPOUNDS): "'a member of the family' and 'unforced errors' pass no judgement"
     None),
]


@pytest.mark.parametrize("claim, check", [
    pytest.param(claim, check, id=f"manafort: {claim}",
                 marks=[pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"{FALSE}: {why}")] if why else [])
    for claim, check, why in CASES
])
def test_teacher_read_manafort(claim: str, check: Callable[[Story], bool], tmp_path_factory: pytest.TempPathFactory):
    """One claim of the Manafort story's report, checked against what the three articles say."""
    assert check(story("manafort", tmp_path_factory.mktemp("teacher"))), claim
