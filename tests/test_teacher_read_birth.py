"""Acceptance read of one more BASIL dev story: Trump, Hawaii's "birth certificate" and Arizona's "birther" bill (2011).

The three articles (nyt, fox, hpo) were read in full, as a media-literacy teacher would before a
class, and every claim of report.md, report.json and the worksheet was checked against them (the
reader's report to the lead gives the tally and the causes). The style is
tests/test_teacher_read.py's: each case is one claim, with a check of the true behaviour. The
cases with a reason are false claims today, strict xfails that turn into XPASS once fixed (then
drop the reason); the cases without one are true claims that must stay true.

The outlets cover two events: nyt Trump's invitation to Arizona Tea Party leaders and a legislator
(Carl Seel) to discuss a bill on proving natural-born citizenship; fox and hpo (one wire story,
edited apart) Trump's NBC "Today" interview, the investigators he says he sent to Hawaii and the
NBC/WSJ poll. All three report the "Today" interview and the poll. fox and hpo print the same Libya
sentence with an editor's insertion inside Trump's quotation: "(Libyan strongman Muammar)
al-Qaddafi" (fox), "(Libyan strongman Moammar) Gadhafi" (hpo).
"""

from __future__ import annotations

from typing import Callable

import pytest
from test_teacher_read import (EVENTS, FALSE, Story, _all_conflicts, _answer, _extremes_consistent, _kind,
                               _labelled_extremes, _left_out, _loaded, _named_by, _said_by, _same_words_pairs,
                               _speakers, _table_row, _to_check, _verdicts_follow_values, story)

EVENTS["birth"] = "005a2961-0c2e-4575-8eec-770ba52a08e0"  # Trump's birther push: Hawaii investigators, Arizona bill, 2011

pytestmark = pytest.mark.slow

LABELS = "How each outlet describes them"


def _findings(s: Story) -> str:
    """The Key findings section of report.md."""
    return s.markdown.split("## Key findings\n", 1)[1].split("\n## ", 1)[0]


def _loaded_in_quotes(s: Story, outlet: str) -> list[str]:
    """The loaded words the report places inside ``outlet``'s quotations (lower case)."""
    article = next(a for a in s.data["articles"] if a["source"] == s.source(outlet))
    return [w["text"].lower() for w in article["loaded_in_quotes"]]


def _side_row(s: Story, measure: str) -> str:
    """The row ``measure`` of the Side by side table."""
    return next(line for line in s.markdown.splitlines() if line.startswith(f"| {measure} |"))


def _shared(s: Story, label: str, words: str) -> bool:
    """Whether a shared-text pair labelled ``label`` has ``words`` in both sentences."""
    return any(p["label"] == label and words in p["a"]["text"] and words in p["b"]["text"]
               for p in s.data["comparison"]["shared_text"])


# (claim as the report words it, check of the true behaviour, why / None when the claim is true)
CASES: list[tuple[str, Callable[[Story], bool], str | None]] = [
    # --- Key findings and "only here" -----------------------------------------------------------
    ("Key finding / worksheet 2, 4: only nyt reports “Greater Phoenix Tea Party” and “Glenn Beck”",
     lambda s: {"Greater Phoenix Tea Party", "Glenn Beck"} <= set(s.only_here("nyt"))
     and "Only nyt reports “Greater Phoenix Tea Party” and “Glenn Beck”" in _findings(s), None),
    ("Key finding / worksheet 3: only fox reports “$2 million” and “1,000 adults”",
     lambda s: {"$2 million", "1,000 adults"} <= set(s.only_here("fox")), None),
    ("Key finding: only hpo reports “TIME” ('according to TIME')",
     lambda s: "TIME" in s.only_here("hpo"), None),
    ("Only here (nyt): Manhattan, Trump Tower, Arizona, Bill O’Reilly, Friday, 2008",
     lambda s: {"Manhattan", "Trump Tower", "Arizona", "Bill O’Reilly", "Friday", "2008"} <= set(s.only_here("nyt")),
     None),
    ("Only here (nyt): Townsend's and Seel's quotes (“Of course I was surprised, who wouldn’t be?” ...)",
     lambda s: {"Of course I was surprised, who wouldn’t be?",
                "I want to invite him to Arizona to talk to people and to meet our leaders"} <= set(s.only_here("nyt")),
     None),
    ("Only here (fox): the rest of the poll (11, 10, 6, 5, 3 percent; Pawlenty, Bachmann, Santorum, Barbour)",
     lambda s: {"11 percent", "10 percent", "6 percent", "5 percent", "3 percent", "Tim Pawlenty",
                "Michele Bachmann", "Rick Santorum", "Haley Barbour"} <= set(s.only_here("fox")), None),
    ("Only here (fox): “ABC News”, “Celebrity Apprentice”, Christie's quote",
     lambda s: {"ABC News", "Celebrity Apprentice",
                "Donald's a really good friend of mine, I don't know that Donald really wants to be president"}
     <= set(s.only_here("fox")), None),
    ("Only here (hpo): Trump's “I'm not convinced that he has one”, “a terrible presidency”, "
     "“I think the president will be blamed”",
     lambda s: {"I'm not convinced that he has one", "a terrible presidency", "I think the president will be blamed"}
     <= set(s.only_here("hpo")), None),
    ("Only here (fox): “Muammar”",
     lambda s: "Muammar" not in s.only_here("fox"),
     None),
    ("Only here (hpo): “Moammar” and “Gadhafi”",
     lambda s: "Moammar" not in s.only_here("hpo") and "Gadhafi" not in s.only_here("hpo"),
     None),
    # --- Wording only this outlet uses / check by hand ----------------------------------------------
    ("Wording only nyt uses: “conspiracy theories”, “latest embrace”, “allows great latitude”",
     lambda s: {"conspiracy theories", "latest embrace", "allows great latitude"} <= set(s.wording("nyt")), None),
    ("Wording only fox uses: “legal fees”, “biggest scams”, “international empire”",
     lambda s: {"legal fees", "biggest scams", "international empire"} <= set(s.wording("fox")), None),
    # Since issue #16 "they're talking" (a pronoun with its verb) is no phrase: listed nowhere.
    ("Check by hand (hpo): “they're talking” is neither listed nor to check (a pronoun and its verb, no phrase)",
     lambda s: "they're talking" not in _to_check(s, "hpo") and "they're talking" not in s.listed("hpo"), None),
    # --- Left out ---------------------------------------------------------------------------------------
    ("nyt does not mention “17 percent”, “21 percent”, “Mitt Romney”, “June” (worksheet 5)",
     lambda s: all(_left_out(s, "nyt", t) for t in ("17 percent", "21 percent", "Mitt Romney", "June"))
     and "The figure “17 percent” does not appear in nyt" in s.answers, None),
    ("fox does not mention “Meredith Vieira” (worksheet 6) or “Tea Party”",
     lambda s: _left_out(s, "fox", "Meredith Vieira") and _left_out(s, "fox", "Tea Party")
     and "The name “Meredith Vieira” does not appear in fox" in s.answers, None),
    ("nyt does not mention “United States”",
     lambda s: not _left_out(s, "nyt", "United States"),
     "nyt twice asks whether Obama was 'born in this country' (the country named by reference, not by name)"),
    # --- Conflicts and shared text ---------------------------------------------------------------------
    ("No two articles give different values for the same thing",
     lambda s: _all_conflicts(s) == "[]", None),
    ("Shared text: fox and hpo copy the Libya sentence ('accused Obama of ... a confusing policy')",
     lambda s: _shared(s, "copied text", "a confusing policy on the civil war in Libya"), None),
    ("Shared text: fox and hpo quote “I'm only interested in Libya if we get the oil” (same quote)",
     lambda s: _shared(s, "same quote", "I'm only interested in Libya if we get the oil"), None),
    # --- Voices and who is quoted --------------------------------------------------------------------------
    ("Key finding / worksheet 7: only nyt quotes Carl Seel and Townsend",
     lambda s: all(s.voice(n) is not None and s.voice(n)["sources"] == [s.source("nyt")] for n in ("Carl Seel", "Townsend"))
     and "Only nyt quotes Carl Seel and Townsend." in s.answers, None),
    ("Key finding: only fox quotes Chris Christie",
     lambda s: s.voice("Chris Christie") is not None and s.voice("Chris Christie")["sources"] == [s.source("fox")], None),
    ("Who is quoted: nyt's Townsend quotes said by Kelly Townsend; “real doubts” said by Donald Trump",
     lambda s: _said_by(s, "nyt", "It’s not a birther bill", "Kelly Townsend")
     and _said_by(s, "nyt", "real doubts", "Donald Trump"), None),
    ("Who is quoted: hpo's “You've been privy ...” said by Meredith Vieira; “Strikingly, Trump ...” by NBC",
     lambda s: _said_by(s, "hpo", "You've been privy", "Meredith Vieira") and _said_by(s, "hpo", "Strikingly", "NBC"),
     None),
    ("Voices only one outlet gave: TIME, quoted only by hpo",
     lambda s: s.voice("TIME") is None,
     None),
    ("Who is quoted: hpo's “How come his own family doesn't know ...” said by TIME",
     lambda s: _said_by(s, "hpo", "How come his own family", "Donald Trump"),
     None),
    ("Who is quoted: hpo's “Well, I have people ...” has no speaker",
     lambda s: _said_by(s, "hpo", "Well, I have people", "Donald Trump"),
     None),
    ("Who is quoted: the show's name “Today” a quotation said by Trump (nyt, fox)",
     lambda s: not any(q["text"].startswith("Today") and q["speaker"] for o in ("nyt", "fox") for q in s.quotes(o)),
     None),
    ("Who is quoted: hpo's show name “Today” said by TIME and by Donald Trump",
     lambda s: not any(q["text"].startswith("Today") and q["speaker"] for q in s.quotes("hpo")),
     None),
    ("The same words, attributed differently: “Today” to Donald Trump (nyt, fox) and to TIME (hpo)",
     lambda s: "“Today”" not in _same_words_pairs(s),
     None),
    ("Who is quoted by which outlet: nyt's “the legislator” and “Carl Seel” two speakers",
     lambda s: "| the legislator |" not in s.markdown,
     None),
    ("Side by side: people quoted nyt 4, fox 2, hpo 4",
     # (The row ends with a verdict column after the three counts.)
     lambda s: _side_row(s, "People quoted").startswith("| People quoted | 3 | 2 | 3 |"), None),
    ("Who is quoted: fox quotes Donald Trump and Chris Christie",
     lambda s: {"Donald Trump", "Chris Christie"} <= _speakers(s, "fox"), None),
    # --- Who is who ------------------------------------------------------------------------------------------
    ("Who is who: Donald Trump a person named by all three; Hawaii a place",
     lambda s: _kind(s, "Donald Trump") == "person" and _kind(s, "Hawaii") == "place"
     and all(_named_by(s, "Donald Trump", o) for o in ("nyt", "fox", "hpo")), None),
    ("Who is who: fox does not name the Tea Party; nyt does not name Libya",
     lambda s: not _named_by(s, "Tea Party", "fox") and not _named_by(s, "Libya", "nyt")
     and _named_by(s, "Tea Party", "nyt"), None),
    ("Who is who: Wall Street Journal = hpo's “WSJ”",
     lambda s: "WSJ" in s.mentions("Wall Street Journal"), None),
    ("Who is who: “Real” an entity named by fox and hpo",
     lambda s: s.entity("Real") is None,
     None),
    ("Who is who: “Muammar” (fox), “Moammar” and “Gadhafi” (hpo) three rows",
     lambda s: sum(s.entity(n) is not None for n in ("Muammar", "Moammar", "Gadhafi")) <= 1,
     None),
    ("Who is who: Michele Bachmann is “other”",
     lambda s: _kind(s, "Michele Bachmann") == "person",
     None),
    ("Who is who: the Constitution is an organisation",
     lambda s: _kind(s, "Constitution") != "organisation",
     None),
    ("Who is who: “March 31-April” an entity",
     lambda s: s.entity("March 31-April") is None,
     None),
    # --- How each outlet describes them ------------------------------------------------------------------
    ("Describes Trump: fox and hpo “Real estate tycoon”; fox's two “who ...” clauses only this outlet; nyt none",
     lambda s: "*Real estate tycoon*" in _table_row(s, LABELS, "Donald Trump", "hpo")
     and "*who would have to hand over the reins of his international empire in order to run the country* (“who …” "
         "clause) **(only this outlet)**" in _table_row(s, LABELS, "Donald Trump", "fox")
     and _table_row(s, LABELS, "Donald Trump", "nyt").rstrip(" |").endswith("| —"), None),
    ("Describes Obama: nyt and fox “President”; hpo names him without describing",
     lambda s: "*President* (title)" in _table_row(s, LABELS, "Barack Obama", "nyt")
     and "*President* (title)" in _table_row(s, LABELS, "Barack Obama", "fox")
     and _table_row(s, LABELS, "Barack Obama", "hpo").rstrip(" |").endswith("| —"), None),
    ("Names used: fox calls Trump “Donald” (given name, no other outlet uses this form)",
     lambda s: "Donald (given name" not in _table_row(s, LABELS, "Donald Trump", "fox"),
     None),  # fixed (session 5, voice: labels: a name inside a quotation is the speaker's, not the outlet's form)
    ("Names used: fox's “the president” for Obama (no other outlet uses this form)",
     lambda s: "no other outlet uses this form" not in _table_row(s, LABELS, "Barack Obama", "fox"),
     # Fixed (session 5, cast: labels.cast_labels: another outlet's own 'the president' for a title no one else holds there); was false: hpo: 'to challenge the president’s re-election'
     None),
    ("Describes NBC News: hpo “national” (title, only this outlet)",
     lambda s: "*national*" not in _table_row(s, LABELS, "NBC News", "hpo"),
     # Fixed (session 5, cast: labels._before: a word that qualifies an office ('national', 'White') against a name is no title); was false: 'A national NBC/WSJ poll'
     None),
    # --- Loaded words ------------------------------------------------------------------------------------------
    ("Loaded words: nyt's own “conspiracy” (theories); hpo's verb of saying “asserting”",
     lambda s: _loaded(s, "nyt") == ["conspiracy"] and _loaded(s, "hpo") == ["asserting"], None),
    ("Loaded words in quotations: hpo's “terrible” (Trump: 'a terrible presidency')",
     lambda s: "terrible" in _loaded_in_quotes(s, "hpo"), None),
    ("Loaded words inside quotations (the speaker's words): “strongman” (fox, hpo)",
     lambda s: "strongman" not in _loaded_in_quotes(s, "fox") and "strongman" not in _loaded_in_quotes(s, "hpo"),
     None),
    # --- Worksheet ---------------------------------------------------------------------------------------------
    # Session 8 (labels4): the report is named by hpo's headline, which names Obama, so the worksheet no
    # longer asks whether every article mentions him (a detail of the title is not asked).
    ("Worksheet 1: all three mention “Wall Street Journal” (hpo: 'NBC/WSJ')",
     lambda s: "Every article mentions “Wall Street Journal”." in s.answers, None),
    ("Worksheet 8: fox “Real estate tycoon” and two “who ...” clauses; hpo “Real estate tycoon”; none in nyt",
     lambda s: "biaslens found no description beside the name in nyt" in _answer(s, "How does each article introduce Donald Trump")
     and "hpo: “Real estate tycoon”" in _answer(s, "How does each article introduce Donald Trump"), None),
    ("Worksheet 9: in its own words, outside quotations, fox has “I’ll believe” (source: I’ll, named)",
     lambda s: "I’ll believe" not in _answer(s, "Find a sourcing hedge in fox"),
     None),  # fixed (session 5, voice: quotes._unopened_turn: 'Christie: ..."' is a transcript turn whose opening mark was dropped)
    # --- Tone labels and verdicts ------------------------------------------------------------------------------
    ("Tone: most positive / most negative labels sit on the highest / lowest values shown",
     lambda s: all(_extremes_consistent(_labelled_extremes(s, o, h)) and _labelled_extremes(s, o, h)
                   for o in ("nyt", "fox", "hpo") for h in ("Average tone", "Average tone (VADER)")), None),
    ("Which differences stand out: every verdict follows the value and the range beside it (none stands out)",
     lambda s: _verdicts_follow_values(s) and "| **stands out**" not in s.markdown, None),
]


@pytest.mark.parametrize("claim, check", [
    pytest.param(claim, check, id=f"birth: {claim}",
                 marks=[pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"{FALSE}: {why}")] if why else [])
    for claim, check, why in CASES
])
def test_teacher_read_birth(claim: str, check: Callable[[Story], bool], tmp_path_factory: pytest.TempPathFactory):
    """One claim of the birther story's report, checked against what the three articles say."""
    assert check(story("birth", tmp_path_factory.mktemp("teacher"))), claim
