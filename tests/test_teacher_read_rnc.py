"""Acceptance read of one more BASIL dev story, claim by claim, as a media-literacy teacher would.

The story: Michael Steele is to announce whether he runs again for RNC chairman (December 2010),
covered by nyt, fox and hpo. Every cross-outlet claim of report.md, report.json and the worksheet
was checked by hand against the three article texts. The cases follow tests/test_teacher_read.py:
each is one claim as the report words it, with a check of the true behaviour; a case with a reason
is a false claim today and a strict xfail (it turns into an XPASS once fixed, and the reason must
then be removed); a case without one is a true claim that must stay true.

Built from the shared evaluation data (never copied into the project); skipped when it is absent.
One run of the real command line, hence ``slow``.
"""

from __future__ import annotations

from typing import Any, Callable

import pytest
from test_teacher_read import (EVENTS, FALSE, Story, _answer, _describing, _extremes_consistent, _hedges, _kind,
                               _labelled_extremes, _left_out, _loaded, _named_by, _said_by, _same_words_pairs,
                               _speakers, _to_check, _verdicts_follow_values, story)

EVENTS["rnc"] = "74708dbf-5dfc-4c66-8419-d7dbc00e4a06"  # Steele to announce whether he runs again for RNC chair, 2010

pytestmark = pytest.mark.slow


def _only(s: Story, outlet: str, *texts: str) -> bool:
    """Whether the report lists every one of ``texts`` as a detail only ``outlet`` includes (a
    phrase as wording only ``outlet`` uses)."""
    return set(texts) <= set(s.listed(outlet))


def _not_only(s: Story, outlet: str, *texts: str) -> bool:
    """Whether the report lists none of ``texts`` as a detail only ``outlet`` includes."""
    return not set(texts) & set(s.only_here(outlet))


def _hedge(s: Story, outlet: str, text: str) -> dict[str, Any]:
    """The hedge of ``outlet``'s article whose cue words are ``text``."""
    return next(h for h in _hedges(s, outlet) if h["text"] == text)


# (claim as the report words it, check of the true behaviour, why / None when the claim is true)
CASES: list[tuple[str, Callable[[Story], bool], str | None]] = [
    # --- Key findings and "Only here" ------------------------------------------------------------
    ("Key finding 1: only nyt reports “six top” and “New York Times”",
     lambda s: _only(s, "nyt", "six top", "New York Times"), None),
    ("Key finding 2: only fox reports “63 seats” and “Saturday”",
     lambda s: _only(s, "fox", "63 seats", "Saturday"), None),
    ("Key finding 3 / only here (hpo): “U.S.” (former U.S. ambassador Ann Wagner)",
     lambda s: _not_only(s, "hpo", "U.S.") and not any("“U.S.”" in k["text"] for k in s.data["key_findings"]),
     "nyt: Wagner was 'an ambassador to Luxembourg in the Bush administration', a U.S. ambassador"),
    ("Key finding 4: only fox quotes Fox News",
     lambda s: not any("quotes Fox News" in k["text"] for k in s.data["key_findings"]),
     # Fixed (voices, session 4: quotes.py); was: fox's quoted 'conference call' is the subject line of Steele's e-mail; Fox News is the outlet itself
     None),
    ("Only here (nyt): Mike Duncan, Maryland, Missouri, Luxembourg, January 2009, Sunday",
     lambda s: _only(s, "nyt", "Mike Duncan", "Maryland", "Missouri", "Luxembourg", "January 2009", "Sunday"), None),
    ("Only here (nyt): Steele's “Thank you and I look forward ...”, “former lieutenant governor”, “deserves credit”",
     lambda s: _only(s, "nyt", "Thank you and I look forward to talking to you Monday evening",
                     "former lieutenant governor", "deserves credit", "168-member committee"), None),
    # (session 4: "168-member" was an entity without a capital; the phrase is listed as wording)
    ("Only here (nyt): “Please” (an entity)",
     lambda s: _not_only(s, "nyt", "Please"),
     # Fixed (issue #13, session 5: a letter's greeting and politeness words are no names): "a word of Steele's e-mail, no name; fox reports the same request: 'he asked members to join him'"
     None),
    ("Only here (nyt): “Dear Members” (an entity)",
     lambda s: _not_only(s, "nyt", "Dear Members"),
     # Fixed (issue #13, session 5: a letter's greeting and politeness words are no names): "the e-mail's greeting, no name; fox: 'Steele sent an e-mail to committee members ... he asked members'"
     None),
    ("Only here (nyt): “January” (the committee elects a chairman in January)",
     lambda s: _not_only(s, "nyt", "January"),
     # Fixed (issue #13, session 5: a weekday, "next month" or "last month" is the date it counts to from publication): "fox: 'The fierce competition will end next month with the selection of a chairman' (fox writes in December)"
     None),
    ("Only here (nyt): “fund-raising practices”",
     lambda s: _not_only(s, "nyt", "fund-raising practices"),
     # Fixed (issue #13, session 4: a phrase is wording only this outlet uses, never only here): "fox: critics 'said he hasn't raised enough money'"
     None),
    ("Only here (nyt): “frayed coalition”",
     lambda s: _not_only(s, "nyt", "frayed coalition"),
     # Fixed (issue #13, session 4: a phrase is wording only this outlet uses, never only here): "fox: Steele 'is struggling to find enough support for a second term'"
     None),
    ("Only here (fox): “find enough support”",
     lambda s: _not_only(s, "fox", "find enough support"),
     # Fixed (issue #13, session 4: a phrase is wording only this outlet uses, never only here): "nyt: 'Mr. Steele has lost the backing of many top supporters'"
     None),
    ("Only here (nyt): “historic victories”",
     lambda s: _not_only(s, "nyt", "historic victories"),
     # Fixed (issue #13, session 4: a phrase is wording only this outlet uses, never only here): "fox reports the victories: 'Republicans picked up 63 seats in the House ... and picked up 19 state legislative bodies'"
     None),
    ("Only here (nyt) “midterm elections” and only here (fox) “midtem election”",
     lambda s: _not_only(s, "nyt", "midterm elections") and _not_only(s, "fox", "midtem election"),
     # Fixed (issue #13, session 4: a phrase is wording only this outlet uses, never only here): "the same election; fox misspells it 'midtem'"
     None),
    ("Only here (nyt) “coordinated effort” and only here (hpo) “significant bloc”",
     lambda s: _not_only(s, "nyt", "coordinated effort") and _not_only(s, "hpo", "significant bloc"),
     # Fixed (issue #13, session 4: a phrase is wording only this outlet uses, never only here): "the same fact: nyt 'A coordinated effort to replace Mr. Steele', hpo 'a significant bloc of GOPers ... intent on seeing his departure'"
     None),
    ("Only here (nyt): “party leaders” (conclude Steele will not seek reelection)",
     lambda s: _not_only(s, "nyt", "party leaders"),
     # Fixed (issue #13, session 4: a phrase is wording only this outlet uses, never only here): "fox: 'RNC insiders tell Fox News they expect Steele to announce he is not running'; hpo: 'many predict that Steele will call it quits'"
     None),
    ("Only here (fox): “state legislative bodies”, “subject line”",
     lambda s: _only(s, "fox", "state legislative bodies", "subject line"), None),
    ("Only here (fox): “November” (the November midterm election)",
     lambda s: _not_only(s, "fox", "November"),
     # Fixed (issue #13, session 5: a weekday, "next month" or "last month" is the date it counts to from publication): "nyt (written 12 December): 'winning control of the House of Representatives last month'"
     None),
    ("Only here (fox) “potential challenges” and only here (hpo) “growing list”",
     lambda s: _not_only(s, "fox", "potential challenges") and _not_only(s, "hpo", "growing list"),
     # Fixed (issue #13, session 4: a phrase is wording only this outlet uses, never only here): "all three list the same challengers (nyt: 'The contenders for the position include')"
     None),
    ("Only here (hpo): Hotline On Call, Washington Post, BOND Action, Ed Gillespie, Norm Coleman",
     lambda s: _only(s, "hpo", "Hotline On Call", "Washington Post", "BOND Action", "Ed Gillespie", "Norm Coleman"), None),
    ("Only here (hpo): Politico's “has built no known reelection team ...”, “black conservative group”, “direct contact”",
     lambda s: _only(s, "hpo", "has built no known reelection team or structure, making the prospect of a campaign "
                               "unlikely in the face of competition that grows fiercer by the day",
                     "black conservative group", "direct contact"), None),
    ("Only here (hpo): “GOPers” (an entity)",
     lambda s: _not_only(s, "hpo", "GOPers"),
     # Fixed (issue #13, session 5: members named by a body's initials are the body): "GOPers are Republicans (GOP), whom every article names; the cast splits them from the Republican Party"
     None),
    ("Only here (hpo): “gaffe-prone tenure”",
     lambda s: _not_only(s, "hpo", "gaffe-prone tenure"),
     # Fixed (issue #13, session 4: a phrase is wording only this outlet uses, never only here): "fox: 'Critics have described the chairman as gaffe-prone'"
     None),
    ("Only here (hpo): the quote “even his top advisors ... don't know which direction he will take”",
     lambda s: not any(t.startswith("even his top advisors") for t in s.only_here("hpo")),
     "nyt: 'his plans were unknown even to several of his own advisers'"),
    ("Only here (hpo): the quote “closely guarded secret”",
     lambda s: _not_only(s, "hpo", "closely guarded secret"),
     "nyt: 'Mr. Steele has kept close counsel about his future'"),
    ("Only here (hpo): “forthcoming decision difficult” (to ascertain)",
     lambda s: _not_only(s, "hpo", "forthcoming decision difficult"),
     # Fixed (issue #13, session 4: a phrase is wording only this outlet uses, never only here): "nyt: 'his plans were unknown even to several of his own advisers'; fox: 'Steele has been unpredictable'"
     None),
    ("Only here (hpo): “multiple sources” (tell Fox News)",
     lambda s: _not_only(s, "hpo", "multiple sources"),
     # Fixed (issue #13, session 4: a phrase is wording only this outlet uses, never only here): "fox: 'A handful of well-placed and influential RNC insiders tell Fox News'"
     None),
    ("Only here (hpo): “term atop” (an insider says Steele will seek another term)",
     lambda s: _not_only(s, "hpo", "term atop"),
     # Fixed (issue #13, session 4: a phrase is wording only this outlet uses, never only here): "fox: 'some close to the GOP chairman say he wants to run for another term'"
     None),
    ("Check by hand (nyt): “weekend e-mail message” maybe said in other words",
     lambda s: "weekend e-mail message" in _to_check(s, "nyt"), None),
    # --- Left out, conflicts, shared text ---------------------------------------------------------
    ("Left out: nyt Fox News; fox Dick Cheney and Bush; hpo House of Representatives, Steele's e-mail, 2012",
     lambda s: _left_out(s, "nyt", "Fox News") and _left_out(s, "fox", "Dick Cheney") and _left_out(s, "fox", "Bush")
     and _left_out(s, "hpo", "House of Representatives") and _left_out(s, "hpo", "Dear Members, Please join me")
     and _left_out(s, "hpo", "2012"), None),
    ("No two articles give different values for the same thing",
     lambda s: not s.data["comparison"]["conflicts"] and not s.data["comparison"]["conflicts_to_check"], None),
    # Since session 6 a quotation of four or more words printed by two articles is a "same quote"
    # pair (Steele's "for a private conference call", in nyt's e-mail and fox's note): no copied text.
    ("No sentence is copied near-verbatim between articles",
     lambda s: not [p for p in s.data["comparison"]["shared_text"] if p["label"] != "same quote"], None),
    # --- Quotes and voices ------------------------------------------------------------------------
    ("Who is quoted: nyt quotes Steele's e-mail twice; fox's “for a private conference call” is Steele's",
     lambda s: _said_by(s, "nyt", "Dear Members", "Michael Steele") and _said_by(s, "nyt", "Thank you", "Michael Steele")
     and _said_by(s, "fox", "for a private conference call", "Michael Steele"), None),
    ("Who is quoted: hpo quotes Politico and Hotline On Call",
     lambda s: _said_by(s, "hpo", "has built no known", "Politico") and _said_by(s, "hpo", "closely guarded", "Hotline On Call")
     and _said_by(s, "hpo", "even his top advisors", "Hotline On Call"), None),
    ("Who is quoted: fox quotes Fox News (“conference call.”)",
     lambda s: "Fox News" not in _speakers(s, "fox"),
     # Fixed (voices, session 4: quotes.py); was: 'the subject line, "conference call."' is Steele's e-mail; Fox News is the outlet reporting it
     None),
    ("Voices only one outlet gave: Fox News, quoted only by fox",
     lambda s: s.voice("Fox News") is None,
     # Fixed (voices, session 4: quotes.py); was: Fox News is the outlet itself, not a voice it gives; the quoted subject line is Steele's
     None),
    ("Voices only one outlet gave: Hotline On Call, quoted only by hpo",
     lambda s: (s.voice("Hotline On Call") or {}).get("sources") == [s.source("hpo")], None),
    ("Voices only one outlet gave / Who is quoted table: no Politico",
     lambda s: s.voice("Politico") is not None,
     None),  # fixed (session 5, voice: details: 'Politico reported' opening a sentence is a publication's name)
    ("The same words, attributed differently: none",
     lambda s: "No quote appears in two outlets with different speakers" in _same_words_pairs(s), None),
    # --- Who is who --------------------------------------------------------------------------------
    ("Who is who: Michael Steele (Mr. Steele, Chairman Steele ...) and Reince Preibus = fox's Reince Priebus",
     lambda s: {"Mr. Steele", "Chairman Steele", "Michael Steele"} <= s.mentions("Michael Steele")
     and {"Reince Preibus", "Chairman Reince Priebus"} <= s.mentions("Reince Preibus"), None),
    ("Who is who: nyt does not name Fox News; fox does not name Dick Cheney or Bush; people are persons",
     lambda s: not _named_by(s, "Fox News", "nyt") and not _named_by(s, "Dick Cheney", "fox") and not _named_by(s, "Bush", "fox")
     and all(_kind(s, n) == "person" for n in ("Michael Steele", "Ann Wagner", "Maria Cino", "Saul Anuzis", "Dick Cheney")),
     None),
    ("Who is who: Gentry Collins is “other”",
     lambda s: _kind(s, "Gentry Collins") == "person",
     None),  # Fixed (kinds, session 4): fox 'Political Director Gentry Collins'; nyt 'Gentry Collins, who resigned': a role noun, 'who'
    ("Who is who: Bush is “other”",
     lambda s: _kind(s, "Bush") == "person",
     None),  # Fixed (kinds, session 4): nyt 'in the Bush administration': a name before 'administration' is a president's
    ("Who is who: House of Representatives is “other”",
     lambda s: _kind(s, "House of Representatives") == "organisation",
     None),  # Fixed (kinds, session 4): a chamber of a legislature is a body
    # --- How each outlet describes them ------------------------------------------------------------
    ("Describes Steele: nyt “a former lieutenant governor of Maryland” (only this outlet), hpo “RNC Chairman”",
     lambda s: "a former lieutenant governor of Maryland" in _describing(s, "Michael Steele", "nyt")
     and "RNC Chairman" in _describing(s, "Michael Steele", "hpo"), None),
    ("Describes Steele: fox “Republican National Committee Chairman”, the same title as hpo’s “RNC Chairman” (fixed, issue #16)",
     lambda s: "(only this outlet)" not in _describing(s, "Michael Steele", "fox"),
     None),
    ("Describes the Republican Party: no “veteran” (it describes Maria Cino, the operative) (fixed, issue #16)",
     lambda s: "veteran" not in _describing(s, "Republican Party", "nyt"),
     None),
    ("Describes the Republican Party: fox and hpo name it without describing it",
     lambda s: _describing(s, "Republican Party", "fox") in ("—", "") and _describing(s, "Republican Party", "hpo") in ("—", ""),
     None),  # "" when no outlet describes the party and the table leaves it out
    ("Describes Reince Preibus: fox “Wisconsin Republican Party Chairman”, hpo “Wisconsin GOP Chairman”, nyt “chairman of the Wisconsin Republican Party”: one title (fixed, issue #16)",
     lambda s: "(only this outlet)" not in _describing(s, "Reince Preibus", "fox") + _describing(s, "Reince Preibus", "hpo"),
     None),
    ("Describes Ann Wagner: hpo “former U.S. ambassador”, not only this outlet (nyt: an ambassador ...) (fixed, issue #16)",
     lambda s: "(only this outlet)" not in _describing(s, "Ann Wagner", "hpo"),
     None),
    ("Describes Maria Cino: fox “longtime Republican official” (only this outlet)",
     lambda s: "longtime Republican official" in _describing(s, "Maria Cino", "fox"), None),
    # A dash: "the outlet names them without describing them".
    # Fixed (issue #16): these rows were a dash; the words in ``said`` are now shown.
    *[(f"Describes {name}: {outlet} describes them ({said})",
       lambda s, name=name, outlet=outlet: _describing(s, name, outlet) not in ("", "—"), None)
      for name, outlet, said in [
          ("Reince Preibus", "nyt", "nyt: 'Reince Preibus, chairman of the Wisconsin Republican Party'"),
          ("Ann Wagner", "nyt", "nyt: 'Ann Wagner of Missouri, an ambassador to Luxembourg in the Bush administration'"),
          ("Ann Wagner", "fox", "fox: 'former RNC Co-Chairwoman Ann Wagner'"),
          ("Maria Cino", "nyt", "nyt: 'Maria Cino, a veteran Republican operative who has the support of ... Dick Cheney'"),
          ("Maria Cino", "hpo", "hpo: 'Maria Cino, a former Bush official who recently received key backing from ...'"),
      ]],
    # --- Loaded words ---------------------------------------------------------------------------------
    ("Loaded words: nyt's own “onslaught” (of criticism); fox none",
     lambda s: _loaded(s, "nyt") == ["onslaught"] and _loaded(s, "fox") == [], None),
    ("Loaded words: hpo none in its own words",
     lambda s: any("gaffe-prone" in w for w in _loaded(s, "hpo")),
     # Fixed (session 4, words: lexicons/loaded.txt: 'gaffe-prone' is a judgement)
     None),
    # --- Hedging and the worksheet ----------------------------------------------------------------
    ("Sourcing hedge: hpo “GOP operatives believe” (named source: GOP)",
     lambda s: _hedge(s, "hpo", "other GOP operatives believe")["source_type"] != "named", None),
    ("Epistemic hedge: hpo's own “doubtful” (the writer is not sure)",
     lambda s: _hedge(s, "hpo", "doubtful")["reported"], None),
    ("Booster: hpo's own “indeed” (presents a claim as certain)",
     lambda s: _hedge(s, "hpo", "indeed")["reported"], None),
    ("Epistemic hedge: hpo “is expected by some to” (a by-phrase must not hide it)",
     lambda s: _hedge(s, "hpo", "is expected by some to")["cue_kind"] == "epistemic", None),
    ("Sourcing hedge: hpo “multiple sources tell Fox News that they believe” (not a named source: Fox News)",
     lambda s: _hedge(s, "hpo", "sources tell")["source_type"] == "anonymous"
     and not any(h["source"] == "Fox News" for a in s.data["articles"] for h in a["hedges"]), None),
    ("report.md shows hpo's “Politico also reports ... could” as reported, as report.json does",
     lambda s: _hedge(s, "hpo", "could")["reported"]
     and any("Coleman **could**" in line and "reported from someone else" in line for line in s.markdown.splitlines()),
     None),
    ("Hedges: nyt and fox “is expected to”, nyt booster “historic”, hpo headline “Could”",
     lambda s: not any(_hedge(s, o, "is expected to")["reported"] for o in ("nyt", "fox"))
     and _hedge(s, "nyt", "historic")["cue_kind"] == "booster" and _hedge(s, "hpo", "Could")["cue_kind"] == "epistemic", None),
    ("Sourcing hedges: nyt “Republican officials said” vague; fox “RNC insiders” anonymous; hpo “many predict” vague",
     lambda s: _hedge(s, "nyt", "Republican officials said")["source_type"] == "vague"
     and _hedge(s, "hpo", "many predict")["source_type"] == "vague"
     and "anonymous source: RNC insiders" in s.markdown, None),
    ("Worksheet 1-5: all mention Collins, Preibus, Wagner; only nyt “six top”; only fox “63 seats”; only hpo Hotline On Call; fox no Dick Cheney",
     lambda s: "Every article mentions “Gentry Collins”, “Reince Preibus” and “Ann Wagner”" in s.answers
     and "nyt is the only article that mentions “six top”" in s.answers
     and "fox is the only article that mentions “63 seats”" in s.answers
     and "hpo is the only article that mentions “Hotline On Call”" in s.answers
     and "The name “Dick Cheney” does not appear in fox" in s.answers, None),
    ("Worksheet 6: hpo's sourcing hedge “GOP operatives believe” (source: GOP, named)",
     lambda s: "(source: GOP, named)" not in _answer(s, "Find a sourcing hedge in hpo"), None),
    ("Worksheet 7 and 8: nyt's “is expected to” (not certain) and booster “historic”",
     lambda s: "“is expected to”" in _answer(s, "shows the writer is not certain")
     and "“historic”" in _answer(s, "Find a booster in nyt"), None),
    # --- Tone labels -----------------------------------------------------------------------------------
    ("Tone: every “most positive” / “most negative” label sits on the highest / lowest value shown",
     lambda s: all(_extremes_consistent(_labelled_extremes(s, o, h)) and _labelled_extremes(s, o, h)
                   for o in ("nyt", "fox", "hpo") for h in ("Average tone", "Average tone (VADER)")), None),
    ("Which differences stand out: every verdict follows the value and the range beside it",
     _verdicts_follow_values, None),
]


@pytest.mark.parametrize("claim, check", [
    pytest.param(claim, check, id=f"rnc: {claim}",
                 marks=[pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"{FALSE}: {why}")] if why else [])
    for claim, check, why in CASES
])
def test_teacher_read_rnc(claim: str, check: Callable[[Story], bool], tmp_path_factory: pytest.TempPathFactory):
    """Each claim the report makes about the RNC-chair story, checked against the true behaviour."""
    assert check(story("rnc", tmp_path_factory.mktemp("teacher"))), claim
