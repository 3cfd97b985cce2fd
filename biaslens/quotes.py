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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from .records import Article

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
    ``quote_id`` of an earlier identical quote (a pull quote) or ``None``.
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
    forms = sorted(reporting_verbs(), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + r")\b"


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

# Verbs of speaking, writing, naming or thinking (any form) that make a sentence's subject the
# source of a quoted phrase in it, even when they do not introduce the quote themselves.
_SPEECH_ACT = re.compile(
    r"(?<![\w\u2019'\-])(?:refer|describ|portray|call|nam(?:e|ed|es|ing)\b|term|label|dub|brand|promot|promis|"
    r"pledg|vow|project|predict|warn|accus|attack|criticiz|prais|tout|boast|brag|claim|argu|insist|suggest|say|"
    r"said|tell|told|talk|speak|spoke|tweet|post(?:s|ed|ing)\b|wrote|writ|email|text(?:s|ed|ing)\b|chant|yell|"
    r"shout|sang|sing(?:s|ing)?\b|jok|mock|dismiss|defend|denounc|condemn|blam|slam|blast|lament|complain|urg|"
    r"ask|question|answer|repl|respond|counter|continu|went\s+on|vent|riff|quip|express|voic|characteriz|invok|"
    r"cit(?:e|ed|es|ing)\b|quot|echo|repeat|recall|remind|declar|announc|proclaim|admit|acknowledg|conced|deni|"
    r"deny|assert|maintain|contend|believ|think|thought|fear|hope|feel|felt|worr|doubt|consider|regard|deem|"
    r"want|wish|seek|sought|intend|threaten|demand|implor|beg(?:s|ged|ging)?\b|encourag|challeng|hail|welcom|"
    r"thank|apologiz|congratulat|releas|issu|publish|read(?:s)?\b|titl|launch|featur|highlight|stress|"
    r"emphasiz|underscor|not(?:e|ed|es|ing)\b|observ|point(?:s|ed|ing)?\s+out|add(?:s|ed|ing)?\b|conclud)"
    r"\w*", re.I)

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
# Honorifics: stripped from names, not roles.
_HONORIFICS = ("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame", "lord")
# Head nouns of unnamed or collective speakers ("a senior administration official", "analysts").
_SPEAKER_NOUNS = (
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "source",
    "sources", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "analyst", "analysts",
    "expert", "experts", "economist", "economists", "statement", "report", "reports", "campaign",
    "administration", "government", "ministry", "department", "agency", "lawyer", "lawyers",
    "attorney", "attorneys", "critics", "supporters", "observers", "diplomat", "diplomats",
    "leader", "leaders", "president", "minister", "secretary", "senator", "governor", "candidate",
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
}
_PREPOSITIONS = {"in", "at", "from", "to", "with", "for", "of", "between", "on", "into", "across", "about",
                 "against", "toward", "towards", "by", "near", "than", "like", "visit", "visited", "visiting"}

# A capitalised word, a known abbreviation with its dot, or initials (U.S.); never a sentence's
# final full stop, so a name cannot run on into the next sentence.
_CAPWORD = (r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Rev|Prof|Capt)\.|[A-Z]\.(?:[A-Z]\.)+|[A-Z]\.(?=[ \t]+[A-Z])|"
            r"[A-Z][\w\u2019'\-]*(?<![\u2019'])(?:[\u2019']s)?)")
_PARTICLE = r"(?:de|da|del|van|von|der|den|bin|al|la|le|di|du|of)"
_NAME = rf"(?<![\w\u2019'\-]){_CAPWORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_CAPWORD})*"
_PRON = r"(?<![\w\u2019'])(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|I|[Ww]e)\b"
_DET = (r"(?:the|a|an|one|another|two|three|several|some|many|other|his|her|their|its|my|our|your|this|these|those|"
        r"The|A|An|One|Another|Two|Three|Several|Some|Many|Other|His|Her|Their|Its|My|Our|Your|This|These|Those)")
_MOD = r"(?:(?!(?:and|or|but|that|which|who|whom|whose|what|where|when|why|how|while|if|because|said|says|told|to|of|in|on|at|by|for|with|as)\b)[\w\u2019'\-\.]+\s+)"
_NOUN = "(?:" + "|".join(sorted(_SPEAKER_NOUNS, key=len, reverse=True)) + r")\b"
_DESC = rf"(?<![\w\u2019'\-])(?:{_DET}\s+)?{_MOD}{{0,4}}{_NOUN}(?:\s+(?:for|of|at|with|from|in|to)\s+(?:the\s+)?{_NAME})?"
_NP = rf"(?:(?:(?:the|The)\s+)?{_NAME}|{_DESC}|{_PRON})"
_ADVERBS = (r"(?:also|later|then|has|had|have|recently|once|previously|again|further|quickly|simply|"
            r"reportedly|would|will|has\s+also|had\s+also|in\s+turn|meanwhile|repeatedly|often|privately|"
            r"publicly|earlier|frequently|once\s+again|went\s+on\s+to|is|was|were|are|been|being|did|does|do|"
            r"could|might|may|must|should|can|would\s+have|has\s+been|had\s+been|even|first|last|flatly|"
            r"bluntly|angrily|proudly|openly|recently|reportedly|still|never|now|already|usually|always|"
            r"in\s+particular|too)")
# Any noun phrase with a determiner and a lower-case head ('the mayor', 'one questioner', 'several
# environmental groups', 'The commission'): allowed only where a subject must stand (right before
# a reporting verb, or opening a clause before a verb), never as a free-standing name.
_CLAUSE_WORDS = r"(?:and|or|but|that|which|who|whom|whose|what|where|when|why|how|while|if|because|said|says|told|to|of|in|on|at|by|for|with|as|from|about|after|before|during)"
_GDESC = (rf"(?<![\w\u2019'\-]){_DET}\s+(?:(?!(?:{_ADVERBS}|{_CLAUSE_WORDS}|{_DET})\b)[\w\u2019'\-\.]+\s+){{0,3}}"
          rf"(?!(?:{_ADVERBS}|{_CLAUSE_WORDS}|{_DET})\b)[a-z][\w\-]*(?![\w\u2019'])")
# A dateline opening an article: 'LOS ANGELES, Sept. 28 (UPI) — ', 'WASHINGTON -- '.
_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'\- ]{2,}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)*(?:,?\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?"
                       r"\s*(?:\([^)]{1,20}\))?\s*(?:--|[\u2014\u2013-])\s*")
_ABBREV = r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Jr|Sr|St|Rev|Prof|Capt|U\.S|U\.K|U\.N|No|Inc|Corp|Co|vs|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)"
# A general noun phrase, for the slots right after a quotation where only a speaker can stand
# ('"...," said one New Hampshire Democrat' / '"...," the conference speaker says'): any words,
# but no clause words, so it cannot run into the next clause.
_GWORD = (r"(?!(?:that|which|who|whom|when|if|because|is|was|were|are|has|have|had|and|but|or|to|in|on|at|"
          r"during|after|before|while|as|about|from|for|with|of|familiar|it|he|she|they|we|I|said|says|told)\b)"
          r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Jr|Sr|St|Rev|Prof|Capt)\.|[A-Z]\.(?:[A-Z]\.)*|[\w\-\u2019'&/]+)")
_GNP = rf"(?<![\w\u2019'\-])(?:{_GWORD}[ \t]+){{0,5}}{_GWORD}"
_ABBREV_BEFORE = re.compile(rf"(?:\b{_ABBREV}|\b[A-Z])$")
_END_CANDIDATE = re.compile(r"[.!?][\"\u201d\u2019']?(?=\s+[^a-z\s]|\s*$)")


def _sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets just after each sentence-final mark in ``text[start:end]`` (abbreviations skipped)."""
    out = []
    for m in _END_CANDIDATE.finditer(text, start, end):
        if text[m.start()] == "." and _ABBREV_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue
        out.append(m.end())
    return out


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    # Verbs match in any case ("Said Trump" opens some sentences); names must be capitalised.
    # Lower case only: "the United States" is not the verb "states".
    verb = _verb_pattern()
    finite = "(?!\\w+ing\\b)" + _verb_pattern()
    # A party and state ('Sen. Rand Paul (R-Ky.)') or an affiliation ('Mr. Morgan of the Sierra
    # Club') may follow a name before the verb.
    appos = (r"(?:\s*\([A-Z][\w.\-]{0,6}(?:[\-,]\s?[\w.]{1,12})?\))?(?:\s+of\s+(?:the\s+)?" + _NAME + ")?"
             r"(?P<appos>(?:,\s*[^,\x00\u201c\u201d\"]{2,100}?){1,2},)?")
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
        # "..., said Trump" (a participle here starts a new clause: '..." adding that ...')
        "tail_verb_np": re.compile(rf"^[\s,\u2014\u2013-]*(?P<verb>{finite})\s+(?P<np>{_NP})"),
        # "..., according to the White House"
        # 'As The New Yorker put it, "..."' (the idiom names its source before the quotation).
        "as_put_it": re.compile(rf"(?<![\w])[Aa]s\s+(?P<np>{_NP}){appos}(?:\s+{_ADVERBS})*\s+(?P<verb>put\s+it)\b"),
        "according": re.compile(rf"(?P<verb>[Aa]ccording\s+to)\s+(?P<np>{_NP})"),
        "verb_anywhere": re.compile(rf"(?<![\w\u2019'-])(?P<verb>{verb})"),
        # 'McConnell, now the Senate majority leader, who in 2010 said': the relative pronoun's
        # antecedent speaks.
        "np_who": re.compile(rf"(?P<np>{_NP})(?:\s*\([^)\x00]{{1,30}}\))?(?:,\s*[^,\x00\u201c\u201d\"]{{2,100}}?){{0,2}},?\s+who(?:\s+[^,\x00]{{0,25}}?)?\s*$"),
        "np_end": re.compile(rf"(?P<np>{_NP}){appos}(?:\s*,\s*\w+\s*,)?(?:\s+{_ADVERBS})*\s*$"),
        # ... where a clause starts: 'At a press conference in Chelsea, the mayor also said'.
        "np_end_g": re.compile(rf"(?:^|[,;:\u2014]\s*|\b(?:and|but|that|when|while|as|after|because)\s+)\s*"
                               rf"(?P<np>{_GDESC}){appos}(?:\s+{_ADVERBS})*\s*$"),
        # A determiner phrase opening a clause, followed by something that looks like its verb.
        "np_subject_g": re.compile(rf"^\s*(?P<np>{_GDESC})(?=(?:\s*\([^)]{{1,40}}\))?(?:,[^,\x00]{{2,100}}?,)?(?:\s+{_ADVERBS})*"
                                   rf"\s+(?:{verb[3:-3]}|\w+ed\b|\w+s\b))"),
        "np_end_tight": re.compile(rf"(?P<np>{_NP})(?:\s+{_ADVERBS})*\s+$"),
        "np_subject": re.compile(rf"^\s*{intro}(?P<np>{_NP})"),
        "np_after": re.compile(rf"^\s*(?P<np>{_NP})"),
    }


# ---------------------------------------------------------------- quotation marks


def _is_alnum(ch: str | None) -> bool:
    return ch is not None and ch.isalnum()


def _mark_roles(text: str, i: int, p_start: int, p_end: int) -> tuple[str, bool, bool]:
    """Return (family, can_open, can_close) for the quotation-mark candidate at ``i``."""
    ch = text[i]
    prev = text[i - 1] if i > p_start else None
    nxt = text[i + 1] if i + 1 < p_end else None
    space_before = prev is None or prev.isspace() or prev in "([{\u2014\u2013-/:"
    space_after = nxt is None or nxt.isspace() or nxt in ",.;:!?)]}\u2014\u2013-\u2026"
    if ch in DOUBLE_MARKS:
        if ch in "\u201c\u00ab\u201e":
            return "double", True, False
        if ch in "\u201d\u00bb":
            # Some sites print a closing mark where an opening one belongs.
            return "double", space_before and not space_after, not space_before or space_after
        return "double", space_before and not space_after, not space_before and (space_after or nxt in "'\u2019")
    # Single marks: apostrophes far outnumber quotes, so both roles need clear evidence.
    if _is_alnum(prev) and _is_alnum(nxt):
        return "single", False, False  # Japan's, don't
    rest = text[i + 1 : min(p_end, i + 6)]
    elision = re.match(r"(?:\d\ds\b|\d\d\b|em\b|til\b|tis\b|twas\b|cause\b|n\b|n'|bout\b)", rest, re.I)
    can_open = ch in "'\u2018\u2019" and space_before and _is_alnum(nxt) and not elision
    if ch == "\u2018":
        can_open = (space_before or prev in "\"\u201c") and not elision and nxt is not None and not nxt.isspace()
    can_close = ch in "'\u2019" and prev is not None and not prev.isspace() and (space_after or nxt in "\"\u201d")
    return "single", can_open, can_close


# NYT-style marks: two apostrophes for a double quotation mark (''...''), three where a single
# quote closes or opens inside it (',''' he said'), and TeX-style `` for an opening mark.
_ASCII_DOUBLE = re.compile(r"(?<!['`])(?:'''|''|``)(?!['`])")


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
    chars = list(text)
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
        chars[i:j] = run[: j - i] if len(run) >= j - i else run + " " * (j - i - len(run))
    return "".join(chars)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _scan_paragraph(text: str, p_start: int, p_end: int) -> tuple[list[tuple[int, int]], tuple[int, str] | None]:
    """Pair marks inside one paragraph; return closed (open_pos, close_pos) pairs and any open quote."""
    marks = []
    for i in range(p_start, p_end):
        if text[i] in QUOTE_MARKS:
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
                break  # a second opening double mark: the first one was never closed
        if close is not None:
            pairs.append((pos, marks[close][0]))
            k = close + 1
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


def _raw_segments(text: str) -> list[tuple[int, int, int]]:
    """Return (open_mark, close_mark_or_paragraph_end, group) for every quoted segment."""
    segments: list[tuple[int, int, int]] = []
    paragraphs = _paragraphs(text)
    group = 0
    carry: int | None = None  # group id of a quote continuing from the previous paragraph
    for index, (p_start, p_end) in enumerate(paragraphs):
        pairs, unclosed = _scan_paragraph(text, p_start, p_end)
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


def _masked(text: str, segments: list[tuple[int, int, int]]) -> str:
    chars = list(text)
    for o, c, _ in segments:
        keep = c
        # The sentence-final mark just inside a closing quote still ends the writer's sentence.
        while keep - 1 > o and text[keep - 1] in ".!?":
            keep -= 1
        for i in range(o + 1, min(keep, len(text))):
            if chars[i] != "\n":
                chars[i] = _MASK
    return "".join(chars)


def _clause_start(masked: str, pos: int) -> int:
    p_start = masked.rfind("\n", 0, pos) + 1
    best = p_start
    for after in _sentence_ends(masked, p_start, pos):
        best = after
    return best


def _clause_end(masked: str, pos: int) -> int:
    p_end = masked.find("\n", pos)
    p_end = len(masked) if p_end < 0 else p_end
    ends = _sentence_ends(masked, pos, p_end)
    return ends[0] if ends else p_end


def _clean_np(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a speaker phrase: no leading conjunction or clause word, no possessive tail."""
    span = text[start:end]
    lead = re.match(r"(?:(?:and|but|as|while|when|so|then|which|who|that|where|In|On|At|After|Before|"
                    r"During|Speaking|Asked|And|But|So|Then|Yet|Still|Also|Now|While|When|As|Meanwhile)\s+)+", span)
    if lead:
        start += lead.end()
    return start, end


@lru_cache(maxsize=64)
def _midsentence_caps(text: str) -> frozenset[str]:
    """Capitalised words that occur after a lower-case word somewhere in ``text`` (names, not sentence starts)."""
    return frozenset(re.findall(r"(?<=[a-z,;] )[A-Z][\w\u2019'\-]*", text))


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
    if word in _midsentence_caps(full) or lower in _MALE_NAMES or lower in _FEMALE_NAMES or lower in _SPEAKER_NOUNS:
        return False
    # Only capitalised at a sentence start: junk when the word is also written in lower case
    # ('Nothing' / 'nothing') or looks like an adverb, participle or number, not a surname.
    return (lower.endswith(("ly", "ing", "ed")) or lower in _NUMBER_WORDS
            or re.search(rf"(?<![\w\u2019'\-]){re.escape(lower)}(?![\w\u2019'\-])", full) is not None)


def _make_attr(text: str, m: re.Match[str], verb_group: str = "verb", full: str | None = None,
               place_check: bool = True) -> _Attribution | None:
    np_start, np_end = _clean_np(text, m.start("np"), m.end("np"))
    np = text[np_start:np_end]
    if not np or np.split()[0].lower() in _STOP_CAPS - _PRONOUNS - {"the", "a", "an", "one", "his", "her", "their", "its", "some", "many", "both", "all", "two"}:
        return None
    if _junk_name(np, full) or re.match(r"(?:I|He|She|We|They|It|You)[\u2019'](?:d|m|s|re|ve|ll)\b", np):
        return None
    after = text[np_end : np_end + 40]
    if re.match(r"\s*\((?:AP|AFP|Reuters|UPI|CNN|AP Photo)\)|,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d", after) \
            or (np.isupper() and len(np) > 3 and re.match(r"\s*[\u2014\u2013]|\s+-\s", after)):
        return None  # a dateline ('WASHINGTON, Dec. 8 (UPI) --'), not a speaker
    according = "according" in m.groupdict() or (verb_group in m.groupdict() and (m.group(verb_group) or "").lower().startswith("according"))
    prev_word = (re.findall(r"[\w\u2019']+", text[max(0, np_start - 20) : np_start]) or [""])[-1].lower()
    if (place_check and not according and prev_word in _PREPOSITIONS - {"by", "visit", "visited", "visiting", "than", "like"}
            and text[np_start - 1 : np_start] == " " and text[np_end : np_end + 2].lstrip().startswith(",")):
        return None  # 'during a meeting in Columbus, Ohio, said' -- a place, not the subject
    first = np.split()[0].lower().strip("\u2019'")
    if len(np.split()) == 1 and (first in _STOP_CAPS - _PRONOUNS or first in _ADJECTIVES):
        return None  # 'Republican claims', 'Democratic claims': an adjective before a noun
    if len(np.split()) == 1 and np[:1].islower() and first not in _PRONOUNS and first not in _SPEAKER_NOUNS:
        return None  # ', answering questions about': one lower-case word that names nobody
    verb = m.group(verb_group) if verb_group in m.groupdict() and m.group(verb_group) else None
    verb_span = (m.start(verb_group), m.end(verb_group)) if verb else None
    appos = m.groupdict().get("appos")
    return _Attribution(np, (np_start, np_end), verb, verb_span, appos.strip(" ,") if appos else None)


def _tail_attribution(text: str, masked: str, close: int) -> _Attribution | None:
    end = _clause_end(masked, close + 1)
    tail = masked[close + 1 : end]
    # Stop at the next quote: what follows it belongs to that quote.
    nxt = re.search(f"[{QUOTE_MARKS}]\\s*{_MASK}", tail)
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
            attr = _make_attr(tail, m, full=text)
            if attr is not None:
                return _shift(attr, close + 1, text)
    m = pats["according"].search(tail)
    if m and m.start() < 40:
        attr = _make_attr(tail, m, full=text)
        if attr is not None:
            return _shift(attr, close + 1, text)
    return None


def _shift(attr: _Attribution, offset: int, text: str) -> _Attribution:
    s, e = attr.np_span
    vs = (attr.verb_span[0] + offset, attr.verb_span[1] + offset) if attr.verb_span else None
    return _Attribution(text[s + offset : e + offset], (s + offset, e + offset), attr.verb, vs, attr.appos)


def _head_attribution(text: str, masked: str, window_start: int, open_mark: int) -> _Attribution | None:
    """Find 'SPEAKER VERB ... "quote' in the writer's words before the opening mark."""
    head = masked[window_start:open_mark]
    pats = _patterns()
    for name in ("according", "as_put_it"):
        m = pats[name].search(head)
        if m:
            attr = _make_attr(head, m, full=text)
            if attr is not None:
                return _shift(attr, window_start, text)
    for v in reversed(list(pats["verb_anywhere"].finditer(head))):
        between = head[v.end() :]
        # Earlier partial quotes in the same clause share its verb ('warned of "A" who are "B"').
        if len(between.replace(_MASK, "").split()) > MAX_WORDS_VERB_TO_QUOTE:
            continue
        before = head[: v.start()]
        verb_word = v.group("verb").lower()
        verb_span = (v.start(), v.end())
        participle = verb_word.split()[0].endswith(_PARTICIPLE_END)
        # A participle takes its subject from right before it only without a comma
        # ("with Trump commending her as a "..."").
        np_match = pats["np_end_tight" if participle else "np_end"].search(before)
        if np_match and _possessive_np(np_match.group("np")):
            continue  # 'Trump's tweet', 'Mr. Obama's remarks': a noun, not a reporting verb
        who = False
        if np_match is None and not participle:
            who_match = pats["np_who"].search(before)
            who = who_match is not None
            np_match = who_match or pats["np_end_g"].search(before)
        if np_match and _MASK not in np_match.group("np"):
            # 'with McConnell, ..., who said': the comma after the name closes a relative clause,
            # not a place name ('in Columbus, Ohio, said').
            attr = _make_attr(before, np_match, full=text, place_check=not who)
            if attr is not None:
                return _shift(_Attribution(attr.np, attr.np_span, v.group("verb"), verb_span, attr.appos), window_start, text)
        after = pats["np_after"].match(between)
        if after and not participle and between.strip().endswith((":", ",")):
            # Inverted: 'said Trump: "..."'
            attr = _make_attr(between, after, full=text)
            if attr is not None:
                span = (attr.np_span[0] + v.end(), attr.np_span[1] + v.end())
                return _shift(_Attribution(attr.np, span, v.group("verb"), verb_span, attr.appos), window_start, text)
        if participle or before.rstrip().endswith(","):
            # "She announced ..., saying:" -- the subject that opens the sentence speaks.
            attr = _subject_attr(before, text)
            if attr is not None:
                return _shift(_Attribution(attr.np, attr.np_span, v.group("verb"), verb_span, attr.appos), window_start, text)
    return None


def _possessive_np(np: str) -> bool:
    """True for 'Donald Trump's' / 'the senators'': a possessive, so the next word is a noun."""
    return bool(re.search(r"(?:[\u2019']s|s[\u2019'])\s*$", np))


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
        for name in ("np_subject", "np_subject_desc", "np_subject_g"):
            m = pats[name].match(chunk)
            if m and _MASK not in m.group("np"):
                attr = _make_attr(chunk, m, full=full)
                if attr is not None:
                    s, e = attr.np_span
                    return _Attribution(attr.np, (s + pos, e + pos), attr.verb, attr.verb_span, attr.appos)
        # Not a subject here: skip an introductory phrase up to its comma or dash.
        nxt = re.search(r",\s*|\s(?:--|[\u2013\u2014])\s*", chunk)
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
    line = masked[p_start:p_end]
    words = re.findall(r"[A-Za-z][\w\u2019'\-]*", line.replace(_MASK, " "))
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not 3 <= len(words) <= 25 or sum(w[0].isupper() for w in content) < 0.8 * len(content):
        return None
    m = re.search(r",\s*(?P<np>[A-Z][\w.\u2019'\-]*(?:\s+[A-Z][\w.\u2019'\-]*){0,3})\s+(?P<verb>Says|Said|Warns|Tells|Claims)\.?\s*$", line)
    if m is None:
        m = re.match(r"^\s*(?P<np>[A-Z][\w.\u2019'\-]*(?:\s+[A-Z][\w.\u2019'\-]*){0,4})\s*:\s", line)
    if m is None:
        verbs = reporting_verbs()
        for w in re.finditer(r"[A-Za-z][\w\u2019'\-]*", line):
            lower = w.group(0).lower()
            if lower in verbs or lower in _HEADLINE_VERBS:
                head = line[: w.start()]
                if 0 < len(head.split()) <= 5 and re.fullmatch(r"\s*[A-Z][\w.\u2019'\- ]*?\s*", head) and _MASK not in head:
                    m = re.match(r"^\s*(?P<np>.*?)\s*$", head)
                break
    if m is None or _MASK in m.group("np") or m.group("np").split()[0].lower() in _STOP_CAPS - {"the"}:
        return None
    start = p_start + m.start("np")
    return _Attribution(m.group("np"), (start, start + len(m.group("np"))), None, None, None)


# A transcript turn: the speaker's name in capitals and a colon open the paragraph ('PENCE: Well,
# look, ...'), sometimes after a quotation mark that opens the whole turn.
_TURN = re.compile(r"[\"\u201c]?\s*(?P<np>[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,2}):\s")


def _transcript_speaker(text: str, open_mark: int) -> _Attribution | None:
    """The speaker of the transcript turn holding the quotation, if its paragraph is one."""
    p_start = text.rfind("\n", 0, open_mark) + 1
    m = _TURN.match(text, p_start)
    if m is None or m.end() > open_mark + 1 or len(m.group("np")) < 3:
        return None
    name = m.group("np").title()
    return _Attribution(name, (m.start("np"), m.end("np")), None, None, None)


def _sentence_speaker(text: str, masked: str, start: int, end: int) -> _Attribution | None:
    """Who speaks in a sentence that introduces the quote after it ('Takaichi praised ...:')."""
    sentence = masked[start:end]
    pats = _patterns()
    for v in reversed(list(pats["verb_anywhere"].finditer(sentence))):
        before = sentence[: v.start()]
        participle = v.group("verb").split()[0].endswith(_PARTICIPLE_END)
        np_match = None if participle else pats["np_end"].search(before)
        if np_match and _possessive_np(np_match.group("np")):
            continue  # a noun ('the senator's remarks'), not a verb
        if np_match is None and not participle:
            np_match = pats["np_who"].search(before) or pats["np_end_g"].search(before)
        attr = None
        if np_match and _MASK not in np_match.group("np"):
            attr = _make_attr(before, np_match, full=text)
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
    clause_initial: bool
    possessive: bool
    after_preposition: bool


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
    while cut < len(words) and lowered[cut] in _HONORIFICS:
        cut += 1
    name_words = words[cut:] if cut < len(words) else words
    role = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general"}.get(role or "", role)
    return role, " ".join(name_words)


def _strip_possessive(name: str) -> tuple[str, bool]:
    m = re.match(r"^(.*?)(?:['\u2019]s?)$", name)
    if m and m.group(1) and (name.endswith(("'s", "\u2019s")) or name.endswith(("s'", "s\u2019"))):
        return m.group(1), True
    return name, False


@lru_cache(maxsize=64)
def _mentions(masked: str) -> tuple[_Mention, ...]:
    found = []
    for m in re.finditer(_NAME, masked):
        raw = m.group(0)
        words = raw.split()
        # Drop capitalised function words that open a sentence ("The", "But", "In").
        offset = 0
        while words and words[0].lower().strip(".") in _STOP_CAPS:
            offset += len(words[0]) + 1
            words = words[1:]
        if not words:
            continue
        start = m.start() + raw.index(words[0], offset - 1 if offset else 0)
        phrase = masked[start : m.end()]
        phrase, possessive = _strip_possessive(phrase)
        role, name = _split_role(phrase)
        if not name or name.lower() in _STOP_CAPS:
            continue
        before = masked[max(0, start - 30) : start]
        prev_word = (re.findall(r"[\w\u2019']+", before) or [""])[-1].lower()
        clause_start = _clause_start(masked, start)
        lead = masked[clause_start:start]
        clause_initial = (not lead.strip() or bool(re.fullmatch(r"\s*(?:[A-Z]\w*\s+){0,2}\s*", lead))
                          or lead.rstrip().endswith(",")
                          # '"...," Obama said': the subject right after a closing mark.
                          or re.search(rf"[{_MASK},!?][{QUOTE_MARKS}]\s*$", lead) is not None)
        found.append(_Mention(start, start + len(phrase), name, role, clause_initial, possessive, prev_word in _PREPOSITIONS))
    return tuple(found)


def _fullest_name(name: str, mentions: tuple[_Mention, ...]) -> str:
    """Return the longest name in the article that ends with ``name``'s last word."""
    words = name.split()
    if not words:
        return name
    last = words[-1].lower()
    best = name
    for mention in mentions:
        m_words = mention.name.split()
        if m_words and m_words[-1].lower() == last and len(m_words) > len(best.split()) and len(m_words) <= 4:
            if all(w in m_words for w in words):
                best = mention.name
    return best


def _role_for(name: str, mentions: tuple[_Mention, ...], appos: str | None) -> str | None:
    if appos:
        lowered = appos.lower()
        for r in sorted(ROLES, key=len, reverse=True):
            if re.search(rf"\b{re.escape(r)}\b", lowered):
                return _UNNAMED_ROLE.get(r, r.rstrip("."))
    last = name.split()[-1].lower() if name.split() else ""
    for mention in mentions:
        if mention.role and mention.name.split() and mention.name.split()[-1].lower() == last:
            return mention.role
    return None


def _gender(mention: _Mention, mentions: tuple[_Mention, ...], masked: str) -> str | None:
    """'m', 'f' or None: from a role word, from Mr./Mrs./Ms. before the surname anywhere in the
    article, or from a common given name in the fullest form of the name."""
    if mention.role in _MALE_WORDS or (mention.role or "").endswith("man"):
        return "m"
    if mention.role in _FEMALE_WORDS or (mention.role or "").endswith("woman"):
        return "f"
    words = _fullest_name(mention.name, mentions).split()
    if not words:
        return None
    title = re.search(rf"\b(Mr|Mrs|Ms)\.?\s+{re.escape(words[-1])}\b", masked)
    if title:
        return "m" if title.group(1) == "Mr" else "f"
    first = words[0].lower()
    if len(words) > 1 and first in _MALE_NAMES:
        return "m"
    if len(words) > 1 and first in _FEMALE_NAMES:
        return "f"
    return None


def _resolve_pronoun(pos: int, mentions: tuple[_Mention, ...], plural: bool, pronoun: str = "",
                     masked: str = "") -> _Mention | None:
    """Nearest earlier person named at the start of a clause (the usual subject of 'he said').

    'he' skips a person known to be a woman and 'she' a person known to be a man (see _gender),
    so 'she said' after 'Trump met Takaichi' does not go to Trump when the article says 'Mr. Trump'.
    """
    candidates = [m for m in mentions if m.end <= pos and not m.after_preposition]
    if plural:
        return None
    wanted = {"he": "m", "she": "f"}.get(pronoun)
    nearest = None
    for mention in reversed(candidates[-12:]):
        if mention.clause_initial and not mention.possessive:
            if masked and _junk_name(mention.name, masked):
                continue
            nearest = nearest or mention
            if wanted and masked and _gender(mention, mentions, masked) not in (None, wanted):
                continue
            return mention
    # Nobody of the right gender nearby: the nearest person is still the best reading.
    return nearest


def _describe(text: str, attr: _Attribution, masked: str) -> tuple[str | None, str | None]:
    """Return (resolved speaker name, role) for an attribution phrase."""
    mentions = _mentions(masked)
    np = attr.np.strip()
    lowered = np.lower()
    if lowered in _PRONOUNS:
        if lowered in {"i", "we"}:
            return None, None
        target = _resolve_pronoun(attr.np_span[0], mentions, plural=lowered == "they", pronoun=lowered, masked=masked)
        if target is None:
            return None, None
        name = _fullest_name(target.name, mentions)
        return name, _role_for(name, mentions, None)
    words = np.split()
    head = words[-1].lower().strip(".,")
    if re.match(rf"^{_DESC}$", np) and not any(w[:1].isupper() for w in words[1:]) and head in _SPEAKER_NOUNS:
        # An unnamed or collective speaker ("a senior official", "analysts"): its words are its name.
        clean = re.sub(r"^(?:the|a|an|The|A|An)\s+", "", np)
        return clean, _UNNAMED_ROLE.get(head, head if head in ROLES else None)
    phrase, _ = _strip_possessive(np)
    phrase = re.sub(r"^(?:the|The)\s+", "the ", phrase)
    role, name = _split_role(phrase)
    if name.startswith("the "):
        return name, role
    name = _fullest_name(name, mentions)
    return name, role or _role_for(name, mentions, attr.appos)


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


def _normal_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def find_quotes(article: Article) -> list[Quote]:
    """Return every quoted segment of ``article`` in text order, with speaker, verb and kind.

    Deterministic and pure; offsets index ``article.text`` (see the module docstring for what a
    quote is and how speakers are found). The quotes and tone extractors both need them for the
    same article, so the last few results are kept (articles are immutable).
    """
    return list(_find_quotes_cached(article))


@lru_cache(maxsize=32)
def _find_quotes_cached(article: Article) -> tuple[Quote, ...]:
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
    for o, c, g in raw:
        if prev_close is not None and g != prev_group and g not in groups:
            between = masked[prev_close + 1 : o]
            clause = _patterns()["tail_np_verb"].match(between) or _patterns()["tail_verb_np"].match(between)
            own_speaker = c < len(text) and text[c] in QUOTE_MARKS and _tail_attribution(text, masked, c) is not None
            if "\n" not in between and clause and len(between.split()) <= 8 and not own_speaker \
                    and re.fullmatch(r"[^\x00.!?]*[,.:]\s*", between[clause.end() :] or ","):
                groups[g] = groups.get(prev_group, prev_group)  # type: ignore[arg-type]
        groups.setdefault(g, g)
        prev_close, prev_group = c, g
    by_group: dict[int, list[tuple[int, int]]] = {}
    for o, c, g in raw:
        by_group.setdefault(groups[g], []).append((o, c))
    verbs = reporting_verbs()
    results: list[Quote] = []
    attr_by_group: dict[int, tuple[_Attribution | None, str | None, str | None]] = {}
    last_attributed: tuple[int, _Attribution, str | None, str | None] | None = None
    seen_texts: list[tuple[str, int]] = []
    for gid in sorted(by_group, key=lambda k: by_group[k][0][0]):
        segs = by_group[gid]
        attr: _Attribution | None = None
        for o, c in segs:
            closed = c < len(text) and text[c] in QUOTE_MARKS
            # A quotation ending in a full stop ends its sentence ('... an "outlaw nation." Russia
            # insisted ...'): the next sentence names the speaker of what follows it, so the words
            # before the quotation are read first.
            ends_sentence = closed and text[o + 1 : c].rstrip().endswith(".") and re.match(r"\s+[A-Z]", text[c + 1 : c + 4])
            if closed and not ends_sentence:
                attr = _tail_attribution(text, masked, c)
            if attr is None:
                # A headline or a transcript turn names its speaker in its own way.
                attr = _headline_speaker(text, masked, o) or _transcript_speaker(text, o)
            if attr is None:
                attr = _head_attribution(text, masked, _clause_start(masked, o), o)
            if attr is None and ends_sentence:
                attr = _tail_attribution(text, masked, c)
            if attr is None:
                head_start = _clause_start(masked, o)
                colon = masked.find(":", head_start, o)
                # 'PENCE: "..."' / 'Warren: "..."', never 'Veto Power Impedes Peace: Eliminating "..."'.
                if colon > head_start and _MASK not in masked[head_start:colon] and not masked[colon + 1 : o].strip():
                    attr = _sentence_speaker(text, masked, head_start, colon + 1)
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
                    if prev.rstrip().endswith(":") or _patterns()["verb_anywhere"].search(prev):
                        attr = _sentence_speaker(text, masked, prev_start, prev_end)
                if attr is None and last_attributed is not None:
                    # A run of quote paragraphs from one person ('"...," he said.' then '"..."').
                    last_close, last_attr, _, _ = last_attributed
                    gap = masked[last_close:o0]
                    # Sentence ends, not full stops: 'said Rep. G.K. Butterfield (D-N.C.).' is one sentence.
                    if len(_sentence_ends(masked, last_close + 1, o0)) <= 2 and len(gap.replace(_MASK, "").split()) <= 25:
                        attr = last_attr
        if attr is None:
            # Last resort: the sentence holding the quote has a reporting verb with a subject
            # ('he did say he found Trump to be "very charming"', '"...," the mayor said in part').
            c_start, c_end = _clause_start(masked, o0), _clause_end(masked, segs[-1][1])
            attr = _sentence_speaker(text, masked, c_start, c_end)
        if attr is None:
            # The person the sentence is about, when its verb is one of speaking, writing or
            # thinking ('Christie refers to the candidate as "Mr. Trump"', 'Trump continued to
            # portray "illegal" immigrants as ...'): PolNeAR's annotators credit the subject.
            c_start, c_end = _clause_start(masked, o0), _clause_end(masked, segs[-1][1])
            if _SPEECH_ACT.search(masked, c_start, c_end):
                subject = _subject_attr(masked[c_start:o0], text)
                if subject is not None:
                    attr = _shift(subject, c_start, text)
        speaker, role = (None, None)
        if attr is not None:
            speaker, role = _describe(text, attr, masked)
            if speaker is None and attr.np.lower() not in _PRONOUNS:
                attr = None
        verb = verb_lemma = stance = None
        verb_span = None
        if attr is not None and attr.verb:
            verb = " ".join(attr.verb.split())
            stance, verb_lemma = verbs.get(verb.lower(), (None, None))
            verb_span = attr.verb_span
        if attr is not None and speaker is not None:
            last_attributed = (segs[-1][1], attr, speaker, role)
        first_inner = _inner(text, segs[0][0], segs[0][1])
        kind = _kind(text, masked, segs[0][0], *first_inner)
        words = _normal_words(" ".join(text[slice(*_inner(text, o, c))] for o, c in segs))
        repeat_of = None
        if words and len(words.split()) >= 4:
            for earlier, earlier_id in seen_texts:
                if earlier == words or (len(words) > 20 and (words in earlier or earlier in words)):
                    repeat_of = earlier_id
                    break
            if repeat_of is None:
                seen_texts.append((words, gid))
        attr_by_group[gid] = (attr, speaker, role)
        for o, c in segs:
            start, end = _inner(text, o, c)
            if start >= end:
                continue
            results.append(Quote(
                start, end, original[start:end], gid, kind, speaker,
                attr.np_span if attr is not None and speaker is not None else None,
                verb,
                verb_span, verb_lemma, stance, role, repeat_of, o, c,
            ))
    results.sort(key=lambda q: (q.start, q.end))
    # Renumber quotations 0..n-1 in text order so ids are stable and readable.
    order: dict[int, int] = {}
    for q in results:
        order.setdefault(q.quote_id, len(order))
    return [
        Quote(q.start, q.end, q.text, order[q.quote_id], q.kind, q.speaker, q.speaker_span, q.verb, q.verb_span,
              q.verb_lemma, q.verb_stance, q.role, order.get(q.repeat_of) if q.repeat_of is not None else None,
              q.mark_start, q.mark_end)
        for q in results
    ]


def quote_spans(article: Article) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every quoted segment (marks excluded), in text order.

    For measures that separate the writer's own words from the words of the people quoted.
    """
    return [(q.start, q.end) for q in find_quotes(article)]


__all__ = ["Quote", "QUOTE_MARKS", "find_quotes", "quote_spans", "reporting_verbs"]
