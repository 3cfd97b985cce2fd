"""Quantities and dates as values, whatever their spelling: the one home for reading numbers.

"$550bln", "$550 billion" and "550 billion dollars" are one value (5.5e11); "twenty-five
billion" is 2.5e10; "one hundred and five" is 105; "Sept. 11" and "September 11, 2001" are
one day. :mod:`biaslens.details` reads the numbers of a detail with :func:`parse_number`;
:mod:`biaslens.compare` asks :func:`quantities` and :func:`dates` whether another article
states the same value in any form before it calls a detail unique or left out.

Compound number words are parsed by text2num (Allo-Media, MIT licence, a compiled parser with
no data to download): it reads "twenty-five", "one hundred and five", "three thousand two
hundred" correctly, which a word table cannot. It is only given runs of number words that
the pattern below found; it is never run over whole sentences, where it would rewrite "34.6
million" as "34.6 1000000".
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from itertools import chain

from text_to_num import text2num  # the text2num distribution, declared in pyproject.toml

#: Number words that can start or continue a spelled-out number.
_UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
          "hundred thousand").split()
_ONE_WORD = r"(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
#: A run of number words: "twenty-five", "one hundred and five", "three thousand two hundred".
NUMBER_WORDS = rf"(?:{_ONE_WORD}(?:(?:-|\s+(?:and\s+)?){_ONE_WORD})*)"
#: Words the table reads that text2num does not: fractions and dozens.
_SPECIAL = {"half": 0.5, "dozen": 12.0, "a dozen": 12.0, "a hundred": 100.0, "a thousand": 1000.0}
MULTIPLIERS: dict[str, float] = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6, "mn": 1e6,
    "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# A value in running text: digits or number words, then an optional scale word. "5m" is five
# million; "5 m" could be metres, so short scales must touch the digits. Number words are
# matched in the lowercased text without re.I, which is much faster on long articles.
_DIGIT_QUANTITY = re.compile(
    rf"(?<![\w.,])(?P<digits>{_DIGITS})(?:(?P<short>mln|bln|trn|mn|bn|tn|m|b|k)\b"
    rf"|\s?(?P<long>trillion|billion|million|thousand)\b)?(?!\w)",
    re.I,
)
_WORD_QUANTITY = re.compile(rf"\b(?P<words>{NUMBER_WORDS})(?:\s(?P<long>trillion|billion|million))?\b")
_MONTHS = ("january february march april may june july august september october november "
           "december").split()
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
               "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_DATE = re.compile(
    r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
    r"|\b(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b"
)


@lru_cache(maxsize=65536)
def parse_number(text: str) -> float | None:
    """Read ``"550"``, ``"1,200"``, ``"2.5"``, ``"two"``, ``"twenty-five"`` or ``"a dozen"`` as a float.

    Returns ``None`` for anything else. Compound words go to text2num, which reads them by
    the grammar of English numbers ("one hundred and five" = 105, not 1, 100 and 5).
    """
    t = " ".join(text.lower().replace(",", "").split())
    if t in _SPECIAL:
        return _SPECIAL[t]
    try:
        return float(t)
    except ValueError:
        pass
    if not re.fullmatch(NUMBER_WORDS, t):
        return None
    try:
        return float(text2num(t.replace(" and ", " "), "en"))
    except ValueError:  # a run text2num rejects ("five five"): not one number
        return None


def quantities(text: str) -> frozenset[float]:
    """Every value ``text`` states, in any spelling, scale words applied.

    "$550bln" and "550 billion" give 5.5e11; "twenty-five billion" 2.5e10; "15%" 15. Units
    are not kept: the set answers "does this text state this value at all", which is the
    question a claim that a value is missing, or unique, has to answer.
    """
    out: set[float] = set()
    matches = chain(_DIGIT_QUANTITY.finditer(text), _WORD_QUANTITY.finditer(text.lower()))
    for m in matches:
        groups = m.groupdict()
        value = parse_number(groups.get("digits") or groups["words"])
        if value is None:
            continue
        scale = (groups.get("short") or groups.get("long") or "").lower()
        out.add(rounded(value * MULTIPLIERS.get(scale, 1.0)))
        if scale:
            out.add(rounded(value))  # "550 billion" also states 550 ("550 of the billions")
    return frozenset(out)


#: Days in each unit of time a duration is counted in: "a decade" is ten years, "a fortnight" two weeks.
DAYS_PER_UNIT: dict[str, float] = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0,
                                   "month": 30.0, "year": 365.0, "decade": 3650.0, "century": 36500.0}
_DURATION = re.compile(
    rf"(?<![\w.,])(?P<num>{_DIGITS}|{NUMBER_WORDS}|a|an|half\s+a)[-\s]"
    r"(?P<unit>minute|hour|day|week|fortnight|month|year|decade|century|centurie)s?\b",
    re.I,
)


def durations(text: str) -> frozenset[float]:
    """Every length of time ``text`` states, in days, whatever the unit and spelling.

    "a decade", "ten years", "10-year-old" (a thing's age) and "decade-long" all give 3650;
    "72 hours" and "three days" give 3. A duration's value is its length: the unit it is told
    in is the outlet's wording.
    """
    out: set[float] = set()
    for m in _DURATION.finditer(text):
        raw = " ".join(m.group("num").lower().split())
        amount = 1.0 if raw in ("a", "an") else 0.5 if raw == "half a" else parse_number(raw)
        if amount is None:
            continue
        unit = m.group("unit").lower()
        out.add(rounded(amount * DAYS_PER_UNIT["century" if unit == "centurie" else unit]))
    for m in re.finditer(r"\b(?P<unit>decade|century)-long\b", text, re.I):
        out.add(rounded(DAYS_PER_UNIT[m.group("unit").lower()]))
    return frozenset(out)


#: How far back (characters) a relative day looks for the day it counts from.
RELATIVE_DAY_REACH = 400
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
#: Words that name the day after, or before, the last day a text named: "The next day" after
#: "Friday" is Saturday.
_RELATIVE_DAY = re.compile(
    r"\b(?:(?P<after>the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after)"
    r"|(?P<before>the\s+(?:previous|preceding)\s+day|a\s+day\s+earlier|the\s+day\s+before))\b(?!\s+(?:that|the|a|his|her|its|their)\b)",
    re.I,
)


def relative_weekdays(text: str) -> frozenset[str]:
    """The weekdays ``text`` names by reference to another day it named before: "Friday ...
    The next day, he clarified" names Saturday; "a day earlier" after "Tuesday" names Monday.
    "The day after the election" counts from the election, not from a named day: not read."""
    out: set[str] = set()
    for m in _RELATIVE_DAY.finditer(text):
        # The day it counts from is named just before (the sentence or two before it).
        before = [w.group(1).lower() for w in _WEEKDAY.finditer(text, max(0, m.start() - RELATIVE_DAY_REACH), m.start())]
        if not before:
            continue
        step = 1 if m.group("after") else -1
        out.add(WEEKDAYS[(WEEKDAYS.index(before[-1]) + step) % 7])
    return frozenset(out)


def publication_day(published: str) -> date | None:
    """The calendar day of an article's ``published`` field ("2011-01-06", "2011-01-06T09:00"), or ``None``."""
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


#: How many days either side of publication a bare weekday may name: "Wednesday" in a paper of
#: Thursday is usually yesterday, in a paper of Monday perhaps the coming one. Both are kept;
#: the paper's own weekday is that day ("Thursday" in a paper of Thursday is not a week ago).
WEEKDAY_REACH = 6
_DAY_WORD = re.compile(r"\b(?P<word>yesterday|today|tomorrow|tonight)\b", re.I)
_DAY_WORD_STEP = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def weekday_dates(weekday: str, published: str) -> frozenset[tuple[int, int]]:
    """The (month, day)s a bare ``weekday`` may name in an article ``published`` that day.

    A news story's weekday counts from its day of publication, within a week either way: in
    nyt's story of Thursday 6 January 2011, "Wednesday" is 5 January (or, less likely, the
    12th). Every candidate is returned (at most two); with no publication day, none. Used only to keep a
    claim from being made ("only nyt gives Wednesday" when hpo writes "Jan. 5"), so a second
    candidate can never make a false claim, only withhold one.
    """
    day = publication_day(published)
    if day is None or weekday.lower() not in WEEKDAYS:
        return frozenset()
    wanted = WEEKDAYS.index(weekday.lower())
    out = set()
    for step in range(-WEEKDAY_REACH, WEEKDAY_REACH + 1):
        when = day + timedelta(days=step)
        if when.weekday() == wanted:
            out.add((when.month, when.day))
    return frozenset(out)


def named_days(text: str, published: str) -> frozenset[tuple[int, int]]:
    """Every (month, day) ``text`` names by a weekday or by "yesterday", "today", "tomorrow",
    counted from the day it was ``published`` (see :func:`weekday_dates`); empty without one."""
    day = publication_day(published)
    if day is None:
        return frozenset()
    out: set[tuple[int, int]] = set()
    for name in {m.group(1).lower() for m in _WEEKDAY.finditer(text)}:
        out |= weekday_dates(name, published)
    for m in _DAY_WORD.finditer(text):
        when = day + timedelta(days=_DAY_WORD_STEP[m.group("word").lower()])
        out.add((when.month, when.day))
    return frozenset(out)


_RELATIVE_MONTH = re.compile(
    r"\b(?:(?P<next>next|coming)\s+month|(?P<last>last|past|previous)\s+month|(?P<this>this|later\s+this|earlier\s+this)\s+month)\b",
    re.I)


def relative_months(text: str, published: str) -> frozenset[tuple[int, int]]:
    """The (year, month)s ``text`` names as "next month", "last month" or "this month", counted
    from the month it was ``published``: "next month" written on 12 December 2010 is January,
    "last month" November. "The past month" is the last 30 days, which end in this month and
    may start in the last: both are kept. Empty without a publication day."""
    day = publication_day(published)
    if day is None:
        return frozenset()
    out: set[tuple[int, int]] = set()
    this = (day.year, day.month)
    after = (day.year + day.month // 12, day.month % 12 + 1)
    before = (day.year - (day.month == 1), (day.month - 2) % 12 + 1)
    for m in _RELATIVE_MONTH.finditer(text):
        if m.group("next"):
            out.add(after)
        elif m.group("last"):
            out.add(before)
            if m.group("last").lower() == "past":
                out.add(this)
        else:
            out.add(this)
    return frozenset(out)


def rounded(value: float) -> float:
    """``value`` to six significant digits: the form in which values are compared (1.1e6 == 1,100,000)."""
    return float(f"{value:.6g}")


def dates(text: str) -> frozenset[tuple[int, int]]:
    """Every (month, day) ``text`` states: "Sept. 11", "September 11th", "11 September"."""
    out: set[tuple[int, int]] = set()
    for m in _DATE.finditer(text):
        month_word = (m.group("month") or m.group("month2")).lower().rstrip(".")
        month = _MONTHS.index(month_word) + 1 if month_word in _MONTHS else _MONTH_ABBR[month_word]
        day = int(m.group("day") or m.group("day2"))
        if 1 <= day <= 31:
            out.add((month, day))
    return frozenset(out)


# Words before a number that make it a bound or an estimate rather than an exact figure. The
# longer phrases come first in each group, and the search takes the leftmost match, so "no more
# than 10" is an upper bound, not "more than".
_BOUND = re.compile(
    r"\b(?P<high>no more than|not more than|at most|as many as|as much as|as high as|up to|less than|fewer than"
    r"|under|below)\s*$"
    r"|\b(?P<low>more than|over|at least|above|as few as|as little as)\s*$"
    r"|\b(?P<near>about|nearly|almost|roughly|around|some|approximately|close to|an estimated|estimated)\s*$",
    re.I)


def bound_before(prefix: str) -> tuple[str, str] | None:
    """How the words right before a number qualify it: ``(kind, words)`` or ``None``.

    ``prefix`` is the text just before the number (its last 20 characters are enough). "up to
    1.6 million" and "as many as 1.5 million" are upper bounds ("high"); "more than $1
    million" is a lower bound ("low"); "about 15" and "some 16" are estimates ("near"); a bare
    number is exact (``None``). ``words`` are the qualifying words as written ("as many as").
    """
    m = _BOUND.search(prefix[-24:])
    if not m:
        return None
    kind = next(kind for kind in ("high", "low", "near") if m.group(kind))
    return kind, m.group(kind)


# ---------------------------------------------------------------------------------------------
# What a poll figure measures: a margin of error and its sample, the group it is "among", the
# month it was measured in. A poll story prints a table in prose ("66 percent to 27 percent among
# voters under age 45 - while Clinton leads, 59 percent to 28 percent, among voters 45 and
# older"); two of its numbers are one fact only when these agree (issue #13).

_MARGIN_BEFORE = re.compile(
    r"(?:\bplus\s+or\s+minus|\+/-|±)\s*(?:about\s+|roughly\s+)?$"
    # "a margin of sampling error among that group was", "margin of error of", "margin of error is"
    r"|\bmargins?\s+of\s+(?:sampling\s+)?error(?:\s+(?:among|for|in|on)\s+[a-z ]{1,30}?)?"
    r"(?:\s+(?:is|was|are|were|of|at))?(?:\s+(?:about|roughly|around))?\s*$"
    # the second of a list of margins: "plus or minus 4.3 percent and 7.4 percent, respectively"
    r"|(?:\bplus\s+or\s+minus|\+/-|±)\s*[\d.]+\s*(?:%|percent(?:age\s+points?)?|points?)?\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)$",
    re.I)
# "a 3-point margin of error", "3 percentage points margin of error"
_MARGIN_AFTER = re.compile(r"^(?:-|\s)?(?:percentage[-\s])?(?:points?|percent)?[-\s]*margins?\s+of\s+(?:sampling\s+)?error\b",
                           re.I)


def is_margin_of_error(before: str, after: str) -> bool:
    """True when the number between ``before`` and ``after`` is a poll's margin of error.

    "plus or minus 5.7 percentage points", "a margin of error of 4 points", "the margin of
    sampling error among that group was plus or minus four percentage points", the second of
    "plus or minus 4.3 percent and 7.4 percent, respectively", "a 3-point margin of error". A
    lead is no margin: in "trailing by two points ... within the margin of error" the words of
    the margin come after the number and are not joined to it. ``after`` starts right after the
    number's digits or words (its unit may follow: "percentage points margin of error").
    """
    return bool(_MARGIN_BEFORE.search(before[-80:]) or _MARGIN_AFTER.match(after[:60]))


_RESPONDENTS = (r"voters|adults|respondents|residents|people|Americans|citizens|households|Democrats|Republicans"
                r"|independents|members|participants|interviews|parents|students|workers|women|men")
_SAMPLE = re.compile(
    r"(?<![\w.,$€£¥])(?P<n>\d{1,3}(?:,\d{3})+|\d{3,})(?![\w%]|[.,]\d)"
    # "552 likely Democratic primary voters", "996 were identified as likely voters", "1,704 California adults"
    rf"(?=(?:\s+[A-Za-z][\w’'-]*){{0,4}}?\s+(?:{_RESPONDENTS})\b)"
    r"|(?:\bsample\s+(?:size\s+)?of|\bsurveyed|\binterviewed|\bpolled|\bquestioned)\s+(?P<m>\d{1,3}(?:,\d{3})+|\d{3,})(?![\w%]|[.,]\d)")


def sample_sizes(text: str) -> tuple[float, ...]:
    """The numbers of people a poll asked that ``text`` states, in order.

    "surveyed 552 likely Democratic primary voters" gives 552; "The poll included 996 likely
    voters in the Senate race and 284 likely GOP primary voters" gives 996 and 284; "Of those,
    996 were identified as likely voters" gives 996. Only three figures or more count (a poll
    asks hundreds), and never a year ("2016 voters").
    """
    out = []
    for m in _SAMPLE.finditer(text):
        raw = (m.group("n") or m.group("m")).replace(",", "")
        if len(raw) == 4 and "," not in (m.group("n") or m.group("m")) and 1900 <= int(raw) <= 2099:
            continue
        out.append(float(raw))
    return tuple(out)


_AMONG = re.compile(r"\bamong\s+(?:the\s+|all\s+|those\s+(?!who\b))?", re.I)
# Where the group a figure is "among" ends: a mark, a clause word, or the next figure ("among
# likely voters 49 percent to 39 percent").
_GROUP_END = re.compile(
    r"[,;:.!?()\[\]—–]|\s-\s|\s(?:while|but|whereas|according|compared|than|said|says|say)\b"
    r"|\s(?:and|or)\s+(?:the|a|an|his|her|their|its)\b"
    # where the whole poll was taken, not a group of it: "likely voters in Ohio", "in the Democratic primary"
    r"|\s(?:in|across|throughout)\s+(?:the\s+)?(?-i:[A-Z])"
    r"|\s(?:\d[\d.,]*|[a-z]+-[a-z]+|[a-z]+)\s*(?:%|percent\b|per\s?cent\b|points?\b|percentage\b)"
    r"|\s\d[\d.,]*\s*(?:to|-)\s*\d", re.I)
#: Longest group read after "among", in words.
GROUP_MAX_WORDS = 8


def among_groups(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every group ``text`` gives a figure "among": ``(start, end, words)``, in order.

    "leading 66 percent to 27 percent among voters under age 45 — while Clinton leads ..."
    gives "voters under age 45"; "among likely voters 49 percent to 39 percent" gives "likely
    voters"; "Among Democrats alone, Mrs. Clinton leads" gives "Democrats alone". The group ends
    at a mark, a clause word ("while", "but"), the next figure, a place or name the whole poll
    was taken in ("likely voters in the Democratic primary" is "likely voters": another outlet
    says where once for the whole poll), or after :data:`GROUP_MAX_WORDS` words.
    """
    out = []
    for m in _AMONG.finditer(text):
        end_at = _GROUP_END.search(text, m.end())
        stop = end_at.start() if end_at else len(text)
        words = re.findall(r"\S+", text[m.end():stop])[:GROUP_MAX_WORDS]
        phrase = " ".join(w.strip("“”\"'‘’") for w in words).strip()
        if phrase:
            out.append((m.start(), m.end() + len(" ".join(words)), phrase))
    return tuple(out)


_MONTH_ALT = "January|February|March|April|May|June|July|August|September|October|November|December"
_FIGURE_TIME = re.compile(
    rf"\b(?:[Ii]n|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?:early\s+|late\s+|mid-?)?(?P<month>{_MONTH_ALT})\b(?!\s+\d{{1,2}}\b)"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    rf"|\b(?P<month2>{_MONTH_ALT})(?:\s+(?P<year2>(?:19|20)\d\d))?\s+(?:poll|survey)\b"
    r"|\b[Ii]n\s+(?P<year3>(?:19|20)\d\d)\b(?![-\d])"
    r"|\b(?P<last>[Ll]ast)\s+(?P<unit>month|year)\b")


def figure_times(text: str, published: str) -> frozenset[tuple[int, int]]:
    """The past months (and years) ``text`` dates a figure to, as ``(year, month)``; month 0 for a year.

    "A survey by the organization in March found ..." in a paper of 27 May 2016 gives (2016, 3);
    "a March poll", "in 2012", "last month", "last year" count too. A month with a day ("the June
    7 primary") dates an event, not the figure; a month still to come in the paper's year ("in
    June" written in May) is a plan, not when something was measured: neither is read. Without a
    publication day, a month's year is 0.
    """
    day = publication_day(published)
    out: set[tuple[int, int]] = set()
    for m in _FIGURE_TIME.finditer(text):
        if m.group("year3"):
            out.add((int(m.group("year3")), 0))
            continue
        if m.group("last"):
            if m.group("unit") == "month":
                out |= relative_months("last month", published)
            elif day is not None:
                out.add((day.year - 1, 0))
            continue
        month = _MONTHS.index((m.group("month") or m.group("month2")).lower()) + 1
        year_text = m.group("year") or m.group("year2")
        if year_text:
            out.add((int(year_text), month))
        elif day is None:
            out.add((0, month))
        elif month <= day.month:
            out.add((day.year, month))
    return frozenset(out)
