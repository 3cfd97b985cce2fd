"""Acceptance read of the PolNeAR story "kaine": Hillary Clinton picks Tim Kaine as her running mate (July 2016).

The two articles were read in full, as a media-literacy teacher would before a class, and every
claim of report.md, report.json and the worksheet was checked against them (the reader's report to
the lead and docs/CLAIMS.md give the tally and the causes). The style is
tests/test_teacher_read.py's: each case is one claim, with a check of the true behaviour. The cases
with a reason are false claims today, strict xfails that turn into XPASS once fixed (then drop the
reason); the cases without one are true claims that must stay true.

The two tell the same pick from opposite sides and share almost nothing else: breitbart (22 July)
is about Kaine's move to a pro-choice position and the Democratic platform on abortion (Richards,
Kristen Day, Pavone); usa-today (25 July) is an opinion column by Norman Solomon, a Bernie Sanders
delegate (his tagline closes it), against Kaine's record on unions, trade, banks and taxes.
breitbart's text keeps a second embedded tweet whole, markup included
(``<tweet id="756643058100428800" author="@CecileRichards" datetime="2016-07-23">``): only the first,
which has a pic.twitter.com link, is removed as page furniture.
"""

from __future__ import annotations

from typing import Callable

import pytest
from test_teacher_read import (FALSE, Story, _answer, _describing, _extremes_consistent, _hedges, _kind,
                               _labelled_extremes, _left_out, _loaded, _named_by, _said_by, _speakers, _table_row,
                               _to_check, _verdicts_follow_values, story)
from test_teacher_read_abedin import _feature
from test_teacher_read_akin import _article, _findings, _loaded_in_quotes, _verbs
from test_teacher_read_comey import _quoted_count
from test_teacher_read_ginsburg import _without

pytestmark = pytest.mark.slow

OUTLETS = ("breitbart", "usa-today")
LABELS = "How each outlet describes them"
# Why several claims each are false, in one place (the same cause behind each).
ROE = "'Roe v. Wade' (Kaine to CNN: 'a strong supporter of Roe v. Wade') is one case, cut into two names"
RIGHT_TO_WORK = ("usa-today's 'the state's anti-union and misnamed \"right to work\" law': the law's name in the "
                 "writer's scare quotes, not Kaine's words; Kaine's quotation is 'I strongly support' alone")
STANCE = ("breitbart: 'Kaine has adopted the stance common among some Catholics in public office: “I’m pro-life in my "
          "personal life, but support abortion in my public life.”': the stance in a common wording, not said by Kaine")
def _cues(s: Story, outlet: str, kind: str) -> set[str]:
    """The hedge cues of ``kind`` (epistemic, sourcing, booster) found in ``outlet``, as written."""
    return {h["text"] for h in _hedges(s, outlet) if h["cue_kind"] == kind}


def _sourcing(s: Story, outlet: str, start: str) -> dict:
    """The sourcing hedge of ``outlet`` whose cue starts with ``start``."""
    return next(h for h in _hedges(s, outlet) if h["cue_kind"] == "sourcing" and h["text"].startswith(start))


# (claim as the report words it, check of the true behaviour, why / None when the claim is true)
CASES: list[tuple[str, Callable[[Story], bool], str | None]] = [
    # --- Inputs --------------------------------------------------------------------------------------
    ("What was removed: breitbart's Clinton tweet (“I'm thrilled to announce my running mate”), an embedded tweet",
     lambda s: any("I'm thrilled to announce" in r["text"] for r in _article(s, "breitbart")["removed"]), None),
    ("What was removed: nothing else (the Cecile Richards tweet stays in breitbart's text, markup and all)",
     lambda s: "<tweet" not in _article(s, "breitbart")["text"].replace(
         next((r["text"] for r in _article(s, "breitbart")["removed"]), ""), ""), None),
    # --- Key findings ------------------------------------------------------------------------------------
    ("Key findings: only usa-today reports “Two crucial priorities” and “13 million voters”",
     lambda s: "Only usa-today reports “Two crucial priorities” and “13 million voters”" in _findings(s), None),
    ("Key findings: only breitbart quotes Cecile Richards, Democratic Party and Fr. Frank Pavone",
     lambda s: "Only breitbart quotes Cecile Richards, Democratic Party and Fr. Frank Pavone." in _findings(s), None),
    ("Key findings: only breitbart reports “100%” and “USA Today”",
     lambda s: "“USA Today”" not in _findings(s),
     # Fixed (session 9, cast5); was false: 'USA Today' is breitbart's source for Kristen Day's words ('reports USA Today'), and the publisher of the other article: no detail of the pick only...
     None),
    # --- Only here: true ---------------------------------------------------------------------------------
    # "100%" left with the removed tweet (Cecile Richards's, not breitbart's words): the check follows it out.
    ("Only here (breitbart): Planned Parenthood, Global Gag Rule, Helms Amendment, Hyde Amendment, "
     "Pain-Capable Unborn Child Protection Act",
     lambda s: {"Planned Parenthood", "Global Gag Rule", "Helms Amendment", "Hyde Amendment",
                "Pain-Capable Unborn Child Protection Act"} <= set(s.only_here("breitbart")), None),
    ("Only here (breitbart): Joe Manchin, Bob Casey Jr, Joe Donnelly, Heidi Heitkamp, Kristen Day, Pavone, "
     "Cecile Richards, Democrats for Life, Priests for Life",
     lambda s: {"Joe Manchin", "Bob Casey Jr", "Joe Donnelly", "Heidi Heitkamp", "Kristen Day", "Pavone",
                "Cecile Richards", "Democrats for Life", "Priests for Life"} <= set(s.only_here("breitbart")), None),
    ("Only here (breitbart): Huffington Post, Washington Examiner, CNN, “2009”, the “Choose Life” plates",
     lambda s: {"Huffington Post", "Washington Examiner", "CNN", "2009", "Choose Life"}
     <= set(s.only_here("breitbart")), None),
    ("Only here (breitbart): Kaine's “I have a traditional Catholic personal position ...” and Day's "
     "“This platform’s language just says ...”",
     lambda s: any(t.startswith("I have a traditional Catholic") for t in s.only_here("breitbart"))
     and any(t.startswith("This platform’s language") for t in s.only_here("breitbart")), None),
    ("Only here (usa-today): Trans-Pacific Partnership, Bernie Sanders, Norman Solomon, RootsAction.org, "
     "Bernie Delegates Network, “13 million voters”, “2011”, Trump",
     lambda s: {"Trans-Pacific Partnership", "Bernie Sanders", "Norman Solomon", "RootsAction.org",
                "Bernie Delegates Network", "13 million voters", "2011", "Trump"} <= set(s.only_here("usa-today")),
     None),
    # --- Only here: false ----------------------------------------------------------------------------------
    ("Only here (breitbart): “USA Today”",
     lambda s: "USA Today" not in s.only_here("breitbart"),
     # Fixed (session 9, cast5); was false: breitbart names USA Today as the source of Day's quote; usa-today is the other article of this report
     None),
    ("Only here (breitbart): “HillaryClinton” and “TimKaine” (both articles name Hillary Clinton and Tim Kaine)",
     lambda s: not {"HillaryClinton", "TimKaine"} & set(s.only_here("breitbart")), None),
    ("Only here (breitbart): “CecileRichards” and “@CecileRichards” beside “Cecile Richards”",
     lambda s: not {"CecileRichards", "@CecileRichards"} & set(s.only_here("breitbart")), None),
    ("Only here (breitbart): the quotes “2016-07-23” and “756643058100428800”",
     lambda s: not {"2016-07-23", "756643058100428800"} & set(s.only_here("breitbart")),
     None),
    ("Only here (breitbart): “HuffPo” beside “Huffington Post”",
     lambda s: not {"HuffPo", "Huffington Post"} <= set(s.only_here("breitbart")),
     None),  # Fixed (cast, session 7): was "one outlet counted twice: 'the Huffington Post reported ...', then 'According to HuffPo:'"
    ("Only here (breitbart): “Roe” and “Wade”",
     lambda s: not {"Roe", "Wade"} & set(s.only_here("breitbart")),
     None),  # Fixed (session 9, cast5: the row shows the cast's one mention of the case); was ROE
    ("Only here (breitbart): “Party”",
     lambda s: "Party" not in s.only_here("breitbart"),
     None),  # Fixed (cast, session 7): was "no name: 'the Party’s platform', 'their Party’s radical stance' (the Democratic Party)"
    ("Only here (breitbart): “Democrat Party” (the cast says both articles name the Democratic Party)",
     lambda s: "Democrat Party" not in s.only_here("breitbart"),
     None),  # Fixed (cast, session 7): was "'the Democrat Party’s platform' is the Democratic Party, which usa-today names too ('Democratic " "establishment spin'); the Who is who row counts it
    ("Only here (breitbart): “Democratic Members of Congress”",
     lambda s: "Democratic Members of Congress" not in s.only_here("breitbart"),
     "no name but a group in Pavone's words; usa-today tells of Democratic senators ('one of only a dozen "
     "Democratic senators')"),
    # --- Wording only this outlet uses ---------------------------------------------------------------------
    ("Wording only breitbart uses: “longstanding federal provision”, “radical pro-abortion language”, "
     "“extreme pro-abortion stance”, “abortion business”, “license plates”",
     lambda s: {"longstanding federal provision", "radical pro-abortion language", "extreme pro-abortion stance",
                "abortion business", "license plates"} <= set(s.wording("breitbart")), None),
    ("Wording only usa-today uses: “ominous trade pact”, “gilded-age oligarchy”, “sustained clarion call”, "
     "“higher tax rate”, “demagogic efforts”",
     lambda s: {"ominous trade pact", "gilded-age oligarchy", "sustained clarion call", "higher tax rate",
                "demagogic efforts"} <= set(s.wording("usa-today")), None),
    ("Wording only usa-today uses: “wealth indicate”, “sizable ones”, “state's anti-union”",
     lambda s: not {"wealth indicate", "sizable ones", "state's anti-union"} & set(s.wording("usa-today")),
     # was false: "no phrase: 'the undemocratic power of wealth indicate that', 'including sizable ones',
     # 'the state's anti-union and misnamed \"right to work\" law' cut after the adjective"
     None),
    ("Wording only breitbart uses: “stance common”, “provide safe”, “abortion business calls”",
     lambda s: not {"stance common", "provide safe", "abortion business calls"} & set(s.wording("breitbart")),
     # was false: "no phrase: 'the stance common among some Catholics', 'countries that provide safe,
     # legal, abortion', 'what her abortion business calls'"
     None),
    # --- Left out, coverage, without counterpart, check by hand, conflicts, shared text ------------------------
    ("Left out: none; conflicts: none; shared text: none",
     lambda s: not s.data["comparison"]["omissions"] and not s.data["comparison"]["conflicts"]
     and not s.data["comparison"]["conflicts_to_check"] and not s.data["comparison"]["shared_text"], None),
    ("Coverage: both articles name Hillary Clinton, Kaine, Virginia and America",
     lambda s: all(_named_by(s, n, o) for n in ("Hillary Clinton", "Tim Kaine", "Virginia", "America")
                   for o in OUTLETS), None),
    ("Without counterpart: usa-today's Sanders voters and breitbart's HuffPo report",
     lambda s: any(p.startswith("All this and more in Kaine's extensive record") for p in _without(s, "usa-today"))
     and any(p.startswith("Though Kaine has described himself") for p in _without(s, "breitbart")), None),
    ("Without counterpart: breitbart's lead “Hillary Clinton has chosen Virginia Sen. Tim Kaine as her running mate”",
     lambda s: not any(p.startswith("Democrat presumptive presidential nominee") for p in _without(s, "breitbart")),
     None),  # Fixed (session 9, compare5): listed apart as maybe told in other words by usa-today's lead ("running mate")
    ("Without counterpart: usa-today's lead “... Hillary Clinton's selection of Tim Kaine as her running mate”",
     lambda s: not any(p.startswith("Two crucial priorities") for p in _without(s, "usa-today")),
     None),  # Fixed (session 9, compare5): listed apart as maybe told in other words by breitbart's lead ("running mate")
    ("Without counterpart: breitbart 34 of 35 sentences, usa-today 15 of 16",
     lambda s: "34 of 35 sentences without counterpart" not in s.markdown, None),
    ("Without counterpart: the passage “<tweet id=\"756643058100428800\" author=\"@CecileRichards\" ...”",
     lambda s: not any("<tweet" in p for p in _without(s, "breitbart")), None),
    ("Check by hand: breitbart's “mixed record” maybe said in other words by usa-today's “extensive record”",
     lambda s: not _to_check(s, "breitbart") and not _to_check(s, "usa-today"),
     "HuffPo's 'a mixed record on abortion' and Solomon's 'extensive record of serving the undemocratic power of "
     "wealth' share the word 'record' and nothing of what they tell"),
    # --- Quotes and voices -----------------------------------------------------------------------------
    ("Voices only one outlet gave: Cecile Richards, Democratic Party, Fr. Frank Pavone, HuffPo, Kristen Day "
     "(breitbart); the same words attributed differently: none",
     lambda s: all(s.voice(n)["sources"] == [s.source("breitbart")]
                   # (HuffPo's voice is the Huffington Post's row since the cast reads the two as one: session 7)
                   for n in ("Cecile Richards", "Democratic Party", "Fr. Frank Pavone", "Huffington Post", "Kristen Day"))
     and "No quote appears in two outlets with different speakers." in s.markdown, None),
    ("Who is quoted: Kaine told CNN “I have a traditional Catholic personal position ...”",
     lambda s: _said_by(s, "breitbart", "I have a traditional Catholic", "Tim Kaine"), None),
    ("Who is quoted: “The Democrats’ draft platform is telling ...” and “Apparently, it’s not just the unborn ...” "
     "are Frank Pavone's; “This platform’s language ...” is Kristen Day's",
     lambda s: _said_by(s, "breitbart", "The Democrats’ draft platform", "Frank Pavone")
     and _said_by(s, "breitbart", "Apparently, it’s not just", "Frank Pavone")
     and _said_by(s, "breitbart", "This platform’s language", "Kristen Day"), None),
    ("Who is quoted: “We also applaud the platform ...” is Cecile Richards's; the platform release is the "
     "Democrat convention committee's",
     lambda s: _said_by(s, "breitbart", "We also applaud", "Cecile Richards")
     and _said_by(s, "breitbart", "The platform goes further", "the Democrat convention committee"), None),
    ("Who is quoted: usa-today's “I strongly support” is Kaine's",
     lambda s: _said_by(s, "usa-today", "I strongly support", "Tim Kaine"), None),
    ("Who is quoted: usa-today's “right to work” is said by Tim Kaine",
     lambda s: not _said_by(s, "usa-today", "right to work", "Tim Kaine"),
     # Fixed (session 9, speakers5: a law's name after the writer's adjectives is no quotation); was false: RIGHT_TO_WORK
     None),
    ("Who is quoted: breitbart's “I’m pro-life in my personal life, but support abortion ...” is Kaine's",
     lambda s: not _said_by(s, "breitbart", "I’m pro-life in my personal life", "Tim Kaine"), STANCE),
    ("Who is quoted by which outlet: Tim Kaine 2 (breitbart), 2 (usa-today)",
     lambda s: _quoted_count(s, "Tim Kaine", "breitbart") == _quoted_count(s, "Tim Kaine", "usa-today") == 1,
     RIGHT_TO_WORK + "; " + STANCE),
    ("Who is quoted by which outlet: Cecile Richards 3, Kristen Day 2, HuffPo 1 (breitbart)",
     # (HuffPo is counted as the Huffington Post, one outlet: session 7)
     lambda s: [_quoted_count(s, n, o) for n in ("Cecile Richards", "Kristen Day", "Huffington Post") for o in OUTLETS]
     == [3, 0, 2, 0, 1, 0],
     None),
    ("Quotes: usa-today has 2 quotations (0 full / 2 partial)",
     lambda s: _feature(s, "usa-today", "quotes.count") == 1,
     # Fixed (session 9, speakers5: a law's name after the writer's adjectives is no quotation); was false: RIGHT_TO_WORK
     None),
    ("Reporting verbs: usa-today “declared ×2”",
     lambda s: "declared ×2" not in _verbs(s, "usa-today"),
     # Fixed (session 9, speakers5: the law's name is no quotation; a verb written once counts once); was false: 'Kaine declared' is written once; the second count is the law's name in scare quotes
     None),
    ("Reporting verbs: breitbart “noted ×2”, “reports ×1”",
     lambda s: "noted ×2" not in _verbs(s, "breitbart"),
     # Fixed (session 9, speakers5: a verb written once counts once); was false: 'Richards noted' is written once (two partial quotes in one sentence); 'reports' is USA Today's verb ('said Kristen Day, ..., reports USA Today'), given to Day's second sentence (still listed: 'reports ×1')
     None),
    ("People quoted: usa-today 1 (Kaine); quotations without a speaker: usa-today 0",
     lambda s: _speakers(s, "usa-today") == {"Tim Kaine"}, None),
    # --- Who is who ------------------------------------------------------------------------------------------
    ("Who is who: Tim Kaine and Hillary Clinton, persons named by both; Virginia a place",
     lambda s: _kind(s, "Tim Kaine") == _kind(s, "Hillary Clinton") == "person" and _kind(s, "Virginia") == "place"
     and all(_named_by(s, n, o) for n in ("Tim Kaine", "Hillary Clinton") for o in OUTLETS), None),
    ("Who is who: Cecile Richards, Kristen Day, Fr. Frank Pavone, Donald Trump, Bernie Sanders, Norman Solomon "
     "are persons; CNN, Congress, RootsAction.org organisations",
     lambda s: all(_kind(s, n) == "person" for n in ("Cecile Richards", "Kristen Day", "Fr. Frank Pavone",
                                                     "Donald Trump", "Bernie Sanders", "Norman Solomon"))
     and all(_kind(s, n) == "organisation" for n in ("CNN", "Congress", "RootsAction.org")), None),
    ("Who is who: Bernie Sanders is one row (“Bernie”, “Sanders”, “Bernie Sanders”)",
     lambda s: {"Bernie", "Sanders", "Bernie Sanders"} <= s.mentions("Bernie Sanders"), None),
    ("Who is who: “VP”, an organisation named by both outlets",
     lambda s: _kind(s, "VP") != "organisation", "'VP' is an office ('Clinton's choice for VP', 'VP pick'), no organisation"),
    ("Tone toward the main actors: “VP” (breitbart +0.09, usa-today +0.05)",
     lambda s: "| VP |" not in s.markdown.split("## Tone toward the main actors", 1)[1].split("\n## ", 1)[0], None),
    ("report.json cast: “HillaryClinton”, “TimKaine” and “CecileRichards” are entities apart from the people",
     lambda s: all(s.entity(n) is None for n in ("HillaryClinton", "TimKaine", "CecileRichards")), None),
    ("report.json cast: “Roe” and “Wade” are two entities",
     lambda s: s.entity("Roe") is None and s.entity("Wade") is None, None),  # Fixed (cast, session 7): was ROE
    ("report.json cast: “HuffPo” (kind other) is an entity apart from the Huffington Post",
     lambda s: "HuffPo" in s.mentions("Huffington Post"), None),  # Fixed (cast, session 7): was "the same outlet, named in full one sentence before"
    ("report.json cast: “Democrat Party” and “Party” are organisations apart from the Democratic Party",
     lambda s: s.entity("Democrat Party") is None and s.entity("Party") is None,
     None),  # Fixed (cast, session 7): was "'the Democrat Party’s platform', 'the Party’s platform': the Democratic Party"
    ("report.json cast: “Democrat U.S.” and “Democratic Members of Congress” are entities",
     lambda s: s.entity("Democrat U.S.") is None and s.entity("Democratic Members of Congress") is None,
     "no names: 'At least four Democrat U.S. senators', Pavone's 'the handful of Democratic Members of Congress'"),
    ("report.json cast: “Planned Parenthood Action Fund” is the one row for every “Planned Parenthood”",
     lambda s: "Planned Parenthood" not in s.mentions("Planned Parenthood Action Fund"), None),
    ("report.json cast: Washington Examiner and Democrats for Life are persons",
     lambda s: _kind(s, "Washington Examiner") == _kind(s, "Democrats for Life") == "organisation",
     None),  # Fixed (cast, session 7): was "a newspaper ('reported the Washington Examiner') and a group ('executive director of Democrats for Life')"
    ("report.json cast: USA Today and Priests for Life are of kind “other”",
     lambda s: _kind(s, "USA Today") == _kind(s, "Priests for Life") == "organisation",
     None),  # Fixed (cast, session 7): was "a newspaper ('reports USA Today') and a group ('national director of Priests for Life')"
    # Fixed (session 8, cast4): 'hill' is a place's head word.
    ("report.json cast: Capitol Hill is of kind “other”",
     lambda s: _kind(s, "Capitol Hill") == "place",
     None),
    # --- How each outlet describes them ---------------------------------------------------------------------
    ("Labels: breitbart calls Kaine “Virginia Sen.” (title) and “senator”; usa-today “Sen.”",
     lambda s: "*Virginia Sen.* (title)" in _describing(s, "Tim Kaine", "breitbart")
     and "*senator*" in _describing(s, "Tim Kaine", "breitbart")
     and "*Sen.* (title)" in _describing(s, "Tim Kaine", "usa-today"), None),
    ("Labels: usa-today's “who criticized fellow Democrats in 2011 ...” for Kaine (only this outlet)",
     lambda s: "*who criticized fellow Democrats in 2011 for seeking a higher tax rate on millionaires* (“who …” clause) "
     "**(only this outlet)**" in _describing(s, "Tim Kaine", "usa-today"), None),
    ("Labels: usa-today's “Virginia's governor” for Kaine (only this outlet)",
     lambda s: "*Virginia's governor* (description beside the name) **(only this outlet)**"
     not in _describing(s, "Tim Kaine", "usa-today"),
     # Fixed (session 9, labels5: labels._told_beside_name); was "breitbart too: 'in 2009, as governor of Virginia, he signed a bill'"
     None),
    ("Labels: breitbart's “Democrat presumptive presidential nominee” and “the presumptive nominee” for Clinton "
     "(only this outlet); usa-today names her without describing her",
     lambda s: "*Democrat presumptive presidential nominee* (words before the name) **(only this outlet)**"
     in _describing(s, "Hillary Clinton", "breitbart")
     and "*the presumptive nominee* (description beside the name) **(only this outlet)**"
     in _describing(s, "Hillary Clinton", "breitbart")
     and _describing(s, "Hillary Clinton", "usa-today") == "—", None),
    ("Names used: usa-today Kaine (surname, 7×), Tim Kaine (full name, 1×); breitbart Kaine (surname, 6×)",
     lambda s: "Kaine (surname, 7×); Tim Kaine (full name, 1×)" in _table_row(s, LABELS, "Tim Kaine", "usa-today")
     and "Kaine (surname, 6×)" in _table_row(s, LABELS, "Tim Kaine", "breitbart"), None),
    # --- Loaded words -------------------------------------------------------------------------------------------
    ("Loaded (own words): breitbart “claim” (verb of saying) and “radical”; usa-today “ominous” and “dangerous”",
     lambda s: {"claim", "radical"} <= set(_loaded(s, "breitbart")) and {"ominous", "dangerous"} <= set(_loaded(s, "usa-today")),
     None),
    ("Loaded words inside breitbart's quotations: “unprecedented”, “attacks”, “totally”",
     lambda s: {"unprecedented", "attacks", "totally"} <= set(_loaded_in_quotes(s, "breitbart")), None),
    ("Loaded verbs of saying: breitbart 1, usa-today 0",
     lambda s: _feature(s, "breitbart", "loaded.saying_verbs") == 1 and _feature(s, "usa-today", "loaded.saying_verbs") == 0,
     None),
    ("Loaded words: breitbart 5.6 per 100 sentences, 3% of sentences (only “claim” and “radical”)",
     lambda s: len(_loaded(s, "breitbart")) > 2,
     "breitbart's own words also say 'a fully pro-abortion stance', 'the abortion business' (twice), 'the radical "
     "pro-abortion language', 'her extreme pro-abortion stance', 'selling the body parts of babies it aborts'"),
    ("Loaded words: usa-today 11.8 per 100 sentences, 12% of sentences (only “ominous” and “dangerous”)",
     lambda s: len(_loaded(s, "usa-today")) > 2,
     # Fixed (session 9): the lexicon's families add the column's 'cherished' and 'principled' (its
     # 'demagogic', 'calamity' and the rest are still missed)
     None),
    # --- Hedges ---------------------------------------------------------------------------------------------------
    ("Hedges (breitbart): epistemic “Likely” (headline), “apparent”; “been considered” reported; “likely” and "
     "“Apparently” inside quotations",
     lambda s: {"Likely", "apparent", "been considered", "likely", "Apparently"} <= _cues(s, "breitbart", "epistemic")
     and all(h["quoted"] for h in _hedges(s, "breitbart") if h["text"] in ("likely", "Apparently")), None),
    ("Hedges (breitbart): “the Huffington Post reported” and “According to HuffPo”, named sources",
     lambda s: _sourcing(s, "breitbart", "the Huffington Post reported")["source_type"] == "named"
     and _sourcing(s, "breitbart", "According to HuffPo")["source_type"] == "named", None),
    ("Hedges: usa-today's “indicate that” (epistemic) and “Absolutely” (booster); breitbart's “unprecedented” "
     "a booster inside a quotation",
     lambda s: "indicate that" in _cues(s, "usa-today", "epistemic") and "Absolutely" in _cues(s, "usa-today", "booster")
     and "unprecedented" in _cues(s, "breitbart", "booster"), None),
    ("Hedges (breitbart) and worksheet 7: “Democrat U.S. senators claim”, source vague",
     lambda s: _sourcing(s, "breitbart", "Democrat U.S. senators")["source_type"] != "vague",
     # Fixed (session 6, hedges2): the sentence names the four senators at once: 'Sens. Joe Manchin (D-WV), Bob Casey Jr. (D-PA), Joe Donnelly (D-IN), and Heidi Heitkamp (D-ND)'
     None),
    ("Hedges (usa-today): “Trump's false claims”, a sourcing hedge with the named source “Trump's”",
     lambda s: not any(h["text"].startswith("Trump's") for h in _hedges(s, "usa-today")),
     # Fixed (session 6, hedges2): the columnist calls Trump's claims false: he passes on nothing from Trump
     None),
    ("Hedges (usa-today): “Sanders supporters should consider”, a sourcing hedge with a vague source",
     lambda s: not any(h["text"].startswith("Sanders supporters") for h in _hedges(s, "usa-today")),
     # Fixed (session 6, hedges2): 'Does this mean that Sanders supporters should consider voting for Trump ...? Absolutely not.': the writer's own question, no claim passed on
     None),
    ("Sourcing hedges: breitbart 11.1 per 100 sentences, 50% named",
     lambda s: _feature(s, "breitbart", "hedging.named_source_share") > 0.5,
     # Fixed (session 6, hedges2): breitbart also passes claims on from 'reported the Washington Examiner' and 'reports USA Today', both named, and names the four senators; at least 4 of 6 sourcing hedges name their source
     None),
    ("Sourcing hedges: usa-today 11.8 per 100 sentences, 50% named",
     lambda s: _feature(s, "usa-today", "hedging.sourcing_per_100") == 0,
     # Fixed (session 6, hedges2): neither is a claim passed on (Trump's claims called false; the writer's own question)
     None),
    # 5 hedges in 33 sentences since the tweet's lines are removed (13.9 was 5 in 36). Since session 9 (hedges5) the
    # rates leave out a hedge in a view given to someone else, as the orlando and dncobama reads ask: "been considered"
    # lies in what "the Huffington Post reported that ...", HuffPost's word (the case above), so 4 in 33.
    ("Epistemic hedges per 100 sentences: breitbart 15.2, usa-today 5.9",
     lambda s: round(_feature(s, "breitbart", "hedging.epistemic_per_100"), 1) == 12.1
     and round(_feature(s, "usa-today", "hedging.epistemic_per_100"), 1) == 5.9, None),
    # --- Tone, stands out --------------------------------------------------------------------------------------
    ("Tone: most positive / most negative labels sit on the highest / lowest values shown",
     lambda s: all(_extremes_consistent(_labelled_extremes(s, o, "Average tone")) for o in OUTLETS)
     and all(_labelled_extremes(s, o, "Average tone") for o in OUTLETS)
     and _extremes_consistent(_labelled_extremes(s, "breitbart", "Average tone (VADER)")), None),
    ("Which differences stand out: every verdict follows its value and range (all within chance)",
     lambda s: _verdicts_follow_values(s), None),
    # --- Worksheet -----------------------------------------------------------------------------------------------
    # Re-read after this session's fixes: the tweet that held "100%" is removed, and the worksheet's
    # questions 2-4 moved to "USA Today", "13 million voters" and the Pain-Capable act.
    ("Worksheet 1, 3, 4: both articles mention “Hillary Clinton”; only usa-today “13 million voters”; only "
     "breitbart the “Pain-Capable Unborn Child Protection Act”",
     lambda s: "Every article mentions “Hillary Clinton”" in s.answers
     and "usa-today is the only article that mentions “13 million voters”" in s.answers
     and "breitbart is the only article that mentions “Pain-Capable Unborn Child Protection Act”" in s.answers, None),
    ("Worksheet 2: only breitbart mentions “USA Today”",
     lambda s: "breitbart is the only article that mentions “USA Today”" not in s.answers,
     # Fixed (session 9, cast5); was false: USA Today is breitbart's cited source ('reports USA Today') and the publisher of the other article: no difference in coverage
     None),
    ("Worksheet 5: only breitbart quotes Cecile Richards, Fr. Frank Pavone and Kristen Day",
     lambda s: "Only breitbart quotes Cecile Richards, Fr. Frank Pavone and Kristen Day." in s.answers, None),
    ("Worksheet 6, 8, 9: Kaine introduced as “senator” / “Virginia's governor”; usa-today's “indicate that”, "
     "“Absolutely”",
     lambda s: "breitbart: “senator”; usa-today: “Virginia's governor”" in _answer(s, "How does each article introduce")
     and "“indicate that”" in _answer(s, "shows the writer is not certain")
     and "“Absolutely”" in _answer(s, "Find a booster in usa-today"), None),
    ("Worksheet 4: only breitbart mentions “July 23, 2016” (evidence “— Cecile Richards (@CecileRichards) "
     "July 23, 2016</tweet>.”)",
     lambda s: "“July 23, 2016”" not in s.answers, None),
    ("Worksheet 7: breitbart's “Democrat U.S. senators claim” (source: Democrat U.S. senators, vague)",
     lambda s: "(source: Democrat U.S. senators, vague)" not in _answer(s, "Find a sourcing hedge in breitbart"),
     # Fixed (session 6, hedges2): the sentence names the four senators at once: 'Sens. Joe Manchin (D-WV), Bob Casey Jr. (D-PA), Joe Donnelly (D-IN), and Heidi Heitkamp (D-ND)'
     None),
    ("Left out (worksheet has no left-out question): no detail both articles but one carry",
     lambda s: not _left_out(s, "usa-today", "Planned Parenthood") and not _left_out(s, "breitbart", "Trump"), None),
]


@pytest.mark.parametrize("claim, check", [
    pytest.param(claim, check, id=f"kaine: {claim}",
                 marks=[pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"{FALSE}: {why}")] if why else [])
    for claim, check, why in CASES
])
def test_teacher_read_kaine(claim: str, check: Callable[[Story], bool], tmp_path_factory: pytest.TempPathFactory):
    """One claim of the Kaine story's report, checked against what the two articles say."""
    assert check(story("kaine", tmp_path_factory.mktemp("teacher"))), claim
