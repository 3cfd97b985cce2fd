"""Event naming: the words each outlet uses for the story's central event and its actions. Pure.

Two outlets can agree on every fact and still name the event differently: "talks" sounds like a
negotiation, a "summit" like a grand occasion, a "meeting" is plain; a deal "struck" or "forged"
sounds harder won than one "signed". :func:`event_naming` reads every article of a story and
returns, for each part of the event the outlets name (the meeting, the agreement, the remarks,
the reaction, the request, the advertisement: the concepts of ``lexicons/event_words.txt``), the
nouns and verbs each outlet uses, each with its sentence and offsets into ``article.text``.

What counts, so that the words name the *same* event in every outlet:

* only the outlet's own words: a word inside a quotation (:func:`biaslens.quotes.quote_spans`)
  belongs to the speaker;
* the cast ties the words to the story: a word counts in a sentence that names one of the
  story's shared entities (named by at least two outlets), or, for a noun, when the same
  article uses that noun in such a sentence too ("the agreement" two paragraphs later);
* a verb marked ``verb+noun`` counts only next to a noun of its concept ("reached a deal", "the
  deal they struck", not "reached Tokyo");
* a noun marked ``noun+noun`` names its concept only in an article that also names it with
  another of its nouns: a "video" is an advertisement only where the outlet also calls it an "ad"
  or a "commercial" (an amateur video of a congressman is no advert);
* a compound marked ``none`` names no event ("talk show", "panel discussions"): its words never
  count; a verb's bare form after a determiner is a noun ("the talk"), and one that is also a job
  title (:data:`biaslens.names.TITLES`: "host") counts only in a verb's position ("to host",
  "will host"), never in "Fox News host Glenn Beck" or "talk show host";
* a verb of asking marked ``verb+to`` counts only with "to" or "for" after it ("asked Clinton to
  make an offer", not "asked if he supported");
* a word in a reported clause ("who said people at a recent public meeting were furious",
  "claimed the president offers little more than speeches") is the speaker's paraphrase, as a
  quotation is; "said in a speech" opens no clause and keeps its word; so is a word in what
  someone "writes / complained / warned about" ("writes about the problems with ... interviews");
* a word whose nearest named actor before it is a person only its outlet names is that person's
  act ("Ben Labolt also issued a statement", "Carney's statement"), a side event;
* a decision asked for ("a call for his resignation", "demanded a vote") has not happened, nor has
  an act only intended ("his pledge to endorse whichever candidate", "plans to meet");
* a word dated to another time is about another happening and does not count: its clause (or
  the sentence's opening) gives a date, a weekday or a relative time ("the deal the two sides
  struck back in July 2025", "Later in the day, ... meet families") and none of those times is
  one that another outlet also gives beside a word naming the event (the story's own "Tuesday",
  "last summer" keep their words); headlines always count;
* a word whose own sentence gives it another actor is another occasion of the same kind: its
  owner ("Romney's comments", "a statement from the Democratic committee", "the statement came
  from Missouri Sen. Roy Blunt"), the actor opening its sentence when the word is what that actor
  did it in or made ("Romney had stopped short ... in an interview with WMUR", "Akin made the
  remarks") or, for a meeting, who it was held with ("after meeting with President Komorowski"),
  when none of them is among the owners (else actors) the most outlets, at least two, give for
  that part of the event; a word marked as another occasion ("a subsequent interview", "the
  previous two votes", "another ad", "not the first time Newsweek has faced backlash") is one
  too, and so is "the interview" right after such a word, which refers back to it, and a word
  about another of its part ("Akin apologized for his remarks": the apology came later);
  headlines always count;
* a word inside or right after the name of something only its outlet names is that thing's
  ("the ASEAN Summit in Kuala Lumpur", "the Asia-Pacific Economic Cooperation (APEC) summit"),
  not the story's event ("the Tokyo summit" counts: the outlets share "Tokyo");
* a concept is shown only when at least two outlets name it (one outlet alone names no shared
  event), and it is central: two outlets name it twice or more, or one in its headline (a side
  event one sentence mentions, "was in the audience", is left out).

* a plural-only noun ("talks", "discussions") with no determiner before a verb ("indicated that
  private discussions continue") is talks in general, not the one happening ("that" before a
  plural is a conjunction, never a determiner).

Only the occasion itself (issue #16, session 6): a word counts where its sentence ties it to the
story's occasion, and these tie it to another one or to none:

* a word in the "that" clause of a verb of saying, with whom, where or when it was said between
  ("said on “Fox News Sunday” that ... the negotiations could shift"), is the speaker's paraphrase;
* a noun for a running argument (:data:`ARGUMENT_NOUNS`) with its topic given, lower-case nouns
  before it or "over"/"about" after it ("the stakes in the tax cut debate", "the debate over Social
  Security"), is the argument, unless it names who took part ("deficit talks between Mr. Obama and
  Mr. Boehner"); "the vice presidential debate", "the Newsmax debate" are occasions;
* "negotiations" and "discussions" (:data:`PROCESS_NOUNS`) name the process unless tied to an
  occasion by an owner ("their bilateral discussions"), a time, a place or people they were held with
  ("between the White House and Congressional Republicans" is institutions: the process);
* a capitalised noun followed by "of" and a name ("the U.S. Conference of Catholic Bishops") names a
  body, and so does a later definite use of its noun in that article ("the conference responded");
* a definite noun with no time of its own ("Despite the closed-door lunchtime meeting") refers back
  to the last occasion of its part named in its or the sentence before; when that one was dated to
  another time ("as the one that he led with their Senate colleagues on Tuesday"), so is this word.
  A name in the phrase ("The Tokyo summit") or a contrast ("this latest ad") ties it to its own;
* a time in a comparison set off by a comma dates the occasion compared with, not the word ("...,
  as was the case following phone calls last week, each side released an identical statement").

Only what happened, in the part it plays (session 6, second pass):

* an act not done is no occurrence: refused, declined, failed or yet to be done, demanded or called
  for ("Trump has yet to apologize", "demanded that he apologize", "called on him to apologize");
  "asked Clinton to talk to Sestak" denies nothing;
* newsroom routine is no event: "requests for comment", "declined to comment", "did not respond to
  the AP's requests to discuss the work";
* what someone is blamed for is the act answered, not the answer: "demands Ginsburg resign for
  criticizing him" is her remarks, no reaction;
* a sentence opened by a comparison names the occasion compared with ("Like his comments about Mr.
  Curiel, Mr. Graham said, ...");
* a request (:data:`TIED_PARTS`) is shown only when two outlets name one: each shares with another a
  word for it or an actor its sentence gives it; a candidate's "blue-collar appeal", "overtures to
  Putin" and "urged the candidate to dig in" are three things, no part of the story's event.

Another occasion, or many (session 8, fourth round):

* an act undone is the earlier occasion it undoes ("rescinded his endorsement of Trump", "retracted
  the statement"): the withdrawal is the news;
* a plural after a noun of a record over time is many occasions ("a string of perceived foreign
  policy missteps", "a litany of gaffes"), not the story's one ("sitting for a series of
  interviews" on the day may be the occasion itself);
* what helpers named by a common noun spoke in ("his aides argued in interviews this week") is
  their occasion, not the principal's;
* a part every outlet of a story of three or more names with the same noun is central even when
  none names it twice ("speech" once, twice and once); "criticized" in three outlets, or
  "controversy" beside "criticism", may be three things.

A word is marked ``only_here`` when no other outlet uses the same lemma for the same concept in
its own words, in any of its sentences (not only those that name a shared entity: "instead of
emerging from the talks complaining about each other" names the meeting too).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any, Mapping, Sequence

from .details import extract_details
from .hedging import inflections
from .loaded import in_account_of, in_reported_clause
from .names import TITLES
from .quotes import quote_spans, reporting_verbs
from .records import Article
from .text import word_spans

LEXICON_NAME = "event_words.txt"
PARTS = ("noun", "verb", "verb+noun", "verb+to", "noun+noun", "none")
#: Words after which a verb's bare form ("host", "talk") is a verb ("to host", "will talk", "they
#: meet"); anywhere else a bare form that is also a job title ("the Fox News host", "talk show host
#: Glenn Beck") names a person, no event.
_VERB_POSITION = frozenset("to will would can could may might shall should must do does did not never "
                           "i we you they".split())
#: Before a verb's bare form, these make it a noun ("the talk", "his host"): a thing, not the act.
_NOUN_DETERMINERS = frozenset("a an the this that these those his her its their our my your".split())
#: A ``verb+to`` verb (asking) counts when "to" or "for" is at most this many words after it.
TO_AFTER = 5
#: The parts of an event, in report order, with the plain words a reader sees for each.
CONCEPTS: dict[str, str] = {
    "meeting": "the meeting itself and how it happened",
    "agreement": "what came out of it and how it was reached",
    "decision": "the vote, ruling, election or resignation itself",
    "remarks": "what was said, named as an event",
    "reaction": "the response to it",
    "request": "what was asked or offered",
    "advert": "the advertisement",
}
#: A concept is shown when at least this many outlets name it.
MIN_OUTLETS = 2
#: Shared entities: named by at least this many outlets.
ENTITY_OUTLETS = 2
#: A ``verb+noun`` verb counts when a noun of its concept is at most this many words after it
#: ("signed a critical framework agreement") or before it ("the deal the two sides struck").
NOUN_AFTER, NOUN_BEFORE = 7, 4
#: Relative times that place a sentence's happening away from the story's ("earlier this month",
#: "later in the day", "last year", "two weeks ago", "back in"); dates and weekdays come from
#: :func:`biaslens.details.extract_details`.
_RELATIVE_TIME = re.compile(
    r"\b(?:(?:last|next|previous|past)\s+(?:week|weekend|month|year|summer|spring|fall|autumn|winter|night|decade)"
    r"|(?:earlier|later)\s+(?:this|that|in\s+the|the\s+same)\s+(?:day|week|month|year)"
    r"|(?:\w+\s+)?(?:days|weeks|months|years|decades)\s+ago|back\s+in)\b", re.I)
#: Verbs of saying that open a reported clause ("who said people at a recent public meeting were
#: furious", "claimed the president offers little more than speeches"): an event word in that
#: clause is the speaker's paraphrase, as a word inside a quotation is the speaker's own.
CLAUSE_VERBS = frozenset("say tell claim add note argue insist contend assert suggest warn admit allege "
                          "explain declare maintain acknowledge complain predict".split())
#: Words right after a verb of saying that do not open its clause: where or when it was said
#: ("said Wednesday in a speech", "asked about those remarks").
_NOT_A_CLAUSE = frozenset("in at during on to for with after before about while from through by as "
                          "monday tuesday wednesday thursday friday saturday sunday today yesterday "
                          "tonight earlier later again also".split())
#: A happening asked for has not happened ("a call for his resignation", "demanded a vote"): a
#: decision word within a few words after one of these is the request's, not the story's event.
_ASKED_FOR = re.compile(r"\b(?:call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|"
                        r"push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for)\s+(?:\S+\s+){0,3}$", re.I)
#: A happening only intended has not happened ("his pledge to endorse whichever candidate", "plans
#: to meet"): an event verb right after one of these and "to" names no event of the story.
_INTENDED = re.compile(r"\b(?:(?:pledg|promis|vow|plan|intend|threat|hop|want|expect|offer)\w*|open|willing|ready|prepared)"
                       r"\s+to\s+$|\bschedul\w*\s+(?:\S+\s+){1,3}to\s+$", re.I)
#: An act refused, still owed or called for has not happened: "Trump has yet to apologize",
#: "refused to apologize", "declined to comment", "demanded that he apologize", "called on him to
#: apologize". An event verb right after one of these names no event of the story (nouns keep
#: theirs: "refused to answer the criticism" names the criticism, which did happen).
#: "Asked Clinton to talk to Sestak" denies nothing: the talk may well have happened.
_NOT_DONE = re.compile(r"\b(?:(?:yet|refus\w*|declin\w*|fail\w*|decline)\s+to|"
                       r"(?:demand\w*|insist\w*|ask\w*|urg\w*)\s+that\s+(?:\S+\s+){0,2}?\S+(?:\s+should|\s+must)?|"
                       r"(?:call\w*\s+on|demand\w*)\s+(?:\S+\s+){1,3}?to)\s+$", re.I)
#: Newsroom routine, no event of the story: "requests for comment", "did not respond to a request",
#: "the AP's requests to discuss the work", "asked for comment". The request and the "comment" are
#: the reporter's, every story has them.
_ROUTINE = re.compile(r"\b(?:requests?|inquir(?:y|ies)|asked|seeking|sought)\s+(?:for|to)\s+"
                      r"(?:comment|discuss|respond|answer)\w*|\b(?:respond\w*|repl\w*|return\w*)\s+(?:to\s+)?"
                      r"(?:\S+\s+){0,2}?requests?\b|\b(?:for|no|declined\s+to|not\s+to)\s+comment\b", re.I)
#: A sentence opened by a comparison ("Like his comments about Mr. Curiel, Mr. Graham said, ...",
#: "Unlike the 2012 debate, ..."): an event word in it names the occasion compared with.
_LIKE_OPENER = re.compile(r"^\W*(?:just\s+)?(?:like|unlike|as\s+with)\s+[^,;]*$", re.I)
#: A reaction verb as a gerund after "for" names what is blamed, the act answered, not the answer:
#: "demands Ginsburg resign for criticizing him", "was fired for slamming the policy".
_BLAMED_FOR = re.compile(r"\bfor\s+$", re.I)
#: A happening only possible ("there could also be a flurry of outrage"), owed ("lawmakers must
#: vote", "still needs a final vote") or a new one called off ("canceled a scheduled interview")
#: has not happened: an event word within a few words after one of these names no event of the
#: story. "Canceling the debate" keeps its word: the definite article points to the story's event.
_NOT_HAPPENED = re.compile(r"\b(?:(?:(?:could|might|may|would)\s+(?:also\s+|still\s+|well\s+|even\s+)?be|must|needs?)"
                           r"\s+(?:\S+\s+){0,4}|(?:cancel+(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+off)"
                           r"\s+an?\s+(?:\S+\s+){0,3})$", re.I)
#: An act undone names the earlier occasion it undoes, not the story's happening: "rescinded his
#: endorsement of Trump", "retracted the statement", "withdrew her endorsement" (the withdrawal is
#: the news; the endorsement was made before).
_UNDONE = re.compile(r"\b(?:rescind\w*|retract\w*|revok\w*|withdr[ae]w\w*|took\s+back|tak(?:e|es|ing)\s+back|"
                     r"pull(?:s|ed|ing)?\s+(?:back\s+)?)\s+(?:his|her|their|its|the|an?|that|this)\s+(?:[\w-]+\s+){0,2}$", re.I)
#: A plural after a noun of a record over time names many occasions of a kind ("a string of
#: perceived foreign policy missteps", "a litany of gaffes", "a history of outbursts"), not the
#: story's one occasion. "A series of interviews" on one day may be the occasion itself: not these.
_SERIES_OF = re.compile(r"\b(?:string|litany|history|pattern|catalog(?:ue)?|record)\s+of\s+"
                        r"(?:[\w-]+\s+){0,3}$", re.I)
#: Forms of "be" before "met": "is being met with outrage", "was met by protesters" is a reception,
#: no meeting.
_PASSIVE_BE = frozenset("is was are were be been being".split())
#: Double quotation marks (not the apostrophe of "Corker’s"), blanked to spaces (one character each, so offsets hold).
_QUOTE_MARKS = str.maketrans({c: " " for c in "“”\""})
#: A comparison set off by a comma: a time after it dates the occasion compared with ("..., as was
#: the case following phone calls last week, each side released a statement").
_COMPARED = re.compile(r",\s+(?:just\s+)?(?:as|like|unlike)\s+[^,]*$")
#: What ends a clause between a word and a time: a semicolon, a dash, "and", "but".
_CLAUSE_BREAK = re.compile(r";|\s[—–]\s|\s--\s|\s(?:and|but)\s")


@dataclass(frozen=True)
class EventEntry:
    """One lexicon entry: its lemma, the part of the event it names and its part of speech."""

    lemma: str
    concept: str
    part: str


@dataclass(frozen=True)
class EventLexicon:
    """Word forms and two-word phrases of the event lexicon, each with its entry."""

    words: Mapping[str, EventEntry]
    phrases: Mapping[tuple[str, str], EventEntry]


def parse_event_lexicon(raw: str) -> EventLexicon:
    """Parse ``lemma<TAB>concept<TAB>part[<TAB>irregular forms]`` lines (``#`` comments).

    Nouns match their plural, verbs their regular forms and the irregular ones listed; the
    first entry to claim a form keeps it. Raises ``ValueError`` naming a malformed line.
    """
    words: dict[str, EventEntry] = {}
    phrases: dict[tuple[str, str], EventEntry] = {}
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 3 or cells[1] not in CONCEPTS or cells[2] not in PARTS:
            raise ValueError(f"line {number}: {line.strip()!r} needs lemma, concept ({', '.join(CONCEPTS)}) "
                             f"and part ({', '.join(PARTS)}), separated by tabs")
        lemma, concept, part = cells[0].lower(), cells[1], cells[2]
        entry = EventEntry(lemma, concept, part)
        extra = [f.strip().lower() for f in cells[3].split(",")] if len(cells) > 3 and cells[3] else []
        parts = lemma.split()
        head_forms = [f for f in inflections(parts[0])
                      if part != "noun" or f == parts[0] or not f.endswith(("ed", "ing"))]
        for form in [*(" ".join([h, *parts[1:]]) for h in head_forms), *extra]:
            split = tuple(form.split())
            if len(split) == 2:
                phrases.setdefault((split[0], split[1]), entry)
            elif len(split) == 1:
                words.setdefault(split[0], entry)
    return EventLexicon(words, phrases)


@lru_cache(maxsize=1)
def read_event_lexicon() -> EventLexicon:
    """The built-in event lexicon, ``lexicons/event_words.txt`` (read once)."""
    return parse_event_lexicon(files("biaslens").joinpath(f"lexicons/{LEXICON_NAME}").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class EventWord:
    """One event word in one article: where it is, what it names, and its sentence.

    ``start``/``end`` index ``article.text`` (``text`` is that slice); ``lemma`` is the
    dictionary form ("struck" -> "strike"); ``concept`` a key of :data:`CONCEPTS`; ``part``
    "noun" or "verb"; ``sentence`` the ``(start, end)`` of its sentence.
    """

    start: int
    end: int
    text: str
    lemma: str
    concept: str
    part: str
    sentence: tuple[int, int]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the word's span, lemma and part, and its sentence's offsets."""
        return {"start": self.start, "end": self.end, "text": self.text, "lemma": self.lemma, "part": self.part,
                "sentence_start": self.sentence[0], "sentence_end": self.sentence[1]}


@dataclass(frozen=True)
class OutletEventWords:
    """The words one outlet uses for one concept, in text order; ``only_here`` per word."""

    source: str
    words: tuple[EventWord, ...]
    only_here: tuple[bool, ...]

    def lemmas(self) -> list[tuple[str, str, int, bool]]:
        """One entry per lemma, most used first: ``(lemma, part, times, only this outlet)``."""
        counts = Counter(w.lemma for w in self.words)
        first = {}
        for word, only in zip(self.words, self.only_here):
            first.setdefault(word.lemma, (word.part, only))
        return [(lemma, first[lemma][0], counts[lemma], first[lemma][1])
                for lemma in sorted(counts, key=lambda x: (-counts[x], x))]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: every word with its offsets and ``only_here``."""
        return {"words": [dict(w.to_dict(), only_here=o) for w, o in zip(self.words, self.only_here)]}


@dataclass(frozen=True)
class EventNaming:
    """One part of the event (``concept``) and how each outlet that names it does."""

    concept: str
    description: str
    by_source: Mapping[str, OutletEventWords]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (``story.event_names[concept]`` of report.json)."""
        return {"description": self.description,
                "by_source": {source: found.to_dict() for source, found in self.by_source.items()}}


def article_event_words(article: Article, anchors: Sequence[tuple[int, int]],
                        lexicon: EventLexicon | None = None, reported: bool = False) -> list[EventWord]:
    """Event words in ``article``'s own voice that name the story's event (rules in the module docstring).

    ``anchors`` are the spans where the article names the story's shared entities. With
    ``reported``, words the outlet writes in a reported clause or an account of someone's
    writing count too: "only this outlet uses the word" is a claim about every word outside
    quotation marks ("going on to suggest Romney had made a bigger deal of the remark").
    """
    lexicon = lexicon or read_event_lexicon()
    text = article.text
    quotes = quote_spans(article)
    # Quotation marks blanked (same offsets): a quoted name between a verb of saying and its "that"
    # is still where it was said ("said on “Fox News Sunday” that ...").
    unquoted = text.translate(_QUOTE_MARKS)
    anchored_sentences = {s for s in range(len(article.sentences))
                          if any(article.sentences[s].start <= a < article.sentences[s].end for a, _ in anchors)}
    candidates: list[tuple[EventWord, bool]] = []
    needs_another: set[tuple[int, int]] = set()
    for number, sentence in enumerate(article.sentences):
        spans = word_spans(text, sentence.start, sentence.end)
        lower = [text[s:e].lower().replace("’", "'") for s, e in spans]
        found: list[tuple[int, int, EventEntry]] = []
        # Words of a compound that names no event ("talk show", "show host"): never event words.
        compound = {k for k in range(len(spans) - 1) for pair in [lexicon.phrases.get((lower[k], lower[k + 1]))]
                    if pair is not None and pair.part == "none" for k in (k, k + 1)}
        i = 0
        while i < len(spans):
            if i in compound:
                i += 1
                continue
            pair = lexicon.phrases.get((lower[i], lower[i + 1])) if i + 1 < len(spans) else None
            if pair is not None:
                found.append((spans[i][0], spans[i + 1][1], pair))
                i += 2
                continue
            entry = lexicon.words.get(lower[i])
            if entry is not None and entry.part != "none" and not _noun_use(lower, i, entry):
                found.append((spans[i][0], spans[i][1], entry))
            i += 1
        starts = {s: k for k, (s, _) in enumerate(spans)}
        nouns = [(starts[s], e.concept) for s, _, e in found if e.part in ("noun", "noun+noun")]
        bounds = (sentence.start, sentence.end)
        clause = _reported_from(text, spans, lower) if number else None
        for s, e, entry in found:
            if any(q0 <= s and e <= q1 for q0, q1 in quotes):
                continue  # the speaker's word, not the outlet's
            if not reported and clause is not None and s >= clause:
                continue  # inside a reported clause: the speaker's paraphrase (headlines excepted)
            if not reported and number and in_account_of(text, sentence.start, s):
                continue  # "Mediaite ... writes about the problems with ... interviews": its topic, not the event
            if not reported and number and in_reported_clause(unquoted, sentence.start, s):
                continue  # "said on “Fox News Sunday” that ... the negotiations could shift": the speaker's paraphrase
            if entry.part == "verb+noun" and not any(
                    c == entry.concept and -NOUN_BEFORE <= k - starts[s] <= NOUN_AFTER for k, c in nouns):
                continue
            if entry.concept == "decision" and _ASKED_FOR.search(text, max(sentence.start, s - 80), s):
                continue  # "called for his resignation": asked for, not done
            if entry.part != "noun" and _INTENDED.search(text, max(sentence.start, s - 60), s):
                continue  # "his pledge to endorse whichever candidate": intended, not done
            if entry.part != "noun" and _NOT_DONE.search(text, max(sentence.start, s - 60), s):
                continue  # "has yet to apologize", "demanded that he apologize": not done
            if any(m.start() <= s < m.end() for m in _ROUTINE.finditer(text, sentence.start, sentence.end)):
                continue  # "referred requests for comment", "did not respond to a request": newsroom routine
            if number and _LIKE_OPENER.match(text[sentence.start:s]):
                continue  # "Like his comments about Mr. Curiel, ...": the occasion compared with
            if entry.concept == "reaction" and entry.part != "noun" and lower[starts[s]].endswith("ing") \
                    and _BLAMED_FOR.search(text, max(sentence.start, s - 6), s):
                continue  # "resign for criticizing him": the act blamed, answered by the reaction
            if _NOT_HAPPENED.search(text, max(sentence.start, s - 60), s):
                continue  # "could also be a flurry of outrage", "canceled a scheduled interview"
            if entry.part != "verb" and _UNDONE.search(text, max(sentence.start, s - 60), s):
                continue  # "rescinded his endorsement": the earlier act undone, not the story's
            if entry.part in ("noun", "noun+noun") and lower[starts[s]] != entry.lemma and lower[starts[s]].endswith("s") \
                    and _SERIES_OF.search(text, max(sentence.start, s - 60), s):
                continue  # "a string of perceived foreign policy missteps": many occasions, not one
            if entry.lemma == "meet" and starts[s] and lower[starts[s] - 1] in _PASSIVE_BE:
                continue  # "is being met with outrage": received, not a meeting
            if entry.part == "verb+to" and not {"to", "for"} & set(lower[starts[s] + 1:starts[s] + 1 + TO_AFTER]):
                continue  # a question put ("asked if he supported"), not a request
            if entry.lemma in GIVING_VERBS and entry.part == "verb" and not _offered_to_someone(text, spans, lower, starts[s]):
                continue  # "offered a Medicare proposal", "offered new insight": put forward, no offer made
            if entry.lemma in SPEAKING_VERBS and entry.part != "noun" and {"about", "of"} & set(lower[starts[s] + 1:starts[s] + 3]):
                continue  # "talking constantly about how his policies would help": speech on a topic, no meeting
            if number and _names_no_event(text, spans, lower, starts[s], entry):
                continue  # "had no immediate comments", "vets events, debates", "often a key vote": no event
            part = "noun" if entry.part in ("noun", "noun+noun") else "verb"
            word = EventWord(s, e, text[s:e], entry.lemma, entry.concept, part, bounds)
            candidates.append((word, number in anchored_sentences))
            if entry.part == "noun+noun":
                needs_another.add((s, e))
    # "video" names an advertisement only beside a plain noun of that concept in the same article.
    plain = {w.concept for w, _ in candidates if w.part == "noun" and (w.start, w.end) not in needs_another}
    candidates = [(w, a) for w, a in candidates if (w.start, w.end) not in needs_another or w.concept in plain]
    # A noun used once beside a shared entity names the event wherever the article uses it.
    anchored_nouns = {w.lemma for w, anchored in candidates if anchored and w.part == "noun"}
    return [w for w, anchored in candidates if anchored or (w.part == "noun" and w.lemma in anchored_nouns)]


def _noun_use(lower: Sequence[str], i: int, entry: EventEntry) -> bool:
    """Whether the verb entry's word at ``i`` is the bare form used as a noun: after a determiner
    ("the talk"), or a job title ("host") anywhere but a verb's position ("to host", "will host")."""
    if entry.part not in ("verb", "verb+noun", "verb+to") or lower[i] != entry.lemma:
        return False
    before = lower[i - 1] if i else ""
    return before in _NOUN_DETERMINERS or (entry.lemma in TITLES and before not in _VERB_POSITION)


#: Verbs that make an offer only when it goes to someone ("offered Sestak a post", "offered to
#: appoint him", "was offered a position"); with a bare thing after them they put a view or a plan
#: forward ("offered a Medicare proposal", "offered new insight", "offered a dire assessment").
GIVING_VERBS = frozenset({"offer"})
#: Meeting verbs that are also verbs of speaking: with "about" or "of" right after (one adverb
#: between) they name what was spoken of ("talking constantly about how his policies would help",
#: "hard to talk about anything else"), no meeting ("to talk to Rep. Joe Sestak", "talked over each other").
SPEAKING_VERBS = frozenset({"talk"})
#: Pronouns that receive an offer: "offered him a job".
_RECIPIENTS = frozenset("him her them me us you".split())


def _offered_to_someone(text: str, spans: Sequence[tuple[int, int]], lower: Sequence[str], k: int) -> bool:
    """Whether the verb of giving at ``k`` makes an offer to someone: "to" next ("offered to
    appoint"), a recipient next (a pronoun or a capitalised name: "offered Sestak a post"), or the
    passive ("was offered a position"; "the account offered by the source" is no offer)."""
    after = lower[k + 1] if k + 1 < len(lower) else ""
    if after == "to" or after in _RECIPIENTS or (after and text[spans[k + 1][0]].isupper()):
        return True
    return k > 0 and lower[k - 1] in _PASSIVE_BE and after != "by"


#: Words that deny a happening when they stand right before its word ("had no immediate comments",
#: "does not comment", "never voted"): a remark nobody made names no event.
_NEGATORS = frozenset("no not never without nor".split())
#: Words after a plural that tie it to one happening: where, when, with whom or about what ("remarks
#: at the White House", "talks with Xi", "comments Tuesday"). A bare plural without one is a kind of
#: thing ("vets events, debates, news conferences", "the impression left on audiences").
_TIES = frozenset("at in on with between by to about over during from before after of this that last "
                  "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())
#: Before an indefinite predicate, these make it describe its subject ("Kennedy, often a key vote").
_BE_FORMS = frozenset("is was are were be been being as became becomes remains remained".split())
#: Adverbs that may stand between a comma or "is" and the predicate ("often", "long", "once").
_PREDICATE_ADVERBS = frozenset("often usually typically frequently long once sometimes also still always "
                               "considered seen widely".split())


def _names_no_event(text: str, spans: Sequence[tuple[int, int]], lower: Sequence[str], k: int,
                    entry: EventEntry) -> bool:
    """Whether the event word at ``k`` names no happening: negated ("had no immediate comments",
    "which does not comment"), a generic bare plural ("attended hundreds of vets events, debates,
    news conferences", "the impression left on audiences") or an indefinite predicate that
    describes a person ("Kennedy, often a key vote on the high court", "he was a swing vote")."""
    # Negated: a negator right before, or before one word that is no determiner ("no immediate").
    for j in (k - 1, k - 2):
        if j < 0 or re.search(r"[,;:.!?()—–]", text[spans[j][1]:spans[k][0]]) or (
                j == k - 2 and lower[k - 1] in _NOUN_DETERMINERS):
            break
        if lower[j] in _NEGATORS or lower[j].endswith("n't"):
            return True
    word = lower[k]
    if entry.part in ("noun", "noun+noun") and word != entry.lemma and word.endswith("s") \
            and not entry.lemma.endswith("s"):
        after = lower[k + 1] if k + 1 < len(lower) and not text[spans[k][1]:spans[k + 1][0]].strip() else ""
        if not _determined(text, spans, lower, k) and after not in _TIES:
            return True
    if entry.part in ("noun", "noun+noun") and word == entry.lemma and word.endswith("s") and k + 1 < len(lower) \
            and not text[spans[k][1]:spans[k + 1][0]].strip() and lower[k + 1].isalpha() \
            and lower[k + 1] not in _TIES and not _determined(text, spans, lower, k):
        # A plural-only noun ("talks", "discussions") with no determiner as the subject of a verb
        # ("that private discussions continue"): talks in general, not the one happening; alone
        # or before a time or place ("held talks.", "talks at the White House") it still names it.
        return True
    if entry.part in ("noun", "noun+noun"):
        # An indefinite noun phrase of up to three words ("a key vote") as an appositive to a name or
        # the predicate of a person ("Kennedy, often a key vote", "he was a swing vote").
        for a in range(k - 1, max(-1, k - 4), -1):
            if lower[a] in {"a", "an"}:
                j = a - 1
                while j >= 0 and lower[j] in _PREDICATE_ADVERBS:
                    j -= 1
                if j < 0:
                    return False
                gap = text[spans[j][1]:spans[j + 1][0]]
                first = j
                while first > 0 and text[spans[first - 1][0]].isupper() and not text[spans[first - 1][1]:spans[first][0]].strip():
                    first -= 1
                # A name, not a fronted time or place ("On Tuesday, a vote ...", "In Washington, a vote").
                person = (text[spans[j][0]].isupper() and lower[j] not in _TIES and lower[j] not in _MONTHS
                          and (first == 0 or lower[first - 1] not in _TIES)) or lower[j] in {"he", "she", "they"}
                # A lone capitalised word opening the sentence may be "Meanwhile," or "However,".
                if "," in gap and person and not (first == 0 and j == 0):
                    return True
                if lower[j] in _BE_FORMS and j > 0 and not text[spans[j - 1][1]:spans[j][0]].strip() and (
                        text[spans[j - 1][0]].isupper() or lower[j - 1] in {"he", "she", "they", "i", "we"}) \
                        and lower[j - 1] not in {"it", "this", "that"}:
                    return True
                return False
    return False


#: Words that make a plural noun phrase definite or counted: it names particular happenings.
# "this" and "that" never stand before a plural (number agreement: "those talks"), so before one
# "that" is a conjunction ("indicated that private discussions continue"), no determiner.
_PLURAL_DETERMINERS = (_NOUN_DETERMINERS - {"this", "that"}) | frozenset("both two three four five several what which whose".split())


def _determined(text: str, spans: Sequence[tuple[int, int]], lower: Sequence[str], k: int) -> bool:
    """Whether the plural at ``k`` has a determiner, possessive or number before it, past up to three
    modifiers and one "and" ("the Afghanistan remarks", "the Clinton conversations", "Steele's
    comments", "releases and statements" after "a number of"); a phrase of "of" counts through the
    noun before it ("a number of statements" is determined, "hundreds of vets events" is not)."""
    j, steps = k - 1, 0
    while j >= 0 and steps < 4 and not text[spans[j][1]:spans[j + 1][0]].strip(" "):
        word = lower[j]
        if word in _PLURAL_DETERMINERS or word.endswith("'s") or any(c.isdigit() for c in word):
            return True
        if word == "of":
            return j > 0 and (lower[j - 1] in _PLURAL_DETERMINERS or (j > 1 and lower[j - 2] in _PLURAL_DETERMINERS))
        if word in _TIES or word in _NEGATORS:
            return False
        j, steps = j - 1, steps + 1
    return False


def _reported_from(text: str, spans: Sequence[tuple[int, int]], lower: Sequence[str]) -> int | None:
    """Where the first reported clause of a sentence starts ("... who said | people at a recent
    public meeting were furious"), or None: the word after a verb of saying that is not a
    preposition or time word ("said in a speech" names where it was said, no clause)."""
    verbs = reporting_verbs()
    for k, word in enumerate(lower[:-1]):
        found = verbs.get(word)
        if found is None or found[1] not in CLAUSE_VERBS:
            continue
        following = lower[k + 1]
        if following in _NOT_A_CLAUSE or text[spans[k][1]:spans[k + 1][0]].strip():
            continue  # "said in a speech"; "said, ..." / "said: ..." open a quotation, handled apart
        return spans[k + 1][0]
    return None


def event_naming(articles: Sequence[Article], cast: Any, min_outlets: int = MIN_OUTLETS,
                 lexicon: EventLexicon | None = None,
                 words: Mapping[str, Sequence[EventWord]] | None = None) -> tuple[EventNaming, ...]:
    """How each outlet names the story's event, concept by concept (pure; same input, same output).

    ``cast`` is the story's :class:`biaslens.cast.Cast`: its entities named by at least
    :data:`ENTITY_OUTLETS` outlets anchor the words to the story. Concepts follow
    :data:`CONCEPTS` order and appear when ``min_outlets`` outlets name them. ``words`` may pass
    each source's :func:`story_event_words` already found (the occurrence check needs them too).
    """
    found = words if words is not None else story_event_words(articles, cast, lexicon)
    per_article = {a.source: list(found[a.source]) for a in articles}
    sources = {a.source for a in articles}
    headlines = {a.source: a.sentences[0].start if a.sentences else -1 for a in articles}
    loose = {a.source: article_event_words(a, [(x.start, x.end) for x in a.sentences], lexicon, reported=True)
             for a in articles}
    candidates = {source: list(ws) for source, ws in per_article.items()}
    times = {a.source: sentence_times(a) for a in articles}
    per_article = _at_the_story_time(articles, per_article, headlines, times)
    dated_away = {source: {(w.start, w.end) for w in candidates[source]} - {(w.start, w.end) for w in per_article[source]}
                  for source in candidates}
    # Bodies and named events only one outlet gives (a summit's name ends in a body's head word,
    # so the cast calls it an organisation); a person's name before an event word is its
    # participant ("the Clinton conversation"), not another happening's name.
    lone = [e for e in cast.entities if len(set(e.sources) & sources) < ENTITY_OUTLETS and e.kind == "organisation"]
    lone_ids = {id(e) for e in lone}
    by_source = _mentions_by_source(cast.entities)
    per_article = {a.source: _not_named_apart(a, per_article[a.source], headlines[a.source],
                                              [(m.start, m.end) for e, m in by_source.get(a.source, ())
                                               if id(e) in lone_ids])
                   for a in articles}
    # A word whose nearest named actor is a person only its outlet names is that person's act ("Ben
    # Labolt also issued a statement", "Carney's statement"): a side event, not the story's. Only
    # persons and organisations act: a place or a thing named in between ("Jack Levin, the chief
    # executive of yFrog, ... said in an interview") is no actor.
    per_article = {a.source: _owned_apart(per_article[a.source], headlines[a.source],
                                          [(m.start, m.end, e.kind == "person" and len(set(e.sources) & sources)
                                            < ENTITY_OUTLETS) for e, m in by_source.get(a.source, ())
                                           if e.kind in ("person", "organisation")])
                   for a in articles}
    # A word whose own sentence gives it an actor other than the one most outlets give for its
    # part of the event is another occasion of the same kind (Obama's "meeting with President
    # Komorowski" in a story about Biden's meeting with House Democrats).
    per_article = _side_events_apart(articles, per_article, headlines, cast)
    # A noun for a running argument with its topic given ("the tax cut debate", "the debate over
    # Social Security") is the argument, no occasion; a capitalised noun before "of" and a name
    # ("the U.S. Conference of Catholic Bishops") names a body.
    bodies = {a.source: {w.lemma for w in per_article[a.source] if w.sentence[0] != headlines[a.source]
                         and _names_a_body(a.text, w)} for a in articles}
    persons = {a.source: [(m.start, m.end) for e, m in by_source.get(a.source, ()) if e.kind == "person"]
               for a in articles}
    per_article = {a.source: [w for w in per_article[a.source] if w.sentence[0] == headlines[a.source]
                              or not (_argued(a.text, w) or _names_a_body(a.text, w)
                                      or _process(a.text, w, persons[a.source], times[a.source]))] for a in articles}
    # "Despite the closed-door lunchtime meeting", right after a sentence about Tuesday's meeting:
    # a definite noun with no time of its own refers back to the last occasion of its kind named.
    per_article = {a.source: _referring_back(a, candidates[a.source], per_article[a.source], headlines[a.source],
                                             dated_away[a.source], bodies[a.source], times[a.source])
                   for a in articles}
    texts = {a.source: a.text for a in articles}
    mentions = _actor_mentions(articles, cast)
    found: list[EventNaming] = []
    for concept, description in CONCEPTS.items():
        words = {a.source: [w for w in per_article[a.source] if w.concept == concept] for a in articles}
        words = {s: ws for s, ws in words.items() if ws}
        if len(words) < min_outlets or not _central(words, headlines, min_outlets, len(articles)) \
                or (concept in TIED_PARTS and not _tied(words, texts, mentions, min_outlets)):
            continue
        lemmas = {s: {w.lemma for w in ws} for s, ws in words.items()}
        # "Only this outlet" is a claim about the other texts: any own-voice use of the word there
        # for the same concept, in a sentence that names no shared entity too ("instead of emerging
        # from the talks complaining about each other"), makes it no outlet's own.
        for source, used in loose.items():
            lemmas[source] = lemmas.get(source, set()) | {w.lemma for w in used if w.concept == concept}
        outlets = {}
        for source, ws in words.items():
            others = set().union(*(v for s, v in lemmas.items() if s != source))
            outlets[source] = OutletEventWords(source, tuple(ws), tuple(w.lemma not in others for w in ws))
        found.append(EventNaming(concept, description, outlets))
    return tuple(found)


def _mentions_by_source(entities: Sequence[Any]) -> dict[str, list[tuple[Any, Any]]]:
    """Each source's ``(entity, mention)`` pairs of ``entities`` (the cast's), in entity then
    mention order: what a walk of every entity's mentions for one source gives, for every source
    in one walk (a walk per article grew with the square of a story's size)."""
    found: dict[str, list[tuple[Any, Any]]] = {}
    for entity in entities:
        for mention in entity.mentions:
            found.setdefault(mention.source, []).append((entity, mention))
    return found


def story_event_words(articles: Sequence[Article], cast: Any,
                      lexicon: EventLexicon | None = None) -> dict[str, list[EventWord]]:
    """Each article's event words (:func:`article_event_words`), anchored by the cast's entities
    that at least :data:`ENTITY_OUTLETS` of ``articles`` name; by source."""
    sources = {a.source for a in articles}
    shared = [e for e in cast.entities if len(set(e.sources) & sources) >= ENTITY_OUTLETS]
    by_source = _mentions_by_source(shared)
    return {a.source: article_event_words(a, [(m.start, m.end) for _, m in by_source.get(a.source, ())], lexicon)
            for a in articles}


def sentence_times(article: Article) -> dict[tuple[int, int], tuple[tuple[int, int, str], ...]]:
    """The times each sentence of ``article`` gives, by sentence ``(start, end)``, in text order:
    ``(start, end, key)`` with the date and weekday keys of :func:`biaslens.details.extract_details`
    ("weekday:tuesday", "date:2025-07") and relative times in lower case ("last summer")."""
    found: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    bounds = [(x.start, x.end) for x in article.sentences]
    for detail in extract_details(article, frozenset({"date"})):
        sentence = next((b for b in bounds if b[0] <= detail.start < b[1]), None)
        if sentence is not None:
            found.setdefault(sentence, []).append((detail.start, detail.end, detail.key))
    for lo, hi in bounds:
        for m in _RELATIVE_TIME.finditer(article.text, lo, hi):
            found.setdefault((lo, hi), []).append((m.start(), m.end(), " ".join(m.group().lower().split())))
    return {b: tuple(sorted(v)) for b, v in found.items()}


def times_of(text: str, word: EventWord, times: Sequence[tuple[int, int, str]]) -> set[str]:
    """The times that date ``word``: those of its clause, and one that opens the sentence ("Later
    in the day, ..."). "Rejected the overture and went on to win ... earlier this month": the
    time dates the other clause, not the overture."""
    out = set()
    for lo, hi, key in times:
        between = text[min(hi, word.end):max(lo, word.start)]
        opener = not text[word.sentence[0]:lo].strip(" “\"'‘")
        # "..., as was the case following phone calls last week, each side released an identical
        # statement": the time dates the occasion compared with, not the word.
        compared = _COMPARED.search(text, word.end, lo) if lo >= word.end else \
            (_COMPARED.search(text, word.sentence[0], lo) and "," in text[hi:word.start])
        if (opener or not _CLAUSE_BREAK.search(between)) and not compared:
            out.add(key)
    return out


def _at_the_story_time(articles: Sequence[Article], per_article: Mapping[str, list[EventWord]],
                       headlines: Mapping[str, int], times: Mapping[str, Mapping[tuple[int, int], Any]]
                       ) -> dict[str, list[EventWord]]:
    """Drop the words dated to another happening (module docstring): the word's clause gives
    times and none is also given by another outlet for a word naming the event. ``times``: each
    source's :func:`sentence_times`."""
    dated = {}
    for article in articles:
        dated[article.source] = [(w, times_of(article.text, w, times[article.source].get(w.sentence, ())))
                                 for w in per_article[article.source]]
    by_outlet = {source: set().union(*(t for _, t in words)) for source, words in dated.items()}
    shared = {t for source, ts in by_outlet.items() for t in ts
              if any(t in other for s, other in by_outlet.items() if s != source)}
    return {source: [w for w, t in words if w.sentence[0] == headlines.get(source) or not t or t & shared]
            for source, words in dated.items()}


def _not_named_apart(article: Article, words: Sequence[EventWord], headline: int,
                     lone: Sequence[tuple[int, int]]) -> list[EventWord]:
    """Drop the words that name a happening of its own by a name only this outlet gives: inside
    or right after a mention of an entity no other outlet names ("the ASEAN Summit in Kuala
    Lumpur", "the Asia-Pacific Economic Cooperation (APEC) summit" in a story about a meeting in
    Tokyo). "The Tokyo summit", "the Afghanistan remarks" keep their words: the story shares the
    name. Headlines keep theirs (title case capitalises every word)."""
    text = article.text
    out = []
    for w in words:
        named = w.sentence[0] != headline and any(
            lo <= w.start < hi or (hi <= w.start and not text[hi:w.start].strip(" )")) for lo, hi in lone)
        if not named:
            out.append(w)
    return out


def _owned_apart(words: Sequence[EventWord], headline: int,
                 mentions: Sequence[tuple[int, int, bool]]) -> list[EventWord]:
    """Drop the words whose nearest named actor before them in their sentence is a person no other
    outlet names (``mentions``: ``(start, end, lone person?)``); headlines keep their words."""
    out = []
    for w in words:
        before = [m for m in mentions if w.sentence[0] <= m[0] and m[1] <= w.start]
        nearest = max(before, default=None, key=lambda m: (m[1], m[1] - m[0]))
        if w.sentence[0] == headline or nearest is None or not nearest[2]:
            out.append(w)
    return out


#: Between an actor's name and the event word it owns: "Akin's comments", "Mr. Biden's private visit".
_POSSESSIVE_GAP = re.compile(r"^['’]s\s+(?:[\w-]+\s+){0,2}$")
#: Between the event word and the actor named after it: "comments by Representative Todd Akin", "a
#: statement from the Democratic committee", "the statement came from Missouri Sen. Roy Blunt".
#: "by" before a lower-case gerund says how, not who: "opened the meeting by recalling Abe's
#: admiration" (names are capitalised: "by Xi Jinping" is still an actor).
_BY_GAP = re.compile(r"^\s+(?:came\s+|issued\s+|released\s+)?(?:by|from)\s+(?![a-z][\w-]*ing\b)(?:[\w.-]+\s+){0,4}$")
#: An actor named by a common noun after "by"/"from" ("a statement from the Democratic committee",
#: "a statement by his campaign"): someone other than any named actor.
_UNNAMED_ACTOR = re.compile(r"\s+(?:by|from)\s+(?:the|his|her|its|their|a|an)\s+(?:[\w.-]+\s+){0,3}?"
                            r"(?:committee|campaign|office|party|group|spokes(?:man|woman|person)|aides?|officials?|"
                            r"senators|leaders|organi[sz]ation|council|caucus)\b", re.I)
#: Helpers named by a common noun who spoke in the word ("his aides argued in interviews this week",
#: "her advisers said in a statement"): the word is their occasion, no outlet's named actor's.
_UNNAMED_SPEAKER = re.compile(r"(?P<who>\b(?:his|her|their|its|the)\s+(?:[\w-]+\s+)?(?:aides?|advis[eo]rs?|officials?|allies|"
                              r"spokes(?:man|woman|person)|staff(?:ers)?|associates|strategists|lawyers?|attorneys?))\s+"
                              r"(?:[a-z]+\s+){1,2}?(?:in|during)\s+(?:an?\s+|the\s+|their\s+|separate\s+)?(?:[\w-]+\s+){0,2}$")
#: Between the event word and who it was held with: "meeting with President Bronislaw Komorowski",
#: "an interview with WMUR".
_WITH_GAP = re.compile(r"^\s+with\s+(?:[\w.-]+\s+){0,4}$")
#: Before the actor that opens a sentence: nothing but capitalised title words ("Vice President").
_OPENS = re.compile(r"^(?:[“\"][^”\"]*[”\"]\s*,?\s*)?(?:[A-Z][\w.]*\s+){0,3}$")
#: A quotation that opens a sentence ("“Today, ...,” Mr. Romney said in a statement").
_LEAD_QUOTE = re.compile(r"[“\"][^”\"]*[”\"]\s*,?\s*")
#: Before a noun that is what the sentence's subject did it in or made: "said in a statement",
#: "during an interview", "traveled ... for a private meeting", "made the remarks", "released a statement".
_DONE_IN = re.compile(r"\b(?:in|during|for|made|gave|issued|released|delivered)\s+(?:a|an|the|his|her|their|its)\s+"
                      r"(?:[\w-]+\s+){0,2}$", re.I)
#: Between an event word and another of its part that it is about: "apologized for his remarks".
_ABOUT_ANOTHER = re.compile(r"\s+(?:for|over)\s+(?:(?:the|his|her|their|its|that|this|those|these)\s+)?(?:[\w-]+\s+)?$")
#: Words that make an event word another occasion of its kind: "a subsequent interview", "a
#: separate statement", "another meeting", "an earlier interview".
_OTHER_OCCASION = re.compile(r"\b(?:subsequent|separate|another|earlier|previous|prior|follow-up)\s+(?:[\w-]+\s+)?$", re.I)
#: After a verb, the same marks make what it does another occasion: "will also hold a separate
#: meeting", "met again", "meet with them once more" (the meeting named is not the story's).
_OTHER_OCCASION_AFTER = re.compile(r"\s+(?:(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+)?"
                                   r"(?:subsequent|separate|another|follow-up)\b|(?:with\s+\w+\s+)?(?:again|anew|once\s+more)\b)",
                                   re.I)
#: "It's not the first time Newsweek has faced conservative backlash", "This isn't the first ad the
#: group has run": the word names the earlier occasions of its kind, not the story's.
_NOT_THE_FIRST = re.compile(r"(?:\bnot|n['’]t)\s+the\s+first\s+(?:time\s+[^.;:,—–]*|(?:[\w-]+\s+)?)$", re.I)


def _agents(text: str, word: EventWord, mentions: Sequence[tuple[int, int, str]]) -> tuple[set[str], bool]:
    """Who the sentence of ``word`` says acted in it (``mentions``: ``(start, end, entity id)`` of
    persons and organisations): the owner ("Akin's comments"), the actor after "by"/"from" ("a
    statement from the Democratic committee", an actor no name gives: the phrase itself); else the actor who opens the sentence when the word
    is what that actor did it in or made ("Romney had stopped short ... in an interview", "Akin
    made the remarks"), and, for a meeting, whoever it was held "with" ("after meeting with
    President Komorowski"). Any other name in the sentence is not read as the actor: it is too
    often not ("Obama ... disputed that Democrats feel betrayed by his deal"). The flag tells
    whether the word itself names its owner (the first two ways), the surest sign of who acted."""
    inside = [m for m in mentions if word.sentence[0] <= m[0] and m[1] <= word.sentence[1]]
    owners = {e for lo, hi, e in inside if hi <= word.start and _POSSESSIVE_GAP.match(text[hi:word.start])}
    owners |= {e for lo, hi, e in inside if lo >= word.end and _BY_GAP.match(text[word.end:lo])}
    if owners:
        return owners, True
    unnamed = _UNNAMED_ACTOR.match(text, word.end, word.sentence[1])
    if unnamed:
        return {" ".join(unnamed.group().lower().split())}, True
    found = set()
    if word.concept == "meeting":
        found = {e for lo, hi, e in inside if lo >= word.end and _WITH_GAP.match(text[word.end:lo])}
    # The sentence's subject comes after a quotation that opens it ("“...,” Mr. Romney said").
    lead = _LEAD_QUOTE.match(text, word.sentence[0], word.sentence[1])
    opener = min((m for m in inside if not lead or m[0] >= lead.end()), default=None)
    if opener is not None and opener[1] <= word.start and _OPENS.match(text[word.sentence[0]:opener[0]]) \
            and _DONE_IN.search(text, max(word.sentence[0], word.start - 40), word.start):
        found.add(opener[2])
    return found, False


def _actor_mentions(articles: Sequence[Article], cast: Any) -> dict[str, list[tuple[int, int, str]]]:
    """Each source's mentions of persons and organisations, the cast's only actors: ``(start, end,
    entity id)``."""
    by_source = _mentions_by_source(cast.entities)
    return {a.source: [(m.start, m.end, e.id) for e, m in by_source.get(a.source, ())
                       if e.kind in ("person", "organisation")] for a in articles}


#: Concepts whose occasion has several parties, each of whom may be named as its actor.
_SEVERAL_PARTIES = frozenset({"meeting", "agreement"})


def _side_events_apart(articles: Sequence[Article], per_article: Mapping[str, list[EventWord]],
                       headlines: Mapping[str, int], cast: Any) -> dict[str, list[EventWord]]:
    """Drop the words that name another occasion of the same kind (module docstring): one whose
    sentence gives it actors (:func:`_agents`) none of whom is among the owners the most outlets
    (at least two) give for that part of the event (or, without such owners, the actors); one marked as another occasion ("a subsequent interview");
    and "the interview" right after such a word, which refers back to it. Headlines keep theirs."""
    texts = {a.source: a.text for a in articles}
    mentions = _actor_mentions(articles, cast)
    agents = {s: [_agents(texts[s], w, mentions[s]) for w in ws] for s, ws in per_article.items()}
    named_in = Counter(e for s in mentions for e in {e for _, _, e in mentions[s]})
    everywhere = {e for e, n in named_in.items() if n == len(articles)} if len(articles) >= 2 else set()
    central: dict[str, set[str]] = {}
    for concept in CONCEPTS:
        # The owners the most outlets give ("Akin's comments", "comments by Representative Todd
        # Akin"), else the actors the most outlets give in any way; one outlet alone gives no
        # agreement on who acted.
        for owned in (True, False):
            outlets = Counter(e for s, ws in per_article.items()
                              for e in set().union(*(a for w, (a, o) in zip(ws, agents[s])
                                                     if w.concept == concept and (o or not owned))))
            most = max(outlets.values(), default=0)
            central[concept] = {e for e, n in outlets.items() if n == most} if most >= ENTITY_OUTLETS else set()
            if central[concept]:
                break
        if concept in _SEVERAL_PARTIES and central[concept]:
            # A meeting or an agreement has several parties: "Takaichi opened the meeting", "her
            # first major summit" name the same meeting as "Trump's visit". The story's main
            # parties, the people and bodies every article names, are all its actors; a party
            # some articles leave out ("a meeting with Chinese President Xi") is not.
            central[concept] |= everywhere
    out = {}
    for source, ws in per_article.items():
        text, kept, side_lemmas = texts[source], [], set()
        for w, (acted, _) in zip(ws, agents[source]):
            if w.sentence[0] == headlines.get(source):
                kept.append(w)
                continue
            # "Akin apologized for his remarks", "his apology for that comment": the word answers
            # another word of its part, a later occasion about the event, not the event.
            answers = any(o.concept == w.concept and o.sentence == w.sentence and o.start > w.end
                          and _ABOUT_ANOTHER.match(text[w.end:o.start]) for o in ws)
            side = answers or bool(central[w.concept] and acted and not acted & central[w.concept]) \
                or bool(_OTHER_OCCASION.search(text, max(w.sentence[0], w.start - 40), w.start)) \
                or (w.part == "verb" and bool(_OTHER_OCCASION_AFTER.match(text, w.end, w.sentence[1]))) \
                or bool(_NOT_THE_FIRST.search(text, w.sentence[0], w.start)) \
                or bool(_UNNAMED_SPEAKER.search(text, w.sentence[0], w.start))
            # "During the interview": the definite noun with no actor of its own is the last one named.
            if not side and not acted and w.part == "noun" and w.lemma in side_lemmas \
                    and re.search(r"\b(?:the|that|this)\s+$", text[max(w.sentence[0], w.start - 5):w.start], re.I):
                side = True
            if side:
                side_lemmas.add(w.lemma)
            else:
                side_lemmas.discard(w.lemma)
                kept.append(w)
        out[source] = kept
    return out


#: Nouns that name an occasion ("the debate on Thursday", "talks at the White House") and also a
#: running argument ("the tax cut debate", "the debate over Social Security").
ARGUMENT_NOUNS = frozenset({"debate", "negotiations", "discussions", "talks"})
#: A topic after an argument noun: "the debate over Social Security", "talks about the budget".
_TOPIC_AFTER = re.compile(r"\s+(?:over|about)\s")
#: Who took part, right after the noun: "deficit talks between Mr. Obama and Mr. Boehner" is an occasion.
_PARTIES_AFTER = re.compile(r"\s+(?:between|with)\s+(?:the\s+)?[A-Z]")
#: One or two lower-case words between a determiner and the noun: its modifiers ("the tax cut debate").
_MODIFIERS = re.compile(r"\b(?:the|a|an|this|that|these|those|his|her|its|their|our)\s+((?:[a-z]+\s+){1,2})$")
#: Modifiers that say which occasion or what kind, not what is argued ("the only debate", "the first
#: talks", "the presidential debate": adjectives by their ending).
_NOT_A_TOPIC = frozenset("""only first second third last latest next final lone own new big great major key main open
private public formal brief long short high top joint recent current same whole full early late fresh further real
serious tense direct secret live other such more most any every each no some entire actual""".split())
_ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive", "ful", "less", "able", "ible", "ed", "ing", "ary", "ly", "est", "ish")


def _argued(text: str, word: EventWord) -> bool:
    """Whether ``word`` names a running argument, not an occasion: a noun of :data:`ARGUMENT_NOUNS`
    with its topic, "over"/"about" something after it or lower-case nouns before it after a
    determiner ("the stakes in the tax cut debate", "a watershed moment in the debate over Social
    Security"), and no parties named ("the first one-on-one deficit talks between Mr. Obama and
    Mr. Boehner" is the meeting). "The vice presidential debate", "the Newsmax debate" are occasions."""
    if word.part != "noun" or word.lemma not in ARGUMENT_NOUNS or _PARTIES_AFTER.match(text, word.end):
        return False
    if _TOPIC_AFTER.match(text, word.end):
        return True
    modifiers = _MODIFIERS.search(text, word.sentence[0], word.start)
    return modifiers is not None and all(m not in _NOT_A_TOPIC and not m.endswith(_ADJECTIVE_ENDINGS)
                                         for m in modifiers.group(1).split())


#: Plural nouns that most often name a process ("the negotiations could shift to entitlement programs",
#: "the negotiations between the White House and Congressional Republicans"), an occasion only when
#: tied to one (:func:`_process`).
PROCESS_NOUNS = frozenset({"negotiations", "discussions"})
#: An owner right before: "their bilateral discussions", "Biden's negotiations".
_OWNED_BY = re.compile(r"(?:\b(?:their|his|her)|['’]s)\s+(?:[\w-]+\s+){0,2}$", re.I)
#: A place after: "discussions at the White House", "negotiations in Tokyo".
_PLACE_AFTER = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?[A-Z]")
#: Parties after: "with" or "between" and up to six words to the first person's name.
_PARTIES = re.compile(r"\s+(?:with|between)\s+(?:\S+\s+){0,5}")


def _process(text: str, word: EventWord, persons: Sequence[tuple[int, int]],
             times: Mapping[tuple[int, int], Sequence[tuple[int, int, str]]]) -> bool:
    """Whether ``word``, a noun of :data:`PROCESS_NOUNS`, names the process, not an occasion: nothing
    in its phrase ties it to one, neither an owner ("during their bilateral discussions"), nor a
    time in its clause ("negotiations on Sunday"), nor a place ("held discussions at the White
    House"), nor people it was held with ("negotiations
    between Mr. Obama and Mr. Boehner"; institutions, "between the White House and Congressional
    Republicans", negotiate as a process)."""
    if word.part != "noun" or word.lemma not in PROCESS_NOUNS:
        return False
    if _OWNED_BY.search(text, word.sentence[0], word.start):
        return False
    if times_of(text, word, times.get(word.sentence, ())):
        return False
    if _PLACE_AFTER.match(text, word.end, word.sentence[1]):
        return False
    parties = _PARTIES.match(text, word.end, word.sentence[1])
    return not (parties and any(word.end < lo <= parties.end() for lo, _ in persons))


#: After a capitalised event noun: "of" and a name ("Conference of Catholic Bishops", "Summit of the Americas").
_OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _names_a_body(text: str, word: EventWord) -> bool:
    """Whether ``word`` is part of a body's or a named event's name, not an occasion of the story: a
    capitalised noun inside its sentence followed by "of" and a name ("the U.S. Conference of
    Catholic Bishops"). Headlines are left alone by the caller (title case capitalises every word)."""
    return word.part == "noun" and text[word.start].isupper() and word.start > word.sentence[0] \
        and bool(_OF_A_NAME.match(text, word.end))


#: A definite noun phrase up to the event word: "the meeting", "this closed-door lunchtime meeting".
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}$", re.I)
#: Modifiers that set a definite noun apart from the occasion named before ("this latest ad", "the new
#: statement"): it is another one, not a reference back.
_CONTRAST = re.compile(r"\b(?:latest|new|newest|current|present|second|next|other|same)\s+(?:[\w-]+\s+)?$", re.I)


def _referring_back(article: Article, candidates: Sequence[EventWord], kept: Sequence[EventWord], headline: int,
                    elsewhere: set[tuple[int, int]], bodies: set[str],
                    times: Mapping[tuple[int, int], Sequence[tuple[int, int, str]]]) -> list[EventWord]:
    """Drop a definite noun with no time of its own that refers back to another occasion: the last
    word of its part in its own or the sentence before was dated to another time (``elsewhere``:
    "as contentious as the one that he led with their Senate colleagues on Tuesday. Despite the
    closed-door lunchtime meeting, ..."), or the article named a body with its lemma (``bodies``:
    "the Conference of Catholic Bishops ... the conference responded"). A name in the phrase ties it
    to its own occasion ("The Tokyo summit"), and "this latest ad" sets itself apart from the one
    before (:data:`_CONTRAST`); headlines keep their words. ``times``: the article's :func:`sentence_times`."""
    text = article.text
    kept_at = {(w.start, w.end) for w in kept}
    order = {(s.start, s.end): i for i, s in enumerate(article.sentences)}
    out = []
    for w in kept:
        definite = w.part == "noun" and w.sentence[0] != headline and _DEFINITE.search(text, w.sentence[0], w.start)
        # A name in the phrase ties the noun to its own occasion: "The Tokyo summit", "the White House meeting".
        own_tie = definite and (_CONTRAST.search(text, w.sentence[0], w.start)
                                or any(c.isupper() for c in text[definite.start() + 1:w.start]))
        if definite and not own_tie and not times_of(text, w, times.get(w.sentence, ())):
            if w.lemma in bodies:
                continue
            near = [o for o in candidates if o.end <= w.start and o.concept == w.concept
                    and order.get(w.sentence, 0) - order.get(o.sentence, 0) in (0, 1)]
            if near and (near[-1].start, near[-1].end) in elsewhere and (near[-1].start, near[-1].end) not in kept_at:
                continue
        out.append(w)
    return out


#: Parts that are one party's act towards another (an asker and who is asked: "asked Clinton to
#: talk to Sestak", "offered Sestak a post"): outlets name the same one only with a word or an
#: actor in common (:func:`_tied`). A reaction is many people's ("drew fierce criticism", "the
#: backlash built", "negative reactions from conservatives"): its outlets may share neither.
TIED_PARTS = frozenset({"request"})


def _tied(words: Mapping[str, Sequence[EventWord]], texts: Mapping[str, str],
          mentions: Mapping[str, Sequence[tuple[int, int, str]]], min_outlets: int) -> bool:
    """Whether ``min_outlets`` outlets name one occasion of this part: each shares with another a
    word for it (a lemma) or an actor its sentence gives it (:func:`_agents`: "Trump's comments",
    "comments by Trump"). Outlets that each name a different thing with a word of the part (a
    candidate's "blue-collar appeal", "overtures to Putin", "urged the candidate to dig in") tell
    no occasion together: the part is no part of the story's event."""
    marks = {s: {("lemma", w.lemma) for w in ws}
             | {("actor", e) for w in ws for e in _agents(texts[s], w, mentions[s])[0]} for s, ws in words.items()}
    tied = {s for s, m in marks.items() if any(m & other for o, other in marks.items() if o != s)}
    return len(tied) >= min_outlets


def _central(words: Mapping[str, Sequence[EventWord]], headlines: Mapping[str, int], min_outlets: int,
             outlets: int = 0) -> bool:
    """Whether a concept is part of the story's central event, not a side event one sentence
    mentions ("was in the audience"): ``min_outlets`` outlets name it at least twice each, or one
    names it in its headline (first sentence), or every one of the story's ``outlets`` (three or
    more) names it with the same noun ("his speech", "the roughly 30-minute speech", "later in his
    speech"): one thing all of them name is one occasion, no side remark of one. Other words do not
    do it: "criticized" in three outlets, or "controversy" and "criticism", may be three things."""
    repeated = sum(1 for ws in words.values() if len(ws) >= 2)
    in_headline = any(w.sentence[0] == headlines.get(source) for source, ws in words.items() for w in ws)
    nouns = [{w.lemma for w in ws if w.part == "noun"} for ws in words.values()]
    everyone = outlets > min_outlets and len(words) >= outlets and bool(set.intersection(*nouns))
    return repeated >= min_outlets or in_headline or everyone


__all__ = [
    "ARGUMENT_NOUNS",
    "CONCEPTS",
    "ENTITY_OUTLETS",
    "EventEntry",
    "EventLexicon",
    "EventNaming",
    "EventWord",
    "GIVING_VERBS",
    "LEXICON_NAME",
    "MIN_OUTLETS",
    "NOUN_AFTER",
    "NOUN_BEFORE",
    "OutletEventWords",
    "PARTS",
    "PROCESS_NOUNS",
    "SPEAKING_VERBS",
    "TIED_PARTS",
    "TO_AFTER",
    "article_event_words",
    "event_naming",
    "parse_event_lexicon",
    "read_event_lexicon",
    "CLAUSE_VERBS",
    "sentence_times",
    "story_event_words",
    "times_of",
]
