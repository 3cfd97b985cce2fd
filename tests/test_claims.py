"""Cross-outlet claims a teacher may repeat: values, detail quality, conflicts, shared text, input fit.

Cases are labelled data: text, what must (or must not) be claimed, and a comment why. The
"read by hand" cases are false claims found by reading BASIL dev stories end to end; the
sentences here are written for the tests (the evaluation data is not copied), keeping the
shape that fooled the rules.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from biaslens.compare import compare_articles
from biaslens.corpus import article_from_text
from biaslens.details import extract_details
from biaslens.fit import article_warnings, english_stop_share, story_warnings, wire_agency
from biaslens.values import (dates, durations, named_days, parse_number, quantities, relative_months, relative_weekdays,
                             weekday_dates)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "evaluation"))

FILLER = (
    "Officials from both governments spent the morning in talks at the ministry. "
    "Reporters waited outside the building for several hours. "
    "The talks covered trade, security and the environment. "
)


def article(name: str, body: str, outlet: str | None = None):
    return article_from_text(f"Headline For {name.upper()}\n\n{body}", f"{name}.txt", {"outlet": outlet or name.upper()})


def filled(name: str, body: str):
    """An article of FILLER (so it fits as news) and then ``body``, its outlet named ``name``."""
    return article_from_text(f"Headline {name}\n\n{FILLER}{body}", f"{name}.txt", {"outlet": name})


def only_here(comparison, name: str) -> list[str]:
    return [r.text for r in comparison.unique_rows(f"{name}.txt")]


def wording_only(comparison, name: str) -> list[str]:
    return [r.text for r in comparison.wording_rows(f"{name}.txt")]


def wording_beside_plain(a) -> list[str]:
    """The wording only article ``a`` uses beside a plain article that shares none of its phrases."""
    b = filled("b", "Critics of the stadium plan spoke at the council meeting on Monday night.")
    return wording_only(compare_articles([a, b]), "a")


# --- values -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("twenty-five", 25.0),              # hyphenated compound
    ("twenty five", 25.0),
    ("one hundred and five", 105.0),    # not 1, 100 and 5
    ("three thousand two hundred", 3200.0),
    ("a dozen", 12.0),                  # the word table text2num lacks
    ("1,200", 1200.0),
    ("2.5", 2.5),
    ("five five", None),                # two numbers, not one
    ("plenty", None),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_quantities_in_any_spelling():
    # The same value, whatever the spelling; "34.6 million" is never read as 34.6 and 1000000.
    assert 5.5e11 in quantities("Japan pledged $550bln.")
    assert 5.5e11 in quantities("Japan pledged 550 billion dollars.")
    assert 2.5e10 in quantities("They offered twenty-five billion in loans.")
    assert 3.46e7 in quantities("Exports hit 34.6 million metric tons.")
    assert 1e6 not in quantities("Exports hit 34.6 million metric tons.")


def test_dates_in_any_spelling():
    assert dates("on Sept. 11, 2001") == dates("September 11th") == dates("11 September") == {(9, 11)}


# --- details worth a reader's time ----------------------------------------------------------

@pytest.mark.parametrize("sentence, not_a_detail, why", [
    ("The May 17 hearing was postponed.", "17 hearing", "a day number belongs to its month"),
    ("Imports were 13 percent of U.S. demand.", "13 percent of U", "cut inside the abbreviation U.S."),
    ("Exports hit 34.6 million metric tons.", "34.6 million metric", "a quantity cut from its unit"),
    ("It is more than a story about money.", "more than a story", "a comparison without a measure"),
    ("He brought more than 600 influential donors.", "600 influential", "an adjective cut from its noun"),
    ("The meeting took place in Tokyo.", "meeting took place", "a verb phrase states no fact"),
    ("The deal includes plans for new ships.", "includes plans", "a verb phrase states no fact"),
    ("The two sides struck a deal.", "sides struck", "a verb phrase states no fact"),
    ("My 11-year-old son asked a question.", "11-year", "an age, not a duration"),
    ("He left a year ago for the capital.", "year", "'a year ago' frames the story, it states no figure"),
    # Read by hand on BASIL dev stories: fragments that were listed as "only here".
    ("He cited less substantive examples like the holiday menu.", "substantive examples like", "ends on a preposition"),
    ("The campaign plans to bring hundreds of donors.", "campaign plans", "'plans to' is a verb"),
    ("He asked fellow citizens behind closed doors.", "fellow citizens behind", "ends on a preposition"),
    ("Critics said it doesn't help his case.", "doesn't help", "a negated verb states no fact"),
])
def test_no_fragments_or_empty_phrases(sentence, not_a_detail, why):
    texts = [d.text for d in extract_details(article("a", sentence))]
    assert not_a_detail not in texts, why


@pytest.mark.parametrize("sentence, detail", [
    ("Exports hit 34.6 million metric tons.", "34.6 million metric tons"),
    ("One hundred and five people came.", "One hundred and five people"),
    ("Japan pledged twenty-five billion dollars.", "twenty-five billion dollars"),
    ("Imports were 13 percent of U.S. demand.", "13 percent"),
    ("The visit lifted defence spending to 2% of GDP.", "2% of GDP"),
    ("The senators would limit the government's current open-ended financial commitment.",
     "current open-ended financial commitment"),  # a long chunk keeps its head noun, read by hand
])
def test_whole_details(sentence, detail):
    assert detail in [d.text for d in extract_details(article("a", sentence))]


# --- only here and left out through values --------------------------------------------------

def test_same_amount_in_other_spellings_is_not_unique():
    a = article("a", FILLER + "Japan pledged $550bln in investment in the United States.")
    b = article("b", FILLER + "Tokyo promised 550 billion dollars of investment.")
    c = article("c", FILLER + "The package is worth twenty-five billion dollars, aides said.")
    d = article("d", FILLER + "Aides put the package at $25 billion.")
    comparison = compare_articles([a, b, c, d])
    for name in "abcd":
        assert not any("550" in t or "twenty-five" in t or "25 billion" in t for t in only_here(comparison, name))


def test_same_day_in_other_spellings_is_not_unique():
    a = article("a", FILLER + "The attacks of Sept. 11, 2001 changed the war.")
    b = article("b", FILLER + "Since September 11th the war has changed.")
    comparison = compare_articles([a, b])
    assert "Sept. 11, 2001" not in only_here(comparison, "a")
    assert "September 11th" not in only_here(comparison, "b")


def test_left_out_only_after_every_variant_is_searched():
    # Two outlets write "$700 billion"; the third writes "700 billion dollars": nothing is left out.
    a = article("a", FILLER + "The law cut $700 billion from Medicare over ten years.")
    b = article("b", FILLER + "Republicans say the law cut $700 billion from Medicare.")
    c = article("c", FILLER + "The law took 700 billion dollars out of Medicare.")
    comparison = compare_articles([a, b, c])
    assert not [o for o in comparison.omissions if "700" in o.text]


def test_quote_at_another_length_is_not_unique():
    # Read by hand (BASIL dev, a party chairman's remark on a war): one outlet quoted a longer
    # part of the remark, another a shorter one. The longer one was listed as "only here".
    a = article("a", FILLER + 'He said: "...what you don\'t do is engage in a land war in that country, because '
                "everyone who has tried over a thousand years has failed.\"")
    b = article("b", FILLER + "“Has he not understood that the one thing you don’t do, is engage in a land war in "
                "that country?” one critic asked.")
    comparison = compare_articles([a, b])
    assert not any("land war" in t for t in only_here(comparison, "a"))


def test_an_article_quoting_a_distinctive_word_of_a_statement_reports_it():
    # Read by hand (BASIL dev, the 2012 VP debate): two outlets quote Biden's full line, the third
    # dismisses Ryan's arguments as “malarkey”: it reports the line, it did not leave it out.
    a = article("a", FILLER + "Biden laughed and said: “That's a bunch of malarkey,” shaking his head at Ryan.")
    b = article("b", FILLER + "“That's a bunch of malarkey,” Biden shot back as Ryan spoke about Libya.")
    c = article("c", FILLER + "Biden relished the role, dismissing his rival's arguments as “malarkey.”")
    left = {(o.text, o.missing_from) for o in compare_articles([a, b, c]).omissions}
    assert ("That's a bunch of malarkey", "c.txt") not in left
    # A quoted word every child knows ("my friend") is anyone's: the line is still left out.
    d = article("d", FILLER + "Biden kept addressing Ryan as “my friend” all evening on the stage.")
    left = {(o.text, o.missing_from) for o in compare_articles([a, b, d]).omissions}
    assert ("That's a bunch of malarkey", "d.txt") in left


def test_a_body_named_by_its_first_word_and_its_head_is_not_left_out():
    # Read by hand (BASIL dev, Blumenthal's service, 2010): two outlets name the Marine Corps
    # Reserve; the third tells "his service in the Marines ... six years in the reserves".
    a = article("a", FILLER + "Blumenthal served in the Marine Corps Reserve from 1970 to 1976, aides said.")
    b = article("b", FILLER + "He joined the Marine Corps Reserve instead of going to Vietnam, records show.")
    c = article("c", FILLER + "He cited his service in the Marines - six months on Parris Island and six years in the reserves.")
    left = {(o.text, o.missing_from) for o in compare_articles([a, b, c]).omissions}
    assert not any(missing == "c.txt" and "Reserve" in text for text, missing in left)
    # Another name holding the two words is no such telling: the body is still left out of it.
    v1 = article("a", FILLER + "He will appear with veterans at the Veterans of Foreign Wars post in West Hartford.")
    v2 = article("b", FILLER + "The Veterans of Foreign Wars hall in West Hartford hosted the news conference.")
    v3 = article("c", FILLER + "He spoke at the Veterans War Memorial Building in Shelton in 2008.")
    left = {(o.text, o.missing_from) for o in compare_articles([v1, v2, v3]).omissions}
    assert ("Veterans of Foreign Wars", "c.txt") in left


@pytest.mark.parametrize("a_text, b_text, detail, unrelated", [
    # Read by hand (BASIL dev, AARP and Social Security, 2011): the rest of a share is the same
    # fact told the other way round, when the two sentences share a word ("benefits").
    ("After 2036, the program will only be able to pay 77 percent of promised benefits.",
     "Seniors would then face a 23 percent across-the-board cut in benefits, trustees said.", "77 percent",
     "Turnout among young voters reached 23 percent in the primary, officials said."),
    ("Seniors would then face a 23 percent across-the-board cut in benefits, trustees said.",
     "After 2036, the program will only be able to pay 77 percent of promised benefits.", "23 percent",
     "Turnout among young voters reached 77 percent in the primary, officials said."),
    # (the jobs bill, 2011): "15 bills" and "some 16 House-passed measures" are one count given
    # two ways; an exact other figure is no estimate that agrees.
    ("They add that they have brought up 15 bills that have been ignored in the Senate.",
     "Republicans said the Senate should take up some 16 House-passed measures on jobs.", "15 bills",
     "Republicans said the Senate should take up 40 House-passed measures on jobs."),
    # (Trump's Newsmax debate, 2011): "only two candidates said they would attend" is another
    # outlet's "only Newt Gingrich and Rick Santorum pledging to appear"; two people named in a
    # sentence on another matter tell no count of candidates.
    ("Donald Trump will moderate a debate that only two candidates said they would attend.",
     "Since then, a majority of those candidates made clear that they would not be turning up, with only "
     "Newt Gingrich and Rick Santorum pledging to appear.", "two candidates",
     "Newt Gingrich and Rick Santorum spent the weekend in Iowa with their families."),
])
def test_a_figure_another_article_gives_another_way_is_not_unique(a_text, b_text, detail, unrelated):
    a = article("a", FILLER + a_text)
    assert detail not in only_here(compare_articles([a, article("b", FILLER + b_text)]), "a")
    assert detail in only_here(compare_articles([a, article("c", FILLER + unrelated)]), "a")


def test_a_city_named_after_its_state_is_not_alone_beside_the_bare_name():
    # Read by hand (BASIL dev, Weiner, 2011): hpo's "New York City" against nyt's "his dream of
    # becoming New York's mayor": the city's mayor, so the city is not only in hpo.
    a = article("a", FILLER + "Weiner has long been expected to run for mayor of New York City in 2013.")
    b = article("b", FILLER + "The scandal is threatening his dream of becoming New York's mayor, aides said.")
    assert "New York City" not in only_here(compare_articles([a, b]), "a")
    c = article("c", FILLER + "The scandal is threatening his dream of becoming the mayor, aides said.")
    assert "New York City" in only_here(compare_articles([a, c]), "a")


def test_hyphenated_phrase_meets_its_unhyphenated_words():
    # Read by hand: "class-action lawsuits" in one outlet, "class action lawsuits" in another.
    a = article("a", FILLER + "The ruling could end many class-action lawsuits against employers.")
    b = article("b", FILLER + "Employers fear more class action lawsuits after the ruling.")
    comparison = compare_articles([a, b])
    assert "class-action lawsuits" not in only_here(comparison, "a")


# --- conflicts ----------------------------------------------------------------------------

def pair(a_text: str, b_text: str):
    return compare_articles([article("a", FILLER + a_text), article("b", FILLER + b_text)])


def test_conflict_same_event_same_role():
    # The seeds' case: the meeting with Xi, Thursday against Wednesday.
    comparison = pair("Trump will meet Chinese President Xi Jinping on Thursday in South Korea.",
                      "Trump will meet Chinese President Xi Jinping in South Korea on Wednesday, officials said.")
    assert [(c.slot, sorted(s.text for s in c.sides)) for c in comparison.conflicts] == [
        ("weekday", ["Thursday", "Wednesday"])]
    conflict = comparison.conflicts[0]
    assert conflict.confidence >= 0.8 and "meet" in conflict.shared_words and "xi" in conflict.shared_names
    assert all(e.sentence for side in conflict.sides for e in side.evidence)


@pytest.mark.parametrize("a_text, b_text, why", [
    ("China has threatened tariffs on $50 billion of American goods in retaliation.",
     "The European Union exported $7.7 billion of steel and aluminum to the United States last year.",
     "China's threatened tariffs and EU metal exports are two different amounts"),
    ("Merkel said on Friday that Europe would respond firmly to the tariffs on steel.",
     "The European Commission said in a statement on Tuesday that Europe would respond to the tariffs on steel.",
     "the day each speaker spoke: two speakers, two statements"),
    ("The magazine estimated it as costing more than $1 million, supporters noted.",
     "According to the magazine, $1.1 million is the estimated cost of reading the document.",
     "'more than $1 million' agrees with $1.1 million"),
])
def test_no_conflict_between_unrelated_facts(a_text, b_text, why):
    assert not pair(a_text, b_text).conflicts, why


def test_same_verb_other_subject_is_only_to_check():
    # Read by hand (BASIL dev): "Obama has cut $716 billion from Medicare" against a 2008 ad
    # quoted in another outlet, "His [McCain's] health care plan would cut Medicare by $800
    # billion". Same verb, same programme, another subject: never a confident conflict.
    comparison = pair("The ad says: Now when you need it, Obama has cut $716 billion from Medicare.",
                      "His health care plan would cut Medicare by $800 billion, the old ad said.")
    assert not comparison.conflicts
    assert [c.slot for c in comparison.conflicts_to_check] == ["money:usd"]
    assert comparison.conflicts_to_check[0].confidence < 0.8


def test_worksheet_asks_only_confident_conflicts():
    from biaslens.report.worksheet import read_comparison

    comparison = pair("The ad says: Now when you need it, Obama has cut $716 billion from Medicare.",
                      "His health care plan would cut Medicare by $800 billion, the old ad said.")
    data = comparison.to_dict()
    assert data["conflicts"] == [] and len(data["conflicts_to_check"]) == 1
    assert read_comparison(comparison, comparison.sources).conflicts == ()


# --- shared text --------------------------------------------------------------------------

def test_same_quote_is_not_copied_text():
    statement = "We are the ones offering a plan to save the programme, to protect it and to strengthen it for good"
    a = article("a", f"The senator spoke in Ohio. “{statement},” the senator said.")
    b = article("b", f"A crowd gathered at the rally. \"{statement},\" he told a crowd in Ohio.")
    comparison = compare_articles([a, b])
    assert [p.label for p in comparison.shared_text] == ["same quote"]
    assert "ordinary reporting" in comparison.shared_text[0].explain()


def test_copied_text_reduces_independent_agreement_and_a_quote_does_not():
    wire = ("The congressman, 46, is married to a longtime aide to the secretary of state, who travels "
            "with her on most foreign trips")
    copied = compare_articles([article("a", "He resigned on Monday. " + wire + "."),
                               article("b", "Pressure grew all week. " + wire + ".")])
    assert [p.label for p in copied.shared_text] == ["copied text"]
    quoted = compare_articles([article("a", "He resigned on Monday. " + f"“{wire}.”"),
                               article("b", "Pressure grew all week. " + f"\"{wire}.\"")])
    assert [p.label for p in quoted.shared_text] == ["same quote"]
    # "longtime aide" is in both articles: once (copied text), or twice (two outlets quoting).
    assert {r.text: r.independent_sources for r in copied.details if len(r.articles) == 2}["longtime aide"] == 1
    assert {r.text: r.independent_sources for r in quoted.details if len(r.articles) == 2}["longtime aide"] == 2


# --- inputs that do not fit ---------------------------------------------------------------

def test_caption_is_too_short_to_score():
    caption = article("cap", "The president waves to supporters in Ohio on Monday. (Photo)")
    assert any("too short to score" in w for w in article_warnings(caption))
    assert not article_warnings(article("long", FILLER * 4))


def test_non_english_text_is_flagged():
    french = article("fr", "Le président a rencontré les dirigeants européens à Bruxelles pour discuter des "
                     "tarifs douaniers sur l'acier et l'aluminium. " * 5)
    assert english_stop_share(french.text) < 0.15
    assert any("not look like English" in w for w in article_warnings(french))


def test_letters_page_opinion_column_and_wire_copy_are_named():
    # Acceptance read, session 6: a page of readers' letters, an opinion column and AP copy were
    # compared as if each were the outlet's own news report, with no word of warning.
    from test_corpus import LETTERS_PAGE

    letters = article("letters", LETTERS_PAGE)
    assert any("page of readers' letters" in w and "“Rob Billeaud.”" in w for w in article_warnings(letters))
    column = article("column", FILLER * 3 + "\n\nGlenn Harlan Reynolds, a University of Tennessee law professor, "
                     "is a member of USA TODAY's Board of Contributors.")
    assert any("opinion column" in w for w in article_warnings(column))
    # A guest column's note gives its writer's posts with no article: still a note on the writer.
    guest = article("guest", FILLER * 3 + "\n\nNorman Solomon, a Bernie Sanders delegate from California, is coordinator "
                    "of the Bernie Delegates Network and co-founder of the online activist group RootsAction.org.")
    assert any("opinion column" in w for w in article_warnings(guest))
    # A post updated after it appeared says so (its update label removed, the paragraph kept).
    updated = article("updated", "UPDATE: 5/12 \u2014 The website has removed the listing from its site.\n\n" + FILLER * 3)
    assert any("updated after it appeared" in w and "UPDATE: 5/12" in w for w in article_warnings(updated))
    wire = article("wire", "WASHINGTON (AP) — Donald Trump called Wednesday for Justice Ruth Bader Ginsburg to resign. "
                   + FILLER * 3, outlet="breitbart")
    assert wire_agency(wire) == "the Associated Press"
    assert any("wire copy of the Associated Press" in w and "not breitbart's own" in w for w in article_warnings(wire))
    # A news report that quotes a columnist, or names the AP later, is none of these.
    news = article("news", FILLER * 3 + "\n\nThe Associated Press (AP) — first to report it — said so. "
                   "Jamal Simmons is a Democratic consultant and a CNN contributor who worked for Clinton.\n\n" + FILLER)
    assert wire_agency(news) is None
    assert not any(k in w for w in article_warnings(news) for k in ("opinion", "letters", "wire copy"))


def test_articles_sharing_nothing_are_not_one_story():
    a = article("a", " ".join(f"The orchestra rehearsed symphony number {n} in the old concert hall." for n in range(12)))
    b = article("b", " ".join(f"Farmers harvested wheat field {n} before the autumn storms arrived." for n in range(12)))
    comparison = compare_articles([a, b])
    assert any("biaslens run" in w for w in comparison.warnings)
    assert story_warnings([a, b], {"a.txt": 0.5, "b.txt": 0.5}) == ()


def test_an_article_told_in_its_own_words_is_not_called_another_story():
    # The constitution reading (BASIL dev a28a0329): fox tells the same event in its own words, so
    # few of its sentences have a close match elsewhere (13%, 5% here); weighed pair by pair it is still the
    # folder's one event, and calling it "another story" was a false claim. A real stray (an
    # article about a harvest) stays named.
    reading = ("Members of the House read the Constitution aloud on Thursday, the first time the full "
               "document was read on the House floor. Speaker John Boehner opened the reading. ")
    a = article("a", reading + "Republicans said the reading of the Constitution set the tone for the new House. " * 6)
    b = article("b", reading + "Democrats said the House reading of the Constitution skipped the amendments. " * 6)
    c = article("c", "The House began its session on Thursday with lawmakers taking turns reading the country's "
                "founding document, the Constitution, aloud. Boehner read first. " + FILLER * 2)
    stray = article("d", " ".join(f"Farmers harvested wheat field {n} before the autumn storms arrived." for n in range(12)))
    low = {"a.txt": 0.5, "b.txt": 0.5, "c.txt": 0.05, "d.txt": 0.0}
    assert not any(w.startswith("c.txt has few sentences") for w in story_warnings([a, b, c], low))
    # Said as measured, with both readings (session 7: nyt's profile of Clinton beside three reports
    # of Obama's endorsement was called "about another story").
    assert ("d.txt has few sentences like the other articles' (0% have a similar sentence elsewhere) and stands apart "
            "from them by its words, names and actions: it may be about another story, or tell this one from another "
            "angle") in " ".join(story_warnings([a, b, c, stray], low))


def test_seeds_fit_and_their_days_are_only_to_check():
    # Read by hand: Invezz's "Thursday meeting with Xi" and Article 003's "a stop in South Korea
    # on Wednesday, where he will meet Xi" date two things (the meeting, the arrival); both
    # are right (Trump reached South Korea on Wednesday and met Xi on Thursday). Calling it a
    # disagreement in a key finding and a worksheet question was a false claim.
    from conftest import SEEDS
    from biaslens.corpus import load_articles

    comparison = compare_articles(load_articles([Path(SEEDS)]).articles)
    assert comparison.warnings == ()
    assert comparison.conflicts == ()
    days = [c for c in comparison.conflicts_to_check if c.slot == "weekday"]
    assert [c.dates for c in days] == [("meeting", "stop")]


def test_two_days_for_the_same_kind_of_happening_stay_a_conflict():
    same = compare_articles([
        filled("a", "Trump will hold his meeting with Xi Jinping in Busan on Thursday, officials said."),
        filled("b", "Trump will hold his meeting with Xi Jinping in Busan on Wednesday, officials said."),
    ])
    assert [c.slot for c in same.conflicts] == ["weekday"] and same.conflicts[0].dates == ()
    apart = compare_articles([
        filled("a", "Trump heads into his Thursday meeting with Xi Jinping in Busan after the tour."),
        filled("b", "Trump begins a stop in Busan on Wednesday, where he will meet Xi Jinping after the tour."),
    ])
    assert apart.conflicts == ()
    assert [(c.slot, c.dates) for c in apart.conflicts_to_check] == [("weekday", ("meeting", "stop"))]


def test_two_words_for_one_count_meet_and_some_leaves_it_to_a_reader():
    # Read by hand (BASIL jobs bill): fox "they have brought up 15 bills ... ignored in the
    # Senate", nyt "the Senate should take up some 16 House-passed measures". A bill and a
    # measure are one thing; "some" may or may not cover one bill's gap, so a reader decides.
    comparison = pair("Republicans say they have brought up 15 bills that were ignored in the Senate.",
                      "Republicans said the Senate should take up some 16 House-passed measures.")
    assert not comparison.conflicts
    assert [(c.slot, sorted(s.text for s in c.sides)) for c in comparison.conflicts_to_check] == [
        ("count of bill", ["15 bills", "16 House-passed measures"])]
    # Counts of things that are not the same kind never meet.
    assert not pair("Republicans say they have brought up 15 bills that were ignored in the Senate.",
                    "Republicans said the Senate should take up some 16 House-passed amendments.").conflicts_to_check


def test_a_day_given_to_another_happening_does_not_hide_a_conflict():
    # Read by hand (BASIL jobs bill): nyt dates the motto vote Tuesday and Obama's bridge visit
    # Wednesday; hpo dates the vote Wednesday. nyt's Wednesday is about the visit, so it does
    # not make the vote's two days agree; passing a resolution and voting on it are one vote.
    comparison = compare_articles([
        filled("a", "President Obama on Wednesday visited another bridge in need of repair near the capital. "
                    "He tweaked House Republicans for passing a resolution on Tuesday reaffirming the national motto."),
        filled("b", "On Wednesday, the chamber voted 396-9 on a bill that reaffirmed the motto in schools."),
    ])
    days = [c for c in comparison.conflicts_to_check if c.slot == "weekday"]
    assert [sorted(s.text for s in c.sides) for c in days] == [["Tuesday", "Wednesday"]]
    assert "voted 396-9" in days[0].sides[1].evidence[0].sentence


def test_the_same_debate_on_two_days_is_to_check():
    # Read by hand (BASIL VP debate): nyt "The vice presidential debate on Tuesday", fox "The
    # face-off Thursday night ... a vice presidential debate": both days date the debate, though
    # the sentences share few words.
    comparison = compare_articles([
        filled("a", "The vice presidential debate on Tuesday was supposed to be a reboot for the Obama campaign "
                    "after the president's dismal performance at his debate with Mitt Romney last week."),
        filled("b", "The face-off Thursday night was taking on outsized importance for a vice presidential contest."),
    ])
    assert not comparison.conflicts
    assert [(c.slot, c.dates) for c in comparison.conflicts_to_check] == [("weekday", ())]


# --- the checker --------------------------------------------------------------------------

def test_checker_flags_a_false_only_here_and_a_fragment():
    from check_claims import check_report

    text = "Senator Jane Doe spoke. The May 17 hearing was set."
    name, number = text.index("Jane Doe"), text.index("17 hearing")
    report = {
        "articles": [{"source": "a", "text": text},
                     {"source": "b", "text": "Doe said the hearing is on May 17."}],
        "comparison": {
            "details": [
                {"id": "d1", "kind": "entity", "text": "Jane Doe", "key": "entity:jane doe",
                 "evidence": [{"start": name, "end": name + 8}]},
                {"id": "d2", "kind": "number", "text": "17 hearing", "key": "count:17:hear",
                 "evidence": [{"start": number, "end": number + 10}]},
            ],
            "only_in": {"a": ["d1", "d2"], "b": []},
            "omissions": [], "conflicts": [], "shared_text": [],
        },
    }
    result = check_report(report)
    assert [f[2] for f in result["flag_only_names"]] == ["Jane Doe"]  # "Doe" stands in b
    assert [j[3] for j in result["junk"]] == ["a day number cut from its month"]


def test_weekdays_in_papers_of_different_days_are_only_to_check():
    # Read by hand (BASIL dev, budget talks): "met privately at the White House on Sunday" in
    # one paper and "met for nearly an hour on Thursday" in a later one were two meetings.
    def dated(name: str, body: str, published: str):
        return article_from_text(f"Headline {name}\n\n{FILLER}{body}", f"{name}.txt",
                                 {"outlet": name, "published": published})

    a_text = "Obama and Boehner met privately at the White House on Sunday to discuss the budget."
    b_text = "Obama and Boehner met for nearly an hour at the White House on Thursday to discuss the budget."
    apart = compare_articles([dated("a", a_text, "2012-12-10"), dated("b", b_text, "2012-12-14")])
    assert not apart.conflicts and [c.slot for c in apart.conflicts_to_check] == ["weekday"]
    same_day = compare_articles([dated("a", a_text, "2012-12-14"), dated("b", b_text, "2012-12-14")])
    assert [c.slot for c in same_day.conflicts] == ["weekday"]


@pytest.mark.slow
def test_claims_on_basil_dev_keep_their_floor():
    # The evaluation gate: on BASIL dev the conservative checker flags no only-here number,
    # date, quote or phrase, no junk detail, and no conflict between unrelated sentences
    # (docs/CLAIMS.md has the numbers; names are the cast's and are not gated here).
    from conftest import EVAL_DATA

    folder = EVAL_DATA / "stories" / "basil-dev"
    if not folder.exists():
        pytest.skip("BASIL dev split not available")
    from check_claims import basil_reports, check_report, merge

    total = merge(check_report(r) for r in basil_reports(folder))
    others = total["only"] - total["only_names"]
    assert len([f for f in total["flag_only"] if f[1] != "entity"]) <= 0.01 * others
    assert len(total["junk"]) <= 0.01 * total["only"]
    assert not total["flag_conflicts"]


def test_a_bounded_figure_and_the_figure_it_bounds_are_not_unique():
    # Read by hand (BASIL dev, reading the Constitution in the House): one outlet wrote "more
    # than $1 million", another "$1.1 million": one estimate, so neither is "only here".
    comparison = pair("A magazine estimated the reading as costing more than $1 million, critics said.",
                      "The magazine put the cost of the reading at $1.1 million in all.")
    assert not [t for t in only_here(comparison, "a") + only_here(comparison, "b") if "million" in t]


@pytest.mark.parametrize("name, other_text, flagged, why", [
    ("Fox News", "An NBC News poll found Obama ahead.", False, "another network shares only the head word"),
    ("Fox News", "He said on Fox that he would run.", True, "the network's own short name"),
    ("The Denver Post", "As the Huffington Post reported, others did too.", False, "'The' and the head word say nothing"),
    ("Dallas Tea Party", "Tea Party groups were asked to act.", False, "a local group is not the movement"),
    ("National Committee", "The National Commission drafted a plan.", False, "the lead word inside another name"),
    ("Log Cabin Republicans of Massachusetts", "In my state of Massachusetts, I said so.", False,
     "a qualifier after 'of' is not the body's name"),
    ("Jane Doe", "Doe said little.", True, "a person's surname still counts"),
    # Session 6 (PolNeAR): "usa-today does not mention Bill Clinton" was flagged because the article's
    # "Hillary Clinton ... Clinton said" holds the surname; another person of that surname is named.
    ("Bill Clinton", "Hillary Clinton spoke in Iowa. Clinton said she would win.", False,
     "the surname belongs to another person the text names in full"),
    ("Bill Clinton", "Clinton said he would campaign for his wife.", True, "the surname alone, no one else of it"),
])
def test_checker_reads_a_body_by_the_words_before_its_head(name, other_text, flagged, why):
    # Issue #13: 23 of the 38 names the checker flagged on BASIL dev were its own false alarms,
    # most a shared head word ("Fox News" flagged because another article says "NBC News").
    from check_claims import has_detail

    row = {"kind": "entity", "text": name, "key": "entity:" + name.lower()}
    assert has_detail(row, other_text) is flagged, why


# --- voices and speakers (issue #13, read by hand on BASIL dev) ------------------------------

def _analysed(*articles):
    from biaslens.compare import compare_story
    from biaslens.corpus import make_story
    from biaslens.extractors import build_extractors
    from biaslens.pipeline import analyse_story

    analysis = analyse_story(make_story(list(articles)), [e for e in build_extractors() if e.name == "quotes"])
    return analysis, compare_story(analysis)


def _voice(comparison, name: str):
    return next((v for v in comparison.voices() if v["name"] == name), None)


def test_a_voice_another_outlet_reports_in_reported_speech_is_not_only_here():
    # Read by hand: Bozell is quoted by one outlet; a second reports what he said without
    # quotation marks: he is not a voice only one outlet gave.
    a = article("a", 'Brent Bozell criticised the cover. "Both magazines have been doing this for years," Bozell said. ' + FILLER)
    b = article("b", "Brent Bozell said the magazines had treated conservatives unfairly for years. " + FILLER)
    c = article("c", 'The magazine defended the cover. "We stand by it," said Jon Meacham, its editor. ' + FILLER)
    _, comparison = _analysed(a, b, c)
    bozell = _voice(comparison, "Brent Bozell")
    assert bozell["sources"] == ["a.txt"] and bozell["heard_in"] == ["b.txt"]
    assert "Brent Bozell" not in {comparison.cast.entity(e).name for e in comparison.lone_voices()}
    # Nobody else mentions Meacham speaking: still a voice only c gave.
    assert any(comparison.cast.entity(e).name == "Jon Meacham" for e in comparison.lone_voices())


def test_a_voice_whose_words_another_outlet_prints_unattributed_is_not_only_here():
    # Read by hand: one outlet names the blog it quotes, another quotes "one blogger" with the
    # same words: the same voice.
    words = "Can anyone really say with a straight face that the media is fair to her"
    a = article("a", f'The blog Freedom Watch asked, "{words}?" ' + FILLER)
    b = article("b", f'One blogger asked, "{words}?" ' + FILLER)
    _, comparison = _analysed(a, b)
    assert not comparison.lone_voices()


def test_he_said_goes_to_a_person_not_to_a_party_or_a_headline():
    # Read by hand: 'Local Republican Party affiliates are less organized ... "We have 50 ...,"
    # he said' gave the words to the party; 'what she calls the "radical" nature' to the
    # article's title-case headline.
    from biaslens.quotes import find_quotes

    a = article("a", "Mr. Boehner pointed to orphan districts. Local Republican Party affiliates are less organized there.\n\n"
                     "“We have 50 of our members in tough races,” he said.")
    assert [q.speaker for q in find_quotes(a)] == ["Boehner"]
    b = article_from_text("Magazine Cover Of Candidate Raises Eyebrows\n\nThe profile is long, though author Lois Romano "
                          "does criticize what she calls the “radical” nature of the movement.", "b.txt", {"outlet": "B"})
    assert all("Eyebrows" not in (q.speaker or "") for q in find_quotes(b))


def test_a_name_before_a_role_noun_is_no_speaker():
    # Read by hand: 'The House speaker, in an interview, gave his party a "two-in-three chance"'
    # made the House a voice.
    from biaslens.quotes import find_quotes

    a = article("a", 'The House speaker, in an interview with the network, gave his party a "two-in-three chance" of holding on.')
    assert [q.speaker for q in find_quotes(a)] == ["the House speaker"]
    _, comparison = _analysed(a, article("b", FILLER))
    assert not comparison.voices()


def test_one_statement_cut_into_different_sentences_is_the_same_quote():
    # Read by hand: one outlet prints a statement in two quoted sentences, another in one long
    # sentence; sentence-level similarity missed it, so the shared statement went unlabelled.
    a = article("a", "“It is very important to me that the right candidate be chosen to defeat the failed administration,” "
                     "Mr. Trump said in his statement. " + FILLER)
    b = article("b", "\"It is very important to me that the right candidate be chosen to defeat the failed administration, but "
                     "if that candidate, in my opinion, is not the right one, I will keep my options open,\" he said. " + FILLER)
    comparison = compare_articles([a, b])
    assert [p.label for p in comparison.shared_text if "very important" in p.a.text] == ["same quote"]
    # An outlet's own sentence repeating the words without quotation marks is not a quote.
    c = article("c", "It is very important to me that the right candidate be chosen to defeat the failed administration, "
                     "the columnist wrote in her own voice today, listing what else she wants from the party's many leaders "
                     "and from its donors in the months before the primaries begin. " + FILLER)
    assert not [p for p in compare_articles([a, c]).shared_text if p.label == "same quote" and "columnist" in p.b.text]


@pytest.mark.parametrize("body, words", [
    # Read by hand (BASIL dev): a title named, not words said.
    ("In June, the magazine portrayed Mitt Romney as one of the stars of the Broadway show “The Book of Mormon.”",
     "The Book of Mormon"),
    ("Rep. Michele Bachmann declined to get into the scrum over its cover story of the presidential candidate called "
     "\"The Queen of Rage,\" accompanied by a photo.", "The Queen of Rage"),
    # The verb of a relative clause is not the sentence subject's.
    ("In 2009, the editors selected a photo of Sarah Palin in running shorts, which the former governor — and many "
     "others — called “sexist.”", "sexist"),
])
def test_a_title_or_a_relative_clause_gets_no_wrong_speaker(body, words):
    from biaslens.quotes import find_quotes

    quote = next(q for q in find_quotes(article("a", body)) if words in q.text)
    assert quote.speaker not in ("the magazine", "presidential candidate", "the editors")


def test_cast_kinds_read_by_hand():
    # Read by hand (BASIL dev): "this week's Newsweek magazine" came out a place (after "in
    # Newsweek"); "House of Representatives" was a row apart from every outlet's "House".
    from biaslens.cast import build_cast

    a = article("a", "Splashed across the cover of this week’s Newsweek magazine is a photo. The story ran in Newsweek. "
                     "Republicans could lose the House of Representatives. " + FILLER)
    b = article("b", "Republicans could lose control of the House, Boehner said. " + FILLER)
    cast = build_cast([a, b])
    kinds = {e.name: e.kind for e in cast.entities}
    assert kinds["Newsweek"] == "organisation"
    house = next(e for e in cast.entities if any(m.text == "House" for m in e.mentions))
    assert {m.text for m in house.mentions} >= {"House", "House of Representatives"}


def test_a_phrase_said_in_other_words_elsewhere_is_listed_apart():
    # Read by hand (seeds, BASIL dev): "political mentor" in one article, "her late mentor" in a
    # sentence about the same gift in another: not a detail only the first has.
    a = article("a", "She gave him a putter once owned by Shinzo Abe, his political mentor and friend. " + FILLER)
    b = article("b", "The gifts included a putter once owned by Shinzo Abe, her late mentor. " + FILLER)
    comparison = compare_articles([a, b])
    assert "political mentor" not in only_here(comparison, "a")
    assert "political mentor" in [comparison.row(i).text for i in comparison.only_in_to_check["a.txt"]]


def test_a_reported_remark_belongs_to_its_author():
    # Read by hand (BASIL dev): the words inside another person's reported remark are that
    # person's, not the subject's who dismisses it; a verdict on a remark stays the subject's.
    from biaslens.quotes import find_quotes

    a = article("a", "Boehner also dismissed top strategist David Axelrod's comment on Sunday that House Republicans are "
                     "under a \"reign of terror\" brought about by the far right. \"That is just outrageous talk,\" Boehner said.")
    assert [(q.text, q.speaker) for q in find_quotes(a)] == [("reign of terror", "David Axelrod"),
                                                              ("That is just outrageous talk", "Boehner")]
    b = article("b", "Minyon Moore, a senior adviser to the campaign, called Mr. Obama's remarks on Saturday \"a true "
                     "wake-up call\" to his supporters.")
    assert [q.speaker for q in find_quotes(b)] == ["Minyon Moore"]


def test_a_quote_of_numbers_alone_is_found_in_any_spelling():
    # Read by hand (BASIL dev): hpo quoted "1 in 3"; nyt wrote "a one-in-three chance", fox
    # "1-in-3 chance": not a detail only hpo has.
    a = article("a", 'Boehner said there is a "1 in 3" chance of losing the House. ' + FILLER)
    b = article("b", "Boehner gave his party a one-in-three chance of losing the House. " + FILLER)
    assert "1 in 3" not in only_here(compare_articles([a, b]), "a")
    c = article("c", "Boehner gave his party a one-in-four chance of losing the House. " + FILLER)
    assert "1 in 3" in only_here(compare_articles([a, c]), "a")


def test_a_body_that_opens_a_sentence_going_on_to_saying_speaks():
    # Read by hand (BASIL dev): one outlet quotes Newsweek's word "outtakes"; another writes
    # "Newsweek has defended the photo -- ..., saying that ...": Newsweek speaks in both.
    a = article("a", 'Monday night, Newsweek said it would post an "outtakes" gallery of the photo shoot. ' + FILLER)
    b = article("b", "Newsweek has defended the photo, an extreme close-up of the candidate, saying that several images "
                     "looked the same. " + FILLER)
    _, comparison = _analysed(a, b)
    assert not comparison.lone_voices()
    c = article("c", "The photo of the candidate ran in Newsweek, with critics saying it was unfair. " + FILLER)
    _, comparison = _analysed(a, c)
    assert [comparison.cast.entity(e).name for e in comparison.lone_voices()] == ["Newsweek"]


def test_two_days_tied_by_no_word_for_a_happening_are_only_to_check():
    # Read by hand (BASIL dev, Steele's Afghanistan remark): "conservatives offered reactions to
    # Steele on Friday, after he was caught on camera" and "senators kept up pressure on Steele
    # Sunday over his on-camera claim" share only "camera" (the remark both recall): two
    # happenings on two days, not a disagreement.
    comparison = compare_articles([
        filled("a", "Several conservatives offered swift reactions to Michael Steele on Friday, after the "
                     "chairman was caught on camera calling Afghanistan a war of Obama's choosing."),
        filled("b", "Republican senators kept up pressure on Chairman Michael Steele Sunday over his "
                     "on-camera claim that Afghanistan is a war of Obama's choosing."),
    ])
    assert comparison.conflicts == ()
    assert [c.slot for c in comparison.conflicts_to_check] == ["weekday"]


@pytest.mark.parametrize("c_text, names", [
    # Read by hand (acceptance read, session 2): "nyt does not mention America" although it
    # writes "American citizens"; "nyt does not mention GOP" although it writes "the Republican
    # nomination". An article that speaks of the country or party by its adjective mentions it.
    ("Rivals for the Republican nomination met to debate the budget plan of American voters.", ("GOP", "America")),
    # Read by hand (teacher read, session 3): "hpo does not mention Republicans" although it
    # writes "(R-Ohio)"; a tag's state is the state ("R-Va." is Virginia); "a Democrat" speaks of
    # the Democrats.
    ("Rep. Randy Forbes (R-Va.) met Bobby Scott, a Democrat, to debate the budget plan.", None),
    # Read by hand (teacher read, session 4, Blumenthal): "fox does not mention United States
    # Senate" although fox makes him a shoo-in "for the seat being vacated by Sen. Chris Dodd".
    ("Blumenthal is a shoo-in for the seat being vacated by Sen. Chris Dodd, aides said.", ("Senate",)),
])
def test_an_adjective_tag_or_member_of_a_country_or_party_is_no_omission(c_text, names):
    a_text = ("The GOP field met in America on Monday to debate the budget plan." if names and "Senate" not in names
              else "Blumenthal is running for the Senate in Connecticut, the Senate race of the year." if names
              else "Republicans and Democrats in Virginia met on Monday to debate the budget plan.")
    comparison = compare_articles([filled("a", a_text), filled("b", a_text[:-1] + " again."), filled("c", c_text)])
    left_out = {(o.missing_from, o.text) for o in comparison.omissions}
    assert not any(source == "c.txt" and (names is None or text in names) for source, text in left_out), left_out


def test_checker_does_not_read_a_party_member_as_an_expansion():
    # "Democrat of North Carolina" describes a member; it does not spell out "DNC".
    from check_claims import has_detail

    row = {"kind": "entity", "text": "DNC"}
    assert not has_detail(row, "Representative Bob Etheridge, Democrat of North Carolina, apologized.")
    assert has_detail(row, "The Democratic National Committee said the video was edited.")


# --- Said in other words (issue #13, third round): forms, compounds, synonyms, counterparts ----


def test_meaning_keys_join_forms_compounds_and_synonyms():
    from biaslens.details import meaning_key, meaning_keys, word_root

    # One word in any form: a Snowball stem, not the crude one of the loose check.
    assert word_root("Christianity") == word_root("Christian") == word_root("Christians")
    assert word_root("endorse") == word_root("endorsement")
    assert word_root("tents") == word_root("Tent")
    # Compounds with a hyphen, run together, or (given the story's words) with a space.
    assert word_root("fund-raiser") == word_root("fundraiser")
    assert word_root("fundraiser") in meaning_keys("at a fund raiser in May", {word_root("fundraiser")})
    assert word_root("fundraiser") in meaning_keys("a private fund-raiser")
    # General news synonyms (lexicons/news_synonyms.txt).
    assert meaning_key("physicians") == meaning_key("doctors")
    assert meaning_key("Internet") == meaning_key("Web")
    assert meaning_key("ridicule") == meaning_key("criticism") == meaning_key("criticized")
    # Words with another common sense are not in any group: "run" is no "bid".
    assert meaning_key("run") != meaning_key("bid")
    # Small words, numbers and days give no key.
    assert meaning_keys("he said on Tuesday that the two of them were there") == ()


def test_same_use_keeps_nouns_apart_from_verb_forms_and_names():
    from biaslens.details import same_use

    assert same_use("base", "base", "ideological")
    assert not same_use("base", "based", "")          # "ideological base" / "based upon"
    assert not same_use("line", "lined", "")          # "subject line" / "lined up"
    assert not same_use("fund", "fund", "to")          # "trust fund" / "to fund Obamacare"
    assert not same_use("budget", "Budget", "House")   # "federal budget" / "House Budget Committee"
    assert same_use("Internet", "Web", "the")          # a name against a name


def _said_elsewhere(comparison, name: str) -> dict[str, str]:
    """Detail text -> the other article's sentence, for ``name``'s details listed to check by hand."""
    return {comparison.row(i).text: comparison.said_elsewhere[i].sentence
            for i in comparison.only_in_to_check[f"{name}.txt"]}


def test_one_everyday_word_in_common_is_no_sign_of_the_same_detail():
    # Read on PolNeAR (ginsburg, comey): "the senior member of the court's liberal wing" is not
    # said by "members of the Supreme Court generally avoid ...", nor "the last word" by "last week".
    a = filled("a", "Ginsburg, appointed by Bill Clinton in 1993, is the senior member of the court’s liberal wing. "
                    "McConnell said members of the court should stay out of elections. "
                    "It was far from the last word on the email case, Lynch said on Wednesday. "
                    "She took the last step of the inquiry herself.")
    b = filled("b", "Ginsburg is known for her liberal bent, but members of the Supreme Court avoid presidential "
                    "politics. Bill Clinton caused a furor last week with a call on Lynch about the email case.")
    apart = _said_elsewhere(compare_articles([a, b]), "a")
    assert "senior member" not in apart and "last word" not in apart
    c = filled("c", "Comey decided not to recommend charges at a press conference on Tuesday.")
    d = filled("d", "Comey's news conference on Tuesday laid out a record of misconduct.")
    assert "press conference" in _said_elsewhere(compare_articles([c, d]), "c")  # "conference" is no everyday word
    # An everyday head used alike still may be (BASIL cliff): "offered slight hope" / "some rays of hope".
    e = filled("e", "The talks offered slight hope of a deal before the fiscal cliff, Boehner said on Monday. "
                    "Hope was in short supply in the Capitol.")
    f = filled("f", "The continued dialogue between Boehner and Obama provides some rays of hope before the fiscal cliff.")
    assert "slight hope" in " ".join(_said_elsewhere(compare_articles([e, f]), "e"))


def test_a_count_of_things_another_article_names_one_by_one_is_checked_by_hand():
    # Read on PolNeAR (ginsburg): usa-today's "three separate interviews" are breitbart's interview
    # with the AP, "a subsequent interview with The New York Times" and the one with CNN.
    a = filled("a", "In three separate interviews, Justice Ginsburg sounded off on Trump, saying he is a faker.")
    b = filled("b", "Ginsburg told the Associated Press last week that she feared a Trump presidency. In a subsequent "
                    "interview with The New York Times, Ginsburg joked about moving to New Zealand if Trump wins.")
    comparison = compare_articles([a, b])
    assert "three separate interviews" not in only_here(comparison, "a")
    assert "subsequent interview" in _said_elsewhere(comparison, "a")["three separate interviews"]


def test_a_detail_said_with_a_synonym_in_a_close_sentence_is_listed_apart():
    # Read by hand (BASIL dev, Santorum): hpo's "most physicians recommend ... abortion" is nyt's
    # "doctors who detect such a condition before birth typically recommend abortion". (The phrase
    # is the subject, "cautious physicians": its verb before "an" is cut, see details._verb_cut.)
    a = filled("a", "Most cautious physicians recommend an abortion when a prenatal test finds a problem, Santorum said.")
    b = filled("b", "Santorum said that doctors who detect such a condition before birth typically recommend abortion.")
    comparison = compare_articles([a, b])
    assert "cautious physicians" not in only_here(comparison, "a")
    apart = _said_elsewhere(comparison, "a")
    assert "cautious physicians" in apart
    assert "doctors who detect" in apart["cautious physicians"]  # the other sentence, shown to the reader
    row_id = next(i for i in comparison.only_in_to_check["a.txt"] if comparison.row(i).text == "cautious physicians")
    evidence = comparison.said_elsewhere[row_id]
    assert b.text[evidence.start:evidence.end] == evidence.text  # offsets into the other article
    assert "b.txt" in comparison.explain_said_elsewhere(row_id)
    assert comparison.to_dict()["said_elsewhere"][row_id]["explanation"]


@pytest.mark.parametrize("detail, ours, theirs", [
    # Read by hand (BASIL dev, VP debate): nyt's "a private fund-raiser" is hpo's "a fundraiser".
    ("private fund-raiser", "Biden went after Romney's infamous remark at a private fund-raiser about the 47 percent.",
     "Biden raised the issue of Romney's comments at a fundraiser in May about voters."),
    # Read by hand (BASIL dev, Santorum): hpo's "Obama's Christianity" is fox's "Obama is a Christian".
    ("Christianity", "Santorum denied that he had challenged the legitimacy of Obama's Christianity in his remarks on faith.",
     "Santorum said he never questioned the president's faith and said Obama is a Christian."),
])
def test_a_word_in_another_form_is_listed_apart(detail: str, ours: str, theirs: str):
    comparison = compare_articles([filled("a", ours), filled("b", theirs)])
    assert detail not in only_here(comparison, "a")
    assert detail in _said_elsewhere(comparison, "a")


def test_a_word_shared_in_another_sense_is_still_only_here():
    # Read by hand (BASIL dev): a shared word used as a verb ("based upon") or inside a name
    # ("House Budget Committee") is no counterpart of "ideological base" or "federal budget".
    a = filled("a", "Both Romney and Obama adopted the favored position of their ideological base on the issue.")
    b = filled("b", "Romney said his view was based upon the interview that Obama gave on the issue.")
    comparison = compare_articles([a, b])
    assert "ideological base" in wording_only(comparison, "a")
    c = filled("c", "Biden pledged to protect programs in the federal budget for the middle class.")
    d = filled("d", "Van Hollen has sparred with Ryan on the House Budget Committee about programs for the middle class.")
    comparison = compare_articles([c, d])
    assert "federal budget" in wording_only(comparison, "c")


def test_a_rare_shared_word_needs_a_close_sentence_or_the_same_person():
    # "public ridicule" and "considerable criticism" are both about Trump's decision to
    # moderate: the same person and a word of one group. Without the person, two sentences
    # this unlike that share one word are not said to say the same thing.
    a = filled("a", "Trump attracted the usual share of public ridicule for his decision to moderate the debate.")
    b = filled("b", "Mr. Trump drew considerable criticism from the Republican establishment for moderating a debate.")
    comparison = compare_articles([a, b])
    assert "public ridicule" not in only_here(comparison, "a")
    c = filled("c", "The mayor faced public ridicule over the new parking rules downtown.")
    d = filled("d", "Critics of the stadium plan spoke at the council meeting on Monday night.")
    comparison = compare_articles([c, d])
    assert "public ridicule" in wording_only(comparison, "c")  # "mayor faced": a subject and its verb
    assert not comparison.only_in_to_check["c.txt"]


def test_left_out_searches_every_form_of_a_date_and_a_short_quote():
    # Read by hand (BASIL dev): hpo writes the attacks' day "911"; nyt rewords "Who are you!"
    # as "Tell me who you are": neither leaves the detail out.
    a = filled("a", "Republicans spoke about the Sept. 11 attacks. “Who are you!” the congressman shouted at the student.")
    b = filled("b", "The bill helps those who were hurt on Sept. 11 in New York. “Who are you!” he asked the student.")
    c = filled("c", "The first responders were hurt because of their bravery on 911. “Tell me who you are,” he told the student.")
    comparison = compare_articles([a, b, c])
    missing = {(o.text, o.missing_from) for o in comparison.omissions}
    assert not {t for t, m in missing if m == "c.txt" and t.startswith(("Sept. 11", "Who are you"))}
    d = filled("d", "The first responders were hurt because of their bravery. The student asked him a question.")
    comparison = compare_articles([a, b, d])
    missing = {(o.text, o.missing_from) for o in comparison.omissions}
    assert any(m == "d.txt" and t.startswith("Sept. 11") for t, m in missing)


# --- conflicts over a name or a direction (issue #13) ------------------------------------------

def test_two_accounts_for_one_posted_video_conflict():
    # Read by hand (BASIL dev, Etheridge): fox and hpo name different YouTube accounts.
    comparison = pair('The video, which was posted on YouTube by "DCCameraGuy," does not reveal who made it.',
                      "The YouTube video is published under an account titled TonyManization, and the faces are blurred.")
    assert [(c.slot, sorted(s.value for s in c.sides)) for c in comparison.conflicts] == [
        ("who posted the video", ["DCCameraGuy", "TonyManization"])]
    side = comparison.conflicts[0].sides[0]
    assert all(e.text == side.text for e in side.evidence)


@pytest.mark.parametrize("a_text, b_text, why", [
    ("A video posted by CNN shows Trump at the rally in Ohio.",
     "A video posted by Fox News shows Trump leaving the rally in Ohio.",
     "two outlets may post two videos of one rally: no platform ties them"),
    ("The clip was posted on YouTube by DCCameraGuy and by TonyManization.",
     "The clip was posted on YouTube by TonyManization.",
     "an article that gives both accounts contradicts neither"),
])
def test_no_relation_conflict_between_unrelated_facts(a_text, b_text, why):
    assert not pair(a_text, b_text).conflicts, why


def test_checker_finds_a_body_name_whole_not_by_its_last_word():
    """"Office of Management and Budget" is not in a text that names the "Center on Budget and
    Policy Priorities"; it is where the text names it whole (or by its acronym)."""
    from check_claims import has_detail

    row = {"kind": "entity", "text": "Office of Management and Budget", "key": "office management budget"}
    assert not has_detail(row, "The Center on Budget and Policy Priorities said so.")
    assert has_detail(row, "Lew, director of the Office of Management and\nBudget, said so.")
    assert has_detail(row, "The OMB said so.")


# --- only here that holds (issue #13, session 4) -----------------------------------------------
# Read by hand on BASIL dev stories: 66 of 403 only-here claims were false, nearly all phrases
# another outlet tells in other words ("troubled past" / "personal turmoil"). The sentences below
# are written for the tests, in the shape that fooled the rules.


def test_a_phrase_is_wording_never_a_fact_only_here():
    a = filled("a", "Opening up about his troubled past, the host spoke for an hour.")
    b = filled("b", "The host spoke at length about his personal turmoil and his recovery.")
    comparison = compare_articles([a, b])
    assert "troubled past" in wording_only(comparison, "a") and "troubled past" not in only_here(comparison, "a")
    assert not any(comparison.row(i).kind == "phrase" for ids in comparison.only_in.values() for i in ids)
    data = comparison.to_dict()
    assert data["wording_only_in"]["a.txt"] and "other words" in data["wording_only_explanation"]


def test_a_length_of_time_is_the_same_in_any_unit():
    assert durations("The 10-year-old lawsuit") == durations("The case started a decade ago") == {3650.0}
    assert durations("72 hours later") == durations("three days") == {3.0}
    assert durations("a decade-long fight") == {3650.0} and not durations("in the year 2010")
    a = filled("a", "The lawsuit has dragged on for ten years in the federal courts.")
    b = filled("b", "The case started a decade ago in a federal court in California.")
    assert "ten years" not in only_here(compare_articles([a, b]), "a")


def test_a_relative_day_names_the_weekday_it_resolves_to():
    assert relative_weekdays("He spoke Friday night. The next day, he clarified.") == {"saturday"}
    assert relative_weekdays("It met on Tuesday. A day earlier it voted.") == {"monday"}
    assert not relative_weekdays("The day after the election he left.")  # counts from no named day
    a = filled("a", "The president spoke on Friday night. The next day, he clarified his remarks on the mosque.")
    b = filled("b", "The president spoke on Friday night. By Saturday, the president clarified his remarks.")
    assert "Saturday" not in only_here(compare_articles([a, b]), "b")


def dated(name: str, body: str, published: str):
    """Like :func:`filled`, with a day of publication."""
    return article_from_text(f"Headline {name}\n\n{FILLER}{body}", f"{name}.txt", {"outlet": name, "published": published})


def test_a_weekday_is_the_date_it_falls_on_counted_from_publication():
    # Thursday 6 January 2011: "Wednesday" is the 5th (or the coming 12th); "Thursday" is that day.
    assert weekday_dates("Wednesday", "2011-01-06") == {(1, 5), (1, 12)}
    assert weekday_dates("Thursday", "2011-01-06") == {(1, 6)}
    assert not weekday_dates("Wednesday", "")  # no day of publication: nothing is resolved
    assert named_days("The vote was yesterday.", "2011-01-06") == {(1, 5)}
    nyt = dated("nyt", "Speaker Boehner took the gavel from Nancy Pelosi on Wednesday in the House chamber.", "2011-01-06")
    hpo = dated("hpo", "Republicans assumed the House majority on Jan. 5 and Boehner took the gavel.", "2011-01-06")
    comparison = compare_articles([nyt, hpo])
    assert "Wednesday" not in only_here(comparison, "nyt")
    assert "Jan. 5" not in only_here(comparison, "hpo")
    # Written a week apart, the same weekday is another day: the date is only in hpo again.
    late = dated("nyt", "Speaker Boehner took the gavel from Nancy Pelosi on Wednesday in the House chamber.", "2011-01-20")
    assert "Jan. 5" in only_here(compare_articles([late, hpo]), "hpo")


def test_next_and_last_month_are_the_months_they_count_to():
    assert relative_months("The race ends next month; he won last month.", "2010-12-12") == {(2011, 1), (2010, 11)}
    assert relative_months("It ends this month.", "2011-01-03") == {(2011, 1)}
    assert not relative_months("It ends next month.", "")
    nyt = dated("nyt", "The party committee will elect its chairman in January, when members meet in Maryland.", "2010-12-12")
    fox = dated("fox", "The race for party chairman will end next month, when the committee members meet.", "2010-12-12")
    assert "January" not in only_here(compare_articles([nyt, fox]), "nyt")
    fox2 = dated("fox", "Republicans won the House in the November midterm election, party members said.", "2010-12-12")
    nyt2 = dated("nyt", "Republicans won control of the House of Representatives last month, members said.", "2010-12-12")
    assert "November" not in only_here(compare_articles([fox2, nyt2]), "fox")
    # A month of another year is not the month "next month" counts to.
    old = dated("nyt", "He was elected chairman in January 2009 after six rounds of voting by members.", "2010-12-12")
    assert "January 2009" in only_here(compare_articles([old, fox]), "nyt")


def test_a_quote_another_article_gives_in_other_words_is_checked_by_hand():
    a = filled("a", "Romney told reporters: \"I've repeatedly said I don't question the president's faith.\"")
    b = filled("b", "Romney said on Tuesday that he never questioned the president's faith or his patriotism.")
    comparison = compare_articles([a, b])
    quote = "I've repeatedly said I don't question the president's faith"
    assert quote not in only_here(comparison, "a")
    assert quote in [comparison.row(i).text for i in comparison.only_in_to_check["a.txt"]]
    # Shared names alone ("United States", "Japan") are no paraphrase of what was said.
    c = filled("c", "Trump said: \"The United States is with them all the way.\" The United States and Japan signed.")
    d = filled("d", "Relations between the United States and Japan are strong, officials in Japan said.")
    assert "The United States is with them all the way" in only_here(compare_articles([c, d]), "c")


def test_another_value_for_the_same_counted_thing_is_not_left_out():
    a = filled("a", "The suit covers as many as 1.5 million women who worked at the stores.")
    b = filled("b", "The class action covers 1.5 million women employed by the retailer.")
    c = filled("c", "The suit was brought on behalf of up to 1.6 million women at the retailer.")
    comparison = compare_articles([a, b, c])
    assert not [o for o in comparison.omissions if o.missing_from == "c.txt" and "1.5 million" in o.text]


def test_cut_details_are_no_details():
    a = filled("a", "Weiner held two testy news conferences on Tuesday. Dukes walked out of the courthouse full of confidence.")
    texts = [d.text for d in extract_details(a)]
    assert "two testy news conferences" in texts and "two testy news" not in texts
    assert not any(t.startswith("courthouse full") for t in texts)
    b = filled("b", "The 10-year-old lawsuit was argued on Tuesday.")
    assert not [d for d in extract_details(b) if d.kind == "entity" and not any(ch.isupper() for ch in d.text)]


# --- wording a reader can quote (issue #16) ----------------------------------------------------

def test_wording_items_are_phrases_a_reader_can_quote():
    # Read on BASIL dev (summers, akin): a subject cut with its verb, a modifier cut from the name
    # it leads, a phrase after "off" or "no" that says the opposite, a clause word at the end.
    a = filled("a", "The sense of disappointment with the president remained strong among liberals. "
                    "Aides were trying to prevent outgoing House Speaker Nancy Pelosi from acting. "
                    "Summers spoke at an off camera briefing. The platform reflects the delicate position of the party. "
                    "He said the punishment ought to be harsh. The party had no immediate comments.")
    words = wording_beside_plain(a)
    for cut in ("president remained strong", "prevent outgoing", "camera briefing", "platform reflects",
                "punishment ought", "immediate comments"):
        assert cut not in words
    assert "delicate position" in words


def test_wording_items_are_never_cut_before_their_head_or_across_a_verb():
    # Read on PolNeAR (comey, ginsburg, abedin): a chunk cut before its head noun (a name, a
    # coordinated modifier), ending on an irregular participle or a time adverb, holding a light
    # verb ("get"), or ending on the verb before its object ("use a").
    a = filled("a", "Comey reached no hard and fast conclusion on Tuesday. The best use a zero day flaw. "
                    "It quietly uses a network run by one of the intelligence agencies. The mail was less secure "
                    "than plain old Gmail. She will want other top aides swept up in the inquiry to keep clearances. "
                    "The point is to get sensitive material out of the hands of strangers. It could be shared by a "
                    "lot of people given the agency's recent record. She met him at a private meeting last Monday. "
                    "Justices generally avoid getting involved in presidential politics. These are the jobs "
                    "Weiner has lost due to extramarital activity.")
    words = wording_beside_plain(a)
    for cut in ("fast conclusion", "best use", "network run", "plain old", "top aides swept", "get sensitive material",
                "people given", "private meeting last", "avoid getting", "lost due"):
        assert cut not in words
    assert {"private meeting", "top aides", "presidential politics", "extramarital activity"} <= set(words)


def test_a_short_quotation_printed_verbatim_by_two_articles_is_the_same_quote():
    # Read on PolNeAR (ginsburg): both print Trump's tweet, one whole, one without its last word.
    a = filled("a", "Trump wrote in a tweet on Wednesday: “Her mind is shot — resign!” The court did not comment.")
    b = filled("b", 'Trump called on her to resign from her post and said, "Her mind is shot!" She later apologised.')
    pairs = [p for p in compare_articles([a, b]).shared_text if p.label == "same quote"]  # the filler is copied text
    assert [p.a.text for p in pairs] == ["Her mind is shot — resign!"]
    c = filled("c", 'He spoke of “legitimate rape” in an interview on Sunday, and the party recoiled.')
    d = filled("d", 'Akin said "legitimate rape" rarely leads to pregnancy, and the party recoiled at once.')
    assert not [p for p in compare_articles([c, d]).shared_text if p.label == "same quote"]  # two words: anyone's


def test_plural_and_possessive_forms_are_the_same_wording():
    # Read on BASIL dev (akin): nyt's "women's bodies" is fox's "a woman's body".
    a = filled("a", "He claimed women’s bodies will resist getting pregnant after an assault.")
    b = filled("b", "He claimed a woman's body can typically fend off pregnancy after an assault.")
    comparison = compare_articles([a, b])
    assert not any(w.startswith("wom") for w in wording_only(comparison, "a") + wording_only(comparison, "b"))


def test_a_short_quote_inside_a_longer_quote_is_the_same_quote():
    # Read on BASIL dev (akin): hpo quotes the whole answer, two sentences long; nyt quotes two words.
    a = filled("a", 'Akin spoke of "legitimate rape" in an interview on Sunday.')
    b = filled("b", '"From what I understand from doctors, that\'s really rare," Akin said. "If it\'s a legitimate '
                    'rape, the female body has ways to try to shut that whole thing down. But let\'s assume maybe '
                    'that didn\'t work."')
    comparison = compare_articles([a, b])
    row = next(r for r in comparison.details if r.kind == "quote" and r.text == "legitimate rape")
    assert set(row.articles) == {"a.txt", "b.txt"}


def test_paragraphs_after_a_correction_notice_that_tell_of_other_posts_are_left_out():
    # Read on BASIL dev (vow): nyt's 2010 post ends with a correction and then the openings of two
    # 2013 posts (Nuland's nomination, Obama and Christie's Sandy tour): warned, and no "only here".
    story = ("Senate Republicans vowed to block every bill until the tax cuts are extended, Reid said Tuesday.\n\n"
             "Reid called the letter an old strategy of delay.\n\n")
    a = filled("a", story + "This post has been revised to reflect the following correction:\n\n"
                    "Correction: December 1, 2010\n\nBecause of an editing error, an earlier version of this post "
                    "said that Senator Harry Reid was from Arizona. He is from Nevada.\n\n"
                    "President Obama and Gov. Chris Christie, Republican of New Jersey, will reprise their tour of "
                    "the coast ravaged by Hurricane Sandy, a White House official said.")
    b = filled("b", story)
    comparison = compare_articles([a, b])
    assert any("correction notice" in w and "Chris Christie" in w for w in comparison.warnings)
    assert not any("Christie" in t or "Sandy" in t for t in only_here(comparison, "a") + wording_only(comparison, "a"))
    # Without a notice the last paragraph is the story's, however new its names.
    c = filled("c", story + "Gov. Chris Christie of New Jersey toured the coast hit by Hurricane Sandy.")
    assert not any("correction notice" in w for w in compare_articles([c, b]).warnings)


def test_wording_items_are_no_idioms_pronouns_or_clauses():
    # Read on PolNeAR (manafort, zimmerman, kaine): an idiom's words, the pronoun "ones", a subject
    # with its verb (after "what", "if", an adverb, before "that"), a predicate adjective, a
    # hyphened modifier cut before its head, a quantity before "of".
    a = filled("a", "He is on the losing end of a power struggle, and aides say he did a good job in the fall. "
                    "It's preseason, for heaven's sake. A foundation in his son's name is focusing on gun violence. "
                    "Similar firearms normally sell for around $200, the company wrote in its statement. "
                    "The campaign he was ostensibly running committed mistake after mistake in the polls. "
                    "He called the actions lawful, especially if those interests conflict with the nation's. "
                    "Records such as the ones describing payments to lobbyists are far less detailed. "
                    "He backed a plan to deregulate some banks, including sizable ones. "
                    "Her record of serving the power of wealth indicate that she is reaching out to voters. "
                    "Kaine has adopted the stance common among some Catholics in public office. "
                    "She noted that abortion, what her abortion business calls “reproductive care”, is central. "
                    "He supported the state's anti-union and misnamed right-to-work law. "
                    "Steady streams of defections followed, and senior aides said disagreements broke out. "
                    "He described, in fairly blistering terms, an early morning tweet about the withering retorts. "
                    "Exports of critical minerals and rare earths supply chains grew.")
    words = wording_beside_plain(a)
    for cut in ("losing end", "good job", "heaven's sake", "son's name", "firearms normally sell", "company wrote",
                "running committed mistake", "actions lawful", "interests conflict", "ones describing payments",
                "sizable ones", "wealth indicate", "stance common", "abortion business calls", "state's anti-union",
                "steady streams", "disagreements broke"):
        assert cut not in words
    assert {"power struggle", "blistering terms", "morning tweet", "withering retorts", "rare earths supply chains",
            "senior aides"} <= set(words)


def test_wording_items_cross_no_phrase_boundary():
    # Read on PolNeAR (clinch, unity, orlando): a noun with the verb of its own or the next clause
    # (a reporting or thinking -ing word, an -ing word before a particle or after "spend" + a time,
    # an -ly word after an irregular plural, a quantifier's plural with a bare verb, "fell", "born"),
    # a chunk cut inside a compound (before an acronym's compound, a superlative hyphened modifier, a
    # plural number before "of"), a postposed adjective, and the prepositions "notwithstanding",
    # "involving" and the predicate "alone".
    a = filled("a", "The Vermont senator emailed supporters saying: “The struggle continues” and vowing to compete. "
                    "Young people and the most liberal voters fell overwhelmingly in his camp. "
                    "They have not seen minorities, young people and women reliably show up for candidates. "
                    "Not all presidents choose to play an active role in electing a successor. "
                    "Leaders have worked to lay the foundation for an eventual coming together, officials said. "
                    "Warren's comment about superdelegates notwithstanding, she is seen as credible. "
                    "He charmed many of the lawmakers he has spent the last year disparaging. "
                    "He spent most of the meeting listening to the lawmakers. "
                    "The campaign entered the conversation believing they have more leverage than party leaders. "
                    "A countdown clock was ticking away the seconds leading up to the summit. "
                    "The former reality TV star is eager to control the convention. "
                    "Will the nominee adhere to positions elemental to the party platform? "
                    "It came after a day of tensions between two of the nation’s highest-profile Republicans. "
                    "He cited the case of a U.S. citizen born in Pakistan who tried to detonate a car bomb. "
                    "For that reason alone, he should step down. "
                    "He called for a deeper relationship involving command and control. "
                    "He warned against military action thousands of miles away.")
    words = wording_beside_plain(a)
    for cut in ("supporters saying", "liberal voters fell", "women reliably show", "presidents choose",
                "eventual coming", "superdelegates notwithstanding", "last year disparaging", "meeting listening",
                "conversation believing", "seconds leading", "former reality", "positions elemental",
                "nation’s highest-profile", "citizen born", "reason alone", "deeper relationship involving command",
                "military action thousands"):
        assert cut not in words
    assert {"liberal voters", "active role", "countdown clock", "car bomb", "deeper relationship",
            "military action", "party platform"} <= set(words)


def test_one_common_word_and_no_shared_name_ties_no_counterpart():
    # Read on PolNeAR (clinch): huff-post's "an active role" is not said by wash-post's headline
    # "Warren may play role in push to broker peace", nor "a significant difference" by a quote's
    # "a very big difference": one common word, no name, number, date or rare word in common. Two
    # words in common, or a person both sentences name, still tie them (and the press-conference
    # and cliff's "high earners" / "top earners" cases).
    a = filled("a", "Not all presidents choose to play an active role in electing a successor. "
                    "Just as worrisome, the yearlong battle between Clinton and Sanders exposed clear rifts.")
    b = filled("b", "Warren may have a role in the push to broker peace between Clinton and Sanders. "
                    "What Sanders and Clinton will be doing is common at the end of spirited nomination battles.")
    apart = _said_elsewhere(compare_articles([a, b]), "a")
    assert "active role" not in apart
    assert "yearlong battle" in apart


def test_a_later_sentence_stating_a_shared_date_has_a_counterpart():
    # Read on PolNeAR (manafort): politico's lead and a later paragraph both give 2012, nyt gives it
    # once; the later paragraph, worded unlike any nyt sentence, still states a fact nyt states.
    a = filled("a", "The party routed at least $2.2 million in payments to two lobbying firms in 2012. "
                    "Manafort and his associate were working in 2012 for the governing party of Ukraine. "
                    "The lobbyists kept the arrangement quiet for years after the vote.")
    b = filled("b", "Handwritten ledgers show the consultant was designated to receive undisclosed cash "
                    "payments from 2007 to 2012. The chairman denied taking any money.")
    alone = [p.text for p in compare_articles([a, b]).without_counterpart if p.source == "a.txt"]
    assert not any("were working in 2012" in p for p in alone)
    # A month named alone is the story's calendar: it gives a later sentence no counterpart.
    c = filled("c", "The party hopes to win 25 seats in November. Democrats are thought to have far more safe "
                    "seats than Republicans going into November.")
    d = filled("d", "Voters go to the polls in November, and the chairman expects a quiet campaign.")
    alone = [p.text for p in compare_articles([c, d]).without_counterpart if p.source == "c.txt"]
    assert any("far more safe seats" in p for p in alone)


def test_a_phrase_written_as_one_word_elsewhere_is_no_wording_of_its_own():
    # Read on PolNeAR (orlando): west-journal's "club goers" is wash-post's "clubgoers", the same
    # words as one; "murderous attack" stays west-journal's own.
    a = filled("a", "The gunman opened fire on the club goers in a murderous attack early on Sunday.")
    b = filled("b", "Trump said the shooter slaughtered clubgoers at the Pulse nightclub on Sunday.")
    words = wording_only(compare_articles([a, b]), "a")
    assert "club goers" not in words and "murderous attack" in words


def test_the_same_words_in_another_form_are_no_wording_of_its_own():
    # Read on PolNeAR: unity's politico "a unified party" is west-journal's "unify the party"
    # (a participle and its verb, one function word between); clinch's breitbart "young voters" is
    # nyt's "younger voters" (an adjective and its comparative).
    a = filled("a", "Ryan said the meeting showed a unified party and strong support among young voters.")
    b = filled("b", "He said he will unify the party, though he trails with younger voters and is widely doubted.")
    comparison = compare_articles([a, b])
    listed = wording_only(comparison, "a") + [comparison.row(i).text for i in comparison.only_in_to_check["a.txt"]]
    assert "unified party" not in listed and "young voters" not in listed and "strong support" in listed
    # The words apart, or with a content word between, are other wording.
    c = filled("c", "Ryan said the meeting showed a unified party and young voters cheered.")
    d = filled("d", "The party is split. He said he will unify it, and young people who vote agree.")
    comparison = compare_articles([c, d])
    listed = wording_only(comparison, "c") + [comparison.row(i).text for i in comparison.only_in_to_check["c.txt"]]
    assert "unified party" in listed and "young voters" in listed


def test_the_other_form_is_looked_up_where_its_roots_stand():
    # The check looks only in sentences holding every root (an index, not a scan of the whole
    # story): the same articles as trying every sentence of every article.
    from biaslens.compare import _holds_in_order, _in_other_form, _StoryIndex
    from biaslens.details import extract_details, form_roots, word_root
    articles = [filled(name, body) for name, body in [
        ("a", "Ryan said the meeting showed a unified party and strong support among young voters."),
        ("b", "He said he will unify the party, though he trails with younger voters and is widely doubted."),
        ("c", "The party is split. He said he will unify it, and young people who vote agree."),
        ("d", "Younger and older voters alike want a unified and strong party, the pollster said."),
        ("e", "Strong support came from young, urban voters; the unifying of a party takes time.")]]
    index = _StoryIndex(articles, [extract_details(a) for a in articles])
    for phrase in ("unified party", "young voters", "strong support", "older voters", "unified strong party"):
        words = phrase.split()
        wanted = [form_roots(w) for w in words[:-1]] + [frozenset({word_root(words[-1])})]
        scanned = {i for i in range(index.n) if i != 0
                   and any(_holds_in_order(sentence, wanted) for sentence in index.word_forms(i))}
        assert _in_other_form(index, phrase, {0}) == scanned, phrase
    assert _in_other_form(index, "young voters", {0}) == {1}


def test_form_roots_join_a_comparative_to_its_adjective():
    from biaslens.details import form_roots, word_root
    assert word_root("young") in form_roots("younger")
    assert word_root("big") in form_roots("biggest")
    assert word_root("early") in form_roots("earlier")
    assert word_root("late") in form_roots("later")
    assert form_roots("voters") == frozenset({word_root("voters")})


def test_an_office_title_the_others_give_a_person_mentions_the_person():
    # Read on PolNeAR (unity): breitbart's "the party chairman" is Reince Priebus, whom the others
    # name "RNC Chairman Reince Priebus": "breitbart does not mention Priebus" was false.
    a = filled("a", "Trump met RNC Chairman Reince Priebus and Speaker Paul Ryan on Thursday.")
    b = filled("b", "Trump, Ryan and Republican National Committee Chairman Reince Priebus will also hold a separate meeting.")
    c = filled("c", "Three meetings were on tap for Trump: the one with Ryan and the party chairman, and one with senators.")
    comparison = compare_articles([a, b, c])
    assert "Reince Priebus" not in [o.text for o in comparison.omissions if o.missing_from == "c.txt"]
    # Another body's chairman, a title two people hold, or "the vice president" points to no one.
    for sentence in ("Trump met the chairman of the Joint Chiefs, and Ryan.",
                     "Trump met the committee's chairman and Ryan.",
                     "Trump met Ryan and the party chairman, Tom Smith, on Thursday."):
        d = filled("c", sentence)
        comparison = compare_articles([a, b, d])
        assert "Reince Priebus" in [o.text for o in comparison.omissions if o.missing_from == "c.txt"]
    e = filled("a", "Trump met Joe Biden and President Barack Obama on Thursday.")
    f = filled("b", "President Barack Obama spoke first; Biden followed.")
    g = filled("c", "The vice president spoke first, and Trump answered.")
    comparison = compare_articles([e, f, g])
    assert "Barack Obama" in [o.text for o in comparison.omissions if o.missing_from == "c.txt"]


def test_a_people_named_after_a_place_is_no_name_only_here():
    # Read on PolNeAR (california): west-journal's "the Californians" are the people of California,
    # which every article names; "Texans" beside no article naming a place with that demonym stays.
    a = filled("a", "Sanders said he would help the Californians address the crises they face, and Texans too.")
    b = filled("b", "Clinton and Sanders are tied in California before the primary on Tuesday.")
    names = only_here(compare_articles([a, b]), "a")
    assert "Californians" not in names and "Texans" in names


def test_a_dateline_mentions_its_place():
    # Read on PolNeAR (unity): breitbart's AP copy opens "WASHINGTON (AP) —", yet Coverage said
    # breitbart does not include Washington. A capitalised word opening a sentence is no dateline.
    a = article_from_text("Trump and Ryan meet\n\nWASHINGTON (AP) — Donald Trump and House Speaker Paul Ryan pledged "
                          "to work together on Thursday.", "a.txt", {"outlet": "a"})
    b = filled("b", "Trump met Ryan in Washington on Thursday at the party headquarters.")
    c = filled("c", "Ryan said in Washington that the meeting on Thursday went well.")
    rows = {r.text: r.articles for r in compare_articles([a, b, c]).details if r.kind == "entity"}
    assert "a.txt" in rows["Washington"]
    d = article_from_text("Trump and Ryan meet\n\nTRUMP — Donald Trump and House Speaker Paul Ryan pledged to work "
                          "together on Thursday.", "a.txt", {"outlet": "a"})
    rows = {r.text: r.articles for r in compare_articles([d, b, c]).details if r.kind == "entity"}
    assert "a.txt" not in rows["Washington"]


def test_wording_items_are_no_subject_with_its_verb_before_a_name_or_a_path():
    # Read on PolNeAR (california): politico's "homeowners support [Clinton]", "the race breaking
    # [along familiar lines]", "decline-to-state voters tilting [toward Sanders]" were listed as wording.
    a = filled("a", "Homeowners lean one way: homeowners support Clinton by 17 points. The poll shows the race "
                    "breaking along familiar lines, with decline-to-state voters tilting toward Sanders.")
    words = wording_beside_plain(a)
    assert "homeowners support" not in words and "race breaking" not in words
    assert "decline-to-state voters tilting" not in words and "decline-to-state voters" in words
    # A title before a name, a day after a plural's compound, a noun after an adjective stay.
    b = filled("a", "The sports reporter John Smith said his jobs bill Wednesday came with affordable housing across the city.")
    words = wording_beside_plain(b)
    assert {"sports reporter", "jobs bill", "affordable housing"} <= set(words)


def test_an_irregular_past_inside_a_chunk_ends_its_subject():
    # Read on PolNeAR (unity): politico's "the presumptive nominee sat face to face with Ryan" gave
    # "presumptive nominee sat face"; BASIL chickfila's "the company's president drew criticism".
    a = filled("a", "For an hour, the party's presumptive nominee sat face to face with the speaker.")
    words = wording_beside_plain(a)
    assert words == ["party's presumptive nominee"]


# --- Without counterpart: what it measures, and sentences maybe told in other words (session 9) -------


_ALIAS_STORY = (
    filled("a", "Anthony Weiner resigned from Congress in 2011. Although Weiner attempted to revive his career by "
                "running for mayor, he lost amid a second sexting scandal, the one where he used the alias "
                "Carlos Danger. Afterward, Weiner mostly dropped out of the public eye."),
    filled("b", "Anthony Weiner resigned from Congress in 2011. The congressman wrote under the pseudonym "
                "“Carlos Danger,” but it didn't do him any good, as he was eventually discovered. A documentary "
                "about him is set to be released on Showtime."))


def test_a_rare_pair_of_words_and_a_shared_name_set_a_sentence_apart_as_maybe_told_in_other_words():
    # Read on PolNeAR (abedin, kaine): huff-post's "the one where he used the alias Carlos Danger" and
    # west-journal's "wrote under the pseudonym “Carlos Danger”" share too few words to be a counterpart
    # (cosine below the threshold), yet tell one fact: both name Weiner and use the alias, a pair of
    # words in a row no third sentence uses. An alias is the article's own naming, so its words count.
    a, b = _ALIAS_STORY
    comparison = compare_articles([a, b])
    apart = {(o.sentence.source, o.other.source, o.shared) for o in comparison.other_words}
    assert ("a.txt", "b.txt", "Carlos Danger") in apart and ("b.txt", "a.txt", "Carlos Danger") in apart
    alone = " ".join(p.text for p in comparison.without_counterpart)
    assert "Carlos Danger" not in alone
    # Look-alike: one word in common ("career", "public") and the shared name alone tie nothing.
    assert "dropped out of the public eye" in alone and "A documentary about him" in alone
    data = comparison.to_dict()
    assert data["maybe_told_in_other_words"] and "other words" in data["without_counterpart_explanation"]


def test_a_pair_of_everyday_words_names_or_titles_sets_no_sentence_apart():
    # Look-alikes read on PolNeAR (unity, judge, khan): "GOP leadership" (a cast name), "Majority Leader"
    # (a title), "last week" (two everyday words) are no phrase two outlets chose to tell one thing.
    a = filled("a", "Ryan met Trump at the Capitol. Rep. Tom Cole, an ally of GOP leadership, said last week his "
                    "biggest worry about Trump is that he is unpredictable. Majority Leader Mitch McConnell wrote a "
                    "book boasting of his record.")
    b = filled("b", "Ryan met Trump at the Capitol. This is crucial for Trump, said one former GOP leadership aide "
                    "who left last week. McConnell, the Majority Leader, told Trump to quit attacking people.")
    assert compare_articles([a, b]).other_words == ()
    # One cast entity is too little a tie: the story's main person is in most of its sentences (khan:
    # huff-post's Nice attack and nyt's failing tool kit both name Trump and "Islamic terrorism").
    c = filled("c", "Khizr Khan spoke at the convention. Hastily politicizing the tragedy in Nice, much like he did "
                    "after the deadly attacks in Paris in January of last year, Trump cast the blame on his democratic "
                    "rivals for ignoring radical Islamic terrorism.")
    d = filled("d", "Khizr Khan spoke at the convention. And Trump's usual political tool kit has appeared to fail "
                    "him: he earned no reprieve with his complaints that the father had been unfair to him, or with his "
                    "renewed focus on Islamic terrorism.")
    assert compare_articles([c, d]).other_words == ()


def test_without_counterpart_says_it_is_measured_by_shared_words():
    # A teacher repeats the heading: it says what is measured (shared words), and that the same thing
    # may be told in other words, as the wording-only section does; the sentences set apart are shown
    # with the other article's sentence, to check by hand.
    from biaslens.report.comparison_section import _passages

    a, b = _ALIAS_STORY
    comparison = compare_articles([a, b])
    text = "\n".join(_passages(comparison, {x.source: x for x in (a, b)}, {"a.txt": "a", "b.txt": "b"}))
    assert "### Without counterpart: sentences whose words no sentence of another article shares enough of" in text
    assert "may tell the same thing in other words" in text
    assert "sentences share too few words with any sentence of another article" in text
    assert "maybe told in other words by **b**" in text and "(both: “Carlos Danger”)" in text
