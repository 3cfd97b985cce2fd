"""One home for names: titles, honorifics, suffixes, nicknames, acronyms and name tokens.

Every part of biaslens that reads a person's, organisation's or place's name (the details,
the cast, quote speakers, actors, the worksheet) takes its word lists and its normalisation
from here, so "Prime Minister Takaichi", "Mr. Mueller" and "Robert S. Mueller III" are read
the same way everywhere. Pure: strings in, tuples out.

The nickname list is ``lexicons/nicknames.txt`` (the published carltonnorthern/nicknames list,
Apache 2.0; see its header): "Rudy" is a nickname of "Rudolph", "Rick" of "Richard". Two given
names are compatible when equal, when one is a listed nickname of the other, or when one is
the other's initial; the relation is not chained ("Bobby" is listed under both Robert and
Roger, which does not make Robert Roger).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from typing import Sequence

from .text import normalise_word

#: Words that introduce a name without being part of it ("Prime Minister Sanae Takaichi").
TITLES: frozenset[str] = frozenset(
    """president prime minister pm secretary press spokesman spokeswoman spokesperson chancellor
    king queen emperor empress prince princess chairman chairwoman chair ceo vice deputy senator
    sen sen. rep rep. representative governor gov gov. mayor speaker leader general gen gen.
    admiral adm chief justice judge ambassador envoy minister foreign defense defence finance
    trade commerce state aide adviser advisor director former late mr mr. mrs mrs. ms ms. dr
    dr. sir lord lady pope rev rev. officer commander candidate attorney editor publisher
    columnist correspondent anchor host founder strategist presidents senators ministers
    governors leaders reps sens congressman congresswoman co-chairman co-chairwoman co-chair
    co-founder sheriff whip govs govs. sens. reps. gens gens.""".split()
) - {"state"}  # "State" is a designator ("Akasaka State Guest House"), not a title
#: Honorifics: they say the next name is a person's and are never part of it.
HONORIFICS: frozenset[str] = frozenset("mr mrs ms dr sir dame lord lady miss prof rev".split())
#: The sex an honorific, a kin or gendered role noun, or a third-person pronoun says a person
#: is ("m" or "f"): "Mr. Khan" is not the "Ms. Khan" of the same article, and "her son,
#: Humayun Khan" is a man. Only words that say it of the person they name or stand for.
GENDER_WORDS: dict[str, str] = {
    **dict.fromkeys("mr sir lord he his him himself".split(), "m"),
    **dict.fromkeys("son father husband brother widower grandfather grandson uncle nephew "
                    "fiance boyfriend congressman businessman spokesman chairman king prince".split(), "m"),
    **dict.fromkeys("mrs ms miss dame lady she her hers herself".split(), "f"),
    **dict.fromkeys("daughter mother wife sister widow grandmother granddaughter aunt niece fiancee "
                    "girlfriend congresswoman businesswoman spokeswoman chairwoman queen princess".split(), "f"),
}
#: Titles that only a person carries (an honorific, or an office held by one person).
PERSON_TITLES: frozenset[str] = HONORIFICS | frozenset(
    """president senator sen rep representative governor gov mayor judge justice ambassador
    chancellor king queen prince princess pope secretary minister pm spokesman spokeswoman sheriff
    spokesperson chairman chairwoman ceo general gen admiral adm commander congressman
    congresswoman historian professor economist commissioner whip""".split()
)
#: A member of a service, capitalised before a given name ("Marine John Tiegen", "Navy SEAL"
#: is a unit): it says what the person served as and is no part of the name nor a name.
SERVICE_MEMBERS: frozenset[str] = frozenset("marine seal ranger".split())
#: Military ranks as news abbreviates them ("retired Army Lt. Gen. Mick Bednarek"): a run cut at
#: the rank's dot ("Army Lt") names the service, never the rank.
RANK_ABBREVIATIONS: frozenset[str] = frozenset("lt capt col maj sgt cpl pvt cmdr brig".split())
#: Heads of a school's, a hospital's or a church's name, which may follow a possessive: "St.
#: Anselm's College", "St. John's University", "St. Patrick's Cathedral" are one name each.
INSTITUTION_HEADS: frozenset[str] = frozenset(
    "college university school academy seminary hospital church cathedral chapel".split()
)
#: The objects of office titles ("Chief of Staff", "Secretary of State", "Director of Homeland
#: Security"): after "<title> of", they belong to the title, not to the name that follows.
TITLE_OBJECTS: frozenset[str] = frozenset(
    """staff state defense defence treasury commerce labor labour energy transportation education
    agriculture interior homeland security justice health housing veterans affairs communications
    operations policy""".split()
)
#: Nouns of a publication, a show or a firm: "Newsweek magazine" is an organisation; "the Web
#: site Freedom’s Lighthouse" introduces one name, possessive and all.
MEDIA_NOUNS: frozenset[str] = frozenset(
    "magazine magazines newspaper newspapers network channel website site blog show program programme company firm".split()
)
#: The media a channel, station or site is on: capitalised before a :data:`MEDIA_NOUNS` word and a
#: name ("the Television channel NY1", "the Radio station WNYC") they describe it, naming nothing.
MEDIUM_WORDS: frozenset[str] = frozenset("television tv radio cable web internet online satellite broadcast".split())
#: Nouns of a shop or a place to eat whose name opens on its owner's possessive: "Joey's Diner"
#: is one name, not the person Joey and a Diner.
BUSINESS_NOUNS: frozenset[str] = frozenset(
    """diner restaurant cafe café bar grill grille pub tavern inn bakery deli kitchen pizza pizzeria market
    store shop saloon steakhouse barbecue bbq lounge nightclub""".split()
)
#: Nouns of a person's role, job or family tie. Written right before a name ("political
#: director Gentry Collins"), before a comma and a list of names ("his wife, Huma Abedin";
#: "the court's justices, Elena Kagan and Sonia Sotomayor") or heading an appositive after it
#: ("Gentry Collins, the committee's former political director"), they say the name is a
#: person's.
PERSON_ROLES: frozenset[str] = frozenset(
    """aide aides official officials director directors spokesman spokeswoman spokesperson president
    chairman chairwoman chair co-chair co-chairman co-chairwoman ceo executive founder co-founder
    secretary senator congressman congresswoman representative governor mayor lawyer lawyers
    attorney attorneys judge judges justice justices wife husband son daughter mother father
    brother sister widow widower fiancee fiance friend adviser advisers advisor strategist operative
    candidate nominee leader member analyst professor economist author writer reporter columnist
    editor host anchor activist student owner manager employee officer minister ambassador
    commissioner lobbyist consultant pollster actor actress singer woman man girl boy resident
    plaintiff plaintiffs lawmaker politician businessman businesswoman colleague counsel
    researcher scientist doctor teacher coach player star veteran chief deputy treasurer
    administrator sheriff prosecutor detective blogger commentator producer head
    bomber shooter gunman killer attacker assassin hijacker""".split()
)
#: Nouns of an organisation. Written right before a name ("centrist think tank Third Way",
#: "a coalition of groups called Strengthen Social Security", "retailer Wal-Mart") or heading
#: an appositive after it ("Third Way, a moderate Democratic group"; "Wal-Mart Stores Inc., the
#: world's largest employer"), they say the name is an organisation's.
ORGANISATION_NOUNS: frozenset[str] = frozenset(
    """company companies firm firms corporation group groups tank coalition organization organisation
    lobby union network retailer employer bank agency nonprofit non-profit charity party committee
    association foundation institute newspaper magazine website broadcaster maker
    manufacturer automaker carrier airline giant chain brand startup club team league council
    panel university college school church fund insurer lender watchdog regulator ministry
    department government subsidiary supplier distributor provider
    conglomerate outlet station channel studio label""".split()
)
#: Nouns of a change in something ("changes in Social Security", "cuts in Medicare"): the name
#: after them and "in" is what changes, not a place.
CHANGE_NOUNS: frozenset[str] = frozenset(
    """change changes cut cuts reduction reductions increase increases reform reforms""".split()
)
#: Party nouns: "the Arizona Republican", "an Ohio Democrat" describe a person, they name no one.
PARTY_NOUNS: frozenset[str] = frozenset("republican democrat independent".split())
#: Adjectives that open a capitalised run at a sentence start or before a title and are no
#: part of the name after them ("Presumptive GOP nominee", "Top Senate Democrats").
LEADING_MODIFIERS: frozenset[str] = frozenset(
    # "Rival Hillary Clinton, however, ...", "Crooked Hillary has ...": an epithet, not a name's first word
    "top senior presumptive fellow local added longtime veteran embattled outgoing incoming rival crooked".split()
)
#: Adjectives of a party or of Congress before a chamber or a party's members: "Republican
#: Senate candidates" speak of the Senate, "Congressional Republicans" of the Republicans.
GROUP_MODIFIERS: frozenset[str] = frozenset("republican democratic congressional".split())
#: Party adjectives: at the end of a run ("Senate Democratic leader") they describe, naming no one.
PARTY_ADJECTIVES: frozenset[str] = frozenset("republican democratic".split())
#: The chambers of a legislature, as a story names them without the country.
CHAMBERS: frozenset[str] = frozenset("senate house congress parliament assembly".split())
#: Generational suffixes: "Robert S. Mueller III" is Robert Mueller; "Jr." tells a son apart.
SUFFIXES: frozenset[str] = frozenset("jr sr ii iii iv".split())
#: Words that join the parts of one name ("Bank of Japan", "House Ways and Means Committee").
CONNECTORS: frozenset[str] = frozenset(["of", "de", "du", "van", "von", "da", "al", "bin", "la", "le", "for", "and", "&"])
#: Head words of a body whose name runs on over "on", "to" and "and" ("Center on Budget and
#: Policy Priorities", "National Committee to Preserve Social Security", "Office of Management
#: and Budget", "the Project on Government Secrecy"): after one of these, such a small word
#: joins the name instead of ending it.
BODY_HEADS: frozenset[str] = frozenset(
    """center centre office commission committee council institute foundation department bureau
    agency association coalition campaign alliance federation project""".split()
)
#: The small words that join a body's name after a :data:`BODY_HEADS` word (besides "of", "for").
BODY_CONNECTORS: frozenset[str] = frozenset("on to".split())
#: Words that say what kind of place a name is; "Akasaka Palace" and "Akasaka State Guest
#: House" meet on "akasaka".
DESIGNATORS: frozenset[str] = frozenset(
    "palace house guest state hall building hotel residence castle mansion center centre".split()
)
#: Last words that make a name an organisation, a law or an event rather than a person, and
#: that keep a name whole across a title word inside it ("North American Free Trade Agreement").
ORG_HEADS: frozenset[str] = frozenset(
    """agreement accord treaty act bill law pact deal committee commission council department
    ministry office agency bank party association union organization organisation court senate
    congress parliament assembly company corporation corp inc ltd llc plc co group administration
    force forces fund institute university college school service board bureau authority
    federation network times post journal news club team foundation center centre program
    programme studies review reserve exchange airlines airways motors industries systems
    technologies bureau police army navy guard conference summit organisation alliance front
    coalition caucus cabinet government republic nations league constitution weekly herald gazette
    tribune register chronicle daily dispatch courier observer inquirer wars marines corps sentinel
    examiner monitor bulletin museum institution""".split()
)
#: Last words of :data:`ORG_HEADS` that make a name a law or a document, not a body: "the
#: Constitution", "the Affordable Care Act", "the Paris Agreement" are things of kind "other".
DOCUMENT_HEADS: frozenset[str] = frozenset(
    "agreement accord treaty act bill law pact constitution amendment charter".split()
)
#: Last words of a newspaper's name ("The Shelton Weekly", "New Haven Register", "the Times"):
#: the name is a publication, and alone the word is the story's one paper of that name.
PUBLICATION_HEADS: frozenset[str] = frozenset(
    "times post journal news weekly herald gazette tribune register chronicle daily dispatch courier observer inquirer"
    " sentinel examiner monitor bulletin".split()
)
#: Labels an editor puts before a note added to an article ("UPDATE:", "CORRECTION:"): written
#: in capitals before a colon they name nothing.
EDITORIAL_LABELS: frozenset[str] = frozenset("update updated correction clarification editor note addendum".split())
#: Words after a company's short name in its longer name ("Apple Computer", "Ford Motor Company").
COMPANY_WORDS: frozenset[str] = frozenset(
    """computer computers motor motors company companies corporation corp inc co group holdings
    airlines airways industries systems technologies communications electronics news stores
    electric dynamics mills foods chemical chemicals petroleum""".split()
)
#: A letter's greeting ("Dear Members,"): the word after it is how the writer addresses the
#: readers, a common noun as often as a name.
SALUTATIONS: frozenset[str] = frozenset("dear".split())
#: Words of politeness and interjections that open a clause of speech or of a letter ("Dear
#: Members, Please join me"; "Thanks, Bob"): capitalised mid-sentence, yet never a name.
INTERJECTIONS: frozenset[str] = frozenset(
    "please thanks hello hi hey yes okay ok oh sorry goodbye congratulations".split())
#: Words that end a company's name and are not names themselves ("Apple, Inc.").
CORPORATE_SUFFIXES: frozenset[str] = frozenset("inc corp co ltd llc plc nv sa ag gmbh".split())
#: Short forms that mean the same place or body as a longer one.
ALIASES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("us",): ("united", "states"), ("usa",): ("united", "states"), ("america",): ("united", "states"),
    ("uk",): ("united", "kingdom"), ("britain",): ("united", "kingdom"),
    ("great", "britain"): ("united", "kingdom"), ("un",): ("united", "nations"),
    ("eu",): ("european", "union"), ("dc",): ("washington",), ("gop",): ("republican", "party"),
    # A party's members, as news writes of them ("Republicans said", "House Democrats"), are the
    # party: an outlet that writes "GOP" or "(R-Ohio)" does mention the Republicans. (A lone
    # "Republican" is one person and stays apart.)
    ("republicans",): ("republican", "party"), ("democrats",): ("democratic", "party"),
    # The party's adjective alone ("Democratic Attorney General Richard Blumenthal") names the
    # party; "Republican" may be one member (a noun) and stays apart, as "Democrat" does.
    ("democratic",): ("democratic", "party"),
    # "the Democrat Party": the party's name as its opponents write it, the Democratic Party.
    ("democrat", "party"): ("democratic", "party"),
    ("tea", "partiers"): ("tea", "party"),
    # The chamber every outlet calls "the House" (issue #13: one outlet's "House of
    # Representatives" was listed as a detail only it had).
    ("house", "representatives"): ("house",),
    # Congress's seat by the hill it stands on: "on Capitol Hill" and "at the Capitol" are one
    # place (issue #13: nyt's "Capitol Hill" was listed as a place only it named).
    ("capitol", "hill"): ("capitol",),
}
#: US states as the AP abbreviates them after a city ("Kansas City, Mo."), read only when the
#: abbreviation is written with its dot.
STATE_ABBREVIATIONS: dict[str, str] = {
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado",
    "conn": "connecticut", "del": "delaware", "fla": "florida", "ga": "georgia", "ill": "illinois",
    "ind": "indiana", "kan": "kansas", "ky": "kentucky", "la": "louisiana", "md": "maryland",
    "mass": "massachusetts", "mich": "michigan", "minn": "minnesota", "miss": "mississippi",
    "mo": "missouri", "mont": "montana", "neb": "nebraska", "nev": "nevada", "okla": "oklahoma",
    "ore": "oregon", "pa": "pennsylvania", "tenn": "tennessee", "vt": "vermont", "va": "virginia",
    "wash": "washington", "wis": "wisconsin", "wyo": "wyoming",
    # The New York Times's and others' own forms ("Austin, Tex.", "Madison, Wisc.").
    "tex": "texas", "wisc": "wisconsin", "penn": "pennsylvania",
    # Two-letter AP forms, read only with their dots ("N.Y.", "N.C."): dots taken out.
    "ny": "new york", "nc": "north carolina", "nj": "new jersey", "nh": "new hampshire", "nm": "new mexico",
    "nd": "north dakota", "sc": "south carolina", "sd": "south dakota", "ri": "rhode island", "wva": "west virginia",
}
#: The postal codes of the US states, read only inside a party-state tag ("D-CT", "R-TX"),
#: where they cannot be anything else.
POSTAL_CODES: dict[str, str] = dict(zip(
    """al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc
    nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy""".split(),
    ["alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
     "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
     "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
     "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
     "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
     "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming"]))
#: Abbreviated words of place names: "Ft. Myers" is "Fort Myers".
ABBREVIATIONS: dict[str, str] = {"ft": "fort", "mt": "mount", "st": "saint"}
#: Titles written short ("Sen.", "Rep."): one title whichever way an outlet writes it.
TITLE_ABBREVIATIONS: dict[str, str] = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general"}
#: Titles other words name as well: a representative is called "the congressman" (or
#: "congresswoman") in later references ("Rep. Joe Sestak ... The congressman said").
TITLE_SYNONYMS: dict[str, tuple[str, ...]] = {"representative": ("congressman", "congresswoman")}
#: The adjectives an article may use instead of a country's or a party's name: "American
#: citizens" speaks of the United States, "the Republican nomination" of the GOP. Read only where
#: the question is whether an article speaks of the entity at all ("X does not mention D"); in
#: the cast an adjective stays apart from the entity ("Japanese" is not "Japan").
NAME_ADJECTIVES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("united", "states"): ("american", "americans"),
    ("united", "kingdom"): ("british",),
    ("republican", "party"): ("republican", "republicans"),
    # "Representative Bob Etheridge, Democrat of North Carolina" speaks of the Democrats.
    ("democratic", "party"): ("democratic", "democrats", "democrat"),
    ("congress",): ("congressional", "congressman", "congresswoman", "congressmen"),
    # A senator's title speaks of the Senate: "the seat being vacated by Sen. Chris Dodd" is a
    # Senate seat, though the Senate is never named.
    ("senate",): ("senator", "senators", "sen"),
}
#: The adjectives that, capitalised before a common noun, name the body itself ("the
#: Republican nominating process", "Congressional candidates"), so the cast counts them as a
#: mention of it; a country's adjective stays apart ("Japanese" is not "Japan"), and so does a
#: party noun naming one member ("a Democrat now running").
INSTITUTION_ADJECTIVES: dict[tuple[str, ...], str] = {
    ("republican", "party"): "Republican", ("democratic", "party"): "Democratic", ("congress",): "Congressional",
}
#: The party letter of a party-state tag ("R-Ohio", "D-Va."): the party it stands for.
PARTY_LETTERS: dict[str, str] = {"R": "Republican Party", "D": "Democratic Party"}


#: The party nouns a party-state tag's letter stands for ("R-Tenn." describes a Republican).
PARTY_TAG_NOUNS: dict[str, str] = {"R": "republican", "D": "democrat", "I": "independent"}


def read_party_tag(tag: str) -> tuple[str, str] | None:
    """The party noun and state a party-state tag says, in lower case: "R-Tenn." -> ("republican",
    "tennessee"), "D-N.C." -> ("democrat", "north carolina"), "R-TX" -> ("republican", "texas");
    None when ``tag`` is no such tag or its state is unknown.

    The US press convention writes "Republican of Tennessee" as "R-Tenn." (the AP's state
    abbreviations, with their dots, or the postal codes in capitals)."""
    tag = tag.strip()
    if not PARTY_TAG.match(tag):
        return None
    party, state = tag.split("-", 1)
    letters = state.replace(".", "").lower()
    name = STATE_ABBREVIATIONS.get(letters) if state.endswith(".") or len(letters) <= 3 else None
    name = name or (POSTAL_CODES.get(letters) if len(letters) == 2 and state.isupper() else None)
    name = name or (letters if is_place_name(letters) else None)
    return (PARTY_TAG_NOUNS[party], name) if name else None


def adjective_forms(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The lower-case adjectives and demonyms that speak of the place or party ``tokens`` names.

    ``("united", "states")`` gives "american", ``("senate",)`` its members' title "senator"; a one-word country or state gives its regular
    forms ("japan" -> "japanese", "china" -> "chinese", "mexico" -> "mexican", "india" ->
    "indian"). Irregular ones ("france" -> "french") are simply not found: the guard that reads
    them then errs towards saying less.
    """
    tokens = ALIASES.get(tokens, tokens)
    if tokens in NAME_ADJECTIVES:
        return NAME_ADJECTIVES[tokens]
    if len(tokens) == 1 and tokens[0] in IRREGULAR_ADJECTIVES:
        return IRREGULAR_ADJECTIVES[tokens[0]]
    if len(tokens) != 1 or not is_place_name(tokens[0]):
        return ()
    name = tokens[0]
    stem = name[:-1] if name.endswith(("a", "o", "y", "e")) else name
    return tuple(dict.fromkeys((stem + "ese", name + "ese", stem + "ian", name + "n", stem + "an")))


#: Countries whose adjective the regular endings of :func:`adjective_forms` miss ("Polish
#: President Bronislaw Komorowski" speaks of Poland; issue #13), with their demonyms.
IRREGULAR_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "poland": ("polish", "poles"), "france": ("french",), "spain": ("spanish", "spaniards"),
    "sweden": ("swedish", "swedes"), "denmark": ("danish", "danes"), "finland": ("finnish", "finns"),
    "ireland": ("irish",), "scotland": ("scottish", "scots"), "england": ("english",), "wales": ("welsh",),
    "netherlands": ("dutch",), "switzerland": ("swiss",), "turkey": ("turkish", "turks"), "greece": ("greek", "greeks"),
    "iraq": ("iraqi", "iraqis"), "israel": ("israeli", "israelis"), "pakistan": ("pakistani", "pakistanis"),
    "afghanistan": ("afghan", "afghans"), "kuwait": ("kuwaiti", "kuwaitis"), "yemen": ("yemeni", "yemenis"),
    "thailand": ("thai",), "philippines": ("filipino", "filipinos"), "portugal": ("portuguese",),
    "germany": ("german", "germans"), "iceland": ("icelandic",),
}


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """The singular adjectives of the listed countries and states and of the continents
    ("american", "pakistani", "african"): "an American Muslim", "any American" describe a person
    by place, naming no entity (plurals, "Americans", name a people and are kept apart)."""
    forms: set[str] = {"african", "asian", "european", "american"}  # the continents'
    for name in place_names():
        forms.update(adjective_forms(tuple(name.split())))
    return frozenset(f for f in forms if not f.endswith("s"))


@lru_cache(maxsize=1)
def _place_name_set() -> frozenset[str]:
    return frozenset(place_names())


def is_place_name(name: str) -> bool:
    """True when ``name`` (any case) is a country or a US state of ``lexicons/places.txt``."""
    return name.lower() in _place_name_set()


#: Word endings of demonyms and adjectives of place ("Japanese", "American", "Democratic").
DEMONYM_ENDINGS: tuple[str, ...] = ("ese", "ian", "ean", "ish", "an", "i")
ADJECTIVE_ENDINGS: tuple[str, ...] = ("ese", "ian", "ean", "can", "ish", "ani", "eli", "atic")
#: Faiths, their adjectives and their god, lower case: "a Christian", "an Islamic center",
#: "trust in God" name a belief, never a person or a place, and alone before a common noun
#: they are adjectives, not names.
FAITH_WORDS: frozenset[str] = frozenset(
    """christian christians islamic muslim muslims jewish catholic catholics protestant evangelical
    hindu buddhist god allah""".split()
)
#: A party-state tag after a legislator's name: "R-Va.", "D-Calif.", "I-Vt." (not an entity).
PARTY_TAG = re.compile(r"^[RDI]-[A-Z][A-Za-z.]{0,7}$")

_NAME_WORD = re.compile(r"[^\W_]+(?:[’'.\-][^\W_]+)*\.?|&")
_LEXICON = "lexicons/nicknames.txt"
_PLACES = "lexicons/places.txt"
_CITIES = "lexicons/cities.txt"
_OUTLETS = "lexicons/news_outlets.txt"


@lru_cache(maxsize=1)
def nicknames() -> dict[str, frozenset[str]]:
    """Return ``{given name: names it is compatible with}`` from the nickname lexicon (both ways)."""
    table: dict[str, set[str]] = {}
    raw = files("biaslens").joinpath(_LEXICON).read_text(encoding="utf-8")
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        formal, nickname = line.split("\t")
        table.setdefault(formal, set()).add(nickname)
        table.setdefault(nickname, set()).add(formal)
    return {name: frozenset(others) for name, others in table.items()}


@lru_cache(maxsize=1)
def place_names() -> tuple[str, ...]:
    """Names that are places whatever the words around them say (countries, US states), lower
    case, from ``lexicons/places.txt``."""
    raw = files("biaslens").joinpath(_PLACES).read_text(encoding="utf-8")
    return tuple(line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def city_names() -> tuple[str, ...]:
    """Large cities that are places whatever the words around them say ("Boston", "Atlanta"),
    lower case, from ``lexicons/cities.txt`` (kept apart from :func:`place_names`, the
    countries and states, which the conflict rules treat as too broad to compare)."""
    raw = files("biaslens").joinpath(_CITIES).read_text(encoding="utf-8")
    return tuple(line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=65536)
def is_city_name(name: str) -> bool:
    """True when ``name`` (any case) is a city of ``lexicons/cities.txt``."""
    return name.lower() in frozenset(city_names())


@lru_cache(maxsize=1)
def _news_outlets() -> frozenset[tuple[str, ...]]:
    raw = files("biaslens").joinpath(_OUTLETS).read_text(encoding="utf-8")
    return frozenset(_outlet_words(line) for line in raw.splitlines() if line.strip() and not line.startswith("#"))


def _outlet_words(name: str) -> tuple[str, ...]:
    words = tuple(normalise_word(w) for w in name_words(name))
    return words[1:] if words[:1] == ("the",) else words


def is_news_outlet(name: str) -> bool:
    """True when ``name``, as written ("USA TODAY", "the Daily Beast"), is a news organisation of
    ``lexicons/news_outlets.txt``: an organisation whatever the words around it say."""
    return _outlet_words(name) in _news_outlets()


def given_names_compatible(a: str, b: str) -> bool:
    """True when two normalised given names can be the same person's ("rudy"/"rudolph", "r"/"robert")."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[:1] == b[:1]
    return b in nicknames().get(a, ())


def is_given_name(word: str) -> bool:
    """True when ``word`` (normalised) is a given name of the nickname list, or one spelling of
    one ("Michele" for "Michelle", "Chauncy" for "Chauncey": see :func:`spelling_variants`)."""
    return word in nicknames() or _given_name_variant(word)


@lru_cache(maxsize=65536)
def _given_name_variant(word: str) -> bool:
    # Only the letter doubled or dropped of spelling_variants, tried by building the few
    # candidate spellings: a word of six letters or more ("Chauncy"), so short words that
    # differ by one letter ("Dan"/"Don", "Rush") stay apart.
    if len(word) < 6 or not word.isalpha():
        return False
    table = nicknames()
    candidates = {word[:k] + word[k - 1] + word[k:] for k in range(1, len(word) + 1)}  # a letter doubled
    candidates |= {word[:k] + word[k + 1:] for k in range(1, len(word)) if word[k] == word[k - 1]}  # undoubled
    candidates |= {word[:-1] + "e" + word[-1:], word + "e"}  # an "e" left out near the end ("Chauncy")
    return any(c in table for c in candidates)


def spelling_variants(a: str, b: str) -> bool:
    """True when two name words (normalised) are one spelling apart: a letter doubled or dropped,
    or two neighbours swapped ("parris"/"paris", "priebus"/"preibus").

    Only words of five letters or more that start alike: short names differ by one letter and
    are different names ("Bush"/"Rush").
    """
    if a == b or min(len(a), len(b)) < 5 or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) != len(b):
        short, long_ = sorted((a, b), key=len)
        k = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
        # The extra letter repeats its neighbour: a doubled consonant written once, or the reverse.
        return short[k:] == long_[k + 1:] and long_[k] in (long_[k - 1], long_[k + 1:k + 2])
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


# Letters that romanisations of one foreign name write differently: "Qaddafi", "Gadhafi",
# "Kadhafi"; "Muammar", "Moammar". Read as the sound class they stand for.
_SOUND_CLASSES = str.maketrans({"q": "k", "g": "k", "c": "k", "z": "s", "v": "f", "w": "u", "y": "i", "j": "i"})
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ash|as|at|ar|an)[-’']")


def transliteration_key(word: str) -> str:
    """The consonant skeleton of a normalised name word, for foreign names romanised apart.

    "al-Qaddafi", "Gadhafi" and "Kadhafi" give "kdf"; "Muammar" and "Moammar" give "mmr".
    The Arabic article is dropped, letters of one sound (q/g/k/c, z/s) are one class, "h"
    after a consonant and vowels are dropped, and a doubled letter counts once, except a
    consonant written twice across a vowel ("Muammar": m-mm-r). "Collins" ("klns") and "Collin"
    ("kln") keep their skeletons apart: a letter that is sounded is never dropped.
    """
    w = _ARABIC_ARTICLE.sub("", word.lower()).translate(_SOUND_CLASSES)
    w = re.sub(r"(?<=[^aeiouh])h", "", w)  # "dh", "kh", "gh": one consonant
    w = re.sub(r"(.)\1+", r"\1", w)  # "dd", "mm": written twice, sounded once
    return re.sub(r"[^b-df-hj-np-tv-z]", "", w)


def transliteration_variants(a: str, b: str) -> bool:
    """True when two normalised name words are one foreign name romanised apart ("Qaddafi" /
    "Gadhafi", "Muammar" / "Moammar"): the same skeleton of three consonants or more
    (:func:`transliteration_key`) and most of their letters alike.

    Conservative: words of five letters or more (after the Arabic article) and a similarity
    ratio of 0.6 or more (:func:`biaslens.similarity.ratio_at_least`), so "Collins" and "Collin"
    (skeletons "klns", "kln") and "Hansen" and "Hanson" (ratio 0.83, but read by the story rule
    only across articles that never write both) are handled as the cast says.
    """
    from .similarity import ratio_at_least  # the one home of fuzzy matching

    if a == b:
        return False
    bare_a, bare_b = _ARABIC_ARTICLE.sub("", a), _ARABIC_ARTICLE.sub("", b)
    if min(len(bare_a), len(bare_b)) < 5:
        return False
    key = transliteration_key(a)
    return len(key) >= 3 and key == transliteration_key(b) and ratio_at_least(bare_a, bare_b, 0.6)


def name_words(name: str) -> list[str]:
    """The words of ``name`` as written (dots of initials kept), "&" included."""
    return _NAME_WORD.findall(name)


#: Members named after a body's initials: "GOPers", "NRAer".
_ACRONYM_MEMBERS = re.compile(r"^([A-Z]{2,6})(?:ers|er|ers['’])$")


def title_opens_company(words: Sequence[str]) -> bool:
    """Whether the two normalised ``words`` are a title word and a word companies end their names
    with ("general", "electric"): "General Electric", "General Motors" are companies, whole,
    never a general called Electric."""
    return len(words) == 2 and words[0] in TITLES and words[1] in COMPANY_WORDS


def members_of(name: str) -> str:
    """The body, as lower-case initials, whose members ``name`` calls them by its initials:
    "GOPers" gives "gop", "NRAer" "nra"; any other name gives "". "Rogers" is a surname."""
    member = _ACRONYM_MEMBERS.match(name.strip())
    return member.group(1).lower() if member else ""


@lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    """Return the normalised tokens that identify a name, for matching across articles.

    Titles ("Prime Minister") and place designators ("Palace", "State Guest House") are dropped
    unless nothing else is left; aliases map "US"/"U.S."/"America" to "united states".
    """
    words = [ABBREVIATIONS.get(w, w) for w in map(normalise_word, name_words(name))]
    words = [w for w in words if w and w not in CONNECTORS]
    core = words if title_opens_company(words) else [w for w in words if w not in TITLES]
    if not core:
        return ()
    named = [w for w in core if w not in DESIGNATORS]
    core = named or core
    if len(core) == 1 and members_of(name):
        core = [members_of(name)]  # "GOPers" are the GOP's people: one row with the GOP
    alias = ALIASES.get(tuple(core))
    return alias if alias else tuple(core)


def acronym_of(words: tuple[str, ...] | list[str]) -> str:
    """The initials of a multi-word name, connectors and "the" skipped: NAFTA, DNC, USAF."""
    parts = [p for w in words for p in w.split("-")]  # "Asia-Pacific Economic Cooperation": APEC
    return "".join(p[0] for p in parts if p and p not in CONNECTORS and p != "the")


def is_acronym(surface: str) -> bool:
    """True for a one-word name written as initials: "NAFTA", "U.S.", "DNC", and "Nafta"-style spellings."""
    letters = surface.replace(".", "")
    if not letters.isalpha() or not 2 <= len(letters) <= 7:
        return False
    # "Nafta", "Nasa": initials written as a word; a head word of names ("House", "Senate",
    # "Office") is an ordinary word, whatever its capital.
    return letters.isupper() or (letters[0].isupper() and letters[1:].islower() and len(letters) >= 4 and "." not in surface
                                 and letters.lower() not in _HEAD_WORDS)


_HEAD_WORDS = ORG_HEADS | BODY_HEADS | DESIGNATORS | TITLES | PUBLICATION_HEADS


__all__ = [
    "PARTY_TAG_NOUNS",
    "read_party_tag",
    "ABBREVIATIONS",
    "CHANGE_NOUNS",
    "ORGANISATION_NOUNS",
    "PERSON_ROLES",
    "ADJECTIVE_ENDINGS",
    "ALIASES",
    "BUSINESS_NOUNS",
    "COMPANY_WORDS",
    "CONNECTORS",
    "CHAMBERS",
    "CORPORATE_SUFFIXES",
    "DEMONYM_ENDINGS",
    "IRREGULAR_ADJECTIVES",
    "DESIGNATORS",
    "EDITORIAL_LABELS",
    "GROUP_MODIFIERS",
    "HONORIFICS",
    "INSTITUTION_ADJECTIVES",
    "INSTITUTION_HEADS",
    "RANK_ABBREVIATIONS",
    "SERVICE_MEMBERS",
    "demonyms",
    "LEADING_MODIFIERS",
    "ORG_HEADS",
    "PARTY_ADJECTIVES",
    "PARTY_LETTERS",
    "PARTY_NOUNS",
    "PARTY_TAG",
    "BODY_HEADS",
    "BODY_CONNECTORS",
    "MEDIA_NOUNS",
    "MEDIUM_WORDS",
    "PERSON_TITLES",
    "POSTAL_CODES",
    "PUBLICATION_HEADS",
    "STATE_ABBREVIATIONS",
    "SUFFIXES",
    "TITLES",
    "TITLE_OBJECTS",
    "TITLE_SYNONYMS",
    "acronym_of",
    "given_names_compatible",
    "is_acronym",
    "is_place_name",
    "city_names",
    "is_city_name",
    "transliteration_key",
    "transliteration_variants",
    "DOCUMENT_HEADS",
    "is_given_name",
    "name_tokens",
    "name_words",
    "nicknames",
    "spelling_variants",
    "INTERJECTIONS",
    "SALUTATIONS",
    "members_of",
    "title_opens_company",
]
