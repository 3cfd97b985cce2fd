"""The cast of a story: every named person, organisation, place and thing, across all outlets.

``build_cast(articles)`` finds the named mentions of every article (the name rules of
:mod:`biaslens.details`: capitalised word runs, kept whole across "of", "and", "for", "&" when
they end in an organisation's or a law's head word, split at titles, party-state tags dropped)
and clusters them into :class:`Entity` records, first within each article, then across the
story. Every cross-outlet section reads the cast, so "Flynn" in one outlet and "Michael Flynn"
in another are one person everywhere in the report.

Rules (names and word lists from :mod:`biaslens.names`):

* Titles and honorifics are not part of a name ("Prime Minister Takaichi" = "Takaichi");
  generational suffixes and middle initials are dropped for matching ("Robert S. Mueller III"
  = "Robert Mueller"), but a suffix tells a son apart when the story names both ("Donald
  Trump" and "Donald Trump Jr." stay two people when one article names both).
* Given names match through a published nickname list ("Rudy" = "Rudolph", "Rick" =
  "Richard") or an initial ("R. Giuliani").
* A trailing qualifier after a person's name is dropped ("Justin Trudeau of Canada").
* Acronyms meet their expansion, whatever the capitals ("NAFTA" = "Nafta" = "North American
  Free Trade Agreement"; "DNC" = "Democratic National Committee").
* Within an article, a bare surname is the person of that article with that surname (the one
  named most, then first); across the story, a bare surname in an article that never gives a
  full name joins a person only when the story has exactly one person with that surname.
* Demonyms and adjectives stay apart from the entity ("Japanese" is not "Japan").

Pure and deterministic: articles in, a frozen :class:`Cast` out, every offset indexing the
article's ``text``. Costs one pass of the name rules per article plus dictionary work.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Any, Iterable, Mapping, Sequence

from .details import Detail, entity_details
from .names import (
    ABBREVIATIONS, ADJECTIVE_ENDINGS, ALIASES, GENDER_WORDS, INSTITUTION_ADJECTIVES, PARTY_LETTERS, MEDIA_NOUNS, COMPANY_WORDS, CONNECTORS, CORPORATE_SUFFIXES, DEMONYM_ENDINGS, DESIGNATORS, GROUP_MODIFIERS, CHAMBERS, HONORIFICS, ORG_HEADS, PARTY_ADJECTIVES, PARTY_NOUNS, PARTY_TAG, PERSON_TITLES, STATE_ABBREVIATIONS, SUFFIXES, TITLES,
    BODY_HEADS, BUSINESS_NOUNS, INSTITUTION_HEADS, RANK_ABBREVIATIONS, demonyms, CHANGE_NOUNS, DOCUMENT_HEADS, ORGANISATION_NOUNS, PERSON_ROLES, EDITORIAL_LABELS, FAITH_WORDS, POSTAL_CODES, PUBLICATION_HEADS, acronym_of, is_news_outlet, members_of, name_tokens, title_opens_company, given_names_compatible, is_acronym, is_given_name, is_place_name, is_city_name, name_words, place_names, city_names,
    spelling_variants, transliteration_key, transliteration_variants,
)
from .records import Article, SourceSpan
from .text import normalise_word

#: The kinds of entity, as report.json spells them.
ENTITY_KINDS: tuple[str, ...] = ("person", "organisation", "place", "other")
_DATE_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april june
    july august september october november december""".split()
)
# Countries written as initials ("US", "U.K."): a place, not an organisation.
_COUNTRY_KEYS = frozenset({("united", "states"), ("united", "kingdom")})
# ("United State Marine Corps Reserve": the country written without its "s" is still the country.)
_COUNTRY_PREFIXES = (("united", "states"), ("united", "state"), ("us",), ("usa",), ("uk",), ("united", "kingdom"))
# What a poll's name ends in after its pollster's name ("Gallup Poll").
_POLL_WORDS = frozenset(("poll", "survey"))
# Words before a name that say it is a place ("in Tokyo", "to Japan").
# ("to Apple", "at Boeing" are as often companies: only these prepositions count.)
_PLACE_PREPOSITIONS = frozenset("in across near outside inside".split())
# Nouns after a name that make it a publication, a broadcaster or a firm.
_MEDIA_NOUNS = MEDIA_NOUNS
# Place words at the end of a name.
_PLACE_HEADS = frozenset(
    """city county state province prefecture island islands river sea ocean mountain mountains
    valley street avenue square airport station palace park bay coast district region bridge tunnel
    highway hill wing room""".split()
    # Venues, where candidates speak and reporters eat: "the Verizon Wireless Arena", "the Elks
    # Lodge", "Chez Vachon's diner" are places, not things of kind "other".
    + """arena stadium lodge grille restaurant diner tavern cafe café motel theater theatre auditorium
    ballroom gymnasium pavilion""".split()
)


#: One named mention: ``text`` is ``article.text[start:end]`` of the article ``source``.
Mention = SourceSpan


@dataclass(frozen=True)
class Entity:
    """One person, organisation, place or other named thing of the story, with every mention.

    ``id`` is stable for the same input ("e1", "e2", ... most mentioned first); ``name`` is the
    fullest form the articles use; ``kind`` is one of :data:`ENTITY_KINDS`.
    """

    id: str
    name: str
    kind: str
    mentions: tuple[Mention, ...]
    key: str = ""  # the normalised name words (and suffix): the detail key of the entity

    @property
    def sources(self) -> tuple[str, ...]:
        """The articles that mention the entity, sorted."""
        return tuple(sorted({m.source for m in self.mentions}))

    def names_in(self, source: str) -> tuple[str, ...]:
        """The distinct names ``source`` uses for the entity, most frequent first."""
        counts = Counter(m.text for m in self.mentions if m.source == source)
        return tuple(sorted(counts, key=lambda t: (-counts[t], -len(t), t)))

    def to_dict(self) -> dict[str, Any]:
        """Return the entity as JSON-ready data (``comparison.entities`` of report.json)."""
        return {"id": self.id, "name": self.name, "kind": self.kind, "mentions": [m.to_dict() for m in self.mentions]}


@dataclass(frozen=True)
class Cast:
    """Every entity of a story and where each article names it."""

    entities: tuple[Entity, ...]
    _by_span: Mapping[tuple[str, int, int], str] = field(default_factory=dict, repr=False)
    _by_source: Mapping[str, tuple[tuple[int, int, str], ...]] = field(default_factory=dict, repr=False)
    _by_id: Mapping[str, Entity] = field(default_factory=dict, repr=False)
    _aliases: frozenset[tuple[str, int, int]] = field(default_factory=frozenset, repr=False)

    def entity(self, entity_id: str) -> Entity:
        """Return the entity with ``entity_id``."""
        return self._by_id[entity_id]

    def is_alias(self, source: str, start: int, end: int) -> bool:
        """Whether the mention at ``start:end`` of ``source`` is an alias the article introduces
        ("the alias Carlos Danger"): its entity is the person, but the name is a detail of its own."""
        return (source, start, end) in self._aliases

    def at(self, source: str, start: int, end: int) -> Entity | None:
        """The entity of the mention that overlaps ``start:end`` in ``source`` (the longest), if any."""
        exact = self._by_span.get((source, start, end))
        if exact:
            return self._by_id[exact]
        best: tuple[int, str] | None = None
        for m_start, m_end, entity_id in self._by_source.get(source, ()):
            if m_start < end and start < m_end:
                overlap = min(end, m_end) - max(start, m_start)
                if best is None or overlap > best[0]:
                    best = (overlap, entity_id)
        return self._by_id[best[1]] if best else None

    @cached_property
    def _mention_texts(self) -> dict[tuple[str, str, int], tuple[str, ...]]:
        # (entity id, source, start) -> the texts of the entity's mentions there, in mention
        # order: resolve() looked for them by walking every mention of the entity, so each quote
        # of a long story walked all of the story's mentions of everyone its article names.
        found: dict[tuple[str, str, int], list[str]] = {}
        for entity in self.entities:
            for m in entity.mentions:
                found.setdefault((entity.id, m.source, m.start), []).append(m.text)
        return {key: tuple(texts) for key, texts in found.items()}

    def mention_span(self, source: str, start: int, end: int) -> tuple[int, int] | None:
        """The ``(start, end)`` of the mention :meth:`at` finds for ``start:end``, if any: where
        the cast reads the name, which may be shorter than a detail ("New York" in "The New York
        Democrat")."""
        if (source, start, end) in self._by_span:
            return start, end
        best: tuple[int, int, int] | None = None
        for m_start, m_end, _ in self._by_source.get(source, ()):
            if m_start < end and start < m_end:
                overlap = min(end, m_end) - max(start, m_start)
                if best is None or overlap > best[0]:
                    best = (overlap, m_start, m_end)
        return (best[1], best[2]) if best else None

    def resolve(self, source: str, name: str, span: tuple[int, int] | None = None) -> Entity | None:
        """The entity a name written in ``source`` refers to (a quote's speaker), or ``None``.

        A name mention overlapping ``span`` decides; else a mention of ``source`` with the same
        name; else the person of ``source`` whose surname is the name's last word. Common nouns
        ("the memo", "officials") resolve to nothing.
        """
        if span is not None:
            found = self.at(source, span[0], span[1])
            if found is not None:
                return found
        parsed = _parse(name)
        if not parsed.core:
            return None
        candidates: Counter[str] = Counter()
        mention_texts = self._mention_texts
        for m_start, m_end, entity_id in self._by_source.get(source, ()):
            entity = self._by_id[entity_id]
            for text in mention_texts.get((entity_id, source, m_start), ()):
                other = _parse(text)
                if other.key == parsed.key:
                    # The same name outranks any count of surnames alone: "Tracy Martin" is not
                    # the Trayvon Martin an article calls "Martin" three times.
                    candidates[entity_id] += 1000
                elif other.core and other.core[-1] == parsed.core[-1] and entity.kind == "person":
                    candidates[entity_id] += 1
        if not candidates:
            return None
        best = max(candidates.values())
        winners = sorted(e for e, c in candidates.items() if c == best)
        return self._by_id[winners[0]] if len(winners) == 1 else None

    def spans(self, source: str) -> tuple[tuple[int, int, str], ...]:
        """Every named mention of ``source`` as ``(start, end, entity id)``, in text order."""
        return tuple(self._by_source.get(source, ()))

    def sources_of(self, entity_id: str) -> frozenset[str]:
        """The sources that mention the entity."""
        return frozenset(self._by_id[entity_id].sources)

    def to_list(self) -> list[dict[str, Any]]:
        """``comparison.entities``: every entity as JSON-ready data."""
        return [e.to_dict() for e in self.entities]


# ---------------------------------------------------------------------------------------------
# Reading one name


@dataclass(frozen=True)
class _Parsed:
    core: tuple[str, ...]  # normalised words that identify the name (titles, suffix, initials out)
    key: tuple[str, ...]  # core with designators dropped and aliases applied
    suffix: str
    acronym: str  # the letters, lower case, when the name is written as initials
    initials: str = ""  # the initials of the whole name ("usaf" for "United States Air Force")


@lru_cache(maxsize=65536)
def _parse(surface: str) -> _Parsed:
    surface = _site_words(surface)
    # "John “Tig” Tiegen": a nickname in quotation marks inside a name is no word of its key.
    surface = _QUOTED_NICKNAME.sub(" ", surface)
    words = [ABBREVIATIONS.get(w, w) for w in map(normalise_word, name_words(surface))]
    words = [w for w in words if w]
    if _VERSUS.search(surface):
        # "Roe v. Wade": a case's name is its two parties and "v", whole (no initial dropped).
        return _Parsed(tuple(words), tuple(words), "", "", "")
    if len(words) == 1 and members_of(surface):
        words = [members_of(surface)]  # "GOPers" are the GOP's members: the GOP's row
    if len(words) == 1 and surface.endswith(".") and words[0] in STATE_ABBREVIATIONS:
        words = STATE_ABBREVIATIONS[words[0]].split()  # "Mo." is Missouri
    # "General Motors", "Defense Department": a title word that starts an organisation's name stays.
    if not (words and (words[-1] in ORG_HEADS or title_opens_company(words))):
        while len(words) > 1 and (words[0] in TITLES or words[0] in HONORIFICS):
            words = words[1:]
        # "RNC Co-Chairwoman Ann Wagner", "White House Counsel Robert Bauer": a body and a
        # person's title before a full name; the name is what follows the last title word.
        last_title = max((k for k, w in enumerate(words[:-2]) if w in PERSON_TITLES or w in TITLES), default=-1)
        # ("Office of the Historian of the House": a title after "of" is the body's object.)
        if last_title > 0 and words[last_title - 1] not in ("of", "the") and all(w[:1].isalpha() for w in words[last_title + 1:]):
            words = words[last_title + 1:]
    # "Chicago-based Boeing", "December GM": a modifier before a name is not part of it.
    while len(words) > 1 and (words[0].endswith("-based") or words[0] in _DATE_WORDS):
        words = words[1:]
    while len(words) > 1 and (words[-1] in CORPORATE_SUFFIXES or words[-1] in _DATE_WORDS):
        words = words[:-1]
    # "a national Gallup Poll ... Gallup’s survey": a poll named for its pollster is the
    # pollster's (the "Iowa Poll" is no mention of Iowa).
    # (The "Ames Straw Poll" is a vote, named for its town, not a pollster's.)
    if len(words) > 1 and words[-1] in _POLL_WORDS and words[-2] != "straw" and not is_place_name(" ".join(words[:-1])):
        words = words[:-1]
    # "Marine Corps Reserves" is the "Marine Corps Reserve": a body's head word in the plural.
    if len(words) > 1 and words[-1].endswith("s") and words[-1][:-1] in ORG_HEADS:
        words = words[:-1] + [words[-1][:-1]]
    suffix = ""
    while words and words[-1] in SUFFIXES and len(words) > 1:
        suffix = words[-1]
        words = words[:-1]
    # "Justin Trudeau of Canada": a qualifier after a person's name.
    if "of" in words:
        cut = words.index("of")
        # A person's two or three words, then "of" and a place; "Bank of Japan" (one word
        # before "of") and "Federal Bureau of Investigation" (a body's head word) stay whole.
        # ("the Virginia House of Delegates": a chamber before "of" is the legislature's own name.)
        if (2 <= cut <= 3 and words[cut - 1] not in ORG_HEADS and words[0] not in ORG_HEADS and words[0] not in TITLES
                and words[cut - 1] not in CHAMBERS):
            words = words[:cut]
    initials = acronym_of(tuple(words)) if len(words) >= 2 else ""
    firm = list(words)
    while len(firm) > 2 and firm[-1] in COMPANY_WORDS:
        firm.pop()  # "European Aeronautic Defence and Space Company" is EADS
    initials = initials + (" " + acronym_of(tuple(firm)) if len(firm) < len(words) else "")
    # "U.S. Conference of Catholic Bishops" is the "United States Conference of ...": the
    # country's short form before a longer name is read as the country's full name.
    if len(words) > 1 and words[0] in ("us", "usa"):
        words = ["united", "states"] + words[1:]
    # "United States Air Force", "U.S. Senate", "U.S. Constitution": the country before a
    # body's name (the story's "Senate" is the one its outlets call the "U.S. Senate").
    for prefix in _COUNTRY_PREFIXES:
        if len(words) > len(prefix) and tuple(words[:len(prefix)]) == prefix and (
                words[-1] in ORG_HEADS or words[len(prefix):] in (["capitol"], ["house"])):
            words = words[len(prefix):]
            break
    # "Republican Senate candidates", "Congressional Republicans": a party's or Congress's
    # adjective before a chamber or a party's members describes them; it names nothing more.
    if len(words) == 2 and words[0] in GROUP_MODIFIERS and words[1] in CHAMBERS | frozenset(("republicans", "democrats")):
        words = words[1:]
    # "The Senate GOP's threat" is "all 42 Senate Republicans": a party's short name after a
    # chamber is its members there (issue #13).
    if len(words) == 2 and words[0] in CHAMBERS and words[1] == "gop":
        words = [words[0], "republicans"]
    # Middle initials: "Robert S. Mueller" is Robert Mueller; a leading one too: "A. Barry Rand"
    # is the Barry Rand other articles name.
    if len(words) > 2 and len(words[0]) == 1 and len(words[1]) > 1 and f"{words[0].upper()}." in name_words(surface):
        words = words[1:]
    if len(words) > 2:
        words = [words[0]] + [w for w in words[1:-1] if len(w) > 1] + [words[-1]]
    core = tuple(w for w in words if w not in CONNECTORS and w != "the")
    named = _head_last(tuple(w for w in core if w not in DESIGNATORS) or core)
    if len(core) >= 2 and core[-1] in CHAMBERS and is_place_name(" ".join(core[:-1])):
        # "the Kentucky House", "the Ohio House": a state's chamber is its legislature, no
        # mention of the state ("Kentucky supporters"), though "House" is a place's designator.
        named = core
    key = ALIASES.get(named) or ALIASES.get(core) or named  # "House of Representatives" before "house" is dropped
    letters = surface.replace(".", "")
    # "NAFTA" and "Nafta" may stand for an expansion; only capitals say "organisation" on their own.
    acronym = letters.lower() if len(core) == 1 and is_acronym(surface) else ""
    return _Parsed(core, key, suffix, acronym, initials)


_QUOTED_NICKNAME = re.compile(r"(?<=\w)\s+[“\"‘'][A-Z][\w’'\-]*[”\"’']\s+(?=[A-Z])")
# "UnitedGunGroup.com", "GunBroker.com": a site's address, its name's words run together.
_SITE = re.compile(r"([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)\.(?:com|org|net)\.?")
_CAMEL_PART = re.compile(r"[A-Z][a-z0-9]+|[A-Z]+(?![a-z])")
# Heads a body's name may open ("Department of Justice") or close ("Justice Department").
_FRONT_HEADS = frozenset("department ministry".split())
# What follows a news organisation's name in its channel's ("Fox News Channel" is Fox News).
_CHANNEL_WORDS = frozenset("channel network".split())


def _site_words(surface: str) -> str:
    """A site's address read as its name: "UnitedGunGroup.com" is "United Gun Group", the company
    other outlets name in words; any other surface is returned as it is."""
    site = _SITE.fullmatch(surface.strip())
    if not site:
        return surface
    parts = _CAMEL_PART.findall(site.group(1))
    return " ".join(parts) if len(parts) >= 2 and "".join(parts) == site.group(1) else surface


def _head_last(words: tuple[str, ...]) -> tuple[str, ...]:
    """The name words in one order whatever order the writer chose: "Department of Justice" is
    the "Justice Department", "Ministry of Defence" the "Defence Ministry"; a news organisation's
    channel is the organisation ("Fox News Channel" is "Fox News")."""
    if len(words) >= 2 and words[0] in _FRONT_HEADS:
        words = words[1:] + words[:1]
    if len(words) >= 3 and words[-1] in _CHANNEL_WORDS and words[-2] in PUBLICATION_HEADS:
        words = words[:-1]
    return words


def leading_country(name: str) -> str:
    """The cast key of the country that opens a longer name, or "".

    "U.S. Capitol", "United States Senate", "UK Parliament" name their country too: an article
    with one of them mentions the United States (or Kingdom) even when it never names it alone.
    """
    words = [ABBREVIATIONS.get(w, w) for w in map(normalise_word, name_words(name))]
    for prefix in _COUNTRY_PREFIXES:
        if len(words) > len(prefix) and tuple(words[:len(prefix)]) == prefix:
            return " ".join(ALIASES.get(prefix, prefix))
    return ""


def _kind_votes(article: Article, detail: Detail, parsed: _Parsed) -> str:
    """What the text around one mention says it is: person, organisation, place or nothing."""
    text = article.text
    last = parsed.core[-1] if parsed.core else ""
    # ("her husband, Bill, ...": a lone given name that is a document's head word too, with no
    # article before it, is a person's, no bill.)
    lone_given = (len(parsed.core) == 1 and is_given_name(last) and detail.text[:1].isupper()
                  and not _ARTICLE_BEFORE.search(text, max(0, detail.start - 5), detail.start))
    if (last in DOCUMENT_HEADS and not parsed.acronym and not lone_given) or _is_case(parsed.core):
        return "other"  # "the Constitution", "the Affordable Care Act": a document, whatever the words around it
    if len(parsed.core) >= 2 and last in CHAMBERS and is_place_name(" ".join(parsed.core[:-1])):
        return "organisation"  # "the Kentucky House", "the Ohio Senate": a state's legislature
    # "anyone who never took the LSAT", "passed the SAT": initials taken or passed are a test's,
    # no organisation ("took the ACLU to court" is one).
    if parsed.acronym and _TEST_TAKEN.search(text, max(0, detail.start - 30), detail.start) \
            and not text.startswith(" to ", detail.end):
        return "other"
    if _place_of_republic(detail.text):
        return "place"
    # "members of the LGBT community", "the Muslim community": a name before "community" says
    # which people, a group of no organisation.
    if _COMMUNITY_AFTER.match(text, detail.end):
        return "other"
    # "Woke up to hear the devastating news from FL": a state's postal code after a preposition
    # of place is the state, not initials of a body.
    if (parsed.acronym and detail.text.isupper() and parsed.acronym in POSTAL_CODES
            and _POSTAL_PREPOSITION.search(text, max(0, detail.start - 8), detail.start)):
        return "place"
    # "the woman Americans admire most": a people ("Americans", "Pakistanis") is no person, whatever
    # role noun stands before it.
    if len(parsed.core) == 1 and parsed.core[0].endswith("s") and parsed.core[0][:-1] in demonyms():
        return "other"
    # A party's name, members or adjective ("Democrats", "the Republican Party") is the party.
    if parsed.key in _PARTY_KEYS:
        return "organisation"
    if (parsed.acronym and detail.text.replace(".", "").isupper() and parsed.key not in _COUNTRY_KEYS) or (
            last in ORG_HEADS and not lone_given):
        return "organisation"
    written = name_words(detail.text)
    group = _group_kind(written) or _place_by_state(written)
    if group:
        return group
    if is_news_outlet(detail.text):
        return "organisation"  # "reports USA Today", "the Syfy movie": a news organisation of the list
    # "Wal-Mart Stores Inc.": a company suffix ("Inc", "Corp", "Co.") is written only after a
    # company's name; "the House", "House of Representatives": a chamber is a body.
    if (len(written) > 1 and normalise_word(written[-1]) in CORPORATE_SUFFIXES) or _CORPORATE_AFTER.match(text, detail.end) \
            or parsed.core in _CHAMBER_NAMES:
        return "organisation"
    # "Office of Management and Budget", "National Commission on Fiscal Responsibility": a
    # body's head word, first or second, before the small word that joins its name (not a
    # run that swallowed a country first: "the U.S. Deutsche Bank of Germany"); "Wisconsin
    # GOP": a party's short name at the end.
    joined = [normalise_word(w) for w in written]
    if any(w in ORG_HEADS | BODY_HEADS | CHAMBERS and nxt in ("of", "on", "for", "to") for w, nxt in zip(joined[:2], joined[1:3])) or any(
            # (a body's head word anywhere before the first "of": "Gay and Lesbian Alliance Against
            # Defamation", never "William Owens of the Coalition of ...", a person of a body)
            w in BODY_HEADS and nxt in ("of", "on", "for", "to", "against") and "of" not in joined[:k]
            for k, (w, nxt) in enumerate(zip(joined, joined[1:]))) or (
            len(joined) > 1 and ALIASES.get((joined[-1],)) in _PARTY_KEYS):
        return "organisation"
    # ("Penn Station", "Kansas City"; a bare "State" is the department or the office, "low-level
    # State employees", "a secretary of State": a head word alone names no place, unless a
    # number names it: "Ohio's 16th District", "West Virginia's Third District".)
    # ("the Islamic State" is a group: a faith names no place; "Anita Hill" is a person's name.)
    if last in _PLACE_HEADS and (len(parsed.core) >= 2 or _ORDINAL_BEFORE.search(text, max(0, detail.start - 16),
                                                                               detail.start)) \
            and parsed.core[0] not in FAITH_WORDS and not (last in _SURNAME_HEADS and (
                is_given_name(parsed.core[0]) or _written_alone(text, written[-1]))):
        return "place"
    # "The Associated Press", "Oxford University Press": a press named by more than a given name
    # ("Jim Press" is a person) is a news agency or a publisher.
    if len(parsed.core) >= 2 and last == "press" and not is_given_name(parsed.core[0]):
        return "organisation"
    # "The Daily Beast", "the Daily Caller": a name opening on "Daily" is a publication's.
    if len(parsed.core) >= 2 and parsed.core[0] == "daily" and written[0] == "Daily":
        return "organisation"
    # The words around the mention, cut only when the name itself does not decide.
    before = text[max(0, detail.start - 40):detail.start].split()
    if parsed.core and parsed.core[0] in FAITH_WORDS:
        return ""  # "a Christian", "trust in God": a faith or its god, never a person or a place
    # "Historian Alan Brinkley of Columbia University": a person's title and a given name open
    # the mention, whatever body follows "of".
    if len(written) >= 3 and normalise_word(written[0]) in PERSON_TITLES and is_given_name(normalise_word(written[1])):
        return "person"
    # "Alabama Securities Commissioner Thomas Krebs": a person's title inside the mention, right
    # before the two or three words the name is read as.
    cut = len(written) - len(parsed.core)
    if (cut > 0 and 2 <= len(parsed.core) <= 3 and normalise_word(written[cut - 1]) in PERSON_TITLES
            and tuple(normalise_word(w) for w in written[cut:]) == parsed.core):
        return "person"
    # "the president's Christian": a possessive names its owner, not a title of the name after it.
    # ("... as president,” Gallup’s Jeffrey M. Jones wrote": a title ends its clause before a
    # comma or a quote mark and titles no name after it; "Sen." keeps its dot.)
    if (before and normalise_word(before[-1]) in PERSON_TITLES and not before[-1].endswith(("'s", "’s"))
            and (before[-1][-1:].isalpha() or (before[-1].endswith(".") and len(before[-1]) <= 5))):
        return "person"
    # "Chief of Staff Rahm Emanuel", "Secretary of State Hillary Clinton": a title, "of" and its
    # object before a name of two words or more.
    if (len(before) >= 3 and len(parsed.core) >= 2 and before[-2].lower() == "of" and before[-1][:1].isupper()
            and normalise_word(before[-3]) in TITLES):
        return "person"
    after = text[detail.end:detail.end + 12].lstrip(" ,(").split()
    if after and PARTY_TAG.match(after[0].rstrip(",);")):
        return "person"
    # "outside Chick-fil-A restaurants": a brand before its outlets is a company, whatever
    # preposition comes before it (a listed place is not: "Atlanta restaurants").
    if (text[detail.end:detail.end + 1] == " " and after and parsed.key not in _place_keys()
            and after[0].lower().strip(".,;:’'").removesuffix("s") in BUSINESS_NOUNS):
        return "organisation"
    # "Newsweek magazine", "the Hill newspaper": a publication or firm, whatever preposition
    # comes before it ("in Newsweek" is not a place).
    if text[detail.end:detail.end + 1] == " " and after and after[0].lower().strip(".,;:’'") in _MEDIA_NOUNS:
        return "organisation"
    # "a yearly Gallup poll", "Gallup’s survey": a name before its poll is a pollster's ("Trump's
    # poll numbers" are no poll of his); "Pentagon spokesman Jeff Davis", "White House spokesman
    # Josh Earnest": an institution's spokesman.
    if _POLLSTER_AFTER.match(text, detail.end) or _SPOKESMAN_AFTER.match(text, detail.end):
        return "organisation"
    # "director of the Critical Threats Project", "president of the Media Research Center":
    # one who leads "the" named thing leads a body (a country stays a place, read by the cast).
    if _LEADS_THE_BEFORE.search(text, max(0, detail.start - 40), detail.start) \
            and not text.startswith(("’s", "'s"), detail.end):
        return "organisation"
    # "excerpts of his speech released by the White House", "As reported by Western Journalism":
    # what releases, reports or publishes a text, named with "the" or by two words or more with
    # no given name first, is a body or a publisher ("reported by John Smith" is a person's).
    released = _RELEASED_BY.search(text, max(0, detail.start - 40), detail.start)
    if (released and (released.group(1) or len(parsed.core) >= 2) and parsed.core and not is_given_name(parsed.core[0])
            and parsed.key not in _place_keys() and not _HOSTS_WORK.match(text, detail.end)
            # ("published by the Bush campaign": the noun after the name publishes, not the name.)
            and not _NOUN_AFTER.match(text, detail.end)):
        return "organisation"
    context = _context_kind(text, detail.start, detail.end, parsed)
    if context:
        return context
    # ("West Hollywood" opens with a given name but is a city of the place list.)
    if (len(parsed.core) >= 2 and is_given_name(parsed.core[0]) and not any(ch.isdigit() for ch in detail.text)
            and parsed.key not in _place_keys()
            # ("in West Hartford", "the West Wing": a place's opening word after "in" or "the".)
            and not (parsed.core[0] in _PLACE_OPENERS and before and before[-1].lower() in _PLACE_PREPOSITIONS | {"the"})):
        return "person"
    # "in Tokyo" is a place; "changes in Social Security", "cuts in Medicare" say what changes.
    if before and before[-1].lower() in _PLACE_PREPOSITIONS and not (
            len(before) > 1 and before[-2].lower().strip(",") in CHANGE_NOUNS and parsed.key not in _place_keys()):
        return "place"
    # "San Diego, Calif.", "Dayton, Ohio": a name followed by its state is a city.
    state = _STATE_AFTER.match(text, detail.end)
    if state and (is_place_name(state.group(1)) or (state.group(1).endswith(".")
                                                       and normalise_word(state.group(1)) in STATE_ABBREVIATIONS)):
        return "place"
    # "from Brownsville to San Diego": the two ends of a stretch are places.
    if (before and before[-1] == "from" and _TO_NAME.match(text, detail.end)) or (
            len(before) >= 3 and before[-1] == "to" and "from" in before[-4:-1] and before[-2][:1].isupper()):
        return "place"
    return ""


def _written_alone(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` as a name on its own, neither after a capitalised word nor
    after "the" ("Anita Hill testified ... Hill said": a surname; "Capitol Hill ... on the Hill")."""
    for match in re.finditer(rf"\b{re.escape(word)}\b", text):
        before = text[max(0, match.start() - 30):match.start()].split()
        if not before or before[-1][-1] in ".!?:;,”\"" or not (before[-1][:1].isupper() or before[-1].lower() == "the"):
            return True
    return False


def _place_of_republic(text: str) -> str:
    """"place" for a country's long name ("Republic of Azerbaijan", "the Republic of Korea"):
    "Republic" and "of" before a listed country, else ""."""
    words = name_words(text)
    if len(words) >= 3 and normalise_word(words[0]) == "republic" and words[1] == "of" \
            and is_place_name(" ".join(words[2:])):
        return "place"
    return ""


def _group_kind(written: list[str]) -> str:
    """"organisation" for a group named for its members and its cause ("Democrats for Life",
    "Priests for Life", "Veterans Against the War"): a capitalised plural, then "for" or
    "against"; else ""."""
    if len(written) >= 3 and written[1] in ("for", "against") and written[0][:1].isupper() \
            and written[0].endswith("s") and not written[0].endswith(("ss", "'s", "’s")):
        return "organisation"
    return ""


def _place_by_state(written: list[str]) -> str:
    """"place" for a name ending in a state's dotted abbreviation or "D.C." ("Washington D.C.",
    "Kansas City, Mo."), else ""."""
    if len(written) >= 2 and written[-1].endswith(".") and (
            written[-1] == "D.C." or normalise_word(written[-1]) in STATE_ABBREVIATIONS):
        return "place"
    return ""


_ORDINAL_BEFORE = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
                             r"|tenth|eleventh|twelfth)\s+$", re.I)
_TEST_TAKEN = re.compile(r"\b(?:take|takes|took|taken|taking|retake|retook|pass|passes|passed|passing|fail|fails|failed"
                         r"|failing|sit|sat|ace|aced)\s+the\s+$", re.I)
_CORPORATE_AFTER = re.compile(r",?\s(?:Inc|Corp|Co|Ltd|LLC|PLC)\b\.?")
_CHAMBER_NAMES = frozenset({("house",), ("house", "representatives"), ("house", "commons"), ("house", "lords")})
# What an appositive's head noun is followed by: the end of the appositive or a preposition or
# a relative word ("a longtime aide to", "president of", "the ... director."), never a verb
# ("Michigan, the state's governor said": "governor" is the subject of "said", not Michigan).
_HEAD_END = frozenset("of to in at for from on with who whose which that and since".split())
_DETERMINER_OPENERS = frozenset("a an the his her its their one another".split())
_APPOSITIVE = re.compile(r"\.?,\s+([^,.;:()\"“”\n]{1,80})")
_WORD = re.compile(r"[^\s]+")
_NAME_RUN = r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)*"
# "his wife, Huma Abedin", "justices, Elena Kagan and Sonia Sotomayor": a role noun, a comma,
# then a list of names ending at this one.
_ROLE_LIST_BEFORE = re.compile(r"\b([a-z][\w\-]*),\s+(?:" + _NAME_RUN + r"(?:,\s+|\s+and\s+))*$")
# "Gentry Collins, who resigned": a relative "who" refers back to a person.
_WHO_AFTER = re.compile(r",?\s+who\b")
# "Twitter, which does not comment on individual user accounts": "which" says not a person,
# and what comments, says or declines is then an organisation.
_WHICH_SAYS = re.compile(r",\s+which\s+(?:[\w’'\-]+\s+){0,4}?(?:comments?|commented|said|says|declined|announced|"
                         r"confirmed|denied|told|stated|issued|responded)\b")
_AMBIGUOUS_BEFORE_NAME = frozenset("""official chief executive deputy veteran member star head fund lobby brand label
    school team chain bank station""".split())
_VERB_OPENERS = frozenset("to will would can could should may might must did does do not".split())
_GOVERNING = frozenset("of in at to from for with by on near".split())
# "the Bush administration", "the Bush-era tax cuts": a president's administration or era.
_ADMINISTRATION_AFTER = re.compile(r"(?:\s+administration|-era)\b")


def _noun_kind(word: str) -> str:
    """person or organisation when ``word`` (any case, possessive or not) is a role or a body's noun."""
    word = word.lower().strip(".,;:’'\"“”").removesuffix("’s").removesuffix("'s")
    return "person" if word in PERSON_ROLES else "organisation" if word in ORGANISATION_NOUNS else ""


def _appositive_kind(text: str, end: int) -> str:
    """The kind an appositive right after a name gives it: its head noun's ("Gentry Collins, the
    committee's former political director"; "Third Way, a moderate Democratic group in ...")."""
    match = _APPOSITIVE.match(text, end)
    if not match:
        return ""
    words = _WORD.findall(match.group(1))
    if not words or not (words[0][:1].islower() or words[0][:1].isdigit()):
        return ""  # "Reince Preibus, Ann Wagner": a list of names, no appositive
    # After a determiner the head may come a few words on; without one it opens the appositive
    # ("president of Third Way") or follows one modifier ("longtime aide to").
    reach = 6 if words[0].lower() in _DETERMINER_OPENERS else 2
    for k, word in enumerate(words[:reach]):
        # A possessive ("the committee's") or a noun used as a modifier ("a party official")
        # is not the head: the head ends the phrase or comes before a preposition.
        # A capitalised body's noun belongs to a name inside the phrase ("a University of Tennessee
        # law professor": the head is "professor", not the university); a capitalised title may
        # head it ("Dana Perino, the White House Press Secretary").
        kind = "" if word.endswith(("’s", "'s")) else _noun_kind(word)
        if kind == "organisation" and word[:1].isupper():
            kind = ""
        following = words[k + 1].lower() if k + 1 < len(words) else ""
        if kind and (not following or following in _HEAD_END):
            return kind
    return ""


def _context_kind(text: str, start: int, end: int, parsed: _Parsed) -> str:
    """What the words around a mention say it is, each rule a student can check on the text:

    * a role noun right before ("political director Gentry Collins", "star Ginger Lee") or a
      body's noun ("centrist think tank Third Way", "a coalition of groups called Strengthen
      Social Security");
    * a role noun, a comma and a list of names ending here ("his wife, Huma Abedin");
    * an appositive's head noun after the name ("Huma Abedin, a longtime aide to ...");
    * "X, who ..." (a person), "X, which does not comment ..." (an organisation);
    * "the Bush administration" (a president's administration: the name is a person's);
    * a possessive before a full name that then speaks ("Twitter's Adam Sharp wrote").
    """
    before = text[max(0, start - 60):start].split()
    # (Not across punctuation: 'as president,” Gallup’s Jeffrey M. Jones wrote'.)
    if before and before[-1][:1].islower() and before[-1][-1:].isalpha():
        kind = _noun_kind(before[-1])
        if before[-1] in ("called", "named"):  # "a coalition of groups called ...", "a man named ..."
            kind = next((k for k in map(_noun_kind, reversed(before[-5:-1])) if k), "")
        # "the official White House briefing", "to fund Obamacare": a role or body word that is
        # also an adjective or a verb says nothing right before a name, nor does any word after
        # "to" or a modal ("will host Obama").
        if (kind and not before[-1].endswith(("’s", "'s")) and before[-1] not in _AMBIGUOUS_BEFORE_NAME
                and not (len(before) > 1 and before[-2].lower() in _VERB_OPENERS)):
            return kind
    role_list = _ROLE_LIST_BEFORE.search(text, max(0, start - 120), start)
    if role_list and _noun_kind(role_list.group(1)):
        return _noun_kind(role_list.group(1))
    # "Ann Wagner of Missouri, an ambassador to Luxembourg", "an aide to Hillary Clinton, who
    # ...": after "of", or a preposition after a name or a role noun, the name is the object
    # inside a longer phrase, which the appositive or "who" may describe; no person is read
    # from them then ("married to Huma Abedin, an aide" still is).
    governed = bool(before) and (before[-1] == "of" or (before[-1] in _GOVERNING and len(before) > 1 and (
        before[-2][:1].isupper() or bool(_noun_kind(before[-2])))))
    kind = _appositive_kind(text, end)
    if kind and not (governed and kind == "person"):
        return kind
    one_plural = len(parsed.core) == 1 and parsed.core[0].endswith("s")  # "Democrats, who": a group
    # "black farmers and American Indians who claimed": "who" with no comma before it restricts
    # a plural noun (a people, a group); a person's name takes ", who" (issue #13).
    group = bool(parsed.core) and parsed.core[-1].endswith("s") and not parsed.core[-1].endswith("ss") \
        and text[end:end + 1] != ","
    # ("a U.S. citizen born in Pakistan who tried": after a preposition of place "who" goes back
    # to the person before it.)
    placed = bool(before) and before[-1].lower() in _PLACE_PREPOSITIONS
    if (_WHO_AFTER.match(text, end) and not one_plural and not group and parsed.key not in _PARTY_KEYS and not governed
            and not placed):
        return "person"
    if _WHICH_SAYS.match(text, end):
        return "organisation"
    # (Not a word the article also writes in lower case: "Depression-era" names a period.)
    if len(parsed.core) == 1 and _ADMINISTRATION_AFTER.match(text, end) and not re.search(
            rf"\b{re.escape(parsed.core[0])}\b", text):
        return "person"
    words = name_words(text[start:end])
    if (before and before[-1].endswith(("’s", "'s")) and before[-1][:1].isupper() and 2 <= len(words) <= 3
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and not any(normalise_word(w) in ORG_HEADS | COMPANY_WORDS | _PLACE_HEADS | DESIGNATORS for w in words)
            and _after_pattern().match(text, end)):
        return "person"
    # "Trump mocked Jeb Bush and Marco Rubio’s protestations": a full name joined by "and" to a
    # person's full name (one opening on a known given name) is a person's too.
    # ("the home of Douglas Aircraft and McDonnell Douglas": a partner whose last word the text
    # writes in lower case, "aircraft", is a firm's name.)
    partner = _PARTNER_BEFORE.search(text, max(0, start - 40), start) or _PARTNER_AFTER.match(text, end)
    if (partner and is_given_name(partner.group(1).lower())
            and not re.search(rf"\b{re.escape(partner.group(2).lower())}\b", text) and 2 <= len(words) <= 3
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and not any(normalise_word(w) in ORG_HEADS | COMPANY_WORDS | _PLACE_HEADS | DESIGNATORS | CHAMBERS for w in words)
            and parsed.key not in _place_keys() and not (before and before[-1].lower() == "the")):
        return "person"
    # "who served as Mitt Romney's chief strategist", "Jeb Bush's wife": one serving a full name or
    # kin to it serves a person (a body's name has a head word: "the White House's chief strategist").
    if (2 <= len(words) <= 3 and _SERVES_AFTER.match(text, end) and all(w[:1].isupper() and w.isalpha() for w in words)
            and not any(normalise_word(w) in ORG_HEADS | COMPANY_WORDS | _PLACE_HEADS | DESIGNATORS | CHAMBERS | _MEDIA_NOUNS
                        for w in words) and parsed.key not in _place_keys()):
        return "person"
    # "a former special policy adviser to Mitt Romney", "an aide to John Kasich": one who serves a
    # full name serves a person (a body's name has a head word: "an adviser to the Senate
    # Finance Committee"; a place is no one's: "an envoy to North Korea").
    if (2 <= len(words) <= 3 and _SERVES_BEFORE.search(text, max(0, start - 40), start)
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and not any(normalise_word(w) in ORG_HEADS | COMPANY_WORDS | _PLACE_HEADS | DESIGNATORS | CHAMBERS | _MEDIA_NOUNS
                        for w in words) and parsed.key not in _place_keys() and not is_place_name(" ".join(words))):
        return "person"
    # "on Sean Hannity's radio show", "Maureen Dowd's column": the host's or the writer's own
    # work; a body's or a network's name has a head word ("Fox News's show": "News").
    if (2 <= len(words) <= 3 and _HOSTS_WORK.match(text, end) and all(w[:1].isupper() and w.isalpha() for w in words)
            and not any(normalise_word(w) in ORG_HEADS | COMPANY_WORDS | _PLACE_HEADS | DESIGNATORS | _MEDIA_NOUNS
                        for w in words) and parsed.key not in _place_keys()):
        return "person"
    return ""


_HOSTS_WORK = re.compile(r"[’']s\s+(?:(?:radio|television|TV|talk|cable|weekly|daily|nightly)\s+)?"
                         r"(?:show|program|programme|podcast|column|blog|memoir)\b")


_SERVES_AFTER = re.compile(r"[’']s\s+(?:[a-z]+\s+)?(?:chief\s+|top\s+|senior\s+|campaign\s+)?(?:strategist|adviser|advisor|aide|"
                           r"spokesman|spokeswoman|wife|husband|son|daughter|father|mother|brother|sister|running\s+mate"
                           r"|campaign\s+manager|lawyer|chief\s+of\s+staff)\b")
# (A firm has advisers and lawyers too, "an adviser to Goldman Sachs": only the roles that serve a
# politician or a campaign.)
_NOUN_AFTER = re.compile(r"\s+(?!(?:on|in|at|to|of|for|from|with|and|or|but|as|that|which|who|last|this|earlier|late|"
                         r"early|on|before|after|since|until|when|while|said|says)\b)[a-z]")
_RELEASED_BY = re.compile(r"\b(?:released|reported|published|issued|distributed|posted|broadcast|aired)\s+by\s+(the\s+)?$")
_SERVES_BEFORE = re.compile(r"\b(?:aide|speechwriter|spokesman|spokeswoman|spokesperson|chief\s+of\s+staff|running\s+mate"
                            r"|(?:policy|political|campaign)\s+(?:adviser|advisor|strategist))\s+to\s+$")
_PARTNER_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+)\s+([A-Z][a-z]+)[’']?s?\s+and\s+$")
_PARTNER_AFTER = re.compile(r"(?:[’']s)?\s+and\s+([A-Z][a-z]+)\s+([A-Z][a-z]+)\b(?!\s+[A-Z])")
_PARTY_TAG_AFTER = re.compile(r"\s*\(?[RDI]-[A-Z]")
_COMMUNITY_AFTER = re.compile(r"\s+communit(?:y|ies)\b")
_POSTAL_PREPOSITION = re.compile(r"\b(?:in|from|to|across|near|outside)\s+$", re.I)
_POLLSTER_AFTER = re.compile(r"(?:[’']s)?\s+(?:poll|polls|survey|surveys|polling)\b(?!\s+(?:numbers|ratings|standing|lead))")
_SPOKESMAN_AFTER = re.compile(r"\s+(?:spokesman|spokeswoman|spokesperson)\b")
_LEADS_THE_BEFORE = re.compile(r"\b(?:director|president|chairman|chairwoman|chair|head|founder|co-founder|leader)\s+of\s+the\s+$")
# Last words of a part of a building, named after the building or alone ("the White House Situation
# Room", "the Situation Room"; "the West Wing").
_BUILDING_PARTS = frozenset("room wing".split())
# Place heads a story may write alone for its one place of that head ("the Hill", "the Valley").
_LONE_PLACE_HEADS = frozenset("hill valley strip".split())
# Place heads that are surnames too: "Capitol Hill" is a place, "Anita Hill" a person.
_SURNAME_HEADS = frozenset(("hill", "lodge"))  # "Henry Cabot Lodge" is a person


# First words of place names that are given names too: "in West Hartford" is a town.
_PLACE_OPENERS = frozenset("west east north south new port fort mount saint lake san santa".split())
_STATE_AFTER = re.compile(r",\s+([A-Z]\.[A-Z]\.|[A-Z][a-z]+\.|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)")
_TO_NAME = re.compile(r"\s+to\s+[A-Z]")


# ---------------------------------------------------------------------------------------------
# Clustering


@dataclass
class _Local:
    """A cluster within one article."""

    article: int
    key: tuple[str, ...]
    suffix: str
    acronym: str
    details: list[Detail]
    votes: Counter[str]
    keys: set[tuple[str, ...]] = field(default_factory=set)  # every name key its mentions use
    initials: set[str] = field(default_factory=set)  # initials of its longer names ("usaf")
    aliases: set[tuple[int, int]] = field(default_factory=set)  # spans of its mentions that are an alias ("Carlos Danger")
    middles: set[str] = field(default_factory=set)  # the middle initials its mentions write ("H.W.")

    @property
    def person(self) -> bool:
        return self.votes["person"] > 0 and self.votes["person"] >= self.votes["organisation"]


def build_cast(articles: Sequence[Article], details: Sequence[Iterable[Detail]] | None = None) -> Cast:
    """Find and cluster the named mentions of ``articles`` (distinct sources) into a :class:`Cast`.

    ``details`` may pass each article's already extracted details (only their ``entity`` ones are
    read) to save finding the names again.
    """
    per_article = [
        [d for d in (details[i] if details is not None else entity_details(a)) if d.kind == "entity"]
        for i, a in enumerate(articles)
    ]
    per_article = [_shared_surname(a.text, _split_and_labels(a, mentions)) for a, mentions in zip(articles, per_article)]
    per_article = _court_cases(articles, per_article)
    per_article = _known_names(articles, per_article)
    per_article = [_party_led(a, mentions) for a, mentions in zip(articles, per_article)]
    per_article = _implied_mentions(articles, per_article)
    genders = _genders(articles, per_article)
    # How often the whole story writes each full name: of two persons of one surname an article
    # names equally often, a bare surname there is the one the story is about.
    story_counts = Counter(_parse(d.value if isinstance(d.value, str) else d.text).key
                           for mentions in per_article for d in mentions)
    locals_: list[_Local] = []
    for i, (article, mentions) in enumerate(zip(articles, per_article)):
        locals_.extend(_cluster_article(i, article, mentions, genders, story_counts))
    groups = _cluster_story(locals_, [a.text for a in articles])
    return _assemble(articles, locals_, groups)


# Not inside a word, nor after an apostrophe inside one ("O'Neill"); an opening quote mark
# before the name ("'Afghanistan or Iraq'") leaves it a name the article writes.
_CAPITAL_WORD = re.compile(r"(?<![\w.-])(?<!\w[’'])[A-Z][\w’'.-]*[\w]")


# "Connecticut Attorney General and U.S. Senate": two titled bodies joined by "and".
_AND = re.compile(r" and ")


# A work's noun, then "titled" (or an opening quote mark): what follows is the work's title.
_WORK_TITLED = re.compile(r"\b(?:documentary|documentaries|film|movie|book|memoir|biography|show|series|album|song|play"
                          r"|novel|podcast|episode)\s+(?:(?:titled|entitled|called|named)\s+[“\"‘']?|[“\"‘'])$", re.I)


def _family_of(word: str, surnames: set[str]) -> bool:
    """Whether ``word`` is the plural of one of ``surnames`` ("Weiners", "Joneses"): a family."""
    return word not in surnames and (word.endswith("s") and word[:-1] in surnames
                                     or word.endswith("es") and word[:-2] in surnames)


def _split_and_labels(article: Article, mentions: list[Detail]) -> list[Detail]:
    """The mentions with two titled bodies joined by "and" split in two, and editors' labels dropped.

    A place before a party noun ("The New York Democrat") is a mention of the place.
    The name rules keep "House Ways and Means Committee" whole across "and"; a run whose part
    before "and" already ends in a person's title or a body's head word ("Connecticut Attorney
    General and U.S. Senate candidate Richard Blumenthal") is two names, each read on its own.
    An editor's label in capitals before a colon ("UPDATE: ...") names nothing.
    """
    out: list[Detail] = []
    text = article.text
    # Surnames of the article's full names: "the Weiners’ marriage", "the Obamas" name a family
    # (a couple), no entity of their own beside the person.
    surnames = {normalise_word(w[-1]) for w in map(name_words, (m.text for m in mentions))
                if len(w) >= 2 and not is_given_name(normalise_word(w[-1]))}
    written_elsewhere = Counter(m.text for m in mentions)
    written_elsewhere = {t for t, n in written_elsewhere.items() if n > 1}
    for d in _parallel_slogans(text, mentions):
        if d.text.isupper() and normalise_word(d.text) in EDITORIAL_LABELS and text[d.end:d.end + 1] == ":":
            continue
        d = _without_rank_or_former(d)
        words = name_words(d.text)
        if len(words) == 1 and d.text[:1].isupper() and _family_of(normalise_word(words[0]), surnames):
            continue
        if (_WORK_TITLED.search(text, max(0, d.start - 40), d.start)
                and ((len(words) == 1 and normalise_word(words[0]) in surnames) or d.text in written_elsewhere)):
            continue  # "A documentary titled Weiner": a work named after a person, no mention of the person
        if len(words) >= 2 and normalise_word(words[-1]).rstrip("s") in PARTY_NOUNS \
                and is_place_name(" ".join(normalise_word(w) for w in words[:-1])):
            # "The New York Democrat", "Texas Republicans": a party member from a place; the words
            # before the party noun name the place (the person is named elsewhere in the story).
            end = d.start + d.text.rindex(words[-1])
            end = d.start + len(d.text[:end - d.start].rstrip())
            surface = text[d.start:end]
            tokens = name_tokens(surface)
            if tokens:
                out.append(replace(d, end=end, text=surface, key="entity:" + " ".join(tokens), tokens=tokens))
                continue
        rest = [normalise_word(w) for w in words[1:]]
        # "Republican U.S. House Speaker Paul Ryan": the country before the chamber changes nothing.
        chamber = next((rest[len(p):] for p in _COUNTRY_PREFIXES if tuple(rest[:len(p)]) == p), rest)
        # "charging at Republican Mitt Romney's running mate": a party's adjective before a
        # person's full name describes the person.
        person = (len(words) in (3, 4) and normalise_word(words[0]) in PARTY_ADJECTIVES
                  and all(w[:1].isupper() and w.isalpha() for w in words[1:])
                  and not any(w in ORG_HEADS | BODY_HEADS | DESIGNATORS | CHAMBERS | _PLACE_HEADS | COMPANY_WORDS
                              or w in PARTY_NOUNS or (w,) in _place_keys() for w in rest)
                  and bool(is_given_name(rest[0]) or _SERVES_AFTER.match(text, d.end) or _PARTY_TAG_AFTER.match(text, d.end)))
        if person or (len(words) >= 2 and (normalise_word(words[0]) in PARTY_ADJECTIVES or words[0] == "GOP") and (
                " ".join(chamber) in CHAMBERS or is_place_name(" ".join(rest)))):
            # "the Republican Senate candidate", "a GOP Senate majority", "Democratic Missouri Sen.
            # Claire McCaskill": a party's adjective before a chamber or a state describes the
            # noun after them; the mention is the chamber, the state or the person alone (issue #13).
            start = d.start + d.text.index(words[1], len(words[0]))
            surface = text[start:d.end]
            tokens = name_tokens(surface)
            if tokens:
                out.append(replace(d, start=start, text=surface, key="entity:" + " ".join(tokens), tokens=tokens))
                continue
        parts = _AND.split(d.text)
        if (len(parts) == 2 and len(words) == 4 and normalise_word(words[0]) in PARTY_ADJECTIVES
                and normalise_word(words[1]) in CHAMBERS and normalise_word(words[3]) in CHAMBERS):
            # "Republican House and Senate members": the party's members of two chambers; the
            # mentions are the two chambers.
            for word in (words[1], words[3]):
                start = d.start + d.text.index(word, len(words[0]))
                out.append(replace(d, start=start, end=start + len(word), text=word, key="entity:" + word.lower(),
                                   tokens=(word.lower(),)))
            continue
        place_for = _PLACE_FOR.match(d.text)
        if place_for and is_place_name(place_for.group(1)) | is_city_name(place_for.group(1)):
            # "traveled to New York for Democratic Party fundraisers": a place, "for" and a body are
            # two names ("Democrats for Life", a group's name, opens on no place).
            for start, end in ((d.start, d.start + place_for.end(1)), (d.start + place_for.start(2), d.end)):
                surface = text[start:end]
                tokens = name_tokens(surface)
                if tokens:
                    out.append(replace(d, start=start, end=end, text=surface, key="entity:" + " ".join(tokens), tokens=tokens))
            continue
        if len(parts) == 2:
            left, right = (name_words(p) for p in parts)
            if (len(left) >= 2 and right and normalise_word(left[-1]) in PERSON_TITLES | ORG_HEADS
                    and normalise_word(right[-1]) in PERSON_TITLES | ORG_HEADS):
                cut = len(parts[0])
                for start, end in ((d.start, d.start + cut), (d.start + cut + 5, d.end)):
                    # "Connecticut Attorney General": the office's title after the place is no
                    # part of the place's name.
                    words = name_words(text[start:end])
                    while len(words) > 1 and normalise_word(words[-1]) in TITLES:
                        end = start + text[start:end].rindex(words[-1])
                        end = start + len(text[start:end].rstrip())
                        words = words[:-1]
                    surface = text[start:end]
                    tokens = name_tokens(surface)
                    if tokens:
                        out.append(replace(d, start=start, end=end, text=surface, key="entity:" + " ".join(tokens),
                                           tokens=tokens))
                continue
        out.append(d)
    return out


_PLACE_FOR = re.compile(r"(.+?) for (?:the )?([A-Z].*)")
_FORMER_WORDS = frozenset(("former", "retired"))


def _without_rank_or_former(d: Detail) -> Detail:
    """The mention without a rank's abbreviation cut at its dot ("retired Army Lt. Gen. Mick
    Bednarek" gives the run "Army Lt": the Army) or a capitalised "Former" that opens a sentence
    ("Former House speaker Newt Gingrich": the House)."""
    words = name_words(d.text)
    if len(words) >= 2 and normalise_word(words[-1]) in RANK_ABBREVIATIONS:
        end = d.start + d.text.rindex(words[-1])
        surface = d.text[:end - d.start].rstrip()
    elif len(words) >= 2 and normalise_word(words[0]) in _FORMER_WORDS and words[1][:1].isupper():
        cut = d.text.index(words[1], len(words[0]))
        surface = d.text[cut:]
        return replace(d, start=d.start + cut, text=surface, key="entity:" + " ".join(name_tokens(surface)),
                       tokens=name_tokens(surface)) if name_tokens(surface) else d
    else:
        return d
    tokens = name_tokens(surface)
    return replace(d, end=d.start + len(surface), text=surface, key="entity:" + " ".join(tokens), tokens=tokens) if tokens else d


def _shared_surname(text: str, mentions: list[Detail]) -> list[Detail]:
    """The mentions with a given name that shares the full name after "and" read as that full name.

    "the parents, Khizr and Ghazala Khan", "Bill and Hillary Clinton": two persons of one family
    written with the surname once; the first given name stands for "Khizr Khan" (its ``value``,
    which the clustering reads). Both first words must be given names of the list, or the article
    must write the surname as a person's or a family's elsewhere ("Mr. Khan", "the Khans"):
    "Microsoft and Bill Gates", "Boeing and Lockheed Martin" name a firm beside another name.
    Neither may be a place ("Iowa and Mike Huckabee").
    """
    out = list(mentions)
    for k in range(len(out) - 1):
        d, nxt = out[k], out[k + 1]
        words, full = name_words(d.text), name_words(nxt.text)
        if (len(words) != 1 or len(full) != 2 or text[d.end:nxt.start] != " and " or isinstance(d.value, str)
                or not d.text[:1].isupper() or d.text.isupper() or not full[1][:1].isupper()):
            continue
        first, second = normalise_word(words[0]), normalise_word(full[0])
        if is_place_name(first) or is_place_name(second):
            continue
        # Two given names of the list, or the surname written as a person's or a family's
        # elsewhere ("Mr. Khan", "the Khans"): "Boeing and Lockheed Martin", "Airbus and
        # Dassault France" name no family.
        surname = re.escape(full[1])
        # ("Robert and Rebekah Mercer, the father-and-daughter conservative donors": a listed
        # given name first and an appositive in the plural after the pair say two persons too.)
        if not (is_given_name(first) and is_given_name(second)
                or re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+" + surname + r"\b|\bthe\s+" + surname + r"(?:e?s)\b", text)
                or is_given_name(first) and _plural_appositive(text, nxt.end)):
            continue
        out[k] = replace(d, value=f"{words[0]} {full[1]}", attrs=_FAMILY)
        out[k + 1] = replace(nxt, attrs=_FAMILY)
    return out


# ", the father-and-daughter conservative donors who", ", both longtime donors": a plural head noun.
_PLURAL_APPOSITIVE = re.compile(r",\s+(?:the|both|two)\s+(?:[\w\-’']+\s+){0,3}?([a-z][a-z\-]*[a-z]s)\b(?=[\s,.;:]|$)")


def _plural_appositive(text: str, end: int) -> bool:
    """Whether an appositive right after ``end`` is headed by a plural role or kin noun ("the
    father-and-daughter conservative donors", "the couple's two sons" is not: "the Bushes")."""
    match = _PLURAL_APPOSITIVE.match(text, end)
    if not match:
        return False
    noun = match.group(1)
    singular = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
    return singular in PERSON_ROLES or singular in GENDER_WORDS or singular in _PLURAL_PERSONS


# Plural nouns of persons that the role list holds in no singular ("donors", "parents", "siblings").
_PLURAL_PERSONS = frozenset("donor parent sibling couple philanthropist billionaire investor founder owner heir".split())
# "Roe v. Wade", "Brown vs. Board of Education": the parties of a lawsuit on either side of "v.".
_VERSUS = re.compile(r" (?:v\.|vs\.|versus) ")


def _is_case(key: tuple[str, ...]) -> bool:
    """Whether name words are a lawsuit's ("roe v wade"): a case of its own, never a party's row."""
    return len(key) >= 3 and any(w in ("v", "vs", "versus") for w in key[1:-1])


def _court_cases(articles: Sequence[Article], per_article: list[list[Detail]]) -> list[list[Detail]]:
    """The mentions with the two parties of a case read as the case: "Roe v. Wade" is one name,
    not "Roe" and "Wade" (the name rules cut the run at the lower-case "v."). When the story
    names a party elsewhere ("Betty Dukes" beside "Wal-Mart Stores v. Dukes"), the case's name
    mentions that party, and the two mentions stay."""
    def parties(text: str, first: Detail, second: Detail) -> bool:
        # Two names (not values) with only "v." between them.
        return (_VERSUS.fullmatch(text, first.end, second.start) is not None
                and not isinstance(first.value, str) and not isinstance(second.value, str))

    def paired(text: str, mentions: list[Detail]) -> set[int]:
        return {k + j for k in range(len(mentions) - 1) for j in (0, 1) if parties(text, mentions[k], mentions[k + 1])}

    pairs = [paired(a.text, mentions) for a, mentions in zip(articles, per_article)]
    if not any(pairs):
        return per_article
    # The words of every name written outside a case.
    elsewhere = {normalise_word(w) for mentions, inside in zip(per_article, pairs)
                 for k, d in enumerate(mentions) if k not in inside for w in name_words(d.text)}
    out_all: list[list[Detail]] = []
    for article, mentions in zip(articles, per_article):
        text = article.text
        out: list[Detail] = []
        for d in mentions:
            prev = out[-1] if out else None
            if prev is not None and parties(text, prev, d) and not any(
                        normalise_word(w) in elsewhere for w in name_words(prev.text) + name_words(d.text)):
                out.pop()
                d = replace(prev, end=d.end, text=text[prev.start:d.end], key=f"{prev.key} v {d.key}",
                            tokens=prev.tokens + ("v",) + d.tokens)
            out.append(d)
        out_all.append(out)
    return out_all


_FAMILY = (("family", "1"),)  # a mention of "Khizr and Ghazala Khan": two persons, one surname
# What stands before a full name and says its sex: "Mrs. Ghazala Khan", "her son, Humayun Khan".
_GENDER_BEFORE = re.compile(r"\b([A-Za-z]+)\.?,?\s+$")
# An appositive after it: "Khizr Khan, the father of a slain soldier".
_GENDER_APPOSITIVE = re.compile(r",\s+(?:the|a|an|his|her|their)\s+(?:[\w\-’']+\s+){0,2}?([a-z]+)\b")
_PRONOUN = re.compile(r"\b(he|his|she|her)\b")
# A pronoun a few words after it, no punctuation between ("Ghazala Khan says she received",
# "Khizr Khan pulled his copy"); farther, or past a comma or dash, it may be anyone's.
_PRONOUN_AFTER = re.compile(r"(?:\s+[a-z][\w’']*){0,3}?\s+(he|his|she|her)\b")


def _genders(articles: Sequence[Article], per_article: list[list[Detail]]) -> dict[tuple[str, ...], str]:
    """The sex the story's texts give each full name (name key -> "m" or "f"), where they agree.

    Read from an honorific or a kin noun before a mention ("Mrs. Ghazala Khan", "her son, Humayun
    Khan"), a kin noun heading its appositive ("Khizr Khan, the father of ..."), and the first
    "he", "his", "she" or "her" after it in its sentence when no other name stands between
    ("Ghazala Khan says she received a call"). Only what tells apart the persons of one surname
    (:func:`_cluster_article`) reads it.
    """
    votes: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for article, mentions in zip(articles, per_article):
        text = article.text
        for k, d in enumerate(mentions):
            key = _parse(d.value if isinstance(d.value, str) else d.text).key
            if len(key) < 2:
                continue
            words = name_words(_with_title(article, d).text)
            before = _GENDER_BEFORE.search(text, max(0, d.start - 24), d.start)
            # A word before the mention with a dot after it ends the last sentence ("her niece.
            # Nadir Qadri ..."), unless it is an honorific ("Mrs. Ghazala Khan").
            if before and "." in before.group() and normalise_word(before.group(1)) not in HONORIFICS:
                before = None
            for word in (words[0] if words and normalise_word(words[0]) in HONORIFICS else "",
                         before.group(1) if before else ""):
                if normalise_word(word) in GENDER_WORDS and not _PRONOUN.fullmatch(word.lower()):
                    votes[key][GENDER_WORDS[normalise_word(word)]] += 1
            appositive = _GENDER_APPOSITIVE.match(text, d.end)
            if appositive and appositive.group(1) in GENDER_WORDS and not _PRONOUN.fullmatch(appositive.group(1)):
                votes[key][GENDER_WORDS[appositive.group(1)]] += 1
            limit = mentions[k + 1].start if k + 1 < len(mentions) else len(text)
            pronoun = _PRONOUN_AFTER.match(text, d.end, limit)
            if pronoun:
                votes[key][GENDER_WORDS[pronoun.group(1)]] += 1
    return {key: ("m" if v["m"] > v["f"] else "f") for key, v in votes.items() if v["m"] != v["f"]}


def _by_honorific(article: Article, short: _Local, same: list[_Local], genders: Mapping[tuple[str, ...], str],
                  story_counts: Mapping[tuple[str, ...], int] = {}) -> dict[int, list[Detail]]:
    """Which of ``same`` (the article's persons of one surname) each mention of the bare surname
    ``short`` names, by index in ``same``.

    "Mr. Khan" is the man, "Mrs. Khan" or "Ms. Khan" the woman (by :func:`_genders`); among
    several, and for a bare "Khan" or a title ("Captain Khan"), the one named most, then first:
    the article's subject. (Not the one named last: "former President Bill Clinton caused a
    furor ... Lynch still has the final say on whether Clinton faces prosecution" is Hillary.)
    Two named equally often: the one the whole story names more (``story_counts``), then the
    first ("Former Bill Clinton pollster Douglas Schoen ... Hillary Clinton ... a Clinton loss" in
    a story about her campaign is Hillary).
    """
    def subject(xs: list[int]) -> int:
        return min(xs, key=lambda x: (-len(same[x].details), -story_counts.get(same[x].key, 0), same[x].details[0].start))

    out: dict[int, list[Detail]] = defaultdict(list)
    for d in short.details:
        first = normalise_word(name_words(_with_title(article, d).text)[0])  # "Mr." stands before the mention
        sex = GENDER_WORDS.get(first) if first in HONORIFICS else None
        fits = list(range(len(same)))
        if sex:
            fits = ([x for x, p in enumerate(same) if genders.get(p.key) == sex]
                    or [x for x, p in enumerate(same) if p.key not in genders] or fits)
        out[subject(fits)].append(d)
    return out


def _parallel_slogans(text: str, mentions: list[Detail]) -> list[Detail]:
    """The mentions with a slogan of two parallel negative clauses made one ("repealing Don't
    Ask, Don't Tell": one policy's name, cut at its comma into two mentions; issue #13).

    Two mentions joined only by a comma, opening with the same negative contraction.
    """
    out: list[Detail] = []
    for d in mentions:
        prev = out[-1] if out else None
        first = d.text.split(" ", 1)[0]
        if (prev is not None and first.lower().replace("’", "'").endswith("n't") and prev.text.split(" ", 1)[0] == first
                and text[prev.end:d.start] == ", "):
            surface = text[prev.start:d.end]
            tokens = name_tokens(surface)
            if tokens:
                out[-1] = replace(prev, end=d.end, text=surface, key="entity:" + " ".join(tokens), tokens=tokens)
                continue
        out.append(d)
    return out


def _known_names(articles: Sequence[Article], per_article: list[list[Detail]]) -> list[list[Detail]]:
    """Add the one-word names the story uses mid-sentence where an article writes them in a
    headline or at a sentence start ("Boeing pushes back...", "Japan enters recession").

    The name rules cannot tell "Japan" from "Interestingly" at a sentence start without a
    mid-sentence use in the same article; the rest of the story supplies it.
    """
    known = {d.text for mentions in per_article for d in mentions if " " not in d.text and len(d.text) > 1}
    # Names of two or three capitalised words, for the headlines (:func:`_headline_names`).
    longer = sorted({d.text for mentions in per_article for d in mentions
                     if 2 <= len(d.text.split()) <= 3 and all(w[:1].isupper() for w in d.text.split())})
    if not known and not longer:
        return per_article
    out = []
    for article, mentions in zip(articles, per_article):
        text = article.text
        starts = [d.start for d in mentions]  # mentions are in text order and never overlap
        ends = [d.end for d in mentions]
        sentence_starts = [x.start for x in article.sentences]
        added = _headline_names(article, mentions, longer)
        for m in _CAPITAL_WORD.finditer(text):
            word = m.group()
            if word.endswith(("’s", "'s")):
                word = word[:-2]
            # "WASHINGTON (AP) —": a dateline in capitals names the place the story writes
            # "Washington" (the name rules take no capitals-only sentence opener).
            if word not in known and not (len(word) >= 4 and word.isupper() and word.title() in known):
                continue
            start, end = m.start(), m.start() + len(word)
            k = bisect.bisect_right(starts, start) - 1
            if (k >= 0 and ends[k] > start) or any(d.start <= start < d.end for d in added):
                continue  # inside a mention already found
            nxt = text[end:end + 2]
            if len(nxt) == 2 and nxt[0] == " " and nxt[1].isupper():
                continue  # part of a longer capitalised run the rules chose not to take
            if len(nxt) == 2 and nxt[0] == " " and nxt[1].islower() and _adjective(word):
                continue  # "the American people": an adjective before its noun, as the name rules read it
            if _WORK_TITLED.search(text, max(0, start - 40), start):
                continue  # "A documentary titled Weiner": a work's title (see :func:`_split_and_labels`)
            sentence = max(0, bisect.bisect_right(sentence_starts, start) - 1)
            added.append(Detail("entity", start, end, word, sentence, "entity:" + word.lower(), (word.lower(),)))
        out.append(sorted(mentions + added, key=lambda d: d.start) if added else mentions)
    return out


# "a Republican-led House panel", "the Democratic-controlled Senate": the party that leads or
# holds the body after it.
_PARTY_LED = re.compile(r"(?<![\w\-])(Republican|Democratic|Democrat|GOP)-(?:led|controlled|dominated|run|held|backed)\b")


def _party_led(article: Article, mentions: list[Detail]) -> list[Detail]:
    """The mentions with the party of "Republican-led", "Democratic-controlled" (which the name
    rules read as a modifier, no name): an article writing "a Republican-led House panel" names
    the Republicans."""
    text = article.text
    added = []
    for match in _PARTY_LED.finditer(text):
        start, end = match.span(1)
        if any(d.start < end and start < d.end for d in mentions):
            continue
        sentence = next((k for k, s in enumerate(article.sentences) if s.start <= start < s.end), 0)
        word = match.group(1)
        party = PARTY_LETTERS["D" if word.startswith("D") else "R"]  # read as the party it names
        added.append(Detail("entity", start, end, word, sentence, "entity:" + word.lower(), (word.lower(),), value=party))
    return sorted(mentions + added, key=lambda d: d.start) if added else mentions


def _headline_names(article: Article, mentions: list[Detail], longer: Sequence[str]) -> list[Detail]:
    """The names of two or three words the story writes mid-sentence, found whole in a headline in
    title case ("Senate Republicans: No Legislation Until After Tax Cut Extension"; issue #13).

    A title-case headline gives no names of its own (any word is capitalised there); a run the
    other articles write as a name is one, when no capitalised word stands right before or after it.
    """
    if not article.title_span or not longer:
        return []
    lo, hi = article.title_span
    text = article.text
    found: list[Detail] = []
    head = text[:hi]
    for name in longer:
        if name not in head:
            continue  # the pattern needs the name's exact characters: no pattern to build per name
        for m in re.finditer(r"(?<![\w’'.\-])" + re.escape(name) + r"(?![\w’'\-])", head):
            start, end = m.start(), m.end()
            before = text[lo:start].split()
            # ("Separation From Wife Huma Abedin": a role noun or a title before the name is no part of it.)
            if start < lo or (before and before[-1][:1].isupper() and not before[-1].endswith(":")
                              and normalise_word(before[-1]) not in PERSON_ROLES | TITLES) or \
                    re.match(r"\s+[A-Z]", text[end:hi]) or any(d.start < end and start < d.end for d in mentions + found):
                continue
            sentence = max(0, bisect.bisect_right([x.start for x in article.sentences], start) - 1)
            tokens = name_tokens(name)
            if tokens:
                found.append(Detail("entity", start, end, name, sentence, "entity:" + " ".join(tokens), tokens))
    return found


# Words after a party word that make it a noun (a member), not an adjective before a noun.
_NOT_NOUNS = frozenset("""who whom whose that which and or but in on at to from of for with as by is was are were has
    had have now said says told""".split())
# A party-state tag in the text: "(R-Ohio)", "Rep. Bobby Scott, D-Va.", "R-N.Y.".
_TAG_IN_TEXT = re.compile(r"(?<![\w.\-’'])(?P<party>[RDI])-(?P<state>[A-Z][A-Za-z]*(?:\.[A-Za-z]+)*\.?)(?![\w\-])")
# A lower-case prefix glued to initials: "now-GOP presidential candidate", "anti-NATO".
_PREFIXED_INITIALS = re.compile(r"(?<=[a-z]-)[A-Z]{2,}(?![\w\-])")


# Words that head or title a body, an office or a document: written in lower case after "the"
# they may name any such thing ("the house", "the court", "the constitution", "the party").
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:the|an?)\s$")
_NOT_LOWERED = frozenset(TITLES | BODY_HEADS | ORG_HEADS | DESIGNATORS | PUBLICATION_HEADS | CHAMBERS
                         | ORGANISATION_NOUNS | DOCUMENT_HEADS | PARTY_NOUNS | PERSON_ROLES)


def _implied_mentions(articles: Sequence[Article], per_article: list[list[Detail]]) -> list[list[Detail]]:
    """Add the mentions of a story's entities that are not written as their name.

    * A party-state tag names the party and the state: "Rep. Randy Forbes, R-Va." mentions the
      Republicans and Virginia (the letter and the state are two mentions, side by side).
    * A party's or Congress's adjective before a common noun names the body itself ("the
      Republican nominating process", "Congressional candidates"; see
      :data:`biaslens.names.INSTITUTION_ADJECTIVES`); a country's adjective does not.
    * Initials glued to a lower-case prefix ("now-GOP presidential candidate") are that name.
    * A name of two or three words written in lower case where other mentions capitalise it
      ("near ground zero") is that name; so is a one-word name an outlet writes "the Internet"
      in its own words, written "the internet" (not a body's, title's or document's head word).

    Each is added only where the story names the entity outright somewhere (so a tag alone
    never creates a party or a state) and where no mention stands already. The added detail's
    ``value`` is the name it stands for, which the clustering reads instead of its text.
    """
    keys = {_parse(d.text).key for mentions in per_article for d in mentions}
    one_word = {d.text for mentions in per_article for d in mentions if " " not in d.text}
    adjectives = {form: " ".join(key).title() for key, form in INSTITUTION_ADJECTIVES.items() if key in keys}
    from .quotes import quote_spans  # the one quotation finder (cached per article)

    # "an Islamic center near ground zero": a place's or thing's name of two or three words that
    # other mentions write capitalised, written in lower case (not a person's). Only capitals in
    # the writer's own words count: a blogger's "the Mainstream Media" names no one.
    lowered = {}
    one_word_lowered: dict[str, str] = {}
    for article, mentions in zip(articles, per_article):
        spans = None
        for d in mentions:
            words = d.text.split()
            if (2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and d.text.replace(" ", "").isalpha()
                    and not is_given_name(words[0].lower())):
                spans = quote_spans(article) if spans is None else spans
                if not any(start <= d.start < end for start, end in spans):
                    lowered[d.text.lower()] = d.text
    # "a prank on the internet": a one-word name that an outlet writes after an article ("the
    # Internet", "an Internet security company"; a person's surname seldom stands there) in its
    # own words, mid-sentence, written in lower case after "the" elsewhere. Head words of bodies,
    # titles and documents are left out: "the house", "the court", "the constitution" may be any.
    for article, mentions in zip(articles, per_article):
        spans = None
        for d in mentions:
            word = d.text
            if (word.isalpha() and word[:1].isupper() and not word.isupper() and word[1:].islower()
                    and _ARTICLE_BEFORE.search(article.text, max(0, d.start - 4), d.start)
                    and not _opens_sentence(article.text, d.start)
                    and word.lower() not in _NOT_LOWERED and not is_given_name(word.lower())):
                spans = quote_spans(article) if spans is None else spans
                if not any(start <= d.start < end for start, end in spans):
                    one_word_lowered[word.lower()] = word
    lowered_re = (re.compile(r"(?<![\w’'.\-])(?i:" + "|".join(re.escape(n) for n in sorted(lowered)) + r")(?![\w\-])")
                  if lowered else None)
    # Before a common noun, not before a clause ("a more moderate Republican who ...": a member);
    # before a title or a person's name too ("Republican U.S. House Speaker Paul Ryan": the name
    # rules cut the adjective off the mention, and it still says which party).
    adjective_re = (re.compile(r"(?<![\w’'.\-])(?:" + "|".join(sorted(adjectives)) + r")(?= (?!(?:"
                               + "|".join(sorted(_NOT_NOUNS)) + r")\b)[a-zA-Z])") if adjectives else None)
    one_word_re = (re.compile(r"(?<![\w’'.\-])(?<=\bthe )(?:" + "|".join(re.escape(n) for n in sorted(one_word_lowered))
                              + r")(?![\w\-’'])") if one_word_lowered else None)
    out = []
    # "Mr. Blumenthal, a Democrat now running": one member, which names the party the story
    # names elsewhere ("Democrats", "Democratic"); read as the party, never as a row of its own.
    members = _parse("Democrats").key
    for article, mentions in zip(articles, per_article):
        text = article.text
        if members in keys:
            mentions = [replace(d, value="Democrats") if d.text == "Democrat" and d.value is None else d for d in mentions]
        found: list[tuple[int, int, str | None]] = []
        for m in _TAG_IN_TEXT.finditer(text):
            party = PARTY_LETTERS.get(m.group("party"))
            if party and _parse(party).key in keys:
                found.append((m.start("party"), m.end("party"), party))
            state = m.group("state")
            letters = state.replace(".", "").lower()
            name = STATE_ABBREVIATIONS.get(letters) if state.endswith(".") or len(letters) <= 3 else None
            # "D-CT", "R-TX": a postal code in capitals, which a tag cannot mean otherwise.
            name = name or (POSTAL_CODES.get(letters) if len(letters) == 2 and state.isupper() else None)
            name = name or (letters if is_place_name(letters) else None)
            if name and tuple(name.split()) in keys:
                end = m.end("state") - (1 if state.endswith(".") and state.count(".") == 1 else 0)
                found.append((m.start("state"), end, name.title()))
        if adjective_re is not None:
            found.extend((m.start(), m.end(), adjectives[m.group()]) for m in adjective_re.finditer(text))
        found.extend((m.start(), m.end(), None) for m in _PREFIXED_INITIALS.finditer(text) if m.group() in one_word)
        if lowered_re is not None:
            found.extend((m.start(), m.end(), lowered[m.group().lower()]) for m in lowered_re.finditer(text))
        if one_word_re is not None:
            found.extend((m.start(), m.end(), one_word_lowered[m.group()]) for m in one_word_re.finditer(text))
        if not found:
            out.append(mentions)
            continue
        starts = [d.start for d in mentions]
        ends = [d.end for d in mentions]
        sentence_starts = [x.start for x in article.sentences]
        added = []
        for start, end, value in sorted(found):
            k = bisect.bisect_right(starts, start) - 1
            if (k >= 0 and ends[k] > start) or (k + 1 < len(starts) and starts[k + 1] < end):
                continue  # a mention stands there already
            surface = text[start:end]
            sentence = max(0, bisect.bisect_right(sentence_starts, start) - 1)
            added.append(Detail("entity", start, end, surface, sentence, "entity:" + surface.lower(), (surface.lower(),),
                                "", value))
        out.append(sorted(mentions + added, key=lambda d: d.start) if added else mentions)
    return out


_MIDDLE_INITIAL = re.compile(r"(?:[A-Z]\.\s?)+")


def _middle_initials(surface: str) -> str:
    """The initials written between a name's first and last words ("H.W." of "George H.W. Bush", "" if none)."""
    words = name_words(surface)
    return "".join(w.replace(" ", "") for w in words[1:-1] if _MIDDLE_INITIAL.fullmatch(w))


def _cluster_article(i: int, article: Article, mentions: list[Detail],
                     genders: Mapping[tuple[str, ...], str] = {},
                     story_counts: Mapping[tuple[str, ...], int] = {}) -> list[_Local]:
    by_key: dict[tuple[tuple[str, ...], str, str], _Local] = {}
    # "George W. Bush" and "George H.W. Bush" in one article: a name written with two different
    # middle initials is two persons (a father and a son), though the initials leave its key.
    written_middles: dict[tuple[tuple[str, ...], str], set[str]] = defaultdict(set)
    for d in mentions:
        if middle := _middle_initials(d.text):
            parsed = _parse(d.text)
            written_middles[(parsed.key, parsed.suffix)].add(middle)
    for d in mentions:
        d = _without_chamber(d)
        # The name rules drop a final dot; "Mo." (Missouri) needs it back to be read as a state.
        dotted = article.text[d.end:d.end + 1] == "." and " " not in d.text
        # An implied mention ("R" of "R-Ohio") is read as the name it stands for (its ``value``).
        parsed = _parse(d.value if isinstance(d.value, str) else d.text + "." if dotted else d.text)
        # Read on the core, not the key: "House Democrat" has the key "democrat" once the
        # designator "house" is dropped, and would hold every "a Democrat" of the article.
        if not parsed.key or (len(parsed.core) >= 2 and parsed.core[-1] in PARTY_NOUNS | PARTY_ADJECTIVES):
            continue  # "the Arizona Republican", "Senate Democratic leaders" describe; they name no one
        if parsed.core[0] in PARTY_NOUNS and name_words(d.text)[1:2] == ["of"]:
            continue  # "Democrat of North Carolina" describes a member, not the DNC
        if len(parsed.core) == 1 and parsed.core[0] in PARTY_NOUNS - PARTY_ADJECTIVES and not isinstance(d.value, str):
            continue  # "a Democrat now running" describes one member: no row of its own
        if (len(parsed.core) == 1 and parsed.core[0] in PARTY_NOUNS and not isinstance(d.value, str)
                and _PARTY_MEMBER_AND.search(article.text, max(0, d.start - 24), d.start)
                and not re.match(r"\s+[a-z]", article.text[d.end:d.end + 3])):
            continue  # "You're not a Democrat or Republican.": a member, the noun ("is a Republican": _names_no_one)
        if not isinstance(d.value, str) and _names_no_one(article.text, d, parsed):
            continue  # "served as a Marine", "Washington Managing Editor", "Democrat U.S. senators"
        if not isinstance(d.value, str) and _describes_by_place_or_faith(article.text, d, parsed):
            continue  # "an American Muslim who pledged", "attacks on any American", "African-Americans"
        if len(parsed.core) == 1 and _office_noun(parsed.core[0]):
            continue  # "out of this race for the Presidency": the office, no one holding it
        middle = _middle_initials(d.text)
        bucket = (parsed.key, parsed.suffix, middle if len(written_middles[(parsed.key, parsed.suffix)]) > 1 else "")
        local = by_key.get(bucket)
        if local is None:
            local = by_key[bucket] = _Local(i, parsed.key, parsed.suffix, parsed.acronym, [], Counter())
        local.details.append(d)
        if middle:
            local.middles.add(middle)
        if parsed.initials:
            local.initials.update(parsed.initials.split())
        # An implied mention votes by what it stands for: the state of a party-state tag is a
        # place ("D-N.Y." after "Rep. Jerrold Nadler"), whatever person stands before it.
        vote = _kind_votes(article, d, parsed)
        if isinstance(d.value, str) and parsed.key in _place_keys():
            vote = "place"
        if d.attrs == _FAMILY:
            vote = "person"
        if vote:
            local.votes[vote] += 1
    clusters = list(by_key.values())
    # Full names first: persons with two or more words.
    persons = [c for c in clusters if len(c.key) >= 2 and c.person]
    merged: dict[int, int] = {}  # index in clusters -> index it joins
    index_of = {id(c): n for n, c in enumerate(clusters)}
    # Lookups by word, built once, so each short name is checked against few candidates.
    firms_by_word: dict[str, list[_Local]] = defaultdict(list)
    longer_by_word: dict[str, list[_Local]] = defaultdict(list)
    persons_by_last: dict[str, list[_Local]] = defaultdict(list)
    persons_by_first: dict[str, list[_Local]] = defaultdict(list)
    for p in persons:  # in the order of ``persons``: ties below go to the first, as in a scan
        persons_by_last[p.key[-1]].append(p)
        persons_by_first[p.key[0]].append(p)
    acronym_hosts = [o for o in clusters if len(o.key) >= 2 and o.initials]
    persons_by_last_any: dict[str, list[_Local]] = defaultdict(list)
    for o in clusters:
        if 2 <= len(o.key) <= 3:
            persons_by_last_any[o.key[-1]].append(o)
    for o in clusters:
        if len(o.key) >= 2:
            if all(w in COMPANY_WORDS for w in o.key[1:]):
                firms_by_word[o.key[0]].append(o)
            if not o.person and not _is_case(o.key):  # "Wal-Mart" is not the case "Wal-Mart Stores v. Dukes"
                for w in set(o.key):
                    longer_by_word[w].append(o)
    dropped: set[int] = set()
    for n, c in enumerate(clusters):
        if len(c.key) != 1:
            continue
        word = c.key[0]
        # "The super PAC replaced ...": initials a lower-case word describes ("super", not "the")
        # are the kind of body, the article's one longer name ending in them ("Conservative
        # Solutions PAC"); "the CNN poll", "Senate GOP" beside "the GOP" are left alone.
        if c.acronym and (word,) not in ALIASES and all(
                d.text.replace(".", "").isupper() and _LOWER_BEFORE.search(article.text, max(0, d.start - 30), d.start)
                for d in c.details):
            hosts = [o for o in clusters if o is not c and not o.person and len(o.key) >= 2 and o.key[-1] == word]
            if len(hosts) == 1:
                merged[n] = index_of[id(hosts[0])]
                continue
        # "the Centre", "the Party's platform": a body's head word alone is the article's one
        # body of that head; with none or several, it names nothing the reader can tell.
        if word in _LONE_HEADS and not any(d.text.replace(".", "").isupper() for d in c.details):
            host = _body_of_head(word, clusters)
            if host is None:
                dropped.add(n)
            else:
                merged[n] = index_of[id(host)]
            continue
        # "HuffPo" after "the Huffington Post": a name run together from the first letters of
        # each word of the article's one longer name.
        host = _contracted_from(c, clusters)
        if host is not None:
            merged[n] = index_of[id(host)]
            continue
        # "Ford" in an article about the Ford Motor Company is the company, not William Ford.
        firms = firms_by_word.get(word, [])
        if len(firms) == 1 and not c.votes["person"]:
            merged[n] = index_of[id(firms[0])]
            continue
        # A bare surname: the article's person with that surname, named most, then first.
        same = persons_by_last.get(word, [])
        # "Hillary Clinton" (no list knows her given name) and "Bill Clinton": the full names of
        # one surname count as persons here, beside those the text marks as persons.
        family = same + [o for o in _full_names(persons_by_last_any.get(word, [])) if o not in same]
        if (len(same) < 2 and len(family) >= 2 and c.key not in _place_keys() and not c.votes["place"]
                and not any(d.text.replace(".", "").isupper() for d in c.details)):
            same = family
        if len(same) >= 2:
            # Several persons of one surname ("Khizr", "Ghazala" and "Humayun Khan"): each
            # mention goes to the one its honorific names, else to the article's subject.
            split = _by_honorific(article, c, same, genders, story_counts)
            for x, found in split.items():
                if same[x] is not same[min(split)]:
                    same[x].details.extend(found)
            c.details = split[min(split)]
            merged[n] = index_of[id(same[min(split)])]
            continue
        if same:
            best = min(same, key=lambda p: (-len(p.details), -story_counts.get(p.key, 0), p.details[0].start))
            merged[n] = index_of[id(best)]
            continue
        given = persons_by_first.get(word, [])
        # (Not an adjective of a place, a people or a faith; a given name no list knows may end
        # like one: "don't you think, Sean," is the Sean Hannity the article names.)
        if len(given) == 1 and (is_given_name(word) or not word.endswith(ADJECTIVE_ENDINGS + DEMONYM_ENDINGS)
                                or not (word in demonyms() or _adjective(word) and word.endswith(_ADJECTIVE_ONLY_ENDINGS)
                                        or word in PARTY_ADJECTIVES | PARTY_NOUNS)):
            merged[n] = index_of[id(given[0])]  # "Shinzo" cut from "Shinzo Abe's"
            continue
        # An acronym: the one longer name of the article with those initials.
        if c.acronym:
            expansions = [o for o in acronym_hosts if c.acronym in o.initials]
            if len(expansions) == 1:
                merged[n] = index_of[id(expansions[0])]
                continue
        # "Brent Bozell ... Bozell said": a full name, then its last word alone, is how news
        # names a person whose given name no list knows; the two are that one person.
        host = _full_name_of(c, persons_by_last_any.get(word, []))
        if host is not None:
            # Written only at a sentence start with no given name first ("Actual Airbus
            # deliveries ..."), the longer run is an opening word before the name: the same
            # entity, but no sign of a person.
            if is_given_name(host.key[0]) or not all(_opens_sentence(article.text, d.start) for d in host.details):
                host.votes["person"] += 1
            merged[n] = index_of[id(host)]
    # A shorter name inside exactly one longer name of the article ("Airbus" in "Airbus
    # Industrie"), for names that are not persons.
    for n, c in enumerate(clusters):
        # "American" (the people, the flag) is not the "American Jobs Act" it opens.
        if n in merged or c.person or c.acronym or c.votes["place"] or (len(c.key) == 1 and _adjective(c.key[0])):
            continue
        tokens = set(c.key)
        longer = [o for o in longer_by_word.get(c.key[0], ()) if len(o.key) > len(c.key) and tokens <= set(o.key)]
        if longer:
            shortest = min(longer, key=lambda o: (len(o.key), o.key))
            # The first word ("Airbus" in "Airbus Industrie"), or a model number at the end
            # ("F-150" in "Ford F-150"; "Washington" is not "USS George Washington").
            head = c.key[0] == shortest.key[0] or (
                c.key[-1] == shortest.key[-1] and any(ch.isdigit() for ch in c.key[-1])
                and not any(" of " in d.text for d in shortest.details))
            if all(set(shortest.key) <= set(o.key) for o in longer) and head and _short_form_of(c, shortest):
                merged[n] = index_of[id(shortest)]
    # "the White House Situation Room ... the Situation Room": a room's or a wing's name is the
    # article's one longer name ending in it (the building named before it).
    for n, c in enumerate(clusters):
        if n in merged or len(c.key) < 2 or c.key[-1] not in _BUILDING_PARTS:
            continue
        longer = [m for m, o in enumerate(clusters) if len(o.key) > len(c.key) and o.key[-len(c.key):] == c.key]
        if len(longer) == 1:
            merged[n] = longer[0]
    out: list[_Local] = []
    for n, c in enumerate(clusters):
        if n in dropped:
            continue
        target = n
        seen = set()
        while target in merged and target not in seen:
            seen.add(target)
            target = merged[target]
        if target != n:
            host = clusters[target]
            host.details.extend(c.details)
            host.votes.update(c.votes)
            host.initials |= c.initials
            if not (host.person and len(c.key) == 1):
                host.keys.add(c.key)  # "Apple" inside "Apple Computer" meets "Apple" elsewhere
        else:
            out.append(c)
    for c in out:
        c.details.sort(key=lambda d: d.start)
        c.keys.add(c.key)
    return _known_as_joined(article, _aliases_joined(article, out))


# "served as a Marine", "is an influential Republican", ", a Republican who": "a"/"an", and perhaps
# one adjective, after "as", a copula or an appositive's comma, before a one-word name that ends
# its phrase make the word a common noun (one member of a body); not "an appearance in Iowa",
# "an account titled TonyManization" (the word between is no adjective), nor a product ("the side
# of an iPhone") or a place ("in a Manhattan, New York court").
_ONE_MEMBER_BEFORE = re.compile(r"(?:\b(?:as|is|was|are|were|be|been|became|become|becomes|remains?|remained)|[’']m|[’']s|,)"
                                r"\s+(?:a|an)\s+(?:([a-z][\w\-]*)\s+)?$")
# Participles that open a title ("Managing Editor", "Acting Director", "Ranking Member").
_TITLE_PARTICIPLES = frozenset("managing operating acting presiding ranking outgoing incoming founding visiting consulting".split())
_PHRASE_END = re.compile(r"\s*(?:[.,;:!?)”\"]|$)")


def _describes_by_place_or_faith(text: str, d: Detail, parsed: _Parsed) -> bool:
    """Whether the mention is only singular adjectives of place or faith ("American", "an American
    Muslim", "African" of "African-Americans"): a description of someone, no name. Not after
    "the" ("the Vatican"), not a party's adjective ("Republican"), nor a plural ("Americans")."""
    if not parsed.core or text[max(0, d.start - 4):d.start].lower() == "the ":
        return False
    return all((w in demonyms() or w in FAITH_WORDS - _DEITIES) and not w.endswith("s") and w not in PARTY_ADJECTIVES
               for w in parsed.core)


_DEITIES = frozenset(("god", "allah"))  # "trust in God": a name, not an adjective of faith


def _office_noun(word: str) -> bool:
    """Whether ``word`` is a title's office ("presidency", "chairmanship", "speakership")."""
    return (word.endswith("cy") and word[:-2] + "t" in TITLES) or (word.endswith("ship") and word[:-4] in TITLES)


def _names_no_one(text: str, d: Detail, parsed: _Parsed) -> bool:
    """Whether a mention is a word the writer uses as a common noun or a piece of a title, not a
    name: a one-word name after "as a", "is an", ", a" that ends its phrase or is followed by a
    word that makes it a noun ("served as a Marine", "is an influential Republican", ", a
    Republican who"); a run
    ending in a participle right before a capitalised title word ("Washington Managing Editor
    Bill Sammon": "Managing" belongs to the title); a party noun before a country's short form
    before a lower-case noun ("Democrat U.S. senators": they describe the senators)."""
    written = name_words(d.text)
    member = _ONE_MEMBER_BEFORE.search(text, max(0, d.start - 40), d.start)
    between = member.group(1) if member else None
    if member and len(written) == 1 and not d.text.replace(".", "").isupper() and parsed.key not in _place_keys() \
            and not is_city_name(d.text) and not (between and (between in _NOT_NOUNS or between.endswith(("ed", "ing")))):
        after = text[d.end:d.end + 20]
        follower = after.split()[0].lower().strip(",.;:") if after.split() else ""
        if _PHRASE_END.match(after) or follower in _NOT_NOUNS:
            return True
    nxt = re.match(r"\s+([A-Z][\w.]*)", text[d.end:d.end + 30])
    if written and normalise_word(written[-1]) in _TITLE_PARTICIPLES and nxt \
            and normalise_word(nxt.group(1)) in TITLES:
        return True
    if len(written) == 2 and normalise_word(written[0]) in PARTY_NOUNS and ALIASES.get((normalise_word(written[1]),)) \
            in _COUNTRY_KEYS and re.match(r"\s+[a-z]", text[d.end:d.end + 3]):
        return True
    return False


# Head words of a body that an article writes alone, capitalised, for a body it names in full
# ("the European Centre for a Modern Ukraine ... working for the Centre").
_LONE_HEADS = BODY_HEADS | frozenset(("party",))
# "a Democrat or Republican": one member of a party, then "or"/"and" (a party noun after it is a member too).
_PARTY_MEMBER_AND = re.compile(r"\ban?\s+(?:" + "|".join(w.capitalize() for w in sorted(PARTY_NOUNS)) + r")\s+(?:or|and)\s+$")
# A lower-case word (no article, pronoun, preposition or verb of saying) right before a mention: "super PAC".
_LOWER_BEFORE = re.compile(r"(?<![\w’'])(?!(?:the|a|an|this|that|its|his|her|their|our|and|or|of|to|by|in|on|for|with|from|at|across|into|over|under|about|after|before|against|between|near|via|than|as|like|said|says|told)\s)[a-z][a-z\-]+\s+$")


def _body_of_head(word: str, clusters: list[_Local]) -> _Local | None:
    """The one body of the article whose name has the head word ``word`` ("Centre" is the
    "European Centre" when it is the article's only centre; names that contain one another, the
    "European Centre" and the "European Centre for a Modern Ukraine", are one candidate: the
    shortest), else ``None``."""
    hosts = [o for o in clusters if not o.person and any(
        len(words) >= 2 and word in words for words in (_written_words(d.text) for d in o.details))]
    if not hosts:
        return None
    shortest = min(hosts, key=lambda o: (len(o.key), o.key))
    return shortest if all(set(shortest.key) <= set(o.key) for o in hosts) else None


def _written_words(text: str) -> tuple[str, ...]:
    """The normalised words of a mention as written, designators and head words kept."""
    return tuple(map(normalise_word, name_words(text)))


_CAMEL = re.compile(r"[A-Z][a-z]+")


def _contracted_from(short: _Local, clusters: list[_Local]) -> _Local | None:
    """The one longer non-person name of the article that ``short`` contracts, each capitalised
    piece of a one-word name the start of one word of the longer name, in order ("HuffPo",
    "HuffPost": the "Huffington Post"; "FedEx": "Federal Express"), else ``None``."""
    pieces = {tuple(p.lower() for p in _CAMEL.findall(d.text)) for d in short.details}
    pieces = {p for p in pieces if len(p) >= 2 and "".join(p) == short.key[0]}
    if len(pieces) != 1:
        return None
    (parts,) = pieces
    fits = [o for o in clusters if o is not short and not o.person and len(o.key) == len(parts)
            and all(w.startswith(p) and w != p for w, p in zip(o.key, parts))]
    return fits[0] if len(fits) == 1 else None


# The words that introduce another name for someone: "he used the alias Carlos Danger", "wrote
# under the pseudonym “Carlos Danger”", "known to fans as Notorious RBG", "nicknamed ...".
_ALIAS_BEFORE = re.compile(r"\b(?:alias|pseudonym|nickname|nicknamed|moniker|a\.k\.a\.|aka|known\s+to\s+(?:\w+\s+){0,2}?as)"
                           r"\s+(?:of\s+)?[“\"‘']?$", re.I)


def _aliases_joined(article: Article, clusters: list[_Local]) -> list[_Local]:
    """The clusters with each alias the article introduces joined to its person.

    A name written only right after "the alias", "the pseudonym", "nicknamed" or "known to fans
    as" is another name of the person the sentence names last before it ("Although Smith ran
    again, he lost amid a scandal (the one where he used the alias Max Power)"): one entity,
    not a second actor. With no person named earlier in the sentence it stays apart.
    """
    text = article.text
    owner: dict[int, _Local] = {}
    for n, c in enumerate(clusters):
        if not all(_ALIAS_BEFORE.search(text, max(0, d.start - 40), d.start) for d in c.details):
            continue
        first = c.details[0]
        sentence = next((s for s in article.sentences if s.start <= first.start < s.end), None)
        if sentence is None:
            continue
        before = [(d.start, o) for o in clusters if o is not c and o.person
                  for d in o.details if sentence.start <= d.start and d.end <= first.start]
        if before:
            owner[n] = max(before, key=lambda x: x[0])[1]
    if not owner:
        return clusters
    for n, host in owner.items():
        c = clusters[n]
        host.details.extend(c.details)
        host.details.sort(key=lambda d: d.start)
        host.keys |= c.keys  # the alias written elsewhere in the story is the person too
        host.aliases |= {(d.start, d.end) for d in c.details} | c.aliases
    return [c for n, c in enumerate(clusters) if n not in owner]


# ", also known as", "(formerly called": the names after it are other names of the one before.
_KNOWN_AS = re.compile(r",?\s+\(?(?:also|often|formerly|sometimes|commonly)\s+(?:known|called|referred\s+to)\s+as\s+")
_NEXT_NAME = re.compile(r",\s+|\s+or\s+|\s+and\s+")


def _known_as_joined(article: Article, clusters: list[_Local]) -> list[_Local]:
    """The clusters with the names an article gives as another's ("the Islamic State, also known
    as ISIL or ISIS") joined to the name before them: one entity under every name, each a name of
    its own (no alias: the story may use any of them)."""
    text = article.text
    if "known as" not in text and "called" not in text and "referred to as" not in text:
        return clusters
    at_end = {d.end: n for n, c in enumerate(clusters) for d in c.details}
    at_start = {d.start: (d.end, n) for n, c in enumerate(clusters) for d in c.details}
    joins: dict[int, int] = {}
    for match in _KNOWN_AS.finditer(text):
        host = at_end.get(match.start())
        pos = match.end()
        while host is not None and pos in at_start:
            end, n = at_start[pos]
            if n != host and clusters[n] is not clusters[host]:
                joins.setdefault(n, host)
            following = _NEXT_NAME.match(text, end)
            if not following:
                break
            pos = following.end()
    if not joins:
        return clusters
    for n, host in joins.items():
        while host in joins and joins[host] != n:
            host = joins[host]
        target, c = clusters[host], clusters[n]
        target.details.extend(c.details)
        target.details.sort(key=lambda d: d.start)
        target.keys |= c.keys
        target.votes.update(c.votes)
        target.initials |= c.initials
    return [c for n, c in enumerate(clusters) if n not in joins]


# Head words that make a longer name a thing of its own named after a shorter one: a day or
# event ("Chick-fil-A Appreciation Day"), a body's office ("White House Office of ..."), a paper.
_EVENT_HEADS = frozenset("day days week night festival awards".split())


_PARTY_MEMBERS = frozenset(("republicans", "democrats", "gop"))


def _short_form_of(short: _Local, long: _Local) -> bool:
    """Whether the article may use ``short`` as a short form of the longer name ``long`` it opens.

    Not when the shorter name is a place's: it names the place, not the body ("Washington"
    beside the "Washington Post", "New York" beside the "New York Times"). Not when the longer
    name is an event named after it ("Chick-fil-A" and "Chick-fil-A Appreciation Day"), nor a
    unit of it, a body's head word and "of" right after the shorter name ("the White House"
    and the "White House Office of Legislative Affairs"). "Airbus Industrie ... Airbus" and
    "Harvard University ... Harvard" stay one.
    """
    if short.key in _place_keys() or set(long.key) & _EVENT_HEADS - set(short.key):
        return False
    # "the Senate" is the chamber, "Senate Democrats" one party's members in it (issue #13:
    # "the No. 2 Republican in the Senate" was counted as the Senate Democrats).
    if len(short.key) == 1 and short.key[0] in CHAMBERS and set(long.key[1:]) & _PARTY_MEMBERS:
        return False
    for d in long.details:
        for s in {x.text for x in short.details}:
            unit = re.match(re.escape(s) + r"\s+([\w’'\-]+)\s+(?:of|for|on)\s", d.text)
            if unit and normalise_word(unit.group(1)) in ORG_HEADS | BODY_HEADS:
                return False
    return True


def _without_chamber(d: Detail) -> Detail:
    """The mention without a chamber glued before a full name: "Speaker of the House John
    Boehner" gives the run "House John Boehner", whose name is "John Boehner"."""
    words = name_words(d.text)
    if len(words) >= 3 and normalise_word(words[0]) in CHAMBERS and is_given_name(normalise_word(words[1])):
        cut = d.text.index(words[1], len(words[0]))
        return replace(d, start=d.start + cut, text=d.text[cut:])
    return d


# Endings only adjectives of place, people or faith have ("Japanese", "Pakistani", "Israeli",
# "Islamic"); "-an", "-ian", "-ean" end given names too ("Sean", "Brian", "Dean").
_ADJECTIVE_ONLY_ENDINGS = ("ese", "ish", "ani", "eli", "atic", "can", "ic")


def _adjective(word: str) -> bool:
    """Whether a one-word name reads as an adjective of place, people or faith ("American",
    "Islamic"), not a given name."""
    low = normalise_word(word)
    # Only the adjective endings: the demonym ones ("-an", "-i") end places too ("Japan").
    return low in FAITH_WORDS or (low.endswith(ADJECTIVE_ENDINGS) and not is_given_name(low) and not is_place_name(low))


def _full_name_of(short: _Local, longer: list[_Local]) -> _Local | None:
    """The one two- or three-word name ending in ``short``'s word that reads as a person's full
    name (nothing says it is a body or a place, and neither word is a place), else ``None``."""
    if any(d.text.replace(".", "").isupper() for d in short.details) or short.votes["organisation"] or short.votes["place"] or short.key in _place_keys():
        return None
    fits = _full_names(longer)
    return fits[0] if len(fits) == 1 else None


def _full_names(longer: list[_Local]) -> list[_Local]:
    """The names of ``longer`` that read as a person's full name: nothing says they are a body or
    a place, they are written as the bare name, and no word before the last is a place, a title
    or an adjective of place."""
    return [o for o in longer
            if not (o.votes["organisation"] or o.votes["place"])
            # Written as the bare name ("Brent Bozell"), never "Cover of Newsweek".
            and all(len(name_words(d.text)) == len(o.key) for d in o.details)
            and o.key[-1] not in ORG_HEADS and o.key[-1] not in _PLACE_HEADS
            and not any((w,) in _place_keys() or w.endswith(ADJECTIVE_ENDINGS + DEMONYM_ENDINGS) or w in TITLES
                        for w in o.key[:-1])]


def _opens_sentence(text: str, start: int) -> bool:
    """True when only spaces and opening quote marks stand between ``start`` and a sentence end."""
    head = text[max(0, start - 8):start].rstrip(" \"“‘'(")
    return not head or head[-1] in ".!?\n:" or start < 8 and not head.strip()


def _cluster_story(locals_: list[_Local], texts: Sequence[str] = ()) -> list[int]:
    """Union-find over the article clusters (of the articles whose texts are ``texts``); returns
    each cluster's group root."""
    parent = list(range(len(locals_)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    # Same name words (and suffix) are the same entity.
    by_key: dict[tuple[tuple[str, ...], str], int] = {}
    for n, c in enumerate(locals_):
        for key in sorted(c.keys):
            union(by_key.setdefault((key, c.suffix), n), n)
    # "the Times" is the story's one paper whose name ends in "Times" ("New York Times"); with
    # two such papers ("Washington Post", "Connecticut Post") a bare "Post" stays apart.
    papers: dict[str, set[int]] = defaultdict(set)
    for n, c in enumerate(locals_):
        if len(c.key) >= 2 and c.key[-1] in PUBLICATION_HEADS:
            papers[c.key[-1]].add(n)
    for n, c in enumerate(locals_):
        if len(c.key) == 1 and c.key[0] in PUBLICATION_HEADS and not c.person:
            roots = {find(m) for m in papers.get(c.key[0], ())}
            if len(roots) == 1:
                union(next(iter(roots)), n)
    # "on the Hill" is the story's one "Capitol Hill": a place's head word alone after "the" is
    # the story's one place name that ends in it (never a person's "Hill", nor "the Hill" paper).
    places: dict[str, set[int]] = defaultdict(set)
    for n, c in enumerate(locals_):
        for d in c.details:  # read on the words written: "Capitol Hill" is keyed "capitol" (names.ALIASES)
            core = _parse(d.text).core
            if len(core) >= 2 and core[-1] in _LONE_PLACE_HEADS and not c.person:
                places[core[-1]].add(n)
    for n, c in enumerate(locals_):
        if (len(c.key) == 1 and c.key[0] in places and not c.person and not c.votes["organisation"]
                and c.article < len(texts)
                and all(texts[c.article][max(0, d.start - 4):d.start].lower() == "the " for d in c.details)):
            roots = {find(m) for m in places[c.key[0]]}
            if len(roots) == 1:
                union(next(iter(roots)), n)
    # "Daily News" is the story's one paper called "<place> Daily News" ("New York Daily News"):
    # a paper named after its city or state drops the place in later mentions.
    by_tail: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for n, c in enumerate(locals_):
        if len(c.key) >= 3 and c.key[-1] in PUBLICATION_HEADS:
            for cut in range(1, len(c.key) - 1):
                if is_place_name(" ".join(c.key[:cut])) or is_city_name(" ".join(c.key[:cut])):
                    by_tail[c.key[cut:]].add(n)
    for n, c in enumerate(locals_):
        if len(c.key) >= 2 and c.key in by_tail and not c.person:
            roots = {find(m) for m in by_tail[c.key]}
            if len(roots) == 1:
                union(next(iter(roots)), n)
    # Persons: same surname, compatible given names; a suffix only separates when some article
    # names both forms.
    both_forms: set[tuple[tuple[str, ...], ...]] = set()
    per_article: dict[int, set[tuple[str, ...]]] = defaultdict(set)
    for c in locals_:
        per_article[c.article].add(c.key + ((c.suffix,) if c.suffix else ()))
    for keys in per_article.values():
        for k in keys:
            if k[-1] in SUFFIXES and k[:-1] in keys:
                both_forms.add(k[:-1])
    persons = [n for n, c in enumerate(locals_) if len(c.key) >= 2 and _person_group(locals_, n)]
    by_surname: dict[str, list[int]] = defaultdict(list)
    for n in persons:
        by_surname[locals_[n].key[-1]].append(n)
    for members in by_surname.values():
        for x, a in enumerate(members):
            for b in members[x + 1:]:
                ca, cb = locals_[a], locals_[b]
                if not given_names_compatible(ca.key[0], cb.key[0]):
                    continue
                if ca.middles and cb.middles and not ca.middles & cb.middles:
                    continue  # "George W. Bush" is not "George H.W. Bush"
                if ca.suffix != cb.suffix and (ca.suffix and cb.suffix or ca.key in both_forms or cb.key in both_forms):
                    continue
                union(a, b)
    # Bare surnames an article never resolves: the story's one person with that surname.
    for n, c in enumerate(locals_):
        if len(c.key) != 1 or c.details[0].text.replace(".", "").isupper():
            continue
        roots = {find(p) for p in by_surname.get(c.key[0], ())}
        if len(roots) == 1:
            union(next(iter(roots)), n)
    # A given name alone ("Khizr", "Hillary", "their son, Humayun") that no article resolves is
    # the story's one person of two or three words with that first word, when no one in the
    # story has it as a surname ("Martin" beside Trayvon Martin stays a surname).
    by_given: dict[str, set[int]] = defaultdict(set)
    for n in persons:
        if len(locals_[n].key) <= 3:
            by_given[locals_[n].key[0]].add(n)
    for n, c in enumerate(locals_):
        if (len(c.key) != 1 or c.details[0].text.replace(".", "").isupper() or by_surname.get(c.key[0])
                or c.votes["organisation"] or c.votes["place"] or c.key in _place_keys() or _adjective(c.key[0])):
            continue
        if any(texts and c.article < len(texts) and _ARTICLE_BEFORE.search(texts[c.article], max(0, d.start - 4), d.start)
               for d in c.details):
            continue  # "served as a Marine": a common noun, not Marine Le Pen's given name
        roots = {find(p) for p in by_given.get(c.key[0], ())}
        if len(roots) == 1 and find(n) == n and sum(find(m) == n for m in range(len(locals_))) == 1:
            union(next(iter(roots)), n)
    # A full name the text never marks as a person's ("it's Barack Obama") is the story's
    # person known by its last word ("President Obama") when the story names no one else with
    # that surname and nothing marks the full name as a body or a place.
    bare: dict[str, list[int]] = defaultdict(list)
    for n, c in enumerate(locals_):
        if len(c.key) == 1 and not c.details[0].text.replace(".", "").isupper():
            bare[c.key[0]].append(n)
    for n, c in enumerate(locals_):
        if not 2 <= len(c.key) <= 3 or c.person or c.votes["organisation"] or c.votes["place"] or c.key[-1] in ORG_HEADS:
            continue
        if by_surname.get(c.key[-1]) or (c.key[0].endswith(ADJECTIVE_ENDINGS) and not is_given_name(c.key[0])):
            continue
        members = bare.get(c.key[-1], [])
        if sum(locals_[m].votes["person"] for m in members) > sum(locals_[m].votes["organisation"] + locals_[m].votes["place"] for m in members):
            for m in members:
                union(m, n)
    # Spelling variants: "Paris Island" in one outlet is "Parris Island" in another, "Reince
    # Preibus" is "Reince Priebus". Names of two or more words that differ in one word by one
    # letter doubled, dropped or swapped (a person's given name is compared by the rules above).
    buckets: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    for n, c in enumerate(locals_):
        if len(c.key) >= 2:
            for p in range(len(c.key)):
                if not (p == 0 and c.person):
                    buckets[c.key[:p] + ("*",) + c.key[p + 1:]].append((n, p))
    for members in buckets.values():
        for x, (a, p) in enumerate(members):
            for b, _ in members[x + 1:]:
                if spelling_variants(locals_[a].key[p], locals_[b].key[p]) and locals_[a].person == locals_[b].person:
                    union(a, b)
    # An editor's insertion inside a quotation cuts a name at its bracket: "(Libyan strongman
    # Muammar) al-Qaddafi" is one person, the given name inside, the surname after.
    at_start = {(c.article, d.start): n for n, c in enumerate(locals_) for d in c.details}
    for n, c in enumerate(locals_):
        if len(c.key) != 1 or c.article >= len(texts):
            continue
        for d in c.details:
            text = texts[c.article]
            after = at_start.get((c.article, d.end + 2)) if text[d.end:d.end + 2] == ") " else None
            opened = text.rfind("(", max(0, d.start - 80), d.start)
            if after is not None and opened >= 0 and ")" not in text[opened:d.start] and len(locals_[after].key) == 1:
                union(n, after)
    # One foreign name romanised apart by two outlets ("Qaddafi" and "Gadhafi", "Muammar" and
    # "Moammar"): same number of words, each word the same or a transliteration variant
    # (biaslens.names.transliteration_variants), in articles that never write both spellings,
    # neither read as a place or a body against the other's person.
    words_in: dict[int, set[str]] = defaultdict(set)
    for c in locals_:
        words_in[c.article].update(c.key)
    by_skeleton: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for n, c in enumerate(locals_):
        if not any(d.text.replace(".", "").isupper() for d in c.details) and all(w.replace("-", "").isalpha() for w in c.key):
            by_skeleton[tuple(transliteration_key(w) for w in c.key)].append(n)
    for members in by_skeleton.values():
        for x, a in enumerate(members):
            for b in members[x + 1:]:
                ca, cb = locals_[a], locals_[b]
                if ca.article == cb.article or ca.person != cb.person or find(a) == find(b):
                    continue
                pairs = [(u, v) for u, v in zip(ca.key, cb.key) if u != v]
                if pairs and all(transliteration_variants(u, v) and not (v in words_in[ca.article] or u in words_in[cb.article])
                                 for u, v in pairs):
                    union(a, b)
    # A company's short name: "Apple" is "Apple Computer" and "Ford" is "Ford Motor Company"
    # when the story has one such company name for the word and uses the word for no place
    # or person ("Singapore" is not "Singapore Airlines").
    companies: dict[str, set[int]] = defaultdict(set)
    for n, c in enumerate(locals_):
        if len(c.key) >= 2 and all(w in COMPANY_WORDS for w in c.key[1:]):
            companies[c.key[0]].add(find(n))
    shorts: dict[str, list[int]] = defaultdict(list)
    for n, c in enumerate(locals_):
        if len(c.key) == 1:
            shorts[c.key[0]].append(n)
    for word, roots in companies.items():
        roots = {find(r) for r in roots}
        members = shorts.get(word, [])
        if len(roots) != 1 or not members:
            continue
        votes: Counter[str] = Counter()
        for n in members:
            votes.update(locals_[n].votes)
        mentions = sum(len(locals_[n].details) for n in members)
        if votes["place"] >= 0.3 * mentions or votes["person"] > votes["organisation"]:
            continue
        for n in members:
            union(next(iter(roots)), n)
    # Acronyms: the story's one longer name with those initials.
    expansions: dict[str, set[int]] = defaultdict(set)
    for n, c in enumerate(locals_):
        for initials in c.initials:
            expansions[initials].add(find(n))
    for n, c in enumerate(locals_):
        if c.acronym:
            roots = {find(r) for r in expansions.get(c.acronym, ())}
            if len(roots) == 1:
                union(next(iter(roots)), n)
    return [find(n) for n in range(len(locals_))]


def _person_group(locals_: list[_Local], n: int) -> bool:
    return locals_[n].person


def _assemble(articles: Sequence[Article], locals_: list[_Local], groups: list[int]) -> Cast:
    members: dict[int, list[int]] = defaultdict(list)
    for n, root in enumerate(groups):
        members[root].append(n)
    drafts = []
    for root, ns in members.items():
        mentions = sorted(
            (_with_title(articles[locals_[n].article], d) for n in ns for d in locals_[n].details),
            key=lambda m: (m.source, m.start, m.end),
        )
        votes: Counter[str] = Counter()
        for n in ns:
            votes.update(locals_[n].votes)
        # The name shown is one the articles write as a name, not an implied mention ("R", "Va").
        written = [_with_title(articles[locals_[n].article], d) for n in ns for d in locals_[n].details
                   if not isinstance(d.value, str) and (d.start, d.end) not in locals_[n].aliases]
        if not written:
            continue  # only implied mentions ("D" of "D-Nev." where the party never joined a row): no row
        drafts.append((mentions, votes, ns, written))
    drafts.sort(key=lambda x: (-len({m.source for m in x[0]}), -len(x[0]), x[0][0].source, x[0][0].start))
    entities = []
    keys_taken: set[str] = set()
    by_span: dict[tuple[str, int, int], str] = {}
    by_source: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for k, (mentions, votes, ns, written) in enumerate(drafts, start=1):
        entity_id = f"e{k}"
        name = _display_name(written)
        parsed = _parse(name)
        key = " ".join(parsed.key + ((parsed.suffix,) if parsed.suffix else ()))
        if key in keys_taken:
            key = f"{key} #{k}"  # two entities that read alike ("Trump" unresolved beside Donald Trump)
        keys_taken.add(key)
        kind = _kind(votes)
        if not votes["person"] and (parsed.key in _place_keys() or all(locals_[n].key in _place_keys() for n in ns)):
            # A country or US state is a place even where no preposition says so ("China
            # tightened export controls"); a person of the same name keeps the person votes.
            kind = "place"
        entity = Entity(entity_id, name, kind, tuple(mentions), key)
        entities.append(entity)
        for m in mentions:
            by_span[(m.source, m.start, m.end)] = entity_id
            by_source[m.source].append((m.start, m.end, entity_id))
    aliases = frozenset((articles[c.article].source, start, end) for c in locals_ for start, end in c.aliases)
    return Cast(
        tuple(entities), by_span, {s: tuple(sorted(v)) for s, v in by_source.items()}, {e.id: e for e in entities},
        aliases,
    )


def _with_title(article: Article, detail: Detail) -> Mention:
    """The mention with the capitalised titles written right before it ("Prime Minister Takaichi")."""
    text = article.text
    start = detail.start
    while True:
        # End of the text before the spaces before ``start``; walked back, not sliced: a copy
        # of the article's whole prefix per mention made the cast quadratic in article length.
        head_end = start
        while head_end > 0 and text[head_end - 1] == " ":
            head_end -= 1
        if head_end == start or not head_end or not (text[head_end - 1].isalpha() or text[head_end - 1] == "."):
            break  # no space before, or no word right before the space: no title
        word_start = head_end
        while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
            word_start -= 1
        word = text[word_start:head_end]
        if not word[:1].isupper() or normalise_word(word) not in TITLES or text[head_end:start] != " ":
            break
        if start == detail.start and normalise_word(word) in _FORMER_WORDS:
            break  # "Former House speaker Newt Gingrich": "Former" titles no body ("Former Rep. Sestak" keeps it)
        start = word_start
    return Mention(article.source, start, detail.end, text[start:detail.end])


_PARTY_KEYS = frozenset(_parse(party).key for party in PARTY_LETTERS.values())


def _display_name(mentions: list[Mention]) -> str:
    """The fullest name the articles use, the most used among equally full ones."""
    counts = Counter(m.text for m in mentions)
    def titled(t: str) -> bool:
        words = name_words(t)
        return (len(words) > 1 and normalise_word(words[0]) in TITLES
                and normalise_word(words[-1]) not in ORG_HEADS  # "General Motors" keeps "General"
                and not title_opens_company([normalise_word(w) for w in words]))  # so does "General Electric"

    def fullness(t: str) -> int:
        # "House Republicans" is no fuller a name of the Republicans than "Republicans": a chamber
        # before a party's members only says which of them (both read as the party).
        parsed = _parse(t)
        return len(parsed.core) - (len(parsed.core) > 1 and parsed.core[0] in CHAMBERS and parsed.key in _PARTY_KEYS)

    # The bare name ("Sanae Takaichi"), not a title the name was written with.
    def member(t: str) -> bool:
        # "Democrat" (one member), "Democratic" (the adjective) and "Reserves" (a plural head)
        # name the body less well than "Democrats" or "Marine Corps Reserve".
        last = normalise_word(name_words(t)[-1]) if name_words(t) else ""
        # A country written without its "s" ("United State ...") is a slip, not the fuller name.
        # "Congressional Republicans" names the party no better than "Republicans": a group
        # modifier before a party's members only says which of them.
        first = normalise_word(name_words(t)[0]) if name_words(t) else ""
        return (len(name_words(t)) == 1 and last in PARTY_NOUNS | PARTY_ADJECTIVES) or (
            len(name_words(t)) > 1 and first in GROUP_MODIFIERS and _parse(t).key in _PARTY_KEYS
            and len(_parse(t).core) < len(name_words(t))) or (
            len(name_words(t)) > 1 and last.endswith("s") and last[:-1] in ORG_HEADS) or (
            tuple(normalise_word(w) for w in name_words(t)[:2]) == ("united", "state"))

    # "UnitedGunGroup.com" (a site's address) and "Democrat Party" (a variant of the name) name
    # the entity less well than the words and the name it goes by ("Democratic Party").
    def variant(t: str) -> bool:
        core = _parse(t).core
        return bool(_SITE.fullmatch(t.strip())) or (len(core) > 1 and ALIASES.get(core, core) != core) or (
            len(name_words(t)) > 1 and normalise_word(name_words(t)[-1]) in _POLL_WORDS)  # "Gallup Poll": "Gallup"

    best = max(counts, key=lambda t: (fullness(t), not variant(t), not titled(t), not member(t), counts[t], len(t), t))
    while titled(best):
        best = best[len(name_words(best)[0]):].lstrip()
    return best


@lru_cache(maxsize=1)
def _place_keys() -> frozenset[tuple[str, ...]]:
    """The name keys of :func:`biaslens.names.place_names` and :func:`biaslens.names.city_names`, parsed as any mention is."""
    return frozenset(_parse(name.title()).key for name in place_names() + city_names())


def _kind(votes: Counter[str]) -> str:
    if not votes:
        return "other"
    best = max(ENTITY_KINDS[:3], key=lambda k: (votes[k], -ENTITY_KINDS.index(k)))
    # A document's votes ("other", from its head word) outweigh as many votes for a kind.
    return best if votes[best] > votes["other"] else "other"


# ---------------------------------------------------------------------------------------------
# Speakers of quotes

#: Nouns that name a document presented as a source ("the memo said", "a statement said").
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    """statement memo memorandum report lawsuit suit letter filing complaint ruling order document
    documents release tweet post email emails editorial article study survey poll ad ads video
    book transcript indictment affidavit brief opinion readout communique""".split()
)
# Head nouns of a speaker phrase that describe someone by role or group: the name inside the
# phrase ("the former Alaska governor", "RNC members") is not the speaker.
_DESCRIBED_HEADS = frozenset(
    """governor senator president minister secretary spokesman spokeswoman spokesperson aide aides
    official officials member members staff staffer staffers supporters adviser advisers director
    chairman chairwoman leader leaders lawmaker lawmakers mayor ambassador executive speaker
    candidate nominee host anchor author writer columnist commentator editor editors
    group groups""".split()  # 'the St. Louis group': a group from the city, never the city
)
_DETERMINERS = frozenset("a an the this that these those his her its their our one two some".split())


def speaker_kind(speaker: str | None, entity: Entity | None) -> str | None:
    """What a quote's speaker is: "person", "organisation", "group", "document", or ``None``.

    A named speaker takes its entity's kind ("place" speaks as an organisation: "Japan said");
    an unnamed one is a document when its head noun names one ("the memo"), a group when it is
    plural ("officials", "two aides"), a person when a determiner or a modifier makes it one
    ("a senior official"). A bare common noun ("suit", "committee") or a place phrase ("in
    Washington") is not a speaker: ``None``.
    """
    if entity is not None:
        return "person" if entity.kind == "person" else "organisation"
    if not speaker:
        return None
    words = speaker.split()
    head = words[-1].lower().strip(".,")
    if words[0].lower() in _PLACE_PREPOSITIONS:
        return None
    if head in DOCUMENT_NOUNS:
        return "document" if len(words) > 1 else None
    if len(words) == 1:
        return "group" if head.endswith("s") and head not in DOCUMENT_NOUNS and len(head) > 3 else None
    if head.endswith("s") and not head.endswith("ss"):
        return "group"
    return "person" if words[0].lower() in _DETERMINERS or len(words) > 1 else None


def quote_speakers(cast: Cast, source: str, quotes: Iterable[Any]) -> dict[int, tuple[str | None, str | None]]:
    """Map each quote item of ``source`` (by start offset) to (speaker entity id, speaker kind).

    A quote item is anything with ``start`` and ``attrs`` holding ``speaker`` and ``speaker_span``.
    """
    out: dict[int, tuple[str | None, str | None]] = {}
    for item in quotes:
        speaker = item.attrs.get("speaker")
        span = item.attrs.get("speaker_span")
        if speaker and speaker.isupper() and len(speaker) > 6 and " " not in speaker:
            speaker = None  # a dateline ("WASHINGTON —") is never a speaker
        # "the former Alaska governor": a role noun heads the phrase, so the name inside it is
        # not the speaker ("Steele issued a statement" still is Steele).
        if speaker and speaker.split()[-1].lower() in _DESCRIBED_HEADS:
            span = None
        serving = _UNNAMED_SERVING.match(speaker) if speaker else None
        if serving is not None:
            # 'longtime adviser to Trump' (the quotes module's unnamed speaker): someone the
            # article leaves unnamed, never the person named after the preposition.
            out[item.start] = (None, speaker_kind(serving.group("desc"), None))
            continue
        # A full name the quotes module resolved a description to ('the Fox News host' -> Glenn
        # Beck) is that person, never an entity named inside the description (Fox News).
        entity = cast.resolve(source, speaker) if speaker and span and len(speaker.split()) > 1 else None
        if entity is None or entity.kind != "person":
            entity = cast.resolve(source, speaker, tuple(span) if span else None) if speaker else None
        # A pronoun's span holds no name; the resolved name decides then.
        if entity is None and speaker and span:
            entity = cast.resolve(source, speaker)
        owner, mark, name = (speaker or "").replace("\u2019", "'").partition("'s ")
        if entity is None and mark and owner and name[:1].isupper():
            # "Twitter's Adam Sharp" (the name the quotes module keeps, with whose he is) is Adam Sharp.
            entity = cast.resolve(source, name)
        out[item.start] = (entity.id if entity else None, speaker_kind(speaker, entity))
    return out


# An unnamed speaker described by whom they serve, as the quotes module writes one (lower case,
# the article dropped): 'longtime adviser to Trump', 'aide close to the senator'.
_UNNAMED_SERVING = re.compile(r"^(?!the\s)(?P<desc>(?:[a-z][\w-]*\s+){0,3}?[a-z]+)\s+(?:to|for|close\s+to|familiar\s+with)\s+\S")
# Between a name and its reporting verb: a possessive-free gap of a few words or one appositive
# ("Boehner also said", "Bozell, president of the Media Research Center, said"), never a
# sentence end.
_GAP_AFTER = r"(?:\s*,[^.;!?\n\"“”]{0,90},)?(?:\s+(?:also|later|then|has|had|have|once|again|previously|recently|"  \
             r"quickly|repeatedly|\w+ly|would|will|was|is|did|does))*\s+"
# A verb or "according to" before the name ("said Mr. Trump", "according to Brent Bozell").
_BEFORE = re.compile(r"(?:according\s+to|\b(?:said|says|told|added|wrote|writes|asked|argued|insisted))\s+"
                     r"(?:(?:the|Mr\.|Mrs\.|Ms\.|Dr\.|Rep\.|Sen\.|Gov\.)\s+)?(?:[\w.\-]+\s+){0,3}$", re.I)
_RUN = 6  # words: the same run of quoted words in two articles is the same statement


@lru_cache(maxsize=1)
def _after_pattern() -> re.Pattern[str]:
    from .quotes import _verb_pattern  # the one list of reporting verbs

    return re.compile(rf"(?:[’']s?)?{_GAP_AFTER}{_verb_pattern()}", re.I)


_SAYING = re.compile(r"[^.!?\n]{0,200}?,?\s+saying\b")


def _subject_saying(text: str, start: int, end: int) -> bool:
    """True when the name opens its sentence and the sentence goes on to ", saying" ("Newsweek
    has defended the photo -- ..., saying that ..."): the name is the one saying it."""
    opening = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1)
    return len(text[opening:start].split()) <= 2 and _SAYING.match(text, end) is not None


def _flat_words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower().replace("’", "'"))


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    """The runs of ``_RUN`` consecutive words in ``words`` (none when there are fewer)."""
    return {tuple(words[k:k + _RUN]) for k in range(len(words) - _RUN + 1)}


def heard_elsewhere(cast: Cast, texts: Mapping[str, str],
                    quoted: Mapping[str, Mapping[int, tuple[str | None, str]]]) -> dict[str, frozenset[str]]:
    """Per quoted entity, the other articles where it speaks too, though not in a quote found there.

    ``texts`` maps each source to its article text; ``quoted`` maps each source to its quotes, by
    start offset, as (speaker entity id or ``None``, quoted words). An article hears an entity
    when one of its names stands next to a reporting verb ("Bozell said", "said Mr. Trump",
    "according to Bozell": reported speech), or when it prints a run of six of the words the
    entity is quoted with elsewhere, unless it gives them to another known speaker ("one blogger
    asking, 'Can anyone really say ...'" hears; the same words quoted as someone else's do not). A voice "only one outlet gave" must be heard in no other article.
    """
    after = _after_pattern()
    out: dict[str, set[str]] = defaultdict(set)
    speakers = {e for by_start in quoted.values() for e, _ in by_start.values() if e}
    for entity_id in sorted(speakers):
        for m in cast.entity(entity_id).mentions:
            text = texts.get(m.source, "")
            if after.match(text, m.end) or _BEFORE.search(text[max(0, m.start - 60):m.start]) \
                    or _subject_saying(text, m.start, m.end):
                out[entity_id].add(m.source)
    # Each article's runs of six words are read once (run -> articles printing it), so the check
    # costs one look-up per run of a quote, not a scan of every article's text per quote. Only
    # runs some quote has are kept: a 200-article story has 160,000 runs and its quotes 7,000.
    wanted = {run for by_start in quoted.values() for e, w in by_start.values() if e for run in _runs(_flat_words(w))}
    printed: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for source, text in texts.items():
        words = _flat_words(text)
        for k in range(len(words) - _RUN + 1):
            if (run := tuple(words[k:k + _RUN])) in wanted:
                printed[run].add(source)
    # The words each article gives to someone else: there the same words are that person's, and
    # the article does not hear the entity (fox's Carney repeats the president's words, which
    # hpo quotes as Obama's: hpo quotes Obama, it does not hear Carney).
    # Another speaker is one with another surname: "Bibi Netanyahu" in one article and "Benjamin
    # Netanyahu" in the other are one man the cast may keep apart.
    surname = {e: (_parse(cast.entity(e).name).core or ("",))[-1] for e in speakers}
    given: dict[tuple[str, ...], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for source, by_start in quoted.items():
        for e, w in by_start.values():
            if e:
                for run in _runs(_flat_words(w)):
                    given[run][source].add(surname[e])  # run -> article -> surnames it gives it to
    for source, by_start in quoted.items():
        for entity_id, words in by_start.values():
            if not entity_id:
                continue
            last = surname[entity_id]
            for run in _runs(_flat_words(words)):
                givers = given.get(run, {})
                out[entity_id].update(other for other in printed.get(run, ())
                                      if other != source and not any(g != last for g in givers.get(other, ())))
    return {e: frozenset(sources) for e, sources in out.items()}


__all__ = ["DOCUMENT_NOUNS", "ENTITY_KINDS", "Cast", "Entity", "Mention", "build_cast", "heard_elsewhere", "quote_speakers",
           "speaker_kind"]
