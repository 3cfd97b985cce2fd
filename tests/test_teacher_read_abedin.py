"""Acceptance read of one PolNeAR story: Anthony Weiner's new sexting report and Huma Abedin's separation (August 2016).

The three articles (huff-post and west-journal of 29 August 2016, usa-today of 31 August) were
read in full, as a media-literacy teacher would before a class, and every claim of report.md,
report.json and the worksheet was checked against them (the reader's report to the lead gives the
tally and the causes). The style is tests/test_teacher_read.py's: each case is one claim, with a
check of the true behaviour. The cases with a reason are false claims today, strict xfails that
turn into XPASS once fixed (then drop the reason); the cases without one are true claims that
must stay true.

The three are not alike. huff-post's article reports the New York Post's sexting story and was
written before Abedin announced the separation, which it never mentions; west-journal's reports
the separation and the jobs Weiner lost that Monday, and embeds a tweet (left in the text as
``<tweet tweet-id="…"><tweet/>``); usa-today's is a page of readers' letters and Facebook comments
("LETTERS.", "FACEBOOK."), five opinions each signed with a name line ("Rob Billeaud.") and one
with a town ("Huntington Beach, Calif.").
"""

from __future__ import annotations

import json
import re
from typing import Any, Callable

import pytest
from test_teacher_read import (FALSE, Story, _answer, _extremes_consistent, _feature, _kind, _labelled_extremes,
                               _left_out, _loaded, _named_by, _said_by, _table_row, _to_check, _verdicts_follow_values,
                               story)
from test_teacher_read import listed_by_words
from test_teacher_read_akin import _article as _record
from test_teacher_read_akin import _findings
from test_teacher_read_vow import _without_counterpart

pytestmark = pytest.mark.slow

LABELS = "How each outlet describes them"
OUTLETS = ("huff-post", "usa-today", "west-journal")
# The name lines and place line that sign usa-today's letters and comments.
SIGN_OFFS = {"Cathy Williams", "Kenneth L. Zimmerman", "Rob Billeaud", "John Murray", "John Baker",
             "Huntington Beach", "Calif"}


def _quote(s: Story, outlet: str, start: str) -> dict[str, Any]:
    """``outlet``'s quotation starting with ``start`` (an empty record when there is none)."""
    return next((q for q in _record(s, outlet).get("quotes", []) if q["text"].startswith(start)), {})


def _spoken_by(s: Story, outlet: str, start: str, name: str) -> bool:
    """Whether ``outlet``'s quotation starting with ``start`` is given to a speaker that names ``name``."""
    # The speaker is the words that name them, a title or role included ("a NY1 representative").
    return name in (_quote(s, outlet, start).get("speaker") or "")


def _sentences(s: Story, outlet: str) -> list[str]:
    """The sentences biaslens cut ``outlet``'s text into."""
    article = _record(s, outlet)
    return [article["text"][x["start"]:x["end"]] for x in article["sentences"]]


def _carried_by(s: Story, text: str) -> set[str]:
    """The outlets the Coverage detail ``text`` (a name, number, date or quote) is counted in."""
    labels = s.data["labels"]
    return {labels[a].lower() for d in s.data["comparison"]["details"]
            if d["text"] == text and d["kind"] != "phrase" for a in d["articles"]}


def _hedge_cues(s: Story, outlet: str, kind: str) -> set[str]:
    """The cues of ``kind`` (epistemic, sourcing, booster) the report gives as ``outlet``'s own words."""
    return {h["text"] for h in _record(s, outlet)["hedges"]
            if h["cue_kind"] == kind and not h["quoted"] and not h["reported"]}


# (claim as the report words it, check of the true behaviour, why / None when the claim is true)
CASES: list[tuple[str, Callable[[Story], bool], str | None]] = [
    # --- The inputs ------------------------------------------------------------------------------
    ("Check the inputs first: no warning at all (usa-today's piece is readers' letters and comments)",
     lambda s: any(re.search(r"letter|opinion|comment", json.dumps(w), re.I)
                   for w in s.data["comparison"]["warnings"] + _record(s, "usa-today")["warnings"]),
     None),
    ("What was removed before analysis: nothing (page furniture such as embedded tweets is removed)",
     lambda s: not any("tweet-id" in x for x in _sentences(s, "west-journal")),
     None),
    # --- Key findings ----------------------------------------------------------------------------
    ("Key finding 1: only huff-post reports “Here’s the Thing” (the podcast)",
     lambda s: "Here’s the Thing" in s.only_here("huff-post") and "“Here’s the Thing”" in _findings(s), None),
    ("Key finding 1 / only here (huff-post): “Twitter”; no other article mentions it in any form",
     lambda s: "Twitter" not in s.only_here("huff-post"),
     "west-journal: 'In 2011, he resigned from Congress after accidentally tweeting a public crotch-shot' "
     "(huff-post: 'posted a sexually explicit image of himself on Twitter'): the verb of the name"),
    ("Key finding 2: only usa-today reports “Cathy Williams” and “Kenneth L. Zimmerman”",
     lambda s: "Cathy Williams" not in _findings(s) and "Kenneth L. Zimmerman" not in _findings(s),
     None),
    ("Key finding 3: only west-journal reports “New York Daily News” and “Sydney Leathers”",
     lambda s: {"New York Daily News", "Sydney Leathers"} <= set(s.only_here("west-journal"))
     and "Only west-journal reports “New York Daily News” and “Sydney Leathers”" in _findings(s), None),
    ("Key finding 4: only west-journal quotes Huma Abedin, Josh Greenman and MWW",
     lambda s: all((s.voice(n) or {}).get("sources") == [s.source("west-journal")]
                   for n in ("Huma Abedin", "Josh Greenman", "MWW")), None),
    ("Key finding 5: usa-today's sentences are shorter than the other articles' (11.6 words against 19.6)",
     lambda s: "usa-today: its sentences are shorter" not in _findings(s),
     None),
    # --- Only here ---------------------------------------------------------------------------------
    ("Only here (huff-post): “Here’s the Thing”, “Syfy”, “January 2015”, “2013” and Weiner's two quotes",
     lambda s: {"Here’s the Thing", "Syfy", "January 2015", "2013", "Being a dad, that’s my job",
                "been friends for some time"} <= set(s.only_here("huff-post")), None),
    ("Only here (usa-today): “Clinton Foundation”",
     lambda s: "Clinton Foundation" in s.only_here("usa-today"), None),
    ("Only here (usa-today): “Cathy Williams”, “Kenneth L. Zimmerman”, “Rob Billeaud”, “John Murray”, "
     "“John Baker”, “Huntington Beach”, “Calif”",
     lambda s: not SIGN_OFFS & set(s.only_here("usa-today")),
     None),
    ("Only here (west-journal): the outlets and people of Weiner's lost jobs, “Showtime”, “Oct. 22”, "
     "“September 2015”, “Monday”",
     lambda s: {"New York Daily News", "NY1", "Josh Greenman", "Business Insider", "Daily Beast", "MWW", "Showtime",
                "Oct. 22", "September 2015", "Monday"} <= set(s.only_here("west-journal")), None),
    ("Only here (west-journal): the NY1 and Daily News statements",
     lambda s: {"Anthony Weiner is on indefinite leave from the station",
                "[W]e won’t be running his columns in the future"} <= set(s.only_here("west-journal")), None),
    ("Only here (west-journal): “Television”",
     lambda s: "Television" not in s.only_here("west-journal"),
     None),  # Fixed (names, session 6): 'contributor to the Television channel NY1': a capitalised common noun, no name
    ("Only here (west-journal): the quote “770390718095486977”",
     lambda s: "770390718095486977" not in s.only_here("west-journal"),
     None),
    # --- Wording only this outlet uses ------------------------------------------------------------
    # "sent screen shots" is "screen shots" since the session-6 phrase rules ("She sent screen shots":
    # an irregular past opening the chunk is its verb).
    ("Wording only huff-post uses: “late-night comedians”, “sent screen shots”, “raunchy selfies”, “never met”",
     lambda s: {"late-night comedians", "screen shots", "raunchy selfies", "never met"}
     <= set(s.wording("huff-post")), None),
    ("Wording only usa-today uses: “cut ties”, “major liability”, “poor judgment”, “sex-crazed man”",
     lambda s: {"cut ties", "major liability", "poor judgment", "sex-crazed man"} <= set(s.wording("usa-today")), None),
    ("Wording only west-journal uses: “public relations firm”, “opinion editor”, “extramarital activity”, “porn star”",
     lambda s: {"public relations firm", "opinion editor", "extramarital activity", "porn star"}
     <= set(s.wording("west-journal")), None),
    ("Wording only west-journal uses: “lost due”",
     lambda s: "lost due" not in s.wording("west-journal"), None),
    # --- Check by hand ------------------------------------------------------------------------------
    ("Check by hand (west-journal): “tweet tweet-id”, maybe said in other words by huff-post's “sent lurid tweets”",
     lambda s: not any("tweet" in x for x in _to_check(s, "west-journal")),
     None),
    ("Check by hand (huff-post): “sent lurid tweets”, beside west-journal's “<tweet tweet-id=…><tweet/>.”",
     # (No "Check by hand" list at all is true too: the markup was the only sentence it paired.)
     lambda s: "tweet-id" not in (s.markdown.split("**Check by hand", 1) + [""])[1].split("\n### ", 1)[0],
     None),
    # --- Left out and coverage --------------------------------------------------------------------
    ("Left out: usa-today does not mention “Carlos Danger”, the “New York Post” or “2011”",
     lambda s: all(_left_out(s, "usa-today", t) for t in ("Carlos Danger", "New York Post", "2011")), None),
    ("Coverage: Hillary Clinton, Abedin and Weiner in all three; 2011, Carlos Danger, New York Post, Congress "
     "in huff-post and west-journal",
     lambda s: all(_carried_by(s, t) == set(OUTLETS) for t in ("Hillary Clinton", "Abedin", "Weiner"))
     and all(_carried_by(s, t) == {"huff-post", "west-journal"}
             for t in ("2011", "Carlos Danger", "New York Post", "Congress")), None),
    # --- Without counterpart -------------------------------------------------------------------------
    ("Without counterpart: huff-post's raunchy selfies and screen shots; usa-today's letters on Abedin; "
     "west-journal's lost jobs",
     lambda s: all(_without_counterpart(s, p) for p in (
         "One of the raunchy selfies", "She sent screen shots", "It is obvious that Abedin", "Abedin has also played",
         "If the breakup of his marriage", "“[W]e won’t be running")), None),
    ("Without counterpart (huff-post): “Although Weiner attempted to revive his political career in 2013 ... "
     "the alias Carlos Danger”",
     lambda s: not _without_counterpart(s, "Although Weiner attempted"),
     # Fixed (session 9, compare5): listed apart as maybe told in other words by west-journal's 'Weiner wrote under
     # the pseudonym “Carlos Danger,”' (both name Weiner and use the alias); was false
     None),
    ("Without counterpart (west-journal): “Weiner wrote under the pseudonym “Carlos Danger,” ...”",
     lambda s: not _without_counterpart(s, "Weiner wrote under the pseudonym"),
     # Fixed (session 9, compare5): listed apart as maybe told in other words by huff-post's 'the one where he used
     # the alias Carlos Danger'; was false
     None),
    # Session 9 (compare5): true as now worded; false as 'no other article has a similar sentence': huff-post: 'his
    # sexual and political escapades were featured in the documentary “Weiner.”'
    ('Without counterpart by shared words (west-journal): “A documentary titled Weiner is set to be released on Showtime ...”'
     " — no sentence of another article shares enough of its words; it may be told in other words",
     lambda s: listed_by_words(s, 'A documentary titled Weiner'), None),
    # Session 9 (compare5): true as now worded; false as 'no other article has a similar sentence': usa-today:
    # 'which prompted wife Huma Abedin to ask for a separation'
    ("Without counterpart by shared words (west-journal): Abedin's statement “... I have made the decision to separate ...”"
     " — no sentence of another article shares enough of its words; it may be told in other words",
     lambda s: listed_by_words(s, '“After long and painful consideration'), None),
    ("Without counterpart (usa-today): the passage “Huntington Beach, Calif.”",
     lambda s: not _without_counterpart(s, "Huntington Beach"),
     None),
    # --- Conflicts, shared text, voices ------------------------------------------------------------
    ("No conflicts, nothing to check by hand as a conflict, no shared text",
     lambda s: not s.data["comparison"]["conflicts"] and not s.data["comparison"]["conflicts_to_check"]
     and not s.data["comparison"]["shared_text"], None),
    ("Voices only one outlet gave: Huma Abedin, Josh Greenman, MWW and NY1, all west-journal",
     lambda s: all((s.voice(n) or {}).get("sources") == [s.source("west-journal")]
                   for n in ("Huma Abedin", "Josh Greenman", "MWW", "NY1")), None),
    ("The same words, attributed differently: none",
     lambda s: "No quote appears in two outlets with different speakers." in s.markdown, None),
    # --- Who is quoted -------------------------------------------------------------------------------
    ("Who is quoted (huff-post): “been friends for some time” and “Being a dad, that’s my job” are Anthony Weiner's",
     lambda s: _said_by(s, "huff-post", "been friends for some time", "Anthony Weiner")
     and _said_by(s, "huff-post", "Being a dad", "Anthony Weiner"), None),
    ("Who is quoted (west-journal): Abedin's statement, Greenman's email, MWW's statement, NY1's",
     lambda s: _spoken_by(s, "west-journal", "After long and painful", "Huma Abedin")
     and _spoken_by(s, "west-journal", "[W]e won’t", "Josh Greenman")
     and _spoken_by(s, "west-journal", "The continuous noise", "MWW")
     and _spoken_by(s, "west-journal", "To Anthony’s credit", "MWW")
     and _spoken_by(s, "west-journal", "Anthony Weiner is on indefinite leave", "NY1"), None),
    ("Who is quoted (west-journal): “We are sorry to hear ...” and “We do not a have formal contributor "
     "relationship ...” said by “company”",
     lambda s: _spoken_by(s, "west-journal", "We are sorry", "Business Insider")
     and _spoken_by(s, "west-journal", "We do not a have", "Business Insider"),
     # Fixed (session 6, speakers: 'the company' is the body the sentence before names): 'Business Insider also commented on Weiner’s future as a contributor with the company ... “...,” the company said in a statement': the company is Business Insider, named the sentence before
     None),
    ("Quotations (huff-post): “Here’s the Thing.”, “Sharknado 3: Oh Hell No!” and “Weiner.”, no speaker",
     lambda s: not any(_quote(s, "huff-post", t) for t in ("Here’s the Thing", "Sharknado", "Weiner.")),
     # Fixed (session 6, speakers: titles after 'the podcast', 'the movie', 'the documentary' are no quotations): the titles of a podcast, a film and a documentary in quotation marks: nobody's words
     None),
    ("Quotations (west-journal): “Carlos Danger”, no speaker",
     lambda s: not _quote(s, "west-journal", "Carlos Danger"),
     # Fixed (session 6, speakers: a name after 'the pseudonym' is no quotation): the pseudonym Weiner wrote under ('under the pseudonym “Carlos Danger,”'): a name, nobody's words
     None),
    ("Quotes table: huff-post 5 quotations (1 full / 4 partial), 0.60 without a speaker",
     lambda s: _feature(s, "huff-post", "quotes.count") == 2 and _feature(s, "huff-post", "quotes.unattributed_share") == 0,
     # Fixed (session 6, speakers: titles after 'the podcast', 'the movie', 'the documentary' are no quotations): two quotations, both Weiner's; the other three are titles
     None),
    ("Quotes table: west-journal 0.17 of quotations without a speaker",
     lambda s: _feature(s, "west-journal", "quotes.unattributed_share") == 0,
     # Fixed (session 6, speakers: a name after 'the pseudonym' is no quotation): the one is the pseudonym “Carlos Danger”; every quotation has its speaker
     None),
    ("Tone of quoted words (huff-post): “Sharknado 3: Oh Hell No” is the strongest quoted words",
     lambda s: "Sharknado" not in s.markdown.split("### Tone of quoted words\n", 1)[1].split("\n### ", 1)[0],
     # Fixed (session 6, speakers: titles after 'the movie' are no quotations): a film title, nobody's words
     None),
    ("Quotes table: People quoted huff-post 1, usa-today 0 quotations, west-journal 5 voices",
     lambda s: _feature(s, "huff-post", "quotes.distinct_speakers") == 1 and _feature(s, "usa-today", "quotes.count") == 0
     and _feature(s, "west-journal", "quotes.distinct_speakers") == 5, None),
    ("Reporting verbs: west-journal said ×4, told ×1",
     lambda s: "- west-journal: said ×4, told ×1" in s.markdown, None),
    ("Reporting verbs: huff-post “claimed” ×1 (the verb of “been friends for some time”)",
     lambda s: _quote(s, "huff-post", "been friends").get("verb") == "admitted",
     # Fixed (session 6, speakers: a verb after a quotation that takes a clause of its own does not introduce it): 'Weiner admitted to the newspaper that he and the woman had “been friends for some time,” he claimed they had never met': the quote's verb is 'admitted'; 'claimed' introduces the unquoted claim after it
     None),
    # --- Who is who ------------------------------------------------------------------------------------
    ("Who is who: Anthony Weiner, Huma Abedin and Hillary Clinton, persons, named by all three",
     lambda s: all(_kind(s, n) == "person" and all(_named_by(s, n, o) for o in OUTLETS)
                   for n in ("Anthony Weiner", "Huma Abedin", "Hillary Clinton")), None),
    ("Who is who: New York Post and Congress, organisations, named by huff-post and west-journal, not usa-today",
     lambda s: all(_kind(s, n) == "organisation" and _named_by(s, n, "huff-post") and _named_by(s, n, "west-journal")
                   and not _named_by(s, n, "usa-today") for n in ("New York Post", "Congress"))
     and "Post" in s.mentions("New York Post"), None),
    ("Who is who: Josh Greenman and Sydney Leathers persons, MWW and the Clinton Foundation organisations, "
     "New York City a place",
     lambda s: _kind(s, "Josh Greenman") == _kind(s, "Sydney Leathers") == "person"
     and _kind(s, "MWW") == _kind(s, "Clinton Foundation") == "organisation" and _kind(s, "New York City") == "place",
     None),
    ("Who is who: “Carlos Danger”, a row of its own of kind other",
     lambda s: "Carlos Danger" in s.mentions("Anthony Weiner") or _kind(s, "Carlos Danger") == "person",
     None),  # Fixed (names, session 6): the alias Weiner used ('the alias Carlos Danger', 'the pseudonym “Carlos Danger”'): Weiner himself
    ("Tone toward the main actors: a row for “Carlos Danger”",
     lambda s: not re.search(r"^\| Carlos Danger \| [-+]?\d", s.markdown, re.M),
     None),  # Fixed (names, session 6): Weiner's alias, no actor of its own: its sentences are Weiner's
    ("report.json cast: NY1, Syfy, Showtime, the Daily Beast and Business Insider are of kind “other”",
     lambda s: all(_kind(s, n) == "organisation" for n in ("NY1", "Syfy", "Showtime", "Daily Beast", "Business Insider")),
     None),  # Fixed (cast, session 7): was "a TV station, two TV networks, two news sites: 'the Television channel NY1', 'the Syfy movie', " "'released on Showtime'"
    ("report.json cast: “Television” is an organisation",
     lambda s: s.entity("Television") is None, None),  # Fixed (names, session 6): 'the Television channel NY1': a common noun
    ("report.json cast: “Daily News” and “New York Daily News” are two entities",
     lambda s: s.entity("Daily News") is None or s.entity("New York Daily News") is None,
     None),  # Fixed (names, session 6): 'a columnist for the New York Daily News' and 'Daily News opinion editor Josh Greenman': one paper
    ("report.json cast: “Weiners” is an entity",
     lambda s: s.entity("Weiners") is None, None),  # Fixed (names, session 6): 'the dissolution of the Weiners’ marriage': the couple, Weiner and Abedin
    # --- How each outlet describes them ------------------------------------------------------------
    ("Labels (Weiner): huff-post “Former Rep.” and “D-N.Y.” (only this outlet); west-journal “Former Democratic "
     "congressman”; usa-today's “who is just a sex-crazed man ...” (only this outlet)",
     lambda s: "*Former Rep.*" in _table_row(s, LABELS, "Anthony Weiner", "huff-post")
     and "*D-N.Y.* (description beside the name) **(only this outlet)**" in _table_row(s, LABELS, "Anthony Weiner", "huff-post")
     and "*Former Democratic congressman*" in _table_row(s, LABELS, "Anthony Weiner", "west-journal")
     and "exposing it on social media* (“who …” clause) **(only this outlet)**"
     in _table_row(s, LABELS, "Anthony Weiner", "usa-today"), None),
    ("Labels (Weiner): usa-today's “former U.S. Representative” (only this outlet)",
     lambda s: "*former U.S. Representative* (words before the name) **(only this outlet)**"
     not in _table_row(s, LABELS, "Anthony Weiner", "usa-today"),
     None),  # Fixed (names, session 6): huff-post: 'Former Rep. Anthony Weiner (D-N.Y.)': the same title, abbreviated
    ("Labels (Abedin): huff-post “top Hillary Clinton aide”, west-journal “longtime Hillary Clinton aide”",
     lambda s: "*top Hillary Clinton aide*" in _table_row(s, LABELS, "Huma Abedin", "huff-post")
     and "*longtime Hillary Clinton aide*" in _table_row(s, LABELS, "Huma Abedin", "west-journal"), None),
    ("Labels (Abedin): usa-today's “wife” (only this outlet)",
     lambda s: "*wife* (words before the name) **(only this outlet)**" not in _table_row(s, LABELS, "Huma Abedin", "usa-today"),
     None),  # Fixed (names, session 6): west-journal: 'First his wife, longtime Hillary Clinton aide Huma Abedin, announced' and its headline 'Separation From Wife Huma Abedin'
    ("Names used (west-journal): Weiner (surname, 6×), Abedin (surname, 3×)",
     lambda s: "Weiner (surname, 6×)" not in _table_row(s, LABELS, "Anthony Weiner", "west-journal")
     and "Abedin (surname, 3×)" not in _table_row(s, LABELS, "Huma Abedin", "west-journal"),
     None),  # Fixed (names, session 6): one 'Weiner' is the documentary ('A documentary titled Weiner'); 'Abedin' alone is written twice ('one too many for Abedin', 'Abedin said')
    # --- Loaded words ------------------------------------------------------------------------------------
    ("Loaded (own words): huff-post “scandals” and “claimed”, usa-today “obvious”, west-journal “scandals”",
     lambda s: {"scandals", "claimed"} <= set(_loaded(s, "huff-post")) and "obvious" in _loaded(s, "usa-today")
     and "scandals" in _loaded(s, "west-journal"), None),
    ("Loaded words inside quotations (west-journal): MWW's “inflammatory”, “insulting”",
     lambda s: {"inflammatory", "insulting"} <= {w["text"].lower() for w in _record(s, "west-journal")["loaded_in_quotes"]},
     None),
    ("Loaded (west-journal's own words): “accidentally”, an adverb of how someone spoke",
     lambda s: "accidentally" not in _loaded(s, "west-journal"),
     # Fixed (session 6, loaded.manner_of_speaking: an adverb of chance is no manner of speaking): "'he resigned from Congress after accidentally tweeting a public crotch-shot'"
     None),
    ("Loaded verbs of saying: huff-post 1 (“claimed”)",
     lambda s: "admitted" in _loaded(s, "huff-post"),
     "huff-post: 'Weiner admitted to the newspaper that ...'; the report's own list names 'admitted' as colouring"),
    ("Loaded words: usa-today 3.8 per 100 sentences, the fewest (only “obvious”)",
     lambda s: len({"loser", "sex-crazed", "lech", "inane"} & set(_loaded(s, "usa-today"))) >= 2,
     "the letters call Weiner 'a loser like', 'a sex-crazed man', 'a lech', their comments 'inane': "
     "the most judging text of the three"),
    # --- Hedges --------------------------------------------------------------------------------------------
    ("Hedges (huff-post): sourcing “Reportedly”, “allegedly”, “reportedly”, “the New York Post reported” "
     "(named), “he claimed” (Weiner); epistemic “apparently”",
     lambda s: {"Reportedly", "allegedly", "reportedly", "the New York Post reported", "he claimed"}
     <= _hedge_cues(s, "huff-post", "sourcing") and "apparently" in _hedge_cues(s, "huff-post", "epistemic")
     and {h["text"]: h["source"] for h in _record(s, "huff-post")["hedges"]}.get("he claimed") == "Anthony Weiner", None),
    ("Hedges (west-journal): the writer is not certain: “It appears”, “might”; usa-today's “been reported that”",
     lambda s: {"It appears", "might"} <= _hedge_cues(s, "west-journal", "epistemic")
     and "been reported that" in _hedge_cues(s, "usa-today", "sourcing"), None),
    ("Hedges (usa-today): the writer is not certain: “could” (“And how could he keep falling for the same prank”)",
     lambda s: "could" not in _hedge_cues(s, "usa-today", "epistemic"), None),
    # --- Worksheet ---------------------------------------------------------------------------------------------
    # Session 8 (labels4): the report is named by west-journal's headline, which names Abedin, so the
    # worksheet no longer asks whether every article mentions her (a detail of the title is not asked).
    ("Worksheet 1-2: all three mention Hillary Clinton; only huff-post mentions “Here’s the Thing”",
     lambda s: "Every article mentions “Hillary Clinton”." in s.answers
     and "huff-post is the only article that mentions “Here’s the Thing”" in s.answers, None),
    ("Worksheet 3: only usa-today mentions “Cathy Williams”",
     lambda s: "“Cathy Williams”" not in s.answers,
     None),
    ("Worksheet 4-5: only west-journal mentions “Oct. 22”; only west-journal quotes Huma Abedin and Josh Greenman",
     lambda s: "west-journal is the only article that mentions “Oct. 22”" in s.answers
     and "Only west-journal quotes Huma Abedin and Josh Greenman." in s.answers, None),
    ("Worksheet 6-8: Weiner introduced as “Former Rep.” / “Former Democratic congressman”; huff-post's "
     "“the New York Post reported”; west-journal's “It appears”, “might”",
     lambda s: "west-journal: “Former Democratic congressman”" in _answer(s, "How does each article introduce Anthony Weiner")
     and "“the New York Post reported” (source: the New York Post, named)" in _answer(s, "Find a sourcing hedge in huff-post")
     and "“It appears”; “might”" in _answer(s, "shows the writer is not certain"), None),
    ("Worksheet 9: usa-today reads most easily; “Its sentences average 11.6 words against 19.5”",
     lambda s: "11.6 words" not in _answer(s, "Which article reads most easily"),
     None),
    # --- Tone, stands out, sentences --------------------------------------------------------------------------
    ("Tone: most positive / most negative labels sit on the highest / lowest values shown",
     lambda s: all(_extremes_consistent(_labelled_extremes(s, o, h)) for o in OUTLETS
                   for h in ("Average tone", "Average tone (VADER)"))
     and all(_labelled_extremes(s, o, "Average tone") for o in OUTLETS), None),
    ("Which differences stand out: every verdict follows its value and range",
     lambda s: _verdicts_follow_values(s), None),
    ("Tone (huff-post): the most negative sentence “), whose political career ended in disgrace ...”",
     lambda s: not any(x.startswith(")") for x in _sentences(s, "huff-post")),
     "'Former Rep. Anthony Weiner (D-N.Y.), whose ...' cut after the abbreviation's period inside the brackets"),
    ("Tone (usa-today): the sentence “Rob Billeaud.” among the most negative (tone -0.32, VADER -0.56)",
     lambda s: "): Rob Billeaud." not in s.markdown,
     None),
]


@pytest.mark.parametrize("claim, check", [
    pytest.param(claim, check, id=f"abedin: {claim}",
                 marks=[pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"{FALSE}: {why}")] if why else [])
    for claim, check, why in CASES
])
def test_teacher_read_abedin(claim: str, check: Callable[[Story], bool], tmp_path_factory: pytest.TempPathFactory):
    """One claim of the Weiner and Abedin story's report, checked against what the three articles say."""
    assert check(story("abedin", tmp_path_factory.mktemp("teacher"))), claim
