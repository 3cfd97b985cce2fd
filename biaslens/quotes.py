"""Quotations, their speakers and their reporting verbs, found in an article's canonical text.

Pure functions, no I/O. The entry point is :func:`find_quotes`, which returns one
:class:`Quote` per quoted segment; :func:`quote_spans` gives just the offsets (for measures that
compare the writer's own words with the words of the people quoted).

What counts as a quotation
  Words between quotation marks: curly or straight double quotes, and single quotes used as
  quotation marks (British style, ``'Everything I know ...,' he said``), and the New York Times'
  two apostrophes (``''It's anti-reform,'' said Mr. Kamin``; see :func:`_normalise_marks`). A single mark between
  letters (``Japan's``, ``don't``), before a decade (``'90s``) or after a plural (``leaders'``
  when no single quote is open) is an apostrophe, not a quote. A quote never runs past the end of
  its paragraph, except where the next paragraph opens with a quotation mark: that is the
  convention for a quote spanning several paragraphs, and the segments share one ``quote_id``.
  A paragraph that opens a double quote and leaves it open (nested quotes read as nested) also
  runs on over bare paragraphs (a website quoted at length) to the mark that closes it, within
  six paragraphs; the nested quotes are part of its words (see :func:`_long_quotations`).
  An opening mark that never closes is dropped (the rest of the paragraph is scanned again), so an
  unbalanced mark never swallows the rest of the article.

Offsets
  A quote's ``start``/``end`` cover the quoted words only: the quotation marks, the space inside
  them and a trailing comma before the closing mark (``"...ministers,"``) are left out, because
  that comma belongs to the writer's sentence. Full stops inside the marks stay.

Full or partial
  ``"full"``: a statement in its own right: it opens with a capital (or digit) and either starts
  its clause (paragraph start, after a sentence end, a colon, a comma or a dash) or runs to at
  least eight words. Everything else is ``"partial"``: a fragment woven into the writer's own
  sentence (``a "new golden age"``, a named ``"Rapid Response Group"``, scare quotes).

Speaker
  Looked for in this order: the clause after the quote (``"...," Trump said`` / ``said Trump`` /
  ``Takaichi told reporters``), the clause before it (``Trump said:`` / ``the White House said the
  goal was "..."`` / ``what Takaichi described as a "..."`` / ``according to ...``), an appositive
  (``Karoline Leavitt, the White House press secretary, said``), a participle whose subject
  opens the sentence (``She announced ..., saying:``); then, for a quote standing alone, the
  sentence before it when that sentence introduces speech, else the speaker of a quote in the
  sentence just before (a run of quote paragraphs from one person). Right after a quotation that
  ends its clause any noun phrase may name the speaker (``said one New Hampshire Democrat``,
  ``Hannity started``, ``Rep. Gwen Moore (D-Wis.) said``, a sign-off ``― Esther Tapia``); last,
  the subject of a sentence about speaking, writing or thinking (``Christie refers to him as
  "..."``). A capitalised sentence opener (``Eight years ago``, ``Nothing``) and a dateline
  (``WASHINGTON, Dec. 8 (UPI)``) are never speakers. Pronouns resolve to the nearest earlier
  person named at the start of a clause whose gender, where the article shows it (Mr./Mrs./Ms.,
  a common given name, spokeswoman), agrees with he/she; surnames resolve to the fullest form of
  the name used in the article (``Trump`` -> ``Donald Trump``). When none of that finds anyone the
  speaker is ``None``: an honest "unknown" beats a guess.

  Who is not the speaker: the person a question is put to (``asked if he supported the "..."``
  quotes the named asker, or nobody when the asker is a pronoun or not next to "asked"); a
  lower-case fragment (``does not``); a headline's verb glued to a name (``Endorses Rick
  Perry`` when the body never writes it so); words around a name (``An incredulous Bob Schieffer
  began`` is Bob Schieffer); anyone, for a programme title after a broadcaster's possessive
  (``CBS's "Face the Nation"``). A role noun (``the seven-term congressman``) is the one person
  named in full with that role, when there is exactly one; with none named, a description of the
  story's subject (``the presumptive Republican presidential nominee``, ``the company``, a
  headline's bare ``Justice``) is the subject the text is talking about, read as a 'he' would be.
  A passive verb of saying (``the FBI was warned``) names no speaker.

Cost
  Quote finding runs on every article (the tone extractor needs the quotes too), so work that
  does not depend on the quote is done once per article: the sentence ends, the candidate marks
  and the people named are each read in one pass and looked up by offset or name; headline checks
  are kept per paragraph and speaker searches per string. Word lists (reporting verbs, speaker
  nouns, verbs of speaking) are matched as tries, and whole-article scans are written so the
  regex engine can skip ahead. Every shortcut answers exactly as the plain code it replaces
  (tests/test_quotes.py compares them); about 0.2 ms per NYT editorial.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Iterable, Iterator
from importlib.resources import files

from .names import HONORIFICS, ORG_HEADS, PARTY_TAG, TITLE_ABBREVIATIONS, is_place_name
from .blind import names_outlet
from .records import Article, per_article
from .text import line_spans

DOUBLE_MARKS = "\"\u201c\u201d\u00ab\u00bb\u201e"
SINGLE_MARKS = "'\u2018\u2019"
QUOTE_MARKS = DOUBLE_MARKS + SINGLE_MARKS

# Full quotes that do not open their clause still count as statements from this length on.
FULL_QUOTE_MIN_WORDS = 8
# How far (in words) a reporting verb may sit before the opening mark and still introduce it
# ("the White House said the agreement's goal was "..."" has 5 words between).
MAX_WORDS_VERB_TO_QUOTE = 12
# Two quotes count as one repeated quote (a pull quote) when their words match this closely.
REPEAT_SIMILARITY = 0.9

_MASK = "\x00"


@dataclass(frozen=True)
class Quote:
    """One quoted segment of an article and who said it.

    ``start``/``end`` index ``article.text`` and cover the quoted words (marks excluded);
    ``quote_id`` is shared by the segments of one quotation (a quote running over several
    paragraphs, or one interrupted by ``he said``); ``kind`` is ``"full"`` or ``"partial"``;
    ``speaker`` is the resolved name (``None`` when unknown) and ``speaker_span`` the offsets of
    the mention that names them near the quote (a pronoun stays a pronoun there); ``verb`` is the
    reporting verb as written, ``verb_lemma`` its base form and ``verb_stance`` ``"neutral"`` or
    ``"loaded"``; ``role`` is a role the text states (``"press secretary"``); ``repeat_of`` is the
    ``quote_id`` of an earlier identical quote (a pull quote) or ``None``; ``mark_start`` and
    ``mark_end`` are the opening and closing marks' offsets (the line break before a bare
    paragraph of a long quotation, the paragraph end where no mark closes it).
    """

    start: int
    end: int
    text: str
    quote_id: int
    kind: str
    speaker: str | None
    speaker_span: tuple[int, int] | None
    verb: str | None
    verb_span: tuple[int, int] | None
    verb_lemma: str | None
    verb_stance: str | None
    role: str | None
    repeat_of: int | None
    mark_start: int
    mark_end: int


# ---------------------------------------------------------------- lexicons


@lru_cache(maxsize=1)
def reporting_verbs() -> dict[str, tuple[str, str]]:
    """Return ``{form: (stance, lemma)}`` from ``lexicons/reporting_verbs.txt``."""
    table: dict[str, tuple[str, str]] = {}
    raw = files("biaslens").joinpath("lexicons/reporting_verbs.txt").read_text(encoding="utf-8")
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        form, stance, lemma = line.split("\t")
        table[form.lower()] = (stance, lemma)
    return table


@lru_cache(maxsize=1)
def _verb_pattern() -> str:
    """Any reporting-verb form as a regex, ``(?:...)\\b``; a space in a form matches any spaces."""
    return "(?:" + _trie(reporting_verbs()) + r")\b"


def _trie(words: Iterable[str]) -> str:
    """A regex group matching exactly what ``(?:w1|w2|...)`` matches with the words longest first
    (a space in a word matches any run of spaces), laid out as a trie ('sa(?:id|ys|y)').

    The engine then reads each word once instead of trying hundreds of words in turn. The result
    is the same, also when the rest of a pattern makes the engine backtrack: the words that fit at
    one position all lie on one path of the trie (no two branches of a node start with the same
    character, or both with spaces), and on that path a longer word is tried before a shorter one,
    as in the longest-first list. Words are plain text (letters, hyphens, dots, spaces).
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(r"\s+" if ch == " " else re.escape(ch), {})
        node[""] = {}  # a word ends here

    def build(node: dict) -> str:  # type: ignore[type-arg]
        branches = [token + build(child) for token, child in node.items() if token]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return "(?:" + build(root) + ")"


# Verbs that report speech only right after a quotation that ends its clause ('"...," he
# continued' / '"...," the statement read'); elsewhere they usually mean something else
# ("he continued to portray", "read more"), so they are not in the reporting-verb lexicon.
_TAIL_VERBS = (
    "continued", "continues", "went on", "goes on", "joked", "jokes", "laughed", "shot back", "fired back",
    "hit back", "riffed", "interjected", "interrupted", "chimed in", "read", "reads", "posted", "posts",
    "texted", "emailed", "e-mailed", "chanted", "yelled", "shouted", "screamed", "sang", "cried", "exclaimed",
    "mused", "pressed", "countered", "counters", "offered", "smiled", "sighed", "recalls", "reasoned",
    "remembered", "wondered", "summed up", "put it", "puts it", "explained", "replied", "answered",
    "started", "starts", "began", "begins", "finished", "recalled", "concluded", "writes",
    # Present tense, for live blogs and features ('"...," she yells while moving').
    "yells", "shouts", "screams", "sings", "chants", "cries", "muses", "jokes", "quips", "laughs",
    # More verbs of saying news writes after a quotation ('"...," he posited'): common in features
    # and speech reports, rarely meaning anything else right after a closed quotation.
    "posited", "posits", "opined", "opines", "theorized", "speculated", "whispered", "muttered", "mumbled",
    "murmured", "boomed", "thundered", "bellowed", "hollered", "roared", "protested", "objected", "marveled",
    "marvelled", "teased", "cracked", "deadpanned", "sniped", "groused", "griped", "bristled", "elaborated",
    "reflected", "prodded", "pleaded", "begged", "advised", "confided",
)
# Common given names (US news, 2015-16) and the pronoun they take, for he/she agreement when a
# pronoun is resolved; a name not listed has no known gender and agrees with both.
_MALE_NAMES = frozenset("""
donald bernie ted marco jeb john ben chris mike rand rick jim bobby scott lindsey george barack bill joe
tim paul mitch harry chuck reince jeff robert bob james david michael mark richard thomas charles
steven steve kevin brian jason eric tom matt matthew andrew josh joshua dan daniel peter sean corey
roger newt rudy karl ron martin lincoln jerry al jesse larry gary evan ryan rob frank ken kenneth brad
""".split())
_FEMALE_NAMES = frozenset("""
hillary carly nancy elizabeth sarah michelle kellyanne karoline huma hope debbie donna jennifer
megyn melania ivanka chelsea madeleine condoleezza nikki susan mary patricia linda barbara jessica
karen lisa laura kelly amy anna emily rachel heather maria kathleen katie kate ann anne jane
kirsten claire tammy amy loretta janet sheila theresa angela marine dana kristen kayleigh jill
""".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
                          "fifty hundred hundreds thousand thousands million millions dozens several".split())
_MALE_WORDS = frozenset({"mr.", "mr", "congressman", "spokesman", "chairman", "king", "father", "husband",
                         "son", "brother", "man", "sir", "lord", "businessman"})
_FEMALE_WORDS = frozenset({"mrs.", "mrs", "ms.", "ms", "congresswoman", "spokeswoman", "chairwoman", "queen",
                           "mother", "wife", "daughter", "sister", "woman", "dame", "lady", "businesswoman"})

_SPEECH_ACT_STEMS = (
    "refer", "describ", "portray", "call", r"nam(?:e|ed|es|ing)\b", "term", "label", "dub", "brand", "promot",
    "promis", "pledg", "vow", "project", "predict", "warn", "accus", "attack", "criticiz", "prais", "tout",
    "boast", "brag", "claim", "argu", "insist", "suggest", "say", "said", "tell", "told", "talk", "speak",
    "spoke", "tweet", r"post(?:s|ed|ing)\b", "wrote", "writ", "email", r"text(?:s|ed|ing)\b", "chant", "yell",
    "shout", "sang", r"sing(?:s|ing)?\b", "jok", "mock", "dismiss", "defend", "denounc", "condemn", "blam",
    "slam", "blast", "lament", "complain", "urg", "ask", "question", "answer", "repl", "respond", "counter",
    "continu", r"went\s+on", "vent", "riff", "quip", "express", "voic", "characteriz", "invok",
    r"cit(?:e|ed|es|ing)\b", "quot", "echo", "repeat", "recall", "remind", "declar", "announc", "proclaim",
    "admit", "acknowledg", "conced", "deni", "deny", "assert", "maintain", "contend", "believ", "think",
    "thought", "fear", "hope", "feel", "felt", "worr", "doubt", "consider", "regard", "deem", "want", "wish",
    "seek", "sought", "intend", "threaten", "demand", "implor", r"beg(?:s|ged|ging)?\b", "encourag",
    "challeng", "hail", "welcom", "thank", "apologiz", "congratulat", "releas", "issu", "publish",
    r"read(?:s)?\b", "titl", "launch", "featur", "highlight", "stress", "emphasiz", "underscor",
    r"not(?:e|ed|es|ing)\b", "observ", r"point(?:s|ed|ing)?\s+out", r"add(?:s|ed|ing)?\b", "conclud",
    # A recommendation is made in words, but "recommend" takes an action, never a quotation
    # (not a reporting verb): the subject is credited without a verb.
    "recommend",
)


def _factor_alternatives(alternatives: list[str]) -> str:
    """One regex group matching the same strings as ``(?:a|b|...)``, with shared first letters
    taken out ('sa(?:y|id)'), so the engine tries a few branches per word instead of all of them.

    For tests of whether anything matches (the match a search reports may come from another
    alternative than in the plain list, but a match exists at the same places).
    """
    groups: dict[str, list[str]] = {}
    rest: list[str] = []
    for alt in alternatives:
        if alt[:1].isalpha():
            groups.setdefault(alt[0], []).append(alt[1:])
        else:
            rest.append(alt)  # empty, or opens with a group or an escape: kept whole
    parts = [first + (tails[0] if len(tails) == 1 else _factor_alternatives(tails)) for first, tails in groups.items()]
    return "(?:" + "|".join(parts + rest) + ")"


# Verbs of speaking, writing, naming or thinking (any form) that make a sentence's subject the
# source of a quoted phrase in it, even when they do not introduce the quote themselves. Used
# only to ask whether a sentence has one.
_SPEECH_ACT = re.compile(r"(?<![\w\u2019'\-])" + _factor_alternatives(list(_SPEECH_ACT_STEMS)) + r"\w*", re.I)

# Participles whose subject is the subject of the whole sentence ("She announced ..., saying:").
_PARTICIPLE_END = "ing"

# Titles and roles written before a name or in an appositive; longest first when matched.
ROLES = (
    "press secretary", "secretary of state", "attorney general",
    "vice president", "prime minister", "foreign minister", "defense secretary", "defence secretary",
    "chief executive", "chief of staff", "national security adviser", "campaign manager",
    "president", "senator", "sen.", "representative", "rep.", "congressman", "congresswoman",
    "governor", "gov.", "minister", "secretary", "chancellor", "speaker", "mayor", "ambassador",
    "chairman", "chairwoman", "chair", "ceo", "director", "spokesman", "spokeswoman", "spokesperson",
    "adviser", "advisor", "aide", "analyst", "economist", "professor", "expert", "judge", "justice",
    "general", "gen.", "leader", "candidate", "nominee", "strategist", "pollster", "lawyer",
    "attorney", "official", "officials", "source", "sources", "reporter", "king", "queen", "pope",
    "commentator", "columnist", "host", "anchor", "activist", "founder", "consultant", "operative",
)
# Honorifics (stripped from names, not roles) are biaslens.names.HONORIFICS.
# Head nouns of unnamed or collective speakers ("a senior administration official", "analysts").
_SPEAKER_NOUNS = (
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "source",
    "sources", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "analyst", "analysts",
    "expert", "experts", "economist", "economists", "statement", "report", "reports", "campaign",
    "administration", "government", "ministry", "department", "agency", "lawyer", "lawyers",
    "attorney", "attorneys", "critics", "supporters", "observers", "diplomat", "diplomats",
    "leader", "leaders", "president", "minister", "secretary", "senator", "governor", "candidate",
    "congressman", "congresswoman",
    "people", "residents", "voters", "witnesses", "police", "authorities", "group", "committee",
    "company", "firm", "study", "survey", "poll", "memo", "letter", "website", "newspaper",
    "spokesmen", "representative", "representatives", "researchers", "scientists", "organizers",
    # Nouns PolNeAR's annotators name as sources: documents, ads and people described by role.
    "ad", "ads", "complaint", "lawsuit", "suit", "filing", "release", "tweet", "post", "email", "emails",
    "book", "author", "writer", "columnist", "commentator", "host", "anchor", "narrator", "speaker",
    "staffer", "staffers", "member", "members", "lawmaker", "lawmakers", "protesters", "protester", "crowd",
    "demonstrators", "activist", "activists", "donor", "donors", "delegate", "delegates", "voter",
    "supporter", "critic", "opponent", "opponents", "rival", "rivals", "nominee", "judge", "court",
    "editorial", "article", "story", "order", "ruling", "document", "documents", "message", "video",
    "man", "woman", "men", "women", "friend", "consultant", "strategists", "pollsters", "operative",
    "operatives", "insider", "insiders", "chairman", "chairwoman", "sign", "banner", "headline",
)
_UNNAMED_ROLE = {"official": "unnamed official", "officials": "unnamed official", "source": "unnamed source",
                 "sources": "unnamed source", "aide": "unnamed aide", "aides": "unnamed aide"}

_PRONOUNS = {"he", "she", "they", "it", "i", "we"}
# Capitalised adjectives that stand before a noun which looks like a verb ('Republican claims').
_ADJECTIVES = {"republican", "democratic", "conservative", "liberal", "american", "federal", "national",
               "presidential", "political", "progressive", "gop"}
_STOP_CAPS = {
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "as", "if", "when", "while", "after", "before",
    "during", "this", "that", "these", "those", "there", "here", "it", "he", "she", "they", "we", "i",
    "his", "her", "their", "its", "our", "my", "also", "however", "meanwhile", "still", "yet", "so", "then",
    # Sentence adverbs before a comma ('Moreover, it "was designed ..."'): no one's name.
    "moreover", "furthermore", "nevertheless", "nonetheless", "indeed", "likewise", "therefore",
    "for", "from", "with", "by", "to", "of", "under", "over", "since", "until", "although", "though",
    "according", "speaking", "asked", "later", "earlier", "today", "yesterday", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "last", "next", "both", "all", "some", "many",
    "what", "who", "why", "how", "where", "not", "no", "yes", "one", "two", "read", "more", "amid", "despite",
    "once", "contrary", "per", "like", "unless", "following",
    # Sentence adverbs and imperatives that open sentences with a capital ('First, Trump ...').
    "first", "second", "third", "finally", "along", "likewise", "instead", "indeed", "perhaps", "now", "thus",
    "even", "just", "only", "rather", "again", "ask", "here", "then", "nor", "whether", "because", "unlike",
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec",
    # Adverbs of frequency opening a sentence ('Sometimes his remarks have been plainly untrue').
    "sometimes", "often", "always", "never", "usually", "occasionally", "afterward", "afterwards",
}
_PREPOSITIONS = {"in", "at", "from", "to", "with", "for", "of", "between", "on", "into", "across", "about",
                 "against", "toward", "towards", "by", "near", "than", "like", "visit", "visited", "visiting"}

# A capitalised word, a known abbreviation with its dot, or initials (U.S.); never a sentence's
# final full stop, so a name cannot run on into the next sentence.
_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "St", "Jr", "Sr", "Rev", "Prof", "Capt")
_CAPWORD = (r"(?:(?:" + "|".join(_TITLES) + r")\.|[A-Z]\.(?:[A-Z]\.)+|[A-Z]\.(?=[ \t]+[A-Z])|"
            r"[A-Z][\w\u2019'\-]*(?<![\u2019'])(?:[\u2019']s)?)")
_PARTICLE = r"(?:de|da|del|van|von|der|den|bin|al|la|le|di|du|of)"
# Every _CAPWORD starts with a capital; the look-ahead says so first, which lets the engine give up
# at most positions before reading the look-behind and the alternatives.
_NAME = rf"(?=[A-Z])(?<![\w\u2019'\-]){_CAPWORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_CAPWORD})*"
_PRON = r"(?<![\w\u2019'])(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|I|[Ww]e)\b"
_DET = (r"(?:the|a|an|one|another|two|three|several|some|many|other|his|her|their|its|my|our|your|this|these|those|"
        r"The|A|An|One|Another|Two|Three|Several|Some|Many|Other|His|Her|Their|Its|My|Our|Your|This|These|Those)")
_MOD = r"(?:(?!(?:and|or|but|that|which|who|whom|whose|what|where|when|why|how|while|if|because|said|says|told|to|of|in|on|at|by|for|with|as)\b)\w[\w\u2019'\-\.]*\s+)"
_NOUN = _trie(_SPEAKER_NOUNS) + r"\b"
# The first modifier after a determiner may be joined to the next by "and"/"or" ('the colorful
# and sometimes combative congressman'), never to a determiner ('the senator and his aides' are two).
_COORDINATED = rf"(?:[a-z][\w\-]*\s+(?:and|or)\s+(?!{_DET}\b))"
_DESC = rf"(?<![\w\u2019'\-])(?:{_DET}\s+{_COORDINATED}?)?{_MOD}{{0,4}}{_NOUN}(?:\s+(?:for|of|at|with|from|in|to)\s+(?:the\s+)?{_NAME})?"
_NP = rf"(?:(?:(?:the|The)\s+)?{_NAME}|{_DESC}|{_PRON})"
_ADVERBS = (r"(?:also|later|then|has|had|have|recently|once|previously|again|further|quickly|simply|"
            r"reportedly|would|will|has\s+also|had\s+also|in\s+turn|meanwhile|repeatedly|often|privately|"
            r"publicly|earlier|frequently|once\s+again|went\s+on\s+to|is|was|were|are|been|being|did|does|do|"
            r"could|might|may|must|should|can|would\s+have|has\s+been|had\s+been|even|first|last|flatly|"
            r"bluntly|angrily|proudly|openly|recently|reportedly|still|never|now|already|usually|always|"
            r"in\s+particular|too|himself|herself|themselves)")
# Any noun phrase with a determiner and a lower-case head ('the mayor', 'one questioner', 'several
# environmental groups', 'The commission'): allowed only where a subject must stand (right before
# a reporting verb, or opening a clause before a verb), never as a free-standing name.
_CLAUSE_WORDS = r"(?:and|or|but|that|which|who|whom|whose|what|where|when|why|how|while|if|because|said|says|told|to|of|in|on|at|by|for|with|as|from|about|after|before|during)"
_GDESC = (rf"(?<![\w\u2019'\-]){_DET}\s+(?:(?!(?:{_ADVERBS}|{_CLAUSE_WORDS}|{_DET})\b)[\w\u2019'\-\.]+\s+){{0,3}}"
          rf"(?!(?:{_ADVERBS}|{_CLAUSE_WORDS}|{_DET})\b)[a-z][\w\-]*(?![\w\u2019'])")
# A dateline opening an article: 'LOS ANGELES, Sept. 28 (UPI) — ', 'WASHINGTON -- '.
_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'\- ]{2,}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)*(?:,?\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?"
                       r"\s*(?:\([^)]{1,20}\))?\s*(?:--|[\u2014\u2013-])\s*")
_ABBREV = r"(?:" + "|".join(_TITLES) + r"|U\.S|U\.K|U\.N|No|Inc|Corp|Co|vs|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)"
# A general noun phrase, for the slots right after a quotation where only a speaker can stand
# ('"...," said one New Hampshire Democrat' / '"...," the conference speaker says'): any words,
# but no clause words, so it cannot run into the next clause.
_GWORD = (r"(?!(?:that|which|who|whom|when|if|because|is|was|were|are|has|have|had|and|but|or|to|in|on|at|"
          r"during|after|before|while|as|about|from|for|with|of|familiar|it|he|she|they|we|I|said|says|told)\b)"
          r"(?:(?:" + "|".join(_TITLES) + r")\.|[A-Z]\.(?:[A-Z]\.)*|[\w\-\u2019'&/]+)")
_GNP = rf"(?<![\w\u2019'\-])(?:{_GWORD}[ \t]+){{0,5}}{_GWORD}"
_ABBREV_BEFORE = re.compile(rf"(?:\b{_ABBREV}|\b[A-Z])$")
# The letters an abbreviation (or an initial) can end with, and a line break ('$' also matches
# before one): a full stop after anything else never follows one, and _ABBREV_BEFORE need not be tried.
_ABBREV_LAST = (frozenset(alt.replace("\\", "")[-1] for alt in _ABBREV[3:-1].split("|"))
                | frozenset(string.ascii_uppercase) | {"\n"})
_END_CANDIDATE = re.compile(r"[.!?][\"\u201d\u2019']?(?=\s+[^a-z\s]|\s*$)")


def _scan_sentence_ends(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(mark, just after it) for each sentence-final mark in ``text[start:end]``, read with the
    window's end as the end of the text (so a mark right before ``end`` always ends a sentence)."""
    out = []
    for m in _END_CANDIDATE.finditer(text, start, end):
        i = m.start()
        if text[i] == "." and i > 0 and text[i - 1] in _ABBREV_LAST and _ABBREV_BEFORE.search(text, max(0, i - 6), i):
            continue
        out.append((i, m.end()))
    return out


@lru_cache(maxsize=64)
def _sentence_end_index(text: str) -> tuple[list[int], list[int]]:
    """Every sentence-final mark of the whole text, scanned once: (mark offsets, ends after them).

    A window's scan differs from the whole-text scan only for marks whose look-ahead (an optional
    closing mark, then spaces) reaches the window's end; see :func:`_window_split`.
    """
    found = _scan_sentence_ends(text, 0, len(text))
    return [a for a, _ in found], [b for _, b in found]


def _window_split(text: str, start: int, end: int) -> int:
    """Offset from which ``text[start:end]`` must be scanned as a window, not read from the index.

    Whether a mark ends a sentence depends on what follows it: an optional closing mark, spaces,
    then a character that is not a lower-case letter. Marks more than one character before the
    window's last non-space character find that character inside the window, so they end a
    sentence in the window exactly when they do in the whole text; only the last few characters
    see the window's end and are scanned as a window.
    """
    last = end
    while last > start and text[last - 1].isspace():
        last -= 1
    return max(start, last - 2)


def _sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets just after each sentence-final mark in ``text[start:end]`` (abbreviations skipped).

    The same as scanning the window (a mark right before ``end`` ends a sentence), but the marks
    well inside the window come from :func:`_sentence_end_index`, so repeated calls on one
    paragraph do not rescan it from its start.
    """
    split = _window_split(text, start, end)
    marks, ends = _sentence_end_index(text)
    out = ends[bisect_left(marks, start) : bisect_left(marks, split)]
    out.extend(b for _, b in _scan_sentence_ends(text, split, end))
    return out


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    # Verbs match in any case ("Said Trump" opens some sentences); names must be capitalised.
    # Lower case only: "the United States" is not the verb "states".
    verb = _verb_pattern()
    finite = "(?!\\w+ing\\b)" + _verb_pattern()
    # A party and state ('Sen. Rand Paul (R-Ky.)') or an affiliation ('Mr. Morgan of the Sierra
    # Club') may follow a name before the verb.
    # A party-state tag after a comma ('Rep. Jerrold Nadler, D-N.Y., the former chairman ...,') is
    # no description and takes none of the two appositive slots. An appositive runs up to 130
    # characters: 'Leonard E. Burman, director of the centrist Urban-Brookings Tax Policy Center and
    # a professor at the Maxwell School of Syracuse University, said' (104).
    appos = (r"(?:\s*\([A-Z][\w.\-]{0,6}(?:[\-,]\s?[\w.]{1,12})?\))?(?:,\s*[DRI]-[A-Z][\w.]{1,12}(?=,))?"
             r"(?:\s+of\s+(?:the\s+)?" + _NAME + ")?"
             r"(?P<appos>(?:,\s*[^,\x00\u201c\u201d\"]{2,130}?){1,2},)?")
    intro = r"(?:(?:In|On|At|During|After|Before|Speaking|Asked|Later|Earlier|Meanwhile|However|Separately|Still)\b[^,\x00]{0,60},\s*)?"
    tail_verb = "(?:" + verb[3:-3] + "|" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in _TAIL_VERBS) + r")\b"
    gnp_end = r"(?=\s*(?:[,;:(\u2014\u2013]|\.(?:\s|$)|$|\s+(?:who|which|in|at|on|during|after|before|when|while|as|about|to|from|for|with|of|familiar|and|that|because)\b))"
    return {
        # A sign-off after the quotation: '"..." \u2015 Esther Tapia' (readers' comments, letters).
        "tail_signoff": re.compile(rf"^\s*[\u2015\u2014\u2013-]+\s*(?P<np>{_NAME})\.?\s*(?:,[^\n]*)?$"),
        # General noun phrases right after a quotation that ends its clause (see _GNP).
        "tail_gnp_verb": re.compile(rf"^[\s,\u2014\u2013-]*(?:as\s+)?(?P<np>{_NP}|{_GNP}){appos}(?:\s+{_ADVERBS})*\s+(?P<verb>{tail_verb})"),
        "tail_verb_gnp": re.compile(rf"^[\s,\u2014\u2013-]*(?P<verb>(?!\w+ing\b){tail_verb})\s+(?P<np>{_GNP}){gnp_end}"),
        # A subject after any introductory phrase ('Eight years ago, he ...'), tried when the
        # first words are not a speaker.
        "np_subject_lead": re.compile(rf"^\s*(?:[^,\x00]{{1,80}}?(?:,|\s[\u2013\u2014])\s*){{1,2}}?(?P<np>{_NP})"),
        "np_subject_desc": re.compile(rf"^\s*{intro}(?P<np>{_DESC})"),
        # "..., Trump said" / "..., Karoline Leavitt, the press secretary, said" / "..., he added"
        "tail_np_verb": re.compile(rf"^[\s,\u2014\u2013-]*(?:as\s+)?(?P<np>{_NP}){appos}(?:\s+{_ADVERBS})*\s+(?P<verb>{verb})"),
        # '"A," he posited, "B"': the same, with a verb that reports speech only after a quotation
        # (read where a short clause between two quotations may join them into one).
        "tail_np_tail_verb": re.compile(rf"^[\s,\u2014\u2013-]*(?P<np>{_NP})(?:\s+{_ADVERBS})*\s+(?P<verb>{tail_verb})"),
        # An indefinite speaker right before the quotation ('someone shouted', 'a man in the crowd
        # yelled', 'one person called out'): unnamed, and no one named earlier in the sentence.
        "indefinite": re.compile(rf"(?<![\w\u2019'-])(?P<np>(?:[Ss]ome(?:one|body)|[Oo]ne\s+(?:person|man|woman|attendee|listener)|"
                                 rf"[Aa]n?\s+(?:man|woman|person|voice|heckler|protester|attendee|audience\s+member|onlooker|"
                                 rf"spectator|listener|fan|supporter|member\s+of\s+the\s+(?:audience|crowd|public)))"
                                 rf"(?:\s+(?:in|from|at)\s+the\s+(?:crowd|audience|room|back|gallery|balcony))?)"
                                 rf"(?:\s+{_ADVERBS})*\s+(?P<verb>{tail_verb})(?:\s+out)?\s*[,:]?\s*$"),
        "indefinite_np": re.compile(r"(?:some(?:one|body)|one\s+(?:person|man|woman|attendee|listener))\b", re.I),
        # "..., said Trump" (a participle here starts a new clause: '..." adding that ...')
        "tail_verb_np": re.compile(rf"^[\s,\u2014\u2013-]*(?P<verb>{finite})\s+(?P<np>{_NP})"),
        # "..., according to the White House"
        # 'As The New Yorker put it, "..."' (the idiom names its source before the quotation).
        "as_put_it": re.compile(rf"(?<![\w])[Aa]s\s+(?P<np>{_NP}){appos}(?:\s+{_ADVERBS})*\s+(?P<verb>put\s+it)\b"),
        "according": re.compile(rf"(?P<verb>[Aa]ccording\s+to)\s+(?P<np>{_NP})"),
        # 'Mrs. Clinton was, in the words of a senior adviser, "the torchbearer"': the words are
        # theirs, with no verb of saying.
        "words_of": re.compile(rf"(?<![\w\u2019'-])[Ii]n\s+the\s+words\s+of\s+(?P<np>{_NP})\s*,?\s*$"),
        # 'The latter by her own admission was a "mistake."', 'in his own words, "a disaster"': the
        # one the pronoun stands for admits it.
        "own_admission": re.compile(r"(?<![\w\u2019'-])(?:[Bb]y|[Ii]n)\s+(?P<np>his|her|their)\s+own\s+"
                                    r"(?:admission|account|words|description|telling|reckoning)\b"),
        "verb_anywhere": re.compile(rf"(?<![\w\u2019'-])(?P<verb>{verb})"),
        # 'McConnell, now the Senate majority leader, who in 2010 said': the relative pronoun's
        # antecedent speaks.
        "np_who": re.compile(rf"(?P<np>{_NP})(?:\s*\([^)\x00]{{1,30}}\))?(?:,\s*[^,\x00\u201c\u201d\"]{{2,100}}?){{0,2}},?\s+who(?:\s+[^,\x00]{{0,25}}?)?\s*$"),
        # ... the name right before ', who' (tried when the first name of the sentence is no speaker:
        # 'Domestically, it drew a reaction from Barack Obama, who called').
        "np_who_near": re.compile(rf"(?P<np>{_NP})(?:\s*\([^)\x00]{{1,30}}\))?,?\s+who(?:\s+[^,\x00]{{0,25}}?)?\s*$"),
        "np_end": re.compile(rf"(?P<np>{_NP}){appos}(?:\s*,\s*\w+\s*,)?(?:\s+{_ADVERBS})*\s*$"),
        # ... where a clause starts: 'At a press conference in Chelsea, the mayor also said'.
        "np_end_g": re.compile(rf"(?:^|[,;:\u2014]\s*|\b(?:and|but|that|when|while|as|after|because)\s+)\s*"
                               rf"(?P<np>{_GDESC}){appos}(?:\s+{_ADVERBS})*\s*$"),
        # A determiner phrase opening a clause, followed by something that looks like its verb.
        "np_subject_g": re.compile(rf"^\s*(?P<np>{_GDESC})(?=(?:\s*\([^)]{{1,40}}\))?(?:,[^,\x00]{{2,100}}?,)?(?:\s+{_ADVERBS})*"
                                   rf"\s+(?:{verb[3:-3]}|\w+ed\b|\w+s\b))"),
        # '..., said Vice President Joe Biden, [urging]': an inverted attribution before a participle.
        "inverted_said": re.compile(rf"[\x00,\u201d\"]\s*(?P<verb>said|says|added|told)\s+(?P<np>{_NP}),\s*$"),
        # '... said Reid quieted the chatter, [telling]': the subject of a clause reported by 'said'.
        "reported_subject": re.compile(rf"(?<![\w\u2019'-])(?:said|says)\s+(?:that\s+)?(?P<np>{_NAME})\s+(?:[a-z]+ly\s+)?"
                                       r"[a-z]+ed\b[^\x00,.;:]*,\s*$"),
        "np_end_tight": re.compile(rf"(?P<np>{_NP})(?:\s+{_ADVERBS})*\s+$"),
        "np_subject": re.compile(rf"^\s*{intro}(?P<np>{_NP})"),
        "np_after": re.compile(rf"^\s*(?P<np>{_NP})"),
    }


# ---------------------------------------------------------------- quotation marks


# After a single mark: an elision ('90s, 'em, rock 'n' roll), never an opening quotation mark.
_ELISION = re.compile(r"(?:\d\ds\b|\d\d\b|em\b|til\b|tis\b|twas\b|cause\b|n\b|n'|bout\b)", re.I)
# Candidate marks: any double mark, and a single mark unless a letter or digit stands on both
# sides ('Japan's', 'don't': _mark_roles gives those no role). [^\W_] is a letter or digit. The
# mark comes first so the engine can jump from mark to mark; the look-behind over two characters
# checks the one before the mark.
_MARK_CHAR = re.compile("[" + re.escape(QUOTE_MARKS) + "](?:(?<=[" + re.escape(DOUBLE_MARKS) + r"])|(?<![^\W_].)|(?![^\W_]))")


def _is_alnum(ch: str | None) -> bool:
    return ch is not None and ch.isalnum()


# A verb of saying in the present or past and its comma or colon, right before a mark ('He says,').
_VERB_AND_COMMA = re.compile(r"(?<![\w\u2019'-])(?:says|said|adds|added|asks|asked|tells|told|writes|wrote)[,:]$")


def _mark_roles(text: str, i: int, p_start: int, p_end: int) -> tuple[str, bool, bool]:
    """Return (family, can_open, can_close) for the quotation-mark candidate at ``i``."""
    ch = text[i]
    prev = text[i - 1] if i > p_start else None
    nxt = text[i + 1] if i + 1 < p_end else None
    space_before = prev is None or prev.isspace() or prev in "([{\u2014\u2013-/:"
    space_after = nxt is None or nxt.isspace() or nxt in ",.;:!?)]}\u2014\u2013-\u2026"
    if ch in DOUBLE_MARKS:
        if ch in "\u201c\u00ab\u201e":
            if ch == "\u201c" and prev is not None and prev in ",.?!\u2026" and space_after:
                # '\u201cWho can guarantee you happiness?\u201c he asked': an opening mark printed where
                # the closing one belongs (after the quote's last punctuation, before a space) closes;
                # read as an opening mark it pairs every later quotation wrongly.
                return "double", False, True
            return "double", True, False
        if ch in "\u201d\u00bb":
            if ch == "\u201d" and prev is not None and prev in ",:" and nxt == " " \
                    and _VERB_AND_COMMA.search(text, max(p_start, i - 20), i):
                # 'He says,\u201d there are a lot of people who never get listened to.\u201d': a closing
                # mark printed after a verb of saying and its comma, where the opening one belongs,
                # opens when no quotation is open (and still closes one: '"Nobody ever says," she said').
                return "double", True, True
            # Some sites print a closing mark where an opening one belongs.
            return "double", space_before and not space_after, not space_before or space_after
        return "double", space_before and not space_after, not space_before and (space_after or nxt in "'\u2019")
    # Single marks: apostrophes far outnumber quotes, so both roles need clear evidence.
    if _is_alnum(prev) and _is_alnum(nxt):
        return "single", False, False  # Japan's, don't
    rest = text[i + 1 : min(p_end, i + 6)]
    elision = _ELISION.match(rest)
    can_open = ch in "'\u2018\u2019" and space_before and _is_alnum(nxt) and not elision
    if ch == "\u2018":
        can_open = (space_before or prev in "\"\u201c") and not elision and nxt is not None and not nxt.isspace()
    can_close = ch in "'\u2019" and prev is not None and not prev.isspace() and (space_after or nxt in "\"\u201d")
    return "single", can_open, can_close


# NYT-style marks: two apostrophes for a double quotation mark (''...''), three where a single
# quote closes or opens inside it (',''' he said'), and TeX-style `` for an opening mark.
# The same as (?<!['`])(?:'''|''|``)(?!['`]), written mark first so the engine can jump from
# mark to mark: after the first mark, the look-behind over two characters checks the one before it.
_ASCII_DOUBLE = re.compile(r"(?:'(?<!['`]')''|'(?<!['`]')'|`(?<!['`]`)`)(?!['`])")


def _normalise_marks(text: str) -> str:
    """Return ``text`` with ASCII double-mark runs rewritten as curly marks, same length.

    ``''It's anti-reform,'' said Mr. Kamin`` becomes `` “It's anti-reform,”  said Mr. Kamin``: an
    opening run becomes a space and an opening mark (the mark next to the word), a closing run a
    closing mark and a space. Whether a run opens or closes is read from its neighbours, as for a
    straight mark; a run that pairs with nothing is later dropped like any stray mark. The length
    never changes, so every offset found in the result indexes the original text.
    """
    if "''" not in text and "``" not in text:
        return text
    pieces = []
    done = 0
    for m in _ASCII_DOUBLE.finditer(text):
        i, j = m.start(), m.end()
        prev = text[i - 1] if i > 0 else None
        nxt = text[j] if j < len(text) else None
        opening = m.group(0) == "``" or (
            (prev is None or prev.isspace() or prev in "([{\u2014\u2013-/")
            and nxt is not None and not nxt.isspace() and nxt not in ",.;:!?)")
        if opening:
            run = " \u201c" + ("\u2018" if j - i == 3 else "")
        else:
            run = ("\u2019" if j - i == 3 else "") + "\u201d "
        pieces.append(text[done:i])
        pieces.append(run[: j - i] if len(run) >= j - i else run + " " * (j - i - len(run)))
        done = j
    pieces.append(text[done:])
    return "".join(pieces)


# '“We have such a broad membership, Mr. Rother said. “I’m sure ...”': a quotation whose closing
# mark was lost before its own attribution (comma, speaker, verb of saying, full stop). The same
# with a pronoun and a comma before the next part's opening mark ('"Absent a force on the ground,
# he added, "this is how ISIS is going to be reduced."'): the attribution interrupts one quotation.
_OWN_ATTRIBUTION = re.compile(rf",[ \t]+(?:(?:(?:the|The)[ \t]+)?{_NAME}[ \t]+(?:said|says|added|asked|explained)[.!?]"
                              rf"|(?:{_NAME}|he|she)[ \t]+(?:said|says|added|asked|explained),[ \t]*[\"\u201c](?=\w))")


def _own_attribution_comma(text: str, open_mark: int, limit: int) -> int | None:
    """The comma ending an unclosed quotation at ``open_mark`` where its own attribution follows
    before ``limit`` (the next double mark or the paragraph end); ``None`` when there is none."""
    # (The limit's own mark is read too: an interrupting attribution ends right before it.)
    m = _OWN_ATTRIBUTION.search(text, open_mark + 1, limit + 2)
    return m.start() if m is not None else None


def _scan_paragraph(text: str, p_start: int, p_end: int,
                    candidates: list[int] | None = None) -> tuple[list[tuple[int, int]], tuple[int, str] | None]:
    """Pair marks inside one paragraph; return closed (open_pos, close_pos) pairs and any open quote.

    ``candidates``: the paragraph's candidate marks (:data:`_MARK_CHAR`) when already found.
    """
    marks = []
    if candidates is None:
        # One regex pass finds the candidate marks; most characters are not marks.
        candidates = [m.start() for m in _MARK_CHAR.finditer(text, p_start, p_end)]
    for i in candidates:
        family, can_open, can_close = _mark_roles(text, i, p_start, p_end)
        if can_open or can_close:
            marks.append((i, family, can_open, can_close))
    pairs: list[tuple[int, int]] = []
    k = 0
    while k < len(marks):
        pos, family, can_open, _ = marks[k]
        if not can_open:
            k += 1
            continue
        # Look for the first mark of the same family that closes this one; marks of the other
        # family inside are nested quotes or apostrophes and are skipped.
        close = None
        for j in range(k + 1, len(marks)):
            q_pos, q_family, q_open, q_close = marks[j]
            if q_family != family:
                continue
            if q_close:
                close = j
                break
            if q_open and family == "double":
                # A second opening double mark: either the first was never closed, or a quote
                # nested in the same marks ('“... would likely render most “Constitutional
                # Authority Statements” controversial.”', a publication's passage quoted whole).
                # Read as nested only when the nesting closes again in this paragraph, the
                # depth back to zero; a stray mark never brings it back there.
                _, nested_close = _double_depths(text, p_start, p_end, [m[0] for m in marks[j:]], 1)
                if nested_close is not None:
                    close = next(n for n in range(j, len(marks)) if marks[n][0] == nested_close)
                break
        if close is not None:
            pairs.append((pos, marks[close][0]))
            k = close + 1
            continue
        if family == "double":
            later = next((m[0] for m in marks[k + 1 :] if m[1] == family), p_end)
            comma = _own_attribution_comma(text, pos, later)
            if comma is not None:
                pairs.append((pos, comma))
                k += 1
                continue
        # Unclosed: a quote running on into the next paragraph, or a stray mark.
        if all(m[1] != family or not m[3] for m in marks[k + 1 :]) and not any(
            m[1] == family and m[2] for m in marks[k + 1 :]
        ):
            return pairs, (pos, family)
        k += 1
    return pairs, None


def _opens_with_quote(text: str, p_start: int, p_end: int, family: str) -> bool:
    if p_start >= p_end or text[p_start] not in QUOTE_MARKS:
        return False
    fam, can_open, _ = _mark_roles(text, p_start, p_start, p_end)
    return fam == family and can_open


# A long quotation runs over at most this many paragraphs; past it an unclosed mark is a stray.
MAX_QUOTE_PARAGRAPHS = 6


def _double_depths(text: str, p_start: int, p_end: int, marks: list[int], depth: int) -> tuple[int, int | None]:
    """Read the double marks of one paragraph from nesting ``depth``: (depth at its end, offset
    of the first closing mark that takes the depth to zero or below, if any)."""
    for i in marks:
        family, can_open, can_close = _mark_roles(text, i, p_start, p_end)
        if family != "double":
            continue
        if can_close and (depth > 0 or not can_open):
            depth -= 1
            if depth <= 0:
                return depth, i
        elif can_open:
            depth += 1
    return depth, None


def _ends_on_closing_mark(text: str, own: list[int], p_start: int, p_end: int) -> bool:
    """True when the paragraph's last mark (of ``own``) is a closing straight double mark at its
    very end, like the one opening it ('"Absent a force ..., he said "this is how ISIS is going to
    be reduced."'). (A curly closing mark there may close a nested quotation printed in other
    marks: '"... a doctor had typed “homicidal ideation.”' runs on.)"""
    last = own[-1]
    if len(own) < 2 or text[last + 1 : p_end].strip() or text[last] != '"' or text[own[0]] != '"':
        return False
    family, can_open, can_close = _mark_roles(text, last, p_start, p_end)
    return family == "double" and can_close and not can_open


def _long_quotations(text: str, paragraphs: list[tuple[int, int]], marks: list[int]) -> dict[int, tuple[int, int]]:
    """Quotations spanning paragraphs, as ``{paragraph index: (open_mark, close)}``.

    A paragraph that opens with a double mark left open at its end (its nested quotes, such as
    '“... the “Obama Agenda” ...', read as nested) starts one; it runs through the following
    paragraphs, which may open with a mark again (the news convention) or not (a long passage
    quoted from a website, its paragraphs printed bare), to the first closing mark that closes
    it. In a paragraph without its own opening mark the "open mark" is the line break before
    it. Without such a closing mark within :data:`MAX_QUOTE_PARAGRAPHS` nothing is returned for
    it, and the paragraph scan handles the marks as before.
    """
    found: dict[int, tuple[int, int]] = {}
    index = 0
    while index < len(paragraphs):
        p_start, p_end = paragraphs[index]
        own = marks[bisect_left(marks, p_start) : bisect_left(marks, p_end)]
        if not own or own[0] != p_start or _mark_roles(text, p_start, p_start, p_end)[:2] != ("double", True):
            index += 1
            continue
        depth, closed = _double_depths(text, p_start, p_end, own[1:], 1)
        if closed is not None or depth <= 0 or _own_attribution_comma(text, p_start, own[1] if len(own) > 1 else p_end) is not None \
                or _ends_on_closing_mark(text, own, p_start, p_end):
            # (A quotation closed by its own attribution ends in its paragraph: it never runs on
            # into the writer's next paragraphs and their quotations. Nor does one whose paragraph
            # ends on a closing mark: a quotation running on leaves its paragraph unclosed, so
            # marks that do not pair there are broken, and the writer's next paragraph is no
            # quotation.)
            index += 1
            continue
        spans = {index: (p_start, p_end)}
        end = None
        for nxt in range(index + 1, min(len(paragraphs), index + MAX_QUOTE_PARAGRAPHS)):
            q_start, q_end = paragraphs[nxt]
            q_marks = marks[bisect_left(marks, q_start) : bisect_left(marks, q_end)]
            reopens = bool(q_marks) and q_marks[0] == q_start and _mark_roles(text, q_start, q_start, q_end)[:2] == ("double", True)
            depth, closed = _double_depths(text, q_start, q_end, q_marks[1:] if reopens else q_marks, 1)
            if closed is not None:
                spans[nxt] = (q_start if reopens else q_start - 1, closed)
                end = nxt
                break
            spans[nxt] = (q_start if reopens else q_start - 1, q_end)
        if end is None or end == index + 1 and all(o == paragraphs[k][0] for k, (o, _) in spans.items()):
            # Not closed (a stray mark), or two paragraphs each opening with a mark: the
            # paragraph scan below reads those as before.
            index += 1
            continue
        found.update(spans)
        index = end + 1
    return found


def _raw_segments(text: str) -> list[tuple[int, int, int]]:
    """Return (open_mark, close_mark_or_paragraph_end, group) for every quoted segment."""
    segments: list[tuple[int, int, int]] = []
    paragraphs = line_spans(text)
    # Candidate marks of the whole text, scanned once: a paragraph without one has no quote. (At a
    # paragraph's edges the scan sees a line break, as the paragraph's own scan sees nothing.)
    marks = [m.start() for m in _MARK_CHAR.finditer(text)]
    long_quotes = _long_quotations(text, paragraphs, marks) if marks else {}
    group = 0
    carry: int | None = None  # group id of a quote continuing from the previous paragraph
    for index, (p_start, p_end) in enumerate(paragraphs):
        if index in long_quotes:
            # Inside a quotation spanning paragraphs: its nested quotes are part of its words.
            o, c = long_quotes[index]
            if index - 1 not in long_quotes:
                group += 1
            segments.append((o, c, group))
            carry = None
            if c == p_end or index + 1 in long_quotes:
                continue
            p_start = c + 1  # after the closing mark the writer's words go on
        k = bisect_left(marks, p_start)
        if k < len(marks) and marks[k] < p_end:
            pairs, unclosed = _scan_paragraph(text, p_start, p_end, marks[k : bisect_left(marks, p_end, k)])
        else:
            pairs, unclosed = [], None
        turn = _unopened_turn(text, p_start, p_end, pairs, unclosed, marks[k : bisect_left(marks, p_end, k)]) \
            if k < len(marks) and marks[k] < p_end else None
        if turn is not None:
            pairs = sorted([*pairs, turn])
        for n, (o, c) in enumerate(pairs):
            if n == 0 and carry is not None and o == p_start:
                segments.append((o, c, carry))
            else:
                group += 1
                segments.append((o, c, group))
        continuing = carry is not None and pairs and pairs[0][0] == p_start
        carry = None
        if unclosed is not None:
            pos, family = unclosed
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if nxt is not None and _opens_with_quote(text, nxt[0], nxt[1], family):
                if continuing and not pairs[1:] and pos == p_start:
                    this_group = segments[-1][2]
                elif pos == p_start and segments and segments[-1][2] == carry:
                    this_group = segments[-1][2]
                else:
                    group += 1
                    this_group = group
                segments.append((pos, p_end, this_group))
                carry = this_group
            elif pos == p_start or text[max(p_start, pos - 2) : pos].strip() in (":", ","):
                # A statement whose closing mark was lost at the paragraph end: keep it to the
                # end of its own paragraph, never further.
                group += 1
                segments.append((pos, p_end, group))
    return segments


# A transcript turn inside a paragraph, after a sentence end: 'Christie: I don't know ...'.
_INNER_TURN = re.compile(r"(?:(?<=[.!?][ \t])|(?<=[.!?][\"\u201d][ \t]))[A-Z][\w.\u2019'\-]+(?:[ \t]+[A-Z][\w.\u2019'\-]+){0,2}:(?=[ \t])")


def _unopened_turn(text: str, p_start: int, p_end: int, pairs: list[tuple[int, int]],
                   unclosed: tuple[int, str] | None, candidates: list[int]) -> tuple[int, int] | None:
    """A transcript turn whose opening mark the site dropped: '... Christie said in an interview.
    Christie: I don't know that he wants that. ... I'll believe it when I see it.”' The closing
    double mark pairs with nothing; the turn label after a sentence end opens the quotation
    (returned as (the space after the label's colon, the closing mark)). ``None`` unless the
    paragraph has exactly such a mark with a label before it and no other mark between."""
    if unclosed is not None:
        return None
    inside = [(o, c) for o, c in pairs]
    for i in reversed(candidates):
        family, can_open, can_close = _mark_roles(text, i, p_start, p_end)
        if family != "double" or can_open or not can_close or any(o <= i <= c for o, c in inside):
            continue
        after_pairs = max([c for _, c in inside if c < i], default=p_start)
        label = None
        for label in _INNER_TURN.finditer(text, after_pairs, i):
            break  # the first turn after the last quotation opens this one
        if label is None or label.group(0).rstrip(":").lower() in _EDITOR_LABELS \
                or any(after_pairs < m < i for m in candidates if text[m] in DOUBLE_MARKS):
            return None
        return label.end(), i
    return None


def _inner(text: str, open_mark: int, close: int) -> tuple[int, int]:
    start = open_mark + 1
    end = close
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    while end > start and text[end - 1] in QUOTE_MARKS and end - 1 != open_mark:
        # A quote run on to the paragraph end can end with the nested mark; keep words only.
        if text[end - 1] in DOUBLE_MARKS:
            end -= 1
        else:
            break
    return start, end


# ---------------------------------------------------------------- speakers


@dataclass(frozen=True)
class _Attribution:
    np: str
    np_span: tuple[int, int]
    verb: str | None
    verb_span: tuple[int, int] | None
    appos: str | None


def _masked_by_char(text: str, segments: list[tuple[int, int, int]]) -> str:
    """:func:`_masked` one character at a time, for segments that overlap."""
    chars = list(text)
    for o, c, _ in segments:
        keep = c
        while keep - 1 > o and text[keep - 1] in ".!?":
            keep -= 1
        for i in range(o + 1, min(keep, len(text))):
            if chars[i] != "\n":
                chars[i] = _MASK
    return "".join(chars)


def _masked(text: str, segments: list[tuple[int, int, int]]) -> str:
    """``text`` with the quoted words of every segment masked (line breaks kept), same length."""
    pieces = []
    done = 0
    for o, c, _ in segments:
        keep = c
        # The sentence-final mark just inside a closing quote still ends the writer's sentence.
        while keep - 1 > o and text[keep - 1] in ".!?":
            keep -= 1
        end = min(keep, len(text))
        if end <= o + 1:
            continue
        if o + 1 < done:
            return _masked_by_char(text, segments)  # overlapping segments: never from _raw_segments
        # Every character but a line break becomes the mask.
        pieces.append(text[done : o + 1])
        pieces.append("\n".join(_MASK * len(part) for part in text[o + 1 : end].split("\n")))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


# A sentence is read at most this far either side of a quotation mark. News sentences stay far
# below it; without the bound a paragraph with no full stop (thousands of quotations on one line)
# makes every quotation search the whole paragraph: quadratic.
MAX_CLAUSE_CHARS = 1500


def _clause_start(masked: str, pos: int) -> int:
    """Start of the sentence holding ``pos``: after the last sentence end before it in its paragraph."""
    p_start = masked.rfind("\n", 0, pos) + 1
    split = _window_split(masked, p_start, pos)
    window = masked[split:pos]
    if "." in window or "!" in window or "?" in window:
        tail = _scan_sentence_ends(masked, split, pos)
        if tail:
            return max(tail[-1][1], pos - MAX_CLAUSE_CHARS)
    marks, ends = _sentence_end_index(masked)
    k = bisect_left(marks, split)
    return max(ends[k - 1] if k > 0 and marks[k - 1] >= p_start else p_start, pos - MAX_CLAUSE_CHARS)


def _clause_end(masked: str, pos: int) -> int:
    """End of the sentence holding ``pos``: the first sentence end from it in its paragraph."""
    p_end = masked.find("\n", pos)
    p_end = len(masked) if p_end < 0 else p_end
    split = _window_split(masked, pos, p_end)
    marks, ends = _sentence_end_index(masked)
    k = bisect_left(marks, pos)
    if k < len(marks) and marks[k] < split:
        return min(ends[k], pos + MAX_CLAUSE_CHARS)
    tail = _scan_sentence_ends(masked, split, p_end)
    return min(tail[0][1] if tail else p_end, pos + MAX_CLAUSE_CHARS)


_NP_LEAD = re.compile(r"(?:(?:and|but|as|while|when|so|then|which|who|that|where|In|On|At|After|Before|"
                      r"During|Speaking|Asked|And|But|So|Then|Yet|Still|Also|Now|While|When|As|Meanwhile|"
                      r"Although|Though|Because|"
                      # Sentence adverbs ('Perhaps Mr. Comey's most surprising suggestion was ...'):
                      # they open the sentence, not the name after them.
                      r"Perhaps|Maybe|Indeed|Even|Only|Instead|Probably|Certainly|Surely|Clearly|Apparently|"
                      r"Finally|Ultimately|Moreover|However|Thus|Likewise|Notably|Presumably)\s+)+")


def _clean_np(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a speaker phrase: no leading conjunction or clause word, no possessive tail."""
    span = text[start:end]
    lead = _NP_LEAD.match(span)
    if lead:
        start += lead.end()
    return start, end


# The space is matched first (and looked back on) so the engine can jump from space to space.
_MIDSENTENCE_CAP = re.compile(r" (?=[A-Z])(?<=[a-z,;] )([A-Z][\w\u2019'\-]*)")


@lru_cache(maxsize=64)
def _midsentence_caps(text: str) -> frozenset[str]:
    """Capitalised words that occur after a lower-case word somewhere in ``text`` (names, not sentence starts)."""
    return frozenset(_MIDSENTENCE_CAP.findall(text))


@lru_cache(maxsize=4096)
def _junk_name(np: str, full: str | None) -> bool:
    """True for a one-word 'name' that is only capitalised because it opens a sentence.

    'Nothing', 'Eight', 'Walking', 'Recently' open sentences but never appear capitalised in
    the middle of one; a real name ('Sharpton', 'Takaichi') does, or is a known given name.
    """
    if full is None:
        return False
    words = np.split()
    if len(words) != 1 or not words[0][:1].isupper() or words[0].lower() in _PRONOUNS:
        return False
    word, _ = _strip_possessive(words[0])
    if word.isupper() and len(word) > 1:
        return False  # an acronym (CNN, NRA)
    lower = word.lower()
    if lower in _MALE_NAMES or lower in _FEMALE_NAMES or lower in _SPEAKER_NOUNS:
        return False
    # Only capitalised at a sentence start: junk when the word is also written in lower case
    # ('Nothing' / 'nothing') or looks like an adverb, participle or number, not a surname,
    # or when a preposition follows it wherever it stands ('Hours before Mr. Obama was to speak',
    # 'Implicit in Mr. Obama's political rise'): a name is followed by its verb or its other
    # names somewhere in the article...
    if not (lower.endswith(("ly", "ing", "ed")) or lower in _NUMBER_WORDS or _occurs_as_word(lower, full)
            or _only_before_preposition(word, full)):
        return False
    # ... and is never capitalised in the middle of a sentence (read last: it scans the article).
    return word not in _midsentence_caps(full)


# A preposition or subordinator right after a word ('Hours before', 'Implicit in', 'Central to').
_PREPOSITION_NEXT = re.compile(r"[ \t]+(?:in|before|after|of|to|for|from|with|at|on|than|among|since|until|during)"
                               r"(?![\w\u2019'\-])")


def _only_before_preposition(word: str, full: str) -> bool:
    """True when every occurrence of ``word`` in ``full`` (as a whole word) is followed by a
    preposition: 'Hours before ...', 'Implicit in ...' open sentences with an adverbial or a
    predicate, never a person; a name stands before its verb or inside a longer name somewhere."""
    n, i, seen = len(word), full.find(word), False
    while i >= 0:
        if (i == 0 or not _is_word_part(full[i - 1])) and (i + n >= len(full) or not _is_word_part(full[i + n])):
            if _PREPOSITION_NEXT.match(full, i + n) is None:
                return False
            seen = True
        i = full.find(word, i + 1)
    return seen


@lru_cache(maxsize=4096)
def _common_noun_name(np: str, full: str) -> bool:
    """True for a common noun that only looks like a name because it opens a sentence.

    'People are losing a fundamental belief ..., he said': 'People' names nobody, so it is never
    the person a later 'he' goes back to. (:func:`_junk_name` keeps such speaker nouns, which
    do speak as subjects: 'Officials said'.)
    """
    words = np.split()
    if len(words) != 1 or not words[0][:1].isupper() or words[0].isupper():
        return False
    word, _ = _strip_possessive(words[0])
    lower = word.lower()
    if lower not in _SPEAKER_NOUNS and lower not in _PLAIN_NOUNS:
        return False
    return word not in _midsentence_caps(full)


# Capitalised plurals naming a group ('The Democrats tax and spend, ... he said'): many people,
# never the one a 'he'/'she' refers to.
_GROUP_PLURALS = frozenset("""democrats republicans americans conservatives liberals progressives independents
libertarians socialists evangelicals catholics christians muslims jews protestants mormons europeans russians
israelis palestinians iranians mexicans canadians latinos hispanics blacks whites
""".split())
# Plural and group nouns, often opening a sentence, never a person a later 'he'/'she' refers to.
_PLAIN_NOUNS = frozenset("""people americans men women children kids students parents families workers
folks everyone everybody someone somebody nobody audience crowd attendees supporters critics
""".split())


def _is_word_part(ch: str) -> bool:
    # [\w\u2019'\-] as the regex engine reads \w in a str pattern (alphanumeric or underscore).
    return ch.isalnum() or ch in "_\u2019'-"


def _occurs_as_word(word: str, text: str) -> bool:
    r"""True when ``word`` occurs in ``text`` with no letter, digit, apostrophe or hyphen on
    either side (the regex ``(?<![\w\u2019'\-])word(?![\w\u2019'\-])``, without compiling one
    pattern per word)."""
    n = len(word)
    i = text.find(word)
    while i >= 0:
        if (i == 0 or not _is_word_part(text[i - 1])) and (i + n >= len(text) or not _is_word_part(text[i + n])):
            return True
        i = text.find(word, i + 1)
    return False


_CONTRACTION = re.compile(r"(?:I|He|She|We|They|It|You)[\u2019'](?:d|m|s|re|ve|ll)\b")
_AFTER_DATELINE = re.compile(r"\s*\((?:AP|AFP|Reuters|UPI|CNN|AP Photo)\)|,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d")
_AFTER_DASH = re.compile(r"\s*[\u2014\u2013]|\s+-\s")
_WORD = re.compile(r"[\w\u2019']+")
_STOP_CAPS_NOT_PRONOUNS = frozenset(_STOP_CAPS - _PRONOUNS)
# First words that cannot open a speaker phrase (determiners and numbers can: 'the mayor', 'two aides').
_NOT_NP_OPENERS = frozenset(_STOP_CAPS_NOT_PRONOUNS - {"the", "a", "an", "one", "his", "her", "their", "its", "some",
                                                         "many", "both", "all", "two"})
_PLACE_PREPOSITIONS = frozenset(_PREPOSITIONS - {"by", "visit", "visited", "visiting", "than", "like"})


# 'recently releasing a report claiming "..."', 'published a blog post stating that ...': a verb
# and its object is a verb phrase (what the subject did), never a speaker.
_VERB_PHRASE = re.compile(r"(?:[a-z]+ly\s+)?[a-z]+(?:ing|ed)\s+(?:[a-z]+\s+(?:upon|on|at|to|with|from|into|for)\s+)?"
                          r"(?:a|an|the|his|her|their|its|this|that|these|those)\b")
# 'It was decided ...', 'It has been agreed ...': an impersonal "it" before a passive names no one.
_IMPERSONAL_PASSIVE = re.compile(r"\s+(?:is|was|has\s+been|had\s+been|will\s+be)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b")
# A place name and its comma, before a state's abbreviation ('Austin, Tex.', 'Washington, DC').
_PLACE_BEFORE_STATE = re.compile(r"[A-Z][a-z]+,[ \t]+$")


def _state_after_place(text: str, np: str, np_start: int) -> bool:
    """True when ``np`` (at ``np_start`` in ``text``) is a state's abbreviation after a city and its
    comma ('Austin, Tex.,', 'Washington, DC,'): a place, never a speaker."""
    np_end = np_start + len(np)
    return (len(np.split()) == 1 and (text[np_end : np_end + 1] == "." or np.endswith(".") or (np.isupper() and len(np) <= 3))
            and _PLACE_BEFORE_STATE.search(text, max(0, np_start - 30), np_start) is not None)


def _state_of_place(text: str, np: str, np_start: int) -> bool:
    """True when ``np`` (at ``np_start`` in ``text``) is a state or country written out after a
    city and its comma, with its own comma after it ('Speaking at a town hall event in Salem, New
    Hampshire, Trump went after Bush'): the end of a place, never the subject the phrase
    introduces."""
    np_end = np_start + len(np)
    return (text[np_end : np_end + 1] == "," and is_place_name(np)
            and _PLACE_BEFORE_STATE.search(text, max(0, np_start - 30), np_start) is not None)


# A determiner that makes a capitalised word a qualifier ('One Facebook user', 'A Starbucks employee').
_ONE_OF_GROUP = frozenset({"One", "A", "An", "Another"})
_LOWER_WORD_NEXT = re.compile(r"[ \t]+[a-z]")


# A publication's piece and the publication ('an editorial in The Des Moines Register').
_PIECE_NOUN = r"(?<![\w\u2019'-])(?:editorial|editorials|column|op-ed|piece)"
_PUB_AFTER = re.compile(rf"\s+(?:in|for)\s+(?P<pub>(?:[Tt]he\s+)?{_NAME})")
_PIECE_IN = re.compile(rf"{_PIECE_NOUN}{_PUB_AFTER.pattern}$")
_PIECE_END = re.compile(rf"{_PIECE_NOUN}$")
_PLACE_TAIL = re.compile(rf"(?<=[a-z])\s+(?:in|at)\s+(?:the\s+)?{_NAME}$")


# Past tenses without "-ed" that take an object ('she sent a letter saying').
_IRREGULAR_PAST = frozenset("sent wrote gave made took put held brought led left struck".split())
_OBJECT_DETERMINERS = frozenset("a an the his her their its this that these those".split())
_SUBJECT_PRONOUNS = frozenset(_PRONOUNS - {"it"})
_TIME_ADVERBS = frozenset({"then", "later", "also", "soon", "again", "once"})


def _clause_in_phrase(words: list[str]) -> tuple[int, int] | None:
    """(end of the subject, start of the object) in word indices when a speaker phrase is a clause
    'SUBJECT VERBED OBJECT' ('she issued a statement', 'Ryan issued a statement', 'Obama
    passionately rebuked critics', 'The Vermont senator emailed supporters'), else None.

    A description's words before its noun modify it ('the embattled senator', 'a retired
    general'); a past tense right after a name, a pronoun or a role noun (adverbs aside) is the
    verb of a clause, when its object opens with a determiner, an adverb stands before it, or
    its subject is a pronoun or a role noun. ('New York elected officials' stays a phrase.)
    """
    for i in range(1, len(words) - 1):
        word = words[i]
        if not (word.islower() and (word.endswith("ed") and len(word) > 4 or word in _IRREGULAR_PAST)) \
                or words[i + 1] == "by":
            continue  # ('the statement released by each office': a participle, no clause)
        j = i - 1
        while j > 0 and words[j].islower() and (words[j].endswith("ly") or words[j] in _TIME_ADVERBS):
            j -= 1
        prev = words[j]
        lowered = prev.lower()
        pronoun = lowered in _SUBJECT_PRONOUNS
        role = lowered in _ROLE_WORDS and prev.islower()
        name = prev[:1].isupper() and not pronoun and lowered not in _STOP_CAPS and not _possessive_np(prev) \
            and not prev.endswith("-")
        if not (pronoun or role or name):
            continue
        if pronoun or role or j < i - 1 or words[i + 1].lower() in _OBJECT_DETERMINERS:
            return j + 1, i + 1
    return None


def _make_attr(text: str, m: re.Match[str], verb_group: str = "verb", full: str | None = None,
               place_check: bool = True) -> _Attribution | None:
    np_start, np_end = _clean_np(text, m.start("np"), m.end("np"))
    clause = _clause_in_phrase(text[np_start:np_end].split())
    if clause is not None:
        # 'Trump and Ryan issued a statement describing ...', 'Hours later, she issued a statement
        # calling on ...': the phrase before the participle is a clause; its subject speaks. For
        # 'critics who say' after 'Obama passionately rebuked critics' the one before 'who' is the
        # object.
        spans = [w.span() for w in re.finditer(r"\S+", text[np_start:np_end])]
        if m.re in (_patterns()["np_who"], _patterns()["np_who_near"]):
            np_start = np_start + spans[clause[1]][0]
        else:
            np_end = np_start + spans[clause[0] - 1][1]
    # 'The House speaker, in an interview, gave ...': a name before a role noun only modifies
    # it; the speaker is the role holder, never the House.
    np = text[np_start:np_end]
    role_after = _ROLE_AFTER.match(text, np_end)
    # ('said the Democratic staffer': the adjective and its noun, never the party.)
    if role_after and (np[:1].isupper() or np.startswith("the ") and np[4:5].isupper()):
        np_end = role_after.end()
        np = text[np_start:np_end]
    named = _NAMED_AFTER_ROLE.match(text, np_end)
    if named is not None and not named.group("roles") and np.split()[-1].lower() in _ROLE_WORDS \
            and named.group("name").split()[0].lower().strip(".") not in _STOP_CAPS \
            and named.group("name").split()[0] not in _WEEKDAYS:
        # 'said senior adviser David Axelrod': the name right after the role is the speaker.
        np_start, np_end = named.start("name"), named.end("name")
        np = text[np_start:np_end]
    elif named is not None and np[:1].isupper() and any(w.lower() in _ROLE_WORDS for w in _WORD.findall(_words_before_name(np, named)))\
            and named.group("name").split()[0].lower().strip(".") not in _STOP_CAPS \
            and not any(w.lower() in reporting_verbs() for w in _WORD.findall(named.group("roles"))):
        # 'Obama campaign manager Jim Messina', 'Minnesota congresswoman ... Michele Bachmann': the
        # first capitalised word (a person, a place) only describes the role holder named after
        # the role; the speaker is that person, never 'Obama campaign' or 'Minnesota'. Not across
        # a verb of saying: in 'Kennedy told lawyer Joseph Sellers' the lawyer is the listener.
        np_start, np_end = named.start("name"), named.end("name")
        np = text[np_start:np_end]
    piece = _PIECE_IN.search(np) or (_PUB_AFTER.match(text, np_end) if _PIECE_END.search(np) else None)
    if piece is not None:
        # '"...," reads a Wednesday editorial in The Des Moines Register': the paper speaks through
        # its editorial (never the weekday, nor an unnamed editorial cut before "in").
        offset = np_start if piece.re is _PIECE_IN else 0
        np_start, np_end = offset + piece.start("pub"), offset + piece.end("pub")
        np = text[np_start:np_end]
    place = _PLACE_TAIL.search(np)
    if place is not None:
        # 'a moderate Democratic group in Washington ... called': the place after 'in' only
        # locates the group; the speaker is the group phrase, never Washington.
        np_end = np_start + place.start()
        np = text[np_start:np_end]
    np_words = np.split()
    glued_verb = None
    if len(np_words) >= 2 and np_words[0][:1].isupper() and np_words[0].lower() in reporting_verbs() \
            and np_words[1][:1].isupper():
        # 'Added Gibbs: "..."': the inverted verb of saying opens the line; the speaker is the name.
        glued_verb = (np_start, np_start + len(np_words[0]))
        np_start = np_start + np.index(np_words[1], len(np_words[0]))
        np = text[np_start:np_end]
        np_words = np.split()
    if len(np_words) >= 3 and np_words[0].isupper() and len(np_words[0]) >= 2 and np_words[1].lower() in ROLES:
        # 'NOW President Terry O'Neill said': an organisation's acronym before a title and a name
        # only says whose president; the speaker is the person (never read as the word "now").
        np_start = np_start + np.index(np_words[1])
        np = text[np_start:np_end]
        np_words = np.split()
    if not np or np_words[0].lower() in _NOT_NP_OPENERS:
        return None
    if _junk_name(np, full) or _CONTRACTION.match(np) or _VERB_PHRASE.match(np):
        return None
    if np_start >= 2 and text[np_start - 1] in ",." and text[np_start - 2].isdigit():
        return None  # '000 people' cut from 'More than 650,000 people': a number's tail, no speaker
    after = text[np_end : np_end + 40]
    if _state_after_place(text, np, np_start):
        return None  # 'near Austin, Tex., posted', 'the mayor of Washington, DC, suggested': a state
    if len(np_words) >= 2 and np_words[0] in _ONE_OF_GROUP and _LOWER_WORD_NEXT.match(after) \
            and all(w[:1].isupper() for w in np_words[1:]):
        # 'One Facebook user who lives near Austin', 'A Starbucks employee', 'A State Department
        # inspector general's report': the capitalised words qualify a common noun cut off after
        # them; the speaker is an unnamed user or report, not the company or the department.
        return None
    if _AFTER_DATELINE.match(after) or (np.isupper() and len(np) > 3 and _AFTER_DASH.match(after)):
        return None  # a dateline ('WASHINGTON, Dec. 8 (UPI) --'), not a speaker
    names = m.re.groupindex  # the pattern's group names (what m.groupdict() has as keys)
    has_verb = verb_group in names
    if place_check and text[np_start - 1 : np_start] == " " and text[np_end : np_end + 2].lstrip().startswith(","):
        according = "according" in names or (has_verb and (m.group(verb_group) or "").lower().startswith("according"))
        prev_word = (_WORD.findall(text[max(0, np_start - 20) : np_start]) or [""])[-1].lower()
        if not according and prev_word in _PLACE_PREPOSITIONS:
            return None  # 'during a meeting in Columbus, Ohio, said' -- a place, not the subject
    if len(np_words) == 1:
        first = np_words[0].lower().strip("\u2019'")
        if first in _STOP_CAPS_NOT_PRONOUNS or first in _ADJECTIVES:
            return None  # 'Republican claims', 'Democratic claims': an adjective before a noun
        if np[:1].islower() and first not in _PRONOUNS and first not in _SPEAKER_NOUNS:
            return None  # ', answering questions about': one lower-case word that names nobody
    verb = m.group(verb_group) if has_verb and m.group(verb_group) else None
    verb_span = (m.start(verb_group), m.end(verb_group)) if verb else None
    if verb is None and glued_verb is not None:
        verb, verb_span = text[glued_verb[0] : glued_verb[1]], glued_verb
    appos = m.group("appos") if "appos" in names else None
    return _Attribution(np, (np_start, np_end), verb, verb_span, appos.strip(" ,") if appos else None)


# Lower-case words holding a role, then a name: '[Obama] campaign manager Jim Messina', '[Minnesota]
# congresswoman and now-GOP presidential candidate Michele Bachmann'.
_NAMED_AFTER_ROLE = re.compile(rf"(?P<roles>(?:[ \t]+[a-z][\w\-]*){{0,5}}?)[ \t]+(?P<name>{_NAME})")


def _words_before_name(np: str, named: re.Match[str]) -> str:
    """The words that may hold a role before the name: those after the phrase, or its last word."""
    return named.group("roles") or np.split()[-1]


_ROLE_WORDS = frozenset(phrase.split()[-1] for phrase in ROLES) | frozenset(n for n in _SPEAKER_NOUNS if n.isalpha())
_NEXT_QUOTE = re.compile(f"[{QUOTE_MARKS}]\\s*{_MASK}")
_ROLE_AFTER = re.compile(r" (?:" + "|".join(n for n in _SPEAKER_NOUNS if n.isalpha()) + r")\b(?![\w\u2019'-])")


@lru_cache(maxsize=1024)
def _tail_attribution(text: str, masked: str, close: int) -> _Attribution | None:
    end = _clause_end(masked, close + 1)
    tail = masked[close + 1 : end]
    # Stop at the next quote: what follows it belongs to that quote.
    nxt = _NEXT_QUOTE.search(tail)
    if nxt:
        tail = tail[: nxt.start()]
    pats = _patterns()
    names = ["tail_np_verb", "tail_verb_np", "tail_signoff"]
    inner_end = close
    while inner_end > 0 and text[inner_end - 1] in QUOTE_MARKS:
        inner_end -= 1
    if text[inner_end - 1 : inner_end] in (",", "!", "?", "\u2014", "-") or tail.lstrip(" ").startswith((",", "\u2014")):
        # The quotation ends its clause ('"...," ...'), so what follows names who said it.
        names += ["tail_gnp_verb", "tail_verb_gnp"]
    for name in names:
        m = pats[name].match(tail)
        if m and _MASK not in m.group("np"):
            if "verb" in m.re.groupindex and m.group("verb") and _COMPLEMENT_AFTER.match(tail, m.end("verb")) \
                    and _inside_sentence(masked, close):
                # 'Although Weiner admitted ... had "been friends for some time," he claimed they
                # had never met': the verb after a quotation inside the writer's sentence takes a
                # clause of its own; it reports that clause, not the quotation.
                continue
            attr = _make_attr(tail, m, full=text)
            if attr is not None:
                return _shift(attr, close + 1, text)
    m = _search_if("according", tail)
    if m and m.start() < 40:
        attr = _make_attr(tail, m, full=text)
        if attr is not None:
            return _shift(attr, close + 1, text)
    return None


# A clause right after a verb of saying: 'that ...', or a subject pronoun and its verb ('they had').
_COMPLEMENT_AFTER = re.compile(r"[ \t]+(?:that[ \t]|(?:he|she|they|it|we|I|you|there)[ \t]+(?:[a-z]+[ \t]+)?"
                               r"(?:had|has|have|was|were|is|are|would|will|could|did|does|do|never|not)\b)")


def _inside_sentence(masked: str, close: int) -> bool:
    """True when the quotation closing at ``close`` stands inside the writer's clause (words of the
    writer's before its opening mark, no colon), so it is not a statement standing on its own."""
    open_mark = close
    while open_mark > 0 and masked[open_mark - 1] == _MASK:
        open_mark -= 1
    return _writer_words_before(masked, open_mark - 1)


def _writer_words_before(masked: str, open_mark: int) -> bool:
    """True when the writer's own words open the clause before the quotation opening at
    ``open_mark`` (no colon before the mark): the quotation stands inside the writer's sentence.
    (:func:`_inside_sentence` asks the same from the closing mark.)"""
    lead = masked[_clause_start(masked, open_mark) : max(0, open_mark)].strip()
    return bool(lead) and not lead.endswith(":")


def _shift(attr: _Attribution, offset: int, text: str) -> _Attribution:
    s, e = attr.np_span
    vs = (attr.verb_span[0] + offset, attr.verb_span[1] + offset) if attr.verb_span else None
    return _Attribution(text[s + offset : e + offset], (s + offset, e + offset), attr.verb, vs, attr.appos)


@lru_cache(maxsize=2048)
def _search_before(name: str, before: str) -> re.Match[str] | None:
    """``_patterns()[name].search(before)``, kept: the speaker patterns anchored at the end of the
    words before a verb are slow to search, and the same words come up for the clause and for the
    sentence around a quote."""
    return _search_if(name, before)


# Words a pattern cannot match without: when the text lacks them, the search is skipped.
_NEEDS = {"according": "ccording", "as_put_it": "put", "np_who": "who", "np_who_near": "who", "words_of": "words of",
          "own_admission": " own "}


def _search_if(name: str, text: str) -> re.Match[str] | None:
    """``_patterns()[name].search(text)``, or None at once when ``text`` lacks a word the pattern needs."""
    needed = _NEEDS.get(name)
    if needed is not None and needed not in text:
        return None
    return _patterns()[name].search(text)


# A word that opens a noun phrase: a saying verb right after it modifies the noun that follows
# ("his alleged failure", "the claimed savings", "a stated goal"); nobody is reported as saying.
# ("that" opens clauses, "'s" may be "has": "the man that said", "he's said" stay verbs.)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|its|their|our|my|your|these|those|whose)\s+$", re.I)
_WORD_AFTER = re.compile(r"\s+[a-z][\w-]*")


# An article or a possessive, then up to three adverbs or adjectives, before a word that may be a
# verb or a noun ('a fairly measured comment', "Mr. Trump's more divisive remarks", 'a neighboring
# state', 'a heavily Democratic state', 'a Trump-style retort': a participle, a party's
# adjective ('Democratic', never the noun 'Republican'), a hyphenated compound modify the noun too).
# Or an infinitive whose object the word is ('drives candidate to say remarks "misconstrued"',
# 'refused to delete tweets'): after 'to' and a verb no verb of saying can follow ('to publicly
# state' is an adverb, not a verb). Or a preposition ('run by state governments', 'a flood of
# claims'): no finite verb follows one.
_NOUN_BEFORE = re.compile(r"(?:(?<![\w\u2019'-])(?i:the|a|an|his|her|its|their|our|my|your)|\w[\u2019']s"
                          r"|(?<![\w\u2019'-])(?:by|of|for|with|from|in|on|at|about|over|against|among|between)"
                          r"|(?<![\w\u2019'-])to[ \t]+(?!(?:him|her|them|us|me|it|whom|which|be|also|then|again|never|not|just|only|ever|even|"
                          r"further|once|still|first|[a-z]+ly)\b)[a-z]+)[ \t]+"
                          r"(?:(?:more|most|very|less|[a-z]+(?:ly|ed|ing|ive|ous|ful|ic)|[A-Z][a-z]+ic|[\w\u2019']+-[a-z]+)"
                          r"[ \t]+){0,3}$")
# Reporting verbs whose form is also a noun of speech ('his comment', 'a tweet', 'my answer').
_SPEECH_NOUN_FORMS = frozenset("""comment comments tweet tweets remark remarks claim claims answer answers reply
replies call calls quote quotes charge charges post posts note notes report reports state states promise promises
pledge pledges vow vows boast boasts complaint complaints quip quips retort retorts joke jokes warning warnings
statement statements message messages plea pleas question questions response responses""".split())


def _noun_of_speech(masked: str, start: int, verb: str) -> bool:
    """True when the reporting verb ``verb`` at ``start`` is a noun ('comment', 'tweet', 'remarks')
    after an article or a possessive and its modifiers; only forms that are nouns too, so 'the
    president said' and past tenses stay verbs."""
    word = verb.split()[0].lower()
    if " " in verb or word not in _SPEECH_NOUN_FORMS:
        return False
    return _NOUN_BEFORE.search(masked, max(0, start - 60), start) is not None


def _finite_verbs(text: str) -> list[re.Match[str]]:
    """The reporting-verb matches in ``text`` that can be a clause's verb, in order.

    A participle used as an adjective before a noun is left out: hpo's "chastising him for his
    alleged failure to use the word "God"" reports nobody alleging anything.
    """
    out = []
    for v in _patterns()["verb_anywhere"].finditer(text):
        if " " not in v.group("verb") and _DETERMINER_BEFORE.search(text, 0, v.start()) \
                and _WORD_AFTER.match(text, v.end()):
            continue
        out.append(v)
    return out


# A form of "be" (and an adverb) right before a verb: 'was warned', 'were told', 'has been asked'.
_PASSIVE_BEFORE = re.compile(r"(?<![\w\u2019'-])(?:is|are|was|were|be|been|being|get|gets|got|getting)"
                             r"[ \t]+(?:[a-z]+ly[ \t]+)?$")


def _passive(before: str, verb_word: str) -> bool:
    """True when the verb of saying after ``before`` is passive ('the FBI was warned about Orlando
    shooter Omar Mateen'): its subject is the one told or warned, never the speaker. ('was saying'
    is active.)"""
    return not verb_word.lower().endswith(_PARTICIPLE_END) and _PASSIVE_BEFORE.search(before) is not None


# A participle of getting hold of a document and 'by' ('obtained by', 'reviewed by', 'seen by'):
# the one named after it only got the document, never wrote it ('letter signed by', 'statement
# released by' name its authors and are not here).
_GOT_HOLD_BY = re.compile(r"(?<![\w\u2019'-])(?:obtained|reviewed|seen|viewed|examined|acquired|leaked|published|"
                          r"first[ \t]+reported)[ \t]+by[ \t]+(?:[Tt]he[ \t]+)?$")
# A document, its signers or authors, then 'which' before the verb of saying.
_SIGNED_BY_WHICH = re.compile(r"\b(?:letter|statement|memo|petition|e-mail|email|op-ed)\s+(?:signed|written|sent)\s+by\s+"
                              r"(?P<np>[^,\x00]{2,80}?),?\s+which\s+$")
# Prepositions whose noun never does what a participle right after it says ('in the Senate ripping').
_NOT_WITH_PARTICIPLE = frozenset({"in", "at", "on", "into", "across", "from", "to", "for", "of"})
# A verb coordinated with an earlier one by 'and' ('called him and [told]', 'is a "total
# opportunist" and [said]').
_AND_BEFORE_VERB = re.compile(r"[a-z\u201d\"][ \t]+and[ \t]+$")


@lru_cache(maxsize=1024)
def _head_attribution(text: str, masked: str, window_start: int, open_mark: int) -> _Attribution | None:
    """Find 'SPEAKER VERB ... "quote' in the writer's words before the opening mark."""
    head = masked[window_start:open_mark]
    pats = _patterns()
    indefinite = pats["indefinite"].search(head)
    if indefinite:
        # 'When Beck asked what America is suffering from, someone shouted "President Obama"': an
        # unnamed speaker, not the person named earlier in the sentence.
        return _shift(_Attribution(indefinite.group("np"), indefinite.span("np"), indefinite.group("verb"),
                                   indefinite.span("verb"), None), window_start, text)
    own = _search_if("own_admission", head)
    if own is not None and _MASK not in head[own.end() :]:
        return _shift(_Attribution(own.group("np"), own.span("np"), None, None, None), window_start, text)
    for name in ("according", "as_put_it", "words_of"):
        m = _search_if(name, head)
        if m:
            # (The comma after 'the words of a senior adviser,' is no place name's.)
            attr = _make_attr(head, m, full=text, place_check=name != "words_of")
            if attr is not None:
                return _shift(attr, window_start, text)
    shared: re.Match[str] | None = None
    for v in reversed(_finite_verbs(head)):
        between = head[v.end() :]
        # Earlier partial quotes in the same clause share its verb ('warned of "A" who are "B"').
        if len(between.replace(_MASK, "").split()) > MAX_WORDS_VERB_TO_QUOTE:
            continue
        before = head[: v.start()]
        if shared is None and _AND_BEFORE_VERB.search(before) and _MASK not in between:
            # 'Paul Ryan called him and told him to "..."': the verb nearest the quotation
            # introduces it and shares the subject of the verb before 'and' (who phoned).
            shared = v
            continue
        verb_word = v.group("verb").lower()
        if shared is None and _passive(before, verb_word):
            continue
        verb_span = (v.start(), v.end())
        say = shared or v
        if shared is not None:
            verb_span = (shared.start(), shared.end())
        participle = verb_word.split()[0].endswith(_PARTICIPLE_END)
        # A participle takes its subject from right before it only without a comma
        # ("with Trump commending her as a "..."").
        np_match = _search_before("np_end_tight" if participle else "np_end", before)
        agent = _GOT_HOLD_BY.search(before, 0, np_match.start("np")) if np_match is not None else None
        if agent is not None and not participle:
            # 'A Feb. 1 letter from the American Legion obtained by The Associated Press warns
            # that': the one who got hold of the document is the agent of a participle on the
            # subject; the document speaks, for the one named before the participle.
            np_match = _search_before("np_end", before[: agent.start()])
        if np_match and _possessive_np(np_match.group("np")):
            continue  # 'Trump's tweet', 'Mr. Obama's remarks': a noun, not a reporting verb
        signed = _SIGNED_BY_WHICH.search(before) if np_match is None or _MASK in np_match.group() else None
        if signed is not None:
            # 'a letter signed by all 42 Senate Republicans, which stated, "[W]e write ..."': what
            # the letter states is its signers' words.
            return _shift(_Attribution(signed.group("np"), signed.span("np"), say.group("verb"), verb_span, None),
                          window_start, text)
        if participle and np_match and (_WORD.findall(before[: np_match.start("np")][-20:]) or [""])[-1].lower() \
                in _NOT_WITH_PARTICIPLE:
            # 'Bennet ... was caught on a hot mic in the Senate ripping the agenda as "rigged"', 'sent
            # an e-mail to RNC members saying': the noun after 'in' or 'to' is where or to whom; the
            # participle goes with the sentence's subject. (Not 'with': 'ends with Perry claiming'.)
            np_match = None
        who = False
        if np_match is None and not participle:
            who_match = _search_before("np_who", before)
            if who_match is not None and _MASK not in who_match.group("np") \
                    and _make_attr(before, who_match, full=text, place_check=False) is None:
                # The first capitalised word of the sentence is no speaker ('Domestically, ...
                # a reaction from Barack Obama, who called'): the name right before 'who' is.
                who_match = _search_before("np_who_near", before) or who_match
            who = who_match is not None
            np_match = who_match or _search_before("np_end_g", before)
        if np_match and _MASK not in np_match.group("np"):
            # 'with McConnell, ..., who said': the comma after the name closes a relative clause,
            # not a place name ('in Columbus, Ohio, said').
            attr = _make_attr(before, np_match, full=text, place_check=not who)
            if attr is not None:
                return _shift(_Attribution(attr.np, attr.np_span, say.group("verb"), verb_span, attr.appos), window_start, text)
        after = pats["np_after"].match(between)
        if after and not participle and between.strip().endswith((":", ",")):
            # Inverted: 'said Trump: "..."'
            attr = _make_attr(between, after, full=text)
            if attr is not None:
                span = (attr.np_span[0] + v.end(), attr.np_span[1] + v.end())
                return _shift(_Attribution(attr.np, span, say.group("verb"), verb_span, attr.appos), window_start, text)
        if participle or before.rstrip().endswith(","):
            # "She announced ..., saying:" -- the subject that opens the sentence speaks; after
            # ', but' the second clause's own subject ('Weiner's office initially said ..., but
            # the representative has since taken to calling the incident a "prank"').
            attr = joint = None
            shown = _SHOWN_SAYING.search(before)
            if shown is not None and participle and _MASK not in between:
                # 'video of him at a 2008 event saying he had served "in Vietnam"': the person the
                # video shows speaks ('him' is read as the 'he' it stands for).
                return _shift(_Attribution(shown.group("np"), shown.span("np"), say.group("verb"), verb_span, None),
                              window_start, text)
            for joint in _CLAUSE_JOINT.finditer(before):
                pass
            if joint is not None and _MASK not in before[joint.end():]:
                attr = _subject_attr(before[joint.end():], text)
                if attr is not None:
                    start, end = attr.np_span
                    attr = _Attribution(attr.np, (start + joint.end(), end + joint.end()), attr.verb, attr.verb_span,
                                        attr.appos)
            described = _DESCRIBED_BEFORE.search(before) if participle and attr is None else None
            if described is not None and _MASK not in described.group() \
                    and not _state_of_place(before, described.group("np"), described.start("np")):
                # 'a letter from Representative Peter Welch, Democrat of Vermont, calling the tax
                # deal "..."': the participle goes with the person the description follows, never
                # with the description ('Democrat of Vermont') nor the sentence's first words.
                attr = _make_attr(before, described, full=text, place_check=False)
            if attr is None and participle:
                inverted = _search_before("inverted_said", before)
                if inverted is not None and _MASK not in inverted.group("np"):
                    # '"Oh, let him make that decision," said Vice President Joe Biden, urging those
                    # calling for Sanders' withdrawal to "give him time."': the participle after an
                    # inverted attribution goes with the one named after the verb.
                    attr = _make_attr(before, inverted, full=text, place_check=False)
            if attr is None and participle:
                reported = _search_before("reported_subject", before)
                if reported is not None and _MASK not in reported.group():
                    # 'One Democratic official who relayed the exchange said Reid quieted the
                    # chatter, telling his colleagues, "..."': the participle goes with the subject
                    # of the reported clause it follows (Reid), not with the one who relays it.
                    attr = _make_attr(before, reported, full=text, place_check=False)
            if attr is None and participle:
                attr = _saying_subject_before(before, text)
            attr = attr or _subject_attr(before, text)
            if attr is not None and participle and attr.np.lower() in {"it", "this", "that"}:
                # 'It came after Boehner publicly chided Obama ..., accusing the president of having
                # "wasted another week."': "it" is an event, which says nothing; the participle
                # goes with the clause after the subordinator, whose subject (Boehner) speaks.
                sub = None
                for sub in _SUBORDINATE_SUBJECT.finditer(before):
                    pass
                if sub is not None and _MASK not in before[sub.start():]:
                    made = _make_attr(before, sub, full=text)
                    attr = made if made is not None else attr
            if attr is not None:
                return _shift(_Attribution(attr.np, attr.np_span, say.group("verb"), verb_span, attr.appos), window_start, text)
    return None


def _saying_subject_before(before: str, full: str) -> _Attribution | None:
    """The subject of the last finite verb of saying before a participle after a comma, when it is
    not the sentence's subject: in 'Trump's "excesses" are sickening, Hollande said Tuesday in
    Paris, noting the Republican nominee "..."' the one noting is the one who said (Hollande), not
    the sentence's first name. None when no such verb has a named subject right before it, or when
    the sentence's subject is none or the same person (the verb of saying is then read as before)."""
    if not before.rstrip().endswith(","):
        return None
    opening = _subject_attr(before, full)
    if opening is None:
        return None
    # A noun of saying after an article and its modifiers has no subject of its own: 'Bush offered a
    # Trump-style retort ..., tweeting' is Bush tweeting (never 'Trump-style', read as retorting).
    verbs = [v for v in _finite_verbs(before) if not v.group("verb").lower().split()[0].endswith(_PARTICIPLE_END)
             and not _noun_of_speech(before, v.start(), v.group("verb"))]
    if not verbs:
        return None
    v = verbs[-1]
    if _MASK in before[v.end():] or _passive(before[: v.start()], v.group("verb").lower()):
        return None
    np_match = _search_before("np_end_tight", before[: v.start()])
    if np_match is None or _MASK in np_match.group("np") or _possessive_np(np_match.group("np")):
        return None
    attr = _make_attr(before[: v.start()], np_match, full=full)
    if attr is None or _strip_possessive(opening.np)[0].split()[-1:] == attr.np.split()[-1:]:
        return None
    return attr


# The subject of a clause a subordinator opens, before its finite verb ('after Boehner publicly
# chided', 'when Mr. Reid said').
_SUBORDINATE_SUBJECT = re.compile(rf"(?<![\w\u2019'-])(?:after|when|as|because|since|before|while)\s+(?P<np>{_NAME})"
                                  r"(?:\s+[a-z]+ly)?\s+(?P<verb>[a-z]+(?:ed|s))\b")
# A recording of someone, then (after a place or time) the participle of saying before the quote.
_SHOWN_SAYING = re.compile(rf"\b(?:video|videos|footage|tape|recording|clip|audio)\s+(?:of|showing|shows)\s+"
                           rf"(?P<np>him|her|{_NAME})(?:\s+(?:at|in|on|during|from)\s[^\x00,.;]{{0,50}})?\s+$")
# A comma (or a closing mark) and a conjunction between two clauses with their own subjects:
# ', but the representative has since taken to calling', '..., and he foreshadowed the theme ...
# by urging' (after "and" only with a personal pronoun: 'Smith, Jones, and Brown' is a list).
_CLAUSE_JOINT = re.compile(r"[,\"\u201d\u2019]\s+(?:but|yet|and(?=\s+(?:he|she|they)\s))\s+")
# A body a possessive name owns, speaking for that person ('Weiner's office', 'the senator's aides').
_OWNED_BODY = re.compile(r"[ \t]+(?:office|campaign|camp|staff|team|aides|spokesman|spokeswoman|spokesperson|"
                         r"spokespeople|lawyers?|attorneys?|administration|government|family)\b(?![\w\u2019'-])")
_POSSESSIVE_END = re.compile(r"(?:[\u2019']s|s[\u2019'])\s*$")


def _possessive_np(np: str) -> bool:
    """True for 'Donald Trump's' / 'the senators'': a possessive, so the next word is a noun."""
    return _POSSESSIVE_END.search(np) is not None


_INTRO_END = re.compile(r"(?:(?<!\d),|,(?!\d))\s*|\s(?:--|[\u2013\u2014])\s*")


# A name and a description between commas right before a participle: 'Representative Peter
# Welch, Democrat of Vermont, [calling]'. (The description has a small word, 'of', 'the': 'on You
# Tube, Blumenthal, [advocating]' is a place and then the person.)
_DESCRIBED_BEFORE = re.compile(rf"(?P<np>{_NAME}),[ \t]+(?=(?:a|an|the|former|[A-Z][\w.\-]*)[ \t])(?=[^,\x00]*?[ \t][a-z])"
                               rf"[^,\x00]{{2,60}},\s*$")


# Connectives opening a sentence before its subject ('And then', 'But', 'Yet', 'Then he cut into Bush, calling').
# Only before a name or a personal pronoun: 'But the goal is ...' stays as it was read.
_SENTENCE_CONNECTIVE = re.compile(r"\s*(?:And|But|Yet|So|Then)(?:[ \t]+(?:then|now|also|later))?[ \t]+"
                                  r"(?=[A-Z]|(?:he|she|they)[ \t])")


@lru_cache(maxsize=1024)
def _subject_attr(before: str, full: str) -> _Attribution | None:
    """The subject that opens a sentence: the first noun phrase that can be one, after a dateline
    and up to three introductory phrases ('At a rally,' / 'In a preview clip for ...,')."""
    pats = _patterns()
    pos = 0
    dateline = _DATELINE.match(before)
    if dateline:
        pos = dateline.end()
    for _ in range(4):
        chunk = before[pos:]
        lead = _SENTENCE_CONNECTIVE.match(chunk)
        if lead is not None:
            # 'And then Trump went fully on the attack, saying, "..."', 'And he made a point of
            # saying ...': the connective opens the sentence; its subject comes after it.
            pos += lead.end()
            chunk = before[pos:]
        for name in ("np_subject", "np_subject_desc", "np_subject_g"):
            m = pats[name].match(chunk)
            if m and _MASK not in m.group("np"):
                attr = _make_attr(chunk, m, full=full)
                if attr is not None and _state_after_place(before, attr.np, attr.np_span[0] + pos):
                    attr = None  # the state after a city ('near Austin, Tex., posted'), no subject
                if attr is not None and _state_of_place(before, attr.np, attr.np_span[0] + pos):
                    attr = None  # 'in Salem, New Hampshire, Trump went': the city's state, no subject
                if attr is not None:
                    s, e = attr.np_span
                    return _Attribution(attr.np, (s + pos, e + pos), attr.verb, attr.verb_span, attr.appos)
        # Not a subject here: skip an introductory phrase up to its comma or dash.
        nxt = _INTRO_END.search(chunk)
        if not nxt or _MASK in chunk[: nxt.start()] or nxt.start() > 120:
            break
        pos += nxt.end()
    return None


_SMALL_WORDS = {"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "as", "at", "by", "with", "from", "if", "but", "vs"}
# Verbs that follow the subject in headlines ('Black Lawmakers Rip Donald Trump As A ...').
_HEADLINE_VERBS = {"rip", "rips", "sees", "see", "rally", "rallies", "reveals", "shows", "hammers", "corners", "is",
                   "are", "was", "has", "have", "will", "would", "could", "can", "should", "wants", "endorses",
                   "goes", "gets", "takes", "makes", "knocks", "bashes", "attacks", "fires", "hits", "rejects"}


def _headline_speaker(text: str, masked: str, open_mark: int) -> _Attribution | None:
    """The subject of a title-case headline holding the quotation ('Obama Sees "Personal Insult"
    If ...', 'Carson: Cruz Taking "Benghazi" Approach', '... Clean Energy, Lindsey Graham Says.').

    In title case every word is capitalised, so names cannot be told from verbs by their case;
    the subject is the words before the first reporting or headline verb, or before a colon.
    """
    p_start = masked.rfind("\n", 0, open_mark) + 1
    p_end = masked.find("\n", open_mark)
    p_end = len(masked) if p_end < 0 else p_end
    return _headline_line_speaker(masked, p_start, p_end)


_HEADLINE_WORD = re.compile(r"[A-Za-z][\w\u2019'\-]*")
_HEADLINE_SAYS = re.compile(r",\s*(?P<np>[A-Z][\w.\u2019'\-]*(?:\s+[A-Z][\w.\u2019'\-]*){0,3})\s+(?P<verb>Says|Said|Warns|Tells|Claims)\.?\s*$")
_HEADLINE_COLON = re.compile(r"^\s*(?P<np>[A-Z][\w.\u2019'\-]*(?:\s+[A-Z][\w.\u2019'\-]*){0,4})\s*:\s")
_HEADLINE_SUBJECT = re.compile(r"\s*[A-Z][\w.\u2019'\- ]*?\s*")
_TRIMMED = re.compile(r"^\s*(?P<np>.*?)\s*$")
_STOP_CAPS_NOT_THE = frozenset(_STOP_CAPS - {"the"})


@lru_cache(maxsize=256)
def _headline_line_speaker(masked: str, p_start: int, p_end: int) -> _Attribution | None:
    """:func:`_headline_speaker` for the paragraph ``masked[p_start:p_end]``: read once per paragraph."""
    line = masked[p_start:p_end]
    # A headline has 3 to 25 words: stop reading words after the 26th (a paragraph of prose).
    # (A masked character, like a space, is neither a letter nor part of a word for this pattern.)
    words = [w.group() for w in islice(_HEADLINE_WORD.finditer(line), 26)]
    if not 3 <= len(words) <= 25:
        return None
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if sum(w[0].isupper() for w in content) < 0.8 * len(content):
        return None
    m = _HEADLINE_SAYS.search(line)
    if m is None:
        m = _HEADLINE_COLON.match(line)
    if m is None:
        verbs = reporting_verbs()
        for w in _HEADLINE_WORD.finditer(line):
            lower = w.group(0).lower()
            if lower in verbs or lower in _HEADLINE_VERBS:
                head = line[: w.start()]
                if 0 < len(head.split()) <= 5 and _HEADLINE_SUBJECT.fullmatch(head) and _MASK not in head:
                    m = _TRIMMED.match(head)
                break
    if m is None or _MASK in m.group("np") or m.group("np").split()[0].lower() in _STOP_CAPS_NOT_THE:
        return None
    start = p_start + m.start("np")
    return _Attribution(m.group("np"), (start, start + len(m.group("np"))), None, None, None)


# A transcript turn: the speaker's name in capitals and a colon open the paragraph ('PENCE: Well,
# look, ...'), sometimes after a quotation mark that opens the whole turn.
# An editor's label in capitals before a colon ('UPDATE: AARP CEO A. Barry Rand said ...') opens
# a note, not a transcript turn: nobody called UPDATE speaks.
_EDITOR_LABELS = frozenset({"update", "updated", "correction", "clarification", "editor's note", "editor\u2019s note",
                            "note", "breaking", "watch", "read more", "related", "live", "video", "photos", "editors note"})
_TURN = re.compile(r"[\"\u201c]?\s*(?P<np>[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,2}):\s")


def _transcript_speaker(text: str, open_mark: int) -> _Attribution | None:
    """The speaker of the transcript turn holding the quotation, if its paragraph is one."""
    p_start = text.rfind("\n", 0, open_mark) + 1
    m = _TURN.match(text, p_start)
    if m is None or m.end() > open_mark + 1 or len(m.group("np")) < 3 or m.group("np").lower() in _EDITOR_LABELS:
        return None
    name = m.group("np").title()
    return _Attribution(name, (m.start("np"), m.end("np")), None, None, None)


# A named person's remark, reported by someone else ('dismissed David Axelrod's comment that').
_REMARK_OF = re.compile(rf"(?:(?P<np>{_NAME})[\u2019']s|(?<![\w\u2019'-])(?P<pron>his|her))\s+(?:\w+\s+){{0,2}}?(?:comment|comments|remark|remarks|claim|"
                        r"assertion|charge|accusation|suggestion|warning|description|statement|words)\b")
# 'His response:', 'Trump's answer:' right before a quotation: the owner of the answer speaks.
_ANSWER_OF = re.compile(rf"(?:(?P<np>{_NAME})[\u2019']s|(?<![\w\u2019'-])(?P<pron>[Hh]is|[Hh]er|[Tt]heir))\s+(?:\w+\s+)?"
                        r"(?:response|reply|answer|retort|rejoinder|explanation)\s*:\s*$")
_THAT = re.compile(r"\bthat\b")
# Verbs that pass a verdict on their object in the words after it ('called the remarks "racist"').
_VERDICT_VERBS = frozenset("call calls called calling label labels labeled labelled labeling labelling deem deems "
                           "deemed brand brands branded branding dub dubs dubbed".split())
# "as" right before the quotation: the quoted words name what the subject takes something for.
_VERDICT_AS = re.compile(r"(?<![\w\u2019'-])as\s*$")
# The person a question is put to: 'asked Trump', 'asked Mr. Biden'.
_ASKED_NAME = re.compile(rf"(?<![\w\u2019'-])asked[ \t]+(?P<np>{_NAME})")
_NAME_ANYWHERE = re.compile(_NAME)
# The remark's subject right before the quotation: 'remark at a private fund-raiser about the "47 percent"'.
_ABOUT_END = re.compile(r"\b(?:about|in\s+which)\b[^\x00]*$")
_RELATIVE = re.compile(r",\s*(?:which|whom|whose)\b[^,\x00]*$")
# A noun for a title, or a verb that gives one, right before a quotation mark: the quotation
# names a work ('the Broadway show "The Book of Mormon"', 'a story called "The Queen of Rage"').
# A broadcaster's possessive before a title-case quotation names a programme ('on CBS's "Face the
# Nation"', 'Speaking earlier on ABC's "This Week"'): nobody says a programme's name. (Upper case
# only: 'Springsteen's "American Skin"' is sung by someone.)
_TITLE_BEFORE = re.compile(r"(?:\b(?i:show|book|film|movie|play|song|album|series|program|programme|musical|novel|memoir|"
                           r"headline|cover|column|called|titled|entitled|dubbed|named)\s*[,:]?|"
                           r"\b[A-Z]{2,}[\u2019']s?)\s*$")
# A sentence opening on 'Asked' before a quoted question: the question is the asker's, unnamed.
_ASKED_OPENING = re.compile(r"(?:^|[.!?\"\u201d\u2019]\s+|\n)Asked\b[^,.!?\n\"\u201c]{0,40},?\s*[\"\u201c\u2018']?$")


def _put_question(text: str, open_mark: int, close: int) -> bool:
    """True for a quoted question after a sentence opening 'Asked ...,': the question put to the
    person who answers next ('Asked point-blank, "Is that picture you?" Weiner replied')."""
    return bool(_ASKED_OPENING.search(text, max(0, open_mark - 60), open_mark)) \
        and text[slice(*_inner(text, open_mark, close))].rstrip().endswith("?")


# Words right before a quotation that make it a name, not speech (see _find_quotes).
_LABEL_BEFORE = re.compile(r"(?i:\b(?:reaffirm|reaffirms|reaffirmed|reaffirming|known\s+as|referred\s+to\s+as|dubbed|"
                           r"label|labels|labeled|labelled|labeling|labelling|motto|slogan|subject\s+line)"
                           r"(?:\s+(?:that|the|a|an|as))?)\s*[,:]?\s*$")
_LABEL_AFTER = re.compile(r"\s*(?:label|moniker|slogan|motto|tag)\b")
# A title-case quotation naming a vote, a bill or a policy: 'Obama: 'In God We Trust' Vote Not
# Creating Jobs', 'the "Don't Ask, Don't Tell" policy'.
_NAMED_THING_AFTER = re.compile(r"\s*(?i:vote|bill|law|act|policy|resolution|measure|amendment|program|plan|"
                                r"sketch|skit|segment|episode|show|broadcast|interview|special|series|column|cover)\b")
# A person's stance on a thing the quotation names: 'President Barack Obama's endorsement of the
# "Ground Zero mosque"' (the opponents' name for the project, which Obama never used).
_STANCE_ON = re.compile(r"[\u2019']s\s+(?:\w+\s+)?(?:endorsement|support|opposition|defense|defence|rejection|approval|"
                        r"backing|embrace)\s+(?:of|for)\s+(?:the\s+)?$")
# A person's act of speaking right before the words it names: 'It was Mr. Obama's lyrical
# rejection of "a politics of cynicism" ...', 'Trump's call for "a total and complete shutdown"'.
# The words are the owner's (no 'the' before the mark: 'rejection of the "Ground Zero mosque"' is a
# stance on a thing others named, see _STANCE_ON).
# A possessive pronoun owns them the same way ('His standing improved after ... and his call for "a
# total and complete ban"'): the one 'his' stands for, read as a 'he' would be.
_WORDS_OWNED_BEFORE = re.compile(rf"(?:(?P<np>{_NAME})[\u2019']s|(?<![\w\u2019'-])(?P<pron>[Hh]is|[Hh]er|[Tt]heir))[ \t]+"
                                 r"(?:[a-z][\w\-]*[ \t]+){0,2}?"
                                 r"(?:rejection|denunciation|condemnation|dismissal|praise|warning|call|plea|"
                                 r"invocation)[ \t]+(?:of|for)[ \t]*$")
# Someone made to say the words ('Criticism within the party drove Smith to say his remarks were
# "misconstrued"', 'the outcry forced the senator to call his words "a mistake"'): a causative verb,
# its object, then 'to' and a verb of saying; the object said them, not the subject (criticism,
# outcry). Only verbs that say the saying happened (drive, force, prompt, lead, compel), never 'urge'
# or 'ask', which say only that someone wanted it. The object is a name or 'the' and a noun: a
# headline's bare 'drives candidate to say' is left to the other rules (a speaker 'candidate' would
# count the person it stands for twice among the people quoted).
_MADE_TO_SAY = re.compile(rf"(?<![\w\u2019'-])(?:drive|drives|drove|driven|force|forces|forced|prompt|prompts|prompted|"
                          rf"lead|leads|led|compel|compels|compelled)[ \t]+(?P<np>{_NAME}|the[ \t]+[a-z]+)[ \t]+"
                          r"to[ \t]+(?:[a-z]+ly[ \t]+)?(?P<verb>say|call|declare|admit|concede|acknowledge|describe)"
                          r"(?![\w\u2019'-])[^\x00.!?;]*$")
# Words someone used of themselves ('Justice Sonia Sotomayor referring to herself as "a wise
# Latina"', 'Trump, calling himself "the least racist person"', 'although Bill Clinton won the spin
# by declaring himself the "comeback kid"'): the one the reflexive pronoun stands for, the name
# before the verb (up to six lower-case words of its own clause between, never 'him', 'her',
# 'them' or a relative pronoun, whose clause has another subject), said them. (Never a place after
# a preposition: 'he released another ad in Iowa describing himself as a "man of faith."')
_OWN_LABEL = re.compile(r"".join(rf"(?<!\b{p}[ \t])" for p in ("in", "at", "on", "to", "of", "for", "from", "near", "into"))
                        + rf"(?P<np>{_NAME})(?:[ \t]+(?!(?:him|her|them|who|which|that)\b)[a-z][\w\u2019'\-]*){{0,6}}?"
                        r"(?:,)?[ \t]+(?:[a-z]+ly[ \t]+)?(?P<act>referring[ \t]+to|calling|describing|declaring|proclaiming|"
                        r"styling|dubbing|labeling|labelling|branding|introducing|billing)[ \t]+"
                        r"(?P<self>himself|herself|themselves|itself)(?:[ \t]+as)?(?:[ \t]+(?:the|a|an))?[ \t]*$")
_DOCUMENT_READS = re.compile(r"(?i:it\s+(?:read|reads))")
_TITLE_SMALL = frozenset("a an the of in on and or for to at by with from as".split())
_TITLE_WORD = re.compile(r"[A-Za-z][\w\u2019'\-]*")


def _is_title(words: str, min_words: int = 2) -> bool:
    """True for a title in title case: 'The Queen of Rage', 'The Book of Mormon', 'America’s Newsroom'.

    ``min_words=1`` also accepts a one-word title ('Today', 'Hardball'), for callers whose context
    already says a programme is named (a network's possessive, 'show' after it).
    """
    tokens = _TITLE_WORD.findall(words)
    return (min_words <= len(tokens) <= 8 and all(t[0].isupper() or t.lower() in _TITLE_SMALL for t in tokens)
            and tokens[0][0].isupper() and sum(t.lower() not in _TITLE_SMALL for t in tokens) >= min_words
            and not (len(tokens) == 1 and tokens[0].lower() in _PRONOUNS))


# Where a programme is named, not quoted: the place one speaks on or to ('said on "Fox News
# Sunday"', 'during an interview on "Meet the Press"', 'in an appearance on "Hardball"', 'he told
# "Today."', 'in an interview with "60 Minutes"'). A verb of saying takes words; "on", "told" and
# "interview with" take a programme or an audience, so a title-case quotation there is a name.
# (Not "on" after a noun of topic: 'The Washington Post's project on "Women in Power"' names what the
# project is about, and PolNeAR credits such a phrase to the sentence's subject.)
_PROGRAMME_BEFORE = re.compile(r"(?<![\w\u2019'-])(?:(?<!project\s)(?<!projects\s)(?<!report\s)(?<!study\s)(?<!focus\s)"
                               r"(?<!stance\s)(?<!position\s)(?<!views\s)(?<!series\s)(?<!book\s)(?<!essay\s)"
                               r"(?<!article\s)(?<!lecture\s)(?<!panel\s)(?<!course\s)on|told|tells|telling|"
                               r"interview\s+with|appearance\s+on|appeared\s+on|appearing\s+on)\s*$")
# A noun for a broadcast right after the quotation ('the "Today" show').
_PROGRAMME_AFTER = re.compile(r"\s*(?i:show|program|programme|broadcast|segment|episode|series|special|sketch|skit)\b")
# A broadcaster's possessive right before the quotation ('NBC's "Today" show', 'CBS' "60 Minutes"').
_NETWORK_BEFORE = re.compile(r"\b(?:[A-Z]{2,}[\u2019']s|[A-Z]+S[\u2019'])\s*$")
# A noun for a work, or an alias, right before its title-case name ('the documentary "Weiner."',
# 'the podcast "Here's the Thing."', 'the Syfy movie "Sharknado 3"', 'the author of "Hacked World
# Order"', 'wrote under the pseudonym "Carlos Danger"'). No comma between: 'in his book, "We ..."'
# quotes the book.
_WORK_BEFORE = re.compile(r"(?<![\w\u2019'-])(?i:book|film|movie|documentary|docuseries|podcast|novel|memoir|album|"
                          r"song|musical|sitcom|miniseries|essay|poem|autobiography|biography|bestseller|"
                          r"pseudonym|alias|pen\s+name|screen\s+name|author\s+of|titled|entitled)\s*$")


# An article and at most two lower-case modifiers right before a quotation ('what became an
# unofficial "Chick-fil-A Appreciation Day."', 'introduced a "Chick-for-Gay" sandwich').
# (Not after a preposition: 'an episode of "Shark Tank"', 'a goal of "Peace Through Strength"' are
# the speaker's own comparison or slogan.)
_ARTICLE_BEFORE = re.compile(r"(?<![\w\u2019'-])(?:a|an|the)\s+(?:(?!(?:of|for|in|on|to|with|by|from|about|as)\s)"
                             r"[a-z][\w-]*\s+){0,2}$")
# A lower-case noun the quotation qualifies ('a "Chick-for-Gay" sandwich'), not a clause going on.
_NOUN_AFTER = re.compile(r"[ \t]+(?!(?:is|was|are|were|has|had|have|and|or|but|to|of|in|on|at|for|as|that|which|"
                         r"who|will|would|could|can|may|might|should|must|did|does)\b)[a-z][\w-]*\b")


def _names_a_thing(text: str, open_mark: int, close: int, words: str) -> bool:
    """True when a title-case quotation is the head or the modifier of the writer's own noun phrase:
    after 'a', 'an' or 'the' ('an unofficial "Chick-fil-A Appreciation Day."'), or, for one word,
    before a noun it qualifies ('a "Chick-for-Gay" sandwich'). The writer's (or a group's) name for a
    thing, given to nobody; lower-case quotations there ('the "fake news" media') stay quotes."""
    article = _ARTICLE_BEFORE.search(text, max(0, open_mark - 40), open_mark)
    if article is None:
        return False
    # One word before a noun only after "a"/"an", which brings in a new thing by its name; after
    # "the" it is often the speaker's own phrase ('claim ... while the "Romney-Ryan" plan preserves it').
    return _is_title(words) or (not article.group().lower().startswith("the") and _is_title(words, min_words=1)
                                and _NOUN_AFTER.match(text, close + 1) is not None)


# A policy's, a law's or a provision's name right after the quotation.
_POLICY_AFTER = re.compile(r"\s*(?:policy|policies|law|act|provision|rule|program|programme|bill)\b")
# The quotation follows a possessive or 'the' ('the military's "...", 'the "..." provision'), with
# up to three lower-case modifiers between ("the state's anti-union and misnamed "...") law'): the
# writer's adjectives describe the thing named, so the name is still its name, not a speaker's words.
_POLICY_OWNER_BEFORE = re.compile(r"(?:[\u2019']s|\bthe)(?-i:\s+[a-z][\w\-]*){0,3}\s*$", re.I)
# Remarks named by the quoted words ('over 'rape' comments').
_REMARK_NOUN_AFTER = re.compile(r"\s*(?:comment|comments|remark|remarks)\b")
_POSSESSIVE_BEFORE = re.compile(r"(?:[\u2019']s|\b(?:his|her|their))\s+(?:\w+\s+)?$", re.I)


def _names_a_work(text: str, open_mark: int, words: str) -> bool:
    """True when a title-case quotation is the name of a book, a film, a podcast or an alias, written
    right after the noun that says so (see _WORK_BEFORE): what the work or the person is called,
    nobody's words ('acted in the Syfy movie "Sharknado 3: Oh Hell No!"', 'Weiner wrote under the
    pseudonym "Carlos Danger"')."""
    return _WORK_BEFORE.search(text, max(0, open_mark - 30), open_mark) is not None and _is_title(words, min_words=1)


# A capitalised word right before an opening mark, and one right after a closing mark.
_CAP_WORD_BEFORE = re.compile(r"(?<![\w\u2019'\-])(?P<word>[A-Z][a-z][\w\u2019'\-]*)[ \t]+$")
_CAP_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[A-Z][a-z][\w\u2019'\-]*)(?![\w\u2019'\-])")


def _names_a_nickname(text: str, open_mark: int, close: int, words: str) -> bool:
    """True for a nickname in quotation marks between a given name and a surname ('former CIA
    operative and Marine John "Tig" Tiegen'): part of the person's name, nobody's words. One or
    two title-case words with no punctuation; the name before is a known given name or the
    surname after is written again on its own in the article ('Tiegen stated'). Not in a title-case
    headline."""
    if not _is_title(words, min_words=1) or len(words.split()) > 2 \
            or any(not ch.isalnum() and ch not in " -\u2019'" for ch in words.strip()):
        return False
    first = _CAP_WORD_BEFORE.search(text, max(0, open_mark - 30), open_mark)
    last = _CAP_WORD_AFTER.match(text, close + 1)
    if first is None or last is None or first.group("word").lower() in _STOP_CAPS:
        return False
    line = text[text.rfind("\n", 0, open_mark) + 1 : (text.find("\n", close) + 1 or len(text) + 1) - 1]
    if all(w[0].isupper() for w in _LONG_WORD.findall(line)):
        return False  # a title-case headline capitalises every word: 'Trump Was 'Mocking' Clinton Camp'
    surname = last.group("word")
    alone = re.finditer(rf"(?<![\w\u2019'\-]){re.escape(surname)}(?![\w\-])", text)
    again = any(m.start() != last.start("word") for m in alone)
    return first.group("word").lower() in _MALE_NAMES | _FEMALE_NAMES or again


def _names_a_policy(text: str, open_mark: int, close: int, words: str) -> bool:
    """True for a policy's or a law's name of three words or more in lower case ('the military's
    "don't ask, don't tell" policy', 'the "don't ask, don't tell" provision'): the name the thing
    goes by. (Shorter ones may be the claimant's own phrase: 'the "Romney-Ryan" plan'.)"""
    return len(_TITLE_WORD.findall(words)) >= 3 and _POLICY_AFTER.match(text, close + 1) is not None \
        and _POLICY_OWNER_BEFORE.search(text, max(0, open_mark - 60), open_mark) is not None


def _names_a_show(text: str, open_mark: int, close: int, words: str) -> bool:
    """True when title-case words name a programme by its network or its noun ('CNN's "American
    Morning"', 'the "Today" show', 'said on "Fox News Sunday"'): :func:`_names_programme` without
    the names of votes and bills, which stay quotations without a speaker."""
    return (_PROGRAMME_AFTER.match(text, close + 1) is not None or not _NAMED_THING_AFTER.match(text, close + 1)) \
        and _names_programme(text, open_mark, close, words)


def _names_programme(text: str, open_mark: int, close: int, words: str) -> bool:
    """True when a quotation names a show or programme rather than quoting anyone: title-case words
    after "on", "told", "interview with" or a network's possessive, or before "show" ('on the
    "Today" show', 'told NBC's "Today" show', 'Corker said on "Fox News Sunday."'). One word
    ('Today') only where the network or the noun after it says it is a programme."""
    before = text[max(0, open_mark - 30) : open_mark]
    if _NETWORK_BEFORE.search(before) or _PROGRAMME_AFTER.match(text, close + 1):
        return _is_title(words, min_words=1)
    if _NAMED_THING_AFTER.match(text, close + 1):
        # A bill's, a plan's or a policy's name: two title-case words at least ('the "Romney-Ryan"
        # plan' in a claim stays the claimant's).
        return _is_title(words)
    if _PROGRAMME_BEFORE.search(before):
        return _is_title(words, min_words=1 if before.rstrip().endswith(("told", "tells")) else 2)
    return False


@lru_cache(maxsize=1024)
def _sentence_speaker(text: str, masked: str, start: int, end: int) -> _Attribution | None:
    """Who speaks in a sentence that introduces the quote after it ('Takaichi praised ...:')."""
    sentence = masked[start:end]
    pats = _patterns()
    for v in reversed(_finite_verbs(sentence)):
        before = sentence[: v.start()]
        if _passive(before, v.group("verb")):
            continue
        participle = v.group("verb").split()[0].endswith(_PARTICIPLE_END)
        np_match = None if participle else _search_before("np_end", before)
        if np_match and _possessive_np(np_match.group("np")):
            continue  # a noun ('the senator's remarks'), not a verb
        if np_match is None and not participle:
            np_match = _search_before("np_who", before) or _search_before("np_end_g", before)
        attr = None
        if np_match and _MASK not in np_match.group("np"):
            attr = _make_attr(before, np_match, full=text)
        if attr is None and _RELATIVE.search(before):
            # '..., which the former governor — and many others — called "sexist"': the verb is
            # the relative clause's; the sentence's subject ("the editors") did not say it.
            continue
        if attr is None and participle:
            attr = _saying_subject_before(before, text)
        if attr is None:
            attr = _subject_attr(before, text)
        if attr is not None:
            return _shift(_Attribution(attr.np, attr.np_span, v.group("verb"), (v.start(), v.end()), attr.appos), start, text)
    if sentence.rstrip().endswith(":"):
        # A colon after a name introduces its words ('PENCE:' in transcripts, 'Warren: ...' in headlines).
        attr = _subject_attr(sentence, text)
        if attr is not None:
            return _shift(attr, start, text)
    return None


# ---------------------------------------------------------------- names, pronouns, roles


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    name: str  # without titles or possessive
    role: str | None
    possessive: bool


@lru_cache(maxsize=1)
def _roles_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """ROLES split into words and grouped by their first word, longest first (built once)."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for r in sorted(ROLES, key=len, reverse=True):
        r_words = tuple(r.split())
        table.setdefault(r_words[0], []).append(r_words)
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1024)
def _split_role(phrase: str) -> tuple[str | None, str]:
    """Split 'White House Press Secretary Karoline Leavitt' into ('press secretary', 'Karoline Leavitt')."""
    words = phrase.split()
    role = None
    cut = 0
    lowered = [w.lower() for w in words]
    by_first = _roles_by_first_word()
    for i in range(len(words)):
        for r_words in by_first.get(lowered[i], ()):
            if tuple(lowered[i : i + len(r_words)]) == r_words and i + len(r_words) < len(words):
                if role is None or i + len(r_words) > cut:
                    role = " ".join(r_words).rstrip(".")
                    cut = i + len(r_words)
                break
    while cut < len(words) and lowered[cut].rstrip(".") in HONORIFICS:
        cut += 1
    name_words = words[cut:] if cut < len(words) else words
    role = TITLE_ABBREVIATIONS.get(role or "", role)
    return role, " ".join(name_words)


_POSSESSIVE = re.compile(r"^(.*?)(?:['\u2019]s?)$")


@lru_cache(maxsize=4096)
def _strip_possessive(name: str) -> tuple[str, bool]:
    m = _POSSESSIVE.match(name)
    if m and m.group(1) and (name.endswith(("'s", "\u2019s")) or name.endswith(("s'", "s\u2019"))):
        return m.group(1), True
    return name, False


# _NAME for scanning a whole article, written capital first so the engine can jump from capital
# to capital: the first letter of _CAPWORD is consumed, then the look-behind over two characters
# checks the one before it, and each alternative of _CAPWORD continues as before (the titles
# keep their order, each after a look-behind for its first letter).
_NAME_RE = re.compile(
    r"[A-Z](?<![\w\u2019'\-].)(?:(?:" + "|".join(f"(?<={t[0]}){t[1:]}" for t in _TITLES) + r")\."
    r"|\.(?:[A-Z]\.)+|\.(?=[ \t]+[A-Z])|[\w\u2019'\-]*(?<![\u2019'])(?:[\u2019']s)?)"
    rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_CAPWORD})*")
_LEAD_CAPS = re.compile(r"\s*(?:[A-Z]\w*\s+){0,2}\s*")
# 'But then Certner acknowledged ...': a connective and a time adverb before the subject open no
# new subject of their own.
_LEAD_CONNECTIVE = re.compile(r"\s*(?:But|And|Yet|So)\s+(?:then|later|also|now)\s+")


# Lower-case words ending in a role noun right after a capitalised phrase ('White House economic
# adviser', 'White House officials'); the phrase only modifies the role.
# Either the role noun follows at once ('White House officials') or lower-case words and the role
# come before a name ('White House economic adviser Larry Summers'); lower-case words alone may be
# a verb and its object ('Woodhouse addressed the video in a statement').
_ROLE_NOUN_ALT = "|".join(sorted({w for w in (*(p.split()[-1] for p in ROLES), *_SPEAKER_NOUNS) if w.isalpha()},
                                 key=len, reverse=True))
_MODIFIES_ROLE = re.compile(rf"[ \t]+(?:(?:{_ROLE_NOUN_ALT})\b(?![\w\u2019'\-])|"
                            rf"(?:[a-z][\w\-]*[ \t]+){{1,3}}?(?:{_ROLE_NOUN_ALT})[ \t]+(?=[A-Z][a-z]))")


def _scan_mentions(masked: str) -> tuple[list[int], list[tuple[int, int, str, str | None, bool]]]:
    """Every person named in ``masked``: (starts, parts), parts as from :func:`_name_parts`.

    Names are capitalised phrases ('White House Press Secretary Karoline Leavitt', 'Trump's'),
    without a sentence-opening function word, titles, roles or a possessive ending.
    """
    starts: list[int] = []
    parts_list: list[tuple[int, int, str, str | None, bool]] = []
    for m in _NAME_RE.finditer(masked):
        parts = _name_parts(m.group())
        if parts is not None and not parts[4] and _MODIFIES_ROLE.match(masked, m.end()):
            # 'Outgoing White House economic adviser Larry Summers', 'Senior White House officials':
            # capitalised words before a role noun say whose role it is; they name nobody who
            # speaks, so a later 'he' never goes back to them.
            continue
        if parts is not None:
            starts.append(m.start() + parts[0])
            parts_list.append(parts)
    return starts, parts_list


def _after_preposition(masked: str, start: int) -> bool:
    """True when the word before ``start`` is a preposition ('in Columbus', 'with Trump')."""
    before = masked[max(0, start - 30) : start]
    return (_WORD.findall(before) or [""])[-1].lower() in _PREPOSITIONS


_FOCUS_WORDS = frozenset({"even", "only"})


# Words ending in a lower-case role noun right before a name ('outgoing senior economic adviser ',
# 'Outgoing White House economic adviser ').
_TITLE_BEFORE_NAME = re.compile(r"(?<![\w\u2019'\-])(?:(?:the|a|an|The|A|An)[ \t]+)?(?:[A-Z][\w\-]*[ \t]+){0,3}(?:[a-z][\w\-]*[ \t]+){0,3}?(?:" + "|".join(
    sorted({w for w in (*(p.split()[-1] for p in ROLES), *_SPEAKER_NOUNS) if w.isalpha()}, key=len, reverse=True))
    + r")[ \t]+$")


def _clause_initial(masked: str, mention: _Mention) -> bool:
    """True when the mention opens its clause: only spaces, up to two capitalised words, a comma
    or a closed quotation before it in its sentence."""
    lead = masked[_clause_start(masked, mention.start) : mention.start]
    title = _TITLE_BEFORE_NAME.search(lead)
    if title is not None:
        # 'but outgoing senior economic adviser Larry Summers offered ...': the lower-case title
        # is part of the subject the name heads; the clause opens before it.
        lead = lead[: title.start()] + " "
    stripped = lead.rstrip()
    if stripped.endswith(",") and len(stripped.split()) >= 3 and _DASH_AFTER.match(masked, mention.end):
        # 'for admiring another Republican, Teddy Roosevelt -- the latter of whom ...': a name
        # set between a comma and a dash names the noun before it; it opens no clause.
        return False
    lead_words = stripped.split()
    if lead_words and lead_words[-1].lower() in _FOCUS_WORDS:
        # 'Indeed, even Steele himself declared ...': a focus word before the subject opens no clause.
        rest = stripped[: len(stripped) - len(lead_words[-1])].rstrip()
        if not rest or rest[-1] in ",:":
            return True
    if lead_words and _MASK not in stripped and lead_words[-1].lower() in reporting_verbs():
        # 'Saying President Obama, he said, was "too simple an answer"': a name right after a verb
        # of saying is what was said (its object), not the subject a later 'he' goes back to.
        # (The inverted '"...," said Robert Gibbs' has a quotation before the verb: read below.)
        return False
    if (not stripped or stripped[-1] in ",:" or bool(_LEAD_CAPS.fullmatch(lead)) or bool(_LEAD_CONNECTIVE.fullmatch(lead))
            # '"...," Obama said': the subject right after a closing mark (the last non-space
            # character is a mark, after a masked quote, ',', '!' or '?').
            or (len(stripped) > 1 and stripped[-1] in QUOTE_MARKS and stripped[-2] in _BEFORE_CLOSING_MARK)):
        return True
    words = stripped.rsplit(None, 1)
    last = words[-1].lower()
    if last == "that" and len(words) == 2 and words[0].split()[-1].lower().endswith("ing") \
            and words[0].split()[-1].lower() in reporting_verbs():
        # 'he praised the audience ..., noting that America had not always done so': the subject of
        # what a participle of saying reports is what was said, not whom a later 'he' is about.
        return False
    # The subject of a subordinate clause ('It was in Ohio that Mr. Santorum described ...') ...
    if last in _SUBORDINATORS:
        return True
    if last == "but" and len(words) == 2 and words[0].endswith(","):
        return True  # '..., but outgoing adviser Larry Summers offered ...': a second main clause

    # ... and a speaker named after the quotation ('"...," said Robert Gibbs'): the person the
    # next '"...," he said' is about.
    before = words[0].rstrip() if len(words) == 2 else ""
    return last in reporting_verbs() and len(before) > 1 and before[-1] in QUOTE_MARKS and before[-2] in _BEFORE_CLOSING_MARK


_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_DASH_AFTER = re.compile(r"\s*(?:--|\u2014|\u2013|\s-\s)")
_SUBORDINATORS = frozenset({"that", "when", "while", "because", "after", "before", "since", "although", "though", "if"})


_BEFORE_CLOSING_MARK = _MASK + ",!?"


@lru_cache(maxsize=8192)
def _name_parts(raw: str) -> tuple[int, int, str, str | None, bool] | None:
    """For one match of _NAME: (offset of the name in it, length without a possessive, name, role,
    possessive), or None when it names nobody. Depends only on the matched words, which repeat."""
    words = raw.split()
    # Drop capitalised function words that open a sentence ("The", "But", "In").
    offset = 0
    # ... and a verb of saying ('Saying President Obama, he said, was ...'), no part of the name.
    while words and (words[0].lower().strip(".") in _STOP_CAPS or (len(words) > 1 and words[0].lower() in reporting_verbs())):
        offset += len(words[0]) + 1
        words = words[1:]
    if not words:
        return None
    delta = raw.index(words[0], offset - 1 if offset else 0)
    raw_end = len(raw)
    while len(words) > 1 and words[-1] in _WEEKDAYS:
        # 'broke with President Obama Monday over ...': the day dates the sentence; it is no surname.
        raw_end = raw.rindex(words[-1], 0, raw_end)
        words = words[:-1]
        raw_end = len(raw[:raw_end].rstrip())
    phrase, possessive = _strip_possessive(raw[delta:raw_end])
    role, name = _split_role(phrase)
    if not name or name.lower() in _STOP_CAPS:
        return None
    of_place = name.rsplit(" of ", 1)
    if len(of_place) == 2 and is_place_name(of_place[1]):
        # 'Reps. Peter DeFazio of Oregon': the state says where the person is from; no part of the name.
        name = of_place[0]
        phrase = phrase[: phrase.rindex(" of ")]
    if _CONTRACTION.match(name):
        return None  # "They're hoping to ...": a pronoun with its verb, nobody's name
    if PARTY_TAG.match(name):
        # "Rep. Peter King, R-N.Y., who ...": the party-state tag describes the name before it; as
        # a mention it made "R-N" the speaker of King's next '"...," he told Fox News'.
        return None
    return delta, len(phrase), name, role, possessive


class _NameIndex:
    """The people named in one masked article, indexed for the lookups made for each quote.

    Built once per article (see :func:`_name_index`); every answer is the one a scan over all
    mentions in text order gives, memoised by name.
    """

    def __init__(self, masked: str) -> None:
        self.masked = masked
        self.starts, self.parts = _scan_mentions(masked)
        # Mentions never overlap, so their ends increase and the ones before a position are a prefix.
        self.ends = [start + parts[1] for start, parts in zip(self.starts, self.parts)]
        # Distinct names of at most four words by their last word (lower case), first use first:
        # a later repeat can never be strictly longer than the best name found before it.
        self.by_last: dict[str, list[tuple[str, list[str]]]] = {}
        seen: set[str] = set()
        # The role of the first mention stating one, by the last word of its name.
        self.role_by_last: dict[str, str] = {}
        # A repeated name (same matched words, same parts) changes neither table: read each once.
        # A title-case headline glues verbs to names ('Endorses Rick Perry'): a name read in a
        # headline line counts only when the body writes it the same way.
        headline_names = {p[2] for start, p in zip(self.starts, self.parts) if _in_headline(masked, start)}
        body = _body_text(masked) if headline_names else ""
        body_names = {name for name in headline_names if _occurs_as_word(name, body)}
        self.headline_only = frozenset(headline_names - body_names)
        for _, _, name, role, _ in dict.fromkeys(self.parts):
            if name in headline_names and name not in body_names and len(name.split()) > 1:
                continue
            m_words = name.split()
            last = m_words[-1].lower()
            if role and last not in self.role_by_last:
                self.role_by_last[last] = role
            if len(m_words) <= 4 and name not in seen:
                seen.add(name)
                self.by_last.setdefault(last, []).append((name, m_words))
        # Read only for the few mentions a pronoun may refer to, then kept (by mention number).
        self.after_prep: dict[int, bool] = {}
        self.initial: dict[int, bool] = {}
        # 'Mr. ' / 'Mrs. ' / 'Ms. ' in the article: (offset after the title, title); read on first use.
        self._titles: list[tuple[int, str]] | None = None
        self.fullest: dict[str, str] = {}
        self.genders: dict[tuple[str | None, str], str | None] = {}

    @property
    def titles(self) -> list[tuple[int, str]]:
        if self._titles is None:
            self._titles = [(t.end(), "M" + t.group(1)) for t in _TITLE.finditer(self.masked)]
        return self._titles

    def antecedents(self, pos: int, limit: int) -> list[_Mention]:
        """The last ``limit`` mentions ending by ``pos`` that do not follow a preposition, nearest first."""
        out: list[_Mention] = []
        i = bisect_right(self.ends, pos) - 1
        while i >= 0 and len(out) < limit:
            after = self.after_prep.get(i)
            if after is None:
                after = self.after_prep[i] = _after_preposition(self.masked, self.starts[i])
            if not after:
                _, length, name, role, possessive = self.parts[i]
                out.append(_Mention(self.starts[i], self.starts[i] + length, name, role, possessive))
            i -= 1
        return out

    def clause_initial(self, mention: _Mention) -> bool:
        """:func:`_clause_initial`, kept per mention."""
        key = mention.start
        value = self.initial.get(key)
        if value is None:
            value = self.initial[key] = _clause_initial(self.masked, mention)
        return value


# '\b(Mr|Mrs|Ms)\.?\s+' with the M first, so the engine can jump from M to M; the look-behind
# (no word character before the M) is the \b.
_TITLE = re.compile(r"M(?<!\wM)(r|rs|s)\.?\s+")


def _body_text(masked: str) -> str:
    """``masked`` without its title-case headline lines (blanked, so offsets stay)."""
    out = []
    pos = 0
    for line in masked.split("\n"):
        out.append(" " * len(line) if line.strip() and _in_headline(masked, pos) else line)
        pos += len(line) + 1
    return "\n".join(out)


@lru_cache(maxsize=64)
def _name_index(masked: str) -> _NameIndex:
    return _NameIndex(masked)


def _is_word_char(ch: str) -> bool:
    # The regex engine's \w for str patterns: alphanumeric or underscore.
    return ch.isalnum() or ch == "_"


def _fullest_name(name: str, index: _NameIndex) -> str:
    """Return the longest name in the article that ends with ``name``'s last word."""
    cached = index.fullest.get(name)
    if cached is not None:
        return cached
    words = name.split()
    if not words:
        return name
    best = name
    best_len = len(words)
    titles: set[str] | None = None
    for m_name, m_words in index.by_last.get(words[-1].lower(), ()):
        if len(m_words) > best_len and all(w in m_words for w in words) and m_words[-2] != "of":
            # ('Much of Clinton's record' is no fuller name of Clinton: 'of' never stands before a
            # surname.)
            given = m_words[0].lower()
            if len(words) == 1 and (given in _MALE_NAMES or given in _FEMALE_NAMES):
                # An article that only ever writes 'Mr. Obama' means him, not 'the first lady,
                # Michelle Obama' (nor 'Mrs. Clinton' Bill Clinton): a given name of the other
                # sex than every title the surname has is another person of the family.
                titles = titles if titles is not None else set(_titles_before(words[0], index))
                male, female = "Mr" in titles, bool(titles - {"Mr"})
                if (male and not female and given in _FEMALE_NAMES) or (female and not male and given in _MALE_NAMES):
                    continue
            best, best_len = m_name, len(m_words)
    index.fullest[name] = best
    return best


# ROLES longest first, each as a whole-word pattern, for reading a role out of an appositive.
_ROLE_PATTERNS = tuple((r, re.compile(rf"\b{re.escape(r)}\b")) for r in sorted(ROLES, key=len, reverse=True))


def _role_for(name: str, index: _NameIndex, appos: str | None) -> str | None:
    if appos:
        lowered = appos.lower()
        for r, pattern in _ROLE_PATTERNS:
            if pattern.search(lowered):
                return _UNNAMED_ROLE.get(r, r.rstrip("."))
    words = name.split()
    return index.role_by_last.get(words[-1].lower()) if words else None


def _titles_before(surname: str, index: _NameIndex) -> Iterator[str]:
    """Each 'Mr'/'Mrs'/'Ms' written right before ``surname`` (a whole word) in the article, in order."""
    masked = index.masked
    n = len(surname)
    for after, title in index.titles:
        if masked.startswith(surname, after):
            k = after + n
            # A word boundary after the surname, as the regex \b reads it.
            if (k < len(masked) and _is_word_char(masked[k])) != _is_word_char(masked[k - 1]):
                yield title


def _gender(mention: _Mention, index: _NameIndex) -> str | None:
    """'m', 'f' or None: from a role word, from Mr./Mrs./Ms. before the surname anywhere in the
    article, or from a common given name in the fullest form of the name."""
    if mention.role in _MALE_WORDS or (mention.role or "").endswith("man"):
        return "m"
    if mention.role in _FEMALE_WORDS or (mention.role or "").endswith("woman"):
        return "f"
    key = (mention.role, mention.name)
    if key in index.genders:
        return index.genders[key]
    gender = None
    words = _fullest_name(mention.name, index).split()
    if words:
        # ('Mr. Khan' and 'Ms. Khan' in one article: the surname alone says neither.)
        titles = {"m" if title == "Mr" else "f" for title in _titles_before(words[-1], index)}
        if len(titles) == 1:
            gender = titles.pop()
        elif len(words) > 1 and words[0].lower() in _MALE_NAMES:
            gender = "m"
        elif len(words) > 1 and words[0].lower() in _FEMALE_NAMES:
            gender = "f"
    index.genders[key] = gender
    return gender


_LONG_WORD = re.compile(r"[A-Za-z][a-z]{3,}")


def _in_headline(masked: str, pos: int) -> bool:
    """True when ``pos`` stands in a title-case line without a sentence end (a headline)."""
    start = masked.rfind("\n", 0, pos) + 1
    end = masked.find("\n", pos)
    line = masked[start:end if end >= 0 else len(masked)].rstrip()
    words = _LONG_WORD.findall(line)
    return len(words) >= 2 and all(w[0].isupper() for w in words) and not line.endswith((".", "!", "?"))


_ACRONYM = re.compile(r"(?:the\s+)?[A-Z]{2,}(?:[\u2019']s)?")


def _resolve_pronoun(pos: int, index: _NameIndex, plural: bool, pronoun: str = "",
                     masked: str = "") -> _Mention | None:
    """Nearest earlier person named at the start of a clause (the usual subject of 'he said').

    'he' skips a person known to be a woman and 'she' a person known to be a man (see _gender),
    so 'she said' after 'Trump met Takaichi' does not go to Trump when the article says 'Mr. Trump'.
    """
    if plural:
        return None
    wanted = {"he": "m", "she": "f"}.get(pronoun)
    nearest = None
    found = None
    candidates = []
    for mention in index.antecedents(pos, 12):
        if (not mention.possessive or _owns_the_subject(mention, index)) and index.clause_initial(mention):
            if masked and (_junk_name(mention.name, masked) or _common_noun_name(mention.name, masked)):
                continue
            # 'he'/'she' is a person: not a body ("Local Republican Party affiliates") nor a
            # title-case headline line ("Newsweek's Michele Bachmann Cover Raises Eyebrows").
            # An all-capitals acronym ('AARP', 'NAACP') names a body, never a person.
            if wanted and not _may_be_person(mention, index):
                continue
            nearest = nearest or mention
            if wanted and masked and _gender(mention, index) not in (None, wanted):
                continue
            candidates.append(mention)
            if found is None:
                found = mention
            elif not _same_sentence(index.masked, mention.end, found.start):
                break
    if wanted and masked:
        role_subject = _role_subject_between(index, found.end if found else 0, pos)
        if role_subject is not None and _gender(role_subject, index) in (None, wanted):
            # ('The president ...' is no 'she' when the article calls him 'Mr. Obama' or 'Barack'.)
            return role_subject
        introduced = (_introduced_before(pos, index, wanted, masked) or _response_from_before(pos, index, masked)
                      or _asked_before(pos, index, masked) or _speech_owner_before(pos, index, wanted, masked))
        if introduced is not None:
            return introduced
    if found is not None:
        return _main_clause_subject(index.masked, found, candidates, pos)
    # Nobody of the right gender nearby: the nearest person is still the best reading, unless
    # the article says that person is of the other ('by her own admission' after a paragraph on
    # 'Gen. George Washington' is not his): then the nearest person of that gender, wherever named.
    if wanted and masked and nearest is not None and _gender(nearest, index) not in (None, wanted):
        return _nearest_of_gender(pos, index, wanted)
    return nearest


def _nearest_of_gender(pos: int, index: _NameIndex, wanted: str, limit: int = 12) -> _Mention | None:
    """The nearest of the last ``limit`` people named before ``pos``, wherever they stand (after a
    preposition too), whom the article gives the gender ``wanted`` ('m' or 'f'): 'with Hillary
    Clinton ... lambasting Trump's plan. "...," she said' is Clinton. None when there is none."""
    i = bisect_right(index.ends, pos) - 1
    seen = 0
    while i >= 0 and seen < limit:
        _, length, name, role, possessive = index.parts[i]
        mention = _Mention(index.starts[i], index.starts[i] + length, name, role, possessive)
        if _may_be_person(mention, index):
            seen += 1
            if _gender(mention, index) == wanted:
                return mention
        i -= 1
    return None


# People a possessive may own ('Trump's campaign manager', 'his wife'): the next 'he' may be them.
_KIN_WORDS = frozenset("""wife husband son daughter mother father brother sister family friend friends partner
children child running mate boss deputy successor predecessor rival opponent""".split())
_NEXT_WORD = re.compile(r"[\u2019']?s?[ \t]+(?P<word>[\w\u2019'-]+)")


def _owns_the_subject(mention: _Mention, index: _NameIndex) -> bool:
    """True for a possessive name whose thing opens the sentence ('Mrs. Clinton's career has not
    taken a predictable route. She came of age ...', "Donald Trump's assertion Monday that ...
    drew rebukes"): the sentence is about that person, whom a 'he'/'she' after it means. Not when
    the thing is a person ('Trump's campaign manager said ... He'), who would be meant instead."""
    if not _sentence_opening(index.masked, mention.start):
        return False
    nxt = _NEXT_WORD.match(index.masked, mention.end)
    if nxt is None:
        return False
    word = nxt.group("word")
    return word.islower() and word not in _ROLE_WORDS and word not in _KIN_WORDS and word not in ROLES


# A question put to someone: 'prompted Vieira to ask Trump if he had people ...'.
_ASKED_WHETHER = re.compile(rf"(?<![\w\u2019'-])ask(?:ed|s)?[ \t]+(?P<np>{_NAME})[ \t]+(?:if|whether|about|why|how|what|when)\b")


def _asked_before(pos: int, index: _NameIndex, masked: str) -> _Mention | None:
    """The person asked a question in the sentence right before ``pos``: the one who answers, so
    the 'He' that opens the next sentence ('He signaled he did, saying, "..."')."""
    window_start = max(0, pos - 300)
    found = None
    for found in _ASKED_WHETHER.finditer(masked, window_start, pos):
        pass
    if found is None or _MASK in masked[found.end() : pos]:
        return None
    # Only across one sentence end: the answer follows the question at once.
    if len(_END_CANDIDATE.findall(masked, found.end(), pos)) > 1:
        return None
    i = bisect_left(index.starts, found.start("np"))
    if i >= len(index.starts) or index.starts[i] >= found.end("np"):
        return None
    _, length, name, role, possessive = index.parts[i]
    return _Mention(index.starts[i], index.starts[i] + length, name, role, possessive)


def _may_be_person(mention: _Mention, index: _NameIndex) -> bool:
    """False for a mention 'he'/'she' cannot go back to: a body ("Local Republican Party
    affiliates"), a title-case headline line ("Newsweek's Michele Bachmann Cover Raises
    Eyebrows"), an all-capitals acronym ('AARP', 'NAACP') or a country or state ('noting that
    America had not always done so. "I served ...," he said': not America)."""
    words = mention.name.split()
    if len(words[-1]) > 1 and words[-1].isupper():
        return False  # 'Steele’s RNC': a body's acronym ends the name, so no person
    if len(mention.name) == 1 or index.masked.startswith("/", mention.end):
        # A stray letter ('X.' on a line of its own) and a photo credit ('POOL New/Reuters.')
        # name nobody who speaks.
        return False
    if len(words) == 1 and words[0].lower().endswith(_ADJECTIVE_ENDS) and _sentence_opening(index.masked, mention.start) \
            and _WORD_AFTER.match(index.masked, mention.end) \
            and len(re.findall(rf"(?<![\w\u2019'-]){re.escape(mention.name)}(?![\w\u2019'-])", index.masked)) == 1:
        # 'Similar firearms normally sell for around $200.': an adjective opening a sentence,
        # before a lower-case word, that the article never writes again names nobody. (A surname
        # written once at a sentence start, 'Wines believes', is a name: only adjective endings.)
        return False
    if _state_after_place(index.masked, mention.name, mention.start):
        return False  # 'a rally in Green Bay, Wis., citing the attack': a state after its city, no person
    if words[-1].lower() in _PARTY_MEMBERS:
        # 'The New York Democrat': a description of someone named before (see _describe);
        # 'Republican senators kept up pressure': an adjective.
        return False
    line_start = index.masked.rfind("\n", 0, mention.start) + 1
    # (Only near the top: a dateline opens the body, after the headline line at most.)
    dateline = _DATELINE.match(index.masked[line_start : line_start + 120]) \
        if index.masked.count("\n", 0, line_start) <= 2 else None
    if dateline is not None and mention.start < line_start + dateline.end():
        return False  # 'HARTFORD, Conn. —': the dateline's place
    return not (words[-1].lower() in ORG_HEADS or mention.name.lower() in _GROUP_PLURALS
                or _ACRONYM.fullmatch(mention.name) is not None or _in_headline(index.masked, mention.start)
                or is_place_name(mention.name))


# Endings of English adjectives ('Similar', 'Several', 'Various', 'Massive', 'Historic').
_ADJECTIVE_ENDS = ("ar", "al", "ous", "ive", "ic", "ible", "able", "ful", "less", "ent", "ant", "ary", "ory", "ish")


def _sentence_opening(masked: str, start: int) -> bool:
    """True when ``start`` opens a line or follows a sentence's full stop, '?' or '!'."""
    before = masked[max(0, start - 3) : start]
    return start == 0 or before.endswith("\n") or re.search(r"[.?!][\"\u201d\u2019']?\s+$", before) is not None


def _introduced_before(pos: int, index: _NameIndex, wanted: str, masked: str) -> _Mention | None:
    """The one person the sentence right before a quotation names, when no person is its subject.

    'That did not satisfy Justice Scalia. "If somebody tells you ...," he said': the sentence
    before the quotation is about Scalia though he is not its subject, and it names nobody else,
    so the 'he' after the quotation is Scalia, not the lawyer who spoke two sentences earlier.
    Not the person a verb of saying or asking is put to ('asked Mr. Sellers'): the listener.
    """
    nearest = next(iter(index.antecedents(pos, 1)), None)
    if nearest is None or nearest.possessive or index.clause_initial(nearest):
        return None
    if len(_sentence_ends(masked, nearest.end, pos)) != 1 or masked.count("\n\n", nearest.end, pos) > 1:
        return None  # not the sentence right before the quotation's
    if _junk_name(nearest.name, masked) or _common_noun_name(nearest.name, masked) \
            or not _may_be_person(nearest, index) or _gender(nearest, index) not in (None, wanted):
        return None
    lead = masked[_clause_start(masked, nearest.start) : nearest.start]
    lead_words = _WORD.findall(lead)
    if lead_words and lead_words[-1].lower() in reporting_verbs():
        return None
    line_start = masked.rfind("\n", 0, nearest.start) + 1
    sentence_start = ([line_start] + _sentence_ends(masked, line_start, nearest.start))[-1]
    if _MASK in masked[sentence_start:nearest.start] \
            or bisect_left(index.starts, sentence_start) < bisect_left(index.starts, nearest.start):
        return None  # the sentence names someone else first, or quotes someone
    if not _ENDS_PHRASE.match(masked, nearest.end) or _PERSONAL_PRONOUN.search(masked, sentence_start, pos):
        # 'during the Norwalk event' (a name modifying a noun), 'the attorney general said that he
        # had misspoken' (the sentence is about someone it does not name): not this rule.
        return None
    return nearest


_ENDS_PHRASE = re.compile(r"\s*[.,;:!?]")
# The sentence right after a quotation giving it to someone: 'That quote from Alabama Securities
# Commissioner Thomas Krebs appeared ...', 'Those words of Ronald Reagan ...', 'Those were Mr.
# Obama's words', 'The remark, by Sen. John McCain, ...'.
_QUOTE_FROM_AFTER = re.compile(
    rf"[ \t]*(?:(?:That|This|The|Those|These)[ \t]+(?:quote|quotation|remark|line|comment|statement|words?)"
    rf",?[ \t]+(?:(?:was|is|were|are|came|comes)[ \t]+)?(?:from|by|of)[ \t]+(?P<np>{_NAME})(?<![\u2019']s)(?![\w\u2019'])"
    rf"|(?:Those|These|They|That|This|It)[ \t]+(?:were|are|was|is)[ \t]+(?P<owner>{_NAME})[\u2019']s?[ \t]+words?\b)")
# A possessive owning words spoken ('Comey's statement', 'Trump's remarks at the rally').
_SPEECH_OWNED = re.compile(r"[\u2019']s?\s+(?:[a-z][\w-]*\s+)?(?:statement|remarks|comments|testimony|speech|"
                           r"announcement|words|news\s+conference|press\s+conference|address)\b")


def _speech_owner_before(pos: int, index: _NameIndex, wanted: str, masked: str) -> _Mention | None:
    """The one person whose statement, remarks or testimony the sentence right before a
    sentence-opening 'he'/'she' is about, when that sentence has no person as its subject.

    'That might sound strange to anyone ... listening to FBI Director James Comey's statement on
    Tuesday morning. He called her handling ... "extremely careless"': the 'He' goes on with the
    statement's author, not the lawyer quoted two sentences before; the speaker a pronoun would
    otherwise go back to is only quoted, and the text has moved on to someone else's words.
    """
    head = masked[:pos].rstrip()
    if not head or head[-1] not in ".!?\"\u201d\u2019'" + _MASK:
        return None  # the pronoun does not open its sentence
    line_start = masked.rfind("\n", 0, len(head)) + 1
    ends = _sentence_ends(masked, line_start, len(head))
    if not ends:
        return None
    sentence_start = ends[-2] if len(ends) >= 2 else line_start
    if _MASK in masked[sentence_start:len(head)]:
        return None  # the sentence quotes someone: the usual reading
    lo, hi = bisect_left(index.starts, sentence_start), bisect_left(index.starts, len(head))
    owner = None
    for i in range(lo, hi):
        _, length, name, role, possessive = index.parts[i]
        mention = _Mention(index.starts[i], index.starts[i] + length, name, role, possessive)
        if index.clause_initial(mention) and not possessive:
            return None  # a person is the sentence's subject: the usual reading finds them
        if possessive and _SPEECH_OWNED.match(masked, mention.end):
            if owner is not None and owner.name != name:
                return None  # two people's words: no telling
            owner = mention
    if owner is None or not _may_be_person(owner, index) or _gender(owner, index) not in (None, wanted):
        return None
    return owner
# 'drew a sharp response from Rev. William Owens of the Coalition ...': the person a response comes
# from, at the end of the sentence right before a quotation.
_RESPONSE_FROM = re.compile(rf"\b(?:response|reply|retort|rebuke|rejoinder|reaction|statement|comment|comments)\s+"
                            rf"from\s+(?P<np>{_NAME})(?:\s+of\s+(?:the\s+)?{_NAME})?\s*[.:]\s*$")


@lru_cache(maxsize=1)
def _who_said_before() -> re.Pattern[str]:
    """'... drew the ire of Justice Antonin Scalia who said he was whipsawed by the claims.' ending
    the sentence right before a quotation: the person a relative clause makes a speaker."""
    return re.compile(rf"(?P<np>{_NAME}),?\s+who\s+(?:\w+\s+)?{_verb_pattern()}[^.!?\x00]*[.!?]\s*$")


def _response_from_before(pos: int, index: _NameIndex, masked: str) -> _Mention | None:
    """The person the sentence right before a quotation says a response came from, or whom a
    relative clause there makes a speaker ('Justice Antonin Scalia who said he was whipsawed').

    'Those comments drew a sharp response from Rev. William Owens of the Coalition of African
    American Pastors. "Some people are saying ...," he told a press conference': the 'he' is
    Owens (named after "from", so no subject a pronoun would usually go back to), not the
    customer quoted two paragraphs before.
    """
    quote_end = masked.rfind(_MASK, 0, pos)
    if quote_end < 0 or pos - quote_end > 6:
        return None  # only the 'he' right after a quotation ('...," he told')
    quote_start = quote_end
    while quote_start > 0 and masked[quote_start - 1] == _MASK:
        quote_start -= 1
    open_mark = quote_start - 1
    before = masked[max(0, open_mark - 300) : max(0, open_mark)]
    found = _RESPONSE_FROM.search(before) or _who_said_before().search(before)
    if found is None or _MASK in found.group():
        return None
    start = max(0, open_mark - 300) + found.start("np")
    i = bisect_left(index.starts, start)
    if i >= len(index.starts) or index.starts[i] >= start + len(found.group("np")):
        return None
    _, length, name, role, possessive = index.parts[i]
    return _Mention(index.starts[i], index.starts[i] + length, name, role, possessive)
_PERSONAL_PRONOUN = re.compile(r"(?<![\w\u2019'-])(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Hh]ers)(?![\w\u2019'-])")


def _same_sentence(masked: str, start: int, end: int) -> bool:
    """True when no sentence ends between ``start`` and ``end``."""
    return not _END_CANDIDATE.search(masked, start, end)


# Words opening a subordinate clause whose subject is less likely than the main clause's subject
# to be the 'he' of the next sentence ('but he showed his irritation when Mr. Biden kept
# interrupting. "...," he told the vice president': Ryan, not Biden). 'that' is left out: after
# a verb of saying it opens the clause of what someone said, whose subject often speaks next.
_ADVERBIAL_SUBORDINATORS = frozenset({"when", "while", "because", "although", "though", "after", "before", "since",
                                      "as", "until", "whenever"})


def _main_clause_subject(masked: str, found: _Mention, candidates: list[_Mention], pos: int) -> _Mention:
    """``found``, unless it is the subject of a subordinate clause in an earlier sentence whose
    main clause has another subject of the right kind: then that subject (the one the sentence is
    about, so the one a 'he' at the start of the next sentence goes on talking about)."""
    if _same_sentence(masked, found.end, pos):
        return found
    before = (_WORD.findall(masked[max(0, found.start - 30) : found.start]) or [""])[-1].lower()
    if before not in _ADVERBIAL_SUBORDINATORS:
        return found
    for other in candidates:
        if other is found or other.name == found.name:
            continue
        if not _same_sentence(masked, other.end, found.start):
            break
        lead = (_WORD.findall(masked[max(0, other.start - 30) : other.start]) or [""])[-1].lower()
        if lead not in _ADVERBIAL_SUBORDINATORS:
            return other
    return found


# 'The president first stepped into the fray ...': a role noun opening a sentence as its subject.
# After an opening phrase ('In an interview on Monday, the attorney general said that he ...') a
# verb of saying may follow too.
_ROLE_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<intro>(?:In|On|At|During|After|Before|Later|Earlier)\b"
                           r"[^,.!?\x00\n]{0,60},\s+)?"
                           r"(?:The|the)\s+(?P<role>vice\s+president|president|governor|senator|congressman|congresswoman|"
                           r"mayor|speaker|chief\s+justice|attorney\s+general)\s+(?=[a-z])(?!(?:and|or|of|who|whom|whose|"
                           r"that|which)\b)(?P<said>(?:said|says|told|tells)\b)?")


def _role_subject_between(index: _NameIndex, start: int, pos: int) -> _Mention | None:
    """The holder of the role opening the last sentence between ``start`` and ``pos`` ('The
    president first stepped into the fray ... The next day, he clarified ...': the president,
    not the spokesman named before), when the article names exactly one holder of that role."""
    last = None
    for m in _ROLE_SUBJECT.finditer(index.masked, start, pos):
        if m.group("intro") or not m.group("said"):
            last = m
    if last is None:
        return None
    role = " ".join(last.group("role").lower().split())
    # 'The chief justice also asked ...': of the justices, the one named last before (Roberts).
    holder = (_only_holder(role, index, full_only=False) or _nearest_role_holder(role, index, last.start("role"))
              or (_nearest_role_holder(role.split()[-1], index, last.start("role")) if " " in role else None))
    if holder is None:
        return None
    person, of, place = holder.rpartition(" of ")
    if of and person and is_place_name(place):
        holder = person  # 'Richard Blumenthal of Connecticut': the state only says where he serves
    return _Mention(last.start("role"), last.end("role"), holder, role, False)


_DESC_ONLY = re.compile(rf"^{_DESC}$")
_LEAD_ARTICLE = re.compile(r"^(?:the|a|an|The|A|An)\s+")
_LEAD_THE = re.compile(r"^(?:the|The)\s+")
# 'One early supporter, Representative Lee Zeldin, ...': one of a group, named after the comma.
_LEAD_ONE = re.compile(r"^(?:one|One|another|Another)\s+")


def _without_institution(name: str) -> str:
    """``name`` without the institution after "of" ('Alan Brinkley of Columbia University', 'William
    Owens of the Coalition of African American Pastors'): where the person works, not their name."""
    body = _OF_INSTITUTION.search(name)
    if body is not None and len(name[: body.start()].split()) >= 2:
        return name[: body.start()]
    place = _OF_PLACE.search(name)
    if place is not None and len(name[: place.start()].split()) >= 2 and is_place_name(place.group("place")):
        # 'Rep. Tom Cole of Oklahoma': the state says where the person is from, as in the cast.
        return name[: place.start()]
    return name


_OF_PLACE = re.compile(r"\s+of\s+(?P<place>[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*)?)$")


# Lower-case words before a capitalised name ('political scientist Christopher Wlezien').
_LOWER_LEAD = re.compile(r"^(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])")
# Occupations written before a full name like a title ('Historian Alan Brinkley').
_OCCUPATIONS = frozenset("historian professor scholar scientist pollster strategist researcher economist sociologist "
                         "analyst expert author writer columnist commentator consultant activist lawyer attorney".split())
# An institution after a person's name ('Alan Brinkley of Columbia University').
_OF_INSTITUTION = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w.&\u2019'-]*\s+){0,4}(?:University|College|Institute|School|"
                             r"Center|Centre|Foundation|Council|Club|Coalition|Association|Society|Museum|Library|"
                             r"Hospital|Institution)(?:\s+of\s+[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3})?$")
# A name in apposition right after a described speaker, ending its clause: 'said the legislator,
# Representative Carl Seel.' (not 'said the spokesman, Obama's ...': the name must end the phrase).
_APPOSED_NAME = re.compile(rf",[ \t]+(?P<name>{_NAME})(?=[ \t]*(?:[.,;:!?\u201c\"]|$))")
_PARTY_MEMBERS = frozenset({"democrat", "republican", "independent", "libertarian"})
# An indefinite description of someone by whom they serve: 'a longtime adviser to Trump', 'an aide
# close to the senator', 'a source familiar with the campaign' (not 'of': 'a member of Congress').
_UNNAMED_FOR = re.compile(r"^(?:a|an|A|An)\s+(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z]+)\s+"
                          r"(?:to|for|close\s+to|familiar\s+with)\s+\S")
# A role held for someone named by a possessive, in lower case: 'Mr. Trump's campaign chairman'
# (before ', Paul Manafort,' the name after the comma is the one who speaks).
_OWNER_ROLE = re.compile(r"^[A-Z][^\x00]*?[\u2019']s\s+(?P<role>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)$")


# A person's own ad, statement, letter or post ('Akin's ad', 'Mr. Obama's statement').
_AUTHORED = re.compile(rf"(?P<owner>{_NAME})[\u2019']s[ \t]+(?:[a-z][\w\-]*[ \t]+)?(?:ad|ads|statement|letter|tweet|"
                       r"tweets|post|op-ed|column|memo|e-mail|email|video|book|speech|remarks|comments)")


_NUMBER_OR_QUANTIFIER = (r"(?:all|both|several|many|some|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                         r"dozens\s+of|hundreds\s+of)")
_PLURAL_HEADS = ("senators members lawmakers legislators republicans democrats officials leaders aides advisers "
                 "critics supporters economists analysts experts groups protesters activists voters residents "
                 "governors representatives congressmen mayors lawyers scientists researchers executives").split()
# A group counted or quantified as the subject of a clause: 'all 42 members of the GOP caucus are
# sending', 'five past and present Missouri Republican senators urged'.
_GROUP_SUBJECT = re.compile(rf"(?<![\w\u2019'-])(?P<np>(?:[Aa]ll[ \t]+)?{_NUMBER_OR_QUANTIFIER}[ \t]+(?:[\w\-]+[ \t]+){{0,5}}?"
                            rf"(?i:{'|'.join(_PLURAL_HEADS)})(?:[ \t]+of[ \t]+the[ \t]+[A-Z][\w]*(?:[ \t]+[A-Z][\w]*)*"
                            rf"(?:[ \t]+[a-z]+)?)?)[ \t]+(?:are|were|have|had|[a-z]+ed)\b")


def _group_before(pos: int, masked: str) -> str | None:
    """The group a 'they' at ``pos`` stands for: the counted group that is the subject of a clause
    at most three sentences before ('five past and present Missouri Republican senators urged
    Akin to step aside. In a statement ..., they said'), else None."""
    found = None
    for found in _GROUP_SUBJECT.finditer(masked, max(0, pos - 900), pos):
        pass
    if found is None or len(_END_CANDIDATE.findall(masked, found.end(), pos)) > 3:
        return None
    return found.group("np")


def _describe(text: str, attr: _Attribution, masked: str) -> tuple[str | None, str | None]:
    """Return (resolved speaker name, role) for an attribution phrase."""
    index = _name_index(masked)
    np = attr.np.strip()
    # 'video of him ... saying' (see _SHOWN_SAYING): the object form stands for the same person.
    # ('His response:' names its speaker by the possessive: see _ANSWER_OF.)
    lowered = {"him": "he", "her": "she", "his": "he", "their": "they"}.get(np.lower(), np.lower())
    if lowered in _PRONOUNS:
        if lowered in {"i", "we"}:
            return None, None
        target = _resolve_pronoun(attr.np_span[0], index, plural=lowered == "they", pronoun=lowered, masked=masked)
        if target is None and lowered == "they":
            group = _group_before(attr.np_span[0], masked)
            return (group, None) if group else (None, None)
        if target is None:
            return None, None
        name = _without_institution(_fullest_name(target.name, index))
        return name, _role_for(name, index, None)
    if _patterns()["indefinite_np"].match(np):
        # 'someone shouted', 'one person in the crowd yelled': a speaker the article leaves unnamed.
        return None, None
    unnamed = _UNNAMED_FOR.match(np)
    if unnamed is not None and unnamed.group("noun") in _SPEAKER_NOUNS and not unnamed.group("noun").startswith("spokes"):
        # 'said a longtime adviser to Trump', 'an aide close to the senator': an unnamed person
        # described by whom they serve, never the person named after the preposition. (A
        # spokesman for a body speaks for it: 'a spokesman for the Democratic National Committee'
        # stays the committee.)
        noun = unnamed.group("noun")
        return _LEAD_ARTICLE.sub("", np), _UNNAMED_ROLE.get(noun, noun if noun in ROLES else None)
    owner_role = _OWNER_ROLE.match(np)
    appos = (_APPOSED_NAME.match(text, attr.np_span[1])
             if ((_LEAD_ARTICLE.match(np) or _LEAD_ONE.match(np))
                 and (not any(w[:1].isupper() for w in np.split()) or np.split()[-1].islower()))
             or (owner_role is not None and owner_role.group("role").split()[-1] in ROLES) else None)
    if appos is not None and any(w[:1].isupper() for w in appos.group("name").split()[-1:]):
        # 'said the legislator, Representative Carl Seel': the description and the name after its
        # comma are one person; the name is the speaker, the description its role. (Capitals in
        # the description only modify its noun: 'the presumptive GOP presidential nominee, Donald
        # Trump, tweeted'.)
        role, name = _split_role(appos.group("name"))
        if not name.startswith("the "):
            name = _fullest_name(name, index)
            return name, role or _role_for(name, index, attr.appos)
    authored = _AUTHORED.fullmatch(np)
    if authored is not None:
        # 'Akin's ad, and claims Monday that he's "going to stay in"', 'Obama's statement said':
        # what a person's ad, statement or letter says is that person's; no voice of its own.
        name = _fullest_name(_without_institution(_split_role(authored.group("owner"))[1]), index)
        return name, _role_for(name, index, None)
    owned = _OWNED_BODY.search(np)
    if owned is not None and owned.end() == len(np) and _POSSESSIVE_END.search(np[: owned.start()]):
        # 'Weiner's office': the office speaks for him; kept whole, never cut to 'Weiner'.
        return np, None
    np = _trim_name_phrase(np)
    words = np.split()
    if not words:
        return None, None
    head = words[-1].lower().strip(".,")
    if (not any(w[:1].isupper() for w in words) and head not in _SPEAKER_NOUNS and head not in ROLES
            and words[0].lower() not in _DET_WORDS):
        # Lower-case words that name nobody ('does not' in '"DCCameraGuy," does not reveal').
        return None, None
    if _LEAD_THE.match(np) and head in _PARTY_MEMBERS and len(words) > 2:
        # 'The New York Democrat said ...': a description of the person the text is about (the
        # one a 'he' would go back to), not a second speaker.
        target = _resolve_pronoun(attr.np_span[0], index, plural=False, masked=masked)
        if target is not None:
            name = _fullest_name(target.name, index)
            return name, _role_for(name, index, None)
    if _DESC_ONLY.match(np) or _LEAD_THE.match(np):
        holder = _only_holder(head, index) if head != "speaker" and not _other_president(words) else None
        if holder is not None:
            # 'the seven-term congressman demands': the article's one congressman named in full.
            return holder, _role_for(holder, index, None)
    if _LEAD_THE.match(np) and head in ROLES and head not in {"president", "speaker"}:
        holder = _nearest_role_holder(head, index, attr.np_span[0])
        if holder is not None:
            # 'All we've heard, the Fox News host complained': the host the article has named
            # ('talk show host Glenn Beck') and is talking about, not a second speaker.
            return holder, _role_for(holder, index, None)
    body = _body_subject_before(attr.np_span[0], masked) \
        if _LEAD_THE.match(np) and len(words) == 2 and head in _BODY_SUBJECT_NOUNS else None
    if body is not None:
        return body, None
    described = _described_subject(attr.np.strip(), words, head, attr.np_span[0], index, masked)
    if described is not None:
        return described, _role_for(described, index, None)
    if _DESC_ONLY.match(np) and not any(w[:1].isupper() for w in words[1:]) and head in _SPEAKER_NOUNS:
        # An unnamed or collective speaker ("a senior official", "analysts"): its words are its name.
        clean = _LEAD_ARTICLE.sub("", np)
        return clean, _UNNAMED_ROLE.get(head, head if head in ROLES else None)
    phrase, _ = _strip_possessive(np)
    phrase = _LEAD_THE.sub("the ", phrase)
    role, name = _split_role(phrase)
    if name.startswith("the "):
        return name, role
    name = _without_institution(name)
    first, *rest = name.split()
    if role is None and len(rest) >= 2 and first.lower() in _OCCUPATIONS:
        # 'Historian Alan Brinkley', 'Economist Paul Krugman': an occupation before a full name.
        role, name = first.lower(), " ".join(rest)
    lead = _LOWER_LEAD.match(name)
    if lead is not None and len(name[lead.end():].split()) >= 2 and lead.group(0).split()[-1] in _OCCUPATIONS:
        # 'political scientist Christopher Wlezien told Bloomberg': lower-case words ending in an
        # occupation describe the person named after them, counted once with 'Christopher Wlezien'.
        role, name = role or lead.group(0).split()[-1], name[lead.end():]
    name = _fullest_name(name, index)
    return name, role or _role_for(name, index, attr.appos)


def _is_body_name(speaker: str | None) -> bool:
    """True for a speaker ending in a body's head noun ('company', 'United Gun Group') or a web
    address ('GunBroker.com')."""
    last = (speaker or "").split()[-1:]
    return bool(last) and (last[0].lower() in ORG_HEADS or last[0].lower() in _ANAPHORIC_BODY_NOUNS
                           or last[0].lower().endswith((".com", ".org")))


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"\u201d\u2019']?\s+(?=[\"\u201c\u2018']?[A-Z])|\n+")


def _body_subject_before(pos: int, masked: str) -> str | None:
    """The body named as the subject of one of the three sentences before ``pos``, nearest first,
    for 'the organization', 'the group' or 'the foundation' there: 'United Gun Group said in a
    statement Thursday night they pulled ... "...," the organization wrote' is United Gun Group,
    'The Trayvon Martin Foundation did not want to address "that person," telling Fox 35 ...
    "...," the group said' is the foundation (not Fox 35, named after it). A body is a
    capitalised name ending in a body's head noun (ORG_HEADS); None when no such subject is near."""
    start = _clause_start(masked, pos)
    window = masked[max(0, start - 800) : start]
    sentences = [s for s in _SENTENCE_BREAK.split(window) if s.strip()]
    for sentence in reversed(sentences[-3:]):
        m = _BODY_SUBJECT.match(sentence)
        if m is not None and m.group("name").split()[-1].lower() in ORG_HEADS:
            return m.group("name") if not m.group("the") else "the " + m.group("name")
    return None


# A capitalised name opening a sentence, with 'The' before it or not ('The Trayvon Martin Foundation did').
_BODY_SUBJECT = re.compile(r"\s*(?P<the>[Tt]he\s+)?(?P<name>[A-Z][\w.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&-]*){0,6})(?=\s+[a-z])")


# Role nouns a definite description uses for a person the article has already named as its
# subject ('the presumptive Republican presidential nominee', 'The Supreme Court justice', 'the
# two-term president'), and nouns for a body named so ('the company'). Not 'spokesman',
# 'official', 'aide', 'lawyer': those usually bring in someone new who speaks for the subject;
# not 'speaker', which the House's title makes ambiguous ('president' only as the sitting one:
# see _other_president).
_ANAPHORIC_PERSON_ROLES = frozenset({"nominee", "candidate", "justice", "judge", "senator", "governor", "congressman",
                                     "congresswoman", "lawmaker", "mayor", "representative", "contender", "president"})
_ANAPHORIC_BODY_NOUNS = frozenset({"company", "firm", "network", "newspaper", "station", "website", "publication"})
# Nouns a definite description uses for a body named as the subject of a recent sentence ('United
# Gun Group said in a statement ... "...," the organization wrote').
_BODY_SUBJECT_NOUNS = frozenset({"organization", "organisation", "group", "foundation"})

# Words before 'president' that make it another office or another holder: 'the vice president',
# 'the former president', 'the late president'.
_OTHER_PRESIDENT = frozenset({"vice", "vice-", "former", "late", "then", "then-", "ex-", "past", "next", "future"})


def _other_president(words: list[str]) -> bool:
    """True when a description ending in 'president' names another office or holder than the
    sitting president ('the vice president', 'the former president'); False for any other head."""
    if not words or words[-1].lower().strip(".,") != "president":
        return False
    return any(w.lower() in _OTHER_PRESIDENT or w.lower().startswith(("vice-", "ex-", "then-")) for w in words[:-1])


def _described_subject(written: str, words: list[str], head: str, pos: int, index: _NameIndex,
                       masked: str) -> str | None:
    """The person (or body) a definite description or a bare title stands for, when the article
    names nobody with that role: the subject the text is talking about, as 'he' would be read.

    'Lashing out, Trump said ... "...," the presumptive Republican presidential nominee wrote':
    Trump; 'Ginsburg said in a statement ... the justice sounded off on Trump': Ginsburg; a
    headline's 'Justice vows to ...' under 'Ginsburg apologizes ...': Ginsburg; 'Business Insider
    also commented ... "...," the company said': Business Insider. A person must be a person (not
    a body, a place, a headline fragment) and a body must not be one ('he'/'she', a given name,
    Mr./Ms.); a subject holding another role ('Sen. Smith' for 'the governor') is not it.
    """
    bare_title = len(words) == 1 and words[0][:1].isupper() and words[0].lower() in _ANAPHORIC_PERSON_ROLES
    if not (bare_title or (_LEAD_THE.match(written) and len(written.split()) >= 2)):
        return None
    if any(w[:1].isupper() for w in words[1:-1]) and not bare_title \
            and all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in words[1:]):
        return None  # 'the Senate Judiciary Committee': a name, not a description
    person = head in _ANAPHORIC_PERSON_ROLES and not _other_president(words)
    if not person and head not in _ANAPHORIC_BODY_NOUNS:
        return None
    target = _resolve_pronoun(pos, index, plural=False, masked=masked)
    if target is None or _junk_name(target.name, masked) or _common_noun_name(target.name, masked):
        return None
    if person:
        roles = _ROLE_NOUN_HOLDERS.get(head, frozenset({head}))
        if not _may_be_person(target, index) or (target.role and target.role not in roles):
            return None
        if _role_for(_fullest_name(target.name, index), index, None) not in (None, *roles):
            return None  # 'the Vermont senator' is not the one the article titles President elsewhere
        holders = {_fullest_name(name, index) for _, _, name, role, _ in dict.fromkeys(index.parts) if role in roles}
        if len(holders) > 1:
            return None  # two congressmen named: no guess between them
        if holders and _fullest_name(target.name, index) not in holders:
            return None  # the article titles someone else so: the title is theirs, not the subject's
    elif target.role or _gender(target, index) is not None or len(target.name.split()) > 3 \
            or _PERSONAL_PRONOUN.search(masked, target.end, pos):
        # A body: no role or gender of a person, and not talked about as 'he'/'she' since.
        return None
    return _without_institution(_fullest_name(target.name, index))


# A role noun standing for a person ('the congressman') -> the roles a named person may hold for
# it ('Rep. Bob Etheridge' has the role "representative").
_ROLE_NOUN_HOLDERS = {
    "congressman": frozenset({"representative", "congressman"}),
    "congresswoman": frozenset({"representative", "congresswoman"}),
    "lawmaker": frozenset({"representative", "congressman", "congresswoman", "senator"}),
    "representative": frozenset({"representative", "congressman", "congresswoman"}),
    "senator": frozenset({"senator"}),
    "governor": frozenset({"governor"}),
    "mayor": frozenset({"mayor"}),
    # Only for a role noun opening a sentence (see _role_subject_between): 'the president' after
    # 'the vice president' must not be read from its last word alone.
    "president": frozenset({"president"}),
    "vice president": frozenset({"vice president"}),
    "speaker": frozenset({"speaker"}),
}


def _only_holder(head: str, index: _NameIndex, full_only: bool = True) -> str | None:
    """The one person named in full (two words or more) with a role ``head`` stands for, else None.

    Two congressmen named, or none in full, leave 'the congressman' as written: a guess between
    people would be worse than the role noun. With ``full_only`` False one holder named by
    surname only ('President Obama') is enough: the title names the role holder outright.
    """
    roles = _ROLE_NOUN_HOLDERS.get(head)
    if roles is None:
        return None
    holders = {_fullest_name(name, index) for _, _, name, role, _ in dict.fromkeys(index.parts)
               if role in roles and name not in index.headline_only}
    full = {h for h in holders if len(h.split()) >= 2} if full_only else holders
    return next(iter(full)) if len(full) == 1 else None


def _nearest_role_holder(head: str, index: _NameIndex, pos: int) -> str | None:
    """The person a definite role noun ('the Fox News host') stands for at ``pos``: of the people
    the article writes with that role before their name ('talk show host Glenn Beck', 'radio host
    Rush Limbaugh'), the one named last before ``pos`` (the one the text is talking about).
    None when nobody holds the role, or a holder is named only after ``pos``."""
    masked = index.masked
    holders: set[str] = set()
    for start, (_, _, name, role, _) in zip(index.starts, index.parts):
        if name in index.headline_only:
            continue
        lead = (_WORD.findall(masked[max(0, start - 30) : start]) or [""])[-1].lower()
        if role == head or lead == head:
            holders.add(_fullest_name(name, index))
    if not holders:
        return None
    i = bisect_right(index.ends, pos) - 1
    while i >= 0:
        name = _fullest_name(index.parts[i][2], index)
        if name in holders:
            return name
        i -= 1
    return None


_ARTICLES = frozenset({"a", "an", "the"})
# Words that open a noun phrase ('the announcer', 'several environmental groups'): a phrase they
# open names someone even without a capital or a known speaker noun.
_DET_WORDS = frozenset(re.findall(r"[a-z]+", _DET))


def _trim_name_phrase(np: str) -> str:
    """Cut the words around a name that are not part of it.

    'An incredulous Bob Schieffer began' -> 'Bob Schieffer': a leading article with lower-case
    adjectives before a capitalised name, and lower-case words after the last capitalised one
    (a verb read into the phrase), are the writer's description, not the name. Phrases without a
    capitalised word ('the seven-term congressman') are left as written.
    """
    words = np.split()
    caps = [i for i, w in enumerate(words) if w[:1].isupper() and w.lower() not in _STOP_CAPS]
    if not caps:
        return np
    first, last = caps[0], caps[-1]
    if words[0].lower() in _ONE_DESCRIBED and first == 1 and last == len(words) - 2 and words[-1].isalpha() \
            and words[-1].islower():
        # 'said one Trump confidant', 'a Clinton aide': a person described by whom they are close
        # to, never cut to 'one Trump' (which would be read as Trump).
        return np
    if first > 0 and words[0].lower() in _ARTICLES and all(w.islower() for w in words[1:first]) and first > 1:
        words = words[first:]
        last -= first
    tail = words[last + 1 :]
    if tail and all(w.islower() and w not in _PARTICLE_WORDS and w.strip(".,") not in _SPEAKER_NOUNS
                    and w.strip(".,") not in ROLES for w in tail):
        words = words[: last + 1]
    return " ".join(words)


_PARTICLE_WORDS = frozenset(_PARTICLE[3:-1].split("|"))
# Determiners of one unnamed person ('one Trump confidant', 'a Clinton aide').
_ONE_DESCRIBED = frozenset(word.lower() for word in _ONE_OF_GROUP)


# ---------------------------------------------------------------- the main function


def _kind(text: str, masked: str, open_mark: int, start: int, end: int) -> str:
    words = len(text[start:end].split())
    first = text[start] if start < end else ""
    if not (first.isupper() or first.isdigit()):
        return "partial"
    before = masked[masked.rfind("\n", 0, open_mark) + 1 : open_mark].rstrip()
    opens_clause = (not before or before.endswith((":", ",", ".", "!", "?", "\u2014", "\u2013", "-", ";"))
                    or before.endswith(_MASK) or before[-1] in QUOTE_MARKS)
    return "full" if opens_clause or words >= FULL_QUOTE_MIN_WORDS else "partial"


_ALNUM_WORD = re.compile(r"\w+")
_AFTER_CLAUSE = re.compile(r"[^\x00.!?]*[,.:]\s*")
_NEXT_SENTENCE = re.compile(r"\s+[A-Z]")


def _normal_words(text: str) -> str:
    return " ".join(_ALNUM_WORD.findall(text.lower()))


class _SeenQuotes:
    """The quotations met so far (normalised words), to find a repeat without comparing all pairs.

    A repeat is an earlier text equal to the new one or, for texts over 20 characters, one
    containing it or contained in it. Both texts have at least four words, so whichever is
    contained holds its second and third words whole inside the other (its first and last may be
    cut mid-word): an index of word pairs gives the few candidates, and only they are compared
    (all pairs was quadratic).
    """

    def __init__(self) -> None:
        self.texts: list[tuple[str, int]] = []
        self.exact: dict[str, int] = {}
        self.by_pair: dict[tuple[str, ...], list[int]] = {}  # any word pair -> texts holding it
        self.by_key: dict[tuple[str, ...], list[int]] = {}  # second and third words -> texts

    def repeat_of(self, words: str) -> int | None:
        """The group id of the first earlier text this one repeats, or ``None``."""
        found = [self.exact[words]] if words in self.exact else []
        if len(words) > 20:
            tokens = words.split()
            for n in self.by_pair.get(tuple(tokens[1:3]), ()):
                if words in self.texts[n][0]:
                    found.append(n)
                    break
            for i in range(len(tokens) - 1):
                for n in self.by_key.get(tuple(tokens[i : i + 2]), ()):
                    if self.texts[n][0] in words:
                        found.append(n)
        return self.texts[min(found)][1] if found else None

    def add(self, words: str, group: int) -> None:
        """Remember a quotation that repeats nothing earlier."""
        n = len(self.texts)
        self.texts.append((words, group))
        self.exact.setdefault(words, n)
        tokens = words.split()
        self.by_key.setdefault(tuple(tokens[1:3]), []).append(n)
        for pair in dict.fromkeys(tuple(tokens[i : i + 2]) for i in range(len(tokens) - 1)):
            self.by_pair.setdefault(pair, []).append(n)


def find_quotes(article: Article) -> list[Quote]:
    """Return every quoted segment of ``article`` in text order, with speaker, verb and kind.

    Deterministic and pure; offsets index ``article.text`` (see the module docstring for what a
    quote is and how speakers are found). The quotes and tone extractors both need them for the
    same article, so each result is kept while its article lives (articles are immutable).
    """
    return list(_find_quotes_kept(article))


@per_article
def _find_quotes_kept(article: Article) -> tuple[Quote, ...]:
    return tuple(_find_quotes(article))


def _find_quotes(article: Article) -> list[Quote]:
    original = article.text
    # Speakers and marks are read from a same-length copy with NYT-style marks made curly.
    text = _normalise_marks(original)
    raw = _raw_segments(text)
    if not raw:
        return []
    masked = _masked(text, raw)
    # Segments of one quotation interrupted by a short attribution ('"A," he said. "B."') share
    # an id, so a quote is counted once.
    groups: dict[int, int] = {}
    prev_close: int | None = None
    prev_group: int | None = None
    prev_open = 0
    for o, c, g in raw:
        if prev_close is not None and g != prev_group and g not in groups and not _put_question(text, prev_open, prev_close):
            # Cheap tests first (all are pure, so the order does not change the answer); at most
            # nine words are split off to learn whether there are more than eight.
            between = "\n" if masked.find("\n", prev_close + 1, o) >= 0 else masked[prev_close + 1 : o]
            if between != "\n" and len(between.split(None, 8)) <= 8:
                clause = (_patterns()["tail_np_verb"].match(between) or _patterns()["tail_verb_np"].match(between)
                          or _patterns()["tail_np_tail_verb"].match(between))
                if clause and _AFTER_CLAUSE.fullmatch(between[clause.end() :] or ",") and not (
                        c < len(text) and text[c] in QUOTE_MARKS and _tail_attribution(text, masked, c) is not None):
                    groups[g] = groups.get(prev_group, prev_group)  # type: ignore[arg-type]
        groups.setdefault(g, g)
        prev_open, prev_close, prev_group = o, c, g
    by_group: dict[int, list[tuple[int, int]]] = {}
    for o, c, g in raw:
        by_group.setdefault(groups[g], []).append((o, c))
    verbs = reporting_verbs()
    results: list[tuple] = []  # type: ignore[type-arg]
    attr_by_group: dict[int, tuple[_Attribution | None, str | None, str | None]] = {}
    last_attributed: tuple[int, _Attribution, str | None, str | None] | None = None
    last_full = False
    seen_texts = _SeenQuotes()
    for gid in sorted(by_group, key=lambda k: by_group[k][0][0]):
        segs = by_group[gid]
        attr: _Attribution | None = None
        for o, c in segs:
            closed = c < len(text) and text[c] in QUOTE_MARKS
            # A quotation ending in a full stop ends its sentence ('... an "outlaw nation." Russia
            # insisted ...'): the next sentence names the speaker of what follows it, so the words
            # before the quotation are read first.
            ends_sentence = closed and text[o + 1 : c].rstrip().endswith(".") and _NEXT_SENTENCE.match(text[c + 1 : c + 4])
            if closed and not ends_sentence:
                attr = _tail_attribution(text, masked, c)
            if attr is None:
                # A headline or a transcript turn names its speaker in its own way.
                attr = _headline_speaker(text, masked, o) or _transcript_speaker(text, o)
            if attr is None:
                attr = _head_attribution(text, masked, _clause_start(masked, o), o)
            if attr is None and ends_sentence and not _writer_words_before(masked, o):
                # (A quotation inside the writer's sentence ends with it: 'Mr. Ryan said the
                # criticism was "the textbook definition of a racist comment." But Mr. Ryan
                # reiterated his support' -- the next sentence reports something else.)
                attr = _tail_attribution(text, masked, c)
            if attr is None:
                head_start = _clause_start(masked, o)
                colon = masked.find(":", head_start, o)
                # 'PENCE: "..."' / 'Warren: "..."', never 'Veto Power Impedes Peace: Eliminating "..."'.
                if colon > head_start and _MASK not in masked[head_start:colon] and not masked[colon + 1 : o].strip():
                    attr = _sentence_speaker(text, masked, head_start, colon + 1)
                    answer = None if attr is not None else _ANSWER_OF.search(masked, head_start, colon + 1)
                    if answer is not None:
                        # 'His response: "Well, I have people ..."': the one whose answer it is.
                        group = "np" if answer.group("np") else "pron"
                        attr = _Attribution(answer.group(group), answer.span(group), None, None, None)
                        asked = None
                        for asked in _ASKED_NAME.finditer(masked, max(0, head_start - 400), head_start):
                            pass
                        if group == "pron" and asked is not None:
                            # '... asked Trump, "...?" His response: "..."': the one asked answers,
                            # however close the asker's name is.
                            attr = _Attribution(asked.group("np"), asked.span("np"), None, None, None)
            if attr is not None:
                break
        o0 = segs[0][0]
        if attr is None:
            clause_start = _clause_start(masked, o0)
            alone = not masked[clause_start:o0].strip()
            if alone:
                # The sentence before introduces it ('..., saying:' / 'She said:').
                prev_end = clause_start
                while prev_end > 0 and masked[prev_end - 1].isspace():
                    prev_end -= 1
                if prev_end > 0:
                    prev_start = _clause_start(masked, prev_end - 1)
                    prev = masked[prev_start:prev_end]
                    if prev.rstrip().endswith(":") or _finite_verbs(prev):
                        attr = _sentence_speaker(text, masked, prev_start, prev_end)
                    if attr is None and _MASK not in prev:
                        # 'According to Peter Keating at Vanity Fair, $1.1 million is the estimated
                        # cost ... "The amount I get is ..."': the source the sentence before names
                        # goes on in the quotation after it.
                        according = _search_if("according", prev)
                        if according is not None:
                            made = _make_attr(prev, according, full=text)
                            attr = _shift(made, prev_start, text) if made is not None else None
                if attr is None:
                    # '"I'd rather have a sister in a whorehouse than a brother in the FBI." That
                    # quote from Alabama Securities Commissioner Thomas Krebs appeared ...': the
                    # sentence after a quotation standing alone names whose it is.
                    named = _QUOTE_FROM_AFTER.match(masked, segs[-1][1] + 1)
                    if named is not None:
                        group = "np" if named.group("np") else "owner"
                        attr = _Attribution(named.group(group), named.span(group), None, None, None)
                if attr is None and last_attributed is not None and (
                        last_full or masked.find("\n", last_attributed[0], o0) < 0):
                    # A run of quote paragraphs from one person ('"...," he said.' then '"..."').
                    # Not a new paragraph after one ending in a fragment ('..., saying it came
                    # after a "long day."'): that quote has no speaker nearby and stays unknown.
                    last_close, last_attr, _, _ = last_attributed
                    gap = masked[last_close:o0]
                    # Sentence ends, not full stops: 'said Rep. G.K. Butterfield (D-N.C.).' is one sentence.
                    if len(_sentence_ends(masked, last_close + 1, o0)) <= 2 and len(gap.replace(_MASK, "").split()) <= 25:
                        attr = last_attr
        if attr is None and last_attributed is not None and last_attributed[1].verb_span is not None:
            # '"A," said Rep. Steve Israel, D-N.Y. "But I do think ..."': the quotation right after
            # another one's attribution (its clause not ended, the party tag's full stops being
            # no sentence end) goes on with the same speaker.
            last_close, last_attr, _, _ = last_attributed
            said_end = max(last_attr.np_span[1], last_attr.verb_span[1])
            rest = masked[said_end:o0] if last_close <= min(last_attr.np_span[0], last_attr.verb_span[0]) <= said_end <= o0 else ""
            if rest and _MASK not in rest and "\n" not in masked[last_close:o0] and len(rest.split()) <= 2 \
                    and not _finite_verbs(rest):
                attr = last_attr
        if attr is None:
            # Last resort: the sentence holding the quote has a reporting verb with a subject
            # ('he did say he found Trump to be "very charming"', '"...," the mayor said in part').
            c_start, c_end = _clause_start(masked, o0), _clause_end(masked, segs[-1][1])
            last_o, last_c = segs[-1]
            if _writer_words_before(masked, last_o) and text[last_o + 1 : last_c].rstrip().endswith(".") \
                    and _NEXT_SENTENCE.match(text[last_c + 1 : last_c + 4]) and _MASK not in masked[last_c + 1 : c_end]:
                # A full stop inside the closing mark ends the writer's sentence there: the next
                # sentence ('... a racist comment." But Mr. Ryan reiterated his support') is no
                # part of the clause that holds the quotation. (Unless it quotes on: 'The comment
                # was "...." It was "...," LaBolt said.' is one speaker's words, named at the end.)
                c_end = last_c + 1
            attr = _sentence_speaker(text, masked, c_start, c_end)
            semicolon = masked.find(";", last_c, c_end)
            if attr is not None and attr.verb_span is not None and 0 <= semicolon < attr.verb_span[0]:
                # A semicolon after the quotation joins a clause with its own subject and verb ("Trump
                # tries new 'chapter' in campaign; ..., many in GOP reaffirm their opposition"): that
                # verb reports nothing about the quotation, which keeps only the subject of its own
                # clause (the headline's Trump).
                attr = _Attribution(attr.np, attr.np_span, None, None, attr.appos) if attr.np_span[1] <= o0 else None
        if attr is None:
            # The person the sentence is about, when its verb is one of speaking, writing or
            # thinking ('Christie refers to the candidate as "Mr. Trump"', 'Trump continued to
            # portray "illegal" immigrants as ...'): PolNeAR's annotators credit the subject.
            c_start, c_end = _clause_start(masked, o0), _clause_end(masked, segs[-1][1])
            if _speech_act_of_subject(masked, c_start, c_end, o0) and not _RELATIVE.search(masked, c_start, o0) \
                    and not text[max(0, o0 - 2) : o0].rstrip().endswith("("):
                # (Not a quotation opening a parenthesis: 'who picked up with Article 1, Section 1
                # ("All legislative powers ...")' glosses the noun before it, the document's words.)
                # (Not across ', which ...': the relative clause's verb has its own subject.)
                subject = _subject_attr(masked[c_start:o0], text)
                if subject is not None and not (subject.np.lower() in {"it", "there"}
                                                and _IMPERSONAL_PASSIVE.match(masked, c_start + subject.np_span[1])):
                    # ('It was decided ... referred to as "..."': an impersonal "it" says nothing.)
                    attr = _shift(subject, c_start, text)
        made = _MADE_TO_SAY.search(masked, max(0, o0 - 120), o0) or _OWN_LABEL.search(masked, max(0, o0 - 120), o0)
        if made is not None and (made.re is _OWN_LABEL or made.group("np").split()[-1] in _ROLE_WORDS
                                 or made.group("np")[0].isupper()):
            # 'drove Smith to say his remarks were "..."', 'Sotomayor referring to herself as "..."':
            # the one made to say the words, or the one naming themselves, whatever verb comes before.
            # ('the outcry forced the senator to call ...' only with a role noun: 'the party' is no one.)
            verb_span = made.span("verb") if "verb" in made.re.groupindex else None
            if made.re is _OWN_LABEL and made.group("act") in reporting_verbs():
                # ('by declaring himself the "comeback kid"': the participle is the verb of saying.)
                verb_span = made.span("act")
            said_verb = text[verb_span[0] : verb_span[1]] if verb_span else None
            attr = _Attribution(made.group("np"), made.span("np"), said_verb, verb_span, None)
        owned = _WORDS_OWNED_BEFORE.search(masked, max(0, o0 - 120), o0)
        if owned is not None and not _is_title(text[slice(*_inner(text, o0, segs[0][1]))], min_words=1):
            # 'Mr. Obama's lyrical rejection of "a politics of cynicism"', 'Smith mocked Trump's call
            # for "a total and complete shutdown"': the owner of the act of speaking said the words.
            group = "np" if owned.group("np") else "pron"
            attr = _Attribution(owned.group(group), owned.span(group), None, None, None)
        if attr is None and last_attributed is not None:
            attr = _continued_voice(masked, last_attributed[0], last_attributed[1], o0)
        if attr is not None:
            # 'Boehner also dismissed David Axelrod's comment on Sunday that House Republicans are
            # under a "reign of terror"', 'When Mr. Biden went after Mr. Romney's infamous remark
            # ... about the "47 percent"': the words are those of the person whose remark is
            # reported, wherever the reporting verb stands in the clause.
            remark = None
            for remark in _REMARK_OF.finditer(masked, _clause_start(masked, o0), o0):
                pass
            # Only the remark's content ('comment ... that ...', 'remark about the "..."'), not a
            # verdict on it ('called Mr. Obama's remarks "a true wake-up call"', the caller's).
            owner = None
            if remark is not None and remark.group("pron"):
                # 'hammered Mitt Romney over his secretly videotaped comment in which he said':
                # "his" is the person named last before it in the clause.
                # ('Rick Santorum on Sunday tried to clarify his comment': a day dates the clause, it owns nothing.)
                for found in _NAME_ANYWHERE.finditer(masked, _clause_start(masked, o0), remark.start()):
                    if found.group(0) not in _WEEKDAYS:
                        owner = found
            else:
                owner = remark
            if remark is not None and attr.verb and attr.np_span[0] >= remark.end() \
                    and attr.np.lower() not in _PRONOUNS and not attr.verb.lower().endswith(_PARTICIPLE_END):
                # 'After Ryan finished his opening statement, responding to a question about ...,
                # Biden responded: "..."': a subject named after the remark, with its own verb of
                # saying, introduces the quotation. ('in which he said', 'claiming' stay the remark's.)
                owner = None
            if owner is not None and attr.verb and attr.verb_span is not None and attr.verb_span[1] <= remark.start() \
                    and attr.verb.split()[0].lower() in _VERDICT_VERBS:
                # 'Speaker Paul D. Ryan ... called Donald J. Trump's remarks about a Latino judge
                # "racist"': a verdict the subject passes on the remark (call it X), the caller's word.
                owner = None
            if owner is not None and _VERDICT_AS.search(masked, remark.end(), o0):
                # 'Manafort dismissed criticism of Mr. Trump's comments about Ms. Khan as "Clinton
                # talking points"': the words after "as" are a verdict on the remark, the subject's.
                owner = None
            if owner is not None and _MASK not in masked[remark.end():o0] and (
                    _THAT.search(masked, remark.end(), o0) or _ABOUT_END.search(masked, remark.end(), o0)):
                group = "np" if owner is remark else 0
                # ('Perhaps Mr. Comey's most surprising suggestion': the adverb opens the sentence.)
                o_start, o_end = _clean_np(masked, owner.start(group), owner.end(group))
                attr = _Attribution(masked[o_start:o_end], (o_start, o_end), None, None, None)
        if attr is not None:
            attr = _challenger(text, masked, attr)
            attr = _asker(text, masked, attr, o0, segs[-1][1])
        if attr is not None and _put_question(text, o0, segs[-1][1]):
            # 'Asked point-blank, "Is that picture you?" Weiner replied': the question put to the
            # person who replies, by someone the text does not name.
            attr = None
        speaker, role = (None, None)
        quoted_words = " ".join(text[slice(*_inner(text, o, c))] for o, c in segs)
        if _names_a_show(text, o0, segs[-1][1], quoted_words) or _names_a_policy(text, o0, segs[-1][1], quoted_words) \
                or _names_a_work(text, o0, quoted_words) or _names_a_nickname(text, o0, segs[-1][1], quoted_words):
            # A programme's or a policy's name ('said on CNN's "American Morning"', 'the military's
            # "don't ask, don't tell" policy', a nickname inside a name: 'John "Tig" Tiegen'): what
            # the thing or the person is called, nobody's words, so no quotation at all; listed, it
            # is a quotation without a speaker or one given to the sentence's subject. (A title or a
            # label stays a quotation without a speaker, below.)
            continue
        if attr is not None and attr.verb and len(quoted_words.split()) <= 3 \
                and text[segs[-1][1] - 1 : segs[-1][1]].isalnum() \
                and _REMARK_NOUN_AFTER.match(text, segs[-1][1] + 1) \
                and not _POSSESSIVE_BEFORE.search(text, max(0, o0 - 40), o0):
            # 'Romney calls on Rep. Akin to drop Senate bid over 'rape' comments': the quotation
            # names remarks, not the subject's words; they are those of the person named after
            # the subject (the one criticised over them), else unknown. (A headline's 'Santorum:
            # 'Phony theology' comment ...' names him by its colon: no verb.)
            index = _name_index(masked)
            people = [m for m in (_Mention(start, start + parts[1], parts[2], parts[3], parts[4])
                                  for start, parts in zip(index.starts, index.parts) if attr.np_span[1] <= start < o0)
                      if _may_be_person(m, index) and not m.possessive][-1:]
            attr = _Attribution(text[people[0].start : people[0].end], (people[0].start, people[0].end), None, None,
                                None) if people else None
        if attr is not None and _TITLE_BEFORE.search(text, max(0, o0 - 20), o0) \
                and _is_title(" ".join(text[slice(*_inner(text, o, c))] for o, c in segs)):
            # A show's, book's or cover's title, named rather than said ('the magazine portrayed
            # Romney as one of the stars of the Broadway show "The Book of Mormon."', 'a story
            # called "The Queen of Rage"'). A title inside someone's words or after "as" stays
            # theirs ('an episode of "Shark Tank"', 'refers to him as "Mr. Trump"').
            attr = None
        if attr is not None and (_LABEL_BEFORE.search(text, max(0, o0 - 40), o0)
                                 or _LABEL_AFTER.match(text, segs[-1][1] + 1)
                                 or (_STANCE_ON.search(text, max(0, o0 - 80), o0) and owned is None)
                                 or _names_programme(text, o0, segs[-1][1],
                                                     " ".join(text[slice(*_inner(text, o, c))] for o, c in segs))
                                 or _names_a_thing(text, o0, segs[-1][1],
                                                   " ".join(text[slice(*_inner(text, o, c))] for o, c in segs))):
            # A name given to something, not words anyone says: the motto a vote reaffirms
            # ('reaffirming the national motto, "In God We Trust"'), a label ('known as "Obamacare"',
            # 'the "Ground Zero mosque" label'). Not "so-called": PolNeAR credits the sentence's
            # subject there ('Mr. Trump has called for taxing so-called 'pass through' income').
            attr = None
        if attr is not None and attr.verb and _DOCUMENT_READS.fullmatch(attr.np + " " + " ".join(attr.verb.split())):
            # '"* This common phrase does not appear in the Bible," it read': a transcript's or
            # an editor's note, not the words of the person last named.
            attr = None
        if attr is not None and _POSSESSIVE_END.search(attr.np):
            body = _OWNED_BODY.match(text, attr.np_span[1])
            if body is not None:
                # 'Weiner's office initially said ...', 'Blumenthal's campaign disputed ...': the
                # office or campaign speaks, not the person whose it is.
                attr = _Attribution(text[attr.np_span[0] : body.end()], (attr.np_span[0], body.end()),
                                    attr.verb, attr.verb_span, attr.appos)
        if attr is not None:
            speaker, role = _describe(text, attr, masked)
            speaker = _without_leading_initial(speaker)
            if speaker is None and attr.np.lower() not in _PRONOUNS:
                attr = None
            elif speaker is not None and names_outlet(speaker, article):
                # The reporting outlet is never a voice it gives ('... subject line, "conference
                # call."' after 'Fox News confirmed', in Fox's own story): unknown, not guessed.
                speaker, role, attr = None, None, None
            document = _THE_DOCUMENT.fullmatch(attr.np.strip()) if attr is not None else None
            if document is not None and last_attributed is not None:
                # 'In a letter signed by the 42 members ..., the Republicans informed ... "..."
                # The letter goes on: "..."': the letter the sentence before quoted is its authors'
                # words, who are already a voice, not a voice of its own.
                prev_close, prev_attr, prev_speaker, prev_role = last_attributed
                prev_start = _clause_start(masked, min(prev_attr.np_span[0], prev_close))
                noun = document.group("noun").lower()
                if re.search(rf"\b{noun}\b", masked[prev_start:prev_close], re.I) \
                        and masked.count("\n", prev_close, o0) <= 2:
                    speaker, role = prev_speaker, prev_role
                    # (The span shows where they are named; "The letter" does not name them.)
                    attr = _Attribution(prev_attr.np, prev_attr.np_span, attr.verb, attr.verb_span, attr.appos)
            if attr is not None and attr.verb and attr.np.strip() in {"It", "it"} and last_attributed is not None \
                    and _is_body_name(last_attributed[2]) and masked.count("\n", last_attributed[0], o0) <= 2 \
                    and len(_sentence_ends(masked, last_attributed[0], attr.np_span[0])) <= 1 \
                    and (_sentence_opening(masked, attr.np_span[0])
                         or (attr.np_span[0] >= segs[-1][1] and not any(ch.isalnum() for ch in masked[segs[-1][1]:attr.np_span[0]]))):
                # '"...," the company wrote in its statement. / It added, "We want no part ..."':
                # "it" after a body's quotation is that body going on, never a person; only an "it"
                # opening its sentence or right after the quotation ('when a national outlet,
                # Slate magazine, produced a profile ..., it said' is Slate, not the body before). (The span
                # stays on "it", as a pronoun's does.)
                speaker, role = last_attributed[2], last_attributed[3]
        verb = verb_lemma = stance = None
        verb_span = None
        if attr is not None and attr.verb and attr.verb_span is not None \
                and _noun_of_speech(masked, attr.verb_span[0], attr.verb):
            # 'a fairly measured comment', 'a personally signed tweet', 'Mr. Trump's more divisive
            # remarks': a noun naming the words, which still tells whose they are, no verb of saying.
            attr = _Attribution(attr.np, attr.np_span, None, None, attr.appos)
        if attr is not None and attr.verb:
            verb = " ".join(attr.verb.split())
            stance, verb_lemma = verbs.get(verb.lower(), (None, None))
            verb_span = attr.verb_span
        first_inner = _inner(text, segs[0][0], segs[0][1])
        kind = _kind(text, masked, segs[0][0], *first_inner)
        if attr is not None and speaker is not None:
            last_attributed = (segs[-1][1], attr, speaker, role)
            last_full = kind == "full"
        words = _normal_words(" ".join(text[slice(*_inner(text, o, c))] for o, c in segs))
        repeat_of = None
        if words and len(words.split()) >= 4:
            repeat_of = seen_texts.repeat_of(words)
            if repeat_of is None:
                seen_texts.add(words, gid)
        attr_by_group[gid] = (attr, speaker, role)
        for o, c in segs:
            start, end = _inner(text, o, c)
            if start >= end:
                continue
            results.append((
                start, end, original[start:end], gid, kind, speaker,
                attr.np_span if attr is not None and speaker is not None else None,
                verb,
                verb_span, verb_lemma, stance, role, repeat_of, o, c,
            ))
    # Fields in Quote's order; each Quote is built once, after the renumbering.
    results.sort(key=lambda r: (r[0], r[1]))
    # Renumber quotations 0..n-1 in text order so ids are stable and readable.
    order: dict[int, int] = {}
    for r in results:
        order.setdefault(r[3], len(order))
    return [
        Quote(r[0], r[1], r[2], order[r[3]], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11],
              order.get(r[12]) if r[12] is not None else None, r[13], r[14])
        for r in results
    ]


_LEADING_INITIAL = re.compile(r"[A-Z]\.\s+(?=[A-Z][a-z]+\s+[A-Z])")


# A document named again by 'the' ('The letter goes on:'), whose authors an earlier sentence gave.
_THE_DOCUMENT = re.compile(r"(?:the|The)\s+(?P<noun>letter|statement|memo|e-mail|email|release|op-ed)")


def _without_leading_initial(name: str | None) -> str | None:
    """'A. Barry Rand' -> 'Barry Rand': a person known by the name after a leading initial, as the
    cast (:mod:`biaslens.cast`) and other outlets name him; 'H. Ross Perot' is Ross Perot."""
    if name is None:
        return None
    m = _LEADING_INITIAL.match(name)
    return name[m.end():] if m is not None else name


# A word or phrase named as such right before the quotation ('the word "cuts"').
_WORD_AS_WORD = re.compile(r"\b(?:word|words|term|phrase|label)\s*$")
# A pronoun for someone other than one earlier speaker ('They argued ...', 'I asked ...').
_PRONOUN_OTHER = re.compile(r"(?<![\w\u2019'-])(?:I|[Ww]e|[Tt]hey|[Yy]ou)(?![\w\u2019'-])")


def _continued_voice(masked: str, last_close: int, last_attr: _Attribution, open_mark: int) -> _Attribution | None:
    """The speaker of the quotation just before, for a quotation in the very next sentence that
    names no one: '"Well, which is it?" Scalia asked. Either individual managers are on their
    own, "or else a strong corporate culture tells them what to do."', '"...," Boutrous said.' /
    'He pointed to ... managers who "are alleged to be both discriminators and victims."'. The
    writer goes on paraphrasing the same speaker and quotes him again; a sentence that names
    anyone else (a capitalised word after its first) may be about that person, and stays unknown.
    """
    c_start = _clause_start(masked, open_mark)
    if c_start <= last_close or _MASK in masked[last_close:open_mark]:
        return None
    # The sentence right after the earlier quotation's own ...
    if len(_sentence_ends(masked, last_close + 1, open_mark)) > 1:
        return None
    first = _WORD.search(masked, c_start, open_mark)
    if first is None:
        # A quotation opening its sentence: the same speaker goes on in the same paragraph
        # ('"...," said Don Fowler, who helmed the DNC from 1995 to 1997, ... "I think ..."').
        return last_attr if "\n" not in masked[last_close:open_mark] else None
    # ... in the same paragraph, or in the next one with "he"/"she" as its subject: a new
    # paragraph about something else ('The article closes with ... the woman's "head."') is not.
    if "\n" in masked[last_close:open_mark] and (first.group(0) not in ("He", "She")
                                                  or masked.count("\n", last_close, open_mark) > 2):
        return None
    # No one else named: not after its first word either, unless that word is capitalised only
    # as the sentence's opener ('Either', never 'Trump walked onto the stage, chanting "..."').
    if _NAME_ANYWHERE.search(masked, first.end(), open_mark) or _PRONOUN_OTHER.search(masked, c_start, open_mark) \
            or first.group(0) in _midsentence_caps(masked):
        return None
    if _WORD_AS_WORD.search(masked, max(c_start, open_mark - 12), open_mark):
        return None  # 'Though he doesn't use the word "cuts,"': a word named, not said
    return last_attr


# 'Elliott Maynard, a Republican trying to unseat Representative Nick J. Rahall II, a Democrat, ...
# said': the person run against is the object of the appositive's verb, not the subject.
_AGAINST = re.compile(rf"(?P<np>{_NAME}),\s+[^,\x00]{{0,80}}?(?<![\w\u2019'-])(?:unseat|unseating|oust|ousting|defeat|"
                      r"defeating|topple|toppling|challenge|challenges|challenging|(?:run|runs|running|ran)\s+against)"
                      r"\s+$")


def _challenger(text: str, masked: str, attr: _Attribution) -> _Attribution:
    """The challenger, when ``attr`` names the person a named challenger runs against, else ``attr``."""
    start = _clause_start(masked, attr.np_span[0])
    m = _AGAINST.search(masked, start, attr.np_span[0])
    if m is None or _MASK in m.group():
        return attr
    return _Attribution(m.group("np"), (m.start("np"), m.end("np")), attr.verb, attr.verb_span, None)


_ASK = re.compile(r"(?<![\w\u2019'-])(?:ask|asks|asked|asking)\b")
# 'asked the congressman if he supported the "Obama agenda"': an indirect question up to the quote.
_INDIRECT_QUESTION = re.compile(r"(?<![\w\u2019'-])(?:ask|asks|asked|asking)\b[^\x00.!?]{0,80}?\b(?:if|whether)\b[^\x00.!?]*$")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be)\b")


def _speech_act_of_subject(masked: str, start: int, end: int, open_mark: int) -> bool:
    """True when the clause ``masked[start:end]`` has a verb of speaking its subject may have used.

    'Etheridge grabbed the "student" after he asked ...': an asking after the quotation is a
    question someone else put, not the subject's naming of the words.
    """
    return any(not (m.start() > open_mark and _ASK.match(masked, m.start()))
               # ('the FBI was warned about ...': the subject was told, it told nobody.)
               and not _passive(masked[max(start, m.start() - 30) : m.start()], m.group())
               for m in _SPEECH_ACT.finditer(masked, start, end))


def _asker(text: str, masked: str, attr: _Attribution, open_mark: int, close: int) -> _Attribution | None:
    """The attribution of a quotation that is a question put to someone, or ``attr`` unchanged.

    A question's words are the questioner's: 'the man ... asked if he supported the "Obama
    agenda"' quotes the man, not the congressman the sentence is about, and '"Do you ...?"
    Etheridge was asked' does not quote Etheridge. The asker is the phrase right before "asked";
    when that is a pronoun or missing ('and asked if ...') the speaker stays unknown rather than
    guessed. An asking later in the sentence ('grabbed the "student" after he asked ...') is
    someone else's question, not the source of the quoted words.
    """
    if attr.verb and attr.verb_span and _ASK.match(attr.verb.lower()):
        if attr.np_span[1] <= attr.verb_span[0] and _PASSIVE.search(masked, attr.np_span[1], attr.verb_span[0]):
            return None
        first = min(attr.np_span[0], attr.verb_span[0])
        if first > close and _WORD.search(masked, close + 1, first):
            return None
    c_start = _clause_start(masked, open_mark)
    question = _INDIRECT_QUESTION.search(masked, c_start, open_mark)
    if question is None:
        return attr
    if attr.verb_span is not None and attr.verb_span[0] == question.start():
        asker_end = attr.np_span[1]
        if attr.np.lower() not in _PRONOUNS and asker_end <= question.start() \
                and not masked[asker_end:question.start()].strip(" ,"):
            return attr  # 'the reporter asked whether "..."': the asker is named
    before = masked[c_start : question.start()]
    np_match = _search_before("np_end_tight", before)
    if np_match is None or np_match.group("np").lower() in _PRONOUNS or _MASK in np_match.group("np"):
        return None
    verb_start = question.start() - c_start
    verb_end = verb_start + len(question.group().split()[0])
    return _shift(_Attribution(np_match.group("np"), (np_match.start("np"), np_match.end("np")),
                               text[question.start() : c_start + verb_end], (verb_start, verb_end), None),
                  c_start, text)


_OWNER = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?(?P<owner>.+?)(?:[\u2019']s|s[\u2019'])$")


def _body_words(name: str) -> list[str]:
    words = name.lower().split()
    return words[1:] if words[:1] == ["the"] else words


def _shortened_body(speaker: str, speakers: Iterable[str]) -> str:
    """The longer name among ``speakers`` that ``speaker`` shortens by leaving out middle words,
    else ``speaker``: 'the Democratic committee' is 'the Democratic National Committee' (the same
    first and last word, the rest in order); a person's two names are never read this way."""
    short = _body_words(speaker)
    if len(short) < 2 or short[-1] not in ORG_HEADS:
        return speaker
    for other in sorted(speakers):
        long = _body_words(other)
        if len(long) > len(short) and long[0] == short[0] and long[-1] == short[-1]:
            rest = iter(long[1:-1])
            if all(word in rest for word in short[1:-1]):
                return other
    return speaker


def same_voice(speaker: str, speakers: Iterable[str]) -> str:
    """The speaker among ``speakers`` whose office, campaign or staff ``speaker`` names, else ``speaker``.

    'Mr. Seel’s office' beside 'Carl Seel' in one article is one voice: a release from his office
    speaks for him, so "people quoted" counts him once (the cast merges them in the tables too).
    """
    owned = _OWNED_BODY.search(speaker)
    if owned is None or owned.end() != len(speaker):
        return _shortened_body(speaker, speakers)
    head = _OWNER.match(speaker[: owned.start()].strip())
    if head is None:
        return speaker
    surname = head.group("owner").split()[-1]
    return next((other for other in sorted(speakers) if other != speaker and other.split()[-1] == surname
                 and _OWNED_BODY.search(other) is None), speaker)


def quote_spans(article: Article) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every quoted segment (marks excluded), in text order.

    For measures that separate the writer's own words from the words of the people quoted.
    """
    return [(q.start, q.end) for q in find_quotes(article)]


def person_meant(text: str, at: int, pronoun: str) -> str | None:
    """The person a "he" or "she" at ``text[at]`` stands for, by the rule speakers use: the nearest
    earlier person named at the start of a clause, of the pronoun's gender when known ("Akin said
    he would continue campaigning because he still believed ..." -> "Todd Akin"). ``None`` for
    another pronoun or when no one fits; the fullest form of the name the article uses."""
    lowered = pronoun.lower()
    if lowered not in {"he", "she"}:
        return None
    masked, index = _pronoun_index(text)
    if masked[at:at + 1] == _MASK:
        return None  # inside a quotation: the speaker's "he" may be anyone the speaker has in mind
    target = _resolve_pronoun(at, index, plural=False, pronoun=lowered, masked=masked)
    if target is None:
        return None
    words = _without_institution(_fullest_name(target.name, index)).split()
    # "Democrat Hillary Clinton": a party word before the name is a description, and hides the
    # given name whose gender must agree with the pronoun.
    while words and words[0].lower().rstrip(".") in _PARTY_MEMBERS | {"democratic", "gop", "sen", "rep", "gov"}:
        words = words[1:]
    if not words or all(len(w.strip(".")) < 3 for w in words) or is_place_name(" ".join(words)):
        return None  # "Va.": a state's abbreviation, no person
    given = words[0].lower() if len(words) > 1 else ""
    if (lowered == "he" and given in _FEMALE_NAMES) or (lowered == "she" and given in _MALE_NAMES):
        return None
    # A source shown by name must be one the reader has just met: its surname within the last few
    # sentences (not a byline at the top), and a lone word named more than once ("Harsh? He doesn't
    # think so." names no one called Harsh).
    surname = re.compile(rf"(?<![\w’'-]){re.escape(words[-1])}(?![\w’'-])")
    if surname.search(text, max(0, at - _PRONOUN_REACH), at) is None or (len(words) == 1 and len(surname.findall(text)) < 2):
        return None
    return " ".join(words)


#: How far back (characters, about four news sentences) the person a pronoun source stands for must be named.
_PRONOUN_REACH = 600


@lru_cache(maxsize=8)
def _pronoun_index(text: str) -> tuple[str, _NameIndex]:
    # The names of one article, read once for all its pronouns (quoted words masked, as for speakers).
    marked = _normalise_marks(text)
    raw = _raw_segments(marked)
    masked = _masked(marked, raw) if raw else marked
    return masked, _name_index(masked)


__all__ = ["Quote", "QUOTE_MARKS", "find_quotes", "person_meant", "quote_spans", "reporting_verbs"]
