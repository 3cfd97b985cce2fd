"""Hedge, sourcing and booster cues in a text: pure matching over plain word lists.

Three kinds of cue:

* ``epistemic``: modal and probability language, the writer is not certain ("may",
  "is expected to", "appears to", "is believed to");
* ``sourcing``: a claim passed on from someone else or from no one in particular
  ("reportedly", "according to Reuters", "analysts believe", "people familiar with");
  each carries its source and a source type: ``named`` (Reuters, the White House),
  ``vague`` (analysts, officials, reports) or ``anonymous`` (no one: "reportedly",
  "sources say", "it is understood");
* ``booster``: the opposite, certainty and intensity ("clearly", "historic", "landmark").

Lexicon files
-------------
Plain UTF-8 text, one entry a line; the built-in ones live in ``biaslens/lexicons/``. Lines
starting with ``#`` are comments; the header names the source and licence and the kind::

    # kind: epistemic            (or sourcing, booster; else the file name must contain the kind)
    # Source: ...   Licence: ...
    may                          a word, with its inflections (suggest: suggests, suggested ...)
    =perhaps                     "=" : this exact form only
    be * expected to             "*" : skip 0-4 words ("is widely expected to"); "be" is any form
    according to <source>        "<source>": who passes the claim on (sourcing lists only)

Matching is case-insensitive; when two entries overlap the one starting first wins, then the
longer one. Classic false positives are rejected by rules in this module, each kept as a
negative test case: "May" the month or a name, "could not" (past inability, not the writer's
doubt), "claims" the noun ("insurance claims"), "likely voters", "as the name suggests",
"according to plan", "might" the noun ("military might"), "as soon as possible"; and cues that
are not the writer's doubt: a conviction ("believe in"), a person's suggestion ("Corker suggested"),
a time or purpose clause ("before a word could be uttered"), a booster in a question ("whether it
would be dramatic"), a risk in the world ("any uncertainty in China").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

from .text import ascii_folded

KINDS = ("epistemic", "sourcing", "booster")
SOURCE_TYPES = ("named", "vague", "anonymous")
BUILTIN_LEXICONS = ("hedges_epistemic.txt", "hedges_sourcing.txt", "boosters.txt")
GAP_WORDS = 4

# Forms of "be", used both for "be" in entries and to stop a "<source> * verb" gap from
# swallowing a passive ("Takaichi is believed to" is the writer's hedge, not Takaichi's belief).
_BE_FORMS = ("is", "are", "was", "were", "be", "been", "being", "am")
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "be": _BE_FORMS,
    "say": ("say", "says", "said", "saying"),
    "think": ("think", "thinks", "thought", "thinking"),
    "tell": ("tell", "tells", "told", "telling"),
    "see": ("see", "sees", "saw", "seen", "seeing"),
    "understand": ("understand", "understands", "understood", "understanding"),
    "feel": ("feel", "feels", "felt", "feeling"),
    "know": ("know", "knows", "knew", "known", "knowing"),
    "have": ("have", "has", "had", "having"),
    "it": ("it",),
}
# Closed-class words are never inflected ("to" must not match "tos").
_NO_INFLECT = {
    "a", "an", "the", "to", "of", "as", "that", "from", "in", "on", "by", "with", "or", "and",
    "not", "no", "all", "may", "might", "could", "there", "some", "many", "critics", "it",
}
_WORD_CHARS = r"[\w'’\-]"
_LEFT = rf"(?<!{_WORD_CHARS})"
_RIGHT = rf"(?!{_WORD_CHARS})"
_GAP_WORD = rf"(?!(?:{'|'.join(_BE_FORMS)}){_RIGHT})[^\W\d_]{_WORD_CHARS}*"

# --- sources -------------------------------------------------------------------------------
# Head nouns of a vague source: a group or document, not a person or body you could check.
VAGUE_HEADS = (
    "analysts", "analyst", "officials", "official", "experts", "expert", "observers", "critics",
    "commentators", "economists", "diplomats", "investors", "traders", "scientists", "researchers",
    "historians", "scholars", "authorities", "aides", "advisers", "advisors", "lawmakers",
    "residents", "witnesses", "reports", "report", "media", "people", "insiders", "insider",
    "sources", "source", "observers", "strategists", "operatives", "economists", "forecasters", "pundits",
    "polls", "surveys", "estimates", "documents", "others", "many", "some", "most", "few",
    # A study's findings passed on ("according to a new poll", "according to the institute").
    "poll", "survey", "study", "institute",
)
# Heads of a study or of the body that made it: named when the article names its maker.
_STUDY_HEADS = frozenset({"poll", "survey", "study", "institute"})
# Heads that mark a deliberately unnamed source.
ANONYMOUS_HEADS = {"insiders", "insider", "sources", "source"}
_VAGUE_MODIFIERS = (
    "the", "a", "an", "some", "many", "several", "most", "other", "few", "two", "three", "four",
    "senior", "top", "local", "leading", "independent", "unnamed", "anonymous", "government",
    "administration", "industry", "market", "military", "political", "western", "foreign",
    "security", "intelligence", "trade", "economic", "financial", "energy", "defense", "defence",
    "diplomatic", "news", "press", "state", "media", "chinese", "japanese", "american", "european",
    "russian", "british", "israeli", "u.s.", "us", "party", "campaign", "police", "multiple", "new", "latest", "recent",
)
# A plural noun for people of a kind ("operatives", "strategists", "officials", "insiders", "consultants"):
# after a party's or body's name ("GOP operatives believe") the source is the unnamed group, not the body.
_PERSON_PLURAL = re.compile(r"(?-i:[a-z]+(?:ers|ors|ists|ants|ents|ives|ians|als|ics|ides))(?![\w'’\-])")
# A passive's agent between the participle and "to" ("is expected by some to", "is thought by
# historians to"): up to three words after "by".
_BY_AGENT = rf"(?:\s+by(?:\s+{_GAP_WORD}){{1,3}}?)?"
# Capitalised plurals that name a party's or a people's members, not a body you could check.
_PARTY_PLURALS = frozenset({"Republicans", "Democrats", "GOPers", "Conservatives", "Liberals", "Progressives",
                            "Independents", "Americans", "Europeans"})
# A capitalised plural naming the members of a party, a people or a faith ("Democrats", "American
# Indians", "Senate Republicans", "Evangelicals"): everyone of a kind, no body a reader could check.
# By their endings, so "Reuters", "The Times" and "Fox News" stay names.
_GROUP_PLURAL = re.compile(r"(?-i:[A-Z][a-z]+(?:ans|ats|ists|ives|als|ites))")
# Quantifiers before such a plural are part of the source as written ("many Democrats").
_QUANTIFIER_BEFORE = re.compile(r"(?<![\w'’\-])(?:many|some|most|several|few|other|all|top|senior|leading)\s+$", re.I)
# A lower-case plural joined by "and" before a group ("black farmers and American Indians who
# claimed"): one group of claimants, not only its second half.
_JOINED_GROUP_BEFORE = re.compile(r"(?<![\w'’\-])(?-i:(?:[a-z]+\s+)?[a-z]+s)\s+and\s+$")


def group_of_people(name: str) -> bool:
    """Whether a capitalised source names all the members of a party, people or faith ("many
    Democrats", "American Indians", "Senate Republicans"), a vague source, rather than one person or
    body a reader could check ("Reuters", "the White House")."""
    last = name.split()[-1] if name.split() else ""
    return last in _PARTY_PLURALS or _GROUP_PLURAL.fullmatch(last) is not None
_PARTICIPLES = frozenset({"thought", "said", "known", "seen", "understood", "told"})
_PRONOUNS = ("he", "she", "they", "we", "i")
# Capitalised words that start sentences but are not names.
_NOT_NAMES = {
    "the", "a", "an", "it", "this", "that", "these", "those", "he", "she", "they", "we", "i", "his",
    "her", "their", "our", "its", "however", "but", "and", "yet", "so", "some", "many", "most", "in",
    "on", "at", "for", "if", "when", "while", "as", "after", "before", "still", "also", "there",
    "what", "who", "which", "both", "all", "each", "such", "then", "now", "meanwhile", "moreover",
    "interestingly", "instead", "thus", "since", "although", "though", "because", "with", "by",
    "under", "over", "during", "following", "according", "despite", "until", "once", "mr", "ms", "my", "your", "you",
}
_CAP = r"(?-i:[A-Z][\w&.'’\-]*)"
_NAMED = rf"(?:(?:the|a|an)\s+)?{_CAP}(?:\s+(?:(?:of|for|and|de)\s+)?{_CAP}){{0,5}}"
_VAGUE = (
    rf"(?:(?:{'|'.join(re.escape(m) for m in _VAGUE_MODIFIERS)}|{_CAP})\s+){{0,3}}"
    rf"(?:{'|'.join(VAGUE_HEADS)}){_RIGHT}"
)
_LINK = r"(?:from|at|in|of|close\s+to|within|inside|with|for)"
_SOURCE_SLOT = (
    rf"(?:{_VAGUE}(?:\s+{_LINK}\s+{_NAMED})?|(?:{'|'.join(_PRONOUNS)}){_RIGHT}|{_NAMED})"
)
_NAMED_INSIDE = re.compile(rf"{_LEFT}(?:(?:the|a|an)\s+)?{_CAP}(?:\s+(?:(?:of|for|and|de)\s+)?{_CAP}){{0,5}}")
_VAGUE_RE = re.compile(rf"{_LEFT}{_VAGUE}", re.I)


@dataclass(frozen=True)
class Entry:
    """One lexicon line: its ``kind``, the raw ``pattern`` and the ``lexicon`` file it came from."""

    kind: str
    pattern: str
    lexicon: str

    @property
    def lemma(self) -> str:
        """The entry as a reader would say it: "be * expected to" -> "be expected to"."""
        words = [w.lstrip("=") for w in self.pattern.split() if w != "*" and not w.startswith("<")]
        return " ".join(words)


@dataclass(frozen=True)
class Cue:
    """One cue found in a text: offsets into that text, its kind and lexicon entry.

    ``source``/``source_type`` are set for sourcing cues only (``source`` is ``None`` when no
    one is named, e.g. "reportedly"); ``note`` is a one-line reason a student can read.
    """

    start: int
    end: int
    text: str
    kind: str
    lemma: str
    source: str | None = None
    source_type: str | None = None
    note: str = ""


# --- lexicon files ---------------------------------------------------------------------------
def parse_lexicon(text: str, name: str) -> list[Entry]:
    """Parse a lexicon file's ``text``; ``name`` (file name) gives the kind if the header does not.

    Raises ``ValueError`` naming the file when no kind can be found or a line is malformed.
    """
    kind = None
    for line in text.splitlines():
        match = re.match(r"#\s*kind\s*:\s*(\w+)", line.strip(), re.I)
        if match:
            kind = match.group(1).lower()
            break
    if kind is None:
        kind = next((k for k in KINDS if k in Path(name).name.lower()), None)
    if kind not in KINDS:
        raise ValueError(f"{name}: say the kind in a '# kind: epistemic|sourcing|booster' line or the file name")
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        stripped = " ".join(line.split())
        if not stripped or stripped.startswith("#"):
            continue
        if "<source>" in stripped and kind != "sourcing":
            raise ValueError(f"{name}:{number}: <source> slots belong in sourcing lexicons")
        if all(word == "*" or word.startswith("<") for word in stripped.split()):
            raise ValueError(f"{name}:{number}: entry {stripped!r} has no word to match")
        entries.append(Entry(kind, stripped.lower(), Path(name).name))
    return entries


def read_lexicon(path: str | Path) -> list[Entry]:
    """Read and parse one lexicon file from disk (a user's extra list)."""
    file = Path(path)
    return parse_lexicon(file.read_text(encoding="utf-8"), file.name)


def builtin_entries() -> list[Entry]:
    """Return the entries of the lexicons shipped in ``biaslens/lexicons``."""
    folder = resources.files("biaslens") / "lexicons"
    entries: list[Entry] = []
    for name in BUILTIN_LEXICONS:
        entries += parse_lexicon((folder / name).read_text(encoding="utf-8"), name)
    return entries


# --- compiling ------------------------------------------------------------------------------
def inflections(word: str) -> tuple[str, ...]:
    """Return ``word`` and its regular (and a few irregular) inflected forms.

    Over-generation is harmless ("mays" never occurs), so the rules stay simple.
    """
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word in _NO_INFLECT or not word.isalpha():
        return (word,)
    forms = {word, word + "s", word + "ed", word + "ing"}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    if word.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(word + "es")
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if word.endswith("ly"):  # adverbs and adjectives like "likely" take no verb endings
        forms = {word}
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


def _word_regex(word: str, contracted_next: bool = False) -> str:
    # contracted_next: the entry's next word may be written "'s" right after this one ("there's").
    forms = (word[1:],) if word.startswith("=") else inflections(word)
    right = _RIGHT_BEFORE_S if contracted_next else _RIGHT
    return "(?:" + "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in forms) + f"){right}"


def _words_regex(words: list[str], slot_group: str, first: str = "") -> str:
    """Regex for entry words after the first position (each preceded by whitespace).

    ``first`` is the entry's first word: a "to" right after a passive participle ("expected to")
    may have the passive's agent before it ("is expected by some to").
    """
    parts: list[str] = []
    previous = first.lstrip("=")
    for i, word in enumerate(words):
        if word == "to" and (previous.endswith("ed") or previous in _PARTICIPLES):
            parts.append(_BY_AGENT)
        contracted = _contractible(previous, word)
        contracted_next = i + 1 < len(words) and _contractible(word, words[i + 1])
        previous = word.lstrip("=")
        if word == "*":
            parts.append(f"(?:\\s+{_GAP_WORD}){{0,{GAP_WORDS}}}?")
        elif word == "<source>":
            parts.append(f"\\s+(?P<{slot_group}>{_SOURCE_SLOT})")
        elif contracted:
            parts.append(rf"(?:['’]s{_RIGHT}|\s+{_word_regex(word)})")  # "There's no question", "it's believed"
        else:
            parts.append(r"\s+" + _word_regex(word, contracted_next))
    return "".join(parts)


# Words after which an entry's "is" (or "be") may be written as "'s": "there's no question", "it's widely believed".
_CONTRACTING = frozenset({"there", "it", "that", "what", "who", "this", "he", "she", "here"})
# The end of such a word: no letter after it, and an apostrophe only as the "'s" of the contraction.
_RIGHT_BEFORE_S = r"(?![\w\-])(?!['’](?!s(?![\w'’\-])))"


def _contractible(previous: str, word: str) -> bool:
    """Whether an entry's ``word`` after ``previous`` may be the contraction "'s" ("there is" as "there's")."""
    return word.lstrip("=") in {"is", "be"} and previous.lstrip("=") in _CONTRACTING


def _needed_tokens(previous: str, word: str) -> frozenset[str]:
    """The letter-runs one of which must be in a sentence for an entry's later ``word`` to match there."""
    tokens = _first_tokens(word)
    return frozenset(tokens | {"s"}) if _contractible(previous, word) else frozenset(tokens)


class _LazyPattern:
    """One entry's regex, compiled the first time a sentence holds a word that can open it.

    A matcher has a few hundred entries and a story meets few of them: compiling all of them
    up front was a quarter of a second of every cold ``biaslens report``. Matching is the same
    as with the compiled pattern.
    """

    __slots__ = ("_source", "_compiled")

    def __init__(self, source: str) -> None:
        self._source = source
        self._compiled: re.Pattern[str] | None = None

    def match(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """``re.Pattern.match`` of the entry's regex (compiled with ``re.I``)."""
        if self._compiled is None:
            self._compiled = re.compile(self._source, re.I)
        return self._compiled.match(text, pos, endpos)


class CueMatcher:
    """Lexicon entries compiled once into regexes; :meth:`find` lists the cues in a text.

    Speed matters (VADER alone does ~20,000 news sentences a second): entries are grouped by
    their first word, so at each word only the entries that can start there are tried, and
    entries that open with a ``<source>`` slot share one pattern that runs only before one of
    their verbs.
    """

    def __init__(self, entries: Sequence[Entry]) -> None:
        """Compile ``entries`` (duplicates dropped; longer entries tried first at a position)."""
        unique = list(dict.fromkeys(entries))
        # Longer patterns first, so "reports * suggest" beats "suggest" at the same start.
        unique.sort(key=lambda e: (-len(e.pattern.split()), -len(e.pattern), e.pattern, e.kind))
        self.entries: tuple[Entry, ...] = tuple(unique)
        # group name -> (entry index, name of its slot group or "")
        self._groups: dict[str, tuple[int, str]] = {}
        by_token: dict[str, list[tuple[tuple[frozenset[str], ...], _LazyPattern]]] = {}
        slot_verbs: list[str] = []
        verb_words: list[str] = []
        for index, entry in enumerate(self.entries):
            words = entry.pattern.split()
            if words[0] == "<source>":
                rest = words[1:]
                while rest and rest[0] == "*":
                    rest = rest[1:]
                name = f"e{index}"
                self._groups[name] = (index, "slot")
                gap = f"(?:\\s+{_GAP_WORD}){{0,{GAP_WORDS}}}?" if len(rest) < len(words) - 1 else ""
                slot_verbs.append(f"{gap}(?P<{name}>{_words_regex(rest, f'x{index}')})")
                verb_words.append(_word_regex(rest[0]))
                continue
            name = f"e{index}_{len(self._groups)}"
            slot = f"s{len(self._groups)}" if "<source>" in words else ""
            self._groups[name] = (index, slot)
            body = _word_regex(words[0], len(words) > 1 and _contractible(words[0], words[1])) + \
                _words_regex(words[1:], slot, words[0])
            # Words the entry cannot match without: each must open some word of the sentence.
            needs = tuple(
                _needed_tokens(previous, word) for previous, word in zip(words, words[1:])
                if word not in ("*", "<source>") and _first_tokens(word)
            )
            pattern = _LazyPattern(f"{_LEFT}(?P<{name}>{body})")
            for token in _first_tokens(words[0]):
                by_token.setdefault(token, []).append((needs, pattern))
        # Per first word, the entries that can open with it, in priority order: trying them one by
        # one gives the same first match as one alternation, and lets absent words skip an entry.
        self._by_token = {token: tuple(entries) for token, entries in by_token.items()}
        # Shortcuts for the viability test in _find_at_candidates: a token with a one-word entry is
        # always viable; otherwise one of its entries' first required words must be present.
        self._always_viable = frozenset(t for t, entries in self._by_token.items() if any(not needs for needs, _ in entries))
        self._first_needs = {
            token: frozenset().union(*(needs[0] for needs, _ in entries if needs))
            for token, entries in self._by_token.items()
            if token not in self._always_viable
        }
        self._slot_verbs: re.Pattern[str] | None = None
        self._slot_only: re.Pattern[str] | None = None
        if slot_verbs:
            self._slot_verbs = re.compile(f"{_LEFT}(?:{'|'.join(verb_words)})", re.I)
            # Source-slot entries, anchored at a word: tried only where no plain entry matched.
            self._slot_only = re.compile(
                f"{_LEFT}(?=[^\\W\\d_])(?P<slot>{_SOURCE_SLOT})(?:{'|'.join(slot_verbs)})", re.I
            )

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Cue]:
        """Return the cues in ``text[start:end]`` in text order, offsets into ``text``.

        Pass a sentence's bounds as ``start``/``end``: rules that need the sentence start
        ("May" opening a sentence is the modal, elsewhere the month) read it from ``start``.
        """
        stop = len(text) if end is None else end
        return self._find_at_candidates(text, start, stop)

    def _find_at_candidates(self, text: str, start: int, stop: int) -> list[Cue]:
        """Scan word by word, trying at each word only the entries that can open there.

        Plain entries win over a source slot at the same word. Most words open no entry: a
        dictionary lookup rejects them, and the costly source-slot pattern runs only before a
        verb that can close it. This made hedging ~6x cheaper on the NYT editorials benchmark
        with identical output on WikiWeasel.
        """
        cues: list[Cue] = []
        position = start
        last_verb = -1
        if self._slot_verbs is not None:
            for verb in self._slot_verbs.finditer(text, start, stop):
                last_verb = verb.start()
        present = set(_TOKEN.findall(text[start:stop].lower()))
        if last_verb < 0:
            # No source slot can close here: only words that open an entry whose other words are
            # all present can start a cue, and most sentences have none.
            viable = frozenset(
                token
                for token in present.intersection(self._by_token)
                if token in self._always_viable
                or (
                    not self._first_needs[token].isdisjoint(present)
                    and any(all(not need.isdisjoint(present) for need in needs) for needs, _ in self._by_token[token])
                )
            )
            if not viable:
                return cues
            words = _word_finder(viable).finditer(text, start, stop)
        else:
            words = _TOKEN.finditer(text, start, stop)
        for word in words:
            at = word.start()
            if at < position:
                continue
            match = None
            for needs, pattern in self._by_token.get(word.group().lower(), ()):
                if all(not need.isdisjoint(present) for need in needs):
                    match = pattern.match(text, at, stop)
                    if match is not None:
                        break
            if match is None and at < last_verb and self._slot_only is not None:
                match = self._slot_only.match(text, at, stop)
            if match is None:
                continue
            index, slot_group = self._groups[match.lastgroup or ""]
            slot = match.group(slot_group) if slot_group else None
            slot_start = match.start(slot_group) if slot_group and slot is not None else -1
            cue = _judge(text, match, self.entries[index], start, stop, slot, slot_start)
            if cue is _SKIP_MATCH:
                # A named sayer ("Trump said"): its shorter sub-names must not match either.
                position = match.end()
            elif cue is not None:
                cues.append(cue)
                position = match.end()
        return cues


_TOKEN = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4096)
def _word_finder(tokens: frozenset[str]) -> re.Pattern[str]:
    """A pattern finding whole letter-runs equal to one of ``tokens``, as ``_TOKEN`` splits them."""
    alternatives = "|".join(re.escape(token) for token in sorted(tokens, key=lambda t: (-len(t), t)))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])", re.I)


def _first_tokens(word: str) -> set[str]:
    """The lowercase leading letter-run of every form of an entry's first word."""
    forms = (word[1:],) if word.startswith("=") else inflections(word)
    tokens = set()
    for form in forms:
        match = _TOKEN.match(form)
        if match:
            tokens.add(match.group().lower())
    return tokens


@lru_cache(maxsize=1)
def default_matcher() -> CueMatcher:
    """Return the matcher for the built-in lexicons (compiled once per process)."""
    return CueMatcher(builtin_entries())


def find_cues(text: str, start: int = 0, end: int | None = None, matcher: CueMatcher | None = None) -> list[Cue]:
    """Return the cues in ``text[start:end]`` with the built-in lexicons (or ``matcher``)."""
    return (matcher or default_matcher()).find(text, start, end)


def build_matcher(extra_lexicons: Iterable[str | Path] = ()) -> CueMatcher:
    """Return a matcher over the built-in lexicons plus the user's lexicon files."""
    entries = builtin_entries()
    for path in extra_lexicons:
        entries += read_lexicon(path)
    return CueMatcher(entries)


# --- judging a match -------------------------------------------------------------------------
_MONTH_CONTEXT = re.compile(r"\s*(?:\d|,?\s*\d{4}|and\s+June|or\s+June|to\s+June)")
_COULD_NOT = re.compile(r"\s+(?:not|never|hardly|barely|no\s+longer|only|see|hear|feel|smell|afford)\b", re.I)
_COULD_RULE_OUT = re.compile(r"\s+not\s+(?:be\s+)?(?:rule|ruled|exclude|excluded)\b", re.I)
_CLAIM_VERB_NEXT = re.compile(
    r"\s*(?:that|to|,|the|he|she|they|it|a|an|his|her|their|its|this|victory|responsibility)\b|\s*,", re.I
)
# (A party's name may stand between: "likely Republican caucus-goers", "likely Democratic primary voters".)
# "likely voters", "likely GOP primary voters", "likely Democratic caucus-goers": a polling term.
_LIKELY_NOUN = re.compile(r"\s+(?:(?-i:[A-Z][A-Za-z.]+)\s+){0,2}(?:voters?|caucus[- ]?goers|electorate|primary\s+voters)\b",
                          re.I)
# "as the name suggests", "a name suggesting there are zero days": what a word means, no doubt.
_AS_NAME_SUGGESTS = re.compile(
    r"\b(?:as\s+)?(?:the|its|his|her|their|a|an)\s+(?:name|title|term|word|label|nickname|moniker|headline|phrase)"
    r"\s+(?:itself\s+)?$", re.I
)
_ACCORDING_TO_PLAN = re.compile(
    r"(?:plan|schedule|script|protocol|tradition|custom|law|the\s+law|the\s+rules?|the\s+book|the\s+constitution"
    r"|the\s+plan|the\s+schedule)\b",
    re.I,
)
_MIGHT_NOUN_BEFORE = re.compile(
    r"(?:military|economic|industrial|naval|financial|full|all|his|her|their|its|our|with|of|the|great|"
    r"nuclear|corporate|political|sheer|mighty|america's|china's)\s+$",
    re.I,
)
_AS_POSSIBLE = re.compile(r"\bas\s+(?:\w+\s+){1,6}as\s+(?:(?:is|was|are|were|humanly)\s+)?$|\b\w+est\s+$|\b(?:make|makes|made|making)\s+(?:it\s+)?$", re.I)
_CONSIDERED_DELIBERATION = re.compile(
    r"\s+(?!by\s+(?:many|some|most|others|critics|fans|experts|scholars|historians|analysts)\b)(?:by|for|at|in|on|during|whether|when|if|unless|once|before|after|later)\b|\s*[.,;]", re.I
)
# A purpose clause ("so that he could fire officials", "so that the negotiations could shift",
# "so no one could question it"): what someone acted for, not the writer's doubt.
_COULD_PURPOSE = re.compile(
    r"\b(?:so\s+that|in\s+order\s+that)\s+(?:[^\s,;:—–]+\s+){1,6}$|\bso\s+(?:he|she|they|it|we|i|you|no\s+one|nobody)\s+$",
    re.I)
# A time clause ("before a word of the preamble could be uttered", "until a deal could be reached"):
# the modal dates an event by another; it says nothing about how sure the writer is.
_TIME_CLAUSE = re.compile(r"\b(?:before|until|till|after)\s+(?:[^\s,;:—–]+\s+){1,6}$", re.I)
# What may follow "believe" when it states a conviction rather than doubt: "believe in the
# traditional values", "what we really believe as a nation", "I believe what the Bible says",
# "believe me", or nothing ("That is what I believe."). Only "believe (that) + clause" hedges a claim.
_CONVICTION_AFTER = re.compile(r"\s*(?:in|what|whatever|me)(?![\w'’\-])|\s+as\s+(?:a|an|christians|americans|catholics|"
                               r"muslims|jews|conservatives|liberals|democrats|republicans)(?![\w'’\-])", re.I)
# "believe" closing its clause, after a "what" that is its object ("what he believes."): the belief
# named as a thing. Elsewhere a bare "believe," is elided ("as generous as some may believe,",
# "which, they believe, was lost"), and still passes on a belief.
_CLAUSE_END_AFTER = re.compile(r"\s*(?:$|[.,;:!?)\]”\"])")
_WHAT_BEFORE = re.compile(r"\bwhat(?:ever)?\s+(?:[\w'’]+\s+)?$", re.I)


def _conviction(before: str, after: str) -> bool:
    """Whether "believe" states a conviction: "believe in", "believe what", "what we believe as a nation"."""
    return bool(_CONVICTION_AFTER.match(after) or (_CLAUSE_END_AFTER.match(after) and _WHAT_BEFORE.search(before)))
# Reflexive objects: "Republicans who consider themselves Tea Party supporters" says who they are,
# and passes on no claim.
_RELATIVE_GAP = re.compile(r"\s+(?:who|that)\s+(?:\w+ly\s+)?$", re.I)
_REFLEXIVE_AFTER = re.compile(r"\s+(?:themselves|himself|herself|ourselves|myself|yourself|yourselves)\b", re.I)
# An indirect question ("whether the reading would be dramatic"): a booster inside it asks, it
# does not claim.
_WHETHER_BEFORE = re.compile(r"\bwhether\b[^,;:.?!]*$", re.I)
# A hedge noun is the writer's doubt about a claim only when it says what is in doubt ("uncertainty
# about the figures", "uncertainty over whether") or stands as the claim ("there is uncertainty");
# "any uncertainty in China", "economic uncertainty" name a risk in the world.
_DOUBT_NOUN_TOPIC = re.compile(r"(?:\s+(?:still|also))?\s+(?:about|over|as\s+to|whether|if|surrounding|around|regarding|"
                               r"concerning|on|that|exists?|existed|remains?|remained|persists?|lingers?)\b", re.I)
_DOUBT_NOUN_EXISTS = re.compile(
    r"\b(?:there|it)\s+(?:is|was|are|were|remains|remained|be|been|'s|’s)\s+(?:still\s+)?(?:\w+\s+)?$", re.I)
_RISK_NOUNS = frozenset({"uncertainty"})
# Verbs of saying that are hedges only when evidence is their subject ("the data suggest"): with a
# person as subject ("the mayor of Washington, DC, suggested", "Corker suggested") they report speech.
_SAYING_HEDGES = frozenset({"suggest", "imply", "implies", "implied", "implying", "indicate"})
_APPARENT_OBVIOUS = re.compile(r"\b(?:became|become|becomes|becoming|is|was|were|are|be|been|it's)\s+(?:\w+ly\s+)?$", re.I)

# "readily apparent", "immediately apparent": plain to see, the opposite of a hedge.
_APPARENT_PERCEIVED = re.compile(r"\b(?:readily|immediately|instantly|quickly|clearly|plainly|abundantly|painfully|"
                                 r"increasingly|already|soon|obviously|all\s+too)\s+$", re.I)
# A modal in a question about how or why ("And how could he keep falling for it?", "to determine how
# rules could be broken"): what was able to happen, asked about, not the writer's doubt.
_HOW_WHY_BEFORE = re.compile(r"\b(?:how|why)\s+(?:[\w'’\-]+\s+){0,3}$", re.I)
# "no one has suggested", "never suggested", "is not suggesting": a suggestion denied is no doubt.
_DENIAL = r"(?:\bno\s+one|\bnobody|\bnot|\bnever|n['’]t)\s+(?:(?:has|have|had|is|was|were|are|been|ever|even|really|actually|once)\s+){0,2}"
_SUGGESTION_DENIED = re.compile(rf"{_DENIAL}$", re.I)
# A suggestion someone is owned by ("Trump's suggestion that Russia spy", "his suggestion that a judge can't be
# impartial"): the writer's noun for a remark that person made; it names the remark and doubts nothing.
_SUGGESTION_NOUNS = frozenset({"suggestion", "suggestions"})
# A claim's content after its noun ("suggestions that his story ... wasn't as violent"): a claim passed on.
_CLAIMED_CLAUSE_AFTER = re.compile(r"\s+that\b", re.I)
# What a suggestion claims: a clause, with "that" or without ("the suggestion he won't be ready"), after who made it
# if the sentence says ("suggestions by the news media that the president has his thumb on the scale"). A clause of
# what should be done is a proposal ("the suggestion that Trump should receive only false information").
_SUGGESTED_CLAIM_AFTER = re.compile(r"(?:\s+(?:by|from)\s+(?P<maker>[^,.;:!?—–]{1,60}?))?\s+(?:that\s+|(?=(?:he|she|they|"
                                    r"it|there|we|i)\s))(?P<clause>(?:[^.;:!?]|\.(?=\S)|(?<=\b(?-i:[A-Z]))\.|"
                                    r"(?<=\b(?-i:Mr|Ms|Dr|St))\.|(?<=\b(?-i:Mrs|Sen|Rep|Gov))\.)*)", re.I)
# What may stand between "it is" and its participle in an impersonal passive ("it is also widely believed", "it was long
# thought"): adverbs. A noun there is a clause with its own subject ("It's a dynamic Greenberg said could drive").
_PASSIVE_GAP_WORDS = frozenset({"s", "is", "was", "be", "been", "being", "also", "now", "still", "often", "not", "never",
                                "long", "once", "already", "always", "even", "further", "sometimes", "so", "much", "less",
                                "more", "too", "then", "again"})
_PROPOSED = re.compile(r"(?<![\w'’\-])(?:should|ought|must)(?![\w'’\-])", re.I)
# "perceived" before what is perceived ("criticism over perceived autobiographical inconsistencies", "Despite the
# perceived media attacks", "real or perceived slights"): the writer does not vouch for it. After a determiner, a
# preposition or "real or", and before a lower-case word that is no object of a verb ("perceived the threat").
_ATTRIBUTIVE_BEFORE = re.compile(r"(?:[,;:(—–\"“]|(?<![\w'’\-])(?:the|a|an|any|some|this|that|these|those|his|her|their|its|"
                                 r"our|my|your|such|no|other|whose|of|over|for|about|against|despite|to|on|in|from|with|"
                                 r"at|into|amid|among|after|before|under|(?:real|actual|imagined)\s+(?:and|or)))\s*$", re.I)
_ATTRIBUTIVE_NOUN_AFTER = re.compile(r"\s+(?!(?:by|as|to|that|the|a|an|him|her|them|it|this|these|those|his|their|its|our|"
                                     r"me|us|you|what|how|whether|if|and|or|in|on|at|from|with|of)\b)[\"“‘']?(?-i:[a-z])",
                                     re.I)
# "questionable" judges a thing ("her record there is questionable at best"): the writer's verdict, a loaded word,
# unless what is questioned is a proposition ("it is questionable whether", "questionable that").
_QUESTIONED_PROPOSITION_AFTER = re.compile(r"\s*(?:,\s*)?(?:whether|if|that)\b", re.I)
_IT_IS_BEFORE = re.compile(r"(?<![\w'’\-])(?:it|this|that)\s*(?:is|was|remains|seems|would\s+be|['’]s)\s+(?:\w+ly\s+)?$", re.I)
# An image someone wishes to have or avoid ("was loath to be seen as taking a victory lap", "wants to be seen as
# tough", "avoid being seen as"): how they hope to look, not a claim passed on from anyone.
_WISHED_IMAGE_BEFORE = re.compile(r"(?:(?<![\w'’\-])(?:loath|loth|reluctant|eager|keen|anxious|careful|wary|afraid|"
                                  r"desperate|determined|want(?:s|ed|ing)?|wish(?:es|ed|ing)?|hop(?:e|es|ed|ing)|"
                                  r"tr(?:y|ies|ied|ying)|seek(?:s|ing)?|sought|strive(?:s|d)?|striving)\s+(?:not\s+)?to\s+be"
                                  r"|(?<![\w'’\-])avoid(?:s|ed|ing)?\s+being)\s+(?:\w+ly\s+)?$", re.I)
_HEDGED_DOCUMENT = re.compile(r"(?<![\w'’\-])(?:alleged|purported|supposed|reported|rumou?red|unconfirmed|leaked)(?![\w'’\-])",
                              re.I)
# What "questionable" may doubt as the writer's uncertainty: a claim or a fact ("many of the facts in the matter are
# questionable", "find this claim questionable"), not a thing's quality ("her record is questionable at best").
_CLAIM_BEFORE = re.compile(r"(?<![\w'’\-])(?:claims?|facts?|accounts?|stor(?:y|ies)|figures?|data|evidence|authenticity|"
                           r"accuracy|reliability|veracity|validity|existence|origins?|reports?|statements?|assertions?|"
                           r"allegations?|attribution|identity|provenance|numbers?|estimates?|sources?)"
                           r"(?:\s+[\w'’\-]+){0,6}\s+$", re.I)
_PERCEIVED_PARTICIPLE = re.compile(r"(?:seen|viewed|perceived|regarded)(?![\w'’\-])", re.I)
# A document passed on, then who released it ("according to excerpts of his speech released by the White House", "a
# statement from the campaign"): its maker is the source.
_DOCUMENT_MAKER_AFTER = re.compile(
    rf"(?:\s+of\s+(?:[\w'’\-]+\s+){{0,4}}?[\w'’\-]+)?,?\s+(?:(?:(?:that|which)\s+(?:was|were|had\s+been)\s+)?(?:released|provided|issued|distributed|published|"
    rf"circulated|prepared|sent(?:\s+out)?)\s+(?:to\s+(?:reporters|the\s+press|the\s+media)\s+)?by|from)"
    rf"\s+(?P<name>{_NAMED})")
# "I thought for sure he was going to": a certainty the speaker held, not a doubt.
_FOR_SURE_AFTER = re.compile(r"\s+(?:for\s+(?:sure|certain)|certainly)\b", re.I)
# A past "suggested" whose clause's verb has no tense ("suggested they tweet a picture", "suggested that
# he resign"): a proposal, the mandative subjunctive; a guess would agree in tense ("suggested they were").
_PROPOSAL_AFTER = re.compile(r"\s+(?:that\s+)?(?:he|she|they|we|i|you|it)\s+(?!(?:were|was|are|is|had|have|has|did|do|does|"
                            r"would|could|should|might|may|must|will|can|shall|not|also|never)\b)"
                            r"(?-i:[a-z]+)(?<!ed)(?<![^s]s)\b", re.I)
# "not known as a debate prep expert", "not known for his patience": a reputation denied, no doubt ("not known
# for certain" is doubt).
_KNOWN_AS_AFTER = re.compile(r"\s+(?:as|for)\b(?!\s+(?:certain|sure)\b)", re.I)
# Words by which the writer judges the claims he names ("Trump's false claims"): he passes nothing on.
_JUDGED_CLAIMS = frozenset({"false", "baseless", "unfounded", "bogus", "dubious", "debunked", "discredited", "untrue",
                            "spurious", "fraudulent", "misleading", "outlandish", "ridiculous", "absurd", "wild", "fake"})
# "consider voting for Trump", "should consider leaving": to think about doing something, no view held.
_GERUND_AFTER = re.compile(r"\s+(?-i:[a-z]+ing)\b(?!\s+(?:to|as)\b)")
# What "citing someone's ..." passes on: their words or findings ("citing Trump's remarks", "citing the FBI's
# report"); "citing Trump's blue-collar appeal" gives a reason of the speaker's own.
_CITED_SPEECH = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:remarks?|words?|statements?|comments?|claims?|reports?|reporting|"
                           r"accounts?|testimony|data|figures|numbers|estimates?|findings|study|studies|survey|poll|polls|"
                           r"analysis|records?|documents?|filings?|officials?|sources?|aides?|spokesm[ae]n|spokeswom[ae]n|"
                           r"account|letter|memo|email|e-mails?|emails|tweets?|interview|assessment|review|audit|"
                           r"investigation|research|statistics)\b", re.I)
# Lower-case words closing the name of a document after "according to U.S.": "lobbying records", "court documents".
_RECORDS_AFTER = re.compile(r"(?-i:(?:\s+[a-z][\w\-]*){0,2}?\s+(?:records|documents|filings|data|figures|statistics|"
                            r"estimates|reports|papers|files|disclosures))\b")
# "Zimmerman, who alleged": a name, then "who" and the sourcing verb.
_WHO_AFTER_NAME = re.compile(r"(?-i:(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})),?\s+who\s+(?:\w+ly\s+)?$")
# A list of names after a colon closing the sentence ("...: Sens. Joe Manchin (D-WV), Bob Casey Jr. (D-PA), and
# Heidi Heitkamp (D-ND)."): at least two people named, each a given name and a surname.
_PERSON_IN_LIST = r"(?:(?-i:[A-Z][a-z]+\.?)\s+)?(?-i:[A-Z][a-z]+(?:\s+[A-Z][\w'’\-]+){1,2}\.?)(?:\s*\([^()]{1,12}\))?"
_MEMBERS_LISTED = re.compile(rf"[^:.!?]*:\s+{_PERSON_IN_LIST}(?:\s*,\s*(?:and\s+)?{_PERSON_IN_LIST})+\s*[.!?]?\s*$")


# A sayer named just before a "they" that opens the clause of saying: "the Khans say they have heard".
_THEY_AFTER_SAYER = re.compile(r"(?P<name>(?:(?:the|The)\s+)?(?-i:[A-Z][\w'’\-]*)(?:\s+(?-i:[A-Z][\w'’\-]*)){0,2})\s+"
                               r"(?-i:say|says|said|insist|insists|insisted|argue|argues|argued)\s+(?:that\s+)?$")


def _family_named(text: str, source: str) -> bool:
    """Whether a source "the Khans" is a family the article names: the singular stands as a surname after a given
    name or a title ("Khizr Khan", "Mr. Khan") and never before another capitalised word ("American Indians")."""
    found = re.fullmatch(r"(?:the|The)\s+(?-i:([A-Z][a-z]+)s)", source)
    if found is None:
        return False
    surname = re.escape(found.group(1))
    return re.search(rf"(?-i:(?:Mr|Mrs|Ms|Dr)\.?\s+{surname}|[A-Z][a-z]+\s+{surname})(?!\s+[A-Z])(?![\w'’\-])", text) \
        is not None and re.search(rf"(?-i:{surname})\s+(?-i:[A-Z][a-z]+s)\b", text) is None


# "could" of ability, no doubt: in a relative clause after "nothing", "all" or a superlative ("Nothing we could do
# now", "the most important step Clinton could take", "the least he could do"), what someone is able to do; after
# "if" and its subject ("if I could get a decent offer"), a condition.
_COULD_ABILITY_BEFORE = re.compile(
    r"(?:(?<![\w'’\-])(?:nothing|anything|everything|something|all|little|much)|"
    r"(?<![\w'’\-])the\s+(?:most|least|best|worst|only|first|last|\w+est)(?:\s+(?!(?:that|which|who)\b)[\w\-]+){0,2})"
    r"\s+(?:that\s+)?(?:he|she|they|we|i|you|one|(?-i:[A-Z][\w'’.\-]*)(?:\s+(?-i:[A-Z][\w'’.\-]*))?)\s+$", re.I)
_IF_SUBJECT_BEFORE = re.compile(r"(?<![\w'’\-])(?:if|unless)\s+(?:he|she|they|we|i|you|(?-i:[A-Z][\w'’.\-]*))\s+$",
                                re.I)
# "could" dated to a past year by a past-tense "when" clause: past ability ("While her husband could draw on the
# centrist philosophy ... in 1992, when he devoted his candidacy to ...").
_PAST_WHEN_AFTER = re.compile(r"(?!\s+have\b)[^.;:!?]{0,160}?\bin\s+(?:1[6-9]|20)\d\d,?\s+when\s+(?:(?!(?:is|are|will|would|can|could|may|might|must|be)\s)[\w'’.\-]+\s+){1,3}?"
                              r"(?:\w+ly\s+)?(?-i:[a-z]+ed|was|were|had|ran|won|lost|became|took|made|gave|led|left|"
                              r"went|came|held|met|spoke|wrote|sought|fought|saw)\b", re.I)
# "no evidence whatsoever": a certain denial, no doubt. ("no evidence at all" is a WikiWeasel gold cue.)
_EMPHATIC_AFTER = re.compile(r"\s+whatsoever\b", re.I)
# "it is correct to imply that", "it is wrong to suggest": the act of implying judged, no claim hedged.
_JUDGED_ACT_BEFORE = re.compile(r"(?<![\w'’\-])it\s*(?:is|was|would\s+be|'s|’s)\s+(?:not\s+)?(?:\w+\s+)?\w+\s+to\s+$",
                                re.I)
# "whether or not" naming the options of a choice ("a lot of that choice is about whether or not people want to stay the
# course") or conceding them ("regardless of the crime or whether or not suspects resisted"): no open question.
_CHOICE_BEFORE = re.compile(r"(?:(?<![\w'’\-])(?:choices?|decisions?|decid(?:e|es|ed|ing)|choos(?:e|es|ing)|chose|"
                            r"votes?|voted|voting|referendum)(?![\w'’\-])[^.;:!?]{0,40}|"
                            r"(?<![\w'’\-])(?:regardless\s+of|no\s+matter)(?![\w'’\-])[^.;:!?]{0,40})$", re.I)
# Someone's doubts removed or answered ("seeking to neutralize any doubts about whether she was tough enough"):
# the doubts are the voters', described, not the writer's.
_DOUBTS_ANSWERED = re.compile(r"(?<![\w'’\-])(?:neutrali[sz]|dispel|allay|eas|quell|address|overcom|eras|silenc|counter|"
                              r"assuag|answer|calm|remov)\w*\s+(?:(?:any|all|the|those|these|their|his|her|its|some|lingering|"
                              r"remaining|such|voters['’]?)\s+){0,2}$", re.I)


# A direct question asked of someone ("Who does she think she is?", "Do analysts believe it will work?"): an
# auxiliary or a wh-word right before the source, and the clause closes with a question mark. It passes nothing on.
_QUESTION_BEFORE_SLOT = re.compile(r"(?<![\w'’\-])(?:do|does|did|who|what|why|how|where|when)\s+$", re.I)
_QUESTION_CLOSES = re.compile(r"[^.!?]*\?")
# "what she truly believes remains a mystery", "what people think of the president": a belief named as a thing, the
# subject or object of another verb, with no content after it; "what she thought was a flask of water", "what they
# believe are the real reasons" (a clause after the verb) and "what they allege is a plan" still pass it on.
_WHAT_BEFORE_SLOT = re.compile(r"(?<![\w'’\-])what\s+$", re.I)
# After the verb: "of", "about", a verb whose subject the belief is, the clause's end, or a second "what" or "how"
# clause joined to it ("finding out what people really think and what they're made of": two things to find out).
_BELIEF_AS_TOPIC_AFTER = re.compile(r"\s+(?:of|about|on)\b|\s+(?:remains?|remained|matters?|mattered)\b|\s*(?:[.,;:!?]|$)"
                                    r"|\s+(?:and|or)\s+(?:what|how|why|who|whether)\b", re.I)
# An indirect question before "what" ("finding out what people think", "asked what voters believe"): the belief is
# what someone seeks or knows, named as a thing, unless a verb follows whose subject is what they believe ("knew
# what he thought was right").
_ASKING_BEFORE_WHAT = re.compile(r"(?<![\w'’\-])(?:(?:find|finds|finding|found|figure|figures|figuring|figured)\s+out|"
                                 r"(?:ask|learn|wonder|discover|know|understand|explain)(?:s|ed|ing)?|knew|understood)"
                                 r"\s+what\s+$", re.I)
_VERB_AFTER_BELIEF = re.compile(r"\s+(?:is|was|are|were|will|would|could|can|may|might|must|should|had|has|have)\b",
                                re.I)
_NAMED_BELIEF_VERBS = frozenset({"think", "thinks", "thought", "believe", "believes", "believed", "feel", "feels", "felt"})
# "has really not thought through second-order effects": to think through is to consider, no belief held.
_THINK_THROUGH_AFTER = re.compile(r"\s+(?:through|out)\b", re.I)
# Reports or claims someone else spreads ("a candidate who is willing to circulate unconfirmed reports"): the object
# of their verb, not the writer's source.
_SPREAD_BEFORE = re.compile(r"(?<![\w'’\-])(?:circulat|spread|shar|repeat|retweet|promot|push|peddl|amplif|forward|"
                            r"tweet|post|deni|deny|reject|dismiss|debunk)\w*\s+(?:(?:the|these|those|such|some|baseless|"
                            r"false)\s+)?$", re.I)
# A body that a named person or party runs, in lower case after the name ("according to the Trump campaign"): part
# of the source's name.
_BODY_AFTER = re.compile(r"(?-i:\s+(?:campaign|administration|government|team|camp|transition|foundation|"
                         r"organization|committee|office|family))(?![\w'’\-])")
# A possessive before lower-case role words and a name ("according to Ronald Reagan's former education secretary
# William J. Bennett"): the one named last is the source.
_ROLE_THEN_NAME_AFTER = re.compile(r"(?-i:(?:\s+[a-z][\w\-]*){1,4}\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]*\.?)*"
                                   r"(?:\s+[A-Z][\w'’\-]+)))")
# Groups around a named person, after the possessive ("Trump's inner circle believes", "Clinton's allies say"):
# no one a reader can check.
_GROUP_NOUNS = frozenset({"circle", "camp", "entourage", "orbit", "allies", "aides", "people", "friends", "associates",
                          "confidants", "loyalists", "supporters", "advisers", "advisors", "backers", "surrogates"})


# A degree word that stops a booster short: "would almost certainly win" hedges the claim.
_ALMOST_BEFORE = re.compile(r"\b(?:almost|nearly|virtually|all\s+but|practically)\s+$", re.I)
# A belief verb after "want to" ("she didn't want to think about the possibility") is a wish about
# thinking; after "declined to" or "refused to" a view is withheld: no claim is passed on.
_NO_VIEW_BEFORE_VERB = re.compile(r"(?:\bwant(?:s|ed|ing)?\s+to|\b(?:declin|refus)(?:e|es|ed|ing)\s+to)\s+$", re.I)
# Verbs of guessing or telling that, denied (`_NEGATED_BEFORE`: "Giuliani wouldn't directly speculate",
# "did not say"), pass nothing on. ("Analysts don't believe ..." still passes on the analysts' view.)
_TELLING_VERBS = frozenset({"speculate", "say", "said", "comment", "predict", "guess", "specify", "confirm", "elaborate"})
# Indefinite pronouns as the source ("Everybody thought", "everyone says"): everyone and no one
# in particular, a vague source, never a name.
_INDEFINITE_SOURCES = frozenset({"everybody", "everyone", "nobody", "someone", "somebody", "anyone", "anybody"})

# Returned by _judge when a whole match, sub-names included, is not a cue ("Trump said").
_SKIP_MATCH = Cue(0, 0, "", "", "")


def _judge(
    text: str, match: re.Match[str], entry: Entry, sent_start: int, sent_end: int, slot: str | None, slot_start: int
) -> Cue | None:
    """Apply the false-positive rules to one match; return the cue or ``None`` when rejected."""
    start, end = match.start(), match.end()
    matched = text[start:end]
    before = text[max(sent_start, start - 60):start]
    after = text[end:min(sent_end, end + 40)]
    head = entry.lemma.split()[0] if entry.lemma else ""
    words = entry.lemma.split()

    if head == "may" and len(words) == 1:
        # "May" with a capital M is the month or a name (Theresa May) unless it opens a sentence,
        # and even then "May 20, 1983" is the month.
        if matched[0] == "M" and (not _at_sentence_start(text, start, sent_start) or _MONTH_CONTEXT.match(after)):
            return None
    if head == "could" and len(words) == 1:
        # "she could not attend", "could see": past (in)ability, not the writer's doubt.
        if _COULD_NOT.match(after) and not _COULD_RULE_OUT.match(after):
            return None
        if _COULD_PURPOSE.search(before):
            return None  # "so that he could fire officials": purpose, not doubt
    if head == "could" and len(words) == 1 and (_COULD_ABILITY_BEFORE.search(before) or _IF_SUBJECT_BEFORE.search(before)
                                                or _PAST_WHEN_AFTER.match(text, end, sent_end)):
        return None  # "Nothing we could do", "if I could get", "could draw on ... in 1992, when he": ability, no doubt
    if entry.lemma in {"no evidence", "little evidence"} and _EMPHATIC_AFTER.match(after):
        return None  # "there is no evidence whatsoever that": certain, not a hedge
    if head in _SAYING_HEDGES and _JUDGED_ACT_BEFORE.search(before):
        return None  # "it is wrong to imply that": the act of implying, judged
    if entry.lemma == "whether or not" and _CHOICE_BEFORE.search(before):
        return None  # "the choice is about whether or not people want": the options of a choice, no doubt
    if entry.kind == "sourcing" and entry.pattern.startswith("=") and \
            matched.lower().endswith(("reports", "rumors", "rumours")) and _SPREAD_BEFORE.search(before):
        return None  # "willing to circulate unconfirmed reports": someone else spreads them, not the writer's source
    if matched.lower() in {"doubt", "doubts"} and _DOUBTS_ANSWERED.search(before):
        return None  # "seeking to neutralize any doubts": others' doubts, described
    if head in {"could", "might"} and len(words) == 1 and (_TIME_CLAUSE.search(before) or _COULD_PURPOSE.search(before)):
        return None  # "before a word could be uttered", "so that talks could shift": time or purpose, not doubt
    if head == "might" and len(words) == 1:
        if _MIGHT_NOUN_BEFORE.search(before) or re.match(r"\s*(?:[.,;:)!?]|$|of\b|and\b)", after):
            return None
    if head == "likely" and len(words) == 1 and _LIKELY_NOUN.match(after):
        return None  # "likely voters" is a polling term, not a hedge
    if head in {"suggest", "suggests", "suggested"} and _AS_NAME_SUGGESTS.search(before):
        return None
    if head == "possible" and _AS_POSSIBLE.search(before):
        return None  # "as soon as possible", "the best possible", "made it possible"
    if "considered" in words or entry.lemma == "be considered":
        if _CONSIDERED_DELIBERATION.match(after):
            return None  # "was considered by the committee": deliberation, not opinion
    if entry.lemma == "according to" and slot is not None:
        if _ACCORDING_TO_PLAN.fullmatch(slot.strip()) or _ACCORDING_TO_PLAN.match(slot):
            return None
    if entry.lemma in {"claim", "suspect"} or words[-1:] in (["claim"], ["suspect"]):
        # "insurance claims", "the usual suspects": nouns. The verb is followed by its object.
        if not _CLAIM_VERB_NEXT.match(after):
            return None
    if entry.lemma == "apparent" and (_APPARENT_OBVIOUS.search(before) or _APPARENT_PERCEIVED.search(before)):
        return None  # "problems became apparent", "readily apparent": obvious, the opposite of a hedge
    if head in {"could", "might", "would"} and len(words) == 1 and _HOW_WHY_BEFORE.search(before):
        return None  # "how could he keep falling for it?": a question about what was possible, no doubt
    if head.startswith("suggest") and _SUGGESTION_DENIED.search(before):
        return None  # "no one has suggested that": the suggestion is denied
    if matched.lower() in _SUGGESTION_NOUNS and _OWNER_BEFORE.search(before):
        return None  # "Trump's suggestion that Russia spy on his rival": a remark named, no doubt of anyone's
    suggested = _SUGGESTED_CLAIM_AFTER.match(text, end, sent_end) if matched.lower() in _SUGGESTION_NOUNS else None
    if matched.lower() in _SUGGESTION_NOUNS and (suggested is None or _PROPOSED.search(suggested.group("clause"))):
        return None  # "suggestions for the bill", "at the suggestion of his aides": a proposal, no claim passed on
    if entry.lemma == "perceived" and not (
            (_at_sentence_start(text, start, sent_start) or _ATTRIBUTIVE_BEFORE.search(before))
            and _ATTRIBUTIVE_NOUN_AFTER.match(after)):
        return None  # "Carson perceived the threat", "was perceived by the senses": a verb, no doubt
    if head == "questionable" and len(words) == 1 and not _QUESTIONED_PROPOSITION_AFTER.match(after) \
            and not _IT_IS_BEFORE.search(before) and not _CLAIM_BEFORE.search(before):
        return None  # "her record there is questionable at best": the writer's verdict on a thing, not a doubt
    perceived = _PERCEIVED_PARTICIPLE.search(matched) if entry.kind == "sourcing" and words[-1:] == ["as"] else None
    if perceived is not None and _WISHED_IMAGE_BEFORE.search(text, sent_start, start + perceived.start()):
        return None  # "was loath to be seen as taking a victory lap": an image wished for, no one's claim
    if head.startswith("suggest") and matched.lower().endswith("ed") and _PROPOSAL_AFTER.match(after):
        return None  # "a member of the family suggested they tweet a picture": a proposal, no doubt
    if entry.lemma == "not known" and _KNOWN_AS_AFTER.match(after):
        return None  # "Manafort is not known as a debate prep expert": a reputation denied, plainly
    if matched.split()[-1].lower() in {"thought", "think", "thinks"} and _FOR_SURE_AFTER.match(after):
        return None  # "I thought for sure he was going to": a certainty held, no doubt
    if entry.kind == "booster" and _ALMOST_BEFORE.search(before):
        return None  # "would almost certainly win": the degree word hedges it; no claim made certain
    if entry.lemma in {"seen as", "be seen as"} and re.match(r"\s+a\s+whole\b", after, re.I):
        return None  # "seen as a whole"
    if entry.lemma == "thought to" and _THOUGHT_NOUN_BEFORE.search(before):
        return None
    if head in _ATTRIBUTIVE_HEDGES and len(words) == 1 and _DETERMINER_BEFORE.search(before) and _NOUN_AFTER.match(after):
        return None  # "an uncertain world", "an unclear future": a description, not the writer's doubt
    if head == "appear" and "it" in words and not re.match(r"\s+(?:that|to|as|likely|unlikely|,)", after):
        return None
    if matched.split()[-1].lower().startswith("believ") and words[0] not in {"be", "it"} and _conviction(before, after):
        return None  # "I do believe in the traditional values", "what we really believe as a nation": a conviction
    if head in _RISK_NOUNS and len(words) == 1 and not _DOUBT_NOUN_TOPIC.match(after) \
            and not _DOUBT_NOUN_EXISTS.search(before):
        return None  # "any uncertainty in China": a risk in the world, not the writer's doubt about a claim
    if entry.kind == "epistemic" and head in _SAYING_HEDGES and not matched.lower().endswith("ing") \
            and _person_subject(text, start, sent_start):
        return None  # "the mayor of Washington, DC, suggested it was ...": reported speech, not the writer's doubt
    if entry.kind == "booster":
        if _WHETHER_BEFORE.search(before):
            return None  # "whether the reading would be dramatic": a question, no claim made bigger
        if _NEGATED_BEFORE.search(before):
            return None  # "not scientifically proven", "never clearly": the certainty is denied
        if head in {"prove", "proves", "proved", "proven"} and (_MODAL_BEFORE.search(before) or _PROVE_TURN_OUT.match(after)):
            return None  # "could prove helpful": "turn out", hedged, not a claim made certain
    if entry.kind != "sourcing" and "that" in text[sent_start:start].lower() and _REPORTED_PROPOSITION.search(
            text, sent_start, start):
        return None  # "the idea that deportation is unlikely": someone's position, not the writer's doubt

    if entry.kind == "epistemic" and matched.lower() in _SUGGESTING and _participle_of_someone(text, start, end, sent_start, sent_end):
        return None  # "Suggesting that the photo might have been altered, he alluded": his doubt, not the writer's

    source, source_type = None, None
    if entry.kind == "sourcing" and slot is not None and entry.pattern.split()[0] == "<source>" and \
            re.search(r"\w['’]s?$", slot.rstrip()) and not text[slot_start + len(slot.rstrip()):_last_word_start(match)].strip():
        # "had played on Americans' fears", "Richard III's claim to the throne": after a possessive the word is a noun,
        # not a verb with a subject; only a clause after it passes a claim on ("Trump's claims that he won", "Mohr's
        # claim to have been a Rastafarian", kept).
        if not re.match(r"\s+(?:that|to\s+(?:be|have))\b", text[end:sent_end], re.I):
            return None  # (the words after are tried on their own: "Gore's alleged personality flaws" keeps "alleged")
    if entry.kind == "sourcing" and slot is not None:
        opener = _SLOT_OPENER.match(slot)
        if opener is not None:
            # "Though Weiner said", "But Justice Stephen G. Breyer said": the word linking the sentence
            # to the one before is no part of the source's name.
            if not slot[opener.end():].strip():
                return None
            if entry.pattern.split()[0] == "<source>" and slot_start == start:
                start = slot_start + opener.end()
                matched = text[start:end]
            slot, slot_start = slot[opener.end():], slot_start + opener.end()
        if _ASKED_IF.search(text, max(sent_start, slot_start - 60), slot_start):
            return None  # "When asked if he believed the president had flip-flopped": a question, no claim passed on
        if _WH_WORD.match(slot) or _WH_BEFORE.search(text, max(sent_start, slot_start - 20), slot_start):
            # "Whatever we think about the war", "what they believe": a clause that names a thought
            # as a thing; it passes on no one's claim.
            return None
        if (_QUESTION_BEFORE_SLOT.search(text, max(sent_start, slot_start - 12), slot_start)
                or slot.split()[0].lower() in {"do", "does", "did"}) and \
                _QUESTION_CLOSES.match(text, end, sent_end):
            return _SKIP_MATCH  # "Who does she think she is?": a question, no claim passed on
        verb_word = match.group(0).split()[-1].lower()
        if verb_word in _NAMED_BELIEF_VERBS and slot.strip().lower() not in {"i", "we"} and \
                _WHAT_BEFORE_SLOT.search(text, max(sent_start, slot_start - 10), slot_start) and (
                _BELIEF_AS_TOPIC_AFTER.match(text, end, sent_end) or (
                _ASKING_BEFORE_WHAT.search(text, max(sent_start, slot_start - 30), slot_start)
                and not _VERB_AFTER_BELIEF.match(text, end, sent_end))):
            # "what she truly believes remains a mystery", "finding out what people really think": the belief is the
            # topic, not passed on
            return _SKIP_MATCH
        if verb_word in {"think", "thinks", "thought"} and _THINK_THROUGH_AFTER.match(text, end, sent_end):
            return _SKIP_MATCH  # "has really not thought through second-order effects": considering, no belief
        if entry.pattern.split()[0] == "<source>" and slot.split()[0].lower() in {"a", "an"} and \
                match.group(0).split()[-1].lower() == entry.pattern.split()[-1] in _VERB_NOUNS and \
                not re.search(r"[\w`'’]$", text[max(sent_start, slot_start - 1):slot_start]):
            # "a New York Times report": after "a ..." a verb would take -s ("reports"), so the bare
            # form is a noun; a report named is no claim passed on.
            return _SKIP_MATCH
    if words[:2] == ["it", "be"] and any(w.lower() not in _PASSIVE_GAP_WORDS and not w.lower().endswith("ly")
                                         for w in _TOKEN.findall(matched)[2:-1]):
        return None  # "It's a dynamic Greenberg said could drive", "it's getting the attention people thought": no passive
    if entry.lemma in {"report by", "reports by"} and not _CLAIMED_CLAUSE_AFTER.match(text, end, sent_end):
        return None  # "a report by the GAO on spending": a document named; only "... that he fabricated" passes a claim on
    if entry.lemma in {"reported", "reports"} and not (
            re.search(r",[\"”’']?\s*$", text[sent_start:start]) and re.fullmatch(r"\s*[.!?]?[\"”’']?\s*", text[end:sent_end])):
        return None  # only the verb-first attribution closing a sentence: ", reports USA Today."
    if entry.lemma in {"reported", "reports"} and slot is not None and slot.rstrip().endswith(".") and \
            slot.split()[-1].rstrip(".") not in {"Jr", "Sr", "Inc", "Co", "Corp", "Ltd"}:
        # The sentence's full stop is no part of the name ("reported the Washington Examiner.").
        cut = len(slot.rstrip()) - 1
        end = slot_start + cut
        slot, matched = slot[:cut], text[start:end]
    if entry.kind == "sourcing" and slot is not None and entry.lemma != "according to" and \
            slot.split()[-1].lower() in {"poll", "survey", "study", "institute"}:
        return None  # a study is a source only as "according to the poll"; "the poll believes" is no English
    verb_at = _last_word_start(match)
    if entry.kind == "sourcing" and (_NO_VIEW_BEFORE_VERB.search(text, max(sent_start, start), verb_at) or (
            text[verb_at:end].lower() in _TELLING_VERBS and _NEGATED_BEFORE.search(text, max(sent_start, start), verb_at))):
        return _SKIP_MATCH  # "she didn't want to think", "Giuliani wouldn't directly speculate": no claim passed on
    if entry.kind == "sourcing" and slot is not None and slot.strip().lower() in {"he", "she", "they"} and \
            text[verb_at:end].lower() in _BELIEF_FORMS and _NEGATED_BEFORE.search(text, max(sent_start, start), verb_at) \
            and re.match(rf"\s+(?:that\s+)?{re.escape(slot.strip())}\s+(?:could|can|would\s+be\s+able)\b",
                         text[end:sent_end], re.I):
        # "she did not believe she could remain composed": her doubt about what she herself can do, her reason for
        # not speaking; no claim about the world passed on. ("I don't think I'm divisive" stays the speaker's hedge.)
        return _SKIP_MATCH
    if entry.kind == "sourcing":
        source, source_type = classify_source(slot, matched)
        if suggested is not None and suggested.group("maker"):
            # "suggestions by the news media that ...": the makers named are the source.
            source, source_type = classify_source(suggested.group("maker"), suggested.group("maker"))
        if entry.lemma == "citing" and slot is not None and re.search(r"['’]s$", slot.strip()) and \
                not _CITED_SPEECH.match(text, slot_start + len(slot.rstrip()), sent_end):
            return _SKIP_MATCH  # "he said, citing Trump's blue-collar appeal": a reason given, no one's claim
        if entry.lemma.startswith("according to ") and slot is None and _HEDGED_DOCUMENT.search(matched):
            return None  # "According to the alleged memo": the document itself is in doubt, and "alleged" is the cue
        if entry.lemma.startswith("according to ") and slot is None:
            maker = _DOCUMENT_MAKER_AFTER.match(text, end, sent_end)
            if maker is not None:
                # "according to excerpts of his speech released by the White House": the White House, named.
                name = maker.group("name")
                cut = len(name) - 1 if name.endswith(".") and name.split()[-1].rstrip(".") not in \
                    {"Jr", "Sr", "Inc", "Co", "Corp", "Ltd"} else len(name)
                end = maker.start("name") + cut
                body = _BODY_AFTER.match(text, end, sent_end)
                end = body.end() if body is not None else end  # "a statement from the Trump campaign": the campaign
                matched = text[start:end]
                # Named ("the White House"), or a whole party ("circulated by Democrats"): vague.
                maker_text = text[maker.start("name"):end]
                source, source_type = (maker_text, "named") if body is not None else classify_source(maker_text, maker_text)
        if entry.lemma == "according to" and source_type == "named" and slot is not None:
            slot_end = slot_start + len(slot.rstrip())
            body = _BODY_AFTER.match(text, slot_end, sent_end)
            person = _ROLE_THEN_NAME_AFTER.match(text, slot_end, sent_end) if re.search(r"['’]s$", slot.strip()) else None
            if body is not None:
                # "according to the Trump campaign": the campaign, not "the Trump"
                end = body.end()
                matched, source = text[start:end], text[slot_start:end].strip()
            elif person is not None:
                # "according to Ronald Reagan's former education secretary William J. Bennett": Bennett
                end = person.end()
                matched, source = text[start:end], person.group("name")
            record = _RECORDS_AFTER.match(text, slot_start + len(slot.rstrip()), sent_end)
            if record is not None:
                # "according to U.S. lobbying records", "according to FEC filings": the records are the source, not "U.S."
                end = record.end()
                matched = text[start:end]
                source = text[slot_start:end].strip()  # named still: the records of a body the reader can check
        if slot is None and source_type == "anonymous" and re.fullmatch(r"[a-z]+ed", matched.lower()) and \
                _WHO_AFTER_NAME.search(text, sent_start, start):
            # "Zimmerman, who alleged that": the relative clause's sayer is the name before "who" ("Trump, who is
            # seen as" is a passive and "Houston, who allegedly had" an adverb: no one named says anything).
            source, source_type = _WHO_AFTER_NAME.search(text, sent_start, start).group("name"), "named"
        if source_type == "vague" and slot is not None and _family_named(text, slot.strip()):
            source_type = "named"  # "the Khans say": a family the article names, not a people
        if source_type == "vague" and slot is not None and slot.split()[-1].lower() in _STUDY_HEADS:
            maker = study_maker(text, slot.split()[-1])
            if maker is not None:
                source, source_type = maker, "named"  # "according to the poll": the poll the article names
        if slot is None and source_type == "anonymous" and any(w.endswith("ed") or w in _PARTICIPLES | {"seen"} for w in words):
            sayer = _named_sayer(text, sent_start, start)
            if sayer is not None:
                # "Pilon added that the Founders never intended it to be viewed as ...": a passive
                # inside a clause a named person said passes on that person's claim, not no one's.
                source, source_type = sayer, "named"
        if slot is not None:
            slot_words = slot.lower().split()
            verb = words[-1] if words else ""
            # "As I said", "But they say": a linking word before the pronoun is not part of the source.
            while len(slot_words) > 1 and slot_words[0] in _LINKING_OPENERS:
                slot_words = slot_words[1:]
            if entry.pattern.split()[0] == "<source>" and re.search(
                    r"\S\s+(?:who|which)(?![\w'’\-])", text[slot_start + len(slot):_last_word_start(match)], re.I):
                return None  # "We have generals who think": the thinkers are the noun before "who", not the slot
            if verb == "guess" and slot_words not in (["i"], ["we"]) and not _GUESSED_CLAUSE_AFTER.match(after):
                return _SKIP_MATCH  # "by reading their Wikipedia pages and guessing passwords": a guess at a thing
            if slot_words in (["i"], ["we"]):
                if verb not in _BELIEF_VERBS:
                    return _SKIP_MATCH  # "As I said yesterday", "the words I said": their own speech
                if verb == "expect" and _UNDERGO_AFTER.match(after):
                    return _SKIP_MATCH  # "I expect to be vetted": what the speaker is ready to undergo, no guess
                # "I think", "we believe": the speaker hedges their own claim.
                note = _note("epistemic", matched, None, None)
                return Cue(start, end, matched, "epistemic", entry.lemma, None, None, note)
            if len(slot_words) == 1 and slot_words[0] in _PRONOUNS and verb in {"say", "note"}:
                # "they said": speech of someone the text has just named, an attribution like
                # "Trump said" (skipped below); "he claimed" stays a cue, as "Akin claimed" does.
                return _SKIP_MATCH
            if verb == "consider" and _GERUND_AFTER.match(after):
                return _SKIP_MATCH  # "Sanders supporters should consider voting for Trump": weighing a step, no claim
            if verb == "claim" and set(w.lower() for w in text[slot_start + len(slot):_last_word_start(match)].split()) \
                    & _JUDGED_CLAIMS:
                return _SKIP_MATCH  # "Trump's false claims that he's an advocate": the writer judges them, passes nothing on
            if verb in {"consider", "regard", "see", "describe", "call"} and _REFLEXIVE_AFTER.match(after) \
                    and _RELATIVE_GAP.match(text, slot_start + len(slot), _last_word_start(match)):
                return None  # "Republicans who consider themselves Tea Party supporters": who they are, no claim
            if verb == "claim" and _GIVE_BEFORE.search(text, max(sent_start, slot_start - 20), slot_start):
                return None  # "to give Republicans claim to the document": the noun, a right to something
            if slot_words[-1:] in (["some"], ["any"], ["much"]) and _GIVE_BEFORE.search(before):
                return None  # "give some thought to": a noun, not "some people thought"
            if not [w for w in slot_words if w not in _NOT_NAMES or w in VAGUE_HEADS or w in _PRONOUNS]:
                return None  # "But", "The best way to predict": no source at all
            if _not_a_source(text, slot, slot_start, sent_start):
                return _SKIP_MATCH  # "Asked by ...", "on Tuesday": no one passes a claim on
            if entry.pattern.split()[0] == "<source>":
                gap = text[slot_start + len(slot):_last_word_start(match)]
                last_gap = gap.split()[-1:]
                noun = match.group(0).split()[-1]
                if last_gap and last_gap[0].islower() and last_gap[0].endswith("ed") and \
                        noun.lower().rstrip("s") in _VERB_NOUNS and not noun.lower().endswith("ed"):
                    # "Obama rejected claims that ...", "He also rejected reports that ...": after a
                    # verb of its own the word is a noun, the object; the claims are passed on without
                    # their makers, and the slot is who answers them, not who makes them.
                    if not re.match(r"\s+that\b", text[end:sent_end]):
                        return _SKIP_MATCH  # "scrutinized reports like the Climate Assessment": documents, no claim
                    noun_at = _last_word_start(match)
                    source, source_type = classify_source(None, noun)
                    return Cue(noun_at, end, text[noun_at:end], entry.kind, entry.lemma, source, source_type,
                               _note(entry.kind, text[noun_at:end], source, source_type))
                if _SUBJECT_IN_GAP.search(gap):
                    # "Vietnam... whatever we think": the verb has its own subject after the slot.
                    return None
                if re.search(r"(?<![\w'’\-])that\s+(?!(?:but|and|or|yet)\b)\w", gap, re.I):
                    # "sources tell Fox News that they believe": the slot is whom it was told to, and
                    # the believer stands after "that"; the words there are tried on their own. ("Reid
                    # respects that but thinks": "that" is a pronoun, and Reid still thinks.)
                    return None
                if len(slot_words) == 1 and slot_words[0] in _PRONOUNS and _reported_clause(text, sent_start, slot_start):
                    # "... tell Fox News that they believe": the sayer already passed the claim on.
                    return _SKIP_MATCH
                if re.match(r"\s+and\s+(?!(?:the|a|an|his|her|their|its|other|others|some|many|several|most)\b)(?-i:[a-z])", gap):
                    # "did not see it resonating outside New York and did not expect": the name ends an
                    # object and "and" joins a second verb; its subject stands before the name.
                    return None
                if source_type == "named" and slot.strip() in _PARTY_PLURALS:
                    # "Republicans who believed": everyone of a party or a people, no one to check.
                    source_type = "vague"
                group = _PERSON_PLURAL.match(gap.lstrip()) if source_type == "named" else None
                if group is not None and gap[:len(gap) - len(gap.lstrip())].strip() == "":
                    # "GOP operatives believe": a party's or body's name before a plural noun for
                    # people is a group the reader cannot check, not the named body itself.
                    source = f"{slot.strip()} {group.group(0)}"
                    source_type = "anonymous" if group.group(0).lower() in ANONYMOUS_HEADS else "vague"
                gap_words = gap.split()
                if source_type == "named" and re.search(r"['’]s$", slot.strip()) and gap_words and \
                        all(w.islower() for w in gap_words) and gap_words[-1].lower() in _GROUP_NOUNS:
                    # "Trump's inner circle believes": a group around the person, no one named.
                    source, source_type = f"{slot.strip()} {' '.join(gap_words)}", "vague"
                joined = _JOINED_GROUP_BEFORE.search(text, sent_start, slot_start) \
                    if source_type == "vague" and group_of_people(slot.strip()) else None
                if joined is not None:
                    # "black farmers and American Indians who claimed": the claimants are the whole
                    # group, not its second half.
                    source = text[joined.start():slot_start + len(slot.rstrip())]
                    if start == slot_start:
                        start = joined.start()
                        matched = text[start:end]
            if words[-1:] in (["say"], ["consider"], ["note"]) and source_type == "named":
                # "Trump said", "Trump noted" are attributions, not hedges; only vague or unnamed sayers are.
                return _SKIP_MATCH
        if slot is not None and entry.pattern.split()[-1] != "<source>" and _verb_not_of_saying(text, match, sent_start):
            return _SKIP_MATCH  # "The Drudge Report" (a name), "by reporting on" (a gerund)
    if slot is not None and slot.strip().lower() == "they" and source_type == "vague":
        sayer = _THEY_AFTER_SAYER.search(text, sent_start, slot_start)
        if sayer is not None:
            # "the Khans say they have heard rising fears": "they" are the sayers just named.
            source, source_type = classify_source(sayer.group("name"), sayer.group("name"))
            if source_type == "vague" and _family_named(text, sayer.group("name")):
                source_type = "named"
    if source_type == "vague" and slot is not None and _MEMBERS_LISTED.match(text, end, sent_end):
        # "At least four Democrat U.S. senators claim ...: Sens. Joe Manchin (D-WV), Bob Casey Jr. ...": the
        # sentence names every one of them.
        source_type = "named"
    if source_type == "named" and source is not None and source.lower() in {"he", "she"}:
        # "he still believed": a pronoun is no name a reader can check; the person it stands for is.
        from .quotes import person_meant  # one home for pronouns; quotes is heavy, so import when first needed

        person = person_meant(text, slot_start if slot_start >= 0 else start, source)
        # Unresolved, the source is still someone the article named: say so, without a pronoun for a name.
        source = person
    note = _note(entry.kind, matched, source, source_type)
    return Cue(start, end, matched, entry.kind, entry.lemma, source, source_type, note)


# A booster under negation or a modal does not make a claim more certain.
_NEGATED_BEFORE = re.compile(r"(?:\bnot|\bnever|n['’]t)\s+(?:\w+ly\s+)?$", re.I)
_MODAL_BEFORE = re.compile(r"\b(?:could|may|might|would|should|can|will|to)\s+(?:\w+ly\s+)?$", re.I)
# "prove helpful", "proved costly", "proven to be": "turn out to be", not "demonstrate".
_PROVE_TURN_OUT = re.compile(r"\s+(?:to\s+be\b|(?:\w+ly\s+)?(?:a|an|helpful|useful|costly|difficult|hard|easy|"
                             r"\w+(?:ful|ive|ous|ble|ic|al|ant|ent))\b)", re.I)
# A content clause that states someone's position: a hedge inside it is theirs, not the writer's.
_REPORTED_PROPOSITION = re.compile(
    r"\b(?:the|this|that|his|her|their|its)\s+(?:idea|view|belief|notion|argument|contention|premise|claims?)\s+that\b[^.;:]*$",
    re.I)
_WEEKDAYS_MONTHS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december",
    "today", "yesterday", "tonight",
})


# Words that link a sentence to the one before ("Though Weiner said", "But Justice Breyer said"),
# and a "what" that makes the saying a thing ("What I said [was]"): they open a source slot but are
# no part of the source.
_SLOT_OPENER = re.compile(r"(?:(?:but|and|or|nor|yet|so|though|although|while|as|because|since|if|when|whereas|"
                          r"still|then|also|however|meanwhile|moreover|indeed|what)\s+)+(?=\S)", re.I)
# An indirect question before a source ("asked if he believed", "whether officials expect"): it
# asks about a view and passes on none.
_ASKED_IF = re.compile(r"(?:\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering)\s+(?:[\w'’]+\s+){0,3}?(?:if|whether)|"
                       r"\bwhether)\s+$", re.I)
# A wh-word opening a clause that names a thought as a thing ("whatever we think", "what they believe").
_WH_WORD = re.compile(r"(?:whatever|whoever|whichever|however|whenever|wherever)\b", re.I)
# Only the concessive "whatever"/"whoever": "what they allege is a plan" does pass their claim on.
_WH_BEFORE = re.compile(r"(?<![\w'’\-])(?:whatever|whoever|whichever)\s+$", re.I)
# A wh-word between a slot and its verb opens a clause with its own subject ("Vietnam... whatever we
# think", "Olive picked up what she thought"): the slot is not the thinker. (A bare pronoun may be
# the slot again: "RNC insiders tell Fox News they expect".)
_SUBJECT_IN_GAP = re.compile(r"(?<![\w'’\-])(?:whatever|whoever|whichever|what)(?![\w'’\-])", re.I)
# Verbs of suggesting whose "-ing" form reports what the sentence's subject suggests.
_SUGGESTING = frozenset({"suggesting", "implying", "indicating", "hinting", "insinuating"})
# Verbs whose bare form is also a noun: "a New York Times report", "a Reuters claim".
_VERB_NOUNS = frozenset({"report", "claim", "fear"})
# "-ing" forms of lexicon verbs that are prepositions ("regarding their accounts", "concerning").
_PREPOSITION_ING = frozenset({"regarding", "considering", "concerning"})
# A participle opening a sentence, closed by a comma before the main clause's subject: a pronoun or
# a capitalised name ("Suggesting that the photo might have been altered, he alluded to ...").
_MAIN_SUBJECT = re.compile(r",\s+(?:(?i:he|she|they|we|i)\b|(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z]|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+"
                           r"[a-z]+(?:ed|s)\b)")
# An adjunct "by/while -ing" after its clause's subject and verb ("the story distorts his record by
# implying that ..."): the subject suggests it, not the writer.
# "rebuked Mr. Trump for suggesting that": the gerund's subject is the one rebuked, not the writer.
_ADJUNCT_BEFORE = re.compile(r"\S\s+\S.*\b(?:by|while|when|for)\s+$", re.I | re.S)


def _participle_of_someone(text: str, start: int, end: int, sent_start: int, sent_end: int) -> bool:
    """Whether an "-ing" hedge verb ("suggesting", "implying") reports what the sentence's subject
    suggests: a participle clause opening the sentence before a person as subject ("Suggesting that
    ..., he alluded"), or a "by / while -ing" adjunct after a clause with its own subject ("the story
    distorts his record by implying that")."""
    if _at_sentence_start(text, start, sent_start):
        return bool(_MAIN_SUBJECT.search(text, end, sent_end))
    return bool(_ADJUNCT_BEFORE.search(text[sent_start:start]))


# Between a subject and its verb: auxiliaries, adverbs and a day ("Corker has also suggested",
# "McCarthy suggested Sunday" has the day after); stripped before the subject is read.
_AUX_TAIL = re.compile(r"(?:\s+(?:has|have|had|is|are|was|were|also|later|then|again|even|once|recently|publicly|"
                       r"privately|repeatedly|\w+ly))+\s*$", re.I)
# An appositive closed by a comma before the verb: "the mayor of Washington, DC, suggested",
# "Rep. Kevin McCarthy, R-Calif., the No. 3 Republican in the House, suggested".
_APPOSITIVE_TAIL = re.compile(r",\s+[^,;:()]{1,60},\s*$")
_NAME_TAIL = re.compile(r"(?-i:(?<![\w'’\-])[A-Z][\w'’\-]*\.?(?:\s+(?:(?:of|de|van|von)\s+)?[A-Z][\w'’\-]*\.?)*)\s*$")
_PERSON_PRONOUN_TAIL = re.compile(r"(?<![\w'’\-])(?:he|she|they)\s*$", re.I)
_CLAUSE_OPENING = re.compile(r"(?:^[\s\"“‘'(\[]*|[,;:—–(]\s*|(?<![\w'’\-])(?:and|but|(?<!such\s)as|than|while|when|after|that|because|"
                             r"although|though|since|so)\s+)$", re.I)
_PREPOSITION_TAIL = re.compile(r"(?<![\w'’\-])(?:of|from|in|at|by|for|on|with|to|about)\s*$", re.I)
# Nouns that stand for evidence, not a person, when they open a sentence ("Polls suggest").
_EVIDENCE_WORDS = frozenset({"evidence", "data", "research", "studies", "study", "polls", "poll", "results", "findings",
                             "experience", "history", "analysis", "records", "documents", "surveys", "tests", "signs"})


@lru_cache(maxsize=1)
def _role_tail() -> re.Pattern[str]:
    """A title or role ending the text before a verb ("the mayor", "a top Republican senator")."""
    from .quotes import ROLES  # one home for roles; quotes is heavy, so import when first needed

    roles = sorted((r for r in ROLES if r not in {"source", "sources", "official", "officials", "analyst", "expert"}),
                   key=len, reverse=True)
    return re.compile(rf"(?<![\w'’\-])(?:{'|'.join(re.escape(r) for r in roles)})s?(?:\s+of\s+(?:the\s+)?"
                      rf"(?-i:[A-Z][\w'’.\-]*)(?:\s+(?-i:[A-Z][\w'’.\-]*))*)?\s*$", re.I)


def _person_subject(text: str, start: int, sent_start: int) -> bool:
    """Whether the words right before a verb of saying are a person, named or by role.

    "Corker suggested", "the mayor of Washington, DC, suggested", "Rep. Kevin McCarthy, R-Calif., the
    No. 3 Republican in the House, suggested", "he suggested": the verb reports what someone said.
    "the data suggest", "This suggests", "Data from the Census Bureau suggest": evidence, a hedge.
    """
    head = text[sent_start:start]
    head = _AUX_TAIL.sub("", head)
    for _ in range(2):
        head = _APPOSITIVE_TAIL.sub("", head)
    head = head.rstrip(" ,")
    if _PERSON_PRONOUN_TAIL.search(head) or _role_tail().search(head):
        return True
    name = _NAME_TAIL.search(head)
    if name is None:
        return False
    first = name.group(0).split()[0].lower().strip(".")
    if first in {"mr", "mrs", "ms", "dr"} and len(name.group(0).split()) > 1:
        first = name.group(0).split()[1].lower().strip(".")  # "than Mr. Trump implied": the honorific opens a name
    if first.split("'")[0].split("’")[0] in {"i", "we"}:
        return False  # "as I've suggested": the writer's own hedge
    if first in _NOT_NAMES or first in VAGUE_HEADS or first in _EVIDENCE_WORDS or first in _WEEKDAYS_MONTHS:
        return False
    opening = head[:name.start()]
    if not opening.strip(" \t\"“‘'([") and len(name.group(0).split()) == 1:
        # One capitalised word opening the sentence: a name only if it is no plural for a group
        # ("Skeptics suggest") and the text never writes it in lower case.
        return _PERSON_PLURAL.fullmatch(first) is None and \
            re.search(rf"(?<![\w'’\-]){re.escape(first)}(?![\w'’\-])", text) is None
    # The name must open the clause: "Data from the Census Bureau suggest", "Observations of ... 47
    # Ursae Majoris suggested" have it inside a phrase, and evidence is the subject.
    return bool(_CLAUSE_OPENING.search(opening))


# A named person and a verb of saying opening a reported clause: "Pilon added that", "Roger Pilon
# of the Cato Institute said". A surname alone is a name here: it is the subject of a verb of saying.
# The verb is in lower case, so "the United States Bankruptcy Court" holds no "states".
_SAYER = re.compile(
    r"(?-i:(?P<name>[A-Z][\w'’\-]*(?:\s+(?:(?:of|de|van|von)\s+)?[A-Z][\w'’\-]*)*))"
    r"(?:,\s+[^,;:()]{1,60},)?\s+(?:\w+ly\s+)?"
    r"(?-i:said|says|added|adds|argued|argues|wrote|writes|noted|notes|contended|contends|insisted|insists|"
    r"explained|explains|stated|states|told\s+[^,.;:]{1,40}?)\s+(?:that\s+)?", re.I)


def _named_sayer(text: str, sent_start: int, at: int) -> str | None:
    """The named person whose reported clause holds ``text[at]`` in its sentence, if any."""
    found = None
    for match in _SAYER.finditer(text, sent_start, at):
        found = match
    if found is None:
        return None
    name = found.group("name")
    parts = name.split()
    while parts and parts[0].lower() in _NOT_NAMES:
        parts = parts[1:]  # "But Pilon said": the linking word is no part of the name
    if not parts or parts[0].lower() in VAGUE_HEADS or parts[0].lower() in _PRONOUNS:
        return None
    if _PREPOSITION_TAIL.search(text, sent_start, found.start()):
        return None  # "in Washington said": the name sits in a phrase, it is not the sayer
    return " ".join(parts)


# Feelings and beliefs about what may happen: the clause after them is the feeler's view
# ("leaders who are nervous the controversy could imperil", "the party is concerned his presence
# could hurt", "Democrats fear the cuts could").
_VIEW_WORDS = (r"nervous|worried|concerned|afraid|fearful|anxious|confident|hopeful|convinced|optimistic|pessimistic|"
               r"skeptical|sceptical|believes?|believed|believing|fears?|feared|fearing|worry|worries|hopes?|hoped|"
               r"concerns?|doubts?|aware")
# The view word, then its clause: a subject (not a preposition's object: "worried about costs that
# could") and no comma or stop up to the cue. "it is hopeful", "there are fears" have no one who
# holds the view (see _NO_HOLDER).
_HELD_VIEW = re.compile(
    rf"(?<![\w'’\-])({_VIEW_WORDS})(?:\s*,\s*(?:however|though|too|also|still|nonetheless|nevertheless)\s*,)?\s+(?:that\s+)?"
    rf"(?!(?:about|over|with|by|for|of|to|in|at|on|and|or|as|from|after|before|because|if|whether|what|me|us|him|her|"
    rf"them|you|it\s+(?:is|was)\s+(?:un)?(?:likely|possible|probable)|so|not)\b)"
    rf"[\w'’\-]+\b(?:[^.;:!?,—–]|(?<=Mr)\.|(?<=Mrs)\.|(?<=Ms)\.|(?<=Dr)\.|(?<=Sen)\.|(?<=Rep)\.|(?<=Gov)\.|(?<=St)\.)*$",
    re.I)
# "hope", "fear" as nouns ("offered slight hope the two could", "raised fears"): the view is held
# by the people it is said to be among ("some hope among supporters that"), else by no one named.
_VIEW_NOUN = re.compile(r"(?:hopes?|fears?|worry|worries|concerns?|doubts?)\b", re.I)
# A view expressed by its holder ("Republicans have expressed concern that", "voiced fears that").
_EXPRESSED = re.compile(r"(?<![\w'’\-])(?:express|voic|shar)(?:e|es|ed|ing)(?:\s+(?:some|their|his|her|its|deep|"
                        r"serious|growing|renewed|new|grave|similar|the\s+same))?$", re.I)
_NOUN_OPENER = re.compile(r"(?:(?<![\w'’\-])(?:the|a|an|some|any|no|little|slight|new|growing|much|more|renewed|real|"
                          r"widespread|deep|its|their|his|her)|[a-z]+ed)$", re.I)
_HOLDERS_AFTER = re.compile(r"\s+(?:among|of|from)\s", re.I)
# Helpers and adverbs between a view's holder and the view word ("who are still nervous").
_VIEW_HELPERS = re.compile(r"(?:\s+(?:is|are|was|were|be|been|remain(?:s|ed)?|grew|grow(?:s|n)?|feel(?:s)?|felt|seem(?:s|ed)?|"
                           r"appear(?:s|ed)?|still|also|now|increasingly|very|so|more|deeply|\w+ly))*\s*$", re.I)
# Holders that are no one: "it is hopeful", "there are fears"; "I"/"we" in the writer's text hedge
# the writer's own claim.
_NO_HOLDER = re.compile(r"(?<![\w'’\-])(?:it|there|this|that|i|we)$", re.I)
# "Kyl said ... are not ready, but that the Senate could move": a second "that" clause joined to
# the first still reports what the sayer said.
_JOINED_THAT = re.compile(r"(?:,\s*|\s+)(?:and|but|or)\s+(?:also\s+|not\s+)?that\s+[^.;:!?]*$", re.I)
_PLAIN_SAYING = re.compile(r"(?<![\w'’\-])(?:said|says|told|added|adds|argued|argues|wrote|writes|insisted|insists|"
                           r"noted|notes|explained|stated|contended|maintained)(?![\w'’\-])")
# An attribution closing the sentence after a comma ("The economy could slow, analysts said.",
# "..., Mr. Obama said in his interview.", the headline "Double-Dip Recession Possible Without Tax
# Deal, Obama's Top Economic Aide Warns"): everything before it is what that person said. After
# the verb only when, where or to whom ("said in his interview", "told The Huffington Post"): a
# relative clause ("which officials said is unlikely") says something else.
_CLOSING_SEGMENT = re.compile(r",\s+(?!(?:which|who|whom|that|as|when|while|because|if|but|and|so)\b)"
                              r"(?P<segment>[^,;:!?]+?)\s*[.!?\"”’']*\s*$", re.I)
_AFTER_SAYING_VERB = re.compile(r"(?:\s+(?:in|on|at|during|after|before|last|this|earlier|later|recently|yesterday|today|"
                                r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|with|from)\b.*)?$", re.I)
# Words that end no sayer before a verb: auxiliaries, negations and determiners ("don't tell", "the reports").
_NOT_A_SAYER_END = frozenset("don't don’t do does did not to will would can could should may might must the a an "
                             "multiple some many several news media press these those his her their its".split())
_BELIEF_FORMS = frozenset("believe believes believed think thinks thought fear fears feared expect expects expected".split())


# The verb first, then the sayer and an appositive: "..., said Brian Baker, a longtime political
# adviser to the Ricketts family."; "..., said the report.". ("said to be" is no attribution.)
_SAID_FIRST = re.compile(r",\s+(?:said|says|added|wrote|noted)\s+(?:(?:the|a|an)\s+[^,;:!?]{1,60}|"
                         r"(?-i:(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}))"
                         r"(?:,[^;:!?]*)?\s*[.!?\"”’']*\s*$", re.I)


def _closing_attribution(text: str, start: int, end: int) -> bool:
    """Whether the sentence ends, after ``start`` and a comma, in an attribution of what comes before."""
    if _SAID_FIRST.search(text, start, end):
        return True
    found = _CLOSING_SEGMENT.search(text, start, end)
    if found is None:
        return False
    from .quotes import reporting_verbs  # one home for verbs of saying; quotes is heavy, so import when needed

    verbs = reporting_verbs()
    segment = found.group("segment")
    if re.match(r"according\s+to\s", segment, re.I):
        return True  # "..., according to multiple reports": the claim is the source's
    words = list(re.finditer(r"[\w'’.\-()]+", segment))
    for i, word in enumerate(words[:8]):
        lowered = word.group(0).lower()
        if lowered in verbs or lowered in _BELIEF_FORMS:
            if i == 0:
                return False  # "said" first: see _SAID_FIRST
            sayer = [w.group(0) for w in words[:i]]
            if sayer[-1].lower() in _NOT_A_SAYER_END or not any(
                    w[:1].isupper() or w.lower() in _PERSON_NOUNS or w.lower() in _PRONOUNS for w in sayer):
                continue  # "“don’t ask, don’t tell” policy", "multiple reports": no one says anything here
            tail = found.group("segment")[word.end():]
            return lowered.startswith(("told", "tell")) or _AFTER_SAYING_VERB.match(tail) is not None
    return False


# A participle clause after an attribution ("he said, going on to suggest", "Akin added, suggesting")
# or after a clause whose subject is a person ("Other officials ... were less forgiving, however,
# suggesting that ..."): the suggestion is that person's.
_AFTER_ATTRIBUTION = re.compile(rf"{_PLAIN_SAYING.pattern}\s*,\s+(?:[a-z]+ing\s+(?:on\s+)?to\s+)?$")
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+(?:[a-z]+ing\s+(?:on\s+)?to\s+)?$")
_PERSON_NOUNS = frozenset(set(VAGUE_HEADS) - {"reports", "report", "media", "polls", "surveys", "estimates", "documents",
                                              "many", "some", "most", "few"}) | {
    "leaders", "members", "senators", "republicans", "democrats", "voters", "supporters", "opponents", "activists",
    "candidates", "lawyers", "spokesman", "spokeswoman", "spokesperson"}
_SUBJECT_OPENING = re.compile(r"[\s\"“‘'(\[]*(?:(?-i:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:(?:the|a|an|some|many|most|several|other|two|three|top|senior|local|"
                              r"state|party|gop|republican|democratic|(?-i:[A-Z][\w'’\-]*))\s+){0,3}([\w'’\-]+)", re.I)


# A name of one to three capitalised words opening the clause, then its verb in the past or present tense.
_NAME_THEN_VERB = re.compile(r"[\s\"“‘'(\[]*(?P<title>(?-i:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?P<name>(?-i:[A-Z][\w'’\-]*)"
                             r"(?:\s+(?-i:[A-Z][\w'’\-]*)){0,2})\s+(?:also\s+|later\s+)?"
                             r"(?-i:[a-z]+(?:ed|s))\b")


def _person_opens(text: str, sent_start: int, sent_end: int) -> bool:
    """Whether a sentence's subject, at its start, is a person or a group of people: a personal
    pronoun, a name, or a noun for people ("Other officials in the GOP, including ...")."""
    named = _NAME_THEN_VERB.match(text, sent_start, sent_end)
    if named is not None and named.group("name").split()[0].lower() not in _NOT_NAMES \
            and named.group("name").split()[-1].lower() not in _EVIDENCE_WORDS and not group_of_people(named.group("name")):
        word = named.group("name")
        # One capitalised word opening the sentence is a name only if the text never writes it in lower case
        # ("Shares jumped, suggesting" is about shares).
        if len(word.split()) > 1 or named.group("title") or (
                _PERSON_PLURAL.fullmatch(word.lower()) is None
                and re.search(rf"(?<![\w'’\-]){re.escape(word.lower())}(?![\w'’\-])", text) is None):
            return True  # "Mr. Trump questioned why ...": a name, then its verb
    opening = _SUBJECT_OPENING.match(text, sent_start, sent_end)
    if opening is None:
        return False
    head = opening.group(1)
    words = opening.group(0).split()
    if head.lower() in _PERSON_NOUNS or head.lower() in {"he", "she", "they"}:
        return True
    # A name: capitalised words only, none of them a word that opens sentences ("The", "This").
    return all(w[:1].isupper() for w in words) and words[0].lower() not in _NOT_NAMES and \
        head[:1].isupper() and not head.endswith(("'s", "’s")) and head.lower() not in _EVIDENCE_WORDS


# Verbs that give someone's view or guess and take only a clause, loaded ones included: a hedge in
# the clause they open is that person's ("Schoen contends the superdelegates may switch", "The pollster
# even hypothesized Clinton could", "Schoen elaborated in an editorial piece for The Wall Street Journal
# that ... may").
_CLAUSE_VERBS = (r"(?:contend|argue|maintain|hypothesi[sz]e|theori[sz]e|speculate|predict|elaborate|posit|insist|claim|"
                 r"assert|estimate|reckon|guess|warn|allege|concede|acknowledge|complain)")
# Plain verbs of saying also take an object ("wrote a book that may change minds"): only with "that"
# after where or to whom it was said ("said on MSNBC that for one, there appeared to be").
_PLAIN_VERBS = r"(?:said|says|say|told|tells|tell|wrote|writes|write|added|adds|noted|notes|explained|explains)"
_VIEW_VERB_FORMS = rf"(?:{_CLAUSE_VERBS}(?:s|es|d|ed)?|guessed|(?P<plain>{_PLAIN_VERBS}))"
_PLAIN_THAT = re.compile(r"\s+(?:(?!(?:a|an|the|his|her|their|its|this|that)\s)[\w'’.\-]+\s+){0,7}?that\s", re.I)
_TOLD_THAT = re.compile(r"\s+(?:[\w'’.\-]+\s+){0,7}?that\s", re.I)
# Who holds it: a name of up to three capitalised words, a personal pronoun, or "the" and a noun for a person.
# "who" stands for the person just named ("some who warned it could make matters worse").
_VIEW_HOLDER = (r"(?:(?-i:[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2})|he|she|they|who|"
                r"the\s+(?:[a-z\-]+\s+)?(?:pollster|analyst|expert|strategist|official|spokesman|spokeswoman|lawyer|"
                r"professor|economist|senator|candidate|campaign|author|columnist|writer|adviser|aide|chairman|"
                r"chairwoman|director|governor|mayor|president|judge|justice))")
# A holder in the possessive owns a noun, not a verb ("the Islamic State's claim of credit"): it holds no view.
_VIEW_CLAUSE = re.compile(rf"(?<![\w'’\-]){_VIEW_HOLDER}(?<!['’]s)\s+(?:(?:also|even|later|then|once|again|has|had|have|\w+ly)\s+)*"
                          rf"{_VIEW_VERB_FORMS}(?![\w'’\-])(?P<rest>[^.;:!?]*)$", re.I)
# A clause boundary after which the writer speaks again ("..., but the plan could fail"); a spaced
# hyphen is a dash in plain text ("who had acknowledged they would need to occur - has decided").
# A dash then "and" and a modal goes on with the same predicate ("saying calling the group another name will do nothing
# -- and could be counterproductive").
_WRITER_AGAIN = re.compile(r",\s+(?:but|however|yet|while|although|though|whereas|since|because)\b|"
                           r"(?:\s[—–]|\s--?)\s(?!(?:and|or)\s+(?:(?:could|would|may|might|will|can|should|must)\b|$))", re.I)
# "which Democrats say could", "who analysts believe might": a relative clause's view verb before the hedge.
_RELATIVE_VERBS = (r"(?:say|says|said|believe|believes|believed|think|thinks|thought|fear|fears|feared|"
                   r"consider|considers|considered|"
                   r"predict|predicts|predicted|argue|argues|argued|contend|contends|claim|claims|claimed)")
_RELATIVE_VIEW = re.compile(rf"\b(?:which|who|that|what)\s+(?:[\w'’\-]+\s+){{1,5}}(?:\w+ly\s+)?{_RELATIVE_VERBS}\s+$",
                            re.I)
# "as Comey noted, people involved ... could": the rest of the sentence is put in someone's mouth.
_AS_NOTED = re.compile(rf"\bas\s+{_VIEW_HOLDER}\s+(?:has\s+|had\s+)?(?:noted|said|says|notes|put\s+it|explained|"
                       r"argued|argues|pointed\s+out|wrote|writes|observed|acknowledged|warned)\s*,", re.I)
# A comma-set attribution near the sentence's start ("But ultimately, other experts say, she ...,
# and there's no evidence"): the whole sentence after it is the sayers' view.
_OPENING_ASIDE = re.compile(r",\s+(?:[^,.;:!?]{1,40}?)\s+(?:say|says|said|believe|believes|argue|argues|contend|"
                            r"contends|note|notes|insist|insists)\s*,", re.I)
# Nouns of a view whose owner stands before them in the possessive ("Mr. Comey's most surprising suggestion").
_VIEW_NOUNS = frozenset({"suggestion", "suggestions", "claim", "claims", "belief", "beliefs", "view", "prediction",
                         "predictions", "speculation", "contention", "guess", "assessment", "estimate", "hope", "fear"})
_OWNER_BEFORE = re.compile(r"(?:(?-i:[A-Z][\w'’.\-]*)['’]s|(?<![\w'’\-])(?:his|her|their))\s+(?:[\w\-]+\s+){0,3}$",
                           re.I)


# A participle of a verb of saying, warning or setting out ("went further, arguing Trump's proposal could", "rebuked
# critics ..., saying calling the group another name ... could be counterproductive", "a paper outlining how the
# military success ... could drive"): the clause it opens is what its subject says, never the writer's own doubt
# (unless the subject is the writer or speaker: "I'm saying that ..., certainly not the federal government").
_SAYING_PARTICIPLES = (r"(?:arguing|warning|saying|contending|insisting|predicting|claiming|"
                r"asserting|cautioning|maintaining|outlining|explaining|describing|detailing|"
                r"speculating|theori[sz]ing|hypothesi[sz]ing)")
_SAYING_PARTICIPLE = re.compile(rf"(?<![\w'’\-])(?<!\bI['’]m\s)(?<!\bI\sam\s)(?<!\bwe['’]re\s)(?<!\bwe\sare\s)"
                                rf"{_SAYING_PARTICIPLES}(?![\w'’\-])(?P<rest>[^.;:!?]*)$", re.I)
# A view verb joined by "and" to a verb of saying with the same subject ("Ryan said he was not ready ..., and
# suggested that Trump needs to"): the second verb is the sayer's too.
_JOINED_VIEW_VERB = re.compile(rf"(?<![\w'’\-]){_VIEW_HOLDER}\s+(?:\w+ly\s+)?{_PLAIN_VERBS}(?![\w'’\-])"
                               r"(?P<rest>[^.;:!?]*?),?\s+and\s+(?:also\s+|then\s+|later\s+)?$", re.I)
# The clause of a suggestion denied ("not even suggesting Mr. Trump could", "no one has suggested that it might"): the
# suggesting verb is no cue (_SUGGESTION_DENIED), and the modal inside is the clause someone did not put forward.
_DENIED_SUGGESTING = re.compile(rf"{_DENIAL}(?:suggest(?:s|ed|ing)?|impl(?:y|ies|ied|ying)|hint(?:s|ed|ing)?)(?![\w'’\-])"
                                r"(?P<rest>(?:[^.;:!?]|(?<=Mr)\.|(?<=Mrs)\.|(?<=Ms)\.|(?<=Dr)\.)*)$", re.I)
_JOINABLE_VIEW_VERBS = ("suggest", "warn", "argu", "predict", "insist", "contend", "speculat", "claim", "impl", "hint")


def _view_given(text: str, sent_start: int, start: int, cues: ViewCues | None = None) -> bool:
    """Whether the hedge at ``text[start]`` lies in a view the sentence gives to someone through a
    verb of saying or guessing (loaded ones too), a relative clause's view verb, an "as X noted"
    aside, a comma-set attribution near the sentence's start, or a possessive owner of a view noun.
    ``cues``: the sentence's :class:`ViewCues`, when at hand: a rule whose cue is not open at the
    word is not searched (it cannot match); the answer is the same."""
    head = text[sent_start:start]
    if cues is None or cues.opens(cues.clause, start):
        view = _VIEW_CLAUSE.search(head)
        if view is not None and len(view.group("rest").split()) <= 25 and not _WRITER_AGAIN.search(view.group("rest")):
            plain = view.group("plain")
            rest = view.group("rest")
            if plain is None or (_TOLD_THAT if plain.lower().startswith("t") else _PLAIN_THAT).match(rest):
                return True
    if ((cues is None or cues.opens(cues.relative, start)) and _RELATIVE_VIEW.search(head)) \
            or ((cues is None or cues.opens(cues.noted, start)) and _AS_NOTED.search(head)):
        return True
    if cues is None or cues.opens(cues.participle, start):
        participle = _SAYING_PARTICIPLE.search(head)
        if participle is not None and len(participle.group("rest").split()) <= 25 and head[:participle.start()].strip() \
                and not _WRITER_AGAIN.search(participle.group("rest")):
            return True
    word = _VIEW_WORD.match(text, start)
    low = word.group(0).lower() if word is not None else ""
    # The word is tested before the search for the verb of saying it is joined to (either fails alone).
    if low.startswith(_JOINABLE_VIEW_VERBS):
        joined = _JOINED_VIEW_VERB.search(head)
        if joined is not None and not _WRITER_AGAIN.search(joined.group("rest")):
            return True
    if cues is None or cues.opens(cues.denied, start):
        denied = _DENIED_SUGGESTING.search(head)
        if denied is not None and len(denied.group("rest").split()) <= 25 and not _WRITER_AGAIN.search(denied.group("rest")):
            return True  # "he said, not even suggesting Mr. Trump could have": what he did not suggest, no doubt of the writer's
    if cues is None or cues.opens(cues.aside, start):
        aside = _OPENING_ASIDE.search(head)
        if aside is not None and aside.start() <= 40 and not _WRITER_AGAIN.search(head, aside.end()):
            return True
    return low in _VIEW_NOUNS and _OWNER_BEFORE.search(head) is not None


# The hedge's word, as _view_given reads it.
_VIEW_WORD = re.compile(r"[\w'’\-]+")


# What each rule of :func:`_view_given` needs in the text before the word, as cues found anywhere
# (same flags as the rules): a verb of saying or guessing after whitespace (_VIEW_CLAUSE), a
# relative clause's view verb after whitespace (_RELATIVE_VIEW), a participle of saying
# (_SAYING_PARTICIPLE). No two occurrences of one cue overlap (the first two start with whitespace
# and hold none after it; no participle holds another or ends with another's beginning), so a plain
# scan finds every one. They are matched in the sentence's ascii_folded text, case-sensitively:
# where a case-blind match of these lower-case ASCII words lies in the sentence, the folded text
# holds the words themselves (and a case-sensitive scan is several times faster).
_CLAUSE_VERB_CUE = re.compile(rf"\s(?:{_CLAUSE_VERBS}|guessed|{_PLAIN_VERBS})")
_RELATIVE_VERB_CUE = re.compile(rf"\s{_RELATIVE_VERBS}")
_PARTICIPLE_CUE = re.compile(_SAYING_PARTICIPLES)
# The verb of a denied suggestion (_DENIED_SUGGESTING): its clause may run past a title's stop ("Mr."), so it
# opens the words up to the sentence's end.
_DENIED_CUE = re.compile(r"suggest|impl|hint")
# Where the word itself may be a view noun (_OWNER_BEFORE) or a verb joined to a verb of saying
# (_JOINED_VIEW_VERB): its lower case begins with one of these, and so does the folded text there.
_VIEW_WORD_STARTS = tuple(sorted(_VIEW_NOUNS | set(_JOINABLE_VIEW_VERBS)))
# What no match of _VIEW_CLAUSE or _SAYING_PARTICIPLE holds after its verb, and no match of
# _RELATIVE_VIEW after its opening word: a stop, and for the last a comma too.
_VIEW_STOP = re.compile(r"[.;:!?]")
_VIEW_BREAK = re.compile(r"[.;:!?,]")


class ViewCues:
    """Where in one sentence :func:`_view_given` could find a view, read once per sentence, so that a
    caller asking about every word of the sentence runs the rules only where they can match.

    :meth:`may_give` is a necessary condition, never a verdict: where it is false, every rule of
    :func:`_view_given` fails (each match holds its cue before the word and no stop, or comma, after
    it; the "as X noted," and opening-aside patterns, anchored at neither end, match in a head of the
    sentence only where they match in the sentence at the same start); where it is true the rules
    still decide.
    """

    def __init__(self, text: str, sent_start: int, sent_end: int) -> None:
        stops = [m.start() for m in _VIEW_STOP.finditer(text, sent_start, sent_end)]
        breaks = [m.start() for m in _VIEW_BREAK.finditer(text, sent_start, sent_end)]
        beyond = sent_end + 1
        sentence = text[sent_start:sent_end]
        # ascii_folded keeps every position where lower-casing does (one character for one): then
        # the cues and the word's own test read the folded sentence; otherwise (a capital dotted I
        # lower-cases to two characters) every rule is open at every word.
        folded = ascii_folded(sentence)
        self.folded = folded if len(folded) == len(sentence) else None
        # Each cue opens the words from just after its verb's first letter (the word must start
        # after the verb does) up to the first stop (or break) after it: [first, last] positions.
        opened: list[list[tuple[int, int]]] = []
        for cue, ends, lead in ((_CLAUSE_VERB_CUE, stops, 2), (_RELATIVE_VERB_CUE, breaks, 2),
                                (_PARTICIPLE_CUE, stops, 1)):
            if self.folded is None:
                opened.append([(sent_start, beyond)])
                continue
            spans = []
            for m in cue.finditer(folded):
                at = sent_start + m.start()
                k = bisect_right(ends, at)
                spans.append((at + lead, ends[k] if k < len(ends) else beyond))
            opened.append(spans)
        # Searched in the sentence as _view_given searches its head: a slice, so that the same text
        # lies before the match. A match in a head is a match in the sentence, so the sentence's
        # leftmost one starts no later; an aside must also start within the first 40 characters.
        noted = _AS_NOTED.search(sentence)
        aside = _OPENING_ASIDE.search(sentence)
        opened.append([(sent_start + m.start() + 1, beyond) for m in _DENIED_CUE.finditer(folded)]
                      if self.folded is not None else [(sent_start, beyond)])
        opened.append([(sent_start + noted.start() + 1, beyond)] if noted is not None else [])
        opened.append([(sent_start + aside.start() + 1, beyond)] if aside is not None and aside.start() <= 40 else [])
        #: Where each rule may match, as sorted disjoint [first, last] word positions (see :meth:`opens`).
        self.clause, self.relative, self.participle, self.denied, self.noted, self.aside = (
            _merged(spans) for spans in opened)
        self.any = _merged([span for spans in opened for span in spans])
        self.start = sent_start

    @staticmethod
    def opens(spans: tuple[list[int], list[int]], at: int) -> bool:
        """Whether a word at ``at`` lies in one of ``spans`` (one rule's, e.g. :attr:`clause`)."""
        firsts, lasts = spans
        k = bisect_right(firsts, at) - 1
        return k >= 0 and at <= lasts[k]

    def may_give(self, at: int) -> bool:
        """Whether :func:`_view_given` could hold for the word at ``text[at]`` (false: it cannot)."""
        return (self.opens(self.any, at) or self.folded is None
                or self.folded.startswith(_VIEW_WORD_STARTS, at - self.start))


def _merged(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    # [first, last] spans as two sorted lists of disjoint spans' firsts and lasts.
    firsts: list[int] = []
    lasts: list[int] = []
    for first, last in sorted(spans):
        if lasts and first <= lasts[-1]:
            lasts[-1] = max(lasts[-1], last)
        else:
            firsts.append(first)
            lasts.append(last)
    return firsts, lasts


_MAKER_NAME = r"(?-i:(?:[A-Z][\w'’.&\-]*)(?:\s+(?:of|for|and|on|the)?\s*[A-Z][\w'’.&\-]*){0,6})"


def study_maker(text: str, head: str) -> str | None:
    """The one maker the article names for the study or body ``head`` ("poll", "institute"): "the poll by the
    Public Policy Institute of California", "The PPIC poll", "a survey conducted by Gallup"; for "institute",
    a name holding "Institute". ``None`` when the article names none or several."""
    low = head.lower()
    found: list[str] = []
    if low == "institute":
        found = [m.group(0) for m in re.finditer(rf"{_MAKER_NAME}", text) if "Institute" in m.group(0).split()]
    else:
        # A poll is a survey: "according to the poll" may name the maker of "the survey".
        heads = "(?:poll|survey)" if low in {"poll", "survey"} else low
        by = re.compile(rf"\b{heads}s?\b[^.;:!?]{{0,50}}?\b(?:by|from)\s+(?:the\s+)?({_MAKER_NAME})", re.I)
        before = re.compile(rf"({_MAKER_NAME})\s+(?:\w+\s+)?{heads}\b", re.I)
        found = [m.group(1) for m in by.finditer(text)] + [m.group(1) for m in before.finditer(text)]
    names = {re.sub(r"^(?:The|A|An)\s+", "", name).strip() for name in found}
    names = {n for n in names if n and n.lower() not in _NOT_NAMES}
    # "The PPIC poll" and "the Public Policy Institute of California" are one maker: the acronym of the longer.
    longest = max(names, key=len) if names else None
    if longest is None:
        return None
    initials = "".join(w[0] for w in longest.split() if w[:1].isupper())
    if all(n == longest or n == initials or n in longest for n in names):
        return longest
    return None


def held_by_someone(text: str, sent_start: int, start: int, sent_end: int | None = None) -> bool:
    """Whether the hedge at ``text[start]`` is part of a view the sentence gives to someone else,
    passed on without quotation marks, rather than the writer's own doubt:

    * in the clause after a feeling or belief of someone's ("leaders who are nervous the
      controversy could imperil", "the party is concerned his presence ... could hurt");
    * in a second "that" clause joined to a verb of saying ("Kyl said ..., but that the Senate
      could move");
    * a suggesting verb in a participle clause after an attribution or a person's clause ("he
      said, going on to suggest ...", "Other officials ... were less forgiving, however,
      suggesting that ...").
    """
    end = len(text) if sent_end is None else sent_end
    head = text[sent_start:start]
    view = _HELD_VIEW.search(head)
    if view is not None:
        before = head[:view.start()].rstrip()
        holder = _VIEW_HELPERS.sub("", before).rstrip()
        # "concern" is a noun ("Another technical concern that appears to"); "hope", "fear" may be verbs.
        noun = _VIEW_NOUN.match(head, view.start()) is not None and (
            _NOUN_OPENER.search(holder) is not None or view.group(1).lower().startswith("concern"))
        # "it is hopeful" has no holder; "The White House has said it believes" does (the body).
        nobody = _NO_HOLDER.search(holder) is not None and not (holder == before and holder.lower().endswith(("it", "that")))
        expressed = _EXPRESSED.search(holder)
        if holder and not nobody and (not noun or _HOLDERS_AFTER.match(head, view.end(1))
                                      or (expressed is not None and holder[:expressed.start()].strip())):
            return True
    if _closing_attribution(text, start, end):
        return True
    if _view_given(text, sent_start, start):
        return True
    joined = _JOINED_THAT.search(head)
    if joined is not None:
        said = _PLAIN_SAYING.search(head, 0, joined.start())
        if said is not None and head[:said.start()].strip():
            return True
    word = re.match(r"[\w'’\-]+", text[start:end])
    if word is not None and word.group(0).lower().startswith(("suggest", "impl", "indicat", "hint")):
        if _AFTER_ATTRIBUTION.search(head):
            return True
        comma = _PARTICIPLE_AFTER_COMMA.search(head)
        if comma is not None and (word.group(0).lower().endswith("ing") or comma.group(0).strip(", ")) \
                and _person_opens(text, _after_openers(text, sent_start, end), end):
            return True
    if word is not None and _VIEW_NOUN.fullmatch(word.group(0)) is not None:
        expressed = _EXPRESSED.search(head.rstrip())
        holder = head.rstrip()[:expressed.start()].rstrip() if expressed is not None else ""
        if holder and _NO_HOLDER.search(holder) is None:
            return True  # "Others who have advocated ... expressed similar doubts that": their doubt, not the writer's
    if word is not None and word.group(0).lower() in _OWN_DOUBT and _OWN_DOUBT_BEFORE.search(head):
        return True  # "the candidate has made clear in interviews he is uncertain about suppressing": his own doubt
    return False


# Adjectives of doubt a person may hold about themselves ("he is uncertain about", "she was unsure whether").
_OWN_DOUBT = frozenset({"uncertain", "unsure", "doubtful"})
_OWN_DOUBT_BEFORE = re.compile(r"(?:(?<![\w'’\-])(?:he|she|they)|(?-i:(?:Mr|Mrs|Ms|Dr)\.\s+[A-Z][\w'’\-]+))\s+"
                               r"(?:is|was|are|were|remains|remained|seemed|seems|appeared|felt|feels)\s+(?:still\s+)?$", re.I)
# Phrases of time or place before a sentence's subject ("In his first reaction, during an ABC News interview, Mr.
# Trump questioned"): skipped to find who the sentence is about.
_OPENING_PHRASE = re.compile(r"[\s\"“‘'(\[]*(?:in|during|on|at|after|before|since|earlier|later|speaking|asked)\b"
                             r"[^,;:.!?]{0,60},\s*", re.I)


def _after_openers(text: str, sent_start: int, sent_end: int) -> int:
    """Where a sentence's subject starts once the opening phrases of time or place are skipped."""
    at = sent_start
    for _ in range(3):
        opener = _OPENING_PHRASE.match(text, at, sent_end)
        if opener is None:
            break
        at = opener.end()
    return at


def _last_word_start(match: re.Match[str]) -> int:
    """Where the last word of a match starts (the verb of a "<source> ... verb" entry)."""
    last = re.search(r"[\w'’\-]+$", match.group(0))
    return match.start() + (last.start() if last else len(match.group(0)))


def _reported_clause(text: str, sent_start: int, at: int) -> bool:
    """Whether ``text[at]`` lies in a clause reported from someone (one home: ``biaslens.loaded``)."""
    from .loaded import in_reported_clause  # loaded imports the quote machinery; import when first needed

    return in_reported_clause(text, sent_start, at)


def _not_a_source(text: str, slot: str, slot_start: int, sent_start: int) -> bool:
    """Whether a source slot names no one: a day or month, or a participle opening the sentence."""
    words = slot.split()
    if words and words[-1].lower().strip(".,") in _WEEKDAYS_MONTHS and not (len(words) > 1 and words[-2][:1].isupper()):
        # "on Tuesday by reporting": a date, not who passes the claim on ("USA Today" is a name)
        return True
    if len(words) == 1 and slot_start >= 0 and _at_sentence_start(text, slot_start, sent_start):
        # "Asked by Schieffer about his claims": a sentence-initial participle looks like a name.
        return words[0].lower().endswith(("ed", "ing")) and words[0].lower() not in _PRONOUNS
    return False


# "this", or "that" after a verb in the past or a preposition ("Carson called that report a lie", "in that report"): a
# demonstrative before a noun. ("companies that report earnings": after a noun, "that" opens a relative clause.)
_DEMONSTRATIVE_BEFORE = re.compile(r"(?:(?<![\w'’\-])this|(?:(?-i:[a-z]+ed)|(?<![\w'’\-])(?:in|of|on|about|from|with|to|for|at|"
                                   r"by|read|saw|heard|denied|disputed))\s+that)\s+$", re.I)
_NOUN_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|their|its|our|my|your|these|those|such|whose)\s+(?:\w+\s+)?$", re.I)


def _verb_not_of_saying(text: str, match: re.Match[str], sent_start: int) -> bool:
    """Whether the closing verb of a "<source> ... verb" match is no verb of saying at all.

    "former editor of The Drudge Report": capitalised mid-sentence, the word is part of a name;
    "by reporting on executive action": after "by" the -ing form is a gerund; "his recent claims":
    after a determiner the word is a noun.
    """
    last = re.search(r"[\w'’\-]+$", match.group(0))
    if last is None:
        return False
    verb_at = match.start() + last.start()
    verb = last.group(0)
    if verb[0].isupper() and not _at_sentence_start(text, verb_at, sent_start):
        return True
    prefix = text[max(sent_start, verb_at - 40):verb_at]
    if verb.lower().endswith("ing") and re.search(r"\bby\s+$", prefix, re.I):
        return True
    if verb.lower() in _PREPOSITION_ING:
        return True  # "members of Congress regarding their accounts": a preposition, no verb of saying
    # "left a note", "a noted economist": after a determiner the word is a noun or an adjective.
    return bool(_NOUN_DETERMINER_BEFORE.search(prefix) or _DEMONSTRATIVE_BEFORE.search(prefix)) and \
        verb.lower().rstrip("s") in {"claim", "report", "note", "noted"}


# A guess passed on is a clause ("She guessed that the family was Muslim", "they guessed he would run").
_GUESSED_CLAUSE_AFTER = re.compile(r"\s+(?:that|he|she|they|it|there|we|i|you)\b", re.I)
# "expect to be" and a participle after "I"/"we" ("I expect to be vetted", "we expect to be treated fairly"): what the
# speaker is ready for or asks for, not a guess about the world ("I expect to win", "I expect the bill to pass" stay).
_UNDERGO_AFTER = re.compile(r"\s+to\s+be\s+(?:\w+ly\s+)?(?-i:[a-z]+(?:ed|en|wn|ught))\b(?!\s+to\b)", re.I)
# Verbs of belief and expectation: with "I"/"we" the speaker hedges their own claim.
_BELIEF_VERBS = frozenset(
    {"think", "believe", "expect", "suspect", "fear", "predict", "speculate", "consider", "regard", "guess", "suppose"}
)
_GIVE_BEFORE = re.compile(r"\b(?:give|gives|gave|given|giving)\s+$", re.I)
_ATTRIBUTIVE_HEDGES = frozenset({"uncertain", "unclear", "unknown", "doubtful", "questionable"})
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|this|that|these|those|such|its|their|our|his|her)\s+(?:(?:more|most|increasingly|highly|deeply|very)\s+)?$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?!(?:about|whether|if|that|to|how|what|when|why|who|of|for|as)\b)[a-z]")
_LINKING_OPENERS = frozenset({"as", "but", "and", "so", "then", "because", "while", "though"})
# "some thought to", "serious thought to": the noun, not "is thought to be".
_THOUGHT_NOUN_BEFORE = re.compile(
    r"\b(?:some|any|much|more|little|no|serious|careful|second|a|the|this|that|real|enough)\s+$", re.I
)


def _at_sentence_start(text: str, start: int, sent_start: int) -> bool:
    prefix = text[sent_start:start].strip(" \t\"“‘'([")
    return prefix == ""


_ACRONYM = re.compile(r"(?-i:[A-Z]{2,}[.]?)")


def classify_source(slot: str | None, matched: str) -> tuple[str | None, str]:
    """Return ``(source, source_type)`` for a sourcing cue's slot text (or the whole match).

    ``named``: a proper name (Reuters, the White House), also inside "reports from the White
    House"; ``vague``: a group or document (analysts, officials, reports); ``anonymous``: a
    deliberately unnamed source ("sources", "people familiar with") or none at all.
    """
    text = slot if slot is not None else matched
    words = [w.lower() for w in re.findall(r"[\w.'’\-]+", text)]
    if any(w in ANONYMOUS_HEADS for w in words) or "familiar" in words or "anonymity" in words:
        return (slot.strip() if slot else None), "anonymous"
    if slot is not None and words[:1] and words[0] in _INDEFINITE_SOURCES:
        return slot.strip(), "vague"  # "Everybody thought": no one a reader could check
    # A name after a linking word ("reports from the White House") or the slot itself.
    for found in _NAMED_INSIDE.finditer(text):
        name = found.group(0)
        first = name.split()[0].lower()
        if first in {"the", "a", "an"} and len(name.split()) > 1:
            content_first = name.split()[1].lower()
        else:
            content_first = first
        if found.start() == 0 and slot is None:
            continue  # the cue's own first word, capitalised at a sentence start
        parts = name.split()
        while len(parts) > 1 and parts[0].lower() in _NOT_NAMES - {"the", "a", "an"} and not _ACRONYM.fullmatch(parts[0]):
            # "Meanwhile Senator Corker": a linking word before a name is no part of it.
            parts = parts[1:]
        name = " ".join(parts)
        content_first = (parts[1] if parts[0].lower() in {"the", "a", "an"} and len(parts) > 1 else parts[0]).lower()
        if content_first in _NOT_NAMES and _ACRONYM.fullmatch(parts[0]):
            content_first = ""  # "NOW President Terry O'Neill": an acronym is a name, never the word it spells
        if content_first in _NOT_NAMES or content_first in VAGUE_HEADS:
            continue
        if slot is not None and _VAGUE_RE.fullmatch(slot.strip()):
            continue  # "Japanese officials", "other GOP operatives": a capitalised modifier on a vague head
        if group_of_people(name):
            # "seen by many Democrats as", "American Indians who claimed": a whole group, vague.
            quantifier = _QUANTIFIER_BEFORE.search(text, 0, found.start())
            if slot is not None:
                return slot.strip(), "vague"
            return (text[quantifier.start():found.end()] if quantifier else name), "vague"
        return name, "named"
    if slot is not None:
        cleaned = slot.strip()
        if cleaned.lower() in {"he", "she", "i", "we"}:
            return cleaned, "named"  # a person the article has just named
        return cleaned, "vague"
    if any(w in VAGUE_HEADS or w in {"critics", "experts", "analysts", "officials", "observers"} for w in words):
        vague = next(w for w in words if w in VAGUE_HEADS or w in {"critics", "experts", "analysts", "officials", "observers"})
        return vague, "vague"
    return None, "anonymous"


def _note(kind: str, text: str, source: str | None, source_type: str | None) -> str:
    """One line a student can read on why this cue counts."""
    cue = " ".join(text.split())
    if kind == "epistemic":
        return f"'{cue}' signals that the writer is not certain this is true"
    if kind == "booster":
        return f"'{cue}' presents the claim as certain or extraordinary"
    if source_type == "named" and (not source or source.lower() in {"he", "she"}):
        return f"'{cue}' reports what someone the article names believes or says, not a fact the writer checked"
    if source_type == "named":
        return f"'{cue}' passes on a claim from {source} instead of stating it as checked fact"
    if source_type == "vague":
        return f"'{cue}' rests the claim on '{source}', a vague source the reader cannot check"
    return f"'{cue}' passes on a claim without saying who made it"


__all__ = [
    "BUILTIN_LEXICONS",
    "Cue",
    "CueMatcher",
    "Entry",
    "KINDS",
    "SOURCE_TYPES",
    "build_matcher",
    "builtin_entries",
    "classify_source",
    "default_matcher",
    "find_cues",
    "group_of_people",
    "held_by_someone",
    "inflections",
    "parse_lexicon",
    "read_lexicon",
]
