"""Acceptance read of one more BASIL dev story: Romney calls on Todd Akin to drop out (August 2012).

The three articles (nyt, fox, hpo) were read in full, as a media-literacy teacher would before a
class, and every claim of report.md, report.json and the worksheet was checked against them (the
reader's report to the lead gives the tally and the causes). The style is
tests/test_teacher_read.py's: each case is one claim, with a check of the true behaviour. The
cases with a reason are false claims today, strict xfails that turn into XPASS once fixed (then
drop the reason); the cases without one are true claims that must stay true.

fox and hpo report Romney's Tuesday statement calling on Akin to quit the Senate race and Akin's
refusal; nyt's article is about the Republican platform's abortion plank and tells Romney's call
in its third and fourth paragraphs. fox's "The statement came from Missouri Sen. Roy Blunt, and
former Sens. John Ashcroft, Kit Bond, John Danforth and Jim Talent" names the same four former
senators as nyt's "citing former Missouri senators like John Ashcroft, Kit Bond, John Danforth
and Jim Talent".
"""

from __future__ import annotations

from typing import Any, Callable

import pytest
from test_teacher_read import (EVENTS, FALSE, Story, _answer, _extremes_consistent, _kind, _labelled_extremes,
                               _left_out, _loaded, _named_by, _said_by, _speakers, _table_row,
                               _verdicts_follow_values, story)

EVENTS["akin"] = "08bb9bee-c167-4c17-9c6d-4a1259231eb7"  # Romney calls on Todd Akin to drop out, 2012

pytestmark = pytest.mark.slow

LABELS = "How each outlet describes them"
EVENT_PART = "How each outlet names the event"
REMARKS = "The remarks: what was said, named as an event"
REACTION = "The reaction: the response to it"


def _findings(s: Story) -> str:
    """The Key findings section of report.md."""
    return s.markdown.split("## Key findings\n", 1)[1].split("\n## ", 1)[0]


def _article(s: Story, outlet: str) -> dict[str, Any]:
    """``outlet``'s article record in report.json."""
    return next(a for a in s.data["articles"] if a["source"] == s.source(outlet))


def _loaded_in_quotes(s: Story, outlet: str) -> list[str]:
    """The loaded words the report places inside ``outlet``'s quotations (lower case)."""
    return [w["text"].lower() for w in _article(s, outlet)["loaded_in_quotes"]]


def _detail_in(s: Story, text: str, outlet: str) -> bool:
    """Whether the name, number, date or quote ``text`` (no phrase) is counted as included by ``outlet``."""
    return any(d["text"] == text and d["kind"] != "phrase" and s.source(outlet) in d["articles"]
               for d in s.data["comparison"]["details"])


def _verbs(s: Story, outlet: str) -> str:
    """``outlet``'s line of the Reporting verbs list in report.md."""
    section = s.markdown.split("### Reporting verbs\n", 1)[1].split("\n### ", 1)[0].split("\n## ", 1)[0]
    return next(line for line in section.splitlines() if line.startswith(f"- {outlet}:"))


def _own_doubt(s: Story, outlet: str, cue: str, sentence_part: str) -> bool:
    """Whether the report shows ``cue`` in the sentence holding ``sentence_part`` as the writer's own doubt."""
    article = _article(s, outlet)
    text = article["text"]
    at = text.index(sentence_part)
    end = text.find(".", at)
    return any(h["text"] == cue and h["cue_kind"] == "epistemic" and not h["quoted"] and not h["reported"]
               and text.rfind("\n", 0, at) <= h["start"] and h["start"] <= end for h in article["hedges"])


def _sentence_texts(s: Story, outlet: str) -> list[str]:
    """The sentences biaslens cut ``outlet``'s text into."""
    article = _article(s, outlet)
    return [article["text"][x["start"]:x["end"]] for x in article["sentences"]]


# (claim as the report words it, check of the true behaviour, why / None when the claim is true)
CASES: list[tuple[str, Callable[[Story], bool], str | None]] = [
    # --- Key findings, "only here", coverage, left out ---------------------------------------------
    ("Key findings: only nyt reports “Reince Priebus”, fox “two daughters” and “$5 million”, hpo “Sean Hannity” and “WMUR”",
     lambda s: "Only nyt reports “Reince Priebus” and “Fla”" in _findings(s)
     and "Only fox reports “two daughters” and “$5 million”" in _findings(s)
     and "Only hpo reports “Sean Hannity” and “WMUR”" in _findings(s), None),
    ("Key findings: only nyt quotes the Democratic National Committee and Reince Priebus; only fox quotes Mitch McConnell",
     lambda s: "Only nyt quotes Democratic National Committee and Reince Priebus." in _findings(s)
     and "Only fox quotes Mitch McConnell." in _findings(s), None),
    ("Only here (fox): Roy Blunt, Claire McCaskill, Scott Brown, John Cornyn, KTVI, “$5 million”, “2013”",
     lambda s: {"Roy Blunt", "Claire McCaskill", "Scott Brown", "John Cornyn", "KTVI", "$5 million", "2013"}
     <= set(s.only_here("fox")), None),
    ("Only here (nyt): the DNC's “Akin plank” and Priebus's “this is the platform of the Republican Party ...”",
     lambda s: {"Akin plank", "this is the platform of the Republican Party, it is not the platform of Mitt Romney"}
     <= set(s.only_here("nyt")), None),
    ("Only here (hpo): Akin's “Why can't Mitt Romney run his race and I'll run mine?” and Ryan's “give some thought to stepping down”",
     lambda s: {"Why can't Mitt Romney run his race and I'll run mine?", "give some thought to stepping down"}
     <= set(s.only_here("hpo")), None),
    ("Left out: hpo does not mention Fox News, nyt Mike Huckabee, fox Paul Ryan, nyt “November”",
     lambda s: _left_out(s, "hpo", "Fox News") and _left_out(s, "nyt", "Mike Huckabee")
     and _left_out(s, "fox", "Paul Ryan") and _left_out(s, "nyt", "November"), None),
    ("Left out: nyt does not quote Romney's “As I said yesterday, Todd Akin's comments were offensive and wrong ...”",
     lambda s: _left_out(s, "nyt", "As I said yesterday"), None),
    # Fixed (issue #16): hpo quotes Akin: 'If it's a legitimate rape, the female body has ways ...' (inside a longer quote)
    ("Coverage: hpo does not include the quoted “legitimate rape” (■ nyt, ■ fox, · hpo)",
     lambda s: _detail_in(s, "legitimate rape", "hpo"),
     None),
    ("report.json details / cast: John Ashcroft, Kit Bond, John Danforth and Jim Talent are named by nyt only",
     lambda s: all(_named_by(s, n, "fox") for n in ("John Ashcroft", "Kit Bond", "John Danforth", "Jim Talent")), None),
    # --- Wording only this outlet uses -------------------------------------------------------------
    ("Wording only nyt uses: “tricky political challenge”, “half-dozen advisers”, “late-in-life conversion”",
     lambda s: {"tricky political challenge", "half-dozen advisers", "late-in-life conversion"} <= set(s.wording("nyt")),
     None),
    ("Wording only hpo uses: “irreversible distraction”, “viable candidate”",
     lambda s: {"irreversible distraction", "viable candidate"} <= set(s.wording("hpo")), None),
    # Fixed (issue #16): fox: 'He claimed a woman's body can typically fend off pregnancy' (the same words, singular)
    ("Wording only nyt uses: “women’s bodies”",
     lambda s: not any(w.startswith("women") for w in s.wording("nyt")),
     None),
    # Fixed (issue #16): nyt: 'women’s bodies will resist getting pregnant' (the same words, plural)
    ("Wording only fox uses: “woman's body”",
     lambda s: not any(w.startswith("woman") for w in s.wording("fox")),
     None),
    # --- Shared text, conflicts, inputs ------------------------------------------------------------
    ("Shared text: 6 pairs, all “same quote” (Romney's statement, Akin's KTVI words), 0 copied text",
     lambda s: len(s.data["comparison"]["shared_text"]) == 6
     and all(p["label"] == "same quote" for p in s.data["comparison"]["shared_text"]), None),
    ("No two articles give different values for the same thing; no input warnings",
     lambda s: not s.data["comparison"]["conflicts"] and not s.data["comparison"]["conflicts_to_check"]
     and not s.data["comparison"]["warnings"] and s.data["comparison"]["different_occurrences"] is None, None),
    # --- Quotes and voices -------------------------------------------------------------------------
    ("Voices only one outlet gave: DNC and Priebus (nyt), McConnell (fox), Paul Ryan (hpo)",
     lambda s: s.voice("Reince Priebus")["sources"] == [s.source("nyt")]
     and s.voice("Mitch McConnell")["sources"] == [s.source("fox")]
     and s.voice("Paul Ryan")["sources"] == [s.source("hpo")]
     and s.voice("Democratic National Committee")["sources"] == [s.source("nyt")], None),
    ("Who is quoted: Romney's “Today, his fellow Missourians urged him ...” is Romney's in all three",
     lambda s: all(any("Today, his fellow Missourians" in q["text"] and q["speaker"] == "Mitt Romney" for q in s.quotes(o))
                   for o in ("nyt", "fox", "hpo")),
     None),
    ("The same words, attributed differently: none",
     lambda s: "No quote appears in two outlets with different speakers." in s.markdown, None),
    ("Who is quoted: fox's headline “'rape'” is said by Mitt Romney",
     lambda s: not _said_by(s, "fox", "rape", "Mitt Romney"),
     None),
    ("Reporting verbs: fox “calls ×1” (the headline's 'Romney calls on Rep. Akin')",
     lambda s: "calls ×1" not in _verbs(s, "fox"),
     None),
    ("Reporting verbs: hpo “called ×1” (Paul Ryan's words)",
     lambda s: "called" not in _verbs(s, "hpo"),
     None),
    ("Who is quoted: nyt quotes “Democratic National Committee” (1) and “Democratic committee” (1)",
     lambda s: "| Democratic committee |" not in s.markdown,
     None),
    ("People quoted: nyt 5",
     lambda s: _article(s, "nyt")["features"]["quotes.distinct_speakers"]["value"] == 4,
     None),
    ("People quoted: fox quotes “Akin's ad” as a speaker of its own",
     lambda s: "Akin's ad" not in _speakers(s, "fox"),
     None),
    ("Quotations without a speaker: fox 0.17 (“the national interest”, “The issues at stake are too big ...”)",
     lambda s: None not in _speakers(s, "fox"),
     None),
    # --- Who is who ------------------------------------------------------------------------------------
    ("Who is who: fox does not name Paul Ryan, nyt Mike Huckabee, hpo Fox News",
     lambda s: not _named_by(s, "Paul Ryan", "fox") and not _named_by(s, "Mike Huckabee", "nyt")
     and not _named_by(s, "Fox News", "hpo") and _named_by(s, "Paul Ryan", "nyt"), None),
    ("Who is who: Todd Akin and Mitt Romney, persons, named by all three",
     lambda s: _kind(s, "Todd Akin") == _kind(s, "Mitt Romney") == "person"
     and all(_named_by(s, n, o) for n in ("Todd Akin", "Mitt Romney") for o in ("nyt", "fox", "hpo")), None),
    ("Who is who: nyt names the Senate “Republican Senate”",
     lambda s: "Republican Senate" not in s.mentions("Senate"), None),
    ("report.json cast: Sean Hannity is of kind “other”",
     lambda s: _kind(s, "Sean Hannity") == "person", None),
    ("report.json cast: “Democratic Missouri” and “GOP Senate” are entities",
     lambda s: s.entity("Democratic Missouri") is None and s.entity("GOP Senate") is None, None),
    # --- How each outlet describes them ---------------------------------------------------------
    ("Labels: nyt's “the Republican Senate candidate in Missouri” and hpo's “R-Mo.” for Akin (only this outlet)",
     lambda s: "*the Republican Senate candidate in Missouri* (description beside the name) **(only this outlet)**"
     in _table_row(s, LABELS, "Todd Akin", "nyt")
     and "*R-Mo.* (description beside the name) **(only this outlet)**" in _table_row(s, LABELS, "Todd Akin", "hpo"),
     None),
    ("Labels: fox names Mitt Romney without describing him; hpo “Presumptive GOP presidential nominee”",
     lambda s: _table_row(s, LABELS, "Mitt Romney", "fox").rstrip(" |").endswith("—")
     and "*Presumptive GOP presidential nominee*" in _table_row(s, LABELS, "Mitt Romney", "hpo"), None),
    ("Labels: nyt's “who called for Mr. Akin to withdraw from the race” for Romney (only this outlet)",
     lambda s: "withdraw from the race* (“who …” clause) **(only this outlet)**"
     not in _table_row(s, LABELS, "Mitt Romney", "nyt"),
     "fox and hpo open with it: hpo 'Mitt Romney ... joined a chorus of Republicans calling for Rep. Todd Akin ... to drop out'"),
    ("Labels: hpo's “Paul Ryan” (no other outlet uses this form)",
     lambda s: "no other outlet uses this form" not in _table_row(s, LABELS, "Paul Ryan", "hpo"), None),
    # --- How each outlet names the event ----------------------------------------------------------
    ("Event naming: nyt and fox name Akin's remarks “comment”",
     lambda s: "*comment* (2×)" in _table_row(s, EVENT_PART, REMARKS, "nyt")
     and "*comment* (3×)" in _table_row(s, EVENT_PART, REMARKS, "fox"), None),
    # Since issue #16 nyt's “outrage” (a possible one) and “denounce” (a planned news conference)
    # no longer name the reaction, so fox alone names it and the part is not shown (a part needs
    # two outlets); what shows must still be true.
    ("Event naming: the reaction, fox's “controversy” (only this outlet), or no reaction row",
     lambda s: "*controversy* (2×) **(only this outlet)**" in _table_row(s, EVENT_PART, REACTION, "fox")
     or not any(_table_row(s, EVENT_PART, REACTION, o) for o in ("nyt", "fox", "hpo")), None),
    ("Event naming: fox's “remark” for the remarks (only this outlet)",
     lambda s: "*remark*" in _table_row(s, EVENT_PART, REMARKS, "hpo"),
     "hpo, outside quotation marks: 'Romney had made a bigger deal of the remark than he needed to'"),
    # Fixed (issue #16, side events): Akin's 'subsequent interview', Romney's 'in an interview with WMUR', and
    # 'During the interview' after it: none is the remarks, made 'On Sunday'
    ("Event naming: hpo names the remarks “interview” (3×)",
     lambda s: "*interview*" not in _table_row(s, EVENT_PART, REMARKS, "hpo"),
     None),
    # Fixed (issue #16, side events): 'The statement came from Missouri Sen. Roy Blunt', 'Romney released a statement'
    ("Event naming: fox names the remarks “statement” (3×)",
     lambda s: "*statement* (3×)" not in _table_row(s, EVENT_PART, REMARKS, "fox"),
     None),
    # Fixed (issue #16, side events): 'a statement from the Democratic committee', 'Mr. Romney said in a statement'
    ("Event naming: nyt names the remarks “statement” (2×)",
     lambda s: "*statement* (2×)" not in _table_row(s, EVENT_PART, REMARKS, "nyt"),
     None),
    # Fixed (issue #16): one is the interview Akin did not give: 'Akin canceled a scheduled television interview Monday night'
    ("Event naming: fox names the remarks “interview” (2×)",
     lambda s: "*interview* (2×)" not in _table_row(s, EVENT_PART, REMARKS, "fox"),
     None),
    # Fixed (issue #16, side events): 'Akin apologized for his remarks Monday': the apology is a later event
    ("Event naming: fox tells the remarks with “apologized” (only this outlet)",
     lambda s: "*apologized*" not in _table_row(s, EVENT_PART, REMARKS, "fox"),
     None),
    # Fixed (issue #16): 'There could also be a flurry of conservative outrage at the convention': a possible outrage at the platform
    ("Event naming: the reaction, nyt's “outrage”",
     lambda s: "*outrage*" not in _table_row(s, EVENT_PART, REACTION, "nyt"),
     None),
    # Fixed (issue #16): the Democrats 'scheduled a news conference to denounce' the platform's abortion position, not Akin's remarks
    ("Event naming: the reaction, nyt's “denounce” (only this outlet)",
     lambda s: "*denounce*" not in _table_row(s, EVENT_PART, REACTION, "nyt"),
     None),
    # --- Loaded words -----------------------------------------------------------------------------------
    ("Loaded (nyt's own words): “controversial” comments, “divisive” social issue",
     lambda s: {"controversial", "divisive"} <= set(_loaded(s, "nyt")), None),
    ("Loaded (own words): fox's “claimed”, hpo's “claimed” and “outrage”",
     lambda s: "claimed" in _loaded(s, "fox") and {"claimed", "outrage"} <= set(_loaded(s, "hpo")), None),
    ("Loaded words inside nyt's quotations: “dangerous”",
     lambda s: "dangerous" in _loaded_in_quotes(s, "nyt"), None),
    ("Loaded (fox's own words): “typically”",
     lambda s: "typically" not in _loaded(s, "fox"),
     # Fixed (session 6, loaded: a view given, hedging._view_given): "'He claimed a woman's body can typically fend off pregnancy'"
     None),
    ("Loaded words inside quotations: fox “assault”, hpo “rapist”",
     lambda s: "assault" not in _loaded_in_quotes(s, "fox") and "rapist" not in _loaded_in_quotes(s, "hpo"),
     "'the victims of sexual assault', 'the punishment ought to be on the rapist': plain words for a crime"),
    ("Loaded verbs of saying: hpo 1 (“claimed”)",
     lambda s: "admitted" in _loaded(s, "hpo"),
     "hpo: 'but admitted that no senator had called him'; the report's own list names 'admitted' as colouring"),
    # --- Hedges -----------------------------------------------------------------------------------------
    ("Hedges: nyt's writer is not certain: “might”, “could” (the report and worksheet 10)",
     lambda s: "“might”; “could”; “could”" in _answer(s, "shows the writer is not certain"), None),
    ("Worksheet 9: fox's sourcing hedge “according to the source” (anonymous)",
     lambda s: "“according to the source” (source: the source, anonymous)" in _answer(s, "Find a sourcing hedge in fox"),
     None),
    ("Hedges: hpo's writer is not certain: “suggesting” (officials suggesting Akin had created a distraction)",
     lambda s: not _own_doubt(s, "hpo", "suggesting", "Other officials in the GOP"),
     None),
    ("Hedges: hpo's writer is not certain: “suggest” (Akin 'going on to suggest Romney had made a bigger deal')",
     lambda s: not _own_doubt(s, "hpo", "suggest", "It still seems to me"),
     None),
    ("Hedges: hpo's writer is not certain: “could” (Akin 'still believed he could win')",
     lambda s: not _own_doubt(s, "hpo", "could", "During the interview, Akin said"),
     None),
    ("Hedges: fox's writer is not certain: “could” (leaders nervous the controversy could imperil ...; the party concerned ... could hurt)",
     lambda s: not _own_doubt(s, "fox", "could", "Akin's ad, and claims Monday")
     and not _own_doubt(s, "fox", "could", "Cornyn, according to the source"),
     None),
    # --- Tone, stands out, sentences ------------------------------------------------------------------
    ("Tone: most positive / most negative labels sit on the highest / lowest values shown",
     # hpo's VADER extremes are its tone-model sentences ("the same sentences as shown above"): no label to check.
     lambda s: all(_extremes_consistent(_labelled_extremes(s, o, h)) for o in ("nyt", "fox", "hpo")
                   for h in ("Average tone", "Average tone (VADER)"))
     and all(_labelled_extremes(s, o, "Average tone") for o in ("nyt", "fox", "hpo")), None),
    ("Which differences stand out: every verdict follows its value and range (all within chance)",
     lambda s: _verdicts_follow_values(s), None),
    ("Tone: fox's positive sentence “John Ashcroft, Kit Bond, John Danforth and Jim Talent”",
     lambda s: "John Ashcroft, Kit Bond, John Danforth and Jim Talent" not in _sentence_texts(s, "fox"), None),
    # --- Worksheet ------------------------------------------------------------------------------------------
    ("Worksheet 2-4: only nyt mentions “Reince Priebus”, only fox “two daughters”, only hpo “Sean Hannity”",
     lambda s: "nyt is the only article that mentions “Reince Priebus”" in s.answers
     # Since session 5 fox's only-here question is “$5 million” (Cornyn's money; true: only fox)
     and ("fox is the only article that mentions “two daughters”" in s.answers
          or "fox is the only article that mentions “$5 million”" in s.answers)
     and "hpo is the only article that mentions “Sean Hannity”" in s.answers, None),
    ("Worksheet 5-7: nyt does not mention Mike Huckabee, fox Paul Ryan; only nyt quotes Reince Priebus",
     lambda s: "The name “Mike Huckabee” does not appear in nyt" in s.answers
     and "The name “Paul Ryan” does not appear in fox" in s.answers
     and "Only nyt quotes Reince Priebus." in s.answers, None),
    ("Worksheet 8: nyt introduces Akin as “the Republican Senate candidate in Missouri”, hpo “R-Mo.”",
     lambda s: "nyt: “the Republican Senate candidate in Missouri”; hpo: “R-Mo.”"
     in _answer(s, "How does each article introduce Todd Akin"), None),
]


@pytest.mark.parametrize("claim, check", [
    pytest.param(claim, check, id=f"akin: {claim}",
                 marks=[pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"{FALSE}: {why}")] if why else [])
    for claim, check, why in CASES
])
def test_teacher_read_akin(claim: str, check: Callable[[Story], bool], tmp_path_factory: pytest.TempPathFactory):
    """One claim of the Akin story's report, checked against what the three articles say."""
    assert check(story("akin", tmp_path_factory.mktemp("teacher"))), claim
