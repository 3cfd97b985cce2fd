"""The cast: one entity per person, organisation and place across a story's articles.

Cases are labelled data: the texts, what must be one entity, what must stay apart, and why.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from biaslens.cast import build_cast, speaker_kind
from biaslens.corpus import article_from_text
from biaslens.names import given_names_compatible, name_tokens

from conftest import EVAL_DATA, SEEDS


@pytest.fixture(scope="module")
def seeds():
    from biaslens.compare import compare_story
    from biaslens.corpus import load_articles, make_story
    from biaslens.pipeline import analyse_story

    analysis = analyse_story(make_story(load_articles([Path(SEEDS)]).articles), [])
    return analysis, compare_story(analysis)


def _articles(*texts: str):
    return [article_from_text(t, f"{n}.txt", {"outlet": f"Outlet {n}"}) for n, t in enumerate(texts)]


def _entity(cast, source, name):
    article_mentions = [e for e in cast.entities for m in e.mentions if m.source == source and m.text.endswith(name)]
    assert article_mentions, f"{name!r} not found in {source}"
    return article_mentions[0]


STORY = _articles(
    # A name that opens a sentence and stands nowhere else mid-sentence in its article is not
    # taken (it may be any capitalised word): "Nafta was mentioned." in article 1 is a known miss.
    "Special counsel Robert S. Mueller III questioned Michael Flynn on Monday. Mr. Mueller also met "
    "Rudolph W. Giuliani and Roger J. Stone Jr. in Washington. The North American Free Trade Agreement "
    "came up, as did the House Ways and Means Committee.",
    "Robert Mueller said Flynn had lied. Rudy Giuliani disagreed, and Roger Stone stayed silent. "
    "Nafta was mentioned. Prime Minister Justin Trudeau of Canada spoke to Rep. Bob Goodlatte, R-Va., "
    "about it.",
    "Justin Trudeau said Nafta would survive. Donald Trump met Donald Trump Jr. and Ivanka Trump. "
    "Again, Mueller was not there. Japanese officials visited Japan.",
)


@pytest.mark.parametrize(
    "a, b, why",
    [
        ((0, "Robert S. Mueller III"), (1, "Robert Mueller"), "middle initial and suffix set aside"),
        ((0, "Mueller"), (2, "Mueller"), "bare surname: the story's one Mueller"),
        ((0, "Michael Flynn"), (1, "Flynn"), "bare surname across outlets"),
        ((0, "Rudolph W. Giuliani"), (1, "Rudy Giuliani"), "nickname from the published list"),
        ((0, "Roger J. Stone Jr"), (1, "Roger Stone"), "no article names a second Roger Stone"),
        ((0, "North American Free Trade Agreement"), (2, "Nafta"), "acronym in initial capitals"),
        ((1, "Minister Justin Trudeau"), (2, "Justin Trudeau"), "trailing qualifier"),
    ],
)
def test_same_entity(a, b, why):
    cast = build_cast(STORY)
    assert _entity(cast, f"{a[0]}.txt", a[1]).id == _entity(cast, f"{b[0]}.txt", b[1]).id, why


def test_kept_apart_and_whole():
    cast = build_cast(STORY)
    trumps = {_entity(cast, "2.txt", n).id for n in ("Donald Trump", "Donald Trump Jr", "Ivanka Trump")}
    assert len(trumps) == 3  # one article names all three: three people
    names = {m.text for e in cast.entities for m in e.mentions}
    assert "House Ways and Means Committee" in names  # whole across "and"
    assert not any(n in names for n in ("Va", "R-Va.", "North American Free", "Means Committee"))
    assert "Japanese" not in names  # an adjective, not Japan
    goodlatte = _entity(cast, "1.txt", "Bob Goodlatte")
    assert goodlatte.kind == "person"  # the party-state tag says so


def test_mentions_index_the_text():
    cast = build_cast(STORY)
    texts = {a.source: a.text for a in STORY}
    for entity in cast.entities:
        for m in entity.mentions:
            assert texts[m.source][m.start:m.end] == m.text


def test_names_helpers():
    assert given_names_compatible("rick", "richard") and given_names_compatible("r", "robert")
    assert not given_names_compatible("robert", "roger")  # "bobby" is listed under both: not chained
    assert name_tokens("Prime Minister Takaichi") == ("takaichi",)


@pytest.mark.parametrize(
    "speaker, kind",
    [("the memo", "document"), ("a joint statement", "document"), ("memo", None), ("suit", None),
     ("in Washington", None), ("officials", "group"), ("a senior official", "person")],
)
def test_speaker_kinds(speaker, kind):
    # Common nouns alone are not speakers (issue #12: "suit", "memo", "in Washington").
    assert speaker_kind(speaker, None) == kind


def test_seed_cast_takaichi(seeds):
    _, comparison = seeds
    takaichi = [e for e in comparison.cast.entities if e.name == "Sanae Takaichi"]
    assert len(takaichi) == 1
    names = {m.text for m in takaichi[0].mentions}
    assert {"Takaichi", "Sanae Takaichi", "Prime Minister Takaichi"} <= names
    data = comparison.to_dict()
    assert data["entities"][0]["kind"] in ("person", "organisation", "place", "other")
    assert all(set(v) == {"entity", "name", "kind", "sources", "quotes"} for v in data["voices"])


@pytest.mark.slow
def test_meantime_floor(capsys):
    if not (EVAL_DATA / "entities" / "meantime").exists():
        pytest.skip("MEANTIME not available")
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "evaluation"))
    from eval_cast import evaluate

    root = EVAL_DATA / "entities" / "meantime"
    scores = [evaluate(p) for p in sorted(root.iterdir()) if p.is_dir()]
    n = sum(s["n"][0] for s in scores)
    recall = sum(s["recall"][0] * s["n"][0] for s in scores) / n
    f1 = sum(s["cast"][2] * s["n"][0] for s in scores) / n
    # Floors pinned at the measured values (recall 0.978, link F1 0.898 as a by-mention mean of
    # the topics; 0.901 over pooled pairs) less a margin for rule changes elsewhere.
    assert recall >= 0.96 and f1 >= 0.87


# ---------------------------------------------------------------------------------------------
# Cross-outlet claims read by hand on three BASIL dev stories (issue #12). Each false claim
# found there is a labelled case here, with invented text showing the same phenomenon.

def _compare(*texts: str):
    from biaslens.compare import compare_articles

    return compare_articles(_articles(*texts))


def _unique_entities(comparison) -> set[str]:
    return {r.text for s in comparison.sources for r in comparison.unique_rows(s) if r.kind == "entity"}


def _left_out(comparison) -> set[tuple[str, str]]:
    return {(o.missing_from, o.text) for o in comparison.omissions if o.kind == "entity"}


FILLER = " The talks went on for hours. Aides said little afterwards."


@pytest.mark.parametrize(
    "texts, not_unique, why",
    [
        (("As the DNC Communications Director has said, the plan failed." + FILLER,
          "A spokesman for the Democratic National Committee criticised the plan." + FILLER,
          "Nobody else spoke." + FILLER),
         {"DNC Communications", "Democratic National Committee"},
         "'Communications' belongs to the title; DNC = Democratic National Committee"),
        (("Rep. Darrell Issa of California asked for the records." + FILLER,
          "Darrell Issa wants the records." + FILLER, "The records stay sealed." + FILLER),
         {"Darrell Issa of California", "Darrell Issa"}, "a trailing qualifier after a person's name"),
        (("Thousands waited in Ft. Myers on Monday." + FILLER,
          "Thousands waited in Fort Myers on Monday." + FILLER, "Thousands waited." + FILLER),
         {"Ft. Myers", "Fort Myers"}, "an abbreviated place word"),
        (("The GOP is divided over the plan." + FILLER,
          "The Republican Party is divided over the plan." + FILLER, "The party is divided." + FILLER),
         {"GOP", "Republican Party"}, "GOP is the Republican Party"),
        (("Weekly Standard Editor Bill Kristol wrote a letter." + FILLER,
          "In his letter, William Kristol asked for more." + FILLER, "A letter came." + FILLER),
         {"Bill Kristol", "William Kristol", "Standard Editor Bill Kristol"}, "a title word and a nickname"),
    ],
)
def test_basil_false_only_here_claims(texts, not_unique, why):
    assert not (_unique_entities(_compare(*texts)) & not_unique), why


@pytest.mark.parametrize(
    "text, junk, why",
    [
        ('Speaking on ABC\'s "This Week," Sen. John McCain, R-Ariz., said it was wrong.', {"Week", "Va", "Ariz"},
         "a quoted show title is a name whole; a party-state tag is no name"),
        ("He was asked about it on Friday. “Well, if he is such a student of history, he knows.”", {"Well"},
         "a capital after an opening quote starts a sentence"),
        ("The department did not need to act if it chose to do so. Government officials disagreed, "
         "as did people outside government.", {"Government"}, "a sentence the splitter did not end"),
        ("“I’ve said it before,” he said of the TV ad.", {"I’ve", "TV"}, "a pronoun and a common initialism"),
        ("The Arizona Republican said the chairman must go.", {"Arizona Republican"}, "a party descriptor names no one"),
    ],
)
def test_basil_junk_names(text, junk, why):
    cast = build_cast(_articles(text + FILLER))
    assert not ({m.text for e in cast.entities for m in e.mentions} & junk), why


def test_basil_party_word_before_a_name_is_not_the_person():
    # "Republican Pat Toomey" once swallowed the bare "Republican" of "Democratic and Republican
    # administrations", and the report said an outlet that names no Toomey "does not mention Republican".
    comparison = _compare(
        "Both Democratic and Republican administrations did this, said Republican Pat Toomey." + FILLER,
        "Both Democratic and Republican administrations did this, the statement said." + FILLER,
        "The statement was short." + FILLER,
    )
    assert not any(text == "Republican" for _, text in _left_out(comparison))
    assert any(e.name == "Pat Toomey" and e.kind == "person" for e in comparison.cast.entities)


@pytest.mark.xfail(reason="known: 'Bibi' is in no published nickname list, so Bibi Netanyahu stays apart")
def test_basil_known_miss_bibi():
    assert not _unique_entities(_compare(
        "Bibi Netanyahu spoke to the assembly." + FILLER,
        "Benjamin Netanyahu spoke to the assembly." + FILLER,
        "Prime Minister Benjamin Netanyahu spoke." + FILLER,
    )) & {"Bibi Netanyahu"}


def test_voices_and_attributions_read_the_cast():
    from biaslens.compare import compare_story
    from biaslens.corpus import make_story
    from biaslens.extractors import build_extractors
    from biaslens.pipeline import analyse_story
    from biaslens.report.context import ReportContext
    from biaslens.report.quotes_section import quotes_section

    articles = _articles(
        "Donald Trump met reporters on Monday. “We will win this fight easily,” Mr. Trump said.",
        "Trump met reporters on Monday. “We will win this fight easily,” Trump told them.",
        "Reporters met Donald Trump. A memo said: “We will win this fight easily.” Roger Stone said “it is over.”",
    )
    analysis = analyse_story(make_story(articles), build_extractors(["quotes"]))
    comparison = compare_story(analysis)
    trump = next(e for e in comparison.cast.entities if e.name == "Donald Trump")
    ids = {comparison.speaker_of(a.article.source, q.start)[0] for a in analysis.articles[:2] for q in a.items("quote")}
    assert ids == {trump.id}  # "Mr. Trump" and "Trump" are one speaker
    voices = {v["name"]: v for v in comparison.to_dict()["voices"]}
    assert voices["Donald Trump"]["sources"] == ["0.txt", "1.txt"]
    texts = {a.source: a.text for a in articles}
    for q in voices["Donald Trump"]["quotes"]:
        assert texts[q["source"]][q["start"]:q["end"]] == q["text"] == "We will win this fight easily"
    text = quotes_section(ReportContext(analysis, comparison))
    attributed = text.split("### The same words, attributed differently")[1].split("###")[0]
    # The memo is not an entity: "Trump" against "a memo" is not a confident second attribution.
    assert "No quote appears in two outlets with different speakers." in attributed
    assert "Roger Stone (a person): quoted only by" in text


def test_issue_examples_left_out_and_junk():
    # Issue #12: "USA Today does not mention Rick Gates" (it says Richard Gates); "HuffPost does
    # not mention James Comey" (it says Comey 14 times); junk names "Feb", "Inc", "Four U.S.",
    # "Democratic" beside "DNC".
    comparison = _compare(
        "James Comey met Rick Gates on Feb. 3 at Apple Inc. headquarters." + FILLER,
        "James Comey and Rick Gates spoke. Democratic lawmakers met the DNC." + FILLER,
        "Richard Gates spoke. Later, Comey said little. Four U.S. officials agreed." + FILLER,
    )
    left = _left_out(comparison)
    assert not any(text in ("Rick Gates", "James Comey", "Comey", "Gates") for _, text in left), left
    names = {m.text for e in comparison.cast.entities for m in e.mentions}
    assert not names & {"Feb", "Inc", "Four U.S.", "Four", "Democratic"}


@pytest.mark.parametrize(
    "text, wanted, unwanted, why",
    [
        ("The National Association for the Advancement of Colored People met in Kansas City, Mo., on Monday. "
         "The NAACP said little.", {"National Association for the Advancement of Colored People"},
         {"Advancement of Colored People", "National Association"}, "'for the' inside a body's name"),
        ("She flew to South Korea for the Asia-Pacific Economic Cooperation summit.", {"South Korea"},
         {"South Korea for the Asia-Pacific Economic Cooperation"}, "'for the' after a place joins nothing"),
        ("Kansas City-area groups and EADS-led teams met U.S. Reps. John Lewis and Andre Carson.",
         {"Kansas City", "EADS", "Reps. John Lewis"}, {"Kansas City-area", "EADS-led", "U.S. Reps", "Reps"},
         "adjective tails and plural titles (a mention shows the title written before it)"),
    ],
)
def test_held_out_basil_names(text, wanted, unwanted, why):
    names = {m.text for e in build_cast(_articles(text + FILLER)).entities for m in e.mentions}
    assert wanted <= names and not (names & unwanted), (why, names)


def test_state_abbreviation_is_the_state():
    cast = build_cast(_articles("He lives in Kansas City, Mo., where Missouri voters met." + FILLER))
    mo = _entity(cast, "0.txt", "Mo")
    assert "Missouri" in {m.text for m in mo.mentions}


def test_described_speaker_is_not_the_name_inside():
    from biaslens.cast import quote_speakers
    from biaslens.records import Item

    article = _articles("Sarah Palin spoke in Alaska. “We are saddened,” said the former Alaska governor." + FILLER)[0]
    cast = build_cast([article])
    start = article.text.index("the former")
    quote = Item("quote", article.text.index("We are"), article.text.index(",”"), "We are saddened",
                 {"speaker": "the former Alaska governor", "speaker_span": [start, start + len("the former Alaska governor")]})
    entity_id, kind = quote_speakers(cast, "0.txt", [quote])[quote.start]
    assert entity_id is None or cast.entity(entity_id).name != "Alaska"
    assert kind == "person"


@pytest.mark.parametrize(
    "text, junk, why",
    [
        ("He told CNN Friday that the plan would pass.", {"CNN Friday"}, "a day after a name is a date"),
        ("Presumptive GOP nominee Mitt Romney spoke. Top Senate Democrats listened.", {"Presumptive GOP", "Top Senate"},
         "a modifier before a name is no part of it"),
        ("The Democratic-controlled Senate voted. Congressman Ryan objected.", {"Democratic-controlled Senate", "Congressman Ryan"},
         "a hyphenated adjective; a title"),
    ],
)
def test_check_claims_junk_names(text, junk, why):
    # Found by evaluation/check_claims.py on BASIL dev (only-here names whose words stand elsewhere).
    cast = build_cast(_articles(text + FILLER))
    names = {m.text for e in cast.entities for m in e.mentions}
    # The cast shows a title written before a name ("Congressman Ryan"); the name itself is "Ryan".
    assert not (names & junk) or names & junk == {"Congressman Ryan"} and _entity(cast, "0.txt", "Ryan").name == "Ryan", why


# Issue #13: every only-here / left-out name that evaluation/check_claims.py flagged on BASIL dev
# was read by hand against the articles; these are the true misses, each a cause that recurs
# (paraphrased from the articles, so the tests hold the rule, not the story).
@pytest.mark.parametrize(
    "text_a, name_a, text_b, name_b, why",
    [
        ("Romney urged Rep. Todd Akin to drop out of the U.S. Senate race in Missouri.", "U.S. Senate",
         "Romney said Akin should exit the Senate race.", "Senate",
         "the country before a chamber: the story's Senate is the U.S. Senate"),
        ("Members began to read the United States Constitution aloud on Thursday.", "United States Constitution",
         "Reading the U.S. Constitution aloud sounded simple.", "U.S. Constitution",
         "the country's two spellings before a body's or a document's name"),
        ("The letters of the U.S. Conference of Catholic Bishops were quoted.", "U.S. Conference of Catholic Bishops",
         "The United States Conference of Catholic Bishops has also written letters.",
         "United States Conference of Catholic Bishops", "'U.S.' before a longer name is 'United States'"),
        ("Challengers include former RNC Co-Chairwoman Ann Wagner and others.", "Ann Wagner",
         "The contenders include Ann Wagner of Missouri.", "Ann Wagner",
         "a body's acronym and a title before a full name are no part of it"),
        ("He served six months on Paris Island and six years in the reserves.", "Paris Island",
         "He served for six months in Parris Island and six years in the reserves.", "Parris Island",
         "a spelling variant: one letter doubled"),
        ("McMahon is one of the Republican Senate candidates in the race.", "Senate",
         "Blumenthal is running for the United States Senate this year.", "United States Senate",
         "a party adjective before a chamber describes the chamber's candidates"),
        ("Obama disputed that Democrats feel betrayed by his deal with Congressional Republicans.", "Republicans",
         "Obama rejected claims that he betrayed Democrats by cutting a deal with Republicans.", "Republicans",
         "'Congressional' before a party's members adds nothing to who they are"),
        ("“If anyone has blood on their hands, it's Barack Obama.” Obama replied later.", "Barack Obama",
         "President Obama spoke in Ohio.", "Obama",
         "a full name the text never marks as a person's is the story's one person by that surname"),
        ("Gibbs said on the ABC News program “This Week” that it was wrong.", "ABC News",
         "Gibbs was on ABC's “This Week.”", "ABC", "a network's short name is its news division's"),
        # Session 7 (docs/CAST.md): one row per entity.
        ("The Justice Department declined to comment on Monday.", "Justice Department",
         "A spokesman for the Department of Justice declined to comment.", "Department of Justice",
         "'Department of X' is the 'X Department'"),
        ("The rifle was listed on ArmsTrader.com on Monday.", "ArmsTrader.com",
         "Arms Trader said in a statement that the sale was legal.", "Arms Trader",
         "a site's address is its name's words run together"),
        ("He said so on the Fox News Channel on Monday.", "Fox News Channel",
         "He told Fox News on Monday that he would run.", "Fox News", "a news organisation's channel is the organisation"),
        ("The Democrat Party’s platform calls for repeal.", "Democrat Party",
         "The Democratic Party met in Philadelphia.", "Democratic Party", "'Democrat Party' is the Democratic Party"),
    ],
)
def test_issue13_one_entity_across_outlets(text_a, name_a, text_b, name_b, why):
    cast = build_cast(_articles(text_a + FILLER, text_b + FILLER))
    assert _entity(cast, "0.txt", name_a).id == _entity(cast, "1.txt", name_b).id, why


@pytest.mark.parametrize(
    "text_a, name_a, text_b, name_b, why",
    [
        ("Christie spoke on ABC News on Sunday.", "ABC News", "An NBC News poll showed Trump ahead.", "NBC News",
         "two networks that share only the head word 'News'"),
        ("The Greater Phoenix Tea Party met Trump.", "Greater Phoenix Tea Party",
         "Trump leads among Tea Party supporters.", "Tea Party", "a local group is not the movement"),
        ("George Bush spoke in Texas.", "George Bush", "George Rush spoke in Texas.", "George Rush",
         "short surnames one letter apart are different names"),
        ("The House Republicans met first.", "House Republicans", "The Senate Republicans met later.",
         "Senate Republicans", "a chamber's party members are not the other chamber's"),
    ],
)
def test_issue13_apart(text_a, name_a, text_b, name_b, why):
    cast = build_cast(_articles(text_a + FILLER, text_b + FILLER))
    assert _entity(cast, "0.txt", name_a).id != _entity(cast, "1.txt", name_b).id, why


def test_issue13_country_inside_a_longer_name_is_a_mention():
    # Read by hand (BASIL dev): "the U.S. ambassador" in one outlet, "the U.S. Consulate in
    # Benghazi" in the other; "only here: United States" was false.
    comparison = _compare("The death of the U.S. ambassador in Benghazi was raised." + FILLER,
                          "He criticised the response to the attack on the U.S. Consulate in Benghazi." + FILLER)
    assert "U.S." not in _unique_entities(comparison)


def test_issue13_party_adjective_after_a_chamber_names_no_one():
    # Read by hand (BASIL dev): "Senate Democratic leader" gave the name "Senate Democratic",
    # then "X does not mention Senate Democratic".
    names = {m.text for e in build_cast(_articles("Senate Democratic leaders met the president." + FILLER)).entities
             for m in e.mentions}
    assert "Senate Democratic" not in names


@pytest.mark.parametrize(
    "text, person, place, not_names, why",
    [
        ("White House Chief of Staff Rahm Emanuel met him." + FILLER, "Rahm Emanuel", None,
         {"of Staff Rahm Emanuel", "Staff Rahm Emanuel"}, "'of Staff' is the rest of the title 'Chief of Staff'"),
        ("He spoke with Prime Minister Benjamin Netanyahu of Israel." + FILLER, "Benjamin Netanyahu", "Israel",
         {"Benjamin Netanyahu of Israel"}, "a person, then the place he is of"),
        ("He joined Sheriff Joe Arpaio of Maricopa County at the rally." + FILLER, "Joe Arpaio", "Maricopa County",
         {"Joe Arpaio of Maricopa County"}, "a title, a person, then the place"),
        ("Rep. Darrell Issa of California asked for the records." + FILLER, "Darrell Issa", "California",
         {"Darrell Issa of California"}, "a known place after a two-word name"),
        ("The cover calls her “The Queen of Rage.” Rage is not in the story." + FILLER, None, None,
         {"Rage", "Queen of Rage", "of Rage"}, "a title's object on a cover line is no one"),
    ],
)
def test_name_spans_without_title_objects_or_place_tails(text, person, place, not_names, why):
    # Read by hand (issue #13, second round): the Who-is-who and label tables showed "of Staff
    # Rahm Emanuel", "Benjamin Netanyahu of Israel" (so "Netanyahu" read as a "short name") and
    # "Rage" as a person.
    cast = build_cast(_articles(text))
    names = {m.text for e in cast.entities for m in e.mentions}
    assert not (names & not_names), why
    if person:
        entity = _entity(cast, "0.txt", person)
        assert entity.name == person and entity.kind == "person", why
    if place:
        assert _entity(cast, "0.txt", place).kind in ("place", "other"), why
        assert place in names, why


@pytest.mark.parametrize(
    "text, names, not_names, why",
    [
        ("A blogger on the Web site Freedom’s Lighthouse said it was bad.", {"Freedom’s Lighthouse"},
         {"Freedom", "Lighthouse"}, "a site's name after its kind noun keeps its possessive"),
        ('He spoke on Fox News\' "America’s Newsroom." He said so.', {"America’s Newsroom"}, {"Newsroom"},
         "a quoted show title is one name, possessive and all"),
        ("They met at Tokyo’s Akasaka Palace.", {"Tokyo", "Akasaka Palace"}, {"Tokyo’s Akasaka Palace"},
         "a place's possessive still ends a name"),
        ('"Protect your account," Twitter’s Adam Sharp wrote.', {"Adam Sharp"}, {"Twitter’s Adam Sharp"},
         "after a closing quote, a possessive still ends a name"),
        ("One headline read “Newsweek Puts Picture of Michele Bachmann on Cover That Makes Her Look Crazy.” "
         "Newsweek declined to comment, and Rep. Michele Bachmann smiled.", {"Michele Bachmann", "Newsweek"},
         {"Look Crazy", "Cover That Makes Her Look Crazy", "Newsweek Puts Picture of Michele Bachmann"},
         "in a quoted title-case headline, only words the article writes as names elsewhere are names"),
    ],
)
def test_possessives_and_quoted_headlines(text, names, not_names, why):
    # Read by hand (tests/test_teacher_read.py): "Freedom" and "Lighthouse" as two only-here
    # details, "Newsroom" as a fragment, "Look Crazy" as a name.
    from biaslens.details import extract_details

    found = {d.text for d in extract_details(_articles(text + FILLER)[0]) if d.kind == "entity"}
    assert names <= found and not (found & not_names), why


def test_surname_of_a_person_named_with_a_place():
    # "Netanyahu" is the surname of "Benjamin Netanyahu", whatever place the full name came with.
    from biaslens.labels import name_form

    cast = build_cast(_articles("Prime Minister Benjamin Netanyahu of Israel spoke. Mr. Netanyahu left." + FILLER))
    entity = _entity(cast, "0.txt", "Netanyahu")
    assert name_form("Netanyahu", entity.name, entity.kind) == "surname"


def test_spelling_variants():
    from biaslens.names import spelling_variants

    assert spelling_variants("parris", "paris") and spelling_variants("priebus", "preibus")
    assert not spelling_variants("bush", "rush") and not spelling_variants("obama", "osama")
    assert not spelling_variants("johnson", "jonson")  # a dropped letter that doubles nothing


def test_countries_and_states_are_places_people_stay_people():
    # Read on the seeds: "China", "Cambodia" and "Thailand" were kind "other" because no
    # preposition stood before them; the kind is shown to students in the Who-is-who table.
    cast = build_cast(_articles(
        "Exports from China of rare earths were cut. A ceasefire between Thailand and Cambodia was signed. "
        "Officials in Ohio and New York reacted, and China said little.",
        "Michael Jordan said the deal was good. Jordan added that China would respond.",
    ))
    kinds = {e.name: e.kind for e in cast.entities}
    assert kinds["China"] == "place" and kinds["Thailand"] == "place" and kinds["Cambodia"] == "place"
    assert kinds["Ohio"] == "place" and kinds["New York"] == "place"
    assert kinds["Michael Jordan"] == "person"  # a surname that is also a country stays a person


@pytest.mark.parametrize(
    "text, check, why",
    [
        ("Representative James Clyburn, the No. 3 House Democrat, spoke. Senator Jane Reid, a Democrat, agreed.",
         lambda kinds, rows: not any({"House Democrat", "Democrat"} <= r for r in rows),
         "a party noun in a role describes a member; it holds no other member's 'a Democrat'"),
        ("Representative Bob Etheridge, Democrat of North Carolina, apologized. A DNC spokesman spoke.",
         lambda kinds, rows: not any({"DNC", "Democrat of North Carolina"} <= r for r in rows),
         "'Democrat of North Carolina' describes a member: it is not the DNC"),
        ("Most people back the American Jobs Act. The American people want work, and an Islamic center opened.",
         lambda kinds, rows: "Islamic" not in kinds and not any({"American", "American Jobs Act"} <= r for r in rows),
         "an adjective before its noun is no name, and opens no longer name"),
        ("He said the senator is a Christian. “I trust in God,” the senator said, and the president's Christian.",
         lambda kinds, rows: kinds.get("Christian") != "person" and kinds.get("God") != "place",
         "a faith is never a person and its god never a place"),
        ("The president spoke at Key Bridge. He flew from Brownsville to Laredo and then to San Diego, Calif.",
         lambda kinds, rows: kinds.get("Key Bridge") == "place" and kinds.get("Brownsville") == "place"
         and kinds.get("San Diego") == "place",
         "a bridge is a place; so are the ends of a stretch and a city named with its state"),
        ("Obama called out Speaker of the House John Boehner (R-Ohio). Rep. Peter King, R-N.Y., objected. "
         "The Associated General Contractors of America agreed.",
         lambda kinds, rows: "House John Boehner" not in kinds and "John Boehner" in kinds and "Peter" not in kinds
         and "Peter King" in kinds and "Associated" not in kinds,
         "a chamber glued before a name, a surname that is a title word, a participle that opens a body's name"),
    ],
)
def test_party_nouns_adjectives_cut_names_and_kinds(text, check, why):
    # Read by hand (tests/test_teacher_read.py, acceptance read of session 2): each of these made
    # a false row in the Who-is-who table.
    cast = build_cast(_articles(text + FILLER))
    kinds = {e.name: e.kind for e in cast.entities}
    rows = [{m.text for m in e.mentions} for e in cast.entities]
    assert check(kinds, rows), (why, kinds, rows)


@pytest.mark.parametrize(
    "text, names, not_names, why",
    [
        ("The mayor backed the Park 51 project near the river.", {"Park 51"}, {"Park", "51 project"},
         "a number after a capitalised word inside a sentence is part of the name"),
        ("The governor won 51 votes and Texas 3 seats.", {"Texas"}, {"Texas 3"},
         "a place before a count, and a number before a plural noun, name nothing together"),
        ("Appearing at Joey's Diner here, the sheriff spoke.", {"Joey's Diner"}, {"Joey", "Diner"},
         "the owner's possessive before a shop's noun is inside the shop's name"),
        ("The inquiry asks whether the Maricopa County Sheriff’s Department broke the law.",
         {"Maricopa County Sheriff’s Department"}, {"Department"}, "a title's possessive before a body's head"),
        ("He sat on the House Ways and Means and Budget committees for years.",
         {"House Ways and Means and Budget"}, {"House Ways", "Means", "Budget"},
         "a plural head after the names keeps the run whole"),
        ("He sat on the Senate and House committees for years.", {"Senate", "House"}, {"Senate and House"},
         "one-word chambers before 'and' stay two names"),
        ("Asked on the CBS News program “Face the Nation,” Mr. Holt said no.", {"Face the Nation"},
         {"Face", "Nation"}, "a short quoted title is one name with its small words"),
        ('Holt appeared on CBS\' "Face the Nation." Ford was on ABC.', {"Face the Nation"}, {"Nation"},
         "also when the sentence ends inside the quotation"),
        ("Martha Raddatz of ABC News was the moderator.", {"Martha Raddatz", "ABC News"},
         {"Martha Raddatz of ABC News"}, "a person, 'of' and a body's name: two names"),
        ("Republican Congressional candidates seized on the issue.", set(), {"Republican Congressional"},
         "a party's and Congress's adjectives before a noun name no one"),
    ],
)
def test_voices_name_boundaries(text, names, not_names, why):
    # Read by hand (tests/test_teacher_read.py, session 3): names cut at a number, a possessive,
    # "and", a quoted title's small word, or glued to a body after "of".
    from biaslens.details import extract_details

    found = {d.text for d in extract_details(_articles(text + FILLER)[0]) if d.kind == "entity"}
    assert names <= found and not (found & not_names), (why, found)


def test_party_state_tags_and_adjectives_mention_the_party_and_the_state():
    # Read by hand: "Virginia" only in one outlet while the others write "R-Va."; "does not mention
    # Republicans" while the article writes "(R-Ohio)" and "now-GOP"; the GOP row without the
    # outlet that writes "the Republican nominating process".
    cast = build_cast(_articles(
        "On Monday, Republicans in Virginia met the GOP leaders, and House Republicans spoke." + FILLER,
        "Rep. Randy Forbes, R-Va., and Speaker John Boehner (R-Ohio) spoke, as did the now-GOP candidate." + FILLER,
        "Critics decried the Republican nominating process." + FILLER,
    ))
    party = next(e for e in cast.entities if "GOP" in {m.text for m in e.mentions})
    assert {"Republicans", "R", "Republican"} <= {m.text for m in party.mentions}
    assert set(party.sources) == {"0.txt", "1.txt", "2.txt"}
    assert party.name in {"Republicans", "GOP"}  # not "House Republicans", and never an implied "R"
    virginia = next(e for e in cast.entities if e.name == "Virginia")
    assert set(virginia.sources) == {"0.txt", "1.txt"} and virginia.kind == "place"
    # A tag alone creates no entity: no article names Ohio outright.
    assert not any(e.name.lower() == "ohio" for e in cast.entities)


def test_congress_adjective_and_lower_case_names_are_mentions():
    articles = _articles(
        "The bill stalled in Congress near Ground Zero." + FILLER,
        "Republican Congressional candidates spoke of a center near ground zero." + FILLER,
    )
    cast = build_cast(articles)
    congress = next(e for e in cast.entities if e.name == "Congress")
    ground = next(e for e in cast.entities if e.name == "Ground Zero")
    assert set(congress.sources) == set(ground.sources) == {"0.txt", "1.txt"}
    for e in (congress, ground):
        for m in e.mentions:
            assert next(a for a in articles if a.source == m.source).text[m.start:m.end] == m.text


def test_a_country_adjective_stays_apart_from_the_country():
    cast = build_cast(_articles("Officials in Japan protested." + FILLER, "The Japanese officials protested." + FILLER))
    japan = next(e for e in cast.entities if e.name == "Japan")
    assert set(japan.sources) == {"0.txt"}


def test_words_quoted_as_another_speakers_do_not_make_an_article_hear_this_one():
    from biaslens.cast import heard_elsewhere

    texts = ("Press secretary Jay Carney said the vote was about “reaffirming a motto that nobody doubted at all.”"
             + FILLER,
             "President Barack Obama said the House was “reaffirming a motto that nobody doubted at all.”" + FILLER)
    articles = _articles(*texts)
    cast = build_cast(articles)
    carney = next(e for e in cast.entities if e.name == "Jay Carney")
    obama = next(e for e in cast.entities if e.name == "Barack Obama")
    words = "reaffirming a motto that nobody doubted at all."
    quoted = {"0.txt": {texts[0].index(words): (carney.id, words)}, "1.txt": {texts[1].index(words): (obama.id, words)}}
    heard = heard_elsewhere(cast, {a.source: a.text for a in articles}, quoted)
    assert "1.txt" not in heard.get(carney.id, frozenset())
    # Given to nobody known, the same words still hear him.
    quoted["1.txt"] = {texts[1].index(words): (None, words)}
    heard = heard_elsewhere(cast, {a.source: a.text for a in articles}, quoted)
    assert "1.txt" in heard.get(carney.id, frozenset())


def test_a_party_noun_naming_a_member_is_no_mention_of_the_party():
    # "a more moderate Republican who ..." is one man, not the party (labels read the party's
    # mentions); before a common noun the adjective names the party.
    cast = build_cast(_articles(
        "The GOP met on Monday." + FILLER,
        "He lost to a more moderate Republican who won the seat in the Republican primary race." + FILLER,
    ))
    party = next(e for e in cast.entities if "GOP" in {m.text for m in e.mentions})
    texts = [m.text for m in party.mentions if m.source == "1.txt"]
    assert texts == ["Republican"], texts


def test_a_partys_members_are_the_party():
    # Read by hand: "nyt does not mention Tea Partiers" while it writes "Tea Party supporters";
    # "Republicans" and "GOP" are one row.
    assert name_tokens("Tea Partiers") == name_tokens("Tea Party")
    assert name_tokens("Republicans") == name_tokens("GOP") == name_tokens("Republican Party")
    assert name_tokens("Republican") != name_tokens("GOP")  # one member stays one person


@pytest.mark.parametrize(
    "texts, check, why",
    [
        (("UPDATE: Senator Dodd later said he was sorry.",),
         lambda cast: not any(e.name == "UPDATE" for e in cast.entities),
         "an editor's label in capitals before a colon names no organisation"),
        (("At a ceremony in Shelton, he spoke. The Shelton Weekly reported on it.",),
         lambda cast: {(e.name, e.kind) for e in cast.entities} >= {("Shelton", "place"), ("Shelton Weekly", "organisation")},
         "a newspaper named after its town is an organisation, and is not the town"),
        (("Connecticut Attorney General and U.S. Senate candidate Richard Blumenthal spoke in Connecticut.",),
         lambda cast: not any(" and " in e.name for e in cast.entities)
         and len(next(e for e in cast.entities if e.name == "Connecticut").mentions) == 2,
         "'and' between two titled bodies joins two names, not one"),
        (("Blumenthal disputed a report in the New York Times. According to the Times, he misspoke.",
          "The Times reported it first."),
         lambda cast: {m.text for e in cast.entities if e.name == "New York Times" for m in e.mentions} == {
             "New York Times", "Times"} and len(next(e for e in cast.entities if e.name == "New York Times").sources) == 2,
         "'the Times' is the story's one paper whose name ends in 'Times'"),
        (("He read the Washington Post and the Connecticut Post. The Post said nothing.",),
         lambda cast: not any({"Post", "Washington Post"} <= {m.text for m in e.mentions} for e in cast.entities),
         "with two papers named '... Post', a bare 'Post' joins neither"),
        (("Democratic Attorney General Richard Blumenthal is running. Sen. Chris Dodd, D-CT, is leaving.",
          "On Monday, Democrats in Connecticut met."),
         lambda cast: all(len(e.sources) == 2 for e in cast.entities if e.name in ("Democrats", "Connecticut"))
         and {"Democrats", "Connecticut"} <= {e.name for e in cast.entities},
         "the party's adjective and a 'D-CT' tag name the party and the state"),
        (("He served in the United State Marine Corps Reserve, not with the Marines in Vietnam.",
          "He was in the Marine Corps Reserves.", "Later the Marine Corps Reserve confirmed it."),
         lambda cast: [e.name for e in cast.entities if "Reserve" in e.name] == ["Marine Corps Reserve"]
         and next(e for e in cast.entities if e.name == "Marines").kind == "organisation",
         "a plural head word and a country without its 's' are the same body; the Marines are an organisation"),
        (("He spoke at the Veterans of Foreign Wars post in West Hartford on Monday.",),
         lambda cast: {(e.name, e.kind) for e in cast.entities} >= {
             ("Veterans of Foreign Wars", "organisation"), ("West Hartford", "place")},
         "a veterans' body is kept whole; a town after 'in' is a place even when its first word is a given name"),
        (("Officials in Afghanistan spoke.", "He said, \"whatever we call it 'Afghanistan or Iraq, we owe them.\""),
         lambda cast: next(e for e in cast.entities if e.name == "Afghanistan").sources == ("0.txt", "1.txt"),
         "a name after an opening quote mark is still a name the article writes"),
    ],
)
def test_blumenthal_names_cut_merged_or_given_the_wrong_kind(texts, check, why):
    # Read by hand (tests/test_teacher_read_blumenthal.py, group 3): each made a false row or a
    # false "only here" in the report.
    cast = build_cast(_articles(*(t + FILLER for t in texts)))
    assert check(cast), (why, [(e.name, e.kind, [m.text for m in e.mentions]) for e in cast.entities])


def test_leading_initial_is_the_same_person():
    # 'AARP CEO A. Barry Rand' (one outlet) is the 'Barry Rand' another names; two Rands of one
    # article stay apart.
    cast = build_cast(_articles(
        "Chief executive A. Barry Rand said in a statement that the group had not changed its mind.",
        "The group's chief executive, Barry Rand, said its position had not changed. Ayn Rand was not mentioned.",
    ))
    assert _entity(cast, "0.txt", "Barry Rand").id == _entity(cast, "1.txt", "Barry Rand").id
    assert _entity(cast, "1.txt", "Ayn Rand").id != _entity(cast, "1.txt", "Barry Rand").id


@pytest.mark.parametrize(
    "text, name, kind, why",
    [
        # Persons (issue #13: read as "other" or organisations in the Who-is-who table).
        ("Former RNC political director Gentry Collins joined the race.", "Gentry Collins", "person",
         "a role noun right before the name"),
        ("Also running is Gentry Collins, who resigned last month.", "Gentry Collins", "person", "', who' after the name"),
        ("He spoke of the toll on his wife, Huma Abedin, and their home.", "Huma Abedin", "person",
         "a role noun, a comma, then the name"),
        ("The court's other two female justices, Elena Kagan and Sonia Sotomayor, also spoke.", "Sonia Sotomayor",
         "person", "a role noun, a comma, then a list of names ending at this one"),
        ("Gentry Collins, the committee's former political director, joined the race.", "Gentry Collins",
         "person", "an appositive headed by a role noun"),
        ("Weiner is married to Huma Abedin, an aide to Secretary of State Hillary Clinton.", "Huma Abedin", "person",
         "an appositive headed by a role noun, then 'to'"),
        ("She served as an ambassador in the Bush administration for two years.", "Bush", "person",
         "a name before 'administration' is a president's"),
        ('"Protect your password," Twitter\'s Adam Sharp wrote in the memo.', "Adam Sharp", "person",
         "a possessive, then a full name that speaks"),
        # Organisations.
        ("Twitter, which does not comment on individual user accounts, declined to say more on Twitter.", "Twitter",
         "organisation", "'which' and a verb of commenting after the name"),
        ("The suit claims that Wal-Mart Stores Inc., the world's largest employer, pays men more.",
         "Wal-Mart Stores Inc", "organisation", "a company suffix"),
        ("Jonathan Cowan, president of centrist think tank Third Way, hailed the move.", "Third Way", "organisation",
         "'think tank' right before the name"),
        ("A coalition of groups called Strengthen Social Security has railed against cuts.",
         "Strengthen Social Security", "organisation", "'groups called' right before the name"),
        ("Republicans won control of the House of Representatives last month.", "House of Representatives",
         "organisation", "a chamber of a legislature"),
        ("Gentry Collins left Third Way, a moderate Democratic group in Washington.", "Third Way", "organisation",
         "an appositive headed by a body's noun"),
        ("The plan went to the Office of Management and Budget on Friday.", "Office of Management and Budget",
         "organisation", "a body's head word before the small word that joins its name"),
        ("He won backing from the Wisconsin GOP on Friday.", "Wisconsin GOP", "organisation",
         "a party's short name at the end of a name"),
    ],
)
def test_kind_evidence(text, name, kind, why):
    # Issue #13: each kind comes from evidence a student can check on the sentence.
    cast = build_cast(_articles(text + FILLER))
    assert _entity(cast, "0.txt", name).kind == kind, why


@pytest.mark.parametrize(
    "text, name, not_kind, why",
    [
        ("Ann Wagner of Missouri, an ambassador to Luxembourg, is running.", "Missouri", "person",
         "after 'of', the appositive describes the longer phrase (Ann Wagner of Missouri)"),
        ("In Michigan, the state's governor said nothing.", "Michigan", "person",
         "a role noun followed by a verb is a subject, not an appositive's head"),
        ("He was an assistant to the paper's publisher, Katharine Graham, for a year.", "Katharine Graham",
         "organisation", "'publisher' is a person's job as often as a firm's"),
        ("AARP opposes deep cuts in Social Security and any changes in Social Security at all.", "Social Security",
         "place", "a programme after 'cuts in' or 'changes in' is what changes, not a place"),
    ],
)
def test_kind_evidence_not_read_wrongly(text, name, not_kind, why):
    cast = build_cast(_articles(text + FILLER))
    assert _entity(cast, "0.txt", name).kind != not_kind, why


def test_growth_in_a_country_is_still_a_place():
    # "cuts in X" says nothing of a place; a country is a place there all the same.
    cast = build_cast(_articles("Cuts in China slowed growth, and changes in Japan followed." + FILLER))
    kinds = {e.name: e.kind for e in cast.entities}
    assert kinds["China"] == "place" and kinds["Japan"] == "place"


def test_a_democrat_names_the_party_the_story_names():
    # Issue #13 (blumenthal read): nyt's "Mr. Blumenthal, a Democrat now running" names the
    # party other outlets call "Democrats"; "Democrat" is no row of its own.
    cast = build_cast(_articles("Mr. Blumenthal, a Democrat now running for the Senate, spoke." + FILLER,
                                "Talking points came from Democrats close to the campaign." + FILLER))
    party = _entity(cast, "1.txt", "Democrats")
    assert {m.source for m in party.mentions} == {"0.txt", "1.txt"}
    assert not any(e.name == "Democrat" for e in cast.entities)


def test_a_democrat_alone_makes_no_row():
    cast = build_cast(_articles("Mr. Blumenthal, a Democrat now running for the Senate, spoke." + FILLER))
    assert not any("Democrat" in m.text for e in cast.entities for m in e.mentions)


def test_a_group_modifier_does_not_name_the_party_better():
    # Issue #13 (aarp read): the row of nyt's "Congressional Republicans", hpo's "Republicans"
    # and fox's "R-Texas" is the party, named "Republicans".
    cast = build_cast(_articles("Talks with Congressional Republicans went on." + FILLER,
                                "The plan was rejected by Republicans on Friday." + FILLER,
                                "Sen. Kay Bailey Hutchison, R-Texas, unveiled a plan." + FILLER))
    party = _entity(cast, "0.txt", "Congressional Republicans")
    assert party.name == "Republicans" and "2.txt" in party.sources


@pytest.mark.parametrize(
    "text, name, not_kind",
    [
        ("Later the official White House briefing transcript was released.", "White House", "person"),
        ('"He stole $700 billion from Medicare to fund Obamacare," said the chairman.', "Obamacare", "organisation"),
    ],
)
def test_a_role_word_used_as_adjective_or_verb_says_nothing(text, name, not_kind):
    # Read on BASIL dev stories (issue #13, session 4): these read as a person and a body.
    cast = build_cast(_articles(text + " It was about the White House and Obamacare." + FILLER))
    assert _entity(cast, "0.txt", name).kind != not_kind
def test_a_speaker_with_whose_he_is_is_that_person():
    # BASIL weiner (fox): "Twitter's Adam Sharp wrote" then 'He urged ...': one person, one row.
    from biaslens.cast import quote_speakers
    from biaslens.records import Item

    article = _articles("A Twitter official, Adam Sharp, wrote to offices. “Use a strong password,” Twitter's Adam "
                        "Sharp wrote. He urged offices to act." + FILLER)[0]
    cast = build_cast([article])
    quote = Item("quote", article.text.index("Use a"), article.text.index(",”"), "Use a strong password",
                 {"speaker": "Twitter's Adam Sharp", "speaker_span": None})
    entity_id, _ = quote_speakers(cast, "0.txt", [quote])[quote.start]
    assert entity_id is not None and cast.entity(entity_id).name == "Adam Sharp"


# --- Issue 13: the cast read by hand on four BASIL stories ------------------------------------

def _rows(*texts: str) -> dict[str, tuple[str, set[str]]]:
    """Each entity's display name -> (kind, the surface forms of its mentions)."""
    cast = build_cast(_articles(*texts))
    return {e.name: (e.kind, {m.text for m in e.mentions}) for e in cast.entities}


def test_names_with_lower_case_inner_parts():
    # "Chick-fil-A" ends in a capital again: a name, not an adjective like "American-made".
    rows = _rows("Hundreds of thousands of people headed to Chick-fil-A restaurants on Wednesday. "
                 "American-made cars sold well.",
                 "Officials said al-Qaeda claimed the attack, and the phone sold on eBay beside the iPhone.")
    assert "Chick-fil-A" in rows and not any(n.startswith("American") for n in rows)
    assert {"al-Qaeda", "eBay", "iPhone"} <= set(rows)


def test_fragments_are_no_names():
    rows = _rows("WASHINGTON -- Real estate tycoon Donald Trump said Thursday he has doubts. The poll was "
                 "part of a March 31-April 4 survey. It is in Article 1, Section 2 of the text.",
                 "House Minority Leader Nancy Pelosi tweeted. Senate Majority Leader Harry Reid (D-Nev.) spoke. "
                 "“We're not reading out details,” the statement said.")
    for fragment in ("Real", "March 31-April", "Article 1", "Section", "House Minority", "Senate Majority", "We're", "D"):
        assert fragment not in rows, fragment
    assert rows["Donald Trump"][0] == "person" and "Nancy Pelosi" in rows and "Harry Reid" in rows


def test_a_body_named_across_and_stays_whole():
    rows = _rows("The Gay and Lesbian Alliance Against Defamation has asked supporters to donate.")
    assert rows["Gay and Lesbian Alliance Against Defamation"][0] == "organisation" and "Gay" not in rows


def test_a_short_name_stays_apart_from_a_longer_thing_named_after_it():
    rows = _rows("Crowds lined up at Chick-fil-A Appreciation Day events. Chick-fil-A said it was grateful.",
                 "Rob Nabors, who directs the White House Office of Legislative Affairs, joined Obama. "
                 "The White House, in contrast, has accused Republicans.",
                 "WASHINGTON -- The Washington Post reported it. Rep. Jay Inslee, D-Wash., spoke.")
    assert "Chick-fil-A" not in rows["Chick-fil-A Appreciation Day"][1]
    assert "White House" not in rows["White House Office of Legislative Affairs"][1]
    assert not {"WASHINGTON", "Wash"} & rows["Washington Post"][1]


def test_kinds_of_cities_documents_titled_people_and_tags():
    rows = _rows("The mayors of Boston and Chicago objected. At one Atlanta location, lines formed. "
                 "West Hollywood bar The Abbey introduced a sandwich. One user near Austin, Tex., posted.",
                 "Minnesota Congresswoman Michele Bachmann got 5 percent. Obama may have violated the Constitution. "
                 "Historian Alan Brinkley of Columbia University told reporters.",
                 "Roswell Flower of New York appended a text. Rep. Jerrold Nadler, D-N.Y., spoke. "
                 "“I believe what the Bible says,” Chauncy Fields told us.")
    for place in ("Boston", "Chicago", "Atlanta", "West Hollywood", "New York", "Tex"):
        assert rows[place][0] == "place", place
    assert rows["Constitution"][0] == "other"
    for person in ("Michele Bachmann", "Chauncy Fields"):
        assert rows[person][0] == "person", person
    assert next(k for n, (k, _) in rows.items() if "Brinkley" in n) == "person"


def test_given_name_spellings_and_head_words():
    from biaslens.names import is_acronym, is_given_name
    assert is_given_name("michele") and is_given_name("chauncy") and not is_given_name("boston")
    assert not is_given_name("rush")  # short words one letter apart are other names
    assert not is_acronym("House") and not is_acronym("Senate") and is_acronym("Nafta") and is_acronym("GOP")


def test_one_foreign_name_romanised_apart_is_one_person():
    from biaslens.names import transliteration_variants
    rows = _rows("“I'd like to have (Libyan strongman Muammar) al-Qaddafi in there,” Trump said.",
                 "“I'd like to have (Libyan strongman Moammar) Gadhafi in there,” Trump said.")
    forms = next(f for _, f in rows.values() if "Gadhafi" in f)
    assert {"Muammar", "al-Qaddafi", "Moammar", "Gadhafi"} <= forms
    assert transliteration_variants("qaddafi", "kadhafi") and transliteration_variants("muammar", "moammar")
    # A letter sounded in one name and absent in the other: two names ("klns" / "kln").
    assert not transliteration_variants("collins", "collin") and not transliteration_variants("bush", "rush")
    rows = _rows("Sen. Susan Collins voted no.", "Rep. Chris Collin spoke.")
    assert "Susan Collins" in rows and "Chris Collin" in rows


def test_a_country_after_a_dash_is_still_named():
    # "--" opens a dateline's sentence, but a country of the lexicon is a name wherever it stands.
    rows = _rows("Whatever we call it -- Afghanistan or Iraq -- we owe our military men and women.")
    assert rows["Afghanistan"][0] == "place" and "Iraq" in rows


def test_a_brand_before_its_outlets_is_a_company():
    rows = _rows("Long lines were seen outside Chick-fil-A restaurants nationwide. Some Atlanta restaurants closed.")
    assert rows["Chick-fil-A"][0] == "organisation" and rows["Atlanta"][0] == "place"


def test_a_place_glued_to_a_lower_case_word_is_still_named():
    rows = _rows("Dan Cathy said the Atlanta-based company was guilty as charged. American-made cars sold.")
    assert rows["Atlanta"][0] == "place" and not any("American" in n for n in rows)


def test_members_named_by_initials_are_the_body():
    # Read by hand (BASIL dev, 2010): hpo's "a significant bloc of GOPers" are Republicans, whom
    # every outlet names; the cast made them a row of their own, "only in hpo".
    assert name_tokens("GOPers") == name_tokens("GOP") == name_tokens("Republicans")
    assert name_tokens("Rogers") == ("rogers",)  # a surname that ends in -ers is no body's members
    cast = build_cast(_articles(
        "Steele's tenure has aided the creation of a significant bloc of GOPers who want him gone.",
        "On Sunday, Republicans on the committee said that Steele would lose the vote next month."))
    assert {m.text for m in _entity(cast, "0.txt", "GOPers").mentions} >= {"GOPers", "Republicans"}


def test_a_title_before_a_company_word_names_the_company():
    # Read by hand (BASIL dev, Wal-Mart v. Dukes): "General Electric" was cut to a person "Electric".
    cast = build_cast(_articles(
        "Corporations including Bank of America, General Electric and Microsoft filed briefs for the chain.",
        "Big companies filed briefs for the chain, the court said on Tuesday."))
    entity = _entity(cast, "0.txt", "General Electric")
    assert entity.name == "General Electric" and entity.kind != "person"


def test_a_place_before_a_party_noun_names_the_place():
    articles = _articles("Officials in New York voted on Monday." + FILLER,
                         "The New York Democrat, who is known for his style, spoke on Monday." + FILLER)
    place = next(e for e in build_cast(articles).entities if e.name == "New York")
    assert set(place.sources) == {"0.txt", "1.txt"}
    assert {m.text for m in place.mentions} == {"New York"}


def test_a_one_word_name_in_lower_case_after_the_is_that_name_but_a_head_word_is_not():
    articles = _articles("He hired an Internet security company and spoke to the House." + FILLER,
                         "Someone committed a prank on the internet, he said, and the house was quiet." + FILLER)
    cast = build_cast(articles)
    internet = next(e for e in cast.entities if e.name == "Internet")
    assert set(internet.sources) == {"0.txt", "1.txt"}
    assert not any(m.text == "house" for e in cast.entities for m in e.mentions)


# Session 5 (issue #13): each rule read on the acceptance stories, checked here on other words.
@pytest.mark.parametrize(
    "text_a, name_a, text_b, name_b, why",
    [
        ("The House GOP's plan failed on Friday.", "House GOP", "All House Republicans voted no.", "House Republicans",
         "a party's short name after a chamber is its members there"),
        ("The talks moved to Capitol Hill on Monday.", "Capitol Hill", "The senators met at the Capitol on Monday.",
         "Capitol", "Congress's seat by its hill's name"),
        ("Voters still argue about the Reagan-era rules.", "Reagan", "Ronald Reagan signed the rules.", "Ronald Reagan",
         "a name before '-era' names the one the era is called after"),
    ],
)
def test_session5_one_entity(text_a, name_a, text_b, name_b, why):
    cast = build_cast(_articles(text_a + FILLER, text_b + FILLER))
    assert _entity(cast, "0.txt", name_a).id == _entity(cast, "1.txt", name_b).id, why


def test_session5_chamber_is_not_its_party_caucus():
    cast = build_cast(_articles("House Republicans said the House would vote today. The bill reached the House floor."
                                + FILLER))
    caucus = _entity(cast, "0.txt", "House Republicans")
    assert all(m.text == "House Republicans" for m in caucus.mentions), "'the House' is the chamber"


@pytest.mark.parametrize(
    "text, unwanted, wanted, why",
    [
        ("He is the Democratic House candidate in Ohio.", "Democratic House", "House",
         "a party adjective before a chamber describes the candidate"),
        ("Republican Ohio Gov. Ann Keller spoke.", "Republican Ohio", "Ohio", "a party adjective before a state"),
        ("Critics of Don't Look, Don't Touch rules spoke.", "Don't Look", "Don't Look, Don't Touch",
         "two parallel negative clauses are one slogan's name"),
    ],
)
def test_session5_names_cut_right(text, unwanted, wanted, why):
    names = {m.text for e in build_cast(_articles(text + FILLER)).entities for m in e.mentions}
    assert unwanted not in names and wanted in names, (why, names)


@pytest.mark.parametrize(
    "text, name, kind, why",
    [
        ("The money went to Pacific Islanders who claimed losses.", "Pacific Islanders", "other",
         "'who' with no comma after a plural restricts a group"),
        ("He spoke on Sean Hanley's radio show on Monday.", "Sean Hanley", "person", "a host's show"),
        ("Voters still argue about the Reagan-era rules.", "Reagan", "person", "the era of a person"),
    ],
)
def test_session5_kinds(text, name, kind, why):
    cast = build_cast(_articles(text + FILLER))
    assert _entity(cast, "0.txt", name).kind == kind, why


def test_session5_plural_title_ends_no_sentence_and_slash_number_is_no_count():
    from biaslens.details import extract_details
    from biaslens.text import split_sentences
    text = "It came from Ohio Sen. Ann Keller, and former Sens. Tom Ware, Bo Lind and Al Cole. They spoke."
    assert [s.text for s in split_sentences(text)][0].endswith("Al Cole.")
    article = _articles("Congress passed a 9/11 health bill and 3 farm bills on Monday." + FILLER)[0]
    counts = {d.text for d in extract_details(article) if d.kind == "number"}
    assert "11 health bill" not in counts and "3 farm bills" in counts


def test_session5_headline_names_the_story_writes_elsewhere():
    # A title-case headline gives no names of its own, but a run another article writes as a name
    # is one ("House Democrats: No Vote Until After Recess").
    from biaslens.corpus import article_from_text
    one = article_from_text("House Democrats: No Vote Until After Recess\n\nThe members left on Friday." + FILLER,
                            "0.txt", {"outlet": "Outlet 0", "title": "House Democrats: No Vote Until After Recess"})
    two = article_from_text("All House Democrats signed the letter. Later, Democrats left on Friday." + FILLER,
                            "1.txt", {"outlet": "Outlet 1"})
    cast = build_cast([one, two])
    # (Before, the headline gave only "Democrats", the one word the story also writes alone.)
    assert [m.text for e in cast.entities for m in e.mentions if m.source == "0.txt"] == ["House Democrats"]
    assert not any(m.text in ("Vote", "Recess") for e in cast.entities for m in e.mentions)


# --- Session 6: name spans and merges read on the PolNeAR stories (docs/CAST.md) ---------------

@pytest.mark.parametrize(
    "text, unwanted, wanted, why",
    [
        ("The ruling drew editorials from The Boston Globe and The Wall Street Journal.", "Boston Globe and The",
         "Wall Street Journal", "a capitalised article after 'and' opens a second name"),
        ("The senator told The Associated Press on Monday that she would run.", "Associated", "Associated Press",
         "a participle opens a body's name, and the title word 'Press' ending it is one of its words"),
        ("The governor called Thursday for Federal Reserve Chairman Tom Hale to step down.",
         "Thursday for Federal Reserve", "Federal Reserve", "a weekday and 'for' date the verb before them"),
        ("The candidate posted again on Monday. “Chairman Powell of the Federal Reserve has failed all of us by making very poor decisions about rates,” he wrote.",
         "Chairman Powell of the Federal Reserve", "Federal Reserve", "a titled person, 'of the' and a body: two names"),
        ("The senator said so in an interview on CBS' ''Face the Nation'' and on ''48 Hours.''", "Hours",
         "48 Hours", "a quoted title opening on a number"),
        ("“He weighed what matters most: Namely the intent, the volume and the harm,” the expert said.", "Namely",
         "", "a capital after a colon opens a clause"),
        ("“The report was fair,” said Ann Ruiz, director of the Project on Open Records at the university.",
         "Government", "Project on Open Records", "'on' after a project's head word goes on with its name"),
        ("The host lost his job as a contributor to the Radio station WQXR on Monday.", "Radio", "WQXR",
         "the medium before a kind noun and the station's name names nothing"),
        ("The diplomat spoke at the Institute for a Democratic Future in Kyiv.", "Democratic Future",
         "Institute for a Democratic Future", "'for a' inside a body's name"),
        ("He visited two neighbours, Japan and Korea, last year.", "", "Japan",
         "a country ending like a demonym ('-an') before 'and' is still the country"),
        ("Republican U.S. Senate Leader Tom Hale spoke on Tuesday.", "Republican U.S. Senate", "U.S. Senate",
         "a party adjective before a country's chamber describes the noun after them"),
    ],
)
def test_session6_names_cut_right(text, unwanted, wanted, why):
    names = {m.text for e in build_cast(_articles(text + FILLER)).entities for m in e.mentions}
    assert (not unwanted or unwanted not in names) and (not wanted or wanted in names), (why, names)


def test_session6_family_plural_is_no_entity():
    rows = _rows("The company thanked reporter Dan Kessler on Monday. “We wish the Kesslers well,” the company said." + FILLER)
    assert "Kesslers" not in rows and "Dan Kessler" in rows


def test_session6_paper_without_its_city_is_the_paper():
    cast = build_cast(_articles("She wrote a column for the Chicago Daily Herald on Monday. “We will not run it,” "
                                "Daily Herald editor Sam Lee said." + FILLER))
    assert _entity(cast, "0.txt", "Chicago Daily Herald").id == _entity(cast, "0.txt", "Daily Herald").id


@pytest.mark.parametrize(
    "text, name, kind, why",
    [
        ("Critics say some low-level State employees could get a slap on the wrist.", "State", "other",
         "a place's head word alone ('State': the department) names no place"),
        ("“It is troubling,” said Ann Ruiz, a candidate in Ohio’s 12th District, who said voters were angry.", "District",
         "place", "a head word with its number before it is a place (the district)"),
        ("“It would hurt,” said Ann Ruiz, the White House Press Secretary, on Monday.", "Ann Ruiz", "person",
         "a capitalised title may head the appositive"),
        ("According to the United Press, claims rose on Monday.", "United Press", "organisation",
         "a press named by more than a given name is an agency"),
        ("Mark Dunn, a University of Ohio law professor, wrote the column.", "Mark Dunn", "person",
         "a capitalised name inside the appositive is not its head noun"),
        ("The FBI had interviewed Boston Marathon bomber Dzhokar Tsarnov before the attack.", "Dzhokar Tsarnov",
         "person", "an attacker's role noun right before the name"),
        ("That quote came from Ohio Insurance Commissioner Dale Perrin in 1981.",
         "Ohio Insurance Commissioner Dale Perrin", "person", "a commissioner is a person's title"),
        ("That might sound strange to anyone who never took the GMAT before.", "GMAT", "other",
         "initials taken or passed are a test's"),
        ("He lost his job as a contributor to the cable channel WXTV on Monday.", "WXTV", "organisation",
         "a channel is an organisation"),
        ("“We will not run his columns,” the editor told The Daily Caller in an email.", "Daily Caller", "organisation",
         "a name opening on 'Daily' is a publication's"),
    ],
)
def test_session6_kinds(text, name, kind, why):
    cast = build_cast(_articles("The talks went on for hours. " + text + FILLER))
    assert _entity(cast, "0.txt", name).kind == kind, why


def test_session6_alias_is_the_person_and_a_work_is_not():
    cast = build_cast(_articles(
        "Former Rep. Tom Hadley spoke on Monday. Although Hadley ran again in 2013, he lost the race amid a scandal "
        "(the one where he used the alias Max Power). A documentary titled Hadley is set to be released in May."
        + FILLER,
        "Tom Hadley wrote under the pseudonym “Max Power,” but it did not help him. Hadley later said so." + FILLER))
    hadley = _entity(cast, "0.txt", "Tom Hadley")
    assert hadley.name == "Tom Hadley" and {"Max Power"} <= {m.text for m in hadley.mentions}
    assert not any(e.name == "Max Power" for e in cast.entities)
    alias = next(m for m in hadley.mentions if m.text == "Max Power")
    assert cast.is_alias(alias.source, alias.start, alias.end), "the comparison lists the alias as a name of its own"
    bare = [m for m in hadley.mentions if m.source == "0.txt" and m.text == "Hadley"]
    assert len(bare) == 1, "the documentary's title is no mention of him"


def test_an_unnamed_adviser_to_someone_is_not_that_person():
    # PolNeAR manafort (huff-post): '"...," said a longtime adviser to Trump': the quotes module keeps
    # 'longtime adviser to Trump', an unnamed person; the cast never makes it Trump's voice.
    from biaslens.cast import quote_speakers
    from biaslens.records import Item

    article = _articles("Donald Lane spoke in Ohio. “His knowledge is old,” said a longtime adviser to Lane." + FILLER)[0]
    cast = build_cast([article])
    start = article.text.index("longtime")
    quote = Item("quote", article.text.index("His"), article.text.index(",”"), "His knowledge is old",
                 {"speaker": "longtime adviser to Lane", "speaker_span": [start, start + len("longtime adviser to Lane")]})
    assert quote_speakers(cast, "0.txt", [quote])[quote.start] == (None, "person")


def _owner(cast, source: str, start: int) -> str:
    """The row name of the mention of ``source`` that starts at ``start``."""
    return next(e.name for e in cast.entities for m in e.mentions if m.source == source and m.start == start)


def test_session6_one_surname_several_persons():
    # nyt on the Khans: the parents written with the surname once, the son named once, then
    # honorifics only; the mother's sex is said in another outlet.
    first = ("The confrontation between the parents, Nadir and Samira Qadri, and Mr. Trump grew on Sunday. "
             "Ms. Qadri said she could not speak about her son, Tariq Qadri, who died in Iraq. "
             "Mr. Qadri said the candidate had never sacrificed anything. Mrs. Qadri wrote an opinion article." + FILLER)
    second = ("Nadir Qadri pulled his copy of the Constitution from his pocket. Samira Qadri says she received "
              "a call from her niece. A lawyer, Qadri has long handed out copies. Their son, Tariq, "
              "was killed in 2004." + FILLER)
    cast = build_cast(_articles(first, second))
    assert _owner(cast, "0.txt", first.index("Nadir")) == "Nadir Qadri", "'Nadir and Samira Qadri': the surname is shared"
    assert _owner(cast, "0.txt", first.index("Mr. Qadri said the")) == "Nadir Qadri", "'Mr.' is the man"
    assert _owner(cast, "0.txt", first.index("Ms. Qadri said she")) == "Samira Qadri", "'Ms.' is the woman"
    assert _owner(cast, "0.txt", first.index("Mrs. Qadri wrote")) == "Samira Qadri", "'Mrs.' is the woman"
    assert _owner(cast, "1.txt", second.index("Qadri has")) == "Nadir Qadri", "a bare surname: the article's subject (named most, then first)"
    assert _owner(cast, "1.txt", second.index("Tariq,")) == "Tariq Qadri", "a given name alone: the story's full name"


def test_session6_shared_surname_needs_two_given_names():
    cast = build_cast(_articles("The grant came on Monday from Microsoft and Bill Gates, aides said. Bill Gates spoke later."
                                + FILLER))
    assert not any(e.name == "Microsoft Gates" for e in cast.entities)
    assert any(e.name == "Microsoft" for e in cast.entities)


# --- Session 7: one row per entity, of the right kind (docs/CAST.md, "Session 7") ---------------

@pytest.mark.parametrize(
    "text, short, full, why",
    [
        ("The Huffington Post reported the vote on Monday. According to HuffPo, the count was close.", "HuffPo",
         "Huffington Post", "a name run together from the first letters of each word of the article's longer name"),
        ("He was paid by the European Centre for a Modern Ukraine. Later he said he was working for the Centre.",
         "Centre", "European Centre for a Modern Ukraine", "a body's head word alone is the article's one body of it"),
        ("The Democrat Party’s platform calls for repeal. Their Party’s radical stance drew critics.", "Party",
         "Democrat Party", "'the Party' is the article's one party"),
    ],
)
def test_session7_short_form_in_the_article(text, short, full, why):
    cast = build_cast(_articles(text + FILLER))
    entity = _entity(cast, "0.txt", full)
    assert short in {m.text for m in entity.mentions}, why
    assert not any(e.name == short for e in cast.entities), why


def test_session7_case_is_one_name_and_a_lone_head_of_several_bodies_names_none():
    names = _rows("He called himself a strong supporter of Roe v. Wade on Monday." + FILLER)
    assert "Roe v. Wade" in names and "Roe" not in names and "Wade" not in names
    # A party the story names elsewhere is mentioned by the case's name: the two stay its mentions.
    cast = build_cast(_articles("The court heard Acme Stores v. Dukes on Monday." + FILLER,
                                "Betty Dukes sued Acme Stores in 2001." + FILLER))
    assert _entity(cast, "0.txt", "Dukes").id == _entity(cast, "1.txt", "Betty Dukes").id
    names = _rows("The House Oversight Committee and the House Judiciary Committee met. The Committee heard him." + FILLER)
    assert "Committee" not in names, "which committee is not said: no row"


@pytest.mark.parametrize(
    "text, unwanted, why",
    [
        ("Tom Hale, a Republican who served in combat as a Marine, spoke on Monday.", "Marine",
         "'as a Marine': one member, no name"),
        ("His adviser, Vin Weber, is an influential Republican.", "Republican", "'is an influential Republican': a member"),
        ("Washington Managing Editor Bill Sammon wrote the memo.", "Washington Managing",
         "a participle before a title word belongs to the title"),
        ("At least four Democrat U.S. senators voted no on Monday.", "Democrat U.S.",
         "a party noun and a country before a common noun describe it"),
    ],
)
def test_session7_words_that_name_no_one(text, unwanted, why):
    assert unwanted not in _rows(text + FILLER), why


def test_session7_a_product_or_place_after_a_is_still_named():
    names = _rows("Bumpers wrap around the side of an iPhone. He met a judge in a Manhattan, New York court." + FILLER)
    assert {"iPhone", "Manhattan"} <= set(names)


@pytest.mark.parametrize(
    "text, name, kind, why",
    [
        ("The Orlando Sentinel reported the sale on Monday.", "Orlando Sentinel", "organisation", "a paper's head word"),
        ("The claim was first made, reports USA Today.", "USA Today", "organisation", "a news outlet of the list"),
        ("He starred in the Syfy movie on Monday.", "Syfy", "organisation", "a network of the list"),
        ("Ann Day, executive director of Democrats for Life, spoke.", "Democrats for Life", "organisation",
         "a plural and 'for': a group named for its members and its cause"),
        ("The senators met in Washington D.C. on Monday.", "Washington D.C.", "place", "a name ending in 'D.C.'"),
        ("He met guests at his golf club at Bedminster, N.J., on Monday.", "Bedminster", "place",
         "a dotted state abbreviation after a comma"),
        ("He did business in Russia, the Republic of Azerbaijan and Georgia.", "Republic of Azerbaijan", "place",
         "a country's long name"),
        ("Viewers in the Los Angeles, Fresno and Sacramento markets saw it.", "Fresno", "place",
         "a large US city of the list"),
        ("The Smithsonian Museum declined to comment.", "Smithsonian Museum", "organisation", "a museum is a body"),
    ],
)
def test_session7_kinds(text, name, kind, why):
    cast = build_cast(_articles("The talks went on for hours. " + text + FILLER))
    assert _entity(cast, "0.txt", name).kind == kind, why


# --- Session 8: who is who, third round (the clinch, unity and orlando reads) -----------------

@pytest.mark.parametrize(
    "text, name, kind, why",
    [
        ("Obama will naturally be judged on how he has done as president,” Gallup’s Jeffrey M. Jones wrote in "
         "April. Clinton is the woman Americans admire most, according to a yearly Gallup poll.", "Gallup",
         "organisation", "a title before a comma and a quote mark titles no name after it; a name before 'poll'"),
        ("She was the first first lady to have an office in the West Wing, because she seemed odd.", "West Wing",
         "place", "a wing is a building's part; 'the' before a place's opening word names no person"),
        ("He outlined his plans to defeat the Islamic State by calling for a no-fly zone.", "Islamic State", "other",
         "a faith's 'State' is no place"),
        ("He also cited the case of a U.S. citizen born in Pakistan who in 2010 tried to detonate a car bomb.",
         "Pakistan", "place", "after a preposition of place, 'who' goes back to the person before it"),
        ("They pulled the party together for the fight against Hillary Clinton and Democrats in the fall.",
         "Democrats", "organisation", "a party's members name the party"),
        ("The remarks drew rebukes, said Pentagon spokesman Jeff Davis, who was asked about the strategy.",
         "Pentagon", "organisation", "an institution's spokesman"),
        ("“It would not make a difference,” said Fred Kagan, director of the Critical Threats Project at the "
         "institute.", "Critical Threats Project", "organisation", "one who directs 'the' named thing directs a body"),
        ("The gunman attacked club goers at the Pulse nightclub in Orlando on Sunday.", "Pulse", "organisation",
         "a name before its nightclub, as before its restaurant"),
        ("Woke up to hear the devastating news from FL. As we wait for more information, we pray.", "FL", "place",
         "a state's postal code after a preposition of place"),
        ("She called for ending discrimination against members of the LGBT community during her campaign.", "LGBT",
         "other", "a name before 'community' says which people"),
        ("Stuart Stevens, who served as Mitt Romney's chief strategist during the 2012 campaign, called it weak.",
         "Mitt Romney", "person", "one serving a full name serves a person"),
        ("Last fall, Trump mocked Jeb Bush and Marco Rubio’s protestations that they remained good friends.",
         "Marco Rubio", "person", "a full name joined by 'and' to a person's full name"),
        ("And on Capitol Hill, where Ryan has managed to remain popular, members were wary.", "Capitol Hill",
         "place", "'hill' is a place's head word"),
        ("His deputies, Majority Leader Kevin McCarthy and Whip Steve Scalise, have backed him.", "Steve Scalise",
         "person", "'Whip' is a title"),
        ("Mrs. Clinton has been named the woman Americans admire most, according to a yearly poll.", "Americans",
         "other", "a people is no person, whatever role noun stands before it"),
    ],
)
def test_session8_kinds(text, name, kind, why):
    cast = build_cast(_articles("The talks went on for hours. " + text + FILLER))
    assert _entity(cast, "0.txt", name).kind == kind, why


def test_session8_a_firm_beside_a_firm_is_no_person():
    rows = _rows("Long Beach was the original home of Douglas Aircraft and McDonnell Douglas. The aircraft flew "
                 "for decades." + FILLER)
    assert rows["McDonnell Douglas"][0] != "person", "'Aircraft' is a common noun the text writes: no partner's surname"


def test_session8_a_person_of_the_given_name_rule_after_the_stays_a_person():
    rows = _rows("Roy Neel, who ran the campaign, said in an oral history of the Bill Clinton years that women "
                 "disliked her." + FILLER)
    assert rows["Bill Clinton"][0] == "person", "'the Bill Clinton years': 'the' before a person's given name"


@pytest.mark.parametrize(
    "text, unwanted, wanted, why",
    [
        ("“I fundamentally disagree,” said retired Army Lt. Gen. Mick Bednarek, who served as the chief.", "Army Lt",
         "Army", "a rank's abbreviation cut at its dot names the service"),
        ("Former House speaker Newt Gingrich, a Trump ally, said in an interview that it was right.", "Former House",
         "House", "'Former' opening a sentence is no part of the body's name"),
        ("Trump met with Republican House and Senate members on Thursday.", "Republican House and Senate", "Senate",
         "a party's adjective before two chambers: the chambers"),
        ("Obama traveled to New York for Democratic Party fundraisers on Wednesday.", "New York for Democratic Party",
         "Democratic Party", "a place, 'for' and a body are two names"),
        ("He spoke at the New Hampshire Institute of Politics at St. Anselm's College on Monday.", "St. Anselm",
         "St. Anselm's College", "a school named for its saint keeps the possessive"),
        ("His ties to the party are decidedly looser than were Clinton's. Clinton said so on Monday.", "Clinton's",
         "Clinton", "a possessive before a full stop"),
        ("Speaking to reporters at the White House James S. Brady briefing room Sunday, the president spoke.",
         "White House James S. Brady", "James S. Brady", "a building's name, then a person's"),
    ],
)
def test_session8_fragments_are_cut(text, unwanted, wanted, why):
    rows = _rows(text + FILLER)
    assert unwanted not in rows and not any(unwanted in forms for _, forms in rows.values()), why
    assert wanted in rows or any(wanted in forms for _, forms in rows.values()), why


@pytest.mark.parametrize(
    "text, unwanted, why",
    [
        ("He was asked about the claim of credit for the attack by an American Muslim who pledged his allegiance.",
         "American Muslim", "adjectives of place and faith describe someone"),
        ("Obama called it a reminder that attacks on any American are attacks on all of us.", "American",
         "a singular demonym is no name"),
        ("Support grew among Hispanics and African Americans, especially African-Americans in cities.", "African",
         "a piece of 'African-Americans'"),
        ("If she cannot say the two words she should get out of this race for the Presidency, Trump said.",
         "Presidency", "a title's office names no one"),
    ],
)
def test_session8_words_that_name_no_one(text, unwanted, why):
    assert unwanted not in _rows(text + FILLER), why


def test_session8_also_known_as_is_one_entity():
    cast = build_cast(_articles(
        "Obama said calling the Islamic State, also known as ISIL or ISIS, by another name will do nothing. "
        "Would it make ISIL less committed?" + FILLER,
        "We are already at war with ISIS, and the Islamic State is losing ground." + FILLER))
    forms = {m.text for m in _entity(cast, "0.txt", "Islamic State").mentions}
    assert {"Islamic State", "ISIL", "ISIS"} <= forms
    assert _entity(cast, "1.txt", "ISIS").id == _entity(cast, "0.txt", "ISIL").id
    assert _entity(cast, "0.txt", "Islamic State").kind == "organisation"


def test_session8_a_poll_is_its_pollster_and_the_hill_is_capitol_hill():
    cast = build_cast(_articles(
        "Some 41 percent view him favorably, according to a national Gallup Poll taken last week. The numbers "
        "reverse Gallup’s survey in early March. And on Capitol Hill, Ryan stayed popular." + FILLER,
        "Trump met with Republican members on the Hill, charming many of them." + FILLER))
    assert _entity(cast, "0.txt", "Gallup Poll").id == _entity(cast, "0.txt", "Gallup").id
    assert _entity(cast, "0.txt", "Capitol Hill").id == _entity(cast, "1.txt", "Hill").id
    rows = _rows("Anita Hill testified on Monday. Hill said the hearing was unfair." + FILLER)
    assert rows["Anita Hill"][0] != "place", "a surname the article writes alone ('Hill said') is no place's head"


def test_session8_a_dateline_in_capitals_names_the_place():
    cast = build_cast(_articles(
        "WASHINGTON (AP) — Donald Trump and House Speaker Paul Ryan pledged to work together." + FILLER,
        "Ryan said in Washington on Thursday that the meeting went well." + FILLER))
    assert _entity(cast, "0.txt", "WASHINGTON").id == _entity(cast, "1.txt", "Washington").id


def test_session8_a_party_led_body_names_the_party():
    cast = build_cast(_articles(
        "She stayed calm as a Republican-led House panel questioned her for eight hours." + FILLER,
        "The Republicans said on Monday that the panel would go on." + FILLER))
    republicans = _entity(cast, "1.txt", "Republicans")
    assert "0.txt" in republicans.sources and republicans.kind == "organisation"
    rows = _rows("The Democratic-controlled Senate passed the bill on Monday." + FILLER)
    assert "Democratic" not in rows, "named by nothing else, the party has no row from the modifier alone"


def test_session8_a_party_adjective_before_a_full_name_describes_the_person():
    rows = _rows("Biden was charging at Republican Mitt Romney's running mate from the get-go. The polls swung "
                 "toward Mitt Romney on Monday." + FILLER)
    assert "Republican Mitt Romney" not in rows and rows["Mitt Romney"][0] == "person"
    assert "Republican Study Committee" in _rows("The Republican Study Committee met on Monday." + FILLER)


# --- Session 9 (cast5): pieces of names and kinds the fifth acceptance reads pinned -------------------------------


@pytest.mark.parametrize(
    "text, unwanted, wanted, why",
    [
        ("He said it is the same thing as Supreme Court Justice Sonia Sotomayor referring to herself. The court "
         "ruled later.", "Supreme", "Supreme Court",
         "a body's head word before a title ends the body's name, though the article writes 'court' in lower case"),
        ("Some urged him to run for the Virginia House of Delegates. Their home here features a flag.", "Delegates",
         "Virginia House of Delegates", "a chamber before 'of' is a legislature's name, not a person and a place"),
        ("He was assistant secretary of the Navy during World War I, then went on to serve as governor.", "World War",
         "World War I", "a Roman 'I' after a name and before punctuation is the name's numeral"),
        ("As reported by Western Journalism, former CIA operative and Marine John “Tig” Tiegen found both issues "
         "disqualifying. Tiegen said so.", "Marine John", "John “Tig” Tiegen",
         "a nickname in quotation marks inside a name; a service's member before a given name is no name"),
        ("Mr. Trump prepared with Gov. Chris Christie at Bedminster, N.J. Roger Ailes, the former chairman of Fox "
         "News, was there.", "N.J. Roger Ailes", "Roger Ailes", "a state's dotted abbreviation ends a place"),
    ],
)
def test_session9_fragments_are_cut(text, unwanted, wanted, why):
    rows = _rows(text + FILLER)
    assert unwanted not in rows and not any(unwanted in forms for _, forms in rows.values()), why
    assert wanted in rows or any(wanted in forms for _, forms in rows.values()), why


@pytest.mark.parametrize(
    "text, unwanted, why",
    [
        # Look-alikes, where the rules must not fire.
        ("Mom and I. That was all, the aide said on Monday.", "I", "the pronoun after 'and' is no numeral"),
        ("When Obama I think was asked, he said no.", "Obama I", "the pronoun before its verb is no numeral"),
        ("The Senate Finance Committee met on Monday with the House of Representatives staff.", "Finance",
         "a chamber's and a committee's names stay whole"),
        ("The far-right leader Marine Le Pen said on Monday that she would run.", "Le Pen",
         "'Marine' before no given name is hers"),
        ("Del. Bob Marshall of Prince William spoke on Monday.", "Del.", "'Del.' is a delegate's title"),
    ],
)
def test_session9_look_alikes_are_left_alone(text, unwanted, why):
    assert unwanted not in _rows(text + FILLER), why


def test_session9_a_nickname_keeps_the_name_key():
    cast = build_cast(_articles("Former Speaker Thomas “Tip” O'Neill said no." + FILLER,
                                "Thomas O'Neill spoke on Monday." + FILLER))
    oneill = _entity(cast, "1.txt", "Thomas O'Neill")
    assert any(m.text.endswith("Thomas “Tip” O'Neill") for m in oneill.mentions), "one mention, one person"
    rows = _rows("He shouted “Yes” Obama said on Monday." + FILLER)
    assert not any("Yes" in forms for _, forms in rows.values()), "a quoted word between a verb and a name is no nickname"


def test_session9_a_given_name_and_a_full_name_with_a_plural_appositive_are_two_persons():
    rows = _rows("Bannon is close with Robert and Rebekah Mercer, the father-and-daughter conservative donors who "
                 "fund a super PAC." + FILLER)
    assert "Robert" not in rows, "'Robert' is Robert Mercer, not a name of its own"
    assert rows["Rebekah Mercer"][0] == "person"
    rows = _rows("The deal was signed by Boeing and Lockheed Martin, the two largest contractors in the field." + FILLER)
    assert "Boeing" in rows, "a firm before 'and' is no given name of a family"


def test_session9_kinds_from_serving_and_releasing():
    rows = _rows("Vin Weber is a former special policy adviser to Mitt Romney. He is also an adviser to Goldman Sachs."
                 + FILLER)
    assert rows["Mitt Romney"][0] == "person", "a politician's policy adviser serves a person"
    assert rows["Goldman Sachs"][0] != "person", "an adviser to a firm serves no person"
    rows = _rows("Excerpts of the speech were released by the White House on Tuesday. As reported by Western "
                 "Journalism, he was wrong. A video published by the Bush campaign ran." + FILLER)
    assert rows["White House"][0] == "organisation" and rows["Western Journalism"][0] == "organisation"
    assert rows["Bush"][0] != "organisation", "the noun after the name publishes, not the name"


def test_session9_a_room_is_the_one_longer_name_ending_in_it():
    cast = build_cast(_articles("She met in the White House Situation Room for two hours. “You should be in the "
                                "Situation Room watching it,” Tiegen said." + FILLER))
    room = next(e for e in cast.entities if any(m.text == "Situation Room" for m in e.mentions))
    assert room.name == "White House Situation Room"
    rows = _rows("The court met in the East Room and the Map Room on Monday. The Map Room was full." + FILLER)
    assert "East Room" in rows and "Map Room" in rows, "two rooms of one building stay two"


def test_session9_a_surname_goes_to_the_person_the_story_names_more():
    cast = build_cast(_articles(
        "Former Bill Clinton pollster Douglas Schoen spoke. Hillary Clinton is in trouble. Sanders trails Clinton, and "
        "Mrs. Clinton may lose." + FILLER,
        "Hillary Clinton campaigned in California. Hillary Clinton said she would win." + FILLER))
    hillary = _entity(cast, "1.txt", "Hillary Clinton")
    assert {m.text for m in hillary.mentions if m.source == "0.txt"} >= {"Clinton", "Mrs. Clinton"}
    # Named more often in the article, the first stays its subject.
    cast = build_cast(_articles("Bill Clinton spoke. Bill Clinton said Hillary Clinton would win. Clinton smiled." + FILLER,
                                "Hillary Clinton campaigned. Hillary Clinton won." + FILLER))
    assert "Clinton" in {m.text for m in _entity(cast, "0.txt", "Bill Clinton").mentions}


def test_session9_a_given_name_that_ends_like_an_adjective_joins_its_full_name():
    rows = _rows("Schoen told host Sean Hannity a loss is likely. “Don't you think, Sean, that they will say no?” "
                 "he asked." + FILLER)
    assert "Sean" not in rows and "Sean" in rows["Sean Hannity"][1]
    rows = _rows("Korean Air Lines said on Monday it would fly. Korean voters were asked." + FILLER)
    assert rows.get("Korean Air Lines", ("", set()))[1] == {"Korean Air Lines"}


def test_session9_only_here_rows_show_the_case_and_skip_the_storys_own_outlets():
    from biaslens.compare import compare_articles

    texts = ("Kaine told CNN he is a strong supporter of Roe v. Wade, reports USA Today. The abortion group "
             "Democrats for Life said so." + FILLER,
             "Kaine is a Catholic who personally opposes abortion, the senator said on Friday in Richmond." + FILLER)
    articles = [article_from_text(texts[0], "breitbart.txt", {"outlet": "breitbart"}),
                article_from_text(texts[1], "usa-today.txt", {"outlet": "usa-today"})]
    unique = _unique_entities(compare_articles(articles))
    assert "Roe v. Wade" in unique and not {"Roe", "Wade"} & unique, "the case, once, as the cast reads it"
    assert "USA Today" not in unique, "USA Today publishes the other article: a cited source, no detail"
    assert "CNN" in unique, "an outlet with no article in the story is a detail as before"
    articles = [article_from_text("Trump said later on Fox News that he is still considering a bid." + FILLER,
                                  "fox.txt", {"outlet": "fox"}),
                article_from_text("Trump said on Tuesday that he is still considering a bid." + FILLER,
                                  "nyt.txt", {"outlet": "nyt"})]
    assert "Fox News" in _unique_entities(compare_articles(articles)), "an outlet's own name is its detail: only it tells"


def test_session9_a_party_adjective_before_a_title_names_the_party():
    cast = build_cast(_articles(
        "Republican U.S. House Speaker Paul Ryan said on Tuesday that the decision was wrong." + FILLER,
        "The Republicans in Congress said on Monday that they would hold hearings." + FILLER))
    republicans = _entity(cast, "1.txt", "Republicans")
    assert "0.txt" in republicans.sources, "the adjective says which party, as 'R-Wis.' would"
    rows = _rows("Republican U.S. House Speaker Paul Ryan said on Tuesday that the decision was wrong." + FILLER)
    assert "Republican" not in rows and "Republican Party" not in rows, "a party the story never names gets no row"


# --- Session 9 (cast6): the nhprimary acceptance read's names, pieces and kinds -----------------------------------


@pytest.mark.parametrize(
    "text, wanted, kind, unwanted, why",
    [
        ("He has attacked the establishment candidates, particularly Govs. Jeb Bush and Chris Christie, all week.",
         "Jeb Bush", "person", "Govs. Jeb Bush", "a title in the plural ('Govs.', 'Sens.') is a title"),
        ("Albright campaigned with former secretary of State Hillary Clinton in Concord on Sunday.", "Hillary Clinton",
         "person", "State Hillary Clinton", "a lower-case title, 'of' and its object in capitals: the object is the title's"),
        ("Rand Paul’s Kentucky supporters were courted by the top Republican in the Kentucky House last year.",
         "Kentucky House", "organisation", "", "a state's chamber is its legislature, no mention of the state"),
        ("Rubio hopes to do well in South Carolina and across the South on Super Tuesday, aides said.", "South Carolina",
         "place", "Super", "a word capitalised only before a weekday, after 'on', is the day's own name"),
        ("“We’re going to win,” he said. New Hampshire polls have shown Cruz in a jumble for second place.",
         "New Hampshire", "place", "Hampshire", "a sentence's first word opening a place name is the place's"),
        ("The super PAC backing Rubio, Conservative Solutions PAC, spent $5 million. The super PAC ran ads on Monday.",
         "Conservative Solutions PAC", "organisation", "PAC",
         "initials a lower-case word describes are the article's one longer name ending in them"),
        ("Christie met voters at Fratello’s Italian Grille in Manchester on Monday.", "Fratello’s Italian Grille", "place",
         "Italian Grille", "an owner's possessive, a word and a shop's noun are one venue"),
        ("Trump held his rally at the Verizon Wireless Arena and Kasich spoke at the Elks Lodge.", "Elks Lodge", "place",
         "", "a venue's head word makes a place"),
    ],
)
def test_session9_cast6_names_and_kinds(text, wanted, kind, unwanted, why):
    rows = _rows(text + FILLER)
    assert rows[wanted][0] == kind, why
    assert not unwanted or unwanted not in rows, why  # (a title stays in its mention's text: "Govs. Jeb Bush")


@pytest.mark.parametrize(
    "text, wanted, why",
    [
        ("Henry Cabot Lodge ran in 1964. Lodge won the primary.", "Henry Cabot Lodge", "'Lodge' after a given name is a surname"),
        ("The bill that Obama Tuesday signed was long.", "Obama", "no time word before: a name, then a date"),
        ("Stock prices dropped sharply in Europe and Asia Monday, with fears of losses.", "Asia",
         "after 'and', a place and a date"),
        ("“Defaults have started to soar,” said Nicolas Retsinas, director of Housing Studies at Harvard University.",
         "Housing Studies", "with no given name after it, a title's object opens a body's name"),
        ("The poll by CNN found that. The new CNN poll was out. Later CNN International said so.", "CNN",
         "initials named after 'by' are a name of their own"),
        ("The Senate GOP met. Many establishment GOP leaders said no.", "GOP", "the party's short name stays the party"),
        ("He said so on Monday. New polls show Trump ahead in the state.", "Trump", "'New' before no place name"),
    ],
)
def test_session9_cast6_look_alikes(text, wanted, why):
    rows = _rows(text + FILLER)
    assert wanted in rows, why
    assert "Tuesday" not in rows and not any(n.startswith("New") for n in rows), why


def test_session9_cast6_middle_initials_tell_two_persons_apart():
    rows = _rows("McCain defeated George W. Bush in 2000. George H.W. Bush helped steady his campaigns in 1988 "
                 "and 1992." + FILLER)
    assert "George W. Bush" in rows and "George H.W. Bush" in rows, "a father and a son: two middle initials"
    cast = build_cast(_articles("George W. Bush spoke on Monday." + FILLER, "George H.W. Bush spoke on Monday." + FILLER))
    assert len({e.id for e in cast.entities if "Bush" in e.name}) == 2, "across articles too"
    rows = _rows("Robert S. Mueller met the panel. Robert Mueller said little." + FILLER)
    assert "Robert Mueller" not in rows, "one written middle initial: one person, as before"


def test_session9_cast6_a_lone_given_name_is_no_bill_and_a_member_no_party():
    rows = _rows("Clinton was joined by her husband, former President Bill Clinton. Clinton and husband Bill thanked a "
                 "diner." + FILLER)
    assert rows["Bill Clinton"][0] == "person", "'Bill' alone, no article before it, is the man, not a law"
    rows = _rows("Clinton was joined by former President Bill Clinton on Monday." + FILLER,
                 "Clinton’s husband, Bill, hurled the kitchen sink. It fueled comebacks for both Bill and Hillary." + FILLER)
    assert "Bill" not in rows and rows["Bill Clinton"][0] == "person", "another article's lone 'Bill' is the same man"
    rows = _rows("The House passed the Bill on Monday. The Bill now goes to the Senate." + FILLER)
    assert rows["Bill"][0] == "other", "'the Bill' is a law"
    rows = _rows("“You're not a Democrat or Republican,” he said. The Republican race went on." + FILLER)
    assert "Republican" not in rows, "a member of a party, the noun after 'a Democrat or', is no row of the party"
    rows = _rows("A Republican senator said no. The Republicans met on Monday." + FILLER)
    assert "Republican" in rows["Republicans"][1], "the adjective before a common noun still names the party"


def test_session9_cast6_a_surname_the_cast_gives_another_of_the_family_is_no_loose_mention():
    texts = ("Obama said there was never a man, not me, not Bill Clinton, more qualified than Hillary Clinton." + FILLER,
             "Obama praised Hillary Clinton and said Bill Clinton agreed with him on Wednesday." + FILLER,
             "Obama praised Hillary Clinton on Wednesday. Clinton thanked him for the speech." + FILLER)
    assert ("2.txt", "Bill Clinton") in _left_out(_compare(*texts)), "the third article's Clinton is Hillary"
    texts = texts[:2] + ("Obama praised the nominee on Wednesday. Clinton thanked him for the speech." + FILLER,)
    assert ("2.txt", "Bill Clinton") not in _left_out(_compare(*texts)), "a bare surname no person of the family claims"
