"""The worksheet, read by hand on six more BASIL dev stories (session 5, issue #13).

Every question and answer of ``worksheet_answers.md`` was checked against the three articles
(nyt, fox, hpo) as a media-literacy teacher would before a class: is what the answer says true
of the texts, and would a student who repeats it be right? Five stories no one had read before,
and the jobs bill story, whose worksheet the pinned "15 bills" claim came from. Before the
changes of this session: 44 of 56 questions true; after: 51 of 52 (docs/CLAIMS.md, "The
worksheet, session 5").

The style is tests/test_teacher_read.py's: each case is one claim as the worksheet worded it,
with a check of the true behaviour. A case with a reason is a false claim today, a strict xfail
that turns into XPASS once fixed (then drop the reason); a case without one must stay true.
Claims fixed this session keep their case, with the old false claim in a comment.
"""

from __future__ import annotations

from typing import Callable

import pytest
from test_teacher_read import EVENTS, FALSE, Story, _answer, story

EVENTS["georgetown"] = "29ffd053-7684-469b-a600-97000579bd01"  # Georgetown faculty challenge Paul Ryan's budget, 2012
EVENTS["medicare"] = "2ec04201-2016-4227-baf7-ba8289058203"    # Obama and Ryan fight over Medicare savings, 2012
EVENTS["marriage"] = "8dc7ccfe-5cf0-482f-9101-a7c69881da4d"    # Romney reaffirms his opposition to gay marriage, 2012
EVENTS["naacp"] = "97b1305c-13ca-4b74-a56a-f459bd79dfaf"       # The NAACP resolution on racism in the Tea Party, 2010
EVENTS["netanyahu"] = "b4dbeda7-a1f3-4711-ae77-db23809d1ed2"   # Netanyahu in a conservative group's ad, 2012

pytestmark = pytest.mark.slow

ALL = "All 3 articles mention"


def _only(s: Story, outlet: str, detail: str) -> bool:
    return f"{outlet} is the only article that mentions “{detail}”" in s.answers


# (story, claim as the worksheet words it, check of the true behaviour, why / None when the claim is true)
CASES: list[tuple[str, str, Callable[[Story], bool], str | None]] = [
    # --- Georgetown faculty and Paul Ryan -----------------------------------------------------------
    ("georgetown", "Worksheet 1: every article mentions “Republican Party”",
     lambda s: "Republican Party" not in _answer(s, ALL),
     # Fixed (sheet, session 5: every article's own sentence must show the words): hpo writes only
     # 'Representative Paul Ryan (R-Wisc.)', no Republican Party
     None),
    ("georgetown", "Worksheet 1: every article mentions “U.S. Conference of Catholic Bishops” (nyt: 'United States Conference ...')",
     lambda s: "“U.S. Conference of Catholic Bishops”" in _answer(s, ALL), None),
    ("georgetown", "Worksheet: only fox mentions “Fox News”; only nyt “Sept. 11, 2001”",
     lambda s: _only(s, "fox", "Fox News") and _only(s, "nyt", "Sept. 11, 2001"), None),
    ("georgetown", "Worksheet: only hpo mentions “School of Nursing & Health Studies” (was one detail with the School of Foreign Service)",
     lambda s: _only(s, "hpo", "School of Nursing & Health Studies"), None),
    ("georgetown", "Worksheet: fox “a Catholic and chairman of the House Budget Committee”; nyt “a rising star among conservatives”",
     lambda s: "“a rising star among conservatives”" in _answer(s, "How does each article introduce Paul D. Ryan"), None),
    ("georgetown", "Worksheet: hpo's sourcing hedge “The scholars say” (vague)",
     lambda s: "“The scholars say” (source: The scholars, vague)" in _answer(s, "Find a sourcing hedge in hpo"), None),
    # --- Medicare savings ----------------------------------------------------------------------------
    ("medicare", "Worksheet 1: every article mentions “Romney”", lambda s: "“Romney”" in _answer(s, ALL), None),
    ("medicare", "Worksheet: only nyt “50 million beneficiaries”, only hpo “$600”, only fox “Atlas Shrugged”",
     lambda s: _only(s, "nyt", "50 million beneficiaries") and _only(s, "hpo", "$600")
     and _only(s, "fox", "Atlas Shrugged"), None),
    ("medicare", "Worksheet: hpo does not mention “$716 billion” in any form",
     lambda s: "“$716 billion” does not appear" not in s.answers and "in any form" not in s.answers,
     # Fixed (sheet, session 5: a close value, same unit, may be the same figure rounded): hpo writes
     # 'Obama took more than $700 billion out of Medicare'
     None),
    ("medicare", "Worksheet: fox does not mention “$700 billion” in any form",
     lambda s: "“$700 billion” does not appear in fox" not in s.answers,
     # Fixed (sheet, session 5): fox gives the same cut exactly, 'Obama has cut $716 billion from Medicare'
     None),
    ("medicare", "Worksheet: the name “Lis Smith” does not appear in hpo; nyt and fox use it",
     lambda s: "The name “Lis Smith” does not appear in hpo" in s.answers, None),
    # (session 6, speakers2: hpo's 'Obama's current campaign press secretary, Ben LaBolt, said' is LaBolt now,
    # so hpo has the most lone voices and question 6 asks about hpo; LaBolt's line read true. The same
    # answer's John McCain is the Obama campaign's 2008 ad, an earlier error, not pinned here.)
    ("medicare", "Worksheet: only hpo quotes Ben LaBolt",
     lambda s: "Only hpo quotes Ben LaBolt" in s.answers, None),
    ("medicare", "Worksheet: nyt “according to the Congressional Budget Office” (named), “Democrats said” (vague)",
     lambda s: "“Democrats said” (source: Democrats, vague)" in _answer(s, "Find a sourcing hedge in nyt"), None),
    ("medicare", "Worksheet: hpo's writer is not certain: “may”, “were expected to”, “could”",
     lambda s: "“were expected to”" in _answer(s, "shows the writer is not certain"), None),
    ("medicare", "Worksheet: nyt's own loaded words “devastating” and “threatened” (a verb of saying)",
     lambda s: "“devastating”" not in s.answers and "“threatened”" not in s.answers,
     # Fixed (sheet, session 5: a word in a reported clause is the speaker's): 'Mitt Romney and Mr. Ryan
     # have said those cuts would be devastating'; 'threatened to become the focus' reports no speech
     None),
    # --- Romney and gay marriage ---------------------------------------------------------------------
    ("marriage", "Worksheet: only nyt “Nine states”, only fox “Ben Labolt”, only hpo “Rick Santorum”",
     lambda s: _only(s, "nyt", "Nine states") and _only(s, "fox", "Ben Labolt") and _only(s, "hpo", "Rick Santorum"),
     None),
    ("marriage", "Worksheet: only nyt quotes Evan Wolfson and Maggie Gallagher",
     lambda s: "Only nyt quotes Evan Wolfson and Maggie Gallagher" in s.answers, None),
    ("marriage", "Worksheet: Romney is nyt's “who supports a constitutional amendment ...”, fox's “GOP rival”, hpo's “Republican presidential candidate”",
     lambda s: "fox: “GOP rival”" in _answer(s, "How does each article introduce Mitt Romney"), None),
    ("marriage", "Worksheet: nyt's sourcing hedge “aides say”; fox's booster “groundbreaking”",
     lambda s: "“aides say”" in _answer(s, "Find a sourcing hedge in nyt")
     and "“groundbreaking”" in _answer(s, "Find a booster in fox"), None),
    # --- The NAACP and the Tea Party -----------------------------------------------------------------
    ("naacp", "Worksheet 1: every article mentions “Benjamin Todd Jealous” (hpo: 'Ben Jealous') and “Kansas City”",
     lambda s: "“Benjamin Todd Jealous” and “Kansas City”" in _answer(s, ALL), None),
    ("naacp", "Worksheet: only nyt mentions “St. Louis Tea Party Coalition”",
     lambda s: "“St. Louis Tea Party Coalition”" not in s.answers,
     # Fixed (sheet, session 5: a name whose leading words another outlet writes may be the same, named
     # shorter): fox 'The nearby St. Louis Tea Party ... has drafted a resolution of its own', hpo 'A group
     # called the St. Louis Tea Party issued its own resolution'
     None),
    ("naacp", "Worksheet: only fox “Kansas City Star” and “Bill Hennessy”, only hpo “Chris Fleming”",
     lambda s: _only(s, "fox", "Kansas City Star") and _only(s, "fox", "Bill Hennessy") and _only(s, "hpo", "Chris Fleming"),
     None),
    ("naacp", "Worksheet: the names “Hilary Shelton” (nyt) and “Sarah Palin” (fox) do not appear",
     lambda s: "The name “Hilary Shelton” does not appear in nyt" in s.answers
     and "The name “Sarah Palin” does not appear in fox" in s.answers, None),
    ("naacp", "Worksheet: only hpo quotes Alex Poulter and Anita L. Russell",
     lambda s: "Only hpo quotes Alex Poulter and Anita L. Russell" in s.answers, None),
    ("naacp", "Worksheet: fox's sourcing hedge “Tea Party members have challenged claims”",
     lambda s: "have challenged claims" not in s.answers,
     # Fixed (sheet, session 5: only helpers between a source and its verb): 'claims' is a noun after the
     # members' own verb; the claim is not theirs
     None),
    ("naacp", "Worksheet: fox's own loaded words “ploy” and “racially” (adverb of how someone spoke)",
     lambda s: "“ploy”" not in s.answers,
     # Fixed (sheet, session 5: a reported clause): 'despite claims from Tea Partiers that the measure is
     # just a political ploy' is the Tea Partiers' word
     None),
    # --- Netanyahu in an ad --------------------------------------------------------------------------
    ("netanyahu", "Worksheet 1: every article mentions “Fort Myers” (hpo: 'Ft. Myers'), “Secure America Now”, “West Palm Beach”",
     lambda s: "“Fort Myers”, “Secure America Now” and “West Palm Beach”" in _answer(s, ALL), None),
    ("netanyahu", "Worksheet: only fox “29 electoral votes”, only nyt “Jimmy Carter”",
     lambda s: _only(s, "fox", "29 electoral votes") and _only(s, "nyt", "Jimmy Carter"), None),
    ("netanyahu", "Worksheet: the name “John McLaughlin” does not appear in fox",
     lambda s: "The name “John McLaughlin” does not appear in fox" in s.answers, None),
    ("netanyahu", "Worksheet: only hpo quotes Mitt Romney ('thrown Israel under a bus')",
     lambda s: "Only hpo quotes Mitt Romney" in s.answers, None),
    ("netanyahu", "Worksheet: hpo's sourcing hedge “He also rejected reports” (source: He, named)",
     lambda s: "He also rejected reports" not in s.answers and "“Politico reports”" in s.answers,
     # Fixed (sheet, session 5: only helpers between a source and its verb): Netanyahu rejected the
     # reports; he passed no claim on
     None),
    ("netanyahu", "Worksheet: fox's writer is not certain: “could”, “is considered”",
     lambda s: "“is considered”" in _answer(s, "shows the writer is not certain"), None),
    ("netanyahu", "Worksheet: nyt's booster “dramatic” ('For dramatic effect, a soundtrack ...')",
     lambda s: "“dramatic”" not in _answer(s, "Find a booster in nyt"),
     "'For dramatic effect' says what the soundtrack is for; it makes no claim sound bigger or more certain"),
    ("netanyahu", "Worksheet: hpo's own loaded words “claiming”, “accusing”, “implicitly”",
     lambda s: "“claiming” (loaded verb of saying)" in _answer(s, "Find the loaded words in hpo"), None),
    # --- The jobs bill (Obama taunts the GOP) --------------------------------------------------------
    # Session 8 (labels4): the report is named by fox's headline, which holds "In God We Trust", so the
    # worksheet no longer asks about it (a detail of the title is not asked).
    ("jobs_bill", "Worksheet 1: every article mentions “Key Bridge” and “John Boehner”",
     lambda s: "“Key Bridge” and “John Boehner”" in _answer(s, ALL), None),
    ("jobs_bill", "Worksheet: only fox mentions “15 bills”; only nyt “16 House-passed measures”",
     lambda s: "“15 bills”" not in s.answers and "“16 House-passed measures”" not in s.answers,
     # Fixed (sheet, session 5: a value in a pair listed to check by hand is contested): fox 'brought up 15
     # bills', nyt 'some 16 House-passed measures' are the same bills
     None),
    ("jobs_bill", "Worksheet: only fox mentions “Bobby Scott”; only hpo “Congressional Prayer Caucus”",
     lambda s: _only(s, "fox", "Bobby Scott") and _only(s, "hpo", "Congressional Prayer Caucus"), None),
    ("jobs_bill", "Worksheet: the figure “$447 billion” does not appear in hpo; the name “Randy Forbes” not in nyt",
     lambda s: "The figure “$447 billion” does not appear in hpo" in s.answers
     and "The name “Randy Forbes” does not appear in nyt" in s.answers, None),
    ("jobs_bill", "Worksheet: only fox quotes Bobby Scott and Jay Carney",
     lambda s: "Only fox quotes Bobby Scott and Jay Carney" in s.answers, None),
    ("jobs_bill", "Worksheet: nyt's writer is not certain: “is not expected to”",
     lambda s: "“is not expected to”" in _answer(s, "shows the writer is not certain"), None),
    ("jobs_bill", "Worksheet: hpo's loaded word “alleged” is a verb of saying ('his alleged failure')",
     lambda s: "“alleged”" not in _answer(s, "Find the loaded words in hpo")
     and "“supposedly” (judgement word)" in _answer(s, "Find the loaded words in hpo"),
     # Fixed (sheet, session 5: after a determiner a word of saying is no verb); hpo's 'Mocks', 'mocking',
     # 'supposedly', 'less-important' stay
     None),
    # --- Trump drops the Newsmax debate (pinned in tests/test_teacher_read.py at the comparison) -----
    ("trump_debate", "Worksheet: only NYT mentions “two candidates”",
     lambda s: "“two candidates”" not in s.answers,
     # Fixed (sheet, session 5: a count of a few another outlet tells by naming them): FOX 'Newt Gingrich
     # and ... Rick Santorum agreed to attend'; HPO 'only Newt Gingrich and Rick Santorum pledging to appear'
     None),
]


@pytest.mark.parametrize("name, claim, check", [
    pytest.param(name, claim, check, id=f"{name}: {claim}",
                 marks=[pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"{FALSE}: {why}")] if why else [])
    for name, claim, check, why in CASES
])
def test_teacher_read_sheets(name: str, claim: str, check: Callable[[Story], bool],
                             tmp_path_factory: pytest.TempPathFactory):
    """One worksheet claim, checked against what the three articles say."""
    assert check(story(name, tmp_path_factory.mktemp("teacher"))), claim
