"""Cross-outlet claims on the Weiner story, read by hand as a media-literacy teacher would.

BASIL dev event c21cb217 (Anthony Weiner denies sending a photo, 2011; nyt, fox, hpo) was run
through ``biaslens report`` exactly as tests/test_teacher_read.py does, and every claim of
report.md, report.json and the worksheet was checked against the three article texts. Each
case is one claim, labelled with the true behaviour: the ``xfail(strict=True)`` cases are false
claims the report makes today (an XPASS means it was fixed: remove the ``why``), the others are
true claims that must stay true. Runs the real command line once, hence ``slow``.
"""

from __future__ import annotations

from typing import Callable

import pytest
from test_teacher_read import (EVENTS, FALSE, Story, _all_conflicts, _answer, _describing, _extremes_consistent,
                               _hedges, _kind, _labelled_extremes, _left_out, _loaded, _named_by, _said_by, _speakers,
                               _table_row, _to_check, _verdicts_follow_values, story)

EVENTS["weiner"] = "c21cb217-3e2c-49bd-884d-5c74a165ef10"  # Anthony Weiner denies sending a photo, 2011

pytestmark = pytest.mark.slow


def _cues(s: Story, outlet: str) -> dict[str, str | None]:
    """Each hedge cue the report finds in ``outlet``'s article, with the source it names."""
    return {h["text"]: h.get("source") for h in _hedges(s, outlet)}


# (claim as the report words it, check of the true behaviour, why / None when the claim is true)
CASES: list[tuple[str, Callable[[Story], bool], str | None]] = [
    # --- Only here (key findings and the per-outlet lists) -------------------------------------
    ("Only here (nyt): “Whatcom Community College”, “Jack Levin”, “Jon Stewart”, “Bellingham”, “CNN”",
     lambda s: {"Whatcom Community College", "Jack Levin", "Jon Stewart", "Bellingham", "CNN"} <= set(s.only_here("nyt")),
     None),
    # (Adam Sharp, a person since session 4's kinds, is listed once, as a voice only fox gave.)
    ("Only here (fox): “10 characters”, “198 people”, “Ginger Lee”, “U.S. Capitol Police”; Adam Sharp a voice only fox gave",
     lambda s: {"10 characters", "198 people", "Ginger Lee", "U.S. Capitol Police"} <= set(s.only_here("fox"))
     and (s.voice("Adam Sharp") or {}).get("sources") == [s.source("fox")],
     None),
    ("Only here (hpo): “45,000 people”, “three days”, “Luke Russert”, “Brooklyn”, “2005”",
     lambda s: {"45,000 people", "three days", "Luke Russert", "Brooklyn", "2005"} <= set(s.only_here("hpo")),
     None),
    ("Key finding 1 / only here (nyt): “two testy news”, no other article mentions it in any form",
     lambda s: "two testy news" not in s.only_here("nyt"),
     # Fixed (issue #13, session 4): "fox: Weiner 'granted a series of TV interviews after getting testy with reporters late Tuesday'"
     None),
    ("Only here (nyt): “episode merited investigation”",
     lambda s: "episode merited investigation" not in s.only_here("nyt"),
     # Fixed (issue #13, session 4: a phrase is wording only this outlet uses, never only here): "fox: 'he doesn't want to make a federal case out of it'; hpo: 'We're not making a federal case out of this'"
     None),
    ("Only here (nyt): “liberal pugilist”",
     lambda s: "liberal pugilist" not in s.only_here("nyt"),
     # Fixed (issue #13, session 4: a phrase is wording only this outlet uses, never only here): "fox: 'known for his combative style'; hpo: 'the colorful and sometimes combative congressman'"
     None),
    ("Only here (nyt): “different approach” (sitting patiently for a series of interviews)",
     lambda s: "different approach" not in s.only_here("nyt"),
     # Fixed (issue #13, session 4: a phrase is wording only this outlet uses, never only here): "fox: 'granted a series of TV interviews after getting testy'; hpo: 'broke his silence Wednesday'"
     None),
    ("Only here (fox): “details appear” (keeping the story alive)",
     lambda s: "details appear" not in s.only_here("fox"),
     # Fixed (issue #13, session 4: a phrase is wording only this outlet uses, never only here): "hpo: 'there was no sign the story, or the speculation ..., was fading'"
     None),
    ("Only here (hpo): “New York City”",
     lambda s: "New York City" not in s.only_here("hpo"),
     # Fixed (issue #13, session 5: a city named after its state with "City" added is not alone beside the bare name): "nyt: 'threatening his dream of becoming New York’s mayor' (the city's mayor)"
     None),
    ("Check by hand (fox): “somebody's bulging underwear”, maybe said in other words",
     lambda s: "somebody's bulging underwear" in _to_check(s, "fox"), None),  # hpo: 'a man's bulging underpants'
    ("Check by hand (fox): “security firm”, maybe said in other words",
     lambda s: "security firm" in _to_check(s, "fox"), None),  # nyt: 'an Internet security company'
    # --- Left out ----------------------------------------------------------------------------
    ("nyt does not mention “BigGovernment.com”", lambda s: _left_out(s, "nyt", "BigGovernment.com"), None),
    ("fox does not mention “MSNBC”", lambda s: _left_out(s, "fox", "MSNBC"), None),
    ("nyt does not mention “jackass”", lambda s: _left_out(s, "nyt", "jackass"), None),
    # --- Conflicts and shared text -----------------------------------------------------------
    ("No two articles give different values for the same thing",
     lambda s: "Bellingham" in _all_conflicts(s),
     # Fixed (conflicts, session 4: compare.py place slots): listed to check by hand; was: nyt: Cordova is 'a student at Whatcom Community College in Bellingham, Wash.'; fox 'a Seattle woman', hpo 'in Seattle'
     None),
    ("Shared text: fox and hpo, copied text: “Weiner, 46, is married to Huma Abedin ...”",
     lambda s: any(p["label"] == "copied text" and p["a"]["text"].startswith("Weiner, 46, is married")
                   for p in s.data["comparison"]["shared_text"]), None),
    # --- Who is quoted -----------------------------------------------------------------------
    ("nyt quotes Weiner: “I just feel terrible for her”",
     lambda s: _said_by(s, "nyt", "I just feel terrible", "Anthony D. Weiner"), None),
    ("fox quotes Weiner: “I know for a fact that my account was hacked”",
     lambda s: _said_by(s, "fox", "I know for a fact", "Anthony Weiner"), None),
    ("fox quotes Twitter's Adam Sharp: “While we won't comment on individual accounts ...”",
     lambda s: _said_by(s, "fox", "While we won't comment", "Twitter's Adam Sharp"), None),
    ("hpo quotes the woman: “never been any inappropriate exchanges”",
     lambda s: _said_by(s, "hpo", "never been any inappropriate", "woman"), None),
    ("Who is quoted (nyt): Weiner said “Daily Show”",
     lambda s: not _said_by(s, "nyt", "Daily Show", "Anthony D. Weiner"),
     # Fixed (voices, session 4: quotes.py); was: 'a “Daily Show” sketch' is the title of a TV show, not words anyone said
     None),
    ("Who is quoted (fox): Weiner said “Is that picture you?”",
     lambda s: not _said_by(s, "fox", "Is that picture you?", "Anthony Weiner"),
     # Fixed (voices, session 4: quotes.py); was: 'Asked point-blank, "Is that picture you?" Weiner replied': a reporter's question
     None),
    ("Who is quoted (fox): Weiner said “obviously hacked”",
     lambda s: not _said_by(s, "fox", "obviously hacked", "Anthony Weiner"),
     # Fixed (voices, session 4: quotes.py); was: 'Weiner's office initially said the congressman's account was "obviously hacked"': his office's words
     None),
    ("Who is quoted (fox): “New York Democrat” is a speaker beside Anthony D. Weiner",
     lambda s: "New York Democrat" not in _speakers(s, "fox"),
     # Fixed (voices, session 4: quotes.py); was: 'The New York Democrat' is Weiner himself; his 'prank' is counted for a second person
     None),
    ("Who is quoted (fox): “Twitter's Adam Sharp” (3) and “Adam Sharp” (1) as two rows",
     lambda s: "| Adam Sharp | 0 | 1 | 0 |" not in s.markdown,
     # Fixed (voices, session 4: quotes.py); was: one person, Twitter's Adam Sharp, split into two speakers
     None),
    ("Voices only one outlet gave: Adam Sharp (an organisation or place)",
     lambda s: (s.voice("Adam Sharp") or {"kind": "person"})["kind"] == "person",
     None),  # Fixed (kinds, session 4): 'Twitter\'s Adam Sharp wrote'
    ("Who is quoted (hpo): “jackass” has no speaker",
     lambda s: not _said_by(s, "hpo", "jackass", None),
     None),  # fixed (session 5, voice: quotes._DESC: 'the colorful and sometimes combative congressman' is the subject)
    # --- Who is who --------------------------------------------------------------------------
    ("Who is who: one row for Weiner (“Mr. Weiner”, “Rep. Anthony Weiner”, “Congressman Anthony Weiner”)",
     lambda s: {"Mr. Weiner", "Rep. Anthony Weiner", "Congressman Anthony Weiner"} <= s.mentions("Anthony D. Weiner"),
     None),
    ("Who is who: hpo does not name Gennette Cordova", lambda s: not _named_by(s, "Gennette Cordova", "hpo"), None),
    ("Who is who: Hillary Rodham Clinton is a person", lambda s: _kind(s, "Hillary Rodham Clinton") == "person", None),
    ("Who is who: Huma Abedin is “other”", lambda s: _kind(s, "Huma Abedin") == "person",
     None),  # Fixed (kinds, session 4): nyt 'his wife, Huma Abedin, a longtime aide'
    ("Who is who: Twitter is “other”", lambda s: _kind(s, "Twitter") == "organisation",
     None),  # Fixed (kinds, session 4): nyt 'Twitter, which does not comment on individual user accounts'
    ("Who is who: fox does not name New York", lambda s: _named_by(s, "New York", "fox"),
     # Fixed (session 5, cast: cast._split_and_labels: a place before a party noun names the place); was false: fox: 'The New York Democrat'
     None),
    ("Who is who / coverage: hpo does not name the Internet", lambda s: _named_by(s, "Internet", "hpo"),
     # Fixed (session 5, cast: cast._implied_mentions: a one-word name in lower case after 'the'); was false: hpo: 'a prank on the internet'
     None),
    # --- How each outlet describes them, naming the event -------------------------------------
    ("Describes: nyt calls Weiner “a Democrat” (only this outlet)",
     lambda s: "*a Democrat* (description beside the name) **(only this outlet)**"
     not in _describing(s, "Anthony D. Weiner", "nyt"),
     # Fixed (session 4, words: labels.definite_references and labels._shared: 'a Democrat' = fox's 'The New York Democrat'); was false: fox: 'The New York Democrat'
     None),
    ("Describes: hpo calls Weiner “Congressman” (only this outlet)",
     lambda s: "(only this outlet)" not in _describing(s, "Anthony D. Weiner", "hpo"),
     # Fixed (session 4, words: labels.definite_references: 'the congressman'); was false: nyt/fox: 'the congressman'
     None),
    ("Describes: Hillary Clinton's title is “State”",
     lambda s: "*State*" not in _describing(s, "Hillary Rodham Clinton", "nyt"),
     # Fixed (session 4, words: labels._walk_back keeps 'Secretary of State' whole); was false: was: 'State'
     None),
    ("Describes: fox names Gennette Cordova without describing her (—)",
     lambda s: _describing(s, "Gennette Cordova", "fox") != "—",
     # Fixed (session 4, words: labels._IDENTIFIED_AS: 'a Seattle woman, later identified as Gennette Cordova'); was false: fox: 'a Seattle woman, later identified as ...'
     None),
    ("Names the event (the remarks): nyt “interview” (3×)",
     lambda s: "*interview* (3×)" in _table_row(s, "How each outlet names the event",
                                                 "The remarks: what was said, named as an event", "nyt"), None),
    ("Names the event (the remarks): nyt “comment”",
     lambda s: "*comment*" not in _table_row(s, "How each outlet names the event",
                                             "The remarks: what was said, named as an event", "nyt"),
     # Fixed (hedges session 4; was false: 'Twitter, which does not comment on individual user accounts': Twitter's policy, not Weiner's remarks)
     None),
    # --- Loaded words and hedges ---------------------------------------------------------------
    ("Loaded (nyt): “bizarre” episode", lambda s: "bizarre" in _loaded(s, "nyt"), None),
    ("Loaded (fox): “combative”, “allege”", lambda s: {"combative", "allege"} <= set(_loaded(s, "fox")), None),
    ("Loaded (hpo): “combative”, “characteristically”",
     lambda s: {"combative", "characteristically"} <= set(_loaded(s, "hpo")), None),
    ("Loaded (nyt): “threatening”, a loaded verb of saying",
     lambda s: "threatening" not in _loaded(s, "nyt"),
     # Fixed (session 4, words: loaded.speech_verbs: it reports no statement)
     None),
    ("Loaded (nyt): “denied”, a loaded verb of saying",
     lambda s: "denied" not in _loaded(s, "nyt"),
     # Fixed (session 4, words: loaded.speech_verbs: 'deny' is the plain name of a denial)
     None),
    ("Loaded (hpo): “tweeting”", lambda s: "tweeting" not in _loaded(s, "hpo"),
     # Fixed (session 5, words: loaded.unasserted: a neutral reporting verb is the plain verb for what was done)
     None),
    ("Loaded (hpo): “failed” (in a 2005 bid)", lambda s: "failed" not in _loaded(s, "hpo"),
     # Fixed (session 4, words: loaded.fact_names: a judging participle with a preposition after it is a verb)
     None),
    ("Loaded (fox): “claims”", lambda s: "claims" not in _loaded(s, "fox"),
     # Fixed (session 4, words: loaded.speech_verbs: 'Those claims' is a noun)
     None),
    ("Hedges: fox “appear to”, hpo “is widely considered”",
     lambda s: "appear to" in _cues(s, "fox") and "is widely considered" in _cues(s, "hpo"), None),
    ("Hedges (fox): “Though Weiner said”, vague source: Though Weiner",
     lambda s: _cues(s, "fox").get("Though Weiner said") != "Though Weiner",
     # Fixed (hedges session 4; was false: the source is Weiner, named; 'Though' is no part of the name)
     None),
    ("Hedges (fox): “Congress regarding”, named source: Congress",
     lambda s: "Congress regarding" not in _cues(s, "fox"),
     # Fixed (hedges session 4; was false: 'emailed security tips to members of Congress regarding their accounts' passes on no claim)
     None),
    ("Hedges (nyt): the writer is not certain: “Suggesting” (the photo might have been altered)",
     lambda s: "Suggesting" not in _cues(s, "nyt"),
     # Fixed (hedges session 4; was false: 'Suggesting that the photo might have been altered, he alluded to ...': Weiner's doubt, not the writer's)
     None),
    # --- Tone labels -------------------------------------------------------------------------
    ("Tone: every “most positive/negative” label belongs to the extreme value shown",
     lambda s: all(_extremes_consistent(_labelled_extremes(s, o, h)) for o in ("nyt", "fox", "hpo")
                   for h in ("Average tone", "Average tone (VADER)")), None),
    ("Which differences stand out: each verdict follows the value and the range shown beside it",
     lambda s: _verdicts_follow_values(s), None),
    # --- Worksheet ---------------------------------------------------------------------------
    ("Worksheet 1: every article mentions “Hillary Clinton” and “Huma Abedin”",
     # Session 5 (cast): "New York" joins the list, true: fox 'The New York Democrat', hpo '(D-N.Y.)'
     lambda s: "Every article mentions “Hillary Clinton”, “Huma Abedin” and “New York”" in s.answers, None),
    ("Worksheet 3: fox is the only article that mentions “10 characters”",
     lambda s: "fox is the only article that mentions “10 characters”" in s.answers, None),
    ("Worksheet 4: hpo is the only article that mentions “45,000 people”",
     lambda s: "hpo is the only article that mentions “45,000 people”" in s.answers, None),
    ("Worksheet 2: nyt is the only article that mentions “two testy news”",
     lambda s: "“two testy news”" not in s.answers,
     # Fixed (issue #13, session 4): "fox: 'after getting testy with reporters late Tuesday'; and 'two testy news' is a cut phrase"
     None),
    ("Worksheet 5: hpo does not mention “Gennette Cordova” in any form",
     lambda s: "in any form" not in _answer(s, "Gennette Cordova")
     and "The name “Gennette Cordova” does not appear in hpo" in _answer(s, "Gennette Cordova"),
     # Fixed (sheet, session 5): the answer says only what was searched, the name; was false, as hpo tells
     # of her: 'a 21-year-old female college student in Seattle', 'The woman told the New York Daily News'
     None),
    ("Worksheet 6: fox's sourcing hedge “Though Weiner said” (source: Though Weiner, vague)",
     lambda s: "Though Weiner" not in _answer(s, "Find a sourcing hedge in fox"),
     # Fixed (hedges session 4; was false: Weiner is a named source, and 'Though' is no part of his name)
     None),
]


@pytest.mark.parametrize("claim, check", [
    pytest.param(claim, check, id=f"weiner: {claim}",
                 marks=[pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"{FALSE}: {why}")] if why else [])
    for claim, check, why in CASES
])
def test_teacher_read_weiner(claim: str, check: Callable[[Story], bool], tmp_path_factory: pytest.TempPathFactory):
    assert check(story("weiner", tmp_path_factory.mktemp("teacher"))), claim
