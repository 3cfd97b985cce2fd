"""Acceptance read of one PolNeAR story: Trump and the Khans, parents of a fallen Muslim US soldier (August 2016).

Three articles (nyt, 1 August; huff-post, 3 August; usa-today, 9 August) were read in full, as a
media-literacy teacher would before a class, and every claim of report.md, report.json and the
worksheet was checked against them (the reader's report to the lead gives the tally and the causes).
The style is tests/test_teacher_read.py's: each case is one claim, with a check of the true
behaviour. The cases with a reason are false claims today, strict xfails that turn into XPASS once
fixed (then drop the reason); the cases without one are true claims that must stay true.

nyt tells the weekend after Khizr Khan's convention speech: Trump's replies, Ghazala Khan's opinion
article, Republicans' reactions (its text opens with the archive's "ABSTRACT." teaser, which repeats
a body sentence, and a "FULL TEXT." label). huff-post leads on French President Hollande's criticism
of Trump's remarks about Khan, then tells Obama's and Republican senators' reactions, and ends with an
editor's note; it holds three embedded tweets as ``<tweet pic="" author=...>...</tweet>.`` tags and a
photo credit ("Gary Cameron/Reuters."). usa-today is an interview with the Khans eight days later.
Three Khans are named: Khizr (the father, "Mr. Khan"), Ghazala (the mother, "Ms. Khan", "Mrs. Khan")
and Humayun (the son, "Captain Khan", killed in Iraq in 2004), who says nothing in any article.
"""

from __future__ import annotations

import re
from typing import Callable

import pytest
from test_teacher_read import (FALSE, Story, _answer, _describing, _extremes_consistent, _kind,
                               _labelled_extremes, _left_out, _loaded, _named_by, _said_by, _speakers, _table_row,
                               _to_check, _verdicts_follow_values, story, story_events)
from test_teacher_read_akin import _article as _record
from test_teacher_read_akin import _findings, _loaded_in_quotes, _sentence_texts, _verbs
from test_teacher_read_california import _actor_sentences, _covered, _cue_at, _forms, _writers_doubt
from test_teacher_read_comey import _carried, _quoted_count, _without

pytestmark = pytest.mark.slow

OUTLETS = ("huff-post", "nyt", "usa-today")
LABELS = "How each outlet describes them"
EVENT_PART = "How each outlet names the event"
REMARKS = "The remarks: what was said, named as an event"
REACTION = "The reaction: the response to it"
REQUEST = "The request: what was asked or offered"


def _section(s: Story, heading: str) -> str:
    """The text of report.md's ``### heading`` section, up to the next heading."""
    return s.markdown.split(f"### {heading}\n", 1)[1].split("\n### ", 1)[0].split("\n## ", 1)[0]


def _speaker_of(s: Story, outlet: str, start: str) -> str | None:
    """The speaker report.json gives ``outlet``'s quotation starting with ``start``."""
    return next(q["speaker"] for q in s.quotes(outlet) if q["text"].startswith(start))


# (claim as the report words it, check of the true behaviour, why / None when the claim is true)
CASES: list[tuple[str, Callable[[Story], bool], str | None]] = [
    # --- Check the inputs first ------------------------------------------------------------------
    ("biaslens report (stderr): these articles look like 2 different events (nyt + usa-today, huff-post)",
     lambda s: story_events("khan") == 1,
     "all three tell the dispute between Trump and the Khans: huff-post 'Hollande was referring to Trump’s recent "
     "remarks about Khizr Khan', then Obama's and Republican senators' reactions and 'Trump has yet to apologize to "
     "the Khans'; usa-today's interview, eight days after nyt, is no closer to nyt than huff-post is"),
    ("Report title: “How outlets covered: Francois Hollande Says Donald Trump ‘Makes You Want To Retch’”",
     lambda s: "Hollande" not in s.markdown.splitlines()[0],
     # Fixed (session 8, labels4: stories.story_headline: biaslens report names the story by its most central headline, nyt's, and says whose); was false: the headline of the one article about Hollande; nyt and usa-today never name him
     None),
    ("What was removed before analysis: nothing (huff-post's embedded tweets are sentences)",
     lambda s: not any("<tweet" in t or "</tweet>" in t for t in _sentence_texts(s, "huff-post")),
     None),
    ("What was removed before analysis: nothing (nyt's “ABSTRACT.” and “FULL TEXT.” are sentences)",
     lambda s: "FULL TEXT." not in _sentence_texts(s, "nyt") and "ABSTRACT." not in _sentence_texts(s, "nyt"), None),
    # --- Key findings ----------------------------------------------------------------------------
    ("Key findings: only huff-post reports “1.6 billion members” and “Father Jacques Hamel”; only usa-today “four decades” and “13%”",
     # The editor's note ('1.6 billion members') is removed as no reporting (branch furniture2).
     lambda s: "“Father Jacques Hamel”" in _findings(s)
     and "Only usa-today reports “four decades” and “13%”" in _findings(s), None),
    ("Key findings: only huff-post quotes Barack Obama, François Hollande and John Oliver",
     lambda s: "Only huff-post quotes Barack Obama, François Hollande and John Oliver." in _findings(s), None),
    ("Key findings: only nyt quotes Hillary Clinton, Humayun Khan and John Allen",
     lambda s: "Humayun Khan" not in _findings(s),
     None),
    # --- Only here -------------------------------------------------------------------------------
    ("Only here (huff-post): Manuel Valls, Bastille Day, Kelly Ayotte, Pat Toomey, Chuck Grassley, John McCain, Marine Le Pen, 2017",
     lambda s: {"Manuel Valls", "Bastille Day", "Kelly Ayotte", "Pat Toomey", "Chuck Grassley", "John McCain",
                "Marine Le Pen", "2017", "Last Week Tonight", "Jean-Marie"} <= set(s.only_here("huff-post")), None),
    ("Only here (huff-post): Hollande's “hurtful and humiliating” and “France will always be France”, Obama's “unfit to serve”",
     lambda s: {"hurtful and humiliating", "France will always be France", "unfit to serve", "France is no longer France"}
     <= set(s.only_here("huff-post")), None),
    ("Only here (nyt): Mitch McConnell, Gonzalo P. Curiel, Paul Manafort, Paul D. Ryan, Mike Coffman, John Kasich, NBC, Cleveland",
     lambda s: {"Mitch McConnell", "Gonzalo P. Curiel", "Paul Manafort", "Paul D. Ryan", "Mike Coffman", "John Kasich",
                "NBC", "Cleveland", "Afghanistan", "November"} <= set(s.only_here("nyt")), None),
    ("Only here (usa-today): “four decades”, “13%”, “two years”, Wells Fargo Center, Capital Download, Fourteenth Amendment, Pakistan",
     lambda s: {"four decades", "13%", "two years", "Wells Fargo Center", "Capital Download", "Fourteenth Amendment",
                "Pakistan", "Mr. and Mrs. Khan, Charlottesville, VA"} <= set(s.only_here("usa-today")), None),
    ("Only here (huff-post): “Reuters” and “Gary Cameron”",
     lambda s: not {"Reuters", "Gary Cameron"} & set(s.only_here("huff-post")),
     None),  # was: the photo credit 'Gary Cameron/Reuters.' left in the text (now removed)
    ("Only here (huff-post): “FranceisstillFrance”, “Franceisstrong”, “Islamophobic”",
     lambda s: not {"FranceisstillFrance", "Franceisstrong", "Islamophobic"} & set(s.only_here("huff-post")),
     "two hashtags of Valls' embedded tweet and an adjective ('her Islamophobic remarks'): no name"),
    ("Only here (huff-post): the quote “Honestly”",
     lambda s: "Honestly" not in s.only_here("huff-post"),
     "one word of Oliver's quotation ('“Honestly,” he continued, “we may be ...'), no detail"),
    ("Only here (huff-post): Trump's “wasn’t allowed to have anything to say”",
     lambda s: "wasn’t allowed to have anything to say" not in s.only_here("huff-post"),
     "nyt tells it: 'suggesting earlier this weekend that she had not been permitted to speak', 'implying that "
     "she was forbidden from doing so'"),
    ("Only here (nyt): “12 years” (key finding); only here (usa-today): “2004”",
     lambda s: "12 years" not in s.only_here("nyt") and "2004" not in s.only_here("usa-today"),
     "the same date: nyt 'Captain Khan, killed 12 years ago' (2016), usa-today 'died a hero in Iraq in 2004'"),
    ("Only here (nyt): “FULL TEXT”",
     lambda s: "FULL TEXT" not in s.only_here("nyt"), None),
    ("Only here (usa-today): “Delegates” and “Virginia House”",
     lambda s: not {"Delegates", "Virginia House"} & set(s.only_here("usa-today")),
     # Fixed (session 9, cast5); was false: two pieces of one name, 'the Virginia House of Delegates'
     None),
    # --- Wording, check by hand --------------------------------------------------------------------
    ("Wording only huff-post uses: “ongoing anti-Islamic rhetoric”, “incites political violence”, “serial liar”",
     # 'incites political violence', 'serial liar': the editor's note, removed as no reporting.
     lambda s: {"ongoing anti-Islamic rhetoric", "moving speech"}
     <= set(s.wording("huff-post")), None),
    ("Wording only nyt uses: “usual political tool kit”, “unredeemable callousness”, “geographic suspension”",
     lambda s: {"usual political tool kit", "unredeemable callousness", "geographic suspension", "suicide bomber"}
     <= set(s.wording("nyt")), None),
    ("Wording only usa-today uses: “worn pocket-sized copy”, “cardboard banker's box”, “political pawns”",
     lambda s: {"worn pocket-sized copy", "cardboard banker's box", "political pawns"} <= set(s.wording("usa-today")),
     None),
    ("Wording only huff-post uses: “tweet pic”",
     lambda s: "tweet pic" not in s.wording("huff-post"), None),
    ("Wording only nyt uses: “never gone”",
     lambda s: "never gone" not in s.wording("nyt"), None),
    ("Check by hand: huff-post's “damning reaction” (Obama's) may be nyt's “first reaction” (Trump's), and back",
     lambda s: "damning reaction" not in _to_check(s, "huff-post") and "first reaction" not in _to_check(s, "nyt"), None),
    ("Check by hand: huff-post's Le Pen quote “Between [Donald Trump] and Hillary Clinton ...” may be nyt's Clinton sentence",
     lambda s: not any(t.startswith("Between [Donald Trump]") for t in _to_check(s, "huff-post")),
     "Le Pen choosing Trump; nyt's sentence is Clinton reprimanding Trump in Cleveland"),
    ("Check by hand: nyt's “awkward position” (Pence's) and “country great” (Clinton's quote)",
     lambda s: not {"awkward position", "country great"} & set(_to_check(s, "nyt")),
     "usa-today's 'a position the Republican nominee has since modified' and huff-post's 'the country he is "
     "campaigning to lead' share one word and tell other things"),
    # --- Coverage, left out ---------------------------------------------------------------------------
    ("Coverage: Khans, ABC News, Democratic National Convention and Americans in all three; Mike Pence, Gold Star, Indiana not in huff-post",
     # "Khans" is no detail since a family's plural surname names the family's members, not an entity of its
     # own (session 6, names); the report no longer makes that row.
     lambda s: all(_carried(s, d) == set(OUTLETS) for d in ("ABC News", "Democratic National Convention",
                                                            "Americans"))
     and all(_carried(s, d) == {"nyt", "usa-today"} for d in ("Mike Pence", "Gold Star", "Indiana", "Philadelphia")),
     None),
    ("Coverage: Hillary Clinton and Islamic State not in usa-today; “a lot of sacrifices” in huff-post and nyt",
     lambda s: _carried(s, "Hillary Clinton") == _carried(s, "Islamic State") == {"huff-post", "nyt"}
     and _carried(s, "a lot of sacrifices") == {"huff-post", "nyt"}, None),
    ("Left out: huff-post does not mention Mike Pence, Gold Star, Indiana, Philadelphia; usa-today Hillary Clinton",
     lambda s: all(_left_out(s, "huff-post", d) for d in ("Mike Pence", "Gold Star", "Indiana", "Philadelphia"))
     and _left_out(s, "usa-today", "Hillary Clinton") and _left_out(s, "usa-today", "Islamic State")
     and _left_out(s, "usa-today", "a lot of sacrifices"), None),
    ("Coverage: usa-today does not include “Muslims”",
     lambda s: _covered(s, "Muslims", "usa-today"),
     "usa-today: 'Trump is going to teach Muslims a lesson'"),
    ("Coverage: huff-post does not include “Khizr”, nor nyt “Khizr Khan”",
     lambda s: _covered(s, "Khizr", "huff-post") and _covered(s, "Khizr Khan", "nyt"),
     "huff-post names 'Khizr Khan' twice; nyt 'the parents, Khizr and Ghazala Khan' and 'Mr. Khan' throughout"),
    ("Coverage: huff-post does not include “Ghazala Khan”",
     lambda s: _covered(s, "Ghazala Khan", "huff-post"), "huff-post: 'how Khan’s wife, Ghazala, remained silent'"),
    ("Coverage: huff-post does not include “Iraq” nor “Democrats”",
     lambda s: _covered(s, "Iraq", "huff-post") and _covered(s, "Democrats", "huff-post"),
     "huff-post: 'losing their son during the Iraq War', 'Trump cast the blame on his democratic rivals'"),
    ("Coverage and Left out: huff-post and usa-today include “two weeks”; nyt does not mention it",
     lambda s: not _left_out(s, "nyt", "two weeks"),
     "two different spans: huff-post's between the Nice attack and the priest's murder, usa-today's since Khan's "
     "speech; neither is a detail of the story nyt leaves out"),
    # --- Conflicts, shared text, without counterpart -------------------------------------------------
    # Re-read after this session's fixes: the one shared-text pair now listed is a true "same quote":
    # huff-post's 'Trump also claimed that he had made “a lot of sacrifices,”' and nyt's Ms. Khan quoting
    # him, "Donald Trump said he has made a lot of sacrifices".
    ("No two articles give different values for the same thing; the same quote: Trump's “a lot of sacrifices”",
     lambda s: not s.data["comparison"]["conflicts"] and not s.data["comparison"]["conflicts_to_check"]
     and [(p["label"], p["a"]["text"]) for p in s.data["comparison"]["shared_text"]]
     == [("same quote", "a lot of sacrifices")], None),
    ("Without counterpart: huff-post's Hollande lead and nyt's Clinton sentence",
     lambda s: _without(s, "huff-post", "French President François Hollande has joined")
     and _without(s, "nyt", "Hillary Clinton sternly reprimanded"), None),
    ("Without counterpart (huff-post): “<tweet pic=\"\" author=\"realDonaldTrump\" ...>Mr.”",
     lambda s: not _without(s, "huff-post", "<tweet"), None),
    ("Without counterpart (usa-today): “He says Trump's call to ban all Muslim immigrants ...”",
     lambda s: not _without(s, "usa-today", "He says Trump's call to ban"),
     "huff-post: 'Khan, who is Muslim, also decried Trump’s repeated calls to ban all Muslims from entering the U.S.'"),
    # --- Quotes and voices --------------------------------------------------------------------------
    ("Who is quoted: Hollande's “hurtful and humiliating”, Valls' “Trumpization”, Le Pen's and Obama's words",
     lambda s: _said_by(s, "huff-post", "hurtful and humiliating", "François Hollande")
     and _said_by(s, "huff-post", "Trumpization", "Manuel Valls")
     and _said_by(s, "huff-post", "Between [Donald Trump]", "Marine Le Pen")
     and _said_by(s, "huff-post", "Why are you still endorsing him?", "Barack Obama"), None),
    ("Who is quoted: nyt's Graham, Coffman, Kasich, Allen and Ghazala Khan's “All the world, all America ...”",
     lambda s: _said_by(s, "nyt", "This is going to a place", "Lindsey Graham")
     and _said_by(s, "nyt", "Having served in Iraq", "Mike Coffman")
     and _said_by(s, "nyt", "There's only one way", "John Kasich")
     and _said_by(s, "nyt", "These words matter", "John Allen")
     and _said_by(s, "nyt", "All the world, all America", "Ghazala Khan")
     and _said_by(s, "nyt", "Captain Khan, killed 12 years ago", "Donald J. Trump"), None),
    ("Who is quoted: usa-today's Khizr Khan (“You see people wearing scarves ...”) and Mike Pence (“an American hero”)",
     lambda s: _said_by(s, "usa-today", "You see people wearing scarves", "Khizr Khan")
     and _said_by(s, "usa-today", "an American hero", "Mike Pence"), None),
    ("Who is quoted (huff-post): a speaker “Franceisstrong Mr. Trump”",
     lambda s: "Franceisstrong Mr. Trump" not in _speakers(s, "huff-post"), None),
    ("Who is quoted (huff-post): Hollande's “excesses”, “makes you want to retch” and “France will always be France” are Trump's",
     lambda s: all(_speaker_of(s, "huff-post", q) == "François Hollande"
                   for q in ("excesses", "makes you want to retch", "France will always be France", "It never gives up")),
     # Fixed (session 6, speakers2: a participle after 'X said', the name before ', who', 'barked' and 'retaliated', a verdict after 'as'): 'Trump’s “excesses” are sickening, Hollande said', '“France will always be France,” an angry Hollande retaliated'
     None),
    ("Who is quoted (huff-post): Obama's “unfit to serve” is Trump's",
     lambda s: _speaker_of(s, "huff-post", "unfit to serve") == "Barack Obama",
     # Fixed (session 6, speakers2: a participle after 'X said', the name before ', who', 'barked' and 'retaliated', a verdict after 'as'): 'Barack Obama, who called the Republican nominee “unfit to serve”'
     None),
    ("Who is quoted (huff-post): Oliver's “OK, for a start ...” has no speaker",
     lambda s: _speaker_of(s, "huff-post", "OK, for a start") == "John Oliver",
     # Fixed (session 6, speakers2: a participle after 'X said', the name before ', who', 'barked' and 'retaliated', a verdict after 'as'): '... you fucking asshole,” Oliver barked'
     None),
    ("Who is quoted (nyt): Khizr Khan's “of hatred, of derision, of dividing us” is Trump's",
     lambda s: _speaker_of(s, "nyt", "of hatred, of derision") == "Khizr Khan",
     "'he [Mr. Khan] accused Mr. Trump of running a campaign ''of hatred, of derision, of dividing us'''"),
    ("Who is quoted (nyt): Khizr Khan's “I implore those patriotic Americans ...” and “Vote for unity” are Ghazala Khan's",
     lambda s: _speaker_of(s, "nyt", "I implore") == _speaker_of(s, "nyt", "Vote for unity") == "Khizr Khan",
     "'... not to vote for fear-mongering,'' Mr. Khan said' (Mr. Khan is Khizr; his wife is Ms. Khan)"),
    ("Who is quoted (nyt): Manafort's “Clinton talking points” is Trump's",
     lambda s: _speaker_of(s, "nyt", "Clinton talking points") == "Paul Manafort",
     # Fixed (session 6, speakers2: a participle after 'X said', the name before ', who', 'barked' and 'retaliated', a verdict after 'as'): 'Paul Manafort, dismissed criticism of Mr. Trump's comments about Ms. Khan as ''Clinton talking points'''
     None),
    ("Who is quoted (usa-today): the children's words Khizr Khan tells (“They would come to me ...”) have no speaker",
     lambda s: _speaker_of(s, "usa-today", "They would come to me") == "Khizr Khan",
     "they follow 'Khizr Khan said. When they would go out to dinner ... would sidle up to him.'"),
    ("Who is quoted by which outlet: nyt quotes Humayun Khan 5 times",
     lambda s: "| Humayun Khan |" not in _section(s, "Who is quoted by which outlet"),
     None),
    ("Who is quoted by which outlet: usa-today quotes Ghazala Khan 4 times and Khizr Khan 0",
     lambda s: _quoted_count(s, "Khizr Khan", "usa-today") >= 3,
     None),
    ("Who is quoted by which outlet: huff-post quotes Donald Trump 8 times and François Hollande 3",
     lambda s: _quoted_count(s, "François Hollande", "huff-post") > _quoted_count(s, "Donald Trump", "huff-post"),
     # Fixed (session 6, speakers2: a participle after 'X said', the name before ', who', 'barked' and 'retaliated', a verdict after 'as'): five of the eight are Hollande's ('excesses', 'makes you want to retch', 'France will always be France' ...) or Obama's 'unfit to serve'
     None),
    ("Who is quoted by which outlet: Valls 4, Graham 3, Clinton, Allen, Kasich, Coffman, Le Pen, Pence 1",
     lambda s: _quoted_count(s, "Manuel Valls", "huff-post") == 4 and _quoted_count(s, "Lindsey Graham", "nyt") == 3
     and all(_quoted_count(s, n, o) == 1 for n, o in (("Hillary Clinton", "nyt"), ("John Allen", "nyt"),
                                                      ("John Kasich", "nyt"), ("Mike Coffman", "nyt"),
                                                      ("Marine Le Pen", "huff-post"), ("Mike Pence", "usa-today"))),
     None),
    ("Voices only one outlet gave: Obama, Hollande, Oliver, Valls, Le Pen (huff-post); Clinton, Graham, Manafort (nyt); Pence (usa-today)",
     lambda s: all(s.voice(n)["sources"] == [s.source("huff-post")]
                   for n in ("Barack Obama", "François Hollande", "John Oliver", "Manuel Valls", "Marine Le Pen"))
     and all(s.voice(n)["sources"] == [s.source("nyt")]
             for n in ("Hillary Clinton", "Lindsey Graham", "Paul Manafort", "John Allen", "Mike Coffman"))
     and s.voice("Mike Pence")["sources"] == [s.source("usa-today")], None),
    ("Voices only one outlet gave: Ghazala Khan, quoted only by usa-today",
     lambda s: s.voice("Ghazala Khan") is None or s.source("nyt") in s.voice("Ghazala Khan")["sources"],
     None),
    ("The same words, attributed differently: huff-post's “a lot of sacrifices” (Franceisstrong Mr. Trump), nyt's (Ghazala Khan)",
     lambda s: "No quote appears in two outlets with different speakers." in s.markdown,
     "both are Trump's words: huff-post quotes him, nyt quotes Ms. Khan repeating them ('Donald Trump said he has "
     "made a lot of sacrifices')"),
    ("Reporting verbs: nyt said ×8, added ×2, wrote ×2, insisting ×1",
     lambda s: all(v in _verbs(s, "nyt") for v in ("said ×8", "added ×2", "wrote ×2", "**insisting** ×1")), None),
    ("Reporting verbs: huff-post “claimed ×6”",
     lambda s: "claimed** ×6" not in _verbs(s, "huff-post"),
     # Fixed (session 6, speakers2: a participle after 'X said', the name before ', who', 'barked' and 'retaliated', a verdict after 'as'): two 'claimed' in huff-post; Hollande 'retaliated' and the 'claimed' is counted once per quotation
     None),
    ("Reporting verbs: usa-today “call ×1”",
     lambda s: "call ×1" not in _verbs(s, "usa-today"),
     # Fixed (session 7, speakers3): a noun: 'she received a nervous call from her niece'
     None),
    # --- Who is who --------------------------------------------------------------------------------
    ("Who is who: Donald Trump, Mike Pence, Hillary Clinton persons; ABC News organisation; Iraq place",
     lambda s: _kind(s, "Donald Trump") == _kind(s, "Mike Pence") == _kind(s, "Hillary Clinton") == "person"
     and _kind(s, "ABC News") == "organisation" and _kind(s, "Iraq") == "place"
     and all(_named_by(s, "Donald Trump", o) for o in OUTLETS) and not _named_by(s, "Mike Pence", "huff-post"), None),
    ("Who is who: Democratic National Convention is huff-post's “DNC” and nyt's “Democratic Convention”",
     lambda s: "DNC" in _forms(s, "Democratic National Convention", "huff-post")
     and "Democratic Convention" in _forms(s, "Democratic National Convention", "nyt"), None),
    ("Who is who: nyt does not name Khizr Khan",
     lambda s: _named_by(s, "Khizr Khan", "nyt"), None),
    ("Who is who: usa-today's “Mr. Khan” and “Khan” are Ghazala Khan",
     lambda s: not {"Mr. Khan", "Khan"} & _forms(s, "Ghazala Khan", "usa-today"),
     None),
    ("report.json cast: nyt's “Mr. Khan”, “Ms. Khan” and “Mrs. Khan” are Humayun Khan",
     lambda s: not {"Mr. Khan", "Ms. Khan", "Mrs. Khan"} & _forms(s, "Humayun Khan", "nyt"),
     None),
    ("report.json cast: “Khizr”, “Ghazala”, “Humayun”, “Captain Khan” and “Hillary” are entities of their own",
     lambda s: all(s.entity(n) is None for n in ("Khizr", "Ghazala", "Humayun", "Captain Khan", "Hillary")),
     "the same people as Khizr Khan, Ghazala Khan, Humayun Khan and Hillary Clinton"),
    ("Who is who: “Muslim Americans” (a person) is every outlet's “Americans”",
     lambda s: _kind(s, "Muslim Americans") != "person" and "Americans" not in s.mentions("Muslim Americans"),
     "'If the Americans choose Trump', 'three of four Americans': Americans, not Muslim Americans; a group"),
    ("Who is who: usa-today does not name Muslims",
     lambda s: _named_by(s, "Muslims", "usa-today"), "'Trump is going to teach Muslims a lesson'"),
    ("report.json cast: kinds of Washington Post Poll (person), Islamic State (place), Father Jacques Hamel, Reuters, USA TODAY, Front National (other)",
     lambda s: _kind(s, "Washington Post Poll") != "person" and _kind(s, "Islamic State") == "organisation"
     and _kind(s, "Father Jacques Hamel") == "person"
     and all(_kind(s, n) == "organisation" for n in ("Reuters", "USA TODAY", "Front National")),
     "a poll, a militant group, a priest, a news agency, a newspaper and a party"),
    ("report.json cast: “FULL TEXT”, “Week”, “Delegates”, “Islamophobic”, “Franceisstrong”, “RADICAL ISLAMIC TERROR” are entities",
     lambda s: all(s.entity(n) is None for n in ("FULL TEXT", "Week", "Delegates", "Islamophobic", "Franceisstrong",
                                                 "FranceisstillFrance", "RADICAL ISLAMIC TERROR")),
     "an archive label, a piece of ABC's ''This Week'', of 'House of Delegates', an adjective, two hashtags, a slogan"),
    ("report.json cast: nyt's “Marine” (Coffman served as a Marine) is an entity",
     lambda s: s.entity("Marine") is None, None),  # Fixed (cast, session 7): was "'a Republican who served in combat as a Marine': no name"
    # --- How each outlet describes them ---------------------------------------------------------------
    ("Labels: huff-post's “who is Muslim” and “the father of a slain American soldier” for Khizr Khan (only this outlet)",
     lambda s: "*who is Muslim* (“who …” clause) **(only this outlet)**" in _table_row(s, LABELS, "Khizr Khan", "huff-post")
     and "*the father of a slain American soldier*" in _table_row(s, LABELS, "Khizr Khan", "huff-post"), None),
    ("Labels: nyt describes Trump as “saying that he lacked the moral character and basic empathy to be president”",
     lambda s: "moral character" not in _table_row(s, LABELS, "Donald Trump", "nyt"),
     # Fixed (session 8, labels4: labels._clause_of_subject: ', saying that he lacked ...' is the Khans' participle clause); was false: the Khans' words about him: 'Both parents stiffened their denunciation of Mr. Trump, saying that he lacked ...'
     None),
    ("Labels: huff-post names Trump without describing him",
     # Session 8 (labels4): with nyt's "saying that ..." gone no outlet describes Trump and the table is
     # left out, so the check asks for the description itself.
     lambda s: "presidential hopeful" in _describing(s, "Donald Trump", "huff-post"),
     # Fixed (session 9, labels5: 'hopeful' is a person noun); was "'U.S. presidential hopeful Donald Trump'"
     None),
    ("Labels: huff-post's “who does not know me” and “the father of a slain U.S” for Khizr Khan",
     lambda s: "who does not know me" not in _table_row(s, LABELS, "Khizr Khan", "huff-post")
     and "slain U.S*" not in _table_row(s, LABELS, "Khizr Khan", "huff-post"),
     # Fixed (session 9, labels5: dotted initials before a lower-case word end no phrase; the tweet's clause
     # was gone before); was "the first is Trump's tweet; the second stops at the 'U.S.' of 'a slain U.S. soldier'"
     None),
    ("Labels: huff-post's “Khan” for Khizr Khan (no other outlet uses this form); usa-today does not describe him",
     lambda s: "no other outlet uses this form" not in _table_row(s, LABELS, "Khizr Khan", "huff-post")
     and not _table_row(s, LABELS, "Khizr Khan", "usa-today").rstrip(" |").endswith("—"),
     None),
    # --- How each outlet names the event ----------------------------------------------------------------
    # Check widened (session 6, cast2): with Khizr Khan now named in nyt, one more "criticism" (of Mr.
    # Khan's criticism) ties to the occasion; six or seven of nyt's eight body uses are criticism of
    # Trump's remarks, so 5× and 6× are both true counts.
    ("Event naming: nyt names the reaction “criticism” (5×) and “outcry” (only this outlet)",
     lambda s: ("*criticism* (5×)" in _table_row(s, EVENT_PART, REACTION, "nyt")
                or "*criticism* (6×)" in _table_row(s, EVENT_PART, REACTION, "nyt"))
     and "*outcry* **(only this outlet)**" in _table_row(s, EVENT_PART, REACTION, "nyt"), None),
    ("Event naming: huff-post tells the remarks with “apologize” (only this outlet)",
     lambda s: "*apologize*" not in _table_row(s, EVENT_PART, REMARKS, "huff-post"),
     None),
    ("Event naming: nyt names the remarks “comment” (3×)",
     lambda s: "*comment* (3×)" not in _table_row(s, EVENT_PART, REMARKS, "nyt"),
     None),
    ("Event naming: the request: nyt's “proposal” and “request”, usa-today's “offered” and “encouraging”",
     lambda s: not _table_row(s, EVENT_PART, REQUEST, "usa-today"),
     None),
    # --- Loaded words ---------------------------------------------------------------------------------
    ("Loaded (huff-post's own words): “slammed”, “lashed out”, “fearmongering”, “gruesome”, “liar”, “xenophobe”",
     # 'liar', 'xenophobe', 'racist': the editor's note, removed as no reporting.
     lambda s: {"slammed", "lashed out", "fearmongering", "gruesome"}
     <= set(_loaded(s, "huff-post")), None),
    # (session 6, speakers2: 'barked' and 'retaliated' are loaded verbs of saying, so huff-post's 4 is 6:
    # slammed, claimed ×2, asserted, barked, retaliated; each read in the report's evidence.)
    ("Loaded verbs of saying: huff-post 6, nyt 1 (“insisting”), usa-today 1 (“complained”)",
     lambda s: [_record(s, o)["features"]["loaded.saying_verbs"]["value"] for o in OUTLETS] == [6, 1, 1]
     and "insisting" in _loaded(s, "nyt") and "complained" in _loaded(s, "usa-today"), None),
    ("Loaded words inside quotations: huff-post “sociopathic”, “humiliating”; nyt “fear-mongering”, “shameful”",
     lambda s: {"sociopathic", "humiliating"} <= set(_loaded_in_quotes(s, "huff-post"))
     and {"fear-mongering", "shameful", "ignorant"} <= set(_loaded_in_quotes(s, "nyt")), None),
    ("Loaded (huff-post's own words): “attacked” and “horrific” of Trump's tweets",
     lambda s: sum(w == "horrific" for w in _loaded(s, "huff-post")) <= 1 and "attacked" not in _loaded(s, "huff-post"), None),
    ("Loaded (huff-post's own words): “attacks” in “two horrific terrorism attacks”",
     lambda s: "attacks" not in _loaded(s, "huff-post"), "the plain name of what happened"),
    ("Loaded (nyt): “racially” is an adverb of how someone spoke (×2)",
     lambda s: not any(w["text"] == "racially" and w["kind"] == "manner" for w in _record(s, "nyt")["loaded"]),
     # Fixed (session 6, loaded.manner_of_speaking: an adverb after 'a' sits in a noun phrase): "'a racially charged argument'"
     None),
    ("Loaded (nyt's own words): “entirely” (Graham's “entirely unacceptable”)",
     lambda s: "entirely" not in _loaded(s, "nyt"), "'Mr. Graham said, Mr. Trump's jabs ... were entirely unacceptable'"),
    ("Loaded (usa-today's own words): “unfairly”, “attacked”",
     lambda s: not {"unfairly", "attacked"} & set(_loaded(s, "usa-today")),
     # Fixed (session 6, loaded: a view given, hedging._view_given with 'complain'): "'Trump complained Khizr Khan unfairly had attacked him'"
     None),
    ("Loaded words inside huff-post's quotations: “deadly”",
     lambda s: "deadly" not in _loaded_in_quotes(s, "huff-post"),
     "'much like he did after the deadly attacks in Paris': the outlet's own words, no quotation"),
    ("Loaded words inside nyt's quotations: “fails”",
     lambda s: "fails" not in _loaded_in_quotes(s, "nyt"), "'when Donald Trump fails to honor the sacrifices': plain"),
    # --- Hedges ---------------------------------------------------------------------------------------
    ("Hedges: nyt's writer is not certain: “potentially”, “appeared to”, “unlikely”, “might”",
     lambda s: all(_writers_doubt(s, "nyt", c, p) for c, p in (("potentially", "The confrontation between the parents"),
                                                              ("appeared to", "And Mr. Trump's usual"),
                                                              ("unlikely", "By going after a military family"),
                                                              ("might", "It is too soon to say"))), None),
    ("Hedges: huff-post's “is expected to” and “appeared to” (own), Oliver's “may” (quoted); usa-today's “likely”",
     lambda s: _writers_doubt(s, "huff-post", "is expected to", "The embattled French president")
     and _writers_doubt(s, "huff-post", "appeared to", "Even HBO comedian")
     and _cue_at(s, "huff-post", "may", "we may be on the brink")["quoted"]
     and _writers_doubt(s, "usa-today", "likely", "For now, she puts aside"), None),
    ("Hedges: nyt's writer is not certain: “suggesting” and “implying” (Trump's suggestion that Ms. Khan was not allowed to speak)",
     lambda s: not _writers_doubt(s, "nyt", "suggesting", "rebuked Mr. Trump for suggesting")
     and not _writers_doubt(s, "nyt", "implying", "implying that she was forbidden"),
     # Fixed (session 6, hedges2): verbs telling what Trump implied; the writer doubts nothing
     None),
    ("Hedges: nyt's sourcing hedge “she did not believe” (Ghazala Khan)",
     lambda s: not _cue_at(s, "nyt", "she did not believe", "she did not believe she could"),
     # Fixed (session 6, hedges2): her reason for not speaking, no claim passed on
     None),
    ("Hedges: huff-post's sourcing hedge “accusations” and booster “sweeping” (Valls' “sweeping accusations”)",
     lambda s: not _cue_at(s, "huff-post", "accusations", "sweeping accusations")
     and not _cue_at(s, "huff-post", "sweeping", "sweeping accusations"), "the noun phrase Valls used, quoted"),
    ("Hedges: usa-today's “the Khans say” and “they have heard” are vague sources; named sources 0%",
     lambda s: _record(s, "usa-today")["features"]["hedging.named_source_share"]["value"] > 0,
     # Fixed (session 6, hedges2): 'the Khans say they have heard rising fears': the Khans are named, and 'they' are the same Khans
     None),
    # --- Tone, stands out, actors ----------------------------------------------------------------------
    ("Tone: most positive / most negative labels sit on the highest / lowest values shown",
     lambda s: all(_extremes_consistent(_labelled_extremes(s, o, h)) for o in OUTLETS
                   for h in ("Average tone", "Average tone (VADER)")), None),
    ("Which differences stand out: every verdict follows its value and range (all within chance)",
     lambda s: _verdicts_follow_values(s), None),
    ("Tone: huff-post's positive sentence “Less than two weeks after a truck driver plowed through a crowd ...”",
     lambda s: "Less than two weeks after a truck driver" not in _section(s, "Positive sentences"),
     "a truck driven into a crowd and a priest's throat slit: no positive sentence"),
    ("Tone (VADER): nyt's most positive sentence “Nothing but insults, degrading comments about Muslims ...”",
     lambda s: not re.search(r"\*most positive\* \(VADER [^)]*\): Nothing but insults", _section(s, "Average tone (VADER)")),
     "Clinton's charge against Trump: 'Nothing but insults, degrading comments about Muslims'"),
    ("Tone toward the main actors: Donald Trump, Republicans, ABC News named by all three",
     lambda s: all(_actor_sentences(s, n, o) > 0 for n in ("Donald Trump", "Republicans", "ABC News") for o in OUTLETS),
     None),
    ("Tone toward the main actors: nyt does not name Khizr Khan (–)",
     lambda s: _actor_sentences(s, "Khizr Khan", "nyt") > 0,
     None),
    # --- Worksheet ------------------------------------------------------------------------------------
    ("Worksheet 1-5: all mention ABC News; only huff-post “1.6 billion members”, nyt “RADICAL ISLAMIC TERROR”, usa-today “13%”; huff-post no Mike Pence",
     lambda s: "Every article mentions “ABC News”" in s.answers
     and "nyt is the only article that mentions “RADICAL ISLAMIC TERROR”" in s.answers
     and "usa-today is the only article that mentions “13%”" in s.answers
     and "The name “Mike Pence” does not appear in huff-post" in s.answers, None),
    ("Worksheet 7-9: huff-post's “Trump also claimed” (named); nyt's “potentially”, “appeared to”; nyt's booster “extraordinary”",
     lambda s: "“Trump also claimed” (source: Trump, named)" in _answer(s, "Find a sourcing hedge in huff-post")
     # The abstract's repeated "potentially" is removed with the teaser; nyt's own "unlikely to help him
     # defend" is the writer's forecast.
     and "“potentially”; “appeared to”; “unlikely”" in _answer(s, "shows the writer is not certain")
     and "“extraordinary”" in _answer(s, "Find a booster in nyt"), None),
    ("Worksheet 6: only nyt quotes Hillary Clinton, Humayun Khan, John Allen ...",
     lambda s: "Humayun Khan" not in _answer(s, "Who is quoted only by nyt"),
     None),
    ("Worksheet 10: huff-post's loaded words include “attacked” and a second “horrific”",
     lambda s: "“attacked”" not in _answer(s, "Find the loaded words in huff-post"), None),
]


@pytest.mark.parametrize("claim, check", [
    pytest.param(claim, check, id=f"khan: {claim}",
                 marks=[pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"{FALSE}: {why}")] if why else [])
    for claim, check, why in CASES
])
def test_teacher_read_khan(claim: str, check: Callable[[Story], bool], tmp_path_factory: pytest.TempPathFactory):
    """One claim of the Khan story's report, checked against what the three articles say."""
    assert check(story("khan", tmp_path_factory.mktemp("teacher"))), claim
