"""Acceptance read of one more BASIL dev story: Chick-fil-A Appreciation Day and Bachmann's visit (2012).

The three articles (hpo, nyt, fox; 1 August 2012) were read in full, as a media-literacy teacher
would before a class, and every claim of report.md, report.json and the worksheet was checked
against them (tally and causes: the reader's report to the lead). The style is
tests/test_teacher_read.py's: each case is one claim, with a check of the true behaviour. The
cases with a reason are false claims today, strict xfails that turn into XPASS once fixed (then
drop the reason); the cases without one are true claims that must stay true.

hpo (139 words) tells of Michele Bachmann tweeting a photo of her visit, Dan Cathy's "guilty as
charged", the conservatives who visited, Nancy Pelosi's tweet and The Abbey's "Chick-for-Gay"
sandwich. nyt (458 words) tells of the crowds Mike Huckabee called out, 650,000 sign-ups, an
unnamed Facebook user's status update, GLAAD's $6.50 appeal and the "National Same-Sex Kiss Day".
fox (637 words) quotes customers (Chauncy Fields, Chris Johnson, Stephen Lenahan), Rev. William
Owens and Demetrios Minor, the mayor of Washington's "hate chicken", and Friday's "kiss-in".
"""

from __future__ import annotations

from typing import Callable

import pytest
from test_teacher_read import (EVENTS, FALSE, Story, _answer, _describing, _extremes_consistent, _kind,
                               _labelled_extremes, _left_out, _loaded, _named_by, _said_by, _speakers,
                               _to_check, _verdicts_follow_values, story)

EVENTS["chickfila"] = "450755dd-30d3-478b-933e-917be5c384ba"  # Chick-fil-A Appreciation Day, Bachmann's visit, 2012

pytestmark = pytest.mark.slow


def _key_finding(s: Story, start: str) -> str:
    """The text of the key finding starting with ``start`` ("" if none)."""
    return next((k["text"] for k in s.data["key_findings"] if k["text"].startswith(start)), "")


def _label_only_here(s: Story, name: str, outlet: str, text: str) -> bool | None:
    """Whether the describing words ``text`` ``outlet`` uses for ``name`` are marked "only this outlet"."""
    person = next(p for p in s.data["story"]["labels"].values() if p["name"] == name)
    labels = person["by_source"].get(s.source(outlet), {}).get("labels", [])
    return next((label["only_here"] for label in labels if label["text"] == text), None)


def _hedge_cues(s: Story, outlet: str) -> list[str]:
    """The hedge cue texts found in ``outlet``'s article."""
    return [h["text"] for h in next(a["hedges"] for a in s.data["articles"] if a["source"] == s.source(outlet))]


# (claim as the report words it, check of the true behaviour, why / None when the claim is true)
CASES: list[tuple[str, Callable[[Story], bool], str | None]] = [
    # --- Key findings -------------------------------------------------------------------------
    ("Key finding: only hpo reports “West Hollywood”",
     lambda s: "West Hollywood" in s.only_here("hpo") and "West Hollywood" in _key_finding(s, "Only hpo reports"), None),
    ("Key finding: only nyt reports “650,000 people” and “$6.50”",
     lambda s: {"650,000 people", "$6.50"} <= set(s.only_here("nyt")), None),
    ("Key finding: only fox reports “three members” and “Chauncy Fields”",
     lambda s: {"three members", "Chauncy Fields"} <= set(s.only_here("fox")), None),
    ("Key finding: only hpo quotes Michele Bachmann and Nancy Pelosi",
     lambda s: "Nancy Pelosi" not in _key_finding(s, "Only hpo quotes") and s.voice("Nancy Pelosi") is None,
     None),
    ("Key finding: only nyt quotes Facebook",
     lambda s: not _key_finding(s, "Only nyt quotes Facebook") and s.voice("Facebook") is None,
     None),
    # --- Only here ----------------------------------------------------------------------------
    ("Only here (hpo): “Lindsay Graham”, “Nancy Pelosi”, “Abbey”, “guilty as charged”, “Have you gone today?”",
     lambda s: {"Lindsay Graham", "Nancy Pelosi", "Abbey", "guilty as charged", "Have you gone today?"} <= set(s.only_here("hpo")),
     None),
    ("Only here (nyt): “Kim Severson”, “Robbie Brown”, “Facebook”, “the 1940s”",
     lambda s: {"Kim Severson", "Robbie Brown", "Facebook", "the 1940s"} <= set(s.only_here("nyt")), None),
    ("Only here (fox): “WinShape”, “Project 21”, “Obama”, “hate chicken”",
     lambda s: {"WinShape", "Project 21", "Obama", "hate chicken"} <= set(s.only_here("fox")), None),
    ("Only here (nyt): “Twitter” (photos shared Wednesday on Twitter)",
     lambda s: "Twitter" not in s.only_here("nyt"),
     "hpo: Bachmann 'tweeted a photo of her visiting the restaurant' Wednesday, and Pelosi 'tweeted'"),
    ("Only here (nyt): “National Same-Sex Kiss Day” (planned for Friday)",
     lambda s: "National Same-Sex Kiss Day" not in s.only_here("nyt"),
     "fox tells the same Friday event: 'On Friday ... They plan a “kiss-in” at Chick-fil-A restaurants'"),
    ("Check by hand: “biblical definition” (hpo) and “biblical arguments” (nyt), both Cathy's biblical stance",
     lambda s: "biblical definition" in _to_check(s, "hpo") and "biblical arguments" in _to_check(s, "nyt"), None),
    # --- Wording only this outlet uses --------------------------------------------------------
    # Since issue #16 "drive-thru looped twice" (a subject with its verb) is no wording item.
    ("Wording only fox uses: “double standard”, “philanthropic wing”; not “drive-thru looped twice”",
     lambda s: {"double standard", "philanthropic wing"} <= set(s.wording("fox"))
     and "drive-thru looped twice" not in s.wording("fox"), None),
    ("Wording only nyt uses: “regular audio updates”, “status update”",
     lambda s: {"regular audio updates", "status update"} <= set(s.wording("nyt")), None),
    # --- Left out, conflicts, shared text -----------------------------------------------------
    ("fox does not mention “Sarah Palin” nor “Michele Bachmann”",
     lambda s: _left_out(s, "fox", "Sarah Palin") and _left_out(s, "fox", "Michele Bachmann"), None),
    ("hpo does not mention “Boston” nor “Chicago”",
     lambda s: _left_out(s, "hpo", "Boston") and _left_out(s, "hpo", "Chicago"), None),
    ("No conflicts and no shared text",
     lambda s: not s.data["comparison"]["conflicts"] and not s.data["comparison"]["conflicts_to_check"]
     and not s.data["comparison"]["shared_text"], None),
    # --- Quotes and voices --------------------------------------------------------------------
    ("hpo: “Have you gone today?” is Michele Bachmann's; “guilty as charged” is Dan Cathy's",
     lambda s: _said_by(s, "hpo", "Have you gone today?", "Michele Bachmann") and _said_by(s, "hpo", "guilty as charged", "Dan Cathy"),
     None),
    ("fox: Demetrios Minor's and Chauncy Fields's quotes are theirs",
     lambda s: _said_by(s, "fox", "I think liberals are missing", "Demetrios Minor")
     and _said_by(s, "fox", "I believe what the Bible says", "Chauncy Fields"), None),
    ("hpo: “Chick-fil-A Appreciation Day.” quoted from Michele Bachmann",
     lambda s: not _said_by(s, "hpo", "Chick-fil-A Appreciation Day", "Michele Bachmann"),
     None),
    ("nyt: “liked” quoted from “000 people”",
     lambda s: "000 people" not in _speakers(s, "nyt"),
     None),
    ("nyt: the status update quoted from “One Facebook”",
     lambda s: "One Facebook" not in _speakers(s, "nyt"),
     None),
    ("fox: “hate chicken.” quoted from “heaped scorn upon the company”",
     lambda s: "heaped scorn upon the company" not in _speakers(s, "fox"),
     None),
    ("fox: “Some people are saying ... It is a disgrace ...” quoted from Chris Johnson",
     lambda s: not _said_by(s, "fox", "Some people are saying", "Chris Johnson"),
     None),
    ("Voices only fox gave: Chris Johnson, Demetrios Minor, Stephen Lenahan",
     lambda s: all(s.voice(n) and len(s.voice(n)["sources"]) == 1 for n in ("Chris Johnson", "Demetrios Minor", "Stephen Lenahan")),
     None),
    ("Voices only hpo gave: Michele Bachmann (nyt only says she 'shared a photo')",
     lambda s: s.voice("Michele Bachmann") is not None and len(s.voice("Michele Bachmann")["sources"]) == 1, None),
    ("Voices: “Chauncy Fields (an organisation or place)”",
     lambda s: (s.voice("Chauncy Fields") or {}).get("kind") == "person",
     None),
    ("The same words, attributed differently: none",
     lambda s: "No quote appears in two outlets with different speakers." in s.markdown, None),
    # --- Who is who ---------------------------------------------------------------------------
    ("Who is who: Dan Cathy = “Dan T. Cathy” (nyt) = “CEO Dan Cathy” (fox)",
     lambda s: {"Dan T. Cathy", "CEO Dan Cathy", "Dan Cathy"} <= s.mentions("Dan Cathy"), None),
    ("Who is who: Michele Bachmann, fox does not name her; Arkansas a place",
     lambda s: not _named_by(s, "Michele Bachmann", "fox") and _kind(s, "Arkansas") == "place", None),
    ("Who is who: Atlanta is “other”",
     lambda s: _kind(s, "Atlanta") == "place",
     None),
    ("Who is who: Boston and Chicago are “other”",
     lambda s: _kind(s, "Boston") == "place" and _kind(s, "Chicago") == "place",
     None),
    ("Who is who: hpo does not name Atlanta",
     lambda s: _named_by(s, "Atlanta", "hpo"),
     None),
    ("Who is who / Tone toward the main actors: Chick-fil-A is not among the entities several articles name",
     lambda s: s.entity("Chick-fil-A") is not None,
     None),
    # --- How each outlet describes them -------------------------------------------------------
    ("Labels: fox calls Dan Cathy “CEO” (only this outlet); hpo Palin “former Alaska Gov.” (only this outlet)",
     lambda s: _label_only_here(s, "Dan Cathy", "fox", "CEO") is True
     and _label_only_here(s, "Sarah Palin", "hpo", "former Alaska Gov.") is True, None),
    ("Labels: Mike Huckabee, nyt “the former governor of Arkansas”",
     lambda s: _describing(s, "Mike Huckabee", "nyt") == "*the former governor of Arkansas* (description beside the name)", None),
    ("Labels: fox names Mike Huckabee without describing him (—)",
     lambda s: _describing(s, "Mike Huckabee", "fox") not in ("", "—"),
     # Fixed (session 5, cast: labels._walk_back: two descriptions joined by 'and' before the name); was false: fox: 'former Arkansas governor and Fox News contributor Mike Huckabee'
     None),
    ("Labels: nyt's “Republican of Minnesota” for Bachmann (only this outlet)",
     lambda s: _label_only_here(s, "Michele Bachmann", "nyt", "Republican of Minnesota") is False,
     # Fixed (session 5, cast: labels: the party-state tag '(R-Minn.)' is a label and the same as 'Republican of Minnesota'); was false: hpo: 'Rep. Michele Bachmann (R-Minn.)'
     None),
    # --- Event naming -------------------------------------------------------------------------
    ("Event naming: nyt's “event” (only this outlet) names the appreciation day",
     lambda s: "*event* **(only this outlet)**" in s.markdown, None),
    ("Worksheet 7: the reaction, hpo “controversy” and nyt “criticism” (fox none)",
     lambda s: _answer(s, "for the reaction") == "" or "fox:" in _answer(s, "for the reaction"),
     # Fixed (sheet, session 5): no event question unless every outlet has a word for it, so no answer
     # implies fox names no reaction; was: fox 'The backlash across the country ...', 'The Chick-fil-A firestorm'
     None),
    # --- Loaded words and hedges --------------------------------------------------------------
    ("Loaded: fox's own “similarly” (adverb of how someone spoke)",
     lambda s: "similarly" not in _loaded(s, "fox"),
     None),
    ("Hedges: fox's writer is not certain: “suggested” (the mayor of Washington)",
     lambda s: "suggested" not in _hedge_cues(s, "fox"),
     None),
    ("Hedges: fox's “I do believe” (in traditional values) and “we really believe” (as a nation)",
     lambda s: "I do believe" not in _hedge_cues(s, "fox") and "we really believe" not in _hedge_cues(s, "fox"),
     None),
    ("Hedges: nyt's sourcing “Many said”, “others said”, “Kim Severson and Robbie Brown report”",
     lambda s: {"Many said", "others said"} <= set(_hedge_cues(s, "nyt")), None),
    # --- Worksheet ----------------------------------------------------------------------------
    ("Worksheet 2-4: only hpo “Lindsay Graham”, only nyt “650,000 people”, only fox “three members”",
     lambda s: "hpo is the only article that mentions “Lindsay Graham”" in s.answers
     and "nyt is the only article that mentions “650,000 people”" in s.answers
     and "fox is the only article that mentions “three members”" in s.answers, None),
    ("Worksheet 5: fox does not mention “Sarah Palin”",
     lambda s: "The name “Sarah Palin” does not appear in fox" in s.answers, None),
    # (Rev. William Owens joined once his "he told a press conference" was read as his; Chauncy
    # Fields, a customer, is a person since the cast reads his given name: fox alone quotes both.)
    ("Worksheet 6: only fox quotes Chauncy Fields, Chris Johnson, Demetrios Minor, Stephen Lenahan and William Owens",
     lambda s: "Only fox quotes Chauncy Fields, Chris Johnson, Demetrios Minor, Stephen Lenahan and William Owens" in s.answers, None),
    ("Worksheet 8: nyt's sourcing hedges, vague “Many”, “others” and named Kim Severson and Robbie Brown",
     lambda s: "(source: Kim Severson and Robbie Brown, named)" in _answer(s, "Find a sourcing hedge in nyt"), None),
    # --- Tone labels --------------------------------------------------------------------------
    ("Tone: every “most positive” / “most negative” label belongs to the highest / lowest value shown",
     lambda s: all(_extremes_consistent(_labelled_extremes(s, o, h)) for o in ("hpo", "nyt", "fox")
                   for h in ("Average tone", "Average tone (VADER)")), None),
    ("Which differences stand out: every verdict follows the value and range shown",
     _verdicts_follow_values, None),
]


@pytest.mark.parametrize("claim, check", [
    pytest.param(claim, check, id=f"chickfila: {claim}",
                 marks=[pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"{FALSE}: {why}")] if why else [])
    for claim, check, why in CASES
])
def test_teacher_read_chickfila(claim: str, check: Callable[[Story], bool], tmp_path_factory: pytest.TempPathFactory):
    assert check(story("chickfila", tmp_path_factory.mktemp("teacher"))), claim
