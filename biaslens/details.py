"""Atomic, checkable details of one article, each with its evidence sentence.

A *detail* is something a reader can check against another article: a number with what it
counts ("$550 billion", "250 cherry trees", "2% of GDP", "a three-day visit"), a date or day
("Thursday", "July 2025", "the 1960s"), a named person, organisation, place or event ("Shohei
Ohtani", "the Rapid Response Group"), a quoted phrase, or a key phrase of a few words that
carries a fact ("strategic mineral reserves", "a working lunch", "less than a page").

No named-entity model can be downloaded, so the rules are plain: capitalised word runs for
names (split at titles such as "Prime Minister", possessives and commas), number patterns with
their unit, and noun-phrase chunks between stop words. Each detail carries a normalised
``key`` so that surface variants meet: "$550bln" and "550 billion dollars" share the key
``money:usd:550000000000``; "two per cent of GDP" and "2% of GDP" share ``percent:2``;
"Prime Minister Takaichi" and "Takaichi" share the name token ``takaichi``; "defence" and
"defense" share a stem. Matching across articles happens in :mod:`biaslens.compare`.

Everything here is pure: an :class:`~biaslens.records.Article` in, a tuple of
:class:`Detail` out, every offset indexing ``article.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import accumulate, chain, compress
from operator import is_not, itemgetter
from typing import Container, Sequence

from .records import Article, Sentence
from .names import (ADJECTIVE_ENDINGS, BODY_CONNECTORS, BODY_HEADS, BUSINESS_NOUNS, CHAMBERS, COMPANY_WORDS, GROUP_MODIFIERS, FAITH_WORDS,
                    SERVICE_MEMBERS, STATE_ABBREVIATIONS,
                    CONNECTORS, CORPORATE_SUFFIXES, DEMONYM_ENDINGS, INSTITUTION_HEADS, INTERJECTIONS, ORG_HEADS, PARTY_TAG, SALUTATIONS,
                    LEADING_MODIFIERS, PARTY_NOUNS, PERSON_ROLES, TITLES, TITLE_OBJECTS, MEDIA_NOUNS, MEDIUM_WORDS, is_given_name, is_place_name, is_city_name,
                    name_tokens, title_opens_company)
from .text import heading_flags, is_heading, normalise_word
from .values import DAYS_PER_UNIT, NUMBER_WORDS, parse_number

#: The kinds of detail, in the order reports list them.
KINDS: tuple[str, ...] = ("number", "date", "entity", "quote", "phrase")


@dataclass(frozen=True)
class Detail:
    """One checkable detail found in an article.

    ``kind`` is one of :data:`KINDS`; ``start``/``end``/``text`` index ``Article.text``;
    ``sentence`` is the index of the evidence sentence in ``Article.sentences``; ``key`` is the
    normalised form used to match the same detail in other articles; ``tokens`` are the
    normalised words or name tokens behind the key; ``slot`` names what a number or date is
    about ("weekday", "trip duration", "count of tree") so that two different values in the same
    slot can be reported as a conflict; ``value`` is the normalised value (a float for amounts,
    a string for days and dates, ``None`` otherwise).
    """

    kind: str
    start: int
    end: int
    text: str
    sentence: int
    key: str
    tokens: tuple[str, ...] = ()
    slot: str = ""
    value: float | str | None = None
    attrs: tuple[tuple[str, str], ...] = field(default=())


# ---------------------------------------------------------------------------------------------
# Word normalisation shared with compare.py

STOP_WORDS: frozenset[str] = frozenset(
    """a about above after again against all almost also although am among an and another any
    are around as at be been before being below between both but by can could did do does doing
    down during each either else even ever every few for from further had has have having he her
    here hers herself him himself his how however i if in into is it its itself just least less
    many may me might more most much must my myself neither no nor not now of off on once only
    or other others our ours ourselves out over own per perhaps quite rather same several she
    should since so some such than that the their theirs them themselves then there these they
    this those though through thus to too toward towards under until up upon us very via was we
    were what whatever when where whether which while who whom whose why will with within
    without would yet you your yours yourself amid amidst beyond despite according including
    said says say told tell also already still later earlier ago today yesterday tomorrow new
    been being one's s t mr mrs ms dr""".split()
)

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
               "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12, "a dozen": 12, "half": 0.5,
}
_MULTIPLIERS = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6, "mn": 1e6,
    "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}
_CURRENCY_SYMBOLS = {"$": "usd", "us$": "usd", "€": "eur", "£": "gbp", "¥": "jpy"}
_CURRENCY_WORDS = {"dollars": "usd", "dollar": "usd", "euros": "eur", "euro": "eur",
                   "pounds": "gbp", "yen": "jpy", "yuan": "cny", "won": "krw"}
# Nouns that name a trip: "a three-day visit" and "a week-long tour" fill the same slot.
_TRIP_NOUNS = frozenset("visit visits tour tours trip trips stay journey swing mission".split())
_TIME_UNITS = DAYS_PER_UNIT  # one home for what a unit of time is worth


# Plurals no suffix rule reaches: "women's bodies" and "a woman's body" are the same words.
_IRREGULAR_PLURALS = {"women": "woman", "men": "man", "children": "child", "wives": "wife",
                      "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose"}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Return a crude stem of ``word`` (normalised, plural and -ing/-ed stripped).

    Crude on purpose: it only has to map the same word to the same stem on both sides of a
    comparison ("reserves"/"reserve", "minerals"/"mineral", "defence"/"defense").
    """
    w = normalise_word(word)
    if w in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 5 and w.endswith("ing"):
        return w[:-3]
    if len(w) > 5 and w.endswith("ed") and not w.endswith("eed"):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


# Words that end an adverb of time after "last", "next", "late", "early" ("last week", "next spring").
_TIME_WORDS = frozenset(stem(w) for w in (*DAYS_PER_UNIT, *_WEEKDAYS, "night", "morning", "evening", "weekend",
                                            "spring", "summer", "fall", "autumn", "winter", "season", "term",
                                            "session", "time"))


def number_value(text: str) -> float | None:
    """Read ``"550"``, ``"1,200"``, ``"2.5"`` or number words (``"two"``, ``"twenty-five"``) as a float.

    Numbers have one home, :func:`biaslens.values.parse_number`; this name stays for callers.
    """
    return parse_number(text)


def _fmt_number(value: float) -> str:
    return f"{value:.10g}"


# ---------------------------------------------------------------------------------------------
# Patterns

# Compound number words ("twenty-five", "one hundred and five") are one number, read by
# biaslens.values; "a dozen" and "dozen" are read there too.
_NUMWORD = rf"(?:a\s+dozen|dozen|{NUMBER_WORDS})"
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_MULT = r"(?:trillion|billion|million|thousand|trn|tn|bln|bn|mln|mn|m|b|k)"

# A word of a number detail ends at a word's end: never cut inside an n't contraction ("One party
# won't tax" is no "One party won"), nor inside a hyphenated compound. "'ll", "'re", "'ve", "'d"
# and "'s" follow a whole word ("Three officials'll come" counts officials).
_WHOLE_WORD = r"(?![\w-]|[’']t\b)"

_MONEY = re.compile(
    rf"(?P<sym>US\$|\$|€|£|¥)\s?(?P<num>{_NUM})(?:\s?(?P<mult>{_MULT})\b)?"
    rf"|\b(?P<num2>{_NUM}|{_NUMWORD})(?:\s(?P<mult2>trillion|billion|million|thousand))?\s(?P<cur>dollars|euros|pounds|yen|yuan)\b",
    re.I,
)
_PERCENT = re.compile(
    rf"\b(?P<num>{_NUM}|{_NUMWORD})(?:\s?%|\s(?:percent|per\s?cent)\b)(?:\s+of\s+(?:the\s+)?(?:country's\s+|its\s+|their\s+)?(?P<of>(?-i:[A-Z](?:\.[A-Z])+\.(?=\s|$)|[A-Z](?:\.[A-Z])+(?![.\w])|[A-Z]{{2,}}(?!\w))|[a-z]{{2,}}\b)(?!\s+[a-z]))?",
    re.I,
)
# A duration starts a word of its own: "vomiting-for-four-hours kind" is a piece of one compound
# word, no "four-hours kind".
_DURATION = re.compile(
    rf"(?<![-\w])(?:(?P<num>{_NUM}|{_NUMWORD}|a|an)[-\s])?(?P<unit>hour|day|week|month|year|decade)s?(?P<long>-long)?"
    rf"(?:\s+(?P<noun>[a-z]+){_WHOLE_WORD})?",
    re.I,
)
# Each number pattern tries dozens of alternatives at every position; a literal it cannot
# match without (same flags, so never stricter than the pattern) skips most sentences fast.
_MONEY_HINT = re.compile(r"[$€£¥]|dollars|euros|pounds|yen|yuan", re.I)
_PERCENT_HINT = re.compile(r"%|per\s?cent", re.I)
_DURATION_HINT = re.compile(r"hour|day|week|month|year|decade", re.I)
_COMPARATIVE_HINT = re.compile(r"than", re.I)
_MAY_HAVE_NUMBER = re.compile(rf"[\d%$€£¥]|-long\b|\bthan\b|\b{_NUMWORD}\b", re.I)
# _MAY_HAVE_NUMBER in parts, for _may_have_number.
_NUMBER_SIGN = re.compile(r"[\d%$€£¥]", re.I)
_LONG_SUFFIX = re.compile(r"-long\b", re.I)
_WORD_RUN = re.compile(r"\w+")
# Every word _NUMWORD can match (the test of _may_have_number checks it against the pattern).
_NUMBER_WORD_SET = frozenset(_NUMBER_WORDS) - {"a dozen", "half"} | {"than", "thousand"}
# Literals the date and quote patterns cannot match without (case as in the patterns).
_MONTH_HINT = re.compile(r"Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec")
_QUOTE_HINT = re.compile(r"[“\"'‘]")


def _may_have_number(text: str) -> bool:
    """Same answer as ``_MAY_HAVE_NUMBER.search(text)``, about three times faster.

    The slow part of the pattern is a whole number word ("two", "than") in any case; in ASCII
    text that is a run of word characters whose lowercase form is in a set. Other text (where
    re's case folding differs from ``str.lower``, e.g. the long s) runs the pattern itself.
    """
    if _NUMBER_SIGN.search(text) or _LONG_SUFFIX.search(text):
        return True
    if text.isascii():
        return not _NUMBER_WORD_SET.isdisjoint(map(str.lower, _WORD_RUN.findall(text)))
    return _MAY_HAVE_NUMBER.search(text) is not None
# A number after a slash is the end of a name or a date ("a 9/11 health bill", "24/7 coverage"):
# "11 health bill" is no count of bills (issue #13).
_COUNT = re.compile(
    rf"(?<![-\w.,/$€£¥])(?P<num>{_NUM}|(?i:{_NUMWORD}))(?:\s(?P<mult>trillion|billion|million|thousand))?"
    # A capitalised compound before the noun ("16 House-passed measures") describes it.
    rf"\s+(?:[A-Z][A-Za-z]*-[a-z]+(?:ed|led|ing)\s+)?(?P<words>[a-z][a-z-]+{_WHOLE_WORD}(?:\s+[a-z][a-z-]+{_WHOLE_WORD})?)"
)
# A day number after its month ("May 17 hearing") is part of a date, not a count.
_MONTH_BEFORE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$")
# Plurals without an -s: they end the counted thing as "-s" plurals do ("105 people came").
_ADJECTIVE_NOUNS = ("official", "individual", "rival", "professional", "critic", "detective", "executive",
                     "relative", "representative", "secretary", "military", "veteran", "citizen")
# Adjectives that take an "of" after a noun ("walked out of the courthouse full of confidence",
# "voters wary of change"): with their "of", they describe the noun, and are no part of it.
_OF_ADJECTIVES = frozenset("full aware unaware afraid proud capable incapable free worthy fond guilty tired sure "
                           "wary mindful ashamed devoid critical supportive skeptical sceptical jealous envious "
                           "suspicious reminiscent typical indicative short ahead innocent weary".split())
_NEXT_PLURAL = re.compile(r" ([a-z][a-z-]*[^s\W]s)\b(?![-'’])")
_PLURALS = frozenset("people men women children police staff personnel cattle sheep fish".split())
# Adjective endings: a count whose last word is one was cut from its noun ("600 influential Texans").
_ADJECTIVE_ENDINGS = ("al", "ful", "ive", "ous", "ic", "able", "ible", "ary", "ern")
# What a comparative must end on to state a figure ("less than a page", "more than 600 votes").
_MEASURE_END = re.compile(r"(?:hour|day|week|month|year|decade|minute|mile|page|dozen|third|half|quarter|percent|point)s?$"
                          r"|\d\s+[a-z]+s$|\b(?:two|three|half\s+an?)\s+[a-z]+s$", re.I)
_COMPARATIVE = re.compile(r"\b(?:less|more|fewer|under|over)\s+than\s+(?:a|an|one|two|three|half\s+an?|\d+)\s+[a-z]+"
                         + _WHOLE_WORD, re.I)
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b")
_MONTH_DATE = re.compile(
    r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
    r"(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
)
_DECADE = re.compile(r"\b(?P<decade>(?:18|19|20)\d0)s\b")
_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b(?![-\d%])")
_QUOTE = re.compile(
    r"“(?P<a>[^”\n]{2,400})”|\"(?P<b>[^\"\n]{2,400})\"|(?<![\w’'])['‘](?P<c>[A-Z][^'’\n]{2,400}?[.,!?\w])['’](?![\w])"
)
_TOKEN = re.compile(r"[^\W_]+(?:[’'.\-&][^\W_]+)*\.?|[^\w\s]", re.UNICODE)
# The same tokens, each with the whitespace (or "_") before it: see _tokenise.
_TOKEN_GAPPED = re.compile(r"([\s_]*)(" + _TOKEN.pattern + ")", re.UNICODE)
# Small patterns used per match, compiled once (re's own cache costs a lookup per call).
_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]+\b")
_DOLLARS_TAIL = re.compile(r"\s+(?:dollars|dollar)\b", re.I)
_PERCENT_SIGN = re.compile(r"\s?%|\s(?:percent|per\s?cent)", re.I)
_LATIN_LOWER = re.compile(r"[a-z]+")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_QUOTE_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)?")
_POSSESSIVE_SUFFIXES = ("’s", "'s")  # tokens hold no newline, so this is the pattern [’']s$
_SPACE_LOWER = re.compile(r"\s[a-z]")
# "American-made", "Japanese-led": a capitalised word glued to a lower-case one is an adjective;
# a compound whose last part is capitalised again is a name with lower-case inner parts
# ("Chick-fil-A", "Stratford-upon-Avon"), see _adjective_compound.
_CAPITAL_HYPHEN_LOWER = re.compile(r"^[A-Z][a-z]+-[a-z](?![\w’'.&-]*-[A-Z][\w’'.]*$)")
# Names that open with a lower-case letter: a brand's inner capital ("eBay", "iPhone") or the
# Arabic article glued to a capitalised name ("al-Qaeda", "el-Sisi"). Lower-case words with
# no capital after the first letters ("email", "al-") never match.
_LOWER_LED_NAME = re.compile(r"^(?:[a-z]{1,2}[A-Z][a-z]|(?:al|el)-[A-Z])")
# "We're", "They'll", "Don't": a pronoun or verb with its contraction is no name, whatever its capital.
_CONTRACTION = re.compile(r"^[^\W\d_]+(?:[’'](?:re|ve|ll|m|d)|n[’']t)$", re.I)
# Parts of a document cited by number ("Article 1, Section 2", "Chapter 11"): a place in a
# text, never a person, body or place of the story.
_DOCUMENT_PARTS = frozenset("article section clause paragraph subsection chapter".split())
_NUMBER_AFTER = re.compile(r"\s+\d")
# Title words whose body and side come before them: "House Minority Leader", "Senate Majority Whip".
_SIDE_WORDS = frozenset(("majority", "minority"))
_INITIAL_END = re.compile(r"\b[A-Z]\.$|\.[A-Z]\.$")
_CONTENT_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?")

_HYPHEN_PREFIXES = frozenset("indo sino anglo afro euro franco austro russo judeo greco".split())
# The name word lists live in biaslens.names, their one home.
_TITLES = TITLES
_CONNECTORS = CONNECTORS | {"the"}  # "the" joins only after "of"/"for" (see _entities)
_ORG_ENDS = ORG_HEADS | CORPORATE_SUFFIXES
_BODY_JOINS = BODY_CONNECTORS | {"of", "for", "against"}  # after a BODY_HEADS word, these open the rest of its name ("Alliance Against Defamation")
_DEMONYM = DEMONYM_ENDINGS
_ADJECTIVAL = ADJECTIVE_ENDINGS
# Words that end a noun chunk: adverbs and particles that follow a verb ("builds momentum ahead"),
# and the pronoun "ones", which stands for a head said elsewhere ("including sizable ones").
_CHUNK_BREAK = frozenset(
    """ones ahead back together away forward afterwards afterward meanwhile instead even right well often key next
    like unlike behind beside near across along alongside inside outside plus because everyone everything
    someone something anyone anything nobody nothing who's who’s that's that’s it's it’s there's there’s
    what's what’s anyway somebody anybody everybody somehow throughout unless whereas ought anytime soon whichever whoever whomever wherever
    whenever notwithstanding involving regarding concerning""".split()
)
# ("notwithstanding" is a preposition after its noun, "involving", "regarding", "concerning" before
# it: "superdelegates notwithstanding", "a deeper relationship involving command and control".)
# A pronoun's contraction ("he's chosen", "they're") opens a clause, never a noun phrase.
_CHUNK_BREAK = _CHUNK_BREAK | frozenset(
    p + apostrophe + end for p in "i you he she we they who".split() for apostrophe in "'’"
    for end in ("s", "m", "re", "ve", "d", "ll"))
# Words after which a phrase would drop what reverses it: "an off camera briefing" is no
# "camera briefing", "no clear evidence" no "clear evidence".
_REVERSING = frozenset("not no never without off non nor neither hardly barely".split())
# Words that open a verb's object: a chunk word ending in -s or -ing right before one is a verb
# ("incest poses [a]", "the platform reflects [the]", "individuals asking [the]"), not a noun.
# ("this", "every" open time phrases too: "the party's positions this week").
_OBJECT_OPENERS = frozenset("a an the his her its their our my your him them us me what how whether".split())
_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:[’'][^\W\d_]+)?)[^\w.,;:!?()\[\]\"“”]*$")
_WORD_AFTER = re.compile(r"\s+([^\W\d_][\w’'-]*)")
_GENERIC_PHRASE_WORDS = frozenset(
    """thing things way ways time times lot people part kind sort number point fact case issue
    issues matter matters step move moment year years day days week weeks month months""".split()
)
# Verbs that a chunk without a tagger takes for nouns; a phrase holding one says no fact of
# its own ("meeting took place", "includes plans", "sides struck", "administration agree").
_LIGHT_VERBS = frozenset(
    """took take takes taking taken include includes included including struck strike strikes made
    make makes making held hold holds came come comes went goes got gets gave give gives found agree
    agrees help helps keep keeps kept think thinks thought know knows knew want wants need needs seem
    seems became become becomes began begin begins brought bring brings put puts told tried tries
    showed shows saw sees seen mean means meant let lets sought seek seeks believe believes continue
    continues built explain explains stop stops gotten remain remains get getting saying believing""".split()
)
# Irregular past participles that are no nouns: without a tagger, an -ed word shows a verb by its
# ending, these only by the list. Stripped at a chunk's edges as an -ed word is ("top aides
# [swept] up in the inquiry", "people [given] the FBI's record", "jobs Weiner has [lost] due to").
_IRREGULAR_PARTICIPLES = frozenset(
    """swept given taken known written seen shown done gone drawn driven chosen broken spoken stolen sent
    spent lost led paid sold bought caught taught fought sought begun hidden grown thrown sworn torn worn
    stuck forgotten fallen beaten eaten ridden risen shaken frozen dealt heard understood withdrawn
    overseen undertaken overtaken mistaken forbidden arisen bitten slain sunk sprung stung woven wept
    slept crept fled born""".split()
)
# Irregular participles that are also nouns ("a network [run] by", "ads [set] to begin"): a verb
# only right before "by" (a passive's agent) or "to".
_NOUN_PARTICIPLES = frozenset("run set cut hit shut put spread cast cost bid".split())
# Adjectives that never head a noun phrase: a chunk ending on one was cut before its head ("plain
# old [Gmail]", a name), and a coordinated one before a chunk shares its head ("no hard and fast
# conclusion": no "fast conclusion").
_PLAIN_ADJECTIVES = frozenset("""old new young big small little large great good bad long short
    plain former whole real true full hard fast easy open recent next last single simple certain main
    minor""".split())
# "last", "next", "late", "early" before a time word or a name (a day's) open an adverb of time
# ("a private meeting [last Monday]", "a statement [late Tuesday]", "a job offer [early in] his run").
_TIME_OPENERS = frozenset(("last", "next", "late", "early"))
# The words before a chunk that make its first word the second of two coordinated modifiers:
# the opening or a determiner or reversing word, one plain adjective, "and"/"or" ("no hard and
# fast conclusion"). Only plain adjectives: "the case and lower court decisions" joins two nouns.
_COORDINATED_BEFORE = re.compile(
    r"(?:^|\b(?:a|an|the|no|not|its|their|his|her|our|this|that)\s+)(?P<modifier>[a-z]+)\s+(?:and|or)\s+$", re.I)
# Verbs taking "to" + verb that a chunk would end on ("the campaign plans to bring").
_TO_VERBS = frozenset("""plans continues hopes aims intends expects vows pledges threatens promises agrees
    refuses wants needs seeks tries seems appears fails""".split())
_DETERMINERS = frozenset("a an the its their his her our this that these those".split())
# Idioms whose words a chunk takes for a noun phrase: they say no fact of the story ("do a good
# job", "on the losing end of", "for heaven's sake", "a foundation in his son's name").
_IDIOMS = re.compile(
    r"\bfor\s+[\w’']+\s+sake\b|\bon\s+the\s+(?:losing|winning|receiving|short|wrong|other)\s+end\b"
    r"|\b(?:do|does|did|doing|done)\s+(?:a|an|the|his|her|its|their|our|my|your)\s+(?:[a-z]+\s+){0,2}job\b"
    r"|\bin\s+(?:his|her|its|their|our|my|your)\s+(?:[\w-]+[’']s?\s+)?name\b", re.I)
_IDIOM_HINT = re.compile(r"sake|\bend\b|\bjob\b|\bname\b", re.I)
# Adjectives that never head a noun phrase beyond the plain ones (a predicate or a postposed
# modifier: "called the actions lawful", "the stance common among", "provide safe, legal, abortion").
_PREDICATE_ADJECTIVES = frozenset("""common safe lawful unlawful possible impossible likely unlikely necessary
    available clear similar able unable ready willing eager alone""".split())
# Hyphened modifiers by their affix ("anti-union", "pro-choice", "old-style", "faith-based"): a chunk ending on one was cut before its head ("the state's
# anti-union and misnamed law", "old-style American tactics").
_MODIFIER_COMPOUND = re.compile(r"^(?:anti|pro)-[a-z]*(?:[^s\W]|ss)$|^[a-z]+-(?:style|like|based)$"
                                # a superlative or a degree word hyphened to its second part is an
                                # adjective too: "the nation's highest-profile [Republicans]", "a
                                # much-heralded [rally]".
                                r"|^[a-z]+est-[a-z]+$|^(?:much|well|long|most|least|best)-[a-z]+(?<!e)ed$")
# Irregular simple pasts that are no nouns: a verb at a chunk's edge ("the company [wrote] in its
# statement", "disagreements [broke] out").
_IRREGULAR_PASTS = frozenset("""wrote broke spoke ran began drew drove chose flew grew threw knew wore swore
    sank shook froze stole forgave forbade fell sat""".split())
# Verbs a "that" clause follows, in their bare and -s forms, none of them also a noun: a chunk
# ending on one before "that" ends on its verb ("the power of wealth [indicate] that").
_THAT_VERBS = frozenset(v + e for v in """indicate suggest argue insist assert acknowledge conclude admit contend
    reveal confirm demonstrate prove warn predict allege say""".split() for e in ("", "s"))
# Quantity nouns before "of": the fact is the "of" phrase ("steady streams of Republican
# defections", "a long series of"), the chunk only its measure.
# Nouns in -ly, no adverbs: "rare earths supply chains" holds no subject and verb.
_LY_NOUNS = frozenset("supply family rally ally assembly reply anomaly monopoly homily belly bully jelly".split())
# "what" with its determiner before a chunk: the chunk is a free relative's subject ("what her
# abortion business calls ...").
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:(?:a|an|the|his|her|its|their|our|my|your)\s+)?$", re.I)
# A conjunction opening a clause, with a determiner or none: the chunk after it is the clause's
# subject, and a bare word after a plural there is its verb ("if those interests conflict").
_SUBORDINATOR_BEFORE = re.compile(
    r"\b(?:if|when|because|unless|once|although|though|while|whether|whenever)\s+(?:(?:the|these|those|their|its|his|her|our)\s+)?$"
    # A quantifier before a plural and a bare word makes them a subject and its verb the same
    # way ("not all presidents choose to", "many voters fear that"); "many state laws" ends plural.
    r"|\b(?:all|some|many|most|few|both|several)\s+$",
    re.I)
# Particles that complete a phrasal verb or noun: a chunk's last -ing word before one is the verb
# of a new clause or half of a compound ("the seconds leading up to", "an eventual coming together").
_PARTICLES = frozenset("up down out off together away back forward".split())
# "spend" + a time + an -ing verb: the -ing word is what was done in that time ("he spent most of the
# meeting listening", "the lawmakers he's spent the last year disparaging"), not a noun's modifier.
_SPEND_BEFORE = re.compile(r"\bspen(?:t|d|ds|ding)\b[^.,;:!?]{0,40}$", re.I)
# Prepositions of a path: an -ing word ending a chunk before one moves along it, a verb of a
# clause ("the race breaking along familiar lines", "voters tilting toward Sanders", "folks
# running around"), not a noun ("a closed-door meeting with" takes no path).
_PATH_PREPOSITIONS = frozenset("along toward towards across around behind".split())
# Adjective endings: after one, an -ing word is a noun ("affordable housing across the country").
_ADJECTIVE_SUFFIXES = ("able", "ible", "al", "ic", "ive", "ous", "ful", "less", "ary", "ory", "ern", "ian", "an")
# A capitalised word after a chunk: a name the chunk's last word may govern as a verb.
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
# A day or month after a chunk is its time, no object: "his jobs bill Wednesday".
_TIME_NAMES = frozenset((*_WEEKDAYS, *_MONTHS))
# Agent nouns, which stand before a name as its title ("sports reporter John Smith").
_AGENT_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian")
# An acronym followed by a lowercase word right after a chunk heads a compound the chunk only
# opens ("the former reality TV star", "a senior FBI official"): the chunk is cut inside it.
_ACRONYM_COMPOUND_AFTER = re.compile(r"\s+[A-Z]{2,}s?\s+[a-z]")
# Plural number words: before "of" they count the next phrase ("military action [thousands] of miles
# away"); a chunk ending on one is cut before it.
_NUMBER_PLURALS = frozenset("dozens scores hundreds thousands millions billions trillions".split())
# An adjective by its ending after a plural and before a preposition is postposed, the predicate of a
# reduced clause ("positions elemental to the platform", "steps necessary for"), not a head noun.
_POSTPOSED_ENDINGS = ("al", "ive", "ous", "ful", "able", "ible")
_POSTPOSED_BEFORE = ("to", "for", "among", "with")
_QUANTITY_NOUNS = frozenset("""stream streams series string strings flood wave waves host slew barrage handful
    lot lots bunch couple number numbers""".split())


# ---------------------------------------------------------------------------------------------
# Extraction


def extract_details(article: Article, kinds: frozenset[str] | None = None) -> tuple[Detail, ...]:
    """Return every detail of ``article`` in text order (first by start, then by kind).

    Headline and title-case subheadings give numbers, dates and quotes but no names or phrases
    (every word is capitalised there, so capitals say nothing). Offsets index ``article.text``.
    ``kinds`` (a subset of :data:`KINDS`) keeps only those kinds and skips the work for the
    others: grouping into stories needs names and dates only, for many articles at once.
    """
    want = frozenset(KINDS) if kinds is None else kinds
    text = article.text
    found: list[Detail] = []
    # Each sentence is classified and tokenised once; the name finder and the list of
    # mid-sentence capitals share the tokens.
    # Names and phrases need the tokens; numbers, dates and quotes alone do not. The headline
    # counts as a heading whatever its capitals ("Inside Trump's Japan visit: ...").
    tokenise = "entity" in want or "phrase" in want
    title_end = article.title_span[1] if article.title_span else -1
    tokens_of = [
        None if not tokenise or sentence.start < title_end or heading else _Tokens(sentence.text)
        for sentence, heading in zip(article.sentences, heading_flags(article.sentences, title_end))
    ]
    mid_caps = _mid_sentence_capitals(tokens_of)
    lower_words = set(_LOWER_WORD.findall(text)) if tokenise else set()
    quote_spans: set[tuple[int, int]] = set()
    for sentence, tokens in zip(article.sentences, tokens_of):
        taken: list[tuple[int, int]] = []
        # One cheap scan rules out most sentences before the number patterns run.
        numbers = _numbers(sentence, taken) if ("number" in want or "phrase" in want) and _may_have_number(sentence.text) else []
        dates = _dates(sentence, taken) if "date" in want or "phrase" in want else []
        quotes = _quotes(sentence) if "quote" in want else []
        found.extend(numbers + dates + quotes)
        if quotes:
            quote_spans.update((d.start, d.end) for d in quotes)
        if tokens is None:
            continue  # a heading: capitals say nothing there
        entities = _entities(sentence, mid_caps, lower_words, tokens)
        # A scare-quoted name (the “Rapid Response Group”) is a name, not a quote.
        names = {(d.start, d.end) for d in entities}
        if not names.isdisjoint(quote_spans):
            found[:] = [d for d in found if not (d.kind == "quote" and (d.start, d.end) in names)]
            quote_spans = {(d.start, d.end) for d in found if d.kind == "quote"}
        found.extend(entities)
        if "phrase" in want:
            found.extend(_phrases(sentence, taken))
    if kinds is not None:
        found = [d for d in found if d.kind in want]
    order = {kind: i for i, kind in enumerate(KINDS)}
    found.sort(key=lambda d: (d.start, order[d.kind], d.end))
    return tuple(found)


def entity_details(article: Article) -> tuple[Detail, ...]:
    """Return only the named mentions (``entity`` details) of ``article``, as :func:`extract_details` finds them.

    The cast (:mod:`biaslens.cast`) clusters these; headings give none (see :func:`extract_details`).
    """
    title_end = article.title_span[1] if article.title_span else -1
    tokens_of = [None if heading else _Tokens(sentence.text)
                 for sentence, heading in zip(article.sentences, heading_flags(article.sentences, title_end))]
    mid_caps = _mid_sentence_capitals(tokens_of)
    lower_words = set(_LOWER_WORD.findall(article.text))
    found: list[Detail] = []
    for sentence, tokens in zip(article.sentences, tokens_of):
        if tokens is not None:
            found.extend(_entities(sentence, mid_caps, lower_words, tokens))
    return tuple(found)


def _tokenise(gapped: re.Pattern[str], text: str) -> tuple[list[str], list[int], list[int]]:
    """Tokens of ``text`` with their start and end offsets, without building a match per token.

    ``gapped`` is a token pattern preceded by a group of whitespace and "_". A token pattern that
    can start at any character but whitespace and "_" skips exactly those, so each token comes
    with the gap before it and the offsets are running sums of the lengths: the tokens, starts
    and ends are those of the token pattern's ``finditer`` (tests check this).
    """
    pairs = gapped.findall(text)
    bounds = list(accumulate(map(len, chain.from_iterable(pairs))))
    return list(map(itemgetter(1), pairs)), bounds[0::2], bounds[1::2]


class _Tokens:
    """The :data:`_TOKEN` tokens of one sentence, found once and shared by the name rules."""

    __slots__ = ("words", "starts", "ends", "titles")

    def __init__(self, text: str):
        self.words, self.starts, self.ends = _tokenise(_TOKEN_GAPPED, text)
        self.titles = _title_case_quotes(text)  # quoted headlines: their capitals say nothing


@lru_cache(maxsize=65536)
def _capitalised(word: str) -> bool:
    return word[:1].isupper()


@lru_cache(maxsize=65536)
def _may_be_name(word: str) -> bool:
    """True for a token the name rules look at: capitalised, "F-150"-like, or a connector ("of")."""
    first = word[:1]
    low = word.lower()
    return (first.isupper() or (first.isdigit() and "-" in word) or low in _CONNECTORS or low in BODY_CONNECTORS
            or low in ("a", "an") or _LOWER_LED_NAME.match(word) is not None)


def _mid_sentence_capitals(tokens_of: list[_Tokens | None]) -> set[str]:
    """Normalised capitalised words that stand inside a sentence (headings give ``None``)."""
    caps: set[str] = set()
    for tokens in tokens_of:
        if tokens is not None:
            words = tokens.words
            # A word right after an opening quote or a dash starts a (quoted) sentence: its
            # capital says nothing ("“Well, if he...", "“Needless to say...").
            # Capitalised positions picked by ``compress`` (C speed): most words are lower case.
            caps.update(normalise_word(words[i]) for i in compress(range(1, len(words)), map(_capitalised, words[1:]))
                        if words[i - 1] not in _CLAUSE_OPENERS and not _title_object(words, i)
                        # "WASHINGTON -- Real estate tycoon": a dateline's "--" opens the sentence too
                        and not (i >= 2 and words[i - 1] == "-" and words[i - 2] == "-")
                        and not _possessive_inside_name(words, i)
                        # "on Super Tuesday": a word only before a weekday may be the day's own name
                        and not (i + 1 < len(words) and normalise_word(words[i + 1]) in _WEEKDAYS)
                        and not (tokens.titles and any(lo <= tokens.starts[i] < hi for lo, hi in tokens.titles)))
    return caps


def _possessive_inside_name(words: list[str], i: int) -> bool:
    """True when ``words[i]`` is a possessive before a capitalised word ("Freedom’s Lighthouse"):
    whether it is a name of its own is for the rest of the article to say, not this use."""
    return words[i].endswith(_POSSESSIVE_SUFFIXES) and i + 1 < len(words) and _capitalised(words[i + 1])


def _title_object(words: list[str], i: int) -> bool:
    """True when ``words[i]`` is the object of a title ("Queen of Rage", "Chief of Staff"): its
    capital belongs to the title, so it does not make the word a name elsewhere."""
    return i >= 2 and words[i - 1].lower() == "of" and normalise_word(words[i - 2]) in _TITLES


# Initials used as common nouns ("a TV ad", "an ID card"): no one's name.
_COMMON_ACRONYMS = frozenset("tv id ok dvd cd pc".split())
# Words before a day's own name ("on Super Tuesday"); not "and": "in Europe and Asia Monday" is a
# place and a date (so "South Carolina and Super Tuesday states" still gives "Super").
_DAY_NAME_OPENERS = frozenset("on before after since until through of".split())
_DATE_TAIL = frozenset(_WEEKDAYS) | frozenset(_MONTHS) - {"may", "june", "august"}
_LOWER_HYPHEN_TAIL = re.compile(r"-[a-z]+$")
_CLAUSE_OPENERS = frozenset(["“", '"', "‘", "'", "—", "–", "(", ":"])
# A publication's or firm's kind noun, then a capitalised name: a medium before the kind noun
# ("the Television channel NY1", "the Radio station WNYC") describes it and names nothing.
_KIND_NOUN_AND_NAME = re.compile(r" (?:" + "|".join(sorted(MEDIA_NOUNS | {"station", "stations"})) + r") [A-Z]")
_OPENING_QUOTES = "“\"‘'"
# The end of a quoted title: a closing quotation mark, after a full stop or comma if any.
_QUOTE_CLOSES = re.compile(r"[.,]?[”\"’']")
# Conjunctions and sentence adverbs that open a sentence (or a quotation) before a name and are
# never a name's first word: "“Because Clinton is running ...", "“Maybe Donald Trump has ...".
_SENTENCE_OPENERS = frozenset("""because maybe unless whereas meanwhile instead indeed otherwise besides
    nevertheless nonetheless therefore hence like unlike and but or nor so""".split())


def _ends_before(s: str, pos: int, suffixes: tuple[str, ...]) -> bool:
    """``s[:pos].rstrip().endswith(suffixes)``, without copying the text before ``pos``."""
    while pos > 0 and s[pos - 1].isspace():
        pos -= 1
    return s.endswith(suffixes, 0, pos)


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < t_end and t_start < end for t_start, t_end in taken)


def _make(sentence: Sentence, kind: str, start: int, end: int, key: str, tokens: tuple[str, ...] = (),
          slot: str = "", value: float | str | None = None) -> Detail:
    offset = sentence.start
    return Detail(kind, offset + start, offset + end, sentence.text[start:end], sentence.index, key,
                  tokens, slot, value)


def _numbers(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Detail]:
    s = sentence.text
    out: list[Detail] = []
    for m in _MONEY.finditer(s) if _MONEY_HINT.search(s) else ():
        if m.group("sym"):
            currency = _CURRENCY_SYMBOLS[m.group("sym").lower()]
            value = number_value(m.group("num"))
            mult = (m.group("mult") or "").lower()
        else:
            currency = _CURRENCY_WORDS[m.group("cur").lower()]
            value = number_value(m.group("num2"))
            mult = (m.group("mult2") or "").lower()
        if value is None:
            continue
        value *= _MULTIPLIERS.get(mult, 1.0)
        end = m.end()
        # "$550 billion dollars" would otherwise leave "dollars" behind as a count.
        tail = _DOLLARS_TAIL.match(s, end)
        if tail:
            end = tail.end()
        taken.append((m.start(), end))
        out.append(_make(sentence, "number", m.start(), end, f"money:{currency}:{_fmt_number(value)}",
                         (currency,), f"money:{currency}", value))
    for m in _PERCENT.finditer(s) if _PERCENT_HINT.search(s) else ():
        if _overlaps(m.start(), m.end(), taken):
            continue
        value = number_value(m.group("num"))
        if value is None:
            continue
        of = normalise_word(m.group("of")) if m.group("of") and m.group("of").lower() not in STOP_WORDS else ""
        end = m.end() if of else _PERCENT_SIGN.match(s, m.end("num")).end()
        taken.append((m.start(), end))
        out.append(_make(sentence, "number", m.start(), end, f"percent:{_fmt_number(value)}",
                         (of,) if of else (), f"percent of {of}" if of else "percent", value))
    for m in _DURATION.finditer(s) if _DURATION_HINT.search(s) else ():
        if _overlaps(m.start(), m.end("unit"), taken):
            continue
        raw = (m.group("num") or "").lower()
        long_form = bool(m.group("long"))
        if not raw and not long_form:
            continue  # a bare "year" or "week" is not a duration
        if raw in ("a", "an", ""):
            amount = 1.0
        else:
            amount = number_value(raw)
            if amount is None:
                continue
        unit = m.group("unit").lower()
        noun = (m.group("noun") or "").lower()
        if s[m.end("unit"):m.end("unit") + 4] == "-old" or (raw in ("a", "an") and not long_form and not noun.startswith("-")):
            continue  # "11-year-old" is an age; "a year ago" frames the story, it states no figure
        # "three-day" and "week-long" are adjectives before their noun; "six months" stands alone.
        hyphenated = long_form or (m.group("num") is not None and s[m.end("num"):m.end("num") + 1] == "-")
        if raw and raw.isdigit() and 1900 <= int(raw) <= 2099:
            continue
        end = m.end() if hyphenated and noun and noun not in STOP_WORDS else m.end("long") if long_form else m.end("unit") + (1 if s[m.end("unit"):m.end("unit") + 1] == "s" else 0)
        start = m.start() if raw not in ("a", "an") or long_form else m.start("unit")
        if not raw and long_form:
            start = m.start("unit")
        days = amount * _TIME_UNITS[unit]
        trip = hyphenated and noun in _TRIP_NOUNS
        slot = "trip duration" if trip else f"duration of {stem(noun)}" if hyphenated and noun and noun not in STOP_WORDS else "duration"
        taken.append((start, end))
        out.append(_make(sentence, "number", start, end, f"duration:{_fmt_number(days)}d",
                         (unit,), slot, days))
    for m in _COMPARATIVE.finditer(s) if _COMPARATIVE_HINT.search(s) else ():
        if _overlaps(m.start(), m.end(), taken):
            continue
        if not _MEASURE_END.search(m.group(0)):
            continue  # "more than a story", "more than 600 influential": no measure, no figure
        words = tuple(stem(w) for w in _LATIN_LOWER.findall(m.group(0).lower()))
        taken.append((m.start(), m.end()))
        out.append(_make(sentence, "number", m.start(), m.end(), "amount:" + " ".join(words), words,
                         f"amount of {words[-1]}", None))
    for m in _COUNT.finditer(s):
        if _overlaps(m.start(), m.end("num"), taken):
            continue
        raw = m.group("num")
        value = number_value(raw)
        if value is None or (raw.isdigit() and 1900 <= int(raw) <= 2099 and len(raw) == 4):
            continue
        if _THE_BEFORE.search(s[max(0, m.start() - 5):m.start()]):
            continue  # "the two leaders" refers back to known things; it does not count them
        if _MONTH_BEFORE.search(s[max(0, m.start() - 11):m.start()]):
            continue
        if _number_in_name(s, m.start()):
            continue  # "the Park 51 project": a piece of a name, no count of projects
        value *= _MULTIPLIERS.get((m.group("mult") or "").lower(), 1.0)
        words = m.group("words").split()
        kept: list[str] = []
        for word in words:
            if (word in STOP_WORDS or word in _MONTHS or word in _NUMBER_WORDS or word.endswith(("ed", "ly"))
                    or (kept and word.endswith("ing"))):
                break  # a verb or adverb after the counted thing ("one blogger asking")
            kept.append(word)
            if word.endswith("s") or word in _PLURALS:
                break  # a plural noun ends the counted thing ("two sides struck")
        if not kept or (raw.lower() == "one" and len(kept) == 1):
            continue  # "one of", "one day": not a count
        end = m.start("words") + len(" ".join(kept))
        # A plural hardly ever modifies a noun ("car dealers", not "cars dealers"), but a word
        # that always ends in -s does ("two testy news conferences", "arms sales"): when another
        # plural follows, the counted thing runs on to it, never cut at "news".
        follow = _NEXT_PLURAL.match(s, end)
        if follow and kept[-1].endswith("s") and follow.group(1).lower() not in STOP_WORDS:
            kept.append(follow.group(1).lower())
            end = follow.end()
        if kept[-1].endswith(_ADJECTIVE_ENDINGS) and not kept[-1].endswith(_ADJECTIVE_NOUNS):
            continue  # an adjective cut from its noun ("600 influential" Texans) is a fragment
        head = stem(kept[-1])
        taken.append((m.start(), end))
        out.append(_make(sentence, "number", m.start(), end, f"count:{_fmt_number(value)}:{head}",
                         tuple(stem(w) for w in kept), f"count of {head}", value))
    return out


_CAPITAL_BEFORE = re.compile(r"(?<![\w’'.\-])([A-Z][a-z]+) $")
_NOT_NAME_BEFORE_NUMBER = frozenset(_WEEKDAYS) | frozenset(_MONTHS) | {"no", "number", "page", "chapter", "section"}


def _number_in_name(s: str, start: int) -> bool:
    """True when the bare number at ``start`` (one to three digits) follows a capitalised word
    inside the sentence: "the Park 51 project", "Area 51", "Route 66" name one thing whole.

    A capital that opens the sentence or a quotation says nothing; a day or month before a
    number dates it ("May 17"); "Chapter 11" and "No. 3" number a thing rather than name it.
    """
    end = start
    while end < len(s) and s[end].isdigit():
        end += 1
    if not 1 <= end - start <= 3 or s[end:end + 1] in (",", ".") and s[end + 1:end + 2].isdigit():
        return False
    m = _CAPITAL_BEFORE.search(s, max(0, start - 30), start)
    if m is None or m.group(1).lower() in _NOT_NAME_BEFORE_NUMBER or is_place_name(m.group(1)):
        return False
    if re.match(r" [a-z]+s\b", s[end:end + 30]) and not s[end + 1:end + 30].split()[0].endswith("ss"):
        return False  # "Texas 3 seats": a plural noun after the number says it counts
    before = s[:m.start()].rstrip()
    return bool(before) and before[-1] not in ".!?“\"‘'—–:(\n"


def _dates(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Detail]:
    s = sentence.text
    out: list[Detail] = []
    for m in _WEEKDAY.finditer(s) if "day" in s else ():
        day = m.group(1).lower()
        out.append(_make(sentence, "date", m.start(), m.end(), f"weekday:{day}", (day,), "weekday", day))
    for m in _MONTH_DATE.finditer(s) if _MONTH_HINT.search(s) else ():
        month_word = m.group("month").lower().rstrip(".")
        if month_word == "may" and not (m.group("day") or m.group("year")):
            continue  # "may" the verb, capitalised at a sentence start
        if month_word == "march" and not (m.group("day") or m.group("year")) and m.start() == 0:
            continue
        month = _MONTHS.index(month_word) + 1 if month_word in _MONTHS else _MONTH_ABBR[month_word]
        day, year = m.group("day"), m.group("year")
        key = f"date:{year or '?'}-{month:02d}" + (f"-{int(day):02d}" if day else "")
        value = key.split(":", 1)[1]
        taken.append((m.start(), m.end()))
        out.append(_make(sentence, "date", m.start(), m.end(), key, (month_word,), "date", value))
    for m in _DECADE.finditer(s) if "0s" in s else ():
        start = m.start() - 4 if s[max(0, m.start() - 4):m.start()].lower() == "the " else m.start()
        taken.append((start, m.end()))
        out.append(_make(sentence, "date", start, m.end(), f"decade:{m.group('decade')}s", (), "decade",
                         f"{m.group('decade')}s"))
    for m in _YEAR.finditer(s) if "19" in s or "20" in s else ():
        if _overlaps(m.start(), m.end(), taken):
            continue
        taken.append((m.start(), m.end()))
        out.append(_make(sentence, "date", m.start(), m.end(), f"year:{m.group('year')}", (), "year", m.group("year")))
    return out


def _quotes(sentence: Sentence) -> list[Detail]:
    out: list[Detail] = []
    for m in _QUOTE.finditer(sentence.text) if _QUOTE_HINT.search(sentence.text) else ():
        group = "a" if m.group("a") is not None else "b" if m.group("b") is not None else "c"
        inner = m.group(group)
        if group == "b" and (inner[:1].isspace() or inner[-1:].isspace()):
            continue  # the text between two quotes ('...heritage," says Perry in the ad "Strong"')
        words = tuple(normalise_word(w) for w in _QUOTE_WORD.findall(inner))
        if not words:
            continue
        start, end = m.start(group), m.end(group)
        # Trim the punctuation a quote ends with inside its marks ("...a great friend,").
        while end > start and sentence.text[end - 1] in ",.;: …":
            end -= 1
        out.append(_make(sentence, "quote", start, end, "quote:" + " ".join(words), words, "", None))
    return out


def _entities(sentence: Sentence, mid_caps: set[str], lower_words: set[str], tokens: _Tokens) -> list[Detail]:
    s = sentence.text
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    # Runs and pieces are lists of token positions (indexes into ``words``).
    runs: list[list[int]] = []
    current: list[int] = []
    previous = -2
    # Only tokens that may belong to a name are visited; any other token ends the current run.
    titles = tokens.titles
    for i in compress(range(len(words)), map(_may_be_name, words)):
        if (titles and any(lo <= starts[i] < hi for lo, hi in titles) and normalise_word(words[i]) not in mid_caps
                and not is_given_name(words[i].lower()) and not words[i].isupper()):
            # "Cover That Makes Her Look Crazy": in a quoted headline, only a word the article
            # writes as a name elsewhere (or a given name, or initials) is one.
            continue
        if i != previous + 1 and current:
            runs.append(current)
            current = []
        previous = i
        word = words[i]
        # "I" is a pronoun, not a name ("Everything I know", "Anything I can do").
        is_cap = ((word[:1].isupper() and word != "I") or (word[:1].isdigit() and current and "-" in word)
                  or _LOWER_LED_NAME.match(word) is not None)
        low_word = word.lower()
        connector = (
            current and i + 1 < len(words)
            # "on", "to" join only after a body's head word: "Center on Budget and Policy
            # Priorities", "Committee to Preserve Social Security"; never "Senate on Tuesday".
            and (low_word in _CONNECTORS or (low_word in BODY_CONNECTORS and normalise_word(words[current[-1]]) in BODY_HEADS
                                             and words[i + 1].lower().rstrip(".") not in _DATE_TAIL))
            and (words[i + 1][:1].isupper() or (words[i + 1] == "the" and i + 2 < len(words) and words[i + 2][:1].isupper())
                 or (low_word == "for" and words[i + 1] in ("a", "an") and i + 2 < len(words) and words[i + 2][:1].isupper()
                     and normalise_word(words[current[-1]]) in BODY_HEADS))
            # "the" only inside "of the", "for the": "National Association for the Advancement of ..."
            and (low_word != "the" or words[current[-1]].lower() in ("of", "for"))
        ) or (
            # "European Centre for a Modern Ukraine", "Coalition for a Democratic Workforce": "for
            # a" after a body's head word goes on with the body's name.
            low_word in ("a", "an") and len(current) >= 2 and words[current[-1]].lower() == "for"
            and normalise_word(words[current[-2]]) in BODY_HEADS and i + 1 < len(words) and words[i + 1][:1].isupper()
        )
        if is_cap or connector:
            if current and s[ends[current[-1]]:starts[i]].strip():
                runs.append(current)  # punctuation between tokens ends a name
                current = []
            if (len(current) >= 2 and words[current[-1]].lower() in ("and", "&") and word.endswith(_POSSESSIVE_SUFFIXES)
                    and _chain_name(words, i)):
                runs.append(current[:-1])  # "Wal-Mart and Sam's Club": two chains, the second named whole
                current = []
            current.append(i)
            if word.endswith(_POSSESSIVE_SUFFIXES) and not _possessive_in_title(words, i, current, s, starts, mid_caps):
                runs.append(current)  # "Tokyo’s Akasaka Palace": the possessive ends a name
                current = []
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    runs = _nicknames_joined(runs, s, words, starts, ends)
    for run in runs:
        k = run[-1] + 1
        if (k < len(words) and words[k] == "I" and len(run) >= 2 and s[ends[run[-1]]:starts[k]] == " "
                and words[run[-1]][:1].isupper() and (k + 1 == len(words) or words[k + 1] in _AFTER_NUMERAL)):
            run.append(k)  # "during World War I, then": a numeral, not the pronoun (which a verb follows)
        if k < len(words) and words[k].isdigit() and s[ends[run[-1]]:starts[k]] == " " and _number_in_name(s, starts[k]):
            run.append(k)  # "the Park 51 project", "Area 51": the number is part of the name
        k = run[0]
        if (k >= 3 and words[k - 1].isdigit() and words[k - 2] == "/" and words[k - 3].isdigit()
                and ends[k - 3] == starts[k - 2] and ends[k - 2] == starts[k - 1] and s[ends[k - 1]:starts[k]] == " "):
            run[:0] = [k - 3, k - 2, k - 1]  # "the 9/12 Project", "the 9/11 Commission": the number names it too
        elif (k >= 1 and words[k - 1].isdigit() and s[ends[k - 1]:starts[k]] == " " and starts[k - 1]
              and s[starts[k - 1] - 1] in _OPENING_QUOTES and _QUOTE_CLOSES.match(s, ends[run[-1]])):
            run.insert(0, k - 1)  # CBS's ''60 Minutes'', NBC's “30 Rock”: a quoted title opening on a number
    out: list[Detail] = []
    titles = _quoted_titles(s)
    for run in runs:
        if titles and any(lo <= starts[run[0]] < hi for lo, hi in titles):
            continue  # a piece of a quoted title ("Face", "Nation"): the title is the name, below
        for piece in _split_run(run, s, tokens, mid_caps, lower_words):
            out.extend(_entity_detail(sentence, tokens, piece, mid_caps))
    for lo, hi in titles:
        detail = _entity_from_span(sentence, lo, hi)
        if detail is not None:
            out.append(detail)
    # A name has a capital letter: "The 10-year-old lawsuit" opens a sentence with a number
    # compound, which names nothing.
    return [d for d in out if any(ch.isupper() for ch in d.text)]


# What follows a name's Roman numeral "I" ("World War I,", "Elizabeth I."), never the pronoun's verb.
_AFTER_NUMERAL = frozenset([",", ".", ";", ":", ")", "”", '"', "—", "–", "and", "or"])
_NICKNAME_OPEN = frozenset(["“", '"', "‘", "'"])
_NICKNAME_CLOSE = {"“": "”", '"': '"', "‘": "’", "'": "'"}


def _nicknames_joined(runs: list[list[int]], s: str, words: list[str], starts: list[int],
                      ends: list[int]) -> list[list[int]]:
    """The runs with a nickname in quotation marks inside a name made one: "John “Tig” Tiegen",
    "Thomas ''Tip'' O'Neill" is one person, not "John" and "Tiegen" (and no quotation).

    A run ending in a capitalised word, one space, a quoted single capitalised word, one space,
    and a run opening on a capitalised word: the two runs and the nickname are one name.
    """
    out: list[list[int]] = []
    j = 0
    while j < len(runs):
        run, prev = runs[j], (out[-1] if out else None)
        k = prev[-1] if prev else -1
        # (The nickname, capitalised, is a run of its own between the two.)
        nickname = j + 1 < len(runs) and run == [k + 2]
        after = runs[j + 1] if nickname else run
        if (prev is not None and after[0] == k + 4 and words[k][:1].isupper() and words[k + 1] in _NICKNAME_OPEN
                and words[k + 3] == _NICKNAME_CLOSE[words[k + 1]] and words[k + 2][:1].isupper()
                and words[after[0]][:1].isupper() and s[ends[k]:starts[k + 1]] == " "
                and starts[k + 2] == ends[k + 1] and starts[k + 3] == ends[k + 2] and s[ends[k + 3]:starts[after[0]]] == " "):
            out[-1] = prev + [k + 2] + after
            j += 2 if nickname else 1
            continue
        out.append(run)
        j += 1
    return out


# A short title in quotation marks, its words capitalised but for small ones: CBS's “Face the
# Nation”, ABC's "This Week", the “Rapid Response Group”. Its small words ("the", "of") are
# part of the name, so it is one name, never "Face" and "Nation".
_QUOTED_TITLE = re.compile(r"(?<=[“\"])([A-Z][\w’'\-]*(?:\s+(?:(?:the|of|a|an|and|for|in|on|to|at)\s+)*[A-Z][\w’'\-]*){1,5})"
                           r"(?=[,.!?]?[”\"])")


def _quoted_titles(s: str) -> list[tuple[int, int]]:
    """The spans of the short quoted titles in sentence ``s`` that hold a small lower-case word
    (without one, the capitalised run is already the whole name)."""
    if "“" not in s and '"' not in s:
        return []
    return [(m.start(1), m.end(1)) for m in _QUOTED_TITLE.finditer(s) if _SPACE_LOWER.search(m.group(1))]


_QUOTED = re.compile(r"“([^”]{12,})”|\"([^\"]{12,})\"")


def _title_case_quotes(s: str) -> list[tuple[int, int]]:
    """The spans of quoted headlines in title case in sentence ``s`` ("“Newsweek Puts Picture of
    Michele Bachmann on Cover That Makes Her Look Crazy”"): there, a word the article also
    writes in lower case ("cover", "look") is no name, whatever its capital."""
    if "“" not in s and '"' not in s:
        return []
    out = []
    for m in _QUOTED.finditer(s):
        group = 1 if m.group(1) is not None else 2
        inner = m.group(group).rstrip(".,!?")
        if len(inner.split()) >= 5 and is_heading(inner):
            out.append((m.start(group), m.end(group)))
    return out


# Common nouns that open a body's name in the possessive ("People's Party", "Children's Hospital").
_COMMON_POSSESSORS = frozenset("people children women men veterans workers teachers".split())


def _chain_name(words: list[str], i: int) -> bool:
    """Whether the possessive ``words[i]`` is a lone given name opening a chain's or a club's
    name: "Sam's Club", "Denny's Restaurants". In news prose a person is named by the surname,
    so a bare "Sam's" before a body's head word owns no club: the two words are one name."""
    return (i + 1 < len(words) and is_given_name(normalise_word(words[i])) and _capitalised(words[i + 1])
            and normalise_word(words[i + 1]) in ORG_HEADS | COMPANY_WORDS
            and (i + 2 >= len(words) or not _capitalised(words[i + 2])))


def _possessive_in_title(words: list[str], i: int, current: list[int], s: str, starts: list[int],
                         mid_caps: set[str]) -> bool:
    """True when the possessive ``words[i]`` is inside one name rather than ending one: a quoted
    title ("Fox News' “America’s Newsroom”"), or a publication's name after its kind ("the Web
    site Freedom’s Lighthouse") when the possessor is no name the article uses on its own, no
    place, no given name ("Tokyo’s Akasaka Palace" is two names).
    """
    if i + 1 >= len(words) or not _capitalised(words[i + 1]):
        return False
    last = i + 2 >= len(words) or not _capitalised(words[i + 2])
    if last and words[i + 1].lower().rstrip(".") in BUSINESS_NOUNS:
        return True  # "Joey's Diner", "Mike's Pizza": the owner's name is part of the shop's
    if (i + 2 < len(words) and _capitalised(words[i + 2]) and words[i + 2].lower().rstrip(".") in BUSINESS_NOUNS
            and (i + 3 >= len(words) or not _capitalised(words[i + 3]))
            and normalise_word(words[i]) not in mid_caps and not is_place_name(words[i][:-2])
            and not is_place_name(words[i + 1]) and not is_city_name(words[i + 1])):
        return True  # "Fratello’s Italian Grille": a word between, and the owner no name of its own in the article
    if len(current) == 1 and _chain_name(words, i):
        return True
    if (last and normalise_word(words[i + 1]) in ORG_HEADS
            and normalise_word(words[i][:-2]) in _TITLES | _COMMON_POSSESSORS):
        return True  # "the Maricopa County Sheriff’s Department", "Children's Hospital": one body
    if (last and normalise_word(words[i + 1]) in INSTITUTION_HEADS and len(current) >= 2
            and normalise_word(words[current[0]]) in ("st", "saint")):
        return True  # "St. Anselm's College", "St. John's University": a school named for its saint
    start = starts[current[0]]
    if start and (s[start - 1] == "“" or (s[start - 1] == '"' and (start == 1 or s[start - 2] in " \n(—"))):
        return True  # right after an opening quote ('," Twitter’s Adam Sharp wrote' follows a closing one)
    possessor = normalise_word(words[i])
    before = s[:starts[current[0]]].split()[-1:]
    return (len(current) == 1 and bool(before) and before[0].lower() in MEDIA_NOUNS and possessor not in mid_caps
            and not is_place_name(possessor)
            and not is_given_name(possessor) and not words[i].isupper())


# A publication's verb right after its name, adverbs between ("Politico also reports"); never a
# passive participle ("Nothing reported by the committee").
_PUBLISHED = re.compile(r"(?:\s+(?:also|first|later|recently|previously|earlier|originally))?\s+"
                        r"(?:reported|reports|wrote|writes|published|publishes|revealed|reveals)\b(?!\s+by\b)")


def _split_run(run: list[int], s: str, tokens: _Tokens, mid_caps: set[str],
               lower_words: set[str]) -> list[list[int]]:
    text_of = tokens.words
    while run and text_of[run[-1]].lower() in _CONNECTORS:
        run = run[:-1]
    # "The New York Times and The Washington Post": a capitalised article after "and" opens a
    # second name; no name holds "and The" ("House Ways and Means Committee" has no article).
    cut = next((n for n in range(1, len(run) - 1)
                if text_of[run[n]].lower() in ("and", "&") and text_of[run[n + 1]] == "The"), None)
    if cut is not None:
        return (_split_run(run[:cut], s, tokens, mid_caps, lower_words)
                + _split_run(run[cut + 1:], s, tokens, mid_caps, lower_words))
    # "Donald Trump called Wednesday for Supreme Court Justice ...": a weekday, then "for" or
    # "and", is the date of the verb before it, not the first word of a name.
    while (len(run) > 2 and normalise_word(text_of[run[0]]) in _WEEKDAYS
           and text_of[run[1]].lower() in ("for", "and", "&", "of")):
        run = run[2:]
    # "CNN Friday", "WMUR Monday": a day or month after a name is a date, not part of it.
    # ("Fox News Sunday" in quotation marks is a show's name, whole.)
    quoted = _ends_before(s, tokens.starts[run[0]], ("“", '"')) if run else False
    # "on Super Tuesday", "until Black Friday": after a word that opens a time, one capitalised
    # word the article capitalises nowhere but before a weekday is the day's own name, no name
    # of a body or a person; "told CNN Friday", "that Obama Tuesday signed" (initials, no time
    # word before) stay a name and a date.
    if (len(run) >= 2 and normalise_word(text_of[run[-1]]) in _WEEKDAYS and not quoted
            and run[-2] > 0 and text_of[run[-2] - 1].lower() in _DAY_NAME_OPENERS
            and normalise_word(text_of[run[-2]]) not in mid_caps and not text_of[run[-2]].isupper()
            and not is_given_name(text_of[run[-2]].lower()) and not is_place_name(text_of[run[-2]])):
        run = run[:-2]
        while run and text_of[run[-1]].lower() in _CONNECTORS:
            run = run[:-1]
        if not run:
            return []
    while len(run) > 1 and text_of[run[-1]].lower().rstrip(".") in _DATE_TAIL and not quoted:
        run = run[:-1]
    # "Presumptive GOP", "Democratic-controlled Senate": a modifier before a name is no part of it.
    while len(run) > 1 and (text_of[run[0]].lower() in LEADING_MODIFIERS or _CAPITAL_HYPHEN_LOWER.match(text_of[run[0]])):
        run = run[1:]
    if not run:
        return []
    greeting = len(run) > 1 and text_of[run[0]].lower() in SALUTATIONS
    if greeting:
        run = run[1:]  # "Dear Members,": the greeting's word goes, and what it addresses opens the letter
    first = text_of[run[0]]
    quoted_whole = (len(run) > 1 and _ends_before(s, tokens.starts[run[0]], ("“", '"'))
                    and s[tokens.ends[run[-1]]:tokens.ends[run[-1]] + 2].lstrip(",").startswith(("”", '"')))
    if quoted_whole:
        pass  # a quoted title is a name whole: ABC's "This Week", "Fox News Sunday"
    # A sentence the splitter did not end ("...do so. Government officials said") starts here too.
    # After a colon a clause may open with a capital ("cases: Namely the question of intent").
    elif greeting or run[0] == 0 or _ends_before(s, tokens.starts[run[0]], ("“", '"', "'", "‘", "—", "--", ". ", ".", "?", "!",
                                                                             ":")):
        low = first.lower()
        # "Boeing" ends in -ing but stands capitalised mid-sentence elsewhere: a name.
        common = (low in STOP_WORDS or low in lower_words or normalise_word(first) not in mid_caps
                  or low.endswith(("ly", "ed", "thing"))
                  # After "Dear" a word is capitalised as the letter's first: "Dear Members", not "Dear Bob".
                  or (greeting and not is_given_name(low) and not is_place_name(first)))
        # "US stocks fell", "Bank of America fared worse": initials and an organisation's head
        # word followed by "of" and a name start a name, not just the sentence.
        if (2 <= len(first.replace(".", "")) <= 6 and first.isupper()) or (low in ORG_HEADS and len(run) > 2 and text_of[run[1]].lower() in _BODY_JOINS):
            common = False
        # "-- Afghanistan or Iraq --": a country, state or city of the lexicons is a name wherever it stands.
        if common and (is_place_name(first) or is_city_name(first)):
            common = False
        # "New Hampshire polls have shown ...", "New York is ...": a sentence's first word that
        # opens a place name of two or three words is the place's, though "new" is a common word.
        if common and any(is_place_name(" ".join(text_of[k] for k in run[:n])) or is_city_name(" ".join(text_of[k] for k in run[:n]))
                          for n in (2, 3) if len(run) >= n):
            common = False
        # "Politico reported over the weekend that ...", "Mediaite writes": a single capitalised word
        # whose verb is one of publishing is a publication quoted as a source. Plural nouns
        # ("Officials reported") and words the article writes in lower case are not.
        if common and len(run) == 1 and low not in STOP_WORDS and low not in lower_words and not low.endswith("s") \
                and _PUBLISHED.match(s, tokens.ends[run[0]]):
            common = False
        if common and (len(run) == 1 or low in STOP_WORDS or low in _SENTENCE_OPENERS or low in _NUMBER_WORDS
                       or low.endswith(("ly", "ing")) or text_of[run[1]] in _CONNECTORS):
            run = run[1:]  # a capital that only starts the sentence ("Interestingly", "Portions of")
            while run and text_of[run[0]] in _CONNECTORS:
                run = run[1:]
            if len(run) == 1 and text_of[run[0]].lower() in lower_words:
                return []  # "This Week" cut to "Week": a common word, not a name
    while len(run) > 1 and (text_of[run[0]].lower() in LEADING_MODIFIERS or _CAPITAL_HYPHEN_LOWER.match(text_of[run[0]])):
        run = run[1:]  # again, after a sentence opener: "The Democratic-controlled Senate"
    pieces: list[list[int]] = []
    current: list[int] = []
    # A name that ends in an organisation's or a law's head word is one name even where a title
    # word or "and" stands inside it ("North American Free Trade Agreement", "House Ways and
    # Means Committee", "Defense Department"); otherwise titles and "and" separate names.
    whole = bool(run) and normalise_word(text_of[run[-1]]) in ORG_HEADS
    # "Office of Management and Budget", "National Commission on Fiscal Responsibility and
    # Reform": a body's head word, then "of"/"on"/"to"/"for" and capitalised words, is one name
    # whose "and" joins its own words ("Democrats and Republicans" has no such head and splits).
    whole = whole or any(normalise_word(text_of[a]) in BODY_HEADS and text_of[b].lower() in _BODY_JOINS
                         for a, b in zip(run, run[1:]))
    first_and = next((n for n, k in enumerate(run) if text_of[k].lower() in ("and", "&")), 0)
    if first_and >= 2 and not whole and run[-1] + 1 < len(text_of):
        # "the House Ways and Means and Budget committees": the head comes after the names, in
        # the plural, and makes the run one mention of the bodies it names, not three names
        # (a name of two words or more before "and": "the Senate and House committees" stay two).
        after = text_of[run[-1] + 1].rstrip(".")
        whole = after.islower() and after.endswith("s") and after[:-1] in ORG_HEADS | {"committee"} \
            or after.endswith("ies") and after[:-3] + "y" in ORG_HEADS
    for k in run:
        low = text_of[k].lower()
        if low == "the" and not whole and not any(normalise_word(text_of[j]) in ORG_HEADS for j in current):
            # "South Korea for the Asia-Pacific ...": "for the" joins a body's name ("National
            # Association for the Advancement of ..."), not a place and what follows it.
            while current and text_of[current[-1]].lower() in _CONNECTORS:
                current.pop()
            if current:
                pieces.append(current)
            current = []
            continue
        if not whole and (low in ("and", "&") or (normalise_word(text_of[k]) in _TITLES and not _title_inside_name(
                text_of, current, k, run[-1]) and not _title_opens_company(text_of, k, run[-1]))):
            if current:
                pieces.append(current)
            current = []
            continue
        if (current and k != run[-1] and is_given_name(low)
                and (normalise_word(text_of[current[-1]]) in _ORG_ENDS | PARTY_NOUNS | SERVICE_MEMBERS
                     # "at Bedminster, N.J. Roger Ailes": a state's dotted abbreviation ends a place
                     # (a dateline's or a sentence the splitter did not end), and the person follows
                     or (text_of[current[-1]].endswith(".") and len(current) == 1
                         and text_of[current[-1]].replace(".", "").lower() in STATE_ABBREVIATIONS
                         and normalise_word(text_of[current[-1]]) not in _TITLES | {"del", "miss"})
                     # "the White House James S. Brady briefing room": a building's name, then a person's
                     or (len(current) >= 2 and normalise_word(text_of[current[-1]]) == "house"))):
            # "former CIA operative and Marine John Tiegen": a service's member before a given name
            # says what the person served as; it names no one.
            if not (len(current) == 1 and normalise_word(text_of[current[0]]) in SERVICE_MEMBERS):
                pieces.append(current)  # "Air Force James Roche", "Chrysler LLC Jim Press": two names
            current = []
        current.append(k)
    if current:
        pieces.append(current)
    pieces = [p for piece in pieces for p in _title_object_and_place(piece, text_of, lower_words)]
    kept = []
    for piece in pieces:
        if piece[-1] < run[-1] and normalise_word(text_of[piece[-1] + 1]) in _TITLES:
            # Before a title, trailing common words belong to the title: "DNC Communications
            # Director" names the DNC; "Communications" is no name.
            acronym_first = len(text_of[piece[0]]) >= 2 and text_of[piece[0]].isupper()
            # ("Supreme Court Justice Sonia Sotomayor": a body's head word before the title ends
            # the body's name, even where the article writes "court" in lower case elsewhere.)
            while (len(piece) > 1 and (text_of[piece[-1]].lower() in lower_words or acronym_first)
                   and normalise_word(text_of[piece[-1]]) not in ORG_HEADS):
                piece = piece[:-1]
        words = [normalise_word(text_of[k]) for k in piece]
        end = tokens.ends[piece[-1]]
        after = s[end:end + 2]
        if len(piece) == 1 and words[0] in INTERJECTIONS:
            continue  # "Dear Members, Please join me": politeness opening a clause, no name
        if len(piece) == 1 and (words[0].endswith(_ADJECTIVAL) or words[0] in FAITH_WORDS) and _SPACE_LOWER.match(after):
            continue  # "Japanese citizens", "American military hardware": adjectives, not names
        if len(piece) == 1 and words[0].endswith(_DEMONYM) and words[0] in lower_words:
            continue
        if all(w in GROUP_MODIFIERS for w in words) and _SPACE_LOWER.match(after):
            continue  # "Republican Congressional candidates": a party's and Congress's adjectives, no name
        if (len(piece) == 1 and piece[-1] != pieces[-1][-1] and words[0].endswith(_DEMONYM) and len(pieces) > 1
                and not is_place_name(text_of[piece[0]])):
            continue  # "Chinese" in "Chinese President Xi Jinping" describes the title ("Japan and Korea" are places)
        if len(piece) == 1 and words[0] in MEDIUM_WORDS and _KIND_NOUN_AND_NAME.match(s, end):
            continue  # "the Television channel NY1": the medium before the kind noun of the name after
        kept.append(piece)
    return kept


def _title_opens_company(text_of: list[str], k: int, last: int) -> bool:
    """Whether the title word at ``k`` opens a company's name: "General Electric", "General
    Motors", "General Mills": a title before a word companies end their names with (no surname)
    and nothing after it, so the two words are one company, not a general called Electric."""
    return (k + 1 <= last and not text_of[k].endswith(".")
            and title_opens_company([normalise_word(text_of[k]), normalise_word(text_of[k + 1])])
            and (k + 1 == last or text_of[k + 2].lower() in ("and", "&")))


def _title_inside_name(text_of: list[str], current: list[int], k: int, last: int) -> bool:
    """Whether the title word at ``k`` is part of the name around it, not a title before a name:
    a surname after a lone given name that ends the run ("Rep. Peter King, R-N.Y."), or a word
    after a participle that opens a body's name ("the Associated General Contractors", "The
    Associated Press")."""
    if not current:
        return False
    before = text_of[current[-1]]
    if k == last and len(current) == 1 and is_given_name(before.lower()):
        return True
    # "The Associated Press", "United Press International": a participle opens the body's name,
    # and the title word after it is one of its words, last or not.
    return (len(before) > 5 and before.lower().endswith("ed") and not is_given_name(before.lower())
            and (k == last or text_of[k + 1][:1].isupper()))


def _title_object_and_place(piece: list[int], text_of: list[str], lower_words: set[str]) -> list[list[int]]:
    """A piece of a capitalised run cut where a title's object or a person's place is glued to a name.

    "Chief of Staff Rahm Emanuel": the split at the title "Chief" leaves "of Staff Rahm Emanuel";
    "of Staff" is the rest of the title, and the name starts at the given name ("Rahm Emanuel").
    With no given name, the office's words go (:data:`biaslens.names.TITLE_OBJECTS`: "Secretary
    of State Clinton" gives "Clinton") and a lone object is no name at all ("Queen of Rage", a title, not a person).
    "Benjamin Netanyahu of Israel", "Sheriff Joe Arpaio of Maricopa County": a person's two or
    three words, then "of" and a place: two names, the person and the place.
    """
    if text_of[piece[0]].lower() == "the":
        # "The Washington Post" mid-sentence: the article opens the name, and no title's object
        # follows it, so a given name inside ("Washington") starts no person.
        piece = piece[1:]
    elif text_of[piece[0]].lower() in _CONNECTORS:
        while piece and text_of[piece[0]].lower() in _CONNECTORS:
            piece = piece[1:]
        given = next((n for n in range(1, len(piece) - 1) if is_given_name(text_of[piece[n]].lower())), None)
        if given is not None:
            body = piece[:given]
            piece = piece[given:]
            if any(normalise_word(text_of[k]) in _ORG_ENDS for k in body):
                return [body, piece]  # "Director of Air Force Communications Bill Bodie": a body, then the person
        elif len(piece) == 1:
            # "Prime Minister of Japan" names Japan; "Queen of Rage", "Chief of Staff" name no one.
            return [piece] if is_place_name(text_of[piece[0]]) else []
        else:
            # "of Staff Rahm Emanuel" (a given name no list knows): the office's words go; "CEO of
            # World Wrestling Entertainment" names a body, whole.
            while len(piece) > 1 and normalise_word(text_of[piece[0]]) in TITLE_OBJECTS:
                piece = piece[1:]
    elif (piece[0] >= 2 and text_of[piece[0] - 1] == "of" and text_of[piece[0] - 2].islower()
          and normalise_word(text_of[piece[0] - 2]) in _TITLES):
        # "former secretary of State Hillary Clinton": a title written in lower case, then "of"
        # and its object in capitals; the object is the title's, and the name follows it.
        # ("director of Housing Studies at Harvard": with no given name after it, the object is a body's name.)
        rest = piece
        while len(rest) > 1 and normalise_word(text_of[rest[0]]) in TITLE_OBJECTS:
            rest = rest[1:]
        if rest is not piece and len(rest) >= 2 and is_given_name(text_of[rest[0]].lower()):
            piece = rest
    if not piece:
        return []
    words = [text_of[k].lower() for k in piece]
    cut = words.index("of") if "of" in words else -1
    # A person's name: after a title (the run's word before the piece) or opening on a given name;
    # "Bank of America" (one word), "Federal Bureau of Investigation" (a body's head) stay whole.
    person = 0 < piece[0] and normalise_word(text_of[piece[0] - 1]) in _TITLES or is_given_name(words[0])
    # "the Virginia House of Delegates", "the House of Commons": a chamber before "of" is a
    # legislature's name, whole, not a person's ("Virginia" is a given name too) and a place.
    if 1 <= cut and normalise_word(text_of[piece[cut - 1]]) in CHAMBERS:
        return [piece]
    # "Darrell Issa of California": a known place after a two- or three-word name says so too
    # ("United States of America" is one place: the words before "of" are a place themselves).
    place_after = (is_place_name(" ".join(text_of[k] for k in piece[cut + 1:]))
                   and not is_place_name(" ".join(text_of[k] for k in piece[:cut])))
    if (2 <= cut <= 3 and cut < len(piece) - 1 and (person or place_after) and all(normalise_word(w) not in _ORG_ENDS for w in words)
            and all(text_of[k][:1].isupper() for k in piece[cut + 1:])):
        return [piece[:cut], piece[cut + 1:]]
    # "Justice Ginsburg of the U.S. Supreme Court", "Chairman Ben Bernanke of the Federal
    # Reserve": titles and a name, then "of" and a body kept whole by its head word: the person
    # (the titles go, as they do before any name) and the body, two mentions.
    titled = next((n for n, w in enumerate(words) if normalise_word(w) not in _TITLES), 0)
    if (titled and 1 <= cut - titled <= 3 and cut < len(piece) - 1 and not _title_opens_company(text_of, piece[0], piece[-1])
            and all(normalise_word(w) not in _ORG_ENDS and text_of[k][:1].isupper()
                    for w, k in zip(words[titled:cut], piece[titled:cut]))
            and normalise_word(text_of[piece[-1]]) in _ORG_ENDS):
        body = piece[cut + 1:]
        while body and text_of[body[0]].lower() == "the":
            body = body[1:]
        return [piece[titled:cut], body] if body else [piece[titled:cut]]
    # "Martha Raddatz of ABC News", "Robert Greenstein of the Center ...": a person opening on a
    # given name, then "of" and a body ending in its head word: the person and the body.
    if (2 <= cut <= 3 and cut < len(piece) - 1 and is_given_name(words[0])
            and all(normalise_word(w) not in _ORG_ENDS for w in words[:cut])
            and normalise_word(text_of[piece[-1]]) in _ORG_ENDS and all(text_of[k][:1].isupper() for k in piece[cut + 1:])):
        return [piece[:cut], piece[cut + 1:]]
    return [piece]


def _entity_detail(sentence: Sentence, tokens: _Tokens, piece: list[int], mid_caps: Container[str]) -> list[Detail]:
    first = tokens.words[piece[0]]
    if len(piece) == 1 and PARTY_TAG.match(first):
        return []  # "R-Va.", "D-Calif.": a legislator's party and state, told with the person
    after = piece[-1] + 1
    if (tokens.words[piece[-1]].lower() in _SIDE_WORDS and after < len(tokens.words)
            and tokens.words[after].lower().rstrip(".") in _TITLES):
        return []  # "House Minority Leader Nancy Pelosi": the body and its side belong to her title
    # Hyphenated pairs of names ("US-Japan", "Israel-Hamas") name two things.
    if len(piece) == 1 and _CAPITAL_HYPHEN_LOWER.match(first):
        # "the Atlanta-based company", "a Texas-area chain": a place of the place list glued to
        # a lower-case word still names the place; "American-made", "Japanese-led" are adjectives.
        place, glued = first.split("-", 1)
        # "the Bush-era tax cuts", "Obama-era rules": a name before "-era" names the one the
        # era is called after (issue #13); "Victorian-era" is an adjective.
        if is_place_name(place) or is_city_name(place) or (
                glued.lower() == "era" and not place.lower().endswith(ADJECTIVE_ENDINGS)):
            detail = _entity_from_span(sentence, tokens.starts[piece[0]], tokens.starts[piece[0]] + len(place))
            return [detail] if detail else []
        return []
    if len(piece) == 1 and "-" in first:
        parts = first.split("-")
        # A part that is a small word ("Come-To-Jesus") makes one capitalised compound, kept whole.
        # The parts name two things only when each also stands alone in the article (or is a
        # place): "US-Japan" beside "US" and "Japan"; "Wal-Mart" is one company, never "Wal".
        if (len(parts) >= 2 and all(p[:1].isupper() and (p.isupper() or p.lower() not in STOP_WORDS) for p in parts)
                and parts[0].lower() not in _HYPHEN_PREFIXES and first != "Asia-Pacific"
                and all(normalise_word(p) in mid_caps or is_place_name(p) for p in parts)):
            out = []
            offset = tokens.starts[piece[0]]
            for part in parts:
                detail = _entity_from_span(sentence, offset, offset + len(part))
                if detail:
                    out.append(detail)
                offset += len(part) + 1
            return out
    detail = _entity_from_span(sentence, tokens.starts[piece[0]], tokens.ends[piece[-1]])
    return [detail] if detail else []


def _entity_from_span(sentence: Sentence, start: int, end: int) -> Detail | None:
    s = sentence.text
    surface = s[start:end]
    if surface.endswith(_POSSESSIVE_SUFFIXES):
        end -= 2
        surface = s[start:end]
    tail = _LOWER_HYPHEN_TAIL.search(surface)
    if tail and (" " in surface or surface[:tail.start()].isupper()):
        end -= len(tail.group())  # "Kansas City-area", "EADS-led": the name, not the adjective
        surface = s[start:end]
    surface_stripped = surface.rstrip(".")
    if surface_stripped != surface and not _INITIAL_END.search(surface):
        end -= len(surface) - len(surface_stripped)
        surface = surface_stripped
    if surface.endswith(_POSSESSIVE_SUFFIXES):
        end -= 2  # "looser than were Clinton's.": the possessive before the sentence's full stop
        surface = s[start:end]
    if not surface or len(surface) < 2:
        return None
    tokens = name_tokens(surface)
    if not tokens:
        return None
    if len(tokens) == 1 and _CONTRACTION.match(surface):
        return None  # "We're not reading out details": a pronoun and its verb
    if tokens[0] in _DOCUMENT_PARTS and (all(t.isdigit() for t in tokens[1:]) if len(tokens) > 1
                                         else _NUMBER_AFTER.match(s, end) is not None):
        return None  # "Article 1, Section 2": a place in a document's text
    if all(p in _MONTHS or p in _MONTH_ABBR or p in _WEEKDAYS or p.isdigit() for t in tokens for p in t.split("-")):
        return None  # "a March 31-April 4 survey": a date range, not a name
    if all(t in STOP_WORDS or t in _WEEKDAYS or t in _MONTHS or t in _MONTH_ABBR or t in CORPORATE_SUFFIXES
           or t == "i" or t.startswith(("i'", "i’")) or t in _COMMON_ACRONYMS for t in tokens):
        return None  # days and months are dates, not names
    return _make(sentence, "entity", start, end, "entity:" + " ".join(tokens), tokens, "", None)


def _verb_cut(words: list[tuple[int, int, str]], next_word: str) -> list[tuple[int, int, str]]:
    """The words of a chunk a reader can quote: never a subject with its verb, nor a modifier
    cut from its head.

    Without a tagger, a clause's verb shows by its place: an -ed word after the chunk's first
    word with more after it ("the president remained strong", "video received widespread
    attention"), or a last
    word in -s/-ing right before its object ("incest poses a", "individuals asking the"). The
    subject before the verb is dropped, so what is kept is the verb with its object (the -ed
    verb is then stripped as any leading verb is) or nothing. A last -ing word right before a
    capitalised word modifies that name ("prevent outgoing House Speaker"): it is dropped.
    """
    for k in range(1, len(words) - 1):  # a last -ed word is stripped as a trailing participle
        w = words[k][2]
        # After an -ly word the -ed word modifies ("the carefully choreographed event"), after
        # an -ing verb it opens the object ("start funding selected mining projects"); a
        # hyphened one is a compound adjective ("open-ended").
        if (len(w) > 4 and w.endswith("ed") and not w.endswith("eed") and "-" not in w
                and not words[k - 1][2].endswith(("ly", "ing"))):
            words = words[k:]
            break
    last = words[-1][2] if words else ""
    if next_word.lower() in _OBJECT_OPENERS and len(words) > 1 and (
            _is_plural(last) or last.endswith("ing")):
        return []  # subject + verb: the verb's object is outside the chunk
    if next_word.lower() in ("a", "an") and len(words) > 1 and not last.endswith("ed") \
            and last not in _IRREGULAR_PARTICIPLES:
        # A noun phrase is not followed by "a": the last word is the verb ("The best [hackers] use
        # a ''zero day'' flaw", "the news magazine ran a"), dropped with the object it leaves out;
        # a participle is stripped anyway.
        return words[:-1]
    if next_word[:1].isupper() and last.endswith("ing"):
        return words[:-1]  # a modifier whose head is the name after it (a last -ed is stripped anyway)
    if next_word.lower() in _PARTICLES and last.endswith("ing"):
        return words[:-1]  # "the seconds [leading] up to", "an eventual [coming] together"
    return words


def _is_plural(word: str) -> bool:
    """Whether a lowercase chunk word looks like a plural noun ("interests"; not "business", "status", "its")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


def _phrases(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Detail]:
    s = sentence.text
    out: list[Detail] = []
    idioms = [m.span() for m in _IDIOMS.finditer(s)] if _IDIOM_HINT.search(s) else []
    for chunk in _chunks(s):
        start, end, words, after_determiner = chunk
        if len(words) < 2:
            continue  # trimming below only shortens a chunk: one word never makes a phrase
        if _overlaps(start, end, taken) or _overlaps(start, end, idioms):
            continue
        if words[-1][2] in _QUANTITY_NOUNS and s[end:end + 4] == " of ":
            continue  # "steady streams [of defections]": the measure, not the fact
        if words[-1][2] in _THAT_VERBS and s[end:end + 6] == " that ":
            continue  # "the power of wealth indicate that": a subject with its verb
        if (len(words) == 2 and _SUBORDINATOR_BEFORE.search(s, max(0, start - 24), start) and _is_plural(words[0][2])
                and not words[1][2].endswith("s")):
            continue  # "if those interests conflict with": a clause's subject and its verb
        if _MODIFIER_COMPOUND.match(words[-1][2]):
            continue  # "the state's anti-union [law]": cut before its head
        if _ACRONYM_COMPOUND_AFTER.match(s, end):
            continue  # "the former reality [TV star]": cut inside a compound
        if words[-1][2] in _NUMBER_PLURALS and s[end:end + 4] == " of ":
            words = words[:-1]  # "military action [thousands of miles away]"
            end = words[-1][1]
            if len(words) < 2:
                continue
        if (len(words) > 1 and _is_plural(words[-2][2]) and words[-1][2].endswith(_POSTPOSED_ENDINGS)
                and (_WORD_AFTER.match(s, end) or [None, ""])[1].lower() in _POSTPOSED_BEFORE):
            continue  # "positions elemental to the GOP platform": a reduced clause's predicate
        if words[-1][2].endswith("ing") and _SPEND_BEFORE.search(s, max(0, start - 60), start):
            words = words[:-1]  # "spent most of the meeting [listening]": what was done in that time
            end = words[-1][1]
            if len(words) < 2:
                continue
        if (len(words) > 1 and _is_plural(words[-2][2]) and not words[-1][2].endswith(("s", "ing", "ed", *_AGENT_ENDINGS))
                and words[-1][2] not in PERSON_ROLES and words[-1][2] not in _TITLES and _NAME_AFTER.match(s, end)
                and (_WORD_AFTER.match(s, end) or [None, ""])[1].lower() not in _TIME_NAMES):
            # A plural and a bare word before a name are a subject, its verb and the object
            # ("homeowners support Clinton", "the pictures show Ms. Bachmann"): the verb is cut.
            words = words[:-1]
            end = words[-1][1]
            if len(words) < 2:
                continue
        if (len(words) > 1 and words[-1][2].endswith("ing")
                and not words[-2][2].endswith(_ADJECTIVE_SUFFIXES) and words[-2][2] not in _PLAIN_ADJECTIVES
                and (_WORD_AFTER.match(s, end) or [None, ""])[1].lower() in _PATH_PREPOSITIONS):
            words = words[:-1]  # "voters [tilting toward] Sanders": a verb moving along a path
            end = words[-1][1]
            if len(words) < 2:
                continue
        if _WHAT_BEFORE.search(s, max(0, start - 12), start) and words[-1][2].endswith("s"):
            continue  # "what her abortion business calls", "what the word sacrifice means": a subject and its verb
        # An irregular simple past inside a chunk is its clause's verb: what comes before it is
        # the subject ("the presumptive nominee sat face to face with").
        for k in range(1, len(words) - 1):
            if words[k][2] in _IRREGULAR_PASTS:
                words = words[:k]
                end = words[-1][1]
                break
        # An -ly word after a plural inside a chunk sits between a subject and its verb
        # ("similar firearms normally sell"): what comes before it is the subject.
        for k in range(1, len(words) - 1):
            if words[k][2].endswith("ly") and words[k][2] not in _LY_NOUNS and (
                    _is_plural(words[k - 1][2]) or words[k - 1][2] in _PLURALS):  # "women reliably show up"
                words = words[:k]
                end = words[-1][1]
                break
        if len(words) < 2:
            continue
        before = _WORD_BEFORE.search(s, max(0, start - 24), start)
        if before and (before[1].lower() in _REVERSING or before[1].lower().endswith(("n't", "n’t"))):
            continue  # the phrase would say the opposite of its sentence
        coordinated = _COORDINATED_BEFORE.search(s, max(0, start - 60), start)  # "^" is the sentence's own opening
        if coordinated and coordinated["modifier"].lower() in _PLAIN_ADJECTIVES:
            continue  # "no hard and fast conclusion": the chunk's first word shares its head with the one before
        # "last", "next", "late", "early" inside a chunk before a time word, or at its end before
        # a day's name, open an adverb of time: "a private meeting [last Monday]", "the vote [next week]".
        for k in range(1, len(words)):
            if words[k][2] in _TIME_OPENERS and (k + 1 == len(words) or stem(words[k + 1][2]) in _TIME_WORDS):
                words = words[:k]
                end = words[-1][1]  # the word after the chunk is now the time word's opener
                break
        after = _WORD_AFTER.match(s, end)
        cut = _verb_cut(words, after[1] if after else "")
        if cut and cut[0] is not words[0]:
            after_determiner = False  # the chunk now opens on its verb
        words = cut
        # Without a tagger, a leading -ing/-ed word is usually a verb ("signed landmark deal"),
        # except right after a determiner ("a working lunch").
        first = words[0] if words else None
        while words and not after_determiner and len(words) > 1 and (
                words[0][2].endswith(("ing", "ed")) or (words[0] is first and words[0][2] in _IRREGULAR_PARTICIPLES)):
            # An irregular participle only when it opens the chunk ("has [sent] investigators"):
            # after a stripped verb it modifies the noun ("presented sworn statements").
            words = words[1:]
            after_determiner = False
        # Adverbs at either edge and trailing participles ("materials used") carry no fact.
        adverb = False
        while words and words[0][2].endswith("ly"):
            words, adverb = words[1:], True
        # An adverb before an -ing word followed by a verb makes both verbs ("the campaign he was
        # ostensibly running committed mistake after mistake"); before a noun the -ing word is an
        # adjective ("in fairly blistering terms", "an early morning tweet").
        if adverb and len(words) > 2 and words[0][2].endswith("ing") and (
                words[1][2].endswith("ed") or words[1][2] in _IRREGULAR_PARTICIPLES or words[1][2] in _IRREGULAR_PASTS):
            while words and (words[0][2].endswith(("ing", "ed")) or words[0][2] in _IRREGULAR_PARTICIPLES):
                words = words[1:]
        if words and (words[-1][2] in _PLAIN_ADJECTIVES or words[-1][2] in _PREDICATE_ADJECTIVES):
            continue  # cut before its head ("plain old [Gmail]") or a predicate ("left systems wide open")
        while words and (words[-1][2].endswith(("ly", "ed")) or words[-1][2] in _IRREGULAR_PARTICIPLES
                         or words[-1][2] in _IRREGULAR_PASTS or (
                words[-1][2] in _NOUN_PARTICIPLES and s[words[-1][1]:words[-1][1] + 4] in (" by ", " to ")) or (
                words[-1][2] in _TO_VERBS and s[words[-1][1]:words[-1][1] + 4] == " to ") or (
                words[-1][2].endswith("ing") and s[words[-1][1]:words[-1][1] + 6] == " that ")):
            words = words[:-1]  # "campaign plans [to bring]", "a commercial asserting [that]": a verb ends it
        while words and words[-1][2] in _OF_ADJECTIVES and s[words[-1][1]:words[-1][1] + 4] == " of ":
            words = words[:-1]  # "the courthouse [full of confidence]": the adjective opens its own phrase
        if len(words) < 2:
            continue
        # The head noun ends an English noun phrase: a long chunk keeps its last four words, not
        # its first ("current open-ended financial commitment", not "... open-ended financial").
        words = words[-4:]
        stems = tuple(stem(w[2]) for w in words)
        if stems[-1] in _GENERIC_PHRASE_WORDS or all(st in _TITLES for st in stems):
            continue
        if any(w[2] in _LIGHT_VERBS or w[2].endswith(("n't", "n’t")) for w in words):
            continue  # "meeting took place", "includes plans", "doesn't help": a verb, not a fact
        if any(w[2].endswith("ly") for w in words[-1:]):
            continue
        p_start, p_end = words[0][0], words[-1][1]
        out.append(_make(sentence, "phrase", p_start, p_end, "phrase:" + " ".join(stems), stems, "", None))
    return out


# A number hyphened to a word ("12-step", "9/11-era") is one word of the chunk, never a bare
# "step": the compound keeps its number.
_NUMBER_COMPOUND = r"\d+(?:[/.,]\d+)*(?:-[^\W\d_]+)+"
_CHUNK_TOKEN = re.compile(rf"{_NUMBER_COMPOUND}|[^\W\d_]+(?:[’'-][^\W\d_]+)*|\d+|[^\w\s]")
_IS_NUMBER_COMPOUND = re.compile(_NUMBER_COMPOUND + "$")
# Like _TOKEN, a chunk token can start at any character but whitespace and "_" (see _tokenise).
_CHUNK_TOKEN_GAPPED = re.compile(r"([\s_]*)(" + _CHUNK_TOKEN.pattern + ")")
_NOT_CHUNK_WORDS = frozenset(STOP_WORDS | set(_NUMBER_WORDS) | _CHUNK_BREAK | set(_MONTHS))


def _chunks(s: str) -> list[tuple[int, int, list[tuple[int, int, str]], bool]]:
    """Runs of two or more lowercase content words between stop words and punctuation.

    Each chunk is ``(start, end, [(start, end, lowercased word)...], after_determiner)``. The
    tokens are classified in one pass (one letter per token) and a regular expression finds the
    runs, so Python only loops over the words of a chunk. A single content word never makes a
    phrase, so one-word runs are not returned.
    """
    words, starts, ends = _tokenise(_CHUNK_TOKEN_GAPPED, s)
    flags = "".join(map(_chunk_flag, words))
    chunks = []
    for run in _CHUNK_RUN.finditer(flags):
        first, last = run.start(), run.end()
        current = [(a, b, w.lower()) for a, b, w in zip(starts[first:last], ends[first:last], words[first:last])]
        after_det = first > 0 and words[first - 1].lower() in _DETERMINERS
        chunks.append((current[0][0], current[-1][1], current, after_det))
    return chunks


_CHUNK_RUN = re.compile(r"w{2,}")


@lru_cache(maxsize=65536)
def _chunk_flag(word: str) -> str:
    """``"w"`` for a content word that can sit in a noun chunk, ``"."`` for anything else."""
    low = word.lower()
    content = (word[:1].islower() and low not in _NOT_CHUNK_WORDS and len(low) > 2
               and not low.startswith(("'", "’"))) or _IS_NUMBER_COMPOUND.match(word) is not None
    return "w" if content else "."


_NOT_CONTENT_WORDS = frozenset(STOP_WORDS | set(_WEEKDAYS) | set(_MONTHS) | set(_NUMBER_WORDS))


_IS_STEM = partial(is_not, None)  # drops the None of non-content words, in C


@lru_cache(maxsize=65536)
def _content_stem(word: str) -> str | None:
    """The stem of ``word`` when it is a content word, else ``None``."""
    low = word.lower()
    if low in _NOT_CONTENT_WORDS or len(low) < 2:
        return None
    return stem(low)


def content_stems(text: str) -> tuple[str, ...]:
    """Return the stems of the content words of ``text`` (stop words, numbers, days removed)."""
    return tuple(filter(_IS_STEM, map(_content_stem, _CONTENT_WORD.findall(text))))


# ---------------------------------------------------------------------------------------------
# Meaning keys: one word in any form, and words a report uses for the same thing

_ENGLISH_STEMMER = None
_KEY_WORD = re.compile(r"[^\W\d_]+(?:[-‐–’'][^\W\d_]+)*")
_SYNONYMS = "lexicons/news_synonyms.txt"


@lru_cache(maxsize=131072)
def word_root(word: str) -> str:
    """The Snowball (Porter2) English stem of ``word``, normalised and with a compound's
    hyphens dropped: "fund-raiser", "fundraiser" -> "fundrais"; "Christianity", "Christians" ->
    "christian"; "endorse", "endorsement" -> "endors".

    Stronger than :func:`stem`, which keeps "endorse" and "endorsement" apart on purpose (the
    loose matching of details would join too much). Only the check of a detail said in other
    words uses it, where a close counterpart sentence is also required.
    """
    global _ENGLISH_STEMMER
    if _ENGLISH_STEMMER is None:
        # Imported on first use: commands that never compare articles should not pay for it.
        # snowballstemmer hands out PyStemmer's compiled stemmer when it is installed (a
        # declared dependency; the same stems, tests/test_scale.py), its own Python otherwise.
        import snowballstemmer

        _ENGLISH_STEMMER = snowballstemmer.stemmer("english")
    w = normalise_word(word).replace("-", "").replace("‐", "").replace("–", "")
    return _ENGLISH_STEMMER.stemWord(w)


@lru_cache(maxsize=131072)
def form_roots(word: str) -> frozenset[str]:
    """The :func:`word_root` of ``word`` and, when it ends in -er or -est, the roots of the
    plain words it may be the comparative or superlative of: "younger" -> young; "bigger" ->
    big; "later" -> late; "earliest" -> early. Snowball leaves degrees alone ("younger" stays
    "younger"), yet "young voters" and "younger voters" are the same wording. Used only where
    the words must also stand in the same order before the same head, so that agent nouns
    ("voter", "leader") meeting a verb's root ("vote", "lead") stay harmless."""
    w = normalise_word(word)
    roots = {word_root(w)}
    for suffix in ("est", "er"):
        base = w[: -len(suffix)]
        if not w.endswith(suffix) or len(base) < 3:
            continue
        bases = {base, base + "e"}  # "young" from "younger", "late" from "later"
        if base.endswith("i"):
            bases.add(base[:-1] + "y")  # "earlier" -> "early"
        if base[-1] == base[-2]:
            bases.add(base[:-1])  # "bigger" -> "big"
        roots.update(word_root(b) for b in bases)
    return frozenset(roots)


@lru_cache(maxsize=1)
def _synonym_groups() -> dict[str, str]:
    """Root of each word of ``lexicons/news_synonyms.txt`` -> the root of its group's first word."""
    from importlib.resources import files

    groups: dict[str, str] = {}
    for line in files("biaslens").joinpath(_SYNONYMS).read_text(encoding="utf-8").splitlines():
        words = line.split()
        if not words or line.startswith("#"):
            continue
        head = word_root(words[0])
        for w in words:
            groups.setdefault(word_root(w), head)
    return groups


@lru_cache(maxsize=131072)
def meaning_key(word: str) -> str:
    """The key two words share when a report may use either for the same thing: the
    :func:`word_root`, mapped to its synonym group ("physicians" and "doctors" -> "doctor";
    "Internet" and "Web" -> "internet")."""
    root = word_root(word)
    return _synonym_groups().get(root, root)


_DASHES = str.maketrans({"‐": "-", "–": "-"})


@lru_cache(maxsize=131072)
def _word_meanings(word: str) -> tuple[tuple[str, ...], tuple[tuple[str, str, int], ...]]:
    """The parts of ``word`` (split at hyphens) and, for each content part and then for the
    whole hyphenated word, (meaning key, part as written, its part index; -1 for the whole).
    Cached: a story repeats its words, and stemming is the cost of the meaning keys."""
    parts = tuple(word.translate(_DASHES).split("-"))
    out = [(meaning_key(p), p, k) for k, p in enumerate(parts) if _content_stem(p) is not None]
    if len(parts) > 1:  # after its parts: the last key of "a private fund-raiser" is its head
        out.append((meaning_key(word), word, -1))
    return parts, tuple(out)


def meaning_keys(text: str, compounds: Container[str] = ()) -> tuple[str, ...]:
    """The :func:`meaning_key` of every content word of ``text`` (stop words, numbers, days
    and months left out), in order. A hyphenated word gives its parts' keys and its joined
    key: "fund-raiser" gives "fund", "raiser", "fundrais", so it meets "fundraiser" and
    "fund". Two content words in a row whose joined key is in ``compounds`` (the single words
    of the story) also give that key: "fund raiser" meets "fundraiser"."""
    return _keys_of_words(_KEY_WORD.findall(text), compounds)


def _keys_of_words(words: Sequence[str], compounds: Container[str]) -> tuple[str, ...]:
    keys: list[str] = []
    previous = ""
    for word in words:
        parts, meanings = _word_meanings(word)
        keys.extend(m[0] for m in meanings)
        single = len(parts) == 1 and bool(meanings)
        if compounds and previous and single:
            joined = meaning_key(previous + word)
            if joined in compounds:
                keys.append(joined)
        previous = word if single else ""
    return tuple(keys)


def story_meaning_keys(texts: Sequence[str]) -> list[tuple[str, ...]]:
    """:func:`meaning_keys` of each of ``texts`` (the sentences of one story), with the
    story's single words as the compounds: "fund raiser" in one sentence meets "fundraiser"
    in another. Each text is read once."""
    words = [_KEY_WORD.findall(text) for text in texts]
    singles = {m[0] for ws in words for w in ws for m in _word_meanings(w)[1]}
    return [_keys_of_words(ws, singles) for ws in words]


def meaning_words(text: str) -> tuple[tuple[str, str, str], ...]:
    """(meaning key, word as written, the word before it or "" at the opening of ``text``)
    for every content word of ``text`` and every part of a hyphenated one, in order: the words
    behind :func:`meaning_keys`, so a match can be checked for how each side uses the word."""
    out: list[tuple[str, str, str]] = []
    before = ""
    for word in _KEY_WORD.findall(text):
        parts, meanings = _word_meanings(word)
        out.extend((key, written, before if k <= 0 else parts[k - 1]) for key, written, k in meanings)
        before = word
    return tuple(out)


_VERB_FORM = ("ed", "ing")


def same_use(word: str, other: str, before: str = "") -> bool:
    """Whether two words of one meaning key are used alike, so one may say what the other
    says. ``before`` is the word before ``other`` ("" when it opens its sentence). Not alike:
    a verb form (-ed, -ing, or after "to") against a word that is none ("ideological base"
    against "based upon", "subject line" against "lined up", "trust fund" against "to fund
    Obamacare"); a word capitalised inside its sentence, a piece of a name, against a
    lower-case one ("federal budget" against "the House Budget Committee")."""
    if word.lower().endswith(_VERB_FORM) != other.lower().endswith(_VERB_FORM):
        return False
    if before.lower() == "to" and not word.lower().endswith(_VERB_FORM):
        return False
    return not (other[:1].isupper() and before and not word[:1].isupper())
