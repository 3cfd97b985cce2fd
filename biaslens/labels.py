"""Labels: the words an article uses to describe an entity where it names it. Pure functions.

Given an article and the character spans where one entity is mentioned (from the cast, or any
name finder), :func:`entity_labels` returns the describing words around each mention, with the
sentence they sit in:

* ``title``: role words right before the name ("Prime Minister Sanae Takaichi", "White House
  press secretary Karoline Leavitt");
* ``premodifier``: a longer describing phrase right before the name ("Japan's first female prime
  minister Sanae Takaichi", "hawkish conservative Sanae Takaichi");
* ``appositive``: a noun phrase set off by commas, after the name ("Karoline Leavitt, the White
  House press secretary, said") or before it ("A protégé of Abe, Takaichi has ...");
* ``relative_clause``: "who ..." after the name ("Takaichi, who just became prime minister, ...");
* ``participle``: a phrase such as "known for her close ties to the late prime minister" set off
  by commas, after or before the name;
* ``predicate``: what the sentence says the person is, "Arpaio is a hardliner on immigration"
  (the name as subject, "is"/"was", then "a"/"an" and a role noun).

Rules read word shapes and small word lists, no model: a phrase is taken only when it is set off
by commas or sits directly against the name, and a phrase before a comma must start like a noun
phrase (a determiner or possessive) or end in a role noun, so "In Tokyo, Takaichi said" gives
nothing. Offsets index ``article.text``; ``article.text[label.start:label.end] == label.text``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Mapping, Sequence

from .names import HONORIFICS as NAME_HONORIFICS
from .names import (ALIASES, CONNECTORS, PARTY_NOUNS, PERSON_TITLES, TITLE_ABBREVIATIONS, TITLE_SYNONYMS, TITLES, acronym_of, is_acronym,
                    name_words, read_party_tag)
from .quotes import DOUBLE_MARKS, quote_spans, reporting_verbs
from .details import stem
from .records import Article, per_article
from .text import paragraph_spans

LABEL_KINDS = ("title", "premodifier", "appositive", "relative_clause", "participle", "predicate")

# Role nouns and title words (lower case); a phrase before a name is a title when it holds only
# these, capitalised words and nationality adjectives.
ROLE_WORDS = frozenset("""
president vice prime minister secretary press deputy chief foreign defense defence finance trade
state general attorney senator sen. rep. representative congressman congresswoman governor gov. mayor
chancellor premier king queen emperor empress prince princess leader spokesman spokeswoman spokesperson
ambassador envoy commissioner director chairman chairwoman chair ceo founder judge justice speaker
majority minority whip candidate nominee adviser advisor aide official officer lawmaker mp sheriff
house senate white cabinet party national security council head economy economic
""".split())
# Nouns that end a describing phrase before a comma ("A protégé of Abe, Takaichi ...").
ROLE_NOUNS = ROLE_WORDS | frozenset("""
protégé protege mentor ally critic rival successor predecessor daughter son wife husband mother father
veteran hawk dove conservative liberal progressive populist nationalist hardliner moderate
politician diplomat businessman businesswoman billionaire tycoon star icon figure woman man
member reporter journalist correspondent anchor host moderator nurse lawyer doctor activist
operative strategist consultant contender challenger hero commentator pundit executive attorney counsel
contributor columnist analyst manager hopeful front-runner frontrunner
surgeon neurosurgeon physician scientist professor economist historian author writer pastor entrepreneur
actor actress singer soldier teacher
""".split())
# Nouns that may stand in a compound before a person noun ("talk show host", "radio host").
_COMPOUND_NOUNS = frozenset("talk show radio television tv news cable campaign business media".split())


def _is_role(bare: str, nouns: frozenset[str] = ROLE_NOUNS) -> bool:
    """Whether ``bare`` is a role noun, a hyphenated one by its last part ("co-chairwoman")."""
    return bare in nouns or ("-" in bare and bare.rsplit("-", 1)[-1] in nouns)
# Role words that qualify a head noun but are none ("White House", "Akasaka State Guest House"):
# a phrase ending in one of them names a place or body, not what the person is.
_ROLE_MODIFIERS = frozenset("house senate white cabinet party national security economy economic foreign "
                            "vice deputy press state finance trade defense defence".split())
_DETERMINERS = frozenset("the a an his her their its our this that".split())
# Honorifics belong to the name form ("Mr. Sestak"), not to a description: they end a phrase.
HONORIFICS = frozenset("mr. mrs. ms. dr. mr mrs ms dr sir dame".split())
# Lower-case words that describe rather than act, allowed before a role ("former President",
# "Japan's first female prime minister"); other lower-case words ("asked", "nominate") end the phrase.
DESCRIPTORS = frozenset("""
first second third last new newly former late longtime long-time veteran acting interim incoming outgoing
elected appointed re-elected reelected embattled controversial outspoken hawkish dovish conservative liberal
female male young younger old older top senior junior current then retired two-term three-term
popular unpopular powerful influential disgraced beleaguered embattled firebrand centrist moderate
ousted
""".split())
_ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ic", "ish", "ful", "less", "ary", "ist", "ent", "ant")
# Words that never belong to a describing phrase before a name: verbs of the clause, prepositions.
_STOP_BEFORE = frozenset("""
said says told met meets with or but as by to for from in on at of after before when while
than that which who whom whose where is was are were be been has have had will would could should
may might can did does do also then
""".split())
# Prepositions that join a role to its scope ("nominee for president", "adviser to Mr. Reid").
_LINKING_PREPOSITIONS = frozenset("for of to".split())
# Abbreviations a period follows inside a phrase ("a top adviser to Mr. Reid"): no sentence end.
_ABBREVIATIONS = frozenset(HONORIFICS | {f"{a}." for a in TITLE_ABBREVIATIONS} | {"st.", "jr.", "sr.", "no."})
_VERBS = frozenset("said says told met has have had is was will would".split())
_PARTICIPLES = frozenset("""
known elected seen considered regarded described dubbed nicknamed called widely long often
appointed named chosen backed hailed praised criticised criticized accused branded labelled labeled
once thought representing
""".split())
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*['’]?s?\.?|[^\W_]+")
MAX_WORDS = 14
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?![\w])")


@dataclass(frozen=True)
class Label:
    """One label describing an entity: its words, its kind and where it is.

    ``start``/``end`` index ``article.text`` (``text`` is that slice); ``kind`` is one of
    :data:`LABEL_KINDS`; ``mention`` is the ``(start, end)`` of the name it describes;
    ``sentence`` the ``(start, end)`` of its sentence and ``sentence_text`` that sentence.
    """

    start: int
    end: int
    text: str
    kind: str
    mention: tuple[int, int]
    sentence: tuple[int, int]
    sentence_text: str

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form: the label's span and kind, and the offsets of its sentence."""
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                "sentence_start": self.sentence[0], "sentence_end": self.sentence[1]}


def entity_labels(article: Article, mentions: Sequence[tuple[int, int]], quoted: bool = False) -> list[Label]:
    """Return the labels around each of ``mentions`` (spans naming one entity), in text order.

    A mention inside a longer mention is skipped; the same label found from two mentions is
    returned once. A label inside a quotation (:func:`quoted_regions`) is the quoted source's
    words, not the outlet's: left out, or, with ``quoted``, the only ones returned.
    """
    text = article.text
    spans = sorted(set((int(s), int(e)) for s, e in mentions))
    # "Sanae Takaichi" and "Takaichi" inside it: describe the longest span only.
    spans = [m for m in spans if not any(o != m and o[0] <= m[0] and m[1] <= o[1] for o in spans)]
    found: dict[tuple[int, int, str], Label] = {}
    inside = quoted_regions(article) if spans else []
    for start, end in spans:
        sentence = next((s for s in article.sentences if s.start <= start < s.end), None)
        if sentence is None:
            continue
        bounds = (sentence.start, sentence.end)
        found_here = (_before(text, sentence.start, start, end, sentence.end) + _after(text, end, sentence.end, sentence.start, start)
                      + _predicate(text, end, sentence.end, sentence.start, start))
        if _POSSESSIVE_AFTER.match(text, end):
            # "Prime Minister Takaichi's visit": the title still names her, but in "Shinzo Abe,
            # Takaichi's mentor, ..." the phrases around describe the mentor, not Takaichi.
            found_here = [f for f in found_here if f[2] in ("title", "premodifier")]
        for lo, hi, kind in found_here:
            lo, hi = _trim(text, lo, hi)
            if any(q0 <= lo < q1 for q0, q1 in inside) != quoted:
                continue  # inside a quotation: the quoted source's description, not the outlet's
            if lo < hi:
                found.setdefault((lo, hi, kind), Label(lo, hi, text[lo:hi], kind, (start, end), bounds, sentence.text))
    return sorted(found.values(), key=lambda lab: (lab.start, lab.end, lab.kind))


def quoted_regions(article: Article) -> list[tuple[int, int]]:
    """Where ``article`` gives someone else's words: its quotations (:func:`biaslens.quotes.quote_spans`)
    and the tail of a quotation running over paragraphs, a paragraph whose only double quotation
    mark closes it at its end ("There was one problem: Mr. Blumenthal, a Democrat ... records."":
    an excerpt of another outlet's report opened in an earlier paragraph)."""
    return list(_quoted_regions_kept(article))


@per_article  # asked once per entity the article names: read each article once
def _quoted_regions_kept(article: Article) -> tuple[tuple[int, int], ...]:
    regions = list(quote_spans(article))
    text = article.text
    for lo, hi in paragraph_spans(text):
        body = text[lo:hi].rstrip()
        marks = [i for i, ch in enumerate(body) if ch in DOUBLE_MARKS]
        if len(marks) == 1 and marks[0] == len(body) - 1 and body[:-1].rstrip()[-1:] in ".!?" \
                and body[-1] != "“":
            regions.append((lo, lo + marks[0]))
    return tuple(sorted(regions))


def _words(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text, lo, hi)]


def _trim(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and (text[lo].isspace() or text[lo] in ",;:—–-("):
        lo += 1
    while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ",;:—–-("):
        hi -= 1
    return lo, hi


def _bare(word: str) -> str:
    return re.sub(r"['’]s$|(?<=s)['’]$", "", word.lower())


def _before(text: str, sent_start: int, start: int, end: int | None = None,
            sent_end: int | None = None) -> list[tuple[int, int, str]]:
    """Labels before a mention: a title or premodifier against it, or an appositive ending in ", "."""
    gap = text[sent_start:start]
    named = _IDENTIFIED_AS.search(gap)
    if named:
        phrase = re.search(r"(?:^|\s)((?:[Aa]n?|[Tt]he)\s+(?:[\w\-'’.]+\s+){0,4}[\w\-'’]+)$", gap[:named.start()])
        if phrase and not any(_bare(w) in _STOP_BEFORE for w in phrase.group(1).split()[1:]) \
                and _is_role(_bare(phrase.group(1).split()[-1])):
            return [(sent_start + phrase.start(1), sent_start + phrase.end(1), "appositive")]
        return []
    if not re.search(r",\s*$", gap):
        found = _walk_back(text, sent_start, start)
        if found is None:
            described = _INDEFINITE_BEFORE.search(text, sent_start, start)
            # "A more congenial Rick Santorum doubled down": an indefinite article before a name
            # makes the adjectives between them the outlet's picture of the person.
            # After a dash or colon the phrase restates what came before ("what the administration
            # has made a drumbeat -- a do-nothing Congress"): that phrase's words, not a description.
            restates = described is not None and text[sent_start:described.start()].rstrip().endswith(("--", "—", "–", ":"))
            if described and not restates and _adjectives_only(described.group(1).split()) and \
                    (end is None or _name_is_head(text, end, sent_end if sent_end is not None else len(text))):
                return [(described.start(), described.end(1), "premodifier")]
            return []
        lo, hi, plain = found
        prior = _words(text, sent_start, lo)
        if prior and not text[prior[-1][1]:lo].strip() and (
                _bare(prior[-1][2]) in _QUANTIFIERS or (plain and _bare(prior[-1][2]) in ("a", "an"))):
            # "Like many conservative Republicans": the words pick out some of a group, describing
            # no one; "in the cross hairs of a President Romney": an office he might hold, not his.
            return []
        words_found = _words(text, lo, hi)
        if _bare(words_found[-1][2]) in _ROLE_MODIFIERS and not any(_bare(w) == "of" for _, _, w in words_found):
            # "the White House", "A national NBC/WSJ poll": a word that qualifies an office (White,
            # national, Senate) right against a name makes one name with it, or describes what the
            # name qualifies; it is no title ("Secretary of State" ends in its object and stays one).
            return []
        if end is not None and text[lo:hi].islower() and _GAPPED_CLAUSE.match(text, end, sent_end or len(text)):
            return []  # "the president Blumenthal worked for": the title is the clause's object's
        if end is not None and _person_noun_follows(text, end, sent_end if sent_end is not None else len(text)):
            return []  # "a veteran Republican operative": "veteran" describes the operative, not the party
        return [(lo, hi, "title" if plain else "premodifier")]
    comma = gap.rstrip().rfind(",") + sent_start
    found = _walk_back(text, sent_start, comma)
    if found is not None:
        # "the Republican nominee for president, Mitt Romney": "president" is the tail of a longer
        # phrase; the description is the whole phrase, or nothing when it does not open like one.
        prior = _words(text, sent_start, found[0])
        if prior and _bare(prior[-1][2]) in _LINKING_PREPOSITIONS and not text[prior[-1][1]:found[0]].strip():
            longer = _walk_back(text, sent_start, prior[-1][0])
            found = (longer[0], found[1], False) if longer is not None else None
    if found is not None:  # "Japan's newly elected Prime Minister, Sanae Takaichi"
        phrase = _words(text, found[0], found[1])
        last = phrase[-1][2]
        before = _words(text, sent_start, found[0])
        # "his deputy, Rick Gates": a role modifier alone after a determiner is the noun it also is.
        alone = len(phrase) == 1 and last.islower() and bool(before) and _bare(before[-1][2]) in _DETERMINERS
        # "late Japanese leader Shinzo Abe, Takaichi's mentor": that phrase names someone else.
        return [(found[0], found[1], "appositive")] if alone or _is_role(_bare(last), ROLE_NOUNS - _ROLE_MODIFIERS) else []
    # "A protégé of Abe, Takaichi ..." / "Known for ..., Takaichi": a phrase opening the sentence.
    words = _words(text, sent_start, comma)
    if not words or len(words) > MAX_WORDS:
        return []
    first = _bare(words[0][2])
    if first in _PARTICIPLES:
        return [(words[0][0], words[-1][1], "participle")]
    if first in {"a", "an", "the"} and any(_bare(w) in ROLE_NOUNS for _, _, w in words) \
            and not any(_bare(w) in _VERBS for _, _, w in words):
        return [(words[0][0], words[-1][1], "appositive")]
    return []


def _field_noun(text: str, words: Sequence[tuple[int, int, str]], at: int,
                taken: Sequence[tuple[int, int, str]]) -> bool:
    """Whether ``words[at]`` is a lower-case noun naming a role's field between a capitalised name
    and the role ("AARP policy chief", "Google public policy director", "WWE wrestling executive"):
    at most two such nouns, and a capitalised word, no verb, right before them."""
    word = words[at][2]
    if not (word.isalpha() and word.islower()) or _bare(word) in _STOP_BEFORE or word.endswith("ed") \
            or not taken or len(taken) > 2 \
            or not _is_role(_bare(taken[0][2])) or not all(t[2].islower() for t in taken):
        return False
    for back in (1, 2):
        if at - back < 0 or text[words[at - back][1]:words[at - back + 1][0]].strip():
            return False
        prior = words[at - back][2]
        if prior[:1].isupper():
            return _bare(prior) not in _STOP_BEFORE | _DETERMINERS
        if back == 2 or len(taken) > 1 or not prior.isalpha() or _bare(prior) in _STOP_BEFORE | _DETERMINERS:
            return False
    return False


def _walk_back(text: str, sent_start: int, pos: int) -> tuple[int, int, bool] | None:
    """The describing phrase that ends right at ``pos``: ``(start, end, only title words?)`` or None.

    Walks back over capitalised words, role words and adjectives ("first", "female", "newly
    elected and") to a determiner, a possessive or a word that cannot describe (a verb, a
    preposition). The phrase must hold a role noun and open like a noun phrase: a capital, a
    possessive, a role word, or right after a determiner ("the newly appointed minister").
    """
    words = _words(text, sent_start, pos)
    if not words or text[words[-1][1]:pos].strip():
        return None
    taken: list[tuple[int, int, str]] = []
    after_determiner = False
    for w in reversed(words):
        if text[w[1]: (taken[-1][0] if taken else pos)].strip():
            break  # punctuation between words ends the phrase
        bare = _bare(w[2])
        if bare in _DETERMINERS:
            after_determiner = True
            break
        if bare == "and":
            # Only between describing words ("newly elected and first female"), never between names
            # ("former House Speaker Newt Gingrich and former Pennsylvania Sen. Rick Santorum").
            at = words.index(w)
            # "former Arkansas governor and Fox News contributor Mike Huckabee": a lower-case person
            # noun before "and" ends a first description (a name never ends in one), so the two
            # describe the same person.
            joins_roles = at > 0 and words[at - 1][2].islower() and \
                _is_role(_bare(words[at - 1][2]), ROLE_NOUNS - _ROLE_MODIFIERS) and not text[words[at - 1][1]:w[0]].strip()
            if not taken or (not joins_roles and (taken[-1][2][:1].isupper() or _bare(taken[-1][2]) in ROLE_WORDS or
                                                 (at and words[at - 1][2][:1].isupper()))):
                break
            taken.append(w)
            continue
        if bare == "of" and taken and all(t[2][:1].isupper() for t in taken) and words.index(w) > 0 and \
                words[words.index(w) - 1][2][:1].isupper() and _bare(words[words.index(w) - 1][2]) in ROLE_WORDS:
            taken.append(w)  # a title is kept whole: "Secretary of State", not "State"
            continue
        if bare in _STOP_BEFORE or bare in HONORIFICS or w[2][:1].isdigit() or len(taken) >= MAX_WORDS:
            break
        # A person noun against the name heads the phrase ("talk show host Glenn Beck"), with
        # compound nouns before it; any other lower-case word that cannot describe ends it (a
        # verb: "asked former President").
        # After "and" that joins two descriptions, the first one's person noun heads it in turn
        # ("GOP presidential contender and former neurosurgeon Ben Carson").
        head_noun = (not taken or _bare(taken[-1][2]) == "and") and _is_role(bare)
        compound = bool(taken) and bare in _COMPOUND_NOUNS and \
            (_is_role(_bare(taken[-1][2])) or _bare(taken[-1][2]) in _COMPOUND_NOUNS)
        # A lower-case noun between a name and a role names the field ("AARP policy chief", "WWE
        # wrestling executive"): the capitalised word before it shows a phrase, not a verb ("asked").
        compound = compound or _field_noun(text, words, words.index(w), taken)
        owner = bool(taken) and _is_possessive(w[2])  # "the group's chief executive": the owner opens it
        if w[2][:1].islower() and bare not in ROLE_WORDS and not _describes(bare) and not head_noun and not compound \
                and not owner:
            break
        if w[0] == sent_start and bare in _OPENING_PREPOSITIONS | {"like"}:
            break  # "Like many ...": a preposition capitalised only by its place opens no description
        if w is words[0] and taken and _bare(taken[-1][2]) in TITLES and not text[sent_start:w[0]].strip(" “\"‘'(") \
                and bare not in ROLE_WORDS and not _describes(bare) and bare.endswith(("ing", "ed")):
            break  # capitalised only by its place: "Saying President Obama ..." opens on a verb ("United States President" does not)
        taken.append(w)
        if _is_possessive(w[2]):
            break  # "Japan's": the owner opens the phrase
    taken.reverse()
    while taken and _bare(taken[0][2]) == "and":
        taken = taken[1:]
    # The phrase ends in its head, a role ("Wisconsin GOP Chairman", "talk show host"): capitalised
    # words after a role are a name or a headline's words ("Arizona Sheriff Joe Arpaio Endorses Rick").
    if not taken or not _is_role(_bare(taken[-1][2])):
        return None
    head = taken[0][2]
    at = next(i for i, w in enumerate(words) if w[0] == taken[0][0])
    # "Kennedy told lawyer Joseph Sellers": a lone person noun after a verb of saying or a
    # preposition describes the name ("to host Glenn ..." or "will host Obama" is a verb: not these).
    # So does a person noun with the nouns of its field before it after "of" ("the business
    # practices of campaign chairman Paul Manafort").
    compound_role = len(taken) > 1 and all(t[2].islower() and _bare(t[2]) in _COMPOUND_NOUNS for t in taken[:-1]) \
        and _is_role(_bare(taken[-1][2]), ROLE_NOUNS - _ROLE_MODIFIERS)
    occupation = (len(taken) == 1 or compound_role) and _is_role(_bare(taken[-1][2]), ROLE_NOUNS - _ROLE_MODIFIERS) \
        and at > 0 \
        and (_bare(words[at - 1][2]) in (_BEFORE_OCCUPATION | {"of"} if compound_role else _BEFORE_OCCUPATION) or (words[at - 1][2].islower() and
                                                             _bare(words[at - 1][2]).endswith("ed")
                                                             and not _describes(_bare(words[at - 1][2])))) \
        and not text[words[at - 1][1]:taken[0][0]].strip()
    if not (after_determiner or head[:1].isupper() or _is_possessive(head) or _bare(head) in ROLE_WORDS
            or _describes(_bare(head)) or occupation):
        return None  # "nominate President Trump": a verb, not a description
    # An adjective capitalised only because it opens the sentence ("Controversial Arizona Sheriff")
    # makes the phrase a description, not a plain title.
    opens_adjective = taken[0][0] == sent_start and _bare(taken[0][2]) in DESCRIPTORS
    plain = all(_bare(w) in ROLE_WORDS or w[:1].isupper() or w == "of" for _, _, w in taken) and not any(
        _is_possessive(w) for _, _, w in taken) and not opens_adjective
    return taken[0][0], taken[-1][1], plain


# Quantifiers before a phrase and a plural name: the phrase picks out some of a group ("many
# conservative Republicans"), a restriction, not a description.
_QUANTIFIERS = frozenset("many some most few several all other fellow numerous".split())
# Words after which a lone person noun before a name is its description ("told lawyer Joseph Sellers").
_BEFORE_OCCUPATION = frozenset("told tells said says with by from against".split())
# "A more congenial Rick Santorum": "a"/"an", one to three lower-case words, then the name.
_INDEFINITE_BEFORE = re.compile(r"(?:^|(?<=\s))(?:[Aa]n?)\s+((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+$")
# Adverbs of degree or time that may stand before an adjective ("a more congenial", "a newly confident").
_DEGREE_BEFORE = frozenset("more most less least very ever increasingly newly so far".split())


def _adjectives_only(words: Sequence[str]) -> bool:
    """Whether ``words`` (between "a"/"an" and a name) are adjectives, with degree words before
    them: "more congenial", "do-nothing", "defiant", "smiling"; not "claim" or "humanizing story about"."""
    bare = [_bare(w) for w in words]
    *lead, last = bare
    return (all(w in _DEGREE_BEFORE or _describes(w) or "-" in w for w in lead)
            and (_describes(last) or "-" in last or last.endswith("ing")))


def _name_is_head(text: str, end: int, sent_end: int) -> bool:
    """Whether the name ending at ``end`` heads its phrase: no lower-case noun follows it ("a
    longtime Arpaio ally", "a recently launched Obama campaign ad" describe the ally, the ad); a
    verb ("doubled", "says"), a function word or punctuation may."""
    following = _words(text, end, sent_end)
    if not following or text[end:following[0][0]].strip():
        return True
    word = following[0][2]
    bare = _bare(word)
    return not word[:1].islower() and not word[:1].isupper() or bare in _STOP_BEFORE or bare in _VERBS \
        or (word[:1].islower() and bare.endswith(("ed", "s")))


def _person_noun_follows(text: str, end: int, sent_end: int) -> bool:
    """Whether a lower-case person noun follows the name ending at ``end`` ("Republican operative",
    "Obama adviser"): the name then modifies that person, and words before it describe the person."""
    following = _words(text, end, sent_end)
    if not following or text[end:following[0][0]].strip():
        return False
    word = following[0][2]
    return word[:1].islower() and _is_role(_bare(word), ROLE_NOUNS - _ROLE_MODIFIERS)


# "Arpaio is a hardliner on immigration": the name, a copula, an indefinite article.
_PREDICATE = re.compile(r"\s+(?:is|was)\s+(?:also\s+|now\s+|still\s+)?(an?)\s+")


def _predicate(text: str, end: int, sent_end: int, sent_start: int, start: int) -> list[tuple[int, int, str]]:
    """What the sentence says the named person is, when the name is its subject and "is a" follows
    ("Arpaio is a hardliner on immigration, leading ..."): the phrase up to a comma or the end,
    kept only when its head (before its first preposition) is a role noun."""
    m = _PREDICATE.match(text, end, sent_end)
    if m is None or text[sent_start:start].strip():
        return []  # only the sentence's subject: "a meeting with Arpaio is a ..." describes the meeting
    lo = m.start(1)  # from the article: "a hardliner on immigration"
    hi = _phrase_end(text, lo, sent_end)
    words = _words(text, lo, hi)
    if not words or len(words) > MAX_WORDS or not any(_bare(w) in ROLE_NOUNS - _ROLE_MODIFIERS
                                                      for _, _, w in _head_words(words[1:])):
        return []
    return [(lo, hi, "predicate")]


def _describes(bare: str) -> bool:
    return bare in DESCRIPTORS or (len(bare) > 4 and bare.endswith(_ADJECTIVE_ENDINGS))


def _is_possessive(word: str) -> bool:
    # "the plaintiffs' lawyer": a plural owner ends in s and an apostrophe.
    return word.lower().endswith(("'s", "’s", "s'", "s’"))


# Words that open a sentence with a phrase before its subject ("In their letter to Ryan, ...").
_OPENING_PREPOSITIONS = frozenset("in at on during after before for with from like unlike despite since "
                                  "according to among amid under".split())


#: Words that open a sentence with a frame of comparison or degree ("Just as worrisome for
#: Democrats, the battle ...", "Even more troubling for Trump, ..."): like a preposition, they make
#: the words up to the first comma an opening phrase.
_OPENING_FRAMES = frozenset("just as even equally more most also especially particularly perhaps".split())


def _in_opening_phrase(text: str, sent_start: int, start: int) -> bool:
    """True when the name ends a phrase that opens the sentence with a preposition and no comma
    ("In their letter to Ryan, the scholars ..."), or with a frame of comparison and a preposition
    right before the name ("Just as worrisome for Democrats, the yearlong battle ..."): what
    follows the comma is the sentence's subject."""
    before = text[sent_start:start]
    first = _words(text, sent_start, start)
    if not first or "," in before:
        return False
    if first[0][2].lower() in _OPENING_PREPOSITIONS:
        return True
    # No verb before the name: "Also at the event was Obama, the president" is a clause, not a frame.
    return first[0][2].lower() in _OPENING_FRAMES and any(w[2].lower() in _OPENING_PREPOSITIONS for w in first[1:]) \
        and not any(_bare(w) in _VERBS | {"are", "were", "be", "been"} for _, _, w in first)


def _phrase_end(text: str, lo: int, sent_end: int) -> int:
    """Where a phrase set off after a name ends: at a comma, semicolon, colon, dash or bracket, or
    at a full stop that is not an abbreviation's ("a top adviser to Mr. Reid" runs past "Mr.")."""
    for stop in re.finditer(r"[,;:—()]|\.\s|\.$", text[lo:sent_end]):
        if stop.group().startswith("."):
            before = re.search(r"(\S+)$", text[lo:lo + stop.start() + 1])
            if before and before.group(1).lower() in _ABBREVIATIONS:
                continue
            # A middle initial ("Senator Christopher J. Dodd") is no full stop: one capital
            # letter before it and a capitalised word after it.
            if before and re.fullmatch(r"[A-Z]\.", before.group(1)) and re.match(
                    r"\s+[A-Z][a-z]", text[lo + stop.start() + 1:sent_end]):
                continue
            # Dotted initials before a lower-case word ("the father of a slain U.S. soldier") are
            # an abbreviation's, not a sentence's end.
            if before and re.fullmatch(r"(?:[A-Z]\.){2,}", before.group(1)) and re.match(
                    r"\s+[a-z]", text[lo + stop.start() + 1:sent_end]):
                continue
        return lo + stop.start()
    return sent_end


def _inside_other_phrase(text: str, sent_start: int, end: int) -> bool:
    """True when the name ending at ``end`` closes a phrase set off by commas that describes
    someone else (", a political adviser to President Obama," / ", who had been courted by ...
    Herman Cain,"): what follows its closing comma is the other person's verb, not a label."""
    segment = text[sent_start:end]
    comma = segment.rfind(",")
    # A semicolon after that comma closes the other phrase: items of a list ("Ann Wagner of
    # Missouri, an ambassador ...; Maria Cino, a veteran ...") each have their own description.
    if comma < 0 or segment.rfind(";") > comma:
        return False
    words = _words(text, sent_start + comma + 1, end)
    return len(words) >= 3 and (_bare(words[0][2]) in _DETERMINERS | {"who", "whose", "whom", "which"}
                                or _bare(words[0][2]) in _PARTICIPLES)


def _name_start(text: str, sent_start: int, end: int) -> int:
    """Where the run of capitalised words ending at ``end`` starts (the name as written)."""
    words = _words(text, sent_start, end)
    at = len(words)
    while at > 0 and words[at - 1][2][:1].isupper():
        at -= 1
    return words[at][0] if at < len(words) else end


def _object_of_preposition(text: str, sent_start: int, end: int,
                           prepositions: frozenset[str] | None = None) -> bool:
    """True when the name is the object of a preposition ("his debate with Romney", "a spot in the
    Marine Corps Reserve"), so a phrase set off after it may describe the noun before the
    preposition instead."""
    words = _words(text, sent_start, end)
    name_start = len(words) - 1
    while name_start > 0 and words[name_start - 1][2][:1].isupper():
        name_start -= 1
    if prepositions is not None and name_start > 0 and _bare(words[name_start - 1][2]) == "the":
        name_start -= 1
    return name_start > 0 and _bare(words[name_start - 1][2]) in (prepositions or _OBJECT_PREPOSITIONS)


def _head_words(words: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The words of a phrase up to its first preposition ("a reporter | with vast experience", "the
    second | of three debates for the two men running for president"): where its head noun is."""
    head = []
    for w in words:
        if _bare(w[2]) in _STOP_BEFORE and _bare(w[2]) not in _DETERMINERS:
            break
        head.append(w)
    return head


def _role_headed(words: Sequence[tuple[int, int, str]]) -> bool:
    """Whether a phrase ends in a person noun, or its head before the first preposition does
    ("former Republican chairman | in Michigan", "chairman | of the Wisconsin Republican Party")."""
    head = _head_words(words)
    return any(_is_role(_bare(w[-1][2]), ROLE_NOUNS - _ROLE_MODIFIERS) for w in (words, head) if w)


# A name's suffix whose full stop sits before the comma of an appositive ("Boutrous Jr., a lawyer").
_NAME_SUFFIX_BEFORE = re.compile(r"\b(?:Jr|Sr|Inc|Co|Corp|Ltd)$")
# "a Seattle woman, later identified as Gennette Cordova": the phrase before names the person.
_IDENTIFIED_AS = re.compile(r",\s+(?:(?:later|since|subsequently|now|first)\s+)?(?:identified|known|named|described)\s+as\s+$")
# A clause whose subject is the name, with its object gone before it ("the president Blumenthal
# worked for on a draft deferment": the president is the object, Nixon): a preposition at its end.
_GAPPED_CLAUSE = re.compile(r"\s+[a-z]+(?:\s+[a-z]+){0,2}?\s+(?:for|with|to|about|on|at|of|from|in|under)"
                            r"(?=\s+(?:for|with|to|about|on|at|of|from|in|by|during)\b|\s*[,.;:]|\s*$)")
# "Ann Wagner of Missouri": "of" and capitalised words, then a comma.
_HOME_PLACE = re.compile(r"\s+of\s+(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*(?=\s*,)")
#: Words at most in a phrase after a name that opens with a determiner ("the hero of ... and the ...").
MAX_APPOSITIVE_WORDS = 24


# ", R-Tenn.," or " (R-Minn.)" right after a name: a party-state tag (names.read_party_tag reads it).
_PARTY_TAG_AFTER = re.compile(r"\s*(?:,|\()\s*([RDI]-[A-Z][A-Za-z.]{0,7}?)(?:\)|(?=\s*[,;)]|\s*$))")
# Nouns that sum up an action ("The reading of the document on the floor of the House, an act
# that is part of the new rules package"): an appositive headed by one describes what was done,
# not the name before its comma.
_ACTION_NOUNS = frozenset("act action move step gesture decision effort attempt practice ritual tradition "
                          "exercise maneuver manoeuvre tactic ploy stunt".split())


def _attribution(words: Sequence[tuple[int, int, str]]) -> bool:
    """Whether a phrase set off after a name is a clause giving a source ("a White House aide
    confirmed", "officials said"): it ends in a finite reporting verb (:func:`biaslens.quotes.reporting_verbs`)
    right after a noun, so the phrase tells who said the sentence, not who the name is."""
    if len(words) < 2:
        return False
    last, before = words[-1][2], words[-2][2]
    return last.islower() and last.lower() in reporting_verbs() and not last.endswith("ing") \
        and _bare(before) not in _DETERMINERS and not last.endswith("en")


# Prepositions before a name (and "the") that make ", which ..." tell of the noun before them.
_WHICH_OWNERS = frozenset("with against at in on over about between from of for to by into under within".split())
# Prepositions of place: their object is where people are ("served in the Oval Office").
_PLACE_PREPOSITIONS = frozenset("in at into inside within on across throughout".split())
# Prepositions whose object a following phrase may not describe ("the debate with Romney, the second ...").
_OBJECT_PREPOSITIONS = frozenset("with against at in on over about between from".split())


# Words after a participle that open its object or clause ("saying he lacks ...", "calling him ...",
# "arguing that ..."): the phrase is a verb's clause, not a noun phrase headed by "-ing".
_CLAUSE_OPENERS = frozenset("he she it they him her them his their its that this these those the a an what how "
                            "why whether there we us i you".split())


def _clause_of_subject(text: str, words: Sequence[tuple[int, int, str]]) -> bool:
    """Whether a phrase set off after a name is a participle clause of the sentence's subject
    ("Kirk rescinded his endorsement of Trump, saying he lacks the temperament", "Trump attacked
    Obama, calling him “the most ignorant president”"): a lower-case "-ing" verb (no describing
    word such as "acting" or "outgoing") followed by a pronoun, a determiner, "that" or a
    quotation. What it says is the subject's act or words, no description of the name before it."""
    if len(words) < 2:
        return False
    verb, after = words[0][2], words[1]
    if not (verb.islower() and verb.endswith("ing")) or _describes(_bare(verb)) or _is_role(_bare(verb)):
        return False
    return _bare(after[2]) in _CLAUSE_OPENERS or any(ch in DOUBLE_MARKS for ch in text[words[0][1]:after[0]])


#: A name right after these opens a list ("holdouts such as Ryan, both former president Bushes and
#: ..."): a phrase after its comma that joins words with "and" is the list's next items.
_LIST_BEFORE = re.compile(r"\b(?:such\s+as|including|among\s+them)\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")


def _after(text: str, end: int, sent_end: int, sent_start: int = 0, start: int | None = None) -> list[tuple[int, int, str]]:
    """Labels after a mention: ", the White House press secretary," / ", who ..." / ", known for ..."."""
    out: list[tuple[int, int, str]] = []
    if _inside_other_phrase(text, sent_start, end):
        return out  # "Gibbs, a political adviser to President Obama, criticized ...": the verb is Gibbs's
    prior = _words(text, sent_start, _name_start(text, sent_start, end))
    if prior and _bare(prior[-1][2]) in _QUANTIFIERS:
        return out  # "some other Republicans, who have openly accused ...": some of the group, not the group
    # "Ann Wagner of Missouri, an ambassador ...": a home place after the name belongs to the name.
    home = _HOME_PLACE.match(text, end, sent_end)
    pos = home.end() if home else end
    if text.startswith(".", pos) and _NAME_SUFFIX_BEFORE.search(text, 0, pos):
        pos += 1  # "Theodore J. Boutrous Jr., a lawyer for Wal-Mart": the suffix's full stop
    tag = _PARTY_TAG_AFTER.match(text[:sent_end], pos)
    tagged = bool(tag and read_party_tag(tag.group(1)))
    if tag and tagged:
        # "Sen. Bob Corker, R-Tenn." / "Rep. Michele Bachmann (R-Minn.)": party and state, the
        # short form of "Republican of Tennessee".
        out.append((tag.start(1), tag.end(1), "appositive"))
        pos = tag.end()
    start_pos = pos
    # "lawyer Joseph Sellers who represents the women": a clause against a full name, no comma
    # ("Republicans who accused it ..." picks out some Republicans: it describes no one).
    # The name's own words count, with an honorific before it ("Mr. Romney who called for ..."),
    # not a capitalised word that only opens the sentence ("Even Republicans who have praised ..."
    # is one word of name).
    name_from = start if start is not None else _name_start(text, sent_start, end)
    name_words_n = len(_words(text, name_from, end)) + bool(
        start is not None and _HONORIFIC_BEFORE.search(text, max(sent_start, start - 6), start))
    restrictive = re.match(r"\s+who\s", text[pos:sent_end]) if name_words_n >= 2 else None
    if restrictive:
        lo = pos + restrictive.start() + len(restrictive.group()) - len(restrictive.group().lstrip())
        hi = _phrase_end(text, lo, sent_end)
        # A clause against the sentence's subject with no mark to close it runs on into the main
        # verb ("Republican leaders who shied from talk of abandoning him shifted their tone"):
        # where the clause ends cannot be read from punctuation, so nothing is taken.
        subject = all(w[:1].isupper() or _bare(w) in _DETERMINERS for _, _, w in _words(text, sent_start, name_from))
        # "many who served in the Oval Office who were more qualified": a "who" clause tells of
        # people, and a name after a preposition of place is where they are, so the clause tells
        # of the people before it ("a meeting with House Democrats who are resisting" is theirs).
        if 3 <= len(_words(text, lo, hi)) <= MAX_APPOSITIVE_WORDS and not (subject and hi >= sent_end - 1) \
                and not _object_of_preposition(text, sent_start, end, _PLACE_PREPOSITIONS):
            out.append((lo, hi, "relative_clause"))
        return out
    for _ in range(2):  # an appositive then a relative clause: "Takaichi, 64, a protégé of Abe, who ..."
        m = re.match(r"\s*,\s*", text[pos:sent_end])
        if not m:
            break
        lo = pos + m.end()
        hi = _phrase_end(text, lo, sent_end)
        words = _words(text, lo, hi)
        if not words:
            break
        first = _bare(words[0][2])
        # A phrase opening with a determiner or "who" may run long before its closing comma ("the
        # hero of the political right and the closing speaker of a three-day conservative conference").
        if len(words) > (MAX_APPOSITIVE_WORDS if first in _DETERMINERS | _PARTICIPLES | {"who", "whose", "which", "one"}
                         else MAX_WORDS):
            break
        # "AARP, which opposed ...": an organisation's clause, unless the name is a preposition's
        # object ("a report by AARP, which found ...": the clause may tell of the report).
        which = first == "which" and pos == start_pos and not _object_of_preposition(text, sent_start, end, _WHICH_OWNERS)
        if first in ("who", "whose") or which:
            if len(words) >= 3:  # "whose spokesman, it should be noted, ...": cut by an aside, not a label
                out.append((lo, hi, "relative_clause"))
            break  # what follows the clause's closing comma is the sentence's own verb
        elif first in _PARTICIPLES and not (first == "once" and len(words) > 1 and _bare(words[1][2]) in ("again", "more")):
            out.append((lo, hi, "participle"))
            break
        elif _clause_of_subject(text, words):
            break  # "rescinded his endorsement of Trump, saying he lacks ...": the subject's act, not Trump's description
        elif first == "one" and len(words) > 2 and _bare(words[1][2]) == "of":
            out.append((lo, hi, "appositive"))  # "AARP, one of the most influential lobbying groups,"
        elif pos == start_pos and _LIST_BEFORE.search(text, sent_start, name_from) and re.search(r"\band\b", text[lo:hi]):
            break  # "holdouts such as Ryan, both former president Bushes and the party's 2012 nominee": the list's next items
        elif first in _STOP_BEFORE or first in ("and", "or") or \
                (pos == start_pos and _in_opening_phrase(text, sent_start, end)):
            break  # "..., has given ..." is the sentence's verb; "In their letter to Ryan, the scholars ..." its subject
        elif pos == start_pos and _object_of_preposition(text, sent_start, end) and \
                not any(_bare(w) in ROLE_NOUNS - _ROLE_MODIFIERS for _, _, w in _head_words(words)):
            break  # "the debate with Romney, the second of three debates": it describes the debate
        elif first in _DETERMINERS or first in PARTY_NOUNS or words[0][2].lower().endswith(("'s", "’s")) or \
                (words[0][2][:1].islower() and _role_headed(words)):
            if any(_bare(w) in {"said", "says", "told", "added", "noted"} for _, _, w in words):
                break
            if tagged and not _role_headed(words):
                break  # "has sent Ryan, R-Wis., a letter saying ...": the verb's object, not a description
            if _attribution(words) or (len(words) > 1 and first in _DETERMINERS and _bare(words[1][2]) in _ACTION_NOUNS):
                break  # "joined Obama, a White House aide confirmed" / "the House, an act that is part of ..."
            out.append((lo, hi, "appositive"))
        else:
            break
        pos = hi
    return out


# ---------------------------------------------------------------------------------------------
# Labels across the story: the cast's main entities, outlet by outlet

#: How an outlet names an entity, as report.json spells it.
NAME_FORMS = ("full name", "surname", "given name", "acronym", "short name", "title only", "alias")
#: Main entities shown at most: the people and organisations named most across outlets.
MAIN_ENTITIES = 6
#: An entity is a main entity only when at least this many outlets name it.
MIN_OUTLETS = 2
_HONORIFIC_BEFORE = re.compile(r"(?:^|\W)(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+$")


@dataclass(frozen=True)
class OutletLabels:
    """How one outlet names and describes one entity.

    ``names`` holds ``(name as written, name form, times used)``, most used first (forms from
    :data:`NAME_FORMS`; a title-only reference such as "the president" is written in lower case;
    "alias" marks another name the article introduces for the person: "the alias Carlos Danger");
    ``titled`` counts the mentions with a title right before the name and ``honorific`` those
    after "Mr.", "Ms." and the like; ``labels`` are the describing words (:class:`Label`, text
    order) and ``only_here`` says, label by label, that no other outlet uses the same words for
    this entity; ``only_forms`` the name forms no other outlet uses for it; ``title_refs`` the
    ``(start, end)`` of each title-only reference.
    """

    source: str
    names: tuple[tuple[str, str, int], ...]
    titled: int
    honorific: int
    labels: tuple[Label, ...]
    only_here: tuple[bool, ...]
    only_forms: frozenset[str] = frozenset()
    title_refs: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the name forms and every label with its sentence offsets."""
        return {
            "names": [{"text": text, "form": form, "count": count, "only_here": form in self.only_forms}
                      for text, form, count in self.names],
            "title_only": [{"start": lo, "end": hi} for lo, hi in self.title_refs],
            "with_title": self.titled,
            "with_honorific": self.honorific,
            "labels": [dict(label.to_dict(), only_here=unique) for label, unique in zip(self.labels, self.only_here)],
        }


@dataclass(frozen=True)
class EntityLabels:
    """One main entity of the cast and, per outlet that names it, its :class:`OutletLabels`."""

    entity_id: str
    name: str
    kind: str
    by_source: Mapping[str, OutletLabels]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (``story.labels[entity id]`` of report.json)."""
        return {"name": self.name, "kind": self.kind,
                "by_source": {source: found.to_dict() for source, found in self.by_source.items()}}


def name_form(text: str, entity_name: str, kind: str) -> str:
    """The form of one name mention: "full name", "surname", "given name", "acronym" or "short name".

    A person named with two words or more is named in full; one word is the surname when it is
    the last word of the entity's fullest name, the given name when it is the first.
    An organisation's mention that spells its whole name is its full name.
    """
    words = [w.lower() for w in name_words(text)]
    full = [w.lower() for w in name_words(entity_name)]
    if kind == "person":
        if len(words) >= 2:
            return "full name"
        if words and full and words[-1] == full[-1]:
            return "surname"
        if words and full and words[0] == full[0]:
            return "given name"
        return "short name"
    if is_acronym(text.strip()) and len(words) == 1:
        return "acronym"
    return "full name" if words == full else "short name"


def label_key(text: str) -> str:
    """The words of a label for comparing outlets (:func:`_key_words`): lower case, no determiners,
    no possessive 's, abbreviations spelt out, "Speaker of the House" read as "house speaker"."""
    return " ".join(w for w, _ in _key_words(text))


# Kept per text: a story's labels are compared outlet against outlet, so a long story reads
# the same few thousand labels tens of thousands of times.
@lru_cache(maxsize=16384)
def _key_words(text: str, other: str | None = None) -> tuple[tuple[str, bool], ...]:
    """A label's words for comparing outlets, each with whether it is capitalised: lower case, no
    determiners or possessive 's, no dots ("U.S." = "US"), title abbreviations spelt out ("Rep." =
    "Representative"), and "X of (the) Y" with a capitalised Y read as "Y X" ("Speaker of the
    House" = "House Speaker", "Democrat of North Carolina" = "North Carolina Democrat").

    Given ``other`` (the label compared with), an acronym is spelt out as the names module reads
    it: by its alias ("GOP" = "Republican Party") or, when ``other`` writes capitalised words with
    its initials, by those words ("RNC Chairman" beside "Republican National Committee Chairman")."""
    words = [w for _, _, w in _words(text, 0, len(text)) if _bare(w) not in _DETERMINERS]
    spelt = _spelt_out(other) if other is not None else {}
    pairs: list[tuple[str, bool]] = []
    for w in words:
        tag = read_party_tag(w)
        if tag is not None:  # "R-Tenn." = "Tennessee Republican" = "Republican of Tennessee"
            pairs += [(part, True) for part in (*tag[1].split(), tag[0])]
            continue
        key = TITLE_ABBREVIATIONS.get(_bare(w).replace(".", ""), _bare(w).replace(".", ""))
        if other is not None and is_acronym(w) and w.replace(".", "").isupper():
            expansion = ALIASES.get((key,)) or spelt.get(key)
            if expansion:
                pairs += [(part, True) for part in expansion]
                continue
        pairs.append((key, w[:1].isupper()))
    of = next((i for i, (w, _) in enumerate(pairs) if w == "of"), None)
    if of is not None and 0 < of < len(pairs) - 1 and all(cap for _, cap in pairs[of + 1:]):
        pairs = pairs[of + 1:] + pairs[:of]
    return tuple(pairs)


def _spelt_out(text: str) -> dict[str, tuple[str, ...]]:
    """Initials -> words for every run of two or more capitalised words in ``text`` (connectors
    inside allowed): "Republican National Committee Chairman" gives "rnc", "rncc", "nc", ...;
    the initials follow :func:`biaslens.names.acronym_of`, the one home for them."""
    words = [_bare(w).replace(".", "") if w[:1].isupper() or _bare(w) in CONNECTORS else None
             for _, _, w in _words(text, 0, len(text))]
    found: dict[str, tuple[str, ...]] = {}
    for i in range(len(words)):
        for j in range(i + 2, len(words) + 1):
            run = words[i:j]
            if None in run:
                break
            if run[0] in CONNECTORS or run[-1] in CONNECTORS:
                continue
            found.setdefault(acronym_of(tuple(run)), tuple(run))
    return found


def same_label(a: str, b: str) -> bool:
    """Whether two outlets' labels say the same thing in another form: the same words once
    normalised (:func:`_key_words`: case, determiners, title abbreviations, "X of the Y"), or one
    inside the other with only names and places added ("Vice President" in "the vice president";
    "Representative" in "North Carolina Rep."; "Speaker" in "Speaker of the House")."""
    x, y = _key_words(a, b), _key_words(b, a)
    if not x or not y:
        return False
    if _same_role(x, y):
        return True
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    words_short, words_long = [w for w, _ in short], [w for w, _ in long_]
    for i in range(len(long_) - len(short) + 1):
        if words_long[i:i + len(short)] == words_short and \
                all(cap for _, cap in long_[:i] + long_[i + len(short):]):
            return True
    return False


def _same_role(x: Sequence[tuple[str, bool]], y: Sequence[tuple[str, bool]]) -> bool:
    """Whether two labels' key words name the same role: the same person noun heads both (the last
    word before any preposition), besides generic words ("former") their lower-case modifiers agree,
    and their capitalised ones too when both write some ("former U.S. ambassador" and "an
    ambassador to Luxembourg in the Bush administration"; not "former lieutenant governor" and
    "governor", nor "RNC Chairman" and "DNC Chairman")."""
    def head(words: Sequence[tuple[str, bool]]) -> tuple[str, frozenset[str], frozenset[str]] | None:
        taken = []
        for w, cap in words:
            if w in _STOP_BEFORE and not cap:
                break
            taken.append((w, cap))
        if not taken or not _is_role(taken[-1][0], ROLE_NOUNS - _ROLE_MODIFIERS):
            return None
        # A generic word is generic in capitals too: "Former Rep." opens a sentence or a headline.
        return (taken[-1][0], frozenset(w for w, cap in taken[:-1] if not cap and w not in _GENERIC_MODIFIERS),
                frozenset(w for w, cap in taken[:-1] if cap and w not in _GENERIC_MODIFIERS))
    hx, hy = head(x), head(y)
    if hx is None or hy is None or hx[:2] != hy[:2]:
        return False
    # Names written by only one side add where ("U.S."); names on both must agree ("RNC" is no "DNC").
    return not (hx[2] and hy[2]) or hx[2] == hy[2]


# "the seven-term congressman": "the", then up to four lower-case words, among them a person noun:
# a phrase which may refer back to someone an outlet described in other words.
_DEFINITE_ROLE = re.compile(r"\b[Tt]he((?:\s+[a-z][\w\-]*){2,5})")
# Modifiers too common to show that two phrases say the same of one person ("the former senator").
_GENERIC_MODIFIERS = frozenset("former late ex then onetime one-time new current top senior junior chief "
                               "deputy acting interim first young old female male other".split())


# "the country's first female leader": the owner stands for the named country ("Japan's"), which is capitalised.
_PLACE_OWNERS = frozenset({"country", "nation"})
_ORDINALS = frozenset("first second third only youngest oldest".split())


def same_description(a: str, b: str) -> bool:
    """Whether two phrases give a person the same description with a different person noun: the same
    lower-case modifiers, not only generic ones, before a role noun ("a seven-term House member" and
    "the seven-term congressman"; not "the former president" and "a former senator")."""
    def parts(text: str) -> tuple[tuple[str, ...], bool]:
        words = _key_words(text)
        if not words or words[-1][0] not in ROLE_NOUNS:
            return (), False
        return tuple(w for w, cap in words[:-1] if not cap and w not in ROLE_WORDS and w not in _PLACE_OWNERS), True
    (mods_a, ok_a), (mods_b, ok_b) = parts(a), parts(b)
    if not (ok_a and ok_b and mods_a and mods_b):
        return False
    short, long_ = sorted((mods_a, mods_b), key=len)
    # The shorter description ends the longer one right before the noun: "first female" in "who just
    # became Japan's first female prime minister" and "the country's first female leader".
    if long_[len(long_) - len(short):] != short:
        return False
    # Generic words alone ("the former senator", "a former president") say different things; an
    # ordinal with another word ("first female") is a milestone, the same whatever the noun.
    return not set(short) <= _GENERIC_MODIFIERS or (len(short) >= 2 and bool(set(short) & _ORDINALS))


# Nouns that end a definite person phrase; a module constant, since the set difference per word
# was most of the cost of reading a long story's articles.
_DEFINITE_HEADS = ROLE_NOUNS - _ROLE_MODIFIERS


def described_elsewhere(text: str) -> list[str]:
    """Definite person phrases in ``text`` that may refer back to a named person ("the seven-term
    congressman demands"), for :func:`same_description`."""
    found = []
    for m in _DEFINITE_ROLE.finditer(text):
        words = m.group(1).split()
        head = next((k for k, w in enumerate(words) if w in _DEFINITE_HEADS or w in _STOP_BEFORE), None)
        if head and words[head] not in _STOP_BEFORE and not any(w in _STOP_BEFORE for w in words[:head]):
            found.append(" ".join(["the", *words[:head + 1]]))
    return found


def _stem(word: str) -> str:
    """A word's stem for comparing labels (:func:`biaslens.details.stem`), a party adjective read
    as its noun ("Democratic" = "Democrat")."""
    bare = stem(_bare(word).replace(".", ""))
    bare = TITLE_ABBREVIATIONS.get(bare, bare)
    return bare[:-2] if bare.endswith("ic") and bare[:-2] in PARTY_NOUNS else bare


_PERSON_HEADS = (ROLE_NOUNS - _ROLE_MODIFIERS) | PARTY_NOUNS
# Owners that stand for a body the other outlet may name ("the group's chief executive" beside
# "AARP CEO"): set aside when comparing, as a name would be.
_OWNER_STAND_INS = frozenset("group company organization organisation firm agency party campaign administration "
                             "union country nation state city government".split())
# Role acronyms spelt out for comparing ("CEO" = "chief executive").
_ROLE_SPELLINGS = {"ceo": ("chief", "executive"), "cfo": ("chief", "financial", "officer"),
                   "coo": ("chief", "operating", "officer")}
# Verbs that say the role a noun would ("running for the Senate": a Senate candidate;
# "representing Wal-Mart", "who represents the women": a lawyer or spokesperson for them).
_ROLE_VERBS = {"running": ("candidate",), "runs": ("candidate",), "seeking": ("candidate",), "seeks": ("candidate",),
               "representing": ("lawyer", "attorney", "counsel", "spokesman", "spokeswoman"),
               "represents": ("lawyer", "attorney", "counsel", "spokesman", "spokeswoman")}


def _stems(word: str) -> set[str]:
    """A word's stem and, for an alias or a role acronym, the stems of what it spells
    ("U.S." -> us, united, state; "CEO" -> ceo, chief, executive)."""
    key = _bare(word).replace(".", "")
    spelt = ALIASES.get((key,), ()) + _ROLE_SPELLINGS.get(key, ())
    return {_stem(word), *(stem(w) for w in spelt)}


@lru_cache(maxsize=16384)  # as _key_words: the same labels, asked of again and again
def _head(text: str) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """A describing phrase's head noun and the words before it: ``(head stem, role and lower-case
    modifier stems, capitalised name stems)`` ("AARP's policy chief" -> chief, {policy}, {aarp};
    "a lawyer for Wal-Mart" -> lawyer, {}, {}); None when no person noun heads it ("who ...")."""
    words = [w for _, _, w in _words(text, 0, len(text)) if _bare(w) not in _DETERMINERS]
    head_words = [w for w in _head_region(text) if _bare(w) not in _DETERMINERS]
    at = next((i for i in range(len(head_words) - 1, -1, -1)
               if _stem(head_words[i]) in _PERSON_HEADS or _bare(head_words[i]) in _PERSON_HEADS), None)
    if at is None:
        return None
    mods = [w for w in head_words[:at] if not (_is_possessive(w) and _bare(w) in _OWNER_STAND_INS)]
    core = frozenset(_stem(w) for w in mods if (w[:1].islower() or _bare(w) in ROLE_WORDS)
                     and _bare(w) not in _GENERIC_MODIFIERS)
    names = frozenset(x for w in mods if w[:1].isupper() and _bare(w) not in ROLE_WORDS for x in _stems(w))
    return _stem(head_words[at]), core, names


def _head_region(text: str) -> list[str]:
    """A phrase's words before its first preposition or verb, where its head noun is ("a close
    protégé | of former Prime Minister Shinzo Abe": "Prime Minister" there is Abe's)."""
    taken = []
    for _, _, w in _words(text, 0, len(text)):
        if _bare(w) in _STOP_BEFORE and w[:1].islower():
            break
        taken.append(w)
    return taken


@lru_cache(maxsize=4096)
def _bag(texts: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The word stems of some describing phrases: all, the capitalised ones that are no title word
    (names), those of each phrase's head region (:func:`_head_region`), where a head noun may
    stand, and the content words after it ("city" in "a lawyer for the city": whose lawyer)."""
    words = [w for t in texts for _, _, w in _words(t, 0, len(t))]
    heads = [w for t in texts for w in _head_region(t)]
    implied = {noun for w in words for noun in _ROLE_VERBS.get(_bare(w), ())}
    # "WWE" in one phrase, "World Wrestling Entertainment" in another: the initials of a run of
    # capitalised words count as one of its words (names.acronym_of, through _spelt_out).
    initials = {key for t in texts for key in _spelt_out(t)}
    return (frozenset(x for w in words for x in _stems(w)) | implied | initials,
            frozenset(_stem(w) for w in words if w[:1].isupper() and _bare(w) not in ROLE_WORDS
                      and _bare(w).replace(".", "") not in TITLE_ABBREVIATIONS),
            frozenset(x for w in heads for x in _stems(w)) | implied,
            frozenset(_stem(w) for w in words[len(heads):] if _bare(w) not in _STOP_BEFORE | _DETERMINERS))


def _covers(head: tuple[str, frozenset[str], frozenset[str]],
            bag: tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]) -> bool:
    """Whether the words of ``bag`` say what a phrase with ``head`` says: its head noun in a head
    region, each of its lower-case or role modifiers among them, and its names ("Wal-Mart
    lawyer") among them too ("a lawyer for Wal-Mart Stores") unless the bag names no one and says
    no more after its head (a plain "lawyer"; not "a lawyer for the city")."""
    noun, core, names = head
    words, capitals, heads, tail = bag
    return noun in heads and core <= words and (not names or bool(names & words) or not (capitals or tail))


# "The New York Democrat", "the prominent Democrat", "the congressman", "the Republican nominee": a
# definite phrase ending in a person noun, which refers back to someone the story has named. "The"
# and up to four words; the longest of them that ends in a person noun is the phrase.
_DEFINITE_PERSON = re.compile(r"\b[Tt]he((?:[ \t]+[\w\-'’.]+){1,4})")


# A name and a comma right before "the": the phrase is that name's appositive ("Mike Huckabee, the
# former governor"), a label of a named person, no reference back to someone.
_APPOSITIVE_BEFORE = re.compile(r"[A-Z][\w.'’\-]*,\s*$")


def _opens_with_phrase(text: str, at: int) -> bool:
    """Whether the clause before ``at`` is a phrase opening the sentence ("On Tuesday, the senator
    said", "In Washington, the congressman ..."): its comma ends an opener, not a name's appositive."""
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at), text.rfind("?", 0, at), text.rfind("!", 0, at)) + 1
    words = _words(text, start, at)
    return bool(words) and words[0][2].lower() in _OPENING_PREPOSITIONS and text.count(",", start, at) == 1


def definite_references(article: Article) -> list[str]:
    """Definite phrases in ``article``'s own words that refer to a person by a person or party
    noun ("The New York Democrat", "the congressman", "The Republican nominee": the longest such
    phrase after "the", not one cut at its first lower-case word), outside quotations: another
    outlet's way of describing whoever the story is about, for comparing labels."""
    quoted = quoted_regions(article)
    text = article.text
    found = []
    for m in _DEFINITE_PERSON.finditer(text):
        spans = _words(text, m.start(1), m.end(1))
        # A full stop ends the sentence, so the phrase ("the senator. He ..."), unless it is a title's.
        cut = next((k + 1 for k, (_, _, w) in enumerate(spans) if w.endswith(".") and _bare(w) not in _ABBREVIATIONS),
                   len(spans))
        spans = spans[:cut]
        if _APPOSITIVE_BEFORE.search(text, max(0, m.start() - 40), m.start()) and not _opens_with_phrase(text, m.start()):
            continue  # "Mike Huckabee, the former governor of Arkansas": a named person's label, read there
        for size in range(len(spans), 0, -1):
            phrase = [w.rstrip(".") for _, _, w in spans[:size]]
            last = phrase[-1]
            # A person noun, or its plural ("Democrats"); not a verb form of one ("the country headed").
            if any(_bare(w) in _STOP_BEFORE for w in phrase) or not (
                    _bare(last) in _PERSON_HEADS or (_stem(last) in _PERSON_HEADS and not last.endswith(("ed", "ing")))):
                continue
            end = spans[size - 1][0] + len(last)
            if re.match(r"\s+[A-Z]|[\w\-'’]|,\s+[A-Z]", text[end:end + 3]):
                continue  # "the president Donald Trump", "the Republican nominee, Mitt Romney": a name's label
            if not any(q0 <= m.start() < q1 for q0, q1 in quoted):
                found.append(text[m.start():end])
            break
    return found


# Content words two outlets' phrases about one person must share to say the same in other words.
_SAME_FACT_WORDS = 3
_EMPTY_VERBS = frozenset("be being been is was are were has have had".split())


def _content(text: str) -> frozenset[str]:
    """The content word stems of a phrase: no function words, no forms of "be" or "have"; a
    title abbreviation spelt out ("Sen." = "senator")."""
    return frozenset(_stem(w) for _, _, w in _words(text, 0, len(text))
                     if _bare(w) not in _STOP_BEFORE | _DETERMINERS | _EMPTY_VERBS and not _is_initial(w))


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def _shared(label: Label, own: Sequence[str], phrases: Sequence[tuple[Sequence[str], bool]]) -> bool:
    """Whether another outlet says what ``label`` says in other words, by head noun and modifiers.

    A clause or phrase that shares at least :data:`_SAME_FACT_WORDS` content words, all but one of
    them its own lower-case words, with another outlet's label tells the same fact ("the seat being
    vacated by Dodd"; not "newly appointed" and "newly elected").
    ``own`` are this outlet's labels on the same mention as ``label``; ``phrases`` the other
    outlets' groups of words for the entity, each with whether it is a reference ("the
    congressman", not attached to a name). ``label`` is shared when its head noun and modifiers
    are among one group's words ("Wal-Mart lawyer" in "a lawyer for Wal-Mart"; "a Democrat" in
    "The New York Democrat"), or when a group's head and modifiers are among this mention's words
    and ``label`` gives some of them ("who represents the women" with the title "lawyer" says
    "the women's lawyer"). A reference must hold no role word the label lacks ("the vice
    president" is no "President")."""
    mine = _head(label.text)
    own_bag = _bag(tuple(own))
    # What the label itself says, in lower-case words and the roles its verbs imply; a title in it
    # may be someone else's ("a close protégé of former Prime Minister Shinzo Abe").
    label_words = frozenset(x for _, _, w in _words(label.text, 0, len(label.text))
                            if w[:1].islower() or _bare(w).replace(".", "") in _ROLE_SPELLINGS
                            for x in (_stem(w), *_ROLE_VERBS.get(_bare(w), ()),
                                      *_ROLE_SPELLINGS.get(_bare(w).replace(".", ""), ())))
    content = _content(label.text)
    # Its own lower-case words, no role or generic words ("newly", "appointed"; not "former", "prime").
    lower = frozenset(_stem(w) for _, _, w in _words(label.text, 0, len(label.text)) if w[:1].islower()
                      and _bare(w) not in ROLE_WORDS | _GENERIC_MODIFIERS) & content
    for texts, reference in phrases:
        if not reference and any(len(content & _content(t)) >= _SAME_FACT_WORDS and
                                 len(lower & _content(t)) >= _SAME_FACT_WORDS - 1 for t in texts):
            return True  # "who is seeking the seat being vacated by Senator Dodd" / "a shoo-in for the seat being vacated by Sen. Dodd"
        bag = _bag(tuple(texts))
        if mine is not None and _covers(mine, bag):
            theirs = _head(texts[0]) if reference else None
            if not reference or (theirs is not None and theirs[1] <= mine[1]):
                return True
        for text in texts:
            theirs = _head(text)
            if theirs is not None and _covers(theirs, own_bag) and (theirs[1] | {theirs[0]}) & label_words \
                    and (not reference or mine is None or theirs[1] <= mine[1]):
                return True
    return False


def cast_labels(articles: Sequence[Article], cast: Any, top: int = MAIN_ENTITIES,
                min_outlets: int = MIN_OUTLETS) -> tuple[EntityLabels, ...]:
    """Labels of the story's main entities, outlet by outlet (pure; same input, same output).

    The main entities are the first ``top`` people and organisations of ``cast`` (a
    :class:`biaslens.cast.Cast`, most mentioned first) named by at least ``min_outlets``
    articles that some outlet describes, among the ``2 * top`` most mentioned: a party or a
    chamber no outlet describes ("Democrats") leaves its place to the next person described. Each outlet's mentions of an entity give its name forms and, through
    :func:`entity_labels`, the words it uses to describe it; a label is marked ``only_here``
    when no other outlet describes the entity (or names it by title alone) with the same words
    in any form (:func:`same_label`).
    """
    by_source = {a.source: a for a in articles}
    chosen = [e for e in cast.entities
              if e.kind in ("person", "organisation") and len(set(e.sources) & set(by_source)) >= min_outlets][:2 * top]
    people = [e for e in cast.entities if e.kind == "person"]
    quotes_of = {a.source: quote_spans(a) for a in articles} if people else {}
    own_titles = {a.source: {p.id: carried_titles(a, p, quotes_of[a.source]) for p in people
                             if any(m.source == a.source for m in p.mentions)} for a in articles} if people else {}
    refs = {a.source: title_references(a, people, quotes_of.get(a.source, []), _titles_elsewhere(own_titles, a.source))
            for a in articles}
    references = {a.source: definite_references(a) for a in articles} if chosen else {}
    # Each article's definite person phrases, read once: every entity and outlet asks for the
    # other outlets' phrases, and reading them per ask made the section grow with the square
    # of the story.
    described = {s: described_elsewhere(a.text) for s, a in by_source.items()} if chosen else {}
    found: list[EntityLabels] = []
    for entity in chosen:
        if len(found) >= top:
            break
        per_source: dict[str, tuple[tuple[tuple[str, str, int], ...], int, int, list[Label], tuple[tuple[int, int], ...]]] = {}
        heard: dict[str, list[str]] = {}  # per outlet, labels inside its quotations
        printed: dict[str, set[str]] = {}  # per outlet, the name forms it prints, quoted or not
        for article in articles:  # the outlets' order, as every table of the report
            mentions = [m for m in entity.mentions if m.source == article.source]
            if not mentions:
                continue
            # The cast keeps a title inside a mention ("Prime Minister Sanae Takaichi"); the name
            # form is the name alone, and the title is a label found before it.
            spans = [(_after_titles(article.text, m.start, m.end), m.end) for m in mentions]
            # A name inside a quotation is the speaker's form of address ('"Donald's a really good
            # friend of mine," Christie said'), not how the outlet names the person.
            inside = quoted_regions(article)
            counts = Counter(article.text[lo:hi] for lo, hi in spans if not any(q0 <= lo < q1 for q0, q1 in inside))
            # The outlet still printed the forms inside its quotations: another outlet's same form
            # is not "no other outlet uses this form" (issue #16: nyt's "Paul Ryan" in the DNC's words).
            # An alias the article introduces ("the alias Carlos Danger") is no form of the name.
            aliases = {article.text[m.start:m.end] for m in mentions if cast.is_alias(m.source, m.start, m.end)}
            form = {text: "alias" if text in aliases else name_form(text, entity.name, entity.kind)
                    for text in {article.text[lo:hi] for lo, hi in spans}}
            printed[article.source] = set(form.values())
            names = [(text, form[text], counts[text]) for text in sorted(counts, key=lambda t: (-counts[t], -len(t), t))]
            bare = refs[article.source].get(entity.id, ())
            bare_counts = Counter(" ".join(article.text[lo:hi].lower().split()) for lo, hi in bare)
            names += [(text, "title only", bare_counts[text]) for text in sorted(bare_counts, key=lambda t: (-bare_counts[t], t))]
            labels = entity_labels(article, spans)
            heard[article.source] = [lab.text for lab in entity_labels(article, spans, quoted=True)]
            titled = {lab.mention for lab in labels if lab.kind in ("title", "premodifier")}
            honorific = sum(1 for lo, _ in spans if _HONORIFIC_BEFORE.search(article.text[max(0, lo - 6):lo]))
            per_source[article.source] = (tuple(names), len(titled), honorific, labels, bare)
        # What each outlet calls the entity: its labels and its title-only references ("the vice president").
        # Words inside another outlet's quotations are no label of its own, but the outlet did
        # print them: a label they repeat is not "only this outlet" ("Governor Perry" in a quote).
        said = {source: [lab.text for lab in entry[3]] + [by_source[source].text[lo:hi] for lo, hi in entry[4]]
                + heard[source] for source, entry in per_source.items()}
        forms = {source: {form for _, form, _ in entry[0]} for source, entry in per_source.items()}
        # "the president" for Obama in one outlet, "the president's re-election" in another that
        # gives him no title: both name him by title alone when no one else there holds it.
        bare_titles = {text for entry in per_source.values() for text, form, _ in entry[0] if form == "title only"}
        for source in per_source:
            if "title only" not in forms[source] and any(
                    _title_alone(by_source[source], title) and not any(
                        _title_words(title) in carried_titles(by_source[source], p)
                        for p in people if p.id != entity.id) for title in bare_titles):
                forms[source].add("title only")
        # Per outlet, its words for the entity grouped by mention (each group one picture of the
        # person), and its definite references ("the congressman"): for :func:`_shared`.
        groups: dict[str, list[tuple[Sequence[str], bool]]] = {}
        for source, entry in per_source.items():
            by_mention: dict[tuple[int, int], list[str]] = {}
            for lab in entry[3]:
                by_mention.setdefault(lab.mention, []).append(lab.text)
            groups[source] = [(tuple(v), False) for _, v in sorted(by_mention.items())] + \
                [((t,), False) for t in heard[source]] + \
                [((t,), True) for t in said[source][len(entry[3]):len(said[source]) - len(heard[source])]] + \
                [((t,), True) for t in references[source]]
        outlets: dict[str, OutletLabels] = {}
        for source, (names, titled_n, honorific, labels, bare) in per_source.items():
            other_groups = [g for s, gs in groups.items() if s != source for g in gs]
            others = [t for s, ts in said.items() if s != source for t in ts]
            other_forms = set().union(*(f for s, f in forms.items() if s != source),
                                      *(f for s, f in printed.items() if s != source))
            # "Vice President" Biden beside another outlet's "the vice president dominated": one title.
            elsewhere = [by_source[s] for s in per_source if s != source]
            referring = [p for s in per_source if s != source for p in described[s]]
            outlets[source] = OutletLabels(source, names, titled_n, honorific, tuple(labels),
                                           tuple(not any(same_label(lab.text, o) for o in others)
                                                 and not any(same_description(lab.text, p) for p in [*referring, *others])
                                                 and not (lab.kind == "title" and any(_title_alone(a, lab.text)
                                                                                      for a in elsewhere))
                                                 and not _shared(lab, [o.text for o in labels if o.mention == lab.mention],
                                                                 other_groups)
                                                 and not _state_told(lab.text, entity, elsewhere)
                                                 and not _told_beside_name(lab.text, entity, elsewhere)
                                                 for lab in labels),
                                           frozenset(forms[source] - other_forms) if len(per_source) > 1 else frozenset(),
                                           tuple(bare))
        if any(o.labels for o in outlets.values()):  # nobody describes it: nothing to set side by side
            found.append(EntityLabels(entity.id, entity.name, entity.kind, outlets))
    return tuple(found)


def _titles_elsewhere(own_titles: Mapping[str, Mapping[str, set[str]]], source: str) -> dict[str, set[str]]:
    """Title -> ids of the persons the article ``source`` names whom the other outlets give that
    title in their own words (``own_titles``: source -> person id -> titles)."""
    named = own_titles.get(source, {})
    out: dict[str, set[str]] = {}
    for other, by_person in own_titles.items():
        if other != source:
            for pid, titles in by_person.items():
                if pid in named:
                    for title in titles:
                        out.setdefault(title, set()).add(pid)
    return out


def _state_told(label: str, entity: Any, elsewhere: Sequence[Article]) -> bool:
    """Whether ``label`` is a party-state tag ("D-Nev.") whose state another outlet writes right
    after the same person's name ("Harry Reid of Nevada", "Harry Reid, a Democrat of Nevada").

    The tag is the press's short form of "Democrat of Nevada" (issue #16: hpo's "D-Nev." was
    marked as said by no other outlet beside nyt's "Harry Reid of Nevada")."""
    read = read_party_tag(label)
    if read is None:
        return False
    after = re.compile(r",?\s+(?:an?\s+)?(?:(?:Republican|Democrat|Independent)\s+)?of\s+" + re.escape(read[1]) + r"\b",
                       re.IGNORECASE)
    return any(after.match(a.text, m.end) for a in elsewhere for m in entity.mentions if m.source == a.source)


#: A label must give at least this many content words before the sentences of another outlet that
#: name the same entity are searched for them: one word ("Republican") is in too many sentences.
MIN_TOLD_WORDS = 2


def _told_beside_name(label: str, entity: Any, elsewhere: Sequence[Article]) -> bool:
    """Whether another outlet writes every content word of ``label`` (by stem, the entity's own
    name words aside) in a sentence that names the same entity: the same description set in other
    grammar ("the campaign chairman" beside "campaign chairman Paul Manafort" or "Manafort may
    stay on as campaign chairman"; "an unarmed black teenager" beside "Zimmerman shot Martin as the
    unarmed black teenager was walking back"), which the label readers, each reading one shape,
    do not pair. A label of fewer than :data:`MIN_TOLD_WORDS` content words is never searched."""
    own_name = {_stem(w) for w in entity.name.split()}
    wanted = {w for w in _content(label) if w not in own_name}
    if len(wanted) < MIN_TOLD_WORDS:
        return False
    for article in elsewhere:
        seen: set[int] = set()
        for m in entity.mentions:
            if m.source != article.source:
                continue
            sentence = article.sentence_at(m.start)
            if sentence is None or sentence.start in seen:
                continue
            seen.add(sentence.start)
            if wanted <= {x for _, _, w in _words(sentence.text, 0, len(sentence.text)) for x in _stems(w)}:
                return True
    return False


# The last word of a title that names an office one person holds ("President", "Prime Minister",
# "press secretary"), not a modifier ("defense", "state") or an honorific.
_TITLE_HEADS = (PERSON_TITLES - NAME_HONORIFICS) | frozenset({"speaker", "premier"})
# Words before a title that say it is not (or no longer) the office the person holds now.
_PAST_TITLE = frozenset("former late ex then onetime one-time".split())
# A title-only reference: "the president", "the prime minister", "the speaker" (the title words
# are filled in per article), not followed by a capitalised word (that is a name: "the president
# Donald Trump") and not inside a longer title ("the vice president").
_BARE_TITLE = r"\b(?i:the)\s+(?:(?i:new|current)\s+)?(?i:{title})\b(?!\s+[A-Z])(?!-)"


def carried_titles(article: Article, entity: Any, quotes: Sequence[tuple[int, int]] = ()) -> set[str]:
    """The titles ``entity`` holds in ``article``: the title words written right before one of
    its names there ("Prime Minister Sanae Takaichi" -> "prime minister"), unless marked as past
    ("former President Bill Clinton", "the late prime minister Shinzo Abe"), nor inside
    ``quotes`` (spans of the article's quotations, when given: a speaker's "Secretary Clinton"
    is no title the outlet gives her)."""
    text = article.text
    titles: set[str] = set()
    for m in entity.mentions:
        if m.source != article.source or any(q0 <= m.start < q1 for q0, q1 in quotes):
            continue
        name_start = _after_titles(text, m.start, m.end)
        run: list[str] = []
        edge = name_start
        for lo, hi, word in reversed(_words(text, max(0, m.start - 60), name_start)):
            if text[hi:edge].strip():
                break  # a comma or other mark between: not a title of this name
            edge = lo
            bare = word.lower().rstrip(".")
            if bare in NAME_HONORIFICS and not run:
                continue
            if bare in _PAST_TITLE:
                run = []
                break
            if bare not in TITLES:
                break
            run.insert(0, TITLE_ABBREVIATIONS.get(bare, bare))
        if run and run[-1] in _TITLE_HEADS:
            titles.add(" ".join(run[-2:]) if len(run) >= 2 and run[-2] in ("prime", "vice", "press") else run[-1])
    return titles


def title_references(article: Article, people: Sequence[Any], quotes: Sequence[tuple[int, int]] | None = None,
                     elsewhere: Mapping[str, set[str]] | None = None) -> dict[str, tuple[tuple[int, int], ...]]:
    """Title-only references in ``article`` ("the president") linked to the one person of
    ``people`` (cast entities) the outlet itself gives that title there (outside its quotations,
    ``quotes``, found when not given), else, for a title it gives no one, the one person of
    ``elsewhere`` (title -> ids of the persons named here whom other outlets give it: "the
    justice sounded off" beside another outlet's "Supreme Court Justice Ruth Bader Ginsburg");
    a title two people hold, or none, is left unlinked, and so is a reference inside a
    quotation (the speaker's words). Returns entity id -> ``(start, end)`` spans of the references."""
    quotes = quote_spans(article) if quotes is None else quotes
    holders: dict[str, set[str]] = {}
    for person in people:
        for title in carried_titles(article, person, quotes):
            for word in (title, *TITLE_SYNONYMS.get(title, ())):  # "Rep. Sestak ... the congressman"
                holders.setdefault(word, set()).add(person.id)
    for title, ids in (elsewhere or {}).items():
        for word in (title, *TITLE_SYNONYMS.get(title, ())):
            holders.setdefault(word, ids)
    found: dict[str, list[tuple[int, int]]] = {}
    for title, ids in sorted(holders.items()):
        if len(ids) != 1:
            continue
        pattern = _BARE_TITLE.format(title=r"\s+".join(re.escape(w) for w in title.split()))
        for match in re.finditer(pattern, article.text):
            before = article.text[max(0, match.start() - 12):match.start()].lower()
            if re.search(r"\b(vice|deputy|former|late)\s*$", before):
                continue
            if any(q0 <= match.start() < q1 for q0, q1 in quotes):
                continue  # the speaker's way of naming, not the outlet's
            found.setdefault(next(iter(ids)), []).append((match.start(), match.end()))
    return {key: tuple(sorted(spans)) for key, spans in found.items()}


def _title_words(title: str) -> str:
    """A title as :func:`carried_titles` spells it: "the president" -> "president"."""
    return " ".join(w for w, _ in _key_words(title))


def _title_alone(article: Article, title: str) -> bool:
    """Whether ``article`` refers to someone by ``title`` alone in its own words ("the vice
    president dominated", for the title "Vice President"), outside quotations."""
    words = [w for w, _ in _key_words(title)]
    if not words or words[-1] not in _TITLE_HEADS:
        return False
    pattern = _BARE_TITLE.format(title=r"\s+".join(re.escape(w) for w in words))
    quotes = None
    for match in re.finditer(pattern, article.text):
        before = article.text[max(0, match.start() - 12):match.start()].lower()
        if len(words) == 1 and re.search(r"\b(vice|deputy|former|late)\s*$", before):
            continue  # "the vice president" is no "president"
        quotes = quote_spans(article) if quotes is None else quotes
        if not any(q0 <= match.start() < q1 for q0, q1 in quotes):
            return True
    return False


def _after_titles(text: str, start: int, end: int) -> int:
    """Where the name proper starts in a mention: after leading titles and honorifics, keeping one word."""
    words = _words(text, start, end)
    taken = 0
    while taken < len(words) - 1 and (words[taken][2].lower().rstrip(".") in TITLES | NAME_HONORIFICS):
        taken += 1
    return words[taken][0] if words else start


__all__ = [
    "DESCRIPTORS",
    "HONORIFICS",
    "LABEL_KINDS",
    "MAIN_ENTITIES",
    "MIN_OUTLETS",
    "NAME_FORMS",
    "ROLE_NOUNS",
    "ROLE_WORDS",
    "EntityLabels",
    "Label",
    "OutletLabels",
    "carried_titles",
    "cast_labels",
    "entity_labels",
    "title_references",
    "quoted_regions",
    "definite_references",
    "label_key",
    "name_form",
    "same_label",
    "same_description",
    "described_elsewhere",
]
