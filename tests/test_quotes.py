"""Quotes and voices: quotation marks, speakers, verbs, and the extractor contract.

Cases are real sentences from the seed articles (Trump meets Takaichi, Oct 2025) and realistic
news sentences written for a phenomenon, each with a comment saying why it is here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from biaslens.corpus import article_from_text, load_articles
from biaslens.extractors import BUILTIN, check_extractor
from biaslens.extractors.quotes import QuotesExtractor
from biaslens.quotes import find_quotes, quote_spans, reporting_verbs, same_voice
from biaslens.records import Article

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def _article(text: str) -> Article:
    return article_from_text(text, "t.txt", {"outlet": "Test"})


def _quotes(text: str):  # type: ignore[no-untyped-def]
    return find_quotes(_article(text))


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    return {a.source[:3]: a for a in load_articles([SEEDS]).articles}


def _speaker_of(article: Article, words: str) -> str | None:
    matches = [q for q in find_quotes(article) if words in q.text]
    assert matches, f"quote containing {words!r} not found"
    return matches[0].speaker


# (seed, words inside the quote, speaker) -- every Trump and Takaichi quotation in the seeds.
SEED_QUOTES = [
    ("000", "new golden age", "Sanae Takaichi"),  # 'what Takaichi described as a "..."'
    ("000", "Mr. President succeeded", "Sanae Takaichi"),  # stands alone after 'Takaichi ... praised'
    ("000", "in such a short period of time the world", "Sanae Takaichi"),  # 'She emphasized that' -> pronoun
    ("000", "so impressed and inspired", "Sanae Takaichi"),  # participle 'adding that she was'
    ("001", "new golden age of the Japan-U.S. alliance", "Sanae Takaichi"),  # 'She said she wanted'
    ("001", "great friend", "Donald Trump"),  # 'Trump described Abe as a'
    ("001", "greatest ally in the world", "Donald Trump"),  # 'Trump called Japan ...'
    ("001", "pillar of peace and stability", "Sanae Takaichi"),  # 'while Takaichi pledged that'
    ("002", "allies at the strongest level", "Donald Trump"),  # participle 'describing', sentence subject
    ("002", "golden age", "Donald Trump"),  # 'what Trump called a'
    ("002", "dynamic diplomacy", "Sanae Takaichi"),  # 'Takaichi, a close protégé ..., opened ... by recalling'
    ("002", "very strong handshake", "Donald Trump"),  # '"...," he remarked'
    ("002", "Anything I can do to help Japan", "Donald Trump"),  # '..., adding, "..."'
    ("003", "great leader", "Donald Trump"),  # 'Trump commending her as a'
    ("003", "Everything I know from Shinzo", "Donald Trump"),  # '"...," Trump said'
    ("003", "We are buying more defense equipment", "Sanae Takaichi"),  # 'Takaichi told reporters'
    ("003", "unprecedented", "Sanae Takaichi"),  # 'calling his efforts'
    ("003", "In such a short period of time, the world", "Sanae Takaichi"),  # next line after '..., saying:'
    ("004", "Everything I know from Shinzo", "Donald Trump"),  # British single quotes, '...,' he said
    ("004", "a big deal", "Donald Trump"),  # 'calling it'
    ("004", "The United States is with them", "Donald Trump"),
    ("004", "a great friend", "Donald Trump"),
    ("004", "He spoke so well of you", "Donald Trump"),
]


@pytest.mark.parametrize("seed, words, speaker", SEED_QUOTES)
def test_seed_quotes_found_and_attributed(seeds: dict[str, Article], seed: str, words: str, speaker: str) -> None:
    assert _speaker_of(seeds[seed], words) == speaker


def test_white_house_statement_is_attributed_to_the_white_house(seeds: dict[str, Article]) -> None:
    # 'In a statement, the White House said the agreement's goal was "to assist ..."': an
    # organisation speaks, and the verb sits five words before the quote.
    quote = next(q for q in find_quotes(seeds["003"]) if q.text.startswith("to assist"))
    assert quote.speaker == "the White House"
    assert quote.verb == "said" and quote.verb_stance == "neutral"
    assert quote.kind == "partial"


def test_seed_offsets_never_lie(seeds: dict[str, Article]) -> None:
    for article in seeds.values():
        for q in find_quotes(article):
            assert article.text[q.start : q.end] == q.text
            assert q.text[0] not in "\"“”‘’'"  # quotation marks are not part of the quote


def test_scare_quote_versus_full_quote(seeds: dict[str, Article]) -> None:
    # A named group in quotes is a partial quote with nobody speaking; a statement opening its
    # own paragraph is a full quote.
    quotes = find_quotes(seeds["000"])
    group = next(q for q in quotes if q.text == "Rapid Response Group")
    assert group.kind == "partial" and group.speaker is None
    statement = next(q for q in quotes if q.text.startswith("Mr. President succeeded"))
    assert statement.kind == "full"


@pytest.mark.parametrize(
    "text",
    [
        # Apostrophes: possessives, contractions, decades, plural possessives. None is a quote.
        "Japan's prime minister met Trump's team in Tokyo.",
        "Officials don't expect a deal before the '90s-era rules lapse.",
        "The leaders' summit ended early, and the countries' ministers left.",
        "Japan’s first female prime minister met Trump’s envoy; they didn’t sign.",
    ],
)
def test_apostrophes_are_not_quotes(text: str) -> None:
    assert _quotes(text) == []


def test_british_single_quotes_with_apostrophes_inside() -> None:
    # Single quotes as quotation marks, with an apostrophe (Japan's) inside the quote.
    quotes = _quotes("Trump praised the deal. 'Japan's future is bright,' he said on Tuesday.")
    assert [q.text for q in quotes] == ["Japan's future is bright"]
    assert quotes[0].speaker == "Trump" and quotes[0].kind == "full"


def test_unbalanced_quote_does_not_swallow_the_article() -> None:
    # The opening mark never closes: the paragraph after it must still yield its own quote.
    text = (
        "The minister called the plan \u201ca disaster for farmers and left.\n"
        "Later, the spokesman said: \u201cWe will review every contract.\u201d\n"
        "Talks resume next week."
    )
    quotes = _quotes(text)
    assert [q.text for q in quotes] == ["We will review every contract."]
    assert quotes[0].speaker == "spokesman" and quotes[0].role == "spokesman"


def test_quote_spanning_paragraphs_is_one_quotation() -> None:
    # A paragraph that opens a quote without closing it continues into the next one.
    text = (
        "Karoline Leavitt, the White House press secretary, said:\n"
        "\u201cThe president had a very productive meeting. He looks forward to more.\n"
        "\u201cThe alliance has never been stronger.\u201d\n"
        "Markets rose."
    )
    quotes = _quotes(text)
    assert len({q.quote_id for q in quotes}) == 1 and len(quotes) == 2
    assert all(q.speaker == "Karoline Leavitt" for q in quotes)
    assert quotes[0].role == "press secretary"


def test_appositive_and_inverted_attribution() -> None:
    quotes = _quotes(
        "\u201cWe expect a decision soon,\u201d said Karoline Leavitt, the White House press secretary. "
        "\u201cIt was a good day,\u201d Senator John Smith, a Republican from Ohio, told reporters."
    )
    assert [q.speaker for q in quotes] == ["Karoline Leavitt", "John Smith"]
    assert quotes[1].role == "senator"


def test_surname_and_pronoun_resolve_to_full_name() -> None:
    quotes = _quotes(
        "Prime Minister Sanae Takaichi met President Donald Trump on Tuesday.\n"
        "\u201cThis is a new era,\u201d Takaichi said.\n"
        "She also praised the deal. \u201cWe are ready,\u201d she said."
    )
    assert [q.speaker for q in quotes] == ["Sanae Takaichi", "Sanae Takaichi"]
    assert quotes[1].speaker_span is not None  # points at the pronoun near the quote


def test_loaded_verb_and_unknown_speaker() -> None:
    quotes = _quotes(
        "\u201cThe deal is the best ever,\u201d Trump claimed.\n"
        "Critics called it a \u201cgiveaway.\u201d\n"
        "The word \u201cresilience\u201d appears twelve times in the text."
    )
    assert quotes[0].verb == "claimed" and quotes[0].verb_stance == "loaded"
    assert quotes[1].speaker == "Critics"
    assert quotes[2].speaker is None  # nobody says "resilience": unknown is the honest answer


def test_repeated_pull_quote_counted_once() -> None:
    text = (
        "\u201cWe will be there for Japan,\u201d Trump said.\n"
        "Talks continued into the evening.\n"
        "\u201cWe will be there for Japan\u201d"
    )
    article = _article(text)
    quotes = find_quotes(article)
    assert quotes[-1].repeat_of == quotes[0].quote_id
    count = QuotesExtractor().score(article).scores[0]
    assert count.name == "quotes.count" and count.value == 1.0


def test_quote_spans_helper(seeds: dict[str, Article]) -> None:
    spans = quote_spans(seeds["003"])
    assert spans == sorted(spans) and len(spans) == len(find_quotes(seeds["003"]))


def test_lexicon_has_stances() -> None:
    verbs = reporting_verbs()
    assert verbs["said"][0] == "neutral" and verbs["claimed"][0] == "loaded"
    assert verbs["admitted"] == ("loaded", "admit") and verbs["according to"][0] == "neutral"


def test_check_extractor_on_seeds_and_empty_article(seeds: dict[str, Article]) -> None:
    empty = Article("empty", "empty.txt", "X", "Headline only", "", ())
    title_only = _article("Trump meets Takaichi in Tokyo")
    check_extractor(QuotesExtractor(), [*seeds.values(), empty, title_only])
    output = QuotesExtractor().score(empty)
    assert all(s.value is None for s in output.scores)  # nothing to compute over
    assert "quotes" in BUILTIN


def test_features_explain_and_items_carry_attrs(seeds: dict[str, Article]) -> None:
    output = QuotesExtractor().score(seeds["003"])
    by_name = {s.name: s for s in output.scores}
    assert by_name["quotes.distinct_speakers"].value == 3.0  # Trump, Takaichi, the White House
    assert 0 < by_name["quotes.quoted_word_share"].value < 1
    assert "of" in by_name["quotes.quoted_word_share"].explanation
    item = output.items[0]
    assert item.kind == "quote"
    assert set(item.attrs) >= {"speaker", "verb", "verb_stance", "kind", "role", "speaker_span"}


@pytest.mark.slow
def test_polnear_dev_floor() -> None:
    # Floors below the measured dev numbers (see evaluation/eval_quotes.py) so a regression fails.
    if not (EVAL / "quotes" / "polnear" / "dev").is_dir():
        pytest.skip("PolNeAR not found")
    import io
    from contextlib import redirect_stdout

    from evaluation.eval_quotes import main

    out = io.StringIO()
    with redirect_stdout(out):
        main([str(EVAL), "--split", "dev"])
    text = out.getvalue()
    f1 = float(text.split("content overlap>=0.5:")[1].split("F1")[1].split()[0])
    accuracy = float(text.split("speaker accuracy")[1].split("=")[1].split()[0])
    assert f1 >= 0.90
    assert accuracy >= 0.70


# Speaker rules measured on PolNeAR train (see evaluation/eval_quotes.py --errors): each case is a
# realistic news sentence for one phenomenon found by reading the errors.
SPEAKER_CASES = [
    # Any noun phrase can stand after '"...," said': lower-case modifiers and nouns we do not list.
    ("\u201cLocal politicos roll their eyes at such an argument,\u201d said one New Hampshire Democrat.",
     "Local politicos", "one New Hampshire Democrat"),
    ("\u201cAlmost everybody was opposed to the thing,\u201d said former Sen. Evan Bayh, a moderate Indiana Democrat.",
     "Almost everybody", "Evan Bayh"),
    # A speech verb that is only one right after a quote ('started', 'continued').
    ("\u201cThe Times is claiming today that they had an off-the-record conversation,\u201d Hannity started.",
     "The Times is claiming", "Hannity"),
    # Party and state, or an affiliation, between the name and the verb.
    ("\u201cIt\u2019s a dog whistle to all Americans,\u201d Rep. Gwen Moore (D-Wis.) said Friday.", "dog whistle", "Gwen Moore"),
    ("\"It was the least bad outcome,\" Mr. Morgan of the Sierra Club said.", "least bad outcome", "Morgan"),
    # A reader's comment signed after a dash.
    ("\u201cThe most unqualified child to ever run for president.\u201d \u2015 Francisco Herrero",
     "most unqualified child", "Francisco Herrero"),
    # The sentence's subject, when the sentence is about speaking ('refers to ... as').
    ("Christie refers to the candidate, his longtime friend, as \u201cMr. Trump\u201d in every interview.", "Mr. Trump", "Christie"),
    # 'But' opening the sentence is not part of the name.
    ("The NRA is not detailing its steps. But Cox says the NRA won\u2019t allow \u201cgun owners to become scapegoats.\u201d",
     "scapegoats", "Cox"),
    # A colon after a described source: 'The letter continues:'.
    ("The letter continues: \u201cAs a former prosecutor, please explain your understanding of the law.\u201d",
     "former prosecutor", "letter"),
]


@pytest.mark.parametrize("text, words, speaker", SPEAKER_CASES)
def test_speaker_rules_from_polnear_errors(text: str, words: str, speaker: str) -> None:
    quote = next(q for q in _quotes(text) if words in q.text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "text, words",
    [
        # A capitalised sentence opener is not a name ('Eight years ago'), nor a dateline.
        ("Sharpton backed Obama in 2008. Eight years ago, Sharpton said, \u201cHillary Clinton has never done nothing for us.\u201d",
         "never done nothing"),
        ("WASHINGTON, Dec. 8 (UPI) \u2014 Clinton\u2019s aide rallied supporters, saying: \u201cWe have to be ready to stop him.\u201d",
         "ready to stop him"),
    ],
)
def test_sentence_openers_and_datelines_are_not_speakers(text: str, words: str) -> None:
    quote = next(q for q in _quotes(text) if words in q.text)
    assert quote.speaker not in {"Eight", "WASHINGTON"}


def test_scare_quote_in_a_sentence_about_nobody_speaking_stays_unknown() -> None:
    # No speech act and no person as subject: nobody is credited with "neutral".
    quotes = _quotes("The concerns go beyond the pledge to be \u201cneutral\u201d during peace talks.")
    assert quotes[0].speaker is None


def test_she_skips_a_man_named_in_between() -> None:
    # 'Mr. Trump' is a man, so 'she' goes back to Takaichi, the nearest woman-or-unknown subject.
    quotes = _quotes(
        "Takaichi welcomed the visit on Tuesday. Mr. Trump thanked the crowd.\n"
        "\u201cWe are ready for a new era,\u201d she said."
    )
    assert quotes[0].speaker == "Takaichi"


# ---------------------------------------------------------------- NYT-style marks and clause subjects


def test_nyt_double_apostrophes_are_quotation_marks() -> None:
    # The New York Times prints ''...'' for double quotes, and ''' where a single quote closes inside.
    text = ("''It's anti-reform. She's layering on complexity,'' said Mr. Kamin. "
            "''The College Bowl,''' he replied. The so-called ''Buffett rule'' is back.")
    article = _article(text)
    quotes = find_quotes(article)
    assert [q.text for q in quotes][0] == "It's anti-reform. She's layering on complexity"
    assert quotes[0].speaker == "Kamin"
    assert any(q.text == "Buffett rule" and q.kind == "partial" for q in quotes)
    for q in quotes:  # offsets index the original text, apostrophes and all
        assert article.text[q.start : q.end] == q.text


@pytest.mark.parametrize("text", [
    "The storm left 5'' of snow on the ground by morning.",  # inches: closes nothing it opened
    "Rock ''n'' roll",  # between letters, no quotation pairs up as a statement
])
def test_double_apostrophes_that_do_not_pair_are_not_quotes(text: str) -> None:
    assert all(len(q.text.split()) <= 1 for q in _quotes(text))


SUBJECT_CASES = [
    # 'Trump's tweet' is a noun after a possessive, not the verb 'tweet': the subject speaks.
    ("On Fox News Sunday, Gov. Mike Pence said his running mate Donald Trump\u2019s tweet was only "
     "\u201cto mock\u201d Hillary Clinton.", "to mock", "Mike Pence"),
    # A quotation ending in a full stop ends its sentence: the next sentence names another speaker.
    ("Japan branded North Korea an \"outlaw nation in the neighborhood.\" Russia insisted that Pyongyang "
     "\"stop its dangerous escapades.\"", "outlaw nation", "Japan"),
    ("Japan branded North Korea an \"outlaw nation in the neighborhood.\" Russia insisted that Pyongyang "
     "\"stop its dangerous escapades.\"", "dangerous escapades", "Russia"),
    # The antecedent of 'who' speaks, not the subject of the sentence.
    ("Obama has had a frosty relationship with McConnell, now the Senate majority leader, who in 2010 said "
     "the GOP's most important goal was to make Obama a \"one-term president.\"", "one-term", "McConnell"),
    # A determiner phrase with any head noun before the reporting verb, after an introductory phrase.
    ("At a press conference in Chelsea, the mayor also said there was \"no evidence\" of terrorism.",
     "no evidence", "the mayor"),
    # The clause subject after a dateline and an introductory phrase, with a verb of performing.
    ("LOS ANGELES, Sept. 28 (UPI) \u2014 In a preview clip for her upcoming show, Blige sings Bruce "
     "Springsteen\u2019s \u201cAmerican Skin\u201d to Hillary Clinton.", "American Skin", "Blige"),
    # Title-case headlines: the words before the first verb, or the name before a final 'Says'.
    ("Black Lawmakers Rip Donald Trump As A \u2018Disgusting Fraud.\u2019\nThe story follows.",
     "Disgusting Fraud", "Black Lawmakers"),
    ("Trump \u2018The Dealmaker\u2019 Could Address Clean Energy, Lindsey Graham Says.\nThe story follows.",
     "The Dealmaker", "Lindsey Graham"),
    # A transcript turn: the name in capitals opens the paragraph, after the turn's own quote mark.
    ("\"PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of \u201cShark Tank.\u201d "
     "But this is America, Chris.", "Shark Tank", "Pence"),
    # A reader's sign-off ending in a full stop.
    ("\u201cMaybe, we can build a wall around Donald Trump.\u201d \u2015 Steve Quinlan.", "build a wall", "Steve Quinlan"),
    # Initials and a party tag are not sentence ends: the next quote still belongs to the speaker.
    ("\u201cThis is a disgusting day,\u201d said Rep. G.K. Butterfield (D-N.C.). "
     "\u201cDonald Trump is a disgusting fraud.\u201d", "disgusting fraud", "G.K. Butterfield"),
    # 'He' right after '"...," Obama said' resolves to Obama (a subject after a closing mark).
    ("\"We've had problems with cyber intrusions,\" Obama said after meeting Putin. He didn't suggest "
     "retaliation. \"Our goal is to start instituting some norms.\"", "instituting some norms", "Obama"),
]


@pytest.mark.parametrize("text, words, speaker", SUBJECT_CASES)
def test_clause_subjects_headlines_and_turns(text: str, words: str, speaker: str) -> None:
    quote = next(q for q in _quotes(text) if words in q.text)
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, words, wrong", [
    # A capitalised adjective before a noun that looks like a verb is not a speaker.
    ("PolitiFact rated 32% of Republican claims as \u201cfalse\u201d last year.", "false", "Republican"),
    # A colon after a heading introduces the quote only when the quote follows it directly.
    ("Veto Power Impedes Peace Efforts: Eliminating \"the scourge of war\" is one of the original goals "
     "of the United Nations.", "scourge", "Veto Power Impedes Peace Efforts"),
    # A participle after a quotation is not a speaker ('answering questions').
    ("Lynch agreed to an interview for the project on \"Women in Power,\" answering questions about her career.",
     "Women in Power", "answering"),
    # A sentence-case line is not a headline, and 'The concerns' speak no words.
    ("The concerns go beyond the pledge to be \u201cneutral\u201d during peace talks.", "neutral", "the concerns"),
])
def test_rules_that_must_not_fire(text: str, words: str, wrong: str) -> None:
    quote = next(q for q in _quotes(text) if words in q.text)
    assert quote.speaker != wrong


# ---------------------------------------------------------------- fast paths give the plain answers
# The quote finder reads each article once for sentence ends, marks and names, and matches word
# lists laid out as tries. Each shortcut must answer exactly as the plain code it replaces; these
# compare them on the seeds, on tricky sentences and on seeded random strings of the characters
# that matter (marks, full stops, capitals, spaces), so a shortcut that drifts fails here.

import random  # noqa: E402
import re  # noqa: E402

from biaslens import quotes as Q  # noqa: E402

TRICKY = (
    "WASHINGTON -- Mr. Trump said. \u201cIt went  on,\u201d said Sen. Rand Paul (R-Ky.), pointed out the U.S. "
    "aide. She added: 'We\u2019re done.' Mrs. Ito\u2019s team wrote ''It is over,'' and ``no'' was said.\n"
    "\u201cNext paragraph opens a quote.\n\u201cAnd goes on.\u201d Asked why, he replied . . . Nothing! Dr. No?  "
)


def _random_texts(alphabet: list[str], n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30))) for _ in range(n)]


def _all_texts(seeds: dict[str, Article]) -> list[str]:
    return [a.text for a in seeds.values()] + [TRICKY]


def test_verb_and_noun_tries_match_the_longest_first_lists(seeds: dict[str, Article]) -> None:
    # A trie must pick the same form as the plain list, also when what follows forces backtracking.
    for words, trie in ((Q.reporting_verbs(), Q._verb_pattern()[:-2]), (Q._SPEAKER_NOUNS, Q._NOUN[:-2])):
        plain = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + ")"
        # With no tail the trie's own preference shows: the longest form first, as in the list.
        for tail in ("", r"\b", r"\b\s+(?P<np>[A-Z]\w+)", r"\s+on\b"):
            old = re.compile(r"(?<![\w\u2019'-])(?P<w>" + plain + ")" + tail)
            new = re.compile(r"(?<![\w\u2019'-])(?P<w>" + trie + ")" + tail)
            for text in _all_texts(seeds) + ["he went on went  on sources said told reporters pointed out added"]:
                assert [m.span() + m.groups() for m in old.finditer(text)] == [m.span() + m.groups() for m in new.finditer(text)]


def test_speech_act_factoring_matches_the_plain_list(seeds: dict[str, Article]) -> None:
    # Used as a yes/no test: a match must exist at exactly the same word starts.
    plain = re.compile(r"(?<![\w\u2019'\-])(?:" + "|".join(Q._SPEECH_ACT_STEMS) + r")\w*", re.I)
    for text in _all_texts(seeds) + ["Noted, NAMES, named, points out, pointing  out, went on, beg begs began"]:
        for start in range(len(text)):
            assert (plain.match(text, start) is None) == (Q._SPEECH_ACT.match(text, start) is None), text[start:start + 20]


def _plain_sentence_ends(text: str, start: int, end: int) -> list[int]:
    """The window scan as first written: every candidate, the abbreviation regex tried on each."""
    out = []
    for m in Q._END_CANDIDATE.finditer(text, start, end):
        if text[m.start()] == "." and Q._ABBREV_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue
        out.append(m.end())
    return out


def test_sentence_ends_from_the_index_equal_a_scan_of_the_window() -> None:
    # Windows whose end falls right after a mark, inside spaces or after a closing quote are the
    # edge; a full stop after a line break or an initial tests the abbreviation pre-check.
    texts = [TRICKY] + _random_texts(list(". . ! ? \" ' \u201d \u2019 \u201c    \n a A M r s") + ["Mr.", "U.S.", "No.", "\n."], 400, 1)
    for text in texts:
        for start in range(0, len(text) + 1, 3):
            for end in range(start, len(text) + 1):
                assert Q._sentence_ends(text, start, end) == _plain_sentence_ends(text, start, end)
        for pos in range(len(text) + 1):
            p_start = text.rfind("\n", 0, pos) + 1
            p_end = len(text) if text.find("\n", pos) < 0 else text.find("\n", pos)
            ends = _plain_sentence_ends(text, p_start, pos)
            assert Q._clause_start(text, pos) == (ends[-1] if ends else p_start)
            after = _plain_sentence_ends(text, pos, p_end)
            assert Q._clause_end(text, pos) == (after[0] if after else p_end)


def test_article_scans_written_capital_first_equal_the_plain_patterns(seeds: dict[str, Article]) -> None:
    # The name scan and the mid-sentence capitals are rewritten so the engine can skip ahead.
    plain_name = re.compile(Q._NAME)
    plain_mid = re.compile(r"(?<=[a-z,;] )[A-Z][\w\u2019'\-]*")
    texts = _all_texts(seeds) + _random_texts(list("MDSrsen.  \tA\u00c9b'\u2019-_J\n") + ["Mr.", "St.", "U.S.", "de ", "Capt."], 3000, 4)
    for text in texts:
        assert [m.span() for m in plain_name.finditer(text)] == [m.span() for m in Q._NAME_RE.finditer(text)]
        assert plain_mid.findall(text) == Q._MIDSENTENCE_CAP.findall(text)


def test_mark_scans_equal_the_plain_ones() -> None:
    # Marks found by one regex pass, masking by slices and the NYT '' pattern, against plain code.
    texts = [TRICKY] + _random_texts(list("\u00e91_ab .!?\n''``\"\u201c\u201d\u2019( -,") + ["''", "'''", "``"], 3000, 2)
    nyt_plain = re.compile(r"(?<!['`])(?:'''|''|``)(?!['`])")
    for text in texts:
        assert [m.span() for m in nyt_plain.finditer(text)] == [m.span() for m in Q._ASCII_DOUBLE.finditer(text)]
        plain_marks = [i for i, ch in enumerate(text) if ch in Q.QUOTE_MARKS
                       and any(Q._mark_roles(text, i, text.rfind("\n", 0, i) + 1, len(text))[1:])]
        found = [m.start() for m in Q._MARK_CHAR.finditer(text)]
        assert set(plain_marks) <= set(found)  # the regex only drops marks that have no role
        segments = Q._raw_segments(Q._normalise_marks(text))
        assert Q._masked(text, segments) == Q._masked_by_char(text, segments)


def test_word_lookups_equal_their_regexes() -> None:
    # 'Mr. Ito' gender titles and 'is this word written in lower case' checks, without a regex per word.
    texts = [TRICKY] + _random_texts(list("MMrs. \t\n_a\u00e9Z'-") + ["Mr. ", "Mrs ", "Ms.", "Ito", "Ito's", "Jr."], 1500, 3)
    for text in texts:
        index = Q._NameIndex(text)
        for word in ["Ito", "Ito's", "Jr.", "\u00e9", "s", "_", "M"] + text.split()[:4]:
            titles = [t.group(1) for t in re.finditer(rf"(?=\b(Mr|Mrs|Ms)\.?\s+{re.escape(word)}\b)", text)]
            assert list(Q._titles_before(word, index)) == titles
            lower = word.lower()
            plain = re.search(rf"(?<![\w\u2019'\-]){re.escape(lower)}(?![\w\u2019'\-])", text) is not None
            assert Q._occurs_as_word(lower, text) == plain


def test_repeat_index_agrees_with_comparing_all_pairs():
    """The index of word pairs finds the same repeats as comparing every pair (the old rule)."""
    import random

    from biaslens.quotes import _SeenQuotes

    def all_pairs(seen, words):
        for earlier, gid in seen:
            if earlier == words or (len(words) > 20 and (words in earlier or earlier in words)):
                return gid
        return None

    rng = random.Random(1)
    vocab = ["ab", "cd", "ef", "gh", "ghy", "xab", "the", "said", "a", "b"]
    for _ in range(2000):
        index, seen = _SeenQuotes(), []
        for gid in range(12):
            words = " ".join(rng.choice(vocab) for _ in range(rng.randint(4, 9)))
            if seen and rng.random() < 0.4:
                # Cut an earlier text mid-word at either end, or wrap it in more words.
                base = rng.choice(seen)[0]
                words = rng.choice(vocab) + base[rng.randint(1, 2):] + rng.choice(["", "y", " the"])
            expected = all_pairs(seen, words)
            assert index.repeat_of(words) == expected, (words, seen)
            if expected is None:
                index.add(words, gid)
                seen.append((words, gid))


# ---------------------------------------------------------------- who said it (acceptance read, session 2)


def test_indirect_question_is_the_askers_not_the_person_asked() -> None:
    # The words of a question belong to whoever put it: the senator only heard them.
    text = ("Senator Maria Ocampo walked to her car. A man followed the senator and asked whether she "
            "backed the \"water tax plan.\"")
    assert _speaker_of(_article(text), "water tax plan") != "Maria Ocampo"
    # A named asker keeps the words.
    text = "Senator Maria Ocampo spoke at the hall. A teacher asked her whether she backed the \"water tax plan.\""
    assert _speaker_of(_article(text), "water tax plan") == "A teacher"


def test_asking_later_in_the_sentence_does_not_name_a_scare_quote() -> None:
    # 'after he asked ...' is another person's question; the scare quote stays unattributed.
    text = ("Governor Tom Reyes was filmed on Friday. He pushed away the self-described \"reporter\" after "
            "he asked the governor about taxes.")
    assert _speaker_of(_article(text), "reporter") is None


def test_lower_case_fragment_is_never_a_speaker() -> None:
    # '"...," does not ...' reads like a tail attribution but names nobody.
    text = "The clip, which was uploaded by \"RiverWatch99,\" does not show who filmed it."
    assert _speaker_of(_article(text), "RiverWatch99") is None


def test_description_words_are_cut_from_a_name() -> None:
    # "A furious Bob Whitfield began" (read as one phrase before "by asking") is Bob Whitfield.
    text = "Voters met on Monday. A furious Bob Whitfield began his interview with Lowe on Sunday by asking, \"Why did you vote for the bill twice?\""
    assert _speaker_of(_article(text), "vote for the bill") == "Bob Whitfield"


def test_headline_verb_is_not_glued_to_a_name() -> None:
    # A title-case headline writes 'Backs Laura Kim'; the body names Laura Kim, who speaks.
    text = ("Union Chief Backs Laura Kim\n"
            "The union endorsed Mayor Laura Kim on Monday.\n"
            "\"I am grateful for their trust,\" Kim said in a statement.")
    assert _speaker_of(_article(text), "grateful") == "Laura Kim"


def test_programme_title_after_broadcaster_possessive_is_not_said() -> None:
    # 'on NBC's "Meet the Press"' names a programme; the speaker of the sentence did not say it.
    text = "\"We will win this,\" Mr. Lowe said, speaking on NBC's \"Meet the Press\" on Sunday."
    quotes = _quotes(text)
    # A programme's name is what the show is called, no quotation at all (BASIL summers, nyt:
    # 'said on CNN's "American Morning"' was listed as a quotation without a speaker).
    assert not any(q.text.startswith("Meet the Press") for q in quotes)
    assert next(q for q in quotes if q.text.startswith("We will win")).speaker == "Lowe"


def test_pronoun_after_a_speaker_named_after_the_quote() -> None:
    # '"...," said Ana Ruiz, ...' then '"...," he/she said': the person just named speaks on.
    text = ("Paul Grant defended the plan on Sunday.\n"
            "\"It is reckless,\" said Ana Ruiz, a former aide who now works on the rival campaign.\n"
            "\"We need a serious debate,\" she said.")
    assert _speaker_of(_article(text), "serious debate") == "Ana Ruiz"


def test_pronoun_antecedent_after_that() -> None:
    # 'It was in Ohio that Mr. Grant described ...': the subject after "that" is the antecedent.
    text = ("Updated: Paul Grant spoke again on Sunday.\n"
            "It was in Ohio on Saturday that Mr. Grant described the plan as \"a fraud.\"\n"
            "\"It is about some fake promise,\" he said.")
    assert _speaker_of(_article(text), "fake promise") == "Paul Grant"


def test_role_noun_is_the_one_congressman_named_in_full() -> None:
    # 'the three-term congressman' is the article's only congressman: one person, not two rows.
    text = ("Rep. Owen Marsh spoke to voters on Friday.\n"
            "\"Who sent you?\" the three-term congressman demands.")
    assert _speaker_of(_article(text), "Who sent you") == "Owen Marsh"
    # Two congressmen: no guess between them.
    text = ("Rep. Owen Marsh and Rep. Lena Fisk spoke to voters on Friday.\n"
            "\"Who sent you?\" the congressman demands.")
    # (Unnamed, the role noun is its name, as for "the senator": congressman is a speaker noun.)
    assert _speaker_of(_article(text), "Who sent you") == "congressman"


def test_unattributed_paragraph_after_a_fragment_stays_unknown() -> None:
    # The paragraph before ends in someone's fragment, so a whole-paragraph quote has nobody nearby.
    text = ("\"I was wrong,\" Mr. Lowe said, adding that it had been a \"hard week.\"\n"
            "\"His behaviour shames the whole chamber.\"\n"
            "Ms. Dale, a blogger, wrote about the case.")
    assert _speaker_of(_article(text), "shames the whole chamber") is None


def test_quotation_over_bare_paragraphs_is_quoted_words() -> None:
    # A website quoted at length: the first paragraph opens with a mark, the middle one is bare,
    # the last closes it. All three are quoted words, nested quotes included, with one speaker.
    text = ("The Daily Ledger wrote on its site:\n"
            "\"The mayor's reply was only partly fair. She called the \"inspection\" a stunt.\n"
            "But little is known about these \"inspectors.\" Apparently nobody asked them.\n"
            "It will be interesting to see what happens next.\"\n"
            "The mayor did not reply.")
    article = _article(text)
    quotes = find_quotes(article)
    assert {q.quote_id for q in quotes} == {0}
    assert [q.text[:10] for q in quotes] == ["The mayor'", "But little", "It will be"]
    assert all(q.speaker == "the Daily Ledger" for q in quotes)
    spans = quote_spans(article)
    apparently = text.index("Apparently")
    assert any(s <= apparently < e for s, e in spans)
    assert all(article.text[q.start:q.end] == q.text for q in quotes)
    assert not any(s <= text.index("The mayor did not") < e for s, e in spans)


def test_a_party_state_tag_is_never_a_speaker():
    # Acceptance read, session 2: "Rep. Peter King, R-N.Y., who opposes the plan, said ...",
    # then '"...," he told Fox News' gave King's words to "R-N".
    text = ("Headline here\n\nRep. Peter King, R-N.Y., who opposes the plan, said Monday that it was wrong.\n\n"
            "\u201cEveryone has the right to build it. The question is whether they should,\u201d he told Fox News.\n\n"
            "Rep. Bobby Scott, D-Va., one of nine lawmakers to vote against it, said the nation faces bigger problems.\n\n"
            "\u201cWe are debating a motto that is under no threat of attack,\u201d he said.")
    quotes = find_quotes(article_from_text(text, "a.txt"))
    assert [q.speaker for q in quotes] == ["Peter King", "Bobby Scott"]


# --- speakers from the wrong words (acceptance read, session 2, second set) ---------------------


def test_possessive_remark_about_quote_is_the_possessors() -> None:
    # The words are the remark's owner's, even when another person's reporting verb comes first.
    (q,) = _quotes("When Ms. Lane attacked Mr. Ford’s careless remark at a dinner about the “lazy voters,” "
                   "the room went quiet.")
    assert q.speaker == "Ford"


def test_possessive_comments_with_participle_are_the_possessors() -> None:
    qs = _quotes("Ms. Lane raised the issue of Ford’s comments at a lunch in which he spoke about renters, "
                 "claiming that he could “never win them over.”")
    assert [q.speaker for q in qs] == ["Ford"]


def test_verdict_on_a_remark_stays_the_callers() -> None:
    # Calling someone's remarks something is the caller's judgment, not the remark itself.
    (q,) = _quotes("Mr. Hale called Ms. Ruiz’s remarks “a cheap shot.”")
    assert q.speaker == "Hale"


def test_editors_note_is_nobodys_words() -> None:
    qs = _quotes("Ford spoke at length. In the transcript there was a note beside Ford’s answer, "
                 "“* This date is wrong,” it read.")
    assert [q.speaker for q in qs if q.text.startswith("*")] == [None]


def test_motto_a_vote_reaffirms_is_a_name_not_speech() -> None:
    qs = _quotes("The council vote to reaffirm that \"Forward Together\" is the town motto is \"a waste of "
                 "an evening,\" Mayor Ann Holt said Monday.")
    by_text = {q.text: q.speaker for q in qs}
    assert by_text["Forward Together"] is None
    assert by_text["a waste of an evening"] == "Ann Holt"


def test_known_as_label_is_a_name_not_speech() -> None:
    (q,) = _quotes("Senator Ray Dunn criticized the plan known as “the bridge tax” on Monday.")
    assert q.speaker is None


def test_place_before_a_role_is_not_the_speaker() -> None:
    qs = _quotes("Ohio congresswoman and now-Senate candidate Jane Miller piled on, writing that the memo "
                 "never used the word \"budget\" at all.")
    assert {q.speaker for q in qs} == {"Jane Miller"}


def test_campaign_manager_named_after_the_campaign_is_the_speaker() -> None:
    (q,) = _quotes("\"We won the night,\" said Dunn campaign manager Tom Reyes.")
    assert q.speaker == "Tom Reyes"
    (q,) = _quotes("Dunn adviser Tom Reyes told reporters he had \"great respect for her\" anyway.")
    assert q.speaker == "Tom Reyes"


def test_challenger_speaks_not_the_person_run_against() -> None:
    (q,) = _quotes("“The river is ours,” Ann Holt, a Democrat trying to unseat Representative Carl B. Ross, "
                   "a Republican, in the Second District, said in a statement.")
    assert q.speaker == "Ann Holt"


def test_title_case_name_of_a_vote_is_not_speech() -> None:
    # A headline naming a vote by its quoted title: the motto is nobody's words.
    (q,) = _quotes("Holt: 'Forward Together' Vote Wastes Time\n\nThe mayor spoke on Monday.")
    assert q.speaker is None


def test_stance_on_a_quoted_name_is_not_speech() -> None:
    # The possessor endorsed the project; the quoted name is its opponents', not the possessor's.
    (q,) = _quotes("Mayor Ann Holt's endorsement of the \"river casino\" spurred hope among supporters.")
    assert q.speaker is None


def test_his_remark_is_the_person_named_before_it() -> None:
    # "his" owns the comment: the person named last before it, not the sentence's subject.
    (q,) = _quotes("Mr. Lane went after the ticket with a directness that Mr. Hale did not. Notably, he hammered "
                   "Carl Ford over his leaked comment in which he said he does not have to court the \"renters\" "
                   "at all.")
    assert q.speaker == "Carl Ford"


def test_he_after_a_when_clause_is_the_main_clause_subject() -> None:
    # The listener of 'told' is named in the 'when' clause before; 'he' goes on about the
    # sentence's main subject (read by hand: nyt gave Ryan's "under duress" to Biden).
    quotes = _quotes("Mr. Hale tried to be polite, but he showed his irritation when Mr. Lane kept interrupting "
                     "him on taxes. “I know you are tired,” he told the governor, prompting a laugh.")
    assert [q.speaker for q in quotes] == ["Hale"]


def test_he_in_the_same_sentence_as_a_when_clause_keeps_the_nearest() -> None:
    # Inside one sentence the nearest subject still speaks: the rule reads only earlier sentences.
    (q,) = _quotes("Mr. Hale sat down when Mr. Lane, angry, stood up and he said “No more.”")
    assert q.speaker == "Lane"


def test_he_after_a_role_noun_opening_the_sentence_is_its_holder() -> None:
    # 'The president first stepped ...': the next 'he' is the president, not the spokesman named
    # before (read by hand: fox's "wisdom" given to Jim Manley).
    quotes = _quotes("Mayor Ann Holt split with President Carl Ford over the bridge. Spokesman Jim Lane said so in "
                     "a statement.\n\nThe president first stepped into the fight Friday when he spoke at a dinner. "
                     "The next day, he clarified that he was merely commenting on fundamental rights of owners -- "
                     "not specifically on the \"wisdom\" of the bridge.")
    assert [q.speaker for q in quotes] == ["Carl Ford"]


def test_a_name_between_a_comma_and_a_dash_opens_no_clause() -> None:
    # 'another Republican, Teddy Roosevelt -- the latter ...' names the noun before it; the 'he'
    # of the next sentence is the one the sentence is about.
    quotes = _quotes("Mr. Lane took a swipe at one senator for admiring another Republican, Teddy Roosevelt -- "
                     "the latter of whom Lane blamed for the trouble.\n\n“We have a problem,” he said.")
    assert [q.speaker for q in quotes] == ["Lane"]


def test_a_day_after_a_name_is_no_part_of_it() -> None:
    # 'broke with President Ford Monday': the day dates the sentence; the president is Ford.
    quotes = _quotes("Mayor Ann Holt broke with President Ford Monday over the bridge.\n\nThe president spoke at a "
                     "dinner on Friday. The next day, he clarified that he was merely commenting on the rights of "
                     "owners -- not on the \"wisdom\" of the bridge.")
    assert [q.speaker for q in quotes] == ["Ford"]


def test_saying_participle_before_a_noun_is_no_reporting_verb() -> None:
    # hpo: 'his alleged failure to the use the word "God"': an adjective, nobody alleges.
    text = ('Bachmann wrote a letter to Obama chastising him for his alleged failure to use the word "God" '
            'in his speeches.')
    assert all(q.verb != "alleged" for q in _quotes(text))
    text = 'Critics doubted the claimed savings of "billions" in the plan.'
    assert all(q.verb != "claimed" for q in _quotes(text))
    # A finite verb still introduces its quote.
    assert [q.verb for q in _quotes('The group alleged that the cover was "sexist".')] == ["alleged"]


# --- Speakers in a speech report (rules from the Beck/CPAC acceptance read) ---------------------


def _said_by(text: str, words: str) -> str | None:
    return next(q.speaker for q in _quotes(text) if words in q.text)


def test_name_after_a_verb_of_saying_is_no_antecedent() -> None:
    # 'Saying President Obama, he said, ...': Obama is what Beck said, not the next 'he'.
    text = ("Glenn Beck spoke at the conference on Saturday.\n\n"
            "Saying President Obama, he said, was \u201ctoo simple an answer.\u201d\n\n"
            "\u201cThis is the disease in America,\u201d he said.")
    assert _said_by(text, "too simple") == "Glenn Beck"
    assert _said_by(text, "the disease") == "Glenn Beck"


def test_stray_opening_mark_closes_a_quotation() -> None:
    # nyt prints '\u201cWho can guarantee you happiness?\u201c he asked.': the second mark closes.
    text = ("Saying President Obama, Glenn Beck said, was the wrong answer.\n\n"
            "\u201cWho can guarantee you happiness?\u201c he asked. \u201cTiger Woods wasn\u2019t happy.\u201d")
    quotes = _quotes(text)
    assert [q.text for q in quotes] == ["Who can guarantee you happiness?", "Tiger Woods wasn\u2019t happy."]


def test_common_noun_opening_a_sentence_is_no_antecedent() -> None:
    # 'People are losing ...' then '"...," he posited': People is no one a 'he' refers to, and
    # 'posited' reports speech after a quotation.
    text = ("Glenn Beck spoke on Saturday. He said the party had a problem.\n\n"
            "People are losing a fundamental belief that things will get better, he said.\n\n"
            "\u201cIt is still morning in America,\u201d he posited, \u201cit just happens to be a hung-over morning.\u201d")
    assert _said_by(text, "still morning") == "Glenn Beck"
    assert _said_by(text, "just happens") == "Glenn Beck"


def test_group_plural_is_no_antecedent_of_he() -> None:
    text = ("Glenn Beck spoke on Saturday.\n\n"
            "Both parties are to blame, he said. The Democrats tax and spend, while the Republicans just spend.\n\n"
            "When the audience finished laughing, he asked: \u201cWhat are we suffering from?\u201d")
    assert _said_by(text, "suffering") == "Glenn Beck"


def test_indefinite_subject_speaks_unnamed() -> None:
    # 'someone shouted "President Obama"': an audience member, not Beck named before.
    text = ("When Beck asked what America is suffering from, someone shouted \u201cPresident Obama,\u201d "
            "though Beck said it is \u201cnot that simple.\u201d")
    assert _said_by(text, "President Obama") is None
    text2 = "When Mr. Trump paused, a man in the crowd yelled, \u201cLock her up!\u201d"
    assert _said_by(text2, "Lock her up") == "a man in the crowd"


def test_definite_role_noun_is_the_named_holder() -> None:
    # 'the Fox News host complained' is hpo's name for 'talk show host Glenn Beck'.
    text = ("Bombastic conservative talk show host Glenn Beck closed the conference. Last year radio host "
            "Rush Limbaugh spoke. For Beck, purity was the path.\n\n"
            "All we've heard, the Fox News host complained, is \u201cwe need a big tent.\u201d")
    assert _said_by(text, "big tent") == "Glenn Beck"


def test_unclosed_mark_closes_before_its_own_attribution() -> None:
    # The closing mark was lost before ', Ms. Varga said.': the quotation ends at the comma, the
    # next quotation is hers too, and the writer's next paragraph is no quotation.
    text = ("Ms. Varga said the union expected some anger from its members.\n\n"
            "\u201cWe have a very large membership, Ms. Varga said. \u201cSome of them will be upset, "
            "but others will welcome a stronger plan.\u201d\n\n"
            "While the union has not published figures, it has said it is open to talks.\n\n"
            "Tom Reyes, who leads the council, said in a statement: \u201cNothing has been agreed.\u201d")
    quotes = _quotes(text)
    assert _said_by(text, "very large membership") in ("Ms. Varga", "Varga")
    assert next(q for q in quotes if q.text.startswith("We have")).text == "We have a very large membership"
    assert _said_by(text, "Some of them will be upset") in ("Ms. Varga", "Varga")
    assert not any("has not published figures" in q.text for q in quotes)
    assert _said_by(text, "Nothing has been agreed") == "Tom Reyes"


def test_editor_label_is_no_speaker_and_middle_initial_keeps_the_name() -> None:
    text = ("The group denied the report on Friday.\n\n"
            "UPDATE: Acme CEO J. Robert Lind said in a statement, \u201cOur position on pensions has not "
            "changed at all, and it will not change.\u201d")
    speaker = _said_by(text, "position on pensions")
    assert speaker is not None and speaker.endswith("Robert Lind") and speaker.lower() != "update"


def test_place_after_in_is_not_the_speaker() -> None:
    # 'Third' is read as an ordinal, not a name: the group phrase is left, never its place.
    text = ("The plan was passed on Friday.\n\nThird Path, a moderate Democratic group in Chicago that has favored "
            "possible cuts in pensions, called the union\u2019s position \u201ca turning point\u201d in the debate.")
    assert "Chicago" not in (_said_by(text, "a turning point") or "")


def test_he_resolves_to_a_person_never_an_acronym() -> None:
    text = ("Union policy director Maria Lopez said on radio that \u201cthe story was wrong.\u201d\n\n"
            "But then Lopez acknowledged that the union believes the fund needs changes.\n\n"
            "Earlier, Peter Kahn said the NAACP supports the plan.\n\n"
            "But then Kahn acknowledged that NAACP believes the fund needs changes.\n\n"
            "\u201cEverybody knows we need a package of changes to the fund,\u201d he said.")
    assert _said_by(text, "Everybody knows") == "Peter Kahn"


def test_verb_phrase_is_no_speaker() -> None:
    text = ("A coalition of unions has railed against cuts to pensions, recently releasing a report claiming "
            "\u201ceven the smallest yearly increase is not safe.\u201d")
    assert _said_by(text, "smallest yearly increase") != "recently releasing a report"


def test_the_listener_of_told_is_not_the_speaker():
    # BASIL walmart (fox): '"Number one, ...," Kennedy told lawyer Joseph Sellers': a role word
    # after the verb of saying names the listener, never the speaker.
    text = ("Headline here\n\nJustice Anthony Kennedy said he was troubled by the lawsuit.\n\n"
            "\u201cNumber one, you said this is a culture where Arkansas knows everything,\u201d Kennedy told "
            "lawyer Joseph Sellers who represents the women.")
    assert [q.speaker for q in find_quotes(article_from_text(text, "a.txt"))] == ["Anthony Kennedy"]


def test_he_after_a_sentence_that_names_one_person_as_its_object():
    # BASIL walmart (nyt): 'That did not satisfy Justice Scalia. "...," he said': the sentence before
    # is about Scalia though he is its object; not the lawyer who spoke before.
    text = ("Headline here\n\nJoseph Sellers, a lawyer for the women, said managers had discretion.\n\n"
            "That did not satisfy Justice Antonin Scalia. \u201cIf somebody tells you how to exercise discretion,"
            "\u201d he said, \u201cyou don\u2019t have discretion.\u201d")
    assert {q.speaker for q in find_quotes(article_from_text(text, "a.txt"))} == {"Antonin Scalia"}


def test_he_is_not_the_person_asked():
    # 'The chief justice also asked Mr. Sellers ...' then 'he said': the asker, not the person asked.
    text = ("Headline here\n\nChief Justice John Roberts questioned the case. Joseph Sellers defended it.\n\n"
            "The chief justice also asked Mr. Sellers how many examples were needed. After all, he said, "
            "\u201cyou\u2019re going to have some bad apples\u201d given the thousands of stores.")
    assert [q.speaker for q in find_quotes(article_from_text(text, "a.txt"))] == ["John Roberts"]


def test_he_is_never_a_country_nor_what_a_participle_of_saying_reports():
    # BASIL blumenthal (nyt): '..., noting that America had not always done so. "I served ...," he said.'
    text = ("Headline here\n\nRichard Blumenthal spoke at a ceremony.\n\n"
            "At a 2008 ceremony, he praised the audience, noting that America had not always done so.\n\n"
            "\u201cI served during the Vietnam era,\u201d he said.")
    assert [q.speaker for q in find_quotes(article_from_text(text, "a.txt"))] == ["Richard Blumenthal"]


def test_a_role_subject_after_an_opening_phrase_and_no_adverb_as_a_name():
    # BASIL blumenthal (nyt): 'Sometimes his remarks ...' is no person; 'In an interview on Monday, the
    # attorney general said that he had misspoken ... "...," he said': the attorney general.
    text = ("Headline here\n\nAttorney General Richard Blumenthal is running for the Senate.\n\n"
            "Sometimes his remarks have been plainly untrue. In an interview on Monday, the attorney general "
            "said that he had misspoken. \u201cMy intention has always been to be clear,\u201d he said.")
    assert [q.speaker for q in find_quotes(article_from_text(text, "a.txt"))] == ["Richard Blumenthal"]


def test_a_question_put_after_asked_is_not_the_answerers():
    # BASIL weiner (fox): 'Asked point-blank, "Is that picture you?" Weiner replied, "..."'.
    text = ("Headline here\n\nThe congressman spoke to reporters. Asked point-blank, \"Is that picture you?\" "
            "Weiner replied, \"You know I'm not going to talk about this anymore.\"")
    quotes = find_quotes(article_from_text(text, "a.txt"))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Is that picture you?", None), ("You know I'm not going to talk about this anymore.", "Weiner")]


def test_an_office_speaks_for_its_owner_and_but_opens_a_new_subject():
    # BASIL weiner (fox): the office's words, then the representative's own.
    text = ("Headline here\n\nRep. Anthony Weiner spoke on Wednesday. Weiner's office initially said the "
            "congressman's account was \"obviously hacked,\" but the representative has since taken to calling "
            "the incident a \"prank\" -- he used both terms Wednesday.")
    quotes = find_quotes(article_from_text(text, "a.txt"))
    assert [q.speaker for q in quotes] == ["Weiner's office", "Anthony Weiner"]


def test_the_reporting_outlet_is_never_a_speaker():
    # BASIL rnc (fox): '... Fox News confirmed Steele sent an e-mail with the subject line, "conference
    # call."' in Fox's own story; neither the outlet nor the subject line is a voice.
    text = ("Headline here\n\nFox News confirmed Steele sent an e-mail to members with the subject line, "
            "\"conference call.\" In the note, he asked them to join him.")
    quotes = find_quotes(article_from_text(text, "a.txt", {"outlet": "Fox News"}))
    assert [q.speaker for q in quotes] == [None]
    text = "Headline here\n\nFox News said the e-mail was \"a call to arms for the party,\" in a report."
    assert [q.speaker for q in find_quotes(article_from_text(text, "a.txt", {"outlet": "fox"}))] == [None]
    assert [q.speaker for q in find_quotes(article_from_text(text, "a.txt", {"outlet": "nyt"}))] == ["Fox News"]


def test_a_show_named_before_its_noun_is_no_quotation_of_anyone():
    # BASIL weiner (nyt): 'he alluded to a "Daily Show" sketch on Tuesday'.
    text = ("Headline here\n\nMr. Weiner was in his office. Suggesting that the photo might have been altered, he "
            "alluded to a \u201cDaily Show\u201d sketch on Tuesday in which the comedian joked about it.")
    assert [q.speaker for q in find_quotes(article_from_text(text, "a.txt"))] == []


def test_a_party_description_is_the_person_named_before():
    # BASIL weiner (fox): 'The New York Democrat said ..., as he likened what he described as a "prank"'.
    text = ("Headline here\n\nRep. Anthony Weiner spoke on Wednesday. The New York Democrat said he would not allow "
            "the incident to distract him, as he likened what he described as a \"prank\" to a heckler.")
    assert [q.speaker for q in find_quotes(article_from_text(text, "a.txt"))] == ["Anthony Weiner"]


def test_a_verb_and_its_object_is_no_speaker():
    # BASIL blumenthal (hpo): 'Kevin Rennie, ..., published a blog post stating that ...'.
    text = ("Headline here\n\nKevin Rennie, a former Republican state lawmaker, published a blog post stating that "
            "the Times piece was \"fed to the paper by the Linda McMahon campaign.\" McMahon is one of his rivals.")
    assert [q.speaker for q in find_quotes(article_from_text(text, "a.txt"))] == ["Kevin Rennie"]


def test_the_person_a_video_shows_saying_the_words():
    # BASIL blumenthal (hpo): 'a report which includes video of him at a 2008 event saying he had
    # served "in Vietnam"': his words, not those of the campaign that opens the sentence.
    text = ("Headline here\n\nRichard Blumenthal spoke on Monday. Blumenthal's campaign called a New York Times report "
            "which includes video of him at a 2008 event saying he had served \"in Vietnam\" an \"outrageous "
            "distortion\" on his record.")
    quotes = find_quotes(article_from_text(text, "a.txt"))
    assert [q.speaker for q in quotes] == ["Richard Blumenthal", "Blumenthal's campaign"]


def test_a_reflexive_between_the_speaker_and_the_verb():
    # BASIL steele (hpo): 'even Steele himself declared back in December that Afghanistan is "..."'.
    text = ("Headline here\n\nDan Senor criticised the remarks on Friday. Indeed, even Steele himself declared back in "
            "December that Afghanistan is \u201ca war we have to win\u201d.")
    assert [q.speaker for q in find_quotes(article_from_text(text, "a.txt"))] == ["Steele"]


def test_he_is_never_a_party_adjective_nor_a_bodys_acronym():
    # BASIL steele (fox): 'Republican senators kept up pressure ...' opens the article; 'Republican' is
    # an adjective, and 'Steele’s RNC' a body: neither is the 'he' of a quotation.
    text = ("Headline here\n\nRepublican senators kept up pressure on the chairman. Steele\u2019s RNC sponsored a call.\n\n"
            "\u201cThis is America\u2019s war,\u201d he said.")
    assert [q.speaker for q in find_quotes(article_from_text(text, "a.txt"))] == [None]


def test_he_after_a_subject_with_a_focus_word():
    # BASIL steele (hpo): 'Indeed, even Steele himself declared ... — a far cry from the comments he
    # made Thursday night, in which he said: "..."': Steele, not the critic named before.
    text = ("Headline here\n\nDan Senor criticised the remarks on Friday.\n\nIndeed, even Steele himself declared in "
            "December that the war mattered, a far cry from the comments he made Thursday night, in which he said: "
            "\u201cyou don\u2019t engage in a land war in Afghanistan.\u201d")
    assert [q.speaker for q in find_quotes(article_from_text(text, "a.txt"))] == ["Steele"]


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(article_from_text("Headline here\n\n" + text, "a.txt"))]


def test_a_programme_named_after_on_told_or_a_networks_possessive_is_nobodys_words():
    # BASIL fiscal cliff (nyt, fox), birther story (nyt, fox, hpo): 'said on "Fox News Sunday"',
    # 'told NBC's "Today" show', 'he told "Today."', 'on the "Today" show': programmes, not speech.
    # (No quotation at all: a programme's name is what it is called, nobody's words.)
    assert _speakers("Senator Bob Corker said on \u201cFox News Sunday\u201d that a deal was near.") == []
    assert _speakers("\"I have people studying it,\" Trump told NBC's \"Today\" show on Thursday. "
                     "\"And to be honest with you, I hope he can,\" he told \"Today.\"") == \
        ["Trump", "Trump"]
    assert _speakers("In an interview shown Thursday on the \u201cToday\u201d show, Mr. Trump told Meredith Vieira that "
                     "he had \u201creal doubts\u201d about it.") == ["Trump"]
    # A one-word quotation after a plain "on" stays the speaker's ('he insisted on "Yes"' is rare;
    # a one-word title needs the network or the noun after it).
    assert _speakers("Mr. Smith said the plan relied on \u201cluck\u201d more than anything.") == ["Smith"]


def test_words_after_according_to_continue_the_speaker_named_before_it():
    # BASIL birther story (hpo): the outlet that reports someone's words is no voice; the next
    # bare quotation goes on with the speaker of the one before.
    text = ("\"I want to see the birth certificate,\" said Trump in an interview on NBC's \"Today\" show, according "
            "to TIME. \"How come his own family doesn't know which hospital he was born in?\"")
    assert _speakers(text) == ["Trump", "Trump"]


def test_a_description_then_a_name_in_apposition_is_one_speaker():
    # BASIL birther story (nyt): 'said the legislator, Representative Carl Seel.'
    text = "\u201cOf course I was surprised, who wouldn\u2019t be?\u201d said the legislator, Representative Carl Seel."
    assert _speakers(text) == ["Carl Seel"]


def test_the_accuser_not_the_accused_speaks_after_an_event_it():
    # BASIL fiscal cliff (fox): 'It came after Boehner publicly chided Obama ..., accusing the president
    # of having "wasted another week."'
    text = ("President Obama met House Speaker John Boehner on Sunday. It came after Boehner publicly chided Obama on "
            "Friday for the lack of progress, accusing the president of having \"wasted another week.\"")
    assert _speakers(text) == ["John Boehner"]


def test_cut_speaker_names_are_no_speakers():
    # BASIL Chick-fil-A (nyt, fox): a number's tail, an unnamed user, a state after a city.
    assert _speakers("More than 650,000 people signed up to participate, and tens of thousands \u201cliked\u201d "
                     "photos of packed restaurants.") == [None]
    assert _speakers("One Facebook user who lives near Austin, Tex., posted this status update:\n\n"
                     "\u201cIt has been really disconcerting how many of my friends have stood up for it.\u201d") == [None]
    assert "DC" not in _speakers("After the mayors of Chicago and Boston heaped scorn upon the company, the mayor of "
                                 "Washington, DC, suggested it was peddling \u201chate chicken.\u201d")
    # BASIL Constitution (nyt): an impersonal "it" before a passive says nothing.
    assert _speakers("Representative Jay Inslee, Democrat of Washington, asked a question. It was decided in advance "
                     "that slaves, referred to in Article 1, Section 2 as \u201cthree fifths of all other persons,\u201d "
                     "would not be mentioned.") == [None]


def test_a_speaker_named_in_the_sentence_next_to_the_quote():
    # BASIL Constitution (hpo, fox): 'According to X, ... "..."'; '"A," said Rep. Steve Israel, D-N.Y.
    # "B."' (the party tag's full stops end no sentence); 'NOW President Terry O'Neill said'; a
    # party tag and two appositive commas between the name and 'told'.
    assert _speakers("According to Peter Keating at Vanity Fair, $1.1 million is the estimated cost of the plan. "
                     "\u201cThe amount I get is nearly $1.1 million.\u201d") == ["Peter Keating"]
    assert _speakers("\"I don't think the Constitution is propaganda,\" said Rep. Steve Israel, D-N.Y. \"But I do think "
                     "that you can't just read it like a speech.\"") == ["Steve Israel", "Steve Israel"]
    assert _speakers("\"John Boehner and his cronies are holding up the Constitution,\" NOW President Terry O'Neill "
                     "said in a statement.") == ["Terry O'Neill"]
    assert _speakers("Other lawmakers decried the exercise, saying it was a living document.\n\n\"They are reading it "
                     "like a sacred text,\" Rep. Jerrold Nadler, D-N.Y., the former chairman of the subcommittee on the "
                     "Constitution, Civil Rights and Civil Liberties, told The Washington Post.") == ["Jerrold Nadler"]


def test_the_writers_name_for_a_thing_is_nobodys_words():
    # BASIL Chick-fil-A (hpo): a title-case name after an article is the writer's (or a group's)
    # name for a day or a sandwich, not words of the person the sentence is about.
    assert _speakers("\"Have you gone today?\" Bachmann asked her followers on what became an unofficial "
                     "\"Chick-fil-A Appreciation Day.\"") == ["Bachmann", None]
    assert _speakers("House Minority Leader Nancy Pelosi tweeted about her opposition to the restaurant, and West "
                     "Hollywood bar The Abbey introduced a \"Chick-for-Gay\" sandwich as a protest.") == [None]
    # After a preposition the title stays the speaker's comparison (PolNeAR: 'an episode of "Shark Tank"').
    assert _speakers("Pence said Hillary Clinton apparently thinks this is an episode of \u201cShark Tank.\u201d") == ["Pence"]


def test_a_possessive_answer_before_a_colon_names_the_speaker():
    # BASIL birther story (hpo): '"Today" show host Meredith Vieira asked Trump, "You've been privy to
    # all of this?" His response: "Well, I have people ..."': Trump answers.
    text = ("Donald Trump spoke on Thursday. \"Today\" show host Meredith Vieira asked Trump, \"You've been privy to "
            "all of this to know this?\" His response: \"Well, I have people that actually have been studying it.\"")
    assert _speakers(text) == ["Meredith Vieira", "Donald Trump"]  # ("Today" show: a programme, no quotation)


def test_an_office_and_its_holder_are_one_voice():
    # BASIL birther story (nyt): 'a release from Mr. Seel’s office ... noted that Mr. Trump "..."' beside
    # Carl Seel's own quotes: one voice in "people quoted"; an office whose holder is not quoted stays.
    from biaslens.quotes import same_voice
    assert same_voice("Mr. Seel\u2019s office", {"Carl Seel", "Mr. Seel\u2019s office", "Kelly Townsend"}) == "Carl Seel"
    assert same_voice("Weiner's office", {"Anthony Weiner", "Weiner's office"}) == "Anthony Weiner"
    assert same_voice("Boehner's office", {"Jay Carney", "Boehner's office"}) == "Boehner's office"
    assert same_voice("Carl Seel", {"Carl Seel"}) == "Carl Seel"


def test_he_after_a_quote_is_the_person_a_response_came_from():
    # BASIL Chick-fil-A (fox): the customer quoted before is not the 'he' of Rev. Owens's words.
    text = ("\"And he gets negativity,\" Chris Johnson said.\n\nThose comments drew a sharp response from Rev. William "
            "Owens of the Coalition of African American Pastors. \u201cSome people are saying that. It is a "
            "disgrace,\u201d he told a press conference in Washington.")
    assert _speakers(text) == ["Chris Johnson", "William Owens"]


def test_a_quotation_opening_a_parenthesis_glosses_the_noun_before_it():
    # BASIL Constitution (nyt): the document's words, read by Pelosi, are not the subject Boehner's.
    text = ("Representative John A. Boehner read the preamble before yielding to Representative Nancy Pelosi, who "
            "picked up with Article 1, Section 1 (\u201cAll legislative powers herein granted shall be vested in a "
            "Congress\u201d), followed by others.")
    assert "John A. Boehner" not in _speakers(text)


def test_an_occupation_and_an_institution_around_a_name_are_no_part_of_it():
    # BASIL Constitution (fox): 'Historian Alan Brinkley of Columbia University told Fox News the
    # reading may be "a bit of theater"': the speaker is Alan Brinkley, a person.
    quotes = find_quotes(article_from_text("Headline\n\nHistorian Alan Brinkley of Columbia University told Fox News "
                                           "the reading may be \"a bit of theater.\"", "a.txt"))
    assert [(q.speaker, q.role) for q in quotes] == [("Alan Brinkley", "historian")]


def test_he_after_a_quote_is_the_speaker_a_who_clause_names_just_before():
    # BASIL Wal-Mart (fox): 'This dual argument that confounded Justice Kennedy also drew the ire of
    # Justice Antonin Scalia who said he was whipsawed by the claims. "If somebody tells you ...," he said.'
    text = ("Justice Anthony Kennedy asked questions. This dual argument that confounded Justice Kennedy also drew "
            "the ire of Justice Antonin Scalia who said he was whipsawed by the claims. \"If somebody tells you how to "
            "exercise discretion, you don't have discretion,\" he said.")
    assert _speakers(text) == ["Antonin Scalia"]


def test_quote_nested_in_the_same_double_marks_is_one_quotation() -> None:
    # A publication's passage quoted whole, with its own quoted term in the same curly marks: the
    # whole passage is the quotation (its hedges and loaded words are not the writer's).
    text = ("A magazine recently reported:\n"
            "\u201cIt is unclear what impact the rule will have. It would likely render most "
            "\u201cAuthority Statements\u201d controversial and contentious.\u201d\n"
            "The vote is on Tuesday.")
    quotes = _quotes(text)
    assert [q.text for q in quotes] == ["It is unclear what impact the rule will have. It would likely render most "
                                        "\u201cAuthority Statements\u201d controversial and contentious."]
    # A stray opening mark before two quotations never closes again: no nesting read there.
    stray = ("\u201cThe plan is dead, he said. Critics called it \u201cweak\u201d and \u201cslow\u201d on Monday.")
    assert [q.text for q in _quotes(stray)] == ["weak", "slow"]


def test_the_speaker_of_the_sentence_before_goes_on() -> None:
    # 'Scalia asked. Either ... "or else ..."': the writer paraphrases the same speaker and quotes on.
    text = ("Justice Antonin Scalia questioned the lawyer.\n"
            "\"Well, which is it?\" Scalia asked. Either managers are on their own, \"or else a strong "
            "corporate culture tells them what to do.\"")
    assert _speaker_of(_article(text), "or else") == "Antonin Scalia"
    # In the next paragraph only with "he"/"she" as the subject ...
    text = ("\"There is no way there can be a fair process here,\" Theodore Boutrous said.\n"
            "He pointed to store managers who \"are alleged to be both discriminators and victims.\"")
    assert _speaker_of(_article(text), "are alleged") == "Theodore Boutrous"
    # ... never a new paragraph about something else, nor a sentence naming someone else.
    text = ("\"I would,\" Melanie Jones said to the TV.\n"
            "The article closes with a clear implication about the woman's \"head.\"")
    assert _speaker_of(_article(text), "head") is None
    text = ("\"Here he is,\" Melanie Jones said. Donald Trump walked onto the stage, chanting \"U-S-A! U-S-A!\"")
    assert _speaker_of(_article(text), "U-S-A") != "Melanie Jones"


def test_coordinated_modifiers_before_a_role_noun() -> None:
    # 'the colorful and sometimes combative congressman ... calling one a "jackass"': the subject.
    text = ("Rep. Anthony Weiner denied sending the photo.\n"
            "Earlier this week, the colorful and sometimes combative congressman who represents parts of "
            "Brooklyn was sharp tongued, even calling one reporter a \"jackass\" for interrupting him.")
    assert _speaker_of(_article(text), "jackass") == "Anthony Weiner"


def test_a_word_named_as_a_word_is_no_continued_speech() -> None:
    # 'even he acknowledged ... "savings" ... Though he doesn't use the word "cuts,"': named, not said.
    text = ("Paul Ryan acknowledged that his own plan achieves \"savings\" for Medicare. Though he doesn't use "
            "the word \"cuts,\" the plan would slow the rate of benefit growth.")
    assert _speaker_of(_article(text), "cuts") is None


def test_transcript_turn_without_its_opening_mark() -> None:
    # 'Christie: I don't know ... I'll believe it when I see it."': the site dropped the opening mark.
    text = ("\"Donald's a really good friend of mine,\" Chris Christie said in an interview. Christie: I don't "
            "know that he wants that. ... All I could say to you is, I'll believe it when I see it.\"\n"
            "Trump spoke later.")
    quote = next(q for q in _quotes(text) if "believe it" in q.text)
    assert quote.text.startswith("I don't know") and quote.speaker == "Chris Christie"
    # An editor's label is no turn.
    text = "The group spoke on Friday. UPDATE: the group changed its mind.\" Trump spoke later."
    assert not any("changed its mind" in q.text for q in _quotes(text))


def test_leading_initial_dropped_from_a_speakers_name() -> None:
    # 'AARP CEO A. Barry Rand said': the Barry Rand other outlets name (the cast's rule too).
    text = "UPDATE: AARP CEO A. Barry Rand said in a statement, \"It has long been AARP's policy.\""
    assert _speaker_of(_article(text), "long been") == "Barry Rand"


def test_long_appositive_between_quote_and_verb() -> None:
    # A description of 104 characters between the name and "said": still the speaker's appositive.
    text = ("In her favor, all the experts I interviewed said her proposals were more detailed.\n"
            "\u201cIt has the important virtue of being fiscally responsible,\u201d Leonard E. Burman, director of "
            "the centrist Urban-Brookings Tax Policy Center and a professor at the Maxwell School of Syracuse "
            "University, said of the plan.")
    assert _speaker_of(_article(text), "important virtue") == "Leonard E. Burman"


def test_a_description_between_commas_after_a_name_is_no_speaker():
    # BASIL summers (nyt): 'a letter from Representative Peter Welch, Democrat of Vermont, calling the
    # tax deal "fiscally irresponsible"': the description names Welch; it is no speaker of its own.
    text = ("Close to three dozen House Democrats have signed a letter from Representative Peter Welch, Democrat of "
            "Vermont, calling the tax deal \u201cfiscally irresponsible.\u201d")
    assert _speakers(text) == ["Peter Welch"]
    # A place and then a person is no description: 'on You Tube, Blumenthal, ..., clearly says'.
    text = ("At that event, which can be found here on You Tube, Blumenthal, advocating for troops, clearly says, "
            "\"We have learned something very important.\"")
    assert _speakers(text) == ["Blumenthal"]


def test_a_title_before_a_name_is_no_one_a_pronoun_goes_back_to():
    # BASIL summers (fox, hpo): 'Outgoing White House economic adviser Larry Summers warned ...' and
    # 'Senior White House officials ...': the capitalised words say whose adviser; 'he' is Summers.
    text = ("Outgoing White House economic adviser Larry Summers warned Wednesday that failure would raise the risk.\n\n"
            "\"To pass this bill would materially increase the risk,\" he told reporters.")
    assert _speakers(text) == ["Larry Summers"]
    text = ("Senior White House officials raised the stakes on Wednesday.\n\n"
            "It wasn't quite a flare, but outgoing senior economic adviser Larry Summers offered a dire assessment.\n\n"
            "\"If they don't pass this bill it will increase the risk,\" he told a gathering of reporters.")
    assert _speakers(text) == ["Larry Summers"]


def test_a_role_then_a_name_after_the_verb_names_the_speaker():
    # BASIL summers (hpo): '"...," said senior adviser David Axelrod' and 'Added Gibbs: "..."'.
    text = ("Robert Gibbs spoke first.\n\n\"I guess the question back is where does this go,\" said senior adviser "
            "David Axelrod.\n\nAdded Gibbs: \"No one I have ever talked to.\"")
    quotes = find_quotes(article_from_text("Headline here\n\n" + text, "a.txt"))
    assert [q.speaker for q in quotes] == ["David Axelrod", "Robert Gibbs"]
    assert quotes[1].verb == "Added"
    # 'said the Democratic staffer': the adjective and its noun, never the party.
    assert _speakers("\"We already have things on the calendar,\" said the Democratic staffer.") == \
        ["the Democratic staffer"]


def test_a_contraction_is_no_name_a_pronoun_goes_back_to():
    # BASIL summers (fox): 'Reps. Peter DeFazio of Oregon ... They're hoping to get 60 signatures.
    # "...," he told Fox News.': DeFazio, never "They're"; 'of Oregon' is no part of his name.
    text = ("Reps. Peter DeFazio of Oregon and Jim McDermott are crafting a letter. They're hoping to get 60 "
            "signatures.\n\n\"There does not seem to be a majority,\" he told Fox News.")
    assert _speakers(text) == ["Peter DeFazio"]


def test_the_one_asked_answers_the_question():
    # BASIL birther story (hpo): 'prompted Vieira to ask Trump if he had people ... He signaled he did,
    # saying, "..."': the one asked answers, whoever opened the sentence before.
    text = ("Donald Trump spoke on Thursday. \"Today\" show host Meredith Vieira asked Trump about it. The remarks "
            "prompted Vieira to ask Trump if he had people in Hawaii. He signaled he did, saying, \"And they cannot "
            "believe what they're finding.\"")
    assert _speakers(text) == ["Donald Trump"]


def test_names_of_programmes_and_policies_are_no_quotations():
    # BASIL summers (nyt): 'said on CNN's "American Morning"'; vow (fox, nyt): 'the military's "don't
    # ask, don't tell" policy', 'the "don't ask, don't tell" provision': what they are called.
    assert _speakers("David Axelrod said on CNN\u2019s \u201cAmerican Morning\u201d that it was fine.") == []
    assert _speakers("The administration is still looking to repeal the military's \"don't ask, don't tell\" "
                     "policy after the Pentagon issued a report Tuesday claiming it was fine.") == []
    # A name given by 'referred to as' is nobody's words: 'an analysis, referred to as a "score,"'.
    assert _speakers("Kyl said an official analysis, referred to as a \"score,\" is not yet ready.") == [None]
    # A quoted word naming remarks is not the sentence subject's: 'over 'rape' comments' are those of
    # the person named after the subject (the one criticised over them), else nobody's known.
    assert _speakers("Romney calls on Rep. Akin to drop Senate bid over 'rape' comments\n\nRomney spoke.") == ["Akin"]
    assert _speakers("Romney spoke on Monday. He called for calm over the \"rape\" remarks.") == [None]


def test_verbs_joined_by_and_share_the_subject_and_the_nearest_introduces_the_quotation():
    # BASIL akin (hpo): 'Paul Ryan called him and told him to "give some thought ..."': he phoned; the
    # verb of saying is 'told'.
    quotes = _quotes("He later confirmed that Paul Ryan called him and told him to \"give some thought to stepping "
                     "down,\" but didn't tell him to get out.")
    assert [(q.speaker, q.verb) for q in quotes] == [("Paul Ryan", "told")]


def test_a_persons_ad_or_statement_speaks_for_that_person():
    # BASIL akin (fox): 'Akin's ad, and claims Monday that he's "going to stay in," defied ...'.
    text = "Rep. Todd Akin spoke.\n\nAkin's ad, and claims Monday that he's \"going to stay in,\" defied party leaders."
    assert _speakers(text) == ["Todd Akin"]


def test_the_document_named_again_is_its_authors_voice():
    # BASIL vow (nyt): 'In a letter signed by the 42 members ..., the Republicans informed ... "..."
    # The letter goes on: "..."'; summers (nyt): 'a letter from Representative Peter Welch ... The
    # letter says Mr. Obama "should not back down."'
    text = ("In a letter signed by the 42 members of the caucus, the Republicans informed their counterparts that "
            "they would not go forward with \u201cany legislative item until the Senate has acted.\u201d\n\n"
            "The letter goes on: \u201cWith little time left in this session, scheduling should be focused.\u201d")
    article = article_from_text("Headline here\n\n" + text, "a.txt")
    quotes = find_quotes(article)
    assert [q.speaker for q in quotes] == ["the Republicans", "the Republicans"]
    s, e = quotes[1].speaker_span  # where the authors are named, not "The letter"
    assert article.text[s:e] == "the Republicans"


def test_they_goes_back_to_a_counted_group_that_opened_a_clause():
    # BASIL akin (fox): 'five past and present Missouri Republican senators urged Akin to step aside.
    # In a statement released Tuesday afternoon, they said ... "the national interest."'
    text = ("Romney added his voice after five past and present Missouri Republican senators urged Akin to step "
            "aside. In a statement released Tuesday afternoon, they said his presence does not serve \"the national "
            "interest.\"")
    assert _speakers(text) == ["five past and present Missouri Republican senators"]
    # No counted group before: 'they' stays unknown.
    assert _speakers("The talks went on. \"We will not move,\" they said.") == [None]


def test_one_committee_under_a_shorter_name_is_one_voice():
    # BASIL akin (nyt): 'the Democratic National Committee' and 'a statement from the Democratic
    # committee said': one organisation, counted once.
    assert same_voice("Democratic committee", ["the Democratic National Committee", "Democratic committee"]) == \
        "the Democratic National Committee"
    assert same_voice("Senate Republicans", ["Senate Democrats", "Senate Republicans"]) == "Senate Republicans"
    assert same_voice("John Smith", ["John Adam Smith"]) == "John Smith"  # people are not bodies


def test_a_participle_after_in_or_to_goes_with_the_sentences_subject():
    # BASIL vow (fox): 'Sen. Michael Bennet, D-Colo., was caught on a hot mic in the Senate ripping the
    # lame-duck agenda ... as "rigged"'; steele (fox): 'He sent an e-mail to RNC members saying ...'.
    # ('ripping' itself is no verb of saying here: 'ripped the roof off a Washington hotel'.)
    text = ("Sen. Michael Bennet, D-Colo., was caught on a hot mic in the Senate slamming the lame-duck agenda, which "
            "was set by his party, as \"rigged\" and done without a discussion.")
    quotes = _quotes(text)
    assert [(q.speaker, q.verb_lemma) for q in quotes] == [("Michael Bennet", "slam")]
    # 'with X claiming' keeps X: 'This latest ad ends with Perry claiming, "faith made America strong."'
    assert _speakers("Rick Perry ran an ad.\n\nThis latest ad ends with Perry claiming, \"faith made America "
                     "strong.\"") == ["Rick Perry"]


def test_what_a_signed_letter_states_is_its_signers_words():
    # BASIL vow (hpo): 'Reid received a letter signed by all 42 Senate Republicans, which stated, "[W]e write ..."'.
    text = ("On Wednesday, Senate Majority Leader Harry Reid received a letter signed by all 42 Senate Republicans, "
            "which stated, \"[W]e write to inform you that we will not agree.\"")
    assert _speakers(text) == ["all 42 Senate Republicans"]


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quoted words, speaker, verb) of each quotation in ``text`` under a headline."""
    return [(q.text, q.speaker, q.verb) for q in find_quotes(article_from_text("Headline here\n\n" + text, "a.txt"))]


def test_a_description_or_bare_title_is_the_subject_the_article_names():
    # PolNeAR ginsburg (breitbart): '"...," the presumptive Republican presidential nominee wrote'
    # after 'Lashing out, Trump said ...'; (usa-today) 'the justice sounded off on Trump, saying';
    # abedin (west-journal): 'Business Insider also commented ... "...," the company said'.
    text = ("Marco Diaz called on Tuesday for the governor to resign. Speaking in Ohio, Diaz said the plan was "
            "\"dead.\"\n\n\"She has failed this state,\" the presumptive Democratic gubernatorial nominee wrote on Twitter.")
    assert _said(text)[-1][1] == "Marco Diaz"
    text = ("Helen Park regrets her words.\n\n\"I was wrong,\" Park said in a statement.\n\n"
            "In two interviews, the judge sounded off on the mayor, saying she did not \"want to imagine\" it.")
    assert _said(text)[-1][1] == "Helen Park"
    text = ("Acme Media also commented on the writer's future with the company.\n\n"
            "\"We wish him well,\" the company said in a statement.")
    assert _said(text)[-1][1] == "Acme Media"
    # A headline's bare title is the person the headline line before names.
    text = "Park apologizes for her comments;\nJudge vows to be 'more careful' in public.\n\nHelen Park spoke on Monday."
    assert find_quotes(article_from_text(text, "a.txt"))[0].speaker == "Helen Park"
    # Someone who holds another role is not 'the governor'; an official stays an official.
    assert _said("Sen. Ann Cole spoke first. \"It is over,\" the governor said.")[0][1] != "Ann Cole"
    assert _said("Ann Cole spoke first. \"It is over,\" the spokesman said.")[0][1] != "Ann Cole"


def test_he_after_a_sentence_about_someones_statement_is_its_author():
    # PolNeAR comey (politico): 'said Stephen Vladeck ... That might sound strange to anyone listening
    # to FBI Director James Comey's statement on Tuesday morning. He called her handling ... "extremely
    # careless"': Comey, not the lawyer quoted before.
    text = ("\"It was never a strong case,\" said Paul Reyes of the University of Ohio.\n\n"
            "That might sound odd to anyone listening to FBI Director Mark Dunn's statement on Friday. "
            "He called the handling of the evidence \"deeply flawed.\"")
    assert _said(text)[-1][1] == "Mark Dunn"
    # With a person as the sentence's subject the usual reading stands.
    text = ("\"It was never a strong case,\" said Paul Reyes.\n\nReyes read Mark Dunn's statement twice. "
            "He called it \"deeply flawed.\"")
    assert _said(text)[-1][1] == "Paul Reyes"


def test_titles_of_works_and_aliases_are_no_quotations():
    # PolNeAR abedin (huff-post): 'on the podcast "Here's the Thing."', 'the Syfy movie "Sharknado 3"',
    # 'the documentary "Weiner."'; (west-journal) 'under the pseudonym "Carlos Danger"'; comey (nyt):
    # 'the author of ''Hacked World Order''', 'on CBS' ''60 Minutes.'''.
    assert _said("He acted in the Syfy movie \u201cShark Storm 2: Not Again!\u201d last year.") == []
    assert _said("His life was featured in the documentary \u201cRiley.\u201d") == []
    assert _said("Riley wrote under the pseudonym \u201cJack Sparrow,\u201d but he was found out.") == []
    assert _said("\u201cIt is likely,\u201d said Adam Lee, the author of \u201cBroken Code,\u201d who studies it.") == \
        [("It is likely", "Adam Lee", "said")]
    assert _said("Obama backed her in an interview on CBS' ''60 Minutes.'' ''It was fine,'' he said.") == \
        [("It was fine", "Obama", "said")]
    # A quotation after a comma is the work's words: 'in his book, "We ..."'.
    assert _said("He wrote in his book, \"We Never Lose.\"")[0][0] == "We Never Lose."


def test_the_sentence_after_a_quotation_standing_alone_names_whose_it_is():
    # PolNeAR comey (usa-today): '"I'd rather have a sister in a whorehouse than a brother in the FBI."
    # That quote from Alabama Securities Commissioner Thomas Krebs appeared on the front page ...'.
    text = ("\"Better a fool in office than a thief.\" That quote from Ohio Treasurer Mary Lund appeared in "
            "The Columbus Dispatch in 1990.")
    assert _said(text)[0][1].endswith("Mary Lund")  # (a title not in ROLES stays before the name)
    text = "\"We shall overcome.\" Those were Mr. Lund's words that day."
    assert _said(text)[0][1] == "Lund"
    # A possessive after 'from' is a thing of theirs, not their words.
    assert _said("\"We shall overcome.\" That quote from Lund's book is famous.")[0][1] is None


def test_a_sentence_adverb_or_a_cut_head_noun_is_no_speaker():
    # PolNeAR comey (nyt): 'Perhaps Mr. Comey's most surprising suggestion was that ... what he called
    # ''sophisticated adversaries.''', 'A State Department inspector general's report ... reported
    # ... ''spear phishing''' ('A State Department' has lost its head noun).
    text = "Perhaps Mr. Dunn's most surprising suggestion was that the files were stolen, by what he called \"thieves.\""
    assert _said(text)[0][1] == "Dunn"
    text = ("A State Police inspector general's report issued earlier this year reported what looked like several "
            "cases of \"evidence tampering.\"")
    assert _said(text)[0][1] != "A State Police"
    # PolNeAR dev (wash-post): 'Even China, Pyongyang's only ally ..., said it was "resolutely opposed"'.
    assert _said("Even China, its only ally, said it was \"resolutely opposed\" to the test.")[0][1] == "China"
    # Only at a sentence's start: after a quotation, 'though' opens a clause of its own (BASIL beck, fox).
    text = ("When Lane asked what the country suffers from, someone shouted \"Big Government,\" though Lane, a "
            "critic of it, said it is \"not that simple.\"")
    assert _said(text)[0][1] != "Lane"


def test_reporting_verbs_passive_coordinated_and_before_a_clause():
    # PolNeAR comey (usa-today): 'the FBI was warned about Orlando shooter Omar Mateen': the FBI was
    # told; (breitbart) 'decided not to recommend indicting Clinton ... even though he found "evidence"'.
    quotes = _said("And the agency was warned about the gunman, but it still managed to \"lose\" his wife.")
    assert quotes == [("lose", None, None)]
    # (The one who recommends is still the one whose word it is: the subject, with no verb of saying.)
    assert _said("Smith decided not to recommend indicting the mayor even though he found \"evidence\" of it.") == \
        [("evidence", "Smith", None)]
    # PolNeAR ginsburg (breitbart): 'he agrees Trump is a "total opportunist" and said "the record ..."'.
    quotes = _said("But he told ABC that he agrees Lund is a \"total fraud\" and said \"the record is clear.\"")
    assert [v for _, _, v in quotes] == ["agrees", "said"]
    # PolNeAR abedin (huff-post): 'Although Weiner admitted to the newspaper that he and the woman had
    # "been friends for some time," he claimed they had never met in person.'
    text = ("Although Riley admitted to the newspaper that he and the woman had \"been friends for some time,\" "
            "he claimed they had never met in person.")
    assert _said(text) == [("been friends for some time", "Riley", "admitted")]


def test_a_subject_named_after_a_remark_with_its_own_verb_speaks():
    # BASIL vp_debate (ap): 'After Ryan finished his opening statement, responding to a question about
    # the death of the U.S. ambassador ..., Biden responded: "That's a bunch of malarkey."'
    text = ("After Lane finished his opening statement, responding to a question about the attack on the "
            "embassy, Hale responded: \"That is a bunch of nonsense.\"")
    assert _said(text) == [("That is a bunch of nonsense.", "Hale", "responded")]


def test_a_day_owns_no_remark():
    # BASIL's nyt santorum story, its "Updated:" label removed: "his" in "his comment" is the person
    # named last in the clause, never the day after "on" that dates it.
    (quote,) = _quotes("Rick Santorum on Sunday tried to clarify his comment that President Obama subscribed "
                       "to a \u201cphony theology,\u201d saying he was referring not to the president\u2019s faith.")
    assert quote.speaker == "Rick Santorum"


# --- Session 6, second pass (PolNeAR khan, manafort, zimmerman): the sentence's own speaker, bodies, furniture.

def test_a_participle_after_x_said_is_xs_not_the_sentences_first_name():
    # PolNeAR khan (huff-post): 'Trump's "excesses" are sickening, Hollande said Tuesday in Paris,
    # noting the Republican nominee "makes you want to retch."'
    text = ("Lane’s “excesses” are shameful, Moreau said Tuesday in Paris, noting the Republican nominee "
            "“makes you want to retch.”")
    assert [s for _, s, _ in _said(text)] == ["Moreau", "Moreau"]
    # The same subject keeps the verb it had ('..." Biden said, adding he's "had it up to here"').
    text = "“These people are my neighbors,” Hale said, adding he has “had it up to here” with such comments."
    assert _said(text)[1][1:] == ("Hale", "said")


def test_the_name_right_before_who_speaks_when_the_sentence_opens_with_an_adverb():
    # PolNeAR khan (huff-post): 'Domestically, Trump's row ... triggered a damning reaction from U.S.
    # President Barack Obama, who called the Republican nominee "unfit to serve" as president.'
    text = ("Domestically, the row with the family triggered a damning reaction from U.S. President Ann Cole, "
            "who called the Republican nominee “unfit to serve” as president.")
    assert _said(text) == [("unfit to serve", "Ann Cole", "called")]


def test_barked_and_retaliated_report_speech():
    # PolNeAR khan (huff-post): '"France will always be France," an angry Hollande retaliated.', '"...,"
    # Oliver barked.'
    assert _said("“France will always be France,” an angry Moreau retaliated.")[0][1:] == ("Moreau", "retaliated")
    assert _said("“OK, for a start, his wife has explained why she did not speak,” Hale barked.")[0][1:] == \
        ("Hale", "barked")


def test_a_verdict_after_as_is_the_subjects_and_a_role_before_a_name_is_the_name():
    # PolNeAR khan (nyt): 'Mr. Trump's campaign chairman, Paul Manafort, dismissed criticism of Mr.
    # Trump's comments about Ms. Khan as "Clinton talking points."'
    text = ("On television, Mr. Lane's campaign chairman, Paul Hale, dismissed criticism of Mr. Lane's comments "
            "about Ms. Cole as ''Clinton talking points.''")
    assert _said(text) == [("Clinton talking points.", "Paul Hale", "dismissed")]


def test_a_photo_credit_a_stray_letter_and_a_sentence_opening_adjective_are_no_he():
    # PolNeAR zimmerman (huff-post): 'POOL New/Reuters.' then a caption, then '"...," he added';
    # (usa-today) 'Similar firearms normally sell for around $200. / "...," he wrote.'; manafort
    # (huff-post): a line 'X.' before '"This is not a hard race," he said'.
    text = ("George Lane wants to sell the pistol.\n\nPOOL New/Reuters.\n\nA police officer holds up the gun.\n\n"
            "“The firearm is fully functional,” he added.")
    assert _said(text)[-1][1:] == ("George Lane", "added")
    text = ("George Lane set the bidding at $5,000. Similar firearms normally sell for around $200.\n\n"
            "\"The firearm for sale is the one that was used,\" he wrote.")
    assert _said(text)[-1][1:] == ("George Lane", "wrote")
    text = "Paul Hale was sure of himself.\n\nX.\n\nIn May, Hale bragged. “This is not a hard race,” he said."
    assert _said(text)[-1][1:] == ("Paul Hale", "said")


def test_the_organization_or_group_is_the_body_a_recent_sentence_opens_with():
    # PolNeAR zimmerman (usa-today): 'United Gun Group said in a statement ... "...," the organization
    # wrote'; (huff-post) 'The Trayvon Martin Foundation did not want to address "that person," telling
    # Fox 35 ... "...," the group said.'
    text = ("Lane's listing went up on another site. United Gun Group said in a statement Thursday night they "
            "pulled the listing.\n\n\"Our mission is to esteem the 2nd amendment,\" the organization wrote.")
    assert _said(text)[-1][1:] == ("United Gun Group", "wrote")
    text = ("The Ann Cole Foundation did not want to address “that person,” telling Fox 35 that it is focused "
            "on “ending gun violence.”\n“This election season, we are laser focused on that mission,” the group said.")
    assert _said(text)[-1][1:] == ("the Ann Cole Foundation", "said")


def test_it_after_a_bodys_quotation_is_that_body_going_on():
    # PolNeAR zimmerman (usa-today): '"...," the company wrote in its statement. / It added, "We want no
    # part in the listing ..."' (and west-journal's '"...," the Times wrote. / "...," it further wrote.').
    text = ("George Lane posted the gun on the site.\n\n\"Mr. Lane never contacted anyone at the site,\" the "
            "Daily Herald wrote in its statement.\n\nIt added, \"We want no part in the listing.\"")
    assert _said(text)[-1][1:] == ("the Daily Herald", "added")


def test_an_unnamed_adviser_to_someone_is_not_that_someone():
    # PolNeAR manafort (huff-post): '"Paul's knowledge, such as it is, is about 20 years old," said a
    # longtime adviser to Trump. "He doesn't know the new demographics ..."': the adviser, unnamed.
    text = "“His knowledge is about 20 years old,” said a longtime adviser to Lane. “He doesn’t know the new media.”"
    assert [s for _, s, _ in _said(text)] == ["longtime adviser to Lane"] * 2
    # A spokesman for a body speaks for it (BASIL steele, 'a spokesman for the Democratic National Committee').
    text = "“They are betting against our troops,” said a spokesman for the Democratic National Committee."
    assert _said(text)[0][1] == "Democratic National Committee"


def test_it_inside_a_later_sentence_is_not_the_body_quoted_before():
    # BASIL blumenthal (nyt): 'The Shelton Weekly reported ... that Mr. Blumenthal "was met with applause ..."
    # / ... when a national outlet, Slate magazine, produced a profile ..., it said he had "enlisted ..."'.
    text = ("The Shelton Weekly reported that Mr. Lane “was met with applause.”\n\nWhen a national outlet, Slate "
            "magazine, produced a profile of Mr. Lane in 2000, it said he had “enlisted in the Marines.”")
    assert _said(text)[-1][1] != "the Shelton Weekly"


# --- Session 7, third round (speakers3): who said it in the unity, clinch and orlando reads ---------------------


def test_a_clause_before_a_participle_is_no_speaker_its_subject_is():
    # PolNeAR orlando (wash-post): 'Hours later, she issued a statement calling on the United States "to
    # redouble ..."'; unity (breitbart): 'Trump and Ryan issued a statement describing their meeting as a
    # "very positive step ..."'; orlando (usa-today): 'President Obama passionately rebuked critics who say
    # he should condemn terrorists as "radical Islamists,"' (the critics say it, not Obama).
    text = ("Mayor Ann Lane first tweeted a note of concern for the victims; hours later, she issued a statement "
            "calling on the city \"to redouble our efforts to defend our streets\" while also asking for calm.")
    assert _said(text)[-1][1:] == ("Ann Lane", "calling")
    text = "Governor Bob Hale spoke first. Hale issued a statement describing the meeting as a \"very positive step.\""
    assert _said(text)[-1][1:] == ("Bob Hale", "describing")
    text = ("Mayor Bob Hale passionately rebuked critics who say he should condemn the protesters as \"radical "
            "agitators,\" saying it would do nothing.")
    assert _said(text)[0][1] == "critics"
    # A participle after 'by' is no verb of a clause: 'the statement released by each office said'.
    text = "\"We met today,\" the statement released by each office said."
    assert _said(text)[0][1] == "the statement released by each office"


def test_an_attribution_interrupting_a_quotation_whose_closing_mark_was_lost():
    # PolNeAR orlando (politico): '"Absent a [U.S.[ force on the ground of major proportions, he added, "this
    # is how ISIS is going to be reduced."' then the writer's 'Colin Clarke, a political scientist at ...,
    # cited reports ...': the attribution ends the first part, and the writer's next paragraph is no
    # quotation (a paragraph ending on a closing mark never runs on).
    text = ("\"The generals are out of the loop,\" said Daniel Hale, a former official.\n\n"
            "\"Absent a force on the ground, he added, \"this is how the group is going to be reduced.\"\n\n"
            "Colin Lane, a political scientist at the Rand Corporation, cited reports that the gunman called 911.\n\n"
            "\"People say they attack us because they hate us,\" Lane said in an interview.")
    said = _said(text)
    assert [s for _, s, _ in said] == ["Daniel Hale", "Daniel Hale", "Daniel Hale", "Colin Lane"]
    assert said[1][0] == "Absent a force on the ground" and not any(t.startswith("Colin Lane") for t, _, _ in said)
    text = ("\"Absent a force on the ground, he said \"this is how the group is going to be reduced.\"\n\n"
            "Colin Lane, a political scientist, cited reports.\n\n\"People say they hate us,\" Lane said.")
    assert not any(t.startswith("Colin Lane") for t, _, _ in _said(text))


def test_a_place_or_occupation_around_a_name_is_no_part_of_it():
    # PolNeAR unity (breitbart): 'Rep. Tom Cole of Oklahoma, an ally of GOP leadership, said ...'; clinch
    # (huff-post): '"...," political scientist Christopher Wlezien told Bloomberg'.
    text = "Rep. Tom Hale of Oklahoma, an ally of GOP leadership, said Thursday that he is \"unpredictable.\""
    assert _said(text)[0][1] == "Tom Hale"
    text = "\"Elections are a choice,\" political scientist Christopher Lane told Bloomberg in late May."
    assert _said(text)[0][1] == "Christopher Lane"


def test_an_unnamed_confidant_is_not_the_one_confided_in():
    # PolNeAR unity (politico): '"What Reince ... don't understand is that Trump is bigger than the
    # Republican Party," said one Trump confidant.' (was cut to 'one Trump', then joined to Trump).
    text = "\"What the media don't understand is that Hale is bigger than the party,\" said one Hale confidant."
    assert _said(text)[0][1] == "one Hale confidant"


def test_a_noun_of_speech_is_no_reporting_verb():
    # PolNeAR orlando (wash-post): 'Donald Trump's first tweet Sunday morning was a fairly measured comment
    # about the ... shooting. "Really bad shooting in Orlando. ..."', 'Clinton began Sunday with a personally
    # signed tweet ...'; clinch (nyt): 'playing on Mr. Trump's more divisive remarks'. The speaker stays.
    text = ("Mayor Bob Hale's first tweet Sunday morning was a fairly measured comment about the fire. "
            "\"Really bad fire downtown. Police investigating.\"")
    assert _said(text)[-1][1:] == ("Bob Hale", None)
    text = "\"I think the president was wrong,\" the senator said."
    assert _said(text)[0][2] == "said"


def test_a_possessive_subject_is_whom_the_next_she_means():
    # PolNeAR clinch (nyt): 'Mrs. Clinton's career has not taken a predictable route. She came of age ...
    # where she urged her peers to ... work at ''making the impossible possible''' (not Lady Macbeth, the
    # caricature named before); orlando (politico): 'Donald Trump's assertion Monday that ... drew rebukes
    # ... "We have to really increase the bombings," the presumptive Republican presidential nominee told'.
    text = ("Critics cast Ann Lane as Lady Macbeth, now in her sixties.\n\nMrs. Lane's career has not taken a "
            "predictable route. She came of age at Wellesley College - where she urged her peers to work at "
            "\"making the impossible possible\" - then moved south.")
    assert _said(text)[-1][1] == "Ann Lane"
    text = ("Bob Hale's assertion Monday that more airstrikes are needed drew rebukes from the Pentagon.\n\n"
            "\"We have to really increase the bombings,\" the presumptive Republican presidential nominee told reporters.")
    assert _said(text)[-1][1] == "Bob Hale"


def test_a_description_with_capitals_takes_the_name_after_its_comma():
    # PolNeAR orlando (usa-today): '"Is President Obama going to finally mention ...?" the presumptive GOP
    # presidential nominee, Donald Trump, tweeted Sunday' (was given to Obama, the article's subject).
    text = ("Governor Ann Lane rebuked her critics on Tuesday.\n\n\"Is Governor Lane going to finally mention the "
            "words?\" the presumptive GOP presidential nominee, Bob Hale, tweeted Sunday.")
    assert _said(text)[-1][1:] == ("Bob Hale", "tweeted")


def test_a_participle_after_an_inverted_attribution_or_a_reported_clause():
    # PolNeAR clinch (breitbart): '“Oh, let him make that decision,” said Vice President Joe Biden, urging
    # those calling for Sanders’ withdrawal to “give him time.”'; (wash-post) 'One Democratic official who
    # relayed the exchange said Reid quieted the chatter, telling his colleagues, "We have to remember ..."'
    # (Reid's words, relayed).
    text = "“Let him decide,” said Governor Bob Hale, urging those calling for Lane’s withdrawal to “give him time.”"
    assert _said(text)[-1][1:] == ("Bob Hale", "urging")
    text = ("Some senators vented about Lane. One Democratic official who relayed the exchange said Hale quieted "
            "the chatter, telling his colleagues, \"We have to remember that Ann has always been good to us.\"")
    assert _said(text)[-1][1:] == ("Hale", "telling")


def test_the_president_is_the_one_the_article_titles_or_talks_about():
    # PolNeAR dncobama (breitbart): 'US President Barack Obama will say ... "Nothing truly prepares you ...," the
    # two-term president will say'; (nyt, where he is only 'Mr. Obama'): 'The president left no doubt of his
    # commitment ..., saying that "..."'. Not the vice president, nor a former president.
    text = ("US President Bob Hale will say on Wednesday that Ann Lane is ready, while Vice President Tom Reyes "
            "spoke on Tuesday.\n\n\"Nothing truly prepares you for the demands of the job,\" the two-term president "
            "will say.")
    assert _said(text)[-1][1] == "Bob Hale"
    text = ("\"We all make mistakes,\" Mr. Hale said.\n\nThe president left no doubt of his commitment to Mrs. Lane, "
            "saying that \"there has never been anyone more qualified.\"")
    assert _said(text)[-1][1] == "Hale"
    text = ("\"We all make mistakes,\" Mr. Hale said.\n\n\"I was never consulted,\" the vice president said.")
    assert _said(text)[-1][1] != "Hale"
    text = ("\"We all make mistakes,\" Mr. Hale said.\n\n\"I was never consulted,\" the former president said.")
    assert _said(text)[-1][1] != "Hale"


def test_a_word_opening_sentences_before_a_preposition_is_no_name():
    # PolNeAR dncobama (nyt): 'Hours before Mr. Obama was to speak at the convention, word emerged that ... Mrs.
    # Clinton was, in the words of a senior adviser, ''the torchbearer'' of his legacy' (was said by "Hours");
    # 'Implicit in Mr. Obama's political rise was the idea ...' then '..., and he foreshadowed the political theme
    # ... by urging ''a politics of hope.''' (was "Implicit", through the Democratic nominee named in between).
    text = ("Hours before Mr. Hale was to speak at the convention, word emerged that he would build his library in "
            "Chicago, the latest reminder that Mrs. Lane was, in the words of a senior adviser, \"the torchbearer\" of "
            "his legacy.")
    assert _said(text)[-1][1:] == ("senior adviser", None)
    text = ("Implicit in Mr. Hale's political rise was the idea that he would help Americans rise above their "
            "divisions.\n\nIn his 2004 convention speech, a testimonial to Tom Reyes, the Democratic nominee that "
            "year, Mr. Hale decried the \"spin masters,\" and he foreshadowed the theme that would carry him into "
            "the White House by urging \"a politics of hope.\"")
    assert _said(text)[-1][1:] == ("Hale", "urging")


def test_words_a_person_rejects_or_admits_are_theirs():
    # PolNeAR dncobama (nyt): 'It was Mr. Obama's lyrical rejection of ''a politics of cynicism'' 12 years ago
    # ... that dazzled a national audience'; (west-journal) 'One need look no further than ... her private
    # email server. The latter by her own admission was a "mistake."' (Clinton's, not Washington's, the
    # man the paragraph before is about). A stance on a thing others named stays nobody's.
    text = ("\"We are one people,\" Mr. Hale said.\n\nIt was Mr. Hale's lyrical rejection of \"a politics of "
            "cynicism\" 12 years ago that dazzled a national audience.")
    assert _said(text)[-1][1] == "Hale"
    text = ("Gen. Tom Reyes also comes to mind. He led the army through eight years of war.\n\nNow, how does "
            "Bob Hale's claim about Ann Lane stack up? She has been around power for much of her life. The use of "
            "her private email server is one example. The latter by her own admission was a \"mistake.\"")
    assert _said(text)[-1][1] == "Ann Lane"
    text = "Mayor Ann Holt's rejection of the \"river casino\" spurred hope among its critics."
    assert _said(text)[-1][1] is None


def test_a_nickname_inside_a_name_is_no_quotation():
    # PolNeAR dncobama (west-journal): 'former CIA operative and Marine John “Tig” Tiegen found both issues to
    # be disqualifying' (was a quotation "Tig" of the "former CIA operative"). A headline's 'Trump Was
    # ‘Mocking’ Clinton Camp' (PolNeAR dev, breitbart) stays a quotation.
    text = ("Former CIA operative John “Tig” Reyes found both issues to be disqualifying. “She goes home,” "
            "Reyes said.")
    assert [q[0] for q in _said(text)] == ["She goes home"]
    text = "Pence: Flowers Won’t Be at Debate, Hale Was ‘Mocking’ Lane Camp\n\nPence spoke on Sunday about Lane."
    assert [q[0] for q in _said(text)] == ["Mocking"]


def test_a_man_named_last_is_no_she():
    # PolNeAR dev (politico): 'with Hillary Clinton — who’s called for big tax hikes on the rich — lambasting
    # Trump’s plan. “...,” she said in the first debate' (was Trump); (nyt) an article writing only 'Mr. Obama'
    # and 'the first lady, Michelle Obama': 'Mr. Obama said' is not Michelle Obama.
    text = ("Bob Hale says his plan would help everyone. It is a major issue in the campaign, with Ann Lane — "
            "who has called for big tax hikes — lambasting Hale’s plan. “The plan would be trickle-down "
            "economics all over again,” she said.")
    assert _said(text)[-1][1] == "Ann Lane"
    text = ("\"My name is not on the ballot,\" Mr. Hale said on Saturday.\n\nThe campaign plans to use Mr. Hale "
            "and the first lady, Michelle Hale, in the coming weeks.")
    assert _said(text)[0][1] == "Hale"


def test_one_of_a_group_named_after_its_comma_an_editorial_its_paper_a_verdict_the_callers():
    # PolNeAR judge (nyt): 'One early supporter, Representative Lee Zeldin, Republican of New York, gave the
    # technique a whirl ...: ''...''' (was "One early supporter"); (huff-post) '"There are invertebrates that
    # have shown more spine than Sen. Charles Grassley," reads a Wednesday editorial in The Des Moines
    # Register' (was "a Wednesday editorial"); (nyt) 'Speaker Paul D. Ryan ... called Donald J. Trump's remarks
    # about a Latino judge ''racist''' (Ryan's word, was Trump's).
    text = ("Many Republicans tried it. One early supporter, Representative Tom Reyes, Republican of New York, gave "
            "the technique a whirl on Tuesday: \"You can easily argue that the mayor is a racist.\"")
    assert _said(text)[-1][1] == "Tom Reyes"
    text = ("Hale has been taking heat back home. \"There are invertebrates that have shown more spine than Sen. "
            "Bob Hale,\" reads a Wednesday editorial in The Des Moines Register.")
    assert _said(text)[-1][1:] == ("the Des Moines Register", "reads")
    text = ("Speaker Ann Lane, the state's highest-ranking Republican, on Tuesday called Bob Hale's remarks about "
            "a judge \"racist,\" an extraordinary indictment.")
    assert _said(text)[-1][1] == "Ann Lane"


# Session 9 (speakers5): who said it in the pins of the acceptance reads.

def test_a_law_named_after_the_writers_adjectives_is_no_quotation():
    # PolNeAR kaine (usa-today): 'Kaine declared that "I strongly support" the state's anti-union and misnamed
    # "right to work" law' (the law's name was a second quotation of Kaine's, with a second 'declared').
    text = "As governor, Hale declared that \"I strongly support\" the state's anti-union and misnamed \"right to work\" law."
    assert [q[0] for q in _said(text)] == ["I strongly support"]
    # Words of a person's before the noun stay a quotation: no possessive or 'the' opens the phrase.
    text = "Hale said he would \"never sign a right to work\" law in his state."
    assert [q[0] for q in _said(text)] == ["never sign a right to work"]


def test_someone_made_to_say_it_and_words_of_oneself_are_theirs():
    # PolNeAR judge (nyt headline): 'Criticism within party drives candidate to say remarks "misconstrued"'
    # (Ryan's, named at the headline's start; the bare 'candidate' is left as it was, see _MADE_TO_SAY);
    # (huff-post) 'the same thing as Supreme Court Justice Sonia Sotomayor referring to herself as "a wise
    # Latina."' (was Grassley's, the subject of the sentence).
    text = ("Ann Lane called the remarks racist on Tuesday. Criticism within the party drove Bob Hale to say his "
            "remarks had been \"misconstrued.\"")
    assert _said(text)[-1][1:] == ("Bob Hale", "say")
    text = ("Sen. Bob Hale said it is the same thing as Justice Ann Lane referring to herself as \"a wise "
            "woman.\"")
    assert _said(text)[-1][1] == "Ann Lane"
    # Not a causative: 'urged' says only what the subject wanted; nor a pronoun that is no reflexive.
    text = "Sen. Bob Hale urged Ann Lane to call the bill \"a disgrace,\" aides said."
    assert _said(text)[-1][1] != "Ann Lane"
    text = "Sen. Bob Hale, referring to her as \"a wise woman,\" defended his remarks."
    assert _said(text)[-1][1] == "Bob Hale"


def test_a_noun_after_an_infinitive_is_no_reporting_verb():
    # 'to say remarks': after 'to' and a verb, 'remarks' is the object, no verb of saying; 'to publicly
    # state' keeps its verb (an adverb, not a verb, stands between).
    text = "Criticism drives Hale to say remarks were \"misconstrued\" by the press."
    assert _said(text)[-1][2] != "remarks"
    text = "Hale declined to publicly state \"any regret\" on Tuesday."
    assert _said(text)[-1][1:] == ("Hale", "state")
    # Nor after a preposition (BASIL santorum, nyt: 'called the idea of schools being run by the federal
    # government or by state governments "anachronistic."' had the verb 'state').
    text = ("Mr. Hale, at another appearance on Saturday, in Columbus, Ohio, called the idea of schools being run "
            "by the federal government or by state governments \"anachronistic.\" Mr. Hale did not say more.")
    assert _said(text)[-1][2] != "state"


def test_a_full_stop_inside_the_mark_ends_the_writers_sentence():
    # PolNeAR judge (nyt): 'Mr. Ryan said Mr. Trump's criticism of the judge, Gonzalo P. Curiel of United States
    # District Court, was ''the textbook definition of a racist comment.'' But Mr. Ryan reiterated his support'
    # (the verb was 'reiterated', from the next sentence); (usa-today headline) "Trump tries new 'chapter' in
    # campaign; ..., many in GOP reaffirm their opposition" (the verb was 'reaffirm', across the semicolon).
    text = ("Mr. Lane said Mr. Hale's criticism of the judge, Tom Reyes of United States District Court, was "
            "''the textbook definition of a racist comment.'' But Mr. Lane reiterated his support for Mr. Hale.")
    assert _said(text)[-1][1:] == ("Lane", "said")
    text = "Hale tries new 'chapter' in campaign; As nominee shifts focus, many in party reaffirm opposition"
    assert _said(text)[-1][1:] == ("Hale", None)
    # A quotation standing alone still takes the attribution after it, and so does one whose next sentence
    # quotes on (BASIL santorum, fox: 'The comment was "the latest low ...." It was "a stark contrast ...,"
    # LaBolt said.').
    text = "\"We will win.\" Hale said it twice on Tuesday."
    assert _said(text)[-1][1] == "Hale"
    text = ("Aide Tom Reyes also issued a statement.\n\nThe comment was \"the latest low in a campaign fueled by "
            "distortions.\" It was \"a stark contrast with the mayor,\" Reyes said.")
    assert [q[1] for q in _said(text)] == ["Tom Reyes", "Tom Reyes"]


def test_a_poll_is_no_person_quoted_and_a_verb_written_once_counts_once():
    # PolNeAR california (politico): 'Other major cleavages, according to the poll, include ideology (Sanders leads
    # among "very liberal" voters ...)' counted 'the poll' among the people quoted; kaine (breitbart): 'Cecile
    # Richards noted that abortion -- what her group calls "comprehensive reproductive healthcare" -- is
    # "central"' listed 'noted ×2' among the reporting verbs.
    from biaslens.corpus import make_story
    from biaslens.extractors import build_extractors
    from biaslens.pipeline import analyse_story
    from biaslens.report import build_report

    first = ("Lane and Hale Tied in State Poll\n\n"
             "Ann Lane and Bob Hale are tied among likely voters, a new poll found on Tuesday.\n\n"
             "Other major divides, according to the poll, include ideology: Hale leads among \"very liberal\" "
             "voters.\n\n"
             "Hale noted that the tie is \"remarkable\" and \"a sign of things to come\" for his campaign.")
    second = ("Hale Draws Even With Lane\n\n"
              "Bob Hale has caught up with Ann Lane in the state's primary race, a poll shows.\n\n"
              "\"We are going to win this state,\" Hale said at a rally on Tuesday.")
    story = make_story([article_from_text(first, "first.txt"), article_from_text(second, "second.txt")])
    analysis = analyse_story(story, build_extractors(["quotes"]))
    speakers = {q.attrs["speaker"] for q in analysis.articles[0].items("quote")}
    assert {"poll", "Bob Hale"} <= speakers or {"the poll", "Bob Hale"} <= speakers
    assert analysis.articles[0].value("quotes.distinct_speakers") == 1  # Hale; the poll is no person
    report = build_report(analysis)["report.md"].decode("utf-8")
    verbs = report.split("### Reporting verbs", 1)[1].split("Loaded verbs of saying are", 1)[0]
    assert "noted ×1" in verbs and "noted ×2" not in verbs


def test_words_a_pronoun_calls_for_are_its_antecedents():
    # PolNeAR orlando (wash-post): "Trump's way served him well in the Republican primaries. His standing improved
    # after the shootings ..., and his call for "a total and complete ban" on all Muslims ..." (was 'His standing').
    text = ("Bob Hale's way served him well in the primaries. His standing improved after the shootings and his call "
            "for \"a total and complete ban\" on all visitors.")
    assert _said(text)[-1][1] == "Bob Hale"
    # Not a possessive before a person: his surrogates said the words, not he.
    text = "Bob Hale's rally drew thousands. His surrogates called him \"a genius\" on Tuesday."
    assert _said(text)[-1][1] != "Bob Hale"


# Session 9 (speakers6): who said it in the nhprimary acceptance read.

def test_the_one_who_got_hold_of_a_document_is_no_speaker():
    # PolNeAR nhprimary (breitbart): 'A Feb. 1 letter from the American Legion obtained by The Associated Press
    # warns that "any further communication ..."' (was the Associated Press's).
    text = ("The Veterans League has twice complained to the campaign. A Feb. 1 letter from the Veterans League "
            "obtained by The Associated Press warns that \"any further communication will be through our attorney.\"")
    assert _said(text)[-1][1:] == ("A Feb. 1 letter from the Veterans League", "warns")
    # The agency that says it is the speaker, and so are the signers of a letter.
    text = "The Associated Press reported on Monday that \"any further communication will be through our attorney.\""
    assert _said(text)[-1][1] == "the Associated Press"
    text = "A statement released by Sen. Tom Reyes warns that \"any further delay is unacceptable.\""
    assert _said(text)[-1][1] == "Tom Reyes"
    text = "A letter written by Tom Reyes warns that \"any further delay is unacceptable.\""
    assert _said(text)[-1][1] == "Tom Reyes"


def test_a_noun_of_saying_after_its_modifiers_lends_no_subject():
    # PolNeAR nhprimary (wash-post): 'Bush offered a Trump-style retort on the mogul's preferred mode of
    # communication, tweeting at him, "you aren't just a loser ..."' (was 'Trump-style', the subject of the noun
    # 'retort'); (breitbart) 'his ability to get things done in a heavily Democratic state.' and (wash-post) 'he
    # represents a neighboring state, Vermont' had the verb 'state'.
    text = ("Hale offered a Lane-style retort on the rival's preferred mode of communication, tweeting at him, "
            "\"you aren't just a loser, you are a liar.\"")
    assert _said(text)[-1][1:] == ("Hale", "tweeting")
    text = ("Reyes praised Hale's leadership and his ability to get things done in a heavily Democratic state.\n\n"
            "\u201cWe need someone who will bring people together.\u201d")
    assert _said(text)[-1][2] != "state"
    text = "Hale represents a neighboring state, Ohio, and promises voters \"a political revolution.\""
    assert _said(text)[-1][2] != "state"
    # A verb after its subject stays a verb, even a noun's form: 'Republicans claim', 'the senator replies'.
    text = "The Democratic senator replies that \"nobody is above the law.\""
    assert _said(text)[-1][1:] == ("the Democratic senator", "replies")
    text = "Hale's aides claim the bill is \"dead on arrival.\""
    assert _said(text)[-1][2] == "claim"


def test_a_state_after_its_city_is_no_subject():
    # PolNeAR nhprimary (breitbart): 'Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush,
    # calling him "a total stiff."' (was New Hampshire's, read as the subject after the introductory phrase and
    # lengthened to "Tuesday's New Hampshire").
    text = ("Bob Hale is spending the final day attacking a rival.\n\n"
            "Speaking at a town hall event in Dayton, Ohio, Hale went after Lane, calling him \u201ca total stiff.\u201d")
    assert _said(text)[-1][1:] == ("Bob Hale", "calling")
    # A state that opens its sentence, or a city's name alone, stays as it was.
    text = "In Des Moines, Iowa, Hale called the plan \"a disaster.\""
    assert _said(text)[-1][1:] == ("Hale", "called")
    text = "In Washington, Obama, who spoke briefly, called the plan \"a disaster.\""
    assert _said(text)[-1][1] == "Obama"


def test_words_one_declared_of_oneself_are_ones_own_across_a_clause():
    # PolNeAR nhprimary (usa-today): 'although Bill Clinton won the spin by declaring himself the "comeback kid"'
    # (was the Granite State's, the subject of the sentence).
    text = ("The state's electorate and its history (Sen. Tom Reyes won the 1992 primary here, although Bob Hale won "
            "the spin by declaring himself the \"comeback kid\") make this a contest that Lane must win.")
    assert _said(text)[-1][1:] == ("Bob Hale", "declaring")
    text = "Ann Lane criticized Bob Hale for calling himself \"a genius.\""
    assert _said(text)[-1][1] == "Bob Hale"
    # Not across an object pronoun: the reflexive is the one mocked; nor a place after a preposition (BASIL
    # perry_ad: 'he released another ad in Iowa describing himself as a "man of faith."').
    text = "Ann Lane mocked him for calling himself \"a genius.\""
    assert _said(text)[-1][1] == "Ann Lane"
    text = ("Hale is a Methodist. He has never shied away from his faith during this campaign, and in an earlier "
            "appeal to key evangelical voters, he released another ad in Iowa describing himself as a \"man of faith.\"")
    assert _said(text)[-1][1] == "Hale"


def test_then_opens_a_sentence_before_its_subject():
    # PolNeAR nhprimary (wash-post): 'Trump accused Cruz, the senator from Texas ..., of being "politically correct".
    # Then he cut into Bush, calling him a "stiff" and accusing him of acting like a "spoiled child."' (no speaker).
    text = ("Kicking off the day in Salem, Hale accused Lane, the senator from Texas, of being \"politically correct.\" "
            "Then he cut into Reyes, calling him a \"stiff\" and accusing him of acting like a \"spoiled child.\"")
    assert [q[1] for q in _said(text)] == ["Hale", "Hale", "Hale"]
    # 'Then' before a name is read the same way; a sentence without it is unchanged.
    text = "Ann Lane spoke first. Then Bob Hale took the stage, calling the plan \"a disaster.\""
    assert _said(text)[-1][1] == "Bob Hale"


def test_a_closing_mark_after_a_verb_and_its_comma_opens_a_quotation():
    # PolNeAR nhprimary (breitbart): 'He says,” there are a lot of people who never get listened to.”' (the
    # quotation was missed: its opening mark is printed as a closing one).
    text = ("Hale says going through a dark time has allowed him to connect with people.\n\n"
            "He says,\u201d there are a lot of people who never get listened to.\u201d")
    assert _said(text)[-1] == ("there are a lot of people who never get listened to.", "Hale", "says")
    # A quotation that ends on 'says,' still closes there.
    text = "\"We will win,\" Hale said. \"Nobody says,\u201d he added, \"that it is easy.\""
    assert [q[0] for q in _said(text)] == ["We will win", "Nobody says", "that it is easy."]
