"""Acceptance read of one PolNeAR story: George Zimmerman auctions the gun that killed Trayvon Martin (May 2016).

The two articles (huff-post, 12 May 2016; usa-today, 13 May) were read in full, as a media-literacy
teacher would before a class, and every claim of report.md, report.json and the worksheet was
checked against them (the reader's report to the lead gives the tally and the causes). The style
is tests/test_teacher_read.py's: each case is one claim, with a check of the true behaviour. The
cases with a reason are false claims today, strict xfails that turn into XPASS once fixed (then
drop the reason); the cases without one are true claims that must stay true.

huff-post tells the first listing (on GunBroker.com) and its move to UnitedGunGroup.com; its text
opens with an "UPDATE: 5/12 —" paragraph and a "PREVIOUSLY:" line, keeps two photo credits
("Handout/Reuters.", "POOL New/Reuters.") with their captions, quotes Zimmerman's listing in a
paragraph of its own after a caption, and ends on an editor's note ("This article has been updated
with additional information on ... the Smithsonian's response"), a response its text does not
hold. usa-today, a day later, tells both sites pulling the listing on Thursday (the same Thursday,
12 May), GunBroker's and United Gun Group's statements and the Smithsonian's denial. Both quote
the Trayvon Martin Foundation's "no comment on the actions of that person": huff-post gives it
to the foundation ("the group said"), usa-today to Tracy Martin, Trayvon's father.
"""

from __future__ import annotations

from typing import Callable

import pytest
from test_teacher_read import (FALSE, Story, _answer, _extremes_consistent, _feature, _hedges, _kind,
                               _labelled_extremes, _loaded, _named_by, _said_by, _speakers, _table_row,
                               _to_check, _verdicts_follow_values, story)
from test_teacher_read import listed_by_words
from test_teacher_read_akin import _article as _record
from test_teacher_read_akin import _findings, _loaded_in_quotes, _verbs

pytestmark = pytest.mark.slow

HP, UT = "huff-post", "usa-today"
LABELS = "How each outlet describes them"


def _quoted_table_row(s: Story, speaker: str) -> str:
    """The row of ``speaker`` in report.md's "Who is quoted by which outlet" table ("" if none)."""
    section = s.markdown.split("### Who is quoted by which outlet\n", 1)[1].split("\n### ", 1)[0]
    return next((line for line in section.splitlines() if line.startswith(f"| {speaker} |")), "")


def _without_counterpart(s: Story, outlet: str) -> list[str]:
    """The passages of ``outlet`` the report says no other article has a similar sentence for."""
    return [w["text"] for w in s.data["comparison"]["without_counterpart"] if w["source"] == s.source(outlet)]


def _shared_quotes(s: Story) -> list[str]:
    """Both sides' texts of every shared-text pair, as one list."""
    return [p[side]["text"] for p in s.data["comparison"]["shared_text"] for side in ("a", "b")]


def _hedge(s: Story, outlet: str, cue: str) -> dict:
    """``outlet``'s hedge record whose cue text is ``cue``."""
    return next(h for h in _hedges(s, outlet) if h["text"] == cue)


def _actor_sentences(s: Story, name: str, outlet: str) -> int:
    """The number of sentences the "Tone toward the main actors" table counts for ``name`` in ``outlet``."""
    section = s.markdown.split("## Tone toward the main actors\n", 1)[1].split("\n## ", 1)[0]
    row = next(line for line in section.splitlines() if line.startswith(f"| {name} |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    return int(cells[1 + list(s.data["labels"].values()).index(outlet)].split("(")[1].rstrip(")"))


# (claim as the report words it, check of the true behaviour, why / None when the claim is true)
CASES: list[tuple[str, Callable[[Story], bool], str | None]] = [
    # --- Inputs ------------------------------------------------------------------------------------
    ("Inputs: no warning that the two articles tell different events (both tell the same auction)",
     lambda s: s.data["comparison"]["different_occurrences"] is None and s.data["comparison"]["comparable"], None),
    ("Inputs: no warning, nothing removed (huff-post's photo credits 'Handout/Reuters.' and 'POOL New/Reuters.' kept as text)",
     lambda s: bool(_record(s, HP)["removed"] or _record(s, HP)["warnings"] or s.data["comparison"]["warnings"]),
     None),  # made true by removing photo credits, update and editor's notes (furniture2)
    # --- Key findings ------------------------------------------------------------------------------
    ("Key findings: only huff-post reports “Fox 35”; only usa-today “185,000 views” and “$5,000”",
     lambda s: "“Fox 35”" in _findings(s) and "Only usa-today reports “185,000 views” and “$5,000”" in _findings(s), None),
    ("Key findings: only huff-post quotes Hakeem Jeffries",
     lambda s: "Only huff-post quotes Hakeem Jeffries" in _findings(s), None),
    ("Key findings: only huff-post reports “Reuters”",
     lambda s: "“Reuters”" not in _findings(s),
     None),  # made true by removing photo credits, update and editor's notes (furniture2)
    ("Key findings: only huff-post quotes the Trayvon Martin Foundation",
     lambda s: "Trayvon Martin Foundation" not in _findings(s),
     "usa-today quotes the same statement ('has no comment on the actions of that person that murdered Trayvon'), "
     "given by Tracy Martin for 'a foundation in his son's name'; the report itself pairs the two as the same quote"),
    # --- Only here -----------------------------------------------------------------------------------
    ("Only here (huff-post): Fox 35, Hakeem Jeffries, Timothy Smith, Fusion, “2013”, “ignorant baboon”",
     lambda s: {"Fox 35", "Hakeem Jeffries", "Timothy Smith", "Fusion", "2013", "ignorant baboon"} <= set(s.only_here(HP)),
     None),
    ("Only here (huff-post): Zimmerman's “I’m a free American”, “the offers were to use the gun ...”, Jeffries's words",
     lambda s: {"I’m a free American", "the offers were to use the gun in a fashion I did not feel comfortable with",
                "Trayvon Martin’s cold-blooded killer should be in prison",
                "America must reject this merchant of death once and for all"} <= set(s.only_here(HP)), None),
    ("Only here (usa-today): “185,000 views”, “$5,000”, “$200”, Orlando Sentinel, Hispanic, Twitter",
     lambda s: {"185,000 views", "$5,000", "$200", "Orlando Sentinel", "Hispanic", "Twitter"} <= set(s.only_here(UT)),
     None),
    ("Only here (usa-today): GunBroker's and United Gun Group's statements, “honored and humbled”",
     lambda s: {"We want no part in the listing on our web site or in any of the publicity it is receiving",
                "honored and humbled", "Sorry, but the item you have requested is no longer in the system"}
     <= set(s.only_here(UT)), None),
    ("Only here (huff-post): “Reuters” and “POOL New”",
     lambda s: not {"Reuters", "POOL New"} & set(s.only_here(HP)),
     None),  # made true by removing photo credits, update and editor's notes (furniture2)
    ("Only here (huff-post): “B. Hussein Obama” and “Barack Obama” as two details",
     lambda s: not {"B. Hussein Obama", "Barack Obama"} <= set(s.only_here(HP)),
     "one person: Zimmerman's 'B. Hussein Obama' is President Barack Obama"),
    ("Only here (usa-today): “United Gun Group”",
     lambda s: "United Gun Group" not in s.only_here(UT),
     None),  # Fixed (cast, session 7): was "huff-post: 'It has now been posted on another website, UnitedGunGroup.com.'"
    ("Only here (usa-today): “Smithsonian Institution”",
     lambda s: "Smithsonian Institution" not in s.only_here(UT),
     "huff-post names it: 'including The Smithsonian Museum in Washington D.C.', 'the Smithsonian’s response'"),
    ("Only here (usa-today): Zimmerman's “It has now been placed with another auction house”",
     lambda s: "It has now been placed with another auction house" not in s.only_here(UT),
     "huff-post tells the same in nearly the same words: 'It has now been posted on another website, UnitedGunGroup.com.'"),
    # --- Wording only this outlet uses ---------------------------------------------------------------
    ("Wording only huff-post uses: “persecution career”, “state attorney”",
     lambda s: {"persecution career", "state attorney"} <= set(s.wording(HP)), None),
    ("Wording only usa-today uses: “neighborhood watch volunteer”, “convenience store”, “relative's house”",
     lambda s: {"neighborhood watch volunteer", "convenience store", "relative's house", "organization's best interest"}
     <= set(s.wording(UT)), None),
    ("Wording only huff-post uses: “additional information”",
     lambda s: "additional information" not in s.wording(HP),
     None),  # made true by removing photo credits, update and editor's notes (furniture2)
    ("Wording only usa-today uses: “son's name”, “firearms normally sell”, “company wrote”",
     lambda s: not {"son's name", "firearms normally sell", "company wrote"} & set(s.wording(UT)),
     # was false: fragments: a possessive without its noun's fact ('a foundation in his son's name'), a verb
     # without what the firearms sell for, an attribution ('the company wrote')
     None),
    # --- Check by hand, coverage, conflicts, shared text, without counterpart ------------------------
    ("Check by hand: usa-today's “kill 17-year-old” against huff-post's 'shot and killed Trayvon Martin'",
     lambda s: "kill 17-year-old" in _to_check(s, UT), None),
    ("Check by hand: huff-post's “police officer” may be usa-today's 'law enforcement officers'",
     lambda s: "police officer" not in _to_check(s, HP), None),
    ("Check by hand: usa-today's “web site” (huff-post's 'website')",
     lambda s: "web site" not in _to_check(s, UT), None),  # an empty phrase: now not claimed, huff-post writes it as one word
    ("Check by hand: the Smithsonian's “We have never expressed interest ...” may be said in huff-post's 'Many have "
     "expressed interest ... including The Smithsonian Museum'",
     lambda s: not any(t.startswith("We have never expressed interest") for t in _to_check(s, UT)),
     "the opposite claim: the Smithsonian's denial answers Zimmerman's listing; only usa-today has it"),
    ("Coverage: both include February 2012, Thursday, Sanford, Kel-Tec PF-9, GunBroker.com, Black Lives Matter",
     lambda s: all(any(d["text"] == t and len(d["articles"]) == 2 for d in s.data["comparison"]["details"])
                   for t in ("February 2012", "Thursday", "Sanford", "Kel-Tec PF-9", "GunBroker.com",
                             "Black Lives Matter")), None),
    ("Left out: none; conflicts: none",
     lambda s: not s.data["comparison"]["omissions"] and not s.data["comparison"]["conflicts"]
     and not s.data["comparison"]["conflicts_to_check"], None),
    ("Shared text: the foundation's “no comment on the actions of that person”, the same quote",
     lambda s: any("no comment on the actions of that person" in p["a"]["text"] and p["label"] == "same quote"
                   for p in s.data["comparison"]["shared_text"]), None),
    ("Shared text: 1 sentence pair (Zimmerman's “This is a piece of American History” in both is not listed)",
     lambda s: any("piece of American History" in t for t in _shared_quotes(s)), None),
    ("Without counterpart (huff-post): Fox 35 interview, the offers, Fusion's arrests, Jeffries's statement",
     lambda s: all(any(t.startswith(p) for t in _without_counterpart(s, HP)) for p in (
         "“I’m a free American,”", "Zimmerman said he had received offers", "Zimmerman has been in and out",
         "In a statement released Thursday, Rep. Hakeem Jeffries")), None),
    ("Without counterpart (usa-today): 185,000 views, the site went down, United Gun Group pulled the listing",
     lambda s: all(any(t.startswith(p) for t in _without_counterpart(s, UT)) for p in (
         "The listing, which got more than 185,000 views", "That site apparently went down")), None),
    # United Gun Group pulling the listing now meets huff-post's update paragraph, its label removed.
    # Session 9 (compare5): true as now worded; false as 'no other article has a similar sentence': huff-post: 'It
    # has now been posted on another website, UnitedGunGroup.com.'
    ('Without counterpart by shared words (usa-today): “It has now been placed with another auction house.”'
     " — no sentence of another article shares enough of its words; it may be told in other words",
     lambda s: listed_by_words(s, '"It has now been placed'), None),
    ("Without counterpart (huff-post): the editor's note 'This article has been updated with additional information ...'",
     lambda s: not any(t.startswith("This article has been updated") for t in _without_counterpart(s, HP)),
     None),  # made true by removing photo credits, update and editor's notes (furniture2)
    # --- Quotes and voices ---------------------------------------------------------------------------
    ("Voices only one outlet gave: Hakeem Jeffries (huff-post), Smithsonian Institution (usa-today)",
     lambda s: s.voice("Hakeem Jeffries")["sources"] == [s.source(HP)]
     and s.voice("Smithsonian Institution")["sources"] == [s.source(UT)], None),
    ("Voices only one outlet gave: POOL New, quoted only by huff-post",
     lambda s: s.voice("POOL New") is None,
     # Fixed (session 6, speakers2: a photo credit and a sentence-opening adjective are no antecedent; 'the organization' and 'It' are the body before): a photo credit ('POOL New/Reuters.') made the speaker of Zimmerman's words
     None),
    ("Voices only one outlet gave: the Trayvon Martin Foundation, quoted only by huff-post",
     lambda s: s.voice("Trayvon Martin Foundation") is None,
     "usa-today quotes the foundation's same statement through Tracy Martin"),
    ("The same words, attributed differently: none",
     lambda s: "No quote appears in two outlets with different speakers." not in s.markdown,
     "'has no comment on the actions of that person': huff-post's 'the group' (the foundation), usa-today's Tracy Martin"),
    ("Who is quoted (huff-post): Zimmerman's Fox 35 words, his listing's 'fight BLM violence', 'ignorant baboon'",
     lambda s: _said_by(s, HP, "I’m a free American", "George Zimmerman")
     and _said_by(s, HP, "I can do what I like", "George Zimmerman")
     and _said_by(s, HP, "fight BLM violence", "George Zimmerman")
     and _said_by(s, HP, "the offers were to use", "George Zimmerman")
     and _said_by(s, HP, "ignorant baboon", "George Zimmerman"), None),
    ("Who is quoted (huff-post): Jeffries's three sentences, the foundation's 'that person'",
     lambda s: all(_said_by(s, HP, t, "Hakeem Jeffries") for t in ("Trayvon Martin’s cold-blooded", "It should shock",
                                                                   "America must reject"))
     and _said_by(s, HP, "that person", "the Trayvon Martin Foundation")
     and _said_by(s, HP, "ending senseless gun violence", "the Trayvon Martin Foundation"), None),
    ("Who is quoted (huff-post): huff-post's own translation “if you wish peace, prepare for war” has no speaker",
     lambda s: _said_by(s, HP, "if you wish peace", None), None),
    ("Who is quoted (huff-post): “The firearm is fully functional ...” and “Si Vis Pacem Para Bellum” said by POOL New",
     lambda s: _said_by(s, HP, "The firearm is fully functional", "George Zimmerman")
     and _said_by(s, HP, "Si Vis Pacem", "George Zimmerman"),
     # Fixed (session 6, speakers2: a photo credit and a sentence-opening adjective are no antecedent; 'the organization' and 'It' are the body before): Zimmerman's listing ('he added', 'He ended the auction description with'); 'POOL New' is a photo credit
     None),
    ("Who is quoted (huff-post): the listing's “It has recently been returned to me ...” has no speaker",
     lambda s: _said_by(s, HP, "It has recently been returned", "George Zimmerman"),
     "Zimmerman's auction listing, quoted after the caption ('Zimmerman wrote in the auction description')"),
    ("Who is quoted (usa-today): Zimmerman's 'piece of history', 'honored and humbled', 'Black Lives Matter'",
     lambda s: all(_said_by(s, UT, t, "George Zimmerman") for t in (
         "piece of history", "honored and humbled", "It has now been placed", "This is a piece of American History",
         "Black Lives Matter", "Hillary Clinton")), None),
    ("Who is quoted (usa-today): Tracy Martin, the Smithsonian Institution, the company",
     lambda s: _said_by(s, UT, "has no comment", "Tracy Martin")
     and _said_by(s, UT, "We have never expressed", "the Smithsonian Institution")
     and _said_by(s, UT, "Mr. Zimmerman never contacted", "company"), None),
    ("Who is quoted (usa-today): GunBroker's “We want no part in the listing ...” said by George Zimmerman",
     lambda s: not _said_by(s, UT, "We want no part", "George Zimmerman"),
     # Fixed (session 6, speakers2: a photo credit and a sentence-opening adjective are no antecedent; 'the organization' and 'It' are the body before): 'It added,' after 'the company wrote in its statement': GunBroker.com's words
     None),
    ("Who is quoted (usa-today): “The firearm for sale is the firearm ...” said by “Similar”",
     lambda s: _said_by(s, UT, "The firearm for sale", "George Zimmerman"),
     # Fixed (session 6, speakers2: a photo credit and a sentence-opening adjective are no antecedent; 'the organization' and 'It' are the body before): 'he wrote': Zimmerman; 'Similar' is the first word of the sentence before ('Similar firearms normally sell')
     None),
    ("Who is quoted (usa-today): the listing's “Smithsonian Museum” has no speaker",
     lambda s: _said_by(s, UT, "Smithsonian Museum", "George Zimmerman"),
     "'In his listing, Zimmerman claimed that the \"Smithsonian Museum\" ...'"),
    ("Who is quoted by which outlet: Hakeem Jeffries 2 / 0, Tracy Martin 0 / 1, Smithsonian Institution 0 / 1",
     lambda s: _quoted_table_row(s, "Hakeem Jeffries") == "| Hakeem Jeffries | 2 | 0 |"
     and _quoted_table_row(s, "Tracy Martin") == "| Tracy Martin | 0 | 1 |"
     and _quoted_table_row(s, "Smithsonian Institution") == "| Smithsonian Institution | 0 | 1 |", None),
    ("Who is quoted by which outlet: a row “POOL New” (2 / 0)",
     lambda s: _quoted_table_row(s, "POOL New") == "",
     # Fixed (session 6, speakers2: a photo credit and a sentence-opening adjective are no antecedent; 'the organization' and 'It' are the body before): a photo credit, not a speaker
     None),
    ("Who is quoted by which outlet: George Zimmerman 4 / 7",
     lambda s: _quoted_table_row(s, "George Zimmerman") != "| George Zimmerman | 4 | 7 |",
     # Fixed (session 6, speakers2: a photo credit and a sentence-opening adjective are no antecedent; 'the organization' and 'It' are the body before): huff-post quotes his listing and Fox 35 words 7 times (3 given to POOL New or nobody); usa-today's 7 hold GunBroker's words and miss 'The firearm for sale' and 'Smithsonian Museum'
     None),
    ("Who is quoted by which outlet: a row “the organization” (0 / 1)",
     lambda s: _quoted_table_row(s, "the organization") == "",
     # Fixed (session 6, speakers2: a photo credit and a sentence-opening adjective are no antecedent; 'the organization' and 'It' are the body before): 'the organization wrote': United Gun Group, named in the sentence before
     None),
    ("People quoted: huff-post 5, usa-today 6",
     lambda s: _feature(s, HP, "quotes.distinct_speakers") == 3 and _feature(s, UT, "quotes.distinct_speakers") == 5,
     # Fixed (session 6, speakers2: a photo credit and a sentence-opening adjective are no antecedent; 'the organization' and 'It' are the body before): huff-post quotes Zimmerman, the foundation ('the group' too) and Jeffries; usa-today Zimmerman, GunBroker, United Gun Group, Tracy Martin, the Smithsonian ('POOL New' and 'Similar' are no speakers)
     None),
    ("Quotations without a speaker: huff-post 0.15, usa-today 0.14",
     lambda s: None not in _speakers(s, UT),
     "usa-today's unattributed one, 'Smithsonian Museum', is Zimmerman's ('In his listing, Zimmerman claimed'); "
     "huff-post's listing paragraph is Zimmerman's too"),
    ("Reporting verbs: usa-today wrote ×5, said ×3, added ×1, described ×1, saying ×1, told ×1",
     # Session 9 (speakers5): a verb written once counts once; 'Zimmerman said he planned to use the proceeds to
     # fight "Black Lives Matter" and ...' is one 'said' for two partial quotes.
     lambda s: _verbs(s, UT) == "- usa-today: wrote ×5, said ×2, added ×1, described ×1, saying ×1, told ×1", None),
    ("Reporting verbs: huff-post “added ×3”",
     lambda s: "added ×2" in _verbs(s, HP),
     # Fixed (session 9, speakers5: a verb written once counts once); was false: 'He ended the auction description with "Si Vis Pacem Para Bellum"' is counted as a third 'added'
     None),
    # --- Who is who ------------------------------------------------------------------------------------
    ("Who is who: George Zimmerman, Hillary Clinton, Hakeem Jeffries, Timothy Smith, Barack Obama are persons",
     lambda s: all(_kind(s, n) == "person" for n in ("George Zimmerman", "Hillary Clinton", "Hakeem Jeffries",
                                                    "Timothy Smith", "Barack Obama", "Trayvon Martin")), None),
    ("Who is who: Black Lives Matter is one row for huff-post's “BLM” and usa-today's name; GunBroker.com named by both",
     lambda s: {"BLM", "Black Lives Matter"} <= s.mentions("Black Lives Matter")
     and _named_by(s, "GunBroker.com", HP) and _named_by(s, "GunBroker.com", UT)
     and _kind(s, "Black Lives Matter") == "organisation", None),
    ("Who is who: Sanford, Florida (“Fla”), Orlando are places",
     lambda s: _kind(s, "Sanford") == _kind(s, "Florida") == _kind(s, "Orlando") == "place"
     and "Fla" in s.mentions("Florida"), None),
    ("Who is who: usa-today names Trayvon Martin once (“Trayvon” a row of its own, kind other)",
     lambda s: s.entity("Trayvon") is None and "Trayvon" in s.mentions("Trayvon Martin"),
     None),
    ("Who is who: Tracy Martin's row holds usa-today's “Martin”",
     lambda s: "Martin" not in {m["text"] for m in s.entity("Tracy Martin")["mentions"] if m["source"] == s.source(UT)},
     None),
    ("Who is who: “B. Hussein Obama” a row of its own (kind other) beside Barack Obama",
     lambda s: s.entity("B. Hussein Obama") is None, "Zimmerman's name for President Barack Obama: one person"),
    ("Who is who: “Justice Department” (usa-today) apart from “Department of Justice” (huff-post)",
     lambda s: s.entity("Justice Department") is None or s.entity("Department of Justice") is None,
     None),  # Fixed (cast, session 7): was "one department, two rows"
    ("Who is who: “United Gun Group” (usa-today) apart from “UnitedGunGroup.com” (huff-post)",
     lambda s: s.entity("United Gun Group") is None or s.entity("UnitedGunGroup.com") is None,
     None),  # Fixed (cast, session 7): was "one company and its site, two rows"
    ("Who is who: “Smithsonian Institution” apart from “Smithsonian Museum”, both of kind other",
     lambda s: s.entity("Smithsonian Institution") is None or s.entity("Smithsonian Museum") is None,
     "one institution, two rows; a museum is an organisation"),
    ("Who is who: “Washington D.C.” is a person",
     lambda s: _kind(s, "Washington D.C.") in (None, "place"), None),  # Fixed (cast, session 7): was "a city"
    ("Who is who: “Orlando Sentinel” is a person",
     lambda s: _kind(s, "Orlando Sentinel") == "organisation", None),  # Fixed (cast, session 7): was "a newspaper"
    ("Who is who: Fox 35, Fusion and Twitter are of kind “other”",
     lambda s: all(_kind(s, n) == "organisation" for n in ("Fox 35", "Fusion", "Twitter")),
     "a TV station, a news site and a company"),
    ("Who is who: “POOL New”, “Reuters”, “Law Enforcement”, “American History” are entities",
     lambda s: all(s.entity(n) is None for n in ("POOL New", "Reuters", "Law Enforcement", "American History")),
     "photo credits, and capitalised common nouns in Zimmerman's listing ('Law Enforcement officers', 'a piece of "
     "American History')"),
    ("Who is who: the prosecutor's row is named “Angela Correy”",
     lambda s: s.entity("Angela Corey") is not None,
     "'Angela Correy’s [sic]' is Zimmerman's misspelling; huff-post names her 'Angela Corey'"),
    # --- How each outlet describes them -------------------------------------------------------------
    ("Labels: usa-today's “who identifies as Hispanic” and “who alleged that Martin ...” for Zimmerman (only this outlet)",
     lambda s: "*who identifies as Hispanic* (“who …” clause) **(only this outlet)**"
     in _table_row(s, LABELS, "George Zimmerman", UT)
     and "*who alleged that Martin was trying to bash his head on the pavement during a struggle*"
     in _table_row(s, LABELS, "George Zimmerman", UT)
     and _table_row(s, LABELS, "George Zimmerman", HP).rstrip(" |").endswith("—"), None),
    ("Labels: huff-post's “an unarmed black teenager” for Trayvon Martin (only this outlet)",
     lambda s: "*an unarmed black teenager* (description beside the name) **(only this outlet)**"
     not in _table_row(s, LABELS, "Trayvon Martin", HP),
     # Fixed (session 9, labels5: labels._told_beside_name); was "usa-today: 'as the unarmed black teenager was heading back to a relative's house'"
     None),
    ("Labels: huff-post's “Martin” for Trayvon (no other outlet uses this form)",
     lambda s: "no other outlet uses this form" not in _table_row(s, LABELS, "Trayvon Martin", HP),
     None),
    ("Labels: usa-today names Trayvon Martin once, full name, without describing him",
     lambda s: "Trayvon Martin (full name, 1×)" not in _table_row(s, LABELS, "Trayvon Martin", UT),
     "usa-today calls him 'Trayvon' four times and '17-year-old', 'the unarmed black teenager'"),
    # --- Loaded words ---------------------------------------------------------------------------------
    ("Loaded (usa-today's own words): “infamous” pistol, “alleged”, “claimed” (the Smithsonian)",
     lambda s: {"infamous", "alleged", "claimed"} <= set(_loaded(s, UT)), None),
    ("Loaded words inside quotations: huff-post “ignorant”, “peddling”; usa-today “brutal”",
     lambda s: {"ignorant", "peddling"} <= set(_loaded_in_quotes(s, HP)) and "brutal" in _loaded_in_quotes(s, UT), None),
    ("Loaded (huff-post's own words): “claimed” self-defense, a loaded verb of saying",
     lambda s: "claimed" not in _loaded(s, HP),
     # Fixed (session 6, loaded._CLAIMED_THING: a legal defence claimed): "'claimed self-defense' invokes a legal defence, as 'claimed responsibility'"
     None),
    # --- Hedges ----------------------------------------------------------------------------------------
    ("Hedges: huff-post none; usa-today's writer is not certain: “apparently” (the site went down)",
     lambda s: not _hedges(s, HP) and _hedge(s, UT, "apparently")["cue_kind"] == "epistemic"
     and not _hedge(s, UT, "apparently")["quoted"], None),
    ("Sourcing hedge: usa-today's “Zimmerman claimed”, named source Zimmerman",
     lambda s: _hedge(s, UT, "Zimmerman claimed")["source"] == "Zimmerman", None),
    ("Sourcing hedge: usa-today's “alleged”, anonymous source (worksheet 6)",
     lambda s: "“alleged” (source: anonymous)" not in _answer(s, "Find a sourcing hedge in usa-today"),
     # Fixed (session 6, hedges2): 'Zimmerman, who alleged that Martin was trying to bash his head': the source is Zimmerman, named
     None),
    # --- Worksheet --------------------------------------------------------------------------------------
    ("Worksheet 1: both mention “Kel-Tec PF-9”, “Black Lives Matter” and “Hillary Clinton”",
     lambda s: "Every article mentions “Kel-Tec PF-9”, “Black Lives Matter” and “Hillary Clinton”" in s.answers, None),
    ("Worksheet 2-5: only huff-post mentions “Fox 35” and “Hakeem Jeffries”, only usa-today “185,000 views”; "
     "only huff-post quotes Jeffries",
     lambda s: "huff-post is the only article that mentions “Fox 35”" in s.answers
     and "usa-today is the only article that mentions “185,000 views”" in s.answers
     and "huff-post is the only article that mentions “Hakeem Jeffries”" in s.answers
     and "Only huff-post quotes Hakeem Jeffries." in s.answers, None),
    ("Worksheet 7-8: usa-today's “apparently”; its loaded “infamous”, “alleged”, “claimed”",
     lambda s: "usa-today has “apparently”" in _answer(s, "shows the writer is not certain")
     and "“infamous” (judgement word)" in _answer(s, "Find the loaded words in usa-today"), None),
    # --- Tone, stands out -------------------------------------------------------------------------------
    ("Tone: most positive / most negative labels sit on the highest / lowest values shown",
     lambda s: all(_extremes_consistent(_labelled_extremes(s, o, h)) and _labelled_extremes(s, o, h)
                   for o in (HP, UT) for h in ("Average tone", "Average tone (VADER)")), None),
    ("Which differences stand out: every verdict follows its value and range (all within chance)",
     lambda s: _verdicts_follow_values(s), None),
    ("Tone toward the main actors: usa-today names Trayvon Martin in 2 sentences",
     lambda s: _actor_sentences(s, "Trayvon Martin", UT) > 2,
     None),
]


@pytest.mark.parametrize("claim, check", [
    pytest.param(claim, check, id=f"zimmerman: {claim}",
                 marks=[pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"{FALSE}: {why}")] if why else [])
    for claim, check, why in CASES
])
def test_teacher_read_zimmerman(claim: str, check: Callable[[Story], bool], tmp_path_factory: pytest.TempPathFactory):
    """One claim of the Zimmerman story's report, checked against what the two articles say."""
    assert check(story("zimmerman", tmp_path_factory.mktemp("teacher"))), claim
