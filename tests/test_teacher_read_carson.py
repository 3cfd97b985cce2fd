"""Acceptance read, session 9, fifth round: Ben Carson defends his life story (PolNeAR "carson").

The three PolNeAR texts were read in full, as a media-literacy teacher would before a class, and
every claim of report.md, report.json and the worksheet was checked against them (docs/CLAIMS.md,
"Session 9, fifth round: carson", gives the tally and the causes). Nobody had read these texts
before; the rules of sessions 5 to 8 were not tuned on them. The style is tests/test_teacher_read.py's:
each case is one claim, with a check of the true behaviour. The cases with a reason are false claims
today, strict xfails that turn into XPASS once fixed (then drop the reason); the cases without one
are true claims that must stay true.

huff-post (8 November 2015) tells Carson's Sunday interviews: ABC's "This Week" with George
Stephanopoulos (whom it also spells "Stephanopolous"), the Yale "Perceptions 301" class the Wall
Street Journal found no record of, Politico's West Point story, his swipe at Trump, and NBC's "Meet
the Press" ("I have always said that I expect to be vetted. But being vetted and what is going on
with me — you said this 30 years ago, you said this 20 years ago ..."). usa-today (9 November) tells
the same Sunday: CBS' "Face the Nation" ("There's no question I'm getting special scrutiny"), the
Detroit temper stories, Politico's "fabricated", Trump's "a weird deal going on" on "This Week", and
"Meet the Press" ("Vetting is one thing," ... "incidents that happened 20 and 50 years ago").
west-journal (10 November) tells his answer at Tuesday's debate ("I have no problem with being
vetted"; Clinton and Benghazi) and ends on the page's prompt "Do you support Dr. Ben Carson? Like
the page:".
"""

from __future__ import annotations

from typing import Callable

import pytest
from test_teacher_read import (FALSE, Story, _answer, _describing, _extremes_consistent, _feature, _hedges, _kind,
                               _labelled_extremes, _left_out, _loaded, _named_by, _said_by, _table_row, _to_check,
                               _verdicts_follow_values, story)
from test_teacher_read_abedin import _carried_by
from test_teacher_read_akin import EVENT_PART, LABELS, _article, _findings, _loaded_in_quotes, _verbs
from test_teacher_read_california import _actor_sentences, _writers_doubt
from test_teacher_read_comey import _quoted_count, _without
from test_teacher_read_kaine import _cues

pytestmark = pytest.mark.slow

OUTLETS = ("huff-post", "usa-today", "west-journal")
MEETING = "The meeting: the meeting itself and how it happened"


def _all_cues(s: Story, outlet: str) -> set[str]:
    """The cue texts of every hedge and booster of ``outlet``, whatever their kind."""
    return {h["text"] for h in _hedges(s, outlet)}


# (claim as the report words it, check of the true behaviour, why / None when the claim is true)
CASES: list[tuple[str, Callable[[Story], bool], str | None]] = [
    # --- Check the inputs first ------------------------------------------------------------------
    ("Check the inputs first: huff-post and usa-today were published before west-journal's Tuesday 10 November event",
     lambda s: any("Tuesday 10 November" in w and "huff-post" in w and "usa-today" in w
                   for w in s.data["comparison"]["warnings"]) and s.data["comparison"]["different_occurrences"] is None,
     None),
    ("What was removed: huff-post's note that the story has been updated",
     lambda s: any(r["text"].startswith("This story has been updated") and r["reason"] == "update note"
                   for r in _article(s, "huff-post")["removed"]), None),
    ("What was removed: nothing from west-journal (its text keeps “Do you support Dr. Ben Carson? Like the page:”)",
     lambda s: any("Like the page" in r["text"] for r in _article(s, "west-journal")["removed"]),
     # Fixed (session 9, hedges5): a prompt's come-on question may hold a title's stop ("Dr."): a social-media prompt
     None),
    ("Positive sentences: west-journal's one (its most positive, tone +0.16) is “Do you support Dr. Ben Carson?”",
     lambda s: "*positive* (tone +0.16): Do you support Dr. Ben Carson?" not in s.markdown,
     # Fixed (session 9, hedges5): the page's prompt is removed, so it is no sentence of west-journal's
     None),
    # --- Key findings --------------------------------------------------------------------------------
    ("Key finding 1: only huff-post reports “30 years” and “20 years”",
     lambda s: "“20 years”" not in _findings(s),
     "usa-today: 'he is being asked about incidents that happened 20 and 50 years ago' (the same Meet the Press answer)"),
    ("Key finding 2: only usa-today reports “Nation” and “Detroit”",
     lambda s: "“Nation”" not in _findings(s),
     "'Nation' is a fragment of the show's name, CBS' 'Face the Nation'"),
    ("Key finding 3: only west-journal reports “White House” and “Benghazi”",
     lambda s: "Only west-journal reports “White House” and “Benghazi”" in _findings(s), None),
    ("Key finding 4: only usa-today quotes Donald Trump",
     lambda s: "Only usa-today quotes Donald Trump." in _findings(s), None),
    # --- Only here -------------------------------------------------------------------------------------
    ("Only here (huff-post): “30 years”, Yale Daily News, George Stephanopoulos, Wall Street Journal, Facebook, Yale, 1990, 2002",
     lambda s: {"30 years", "Yale Daily News", "George Stephanopoulos", "Wall Street Journal", "Facebook", "Yale",
                "1990", "2002", "Perceptions 301"} <= set(s.only_here("huff-post")), None),
    ("Only here (huff-post): “I would not be anxious to have a commander in chief ...”, “we tell the truth ...”, the recruiter",
     lambda s: {"I would not be anxious to have a commander in chief who acted that way",
                "we tell the truth, we deal with the issues"} <= set(s.only_here("huff-post"))
     and any(t.startswith("If a recruiter or somebody") for t in s.only_here("huff-post")), None),
    ("Only here (huff-post): “20 years”",
     lambda s: "usa-today" in _carried_by(s, "20 years"),
     "usa-today: 'incidents that happened 20 and 50 years ago'; its 50 years is matched, its 20 is not"),
    ("Only here (huff-post): “Stephanopolous”",
     lambda s: "Stephanopolous" not in s.only_here("huff-post"),
     "huff-post's misspelling of George Stephanopoulos, whom the same list already gives"),
    ("Only here (huff-post): “They can look at the polling data, and they can see I’m the candidate ... beat Hillary Clinton”",
     lambda s: not any(t.startswith("They can look at the polling data") for t in s.only_here("huff-post")),
     "usa-today tells it: people 'are very threatened' because they see how well he is doing in surveys against Clinton"),
    ("Only here (huff-post): “I have always said that I expect to be vetted”",
     lambda s: "I have always said that I expect to be vetted" not in s.only_here("huff-post"),
     "the same Meet the Press answer as usa-today's '\"Vetting is one thing,\" Carson said on NBC's Meet the Press'"),
    ("Only here (huff-post): “a very big threat”",
     lambda s: "a very big threat" not in s.only_here("huff-post"),
     "usa-today: 'he is under political attack because of his rise in the polls', people 'are very threatened'"),
    ("Only here (usa-today): CBS, Detroit, NBC, “a weird deal going on”, “boldfaced lie”, “fabricated”, “They're worried”",
     lambda s: {"CBS", "Detroit", "NBC", "a weird deal going on", "boldfaced lie", "fabricated", "They're worried",
                "You can do that every single day from now until the election"} <= set(s.only_here("usa-today")), None),
    ("Only here (usa-today): “Nation”",
     lambda s: "Nation" not in s.only_here("usa-today"),
     "a fragment of 'Face the Nation'"),
    ("Only here (usa-today): “There's no question I'm getting special scrutiny”",
     lambda s: "There's no question I'm getting special scrutiny" not in s.only_here("usa-today"),
     "huff-post: 'Making the rounds on the Sunday morning shows, Carson said he was facing a unique level of scrutiny'"),
    ("Only here (usa-today): “Vetting is one thing”",
     lambda s: "Vetting is one thing" not in s.only_here("usa-today"),
     "huff-post quotes the same Meet the Press answer: 'I have always said that I expect to be vetted'"),
    ("Only here (west-journal): White House, Benghazi, Tuesday and its debate quotes",
     lambda s: {"White House", "Benghazi", "Tuesday", "I have no problem with being vetted",
                "What I do have a problem with is being lied about", "When I look at somebody like Hillary Clinton",
                "We have to start treating people the same"} <= set(s.only_here("west-journal")), None),
    # --- Wording only this outlet uses, check by hand ----------------------------------------------------
    ("Wording only huff-post uses: “student newspaper article”, “final exams”, “investigating abilities”, “indirect swipe”",
     lambda s: {"student newspaper article", "final exams", "investigating abilities", "indirect swipe", "course name",
                "psychology class"} <= set(s.wording("huff-post")), None),
    ("Wording only usa-today uses: “youthful temper”, “angry upbringing”, “editor's note”, “top spot”",
     lambda s: {"youthful temper", "angry upbringing", "editor's note", "top spot", "negative coverage"}
     <= set(s.wording("usa-today")), None),
    ("Wording only west-journal uses: “underlying partisan double standard”, “personal ideology aside”, ...",
     lambda s: {"underlying partisan double standard", "personal ideology aside", "autobiographical inconsistencies",
                "perceived media attacks"} <= set(s.wording("west-journal")), None),
    ("Wording only huff-post uses: “unique level”",
     lambda s: "unique level" not in s.wording("huff-post"),
     "a fragment of 'a unique level of scrutiny'"),
    ("Wording only huff-post uses: “claim never”",
     lambda s: "claim never" not in s.wording("huff-post"),
     "a fragment of 'the class you claim never existed'"),
    ("Wording only usa-today uses: “campaign raise”",
     lambda s: "campaign raise" not in s.wording("usa-today"),
     "a fragment of 'has helped his campaign raise more money'"),
    ("Check by hand: huff-post's “full scholarship” (west-journal: “offered a scholarship to West Point”), and back",
     lambda s: "full scholarship" in _to_check(s, "huff-post")
     and any(t.startswith("very different from somebody misinterpreting") for t in _to_check(s, "west-journal")), None),
    ("Check by hand: west-journal's “presidential front-runner” (usa-today's headline: “presidential candidate's”)",
     lambda s: "presidential front-runner" not in _to_check(s, "west-journal"),
     "tied by 'presidential' alone: a candidate is not a front-runner"),
    # --- Left out, coverage, without counterpart ----------------------------------------------------------
    ("Left out: west-journal does not mention 50 years, This Week, Donald Trump, ABC, Politico",
     lambda s: all(_left_out(s, "west-journal", d) for d in ("50 years", "This Week", "Donald Trump", "ABC", "Politico"))
     and len(s.data["comparison"]["omissions"]) == 5, None),
    ("Coverage: Hillary Clinton, West Point, Carson, GOP in all three; Politico, ABC, This Week, Trump, Friday, Sunday in two",
     lambda s: all(_carried_by(s, d) == set(OUTLETS) for d in ("Hillary Clinton", "West Point", "Carson", "GOP"))
     and all(_carried_by(s, d) == {"huff-post", "usa-today"}
             for d in ("Politico", "ABC", "This Week", "Donald Trump", "50 years", "Friday", "Sunday")), None),
    ("Without counterpart: huff-post's Yale class, its syllabus, “commander in chief”; usa-today's Detroit; west-journal's Benghazi",
     lambda s: _without(s, "huff-post", "Carson wrote in his 1990 autobiography")
     and _without(s, "huff-post", "Later on Sunday, Carson shared a syllabus")
     and _without(s, "huff-post", "“Well, let me put it this way,”")
     and _without(s, "usa-today", "Earlier last week, it was suggestions")
     and _without(s, "west-journal", "“When I look at somebody like Hillary Clinton,”")
     and _without(s, "west-journal", "Carson concluded by admonishing journalists"), None),
    ("Without counterpart (huff-post): “Making the rounds on the Sunday morning shows, ... a unique level of scrutiny.”",
     lambda s: not _without(s, "huff-post", "Making the rounds on the Sunday morning shows"),
     "usa-today: 'There's no question I'm getting special scrutiny,' ... told CBS' Face the Nation on Sunday"),
    ("Without counterpart (huff-post): “He said he was being targeted because he was “a very big threat” to progressives.”",
     lambda s: not _without(s, "huff-post", "He said he was being targeted"),
     "usa-today's lead: 'Ben Carson says he is under political attack because of his rise in the polls'"),
    ("Without counterpart (usa-today): “Carson called that report Friday a \"boldfaced lie.\"”",
     lambda s: not _without(s, "usa-today", "Carson called that report Friday"),
     "huff-post: 'The candidate also continued to refute a Politico story about his claim ... West Point'"),
    ("Without counterpart (usa-today): Trump “has picked up on the criticism of Carson ... 'a weird deal going on'”",
     lambda s: not _without(s, "usa-today", "Donald Trump, who is battling Carson"),
     "huff-post: 'the businessman, who has hammered Carson with insults', 'Asked ... to respond to Trump's criticism'"),
    ("Without counterpart (west-journal): “Reacting to criticism over perceived autobiographical inconsistencies, ...”",
     lambda s: not _without(s, "west-journal", "Reacting to criticism over perceived"),
     "huff-post's lead: 'responded on Sunday to accusations that he exaggerated details of his life story'"),
    # --- Conflicts, shared text, voices ------------------------------------------------------------------
    ("No conflicts, no shared text, no quote attributed differently",
     lambda s: not s.data["comparison"]["conflicts"] and not s.data["comparison"]["conflicts_to_check"]
     and not s.data["comparison"]["shared_text"]
     and "No quote appears in two outlets with different speakers." in s.markdown, None),
    ("Voices only one outlet gave: Donald Trump (usa-today); Ben Carson quoted by all three",
     lambda s: s.voice("Donald Trump")["sources"] == [s.source("usa-today")]
     and len(s.voice("Ben Carson")["sources"]) == 3, None),
    # --- Who is quoted ----------------------------------------------------------------------------------
    ("Who is quoted: Carson's “Show me somebody”, “Allow me also”, “There's no question”, “When I look”; Trump's “a weird deal”",
     lambda s: _said_by(s, "huff-post", "Show me somebody", "Ben Carson")
     and _said_by(s, "huff-post", "Allow me also to do the research", "Ben Carson")
     and _said_by(s, "usa-today", "There's no question I'm getting special scrutiny", "Ben Carson")
     and _said_by(s, "usa-today", "a weird deal going on", "Donald Trump")
     and _said_by(s, "west-journal", "When I look at somebody like Hillary Clinton", "Ben Carson")
     and _said_by(s, "west-journal", "those who know me", "Ben Carson"), None),
    ("Who is quoted: huff-post's “Perception” is Ben Carson's",
     lambda s: not any(q["text"] == "Perception" for q in s.quotes("huff-post")),
     "the name of a class: 'a 2002 psychology class called “Perception”', no quotation"),
    ("Who is quoted: usa-today's “fabricated” has no speaker",
     lambda s: _said_by(s, "usa-today", "fabricated", "Politico"),
     "'it was a report by Politico that he \"fabricated\" the story': Politico's word"),
    ("Who is quoted: west-journal's “I have no problem with being vetted” has no speaker",
     lambda s: _said_by(s, "west-journal", "I have no problem with being vetted", "Ben Carson"),
     "'“I have no problem with being vetted,” he said': he is Carson, 'the retired neurosurgeon' just before"),
    ("Who is quoted: west-journal's “What I do have a problem with is being lied about” has no speaker",
     lambda s: _said_by(s, "west-journal", "What I do have a problem with", "Ben Carson"),
     "the second half of Carson's quotation ('he said')"),
    # --- Quote tables and counts, reporting verbs ----------------------------------------------------------
    ("Quotes table: usa-today 8 (4 / 4), west-journal 5 (3 / 2); people quoted huff-post 1, west-journal 1",
     lambda s: "| usa-today | 8 (4 / 4) |" in s.markdown and "| west-journal | 5 (3 / 2) |" in s.markdown
     and _feature(s, "huff-post", "quotes.distinct_speakers") == 1
     and _feature(s, "west-journal", "quotes.distinct_speakers") == 1, None),
    ("Who is quoted by which outlet: Ben Carson usa-today 6, Donald Trump usa-today 1",
     lambda s: _quoted_count(s, "Ben Carson", "usa-today") == 6 and _quoted_count(s, "Donald Trump", "usa-today") == 1,
     None),
    ("Quotes table: huff-post 13 quotations (10 full / 3 partial)",
     lambda s: "| huff-post | 13 (10 / 3) |" not in s.markdown,
     "'Perception' is a class's name, and 'Perceptions 301' a name inside the writer's sentence, no full quote"),
    ("Who is quoted by which outlet: Ben Carson huff-post 13",
     lambda s: _quoted_count(s, "Ben Carson", "huff-post") == 12,
     "one of the 13 is the class name 'Perception'"),
    ("Who is quoted by which outlet: Ben Carson west-journal 4",
     lambda s: _quoted_count(s, "Ben Carson", "west-journal") == 5,
     "all five of west-journal's quotations are Carson's"),
    ("People quoted: usa-today 2",
     lambda s: _feature(s, "usa-today", "quotes.distinct_speakers") == 3,
     "Carson, Trump and Politico ('fabricated')"),
    ("Quotations without a speaker: usa-today 0.12",
     lambda s: _feature(s, "usa-today", "quotes.unattributed_share") == 0,
     "the one, 'fabricated', is Politico's"),
    ("Quotations without a speaker: west-journal 0.20",
     lambda s: _feature(s, "west-journal", "quotes.unattributed_share") == 0,
     "the one is Carson's 'I have no problem with being vetted ...', he said"),
    ("Reporting verbs: west-journal said ×4, say ×1; usa-today called ×1, telling ×1",
     lambda s: "said ×4, say ×1" in _verbs(s, "west-journal")
     and "called ×1" in _verbs(s, "usa-today") and "telling ×1" in _verbs(s, "usa-today"), None),
    ("Reporting verbs: huff-post telling ×2",
     lambda s: "telling ×2" not in _verbs(s, "huff-post"),
     "one is the professor's 'by telling them they'd have to retake their final exams'; Carson wrote it in his book"),
    ("Reporting verbs: huff-post writing ×2",
     lambda s: "writing ×2" not in _verbs(s, "huff-post"),
     # Fixed (session 9, speakers5): a verb written once counts once (was: the class name 'Perception' counted as
     # written by Carson).
     None),
    ("Reporting verbs: usa-today told ×2",
     lambda s: "told ×2" not in _verbs(s, "usa-today"),
     # Fixed (session 9, speakers5): a verb written once counts once (was: 'are very threatened' counted under 'told').
     None),
    # --- Who is who ---------------------------------------------------------------------------------------
    ("Who is who: Ben Carson and Hillary Clinton, persons named by all three (west-journal's “Clinton” joined)",
     lambda s: _kind(s, "Ben Carson") == _kind(s, "Hillary Clinton") == "person"
     and all(_named_by(s, n, o) for n in ("Ben Carson", "Hillary Clinton") for o in OUTLETS)
     and "Clinton" in s.mentions("Hillary Clinton"), None),
    ("Who is who: GOP, an organisation, usa-today's and west-journal's “Republican” joined",
     lambda s: _kind(s, "GOP") == "organisation" and "Republican" in s.mentions("GOP")
     and all(_named_by(s, "GOP", o) for o in OUTLETS), None),
    ("Who is who: Donald Trump (huff-post, usa-today), George Stephanopoulos (with “Stephanopoulos”), persons",
     lambda s: _kind(s, "Donald Trump") == _kind(s, "George Stephanopoulos") == "person"
     and not _named_by(s, "Donald Trump", "west-journal") and "Stephanopoulos" in s.mentions("George Stephanopoulos"),
     None),
    ("Who is who: Detroit a place; CBS, NBC, ABC, Politico, Wall Street Journal, Yale Daily News organisations",
     lambda s: _kind(s, "Detroit") == "place"
     and all(_kind(s, n) == "organisation" for n in ("CBS", "NBC", "ABC", "Politico", "Wall Street Journal",
                                                       "Yale Daily News")), None),
    ("Who is who: West Point, a person",
     lambda s: _kind(s, "West Point") in ("place", "organisation"),
     "the United States Military Academy"),
    ("Who is who: Yale, of kind other",
     lambda s: _kind(s, "Yale") in ("organisation", "place"), "the university"),
    ("Who is who: Facebook, of kind other",
     lambda s: _kind(s, "Facebook") == "organisation", "the company ('his Facebook page')"),
    ("Who is who: “Stephanopolous”, a row of its own, of kind other",
     lambda s: s.entity("Stephanopolous") is None and "Stephanopolous" in s.mentions("George Stephanopoulos"),
     "huff-post's misspelling of George Stephanopoulos ('telling Stephanopolous that')"),
    ("Who is who: Meet the Press, named by huff-post only",
     lambda s: _named_by(s, "Meet the Press", "usa-today"),
     "usa-today: 'Carson said on NBC's Meet the Press'"),
    ("Who is who: “Nation”, an entity",
     lambda s: s.entity("Nation") is None, "a fragment of CBS' 'Face the Nation'"),
    ("Who is who: “Meet”, an entity",
     lambda s: s.entity("Meet") is None, "a fragment of NBC's 'Meet the Press'"),
    ("Who is who: White House, of kind other",
     lambda s: _kind(s, "White House") in ("organisation", "place"), "'his White House bid': the presidency's seat"),
    ("Who is who: Benghazi, of kind other",
     lambda s: _kind(s, "Benghazi") == "place", "the Libyan city ('the Benghazi attack')"),
    # --- How each outlet describes them, event naming ------------------------------------------------------
    ("Describing words: usa-today's “who is battling Carson for the top spot ...” for Trump (only this outlet)",
     lambda s: "*who is battling Carson for the top spot in many Republican polls* (“who …” clause) **(only this outlet)**"
     in _table_row(s, LABELS, "Donald Trump", "usa-today"), None),
    ("Names used: huff-post's “Trump” (surname, no other outlet uses this form)",
     lambda s: "Trump (surname, 1×, no other outlet uses this form)" in _table_row(s, LABELS, "Donald Trump", "huff-post"),
     None),
    ("Describing words: huff-post names Donald Trump without describing him",
     lambda s: _describing(s, "Donald Trump", "huff-post") != "—",
     "huff-post: 'an indirect swipe at the businessman, who has hammered Carson with insults in recent days'"),
    ("Describing words: no table for Ben Carson (no outlet describes him)",
     lambda s: bool(_table_row(s, LABELS, "Ben Carson", "huff-post")),
     # Fixed (session 9, labels5): 'contender', 'neurosurgeon' and 'front-runner' are person nouns and two
     # descriptions joined by 'and' are read (huff-post 'GOP presidential contender and former neurosurgeon Ben Carson').
     None),
    ("Describing words: no table for Hillary Clinton (usa-today does not describe her)",
     lambda s: "Democrat" in _describing(s, "Hillary Clinton", "usa-today"),
     "usa-today: 'surveys against Democrat Hillary Clinton'"),
    ("Event naming: west-journal names its event “debate” (only this outlet)",
     lambda s: "*debate* **(only this outlet)**" in _table_row(s, EVENT_PART, MEETING, "west-journal"), None),
    ("Event naming: usa-today tells the meeting with “meet”",
     lambda s: "*meet*" not in _table_row(s, EVENT_PART, MEETING, "usa-today"),
     "'Meet' of the show's name 'NBC's Meet the Press'"),
    # --- Tone toward the main actors ---------------------------------------------------------------------
    ("Tone toward the main actors: Hillary Clinton in 1, 1 and 2 sentences; Donald Trump in 2 and 1",
     lambda s: [_actor_sentences(s, "Hillary Clinton", o) for o in OUTLETS] == [1, 1, 2]
     and [_actor_sentences(s, "Donald Trump", o) for o in ("huff-post", "usa-today")] == [2, 1], None),
    # --- Loaded words --------------------------------------------------------------------------------------
    ("Loaded (own words): huff-post's “claiming” (verb of saying) and “attacking”, usa-today's headline “attacking”",
     lambda s: {"claiming", "attacking"} <= set(_loaded(s, "huff-post")) and "attacking" in _loaded(s, "usa-today"),
     None),
    ("Loaded words in quotations or views reported: “exaggerated”; “threatened”, “boldfaced”; “unfair”, “lied”",
     lambda s: "exaggerated" in _loaded_in_quotes(s, "huff-post")
     and {"threatened", "boldfaced"} <= set(_loaded_in_quotes(s, "usa-today"))
     and {"unfair", "lied"} <= set(_loaded_in_quotes(s, "west-journal")), None),
    ("Loaded (huff-post's own words): “hoaxed” (label)",
     lambda s: "hoaxed" not in _loaded(s, "huff-post"),
     "the plain word for the professor's hoax ('the professor hoaxed the class by telling them ...')"),
    ("Loaded (huff-post): “admitted” not found",
     lambda s: "admitted" in _loaded(s, "huff-post"),
     "'Carson admitted that the course name ... was inaccurate'; the report's own list names 'admitted' as colouring"),
    ("Loaded (huff-post): “hammered” not found",
     lambda s: "hammered" in _loaded(s, "huff-post"),
     "'the businessman, who has hammered Carson with insults'"),
    ("Loaded: west-journal has none in its own words (and worksheet 7: “biaslens found none in west-journal”)",
     lambda s: _feature(s, "west-journal", "loaded.per_100") > 0,
     # Fixed (session 9, babe5): 'lambasted' is found (the lexicon's emotive verbs); the headline's 'Slams' is
     # still missed (pinned below).
     None),
    ("Loaded (west-journal): its headline's “Slams” not found",
     lambda s: "slams" in _loaded(s, "west-journal"),
     "'Ben Carson Slams Hillary And The Media In One Debate Answer': 'slammed' is the report's own example"),
    ("Loaded (west-journal): “lambasted” not found",
     lambda s: "lambasted" in _loaded(s, "west-journal"),
     # Fixed (session 9, babe5): the lexicon's emotive verbs of criticism.
     None),
    ("Loaded per 100 sentences: huff-post 9.7 (claiming, hoaxed, attacking)",
     lambda s: {"admitted", "hammered"} <= set(_loaded(s, "huff-post")) and "hoaxed" not in _loaded(s, "huff-post"),
     "'hoaxed' is plain; 'admitted' and 'hammered' are missed"),
    ("Loaded verbs of saying: huff-post 1",
     lambda s: _feature(s, "huff-post", "loaded.saying_verbs") >= 2,
     "'claiming' and 'Carson admitted that the course name ... was inaccurate'"),
    ("Loaded verbs of saying: west-journal 0",
     lambda s: _feature(s, "west-journal", "loaded.saying_verbs") >= 1,
     "'Carson further lambasted the media’s behavior as evidence of ...' (and the headline's 'Slams')"),
    # --- Hedges -----------------------------------------------------------------------------------------------
    ("Hedges: huff-post's “accusations” (anonymous source), “likely” and “obviously” in Carson's words; "
     "usa-today's quoted “could”; west-journal's reported “he expected” (named)",
     lambda s: any(h["text"] == "accusations" and h["cue_kind"] == "sourcing" and h["source_type"] == "anonymous"
                   for h in _hedges(s, "huff-post"))
     and any(h["text"] == "likely" and h["quoted"] for h in _hedges(s, "huff-post"))
     and any(h["text"] == "obviously" and h["cue_kind"] == "booster" and h["quoted"] for h in _hedges(s, "huff-post"))
     and any(h["text"] == "could" and h["quoted"] for h in _hedges(s, "usa-today"))
     and any(h["text"] == "he expected" and h["reported"] and h["source_type"] == "named"
             for h in _hedges(s, "west-journal")), None),
    ("Hedges (huff-post, Carson's words): “I expect” (“I have always said that I expect to be vetted”)",
     lambda s: "I expect" not in _all_cues(s, "huff-post"),
     # Fixed (session 9, hedges5): no doubt, he accepts that he will be vetted ("I expect to be" and a participle)
     None),
    ("Hedges: usa-today's writer is not certain: “suggestions”",
     lambda s: not _writers_doubt(s, "usa-today", "suggestions", "Earlier last week"),
     # Fixed (session 9, hedges5): others' claims, passed on without saying who made them (sourcing, anonymous)
     None),
    ("Sourcing hedges (usa-today): “Carson called that report” (named source: Carson)",
     lambda s: "Carson called that report" not in _all_cues(s, "usa-today"),
     # Fixed (session 9, hedges5): after a demonstrative "that" the word is a noun, Politico's report
     None),
    ("Sourcing hedges (west-journal, Carson's words): “people really think” (vague source: people)",
     lambda s: "people really think" not in _all_cues(s, "west-journal"),
     # Fixed (session 9, hedges5): 'finding out what people really think and what they’re made of': a thing to find out
     None),
    ("Hedges (huff-post): Carson's “I guess” not found",
     lambda s: any("guess" in t.lower() for t in _cues(s, "huff-post", "epistemic")),
     # Fixed (session 9, hedges5): "I guess" is the speaker's hedge, as "I think" is
     None),
    ("Boosters (usa-today): “There's no question I'm getting special scrutiny” not found",
     lambda s: any(t.startswith("There's no question") for t in _cues(s, "usa-today", "booster")),
     # Fixed (session 9, hedges5): a listed "there is", "it is" may be written "there's", "it's"
     None),
    ("Sourcing hedges (usa-today): “a report by Politico that he \"fabricated\" the story” not found",
     lambda s: any("Politico" in (h["source"] or "") for h in _hedges(s, "usa-today") if h["cue_kind"] == "sourcing"),
     # Fixed (session 9, hedges5): "a report by X that ..." passes X's claim on (named)
     None),
    ("Hedges (west-journal): none; its “perceived” not found",
     lambda s: any("perceived" in t.lower() for t in _all_cues(s, "west-journal")),
     # Fixed (session 9, hedges5): the attributive "perceived" is the writer's doubt
     None),
    ("Epistemic hedges per 100 sentences: usa-today 18.8",
     lambda s: _feature(s, "usa-today", "hedging.epistemic_per_100") == pytest.approx(12.5, abs=0.1),
     # Fixed (session 9, hedges5): two cues ('could' twice, in one sentence); 'suggestions' is others' claims
     None),
    ("Boosters per 100 sentences: usa-today 6.2",
     lambda s: _feature(s, "usa-today", "hedging.booster_per_100") == pytest.approx(12.5, abs=0.1),
     # Fixed (session 9, hedges5): 'There's no question' and 'There is no question'
     None),
    ("Epistemic hedges per 100 sentences: west-journal 0.0",
     lambda s: _feature(s, "west-journal", "hedging.epistemic_per_100") > 0,
     None),  # Fixed (session 9, hedges5): 'perceived' twice
    ("Sourcing hedges per 100 sentences: west-journal 15.4",
     # One sourcing cue ('he expected') over west-journal's sentences: 7.7 with the page's prompt as a sentence, 9.1 without.
     lambda s: _feature(s, "west-journal", "hedging.sourcing_per_100")
     == pytest.approx(100 / _article(s, "west-journal")["features"]["hedging.sourcing_per_100"]["n_units"]),
     # Fixed (session 9, hedges5): 'people really think' is no sourcing hedge
     None),
    ("Sourcing hedges that name their source: west-journal 0.50",
     lambda s: _feature(s, "west-journal", "hedging.named_source_share") == 1,
     # Fixed (session 9, hedges5): the unnamed one was 'people really think', no sourcing
     None),
    # --- Worksheet ---------------------------------------------------------------------------------------------
    ("Worksheet 1: all three mention Hillary Clinton and West Point",
     lambda s: "Every article mentions “Hillary Clinton” and “West Point”" in s.answers, None),
    ("Worksheet 2-4: only huff-post mentions Yale Daily News and George Stephanopoulos, only west-journal White House",
     lambda s: "huff-post is the only article that mentions “Yale Daily News”" in s.answers
     and "west-journal is the only article that mentions “White House”" in s.answers
     and "huff-post is the only article that mentions “George Stephanopoulos”" in s.answers, None),
    ("Worksheet 5-6: “Donald Trump” does not appear in west-journal; only usa-today quotes him",
     lambda s: "The name “Donald Trump” does not appear in west-journal" in s.answers
     and "Only usa-today quotes Donald Trump." in s.answers, None),
    ("Worksheet 7: huff-post's loaded words “claiming”, “hoaxed”, “attacking”; none in west-journal",
     lambda s: "“hoaxed”" not in _answer(s, "Find the loaded words in huff-post")
     and "biaslens found 0 in west-journal" not in _answer(s, "Find the loaded words in huff-post"),
     # No longer claimed (session 9): the worksheet's question 7 now asks how each article introduces Carson (the
     # describing words found since labels5); 'hoaxed' is still flagged in report.md (pinned above).
     None),
    # --- Tone and stands out ------------------------------------------------------------------------------------
    ("Tone: most positive / most negative labels sit on the highest / lowest values shown",
     lambda s: all(_extremes_consistent(_labelled_extremes(s, o, h)) for o in OUTLETS
                   for h in ("Average tone", "Average tone (VADER)"))
     and all(_labelled_extremes(s, o, "Average tone") for o in OUTLETS), None),
    ("Which differences stand out: every verdict follows its value and range (all within chance)",
     lambda s: _verdicts_follow_values(s), None),
]


@pytest.mark.parametrize("claim, check", [
    pytest.param(claim, check, id=f"carson: {claim}",
                 marks=[pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"{FALSE}: {why}")] if why else [])
    for claim, check, why in CASES
])
def test_teacher_read_carson(claim: str, check: Callable[[Story], bool], tmp_path_factory: pytest.TempPathFactory):
    """One claim of the Carson story's report, checked against what the three articles say."""
    assert check(story("carson", tmp_path_factory.mktemp("teacher"))), claim
