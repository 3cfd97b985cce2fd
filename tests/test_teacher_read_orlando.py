"""Acceptance read of one PolNeAR story: the candidates' responses to the Orlando nightclub shooting (June 2016).

Four articles were read in full, as a media-literacy teacher would before a class, and every claim
of report.md, report.json and the worksheet was checked against them (the reader's report to the
lead and docs/CLAIMS.md give the tally and the causes). The style is tests/test_teacher_read.py's:
each case is one claim (or a few of one kind), with a check of the true behaviour. The cases with a
reason are false claims today, strict xfails that turn into XPASS once fixed (then drop the reason);
the cases without one are true claims that must stay true.

politico (13 June) tells the rebukes of Trump's Monday call on "Fox and Friends" for more airstrikes
(Pentagon spokesman Jeff Davis, retired Gen. Mick Bednarek, Juan Zarate, Fred Kagan, Daniel
Benjamin, Colin Clarke, Mike Morrell). wash-post (13 June) sets Trump's Sunday tweets and statement
beside Clinton's tweet and statement and Obama's Sunday remarks, with Stevens, Palmieri, Nunberg,
Gingrich and Bennett. west-journal (13 June) is Trump's Sunday statement calling on Obama to resign,
with a "Are you on Team Trump? Like the page:" line of page furniture. usa-today (15 June) tells
Obama's Tuesday answer to the "radical Islam" critics, quoting Trump's Sunday tweet that Obama
"should immediately resign in disgrace" (also in wash-post), Josh Earnest, and Paul Ryan's
spokesman (spelled "Dog Andres" in the text). The Islamic State is also ISIL and ISIS
(usa-today: "the Islamic State, also known as ISIL or ISIS").
"""

from __future__ import annotations

from typing import Callable

import pytest
from test_teacher_read import (FALSE, Story, _all_conflicts, _answer, _extremes_consistent, _feature, _hedges, _kind,
                               _labelled_extremes, _left_out, _loaded, _named_by, _said_by, _table_row, _to_check,
                               _verdicts_follow_values, story, story_events)
from test_teacher_read import listed_by_words
from test_teacher_read_akin import _article as _record
from test_teacher_read_akin import _detail_in, _findings, _loaded_in_quotes, _verbs
from test_teacher_read_california import _cue_at, _writers_doubt
from test_teacher_read_comey import _quoted_count, _without

pytestmark = pytest.mark.slow

OUTLETS = ("politico", "usa-today", "wash-post", "west-journal")
LABELS = "How each outlet describes them"
EVENT_PART = "How each outlet names the event"
REMARKS = "The remarks: what was said, named as an event"
REACTION = "The reaction: the response to it"


def _speaker_of(s: Story, outlet: str, start: str) -> str | None:
    """The speaker report.json gives ``outlet``'s quotation starting with ``start`` (None if no such quotation)."""
    return next((q["speaker"] for q in s.quotes(outlet) if q["text"].startswith(start)), None)


def _quoted(s: Story, speaker: str, outlet: str) -> int:
    """``outlet``'s cell of the row ``speaker`` in Who is quoted by which outlet (0 when there is no such row)."""
    section = s.markdown.split("### Who is quoted by which outlet\n", 1)[1].split("\n### ", 1)[0]
    if not any(line.startswith(f"| {speaker} |") for line in section.splitlines()):
        return 0
    return _quoted_count(s, speaker, outlet)


def _sources_of(s: Story, outlet: str) -> list[str | None]:
    """The sources report.json gives ``outlet``'s sourcing hedges."""
    return [h["source"] for h in _hedges(s, outlet) if h["cue_kind"] == "sourcing"]


def _alias_row(s: Story, *names: str) -> bool:
    """Whether one Who is who row counts every form of ``names`` (one entity under several names)."""
    return any(set(names) <= {m["text"] for m in e["mentions"]} for e in s.data["comparison"]["entities"])


# (claim as the report words it, check of the true behaviour, why / None when the claim is true)
CASES: list[tuple[str, Callable[[Story], bool], str | None]] = [
    # --- Check the inputs first ------------------------------------------------------------------
    ("Check the inputs: wash-post reports a statement on Sunday 12 June, politico one on Monday 13 June",
     lambda s: any("Sunday 12 June" in w and "Monday 13 June" in w for w in s.data["comparison"]["warnings"]), None),
    # Session 7 (inputs3): usa-today's "remarks after meeting with his National Security Council on
    # Tuesday" now dates the remarks, but the sentence stands behind five quoted questions, out of the
    # lead; not counting quoted sentences brought it in, and also fox's Monday web video on BASIL dev
    # (a false "different advertisements"), so that rule was dropped.
    ("Check the inputs: the date warning names wash-post's Sunday and politico's Monday, not usa-today's Tuesday",
     lambda s: any(f"{s.source('usa-today')} one on Tuesday 14 June" in w
                   and f"{s.source('politico')}, {s.source('wash-post')} and {s.source('west-journal')} were published "
                   f"before {s.source('usa-today')}'s statement of Tuesday 14 June" in w
                   for w in s.data["comparison"]["warnings"]),
     "usa-today (15 June) tells Obama's answer of Tuesday 14 June, after the others were published"),
    ("May not be one event: these articles fall into 2 groups (politico + wash-post + west-journal, usa-today); "
     "\"they may be different events, or one event told from different angles\" since session 7, but the split stays",
     lambda s: story_events("orlando") == 1,
     "all four tell the candidates' responses to the shooting: usa-today quotes the same Sunday tweet as wash-post "
     "('Is President Obama going to finally mention the words radical Islamic terrorism?') and tells Obama's answer "
     "to it; politico's Monday interview is no less another day"),
    ("What was removed: west-journal's “Are you on Team Trump? Like the page:”, a social-media or newsletter prompt",
     lambda s: "Are you on Team Trump" not in _record(s, "west-journal")["text"], None),
    # --- Key findings ------------------------------------------------------------------------------
    ("Key findings: only politico reports “49 people” and “two years”; only usa-today “Dog Andres” and "
     "“National Security Council”; only west-journal “six months” and “Jews”",
     lambda s: "Only politico reports “49 people” and “two years”" in _findings(s)
     and "Only usa-today reports “Dog Andres” and “National Security Council”" in _findings(s)
     and "Only west-journal reports “six months” and “Jews”" in _findings(s), None),
    ("Key findings: only politico quotes Colin Clarke, Daniel Benjamin and Fred Kagan; only usa-today Dog Andres and Josh Earnest",
     lambda s: "Only politico quotes Colin Clarke, Daniel Benjamin and Fred Kagan." in _findings(s)
     and "Only usa-today quotes Dog Andres and Josh Earnest." in _findings(s), None),
    # Fixed (session 8, cast4): a building's name, then a person's: 'White House' | 'James S. Brady'.
    ("Key findings: only wash-post reports “White House James S. Brady”",
     lambda s: "White House James S. Brady" not in _findings(s),
     None),
    # --- Only here -----------------------------------------------------------------------------------
    ("Only here (politico): “two years”, “911 call”, “30-year veteran”, the experts and their institutions, 2007, 2010",
     lambda s: {"two years", "911 call", "30-year veteran", "Navy Capt. Jeff Davis", "Critical Threats Project",
                "Times Square", "George W. Bush", "Rand Corporation", "Mike Morrell", "Mick Bednarek", "Juan Zarate",
                "Fred Kagan", "Daniel Benjamin", "American Enterprise Institute", "CIA", "Pentagon", "2007", "2010",
                "It is completely apples and oranges", "global strategy"} <= set(s.only_here("politico")), None),
    ("Only here (usa-today): Dog Andres, the National Security Council, Josh Earnest, Paul Ryan, “opted for a political takedown”",
     lambda s: {"Dog Andres", "National Security Council", "Josh Earnest", "Paul Ryan", "opted for a political takedown",
                "The answer is none of the above"} <= set(s.only_here("usa-today")), None),
    ("Only here (wash-post): “9 million followers”, Stevens, Palmieri, Nunberg, Gingrich, Bennett, Romney, the cities, Wednesday",
     lambda s: {"9 million followers", "Stuart Stevens", "San Bernardino", "Jennifer Palmieri", "Sam Nunberg",
                "Green Bay", "Newt Gingrich", "William J. Bennett", "Mitt Romney", "Roseburg", "Cleveland", "Pittsburgh",
                "Wednesday", "a total and complete ban", "childish"} <= set(s.only_here("wash-post")), None),
    ("Only here (west-journal): “six months”, “Jews”, “Pulse”, Trump's “If Hillary Clinton, after this attack ...”",
     lambda s: {"six months", "Jews", "Pulse"} <= set(s.only_here("west-journal"))
     and any(t.startswith("If Hillary Clinton, after this attack") for t in s.only_here("west-journal")), None),
    # Session 8 (cast4): 'Army Lt' is 'Army' now (a rank cut at its dot names the service); 'Akbar' stays.
    ("Only here (politico): “Army Lt”; (wash-post): “Akbar”",
     lambda s: "Army Lt" not in s.only_here("politico") and "Akbar" not in s.only_here("wash-post"),
     "'Allah hu Akbar' (a cry inside a tweet)"),
    # Fixed (session 8, cast4): see the key finding above.
    ("Only here (wash-post): “White House James S. Brady”",
     lambda s: "White House James S. Brady" not in s.only_here("wash-post"),
     None),
    ("Only here (west-journal): no “Team Trump” (the social-media prompt is removed)",
     lambda s: "Team Trump" not in s.only_here("west-journal"), None),
    # --- Wording only this outlet uses ---------------------------------------------------------------
    ("Wording only politico uses: “so-called surge”, “out-of-the-loop generals”, “muscular approach”, “leading architect”",
     lambda s: {"so-called surge", "out-of-the-loop generals", "muscular approach", "leading architect"}
     <= set(s.wording("politico")), None),
    ("Wording only usa-today uses: “propaganda tool”, “religious fervor”, “off-the-cuff remarks”, “lone-wolf attack”",
     lambda s: {"propaganda tool", "religious fervor", "off-the-cuff remarks", "lone-wolf attack"}
     <= set(s.wording("usa-today")), None),
    ("Wording only wash-post uses: “weak platitudes”, “mortal enemy”, “disabled journalist”, “measured comment”",
     lambda s: {"weak platitudes", "mortal enemy", "disabled journalist", "measured comment"}
     <= set(s.wording("wash-post")), None),
    ("Wording only west-journal uses: “deepest sympathy”, “murderous attack”",
     lambda s: {"deepest sympathy", "murderous attack"} <= set(s.wording("west-journal")), None),
    ("Wording only west-journal uses: “club goers”",
     lambda s: "club goers" not in s.wording("west-journal"),
     None),  # wash-post quotes Trump's tweet: 'as he slaughtered clubgoers' (the same word, written as one)
    ("Wording only politico uses: “deeper relationship involving command”, “citizen born”, “military action thousands”",
     lambda s: not {"deeper relationship involving command", "citizen born", "military action thousands"}
     & set(s.wording("politico")),
     None),  # fragments: 'command and control', 'a U.S. citizen born in Pakistan', 'military action thousands of miles away'
    ("Wording only usa-today uses: “label accomplish”",
     lambda s: "label accomplish" not in s.wording("usa-today"),
     "a fragment of 'What exactly would using this label accomplish?'"),
    ("Wording only wash-post uses: “much-heralded joint”, “immunity gun manufacturers”, “speech represents”, "
     "“city's gay”, “pretty quick”",
     lambda s: not {"much-heralded joint", "immunity gun manufacturers", "speech represents", "city's gay",
                    "pretty quick"} & set(s.wording("wash-post")),
     "fragments ('joint rally', 'the immunity gun manufacturers have', 'the city's gay, lesbian ... community') "
     "and empty phrases"),
    ("Wording only west-journal uses: “reason alone”",
     lambda s: "reason alone" not in s.wording("west-journal"), None),  # an empty phrase: 'For that reason alone'
    # --- Check by hand: maybe said in other words --------------------------------------------------
    ("Check by hand: wash-post's “formal statement”, “St. Anselm”, the speech's new subject; usa-today's “condemn terrorists”",
     # (Session 8, cast4: the college's whole name, "St. Anselm's College", where "St. Anselm" was.)
     lambda s: {"formal statement", "St. Anselm's College",
                "further address this terrorist attack, immigration, and national security"}
     <= set(_to_check(s, "wash-post")) and "condemn terrorists" in _to_check(s, "usa-today"), None),
    ("Check by hand: “police shootout”, “foreign policy”, “politicians who tweet ...”, “people dead”, “whole country”, "
     "“Presidency” may be said in other words",
     lambda s: not {"police shootout", "foreign policy"} & set(_to_check(s, "politico"))
     and "politicians who tweet and appear on cable news shows" not in _to_check(s, "usa-today")
     and not {"people dead", "whole country"} & set(_to_check(s, "wash-post"))
     and "Presidency" not in _to_check(s, "west-journal"),
     "the sentences offered share one word and tell something else: 'Police investigating possible terrorism', "
     "'Clinton pushed policy proposals', 'a tweet sent by a Fox News contributor', 'People say they attack us', "
     "'turn this whole thing around', 'Is President Obama going to ...'"),
    # --- Left out, conflicts, shared text ------------------------------------------------------------
    ("Left out: politico does not mention Obama; usa-today does not mention “prevent terrorist attacks”",
     lambda s: _left_out(s, "politico", "Obama") and _left_out(s, "usa-today", "prevent terrorist attacks"), None),
    ("Left out: west-journal does not mention “national security”",
     lambda s: not _left_out(s, "west-journal", "national security"),
     "the three others carry it only inside names: 'deputy national security adviser', 'National Security "
     "Council', the speech's subject; no shared detail is missing"),
    ("Left out: politico does not mention “words radical”",
     lambda s: not _left_out(s, "politico", "words radical"), None),  # a fragment, no longer a phrase (session 8)
    ("Conflicts: no two articles give different values for the same thing",
     lambda s: "49" in _all_conflicts(s) and "50" in _all_conflicts(s),
     "politico: 'the massacre that killed 49 people'; wash-post quotes Stevens: 'a time when 50 people are slaughtered'"),
    ("Shared text: 2 pairs, both the same quote (Trump's tweet; 'We can't afford to be politically correct anymore')",
     lambda s: len(s.data["comparison"]["shared_text"]) == 2
     and all(p["label"] == "same quote" for p in s.data["comparison"]["shared_text"]), None),
    # --- Coverage, without counterpart ----------------------------------------------------------------
    ("Coverage: Mateen in politico and west-journal; Obama in all but politico; ISIL in politico and usa-today",
     lambda s: _detail_in(s, "Mateen", "politico") and _detail_in(s, "Mateen", "west-journal")
     and not _detail_in(s, "Mateen", "wash-post") and not _detail_in(s, "Obama", "politico")
     and all(_detail_in(s, "Obama", o) for o in ("usa-today", "wash-post", "west-journal"))
     # (Session 8, cast4: ISIL is one row with ISIS and the Islamic State, shown under one of the names.)
     and any(_detail_in(s, n, "usa-today") and _detail_in(s, n, "politico") and not _detail_in(s, n, "wash-post")
             for n in ("ISIL", "ISIS", "Islamic State")), None),
    ("Coverage: west-journal includes the quote “being right on radical Islamic terrorism”",
     lambda s: not _detail_in(s, "being right on radical Islamic terrorism", "west-journal"),
     "only wash-post quotes that tweet ('he took credit for \"being right on radical Islamic terrorism.\"')"),
    # Fixed (session 8, cast4): a school named for its saint keeps the possessive ('St. Anselm's College').
    ("Coverage: “College” in wash-post and west-journal",
     lambda s: not _detail_in(s, "College", "wash-post"),
     None),
    ("Without counterpart: Josh Earnest's line (usa-today), west-journal's 'Likewise, Trump went after Hillary Clinton'",
     lambda s: _without(s, "usa-today", "White House spokesman Josh Earnest")
     and _without(s, "west-journal", "Likewise, Trump went after Hillary Clinton"), None),
    # Session 9 (compare5): true as now worded; false as 'no other article has a similar sentence': usa-today and
    # wash-post quote Trump's tweet that Obama 'should immediately resign in disgrace!'
    ("Without counterpart by shared words: west-journal's “For that reason alone, he should step down,” Trump said."
     " — no sentence of another article shares enough of its words; it may be told in other words",
     lambda s: listed_by_words(s, 'For that reason alone'), None),
    # --- Quotes and voices -----------------------------------------------------------------------------
    ("Voices only one outlet gave: Benjamin and Clarke (politico), Earnest (usa-today), Gingrich and Palmieri (wash-post)",
     lambda s: s.voice("Daniel Benjamin")["sources"] == [s.source("politico")]
     and s.voice("Colin Clarke")["sources"] == [s.source("politico")]
     and s.voice("Josh Earnest")["sources"] == [s.source("usa-today")]
     and s.voice("Newt Gingrich")["sources"] == [s.source("wash-post")]
     and s.voice("Jennifer Palmieri")["sources"] == [s.source("wash-post")], None),
    ("Voices only one outlet gave: “Wis” (an organisation or place), quoted only by wash-post",
     lambda s: s.voice("Wis") is None, # Fixed (session 7, speakers3): Obama 'called on Americans not to "give into fear ..."'; Wis. is Wisconsin
                                       None),
    ("The same words, attributed differently: none",
     lambda s: "No quote appears in two outlets with different speakers." in s.markdown, None),
    ("Who is quoted: the experts in politico, Earnest and Andres in usa-today, the named voices in wash-post, Trump in west-journal",
     lambda s: _said_by(s, "politico", "I fundamentally disagree", "Mick Bednarek")
     and _said_by(s, "politico", "There is no question", "Juan Zarate")
     and _said_by(s, "politico", "ISIS must be defeated", "Mike Morrell")
     and _said_by(s, "politico", "I don't see how Orlando", "Navy Capt. Jeff Davis")
     and _said_by(s, "usa-today", "It's not uncommon", "Josh Earnest")
     and _said_by(s, "usa-today", "opted for a political takedown", "Dog Andres")
     and _said_by(s, "wash-post", "Every day he finds", "Stuart Stevens")
     and _said_by(s, "wash-post", "This act of terror", "Jennifer Palmieri")
     and _said_by(s, "wash-post", "Woke up to hear", "Hillary Clinton")
     and _said_by(s, "wash-post", "If he looks and sounds big", "William J. Bennett")
     and all(q["speaker"] == "Donald Trump" for q in s.quotes("west-journal")[:7]), None),
    ("Who is quoted (politico): “We have to really increase the bombings” is said by “Republican presidential nominee”",
     lambda s: _speaker_of(s, "politico", "We have to really increase") == "Donald Trump",
     # Fixed (session 7, speakers3): 'the presumptive Republican presidential nominee told "Fox and Friends"': Trump, under his title
     None),
    ("Who is quoted (politico): Kagan's “global strategy” is said by Al Qaeda",
     lambda s: _speaker_of(s, "politico", "global strategy") == "Fred Kagan",
     "'But he insists that it must be part of a \"global strategy\"': he is Kagan; Al Qaeda is named after the quote"),
    ("Who is quoted (politico): Benjamin's “Absent a [U.S.[ force ... this is how ISIS is going to be reduced” is Clarke's",
     lambda s: _speaker_of(s, "politico", "Absent a") == "Daniel Benjamin",
     # Fixed (session 7, speakers3): 'he added' closes Benjamin's paragraphs; Clarke is introduced in the next paragraph
     None),
    ("Who is quoted (politico): Clarke says “Colin Clarke, a political scientist ... cited reports ...”",
     lambda s: not any(q["text"].startswith("Colin Clarke, a political scientist") for q in s.quotes("politico")),
     # Fixed (session 7, speakers3): the writer's sentence, taken as a quotation between the text's broken quotation marks ('[U.S.[')
     None),
    ("Who is quoted (usa-today): Trump's tweet “Is President Obama going to finally mention ...” is Obama's",
     lambda s: _speaker_of(s, "usa-today", "Is President Obama going to") == "Donald Trump",
     # Fixed (session 7, speakers3): 'the presumptive GOP presidential nominee, Donald Trump, tweeted Sunday'
     None),
    ("Who is quoted (usa-today): the critics' “radical Islamists” is said by “Obama passionately rebuked critics”",
     lambda s: _speaker_of(s, "usa-today", "radical Islamists") != "Obama passionately rebuked critics",
     # Fixed (session 7, speakers3): 'critics who say he should condemn terrorists as "radical Islamists"': the critics' words, no named speaker
     None),
    ("Who is quoted (wash-post): Trump's tweets “being right on ...” and “Is President Obama ...” have no speaker",
     lambda s: _speaker_of(s, "wash-post", "being right on") == "Donald Trump"
     and _speaker_of(s, "wash-post", "Is President Obama going to") == "Donald Trump",
     "'he took credit for \"being right ...\"', 'And then Trump went fully on the attack, saying, \"Is President ...'"),
    ("Who is quoted (wash-post): “a total and complete ban” by “His standing”; “a hell of a lot worse” by “candidate”",
     lambda s: _speaker_of(s, "wash-post", "a total and complete ban") == "Donald Trump"
     and _speaker_of(s, "wash-post", "a hell of a lot worse") == "Donald Trump"
     and _speaker_of(s, "wash-post", "you have to take out") == "Donald Trump",
     "'his call for \"a total and complete ban\"'; 'a candidate who has called for ...': Trump in both"),
    ("Who is quoted (wash-post): Clinton's “to redouble our efforts ...” is said by “she issued a statement”",
     lambda s: _speaker_of(s, "wash-post", "to redouble our efforts") == "Hillary Clinton",
     # Fixed (session 7, speakers3): 'Hours later, she issued a statement calling on ...': she is Clinton
     None),
    ("Who is quoted (wash-post): Obama's “give into fear ...” by “Wis”; “was a place of solidarity ...”, “came together ...” by nobody",
     lambda s: _speaker_of(s, "wash-post", "give into fear") == "Obama"
     and _speaker_of(s, "wash-post", "was a place of solidarity") == "Obama"
     and _speaker_of(s, "wash-post", "came together to be with friends") == "Obama",
     "'as he called on Americans not to ...', 'And he made a point of saying ...': the president, Obama"),
    ("Who is quoted by which outlet: rows “Al Qaeda”, “GOP”, “His standing”, “Republican presidential nominee”, "
     "“Wis”, “she issued a statement”",
     lambda s: all(_quoted(s, name, o) == 0 for name in ("Al Qaeda", "GOP", "His standing", "Wis",
                                                                 "Republican presidential nominee",
                                                                 "she issued a statement") for o in OUTLETS),
     "none of them speaks: they are Kagan, Obama's critics, Trump, Trump, Obama and Clinton"),
    ("Who is quoted by which outlet: Donald Trump 0 in usa-today",
     lambda s: _quoted(s, "Donald Trump", "usa-today") >= 1, # Fixed (session 7, speakers3): usa-today quotes Trump's Sunday tweet
                                                             None),
    ("Who is quoted by which outlet: Obama 1 in wash-post",
     lambda s: _quoted(s, "Obama", "wash-post") == 4,
     "wash-post quotes Obama four times: 'give into fear ...', 'a sobering reminder ...', 'was a place of "
     "solidarity ...', 'came together ...'"),
    ("People quoted: politico 10, wash-post 12",
     lambda s: _feature(s, "politico", "quotes.distinct_speakers") == 8
     and _feature(s, "wash-post", "quotes.distinct_speakers") == 8,
     "politico quotes 8 people (Trump, Davis, Bednarek, Zarate, Kagan, Benjamin, Clarke, Morrell); wash-post 8 "
     "(Trump, Stevens, Palmieri, Nunberg, Gingrich, Clinton, Obama, Bennett)"),
    # Session 7, speakers3: usa-today's four were Obama, Earnest, Andres and 'Obama passionately rebuked critics';
    # now Trump's tweet is his (pinned above) and the critics are an unnamed voice, counted as unnamed voices
    # are ('one Trump campaign source' in unity): Obama, Trump, the critics, Earnest, Andres.
    ("People quoted: usa-today 4 (5 once Trump's tweet is his), west-journal 2",
     lambda s: _feature(s, "usa-today", "quotes.distinct_speakers") == 5
     and _feature(s, "west-journal", "quotes.distinct_speakers") == 2, None),
    ("Quotations without a speaker: wash-post 0.17",
     lambda s: _feature(s, "wash-post", "quotes.unattributed_share") == 0,
     "each of wash-post's quotations has a clear speaker (the four given none are Trump's and Obama's)"),
    ("Reporting verbs: politico “**insists** ×1”, west-journal “emphasized ×1”",
     lambda s: "**insists** ×1" in _verbs(s, "politico") and "emphasized ×1" in _verbs(s, "west-journal"), None),
    ("Reporting verbs: wash-post “comment ×1”, “tweet ×1”",
     lambda s: "comment ×1" not in _verbs(s, "wash-post") and "tweet ×1" not in _verbs(s, "wash-post"),
     # Fixed (session 7, speakers3): nouns: 'a fairly measured comment', 'a personally signed tweet'
     None),
    # --- Who is who ---------------------------------------------------------------------------------------
    ("Who is who: Trump in all four, Obama in all but politico, Clinton in wash-post and west-journal, persons",
     lambda s: all(_named_by(s, "Donald Trump", o) for o in OUTLETS)
     and [o for o in OUTLETS if _named_by(s, "Obama", o)] == ["usa-today", "wash-post", "west-journal"]
     and [o for o in OUTLETS if _named_by(s, "Hillary Clinton", o)] == ["wash-post", "west-journal"]
     and _kind(s, "Donald Trump") == _kind(s, "Obama") == _kind(s, "Hillary Clinton") == "person", None),
    ("Who is who: Omar Mateen (politico, west-journal), Colin Clarke with “Clarke”, Mick Bednarek with “Bednarek”",
     lambda s: [o for o in OUTLETS if _named_by(s, "Omar Mateen", o)] == ["politico", "west-journal"]
     and "Clarke" in s.mentions("Colin Clarke") and "Bednarek" in s.mentions("Mick Bednarek"), None),
    ("Who is who: the United States (west-journal's “America”), Orlando a place named by all four",
     lambda s: _named_by(s, "United States", "west-journal") and _kind(s, "Orlando") == "place"
     and all(_named_by(s, "Orlando", o) for o in OUTLETS), None),
    # Fixed (session 8, cast4): ', also known as X or Y' joins the names; a faith word first names no place.
    ("Who is who: “ISIS”, “Islamic State” (a place) and “ISIL” are three entities",
     lambda s: _alias_row(s, "ISIS", "ISIL", "Islamic State"),
     None),
    # Session 8 (cast4): all but 'Akbar' fixed (St. Anselm's College, Army, adjectives of place and faith,
    # a title's office, the building and the person, 'Former' before a body).
    ("Who is who: “College”, “St. Anselm”, “Army Lt”, “Akbar”, “American Muslim”, “American”, “Presidency”, "
     "“White House James S. Brady” are entities; wash-post names the House “Former House”",
     lambda s: all(s.entity(n) is None for n in ("College", "St. Anselm", "Army Lt", "Akbar", "American Muslim",
                                                  "American", "Presidency", "White House James S. Brady"))
     and "Former House" not in s.mentions("House"),
     "'Allah hu Akbar' (a cry inside a tweet)"),
    # Fixed (session 8, cast4): 'who' after a preposition of place; a possessive and a personal role; a state's
    # postal code after 'from'; 'community'; a spokesman; 'director of the'; 'nightclub'.
    ("Who is who: Pakistan a person, Mitt Romney of kind other, FL and LGBT organisations; the Pentagon, "
     "the Critical Threats Project, POLITICO, the White House and the Pulse nightclub of kind other",
     lambda s: _kind(s, "Pakistan") != "person" and _kind(s, "Mitt Romney") != "other"
     and _kind(s, "FL") != "organisation" and _kind(s, "LGBT") != "organisation"
     and all(_kind(s, n) != "other" for n in ("Pentagon", "Critical Threats Project", "POLITICO", "White House",
                                               "Pulse")),
     None),
    ("Who is who: no “Team Trump” (the social-media prompt is removed)",
     lambda s: s.entity("Team Trump") is None, None),
    # --- How each outlet describes them -----------------------------------------------------------------
    ("Labels: usa-today “presumptive GOP presidential nominee” for Trump; wash-post “who has nearly 9 million followers” "
     "(only this outlet); wash-post “presumptive Democratic nominee” for Clinton (only this outlet)",
     lambda s: "*presumptive GOP presidential nominee*" in _table_row(s, LABELS, "Donald Trump", "usa-today")
     and "*who has nearly 9 million followers* (“who …” clause) **(only this outlet)**"
     in _table_row(s, LABELS, "Donald Trump", "wash-post")
     and "*presumptive Democratic nominee* (words before the name) **(only this outlet)**"
     in _table_row(s, LABELS, "Hillary Clinton", "wash-post"), None),
    ("Names used: west-journal calls Obama “the president” twice; wash-post alone calls Clinton “Clinton”",
     lambda s: "the president (title only, 2×)" in _table_row(s, LABELS, "Obama", "west-journal")
     and "no other outlet uses this form" in _table_row(s, LABELS, "Hillary Clinton", "wash-post"), None),
    # --- How each outlet names the event ----------------------------------------------------------------
    ("Event naming: usa-today names the remarks “remark” (2×); the reaction “criticism”",
     lambda s: "*remark* (2×)" in _table_row(s, EVENT_PART, REMARKS, "usa-today")
     and "*criticism*" in _table_row(s, EVENT_PART, REACTION, "usa-today"), None),
    ("Event naming: wash-post names the remarks “speech”",
     lambda s: "*speech*" not in _table_row(s, EVENT_PART, REMARKS, "wash-post"),
     "'Clinton had been scheduled to deliver a speech in Cleveland': a speech she cancelled, a side event"),
    ("Event naming: politico's “rebuke” for the reaction (only this outlet)",
     lambda s: "*rebuke* (2×) **(only this outlet)**" not in _table_row(s, EVENT_PART, REACTION, "politico"),
     "usa-today: 'President Obama passionately rebuked critics'"),
    # --- Loaded words --------------------------------------------------------------------------------------
    ("Loaded (own words): politico “so-called”, “insists”, “asserted”; usa-today “lashes out”; wash-post “dangerous”, “scandals”",
     lambda s: {"so-called", "insists", "asserted"} <= set(_loaded(s, "politico"))
     and "lashes out" in _loaded(s, "usa-today") and {"dangerous", "scandals"} <= set(_loaded(s, "wash-post")), None),
    ("Loaded words inside quotations: politico “jaw-droppingly”, “ignorant”; wash-post “childish”, “horrific”; "
     "west-journal “disgracefully”",
     lambda s: {"jaw-droppingly", "ignorant"} <= set(_loaded_in_quotes(s, "politico"))
     and {"childish", "horrific"} <= set(_loaded_in_quotes(s, "wash-post"))
     and "disgracefully" in _loaded_in_quotes(s, "west-journal"), None),
    ("Loaded (politico's own words): “attacks”, “war on”, “unsuccessfully”, “co-authored”",
     lambda s: not {"attacks", "war on", "unsuccessfully", "co-authored"} & set(_loaded(s, "politico")),
     "plain words: 'terrorist attacks', 'the war on terrorism', 'tried unsuccessfully to detonate', 'co-authored a paper'"),
    ("Loaded (own words): wash-post “waterboarding”, “reframed”; west-journal “attacks”",
     lambda s: not {"waterboarding", "reframed"} & set(_loaded(s, "wash-post")) and "attacks" not in _loaded(s, "west-journal"),
     "plain words: the name of a practice, 'the speech had been reframed to', 'Immediately after the attacks'"),
    ("Loaded words per 100 sentences: politico 20.8, wash-post 8.3, west-journal 8.3 (their own words)",
     lambda s: "bombast" in _loaded(s, "wash-post") and "murderous" in _loaded(s, "west-journal")
     and _feature(s, "politico", "loaded.per_100") < 15,
     "missed: wash-post 'Trump's bombast', west-journal 'his murderous attack'; half of the words counted are plain"),
    ("Loaded words inside quotations: politico “massacre”, “attacks”; usa-today “propaganda”, “failing”, “extremist”, "
     "“terrorists”",
     lambda s: not {"massacre", "attacks"} & set(_loaded_in_quotes(s, "politico"))
     and not {"propaganda", "failing", "extremist", "terrorists"} & set(_loaded_in_quotes(s, "usa-today")),
     "the writer's own words in a sentence beside a quotation: 'during the massacre that killed 49 people', "
     "'a propaganda tool for its extremist ideology', 'his strategy is failing', 'the religious fervor of terrorists'"),
    # Session 8: the heading of that list names views reported as well as quotations, so usa-today's reported
    # "propaganda" (Obama's contention, no quotation marks) is listed under a true heading.
    ("report.md lists usa-today's “propaganda” under “Loaded words in quotations or views reported”",
     lambda s: any(line.startswith("Loaded words in quotations or views reported") and "propaganda" in line
                   for line in s.markdown.splitlines()), None),
    ("Loaded words inside wash-post's quotations: “Woke”",
     lambda s: "woke" not in _loaded_in_quotes(s, "wash-post"),
     # Fixed (session 7, loaded._FACT_COMPOUNDS: 'woke up' is the verb of waking): "Clinton's tweet: 'Woke up to hear the devastating news'"
     None),
    ("Loaded words inside quotations: politico's second “radical”, wash-post's third “attacks”, west-journal “attacked”",
     lambda s: _loaded_in_quotes(s, "politico").count("radical") == 1
     and _loaded_in_quotes(s, "wash-post").count("attacks") == 2 and "attacked" not in _loaded_in_quotes(s, "west-journal"),
     "'other radical Salafist Muslim groups' is the writer's paraphrase of Kagan; Obama's 'attacks on any American' "
     "and Trump's 'our nation was attacked' are plain words"),
    # --- Hedges -------------------------------------------------------------------------------------------
    ("Hedges: west-journal's writer is not certain: “apparently”, “appeared to”; wash-post's: “unclear whether”, "
     "“appeared to”; wash-post booster “clearly”",
     lambda s: _writers_doubt(s, "west-journal", "apparently", "Fueled apparently")
     and _writers_doubt(s, "west-journal", "appeared to", "The Republican candidate appeared")
     and _writers_doubt(s, "wash-post", "unclear whether", "But it is unclear whether")
     and _writers_doubt(s, "wash-post", "appeared to", "This appeared to be")
     and _cue_at(s, "wash-post", "clearly", "But they were clearly")["cue_kind"] == "booster", None),
    ("Sourcing: west-journal “reportedly” (anonymous), politico “Benjamin said he believes” (Benjamin)",
     lambda s: "reportedly" in [h["text"] for h in _hedges(s, "west-journal") if h["cue_kind"] == "sourcing"]
     and "Benjamin" in _sources_of(s, "politico"), None),
    ("Hedges: politico's writer is not certain: “could” (some who warned it could make matters worse; the adviser "
     "arguing the proposal could make the threat worse; the paper outlining how success could drive attacks) and "
     "“doubts”, “could” (others expressed similar doubts that ...)",
     lambda s: not any(_writers_doubt(s, "politico", cue, part) for cue, part in (
         ("could", "Donald Trump's assertion Monday"), ("could", "The Pentagon's recent top adviser"),
         ("could", "who recently co-authored a paper"), ("doubts", "Others who have advocated"),
         ("could", "Others who have advocated"))),
     None),
    ("Hedges: usa-today's writer is not certain: “could” (calling the group another name could be counterproductive)",
     lambda s: not _writers_doubt(s, "usa-today", "could", "President Obama passionately rebuked"),
     None),
    ("Hedges inside politico's quotations: “We have generals who think”, “could” (Nothing we could do), “no evidence”, "
     "“imply” ×2, “implied”",
     lambda s: not {"We have generals who think", "no evidence", "imply", "implied"}
     & {h["text"] for h in _hedges(s, "politico")} and not _cue_at(s, "politico", "could", "Nothing we could do"),
     None),
    ("Sourcing: politico “Republican nominee has really not thought” (source: Republican); wash-post “unconfirmed reports” "
     "(vague); west-journal “According to the Trump” (source: the Trump)",
     lambda s: "Republican" not in _sources_of(s, "politico")
     and "unconfirmed reports" not in [h["text"] for h in _hedges(s, "wash-post")]
     and "the Trump" not in _sources_of(s, "west-journal"),
     None),
    ("Sourcing (report and worksheet 8): wash-post “according to Ronald Reagan's” (source: Ronald Reagan's)",
     lambda s: "Ronald Reagan's" not in _sources_of(s, "wash-post") and "Ronald Reagan's, named" not in s.answers,
     None),
    ("Hedge figures: politico 33.3 epistemic per 100 sentences, usa-today 4.3; sourcing: politico 6.2, wash-post 5.0; "
     "named sources politico and wash-post 67%",
     lambda s: _feature(s, "politico", "hedging.epistemic_per_100") < 20
     and _feature(s, "usa-today", "hedging.epistemic_per_100") == 0
     and _feature(s, "wash-post", "hedging.named_source_share") == 1
     and _feature(s, "politico", "hedging.sourcing_per_100") < 5 and _feature(s, "wash-post", "hedging.sourcing_per_100") < 5
     and _feature(s, "politico", "hedging.named_source_share") == 0.5,
     # Fixed (session 9, hedges5): the rates leave out the hedges in views given to others (the advisers' 'could's)
     None),
    # --- Tone and stands out ---------------------------------------------------------------------------
    ("Tone: most positive / most negative labels sit on the highest / lowest values shown",
     # west-journal's VADER extremes are its tone-model sentences ("the same sentences as shown above").
     lambda s: all(_extremes_consistent(_labelled_extremes(s, o, h)) for o in OUTLETS
                   for h in ("Average tone", "Average tone (VADER)"))
     and all(_labelled_extremes(s, o, "Average tone") for o in OUTLETS), None),
    ("Which differences stand out: every verdict follows its value and range (all within chance)",
     lambda s: _verdicts_follow_values(s), None),
    ("Tone toward the main actors: politico names no Obama, no Clinton",
     lambda s: "| Obama | – |" in s.markdown and "| Hillary Clinton | – |" in s.markdown, None),
    # --- Worksheet ------------------------------------------------------------------------------------------
    ("Worksheet 2-5: only politico “911 call”, only usa-today “Dog Andres”, only wash-post “9 million followers”; "
     "“Obama” does not appear in politico",
     lambda s: "politico is the only article that mentions “911 call”" in s.answers
     and "usa-today is the only article that mentions “Dog Andres”" in s.answers
     and "wash-post is the only article that mentions “9 million followers”" in s.answers
     and "The name “Obama” does not appear in politico" in s.answers, None),
    ("Worksheet 9-10: west-journal's “apparently”, “appeared to”; wash-post's booster “clearly”",
     lambda s: "“apparently”; “appeared to”" in _answer(s, "Find a word or phrase in west-journal")
     and "“clearly”" in _answer(s, "Find a booster in wash-post"), None),
    ("Worksheet 11: politico's loaded words include “unsuccessfully” and “co-authored”",
     lambda s: "“unsuccessfully”" not in _answer(s, "Find the loaded words in politico")
     and "“co-authored”" not in _answer(s, "Find the loaded words in politico"),
     "'tried unsuccessfully to detonate a car bomb', 'co-authored a paper': plain words"),
]


@pytest.mark.parametrize("claim, check", [
    pytest.param(claim, check, id=f"orlando: {claim}",
                 marks=[pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"{FALSE}: {why}")] if why else [])
    for claim, check, why in CASES
])
def test_teacher_read_orlando(claim: str, check: Callable[[Story], bool], tmp_path_factory: pytest.TempPathFactory):
    """One claim of the Orlando story's report, checked against what the four articles say."""
    assert check(story("orlando", tmp_path_factory.mktemp("teacher"))), claim
